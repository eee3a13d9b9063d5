//! The shipped examples (`cds-hooks/examples/`) against the CRD profiles: each request's orders and appointments
//! (the resources an EHR would copy) hold to `profiles::order` (ServiceRequest `requester`, Appointment
//! `requestedPeriod` / participants, ...), each example response to the whole response check, and crd-server's
//! answer to each example request passes the suite (through `post_hook`).

use serde_json::Value;

use super::{expected_version, hook_violations, profiles, Out};
use crate::helpers::{fhir_base_url, load_fixtures, repo_path, spawn_app};

/// The order-like resources of a request's context: draft orders, appointments, and the dispatched orders
/// (found by reference in the prefetch).
fn context_orders(request: &Value) -> Vec<&Value> {
    let ctx = &request["context"];
    let mut out: Vec<&Value> = ["draftOrders", "appointments"]
        .iter()
        .flat_map(|k| ctx[*k]["entry"].as_array().into_iter().flatten())
        .map(|e| &e["resource"])
        .collect();
    for r in ctx["dispatchedOrders"].as_array().into_iter().flatten() {
        let Some((rt, id)) = r.as_str().and_then(|r| r.split_once('/')) else {
            continue;
        };
        for p in request["prefetch"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(_, p)| p)
        {
            let candidates = std::iter::once(p).chain(
                p["entry"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|e| &e["resource"]),
            );
            out.extend(candidates.filter(|c| c["resourceType"] == rt && c["id"] == id));
        }
    }
    out
}

fn examples() -> Vec<(String, Value, Option<Value>)> {
    let dir = repo_path("cds-hooks/examples");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with("-request.json"))
        .collect();
    names.sort();
    let read = |n: &str| -> Option<Value> {
        let text = std::fs::read_to_string(dir.join(n)).ok()?;
        Some(serde_json::from_str(&text).unwrap_or_else(|e| panic!("{n}: {e}")))
    };
    names
        .into_iter()
        .map(|n| {
            let request = read(&n).unwrap();
            let response = read(&n.replace("-request.json", "-response.json"));
            (n, request, response)
        })
        .collect()
}

#[test]
fn the_example_requests_and_responses_follow_the_crd_profiles() {
    let mut problems = Vec::new();
    let all = examples();
    assert!(all.len() >= 7, "{} example requests", all.len());
    for (name, request, response) in &all {
        for (i, order) in context_orders(request).into_iter().enumerate() {
            let mut out: Out = Vec::new();
            profiles::order(order, &format!("{name}: context order {i}"), &mut out);
            problems.extend(
                out.into_iter()
                    .map(|x| format!("[{}] {}: {}", x.rule, x.at, x.msg)),
            );
        }
        if let Some(response) = response {
            let hook = request["hook"].as_str().unwrap();
            let version = expected_version(request, &format!("{hook}-crd"));
            let out = hook_violations(response, hook, version, Some(request));
            problems.extend(
                out.into_iter()
                    .map(|x| format!("[{}] {name} response {}: {}", x.rule, x.at, x.msg)),
            );
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// crd-server's answer to every example request passes the suite (`post_hook` checks it), as sent and with each
/// CRD version asked for explicitly.
#[tokio::test]
async fn crd_servers_answers_to_the_example_requests_conform_in_both_versions() {
    load_fixtures().await;
    let app = spawn_app().await;
    for (name, mut request, _) in examples() {
        if request["fhirServer"]
            .as_str()
            .is_some_and(|s| s.starts_with("http://127.0.0.1"))
        {
            request["fhirServer"] = Value::String(fhir_base_url());
        }
        let service = format!("{}-crd", request["hook"].as_str().unwrap());
        for version in [None, Some("2.0"), Some("2.2")] {
            if let Some(v) = version {
                request["extension"]["davinci-crd.requestedVersion"] = Value::String(v.into());
            }
            let resp = app.post_hook(&service, &request).await;
            assert_eq!(resp.status(), 200, "{name} ({version:?})");
        }
    }
}
