//! The SMART questionnaire app's HTTP side: launch, callback, the app page, and the session API the page calls
//! (`$questionnaire-package`, QuestionnaireResponse submission). The protocol (discovery, token exchange, launch
//! context) is `crate::smart`; the DTR work is `crate::dtr`.
//!
//! Nothing here logs a token, code, state, cookie or patient id.

use actix_web::cookie::{time::Duration as CookieDuration, Cookie, SameSite};
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::{json, Value};

use super::body::read_body;
use crate::error::{ApiError, IssueType};
use crate::html::escape_html;
use crate::smart::{discover, exchange, quoted, typed_reference, SmartApp};
use crate::state::AppState;
use crate::store::{SmartLaunch, SmartSession, Store};
use crate::util::{now, random_token, sha256_b64};

/// A cookie of the app: HttpOnly, path /smart, SameSite=Lax, Secure over https.
fn cookie<'c>(app: &SmartApp, name: &'c str, value: String, max_age_secs: i64) -> Cookie<'c> {
    Cookie::build(name, value)
        .path("/smart")
        .http_only(true)
        .secure(app.secure_cookies)
        .same_site(SameSite::Lax)
        .max_age(CookieDuration::seconds(max_age_secs))
        .finish()
}

const LAUNCH_COOKIE: &str = "crd_smart_launch";
const SESSION_COOKIE: &str = "crd_smart_session";
/// A page for a person: what happened and what to do, never a stack trace.
fn page(status: StatusCode, title: &str, message: &str) -> HttpResponse {
    let body = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} — crd-server documentation</title>\
         <link rel=\"stylesheet\" href=\"/smart/static/app.css\"></head>\
         <body><main class=\"notice\" role=\"main\"><h1>{title}</h1><p role=\"alert\">{message}</p></main></body></html>\n",
        title = escape_html(title),
        message = escape_html(message),
    );
    crate::routes::html_page(status, "default-src 'none'; style-src 'self'", body)
}

/// The database failed: the person can only try again (the log has the error).
fn try_again() -> HttpResponse {
    page(
        StatusCode::SERVICE_UNAVAILABLE,
        "Please try again",
        "The sign-in could not be started or completed just now.",
    )
}

fn disabled() -> HttpResponse {
    page(
        StatusCode::NOT_FOUND,
        "Not available",
        "The questionnaire app is turned off on this server (smart.enabled = false).",
    )
}

#[derive(Deserialize)]
pub struct LaunchQuery {
    iss: Option<String>,
    launch: Option<String>,
}

/// `GET /smart/launch?iss=…&launch=…` (EHR launch) or `?iss=…` (standalone launch): redirects the browser to the
/// EHR's authorization endpoint with PKCE S256.
pub async fn launch(state: web::Data<AppState>, query: web::Query<LaunchQuery>) -> HttpResponse {
    if !state.settings.smart.enabled {
        return disabled();
    }
    let app = &state.smart;
    let Some(iss) = query
        .iss
        .as_deref()
        .map(|i| i.trim_end_matches('/'))
        .filter(|i| !i.is_empty())
    else {
        return page(
            StatusCode::BAD_REQUEST,
            "Launch from your EHR",
            "This address is opened by the EHR with its FHIR server address (iss). Start the documentation from the coverage card in the EHR.",
        );
    };
    if !app.issuers.iter().any(|allowed| allowed == iss) {
        tracing::warn!(outcome = "iss-not-allowed", "SMART launch refused");
        return page(
            StatusCode::FORBIDDEN,
            "This EHR is not registered",
            "The EHR that launched the app is not on this server's list of allowed EHRs (smart.issuers). Ask the payer to register it.",
        );
    }
    let launch = query.launch.as_deref().filter(|l| !l.is_empty());
    if launch.is_some_and(|l| l.len() > 2048) {
        return page(
            StatusCode::BAD_REQUEST,
            "Launch not understood",
            "The launch parameter is too long.",
        );
    }
    let endpoints = match discover(app, iss).await {
        Ok(e) => e,
        Err(why) => {
            tracing::warn!(outcome = "discovery-failed", "SMART launch failed");
            return page(
                StatusCode::BAD_GATEWAY,
                "The EHR could not be reached",
                &format!("The app could not start the sign-in: {why}. Try again, or ask the EHR's administrator."),
            );
        }
    };
    // RFC 7636 S256 from the `oauth2` crate: a 32-byte random verifier and its SHA-256 challenge.
    let (challenge, verifier) = oauth2::PkceCodeChallenge::new_random_sha256();
    let state_value = random_token();
    let browser = random_token();
    let now = now();
    let ttl = app.settings.launch_ttl_secs as i64;
    let store = state.store();
    let saved = store
        .save_smart_launch(
            &SmartLaunch {
                state: state_value.clone(),
                iss: iss.to_string(),
                token_endpoint: endpoints.token,
                code_verifier: verifier.secret().clone(),
                browser_hash: sha256_b64(&browser),
                expires_at: now + ttl,
            },
            now,
        )
        .await;
    if let Err(e) = saved {
        tracing::error!(error = %e, "storing a SMART launch");
        return try_again();
    }
    let scope = match launch {
        Some(_) => format!("launch {}", app.settings.scope),
        None => format!("launch/patient {}", app.settings.scope),
    };
    let mut location = endpoints.authorize;
    {
        let mut q = location.query_pairs_mut();
        q.append_pair("response_type", "code")
            .append_pair("client_id", &app.settings.client_id)
            .append_pair("redirect_uri", &app.redirect_uri)
            .append_pair("scope", &scope)
            .append_pair("state", &state_value)
            .append_pair("aud", iss)
            .append_pair("code_challenge", challenge.as_str())
            .append_pair("code_challenge_method", "S256");
        if let Some(l) = launch {
            q.append_pair("launch", l);
        }
    }
    tracing::info!(
        kind = if launch.is_some() {
            "ehr"
        } else {
            "standalone"
        },
        "SMART launch started"
    );
    HttpResponse::Found()
        .insert_header((header::LOCATION, location.to_string()))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .cookie(cookie(app, LAUNCH_COOKIE, browser, ttl))
        .finish()
}

#[derive(Deserialize)]
pub struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
    error_description: Option<String>,
}

/// `GET /smart/callback`: checks state (once, unexpired, same browser), exchanges the code with the PKCE verifier,
/// opens the app session and hands the page its access token in the body.
pub async fn callback(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<CallbackQuery>,
) -> HttpResponse {
    if !state.settings.smart.enabled {
        return disabled();
    }
    let app = &state.smart;
    let again = "Start the documentation again from the coverage card in the EHR.";
    let store = state.store();
    let Some(state_value) = query
        .state
        .as_deref()
        .filter(|s| !s.is_empty() && s.len() <= 256)
    else {
        return page(
            StatusCode::BAD_REQUEST,
            "Sign-in not recognised",
            &format!("The EHR's answer carries no state. {again}"),
        );
    };
    let launch = match store.take_smart_launch(state_value).await {
        Ok(Some(l)) => l,
        Ok(None) => {
            tracing::warn!(outcome = "unknown-state", "SMART callback refused");
            return page(
                StatusCode::BAD_REQUEST,
                "Sign-in not recognised",
                &format!("This sign-in is unknown or was already used. {again}"),
            );
        }
        Err(e) => {
            tracing::error!(error = %e, "reading a SMART launch");
            return try_again();
        }
    };
    if launch.expires_at < now() {
        tracing::warn!(outcome = "launch-expired", "SMART callback refused");
        return page(
            StatusCode::BAD_REQUEST,
            "The sign-in took too long",
            &format!("The launch expired before the EHR answered. {again}"),
        );
    }
    let same_browser = req
        .cookie(LAUNCH_COOKIE)
        .is_some_and(|c| sha256_b64(c.value()) == launch.browser_hash);
    if !same_browser {
        tracing::warn!(outcome = "other-browser", "SMART callback refused");
        return page(
            StatusCode::BAD_REQUEST,
            "Sign-in not recognised",
            &format!("This sign-in was started in another browser or its cookie is gone. {again}"),
        );
    }
    if let Some(error) = query.error.as_deref() {
        tracing::warn!(outcome = "authorization-error", "SMART callback refused");
        let description = query
            .error_description
            .as_deref()
            .map(|d| format!(" ({})", quoted(d)))
            .unwrap_or_default();
        return page(
            StatusCode::BAD_REQUEST,
            "The EHR did not authorize the app",
            &format!(
                "The EHR's authorization server answered \"{}\"{description}. {again}",
                quoted(error)
            ),
        );
    }
    let Some(code) = query.code.as_deref().filter(|c| !c.is_empty()) else {
        return page(
            StatusCode::BAD_REQUEST,
            "Sign-in not recognised",
            &format!("The EHR's answer carries no authorization code. {again}"),
        );
    };
    let token = match exchange(app, &launch, code).await {
        Ok(t) => t,
        Err(why) => {
            tracing::warn!(outcome = "token-exchange-failed", "SMART callback failed");
            return page(
                StatusCode::BAD_GATEWAY,
                "The EHR did not complete the sign-in",
                &format!("{why}. {again}"),
            );
        }
    };
    let session_id = random_token();
    let ttl = token
        .expires_in
        .unwrap_or(i64::MAX)
        .min(app.settings.session_ttl_secs as i64)
        .max(60);
    let session = SmartSession {
        tenant: state.tenant_of_fhir_server(&launch.iss).id,
        iss: launch.iss.clone(),
        patient_id: token.patient.clone(),
        context: token.context,
        expires_at: now() + ttl,
    };
    if let Err(e) = store
        .save_smart_session(&sha256_b64(&session_id), &session, now())
        .await
    {
        tracing::error!(error = %e, "storing a SMART session");
        return try_again();
    }
    tracing::info!(outcome = "session-opened", "SMART callback");
    let handoff = json!({
        "accessToken": token.access_token,
        "iss": launch.iss,
        "patient": token.patient,
        "expiresAt": session.expires_at,
    });
    let mut response = app_page(&session, Some(&handoff));
    response
        .add_cookie(&cookie(app, SESSION_COOKIE, session_id, ttl))
        .ok();
    response
        .add_removal_cookie(&cookie(app, LAUNCH_COOKIE, String::new(), 0))
        .ok();
    response
}

/// The app page. `handoff` (only on the callback) carries the access token to the page's script.
fn app_page(session: &SmartSession, handoff: Option<&Value>) -> HttpResponse {
    let handoff = handoff
        .map(|h| {
            // JSON inside a <script> data block: no `<`, `>` or `&` can end it early.
            let text = h
                .to_string()
                .replace('<', "\\u003c")
                .replace('>', "\\u003e")
                .replace('&', "\\u0026");
            format!("<script type=\"application/json\" id=\"handoff\">{text}</script>")
        })
        .unwrap_or_default();
    let html = crate::smart::assets::APP_HTML.replace("<!--HANDOFF-->", &handoff);
    let fhir_origin = url::Url::parse(&session.iss)
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or_default();
    crate::routes::html_page(
        StatusCode::OK,
        &format!(
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; \
             connect-src 'self' {fhir_origin}; object-src 'none'; base-uri 'none'; form-action 'none'"
        ),
        html,
    )
}

/// The session the request's cookie opens, if any.
async fn session_of(state: &AppState, req: &HttpRequest) -> Result<SmartSession, ApiError> {
    let unauthorized = || {
        ApiError::Unauthorized(
            "no app session: launch the questionnaire app from the EHR".to_string(),
        )
    };
    let cookie = req.cookie(SESSION_COOKIE).ok_or_else(unauthorized)?;
    let store: &Store = state.store();
    store
        .smart_session(&sha256_b64(cookie.value()), now())
        .await
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("reading the app session: {e}")))?
        .ok_or_else(unauthorized)
}

/// `GET /smart/app`: the app page again (a reload), for a live session.
pub async fn app(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    if !state.settings.smart.enabled {
        return disabled();
    }
    match session_of(&state, &req).await {
        Ok(session) => app_page(&session, None),
        Err(_) => page(
            StatusCode::UNAUTHORIZED,
            "Your session has ended",
            "Launch the documentation again from the coverage card in the EHR.",
        ),
    }
}

fn enabled(state: &AppState) -> Result<(), ApiError> {
    if state.settings.smart.enabled {
        Ok(())
    } else {
        Err(ApiError::NotFound(
            "the questionnaire app is turned off".into(),
        ))
    }
}

/// `GET /smart/api/session`: the launch context of this session (no token).
pub async fn session(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    enabled(&state)?;
    let session = session_of(&state, &req).await?;
    let mut context = session.context;
    context["iss"] = Value::String(session.iss);
    context["expiresAt"] = json!(session.expires_at);
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(context))
}

/// Most decided-order rows `GET /smart/api/decisions` reads.
const MAX_OPEN_DECISION_ROWS: usize = 100;

/// `GET /smart/api/decisions`: the session patient's coverage decisions that still need documentation, held by
/// crd-server for the session's EHR (tenant) only, one entry per coverage assertion, newest first. The app offers
/// them when the EHR launched it without an order or context (no fhirContext / appContext).
pub async fn decisions(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    enabled(&state)?;
    let session = session_of(&state, &req).await?;
    let rows = state
        .store()
        .open_decisions(&session.tenant, &session.patient_id, MAX_OPEN_DECISION_ROWS)
        .await
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("reading open decisions: {e}")))?;
    let mut out: Vec<Value> = Vec::new();
    for r in rows {
        if let Some(entry) = out
            .iter_mut()
            .find(|d| d["coverageAssertionId"] == r.assertion_id.as_str())
        {
            if let Some(orders) = entry["orders"].as_array_mut() {
                orders.push(json!(r.order_ref));
            }
            continue;
        }
        let policy = state.policies().get(&r.policy_id);
        out.push(json!({
            "coverageAssertionId": r.assertion_id,
            "coverage": r.coverage_ref,
            "orders": [r.order_ref],
            "decidedOn": r.decided_on,
            "policy": policy.map(|p| json!({
                "id": p.policy.id,
                "number": p.policy.number,
                "title": p.policy.title,
                "payer": p.policy.payer.name,
            })),
        }));
    }
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(json!({ "decisions": out })))
}

/// `Patient/{id}` of a reference element, if it is one.
fn patient_of(reference: &Value) -> Option<String> {
    reference["reference"]
        .as_str()
        .and_then(|r| typed_reference(r, &["Patient"]))
}

fn not_this_patient(what: &str) -> ApiError {
    ApiError::Forbidden(format!(
        "{what} is not about the patient this app session was launched for"
    ))
}

/// A write of the app's page: the app on, a session, the page's own Origin and JSON, the body read and parsed.
async fn app_write(
    state: &AppState,
    req: &HttpRequest,
    payload: web::Payload,
) -> Result<(SmartSession, actix_web::web::BytesMut, Value), ApiError> {
    enabled(state)?;
    let session = session_of(state, req).await?;
    from_the_app_page(state, req)?;
    let body = read_body(req, payload, state.settings.server.max_body_bytes).await?;
    let value: Value = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad_request(IssueType::Structure, format!("the body is not JSON: {e}"))
    })?;
    Ok((session, body, value))
}

/// `POST /smart/api/questionnaire-package`: DTR `$questionnaire-package` for the session's patient.
pub async fn questionnaire_package(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let (session, body, parameters) = app_write(&state, &req, payload).await?;
    let patient = format!("Patient/{}", session.patient_id);
    for p in parameters["parameter"].as_array().into_iter().flatten() {
        let resource = &p["resource"];
        let subject = match p["name"].as_str() {
            Some("coverage") => patient_of(&resource["beneficiary"]),
            Some("order") => {
                patient_of(&resource["subject"]).or_else(|| patient_of(&resource["patient"]))
            }
            _ => continue,
        };
        if subject.as_deref() != Some(patient.as_str()) {
            return Err(not_this_patient(&format!(
                "the {} parameter",
                p["name"].as_str().unwrap_or_default()
            )));
        }
    }
    let out =
        crate::dtr::package::questionnaire_package(state.documents(&session.tenant), &body).await?;
    tracing::info!("questionnaire package (app)");
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .content_type("application/fhir+json")
        .json(out))
}

/// `POST /smart/api/QuestionnaireResponse`: stores the answers, re-decides, and returns the decision per order
/// with its reasons.
pub async fn submit(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let (session, body, resource) = app_write(&state, &req, payload).await?;
    if patient_of(&resource["subject"]).as_deref()
        != Some(format!("Patient/{}", session.patient_id).as_str())
    {
        return Err(not_this_patient("the QuestionnaireResponse"));
    }
    let submission = crate::dtr::submit(state.documents(&session.tenant), &body).await?;
    let records = state
        .store()
        .assertion(&session.tenant, &submission.current_assertion_id)
        .await
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("reading the assertion: {e}")))?;
    let orders: Vec<Value> = records
        .iter()
        .map(|r| {
            let policy = state.policies().get(&r.policy_id);
            let trace: Value = serde_json::from_str(r.trace.get()).unwrap_or_default();
            json!({
                "order": r.order_ref,
                "outcome": r.outcome,
                "reasons": trace["reasons"],
                "indication": trace["indication"],
                "openItems": trace["openItems"].as_array().map_or(0, Vec::len),
                "policy": policy.map(|p| json!({
                    "id": p.policy.id,
                    "number": p.policy.number,
                    "title": p.policy.title,
                    "payer": p.policy.payer.name,
                })),
            })
        })
        .collect();
    tracing::info!(
        outcomes = %submission.outcomes.iter().map(|(_, o)| o.as_str()).collect::<Vec<_>>().join(","),
        "questionnaire response stored (app)"
    );
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(json!({
            "questionnaireResponse": submission.resource["id"],
            "status": submission.resource["status"],
            // The decision in force: a new id when the answers changed it (the documented one keeps what it said).
            "coverageAssertionId": submission.current_assertion_id,
            "documentedAssertionId": submission.assertion_id,
            "orders": orders,
        })))
}

/// The session API's writes come only from the app's own page: a JSON body (a form post cannot send one) and the
/// `Origin` of this server (cross-site request forgery with the session cookie is refused).
fn from_the_app_page(state: &AppState, req: &HttpRequest) -> Result<(), ApiError> {
    let json = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_ascii_lowercase)
        .is_some_and(|ct| {
            ct.starts_with("application/json") || ct.starts_with("application/fhir+json")
        });
    if !json {
        return Err(ApiError::UnsupportedMediaType(
            "the app's API takes JSON (Content-Type application/json or application/fhir+json)"
                .into(),
        ));
    }
    let ours = url::Url::parse(&state.public_base_url)
        .map(|u| u.origin().ascii_serialization())
        .unwrap_or_default();
    let origin = req
        .headers()
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok());
    if origin != Some(ours.as_str()) {
        return Err(ApiError::Forbidden(
            "the app's API answers only its own page (the Origin header must be this server's)"
                .into(),
        ));
    }
    Ok(())
}

/// `GET /smart/static/{path}`.
pub async fn asset(
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    if !state.settings.smart.enabled {
        return Err(ApiError::NotFound(
            "the questionnaire app is turned off".into(),
        ));
    }
    super::assets::serve(crate::smart::assets::FILES, &path)
}
