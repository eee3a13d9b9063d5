//! Authentication of EHR calls, for the handlers: a function and an extractor over `auth::Authenticator`.

use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};
use futures::future::LocalBoxFuture;

use crate::error::ApiError;
use crate::hooks::Tenant;
use crate::state::AppState;

/// Lets the call in when its JWT is a trusted client's for exactly this endpoint (or auth is off); returns the
/// tenant the call acts for.
pub async fn authenticate(state: &AppState, req: &HttpRequest) -> Result<Tenant, ApiError> {
    let Some(auth) = &state.auth else {
        return Ok(Tenant::local());
    };
    let header = req
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    // A JWT has dots; a SMART Backend Services access token (ours, opaque) has none.
    if let Some(token) = header
        .and_then(|h| {
            h.strip_prefix("Bearer ")
                .or_else(|| h.strip_prefix("bearer "))
        })
        .map(str::trim)
        .filter(|t| !t.is_empty() && !t.contains('.'))
    {
        return backend_caller(state, req, token).await;
    }
    let audience = format!("{}{}", state.public_base_url, req.path());
    let verified = auth
        .verify(header, &audience)
        .await
        .map_err(|e| ApiError::Unauthorized(e.to_string()))?;
    // The demo EHR's key (made by this process for its own page) signs hook calls only.
    if is_demo(state, &verified.iss) && !req.path().starts_with("/cds-services/") {
        return Err(ApiError::Unauthorized(
            "the demo EHR's key is trusted for hook calls only".into(),
        ));
    }
    let mut tenant = state.tenant(&verified.iss);
    tenant.body_sha256 = verified.body_sha256;
    Ok(tenant)
}

/// The scope a SMART Backend Services token needs for a payer endpoint: (resource type, permission). `None`: the
/// endpoint is not one a DTR client calls with such a token.
fn required_scope(method: &actix_web::http::Method, path: &str) -> Option<(&'static str, char)> {
    let post = method == actix_web::http::Method::POST;
    match path {
        "/fhir/Questionnaire/$questionnaire-package"
        | "/fhir/$questionnaire-package"
        | "/fhir/Questionnaire/$next-question"
        | "/fhir/Questionnaire/$log-questionnaire-errors"
            if post =>
        {
            Some(("Questionnaire", 'r'))
        }
        "/fhir/QuestionnaireResponse" if post => Some(("QuestionnaireResponse", 'c')),
        _ => None,
    }
}

/// A call with a SMART Backend Services access token: the tenant its client acts for, if the token is live and
/// its scopes allow this endpoint.
async fn backend_caller(
    state: &AppState,
    req: &HttpRequest,
    token: &str,
) -> Result<Tenant, ApiError> {
    let backend = state
        .backend
        .as_ref()
        .ok_or_else(|| ApiError::Unauthorized("access tokens are not accepted here".into()))?;
    let grant = backend
        .grant(token)
        .await
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("reading an access token: {e}")))?
        .ok_or_else(|| {
            ApiError::Unauthorized("the access token is not known or has expired".into())
        })?;
    let Some((resource, permission)) = required_scope(req.method(), req.path()) else {
        return Err(ApiError::Unauthorized(
            "a SMART Backend Services token opens the DTR payer endpoints only".into(),
        ));
    };
    if !grant.allows(resource, permission) {
        return Err(ApiError::Forbidden(format!(
            "the access token's scopes do not allow this: it needs system/{resource}.{permission}"
        )));
    }
    let mut tenant = state.tenant(&grant.tenant);
    tenant.body_sha256 = None;
    Ok(tenant)
}

fn is_demo(state: &AppState, iss: &str) -> bool {
    state.demo.as_ref().is_some_and(|d| d.issuer() == iss)
}

/// A demo EHR token signs exactly the request the demo prepared (its body's hash is a claim): any other body is
/// refused, so whoever can open `/demo` cannot have the demo key sign a request of their own.
pub fn check_body_binding(state: &AppState, tenant: &Tenant, body: &[u8]) -> Result<(), ApiError> {
    if !is_demo(state, &tenant.id) {
        return Ok(());
    }
    match (&tenant.body_sha256, crate::util::body_sha256(body)) {
        (Some(bound), Some(actual)) if *bound == actual => Ok(()),
        _ => Err(ApiError::Unauthorized(
            "the demo EHR's token was made for another request body".into(),
        )),
    }
}

/// The authenticated caller, as a handler argument: extracted (and so checked) before the body is read.
pub struct Caller {
    pub tenant: Tenant,
}

impl FromRequest for Caller {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Caller, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let state = req
                .app_data::<web::Data<AppState>>()
                .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("application state missing")))?;
            let tenant = authenticate(state, &req).await?;
            Ok(Caller { tenant })
        })
    }
}
