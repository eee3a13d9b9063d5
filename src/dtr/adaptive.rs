//! Adaptive forms (DTR 2.2 with SDC `$next-question`): the adaptive Questionnaire of a policy, the draft response
//! `$questionnaire-package` offers for it, and the next questions.
//!
//! Owns: which questions come next. Nothing new decides them: the policy evaluator (`policy::evaluate`) is run on
//! the chart CRD read for the response's order (when its `qr-context` names one this tenant decided) plus the
//! answers so far, and its open items are what is still unknown. The indication comes first when it is open
//! (every criterion group depends on it), with the gates' questions (which depend on nothing); after it, every
//! open item at once (spec-36: as many as possible per call). No new open item: the response is `completed`.
//! The operation stores nothing (DTR sec-10).

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::questionnaire::{indications_system, DTR_QR_PROFILE};
use super::{count_answers, internal, Documents, StoredFacts};
use crate::error::{ApiError, IssueType};
use crate::fhir::{is_fhir_id, relative_reference};
use crate::policy::facts::{AnswerFact, Availability, Chart, OrderFacts};
use crate::policy::{evaluate, CompiledPolicy};

pub const ADAPTIVE_EXT: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-questionnaireAdaptive";
const ADAPT_SEARCH_PROFILE: &str =
    "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/dtr-questionnaire-adapt-search";
const ADAPT_PROFILE: &str =
    "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/dtr-questionnaire-adapt";
const QR_ADAPT_PROFILE: &str =
    "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/dtr-questionnaireresponse-adapt";
/// The id of an adaptive Questionnaire: its policy's id and this suffix.
const SUFFIX: &str = crate::fhir::ADAPTIVE_SUFFIX;
/// The contained Questionnaire's id in an adaptive response.
const CONTAINED_ID: &str = "adaptive";

fn bad(issue: IssueType, message: impl Into<String>) -> ApiError {
    ApiError::bad_request(issue, message)
}

pub use crate::fhir::policy_of_adaptive;

/// The adaptive Questionnaire of a policy, from its standard one: no items (DTR adaptive search profile), and the
/// `questionnaireAdaptive` extension naming where `$next-question` is (this server's FHIR base, spec-23/24).
pub fn adaptive_questionnaire(standard: &Value, base_url: &str) -> Value {
    let id = format!("{}{SUFFIX}", standard["id"].as_str().unwrap_or_default());
    let mut q = json!({
        "resourceType": "Questionnaire",
        "id": id,
        "meta": { "profile": [ADAPT_SEARCH_PROFILE] },
        "extension": [{ "url": ADAPTIVE_EXT, "valueUrl": format!("{base_url}/fhir") }],
        "url": format!("{}{SUFFIX}", standard["url"].as_str().unwrap_or_default()),
        "version": standard["version"],
        "name": format!("{}_Adaptive", standard["name"].as_str().unwrap_or_default()),
        "title": format!("{} (adaptive)", standard["title"].as_str().unwrap_or_default()),
        "status": "active",
        "subjectType": ["Patient"],
        "date": standard["date"],
        "publisher": standard["publisher"],
        "description": standard["description"],
    });
    if !standard["effectivePeriod"].is_null() {
        q["effectivePeriod"] = standard["effectivePeriod"].clone();
    }
    q
}

/// The draft response for an adaptive Questionnaire (spec-25/26): the package's draft with its DTR extensions
/// (subject, qr-context, qr-coverage) but no answers, answering a contained copy of the adaptive Questionnaire.
pub fn adaptive_response(draft: &Value, adaptive: &Value) -> Value {
    let mut qr = draft.clone();
    let obj = qr.as_object_mut().expect("a draft response is an object");
    obj.remove("item");
    obj.insert("meta".into(), json!({ "profile": [QR_ADAPT_PROFILE] }));
    obj.insert("questionnaire".into(), json!(format!("#{CONTAINED_ID}")));
    obj.insert("status".into(), json!("in-progress"));
    obj.insert(
        "contained".into(),
        json!([{
            "resourceType": "Questionnaire",
            "id": CONTAINED_ID,
            "meta": { "profile": [ADAPT_PROFILE] },
            "extension": adaptive["extension"],
            "derivedFrom": [format!("{}|{}", adaptive["url"].as_str().unwrap_or_default(),
                                    adaptive["version"].as_str().unwrap_or_default())],
            "status": "active",
            "subjectType": ["Patient"],
        }]),
    );
    qr
}

/// Every item under `items` by linkId, nested ones included.
fn items_by_link<'a>(items: &'a Value, out: &mut Vec<(&'a str, &'a Value)>) {
    for item in items.as_array().into_iter().flatten() {
        if let Some(link) = item["linkId"].as_str() {
            out.push((link, item));
        }
        items_by_link(&item["item"], out);
    }
}

/// The answer value key an item type takes (`None`: the item takes no answer).
fn value_key(item_type: &str) -> Option<&'static str> {
    Some(match item_type {
        "boolean" => "valueBoolean",
        "choice" | "open-choice" | "coding" => "valueCoding",
        "decimal" => "valueDecimal",
        "integer" => "valueInteger",
        "date" => "valueDate",
        "dateTime" => "valueDateTime",
        "string" | "text" => "valueString",
        _ => return None,
    })
}

/// Checks every answer of the response against the contained Questionnaire (spec-147) and returns the answers
/// the policy reads (booleans, and the indication as `indication:{code}`).
fn answers(
    policy: &CompiledPolicy,
    asked: &[(&str, &Value)],
    items: &Value,
    out: &mut Vec<AnswerFact>,
) -> Result<(), ApiError> {
    for item in items.as_array().into_iter().flatten() {
        let link = item["linkId"].as_str().unwrap_or_default();
        let Some((_, definition)) = asked.iter().find(|(l, _)| *l == link) else {
            return Err(bad(
                IssueType::Invalid,
                format!(
                    "item '{link}' is answered but is not an item of the contained Questionnaire"
                ),
            ));
        };
        let kind = definition["type"].as_str().unwrap_or_default();
        for answer in item["answer"].as_array().into_iter().flatten() {
            let key = value_key(kind).ok_or_else(|| {
                bad(
                    IssueType::Invalid,
                    format!("item '{link}' ({kind}) takes no answer"),
                )
            })?;
            let value = &answer[key];
            if value.is_null() {
                return Err(bad(
                    IssueType::Invalid,
                    format!("item '{link}' is {kind}: its answer must be a {key}"),
                ));
            }
            if let Some(b) = value.as_bool() {
                out.push(AnswerFact {
                    reference: "QuestionnaireResponse/adaptive".into(),
                    link_id: link.to_string(),
                    value: b,
                });
            }
            if link == "indication" {
                let system = indications_system(&policy.policy.id);
                let code = value["code"].as_str().unwrap_or_default();
                let known = value["system"] == system.as_str()
                    && policy.policy.indications.iter().any(|i| i.id == code);
                if !known {
                    return Err(bad(
                        IssueType::Value,
                        "the indication answer is not a code of the item's answerValueSet",
                    ));
                }
                out.push(AnswerFact {
                    reference: "QuestionnaireResponse/adaptive".into(),
                    link_id: format!("indication:{code}"),
                    value: true,
                });
            }
            answers(policy, asked, &answer["item"], out)?;
        }
        answers(policy, asked, &item["item"], out)?;
    }
    Ok(())
}

/// Whether the response answers `link` anywhere.
fn answered(items: &Value, link: &str) -> bool {
    items.as_array().into_iter().flatten().any(|item| {
        (item["linkId"] == link && item["answer"].as_array().is_some_and(|a| !a.is_empty()))
            || answered(&item["item"], link)
            || item["answer"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|a| answered(&a["item"], link))
    })
}

/// The facts CRD stored for an order the response's `qr-context` names, for its subject, in this tenant.
async fn crd_facts(
    docs: Documents<'_>,
    policy: &CompiledPolicy,
    qr: &Value,
) -> Result<Option<StoredFacts>, ApiError> {
    let Some(patient) = qr["subject"]["reference"]
        .as_str()
        .and_then(relative_reference)
        .and_then(|r| r.strip_prefix("Patient/").map(str::to_string))
        .filter(|id| is_fhir_id(id))
    else {
        return Ok(None);
    };
    let orders = qr["extension"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["url"] == "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/qr-context")
        .filter_map(|e| e["valueReference"]["reference"].as_str())
        .filter_map(relative_reference)
        .take(docs.limits.max_package_orders);
    for order in orders {
        let Some(id) = docs
            .store
            .assertion_for_patient_order(docs.tenant, &patient, &order)
            .await
            .map_err(|e| internal("looking up the order's assertion", e))?
        else {
            continue;
        };
        let records = docs
            .store
            .assertion(docs.tenant, &id)
            .await
            .map_err(|e| internal("reading the assertion", e))?;
        if let Some(facts) = records
            .iter()
            .filter(|r| r.policy_id == policy.policy.id && r.order_ref == order)
            .find_map(|r| serde_json::from_str::<StoredFacts>(r.facts.get()).ok())
        {
            return Ok(Some(facts));
        }
    }
    Ok(None)
}

/// An order nothing is known about: its drug is unknown (never "no drug"), its reason unstated.
fn unknown_order() -> OrderFacts {
    OrderFacts {
        reference: "unknown".into(),
        codes: Vec::new(),
        reason_codes: Vec::new(),
        reason_references: Vec::new(),
        unresolved_reasons: Vec::new(),
        drug: None,
        drug_unknown: Some("the adaptive form names no order CRD decided".into()),
        date: chrono::Utc::now().date_naive(),
    }
}

/// An item to ask, from the policy's standard Questionnaire: required (the payer needs it to decide), without the
/// enableWhen that tied it to a group.
fn item_to_ask(docs: Documents<'_>, policy: &CompiledPolicy, link: &str, text: &str) -> Value {
    let standard = docs.catalog.questionnaire(&policy.policy.id);
    let mut all = Vec::new();
    if let Some(q) = standard {
        items_by_link(&q["item"], &mut all);
    }
    let mut item = all
        .iter()
        .find(|(l, _)| *l == link)
        .map(|(_, i)| (*i).clone())
        .unwrap_or_else(|| json!({ "linkId": link, "text": text, "type": "boolean" }));
    if let Some(obj) = item.as_object_mut() {
        obj.remove("enableWhen");
        obj.insert("required".into(), json!(true));
    }
    item
}

/// `$next-question`: the input Parameters (one `questionnaire-response`) to the output Parameters (`return`).
pub async fn next_question(docs: Documents<'_>, body: &[u8]) -> Result<Value, ApiError> {
    let input: Value = serde_json::from_slice(body)
        .map_err(|e| bad(IssueType::Structure, format!("the body is not JSON: {e}")))?;
    if input["resourceType"] != "Parameters" {
        return Err(bad(
            IssueType::Invalid,
            "the body must be a Parameters resource",
        ));
    }
    let params = input["parameter"].as_array().map_or(&[][..], |v| v);
    if let Some(other) = params
        .iter()
        .find(|p| p["name"] != "questionnaire-response")
    {
        return Err(bad(
            IssueType::Invalid,
            format!(
                "'{}' is not a parameter of $next-question",
                other["name"]
                    .as_str()
                    .unwrap_or_default()
                    .chars()
                    .take(64)
                    .collect::<String>()
            ),
        ));
    }
    if params.len() != 1 {
        return Err(bad(
            IssueType::Required,
            "exactly one 'questionnaire-response' parameter is required",
        ));
    }
    let mut qr = params[0]["resource"].clone();
    super::checked_resource(
        &qr,
        "QuestionnaireResponse",
        "'questionnaire-response' must hold a QuestionnaireResponse",
        "the QuestionnaireResponse",
    )?;
    let n = count_answers(&qr["item"]);
    if n > docs.limits.max_answers {
        return Err(bad(
            IssueType::TooLong,
            format!(
                "the QuestionnaireResponse has {n} answers; at most {} (limits.max_answers)",
                docs.limits.max_answers
            ),
        ));
    }
    // The contained adaptive Questionnaire it answers (spec-25), derived from one of ours.
    let local = qr["questionnaire"]
        .as_str()
        .and_then(|q| q.strip_prefix('#'))
        .ok_or_else(|| {
            bad(
                IssueType::Invalid,
                "QuestionnaireResponse.questionnaire must reference its contained adaptive Questionnaire (#id)",
            )
        })?
        .to_string();
    let position = qr["contained"]
        .as_array()
        .and_then(|c| {
            c.iter()
                .position(|r| r["resourceType"] == "Questionnaire" && r["id"] == local.as_str())
        })
        .ok_or_else(|| {
            bad(
                IssueType::Invalid,
                "the QuestionnaireResponse does not contain the Questionnaire it references",
            )
        })?;
    let contained = qr["contained"][position].clone();
    let policy = contained["derivedFrom"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .find_map(|c| {
            let id = crate::fhir::questionnaire_id(c)?;
            let policy = docs.policies.get(policy_of_adaptive(id)?)?;
            let standard = docs.catalog.questionnaire(&policy.policy.id)?;
            let adaptive_url = format!("{}{SUFFIX}", standard["url"].as_str()?);
            (super::catalog::split_canonical(c).0 == adaptive_url).then_some(policy)
        })
        .ok_or_else(|| {
            bad(
                IssueType::Invalid,
                "the contained Questionnaire is not derivedFrom an adaptive Questionnaire of this server",
            )
        })?;

    // Every answer is to an asked item, of its type; every asked required item is answered (spec-147).
    let mut asked = Vec::new();
    items_by_link(&contained["item"], &mut asked);
    let mut given = Vec::new();
    answers(policy, &asked, &qr["item"], &mut given)?;
    for item in contained["item"].as_array().into_iter().flatten() {
        let link = item["linkId"].as_str().unwrap_or_default();
        if item["required"] == true && !answered(&qr["item"], link) {
            return Err(bad(
                IssueType::Required,
                format!("item '{link}' is required and not answered"),
            ));
        }
    }

    // What the policy still needs, given the chart (if CRD read it) and the answers so far.
    let (mut chart, order) = match crd_facts(docs, policy, &qr).await? {
        Some(f) => (f.chart, f.order),
        None => (Chart::empty(), unknown_order()),
    };
    chart.answers = Availability::Known(given);
    chart.keep_answers(|link| policy.asks(link));
    let decision = evaluate(policy, &chart, &order);
    let asked_links: BTreeSet<&str> = asked.iter().map(|(l, _)| *l).collect();
    let open: Vec<_> = decision
        .open_items
        .iter()
        .filter(|i| !answered(&qr["item"], &i.link_id))
        .collect();
    let gates: BTreeSet<&str> = policy.policy.gates.iter().map(|g| g.id.as_str()).collect();
    let next: Vec<_> = if open.iter().any(|i| i.link_id == "indication") {
        // Which criteria are open depends on the indication: ask it (and the gates) first.
        open.into_iter()
            .filter(|i| i.link_id == "indication" || gates.contains(i.criterion.as_str()))
            .collect()
    } else {
        open
    };
    let new: Vec<Value> = next
        .into_iter()
        .filter(|i| !asked_links.contains(i.link_id.as_str()))
        .map(|i| item_to_ask(docs, policy, &i.link_id, &i.text))
        .collect();
    if new.is_empty() {
        qr["status"] = json!("completed");
    } else {
        qr["status"] = json!("in-progress");
        let mut items = contained["item"].as_array().cloned().unwrap_or_default();
        items.extend(new);
        qr["contained"][position]["item"] = Value::Array(items);
    }
    if qr["meta"]["profile"].is_null() {
        qr["meta"] = json!({ "profile": [QR_ADAPT_PROFILE, DTR_QR_PROFILE] });
    }
    Ok(json!({ "resourceType": "Parameters", "parameter": [{ "name": "return", "resource": qr }] }))
}
