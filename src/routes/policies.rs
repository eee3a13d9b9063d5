//! The payer policy documents cards link to.

use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::json;

use crate::error::ApiError;
use crate::policy::CompiledPolicy;
use crate::state::AppState;

fn find<'a>(state: &'a AppState, id: &str) -> Result<&'a CompiledPolicy, ApiError> {
    state
        .policies()
        .get(id)
        .ok_or_else(|| ApiError::NotFound(format!("no policy '{id}'")))
}

#[derive(serde::Deserialize)]
pub struct ListQuery {
    code: Option<String>,
}

/// `GET /policies`: the JSON list for API clients; the policy explorer page for browsers (when `demo.enabled`).
pub async fn list(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, ApiError> {
    if super::explorer::wants_html(&req) {
        if !state.settings.demo.enabled {
            return Err(ApiError::NotFound(
                "the policy explorer is turned off (demo.enabled = false); GET /policies with Accept: application/json lists the policies".into(),
            ));
        }
        return Ok(super::explorer::page(&state, query.code.as_deref()));
    }
    Ok(json_list(&state))
}

fn json_list(state: &AppState) -> HttpResponse {
    let list: Vec<_> = state
        .policies()
        .all()
        .iter()
        .map(|p| {
            let p = &p.policy;
            json!({ "id": p.id, "payer": p.payer, "number": p.number, "title": p.title, "effective": p.effective })
        })
        .collect();
    HttpResponse::Ok().json(json!({ "policies": list }))
}

pub async fn show(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(&find(&state, &id)?.policy))
}

pub async fn source(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let policy = find(&state, &id)?;
    // The document name comes from a validated policy file, not from the URL.
    let path = state
        .settings
        .policies
        .dir
        .join("sources")
        .join(&policy.policy.source.document);
    let text = tokio::fs::read_to_string(&path).await.map_err(|_| {
        ApiError::NotFound(format!(
            "the source text of policy '{}' is not available",
            policy.policy.id
        ))
    })?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body(text))
}
