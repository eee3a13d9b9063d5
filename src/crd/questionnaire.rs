//! The Questionnaire of a policy, served at `/fhir/Questionnaire/{policy id}` (the canonical that the
//! coverage-information extension names when documentation is needed).
//!
//! Owns: one boolean item per criterion, with its citation, plus the indication question. The DTR package,
//! prefill and adaptive features build on this (issue #5). Pure.

use serde_json::{json, Value};

use crate::policy::model::answer_leaves;
use crate::policy::CompiledPolicy;

pub fn questionnaire(policy: &CompiledPolicy, canonical: &str) -> Value {
    let p = &policy.policy;
    let mut items = vec![json!({
        "linkId": "indication",
        "text": format!("Which indication of {} {} is the pump for?", p.payer.name, p.number),
        "type": "choice",
        "answerOption": p.indications.iter().map(|i| json!({ "valueCoding": { "code": i.id, "display": i.title } })).collect::<Vec<_>>(),
    })];
    for ind in &p.indications {
        let mut questions: Vec<Value> = ind
            .criteria
            .iter()
            .chain(ind.exclusions.iter())
            .map(|c| {
                json!({
                    "linkId": c.question.link_id,
                    "text": c.question.text,
                    "type": "boolean",
                    "required": true,
                    "code": [{ "system": format!("{canonical}/criteria"), "code": c.id, "display": c.citation }],
                })
            })
            .collect();
        // Questions inside a criterion's test (e.g. a waiver) are asked too, but are not each required.
        let mut leaves = Vec::new();
        answer_leaves(&ind.applies_when, &mut leaves);
        for c in ind.criteria.iter().chain(ind.exclusions.iter()) {
            answer_leaves(&c.test, &mut leaves);
        }
        questions.extend(
            leaves.into_iter().map(
                |(link_id, text)| json!({ "linkId": link_id, "text": text, "type": "boolean" }),
            ),
        );
        items.push(json!({
            "linkId": format!("group-{}", ind.id),
            "text": ind.title,
            "type": "group",
            "enableWhen": [{ "question": "indication", "operator": "=", "answerCoding": { "code": ind.id } }],
            "item": questions,
        }));
    }
    json!({
        "resourceType": "Questionnaire",
        "id": p.id,
        "url": canonical,
        "version": p.effective.start.to_string(),
        "name": p.id.replace('-', "_"),
        "title": format!("{} {}: {}", p.payer.name, p.number, p.title),
        "status": "active",
        "subjectType": ["Patient"],
        "item": items,
    })
}
