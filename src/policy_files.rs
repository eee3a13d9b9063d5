//! Reading payer policy files and their decision cases from disk: at start-up, in `crd-server policy check`,
//! and in tests; and the DTR Questionnaires and ValueSets beside them. The engine's only file I/O lives here, so
//! `policy/` and `dtr/` stay pure.

use std::path::Path;

use crate::dtr::catalog::Catalog;
use crate::dtr::questionnaire::{indication_value_set, questionnaire, route_value_set};
use crate::policy::cases::CaseFile;
use crate::policy::model::{compile_policy, PolicyError, PolicySet};

/// The `*.json` files directly in `dir`, sorted.
fn json_paths(dir: &Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    Ok(paths)
}

/// Loads and validates every `*.json` file in `dir` (not recursing into `sources/` or `cases/`); every problem
/// found is returned, each naming its file and field.
pub fn load_policies(dir: &Path) -> Result<PolicySet, Vec<PolicyError>> {
    let paths = json_paths(dir).map_err(|e| {
        vec![PolicyError {
            file: dir.display().to_string(),
            field: "(directory)".into(),
            message: format!("cannot read policy directory: {e}"),
        }]
    })?;
    let mut policies = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let file = path.display().to_string();
        match std::fs::read_to_string(&path) {
            Ok(text) => match compile_policy(&file, &text) {
                Ok(p) => policies.push(p),
                Err(mut e) => errors.append(&mut e),
            },
            Err(e) => errors.push(PolicyError {
                file,
                field: "(file)".into(),
                message: e.to_string(),
            }),
        }
    }
    if policies.is_empty() && errors.is_empty() {
        errors.push(PolicyError {
            file: dir.display().to_string(),
            field: "(directory)".into(),
            message: "no policy files (*.json) found".into(),
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    PolicySet::from_compiled(policies)
}

/// Loads every case file in `{policy dir}/cases`.
pub fn load_case_files(policy_dir: &Path) -> Result<Vec<(String, CaseFile)>, String> {
    let dir = policy_dir.join("cases");
    json_paths(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            let file: CaseFile =
                serde_json::from_str(&text).map_err(|e| format!("{}: {e}", p.display()))?;
            Ok((p.display().to_string(), file))
        })
        .collect()
}

fn json_files(dir: &Path) -> Result<Vec<(String, serde_json::Value)>, Vec<String>> {
    // A missing directory holds nothing: the generated Questionnaires stand in.
    let Ok(paths) = json_paths(dir) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        let file = p.display().to_string();
        match std::fs::read_to_string(&p)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str(&t).map_err(|e| e.to_string()))
        {
            Ok(v) => out.push((file, v)),
            Err(e) => errors.push(format!("{file}: {e}")),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Loads the Questionnaires in `dir` and the ValueSets in `dir/valuesets`, checked against the policies. A
/// policy without a Questionnaire file gets its generated one (logged), so a new policy works before its
/// Questionnaire is written with `crd-server questionnaires write`.
pub fn load_catalog(dir: &Path, policies: &PolicySet) -> Result<Catalog, Vec<String>> {
    let mut questionnaires = json_files(dir)?;
    let mut value_sets = json_files(&dir.join("valuesets"))?;
    for p in policies.all() {
        if !questionnaires
            .iter()
            .any(|(_, q)| q["id"] == p.policy.id.as_str())
        {
            tracing::warn!(policy = %p.policy.id, "no Questionnaire file: using the generated one");
            questionnaires.push((format!("(generated for {})", p.policy.id), questionnaire(p)));
        }
        let vs = indication_value_set(p);
        if !value_sets
            .iter()
            .any(|(_, v)| v["url"] == vs["url"] && v["version"] == vs["version"])
        {
            value_sets.push((format!("(generated for {})", p.policy.id), vs));
        }
    }
    let routes = route_value_set();
    if !value_sets.iter().any(|(_, v)| v["url"] == routes["url"]) {
        value_sets.push(("(generated routes)".into(), routes));
    }
    Catalog::new(policies, questionnaires, value_sets)
}

/// Writes every policy's Questionnaire and ValueSets into `dir` (what `load_catalog` reads).
pub fn write_catalog(dir: &Path, policies: &PolicySet) -> std::io::Result<Vec<String>> {
    std::fs::create_dir_all(dir.join("valuesets"))?;
    let mut written = Vec::new();
    let mut write = |path: std::path::PathBuf, v: &serde_json::Value| -> std::io::Result<()> {
        let text = serde_json::to_string_pretty(v)? + "\n";
        std::fs::write(&path, text)?;
        written.push(path.display().to_string());
        Ok(())
    };
    for p in policies.all() {
        write(dir.join(format!("{}.json", p.policy.id)), &questionnaire(p))?;
        write(
            dir.join("valuesets")
                .join(format!("{}-indications.json", p.policy.id)),
            &indication_value_set(p),
        )?;
    }
    write(
        dir.join("valuesets").join("infusion-routes.json"),
        &route_value_set(),
    )?;
    Ok(written)
}
