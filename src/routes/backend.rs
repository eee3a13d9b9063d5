//! SMART Backend Services endpoints for DTR clients (DTR 2.2 spec-120): the token endpoint (`POST /auth/token`)
//! and the SMART configuration at the payer FHIR base (`GET /fhir/.well-known/smart-configuration`).
//! The work is in `crate::backend`.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::json;

use super::body::read_limited;
use crate::backend::SUPPORTED_SCOPES;
use crate::state::AppState;

fn oauth_error(status: u16, error: &str, description: &str) -> HttpResponse {
    let status = actix_web::http::StatusCode::from_u16(status)
        .unwrap_or(actix_web::http::StatusCode::BAD_REQUEST);
    HttpResponse::build(status)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::PRAGMA, "no-cache"))
        .json(json!({ "error": error, "error_description": description }))
}

/// `POST /auth/token` (RFC 6749 §4.4 with an RFC 7523 client assertion): errors are OAuth error JSON
/// (`invalid_request`, `unsupported_grant_type`, `invalid_scope`: 400; `invalid_client`: 401).
pub async fn token(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> HttpResponse {
    let Some(backend) = &state.backend else {
        return oauth_error(
            400,
            "invalid_request",
            "authentication is off on this server",
        );
    };
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.to_ascii_lowercase()
                .starts_with("application/x-www-form-urlencoded")
        });
    if !is_form {
        return oauth_error(
            400,
            "invalid_request",
            "the token request must be application/x-www-form-urlencoded",
        );
    }
    let body = match read_limited(&req, payload, state.settings.server.max_body_bytes).await {
        Ok(b) => b,
        Err(_) => return oauth_error(400, "invalid_request", "the request body is too large"),
    };
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let token_url = format!("{}/auth/token", state.public_base_url);
    match backend.token(&form, &token_url).await {
        Ok((token, expires_in, scope)) => {
            tracing::info!(scope = %scope, "backend access token issued");
            HttpResponse::Ok()
                .insert_header((header::CACHE_CONTROL, "no-store"))
                .insert_header((header::PRAGMA, "no-cache"))
                .json(json!({
                    "access_token": token,
                    "token_type": "bearer",
                    "expires_in": expires_in,
                    "scope": scope,
                }))
        }
        Err(e) => {
            tracing::info!(error = e.error, "backend token refused");
            oauth_error(e.status, e.error, &e.description)
        }
    }
}

/// `GET /fhir/.well-known/smart-configuration`: where and how a DTR client gets a token.
pub async fn smart_configuration(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok().json(json!({
        "token_endpoint": format!("{}/auth/token", state.public_base_url),
        "grant_types_supported": ["client_credentials"],
        "token_endpoint_auth_methods_supported": ["private_key_jwt"],
        "token_endpoint_auth_signing_alg_values_supported": ["ES384", "RS384"],
        "scopes_supported": SUPPORTED_SCOPES,
        "capabilities": ["client-confidential-asymmetric", "permission-v2", "permission-v1"],
    }))
}
