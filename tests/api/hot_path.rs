//! Issue #18: the database on a hook's hot path. The clinician's submitted answers and the previous assertion on
//! the orders are read in one query: one round trip to the database per decided call, not two (the assertion
//! write is group-committed apart). What is read is unchanged: `tests/api/dtr.rs` (answers count at once, a
//! re-signed order keeps its assertion) and `tests/api/postgres.rs` (another instance's answers count at once).

use crate::dtr::{request_without_trial, sign, submit, temp_db};
use crate::helpers::{fresh_patient, spawn_app_with, TestApp};

/// `crd_hook_store_reads_total` of this instance.
async fn store_reads(app: &TestApp) -> u64 {
    let text = app.get("/metrics").await.text().await.unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix("crd_hook_store_reads_total "))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| panic!("no crd_hook_store_reads_total in /metrics:\n{text}"))
}

#[tokio::test]
async fn a_decided_hook_reads_answers_and_the_previous_assertion_in_one_query() {
    // The in-process index off: every decided call queries.
    let app = spawn_app_with(|s| {
        s.database.url = temp_db();
        s.database.hot_index_secs = 0;
    })
    .await;
    let req = request_without_trial(&fresh_patient("hot"));
    let (covered, first, _) = sign(&app, &req).await;
    assert_eq!(covered, "conditional");
    assert_eq!(
        store_reads(&app).await,
        1,
        "the answers and the previous assertion: one query"
    );
    // The previous assertion was read in that one query: the same decision keeps its id.
    let (covered, again, _) = sign(&app, &req).await;
    assert_eq!(
        (covered.as_str(), again.as_str()),
        ("conditional", first.as_str())
    );
    assert_eq!(store_reads(&app).await, 2);
}

/// On SQLite the hot read's result is kept in process (`database.hot_index_secs`), current with this process's
/// writes: a re-signed order is answered without a query once the index holds its read; a submitted answer and a
/// changed decision are seen at once; another patient's, or the same patient's other orders, are read.
#[tokio::test]
async fn on_sqlite_the_index_answers_the_hot_read_and_sees_every_write_at_once() {
    let app = spawn_app_with(|s| s.database.url = temp_db()).await;
    let patient = fresh_patient("hot-index");
    let req = request_without_trial(&patient);
    let (covered, first, ext) = sign(&app, &req).await;
    assert_eq!(covered, "conditional");
    assert_eq!(store_reads(&app).await, 1);
    // The first assertion on the orders is new to the read kept with none: read again, then kept.
    let (_, second, _) = sign(&app, &req).await;
    assert_eq!(second, first, "the same decision keeps its id");
    assert_eq!(store_reads(&app).await, 2);
    for _ in 0..3 {
        let (covered, again, _) = sign(&app, &req).await;
        assert_eq!(
            (covered.as_str(), again.as_str()),
            ("conditional", first.as_str())
        );
    }
    assert_eq!(store_reads(&app).await, 2, "re-signed orders: no query");

    // Another patient is another read.
    sign(&app, &request_without_trial(&fresh_patient("hot-other"))).await;
    assert_eq!(store_reads(&app).await, 3);

    // The clinician answers: the next call reads them, and the decision changes under a new id.
    let questionnaire = crate::helpers::sub(&ext, "questionnaire").unwrap();
    let qr = serde_json::json!({
        "resourceType": "QuestionnaireResponse", "status": "completed",
        "questionnaire": questionnaire, "subject": { "reference": format!("Patient/{patient}") },
        "authored": "2026-11-28T12:00:00Z",
        "item": [{ "linkId": "pain-trial", "answer": [{ "valueBoolean": true }] }]
    });
    let resp = submit(&app, &qr).await;
    assert_eq!(resp.status(), 201);
    let current = crate::dtr::superseded_by(&resp);
    let (covered, after, _) = sign(&app, &req).await;
    assert_eq!(
        (covered.as_str(), after.as_str()),
        ("covered", current.as_str())
    );
    assert_eq!(store_reads(&app).await, 4, "the answers were read");
    // Kept with the answers: the same answer again without a query.
    let (covered, again, _) = sign(&app, &req).await;
    assert_eq!(
        (covered.as_str(), again.as_str()),
        ("covered", current.as_str())
    );
    assert_eq!(store_reads(&app).await, 4);
}

/// The index is made for SQLite unless turned off (PostgreSQL: `postgres.rs`).
#[tokio::test]
async fn the_index_is_only_made_for_sqlite() {
    let sqlite = crd_server::store::Store::connect(&temp_db(), 1)
        .await
        .unwrap()
        .with_hot_index(std::time::Duration::from_secs(60), 10);
    assert!(sqlite.has_hot_index());
    let off = crd_server::store::Store::connect(&temp_db(), 1)
        .await
        .unwrap()
        .with_hot_index(std::time::Duration::ZERO, 10);
    assert!(!off.has_hot_index());
}

/// SQLite's plan for each part of the hot read, on a migrated database without statistics (as a new install
/// runs): the previous assertion's rows are found by tenant and assertion id, never by walking every row of the
/// tenant (which it did through `coverage_assertions_supersedes` before migration 0009: one scan of all the
/// EHR's assertions per hook); every search is answered from an index alone (no table row, no overflow page of
/// the trace); and no part of it sorts in the database but the newest-assertion pick (the rows are ordered in
/// Rust).
#[tokio::test]
async fn the_hot_read_finds_rows_through_indexes_and_sorts_nothing_on_sqlite() {
    use sqlx::{Connection, Row};
    let url = temp_db();
    crd_server::store::Store::connect(&url, 1).await.unwrap();
    let mut conn = sqlx::SqliteConnection::connect(&format!("{url}?mode=rw"))
        .await
        .unwrap();
    for refs in [0, 1, 3] {
        let sql = format!(
            "EXPLAIN QUERY PLAN {}",
            crd_server::store::hot_read_sql(refs)
        );
        let mut explain = sqlx::query(&sql);
        for i in 0..(if refs == 0 { 3 } else { 4 + refs }) {
            explain = explain.bind(format!("v{i}"));
        }
        let plan: Vec<String> = explain
            .fetch_all(&mut conn)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<String, _>("detail"))
            .collect();
        let searches: Vec<&String> = plan.iter().filter(|d| d.contains("SEARCH")).collect();
        assert_eq!(searches.len(), if refs == 0 { 1 } else { 3 }, "{plan:#?}");
        assert!(
            plan.iter().all(|d| !d.starts_with("SCAN")),
            "a table scan in the hot read: {plan:#?}"
        );
        assert!(
            searches
                .iter()
                .filter(|d| d.contains("coverage_assertions"))
                .all(|d| d.contains("USING COVERING INDEX")),
            "an assertion row read from the table (an index that does not cover the query): {plan:#?}"
        );
        if refs > 0 {
            assert!(
                plan.iter()
                    .any(|d| d.contains("(tenant=? AND assertion_id=?)")),
                "the previous assertion's rows not found by tenant and id: {plan:#?}"
            );
        }
        assert!(
            plan.iter().filter(|d| d.contains("TEMP B-TREE")).count() <= usize::from(refs > 0),
            "the hot read sorts more than the newest-assertion pick: {plan:#?}"
        );
    }
}

/// The store's own writes keep the index current: a submitted QuestionnaireResponse is in the next read, an
/// assertion on the orders is the next read's previous one, a purge empties it. Each would be missed (the
/// kept result answered) if the write did not reach the index.
#[tokio::test]
async fn the_stores_writes_reach_the_index() {
    use crd_server::store::{stored_json, AssertionRecord, Store};
    let store = Store::connect(&temp_db(), 1)
        .await
        .unwrap()
        .with_hot_index(std::time::Duration::from_secs(60), 100);
    let read = || store.hot_read("t", "p", "policy", "payer", &["ServiceRequest/a"]);
    assert!(read().await.unwrap().from_database);
    let kept = read().await.unwrap();
    assert!(!kept.from_database && kept.answers.is_empty() && kept.previous.is_none());

    let qr = serde_json::json!({ "resourceType": "QuestionnaireResponse", "status": "completed" });
    store
        .save_questionnaire_response("t", "qr-1", "x", "p", "policy", &qr)
        .await
        .unwrap();
    let after = read().await.unwrap();
    assert!(after.from_database);
    assert_eq!(after.answers, vec![qr]);

    let now = chrono::Utc::now().to_rfc3339();
    store
        .record(vec![AssertionRecord {
            assertion_id: "x".into(),
            order_ref: "ServiceRequest/a".into(),
            hook: "order-sign".into(),
            hook_instance: "i".into(),
            payer_id: "payer".into(),
            policy_id: "policy".into(),
            coverage_ref: String::new(),
            outcome: "covered".into(),
            decided_on: "2026-12-07".into(),
            created_at: now,
            trace: stored_json(&serde_json::json!({})),
            patient_id: "p".into(),
            facts: stored_json(&serde_json::json!({})),
            tenant: "t".into(),
            assertion_key: "k".into(),
            supersedes: String::new(),
        }])
        .await
        .unwrap();
    let after = read().await.unwrap();
    assert!(after.from_database);
    assert_eq!(after.previous.unwrap().assertion_id, "x");
    assert!(!read().await.unwrap().from_database);

    store
        .purge_before(chrono::Utc::now() + chrono::Duration::days(1))
        .await
        .unwrap();
    let after = read().await.unwrap();
    assert!(after.from_database && after.previous.is_none() && after.answers.is_empty());
}

/// On a SQLite file the JWT replay records are a file of their own beside it (one write lock per file: the replay
/// insert and the assertion upsert no longer wait for each other); a replay is refused across stores sharing the
/// path, nothing is written to the main file's `jwt_ids`, and a purge forgets expired records there.
#[tokio::test]
async fn on_a_sqlite_file_the_replay_records_are_a_file_of_their_own() {
    use crd_server::store::{replay_database_url, Store};
    use sqlx::{Connection, Row};
    assert_eq!(
        replay_database_url("sqlite://crd-server.db").as_deref(),
        Some("sqlite://crd-server.replay.db")
    );
    assert_eq!(
        replay_database_url("sqlite:///var/lib/crd/data?mode=rwc").as_deref(),
        Some("sqlite:///var/lib/crd/data.replay?mode=rwc")
    );
    for none in [
        "sqlite::memory:",
        "sqlite://:memory:",
        "postgres://crd:crd@127.0.0.1/crd",
    ] {
        assert_eq!(replay_database_url(none), None, "{none}");
    }

    let url = temp_db();
    let a = Store::connect(&url, 2).await.unwrap();
    let b = Store::connect(&url, 2).await.unwrap();
    let now = chrono::Utc::now().timestamp();
    assert!(a.remember_jti("iss", "j1", now + 300).await.unwrap());
    assert!(!b.remember_jti("iss", "j1", now + 300).await.unwrap());
    assert!(b.remember_jti("iss", "j2", now - 10).await.unwrap());
    let count = |url: String| async move {
        let mut conn = sqlx::SqliteConnection::connect(&format!("{url}?mode=rw"))
            .await
            .unwrap();
        sqlx::query("SELECT COUNT(*) AS n FROM jwt_ids")
            .fetch_one(&mut conn)
            .await
            .unwrap()
            .get::<i64, _>("n")
    };
    let replay = replay_database_url(&url).unwrap();
    assert_eq!(count(url.clone()).await, 0, "nothing in the main file");
    assert_eq!(count(replay.clone()).await, 2);
    a.purge_before(chrono::Utc::now()).await.unwrap();
    assert_eq!(count(replay).await, 1, "the expired record is purged");
}
