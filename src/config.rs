//! Configuration: built-in defaults, then an optional TOML file, then `CRD__SECTION__KEY` environment variables.
//!
//! Owns: every setting the server reads and its default. The defaults are the embedded demo: loopback, the
//! bundled policies, and the local FHIR server of the tests on the allowlist.

use std::path::PathBuf;

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    pub server: ServerSettings,
    pub fhir: FhirSettings,
    pub auth: AuthSettings,
    pub policies: PolicySettings,
    pub database: DatabaseSettings,
    pub crd: CrdSettings,
    pub dtr: DtrSettings,
    pub smart: SmartSettings,
    pub demo: DemoSettings,
    pub log: LogSettings,
    pub limits: LimitsSettings,
}

/// Bounded work per request (issue #15): each breach is a 4xx OperationOutcome, and nothing is stored half-way.
#[derive(Debug, Clone, Deserialize)]
pub struct LimitsSettings {
    /// Orders (draft orders, appointments) in one hook call.
    pub max_orders: usize,
    /// `dispatchedOrders` references in one order-dispatch call (after removing repeats).
    pub max_dispatched_orders: usize,
    /// Answers in one submitted QuestionnaireResponse.
    pub max_answers: usize,
    /// QuestionnaireResponses submitted for one coverage assertion.
    pub max_responses_per_assertion: usize,
    /// Orders in one `$questionnaire-package` call.
    pub max_package_orders: usize,
    /// Feedback items in one `POST /cds-services/{id}/feedback`.
    pub max_feedback: usize,
    /// OperationOutcomes in one `$log-questionnaire-errors` call.
    pub max_logged_outcomes: usize,
    /// `$log-questionnaire-errors` calls kept per tenant (the oldest go first).
    pub max_questionnaire_error_logs: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ServerSettings {
    pub host: String,
    /// 0 picks a free port (tests).
    pub port: u16,
    /// The URL EHRs reach this server at; used in card links and questionnaire canonicals. Defaults to
    /// `http://{host}:{bound port}`.
    pub public_base_url: Option<String>,
    /// Largest accepted hook request body, in bytes.
    pub max_body_bytes: usize,
    /// Actix worker threads; 0 = one per core.
    pub workers: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct FhirSettings {
    /// FHIR base URLs crd-server may read from (scheme, host, port and path prefix must match).
    pub allowlist: Vec<String>,
    /// Timeout of each request to a FHIR server.
    pub request_timeout_ms: u64,
    /// Time budget for all FHIR reads of one hook call; past it the decision is made with what arrived.
    pub total_budget_ms: u64,
    /// Most searchset pages followed per query.
    pub max_pages: usize,
    /// Largest answer read from a FHIR server (one read or one searchset page); a larger one is a failed read.
    pub max_response_bytes: usize,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum AuthMode {
    /// Every hook call, and every call that reads or writes patient data, needs a JWT of a trusted client.
    Jwt,
    /// No authentication at all: for a local demo only; the server warns on every start.
    InsecureNone,
}

/// An EHR allowed to call: its JWT issuer and the JWKS URLs its keys may come from (the first is used when a
/// token has no `jku`).
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct TrustedClient {
    pub iss: String,
    pub jwks_urls: Vec<String>,
    /// The FHIR base URLs this client's hook calls may name as `fhirServer` (and whose SMART launches of the
    /// questionnaire app act for it). Empty: any server on `fhir.allowlist` (one-EHR deployments; a payer with
    /// several EHRs lists each client's own).
    #[serde(default)]
    pub fhir_servers: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct AuthSettings {
    pub mode: AuthMode,
    /// The EHRs allowed to call (TOML `[[auth.clients]]`).
    #[serde(default)]
    pub clients: Vec<TrustedClient>,
    /// Tolerance for `exp`, `iat` and `nbf`.
    pub clock_skew_secs: u64,
    /// How long a fetched JWKS is used before it is fetched again.
    pub jwks_cache_secs: u64,
    /// Least time between two fetches of one JWKS (an unknown `kid` refetches no more often), and how long a
    /// failed fetch is remembered before the JWKS is asked again.
    pub jwks_min_refresh_secs: u64,
    pub jwks_timeout_ms: u64,
    /// Longest accepted token lifetime (`exp - iat`), plus `clock_skew_secs`; also the longest a SMART Backend
    /// Services client assertion may live (`exp - now`).
    pub max_token_lifetime_secs: u64,
    /// Third-party DTR clients (SMART Backend Services) allowed to get access tokens at `/auth/token` (TOML
    /// `[[auth.backend_clients]]`).
    #[serde(default)]
    pub backend_clients: Vec<BackendClient>,
    /// How long an access token from `/auth/token` is good for.
    pub access_token_ttl_secs: u64,
}

/// A DTR client (a SMART app or a full EHR) registered for SMART Backend Services (DTR spec-4, spec-7): its
/// `client_id`, the keys its client assertions are signed with (a JWKS URL, or the JWKS inline as JSON text),
/// the scopes it may be granted, and the tenant it acts for.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct BackendClient {
    pub client_id: String,
    /// The tenant whose coverage assertions and documentation it reads and writes: the `iss` of the EHR it
    /// belongs to (so it sees that EHR's CRD decisions). Default: its own `client_id`, a tenant of its own.
    #[serde(default)]
    pub tenant: Option<String>,
    #[serde(default)]
    pub jwks_url: Option<String>,
    /// The JWKS as JSON text (`{"keys":[...]}`), for a client that publishes no JWKS URL.
    #[serde(default)]
    pub jwks: Option<String>,
    /// Scopes it may be granted (e.g. `system/Questionnaire.rs`); a token gets those asked for and listed here.
    #[serde(default)]
    pub scopes: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DatabaseSettings {
    /// Where coverage assertions are stored: `sqlite://path` (created if missing), `sqlite::memory:`, or
    /// `postgres://user:password@host:port/db` (production: shared by every instance).
    pub url: String,
    /// Largest number of pooled connections per instance.
    pub max_connections: u32,
    /// On SQLite, how long the hook's read of submitted answers and the previous assertion is answered from
    /// memory (`store::HotIndex`; kept current by this process's own writes); 0 turns it off. PostgreSQL always
    /// queries (other instances write it).
    pub hot_index_secs: u64,
    /// Most hot-read results kept in memory.
    pub hot_index_entries: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PolicySettings {
    /// Directory of policy JSON files (with `sources/` beside them).
    pub dir: PathBuf,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CrdSettings {
    /// Days a coverage assertion stays valid (CRD 2.2 `expiry-date`).
    pub assertion_validity_days: u32,
    /// Origins of browser-based CDS clients allowed by CORS on `/cds-services` (`"*"`: any; `[]`: no CORS).
    pub cors_allowed_origins: Vec<String>,
    /// The payer organisation that runs this server: the `source.label` of a card sent before the payer of the
    /// patient's coverage is known (e.g. the EHR's Coverage could not be read).
    pub operator_name: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DtrSettings {
    /// Directory of the policies' Questionnaires (`{policy id}.json`) and their ValueSets (`valuesets/`).
    pub questionnaires_dir: PathBuf,
    /// Where the EHR launches the SMART questionnaire app from the documentation card; defaults to
    /// `{public_base_url}/smart/launch` (the questionnaire app this server serves, `[smart]`).
    pub smart_launch_url: Option<String>,
    /// Whether a decision that needs documentation also gets a SMART launch card (off by default: CRD 2.0.1 and
    /// 2.2 launch DTR from the coverage-information; the card serves EHRs that launch apps only from cards).
    pub launch_card: bool,
    /// Offer adaptive Questionnaires (DTR adaptive forms, `$next-question`) in `$questionnaire-package` instead of
    /// the standard ones.
    pub adaptive_forms: bool,
}

/// The pages for people trying the server (issue #9): on in the embedded defaults, off in production configuration.
#[derive(Debug, Clone, Deserialize)]
pub struct DemoSettings {
    /// Serve the policy explorer (`/policies` in a browser); off: 404 for pages, the JSON API stays.
    pub enabled: bool,
    /// Start the demo on an address other people can reach (it signs hook calls for whoever opens it): refused
    /// unless this is set.
    #[serde(default)]
    pub allow_non_loopback: bool,
}

/// The SMART on FHIR questionnaire app this server serves (`/smart/...`).
#[derive(Debug, Clone, Deserialize)]
pub struct SmartSettings {
    /// Serve the app (`/smart/launch`, `/smart/callback`, `/smart/app`); off: those paths are 404.
    pub enabled: bool,
    /// The app's client id at the EHRs' authorization servers (a public client: PKCE, no secret).
    pub client_id: String,
    /// EHR FHIR base URLs (`iss`) allowed to launch the app, exactly as the EHR sends them. Empty: every launch
    /// is refused.
    pub issuers: Vec<String>,
    /// Scopes asked for besides `launch` (EHR launch) or `launch/patient` (standalone launch).
    pub scope: String,
    /// How long a started launch may take to come back to `/smart/callback`.
    pub launch_ttl_secs: u64,
    /// Longest app session (shorter when the EHR's access token expires sooner).
    pub session_ttl_secs: u64,
    /// Timeout of each call to the EHR's SMART configuration and token endpoints.
    pub http_timeout_ms: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LogSettings {
    /// `auto` (the default: human-readable lines on a terminal, JSON otherwise), `json` (for log pipelines) or
    /// `pretty`.
    pub format: String,
    /// A tracing filter, e.g. `info` or `crd_server=debug,info`.
    pub level: String,
}

const DEFAULTS: &str = r#"
[server]
host = "127.0.0.1"
port = 3000
max_body_bytes = 1048576
workers = 0

[fhir]
allowlist = ["http://127.0.0.1:8080/fhir", "http://localhost:8080/fhir"]
request_timeout_ms = 1500
total_budget_ms = 4000
max_pages = 5
max_response_bytes = 8388608

[auth]
mode = "jwt"
clock_skew_secs = 60
jwks_cache_secs = 300
jwks_min_refresh_secs = 30
jwks_timeout_ms = 2000
max_token_lifetime_secs = 300
access_token_ttl_secs = 300

[policies]
dir = "fhir-resources/policies"

[database]
url = "sqlite://crd-server.db"
max_connections = 8
hot_index_secs = 60
hot_index_entries = 10000

[crd]
assertion_validity_days = 30
cors_allowed_origins = ["*"]
operator_name = "Health plan coverage requirements"

[limits]
max_orders = 100
max_dispatched_orders = 50
max_answers = 500
max_responses_per_assertion = 50
max_package_orders = 50
max_feedback = 100
max_logged_outcomes = 20
max_questionnaire_error_logs = 1000

[dtr]
questionnaires_dir = "fhir-resources/questionnaires"
launch_card = false
adaptive_forms = false

[smart]
enabled = true
client_id = "crd-server-dtr"
issuers = []
scope = "openid fhirUser patient/*.rs user/*.rs patient/QuestionnaireResponse.cu"
launch_ttl_secs = 600
session_ttl_secs = 3600
http_timeout_ms = 3000

[demo]
enabled = true

[log]
format = "auto"
level = "info"
"#;

impl Settings {
    /// Loads defaults, then `file` if given, then the environment (`CRD__FHIR__ALLOWLIST=a,b`,
    /// `CRD__SERVER__PORT=8000`, ...).
    pub fn load(file: Option<&std::path::Path>) -> Result<Settings, config::ConfigError> {
        let mut builder = config::Config::builder()
            .add_source(config::File::from_str(DEFAULTS, config::FileFormat::Toml));
        if let Some(path) = file {
            builder = builder.add_source(config::File::from(path).format(config::FileFormat::Toml));
        }
        builder
            .add_source(
                config::Environment::with_prefix("CRD")
                    .prefix_separator("__")
                    .separator("__")
                    .list_separator(",")
                    .with_list_parse_key("fhir.allowlist")
                    .with_list_parse_key("smart.issuers")
                    .with_list_parse_key("crd.cors_allowed_origins")
                    .try_parsing(true),
            )
            .build()?
            .try_deserialize()
    }

    /// Built-in defaults only (tests start from these).
    pub fn defaults() -> Settings {
        config::Config::builder()
            .add_source(config::File::from_str(DEFAULTS, config::FileFormat::Toml))
            .build()
            .and_then(|c| c.try_deserialize())
            .expect("built-in defaults parse")
    }
}
