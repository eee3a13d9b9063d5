//! What the policy engine knows about one patient and one order: plain data, already read from FHIR.
//!
//! Owns: the evidence types the evaluator reads and the notion of a data category being available, not
//! provided, or failed. Built by `hooks::facts` from FHIR resources; never touches FHIR or the network itself.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::codes::Code;

/// Whether the EHR's data for one category could be read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Availability<T> {
    Known(T),
    /// Neither prefetched nor fetched (no usable `fhirServer`).
    NotProvided,
    /// The FHIR server was asked and did not answer usefully (timeout, error, garbage). The text names the
    /// failure without patient data.
    Failed(String),
}

impl<T> Availability<T> {
    pub fn known(&self) -> Option<&T> {
        match self {
            Availability::Known(t) => Some(t),
            _ => None,
        }
    }
}

/// The categories of chart data a policy may read; also the names of the prefetch keys that carry them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Category {
    Patient,
    Conditions,
    Procedures,
    Observations,
    Medications,
    Allergies,
    QuestionnaireResponses,
}

impl Category {
    pub fn label(self) -> &'static str {
        match self {
            Category::Patient => "patient demographics",
            Category::Conditions => "conditions",
            Category::Procedures => "procedures",
            Category::Observations => "observations",
            Category::Medications => "medications",
            Category::Allergies => "allergies and intolerances",
            Category::QuestionnaireResponses => "questionnaire responses",
        }
    }
}

/// Route of administration, as far as the policies distinguish them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Route {
    Intrathecal,
    Epidural,
    /// Intrathecal or epidural, space not recorded (e.g. CPT 62320-62327 "epidural or subarachnoid").
    Intraspinal,
    Intravenous,
    IntraArterial,
    Subcutaneous,
    Other,
}

/// The SNOMED CT route codes the engine reads, with their displays (the one table: order parsing, the
/// Questionnaire's route ValueSet and the prefill use it).
pub const SNOMED_ROUTES: &[(Route, &str, &str)] = &[
    (Route::Intrathecal, "72607000", "Intrathecal route"),
    (Route::Epidural, "404820008", "Epidural route"),
    (Route::Intravenous, "47625008", "Intravenous route"),
    (Route::IntraArterial, "58100008", "Intra-arterial route"),
    (Route::Subcutaneous, "34206005", "Subcutaneous route"),
];

impl Route {
    /// The route of a SNOMED CT route code.
    pub fn from_snomed(code: &str) -> Option<Route> {
        SNOMED_ROUTES
            .iter()
            .find(|(_, c, _)| *c == code)
            .map(|(r, _, _)| *r)
    }

    /// The SNOMED CT (code, display) of a route; `None` for intraspinal (space not recorded) and other.
    pub fn snomed(self) -> Option<(&'static str, &'static str)> {
        SNOMED_ROUTES
            .iter()
            .find(|(r, _, _)| *r == self)
            .map(|(_, c, d)| (*c, *d))
    }

    /// Per the wire contract, an intraspinal trial whose space is not recorded counts as the same route as an
    /// intrathecal or epidural pump.
    pub fn same_route(self, planned: Route) -> bool {
        use Route::*;
        match (self, planned) {
            (Intraspinal, Intrathecal | Epidural | Intraspinal) => true,
            (Intrathecal | Epidural, Intraspinal) => true,
            (a, b) => a == b && a != Other,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Route::Intrathecal => "intrathecal",
            Route::Epidural => "epidural",
            Route::Intraspinal => "intraspinal",
            Route::Intravenous => "intravenous",
            Route::IntraArterial => "intra-arterial",
            Route::Subcutaneous => "subcutaneous",
            Route::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConditionFact {
    /// `Condition/{id}`.
    pub reference: String,
    pub codes: Vec<Code>,
    /// Active (or clinical status not stated and not refuted).
    pub active: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProcedureFact {
    pub reference: String,
    pub codes: Vec<Code>,
    pub completed: bool,
    pub performed: Option<DateTime<Utc>>,
    /// The route of the trial dose where a MedicationAdministration gave it.
    pub route: Option<Route>,
    /// What the chart says was given in the procedure (the trial dose's MedicationAdministration,
    /// `Procedure.usedCode`); empty when the chart does not say.
    #[serde(default)]
    pub substances: Vec<Code>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObservationFact {
    pub reference: String,
    pub codes: Vec<Code>,
    pub effective: Option<DateTime<Utc>>,
    pub value: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MedicationFact {
    pub reference: String,
    pub codes: Vec<Code>,
    pub route: Option<Route>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AllergyFact {
    pub reference: String,
    pub codes: Vec<Code>,
}

/// One answer of a QuestionnaireResponse to the server's own questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerFact {
    pub reference: String,
    pub link_id: String,
    pub value: bool,
}

/// The patient's chart as far as it was read.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Chart {
    pub birth_date: Availability<Option<NaiveDate>>,
    pub conditions: Availability<Vec<ConditionFact>>,
    pub procedures: Availability<Vec<ProcedureFact>>,
    pub observations: Availability<Vec<ObservationFact>>,
    pub medications: Availability<Vec<MedicationFact>>,
    pub allergies: Availability<Vec<AllergyFact>>,
    pub answers: Availability<Vec<AnswerFact>>,
    /// `Coverage.class` (type code, value) pairs of the coverage in use.
    pub coverage_classes: Vec<(String, String)>,
}

impl Chart {
    /// Adds answers the clinician gave (submitted to crd-server, or found on the EHR's server) to those the chart
    /// already holds; the newest answer to an item wins where they are read (`eval`).
    pub fn add_answers(&mut self, answers: impl IntoIterator<Item = AnswerFact>) {
        let mut answers = answers.into_iter().peekable();
        if answers.peek().is_none() {
            return;
        }
        match &mut self.answers {
            Availability::Known(existing) => existing.extend(answers),
            other => *other = Availability::Known(answers.collect()),
        }
    }

    /// Keeps one answer per item, the newest (the last given), and only for the items `asks` knows: answers
    /// submitted again and again do not pile up, and answers to another questionnaire count for nothing.
    pub fn keep_answers(&mut self, asks: impl Fn(&str) -> bool) {
        if let Availability::Known(answers) = &mut self.answers {
            let mut seen = std::collections::BTreeSet::new();
            let mut kept: Vec<AnswerFact> = answers
                .drain(..)
                .rev()
                .filter(|a| asks(&a.link_id) && seen.insert(a.link_id.clone()))
                .collect();
            kept.reverse();
            *answers = kept;
        }
    }

    /// A chart with nothing provided: the starting point for builders and tests.
    pub fn empty() -> Chart {
        Chart {
            birth_date: Availability::NotProvided,
            conditions: Availability::NotProvided,
            procedures: Availability::NotProvided,
            observations: Availability::NotProvided,
            medications: Availability::NotProvided,
            allergies: Availability::NotProvided,
            answers: Availability::NotProvided,
            coverage_classes: Vec::new(),
        }
    }
}

/// The drug ordered to be infused by the pump (a MedicationRequest in the same draft orders).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DrugOrder {
    pub reference: String,
    pub codes: Vec<Code>,
    pub route: Option<Route>,
}

/// The order being decided.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrderFacts {
    /// `ServiceRequest/{id}` etc.
    pub reference: String,
    pub codes: Vec<Code>,
    /// Codes of `reasonCode`, and of the Conditions `reasonReference` points to.
    pub reason_codes: Vec<Code>,
    pub reason_references: Vec<String>,
    /// Reasons the order names that could not be read (a `reasonReference` neither contained, prefetched nor
    /// readable): the order's reason is then unknown, never absent.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unresolved_reasons: Vec<String>,
    /// The drug the pump will infuse: a MedicationRequest linked to this order, or the one drug ordered by the
    /// pump's route. `None` with `drug_unknown` set when a drug was ordered that cannot be tied to the pump or
    /// read (then every drug test is unknown); `None` alone when no drug was ordered for the pump.
    pub drug: Option<DrugOrder>,
    /// Why the pump's drug is unknown (e.g. "Medication/x could not be read"), in plain words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drug_unknown: Option<String>,
    /// The order's date (authoredOn), or the day of the request.
    pub date: NaiveDate,
}

/// What an assertion row stores of a decision's inputs, borrowed for writing: the chart and the order's facts
/// (`dtr::StoredFacts` reads it back for re-evaluation and prefill).
#[derive(Serialize)]
pub struct FactsRef<'a> {
    pub chart: &'a Chart,
    pub order: &'a OrderFacts,
}
