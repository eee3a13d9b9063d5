//! The draft QuestionnaireResponse of a DTR package, prefilled on the server from what CRD read of the chart.
//!
//! Owns: which items the chart answers (a criterion the rules engine found met or not met from the chart, the
//! indication it rests on, the trial's date, route and pain scores), the `information-origin` of each
//! (`auto-server`), and the DTR extensions (`qr-coverage`, `qr-context`, `intendedUse`). Items the chart leaves
//! unknown stay open. Pure.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};

use super::questionnaire::{has_trial, indications_system, trial_items, DTR_QR_PROFILE};
use crate::policy::eval::{CoverageDecision, FindingKind, Truth};
use crate::policy::facts::{Chart, Route};
use crate::policy::model::PriorAuth;
use crate::policy::CompiledPolicy;

const DTR_EXT: &str = "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition";
const PAIN_SCORE_LOINC: &str = "72514-3";

pub struct PrefillInput<'a> {
    pub questionnaire: &'a Value,
    pub policy: &'a CompiledPolicy,
    /// What CRD read of the chart (answers removed: only the chart prefills).
    pub chart: &'a Chart,
    /// The decision on that chart alone; `None` when there is no CRD context (nothing is prefilled).
    pub decision: Option<&'a CoverageDecision>,
    /// `Patient/{id}`.
    pub patient: &'a str,
    /// `Coverage/{id}`.
    pub coverage: &'a str,
    /// `Type/{id}` of each order the response documents.
    pub orders: &'a [String],
    pub authored: &'a str,
}

fn origin() -> Value {
    json!({ "url": format!("{DTR_EXT}/information-origin"),
            "extension": [{ "url": "source", "valueCode": "auto-server" }] })
}

fn answer(value_key: &str, value: Value) -> Value {
    let mut a = json!({ "extension": [origin()] });
    a[value_key] = value;
    a
}

fn route_coding(route: Route) -> Option<Value> {
    let (code, display) = route.snomed()?;
    Some(json!({ "system": "http://snomed.info/sct", "code": code, "display": display }))
}

/// The trial a finding rests on (a Procedure among its evidence) with its pain scores before and after.
fn trial_answers(
    chart: &Chart,
    evidence: &[String],
    link_id: &str,
    out: &mut BTreeMap<String, Value>,
) {
    let (Some(procedures), Some(observations)) =
        (chart.procedures.known(), chart.observations.known())
    else {
        return;
    };
    let Some(trial) = procedures.iter().find(|p| evidence.contains(&p.reference)) else {
        return;
    };
    let [date, route, before, after] = trial_items(link_id);
    if let Some(at) = trial.performed {
        out.insert(date, answer("valueDateTime", json!(at.to_rfc3339())));
    }
    if let Some(coding) = trial.route.and_then(route_coding) {
        out.insert(route, answer("valueCoding", coding));
    }
    let scores: Vec<_> = observations
        .iter()
        .filter(|o| evidence.contains(&o.reference))
        .filter(|o| o.codes.iter().any(|c| c.code == PAIN_SCORE_LOINC))
        .filter_map(|o| Some((o.effective?, o.value?)))
        .collect();
    let Some(at) = trial.performed else { return };
    if let Some((_, v)) = scores.iter().find(|(t, _)| *t < at) {
        out.insert(before, answer("valueDecimal", json!(v)));
    }
    if let Some((_, v)) = scores.iter().find(|(t, _)| *t >= at) {
        out.insert(after, answer("valueDecimal", json!(v)));
    }
}

/// Answers by linkId that the chart gives, and the indication groups whose items are not to be filled.
fn chart_answers(input: &PrefillInput) -> (BTreeMap<String, Value>, BTreeSet<String>) {
    let mut out = BTreeMap::new();
    let mut skip = BTreeSet::new();
    let Some(decision) = input.decision else {
        return (out, skip);
    };
    let p = &input.policy.policy;
    // The indication the decision rests on, when the chart shows it applies.
    let chosen = p.indications.iter().find(|ind| {
        decision.indication.as_deref() == Some(ind.title.as_str())
            && decision.findings.iter().any(|f| {
                f.kind == FindingKind::Indication && f.id == ind.id && f.truth == Truth::Met
            })
    });
    if let Some(ind) = chosen {
        out.insert(
            "indication".into(),
            answer(
                "valueCoding",
                json!({ "system": indications_system(&p.id), "code": ind.id, "display": ind.title }),
            ),
        );
        skip.extend(
            p.indications
                .iter()
                .filter(|i| i.id != ind.id)
                .map(|i| format!("group-{}", i.id)),
        );
    }
    let trial_links: BTreeSet<&str> = input
        .policy
        .criteria()
        .filter(|c| has_trial(&c.test))
        .map(|c| c.question.link_id.as_str())
        .collect();
    for f in &decision.findings {
        let Some(link_id) = &f.link_id else { continue };
        let value = match f.truth {
            Truth::Met => true,
            Truth::NotMet => false,
            Truth::Unknown => continue,
        };
        out.insert(link_id.clone(), answer("valueBoolean", json!(value)));
        if trial_links.contains(link_id.as_str()) {
            trial_answers(input.chart, &f.evidence, link_id, &mut out);
        }
    }
    (out, skip)
}

/// QuestionnaireResponse items for the answered items, in the Questionnaire's order and nesting.
fn fill(items: &[Value], answers: &BTreeMap<String, Value>, skip: &BTreeSet<String>) -> Vec<Value> {
    let mut out = Vec::new();
    for item in items {
        let Some(link_id) = item["linkId"].as_str() else {
            continue;
        };
        if skip.contains(link_id) {
            continue;
        }
        let children = fill(item["item"].as_array().map_or(&[], |v| v), answers, skip);
        let mut filled = json!({ "linkId": link_id });
        if let Some(text) = item["text"].as_str() {
            filled["text"] = json!(text);
        }
        match item["type"].as_str() {
            Some("display") => continue,
            Some("group") => {
                if children.is_empty() {
                    continue;
                }
                filled["item"] = Value::Array(children);
            }
            _ => {
                let Some(a) = answers.get(link_id) else {
                    continue;
                };
                let mut a = a.clone();
                // A question's children answer under its answer.
                if !children.is_empty() {
                    a["item"] = Value::Array(children);
                }
                filled["answer"] = json!([a]);
            }
        }
        out.push(filled);
    }
    out
}

/// The draft QuestionnaireResponse of a package.
pub fn prefill(input: &PrefillInput) -> Value {
    let q = input.questionnaire;
    let (answers, skip) = chart_answers(input);
    let items = fill(q["item"].as_array().map_or(&[], |v| v), &answers, &skip);
    let purpose = if input.policy.policy.prior_auth == PriorAuth::AuthNeeded {
        ("withpa", "Include in prior authorization")
    } else {
        ("withorder", "Include with order")
    };
    let mut extensions = vec![json!({ "url": format!("{DTR_EXT}/qr-coverage"),
                                      "valueReference": { "reference": input.coverage } })];
    extensions.extend(input.orders.iter().map(
        |o| json!({ "url": format!("{DTR_EXT}/qr-context"), "valueReference": { "reference": o } }),
    ));
    extensions.push(json!({
        "url": format!("{DTR_EXT}/intendedUse"),
        "valueCodeableConcept": { "coding": [{
            "system": "http://hl7.org/fhir/us/davinci-crd/CodeSystem/coverage-information-codes",
            "code": purpose.0, "display": purpose.1 }] },
    }));
    let mut qr = json!({
        "resourceType": "QuestionnaireResponse",
        "id": uuid::Uuid::new_v4().to_string(),
        "meta": { "profile": [DTR_QR_PROFILE] },
        "extension": extensions,
        "questionnaire": format!("{}|{}", q["url"].as_str().unwrap_or_default(), q["version"].as_str().unwrap_or_default()),
        "status": "in-progress",
        "subject": { "reference": input.patient },
        "authored": input.authored,
    });
    if !items.is_empty() {
        qr["item"] = Value::Array(items);
    }
    qr
}
