//! The demo EHR's FHIR server (`/demo/fhir`): the bundled sample charts, read-only, plus what the demo writes
//! (signed draft orders, the questionnaire app's QuestionnaireResponses) in a bounded in-memory layer.
//!
//! Why by hand: a real FHIR server is a separate process (the tests use one on loopback); the demo must work from
//! the one command that starts crd-server, so this answers just the reads and searches the discovery prefetch
//! templates and the questionnaire app make (`Type/id`; `patient`/`subject`/`beneficiary`, `status`, `code`,
//! `_id`, `_include=Coverage:payor`). Any other search parameter is refused with an OperationOutcome, never
//! silently ignored (a search that ignored a filter would return too much).

use std::collections::VecDeque;
use std::sync::Mutex;

use serde_json::{json, Value};

/// Most resources the demo keeps beside the samples; the oldest go first.
const OVERLAY_CAP: usize = 500;
/// Largest resource the demo keeps (serialized): with the count cap, the demo holds at most ~32 MB.
pub const MAX_RESOURCE_BYTES: usize = 64 * 1024;

pub struct DemoFhir {
    samples: Vec<Value>,
    overlay: Mutex<VecDeque<Value>>,
}

/// One search parameter's test of a resource.
type Filter = Box<dyn Fn(&Value) -> bool>;

/// Why a search could not be answered (said to the caller).
#[derive(Debug, PartialEq, Eq)]
pub struct SearchError(pub String);

impl DemoFhir {
    pub fn new(samples: Vec<Value>) -> DemoFhir {
        DemoFhir {
            samples,
            overlay: Mutex::new(VecDeque::new()),
        }
    }

    fn overlay(&self) -> std::sync::MutexGuard<'_, VecDeque<Value>> {
        // A panic while holding the lock cannot leave the list half-written (push/retain only).
        self.overlay.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The current resources (the newest version of each type/id: writes shadow the samples) that `keep`
    /// accepts, newest first. Only those are copied, under the lock.
    fn current(&self, keep: impl Fn(&Value) -> bool) -> Vec<Value> {
        let overlay = self.overlay();
        let mut out: Vec<Value> = overlay.iter().rev().filter(|r| keep(r)).cloned().collect();
        for r in self.samples.iter().filter(|r| keep(r)) {
            if !overlay.iter().any(|o| same(o, r)) {
                out.push(r.clone());
            }
        }
        out
    }

    pub fn read(&self, resource_type: &str, id: &str) -> Option<Value> {
        let overlay = self.overlay();
        overlay
            .iter()
            .rev()
            .find(|r| r["resourceType"] == resource_type && r["id"] == id)
            .cloned()
            .or_else(|| {
                self.samples
                    .iter()
                    .find(|r| r["resourceType"] == resource_type && r["id"] == id)
                    .cloned()
            })
    }

    /// Stores a resource (replacing the one with its type and id), stamping `meta.lastUpdated`; one larger than
    /// `MAX_RESOURCE_BYTES` is refused.
    pub fn write(&self, mut resource: Value) -> Result<Value, SearchError> {
        if resource.to_string().len() > MAX_RESOURCE_BYTES {
            return Err(SearchError(format!(
                "the demo FHIR server keeps resources of at most {MAX_RESOURCE_BYTES} bytes"
            )));
        }
        resource["meta"] = json!({ "lastUpdated": chrono::Utc::now().to_rfc3339() });
        let mut overlay = self.overlay();
        overlay.retain(|r| !same(r, &resource));
        overlay.push_back(resource.clone());
        while overlay.len() > OVERLAY_CAP {
            overlay.pop_front();
        }
        Ok(resource)
    }

    /// `Type?query` (or `Type/id`) as a searchset Bundle (or the resource), like a FHIR server would answer.
    pub fn get(&self, base: &str, path_and_query: &str) -> Result<Value, SearchError> {
        let (path, query) = path_and_query
            .split_once('?')
            .unwrap_or((path_and_query, ""));
        let path = path.trim_matches('/');
        match path.split_once('/') {
            Some((t, id)) if query.is_empty() => self
                .read(t, id)
                .ok_or_else(|| SearchError(format!("{t}/{id} is not known"))),
            Some(_) => Err(SearchError("a read takes no search parameters".into())),
            None => self.search(base, path, query),
        }
    }

    pub fn search(
        &self,
        base: &str,
        resource_type: &str,
        query: &str,
    ) -> Result<Value, SearchError> {
        let params: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let mut filters: Vec<Filter> = Vec::new();
        let mut include_payor = false;
        for (name, value) in params {
            let values: Vec<String> = value.split(',').map(str::to_string).collect();
            match name.as_str() {
                "patient" | "subject" | "beneficiary" => {
                    let refs: Vec<String> = values
                        .iter()
                        .map(|v| {
                            if v.contains('/') {
                                v.clone()
                            } else {
                                format!("Patient/{v}")
                            }
                        })
                        .collect();
                    filters.push(Box::new(move |r| {
                        ["subject", "patient", "beneficiary"]
                            .iter()
                            .filter_map(|f| r[*f]["reference"].as_str())
                            .any(|s| refs.iter().any(|x| x == s))
                    }));
                }
                "_id" => filters.push(Box::new(move |r| {
                    values.iter().any(|v| r["id"].as_str() == Some(v))
                })),
                "status" => filters.push(Box::new(move |r| {
                    values.iter().any(|v| r["status"].as_str() == Some(v))
                })),
                "code" => filters.push(Box::new(move |r| {
                    let codings = ["code", "medicationCodeableConcept", "codeCodeableConcept"]
                        .iter()
                        .flat_map(|f| r[*f]["coding"].as_array().cloned().unwrap_or_default())
                        .collect::<Vec<_>>();
                    values.iter().any(|v| {
                        let (system, code) = v.split_once('|').unwrap_or(("", v));
                        codings.iter().any(|c| {
                            c["code"].as_str() == Some(code)
                                && (system.is_empty() || c["system"].as_str() == Some(system))
                        })
                    })
                })),
                "_include" if resource_type == "Coverage" && value == "Coverage:payor" => {
                    include_payor = true
                }
                // Paging and sorting hints: every match fits on one page, in a stable order.
                "_count" | "_sort" | "_format" => {}
                other => {
                    return Err(SearchError(format!(
                        "the demo FHIR server does not support the search parameter '{}' on {resource_type}",
                        other.chars().take(40).collect::<String>()
                    )))
                }
            }
        }
        let matches: Vec<Value> =
            self.current(|r| r["resourceType"] == resource_type && filters.iter().all(|f| f(r)));
        let mut entries: Vec<Value> = matches.iter().map(|r| entry(base, r, "match")).collect();
        if include_payor {
            let mut seen = Vec::new();
            for payor in matches
                .iter()
                .flat_map(|c| c["payor"].as_array().cloned().unwrap_or_default())
            {
                let Some((t, id)) = payor["reference"].as_str().and_then(|s| s.split_once('/'))
                else {
                    continue;
                };
                if seen.contains(&(t.to_string(), id.to_string())) {
                    continue;
                }
                seen.push((t.to_string(), id.to_string()));
                if let Some(r) = self.read(t, id) {
                    entries.push(entry(base, &r, "include"));
                }
            }
        }
        Ok(json!({
            "resourceType": "Bundle",
            "type": "searchset",
            "total": matches.len(),
            "entry": entries,
        }))
    }
}

fn same(a: &Value, b: &Value) -> bool {
    a["resourceType"] == b["resourceType"] && a["id"] == b["id"]
}

fn entry(base: &str, r: &Value, mode: &str) -> Value {
    json!({
        "fullUrl": format!("{base}/{}/{}", r["resourceType"].as_str().unwrap_or_default(), r["id"].as_str().unwrap_or_default()),
        "resource": r,
        "search": { "mode": mode },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server() -> DemoFhir {
        DemoFhir::new(vec![
            json!({"resourceType": "Patient", "id": "p1"}),
            json!({"resourceType": "Organization", "id": "o1", "name": "Payer"}),
            json!({"resourceType": "Coverage", "id": "c1", "status": "active",
                   "beneficiary": {"reference": "Patient/p1"}, "payor": [{"reference": "Organization/o1"}]}),
            json!({"resourceType": "Coverage", "id": "c2", "status": "cancelled",
                   "beneficiary": {"reference": "Patient/p1"}, "payor": [{"reference": "Organization/o1"}]}),
            json!({"resourceType": "Observation", "id": "x1", "subject": {"reference": "Patient/p1"},
                   "code": {"coding": [{"system": "http://loinc.org", "code": "72514-3"}]}}),
            json!({"resourceType": "Observation", "id": "x2", "subject": {"reference": "Patient/p2"},
                   "code": {"coding": [{"system": "http://loinc.org", "code": "72514-3"}]}}),
            json!({"resourceType": "Observation", "id": "x3", "subject": {"reference": "Patient/p1"},
                   "code": {"coding": [{"system": "http://loinc.org", "code": "8867-4"}]}}),
        ])
    }

    fn ids(bundle: &Value) -> Vec<(String, String)> {
        bundle["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["resource"]["id"].as_str().unwrap().to_string(),
                    e["search"]["mode"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn searches_filter_by_every_parameter_and_include_the_payer() {
        let s = server();
        let b = "http://x/demo/fhir";
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Coverage?patient=p1&status=active&_include=Coverage:payor",
                &[("c1", "match"), ("o1", "include")],
            ),
            (
                "Coverage?beneficiary=Patient/p1",
                &[("c1", "match"), ("c2", "match")],
            ),
            (
                "Observation?patient=p1&code=http://loinc.org|72514-3",
                &[("x1", "match")],
            ),
            ("Observation?subject=Patient/p2", &[("x2", "match")]),
            ("Observation?code=8867-4", &[("x3", "match")]),
            ("Observation?code=http://snomed.info/sct|8867-4", &[]),
            ("Patient?_id=p1", &[("p1", "match")]),
        ];
        for (query, expected) in cases {
            let got = ids(&s.get(b, query).unwrap());
            let want: Vec<(String, String)> = expected
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(got, want, "{query}");
        }
        assert_eq!(s.get(b, "Patient/p1").unwrap()["id"], "p1");
        assert!(s.get(b, "Patient/nobody").is_err());
        assert!(s.get(b, "Observation?value-quantity=5").is_err());
    }

    #[test]
    fn writes_shadow_the_samples_and_stay_bounded() {
        let s = server();
        s.write(
            json!({"resourceType": "Coverage", "id": "c1", "status": "cancelled",
                       "beneficiary": {"reference": "Patient/p1"}}),
        )
        .unwrap();
        let active = s.get("b", "Coverage?patient=p1&status=active").unwrap();
        assert_eq!(active["total"], 0);
        for i in 0..(OVERLAY_CAP + 10) {
            s.write(json!({"resourceType": "QuestionnaireResponse", "id": format!("q{i}")}))
                .unwrap();
        }
        assert!(s.read("QuestionnaireResponse", "q0").is_none());
        assert!(s
            .read("QuestionnaireResponse", &format!("q{}", OVERLAY_CAP + 9))
            .is_some());
        assert_eq!(s.overlay().len(), OVERLAY_CAP);
        // A resource over the size cap is refused, and nothing is stored.
        let big = json!({"resourceType": "QuestionnaireResponse", "id": "big",
                         "text": "x".repeat(MAX_RESOURCE_BYTES)});
        assert!(s.write(big).is_err());
        assert!(s.read("QuestionnaireResponse", "big").is_none());
    }
}
