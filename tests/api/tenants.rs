//! Many EHRs, one payer server (issue #15): two trusted EHR clients with their own keys and JWKS, one server, one
//! database. The same patient id at two hospitals is two people: nothing one EHR sends is read by, or changes the
//! answers of, the other. (The same queries run on PostgreSQL in `postgres.rs`.)

use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::helpers::{
    coverage_infos, ehr_header, fhir_base_url, fresh_patient, key_pem, load_sample_as, mint,
    spawn_app_with, sub, HookAuth, TestApp, EHR_ISS,
};
use crate::payers::order_sign;

const SERVICE: &str = "order-sign-crd";
/// EHR B: its own issuer, key and JWKS.
const B_ISS: &str = "https://ehr-b.example.org/fhir";

fn token_of(iss: &str, aud: &str) -> String {
    let now = chrono::Utc::now().timestamp();
    let claims = json!({ "iss": iss, "aud": aud, "exp": now + 300, "iat": now, "jti": uuid::Uuid::new_v4().to_string() });
    if iss == EHR_ISS {
        let key = jsonwebtoken::EncodingKey::from_ec_pem(&key_pem("ehr-es384")).unwrap();
        mint(&ehr_header(), &claims, &key)
    } else {
        let key = jsonwebtoken::EncodingKey::from_ec_pem(&key_pem("intruder-es384")).unwrap();
        let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::ES384);
        header.kid = Some("intruder-es384".into());
        mint(&header, &claims, &key)
    }
}

/// A server trusting EHR A (the test EHR, its FHIR server the real one) and EHR B (another key and JWKS; its
/// FHIR server a wiremock that serves nothing).
async fn two_ehrs() -> (TestApp, MockServer) {
    two_ehrs_on(None).await
}

/// As `two_ehrs`, on the database at `db` (the test's own SQLite file when `None`).
async fn two_ehrs_on(db: Option<String>) -> (TestApp, MockServer) {
    let b_jwks = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/jwks.json"))
        .respond_with(
            ResponseTemplate::new(200).set_body_string(
                std::fs::read_to_string(crate::helpers::repo_path("tests/keys/intruder-jwks.json"))
                    .unwrap(),
            ),
        )
        .mount(&b_jwks)
        .await;
    let b_fhir = MockServer::start().await;
    let b_base = format!("{}/fhir", b_fhir.uri());
    let b_jwks_url = format!("{}/jwks.json", b_jwks.uri());
    let app = spawn_app_with(move |s| {
        if let Some(db) = db {
            s.database.url = db;
        }
        s.auth.clients[0].fhir_servers = vec![fhir_base_url()];
        s.auth.clients.push(crd_server::config::TrustedClient {
            iss: B_ISS.into(),
            jwks_urls: vec![b_jwks_url],
            fhir_servers: vec![b_base.clone()],
        });
        s.fhir.allowlist.push(b_base);
    })
    .await;
    // The JWKS server must outlive the app's first fetch: keep it in the app's lifetime by leaking its handle.
    std::mem::forget(b_jwks);
    (app, b_fhir)
}

async fn get_as(app: &TestApp, iss: &str, path: &str) -> (u16, Value) {
    let url = format!("{}{path}", app.address);
    let resp = app
        .client
        .get(&url)
        .bearer_auth(token_of(iss, &url))
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

async fn post_as(app: &TestApp, iss: &str, path: &str, body: &Value) -> reqwest::Response {
    let url = format!("{}{path}", app.address);
    app.client
        .post(&url)
        .bearer_auth(token_of(iss, &url))
        .json(body)
        .send()
        .await
        .unwrap()
}

fn lhcc_order(p: &str) -> Vec<Value> {
    vec![json!({
        "resourceType": "ServiceRequest", "id": format!("{p}-sr8"), "status": "draft", "intent": "order",
        "subject": { "reference": format!("Patient/{p}") },
        "code": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "62362" }] },
        "authoredOn": "2026-11-28", "insurance": [{ "reference": format!("Coverage/{p}-cov1") }]
    })]
}

#[tokio::test]
async fn one_ehrs_decisions_and_answers_are_invisible_to_another() {
    let (app, _b_fhir) = two_ehrs().await;
    isolation(&app).await;
}

#[tokio::test]
async fn one_ehrs_decisions_and_answers_are_invisible_to_another_on_postgresql() {
    let (app, _b_fhir) = two_ehrs_on(Some(crate::postgres::pg_url())).await;
    isolation(&app).await;
}

async fn isolation(app: &TestApp) {
    let p = fresh_patient("tenant");
    load_sample_as("lhcc-pain", "ex-lhcc-1", &p).await;

    // A signs: a conditional decision under an assertion id.
    let request = order_sign(&p, lhcc_order(&p));
    let url = format!("{}/cds-services/{SERVICE}", app.address);
    let resp = app
        .post_hook_with(
            SERVICE,
            &request,
            HookAuth::Bearer(&token_of(EHR_ISS, &url)),
        )
        .await;
    assert_eq!(resp.status(), 200);
    let body: Value = resp.json().await.unwrap();
    let (_, info) = coverage_infos(&body).remove(0);
    let assertion = sub(&info, "coverage-assertion-id").unwrap();
    let assertion = assertion.as_str().unwrap();
    assert_eq!(sub(&info, "covered").unwrap(), "conditional");

    // A reads its assertion; B, with a valid token of its own, gets a 404 for the same id.
    let (status, _) = get_as(app, EHR_ISS, &format!("/coverage-assertions/{assertion}")).await;
    assert_eq!(status, 200);
    let (status, body) = get_as(app, B_ISS, &format!("/coverage-assertions/{assertion}")).await;
    assert_eq!(status, 404, "{body}");

    // B posts answers about "its" patient with the same id: they attach to nothing of A's.
    let mut qr = json!({
        "resourceType": "QuestionnaireResponse", "status": "completed",
        "questionnaire": "https://crd.example.org/fhir/Questionnaire/lhcc-la-cp-mp-173|2025-02-24",
        "subject": { "reference": format!("Patient/{p}") },
        "item": [{ "linkId": "pn-life-expectancy", "answer": [{ "valueBoolean": true }] }]
    });
    let resp = post_as(app, B_ISS, "/fhir/QuestionnaireResponse", &qr).await;
    assert_eq!(resp.status(), 400, "B has no assertion to document");
    let (_, stored) = get_as(app, EHR_ISS, &format!("/coverage-assertions/{assertion}")).await;
    assert_eq!(
        stored["orders"][0]["outcome"], "conditional",
        "B's answers changed nothing of A's"
    );
    // A's own answers do attach (to A's assertion).
    qr["item"][0]["answer"][0]["valueBoolean"] = json!(false);
    let resp = post_as(app, EHR_ISS, "/fhir/QuestionnaireResponse", &qr).await;
    assert_eq!(resp.status(), 201);
    assert_eq!(resp.headers()["x-coverage-assertion-id"], assertion);

    // B asks a questionnaire package for "its" patient with A's assertion as context: not found, no A chart.
    let package = json!({ "resourceType": "Parameters", "parameter": [
        { "name": "coverage", "resource": { "resourceType": "Coverage", "id": format!("{p}-cov1"), "status": "active",
            "beneficiary": { "reference": format!("Patient/{p}") },
            "payor": [{ "reference": "Organization/lhcc" }] } },
        { "name": "context", "valueString": assertion } ] });
    let resp = post_as(
        app,
        B_ISS,
        "/fhir/Questionnaire/$questionnaire-package",
        &package,
    )
    .await;
    assert_eq!(resp.status(), 404);
    // A's package reads A's assertion, which A's own "no" just decided.
    let resp = post_as(
        app,
        EHR_ISS,
        "/fhir/Questionnaire/$questionnaire-package",
        &package,
    )
    .await;
    assert_eq!(resp.status(), 200);
    let text = resp.text().await.unwrap();
    assert!(text.contains("now 'not-covered'"), "{text}");
}

#[tokio::test]
async fn a_client_names_only_its_own_fhir_servers() {
    let (app, b_fhir) = two_ehrs().await;
    let p = fresh_patient("tenant-fhir");
    load_sample_as("lhcc-pain", "ex-lhcc-1", &p).await;
    // B sends A's FHIR server (allowlisted, and A's): refused before any read.
    let request = order_sign(&p, lhcc_order(&p));
    let url = format!("{}/cds-services/{SERVICE}", app.address);
    let resp = app
        .post_hook_with(SERVICE, &request, HookAuth::Bearer(&token_of(B_ISS, &url)))
        .await;
    assert_eq!(resp.status(), 403);
    let body: Value = resp.json().await.unwrap();
    assert!(body.to_string().contains("fhir_servers"), "{body}");
    // A sends B's server: refused too, and B's server was never contacted.
    let mut request = order_sign(&p, lhcc_order(&p));
    request["fhirServer"] = json!(format!("{}/fhir", b_fhir.uri()));
    let resp = app
        .post_hook_with(
            SERVICE,
            &request,
            HookAuth::Bearer(&token_of(EHR_ISS, &url)),
        )
        .await;
    assert_eq!(resp.status(), 403);
    assert!(b_fhir.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn rows_stored_before_tenants_are_kept_under_legacy() {
    use sqlx::migrate::Migrator;
    // A database as the previous release left it: migrations 1-4 applied, one assertion stored.
    let dir = std::env::temp_dir().join(format!("crd-legacy-{}", uuid::Uuid::new_v4().simple()));
    let migrations = dir.join("migrations");
    std::fs::create_dir_all(&migrations).unwrap();
    for entry in std::fs::read_dir(crate::helpers::repo_path("migrations")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name.as_str() < "0005" {
            std::fs::copy(&path, migrations.join(&name)).unwrap();
        }
    }
    let url = format!("sqlite://{}?mode=rwc", dir.join("old.db").display());
    {
        sqlx::any::install_default_drivers();
        let pool = sqlx::AnyPool::connect(&url).await.unwrap();
        Migrator::new(migrations.as_path())
            .await
            .unwrap()
            .run(&pool)
            .await
            .unwrap();
        sqlx::query(
            "INSERT INTO coverage_assertions (assertion_id, order_ref, hook, hook_instance, payer_id, policy_id, \
             coverage_ref, outcome, decided_on, created_at, trace, patient_id, facts) \
             VALUES ('old-1', 'ServiceRequest/1', 'order-sign', 'x', 'bcbsla', 'bcbsla-00666', 'Coverage/c', \
             'covered', '2026-11-01', '2026-11-01T00:00:00Z', '{}', 'p', '{}')",
        )
        .execute(&pool)
        .await
        .unwrap();
        pool.close().await;
    }
    // This release opens it: the row is kept, under 'legacy', and no client's tenant reads it.
    let store = crd_server::store::Store::connect(&url, 1).await.unwrap();
    let kept = store.assertion("legacy", "old-1").await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].outcome, "covered");
    assert!(store.assertion(EHR_ISS, "old-1").await.unwrap().is_empty());
    assert!(store.assertion("local", "old-1").await.unwrap().is_empty());
    std::fs::remove_dir_all(&dir).ok();
}
