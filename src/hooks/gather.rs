//! Gathering the patient's data for one hook call: prefetch first, then the EHR's FHIR server for what the
//! prefetch lacks, all missing queries at once, each with a timeout, inside one time budget.
//!
//! Owns: prefetch parsing, token substitution in the service's prefetch templates, the decision whether
//! `fhirServer` may be contacted (allowlist), and the status of each prefetch key.

use std::collections::BTreeMap;
use std::time::Duration;

use futures::future::join_all;
use serde_json::value::RawValue;

use super::request::HookRequest;
use crate::error::{ApiError, IssueType};
use crate::fhir::client::{FetchError, FhirClient};
use crate::fhir::{parse_resource, Contents, Resource};

/// What became of one prefetch key.
#[derive(Debug, Clone, PartialEq)]
pub enum KeyStatus {
    /// The EHR prefetched it (possibly as `null`: queried, nothing found).
    Prefetched,
    /// Read from `fhirServer`.
    Fetched,
    /// `fhirServer` was asked and failed.
    Failed(FetchError),
    /// Not prefetched and not fetched.
    Missing,
}

/// Whether crd-server may read from the request's `fhirServer`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FhirAccess {
    /// No `fhirServer` in the request.
    Absent,
    /// `fhirServer` is not on the configured allowlist: it is never contacted.
    NotAllowed,
    Usable,
}

pub struct Gathered {
    pub resources: Vec<Resource>,
    pub keys: BTreeMap<String, KeyStatus>,
    pub access: FhirAccess,
    /// The JSON of every order resource (ServiceRequest, DeviceRequest, MedicationRequest) prefetched or read,
    /// by `Type/id`: an order named by reference (order-dispatch, an Appointment's `basedOn`) is echoed in the
    /// systemAction that updates it.
    pub orders_raw: BTreeMap<String, serde_json::Value>,
}

/// The order resource types whose JSON `Gathered::orders_raw` keeps.
const ORDER_TYPES: [&str; 3] = ["ServiceRequest", "DeviceRequest", "MedicationRequest"];

fn keep_order_raw(orders: &mut BTreeMap<String, serde_json::Value>, r: &Resource, raw: &str) {
    let ty = r.resource_type();
    if ORDER_TYPES.contains(&ty) {
        if let Ok(v) = serde_json::from_str(raw) {
            orders.insert(format!("{ty}/{}", r.id()), v);
        }
    }
}

impl Gathered {
    pub fn status(&self, key: &str) -> KeyStatus {
        self.keys.get(key).cloned().unwrap_or(KeyStatus::Missing)
    }
}

/// Substitutes the CDS Hooks prefetch tokens this service's templates use; `None` if a token has no value.
pub fn fill_template(template: &str, request: &HookRequest) -> Option<String> {
    let ctx = &request.context;
    let practitioner = ctx
        .user_id
        .as_deref()
        .and_then(|u| u.strip_prefix("Practitioner/"))
        .filter(|id| crate::fhir::is_fhir_id(id));
    let mut out = template.to_string();
    // The CRD 2.2 standard prefetch's tokens for orders named by reference (found-23's "simple FHIRPath"): a
    // comma-separated list of the ids of the references of one type; no such reference, no value.
    for path in [
        "context.dispatchedOrders",
        "context.appointments.entry.resource.basedOn",
    ] {
        if !out.contains(&format!("{{{{{path}.")) {
            continue;
        }
        let references = if path == "context.dispatchedOrders" {
            request.dispatched_references()
        } else {
            request.appointment_based_on()
        };
        for ty in ORDER_TYPES {
            let token = format!("{{{{{path}.resolve().ofType({ty}).id}}}}");
            if out.contains(&token) {
                let mut ids: Vec<&str> = Vec::new();
                for (t, id) in references.iter().filter_map(|r| r.split_once('/')) {
                    if t == ty && crate::fhir::is_fhir_id(id) && !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                if ids.is_empty() {
                    return None;
                }
                out = out.replace(&token, &ids.join(","));
            }
        }
    }
    for (token, value) in [
        ("{{context.patientId}}", ctx.patient_id.as_deref()),
        (
            "{{context.encounterId}}",
            ctx.encounter_id
                .as_deref()
                .filter(|e| crate::fhir::is_fhir_id(e)),
        ),
        ("{{context.userId}}", ctx.user_id.as_deref()),
        ("{{userPractitionerId}}", practitioner),
    ] {
        if out.contains(token) {
            out = out.replace(token, value?);
        }
    }
    (!out.contains("{{")).then_some(out)
}

/// Parses every resource of the prefetch. A prefetch value that is not FHIR is the client's error (400).
/// Every resource of a prefetch key must be of the type its template asks for (plus the `_include`d payor
/// Organization, and OperationOutcome), and about the hook's patient.
pub fn parse_prefetch(
    request: &HookRequest,
    templates: &BTreeMap<String, String>,
    orders_raw: &mut BTreeMap<String, serde_json::Value>,
) -> Result<(Vec<Resource>, BTreeMap<String, KeyStatus>), ApiError> {
    let mut resources = Vec::new();
    let mut keys = BTreeMap::new();
    let patient = format!("Patient/{}", request.patient_id());
    for (key, raw) in request.prefetch.iter().flatten() {
        let expected: Option<Vec<&str>> = templates.get(key).map(|t| {
            let mut types = template_types(t);
            types.push("OperationOutcome");
            types
        });
        let (container, items) = match raw {
            Contents::Null => {
                keys.insert(key.clone(), KeyStatus::Prefetched);
                continue;
            }
            Contents::Invalid(e) => {
                return Err(ApiError::bad_request(
                    IssueType::Structure,
                    format!("prefetch.{key} is not a FHIR resource or Bundle: {e}"),
                ))
            }
            Contents::Resources {
                resource_type,
                items,
            } => (resource_type, items),
        };
        // CDS Hooks: an OperationOutcome in place of the data means the EHR's prefetch failed. That is not
        // "nothing on the chart": the key counts as not prefetched, so it is read from fhirServer if it can be.
        if container == "OperationOutcome" {
            continue;
        }
        keys.insert(key.clone(), KeyStatus::Prefetched);
        for (i, item) in items.iter().enumerate() {
            let r = parse_resource(item.get()).map_err(|e| {
                ApiError::bad_request(
                    IssueType::Structure,
                    format!("prefetch.{key} entry {i} is not valid FHIR: {e}"),
                )
            })?;
            let (ty, about) = crate::fhir::facts::type_and_patient(&r);
            if let Some(expected) = &expected {
                if !expected.contains(&ty) {
                    return Err(ApiError::bad_request(
                        IssueType::Invalid,
                        format!(
                            "prefetch.{key} entry {i} is a {ty}; this key holds {}",
                            expected[0]
                        ),
                    ));
                }
            }
            if about.is_some_and(|p| !p.is(&patient)) {
                return Err(ApiError::bad_request(
                    IssueType::Invalid,
                    format!(
                        "prefetch.{key} entry {i} is about another patient than context.patientId"
                    ),
                ));
            }
            keep_order_raw(orders_raw, &r, item.get());
            resources.push(r);
        }
    }
    Ok((resources, keys))
}

/// The resource types a prefetch template's answer holds: the type it asks for, the payor Organization it
/// includes, and the Medications a drug search may carry (`_include=...:medication`).
pub fn template_types(template: &str) -> Vec<&'static str> {
    const TYPES: &[&str] = &[
        "Patient",
        "Coverage",
        "Condition",
        "Procedure",
        "Observation",
        "MedicationStatement",
        "MedicationRequest",
        "MedicationAdministration",
        "AllergyIntolerance",
        "QuestionnaireResponse",
        "Practitioner",
        "Encounter",
        "ServiceRequest",
        "DeviceRequest",
    ];
    let asked = template.split(['?', '/']).next().unwrap_or_default();
    let mut types: Vec<&'static str> = TYPES.iter().copied().filter(|t| *t == asked).collect();
    if template.contains("_include=Coverage:payor") {
        types.push("Organization");
    }
    if matches!(
        asked,
        "MedicationRequest" | "MedicationStatement" | "MedicationAdministration"
    ) {
        types.push("Medication");
    }
    types
}

pub fn access(request: &HookRequest, client: &FhirClient) -> FhirAccess {
    match &request.fhir_server {
        None => FhirAccess::Absent,
        Some(base) if client.allowlist().allows(base) => FhirAccess::Usable,
        Some(_) => FhirAccess::NotAllowed,
    }
}

/// Prefetch first; then, when `fhirServer` is usable, every missing template in parallel within `budget`.
pub async fn gather(
    request: &HookRequest,
    templates: &BTreeMap<String, String>,
    client: &FhirClient,
    budget: Duration,
) -> Result<Gathered, ApiError> {
    let mut orders_raw = BTreeMap::new();
    let (mut resources, mut keys) = parse_prefetch(request, templates, &mut orders_raw)?;
    let access = access(request, client);
    // The queries are written only when they can be sent.
    let missing: Vec<(&String, String)> = match access {
        FhirAccess::Usable => templates
            .iter()
            .filter(|(k, _)| !keys.contains_key(*k))
            .filter_map(|(k, t)| fill_template(t, request).map(|q| (k, q)))
            .collect(),
        FhirAccess::Absent | FhirAccess::NotAllowed => Vec::new(),
    };
    let unanswered: Vec<String> = templates
        .keys()
        .filter(|k| !keys.contains_key(*k))
        .cloned()
        .collect();
    for k in unanswered {
        keys.insert(k, KeyStatus::Missing);
    }
    if !missing.is_empty() {
        let base = request.fhir_server.as_deref().unwrap_or_default();
        let token = request.access_token();
        let deadline = tokio::time::Instant::now() + budget;
        let fetches = missing.iter().map(|(key, query)| async move {
            let result =
                match tokio::time::timeout_at(deadline, client.search(base, query, token)).await {
                    Ok(r) => r,
                    Err(_) => Err(FetchError::Timeout(budget.as_millis())),
                };
            (key.to_string(), result)
        });
        for (key, result) in join_all(fetches).await {
            match result.and_then(|raws| {
                let parsed = parse_all(&raws)?;
                for (r, raw) in parsed.iter().zip(&raws) {
                    keep_order_raw(&mut orders_raw, r, raw.get());
                }
                Ok(parsed)
            }) {
                Ok(mut parsed) => {
                    resources.append(&mut parsed);
                    keys.insert(key, KeyStatus::Fetched);
                }
                Err(e) => {
                    tracing::warn!(prefetch_key = %key, error = %e, "FHIR read failed");
                    keys.insert(key, KeyStatus::Failed(e));
                }
            }
        }
    }
    Ok(Gathered {
        resources,
        keys,
        access,
        orders_raw,
    })
}

pub fn parse_all(raws: &[Box<RawValue>]) -> Result<Vec<Resource>, FetchError> {
    raws.iter()
        .map(|r| parse_resource(r.get()).map_err(|_| FetchError::Malformed))
        .collect()
}
