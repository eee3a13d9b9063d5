//! The policy evaluator: `evaluate(policy, chart, order) -> CoverageDecision`, three-valued and explained.
//!
//! Owns: how tests over the chart become met / not met / unknown, how criteria combine into an outcome per
//! indication, and the reasons trace. Pure: no I/O, no clock (the order date is passed in).

use std::collections::BTreeSet;

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::codes::{Code, CodeList, CodeSystem};
use super::facts::{Availability, Category, Chart, OrderFacts, Route};
use super::model::{answer_leaves, CompiledPolicy, Criterion, FixedOutcome, Gate, IfAbsent, Test};
use super::text::Text;

/// Three-valued truth (Kleene): unknown is never read as true or false.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Truth {
    Met,
    NotMet,
    Unknown,
}

impl Truth {
    fn and(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::NotMet, _) | (_, Truth::NotMet) => Truth::NotMet,
            (Truth::Met, Truth::Met) => Truth::Met,
            _ => Truth::Unknown,
        }
    }
    fn or(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::Met, _) | (_, Truth::Met) => Truth::Met,
            (Truth::NotMet, Truth::NotMet) => Truth::NotMet,
            _ => Truth::Unknown,
        }
    }
    fn not(self) -> Truth {
        match self {
            Truth::Met => Truth::NotMet,
            Truth::NotMet => Truth::Met,
            Truth::Unknown => Truth::Unknown,
        }
    }
}

/// The coverage outcome for one order, in CRD's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    Covered,
    NotCovered,
    /// Some criterion is unknown: documentation is needed.
    Conditional,
    /// The policy makes no determination for this member (e.g. referred to another manual).
    NoDetermination,
    /// The plan reviews the request case by case.
    Review,
}

/// Whether a criterion is a requirement or an exclusion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    Indication,
    Requirement,
    Exclusion,
    Gate,
    Otherwise,
}

/// One line of the decision trace: a criterion, its truth, and the FHIR evidence behind it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    pub id: Text,
    pub kind: FindingKind,
    pub text: Text,
    pub citation: Text,
    pub truth: Truth,
    /// `Type/id` of each resource the truth rests on.
    pub evidence: Vec<String>,
    /// How the truth was reached, in plain words (e.g. "pain 8 → 3 within 72 h of the trial: 62 % reduction").
    pub note: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link_id: Option<String>,
}

/// A question the clinician must answer because the chart was silent.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct OpenItem {
    pub link_id: String,
    pub text: String,
    pub criterion: String,
}

/// The decision for one order under one policy, with everything needed to explain it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CoverageDecision {
    pub policy_id: String,
    pub order: String,
    pub outcome: Outcome,
    /// Title of the indication the decision rests on, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indication: Option<String>,
    /// The decisive reasons in plain words, most important first.
    pub reasons: Vec<String>,
    /// The full trace, every criterion looked at.
    pub findings: Vec<Finding>,
    /// Items a questionnaire must ask (only for `conditional`).
    pub open_items: Vec<OpenItem>,
    /// Data categories the decision needed but the EHR did not provide.
    pub not_provided: BTreeSet<Category>,
    /// Data categories the decision needed but the FHIR server failed to deliver.
    pub failed: BTreeSet<Category>,
}

/// CPT codes for implanting, revising or removing an intrathecal or epidural pump or catheter: an order for
/// one of these plans an intraspinal route even when no drug order says so.
const INTRASPINAL_PUMP_CPT: &str = "62350-62369";

/// The pain-score LOINC the wire contract fixes for trials.
const PAIN_SCORE_LOINC: &str = "72514-3";

struct Ctx<'a> {
    policy: &'a CompiledPolicy,
    chart: &'a Chart,
    order: &'a OrderFacts,
    not_provided: BTreeSet<Category>,
    failed: BTreeSet<Category>,
    /// `review` leaves answered yes: a decision that would be covered goes to the plan instead.
    reviews: Vec<String>,
}

struct TestResult {
    truth: Truth,
    evidence: Vec<String>,
    note: String,
}

impl TestResult {
    fn new(truth: Truth, evidence: Vec<String>, note: impl Into<String>) -> TestResult {
        TestResult {
            truth,
            evidence,
            note: note.into(),
        }
    }
}

impl<'a> Ctx<'a> {
    fn new(policy: &'a CompiledPolicy, chart: &'a Chart, order: &'a OrderFacts) -> Ctx<'a> {
        Ctx {
            policy,
            chart,
            order,
            not_provided: BTreeSet::new(),
            failed: BTreeSet::new(),
            reviews: Vec::new(),
        }
    }

    /// Reads a category, recording that the decision depended on it when it was not available.
    fn read<T>(&mut self, cat: Category, data: &'a Availability<T>) -> Option<&'a T> {
        match data {
            Availability::Known(t) => Some(t),
            Availability::NotProvided => {
                self.not_provided.insert(cat);
                None
            }
            Availability::Failed(_) => {
                self.failed.insert(cat);
                None
            }
        }
    }

    fn unavailable(cat: Category) -> TestResult {
        TestResult::new(
            Truth::Unknown,
            vec![],
            format!("the EHR's {} could not be read", cat.label()),
        )
    }

    /// The chart is silent on `what` (written with its article: "an active diagnosis of ...").
    fn absent(if_absent: IfAbsent, what: &str) -> TestResult {
        let truth = match if_absent {
            IfAbsent::Unknown => Truth::Unknown,
            IfAbsent::NotMet => Truth::NotMet,
        };
        TestResult::new(truth, vec![], format!("the chart does not show {what}"))
    }

    fn test(&mut self, test: &Test) -> TestResult {
        match test {
            Test::All(ts) => self.combine(ts, Truth::Met, Truth::and),
            Test::Any(ts) => self.combine(ts, Truth::NotMet, Truth::or),
            Test::Not(t) => {
                let r = self.test(t);
                TestResult::new(r.truth.not(), r.evidence, r.note)
            }
            Test::Diagnosis {
                value_set,
                if_absent,
            } => self.diagnosis(value_set, *if_absent),
            Test::OrderedDrug {
                value_set,
                if_absent,
            } => match (&self.order.drug, &self.order.drug_unknown) {
                (None, Some(why)) => TestResult::new(Truth::Unknown, vec![], why.clone()),
                (None, None) => Self::absent(*if_absent, "a drug ordered for the pump"),
                (Some(d), _) => {
                    let drug = d.clone();
                    self.membership(
                        value_set,
                        &[drug.codes.as_slice()],
                        vec![drug.reference.clone()],
                        "the pump's drug",
                    )
                }
            },
            Test::MedicationHistory {
                value_set,
                if_absent,
            } => {
                let title = self.vs_title(value_set);
                let chart = self.chart;
                self.presence(
                    Category::Medications,
                    &chart.medications,
                    value_set,
                    *if_absent,
                    |m| Some((&m.codes, &m.reference)),
                    format!("{title} in the medication history"),
                    format!("medication history shows {title}"),
                )
            }
            Test::Intolerance {
                value_set,
                if_absent,
            } => {
                let title = self.vs_title(value_set);
                let chart = self.chart;
                self.presence(
                    Category::Allergies,
                    &chart.allergies,
                    value_set,
                    *if_absent,
                    |a| Some((&a.codes, &a.reference)),
                    format!("an intolerance of {title}"),
                    format!("an intolerance of {title} is recorded"),
                )
            }
            Test::Procedure {
                value_set,
                if_absent,
            } => {
                let title = self.vs_title(value_set);
                let chart = self.chart;
                self.presence(
                    Category::Procedures,
                    &chart.procedures,
                    value_set,
                    *if_absent,
                    |p| p.completed.then_some((&p.codes, &p.reference)),
                    format!("a completed {title}"),
                    format!("a completed {title} is recorded"),
                )
            }
            Test::TrialPainReduction {
                trial_procedures,
                substances,
                min_reduction_percent,
                inclusive,
                window_hours,
            } => self.trial(
                trial_procedures,
                substances.as_deref(),
                *min_reduction_percent,
                *inclusive,
                *window_hours,
            ),
            Test::PlannedRoute { routes, if_absent } => match self.planned_route() {
                None => Self::absent(*if_absent, "the route the pump will deliver by"),
                // A route written in words this server does not read is not a route it can rule out.
                Some(Route::Other) => TestResult::new(
                    Truth::Unknown,
                    self.order
                        .drug
                        .iter()
                        .map(|d| d.reference.clone())
                        .collect(),
                    "the drug's route is not one this server reads: asked",
                ),
                Some(planned) => {
                    let evidence = self
                        .order
                        .drug
                        .iter()
                        .map(|d| d.reference.clone())
                        .collect();
                    let words: Vec<&str> = routes.iter().map(|r| r.label()).collect();
                    if routes
                        .iter()
                        .any(|r| r.same_route(planned) || planned.same_route(*r))
                    {
                        TestResult::new(
                            Truth::Met,
                            evidence,
                            format!("the pump will deliver by the {} route", planned.label()),
                        )
                    } else {
                        TestResult::new(
                            Truth::NotMet,
                            evidence,
                            format!(
                                "the pump will deliver by the {} route, not {}",
                                planned.label(),
                                words.join(" or ")
                            ),
                        )
                    }
                }
            },
            Test::Age { at_least, below } => {
                let Some(birth) = self.read(Category::Patient, &self.chart.birth_date) else {
                    return Self::unavailable(Category::Patient);
                };
                let Some(birth) = birth else {
                    return TestResult::new(
                        Truth::Unknown,
                        vec![],
                        "the patient's birth date is not recorded",
                    );
                };
                let age = age_on(*birth, self.order.date);
                let ok = at_least.is_none_or(|min| age >= min) && below.is_none_or(|max| age < max);
                let truth = if ok { Truth::Met } else { Truth::NotMet };
                TestResult::new(
                    truth,
                    vec![],
                    format!("the patient is {age} years old on the order date"),
                )
            }
            Test::CoverageClass {
                class_type,
                value,
                aliases,
            } => {
                let hit = self.chart.coverage_classes.iter().any(|(t, v)| {
                    t.eq_ignore_ascii_case(class_type)
                        && std::iter::once(value)
                            .chain(aliases.iter())
                            .any(|name| names_words(v, name))
                });
                if hit {
                    TestResult::new(
                        Truth::Met,
                        vec![],
                        format!("the coverage's {class_type} is {value}"),
                    )
                } else {
                    TestResult::new(
                        Truth::NotMet,
                        vec![],
                        format!("the coverage's {class_type} is not {value}"),
                    )
                }
            }
            Test::OrderCode { value_set } => {
                let vs = self.policy.value_set(value_set);
                let title = self.vs_title(value_set);
                if self.order.codes.iter().any(|c| vs.contains(c)) {
                    TestResult::new(
                        Truth::Met,
                        vec![self.order.reference.clone()],
                        format!("the order is for {title}"),
                    )
                } else {
                    TestResult::new(
                        Truth::NotMet,
                        vec![self.order.reference.clone()],
                        format!("the order is not for {title}"),
                    )
                }
            }
            Test::Answer { link_id, .. } => self.answer(link_id),
            Test::OrderReason {
                value_set,
                if_absent,
            } => {
                let stated = self.stated_reasons();
                let vs = self.policy.value_set(value_set);
                let hits = refs(
                    stated
                        .iter()
                        .filter(|(codes, _)| codes.iter().any(|c| vs.contains(c)))
                        .map(|(_, r)| r),
                );
                let title = self.vs_title(value_set);
                if !hits.is_empty() {
                    TestResult::new(Truth::Met, hits, format!("the order's reason is {title}"))
                } else if let Some(r) = self.unresolved_reason() {
                    r
                } else if stated.is_empty() {
                    Self::absent(*if_absent, "a reason on the order")
                } else {
                    let codes: Vec<&[Code]> = stated.iter().map(|(c, _)| c.as_slice()).collect();
                    let evidence = refs(stated.iter().map(|(_, r)| r));
                    self.membership(value_set, &codes, evidence, "the order's reason")
                }
            }
            Test::ImplantInPlace {
                implantations,
                removals,
                if_absent,
            } => self.implant_in_place(implantations, removals, *if_absent),
            Test::Review { link_id, .. } => {
                let r = self.answer(link_id);
                if r.truth == Truth::Met {
                    self.reviews.push(link_id.clone());
                }
                r
            }
            Test::Attested {} => {
                TestResult::new(Truth::Unknown, vec![], "only the clinician can attest this")
            }
        }
    }

    /// "Does the chart show something coded in the value set" over one category of evidence. Silence is
    /// `if_absent`; but where the chart holds items an open list cannot classify, silence is only unknown.
    #[allow(clippy::too_many_arguments)]
    fn presence<T>(
        &mut self,
        cat: Category,
        data: &'a Availability<Vec<T>>,
        value_set: &str,
        if_absent: IfAbsent,
        item: impl Fn(&'a T) -> Option<(&'a Vec<Code>, &'a String)>,
        absent: String,
        present: String,
    ) -> TestResult {
        let Some(items) = self.read(cat, data) else {
            return Self::unavailable(cat);
        };
        let vs = self.policy.value_set(value_set);
        let listed: Vec<(&Vec<Code>, &String)> = items.iter().filter_map(item).collect();
        let hits = refs(
            listed
                .iter()
                .filter(|(codes, _)| codes.iter().any(|c| vs.contains(c)))
                .map(|(_, r)| *r),
        );
        if !hits.is_empty() {
            return TestResult::new(Truth::Met, hits, present);
        }
        if if_absent == IfAbsent::NotMet {
            let groups: Vec<(&[Code], &String)> =
                listed.iter().map(|(c, r)| (c.as_slice(), *r)).collect();
            if let Some(open) = self.unclassified(value_set, &groups) {
                return open;
            }
        }
        Self::absent(if_absent, &absent)
    }

    /// For silence on an open list: the first item the policy's lists cannot classify makes the test unknown
    /// (it may be a member the list does not name). `None` when the list is closed or every item is recognised
    /// as something else.
    fn unclassified(&self, value_set: &str, items: &[(&[Code], &String)]) -> Option<TestResult> {
        let set = self.policy.set(value_set);
        items
            .iter()
            .find(|(codes, _)| {
                if set.closed {
                    // A closed list judges only codes of its own system.
                    !codes.iter().any(|c| c.system == set.list.system)
                } else {
                    !codes.iter().any(|c| set.recognised_elsewhere(c).is_some())
                }
            })
            .map(|(codes, reference)| {
                TestResult::new(
                    Truth::Unknown,
                    vec![(*reference).clone()],
                    format!(
                        "{reference} ({}) is on no list of this policy; whether it is {} is asked",
                        describe(codes),
                        set.title
                    ),
                )
            })
    }

    /// Whether coded things (the pump's drug, the order's reasons: one code group each) are in a value set.
    /// On the list: met. Off a closed list: not met. Off an open list: not met only when every group is
    /// recognised by a disjoint list of the policy as something else; otherwise unknown (asked).
    fn membership(
        &self,
        value_set: &str,
        groups: &[&[Code]],
        evidence: Vec<String>,
        subject: &str,
    ) -> TestResult {
        let set = self.policy.set(value_set);
        let title = set.title.as_str();
        if groups
            .iter()
            .any(|codes| codes.iter().any(|c| set.list.contains(c)))
        {
            return TestResult::new(Truth::Met, evidence, format!("{subject} is {title}"));
        }
        let mut elsewhere: Vec<&str> = Vec::new();
        for codes in groups {
            if set.closed {
                // A closed list judges only codes of its own system (an SNOMED CT reason is not "no ICD-10 reason").
                if codes.iter().any(|c| c.system == set.list.system) {
                    continue;
                }
                return TestResult::new(
                    Truth::Unknown,
                    evidence,
                    format!(
                        "{subject} ({}) is not coded in {}, which the policy's list of {title} uses: whether it qualifies is asked",
                        describe(codes),
                        set.list.system.short_name()
                    ),
                );
            }
            match codes.iter().find_map(|c| set.recognised_elsewhere(c)) {
                Some(other) => {
                    if !elsewhere.contains(&other) {
                        elsewhere.push(other);
                    }
                }
                None => {
                    return TestResult::new(
                        Truth::Unknown,
                        evidence,
                        format!(
                            "{subject} ({}) is not on the policy's list of {title}, which the policy does not close: whether it qualifies is asked",
                            describe(codes)
                        ),
                    )
                }
            }
        }
        if set.closed {
            return TestResult::new(Truth::NotMet, evidence, format!("{subject} is not {title}"));
        }
        if elsewhere.is_empty() {
            return TestResult::new(Truth::Unknown, evidence, format!("{subject} is not coded"));
        }
        TestResult::new(
            Truth::NotMet,
            evidence,
            format!("{subject} is {}, not {title}", elsewhere.join(" / ")),
        )
    }

    /// The order's stated reasons, one code group each: every `reasonCode` coding, and each Condition a
    /// `reasonReference` names that the chart holds.
    fn stated_reasons(&mut self) -> Vec<(Vec<Code>, String)> {
        let mut stated: Vec<(Vec<Code>, String)> = self
            .order
            .reason_codes
            .iter()
            .map(|c| (vec![c.clone()], self.order.reference.clone()))
            .collect();
        if !self.order.reason_references.is_empty() {
            if let Some(conds) = self.read(Category::Conditions, &self.chart.conditions) {
                stated.extend(
                    conds
                        .iter()
                        .filter(|c| self.order.reason_references.contains(&c.reference))
                        .map(|c| (c.codes.clone(), c.reference.clone())),
                );
            }
        }
        stated
    }

    /// Unknown when a reason the order names could not be read: reported by the caller, or a `reasonReference`
    /// the chart does not hold.
    fn unresolved_reason(&mut self) -> Option<TestResult> {
        let mut missing: Vec<String> = self.order.unresolved_reasons.clone();
        if !self.order.reason_references.is_empty() {
            match self.read(Category::Conditions, &self.chart.conditions) {
                Some(conds) => missing.extend(
                    self.order
                        .reason_references
                        .iter()
                        .filter(|r| !conds.iter().any(|c| &c.reference == *r))
                        .filter(|r| !missing.iter().any(|m| m.starts_with(r.as_str())))
                        .cloned()
                        .collect::<Vec<_>>(),
                ),
                None => return Some(Self::unavailable(Category::Conditions)),
            }
        }
        (!missing.is_empty()).then(|| {
            TestResult::new(
                Truth::Unknown,
                vec![],
                format!(
                    "the order's reason {} could not be read",
                    missing.join(", ")
                ),
            )
        })
    }

    /// A questionnaire answer to `link_id`, the newest first.
    fn answer(&self, link_id: &str) -> TestResult {
        let answer = self
            .chart
            .answers
            .known()
            .and_then(|answers| answers.iter().rev().find(|a| a.link_id == link_id));
        match answer {
            Some(a) => TestResult::new(
                if a.value { Truth::Met } else { Truth::NotMet },
                vec![a.reference.clone()],
                format!(
                    "answered {} in the questionnaire",
                    if a.value { "yes" } else { "no" }
                ),
            ),
            None => TestResult::new(
                Truth::Unknown,
                vec![],
                "not yet answered in the questionnaire",
            ),
        }
    }

    fn implant_in_place(
        &mut self,
        implantations: &str,
        removals: &str,
        if_absent: IfAbsent,
    ) -> TestResult {
        let Some(procs) = self.read(Category::Procedures, &self.chart.procedures) else {
            return Self::unavailable(Category::Procedures);
        };
        let (implants, removed) = (
            self.policy.value_set(implantations),
            self.policy.value_set(removals),
        );
        let done = |list: &CodeList| {
            procs
                .iter()
                .filter(|p| p.completed && p.codes.iter().any(|c| list.contains(c)))
                .collect::<Vec<_>>()
        };
        let removals = done(removed);
        let in_place: Vec<String> = done(implants)
            .into_iter()
            .filter(|implant| {
                !removals
                    .iter()
                    .any(|r| match (r.performed, implant.performed) {
                        (Some(r), Some(i)) => r >= i,
                        // A removal without a date may be of this pump: it does not prove the pump is in place.
                        _ => true,
                    })
            })
            .map(|p| p.reference.clone())
            .collect();
        if in_place.is_empty() {
            Self::absent(
                if_absent,
                "a pump already implanted (an implantation not followed by a removal)",
            )
        } else {
            TestResult::new(
                Truth::Met,
                in_place,
                "a pump is already implanted (no removal recorded since): this order is a replacement",
            )
        }
    }

    fn combine(&mut self, ts: &[Test], start: Truth, op: fn(Truth, Truth) -> Truth) -> TestResult {
        // Every part is evaluated (no short-circuit), so the trace and the data a decision touched are complete.
        let parts: Vec<TestResult> = ts.iter().map(|t| self.test(t)).collect();
        let truth = parts.iter().fold(start, |acc, r| op(acc, r.truth));
        // The explanation is the parts that agree with the result: the met part of an "any" that is met, the
        // failing part of an "all" that is not met, the open parts of an unknown.
        let mut evidence = Vec::new();
        let mut notes: Vec<String> = Vec::new();
        for r in parts.into_iter().filter(|r| r.truth == truth) {
            evidence.extend(r.evidence);
            if !r.note.is_empty() && !notes.contains(&r.note) {
                notes.push(r.note);
            }
        }
        evidence.sort();
        evidence.dedup();
        TestResult::new(truth, evidence, notes.join("; "))
    }

    fn vs_title<'n>(&self, name: &'n str) -> &'n str
    where
        'a: 'n,
    {
        self.policy
            .policy
            .value_sets
            .get(name)
            .map_or(name, |v| v.title.as_str())
    }

    fn diagnosis(&mut self, value_set: &str, if_absent: IfAbsent) -> TestResult {
        let vs = self.policy.value_set(value_set);
        let title = self.vs_title(value_set);
        // The order's own reasonCode counts even when the chart's conditions were not read.
        if self.order.reason_codes.iter().any(|c| vs.contains(c)) {
            return TestResult::new(
                Truth::Met,
                vec![self.order.reference.clone()],
                format!("the order's reason is {title}"),
            );
        }
        let Some(conds) = self.read(Category::Conditions, &self.chart.conditions) else {
            return Self::unavailable(Category::Conditions);
        };
        let hits = refs(
            conds
                .iter()
                .filter(|c| {
                    (c.active || self.order.reason_references.contains(&c.reference))
                        && c.codes.iter().any(|code| vs.contains(code))
                })
                .map(|c| &c.reference),
        );
        if !hits.is_empty() {
            return TestResult::new(
                Truth::Met,
                hits,
                format!("diagnosis of {title} is on the chart"),
            );
        }
        if if_absent == IfAbsent::NotMet {
            if let Some(r) = self.unresolved_reason() {
                return r;
            }
            // What the order is for: its stated reasons when it gives any, else the chart's active problems.
            let stated = self.stated_reasons();
            let groups: Vec<(&[Code], &String)> = if stated.is_empty() {
                conds
                    .iter()
                    .filter(|c| c.active)
                    .map(|c| (c.codes.as_slice(), &c.reference))
                    .collect()
            } else {
                stated.iter().map(|(c, r)| (c.as_slice(), r)).collect()
            };
            if let Some(open) = self.unclassified(value_set, &groups) {
                return open;
            }
        }
        Self::absent(if_absent, &format!("an active diagnosis of {title}"))
    }

    /// The route the pump will deliver by: the ordered drug's route, else intraspinal for an intraspinal
    /// pump CPT code.
    fn planned_route(&self) -> Option<Route> {
        if let Some(route) = self.order.drug.as_ref().and_then(|d| d.route) {
            return Some(route);
        }
        let intraspinal =
            CodeList::parse(CodeSystem::Cpt, &[INTRASPINAL_PUMP_CPT.to_string()]).ok()?;
        self.order
            .codes
            .iter()
            .any(|c| intraspinal.contains(c))
            .then_some(Route::Intraspinal)
    }

    fn trial(
        &mut self,
        trial_set: &str,
        substances: Option<&str>,
        min: f64,
        inclusive: bool,
        window_hours: u32,
    ) -> TestResult {
        let Some(procs) = self.read(Category::Procedures, &self.chart.procedures) else {
            return Self::unavailable(Category::Procedures);
        };
        let vs = self.policy.value_set(trial_set);
        let mut trials: Vec<_> = procs
            .iter()
            .filter(|p| p.completed && p.codes.iter().any(|c| vs.contains(c)))
            .collect();
        if trials.is_empty() {
            return TestResult::new(Truth::Unknown, vec![], "the chart shows no completed trial");
        }
        trials.sort_by_key(|p| std::cmp::Reverse(p.performed));
        let planned = self.planned_route();
        // Trial codes in the contract are intraspinal (epidural or subarachnoid) unless a route was recorded.
        let same_route: Vec<_> = trials
            .iter()
            .filter(|p| match planned {
                Some(planned) => p.route.unwrap_or(Route::Intraspinal).same_route(planned),
                None => false,
            })
            .collect();
        if same_route.is_empty() {
            let refs = trials.iter().map(|p| p.reference.clone()).collect();
            let note = match planned {
                Some(r) => format!("no trial by the planned {} route is recorded", r.label()),
                None => "the planned route is not known (no drug order with a route)".to_string(),
            };
            return TestResult::new(Truth::Unknown, refs, note);
        }
        // What was injected: a trial of the policy's substances counts; of something the policy's lists
        // recognise as another kind of drug, it is no trial; unrecorded or unrecognised, it is asked.
        let mut not_a_trial: Vec<String> = Vec::new();
        let mut judged: Vec<(&&crate::policy::facts::ProcedureFact, bool)> = Vec::new(); // (trial, substance known)
        for trial in same_route {
            match substances {
                None => judged.push((trial, true)),
                Some(set) => {
                    if trial.substances.is_empty() {
                        judged.push((trial, false));
                        continue;
                    }
                    let r = self.membership(set, &[trial.substances.as_slice()], vec![], "x");
                    match r.truth {
                        Truth::Met => judged.push((trial, true)),
                        Truth::NotMet => not_a_trial.push(format!(
                            "{} ({})",
                            trial.reference,
                            describe(&trial.substances)
                        )),
                        Truth::Unknown => judged.push((trial, false)),
                    }
                }
            }
        }
        let substance_title = substances.map(|s| self.vs_title(s)).unwrap_or_default();
        if judged.is_empty() {
            return TestResult::new(
                Truth::Unknown,
                vec![],
                format!(
                    "no trial of {substance_title} is recorded: {} gave another substance",
                    not_a_trial.join(", ")
                ),
            );
        }
        let Some(obs) = self.read(Category::Observations, &self.chart.observations) else {
            return Self::unavailable(Category::Observations);
        };
        let pain_code = Code::new(CodeSystem::Loinc, PAIN_SCORE_LOINC);
        let scores: Vec<_> = obs
            .iter()
            .filter(|o| o.codes.contains(&pain_code))
            .filter_map(|o| Some((o.effective?, o.value?, &o.reference)))
            .collect();
        let mut failed: Option<TestResult> = None;
        let mut unsure: Option<TestResult> = None;
        for (trial, known) in judged {
            let Some(at) = trial.performed else { continue };
            let before = scores
                .iter()
                .filter(|(t, _, _)| *t < at)
                .max_by_key(|(t, _, _)| *t);
            let end = at
                .checked_add_signed(Duration::hours(i64::from(window_hours)))
                .unwrap_or(at);
            let after = scores
                .iter()
                .filter(|(t, _, _)| *t >= at && *t <= end)
                .min_by(|a, b| a.1.total_cmp(&b.1));
            let (Some(before), Some(after)) = (before, after) else {
                continue;
            };
            if before.1 <= 0.0 {
                continue;
            }
            let reduction = (before.1 - after.1) / before.1 * 100.0;
            let ok = if inclusive {
                reduction >= min
            } else {
                reduction > min
            };
            let cmp = if inclusive { "at least" } else { "more than" };
            let note = format!(
                "pain {} → {} within {window_hours} h of the trial: {:.0} % reduction ({cmp} {min} % required)",
                fmt_score(before.1),
                fmt_score(after.1),
                reduction
            );
            let evidence = vec![trial.reference.clone(), before.2.clone(), after.2.clone()];
            match (known, ok) {
                (true, true) => return TestResult::new(Truth::Met, evidence, note),
                (true, false) => {
                    failed.get_or_insert(TestResult::new(Truth::NotMet, evidence, note));
                }
                (false, true) => {
                    let what = if trial.substances.is_empty() {
                        "the chart does not say what was injected".to_string()
                    } else {
                        format!(
                            "what was injected ({}) is on no list of this policy",
                            describe(&trial.substances)
                        )
                    };
                    unsure.get_or_insert(TestResult::new(
                        Truth::Unknown,
                        evidence,
                        format!("{note}; but {what} in {}, so whether it was a trial of {substance_title} is asked", trial.reference),
                    ));
                }
                (false, false) => {}
            }
        }
        unsure.or(failed).unwrap_or_else(|| {
            TestResult::new(
                Truth::Unknown,
                vec![],
                "the chart has no pain scores (LOINC 72514-3) both before and after the trial",
            )
        })
    }

    /// A criterion's truth: the chart first; a questionnaire answer settles what the chart left unknown.
    fn criterion(&mut self, c: &Criterion, kind: FindingKind) -> Finding {
        let r = self.test(&c.test);
        let mut finding = Finding {
            id: c.id.clone(),
            kind,
            text: c.text.clone(),
            citation: c.citation.clone(),
            truth: r.truth,
            evidence: r.evidence,
            note: r.note,
            link_id: Some(c.question.link_id.clone()),
        };
        let answer = self.chart.answers.known().and_then(|answers| {
            answers
                .iter()
                .rev()
                .find(|a| a.link_id == c.question.link_id)
        });
        if let Some(a) = answer {
            let said = if a.value { "yes" } else { "no" };
            let answered = if a.value { Truth::Met } else { Truth::NotMet };
            if finding.truth == Truth::Unknown {
                finding.truth = answered;
                finding.evidence.push(a.reference.clone());
                finding.note = format!("answered {said} in the questionnaire");
            } else if finding.truth != answered {
                // The chart is explicit and the answer disagrees: reported, not silently preferred.
                finding.evidence.push(a.reference.clone());
                finding.note = format!(
                    "{}; the questionnaire answered {said}, which contradicts the chart (the chart is used)",
                    finding.note
                );
            }
        }
        finding
    }
}

fn refs<'a>(it: impl Iterator<Item = &'a String>) -> Vec<String> {
    let mut v: Vec<String> = it.cloned().collect();
    v.sort();
    v.dedup();
    v
}

/// Whether `text` contains `words` as whole words, ignoring case and punctuation between words.
fn names_words(text: &str, words: &str) -> bool {
    let split = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (text, words) = (split(text), split(words));
    !words.is_empty() && text.windows(words.len()).any(|w| w == words.as_slice())
}

/// Codes for a person to read: "RxNorm 1234, ICD-10-CM M545", or that none is in a system the policies use.
fn describe(codes: &[Code]) -> String {
    if codes.is_empty() {
        return "no code in a system this policy reads".into();
    }
    codes
        .iter()
        .map(|c| format!("{} {}", c.system.short_name(), c.code))
        .collect::<Vec<_>>()
        .join(", ")
}

fn fmt_score(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

/// Whole years from birth to `on`.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> u32 {
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years.max(0) as u32
}

struct IndicationResult {
    outcome: Option<Outcome>,
    title: String,
    findings: Vec<Finding>,
    not_provided: BTreeSet<Category>,
    failed: BTreeSet<Category>,
    /// The questions answered yes that send a covered decision to the plan's review.
    reviews: Vec<String>,
}

/// Decides one order under one policy. The caller has already checked that the policy covers the order's code.
pub fn evaluate(policy: &CompiledPolicy, chart: &Chart, order: &OrderFacts) -> CoverageDecision {
    let mut decision = CoverageDecision {
        policy_id: policy.policy.id.clone(),
        order: order.reference.clone(),
        outcome: Outcome::Conditional,
        indication: None,
        reasons: Vec::new(),
        findings: Vec::new(),
        open_items: Vec::new(),
        not_provided: BTreeSet::new(),
        failed: BTreeSet::new(),
    };

    // Gates the chart cannot settle: the decision below may not contradict what they would decide.
    // Each with the index of its finding in `decision.findings`.
    let mut unsettled: Vec<(&Gate, usize)> = Vec::new();
    for gate in &policy.policy.gates {
        let mut ctx = Ctx::new(policy, chart, order);
        let mut r = ctx.test(&gate.test);
        if r.truth == Truth::Unknown {
            if let Some(q) = &gate.question {
                let a = ctx.answer(&q.link_id);
                if a.truth != Truth::Unknown {
                    r.truth = a.truth;
                    r.evidence.extend(a.evidence);
                    r.note = format!("{}; {}", r.note, a.note);
                }
            }
        }
        let finding = Finding {
            id: gate.id.clone(),
            kind: FindingKind::Gate,
            text: gate.text.clone(),
            citation: gate.citation.clone(),
            truth: r.truth,
            evidence: r.evidence,
            note: r.note,
            link_id: gate.question.as_ref().map(|q| q.link_id.clone()),
        };
        decision.findings.push(finding);
        match r.truth {
            Truth::Met => {
                decision.outcome = fixed(gate.then.outcome);
                decision
                    .reasons
                    .push(format!("{} ({})", gate.then.reason, gate.citation));
                // An earlier gate that may still apply keeps this one from deciding alone.
                settle_gates(chart, &unsettled, &mut decision);
                return decision;
            }
            Truth::Unknown => {
                decision.not_provided.extend(ctx.not_provided);
                decision.failed.extend(ctx.failed);
                unsettled.push((gate, decision.findings.len() - 1));
            }
            Truth::NotMet => {}
        }
    }

    let results: Vec<IndicationResult> = policy
        .policy
        .indications
        .iter()
        .map(|ind| {
            let mut ctx = Ctx::new(policy, chart, order);
            let mut applies = ctx.test(&ind.applies_when);
            // What the chart leaves open, the clinician's choice of indication settles.
            if applies.truth == Truth::Unknown {
                if let Some(chosen) = chosen_indication(chart) {
                    applies.truth = if chosen.link_id == format!("indication:{}", ind.id) {
                        Truth::Met
                    } else {
                        Truth::NotMet
                    };
                    applies.evidence.push(chosen.reference.clone());
                    applies.note =
                        format!("{}; the questionnaire names the indication", applies.note);
                }
            }
            let mut findings = vec![Finding {
                id: ind.id.clone(),
                kind: FindingKind::Indication,
                text: ind.title.clone(),
                citation: ind.citation.clone(),
                truth: applies.truth,
                evidence: applies.evidence,
                note: applies.note,
                link_id: None,
            }];
            if applies.truth == Truth::NotMet {
                return IndicationResult {
                    outcome: None,
                    title: ind.title.to_string(),
                    findings,
                    not_provided: ctx.not_provided,
                    failed: ctx.failed,
                    reviews: Vec::new(),
                };
            }
            let reqs: Vec<Finding> = ind
                .criteria
                .iter()
                .map(|c| ctx.criterion(c, FindingKind::Requirement))
                .collect();
            let excl: Vec<Finding> = ind
                .exclusions
                .iter()
                .map(|c| ctx.criterion(c, FindingKind::Exclusion))
                .collect();
            let mut outcome = if excl.iter().any(|f| f.truth == Truth::Met)
                || reqs.iter().any(|f| f.truth == Truth::NotMet)
            {
                Outcome::NotCovered
            } else if applies.truth == Truth::Met
                && reqs.iter().all(|f| f.truth == Truth::Met)
                && excl.iter().all(|f| f.truth == Truth::NotMet)
            {
                Outcome::Covered
            } else {
                Outcome::Conditional
            };
            // Not covered under an indication that may not apply is a denial only when the policy's answer for
            // every other use is a denial too; otherwise it is still to be asked which use this is.
            if outcome == Outcome::NotCovered
                && applies.truth == Truth::Unknown
                && policy.policy.otherwise.outcome != FixedOutcome::NotCovered
            {
                outcome = Outcome::Conditional;
            }
            // A request the plan decides (a `review` leaf answered yes) is not the clinician's to settle.
            let mut reviews = Vec::new();
            if outcome == Outcome::Covered && !ctx.reviews.is_empty() {
                outcome = Outcome::Review;
                let mut leaves = Vec::new();
                answer_leaves(&ind.applies_when, &mut leaves);
                for c in ind.criteria.iter().chain(ind.exclusions.iter()) {
                    answer_leaves(&c.test, &mut leaves);
                }
                reviews = leaves
                    .into_iter()
                    .filter(|(link, _)| ctx.reviews.contains(link))
                    .map(|(_, text)| text)
                    .collect();
            }
            findings.extend(reqs);
            findings.extend(excl);
            IndicationResult {
                outcome: Some(outcome),
                title: ind.title.to_string(),
                findings,
                not_provided: ctx.not_provided,
                failed: ctx.failed,
                reviews,
            }
        })
        .collect();

    let pick = [
        Outcome::Covered,
        Outcome::Review,
        Outcome::Conditional,
        Outcome::NotCovered,
    ]
    .into_iter()
    .find(|o| results.iter().any(|r| r.outcome == Some(*o)));

    // Which indication applies is itself open when none surely applies and some may (asked below).
    let applies = |t: Truth| {
        results
            .iter()
            .any(|r| r.findings.first().is_some_and(|f| f.truth == t))
    };
    let indication_open = !applies(Truth::Met) && applies(Truth::Unknown);
    // "None of the indications applies", after the indications' findings.
    let mut otherwise = None;
    match pick {
        Some(outcome) => {
            decision.outcome = outcome;
            let decisive: Vec<&IndicationResult> = results
                .iter()
                .filter(|r| r.outcome == Some(outcome))
                .collect();
            decision.indication = decisive.first().map(|r| r.title.clone());
            for r in &decisive {
                for text in &r.reviews {
                    decision.reasons.push(format!(
                        "The plan decides this request case by case, not the chart: {text}"
                    ));
                }
                decision.not_provided.extend(r.not_provided.iter().copied());
                decision.failed.extend(r.failed.iter().copied());
                for f in r.findings.iter().skip(1) {
                    let relevant = match outcome {
                        Outcome::Covered | Outcome::Review => true,
                        Outcome::NotCovered => {
                            (f.kind == FindingKind::Requirement && f.truth == Truth::NotMet)
                                || (f.kind == FindingKind::Exclusion && f.truth == Truth::Met)
                        }
                        _ => f.truth == Truth::Unknown,
                    };
                    if relevant {
                        decision.reasons.push(reason_line(f));
                    }
                    if outcome == Outcome::Conditional && f.truth == Truth::Unknown {
                        if let Some(link_id) = &f.link_id {
                            let item = OpenItem {
                                link_id: link_id.clone(),
                                text: f.text.to_string(),
                                criterion: f.id.to_string(),
                            };
                            if !decision.open_items.contains(&item) {
                                decision.open_items.push(item);
                            }
                        }
                    }
                }
            }
        }
        None => {
            // No indication applies. If the order or chart states what the pump is for, that use is outside the
            // policy; if nothing does, the indication itself is unknown and must be asked, not assumed.
            for r in &results {
                decision.not_provided.extend(r.not_provided.iter().copied());
                decision.failed.extend(r.failed.iter().copied());
            }
            let stated = !order.reason_codes.is_empty()
                || !order.reason_references.is_empty()
                || order.drug.is_some();
            // Everything the order names was read: a drug or reason that could not be is no evidence of a use.
            let chart_read = decision.not_provided.is_empty()
                && decision.failed.is_empty()
                && order.drug_unknown.is_none()
                && order.unresolved_reasons.is_empty();
            let other = &policy.policy.otherwise;
            otherwise = Some(Finding {
                id: "otherwise".into(),
                kind: FindingKind::Otherwise,
                text: other.reason.clone(),
                citation: other.citation.clone(),
                truth: if stated && chart_read {
                    Truth::Met
                } else {
                    Truth::Unknown
                },
                evidence: vec![order.reference.clone()],
                note: "none of the policy's indications applies to this order".into(),
                link_id: None,
            });
            if stated && chart_read {
                decision.outcome = fixed(other.outcome);
                decision
                    .reasons
                    .push(format!("{} ({})", other.reason, other.citation));
            } else {
                decision.outcome = Outcome::Conditional;
                decision
                    .reasons
                    .push("The indication for the pump is not documented.".into());
                decision.open_items.push(indication_item(policy));
            }
        }
    }
    for r in results {
        decision.findings.extend(r.findings);
    }
    decision.findings.extend(otherwise);
    // Which indication applies is itself open: ask it (the questionnaire's first item; the answer settles every
    // `appliesWhen` the chart left open).
    if decision.outcome == Outcome::Conditional && indication_open {
        let item = indication_item(policy);
        if !decision.open_items.contains(&item) {
            decision.open_items.insert(0, item);
        }
    }
    settle_gates(chart, &unsettled, &mut decision);
    decision
}

/// The questionnaire item that asks which indication the pump is for.
fn indication_item(policy: &CompiledPolicy) -> OpenItem {
    OpenItem {
        link_id: "indication".into(),
        text: format!(
            "Which indication of {} {} is the pump for?",
            policy.policy.payer.name, policy.policy.number
        ),
        criterion: "indication".into(),
    }
}

/// The newest answer naming the indication (`indication:{id}`).
fn chosen_indication(chart: &Chart) -> Option<&crate::policy::facts::AnswerFact> {
    chart
        .answers
        .known()?
        .iter()
        .rev()
        .find(|a| a.value && a.link_id.starts_with("indication:"))
}

/// A gate the chart could not settle may still apply: a decision other than the gate's own outcome becomes
/// conditional, and the gate's question (and any unanswered question inside its test) is asked.
fn settle_gates(chart: &Chart, unsettled: &[(&Gate, usize)], decision: &mut CoverageDecision) {
    for &(gate, finding) in unsettled {
        if fixed(gate.then.outcome) == decision.outcome {
            continue;
        }
        decision.outcome = Outcome::Conditional;
        let line = reason_line(&decision.findings[finding]);
        decision.reasons.insert(0, line);
        let mut leaves = Vec::new();
        if let Some(q) = &gate.question {
            leaves.push((q.link_id.clone(), q.text.clone()));
        }
        answer_leaves(&gate.test, &mut leaves);
        let answered = |link: &str| {
            chart
                .answers
                .known()
                .is_some_and(|a| a.iter().any(|a| a.link_id == link))
        };
        for (link_id, text) in leaves {
            let item = OpenItem {
                link_id: link_id.clone(),
                text,
                criterion: gate.id.to_string(),
            };
            if !answered(&link_id) && !decision.open_items.contains(&item) {
                decision.open_items.push(item);
            }
        }
    }
}

fn fixed(o: FixedOutcome) -> Outcome {
    match o {
        FixedOutcome::NotCovered => Outcome::NotCovered,
        FixedOutcome::NoDetermination => Outcome::NoDetermination,
        FixedOutcome::Covered => Outcome::Covered,
        FixedOutcome::Review => Outcome::Review,
    }
}

fn reason_line(f: &Finding) -> String {
    let verdict = match (f.kind, f.truth) {
        (FindingKind::Exclusion, Truth::Met) => "applies",
        (FindingKind::Exclusion, Truth::NotMet) => "does not apply",
        (_, Truth::Met) => "met",
        (_, Truth::NotMet) => "not met",
        (_, Truth::Unknown) => "not documented",
    };
    if f.note.is_empty() {
        format!("{} — {verdict} [{}].", f.text, f.citation)
    } else {
        format!("{} — {verdict}: {} [{}].", f.text, f.note, f.citation)
    }
}

#[cfg(test)]
mod tests {
    //! The open-world rules on a policy small enough to read: each test states one rule and would fail without it.
    use super::*;
    use crate::policy::facts::{AnswerFact, Availability, ConditionFact, DrugOrder, ProcedureFact};
    use crate::policy::model::compile_policy;
    use chrono::{TimeZone, Utc};
    use serde_json::json;

    fn policy(extra_gates: serde_json::Value) -> CompiledPolicy {
        let p = json!({
            "id": "t", "payer": { "id": "t", "name": "Test" }, "number": "1", "title": "t",
            "effective": { "start": "2020-01-01" },
            "source": { "document": "t.txt", "citation": "t" },
            "priorAuth": "auth-needed",
            "codes": { "citation": "t", "lists": [{ "system": "cpt", "include": ["62362"] }] },
            "valueSets": {
                "pain": { "title": "pain", "system": "icd-10-cm", "include": ["G89"], "citation": "t", "closure": "open" },
                "spasticity": { "title": "spasticity", "system": "icd-10-cm", "include": ["G80"], "citation": "t", "closure": "open" },
                "everything": { "title": "any", "system": "icd-10-cm", "include": ["A00-Z99"], "citation": "t",
                                "closure": "closed", "closedBy": "ICD-10-CM" },
                "analgesics": { "title": "an analgesic", "system": "rxnorm", "include": ["7052"], "citation": "t", "closure": "open" },
                "chemo": { "title": "chemotherapy", "system": "rxnorm", "include": ["4488"], "citation": "t", "closure": "open" },
                "approved": { "title": "an approved drug", "system": "rxnorm", "include": ["7052"], "citation": "t",
                              "closure": "closed", "closedBy": "the policy lists them all" },
                "trials": { "title": "trial", "system": "cpt", "include": ["62320-62327"], "citation": "t",
                            "closure": "closed", "closedBy": "t" },
                "implants": { "title": "implantation", "system": "cpt", "include": ["62362"], "citation": "t",
                              "closure": "closed", "closedBy": "t" },
                "removals": { "title": "removal", "system": "cpt", "include": ["62365"], "citation": "t",
                              "closure": "closed", "closedBy": "t" },
                "steroids": { "title": "a corticosteroid", "system": "rxnorm", "include": ["6902"], "citation": "t", "closure": "open" }
            },
            "gates": extra_gates,
            "indications": [{
                "id": "pain", "title": "pain", "citation": "t",
                "appliesWhen": { "any": [
                    { "diagnosis": { "valueSet": "pain", "ifAbsent": "not-met" } },
                    { "orderedDrug": { "valueSet": "analgesics", "ifAbsent": "not-met" } } ] },
                "criteria": [
                    { "id": "drug", "text": "approved drug", "citation": "t",
                      "test": { "orderedDrug": { "valueSet": "approved" } },
                      "question": { "linkId": "drug", "text": "approved?" } },
                    { "id": "trial", "text": "trial", "citation": "t",
                      "test": { "any": [
                          { "trialPainReduction": { "trialProcedures": "trials", "substances": "analgesics",
                                                    "minReductionPercent": 50, "windowHours": 72 } },
                          { "review": { "linkId": "waiver", "text": "waive the trial?" } } ] },
                      "question": { "linkId": "trial", "text": "trial?" } }
                ]
            }],
            "otherwise": { "outcome": "not-covered", "reason": "other uses", "citation": "t" }
        });
        compile_policy("t.json", &p.to_string()).unwrap_or_else(|e| panic!("{e:?}"))
    }

    fn chart(conditions: &[&str]) -> Chart {
        let mut c = Chart::empty();
        c.conditions = Availability::Known(
            conditions
                .iter()
                .enumerate()
                .map(|(i, code)| ConditionFact {
                    reference: format!("Condition/{i}"),
                    codes: vec![Code::new(CodeSystem::Icd10Cm, code)],
                    active: true,
                })
                .collect(),
        );
        c.procedures = Availability::Known(vec![]);
        c.observations = Availability::Known(vec![]);
        c.answers = Availability::Known(vec![]);
        c.birth_date = Availability::Known(None);
        c
    }

    fn order(drug: Option<&str>) -> OrderFacts {
        OrderFacts {
            reference: "ServiceRequest/1".into(),
            codes: vec![Code::new(CodeSystem::Cpt, "62362")],
            reason_codes: vec![],
            reason_references: vec![],
            unresolved_reasons: vec![],
            drug: drug.map(|d| DrugOrder {
                reference: "MedicationRequest/1".into(),
                codes: vec![Code::new(CodeSystem::Rxnorm, d)],
                route: Some(Route::Intrathecal),
            }),
            drug_unknown: None,
            date: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        }
    }

    fn truth(d: &CoverageDecision, id: &str) -> Truth {
        d.findings.iter().find(|f| f.id == id).unwrap().truth
    }

    #[test]
    fn a_disjoint_list_recognises_a_code_as_something_else() {
        let p = policy(json!([]));
        assert!(p.disjoint["pain"].contains(&"spasticity".to_string()));
        // "everything" contains pain codes: it overlaps, so it recognises nothing as "not pain".
        assert!(!p.disjoint["pain"].contains(&"everything".to_string()));
    }

    #[test]
    fn an_unlisted_code_on_an_open_list_is_asked_and_a_recognised_one_is_not_met() {
        let p = policy(json!([]));
        // M54.5 low back pain: on no list → the pain indication is unknown, the decision asks, never denies.
        let d = evaluate(&p, &chart(&["M54.5"]), &order(None));
        assert_eq!(truth(&d, "pain"), Truth::Unknown);
        assert_eq!(d.outcome, Outcome::Conditional);
        // G80.1 spastic cerebral palsy: recognised as spasticity → not pain → the policy's "otherwise".
        let mut o = order(None);
        o.reason_codes = vec![Code::new(CodeSystem::Icd10Cm, "G80.1")];
        let d = evaluate(&p, &chart(&["G80.1"]), &o);
        assert_eq!(truth(&d, "pain"), Truth::NotMet);
        assert_eq!(d.outcome, Outcome::NotCovered);
    }

    #[test]
    fn the_clinicians_choice_of_indication_settles_what_the_chart_leaves_open() {
        let p = policy(json!([]));
        let d = evaluate(&p, &chart(&["M54.5"]), &order(Some("7052")));
        assert_eq!(
            truth(&d, "pain"),
            Truth::Met,
            "the analgesic settles it already"
        );
        let d = evaluate(&p, &chart(&["M54.5"]), &order(None));
        assert!(
            d.open_items.iter().any(|i| i.link_id == "indication"),
            "{:?}",
            d.open_items
        );
        let mut c = chart(&["M54.5"]);
        c.answers = Availability::Known(vec![AnswerFact {
            reference: "QuestionnaireResponse/1".into(),
            link_id: "indication:pain".into(),
            value: true,
        }]);
        let d = evaluate(&p, &c, &order(None));
        assert_eq!(truth(&d, "pain"), Truth::Met);
        assert!(!d.open_items.iter().any(|i| i.link_id == "indication"));
    }

    #[test]
    fn an_unlisted_drug_is_asked_on_an_open_list_and_not_met_on_a_closed_one() {
        let p = policy(json!([]));
        // Hydromorphone (3423): not on the open analgesic list, on no other list → pain unknown. The closed
        // "approved" list then fails it; that is a denial only because this policy denies every other use too.
        let d = evaluate(&p, &chart(&[]), &order(Some("3423")));
        assert_eq!(truth(&d, "pain"), Truth::Unknown);
        assert_eq!(d.outcome, Outcome::NotCovered);
        let mut elsewhere = p.clone();
        elsewhere.policy.otherwise.outcome = FixedOutcome::NoDetermination;
        let d = evaluate(&elsewhere, &chart(&[]), &order(Some("3423")));
        assert_eq!(d.outcome, Outcome::Conditional);
        // Floxuridine (4488) is recognised as chemotherapy: not an analgesic.
        let d = evaluate(&p, &chart(&[]), &order(Some("4488")));
        assert_eq!(truth(&d, "pain"), Truth::NotMet);
        // The closed "approved" list: an off-list drug is not met.
        let d = evaluate(&p, &chart(&["G89.4"]), &order(Some("3423")));
        assert_eq!(truth(&d, "drug"), Truth::NotMet);
        assert_eq!(d.outcome, Outcome::NotCovered);
    }

    #[test]
    fn a_closed_list_judges_only_codes_of_its_own_system() {
        let p = policy(
            json!([{ "id": "stated", "text": "the order states no reason", "citation": "t",
            "test": { "not": { "orderReason": { "valueSet": "everything", "ifAbsent": "not-met" } } },
            "then": { "outcome": "no-determination", "reason": "r" } }]),
        );
        let mut o = order(Some("7052"));
        o.reason_codes = vec![Code::new(CodeSystem::Snomed, "82423001")];
        let d = evaluate(&p, &chart(&["G89.4"]), &o);
        // A SNOMED CT reason is a reason: "states no ICD-10 reason" is unknown, not met.
        assert_eq!(truth(&d, "stated"), Truth::Unknown);
    }

    #[test]
    fn a_drug_that_cannot_be_tied_or_read_is_unknown_never_absent() {
        let p = policy(json!([]));
        let mut o = order(None);
        o.drug_unknown = Some("Medication/x could not be read".into());
        let d = evaluate(&p, &chart(&["G89.4"]), &o);
        assert_eq!(truth(&d, "drug"), Truth::Unknown);
        assert!(d
            .reasons
            .iter()
            .any(|r| r.contains("Medication/x could not be read")));
        assert_eq!(d.outcome, Outcome::Conditional);
    }

    #[test]
    fn an_unreadable_reason_is_unknown_and_keeps_otherwise_from_applying() {
        let p = policy(json!([]));
        let mut o = order(None);
        o.reason_references = vec!["Condition/gone".into()];
        o.unresolved_reasons = vec!["Condition/gone: it is not in the prefetch".into()];
        let d = evaluate(&p, &chart(&["G80.1"]), &o);
        assert_eq!(truth(&d, "pain"), Truth::Unknown);
        assert_eq!(d.outcome, Outcome::Conditional);
    }

    fn trial_chart(substance: Option<&str>) -> Chart {
        let mut c = chart(&["G89.4"]);
        let at = Utc.with_ymd_and_hms(2026, 9, 1, 10, 0, 0).unwrap();
        c.procedures = Availability::Known(vec![ProcedureFact {
            reference: "Procedure/t".into(),
            codes: vec![Code::new(CodeSystem::Cpt, "62323")],
            completed: true,
            performed: Some(at),
            route: None,
            substances: substance
                .map(|s| Code::new(CodeSystem::Rxnorm, s))
                .into_iter()
                .collect(),
        }]);
        let score = |h: i64, v: f64| crate::policy::facts::ObservationFact {
            reference: format!("Observation/{h}"),
            codes: vec![Code::new(CodeSystem::Loinc, PAIN_SCORE_LOINC)],
            effective: Some(at + Duration::hours(h)),
            value: Some(v),
        };
        c.observations = Availability::Known(vec![score(-1, 8.0), score(6, 3.0)]);
        c
    }

    #[test]
    fn a_trial_counts_only_for_what_the_policy_calls_a_trial() {
        let p = policy(json!([]));
        let o = order(Some("7052"));
        assert_eq!(
            evaluate(&p, &trial_chart(Some("7052")), &o).outcome,
            Outcome::Covered
        );
        // Nothing says what was injected: asked.
        let d = evaluate(&p, &trial_chart(None), &o);
        assert_eq!(truth(&d, "trial"), Truth::Unknown);
        assert!(d
            .reasons
            .iter()
            .any(|r| r.contains("does not say what was injected")));
        // A corticosteroid (recognised by a disjoint list) is no analgesic trial: still asked, never met.
        let d = evaluate(&p, &trial_chart(Some("6902")), &o);
        assert_eq!(truth(&d, "trial"), Truth::Unknown);
        assert_eq!(d.outcome, Outcome::Conditional);
    }

    #[test]
    fn a_review_answered_yes_goes_to_the_plan() {
        let p = policy(json!([]));
        let mut c = chart(&["G89.4"]);
        c.answers = Availability::Known(vec![AnswerFact {
            reference: "QuestionnaireResponse/1".into(),
            link_id: "waiver".into(),
            value: true,
        }]);
        let d = evaluate(&p, &c, &order(Some("7052")));
        assert_eq!(d.outcome, Outcome::Review);
        assert!(d.reasons.iter().any(|r| r.contains("waive the trial?")));
    }

    #[test]
    fn an_unsettled_gate_keeps_the_decision_from_contradicting_it_and_asks() {
        let gate = json!([{ "id": "adult", "text": "adult off the fee schedule", "citation": "t",
            "test": { "age": { "atLeast": 21 } },
            "then": { "outcome": "not-covered", "reason": "not on the fee schedule" },
            "question": { "linkId": "adult", "text": "Is the member 21 or older?" } }]);
        let p = policy(gate);
        let c = trial_chart(Some("7052")); // would be covered; birth date not recorded
        let d = evaluate(&p, &c, &order(Some("7052")));
        assert_eq!(d.outcome, Outcome::Conditional);
        assert!(d.open_items.iter().any(|i| i.link_id == "adult"));
        let mut answered = c.clone();
        answered.answers = Availability::Known(vec![AnswerFact {
            reference: "QuestionnaireResponse/1".into(),
            link_id: "adult".into(),
            value: false,
        }]);
        assert_eq!(
            evaluate(&p, &answered, &order(Some("7052"))).outcome,
            Outcome::Covered
        );
    }

    #[test]
    fn a_pump_already_in_place_is_read_from_the_procedures() {
        let p = policy(
            json!([{ "id": "replacement", "text": "replacement", "citation": "t",
            "test": { "implantInPlace": { "implantations": "implants", "removals": "removals" } },
            "then": { "outcome": "review", "reason": "replacement" } }]),
        );
        let at = |d: u32| Some(Utc.with_ymd_and_hms(2024, 1, d, 0, 0, 0).unwrap());
        let proc_ = |code: &str, d: u32| ProcedureFact {
            reference: format!("Procedure/{code}"),
            codes: vec![Code::new(CodeSystem::Cpt, code)],
            completed: true,
            performed: at(d),
            route: None,
            substances: vec![],
        };
        let mut c = chart(&["G89.4"]);
        c.procedures = Availability::Known(vec![proc_("62362", 1)]);
        assert_eq!(
            evaluate(&p, &c, &order(Some("7052"))).outcome,
            Outcome::Review
        );
        c.procedures = Availability::Known(vec![proc_("62362", 1), proc_("62365", 2)]);
        assert_ne!(
            evaluate(&p, &c, &order(Some("7052"))).outcome,
            Outcome::Review
        );
    }

    #[test]
    fn a_plan_named_in_words_matches_whole_words_only() {
        assert!(names_words("FEP Blue Standard", "FEP"));
        assert!(names_words(
            "Blue Cross Federal Employee Program",
            "federal employee program"
        ));
        assert!(!names_words("FEPX", "FEP"));
        assert!(!names_words("", "FEP"));
    }
}
