//! The app's static files, compiled into the binary so `crd-server serve` needs nothing beside it.
//!
//! LHC-Forms (npm `lforms`, the NLM's SDC renderer) is vendored in `web/vendor/lforms-{version}/` from the npm
//! package by `scripts/vendor-lforms.sh`; a test checks the files equal the package's (`tests/browser/`).

use actix_web::http::header;
use actix_web::{web, HttpResponse};

use crate::error::ApiError;
use crate::startup::AppState;

/// The LHC-Forms version vendored (its directory under `/smart/static/`).
pub const LFORMS_VERSION: &str = "40.1.3";

/// The app page; `<!--HANDOFF-->` is replaced by the callback's token hand-off block.
pub const APP_HTML: &str = include_str!("../../web/smart/app.html");

/// (path under /smart/static/, content type, body, immutable?)
const FILES: &[(&str, &str, &[u8], bool)] = &[
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../web/smart/app.js"),
        false,
    ),
    (
        "app.css",
        "text/css; charset=utf-8",
        include_bytes!("../../web/smart/app.css"),
        false,
    ),
    (
        "lforms-40.1.3/zone.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../web/vendor/lforms-40.1.3/zone.min.js"),
        true,
    ),
    (
        "lforms-40.1.3/lhc-forms.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../web/vendor/lforms-40.1.3/lhc-forms.js"),
        true,
    ),
    (
        "lforms-40.1.3/lformsFHIR.min.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../../web/vendor/lforms-40.1.3/lformsFHIR.min.js"),
        true,
    ),
    (
        "lforms-40.1.3/styles.css",
        "text/css; charset=utf-8",
        include_bytes!("../../web/vendor/lforms-40.1.3/styles.css"),
        true,
    ),
];

/// `GET /smart/static/{path}`.
pub async fn file(
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    if !state.settings.smart.enabled {
        return Err(ApiError::NotFound(
            "the questionnaire app is turned off".into(),
        ));
    }
    let (_, content_type, body, immutable) = FILES
        .iter()
        .find(|(name, ..)| *name == path.as_str())
        .ok_or_else(|| ApiError::NotFound("no such file".into()))?;
    Ok(HttpResponse::Ok()
        .insert_header((
            header::CACHE_CONTROL,
            if *immutable {
                "public, max-age=31536000, immutable"
            } else {
                "public, max-age=300"
            },
        ))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .content_type(*content_type)
        .body(*body))
}
