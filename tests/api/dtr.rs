//! The documentation loop: a conditional decision, the clinician's answers submitted to crd-server
//! (`POST /fhir/QuestionnaireResponse`), the assertion re-decided under the same id, the next order-sign
//! answering with it, and nothing lost across a restart.

use serde_json::{json, Value};

use crate::conformance::{assert_conformant, Version};
use crate::helpers::{coverage_infos, sample_order_sign, spawn_app_with, sub, TestApp};

const SERVICE: &str = "order-sign-crd";

/// The shared BCBSLA sample without its trial: conditional, asking for the trial.
pub(crate) fn request_without_trial(patient: &str) -> Value {
    let text = serde_json::to_string(&sample_order_sign())
        .unwrap()
        .replace("ex-bcbsla-1", patient);
    let mut req: Value = serde_json::from_str(&text).unwrap();
    req["prefetch"]["procedures"] =
        json!({ "resourceType": "Bundle", "type": "searchset", "total": 0 });
    req
}

fn response(questionnaire: &str, patient: &str, status: &str, answers: &[(&str, bool)]) -> Value {
    let mut qr = json!({
        "resourceType": "QuestionnaireResponse",
        "status": status,
        "questionnaire": questionnaire,
        "subject": { "reference": format!("Patient/{patient}") },
        "authored": "2026-11-28T12:00:00Z",
    });
    // FHIR has no empty arrays: no answers, no item element.
    if !answers.is_empty() {
        qr["item"] = answers
            .iter()
            .map(|(link, v)| json!({ "linkId": link, "answer": [{ "valueBoolean": v }] }))
            .collect();
    }
    qr
}

pub(crate) async fn submit(app: &TestApp, qr: &Value) -> reqwest::Response {
    app.signed(reqwest::Method::POST, "/fhir/QuestionnaireResponse")
        .json(qr)
        .send()
        .await
        .unwrap()
}

/// The assertion id a changed decision now stands under (`X-Coverage-Assertion-Superseded-By`).
pub(crate) fn superseded_by(resp: &reqwest::Response) -> String {
    resp.headers()["x-coverage-assertion-superseded-by"]
        .to_str()
        .unwrap()
        .to_string()
}

pub(crate) async fn sign(app: &TestApp, req: &Value) -> (String, String, Value) {
    let (status, body) = app.hook(SERVICE, req).await;
    assert_eq!(status, 200, "{body}");
    assert_conformant(&body, "order-sign", Version::V2_2);
    let (_, ext) = coverage_infos(&body).remove(0);
    (
        sub(&ext, "covered").unwrap().as_str().unwrap().to_string(),
        sub(&ext, "coverage-assertion-id")
            .unwrap()
            .as_str()
            .unwrap()
            .to_string(),
        ext,
    )
}

/// The questionnaire canonical a coverage-information extension names.
fn questionnaire_of(ext: &Value) -> String {
    sub(ext, "questionnaire")
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

/// What the store says of an assertion.
async fn stored_assertion(app: &TestApp, assertion: &str) -> Value {
    app.get(&format!("/coverage-assertions/{assertion}"))
        .await
        .json()
        .await
        .unwrap()
}

pub(crate) fn temp_db() -> String {
    format!(
        "sqlite://{}",
        std::env::temp_dir()
            .join(format!("crd-dtr-{}.db", uuid::Uuid::new_v4()))
            .display()
    )
}

#[tokio::test]
async fn answers_submitted_to_crd_server_re_decide_the_assertion_under_a_new_id() {
    let db = temp_db();
    let app = crate::helpers::spawn_app_on(&db).await;
    let patient = crate::helpers::fresh_patient("dtr");
    let req = request_without_trial(&patient);
    let (covered, assertion, ext) = sign(&app, &req).await;
    assert_eq!(covered, "conditional");
    let questionnaire = questionnaire_of(&ext);

    // An in-progress response is kept but decides nothing yet.
    let resp = submit(
        &app,
        &response(
            &questionnaire,
            &patient,
            "in-progress",
            &[("pain-trial", true)],
        ),
    )
    .await;
    assert_eq!(resp.status(), 201);
    let stored = stored_assertion(&app, &assertion).await;
    assert!(stored["orders"]
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["outcome"] == "conditional"));

    // The completed response: the trial succeeded.
    let resp = submit(
        &app,
        &response(
            &questionnaire,
            &patient,
            "completed",
            &[("pain-trial", true)],
        ),
    )
    .await;
    assert_eq!(resp.status(), 201);
    assert_eq!(
        resp.headers()["x-coverage-assertion-id"],
        assertion.as_str()
    );
    // The decision changed: it is now under a new id, and what the old id said stays readable (issue #16).
    let current = crate::dtr::superseded_by(&resp);
    let old = stored_assertion(&app, &assertion).await;
    assert!(old["orders"]
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["outcome"] == "conditional"));
    assert_eq!(old["supersededBy"], serde_json::json!([current]));
    assert!(resp.headers()["location"]
        .to_str()
        .unwrap()
        .contains("/fhir/QuestionnaireResponse/"));
    let qr: Value = resp.json().await.unwrap();
    assert!(qr["id"].is_string());
    let stored = stored_assertion(&app, &current).await;
    for order in stored["orders"].as_array().unwrap() {
        assert_eq!(order["outcome"], "covered", "{stored}");
        let trial = order["trace"]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["id"] == "pain-trial")
            .unwrap();
        assert_eq!(trial["truth"], "met");
        assert!(trial["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e.as_str().unwrap().starts_with("QuestionnaireResponse/")));
    }

    // The next order-sign for the same orders answers covered, under the id now in force, also after a restart.
    let (covered, again, _) = sign(&app, &req).await;
    assert_eq!(
        (covered.as_str(), again.as_str()),
        ("covered", current.as_str())
    );
    let restarted = crate::helpers::spawn_app_on(&db).await;
    let (covered, again, _) = sign(&restarted, &req).await;
    assert_eq!(
        (covered.as_str(), again.as_str()),
        ("covered", current.as_str())
    );
}

#[tokio::test]
async fn an_answer_that_fails_a_criterion_makes_the_order_not_covered() {
    let app = spawn_app_with(|s| s.database.url = temp_db()).await;
    let patient = crate::helpers::fresh_patient("dtr");
    let req = request_without_trial(&patient);
    let (_, assertion, ext) = sign(&app, &req).await;
    let questionnaire = questionnaire_of(&ext);
    let resp = submit(
        &app,
        &response(
            &questionnaire,
            &patient,
            "completed",
            &[("pain-trial", false)],
        ),
    )
    .await;
    assert_eq!(resp.status(), 201);
    let current = crate::dtr::superseded_by(&resp);
    let stored = stored_assertion(&app, &current).await;
    assert!(
        stored["orders"]
            .as_array()
            .unwrap()
            .iter()
            .all(|o| o["outcome"] == "not-covered" && o["supersedes"] == assertion.as_str()),
        "{stored}"
    );
    let (covered, again, ext) = sign(&app, &req).await;
    assert_eq!(
        (covered.as_str(), again.as_str()),
        ("not-covered", current.as_str())
    );
    assert!(sub(&ext, "pa-needed").is_none());
}

#[tokio::test]
async fn bad_questionnaire_responses_are_400() {
    let app = spawn_app_with(|s| s.database.url = temp_db()).await;
    let canonical = format!("{}/fhir/Questionnaire/bcbsla-00666", app.address);
    let cases = [
        (
            json!({ "resourceType": "Patient" }),
            "not a QuestionnaireResponse",
        ),
        (
            response("http://elsewhere/Questionnaire/x", "p1", "completed", &[]),
            "not a Questionnaire of this server",
        ),
        (
            json!({ "resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": canonical }),
            "subject",
        ),
        (
            json!({ "resourceType": "QuestionnaireResponse", "questionnaire": canonical, "subject": { "reference": "Patient/p1" } }),
            "status",
        ),
        (
            response(
                &canonical,
                "never-decided",
                "completed",
                &[("pain-trial", true)],
            ),
            "no coverage assertion",
        ),
        // What is stored and served again is checked as a whole (fhirbolt), not only the elements a decision
        // reads: `authored` is a dateTime.
        (
            {
                let mut r = response(&canonical, "p1", "completed", &[("pain-trial", true)]);
                r["authored"] = json!(7);
                r
            },
            "not valid FHIR",
        ),
    ];
    for (body, expected) in cases {
        let resp = submit(&app, &body).await;
        assert_eq!(resp.status(), 400, "{body}");
        let outcome: Value = resp.json().await.unwrap();
        let msg = outcome["issue"][0]["diagnostics"].as_str().unwrap();
        assert!(msg.contains(expected), "'{expected}' not in '{msg}'");
    }
    let resp = app
        .signed(reqwest::Method::POST, "/fhir/QuestionnaireResponse")
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
}
