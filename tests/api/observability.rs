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
