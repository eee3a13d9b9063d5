//! FHIR plumbing: the lean typed reading of the resources crd-server reads (`model`), fhirbolt (lax) for every
//! other resource type and for what must be checked as FHIR as a whole, and the client that reads the EHR's FHIR
//! server.
//!
//! Owns: turning raw JSON into resources, small accessors over them, and all outbound FHIR I/O.
//! Knows nothing of policies or CDS Hooks.

pub mod client;
pub mod facts;
pub mod model;

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

/// A resource or Bundle of resources from a request (a prefetch value, `draftOrders`, `appointments`), split
/// into its resources as the request's envelope is read: one pass over those bytes, where keeping each value raw
/// and then splitting it (`resources_in`, now the tests' reference) read them twice (issue #18). What is not a
/// resource or Bundle is kept as the reason, for the hook to answer 400 naming where it was; the envelope itself
/// still reads.
#[derive(Debug)]
pub enum Contents {
    /// JSON `null`.
    Null,
    /// The value's `resourceType`, and its resources: a Bundle's entries (an entry that is itself a resource, with
    /// no `resource` wrapper, counts as that resource), or the one resource the value is.
    Resources {
        resource_type: String,
        items: Vec<Box<RawValue>>,
    },
    Invalid(String),
}

impl Contents {
    /// `raw` split as it would have been read within a request.
    pub fn of(raw: &str) -> Contents {
        serde_json::from_str(raw).unwrap_or_else(|e| Contents::Invalid(e.to_string()))
    }
}

/// An object's members, each kept raw, in the order they came (a key given twice: its first place, its last value).
pub type Members = Vec<(String, Box<RawValue>)>;

/// Collects [`Members`]: a key given twice keeps its first place and its last value (as serde_json's
/// order-preserving `Map` reads it). Past a few members the keys are indexed, so that an object with very many
/// members costs linear time: a body within `server.max_body_bytes` can hold ~100 000 of them (a search of the
/// members read so far, per member, took 7.9 s of CPU for one such request). A resource's usual dozen members
/// are searched in place (no hashing on the hot path).
#[derive(Default)]
struct MemberList {
    members: Members,
    index: Option<std::collections::HashMap<String, usize>>,
}

/// Members searched in place up to this many; indexed beyond.
const MEMBERS_SEARCHED: usize = 32;

impl MemberList {
    /// Adds a member; `false` when the key was there already (its value is now this one).
    fn put(&mut self, key: String, value: Box<RawValue>) -> bool {
        let found = match &mut self.index {
            Some(index) => index.get(&key).copied(),
            None => self.members.iter().position(|(k, _)| *k == key),
        };
        if let Some(i) = found {
            self.members[i].1 = value;
            return false;
        }
        if let Some(index) = &mut self.index {
            index.insert(key.clone(), self.members.len());
        } else if self.members.len() == MEMBERS_SEARCHED {
            let mut index: std::collections::HashMap<String, usize> = self
                .members
                .iter()
                .enumerate()
                .map(|(i, (k, _))| (k.clone(), i))
                .collect();
            index.insert(key.clone(), self.members.len());
            self.index = Some(index);
        }
        self.members.push((key, value));
        true
    }
}

/// A JSON object's members, each kept raw, in the order they came (`None` if `raw` is not an object).
pub fn raw_members(raw: &str) -> Option<Members> {
    let mut de = serde_json::Deserializer::from_str(raw);
    match serde::de::DeserializeSeed::deserialize(Level::Entry, &mut de) {
        Ok(Read::Shape(Shape::Object { members, .. })) if de.end().is_ok() => Some(members),
        _ => None,
    }
}

/// A JSON value as the splitting reads it: serde_json has no raw-keeping visitor for "whatever this is", so the
/// few shapes that matter are told apart here by hand.
enum Shape {
    Null,
    /// An object: its members raw, except `entry` of a resource, read as [`Entries`] (at its place among them).
    Object {
        members: Members,
        entry: Option<(usize, Entries)>,
    },
    Other(&'static str),
}

/// The `entry` member of a resource: an array of objects, each one's members raw (a Bundle's entries), or what
/// it was instead.
enum Entries {
    Objects(Vec<Members>),
    Null,
    Other(&'static str),
}

/// How deep the reading is: the value itself (a resource: its `entry` split), its `entry` array, or an object
/// whose members are kept raw whatever their names.
#[derive(Clone, Copy)]
enum Level {
    Resource,
    EntryArray,
    Entry,
}

/// What a [`Level`] reads into.
enum Read {
    Shape(Shape),
    Entries(Entries),
}

impl<'de> serde::de::DeserializeSeed<'de> for Level {
    type Value = Read;
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Read, D::Error> {
        d.deserialize_any(self)
    }
}

impl Level {
    fn other(self, what: &'static str) -> Read {
        match self {
            Level::EntryArray => Read::Entries(Entries::Other(what)),
            _ => Read::Shape(Shape::Other(what)),
        }
    }
}

impl<'de> serde::de::Visitor<'de> for Level {
    type Value = Read;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Read, E> {
        Ok(self.other("a boolean"))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Read, E> {
        Ok(self.other("a number"))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Read, E> {
        Ok(self.other("a number"))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Read, E> {
        Ok(self.other("a number"))
    }
    fn visit_str<E>(self, _: &str) -> Result<Read, E> {
        Ok(self.other("a string"))
    }
    fn visit_unit<E>(self) -> Result<Read, E> {
        Ok(match self {
            Level::EntryArray => Read::Entries(Entries::Null),
            _ => Read::Shape(Shape::Null),
        })
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Read, A::Error> {
        if !matches!(self, Level::EntryArray) {
            while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
            return Ok(self.other("an array"));
        }
        let mut entries = Vec::new();
        let mut all_objects = true;
        while let Some(item) = seq.next_element_seed(Level::Entry)? {
            match item {
                Read::Shape(Shape::Object { members, .. }) => entries.push(members),
                _ => all_objects = false,
            }
        }
        Ok(Read::Entries(if all_objects {
            Entries::Objects(entries)
        } else {
            Entries::Other("an array holding something other than objects")
        }))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Read, A::Error> {
        let mut list = MemberList::default();
        let mut entry = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == "entry" && matches!(self, Level::Resource) {
                if let Read::Entries(e) = map.next_value_seed(Level::EntryArray)? {
                    entry = Some((list.members.len(), e));
                }
                continue;
            }
            let value: Box<RawValue> = map.next_value()?;
            let type_key = key == "resourceType" && matches!(self, Level::Resource);
            if !list.put(key, value) && type_key {
                // Which type it is must not depend on which of two a reader believes.
                while map
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                return Ok(self.other("an object naming its resourceType twice"));
            }
        }
        let members = list.members;
        if matches!(self, Level::EntryArray) {
            return Ok(self.other("an object"));
        }
        Ok(Read::Shape(Shape::Object { members, entry }))
    }
}

/// A JSON object written back from its raw members, with `entry` (written back from its parts) at its place.
fn object_json(members: &[(String, Box<RawValue>)], entry: Option<(usize, &[Members])>) -> String {
    let mut out = String::from("{");
    let mut first = true;
    let mut put = |out: &mut String, key: &str, value: &str| {
        if !std::mem::take(&mut first) {
            out.push(',');
        }
        out.push_str(&serde_json::to_string(key).unwrap_or_else(|_| "\"\"".into()));
        out.push(':');
        out.push_str(value);
    };
    let entry_json = |list: &[Members]| {
        let items: Vec<String> = list.iter().map(|m| object_json(m, None)).collect();
        format!("[{}]", items.join(","))
    };
    for (i, (k, v)) in members.iter().enumerate() {
        if let Some((at, list)) = entry.filter(|(at, _)| *at == i) {
            let _ = at;
            put(&mut out, "entry", &entry_json(list));
        }
        put(&mut out, k, v.get());
    }
    if let Some((_, list)) = entry.filter(|(at, _)| *at >= members.len()) {
        put(&mut out, "entry", &entry_json(list));
    }
    out.push('}');
    out
}

/// JSON text written here from valid parts, as a raw value.
fn raw_json(text: String) -> Box<RawValue> {
    RawValue::from_string(text)
        .unwrap_or_else(|_| RawValue::from_string("null".into()).expect("null is JSON"))
}

impl<'de> Deserialize<'de> for Contents {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Contents, D::Error> {
        let (members, entry) = match d.deserialize_any(Level::Resource)? {
            Read::Shape(Shape::Object { members, entry }) => (members, entry),
            Read::Shape(Shape::Null) => return Ok(Contents::Null),
            Read::Shape(Shape::Other(what)) | Read::Entries(Entries::Other(what)) => {
                return Ok(Contents::Invalid(format!(
                    "expected a FHIR resource or Bundle (a JSON object), found {what}"
                )))
            }
            Read::Entries(_) => return Ok(Contents::Invalid("not a FHIR resource".into())),
        };
        let resource_type = match members.iter().find(|(k, _)| k == "resourceType") {
            None => {
                return Ok(Contents::Invalid(
                    "not a FHIR resource (no resourceType)".into(),
                ))
            }
            Some((_, v)) => match serde_json::from_str::<String>(v.get()) {
                Ok(t) => t,
                Err(_) => return Ok(Contents::Invalid("resourceType is not a string".into())),
            },
        };
        let entries = match entry {
            None => None,
            Some((at, Entries::Objects(list))) => Some((at, list)),
            Some((at, Entries::Null)) => {
                // Written back as it came for a single resource; no entries for a Bundle.
                if resource_type != "Bundle" {
                    let mut members = members;
                    members.insert(
                        at.min(members.len()),
                        ("entry".into(), raw_json("null".into())),
                    );
                    return Ok(Contents::Resources {
                        items: vec![raw_json(object_json(&members, None))],
                        resource_type,
                    });
                }
                None
            }
            Some((_, Entries::Other(what))) => {
                return Ok(Contents::Invalid(format!(
                    "entry is not an array of objects: found {what}"
                )))
            }
        };
        if resource_type != "Bundle" {
            let item = object_json(
                &members,
                entries.as_ref().map(|(at, l)| (*at, l.as_slice())),
            );
            return Ok(Contents::Resources {
                resource_type,
                items: vec![raw_json(item)],
            });
        }
        let items = entries
            .map(|(_, list)| list)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|mut entry| {
                // `"resource": null` counts as no resource, as an absent one does.
                if let Some(i) = entry
                    .iter()
                    .position(|(k, v)| k == "resource" && v.get() != "null")
                {
                    return Some(entry.swap_remove(i).1);
                }
                entry
                    .iter()
                    .any(|(k, _)| k == "resourceType")
                    .then(|| raw_json(object_json(&entry, None)))
            })
            .collect();
        Ok(Contents::Resources {
            resource_type,
            items,
        })
    }
}

/// A resource's type and id, borrowed (no allocation: lookups scan pools with it).
pub fn type_and_id(r: &Resource) -> Option<(&str, &str)> {
    Some((r.resource_type(), r.id()))
}

pub fn resource_type_and_id(r: &Resource) -> Option<(&str, String)> {
    type_and_id(r).map(|(t, id)| (t, id.to_string()))
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
    Some(format!("{ty}/{id}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The reference: how a value was split before `Contents` (read raw with the envelope, then again). The resources in a raw JSON value that is either a Bundle (its entries) or a single resource, with the
    /// value's own `resourceType`. One pass over the value in the usual case; an entry that is itself a resource (no
    /// `resource` wrapper, as some test EHRs send) counts as that resource rather than vanishing. The resources are
    /// slices of `raw`, borrowed: nothing is copied (issue #18).
    fn resources_in(raw: &RawValue) -> Result<(String, Vec<&RawValue>), String> {
        #[derive(Deserialize)]
        struct Entry<'a> {
            #[serde(default, borrow)]
            resource: Option<&'a RawValue>,
            #[serde(default, rename = "resourceType")]
            resource_type: Option<String>,
        }
        #[derive(Deserialize)]
        struct Container<'a> {
            #[serde(rename = "resourceType")]
            resource_type: Option<String>,
            #[serde(default, borrow)]
            entry: Option<Vec<Entry<'a>>>,
        }
        let head: Container = serde_json::from_str(raw.get()).map_err(|e| e.to_string())?;
        match head.resource_type {
            Some(t) if t == "Bundle" => {
                let entries = head.entry.unwrap_or_default();
                if entries
                    .iter()
                    .all(|e| e.resource.is_some() || e.resource_type.is_none())
                {
                    return Ok((t, entries.into_iter().filter_map(|e| e.resource).collect()));
                }
                // Some entry is a bare resource: read the entries again, keeping each bare one whole.
                #[derive(Deserialize)]
                struct Entries<'a> {
                    #[serde(default, borrow)]
                    entry: Vec<&'a RawValue>,
                }
                let raw_entries: Entries =
                    serde_json::from_str(raw.get()).map_err(|e| e.to_string())?;
                let out = entries
                    .into_iter()
                    .zip(raw_entries.entry)
                    .filter_map(|(e, whole)| match (e.resource, e.resource_type) {
                        (Some(r), _) => Some(r),
                        (None, Some(_)) => Some(whole),
                        (None, None) => None,
                    })
                    .collect();
                Ok((t, out))
            }
            Some(t) => Ok((t, vec![raw])),
            None => Err("not a FHIR resource (no resourceType)".into()),
        }
    }

    /// Members keep their first place and last value whether there are few (searched) or many (indexed).
    #[test]
    fn a_repeated_member_keeps_its_first_place_and_last_value() {
        for n in [
            3,
            MEMBERS_SEARCHED - 1,
            MEMBERS_SEARCHED,
            MEMBERS_SEARCHED + 1,
            500,
        ] {
            let mut text = String::from("{");
            for i in 0..n {
                text.push_str(&format!("\"k{i}\":{i},"));
            }
            text.push_str(&format!("\"k0\":\"last\",\"k{}\":\"again\"}}", n - 1));
            let members = raw_members(&text).unwrap();
            assert_eq!(members.len(), n, "{n}");
            assert_eq!(members[0].1.get(), "\"last\"", "{n}");
            assert_eq!(members[n - 1].1.get(), "\"again\"", "{n}");
            assert!(members
                .iter()
                .enumerate()
                .all(|(i, (k, _))| *k == format!("k{i}")));
        }
    }

    /// `Contents` (split while the envelope is read) gives the resources the two-pass split gave, for every
    /// prefetch value, draftOrders and appointments of the repository's requests and odd shapes around them:
    /// the same resourceType, the same resources (as JSON), and an error exactly where it gave one.
    #[test]
    fn contents_split_as_the_two_pass_reading_did() {
        let mut values: Vec<String> = [
            "null",
            r#""123""#,
            "[1,2]",
            "{}",
            r#"{"resourceType":"Patient","id":"p","entry":[{"item":{"reference":"x"}}]}"#,
            r#"{"resourceType":"List","id":"l","entry":[{"item":1},{"flag":{"text":"t"}}],"z":[{"entry":3}]}"#,
            r#"{"resourceType":"List","entry":"nope"}"#,
            r#"{"resourceType":"Bundle","entry":"nope"}"#,
            r#"{"resourceType":"Bundle","entry":null}"#,
            r#"{"resourceType":"Bundle"}"#,
            r#"{"resourceType":"Bundle","entry":[1]}"#,
            r#"{"resourceType":"Bundle","entry":[{"fullUrl":"u"},{"resource":null},{"resource":{"resourceType":"Patient","id":"a"}}]}"#,
            r#"{"resourceType":"Bundle","entry":[{"resourceType":"ServiceRequest","id":"s","entry":[1]},{"resource":{"resourceType":"Patient"}}]}"#,
            r#"{"resourceType":7}"#,
            r#"{"resourceType":"Bundle","resourceType":"Patient","id":"dup"}"#,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for (_, v) in crate::util::repository_json(&["cds-hooks", "tests/fixtures"]) {
            for p in v["prefetch"]
                .as_object()
                .into_iter()
                .flat_map(|m| m.values())
            {
                values.push(p.to_string());
                values.push(serde_json::to_string_pretty(p).unwrap());
            }
            for key in ["draftOrders", "appointments"] {
                if !v["context"][key].is_null() {
                    values.push(v["context"][key].to_string());
                }
            }
        }
        assert!(values.len() > 100, "only {} values", values.len());
        for text in &values {
            let raw = RawValue::from_string(text.clone()).unwrap();
            let old = if raw.get() == "null" {
                None
            } else {
                Some(resources_in(&raw))
            };
            match (Contents::of(text), old) {
                (Contents::Null, None) => {}
                (Contents::Invalid(_), Some(Err(_))) => {}
                (
                    Contents::Resources {
                        resource_type,
                        items,
                    },
                    Some(Ok((t, old_items))),
                ) => {
                    assert_eq!(resource_type, t, "{text}");
                    let as_values = |items: Vec<&str>| -> Vec<serde_json::Value> {
                        items
                            .iter()
                            .map(|i| serde_json::from_str(i).unwrap())
                            .collect()
                    };
                    assert_eq!(
                        as_values(items.iter().map(|i| i.get()).collect()),
                        as_values(old_items.iter().map(|i| i.get()).collect()),
                        "{text}"
                    );
                }
                (new, old) => panic!("{text}: now {new:?}, before {old:?}"),
            }
        }
    }

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
