//! The one application error type and its mapping to HTTP status + OperationOutcome body.
//!
//! Owns: what a client sees when a request fails. Client errors say exactly what is wrong; internal errors
//! are opaque to the client (a request id only) and detailed in the log.

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
    pub fn code(self) -> &'static str {
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

    /// The HTTP status of the error.
    pub fn status(&self) -> u16 {
        match self {
            ApiError::BadRequest { .. } => 400,
            ApiError::NotFound(_) => 404,
            ApiError::Unauthorized(_) => 401,
            ApiError::Forbidden(_) => 403,
            ApiError::PayloadTooLarge(_) => 413,
            ApiError::UnsupportedMediaType(_) => 415,
            ApiError::PreconditionFailed(_) => 412,
            ApiError::Internal(_) => 500,
        }
    }

    /// The OperationOutcome issue type of the error.
    pub fn issue(&self) -> IssueType {
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
