//! Reading payer policy files and their decision cases from disk: at start-up, in `crd-server policy check`,
//! and in tests. The engine's only file I/O lives here, so `policy/` stays pure.

use std::path::Path;

use crate::policy::cases::CaseFile;
use crate::policy::model::{compile_policy, PolicyError, PolicySet};

/// Loads and validates every `*.json` file in `dir` (not recursing into `sources/` or `cases/`); every problem
/// found is returned, each naming its file and field.
pub fn load_policies(dir: &Path) -> Result<PolicySet, Vec<PolicyError>> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        vec![PolicyError {
            file: dir.display().to_string(),
            field: "(directory)".into(),
            message: format!("cannot read policy directory: {e}"),
        }]
    })?;
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
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
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            let file: CaseFile =
                serde_json::from_str(&text).map_err(|e| format!("{}: {e}", p.display()))?;
            Ok((p.display().to_string(), file))
        })
        .collect()
}
