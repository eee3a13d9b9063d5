//! SMART Backend Services for third-party DTR clients (DTR 2.2 spec-120: payers SHALL require DTR apps and EHRs
//! connecting to their endpoint to authenticate with SMART Backend Services).
//!
//! Owns: the client-credentials grant with a `private_key_jwt` client assertion (RFC 7523; verified by
//! `auth::Authenticator` against the client's registered JWKS, its `jti` single-use in the same replay table),
//! the opaque access tokens it issues, and the scopes a token carries. Access tokens are opaque random strings
//! of which only the SHA-256 is stored: every instance sharing the database accepts them, they can be revoked by
//! deleting a row, and there is no signing key to distribute or rotate (a signed token would need both).

use std::sync::Arc;

use base64::Engine as _;
use rand::RngCore as _;
use sha2::Digest as _;

use crate::auth::{Authenticator, Clock};
use crate::config::{AuthSettings, BackendClient, TrustedClient};
use crate::store::Store;

pub const ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// The scopes a DTR client needs (DTR 2.2 "Authenticating DTR client to payer API"), plus submitting responses.
pub const SUPPORTED_SCOPES: &[&str] = &[
    "system/Questionnaire.rs",
    "system/ValueSet.rs",
    "system/CodeSystem.rs",
    "system/Library.rs",
    "system/QuestionnaireResponse.c",
];

/// An OAuth 2.0 token endpoint error (RFC 6749 §5.2): its `error` code, description and HTTP status.
#[derive(Debug)]
pub struct OAuthError {
    pub status: u16,
    pub error: &'static str,
    pub description: String,
}

fn oauth(status: u16, error: &'static str, description: impl Into<String>) -> OAuthError {
    OAuthError {
        status,
        error,
        description: description.into(),
    }
}

/// What an access token lets its holder do.
#[derive(Debug, Clone)]
pub struct Grant {
    pub client_id: String,
    pub tenant: String,
    pub scope: String,
}

impl Grant {
    /// Whether a scope of this grant allows `permission` (`r`, `s`, `c`, `u`, `d`) on `resource` (SMART v2
    /// `system/Type.rs`, and the v1 `read`/`write` and `*` forms; resource names compared case-insensitively, as
    /// DTR writes them in lower case).
    pub fn allows(&self, resource: &str, permission: char) -> bool {
        self.scope
            .split_whitespace()
            .any(|s| scope_allows(s, resource, permission))
    }
}

fn scope_allows(scope: &str, resource: &str, permission: char) -> bool {
    let Some(rest) = scope.strip_prefix("system/") else {
        return false;
    };
    let Some((kind, perms)) = rest.split_once('.') else {
        return false;
    };
    let kind_ok = kind == "*" || kind.eq_ignore_ascii_case(resource);
    let perms = match perms {
        "read" => "rs",
        "write" => "cud",
        "*" => "cruds",
        p => p,
    };
    kind_ok && perms.contains(permission)
}

pub struct BackendAuth {
    verifier: Authenticator,
    clients: Vec<BackendClient>,
    ttl: i64,
    store: Store,
    clock: Clock,
}

/// SHA-256 of a token, hex: what the store keeps.
pub fn token_hash(token: &str) -> String {
    sha2::Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl BackendAuth {
    pub fn new(settings: &AuthSettings, store: Store, clock: Clock) -> anyhow::Result<BackendAuth> {
        let mut verifier_settings = settings.clone();
        verifier_settings.clients = settings
            .backend_clients
            .iter()
            .filter_map(|c| {
                Some(TrustedClient {
                    iss: c.client_id.clone(),
                    jwks_urls: vec![c.jwks_url.clone()?],
                    fhir_servers: vec![],
                })
            })
            .collect();
        let mut verifier =
            Authenticator::new(&verifier_settings, Some(store.clone()), clock.clone())
                .for_client_assertions();
        for c in &settings.backend_clients {
            match (&c.jwks_url, &c.jwks) {
                (None, Some(jwks)) => {
                    let jwks: serde_json::Value = serde_json::from_str(jwks).map_err(|e| {
                        anyhow::anyhow!(
                            "auth.backend_clients '{}': jwks is not JSON: {e}",
                            c.client_id
                        )
                    })?;
                    verifier.trust_local_client(
                        c.client_id.clone(),
                        format!("inline:{}", c.client_id),
                        &jwks,
                    )?;
                }
                (Some(_), None) => {}
                _ => anyhow::bail!(
                    "auth.backend_clients '{}': give exactly one of jwks_url and jwks",
                    c.client_id
                ),
            }
        }
        Ok(BackendAuth {
            verifier,
            clients: settings.backend_clients.clone(),
            ttl: settings.access_token_ttl_secs.max(1) as i64,
            store,
            clock,
        })
    }

    /// The client-credentials grant: checks the form's fields and the client assertion (whose `aud` must be
    /// `token_url`), and issues an access token. Returns (token, expires_in, granted scope).
    pub async fn token(
        &self,
        form: &[(String, String)],
        token_url: &str,
    ) -> Result<(String, i64, String), OAuthError> {
        let field = |name: &str| {
            let mut values = form
                .iter()
                .filter(|(k, _)| k == name)
                .map(|(_, v)| v.as_str());
            match (values.next(), values.next()) {
                (Some(v), None) => Ok(Some(v)),
                (None, _) => Ok(None),
                (Some(_), Some(_)) => Err(oauth(
                    400,
                    "invalid_request",
                    format!("'{name}' is given more than once"),
                )),
            }
        };
        match field("grant_type")? {
            Some("client_credentials") => {}
            Some(_) => {
                return Err(oauth(
                    400,
                    "unsupported_grant_type",
                    "only grant_type=client_credentials (SMART Backend Services) is supported",
                ))
            }
            None => return Err(oauth(400, "invalid_request", "grant_type is required")),
        }
        if field("client_assertion_type")? != Some(ASSERTION_TYPE) {
            return Err(oauth(
                400,
                "invalid_request",
                format!("client_assertion_type must be {ASSERTION_TYPE}"),
            ));
        }
        let assertion = field("client_assertion")?
            .filter(|a| !a.is_empty())
            .ok_or_else(|| oauth(400, "invalid_request", "client_assertion is required"))?;
        let verified = self
            .verifier
            .verify(Some(&format!("Bearer {assertion}")), token_url)
            .await
            .map_err(|e| oauth(401, "invalid_client", e.0))?;
        if verified.sub.as_deref() != Some(verified.iss.as_str()) {
            return Err(oauth(
                401,
                "invalid_client",
                "the client assertion's sub must be its iss (the client_id)",
            ));
        }
        let client = self
            .clients
            .iter()
            .find(|c| c.client_id == verified.iss)
            .ok_or_else(|| oauth(401, "invalid_client", "the client is not registered"))?;
        if field("client_id")?.is_some_and(|id| id != client.client_id) {
            return Err(oauth(
                401,
                "invalid_client",
                "client_id is not the assertion's client",
            ));
        }
        let granted: Vec<&str> = match field("scope")? {
            Some(asked) => asked
                .split_whitespace()
                .filter(|s| client.scopes.iter().any(|a| a == s))
                .collect(),
            None => client.scopes.iter().map(String::as_str).collect(),
        };
        if granted.is_empty() {
            return Err(oauth(
                400,
                "invalid_scope",
                "none of the scopes asked for is granted to this client",
            ));
        }
        let scope = granted.join(" ");
        let mut bytes = [0u8; 32];
        rand::thread_rng().fill_bytes(&mut bytes);
        let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        let now = (self.clock)();
        let tenant = client
            .tenant
            .clone()
            .unwrap_or_else(|| client.client_id.clone());
        self.store
            .save_backend_token(
                &token_hash(&token),
                &client.client_id,
                &tenant,
                &scope,
                now + self.ttl,
                now,
            )
            .await
            .map_err(|_| {
                oauth(
                    500,
                    "server_error",
                    "the token could not be stored; try again",
                )
            })?;
        Ok((token, self.ttl, scope))
    }

    /// The grant of an opaque access token, while it lasts.
    pub async fn grant(&self, token: &str) -> Result<Option<Grant>, crate::store::StoreError> {
        let now = (self.clock)();
        Ok(self
            .store
            .backend_token(&token_hash(token), now)
            .await?
            .map(|(client_id, tenant, scope)| Grant {
                client_id,
                tenant,
                scope,
            }))
    }
}

pub type SharedBackendAuth = Arc<BackendAuth>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_match_v1_and_v2_forms_case_insensitively() {
        let g = |scope: &str| Grant {
            client_id: "c".into(),
            tenant: "t".into(),
            scope: scope.into(),
        };
        assert!(g("system/questionnaire.rs").allows("Questionnaire", 'r'));
        assert!(g("system/Questionnaire.read").allows("Questionnaire", 's'));
        assert!(g("system/*.rs").allows("ValueSet", 'r'));
        assert!(!g("system/ValueSet.rs").allows("Questionnaire", 'r'));
        assert!(!g("system/QuestionnaireResponse.c").allows("QuestionnaireResponse", 'r'));
        assert!(g("system/QuestionnaireResponse.c").allows("QuestionnaireResponse", 'c'));
        assert!(!g("patient/Questionnaire.rs").allows("Questionnaire", 'r'));
    }
}
