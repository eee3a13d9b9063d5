//! Never a wrong "not covered" (issue #14) at the HTTP boundary: the pump's own drug, every reference resolved,
//! nothing the engine cannot read turned into a denial, and no work for orders no policy decides on.

use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::helpers::{
    coverage_infos, fhir_base_url, mock_ehr, sample_order_sign, spawn_app, spawn_app_with, sub,
};

const SERVICE: &str = "order-sign-crd";

/// `covered` of every decided order, by order reference.
fn decisions(body: &Value) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = coverage_infos(body)
        .into_iter()
        .map(|(order, ext)| {
            let covered = sub(&ext, "covered")
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            (order, covered)
        })
        .collect();
    out.sort();
    out
}

fn draft_entries(req: &mut Value) -> &mut Vec<Value> {
    req["context"]["draftOrders"]["entry"]
        .as_array_mut()
        .unwrap()
}

fn medication_request(id: &str, rxnorm: &str, display: &str, route: Option<(&str, &str)>) -> Value {
    let mut mr = json!({
        "resourceType": "MedicationRequest", "id": id, "status": "draft", "intent": "order",
        "subject": { "reference": "Patient/ex-bcbsla-1" },
        "medicationCodeableConcept": { "coding": [{ "system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": rxnorm, "display": display }] },
        "authoredOn": "2026-11-28",
    });
    if let Some((code, display)) = route {
        mr["dosageInstruction"] = json!([{ "route": { "coding": [{ "system": "http://snomed.info/sct", "code": code, "display": display }] } }]);
    }
    mr
}

fn the_morphine(req: &mut Value) -> &mut Value {
    draft_entries(req)
        .iter_mut()
        .map(|e| &mut e["resource"])
        .find(|r| r["resourceType"] == "MedicationRequest")
        .unwrap()
}

#[tokio::test]
async fn a_drug_signed_alongside_does_not_change_the_pumps_decision() {
    let app = spawn_app().await;
    let (status, body) = app.hook(SERVICE, &sample_order_sign()).await;
    assert_eq!(status, 200, "{body}");
    let baseline = decisions(&body);
    assert!(baseline.iter().all(|(_, c)| c == "covered"), "{baseline:?}");
    for (name, unrelated) in [
        (
            "an oral antibiotic",
            medication_request(
                "amox",
                "723",
                "amoxicillin",
                Some(("26643006", "Oral route")),
            ),
        ),
        (
            "a methotrexate tablet",
            medication_request(
                "mtx",
                "105585",
                "methotrexate 2.5 MG Oral Tablet",
                Some(("26643006", "Oral route")),
            ),
        ),
        (
            "a botulinum toxin injection",
            medication_request(
                "botox",
                "1000984",
                "onabotulinumtoxinA",
                Some(("78421000", "Intramuscular route")),
            ),
        ),
        (
            "a drug with no route",
            medication_request("noroute", "723", "amoxicillin", None),
        ),
    ] {
        let mut req = sample_order_sign();
        // The unrelated drug comes last: it used to win as "the drug with a route".
        draft_entries(&mut req).push(json!({ "resource": unrelated }));
        let (status, body) = app.hook(SERVICE, &req).await;
        assert_eq!(status, 200, "{name}: {body}");
        assert_eq!(
            decisions(&body),
            baseline,
            "{name} changed the pump's decision"
        );
    }
}

#[tokio::test]
async fn a_drug_linked_to_the_pump_is_its_drug_even_without_a_route() {
    let app = spawn_app().await;
    let mut req = sample_with_fhir_server().await;
    // The pump's morphine without a route: not tied to the pump, so the drug criteria are asked.
    the_morphine(&mut req)
        .as_object_mut()
        .unwrap()
        .remove("dosageInstruction");
    let (_, body) = app.hook(SERVICE, &req).await;
    let untied = decisions(&body);
    assert!(untied.iter().all(|(_, c)| c != "not-covered"), "{untied:?}");
    assert!(untied.iter().any(|(_, c)| c == "conditional"), "{untied:?}");
    // The same drug based on the implantation order is the pump's drug again.
    the_morphine(&mut req)["basedOn"] = json!([{ "reference": "ServiceRequest/ex-bcbsla-1-sr7" }]);
    let (_, body) = app.hook(SERVICE, &req).await;
    let linked = decisions(&body);
    assert!(
        linked
            .iter()
            .any(|(o, c)| o == "ServiceRequest/ex-bcbsla-1-sr7" && c == "covered"),
        "{linked:?}"
    );
}

/// The shared sample, with the local FHIR server (which holds the sample charts) to read what a conditional
/// decision needs beyond the prefetch.
async fn sample_with_fhir_server() -> Value {
    crate::helpers::load_fixtures().await;
    let mut req = sample_order_sign();
    req["fhirServer"] = json!(fhir_base_url());
    req
}

#[tokio::test]
async fn two_different_drugs_by_the_pumps_route_are_asked_not_guessed() {
    let app = spawn_app().await;
    let mut req = sample_with_fhir_server().await;
    draft_entries(&mut req).push(json!({ "resource": medication_request(
        "bupi", "1815", "bupivacaine", Some(("72607000", "Intrathecal route"))) }));
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    let got = decisions(&body);
    assert!(got.iter().all(|(_, c)| c == "conditional"), "{got:?}");
    assert!(
        body.to_string().contains("several drugs could be the pump"),
        "{body}"
    );
}

#[tokio::test]
async fn a_medication_reference_is_read_where_it_is() {
    let app = spawn_app().await;
    let (_, body) = app.hook(SERVICE, &sample_order_sign()).await;
    let baseline = decisions(&body);
    let morphine = json!({ "resourceType": "Medication", "id": "med-morphine",
        "code": { "coding": [{ "system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "7052", "display": "morphine" }] } });

    // Contained.
    let mut req = sample_order_sign();
    let mr = the_morphine(&mut req);
    mr.as_object_mut()
        .unwrap()
        .remove("medicationCodeableConcept");
    mr["contained"] = json!([morphine.clone()]);
    mr["medicationReference"] = json!({ "reference": "#med-morphine" });
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(decisions(&body), baseline, "contained Medication");

    // Read from the EHR's FHIR server.
    let ehr = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/fhir/Medication/med-morphine"))
        .respond_with(ResponseTemplate::new(200).set_body_json(&morphine))
        .expect(1)
        .mount(&ehr)
        .await;
    let base = format!("{}/fhir", ehr.uri());
    let app = spawn_app_with(|s| s.fhir.allowlist.push(base.clone())).await;
    let mut req = sample_order_sign();
    req["fhirServer"] = json!(base);
    let mr = the_morphine(&mut req);
    mr.as_object_mut()
        .unwrap()
        .remove("medicationCodeableConcept");
    mr["medicationReference"] = json!({ "reference": "Medication/med-morphine" });
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        decisions(&body),
        baseline,
        "Medication read from fhirServer"
    );

    // Nowhere to read it from (the FHIR server does not have it): asked, with the reference named.
    let app = spawn_app().await;
    let mut req = sample_with_fhir_server().await;
    let mr = the_morphine(&mut req);
    mr.as_object_mut()
        .unwrap()
        .remove("medicationCodeableConcept");
    mr["medicationReference"] = json!({ "reference": "Medication/nowhere" });
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    let got = decisions(&body);
    assert!(got.iter().all(|(_, c)| c == "conditional"), "{got:?}");
    assert!(body.to_string().contains("Medication/nowhere"), "{body}");
}

#[tokio::test]
async fn a_device_given_by_reference_is_read_or_reported() {
    let app = spawn_app().await;
    let (_, body) = app.hook(SERVICE, &sample_order_sign()).await;
    let baseline = decisions(&body);
    let device_request = |req: &mut Value| -> Value {
        let entries = draft_entries(req);
        let i = entries
            .iter()
            .position(|e| e["resource"]["resourceType"] == "DeviceRequest")
            .unwrap();
        entries[i]["resource"].take()
    };

    // Contained Device whose type is the pump's HCPCS code.
    let mut req = sample_order_sign();
    let mut dr = device_request(&mut req);
    let code = dr["codeCodeableConcept"].take();
    dr.as_object_mut().unwrap().remove("codeCodeableConcept");
    dr["contained"] = json!([{ "resourceType": "Device", "id": "pump", "type": code }]);
    dr["codeReference"] = json!({ "reference": "#pump" });
    let i = draft_entries(&mut req)
        .iter()
        .position(|e| e["resource"].is_null())
        .unwrap();
    draft_entries(&mut req)[i]["resource"] = dr.clone();
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(decisions(&body), baseline, "contained Device");

    // A Device nobody can read: the other orders are decided, and a card says which order was not.
    dr.as_object_mut().unwrap().remove("contained");
    dr["codeReference"] = json!({ "reference": "Device/unknown-pump" });
    draft_entries(&mut req)[i]["resource"] = dr;
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    let got = decisions(&body);
    assert_eq!(
        got,
        vec![(
            "ServiceRequest/ex-bcbsla-1-sr7".to_string(),
            "covered".to_string()
        )]
    );
    let cards = body["cards"].as_array().unwrap();
    assert!(
        cards.iter().any(|c| c["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("Device/unknown-pump")),
        "{body}"
    );
}

#[tokio::test]
async fn a_reason_given_by_reference_is_read_from_the_fhir_server_or_asked() {
    let ehr = mock_ehr("bcbsla-pain").await;
    let base = format!("{}/fhir", ehr.uri());
    let app = spawn_app_with(|s| s.fhir.allowlist.push(base.clone())).await;
    // MS, on no prefetched list: read by id.
    Mock::given(method("GET"))
        .and(path("/fhir/Condition/ms-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "resourceType": "Condition", "id": "ms-1", "subject": { "reference": "Patient/ex-bcbsla-1" },
            "clinicalStatus": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active" }] },
            "code": { "coding": [{ "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G35" }] } })))
        .expect(1)
        .with_priority(1)
        .mount(&ehr)
        .await;
    let mut req = sample_order_sign();
    req["fhirServer"] = json!(base);
    for e in draft_entries(&mut req) {
        if e["resource"]["resourceType"] != "MedicationRequest" {
            e["resource"]["reasonReference"] = json!([{ "reference": "Condition/ms-1" }]);
        }
    }
    let explained = app.explain(SERVICE, &req).await;
    assert!(
        explained.to_string().contains("Condition/ms-1"),
        "the read reason is evidence: {explained}"
    );

    // A reason that cannot be read: the order's reason is unknown, so nothing is denied on it.
    for e in draft_entries(&mut req) {
        if e["resource"]["resourceType"] != "MedicationRequest" {
            e["resource"]["reasonReference"] = json!([{ "reference": "Condition/gone" }]);
        }
    }
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    assert!(
        decisions(&body).iter().all(|(_, c)| c != "not-covered"),
        "{body}"
    );
}

#[tokio::test]
async fn orders_no_policy_decides_on_are_answered_at_once_without_any_read() {
    let ehr = MockServer::start().await;
    let base = format!("{}/fhir", ehr.uri());
    let app = spawn_app_with(|s| s.fhir.allowlist.push(base.clone())).await;
    let req = json!({
        "hook": "order-sign", "hookInstance": "no-pump-1", "fhirServer": base,
        "context": { "userId": "Practitioner/x", "patientId": "p-no-pump",
            "draftOrders": { "resourceType": "Bundle", "type": "collection", "entry": [
                { "resource": { "resourceType": "ServiceRequest", "id": "lab", "status": "draft", "intent": "order",
                    "subject": { "reference": "Patient/p-no-pump" },
                    "code": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "80053" }] } } },
                { "resource": medication_request("amox", "723", "amoxicillin", Some(("26643006", "Oral route"))) }
            ] } }
    });
    let mut req = req;
    req["context"]["draftOrders"]["entry"][1]["resource"]["subject"] =
        json!({ "reference": "Patient/p-no-pump" });
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body, json!({ "cards": [] }));
    assert!(
        ehr.received_requests().await.unwrap().is_empty(),
        "no payer, Coverage or chart read for orders nobody decides on"
    );
}

#[tokio::test]
async fn data_on_a_fhir_server_crd_server_may_not_contact_is_a_412_that_says_so() {
    let app = spawn_app().await; // allowlist: only the real FHIR server
    let mut req = sample_order_sign();
    req.as_object_mut().unwrap().remove("prefetch");
    req["fhirServer"] = json!("http://127.0.0.9:9/fhir");
    let resp = app.post_hook(SERVICE, &req).await;
    assert_eq!(resp.status().as_u16(), 412);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["resourceType"], "OperationOutcome");
    assert!(
        body.to_string().contains("may not contact fhirServer"),
        "{body}"
    );
}

#[tokio::test]
async fn malformed_peer_shapes_are_named() {
    let app = spawn_app().await;
    let outcome = |body: &Value| {
        body["issue"][0]["diagnostics"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    };

    let mut req = sample_order_sign();
    req["context"]["draftOrders"] = json!([]);
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 400);
    assert!(
        outcome(&body).contains("context.draftOrders must be a Bundle"),
        "{body}"
    );

    let mut req = sample_order_sign();
    draft_entries(&mut req)
        .push(json!({ "resource": { "resourceType": "ServiceRequestX", "id": "x" } }));
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 400);
    assert!(
        outcome(&body).contains("unknown resourceType 'ServiceRequestX'"),
        "{body}"
    );

    // A known resource crd-server does not decide on, in a shape fhirbolt cannot read (a repeating element
    // sent as an object, as peers do): skipped, the pump is still decided.
    let mut req = sample_order_sign();
    draft_entries(&mut req).push(json!({ "resource": { "resourceType": "NutritionOrder", "id": "diet",
        "status": "draft", "intent": "order", "patient": { "reference": "Patient/ex-bcbsla-1" },
        "dateTime": "2026-11-28", "oralDiet": { "type": { "text": "renal" } }, "allergyIntolerance": { "reference": "x" } } }));
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");

    let mut req = sample_order_sign();
    let coverage = req["prefetch"]["coverage"]["entry"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|e| e["resource"]["resourceType"] == "Coverage")
        .unwrap();
    coverage["resource"]
        .as_object_mut()
        .unwrap()
        .remove("status");
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 400);
    assert!(outcome(&body).contains("has no status"), "{body}");

    let appointments = json!({
        "hook": "appointment-book", "hookInstance": "appt-shape",
        "context": { "userId": "Practitioner/x", "patientId": "ex-bcbsla-1", "appointments": [] }
    });
    let (status, body) = app.hook("appointment-book-crd", &appointments).await;
    assert_eq!(status, 400);
    assert!(
        outcome(&body).contains("context.appointments must be a Bundle"),
        "{body}"
    );
}

#[tokio::test]
async fn a_prefetch_that_failed_is_read_from_the_fhir_server_not_taken_as_empty() {
    crate::helpers::load_fixtures().await;
    let app = spawn_app().await;
    let (_, body) = app.hook(SERVICE, &sample_order_sign()).await;
    let baseline = decisions(&body);
    let mut req = sample_order_sign();
    req["fhirServer"] = json!(fhir_base_url());
    req["prefetch"]["procedures"] = json!({ "resourceType": "OperationOutcome",
        "issue": [{ "severity": "error", "code": "timeout", "diagnostics": "the EHR's search timed out" }] });
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(decisions(&body), baseline);
}

/// A drug search's answer may carry the Medications its requests name (`_include=MedicationRequest:medication`,
/// search mode `include`): they are part of the `medicationRequests` key, read from there (never read again from
/// fhirServer), not refused as a resource of another type (they were, with a 400, until issue #18's step 8).
#[tokio::test]
async fn a_medication_included_in_a_drug_search_is_read_from_the_prefetch() {
    let ehr = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/fhir/Medication/baclofen"))
        .respond_with(ResponseTemplate::new(404))
        .expect(0)
        .mount(&ehr)
        .await;
    // The keys the sample does not prefetch: nothing on the chart.
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({ "resourceType": "Bundle", "type": "searchset" })),
        )
        .mount(&ehr)
        .await;
    let base = format!("{}/fhir", ehr.uri());
    let app = spawn_app_with(|s| s.fhir.allowlist.push(base.clone())).await;
    let mut req = sample_order_sign();
    req["fhirServer"] = json!(base);
    let (_, body) = app.hook(SERVICE, &req).await;
    let baseline = decisions(&body);
    assert!(!baseline.is_empty(), "{body}");
    req["prefetch"]["medicationRequests"] = json!({
        "resourceType": "Bundle", "type": "searchset",
        "entry": [
            { "resource": { "resourceType": "MedicationRequest", "id": "history-1", "status": "active",
                "intent": "order", "subject": { "reference": "Patient/ex-bcbsla-1" },
                "medicationReference": { "reference": "Medication/baclofen" } },
              "search": { "mode": "match" } },
            { "resource": { "resourceType": "Medication", "id": "baclofen",
                "code": { "coding": [{ "system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1292" }] } },
              "search": { "mode": "include" } },
        ]
    });
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(decisions(&body), baseline);
}
