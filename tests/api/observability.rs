//! Metrics and request ids: what operators see.

use crate::helpers::{sample_order_sign, spawn_app};

#[tokio::test]
async fn metrics_count_hook_calls_and_decisions() {
    let app = spawn_app().await;
    let resp = app.post_hook("order-sign-crd", &sample_order_sign()).await;
    assert_eq!(resp.status(), 200);
    assert!(resp.headers().contains_key("x-request-id"));
    let _ = app.post_hook("no-such-service", &sample_order_sign()).await;
    let resp = app.get("/metrics").await;
    assert_eq!(resp.status(), 200);
    let text = resp.text().await.unwrap();
    assert!(
        text.contains("crd_hook_requests_total{service=\"order-sign-crd\",status=\"200\"} 1"),
        "{text}"
    );
    assert!(
        text.contains("crd_decisions_total{outcome=\"covered\",payer=\"bcbsla\"} 2"),
        "{text}"
    );
    assert!(text.contains("crd_hook_duration_seconds_bucket"), "{text}");
}

#[tokio::test]
async fn errors_carry_the_request_id_and_no_internals() {
    let app = spawn_app().await;
    let resp = app
        .post_raw("order-sign-crd", b"not json".to_vec(), "application/json")
        .await;
    assert_eq!(resp.status(), 400);
    assert!(resp.headers().contains_key("x-request-id"));
    let text = resp.text().await.unwrap();
    assert!(
        !text.contains("src/") && !text.contains("panicked"),
        "{text}"
    );
}

#[tokio::test]
async fn coverage_assertions_are_stored_and_survive_a_restart() {
    let db = std::env::temp_dir().join(format!("crd-restart-{}.db", uuid::Uuid::new_v4()));
    let url = format!("sqlite://{}", db.display());
    let first = crate::helpers::spawn_app_with({
        let url = url.clone();
        move |s| s.database.url = url
    })
    .await;
    let (status, body) = first.hook("order-sign-crd", &sample_order_sign()).await;
    assert_eq!(status, 200);
    let infos = crate::helpers::coverage_infos(&body);
    let id = crate::helpers::sub(&infos[0].1, "coverage-assertion-id").unwrap();
    let id = id.as_str().unwrap();

    // A second server on the same database (as after a restart) knows the assertion.
    let second = crate::helpers::spawn_app_with(move |s| s.database.url = url).await;
    let resp = second.get(&format!("/coverage-assertions/{id}")).await;
    assert_eq!(resp.status(), 200);
    let stored: serde_json::Value = resp.json().await.unwrap();
    let orders = stored["orders"].as_array().unwrap();
    assert_eq!(orders.len(), 2);
    assert!(orders
        .iter()
        .all(|o| o["outcome"] == "covered" && o["payerId"] == "bcbsla"));
    assert!(orders
        .iter()
        .any(|o| o["orderRef"] == "ServiceRequest/ex-bcbsla-1-sr7"));
    assert_eq!(orders[0]["trace"]["policyId"], "bcbsla-00666");

    let resp = second.get("/coverage-assertions/no-such-id").await;
    assert_eq!(resp.status(), 404);
    let _ = std::fs::remove_file(db);
}
