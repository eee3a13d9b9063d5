//! The patient's chart as the engine reads it ([`Chart`]), from what was gathered for one hook call: each data
//! category known, not provided (no prefetch key and nothing read), or failed.

use super::gather::{Gathered, KeyStatus};
use super::payer::CoverageSelection;
use super::request::HookRequest;
use crate::fhir::{facts, Resource};
use crate::policy::facts::{Availability, Category, Chart};
use crate::policy::CompiledPolicy;

/// The prefetch keys (of the discovery templates) that carry each category of chart data: the one table the
/// chart's availability and the 412's wording read.
pub const CATEGORY_KEYS: &[(Category, &[&str])] = &[
    (Category::Patient, &["patient"]),
    (Category::Conditions, &["conditions"]),
    (Category::Procedures, &["procedures"]),
    (Category::Observations, &["observations"]),
    (
        Category::Medications,
        &["medicationStatements", "medicationRequests"],
    ),
    (Category::Allergies, &["allergies"]),
    (
        Category::QuestionnaireResponses,
        &["questionnaireResponses"],
    ),
];

pub fn keys_of(category: Category) -> &'static [&'static str] {
    CATEGORY_KEYS
        .iter()
        .find(|(c, _)| *c == category)
        .map(|(_, k)| *k)
        .unwrap_or_default()
}

fn availability<T>(
    gathered: &Gathered,
    keys: &[&str],
    build: impl FnOnce() -> T,
) -> Availability<T> {
    for key in keys {
        match gathered.status(key) {
            KeyStatus::Failed(e) => return Availability::Failed(e.to_string()),
            KeyStatus::Missing => return Availability::NotProvided,
            _ => {}
        }
    }
    Availability::Known(build())
}

pub(super) fn build_chart(
    gathered: &Gathered,
    request: &HookRequest,
    policy: &CompiledPolicy,
    selection: &CoverageSelection,
) -> Chart {
    let rs = &gathered.resources;
    let patient_id = request.patient_id();
    Chart {
        birth_date: availability(gathered, keys_of(Category::Patient), || {
            rs.iter().find_map(|r| match r {
                Resource::Patient(p) if p.id.as_deref() == Some(patient_id) => {
                    p.birth_date.as_deref().and_then(facts::parse_date)
                }
                _ => None,
            })
        }),
        conditions: availability(gathered, keys_of(Category::Conditions), || {
            rs.iter().filter_map(facts::condition_fact).collect()
        }),
        procedures: availability(gathered, keys_of(Category::Procedures), || {
            let mut procedures: Vec<_> = rs.iter().filter_map(facts::procedure_fact).collect();
            facts::assign_trial_doses(&mut procedures, rs);
            procedures
        }),
        observations: availability(gathered, keys_of(Category::Observations), || {
            rs.iter().filter_map(facts::observation_fact).collect()
        }),
        medications: availability(gathered, keys_of(Category::Medications), || {
            rs.iter()
                .filter_map(|r| facts::medication_fact(r, rs))
                .collect()
        }),
        allergies: availability(gathered, keys_of(Category::Allergies), || {
            rs.iter().filter_map(facts::allergy_fact).collect()
        }),
        answers: availability(gathered, keys_of(Category::QuestionnaireResponses), || {
            rs.iter()
                .flat_map(|r| facts::answer_facts(r, &policy.policy.id))
                .collect()
        }),
        coverage_classes: selection.classes.clone(),
    }
}
