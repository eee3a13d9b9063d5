//! Integration tests: one binary, every test speaks HTTP to a server started on port 0.
//!
//! The real FHIR server (the local one `.ci/run` and `scripts/test.sh` start, or any at `FHIR_BASE_URL`) holds the
//! sample charts; wiremock stands in for an EHR FHIR server only where a fault must be injected.

mod auth;
mod bounds;
mod conformance;
mod crd_rules;
mod demo;
mod discovery;
mod dispatch;
mod dtr;
mod dtr_payer;
mod errors;
mod explain;
mod explorer;
mod feedback;
mod fhir_faults;
mod helpers;
mod hot_path;
mod observability;
mod open_world;
mod order_sign;
mod package;
mod payers;
mod peers;
mod postgres;
mod prefetch_parity;
mod smart;
mod tenants;
