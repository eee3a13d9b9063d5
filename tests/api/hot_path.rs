//! Issue #18: the database on a hook's hot path. The clinician's submitted answers and the previous assertion on
//! the orders are read in one query: one round trip to the database per decided call, not two (the assertion
//! write is group-committed apart). What is read is unchanged: `tests/api/dtr.rs` (answers count at once, a
//! re-signed order keeps its assertion) and `tests/api/postgres.rs` (another instance's answers count at once).

use crate::dtr::{request_without_trial, sign, temp_db};
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
    let app = spawn_app_with(|s| s.database.url = temp_db()).await;
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
