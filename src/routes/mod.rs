//! HTTP routes: discovery, the hook services, health, metrics, and the policy documents cards link to.
//!
//! Owns: URL layout, body limits, request ids on every response, and turning handler results into HTTP.
//! The work itself is in `hooks`, `crd` and `policy`.

mod assets;
pub mod auth;
mod backend;
pub mod body;
mod demo;
mod discovery;
mod error;
mod explorer;
mod feedback;
mod fhir;
mod health;
mod policies;
mod services;
mod smart;

pub(crate) use body::{read_body, read_limited};

use actix_web::dev::Service as _;
use actix_web::http::header::{HeaderName, HeaderValue};
use actix_web::{web, HttpMessage, HttpResponse};
use futures::FutureExt;

use crate::error::ApiError;

/// CORS for browser-based CDS clients (CDS Hooks 2.0, "Cross-Origin Resource Sharing"), on the CDS Hooks
/// endpoints only: discovery and the services. Every hook call carries its own signed JWT and no cookie, so no
/// credentials are allowed and `*` (any origin) is safe there; the cookie-bearing SMART app and demo get no CORS.
fn cds_cors(origins: &[String]) -> actix_cors::Cors {
    let cors = actix_cors::Cors::default()
        .allowed_methods(["GET", "POST"])
        .allowed_headers([
            actix_web::http::header::AUTHORIZATION,
            actix_web::http::header::CONTENT_TYPE,
            actix_web::http::header::ACCEPT,
        ])
        .expose_headers([HeaderName::from_static("x-request-id")])
        .max_age(600);
    if origins.iter().any(|o| o == "*") {
        cors.allow_any_origin()
    } else {
        origins
            .iter()
            .fold(cors, |cors, origin| cors.allowed_origin(origin))
    }
}

pub fn configure(cfg: &mut web::ServiceConfig, cors_origins: &[String]) {
    cfg.service(
        web::scope("")
            .wrap_fn(|req, srv| {
                let id = req
                    .extensions()
                    .get::<tracing_actix_web::RequestId>()
                    .map(|id| id.to_string());
                srv.call(req).map(move |res| {
                    res.map(|mut res| {
                        let headers = res.headers_mut();
                        if let Some(id) = id.and_then(|i| HeaderValue::from_str(&i).ok()) {
                            headers.insert(HeaderName::from_static("x-request-id"), id);
                        }
                        // Every answer: its content type is what it says (no sniffing into script or HTML).
                        headers.insert(
                            HeaderName::from_static("x-content-type-options"),
                            HeaderValue::from_static("nosniff"),
                        );
                        res
                    })
                })
            })
            .route("/health", web::get().to(health::health))
            .route("/metrics", web::get().to(health::metrics))
            .service(
                web::resource("/cds-services")
                    .wrap(cds_cors(cors_origins))
                    .route(web::get().to(discovery::discovery))
                    .default_service(web::to(method_not_allowed)),
            )
            .service(
                web::resource("/cds-services/{id}")
                    .wrap(cds_cors(cors_origins))
                    .route(web::post().to(services::call_service))
                    .default_service(web::to(method_not_allowed)),
            )
            .service(
                web::resource("/cds-services/{id}/feedback")
                    .wrap(cds_cors(cors_origins))
                    .route(web::post().to(feedback::feedback))
                    .default_service(web::to(method_not_allowed)),
            )
            .route("/explain/{id}", web::post().to(services::explain_service))
            .route(
                "/coverage-assertions/{id}",
                web::get().to(services::assertion),
            )
            .route("/policies", web::get().to(policies::list))
            .route("/policies/{id}", web::get().to(policies::show))
            .route("/policies/{id}/source", web::get().to(policies::source))
            .configure(fhir::configure)
            .route("/auth/token", web::post().to(backend::token))
            .route(
                "/dtr/questionnaire-errors",
                web::get().to(fhir::list_questionnaire_errors),
            )
            .route("/smart/launch", web::get().to(smart::launch))
            .route("/smart/callback", web::get().to(smart::callback))
            .route("/smart/app", web::get().to(smart::app))
            .route("/smart/api/session", web::get().to(smart::session))
            .route("/smart/api/decisions", web::get().to(smart::decisions))
            .route(
                "/smart/api/questionnaire-package",
                web::post().to(smart::questionnaire_package),
            )
            .route(
                "/smart/api/QuestionnaireResponse",
                web::post().to(smart::submit),
            )
            .route("/smart/static/{path:.*}", web::get().to(smart::asset))
            .route("/demo", web::get().to(demo::page))
            .route("/demo/static/{file}", web::get().to(demo::asset))
            .route("/demo/.well-known/jwks.json", web::get().to(demo::jwks))
            .route("/demo/api/samples", web::get().to(demo::samples))
            .route("/demo/api/prepare", web::post().to(demo::prepare))
            .route("/demo/api/launch", web::post().to(demo::launch))
            .route("/demo/auth/authorize", web::get().to(demo::authorize))
            .route("/demo/auth/token", web::post().to(demo::token))
            .route(
                "/demo/fhir/.well-known/smart-configuration",
                web::get().to(demo::smart_configuration),
            )
            .route("/demo/fhir/metadata", web::get().to(demo::metadata))
            .service(
                web::resource(["/demo/fhir/{type}", "/demo/fhir/{type}/{id}"])
                    .route(web::get().to(demo::fhir_get))
                    .route(web::post().to(demo::fhir_write))
                    .route(web::put().to(demo::fhir_write))
                    .default_service(web::to(method_not_allowed)),
            )
            .default_service(web::to(not_found)),
    );
}

/// A server-rendered page for a person (the explorer, the demo EHR, the questionnaire app and its notices): never
/// cached, never content-sniffed, no referrer, and the page's own Content-Security-Policy.
pub(crate) fn html_page(
    status: actix_web::http::StatusCode,
    csp: &str,
    body: String,
) -> HttpResponse {
    use actix_web::http::header;
    HttpResponse::build(status)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((header::REFERRER_POLICY, "no-referrer"))
        .insert_header((header::CONTENT_SECURITY_POLICY, csp))
        .content_type("text/html; charset=utf-8")
        .body(body)
}

/// A FHIR resource as the answer (`application/fhir+json`), never cached: it may be about a patient.
pub(crate) fn fhir_json(
    status: actix_web::http::StatusCode,
    body: &serde_json::Value,
) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .content_type("application/fhir+json")
        .json(body)
}

async fn not_found() -> Result<HttpResponse, ApiError> {
    Err(ApiError::NotFound("no such endpoint".into()))
}

async fn method_not_allowed() -> HttpResponse {
    HttpResponse::MethodNotAllowed()
        .content_type("application/fhir+json")
        .json(crate::error::operation_outcome(
            "not-supported",
            "method not allowed on this endpoint",
        ))
}
