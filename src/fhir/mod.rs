//! FHIR plumbing: the lean typed reading of the resources crd-server reads (`model`), fhirbolt (lax) for every
//! other resource type and for what must be checked as FHIR as a whole, and the client that reads the EHR's FHIR
//! server.
//!
//! Owns: turning raw JSON into resources, small accessors over them, and all outbound FHIR I/O.
//! Knows nothing of policies or CDS Hooks.

pub mod client;
mod contents;
pub mod facts;
pub mod model;

pub use contents::{raw_members, Contents, Members};

use fhirbolt::serde::{DeserializationConfig, DeserializationMode};
use serde::Deserialize;
use serde_json::value::RawValue;

pub use model::Resource;
use model::{CodeableConcept, Reference};

use crate::policy::codes::Code;

/// Reads one resource from its raw JSON for what crd-server reads of it (`model`): the elements a decision
/// reads, typed; everything else skipped unread. Lax: real EHR payloads carry unknown elements and extensions,
/// and a decision must not fail on them (the raw JSON is kept where the response echoes the resource).
///
/// A resource of a type `model` does not read is checked by fhirbolt (an unknown `resourceType` is an error) and
/// kept as its type and id. One that `model` refuses (a read element of the wrong JSON type) is given to fhirbolt,
/// whose lax mode bends some shapes (a single object where FHIR has an array): what fhirbolt reads is read again
/// from fhirbolt's JSON of it, so this is never less lenient than fhirbolt's parse was; what fhirbolt refuses too
/// is an error.
pub fn parse_resource(raw: &str) -> Result<Resource, String> {
    let head: Option<ResourceHead>;
    let resource_type = match leading_resource_type(raw) {
        Some(t) => t,
        None => {
            head = serde_json::from_str(raw).ok();
            head.as_ref()
                .and_then(|h| h.resource_type.as_deref())
                .unwrap_or_default()
        }
    };
    if let Some(Ok(resource)) = model::read(resource_type, raw) {
        return Ok(resource);
    }
    let general = read_fhirbolt(raw)?;
    let json = fhirbolt::json::to_string(&general, None).map_err(|e| e.to_string())?;
    let head: ResourceHead = serde_json::from_str(&json).map_err(|e| e.to_string())?;
    let resource_type = head.resource_type.unwrap_or_default();
    match model::read(&resource_type, &json) {
        Some(read) => read.map_err(|e| e.to_string()),
        None => Ok(Resource::Other {
            resource_type,
            id: head.id,
        }),
    }
}

/// Checks that `raw` is a FHIR R4 resource as fhirbolt's lax mode reads it (every element of its type, not only
/// what crd-server reads): for what is stored and served again (DTR's QuestionnaireResponses).
pub fn check_resource(raw: &str) -> Result<(), String> {
    read_fhirbolt(raw).map(|_| ())
}

/// fhirbolt's lax reading of a resource, every element typed.
fn read_fhirbolt(raw: &str) -> Result<fhirbolt::model::r4::Resource, String> {
    let config = DeserializationConfig {
        mode: DeserializationMode::Lax,
    };
    // The types crd-server reads are parsed straight into their own type: fhirbolt's `Resource` enum first reads
    // the whole resource into an untyped element tree to find its `resourceType`, then reads that tree again,
    // which costs about as much as the typed parse itself. Anything the direct parse refuses takes the general
    // path below, so this is never less lenient than it.
    if let Some(resource) = parse_known(raw, config) {
        return Ok(resource);
    }
    // fhirbolt 0.4's lax mode panics on some inputs with a missing required element (an `unwrap` in its element
    // deserializer); a malformed resource must be a 400, never a dropped connection.
    std::panic::catch_unwind(|| {
        fhirbolt::json::from_str::<fhirbolt::model::r4::Resource>(raw, Some(config))
    })
    .map_err(|_| {
        "the resource could not be read (a required element is missing or malformed)".to_string()
    })?
    .map_err(|e| {
        let message = e.to_string();
        if message.contains("expected valid resourceType") {
            let head: Option<ResourceHead> = serde_json::from_str(raw).ok();
            let name: String = head
                .and_then(|h| h.resource_type)
                .unwrap_or_default()
                .chars()
                .take(64)
                .collect();
            format!("unknown resourceType '{name}' (not a FHIR R4 resource)")
        } else {
            message
        }
    })
}

/// The resource types the chart, the orders and the payer look-up read, parsed directly into their own type.
macro_rules! direct_types {
    ($($name:ident),*) => {
        #[cfg(test)]
        const DIRECT_TYPES: &[&str] = &[$(stringify!($name)),*];

        fn parse_direct(
            resource_type: &str,
            raw: &str,
            config: DeserializationConfig,
        ) -> Option<fhirbolt::model::r4::Resource> {
            match resource_type {
                $(stringify!($name) => std::panic::catch_unwind(|| {
                    fhirbolt::json::from_str::<fhirbolt::model::r4::resources::$name>(raw, Some(config))
                })
                .ok()?
                .ok()
                .map(|r| fhirbolt::model::r4::Resource::$name(Box::new(r))),)*
                _ => None,
            }
        }
    };
}

direct_types!(
    Patient,
    Coverage,
    Organization,
    Condition,
    Procedure,
    Observation,
    MedicationAdministration,
    MedicationStatement,
    MedicationRequest,
    MedicationDispense,
    Medication,
    AllergyIntolerance,
    QuestionnaireResponse,
    ServiceRequest,
    DeviceRequest,
    Device,
    Appointment,
    Encounter,
    Practitioner,
    PractitionerRole,
    Location
);

/// Parses a resource of one of [`DIRECT_TYPES`] directly into that type; `None` for any other type, or whatever
/// the direct parse refuses (the caller then takes fhirbolt's general path).
fn parse_known(raw: &str, config: DeserializationConfig) -> Option<fhirbolt::model::r4::Resource> {
    #[derive(Deserialize)]
    struct Kind<'a> {
        #[serde(rename = "resourceType", borrow)]
        resource_type: Option<std::borrow::Cow<'a, str>>,
    }
    if let Some(name) = leading_resource_type(raw) {
        return parse_direct(name, raw, config);
    }
    let kind: Kind = serde_json::from_str(raw).ok()?;
    parse_direct(kind.resource_type.as_deref()?, raw, config)
}

/// The `resourceType` when it is the object's first member, as FHIR's JSON format writes it: found without
/// scanning the resource (a serde peek reads all of it, ~20 % of a resource's parse). Written by hand because it
/// only looks at a prefix; any other shape (another member first, an escape in the name) is `None`, and the caller
/// peeks with serde. A wrong guess cannot pass: the typed parse checks `resourceType` again.
fn leading_resource_type(raw: &str) -> Option<&str> {
    let rest = raw
        .trim_start()
        .strip_prefix('{')?
        .trim_start()
        .strip_prefix("\"resourceType\"")?
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    let name = &rest[..rest.find('"')?];
    (!name.is_empty() && name.bytes().all(|b| b.is_ascii_alphabetic())).then_some(name)
}

/// The envelope of a Bundle, read without parsing its entries, so that each entry is parsed once from its own
/// slice (fhirbolt's typed Bundle rejects some real payloads; see ARCHITECTURE.md).
#[derive(Debug, Deserialize)]
pub struct BundleEnvelope {
    #[serde(rename = "resourceType")]
    pub resource_type: String,
    #[serde(default)]
    pub entry: Vec<BundleEntry>,
    #[serde(default)]
    pub link: Vec<BundleLink>,
}

#[derive(Debug, Deserialize)]
pub struct BundleEntry {
    #[serde(default)]
    pub resource: Option<Box<RawValue>>,
    /// Set when the entry is itself a resource (no `resource` wrapper).
    #[serde(default, rename = "resourceType")]
    pub resource_type: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct BundleLink {
    #[serde(default)]
    pub relation: String,
    #[serde(default)]
    pub url: String,
}

/// Just enough of any resource to route it: its type and id.
#[derive(Debug, Deserialize)]
pub struct ResourceHead {
    #[serde(rename = "resourceType")]
    pub resource_type: Option<String>,
    #[serde(default)]
    pub id: Option<String>,
}

/// The id a Questionnaire canonical ends in (`…/Questionnaire/{id}`, `|version` and a trailing slash ignored): how
/// crd-server recognises its own Questionnaires whatever base URL a client saw them under.
/// A computable `name` for a conformance resource (FHIR R4 invariant inv-0, "usable as an identifier":
/// `[A-Z]([A-Za-z0-9_]){0,254}`): the words of `text`, each capitalised, joined by `_`.
pub fn computable_name(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut chars = w.chars();
            let first = chars.next().map(|c| c.to_ascii_uppercase());
            first.into_iter().chain(chars).collect()
        })
        .collect();
    let mut name = words.join("_");
    if !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        name.insert_str(0, "N_");
    }
    name.truncate(255);
    name
}

/// The suffix of an adaptive Questionnaire's id: `{policy id}-adaptive` (DTR 2.2 adaptive forms, `dtr::adaptive`).
pub const ADAPTIVE_SUFFIX: &str = "-adaptive";

/// The policy id of an adaptive Questionnaire id (`{policy}-adaptive`).
pub fn policy_of_adaptive(id: &str) -> Option<&str> {
    id.strip_suffix(ADAPTIVE_SUFFIX).filter(|p| !p.is_empty())
}

/// The policy a QuestionnaireResponse (as JSON) answers: its Questionnaire's id (`…/Questionnaire/{policy id}`),
/// or, for an adaptive response (`questionnaire` = `#id`, DTR 2.2), the policy of the adaptive Questionnaire its
/// contained one is `derivedFrom`.
pub fn answered_policy(qr: &serde_json::Value) -> Option<&str> {
    let canonical = qr["questionnaire"].as_str()?;
    let Some(local) = canonical.strip_prefix('#') else {
        return questionnaire_id(canonical);
    };
    qr["contained"]
        .as_array()?
        .iter()
        .find(|r| r["resourceType"] == "Questionnaire" && r["id"] == local)?["derivedFrom"]
        .as_array()?
        .iter()
        .filter_map(serde_json::Value::as_str)
        .find_map(|d| policy_of_adaptive(questionnaire_id(d)?))
}

pub fn questionnaire_id(canonical: &str) -> Option<&str> {
    let canonical = canonical.split('|').next()?.trim_end_matches('/');
    let (head, id) = canonical.rsplit_once('/')?;
    (head.ends_with("/Questionnaire") || head == "Questionnaire")
        .then_some(id)
        .filter(|id| !id.is_empty())
}

/// A FHIR resource id: 1-64 of `[A-Za-z0-9-.]`.
pub fn is_fhir_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

/// The codes of a CodeableConcept in the systems the policies use.
pub fn codes_of(cc: Option<&CodeableConcept>) -> Vec<Code> {
    cc.map(|cc| {
        cc.coding
            .iter()
            .filter_map(|c| Code::from_coding(c.system.as_deref(), c.code.as_deref()))
            .collect()
    })
    .unwrap_or_default()
}

/// The plain code values of a CodeableConcept, whatever their system (for status-like concepts).
pub fn code_values(cc: Option<&CodeableConcept>) -> Vec<String> {
    cc.map(|cc| cc.coding.iter().filter_map(|c| c.code.clone()).collect())
        .unwrap_or_default()
}

/// A reference's `Type/id` tail, from a relative (`Condition/1`) or absolute (`http://x/fhir/Condition/1`)
/// reference; `None` for contained (`#x`) or malformed references.
pub fn reference_key(r: &Reference) -> Option<String> {
    relative_reference(r.reference.as_deref()?)
}

pub fn relative_reference(text: &str) -> Option<String> {
    reference_parts(text).map(|(ty, id)| format!("{ty}/{id}"))
}

/// The type and id of [`relative_reference`]'s `Type/id`, borrowed from `text` (no string made).
pub fn reference_parts(text: &str) -> Option<(&str, &str)> {
    if text.starts_with('#') {
        return None;
    }
    let text = text.split("/_history/").next()?;
    let mut parts = text.rsplit('/');
    let id = parts.next()?;
    let ty = parts.next()?;
    if id.is_empty() || ty.is_empty() || !ty.chars().next()?.is_ascii_uppercase() {
        return None;
    }
    Some((ty, id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Every resource in the repository's own JSON (sample charts, example requests, peer projects' fixtures, the
    /// Inferno kit's and the reference implementation's requests), and the same resources with an unknown element
    /// of each JSON shape added.
    fn repository_resources() -> Vec<String> {
        fn resources(v: &serde_json::Value, out: &mut Vec<serde_json::Value>) {
            match v {
                serde_json::Value::Object(m) => {
                    if m.get("resourceType").is_some_and(|t| t.is_string()) {
                        out.push(v.clone());
                    }
                    m.values().for_each(|x| resources(x, out));
                }
                serde_json::Value::Array(a) => a.iter().for_each(|x| resources(x, out)),
                _ => {}
            }
        }
        let mut found = Vec::new();
        for (_, v) in
            crate::util::repository_json(&["fhir-resources", "cds-hooks", "tests/fixtures"])
        {
            resources(&v, &mut found);
        }
        let mut out = Vec::new();
        for resource in found {
            out.push(resource.to_string());
            for unknown in [
                json!(1),
                json!("x"),
                json!([1, {"a": [2]}]),
                json!({"b": {"c": null}}),
            ] {
                let mut v = resource.clone();
                v["crdServerUnknown"] = unknown;
                out.push(v.to_string());
            }
        }
        out
    }

    /// fhirbolt's direct parse of a known type gives exactly what its general path gives.
    #[test]
    fn the_direct_parse_of_a_known_type_equals_the_general_parse() {
        let config = DeserializationConfig {
            mode: DeserializationMode::Lax,
        };
        let general = |raw: &str| {
            fhirbolt::json::from_str::<fhirbolt::model::r4::Resource>(raw, Some(config)).ok()
        };
        let (mut known, mut direct) = (0, 0);
        for raw in repository_resources() {
            let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
            if DIRECT_TYPES.contains(&v["resourceType"].as_str().unwrap()) {
                known += 1;
                direct += usize::from(parse_known(&raw, config).is_some());
            }
            // The general path refuses an unknown element holding a `null`, which the direct one skips, as
            // lax mode means to; whatever the general path reads, `read_fhirbolt` reads the same.
            if let Some(slow) = general(&raw) {
                assert_eq!(read_fhirbolt(&raw).ok(), Some(slow), "{raw}");
            }
        }
        // Only shapes the general path bends (a single object where FHIR has an array) leave the direct path.
        assert!(
            direct * 100 >= known * 95,
            "{direct} of {known} known resources took the direct path"
        );
    }

    /// The lean reading (`model`) reads every resource fhirbolt reads, and reads of it exactly what it reads of
    /// fhirbolt's own JSON of the resource: the same values for every element a decision reads, whatever the
    /// input's order, unknown elements or extensions. (The facts were read from fhirbolt's types before issue
    /// #18's step 8.) Every type `model` reads is among the inputs.
    #[test]
    fn the_lean_reading_reads_what_fhirbolt_reads() {
        let mut seen: std::collections::BTreeSet<String> = Default::default();
        let mut compared = 0;
        // The repository's JSON has no QuestionnaireResponse (the DTR tests build theirs): two as DTR writes them.
        let responses = [
            json!({"resourceType": "QuestionnaireResponse", "id": "qr", "status": "completed",
                "questionnaire": "http://x/fhir/Questionnaire/bcbsla-00666|1",
                "subject": {"reference": "Patient/p"},
                "item": [{"linkId": "g", "item": [
                    {"linkId": "a", "answer": [{"valueBoolean": true, "item": [{"linkId": "b", "answer": [{"valueBoolean": false}]}]}]},
                    {"linkId": "indication", "answer": [{"valueCoding": {"system": "s", "code": "spasticity"}}]}]}]}),
            json!({"resourceType": "QuestionnaireResponse", "status": "amended", "questionnaire": "#q",
                "contained": [{"resourceType": "Questionnaire", "id": "q", "status": "active",
                    "derivedFrom": ["http://x/fhir/Questionnaire/bcbsla-00666-adaptive"]}],
                "item": [{"linkId": "a", "text": "t", "answer": [{"valueBoolean": true}]}]}),
        ]
        .map(|v| v.to_string());
        for raw in repository_resources().into_iter().chain(responses) {
            let Ok(general) = read_fhirbolt(&raw) else {
                continue;
            };
            let lean = parse_resource(&raw).unwrap_or_else(|e| panic!("{e}: {raw}"));
            let json = fhirbolt::json::to_string(&general, None).unwrap();
            let ty = lean.resource_type().to_string();
            // fhirbolt writes an element it requires as `{}` where the input had none: the same for every reader.
            let normal = |r: &Resource| {
                format!("{r:?}")
                    .replace(
                        "Some(Reference { reference: None, identifier: None })",
                        "None",
                    )
                    .replace("Some(CodeableConcept { coding: [], text: None })", "None")
            };
            if let Some(again) = model::read(&ty, &json) {
                assert_eq!(normal(&again.unwrap()), normal(&lean), "{raw}");
                compared += 1;
                seen.insert(ty);
            }
        }
        assert!(compared > 300, "only {compared} resources compared");
        for ty in [
            "Patient",
            "Coverage",
            "Organization",
            "Condition",
            "Procedure",
            "Observation",
            "MedicationAdministration",
            "MedicationStatement",
            "MedicationRequest",
            "Medication",
            "AllergyIntolerance",
            "QuestionnaireResponse",
            "ServiceRequest",
            "DeviceRequest",
            "Appointment",
        ] {
            assert!(
                seen.contains(ty),
                "no {ty} among the repository's resources"
            );
        }
    }

    /// What the lean reading takes and refuses: unknown and unread elements are skipped whatever they hold; a
    /// single object or `null` where FHIR has an array is read; a read element of the wrong JSON type is an error
    /// (as in fhirbolt); a resource type FHIR R4 does not have is an error; another R4 type is its type and id.
    #[test]
    fn the_lean_reading_skips_what_it_does_not_read_and_refuses_what_it_cannot() {
        let condition = |raw: &str| match parse_resource(raw) {
            Ok(Resource::Condition(c)) => Ok(c),
            Ok(other) => panic!("{other:?}"),
            Err(e) => Err(e),
        };
        let c = condition(
            r#"{"resourceType":"Condition","id":"c","text":{"div":7},"onsetDateTime":[1],
                "code":{"coding":{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"G89.4"}},
                "subject":{"reference":"Patient/p","extension":[{"url":"x","valueString":null}]}}"#,
        )
        .unwrap();
        assert_eq!(
            c.code.as_ref().unwrap().coding[0].code.as_deref(),
            Some("G89.4")
        );
        assert_eq!(c.subject.unwrap().reference.as_deref(), Some("Patient/p"));
        let c = condition(r#"{"resourceType":"Condition","code":{"coding":[null,{"code":"x"}]}}"#)
            .unwrap();
        assert_eq!(c.code.unwrap().coding.len(), 1);
        assert!(condition(r#"{"resourceType":"Condition","code":{"coding":null}}"#).is_ok());
        // A string where a CodeableConcept belongs: fhirbolt's lax mode reads it as no code, and so does this.
        let c = condition(r#"{"resourceType":"Condition","code":"G89.4"}"#).unwrap();
        assert!(codes_of(c.code.as_ref()).is_empty());
        for wrong in [
            r#"{"resourceType":"Condition","code":{"coding":[{"code":7}]}}"#,
            r#"{"resourceType":"Condition","subject":[{"reference":7}]}"#,
        ] {
            assert!(condition(wrong).is_err(), "{wrong}");
        }
        let o = parse_resource(
            r#"{"resourceType":"Observation","status":"final","valueQuantity":{"value":7.5}}"#,
        );
        assert!(
            matches!(o, Ok(Resource::Observation(o)) if o.value_quantity.as_ref().and_then(|q| q.value) == Some(7.5))
        );
        // A decimal written as a string: fhirbolt's lax mode reads it, and so does this (through fhirbolt).
        let o = parse_resource(r#"{"resourceType":"Observation","valueQuantity":{"value":"7"}}"#);
        assert!(
            matches!(o, Ok(Resource::Observation(o)) if o.value_quantity.as_ref().and_then(|q| q.value) == Some(7.0))
        );
        assert!(
            parse_resource(r#"{"resourceType":"Observation","valueQuantity":{"value":true}}"#)
                .is_err()
        );
        assert!(parse_resource(r#"{"resourceType":"Basic2","id":"b"}"#)
            .unwrap_err()
            .starts_with("unknown resourceType 'Basic2'"));
        assert_eq!(
            parse_resource(r#"{"resourceType":"Task","id":"t","status":"draft","intent":"order"}"#),
            Ok(Resource::Other {
                resource_type: "Task".into(),
                id: Some("t".into())
            })
        );
        assert_eq!(
            parse_resource(r#"{"id":"e","resourceType":"Encounter","status":5}"#),
            Ok(Resource::Other {
                resource_type: "Encounter".into(),
                id: Some("e".into())
            })
        );
    }

    /// Contained resources are read with their container, in its pass: `resourceType` first or not, a type not
    /// read here as its type and id, nested as deep as JSON nesting allows (serde_json's limit, an error beyond).
    #[test]
    fn contained_resources_are_read_in_their_containers_pass() {
        let morphine = r#"{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"7052"}"#;
        for medication in [
            format!(r#"{{"resourceType":"Medication","id":"m","code":{{"coding":[{morphine}]}}}}"#),
            format!(r#"{{"id":"m","code":{{"coding":[{morphine}]}},"resourceType":"Medication"}}"#),
        ] {
            let raw = format!(
                r##"{{"resourceType":"MedicationRequest","id":"r","contained":[{medication},{{"resourceType":"Basic","id":"b"}},{{"resourceType":"NotFhir"}}],
                    "medicationReference":{{"reference":"#m"}}}}"##
            );
            let Ok(Resource::MedicationRequest(r)) = parse_resource(&raw) else {
                panic!("{raw}");
            };
            assert_eq!(
                facts::contained_codes(&r.contained, "#m").map(|c| c.len()),
                Some(1),
                "{raw}"
            );
            assert_eq!(r.contained[1].resource_type(), "Basic");
            assert_eq!(r.contained[1].id(), "b");
            assert_eq!(r.contained[2].resource_type(), "NotFhir");
        }
        // Nested: each level a Medication contained in a MedicationRequest contained in the one above.
        let nested = |depth: usize| {
            let mut raw = String::from(r#"{"resourceType":"Medication","id":"m"}"#);
            for i in 0..depth {
                raw = format!(
                    r#"{{"resourceType":"MedicationRequest","id":"r{i}","contained":[{raw}]}}"#
                );
            }
            raw
        };
        assert!(matches!(
            parse_resource(&nested(40)),
            Ok(Resource::MedicationRequest(_))
        ));
        let too_deep = nested(200);
        assert!(parse_resource(&too_deep).is_err());
        // A contained resource with a read element of the wrong type: the whole resource goes to fhirbolt.
        assert!(parse_resource(
            r#"{"resourceType":"MedicationRequest","contained":[{"resourceType":"Medication","code":{"coding":[{"code":true}]}}]}"#
        )
        .is_err());
    }

    #[test]
    fn a_questionnaire_canonical_names_its_id_whatever_the_base() {
        for (canonical, id) in [
            (
                "https://crd.example.org/fhir/Questionnaire/bcbsla-00666|2021-10-11",
                Some("bcbsla-00666"),
            ),
            (
                "http://10.0.0.1:3000/fhir/Questionnaire/bcbsla-00666/",
                Some("bcbsla-00666"),
            ),
            ("Questionnaire/x", Some("x")),
            ("https://crd.example.org/fhir/ValueSet/bcbsla-00666", None),
            ("https://crd.example.org/fhir/Questionnaire/", None),
            ("", None),
        ] {
            assert_eq!(questionnaire_id(canonical), id, "{canonical}");
        }
    }

    #[test]
    fn a_leading_resource_type_is_read_from_the_prefix_only() {
        for (raw, name) in [
            (
                r#"{"resourceType":"Condition","id":"c"}"#,
                Some("Condition"),
            ),
            ("{ \n \"resourceType\" :\t\"Patient\" }", Some("Patient")),
            (r#"{"id":"c","resourceType":"Condition"}"#, None),
            (r#"{"resourceType":"Con\u0064ition"}"#, None),
            (r#"{"resourceType":""}"#, None),
            (r#"{"resourceType":"Condition"#, None),
            (r#"["resourceType"]"#, None),
        ] {
            assert_eq!(leading_resource_type(raw), name, "{raw}");
        }
        // Another member first, or an escape: the serde peek still finds the type.
        assert!(parse_resource(r#"{"id":"c","resourceType":"Con\u0064ition"}"#).is_ok());
    }

    #[test]
    fn resources_missing_required_elements_are_errors_not_panics() {
        for raw in [
            r#"{"resourceType":"QuestionnaireResponse","questionnaire":"http://x/Questionnaire/q","subject":{"reference":"Patient/p"}}"#,
            r#"{"resourceType":"Observation","valueInteger":3}"#,
            r#"{"resourceType":"Coverage"}"#,
            r#"{"resourceType":"Condition","code":{"coding":[{}]}}"#,
            // An empty array (invalid FHIR) makes fhirbolt 0.4 unwrap a None.
            r#"{"resourceType":"QuestionnaireResponse","status":"completed","item":[]}"#,
        ] {
            let _ = parse_resource(raw);
        }
        // On fhirbolt's general path (a type crd-server does not read) the empty array is an error, not a panic;
        // the direct path of a type it reads takes it as absent, as lax mode means to.
        assert!(
            check_resource(r#"{"resourceType":"Questionnaire","status":"draft","item":[]}"#)
                .is_err()
        );
        assert!(matches!(
            parse_resource(r#"{"resourceType":"QuestionnaireResponse","status":"completed","item":[]}"#),
            Ok(Resource::QuestionnaireResponse(qr)) if qr.item.is_empty()
        ));
        assert!(parse_resource(r#"{"resourceType":"Patient"}"#).is_ok());
    }

    #[test]
    fn references_are_normalised() {
        assert_eq!(
            relative_reference("Condition/1").as_deref(),
            Some("Condition/1")
        );
        assert_eq!(
            relative_reference("http://ehr/fhir/Organization/x/_history/2").as_deref(),
            Some("Organization/x")
        );
        assert_eq!(relative_reference("#org"), None);
        assert_eq!(relative_reference("nonsense"), None);
    }
}
