//! The Inferno CRD kit's server checks, ported (inferno-framework/davinci-crd-test-kit @ 1d1f2c4,
//! `lib/davinci_crd_test_kit/`): one function per kit test, each naming its Ruby file and the requirement ids the
//! kit says it verifies (`hl7.fhir.us.davinci-crd_2.0.1@n`). Re-authored in Rust: the kit's tests accumulate
//! over a group of requests and look for *presence* ("an External Reference card was received"); what is ported is
//! the per-response validation each one runs, so it applies to every response the suite sees.
//! Not ported: `service_call_test.rb` (HTTP 200 for every body) is `tests/api/peers.rs`' per-fixture expectation;
//! `service_request_*_validation_test.rb` check requests the kit sends, not responses.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::profiles::{self, is_http_url};
use super::{Out, Violation};

/// (rule id, Ruby file).
pub const RULES: &[(&str, &str)] = &[
    ("inferno.discovery_endpoint", "server_tests/discovery_endpoint_test.rb"),
    ("inferno.discovery_services", "server_tests/discovery_services_validation_test.rb"),
    ("inferno.service_response", "server_tests/service_response_validation_test.rb + cards_validation.rb"),
    ("inferno.service_response.system_actions", "server_tests/service_response_validation_test.rb (SYSTEM_ACTIONS_HOOK_NAMES)"),
    ("inferno.card_optional_fields", "server_tests/card_optional_fields_validation_test.rb + cards_validation.rb"),
    ("inferno.coverage_info", "server_tests/coverage_information_system_action_validation_test.rb"),
    ("inferno.coverage_info_received", "server_tests/coverage_information_system_action_received_test.rb"),
    ("inferno.create_or_update_coverage", "server_tests/create_or_update_coverage_info_response_validation_test.rb"),
    ("inferno.external_reference", "server_tests/external_reference_card_validation_test.rb"),
    ("inferno.launch_smart_app", "server_tests/launch_smart_app_card_validation_test.rb"),
    ("inferno.instructions", "server_tests/instructions_card_received_test.rb"),
    ("inferno.propose_alternate", "server_tests/propose_alternate_request_card_validation_test.rb + suggestion_actions_validation.rb"),
    ("inferno.form_completion", "server_tests/form_completion_response_validation_test.rb"),
    ("inferno.additional_orders", "server_tests/additional_orders_validation_test.rb"),
];

fn v(out: &mut Out, rule: &'static str, at: &str, msg: impl Into<String>) {
    out.push(Violation {
        rule,
        at: at.to_string(),
        msg: msg.into(),
    });
}

fn cards(body: &Value) -> impl Iterator<Item = (usize, &Value)> {
    body["cards"].as_array().into_iter().flatten().enumerate()
}

fn non_empty_string(x: &Value) -> bool {
    x.as_str().is_some_and(|s| !s.is_empty())
}

/// `discovery_endpoint_test.rb`: `GET {base}/cds-services` answers 200 with a JSON object.
pub fn discovery_endpoint(status: u16, body: &Value, out: &mut Out) {
    if status != 200 || !body.is_object() {
        v(
            out,
            "inferno.discovery_endpoint",
            "$",
            format!("status {status}, body must be a JSON object"),
        );
    }
}

/// `discovery_services_validation_test.rb` (CDS Hooks discovery): `services` is an array; each service has
/// `hook`, `description` and `id`, non-empty strings.
pub fn discovery_services(body: &Value, out: &mut Out) {
    let Some(services) = body["services"].as_array() else {
        return v(
            out,
            "inferno.discovery_services",
            "$",
            "services must be an array",
        );
    };
    for (i, s) in services.iter().enumerate() {
        for f in ["hook", "description", "id"] {
            if !non_empty_string(&s[f]) {
                v(
                    out,
                    "inferno.discovery_services",
                    &format!("$.services[{i}]"),
                    format!("{f} must be a non-empty string"),
                );
            }
        }
    }
}

/// `service_response_validation_test.rb` with `cards_validation.rb#cards_check` and
/// `suggestion_actions_validation.rb#action_fields_validation`: `cards` is an array; each card has `summary`
/// (string, under 140), `indicator` (info|warning|critical), `source` with `label` and `topic` {code, system};
/// `systemActions`, when present, an array of actions with `type` (create|update|delete), `description`, and a
/// resource for create/update or a `resourceId` for delete.
///
/// The kit also errors when an appointment-book / order-sign / order-dispatch response has no `systemActions`
/// at all. CDS Hooks 2.0 makes `systemActions` OPTIONAL and forbids `[]` ("Null and empty JSON elements"), so an
/// answer with nothing decided rightly omits it; ported as: a primary-hook response that states a coverage decision
/// (a `coverage-info` card) carries it as `systemActions` (CRD resp-26, resp-25).
pub fn service_response(body: &Value, out: &mut Out) {
    let r = "inferno.service_response";
    let Some(list) = body["cards"].as_array() else {
        return v(out, r, "$", "cards missing or not an array");
    };
    for (i, card) in list.iter().enumerate() {
        let at = format!("$.cards[{i}]");
        let summary_ok = card["summary"]
            .as_str()
            .is_some_and(|s| !s.is_empty() && s.chars().count() < 140);
        let indicator_ok = matches!(
            card["indicator"].as_str(),
            Some("info" | "warning" | "critical")
        );
        let source = &card["source"];
        let source_ok = non_empty_string(&source["label"])
            && non_empty_string(&source["topic"]["code"])
            && non_empty_string(&source["topic"]["system"]);
        if !summary_ok || !indicator_ok || !source_ok {
            v(out, r, &at, "card needs summary (<140), indicator, source.label and source.topic {code, system}");
        }
    }
    match body.get("systemActions") {
        None => {}
        Some(Value::Array(actions)) => {
            for (i, a) in actions.iter().enumerate() {
                let at = format!("$.systemActions[{i}]");
                let type_ok = matches!(a["type"].as_str(), Some("create" | "update" | "delete"));
                let body_ok = match a["type"].as_str() {
                    Some("delete") => non_empty_string(&a["resourceId"]),
                    _ => a["resource"]["resourceType"].is_string(),
                };
                if !type_ok || !non_empty_string(&a["description"]) || !body_ok {
                    v(out, r, &at, "action needs type create|update|delete, description, and resource / resourceId");
                }
            }
        }
        Some(_) => v(out, r, "$.systemActions", "systemActions is not an array"),
    }
}

/// The kit's `SYSTEM_ACTIONS_HOOK_NAMES` rule (see [`service_response`] for how it is read).
pub fn service_response_system_actions(body: &Value, hook: &str, out: &mut Out) {
    let primary = matches!(hook, "appointment-book" | "order-sign" | "order-dispatch");
    let decision_card = cards(body).any(|(_, c)| {
        c["source"]["topic"]["code"] == "coverage-info"
            && c["summary"].as_str().is_some_and(|s| {
                let s = s.to_lowercase();
                s.contains("covered") || s.contains("prior authorization")
            })
    });
    if primary && decision_card && body.get("systemActions").is_none() {
        v(
            out,
            "inferno.service_response.system_actions",
            "$",
            format!("{hook}: a coverage decision without systemActions"),
        );
    }
}

/// `card_optional_fields_validation_test.rb` (`valid_card_with_optionals?`): `uuid`, `detail` strings;
/// `suggestions`, `overrideReasons`, `links` non-empty arrays; `selectionBehavior` (at-most-one|any) with
/// suggestions; override reasons Codings with code, system, display; links with label, type (absolute|smart), an
/// http(s) `url`, no `appContext` on an absolute link; suggestions with a label and, if present, a non-empty
/// `actions` array of valid actions.
pub fn card_optional_fields(body: &Value, out: &mut Out) {
    let r = "inferno.card_optional_fields";
    for (i, card) in cards(body) {
        let at = format!("$.cards[{i}]");
        for f in ["uuid", "detail"] {
            if card.get(f).is_some_and(|x| !non_empty_string(x)) {
                v(out, r, &at, format!("{f} must be a non-empty string"));
            }
        }
        for f in ["suggestions", "overrideReasons", "links"] {
            if card
                .get(f)
                .is_some_and(|x| x.as_array().is_none_or(|a| a.is_empty()))
            {
                v(out, r, &at, format!("{f} must be a non-empty array"));
            }
        }
        if card.get("suggestions").is_some()
            && !matches!(
                card["selectionBehavior"].as_str(),
                Some("at-most-one" | "any")
            )
        {
            v(
                out,
                r,
                &at,
                "selectionBehavior (at-most-one|any) is required with suggestions",
            );
        }
        for reason in card["overrideReasons"].as_array().into_iter().flatten() {
            if !["code", "system", "display"]
                .iter()
                .all(|f| non_empty_string(&reason[*f]))
            {
                v(
                    out,
                    r,
                    &at,
                    "override reason needs code, system and display",
                );
            }
        }
        for link in card["links"].as_array().into_iter().flatten() {
            let ok = non_empty_string(&link["label"])
                && link["url"].as_str().is_some_and(is_http_url)
                && matches!(link["type"].as_str(), Some("absolute" | "smart"))
                && !(link["type"] == "absolute" && link.get("appContext").is_some());
            if !ok {
                v(out, r, &at, format!("invalid link {link}"));
            }
        }
        for s in card["suggestions"].as_array().into_iter().flatten() {
            if !non_empty_string(&s["label"]) {
                v(out, r, &at, "suggestion without label");
            }
            if s.get("actions")
                .is_some_and(|a| a.as_array().is_none_or(|a| a.is_empty()))
            {
                v(out, r, &at, "suggestion actions must be a non-empty array");
            }
        }
    }
}

fn coverage_infos(resource: &Value) -> Vec<&Value> {
    resource["extension"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["url"] == profiles::COVERAGE_INFORMATION)
        .collect()
}

fn sub_string<'a>(ext: &'a Value, url: &str, key: &str) -> Option<&'a str> {
    ext["extension"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|e| e["url"] == url)
        .and_then(|e| e[key].as_str())
}

/// `coverage_information_system_action_validation_test.rb` (2.0.1@264, @265): a coverage-information system
/// action is an `update`; within one resource, extensions on the same coverage share one coverage-assertion-id
/// and at most one satisfied-pa-id, extensions on different coverages have distinct ones.
pub fn coverage_info(body: &Value, out: &mut Out) {
    let r = "inferno.coverage_info";
    for (i, a) in body["systemActions"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        let exts = coverage_infos(&a["resource"]);
        if exts.is_empty() {
            continue;
        }
        let at = format!("$.systemActions[{i}]");
        if a["type"] != "update" {
            v(
                out,
                r,
                &at,
                format!("type must be update, was {}", a["type"]),
            );
        }
        let mut by_coverage: BTreeMap<&str, (BTreeSet<&str>, BTreeSet<&str>)> = BTreeMap::new();
        for e in exts {
            let coverage = e["extension"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|x| x["url"] == "coverage")
                .and_then(|x| x["valueReference"]["reference"].as_str())
                .unwrap_or_default();
            let entry = by_coverage.entry(coverage).or_default();
            if let Some(id) = sub_string(e, "coverage-assertion-id", "valueString") {
                entry.0.insert(id);
            }
            if let Some(id) = sub_string(e, "satisfied-pa-id", "valueString") {
                entry.1.insert(id);
            }
        }
        let (mut assertion_ids, mut pa_ids) = (BTreeSet::new(), BTreeSet::new());
        for (coverage, (ids, pas)) in &by_coverage {
            if ids.len() != 1 || pas.len() > 1 {
                v(
                    out,
                    r,
                    &at,
                    format!(
                        "coverage {coverage}: {} assertion ids, {} satisfied-pa-ids",
                        ids.len(),
                        pas.len()
                    ),
                );
            }
            for id in ids {
                if !assertion_ids.insert(*id) {
                    v(
                        out,
                        r,
                        &at,
                        format!("assertion id {id} on different coverages"),
                    );
                }
            }
            for id in pas {
                if !pa_ids.insert(*id) {
                    v(
                        out,
                        r,
                        &at,
                        format!("satisfied-pa-id {id} on different coverages"),
                    );
                }
            }
        }
    }
}

/// `coverage_information_system_action_received_test.rb` (2.0.1@272–277): coverage information rides on the
/// hook's own resources — Appointment for appointment-book, Encounter for encounter-*, the order types
/// (DeviceRequest, MedicationRequest, NutritionOrder, ServiceRequest, VisionPrescription) for order-*. CRD 2.2
/// (cards.md, FHIR-50318), newer than the kit's rule: on appointment-book, an Appointment `basedOn` a
/// ServiceRequest has its coverage information on the ServiceRequest.
pub fn coverage_info_received(body: &Value, hook: &str, out: &mut Out) {
    let orders: &[&str] = &[
        "DeviceRequest",
        "MedicationRequest",
        "NutritionOrder",
        "ServiceRequest",
        "VisionPrescription",
    ];
    let allowed: &[&str] = match hook {
        "appointment-book" => &["Appointment", "ServiceRequest"],
        "encounter-start" | "encounter-discharge" => &["Encounter"],
        _ => orders,
    };
    for (i, a) in body["systemActions"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        let rt = a["resource"]["resourceType"].as_str().unwrap_or_default();
        if !coverage_infos(&a["resource"]).is_empty() && !allowed.contains(&rt) {
            v(
                out,
                "inferno.coverage_info_received",
                &format!("$.systemActions[{i}]"),
                format!("{hook}: coverage information on a {rt}"),
            );
        }
    }
}

fn actions_of(body: &Value) -> Vec<(String, &Value)> {
    let mut all: Vec<(String, &Value)> = body["systemActions"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
        .map(|(i, a)| (format!("$.systemActions[{i}]"), a))
        .collect();
    for (i, c) in cards(body) {
        for (j, s) in c["suggestions"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            for (k, a) in s["actions"].as_array().into_iter().flatten().enumerate() {
                all.push((format!("$.cards[{i}].suggestions[{j}].actions[{k}]"), a));
            }
        }
    }
    all
}

/// `create_or_update_coverage_info_response_validation_test.rb` (2.0.1@306): a create/update of a Coverage (card
/// suggestion or system action) carries a Coverage resource (R4 Coverage: status, beneficiary, payor 1..).
pub fn create_or_update_coverage(body: &Value, out: &mut Out) {
    for (at, a) in actions_of(body) {
        let res = &a["resource"];
        if matches!(a["type"].as_str(), Some("create" | "update"))
            && res["resourceType"] == "Coverage"
        {
            let ok = res["status"].is_string()
                && res["beneficiary"].is_object()
                && res["payor"].is_array();
            if !ok {
                v(
                    out,
                    "inferno.create_or_update_coverage",
                    &at,
                    "Coverage needs status, beneficiary, payor",
                );
            }
        }
    }
}

/// `external_reference_card_validation_test.rb` (2.0.1@258, @259): an External Reference card is one whose links
/// are all `absolute`; each such link is an http(s) URL with a label.
pub fn external_reference(body: &Value, out: &mut Out) {
    for (i, c) in cards(body) {
        let links: Vec<&Value> = c["links"].as_array().into_iter().flatten().collect();
        if !links.is_empty() && links.iter().all(|l| l["type"] == "absolute") {
            for l in links {
                if !l["url"].as_str().is_some_and(is_http_url) || !non_empty_string(&l["label"]) {
                    v(
                        out,
                        "inferno.external_reference",
                        &format!("$.cards[{i}]"),
                        format!("external reference link {l}"),
                    );
                }
            }
        }
    }
}

/// `launch_smart_app_card_validation_test.rb` (2.0.1@258): a Launch SMART Application card is one whose links are
/// all `smart`; each link's url is the app's http(s) launch URL, `appContext` (if any) a string.
pub fn launch_smart_app(body: &Value, out: &mut Out) {
    for (i, c) in cards(body) {
        let links: Vec<&Value> = c["links"].as_array().into_iter().flatten().collect();
        if !links.is_empty() && links.iter().all(|l| l["type"] == "smart") {
            for l in links {
                let ctx_ok = l.get("appContext").is_none_or(non_empty_string);
                if !l["url"].as_str().is_some_and(is_http_url) || !ctx_ok {
                    v(
                        out,
                        "inferno.launch_smart_app",
                        &format!("$.cards[{i}]"),
                        format!("SMART link {l}"),
                    );
                }
            }
        }
    }
}

/// `instructions_card_received_test.rb`: an Instructions card is one with neither links nor suggestions; the kit
/// counts only *valid* cards, so such a card must carry its text (summary, and detail if any, non-empty).
pub fn instructions(body: &Value, out: &mut Out) {
    for (i, c) in cards(body) {
        if c.get("links").is_none() && c.get("suggestions").is_none() {
            let ok =
                non_empty_string(&c["summary"]) && c.get("detail").is_none_or(non_empty_string);
            if !ok {
                v(
                    out,
                    "inferno.instructions",
                    &format!("$.cards[{i}]"),
                    "instructions card without its text",
                );
            }
        }
    }
}

fn request_orders(request: Option<&Value>) -> Option<BTreeSet<String>> {
    let ctx = &request?["context"];
    let bundle = ctx.get("draftOrders").or_else(|| ctx.get("appointments"))?;
    Some(
        bundle["entry"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| {
                format!(
                    "{}/{}",
                    e["resource"]["resourceType"].as_str().unwrap_or(""),
                    e["resource"]["id"].as_str().unwrap_or("")
                )
            })
            .collect(),
    )
}

/// `propose_alternate_request_card_validation_test.rb` with `suggestion_actions_validation.rb#actions_check`: in a
/// card proposing an alternative (a suggestion with an update, or a delete and a create), an update changes a
/// resource of `context.draftOrders`, a delete names one (`resourceId`) and comes with a create of its type.
pub fn propose_alternate(body: &Value, request: Option<&Value>, out: &mut Out) {
    let orders = request_orders(request);
    for (i, c) in cards(body) {
        for s in c["suggestions"].as_array().into_iter().flatten() {
            let actions: Vec<&Value> = s["actions"].as_array().into_iter().flatten().collect();
            let creates: Vec<&str> = actions
                .iter()
                .filter(|a| a["type"] == "create")
                .filter_map(|a| a["resource"]["resourceType"].as_str())
                .collect();
            for a in &actions {
                let at = format!("$.cards[{i}]");
                match a["type"].as_str() {
                    Some("update") => {
                        let r = format!(
                            "{}/{}",
                            a["resource"]["resourceType"].as_str().unwrap_or(""),
                            a["resource"]["id"].as_str().unwrap_or("")
                        );
                        if orders.as_ref().is_some_and(|o| !o.contains(&r)) {
                            v(
                                out,
                                "inferno.propose_alternate",
                                &at,
                                format!("update of {r}, not a draft order"),
                            );
                        }
                    }
                    Some("delete") => {
                        let r = a["resourceId"].as_str().unwrap_or_default();
                        let ty = r.split('/').next().unwrap_or_default();
                        if orders.as_ref().is_some_and(|o| !o.contains(r)) || !creates.contains(&ty)
                        {
                            v(
                                out,
                                "inferno.propose_alternate",
                                &at,
                                format!("delete of {r} without a draft order or its replacement"),
                            );
                        }
                    }
                    _ => {}
                }
            }
        }
    }
}

/// `form_completion_response_validation_test.rb` (2.0.1@299): a Request Form Completion is a `create` of a Task
/// coded `complete-questionnaire` whose input typed "questionnaire" is a canonical URL; the Task is the CRD
/// Questionnaire Task (profiles/TaskQuestionnaire.fsh: status, intent, code, for 1..; input questionnaire).
pub fn form_completion(body: &Value, out: &mut Out) {
    for (at, a) in actions_of(body) {
        let t = &a["resource"];
        if a["type"] != "create" || t["resourceType"] != "Task" {
            continue;
        }
        let coded = t["code"]["coding"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|c| c["code"] == "complete-questionnaire");
        let input = t["input"].as_array().into_iter().flatten().any(|i| {
            i["type"]["text"] == "questionnaire"
                && i["valueCanonical"].as_str().is_some_and(is_http_url)
        });
        if coded
            && (!input
                || !t["status"].is_string()
                || !t["intent"].is_string()
                || !t["for"].is_object())
        {
            v(
                out,
                "inferno.form_completion",
                &at,
                "questionnaire Task needs status, intent, for and a questionnaire input",
            );
        }
    }
}

/// `additional_orders_validation_test.rb`: a card whose suggestions all create orders (CommunicationRequest,
/// Device, DeviceRequest, Medication, MedicationRequest, NutritionOrder, ServiceRequest, VisionPrescription) is
/// an Additional Orders card; each created order conforms to its CRD profile (see `profiles::order`).
pub fn additional_orders(body: &Value, out: &mut Out) {
    const TYPES: &[&str] = &[
        "CommunicationRequest",
        "Device",
        "DeviceRequest",
        "Medication",
        "MedicationRequest",
        "NutritionOrder",
        "ServiceRequest",
        "VisionPrescription",
    ];
    for (i, c) in cards(body) {
        let suggestions: Vec<&Value> = c["suggestions"].as_array().into_iter().flatten().collect();
        let all_creates = !suggestions.is_empty()
            && suggestions.iter().all(|s| {
                s["actions"].as_array().into_iter().flatten().all(|a| {
                    a["type"] == "create"
                        && a["resource"]["resourceType"]
                            .as_str()
                            .is_some_and(|t| TYPES.contains(&t))
                })
            });
        if !all_creates {
            continue;
        }
        for s in suggestions {
            for a in s["actions"].as_array().into_iter().flatten() {
                let mut inner = Vec::new();
                profiles::order(&a["resource"], &format!("$.cards[{i}]"), &mut inner);
                for x in inner {
                    v(out, "inferno.additional_orders", &x.at, x.msg);
                }
            }
        }
    }
}

/// Every response-level kit check, in the kit's order.
pub fn hook_response(body: &Value, hook: &str, request: Option<&Value>, out: &mut Out) {
    service_response(body, out);
    service_response_system_actions(body, hook, out);
    card_optional_fields(body, out);
    coverage_info(body, out);
    coverage_info_received(body, hook, out);
    create_or_update_coverage(body, out);
    external_reference(body, out);
    launch_smart_app(body, out);
    instructions(body, out);
    propose_alternate(body, request, out);
    form_completion(body, out);
    additional_orders(body, out);
}
