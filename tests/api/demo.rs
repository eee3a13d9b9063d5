//! The demo EHR (`/demo`): sample charts, a real signed `order-sign` with prefetch from the discovery templates,
//! the cards in a real browser, the SMART demo launch, and the refusals; off in the production configuration.

use serde_json::{json, Value};

use crate::helpers::{
    remember_secret, repo_path, run_node, sample_order_sign, spawn_app, spawn_app_with, HookAuth,
    TestApp,
};

const COVERAGE_INFO: &str =
    "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";

/// `covered` of every order in a hook answer: (Type/id, covered).
fn covered_by_order(answer: &Value) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = answer["systemActions"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|a| {
            let r = &a["resource"];
            let order = format!(
                "{}/{}",
                r["resourceType"].as_str().unwrap(),
                r["id"].as_str().unwrap()
            );
            r["extension"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|e| e["url"] == COVERAGE_INFO)
                .map(move |e| {
                    let covered = e["extension"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|s| s["url"] == "covered")
                        .and_then(|s| s["valueCode"].as_str())
                        .unwrap()
                        .to_string();
                    (order.clone(), covered)
                })
        })
        .collect();
    out.sort();
    out
}

/// The card the browser saw whose summary says `text`.
/// `GET path` without a JWT: (status, JSON body).
async fn get(app: &TestApp, path: &str) -> (u16, Value) {
    let resp = app
        .client
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .unwrap();
    (
        resp.status().as_u16(),
        resp.json().await.unwrap_or(Value::Null),
    )
}

async fn samples(app: &TestApp) -> Vec<Value> {
    let (status, list) = get(app, "/demo/api/samples").await;
    assert_eq!(status, 200);
    list["samples"].as_array().unwrap().clone()
}

async fn post(app: &TestApp, path: &str, body: &Value) -> (u16, Value) {
    let resp = app
        .client
        .post(format!("{}{path}", app.address))
        .json(body)
        .send()
        .await
        .unwrap();
    (
        resp.status().as_u16(),
        resp.json().await.unwrap_or(Value::Null),
    )
}

/// The demo EHR's back end prepares the signing; the call is then made exactly as the page makes it.
async fn sign(app: &TestApp, sample: &str, orders: &Value) -> (Value, u16, Value) {
    let (status, prepared) = post(
        app,
        "/demo/api/prepare",
        &json!({ "sample": sample, "orders": orders }),
    )
    .await;
    assert_eq!(status, 200, "{prepared}");
    // The log scan (tests/log_scan.rs) checks that neither token reached the logs.
    remember_secret(
        prepared["authorization"]
            .as_str()
            .unwrap()
            .trim_start_matches("Bearer "),
    );
    remember_secret(
        prepared["request"]["fhirAuthorization"]["access_token"]
            .as_str()
            .unwrap(),
    );
    let service = prepared["url"]
        .as_str()
        .unwrap()
        .strip_prefix("/cds-services/")
        .unwrap_or_else(|| panic!("the demo prepares a CDS hook call: {prepared}"));
    let auth = HookAuth::Header(prepared["authorization"].as_str().unwrap());
    let resp = app
        .post_hook_with(service, &prepared["request"], auth)
        .await;
    let status = resp.status().as_u16();
    (prepared, status, resp.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn every_sample_signs_with_a_trusted_jwt_and_prefetch_from_the_discovery_templates() {
    let app = spawn_app().await;
    let templates: Vec<String> = {
        let d: Value = serde_json::from_str(crd_server::hooks::SERVICES_JSON).unwrap();
        let s = d["services"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == "order-sign-crd")
            .unwrap();
        s["prefetch"].as_object().unwrap().keys().cloned().collect()
    };
    let list = samples(&app).await;
    let files = std::fs::read_dir(repo_path("fhir-resources/samples"))
        .unwrap()
        .count();
    assert_eq!(list.len(), files, "every bundled sample is offered");
    for s in &list {
        let key = s["sample"].as_str().unwrap();
        let patient = s["patient"].as_str().unwrap();
        // The chart is on the page.
        let html = app
            .client
            .get(format!("{}/demo?sample={key}", app.address))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(html.contains(&format!("<code>{patient}</code>")), "{key}");
        assert!(
            html.contains(&crd_server::html::escape_html(s["payer"].as_str().unwrap())),
            "{key}"
        );
        assert!(!s["orders"].as_array().unwrap().is_empty(), "{key}");

        let (prepared, status, answer) = sign(&app, key, &s["orders"]).await;
        assert_eq!(status, 200, "{key}: {answer}");
        let request = &prepared["request"];
        assert_eq!(request["hook"], "order-sign");
        assert_eq!(request["context"]["patientId"], patient);
        assert_eq!(
            request["fhirServer"],
            format!("{}/demo/fhir", app.address),
            "{key}"
        );
        let mut keys: Vec<String> = request["prefetch"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        keys.sort();
        let mut want = templates.clone();
        want.sort();
        assert_eq!(keys, want, "{key}: every template answered");
        assert_eq!(request["prefetch"]["patient"]["id"], patient);
        // Coverage with its payer (_include=Coverage:payor), as a FHIR server answers the template.
        let coverage = request["prefetch"]["coverage"]["entry"].as_array().unwrap();
        assert!(coverage
            .iter()
            .any(|e| e["resource"]["resourceType"] == "Organization"
                && e["search"]["mode"] == "include"));
        // Only this patient's data.
        for (k, bundle) in request["prefetch"].as_object().unwrap() {
            for e in bundle["entry"].as_array().into_iter().flatten() {
                let r = &e["resource"];
                let subject = ["subject", "patient", "beneficiary"]
                    .iter()
                    .find_map(|f| r[*f]["reference"].as_str());
                if let Some(subject) = subject {
                    assert_eq!(subject, format!("Patient/{patient}"), "{key} {k}");
                }
            }
        }
        // The answer is about the sample's payer, with coverage information for the orders.
        let label = answer["cards"][0]["source"]["label"].as_str().unwrap();
        assert!(label.starts_with(s["payer"].as_str().unwrap()), "{label}");
        assert!(!covered_by_order(&answer).is_empty(), "{key}: {answer}");
    }
}

#[tokio::test]
async fn the_demo_decides_the_bcbs_la_sample_as_an_ehr_sending_the_example_request_does() {
    let app = spawn_app().await;
    let list = samples(&app).await;
    let bcbsla = list.iter().find(|s| s["sample"] == "bcbsla-pain").unwrap();
    let (_, status, demo) = sign(&app, "bcbsla-pain", &bcbsla["orders"]).await;
    assert_eq!(status, 200);
    let (status, example) = app.hook("order-sign-crd", &sample_order_sign()).await;
    assert_eq!(status, 200);
    assert_eq!(covered_by_order(&demo), covered_by_order(&example));
}

#[tokio::test]
async fn the_demo_ehr_in_a_browser_shows_covered_and_conditional_cards_and_launches_the_app() {
    let app = spawn_app().await;
    let artifacts = repo_path("target/artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let list = samples(&app).await;
    let (_, _, api_bcbsla) = sign(
        &app,
        "bcbsla-pain",
        &list.iter().find(|s| s["sample"] == "bcbsla-pain").unwrap()["orders"],
    )
    .await;

    let shots = |name: &str| artifacts.join(name).display().to_string();
    let bcbsla = run_node(
        "tests/browser/demo.js",
        vec![
            app.address.clone(),
            "Blue Cross and Blue Shield of Louisiana —".into(),
            shots("demo-bcbsla"),
        ],
    )
    .await;
    assert_eq!(
        bcbsla["chart"]["payer"],
        "Blue Cross and Blue Shield of Louisiana"
    );
    assert_eq!(bcbsla["chart"]["painPoints"], 2, "{bcbsla}");
    let cards = bcbsla["cards"].as_array().unwrap();
    // No card repeats a decision (CRD resp-25): the one card links the policy; the reasons are the
    // coverage-information's, shown per order.
    assert_eq!(cards.len(), 1, "{bcbsla}");
    assert!(cards[0]["summary"].as_str().unwrap().contains("00666"));
    assert!(bcbsla["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["why"].as_str().unwrap().contains("00666") && r["documentation"] == false));
    // The page shows the coverage information the API gives for the same orders, and they are covered.
    let mut shown: Vec<(String, String)> = bcbsla["coverage"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["order"].as_str().unwrap().to_string(),
                r["covered"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    shown.sort();
    assert_eq!(shown, covered_by_order(&api_bcbsla));
    assert!(shown.iter().all(|(_, c)| c == "covered"), "{shown:?}");
    assert_eq!(bcbsla["raw"]["requestHook"], "order-sign");
    assert_eq!(bcbsla["raw"]["responseCards"], cards.len());
    assert!(bcbsla["app"].is_null());
    // axe-core's WCAG 2.1 A/AA rules find nothing on the page with its answer shown (signed from the keyboard).
    assert_eq!(bcbsla["accessibility"], json!([]), "{bcbsla}");

    let lhcc = run_node(
        "tests/browser/demo.js",
        vec![
            app.address.clone(),
            "Louisiana Healthcare Connections —".into(),
            shots("demo-lhcc"),
            "launch".into(),
        ],
    )
    .await;
    // DTR is offered from the coverage information of the conditional order, not from a card.
    assert!(lhcc["coverage"].as_array().unwrap().iter().any(
        |r| r["order"] == "ServiceRequest/ex-lhcc-1-sr8"
            && r["covered"] == "conditional"
            && r["documentation"] == true
            && r["why"]
                .as_str()
                .unwrap()
                .starts_with("Documentation needed")
            // Why each open criterion stayed open, one line each under the order.
            && r["moreReasons"].as_u64().unwrap() > 0
    ));
    assert!(lhcc["cards"].as_array().unwrap().iter().all(|c| c["links"]
        .as_array()
        .unwrap()
        .iter()
        .all(|l| !l.as_str().unwrap().starts_with("Launch:"))));
    assert_eq!(lhcc["accessibility"], json!([]), "{lhcc}");
    // Launch opened the questionnaire app through the demo EHR's SMART launch, prefilled from the chart.
    assert_eq!(lhcc["app"]["path"], "/smart/app", "{lhcc}");
    assert_eq!(lhcc["app"]["state"], "ready", "{lhcc}");
    assert!(lhcc["app"]["prefilled"].as_u64().unwrap() > 0, "{lhcc}");
}

#[tokio::test]
async fn the_demo_key_signs_hooks_only_and_once() {
    let app = spawn_app().await;
    let list = samples(&app).await;
    let lhcc = list.iter().find(|s| s["sample"] == "lhcc-pain").unwrap();
    let (prepared, status, _) = sign(&app, "lhcc-pain", &lhcc["orders"]).await;
    assert_eq!(status, 200);
    let auth = prepared["authorization"].as_str().unwrap();
    // The same token again: replay.
    let again = app
        .post_hook_with(
            "order-sign-crd",
            &prepared["request"],
            HookAuth::Header(auth),
        )
        .await;
    assert_eq!(again.status(), 401);
    // Another endpoint: its aud is wrong, and the demo key is not trusted there at all.
    let other = app
        .client
        .post(format!("{}/fhir/$questionnaire-package", app.address))
        .header("authorization", auth)
        .json(&json!({ "resourceType": "Parameters" }))
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), 401);
    // Its public key is published like an EHR's.
    let (_, jwks) = get(&app, "/demo/.well-known/jwks.json").await;
    assert_eq!(jwks["keys"][0]["alg"], "ES384");
    assert!(jwks["keys"][0].get("d").is_none(), "no private part");
}

/// Whoever can open `/demo` gets a demo-signed token: it signs only the request the demo prepared (issue #15).
#[tokio::test]
async fn a_demo_token_signs_nothing_but_its_own_request() {
    let app = spawn_app().await;
    let list = samples(&app).await;
    let lhcc = list.iter().find(|s| s["sample"] == "lhcc-pain").unwrap();
    let prepare = || async {
        let (status, prepared) = post(
            &app,
            "/demo/api/prepare",
            &json!({ "sample": "lhcc-pain", "orders": lhcc["orders"] }),
        )
        .await;
        assert_eq!(status, 200, "{prepared}");
        remember_secret(
            prepared["authorization"]
                .as_str()
                .unwrap()
                .trim_start_matches("Bearer "),
        );
        prepared
    };
    // A body of the caller's own (another patient) under a fresh demo token: refused.
    let prepared = prepare().await;
    let mut foreign = prepared["request"].clone();
    foreign["context"]["patientId"] = json!("someone-else");
    let resp = app
        .post_hook_with(
            "order-sign-crd",
            &foreign,
            HookAuth::Header(prepared["authorization"].as_str().unwrap()),
        )
        .await;
    assert_eq!(resp.status(), 401);
    let body: Value = resp.json().await.unwrap();
    assert!(body.to_string().contains("another request body"), "{body}");
    // The prepared body pointed at another FHIR server (one crd-server may read): refused too.
    let prepared = prepare().await;
    let mut elsewhere = prepared["request"].clone();
    elsewhere["fhirServer"] = json!(crate::helpers::fhir_base_url());
    let resp = app
        .post_hook_with(
            "order-sign-crd",
            &elsewhere,
            HookAuth::Header(prepared["authorization"].as_str().unwrap()),
        )
        .await;
    assert_eq!(resp.status(), 401);
    // The prepared body itself, as prepared (key order and spacing of the page's own serialization): accepted.
    let prepared = prepare().await;
    let text = serde_json::to_string_pretty(&prepared["request"]).unwrap();
    let resp = app
        .client
        .post(format!("{}/cds-services/order-sign-crd", app.address))
        .header("authorization", prepared["authorization"].as_str().unwrap())
        .header("content-type", "application/json")
        .body(text)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
}

#[tokio::test]
async fn the_demo_refuses_to_start_where_others_can_reach_it() {
    let mut settings = crd_server::config::Settings::defaults();
    settings.server.host = "0.0.0.0".into();
    settings.server.port = 0;
    settings.policies.dir = crate::helpers::repo_path("fhir-resources/policies");
    settings.dtr.questionnaires_dir = crate::helpers::repo_path("fhir-resources/questionnaires");
    settings.database.url = "sqlite::memory:".into();
    let err = match crd_server::startup::Application::build(settings).await {
        Ok(_) => panic!("the demo started on 0.0.0.0"),
        Err(e) => format!("{e:#}"),
    };
    assert!(err.contains("demo.allow_non_loopback"), "{err}");
    // (Forced, or with the demo off, it would listen on every interface: not done in a test.)
}

#[tokio::test]
async fn bad_demo_input_gets_clear_errors() {
    let app = spawn_app().await;
    let list = samples(&app).await;
    let bcbsla = list.iter().find(|s| s["sample"] == "bcbsla-pain").unwrap();
    let row = bcbsla["orders"][0].clone();
    // The default order with one field changed, as the body of a signing.
    let with = |f: &str, v: &str| {
        let mut r = row.clone();
        r[f] = json!(v);
        json!({ "sample": "bcbsla-pain", "orders": [r] })
    };
    let cases = [
        (
            json!({ "sample": "nobody", "orders": [row] }),
            "no such sample",
        ),
        (
            json!({ "sample": "bcbsla-pain", "orders": [] }),
            "sign 1 to 5",
        ),
        (
            json!({ "sample": "bcbsla-pain", "orders": vec![row.clone(); 6] }),
            "sign 1 to 5",
        ),
        (with("code", "62 362"), "letters or digits"),
        (with("kind", "Observation"), "unknown order type"),
        (with("system", "icd10"), "CPT, HCPCS or RxNorm"),
        (
            with("route", "72607000"),
            "only a medication order has a route",
        ),
        (
            with("reason", "Condition/ex-lhcc-1-cond2"),
            "one of the patient's problems",
        ),
        (with("id", "bad id!"), "not a FHIR id"),
        (json!({ "orders": "x" }), "expected"),
    ];
    for (body, says) in cases {
        let (status, outcome) = post(&app, "/demo/api/prepare", &body).await;
        assert_eq!(status, 400, "{body}: {outcome}");
        assert_eq!(outcome["resourceType"], "OperationOutcome");
        assert!(outcome.to_string().contains(says), "{says}: {outcome}");
    }
    // The demo FHIR server: unknown search parameters are refused, not ignored; unknown ids are 404.
    let (status, outcome) = get(&app, "/demo/fhir/Observation?value-quantity=5").await;
    assert_eq!(status, 400);
    assert_eq!(outcome["resourceType"], "OperationOutcome");
    let (status, _) = get(&app, "/demo/fhir/Patient/nobody").await;
    assert_eq!(status, 404);
    let (status, bundle) = get(&app, "/demo/fhir/Condition?patient=ex-lhcc-1").await;
    assert_eq!(status, 200);
    assert_eq!(bundle["total"], 2);
    // Writes need a demo access token for that patient.
    let qr = json!({ "resourceType": "QuestionnaireResponse", "status": "completed",
                     "subject": { "reference": "Patient/ex-lhcc-1" } });
    let (status, _) = post(&app, "/demo/fhir/QuestionnaireResponse", &qr).await;
    assert_eq!(status, 401);
    let (prepared, _, _) = sign(&app, "bcbsla-pain", &bcbsla["orders"]).await;
    let token = prepared["request"]["fhirAuthorization"]["access_token"]
        .as_str()
        .unwrap();
    let other_patient = app
        .client
        .post(format!("{}/demo/fhir/QuestionnaireResponse", app.address))
        .bearer_auth(token)
        .json(&qr)
        .send()
        .await
        .unwrap();
    assert_eq!(other_patient.status(), 403);
    // Nor can an update take over another patient's QuestionnaireResponse.
    let lhcc = list.iter().find(|s| s["sample"] == "lhcc-pain").unwrap();
    let (lhcc_prepared, _, _) = sign(&app, "lhcc-pain", &lhcc["orders"]).await;
    let put = |token: String, body: Value| {
        let url = format!("{}/demo/fhir/QuestionnaireResponse/qr-1", app.address);
        let client = app.client.clone();
        async move {
            let r = client
                .put(url)
                .bearer_auth(token)
                .json(&body)
                .send()
                .await
                .unwrap();
            r.status().as_u16()
        }
    };
    let lhcc_token = lhcc_prepared["request"]["fhirAuthorization"]["access_token"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(put(lhcc_token.clone(), qr.clone()).await, 201, "created");
    assert_eq!(put(lhcc_token, qr.clone()).await, 200, "updated");
    let mut takeover = qr.clone();
    takeover["subject"]["reference"] = json!("Patient/ex-bcbsla-1");
    assert_eq!(put(token.to_string(), takeover).await, 403);
    // The demo authorization server: only this server's app, only with a known launch and PKCE.
    let no_redirect = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let authorize = |query: String| {
        let url = format!("{}/demo/auth/authorize?{query}", app.address);
        let client = no_redirect.clone();
        async move { client.get(url).send().await.unwrap() }
    };
    let callback = format!("{}/smart/callback", app.address);
    let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    let resp = authorize(format!(
        "response_type=code&client_id=crd-server-dtr&redirect_uri={}&state=s",
        enc("https://evil.example/cb")
    ))
    .await;
    assert_eq!(resp.status(), 400, "no redirect to an unregistered URI");
    let resp = authorize(format!(
        "response_type=code&client_id=crd-server-dtr&redirect_uri={}&state=s&scope=launch&aud={}\
         &code_challenge_method=S256&code_challenge={}&launch=unknown",
        enc(&callback),
        enc(&format!("{}/demo/fhir", app.address)),
        "a".repeat(43)
    ))
    .await;
    assert_eq!(resp.status(), 302);
    let location = resp.headers()["location"].to_str().unwrap();
    assert!(location.starts_with(&callback), "{location}");
    assert!(location.contains("error=invalid_request"), "{location}");
    let token = app
        .client
        .post(format!("{}/demo/auth/token", app.address))
        .form(&[
            ("grant_type", "authorization_code"),
            ("client_id", "crd-server-dtr"),
            ("code", "unknown"),
            ("code_verifier", &"v".repeat(43)),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(token.status(), 400);
    let body: Value = token.json().await.unwrap();
    assert_eq!(body["error"], "invalid_grant");
    let token = app
        .client
        .post(format!("{}/demo/auth/token", app.address))
        .json(&json!({ "grant_type": "authorization_code" }))
        .send()
        .await
        .unwrap();
    assert_eq!(token.status(), 400, "not a form");
    let body: Value = token.json().await.unwrap();
    assert_eq!(body["error"], "invalid_request");
    let launch = app
        .client
        .post(format!("{}/demo/api/launch", app.address))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(launch.status(), 400);
    let outcome: Value = launch.json().await.unwrap();
    assert_eq!(outcome["resourceType"], "OperationOutcome");
    // A launch for another app's URL is refused (the demo EHR knows one app).
    let (status, _) = post(
        &app,
        "/demo/api/launch",
        &json!({ "patient": "ex-lhcc-1", "url": "https://evil.example/launch" }),
    )
    .await;
    assert_eq!(status, 400);
}

#[tokio::test]
async fn the_production_configuration_serves_neither_page() {
    let production =
        crd_server::config::Settings::load(Some(&repo_path("deploy/crd-server.toml"))).unwrap();
    assert!(!production.demo.enabled);
    let app = spawn_app_with(|s| s.demo.enabled = false).await;
    for path in [
        "/demo",
        "/demo?sample=lhcc-pain",
        "/demo/static/demo.js",
        "/demo/api/samples",
        "/demo/fhir/Patient/ex-lhcc-1",
        "/demo/fhir/.well-known/smart-configuration",
        "/demo/.well-known/jwks.json",
        "/policies",
    ] {
        let resp = app
            .client
            .get(format!("{}{path}", app.address))
            .header("accept", "text/html,application/xhtml+xml")
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 404, "{path}");
    }
    let (status, _) = post(
        &app,
        "/demo/api/prepare",
        &json!({ "sample": "bcbsla-pain", "orders": [] }),
    )
    .await;
    assert_eq!(status, 404);
}
