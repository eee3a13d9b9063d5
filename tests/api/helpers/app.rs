//! `spawn_app()` and friends: the one way tests start crd-server, and the HTTP helpers that call it — among them
//! the one poster of hook calls (`hook_request`, behind `TestApp::post_hook` and `TestApp::post_hook_with`).

use crd_server::config::Settings;
use crd_server::startup::Application;
use serde_json::Value;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::fixtures::{fhir_base_url, repo_path};
use super::jwt::{ehr_token, EHR_ISS};
use super::logs::capture_logs;

pub struct TestApp {
    pub address: String,
    /// A plain client: requests through it carry no JWT (use `signed` or the helpers below for ones that do).
    pub client: reqwest::Client,
    /// Serves the test EHR's JWKS (and counts its fetches).
    pub jwks: MockServer,
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
        fhir_servers: vec![],
    }];
    settings.server.port = 0;
    settings.server.workers = 2;
    settings.policies.dir = repo_path("fhir-resources/policies");
    settings.dtr.questionnaires_dir = repo_path("fhir-resources/questionnaires");
    settings.fhir.allowlist = vec![fhir_base_url()];
    // The shared test FHIR server answers every test of a parallel run: a budget that load cannot exhaust, so a
    // decision is the chart's, never "could not be read in time" (the fault tests set their own, short ones).
    settings.fhir.request_timeout_ms = 20_000;
    settings.fhir.total_budget_ms = 30_000;
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

/// The `Authorization` a hook call carries.
#[derive(Clone, Copy, Debug)]
pub enum HookAuth<'a> {
    /// A fresh JWT of the test EHR whose `aud` is the hook's URL: what an EHR sends (and what `post_hook` sends).
    Fresh,
    /// `Authorization: Bearer {token}`, this token (e.g. one a test minted, or refuses).
    Bearer(&'a str),
    /// This `Authorization` header value, verbatim (e.g. the one the demo EHR prepared).
    Header(&'a str),
    /// No `Authorization` header at all.
    None,
}

/// The one hook call builder: `POST {address}/cds-services/{service}` with `auth`, to a `TestApp` or to a
/// crd-server process of a test's own. The caller adds the body (and whatever else it needs) and sends it.
pub fn hook_request(
    client: &reqwest::Client,
    address: &str,
    service: &str,
    auth: HookAuth<'_>,
) -> reqwest::RequestBuilder {
    let url = format!("{address}/cds-services/{service}");
    let req = client.post(&url);
    match auth {
        HookAuth::Fresh => req.bearer_auth(ehr_token(&url)),
        HookAuth::Bearer(token) => req.bearer_auth(token),
        HookAuth::Header(value) => req.header(reqwest::header::AUTHORIZATION, value),
        HookAuth::None => req,
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

    /// `POST /cds-services/{service}` with this JSON body and `auth`; the answer passes the conformance suite.
    pub async fn post_hook_with(
        &self,
        service: &str,
        body: &Value,
        auth: HookAuth<'_>,
    ) -> reqwest::Response {
        let resp = hook_request(&self.client, &self.address, service, auth)
            .json(body)
            .send()
            .await
            .expect("request sent");
        checked(resp, |status, answer| {
            crate::conformance::assert_hook_exchange(Some(body), service, status, answer)
        })
        .await
    }

    /// `POST /cds-services/{service}` as the test EHR makes it: a fresh JWT for that URL.
    pub async fn post_hook(&self, service: &str, body: &Value) -> reqwest::Response {
        self.post_hook_with(service, body, HookAuth::Fresh).await
    }

    pub async fn post_raw(
        &self,
        service: &str,
        body: Vec<u8>,
        content_type: &str,
    ) -> reqwest::Response {
        let request: Option<Value> = serde_json::from_slice(&body).ok();
        let resp = hook_request(&self.client, &self.address, service, HookAuth::Fresh)
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("request sent");
        checked(resp, |status, answer| {
            crate::conformance::assert_hook_exchange(request.as_ref(), service, status, answer)
        })
        .await
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

    /// `GET /fhir/{kind}?url=…[&version=…]`: the searchset (its Questionnaires checked against DTR).
    pub async fn search_canonical(&self, kind: &str, url: &str, version: Option<&str>) -> Value {
        let mut query = vec![("url", url)];
        query.extend(version.map(|v| ("version", v)));
        let searchset: Value = self
            .client
            .get(format!("{}/fhir/{kind}", self.address))
            .query(&query)
            .send()
            .await
            .expect("request sent")
            .json()
            .await
            .expect("a searchset");
        crate::conformance::assert_dtr(&searchset, &format!("{kind} searchset"));
        searchset
    }

    /// `GET {path}` signed; the discovery document and DTR reads (`/fhir/Questionnaire…`) pass the conformance
    /// suite.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        let resp = self
            .signed(reqwest::Method::GET, path)
            .send()
            .await
            .expect("request sent");
        checked(resp, |status, body| {
            if path == "/cds-services" {
                crate::conformance::assert_discovery(status, body);
            } else if status == 200 && path.starts_with("/fhir/Questionnaire") {
                crate::conformance::assert_dtr(body, path);
            }
        })
        .await
    }
}

/// Reads the answer's body, hands it (as JSON, when it is JSON) to `check`, and gives the caller the same answer.
async fn checked(resp: reqwest::Response, check: impl FnOnce(u16, &Value)) -> reqwest::Response {
    let status = resp.status();
    let version = resp.version();
    let headers = resp.headers().clone();
    let bytes = resp.bytes().await.expect("response body");
    if let Ok(body) = serde_json::from_slice::<Value>(&bytes) {
        check(status.as_u16(), &body);
    }
    let mut rebuilt = http::Response::builder().status(status).version(version);
    if let Some(h) = rebuilt.headers_mut() {
        *h = headers;
    }
    reqwest::Response::from(rebuilt.body(bytes).expect("a response"))
}
