//! Requests written the way other projects write them (the Inferno CRD kit, the CRD reference implementation, the
//! CDS Hooks documentation), re-authored in `tests/fixtures/peers/` (see its README for what each one models).
//! None of them carries chart data, so no policy can justify a `not-covered`: each must be answered without a
//! denial, and without a server error. Where crd-server still refuses a peer's shape, the expected status below
//! says so, with the reason, so a change in that is seen.

use serde_json::Value;

use crate::helpers::{
    coverage_infos, fhir_base_url, load_bundle, load_fixtures, repo_path, spawn_app, sub,
};

/// (fixture, expected HTTP status, why).
const EXPECTED: &[(&str, u16, &str)] = &[
    (
        "inferno-order-sign-devicerequest-bluebutton",
        200,
        "decided: Blue Button HCPCS, payor read from fhirServer",
    ),
    (
        "inferno-order-sign-unrelated-orders-no-prefetch",
        200,
        "the diet order and the unrouted antibiotic are not the pump's",
    ),
    (
        "inferno-order-select-contained-medication",
        200,
        "the pump's drug from the contained Medication",
    ),
    (
        "inferno-order-select-oral-methotrexate",
        200,
        "the oral methotrexate is not the pump's drug",
    ),
    (
        "inferno-order-dispatch-order-and-task",
        200,
        "context.order (CRD 2.0.1's order-dispatch context) read as the one dispatched order, taken from the prefetch key `order`",
    ),
    (
        "inferno-appointment-book-three-appointments",
        200,
        "appointments without a pump code are not decided",
    ),
    (
        "inferno-encounter-start-encounter-prefetch",
        200,
        "nothing to decide on encounter-start",
    ),
    (
        "inferno-encounter-start-no-prefetch",
        200,
        "nothing to decide on encounter-start (the kit's own unit-test body)",
    ),
    (
        "inferno-unknown-hook-nested-context",
        404,
        "no CDS service for a hook crd-server does not declare",
    ),
    (
        "inferno-encounter-discharge-no-prefetch",
        200,
        "nothing to decide on encounter-discharge",
    ),
    (
        "crd-ri-order-sign-hydrated-device-bundle",
        400,
        "its Coverage has no status: the payer cannot be determined, and the 400 names it",
    ),
    (
        "crd-ri-order-sign-coverage-bundle-https-hcpcs",
        200,
        "HCPCS with an https system is HCPCS",
    ),
    (
        "crd-ri-order-sign-searchset-include",
        200,
        "Coverage and chart read from fhirServer",
    ),
    (
        "crd-ri-order-select-unwrapped-entries",
        200,
        "a draftOrders entry without the resource wrapper is read as the resource",
    ),
    (
        "cds-hooks-docs-order-sign-prefetch-conventions",
        200,
        "a failed prefetch (OperationOutcome) is read again, null is nothing",
    ),
    (
        "cds-hooks-docs-order-dispatch-hyphenated",
        200,
        "dispatched-orders (the spec page's own example) read as dispatchedOrders; the order read with the serviceRequests template",
    ),
    (
        "cds-hooks-docs-appointment-book-array",
        400,
        "context.appointments must be a Bundle: the 400 says so",
    ),
];

async fn load_records() {
    load_bundle(&std::fs::read_to_string(repo_path("tests/fixtures/peers/records.json")).unwrap())
        .await;
}

#[tokio::test]
async fn requests_written_by_other_projects_are_never_denied_on_nothing() {
    load_fixtures().await;
    load_records().await;
    let app = spawn_app().await;
    let dir = repo_path("tests/fixtures/peers");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && !p.ends_with("records.json"))
        .collect();
    files.sort();
    assert_eq!(
        files.len(),
        EXPECTED.len(),
        "every fixture has an expectation"
    );
    let mut report = Vec::new();
    for file in files {
        let name = file.file_stem().unwrap().to_string_lossy().to_string();
        let (_, expected, why) = EXPECTED
            .iter()
            .find(|(n, _, _)| *n == name)
            .unwrap_or_else(|| panic!("{name}: no expectation"));
        let mut body: Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        // The fixtures name the local test server as it runs by default; follow FHIR_BASE_URL.
        if body["fhirServer"].is_string() {
            body["fhirServer"] = Value::String(fhir_base_url());
        }
        let service = format!("{}-crd", body["hook"].as_str().unwrap());
        let resp = app.post_hook(&service, &body).await;
        let status = resp.status().as_u16();
        let answer: Value = resp.json().await.unwrap_or(Value::Null);
        let denied: Vec<String> = coverage_infos(&answer)
            .into_iter()
            .filter(|(_, ext)| {
                sub(ext, "covered")
                    .and_then(|v| v.as_str().map(str::to_string))
                    .as_deref()
                    == Some("not-covered")
            })
            .map(|(order, _)| order)
            .collect();
        assert!(
            denied.is_empty(),
            "{name}: not-covered on a chart with no data: {denied:?}\n{answer}"
        );
        if status >= 400 {
            assert_eq!(
                answer["resourceType"], "OperationOutcome",
                "{name}: {answer}"
            );
        }
        report.push(format!("{name}: {status} (expected {expected}: {why})"));
        assert_eq!(status, *expected, "{name}: {answer}");
    }
    println!("{}", report.join("\n"));
}
