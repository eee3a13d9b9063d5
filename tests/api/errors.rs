//! Every protocol error the service can answer: the right status and an OperationOutcome that says what is
//! wrong, never a panic or a 500.

use serde_json::{json, Value};

use crate::helpers::{sample_order_sign, spawn_app, spawn_app_with};

const SERVICE: &str = "order-sign-crd";

async fn outcome(resp: reqwest::Response, status: u16) -> String {
    assert_eq!(resp.status().as_u16(), status);
    let ct = resp.headers()["content-type"].to_str().unwrap().to_string();
    assert!(ct.contains("json"), "{ct}");
    let body: Value = resp.json().await.expect("JSON error body");
    assert_eq!(body["resourceType"], "OperationOutcome", "{body}");
    assert_eq!(body["issue"][0]["severity"], "error");
    body["issue"][0]["diagnostics"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn malformed_json_is_400() {
    let app = spawn_app().await;
    let resp = app
        .post_raw(
            SERVICE,
            b"{\"hook\": \"order-sign\", ".to_vec(),
            "application/json",
        )
        .await;
    let msg = outcome(resp, 400).await;
    assert!(msg.contains("not valid JSON"), "{msg}");
}

#[tokio::test]
async fn json_that_is_not_a_hook_request_is_400() {
    let app = spawn_app().await;
    for body in [
        json!([1, 2, 3]),
        json!({"resourceType": "Patient"}),
        json!({"hook": "order-sign", "hookInstance": 5}),
    ] {
        let resp = app.post_hook(SERVICE, &body).await;
        let msg = outcome(resp, 400).await;
        assert!(msg.contains("not a CDS Hooks request"), "{msg}");
    }
}

#[tokio::test]
async fn missing_context_fields_are_400() {
    let app = spawn_app().await;
    let mut req = sample_order_sign();
    req["context"]
        .as_object_mut()
        .unwrap()
        .remove("draftOrders");
    assert!(outcome(app.post_hook(SERVICE, &req).await, 400)
        .await
        .contains("draftOrders"));

    let mut req = sample_order_sign();
    req["context"].as_object_mut().unwrap().remove("patientId");
    assert!(outcome(app.post_hook(SERVICE, &req).await, 400)
        .await
        .contains("patientId"));

    let mut req = sample_order_sign();
    req["context"]["patientId"] = json!("../../etc/passwd");
    assert!(outcome(app.post_hook(SERVICE, &req).await, 400)
        .await
        .contains("patientId"));

    let mut req = sample_order_sign();
    req.as_object_mut().unwrap().remove("fhirServer");
    assert!(outcome(app.post_hook(SERVICE, &req).await, 400)
        .await
        .contains("fhirAuthorization"));
}

#[tokio::test]
async fn a_hook_sent_to_another_hooks_service_is_400() {
    let app = spawn_app().await;
    let resp = app
        .post_hook("order-dispatch-crd", &sample_order_sign())
        .await;
    assert!(outcome(resp, 400).await.contains("order-sign"));
}

#[tokio::test]
async fn invalid_fhir_in_the_request_is_400() {
    let app = spawn_app().await;
    let mut req = sample_order_sign();
    req["prefetch"]["patient"] = json!({ "resourceType": "Patient", "birthDate": 12 });
    assert!(outcome(app.post_hook(SERVICE, &req).await, 400)
        .await
        .contains("prefetch.patient"));

    let mut req = sample_order_sign();
    req["context"]["draftOrders"] = json!({ "resourceType": "Bundle", "type": "collection", "entry": [{ "resource": { "status": "draft" } }] });
    assert!(outcome(app.post_hook(SERVICE, &req).await, 400)
        .await
        .contains("draftOrders"));
}

#[tokio::test]
async fn unknown_service_is_404_and_unknown_paths_too() {
    let app = spawn_app().await;
    let resp = app.post_hook("no-such-service", &sample_order_sign()).await;
    assert!(outcome(resp, 404).await.contains("no-such-service"));
    let resp = app.get("/nothing-here").await;
    outcome(resp, 404).await;
}

#[tokio::test]
async fn wrong_method_is_405_and_wrong_media_type_is_415() {
    let app = spawn_app().await;
    let resp = app.get(&format!("/cds-services/{SERVICE}")).await;
    assert_eq!(resp.status(), 405);
    let resp = app
        .post_raw(
            SERVICE,
            b"hook=order-sign".to_vec(),
            "application/x-www-form-urlencoded",
        )
        .await;
    outcome(resp, 415).await;
}

#[tokio::test]
async fn oversized_body_is_413() {
    let app = spawn_app_with(|s| s.server.max_body_bytes = 64 * 1024).await;
    let mut req = sample_order_sign();
    req["extension"] = json!({ "padding": "x".repeat(100 * 1024) });
    let resp = app.post_hook(SERVICE, &req).await;
    outcome(resp, 413).await;
    // The server still answers normally afterwards.
    let (status, _) = app.hook(SERVICE, &sample_order_sign()).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn no_fhir_server_and_no_prefetch_is_412() {
    let app = spawn_app().await;
    let mut req = sample_order_sign();
    req.as_object_mut().unwrap().remove("prefetch");
    req.as_object_mut().unwrap().remove("fhirServer");
    req.as_object_mut().unwrap().remove("fhirAuthorization");
    let msg = outcome(app.post_hook(SERVICE, &req).await, 412).await;
    assert!(msg.contains("Coverage"), "{msg}");

    // Coverage prefetched but the clinical data the decision needs is not.
    let mut req = sample_order_sign();
    for key in ["procedures", "observations", "conditions"] {
        req["prefetch"].as_object_mut().unwrap().remove(key);
    }
    req.as_object_mut().unwrap().remove("fhirServer");
    req.as_object_mut().unwrap().remove("fhirAuthorization");
    let msg = outcome(app.post_hook(SERVICE, &req).await, 412).await;
    assert!(msg.contains("prefetch"), "{msg}");
}

fn coverage_bundle(coverages: Vec<Value>, orgs: Vec<Value>) -> Value {
    json!({ "resourceType": "Bundle", "type": "searchset",
        "entry": coverages.into_iter().chain(orgs).map(|r| json!({ "resource": r })).collect::<Vec<_>>() })
}

fn coverage(id: &str, org: &str, status: &str) -> Value {
    json!({ "resourceType": "Coverage", "id": id, "status": status, "beneficiary": { "reference": "Patient/ex-bcbsla-1" },
            "payor": [{ "reference": format!("Organization/{org}") }] })
}

fn org(id: &str, payer: &str) -> Value {
    json!({ "resourceType": "Organization", "id": id,
            "identifier": [{ "system": "https://crd.example.org/payer-id", "value": payer }], "name": "A payer" })
}

#[tokio::test]
async fn payer_that_cannot_be_determined_is_400_saying_why() {
    let app = spawn_app().await;
    let cases = [
        (
            coverage_bundle(
                vec![coverage("c1", "o1", "cancelled")],
                vec![org("o1", "bcbsla")],
            ),
            "no active Coverage",
        ),
        (coverage_bundle(vec![], vec![]), "no active Coverage"),
        (
            coverage_bundle(
                vec![coverage("c1", "o1", "active")],
                vec![org("o1", "acme-health")],
            ),
            "unknown payer identifier(s) 'acme-health'",
        ),
        (
            coverage_bundle(
                vec![coverage("c1", "o1", "active")],
                vec![
                    json!({ "resourceType": "Organization", "id": "o1", "name": "Blue Cross and Blue Shield of Louisiana" }),
                ],
            ),
            "no Organization identifier",
        ),
    ];
    for (bundle, expected) in cases {
        let mut req = sample_order_sign();
        req["prefetch"]["coverage"] = bundle;
        req["prefetch"].as_object_mut().unwrap().remove("payers");
        // Orders that do not name a coverage, so nothing can choose among several.
        for e in req["context"]["draftOrders"]["entry"]
            .as_array_mut()
            .unwrap()
        {
            e["resource"].as_object_mut().unwrap().remove("insurance");
        }
        let resp = app.post_hook(SERVICE, &req).await;
        let msg = outcome(resp, 400).await;
        assert!(msg.contains(expected), "expected '{expected}' in '{msg}'");
    }
}

#[tokio::test]
async fn several_payers_with_policies_are_ambiguous_unless_the_order_names_one() {
    // Two payers with policies: a copy of 00666 under a second payer id, in a temporary policy directory.
    let dir = std::env::temp_dir().join(format!("crd-policies-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(dir.join("sources")).unwrap();
    let src = crate::helpers::repo_path("fhir-resources/policies/bcbsla-00666.json");
    let text = std::fs::read_to_string(src).unwrap();
    std::fs::write(dir.join("bcbsla-00666.json"), &text).unwrap();
    let mut other: Value = serde_json::from_str(&text).unwrap();
    other["id"] = json!("other-00666");
    other["payer"]["id"] = json!("other-payer");
    std::fs::write(dir.join("other-00666.json"), other.to_string()).unwrap();
    let app = spawn_app_with(|s| s.policies.dir = dir.clone()).await;

    let mut req = sample_order_sign();
    req["prefetch"]["coverage"] = coverage_bundle(
        vec![
            coverage("ex-bcbsla-1-cov1", "o1", "active"),
            coverage("c2", "o2", "active"),
        ],
        vec![org("o1", "bcbsla"), org("o2", "other-payer")],
    );
    req["prefetch"].as_object_mut().unwrap().remove("payers");
    // The sample's orders name Coverage/ex-bcbsla-1-cov1 in insurance: that chooses.
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    for (_, ext) in crate::helpers::coverage_infos(&body) {
        assert_eq!(
            crate::helpers::sub(&ext, "coverage").unwrap()["reference"],
            "Coverage/ex-bcbsla-1-cov1"
        );
    }
    for e in req["context"]["draftOrders"]["entry"]
        .as_array_mut()
        .unwrap()
    {
        e["resource"].as_object_mut().unwrap().remove("insurance");
    }
    let msg = outcome(app.post_hook(SERVICE, &req).await, 400).await;
    assert!(msg.contains("different payers"), "{msg}");
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn unsupported_crd_version_and_bad_configuration_are_400() {
    let app = spawn_app().await;
    let mut req = sample_order_sign();
    req["extension"] = json!({ "davinci-crd.requestedVersion": "9.9" });
    assert!(outcome(app.post_hook(SERVICE, &req).await, 400)
        .await
        .contains("9.9"));
    req["extension"] = json!({ "davinci-crd.configuration": { "max-cards": "lots" } });
    assert!(outcome(app.post_hook(SERVICE, &req).await, 400)
        .await
        .contains("max-cards"));
}

#[tokio::test]
async fn fhir_server_off_the_allowlist_is_never_contacted() {
    let server = wiremock::MockServer::start().await;
    let app = spawn_app().await; // allowlist: only the real FHIR server
    let mut req = sample_order_sign();
    req.as_object_mut().unwrap().remove("prefetch");
    req["fhirServer"] = json!(format!("{}/fhir", server.uri()));
    // CDS Hooks 412: the data the decision needs is on a server crd-server may not contact.
    let msg = outcome(app.post_hook(SERVICE, &req).await, 412).await;
    assert!(msg.contains("allowlist"), "{msg}");
    assert!(
        server.received_requests().await.unwrap().is_empty(),
        "the unlisted server was contacted"
    );
}

/// Hostile and odd inputs: every one gets a 4xx or a 200, never a 5xx or a dropped connection, and the server
/// keeps answering.
#[tokio::test]
async fn odd_and_hostile_requests_never_break_the_server() {
    let app = spawn_app().await;
    let mut bodies: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"null".to_vec(),
        b"\"order-sign\"".to_vec(),
        vec![0xff, 0xfe, 0x00, 0x7b],
        format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)).into_bytes(),
        br#"{"hook":"order-sign","hookInstance":"x","context":{"patientId":"p","draftOrders":[]}}"#.to_vec(),
        br#"{"hook":"order-sign","hookInstance":"x","context":{"patientId":"p","draftOrders":{"resourceType":"Bundle","entry":"nope"}}}"#.to_vec(),
        br#"{"hook":"order-sign","hookInstance":"x","context":{"patientId":"p","draftOrders":{"resourceType":"Bundle"}},"prefetch":{"coverage":[1,2]}}"#.to_vec(),
        br#"{"hook":"order-sign","hookInstance":"x","context":{"patientId":"p","draftOrders":{"resourceType":"Bundle"}},"prefetch":"nope"}"#.to_vec(),
        br#"{"hook":"order-sign","hookInstance":"x","context":{"patientId":"p","draftOrders":{"resourceType":"Bundle"}},"extension":{"davinci-crd.configuration":{"max-cards":1e400}}}"#.to_vec(),
    ];
    // The sample with odd codes and values in every place the engine reads.
    let mut odd = sample_order_sign();
    odd["context"]["draftOrders"]["entry"][0]["resource"]["code"]["coding"][0]["code"] =
        json!("6236é🙂");
    odd["prefetch"]["conditions"]["entry"][0]["resource"]["code"]["coding"][0]["code"] =
        json!("G89é");
    odd["prefetch"]["observations"]["entry"][0]["resource"]["valueInteger"] = json!(2147483647);
    odd["prefetch"]["observations"]["entry"][1]["resource"]["effectiveDateTime"] =
        json!("9999-12-31T23:59:59Z");
    odd["prefetch"]["procedures"]["entry"][0]["resource"]["performedDateTime"] =
        json!("0001-01-01");
    odd["prefetch"]["patient"]["birthDate"] = json!("2999-01-01");
    bodies.push(serde_json::to_vec(&odd).unwrap());
    // Unknown elements holding arrays (fhirbolt 0.4 looped forever on these in lax mode; patched in vendor/).
    let mut unknown = sample_order_sign();
    unknown["prefetch"]["conditions"]["entry"][0]["resource"]["zz"] = json!([null]);
    unknown["prefetch"]["patient"]["name"][0]["futureElement"] = json!([]);
    unknown["context"]["draftOrders"]["entry"][1]["resource"]["id"] = json!({ "z": [1, 2] });
    bodies.push(serde_json::to_vec(&unknown).unwrap());
    let mut tolerated = sample_order_sign();
    tolerated["prefetch"]["conditions"]["entry"][0]["resource"]["zz"] = json!([1, 2]);
    let (status, _) = app.hook(SERVICE, &tolerated).await;
    assert_eq!(
        status, 200,
        "an unknown element is ignored, as lax FHIR reading should"
    );
    for body in bodies {
        let resp = app
            .post_raw(SERVICE, body.clone(), "application/json")
            .await;
        let status = resp.status().as_u16();
        assert!(
            status == 200 || (400..500).contains(&status),
            "status {status} for {}",
            String::from_utf8_lossy(&body[..body.len().min(200)])
        );
    }
    let (status, _) = app.hook(SERVICE, &sample_order_sign()).await;
    assert_eq!(status, 200, "the server still answers");
}

#[tokio::test]
async fn prefetch_of_the_wrong_type_or_about_another_patient_is_400() {
    let app = spawn_app().await;
    let patient = sample_order_sign()["prefetch"]["patient"].clone();
    let mut wrong_type = sample_order_sign();
    wrong_type["prefetch"]["patient"] =
        wrong_type["prefetch"]["conditions"]["entry"][0]["resource"].clone();
    let mut other_condition = sample_order_sign();
    other_condition["prefetch"]["conditions"]["entry"][0]["resource"]["subject"] =
        json!({ "reference": "Patient/somebody-else" });
    let mut other_patient = sample_order_sign();
    other_patient["prefetch"]["patient"]["id"] = json!("somebody-else");
    let mut other_order = sample_order_sign();
    other_order["context"]["draftOrders"]["entry"][0]["resource"]["subject"] =
        json!({ "reference": "Patient/somebody-else" });
    let cases = [
        (
            wrong_type,
            "prefetch.patient entry 0 is a Condition; this key holds Patient",
        ),
        (
            other_condition,
            "prefetch.conditions entry 0 is about another patient",
        ),
        (
            other_patient,
            "prefetch.patient entry 0 is about another patient",
        ),
        (
            other_order,
            "context.draftOrders: entry 0 is about another patient",
        ),
    ];
    for (req, expected) in cases {
        let msg = outcome(app.post_hook(SERVICE, &req).await, 400).await;
        assert!(msg.contains(expected), "'{expected}' not in '{msg}'");
    }
    assert_eq!(patient["resourceType"], "Patient");
    let (status, _) = app.hook(SERVICE, &sample_order_sign()).await;
    assert_eq!(status, 200);
}
