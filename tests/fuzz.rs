//! Fuzzing with proptest: the hook request parser and the whole decision path (on mutated sample requests and on
//! arbitrary bytes) and the policy evaluator (on generated charts) never panic and never fail internally.
//!
//! `FUZZ_CASES` sets the number of cases per target (default 300: the smoke run of the normal test suite). The
//! recorded run (`bench/FUZZ.md`) uses `FUZZ_CASES=350000 cargo test --release --test fuzz` (three targets:
//! over a million inputs).

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use crd_server::config::Settings;
use crd_server::error::ApiError;
use crd_server::hooks::{self, request::HookRequest};
use crd_server::policy::codes::{Code, CodeSystem};
use crd_server::policy::eval::{evaluate, Outcome};
use crd_server::policy::facts::*;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;

fn cases() -> u32 {
    // As in production: a contained panic logs one line, without a backtrace.
    crd_server::telemetry::install_panic_hook();
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300)
}

fn repo(rel: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// An offline engine (no FHIR server allowed, an in-memory store) and the order-sign service: the decision path
/// without network I/O.
fn engine(runtime: &tokio::runtime::Runtime) -> (hooks::Engine, hooks::ServiceDef) {
    let settings = Settings::defaults();
    let policies =
        crd_server::policy_files::load_policies(&repo("fhir-resources/policies")).unwrap();
    let limits = crd_server::state::limits(
        &settings,
        "http://localhost:3000",
        "http://localhost:3000/smart/launch",
    );
    let engine = runtime
        .block_on(hooks::Engine::offline(policies, limits))
        .unwrap();
    let (_, services) = crd_server::hooks::load_services().unwrap();
    let service = services
        .into_iter()
        .find(|s| s.id == "order-sign-crd")
        .unwrap();
    (engine, service)
}

/// Every path to a value in the sample request, as JSON pointers.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, v)| pointers(v, format!("{at}/{k}"), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, v)| pointers(v, format!("{at}/{i}"), out)),
        _ => {}
    }
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".{0,12}".prop_map(Value::String),
        prop_oneof![
            Just("G89.4"),
            Just("62362"),
            Just("72514-3"),
            Just("active"),
            Just("completed"),
            Just("2026-11-28"),
            Just("9999-99-99T99:99"),
            Just("Patient/ex-bcbsla-1"),
            Just("Bundle"),
            Just("http://hl7.org/fhir/sid/icd-10-cm"),
            Just("")
        ]
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-zA-Z]{1,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn not_internal(result: Result<hooks::Outcomes, ApiError>) -> Result<(), TestCaseError> {
    match result {
        Err(ApiError::Internal(e)) => Err(TestCaseError::fail(format!("internal error: {e:#}"))),
        _ => Ok(()),
    }
}

#[test]
fn mutated_hook_requests_never_panic_or_fail_internally() {
    let sample: Value = serde_json::from_str(
        &std::fs::read_to_string(repo("cds-hooks/examples/order-sign-request.json")).unwrap(),
    )
    .unwrap();
    let mut paths = Vec::new();
    pointers(&sample, String::new(), &mut paths);
    paths.retain(|p| !p.is_empty());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let (engine, service) = engine(&runtime);
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let mutation = (0..paths.len(), prop::option::of(json_value()));
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&prop::collection::vec(mutation, 1..6), |mutations| {
            let mut req = sample.clone();
            for (i, value) in mutations {
                let path = &paths[i];
                let (parent, key) = path.rsplit_once('/').unwrap();
                match (req.pointer_mut(parent), value) {
                    (Some(Value::Object(m)), None) => {
                        m.remove(key);
                    }
                    (Some(Value::Object(m)), Some(v)) => {
                        m.insert(key.to_string(), v);
                    }
                    (Some(Value::Array(a)), v) => {
                        if let Ok(i) = key.parse::<usize>() {
                            if i < a.len() {
                                a[i] = v.unwrap_or(Value::Null);
                            }
                        }
                    }
                    _ => {}
                }
            }
            let body = serde_json::to_vec(&req).unwrap();
            match HookRequest::parse(&body) {
                Err(ApiError::Internal(e)) => Err(TestCaseError::fail(format!("{e:#}"))),
                Err(_) => Ok(()),
                Ok(request) => not_internal(runtime.block_on(hooks::decide(
                    &engine,
                    &hooks::Tenant::local(),
                    &service,
                    &request,
                    today,
                ))),
            }
        })
        .unwrap();
}

#[test]
fn arbitrary_bytes_never_panic_the_parser() {
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&prop::collection::vec(any::<u8>(), 0..512), |bytes| {
            let _ = HookRequest::parse(&bytes);
            Ok(())
        })
        .unwrap();
}

fn code() -> impl Strategy<Value = Code> {
    let system = prop_oneof![
        Just(CodeSystem::Icd10Cm),
        Just(CodeSystem::Cpt),
        Just(CodeSystem::Hcpcs),
        Just(CodeSystem::Rxnorm),
        Just(CodeSystem::Loinc),
        Just(CodeSystem::Snomed)
    ];
    let text = prop_oneof![
        Just("G89.4".to_string()),
        Just("G80.1".to_string()),
        Just("C22.0".to_string()),
        Just("62362".to_string()),
        Just("62322".to_string()),
        Just("E0783".to_string()),
        Just("7052".to_string()),
        Just("1292".to_string()),
        Just("72514-3".to_string()),
        Just("F11.20".to_string()),
        "[A-Z0-9.]{1,8}",
    ];
    (system, text).prop_map(|(s, t)| Code::new(s, &t))
}

fn when() -> impl Strategy<Value = Option<chrono::DateTime<Utc>>> {
    prop::option::of(
        (-4000i64..400).prop_map(|h| {
            Utc.with_ymd_and_hms(2026, 11, 20, 12, 0, 0).unwrap() + Duration::hours(h)
        }),
    )
}

fn route() -> impl Strategy<Value = Option<Route>> {
    prop::option::of(prop_oneof![
        Just(Route::Intrathecal),
        Just(Route::Epidural),
        Just(Route::Intraspinal),
        Just(Route::Intravenous),
        Just(Route::IntraArterial),
        Just(Route::Subcutaneous),
        Just(Route::Other)
    ])
}

fn available<T: std::fmt::Debug + Clone>(
    inner: impl Strategy<Value = T>,
) -> impl Strategy<Value = Availability<T>> {
    prop_oneof![
        6 => inner.prop_map(Availability::Known),
        1 => Just(Availability::NotProvided),
        1 => Just(Availability::Failed("timeout".into())),
    ]
}

fn chart() -> impl Strategy<Value = Chart> {
    let codes = || prop::collection::vec(code(), 0..3);
    let conditions = prop::collection::vec(
        (codes(), any::<bool>()).prop_map(|(codes, active)| ConditionFact {
            reference: "Condition/c".into(),
            codes,
            active,
        }),
        0..4,
    );
    let procedures = prop::collection::vec(
        (codes(), any::<bool>(), when(), route(), codes()).prop_map(
            |(codes, completed, performed, route, substances)| ProcedureFact {
                reference: "Procedure/p".into(),
                codes,
                completed,
                performed,
                route,
                substances,
            },
        ),
        0..3,
    );
    let observations = prop::collection::vec(
        (when(), prop::option::of(-5.0f64..15.0)).prop_map(|(effective, value)| ObservationFact {
            reference: "Observation/o".into(),
            codes: vec![Code::new(CodeSystem::Loinc, "72514-3")],
            effective,
            value,
        }),
        0..5,
    );
    let medications = prop::collection::vec(
        (codes(), route()).prop_map(|(codes, route)| MedicationFact {
            reference: "MedicationStatement/m".into(),
            codes,
            route,
        }),
        0..3,
    );
    let allergies = prop::collection::vec(
        codes().prop_map(|codes| AllergyFact {
            reference: "AllergyIntolerance/a".into(),
            codes,
        }),
        0..2,
    );
    let answers = prop::collection::vec(
        ("[a-z-]{2,24}", any::<bool>()).prop_map(|(link_id, value)| AnswerFact {
            reference: "QuestionnaireResponse/q".into(),
            link_id,
            value,
        }),
        0..6,
    );
    let birth = prop::option::of(
        (1900i32..2030, 1u32..13, 1u32..29)
            .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap()),
    );
    let classes = prop::collection::vec(
        prop_oneof![
            Just(("plan".to_string(), "FEP".to_string())),
            Just(("group".to_string(), "x".to_string()))
        ],
        0..2,
    );
    (
        available(birth),
        available(conditions),
        available(procedures),
        available(observations),
        available(medications),
        available(allergies),
        available(answers),
        classes,
    )
        .prop_map(
            |(
                birth_date,
                conditions,
                procedures,
                observations,
                medications,
                allergies,
                answers,
                coverage_classes,
            )| Chart {
                birth_date,
                conditions,
                procedures,
                observations,
                medications,
                allergies,
                answers,
                coverage_classes,
            },
        )
}

fn order() -> impl Strategy<Value = OrderFacts> {
    (
        prop::collection::vec(code(), 1..3),
        prop::collection::vec(code(), 0..2),
        prop::option::of((prop::collection::vec(code(), 0..2), route())),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(codes, reason_codes, drug, drug_unknown, reason_gone)| OrderFacts {
                reference: "ServiceRequest/s".into(),
                codes,
                reason_codes,
                reason_references: if reason_gone {
                    vec!["Condition/gone".into()]
                } else {
                    vec![]
                },
                unresolved_reasons: if reason_gone {
                    vec!["Condition/gone".into()]
                } else {
                    vec![]
                },
                drug_unknown: (drug.is_none() && drug_unknown).then(|| "could not be read".into()),
                drug: drug.map(|(codes, route)| DrugOrder {
                    reference: "MedicationRequest/m".into(),
                    codes,
                    route,
                }),
                date: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
            },
        )
}

#[test]
fn the_evaluator_never_panics_and_its_outcomes_explain_themselves() {
    let policies =
        crd_server::policy_files::load_policies(&repo("fhir-resources/policies")).unwrap();
    let mut runner = TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&(chart(), order()), |(chart, order)| {
            for p in policies.all() {
                let d = evaluate(p, &chart, &order);
                match d.outcome {
                    Outcome::Covered => {
                        prop_assert!(d.open_items.is_empty(), "covered with open items")
                    }
                    Outcome::NotCovered => {
                        prop_assert!(!d.reasons.is_empty(), "not covered without a reason")
                    }
                    // Conditional says what is open: an item to ask, data that could not be had, or (a gate
                    // the chart cannot settle and nobody can answer) the reason naming it.
                    Outcome::Conditional => prop_assert!(
                        !d.open_items.is_empty()
                            || !d.failed.is_empty()
                            || !d.not_provided.is_empty()
                            || d.indication.is_none()
                            || d.reasons.iter().any(|r| r.contains("not documented")),
                        "conditional with nothing to ask"
                    ),
                    _ => {}
                }
            }
            Ok(())
        })
        .unwrap();
}
