//! FHIRPath population expressions (SDC `initialExpression`) compiled from a policy's tests, so that a DTR
//! client can prefill a criterion's answer from the EHR the same way the rules engine reads the chart.
//!
//! Owns: the Questionnaire's launch context and `x-fhir-query` variables, and the translation of the tests a
//! client can evaluate (diagnosis, procedure, medication history, intolerance, age) into FHIRPath.
//! Pure. Why by hand: no crate writes FHIRPath, and the translation is a small recursive walk.
//!
//! Three-valued logic carries over exactly: FHIRPath's `and`/`or`/`not()` treat the empty collection as
//! unknown (Kleene), so a leaf yields `true` when the chart shows the fact, `false` only where the policy says
//! the chart is the record (`ifAbsent: notMet`), and empty (no answer: the clinician is asked) otherwise.
//! Tests the client cannot see (the draft order, the coverage, trials, attestations) compile to empty.

use serde_json::{json, Value};

use crate::policy::codes::{CodeEntry, CodeList, CodeSystem};
use crate::policy::model::{CompiledPolicy, IfAbsent, Test};

/// The x-fhir-query variables the expressions read, as (name, query, description).
pub const VARIABLES: &[(&str, &str, &str)] = &[
    (
        "conditions",
        "Condition?patient={{%patient.id}}",
        "The patient's conditions",
    ),
    (
        "procedures",
        "Procedure?patient={{%patient.id}}",
        "The patient's procedures",
    ),
    (
        "medicationStatements",
        "MedicationStatement?patient={{%patient.id}}",
        "Medications the patient takes or took",
    ),
    (
        "medicationRequests",
        "MedicationRequest?patient={{%patient.id}}",
        "Medications prescribed to the patient",
    ),
    (
        "allergies",
        "AllergyIntolerance?patient={{%patient.id}}",
        "The patient's allergies and intolerances",
    ),
];

const SDC: &str = "http://hl7.org/fhir/uv/sdc/StructureDefinition";

/// The Questionnaire-level extensions the expressions need: the `patient` launch context and the variables.
pub fn questionnaire_extensions() -> Vec<Value> {
    let mut out = vec![json!({
        "url": format!("{SDC}/sdc-questionnaire-launchContext"),
        "extension": [
            { "url": "name", "valueCoding": {
                "system": "http://hl7.org/fhir/uv/sdc/CodeSystem/launchContext", "code": "patient" } },
            { "url": "type", "valueCode": "Patient" },
            { "url": "description", "valueString": "The patient the order is for" },
        ],
    })];
    out.extend(VARIABLES.iter().map(|(name, query, description)| {
        json!({
            "url": "http://hl7.org/fhir/StructureDefinition/variable",
            "valueExpression": {
                "name": name, "language": "application/x-fhir-query",
                "expression": query, "description": description,
            },
        })
    }));
    out
}

/// The `initialExpression` extension for a test, or `None` when nothing in it is visible to a client.
pub fn initial_expression(policy: &CompiledPolicy, test: &Test) -> Option<Value> {
    let expression = compile(policy, test)?;
    Some(json!({
        "url": format!("{SDC}/sdc-questionnaire-initialExpression"),
        "valueExpression": { "language": "text/fhirpath", "expression": expression },
    }))
}

/// FHIRPath yielding true / false / empty for the test, or `None` when it would always be empty.
pub fn compile(policy: &CompiledPolicy, test: &Test) -> Option<String> {
    compile_expr(policy, test).map(|e| e.text)
}

/// An expression and which truths it can yield (it can always yield empty).
struct Expr {
    text: String,
    may_true: bool,
    may_false: bool,
}

impl Expr {
    fn new(text: String, may_true: bool, may_false: bool) -> Option<Expr> {
        (may_true || may_false).then_some(Expr {
            text,
            may_true,
            may_false,
        })
    }
}

fn compile_expr(policy: &CompiledPolicy, test: &Test) -> Option<Expr> {
    let coded = |vs: &str, path: &str| coded_in(policy.value_set(vs), path);
    // Silence settles "not met" only on a closed list: on an open one the engine may still find the chart's
    // items unclassified (unknown), which a client-side query cannot tell, so it leaves the answer open.
    let absent = |vs: &str, if_absent: &IfAbsent| {
        if policy.is_closed(vs) {
            *if_absent
        } else {
            IfAbsent::Unknown
        }
    };
    match test {
        Test::All(ts) => combine(policy, ts, true),
        Test::Any(ts) => combine(policy, ts, false),
        Test::Not(t) => {
            let e = compile_expr(policy, t)?;
            Expr::new(format!("({}).not()", e.text), e.may_false, e.may_true)
        }
        Test::Diagnosis {
            value_set,
            if_absent,
        } => {
            let active = "(clinicalStatus.exists().not() or clinicalStatus.coding.where(code = 'active' or code = 'recurrence' or code = 'relapse').exists()) and verificationStatus.coding.where(code = 'refuted' or code = 'entered-in-error').exists().not()";
            leaf(
                &format!(
                    "%conditions.entry.resource.where(({active}) and ({}))",
                    coded(value_set, "code")
                ),
                absent(value_set, if_absent),
            )
        }
        Test::Procedure {
            value_set,
            if_absent,
        } => leaf(
            &format!(
                "%procedures.entry.resource.where(status = 'completed' and ({}))",
                coded(value_set, "code")
            ),
            absent(value_set, if_absent),
        ),
        Test::MedicationHistory {
            value_set,
            if_absent,
        } => leaf(
            &format!(
                "(%medicationStatements.entry.resource | %medicationRequests.entry.resource).where({})",
                coded(value_set, "medication.ofType(CodeableConcept)")
            ),
            absent(value_set, if_absent),
        ),
        Test::Intolerance {
            value_set,
            if_absent,
        } => leaf(
            &format!(
                "%allergies.entry.resource.where({})",
                coded(value_set, "code")
            ),
            absent(value_set, if_absent),
        ),
        Test::Age { at_least, below } => {
            let mut parts = Vec::new();
            if let Some(n) = at_least {
                parts.push(format!("%patient.birthDate <= today() - {n} years"));
            }
            if let Some(n) = below {
                parts.push(format!("%patient.birthDate > today() - {n} years"));
            }
            Expr::new(parts.join(" and "), !parts.is_empty(), !parts.is_empty())
        }
        // The draft order, the coverage, trial arithmetic and attestations are not in the client's queries.
        Test::OrderedDrug { .. }
        | Test::PlannedRoute { .. }
        | Test::OrderCode { .. }
        | Test::OrderReason { .. }
        | Test::TrialPainReduction { .. }
        | Test::CoverageClass { .. }
        | Test::ImplantInPlace { .. }
        | Test::Attested {}
        | Test::Answer { .. }
        | Test::Review { .. } => None,
    }
}

/// `and` (all) or `or` (any) of the parts. An invisible part is unknown, written `{}` to keep Kleene logic
/// (`true or {}` is true, `true and {}` is empty); a combination that can only be empty is dropped.
fn combine(policy: &CompiledPolicy, tests: &[Test], all: bool) -> Option<Expr> {
    let parts: Vec<Option<Expr>> = tests.iter().map(|t| compile_expr(policy, t)).collect();
    let unknown = parts.iter().any(Option::is_none);
    let known: Vec<&Expr> = parts.iter().flatten().collect();
    let (may_true, may_false) = if all {
        (
            !unknown && known.iter().all(|e| e.may_true),
            known.iter().any(|e| e.may_false),
        )
    } else {
        (
            known.iter().any(|e| e.may_true),
            !unknown && known.iter().all(|e| e.may_false),
        )
    };
    let text = parts
        .iter()
        .map(|p| {
            p.as_ref()
                .map_or_else(|| "{}".to_string(), |e| format!("({})", e.text))
        })
        .collect::<Vec<_>>()
        .join(if all { " and " } else { " or " });
    Expr::new(text, may_true, may_false)
}

/// A search over the chart as a truth: found → true; absent → false where the chart is the record, else empty.
fn leaf(found: &str, if_absent: IfAbsent) -> Option<Expr> {
    match if_absent {
        IfAbsent::NotMet => Expr::new(format!("{found}.exists()"), true, true),
        IfAbsent::Unknown => Expr::new(format!("iif({found}.exists(), true)"), true, false),
    }
}

/// FHIRPath that is true when the CodeableConcept at `path` has a coding in the list, matched as the engine
/// matches: ICD-10-CM, CPT and HCPCS without the dot and in upper case, ICD-10-CM codes with their descendants.
pub fn coded_in(list: &CodeList, path: &str) -> String {
    let normalised = matches!(
        list.system,
        CodeSystem::Icd10Cm | CodeSystem::Cpt | CodeSystem::Hcpcs
    );
    let code = if normalised {
        "code.replace('.', '').upper()"
    } else {
        "code"
    };
    let mut tests: Vec<String> = Vec::new();
    let mut exact: Vec<String> = Vec::new();
    for entry in &list.entries {
        match entry {
            CodeEntry::Single(c) if list.system == CodeSystem::Icd10Cm => {
                tests.push(format!("{code}.startsWith('{}')", quote(c)))
            }
            CodeEntry::Single(c) => exact.push(format!("'{}'", quote(c))),
            CodeEntry::Range(lo, hi) => tests.push(format!(
                "({code}.substring(0, {n}) >= '{lo}' and {code}.substring(0, {n}) <= '{hi}')",
                n = lo.len(),
                lo = quote(lo),
                hi = quote(hi)
            )),
        }
    }
    if !exact.is_empty() {
        tests.insert(0, format!("{code} in ({})", exact.join(" | ")));
    }
    if tests.is_empty() {
        tests.push("false".into());
    }
    let systems: Vec<String> = match list.system {
        // The wire contract accepts Blue Button's HCPCS system as a synonym.
        CodeSystem::Hcpcs => vec![
            format!("system = '{}'", CodeSystem::Hcpcs.uri()),
            format!("system = '{}'", crate::policy::codes::HCPCS_BLUE_BUTTON),
        ],
        s => vec![format!("system = '{}'", s.uri())],
    };
    format!(
        "{path}.coding.where(({}) and ({})).exists()",
        systems.join(" or "),
        tests.join(" or ")
    )
}

/// Codes come from validated policy files, but a quote would still break the expression: escape it.
fn quote(s: &str) -> String {
    s.replace('\\', "\\\\").replace('\'', "\\'")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::model::compile_policy;

    const POLICIES: &[&str] = &[
        include_str!("../../fhir-resources/policies/bcbsla-00666.json"),
        include_str!("../../fhir-resources/policies/capbluecross-mp-1.058.json"),
        include_str!("../../fhir-resources/policies/bcbsal-mp-442.json"),
        include_str!("../../fhir-resources/policies/lhcc-la-cp-mp-173.json"),
        include_str!("../../fhir-resources/policies/anthem-ct-cg-surg-79.json"),
    ];

    fn bcbsla() -> CompiledPolicy {
        compile_policy("bcbsla-00666.json", POLICIES[0]).unwrap()
    }

    fn diagnosis(if_absent: IfAbsent) -> Test {
        Test::Diagnosis {
            value_set: "pain-diagnoses".into(),
            if_absent,
        }
    }

    #[test]
    fn three_valued_tests_become_kleene_fhirpath() {
        // On an open list, silence cannot be settled client-side: "not met" becomes "asked".
        let open = bcbsla();
        assert!(!open.is_closed("pain-diagnoses"));
        let asked = compile(&open, &diagnosis(IfAbsent::NotMet)).unwrap();
        assert!(
            asked.starts_with("iif(") && asked.ends_with(".exists(), true)"),
            "{asked}"
        );
        // The shapes below are those of a closed list, where the chart is the record.
        let mut p = bcbsla();
        let vs = p.policy.value_sets.get_mut("pain-diagnoses").unwrap();
        vs.closure = crate::policy::model::Closure::Closed;
        vs.closed_by = Some("test".into());
        let found = compile(&p, &diagnosis(IfAbsent::Unknown)).unwrap();
        assert!(
            found.starts_with("iif(%conditions.entry.resource.where("),
            "{found}"
        );
        assert!(found.ends_with(".exists(), true)"), "{found}");
        let record = compile(&p, &diagnosis(IfAbsent::NotMet)).unwrap();
        assert!(!record.starts_with("iif(") && record.ends_with(".exists()"));
        // (test, expected shape): None when the expression could only ever be empty.
        let cases: Vec<(Test, Option<&str>)> = vec![
            (Test::Attested {}, None),
            (
                Test::All(vec![diagnosis(IfAbsent::Unknown), Test::Attested {}]),
                None,
            ),
            (
                Test::All(vec![diagnosis(IfAbsent::NotMet), Test::Attested {}]),
                Some(" and {}"),
            ),
            (
                Test::Any(vec![diagnosis(IfAbsent::Unknown), Test::Attested {}]),
                Some(" or {}"),
            ),
            (
                Test::Not(Box::new(diagnosis(IfAbsent::Unknown))),
                Some(").not()"),
            ),
            (Test::Not(Box::new(Test::Attested {})), None),
            (
                Test::Age {
                    at_least: Some(18),
                    below: None,
                },
                Some("%patient.birthDate <= today() - 18 years"),
            ),
        ];
        for (test, expected) in cases {
            let got = compile(&p, &test);
            match expected {
                None => assert!(got.is_none(), "{test:?} → {got:?}"),
                Some(part) => {
                    let got = got.unwrap_or_else(|| panic!("{test:?} compiled to nothing"));
                    assert!(got.contains(part), "{test:?} → {got}");
                }
            }
        }
    }

    #[test]
    fn codes_match_as_the_engine_matches() {
        let p = bcbsla();
        // ICD-10-CM ranges compare the normalised prefix; CPT lists are exact after normalising.
        let icd = coded_in(p.value_set("pain-diagnoses"), "code");
        assert!(icd.contains("system = 'http://hl7.org/fhir/sid/icd-10-cm'"));
        assert!(icd.contains(
            "(code.replace('.', '').upper().substring(0, 5) >= 'G5640' and code.replace('.', '').upper().substring(0, 5) <= 'G5643')"
        ), "{icd}");
        let related = coded_in(p.value_set("pain-related-diagnoses"), "code");
        assert!(
            related.contains("code.replace('.', '').upper().startsWith('G89')"),
            "{related}"
        );
        let rx = coded_in(p.value_set("baclofen"), "code");
        assert!(rx.contains("code in ('1292')"), "{rx}");
        let cpt = coded_in(p.value_set("removal-procedures"), "code");
        assert!(
            cpt.contains("code.replace('.', '').upper() in ('62365')"),
            "{cpt}"
        );
    }

    #[test]
    fn every_criterion_of_every_policy_compiles_to_balanced_fhirpath_over_declared_variables() {
        let declared: Vec<String> = VARIABLES
            .iter()
            .map(|(n, _, _)| format!("%{n}"))
            .chain(["%patient".to_string()])
            .collect();
        for (i, text) in POLICIES.iter().enumerate() {
            let p = compile_policy(&format!("policy {i}"), text).unwrap();
            for c in p.criteria() {
                let Some(e) = compile(&p, &c.test) else {
                    continue;
                };
                let depth = e.chars().try_fold(0i32, |d, ch| {
                    let d = match ch {
                        '(' => d + 1,
                        ')' => d - 1,
                        _ => d,
                    };
                    (d >= 0).then_some(d)
                });
                assert_eq!(depth, Some(0), "{}: unbalanced {e}", c.id);
                assert_eq!(e.matches('\'').count() % 2, 0, "{}: quotes {e}", c.id);
                for var in e.split(['(', ' ', '|']).filter(|w| w.starts_with('%')) {
                    let name = var.split('.').next().unwrap();
                    assert!(declared.iter().any(|d| d == name), "{}: {name}", c.id);
                }
            }
        }
    }
}
