//! The policy engine: payer medical policies as data, evaluated purely.
//!
//! Owns: the policy file format ([`model`]), code lists ([`codes`]), the evidence it reads ([`facts`]) and the
//! three-valued evaluator ([`eval`]). Must not touch actix, reqwest, the database or the clock: everything it
//! needs is passed in, so a decision is a function of (policy, chart, order).

pub mod cases;
pub mod codes;
pub mod eval;
pub mod facts;
pub mod model;
pub mod text;

pub use eval::{evaluate, CoverageDecision, Finding, OpenItem, Outcome, Truth};
pub use facts::{Availability, Category, Chart, OrderFacts};
pub use model::{CompiledPolicy, PolicyError, PolicySet};
