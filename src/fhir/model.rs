//! The FHIR R4 resources crd-server reads, as lean typed structs: only the elements a criterion, an order, the
//! payer look-up or a prefetch check reads (issue #18).
//!
//! Owns: the shape of what is read. Everything else in a resource is skipped unread (serde skips unknown members
//! without building anything): what is not read is passed through untouched, as issue #18 asks, and it is still
//! well-formed JSON (the envelope reader checked that) within the request's size limit.
//!
//! Why not fhirbolt's typed model here: fhirbolt builds the whole resource (every element, extension and
//! narrative, each primitive in its own struct) where a criterion reads a few fields, and its parse was the largest
//! single cost of a hook call (13 % of the server's CPU in the profile of cf3dc12). fhirbolt is still the reader of
//! every other resource type and the fallback for shapes it bends (see `parse_resource`).

use serde::de::{Deserializer, Error as _};
use serde::Deserialize;

/// A list element. FHIR JSON writes it as an array; `null` (absent) and a single object where FHIR has an
/// array (which fhirbolt's lax mode reads as one element, and some EHRs write) are read too. A `null` inside the
/// array is skipped. Written by hand: serde has no attribute for "one or many".
fn list<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Visit<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Visit<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an array, an object or null")
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(16));
            while let Some(item) = seq.next_element::<Option<T>>()? {
                out.extend(item);
            }
            Ok(out)
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Vec<T>, A::Error> {
            T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(|one| vec![one])
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Vec<T>, E> {
            // A list of primitives written as one (`"derivedFrom": "http://..."`).
            T::deserialize(serde::de::value::StrDeserializer::<E>::new(v)).map(|one| vec![one])
        }
    }
    d.deserialize_any(Visit(std::marker::PhantomData))
}

/// Contained resources, read in the same pass as the resource that contains them: no second scan of their bytes
/// (a contained resource inside a contained one, and so on, would otherwise be read once per level). Each is read
/// by its type as a top-level one is; a type not read here is its type and id. A contained resource `model`
/// refuses makes its container refused, which `parse_resource` then gives to fhirbolt once, whole.
fn contained<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Resource>, D::Error> {
    let items: Vec<Contained> = list(d)?;
    Ok(items.into_iter().map(|c| c.0).collect())
}

struct Contained(Resource);

impl<'de> Deserialize<'de> for Contained {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Contained, D::Error> {
        d.deserialize_map(ContainedVisitor).map(Contained)
    }
}

struct ContainedVisitor;

impl<'de> serde::de::Visitor<'de> for ContainedVisitor {
    type Value = Resource;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a FHIR resource")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Resource, A::Error> {
        let first: Option<String> = map.next_key()?;
        if first.as_deref() == Some("resourceType") {
            // As FHIR's JSON format writes it: the type first, the rest read straight into its struct.
            let resource_type: String = map.next_value()?;
            return read_as(
                &resource_type,
                serde::de::value::MapAccessDeserializer::new(map),
            );
        }
        // The type comes later: the members are kept (as JSON values, one pass) until it is known.
        let mut members = serde_json::Map::new();
        if let Some(key) = first {
            let value: serde_json::Value = map.next_value()?;
            members.insert(key, value);
        }
        while let Some((key, value)) = map.next_entry::<String, serde_json::Value>()? {
            members.insert(key, value);
        }
        let resource_type = members
            .get("resourceType")
            .and_then(serde_json::Value::as_str)
            .ok_or_else(|| A::Error::custom("a contained resource has no resourceType"))?
            .to_string();
        read_as(&resource_type, serde_json::Value::Object(members)).map_err(A::Error::custom)
    }
}

/// A resource of type `resource_type` from `d` (the members after `resourceType`, or all of them): its struct
/// for a type read here, its id for any other.
fn read_as<'de, D: Deserializer<'de>>(resource_type: &str, d: D) -> Result<Resource, D::Error> {
    if !LEAN_TYPES.contains(&resource_type) {
        return Named::deserialize(d).map(|named| Resource::Other {
            resource_type: resource_type.to_string(),
            id: named.id,
        });
    }
    // LEAN_TYPES names exactly the types read_with reads (one list makes both).
    read_with(resource_type, d)
        .unwrap_or_else(|| Err(D::Error::custom("a resource type read_with does not read")))
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct Coding {
    pub system: Option<String>,
    pub code: Option<String>,
    pub display: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct CodeableConcept {
    #[serde(default, deserialize_with = "list")]
    pub coding: Vec<Coding>,
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct Identifier {
    pub system: Option<String>,
    pub value: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct Reference {
    pub reference: Option<String>,
    pub identifier: Option<Identifier>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct Period {
    pub start: Option<String>,
    pub end: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct Quantity {
    pub value: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct Dosage {
    pub route: Option<CodeableConcept>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Patient {
    pub id: Option<String>,
    pub birth_date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct CoverageClass {
    #[serde(rename = "type")]
    pub r#type: Option<CodeableConcept>,
    pub value: Option<String>,
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct Coverage {
    pub id: Option<String>,
    pub status: Option<String>,
    pub beneficiary: Option<Reference>,
    #[serde(default, deserialize_with = "list")]
    pub payor: Vec<Reference>,
    pub period: Option<Period>,
    #[serde(default, deserialize_with = "list")]
    pub class: Vec<CoverageClass>,
    #[serde(default, deserialize_with = "contained")]
    pub contained: Vec<Resource>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct Organization {
    pub id: Option<String>,
    #[serde(default, deserialize_with = "list")]
    pub identifier: Vec<Identifier>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Condition {
    pub id: Option<String>,
    pub clinical_status: Option<CodeableConcept>,
    pub verification_status: Option<CodeableConcept>,
    pub code: Option<CodeableConcept>,
    pub subject: Option<Reference>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Procedure {
    pub id: Option<String>,
    pub status: Option<String>,
    pub code: Option<CodeableConcept>,
    pub subject: Option<Reference>,
    pub performed_date_time: Option<String>,
    pub performed_period: Option<Period>,
    #[serde(default, deserialize_with = "list")]
    pub used_code: Vec<CodeableConcept>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Observation {
    pub id: Option<String>,
    pub status: Option<String>,
    pub code: Option<CodeableConcept>,
    pub subject: Option<Reference>,
    pub effective_date_time: Option<String>,
    pub effective_instant: Option<String>,
    pub effective_period: Option<Period>,
    pub value_integer: Option<i64>,
    pub value_quantity: Option<Quantity>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MedicationAdministration {
    pub id: Option<String>,
    pub status: Option<String>,
    pub subject: Option<Reference>,
    pub medication_codeable_concept: Option<CodeableConcept>,
    pub medication_reference: Option<Reference>,
    pub dosage: Option<Dosage>,
    #[serde(default, deserialize_with = "list")]
    pub part_of: Vec<Reference>,
    pub effective_date_time: Option<String>,
    pub effective_period: Option<Period>,
    #[serde(default, deserialize_with = "contained")]
    pub contained: Vec<Resource>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MedicationStatement {
    pub id: Option<String>,
    pub status: Option<String>,
    pub subject: Option<Reference>,
    pub medication_codeable_concept: Option<CodeableConcept>,
    pub medication_reference: Option<Reference>,
    #[serde(default, deserialize_with = "list")]
    pub dosage: Vec<Dosage>,
    #[serde(default, deserialize_with = "contained")]
    pub contained: Vec<Resource>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MedicationRequest {
    pub id: Option<String>,
    pub status: Option<String>,
    pub subject: Option<Reference>,
    pub medication_codeable_concept: Option<CodeableConcept>,
    pub medication_reference: Option<Reference>,
    #[serde(default, deserialize_with = "list")]
    pub dosage_instruction: Vec<Dosage>,
    #[serde(default, deserialize_with = "list")]
    pub reason_code: Vec<CodeableConcept>,
    #[serde(default, deserialize_with = "list")]
    pub reason_reference: Vec<Reference>,
    pub authored_on: Option<String>,
    #[serde(default, deserialize_with = "list")]
    pub insurance: Vec<Reference>,
    pub group_identifier: Option<Identifier>,
    #[serde(default, deserialize_with = "list")]
    pub based_on: Vec<Reference>,
    #[serde(default, deserialize_with = "list")]
    pub supporting_information: Vec<Reference>,
    #[serde(default, deserialize_with = "contained")]
    pub contained: Vec<Resource>,
}

/// Medication, Device and DeviceDefinition: a thing named by its code (`code`, or `type` for devices).
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct CodedThing {
    pub id: Option<String>,
    pub code: Option<CodeableConcept>,
    #[serde(rename = "type")]
    pub r#type: Option<CodeableConcept>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AllergyIntolerance {
    pub id: Option<String>,
    pub verification_status: Option<CodeableConcept>,
    pub code: Option<CodeableConcept>,
    pub patient: Option<Reference>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Answer {
    pub value_boolean: Option<bool>,
    pub value_coding: Option<Coding>,
    #[serde(default, deserialize_with = "list")]
    pub item: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub link_id: Option<String>,
    #[serde(default, deserialize_with = "list")]
    pub answer: Vec<Answer>,
    #[serde(default, deserialize_with = "list")]
    pub item: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct QuestionnaireResponse {
    pub id: Option<String>,
    pub status: Option<String>,
    pub questionnaire: Option<String>,
    pub subject: Option<Reference>,
    #[serde(default, deserialize_with = "list")]
    pub item: Vec<Item>,
    #[serde(default, deserialize_with = "contained")]
    pub contained: Vec<Resource>,
}

/// A Questionnaire as a QuestionnaireResponse contains it (DTR adaptive forms): what it derives from.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Questionnaire {
    pub id: Option<String>,
    #[serde(default, deserialize_with = "list")]
    pub derived_from: Vec<String>,
}

/// The request resources (ServiceRequest, DeviceRequest, MedicationRequest) repeat the elements of FHIR's request
/// pattern, and so do their structs: not factored out with `#[serde(flatten)]`, which reads every member into an
/// intermediate tree first — the cost this module exists to remove.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceRequest {
    pub id: Option<String>,
    pub subject: Option<Reference>,
    pub code: Option<CodeableConcept>,
    #[serde(default, deserialize_with = "list")]
    pub reason_code: Vec<CodeableConcept>,
    #[serde(default, deserialize_with = "list")]
    pub reason_reference: Vec<Reference>,
    pub authored_on: Option<String>,
    #[serde(default, deserialize_with = "list")]
    pub insurance: Vec<Reference>,
    pub requisition: Option<Identifier>,
    #[serde(default, deserialize_with = "list")]
    pub based_on: Vec<Reference>,
    #[serde(default, deserialize_with = "list")]
    pub supporting_info: Vec<Reference>,
    #[serde(default, deserialize_with = "contained")]
    pub contained: Vec<Resource>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceRequest {
    pub id: Option<String>,
    pub subject: Option<Reference>,
    pub code_codeable_concept: Option<CodeableConcept>,
    pub code_reference: Option<Reference>,
    #[serde(default, deserialize_with = "list")]
    pub reason_code: Vec<CodeableConcept>,
    #[serde(default, deserialize_with = "list")]
    pub reason_reference: Vec<Reference>,
    pub authored_on: Option<String>,
    #[serde(default, deserialize_with = "list")]
    pub insurance: Vec<Reference>,
    pub group_identifier: Option<Identifier>,
    #[serde(default, deserialize_with = "list")]
    pub based_on: Vec<Reference>,
    #[serde(default, deserialize_with = "list")]
    pub supporting_info: Vec<Reference>,
    #[serde(default, deserialize_with = "contained")]
    pub contained: Vec<Resource>,
}

#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Appointment {
    pub id: Option<String>,
    #[serde(default, deserialize_with = "list")]
    pub service_type: Vec<CodeableConcept>,
    #[serde(default, deserialize_with = "list")]
    pub reason_code: Vec<CodeableConcept>,
    #[serde(default, deserialize_with = "list")]
    pub reason_reference: Vec<Reference>,
    pub start: Option<String>,
    #[serde(default, deserialize_with = "list")]
    pub based_on: Vec<Reference>,
}

/// A resource of a type crd-server only names (Practitioner, Encounter, Location, ...): its type and id.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
pub struct Named {
    pub id: Option<String>,
}

/// A resource as crd-server reads it.
#[derive(Debug, Clone, PartialEq)]
pub enum Resource {
    Patient(Box<Patient>),
    Coverage(Box<Coverage>),
    Organization(Box<Organization>),
    Condition(Box<Condition>),
    Procedure(Box<Procedure>),
    Observation(Box<Observation>),
    MedicationAdministration(Box<MedicationAdministration>),
    MedicationStatement(Box<MedicationStatement>),
    MedicationRequest(Box<MedicationRequest>),
    Medication(Box<CodedThing>),
    Device(Box<CodedThing>),
    DeviceDefinition(Box<CodedThing>),
    AllergyIntolerance(Box<AllergyIntolerance>),
    QuestionnaireResponse(Box<QuestionnaireResponse>),
    Questionnaire(Box<Questionnaire>),
    ServiceRequest(Box<ServiceRequest>),
    DeviceRequest(Box<DeviceRequest>),
    Appointment(Box<Appointment>),
    /// Any other FHIR R4 resource: its type (as FHIR names it) and id.
    Other {
        resource_type: String,
        id: Option<String>,
    },
}

/// The resource types read into their own struct above, and those only named ([`Resource::Other`]) whose
/// content crd-server never reads, so they are not validated beyond their JSON either.
macro_rules! lean_types {
    ($($name:ident => $ty:ident),* ; $($named:ident),*) => {
        /// Every type [`read`] accepts.
        pub const LEAN_TYPES: &[&str] = &[$(stringify!($name),)* $(stringify!($named)),*];

        /// Reads a resource of type `resource_type` from `d`; `None` for a type not read here.
        fn read_with<'de, D: Deserializer<'de>>(
            resource_type: &str,
            d: D,
        ) -> Option<Result<Resource, D::Error>> {
            Some(match resource_type {
                $(stringify!($name) => $ty::deserialize(d).map(|r| Resource::$name(Box::new(r))),)*
                $(stringify!($named) => Named::deserialize(d).map(|r| Resource::Other {
                    resource_type: stringify!($named).to_string(),
                    id: r.id,
                }),)*
                _ => return None,
            })
        }
    };
}

/// Reads `raw` as a resource of type `resource_type`; `None` for a type not read here.
pub fn read(resource_type: &str, raw: &str) -> Option<Result<Resource, serde_json::Error>> {
    let mut de = serde_json::Deserializer::from_str(raw);
    let read = read_with(resource_type, &mut de)?;
    Some(read.and_then(|r| de.end().map(|()| r)))
}

lean_types!(
    Patient => Patient,
    Coverage => Coverage,
    Organization => Organization,
    Condition => Condition,
    Procedure => Procedure,
    Observation => Observation,
    MedicationAdministration => MedicationAdministration,
    MedicationStatement => MedicationStatement,
    MedicationRequest => MedicationRequest,
    Medication => CodedThing,
    Device => CodedThing,
    DeviceDefinition => CodedThing,
    AllergyIntolerance => AllergyIntolerance,
    QuestionnaireResponse => QuestionnaireResponse,
    Questionnaire => Questionnaire,
    ServiceRequest => ServiceRequest,
    DeviceRequest => DeviceRequest,
    Appointment => Appointment;
    Practitioner,
    PractitionerRole,
    Encounter,
    Location,
    OperationOutcome,
    Bundle
);

impl Resource {
    /// The resource's type as FHIR names it.
    pub fn resource_type(&self) -> &str {
        match self {
            Resource::Patient(_) => "Patient",
            Resource::Coverage(_) => "Coverage",
            Resource::Organization(_) => "Organization",
            Resource::Condition(_) => "Condition",
            Resource::Procedure(_) => "Procedure",
            Resource::Observation(_) => "Observation",
            Resource::MedicationAdministration(_) => "MedicationAdministration",
            Resource::MedicationStatement(_) => "MedicationStatement",
            Resource::MedicationRequest(_) => "MedicationRequest",
            Resource::Medication(_) => "Medication",
            Resource::Device(_) => "Device",
            Resource::DeviceDefinition(_) => "DeviceDefinition",
            Resource::AllergyIntolerance(_) => "AllergyIntolerance",
            Resource::QuestionnaireResponse(_) => "QuestionnaireResponse",
            Resource::Questionnaire(_) => "Questionnaire",
            Resource::ServiceRequest(_) => "ServiceRequest",
            Resource::DeviceRequest(_) => "DeviceRequest",
            Resource::Appointment(_) => "Appointment",
            Resource::Other { resource_type, .. } => resource_type,
        }
    }

    /// The resource's id ("" when it has none).
    pub fn id(&self) -> &str {
        let id = match self {
            Resource::Patient(x) => &x.id,
            Resource::Coverage(x) => &x.id,
            Resource::Organization(x) => &x.id,
            Resource::Condition(x) => &x.id,
            Resource::Procedure(x) => &x.id,
            Resource::Observation(x) => &x.id,
            Resource::MedicationAdministration(x) => &x.id,
            Resource::MedicationStatement(x) => &x.id,
            Resource::MedicationRequest(x) => &x.id,
            Resource::Medication(x) | Resource::Device(x) | Resource::DeviceDefinition(x) => &x.id,
            Resource::AllergyIntolerance(x) => &x.id,
            Resource::QuestionnaireResponse(x) => &x.id,
            Resource::Questionnaire(x) => &x.id,
            Resource::ServiceRequest(x) => &x.id,
            Resource::DeviceRequest(x) => &x.id,
            Resource::Appointment(x) => &x.id,
            Resource::Other { id, .. } => id,
        };
        id.as_deref().unwrap_or_default()
    }
}
