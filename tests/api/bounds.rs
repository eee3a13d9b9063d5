//! Bounded work per request (issue #15): every limit is configurable, every breach a clear 4xx
//! OperationOutcome, nothing stored half-way; and answers submitted again and again do not pile up.

use serde_json::{json, Value};

use crate::dtr::{request_without_trial, sign, submit};
use crate::helpers::{fresh_patient, sample_order_sign, spawn_app_with, sub, TestApp, EHR_ISS};

const SERVICE: &str = "order-sign-crd";

async fn small_limits() -> TestApp {
    small_limits_on(crate::dtr::temp_db()).await
}

async fn small_limits_on(db: String) -> TestApp {
    spawn_app_with(move |s| {
        s.database.url = db;
        s.limits.max_orders = 3;
        s.limits.max_dispatched_orders = 2;
        s.limits.max_answers = 4;
        s.limits.max_responses_per_assertion = 3;
        s.limits.max_package_orders = 2;
    })
    .await
}

fn diagnostics(body: &Value) -> String {
    assert_eq!(body["resourceType"], "OperationOutcome", "{body}");
    body["issue"][0]["diagnostics"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn qr(canonical: &str, patient: &str, answers: &[(&str, bool)]) -> Value {
    json!({
        "resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": canonical,
        "subject": { "reference": format!("Patient/{patient}") },
        "item": answers.iter().map(|(l, v)| json!({ "linkId": l, "answer": [{ "valueBoolean": v }] })).collect::<Vec<_>>(),
    })
}

#[tokio::test]
async fn too_many_orders_in_one_hook_call_is_a_400() {
    let app = small_limits().await;
    let mut req = sample_order_sign();
    let entries = req["context"]["draftOrders"]["entry"]
        .as_array_mut()
        .unwrap();
    let extra = entries[0].clone();
    entries.push(extra);
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 400, "{body}");
    assert!(diagnostics(&body).contains("limits.max_orders"), "{body}");
}

#[tokio::test]
async fn dispatched_orders_are_deduplicated_and_capped() {
    let app = small_limits().await;
    let dispatch = |orders: Vec<&str>| {
        json!({ "hook": "order-dispatch", "hookInstance": uuid::Uuid::new_v4().to_string(),
                "context": { "patientId": "ex-bcbsla-1", "dispatchedOrders": orders, "performer": "Organization/x" } })
    };
    // Three names of two orders: within the cap of two (no fhirServer, so a 412 for the reads, not a 400).
    let (status, body) = app
        .hook(
            "order-dispatch-crd",
            &dispatch(vec![
                "ServiceRequest/a",
                "ServiceRequest/a",
                "DeviceRequest/b",
            ]),
        )
        .await;
    assert_eq!(status, 412, "{body}");
    let (status, body) = app
        .hook(
            "order-dispatch-crd",
            &dispatch(vec![
                "ServiceRequest/a",
                "ServiceRequest/b",
                "ServiceRequest/c",
            ]),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    assert!(
        diagnostics(&body).contains("limits.max_dispatched_orders"),
        "{body}"
    );
}

#[tokio::test]
async fn answers_and_responses_are_bounded_and_do_not_pile_up() {
    let db = crate::dtr::temp_db();
    let app = small_limits_on(db.clone()).await;
    let p = fresh_patient("bounds");
    let (covered, assertion, ext) = sign(&app, &request_without_trial(&p)).await;
    assert_eq!(covered, "conditional");
    let canonical = sub(&ext, "questionnaire")
        .unwrap()
        .as_str()
        .unwrap()
        .to_string();
    // Too many answers in one response: refused, nothing stored.
    let many = qr(
        &canonical,
        &p,
        &[
            ("a", true),
            ("b", true),
            ("c", true),
            ("d", true),
            ("e", true),
        ],
    );
    let resp = submit(&app, &many).await;
    assert_eq!(resp.status(), 400);
    assert!(diagnostics(&resp.json().await.unwrap()).contains("limits.max_answers"));
    // The same answer submitted three times: the re-decided assertion holds it once.
    let one = qr(&canonical, &p, &[("pain-trial", true)]);
    let mut current = assertion.clone();
    for _ in 0..3 {
        let resp = submit(&app, &one).await;
        assert_eq!(resp.status(), 201);
        if let Some(next) = resp.headers().get("x-coverage-assertion-superseded-by") {
            current = next.to_str().unwrap().to_string();
        }
    }
    // The first answer changed the decision (a new id); the next ones documented that one.
    assert_ne!(current, assertion);
    // What the re-evaluation stored as the chart's answers: one per item, not one per submission.
    let store = crd_server::store::Store::connect(&db, 1).await.unwrap();
    for record in store.assertion(EHR_ISS, &current).await.unwrap() {
        let facts: Value = serde_json::from_str(record.facts.get()).unwrap();
        let answers = facts["chart"]["answers"]["Known"]
            .as_array()
            .unwrap()
            .clone();
        let trial: Vec<&Value> = answers
            .iter()
            .filter(|a| a["link_id"] == "pain-trial")
            .collect();
        assert_eq!(trial.len(), 1, "{answers:?}");
        assert_eq!(record.outcome, "covered");
    }
    // A fourth response for the assertion: over the limit, refused.
    let resp = submit(&app, &one).await;
    assert_eq!(resp.status(), 400);
    assert!(diagnostics(&resp.json().await.unwrap()).contains("limits.max_responses_per_assertion"));
}

#[tokio::test]
async fn a_questionnaire_package_for_too_many_orders_is_a_400() {
    let app = small_limits().await;
    let order = |id: &str| {
        json!({ "name": "order", "resource": { "resourceType": "ServiceRequest", "id": id, "status": "draft",
                "intent": "order", "subject": { "reference": "Patient/p1" },
                "code": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "62362" }] } } })
    };
    let body = json!({ "resourceType": "Parameters", "parameter": [
        { "name": "coverage", "resource": { "resourceType": "Coverage", "id": "c1", "status": "active",
            "beneficiary": { "reference": "Patient/p1" }, "payor": [{ "reference": "Organization/o" }] } },
        order("a"), order("b"), order("c") ] });
    let resp = app
        .signed(
            reqwest::Method::POST,
            "/fhir/Questionnaire/$questionnaire-package",
        )
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    assert!(diagnostics(&resp.json().await.unwrap()).contains("limits.max_package_orders"));
}

/// An object with very many members is read in linear time: the default 1 MB body can hold ~100 000 of them, a
/// configured larger one more. Splitting the prefetch and echoing orders once searched the members read so far
/// for each new one (85 000 members in 930 KB took 7.9 s of CPU in a release build). Here 190 000 members in a
/// 4 MB body: about a second in a debug build; the quadratic reading took minutes. The 30 s bound only tells the
/// two apart, it measures nothing. The wide order is still echoed whole.
#[tokio::test]
async fn objects_with_very_many_members_are_read_in_linear_time() {
    let app = spawn_app_with(|s| {
        s.database.url = crate::dtr::temp_db();
        s.server.max_body_bytes = 4 << 20;
    })
    .await;
    let mut req = sample_order_sign();
    let patient = req["prefetch"]["patient"].as_object_mut().unwrap();
    for i in 0..150_000 {
        patient.insert(format!("k{i}"), json!(0));
    }
    let order = req["context"]["draftOrders"]["entry"][0]["resource"]
        .as_object_mut()
        .unwrap();
    for i in 0..40_000 {
        order.insert(format!("k{i}"), json!(i));
    }
    let members = order.len() + usize::from(order.get("extension").is_none());
    let order_ref = format!(
        "{}/{}",
        order["resourceType"].as_str().unwrap(),
        order["id"].as_str().unwrap()
    );
    let (status, body) =
        tokio::time::timeout(std::time::Duration::from_secs(30), app.hook(SERVICE, &req))
            .await
            .expect("a wide request is not read in quadratic time");
    assert_eq!(status, 200, "{body}");
    let echoed = body["systemActions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| &a["resource"])
        .find(|r| {
            format!(
                "{}/{}",
                r["resourceType"].as_str().unwrap(),
                r["id"].as_str().unwrap()
            ) == order_ref
        })
        .expect("the wide order is decided and echoed");
    assert_eq!(echoed["k39999"], 39_999);
    assert_eq!(echoed.as_object().unwrap().len(), members);
}
