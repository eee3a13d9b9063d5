//! order-sign end to end for BCBS Louisiana 00666: with prefetch, without prefetch against the real FHIR
//! server, and the decisions and card rules that follow.

use serde_json::{json, Value};

use crate::conformance::{assert_conformant, Version};
use crate::helpers::{
    coverage_infos, load_fixtures, sample_order_sign, sample_without_prefetch, spawn_app, sub,
};

const SERVICE: &str = "order-sign-crd";

fn covered_checks(body: &Value) {
    let infos = coverage_infos(body);
    let orders: Vec<&str> = infos.iter().map(|(o, _)| o.as_str()).collect();
    // The pump procedure and device are decided; the drug order is not a pump code and gets no pump decision.
    assert_eq!(
        orders,
        [
            "ServiceRequest/ex-bcbsla-1-sr7",
            "DeviceRequest/ex-bcbsla-1-dr8"
        ]
    );
    for (_, ext) in &infos {
        assert_eq!(sub(ext, "covered").unwrap(), "covered");
        assert_eq!(sub(ext, "pa-needed").unwrap(), "auth-needed");
        assert_eq!(
            sub(ext, "coverage").unwrap()["reference"],
            "Coverage/ex-bcbsla-1-cov1"
        );
        assert!(sub(ext, "doc-needed").is_none() && sub(ext, "questionnaire").is_none());
        assert!(sub(ext, "reason").unwrap()["text"]
            .as_str()
            .unwrap()
            .contains("00666"));
    }
    // The decision is the extension's alone (resp-25); the one card is the external reference to the policy.
    let cards = body["cards"].as_array().unwrap();
    assert_eq!(cards.len(), 1, "{body}");
    let card = &cards[0];
    assert_eq!(card["indicator"], "info");
    assert!(card["source"]["label"]
        .as_str()
        .unwrap()
        .contains("Blue Cross and Blue Shield of Louisiana"));
    assert_eq!(card["links"][0]["type"], "absolute");
}

#[tokio::test]
async fn shared_sample_with_prefetch_is_covered() {
    let app = spawn_app().await;
    let (status, body) = app.hook(SERVICE, &sample_order_sign()).await;
    assert_eq!(status, 200, "{body}");
    assert_conformant(&body, "order-sign", Version::V2_2);
    covered_checks(&body);
    // The echoed order keeps everything it had.
    let sr = &body["systemActions"][0]["resource"];
    assert_eq!(
        sr["reasonReference"][0]["reference"],
        "Condition/ex-bcbsla-1-cond2"
    );
    assert_eq!(sr["insurance"][0]["reference"], "Coverage/ex-bcbsla-1-cov1");
}

#[tokio::test]
async fn shared_sample_without_prefetch_reads_the_real_fhir_server() {
    load_fixtures().await;
    let app = spawn_app().await;
    let (status, body) = app.hook(SERVICE, &sample_without_prefetch()).await;
    assert_eq!(status, 200, "{body}");
    assert_conformant(&body, "order-sign", Version::V2_2);
    covered_checks(&body);
}

#[tokio::test]
async fn a_partial_prefetch_is_completed_from_the_fhir_server() {
    load_fixtures().await;
    let app = spawn_app().await;
    let mut req = sample_order_sign();
    req["fhirServer"] = json!(crate::helpers::fhir_base_url());
    for key in ["procedures", "observations", "coverage", "payers"] {
        req["prefetch"].as_object_mut().unwrap().remove(key);
    }
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    covered_checks(&body);
}

#[tokio::test]
async fn an_order_keeps_its_assertion_id_shared_by_the_orders_of_the_call() {
    let app = spawn_app().await;
    let assertion = |body: &Value| -> Vec<String> {
        coverage_infos(body)
            .iter()
            .map(|(_, e)| {
                sub(e, "coverage-assertion-id")
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect()
    };
    let mut ids = Vec::new();
    for _ in 0..3 {
        let (_, body) = app.hook(SERVICE, &sample_order_sign()).await;
        let per_response = assertion(&body);
        assert_eq!(per_response.len(), 2);
        assert!(
            per_response.windows(2).all(|w| w[0] == w[1]),
            "one id per coverage in a response"
        );
        ids.push(per_response[0].clone());
    }
    // Signing the same orders again answers under the same assertion (its documentation stays attached).
    ids.dedup();
    assert_eq!(ids.len(), 1, "{ids:?}");

    // Other orders of the same patient get an assertion of their own.
    let mut other = sample_order_sign();
    for (i, e) in other["context"]["draftOrders"]["entry"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .enumerate()
    {
        e["resource"]["id"] = json!(format!("other-order-{i}"));
    }
    let (_, body) = app.hook(SERVICE, &other).await;
    assert_ne!(assertion(&body)[0], ids[0]);
}

fn set_post_trial_score(req: &mut Value, value: i64) {
    for e in req["prefetch"]["observations"]["entry"]
        .as_array_mut()
        .unwrap()
    {
        if e["resource"]["id"] == "ex-bcbsla-1-obs6" {
            e["resource"]["valueInteger"] = json!(value);
        }
    }
}

#[tokio::test]
async fn a_trial_with_too_little_relief_is_not_covered() {
    let app = spawn_app().await;
    let mut req = sample_order_sign();
    set_post_trial_score(&mut req, 5); // 8 → 5 is 38 %
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    assert_conformant(&body, "order-sign", Version::V2_2);
    for (_, ext) in coverage_infos(&body) {
        assert_eq!(sub(&ext, "covered").unwrap(), "not-covered");
        assert!(sub(&ext, "pa-needed").is_none());
        assert!(sub(&ext, "reason").unwrap()["text"]
            .as_str()
            .unwrap()
            .contains("38 % reduction"));
    }
    assert!(body["cards"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["source"]["topic"]["code"] != "coverage-info"));
}

#[tokio::test]
async fn a_missing_trial_needs_documentation_with_a_resolvable_questionnaire() {
    let app = spawn_app().await;
    let mut req = sample_order_sign();
    req["prefetch"]["procedures"] =
        json!({ "resourceType": "Bundle", "type": "searchset", "total": 0 });
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    assert_conformant(&body, "order-sign", Version::V2_2);
    let infos = coverage_infos(&body);
    assert!(!infos.is_empty());
    for (_, ext) in &infos {
        assert_eq!(sub(ext, "covered").unwrap(), "conditional");
        assert_eq!(sub(ext, "doc-needed").unwrap(), "clinical");
        assert_eq!(sub(ext, "doc-purpose").unwrap(), "withpa");
        assert_eq!(sub(ext, "info-needed").unwrap(), "OTH");
        let reason = sub(ext, "reason").unwrap()["text"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(reason.contains("trial"), "{reason}");
        let canonical = sub(ext, "questionnaire")
            .unwrap()
            .as_str()
            .unwrap()
            .to_string();
        // The canonical resolves on this server (search by url and version).
        let (url, version) = canonical
            .split_once('|')
            .expect("a version-specific canonical");
        let found = app
            .search_canonical("Questionnaire", url, Some(version))
            .await;
        assert_eq!(found["total"], 1, "{found}");
        let q = &found["entry"][0]["resource"];
        assert_eq!(q["resourceType"], "Questionnaire");
        assert_eq!(q["url"], url);
        assert_eq!(q["version"], version);
        let link_ids = q.to_string();
        assert!(
            link_ids.contains("\"pain-trial\""),
            "the questionnaire asks about the trial"
        );
    }
}

#[tokio::test]
async fn crd_2_2_clients_get_2_2_codes_and_an_expiry_date() {
    let app = spawn_app().await;
    let mut req = sample_order_sign();
    req["extension"] = json!({ "davinci-crd.requestedVersion": "2.2" });
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    assert_conformant(&body, "order-sign", Version::V2_2);
    for (_, ext) in coverage_infos(&body) {
        assert!(sub(&ext, "expiry-date").is_some());
    }
    assert_eq!(
        body["cards"][0]["source"]["topic"]["system"],
        "http://terminology.hl7.org/CodeSystem/cdshooks-card-type"
    );
}

#[tokio::test]
async fn crd_configuration_from_the_ehr_is_obeyed() {
    let app = spawn_app().await;
    let mut req = sample_order_sign();
    req["extension"] = json!({ "davinci-crd.configuration": { "max-cards": 0 } });
    let (_, body) = app.hook(SERVICE, &req).await;
    assert_eq!(body["cards"].as_array().unwrap().len(), 0);
    assert_eq!(body["systemActions"].as_array().unwrap().len(), 2);
    assert_conformant(&body, "order-sign", Version::V2_2);

    req["extension"] = json!({ "davinci-crd.configuration": { "coverage-info": false } });
    let (_, body) = app.hook(SERVICE, &req).await;
    // No coverage information asked for: no systemActions (omitted, never an empty array).
    assert!(body.get("systemActions").is_none(), "{body}");
    assert!(body["cards"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["source"]["topic"]["code"] != "coverage-info"));
    assert_conformant(&body, "order-sign", Version::V2_2);
}

#[tokio::test]
async fn other_hooks_answer_per_their_role() {
    let app = spawn_app().await;
    // order-select decides on the selected orders only.
    let mut req = sample_order_sign();
    req["hook"] = json!("order-select");
    req["context"]["selections"] = json!(["DeviceRequest/ex-bcbsla-1-dr8"]);
    let (status, body) = app.hook("order-select-crd", &req).await;
    assert_eq!(status, 200, "{body}");
    assert_conformant(&body, "order-select", Version::V2_2);
    let orders: Vec<String> = coverage_infos(&body).into_iter().map(|(o, _)| o).collect();
    assert_eq!(orders, ["DeviceRequest/ex-bcbsla-1-dr8"]);

    // encounter hooks are secondary: no cards, no system actions.
    let enc = json!({
        "hook": "encounter-start", "hookInstance": "5b1c7e6e-0c1a-4c7e-9b1e-6b0f3f0b8c11",
        "context": { "patientId": "ex-bcbsla-1", "userId": "Practitioner/x", "encounterId": "e1" }
    });
    let (status, body) = app.hook("encounter-start-crd", &enc).await;
    assert_eq!(status, 200);
    assert_eq!(body, json!({ "cards": [] }));
}

#[tokio::test]
async fn appointment_book_decides_on_pump_procedures() {
    let app = spawn_app().await;
    let mut req = sample_order_sign();
    req["hook"] = json!("appointment-book");
    req["context"]
        .as_object_mut()
        .unwrap()
        .remove("draftOrders");
    req["context"]["appointments"] = json!({ "resourceType": "Bundle", "type": "collection", "entry": [{ "resource": {
        "resourceType": "Appointment", "id": "appt-1", "status": "proposed",
        "serviceType": [{ "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "62362" }] }],
        "reasonReference": [{ "reference": "Condition/ex-bcbsla-1-cond2" }],
        "start": "2026-12-10T09:00:00Z", "end": "2026-12-10T11:00:00Z",
        "participant": [{ "actor": { "reference": "Patient/ex-bcbsla-1" }, "status": "accepted" }]
    }}]});
    let (status, body) = app.hook("appointment-book-crd", &req).await;
    assert_eq!(status, 200, "{body}");
    assert_conformant(&body, "appointment-book", Version::V2_2);
    let infos = coverage_infos(&body);
    assert_eq!(infos.len(), 1);
    assert_eq!(infos[0].0, "Appointment/appt-1");
    // No drug order: the drug criterion is open, so documentation is needed.
    assert_eq!(sub(&infos[0].1, "covered").unwrap(), "conditional");
}

#[tokio::test]
async fn order_dispatch_reads_the_dispatched_orders_from_the_fhir_server() {
    let ehr = crate::helpers::mock_ehr("bcbsla-pain").await;
    let app_with_mock =
        crate::helpers::spawn_app_with(|s| s.fhir.allowlist.push(format!("{}/fhir", ehr.uri())))
            .await;
    let sample = sample_order_sign();
    let sr = sample["context"]["draftOrders"]["entry"][0]["resource"].clone();
    wiremock::Mock::given(wiremock::matchers::path(
        "/fhir/ServiceRequest/ex-bcbsla-1-sr7",
    ))
    .respond_with(wiremock::ResponseTemplate::new(200).set_body_json(&sr))
    .with_priority(1)
    .mount(&ehr)
    .await;
    let req = json!({
        "hook": "order-dispatch", "hookInstance": "0c7f4d7e-3a8e-4d2e-9d0e-7f1c2b3a4d5e",
        "fhirServer": format!("{}/fhir", ehr.uri()),
        "fhirAuthorization": { "access_token": "dispatch-token", "token_type": "Bearer", "expires_in": 300, "scope": "patient/*.read", "subject": "crd" },
        "context": { "patientId": "ex-bcbsla-1", "dispatchedOrders": ["ServiceRequest/ex-bcbsla-1-sr7"], "performer": "Organization/o1" }
    });
    let (status, body) = app_with_mock.hook("order-dispatch-crd", &req).await;
    assert_eq!(status, 200, "{body}");
    assert_conformant(&body, "order-dispatch", Version::V2_2);
    let infos = coverage_infos(&body);
    assert_eq!(infos.len(), 1);
    // No drug order alongside a dispatched procedure: the drug criterion is open.
    assert_eq!(sub(&infos[0].1, "covered").unwrap(), "conditional");
}

#[tokio::test]
async fn a_trial_dose_given_by_another_route_does_not_count() {
    let app = spawn_app().await;
    let mut req = sample_order_sign();
    // The trial's dose went intravenously: not the route of the intrathecal pump.
    req["prefetch"]["medicationAdministrations"] = json!({ "resourceType": "Bundle", "type": "searchset", "entry": [{ "resource": {
        "resourceType": "MedicationAdministration", "id": "ex-bcbsla-1-ma1", "status": "completed",
        "medicationCodeableConcept": { "coding": [{ "system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "7052" }] },
        "subject": { "reference": "Patient/ex-bcbsla-1" },
        "partOf": [{ "reference": "Procedure/ex-bcbsla-1-proc5" }],
        "effectiveDateTime": "2026-09-01T10:00:00Z",
        "dosage": { "route": { "coding": [{ "system": "http://snomed.info/sct", "code": "47625008" }] } }
    }}]});
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    assert_conformant(&body, "order-sign", Version::V2_2);
    for (_, ext) in coverage_infos(&body) {
        assert_eq!(sub(&ext, "covered").unwrap(), "conditional");
        assert!(sub(&ext, "reason").unwrap()["text"]
            .as_str()
            .unwrap()
            .contains("trial"));
    }
    // Given intrathecally, the same trial counts.
    req["prefetch"]["medicationAdministrations"]["entry"][0]["resource"]["dosage"]["route"]
        ["coding"][0]["code"] = json!("72607000");
    let (_, body) = app.hook(SERVICE, &req).await;
    for (_, ext) in coverage_infos(&body) {
        assert_eq!(sub(&ext, "covered").unwrap(), "covered");
    }
}
