//! `spawn_app()` and friends: the one way tests start crd-server and reach the FHIR server.

use std::path::PathBuf;

use crd_server::config::Settings;
use crd_server::startup::Application;
use serde_json::{json, Value};
use tokio::sync::OnceCell;
use wiremock::matchers::{method, path, path_regex};
use wiremock::{Mock, MockServer, ResponseTemplate};

pub struct TestApp {
    pub address: String,
    /// A plain client: requests through it carry no JWT (use `signed` or the helpers below for ones that do).
    pub client: reqwest::Client,
    /// Serves the test EHR's JWKS (and counts its fetches).
    pub jwks: MockServer,
}

/// The test EHR: its JWT issuer and signing key (`tests/keys/`, test-only keys).
pub const EHR_ISS: &str = "https://ehr.example.org/fhir";

pub fn key_pem(name: &str) -> Vec<u8> {
    std::fs::read(repo_path(&format!("tests/keys/{name}.pem"))).expect("test key")
}

/// A JWT with this header and these claims, signed with `key`.
pub fn mint(
    header: &jsonwebtoken::Header,
    claims: &Value,
    key: &jsonwebtoken::EncodingKey,
) -> String {
    let token = jsonwebtoken::encode(header, claims, key).expect("JWT signs");
    remember_secret(&token);
    token
}

/// Claims a valid call to `aud` carries.
pub fn ehr_claims(aud: &str) -> Value {
    let now = chrono::Utc::now().timestamp();
    json!({ "iss": EHR_ISS, "aud": aud, "exp": now + 300, "iat": now, "jti": uuid::Uuid::new_v4().to_string() })
}

/// The test EHR's ES384 header (kid `ehr-es384`).
pub fn ehr_header() -> jsonwebtoken::Header {
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::ES384);
    header.kid = Some("ehr-es384".into());
    header
}

/// A fresh valid JWT of the test EHR for a call to `aud`.
pub fn ehr_token(aud: &str) -> String {
    let key = jsonwebtoken::EncodingKey::from_ec_pem(&key_pem("ehr-es384")).expect("EC key");
    mint(&ehr_header(), &ehr_claims(aud), &key)
}

/// Where the whole test run's server log goes, with the tokens it used beside it (`tests/log_scan.rs` reads
/// both after this binary has run).
pub fn log_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("test-logs")
}

static LOG: std::sync::Once = std::sync::Once::new();

/// Every in-process server logs into `log_dir()/api.log`, at debug level for crd-server's own lines.
fn capture_logs() {
    LOG.call_once(|| {
        std::fs::create_dir_all(log_dir()).unwrap();
        let file = std::fs::File::create(log_dir().join("api.log")).unwrap();
        let _ = std::fs::File::create(log_dir().join("tokens.txt"));
        crd_server::telemetry::init_json_to("info,crd_server=debug", std::sync::Mutex::new(file));
    });
}

/// Records a secret the log must never contain.
pub fn remember_secret(secret: &str) {
    use std::io::Write;
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .append(true)
        .open(log_dir().join("tokens.txt"))
    {
        let _ = writeln!(f, "{secret}");
    }
}

pub fn repo_path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// The real FHIR server the tests use: `FHIR_BASE_URL`, defaulting to the local one the test script starts.
pub fn fhir_base_url() -> String {
    std::env::var("FHIR_BASE_URL")
        .unwrap_or_else(|_| "http://127.0.0.1:8080/fhir".into())
        .trim_end_matches('/')
        .to_string()
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// An app storing into the database at `url` (a restart is another app on the same url).
pub async fn spawn_app_on(url: &str) -> TestApp {
    let url = url.to_string();
    spawn_app_with(move |s| s.database.url = url).await
}

pub async fn spawn_app_with(configure: impl FnOnce(&mut Settings)) -> TestApp {
    capture_logs();
    let jwks = MockServer::start().await;
    let keys: Value = serde_json::from_str(
        &std::fs::read_to_string(repo_path("tests/keys/ehr-jwks.json")).unwrap(),
    )
    .unwrap();
    Mock::given(method("GET"))
        .and(path("/jwks.json"))
        .respond_with(ResponseTemplate::new(200).set_body_json(keys))
        .mount(&jwks)
        .await;
    let mut settings = Settings::defaults();
    settings.auth.clients = vec![crd_server::config::TrustedClient {
        iss: EHR_ISS.into(),
        jwks_urls: vec![format!("{}/jwks.json", jwks.uri())],
    }];
    settings.server.port = 0;
    settings.server.workers = 2;
    settings.policies.dir = repo_path("fhir-resources/policies");
    settings.dtr.questionnaires_dir = repo_path("fhir-resources/questionnaires");
    settings.fhir.allowlist = vec![fhir_base_url()];
    settings.database.url = format!(
        "sqlite://{}",
        std::env::temp_dir()
            .join(format!("crd-test-{}.db", uuid::Uuid::new_v4()))
            .display()
    );
    configure(&mut settings);
    let app = Application::build(settings)
        .await
        .expect("application builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    TestApp {
        address,
        client: reqwest::Client::new(),
        jwks,
    }
}

impl TestApp {
    /// A request to `path` carrying a fresh JWT of the test EHR whose `aud` is that endpoint.
    pub fn signed(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let url = format!("{}{path}", self.address);
        let aud = url.split('?').next().unwrap_or_default().to_string();
        self.client
            .request(method, url)
            .bearer_auth(ehr_token(&aud))
    }

    pub async fn post_hook(&self, service: &str, body: &Value) -> reqwest::Response {
        self.signed(reqwest::Method::POST, &format!("/cds-services/{service}"))
            .json(body)
            .send()
            .await
            .expect("request sent")
    }

    pub async fn post_raw(
        &self,
        service: &str,
        body: Vec<u8>,
        content_type: &str,
    ) -> reqwest::Response {
        self.signed(reqwest::Method::POST, &format!("/cds-services/{service}"))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request sent")
    }

    /// Posts and returns (status, JSON body).
    pub async fn hook(&self, service: &str, body: &Value) -> (u16, Value) {
        let resp = self.post_hook(service, body).await;
        let status = resp.status().as_u16();
        let body = resp.json::<Value>().await.unwrap_or(Value::Null);
        (status, body)
    }

    /// `POST /explain/{service}`: the decision trace for a hook request.
    pub async fn explain(&self, service: &str, body: &Value) -> Value {
        let resp = self
            .signed(reqwest::Method::POST, &format!("/explain/{service}"))
            .json(body)
            .send()
            .await
            .expect("request sent");
        assert_eq!(resp.status(), 200);
        resp.json().await.expect("JSON trace")
    }

    /// `GET /fhir/{kind}?url=…[&version=…]`: the searchset.
    pub async fn search_canonical(&self, kind: &str, url: &str, version: Option<&str>) -> Value {
        let mut query = vec![("url", url)];
        query.extend(version.map(|v| ("version", v)));
        self.client
            .get(format!("{}/fhir/{kind}", self.address))
            .query(&query)
            .send()
            .await
            .expect("request sent")
            .json()
            .await
            .expect("a searchset")
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.signed(reqwest::Method::GET, path)
            .send()
            .await
            .expect("request sent")
    }
}

/// The shared BCBS Louisiana order-sign sample: ../shared/examples/order-sign-bcbsla-pain.json plus the trial
/// dose's MedicationAdministration (what the trial injected) under the declared `medicationAdministrations` key.
pub fn sample_order_sign() -> Value {
    let text = std::fs::read_to_string(repo_path("cds-hooks/examples/order-sign-request.json"))
        .expect("sample");
    serde_json::from_str(&text).expect("sample is JSON")
}

/// The sample request without prefetch, pointed at the real FHIR server.
pub fn sample_without_prefetch() -> Value {
    let mut req = sample_order_sign();
    req.as_object_mut().unwrap().remove("prefetch");
    req["fhirServer"] = json!(fhir_base_url());
    req
}

static FIXTURES: OnceCell<()> = OnceCell::const_new();

/// Loads every sample chart in `fhir-resources/samples/` into the real FHIR server (idempotent PUTs), once.
pub async fn load_fixtures() {
    FIXTURES
        .get_or_init(|| async {
            let client = reqwest::Client::new();
            let dir = repo_path("fhir-resources/samples");
            let mut files: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            files.sort();
            for file in files {
                let bundle: Value =
                    serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
                let resp = client
                    .post(fhir_base_url())
                    .header("content-type", "application/fhir+json")
                    .json(&bundle)
                    .send()
                    .await
                    .unwrap_or_else(|e| {
                        panic!(
                            "the FHIR server at {} is not reachable: {e}",
                            fhir_base_url()
                        )
                    });
                assert!(
                    resp.status().is_success(),
                    "loading {} failed: {}",
                    file.display(),
                    resp.text().await.unwrap_or_default()
                );
            }
        })
        .await;
}

/// A patient id of a test's own (`{prefix}-{8 hex}`), so what it stores does not meet other tests.
pub fn fresh_patient(prefix: &str) -> String {
    format!(
        "{prefix}-{}",
        &uuid::Uuid::new_v4().simple().to_string()[..8]
    )
}

/// Loads a copy of a sample chart whose patient id `from` (and every id derived from it) becomes `to`, so a
/// test that writes answers for its patient does not leak into others.
pub async fn load_sample_as(name: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(repo_path(&format!("fhir-resources/samples/{name}.json")))
        .unwrap()
        .replace(from, to);
    load_bundle(&text).await;
}

/// Posts a transaction Bundle (its JSON text) to the real FHIR server.
pub async fn load_bundle(text: &str) {
    let bundle: Value = serde_json::from_str(text).unwrap();
    let resp = reqwest::Client::new()
        .post(fhir_base_url())
        .json(&bundle)
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "{}", resp.text().await.unwrap());
}

/// The resources of a sample chart bundle.
pub fn sample_chart(name: &str) -> Vec<Value> {
    let text =
        std::fs::read_to_string(repo_path(&format!("fhir-resources/samples/{name}.json"))).unwrap();
    let bundle: Value = serde_json::from_str(&text).unwrap();
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["resource"].clone())
        .collect()
}

pub fn searchset(resources: &[Value]) -> Value {
    json!({
        "resourceType": "Bundle",
        "type": "searchset",
        "total": resources.len(),
        "entry": resources.iter().map(|r| json!({ "resource": r })).collect::<Vec<_>>(),
    })
}

/// A wiremock EHR FHIR server (base `{uri}/fhir`) that serves a sample chart for every search crd-server
/// makes. Tests mount higher-priority mocks on top to inject faults.
pub async fn mock_ehr(chart: &str) -> MockServer {
    let server = MockServer::start().await;
    let resources = sample_chart(chart);
    let of = |t: &str| -> Vec<Value> {
        resources
            .iter()
            .filter(|r| r["resourceType"] == t)
            .cloned()
            .collect()
    };
    let mut coverage = of("Coverage");
    coverage.extend(of("Organization"));
    for (resource_type, items) in [
        ("Coverage", coverage),
        ("Condition", of("Condition")),
        ("Procedure", of("Procedure")),
        ("Observation", of("Observation")),
        ("MedicationStatement", of("MedicationStatement")),
        ("MedicationRequest", of("MedicationRequest")),
        ("MedicationAdministration", of("MedicationAdministration")),
        ("AllergyIntolerance", of("AllergyIntolerance")),
        ("QuestionnaireResponse", of("QuestionnaireResponse")),
    ] {
        Mock::given(method("GET"))
            .and(path(format!("/fhir/{resource_type}")))
            .respond_with(ResponseTemplate::new(200).set_body_json(searchset(&items)))
            .mount(&server)
            .await;
    }
    for r in resources
        .iter()
        .filter(|r| r["resourceType"] == "Patient" || r["resourceType"] == "Organization")
    {
        Mock::given(method("GET"))
            .and(path(format!(
                "/fhir/{}/{}",
                r["resourceType"].as_str().unwrap(),
                r["id"].as_str().unwrap()
            )))
            .respond_with(ResponseTemplate::new(200).set_body_json(r))
            .mount(&server)
            .await;
    }
    // Anything else: not found, as a real server would say.
    Mock::given(path_regex("^/fhir/.*"))
        .respond_with(ResponseTemplate::new(404))
        .with_priority(10)
        .mount(&server)
        .await;
    server
}

/// The systemActions' coverage-information extensions, by order reference.
pub fn coverage_infos(body: &Value) -> Vec<(String, Value)> {
    body["systemActions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| {
            let r = &a["resource"];
            let ext = r["extension"].as_array()?.iter().find(|e| {
                e["url"] == "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information"
            })?;
            Some((format!("{}/{}", r["resourceType"].as_str()?, r["id"].as_str()?), ext.clone()))
        })
        .collect()
}

/// One sub-extension's value (the first), as JSON.
pub fn sub(ext: &Value, url: &str) -> Option<Value> {
    ext["extension"]
        .as_array()?
        .iter()
        .find(|e| e["url"] == url)
        .map(|e| {
            e.as_object()
                .unwrap()
                .iter()
                .find(|(k, _)| k.starts_with("value"))
                .map(|(_, v)| v.clone())
                .unwrap_or(Value::Null)
        })
}

/// Runs a Node.js script of the test harness (off the async runtime) and returns its last stdout line as JSON,
/// failing the test with its output when it fails.
pub async fn run_node(script: &str, args: Vec<String>) -> Value {
    let script = repo_path(script);
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new("node")
            .arg(&script)
            .args(&args)
            .output()
            .unwrap_or_else(|e| panic!("node runs {}: {e}", script.display()))
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the script failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(stdout.lines().last().unwrap_or_default())
        .unwrap_or_else(|_| panic!("the script's last line is JSON: {stdout}"))
}
