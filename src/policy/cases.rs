//! Decision cases beside each policy file (`fhir-resources/policies/cases/{policy id}.json`): small charts and
//! orders with the outcome and criterion truths the policy's text requires. Run by the unit tests and by
//! `crd-server policy check`, so payer staff can check a policy edit without Rust.
//!
//! Owns: the case file format, turning a case into (Chart, OrderFacts), and comparing a decision with it. Reading
//! the files is `crate::policy_files`.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;

use super::codes::{Code, CodeSystem};
use super::eval::{evaluate, Outcome, Truth};
use super::facts::{
    AllergyFact, AnswerFact, Availability, Chart, ConditionFact, DrugOrder, MedicationFact,
    ObservationFact, OrderFacts, ProcedureFact, Route,
};
use super::PolicySet;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseFile {
    pub policy: String,
    pub cases: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Case {
    pub name: String,
    pub order: CaseOrder,
    #[serde(default)]
    pub chart: CaseChart,
    pub expect: Expect,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct CaseOrder {
    /// `system|code`, e.g. `cpt|62362`.
    pub code: String,
    #[serde(default)]
    pub reasons: Vec<String>,
    #[serde(default)]
    pub drug: Option<CaseDrug>,
    /// A drug was ordered that cannot be tied to the pump or read (the words say why): drug tests are unknown.
    #[serde(default)]
    pub drug_unknown: Option<String>,
    /// Reasons the order names that could not be read (e.g. `Condition/gone`).
    #[serde(default)]
    pub unresolved_reasons: Vec<String>,
    #[serde(default = "default_date")]
    pub date: NaiveDate,
}

fn default_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).expect("valid date")
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct CaseDrug {
    pub code: String,
    #[serde(default)]
    pub route: Option<Route>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct CaseChart {
    #[serde(default)]
    pub birth_date: Option<NaiveDate>,
    #[serde(default)]
    pub conditions: Vec<String>,
    /// Conditions that are no longer active.
    #[serde(default)]
    pub inactive_conditions: Vec<String>,
    #[serde(default)]
    pub procedures: Vec<CaseProcedure>,
    #[serde(default)]
    pub pain_scores: Vec<CaseScore>,
    #[serde(default)]
    pub medications: Vec<String>,
    #[serde(default)]
    pub allergies: Vec<String>,
    #[serde(default)]
    pub answers: BTreeMap<String, bool>,
    #[serde(default)]
    pub coverage_classes: Vec<(String, String)>,
    /// Categories the EHR did not provide (`conditions`, `procedures`, ...).
    #[serde(default)]
    pub not_provided: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct CaseProcedure {
    pub code: String,
    pub performed: DateTime<Utc>,
    #[serde(default)]
    pub route: Option<Route>,
    /// What the chart says was injected (`system|code`); absent when it does not say.
    #[serde(default)]
    pub substance: Option<String>,
    /// Not completed (e.g. `in-progress`); completed by default.
    #[serde(default)]
    pub not_completed: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct CaseScore {
    pub at: DateTime<Utc>,
    pub value: f64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Expect {
    pub outcome: Outcome,
    /// Criterion id → expected truth. Every criterion named must be in the decision's trace.
    #[serde(default)]
    pub criteria: BTreeMap<String, Truth>,
    /// linkIds the questionnaire must ask (exactly these, for conditional outcomes).
    #[serde(default)]
    pub open: Option<Vec<String>>,
    /// Text every reason list must contain somewhere (case-insensitive), e.g. a citation.
    #[serde(default)]
    pub reason_contains: Option<String>,
}

fn code(text: &str) -> Result<Code, String> {
    let (system, value) = text
        .split_once('|')
        .ok_or_else(|| format!("code '{text}' must be written system|code"))?;
    let system: CodeSystem = serde_json::from_value(serde_json::Value::String(system.into()))
        .map_err(|_| format!("unknown system '{system}'"))?;
    Ok(Code::new(system, value))
}

fn codes(list: &[String]) -> Result<Vec<Code>, String> {
    list.iter().map(|c| code(c)).collect()
}

impl Case {
    pub fn build(&self) -> Result<(Chart, OrderFacts), String> {
        let c = &self.chart;
        let np = |name: &str| c.not_provided.iter().any(|n| n == name);
        fn avail<T>(missing: bool, value: T) -> Availability<T> {
            if missing {
                Availability::NotProvided
            } else {
                Availability::Known(value)
            }
        }
        let mut conditions = Vec::new();
        for (i, text) in c.conditions.iter().enumerate() {
            conditions.push(ConditionFact {
                reference: format!("Condition/c{i}"),
                codes: vec![code(text)?],
                active: true,
            });
        }
        for (i, text) in c.inactive_conditions.iter().enumerate() {
            conditions.push(ConditionFact {
                reference: format!("Condition/i{i}"),
                codes: vec![code(text)?],
                active: false,
            });
        }
        let procedures = c
            .procedures
            .iter()
            .enumerate()
            .map(|(i, p)| {
                Ok(ProcedureFact {
                    reference: format!("Procedure/p{i}"),
                    codes: vec![code(&p.code)?],
                    completed: !p.not_completed,
                    performed: Some(p.performed),
                    route: p.route,
                    substances: p
                        .substance
                        .as_deref()
                        .map(code)
                        .transpose()?
                        .into_iter()
                        .collect(),
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        let loinc = Code::new(CodeSystem::Loinc, "72514-3");
        let observations = c
            .pain_scores
            .iter()
            .enumerate()
            .map(|(i, s)| ObservationFact {
                reference: format!("Observation/o{i}"),
                codes: vec![loinc.clone()],
                effective: Some(s.at),
                value: Some(s.value),
            })
            .collect();
        let medications = c
            .medications
            .iter()
            .enumerate()
            .map(|(i, m)| {
                Ok(MedicationFact {
                    reference: format!("MedicationStatement/m{i}"),
                    codes: vec![code(m)?],
                    route: None,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        let allergies = c
            .allergies
            .iter()
            .enumerate()
            .map(|(i, a)| {
                Ok(AllergyFact {
                    reference: format!("AllergyIntolerance/a{i}"),
                    codes: vec![code(a)?],
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        let answers = c
            .answers
            .iter()
            .map(|(link_id, value)| AnswerFact {
                reference: "QuestionnaireResponse/q".into(),
                link_id: link_id.clone(),
                value: *value,
            })
            .collect();
        let chart = Chart {
            birth_date: avail(np("patient"), c.birth_date),
            conditions: avail(np("conditions"), conditions),
            procedures: avail(np("procedures"), procedures),
            observations: avail(np("observations"), observations),
            medications: avail(np("medications"), medications),
            allergies: avail(np("allergies"), allergies),
            answers: avail(np("questionnaireResponses"), answers),
            coverage_classes: c.coverage_classes.clone(),
        };
        let o = &self.order;
        let order = OrderFacts {
            reference: "ServiceRequest/order".into(),
            codes: vec![code(&o.code)?],
            reason_codes: codes(&o.reasons)?,
            reason_references: o.unresolved_reasons.clone(),
            unresolved_reasons: o.unresolved_reasons.clone(),
            drug: match &o.drug {
                Some(d) => Some(DrugOrder {
                    reference: "MedicationRequest/drug".into(),
                    codes: vec![code(&d.code)?],
                    route: d.route,
                }),
                None => None,
            },
            drug_unknown: o.drug_unknown.clone(),
            date: o.date,
        };
        Ok((chart, order))
    }
}

/// The result of running one case file.
#[derive(Debug, Default)]
pub struct CaseReport {
    pub passed: usize,
    pub failures: Vec<String>,
    /// (criterion id, truth) pairs that some case asserted.
    pub covered: Vec<(String, Truth)>,
}

/// Runs every case of `file` against the loaded policies.
pub fn run_case_file(set: &PolicySet, file: &CaseFile) -> CaseReport {
    let mut report = CaseReport::default();
    let Some(policy) = set.get(&file.policy) else {
        report
            .failures
            .push(format!("policy '{}' is not loaded", file.policy));
        return report;
    };
    for case in &file.cases {
        let fail = |m: String| format!("{} / {}: {m}", file.policy, case.name);
        let (chart, order) = match case.build() {
            Ok(x) => x,
            Err(e) => {
                report.failures.push(fail(e));
                continue;
            }
        };
        if !order.codes.iter().any(|c| policy.covers_code(c)) {
            report.failures.push(fail(format!(
                "the policy does not list the order code {}",
                case.order.code
            )));
            continue;
        }
        let decision = evaluate(policy, &chart, &order);
        let mut problems = Vec::new();
        if decision.outcome != case.expect.outcome {
            problems.push(format!(
                "outcome {:?}, expected {:?} (reasons: {:?})",
                decision.outcome, case.expect.outcome, decision.reasons
            ));
        }
        for (id, truth) in &case.expect.criteria {
            match decision.findings.iter().find(|f| &f.id == id) {
                Some(f) if f.truth == *truth => report.covered.push((id.clone(), *truth)),
                Some(f) => problems.push(format!(
                    "criterion '{id}' is {:?}, expected {truth:?} ({})",
                    f.truth, f.note
                )),
                None => problems.push(format!("criterion '{id}' is not in the decision trace")),
            }
        }
        if let Some(open) = &case.expect.open {
            let mut got: Vec<&str> = decision
                .open_items
                .iter()
                .map(|i| i.link_id.as_str())
                .collect();
            let mut want: Vec<&str> = open.iter().map(String::as_str).collect();
            got.sort();
            want.sort();
            if got != want {
                problems.push(format!("questionnaire asks {got:?}, expected {want:?}"));
            }
        }
        if let Some(text) = &case.expect.reason_contains {
            let all = decision.reasons.join(" ").to_lowercase();
            if !all.contains(&text.to_lowercase()) {
                problems.push(format!(
                    "reasons {:?} do not mention '{text}'",
                    decision.reasons
                ));
            }
        }
        if problems.is_empty() {
            report.passed += 1;
        } else {
            report.failures.push(fail(problems.join("; ")));
        }
    }
    report
}

/// Criteria (and exclusions) of `policy` that no passing case shows met, not met, or unknown.
pub fn untested(policy: &super::CompiledPolicy, report: &CaseReport) -> Vec<String> {
    let mut missing = Vec::new();
    for criterion in policy.criteria() {
        for truth in [Truth::Met, Truth::NotMet, Truth::Unknown] {
            if !report
                .covered
                .iter()
                .any(|(id, t)| criterion.id == *id && *t == truth)
            {
                missing.push(format!(
                    "{} / {}: no passing case where it is {truth:?}",
                    policy.policy.id, criterion.id
                ));
            }
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::eval::FindingKind;

    fn policy_dir() -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fhir-resources/policies")
    }

    #[test]
    fn every_case_of_every_policy_passes() {
        let set = crate::policy_files::load_policies(&policy_dir()).expect("policies load");
        let files = crate::policy_files::load_case_files(&policy_dir()).expect("case files load");
        assert!(!files.is_empty(), "no case files");
        let mut failures = Vec::new();
        let mut passed = 0;
        for (_, file) in &files {
            let report = run_case_file(&set, file);
            passed += report.passed;
            failures.extend(report.failures);
        }
        assert!(
            failures.is_empty(),
            "{} failing cases:\n{}",
            failures.len(),
            failures.join("\n")
        );
        assert!(passed > 0);
    }

    /// Every criterion and exclusion of every policy has a case for each of met, not met and unknown, and
    /// every policy has a case file.
    #[test]
    fn every_criterion_is_tested_in_all_three_truths() {
        let set = crate::policy_files::load_policies(&policy_dir()).expect("policies load");
        let files = crate::policy_files::load_case_files(&policy_dir()).expect("case files load");
        let mut missing = Vec::new();
        for policy in set.all() {
            let Some((_, file)) = files.iter().find(|(_, f)| f.policy == policy.policy.id) else {
                missing.push(format!("{}: no case file", policy.policy.id));
                continue;
            };
            let report = run_case_file(&set, file);
            missing.extend(untested(policy, &report));
        }
        assert!(
            missing.is_empty(),
            "untested criteria:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn indications_appear_in_the_trace() {
        let set = crate::policy_files::load_policies(&policy_dir()).expect("policies load");
        for policy in set.all() {
            let (chart, order) = Case {
                name: "probe".into(),
                order: CaseOrder {
                    code: "cpt|62362".into(),
                    reasons: vec![],
                    drug: None,
                    drug_unknown: None,
                    unresolved_reasons: vec![],
                    date: default_date(),
                },
                chart: CaseChart::default(),
                expect: Expect {
                    outcome: Outcome::Conditional,
                    criteria: BTreeMap::new(),
                    open: None,
                    reason_contains: None,
                },
            }
            .build()
            .unwrap();
            let d = evaluate(policy, &chart, &order);
            let n = d
                .findings
                .iter()
                .filter(|f| f.kind == FindingKind::Indication)
                .count();
            assert_eq!(n, policy.policy.indications.len(), "{}", policy.policy.id);
        }
    }
}
