//! The CDS Hooks 2.0 feedback endpoint (`POST /cds-services/{id}/feedback`, "Feedback" in the specification):
//! what a clinician did with a card, stored for the calling EHR only, counted in `/metrics`, bad shapes refused.

use serde_json::{json, Value};

use crate::helpers::{spawn_app_with, TestApp, EHR_ISS};

async fn post_feedback(app: &TestApp, service: &str, body: &Value) -> (u16, Value) {
    let resp = app
        .signed(
            reqwest::Method::POST,
            &format!("/cds-services/{service}/feedback"),
        )
        .json(body)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

fn accepted(card: &str) -> Value {
    json!({
        "card": card,
        "outcome": "accepted",
        "acceptedSuggestions": [{ "id": uuid::Uuid::new_v4().to_string() }],
        "outcomeTimestamp": "2026-12-07T10:05:31Z"
    })
}

fn overridden(card: &str) -> Value {
    json!({
        "card": card,
        "outcome": "overridden",
        "overrideReason": {
            "reason": { "system": "https://ehr.example.org/override-reasons", "code": "not-applicable" },
            "userComment": "documented elsewhere"
        },
        "outcomeTimestamp": "2026-12-07T10:06:00.52Z"
    })
}

async fn app_on_file() -> (TestApp, String) {
    let url = format!(
        "sqlite://{}",
        std::env::temp_dir()
            .join(format!("crd-feedback-{}.db", uuid::Uuid::new_v4()))
            .display()
    );
    let db = url.clone();
    let app = spawn_app_with(move |s| {
        s.database.url = db;
        s.limits.max_feedback = 3;
    })
    .await;
    (app, url)
}

#[tokio::test]
async fn feedback_is_stored_for_the_caller_and_counted() {
    let (app, url) = app_on_file().await;
    let card = uuid::Uuid::new_v4().to_string();
    let (status, body) = post_feedback(
        &app,
        "order-sign-crd",
        &json!({ "feedback": [accepted(&card), overridden(&card)] }),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let (status, _) = post_feedback(
        &app,
        "order-select-crd",
        &json!({ "feedback": [overridden("another-card")] }),
    )
    .await;
    assert_eq!(status, 200);

    let metrics = app.get("/metrics").await.text().await.unwrap();
    for line in [
        "crd_feedback_total{outcome=\"accepted\",service=\"order-sign-crd\"} 1",
        "crd_feedback_total{outcome=\"overridden\",service=\"order-sign-crd\"} 1",
        "crd_feedback_total{outcome=\"overridden\",service=\"order-select-crd\"} 1",
    ] {
        assert!(metrics.contains(line), "{line} missing:\n{metrics}");
    }

    // Stored under the caller's tenant (its JWT iss), and read by no other tenant.
    let store = crd_server::store::Store::connect(&url, 1).await.unwrap();
    let mine = store.feedback(EHR_ISS, "order-sign-crd").await.unwrap();
    assert_eq!(mine.len(), 2, "{mine:?}");
    assert!(mine.iter().all(|f| f["card"] == card.as_str()), "{mine:?}");
    assert!(mine.iter().any(|f| f["outcome"] == "accepted"
        && f["acceptedSuggestions"]
            .as_array()
            .is_some_and(|a| a.len() == 1)));
    assert!(mine.iter().any(|f| f["outcome"] == "overridden"
        && f["overrideReason"]["reason"]["code"] == "not-applicable"));
    assert!(store
        .feedback("local", "order-sign-crd")
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        store
            .feedback(EHR_ISS, "order-select-crd")
            .await
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn feedback_of_a_bad_shape_is_refused_and_nothing_is_stored() {
    let (app, url) = app_on_file().await;
    let good = accepted("c1");
    let cases: Vec<(&str, Value)> = vec![
        ("no feedback array", json!({ "cards": [] })),
        ("feedback not an array", json!({ "feedback": good.clone() })),
        (
            "no card",
            json!({ "feedback": [{ "outcome": "overridden", "outcomeTimestamp": "2026-12-07T10:00:00Z" }] }),
        ),
        (
            "unknown outcome",
            json!({ "feedback": [{ "card": "c1", "outcome": "ignored", "outcomeTimestamp": "2026-12-07T10:00:00Z" }] }),
        ),
        (
            "accepted without acceptedSuggestions",
            json!({ "feedback": [{ "card": "c1", "outcome": "accepted", "outcomeTimestamp": "2026-12-07T10:00:00Z" }] }),
        ),
        (
            "accepted suggestion without id",
            json!({ "feedback": [{ "card": "c1", "outcome": "accepted", "acceptedSuggestions": [{}], "outcomeTimestamp": "2026-12-07T10:00:00Z" }] }),
        ),
        (
            "no outcomeTimestamp",
            json!({ "feedback": [{ "card": "c1", "outcome": "overridden" }] }),
        ),
        (
            "outcomeTimestamp not RFC 3339",
            json!({ "feedback": [{ "card": "c1", "outcome": "overridden", "outcomeTimestamp": "yesterday" }] }),
        ),
        (
            "overrideReason not an object",
            json!({ "feedback": [{ "card": "c1", "outcome": "overridden", "overrideReason": "because", "outcomeTimestamp": "2026-12-07T10:00:00Z" }] }),
        ),
        ("empty feedback", json!({ "feedback": [] })),
        (
            "more than limits.max_feedback",
            json!({ "feedback": [good.clone(), good.clone(), good.clone(), good.clone()] }),
        ),
    ];
    for (what, body) in cases {
        let (status, answer) = post_feedback(&app, "order-sign-crd", &body).await;
        assert_eq!(status, 400, "{what}: {answer}");
        assert_eq!(
            answer["resourceType"], "OperationOutcome",
            "{what}: {answer}"
        );
    }
    let resp = app
        .signed(
            reqwest::Method::POST,
            "/cds-services/order-sign-crd/feedback",
        )
        .header("content-type", "application/json")
        .body("not json")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    // A mixed body is refused whole: the good item before the bad one is not stored either.
    let (status, _) = post_feedback(
        &app,
        "order-sign-crd",
        &json!({ "feedback": [good, { "card": "c2", "outcome": "nope", "outcomeTimestamp": "2026-12-07T10:00:00Z" }] }),
    )
    .await;
    assert_eq!(status, 400);
    let store = crd_server::store::Store::connect(&url, 1).await.unwrap();
    assert!(store
        .feedback(EHR_ISS, "order-sign-crd")
        .await
        .unwrap()
        .is_empty());
    let metrics = app.get("/metrics").await.text().await.unwrap();
    assert!(!metrics.contains("crd_feedback_total{"), "{metrics}");
}

#[tokio::test]
async fn feedback_needs_a_known_service_and_an_authenticated_caller() {
    let (app, _) = app_on_file().await;
    let body = json!({ "feedback": [overridden("c1")] });
    let (status, answer) = post_feedback(&app, "no-such-service", &body).await;
    assert_eq!(status, 404, "{answer}");
    assert_eq!(answer["resourceType"], "OperationOutcome");
    let resp = app
        .client
        .post(format!(
            "{}/cds-services/order-sign-crd/feedback",
            app.address
        ))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
    // A token made for the hook's own URL is not one for its feedback endpoint (aud is the endpoint).
    let hook_url = format!("{}/cds-services/order-sign-crd", app.address);
    let resp = app
        .client
        .post(format!("{hook_url}/feedback"))
        .bearer_auth(crate::helpers::ehr_token(&hook_url))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
}

/// Feedback goes with the assertions when stored data is purged by age (`crd-server purge`).
#[tokio::test]
async fn feedback_is_purged_with_the_assertions() {
    let (app, url) = app_on_file().await;
    let (status, _) = post_feedback(
        &app,
        "order-sign-crd",
        &json!({ "feedback": [overridden("c1")] }),
    )
    .await;
    assert_eq!(status, 200);
    let store = crd_server::store::Store::connect(&url, 1).await.unwrap();
    let now = chrono::Utc::now();
    store
        .purge_before(now - chrono::Duration::days(365))
        .await
        .unwrap();
    assert_eq!(
        store
            .feedback(EHR_ISS, "order-sign-crd")
            .await
            .unwrap()
            .len(),
        1
    );
    store
        .purge_before(now + chrono::Duration::seconds(1))
        .await
        .unwrap();
    assert!(store
        .feedback(EHR_ISS, "order-sign-crd")
        .await
        .unwrap()
        .is_empty());
}
