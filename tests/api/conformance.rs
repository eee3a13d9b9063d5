//! Protocol conformance checks in the style of the Inferno CRD server test kit (CDS Hooks 2.0 card and action
//! rules, CRD 2.0.1 / 2.2 coverage-information invariants), applied to every response the tests receive.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

pub const COVERAGE_INFORMATION: &str =
    "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Version {
    V2_0,
    V2_2,
}

/// JSON values CDS Hooks forbids: null, "", [] and {} (except a top-level empty `cards`).
fn no_empty(v: &Value, at: &str, errors: &mut Vec<String>) {
    match v {
        Value::Null => errors.push(format!("{at}: null")),
        Value::String(s) if s.trim().is_empty() => errors.push(format!("{at}: empty string")),
        Value::Array(a) if a.is_empty() && at != "$.cards" && at != "$.systemActions" => {
            errors.push(format!("{at}: empty array"))
        }
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| no_empty(x, &format!("{at}[{i}]"), errors)),
        Value::Object(o) if o.is_empty() => errors.push(format!("{at}: empty object")),
        Value::Object(o) => o
            .iter()
            .for_each(|(k, x)| no_empty(x, &format!("{at}.{k}"), errors)),
        _ => {}
    }
}

/// The displays of the CRD code systems crd-server sends (HL7/davinci-crd `input/fsh/codesystems/CRDTempCodes.fsh`
/// and `CoverageInformationCodes.fsh`): a coding's display must be its code system's.
const CRD_DISPLAYS: &[(&str, &str, &str)] = &[
    (
        "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp",
        "technical",
        "Technical issues",
    ),
    (
        "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp",
        "coverage-info",
        "Coverage Information",
    ),
    (
        "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp",
        "gold-card",
        "Gold card",
    ),
    (
        "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp",
        "policy-link",
        "Policy Link",
    ),
    (
        "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp",
        "instructions",
        "Instructions",
    ),
    (
        "http://hl7.org/fhir/us/davinci-crd/CodeSystem/coverage-information-codes",
        "withpa",
        "Include in prior authorization",
    ),
    (
        "http://hl7.org/fhir/us/davinci-crd/CodeSystem/coverage-information-codes",
        "withclaim",
        "Include with claim",
    ),
    (
        "http://hl7.org/fhir/us/davinci-crd/CodeSystem/coverage-information-codes",
        "withorder",
        "Include with order",
    ),
    (
        "http://hl7.org/fhir/us/davinci-crd/CodeSystem/coverage-information-codes",
        "retain-doc",
        "Medical necessity",
    ),
    (
        "http://hl7.org/fhir/us/davinci-crd/CodeSystem/coverage-information-codes",
        "clinical",
        "Clinical Documentation",
    ),
    (
        "http://hl7.org/fhir/us/davinci-crd/CodeSystem/coverage-information-codes",
        "admin",
        "Administrative Documentation",
    ),
];

/// Every coding of a CRD code system anywhere in `v` whose display differs from the code system's (#16 item 8).
pub fn crd_display_errors(v: &Value, at: &str, errors: &mut Vec<String>) {
    match v {
        Value::Object(o) => {
            if let (Some(system), Some(code), Some(display)) = (
                o.get("system").and_then(Value::as_str),
                o.get("code").and_then(Value::as_str),
                o.get("display").and_then(Value::as_str),
            ) {
                if let Some((_, _, want)) = CRD_DISPLAYS
                    .iter()
                    .find(|(s, c, _)| *s == system && *c == code)
                {
                    if display != *want {
                        errors.push(format!(
                            "{at}: {code} display \"{display}\", the code system's is \"{want}\""
                        ));
                    }
                }
            }
            o.iter()
                .for_each(|(k, x)| crd_display_errors(x, &format!("{at}.{k}"), errors));
        }
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| crd_display_errors(x, &format!("{at}[{i}]"), errors)),
        _ => {}
    }
}

fn is_http_url(s: &str) -> bool {
    url::Url::parse(s).is_ok_and(|u| matches!(u.scheme(), "http" | "https"))
}

/// Panics with every rule the response breaks.
pub fn assert_conformant(body: &Value, hook: &str, version: Version) {
    let mut errors = Vec::new();
    no_empty(body, "$", &mut errors);
    crd_display_errors(body, "$", &mut errors);
    let cards = body["cards"].as_array();
    if cards.is_none() {
        errors.push("cards must be an array".into());
    }
    for (i, card) in cards.into_iter().flatten().enumerate() {
        let at = format!("cards[{i}]");
        match card["summary"].as_str() {
            Some(s) if s.chars().count() < 140 => {}
            _ => errors.push(format!("{at}.summary missing or not under 140 characters")),
        }
        if !card["uuid"].is_string() {
            errors.push(format!("{at}.uuid missing"));
        }
        if !matches!(
            card["indicator"].as_str(),
            Some("info" | "warning" | "critical")
        ) {
            errors.push(format!("{at}.indicator invalid"));
        }
        if !card["source"]["label"].is_string() {
            errors.push(format!("{at}.source.label missing"));
        }
        let topic = &card["source"]["topic"];
        let expected_system = match version {
            Version::V2_0 => "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp",
            Version::V2_2 => "http://terminology.hl7.org/CodeSystem/cdshooks-card-type",
        };
        // The card-type binding is extensible: the DTR launch card (no CRD card type means "launch DTR") is
        // coded in this server's own system.
        let own_launch_topic = topic["code"] == "dtr-launch"
            && topic["system"]
                .as_str()
                .is_some_and(|s| s.ends_with("/fhir/CodeSystem/card-topic"));
        if !own_launch_topic && (topic["system"] != expected_system || !topic["code"].is_string()) {
            errors.push(format!(
                "{at}.source.topic must be coded in {expected_system}"
            ));
        }
        for (j, link) in card["links"].as_array().into_iter().flatten().enumerate() {
            let at = format!("{at}.links[{j}]");
            if !link["label"].is_string() || !link["url"].as_str().is_some_and(is_http_url) {
                errors.push(format!("{at}: needs label and an http(s) url"));
            }
            match link["type"].as_str() {
                Some("absolute") if link.get("appContext").is_some() => {
                    errors.push(format!("{at}: absolute link with appContext"))
                }
                Some("absolute" | "smart") => {}
                _ => errors.push(format!("{at}.type must be absolute or smart")),
            }
        }
        if let Some(suggestions) = card["suggestions"].as_array() {
            if !matches!(
                card["selectionBehavior"].as_str(),
                Some("at-most-one" | "any")
            ) {
                errors.push(format!("{at}: suggestions without selectionBehavior"));
            }
            for s in suggestions {
                if !s["label"].is_string() {
                    errors.push(format!("{at}: suggestion without label"));
                }
            }
        }
    }
    let primary = matches!(hook, "order-sign" | "order-dispatch" | "appointment-book");
    let actions = body["systemActions"].as_array();
    // hook-16: every decided order of a primary hook has its update; with nothing decided (a technical failure,
    // no order any policy decides on) systemActions is omitted, never an empty array (the wire contract).
    if actions.is_some_and(|a| a.is_empty()) {
        errors.push("systemActions is an empty array: omit it".into());
    }
    let _ = primary;
    let mut assertion_ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (i, action) in actions.into_iter().flatten().enumerate() {
        let at = format!("systemActions[{i}]");
        if action["description"]
            .as_str()
            .is_none_or(|d| d.trim().is_empty())
        {
            errors.push(format!("{at}.description missing"));
        }
        let resource = &action["resource"];
        let exts: Vec<&Value> = resource["extension"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|e| e["url"] == COVERAGE_INFORMATION)
            .collect();
        if exts.is_empty() {
            continue;
        }
        if action["type"] != "update" {
            errors.push(format!("{at}: coverage information must be an update"));
        }
        if !resource["resourceType"].is_string() || !resource["id"].is_string() {
            errors.push(format!("{at}.resource needs resourceType and id"));
        }
        for ext in exts {
            check_coverage_information(ext, version, &at, &mut errors, &mut assertion_ids);
        }
    }
    for (coverage, ids) in &assertion_ids {
        if ids.len() != 1 {
            errors.push(format!(
                "coverage {coverage} has {} assertion ids in one response",
                ids.len()
            ));
        }
    }
    let all: Vec<&String> = assertion_ids.values().flatten().collect();
    let distinct: BTreeSet<&&String> = all.iter().collect();
    if distinct.len() != all.len() {
        errors.push("one assertion id used for different coverages".into());
    }
    assert!(
        errors.is_empty(),
        "non-conformant response:\n{}\n{body:#}",
        errors.join("\n")
    );
}

fn check_coverage_information(
    ext: &Value,
    version: Version,
    at: &str,
    errors: &mut Vec<String>,
    assertion_ids: &mut BTreeMap<String, BTreeSet<String>>,
) {
    let subs = ext["extension"].as_array().cloned().unwrap_or_default();
    let codes = |url: &str| -> Vec<String> {
        subs.iter()
            .filter(|e| e["url"] == url)
            .filter_map(|e| e["valueCode"].as_str().map(String::from))
            .collect()
    };
    let count = |url: &str| subs.iter().filter(|e| e["url"] == url).count();
    for required in ["coverage", "covered", "date", "coverage-assertion-id"] {
        if count(required) != 1 {
            errors.push(format!("{at}: '{required}' must appear exactly once"));
        }
    }
    let known = [
        "coverage",
        "covered",
        "pa-needed",
        "doc-needed",
        "doc-purpose",
        "info-needed",
        "billingCode",
        "reason",
        "detail",
        "dependency",
        "questionnaire",
        "date",
        "coverage-assertion-id",
        "satisfied-pa-id",
        "contact",
        "expiry-date",
    ];
    for e in &subs {
        let url = e["url"].as_str().unwrap_or_default();
        if !known.contains(&url) {
            errors.push(format!("{at}: unknown sub-extension '{url}'"));
        }
        if url == "expiry-date" && version == Version::V2_0 {
            errors.push(format!("{at}: expiry-date does not exist in CRD 2.0.1"));
        }
    }
    let (covered_set, pa_set, doc_set): (&[&str], &[&str], &[&str]) = match version {
        Version::V2_0 => (
            &["covered", "not-covered", "conditional"],
            &[
                "no-auth",
                "auth-needed",
                "satisfied",
                "performpa",
                "conditional",
            ],
            &["clinical", "admin", "both", "conditional"],
        ),
        Version::V2_2 => (
            &["covered", "not-covered", "conditional", "indeterminate"],
            &[
                "no-auth",
                "auth-needed",
                "satisfied",
                "performpa",
                "conditional",
                "indeterminate",
            ],
            &[
                "clinical",
                "admin",
                "patient",
                "conditional",
                "indeterminate",
            ],
        ),
    };
    let covered = codes("covered");
    let pa = codes("pa-needed");
    let doc = codes("doc-needed");
    for (name, values, allowed) in [
        ("covered", &covered, covered_set),
        ("pa-needed", &pa, pa_set),
        ("doc-needed", &doc, doc_set),
    ] {
        for v in values {
            if !allowed.contains(&v.as_str()) {
                errors.push(format!(
                    "{at}: {name} '{v}' is not a code of this CRD version"
                ));
            }
        }
    }
    let not_covered = covered.iter().any(|c| c == "not-covered");
    // 2.0.1 q2 (as executed) requires pa-needed unless not-covered; 2.2 q2 forbids it when not-covered.
    if not_covered != pa.is_empty() {
        errors.push(format!(
            "{at}: pa-needed must be present exactly when covered is not 'not-covered'"
        ));
    }
    if count("questionnaire") > 0 && doc.is_empty() {
        errors.push(format!("{at}: questionnaire without doc-needed"));
    }
    let conditional = covered
        .iter()
        .chain(&pa)
        .chain(&doc)
        .any(|c| c == "conditional");
    if conditional != (count("info-needed") > 0) {
        errors.push(format!(
            "{at}: info-needed must be present exactly when something is conditional"
        ));
    }
    if pa.iter().any(|p| p == "satisfied") != (count("satisfied-pa-id") > 0) {
        errors.push(format!(
            "{at}: satisfied-pa-id exactly when pa-needed is satisfied"
        ));
    }
    if codes("info-needed").iter().any(|c| c == "OTH") && count("reason") == 0 {
        errors.push(format!("{at}: info-needed OTH needs a reason"));
    }
    let indeterminate = covered
        .iter()
        .chain(&pa)
        .chain(&doc)
        .any(|c| c == "indeterminate");
    if indeterminate && count("reason") == 0 {
        errors.push(format!("{at}: indeterminate needs a reason"));
    }
    if count("doc-purpose") > 0 && count("reason") == 0 {
        errors.push(format!("{at}: doc-purpose needs a reason"));
    }
    let coverage = subs
        .iter()
        .find(|e| e["url"] == "coverage")
        .and_then(|e| e["valueReference"]["reference"].as_str())
        .unwrap_or_default()
        .to_string();
    if !coverage.contains("Coverage/") {
        errors.push(format!("{at}: coverage must reference a Coverage"));
    }
    if let Some(id) = subs
        .iter()
        .find(|e| e["url"] == "coverage-assertion-id")
        .and_then(|e| e["valueString"].as_str())
    {
        assertion_ids
            .entry(coverage)
            .or_default()
            .insert(id.to_string());
    }
}
