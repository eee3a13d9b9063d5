//! CDS Hooks JWT authentication: an attack table of tokens that must be refused (401 with `WWW-Authenticate`
//! and an OperationOutcome) and the valid ones that get in; nothing about the patient is read before, JWKS are
//! fetched only from trusted URLs and not more often than allowed.

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{json, Value};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::helpers::{
    ehr_claims, ehr_header, key_pem, mint, sample_order_sign, spawn_app, spawn_app_with, HookAuth,
    TestApp,
};

const SERVICE: &str = "order-sign-crd";

fn es384() -> EncodingKey {
    EncodingKey::from_ec_pem(&key_pem("ehr-es384")).unwrap()
}

fn b64(v: &Value) -> String {
    use std::fmt::Write;
    // base64url without padding, by hand: only this test needs it.
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let bytes = v.to_string().into_bytes();
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().fold(0u32, |n, b| (n << 8) | u32::from(*b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            let _ = write!(
                out,
                "{}",
                ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char
            );
        }
    }
    out
}

/// The sample `order-sign` with this bearer token, or with no `Authorization` header at all.
async fn call(app: &TestApp, token: Option<&str>) -> reqwest::Response {
    let auth = token.map_or(HookAuth::None, HookAuth::Bearer);
    app.post_hook_with(SERVICE, &sample_order_sign(), auth)
        .await
}

async fn assert_refused(resp: reqwest::Response, case: &str) {
    assert_eq!(resp.status(), 401, "{case}");
    let challenge = resp.headers()["www-authenticate"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(challenge.starts_with("Bearer "), "{case}: {challenge}");
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["resourceType"], "OperationOutcome", "{case}");
    assert_eq!(body["issue"][0]["code"], "security", "{case}");
}

#[tokio::test]
async fn the_attack_table_is_refused_and_valid_tokens_get_in() {
    let app = spawn_app().await;
    let aud = format!("{}/cds-services/{SERVICE}", app.address);
    let now = chrono::Utc::now().timestamp();
    let with = |changes: Value| {
        let mut claims = ehr_claims(&aud);
        for (k, v) in changes.as_object().unwrap() {
            if v.is_null() {
                claims.as_object_mut().unwrap().remove(k);
            } else {
                claims[k] = v.clone();
            }
        }
        claims
    };
    let evil = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200).set_body_string(
                std::fs::read_to_string(crate::helpers::repo_path("tests/keys/intruder-jwks.json"))
                    .unwrap(),
            ),
        )
        .mount(&evil)
        .await;
    let intruder = EncodingKey::from_ec_pem(&key_pem("intruder-es384")).unwrap();
    let public_pem =
        std::fs::read(crate::helpers::repo_path("tests/keys/ehr-es384.pub.pem")).unwrap();

    let mut hs256 = Header::new(Algorithm::HS256);
    hs256.kid = Some("ehr-es384".into());
    let mut unknown_kid = ehr_header();
    unknown_kid.kid = Some("nobody".into());
    let mut no_kid = ehr_header();
    no_kid.kid = None;
    let mut evil_jku = ehr_header();
    evil_jku.jku = Some(format!("{}/jwks.json", evil.uri()));
    evil_jku.kid = Some("intruder-es384".into());

    let rs = EncodingKey::from_rsa_pem(&key_pem("ehr-rs384")).unwrap();
    let mut rs_on_es_key = Header::new(Algorithm::RS384);
    rs_on_es_key.kid = Some("ehr-es384".into());

    let cases: Vec<(&str, Option<String>)> = vec![
        ("no Authorization header", None),
        ("not a JWT", Some("not-a-jwt".into())),
        (
            "alg none",
            Some(format!(
                "{}.{}.",
                b64(&json!({ "alg": "none", "typ": "JWT" })),
                b64(&ehr_claims(&aud))
            )),
        ),
        (
            "HS256 signed with the public key",
            Some(mint(
                &hs256,
                &ehr_claims(&aud),
                &EncodingKey::from_secret(&public_pem),
            )),
        ),
        (
            "expired",
            Some(mint(
                &ehr_header(),
                &with(json!({ "exp": now - 600, "iat": now - 900 })),
                &es384(),
            )),
        ),
        (
            "lives longer than the maximum (exp - iat = 1 h)",
            Some(mint(
                &ehr_header(),
                &with(json!({ "iat": now, "exp": now + 3600 })),
                &es384(),
            )),
        ),
        (
            "not yet valid (iat)",
            Some(mint(
                &ehr_header(),
                &with(json!({ "iat": now + 600, "exp": now + 900 })),
                &es384(),
            )),
        ),
        (
            "not yet valid (nbf)",
            Some(mint(
                &ehr_header(),
                &with(json!({ "nbf": now + 600 })),
                &es384(),
            )),
        ),
        (
            "wrong aud",
            Some(mint(
                &ehr_header(),
                &with(
                    json!({ "aud": "https://elsewhere.example.org/cds-services/order-sign-crd" }),
                ),
                &es384(),
            )),
        ),
        (
            "aud of another service",
            Some(mint(
                &ehr_header(),
                &with(json!({ "aud": format!("{}/cds-services/order-select-crd", app.address) })),
                &es384(),
            )),
        ),
        (
            "no aud",
            Some(mint(&ehr_header(), &with(json!({ "aud": null })), &es384())),
        ),
        (
            "aud a list without this endpoint",
            Some(mint(
                &ehr_header(),
                &with(
                    json!({ "aud": ["https://elsewhere.example.org/cds-services/order-sign-crd"] }),
                ),
                &es384(),
            )),
        ),
        (
            "aud not a string or list of strings",
            Some(mint(&ehr_header(), &with(json!({ "aud": 7 })), &es384())),
        ),
        (
            "RS384 in the header, the EHR's ES384 key's kid",
            Some(mint(&rs_on_es_key, &ehr_claims(&aud), &rs)),
        ),
        (
            "claims changed after signing",
            Some({
                let token = mint(&ehr_header(), &ehr_claims(&aud), &es384());
                let parts: Vec<&str> = token.split('.').collect();
                let changed = b64(&with(json!({ "sub": "someone-else" })));
                format!("{}.{changed}.{}", parts[0], parts[2])
            }),
        ),
        (
            "signature not base64url",
            Some({
                let token = mint(&ehr_header(), &ehr_claims(&aud), &es384());
                format!("{}!!", &token[..token.len() - 2])
            }),
        ),
        (
            "unknown iss",
            Some(mint(
                &ehr_header(),
                &with(json!({ "iss": "https://intruder.example.org" })),
                &es384(),
            )),
        ),
        (
            "jku not on the list",
            Some(mint(&evil_jku, &ehr_claims(&aud), &intruder)),
        ),
        (
            "unknown kid",
            Some(mint(&unknown_kid, &ehr_claims(&aud), &es384())),
        ),
        ("no kid", Some(mint(&no_kid, &ehr_claims(&aud), &es384()))),
        (
            "bad signature (another key, the EHR's kid)",
            Some(mint(&ehr_header(), &ehr_claims(&aud), &intruder)),
        ),
        (
            "missing jti",
            Some(mint(&ehr_header(), &with(json!({ "jti": null })), &es384())),
        ),
        (
            "missing exp",
            Some(mint(&ehr_header(), &with(json!({ "exp": null })), &es384())),
        ),
        (
            "missing iat",
            Some(mint(&ehr_header(), &with(json!({ "iat": null })), &es384())),
        ),
    ];
    assert!(cases.len() >= 12);
    for (case, token) in &cases {
        assert_refused(call(&app, token.as_deref()).await, case).await;
    }
    // The untrusted jku was never contacted.
    assert_eq!(evil.received_requests().await.unwrap().len(), 0);

    // The valid ones: ES384, RS384, an explicit jku on the list, this endpoint among several audiences.
    let mut rs_header = Header::new(Algorithm::RS384);
    rs_header.kid = Some("ehr-rs384".into());
    let mut listed_jku = ehr_header();
    listed_jku.jku = Some(format!("{}/jwks.json", app.jwks.uri()));
    let replayed = mint(&ehr_header(), &ehr_claims(&aud), &es384());
    for (case, token) in [
        ("ES384", replayed.clone()),
        ("RS384", mint(&rs_header, &ehr_claims(&aud), &rs)),
        (
            "jku on the list",
            mint(&listed_jku, &ehr_claims(&aud), &es384()),
        ),
        (
            "aud a list with this endpoint",
            mint(
                &ehr_header(),
                &with(json!({ "aud": ["https://elsewhere.example.org/x", aud.clone()] })),
                &es384(),
            ),
        ),
        (
            "RS384 again (its key ready from the first call)",
            mint(&rs_header, &ehr_claims(&aud), &rs),
        ),
    ] {
        let resp = call(&app, Some(&token)).await;
        assert_eq!(resp.status(), 200, "{case}");
    }
    // The same jti again: a replay.
    assert_refused(call(&app, Some(&replayed)).await, "replayed jti").await;
}

#[tokio::test]
async fn a_replayed_jti_is_refused_by_another_instance_sharing_the_database() {
    replay_across_instances(&crate::dtr::temp_db()).await;
}

/// Two instances on the database at `db`: a jti one accepted is refused by the other.
pub(crate) async fn replay_across_instances(db: &str) {
    let first = crate::helpers::spawn_app_on(db).await;
    let second = crate::helpers::spawn_app_on(db).await;
    // Both instances answer at the same public URL in production; here the aud names each one's own.
    let claims = ehr_claims(&format!("{}/cds-services/{SERVICE}", first.address));
    let token = mint(&ehr_header(), &claims, &es384());
    assert_eq!(call(&first, Some(&token)).await.status(), 200);
    let mut again = claims.clone();
    again["aud"] = json!(format!("{}/cds-services/{SERVICE}", second.address));
    // Same issuer and jti, valid for the second instance: refused there, because the first one saw it.
    let token = mint(&ehr_header(), &again, &es384());
    assert_refused(call(&second, Some(&token)).await, "replay across instances").await;
}

#[tokio::test]
async fn nothing_about_the_patient_is_read_before_authentication() {
    let ehr = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({ "resourceType": "Bundle", "type": "searchset" })),
        )
        .mount(&ehr)
        .await;
    let base = format!("{}/fhir", ehr.uri());
    let app = spawn_app_with(|s| s.fhir.allowlist.push(base.clone())).await;
    let mut req = crate::helpers::sample_without_prefetch();
    req["fhirServer"] = json!(base);
    let resp = app.post_hook_with(SERVICE, &req, HookAuth::None).await;
    assert_refused(resp, "unauthenticated call with a fhirServer").await;
    assert_eq!(ehr.received_requests().await.unwrap().len(), 0);
    // The stored decisions and the DTR endpoints are closed too.
    for (method, path) in [
        (reqwest::Method::GET, "/coverage-assertions/x"),
        (reqwest::Method::POST, "/explain/order-sign-crd"),
        (reqwest::Method::POST, "/fhir/QuestionnaireResponse"),
        (
            reqwest::Method::POST,
            "/fhir/Questionnaire/$questionnaire-package",
        ),
    ] {
        let resp = app
            .client
            .request(method, format!("{}{path}", app.address))
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        assert_refused(resp, path).await;
    }
}

#[tokio::test]
async fn unknown_kids_refetch_the_jwks_at_most_once_per_refresh_interval() {
    let app = spawn_app().await;
    let aud = format!("{}/cds-services/{SERVICE}", app.address);
    assert_eq!(
        call(
            &app,
            Some(&mint(&ehr_header(), &ehr_claims(&aud), &es384()))
        )
        .await
        .status(),
        200
    );
    let mut unknown = ehr_header();
    for i in 0..20 {
        unknown.kid = Some(format!("rotated-{i}"));
        assert_refused(
            call(&app, Some(&mint(&unknown, &ehr_claims(&aud), &es384()))).await,
            "unknown kid",
        )
        .await;
    }
    // One fetch for the first call; the unknown kids within the refresh interval fetch nothing more.
    assert_eq!(app.jwks.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn insecure_none_lets_calls_in_without_a_token() {
    let app = spawn_app_with(|s| s.auth.mode = crd_server::config::AuthMode::InsecureNone).await;
    assert_eq!(call(&app, None).await.status(), 200);
    // And jwt mode without trusted clients refuses everyone.
    let app = spawn_app_with(|s| s.auth.clients.clear()).await;
    let aud = format!("{}/cds-services/{SERVICE}", app.address);
    let token = mint(&ehr_header(), &ehr_claims(&aud), &es384());
    assert_refused(call(&app, Some(&token)).await, "no trusted clients").await;
}

#[tokio::test]
async fn concurrent_jtis_are_each_fresh_once() {
    let store = crd_server::store::Store::connect(&crate::dtr::temp_db(), 4)
        .await
        .unwrap();
    concurrent_jtis(&store).await;
}

/// Many tokens checked at once (the replay records are group-committed): every distinct jti is fresh, and of the
/// calls that share a jti — in the same batch or not — exactly one is.
pub(crate) async fn concurrent_jtis(store: &crd_server::store::Store) {
    let exp = chrono::Utc::now().timestamp() + 300;
    let distinct: Vec<String> = (0..48).map(|_| uuid::Uuid::new_v4().to_string()).collect();
    let shared: Vec<String> = (0..8).map(|_| uuid::Uuid::new_v4().to_string()).collect();
    let mut calls = Vec::new();
    for jti in distinct.iter().chain(shared.iter().cycle().take(8 * 6)) {
        let (store, jti) = (store.clone(), jti.clone());
        calls.push(tokio::spawn(async move {
            let fresh = store
                .remember_jti(crate::helpers::EHR_ISS, &jti, exp)
                .await
                .unwrap();
            (jti, fresh)
        }));
    }
    // The same jti from another issuer is another token.
    let other = store
        .remember_jti("https://other.example.org", &shared[0], exp)
        .await
        .unwrap();
    let mut fresh_by_jti = std::collections::BTreeMap::<String, usize>::new();
    for call in calls {
        let (jti, fresh) = call.await.unwrap();
        *fresh_by_jti.entry(jti).or_default() += usize::from(fresh);
    }
    assert!(other);
    for jti in distinct.iter().chain(&shared) {
        assert_eq!(fresh_by_jti[jti], 1, "{jti}");
    }
    // Afterwards every one of them is a replay.
    for jti in distinct.iter().chain(&shared) {
        assert!(!store
            .remember_jti(crate::helpers::EHR_ISS, jti, exp)
            .await
            .unwrap());
    }
}
