//! Serving the static files compiled into the binary (the questionnaire app's, the demo EHR's).

use actix_web::http::header;
use actix_web::HttpResponse;

use crate::error::ApiError;
use crate::html::StaticFile;

/// The file `name` of `files`, with its content type and caching, never sniffed; 404 for any other name.
pub fn serve(files: &[StaticFile], name: &str) -> Result<HttpResponse, ApiError> {
    let file = files
        .iter()
        .find(|f| f.path == name)
        .ok_or_else(|| ApiError::NotFound("no such file".into()))?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, file.cache_control))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .content_type(file.content_type)
        .body(file.body))
}
