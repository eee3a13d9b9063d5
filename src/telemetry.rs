//! Logging setup: structured `tracing` output (JSON by default).
//!
//! Owns: the subscriber. What may be logged is decided at each call site: request ids, hook and service ids,
//! payer ids, outcome codes and timings, never tokens or patient data.

use tracing_subscriber::{fmt, EnvFilter};

pub fn init(format: &str, level: &str) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(level));
    let builder = fmt().with_env_filter(filter).with_target(false);
    let result = if format == "pretty" {
        builder.try_init()
    } else {
        builder
            .json()
            .flatten_event(true)
            .with_current_span(true)
            .try_init()
    };
    // A second init (tests) keeps the first subscriber.
    let _ = result;
}
