//! crd-server: a Da Vinci Coverage Requirements Discovery server for implantable infusion pump orders.
//!
//! The path of one request: `routes` → `hooks` (parse, gather facts via `fhir`) → `policy` (pure decision) →
//! `crd` (response). See ARCHITECTURE in the README.

pub mod auth;
pub mod backend;
pub mod config;
pub mod crd;
pub mod demo;
pub mod dtr;
pub mod error;
pub mod explain;
pub mod fhir;
pub mod hooks;
pub mod html;
pub mod metrics;
pub mod policy;
pub mod policy_files;
pub mod routes;
pub mod smart;
pub mod startup;
pub mod state;
pub mod store;
pub mod telemetry;
pub mod util;

/// The identifier system that names a payer on its Organization (wire contract).
pub const PAYER_ID_SYSTEM: &str = "https://crd.example.org/payer-id";
