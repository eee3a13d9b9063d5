//! From typed FHIR resources to the policy engine's evidence ([`Chart`], [`OrderFacts`]).
//!
//! Owns: which FHIR elements count as evidence (active conditions, completed procedures, pain scores, drug
//! routes, questionnaire answers) and how dates and routes are read. No I/O.

use crate::fhir::model::{CodeableConcept, Identifier, Item, Reference, Resource};
use crate::fhir::{code_values, codes_of, reference_key};
use crate::policy::codes::{Code, CodeSystem};
use crate::policy::facts::{
    AllergyFact, AnswerFact, ConditionFact, DrugOrder, MedicationFact, ObservationFact, OrderFacts,
    ProcedureFact, Route,
};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

fn id_of(id: &Option<String>) -> String {
    id.clone().unwrap_or_default()
}

/// The instant of an optional FHIR dateTime.
fn instant(text: &Option<String>) -> Option<DateTime<Utc>> {
    text.as_deref().and_then(parse_instant)
}

/// A FHIR date or dateTime as an instant; a date alone is read as midnight UTC.
pub fn parse_instant(text: &str) -> Option<DateTime<Utc>> {
    if let Ok(dt) = DateTime::parse_from_rfc3339(text) {
        return Some(dt.with_timezone(&Utc));
    }
    if let Ok(ndt) = NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S") {
        return Some(ndt.and_utc());
    }
    parse_date(text)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc())
}

/// The date part of a FHIR date or dateTime (`2026-11-28`, `2026-11-28T10:00:00Z`); partial dates give `None`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}

/// Route of administration from a SNOMED CT route code, or from the text when no code is known.
pub fn route_of(cc: Option<&CodeableConcept>) -> Option<Route> {
    let cc = cc?;
    for coding in &cc.coding {
        if let (Some(system), Some(code)) = (coding.system.as_deref(), coding.code.as_deref()) {
            if CodeSystem::from_uri(system) == Some(CodeSystem::Snomed) {
                let route = Route::from_snomed(code);
                if route.is_some() {
                    return route;
                }
            }
        }
    }
    let text = cc
        .text
        .as_deref()
        .or_else(|| cc.coding.iter().find_map(|c| c.display.as_deref()))?
        .to_ascii_lowercase();
    [
        ("intrathecal", Route::Intrathecal),
        ("epidural", Route::Epidural),
        ("intraspinal", Route::Intraspinal),
        ("intravenous", Route::Intravenous),
        ("intra-arterial", Route::IntraArterial),
        ("intraarterial", Route::IntraArterial),
        ("subcutaneous", Route::Subcutaneous),
    ]
    .into_iter()
    .find(|(word, _)| text.contains(word))
    .map(|(_, r)| r)
    .or(Some(Route::Other))
}

pub fn condition_fact(r: &Resource) -> Option<ConditionFact> {
    let Resource::Condition(c) = r else {
        return None;
    };
    let clinical = code_values(c.clinical_status.as_ref());
    let verification = code_values(c.verification_status.as_ref());
    let refuted = verification
        .iter()
        .any(|v| v == "refuted" || v == "entered-in-error");
    let active = !refuted
        && (clinical.is_empty()
            || clinical
                .iter()
                .any(|s| matches!(s.as_str(), "active" | "recurrence" | "relapse")));
    Some(ConditionFact {
        reference: format!("Condition/{}", id_of(&c.id)),
        codes: codes_of(c.code.as_ref()),
        active,
    })
}

pub fn procedure_fact(r: &Resource) -> Option<ProcedureFact> {
    let Resource::Procedure(p) = r else {
        return None;
    };
    let performed = instant(&p.performed_date_time).or_else(|| {
        p.performed_period
            .as_ref()
            .and_then(|period| instant(&period.start))
    });
    Some(ProcedureFact {
        reference: format!("Procedure/{}", id_of(&p.id)),
        codes: codes_of(p.code.as_ref()),
        completed: p.status.as_deref() == Some("completed"),
        performed,
        route: None,
        // What was used: coded items of the procedure (a drug injected in a trial).
        substances: p
            .used_code
            .iter()
            .flat_map(|cc| codes_of(Some(cc)))
            .collect(),
    })
}

pub fn observation_fact(r: &Resource) -> Option<ObservationFact> {
    let Resource::Observation(o) = r else {
        return None;
    };
    if matches!(o.status.as_deref(), Some("entered-in-error" | "cancelled")) {
        return None;
    }
    let effective = instant(&o.effective_date_time)
        .or_else(|| instant(&o.effective_instant))
        .or_else(|| o.effective_period.as_ref().and_then(|p| instant(&p.start)));
    // An integer as FHIR allows it (32 bits); a larger one is not a score.
    let value = match (o.value_integer, &o.value_quantity) {
        (Some(i), _) => i32::try_from(i).ok().map(f64::from),
        (None, Some(q)) => q.value,
        (None, None) => None,
    };
    Some(ObservationFact {
        reference: format!("Observation/{}", id_of(&o.id)),
        codes: codes_of(o.code.as_ref()),
        effective,
        value,
    })
}

/// How long before or after a trial procedure a MedicationAdministration without `partOf` may be its dose.
const TRIAL_DOSE_WINDOW_HOURS: i64 = 2;

/// The codes of the drug a MedicationAdministration gave: inline, contained, or a Medication in `pool`.
fn administered_codes(
    m: &crate::fhir::model::MedicationAdministration,
    pool: &[Resource],
) -> Vec<Code> {
    drug_codes(
        m.medication_codeable_concept.as_ref(),
        m.medication_reference.as_ref(),
        &m.contained,
        pool,
    )
}

/// The codes of a drug given inline (`medicationCodeableConcept`) or by reference (`medicationReference`).
fn drug_codes(
    inline: Option<&CodeableConcept>,
    reference: Option<&Reference>,
    contained: &[Resource],
    pool: &[Resource],
) -> Vec<Code> {
    match (inline, reference) {
        (Some(cc), _) => codes_of(Some(cc)),
        (None, Some(r)) => referenced_codes(contained, r, pool),
        (None, None) => vec![],
    }
}

/// The wire contract: "where a MedicationAdministration for the trial dose gives its route, that route is the
/// trial's"; what it gave is what the trial injected. A dose belongs to a procedure when its `partOf` names
/// it, or, without `partOf`, when it was given within two hours of the procedure.
pub fn assign_trial_doses(procedures: &mut [ProcedureFact], resources: &[Resource]) {
    for r in resources {
        let Resource::MedicationAdministration(m) = r else {
            continue;
        };
        if matches!(m.status.as_deref(), Some("entered-in-error" | "not-done")) {
            continue;
        }
        let route = m.dosage.as_ref().and_then(|d| route_of(d.route.as_ref()));
        let substances = administered_codes(m, resources);
        let part_of: Vec<String> = m.part_of.iter().filter_map(reference_key).collect();
        let given = instant(&m.effective_date_time)
            .or_else(|| m.effective_period.as_ref().and_then(|p| instant(&p.start)));
        for p in procedures.iter_mut() {
            let linked = if part_of.is_empty() {
                match (given, p.performed) {
                    (Some(g), Some(at)) => (g - at).num_hours().abs() <= TRIAL_DOSE_WINDOW_HOURS,
                    _ => false,
                }
            } else {
                part_of.contains(&p.reference)
            };
            if linked {
                if route.is_some() {
                    p.route = route;
                }
                for c in &substances {
                    if !p.substances.contains(c) {
                        p.substances.push(c.clone());
                    }
                }
            }
        }
    }
}

/// The codes a Medication reference names: contained in the resource, or a Medication in `pool`.
fn referenced_codes(contained: &[Resource], r: &Reference, pool: &[Resource]) -> Vec<Code> {
    if let Some(codes) = r
        .reference
        .as_deref()
        .and_then(|t| contained_codes(contained, t))
    {
        return codes;
    }
    let Some(key) = reference_key(r) else {
        return vec![];
    };
    let Some((ty, id)) = key.split_once('/') else {
        return vec![];
    };
    pool.iter()
        .find(|x| x.resource_type() == ty && x.id() == id)
        .and_then(coded_thing)
        .unwrap_or_default()
}

/// Medication history: statements, and requests that are not drafts of the current order. A drug given by
/// reference is read from the contained resources or the gathered `pool`.
pub fn medication_fact(r: &Resource, pool: &[Resource]) -> Option<MedicationFact> {
    match r {
        Resource::MedicationStatement(m) => {
            if matches!(m.status.as_deref(), Some("entered-in-error" | "not-taken")) {
                return None;
            }
            let codes = drug_codes(
                m.medication_codeable_concept.as_ref(),
                m.medication_reference.as_ref(),
                &m.contained,
                pool,
            );
            let route = m.dosage.first().and_then(|d| route_of(d.route.as_ref()));
            Some(MedicationFact {
                reference: format!("MedicationStatement/{}", id_of(&m.id)),
                codes,
                route,
            })
        }
        Resource::MedicationRequest(m) => {
            if matches!(
                m.status.as_deref(),
                Some("draft" | "entered-in-error" | "cancelled")
            ) {
                return None;
            }
            let codes = drug_codes(
                m.medication_codeable_concept.as_ref(),
                m.medication_reference.as_ref(),
                &m.contained,
                pool,
            );
            Some(MedicationFact {
                reference: format!("MedicationRequest/{}", id_of(&m.id)),
                codes,
                route: m
                    .dosage_instruction
                    .first()
                    .and_then(|d| route_of(d.route.as_ref())),
            })
        }
        _ => None,
    }
}

pub fn allergy_fact(r: &Resource) -> Option<AllergyFact> {
    let Resource::AllergyIntolerance(a) = r else {
        return None;
    };
    let verification = code_values(a.verification_status.as_ref());
    if verification
        .iter()
        .any(|v| v == "refuted" || v == "entered-in-error")
    {
        return None;
    }
    Some(AllergyFact {
        reference: format!("AllergyIntolerance/{}", id_of(&a.id)),
        codes: codes_of(a.code.as_ref()),
    })
}

/// Boolean answers of a completed QuestionnaireResponse to the questionnaire of policy `policy_id`. The
/// canonical is matched on its `/Questionnaire/{id}` tail (version ignored), so answers survive a change of the
/// server's public URL.
pub fn answer_facts(r: &Resource, policy_id: &str) -> Vec<AnswerFact> {
    let Resource::QuestionnaireResponse(q) = r else {
        return vec![];
    };
    let status_ok = matches!(q.status.as_deref(), Some("completed" | "amended"));
    if !status_ok || answered_policy(q).as_deref() != Some(policy_id) {
        return vec![];
    }
    let reference = format!("QuestionnaireResponse/{}", id_of(&q.id));
    let mut out = Vec::new();
    collect_answers(&q.item, &reference, &mut out);
    out
}

/// The policy a QuestionnaireResponse answers: its Questionnaire's (`…/Questionnaire/{policy id}`), or for an
/// adaptive response (`#id`) the policy of the adaptive Questionnaire its contained one derives from.
fn answered_policy(q: &crate::fhir::model::QuestionnaireResponse) -> Option<String> {
    let canonical = q.questionnaire.as_deref()?;
    let Some(local) = canonical.strip_prefix('#') else {
        return crate::fhir::questionnaire_id(canonical).map(str::to_string);
    };
    q.contained.iter().find_map(|r| match r {
        Resource::Questionnaire(c) if c.id.as_deref() == Some(local) => c
            .derived_from
            .iter()
            .find_map(|d| crate::fhir::policy_of_adaptive(crate::fhir::questionnaire_id(d)?))
            .map(str::to_string),
        _ => None,
    })
}

fn collect_answers(items: &[Item], reference: &str, out: &mut Vec<AnswerFact>) {
    for item in items {
        for answer in &item.answer {
            let link_id = item.link_id.as_deref();
            match (answer.value_boolean, &answer.value_coding) {
                (Some(value), _) => {
                    if let Some(link_id) = link_id {
                        out.push(AnswerFact {
                            reference: reference.to_string(),
                            link_id: link_id.to_string(),
                            value,
                        });
                    }
                }
                // The indication the clinician chose: `indication:{id}` (see `policy::eval`).
                (None, Some(c)) if link_id == Some("indication") => {
                    if let Some(code) = c.code.as_deref() {
                        out.push(AnswerFact {
                            reference: reference.to_string(),
                            link_id: format!("indication:{code}"),
                            value: true,
                        });
                    }
                }
                _ => {}
            }
            collect_answers(&answer.item, reference, out);
        }
        collect_answers(&item.item, reference, out);
    }
}

/// An order resource the policies can decide on, with what the response must echo.
pub struct OrderResource {
    pub resource_type: &'static str,
    pub id: String,
    pub codes: Vec<Code>,
    pub reason_codes: Vec<Code>,
    pub reason_references: Vec<String>,
    pub authored_on: Option<NaiveDate>,
    /// `Coverage/{id}` of each `insurance` reference.
    pub insurance: Vec<String>,
    pub route: Option<Route>,
    /// Where the order's code is when it is not inline: `MedicationRequest.medicationReference` or
    /// `DeviceRequest.codeReference` (`Medication/1`, `#med`, an absolute URL).
    pub code_reference: Option<String>,
    /// Set when `code_reference` could not be read, in plain words.
    pub unresolved: Option<String>,
    /// `reasonReference`s that could not be read (set by the resolver).
    pub unresolved_reasons: Vec<String>,
    /// `requisition` / `groupIdentifier` as `system|value`: orders signed together as one requisition.
    pub requisition: Option<String>,
    /// `basedOn`, `supportingInfo` / `supportingInformation`: the orders this one names.
    pub links: Vec<String>,
}

fn refs(rs: &[Reference]) -> Vec<String> {
    rs.iter().filter_map(reference_key).collect()
}

fn reason_codes(ccs: &[CodeableConcept]) -> Vec<Code> {
    ccs.iter().flat_map(|cc| codes_of(Some(cc))).collect()
}

fn identifier_key(i: Option<&Identifier>) -> Option<String> {
    let i = i?;
    let value = i.value.as_deref()?;
    let system = i.system.as_deref().unwrap_or_default();
    Some(format!("{system}|{value}"))
}

/// The codes of a resource that names a drug, device or diagnosis (Medication.code, Device.type,
/// DeviceDefinition.type, Condition.code); `None` for other resources.
pub fn coded_thing(r: &Resource) -> Option<Vec<Code>> {
    match r {
        Resource::Medication(m) => Some(codes_of(m.code.as_ref())),
        Resource::Device(d) | Resource::DeviceDefinition(d) => Some(codes_of(d.r#type.as_ref())),
        Resource::Condition(c) => Some(codes_of(c.code.as_ref())),
        _ => None,
    }
}

/// The codes of the resource a contained reference (`#id`) names among `contained`.
pub fn contained_codes(contained: &[Resource], reference: &str) -> Option<Vec<Code>> {
    let local = reference.strip_prefix('#')?;
    contained
        .iter()
        .find_map(|r| (r.id() == local).then(|| coded_thing(r)).flatten())
}

/// Reasons given as references: those to a contained Condition become codes; the others stay references.
fn reasons(contained: &[Resource], reason_refs: &[Reference]) -> (Vec<Code>, Vec<String>) {
    let mut codes = Vec::new();
    let mut keys = Vec::new();
    for r in reason_refs {
        match r.reference.as_deref() {
            Some(t) if t.starts_with('#') => match contained_codes(contained, t) {
                Some(c) => codes.extend(c),
                None => keys.push(t.to_string()),
            },
            _ => keys.extend(reference_key(r)),
        }
    }
    (codes, keys)
}

fn date_of(d: &Option<String>) -> Option<NaiveDate> {
    d.as_deref().and_then(parse_date)
}

/// An order's code: inline, or a reference that a contained resource answers at once, or one to resolve later.
fn code_or_reference(
    contained: &[Resource],
    inline: Option<&CodeableConcept>,
    reference: Option<&Reference>,
) -> (Vec<Code>, Option<String>) {
    if let Some(cc) = inline {
        return (codes_of(Some(cc)), None);
    }
    match reference.and_then(|r| r.reference.clone()) {
        Some(text) => match contained_codes(contained, &text) {
            Some(codes) => (codes, None),
            None => (vec![], Some(text)),
        },
        None => (vec![], None),
    }
}

/// The parts of a request resource (ServiceRequest, DeviceRequest, MedicationRequest) an order is made of.
struct RequestParts<'a> {
    resource_type: &'static str,
    id: &'a Option<String>,
    contained: &'a [Resource],
    code: (Vec<Code>, Option<String>),
    reason_code: &'a [CodeableConcept],
    reason_reference: &'a [Reference],
    authored_on: &'a Option<String>,
    insurance: &'a [Reference],
    requisition: Option<&'a Identifier>,
    links: Vec<String>,
    route: Option<Route>,
}

impl RequestParts<'_> {
    fn order(self) -> OrderResource {
        let (contained_reasons, reason_references) = reasons(self.contained, self.reason_reference);
        let mut reason_codes = reason_codes(self.reason_code);
        reason_codes.extend(contained_reasons);
        let (codes, code_reference) = self.code;
        OrderResource {
            resource_type: self.resource_type,
            id: id_of(self.id),
            codes,
            reason_codes,
            reason_references,
            authored_on: date_of(self.authored_on),
            insurance: refs(self.insurance),
            route: self.route,
            code_reference,
            unresolved: None,
            unresolved_reasons: vec![],
            requisition: identifier_key(self.requisition),
            links: self.links,
        }
    }
}

pub fn order_resource(r: &Resource) -> Option<OrderResource> {
    let chain = |a: &[Reference], b: &[Reference]| refs(a).into_iter().chain(refs(b)).collect();
    match r {
        Resource::ServiceRequest(s) => Some(
            RequestParts {
                resource_type: "ServiceRequest",
                id: &s.id,
                contained: &s.contained,
                code: (codes_of(s.code.as_ref()), None),
                reason_code: &s.reason_code,
                reason_reference: &s.reason_reference,
                authored_on: &s.authored_on,
                insurance: &s.insurance,
                requisition: s.requisition.as_ref(),
                links: chain(&s.based_on, &s.supporting_info),
                route: None,
            }
            .order(),
        ),
        Resource::DeviceRequest(d) => Some(
            RequestParts {
                resource_type: "DeviceRequest",
                id: &d.id,
                contained: &d.contained,
                code: code_or_reference(
                    &d.contained,
                    d.code_codeable_concept.as_ref(),
                    d.code_reference.as_ref(),
                ),
                reason_code: &d.reason_code,
                reason_reference: &d.reason_reference,
                authored_on: &d.authored_on,
                insurance: &d.insurance,
                requisition: d.group_identifier.as_ref(),
                links: chain(&d.based_on, &d.supporting_info),
                route: None,
            }
            .order(),
        ),
        Resource::MedicationRequest(m) => {
            // A drug ordered *for* a pump order may name it as what it is based on, as supporting information,
            // or (outside R4's target types, but EHRs do) as its reason.
            let mut links: Vec<String> = chain(&m.based_on, &m.supporting_information);
            links.extend(refs(&m.reason_reference));
            Some(
                RequestParts {
                    resource_type: "MedicationRequest",
                    id: &m.id,
                    contained: &m.contained,
                    code: code_or_reference(
                        &m.contained,
                        m.medication_codeable_concept.as_ref(),
                        m.medication_reference.as_ref(),
                    ),
                    reason_code: &m.reason_code,
                    reason_reference: &m.reason_reference,
                    authored_on: &m.authored_on,
                    insurance: &m.insurance,
                    requisition: m.group_identifier.as_ref(),
                    links,
                    route: m
                        .dosage_instruction
                        .first()
                        .and_then(|d| route_of(d.route.as_ref())),
                }
                .order(),
            )
        }
        Resource::Appointment(a) => Some(OrderResource {
            resource_type: "Appointment",
            id: id_of(&a.id),
            codes: a
                .service_type
                .iter()
                .flat_map(|cc| codes_of(Some(cc)))
                .collect(),
            reason_codes: reason_codes(&a.reason_code),
            reason_references: refs(&a.reason_reference),
            authored_on: date_of(&a.start),
            insurance: vec![],
            route: None,
            code_reference: None,
            unresolved: None,
            unresolved_reasons: vec![],
            requisition: None,
            links: refs(&a.based_on),
        }),
        _ => None,
    }
}

/// CPT and HCPCS codes of orders whose pump or catheter delivers into the spine (intrathecal or epidural):
/// intraspinal trials (62320-62327), intraspinal catheters, reservoirs and pumps (62350-62370), the intraspinal
/// catheter E0785.
const INTRASPINAL_ORDER_CODES: [(CodeSystem, &str, &str); 3] = [
    (CodeSystem::Cpt, "62320", "62327"),
    (CodeSystem::Cpt, "62350", "62370"),
    (CodeSystem::Hcpcs, "E0785", "E0785"),
];

/// CPT codes of a hepatic-artery (intra-arterial) infusion: catheter placement in the hepatic artery.
const INTRA_ARTERIAL_ORDER_CODES: [(CodeSystem, &str, &str); 1] =
    [(CodeSystem::Cpt, "36260", "36262")];

fn coded_within(codes: &[Code], ranges: &[(CodeSystem, &str, &str)]) -> bool {
    codes.iter().any(|c| {
        ranges.iter().any(|(system, lo, hi)| {
            c.system == *system
                && c.code.len() == lo.len()
                && c.code.as_str() >= *lo
                && c.code.as_str() <= *hi
        })
    })
}

/// The drug the pump will infuse, or why it is unknown.
pub struct PumpDrug<'a> {
    pub drug: Option<&'a OrderResource>,
    pub unknown: Option<String>,
}

impl OrderResource {
    /// An order of which nothing could be read but its id.
    pub fn unknown(id: String) -> OrderResource {
        OrderResource {
            resource_type: "MedicationRequest",
            id,
            codes: vec![],
            reason_codes: vec![],
            reason_references: vec![],
            authored_on: None,
            insurance: vec![],
            route: None,
            code_reference: None,
            unresolved: None,
            unresolved_reasons: vec![],
            requisition: None,
            links: vec![],
        }
    }

    pub fn reference(&self) -> String {
        format!("{}/{}", self.resource_type, self.id)
    }

    /// The routes a drug given by this order's pump or catheter may take.
    fn pump_routes(&self) -> &'static [Route] {
        if coded_within(&self.codes, &INTRASPINAL_ORDER_CODES) {
            &[Route::Intrathecal, Route::Epidural, Route::Intraspinal]
        } else if coded_within(&self.codes, &INTRA_ARTERIAL_ORDER_CODES) {
            &[Route::IntraArterial]
        } else {
            // A pump, port or catheter not specific to a site (E0782, E0783, A4220, ...): any parenteral
            // route an implanted pump delivers by.
            &[
                Route::Intrathecal,
                Route::Epidural,
                Route::Intraspinal,
                Route::IntraArterial,
                Route::Intravenous,
                Route::Subcutaneous,
            ]
        }
    }

    /// Whether `drug` is ordered for this order: it names this order (`basedOn`, `supportingInformation`,
    /// `reasonReference`), this order names it (`basedOn`, `supportingInfo`), or both are one requisition.
    fn is_linked(&self, drug: &OrderResource) -> bool {
        let me = self.reference();
        let it = drug.reference();
        drug.links.contains(&me)
            || self.links.contains(&it)
            || (self.requisition.is_some() && self.requisition == drug.requisition)
    }

    /// The pump's drug among the drugs ordered in the same call: the ones linked to this order, else the ones
    /// given by this pump's route. Never any other drug: an oral antibiotic, a methotrexate tablet, a drug with
    /// no route and no link, or a botulinum injection signed alongside says nothing of the pump (no drug is
    /// tied: each drug test then follows its `ifAbsent`). Several different drugs, or one that could not be
    /// read, leave the pump's drug unknown (asked).
    pub fn pump_drug<'a>(&self, drugs: &[&'a OrderResource]) -> PumpDrug<'a> {
        let linked: Vec<&'a OrderResource> = drugs
            .iter()
            .copied()
            .filter(|d| self.is_linked(d))
            .collect();
        let routes = self.pump_routes();
        let candidates: Vec<&'a OrderResource> = if linked.is_empty() {
            drugs
                .iter()
                .copied()
                .filter(|d| d.route.is_some_and(|r| routes.contains(&r)))
                .collect()
        } else {
            linked
        };
        // A drug order that could not be read at all may be the pump's: unknown, not absent.
        let unreadable = drugs
            .iter()
            .find(|d| d.route.is_none() && d.codes.is_empty() && d.unresolved.is_some());
        let describe = |d: &OrderResource| {
            let codes: Vec<String> = d
                .codes
                .iter()
                .map(|c| format!("{} {}", c.system.short_name(), c.code))
                .collect();
            if codes.is_empty() {
                d.reference()
            } else {
                format!("{} ({})", d.reference(), codes.join(", "))
            }
        };
        if let Some(d) = candidates
            .iter()
            .chain(unreadable)
            .find(|d| d.unresolved.is_some())
        {
            return PumpDrug {
                drug: None,
                unknown: d.unresolved.clone(),
            };
        }
        let mut distinct: Vec<&'a OrderResource> = Vec::new();
        for c in &candidates {
            if !distinct.iter().any(|d| d.codes == c.codes) {
                distinct.push(c);
            }
        }
        match distinct.as_slice() {
            [] => PumpDrug {
                drug: None,
                unknown: None,
            },
            [one] => PumpDrug {
                drug: Some(one),
                unknown: None,
            },
            several => PumpDrug {
                drug: None,
                unknown: Some(format!(
                    "several drugs could be the pump's ({}): which one it infuses is asked",
                    several
                        .iter()
                        .map(|d| describe(d))
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            },
        }
    }

    /// The policy engine's view of this order, with the pump's drug.
    pub fn facts(&self, drug: &PumpDrug<'_>, today: NaiveDate) -> OrderFacts {
        OrderFacts {
            reference: self.reference(),
            codes: self.codes.clone(),
            reason_codes: self.reason_codes.clone(),
            reason_references: self.reason_references.clone(),
            unresolved_reasons: self.unresolved_reasons.clone(),
            drug: drug.drug.map(|d| DrugOrder {
                reference: d.reference(),
                codes: d.codes.clone(),
                route: d.route,
            }),
            drug_unknown: drug.unknown.clone(),
            date: self.authored_on.unwrap_or(today),
        }
    }
}

/// The payer identifier of an Organization (system `https://crd.example.org/payer-id`).
pub fn payer_identifier(r: &Resource) -> Option<String> {
    let Resource::Organization(o) = r else {
        return None;
    };
    o.identifier.iter().find_map(|i| {
        (i.system.as_deref()? == crate::PAYER_ID_SYSTEM)
            .then(|| i.value.clone())
            .flatten()
    })
}

/// The `Type/id` a resource is about, borrowed from it (compared without making the string: issue #18).
#[derive(Debug, Clone, Copy)]
pub struct About<'a> {
    ty: &'a str,
    id: &'a str,
}

impl About<'_> {
    /// Whether this is `reference` (`Patient/{id}`).
    pub fn is(&self, reference: &str) -> bool {
        reference
            .strip_prefix(self.ty)
            .and_then(|rest| rest.strip_prefix('/'))
            == Some(self.id)
    }
}

/// The resource's type name and the `Patient/{id}` it is about, for the kinds a hook call carries (`None` for
/// the patient: resources about no one, such as an Organization).
pub fn type_and_patient(r: &Resource) -> (&str, Option<About<'_>>) {
    fn key(r: &Option<Reference>) -> Option<About<'_>> {
        r.as_ref()
            .and_then(|r| crate::fhir::reference_parts(r.reference.as_deref()?))
            .map(|(ty, id)| About { ty, id })
    }
    let about = match r {
        Resource::Patient(p) => p.id.as_deref().map(|id| About { ty: "Patient", id }),
        Resource::Coverage(c) => key(&c.beneficiary),
        Resource::Condition(c) => key(&c.subject),
        Resource::Procedure(p) => key(&p.subject),
        Resource::Observation(o) => key(&o.subject),
        Resource::MedicationStatement(m) => key(&m.subject),
        Resource::MedicationRequest(m) => key(&m.subject),
        Resource::MedicationAdministration(m) => key(&m.subject),
        Resource::AllergyIntolerance(a) => key(&a.patient),
        Resource::QuestionnaireResponse(q) => key(&q.subject),
        Resource::ServiceRequest(s) => key(&s.subject),
        Resource::DeviceRequest(d) => key(&d.subject),
        _ => None,
    };
    (r.resource_type(), about)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The patient a resource is about is compared by type and id, as the `Type/id` string was.
    #[test]
    fn about_compares_type_and_id() {
        fn about(reference: &str) -> Option<About<'_>> {
            crate::fhir::reference_parts(reference).map(|(ty, id)| About { ty, id })
        }
        let p = about("http://ehr/fhir/Patient/12/_history/3").unwrap();
        assert!(p.is("Patient/12"));
        for other in [
            "Patient/1",
            "Patient/123",
            "Patient12",
            "Group/12",
            "Patient/",
            "",
        ] {
            assert!(!p.is(other), "{other}");
        }
        assert!(about("#contained").is_none());
    }

    #[test]
    fn instants_and_dates() {
        assert_eq!(
            parse_instant("2026-09-01T10:00:00Z").unwrap().to_rfc3339(),
            "2026-09-01T10:00:00+00:00"
        );
        assert_eq!(
            parse_instant("2026-09-01T12:00:00+02:00")
                .unwrap()
                .to_rfc3339(),
            "2026-09-01T10:00:00+00:00"
        );
        assert_eq!(
            parse_instant("2026-09-01").unwrap().to_rfc3339(),
            "2026-09-01T00:00:00+00:00"
        );
        assert!(parse_instant("2026-09").is_none());
        assert_eq!(
            parse_date("2026-11-28T08:00:00Z"),
            NaiveDate::from_ymd_opt(2026, 11, 28)
        );
    }
}
