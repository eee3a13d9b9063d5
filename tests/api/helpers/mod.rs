//! What the integration tests share, by concern; everything is re-exported here, so tests import it as
//! `crate::helpers::{...}` whichever file it lives in.
//!
//! - `app`: `TestApp`, `spawn_app*`, and the HTTP helpers on it (`hook_request` is the one hook poster);
//! - `jwt`: the test EHR's issuer, keys and JWTs;
//! - `logs`: the captured server log of the run and the secrets it must not contain (`tests/log_scan.rs`);
//! - `fixtures`: sample charts and requests, and the real FHIR server that holds them;
//! - `mock_ehr`: a wiremock EHR FHIR server for fault injection;
//! - `node`: the Node.js scripts of the harness.

mod app;
mod fixtures;
mod jwt;
mod logs;
mod mock_ehr;
mod node;

pub use app::*;
pub use fixtures::*;
pub use jwt::*;
pub use logs::*;
pub use mock_ehr::*;
pub use node::*;
