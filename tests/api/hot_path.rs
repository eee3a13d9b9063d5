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
