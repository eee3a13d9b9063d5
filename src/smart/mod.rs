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

use serde_json::{json, Value};

use crate::config::SmartSettings;
use crate::fhir::relative_reference;
use crate::store::SmartLaunch;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

use crate::fhir::is_fhir_id;

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
    pub(crate) settings: SmartSettings,
    pub(crate) http: reqwest::Client,
    /// The allowed `iss` values, without a trailing slash.
    pub(crate) issuers: Vec<String>,
    pub(crate) redirect_uri: String,
    /// Cookies get `Secure` when the app is served over https.
    pub(crate) secure_cookies: bool,
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
}

/// The endpoints a SMART configuration names, checked.
pub struct Endpoints {
    pub authorize: url::Url,
    pub token: String,
}

/// `GET {iss}/.well-known/smart-configuration`, and the checks the launch relies on: absolute endpoints (https
/// when the EHR is), an authorization-code grant and PKCE S256 (SMART 2 requires it; a server that does not list
/// S256 is refused rather than sent a challenge it may ignore).
///
/// Written here because no crate reads SMART's own discovery document (the `openidconnect` crate reads OpenID's
/// `.well-known/openid-configuration`, which SMART servers need not publish); the token exchange uses `oauth2`.
pub async fn discover(app: &SmartApp, iss: &str) -> Result<Endpoints, String> {
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

/// The parts of a token response the app uses.
pub struct Token {
    pub access_token: String,
    pub patient: String,
    pub expires_in: Option<i64>,
    pub context: Value,
}

/// The token response fields SMART adds to OAuth 2.0's (`patient`, `fhirContext`, `id_token`, the CRD card's
/// `appContext`, ...): kept as JSON for [`launch_context`], which reads only the ones it knows.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct SmartFields {
    #[serde(flatten)]
    fields: serde_json::Map<String, Value>,
}

impl oauth2::ExtraTokenFields for SmartFields {}

type SmartTokenResponse = oauth2::StandardTokenResponse<SmartFields, oauth2::basic::BasicTokenType>;

/// Exchanges the code at the token endpoint the launch discovered: a public client (client_id in the body) proving
/// the launch with its PKCE verifier. The `oauth2` crate builds the request and parses both answers (RFC 6749 5.1
/// and 5.2); what SMART adds is checked here.
pub async fn exchange(app: &SmartApp, launch: &SmartLaunch, code: &str) -> Result<Token, String> {
    use oauth2::basic::{
        BasicErrorResponse, BasicRevocationErrorResponse, BasicTokenIntrospectionResponse,
    };
    use oauth2::{RequestTokenError, StandardRevocableToken, TokenResponse};

    let token_url = oauth2::TokenUrl::new(launch.token_endpoint.clone())
        .map_err(|_| "The EHR's token endpoint is not an absolute URL".to_string())?;
    let redirect_url = oauth2::RedirectUrl::new(app.redirect_uri.clone())
        .map_err(|_| "The app's redirect URL is not an absolute URL".to_string())?;
    let client = oauth2::Client::<
        BasicErrorResponse,
        SmartTokenResponse,
        BasicTokenIntrospectionResponse,
        StandardRevocableToken,
        BasicRevocationErrorResponse,
    >::new(oauth2::ClientId::new(app.settings.client_id.clone()))
    .set_auth_type(oauth2::AuthType::RequestBody)
    .set_token_uri(token_url)
    .set_redirect_uri(redirect_url);
    let response = client
        .exchange_code(oauth2::AuthorizationCode::new(code.to_string()))
        .set_pkce_verifier(oauth2::PkceCodeVerifier::new(launch.code_verifier.clone()))
        .request_async(&app.http)
        .await
        .map_err(|e| match e {
            RequestTokenError::ServerResponse(refusal) => format!(
                "The EHR's token endpoint refused the code (\"{}\")",
                quoted(refusal.error().as_ref())
            ),
            RequestTokenError::Request(e) => {
                if matches!(&e, oauth2::HttpClientError::Reqwest(r) if r.is_timeout()) {
                    "The EHR's token endpoint did not answer in time".to_string()
                } else {
                    "The EHR's token endpoint could not be reached".to_string()
                }
            }
            RequestTokenError::Parse(..) => {
                "The EHR's token response is not an OAuth 2.0 token response".to_string()
            }
            RequestTokenError::Other(why) => {
                format!(
                    "The EHR's token endpoint answered unexpectedly ({})",
                    quoted(&why)
                )
            }
        })?;
    let access_token = response.access_token().secret().clone();
    if access_token.is_empty() {
        return Err("The EHR's token response has no access_token".into());
    }
    // RFC 6749 7.1: the type is case-insensitive ("Bearer" is what most EHRs send; the crate knows only "bearer").
    if !response
        .token_type()
        .as_ref()
        .eq_ignore_ascii_case("bearer")
    {
        return Err("The EHR's token response is not a Bearer token".into());
    }
    let body = Value::Object(response.extra_fields().fields.clone());
    let patient = body["patient"]
        .as_str()
        .filter(|p| is_fhir_id(p))
        .ok_or("The EHR's token response names no patient (launch context `patient`)")?
        .to_string();
    let standalone = response
        .scopes()
        .is_some_and(|scopes| scopes.iter().any(|s| s.as_str() == "launch/patient"));
    let kind = if standalone { "standalone" } else { "ehr" };
    let mut context = launch_context(&body, &patient, kind);
    context["fhirUser"] = json!(body["id_token"].as_str().and_then(fhir_user));
    Ok(Token {
        access_token,
        expires_in: response
            .expires_in()
            .and_then(|d| i64::try_from(d.as_secs()).ok()),
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
pub fn typed_reference(reference: &str, types: &[&str]) -> Option<String> {
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

/// Text from another party (an authorization server's error), shortened and without control characters.
pub fn quoted(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).take(300).collect()
}
