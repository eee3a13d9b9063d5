//! Building and running the application: state, routes, the listener, graceful shutdown.
//!
//! Owns: `Application::build(settings)` (binds, so tests can use port 0 and read the bound port) and
//! `run_until_stopped`. `main.rs` only parses the command line and calls into here.

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::{web, App, HttpServer};
use anyhow::Context;
use tracing_actix_web::TracingLogger;

use crate::config::Settings;
use crate::fhir::client::{Allowlist, FhirClient};
use crate::hooks::ServiceDef;
use crate::metrics::Metrics;
use crate::policy::PolicySet;
use crate::routes;
use crate::store::Store;
use crate::telemetry::CrdRootSpan;

/// The discovery document, compiled in so the binary serves it from anywhere.
pub const SERVICES_JSON: &str = include_str!("../cds-hooks/services.json");

pub struct AppState {
    pub settings: Settings,
    pub policies: Arc<PolicySet>,
    /// The policies' Questionnaires and ValueSets.
    pub catalog: Arc<crate::dtr::catalog::Catalog>,
    pub fhir: FhirClient,
    pub metrics: Metrics,
    /// Absent only for offline use (`crd-server explain`).
    pub store: Option<Store>,
    pub services: Vec<ServiceDef>,
    pub discovery: serde_json::Value,
    /// Where EHRs reach this server (links, canonicals).
    pub public_base_url: String,
    /// Where the EHR launches the SMART questionnaire app.
    pub smart_launch_url: String,
    /// The SMART questionnaire app (`/smart/...`).
    pub smart: crate::smart::SmartApp,
    /// CDS Hooks JWT verification; `None` only with `auth.mode = "insecure-none"`.
    pub auth: Option<Arc<crate::auth::Authenticator>>,
    /// The demo EHR (`/demo`), with `demo.enabled` only.
    pub demo: Option<Arc<crate::demo::DemoEhr>>,
}

impl AppState {
    /// The shared state of the service. `port` is the bound port, for the default public base URL.
    pub fn new(
        settings: Settings,
        policies: PolicySet,
        port: Option<u16>,
        store: Option<Store>,
    ) -> anyhow::Result<AppState> {
        let public_base_url = settings
            .server
            .public_base_url
            .clone()
            .unwrap_or_else(|| {
                format!(
                    "http://{}:{}",
                    settings.server.host,
                    port.unwrap_or(settings.server.port)
                )
            })
            .trim_end_matches('/')
            .to_string();
        let metrics = Metrics::new();
        let demo = if settings.demo.enabled {
            Some(Arc::new(crate::demo::DemoEhr::new(&public_base_url)?))
        } else {
            None
        };
        // The demo EHR's FHIR server is readable by the hooks it signs, and may launch the questionnaire app.
        let mut allowed = settings.fhir.allowlist.clone();
        let mut smart_settings = settings.smart.clone();
        if let Some(demo) = &demo {
            allowed.push(demo.fhir_base());
            smart_settings.issuers.push(demo.fhir_base());
        }
        let allowlist = Allowlist::new(&allowed).map_err(anyhow::Error::msg)?;
        let fhir = FhirClient::new(
            allowlist,
            Duration::from_millis(settings.fhir.request_timeout_ms),
            settings.fhir.max_pages.max(1),
            metrics.clone(),
        );
        let (discovery, services) = load_services()?;
        let catalog =
            crate::policy_files::load_catalog(&settings.dtr.questionnaires_dir, &policies)
                .map_err(|errors| {
                    anyhow::anyhow!("invalid questionnaire files:\n  {}", errors.join("\n  "))
                })?;
        let smart_launch_url = settings
            .dtr
            .smart_launch_url
            .clone()
            .unwrap_or_else(|| format!("{public_base_url}/smart/launch"));
        let auth = (settings.auth.mode == crate::config::AuthMode::Jwt).then(|| {
            let mut auth = crate::auth::Authenticator::new(
                &settings.auth,
                store.clone(),
                crate::auth::system_clock(),
            );
            if let Some(demo) = &demo {
                auth.trust_local_client(demo.issuer().to_string(), demo.jwks_url(), demo.jwks())?;
            }
            anyhow::Ok(Arc::new(auth))
        });
        let auth = auth.transpose()?;
        let smart = crate::smart::SmartApp::new(&smart_settings, &public_base_url)?;
        Ok(AppState {
            auth,
            demo,
            smart,
            settings,
            policies: Arc::new(policies),
            catalog: Arc::new(catalog),
            fhir,
            metrics,
            store,
            services,
            discovery,
            smart_launch_url,
            public_base_url,
        })
    }

    /// Lets the call in when its JWT is a trusted client's for exactly this endpoint (or auth is off); returns
    /// the client's issuer.
    pub async fn authenticate(
        &self,
        req: &actix_web::HttpRequest,
    ) -> Result<Option<String>, crate::error::ApiError> {
        let Some(auth) = &self.auth else {
            return Ok(None);
        };
        let header = req
            .headers()
            .get(actix_web::http::header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok());
        let audience = format!("{}{}", self.public_base_url, req.path());
        let iss = auth
            .verify(header, &audience)
            .await
            .map_err(|e| crate::error::ApiError::Unauthorized(e.to_string()))?;
        // The demo EHR's key (made by this process for its own page) signs hook calls only.
        if self.demo.as_ref().is_some_and(|d| d.issuer() == iss)
            && !req.path().starts_with("/cds-services/")
        {
            return Err(crate::error::ApiError::Unauthorized(
                "the demo EHR's key is trusted for hook calls only".into(),
            ));
        }
        Ok(Some(iss))
    }

    pub fn service(&self, id: &str) -> Option<&ServiceDef> {
        self.services.iter().find(|s| s.id == id)
    }
}

pub struct Application {
    port: u16,
    server: Server,
}

/// Parses the discovery document into the services the router dispatches to.
pub fn load_services() -> anyhow::Result<(serde_json::Value, Vec<ServiceDef>)> {
    let discovery: serde_json::Value =
        serde_json::from_str(SERVICES_JSON).context("cds-hooks/services.json")?;
    let services = discovery["services"]
        .as_array()
        .context("services.json: services must be an array")?
        .iter()
        .map(|s| {
            Ok(ServiceDef {
                id: s["id"].as_str().context("service id")?.to_string(),
                hook: s["hook"].as_str().context("service hook")?.to_string(),
                prefetch: serde_json::from_value(s["prefetch"].clone()).unwrap_or_default(),
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    Ok((discovery, services))
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
        let listener = TcpListener::bind((settings.server.host.as_str(), settings.server.port))
            .with_context(|| {
                format!("binding {}:{}", settings.server.host, settings.server.port)
            })?;
        let port = listener.local_addr()?.port();
        let workers = settings.server.workers;
        let store =
            Store::connect(&settings.database.url, settings.database.max_connections).await?;
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
        let state = web::Data::new(AppState::new(settings, policies, Some(port), Some(store))?);
        let mut server = HttpServer::new(move || {
            App::new()
                .wrap(TracingLogger::<CrdRootSpan>::new())
                .app_data(state.clone())
                .configure(routes::configure)
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
