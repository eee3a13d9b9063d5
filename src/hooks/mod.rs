//! One CDS Hooks call, start to finish: validate, pick the orders, gather facts, identify the payer, decide,
//! and hand the decisions to `crd` for the response.
//!
//! Owns: the order of those steps and the protocol errors between them (400 / 412). Must not build response
//! JSON (that is `crd`) nor decide coverage (that is `policy`).

mod chart;

pub mod gather;
mod payer;
pub mod request;
pub mod resolve;

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use anyhow::Context;
use chrono::NaiveDate;
use futures::future::join_all;
use serde_json::{json, Value};

use crate::crd::{self, DecidedOrder, ResponseInput};
use crate::error::{ApiError, IssueType};
use crate::fhir::client::FhirClient;
use crate::fhir::facts::{self, order_resource, OrderResource};
use crate::fhir::{parse_resource, relative_reference};
use crate::metrics::Metrics;
use crate::policy::facts::{AnswerFact, Category, Chart};
use crate::policy::PolicySet;
use crate::policy::{evaluate, CompiledPolicy, Outcome};
use crate::store::AssertionRecord;
use crate::store::{PreviousAssertion, Store};
use gather::{FhirAccess, Gathered};
use request::{CrdConfiguration, CrdVersion, HookRequest};
use std::sync::Arc;

/// The discovery document, compiled in so the binary serves it from anywhere.
pub const SERVICES_JSON: &str = include_str!("../../cds-hooks/services.json");

/// The suffix of the service ids that answer CRD STU 2.0.1 by default: for clients that predate
/// `davinci-crd.requestedVersion` (2.0.1 has no version extension, and 2.2's `davinci-crd.version` pattern,
/// `^[1-9]\d*\.[1-9]\d*$`, cannot express "2.0", so these services declare no version).
pub const V2_0_SUFFIX: &str = "-v2.0";

/// Parses the discovery document into the services the router dispatches to, and adds a `-v2.0` twin of every
/// service (same hook and prefetch, 2.0.1 by default) to the document and the services.
pub fn load_services() -> anyhow::Result<(serde_json::Value, Vec<ServiceDef>)> {
    let mut discovery: serde_json::Value =
        serde_json::from_str(SERVICES_JSON).context("cds-hooks/services.json")?;
    let declared = discovery["services"]
        .as_array()
        .context("services.json: services must be an array")?
        .clone();
    let mut listed = Vec::new();
    let mut services = Vec::new();
    for s in &declared {
        let def = ServiceDef {
            id: s["id"].as_str().context("service id")?.to_string(),
            hook: s["hook"].as_str().context("service hook")?.to_string(),
            prefetch: serde_json::from_value(s["prefetch"].clone()).unwrap_or_default(),
            version: CrdVersion::V2_2,
        };
        let mut twin = s.clone();
        twin["id"] = json!(format!("{}{V2_0_SUFFIX}", def.id));
        twin["title"] = json!(format!(
            "{} (CRD STU 2.0.1)",
            s["title"].as_str().unwrap_or_default()
        ));
        if let Some(ext) = twin.get_mut("extension").and_then(Value::as_object_mut) {
            ext.remove("davinci-crd.version");
        }
        listed.push(s.clone());
        listed.push(twin);
        services.push(ServiceDef {
            id: format!("{}{V2_0_SUFFIX}", def.id),
            version: CrdVersion::V2_0,
            ..def.clone()
        });
        services.push(def);
    }
    discovery["services"] = Value::Array(listed);
    Ok((discovery, services))
}

/// A service of the discovery document.
#[derive(Debug, Clone)]
pub struct ServiceDef {
    pub id: String,
    pub hook: String,
    pub prefetch: BTreeMap<String, String>,
    /// The CRD version of an answer to a request that names none.
    pub version: CrdVersion,
}

impl ServiceDef {
    /// The hooks for which CRD requires a coverage-information systemAction.
    pub fn is_primary(&self) -> bool {
        matches!(
            self.hook.as_str(),
            "order-sign" | "order-dispatch" | "appointment-book"
        )
    }
}

/// What a hook decision needs, and nothing else: the policies, the client of the EHRs' FHIR servers, the store of
/// assertions and submitted answers, metrics, and the limits and links of an answer. Built once by the
/// application (`state.rs`), and by `crd-server explain`, the benches and tests on their own.
#[derive(Clone)]
pub struct Engine {
    pub policies: Arc<PolicySet>,
    pub fhir: FhirClient,
    pub store: Store,
    pub metrics: Metrics,
    pub limits: Limits,
}

impl Engine {
    /// An engine that reads no FHIR server (the allowlist is empty) and keeps what it decides in an in-memory
    /// store: `crd-server explain`, the benches. Needs a Tokio runtime (the store's writer task).
    pub async fn offline(policies: PolicySet, limits: Limits) -> anyhow::Result<Engine> {
        let metrics = Metrics::new();
        let fhir = FhirClient::new(
            crate::fhir::client::Allowlist::default(),
            limits.fhir_budget,
            1,
            metrics.clone(),
        );
        Ok(Engine {
            policies: Arc::new(policies),
            fhir,
            store: Store::connect("sqlite::memory:", 1).await?,
            metrics,
            limits,
        })
    }
}

/// Who is calling (issue #15): the tenant every row it causes to be stored belongs to and every read is filtered
/// by (the trusted client's JWT `iss`; `local` with authentication off), and the FHIR servers it may name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tenant {
    pub id: String,
    /// The `fhirServer` base URLs this tenant may send; empty: any on the allowlist.
    pub fhir_servers: Vec<String>,
    /// The request body this call's token was bound to, when it was (the demo EHR's tokens).
    pub body_sha256: Option<String>,
}

impl Tenant {
    /// The one tenant of a server without authentication.
    pub fn local() -> Tenant {
        Tenant {
            id: "local".into(),
            fhir_servers: vec![],
            body_sha256: None,
        }
    }

    /// Whether this tenant may name `base` as its `fhirServer` (the allowlist is checked as well, elsewhere).
    pub fn may_use(&self, base: &str) -> bool {
        let base = base.trim_end_matches('/');
        self.fhir_servers.is_empty()
            || self
                .fhir_servers
                .iter()
                .any(|s| s.trim_end_matches('/') == base)
    }
}

/// The limits and links of a hook answer.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Every FHIR read of one call (prefetch gaps, references, payer) within this time.
    pub fhir_budget: Duration,
    /// How long a coverage assertion is valid (`expiry-date`).
    pub assertion_validity_days: u32,
    /// Where EHRs reach this server (policy links, canonicals).
    pub public_base_url: String,
    /// Where the SMART questionnaire app is launched from a card, when launch cards are on.
    pub launch_url: Option<String>,
    /// Who answers when the payer is not known yet (`crd.operator_name`): the source of a card saying the
    /// coverage could not be checked.
    pub operator_name: String,
    /// Orders (draft orders, appointments) in one call.
    pub max_orders: usize,
    /// `dispatchedOrders` references in one order-dispatch call, repeats removed.
    pub max_dispatched_orders: usize,
}

/// What the call is about, for logs and metrics (never patient data).
#[derive(Debug, Default, Clone)]
pub struct CallSummary {
    pub payer: Option<String>,
    pub outcomes: Vec<&'static str>,
}

impl IncomingOrder {
    /// The order's JSON as a `Value` (`null` if it is not JSON, which a parsed order always is).
    fn value(&self) -> Value {
        serde_json::from_str(self.raw.get()).unwrap_or(Value::Null)
    }
}

/// An order from the request, parsed, with the raw JSON the response echoes.
pub(crate) struct IncomingOrder {
    pub(crate) order: OrderResource,
    /// As it arrived: read as a `Value` only when it is decided (echoed) or an Appointment (issue #18).
    raw: Box<serde_json::value::RawValue>,
    /// Whether this order is to be decided (order-select decides only the selected orders; the others are still
    /// read, e.g. as the pump's drug).
    decide: bool,
}

/// What a hook call decided, before it becomes a CDS Hooks response.
pub enum Outcomes<'a> {
    /// Nothing to decide (secondary hook, or no orders).
    Nothing,
    /// No order could be decided, and these orders' codes could not be read (plain words each).
    Unreadable(Vec<String>),
    /// The payer could not be determined for a technical reason (the FHIR server failed).
    Technical(String),
    Decided(Box<Decided<'a>>),
}

pub struct Decided<'a> {
    pub policy: &'a CompiledPolicy,
    pub payer_id: String,
    pub coverage_reference: String,
    pub orders: Vec<DecidedOrder>,
    /// The chart the orders were decided on.
    pub chart: Chart,
    /// Orders whose code could not be read, so not decided (plain words each).
    pub unreadable: Vec<String>,
    /// The newest assertion already given on these orders (read with the submitted answers, in one query).
    pub previous: Option<PreviousAssertion>,
}

/// Validates, gathers, identifies the payer and decides every order the payer's policy lists. `today` is the
/// caller's clock read: the date of the assertion and the default order date.
pub async fn decide<'a>(
    engine: &'a Engine,
    tenant: &Tenant,
    service: &ServiceDef,
    request: &HookRequest,
    today: NaiveDate,
) -> Result<Outcomes<'a>, ApiError> {
    request.validate(&service.hook)?;
    // A client names only its own FHIR servers: refused before any read, even if another client may use it.
    if let Some(base) = request.fhir_server.as_deref() {
        if !tenant.may_use(base) {
            return Err(ApiError::Forbidden(
                "fhirServer is not one of this client's FHIR servers (auth.clients.fhir_servers)"
                    .into(),
            ));
        }
    }
    if matches!(
        service.hook.as_str(),
        "encounter-start" | "encounter-discharge"
    ) {
        // Secondary hooks: pump coverage is decided on the order hooks; there is nothing to say here.
        return Ok(Outcomes::Nothing);
    }

    // Orders first: a malformed order is the client's error and costs no FHIR read.
    let mut orders = incoming_orders(request, &service.hook, engine.limits.max_orders)?;
    let dispatched = if service.hook == "order-dispatch" {
        dispatched_references(engine, request)?
    } else {
        vec![]
    };
    // An Appointment based on a ServiceRequest is decided on that ServiceRequest (read after gathering).
    let based_on = service.hook == "appointment-book"
        && orders.iter().any(|o| {
            o.order.resource_type == "Appointment"
                && !based_on_service_requests(&o.value()).is_empty()
        });
    if service.hook != "order-dispatch"
        && !based_on
        && !orders
            .iter()
            .any(|o| o.decide && may_decide(engine, &o.order))
    {
        // Nothing any policy decides on: no payer or Coverage look-up, no FHIR read.
        return Ok(Outcomes::Nothing);
    }
    let budget = engine.limits.fhir_budget;
    let deadline = tokio::time::Instant::now() + budget;
    let mut gathered = gather::gather(request, &service.prefetch, &engine.fhir, budget).await?;
    if service.hook == "order-dispatch" {
        orders = dispatched_orders(engine, request, &dispatched, &mut gathered).await?;
        if !orders
            .iter()
            .any(|o| o.decide && may_decide(engine, &o.order))
        {
            return Ok(Outcomes::Nothing);
        }
    }
    if based_on {
        orders = appointment_orders(engine, request, orders, &gathered).await?;
        if !orders
            .iter()
            .any(|o| o.decide && may_decide(engine, &o.order))
        {
            return Ok(Outcomes::Nothing);
        }
    }
    {
        let mut refs: Vec<&mut OrderResource> = orders.iter_mut().map(|o| &mut o.order).collect();
        resolve::resolve_references(
            &mut refs,
            &mut gathered,
            request,
            &engine.fhir,
            deadline,
            budget.as_millis(),
        )
        .await;
    }
    let unreadable: Vec<String> = orders
        .iter()
        .filter(|o| o.decide && o.order.resource_type != "MedicationRequest")
        .filter_map(|o| o.order.unresolved.clone())
        .collect();
    if !orders.iter().any(|o| {
        o.decide
            && o.order
                .codes
                .iter()
                .any(|c| engine.policies.all().iter().any(|p| p.covers_code(c)))
    }) {
        return Ok(if unreadable.is_empty() {
            Outcomes::Nothing
        } else {
            Outcomes::Unreadable(unreadable)
        });
    }

    let selection = match payer::select_coverage(engine, request, &gathered, &orders, today).await?
    {
        payer::CoverageChoice::Chosen(s) => s,
        payer::CoverageChoice::Technical(message) => return Ok(Outcomes::Technical(message)),
    };
    let policy = engine
        .policies
        .for_payer(&selection.payer_id, today)
        .ok_or_else(|| {
            ApiError::bad_request(
                IssueType::BusinessRule,
                format!(
                    "payer '{}' has no medical policy in force on {today}",
                    selection.payer_id
                ),
            )
        })?;

    let mut chart = chart::build_chart(&gathered, request, policy, &selection);
    let drugs: Vec<&OrderResource> = orders
        .iter()
        .filter(|o| o.order.resource_type == "MedicationRequest")
        .map(|o| &o.order)
        .collect();
    let to_decide: Vec<_> = orders
        .iter()
        .filter(|o| o.decide && o.order.codes.iter().any(|c| policy.covers_code(c)))
        .map(|incoming| {
            let drug = incoming.order.pump_drug(&drugs);
            (incoming, incoming.order.facts(&drug, today))
        })
        .collect();
    let order_refs: Vec<&str> = to_decide
        .iter()
        .map(|(_, f)| f.reference.as_str())
        .collect();
    let previous = hot_read(
        engine,
        &tenant.id,
        request.patient_id(),
        policy,
        &selection.payer_id,
        &order_refs,
        &mut chart,
    )
    .await;

    let mut decided = Vec::new();
    for (incoming, facts) in to_decide {
        let decision = evaluate(policy, &chart, &facts);
        decided.push(DecidedOrder {
            raw: crd::EchoedOrder::from_json(incoming.raw.get()),
            billing_codes: incoming
                .order
                .codes
                .iter()
                .filter(|c| policy.covers_code(c))
                .cloned()
                .collect(),
            decision,
            facts,
        });
    }

    // Data a conditional decision needed that could not be had: CDS Hooks 412, or 400 if the only way to get it
    // would be a fhirServer off the allowlist.
    let needed: BTreeSet<Category> = decided
        .iter()
        .filter(|d| d.decision.outcome == Outcome::Conditional)
        .flat_map(|d| d.decision.not_provided.iter().copied())
        .collect();
    if !needed.is_empty() {
        let keys = keys_for(&needed);
        return Err(match gathered.access {
            FhirAccess::NotAllowed => ApiError::PreconditionFailed(format!(
                    "crd-server may not contact fhirServer (it is not on this server's FHIR allowlist), and the prefetch lacks {keys} which the decision needs"
                )),
            _ => ApiError::PreconditionFailed(format!(
                "the decision needs {keys}: not in the prefetch, and no fhirServer to read it from"
            )),
        });
    }
    Ok(Outcomes::Decided(Box::new(Decided {
        policy,
        payer_id: selection.payer_id,
        coverage_reference: selection.coverage_reference,
        orders: decided,
        chart,
        unreadable,
        previous,
    })))
}

/// Whether some policy may decide on this order: a code a policy lists, or a code not yet read (a device given
/// by reference). Drug orders are never decided themselves; they are read as the pump's drug.
fn may_decide(engine: &Engine, order: &OrderResource) -> bool {
    order.resource_type != "MedicationRequest"
        && (order.code_reference.is_some()
            || order
                .codes
                .iter()
                .any(|c| engine.policies.all().iter().any(|p| p.covers_code(c))))
}

/// A hook call: decide, then write the CDS Hooks response.
pub async fn handle(
    engine: &Engine,
    tenant: &Tenant,
    service: &ServiceDef,
    request: &HookRequest,
    summary: &mut CallSummary,
) -> Result<crd::HookResponse, ApiError> {
    // Checked before any I/O: a bad extension is the client's error.
    let version = request.crd_version(service.version)?;
    let config = request.crd_configuration()?;
    let today = chrono::Utc::now().date_naive();
    match decide(engine, tenant, service, request, today).await? {
        Outcomes::Nothing => Ok(crd::empty_response(service.is_primary())),
        Outcomes::Unreadable(messages) => {
            summary.outcomes.push("unreadable");
            let mut response = crd::empty_response(service.is_primary());
            if config.coverage_info {
                response.cards = vec![crd::unreadable_card(
                    &messages,
                    version,
                    &engine.limits.operator_name,
                )];
            }
            Ok(response)
        }
        Outcomes::Technical(message) => {
            summary.outcomes.push("technical");
            if !config.coverage_info {
                return Ok(crd::empty_response(service.is_primary()));
            }
            Ok(crd::technical_response(
                &message,
                service.is_primary(),
                version,
                &engine.limits.operator_name,
            ))
        }
        Outcomes::Decided(decided) => {
            summary.payer = Some(decided.payer_id.clone());
            let keys: Vec<String> = decided
                .orders
                .iter()
                .map(|d| crd::decision_key(decided.policy, &decided.coverage_reference, d))
                .collect();
            let (assertion_id, supersedes) = assertion_id_for(&decided, &keys);
            let records = assertion_records(
                tenant,
                service,
                request,
                &decided,
                &Assertion {
                    id: &assertion_id,
                    keys: &keys,
                    supersedes: &supersedes,
                },
                version,
                today,
            );
            for r in &records {
                engine
                    .metrics
                    .count_decision(&decided.payer_id, crd::outcome_label_of(&r.outcome));
                summary.outcomes.push(crd::outcome_label_of(&r.outcome));
            }
            // The assertion is stored before it is announced, so the id the EHR gets can always be looked up.
            // A storage failure must not block the order: the answer still goes out, and operators see it.
            if !records.is_empty() {
                if let Err(e) = engine.store.record(records).await {
                    engine.metrics.count_store_error();
                    tracing::error!(error = %e, "coverage assertion not stored");
                }
            }
            let unchanged = unchanged_orders(&decided, &keys, &assertion_id, today);
            Ok(respond(
                engine,
                *decided,
                &Answer {
                    assertion_id: &assertion_id,
                    version,
                    config,
                    primary: service.is_primary(),
                    today,
                    unchanged: &unchanged,
                },
            ))
        }
    }
}

/// The id a decision is stored and answered under, the keys of its orders, and the id it replaces.
pub struct Assertion<'a> {
    pub id: &'a str,
    /// One per decided order, in order (`crd::decision_key`).
    pub keys: &'a [String],
    /// The assertion id this one replaces ('' for none).
    pub supersedes: &'a str,
}

/// How a decision is written as a CDS Hooks answer.
pub struct Answer<'a> {
    pub assertion_id: &'a str,
    pub version: CrdVersion,
    pub config: CrdConfiguration,
    pub primary: bool,
    pub today: NaiveDate,
    /// Orders that already carry this very assertion (resp-35): no systemAction for them.
    pub unchanged: &'a [String],
}

/// Orders that arrived carrying a coverage-information extension equal to what would be sent: same coverage-
/// assertion-id, same coded content, not expired.
fn unchanged_orders(
    decided: &Decided<'_>,
    keys: &[String],
    assertion_id: &str,
    today: NaiveDate,
) -> Vec<String> {
    decided
        .orders
        .iter()
        .zip(keys)
        .filter(|(d, key)| {
            crd::carried(&d.raw).any(|ext| {
                crd::carried_assertion_id(ext) == Some(assertion_id)
                    && crd::assertion_key(ext) == **key
                    && !expired(ext, today)
            })
        })
        .map(|(d, _)| d.decision.order.clone())
        .collect()
}

/// Whether a carried coverage-information extension's `expiry-date` has passed.
fn expired(ext: &Value, today: NaiveDate) -> bool {
    ext["extension"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["url"] == "expiry-date")
        .filter_map(|e| e["valueDate"].as_str())
        .filter_map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .any(|d| d < today)
}

/// What is stored of a decision: one row per decided order, with its trace and the facts it rests on. No I/O.
pub fn assertion_records(
    tenant: &Tenant,
    service: &ServiceDef,
    request: &HookRequest,
    decided: &Decided<'_>,
    assertion: &Assertion<'_>,
    version: CrdVersion,
    today: NaiveDate,
) -> Vec<AssertionRecord> {
    let created_at = chrono::Utc::now().to_rfc3339();
    // The chart is the same for every order of the call: serialized once.
    let chart = crate::store::stored_json(&decided.chart);
    decided
        .orders
        .iter()
        .zip(assertion.keys)
        .map(|(d, key)| AssertionRecord {
            assertion_id: assertion.id.to_string(),
            order_ref: d.decision.order.clone(),
            hook: service.hook.clone(),
            hook_instance: request.hook_instance.chars().take(128).collect(),
            payer_id: decided.payer_id.clone(),
            policy_id: decided.policy.policy.id.clone(),
            coverage_ref: decided.coverage_reference.clone(),
            outcome: crd::outcome_label(&d.decision, version).to_string(),
            decided_on: today.to_string(),
            created_at: created_at.clone(),
            trace: crate::store::stored_json(&d.decision),
            patient_id: request.patient_id().to_string(),
            facts: facts_json(&chart, &d.facts),
            tenant: tenant.id.clone(),
            assertion_key: key.clone(),
            supersedes: assertion.supersedes.to_string(),
        })
        .collect()
}

/// What `stored_json(&FactsRef { chart, order })` gives, byte for byte, from the chart's JSON made once per call
/// (written into the facts as it is: a serialized `RawValue` is copied, not parsed again).
fn facts_json(
    chart: &serde_json::value::RawValue,
    order: &crate::policy::OrderFacts,
) -> crate::store::StoredJson {
    #[derive(serde::Serialize)]
    struct Facts<'a> {
        chart: &'a serde_json::value::RawValue,
        order: &'a crate::policy::OrderFacts,
    }
    crate::store::stored_json(&Facts { chart, order })
}

/// The CDS Hooks response for what was decided: no I/O.
pub fn respond(
    engine: &Engine,
    mut decided: Decided<'_>,
    answer: &Answer<'_>,
) -> crd::HookResponse {
    let unreadable = decided.unreadable;
    let echoed = decided
        .orders
        .iter_mut()
        .map(|o| std::mem::replace(&mut o.raw, crd::EchoedOrder::null()))
        .collect();
    let mut response = crd::build_response(
        &ResponseInput {
            assertion_id: answer.assertion_id,
            version: answer.version,
            config: answer.config,
            policy: decided.policy,
            coverage_reference: decided.coverage_reference,
            decided: &decided.orders,
            base_url: &engine.limits.public_base_url,
            today: answer.today,
            validity_days: engine.limits.assertion_validity_days,
            primary: answer.primary,
            launch_url: engine.limits.launch_url.as_deref(),
            unchanged: answer.unchanged,
        },
        echoed,
    );
    if !unreadable.is_empty() && answer.config.coverage_info {
        response.cards.push(crd::unreadable_card(
            &unreadable,
            answer.version,
            &crd::payer_label(decided.policy),
        ));
    }
    response
}

/// The hot path's one database read (issue #18): answers the clinician submitted to crd-server (`POST
/// /fhir/QuestionnaireResponse`) for this patient under this policy count like answers found on the EHR's server
/// (the newest answer to an item wins), and the newest assertion already given on these orders (returned).
async fn hot_read(
    engine: &Engine,
    tenant: &str,
    patient_id: &str,
    policy: &CompiledPolicy,
    payer_id: &str,
    order_refs: &[&str],
    chart: &mut Chart,
) -> Option<PreviousAssertion> {
    let read = match engine
        .store
        .hot_read(tenant, patient_id, &policy.policy.id, payer_id, order_refs)
        .await
    {
        Ok(r) => r,
        Err(e) => {
            engine.metrics.count_store_error();
            tracing::error!(error = %e, "submitted questionnaire responses and previous assertion not read");
            return None;
        }
    };
    if read.from_database {
        engine.metrics.count_hook_store_reads(1);
    }
    let answers: Vec<AnswerFact> = read
        .answers
        .iter()
        .filter_map(|v| parse_resource(&v.to_string()).ok())
        .flat_map(|r| facts::answer_facts(&r, &policy.policy.id))
        .collect();
    chart.add_answers(answers);
    chart.keep_answers(|link| policy.asks(link));
    read.previous
}

/// The coverage-assertion-id of this answer, and the id it replaces: the id already given for these orders when
/// every order's decision is the same as then (a re-signed order keeps its assertion and its documentation);
/// otherwise a new id, so what was said under the old one stays readable as it was (CRD resp-35; issue #16).
fn assertion_id_for(decided: &Decided<'_>, keys: &[String]) -> (String, String) {
    let orders: Vec<&str> = decided
        .orders
        .iter()
        .map(|d| d.decision.order.as_str())
        .collect();
    let new_id = uuid::Uuid::new_v4().to_string();
    match decided.previous.clone() {
        None => (new_id, String::new()),
        Some(p) => {
            let same = orders
                .iter()
                .zip(keys)
                .all(|(order, key)| p.keys.iter().any(|(o, k)| o == order && k == key));
            if same {
                (p.assertion_id, String::new())
            } else {
                (new_id, p.assertion_id)
            }
        }
    }
}

fn keys_for(cats: &BTreeSet<Category>) -> String {
    let keys: Vec<&str> = cats
        .iter()
        .flat_map(|c| chart::keys_of(*c).iter().copied())
        .collect();
    format!("prefetch {}", keys.join(", "))
}

/// The draft orders (order-sign, order-select) or appointments (appointment-book) of the request.
fn incoming_orders(
    request: &HookRequest,
    hook: &str,
    max_orders: usize,
) -> Result<Vec<IncomingOrder>, ApiError> {
    let (field, raw) = match hook {
        "order-sign" | "order-select" => ("draftOrders", request.context.draft_orders.as_ref()),
        "appointment-book" => ("appointments", request.context.appointments.as_ref()),
        _ => return Ok(vec![]),
    };
    let Some(raw) = raw else { return Ok(vec![]) };
    let bad =
        |m: String| ApiError::bad_request(IssueType::Structure, format!("context.{field}: {m}"));
    let patient = format!("Patient/{}", request.patient_id());
    // CDS Hooks: draftOrders and appointments are Bundles.
    let crate::fhir::Contents::Resources {
        resource_type: container,
        items,
    } = raw
    else {
        return Err(ApiError::bad_request(
            IssueType::Structure,
            format!("context.{field} must be a Bundle (a JSON object with resourceType 'Bundle')"),
        ));
    };
    if container != "Bundle" {
        let got: String = container.chars().take(64).collect();
        return Err(ApiError::bad_request(
            IssueType::Structure,
            format!("context.{field} must be a Bundle, not '{got}'"),
        ));
    }
    if items.len() > max_orders {
        return Err(ApiError::bad_request(
            IssueType::TooLong,
            format!(
                "context.{field} holds {} resources; at most {max_orders} per call (limits.max_orders)",
                items.len()
            ),
        ));
    }
    let selections = request.context.selections.as_ref();
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let resource = match parse_resource(item.get()) {
            Ok(r) => r,
            Err(e) => match unreadable_entry(item.get(), i, &e) {
                Some(Ok(drug)) => {
                    out.push(drug);
                    continue;
                }
                Some(Err(())) => return Err(bad(format!("entry {i} is not valid FHIR: {e}"))),
                None => continue,
            },
        };
        let (_, about) = facts::type_and_patient(&resource);
        if about.is_some_and(|p| !p.is(&patient)) {
            return Err(bad(format!(
                "entry {i} is about another patient than context.patientId"
            )));
        }
        let Some(order) = order_resource(&resource) else {
            continue;
        };
        if order.id.is_empty() || !crate::fhir::is_fhir_id(&order.id) {
            return Err(bad(format!(
                "entry {i} ({}) has no valid id",
                order.resource_type
            )));
        }
        let selected = hook != "order-select"
            || selections.is_none_or(|sel| {
                sel.iter()
                    .any(|s| relative_reference(s).as_deref() == Some(order.reference().as_str()))
            });
        out.push(IncomingOrder {
            order,
            raw: (*item).to_owned(),
            decide: selected,
        });
    }
    Ok(out)
}

/// An entry fhirbolt cannot read. An order the policies decide on (ServiceRequest, DeviceRequest, Appointment),
/// or a resource type FHIR R4 does not have, is the client's error: `Some(Err)`. A MedicationRequest is kept as a drug whose code is unknown, so it
/// cannot silently stop or change a pump's decision: `Some(Ok)`. Anything else (a NutritionOrder, ...) is not
/// read at all: `None`.
fn unreadable_entry(raw: &str, i: usize, error: &str) -> Option<Result<IncomingOrder, ()>> {
    let Ok(head) = serde_json::from_str::<crate::fhir::ResourceHead>(raw) else {
        return Some(Err(()));
    };
    if error.starts_with("unknown resourceType") || head.resource_type.is_none() {
        return Some(Err(()));
    }
    match head.resource_type.as_deref() {
        Some("ServiceRequest" | "DeviceRequest" | "Appointment") => Some(Err(())),
        Some("MedicationRequest") => {
            let id = head
                .id
                .filter(|id| crate::fhir::is_fhir_id(id))
                .unwrap_or_else(|| format!("entry-{i}"));
            let error: String = error.chars().take(120).collect();
            Some(Ok(IncomingOrder {
                order: OrderResource {
                    resource_type: "MedicationRequest",
                    unresolved: Some(format!(
                        "MedicationRequest/{id} could not be read ({error}), so what it orders is unknown"
                    )),
                    ..OrderResource::unknown(id)
                },
                raw: crate::store::json_null(),
                decide: false,
            }))
        }
        _ => None,
    }
}

/// The distinct orders an order-dispatch call names (`Type/id`), checked before anything is read: each a
/// reference, at most `limits.max_dispatched_orders`.
fn dispatched_references(engine: &Engine, request: &HookRequest) -> Result<Vec<String>, ApiError> {
    let mut refs: Vec<String> = Vec::new();
    for r in request.dispatched_orders() {
        let reference = relative_reference(r).ok_or_else(|| {
            ApiError::bad_request(
                IssueType::Value,
                format!(
                    "dispatchedOrders entry '{}' is not a reference",
                    r.chars().take(64).collect::<String>()
                ),
            )
        })?;
        if !refs.contains(&reference) {
            refs.push(reference);
        }
    }
    let max = engine.limits.max_dispatched_orders;
    if refs.len() > max {
        return Err(ApiError::bad_request(
            IssueType::TooLong,
            format!(
                "dispatchedOrders names {} orders; at most {max} per call (limits.max_dispatched_orders)",
                refs.len()
            ),
        ));
    }
    Ok(refs)
}

/// order-dispatch names its orders by reference: each is taken from what was prefetched (the standard
/// `serviceRequests` / `deviceRequests` templates, the patient's `medicationRequests`, or any other key holding
/// it, like the Inferno kit's `order`) or read while gathering, and only what is still missing is read from
/// fhirServer; with everything prefetched, no fhirServer is needed.
async fn dispatched_orders(
    engine: &Engine,
    request: &HookRequest,
    refs: &[String],
    gathered: &mut Gathered,
) -> Result<Vec<IncomingOrder>, ApiError> {
    let mut out = Vec::new();
    let mut found: BTreeMap<String, Value> = BTreeMap::new();
    let mut missing: Vec<&String> = Vec::new();
    for r in refs {
        match gathered.orders_raw.get(r) {
            Some(raw) => {
                found.insert(r.clone(), raw.clone());
            }
            None => missing.push(r),
        }
    }
    if !missing.is_empty() {
        let named = missing
            .iter()
            .map(|r| r.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        if gathered.access != FhirAccess::Usable {
            return Err(match gathered.access {
                FhirAccess::NotAllowed => ApiError::PreconditionFailed(format!(
                    "the dispatched order(s) {named} are not in the prefetch, and crd-server may not contact fhirServer (it is not on this server's FHIR allowlist)"
                )),
                _ => ApiError::PreconditionFailed(format!(
                    "the dispatched order(s) {named} are not in the prefetch (serviceRequests, deviceRequests, medicationRequests), and the request names no fhirServer to read them from"
                )),
            });
        }
        let base = request.fhir_server.as_deref().unwrap_or_default();
        let reads = missing
            .iter()
            .map(|r| engine.fhir.read(base, r, request.access_token()));
        for (reference, result) in missing.iter().zip(join_all(reads).await) {
            let raw = result.map_err(|e| {
                ApiError::PreconditionFailed(format!(
                    "dispatched order {reference} could not be read: {e}"
                ))
            })?;
            let resource = parse_resource(raw.get()).map_err(|_| {
                ApiError::PreconditionFailed(format!(
                    "dispatched order {reference} is not valid FHIR"
                ))
            })?;
            let value: Value = serde_json::from_str(raw.get()).unwrap_or(Value::Null);
            drop(resource);
            found.insert((*reference).clone(), value);
        }
    }
    let patient = format!("Patient/{}", request.patient_id());
    for r in refs {
        let Some(value) = found.remove(r) else {
            continue;
        };
        let resource = parse_resource(&value.to_string()).map_err(|_| {
            ApiError::PreconditionFailed(format!("dispatched order {r} is not valid FHIR"))
        })?;
        let (_, about) = facts::type_and_patient(&resource);
        if about.is_some_and(|p| !p.is(&patient)) {
            return Err(ApiError::bad_request(
                IssueType::Invalid,
                format!("dispatched order {r} is about another patient than context.patientId"),
            ));
        }
        if let Some(order) = order_resource(&resource) {
            out.push(IncomingOrder {
                order,
                raw: crate::store::stored_json(&value),
                decide: true,
            });
        }
    }
    Ok(out)
}

/// The ServiceRequests an Appointment is `basedOn`: `ServiceRequest/id` for one on the EHR, `#id` for one
/// contained in the Appointment.
fn based_on_service_requests(appointment: &Value) -> Vec<String> {
    appointment["basedOn"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|b| b["reference"].as_str())
        .filter_map(|r| match r.strip_prefix('#') {
            Some(local) => Some(format!("#{local}")),
            None => relative_reference(r).filter(|k| k.starts_with("ServiceRequest/")),
        })
        .collect()
}

/// appointment-book, CRD 2.2 (cards.md, FHIR-50318): when an Appointment is `basedOn` a ServiceRequest, the
/// coverage decision is about that ServiceRequest and the systemAction updates the ServiceRequest, not the
/// Appointment. The ServiceRequest is taken from the prefetch (`serviceRequests`), or read from fhirServer. One
/// contained in the Appointment cannot be updated on its own: its codes decide the Appointment, which carries the
/// extension. An Appointment whose ServiceRequest cannot be had is decided on its own `serviceType`, as before.
async fn appointment_orders(
    engine: &Engine,
    request: &HookRequest,
    orders: Vec<IncomingOrder>,
    gathered: &Gathered,
) -> Result<Vec<IncomingOrder>, ApiError> {
    let patient = format!("Patient/{}", request.patient_id());
    let mut out: Vec<IncomingOrder> = Vec::new();
    for mut incoming in orders {
        let appointment = incoming.value();
        let refs = if incoming.order.resource_type == "Appointment" {
            based_on_service_requests(&appointment)
        } else {
            vec![]
        };
        let mut found_external = false;
        for r in refs {
            if let Some(local) = r.strip_prefix('#') {
                let contained = appointment["contained"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .find(|c| c["resourceType"] == "ServiceRequest" && c["id"] == local)
                    .cloned();
                let Some(sr) = contained.and_then(|c| parse_resource(&c.to_string()).ok()) else {
                    continue;
                };
                if let Some(order) = order_resource(&sr) {
                    for c in order.codes {
                        if !incoming.order.codes.contains(&c) {
                            incoming.order.codes.push(c);
                        }
                    }
                }
                continue;
            }
            let raw = match gathered.orders_raw.get(&r) {
                Some(v) => Some(v.clone()),
                None if gathered.access == FhirAccess::Usable => {
                    let base = request.fhir_server.as_deref().unwrap_or_default();
                    match engine.fhir.read(base, &r, request.access_token()).await {
                        Ok(raw) => serde_json::from_str::<Value>(raw.get()).ok(),
                        Err(e) => {
                            tracing::warn!(error = %e, "an appointment's ServiceRequest could not be read");
                            None
                        }
                    }
                }
                None => None,
            };
            let Some(raw) = raw else { continue };
            let Ok(resource) = parse_resource(&raw.to_string()) else {
                continue;
            };
            let (_, about) = facts::type_and_patient(&resource);
            if about.is_some_and(|p| !p.is(&patient)) {
                return Err(ApiError::bad_request(
                    IssueType::Invalid,
                    format!("{r}, which an appointment is based on, is about another patient than context.patientId"),
                ));
            }
            let Some(order) = order_resource(&resource) else {
                continue;
            };
            if order.reference() != r || out.iter().any(|o| o.order.reference() == r) {
                found_external |= order.reference() == r;
                continue;
            }
            found_external = true;
            out.push(IncomingOrder {
                order,
                raw: crate::store::stored_json(&raw),
                decide: incoming.decide,
            });
        }
        if found_external {
            // The ServiceRequest carries the decision and the extension.
            incoming.decide = false;
        }
        out.push(incoming);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The facts stored with each assertion are built from the chart's JSON made once per call: for every
    /// decision case of every policy (each chart and order the case files describe), the same bytes as
    /// serializing `FactsRef { chart, order }` whole.
    #[test]
    fn facts_from_the_chart_made_once_are_the_facts_serialized_whole() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fhir-resources/policies");
        let files = crate::policy_files::load_case_files(&dir).expect("case files load");
        let mut checked = 0;
        for (path, file) in &files {
            for case in &file.cases {
                let (chart, order) = case.build().expect("case builds");
                let chart_json = crate::store::stored_json(&chart);
                let whole = crate::store::stored_json(&crate::policy::facts::FactsRef {
                    chart: &chart,
                    order: &order,
                });
                assert_eq!(
                    facts_json(&chart_json, &order).get(),
                    whole.get(),
                    "{path} / {}",
                    case.name
                );
                checked += 1;
            }
        }
        assert!(checked > 50, "only {checked} cases");
    }
}
