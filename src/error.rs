//! The one application error type and its mapping to HTTP status + OperationOutcome body.
//!
//! Owns: what a client sees when a request fails. Client errors say exactly what is wrong; internal errors
//! are opaque to the client (a request id only) and detailed in the log.

use actix_web::http::header::ContentType;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde_json::json;

/// FHIR `IssueType` codes used in our OperationOutcomes.
#[derive(Debug, Clone, Copy)]
pub enum IssueType {
    Invalid,
    Structure,
    Required,
    Value,
    NotFound,
    TooLong,
    BusinessRule,
    Security,
    Exception,
}

impl IssueType {
    fn code(self) -> &'static str {
        match self {
            IssueType::Invalid => "invalid",
            IssueType::Structure => "structure",
            IssueType::Required => "required",
            IssueType::Value => "value",
            IssueType::NotFound => "not-found",
            IssueType::TooLong => "too-long",
            IssueType::BusinessRule => "business-rule",
            IssueType::Security => "security",
            IssueType::Exception => "exception",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{message}")]
    BadRequest { issue: IssueType, message: String },
    #[error("{0}")]
    NotFound(String),
    /// The caller is not authenticated (CDS Hooks JWT): 401 with `WWW-Authenticate`.
    #[error("{0}")]
    Unauthorized(String),
    /// Authenticated, but not allowed this (e.g. another patient than the SMART session's).
    #[error("{0}")]
    Forbidden(String),
    #[error("request body larger than {0} bytes")]
    PayloadTooLarge(usize),
    #[error("{0}")]
    UnsupportedMediaType(String),
    /// CDS Hooks: the service could not get data it needs, neither from prefetch nor from `fhirServer`.
    #[error("{0}")]
    PreconditionFailed(String),
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

impl ApiError {
    pub fn bad_request(issue: IssueType, message: impl Into<String>) -> ApiError {
        ApiError::BadRequest {
            issue,
            message: message.into(),
        }
    }

    /// A label for logs and metrics that never quotes the request.
    pub fn kind(&self) -> &'static str {
        match self {
            ApiError::BadRequest { issue, .. } => issue.code(),
            ApiError::NotFound(_) => "not-found",
            ApiError::Unauthorized(_) => "unauthorized",
            ApiError::Forbidden(_) => "forbidden",
            ApiError::PayloadTooLarge(_) => "too-large",
            ApiError::UnsupportedMediaType(_) => "unsupported-media-type",
            ApiError::PreconditionFailed(_) => "precondition-failed",
            ApiError::Internal(_) => "internal",
        }
    }

    fn issue(&self) -> IssueType {
        match self {
            ApiError::BadRequest { issue, .. } => *issue,
            ApiError::NotFound(_) => IssueType::NotFound,
            ApiError::Unauthorized(_) | ApiError::Forbidden(_) => IssueType::Security,
            ApiError::PayloadTooLarge(_) => IssueType::TooLong,
            ApiError::UnsupportedMediaType(_) => IssueType::Structure,
            ApiError::PreconditionFailed(_) => IssueType::Required,
            ApiError::Internal(_) => IssueType::Exception,
        }
    }
}

/// An OperationOutcome with one error issue.
pub fn operation_outcome(issue: &str, diagnostics: &str) -> serde_json::Value {
    json!({
        "resourceType": "OperationOutcome",
        "issue": [{ "severity": "error", "code": issue, "diagnostics": diagnostics }]
    })
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) => StatusCode::FORBIDDEN,
            ApiError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::PreconditionFailed(_) => StatusCode::PRECONDITION_FAILED,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let diagnostics = match self {
            ApiError::Internal(e) => {
                // Detailed in the log (no PHI reaches error chains: they are built from ids and codes).
                tracing::error!(error = %format!("{e:#}"), "internal error");
                "internal error; the request id in the x-request-id header identifies it in the server log".to_string()
            }
            other => other.to_string(),
        };
        let mut response = HttpResponse::build(self.status_code());
        if let ApiError::Unauthorized(why) = self {
            // RFC 6750; the description is ours, never the token's content.
            let why: String = why
                .chars()
                .filter(|c| *c != '"' && !c.is_control())
                .collect();
            response.insert_header((
                "WWW-Authenticate",
                format!(
                    r#"Bearer realm="crd-server", error="invalid_token", error_description="{why}""#
                ),
            ));
        }
        response
            .insert_header(ContentType(
                "application/fhir+json".parse().expect("static media type"),
            ))
            .json(operation_outcome(self.issue().code(), &diagnostics))
    }
}
