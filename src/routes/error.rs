//! Errors as HTTP: every `ApiError` becomes an OperationOutcome (`application/fhir+json`) with its status; an
//! internal error is logged in full and answered with the request id only.

use actix_web::http::header::ContentType;
use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

use crate::error::{operation_outcome, ApiError};

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
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
