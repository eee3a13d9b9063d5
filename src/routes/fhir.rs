//! The FHIR endpoints of the DTR side: Questionnaires and ValueSets by id or canonical, and
//! `$questionnaire-package`.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::{json, Value};

use super::services::authenticated_body;
use crate::dtr::catalog::expand;
use crate::error::{ApiError, IssueType};
use crate::state::AppState;

fn fhir_json(v: &Value) -> HttpResponse {
    super::fhir_json(actix_web::http::StatusCode::OK, v)
}

#[derive(Deserialize)]
pub struct CanonicalQuery {
    url: Option<String>,
    version: Option<String>,
}

fn searchset(state: &AppState, kind: &str, found: Vec<&Value>) -> HttpResponse {
    let entries: Vec<Value> = found
        .into_iter()
        .map(|r| {
            json!({
                "fullUrl": format!("{}/fhir/{kind}/{}", state.public_base_url, r["id"].as_str().unwrap_or_default()),
                "resource": r,
                "search": { "mode": "match" },
            })
        })
        .collect();
    let mut bundle =
        json!({ "resourceType": "Bundle", "type": "searchset", "total": entries.len() });
    if !entries.is_empty() {
        bundle["entry"] = Value::Array(entries);
    }
    fhir_json(&bundle)
}

fn canonical(q: &CanonicalQuery) -> Result<String, ApiError> {
    let url = q.url.as_deref().filter(|u| !u.is_empty()).ok_or_else(|| {
        ApiError::bad_request(
            IssueType::Required,
            "search by canonical: give the 'url' parameter (and optionally 'version')",
        )
    })?;
    Ok(match &q.version {
        Some(v) if !url.contains('|') => format!("{url}|{v}"),
        _ => url.to_string(),
    })
}

pub async fn read_questionnaire(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    state
        .catalog
        .questionnaire(&id)
        .map(fhir_json)
        .ok_or_else(|| ApiError::NotFound(format!("Questionnaire/{id} is not known")))
}

pub async fn search_questionnaire(
    state: web::Data<AppState>,
    query: web::Query<CanonicalQuery>,
) -> Result<HttpResponse, ApiError> {
    let canonical = canonical(&query)?;
    let found = state.catalog.questionnaire_by_canonical(&canonical);
    Ok(searchset(
        &state,
        "Questionnaire",
        found.into_iter().collect(),
    ))
}

pub async fn read_value_set(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    state
        .catalog
        .value_set_by_id(&id)
        .map(fhir_json)
        .ok_or_else(|| ApiError::NotFound(format!("ValueSet/{id} is not known")))
}

pub async fn search_value_set(
    state: web::Data<AppState>,
    query: web::Query<CanonicalQuery>,
) -> Result<HttpResponse, ApiError> {
    let canonical = canonical(&query)?;
    let found = state.catalog.value_set(&canonical);
    Ok(searchset(&state, "ValueSet", found.into_iter().collect()))
}

/// `ValueSet/{id}/$expand`: the enumerated concepts, as of now.
pub async fn expand_value_set(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let vs = state
        .catalog
        .value_set_by_id(&id)
        .ok_or_else(|| ApiError::NotFound(format!("ValueSet/{id} is not known")))?;
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    Ok(fhir_json(&expand(vs, &now).0))
}

pub async fn questionnaire_package(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let (tenant, body) = authenticated_body(&state, &req, payload).await?;
    let out =
        crate::dtr::package::questionnaire_package(state.documents(&tenant.id), &body).await?;
    let bundles = out["parameter"].as_array().map_or(0, |p| {
        p.iter().filter(|p| p["name"] == "packagebundle").count()
    });
    tracing::info!(bundles, "questionnaire package");
    Ok(fhir_json(&out))
}
