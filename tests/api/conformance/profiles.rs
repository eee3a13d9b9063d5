//! The structural check: what the CRD 2.0.1 / 2.2.1 and DTR 2.2 profiles require of what crd-server emits, as a
//! hand-written table (no FHIR validator reads CDS Hooks JSON, and none runs the CRD invariants on a systemAction).
//! Sources, read-only under /work/.mirror: HL7/davinci-crd tags `2.0.1` and `2.2.1` (commit 2bfabc1),
//! HL7/davinci-dtr (commit ef91b18), cds-hooks/docs `docs/specification/current.md` (CDS Hooks 2.0).
//! Every rule is in [`RULES`] with the file it comes from; `self_test.rs` breaks each one on purpose.

use serde_json::Value;

use super::{Out, Version};

pub const COVERAGE_INFORMATION: &str =
    "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";
const CRD_TEMP: &str = "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp";
const CI_CODES: &str = "http://hl7.org/fhir/us/davinci-crd/CodeSystem/coverage-information-codes";
const CARD_TYPE_2_2: &str = "http://terminology.hl7.org/CodeSystem/cdshooks-card-type";
const DTR_EXT: &str = "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition";

/// (rule id, where it comes from). The ids are what a violation carries.
pub const RULES: &[(&str, &str)] = &[
    ("cds.no-empty", "cds-hooks docs/specification/current.md 'Null and empty JSON elements'"),
    ("cds.card.schema", "cds-hooks current.md 'Card Attributes', 'Source', 'Suggestion', 'Link'"),
    ("cds.action.schema", "cds-hooks current.md 'Action' (type, description, resource / resourceId)"),
    ("crd.card.topic", "CRD 2.0.1 valuesets/CRDCardType.fsh + codesystems/CRDTempCodes.fsh #_cardType; CRD 2.2.1 valuesets/CRDCardType.fsh ($cdshooks-card-type, concepts listed in codesystems/CRDTempCodes.fsh #_cardType)"),
    ("crd.display", "CRD 2.2.1 codesystems/CRDTempCodes.fsh, codesystems/CoverageInformationCodes.fsh (displays)"),
    ("crd.resp-25", "CRD 2.2.1 pagecontent/cards.md §resp-25: the Coverage Information response type SHALL NOT use a card"),
    ("crd.ci.action", "CRD 2.2.1 resources/structuredefinition-CRDHooksResponse-coverageInformation.xml (systemActions.type = update, no resourceId)"),
    ("crd.ci.slices", "extensions/CoverageInformation.fsh: 'extension contains' (unknown sub-extension)"),
    ("crd.ci.card", "extensions/CoverageInformation.fsh: sub-extension cardinalities"),
    ("crd.ci.type", "extensions/CoverageInformation.fsh: sub-extension value[x] types"),
    ("crd.ci.binding", "extensions/CoverageInformation.fsh + valuesets/CoverageInformationValuesets.fsh (required bindings)"),
    ("crd.ci.detail", "CRD 2.2.1 extensions/CoverageInformation.fsh extension[detail] (category/code/value/qualification)"),
    ("crd-ci-q1", "extensions/CoverageInformation.fsh Invariant crd-ci-q1"),
    ("crd-ci-q2", "extensions/CoverageInformation.fsh Invariant crd-ci-q2"),
    ("crd-ci-q3", "extensions/CoverageInformation.fsh Invariant crd-ci-q3"),
    ("crd-ci-q4", "extensions/CoverageInformation.fsh Invariant crd-ci-q4"),
    ("crd-ci-q5", "extensions/CoverageInformation.fsh Invariant crd-ci-q5"),
    ("crd-ci-q6", "CRD 2.2.1 extensions/CoverageInformation.fsh Invariant crd-ci-q6"),
    ("crd-ci-q7", "CRD 2.2.1 extensions/CoverageInformation.fsh Invariant crd-ci-q7"),
    ("crd-ci-q8", "CRD 2.2.1 extensions/CoverageInformation.fsh Invariant crd-ci-q8"),
    ("crd-ci-q9", "CRD 2.2.1 extensions/CoverageInformation.fsh Invariant crd-ci-q9"),
    ("crd.order.required", "CRD 2.2.1 profiles/ServiceRequest.fsh, DeviceRequest.fsh, MedicationRequest.fsh, NutritionOrder.fsh (+ their R4 / US Core 7 parents' 1.. elements)"),
    ("crd.appointment.participant", "CRD 2.2.1 profiles/Appointment.fsh: participant contains Patient 1..1 and PrimaryPerformer 1..* (type PPRF)"),
    ("crd-apt1", "CRD 2.2.1 profiles/Appointment.fsh Invariant crd-apt1"),
    ("crd-apt2", "CRD 2.2.1 profiles/Appointment.fsh Invariant crd-apt2"),
    ("crd.discovery.version", "CRD 2.2.1 resources/StructureDefinition-CDSHookServicesExtensionCRDVersion.json (crdver-1)"),
    ("crd.discovery.configuration", "CRD 2.2.1 resources/StructureDefinition-CDSHookServicesExtensionConfiguration.json"),
    ("dtr.package.output", "DTR 2.2 DTRParameters.fsh DTRQuestionnairePackageOutputParameters"),
    ("dtr.package.bundle", "DTR 2.2 DTRQuestionnairePackageBundle.fsh (type collection; one Questionnaire, one QuestionnaireResponse; closed slicing)"),
    ("fhir.inv-0", "FHIR R4 Questionnaire/ValueSet/CodeSystem/CapabilityStatement invariant inv-0 (name.matches('[A-Z]([A-Za-z0-9_]){0,254}'))"),
    ("dtr.questionnaire", "DTR 2.2 DTRQuestionnaireBase.fsh (subjectType 1..1 = Patient) + DTRQuestionnaireStandard.fsh (item 1..*); DTRQuestionnaireAdaptSearch.fsh (questionnaireAdaptive 1..*, no items required)"),
    ("dtr.qr", "DTR 2.2 DTRQuestionnaireResponse.fsh (qr-coverage 1..*, intendedUse 1..*, questionnaire 1..1, subject 1..1, basedOn 0..0, partOf 0..0, answer origin 1..1)"),
];

fn v(out: &mut Out, rule: &'static str, at: &str, msg: impl Into<String>) {
    out.push(super::Violation {
        rule,
        at: at.to_string(),
        msg: msg.into(),
    });
}

/// JSON values CDS Hooks forbids: null, "", [] and {} (except a top-level empty `cards`).
pub fn no_empty(x: &Value, at: &str, out: &mut Out) {
    match x {
        Value::Null => v(out, "cds.no-empty", at, "null"),
        Value::String(s) if s.trim().is_empty() => v(out, "cds.no-empty", at, "empty string"),
        Value::Array(a) if a.is_empty() && at != "$.cards" => {
            v(out, "cds.no-empty", at, "empty array")
        }
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, y)| no_empty(y, &format!("{at}[{i}]"), out)),
        Value::Object(o) if o.is_empty() => v(out, "cds.no-empty", at, "empty object"),
        Value::Object(o) => o
            .iter()
            .for_each(|(k, y)| no_empty(y, &format!("{at}.{k}"), out)),
        _ => {}
    }
}

/// The displays of the CRD code systems crd-server sends: a coding's display must be its code system's.
const CRD_DISPLAYS: &[(&str, &str, &str)] = &[
    (CRD_TEMP, "technical", "Technical issues"),
    (CRD_TEMP, "coverage-info", "Coverage Information"),
    (CRD_TEMP, "gold-card", "Gold card"),
    (CRD_TEMP, "policy-link", "Policy Link"),
    (CRD_TEMP, "instructions", "Instructions"),
    (CRD_TEMP, "guideline", "Guideline"),
    (CARD_TYPE_2_2, "coverage-info", "Coverage Information"),
    (CARD_TYPE_2_2, "guideline", "Guideline"),
    (CI_CODES, "withpa", "Include in prior authorization"),
    (CI_CODES, "withclaim", "Include with claim"),
    (CI_CODES, "withorder", "Include with order"),
    (CI_CODES, "retain-doc", "Medical necessity"),
    (CI_CODES, "clinical", "Clinical Documentation"),
    (CI_CODES, "admin", "Administrative Documentation"),
];

/// Every coding of a CRD code system anywhere in `x` whose display differs from the code system's.
pub fn crd_display_errors(x: &Value, at: &str, out: &mut Out) {
    match x {
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
                        v(
                            out,
                            "crd.display",
                            at,
                            format!(
                                "{code} display \"{display}\", the code system's is \"{want}\""
                            ),
                        );
                    }
                }
            }
            o.iter()
                .for_each(|(k, y)| crd_display_errors(y, &format!("{at}.{k}"), out));
        }
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, y)| crd_display_errors(y, &format!("{at}[{i}]"), out)),
        _ => {}
    }
}

/// CRD card types (`source.topic`), per version: the system and its codes.
pub fn card_types(version: Version) -> (&'static str, &'static [&'static str]) {
    // 2.0.1: CRDTempCodes.fsh descendants of #_cardType; 2.2.1: the same concepts, now in cdshooks-card-type,
    // plus unsolicited-determ (a child of coverage-info).
    const V2_2: &[&str] = &[
        "unsolicited-determ",
        "coverage-info",
        "claim",
        "insurance",
        "limits",
        "network",
        "appropriate-use",
        "cost",
        "therapy-alternatives-opt",
        "therapy-alternatives-req",
        "clinical-reminder",
        "duplicate-therapy",
        "contraindication",
        "guideline",
        "off-guideline",
    ];
    // 2.0.1's list is 2.2's without unsolicited-determ.
    const V2_0: &[&str] = V2_2.split_at(1).1;
    match version {
        Version::V2_0 => (CRD_TEMP, V2_0),
        Version::V2_2 => (CARD_TYPE_2_2, V2_2),
    }
}

pub fn is_http_url(s: &str) -> bool {
    url::Url::parse(s).is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
}

fn is_date(s: &str) -> bool {
    // FHIR `date`: YYYY, YYYY-MM or YYYY-MM-DD.
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    }
}

/// A card (CDS Hooks 2.0 card schema) and its CRD topic.
pub fn card(card: &Value, at: &str, version: Version, out: &mut Out) {
    let r = "cds.card.schema";
    let Some(o) = card.as_object() else {
        return v(out, r, at, "a card must be an object");
    };
    match o.get("summary").and_then(Value::as_str) {
        Some(s) if s.chars().count() < 140 => {}
        _ => v(out, r, at, "summary missing or not under 140 characters"),
    }
    if !matches!(
        o.get("indicator").and_then(Value::as_str),
        Some("info" | "warning" | "critical")
    ) {
        v(out, r, at, "indicator must be info, warning or critical");
    }
    for k in ["uuid", "detail"] {
        if o.get(k).is_some_and(|x| !x.is_string()) {
            v(out, r, at, format!("{k} must be a string"));
        }
    }
    let source = &card["source"];
    if !source["label"].is_string() {
        v(out, r, at, "source.label missing");
    }
    if source
        .get("url")
        .is_some_and(|u| !u.as_str().is_some_and(is_http_url))
    {
        v(out, r, at, "source.url must be an absolute URL");
    }
    let (system, codes) = card_types(version);
    let topic = &source["topic"];
    // The card-type binding is extensible: crd-server's DTR launch card (`dtr.launch_card`) is coded in its own
    // system, since no CRD card type means "launch DTR".
    let own_launch_topic = topic["code"] == "dtr-launch"
        && topic["system"]
            .as_str()
            .is_some_and(|s| s.ends_with("/fhir/CodeSystem/card-topic"));
    if !own_launch_topic
        && (topic["system"] != system
            || !topic["code"].as_str().is_some_and(|c| codes.contains(&c)))
    {
        v(
            out,
            "crd.card.topic",
            at,
            format!("source.topic {topic} is not a CRD card type of {system}"),
        );
    }
    for (j, link) in card["links"].as_array().into_iter().flatten().enumerate() {
        let at = format!("{at}.links[{j}]");
        if !link["label"].is_string() || !link["url"].as_str().is_some_and(is_http_url) {
            v(out, r, &at, "a link needs a label and an http(s) url");
        }
        match link["type"].as_str() {
            Some("absolute") if link.get("appContext").is_some() => {
                v(out, r, &at, "absolute link with appContext")
            }
            Some("absolute" | "smart") => {}
            _ => v(out, r, &at, "link type must be absolute or smart"),
        }
    }
    if card.get("links").is_some_and(|l| !l.is_array()) {
        v(out, r, at, "links must be an array");
    }
    if let Some(s) = card.get("suggestions") {
        if !s.is_array() {
            v(out, r, at, "suggestions must be an array");
        }
        if !matches!(
            card["selectionBehavior"].as_str(),
            Some("at-most-one" | "any")
        ) {
            v(
                out,
                r,
                at,
                "suggestions need selectionBehavior at-most-one or any",
            );
        }
        for (j, sug) in s.as_array().into_iter().flatten().enumerate() {
            let at = format!("{at}.suggestions[{j}]");
            if !sug["label"].is_string() {
                v(out, r, &at, "suggestion without label");
            }
            for (k, a) in sug["actions"].as_array().into_iter().flatten().enumerate() {
                action(a, &format!("{at}.actions[{k}]"), out);
            }
        }
    }
    for (j, reason) in card["overrideReasons"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        if !reason["code"].is_string()
            || !reason["system"].is_string()
            || !reason["display"].is_string()
        {
            v(
                out,
                r,
                &format!("{at}.overrideReasons[{j}]"),
                "override reason must be a Coding with system, code and display",
            );
        }
    }
}

/// A CDS Hooks action (system action or suggestion action).
pub fn action(a: &Value, at: &str, out: &mut Out) {
    let r = "cds.action.schema";
    if a["description"]
        .as_str()
        .is_none_or(|d| d.trim().is_empty())
    {
        v(out, r, at, "description missing");
    }
    match a["type"].as_str() {
        Some("create" | "update") => {
            if !a["resource"]["resourceType"].is_string() {
                v(out, r, at, "create/update without a FHIR resource");
            }
        }
        Some("delete") => {
            if a["resourceId"]
                .as_str()
                .is_none_or(|id| id.split('/').count() != 2)
            {
                v(out, r, at, "delete without resourceId Type/id");
            }
        }
        _ => v(out, r, at, "type must be create, update or delete"),
    }
}

/// The sub-extensions of the coverage-information extension: (url, min, max, value[x] key, 2.0.1 / 2.2.1).
/// From `extensions/CoverageInformation.fsh` at each tag (2.0.1: `response`, contact a ContactPoint, doc-needed
/// 0..1; 2.2.1: `expiry-date`, contact a ContactDetail, doc-needed 0..*).
struct Slot {
    url: &'static str,
    min: usize,
    max: Option<usize>,
    value: &'static str,
    in_2_0: bool,
    in_2_2: bool,
}

const fn slot(
    url: &'static str,
    min: usize,
    max: Option<usize>,
    value: &'static str,
    in_2_0: bool,
    in_2_2: bool,
) -> Slot {
    Slot {
        url,
        min,
        max,
        value,
        in_2_0,
        in_2_2,
    }
}

const SLOTS: &[Slot] = &[
    slot("coverage", 1, Some(1), "valueReference", true, true),
    slot("covered", 1, Some(1), "valueCode", true, true),
    slot("pa-needed", 0, Some(1), "valueCode", true, true),
    slot("doc-needed", 0, None, "valueCode", true, true),
    slot("doc-purpose", 0, None, "valueCode", true, true),
    slot("info-needed", 0, None, "valueCode", true, true),
    slot("billingCode", 0, None, "valueCoding", true, true),
    slot("reason", 0, None, "valueCodeableConcept", true, true),
    slot("detail", 0, None, "", true, true),
    slot("dependency", 0, None, "valueReference", true, true),
    slot("questionnaire", 0, None, "valueCanonical", true, true),
    slot("response", 0, None, "valueReference", true, false),
    slot("date", 1, Some(1), "valueDate", true, true),
    slot(
        "coverage-assertion-id",
        1,
        Some(1),
        "valueString",
        true,
        true,
    ),
    slot("satisfied-pa-id", 0, Some(1), "valueString", true, true),
    slot("contact", 0, None, "valueContactPoint", true, false),
    slot("contact", 0, None, "valueContactDetail", false, true),
    slot("expiry-date", 0, Some(1), "valueDate", false, true),
];

/// Required bindings of the code-valued sub-extensions (valuesets/CoverageInformationValuesets.fsh per tag).
fn binding(url: &str, version: Version) -> Option<&'static [&'static str]> {
    Some(match (url, version) {
        ("covered", Version::V2_0) => &["covered", "not-covered", "conditional"],
        ("covered", Version::V2_2) => &["covered", "not-covered", "conditional", "indeterminate"],
        ("pa-needed", Version::V2_0) => &[
            "no-auth",
            "auth-needed",
            "satisfied",
            "performpa",
            "conditional",
        ],
        ("pa-needed", Version::V2_2) => &[
            "no-auth",
            "auth-needed",
            "satisfied",
            "performpa",
            "conditional",
            "indeterminate",
        ],
        ("doc-needed", Version::V2_0) => &["clinical", "admin", "both", "conditional"],
        ("doc-needed", Version::V2_2) => &[
            "clinical",
            "admin",
            "patient",
            "conditional",
            "indeterminate",
        ],
        ("doc-purpose", _) => &["withpa", "withclaim", "withorder", "retain-doc", "OTH"],
        ("info-needed", Version::V2_0) => &[
            "performer",
            "location",
            "timeframe",
            "contract-window",
            "OTH",
        ],
        ("info-needed", Version::V2_2) => &[
            "performer",
            "location",
            "timeframe",
            "contract-window",
            "detail-code",
            "OTH",
        ],
        _ => return None,
    })
}

/// CRDCoverageAssertionReasons (CRD 2.2.1 valuesets/CoverageInformationValuesets.fsh), the value set crd-ci-q7
/// names.
const ASSERTION_REASONS: &[&str] = &[
    "gold-card",
    "no-member-found",
    "no-active-coverage",
    "coverage-not-found",
    "auth-out-network",
    "technical",
];

/// One coverage-information extension: cardinalities, value types, bindings, invariants.
pub fn coverage_information(ext: &Value, version: Version, at: &str, out: &mut Out) {
    let subs: Vec<&Value> = ext["extension"].as_array().into_iter().flatten().collect();
    let slots: Vec<&Slot> = SLOTS
        .iter()
        .filter(|s| match version {
            Version::V2_0 => s.in_2_0,
            Version::V2_2 => s.in_2_2,
        })
        .collect();
    let of =
        |url: &str| -> Vec<&Value> { subs.iter().copied().filter(|e| e["url"] == url).collect() };
    for e in &subs {
        let url = e["url"].as_str().unwrap_or_default();
        if !slots.iter().any(|s| s.url == url) {
            v(
                out,
                "crd.ci.slices",
                at,
                format!("'{url}' is not a sub-extension of this CRD version"),
            );
        }
    }
    for s in &slots {
        let n = of(s.url).len();
        if n < s.min || s.max.is_some_and(|m| n > m) {
            let max = s.max.map_or("*".to_string(), |m| m.to_string());
            v(
                out,
                "crd.ci.card",
                at,
                format!(
                    "'{}' appears {n} times, cardinality {}..{max}",
                    s.url, s.min
                ),
            );
        }
        for e in of(s.url) {
            if s.url == "detail" {
                if version == Version::V2_2 {
                    detail(e, at, out);
                }
                continue;
            }
            let value = &e[s.value];
            let ok = match s.value {
                "valueCode" | "valueString" => value.as_str().is_some_and(|x| !x.trim().is_empty()),
                "valueDate" => value.as_str().is_some_and(is_date),
                "valueReference" => value["reference"].is_string(),
                "valueCanonical" => value.as_str().is_some_and(|c| c.contains('/')),
                "valueCodeableConcept" => value["coding"].is_array() || value["text"].is_string(),
                "valueCoding" => value["code"].is_string(),
                _ => value.is_object(),
            };
            let other_values = e
                .as_object()
                .into_iter()
                .flatten()
                .filter(|(k, _)| k.starts_with("value") && *k != s.value)
                .count();
            if !ok || other_values > 0 {
                v(
                    out,
                    "crd.ci.type",
                    at,
                    format!("'{}' must have exactly one {}", s.url, s.value),
                );
            }
            if let (Some(allowed), Some(code)) = (binding(s.url, version), value.as_str()) {
                if !allowed.contains(&code) {
                    v(
                        out,
                        "crd.ci.binding",
                        at,
                        format!(
                            "{} '{code}' is not in the required value set ({allowed:?})",
                            s.url
                        ),
                    );
                }
            }
        }
    }
    let coverage = of("coverage")
        .first()
        .and_then(|e| e["valueReference"]["reference"].as_str())
        .unwrap_or_default()
        .to_string();
    if !coverage.is_empty() && !coverage.contains("Coverage/") {
        v(out, "crd.ci.type", at, "coverage must reference a Coverage");
    }
    invariants(&subs, version, at, out);
}

fn detail(e: &Value, at: &str, out: &mut Out) {
    let parts: Vec<&Value> = e["extension"].as_array().into_iter().flatten().collect();
    let n = |u: &str| parts.iter().filter(|p| p["url"] == u).count();
    let first = |u: &str| parts.iter().find(|p| p["url"] == u).copied();
    let r = "crd.ci.detail";
    if n("category") != 1 || n("code") != 1 || n("value") != 1 || n("qualification") > 1 {
        v(
            out,
            r,
            at,
            "detail needs category 1..1, code 1..1, value 1..1, qualification 0..1",
        );
    }
    if let Some(c) = first("category") {
        if !matches!(
            c["valueCode"].as_str(),
            Some("cat-limitation" | "cat-decisional" | "cat-other")
        ) {
            v(
                out,
                r,
                at,
                format!(
                    "detail category {} not in CRDCoverageDetailCategories",
                    c["valueCode"]
                ),
            );
        }
    }
    if first("code").is_some_and(|c| !c["valueCodeableConcept"].is_object()) {
        v(out, r, at, "detail code must be a CodeableConcept");
    }
    if let Some(x) = first("value") {
        let ok = [
            "valueBoolean",
            "valueString",
            "valueUrl",
            "valueQuantity",
            "valuePeriod",
        ]
        .iter()
        .any(|k| x.get(*k).is_some());
        if !ok {
            v(
                out,
                r,
                at,
                "detail value must be boolean, string, url, Quantity or Period",
            );
        }
    }
    if first("qualification").is_some_and(|q| !q["valueString"].is_string()) {
        v(out, r, at, "detail qualification must be a string");
    }
    for p in &parts {
        if !matches!(
            p["url"].as_str(),
            Some("category" | "code" | "value" | "qualification")
        ) {
            v(out, r, at, format!("unknown detail part {}", p["url"]));
        }
    }
}

/// crd-ci-q1..q9 in Rust, per version (2.0.1 has q1..q5, with other expressions).
fn invariants(subs: &[&Value], version: Version, at: &str, out: &mut Out) {
    let codes = |url: &str| -> Vec<&str> {
        subs.iter()
            .filter(|e| e["url"] == url)
            .filter_map(|e| e["valueCode"].as_str())
            .collect()
    };
    let has = |url: &str| subs.iter().any(|e| e["url"] == url);
    let (covered, pa, doc, purpose, info) = (
        codes("covered"),
        codes("pa-needed"),
        codes("doc-needed"),
        codes("doc-purpose"),
        codes("info-needed"),
    );
    let any_is = |code: &str| covered.iter().chain(&pa).chain(&doc).any(|c| *c == code);
    match version {
        Version::V2_0 => {
            // q1: questionnaire or response ⇒ doc-needed exists and none is 'no-doc'.
            if (has("questionnaire") || has("response"))
                && (doc.is_empty() || doc.contains(&"no-doc"))
            {
                v(
                    out,
                    "crd-ci-q1",
                    at,
                    "questionnaire/response without doc-needed",
                );
            }
            // q2 (as executed): covered other than not-covered ⇒ pa-needed exists.
            if covered.iter().any(|c| *c != "not-covered") && pa.is_empty() {
                v(
                    out,
                    "crd-ci-q2",
                    at,
                    "pa-needed is required unless not-covered",
                );
            }
            // q3: info-needed ⇒ something is conditional.
            if !info.is_empty() && !any_is("conditional") {
                v(
                    out,
                    "crd-ci-q3",
                    at,
                    "info-needed without anything conditional",
                );
            }
        }
        Version::V2_2 => {
            if has("questionnaire") && doc.is_empty() {
                v(out, "crd-ci-q1", at, "questionnaire without doc-needed");
            }
            if covered.contains(&"not-covered") && !pa.is_empty() {
                v(out, "crd-ci-q2", at, "pa-needed with not-covered");
            }
            if any_is("conditional") && info.is_empty() {
                v(out, "crd-ci-q3", at, "conditional without info-needed");
            }
            if info.contains(&"OTH") && !has("reason") {
                v(out, "crd-ci-q6", at, "info-needed OTH without reason");
            }
            for r in subs.iter().filter(|e| e["url"] == "reason") {
                let cc = &r["valueCodeableConcept"];
                let member = cc["coding"].as_array().into_iter().flatten().any(|c| {
                    c["system"] == CRD_TEMP
                        && c["code"]
                            .as_str()
                            .is_some_and(|x| ASSERTION_REASONS.contains(&x))
                });
                if !cc["text"].is_string() && !member {
                    v(
                        out,
                        "crd-ci-q7",
                        at,
                        "reason neither in coverageAssertionReasons nor with text",
                    );
                }
            }
            if purpose.iter().any(|p| *p != "conditional") && !has("reason") {
                v(out, "crd-ci-q8", at, "doc-purpose without reason");
            }
            if any_is("indeterminate") && !has("reason") {
                v(out, "crd-ci-q9", at, "indeterminate without reason");
            }
        }
    }
    // q4: pa-needed satisfied / no-auth (2.2's expression spells it 'noauth', 2.0.1's compares with 'PA': both read
    // as meant, "no documentation for a prior authorization that is not needed") ⇒ no doc-purpose withpa.
    let pa_done = pa
        .iter()
        .any(|p| matches!(*p, "satisfied" | "no-auth" | "noauth"))
        || (version == Version::V2_2 && covered.contains(&"not-covered"));
    if pa_done && purpose.contains(&"withpa") {
        v(
            out,
            "crd-ci-q4",
            at,
            "doc-purpose withpa when no prior authorization is to be sought",
        );
    }
    if pa.contains(&"satisfied") != has("satisfied-pa-id") {
        v(
            out,
            "crd-ci-q5",
            at,
            "satisfied-pa-id exactly when pa-needed is satisfied",
        );
    }
}

/// The required elements of the CRD order profiles (and their parents' 1.. elements), by resource type:
/// (resourceType, [alternatives of one required element]).
const ORDER_REQUIRED: &[(&str, &[&[&str]])] = &[
    // profiles/ServiceRequest.fsh (parent US Core ServiceRequest 7.0.0: status, intent, code, subject)
    (
        "ServiceRequest",
        &[
            &["status"],
            &["intent"],
            &["code"],
            &["subject"],
            &["authoredOn"],
            &["requester"],
        ],
    ),
    // profiles/DeviceRequest.fsh (parent R4 DeviceRequest: intent, code[x], subject)
    (
        "DeviceRequest",
        &[
            &["status"],
            &["intent"],
            &["codeCodeableConcept", "codeReference"],
            &["subject"],
            &["authoredOn"],
            &["requester"],
        ],
    ),
    // profiles/MedicationRequest.fsh (parent US Core MedicationRequest 7.0.0: status, intent, medication[x], subject)
    (
        "MedicationRequest",
        &[
            &["status"],
            &["intent"],
            &["medicationCodeableConcept", "medicationReference"],
            &["subject"],
            &["authoredOn"],
            &["requester"],
        ],
    ),
    // profiles/NutritionOrder.fsh (parent R4: status, intent, patient, dateTime)
    (
        "NutritionOrder",
        &[
            &["status"],
            &["intent"],
            &["patient"],
            &["dateTime"],
            &["orderer"],
        ],
    ),
    // profiles/Appointment.fsh (parent R4: status, participant)
    ("Appointment", &[&["status"], &["participant"]]),
];

/// A resource against its CRD profile's required elements and invariants (orders, appointments).
pub fn order(resource: &Value, at: &str, out: &mut Out) {
    let rt = resource["resourceType"].as_str().unwrap_or_default();
    let Some((_, required)) = ORDER_REQUIRED.iter().find(|(t, _)| *t == rt) else {
        return;
    };
    for alternatives in *required {
        if !alternatives
            .iter()
            .any(|k| resource.get(*k).is_some_and(|x| !x.is_null()))
        {
            v(
                out,
                "crd.order.required",
                at,
                format!("{rt}.{} is required (1..)", alternatives.join("|")),
            );
        }
    }
    if rt == "Appointment" {
        let participants: Vec<&Value> = resource["participant"]
            .as_array()
            .into_iter()
            .flatten()
            .collect();
        let patients = participants
            .iter()
            .filter(|p| {
                p["actor"]["reference"]
                    .as_str()
                    .is_some_and(|r| r.starts_with("Patient/"))
            })
            .count();
        let performers = participants
            .iter()
            .filter(|p| {
                p["type"].as_array().into_iter().flatten().any(|t| {
                    t["coding"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .any(|c| c["code"] == "PPRF")
                })
            })
            .count();
        if patients != 1 || performers == 0 || participants.iter().any(|p| !p["status"].is_string())
        {
            v(out, "crd.appointment.participant", at, format!(
                "participants: {patients} Patient (1..1), {performers} PPRF PrimaryPerformer (1..*), each with status"
            ));
        }
        if resource["start"].is_null()
            && resource["requestedPeriod"]
                .as_array()
                .into_iter()
                .flatten()
                .all(|p| p["start"].is_null())
        {
            v(
                out,
                "crd-apt1",
                at,
                "neither start nor requestedPeriod.start",
            );
        }
        if resource["end"].is_null()
            && resource["requestedPeriod"]
                .as_array()
                .into_iter()
                .flatten()
                .all(|p| p["end"].is_null())
        {
            v(out, "crd-apt2", at, "neither end nor requestedPeriod.end");
        }
    }
}

/// The whole hook response: cards, systemActions, the coverage-information extensions and annotated orders.
pub fn hook_response(body: &Value, version: Version, out: &mut Out) {
    no_empty(body, "$", out);
    crd_display_errors(body, "$", out);
    if !body["cards"].is_array() {
        v(out, "cds.card.schema", "$", "cards must be an array");
    }
    for (i, c) in body["cards"].as_array().into_iter().flatten().enumerate() {
        card(c, &format!("$.cards[{i}]"), version, out);
    }
    let actions: Vec<&Value> = body["systemActions"]
        .as_array()
        .into_iter()
        .flatten()
        .collect();
    let mut decided = false;
    for (i, a) in actions.iter().enumerate() {
        let at = format!("$.systemActions[{i}]");
        action(a, &at, out);
        let resource = &a["resource"];
        let exts: Vec<&Value> = resource["extension"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|e| e["url"] == COVERAGE_INFORMATION)
            .collect();
        if exts.is_empty() {
            continue;
        }
        decided = true;
        if a["type"] != "update" || a.get("resourceId").is_some() || !resource["id"].is_string() {
            v(
                out,
                "crd.ci.action",
                &at,
                "coverage information is an update of the order (with its id), no resourceId",
            );
        }
        order(resource, &format!("{at}.resource"), out);
        for (j, e) in exts.iter().enumerate() {
            coverage_information(e, version, &format!("{at}.resource.extension[{j}]"), out);
        }
    }
    // resp-25: coverage information never uses a card. A coverage-info card about an order a systemAction
    // annotates (its associated resources), or one that states a decision at all beside them, repeats it.
    if decided {
        let annotated: Vec<String> = actions
            .iter()
            .filter_map(|a| {
                Some(format!(
                    "{}/{}",
                    a["resource"]["resourceType"].as_str()?,
                    a["resource"]["id"].as_str()?
                ))
            })
            .collect();
        for (i, c) in body["cards"].as_array().into_iter().flatten().enumerate() {
            if c["source"]["topic"]["code"] != "coverage-info" {
                continue;
            }
            let about_annotated = c["extension"]["davinci-crd.associated-resource"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|r| r["reference"].as_str())
                .any(|r| annotated.iter().any(|o| o == r));
            let summary = c["summary"].as_str().unwrap_or_default().to_lowercase();
            let states_decision = ["covered", "prior authorization", "documentation needed"]
                .iter()
                .any(|w| summary.contains(w));
            if about_annotated || states_decision {
                v(out, "crd.resp-25", &format!("$.cards[{i}]"), "a coverage-info card beside the coverage-information systemAction (coverage information SHALL NOT use a card)");
            }
        }
    }
}

/// The discovery document's CRD extensions.
pub fn discovery(body: &Value, out: &mut Out) {
    for (i, s) in body["services"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        let at = format!("$.services[{i}]");
        let ext = &s["extension"];
        match ext.get("davinci-crd.version") {
            None => {}
            Some(Value::Array(versions)) if !versions.is_empty() => {
                for x in versions {
                    // crdver-1 is `^[1-9]\d*\.[1-9]\d*$`, which refuses "2.0" (the IG's own 2.0 services); read as
                    // major.minor.
                    let ok = x.as_str().is_some_and(|s| {
                        let mut p = s.split('.');
                        let (maj, min) = (p.next().unwrap_or(""), p.next().unwrap_or(""));
                        p.next().is_none()
                            && !maj.is_empty()
                            && !maj.starts_with('0')
                            && maj.bytes().all(|b| b.is_ascii_digit())
                            && !min.is_empty()
                            && min.bytes().all(|b| b.is_ascii_digit())
                    });
                    if !ok {
                        v(
                            out,
                            "crd.discovery.version",
                            &at,
                            format!("davinci-crd.version {x} is not major.minor"),
                        );
                    }
                }
            }
            Some(_) => v(
                out,
                "crd.discovery.version",
                &at,
                "davinci-crd.version must be a non-empty array of strings",
            ),
        }
        for (j, o) in ext["davinci-crd.configuration-options"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            let at = format!("{at}.configuration-options[{j}]");
            let ty = o["type"].as_str();
            let shape = o["code"].is_string()
                && matches!(ty, Some("boolean" | "integer"))
                && o["name"].is_string()
                && o["description"].is_string();
            let default_ok = match (ty, o.get("default")) {
                (_, None) => true,
                (Some("boolean"), Some(d)) => d.is_boolean(),
                (Some("integer"), Some(d)) => d.is_i64(),
                _ => false,
            };
            if !shape || !default_ok {
                v(out, "crd.discovery.configuration", &at, "needs code, type boolean|integer, name, description, and a default of that type");
            }
        }
        if ext
            .get("davinci-crd.configuration-options")
            .is_some_and(|o| !o.is_array())
        {
            v(
                out,
                "crd.discovery.configuration",
                &at,
                "configuration-options must be an array",
            );
        }
    }
}

/// A DTR resource crd-server returns: `$questionnaire-package` output, a Questionnaire, a QuestionnaireResponse, or a
/// searchset of them.
pub fn dtr(resource: &Value, at: &str, out: &mut Out) {
    match resource["resourceType"].as_str() {
        Some("Parameters") => {
            let params: Vec<&Value> = resource["parameter"]
                .as_array()
                .into_iter()
                .flatten()
                .collect();
            if params.is_empty() {
                v(out, "dtr.package.output", at, "parameter 1..*");
            }
            let outcomes = params.iter().filter(|p| p["name"] == "outcome").count();
            if outcomes > 1 {
                v(out, "dtr.package.output", at, "outcome 0..1");
            }
            for (i, p) in params.iter().enumerate() {
                let at = format!("{at}.parameter[{i}]");
                match p["name"].as_str() {
                    Some("packagebundle") => {
                        if p["resource"]["resourceType"] != "Bundle" {
                            v(
                                out,
                                "dtr.package.output",
                                &at,
                                "packagebundle.resource 1..1 Bundle",
                            );
                        }
                        dtr(&p["resource"], &format!("{at}.resource"), out);
                    }
                    Some("outcome") if p["resource"]["resourceType"] != "OperationOutcome" => {
                        v(
                            out,
                            "dtr.package.output",
                            &at,
                            "outcome.resource must be an OperationOutcome",
                        );
                    }
                    _ => {}
                }
            }
        }
        Some("Bundle") if resource["type"] == "searchset" => {
            for (i, e) in resource["entry"]
                .as_array()
                .into_iter()
                .flatten()
                .enumerate()
            {
                if e["search"]["mode"] != "outcome" {
                    dtr(&e["resource"], &format!("{at}.entry[{i}].resource"), out);
                }
            }
        }
        Some("Bundle") => {
            let entries: Vec<&Value> = resource["entry"].as_array().into_iter().flatten().collect();
            let count = |t: &str| {
                entries
                    .iter()
                    .filter(|e| e["resource"]["resourceType"] == t)
                    .count()
            };
            let others = entries
                .iter()
                .filter(|e| {
                    !matches!(
                        e["resource"]["resourceType"].as_str(),
                        Some("Questionnaire" | "QuestionnaireResponse" | "ValueSet" | "Library")
                    )
                })
                .count();
            if resource["type"] != "collection"
                || count("Questionnaire") != 1
                || count("QuestionnaireResponse") != 1
                || others > 0
            {
                v(out, "dtr.package.bundle", at, "a collection of exactly one Questionnaire, one QuestionnaireResponse, ValueSets and Libraries");
            }
            for (i, e) in entries.iter().enumerate() {
                dtr(&e["resource"], &format!("{at}.entry[{i}].resource"), out);
            }
        }
        Some("Questionnaire") => {
            if resource["subjectType"] != serde_json::json!(["Patient"]) {
                v(out, "dtr.questionnaire", at, "subjectType 1..1 = Patient");
            }
            // An adaptive Questionnaire (dtr-questionnaire-adapt-search) has no items yet: $next-question asks
            // them; it names where with questionnaireAdaptive (1..*).
            let adaptive = resource["extension"].as_array().is_some_and(|e| {
                e.iter().any(|x| {
                    x["url"] == "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-questionnaireAdaptive"
                        && x["valueUrl"].is_string()
                })
            });
            if !adaptive && resource["item"].as_array().is_none_or(|i| i.is_empty()) {
                v(out, "dtr.questionnaire", at, "item 1..*");
            }
        }
        Some("QuestionnaireResponse") => questionnaire_response(resource, at, out),
        _ => {}
    }
    // FHIR R4 inv-0 on every canonical resource with a name: usable as an identifier.
    if matches!(
        resource["resourceType"].as_str(),
        Some("Questionnaire" | "ValueSet" | "CodeSystem" | "CapabilityStatement")
    ) {
        if let Some(name) = resource["name"].as_str() {
            let identifier = name.len() <= 255
                && name.starts_with(|c: char| c.is_ascii_uppercase())
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !identifier {
                v(
                    out,
                    "fhir.inv-0",
                    at,
                    format!(
                        "name '{name}' is not usable as an identifier ([A-Z][A-Za-z0-9_]{{0,254}})"
                    ),
                );
            }
        }
    }
}

fn questionnaire_response(qr: &Value, at: &str, out: &mut Out) {
    let r = "dtr.qr";
    let exts: Vec<&Value> = qr["extension"].as_array().into_iter().flatten().collect();
    let n = |suffix: &str| {
        exts.iter()
            .filter(|e| e["url"] == format!("{DTR_EXT}/{suffix}"))
            .count()
    };
    if n("qr-coverage") == 0 {
        v(out, r, at, "qr-coverage 1..*");
    }
    if n("intendedUse") == 0 {
        v(out, r, at, "intendedUse 1..*");
    }
    if !qr["questionnaire"].is_string() || !qr["subject"]["reference"].is_string() {
        v(out, r, at, "questionnaire 1..1 and subject 1..1");
    }
    if qr.get("basedOn").is_some() || qr.get("partOf").is_some() {
        v(out, r, at, "basedOn and partOf are 0..0");
    }
    fn answers<'a>(items: &'a Value, acc: &mut Vec<&'a Value>) {
        for i in items.as_array().into_iter().flatten() {
            for a in i["answer"].as_array().into_iter().flatten() {
                acc.push(a);
                answers(&a["item"], acc);
            }
            answers(&i["item"], acc);
        }
    }
    let mut all = Vec::new();
    answers(&qr["item"], &mut all);
    let missing = all
        .iter()
        .filter(|a| {
            a["extension"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|e| e["url"] == format!("{DTR_EXT}/information-origin"))
                .count()
                != 1
        })
        .count();
    if missing > 0 {
        v(
            out,
            r,
            at,
            format!("{missing} answer(s) without exactly one information-origin (1..1)"),
        );
    }
}
