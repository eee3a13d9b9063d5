//! Writes a policy's DTR Questionnaire and the ValueSets it answers from: the files checked into
//! `fhir-resources/questionnaires/` (`crd-server questionnaires write` regenerates them; a test keeps them equal).
//!
//! Owns: the item for every criterion (boolean, required, coded with the criterion id and citing it), the
//! indication choice and its enableWhen groups, the trial detail items, the SDC population expressions.
//! Pure.

use serde_json::{json, Value};

use super::expression::{initial_expression, questionnaire_extensions};
use crate::policy::facts::SNOMED_ROUTES;
use crate::policy::model::{answer_leaves, Criterion, Test};
use crate::policy::CompiledPolicy;

/// Canonical base of the checked-in Questionnaires and ValueSets: a stable name, independent of where a
/// server runs (DTR clients fetch them with `$questionnaire-package`, not from this URL).
pub const CANONICAL_BASE: &str = "https://crd.example.org/fhir";

/// The DTR standard Questionnaire profile the generated Questionnaires claim.
pub const DTR_STD_PROFILE: &str =
    "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/dtr-std-questionnaire";

/// The DTR QuestionnaireResponse profile the package's draft response claims.
pub const DTR_QR_PROFILE: &str =
    "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/dtr-questionnaireresponse";

/// Version of the shared route ValueSet.
const ROUTES_VERSION: &str = "1.0.0";

/// When the route ValueSet last changed (`$questionnaire-package` `changedsince` compares with it).
const ROUTES_DATE: &str = "2026-11-28";

pub fn questionnaire_url(policy_id: &str) -> String {
    format!("{CANONICAL_BASE}/Questionnaire/{policy_id}")
}

fn indications_url(policy_id: &str) -> String {
    format!("{CANONICAL_BASE}/ValueSet/{policy_id}-indications")
}

pub fn indications_system(policy_id: &str) -> String {
    format!("{CANONICAL_BASE}/CodeSystem/{policy_id}-indications")
}

fn routes_url() -> String {
    format!("{CANONICAL_BASE}/ValueSet/infusion-routes")
}

/// The version of a policy's Questionnaire: the date the policy took effect.
pub fn version(policy: &CompiledPolicy) -> String {
    policy.policy.effective.start.to_string()
}

/// Link ids of the detail items asked under a trial criterion.
pub fn trial_items(link_id: &str) -> [String; 4] {
    [
        format!("{link_id}.trial-date"),
        format!("{link_id}.trial-route"),
        format!("{link_id}.pain-before"),
        format!("{link_id}.pain-after"),
    ]
}

/// Whether a test reads a trial (its criterion gets the trial detail items).
pub fn has_trial(test: &Test) -> bool {
    match test {
        Test::All(ts) | Test::Any(ts) => ts.iter().any(has_trial),
        Test::Not(t) => has_trial(t),
        Test::TrialPainReduction { .. } => true,
        _ => false,
    }
}

fn criterion_item(policy: &CompiledPolicy, c: &Criterion, exclusion: bool) -> Value {
    let p = &policy.policy;
    let mut item = json!({
        "linkId": c.question.link_id,
        "code": [{ "system": format!("{}/criteria", questionnaire_url(&p.id)), "code": c.id, "display": c.text }],
        "prefix": if exclusion { "Exclusion" } else { "Criterion" },
        "text": c.question.text,
        "type": "boolean",
        "required": true,
    });
    if let Some(expression) = initial_expression(policy, &c.test) {
        item["extension"] = json!([expression]);
    }
    // The citation, shown under the question.
    let mut children = vec![json!({
        "linkId": format!("{}.citation", c.question.link_id),
        "text": c.citation,
        "type": "display",
    })];
    if has_trial(&c.test) {
        let [date, route, before, after] = trial_items(&c.question.link_id);
        let score = |link: &str, text: &str| {
            json!({
                "linkId": link, "text": text, "type": "decimal",
                "extension": [
                    { "url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueDecimal": 0 },
                    { "url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueDecimal": 10 },
                ],
                "code": [{ "system": "http://loinc.org", "code": "72514-3",
                           "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported" }],
            })
        };
        children.extend([
            json!({ "linkId": date, "text": "When was the trial done?", "type": "dateTime" }),
            json!({ "linkId": route, "text": "By which route was the trial dose given?", "type": "choice",
                    "answerValueSet": format!("{}|{ROUTES_VERSION}", routes_url()) }),
            score(&before, "Pain score before the trial (0-10)"),
            score(&after, "Lowest pain score after the trial (0-10)"),
        ]);
    }
    item["item"] = Value::Array(children);
    item
}

/// The Questionnaire of a policy.
pub fn questionnaire(policy: &CompiledPolicy) -> Value {
    let p = &policy.policy;
    let version = version(policy);
    let mut items = vec![json!({
        "linkId": "indication",
        "text": format!("Which indication of {} {} is the pump for?", p.payer.name, p.number),
        "type": "choice",
        "required": true,
        "answerValueSet": format!("{}|{version}", indications_url(&p.id)),
    })];
    // Questions of the gates (asked when the chart cannot settle one), before any indication.
    let mut gate_questions = Vec::new();
    for gate in &p.gates {
        if let Some(q) = &gate.question {
            gate_questions.push((q.link_id.clone(), q.text.clone()));
        }
        answer_leaves(&gate.test, &mut gate_questions);
    }
    gate_questions.dedup();
    items.extend(
        gate_questions
            .into_iter()
            .map(|(link_id, text)| json!({ "linkId": link_id, "text": text, "type": "boolean" })),
    );
    for ind in &p.indications {
        let mut questions: Vec<Value> = ind
            .criteria
            .iter()
            .map(|c| criterion_item(policy, c, false))
            .chain(
                ind.exclusions
                    .iter()
                    .map(|c| criterion_item(policy, c, true)),
            )
            .collect();
        // Questions inside a test (e.g. "the medical director waived the trial") are asked, not required.
        let mut leaves = Vec::new();
        answer_leaves(&ind.applies_when, &mut leaves);
        for c in ind.criteria.iter().chain(ind.exclusions.iter()) {
            answer_leaves(&c.test, &mut leaves);
        }
        leaves.dedup();
        questions.extend(
            leaves.into_iter().map(
                |(link_id, text)| json!({ "linkId": link_id, "text": text, "type": "boolean" }),
            ),
        );
        items.push(json!({
            "linkId": format!("group-{}", ind.id),
            "text": format!("{} ({})", ind.title, ind.citation),
            "type": "group",
            "enableWhen": [{ "question": "indication", "operator": "=",
                             "answerCoding": { "system": indications_system(&p.id), "code": ind.id } }],
            "item": questions,
        }));
    }
    let mut extensions = questionnaire_extensions();
    extensions.push(json!({
        "url": "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/questionnaireAudience",
        "valueCode": "clinical",
    }));
    json!({
        "resourceType": "Questionnaire",
        "id": p.id,
        "meta": { "profile": [DTR_STD_PROFILE] },
        "extension": extensions,
        "url": questionnaire_url(&p.id),
        "version": version,
        "name": crate::fhir::computable_name(&p.id),
        "title": format!("{} {}: {}", p.payer.name, p.number, p.title),
        "status": "active",
        "subjectType": ["Patient"],
        "date": version,
        "publisher": p.payer.name,
        "description": format!(
            "Documentation {} needs for {} ({}). Each item asks one criterion of the policy and cites it.",
            p.payer.name, p.title, p.source.citation
        ),
        "effectivePeriod": match p.effective.end {
            Some(end) => json!({ "start": p.effective.start.to_string(), "end": end.to_string() }),
            None => json!({ "start": p.effective.start.to_string() }),
        },
        "item": items,
    })
}

/// The ValueSets a policy's Questionnaire answers from (its indications), without expansion.
pub fn indication_value_set(policy: &CompiledPolicy) -> Value {
    let p = &policy.policy;
    json!({
        "resourceType": "ValueSet",
        "id": format!("{}-indications", p.id),
        "url": indications_url(&p.id),
        "version": version(policy),
        "name": crate::fhir::computable_name(&format!("{}-indications", p.id)),
        "title": format!("Indications of {} {}", p.payer.name, p.number),
        "status": "active",
        "date": version(policy),
        "compose": { "include": [{
            "system": indications_system(&p.id),
            "concept": p.indications.iter().map(|i| json!({ "code": i.id, "display": i.title })).collect::<Vec<_>>(),
        }]},
    })
}

/// The routes a trial dose may be given by (shared by every policy).
pub fn route_value_set() -> Value {
    json!({
        "resourceType": "ValueSet",
        "id": "infusion-routes",
        "url": routes_url(),
        "version": ROUTES_VERSION,
        "name": "Infusion_Routes",
        "title": "Routes of an infusion trial or pump",
        "status": "active",
        "date": ROUTES_DATE,
        "compose": { "include": [{
            "system": "http://snomed.info/sct",
            "concept": SNOMED_ROUTES.iter().map(|(_, code, display)| json!({ "code": code, "display": display })).collect::<Vec<_>>(),
        }]},
    })
}
