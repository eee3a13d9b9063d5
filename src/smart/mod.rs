//! The SMART on FHIR questionnaire app (Da Vinci DTR) this server serves to the EHRs it answers.
//!
//! Owns: the EHR launch and standalone launch (SMART App Launch 2: discovery, authorization code with PKCE S256,
//! token exchange), the app session, the app page and its assets, and the session-scoped API the page calls
//! (`$questionnaire-package`, QuestionnaireResponse submission) — the same DTR code paths the EHR-facing FHIR
//! endpoints use, limited to the launched patient.
//!
//! Tokens: the EHR's access token goes to the browser in the callback page's body (never a URL) and lives in the
//! tab's `sessionStorage`; the page uses it against the EHR's FHIR server only. This server keeps no token: a launch
//! row holds the PKCE verifier until the callback, a session row holds iss, patient and launch context under the
//! SHA-256 of an HttpOnly cookie. Nothing here logs a token, code, state, cookie or patient id.

pub mod assets;

use std::time::Duration;

use actix_web::cookie::{time::Duration as CookieDuration, Cookie, SameSite};
use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use rand::RngCore;
use serde::Deserialize;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::config::SmartSettings;
use crate::error::{ApiError, IssueType};
use crate::fhir::relative_reference;
use crate::hooks::request::is_fhir_id;
use crate::routes::read_body;
use crate::startup::AppState;
use crate::store::{SmartLaunch, SmartSession, Store};

const LAUNCH_COOKIE: &str = "crd_smart_launch";
const SESSION_COOKIE: &str = "crd_smart_session";
/// Resource types a DTR session documents (CRD's request types and Encounter).
const ORDER_TYPES: &[&str] = &[
    "ServiceRequest",
    "DeviceRequest",
    "MedicationRequest",
    "NutritionOrder",
    "VisionPrescription",
    "CommunicationRequest",
    "Appointment",
    "Encounter",
];

/// What the app needs besides the settings: the HTTP client for EHR endpoints and derived URLs.
pub struct SmartApp {
    settings: SmartSettings,
    http: reqwest::Client,
    /// The allowed `iss` values, without a trailing slash.
    issuers: Vec<String>,
    redirect_uri: String,
    /// Cookies get `Secure` when the app is served over https.
    secure_cookies: bool,
}

impl SmartApp {
    pub fn new(settings: &SmartSettings, public_base_url: &str) -> anyhow::Result<SmartApp> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_millis(settings.http_timeout_ms))
            .redirect(reqwest::redirect::Policy::none())
            .build()?;
        Ok(SmartApp {
            issuers: settings
                .issuers
                .iter()
                .map(|i| i.trim_end_matches('/').to_string())
                .collect(),
            settings: settings.clone(),
            http,
            redirect_uri: format!("{public_base_url}/smart/callback"),
            secure_cookies: public_base_url.starts_with("https://"),
        })
    }

    fn cookie<'c>(&self, name: &'c str, value: String, max_age_secs: i64) -> Cookie<'c> {
        Cookie::build(name, value)
            .path("/smart")
            .http_only(true)
            .secure(self.secure_cookies)
            .same_site(SameSite::Lax)
            .max_age(CookieDuration::seconds(max_age_secs))
            .finish()
    }
}

pub(crate) fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// 32 random bytes from the OS, base64url: state values, PKCE verifiers (43 characters, RFC 7636), session ids.
pub(crate) fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

pub(crate) fn sha256_b64(text: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(text.as_bytes()))
}

/// HTML-escapes text for an element's content or a quoted attribute.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Text from another party (an authorization server's error), shortened and without control characters.
fn quoted(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).take(300).collect()
}

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

/// The endpoints a SMART configuration names, checked.
struct Endpoints {
    authorize: url::Url,
    token: String,
}

/// `GET {iss}/.well-known/smart-configuration`, and the checks the launch relies on: absolute endpoints (https
/// when the EHR is), an authorization-code grant and PKCE S256 (SMART 2 requires it; a server that does not list
/// S256 is refused rather than sent a challenge it may ignore).
async fn discover(app: &SmartApp, iss: &str) -> Result<Endpoints, String> {
    let url = format!("{iss}/.well-known/smart-configuration");
    let response = app
        .http
        .get(&url)
        .header(reqwest::header::ACCEPT, "application/json")
        .send()
        .await
        .map_err(|e| {
            if e.is_timeout() {
                "the EHR's SMART configuration did not answer in time".to_string()
            } else {
                "the EHR's SMART configuration could not be reached".to_string()
            }
        })?;
    if !response.status().is_success() {
        return Err(format!(
            "the EHR's SMART configuration answered HTTP {}",
            response.status().as_u16()
        ));
    }
    let config: Value = response
        .json()
        .await
        .map_err(|_| "the EHR's SMART configuration is not JSON".to_string())?;
    let https_only = iss.starts_with("https://");
    let endpoint = |name: &str| -> Result<url::Url, String> {
        let text = config[name]
            .as_str()
            .ok_or_else(|| format!("the EHR's SMART configuration has no {name}"))?;
        let url = url::Url::parse(text)
            .map_err(|_| format!("the EHR's {name} is not an absolute URL"))?;
        match url.scheme() {
            "https" => Ok(url),
            "http" if !https_only => Ok(url),
            _ => Err(format!("the EHR's {name} is not an https URL")),
        }
    };
    let authorize = endpoint("authorization_endpoint")?;
    let token = endpoint("token_endpoint")?.to_string();
    let s256 = config["code_challenge_methods_supported"]
        .as_array()
        .is_some_and(|m| m.iter().any(|m| m == "S256"));
    if !s256 {
        return Err(
            "the EHR's authorization server does not offer PKCE S256 (code_challenge_methods_supported)"
                .to_string(),
        );
    }
    Ok(Endpoints { authorize, token })
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
    let verifier = random_token();
    let challenge = sha256_b64(&verifier);
    let state_value = random_token();
    let browser = random_token();
    let now = now();
    let ttl = app.settings.launch_ttl_secs as i64;
    let Some(store) = &state.store else {
        return page(
            StatusCode::SERVICE_UNAVAILABLE,
            "Not available",
            "This server runs without a database.",
        );
    };
    let saved = store
        .save_smart_launch(
            &SmartLaunch {
                state: state_value.clone(),
                iss: iss.to_string(),
                token_endpoint: endpoints.token,
                code_verifier: verifier,
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
            .append_pair("code_challenge", &challenge)
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
        .cookie(app.cookie(LAUNCH_COOKIE, browser, ttl))
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
    let Some(store) = &state.store else {
        return disabled();
    };
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
        .add_cookie(&app.cookie(SESSION_COOKIE, session_id, ttl))
        .ok();
    response
        .add_removal_cookie(&app.cookie(LAUNCH_COOKIE, String::new(), 0))
        .ok();
    response
}

/// The parts of a token response the app uses.
struct Token {
    access_token: String,
    patient: String,
    expires_in: Option<i64>,
    context: Value,
}

/// Exchanges the code at the token endpoint the launch discovered (public client: client_id + code_verifier).
async fn exchange(app: &SmartApp, launch: &SmartLaunch, code: &str) -> Result<Token, String> {
    let response = app
        .http
        .post(&launch.token_endpoint)
        .header(reqwest::header::ACCEPT, "application/json")
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", app.redirect_uri.as_str()),
            ("client_id", app.settings.client_id.as_str()),
            ("code_verifier", launch.code_verifier.as_str()),
        ])
        .send()
        .await
        .map_err(|e| {
            if e.is_timeout() {
                "The EHR's token endpoint did not answer in time".to_string()
            } else {
                "The EHR's token endpoint could not be reached".to_string()
            }
        })?;
    let status = response.status();
    let body: Value = response.json().await.unwrap_or(Value::Null);
    if !status.is_success() {
        let error = body["error"]
            .as_str()
            .map(|e| format!(" \"{}\"", quoted(e)))
            .unwrap_or_default();
        return Err(format!(
            "The EHR's token endpoint refused the code (HTTP {}{error})",
            status.as_u16()
        ));
    }
    let access_token = body["access_token"]
        .as_str()
        .filter(|t| !t.is_empty())
        .ok_or("The EHR's token response has no access_token")?
        .to_string();
    if !body["token_type"]
        .as_str()
        .is_some_and(|t| t.eq_ignore_ascii_case("bearer"))
    {
        return Err("The EHR's token response is not a Bearer token".into());
    }
    let patient = body["patient"]
        .as_str()
        .filter(|p| is_fhir_id(p))
        .ok_or("The EHR's token response names no patient (launch context `patient`)")?
        .to_string();
    let kind = if body["scope"]
        .as_str()
        .is_some_and(|s| s.split(' ').any(|s| s == "launch/patient"))
    {
        "standalone"
    } else {
        "ehr"
    };
    let mut context = launch_context(&body, &patient, kind);
    context["fhirUser"] = json!(body["id_token"].as_str().and_then(fhir_user));
    Ok(Token {
        access_token,
        expires_in: body["expires_in"].as_i64(),
        context,
        patient,
    })
}

/// The `fhirUser` claim of an OpenID Connect id_token (who answers the questionnaire: DTR's information-origin
/// author). The id_token came straight from the token endpoint this launch discovered, which OpenID Connect Core
/// 3.1.3.7 lets a client trust without checking the signature; only this claim is used (never authorization).
fn fhir_user(id_token: &str) -> Option<String> {
    let payload = id_token.split('.').nth(1)?;
    let claims: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()?;
    typed_reference(
        claims["fhirUser"].as_str()?,
        &[
            "Practitioner",
            "PractitionerRole",
            "Patient",
            "RelatedPerson",
            "Person",
        ],
    )
}

/// `Type/id` when `reference` is a reference to one of `types` (relative or absolute).
fn typed_reference(reference: &str, types: &[&str]) -> Option<String> {
    let relative = relative_reference(reference)?;
    let (kind, id) = relative.split_once('/')?;
    (types.contains(&kind) && is_fhir_id(id)).then_some(relative)
}

/// The DTR launch context from a token response: SMART 2 `fhirContext` (objects with `reference` or `canonical`,
/// and 2.0's plain strings) and the CRD card's `appContext` (our JSON: coverageAssertionId, questionnaire, order,
/// coverage). Anything else in them is ignored.
pub fn launch_context(token: &Value, patient: &str, kind: &str) -> Value {
    let mut orders: Vec<String> = Vec::new();
    let mut coverage: Vec<String> = Vec::new();
    let mut questionnaires: Vec<String> = Vec::new();
    let mut responses: Vec<String> = Vec::new();
    let mut assertion: Option<String> = None;
    let mut add = |reference: &str| {
        if let Some(r) = typed_reference(reference, ORDER_TYPES) {
            orders.push(r);
        } else if let Some(r) = typed_reference(reference, &["Coverage"]) {
            coverage.push(r);
        } else if let Some(r) = typed_reference(reference, &["QuestionnaireResponse"]) {
            responses.push(r);
        }
    };
    for item in token["fhirContext"].as_array().into_iter().flatten() {
        match item {
            Value::String(reference) => add(reference),
            Value::Object(o) => {
                if let Some(reference) = o.get("reference").and_then(Value::as_str) {
                    add(reference);
                } else if let Some(canonical) = o.get("canonical").and_then(Value::as_str) {
                    if o.get("type").and_then(Value::as_str) == Some("Questionnaire") {
                        questionnaires.push(canonical.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    let app_context: Value = token["appContext"]
        .as_str()
        .and_then(|s| serde_json::from_str(s).ok())
        .or_else(|| {
            token["appContext"]
                .as_object()
                .map(|o| Value::Object(o.clone()))
        })
        .unwrap_or(Value::Null);
    for reference in app_context["order"].as_array().into_iter().flatten() {
        if let Some(r) = reference.as_str() {
            add(r);
        }
    }
    if let Some(r) = app_context["coverage"].as_str() {
        add(r);
    }
    for canonical in app_context["questionnaire"]
        .as_array()
        .into_iter()
        .flatten()
    {
        if let Some(c) = canonical.as_str() {
            questionnaires.push(c.to_string());
        }
    }
    if let Some(id) = app_context["coverageAssertionId"]
        .as_str()
        .filter(|id| id.len() <= 128)
    {
        assertion = Some(id.to_string());
    }
    for list in [
        &mut orders,
        &mut coverage,
        &mut questionnaires,
        &mut responses,
    ] {
        list.sort();
        list.dedup();
    }
    json!({
        "launch": kind,
        "patient": patient,
        "orders": orders,
        "coverage": coverage,
        "questionnaires": questionnaires,
        "questionnaireResponses": responses,
        "coverageAssertionId": assertion,
    })
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
    let html = assets::APP_HTML.replace("<!--HANDOFF-->", &handoff);
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
    let store: &Store = state.store.as_ref().ok_or_else(unauthorized)?;
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

/// `POST /smart/api/questionnaire-package`: DTR `$questionnaire-package` for the session's patient.
pub async fn questionnaire_package(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    enabled(&state)?;
    let session = session_of(&state, &req).await?;
    let body = read_body(&req, payload, state.settings.server.max_body_bytes).await?;
    let parameters: Value = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad_request(IssueType::Structure, format!("the body is not JSON: {e}"))
    })?;
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
    let out = crate::dtr::package::questionnaire_package(&state, &body).await?;
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
    enabled(&state)?;
    let session = session_of(&state, &req).await?;
    let body = read_body(&req, payload, state.settings.server.max_body_bytes).await?;
    let resource: Value = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad_request(IssueType::Structure, format!("the body is not JSON: {e}"))
    })?;
    if patient_of(&resource["subject"]).as_deref()
        != Some(format!("Patient/{}", session.patient_id).as_str())
    {
        return Err(not_this_patient("the QuestionnaireResponse"));
    }
    let submission = crate::dtr::submit(&state, &body).await?;
    let store = state
        .store
        .as_ref()
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("no store configured")))?;
    let records = store
        .assertion(&submission.assertion_id)
        .await
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("reading the assertion: {e}")))?;
    let orders: Vec<Value> = records
        .iter()
        .map(|r| {
            let policy = state.policies.get(&r.policy_id);
            json!({
                "order": r.order_ref,
                "outcome": r.outcome,
                "reasons": r.trace["reasons"],
                "indication": r.trace["indication"],
                "openItems": r.trace["openItems"].as_array().map_or(0, Vec::len),
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
            "coverageAssertionId": submission.assertion_id,
            "orders": orders,
        })))
}
