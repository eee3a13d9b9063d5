//! Logging setup: structured `tracing` output (JSON by default).
//!
//! Owns: the subscriber. What may be logged is decided at each call site: request ids, hook and service ids,
//! payer ids, outcome codes and timings, never tokens or patient data.

use tracing_subscriber::{fmt, EnvFilter};

pub fn init(format: &str, level: &str) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(level));
    let builder = fmt().with_env_filter(filter).with_target(false);
    if pretty(format, std::io::IsTerminal::is_terminal(&std::io::stdout())) {
        // A second init (tests) keeps the first subscriber.
        let _ = builder.try_init();
    } else {
        let _ = builder
            .json()
            .flatten_event(true)
            .with_current_span(false)
            .try_init();
    }
}

/// Human-readable lines: asked for (`pretty`), or `auto` on a terminal; `json` always wins.
pub fn pretty(format: &str, terminal: bool) -> bool {
    match format {
        "pretty" => true,
        "auto" => terminal,
        _ => false,
    }
}

/// JSON logs at `level` into `writer`, with the current span's fields (the test suite captures its whole run
/// this way and scans it for tokens and patient data).
pub fn init_json_to<W>(level: &str, writer: W)
where
    W: for<'a> fmt::MakeWriter<'a> + Send + Sync + 'static,
{
    let _ = fmt()
        .with_env_filter(EnvFilter::new(level))
        .with_target(true)
        .json()
        .flatten_event(true)
        .with_current_span(true)
        .with_writer(writer)
        .try_init();
}

/// Panics are contained (fhirbolt panics on some invalid input; actix isolates a handler's panic): log one line
/// with the location, never the payload (which could quote input), and capture no backtrace (symbolizing one
/// per hostile request would be a denial of service when `RUST_BACKTRACE` is set).
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let location = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        tracing::error!(%location, "panic contained");
    }));
}

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use tracing::Span;
use tracing_actix_web::RootSpanBuilder;

/// The HTTP request span, recording the status only: the default builder logs error messages, and ours can
/// quote the client's input (which may hold patient data). `http.target` is the path without the query string:
/// queries carry secrets (the SMART callback's `code` and `state`) and search values.
pub struct CrdRootSpan;

impl RootSpanBuilder for CrdRootSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        use actix_web::HttpMessage;
        use tracing::field::Empty;
        let span = tracing::info_span!(
            "HTTP request",
            http.method = %request.method(),
            http.route = Empty,
            http.flavor = ?request.version(),
            http.scheme = Empty,
            http.host = Empty,
            http.client_ip = Empty,
            http.user_agent = Empty,
            http.target = %request.path(),
            http.status_code = Empty,
            otel.name = Empty,
            otel.kind = "server",
            request_id = Empty,
        );
        // The rest only for a span that is recorded (not at a `warn` log level): matching the route alone is a
        // regular-expression search per request (issue #18).
        if span.is_disabled() {
            return span;
        }
        let route = request.match_pattern().unwrap_or_default();
        span.record("http.route", route.as_str());
        span.record(
            "otel.name",
            format!("{} {}", request.method(), route).as_str(),
        );
        let connection = request.connection_info();
        span.record("http.scheme", connection.scheme());
        span.record("http.host", connection.host());
        span.record(
            "http.client_ip",
            connection.realip_remote_addr().unwrap_or(""),
        );
        drop(connection);
        let user_agent = request
            .headers()
            .get(actix_web::http::header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        span.record("http.user_agent", user_agent);
        if let Some(id) = request.extensions().get::<tracing_actix_web::RequestId>() {
            span.record("request_id", id.to_string().as_str());
        }
        span
    }

    fn on_request_end<B: MessageBody>(
        span: Span,
        outcome: &Result<ServiceResponse<B>, actix_web::Error>,
    ) {
        let status = match outcome {
            Ok(response) => response.response().status(),
            Err(error) => error.as_response_error().status_code(),
        };
        span.record("http.status_code", status.as_u16());
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_log_format_follows_the_setting_then_the_terminal() {
        assert!(super::pretty("auto", true));
        assert!(!super::pretty("auto", false));
        assert!(super::pretty("pretty", false));
        assert!(!super::pretty("json", true));
    }
}
