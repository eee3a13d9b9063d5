//! Which payer a hook call is for: the active Coverage (narrowed by the orders' `insurance`), its payor
//! Organization (contained, prefetched, or read from `fhirServer`), and that Organization's payer identifier.
//!
//! Owns: the choice of Coverage and payer and the protocol errors when none can be made (400 / 412, or a
//! technical answer when the FHIR server failed). No policy logic.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use futures::future::join_all;

use super::gather::{FhirAccess, Gathered, KeyStatus};
use super::request::HookRequest;
use super::{Engine, IncomingOrder};
use crate::error::{ApiError, IssueType};
use crate::fhir::facts::{self, payer_identifier};
use crate::fhir::model::Coverage;
use crate::fhir::{parse_resource, reference_key, Resource};

pub(super) struct CoverageSelection {
    pub(super) coverage_reference: String,
    pub(super) payer_id: String,
    pub(super) classes: Vec<(String, String)>,
}

pub(super) enum CoverageChoice {
    Chosen(CoverageSelection),
    /// The payer could not be determined for a technical reason (FHIR server failed).
    Technical(String),
}

fn is_active(c: &Coverage, today: NaiveDate) -> bool {
    if c.status.as_deref() != Some("active") {
        return false;
    }
    let Some(period) = c.period.as_ref() else {
        return true;
    };
    let start = period.start.as_deref().and_then(facts::parse_date);
    let end = period.end.as_deref().and_then(facts::parse_date);
    start.is_none_or(|s| s <= today) && end.is_none_or(|e| today <= e)
}

pub(super) async fn select_coverage(
    engine: &Engine,
    request: &HookRequest,
    gathered: &Gathered,
    orders: &[IncomingOrder],
    today: NaiveDate,
) -> Result<CoverageChoice, ApiError> {
    let all: Vec<&Coverage> = gathered
        .resources
        .iter()
        .filter_map(|r| match r {
            Resource::Coverage(c) => Some(c.as_ref()),
            _ => None,
        })
        .collect();
    let active: Vec<&Coverage> = all
        .iter()
        .copied()
        .filter(|c| is_active(c, today))
        .collect();
    if active.is_empty() {
        if let Some(c) = all
            .iter()
            .find(|c| c.status.as_deref().is_none_or(str::is_empty))
        {
            return Err(ApiError::bad_request(
                IssueType::Required,
                format!(
                    "Coverage/{} has no status (required): the payer cannot be determined",
                    c.id.as_deref().unwrap_or("(no id)")
                ),
            ));
        }
        return match gathered.status("coverage") {
            KeyStatus::Failed(e) => Ok(CoverageChoice::Technical(format!("the patient's coverage could not be read: {e}"))),
            KeyStatus::Missing if all.is_empty() => Err(match gathered.access {
                FhirAccess::NotAllowed => ApiError::PreconditionFailed("crd-server may not contact fhirServer (it is not on this server's FHIR allowlist), and the prefetch has no coverage".into()),
                _ => ApiError::PreconditionFailed(
                    "the patient's Coverage is needed: not in the prefetch, and no fhirServer to read it from".into(),
                ),
            }),
            _ => Err(ApiError::bad_request(
                IssueType::BusinessRule,
                "the payer cannot be determined: the patient has no active Coverage",
            )),
        };
    }
    // The orders' own insurance references choose among several coverages.
    let referenced: BTreeSet<String> = orders
        .iter()
        .flat_map(|o| o.order.insurance.iter().cloned())
        .collect();
    let coverage_key = |c: &Coverage| format!("Coverage/{}", c.id.as_deref().unwrap_or_default());
    let chosen: Vec<&Coverage> = {
        let narrowed: Vec<&Coverage> = active
            .iter()
            .copied()
            .filter(|c| referenced.contains(&coverage_key(c)))
            .collect();
        if narrowed.is_empty() {
            active
        } else {
            narrowed
        }
    };

    // Resolve each coverage's payor Organizations: contained, in the pool, or read from fhirServer.
    let mut payers: Vec<(String, Vec<String>)> = Vec::new(); // (coverage ref, payer ids)
    let mut to_read: BTreeSet<String> = BTreeSet::new();
    let orgs_in_pool: BTreeMap<String, Option<String>> = gathered
        .resources
        .iter()
        .filter_map(|r| match r {
            Resource::Organization(o) => Some((
                format!("Organization/{}", o.id.as_deref().unwrap_or_default()),
                payer_identifier(r),
            )),
            _ => None,
        })
        .collect();
    for c in &chosen {
        let mut ids = Vec::new();
        for payor in &c.payor {
            let text = payor.reference.as_deref().unwrap_or_default();
            if let Some(local) = text.strip_prefix('#') {
                let contained = c.contained.iter().find(|r| match r {
                    Resource::Organization(o) => o.id.as_deref() == Some(local),
                    _ => false,
                });
                ids.extend(contained.and_then(payer_identifier));
            } else if let Some(key) = reference_key(payor) {
                match orgs_in_pool.get(&key) {
                    Some(id) => ids.extend(id.clone()),
                    None => {
                        to_read.insert(key);
                    }
                }
            }
            // Coverage.payor.identifier, when the EHR names the payer without a resource.
            if let Some(ident) = payor.identifier.as_ref() {
                if ident.system.as_deref() == Some(crate::PAYER_ID_SYSTEM) {
                    ids.extend(ident.value.clone());
                }
            }
        }
        payers.push((coverage_key(c), ids));
    }
    let mut read_failure = None;
    if !to_read.is_empty() && gathered.access == FhirAccess::Usable {
        let base = request.fhir_server.as_deref().unwrap_or_default();
        let reads = to_read
            .iter()
            .map(|r| engine.fhir.read(base, r, request.access_token()));
        let mut resolved = BTreeMap::new();
        for (reference, result) in to_read.iter().zip(join_all(reads).await) {
            match result.map(|raw| parse_resource(raw.get())) {
                Ok(Ok(r)) => {
                    resolved.insert(reference.clone(), payer_identifier(&r));
                }
                Ok(Err(_)) => {
                    read_failure = Some(format!(
                        "the payer Organization {reference} is not valid FHIR"
                    ))
                }
                Err(e) => {
                    read_failure = Some(format!("the payer Organization could not be read: {e}"))
                }
            }
        }
        for (cov, ids) in payers.iter_mut() {
            let c = chosen.iter().find(|c| &coverage_key(c) == cov);
            for payor in c.map(|c| c.payor.as_slice()).unwrap_or_default() {
                if let Some(Some(id)) = reference_key(payor).and_then(|k| resolved.get(&k).cloned())
                {
                    ids.push(id);
                }
            }
        }
    }

    let known: Vec<(&String, &String)> = payers
        .iter()
        .flat_map(|(cov, ids)| {
            ids.iter()
                .filter(|id| engine.policies.knows_payer(id))
                .map(move |id| (cov, id))
        })
        .collect();
    let distinct: BTreeSet<&String> = known.iter().map(|(_, id)| *id).collect();
    match distinct.len() {
        1 => {
            let (cov, payer) = known[0];
            let coverage = chosen.iter().find(|c| &coverage_key(c) == cov).expect("chosen coverage");
            // Each class by its value and, where given, its name ("FEP Blue Standard" names the plan).
            let classes = coverage
                .class
                .iter()
                .flat_map(|cl| {
                    let ty = crate::fhir::code_values(cl.r#type.as_ref()).into_iter().next().unwrap_or_default();
                    let name = cl.name.clone();
                    std::iter::once((ty.clone(), cl.value.clone().unwrap_or_default()))
                        .chain(name.map(|n| (ty, n)))
                })
                .collect();
            Ok(CoverageChoice::Chosen(CoverageSelection {
                coverage_reference: cov.clone(),
                payer_id: payer.clone(),
                classes,
            }))
        }
        0 => {
            if let Some(message) = read_failure {
                return Ok(CoverageChoice::Technical(message));
            }
            let unknown: BTreeSet<&String> = payers.iter().flat_map(|(_, ids)| ids.iter()).collect();
            if !to_read.is_empty() && gathered.access != FhirAccess::Usable {
                return Err(match gathered.access {
                    FhirAccess::NotAllowed => ApiError::PreconditionFailed("crd-server may not contact fhirServer (it is not on this server's FHIR allowlist), and the prefetch lacks the payer Organization".into()),
                    _ => ApiError::PreconditionFailed(
                        "the payer Organization is needed: not in the prefetch, and no fhirServer to read it from".into(),
                    ),
                });
            }
            Err(ApiError::bad_request(
                IssueType::BusinessRule,
                if unknown.is_empty() {
                    format!(
                        "the payer cannot be determined: the active Coverage's payor has no Organization identifier with system {}",
                        crate::PAYER_ID_SYSTEM
                    )
                } else {
                    format!(
                        "the payer cannot be determined: unknown payer identifier(s) {}",
                        unknown.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", ")
                    )
                },
            ))
        }
        _ => Err(ApiError::bad_request(
            IssueType::BusinessRule,
            format!(
                "the payer cannot be determined: active Coverages of different payers ({}) and no order names one in insurance",
                distinct.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
            ),
        )),
    }
}
