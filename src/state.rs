//! The application's shared state: configuration, the decision engine, the DTR catalog, authentication, the
//! questionnaire app and the demo EHR, built once at start-up.
//!
//! Owns: building `AppState` from settings and policies. Must not: name a handler or `routes` (handlers read the
//! state; the state never calls them), nor carry HTTP methods.

use std::sync::Arc;
use std::time::Duration;

use crate::config::Settings;
use crate::fhir::client::{Allowlist, FhirClient};
use crate::hooks::{load_services, Engine, Limits, ServiceDef, Tenant};
use crate::metrics::Metrics;
use crate::policy::PolicySet;
use crate::store::Store;

pub struct AppState {
    pub settings: Settings,
    /// What a hook decision needs: policies, FHIR client, store, metrics, limits.
    pub engine: Engine,
    /// The policies' Questionnaires and ValueSets.
    pub catalog: Arc<crate::dtr::catalog::Catalog>,
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
    /// SMART Backend Services for DTR clients (`/auth/token`); `None` only with `auth.mode = "insecure-none"`.
    pub backend: Option<Arc<crate::backend::BackendAuth>>,
}

impl AppState {
    /// The shared state of the service. `port` is the bound port, for the default public base URL.
    pub fn new(
        settings: Settings,
        policies: PolicySet,
        port: Option<u16>,
        store: Store,
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
        )
        .with_max_response_bytes(settings.fhir.max_response_bytes);
        let (mut discovery, services) = load_services()?;
        if settings.dtr.launch_card {
            offer_launch_option(&mut discovery);
        }
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
                Some(store.clone()),
                crate::auth::system_clock(),
            );
            if let Some(demo) = &demo {
                auth.trust_local_client(demo.issuer().to_string(), demo.jwks_url(), demo.jwks())?;
            }
            anyhow::Ok(Arc::new(auth))
        });
        let auth = auth.transpose()?;
        let backend = if auth.is_some() {
            Some(Arc::new(crate::backend::BackendAuth::new(
                &settings.auth,
                store.clone(),
                crate::auth::system_clock(),
            )?))
        } else {
            None
        };
        let smart = crate::smart::SmartApp::new(&smart_settings, &public_base_url)?;
        let engine = Engine {
            policies: Arc::new(policies),
            fhir,
            store,
            metrics,
            limits: limits(&settings, &public_base_url, &smart_launch_url),
        };
        Ok(AppState {
            auth,
            backend,
            demo,
            smart,
            settings,
            engine,
            catalog: Arc::new(catalog),
            services,
            discovery,
            smart_launch_url,
            public_base_url,
        })
    }

    pub fn policies(&self) -> &PolicySet {
        &self.engine.policies
    }

    pub fn store(&self) -> &Store {
        &self.engine.store
    }

    pub fn metrics(&self) -> &Metrics {
        &self.engine.metrics
    }

    /// The tenant of a trusted client's calls (its `iss`, and the FHIR servers it may name): the demo EHR's are
    /// its own FHIR server.
    pub fn tenant(&self, iss: &str) -> Tenant {
        let fhir_servers = match &self.demo {
            Some(demo) if demo.issuer() == iss => vec![demo.fhir_base()],
            _ => self
                .settings
                .auth
                .clients
                .iter()
                .find(|c| c.iss == iss)
                .map(|c| c.fhir_servers.clone())
                .unwrap_or_default(),
        };
        Tenant {
            id: iss.to_string(),
            fhir_servers,
            body_sha256: None,
        }
    }

    /// The tenant a SMART launch from the EHR at `fhir_base` acts for: the client that lists that FHIR server (or
    /// the demo EHR for its own), `local` without authentication; otherwise a tenant of that server alone, which
    /// sees no client's decisions.
    pub fn tenant_of_fhir_server(&self, fhir_base: &str) -> Tenant {
        if self.auth.is_none() {
            return Tenant::local();
        }
        let base = fhir_base.trim_end_matches('/');
        if let Some(demo) = self.demo.as_ref().filter(|d| d.fhir_base() == base) {
            return self.tenant(demo.issuer());
        }
        match self.settings.auth.clients.iter().find(|c| {
            c.fhir_servers
                .iter()
                .any(|s| s.trim_end_matches('/') == base)
        }) {
            Some(c) => self.tenant(&c.iss),
            None => Tenant {
                id: format!("fhir-server:{base}"),
                fhir_servers: vec![base.to_string()],
                body_sha256: None,
            },
        }
    }

    /// What the DTR payer endpoints read, for `tenant`.
    pub fn documents<'a>(&'a self, tenant: &'a str) -> crate::dtr::Documents<'a> {
        crate::dtr::Documents {
            tenant,
            limits: &self.settings.limits,
            store: &self.engine.store,
            policies: &self.engine.policies,
            catalog: &self.catalog,
            base_url: &self.public_base_url,
            adaptive_forms: self.settings.dtr.adaptive_forms,
        }
    }

    pub fn service(&self, id: &str) -> Option<&ServiceDef> {
        self.services.iter().find(|s| s.id == id)
    }
}

/// With `dtr.launch_card` on, every service declares the `dtr-launch` option a client turns the card off with.
fn offer_launch_option(discovery: &mut serde_json::Value) {
    let option = serde_json::json!({
        "code": "dtr-launch",
        "type": "boolean",
        "name": "DTR launch card",
        "description": "A SMART card launching the payer's documentation app (DTR) for orders that need documentation, for EHRs that launch DTR only from cards; CRD launches DTR from the coverage-information.",
        "default": true
    });
    for service in discovery["services"].as_array_mut().into_iter().flatten() {
        if let Some(options) =
            service["extension"]["davinci-crd.configuration-options"].as_array_mut()
        {
            options.push(option.clone());
        }
    }
}

/// The limits and links of hook answers, from the settings.
pub fn limits(settings: &Settings, public_base_url: &str, smart_launch_url: &str) -> Limits {
    Limits {
        fhir_budget: Duration::from_millis(settings.fhir.total_budget_ms),
        assertion_validity_days: settings.crd.assertion_validity_days,
        public_base_url: public_base_url.to_string(),
        launch_url: settings
            .dtr
            .launch_card
            .then(|| smart_launch_url.to_string()),
        operator_name: settings.crd.operator_name.clone(),
        max_orders: settings.limits.max_orders,
        max_dispatched_orders: settings.limits.max_dispatched_orders,
    }
}
