//! The DTR 2.2 payer surface (issue #16 item 7): the CapabilityStatement at `/fhir/metadata`, type-level
//! `ValueSet/$expand`, the CodeSystems behind the Questionnaires' codes, `$log-questionnaire-errors`, SMART Backend
//! Services for third-party DTR clients, and `$next-question` for adaptive forms.
//!
//! Requirements read from HL7/davinci-dtr at ef91b18f51bd90ecdf5c66c8ee1c36de1962bbb0
//! (input/fsh/DTRCapabilityStatements-dtr-payer-service.fsh, input/fsh/DTROperation-*.fsh,
//! input/pagecontent/specification.md "Authenticating DTR client to payer API"); every fixture here is our own.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};

use crate::helpers::{
    coverage_infos, key_pem, load_fixtures, mint, remember_secret, repo_path, sample_chart,
    spawn_app, spawn_app_with, sub, TestApp, EHR_ISS,
};
use crate::payers::{lhcc_orders, order_sign};

const OWN: &str = "https://crd.example.org/fhir/";
const DTR_PAYER_CS: &str =
    "http://hl7.org/fhir/us/davinci-dtr/CapabilityStatement/dtr-payer-service";
const ADAPTIVE_EXT: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-questionnaireAdaptive";
const ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

async fn get_json(app: &TestApp, path: &str) -> (u16, Value) {
    let resp = app
        .client
        .get(format!("{}{path}", app.address))
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

/// `POST {path}` with the test EHR's fresh JWT and this JSON body.
async fn post_signed(app: &TestApp, path: &str, body: &Value) -> (u16, Value) {
    let resp = app
        .signed(reqwest::Method::POST, path)
        .header("content-type", "application/fhir+json")
        .json(body)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

async fn post_bearer(app: &TestApp, path: &str, token: &str, body: &Value) -> (u16, Value) {
    let resp = app
        .client
        .post(format!("{}{path}", app.address))
        .bearer_auth(token)
        .header("content-type", "application/fhir+json")
        .json(body)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

fn checked_in(dir: &str) -> Vec<Value> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(repo_path(dir)).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            out.push(serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap());
        }
    }
    out
}

fn questionnaires() -> Vec<Value> {
    checked_in("fhir-resources/questionnaires")
}

fn value_sets() -> Vec<Value> {
    checked_in("fhir-resources/questionnaires/valuesets")
}

fn is_operation_outcome(v: &Value) -> bool {
    v["resourceType"] == "OperationOutcome" && v["issue"][0]["severity"].is_string()
}

// ---------------------------------------------------------------------------------------------------------------
// GET /fhir/metadata

#[tokio::test]
async fn metadata_is_the_dtr_payer_capability_statement_and_every_listed_operation_answers() {
    let app = spawn_app().await;
    let (status, cs) = get_json(&app, "/fhir/metadata").await;
    assert_eq!(status, 200, "{cs}");
    assert_eq!(cs["resourceType"], "CapabilityStatement");
    assert_eq!(cs["kind"], "instance");
    assert_eq!(cs["fhirVersion"], "4.0.1");
    assert_eq!(cs["status"], "active");
    assert!(cs["date"].is_string());
    assert!(cs["format"].as_array().unwrap().contains(&json!("json")));
    assert!(
        cs["instantiates"]
            .as_array()
            .unwrap()
            .contains(&json!(DTR_PAYER_CS)),
        "{cs}"
    );
    assert_eq!(cs["implementation"]["url"], format!("{}/fhir", app.address));
    let rest = &cs["rest"][0];
    assert_eq!(rest["mode"], "server");
    // SMART Backend Services: the token endpoint is advertised (spec-120).
    let oauth = rest["security"]["extension"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| {
            e["url"] == "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris"
        })
        .expect("oauth-uris");
    assert!(oauth["extension"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["url"] == "token" && e["valueUri"] == format!("{}/auth/token", app.address)));

    let mut operations = BTreeMap::new();
    for resource in rest["resource"].as_array().unwrap() {
        let kind = resource["type"].as_str().unwrap().to_string();
        for op in resource["operation"].as_array().into_iter().flatten() {
            operations.insert(
                (kind.clone(), op["name"].as_str().unwrap().to_string()),
                op["definition"].as_str().unwrap().to_string(),
            );
        }
        // Every interaction listed is served (search by url: a searchset, never 404).
        for interaction in resource["interaction"].as_array().into_iter().flatten() {
            if interaction["code"] == "search-type" {
                let (status, body) = get_json(&app, &format!("/fhir/{kind}?url=urn:x")).await;
                assert_eq!(status, 200, "{kind} search: {body}");
                assert_eq!(body["type"], "searchset");
            }
        }
    }
    // The DTR payer service's operations, each with its definition.
    for (kind, name, definition) in [
        (
            "Questionnaire",
            "questionnaire-package",
            "http://hl7.org/fhir/us/davinci-dtr/OperationDefinition/questionnaire-package",
        ),
        (
            "Questionnaire",
            "log-questionnaire-errors",
            "http://hl7.org/fhir/us/davinci-dtr/OperationDefinition/log-questionnaire-errors",
        ),
        (
            "Questionnaire",
            "next-question",
            "http://hl7.org/fhir/uv/sdc/OperationDefinition/Questionnaire-next-question",
        ),
        (
            "ValueSet",
            "expand",
            "http://hl7.org/fhir/OperationDefinition/ValueSet-expand",
        ),
    ] {
        assert_eq!(
            operations
                .get(&(kind.to_string(), name.to_string()))
                .map(String::as_str),
            Some(definition),
            "{kind} ${name} is listed: {cs}"
        );
    }
    // Every listed operation is routed: an empty call is refused as bad input, never 404 or 405.
    for (kind, name) in operations.keys() {
        let path = format!("/fhir/{kind}/${name}");
        let (status, body) = post_signed(&app, &path, &json!({})).await;
        assert!(
            status != 404 && status != 405,
            "{path} answered {status}: {body}"
        );
        assert!(
            is_operation_outcome(&body) || body["resourceType"].is_string(),
            "{body}"
        );
    }
    // Every resource type listed can be read by id, and the read interactions are listed.
    let kinds: BTreeSet<&str> = rest["resource"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["type"].as_str().unwrap())
        .collect();
    for kind in ["Questionnaire", "ValueSet", "CodeSystem"] {
        assert!(kinds.contains(kind), "{kind} listed");
    }
}

// ---------------------------------------------------------------------------------------------------------------
// ValueSet/$expand at type level

#[tokio::test]
async fn value_sets_expand_at_type_level_by_canonical_like_the_instance_level() {
    let app = spawn_app().await;
    let today = chrono::Utc::now().date_naive().to_string();
    for vs in value_sets() {
        let (url, version, id) = (
            vs["url"].as_str().unwrap(),
            vs["version"].as_str().unwrap(),
            vs["id"].as_str().unwrap(),
        );
        let (status, instance) = get_json(&app, &format!("/fhir/ValueSet/{id}/$expand")).await;
        assert_eq!(status, 200, "{instance}");
        let resp = app
            .client
            .get(format!("{}/fhir/ValueSet/$expand", app.address))
            .query(&[("url", url)])
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        assert!(resp.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/fhir+json"));
        let typed: Value = resp.json().await.unwrap();
        assert_eq!(typed["url"], url);
        assert_eq!(
            typed["expansion"]["contains"],
            instance["expansion"]["contains"]
        );
        assert!(!typed["expansion"]["contains"]
            .as_array()
            .unwrap()
            .is_empty());
        // oper-5: the expansion is as of today.
        assert!(typed["expansion"]["timestamp"]
            .as_str()
            .unwrap()
            .starts_with(&today));
        // The version may be named; another version is not known.
        let resp = app
            .client
            .get(format!("{}/fhir/ValueSet/$expand", app.address))
            .query(&[("url", url), ("valueSetVersion", version)])
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 200);
        let resp = app
            .client
            .get(format!("{}/fhir/ValueSet/$expand", app.address))
            .query(&[("url", url), ("valueSetVersion", "1900-01-01")])
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 404);
        assert!(is_operation_outcome(&resp.json().await.unwrap()));
        // The POST form: Parameters with url (and valueSetVersion).
        let (status, posted) = post_signed(
            &app,
            "/fhir/ValueSet/$expand",
            &json!({ "resourceType": "Parameters", "parameter": [
                { "name": "url", "valueUri": url },
                { "name": "valueSetVersion", "valueString": version },
            ]}),
        )
        .await;
        assert_eq!(status, 200, "{posted}");
        assert_eq!(
            posted["expansion"]["contains"],
            instance["expansion"]["contains"]
        );
    }
    // filter: only the concepts whose display contains the text (case-insensitive).
    let routes = value_sets()
        .into_iter()
        .find(|v| v["id"] == "infusion-routes")
        .unwrap();
    let first = routes["compose"]["include"][0]["concept"][0]["display"]
        .as_str()
        .unwrap()
        .to_string();
    let word = first.split_whitespace().next().unwrap().to_lowercase();
    let resp = app
        .client
        .get(format!("{}/fhir/ValueSet/$expand", app.address))
        .query(&[("url", routes["url"].as_str().unwrap()), ("filter", &word)])
        .send()
        .await
        .unwrap();
    let filtered: Value = resp.json().await.unwrap();
    let contains = filtered["expansion"]["contains"].as_array().unwrap();
    assert!(!contains.is_empty());
    assert!(contains.iter().all(|c| c["display"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .contains(&word)));
    let all = routes["compose"]["include"][0]["concept"]
        .as_array()
        .unwrap();
    assert!(
        all.iter().any(|c| !c["display"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains(&word)),
        "the filter must leave something out for this test to mean anything"
    );
    assert!(contains.len() < all.len());

    // Unknown url: 404 OperationOutcome; no url: 400.
    let (status, body) = get_json(
        &app,
        "/fhir/ValueSet/$expand?url=https://nowhere.example/ValueSet/x",
    )
    .await;
    assert_eq!(status, 404);
    assert!(is_operation_outcome(&body), "{body}");
    let (status, body) = get_json(&app, "/fhir/ValueSet/$expand").await;
    assert_eq!(status, 400);
    assert!(is_operation_outcome(&body), "{body}");
    let (status, body) = post_signed(
        &app,
        "/fhir/ValueSet/$expand",
        &json!({ "resourceType": "Parameters", "parameter": [{ "name": "url", "valueBoolean": true }] }),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert!(is_operation_outcome(&body), "{body}");
}

// ---------------------------------------------------------------------------------------------------------------
// CodeSystems

/// Every (system, code) of a Coding under `v`, and every canonical string under a key that holds one.
fn walk(v: &Value, codes: &mut BTreeSet<(String, String)>, canonicals: &mut BTreeSet<String>) {
    match v {
        Value::Object(map) => {
            if let (Some(system), Some(code)) = (
                map.get("system").and_then(Value::as_str),
                map.get("code").and_then(Value::as_str),
            ) {
                codes.insert((system.to_string(), code.to_string()));
            }
            for key in ["answerValueSet", "valueCanonical", "url", "system"] {
                if let Some(s) = map.get(key).and_then(Value::as_str) {
                    if s.starts_with(OWN) {
                        canonicals.insert(s.to_string());
                    }
                }
            }
            // A ValueSet's enumerated concepts belong to its include's system.
            if let (Some(system), Some(concepts)) = (
                map.get("system").and_then(Value::as_str),
                map.get("concept").and_then(Value::as_array),
            ) {
                for c in concepts {
                    codes.insert((system.to_string(), c["code"].as_str().unwrap().to_string()));
                }
            }
            map.values().for_each(|v| walk(v, codes, canonicals));
        }
        Value::Array(items) => items.iter().for_each(|v| walk(v, codes, canonicals)),
        _ => {}
    }
}

#[tokio::test]
async fn every_own_canonical_the_questionnaires_and_value_sets_use_resolves() {
    let app = spawn_app().await;
    let mut codes = BTreeSet::new();
    let mut canonicals = BTreeSet::new();
    for r in questionnaires().iter().chain(value_sets().iter()) {
        walk(r, &mut codes, &mut canonicals);
    }
    let systems: BTreeSet<&String> = codes
        .iter()
        .map(|(s, _)| s)
        .filter(|s| s.starts_with(OWN))
        .collect();
    assert!(
        systems.len() >= 10,
        "indications and criteria systems: {systems:?}"
    );
    for canonical in &canonicals {
        let (url, version) = match canonical.split_once('|') {
            Some((u, v)) => (u, Some(v)),
            None => (canonical.as_str(), None),
        };
        let kind = if systems.contains(canonical) {
            "CodeSystem"
        } else {
            url.trim_start_matches(OWN).split('/').next().unwrap()
        };
        let found = app.search_canonical(kind, url, version).await;
        assert_eq!(found["total"], 1, "{kind} {canonical} resolves: {found}");
        let resource = &found["entry"][0]["resource"];
        assert_eq!(resource["url"], url);
        if kind == "CodeSystem" {
            // Read by id too, and every code used under the system is one of its concepts.
            let id = resource["id"].as_str().unwrap();
            let (status, read) = get_json(&app, &format!("/fhir/CodeSystem/{id}")).await;
            assert_eq!(status, 200);
            assert_eq!(&read, resource);
            assert_eq!(read["resourceType"], "CodeSystem");
            assert_eq!(read["content"], "complete");
            assert_eq!(read["status"], "active");
            let defined: BTreeSet<&str> = read["concept"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["code"].as_str().unwrap())
                .collect();
            assert_eq!(read["count"], defined.len());
            for (system, code) in codes.iter().filter(|(s, _)| s == url) {
                assert!(
                    defined.contains(code.as_str()),
                    "{system}#{code} is defined"
                );
            }
        }
    }
    for system in &systems {
        assert!(canonicals.contains(*system));
    }
    let (status, body) = get_json(&app, "/fhir/CodeSystem/no-such-system").await;
    assert_eq!(status, 404);
    assert!(is_operation_outcome(&body));
    let (status, body) = get_json(&app, "/fhir/CodeSystem").await;
    assert_eq!(status, 400);
    assert!(is_operation_outcome(&body));
}

// ---------------------------------------------------------------------------------------------------------------
// $log-questionnaire-errors

fn error_log(canonical: &str, diagnostics: &str) -> Value {
    json!({ "resourceType": "Parameters", "parameter": [
        { "name": "questionnaire", "valueCanonical": canonical },
        { "name": "operationOutcome", "resource": {
            "resourceType": "OperationOutcome",
            "issue": [{ "severity": "error", "code": "processing", "diagnostics": diagnostics,
                        "expression": ["Questionnaire.item[3].extension[0]"] }],
        }},
    ]})
}

async fn listed_errors(app: &TestApp) -> Vec<Value> {
    let resp = app.get("/dtr/questionnaire-errors").await;
    assert_eq!(resp.status(), 200);
    let body: Value = resp.json().await.unwrap();
    body["errors"].as_array().unwrap().clone()
}

#[tokio::test]
async fn questionnaire_errors_are_stored_per_tenant_bounded_and_listed_to_payer_staff() {
    let app = spawn_app_with(|s| s.limits.max_questionnaire_error_logs = 2).await;
    let q = questionnaires().remove(0);
    let canonical = format!(
        "{}|{}",
        q["url"].as_str().unwrap(),
        q["version"].as_str().unwrap()
    );
    const PATH: &str = "/fhir/Questionnaire/$log-questionnaire-errors";
    // A client that breaks oper-2 and sends patient data: stored (the operation's purpose), never logged.
    let secret = format!("patient Zebediah-{} MRN", uuid::Uuid::new_v4());
    remember_secret(&secret);

    assert!(listed_errors(&app).await.is_empty());
    for n in 0..3 {
        let (status, body) = post_signed(
            &app,
            PATH,
            &error_log(&canonical, &format!("{secret} call {n}")),
        )
        .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["resourceType"], "OperationOutcome");
        assert_eq!(body["issue"][0]["severity"], "information");
    }
    // At most limits.max_questionnaire_error_logs per tenant: the newest.
    let listed = listed_errors(&app).await;
    assert_eq!(listed.len(), 2, "{listed:?}");
    assert!(listed.iter().all(|e| e["tenant"] == EHR_ISS));
    assert_eq!(listed[0]["questionnaire"], json!([canonical]));
    let texts: Vec<&str> = listed
        .iter()
        .map(|e| {
            e["operationOutcome"][0]["issue"][0]["diagnostics"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert!(texts.iter().any(|t| t.ends_with("call 2")), "{texts:?}");
    assert!(!texts.iter().any(|t| t.ends_with("call 0")), "{texts:?}");
    assert!(listed[0]["received"].is_string());
    // Counted in /metrics.
    let metrics = app
        .client
        .get(format!("{}/metrics", app.address))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains("crd_dtr_questionnaire_errors_logged_total 3"),
        "{metrics}"
    );

    // Unauthenticated: 401, and the listing too.
    let resp = app
        .client
        .post(format!("{}{PATH}", app.address))
        .json(&error_log(&canonical, "x"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
    let resp = app
        .client
        .get(format!("{}/dtr/questionnaire-errors", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);

    // Bad input: 400 OperationOutcome.
    let outcome = json!({ "resourceType": "OperationOutcome", "issue": [{ "severity": "error", "code": "processing" }] });
    for bad in [
        json!({ "resourceType": "Parameters", "parameter": [{ "name": "operationOutcome", "resource": outcome }] }),
        json!({ "resourceType": "Parameters", "parameter": [{ "name": "questionnaire", "valueCanonical": canonical }] }),
        json!({ "resourceType": "Parameters", "parameter": [
            { "name": "questionnaire", "valueCanonical": canonical },
            { "name": "operationOutcome", "resource": { "resourceType": "Patient" } }] }),
        json!({ "resourceType": "Parameters", "parameter": [
            { "name": "questionnaire", "valueString": canonical },
            { "name": "operationOutcome", "resource": outcome }] }),
        json!({ "resourceType": "Parameters", "parameter": [
            { "name": "questionnaire", "valueCanonical": canonical },
            { "name": "operationOutcome", "resource": outcome },
            { "name": "patient", "valueString": "x" }] }),
        json!({ "resourceType": "Bundle" }),
        json!({}),
    ] {
        let (status, body) = post_signed(&app, PATH, &bad).await;
        assert_eq!(status, 400, "{bad}: {body}");
        assert!(is_operation_outcome(&body), "{body}");
    }
    // More outcomes in one call than limits.max_logged_outcomes: 400, nothing stored.
    let mut many = error_log(&canonical, "x");
    for _ in 0..25 {
        many["parameter"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "name": "operationOutcome", "resource": outcome }));
    }
    let (status, body) = post_signed(&app, PATH, &many).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["issue"][0]["code"], "too-long");
    assert_eq!(listed_errors(&app).await.len(), 2);
}

// ---------------------------------------------------------------------------------------------------------------
// SMART Backend Services (spec-120)

const APP_ID: &str = "dtr-app";
const INLINE_ID: &str = "dtr-inline";

/// A server with two registered DTR clients: `dtr-app` (the test EHR's JWKS URL, acting for the test EHR's
/// tenant) and `dtr-inline` (an inline JWKS: the intruder key pair, a tenant of its own, ValueSet scope only).
async fn backend_app(ttl: u64) -> TestApp {
    spawn_app_with(move |s| {
        let jwks_url = s.auth.clients[0].jwks_urls[0].clone();
        s.auth.access_token_ttl_secs = ttl;
        s.auth.backend_clients = vec![
            crd_server::config::BackendClient {
                client_id: APP_ID.into(),
                tenant: Some(EHR_ISS.into()),
                jwks_url: Some(jwks_url),
                jwks: None,
                scopes: vec![
                    "system/Questionnaire.rs".into(),
                    "system/ValueSet.rs".into(),
                    "system/QuestionnaireResponse.c".into(),
                ],
            },
            crd_server::config::BackendClient {
                client_id: INLINE_ID.into(),
                tenant: None,
                jwks_url: None,
                jwks: Some(
                    std::fs::read_to_string(repo_path("tests/keys/intruder-jwks.json")).unwrap(),
                ),
                scopes: vec![
                    "system/ValueSet.rs".into(),
                    "system/Questionnaire.rs".into(),
                ],
            },
        ];
    })
    .await
}

/// A client assertion (RFC 7523) for `client_id`, signed by the key `key` (`tests/keys/{key}.pem`, kid = key).
fn client_assertion(client_id: &str, aud: &str, key: &str, exp_in: i64, jti: &str) -> String {
    let now = chrono::Utc::now().timestamp();
    let claims =
        json!({ "iss": client_id, "sub": client_id, "aud": aud, "exp": now + exp_in, "jti": jti });
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::ES384);
    header.kid = Some(key.into());
    let signer = jsonwebtoken::EncodingKey::from_ec_pem(&key_pem(key)).unwrap();
    mint(&header, &claims, &signer)
}

async fn token_request(
    app: &TestApp,
    form: &[(&str, &str)],
) -> (u16, Value, reqwest::header::HeaderMap) {
    let resp = app
        .client
        .post(format!("{}/auth/token", app.address))
        .form(form)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    (status, resp.json().await.unwrap_or(Value::Null), headers)
}

async fn access_token(app: &TestApp, client: &str, key: &str, scope: &str) -> String {
    let aud = format!("{}/auth/token", app.address);
    let assertion = client_assertion(client, &aud, key, 120, &uuid::Uuid::new_v4().to_string());
    let (status, body, headers) = token_request(
        app,
        &[
            ("grant_type", "client_credentials"),
            ("scope", scope),
            ("client_assertion_type", ASSERTION_TYPE),
            ("client_assertion", &assertion),
        ],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(headers["cache-control"], "no-store");
    assert_eq!(body["token_type"], "bearer");
    assert!(body["expires_in"].as_u64().unwrap() > 0);
    let token = body["access_token"].as_str().unwrap().to_string();
    remember_secret(&token);
    token
}

fn sign_lhcc_request(patient: &str) -> Value {
    order_sign(patient, lhcc_orders(patient))
}

fn coverage_of(chart: &[Value]) -> Value {
    chart
        .iter()
        .find(|r| r["resourceType"] == "Coverage")
        .unwrap()
        .clone()
}

fn package_params(coverage: &Value, more: Vec<Value>) -> Value {
    let mut params = vec![json!({ "name": "coverage", "resource": coverage })];
    params.extend(more);
    json!({ "resourceType": "Parameters", "parameter": params })
}

#[tokio::test]
async fn smart_configuration_advertises_backend_services() {
    let app = backend_app(300).await;
    let (status, conf) = get_json(&app, "/fhir/.well-known/smart-configuration").await;
    assert_eq!(status, 200, "{conf}");
    assert_eq!(
        conf["token_endpoint"],
        format!("{}/auth/token", app.address)
    );
    assert!(conf["grant_types_supported"]
        .as_array()
        .unwrap()
        .contains(&json!("client_credentials")));
    assert_eq!(
        conf["token_endpoint_auth_methods_supported"],
        json!(["private_key_jwt"])
    );
    let algs = conf["token_endpoint_auth_signing_alg_values_supported"]
        .as_array()
        .unwrap();
    assert!(algs.contains(&json!("ES384")) && algs.contains(&json!("RS384")));
    assert!(conf["capabilities"]
        .as_array()
        .unwrap()
        .contains(&json!("client-confidential-asymmetric")));
    assert!(conf["scopes_supported"]
        .as_array()
        .unwrap()
        .contains(&json!("system/Questionnaire.rs")));
}

#[tokio::test]
async fn a_registered_dtr_client_gets_a_token_and_calls_the_package_for_its_tenant() {
    load_fixtures().await;
    let app = backend_app(300).await;
    // CRD first, as the EHR: the assertion belongs to the EHR's tenant, which dtr-app acts for.
    let request = sign_lhcc_request("ex-lhcc-1");
    let (status, body) = app.hook("order-sign-crd", &request).await;
    assert_eq!(status, 200, "{body}");
    let (_, info) = coverage_infos(&body).remove(0);
    let assertion = sub(&info, "coverage-assertion-id").unwrap();
    let params = package_params(
        &coverage_of(&sample_chart("lhcc-pain")),
        vec![json!({ "name": "context", "valueString": assertion })],
    );

    let token = access_token(
        &app,
        APP_ID,
        "ehr-es384",
        "system/Questionnaire.rs system/ValueSet.rs",
    )
    .await;
    assert_eq!(token.matches('.').count(), 0, "an opaque token, not a JWT");
    let (status, out) = post_bearer(
        &app,
        "/fhir/Questionnaire/$questionnaire-package",
        &token,
        &params,
    )
    .await;
    assert_eq!(status, 200, "{out}");
    let bundles: Vec<&Value> = out["parameter"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["name"] == "packagebundle")
        .collect();
    assert_eq!(bundles.len(), 1, "the EHR's assertion was found: {out}");
    // The same token is good for other calls until it expires (the JWT-per-call rule is the EHR's, not this).
    let (status, _) = post_bearer(&app, "/fhir/$questionnaire-package", &token, &params).await;
    assert_eq!(status, 200);

    // Another client, another tenant: the EHR's assertion is not its to read.
    let other = access_token(&app, INLINE_ID, "intruder-es384", "system/Questionnaire.rs").await;
    let (status, out) = post_bearer(
        &app,
        "/fhir/Questionnaire/$questionnaire-package",
        &other,
        &params,
    )
    .await;
    assert_eq!(status, 404, "{out}");

    // Scopes are checked: a ValueSet-only token may not call the package; the scope granted is what was asked
    // and allowed.
    let vs_only = access_token(&app, APP_ID, "ehr-es384", "system/ValueSet.rs").await;
    let (status, out) = post_bearer(
        &app,
        "/fhir/Questionnaire/$questionnaire-package",
        &vs_only,
        &params,
    )
    .await;
    assert_eq!(status, 403, "{out}");
    assert!(is_operation_outcome(&out));
    // A backend token opens no CDS Hooks endpoint.
    let resp = app
        .client
        .post(format!("{}/cds-services/order-sign-crd", app.address))
        .bearer_auth(&token)
        .json(&request)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
    let resp = app
        .client
        .get(format!(
            "{}/coverage-assertions/{}",
            app.address,
            assertion.as_str().unwrap()
        ))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
    // An unknown opaque token: 401.
    let (status, _) = post_bearer(
        &app,
        "/fhir/Questionnaire/$questionnaire-package",
        "not-a-token",
        &params,
    )
    .await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn bad_client_assertions_are_refused_per_rfc_6749_and_7523() {
    let app = backend_app(300).await;
    let aud = format!("{}/auth/token", app.address);
    let form = |assertion: &str| {
        vec![
            ("grant_type".to_string(), "client_credentials".to_string()),
            ("scope".to_string(), "system/Questionnaire.rs".to_string()),
            (
                "client_assertion_type".to_string(),
                ASSERTION_TYPE.to_string(),
            ),
            ("client_assertion".to_string(), assertion.to_string()),
        ]
    };
    async fn send(app: &TestApp, form: &[(String, String)]) -> (u16, Value) {
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let (status, body, _) = token_request(app, &pairs).await;
        (status, body)
    }
    let fresh = || uuid::Uuid::new_v4().to_string();
    let cases = [
        (
            "bad signature",
            client_assertion_with_kid(APP_ID, &aud, "intruder-es384", "ehr-es384"),
        ),
        (
            "unknown client",
            client_assertion("who-knows", &aud, "ehr-es384", 120, &fresh()),
        ),
        (
            "expired",
            client_assertion(APP_ID, &aud, "ehr-es384", -600, &fresh()),
        ),
        (
            "wrong aud",
            client_assertion(
                APP_ID,
                "https://elsewhere.example/token",
                "ehr-es384",
                120,
                &fresh(),
            ),
        ),
        (
            "too long-lived",
            client_assertion(APP_ID, &aud, "ehr-es384", 3600, &fresh()),
        ),
        ("not a JWT", "abc".to_string()),
    ];
    for (what, assertion) in &cases {
        let (status, body) = send(&app, &form(assertion)).await;
        assert_eq!(status, 401, "{what}: {body}");
        assert_eq!(body["error"], "invalid_client", "{what}: {body}");
        assert!(body["error_description"].is_string());
    }
    // A jti is good once.
    let jti = fresh();
    let assertion = client_assertion(APP_ID, &aud, "ehr-es384", 120, &jti);
    let (status, body) = send(&app, &form(&assertion)).await;
    assert_eq!(status, 200, "{body}");
    remember_secret(body["access_token"].as_str().unwrap());
    let (status, body) = send(&app, &form(&assertion)).await;
    assert_eq!(status, 401, "{body}");
    assert_eq!(body["error"], "invalid_client");

    // Request errors: 400.
    let good = || {
        client_assertion(
            APP_ID,
            &aud,
            "ehr-es384",
            120,
            &uuid::Uuid::new_v4().to_string(),
        )
    };
    // (what is wrong, which form field, its value, the OAuth error); no assertion at all drops the last field.
    let request_errors = [
        (
            "grant type",
            Some((0, "authorization_code")),
            "unsupported_grant_type",
        ),
        ("assertion type", Some((2, "urn:x")), "invalid_request"),
        ("no assertion", None, "invalid_request"),
        ("scope", Some((1, "system/Patient.rs")), "invalid_scope"),
    ];
    for (what, field, error) in request_errors {
        let mut wrong = form(&good());
        match field {
            Some((i, value)) => wrong[i].1 = value.into(),
            None => {
                wrong.pop();
            }
        }
        let (status, body) = send(&app, &wrong).await;
        assert_eq!(
            (status, body["error"].as_str()),
            (400, Some(error)),
            "{what}: {body}"
        );
    }
}

fn client_assertion_with_kid(client_id: &str, aud: &str, key: &str, kid: &str) -> String {
    let now = chrono::Utc::now().timestamp();
    let claims = json!({ "iss": client_id, "sub": client_id, "aud": aud, "exp": now + 120,
                         "jti": uuid::Uuid::new_v4().to_string() });
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::ES384);
    header.kid = Some(kid.into());
    let signer = jsonwebtoken::EncodingKey::from_ec_pem(&key_pem(key)).unwrap();
    mint(&header, &claims, &signer)
}

#[tokio::test]
async fn access_tokens_expire() {
    let app = backend_app(1).await;
    let token = access_token(&app, APP_ID, "ehr-es384", "system/Questionnaire.rs").await;
    let q = questionnaires().remove(0);
    let canonical = q["url"].as_str().unwrap().to_string();
    let (status, body) = post_bearer(
        &app,
        "/fhir/Questionnaire/$log-questionnaire-errors",
        &token,
        &error_log(&canonical, "x"),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    let (status, _) = post_bearer(
        &app,
        "/fhir/Questionnaire/$log-questionnaire-errors",
        &token,
        &error_log(&canonical, "x"),
    )
    .await;
    assert_eq!(status, 401);
}

// ---------------------------------------------------------------------------------------------------------------
// $next-question (adaptive forms)

/// The adaptive package for these extra input parameters: the adaptive Questionnaire and its draft response.
async fn adaptive_package(app: &TestApp, more: Vec<Value>) -> (Value, Value) {
    let params = package_params(&coverage_of(&sample_chart("lhcc-pain")), more);
    let (status, out) =
        post_signed(app, "/fhir/Questionnaire/$questionnaire-package", &params).await;
    assert_eq!(status, 200, "{out}");
    let bundle = out["parameter"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "packagebundle")
        .unwrap()["resource"]
        .clone();
    let of = |t: &str| {
        bundle["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["resource"].clone())
            .find(|r| r["resourceType"] == t)
            .unwrap()
    };
    (of("Questionnaire"), of("QuestionnaireResponse"))
}

/// The package for LHCC's Questionnaire alone, no CRD context: (Questionnaire, draft response).
async fn lhcc_package(app: &TestApp) -> (Value, Value) {
    let lhcc = questionnaires()
        .into_iter()
        .find(|q| q["id"] == "lhcc-la-cp-mp-173")
        .unwrap();
    adaptive_package(
        app,
        vec![json!({ "name": "questionnaire", "valueCanonical": lhcc["url"] })],
    )
    .await
}

async fn next_question(app: &TestApp, qr: &Value) -> (u16, Value) {
    let params = json!({ "resourceType": "Parameters", "parameter": [{ "name": "questionnaire-response", "resource": qr }] });
    let (status, out) = post_signed(app, "/fhir/Questionnaire/$next-question", &params).await;
    if status != 200 {
        return (status, out);
    }
    assert_eq!(out["resourceType"], "Parameters", "{out}");
    assert_eq!(out["parameter"][0]["name"], "return");
    (status, out["parameter"][0]["resource"].clone())
}

fn asked(qr: &Value) -> Vec<Value> {
    qr["contained"][0]["item"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// Answers each asked item not yet answered: booleans `yes(linkId)`, the indication `pick` (else the first
/// offered).
async fn answer_new_with(
    app: &TestApp,
    qr: &mut Value,
    pick: Option<&str>,
    yes: &dyn Fn(&str) -> bool,
) {
    let answered: BTreeSet<String> = qr["item"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|i| i["linkId"].as_str().unwrap().to_string())
        .collect();
    let mut items = qr["item"].as_array().cloned().unwrap_or_default();
    for item in asked(qr) {
        let link = item["linkId"].as_str().unwrap();
        if answered.contains(link) {
            continue;
        }
        let answer = match item["type"].as_str().unwrap() {
            "boolean" => json!({ "valueBoolean": yes(link) }),
            "choice" => {
                let vs = item["answerValueSet"].as_str().unwrap();
                let (url, version) = vs.split_once('|').unwrap();
                let resp = app
                    .client
                    .get(format!("{}/fhir/ValueSet/$expand", app.address))
                    .query(&[("url", url), ("valueSetVersion", version)])
                    .send()
                    .await
                    .unwrap();
                let expanded: Value = resp.json().await.unwrap();
                let contains = expanded["expansion"]["contains"].as_array().unwrap();
                let chosen = contains
                    .iter()
                    .find(|c| pick.is_none_or(|p| c["code"] == p))
                    .unwrap();
                json!({ "valueCoding": { "system": chosen["system"], "code": chosen["code"] } })
            }
            other => panic!("unexpected item type {other}"),
        };
        items.push(json!({ "linkId": link, "answer": [answer] }));
    }
    qr["item"] = Value::Array(items);
}

/// Answers each asked item not yet answered: booleans `true`, the indication `pick` (else the first offered).
async fn answer_new(app: &TestApp, qr: &mut Value, pick: Option<&str>) {
    answer_new_with(app, qr, pick, &|_| true).await
}

/// linkId → the indication group it sits in, in the standard Questionnaire.
fn groups_of(q: &Value) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for group in q["item"].as_array().unwrap() {
        if group["type"] == "group" {
            for item in group["item"].as_array().unwrap() {
                out.insert(
                    item["linkId"].as_str().unwrap().to_string(),
                    group["linkId"].as_str().unwrap().to_string(),
                );
            }
        }
    }
    out
}

#[tokio::test]
async fn without_the_setting_the_package_offers_standard_questionnaires_only() {
    load_fixtures().await;
    let app = spawn_app().await;
    let (q, _) = lhcc_package(&app).await;
    assert!(q["item"].is_array());
    assert!(!q["extension"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["url"] == ADAPTIVE_EXT));
}

#[tokio::test]
async fn next_question_asks_the_indication_first_then_only_its_open_criteria_until_complete() {
    load_fixtures().await;
    let app = spawn_app_with(|s| s.dtr.adaptive_forms = true).await;
    // No CRD context: nothing about the patient is known.
    let (q, qr) = lhcc_package(&app).await;
    // spec-23: the adaptive Questionnaire (no items; where $next-question is).
    assert_eq!(
        q["meta"]["profile"][0],
        "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/dtr-questionnaire-adapt-search"
    );
    assert!(q["item"].is_null());
    let adaptive = q["extension"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["url"] == ADAPTIVE_EXT)
        .unwrap();
    assert_eq!(adaptive["valueUrl"], format!("{}/fhir", app.address));
    let canonical = format!(
        "{}|{}",
        q["url"].as_str().unwrap(),
        q["version"].as_str().unwrap()
    );
    // The adaptive Questionnaire resolves here too.
    let found = app
        .search_canonical("Questionnaire", q["url"].as_str().unwrap(), None)
        .await;
    assert_eq!(found["total"], 1, "{found}");
    // spec-25: the response references a contained Questionnaire derivedFrom it.
    let contained = &qr["contained"][0];
    assert_eq!(
        qr["questionnaire"],
        format!("#{}", contained["id"].as_str().unwrap())
    );
    assert_eq!(contained["derivedFrom"][0], canonical);
    assert!(asked(&qr).is_empty());
    assert_eq!(qr["status"], "in-progress");

    let mut criteria_asked = 0;
    for standard in questionnaires() {
        criteria_asked += walk_adaptive_form(&app, &standard).await;
    }
    assert!(criteria_asked > 0, "some indication's criteria were asked");
}

/// Runs a policy's adaptive form from nothing: the first call asks the indication and nothing of any group; after
/// choosing each indication in turn (gate questions answered no, criteria yes), only that indication's items
/// come, never one twice, until the response is completed. Returns how many group items were asked.
async fn walk_adaptive_form(app: &TestApp, standard: &Value) -> usize {
    let groups = groups_of(standard);
    let indications: Vec<String> = standard["item"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["type"] == "group")
        .map(|g| {
            g["linkId"]
                .as_str()
                .unwrap()
                .trim_start_matches("group-")
                .to_string()
        })
        .collect();
    let mut group_items = 0;
    for chosen in &indications {
        let (_, qr) = adaptive_package(
            app,
            vec![json!({ "name": "questionnaire", "valueCanonical": standard["url"] })],
        )
        .await;
        // First: the indication (every criterion group depends on it), nothing of any group yet.
        let (status, mut qr) = next_question(app, &qr).await;
        assert_eq!(status, 200, "{qr}");
        let first: Vec<String> = asked(&qr)
            .iter()
            .map(|i| i["linkId"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(
            first.first().map(String::as_str),
            Some("indication"),
            "{first:?}"
        );
        assert!(first.iter().all(|l| !groups.contains_key(l)), "{first:?}");
        assert_eq!(qr["status"], "in-progress");
        let yes = |link: &str| groups.contains_key(link);
        answer_new_with(app, &mut qr, Some(chosen), &yes).await;
        let mut seen: BTreeSet<String> = first.iter().cloned().collect();
        let mut rounds = 0;
        loop {
            let (status, next) = next_question(app, &qr).await;
            assert_eq!(status, 200, "{next}");
            qr = next;
            let all: Vec<String> = asked(&qr)
                .iter()
                .map(|i| i["linkId"].as_str().unwrap().to_string())
                .collect();
            let new: Vec<&String> = all.iter().filter(|l| !seen.contains(*l)).collect();
            for link in &new {
                if let Some(group) = groups.get(*link) {
                    assert_eq!(
                        group,
                        &format!("group-{chosen}"),
                        "{link} belongs to the chosen indication"
                    );
                    group_items += 1;
                }
            }
            assert_eq!(
                all.len(),
                seen.len() + new.len(),
                "the asked items are kept, none repeated"
            );
            seen.extend(new.iter().map(|l| l.to_string()));
            if qr["status"] == "completed" {
                assert!(new.is_empty());
                break;
            }
            assert!(!new.is_empty(), "in progress means something new was asked");
            answer_new_with(app, &mut qr, None, &yes).await;
            rounds += 1;
            assert!(rounds < 10, "the questions run out");
        }
    }
    group_items
}

#[tokio::test]
async fn next_question_skips_what_the_chart_settled_for_a_crd_context() {
    load_fixtures().await;
    let app = spawn_app_with(|s| s.dtr.adaptive_forms = true).await;
    let request = sign_lhcc_request("ex-lhcc-1");
    let (status, body) = app.hook("order-sign-crd", &request).await;
    assert_eq!(status, 200, "{body}");
    let (_, info) = coverage_infos(&body).remove(0);
    let assertion = sub(&info, "coverage-assertion-id").unwrap();
    let trace = app.explain("order-sign-crd", &request).await;
    let open: BTreeSet<String> = trace["decisions"][0]["openItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["linkId"].as_str().unwrap().to_string())
        .collect();
    assert!(!open.is_empty());
    let (_, qr) = adaptive_package(
        &app,
        vec![json!({ "name": "context", "valueString": assertion })],
    )
    .await;
    let (status, qr) = next_question(&app, &qr).await;
    assert_eq!(status, 200, "{qr}");
    let first: BTreeSet<String> = asked(&qr)
        .iter()
        .map(|i| i["linkId"].as_str().unwrap().to_string())
        .collect();
    assert!(!first.is_empty());
    // Only what the chart left open: the prefilled trial criterion is not asked again.
    assert!(first.is_subset(&open), "asked {first:?}, open {open:?}");
    assert!(!first.contains("pn-trial-relief"));
}

#[tokio::test]
async fn next_question_refuses_invalid_responses() {
    load_fixtures().await;
    let app = spawn_app_with(|s| s.dtr.adaptive_forms = true).await;
    let (_, qr) = lhcc_package(&app).await;
    let (status, asked_once) = next_question(&app, &qr).await;
    assert_eq!(status, 200);

    // spec-147: an asked (required) item unanswered, an answer to an item never asked, a wrong answer type.
    let mut unanswered = asked_once.clone();
    unanswered["item"] = json!([]);
    let mut stranger = asked_once.clone();
    answer_new(&app, &mut stranger, None).await;
    stranger["item"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "linkId": "never-asked", "answer": [{ "valueBoolean": true }] }));
    let mut wrong_type = asked_once.clone();
    wrong_type["item"] = json!([{ "linkId": "indication", "answer": [{ "valueBoolean": true }] }]);
    let mut no_contained = qr.clone();
    no_contained.as_object_mut().unwrap().remove("contained");
    let mut foreign = qr.clone();
    foreign["contained"][0]["derivedFrom"] = json!(["https://nowhere.example/Questionnaire/x"]);
    let mut not_qr = qr.clone();
    not_qr["resourceType"] = json!("Patient");
    let mut wrong_code = asked_once.clone();
    answer_new(&app, &mut wrong_code, None).await;
    for item in wrong_code["item"].as_array_mut().unwrap() {
        if item["linkId"] == "indication" {
            item["answer"][0]["valueCoding"]["code"] = json!("not-an-indication");
        }
    }
    for (what, bad) in [
        ("unanswered", unanswered),
        ("stranger", stranger),
        ("wrong type", wrong_type),
        ("no contained", no_contained),
        ("foreign", foreign),
        ("not a QR", not_qr),
        ("wrong code", wrong_code),
    ] {
        let (status, body) = next_question(&app, &bad).await;
        assert_eq!(status, 400, "{what}: {body}");
        assert!(is_operation_outcome(&body), "{what}: {body}");
    }
    let (status, body) = post_signed(
        &app,
        "/fhir/Questionnaire/$next-question",
        &json!({ "resourceType": "Parameters" }),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    // The adaptive Questionnaire reads by id (a completed response to it is submitted like a standard one:
    // a_completed_adaptive_response_re_decides_the_assertion).
    let (status, read) = get_json(&app, "/fhir/Questionnaire/lhcc-la-cp-mp-173-adaptive").await;
    assert_eq!(status, 200);
    assert!(read["url"]
        .as_str()
        .unwrap()
        .ends_with("/Questionnaire/lhcc-la-cp-mp-173-adaptive"));
    // More answers than limits.max_answers: 400 too-long.
    let strict = spawn_app_with(|s| {
        s.dtr.adaptive_forms = true;
        s.limits.max_answers = 0;
    })
    .await;
    let mut one = asked_once.clone();
    answer_new(&strict, &mut one, None).await;
    let (status, body) = next_question(&strict, &one).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["issue"][0]["code"], "too-long");
    // Unauthenticated: 401.
    let resp = app
        .client
        .post(format!("{}/fhir/Questionnaire/$next-question", app.address))
        .json(&json!({ "resourceType": "Parameters", "parameter": [{ "name": "questionnaire-response", "resource": qr }] }))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
}

// ---------------------------------------------------------------------------------------------------------------
// Tenants and PostgreSQL

/// Errors logged with a backend token land in the token's tenant, bounded per tenant; the EHR's staff listing
/// shows its own tenant's only. On the database at `db` (the test's SQLite file when `None`).
async fn errors_and_tokens_flow(db: Option<String>) {
    let app = spawn_app_with(move |s| {
        if let Some(db) = db {
            s.database.url = db;
        }
        s.limits.max_questionnaire_error_logs = 2;
        let jwks_url = s.auth.clients[0].jwks_urls[0].clone();
        s.auth.backend_clients = vec![
            crd_server::config::BackendClient {
                client_id: APP_ID.into(),
                tenant: Some(EHR_ISS.into()),
                jwks_url: Some(jwks_url),
                jwks: None,
                scopes: vec!["system/Questionnaire.rs".into()],
            },
            crd_server::config::BackendClient {
                client_id: INLINE_ID.into(),
                tenant: None,
                jwks_url: None,
                jwks: Some(
                    std::fs::read_to_string(repo_path("tests/keys/intruder-jwks.json")).unwrap(),
                ),
                scopes: vec!["system/Questionnaire.rs".into()],
            },
        ];
    })
    .await;
    let canonical = questionnaires().remove(0)["url"]
        .as_str()
        .unwrap()
        .to_string();
    const PATH: &str = "/fhir/Questionnaire/$log-questionnaire-errors";
    let run = uuid::Uuid::new_v4().to_string();
    let own = access_token(&app, APP_ID, "ehr-es384", "system/Questionnaire.rs").await;
    let other = access_token(&app, INLINE_ID, "intruder-es384", "system/Questionnaire.rs").await;
    for n in 0..3 {
        let (status, body) = post_bearer(
            &app,
            PATH,
            &own,
            &error_log(&canonical, &format!("{run} ehr {n}")),
        )
        .await;
        assert_eq!(status, 200, "{body}");
    }
    let (status, body) = post_bearer(
        &app,
        PATH,
        &other,
        &error_log(&canonical, &format!("{run} other")),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let texts: Vec<String> = listed_errors(&app)
        .await
        .iter()
        .map(|e| {
            e["operationOutcome"][0]["issue"][0]["diagnostics"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(texts, vec![format!("{run} ehr 2"), format!("{run} ehr 1")]);
    // A backend token does not open the staff listing.
    let resp = app
        .client
        .get(format!("{}/dtr/questionnaire-errors", app.address))
        .bearer_auth(&own)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 401);
}

#[tokio::test]
async fn logged_errors_belong_to_the_callers_tenant() {
    errors_and_tokens_flow(None).await;
}

#[tokio::test]
async fn only_the_sha256_of_an_access_token_is_stored() {
    use sha2::Digest as _;
    let file = std::env::temp_dir().join(format!("crd-test-{}.db", uuid::Uuid::new_v4()));
    let url = format!("sqlite://{}", file.display());
    let app = spawn_app_with(move |s| {
        s.database.url = url;
        let jwks_url = s.auth.clients[0].jwks_urls[0].clone();
        s.auth.backend_clients = vec![crd_server::config::BackendClient {
            client_id: APP_ID.into(),
            tenant: None,
            jwks_url: Some(jwks_url),
            jwks: None,
            scopes: vec!["system/ValueSet.rs".into()],
        }];
    })
    .await;
    let token = access_token(&app, APP_ID, "ehr-es384", "system/ValueSet.rs").await;
    let hash: String = sha2::Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let mut stored = Vec::new();
    for suffix in ["", "-wal"] {
        let mut path = file.clone().into_os_string();
        path.push(suffix);
        stored.extend(std::fs::read(path).unwrap_or_default());
    }
    let stored = String::from_utf8_lossy(&stored);
    assert!(stored.contains(&hash), "the token's hash is stored");
    assert!(!stored.contains(&token), "the token itself is not");
}

#[tokio::test]
async fn logged_errors_and_access_tokens_run_on_postgresql() {
    errors_and_tokens_flow(Some(crate::postgres::pg_url())).await;
}

#[tokio::test]
async fn backend_clients_are_registered_in_toml_with_a_jwks_url_or_an_inline_jwks() {
    let dir = std::env::temp_dir().join(format!("crd-backend-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let jwks = std::fs::read_to_string(repo_path("tests/keys/intruder-jwks.json")).unwrap();
    let write = |name: &str, extra: &str| {
        let path = dir.join(name);
        std::fs::write(
            &path,
            format!(
                "[[auth.backend_clients]]\nclient_id = \"by-url\"\njwks_url = \"https://dtr.example.org/jwks.json\"\n\
                 tenant = \"https://ehr.example.org/fhir\"\nscopes = [\"system/Questionnaire.rs\"]\n\n\
                 [[auth.backend_clients]]\nclient_id = \"inline\"\njwks = '''{}'''\n{extra}",
                jwks.replace('\n', " ")
            ),
        )
        .unwrap();
        path
    };
    let prepare = |mut s: crd_server::config::Settings| {
        s.server.port = 0;
        s.policies.dir = repo_path("fhir-resources/policies");
        s.dtr.questionnaires_dir = repo_path("fhir-resources/questionnaires");
        s.database.url = "sqlite::memory:".into();
        s
    };
    let good = crd_server::config::Settings::load(Some(&write("good.toml", ""))).unwrap();
    assert_eq!(good.auth.backend_clients.len(), 2);
    assert_eq!(
        good.auth.backend_clients[0].tenant.as_deref(),
        Some("https://ehr.example.org/fhir")
    );
    assert_eq!(good.auth.access_token_ttl_secs, 300);
    assert!(crd_server::startup::Application::build(prepare(good))
        .await
        .is_ok());
    // Both a URL and inline keys (or neither): start-up is refused, naming the client.
    let both = crd_server::config::Settings::load(Some(&write(
        "both.toml",
        "jwks_url = \"https://dtr.example.org/other.json\"\n",
    )))
    .unwrap();
    let err = crd_server::startup::Application::build(prepare(both))
        .await
        .err()
        .expect("refused");
    assert!(format!("{err:#}").contains("'inline'"), "{err:#}");
}

/// A completed adaptive response re-decides the CRD assertion like a standard one: its answers (same linkIds as
/// the policy's standard Questionnaire) count, and the decision moves to a new id (issue #16 item 7).
#[tokio::test]
async fn a_completed_adaptive_response_re_decides_the_assertion() {
    load_fixtures().await;
    let app = spawn_app_with(|s| s.dtr.adaptive_forms = true).await;
    let request = sign_lhcc_request("ex-lhcc-1");
    let (status, body) = app.hook("order-sign-crd", &request).await;
    assert_eq!(status, 200, "{body}");
    let (_, info) = coverage_infos(&body).remove(0);
    assert_eq!(sub(&info, "covered").unwrap(), "conditional");
    let assertion = sub(&info, "coverage-assertion-id").unwrap();
    let (_, mut qr) = adaptive_package(
        &app,
        vec![json!({ "name": "context", "valueString": assertion })],
    )
    .await;
    // Every question asked answered the way a clinician who agrees with the chart would: criteria yes,
    // exclusions no.
    let agree = |link: &str| !link.contains("-x-");
    for _ in 0..10 {
        let (status, next) = next_question(&app, &qr).await;
        assert_eq!(status, 200, "{next}");
        qr = next;
        if qr["status"] == "completed" {
            break;
        }
        answer_new_with(&app, &mut qr, None, &agree).await;
    }
    assert_eq!(qr["status"], "completed", "{qr}");
    let url = format!("{}/fhir/QuestionnaireResponse", app.address);
    let resp = app
        .client
        .post(&url)
        .bearer_auth(crate::helpers::ehr_token(&url))
        .json(&qr)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 201, "{}", resp.text().await.unwrap());
    assert_eq!(
        resp.headers()["x-coverage-assertion-id"],
        assertion.as_str().unwrap()
    );
    let current = crate::dtr::superseded_by(&resp);
    let (status, again) = app.hook("order-sign-crd", &request).await;
    assert_eq!(status, 200, "{again}");
    let (_, info) = coverage_infos(&again).remove(0);
    assert_eq!(sub(&info, "covered").unwrap(), "covered", "{again}");
    assert_eq!(
        sub(&info, "coverage-assertion-id").unwrap(),
        current.as_str()
    );
}
