//! The Questionnaires and ValueSets crd-server serves, loaded from `fhir-resources/questionnaires/` and checked
//! against the policies at start-up: a Questionnaire that misses a criterion's item, repeats a linkId or names
//! a ValueSet that is not there stops the server with a message naming the file.
//!
//! Owns: lookup by id and by canonical (`url` or `url|version`), and ValueSet expansion of enumerated concepts
//! (the only kind these ValueSets have: no terminology server is needed). Pure once loaded.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};

use super::questionnaire::{questionnaire_url, version, CANONICAL_BASE};
use crate::policy::model::answer_leaves;
use crate::policy::{CompiledPolicy, PolicySet};

/// DTR: value sets with fewer codes than this are sent expanded.
pub const EXPAND_BELOW: usize = 40;

#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// By policy id (the Questionnaire's id).
    questionnaires: BTreeMap<String, Value>,
    value_sets: Vec<Value>,
    /// The server's own code systems the Questionnaires and ValueSets use (indications, criteria).
    code_systems: Vec<Value>,
}

/// Splits `url|version`.
pub fn split_canonical(canonical: &str) -> (&str, Option<&str>) {
    match canonical.split_once('|') {
        Some((url, version)) => (url, Some(version).filter(|v| !v.is_empty())),
        None => (canonical, None),
    }
}

fn matches(resource: &Value, canonical: &str) -> bool {
    let (url, version) = split_canonical(canonical);
    resource["url"].as_str() == Some(url)
        && version.is_none_or(|v| resource["version"].as_str() == Some(v))
}

fn link_ids(items: &[Value], out: &mut Vec<String>) {
    for item in items {
        if let Some(id) = item["linkId"].as_str() {
            out.push(id.to_string());
        }
        link_ids(item["item"].as_array().map_or(&[], |v| v), out);
    }
}

fn value_set_refs(items: &[Value], out: &mut BTreeSet<String>) {
    for item in items {
        if let Some(vs) = item["answerValueSet"].as_str() {
            out.insert(vs.to_string());
        }
        value_set_refs(item["item"].as_array().map_or(&[], |v| v), out);
    }
}

impl Catalog {
    /// Checks `questionnaires` (file name, resource) and `value_sets` against the policies; every problem is
    /// returned as `file: message`.
    pub fn new(
        policies: &PolicySet,
        questionnaires: Vec<(String, Value)>,
        value_sets: Vec<(String, Value)>,
    ) -> Result<Catalog, Vec<String>> {
        let mut errors = Vec::new();
        for (file, vs) in &value_sets {
            if vs["resourceType"] != "ValueSet"
                || !vs["url"].is_string()
                || !vs["version"].is_string()
            {
                errors.push(format!("{file}: not a ValueSet with url and version"));
            }
        }
        let value_sets: Vec<Value> = value_sets.into_iter().map(|(_, v)| v).collect();
        let mut catalog = Catalog {
            questionnaires: BTreeMap::new(),
            value_sets,
            code_systems: Vec::new(),
        };
        for (file, q) in questionnaires {
            let Some(id) = q["id"].as_str().map(str::to_string) else {
                errors.push(format!("{file}: a Questionnaire with an id is expected"));
                continue;
            };
            let Some(policy) = policies.get(&id) else {
                // A Questionnaire of a policy not loaded here (another policy directory): not served.
                tracing::warn!(file = %file, "Questionnaire without a loaded policy: not served");
                continue;
            };
            errors.extend(
                catalog
                    .check(policy, &q)
                    .into_iter()
                    .map(|e| format!("{file}: {e}")),
            );
            catalog.questionnaires.insert(id, q);
        }
        for p in policies.all() {
            if !catalog.questionnaires.contains_key(&p.policy.id) {
                errors.push(format!(
                    "policy '{}' has no Questionnaire {}.json",
                    p.policy.id, p.policy.id
                ));
            }
        }
        catalog.code_systems = own_code_systems(&catalog);
        if errors.is_empty() {
            Ok(catalog)
        } else {
            Err(errors)
        }
    }

    /// What is wrong with a policy's Questionnaire: not one, a criterion without its item, a repeated linkId,
    /// an answer ValueSet that is not in the catalog.
    fn check(&self, policy: &CompiledPolicy, q: &Value) -> Vec<String> {
        let mut errors = Vec::new();
        if q["resourceType"] != "Questionnaire"
            || !q["url"].is_string()
            || !q["version"].is_string()
        {
            errors.push("not a Questionnaire with url and version".to_string());
            return errors;
        }
        let (url, version) = (questionnaire_url(&policy.policy.id), version(policy));
        if q["url"] != url.as_str() || q["version"] != version.as_str() {
            errors.push(format!(
                "url|version must be {url}|{version}, the canonical coverage information names"
            ));
        }
        let items = q["item"].as_array().map_or(&[][..], |v| v);
        let mut ids = Vec::new();
        link_ids(items, &mut ids);
        let mut seen = BTreeSet::new();
        for id in &ids {
            if !seen.insert(id) {
                errors.push(format!("linkId '{id}' is used twice"));
            }
        }
        let mut needed: Vec<(String, String)> = policy
            .criteria()
            .map(|c| (c.question.link_id.clone(), format!("criterion '{}'", c.id)))
            .collect();
        for ind in &policy.policy.indications {
            let mut leaves = Vec::new();
            answer_leaves(&ind.applies_when, &mut leaves);
            for c in ind.criteria.iter().chain(ind.exclusions.iter()) {
                answer_leaves(&c.test, &mut leaves);
            }
            needed.extend(
                leaves
                    .into_iter()
                    .map(|(l, _)| (l, "an answer test".to_string())),
            );
        }
        for (link, what) in needed {
            if !seen.contains(&link) {
                errors.push(format!("no item '{link}' for {what}"));
            }
        }
        let mut refs = BTreeSet::new();
        value_set_refs(items, &mut refs);
        for r in refs {
            if self.value_set(&r).is_none() {
                errors.push(format!("answerValueSet '{r}' is not in the catalog"));
            }
        }
        errors
    }

    pub fn questionnaire(&self, policy_id: &str) -> Option<&Value> {
        self.questionnaires.get(policy_id)
    }

    /// The Questionnaire a canonical names (`url` or `url|version`).
    pub fn questionnaire_by_canonical(&self, canonical: &str) -> Option<&Value> {
        self.questionnaires.values().find(|q| matches(q, canonical))
    }

    /// `url|version` of a policy's Questionnaire.
    pub fn canonical(&self, policy_id: &str) -> Option<String> {
        self.questionnaire(policy_id).map(|q| {
            format!(
                "{}|{}",
                q["url"].as_str().unwrap_or_default(),
                q["version"].as_str().unwrap_or_default()
            )
        })
    }

    pub fn value_set(&self, canonical: &str) -> Option<&Value> {
        self.value_sets.iter().find(|v| matches(v, canonical))
    }

    pub fn value_set_by_id(&self, id: &str) -> Option<&Value> {
        self.value_sets.iter().find(|v| v["id"] == id)
    }

    pub fn code_system(&self, canonical: &str) -> Option<&Value> {
        self.code_systems.iter().find(|v| matches(v, canonical))
    }

    pub fn code_system_by_id(&self, id: &str) -> Option<&Value> {
        self.code_systems.iter().find(|v| v["id"] == id)
    }

    pub fn questionnaires(&self) -> impl Iterator<Item = &Value> {
        self.questionnaires.values()
    }

    pub fn value_sets(&self) -> &[Value] {
        &self.value_sets
    }

    /// The canonicals of the ValueSets a Questionnaire answers from, version-specific as written.
    pub fn value_sets_of(q: &Value) -> BTreeSet<String> {
        let mut refs = BTreeSet::new();
        value_set_refs(q["item"].as_array().map_or(&[][..], |v| v), &mut refs);
        refs
    }
}

/// Every (system, code, display) of the Codings under `v`, and of the concepts a ValueSet's `compose` enumerates.
fn codings(v: &Value, out: &mut Vec<(String, String, String)>) {
    match v {
        Value::Object(map) => {
            let system = map.get("system").and_then(Value::as_str);
            if let (Some(system), Some(code)) = (system, map.get("code").and_then(Value::as_str)) {
                let display = map
                    .get("display")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                out.push((system.into(), code.into(), display.into()));
            }
            if let (Some(system), Some(concepts)) =
                (system, map.get("concept").and_then(Value::as_array))
            {
                for c in concepts {
                    if let Some(code) = c["code"].as_str() {
                        let display = c["display"].as_str().unwrap_or_default();
                        out.push((system.into(), code.into(), display.into()));
                    }
                }
            }
            map.values().for_each(|v| codings(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| codings(v, out)),
        _ => {}
    }
}

/// The id of one of the server's own code systems: `…/CodeSystem/{id}`, or `{policy}-criteria` for the criteria
/// codes of `…/Questionnaire/{policy}/criteria`.
fn code_system_id(system: &str) -> Option<String> {
    let rest = system.strip_prefix(CANONICAL_BASE)?.strip_prefix('/')?;
    let id = match rest.split('/').collect::<Vec<_>>().as_slice() {
        ["CodeSystem", id] => id.to_string(),
        ["Questionnaire", policy, "criteria"] => format!("{policy}-criteria"),
        _ => return None,
    };
    crate::fhir::is_fhir_id(&id).then_some(id)
}

/// The CodeSystems of every own system the catalog's Questionnaires and ValueSets code with (DTR clients resolve
/// `system` URLs; these have no other home): their concepts are exactly the codes used, with the displays given.
/// Each takes the version of the resource that first uses it.
fn own_code_systems(catalog: &Catalog) -> Vec<Value> {
    let mut systems: BTreeMap<String, (String, Vec<(String, String)>)> = BTreeMap::new();
    let resources = catalog
        .questionnaires
        .values()
        .chain(catalog.value_sets.iter());
    for r in resources {
        let mut found = Vec::new();
        codings(r, &mut found);
        for (system, code, display) in found {
            if code_system_id(&system).is_none() {
                continue;
            }
            let version = r["version"].as_str().unwrap_or_default().to_string();
            let entry = systems
                .entry(system)
                .or_insert_with(|| (version, Vec::new()));
            if !entry.1.iter().any(|(c, _)| *c == code) {
                entry.1.push((code, display));
            }
        }
    }
    systems
        .into_iter()
        .filter_map(|(system, (version, concepts))| {
            let id = code_system_id(&system)?;
            Some(json!({
                "resourceType": "CodeSystem",
                "id": id,
                "url": system,
                "version": version,
                "name": crate::fhir::computable_name(&id),
                "title": format!("Codes of {id}"),
                "status": "active",
                "content": "complete",
                "caseSensitive": true,
                "count": concepts.len(),
                "concept": concepts.iter().map(|(code, display)| {
                    let mut c = json!({ "code": code });
                    if !display.is_empty() {
                        c["display"] = json!(display);
                    }
                    c
                }).collect::<Vec<_>>(),
            }))
        })
        .collect()
}

/// [`expand`], keeping only the concepts whose code or display contains `filter` (case-insensitive), as the
/// `$expand` `filter` parameter asks.
pub fn expand_filtered(vs: &Value, timestamp: &str, filter: Option<&str>) -> Value {
    let (mut out, expanded) = expand(vs, timestamp);
    if let (true, Some(filter)) = (expanded, filter.map(str::to_lowercase)) {
        let keep: Vec<Value> = out["expansion"]["contains"]
            .as_array()
            .map_or(&[][..], |v| v)
            .iter()
            .filter(|c| {
                [&c["code"], &c["display"]].iter().any(|v| {
                    v.as_str()
                        .is_some_and(|s| s.to_lowercase().contains(&filter))
                })
            })
            .cloned()
            .collect();
        out["expansion"]["total"] = json!(keep.len());
        out["expansion"]["parameter"] = json!([{ "name": "filter", "valueString": filter }]);
        out["expansion"]["contains"] = Value::Array(keep);
    }
    out
}

/// A ValueSet with its expansion as of `timestamp` when it has fewer than [`EXPAND_BELOW`] codes (all of them
/// enumerated in `compose`); `None` for the expansion when it is larger.
pub fn expand(vs: &Value, timestamp: &str) -> (Value, bool) {
    let contains: Vec<Value> = vs["compose"]["include"]
        .as_array()
        .map_or(&[][..], |v| v)
        .iter()
        .flat_map(|inc| {
            let system = inc["system"].clone();
            inc["concept"].as_array().map_or(&[][..], |v| v).iter().map(
                move |c| json!({ "system": system, "code": c["code"], "display": c["display"] }),
            )
        })
        .collect();
    if contains.len() >= EXPAND_BELOW {
        return (vs.clone(), false);
    }
    let mut out = vs.clone();
    out["expansion"] = json!({
        "identifier": format!("urn:uuid:{}", uuid::Uuid::new_v4()),
        "timestamp": timestamp,
        "total": contains.len(),
        "contains": contains,
    });
    (out, true)
}
