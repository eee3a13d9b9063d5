//! Running the application: the listener, the routes over the state, graceful shutdown.
//!
//! Owns: `Application::build(settings)` (binds, so tests can use port 0 and read the bound port) and
//! `run_until_stopped`. `main.rs` only parses the command line and calls into here.

use std::net::TcpListener;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::{web, App, HttpServer};
use anyhow::Context;
use tracing_actix_web::TracingLogger;

use crate::config::Settings;
use crate::policy::PolicySet;
use crate::routes;
use crate::state::AppState;
use crate::store::Store;
use crate::telemetry::CrdRootSpan;

pub struct Application {
    port: u16,
    server: Server,
}

/// Whether a listen address is reachable only from this machine.
fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host
            .trim_matches(['[', ']'])
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Application> {
        let policies =
            crate::policy_files::load_policies(&settings.policies.dir).map_err(|errors| {
                anyhow::anyhow!(
                    "invalid policy files:\n{}",
                    errors
                        .iter()
                        .map(|e| format!("  {e}"))
                        .collect::<Vec<_>>()
                        .join("\n")
                )
            })?;
        Self::build_with_policies(settings, policies).await
    }

    pub async fn build_with_policies(
        settings: Settings,
        policies: PolicySet,
    ) -> anyhow::Result<Application> {
        if settings.demo.enabled
            && !settings.demo.allow_non_loopback
            && !is_loopback(&settings.server.host)
        {
            anyhow::bail!(
                "demo.enabled on {}, which is not a loopback address: whoever reaches it could use the demo EHR. \
                 Turn the demo off (demo.enabled = false), listen on 127.0.0.1, or force it with \
                 demo.allow_non_loopback = true",
                settings.server.host
            );
        }
        let listener = TcpListener::bind((settings.server.host.as_str(), settings.server.port))
            .with_context(|| {
                format!("binding {}:{}", settings.server.host, settings.server.port)
            })?;
        let port = listener.local_addr()?.port();
        let workers = settings.server.workers;
        let store = Store::connect(&settings.database.url, settings.database.max_connections)
            .await?
            .with_hot_index(
                Duration::from_secs(settings.database.hot_index_secs),
                settings.database.hot_index_entries,
            );
        match settings.auth.mode {
            crate::config::AuthMode::InsecureNone => {
                tracing::warn!(
                    "auth.mode = insecure-none: hook calls are NOT authenticated; local demos only"
                );
                eprintln!("WARNING: auth.mode = insecure-none: anyone who reaches this port can call the hooks and read stored decisions. Local demos only.");
            }
            crate::config::AuthMode::Jwt if settings.auth.clients.is_empty() => {
                if settings.demo.enabled {
                    tracing::warn!(
                        "auth.mode = jwt with no trusted EHR clients: only the demo EHR (/demo) can call hooks"
                    );
                } else {
                    tracing::warn!(
                        "auth.mode = jwt with no trusted clients: every hook call will be refused"
                    );
                }
            }
            crate::config::AuthMode::Jwt => {}
        }
        let cors_origins = settings.crd.cors_allowed_origins.clone();
        let state = web::Data::new(AppState::new(settings, policies, Some(port), store)?);
        let mut server = HttpServer::new(move || {
            App::new()
                .wrap(TracingLogger::<CrdRootSpan>::new())
                .app_data(state.clone())
                .configure(|cfg| routes::configure(cfg, &cors_origins))
        })
        .listen(listener)?
        .shutdown_timeout(10);
        if workers > 0 {
            server = server.workers(workers);
        }
        Ok(Application {
            port,
            server: server.run(),
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Runs until SIGINT/SIGTERM (actix handles both and drains in-flight requests).
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn loopback_addresses_are_told_from_reachable_ones() {
        for host in ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"] {
            assert!(super::is_loopback(host), "{host}");
        }
        for host in ["0.0.0.0", "::", "10.0.0.5", "example.org"] {
            assert!(!super::is_loopback(host), "{host}");
        }
    }
}
