//! Connections for the hot path's queries (the hot read, the group commits): see [`Db`].

use std::sync::Arc;

use sqlx::pool::PoolConnection;
use sqlx::{Any, AnyConnection, AnyPool};

/// Where the hot path's queries (the hot read, the group commits) get a connection. On a SQLite file, from a few
/// connections of its own instead of the pool (issue #18): sqlx pings every connection given back to its pool
/// (`PoolConnection`'s release: a task spawned, and a command to the connection's worker thread and back), so
/// each query cost two hops to that thread where one does the work. Here a connection whose query finished goes
/// back as it is; one whose query failed or was dropped half-way (a cancelled request) is closed, never lent
/// again — what the ping guards against. PostgreSQL and in-memory SQLite (one database per connection) use the
/// pool as every other query does.
#[derive(Clone)]
pub(super) struct Db {
    pool: AnyPool,
    lent: Option<Arc<Lent>>,
}

/// Connections taken out of the pool for good, lent one query at a time; at most `permits` exist at once.
struct Lent {
    idle: std::sync::Mutex<Vec<AnyConnection>>,
    permits: Arc<tokio::sync::Semaphore>,
}

impl Db {
    /// The pool the lent connections come from (for queries off the hot path).
    pub(super) fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub(super) fn new(pool: AnyPool, lend: Option<usize>) -> Db {
        let lent = lend.map(|n| {
            Arc::new(Lent {
                idle: std::sync::Mutex::new(Vec::with_capacity(n)),
                permits: Arc::new(tokio::sync::Semaphore::new(n.max(1))),
            })
        });
        Db { pool, lent }
    }

    /// A connection for one query; [`Conn::finished`] after it succeeded.
    pub(super) async fn conn(&self) -> Result<Conn, sqlx::Error> {
        let Some(lent) = &self.lent else {
            return Ok(Conn::Pooled(self.pool.acquire().await?));
        };
        let permit = Arc::clone(&lent.permits)
            .acquire_owned()
            .await
            .map_err(|_| sqlx::Error::PoolClosed)?;
        let idle = lent.idle.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let conn = match idle {
            Some(conn) => conn,
            // Detached: made with the pool's settings (WAL, busy timeout), no longer counted by it.
            None => self.pool.acquire().await?.detach(),
        };
        Ok(Conn::Lent(LentConn {
            conn: Some(conn),
            lent: Arc::clone(lent),
            _permit: permit,
            finished: false,
        }))
    }
}

/// A connection for one query, from the pool or lent.
pub(super) enum Conn {
    Pooled(PoolConnection<Any>),
    Lent(LentConn),
}

pub(super) struct LentConn {
    conn: Option<AnyConnection>,
    lent: Arc<Lent>,
    _permit: tokio::sync::OwnedSemaphorePermit,
    /// Whether its query ran to the end: only then is it lent again.
    finished: bool,
}

impl Conn {
    /// The query succeeded: the connection may serve the next one as it is.
    pub(super) fn finished(mut self) {
        if let Conn::Lent(l) = &mut self {
            l.finished = true;
        }
    }
}

impl std::ops::Deref for Conn {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        match self {
            Conn::Pooled(c) => c,
            Conn::Lent(l) => l.conn.as_ref().expect("a lent connection until dropped"),
        }
    }
}

impl std::ops::DerefMut for Conn {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        match self {
            Conn::Pooled(c) => c,
            Conn::Lent(l) => l.conn.as_mut().expect("a lent connection until dropped"),
        }
    }
}

impl Drop for LentConn {
    fn drop(&mut self) {
        // Not finished: dropped with it (sqlx closes the connection when its worker hears no more).
        if let (true, Some(conn)) = (self.finished, self.conn.take()) {
            self.lent
                .idle
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(conn);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::store::Store;

    /// A store on a fresh SQLite file (lent connections are for files only), with `n` connections.
    async fn file_store(n: u32) -> (Store, std::path::PathBuf) {
        let path = std::env::temp_dir().join(format!("crd-lent-{}.db", uuid::Uuid::new_v4()));
        let store = Store::connect(&format!("sqlite://{}", path.display()), n)
            .await
            .expect("store");
        (store, path)
    }

    fn idle(store: &Store) -> usize {
        let lent = store
            .hot
            .lent
            .as_ref()
            .expect("a SQLite file lends connections");
        lent.idle.lock().unwrap().len()
    }

    /// The hot read and the group commit reuse one connection, query after query, without the pool (no ping on
    /// release); a connection whose query failed, or was dropped before it finished, is never lent again.
    #[tokio::test]
    async fn a_lent_connection_serves_again_only_after_its_query_finished() {
        let (store, path) = file_store(4).await;
        assert_eq!(idle(&store), 0);
        store
            .hot_read("ehr", "p1", "policy", "payer", &["ServiceRequest/1"])
            .await
            .expect("hot read");
        assert_eq!(
            idle(&store),
            1,
            "a finished query gives its connection back"
        );
        for _ in 0..3 {
            store
                .hot_read("ehr", "p1", "policy", "payer", &[])
                .await
                .expect("hot read");
            assert!(store
                .remember_jti("iss", &uuid::Uuid::new_v4().to_string(), 1)
                .await
                .unwrap());
        }
        assert_eq!(idle(&store), 1, "one connection served every query in turn");

        // A failed query: its connection is closed, not given back.
        let mut conn = store.hot.conn().await.expect("connection");
        assert_eq!(idle(&store), 0);
        let failed = sqlx::query("SELECT * FROM no_such_table")
            .fetch_all(&mut *conn)
            .await;
        assert!(failed.is_err());
        drop(conn);
        assert_eq!(
            idle(&store),
            0,
            "a connection whose query failed is not lent again"
        );

        // A query dropped half-way (a cancelled request): not given back either.
        store
            .hot_read("ehr", "p1", "policy", "payer", &[])
            .await
            .unwrap();
        assert_eq!(idle(&store), 1);
        let conn = store.hot.conn().await.expect("connection");
        drop(conn);
        assert_eq!(
            idle(&store),
            0,
            "a connection not marked finished is closed"
        );
        drop(store);
        let _ = std::fs::remove_file(&path);
    }

    /// No more connections are lent at once than the pool may have: the next caller waits for one to come back.
    #[tokio::test]
    async fn lent_connections_are_bounded() {
        use futures::FutureExt;
        let (store, path) = file_store(2).await;
        let a = store.hot.conn().await.expect("first");
        let b = store.hot.conn().await.expect("second");
        assert!(
            store.hot.conn().now_or_never().is_none(),
            "a third connection waits while two are lent"
        );
        a.finished();
        let c = store
            .hot
            .conn()
            .now_or_never()
            .expect("one came back")
            .expect("connection");
        assert_eq!(
            idle(&store),
            0,
            "the one given back was lent again, not a new one made"
        );
        drop((b, c));
        drop(store);
        let _ = std::fs::remove_file(&path);
    }

    /// Requests cancelled at any point of their query (clients going away) neither leak a lent connection's place
    /// nor leave one half-used to be lent again: afterwards every place is free and every query still answers.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn cancelled_queries_free_their_place() {
        let (store, path) = file_store(3).await;
        let mut tasks = Vec::new();
        for i in 0..300u64 {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                let read = store.hot_read("ehr", "p1", "policy", "payer", &["ServiceRequest/1"]);
                if i % 2 == 0 {
                    // Cut off at a varying point: before the connection, mid-query, or not at all.
                    let _ =
                        tokio::time::timeout(std::time::Duration::from_micros(i * 7), read).await;
                } else {
                    read.await.expect("an uncancelled read answers");
                }
            }));
        }
        for t in tasks {
            t.await.expect("no task panics");
        }
        let lent = store.hot.lent.as_ref().expect("lent");
        assert_eq!(lent.permits.available_permits(), 3, "every place came back");
        assert!(idle(&store) <= 3);
        store
            .hot_read("ehr", "p1", "policy", "payer", &[])
            .await
            .expect("the store still answers");
        drop(store);
        let _ = std::fs::remove_file(&path);
    }

    /// PostgreSQL and in-memory SQLite keep using the pool.
    #[tokio::test]
    async fn in_memory_sqlite_uses_the_pool() {
        let store = Store::connect("sqlite::memory:", 1).await.expect("store");
        assert!(store.hot.lent.is_none());
        store
            .hot_read("ehr", "p1", "policy", "payer", &["ServiceRequest/1"])
            .await
            .unwrap();
    }
}
