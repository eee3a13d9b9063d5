//! Durable storage: coverage assertions and their decision traces, QuestionnaireResponses, the JWT replay cache and
//! the app's launches and sessions — SQLite by default, PostgreSQL in production (chosen by the URL), through
//! sqlx's `Any` driver with the same migrations (`migrations/`) and queries for both.
//!
//! Owns: the connection pool, schema migrations at start-up, and the queries. Nothing above it writes SQL. The
//! SQL is the common subset of SQLite and PostgreSQL: `$n` parameters, TEXT and BIGINT columns, `ON CONFLICT`,
//! `RETURNING`.

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use serde::Serialize;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor, Row};

mod group;
mod index;
mod lent;

use group::Group;
use index::HotIndex;
use lent::Db;

/// A failure of the database; the message is the driver's, never a query's parameters.
#[derive(Debug, thiserror::Error)]
#[error("the database failed: {0}")]
pub struct StoreError(#[from] sqlx::Error);

#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    /// The connections of the hot path's queries: the hot read and the group commits.
    hot: Db,
    /// The JWT replay records' database: on a SQLite file, a file of its own (`replay_database_url`); else `hot`.
    replay: Db,
    /// The group commit of coverage assertions.
    writer: Arc<Group<WriteJob>>,
    /// The group commit of the JWT replay records.
    jti_writer: Arc<Group<JtiJob>>,
    /// The hot read's results kept in process, on SQLite only (`with_hot_index`).
    index: Option<Arc<HotIndex>>,
}

/// A JWT id waiting to be recorded, and who waits to learn whether it was new.
struct JtiJob {
    key: JtiKey,
    fresh: tokio::sync::oneshot::Sender<Result<bool, String>>,
}

#[derive(Clone)]
struct JtiKey {
    iss: String,
    jti: String,
    expires_at: i64,
}

/// Most JWT ids in one statement (3 parameters each).
const MAX_BATCH_JTIS: usize = 512;

/// Records a batch of queued JWT ids in one statement and tells each caller whether its id was new (issue #18:
/// one write transaction per authenticated request was most of authentication's cost). A batch that fails is
/// retried id by id, so one bad id fails only itself.
async fn remember_batch(db: Db, batch: Vec<JtiJob>) {
    let keys: Vec<JtiKey> = batch.iter().map(|j| j.key.clone()).collect();
    if let Ok(fresh) = insert_jtis(&db, &keys).await {
        for (job, fresh) in batch.into_iter().zip(fresh) {
            let _ = job.fresh.send(Ok(fresh));
        }
        return;
    }
    for job in batch {
        let result = insert_jtis(&db, std::slice::from_ref(&job.key))
            .await
            .map(|fresh| fresh[0])
            .map_err(|e| e.to_string());
        let _ = job.fresh.send(result);
    }
}

/// Records `keys` in one statement; for each, whether it was new. Of keys repeated within the call only the
/// first can be new (as if they had come one after another).
async fn insert_jtis(db: &Db, keys: &[JtiKey]) -> Result<Vec<bool>, StoreError> {
    let mut first: Vec<&JtiKey> = Vec::with_capacity(keys.len());
    let mut is_first = Vec::with_capacity(keys.len());
    for k in keys {
        let seen = first.iter().any(|f| f.iss == k.iss && f.jti == k.jti);
        is_first.push(!seen);
        if !seen {
            first.push(k);
        }
    }
    let values: Vec<String> = (0..first.len())
        .map(|i| format!("(${}, ${}, ${})", 3 * i + 1, 3 * i + 2, 3 * i + 3))
        .collect();
    let sql = format!(
        "INSERT INTO jwt_ids (iss, jti, expires_at) VALUES {} ON CONFLICT (iss, jti) DO NOTHING RETURNING iss, jti",
        values.join(", ")
    );
    let mut query = sqlx::query(&sql);
    for k in &first {
        query = query
            .bind(k.iss.clone())
            .bind(k.jti.clone())
            .bind(k.expires_at);
    }
    let mut conn = db.conn().await?;
    let rows = query.fetch_all(&mut *conn).await?;
    conn.finished();
    let inserted: Vec<(String, String)> = rows
        .iter()
        .map(|r| Ok((r.try_get("iss")?, r.try_get("jti")?)))
        .collect::<Result<_, sqlx::Error>>()?;
    Ok(keys
        .iter()
        .zip(is_first)
        .map(|(k, is_first)| {
            is_first
                && inserted
                    .iter()
                    .any(|(iss, jti)| *iss == k.iss && *jti == k.jti)
        })
        .collect())
}

/// Assertion rows waiting to be committed, and who waits for them.
struct WriteJob {
    records: Vec<AssertionRecord>,
    done: tokio::sync::oneshot::Sender<Result<(), String>>,
}

/// Most rows in one statement (13 parameters each; SQLite allows 32 766).
const MAX_BATCH_ROWS: usize = 512;

/// Writes a batch of queued assertion jobs in one statement and answers each. A batch that fails is retried job
/// by job, so one bad job fails only itself.
async fn commit_batch(db: Db, index: Option<Arc<HotIndex>>, batch: Vec<WriteJob>) {
    let all: Vec<&AssertionRecord> = batch.iter().flat_map(|j| &j.records).collect();
    if write_assertions(&db, &all).await.is_ok() {
        if let Some(index) = &index {
            index.recorded(all);
        }
        for job in batch {
            let _ = job.done.send(Ok(()));
        }
        return;
    }
    for job in batch {
        let one: Vec<&AssertionRecord> = job.records.iter().collect();
        let result = write_assertions(&db, &one).await.map_err(|e| e.to_string());
        if let Some(index) = &index {
            match result {
                Ok(()) => index.recorded(one),
                Err(_) => forget_patients(index, &job.records),
            }
        }
        let _ = job.done.send(result);
    }
}

/// Drops what the index keeps for the patients of `records` (a write whose outcome is not known).
fn forget_patients(index: &HotIndex, records: &[AssertionRecord]) {
    for r in records {
        index.forget(&r.tenant, &r.patient_id);
    }
}

/// One upsert statement for all `records` (atomic on its own). A key that occurs twice keeps its last row, as
/// sequential upserts would (PostgreSQL refuses to update one row twice in a statement).
/// The rows are bound borrowed: the trace and facts JSON are not copied again on their way to the database.
async fn write_assertions(db: &Db, records: &[&AssertionRecord]) -> Result<(), StoreError> {
    let mut last: Vec<&AssertionRecord> = Vec::with_capacity(records.len());
    for &r in records.iter().rev() {
        if !last
            .iter()
            .any(|k| k.assertion_id == r.assertion_id && k.order_ref == r.order_ref)
        {
            last.push(r);
        }
    }
    last.reverse();
    // One `($1, ..., $14)` group of placeholders per row.
    const COLUMNS: usize = 16;
    let values: Vec<String> = (0..last.len())
        .map(|i| {
            let placeholders: Vec<String> = (1..=COLUMNS)
                .map(|c| format!("${}", i * COLUMNS + c))
                .collect();
            format!("({})", placeholders.join(", "))
        })
        .collect();
    let sql = format!(
        "INSERT INTO coverage_assertions (assertion_id, order_ref, hook, hook_instance, payer_id, policy_id, \
         coverage_ref, outcome, decided_on, created_at, trace, patient_id, facts, tenant, assertion_key, supersedes) \
         VALUES {} \
         ON CONFLICT (assertion_id, order_ref) DO UPDATE SET \
         trace = excluded.trace, facts = excluded.facts, decided_on = excluded.decided_on, \
         hook = excluded.hook, hook_instance = excluded.hook_instance \
         WHERE coverage_assertions.tenant = excluded.tenant \
         AND coverage_assertions.assertion_key = excluded.assertion_key",
        values.join(", ")
    );
    let mut query = sqlx::query(&sql);
    for r in last {
        query = query
            .bind(r.assertion_id.as_str())
            .bind(r.order_ref.as_str())
            .bind(r.hook.as_str())
            .bind(r.hook_instance.as_str())
            .bind(r.payer_id.as_str())
            .bind(r.policy_id.as_str())
            .bind(r.coverage_ref.as_str())
            .bind(r.outcome.as_str())
            .bind(r.decided_on.as_str())
            .bind(r.created_at.as_str())
            .bind(r.trace.get())
            .bind(r.patient_id.as_str())
            .bind(r.facts.get())
            .bind(r.tenant.as_str())
            .bind(r.assertion_key.as_str())
            .bind(r.supersedes.as_str());
    }
    let mut conn = db.conn().await?;
    query
        .execute(&mut *conn)
        .await
        .map(|_| conn.finished())
        .map_err(StoreError::from)
}

/// One decided order under one coverage assertion.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AssertionRecord {
    pub assertion_id: String,
    pub order_ref: String,
    pub hook: String,
    pub hook_instance: String,
    pub payer_id: String,
    pub policy_id: String,
    pub coverage_ref: String,
    pub outcome: String,
    pub decided_on: String,
    pub created_at: String,
    /// The decision's trace, as JSON text written once (issue #18: never built as a `Value` tree on the hot path).
    pub trace: StoredJson,
    pub patient_id: String,
    /// The chart and order facts the decision was made on (for re-evaluation); not shown to clients.
    #[serde(skip)]
    pub facts: StoredJson,
    /// The EHR (JWT `iss`) the decision was made for; every read is filtered by it.
    #[serde(skip)]
    pub tenant: String,
    /// The coded content of the decision (`crd::assertion_key`): an id is reused only for the same key, and an
    /// upsert under an id never changes what it said.
    #[serde(skip)]
    pub assertion_key: String,
    /// The assertion id this decision replaces ('' for none).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub supersedes: String,
}

/// JSON stored as written: serialized once from the typed value, bound as text, and served verbatim.
pub type StoredJson = Box<serde_json::value::RawValue>;

/// `null` as [`StoredJson`].
pub fn json_null() -> StoredJson {
    serde_json::value::RawValue::from_string("null".into()).expect("null is JSON")
}

/// A value serialized straight to [`StoredJson`], without a `serde_json::Value` in between (`null` if it cannot
/// be serialized, which the types stored here never fail to be).
pub fn stored_json<T: Serialize + ?Sized>(value: &T) -> StoredJson {
    serde_json::value::to_raw_value(value).unwrap_or_else(|_| json_null())
}

/// A `coverage_assertions` row; `trace` and `facts` are `null` when the query did not select them (JSON text
/// that no longer parses reads as `null` too).
fn assertion_record(row: &sqlx::any::AnyRow) -> Result<AssertionRecord, sqlx::Error> {
    let json = |column: &str| {
        row.try_get::<String, _>(column)
            .ok()
            .and_then(|text| serde_json::value::RawValue::from_string(text).ok())
            .unwrap_or_else(json_null)
    };
    Ok(AssertionRecord {
        assertion_id: row.try_get("assertion_id")?,
        order_ref: row.try_get("order_ref")?,
        hook: row.try_get("hook")?,
        hook_instance: row.try_get("hook_instance")?,
        payer_id: row.try_get("payer_id")?,
        policy_id: row.try_get("policy_id")?,
        coverage_ref: row.try_get("coverage_ref")?,
        outcome: row.try_get("outcome")?,
        decided_on: row.try_get("decided_on")?,
        created_at: row.try_get("created_at")?,
        trace: json("trace"),
        patient_id: row.try_get("patient_id")?,
        facts: json("facts"),
        tenant: row.try_get("tenant")?,
        assertion_key: row.try_get("assertion_key")?,
        supersedes: row.try_get("supersedes")?,
    })
}

/// What the hot path of a hook reads from the database, in one query: the clinician's answers submitted for the
/// patient under the policy (oldest first), and the newest assertion on the orders (issue #18).
#[derive(Debug, Default, Clone)]
pub struct HotRead {
    pub answers: Vec<serde_json::Value>,
    pub previous: Option<PreviousAssertion>,
    /// Whether the database was queried (false: the in-process index answered, `HotIndex`).
    pub from_database: bool,
}

/// How many replacements of an assertion are followed (each is a changed decision on the same orders; more than
/// a few means something is wrong, and the last one read is used).
pub const MAX_SUPERSEDED_HOPS: usize = 16;

/// The newest assertion about some orders: its id, and the key of each order decided under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreviousAssertion {
    pub assertion_id: String,
    pub keys: Vec<(String, String)>,
}

/// The hot read's SQL for `order_refs` order references: `$1` tenant, `$2` patient, `$3` policy, then (with
/// orders) `$4` payer and one placeholder per order reference. The answers (kind `a`) and the rows of the newest
/// assertion on those orders (kind `p`) in one `UNION ALL`; unordered — `Store::hot_read` orders them, so that
/// the database sorts nothing but the newest-assertion pick. Public for the query-plan test.
pub fn hot_read_sql(order_refs: usize) -> String {
    let mut sql = String::from(
        "SELECT 'a' AS kind, resource AS v1, '' AS v2, '' AS v3, created_at AS t FROM questionnaire_responses \
         WHERE tenant = $1 AND patient_id = $2 AND policy_id = $3",
    );
    if order_refs > 0 {
        let list: Vec<String> = (0..order_refs).map(|i| format!("${}", i + 5)).collect();
        sql.push_str(&format!(
            " UNION ALL SELECT 'p' AS kind, assertion_id AS v1, order_ref AS v2, assertion_key AS v3, \
             created_at AS t FROM coverage_assertions WHERE tenant = $1 AND assertion_id = (SELECT assertion_id \
             FROM coverage_assertions WHERE tenant = $1 AND patient_id = $2 AND payer_id = $4 AND order_ref IN ({}) \
             ORDER BY created_at DESC LIMIT 1)",
            list.join(", ")
        ));
    }
    sql
}

/// A connection pool on `url` with the house settings, its migrations applied.
async fn open_pool(
    url: &str,
    sqlite: bool,
    memory: bool,
    max_connections: u32,
) -> anyhow::Result<AnyPool> {
    let options = AnyConnectOptions::from_str(url).with_context(|| {
        "database.url is neither a SQLite URL (sqlite://path, sqlite::memory:) nor a PostgreSQL one (postgres://…)"
    })?;
    let pool = AnyPoolOptions::new()
        // One in-memory SQLite database per connection: keep one.
        .max_connections(if memory { 1 } else { max_connections.max(1) })
        .acquire_timeout(Duration::from_secs(10))
        // sqlx pings a pooled connection before lending it: for SQLite one more hop to its worker thread on
        // every query of the hot path, guarding against nothing (a local file does not drop the connection).
        // PostgreSQL keeps the ping: a server restart or a proxy's idle cut are found before the query.
        .test_before_acquire(!sqlite)
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if sqlite {
                    conn.execute("PRAGMA busy_timeout = 5000").await?;
                    if !memory {
                        // WAL with synchronous = NORMAL: a commit survives a crash of the process (the
                        // multi-instance test kills one), not a power loss of an unsynced WAL; with FULL, the
                        // fsync per commit capped the embedded server at ~400 hooks/s (bench/RESULTS.md).
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                    }
                }
                Ok(())
            })
        })
        .connect_with(options)
        .await?;
    // The replay file gets every table too (one migration set); only `jwt_ids` is used there.
    sqlx::migrate!("./migrations")
        .run(&pool)
        .await
        .context("applying database migrations")?;
    Ok(pool)
}

/// Where a SQLite file database keeps its JWT replay records: beside it, `crd-server.db` → `crd-server.replay.db`
/// (`None` for anything but a `sqlite://` file URL).
pub fn replay_database_url(url: &str) -> Option<String> {
    let rest = url.strip_prefix("sqlite://")?;
    let (path, query) = match rest.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (rest, None),
    };
    if path.is_empty() || path.contains(":memory:") {
        return None;
    }
    let replay = match path.strip_suffix(".db") {
        Some(stem) => format!("{stem}.replay.db"),
        None => format!("{path}.replay"),
    };
    Some(match query {
        Some(q) => format!("sqlite://{replay}?{q}"),
        None => format!("sqlite://{replay}"),
    })
}

impl Store {
    /// Opens the database at `url` and applies the migrations: `sqlite://path` (created if missing; WAL,
    /// synchronous NORMAL, 5 s busy timeout), `sqlite::memory:`, or `postgres://user:password@host/db`.
    pub async fn connect(url: &str, max_connections: u32) -> anyhow::Result<Store> {
        sqlx::any::install_default_drivers();
        let sqlite = url.starts_with("sqlite:");
        let memory = url.contains(":memory:");
        let url = if sqlite && !memory && !url.contains("mode=") {
            format!("{url}{}mode=rwc", if url.contains('?') { '&' } else { '?' })
        } else {
            url.to_string()
        };
        let pool = open_pool(&url, sqlite, memory, max_connections)
            .await
            .context("opening the database")?;
        // As many lent connections as the pool may have (a SQLite file only; see `Db`).
        let lend = (sqlite && !memory).then_some(max_connections.max(1) as usize);
        let hot = Db::new(pool.clone(), lend);
        // On a SQLite file, the JWT replay records are a file of their own beside it: SQLite has one write lock per
        // file, and the replay insert (before a hook decides) and the assertion upsert (after) contended for it —
        // the one that lost slept in SQLite's busy handler, 1 ms and more (bench/RESULTS.md, step 9).
        let replay = match replay_database_url(&url).filter(|_| sqlite && !memory) {
            Some(replay_url) => Db::new(
                open_pool(&replay_url, sqlite, memory, max_connections)
                    .await
                    .context("opening the JWT replay database")?,
                lend,
            ),
            None => hot.clone(),
        };
        Ok(Store {
            hot,
            replay,
            pool,
            writer: Group::new(),
            jti_writer: Group::new(),
            index: None,
        })
    }

    /// Keeps the hot read's results in process (`HotIndex`) for at most `max_age` each, `capacity` at most, when
    /// the database is SQLite (only this process writes it); PostgreSQL is shared by instances, and keeps
    /// querying. A zero `max_age` or `capacity` keeps nothing.
    pub fn with_hot_index(mut self, max_age: Duration, capacity: usize) -> Store {
        let sqlite = self.backend() == "sqlite";
        self.index = (sqlite && !max_age.is_zero() && capacity > 0)
            .then(|| Arc::new(HotIndex::new(max_age, capacity)));
        self
    }

    /// Whether the hot read's results are kept in process (`with_hot_index`).
    pub fn has_hot_index(&self) -> bool {
        self.index.is_some()
    }

    /// Which database this is (`SQLite`, `PostgreSQL`), for the log.
    pub fn backend(&self) -> String {
        self.pool
            .connect_options()
            .database_url
            .scheme()
            .to_string()
    }

    /// Records the decisions of one response, all or none, once they are committed. Concurrent calls are group-
    /// committed (`Group`): one statement for everything queued (each database round trip costs two thread hops;
    /// one per hook capped throughput, bench/RESULTS.md).
    pub async fn record(&self, records: impl Into<Vec<AssertionRecord>>) -> Result<(), StoreError> {
        let records = records.into();
        if records.is_empty() {
            return Ok(());
        }
        // The patients, to forget in the index if the writer fails without a word (its task ended).
        let patients: Vec<(String, String)> = match &self.index {
            Some(_) => records
                .iter()
                .map(|r| (r.tenant.clone(), r.patient_id.clone()))
                .collect(),
            None => Vec::new(),
        };
        let (done, committed) = tokio::sync::oneshot::channel();
        let db = self.hot.clone();
        let index = self.index.clone();
        self.writer.submit(
            WriteJob { records, done },
            MAX_BATCH_ROWS,
            |j| j.records.len(),
            move |batch| commit_batch(db.clone(), index.clone(), batch),
        );
        let result = committed.await.map_err(|_| sqlx::Error::WorkerCrashed);
        if let (Err(_), Some(index)) = (&result, &self.index) {
            for (tenant, patient) in &patients {
                index.forget(tenant, patient);
            }
        }
        result?.map_err(|e| StoreError(sqlx::Error::Protocol(e)))
    }

    /// The orders decided under an assertion id, for the tenant that holds it (another tenant's id: none).
    pub async fn assertion(
        &self,
        tenant: &str,
        assertion_id: &str,
    ) -> Result<Vec<AssertionRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT assertion_id, order_ref, hook, hook_instance, payer_id, policy_id, coverage_ref, outcome, \
             decided_on, created_at, trace, patient_id, facts, tenant, assertion_key, supersedes \
             FROM coverage_assertions WHERE tenant = $1 AND assertion_id = $2 ORDER BY order_ref",
        )
        .bind(tenant)
        .bind(assertion_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| assertion_record(row).map_err(StoreError::from))
            .collect()
    }

    /// The assertion ids that replaced `assertion_id` (a changed decision on the same orders).
    pub async fn superseded_by(
        &self,
        tenant: &str,
        assertion_id: &str,
    ) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT assertion_id FROM coverage_assertions WHERE tenant = $1 AND supersedes = $2 \
             ORDER BY assertion_id",
        )
        .bind(tenant)
        .bind(assertion_id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| r.try_get("assertion_id").map_err(StoreError::from))
            .collect()
    }

    /// The newest assertion about this order of this patient, whichever payer.
    pub async fn assertion_for_patient_order(
        &self,
        tenant: &str,
        patient_id: &str,
        order_ref: &str,
    ) -> Result<Option<String>, StoreError> {
        let row = sqlx::query(
            "SELECT assertion_id FROM coverage_assertions WHERE tenant = $1 AND patient_id = $2 AND order_ref = $3 \
             ORDER BY created_at DESC LIMIT 1",
        )
        .bind(tenant)
        .bind(patient_id)
        .bind(order_ref)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| r.try_get("assertion_id"))
            .transpose()
            .map_err(StoreError::from)
    }

    /// The payer CRD last decided this patient's coverage under.
    pub async fn payer_of_coverage(
        &self,
        tenant: &str,
        patient_id: &str,
        coverage_ref: &str,
    ) -> Result<Option<String>, StoreError> {
        let row = sqlx::query(
            "SELECT payer_id FROM coverage_assertions WHERE tenant = $1 AND patient_id = $2 AND coverage_ref = $3 \
             ORDER BY created_at DESC LIMIT 1",
        )
        .bind(tenant)
        .bind(patient_id)
        .bind(coverage_ref)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| r.try_get("payer_id"))
            .transpose()
            .map_err(StoreError::from)
    }

    /// Remembers a JWT id until `expires_at`; false when it was already there (a replay). Concurrent calls are
    /// group-committed, as assertions are: one statement for everything queued.
    pub async fn remember_jti(
        &self,
        iss: &str,
        jti: &str,
        expires_at: i64,
    ) -> Result<bool, StoreError> {
        let key = JtiKey {
            iss: iss.to_owned(),
            jti: jti.to_owned(),
            expires_at,
        };
        let (fresh, recorded) = tokio::sync::oneshot::channel();
        let db = self.replay.clone();
        self.jti_writer.submit(
            JtiJob { key, fresh },
            MAX_BATCH_JTIS,
            |_| 1,
            move |batch| remember_batch(db.clone(), batch),
        );
        recorded
            .await
            .map_err(|_| sqlx::Error::WorkerCrashed)?
            .map_err(|e| StoreError(sqlx::Error::Protocol(e)))
    }

    /// Forgets JWT ids whose tokens expired before `now` (a replay of those fails on `exp` anyway).
    pub async fn forget_expired_jtis(&self, now: i64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM jwt_ids WHERE expires_at < $1")
            .bind(now)
            .execute(self.replay.pool())
            .await
            .map(|_| ())
            .map_err(StoreError::from)
    }

    /// Stores one `$log-questionnaire-errors` call for `tenant` and keeps only its `keep` newest.
    pub async fn save_questionnaire_error(
        &self,
        tenant: &str,
        body: &serde_json::Value,
        keep: usize,
    ) -> Result<(), StoreError> {
        let now = chrono::Utc::now();
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO questionnaire_errors (id, tenant, received_at, seq, body) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(tenant)
        .bind(now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
        .bind(now.timestamp_micros())
        .bind(body.to_string())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "DELETE FROM questionnaire_errors WHERE tenant = $1 AND id NOT IN \
             (SELECT id FROM questionnaire_errors WHERE tenant = $2 ORDER BY seq DESC LIMIT $3)",
        )
        .bind(tenant)
        .bind(tenant)
        .bind(keep.min(i64::MAX as usize) as i64)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The tenant's stored `$log-questionnaire-errors` calls, newest first: (id, received at, input Parameters).
    pub async fn questionnaire_errors(
        &self,
        tenant: &str,
    ) -> Result<Vec<(String, String, serde_json::Value)>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, received_at, body FROM questionnaire_errors WHERE tenant = $1 ORDER BY seq DESC",
        )
        .bind(tenant)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| {
                let body: String = r.try_get("body")?;
                Ok((
                    r.try_get("id")?,
                    r.try_get("received_at")?,
                    serde_json::from_str(&body).unwrap_or(serde_json::Value::Null),
                ))
            })
            .collect()
    }

    /// Keeps a SMART Backend Services access token (its SHA-256 only) until `expires_at`, and sweeps the expired.
    pub async fn save_backend_token(
        &self,
        token_sha256: &str,
        client_id: &str,
        tenant: &str,
        scope: &str,
        expires_at: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM backend_tokens WHERE expires_at < $1")
            .bind(now)
            .execute(&self.pool)
            .await?;
        sqlx::query(
            "INSERT INTO backend_tokens (token_sha256, client_id, tenant, scope, expires_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(token_sha256)
        .bind(client_id)
        .bind(tenant)
        .bind(scope)
        .bind(expires_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The (client id, tenant, scope) of an access token that has not expired at `now`.
    pub async fn backend_token(
        &self,
        token_sha256: &str,
        now: i64,
    ) -> Result<Option<(String, String, String)>, StoreError> {
        let row = sqlx::query(
            "SELECT client_id, tenant, scope FROM backend_tokens WHERE token_sha256 = $1 AND expires_at >= $2",
        )
        .bind(token_sha256)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| -> Result<(String, String, String), StoreError> {
            Ok((
                r.try_get("client_id")?,
                r.try_get("tenant")?,
                r.try_get("scope")?,
            ))
        })
        .transpose()
    }

    /// Deletes coverage assertions (with their facts and traces) and QuestionnaireResponses stored before
    /// `cutoff`, and JWT ids expired by then; returns how many assertion rows and responses went.
    pub async fn purge_before(
        &self,
        cutoff: chrono::DateTime<chrono::Utc>,
    ) -> Result<(u64, u64), StoreError> {
        // Timestamps are stored as RFC 3339 UTC text, which orders as time does.
        let cutoff_text = cutoff.to_rfc3339();
        let mut tx = self.pool.begin().await?;
        let assertions = sqlx::query("DELETE FROM coverage_assertions WHERE created_at < $1")
            .bind(&cutoff_text)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        let responses = sqlx::query("DELETE FROM questionnaire_responses WHERE created_at < $1")
            .bind(&cutoff_text)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        sqlx::query("DELETE FROM cds_feedback WHERE received_at < $1")
            .bind(&cutoff_text)
            .execute(&mut *tx)
            .await?;
        for table in ["smart_launches", "smart_sessions", "backend_tokens"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE expires_at < $1"))
                .bind(cutoff.timestamp())
                .execute(&mut *tx)
                .await?;
        }
        let committed = tx.commit().await;
        // Whether or not the commit went through, what the index kept may be gone.
        if let Some(index) = &self.index {
            index.clear();
        }
        committed?;
        // The replay records (on a SQLite file, in their own file).
        self.forget_expired_jtis(cutoff.timestamp()).await?;
        Ok((assertions, responses))
    }

    /// This patient's decided orders that still need documentation (`conditional`), newest first, at most
    /// `limit` rows: what the questionnaire app offers when the EHR launched it without an order or context.
    pub async fn open_decisions(
        &self,
        tenant: &str,
        patient_id: &str,
        limit: usize,
    ) -> Result<Vec<AssertionRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT assertion_id, order_ref, hook, hook_instance, payer_id, policy_id, coverage_ref, outcome, \
             decided_on, created_at, patient_id, tenant, assertion_key, supersedes FROM coverage_assertions \
             WHERE tenant = $1 AND patient_id = $2 AND outcome = 'conditional' \
             AND assertion_id NOT IN (SELECT supersedes FROM coverage_assertions WHERE tenant = $1) \
             ORDER BY created_at DESC, assertion_id, order_ref LIMIT $3",
        )
        .bind(tenant)
        .bind(patient_id)
        .bind(limit.min(i64::MAX as usize) as i64)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| assertion_record(row).map_err(StoreError::from))
            .collect()
    }

    /// The newest assertion under `policy_id` for this patient that is waiting for documentation.
    pub async fn open_assertion(
        &self,
        tenant: &str,
        patient_id: &str,
        policy_id: &str,
    ) -> Result<Option<String>, StoreError> {
        let row = sqlx::query(
            "SELECT assertion_id FROM coverage_assertions WHERE tenant = $1 AND patient_id = $2 AND policy_id = $3 \
             AND assertion_id NOT IN (SELECT supersedes FROM coverage_assertions WHERE tenant = $1) \
             ORDER BY (outcome = 'conditional') DESC, created_at DESC LIMIT 1",
        )
        .bind(tenant)
        .bind(patient_id)
        .bind(policy_id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| r.try_get("assertion_id"))
            .transpose()
            .map_err(StoreError::from)
    }

    pub async fn save_questionnaire_response(
        &self,
        tenant: &str,
        id: &str,
        assertion_id: &str,
        patient_id: &str,
        policy_id: &str,
        resource: &serde_json::Value,
    ) -> Result<(), StoreError> {
        let saved = sqlx::query(
            "INSERT INTO questionnaire_responses (id, assertion_id, patient_id, policy_id, resource, created_at, \
             tenant) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(assertion_id)
        .bind(patient_id)
        .bind(policy_id)
        .bind(resource.to_string())
        .bind(chrono::Utc::now().to_rfc3339())
        .bind(tenant)
        .execute(&self.pool)
        .await;
        // The patient's answers changed (or may have): the index reads them again.
        if let Some(index) = &self.index {
            index.forget(tenant, patient_id);
        }
        saved?;
        Ok(())
    }

    /// How many QuestionnaireResponses were submitted for this assertion.
    /// The QuestionnaireResponses stored for these assertions (an assertion and those it superseded).
    pub async fn count_questionnaire_responses(
        &self,
        tenant: &str,
        assertion_ids: &[String],
    ) -> Result<usize, StoreError> {
        if assertion_ids.is_empty() {
            return Ok(0);
        }
        let list: Vec<String> = (0..assertion_ids.len())
            .map(|i| format!("${}", i + 2))
            .collect();
        let sql = format!(
            "SELECT COUNT(*) AS n FROM questionnaire_responses WHERE tenant = $1 AND assertion_id IN ({})",
            list.join(", ")
        );
        let mut query = sqlx::query(&sql).bind(tenant);
        for id in assertion_ids {
            query = query.bind(id);
        }
        let row = query.fetch_one(&self.pool).await?;
        let n: i64 = row.try_get("n")?;
        Ok(n.max(0) as usize)
    }

    /// The assertion in force for the orders of `assertion_id`: itself, or the newest that superseded it
    /// (followed at most `MAX_SUPERSEDED_HOPS` times), and every id on the way, oldest first.
    pub async fn assertion_chain(
        &self,
        tenant: &str,
        assertion_id: &str,
    ) -> Result<Vec<String>, StoreError> {
        let mut chain = Vec::new();
        // Back to the first decision on these orders...
        let mut id = assertion_id.to_string();
        for _ in 0..MAX_SUPERSEDED_HOPS {
            let row = sqlx::query(
                "SELECT supersedes FROM coverage_assertions WHERE tenant = $1 AND assertion_id = $2 \
                 AND supersedes <> '' LIMIT 1",
            )
            .bind(tenant)
            .bind(&id)
            .fetch_optional(&self.pool)
            .await?;
            match row {
                Some(r) => {
                    id = r.try_get("supersedes")?;
                    if id == assertion_id || chain.contains(&id) {
                        break;
                    }
                    chain.push(id.clone());
                }
                None => break,
            }
        }
        chain.reverse();
        chain.push(assertion_id.to_string());
        // ...and forward to the one in force.
        let mut id = assertion_id.to_string();
        for _ in 0..MAX_SUPERSEDED_HOPS {
            match self.superseded_by(tenant, &id).await?.pop() {
                Some(next) if !chain.contains(&next) => {
                    chain.push(next.clone());
                    id = next;
                }
                _ => break,
            }
        }
        Ok(chain)
    }

    /// The hot path's reads in one query (issue #18): the answers submitted for this patient under `policy_id`
    /// (as `questionnaire_responses`) and the newest assertion of `payer_id` on any of `order_refs` (as
    /// `PreviousAssertion`). One round trip instead of two: each costs two thread hops to sqlx's worker.
    pub async fn hot_read(
        &self,
        tenant: &str,
        patient_id: &str,
        policy_id: &str,
        payer_id: &str,
        order_refs: &[&str],
    ) -> Result<HotRead, StoreError> {
        let ticket = match &self.index {
            Some(index) => {
                match index.lookup(tenant, patient_id, policy_id, payer_id, order_refs) {
                    index::Lookup::Kept(kept) => return Ok(kept),
                    index::Lookup::Miss(ticket) => Some(ticket),
                }
            }
            None => None,
        };
        let read = self
            .hot_read_query(tenant, patient_id, policy_id, payer_id, order_refs)
            .await?;
        if let (Some(index), Some(ticket)) = (&self.index, ticket) {
            index.fill(ticket, &read);
        }
        Ok(read)
    }

    async fn hot_read_query(
        &self,
        tenant: &str,
        patient_id: &str,
        policy_id: &str,
        payer_id: &str,
        order_refs: &[&str],
    ) -> Result<HotRead, StoreError> {
        let mut binds: Vec<&str> = vec![tenant, patient_id, policy_id];
        if !order_refs.is_empty() {
            binds.push(payer_id);
            binds.extend_from_slice(order_refs);
        }
        let sql = hot_read_sql(order_refs.len());
        let mut query = sqlx::query(&sql);
        for b in binds {
            query = query.bind(b);
        }
        let mut conn = self.hot.conn().await?;
        let rows = query.fetch_all(&mut *conn).await?;
        conn.finished();
        let mut read = HotRead {
            from_database: true,
            ..HotRead::default()
        };
        let mut answers: Vec<(String, serde_json::Value)> = Vec::new();
        for row in rows {
            let kind: String = row.try_get("kind")?;
            let v1: String = row.try_get("v1")?;
            if kind == "a" {
                answers.push((
                    row.try_get("t")?,
                    serde_json::from_str(&v1).unwrap_or(serde_json::Value::Null),
                ));
            } else {
                let entry = read.previous.get_or_insert_with(|| PreviousAssertion {
                    assertion_id: v1,
                    keys: Vec::new(),
                });
                entry.keys.push((row.try_get("v2")?, row.try_get("v3")?));
            }
        }
        // Oldest answers first (a stable sort: equal times keep the database's order, as ORDER BY did).
        answers.sort_by(|a, b| a.0.cmp(&b.0));
        read.answers = answers.into_iter().map(|(_, v)| v).collect();
        // One assertion's rows share their created_at: ordered by order, whatever the database returned.
        if let Some(previous) = read.previous.as_mut() {
            previous.keys.sort();
        }
        Ok(read)
    }

    /// Every QuestionnaireResponse submitted for this patient under `policy_id`, oldest first.
    pub async fn questionnaire_responses(
        &self,
        tenant: &str,
        patient_id: &str,
        policy_id: &str,
    ) -> Result<Vec<serde_json::Value>, StoreError> {
        let rows = sqlx::query(
            "SELECT resource FROM questionnaire_responses WHERE tenant = $1 AND patient_id = $2 AND policy_id = $3 \
             ORDER BY created_at",
        )
        .bind(tenant)
        .bind(patient_id)
        .bind(policy_id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| {
                let text: String = r.try_get("resource")?;
                Ok(serde_json::from_str(&text).unwrap_or(serde_json::Value::Null))
            })
            .collect()
    }

    /// Stores the feedback items of one call for `tenant`, all or none.
    pub async fn save_feedback(
        &self,
        tenant: &str,
        service_id: &str,
        items: &[FeedbackRecord],
    ) -> Result<(), StoreError> {
        let received_at = chrono::Utc::now().to_rfc3339();
        let mut tx = self.pool.begin().await?;
        for item in items {
            sqlx::query(
                "INSERT INTO cds_feedback (id, tenant, service_id, card, outcome, accepted_suggestions, \
                 override_reason, outcome_timestamp, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(uuid::Uuid::new_v4().to_string())
            .bind(tenant)
            .bind(service_id)
            .bind(&item.card)
            .bind(&item.outcome)
            .bind(item.accepted_suggestions.to_string())
            .bind(item.override_reason.to_string())
            .bind(&item.outcome_timestamp)
            .bind(&received_at)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The feedback `tenant` sent to `service_id`, oldest first, each as the CDS Hooks Feedback object.
    pub async fn feedback(
        &self,
        tenant: &str,
        service_id: &str,
    ) -> Result<Vec<serde_json::Value>, StoreError> {
        let rows = sqlx::query(
            "SELECT card, outcome, accepted_suggestions, override_reason, outcome_timestamp FROM cds_feedback \
             WHERE tenant = $1 AND service_id = $2 ORDER BY received_at, outcome_timestamp",
        )
        .bind(tenant)
        .bind(service_id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|r| {
                let card: String = r.try_get("card")?;
                let outcome: String = r.try_get("outcome")?;
                let accepted: String = r.try_get("accepted_suggestions")?;
                let reason: String = r.try_get("override_reason")?;
                let at: String = r.try_get("outcome_timestamp")?;
                let mut item = serde_json::json!({
                    "card": card, "outcome": outcome, "outcomeTimestamp": at,
                });
                for (key, text) in [
                    ("acceptedSuggestions", accepted),
                    ("overrideReason", reason),
                ] {
                    match serde_json::from_str::<serde_json::Value>(&text) {
                        Ok(serde_json::Value::Null) | Err(_) => {}
                        Ok(v) => item[key] = v,
                    }
                }
                Ok(item)
            })
            .collect()
    }

    /// Keeps a started SMART launch until the callback (and sweeps launches that expired before `now`).
    pub async fn save_smart_launch(
        &self,
        launch: &SmartLaunch,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM smart_launches WHERE expires_at < $1")
            .bind(now)
            .execute(&self.pool)
            .await?;
        sqlx::query(
            "INSERT INTO smart_launches (state, iss, token_endpoint, code_verifier, browser_hash, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&launch.state)
        .bind(&launch.iss)
        .bind(&launch.token_endpoint)
        .bind(&launch.code_verifier)
        .bind(&launch.browser_hash)
        .bind(launch.expires_at)
        .execute(&self.pool)
        .await
        .map(|_| ())
        .map_err(StoreError::from)
    }

    /// Takes the launch `state` names, once: a second callback with the same state finds nothing.
    pub async fn take_smart_launch(&self, state: &str) -> Result<Option<SmartLaunch>, StoreError> {
        let row = sqlx::query(
            "DELETE FROM smart_launches WHERE state = $1 \
             RETURNING state, iss, token_endpoint, code_verifier, browser_hash, expires_at",
        )
        .bind(state)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(SmartLaunch {
                state: r.try_get("state")?,
                iss: r.try_get("iss")?,
                token_endpoint: r.try_get("token_endpoint")?,
                code_verifier: r.try_get("code_verifier")?,
                browser_hash: r.try_get("browser_hash")?,
                expires_at: r.try_get("expires_at")?,
            })
        })
        .transpose()
    }

    /// Stores an app session under the hash of its id (and sweeps sessions that expired before `now`).
    pub async fn save_smart_session(
        &self,
        id_hash: &str,
        session: &SmartSession,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM smart_sessions WHERE expires_at < $1")
            .bind(now)
            .execute(&self.pool)
            .await?;
        sqlx::query(
            "INSERT INTO smart_sessions (id_hash, iss, patient_id, context, expires_at, tenant) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id_hash)
        .bind(&session.iss)
        .bind(&session.patient_id)
        .bind(session.context.to_string())
        .bind(session.expires_at)
        .bind(&session.tenant)
        .execute(&self.pool)
        .await
        .map(|_| ())
        .map_err(StoreError::from)
    }

    /// The unexpired session stored under `id_hash`.
    pub async fn smart_session(
        &self,
        id_hash: &str,
        now: i64,
    ) -> Result<Option<SmartSession>, StoreError> {
        let row = sqlx::query(
            "SELECT iss, patient_id, context, expires_at, tenant FROM smart_sessions \
             WHERE id_hash = $1 AND expires_at >= $2",
        )
        .bind(id_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            let context: String = r.try_get("context")?;
            Ok(SmartSession {
                iss: r.try_get("iss")?,
                patient_id: r.try_get("patient_id")?,
                context: serde_json::from_str(&context).unwrap_or(serde_json::Value::Null),
                expires_at: r.try_get("expires_at")?,
                tenant: r.try_get("tenant")?,
            })
        })
        .transpose()
    }
}

/// One CDS Hooks feedback item as stored (validated by the route).
#[derive(Debug, Clone)]
pub struct FeedbackRecord {
    pub card: String,
    pub outcome: String,
    /// The `acceptedSuggestions` array, or null.
    pub accepted_suggestions: serde_json::Value,
    /// The `overrideReason` object, or null.
    pub override_reason: serde_json::Value,
    pub outcome_timestamp: String,
}

/// A SMART launch between `/smart/launch` and `/smart/callback`.
#[derive(Debug, Clone)]
pub struct SmartLaunch {
    pub state: String,
    pub iss: String,
    pub token_endpoint: String,
    pub code_verifier: String,
    /// SHA-256 of the cookie the launch set in the browser that started it.
    pub browser_hash: String,
    pub expires_at: i64,
}

/// An app session: the EHR, patient and launch context; never the access token.
#[derive(Debug, Clone)]
pub struct SmartSession {
    pub iss: String,
    pub patient_id: String,
    pub context: serde_json::Value,
    pub expires_at: i64,
    /// The EHR client (JWT `iss`) whose decisions and answers this session reads and writes.
    pub tenant: String,
}
