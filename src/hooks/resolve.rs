//! Every reference a decision reads is resolved before it is judged: a drug given as `medicationReference`, a
//! device as `DeviceRequest.codeReference`, a reason as `reasonReference`, the drug of a trial dose. Each is
//! looked for where CDS Hooks may put it (contained in the order, in the prefetch) and otherwise read from
//! `fhirServer` inside the call's time budget.
//!
//! Owns: which references are read, where from, and what an unreadable one becomes: words on the order
//! (`OrderResource::unresolved`, `unresolved_reasons`) that make the criteria reading it unknown — never a
//! silently dropped code, never a denial. No policy logic.

use std::collections::{BTreeMap, BTreeSet};

use futures::future::join_all;

use super::gather::{FhirAccess, Gathered};
use super::request::HookRequest;
use crate::fhir::client::{FetchError, FhirClient};
use crate::fhir::facts::{coded_thing, type_and_patient, OrderResource};
use crate::fhir::{parse_resource, reference_key, relative_reference, Resource};

/// The resource types a reference the engine reads may name: what codes a drug, a device or a reason.
const READABLE: [&str; 5] = [
    "Medication",
    "Device",
    "DeviceDefinition",
    "Condition",
    "Observation",
];

fn key_of(r: &Resource) -> String {
    format!("{}/{}", r.resource_type(), r.id())
}

/// The resource `Type/id` names among `pool` (a scan: what is looked for is a handful, the pool a chart).
fn find<'p>(pool: &'p [Resource], key: &str) -> Option<&'p Resource> {
    let (ty, id) = key.split_once('/')?;
    pool.iter()
        .find(|r| r.resource_type() == ty && r.id() == id)
}

/// Reads what the orders (and the chart's trial doses) refer to and is neither contained nor prefetched, adds
/// what was read to the gathered pool, and marks on each order what could not be read and why.
pub async fn resolve_references(
    orders: &mut [&mut OrderResource],
    gathered: &mut Gathered,
    request: &HookRequest,
    client: &FhirClient,
    deadline: tokio::time::Instant,
    budget_ms: u128,
) {
    let mut wanted: BTreeSet<String> = BTreeSet::new();
    for order in orders.iter() {
        if let Some(key) = order.code_reference.as_deref().and_then(relative_reference) {
            wanted.insert(key);
        }
        wanted.extend(order.reason_references.iter().cloned());
    }
    // Drugs of the chart given by reference: trial doses and the medication history.
    for r in &gathered.resources {
        // A drug given by reference only: an inline code is what the facts read when both are written.
        let med = match r {
            Resource::MedicationAdministration(m) if m.medication_codeable_concept.is_none() => {
                m.medication_reference.as_ref()
            }
            Resource::MedicationStatement(m) if m.medication_codeable_concept.is_none() => {
                m.medication_reference.as_ref()
            }
            Resource::MedicationRequest(m) if m.medication_codeable_concept.is_none() => {
                m.medication_reference.as_ref()
            }
            _ => None,
        };
        wanted.extend(med.and_then(reference_key));
    }
    wanted.retain(|k| !k.starts_with('#') && find(&gathered.resources, k).is_none());

    let mut failures: BTreeMap<String, String> = BTreeMap::new();
    let readable: Vec<String> = wanted
        .iter()
        .filter(|k| READABLE.iter().any(|t| k.split('/').next() == Some(*t)))
        .cloned()
        .collect();
    for k in wanted.iter().filter(|k| !readable.contains(k)) {
        failures.insert(
            k.clone(),
            "it is not a resource type that names a code".into(),
        );
    }
    match gathered.access {
        FhirAccess::Usable if !readable.is_empty() => {
            let base = request.fhir_server.as_deref().unwrap_or_default();
            let token = request.access_token();
            let patient = format!("Patient/{}", request.patient_id());
            let reads = readable.iter().map(|k| async move {
                match tokio::time::timeout_at(deadline, client.read(base, k, token)).await {
                    Ok(r) => r,
                    Err(_) => Err(FetchError::Timeout(budget_ms)),
                }
            });
            for (key, result) in readable.iter().zip(join_all(reads).await) {
                let parsed = result
                    .map_err(|e| e.to_string())
                    .and_then(|raw| {
                        parse_resource(raw.get()).map_err(|_| "it is not valid FHIR".to_string())
                    })
                    .and_then(|r| {
                        if key_of(&r) != *key {
                            return Err("the server answered with another resource".into());
                        }
                        let (_, about) = type_and_patient(&r);
                        if about.is_some_and(|p| !p.is(&patient)) {
                            return Err("it is about another patient".into());
                        }
                        Ok(r)
                    });
                match parsed {
                    Ok(r) => gathered.resources.push(r),
                    Err(e) => {
                        tracing::warn!(reference_type = %key.split('/').next().unwrap_or_default(), error = %e, "referenced resource not read");
                        failures.insert(key.clone(), e);
                    }
                }
            }
        }
        FhirAccess::Usable => {}
        FhirAccess::NotAllowed => {
            for k in &readable {
                failures.insert(
                    k.clone(),
                    "it is not in the prefetch, and fhirServer is not on this server's FHIR allowlist"
                        .into(),
                );
            }
        }
        FhirAccess::Absent => {
            for k in &readable {
                failures.insert(
                    k.clone(),
                    "it is not in the prefetch, and the request names no fhirServer".into(),
                );
            }
        }
    }

    let pool = &gathered.resources;
    let why = |key: &str| {
        failures
            .get(key)
            .map(|f| format!(": {f}"))
            .unwrap_or_default()
    };
    for order in orders.iter_mut() {
        if let Some(text) = order.code_reference.clone() {
            let what = if order.resource_type == "MedicationRequest" {
                "drug"
            } else {
                "device"
            };
            match relative_reference(&text) {
                Some(key) => match find(pool, &key).and_then(coded_thing) {
                    Some(codes) => order.codes = codes,
                    None => {
                        order.unresolved = Some(format!(
                            "the {what} of {} ({key}) could not be read{}",
                            order.reference(),
                            why(&key)
                        ))
                    }
                },
                None => {
                    order.unresolved = Some(format!(
                        "the {what} of {} ({text}) is not among its contained resources",
                        order.reference()
                    ))
                }
            }
        }
        let missing: Vec<String> = order
            .reason_references
            .iter()
            .filter(|k| find(pool, k).is_none())
            .map(|k| format!("{k}{}", why(k)))
            .collect();
        order.unresolved_reasons = missing;
    }
}
