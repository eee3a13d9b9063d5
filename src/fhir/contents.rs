//! A resource or Bundle of resources from a request, split into its resources as the request's envelope is
//! read ([`Contents`]), and a JSON object's members kept raw ([`raw_members`]).

use serde::Deserialize;
use serde_json::value::RawValue;

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
