//! Re-exported error types from `serde_json`.

#[doc(no_inline)]
pub use serde_json::error::*;
