//! Documentation the clinician supplies (Da Vinci DTR): QuestionnaireResponses submitted to crd-server, and the
//! re-evaluation of the coverage assertion they answer.
//!
//! Owns: QuestionnaireResponse intake (validation, which policy and assertion it answers) and re-deciding the
//! assertion's orders on the facts stored with it plus the answers, under the same coverage-assertion-id.

pub mod adaptive;
pub mod catalog;
pub mod errors;
pub mod expression;
pub mod package;
pub mod prefill;
pub mod questionnaire;

use serde::Deserialize;
use serde_json::Value;

use crate::crd;
use crate::error::{ApiError, IssueType};
use crate::fhir::facts::answer_facts;
use crate::fhir::{check_resource, parse_resource, relative_reference};
use crate::hooks::request::{is_fhir_id, CrdVersion};
use crate::policy::facts::{AnswerFact, Chart, OrderFacts};
use crate::policy::{evaluate, CompiledPolicy, PolicySet};
use crate::store::Store;

/// What the DTR payer endpoints read: the store of assertions and answers, the policies, their Questionnaires and
/// ValueSets, and where this server is reached.
#[derive(Clone, Copy)]
pub struct Documents<'a> {
    /// The caller: only its assertions and answers are read.
    pub tenant: &'a str,
    /// How much one request may carry.
    pub limits: &'a crate::config::LimitsSettings,
    pub store: &'a Store,
    pub policies: &'a PolicySet,
    pub catalog: &'a catalog::Catalog,
    pub base_url: &'a str,
    /// `dtr.adaptive_forms`: `$questionnaire-package` offers adaptive Questionnaires (`$next-question`).
    pub adaptive_forms: bool,
}

/// What a submission did.
pub struct Submission {
    pub resource: Value,
    /// The assertion the response documents.
    pub assertion_id: String,
    /// The assertion in force for its orders afterwards: `assertion_id`, or the new id a changed decision got.
    pub current_assertion_id: String,
    /// (order, new `covered` code) for each re-evaluated order.
    pub outcomes: Vec<(String, String)>,
}

/// The facts a coverage assertion was decided on, as stored with it.
#[derive(Deserialize)]
pub(crate) struct StoredFacts {
    pub(crate) chart: Chart,
    pub(crate) order: OrderFacts,
}

fn bad(message: impl Into<String>) -> ApiError {
    ApiError::bad_request(IssueType::Invalid, message)
}

/// `value` is a FHIR resource of `resource_type` (else 400 `wrong_type`) that parses as valid FHIR (else 400
/// naming `what`).
pub(crate) fn checked_resource(
    value: &Value,
    resource_type: &str,
    wrong_type: &str,
    what: &str,
) -> Result<(), ApiError> {
    if value["resourceType"] != resource_type {
        return Err(ApiError::bad_request(IssueType::Invalid, wrong_type));
    }
    check_resource(&value.to_string()).map_err(|e| {
        ApiError::bad_request(
            IssueType::Structure,
            format!("{what} is not valid FHIR: {e}"),
        )
    })
}

/// A storage failure while serving a DTR request: a 500 that names the step, never the data.
pub(crate) fn internal(context: &str, e: impl std::fmt::Display) -> ApiError {
    ApiError::Internal(anyhow::anyhow!("{context}: {e}"))
}

/// The policy whose Questionnaire a canonical names (`…/Questionnaire/{policy id}`, version ignored).
pub fn policy_for_questionnaire<'a>(
    policies: &'a PolicySet,
    canonical: &str,
) -> Option<&'a CompiledPolicy> {
    policies.get(crate::fhir::questionnaire_id(canonical)?)
}

/// Stores a QuestionnaireResponse and, when it is completed, re-decides the assertion it answers.
pub async fn submit(docs: Documents<'_>, body: &[u8]) -> Result<Submission, ApiError> {
    let (store, policies, tenant) = (docs.store, docs.policies, docs.tenant);
    let mut resource: Value = serde_json::from_slice(body).map_err(|e| {
        ApiError::bad_request(IssueType::Structure, format!("the body is not JSON: {e}"))
    })?;
    checked_resource(
        &resource,
        "QuestionnaireResponse",
        "the body is not a QuestionnaireResponse",
        "the QuestionnaireResponse",
    )?;
    let status = resource["status"].as_str().unwrap_or_default().to_string();
    if !matches!(
        status.as_str(),
        "in-progress" | "completed" | "amended" | "stopped" | "entered-in-error"
    ) {
        return Err(ApiError::bad_request(
            IssueType::Required,
            "QuestionnaireResponse.status is missing or not a status code",
        ));
    }
    let answers = count_answers(&resource["item"]);
    if answers > docs.limits.max_answers {
        return Err(ApiError::bad_request(
            IssueType::TooLong,
            format!(
                "the QuestionnaireResponse has {answers} answers; at most {} (limits.max_answers)",
                docs.limits.max_answers
            ),
        ));
    }
    // A response to a policy's Questionnaire, or to its adaptive one (`#id` derived from `…/{policy}-adaptive`):
    // the same linkIds, so the same answers.
    let policy = crate::fhir::answered_policy(&resource)
        .and_then(|id| policies.get(id))
        .ok_or_else(|| {
            bad("QuestionnaireResponse.questionnaire is not a Questionnaire of this server (…/fhir/Questionnaire/{policy id}, or a contained adaptive one derived from …/{policy id}-adaptive)")
        })?;
    let patient_id = resource["subject"]["reference"]
        .as_str()
        .and_then(relative_reference)
        .and_then(|r| r.strip_prefix("Patient/").map(str::to_string))
        .filter(|id| is_fhir_id(id))
        .ok_or_else(|| {
            ApiError::bad_request(
                IssueType::Required,
                "QuestionnaireResponse.subject must reference the Patient",
            )
        })?;
    // The assertion it documents: that of an order it names (`qr-context`), else the patient's newest one under
    // the policy, preferring one that waits for documentation.
    let mut assertion_id = None;
    for order in context_orders(&resource) {
        let found = store
            .assertion_for_patient_order(tenant, &patient_id, &order)
            .await
            .map_err(|e| internal("looking up the order's assertion", e))?;
        if let Some(id) = found {
            let records = store
                .assertion(tenant, &id)
                .await
                .map_err(|e| internal("reading the assertion", e))?;
            if records.iter().any(|r| r.policy_id == policy.policy.id) {
                assertion_id = Some(id);
                break;
            }
        }
    }
    let assertion_id = match assertion_id {
        Some(id) => Some(id),
        None => store
            .open_assertion(tenant, &patient_id, &policy.policy.id)
            .await
            .map_err(|e| internal("looking up the assertion", e))?,
    }
    .ok_or_else(|| {
        ApiError::bad_request(
            IssueType::BusinessRule,
            format!(
                "no coverage assertion under policy {} for this patient to document",
                policy.policy.number
            ),
        )
    })?;
    // A decision superseded since (its orders carry an old id) is documented as the decision in force; the
    // bound counts every response on these orders' decisions.
    let chain = store
        .assertion_chain(tenant, &assertion_id)
        .await
        .map_err(|e| internal("reading the assertion", e))?;
    let assertion_id = chain.last().cloned().unwrap_or(assertion_id);
    let stored = store
        .count_questionnaire_responses(tenant, &chain)
        .await
        .map_err(|e| internal("counting the assertion's responses", e))?;
    if stored >= docs.limits.max_responses_per_assertion {
        return Err(ApiError::bad_request(
            IssueType::BusinessRule,
            format!(
                "the coverage assertion already has {stored} QuestionnaireResponses; at most {} \
                 (limits.max_responses_per_assertion): sign the order again for a new assertion",
                docs.limits.max_responses_per_assertion
            ),
        ));
    }
    let id = uuid::Uuid::new_v4().to_string();
    resource["id"] = Value::String(id.clone());
    store
        .save_questionnaire_response(
            tenant,
            &id,
            &assertion_id,
            &patient_id,
            &policy.policy.id,
            &resource,
        )
        .await
        .map_err(|e| internal("storing the questionnaire response", e))?;
    let (current_assertion_id, outcomes) = if matches!(status.as_str(), "completed" | "amended") {
        reevaluate(store, tenant, policy, &assertion_id, &patient_id).await?
    } else {
        (assertion_id.clone(), Vec::new())
    };
    Ok(Submission {
        resource,
        assertion_id,
        current_assertion_id,
        outcomes,
    })
}

/// The answers of a QuestionnaireResponse's items, nested ones included.
pub(crate) fn count_answers(items: &Value) -> usize {
    items
        .as_array()
        .into_iter()
        .flatten()
        .map(|item| {
            let answers = item["answer"].as_array().map_or(0, Vec::len);
            let nested: usize = item["answer"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|a| count_answers(&a["item"]))
                .sum();
            answers + nested + count_answers(&item["item"])
        })
        .sum()
}

/// `Type/id` of the orders a response names in its DTR `qr-context` extensions.
fn context_orders(qr: &Value) -> Vec<String> {
    qr["extension"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["url"] == "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/qr-context")
        .filter_map(|e| e["valueReference"]["reference"].as_str())
        .filter_map(relative_reference)
        .collect()
}

/// Re-decides every order of the assertion on its stored facts plus all answers submitted for the patient. The
/// same decision stays under the same id (its trace and facts brought up to date); a changed one is stored under
/// a new id that supersedes it, so what the old id said stays readable. Returns the id in force and the outcomes.
async fn reevaluate(
    store: &Store,
    tenant: &str,
    policy: &CompiledPolicy,
    assertion_id: &str,
    patient_id: &str,
) -> Result<(String, Vec<(String, String)>), ApiError> {
    let responses = store
        .questionnaire_responses(tenant, patient_id, &policy.policy.id)
        .await
        .map_err(|e| internal("reading questionnaire responses", e))?;
    let answers: Vec<AnswerFact> = responses
        .iter()
        .filter_map(|v| parse_resource(&v.to_string()).ok())
        .flat_map(|r| answer_facts(&r, &policy.policy.id))
        .collect();
    let records = store
        .assertion(tenant, assertion_id)
        .await
        .map_err(|e| internal("reading the assertion", e))?;
    let previous: Vec<(String, String)> = records
        .iter()
        .map(|r| (r.order_ref.clone(), r.assertion_key.clone()))
        .collect();
    let today = chrono::Utc::now().date_naive();
    let now = chrono::Utc::now().to_rfc3339();
    let mut updated = Vec::new();
    let mut outcomes = Vec::new();
    for mut record in records {
        let Ok(StoredFacts { mut chart, order }) =
            serde_json::from_str::<StoredFacts>(record.facts.get())
        else {
            continue;
        };
        chart.add_answers(answers.iter().cloned());
        chart.keep_answers(|link| policy.asks(link));
        let decision = evaluate(policy, &chart, &order);
        let outcome = crd::outcome_label(&decision, CrdVersion::V2_2).to_string();
        let decided = crd::DecidedOrder {
            raw: crd::EchoedOrder::null(),
            billing_codes: order
                .codes
                .iter()
                .filter(|c| policy.covers_code(c))
                .cloned()
                .collect(),
            decision,
            facts: order,
        };
        record.assertion_key = crd::decision_key(policy, &record.coverage_ref, &decided);
        record.trace = crate::store::stored_json(&decided.decision);
        record.facts = crate::store::stored_json(&crate::policy::facts::FactsRef {
            chart: &chart,
            order: &decided.facts,
        });
        record.outcome = outcome.clone();
        record.decided_on = today.to_string();
        outcomes.push((record.order_ref.clone(), outcome));
        updated.push(record);
    }
    let changed = updated.iter().any(|r| {
        !previous
            .iter()
            .any(|(order, key)| *order == r.order_ref && *key == r.assertion_key)
    });
    let current = if changed {
        let new_id = uuid::Uuid::new_v4().to_string();
        for r in &mut updated {
            r.assertion_id = new_id.clone();
            r.supersedes = assertion_id.to_string();
            r.created_at = now.clone();
        }
        new_id
    } else {
        assertion_id.to_string()
    };
    store
        .record(updated)
        .await
        .map_err(|e| internal("recording the re-evaluation", e))?;
    Ok((current, outcomes))
}
