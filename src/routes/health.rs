//! `GET /health` (liveness and readiness: policies loaded) and `GET /metrics` (Prometheus text format).

use actix_web::{web, HttpResponse};
use serde_json::json;

use crate::state::AppState;

pub async fn health(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok().json(json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "policies": state.policies().all().len(),
    }))
}

pub async fn metrics(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4")
        .body(state.metrics().render())
}
