//! Reading request bodies within their configured limits (413 OperationOutcome past them).

use actix_web::web::BytesMut;
use actix_web::{web, HttpRequest};
use futures::StreamExt;

use crate::error::{ApiError, IssueType};

/// A JSON body (CDS Hooks, FHIR), up to `limit` bytes; another content type is a 415.
pub(crate) async fn read_body(
    req: &HttpRequest,
    payload: web::Payload,
    limit: usize,
) -> Result<BytesMut, ApiError> {
    if let Some(ct) = req.headers().get(actix_web::http::header::CONTENT_TYPE) {
        let ct = ct.to_str().unwrap_or_default().to_ascii_lowercase();
        if !(ct.starts_with("application/json") || ct.starts_with("application/fhir+json")) {
            return Err(ApiError::UnsupportedMediaType(
                "CDS Hooks requests are JSON: send Content-Type application/json".into(),
            ));
        }
    }
    read_limited(req, payload, limit).await
}

/// The body, whatever its type, up to `limit` bytes (413 OperationOutcome past it).
pub(crate) async fn read_limited(
    req: &HttpRequest,
    mut payload: web::Payload,
    limit: usize,
) -> Result<BytesMut, ApiError> {
    let declared = req
        .headers()
        .get(actix_web::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(ApiError::PayloadTooLarge(limit));
    }
    let mut body = BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| {
            ApiError::bad_request(IssueType::Structure, "the request body could not be read")
        })?;
        if body.len() + chunk.len() > limit {
            return Err(ApiError::PayloadTooLarge(limit));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}
