//! `GET /cds-services`: the CDS Hooks discovery document (`cds-hooks/services.json`).

use actix_web::{web, HttpResponse};

use crate::state::AppState;

pub async fn discovery(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok().json(&state.discovery)
}
