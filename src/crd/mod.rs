//! CRD responses: each decision is the coverage-information extension on a `systemActions` update of its order,
//! which carries the explanation too (`reason`, and in 2.2 `detail`); cards carry only what the extension cannot:
//! the link to the payer's policy (External Reference), what could not be checked, and, where a server turns it
//! on, a SMART launch card.
//!
//! Owns: the wire shape of CDS Hooks responses and the CRD rules they must follow (STU 2.2 by default, 2.0.1
//! when asked): no card repeats a decision (resp-25, resp-12), no empty strings or arrays, summary under 140
//! characters, coded `source.topic`, `pa-needed` exactly when not `not-covered`, `info-needed` exactly when
//! something is `conditional`, one `coverage-assertion-id` per coverage. Pure: no I/O.

use chrono::{Duration, NaiveDate};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::value::RawValue;
use serde_json::{json, Value};

use crate::hooks::request::{CrdConfiguration, CrdVersion};
use crate::policy::codes::Code;
use crate::policy::eval::{CoverageDecision, Outcome};
use crate::policy::model::PriorAuth;
use crate::policy::CompiledPolicy;

pub const COVERAGE_INFORMATION_URL: &str =
    "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";
/// CRD's temporary code system: card types in 2.0.1, coverage-assertion reasons in both versions.
pub const CRD_TEMP_CODES: &str = "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp";
/// Card types in CRD 2.2.
pub const CARD_TYPE_CODES_2_2: &str = "http://terminology.hl7.org/CodeSystem/cdshooks-card-type";
/// CDS Hooks requires a summary of fewer than 140 characters.
const MAX_SUMMARY: usize = 139;

/// A CDS Hooks response: the cards, and the `systemActions` that carry the decisions. Written as the `Value`
/// object it replaced was (serde_json keeps insertion order here: fhirbolt turns on `preserve_order`), with
/// `systemActions` left out when empty (the wire contract).
#[derive(Debug, Default, serde::Serialize)]
pub struct HookResponse {
    pub cards: Vec<Value>,
    #[serde(rename = "systemActions", skip_serializing_if = "Vec::is_empty")]
    pub system_actions: Vec<SystemAction>,
}

/// An `update` of one order: the order as it arrived, with our coverage-information extension. (Fields in the
/// order the `Value` object this replaced was built in.)
#[derive(Debug, serde::Serialize)]
pub struct SystemAction {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub description: String,
    pub resource: EchoedOrder,
}

/// An order as the EHR sent it, split only at its top level: each member's JSON is kept as it arrived (echoed,
/// never read into a `Value` tree and written out again — issue #18), except `extension`, which is read because
/// it is what the response replaces (our coverage-information) and what `carried` looks at. Written with its
/// members in the order they came, `extension` where it was (else last), as the `Value` it replaced.
#[derive(Debug)]
pub enum EchoedOrder {
    Object {
        members: crate::fhir::Members,
        /// Where `extension` stands among the members (`members.len()`: last).
        at: usize,
        extension: Option<Vec<Value>>,
        /// Our coverage-information, written after the extensions kept (see [`EchoedOrder::annotate`]).
        ours: Option<CoverageInformation>,
    },
    /// Not a JSON object (or no order at all: `null`): echoed as it is, and never annotated.
    Other(Box<RawValue>),
}

impl EchoedOrder {
    /// The order's JSON as it arrived (`null` when it is not JSON, which a parsed order always is).
    pub fn from_json(raw: &str) -> EchoedOrder {
        match crate::fhir::raw_members(raw) {
            Some(mut members) => {
                let at = members
                    .iter()
                    .position(|(k, _)| k == "extension")
                    .unwrap_or(members.len());
                let extension = (at < members.len()).then(|| {
                    match serde_json::from_str::<Value>(members.remove(at).1.get()) {
                        Ok(Value::Array(a)) => a,
                        // Not an array: read as the one extension it would be.
                        Ok(other) => vec![other],
                        Err(_) => vec![],
                    }
                });
                EchoedOrder::Object {
                    members,
                    at,
                    extension,
                    ours: None,
                }
            }
            None => EchoedOrder::Other(
                RawValue::from_string(raw.to_string())
                    .unwrap_or_else(|_| crate::store::json_null()),
            ),
        }
    }

    /// No order JSON (a re-evaluation decides from stored facts).
    pub fn null() -> EchoedOrder {
        EchoedOrder::Other(crate::store::json_null())
    }

    /// The extensions the order carries (`extension`, when it is an array).
    fn extensions(&self) -> &[Value] {
        match self {
            EchoedOrder::Object {
                extension: Some(e), ..
            } => e,
            _ => &[],
        }
    }

    /// Replaces any coverage-information extension on the order with ours; nothing else of the order changes.
    fn annotate(&mut self, coverage_information: CoverageInformation) {
        if let EchoedOrder::Object {
            extension, ours, ..
        } = self
        {
            let exts = extension.get_or_insert_with(Vec::new);
            exts.retain(|e| e.get("url").and_then(Value::as_str) != Some(COVERAGE_INFORMATION_URL));
            *ours = Some(coverage_information);
        }
    }
}

impl Serialize for EchoedOrder {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        /// The extensions kept, then ours.
        struct Extensions<'a>(&'a [Value], Option<&'a CoverageInformation>);
        impl Serialize for Extensions<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut seq =
                    serializer.serialize_seq(Some(self.0.len() + usize::from(self.1.is_some())))?;
                for e in self.0 {
                    seq.serialize_element(e)?;
                }
                if let Some(ours) = self.1 {
                    seq.serialize_element(ours)?;
                }
                seq.end()
            }
        }
        let (members, at, extension) = match self {
            EchoedOrder::Other(raw) => return raw.serialize(serializer),
            EchoedOrder::Object {
                members,
                at,
                extension,
                ours,
            } => (
                members,
                *at,
                extension
                    .as_deref()
                    .map(|kept| Extensions(kept, ours.as_ref())),
            ),
        };
        let mut map =
            serializer.serialize_map(Some(members.len() + usize::from(extension.is_some())))?;
        for (i, (key, value)) in members.iter().enumerate() {
            if i == at {
                if let Some(e) = &extension {
                    map.serialize_entry("extension", e)?;
                }
            }
            map.serialize_entry(key, value)?;
        }
        if at >= members.len() {
            if let Some(e) = &extension {
                map.serialize_entry("extension", e)?;
            }
        }
        map.end()
    }
}

/// An order the policy decided on, with the raw JSON to echo and the codes to bill.
pub struct DecidedOrder {
    pub raw: EchoedOrder,
    pub billing_codes: Vec<Code>,
    pub decision: CoverageDecision,
    /// What the policy engine knew of the order (kept with the assertion for re-evaluation).
    pub facts: crate::policy::OrderFacts,
}

pub struct ResponseInput<'a> {
    pub version: CrdVersion,
    pub config: CrdConfiguration,
    pub policy: &'a CompiledPolicy,
    /// `Coverage/{id}` on the EHR's server.
    pub coverage_reference: String,
    pub decided: &'a [DecidedOrder],
    pub base_url: &'a str,
    pub today: NaiveDate,
    pub validity_days: u32,
    pub primary: bool,
    /// The coverage-assertion-id of this response (one coverage per call, so one id).
    pub assertion_id: &'a str,
    /// Where the EHR launches the SMART questionnaire app from a launch card (`dtr.launch_card`); `None`: no card.
    pub launch_url: Option<&'a str>,
    /// Orders (`Type/id`) that already carry an equivalent coverage-information extension: no systemAction for
    /// them (resp-35, resp-29).
    pub unchanged: &'a [String],
}

/// `url|version` of a policy's DTR Questionnaire (the checked-in file's canonical).
pub fn questionnaire_canonical(policy: &CompiledPolicy) -> String {
    format!(
        "{}|{}",
        crate::dtr::questionnaire::questionnaire_url(&policy.policy.id),
        crate::dtr::questionnaire::version(policy)
    )
}

pub fn policy_source_url(base_url: &str, policy: &CompiledPolicy) -> String {
    format!(
        "{}/policies/{}/source",
        base_url.trim_end_matches('/'),
        policy.policy.id
    )
}

/// Whether a decision could not be made because EHR data that it needed failed to arrive.
fn is_technical(d: &CoverageDecision) -> bool {
    d.outcome == Outcome::Conditional && !d.failed.is_empty()
}

/// The `covered` code the response carries for a decision (also the metrics label).
pub fn outcome_label(d: &CoverageDecision, version: CrdVersion) -> &'static str {
    match d.outcome {
        Outcome::Covered => "covered",
        Outcome::NotCovered => "not-covered",
        Outcome::Conditional if is_technical(d) && version == CrdVersion::V2_2 => "indeterminate",
        Outcome::Conditional | Outcome::NoDetermination | Outcome::Review => "conditional",
    }
}

/// The static label of a `covered` code (for metrics and the log's outcome list).
pub fn outcome_label_of(code: &str) -> &'static str {
    match code {
        "covered" => "covered",
        "not-covered" => "not-covered",
        "indeterminate" => "indeterminate",
        _ => "conditional",
    }
}

fn topic(version: CrdVersion, code: &str, display: &str) -> Value {
    let system = match version {
        CrdVersion::V2_0 => CRD_TEMP_CODES,
        CrdVersion::V2_2 => CARD_TYPE_CODES_2_2,
    };
    json!({ "system": system, "code": code, "display": display })
}

/// Cuts a summary to CDS Hooks' limit on a character boundary.
pub fn summary(text: &str) -> String {
    if text.chars().count() <= MAX_SUMMARY {
        return text.to_string();
    }
    let mut s: String = text.chars().take(MAX_SUMMARY - 1).collect();
    s.push('…');
    s
}

/// Nothing decided: no cards, and no `systemActions` (the wire contract: omit it rather than send it empty).
pub fn empty_response(_primary: bool) -> HookResponse {
    HookResponse::default()
}

/// Orders whose code could not be read were not decided: say which and why, so silence is never mistaken for
/// "nothing required".
pub fn unreadable_card(messages: &[String], version: CrdVersion, label: &str) -> Value {
    json!({
        "uuid": uuid::Uuid::new_v4().to_string(),
        "summary": "Coverage not checked for an order whose code could not be read",
        "detail": format!(
            "{}. Coverage, prior authorization and documentation requirements are unknown for this order; check with the payer.",
            messages.join("; ")
        ),
        "indicator": "warning",
        "source": { "label": label, "topic": topic(version, "coverage-info", "Coverage Information") }
    })
}

/// The payer could not be identified for a technical reason: say so, block nothing.
pub fn technical_response(
    message: &str,
    primary: bool,
    version: CrdVersion,
    label: &str,
) -> HookResponse {
    let mut response = empty_response(primary);
    response.cards = vec![json!({
        "uuid": uuid::Uuid::new_v4().to_string(),
        "summary": "Coverage requirements could not be checked: the EHR's data was unavailable",
        "detail": format!("{message}. Coverage, prior authorization and documentation requirements are unknown for this order; you may sign it and check with the payer."),
        "indicator": "warning",
        "source": { "label": label, "topic": topic(version, "coverage-info", "Coverage Information") }
    })];
    response
}

fn pa_code(p: PriorAuth) -> &'static str {
    match p {
        PriorAuth::AuthNeeded => "auth-needed",
        PriorAuth::NoAuth => "no-auth",
    }
}

/// One sub-extension of a coverage-information extension, typed (issue #18: these were `Value` maps built per
/// order, twice — once more for the decision key — and hashed into `IndexMap`s). Written as the `json!` objects
/// it replaced were: `url` first, then its value.
#[derive(Debug, Clone)]
pub enum Part {
    /// `valueReference: { reference }`.
    Reference(&'static str, String),
    /// `valueCode`.
    Code(&'static str, &'static str),
    /// `valueCoding: { system, code }`.
    Coding(&'static str, &'static str, String),
    /// `valueCanonical`.
    Canonical(&'static str, String),
    /// `valueDate`.
    Date(&'static str, String),
    /// `valueString`.
    Text(&'static str, String),
    /// `valueUrl`.
    Url(&'static str, String),
    /// `valueCodeableConcept: { coding: [{ system, code, display }], text }`, either part left out when `None`.
    Concept(
        &'static str,
        Option<(&'static str, &'static str, &'static str)>,
        Option<String>,
    ),
    /// A complex extension: `extension: [...]`.
    Nested(&'static str, Vec<Part>),
}

impl Part {
    fn url(&self) -> &'static str {
        match self {
            Part::Reference(u, _)
            | Part::Code(u, _)
            | Part::Coding(u, _, _)
            | Part::Canonical(u, _)
            | Part::Date(u, _)
            | Part::Text(u, _)
            | Part::Url(u, _)
            | Part::Concept(u, _, _)
            | Part::Nested(u, _) => u,
        }
    }

    /// This part's value as [`assertion_key`] reads it from the JSON (a reference's `reference`, a coding's
    /// `system|code`, a primitive's text); `None` for what it does not read.
    fn key_value(&self) -> Option<String> {
        match self {
            Part::Reference(_, r) => Some(r.clone()),
            Part::Code(_, c) => Some((*c).to_owned()),
            Part::Coding(_, system, code) => Some(format!("{system}|{code}")),
            Part::Canonical(_, v) | Part::Date(_, v) | Part::Text(_, v) | Part::Url(_, v) => {
                Some(v.clone())
            }
            Part::Concept(..) | Part::Nested(..) => None,
        }
    }
}

impl Serialize for Part {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        /// `{ "system", "code", "display" }` in a one-element `coding` array.
        struct Coding<'a>(&'a (&'static str, &'static str, &'static str));
        impl Serialize for Coding<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let (system, code, display) = self.0;
                let mut map = serializer.serialize_map(Some(3))?;
                map.serialize_entry("system", system)?;
                map.serialize_entry("code", code)?;
                map.serialize_entry("display", display)?;
                map.end()
            }
        }
        struct Concept<'a>(
            &'a Option<(&'static str, &'static str, &'static str)>,
            &'a Option<String>,
        );
        impl Serialize for Concept<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(None)?;
                if let Some(coding) = self.0 {
                    map.serialize_entry("coding", &[Coding(coding)])?;
                }
                if let Some(text) = self.1 {
                    map.serialize_entry("text", text)?;
                }
                map.end()
            }
        }
        /// `{ key: value }`.
        struct One<'a>(&'static str, &'a str);
        impl Serialize for One<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry(self.0, self.1)?;
                map.end()
            }
        }
        struct SystemCode<'a>(&'static str, &'a str);
        impl Serialize for SystemCode<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(Some(2))?;
                map.serialize_entry("system", self.0)?;
                map.serialize_entry("code", self.1)?;
                map.end()
            }
        }
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("url", self.url())?;
        match self {
            Part::Reference(_, r) => map.serialize_entry("valueReference", &One("reference", r))?,
            Part::Code(_, c) => map.serialize_entry("valueCode", c)?,
            Part::Coding(_, system, code) => {
                map.serialize_entry("valueCoding", &SystemCode(system, code))?
            }
            Part::Canonical(_, v) => map.serialize_entry("valueCanonical", v)?,
            Part::Date(_, v) => map.serialize_entry("valueDate", v)?,
            Part::Text(_, v) => map.serialize_entry("valueString", v)?,
            Part::Url(_, v) => map.serialize_entry("valueUrl", v)?,
            Part::Concept(_, coding, text) => {
                map.serialize_entry("valueCodeableConcept", &Concept(coding, text))?
            }
            Part::Nested(_, parts) => map.serialize_entry("extension", parts)?,
        }
        map.end()
    }
}

/// A coverage-information extension: `{ "url": COVERAGE_INFORMATION_URL, "extension": [parts] }`.
#[derive(Debug, Clone)]
pub struct CoverageInformation(pub Vec<Part>);

impl Serialize for CoverageInformation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("url", COVERAGE_INFORMATION_URL)?;
        map.serialize_entry("extension", &self.0)?;
        map.end()
    }
}

/// The coded parts of a decision's coverage-information (coverage, covered, pa-needed, doc-needed, doc-purpose,
/// info-needed, billing codes, questionnaire): what an assertion says, and what its key is made of
/// ([`assertion_key`]). The words (`reason`, `detail`) and dates come after them in [`coverage_information`].
fn coded_parts(
    version: CrdVersion,
    policy: &CompiledPolicy,
    coverage_reference: &str,
    order: &DecidedOrder,
) -> Vec<Part> {
    let d = &order.decision;
    let prior_auth = policy.policy.prior_auth;
    let mut ext = Vec::with_capacity(8 + order.billing_codes.len());
    ext.push(Part::Reference("coverage", coverage_reference.to_owned()));
    let covered = outcome_label(d, version);
    ext.push(Part::Code("covered", covered));
    let pa = match d.outcome {
        Outcome::NotCovered => None,
        Outcome::NoDetermination => Some("conditional"),
        _ => Some(pa_code(prior_auth)),
    };
    if let Some(pa) = pa {
        ext.push(Part::Code("pa-needed", pa));
    }
    let doc_needed = documentation_needed(d);
    if doc_needed {
        ext.push(Part::Code("doc-needed", "clinical"));
        let purpose = if prior_auth == PriorAuth::AuthNeeded {
            "withpa"
        } else {
            "withorder"
        };
        ext.push(Part::Code("doc-purpose", purpose));
    }
    let something_conditional = covered == "conditional" || pa == Some("conditional");
    if something_conditional {
        ext.push(Part::Code("info-needed", "OTH"));
    }
    for code in &order.billing_codes {
        ext.push(Part::Coding(
            "billingCode",
            code.system.uri(),
            code.code.clone(),
        ));
    }
    if doc_needed {
        ext.push(Part::Canonical(
            "questionnaire",
            questionnaire_canonical(policy),
        ));
    }
    ext
}

/// The coverage-information extension for one decision.
fn coverage_information(
    input: &ResponseInput,
    order: &DecidedOrder,
    assertion_id: &str,
) -> CoverageInformation {
    let d = &order.decision;
    let technical = is_technical(d);
    let mut ext = coded_parts(
        input.version,
        input.policy,
        &input.coverage_reference,
        order,
    );
    for reason in reason_concepts(input, d, technical) {
        ext.push(reason);
    }
    if input.version == CrdVersion::V2_2 {
        ext.extend(details(input, d, technical));
    }
    ext.push(Part::Date("date", input.today.to_string()));
    ext.push(Part::Text("coverage-assertion-id", assertion_id.to_owned()));
    if input.version == CrdVersion::V2_2 {
        if let Some(expiry) = input
            .today
            .checked_add_signed(Duration::days(i64::from(input.validity_days)))
        {
            ext.push(Part::Date("expiry-date", expiry.to_string()));
        }
    }
    CoverageInformation(ext)
}

/// The `reason`s of a decision, in plain words: why it is covered, what documentation is missing, or each
/// reason it is not covered (CRD puts the explanation here, not in a card: resp-25, resp-12).
fn reason_concepts(input: &ResponseInput, d: &CoverageDecision, technical: bool) -> Vec<Part> {
    let policy = &input.policy.policy;
    let texts: Vec<String> = match d.outcome {
        _ if technical => vec![format!(
            "Could not be determined: the EHR's {} could not be read in time",
            d.failed
                .iter()
                .map(|c| c.label())
                .collect::<Vec<_>>()
                .join(", ")
        )],
        Outcome::Covered if d.indication.is_none() && !d.reasons.is_empty() => {
            vec![d.reasons[0].clone()]
        }
        Outcome::Covered => vec![format!(
            "Meets {} policy {}{}",
            policy.payer.name,
            policy.number,
            d.indication
                .as_ref()
                .map(|i| format!(" for {}", i.to_lowercase()))
                .unwrap_or_default()
        )],
        // What is needed first, then why each open criterion could not be settled from the chart.
        Outcome::Conditional => std::iter::once(format!(
            "Documentation needed for policy {}: {}",
            policy.number,
            open_items_text(d)
        ))
        .chain(d.reasons.iter().cloned())
        .collect(),
        Outcome::NotCovered | Outcome::NoDetermination | Outcome::Review
            if d.reasons.is_empty() =>
        {
            vec![format!("Not covered under policy {}", policy.number)]
        }
        Outcome::NotCovered | Outcome::NoDetermination | Outcome::Review => d.reasons.clone(),
    };
    texts
        .into_iter()
        .map(|text| {
            let coding = (technical && input.version == CrdVersion::V2_2).then_some((
                CRD_TEMP_CODES,
                "technical",
                "Technical issues",
            ));
            Part::Concept("reason", coding, Some(text))
        })
        .collect()
}

/// CRD 2.2 `detail`s (category `cat-other`, codes of the CRD temporary code system that the `detail.code`
/// binding still admits): the policy the decision applies, and what to do to settle a conditional decision.
fn details(input: &ResponseInput, d: &CoverageDecision, technical: bool) -> Vec<Part> {
    let policy = &input.policy.policy;
    let detail =
        |code: &'static str, display: &'static str, value: Part, qualification: Option<String>| {
            let mut parts = vec![
                Part::Code("category", "cat-other"),
                Part::Concept("code", Some((CRD_TEMP_CODES, code, display)), None),
                value,
            ];
            if let Some(q) = qualification {
                parts.push(Part::Text("qualification", q));
            }
            Part::Nested("detail", parts)
        };
    let mut out = vec![detail(
        "policy-link",
        "Policy Link",
        Part::Url("value", policy_source_url(input.base_url, input.policy)),
        Some(format!(
            "{} medical policy {}: {}",
            policy.payer.name, policy.number, policy.title
        )),
    )];
    if !technical && d.outcome == Outcome::Conditional && !d.open_items.is_empty() {
        let items: Vec<&str> = d.open_items.iter().map(|i| i.text.as_str()).collect();
        out.push(detail(
            "instructions",
            "Instructions",
            Part::Text(
                "value",
                format!(
                    "Complete the payer's questionnaire (DTR) for: {}",
                    items.join("; ")
                ),
            ),
            None,
        ));
    }
    out
}

/// The open items in a few words: the first ones, then how many more the questionnaire asks.
fn open_items_text(d: &CoverageDecision) -> String {
    const SHOWN: usize = 3;
    let mut text = d
        .open_items
        .iter()
        .take(SHOWN)
        .map(|i| i.text.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    if d.open_items.len() > SHOWN {
        text.push_str(&format!(
            "; and {} more items in the questionnaire",
            d.open_items.len() - SHOWN
        ));
    }
    text
}

/// The sub-extensions an assertion key is made of.
const CODED: [&str; 8] = [
    "coverage",
    "covered",
    "pa-needed",
    "doc-needed",
    "doc-purpose",
    "info-needed",
    "billingCode",
    "questionnaire",
];

/// What an assertion says, as a comparable text: the coded parts of a coverage-information extension (coverage,
/// covered, pa-needed, doc-needed, doc-purpose, info-needed, billing codes, questionnaires), without the id, dates
/// and wording. Two decisions with the same key are the same assertion; a different key is a new one (a new
/// `coverage-assertion-id`, so what was said under the old id stays as it was).
pub fn assertion_key(extension: &Value) -> String {
    let mut parts: Vec<String> = extension["extension"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| {
            let url = e["url"].as_str()?;
            if !CODED.contains(&url) {
                return None;
            }
            let value = e
                .as_object()?
                .iter()
                .find(|(k, _)| k.starts_with("value"))
                .map(|(_, v)| match v {
                    Value::String(s) => s.clone(),
                    Value::Object(o) if o.contains_key("reference") => {
                        o["reference"].as_str().unwrap_or_default().to_string()
                    }
                    Value::Object(o) => format!(
                        "{}|{}",
                        o.get("system").and_then(Value::as_str).unwrap_or_default(),
                        o.get("code").and_then(Value::as_str).unwrap_or_default()
                    ),
                    other => other.to_string(),
                })?;
            Some(format!("{url}={value}"))
        })
        .collect();
    parts.sort();
    parts.join(";")
}

/// The assertion key of the decision on `order` under `policy` for the coverage (see [`assertion_key`]): the
/// same whichever CRD version the answer is written in, and made of the coded parts alone (no words built).
pub fn decision_key(
    policy: &CompiledPolicy,
    coverage_reference: &str,
    order: &DecidedOrder,
) -> String {
    let mut parts: Vec<String> = coded_parts(CrdVersion::V2_2, policy, coverage_reference, order)
        .iter()
        .filter(|p| CODED.contains(&p.url()))
        .filter_map(|p| Some(format!("{}={}", p.url(), p.key_value()?)))
        .collect();
    parts.sort();
    parts.join(";")
}

/// The coverage-information extensions an order already carries (an EHR re-sending an order it stored).
pub fn carried(order: &EchoedOrder) -> impl Iterator<Item = &Value> {
    order
        .extensions()
        .iter()
        .filter(|e| e["url"].as_str() == Some(COVERAGE_INFORMATION_URL))
}

/// The `coverage-assertion-id` of a coverage-information extension.
pub fn carried_assertion_id(extension: &Value) -> Option<&str> {
    extension["extension"]
        .as_array()?
        .iter()
        .find(|e| e["url"] == "coverage-assertion-id")?["valueString"]
        .as_str()
}

fn order_label(order: &DecidedOrder) -> String {
    let codes: Vec<String> = order
        .billing_codes
        .iter()
        .map(|c| format!("{} {}", c.system.short_name(), c.code))
        .collect();
    format!("{} ({})", order.decision.order, codes.join(", "))
}

/// The response to decided orders. `echoed` holds each decided order's JSON (`input.decided[i].raw`, moved out
/// by the caller so that it is annotated in place, not copied).
pub fn build_response(input: &ResponseInput, echoed: Vec<EchoedOrder>) -> HookResponse {
    // One assertion per coverage per response: CRD 2.0.1 requires orders under the same coverage to share it.
    let assertion_id = input.assertion_id;
    let mut actions = Vec::new();
    if input.config.coverage_info {
        for (order, mut resource) in input.decided.iter().zip(echoed) {
            // resp-35: nothing new or changed for an order that already carries this assertion.
            if input.unchanged.contains(&order.decision.order) {
                continue;
            }
            resource.annotate(coverage_information(input, order, assertion_id));
            actions.push(SystemAction {
                description: format!(
                    "Coverage information for {}: {}",
                    order_label(order),
                    outcome_label(&order.decision, input.version)
                ),
                resource,
                kind: "update",
            });
        }
    }
    // The decisions are in the systemActions only (resp-25): the cards carry what the extension cannot.
    let mut cards = Vec::new();
    if input.config.guideline && !input.decided.is_empty() {
        cards.push(policy_card(input));
    }
    if let Some(url) = input.launch_url.filter(|_| input.config.dtr_launch) {
        let needing: Vec<&DecidedOrder> = input
            .decided
            .iter()
            .filter(|o| documentation_needed(&o.decision))
            .collect();
        if !needing.is_empty() {
            cards.push(launch_card(input, url, &needing));
        }
    }
    cards.truncate(input.config.max_cards);
    // Never an empty array (the wire contract): with coverage information turned off, or nothing decided, the
    // systemActions are omitted (`HookResponse` skips an empty list).
    HookResponse {
        cards,
        system_actions: actions,
    }
}

/// Whether the clinician can settle a decision with the questionnaire (conditional on open items, not technical).
pub fn documentation_needed(d: &CoverageDecision) -> bool {
    d.outcome == Outcome::Conditional && !is_technical(d) && !d.open_items.is_empty()
}

/// The SMART card for the questionnaire app, for EHRs that launch DTR apps from cards only (`dtr.launch_card`,
/// off by default: CRD 2.0.1 and 2.2 launch DTR from the coverage-information's `doc-needed` + `questionnaire`).
/// It follows CRD 2.2's Launch SMART response type (resp-72): a `smart` link with `appContext`, and a suggestion
/// with a label and no actions. Its topic is its own, and the client turns it off with `dtr-launch: false`.
fn launch_card(input: &ResponseInput, url: &str, orders: &[&DecidedOrder]) -> Value {
    let policy = &input.policy.policy;
    let questionnaire = questionnaire_canonical(input.policy);
    // CDS Hooks: appContext is a string the app receives at launch; ours is JSON.
    let app_context = json!({
        "coverageAssertionId": input.assertion_id,
        "questionnaire": [questionnaire],
        "order": orders.iter().map(|o| o.decision.order.clone()).collect::<Vec<_>>(),
        "coverage": input.coverage_reference,
    })
    .to_string();
    let open: usize = orders
        .iter()
        .map(|o| o.decision.open_items.len())
        .max()
        .unwrap_or(0);
    let label = format!("Complete the {} documentation (DTR)", policy.payer.name);
    json!({
        "uuid": uuid::Uuid::new_v4().to_string(),
        "summary": summary(&format!(
            "{}: answer {open} documentation questions for policy {}", policy.payer.name, policy.number)),
        "indicator": "info",
        "source": {
            "label": format!("{} — Medical Policy {}", policy.payer.name, policy.number),
            "topic": launch_topic(input.base_url),
        },
        "selectionBehavior": "at-most-one",
        "suggestions": [{ "label": label.clone(), "uuid": uuid::Uuid::new_v4().to_string() }],
        "links": [{
            "label": label,
            "url": url,
            "type": "smart",
            "appContext": app_context,
        }],
        "extension": { "davinci-crd.associated-resource":
            orders.iter().map(|o| json!({ "reference": o.decision.order })).collect::<Vec<_>>() },
    })
}

/// The launch card's topic: none of the CRD card types means "launch DTR", so a code of this server's own.
pub fn launch_topic(base_url: &str) -> Value {
    json!({
        "system": format!("{}/fhir/CodeSystem/card-topic", base_url.trim_end_matches('/')),
        "code": "dtr-launch",
        "display": "Launch the payer's documentation app",
    })
}

/// The `source.label` of a card about a decision under `policy`.
pub fn payer_label(policy: &CompiledPolicy) -> String {
    format!(
        "{} — Medical Policy {}",
        policy.policy.payer.name, policy.policy.number
    )
}

fn policy_card(input: &ResponseInput) -> Value {
    let policy = &input.policy.policy;
    json!({
        "uuid": uuid::Uuid::new_v4().to_string(),
        "summary": summary(&format!("{} medical policy {}: {}", policy.payer.name, policy.number, policy.title)),
        "detail": format!(
            "{} decides coverage of {} under medical policy {} ({}); the coverage information on each order says \
             what it decided and why.",
            policy.payer.name,
            input
                .decided
                .iter()
                .map(order_label)
                .collect::<Vec<_>>()
                .join("; "),
            policy.number,
            policy.title
        ),
        "indicator": "info",
        "source": {
            "label": format!("{} — Medical Policy {}", policy.payer.name, policy.number),
            "topic": topic(input.version, "guideline", "Guideline"),
        },
        "links": [{
            "label": format!("Read medical policy {} ({})", policy.number, policy.title),
            "url": policy_source_url(input.base_url, input.policy),
            "type": "absolute",
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_stay_under_140_characters() {
        let long = "x".repeat(400);
        assert_eq!(summary(&long).chars().count(), 139);
        assert_eq!(summary("short"), "short");
        let multibyte = "é".repeat(300);
        assert!(summary(&multibyte).chars().count() < 140);
    }

    /// What the response echoed before orders were kept raw: the order read into a `Value`, any
    /// coverage-information extension replaced by ours, written out again.
    fn annotated_as_value(raw: &str, ext: &Value) -> Value {
        let mut v: Value = serde_json::from_str(raw).unwrap();
        if let Some(obj) = v.as_object_mut() {
            let mut exts: Vec<Value> = match obj.get("extension") {
                Some(Value::Array(a)) => a.clone(),
                Some(other) => vec![other.clone()],
                None => vec![],
            };
            exts.retain(|e| e["url"].as_str() != Some(COVERAGE_INFORMATION_URL));
            exts.push(ext.clone());
            obj.insert("extension".into(), Value::Array(exts));
        }
        v
    }

    #[test]
    fn annotate_replaces_only_coverage_information() {
        let raw = r#"{"resourceType": "ServiceRequest", "id": "1", "extension": [
            {"url": "http://other", "valueString": "keep"},
            {"url": "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information", "extension": []}
        ]}"#;
        let mut order = EchoedOrder::from_json(raw);
        assert_eq!(carried(&order).count(), 1);
        order.annotate(CoverageInformation(vec![Part::Code("covered", "covered")]));
        let out = serde_json::to_value(&order).unwrap();
        let exts = out["extension"].as_array().unwrap();
        assert_eq!(exts.len(), 2);
        assert_eq!(exts[0]["valueString"], "keep");
        assert_eq!(exts[1]["extension"][0]["url"], "covered");
    }

    /// Every order resource of the examples and fixtures (and shapes around `extension`: first, last, absent,
    /// not an array; not an object at all), echoed raw and annotated, is the JSON the `Value` round trip gave —
    /// and, for compact input, the same bytes.
    #[test]
    fn an_echoed_order_is_what_the_value_round_trip_wrote() {
        let ours = CoverageInformation(vec![Part::Code("covered", "covered")]);
        let ext = json!({"url": COVERAGE_INFORMATION_URL, "extension": [{"url": "covered", "valueCode": "covered"}]});
        let mut inputs: Vec<String> = vec![
            r#"{"resourceType":"DeviceRequest","id":"a"}"#.into(),
            r#"{"extension":[{"url":"x"}],"zeta":1,"alpha":[1.50,{"b":null}]}"#.into(),
            r#"{"aaa":1,"extension":{"url":"x"}}"#.into(),
            r#"{"zzz":1,"extension":[]}"#.into(),
            r#"{"f":1,"extension":[{"url":"x"}],"id":"b"}"#.into(),
            "null".into(),
            "[1,2]".into(),
        ];
        for (_, v) in crate::util::repository_json(&["cds-hooks/examples", "tests/fixtures"]) {
            for order in v["context"]["draftOrders"]["entry"]
                .as_array()
                .into_iter()
                .flatten()
            {
                inputs.push(serde_json::to_string(&order["resource"]).unwrap());
                inputs.push(serde_json::to_string_pretty(&order["resource"]).unwrap());
            }
        }
        assert!(inputs.len() > 40, "only {} inputs", inputs.len());
        for raw in &inputs {
            let mut order = EchoedOrder::from_json(raw);
            order.annotate(ours.clone());
            let expected = annotated_as_value(raw, &ext);
            let written = serde_json::to_string(&order).unwrap();
            let read: Value = serde_json::from_str(&written).unwrap();
            assert_eq!(read, expected, "{raw}");
            if !raw.contains('\n') {
                assert_eq!(written, serde_json::to_string(&expected).unwrap(), "{raw}");
            }
        }
    }

    /// Each kind of typed part is written as the `json!` object it replaced (members in that order).
    #[test]
    fn parts_are_written_as_the_objects_they_replaced() {
        let cases = [
            (
                Part::Reference("coverage", "Coverage/c".into()),
                json!({ "url": "coverage", "valueReference": { "reference": "Coverage/c" } }),
            ),
            (
                Part::Code("covered", "not-covered"),
                json!({ "url": "covered", "valueCode": "not-covered" }),
            ),
            (
                Part::Coding(
                    "billingCode",
                    "http://www.ama-assn.org/go/cpt",
                    "62362".into(),
                ),
                json!({ "url": "billingCode", "valueCoding": { "system": "http://www.ama-assn.org/go/cpt", "code": "62362" } }),
            ),
            (
                Part::Canonical("questionnaire", "http://q|1".into()),
                json!({ "url": "questionnaire", "valueCanonical": "http://q|1" }),
            ),
            (
                Part::Date("date", "2026-12-07".into()),
                json!({ "url": "date", "valueDate": "2026-12-07" }),
            ),
            (
                Part::Text("coverage-assertion-id", "a\"b".into()),
                json!({ "url": "coverage-assertion-id", "valueString": "a\"b" }),
            ),
            (
                Part::Concept("reason", None, Some("why".into())),
                json!({ "url": "reason", "valueCodeableConcept": { "text": "why" } }),
            ),
            (
                Part::Concept(
                    "reason",
                    Some((CRD_TEMP_CODES, "technical", "Technical issues")),
                    Some("t".into()),
                ),
                json!({ "url": "reason", "valueCodeableConcept": { "coding": [{ "system": CRD_TEMP_CODES, "code": "technical", "display": "Technical issues" }], "text": "t" } }),
            ),
            (
                Part::Nested(
                    "detail",
                    vec![
                        Part::Code("category", "cat-other"),
                        Part::Url("value", "http://p".into()),
                    ],
                ),
                json!({ "url": "detail", "extension": [{ "url": "category", "valueCode": "cat-other" }, { "url": "value", "valueUrl": "http://p" }] }),
            ),
        ];
        for (part, expected) in cases {
            assert_eq!(
                serde_json::to_string(&part).unwrap(),
                serde_json::to_string(&expected).unwrap()
            );
        }
    }

    /// The decision key made from the typed parts is the key read back from the extension the response carries
    /// (what an EHR echoes on a re-sent order, compared by `assertion_key`), in both CRD versions, for the
    /// decision of every case of every policy, with and without billing codes.
    #[test]
    fn the_decision_key_is_the_key_of_the_extension_written() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fhir-resources/policies");
        let set = crate::policy_files::load_policies(&dir).expect("policies load");
        let files = crate::policy_files::load_case_files(&dir).expect("case files load");
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let mut checked = std::collections::BTreeSet::new();
        for (_, file) in &files {
            let policy = set.get(&file.policy).expect("policy loaded");
            for case in &file.cases {
                let (chart, order) = case.build().expect("case builds");
                let decision = crate::policy::eval::evaluate(policy, &chart, &order);
                for billing_codes in [order.codes.clone(), vec![]] {
                    let decided = [DecidedOrder {
                        raw: EchoedOrder::null(),
                        billing_codes,
                        decision: decision.clone(),
                        facts: order.clone(),
                    }];
                    for version in [CrdVersion::V2_0, CrdVersion::V2_2] {
                        let input = ResponseInput {
                            version,
                            config: CrdConfiguration::default(),
                            policy,
                            coverage_reference: "Coverage/c".into(),
                            decided: &decided,
                            base_url: "http://crd",
                            today,
                            validity_days: 30,
                            primary: true,
                            assertion_id: "a",
                            launch_url: None,
                            unchanged: &[],
                        };
                        let written =
                            serde_json::to_value(coverage_information(&input, &decided[0], "a"))
                                .unwrap();
                        let key = decision_key(policy, "Coverage/c", &decided[0]);
                        assert_eq!(
                            assertion_key(&written),
                            key,
                            "{} / {}",
                            file.policy,
                            case.name
                        );
                        checked.insert(key);
                    }
                }
            }
        }
        assert!(checked.len() > 10, "only {} distinct keys", checked.len());
    }
}
