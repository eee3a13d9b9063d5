//! The demo EHR's HTTP side (`/demo`, with `demo.enabled` only): its page, the signing back end, its SMART
//! authorization server and its FHIR server. What the demo EHR is and holds (samples, key, launches, grants, the
//! FHIR store) is `crate::demo`.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::demo::page;
use crate::demo::*;
use crate::error::{ApiError, IssueType};
use crate::fhir::is_fhir_id;
use crate::state::AppState;
use crate::util::{now, random_token, sha256_b64};
use std::collections::HashMap;

fn demo(state: &AppState) -> Result<&DemoEhr, ApiError> {
    state
        .demo
        .as_deref()
        .ok_or_else(|| ApiError::NotFound("the demo EHR is turned off (demo.enabled)".into()))
}

/// The JSON body of a call from the demo page (64 KB at most), or a 400 saying what was expected.
async fn json_body<T: serde::de::DeserializeOwned>(
    req: &HttpRequest,
    payload: web::Payload,
    expected: &str,
) -> Result<T, ApiError> {
    let body = crate::routes::read_body(req, payload, 64 * 1024).await?;
    serde_json::from_slice(&body).map_err(|_| invalid(format!("expected {expected}")))
}

/// `GET /demo`: the demo EHR page.
pub async fn page(
    state: web::Data<AppState>,
    query: web::Query<HashMap<String, String>>,
) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    let chosen = query
        .get("sample")
        .and_then(|k| demo.sample(k))
        .unwrap_or(&demo.samples[0]);
    Ok(html_response(page::render(
        &state.smart_launch_url,
        demo,
        chosen,
    )))
}

/// `GET /demo/static/{file}`.
pub async fn asset(
    state: web::Data<AppState>,
    file: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    demo(&state)?;
    super::assets::serve(ASSETS, &file)
}

/// `GET /demo/.well-known/jwks.json`: the demo EHR's public key (what a real EHR publishes for CDS services).
pub async fn jwks(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(demo(&state)?.jwks()))
}

/// `GET /demo/api/samples`: the sample patients with their default orders (the form's rows).
pub async fn samples(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    let list: Vec<Value> = demo
        .samples
        .iter()
        .map(|s| {
            json!({
                "sample": s.key, "patient": s.patient_id, "payer": s.payer,
                "coverage": s.coverage, "orders": s.default_orders,
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "samples": list })))
}

#[derive(Deserialize)]
pub struct PrepareBody {
    sample: String,
    orders: Vec<OrderRow>,
}

/// `POST /demo/api/prepare` `{sample, orders: [row]}`: what the demo EHR's back end does when the clinician signs
/// — stores the draft orders, builds the `order-sign` request with prefetch from the service's discovery templates,
/// and signs the JWT for the hook endpoint. Answers `{url, authorization, request}`; the page sends it.
pub async fn prepare(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    let body: PrepareBody =
        json_body(&req, payload, "{\"sample\": key, \"orders\": [...]}").await?;
    let sample = demo
        .sample(&body.sample)
        .ok_or_else(|| invalid("no such sample patient"))?;
    if body.orders.is_empty() || body.orders.len() > MAX_ORDERS {
        return Err(invalid(format!("sign 1 to {MAX_ORDERS} orders")));
    }
    let orders = body
        .orders
        .iter()
        .enumerate()
        .map(|(i, row)| order_resource(sample, row, i))
        .collect::<Result<Vec<_>, _>>()?;
    // The EHR holds its draft orders: the questionnaire app reads them from its FHIR server.
    for order in &orders {
        demo.fhir
            .write(order.clone())
            .map_err(|e| ApiError::bad_request(IssueType::TooLong, e.0))?;
    }
    let service = state
        .service(SIGN_SERVICE)
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("no {SIGN_SERVICE} service")))?;
    let fhir_base = demo.fhir_base();
    let mut prefetch = serde_json::Map::new();
    for (key, template) in &service.prefetch {
        let query = template
            .replace("{{context.patientId}}", &sample.patient_id)
            .replace("{{context.userId}}", &sample.user);
        // A template the demo server cannot answer is left out; crd-server then reads it itself (CDS Hooks).
        if let Ok(found) = demo.fhir.get(&fhir_base, &query) {
            prefetch.insert(key.clone(), found);
        }
    }
    let request = json!({
        "hook": "order-sign",
        "hookInstance": uuid::Uuid::new_v4().to_string(),
        "fhirServer": fhir_base,
        "fhirAuthorization": {
            "access_token": demo.access_token(&sample.patient_id)?,
            "token_type": "Bearer", "expires_in": TOKEN_TTL, "scope": "patient/*.read",
            "subject": state.settings.smart.client_id,
        },
        "context": {
            "userId": sample.user,
            "patientId": sample.patient_id,
            "draftOrders": { "resourceType": "Bundle", "type": "collection",
                             "entry": orders.iter().map(|r| json!({ "resource": r })).collect::<Vec<_>>() },
        },
        "prefetch": prefetch,
    });
    let path = format!("/cds-services/{SIGN_SERVICE}");
    let t = now();
    // Bound to this request: its body's hash is a claim the verifier checks (and the jti is single-use).
    let body_hash = crate::util::body_sha256(request.to_string().as_bytes());
    let jwt = demo.sign(&json!({
        "iss": demo.issuer(), "sub": demo.issuer(), "aud": format!("{}{path}", state.public_base_url),
        "exp": t + 300, "iat": t, "jti": uuid::Uuid::new_v4().to_string(),
        "crd_body_sha256": body_hash,
    }))?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(json!({ "url": path, "authorization": format!("Bearer {jwt}"), "request": request })))
}

#[derive(Deserialize)]
pub struct LaunchBody {
    patient: String,
    url: String,
    #[serde(default, rename = "appContext")]
    app_context: Option<String>,
}

/// `POST /demo/api/launch` `{patient, url, appContext}`: what an EHR does for a SMART link — binds a launch id
/// to the patient, the user and the card's context, and answers the address to open (`url?iss=…&launch=…`).
pub async fn launch(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    let body: LaunchBody = json_body(
        &req,
        payload,
        "{\"patient\": id, \"url\": link URL, \"appContext\": text}",
    )
    .await?;
    let sample = demo
        .samples
        .iter()
        .find(|s| s.patient_id == body.patient)
        .ok_or_else(|| invalid("no such sample patient"))?;
    // The demo authorization server knows one app: this server's questionnaire app.
    if body.url != state.smart_launch_url {
        return Err(invalid(
            "the demo EHR launches only this server's questionnaire app",
        ));
    }
    let app_context = body.app_context.clone().filter(|a| a.len() <= 8192);
    let parsed: Value = app_context
        .as_deref()
        .and_then(|a| serde_json::from_str(a).ok())
        .unwrap_or(Value::Null);
    let mut fhir_context = Vec::new();
    if let Some(c) = parsed["coverage"].as_str() {
        fhir_context.push(json!({ "reference": c }));
    }
    for o in parsed["order"].as_array().into_iter().flatten() {
        if let Some(o) = o.as_str() {
            fhir_context.push(json!({ "reference": o }));
        }
    }
    let id = random_token();
    {
        let mut g = demo.grants();
        if g.launches.len() >= GRANT_CAP {
            return Err(busy());
        }
        g.launches.insert(
            id.clone(),
            Launch {
                patient: sample.patient_id.clone(),
                user: sample.user.clone(),
                app_context,
                fhir_context,
                expires: now() + LAUNCH_TTL,
            },
        );
    }
    let mut url = url::Url::parse(&body.url).map_err(|_| invalid("the link URL is not a URL"))?;
    url.query_pairs_mut()
        .append_pair("iss", &demo.fhir_base())
        .append_pair("launch", &id);
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(json!({ "url": url.as_str() })))
}

/// `GET /demo/fhir/.well-known/smart-configuration`.
pub async fn smart_configuration(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    Ok(HttpResponse::Ok().json(json!({
        "issuer": demo.fhir_base(),
        "jwks_uri": demo.jwks_url(),
        "authorization_endpoint": format!("{}/demo/auth/authorize", demo.base),
        "token_endpoint": format!("{}/demo/auth/token", demo.base),
        "grant_types_supported": ["authorization_code"],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["none"],
        "scopes_supported": ["openid", "fhirUser", "launch", "patient/*.rs", "user/*.rs", "patient/QuestionnaireResponse.cu"],
        "response_types_supported": ["code"],
        "capabilities": ["launch-ehr", "client-public", "context-ehr-patient", "sso-openid-connect",
                         "permission-patient", "permission-user", "permission-v2"],
    })))
}

/// A plain-text error page for authorization requests that cannot be sent back to the app.
fn auth_page(message: &str) -> HttpResponse {
    HttpResponse::BadRequest()
        .content_type("text/plain; charset=utf-8")
        .body(format!("Demo EHR: {message}\n"))
}

/// `GET /demo/auth/authorize`: the demo clinician is signed in and approves; checks what a real EHR checks
/// (client, redirect URI, PKCE S256, aud, the launch) and redirects back with a code.
pub async fn authorize(
    state: web::Data<AppState>,
    query: web::Query<HashMap<String, String>>,
) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    let q = |k: &str| query.get(k).map(String::as_str).unwrap_or("");
    let redirect_uri = format!("{}/smart/callback", state.public_base_url);
    if q("client_id") != state.settings.smart.client_id {
        return Ok(auth_page("unknown client_id"));
    }
    if q("redirect_uri") != redirect_uri {
        return Ok(auth_page(
            "redirect_uri is not the one registered for this client",
        ));
    }
    let bounce = |params: &[(&str, &str)]| {
        let mut target = url::Url::parse(&redirect_uri).expect("the public base URL is a URL");
        {
            let mut pairs = target.query_pairs_mut();
            for (k, v) in params {
                pairs.append_pair(k, v);
            }
            pairs.append_pair("state", q("state"));
        }
        HttpResponse::Found()
            .insert_header((header::LOCATION, target.as_str()))
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .finish()
    };
    let refuse = |why: &str| {
        Ok(bounce(&[
            ("error", "invalid_request"),
            ("error_description", why),
        ]))
    };
    if q("response_type") != "code" {
        return refuse("response_type must be code");
    }
    if q("state").is_empty() {
        return refuse("state is required");
    }
    if q("aud") != demo.fhir_base() {
        return refuse("aud must be the demo EHR's FHIR base URL");
    }
    if q("code_challenge_method") != "S256" || q("code_challenge").len() != 43 {
        return refuse("PKCE with code_challenge_method S256 is required");
    }
    if !q("scope").split(' ').any(|s| s == "launch") {
        return refuse("the demo EHR supports EHR launches (scope launch)");
    }
    let code = random_token();
    {
        let mut g = demo.grants();
        let Some(launch) = g.launches.remove(q("launch")) else {
            drop(g);
            return refuse("the launch is unknown or expired");
        };
        if g.codes.len() >= GRANT_CAP {
            return Err(busy());
        }
        g.codes.insert(
            code.clone(),
            Grant {
                redirect_uri: redirect_uri.clone(),
                challenge: q("code_challenge").to_string(),
                scope: q("scope").to_string(),
                launch,
                expires: now() + CODE_TTL,
            },
        );
    }
    Ok(bounce(&[("code", &code)]))
}

/// `POST /demo/auth/token` (form): exchanges a code for an access token with the launch context. Every refusal
/// is an OAuth error object (RFC 6749 5.2), malformed requests included.
pub async fn token(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    let body = crate::routes::read_limited(&req, payload, 16 * 1024).await?;
    let fail = |error: &str, description: &str| {
        HttpResponse::BadRequest()
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .json(json!({ "error": error, "error_description": description }))
    };
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Ok(fail(
            "invalid_request",
            "the token request must be application/x-www-form-urlencoded",
        ));
    }
    let form: HashMap<String, String> = url::form_urlencoded::parse(&body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let f = |k: &str| form.get(k).map(String::as_str).unwrap_or("");
    if f("grant_type") != "authorization_code" {
        return Ok(fail(
            "unsupported_grant_type",
            "grant_type must be authorization_code",
        ));
    }
    if f("client_id") != state.settings.smart.client_id {
        return Ok(fail("invalid_client", "unknown client_id"));
    }
    let grant = demo.grants().codes.remove(f("code"));
    let Some(grant) = grant else {
        return Ok(fail(
            "invalid_grant",
            "the code is unknown, used or expired",
        ));
    };
    if f("redirect_uri") != grant.redirect_uri {
        return Ok(fail(
            "invalid_grant",
            "redirect_uri differs from the authorization request",
        ));
    }
    if sha256_b64(f("code_verifier")) != grant.challenge {
        return Ok(fail(
            "invalid_grant",
            "code_verifier does not match the code_challenge (PKCE S256)",
        ));
    }
    let launch = grant.launch;
    let access_token = demo.access_token(&launch.patient)?;
    let mut body = json!({
        "access_token": access_token, "token_type": "Bearer", "expires_in": TOKEN_TTL,
        "scope": grant.scope, "patient": launch.patient, "fhirContext": launch.fhir_context,
        "need_patient_banner": true,
    });
    if let Some(a) = launch.app_context {
        body["appContext"] = json!(a);
    }
    if grant.scope.split(' ').any(|s| s == "openid") {
        let t = now();
        body["id_token"] = json!(demo.sign(&json!({
            "iss": demo.fhir_base(), "sub": launch.user, "aud": state.settings.smart.client_id,
            "fhirUser": format!("{}/{}", demo.fhir_base(), launch.user), "iat": t, "exp": t + 300,
        }))?);
    }
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::PRAGMA, "no-cache"))
        .json(body))
}

use super::fhir_json;

/// `GET /demo/fhir/metadata`.
pub async fn metadata(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    demo(&state)?;
    let types = [
        "Patient",
        "Practitioner",
        "Organization",
        "Coverage",
        "Condition",
        "Procedure",
        "Observation",
        "MedicationStatement",
        "MedicationRequest",
        "ServiceRequest",
        "DeviceRequest",
        "AllergyIntolerance",
        "MedicationAdministration",
        "QuestionnaireResponse",
    ];
    let params: Vec<Value> = ["patient", "subject", "status", "code", "_id"]
        .iter()
        .map(|p| json!({ "name": p, "type": if p.starts_with('_') || *p == "status" || *p == "code" { "token" } else { "reference" } }))
        .collect();
    let resources: Vec<Value> = types
        .iter()
        .map(|t| json!({ "type": t, "interaction": [{ "code": "read" }, { "code": "search-type" }], "searchParam": params }))
        .collect();
    Ok(fhir_json(
        actix_web::http::StatusCode::OK,
        &json!({
            "resourceType": "CapabilityStatement", "status": "active", "kind": "instance",
            "date": "2026-11-28", "fhirVersion": "4.0.1", "format": ["json"],
            "software": { "name": "crd-server demo EHR" },
            "rest": [{ "mode": "server", "resource": resources }],
        }),
    ))
}

/// `GET /demo/fhir/{type}` (search) and `GET /demo/fhir/{type}/{id}` (read). The sample charts are public test
/// data; reads need no token, writes do.
pub async fn fhir_get(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    let path = req.path().strip_prefix("/demo/fhir/").unwrap_or_default();
    let target = if req.query_string().is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", req.query_string())
    };
    match demo.fhir.get(&demo.fhir_base(), &target) {
        Ok(found) => Ok(fhir_json(actix_web::http::StatusCode::OK, &found)),
        Err(fhir::SearchError(message)) if path.contains('/') => Err(ApiError::NotFound(message)),
        Err(fhir::SearchError(message)) => Err(invalid(message)),
    }
}

/// `POST /demo/fhir/QuestionnaireResponse` and `PUT /demo/fhir/QuestionnaireResponse/{id}`: the questionnaire
/// app saves the answers to the EHR (with the access token of its launch, for that patient only).
pub async fn fhir_write(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    let authorization = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let patient = demo.token_patient(authorization).ok_or_else(|| {
        ApiError::Unauthorized("a demo EHR access token is required to write".into())
    })?;
    let path = req.path().strip_prefix("/demo/fhir/").unwrap_or_default();
    let (resource_type, id) = match path.split_once('/') {
        Some((t, id)) => (t, Some(id)),
        None => (path, None),
    };
    if resource_type != "QuestionnaireResponse" {
        return Err(ApiError::bad_request(
            IssueType::BusinessRule,
            "the demo EHR stores only QuestionnaireResponses",
        ));
    }
    let body =
        crate::routes::read_body(&req, payload, state.settings.server.max_body_bytes).await?;
    let mut resource: Value = serde_json::from_slice(&body)
        .map_err(|_| ApiError::bad_request(IssueType::Structure, "the body is not JSON"))?;
    if resource["resourceType"] != resource_type {
        return Err(invalid("resourceType does not match the URL"));
    }
    if resource["subject"]["reference"].as_str() != Some(&format!("Patient/{patient}")) {
        return Err(ApiError::Forbidden(
            "the QuestionnaireResponse must be about the launched patient".into(),
        ));
    }
    let id = match id {
        Some(id) if is_fhir_id(id) => id.to_string(),
        Some(_) => return Err(invalid("not a FHIR id")),
        None => uuid::Uuid::new_v4().to_string(),
    };
    // An update may not take over another patient's QuestionnaireResponse.
    let existing = demo.fhir.read(resource_type, &id);
    if existing
        .as_ref()
        .is_some_and(|e| e["subject"] != resource["subject"])
    {
        return Err(ApiError::Forbidden(
            "that QuestionnaireResponse is about another patient".into(),
        ));
    }
    let created = existing.is_none();
    resource["id"] = json!(id);
    let stored = demo
        .fhir
        .write(resource)
        .map_err(|e| ApiError::bad_request(IssueType::TooLong, e.0))?;
    let status = if created {
        actix_web::http::StatusCode::CREATED
    } else {
        actix_web::http::StatusCode::OK
    };
    let mut resp = fhir_json(status, &stored);
    if let Ok(v) =
        header::HeaderValue::from_str(&format!("{}/QuestionnaireResponse/{id}", demo.fhir_base()))
    {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    Ok(resp)
}

/// The demo page: its own scripts and styles only.
pub fn html_response(body: String) -> HttpResponse {
    super::html_page(
        actix_web::http::StatusCode::OK,
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; \
         form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        body,
    )
}
