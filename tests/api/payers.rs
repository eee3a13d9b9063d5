//! One chart per payer through the real hook, without prefetch: the sample charts in `fhir-resources/samples/`
//! are loaded into the real FHIR server and crd-server reads them from there, decides under the payer's policy
//! and answers conformantly.

use serde_json::{json, Value};

use crate::conformance::{assert_conformant, Version};
use crate::helpers::{coverage_infos, fhir_base_url, load_fixtures, spawn_app, sub};

const CPT: &str = "http://www.ama-assn.org/go/cpt";
const RXNORM: &str = "http://www.nlm.nih.gov/research/umls/rxnorm";
const SNOMED: &str = "http://snomed.info/sct";

pub(crate) fn service_request(
    patient: &str,
    id: &str,
    cpt: &str,
    reason: Option<&str>,
    coverage: &str,
) -> Value {
    let mut sr = json!({
        "resourceType": "ServiceRequest", "id": id, "status": "draft", "intent": "order",
        "subject": { "reference": format!("Patient/{patient}") },
        "code": { "coding": [{ "system": CPT, "code": cpt }] },
        "authoredOn": "2026-11-28",
        "insurance": [{ "reference": format!("Coverage/{coverage}") }]
    });
    if let Some(reason) = reason {
        sr["reasonReference"] = json!([{ "reference": reason }]);
    }
    sr
}

pub(crate) fn medication_request(patient: &str, id: &str, rxnorm: &str, route: &str) -> Value {
    json!({
        "resourceType": "MedicationRequest", "id": id, "status": "draft", "intent": "order",
        "subject": { "reference": format!("Patient/{patient}") },
        "medicationCodeableConcept": { "coding": [{ "system": RXNORM, "code": rxnorm }] },
        "authoredOn": "2026-11-28",
        "dosageInstruction": [{ "route": { "coding": [{ "system": SNOMED, "code": route }] } }]
    })
}

pub(crate) fn order_sign(patient: &str, orders: Vec<Value>) -> Value {
    json!({
        "hook": "order-sign",
        "hookInstance": uuid::Uuid::new_v4().to_string(),
        "fhirServer": fhir_base_url(),
        "fhirAuthorization": { "access_token": "payer-test-token", "token_type": "Bearer", "expires_in": 300,
                               "scope": "patient/*.read", "subject": "crd-server" },
        "context": {
            "userId": format!("Practitioner/{patient}-dr"),
            "patientId": patient,
            "draftOrders": { "resourceType": "Bundle", "type": "collection",
                             "entry": orders.into_iter().map(|r| json!({ "resource": r })).collect::<Vec<_>>() }
        }
    })
}

/// Calls order-sign and returns the coverage information of `order`, asserting the card names `policy`.
async fn decide(request: &Value, order: &str, policy_number: &str) -> (Value, Value) {
    load_fixtures().await;
    let app = spawn_app().await;
    let (status, body) = app.hook("order-sign-crd", request).await;
    assert_eq!(status, 200, "{body}");
    assert_conformant(&body, "order-sign", Version::V2_2);
    let info = coverage_infos(&body)
        .into_iter()
        .find(|(o, _)| o == order)
        .unwrap_or_else(|| panic!("no coverage information for {order}: {body}"))
        .1;
    let label = body["cards"][0]["source"]["label"].as_str().unwrap();
    assert!(label.contains(policy_number), "{label}");
    (info, body)
}

#[tokio::test]
async fn capital_blue_cross_spasticity_with_intrathecal_baclofen_is_covered() {
    let p = "ex-capbluecross-1";
    let request = order_sign(
        p,
        vec![
            service_request(
                p,
                "ex-capbluecross-1-sr5",
                "62362",
                Some("Condition/ex-capbluecross-1-cond2"),
                "ex-capbluecross-1-cov1",
            ),
            medication_request(p, "ex-capbluecross-1-mr6", "1292", "72607000"),
        ],
    );
    let (info, _) = decide(&request, "ServiceRequest/ex-capbluecross-1-sr5", "MP-1.058").await;
    assert_eq!(sub(&info, "covered").unwrap(), "covered");
    assert_eq!(sub(&info, "pa-needed").unwrap(), "auth-needed");
}

#[tokio::test]
async fn capital_blue_cross_fep_members_are_referred_to_the_fep_manual() {
    load_fixtures().await;
    let p = "ex-capbluecross-1";
    let mut request = order_sign(
        p,
        vec![
            service_request(
                p,
                "ex-capbluecross-1-sr5",
                "62362",
                Some("Condition/ex-capbluecross-1-cond2"),
                "ex-capbluecross-1-cov1",
            ),
            medication_request(p, "ex-capbluecross-1-mr6", "1292", "72607000"),
        ],
    );
    // The EHR prefetches the member's Coverage, which marks a Federal Employee Program plan.
    let chart = crate::helpers::sample_chart("capbluecross-sample");
    let mut coverage = chart
        .iter()
        .find(|r| r["resourceType"] == "Coverage")
        .unwrap()
        .clone();
    coverage["class"] = json!([{ "type": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "plan" }] }, "value": "FEP" }]);
    let org = chart
        .iter()
        .find(|r| r["resourceType"] == "Organization")
        .unwrap()
        .clone();
    request["prefetch"] = json!({ "coverage": crate::helpers::searchset(&[coverage, org]) });
    let (info, body) = decide(&request, "ServiceRequest/ex-capbluecross-1-sr5", "MP-1.058").await;
    assert_eq!(sub(&info, "covered").unwrap(), "conditional");
    let reason = sub(&info, "reason").unwrap()["text"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(reason.contains("FEP"), "{reason}");
    // The policy card links the policy; the reason is the extension's alone (resp-25).
    assert!(!body["cards"][0]["detail"].as_str().unwrap().contains("FEP"));
}

#[tokio::test]
async fn bcbs_alabama_pain_after_a_successful_trial_is_covered() {
    let p = "ex-bcbsal-1";
    let request = order_sign(
        p,
        vec![
            service_request(
                p,
                "ex-bcbsal-1-sr7",
                "62362",
                Some("Condition/ex-bcbsal-1-cond2"),
                "ex-bcbsal-1-cov1",
            ),
            medication_request(p, "ex-bcbsal-1-mr8", "7052", "72607000"),
        ],
    );
    let (info, _) = decide(&request, "ServiceRequest/ex-bcbsal-1-sr7", "MP-442").await;
    assert_eq!(sub(&info, "covered").unwrap(), "covered");
}

#[tokio::test]
async fn bcbs_alabama_refers_headache_pumps_to_policy_314() {
    let p = "ex-bcbsal-1";
    let mut sr = service_request(p, "ex-bcbsal-1-sr9", "62362", None, "ex-bcbsal-1-cov1");
    sr["reasonCode"] = json!([{ "coding": [{ "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G43.909" }] }]);
    let request = order_sign(
        p,
        vec![
            sr,
            medication_request(p, "ex-bcbsal-1-mr8", "7052", "72607000"),
        ],
    );
    let (info, _) = decide(&request, "ServiceRequest/ex-bcbsal-1-sr9", "MP-442").await;
    assert_eq!(sub(&info, "covered").unwrap(), "conditional");
    assert!(sub(&info, "reason").unwrap()["text"]
        .as_str()
        .unwrap()
        .contains("314"));
}

#[tokio::test]
async fn anthem_primary_liver_cancer_hepatic_artery_chemotherapy_is_covered() {
    let p = "ex-anthem-ct-1";
    let request = order_sign(
        p,
        vec![
            service_request(
                p,
                "ex-anthem-ct-1-sr4",
                "36260",
                Some("Condition/ex-anthem-ct-1-cond2"),
                "ex-anthem-ct-1-cov1",
            ),
            medication_request(p, "ex-anthem-ct-1-mr5", "4488", "58100008"),
        ],
    );
    let (info, _) = decide(&request, "ServiceRequest/ex-anthem-ct-1-sr4", "CG-SURG-79").await;
    assert_eq!(sub(&info, "covered").unwrap(), "covered");
}

#[tokio::test]
async fn anthem_insulin_pumps_are_not_medically_necessary() {
    let p = "ex-anthem-ct-1";
    let request = order_sign(
        p,
        vec![
            json!({ "resourceType": "DeviceRequest", "id": "ex-anthem-ct-1-dr9", "status": "draft", "intent": "order",
                    "subject": { "reference": format!("Patient/{p}") },
                    "codeCodeableConcept": { "coding": [{ "system": "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "code": "E0783" }] },
                    "authoredOn": "2026-11-28" }),
            medication_request(p, "ex-anthem-ct-1-mr10", "5856", "34206005"),
        ],
    );
    let (info, body) = decide(&request, "DeviceRequest/ex-anthem-ct-1-dr9", "CG-SURG-79").await;
    assert_eq!(sub(&info, "covered").unwrap(), "not-covered");
    assert!(sub(&info, "pa-needed").is_none());
    let reasons: String = info["extension"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["url"] == "reason")
        .map(|e| {
            e["valueCodeableConcept"]["text"]
                .as_str()
                .unwrap()
                .to_lowercase()
        })
        .collect();
    assert!(reasons.contains("insulin"), "{reasons}");
    assert!(body["cards"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["source"]["topic"]["code"] != "coverage-info"));
}

pub(crate) fn lhcc_orders(p: &str) -> Vec<Value> {
    vec![
        service_request(p, &format!("{p}-sr8"), "62362", None, &format!("{p}-cov1")),
        medication_request(p, &format!("{p}-mr9"), "7052", "72607000"),
    ]
}

#[tokio::test]
async fn lhcc_shared_sample_is_conditional_with_the_trial_met_from_the_chart() {
    let p = "ex-lhcc-1";
    let request = order_sign(p, lhcc_orders(p));
    let (info, body) = decide(&request, "ServiceRequest/ex-lhcc-1-sr8", "LA.CP.MP.173").await;
    assert_eq!(sub(&info, "covered").unwrap(), "conditional");
    assert_eq!(sub(&info, "doc-needed").unwrap(), "clinical");
    assert!(sub(&info, "questionnaire")
        .unwrap()
        .as_str()
        .unwrap()
        .split('|')
        .next()
        .unwrap()
        .ends_with("/fhir/Questionnaire/lhcc-la-cp-mp-173"));
    // The trace says what the chart settled and what it left open.
    let app = spawn_app().await;
    let trace = app.explain("order-sign-crd", &request).await;
    let decision = &trace["decisions"][0];
    let trial = decision["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["note"].as_str().unwrap_or_default().contains("9 → 4"))
        .expect("the trial result is read from the chart");
    assert_eq!(trial["truth"], "met");
    let open: Vec<&str> = decision["openItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["linkId"].as_str().unwrap())
        .collect();
    assert!(
        open.contains(&"pn-psych-eval") && open.contains(&"pn-x-systemic-infection"),
        "{open:?}"
    );
    assert!(
        !open.iter().any(|l| l.contains("trial")),
        "the trial is not asked again: {open:?}"
    );
    assert_eq!(
        body["cards"].as_array().unwrap().len(),
        1,
        "only the policy card"
    );
}

/// The clinician's answers, stored as a QuestionnaireResponse on the EHR's FHIR server, settle what the chart
/// left open: the next order-sign reads them and the order is covered.
#[tokio::test]
async fn lhcc_answers_in_a_questionnaire_response_make_the_order_covered() {
    load_fixtures().await;
    // A patient of this test's own, so the answers do not leak into other tests: the shared chart, renamed.
    let p = crate::helpers::fresh_patient("ex-lhcc-qr");
    crate::helpers::load_sample_as("lhcc-pain", "ex-lhcc-1", &p).await;
    let client = reqwest::Client::new();

    let app = spawn_app().await;
    let request = order_sign(&p, lhcc_orders(&p));
    let (_, body) = app.hook("order-sign-crd", &request).await;
    let info = coverage_infos(&body).remove(0).1;
    assert_eq!(sub(&info, "covered").unwrap(), "conditional");
    let questionnaire = sub(&info, "questionnaire")
        .unwrap()
        .as_str()
        .unwrap()
        .to_string();

    // Answer every open item: yes to the criteria, no to the contraindications.
    let trace = app.explain("order-sign-crd", &request).await;
    let items: Vec<Value> = trace["decisions"][0]["openItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let link = i["linkId"].as_str().unwrap();
            json!({ "linkId": link, "answer": [{ "valueBoolean": !link.starts_with("pn-x-") }] })
        })
        .collect();
    assert!(items.len() > 10, "{trace}");
    let qr = json!({
        "resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": questionnaire,
        "subject": { "reference": format!("Patient/{p}") }, "authored": "2026-11-28T10:00:00Z", "item": items
    });
    let resp = client
        .post(format!("{}/QuestionnaireResponse", fhir_base_url()))
        .json(&qr)
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "{}", resp.text().await.unwrap());

    let (status, body) = app.hook("order-sign-crd", &request).await;
    assert_eq!(status, 200, "{body}");
    assert_conformant(&body, "order-sign", Version::V2_2);
    let info = coverage_infos(&body).remove(0).1;
    assert_eq!(sub(&info, "covered").unwrap(), "covered", "{body}");
    // The evidence is in the trace (`/explain`), not in a card.
    let explained = app.explain("order-sign-crd", &request).await;
    assert!(
        explained.to_string().contains("QuestionnaireResponse/"),
        "{explained}"
    );
}
