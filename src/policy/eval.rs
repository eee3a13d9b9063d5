//! The policy evaluator: `evaluate(policy, chart, order) -> CoverageDecision`, three-valued and explained.
//!
//! Owns: how tests over the chart become met / not met / unknown, how criteria combine into an outcome per
//! indication, and the reasons trace. Pure: no I/O, no clock (the order date is passed in).

use std::collections::BTreeSet;

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::codes::{Code, CodeList, CodeSystem};
use super::facts::{Availability, Category, Chart, OrderFacts, Route};
use super::model::{CompiledPolicy, Criterion, FixedOutcome, IfAbsent, Test};

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
    pub id: String,
    pub kind: FindingKind,
    pub text: String,
    pub citation: String,
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
            } => {
                let vs = self.policy.value_set(value_set);
                let title = self.vs_title(value_set);
                match &self.order.drug {
                    None => Self::absent(*if_absent, "a drug ordered with the pump"),
                    Some(d) if d.codes.iter().any(|c| vs.contains(c)) => TestResult::new(
                        Truth::Met,
                        vec![d.reference.clone()],
                        format!("the ordered drug is {title}"),
                    ),
                    Some(d) => TestResult::new(
                        Truth::NotMet,
                        vec![d.reference.clone()],
                        format!("the ordered drug is not {title}"),
                    ),
                }
            }
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
                min_reduction_percent,
                inclusive,
                window_hours,
            } => self.trial(
                trial_procedures,
                *min_reduction_percent,
                *inclusive,
                *window_hours,
            ),
            Test::PlannedRoute { routes, if_absent } => match self.planned_route() {
                None => Self::absent(*if_absent, "the route the pump will deliver by"),
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
            Test::CoverageClass { class_type, value } => {
                let hit = self.chart.coverage_classes.iter().any(|(t, v)| {
                    t.eq_ignore_ascii_case(class_type) && v.eq_ignore_ascii_case(value)
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
            Test::Answer { link_id, .. } => {
                let answer = self
                    .chart
                    .answers
                    .known()
                    .and_then(|answers| answers.iter().rev().find(|a| &a.link_id == link_id));
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
            Test::OrderReason {
                value_set,
                if_absent,
            } => {
                let vs = self.policy.value_set(value_set);
                let title = self.vs_title(value_set);
                let mut stated: Vec<(&Code, String)> = self
                    .order
                    .reason_codes
                    .iter()
                    .map(|c| (c, self.order.reference.clone()))
                    .collect();
                if !self.order.reason_references.is_empty() {
                    if let Some(conds) = self.read(Category::Conditions, &self.chart.conditions) {
                        for c in conds
                            .iter()
                            .filter(|c| self.order.reason_references.contains(&c.reference))
                        {
                            stated.extend(c.codes.iter().map(|code| (code, c.reference.clone())));
                        }
                    }
                }
                let hits = refs(
                    stated
                        .iter()
                        .filter(|(c, _)| vs.contains(c))
                        .map(|(_, r)| r),
                );
                if !hits.is_empty() {
                    TestResult::new(Truth::Met, hits, format!("the order's reason is {title}"))
                } else if stated.is_empty() {
                    Self::absent(*if_absent, "a reason on the order")
                } else {
                    TestResult::new(
                        Truth::NotMet,
                        vec![],
                        format!("the order's reason is not {title}"),
                    )
                }
            }
            Test::Attested {} => {
                TestResult::new(Truth::Unknown, vec![], "only the clinician can attest this")
            }
        }
    }

    /// "Does the chart show something coded in the value set" over one category of evidence.
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
        let hits = refs(
            items
                .iter()
                .filter_map(item)
                .filter(|(codes, _)| codes.iter().any(|c| vs.contains(c)))
                .map(|(_, r)| r),
        );
        if hits.is_empty() {
            Self::absent(if_absent, &absent)
        } else {
            TestResult::new(Truth::Met, hits, present)
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

    fn vs_title(&self, name: &str) -> String {
        self.policy
            .policy
            .value_sets
            .get(name)
            .map(|v| v.title.clone())
            .unwrap_or_else(|| name.to_string())
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
        if hits.is_empty() {
            Self::absent(if_absent, &format!("an active diagnosis of {title}"))
        } else {
            TestResult::new(
                Truth::Met,
                hits,
                format!("diagnosis of {title} is on the chart"),
            )
        }
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
        for trial in same_route {
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
            if ok {
                return TestResult::new(Truth::Met, evidence, note);
            }
            failed.get_or_insert(TestResult::new(Truth::NotMet, evidence, note));
        }
        failed.unwrap_or_else(|| {
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

    for gate in &policy.policy.gates {
        let mut ctx = Ctx {
            policy,
            chart,
            order,
            not_provided: BTreeSet::new(),
            failed: BTreeSet::new(),
        };
        let r = ctx.test(&gate.test);
        decision.findings.push(Finding {
            id: gate.id.clone(),
            kind: FindingKind::Gate,
            text: gate.text.clone(),
            citation: gate.citation.clone(),
            truth: r.truth,
            evidence: r.evidence,
            note: r.note,
            link_id: None,
        });
        if r.truth == Truth::Met {
            decision.outcome = fixed(gate.then.outcome);
            decision
                .reasons
                .push(format!("{} ({})", gate.then.reason, gate.citation));
            return decision;
        }
    }

    let results: Vec<IndicationResult> = policy
        .policy
        .indications
        .iter()
        .map(|ind| {
            let mut ctx = Ctx {
                policy,
                chart,
                order,
                not_provided: BTreeSet::new(),
                failed: BTreeSet::new(),
            };
            let applies = ctx.test(&ind.applies_when);
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
                    title: ind.title.clone(),
                    findings,
                    not_provided: ctx.not_provided,
                    failed: ctx.failed,
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
            let outcome = if excl.iter().any(|f| f.truth == Truth::Met)
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
            findings.extend(reqs);
            findings.extend(excl);
            IndicationResult {
                outcome: Some(outcome),
                title: ind.title.clone(),
                findings,
                not_provided: ctx.not_provided,
                failed: ctx.failed,
            }
        })
        .collect();

    let pick = [Outcome::Covered, Outcome::Conditional, Outcome::NotCovered]
        .into_iter()
        .find(|o| results.iter().any(|r| r.outcome == Some(*o)));

    for r in &results {
        decision.findings.extend(r.findings.iter().cloned());
    }
    match pick {
        Some(outcome) => {
            decision.outcome = outcome;
            let decisive: Vec<&IndicationResult> = results
                .iter()
                .filter(|r| r.outcome == Some(outcome))
                .collect();
            decision.indication = decisive.first().map(|r| r.title.clone());
            for r in &decisive {
                decision.not_provided.extend(r.not_provided.iter().copied());
                decision.failed.extend(r.failed.iter().copied());
                for f in r.findings.iter().skip(1) {
                    let relevant = match outcome {
                        Outcome::Covered => true,
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
                                text: f.text.clone(),
                                criterion: f.id.clone(),
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
            let chart_read = decision.not_provided.is_empty() && decision.failed.is_empty();
            let other = &policy.policy.otherwise;
            decision.findings.push(Finding {
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
                decision.open_items.push(OpenItem {
                    link_id: "indication".into(),
                    text: format!(
                        "Which indication of {} {} is the pump for?",
                        policy.policy.payer.name, policy.policy.number
                    ),
                    criterion: "indication".into(),
                });
            }
        }
    }
    decision
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
