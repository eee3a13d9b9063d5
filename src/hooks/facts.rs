//! From typed FHIR resources to the policy engine's evidence ([`Chart`], [`OrderFacts`]).
//!
//! Owns: which FHIR elements count as evidence (active conditions, completed procedures, pain scores, drug
//! routes, questionnaire answers) and how dates and routes are read. No I/O.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use fhirbolt::model::r4::resources::{
    DeviceRequestCode, MedicationAdministrationEffective, MedicationRequestMedication,
    MedicationStatementMedication, ObservationEffective, ObservationValue, ProcedurePerformed,
    QuestionnaireResponseItem, QuestionnaireResponseItemAnswerValue,
};
use fhirbolt::model::r4::types::{CodeableConcept, Reference};
use fhirbolt::model::r4::Resource;

use crate::fhir::{code_values, codes_of, reference_key};
use crate::policy::codes::{Code, CodeSystem};
use crate::policy::facts::{
    AllergyFact, AnswerFact, ConditionFact, DrugOrder, MedicationFact, ObservationFact, OrderFacts,
    ProcedureFact, Route,
};

fn sv(s: &Option<fhirbolt::model::r4::types::String>) -> Option<&str> {
    s.as_ref().and_then(|s| s.value.as_deref())
}

fn id_of(id: &Option<fhirbolt::model::r4::types::Id>) -> String {
    id.as_ref()
        .and_then(|i| i.value.clone())
        .unwrap_or_default()
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
        let system = coding.system.as_ref().and_then(|s| s.value.as_deref());
        let code = coding.code.as_ref().and_then(|c| c.value.as_deref());
        if let (Some(system), Some(code)) = (system, code) {
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
        .as_ref()
        .and_then(|t| t.value.as_deref())
        .or_else(|| {
            cc.coding
                .iter()
                .find_map(|c| c.display.as_ref().and_then(|d| d.value.as_deref()))
        })?
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
    let clinical = code_values(c.clinical_status.as_deref());
    let verification = code_values(c.verification_status.as_deref());
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
        codes: codes_of(c.code.as_deref()),
        active,
    })
}

pub fn procedure_fact(r: &Resource) -> Option<ProcedureFact> {
    let Resource::Procedure(p) = r else {
        return None;
    };
    let performed = match &p.performed {
        Some(ProcedurePerformed::DateTime(dt)) => dt.value.as_deref().and_then(parse_instant),
        Some(ProcedurePerformed::Period(period)) => period
            .start
            .as_ref()
            .and_then(|s| s.value.as_deref())
            .and_then(parse_instant),
        _ => None,
    };
    Some(ProcedureFact {
        reference: format!("Procedure/{}", id_of(&p.id)),
        codes: codes_of(p.code.as_deref()),
        completed: p.status.value.as_deref() == Some("completed"),
        performed,
        route: None,
    })
}

pub fn observation_fact(r: &Resource) -> Option<ObservationFact> {
    let Resource::Observation(o) = r else {
        return None;
    };
    if matches!(
        o.status.value.as_deref(),
        Some("entered-in-error" | "cancelled")
    ) {
        return None;
    }
    let effective = match &o.effective {
        Some(ObservationEffective::DateTime(dt)) => dt.value.as_deref().and_then(parse_instant),
        Some(ObservationEffective::Instant(i)) => i.value.as_deref().and_then(parse_instant),
        Some(ObservationEffective::Period(p)) => p
            .start
            .as_ref()
            .and_then(|s| s.value.as_deref())
            .and_then(parse_instant),
        _ => None,
    };
    let value = match &o.value {
        Some(ObservationValue::Integer(i)) => i.value.map(f64::from),
        Some(ObservationValue::Quantity(q)) => q
            .value
            .as_ref()
            .and_then(|d| d.value.as_deref())
            .and_then(|v| v.parse().ok()),
        _ => None,
    };
    Some(ObservationFact {
        reference: format!("Observation/{}", id_of(&o.id)),
        codes: codes_of(Some(&o.code)),
        effective,
        value,
    })
}

/// How long before or after a trial procedure a MedicationAdministration without `partOf` may be its dose.
const TRIAL_DOSE_WINDOW_HOURS: i64 = 2;

/// The wire contract: "where a MedicationAdministration for the trial dose gives its route, that route is the
/// trial's". A dose belongs to a procedure when its `partOf` names it, or, without `partOf`, when it was given
/// within two hours of the procedure.
pub fn assign_trial_routes(procedures: &mut [ProcedureFact], resources: &[Resource]) {
    for r in resources {
        let Resource::MedicationAdministration(m) = r else {
            continue;
        };
        if matches!(
            m.status.value.as_deref(),
            Some("entered-in-error" | "not-done")
        ) {
            continue;
        }
        let Some(route) = m.dosage.as_ref().and_then(|d| route_of(d.route.as_deref())) else {
            continue;
        };
        let part_of: Vec<String> = m.part_of.iter().filter_map(reference_key).collect();
        let given = match &m.effective {
            MedicationAdministrationEffective::DateTime(dt) => {
                dt.value.as_deref().and_then(parse_instant)
            }
            MedicationAdministrationEffective::Period(p) => p
                .start
                .as_ref()
                .and_then(|s| s.value.as_deref())
                .and_then(parse_instant),
            _ => None,
        };
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
                p.route = Some(route);
            }
        }
    }
}

/// Medication history: statements, and requests that are not drafts of the current order.
pub fn medication_fact(r: &Resource) -> Option<MedicationFact> {
    match r {
        Resource::MedicationStatement(m) => {
            if matches!(
                m.status.value.as_deref(),
                Some("entered-in-error" | "not-taken")
            ) {
                return None;
            }
            let codes = match &m.medication {
                MedicationStatementMedication::CodeableConcept(cc) => codes_of(Some(cc)),
                _ => vec![],
            };
            let route = m.dosage.first().and_then(|d| route_of(d.route.as_deref()));
            Some(MedicationFact {
                reference: format!("MedicationStatement/{}", id_of(&m.id)),
                codes,
                route,
            })
        }
        Resource::MedicationRequest(m) => {
            if matches!(
                m.status.value.as_deref(),
                Some("draft" | "entered-in-error" | "cancelled")
            ) {
                return None;
            }
            Some(MedicationFact {
                reference: format!("MedicationRequest/{}", id_of(&m.id)),
                codes: medication_request_codes(&m.medication),
                route: m
                    .dosage_instruction
                    .first()
                    .and_then(|d| route_of(d.route.as_deref())),
            })
        }
        _ => None,
    }
}

fn medication_request_codes(m: &MedicationRequestMedication) -> Vec<Code> {
    match m {
        MedicationRequestMedication::CodeableConcept(cc) => codes_of(Some(cc)),
        _ => vec![],
    }
}

pub fn allergy_fact(r: &Resource) -> Option<AllergyFact> {
    let Resource::AllergyIntolerance(a) = r else {
        return None;
    };
    let verification = code_values(a.verification_status.as_deref());
    if verification
        .iter()
        .any(|v| v == "refuted" || v == "entered-in-error")
    {
        return None;
    }
    Some(AllergyFact {
        reference: format!("AllergyIntolerance/{}", id_of(&a.id)),
        codes: codes_of(a.code.as_deref()),
    })
}

/// Boolean answers of a completed QuestionnaireResponse to the questionnaire of policy `policy_id`. The
/// canonical is matched on its `/Questionnaire/{id}` tail (version ignored), so answers survive a change of the
/// server's public URL.
pub fn answer_facts(r: &Resource, policy_id: &str) -> Vec<AnswerFact> {
    let Resource::QuestionnaireResponse(q) = r else {
        return vec![];
    };
    let status_ok = matches!(q.status.value.as_deref(), Some("completed" | "amended"));
    let canonical = q
        .questionnaire
        .as_ref()
        .and_then(|c| c.value.as_deref())
        .unwrap_or_default();
    let canonical = canonical.split('|').next().unwrap_or_default();
    if !status_ok
        || !canonical
            .trim_end_matches('/')
            .ends_with(&format!("/Questionnaire/{policy_id}"))
    {
        return vec![];
    }
    let reference = format!("QuestionnaireResponse/{}", id_of(&q.id));
    let mut out = Vec::new();
    collect_answers(&q.item, &reference, &mut out);
    out
}

fn collect_answers(
    items: &[QuestionnaireResponseItem],
    reference: &str,
    out: &mut Vec<AnswerFact>,
) {
    for item in items {
        for answer in &item.answer {
            if let Some(QuestionnaireResponseItemAnswerValue::Boolean(b)) = &answer.value {
                if let (Some(link_id), Some(value)) = (item.link_id.value.as_deref(), b.value) {
                    out.push(AnswerFact {
                        reference: reference.to_string(),
                        link_id: link_id.to_string(),
                        value,
                    });
                }
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
}

fn refs(rs: &[Reference]) -> Vec<String> {
    rs.iter().filter_map(reference_key).collect()
}

fn reason_codes(ccs: &[CodeableConcept]) -> Vec<Code> {
    ccs.iter().flat_map(|cc| codes_of(Some(cc))).collect()
}

pub fn order_resource(r: &Resource) -> Option<OrderResource> {
    match r {
        Resource::ServiceRequest(s) => Some(OrderResource {
            resource_type: "ServiceRequest",
            id: id_of(&s.id),
            codes: codes_of(s.code.as_deref()),
            reason_codes: reason_codes(&s.reason_code),
            reason_references: refs(&s.reason_reference),
            authored_on: s
                .authored_on
                .as_ref()
                .and_then(|d| d.value.as_deref())
                .and_then(parse_date),
            insurance: refs(&s.insurance),
            route: None,
        }),
        Resource::DeviceRequest(d) => Some(OrderResource {
            resource_type: "DeviceRequest",
            id: id_of(&d.id),
            codes: match &d.code {
                DeviceRequestCode::CodeableConcept(cc) => codes_of(Some(cc)),
                _ => vec![],
            },
            reason_codes: reason_codes(&d.reason_code),
            reason_references: refs(&d.reason_reference),
            authored_on: d
                .authored_on
                .as_ref()
                .and_then(|x| x.value.as_deref())
                .and_then(parse_date),
            insurance: refs(&d.insurance),
            route: None,
        }),
        Resource::MedicationRequest(m) => Some(OrderResource {
            resource_type: "MedicationRequest",
            id: id_of(&m.id),
            codes: medication_request_codes(&m.medication),
            reason_codes: reason_codes(&m.reason_code),
            reason_references: refs(&m.reason_reference),
            authored_on: m
                .authored_on
                .as_ref()
                .and_then(|x| x.value.as_deref())
                .and_then(parse_date),
            insurance: refs(&m.insurance),
            route: m
                .dosage_instruction
                .first()
                .and_then(|d| route_of(d.route.as_deref())),
        }),
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
            authored_on: a
                .start
                .as_ref()
                .and_then(|x| x.value.as_deref())
                .and_then(parse_date),
            insurance: vec![],
            route: None,
        }),
        _ => None,
    }
}

impl OrderResource {
    pub fn reference(&self) -> String {
        format!("{}/{}", self.resource_type, self.id)
    }

    /// The policy engine's view of this order, with the drug ordered alongside it (if any).
    pub fn facts(&self, drug: Option<&OrderResource>, today: NaiveDate) -> OrderFacts {
        OrderFacts {
            reference: self.reference(),
            codes: self.codes.clone(),
            reason_codes: self.reason_codes.clone(),
            reason_references: self.reason_references.clone(),
            drug: drug.map(|d| DrugOrder {
                reference: d.reference(),
                codes: d.codes.clone(),
                route: d.route,
            }),
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
        let system = i.system.as_ref().and_then(|s| s.value.as_deref())?;
        (system == crate::PAYER_ID_SYSTEM)
            .then(|| sv(&i.value).map(str::to_string))
            .flatten()
    })
}

/// The resource's type name and the `Patient/{id}` it is about, for the kinds a hook call carries (`None` for
/// the patient: resources about no one, such as an Organization).
pub fn type_and_patient(r: &Resource) -> (&'static str, Option<String>) {
    let key = |r: &Option<Box<Reference>>| r.as_deref().and_then(reference_key);
    let req = |r: &Reference| reference_key(r);
    let id = |i: &Option<fhirbolt::model::r4::types::Id>| {
        i.as_ref()
            .and_then(|i| i.value.as_deref())
            .map(|id| format!("Patient/{id}"))
    };
    match r {
        Resource::Patient(p) => ("Patient", id(&p.id)),
        Resource::Coverage(c) => ("Coverage", req(&c.beneficiary)),
        Resource::Condition(c) => ("Condition", req(&c.subject)),
        Resource::Procedure(p) => ("Procedure", req(&p.subject)),
        Resource::Observation(o) => ("Observation", key(&o.subject)),
        Resource::MedicationStatement(m) => ("MedicationStatement", req(&m.subject)),
        Resource::MedicationRequest(m) => ("MedicationRequest", req(&m.subject)),
        Resource::MedicationAdministration(m) => ("MedicationAdministration", req(&m.subject)),
        Resource::AllergyIntolerance(a) => ("AllergyIntolerance", req(&a.patient)),
        Resource::QuestionnaireResponse(q) => ("QuestionnaireResponse", key(&q.subject)),
        Resource::ServiceRequest(s) => ("ServiceRequest", req(&s.subject)),
        Resource::DeviceRequest(d) => ("DeviceRequest", req(&d.subject)),
        Resource::Appointment(_) => ("Appointment", None),
        Resource::Organization(_) => ("Organization", None),
        Resource::OperationOutcome(_) => ("OperationOutcome", None),
        Resource::Bundle(_) => ("Bundle", None),
        _ => ("other", None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
