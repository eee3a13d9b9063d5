//! `$questionnaire-package` (Da Vinci DTR 2.2): which Questionnaires a coverage and its orders need, each in a
//! collection Bundle with its ValueSets and a draft QuestionnaireResponse prefilled from what CRD read.
//!
//! Owns: reading the input Parameters (`coverage` 1..1, `order` 0..*, `questionnaire` 0..*, `context` 0..1,
//! `changedsince` 0..1, at least one of order/questionnaire/context), finding the Questionnaires (the named
//! canonicals, the policy of the context's coverage assertion, the policies whose codes the orders carry), and
//! the output Parameters (`packagebundle` per Questionnaire, `outcome` with warnings and information).

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::{json, Value};

use super::catalog::{expand, split_canonical};
use super::prefill::{prefill, PrefillInput};
use super::StoredFacts;
use super::{internal, Documents};
use crate::error::{ApiError, IssueType};
use crate::fhir::is_fhir_id;
use crate::fhir::relative_reference;
use crate::policy::codes::Code;
use crate::policy::facts::Availability;
use crate::policy::{evaluate, CompiledPolicy};
use crate::store::AssertionRecord;

/// Resource types an `order` parameter may hold (the operation's allowed types).
const ORDER_TYPES: &[&str] = &[
    "Appointment",
    "Encounter",
    "CommunicationRequest",
    "DeviceRequest",
    "MedicationRequest",
    "NutritionOrder",
    "ServiceRequest",
    "SupplyRequest",
    "VisionPrescription",
];

#[derive(Deserialize)]
struct Parameter {
    name: String,
    #[serde(default)]
    resource: Option<Value>,
    #[serde(rename = "valueCanonical", default)]
    value_canonical: Option<String>,
    #[serde(rename = "valueString", default)]
    value_string: Option<String>,
    #[serde(rename = "valueInstant", default)]
    value_instant: Option<String>,
}

/// The operation's input, checked.
struct Input {
    coverage: Value,
    patient_id: String,
    orders: Vec<Value>,
    questionnaires: Vec<String>,
    context: Option<String>,
    changed_since: Option<DateTime<Utc>>,
}

/// An issue for the output's `outcome`.
struct Note {
    severity: &'static str,
    code: &'static str,
    text: String,
}

fn bad(issue: IssueType, message: impl Into<String>) -> ApiError {
    ApiError::bad_request(issue, message)
}

fn reference_of(resource: &Value) -> Option<String> {
    let id = resource["id"].as_str()?;
    Some(format!("{}/{id}", resource["resourceType"].as_str()?))
}

fn parse_input(body: &[u8]) -> Result<Input, ApiError> {
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| bad(IssueType::Structure, format!("the body is not JSON: {e}")))?;
    super::checked_resource(
        &value,
        "Parameters",
        "the body must be a Parameters resource",
        "the Parameters",
    )?;
    let params: Vec<Parameter> =
        serde_json::from_value(value["parameter"].clone()).map_err(|_| {
            bad(
                IssueType::Required,
                "Parameters.parameter must list the operation's parameters",
            )
        })?;
    let mut coverage = Vec::new();
    let mut input = Input {
        coverage: Value::Null,
        patient_id: String::new(),
        orders: Vec::new(),
        questionnaires: Vec::new(),
        context: None,
        changed_since: None,
    };
    for p in params {
        match p.name.as_str() {
            "coverage" => match p.resource {
                Some(r) if r["resourceType"] == "Coverage" => coverage.push(r),
                _ => {
                    return Err(bad(
                        IssueType::Invalid,
                        "parameter 'coverage' must hold a Coverage resource",
                    ))
                }
            },
            "order" => match p.resource {
                Some(r)
                    if r["resourceType"]
                        .as_str()
                        .is_some_and(|t| ORDER_TYPES.contains(&t)) =>
                {
                    if reference_of(&r).is_none() {
                        return Err(bad(
                            IssueType::Required,
                            "each 'order' resource needs an id",
                        ));
                    }
                    input.orders.push(r)
                }
                _ => {
                    return Err(bad(
                        IssueType::Invalid,
                        format!(
                            "parameter 'order' must hold one of {}",
                            ORDER_TYPES.join(", ")
                        ),
                    ))
                }
            },
            "questionnaire" => match p.value_canonical.filter(|c| !c.trim().is_empty()) {
                Some(c) => input.questionnaires.push(c),
                None => {
                    return Err(bad(
                        IssueType::Invalid,
                        "parameter 'questionnaire' must be a valueCanonical",
                    ))
                }
            },
            "context" => match p.value_string.filter(|c| !c.trim().is_empty()) {
                Some(c) if input.context.is_none() => input.context = Some(c),
                Some(_) => {
                    return Err(bad(
                        IssueType::Invalid,
                        "parameter 'context' is allowed once",
                    ))
                }
                None => {
                    return Err(bad(
                        IssueType::Invalid,
                        "parameter 'context' must be a valueString",
                    ))
                }
            },
            "changedsince" => {
                let at = p
                    .value_instant
                    .as_deref()
                    .and_then(|v| DateTime::parse_from_rfc3339(v).ok())
                    .ok_or_else(|| {
                        bad(
                            IssueType::Value,
                            "parameter 'changedsince' must be a valueInstant",
                        )
                    })?;
                input.changed_since = Some(at.with_timezone(&Utc));
            }
            other => {
                return Err(bad(
                    IssueType::Invalid,
                    format!("'{other}' is not a parameter of $questionnaire-package"),
                ))
            }
        }
    }
    if coverage.len() != 1 {
        return Err(bad(
            IssueType::Required,
            "exactly one 'coverage' parameter is required",
        ));
    }
    input.coverage = coverage.remove(0);
    // The draft QuestionnaireResponse's qr-coverage references the Coverage by its id (DTR 2.2): without one it
    // would reference nothing.
    if !input.coverage["id"].as_str().is_some_and(is_fhir_id) {
        return Err(bad(
            IssueType::Required,
            "the 'coverage' Coverage must carry its Coverage.id (the QuestionnaireResponse's qr-coverage references it)",
        ));
    }
    if input.orders.is_empty() && input.questionnaires.is_empty() && input.context.is_none() {
        return Err(bad(
            IssueType::Required,
            "at least one of 'order', 'questionnaire' and 'context' is required (dtr-1)",
        ));
    }
    input.patient_id = input.coverage["beneficiary"]["reference"]
        .as_str()
        .and_then(relative_reference)
        .and_then(|r| r.strip_prefix("Patient/").map(str::to_string))
        .filter(|id| is_fhir_id(id))
        .ok_or_else(|| {
            bad(
                IssueType::Required,
                "Coverage.beneficiary must reference the Patient",
            )
        })?;
    Ok(input)
}

/// One Questionnaire to package, with the assertion whose facts prefill it (if any).
struct Wanted<'a> {
    policy: &'a CompiledPolicy,
    questionnaire: &'a Value,
    records: Vec<AssertionRecord>,
}

/// The output Parameters of `$questionnaire-package`.
pub async fn questionnaire_package(docs: Documents<'_>, body: &[u8]) -> Result<Value, ApiError> {
    let input = parse_input(body)?;
    if input.orders.len() > docs.limits.max_package_orders {
        return Err(bad(
            IssueType::TooLong,
            format!(
                "the request names {} orders; at most {} (limits.max_package_orders)",
                input.orders.len(),
                docs.limits.max_package_orders
            ),
        ));
    }
    let store = docs.store;
    let mut notes = Vec::new();
    let mut wanted: Vec<Wanted> = Vec::new();

    // The CRD context: the coverage assertion and the facts it was decided on.
    let mut context_records = Vec::new();
    if let Some(context) = &input.context {
        // The id an order carries may have been superseded since (a changed decision has a new id): the
        // package is about the decision in force.
        let current = store
            .assertion_chain(docs.tenant, context)
            .await
            .map_err(|e| internal("reading the assertion", e))?
            .pop()
            .unwrap_or_else(|| context.clone());
        let records = store
            .assertion(docs.tenant, &current)
            .await
            .map_err(|e| internal("reading the assertion", e))?;
        if records.is_empty() {
            if input.orders.is_empty() && input.questionnaires.is_empty() {
                return Err(ApiError::NotFound(format!(
                    "context '{context}' is not a coverage-assertion-id of this server"
                )));
            }
            notes.push(Note {
                severity: "warning",
                code: "not-found",
                text: format!("context '{context}' is not a coverage-assertion-id of this server: it was ignored"),
            });
        } else if records.iter().any(|r| r.patient_id != input.patient_id) {
            return Err(bad(
                IssueType::BusinessRule,
                "the context's coverage assertion is about another patient than Coverage.beneficiary",
            ));
        } else {
            context_records = records;
        }
    }
    // Orders: the same as CRD decided, or looked up by the patient and order (prof-1: re-check when they differ).
    let order_refs: Vec<String> = input.orders.iter().filter_map(reference_of).collect();
    if !context_records.is_empty() && !order_refs.is_empty() {
        let decided: BTreeSet<&str> = context_records
            .iter()
            .map(|r| r.order_ref.as_str())
            .collect();
        if order_refs.iter().any(|o| !decided.contains(o.as_str())) {
            notes.push(Note {
                severity: "information",
                code: "informational",
                text: "the orders differ from those CRD decided under this context: the Questionnaires were determined again from the orders".into(),
            });
            context_records.clear();
        }
    }
    if context_records.is_empty() {
        for order in &order_refs {
            if let Some(id) = store
                .assertion_for_patient_order(docs.tenant, &input.patient_id, order)
                .await
                .map_err(|e| internal("looking up the order's assertion", e))?
            {
                let records = store
                    .assertion(docs.tenant, &id)
                    .await
                    .map_err(|e| internal("reading the assertion", e))?;
                context_records.extend(records.into_iter().filter(|r| &r.order_ref == order));
            }
        }
    }

    // From the assertion: its policy's Questionnaire, unless the decision needs no documentation any more.
    for policy_id in context_records
        .iter()
        .map(|r| r.policy_id.clone())
        .collect::<BTreeSet<_>>()
    {
        let Some(policy) = docs.policies.get(&policy_id) else {
            continue;
        };
        let records: Vec<AssertionRecord> = context_records
            .iter()
            .filter(|r| r.policy_id == policy_id)
            .cloned()
            .collect();
        if records.iter().all(|r| r.outcome != "conditional") {
            let outcomes: BTreeSet<&str> = records.iter().map(|r| r.outcome.as_str()).collect();
            notes.push(Note {
                severity: "information",
                code: "informational",
                text: format!(
                    "{} {}: the decision is now '{}'; no documentation is needed any more",
                    policy.policy.payer.name,
                    policy.policy.number,
                    outcomes.into_iter().collect::<Vec<_>>().join(", ")
                ),
            });
            continue;
        }
        if let Some(q) = docs.catalog.questionnaire(&policy_id) {
            wanted.push(Wanted {
                policy,
                questionnaire: q,
                records,
            });
        }
    }
    // From orders CRD has not seen: the policies whose service codes they carry, for the coverage's payer.
    let payer = match payer_of(&input.coverage) {
        Some(p) => Some(p),
        None => match reference_of(&input.coverage) {
            Some(coverage) => store
                .payer_of_coverage(docs.tenant, &input.patient_id, &coverage)
                .await
                .map_err(|e| internal("looking up the coverage's payer", e))?,
            None => None,
        },
    };
    let unknown_payer = payer.is_none()
        && input.orders.iter().any(|o| {
            !context_records
                .iter()
                .any(|r| Some(&r.order_ref) == reference_of(o).as_ref())
        });
    if unknown_payer {
        notes.push(Note {
            severity: "warning",
            code: "incomplete",
            text: format!(
                "the Coverage does not name its payer (payor.identifier with system {}, or a contained Organization), so the Questionnaires of every payer whose policy applies to the orders are returned",
                crate::PAYER_ID_SYSTEM
            ),
        });
    }
    for order in &input.orders {
        let reference = reference_of(order).unwrap_or_default();
        if context_records.iter().any(|r| r.order_ref == reference) {
            continue;
        }
        let codes = order_codes(order);
        let matching: Vec<&CompiledPolicy> = docs
            .policies
            .all()
            .iter()
            .filter(|p| codes.iter().any(|c| p.covers_code(c)))
            .filter(|p| payer.as_deref().is_none_or(|id| p.policy.payer.id == id))
            .collect();
        if matching.is_empty() {
            notes.push(Note {
                severity: "warning",
                code: "not-supported",
                text: format!(
                    "no policy of this server applies to {reference}: no Questionnaire for it"
                ),
            });
        }
        for policy in matching {
            if let Some(q) = docs.catalog.questionnaire(&policy.policy.id) {
                wanted.push(Wanted {
                    policy,
                    questionnaire: q,
                    records: Vec::new(),
                });
            }
        }
    }
    // Named Questionnaires.
    for canonical in &input.questionnaires {
        match docs.catalog.questionnaire_by_canonical(canonical) {
            Some(q) => {
                let id = q["id"].as_str().unwrap_or_default();
                if let Some(policy) = docs.policies.get(id) {
                    wanted.push(Wanted {
                        policy,
                        questionnaire: q,
                        records: Vec::new(),
                    });
                }
            }
            None => notes.push(Note {
                severity: "warning",
                code: "not-found",
                text: format!("Questionnaire '{canonical}' is not known to this server"),
            }),
        }
    }
    // Each Questionnaire version once; the one with CRD facts wins.
    wanted.sort_by_key(|w| w.records.is_empty());
    let mut seen = BTreeSet::new();
    wanted.retain(|w| seen.insert(canonical_of(w.questionnaire)));

    let now = Utc::now();
    let mut parameters = Vec::new();
    for w in &wanted {
        if let Some(since) = input.changed_since {
            if !changed_since(docs, w.questionnaire, since) {
                continue;
            }
        }
        parameters.push(json!({ "name": "packagebundle", "resource": bundle(docs, &input, w, now, &mut notes) }));
    }
    if input.changed_since.is_some() && parameters.is_empty() && !wanted.is_empty() {
        notes.push(Note {
            severity: "information",
            code: "informational",
            text: "no Questionnaire, Library or ValueSet has changed since 'changedsince'".into(),
        });
    }
    if !notes.is_empty() {
        parameters.push(json!({ "name": "outcome", "resource": {
            "resourceType": "OperationOutcome",
            "issue": notes.iter().map(|n| json!({
                "severity": n.severity, "code": n.code, "details": { "text": n.text } })).collect::<Vec<_>>(),
        }}));
    }
    let mut out = json!({ "resourceType": "Parameters" });
    if !parameters.is_empty() {
        out["parameter"] = Value::Array(parameters);
    }
    Ok(out)
}

fn canonical_of(q: &Value) -> String {
    format!(
        "{}|{}",
        q["url"].as_str().unwrap_or_default(),
        q["version"].as_str().unwrap_or_default()
    )
}

/// The payer id of the Coverage's payor: its logical identifier, or the identifier of a contained
/// Organization it references.
fn payer_of(coverage: &Value) -> Option<String> {
    let payer_id = |identifiers: &Value| {
        let list = match identifiers {
            Value::Array(a) => a.clone(),
            Value::Object(_) => vec![identifiers.clone()],
            _ => Vec::new(),
        };
        list.iter()
            .find(|i| i["system"] == crate::PAYER_ID_SYSTEM)
            .and_then(|i| i["value"].as_str().map(str::to_string))
    };
    coverage["payor"].as_array()?.iter().find_map(|p| {
        payer_id(&p["identifier"]).or_else(|| {
            let local = p["reference"].as_str()?.strip_prefix('#')?;
            let org = coverage["contained"]
                .as_array()?
                .iter()
                .find(|c| c["id"] == local)?;
            payer_id(&org["identifier"])
        })
    })
}

fn order_codes(order: &Value) -> Vec<Code> {
    let concepts = [
        &order["code"],
        &order["codeCodeableConcept"],
        &order["medicationCodeableConcept"],
    ];
    concepts
        .iter()
        .filter_map(|c| c["coding"].as_array())
        .flatten()
        .filter_map(|c| Code::from_coding(c["system"].as_str(), c["code"].as_str()))
        .collect()
}

/// Whether a Questionnaire or a ValueSet it uses is dated after `since`.
fn changed_since(docs: Documents<'_>, q: &Value, since: DateTime<Utc>) -> bool {
    let dated = |v: &Value| {
        v["date"]
            .as_str()
            .and_then(|d| {
                DateTime::parse_from_rfc3339(d)
                    .map(|d| d.with_timezone(&Utc))
                    .ok()
                    .or_else(|| {
                        chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                            .ok()
                            .and_then(|d| d.and_hms_opt(0, 0, 0))
                            .map(|d| d.and_utc())
                    })
            })
            // Undated: treat as changed.
            .is_none_or(|d| d > since)
    };
    dated(q)
        || super::catalog::Catalog::value_sets_of(q)
            .iter()
            .filter_map(|c| docs.catalog.value_set(c))
            .any(dated)
}

fn bundle(
    docs: Documents<'_>,
    input: &Input,
    w: &Wanted,
    now: DateTime<Utc>,
    notes: &mut Vec<Note>,
) -> Value {
    let base = docs.base_url;
    let q = w.questionnaire;
    let timestamp = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let mut entries = vec![json!({
        "fullUrl": format!("{base}/fhir/Questionnaire/{}", q["id"].as_str().unwrap_or_default()),
        "resource": q,
    })];
    // The draft response: prefilled from the chart CRD read, for the orders CRD decided (or those given).
    let record = w.records.first();
    let decision = record
        .and_then(|r| serde_json::from_str::<StoredFacts>(r.facts.get()).ok())
        .map(|f| {
            // Only the chart prefills: answers already given are the clinician's, not the server's.
            let mut chart = f.chart;
            chart.answers = Availability::Known(Vec::new());
            let decision = evaluate(w.policy, &chart, &f.order);
            (chart, decision)
        });
    let orders: Vec<String> = if w.records.is_empty() {
        input.orders.iter().filter_map(reference_of).collect()
    } else {
        w.records.iter().map(|r| r.order_ref.clone()).collect()
    };
    let coverage = record
        .map(|r| r.coverage_ref.clone())
        .or_else(|| reference_of(&input.coverage))
        .unwrap_or_default();
    let empty = crate::policy::facts::Chart::empty();
    let qr = prefill(&PrefillInput {
        questionnaire: q,
        policy: w.policy,
        chart: decision.as_ref().map_or(&empty, |(c, _)| c),
        decision: decision.as_ref().map(|(_, d)| d),
        patient: &format!("Patient/{}", input.patient_id),
        coverage: &coverage,
        orders: &orders,
        authored: &timestamp,
    });
    if decision.is_none() {
        notes.push(Note {
            severity: "information",
            code: "informational",
            text: format!(
                "{}: no CRD decision for these orders, so nothing is prefilled on the server; the Questionnaire's expressions prefill from the EHR",
                canonical_of(q)
            ),
        });
    }
    // Adaptive forms (`dtr.adaptive_forms`): the adaptive Questionnaire and a response to its contained copy,
    // whose questions `$next-question` gives (the ValueSets stay in the bundle, spec-34).
    let qr = if docs.adaptive_forms {
        let adaptive = super::adaptive::adaptive_questionnaire(q, base);
        entries[0] = json!({
            "fullUrl": format!("{base}/fhir/Questionnaire/{}", adaptive["id"].as_str().unwrap_or_default()),
            "resource": adaptive,
        });
        super::adaptive::adaptive_response(&qr, &entries[0]["resource"])
    } else {
        qr
    };
    entries.push(json!({
        "fullUrl": format!("urn:uuid:{}", qr["id"].as_str().unwrap_or_default()),
        "resource": qr,
    }));
    for canonical in super::catalog::Catalog::value_sets_of(q) {
        let (url, _) = split_canonical(&canonical);
        match docs.catalog.value_set(&canonical) {
            Some(vs) => {
                let (vs, _) = expand(vs, &timestamp);
                entries.push(json!({
                    "fullUrl": format!("{base}/fhir/ValueSet/{}", vs["id"].as_str().unwrap_or_default()),
                    "resource": vs,
                }));
            }
            None => notes.push(Note {
                severity: "warning",
                code: "not-found",
                text: format!("ValueSet '{url}' could not be found"),
            }),
        }
    }
    json!({
        "resourceType": "Bundle",
        "meta": { "profile": ["http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/DTR-QPackageBundle"] },
        "identifier": { "system": "urn:ietf:rfc:3986", "value": format!("urn:uuid:{}", uuid::Uuid::new_v4()) },
        "type": "collection",
        "timestamp": timestamp,
        "entry": entries,
    })
}
