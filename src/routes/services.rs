//! `POST /cds-services/{id}`: reads the body within its limit, runs the hook, records metrics and one log line.

use std::time::Instant;

use actix_web::web::BytesMut;
use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use tracing::Instrument;

use super::auth::{authenticate, check_body_binding, Caller};
use super::body::read_body;
use crate::error::ApiError;
use crate::hooks::{self, request::HookRequest, CallSummary, Tenant};
use crate::state::AppState;

/// The body of a call that reads or writes patient data: authenticated first (the tenant it acts for), then read
/// within the limit.
pub(crate) async fn authenticated_body(
    state: &AppState,
    req: &HttpRequest,
    payload: web::Payload,
) -> Result<(Tenant, BytesMut), ApiError> {
    let tenant = authenticate(state, req).await?;
    let body = read_body(req, payload, state.settings.server.max_body_bytes).await?;
    check_body_binding(state, &tenant, &body)?;
    Ok((tenant, body))
}

/// The service a path names, or a 404 naming it (cut to 64 characters).
pub(crate) fn service_of<'a>(
    state: &'a AppState,
    id: &str,
) -> Result<&'a crate::hooks::ServiceDef, ApiError> {
    state.service(id).ok_or_else(|| {
        ApiError::NotFound(format!(
            "no CDS service '{}'",
            id.chars().take(64).collect::<String>()
        ))
    })
}

/// hookInstance is the client's string: logged only when it has the shape of an id.
fn loggable_instance(s: &str) -> &str {
    if s.len() <= 64 && s.chars().all(|c| c.is_ascii_hexdigit() || c == '-') {
        s
    } else {
        "(not an id)"
    }
}

pub async fn call_service(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let started = Instant::now();
    let service = service_of(&state, &id)?;
    let span = tracing::info_span!(
        "hook",
        service = %service.id,
        hook = %service.hook,
        hook_instance = tracing::field::Empty,
        payer = tracing::field::Empty,
    );
    let mut summary = CallSummary::default();
    let result = async {
        // Authenticated before anything about the patient is read.
        let (tenant, body) = authenticated_body(&state, &req, payload).await?;
        let request = HookRequest::parse(&body)?;
        tracing::Span::current().record("hook_instance", loggable_instance(&request.hook_instance));
        hooks::handle(&state.engine, &tenant, service, &request, &mut summary).await
    }
    .instrument(span.clone())
    .await;
    let status = match &result {
        Ok(_) => 200,
        Err(e) => e.status_code().as_u16(),
    };
    let elapsed = started.elapsed();
    state.metrics().observe_hook(&service.id, status, elapsed);
    let _enter = span.enter();
    if let Some(payer) = &summary.payer {
        span.record("payer", payer.as_str());
    }
    // Error messages can quote client input, so only the kind of error is logged.
    let error = result.as_ref().err().map(ApiError::kind).unwrap_or("");
    tracing::info!(
        status,
        elapsed_ms = elapsed.as_secs_f64() * 1000.0,
        outcomes = %summary.outcomes.join(","),
        error,
        "hook answered"
    );
    result.map(|body| HttpResponse::Ok().json(body))
}

/// `POST /explain/{service id}`: the same request a hook takes, answered with the full decision trace
/// (every criterion, its truth, evidence and citation) instead of a CDS Hooks response. For payer staff and
/// integrators; it decides exactly as the hook does.
pub async fn explain_service(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let service = service_of(&state, &id)?;
    let (tenant, body) = authenticated_body(&state, &req, payload).await?;
    let request = HookRequest::parse(&body)?;
    let today = chrono::Utc::now().date_naive();
    let body = match hooks::decide(&state.engine, &tenant, service, &request, today).await? {
        hooks::Outcomes::Decided(decided) => crate::explain::decisions_json(&decided),
        hooks::Outcomes::Nothing => serde_json::json!({ "decisions": [] }),
        hooks::Outcomes::Technical(message) => {
            serde_json::json!({ "decisions": [], "technical": message })
        }
        hooks::Outcomes::Unreadable(messages) => {
            serde_json::json!({ "decisions": [], "unreadable": messages })
        }
    };
    Ok(HttpResponse::Ok().json(body))
}

/// `GET /coverage-assertions/{id}`: what was decided under a coverage-assertion-id, with the full traces.
pub async fn assertion(
    caller: Caller,
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let not_found = || {
        ApiError::NotFound(format!(
            "no coverage assertion '{}'",
            id.chars().take(64).collect::<String>()
        ))
    };
    let records = state
        .store()
        .assertion(&caller.tenant.id, &id)
        .await
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("reading assertion: {e}")))?;
    if records.is_empty() {
        return Err(not_found());
    }
    let superseded_by = state
        .store()
        .superseded_by(&caller.tenant.id, &id)
        .await
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("reading assertion: {e}")))?;
    let mut body = serde_json::json!({ "assertionId": id.as_str(), "orders": records });
    if !superseded_by.is_empty() {
        body["supersededBy"] = serde_json::json!(superseded_by);
    }
    Ok(HttpResponse::Ok().json(body))
}

/// `POST /fhir/QuestionnaireResponse`: the clinician's answers. Stored; when completed, the coverage assertion they
/// answer is re-decided under the same id (see `GET /coverage-assertions/{id}` and the next hook call).
pub async fn submit_questionnaire_response(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let (tenant, body) = authenticated_body(&state, &req, payload).await?;
    let submission = crate::dtr::submit(state.documents(&tenant.id), &body).await?;
    tracing::info!(
        outcomes = %submission.outcomes.iter().map(|(_, o)| o.as_str()).collect::<Vec<_>>().join(","),
        "questionnaire response stored"
    );
    let id = submission.resource["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let mut created = HttpResponse::Created();
    created
        .insert_header((
            "Location",
            format!("{}/fhir/QuestionnaireResponse/{id}", state.public_base_url),
        ))
        .insert_header(("X-Coverage-Assertion-Id", submission.assertion_id.clone()));
    // The answers changed the decision: it is now under a new id (the documented one keeps what it said).
    if submission.current_assertion_id != submission.assertion_id {
        created.insert_header((
            "X-Coverage-Assertion-Superseded-By",
            submission.current_assertion_id.clone(),
        ));
    }
    Ok(created
        .content_type("application/fhir+json")
        .json(submission.resource))
}
