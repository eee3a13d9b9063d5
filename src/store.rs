//! Durable storage: coverage assertions and their decision traces (SQLite by default, through sqlx, with the
//! migrations in `migrations/`).
//!
//! Owns: the connection pool, schema migrations at start-up, and the queries. Nothing above it writes SQL.

use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use serde::Serialize;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};
use sqlx::Row;

#[derive(Clone)]
pub struct Store {
    pool: SqlitePool,
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
    pub trace: serde_json::Value,
}

impl Store {
    /// Opens (creating if missing) the database at `url` and applies the migrations.
    pub async fn connect(url: &str) -> anyhow::Result<Store> {
        let options = SqliteConnectOptions::from_str(url)
            .with_context(|| "database.url is not a SQLite URL (sqlite://path or sqlite::memory:)")?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .context("opening the database")?;
        sqlx::migrate!("./migrations")
            .run(&pool)
            .await
            .context("applying database migrations")?;
        Ok(Store { pool })
    }

    /// Records the decisions of one response, all or none.
    pub async fn record(&self, records: &[AssertionRecord]) -> Result<(), sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        for r in records {
            sqlx::query(
                "INSERT INTO coverage_assertions (assertion_id, order_ref, hook, hook_instance, payer_id, policy_id, \
                 coverage_ref, outcome, decided_on, created_at, trace) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
                 ON CONFLICT (assertion_id, order_ref) DO UPDATE SET outcome = excluded.outcome, trace = excluded.trace",
            )
            .bind(&r.assertion_id)
            .bind(&r.order_ref)
            .bind(&r.hook)
            .bind(&r.hook_instance)
            .bind(&r.payer_id)
            .bind(&r.policy_id)
            .bind(&r.coverage_ref)
            .bind(&r.outcome)
            .bind(&r.decided_on)
            .bind(&r.created_at)
            .bind(r.trace.to_string())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await
    }

    pub async fn assertion(&self, assertion_id: &str) -> Result<Vec<AssertionRecord>, sqlx::Error> {
        let rows = sqlx::query(
            "SELECT assertion_id, order_ref, hook, hook_instance, payer_id, policy_id, coverage_ref, outcome, \
             decided_on, created_at, trace FROM coverage_assertions WHERE assertion_id = ? ORDER BY order_ref",
        )
        .bind(assertion_id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                let trace: String = row.try_get("trace")?;
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
                    trace: serde_json::from_str(&trace).unwrap_or(serde_json::Value::Null),
                })
            })
            .collect()
    }
}
