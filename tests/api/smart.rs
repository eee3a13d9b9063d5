//! The SMART questionnaire app: EHR launch with PKCE against a mock EHR (a SMART authorization server in front of
//! the real FHIR server, `tests/browser/mock-ehr.js`), the refusals a launch must survive, the session-scoped API,
//! and the whole clinician session in headless Chromium (`tests/browser/dtr-app.js`).

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use reqwest::redirect::Policy;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{
    coverage_infos, fhir_base_url, fresh_patient, load_sample_as, remember_secret, repo_path,
    spawn_app_with, sub, TestApp,
};
use crate::payers::{lhcc_orders, order_sign};

const SERVICE: &str = "order-sign-crd";

/// The mock EHR process: SMART configuration, /authorize, /token, and a token-checking FHIR proxy.
pub struct MockEhr {
    pub iss: String,
    pub base: String,
    child: Child,
}

impl Drop for MockEhr {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl MockEhr {
    pub fn start() -> MockEhr {
        let mut child = Command::new("node")
            .arg(repo_path("tests/browser/mock-ehr.js"))
            .args(["--fhir", &fhir_base_url(), "--port", "0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("node runs tests/browser/mock-ehr.js");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .expect("the mock EHR prints its address");
        let ready: Value = serde_json::from_str(&line)
            .unwrap_or_else(|_| panic!("the mock EHR's first line is JSON: {line}"));
        let iss = ready["iss"].as_str().unwrap().to_string();
        let base = iss.trim_end_matches("/fhir").to_string();
        MockEhr { iss, base, child }
    }

    /// Registers an EHR launch (what the EHR does when the clinician clicks the card's link).
    pub async fn launch(
        &self,
        patient: &str,
        fhir_context: Value,
        app_context: Option<&str>,
    ) -> String {
        let mut body = json!({ "patient": patient, "fhirContext": fhir_context });
        if let Some(a) = app_context {
            body["appContext"] = json!(a);
        }
        let resp = reqwest::Client::new()
            .post(format!("{}/launches", self.base))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 201);
        resp.json::<Value>().await.unwrap()["launch"]
            .as_str()
            .unwrap()
            .to_string()
    }

    pub async fn control(&self, flags: Value) {
        let resp = reqwest::Client::new()
            .post(format!("{}/control", self.base))
            .json(&flags)
            .send()
            .await
            .unwrap();
        assert!(resp.status().is_success());
    }

    pub async fn log(&self) -> Vec<Value> {
        reqwest::get(format!("{}/log", self.base))
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }
}

/// A browser stand-in without redirects, keeping cookies by hand (what each response set).
struct Browser {
    client: reqwest::Client,
    cookies: Vec<(String, String)>,
}

impl Browser {
    fn new() -> Browser {
        Browser {
            client: reqwest::Client::builder()
                .redirect(Policy::none())
                .build()
                .unwrap(),
            cookies: Vec::new(),
        }
    }

    /// The `Cookie` header a browser would send.
    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn get(&mut self, url: &str) -> reqwest::Response {
        let cookie = self.cookie_header();
        let mut req = self.client.get(url);
        if !cookie.is_empty() {
            req = req.header("cookie", cookie);
        }
        let resp = req.send().await.unwrap();
        self.keep_cookies(&resp);
        resp
    }

    fn keep_cookies(&mut self, resp: &reqwest::Response) {
        for set in resp.headers().get_all("set-cookie") {
            let text = set.to_str().unwrap();
            let (pair, _) = text.split_once(';').unwrap_or((text, ""));
            let (name, value) = pair.split_once('=').unwrap();
            self.cookies.retain(|(k, _)| k != name);
            if !value.is_empty() && !text.contains("Max-Age=0") {
                self.cookies.push((name.to_string(), value.to_string()));
            }
        }
    }

    /// A POST the app's page makes: JSON, with the page's Origin (this server's).
    async fn post_json(&self, url: &str, body: &Value) -> reqwest::Response {
        let origin = url::Url::parse(url).unwrap().origin().ascii_serialization();
        self.client
            .post(url)
            .header("cookie", self.cookie_header())
            .header("origin", origin)
            .json(body)
            .send()
            .await
            .unwrap()
    }
}

fn location(resp: &reqwest::Response) -> url::Url {
    url::Url::parse(resp.headers()["location"].to_str().unwrap()).unwrap()
}

fn query(url: &url::Url, key: &str) -> Option<String> {
    url.query_pairs()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.to_string())
}

async fn app_for(
    ehr: &MockEhr,
    configure: impl FnOnce(&mut crd_server::config::Settings),
) -> TestApp {
    let iss = ehr.iss.clone();
    spawn_app_with(move |s| {
        // The EHR's own FHIR servers: the one its hooks name and the one it launches the app from (the app's
        // session then acts for this EHR, the tenant of its decisions).
        s.auth.clients[0].fhir_servers = vec![fhir_base_url(), iss.clone()];
        s.smart.issuers = vec![iss];
        configure(s);
    })
    .await
}

/// The handoff block of the callback page.
fn handoff(html: &str) -> Value {
    let start = html
        .find("<script type=\"application/json\" id=\"handoff\">")
        .expect("the callback page hands over the token");
    let rest = &html[start..];
    let json = &rest[rest.find('>').unwrap() + 1..rest.find("</script>").unwrap()];
    serde_json::from_str(json).unwrap()
}

/// Launch → authorize → callback, as a browser would follow them; returns the callback response.
async fn launch_and_return(
    app: &TestApp,
    ehr: &MockEhr,
    browser: &mut Browser,
    launch: Option<&str>,
) -> reqwest::Response {
    let resp = browser.get(&launch_url(app, ehr, launch)).await;
    assert_eq!(
        resp.status(),
        StatusCode::FOUND,
        "{}",
        resp.text().await.unwrap()
    );
    let authorize = location(&resp);
    let resp = browser.get(authorize.as_str()).await;
    assert_eq!(resp.status(), StatusCode::FOUND);
    let callback = location(&resp);
    browser.get(callback.as_str()).await
}

/// The address the EHR opens for a launch (`launch` None: a standalone launch).
/// An EHR launch for a fresh patient, followed to an open app session: the browser holding the session cookie
/// (the hand-off's access token is registered with the log scan as a secret).
async fn open_session(app: &TestApp, ehr: &MockEhr, name: &str) -> Browser {
    let patient = fresh_patient(name);
    let launch = ehr.launch(&patient, json!([]), None).await;
    let mut browser = Browser::new();
    let resp = launch_and_return(app, ehr, &mut browser, Some(&launch)).await;
    remember_secret(
        handoff(&resp.text().await.unwrap())["accessToken"]
            .as_str()
            .unwrap(),
    );
    browser
}

fn launch_url(app: &TestApp, ehr: &MockEhr, launch: Option<&str>) -> String {
    let mut url = format!("{}/smart/launch?iss={}", app.address, urlencode(&ehr.iss));
    if let Some(l) = launch {
        url.push_str(&format!("&launch={}", urlencode(l)));
    }
    url
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[tokio::test]
async fn an_ehr_launch_uses_pkce_s256_and_opens_a_session_with_the_launch_context() {
    let ehr = MockEhr::start();
    let app = app_for(&ehr, |_| {}).await;
    let patient = fresh_patient("smart");
    let app_context = json!({ "coverageAssertionId": "a-1", "order": ["ServiceRequest/sr-1"],
        "coverage": "Coverage/cov-1",
        "questionnaire": ["https://crd.example.org/fhir/Questionnaire/lhcc-la-cp-mp-173|2024-01-01"] })
    .to_string();
    let launch = ehr
        .launch(
            &patient,
            json!([{ "reference": "Coverage/cov-1" }, { "reference": "DeviceRequest/dr-2" }]),
            Some(&app_context),
        )
        .await;

    let mut browser = Browser::new();
    let resp = browser.get(&launch_url(&app, &ehr, Some(&launch))).await;
    assert_eq!(resp.status(), StatusCode::FOUND);
    let set_cookie = resp.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(
        set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"),
        "{set_cookie}"
    );
    let authorize = location(&resp);
    assert_eq!(authorize.path(), "/authorize");
    assert_eq!(query(&authorize, "response_type").as_deref(), Some("code"));
    assert_eq!(
        query(&authorize, "client_id").as_deref(),
        Some("crd-server-dtr")
    );
    assert_eq!(
        query(&authorize, "redirect_uri").unwrap(),
        format!("{}/smart/callback", app.address)
    );
    assert_eq!(query(&authorize, "aud").unwrap(), ehr.iss);
    assert_eq!(query(&authorize, "launch").unwrap(), launch);
    assert_eq!(
        query(&authorize, "code_challenge_method").as_deref(),
        Some("S256")
    );
    assert_eq!(query(&authorize, "code_challenge").unwrap().len(), 43);
    assert!(query(&authorize, "state").unwrap().len() >= 43);
    let scope = query(&authorize, "scope").unwrap();
    for s in ["launch", "openid", "fhirUser", "patient/*.rs", "user/*.rs"] {
        assert!(scope.split(' ').any(|x| x == s), "{scope} lacks {s}");
    }

    // The EHR's authorization server sends the browser back with a code; the mock checks the PKCE verifier.
    let resp = browser.get(authorize.as_str()).await;
    let callback = location(&resp);
    // The code and state are secrets of this sign-in: the log scan checks no log line has them.
    remember_secret(&query(&callback, "code").expect("a code"));
    remember_secret(&query(&callback, "state").unwrap());
    remember_secret(&launch);
    let resp = browser.get(callback.as_str()).await;
    assert_eq!(resp.status(), StatusCode::OK);
    assert_eq!(resp.headers()["cache-control"], "no-store");
    assert!(resp.headers().get("location").is_none());
    let html = resp.text().await.unwrap();
    let handed = handoff(&html);
    let token = handed["accessToken"].as_str().unwrap();
    remember_secret(token);
    assert_eq!(handed["iss"], ehr.iss);
    assert!(browser
        .cookies
        .iter()
        .any(|(k, _)| k == "crd_smart_session"));
    let log = ehr.log().await;
    let token_call = log
        .iter()
        .find(|r| r["path"] == "/token")
        .expect("a token call");
    assert!(
        token_call.to_string().contains("code_verifier"),
        "{token_call}"
    );

    // The session: patient and context from the token response (fhirContext and the card's appContext).
    let resp = browser
        .get(&format!("{}/smart/api/session", app.address))
        .await;
    assert_eq!(resp.status(), 200);
    let context: Value = resp.json().await.unwrap();
    assert_eq!(context["patient"], patient.as_str());
    assert_eq!(context["coverageAssertionId"], "a-1");
    assert_eq!(context["coverage"], json!(["Coverage/cov-1"]));
    assert_eq!(
        context["orders"],
        json!(["DeviceRequest/dr-2", "ServiceRequest/sr-1"])
    );
    assert_eq!(context["launch"], "ehr");
    assert_eq!(context["fhirUser"], "Practitioner/mock-clinician");
    assert!(!context.to_string().contains(token));

    // The same callback again (a replayed code/state): refused with a page, no second session.
    let resp = browser.get(callback.as_str()).await;
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
    assert!(resp.text().await.unwrap().contains("already used"));

    // The app page reloads from the session; without the cookie it asks for a new launch.
    let resp = browser.get(&format!("{}/smart/app", app.address)).await;
    assert_eq!(resp.status(), 200);
    let csp = resp.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(csp.contains(&ehr.base), "{csp}");
    let resp = reqwest::get(format!("{}/smart/app", app.address))
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
}

#[test]
fn the_mock_ehr_passes_its_own_check() {
    let out = Command::new("node")
        .arg(repo_path("tests/browser/mock-ehr-check.js"))
        .output()
        .expect("node runs tests/browser/mock-ehr-check.js");
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[tokio::test]
async fn a_standalone_launch_asks_for_launch_patient() {
    let ehr = MockEhr::start();
    let app = app_for(&ehr, |_| {}).await;
    let patient = fresh_patient("smart-sa");
    ehr.control(json!({ "standalonePatient": patient })).await;
    let mut browser = Browser::new();
    let resp = browser.get(&launch_url(&app, &ehr, None)).await;
    let authorize = location(&resp);
    let scope = query(&authorize, "scope").unwrap();
    assert!(scope.split(' ').any(|s| s == "launch/patient"), "{scope}");
    assert!(query(&authorize, "launch").is_none());
    let resp = browser.get(authorize.as_str()).await;
    let resp = browser.get(location(&resp).as_str()).await;
    assert_eq!(resp.status(), 200);
    remember_secret(
        handoff(&resp.text().await.unwrap())["accessToken"]
            .as_str()
            .unwrap(),
    );
    let context: Value = browser
        .get(&format!("{}/smart/api/session", app.address))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(context["patient"], patient.as_str());
    assert_eq!(context["launch"], "standalone");
}

#[tokio::test]
async fn refused_launches_get_a_clear_page() {
    let ehr = MockEhr::start();
    let app = app_for(&ehr, |_| {}).await;
    let patient = fresh_patient("smart-no");
    let page = |r: reqwest::Response| async move {
        let status = r.status();
        let ct = r.headers()["content-type"].to_str().unwrap().to_string();
        assert!(ct.starts_with("text/html"), "{ct}");
        (status, r.text().await.unwrap())
    };

    // An iss not on the list: refused before anything is fetched from it.
    let mut browser = Browser::new();
    let resp = browser
        .get(&format!(
            "{}/smart/launch?iss={}&launch=x",
            app.address,
            urlencode("http://127.0.0.1:9/evil/fhir")
        ))
        .await;
    let (status, text) = page(resp).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(text.contains("not on this server"), "{text}");
    // No iss at all.
    let (status, text) = page(browser.get(&format!("{}/smart/launch", app.address)).await).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(text.contains("Launch from your EHR"));

    // A state nobody issued.
    let (status, text) = page(
        browser
            .get(&format!(
                "{}/smart/callback?code=abc&state=forged",
                app.address
            ))
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(text.contains("unknown or was already used"), "{text}");

    // The authorization server refuses (the user denied access).
    ehr.control(json!({ "authorizeError": "access_denied" }))
        .await;
    let launch = ehr.launch(&patient, json!([]), None).await;
    let (status, text) =
        page(launch_and_return(&app, &ehr, &mut Browser::new(), Some(&launch)).await).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        text.contains("did not authorize") && text.contains("access_denied"),
        "{text}"
    );

    // The token endpoint refuses the code.
    ehr.control(json!({ "tokenError": "invalid_grant" })).await;
    let launch = ehr.launch(&patient, json!([]), None).await;
    let (status, text) =
        page(launch_and_return(&app, &ehr, &mut Browser::new(), Some(&launch)).await).await;
    assert_eq!(status, StatusCode::BAD_GATEWAY);
    assert!(text.contains("invalid_grant"), "{text}");

    // The callback arrives in another browser (no launch cookie): refused.
    let launch = ehr.launch(&patient, json!([]), None).await;
    let mut first = Browser::new();
    let resp = first.get(&launch_url(&app, &ehr, Some(&launch))).await;
    let resp = first.get(location(&resp).as_str()).await;
    let callback = location(&resp);
    let (status, text) = page(Browser::new().get(callback.as_str()).await).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(text.contains("another browser"), "{text}");

    // The EHR's SMART configuration fails.
    ehr.control(json!({ "smartConfigStatus": 503 })).await;
    let (status, text) = page(
        Browser::new()
            .get(&format!(
                "{}/smart/launch?iss={}&launch=x",
                app.address,
                urlencode(&ehr.iss)
            ))
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_GATEWAY);
    assert!(text.contains("503"), "{text}");
    ehr.control(json!({ "smartConfigStatus": null })).await;

    // The app's API without a session.
    let resp = reqwest::Client::new()
        .post(format!("{}/smart/api/questionnaire-package", app.address))
        .json(&json!({ "resourceType": "Parameters" }))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn an_expired_launch_is_refused() {
    let ehr = MockEhr::start();
    let app = app_for(&ehr, |s| s.smart.launch_ttl_secs = 0).await;
    let launch = ehr
        .launch(&fresh_patient("smart-exp"), json!([]), None)
        .await;
    let mut browser = Browser::new();
    let resp = browser.get(&launch_url(&app, &ehr, Some(&launch))).await;
    let resp = browser.get(location(&resp).as_str()).await;
    let callback = location(&resp);
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let resp = browser.get(callback.as_str()).await;
    assert_eq!(resp.status(), StatusCode::BAD_REQUEST);
    assert!(resp.text().await.unwrap().contains("expired"));
}

#[tokio::test]
async fn the_session_api_only_serves_the_launched_patient() {
    let ehr = MockEhr::start();
    let app = app_for(&ehr, |_| {}).await;
    let browser = open_session(&app, &ehr, "smart-pt").await;
    let other = json!({ "resourceType": "Parameters", "parameter": [{ "name": "coverage", "resource": {
        "resourceType": "Coverage", "id": "c", "status": "active",
        "beneficiary": { "reference": "Patient/someone-else" }, "payor": [{ "display": "x" }] } }] });
    let resp = browser
        .post_json(
            &format!("{}/smart/api/questionnaire-package", app.address),
            &other,
        )
        .await;
    assert_eq!(resp.status(), StatusCode::FORBIDDEN);
    let qr = json!({ "resourceType": "QuestionnaireResponse", "status": "completed",
        "questionnaire": "https://crd.example.org/fhir/Questionnaire/lhcc-la-cp-mp-173",
        "subject": { "reference": "Patient/someone-else" } });
    let resp = browser
        .post_json(
            &format!("{}/smart/api/QuestionnaireResponse", app.address),
            &qr,
        )
        .await;
    assert_eq!(resp.status(), StatusCode::FORBIDDEN);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["resourceType"], "OperationOutcome");
}

#[tokio::test]
async fn a_server_with_the_app_turned_off_serves_none_of_it() {
    let app = spawn_app_with(|s| s.smart.enabled = false).await;
    for path in [
        "/smart/launch?iss=x&launch=y",
        "/smart/static/app.js",
        "/smart/app",
    ] {
        let resp = reqwest::get(format!("{}{path}", app.address))
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::NOT_FOUND, "{path}");
    }
}

/// The clinician's whole session in a real browser: the card's SMART link → EHR launch → the form → answers →
/// saved to the EHR → submitted → the decision; then the EHR's next order-sign is covered.
#[tokio::test]
async fn a_clinician_completes_the_documentation_in_the_browser() {
    let ehr = MockEhr::start();
    let app = app_for(&ehr, |_| {}).await;
    let p = fresh_patient("smart-lhcc");
    load_sample_as("lhcc-pain", "ex-lhcc-1", &p).await;
    let orders = lhcc_orders(&p);
    // The EHR holds the orders being signed (the app reads them from the EHR's FHIR server).
    let fhir = reqwest::Client::new();
    for order in &orders {
        let url = format!(
            "{}/{}/{}",
            fhir_base_url(),
            order["resourceType"].as_str().unwrap(),
            order["id"].as_str().unwrap()
        );
        let resp = fhir.put(url).json(order).send().await.unwrap();
        assert!(resp.status().is_success(), "{}", resp.text().await.unwrap());
    }
    let request = order_sign(&p, orders);
    let (status, body) = app.hook(SERVICE, &request).await;
    assert_eq!(status, 200, "{body}");
    let (_, info) = coverage_infos(&body).remove(0);
    assert_eq!(sub(&info, "covered").unwrap(), "conditional");
    // The EHR launches DTR from the coverage-information (doc-needed + questionnaire), as CRD 2.2 says: the
    // questionnaire and the assertion from the extension, the order and the coverage as fhirContext.
    assert_eq!(sub(&info, "doc-needed").unwrap(), "clinical");
    let link = json!({
        "url": format!("{}/smart/launch", app.address),
        "appContext": json!({
            "coverageAssertionId": sub(&info, "coverage-assertion-id").unwrap(),
            "questionnaire": [sub(&info, "questionnaire").unwrap()],
            "order": [format!("ServiceRequest/{p}-sr8")],
            "coverage": sub(&info, "coverage").unwrap()["reference"],
        })
        .to_string(),
    });

    // What a clinician who agrees with the chart answers: every open criterion yes, every exclusion no.
    // The open items of the decision as stored (what the package prefilled from), not a second evaluation that
    // could read the chart differently.
    let assertion = sub(&info, "coverage-assertion-id").unwrap();
    let stored: Value = app
        .signed(
            reqwest::Method::GET,
            &format!("/coverage-assertions/{}", assertion.as_str().unwrap()),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let pump = stored["orders"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["orderRef"] == format!("ServiceRequest/{p}-sr8"))
        .expect("the pump order's decision");
    let mut plan: serde_json::Map<String, Value> = pump["trace"]["openItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let link = i["linkId"].as_str().unwrap().to_string();
            let yes = !link.contains("-x-");
            (link, json!(yes))
        })
        .collect();
    let open = plan.len();
    assert!(open > 5, "{plan:?}");
    // And by typing: a correction of a pain score the chart gives. (The trial route is on the chart too: the
    // sample's trial dose, a MedicationAdministration, says intrathecal.)
    plan.insert("pn-trial-relief.pain-after".into(), json!("3"));

    // The EHR launches the link: a launch id bound to the patient, the coverage, the order and the appContext.
    let coverage = format!("Coverage/{p}-cov1");
    let launch = ehr
        .launch(
            &p,
            json!([{ "reference": coverage }, { "reference": format!("ServiceRequest/{p}-sr8") }]),
            link["appContext"].as_str(),
        )
        .await;
    let url = format!(
        "{}?iss={}&launch={launch}",
        link["url"].as_str().unwrap(),
        urlencode(&ehr.iss)
    );
    let artifacts = repo_path("target/artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let result = crate::helpers::run_node(
        "tests/browser/dtr-app.js",
        vec![
            url,
            serde_json::to_string(&plan).unwrap(),
            artifacts.join("dtr-app-filled.png").display().to_string(),
        ],
    )
    .await;
    remember_secret(result["accessToken"].as_str().unwrap());
    assert_eq!(result["decision"], json!(["covered"]), "{result}");
    assert!(result["prefilled"].as_u64().unwrap() >= 3, "{result}");
    // Saving before answering listed exactly the open items as missing.
    assert_eq!(result["missing"], json!(open), "{result} {plan:?}");

    // The QuestionnaireResponse is on the EHR's FHIR server, completed, about the patient.
    let found: Value = fhir
        .get(format!(
            "{}/QuestionnaireResponse?subject=Patient/{p}",
            fhir_base_url()
        ))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let qrs: Vec<&Value> = found["entry"]
        .as_array()
        .map(|e| e.iter().map(|e| &e["resource"]).collect())
        .unwrap_or_default();
    assert_eq!(qrs.len(), 1, "{found}");
    assert_eq!(qrs[0]["status"], "completed");
    assert_eq!(qrs[0]["id"], result["ehrQuestionnaireResponse"]);
    // Each answer says where it came from (DTR information-origin): the chart's kept, the clinician's given.
    let text = qrs[0].to_string();
    let origins = |source: &str| text.matches(&format!(r#""valueCode":"{source}""#)).count();
    assert!(origins("auto-server") >= 3, "{text}");
    assert_eq!(origins("manual"), open, "{text}");
    assert!(
        text.contains(r#""code":"72607000""#),
        "the route from the chart: {text}"
    );
    assert_eq!(
        origins("override"),
        1,
        "only the corrected pain score is an override: {text}"
    );
    // dtrx-1: the clinician's answers (every open item and the one override) name the author (the id_token's
    // fhirUser), the chart's do not.
    assert_eq!(
        text.matches(r#""url":"author""#).count(),
        open + 1,
        "{text}"
    );
    assert_eq!(qrs[0]["author"]["reference"], "Practitioner/mock-clinician");
    assert!(text.contains("qr-context") && text.contains(&format!("ServiceRequest/{p}-sr8")));

    // And the EHR's next order-sign for the same order is covered.
    let (status, body) = app.hook(SERVICE, &request).await;
    assert_eq!(status, 200);
    let (_, info) = coverage_infos(&body).remove(0);
    assert_eq!(sub(&info, "covered").unwrap(), "covered", "{body}");
}

#[test]
fn the_vendored_lforms_files_are_the_npm_package_s() {
    use sha2::{Digest, Sha256};
    let dir = repo_path(&format!(
        "web/vendor/lforms-{}",
        crd_server::smart::assets::LFORMS_VERSION
    ));
    let sums = std::fs::read_to_string(dir.join("SHA256SUMS")).unwrap();
    let mut checked = 0;
    for line in sums.lines() {
        let (sum, name) = line.split_once("  ").unwrap();
        let bytes = std::fs::read(dir.join(name)).unwrap();
        let actual: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(
            actual, sum,
            "{name} differs from the npm package (scripts/vendor-lforms.sh)"
        );
        checked += 1;
    }
    assert_eq!(checked, 7);
}

/// Everything LHC-Forms' stylesheet refers to (`url(...)`: the pick-list arrow and the search glass) is served
/// next to it (#16 9c: `down_arrow_gray_10_10.png` was a 404).
#[tokio::test]
async fn every_file_the_lforms_stylesheet_names_is_served() {
    let app = spawn_app_with(|s| s.smart.enabled = true).await;
    let dir = format!(
        "/smart/static/lforms-{}",
        crd_server::smart::assets::LFORMS_VERSION
    );
    let css = reqwest::get(format!("{}{dir}/styles.css", app.address))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let mut named: Vec<&str> = css
        .split("url(")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .map(|u| u.trim_matches(['"', '\'']))
        .filter(|u| !u.starts_with("data:"))
        .collect();
    named.sort();
    named.dedup();
    assert!(named.contains(&"down_arrow_gray_10_10.png"), "{named:?}");
    for name in named {
        let resp = reqwest::get(format!("{}{dir}/{name}", app.address))
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::OK, "{name}");
        assert_eq!(resp.headers()["content-type"], "image/png", "{name}");
        let png = resp.bytes().await.unwrap();
        assert!(png.starts_with(b"\x89PNG"), "{name} is not a PNG");
    }
}

#[tokio::test]
async fn the_session_api_takes_writes_only_from_the_apps_own_page() {
    let ehr = MockEhr::start();
    let app = app_for(&ehr, |_| {}).await;
    let browser = open_session(&app, &ehr, "smart-csrf").await;
    let url = format!("{}/smart/api/questionnaire-package", app.address);
    let body = json!({ "resourceType": "Parameters" });
    // Another site's page (its Origin), or no Origin at all: refused, whatever the cookie.
    for origin in [Some("https://evil.example.org"), None] {
        let mut req = browser
            .client
            .post(&url)
            .header("cookie", browser.cookie_header())
            .json(&body);
        if let Some(o) = origin {
            req = req.header("origin", o);
        }
        let resp = req.send().await.unwrap();
        assert_eq!(resp.status(), StatusCode::FORBIDDEN, "{origin:?}");
    }
    // A form post (what a cross-site page can send without CORS): not JSON, refused.
    let resp = browser
        .client
        .post(&url)
        .header("cookie", browser.cookie_header())
        .header(
            "origin",
            url::Url::parse(&url)
                .unwrap()
                .origin()
                .ascii_serialization(),
        )
        .header("content-type", "application/x-www-form-urlencoded")
        .body("resourceType=Parameters")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    // Every answer says its content type is what it is.
    for path in ["/health", "/cds-services", "/smart/app", "/no-such-path"] {
        let resp = reqwest::get(format!("{}{path}", app.address))
            .await
            .unwrap();
        assert_eq!(
            resp.headers()["x-content-type-options"],
            "nosniff",
            "{path}"
        );
    }
}

/// A decided order as the store keeps it (for the open-decisions tests: written straight into the app's database).
fn decided_row(
    tenant: &str,
    patient: &str,
    assertion: &str,
    order: &str,
    outcome: &str,
) -> crd_server::store::AssertionRecord {
    crd_server::store::AssertionRecord {
        assertion_id: assertion.into(),
        order_ref: order.into(),
        hook: "order-sign".into(),
        hook_instance: uuid::Uuid::new_v4().to_string(),
        payer_id: "lhcc".into(),
        policy_id: "lhcc-la-cp-mp-173".into(),
        coverage_ref: format!("Coverage/{patient}-cov1"),
        outcome: outcome.into(),
        decided_on: "2026-12-01".into(),
        created_at: chrono::Utc::now().to_rfc3339(),
        trace: crd_server::store::stored_json(&json!({})),
        patient_id: patient.into(),
        facts: crd_server::store::stored_json(&json!({})),
        tenant: tenant.into(),
        assertion_key: format!("covered={outcome}"),
        supersedes: String::new(),
    }
}

/// #16 9b: a launch without fhirContext or appContext lists the patient's open decisions of this EHR (tenant) —
/// those still needing documentation, one per coverage assertion — and never another EHR's, nor settled ones.
#[tokio::test]
async fn the_app_lists_the_patients_open_decisions_of_its_own_ehr_only() {
    let ehr = MockEhr::start();
    let db = crate::dtr::temp_db();
    let url = db.clone();
    let app = app_for(&ehr, move |s| s.database.url = url).await;
    let p = fresh_patient("smart-open");
    let store = crd_server::store::Store::connect(&db, 1).await.unwrap();
    let mine = uuid::Uuid::new_v4().to_string();
    let settled = uuid::Uuid::new_v4().to_string();
    let theirs = uuid::Uuid::new_v4().to_string();
    let older = uuid::Uuid::new_v4().to_string();
    let mut older_row = decided_row(
        crate::helpers::EHR_ISS,
        &p,
        &older,
        &format!("DeviceRequest/{p}-dr2"),
        "conditional",
    );
    older_row.created_at = "2026-01-05T10:00:00+00:00".into();
    let replaced = uuid::Uuid::new_v4().to_string();
    let mut replacement = decided_row(
        crate::helpers::EHR_ISS,
        &p,
        &uuid::Uuid::new_v4().to_string(),
        &format!("ServiceRequest/{p}-sr5"),
        "covered",
    );
    replacement.supersedes = replaced.clone();
    store
        .record(&[
            older_row,
            decided_row(
                crate::helpers::EHR_ISS,
                &p,
                &mine,
                &format!("ServiceRequest/{p}-sr8"),
                "conditional",
            ),
            decided_row(
                crate::helpers::EHR_ISS,
                &p,
                &mine,
                &format!("DeviceRequest/{p}-dr9"),
                "conditional",
            ),
            decided_row(
                crate::helpers::EHR_ISS,
                &p,
                &settled,
                &format!("ServiceRequest/{p}-sr1"),
                "covered",
            ),
            // The same patient id at another EHR is another person.
            decided_row(
                "https://ehr-b.example.org/fhir",
                &p,
                &theirs,
                &format!("ServiceRequest/{p}-sr8"),
                "conditional",
            ),
            decided_row(
                crate::helpers::EHR_ISS,
                "someone-else",
                &uuid::Uuid::new_v4().to_string(),
                "ServiceRequest/x",
                "conditional",
            ),
            // Was open, and was documented since: the decision in force is another id (issue #16 item 4).
            decided_row(
                crate::helpers::EHR_ISS,
                &p,
                &replaced,
                &format!("ServiceRequest/{p}-sr5"),
                "conditional",
            ),
            replacement,
        ])
        .await
        .unwrap();

    // Without a session: nothing.
    let resp = reqwest::get(format!("{}/smart/api/decisions", app.address))
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);

    let launch = ehr.launch(&p, json!([]), None).await;
    let mut browser = Browser::new();
    let resp = launch_and_return(&app, &ehr, &mut browser, Some(&launch)).await;
    remember_secret(
        handoff(&resp.text().await.unwrap())["accessToken"]
            .as_str()
            .unwrap(),
    );
    let resp = browser
        .get(&format!("{}/smart/api/decisions", app.address))
        .await;
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["cache-control"], "no-store");
    let body: Value = resp.json().await.unwrap();
    let decisions = body["decisions"].as_array().unwrap();
    // Newest first.
    assert_eq!(decisions.len(), 2, "{body}");
    assert_eq!(decisions[1]["coverageAssertionId"], older.as_str());
    assert_eq!(decisions[0]["coverageAssertionId"], mine.as_str());
    assert_eq!(decisions[0]["coverage"], format!("Coverage/{p}-cov1"));
    let mut orders: Vec<&str> = decisions[0]["orders"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o.as_str().unwrap())
        .collect();
    orders.sort();
    assert_eq!(
        orders,
        [
            format!("DeviceRequest/{p}-dr9"),
            format!("ServiceRequest/{p}-sr8")
        ]
    );
    assert_eq!(decisions[0]["policy"]["id"], "lhcc-la-cp-mp-173");
    assert!(!body.to_string().contains(&theirs) && !body.to_string().contains(&settled));
}

/// #16 9b in a real browser: the EHR launches the app with the patient only (no fhirContext, no appContext) and
/// its draft orders are nowhere on its FHIR server. The app lists the patient's open decision of this EHR (not
/// another EHR's), passes the accessibility check, and the one picked drives the package call as its context.
/// With no open decision and no order found, the app stops: no package call with neither order nor context.
#[tokio::test]
async fn a_launch_without_context_documents_an_open_decision_picked_from_the_list() {
    let ehr = MockEhr::start();
    let db = crate::dtr::temp_db();
    let url = db.clone();
    let app = app_for(&ehr, move |s| s.database.url = url).await;
    let p = fresh_patient("smart-pick");
    load_sample_as("lhcc-pain", "ex-lhcc-1", &p).await;
    // Signed in the EHR, but the unsigned drafts were never written to its FHIR server.
    let (status, body) = app.hook(SERVICE, &order_sign(&p, lhcc_orders(&p))).await;
    assert_eq!(status, 200, "{body}");
    let (_, info) = coverage_infos(&body).remove(0);
    assert_eq!(sub(&info, "covered").unwrap(), "conditional");
    let mine = sub(&info, "coverage-assertion-id").unwrap();
    let theirs = uuid::Uuid::new_v4().to_string();
    crd_server::store::Store::connect(&db, 1)
        .await
        .unwrap()
        .record(&[decided_row(
            "https://ehr-b.example.org/fhir",
            &p,
            &theirs,
            &format!("ServiceRequest/{p}-sr8"),
            "conditional",
        )])
        .await
        .unwrap();

    let artifacts = repo_path("target/artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let run = |patient: String, shot: &'static str| {
        let ehr = &ehr;
        let app = &app;
        let artifacts = artifacts.clone();
        async move {
            let launch = ehr.launch(&patient, json!([]), None).await;
            let url = format!("{}&launch={launch}", launch_url(app, ehr, None));
            crate::helpers::run_node(
                "tests/browser/dtr-pick.js",
                vec![url, artifacts.join(shot).display().to_string()],
            )
            .await
        }
    };
    let result = run(p.clone(), "dtr-pick.png").await;
    assert_eq!(result["listed"], json!([mine]), "{result}");
    assert_eq!(result["accessibility"], json!([]), "{result}");
    assert_eq!(result["state"], "ready", "{result}");
    assert!(
        result["title"].as_str().is_some_and(|t| !t.is_empty()),
        "{result}"
    );
    assert_eq!(result["packageCalls"], 1, "{result}");
    assert_eq!(result["packageContext"], mine, "{result}");

    // A patient with coverage but no open decision and no order on the EHR: the app says so and asks nothing.
    let q = fresh_patient("smart-none");
    load_sample_as("lhcc-pain", "ex-lhcc-1", &q).await;
    let result = run(q, "dtr-pick-none.png").await;
    assert_eq!(result["listed"], json!([]), "{result}");
    assert_eq!(result["state"], "done", "{result}");
    assert_eq!(result["packageCalls"], 0, "{result}");
    assert!(
        result["status"].as_str().unwrap().contains("coverage card"),
        "{result}"
    );
}
