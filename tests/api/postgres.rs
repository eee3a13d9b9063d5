//! PostgreSQL, the production store: every query on it, the flows that share state between instances, and two
//! crd-server processes on one database with one killed in the middle of a load run.
//!
//! The database is `CRD_TEST_POSTGRES_URL` (default `postgres://crd:crd@127.0.0.1:5432/crd_test`, which `.ci/run`
//! and `scripts/test.sh` provide). Tests share it; every row they write is keyed by fresh ids.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

use crd_server::store::{stored_json, AssertionRecord, SmartLaunch, SmartSession, Store};

use crate::helpers::{
    coverage_infos, ehr_token, fresh_patient, hook_request, repo_path, sub, HookAuth, EHR_ISS,
};

pub fn pg_url() -> String {
    std::env::var("CRD_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://crd:crd@127.0.0.1:5432/crd_test".into())
}

async fn store() -> Store {
    Store::connect(&pg_url(), 4).await.unwrap_or_else(|e| {
        panic!(
            "PostgreSQL at {} (CRD_TEST_POSTGRES_URL) is needed: {e:#}",
            pg_url()
        )
    })
}

/// PostgreSQL is written by other instances too: the hook's read is never answered from memory there.
#[tokio::test]
async fn postgresql_has_no_in_process_hot_index() {
    let store = store().await.with_hot_index(Duration::from_secs(60), 10);
    assert!(!store.has_hot_index());
}

fn record(
    assertion: &str,
    order: &str,
    patient: &str,
    outcome: &str,
    created: &str,
) -> AssertionRecord {
    AssertionRecord {
        assertion_id: assertion.into(),
        order_ref: order.into(),
        hook: "order-sign".into(),
        hook_instance: uuid::Uuid::new_v4().to_string(),
        payer_id: "bcbsla".into(),
        policy_id: "bcbsla-00666".into(),
        coverage_ref: format!("Coverage/{patient}-cov"),
        outcome: outcome.into(),
        decided_on: "2026-11-28".into(),
        created_at: created.into(),
        trace: stored_json(&json!({ "outcome": outcome })),
        patient_id: patient.into(),
        facts: stored_json(&json!({ "chart": {}, "order": {} })),
        tenant: TENANT.into(),
        assertion_key: format!("covered={outcome}"),
        supersedes: String::new(),
    }
}

/// The tenant the store tests write as; `OTHER` never sees it (issue #15).
const TENANT: &str = "https://ehr-a.example.org";
const OTHER: &str = "https://ehr-b.example.org";

#[tokio::test]
async fn every_store_query_runs_on_postgresql() {
    let store = store().await;
    assert_eq!(store.backend(), "postgres");
    let p = fresh_patient("pg");
    let a = uuid::Uuid::new_v4().to_string();
    let now = chrono::Utc::now();
    let old = (now - chrono::Duration::days(400)).to_rfc3339();
    store
        .record(&[
            record(&a, "ServiceRequest/1", &p, "conditional", &now.to_rfc3339()),
            record(&a, "ServiceRequest/2", &p, "covered", &now.to_rfc3339()),
        ])
        .await
        .unwrap();
    // An id names one decision (issue #16): a row with the same key brings its trace up to date (ON CONFLICT),
    // one with another key changes nothing of what was said under the id.
    let mut refreshed = record(&a, "ServiceRequest/2", &p, "covered", &now.to_rfc3339());
    refreshed.trace = stored_json(&json!({ "outcome": "covered", "refreshed": true }));
    store.record(&[refreshed]).await.unwrap();
    store
        .record(&[record(
            &a,
            "ServiceRequest/2",
            &p,
            "not-covered",
            &now.to_rfc3339(),
        )])
        .await
        .unwrap();
    let rows = store.assertion(TENANT, &a).await.unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1].outcome, "covered");
    let trace = |i: usize| serde_json::from_str::<Value>(rows[i].trace.get()).unwrap();
    assert_eq!(trace(1)["refreshed"], true);
    assert_eq!(trace(0)["outcome"], "conditional");
    assert_eq!(
        store
            .hot_read(TENANT, &p, "bcbsla-00666", "bcbsla", &["ServiceRequest/1"])
            .await
            .unwrap()
            .previous,
        Some(crd_server::store::PreviousAssertion {
            assertion_id: a.clone(),
            keys: vec![
                ("ServiceRequest/1".into(), "covered=conditional".into()),
                ("ServiceRequest/2".into(), "covered=covered".into())
            ]
        })
    );
    assert_eq!(
        store
            .assertion_for_patient_order(TENANT, &p, "ServiceRequest/2")
            .await
            .unwrap(),
        Some(a.clone())
    );
    assert_eq!(
        store
            .payer_of_coverage(TENANT, &p, &format!("Coverage/{p}-cov"))
            .await
            .unwrap()
            .as_deref(),
        Some("bcbsla")
    );
    assert_eq!(
        store
            .open_assertion(TENANT, &p, "bcbsla-00666")
            .await
            .unwrap(),
        Some(a.clone())
    );
    let qr = json!({ "resourceType": "QuestionnaireResponse", "status": "completed" });
    store
        .save_questionnaire_response(
            TENANT,
            &uuid::Uuid::new_v4().to_string(),
            &a,
            &p,
            "bcbsla-00666",
            &qr,
        )
        .await
        .unwrap();
    assert_eq!(
        store
            .questionnaire_responses(TENANT, &p, "bcbsla-00666")
            .await
            .unwrap(),
        vec![qr]
    );
    // Another tenant (another EHR, where the same patient id is someone else) sees none of it.
    assert!(store.assertion(OTHER, &a).await.unwrap().is_empty());
    assert_eq!(
        store
            .hot_read(OTHER, &p, "bcbsla-00666", "bcbsla", &["ServiceRequest/1"])
            .await
            .unwrap()
            .previous,
        None
    );
    assert_eq!(
        store
            .assertion_for_patient_order(OTHER, &p, "ServiceRequest/2")
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        store
            .payer_of_coverage(OTHER, &p, &format!("Coverage/{p}-cov"))
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        store
            .open_assertion(OTHER, &p, "bcbsla-00666")
            .await
            .unwrap(),
        None
    );
    assert!(store
        .questionnaire_responses(OTHER, &p, "bcbsla-00666")
        .await
        .unwrap()
        .is_empty());
    // Nor can it overwrite it under the same assertion id.
    let mut foreign = record(&a, "ServiceRequest/1", &p, "covered", &now.to_rfc3339());
    foreign.tenant = OTHER.into();
    store.record(&[foreign]).await.unwrap();
    assert_eq!(
        store.assertion(TENANT, &a).await.unwrap()[0].outcome,
        "conditional"
    );

    // The replay cache: a jti once; expired ones forgotten.
    let jti = uuid::Uuid::new_v4().to_string();
    let t = now.timestamp();
    assert!(store.remember_jti(EHR_ISS, &jti, t - 10).await.unwrap());
    assert!(!store.remember_jti(EHR_ISS, &jti, t - 10).await.unwrap());
    store.forget_expired_jtis(t).await.unwrap();
    assert!(store.remember_jti(EHR_ISS, &jti, t + 300).await.unwrap());

    // SMART launches are taken once; sessions read until they expire.
    let state = uuid::Uuid::new_v4().to_string();
    let launch = SmartLaunch {
        state: state.clone(),
        iss: "https://ehr.example.org/fhir".into(),
        token_endpoint: "https://ehr.example.org/token".into(),
        code_verifier: "v".repeat(43),
        browser_hash: "h".into(),
        expires_at: t + 600,
    };
    store.save_smart_launch(&launch, t).await.unwrap();
    assert_eq!(
        store.take_smart_launch(&state).await.unwrap().unwrap().iss,
        launch.iss
    );
    assert!(store.take_smart_launch(&state).await.unwrap().is_none());
    let hash = uuid::Uuid::new_v4().to_string();
    let session = SmartSession {
        tenant: TENANT.into(),
        iss: launch.iss.clone(),
        patient_id: p.clone(),
        context: json!({ "orders": ["ServiceRequest/1"] }),
        expires_at: t + 60,
    };
    store.save_smart_session(&hash, &session, t).await.unwrap();
    let read = store.smart_session(&hash, t).await.unwrap().unwrap();
    assert_eq!(
        (read.patient_id, read.context, read.tenant),
        (p.clone(), session.context, TENANT.to_string())
    );
    assert!(store.smart_session(&hash, t + 61).await.unwrap().is_none());

    // Retention: only what is older than the cut-off goes.
    let b = uuid::Uuid::new_v4().to_string();
    store
        .record(&[record(&b, "ServiceRequest/9", &p, "covered", &old)])
        .await
        .unwrap();
    store
        .purge_before(now - chrono::Duration::days(365))
        .await
        .unwrap();
    assert!(store.assertion(TENANT, &b).await.unwrap().is_empty());
    assert_eq!(store.assertion(TENANT, &a).await.unwrap().len(), 2);
}

#[tokio::test]
async fn the_documentation_loop_runs_on_postgresql() {
    store().await;
    crate::package::documentation_loop(&pg_url()).await;
}

#[tokio::test]
async fn concurrent_jtis_are_each_fresh_once_on_postgresql() {
    crate::auth::concurrent_jtis(&store().await).await;
}

#[tokio::test]
async fn a_jti_replay_is_refused_across_instances_on_postgresql() {
    store().await;
    crate::auth::replay_across_instances(&pg_url()).await;
}

/// A crd-server process on the shared database.
struct Instance {
    address: String,
    child: Child,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn start_instance(config: &std::path::Path, dir: &std::path::Path, name: &str) -> Instance {
    let log_path = dir.join(format!("{name}.log"));
    let log = std::fs::File::create(&log_path).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_crd-server"))
        .current_dir(repo_path(""))
        .arg("--config")
        .arg(config)
        .env("CRD__SERVER__PORT", "0")
        .env("CRD__SERVER__WORKERS", "2")
        .env("CRD__DATABASE__URL", pg_url())
        .env("CRD__FHIR__ALLOWLIST", crate::helpers::fhir_base_url())
        .env_remove("RUST_LOG")
        .arg("serve")
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .stdin(Stdio::null())
        .spawn()
        .expect("crd-server starts");
    for _ in 0..200 {
        let text = std::fs::read_to_string(&log_path).unwrap_or_default();
        if let Some(line) = text
            .lines()
            .find(|l| l.starts_with("crd-server listening on "))
        {
            let address = line
                .trim_start_matches("crd-server listening on ")
                .trim_end_matches("/cds-services")
                .to_string();
            return Instance { address, child };
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!(
        "{name} did not start: {}",
        std::fs::read_to_string(&log_path).unwrap_or_default()
    );
}

async fn sign(
    client: &reqwest::Client,
    instance: &str,
    body: &Value,
) -> reqwest::Result<reqwest::Response> {
    hook_request(client, instance, "order-sign-crd", HookAuth::Fresh)
        .json(body)
        .timeout(Duration::from_secs(10))
        .send()
        .await
}

/// Two processes, one PostgreSQL: hooks spread over both, an assertion made on one documented and re-decided on
/// the other, and one process killed (SIGKILL) in the middle of a load run — every answered hook's assertion is
/// stored, and the survivor answers every request sent to it.
#[tokio::test]
async fn two_instances_share_one_database_and_survive_losing_one() {
    store().await;
    let dir = std::env::temp_dir().join(format!("crd-pg-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let jwks = crate::helpers::spawn_app().await.jwks;
    let config = dir.join("crd.toml");
    std::fs::write(
        &config,
        format!(
            "[[auth.clients]]\niss = \"{EHR_ISS}\"\njwks_urls = [\"{}/jwks.json\"]\n",
            jwks.uri()
        ),
    )
    .unwrap();
    let a = start_instance(&config, &dir, "a").await;
    let b = start_instance(&config, &dir, "b").await;
    let client = reqwest::Client::new();

    // An assertion made on A (conditional: the trial is missing), documented on B, re-decided there.
    let p = fresh_patient("pg-two");
    let request = crate::dtr::request_without_trial(&p);
    let resp = sign(&client, &a.address, &request).await.unwrap();
    assert_eq!(resp.status(), 200);
    let body: Value = resp.json().await.unwrap();
    let (_, info) = coverage_infos(&body).remove(0);
    assert_eq!(sub(&info, "covered").unwrap(), "conditional");
    let assertion = sub(&info, "coverage-assertion-id").unwrap();
    let questionnaire = sub(&info, "questionnaire").unwrap();
    let qr = json!({
        "resourceType": "QuestionnaireResponse", "status": "completed",
        "questionnaire": questionnaire, "subject": { "reference": format!("Patient/{p}") },
        "authored": "2026-11-28T12:00:00Z",
        "item": [{ "linkId": "group-pain", "item": [{ "linkId": "pain-trial", "answer": [{ "valueBoolean": true }] }] }]
    });
    let url = format!("{}/fhir/QuestionnaireResponse", b.address);
    let resp = client
        .post(&url)
        .bearer_auth(ehr_token(&url))
        .json(&qr)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 201, "{}", resp.text().await.unwrap());
    assert_eq!(
        resp.headers()["x-coverage-assertion-id"],
        assertion.as_str().unwrap()
    );
    // The decision changed: B stored it under a new id, which supersedes the documented one.
    let current = json!(resp.headers()["x-coverage-assertion-superseded-by"]
        .to_str()
        .unwrap());
    // A's next answer for the order is the re-decision B stored.
    let body: Value = sign(&client, &a.address, &request)
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let (_, info) = coverage_infos(&body).remove(0);
    assert_eq!(
        (
            sub(&info, "covered").unwrap(),
            sub(&info, "coverage-assertion-id").unwrap()
        ),
        (json!("covered"), current.clone())
    );

    // The load run: 8 clients alternate between A and B, 40 requests each; A is killed after the first quarter.
    let a_address = a.address.clone();
    let b_address = b.address.clone();
    let sample = crate::helpers::sample_order_sign();
    let mut a = a;
    let mut workers = Vec::new();
    for w in 0..8 {
        let (client, a_address, b_address, sample) = (
            client.clone(),
            a_address.clone(),
            b_address.clone(),
            sample.clone(),
        );
        workers.push(tokio::spawn(async move {
            let mut outcome = Vec::new();
            for i in 0..40 {
                let target = if (w + i) % 2 == 0 {
                    &a_address
                } else {
                    &b_address
                };
                let mut req = sample.clone();
                req["hookInstance"] = json!(uuid::Uuid::new_v4().to_string());
                let result = sign(&client, target, &req).await;
                let answered = match result {
                    Ok(r) if r.status() == 200 => {
                        let body: Value = r.json().await.unwrap();
                        let (_, info) = coverage_infos(&body).remove(0);
                        Some(sub(&info, "coverage-assertion-id").unwrap())
                    }
                    Ok(r) => panic!("{target} answered {}", r.status()),
                    Err(_) => None,
                };
                outcome.push((target == &b_address, answered));
            }
            outcome
        }));
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    a.child.kill().unwrap();
    a.child.wait().unwrap();
    let mut answered = Vec::new();
    let (mut to_b, mut lost_on_a) = (0, 0);
    for w in workers {
        for (on_b, id) in w.await.unwrap() {
            match (on_b, id) {
                (true, Some(id)) => {
                    to_b += 1;
                    answered.push(id);
                }
                (true, None) => panic!("the surviving instance failed a request"),
                (false, Some(id)) => answered.push(id),
                (false, None) => lost_on_a += 1,
            }
        }
    }
    assert_eq!(to_b, 160, "every request to the survivor was answered");
    assert!(lost_on_a > 0, "A was killed while it still had work");
    // Every answered hook's assertion is committed and readable through the survivor.
    let store = store().await;
    for id in &answered {
        let id = id.as_str().unwrap();
        assert!(
            !store.assertion(EHR_ISS, id).await.unwrap().is_empty(),
            "assertion {id} was answered but not stored"
        );
    }
    // And the documented assertion (still saying what it said) with its QuestionnaireResponse is still there,
    // and the re-decision under the id that superseded it.
    assert_eq!(
        store
            .assertion(EHR_ISS, assertion.as_str().unwrap())
            .await
            .unwrap()[0]
            .outcome,
        "conditional"
    );
    assert_eq!(
        store
            .assertion(EHR_ISS, current.as_str().unwrap())
            .await
            .unwrap()[0]
            .outcome,
        "covered"
    );
    assert_eq!(
        store
            .questionnaire_responses(EHR_ISS, &p, "bcbsla-00666")
            .await
            .unwrap()
            .len(),
        1
    );
    drop(b);
    let _ = std::fs::remove_dir_all(dir);
}

/// #16: the feedback store and the app's open-decision list on PostgreSQL, per tenant.
#[tokio::test]
async fn feedback_and_open_decisions_on_postgresql() {
    let store = store().await;
    let service = format!("svc-{}", uuid::Uuid::new_v4().simple());
    let item = crd_server::store::FeedbackRecord {
        card: uuid::Uuid::new_v4().to_string(),
        outcome: "accepted".into(),
        accepted_suggestions: json!([{ "id": "s1" }]),
        override_reason: Value::Null,
        outcome_timestamp: "2026-12-07T10:05:31Z".into(),
    };
    store
        .save_feedback(TENANT, &service, std::slice::from_ref(&item))
        .await
        .unwrap();
    let mine = store.feedback(TENANT, &service).await.unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0]["card"], item.card.as_str());
    assert_eq!(mine[0]["acceptedSuggestions"], json!([{ "id": "s1" }]));
    assert!(mine[0].get("overrideReason").is_none(), "{mine:?}");
    assert!(store.feedback(OTHER, &service).await.unwrap().is_empty());

    let p = fresh_patient("pg-open");
    let a = uuid::Uuid::new_v4().to_string();
    let b = uuid::Uuid::new_v4().to_string();
    store
        .record(&[
            record(
                &a,
                "ServiceRequest/1",
                &p,
                "conditional",
                "2026-11-28T10:00:00+00:00",
            ),
            record(
                &b,
                "ServiceRequest/2",
                &p,
                "covered",
                "2026-11-29T10:00:00+00:00",
            ),
        ])
        .await
        .unwrap();
    let open = store.open_decisions(TENANT, &p, 10).await.unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].assertion_id, a);
    assert!(store
        .open_decisions(OTHER, &p, 10)
        .await
        .unwrap()
        .is_empty());
}
