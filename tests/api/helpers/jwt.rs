//! The test EHR's JWTs: its issuer, its keys (`tests/keys/`, test-only keys) and fresh tokens for a call.

use serde_json::{json, Value};

use super::fixtures::repo_path;
use super::logs::remember_secret;

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
