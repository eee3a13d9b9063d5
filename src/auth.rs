//! CDS Hooks client authentication: the EHR signs a JWT for every call (CDS Hooks 2.0 "Trusting CDS Clients").
//!
//! Owns: which tokens get in. Only ES384 and RS384; the issuer and the JWKS URL (`jku`, else the client's
//! configured one) must both belong to a trusted client; `kid` picks the key; `aud` is the exact URL of the
//! endpoint called; `exp`, `iat` (and `nbf`) against an injected clock with a configured skew; `jti` present and
//! not seen before within the token's lifetime (remembered in the database, so several instances share it).
//! JWKS are cached with an expiry and fetched again for an unknown `kid`, at most once per `jwks_min_refresh`.
//! Why partly by hand: jsonwebtoken checks signatures and claims; the JWKS cache, the trust list and the replay
//! cache are ours.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use tokio::sync::Mutex;

use crate::config::{AuthSettings, TrustedClient};
use crate::store::Store;

/// Seconds since the Unix epoch; injected so that expiry is testable.
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

pub fn system_clock() -> Clock {
    Arc::new(|| chrono::Utc::now().timestamp())
}

/// Why a token was refused (said to the client: none of it is secret).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct AuthError(pub String);

fn refuse(message: impl Into<String>) -> AuthError {
    AuthError(message.into())
}

#[derive(Debug, Deserialize)]
struct Claims {
    iss: Option<String>,
    sub: Option<String>,
    exp: Option<i64>,
    iat: Option<i64>,
    nbf: Option<i64>,
    jti: Option<String>,
    /// The SHA-256 (base64url) of the request body the token was made for (`crate::util::body_sha256`):
    /// required of the demo EHR, whose tokens sign one prepared request and nothing else.
    crd_body_sha256: Option<String>,
}

/// A token that got in: whose it is, and the body it was bound to (if any).
#[derive(Debug, Clone)]
pub struct Verified {
    pub iss: String,
    /// The token's `sub` (a SMART Backend Services client assertion's must equal `iss`).
    pub sub: Option<String>,
    pub body_sha256: Option<String>,
}

/// One JWKS URL's cache entry, behind its own lock: a fetch for one issuer never stalls calls of another.
#[derive(Default)]
struct CachedJwks {
    keys: Option<JwkSet>,
    /// When the keys were last fetched successfully.
    fetched: Option<Instant>,
    /// When a fetch last failed (remembered for `min_refresh`: a down JWKS endpoint is not hammered).
    failed: Option<Instant>,
}

pub struct Authenticator {
    clients: Vec<TrustedClient>,
    skew: i64,
    cache_ttl: Duration,
    min_refresh: Duration,
    /// Longest accepted token lifetime (`exp - iat`), skew excluded.
    max_lifetime: i64,
    http: reqwest::Client,
    /// The per-URL entries; the outer lock is held only to find or add an entry, never across a fetch.
    cache: std::sync::Mutex<HashMap<String, Arc<Mutex<CachedJwks>>>>,
    store: Option<Store>,
    clock: Clock,
    /// When expired JWT ids were last swept (at most once a minute, off the per-call path).
    last_sweep: Mutex<Instant>,
    /// Keys this process holds itself (the demo EHR's), by JWKS URL: never fetched.
    local_keys: HashMap<String, JwkSet>,
    /// SMART Backend Services client assertions (RFC 7523): `iat` is optional and `exp` may be at most the
    /// longest lifetime from now; CDS Hooks tokens need `iat`.
    client_assertions: bool,
}

/// The algorithms CDS Hooks allows (asymmetric only: an HS* token signed with a public key is refused).
const ACCEPTED: [Algorithm; 2] = [Algorithm::ES384, Algorithm::RS384];

impl Authenticator {
    pub fn new(settings: &AuthSettings, store: Option<Store>, clock: Clock) -> Authenticator {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(Duration::from_millis(settings.jwks_timeout_ms))
            .build()
            .unwrap_or_default();
        Authenticator {
            clients: settings.clients.clone(),
            skew: settings.clock_skew_secs as i64,
            cache_ttl: Duration::from_secs(settings.jwks_cache_secs),
            min_refresh: Duration::from_secs(settings.jwks_min_refresh_secs),
            max_lifetime: settings.max_token_lifetime_secs as i64,
            http,
            cache: std::sync::Mutex::new(HashMap::new()),
            store,
            clock,
            last_sweep: Mutex::new(Instant::now()),
            local_keys: HashMap::new(),
            client_assertions: false,
        }
    }

    /// A verifier of SMART Backend Services client assertions for these registered clients (`iss` = client id):
    /// `iat` optional, `exp` at most `max_token_lifetime_secs` ahead.
    pub fn for_client_assertions(mut self) -> Authenticator {
        self.client_assertions = true;
        self
    }

    /// Trusts a client whose keys this process holds (the demo EHR): its JWKS is used as given, not fetched.
    pub fn trust_local_client(
        &mut self,
        iss: String,
        jwks_url: String,
        jwks: &serde_json::Value,
    ) -> anyhow::Result<()> {
        let keys: JwkSet = serde_json::from_value(jwks.clone())?;
        self.local_keys.insert(jwks_url.clone(), keys);
        self.clients.push(TrustedClient {
            iss,
            jwks_urls: vec![jwks_url],
            fhir_servers: vec![],
        });
        Ok(())
    }

    /// Verifies the `Authorization` header value for a call to `audience` (the endpoint's exact URL) and returns
    /// the trusted issuer.
    pub async fn verify(
        &self,
        authorization: Option<&str>,
        audience: &str,
    ) -> Result<Verified, AuthError> {
        let token = authorization
            .and_then(|h| {
                h.strip_prefix("Bearer ")
                    .or_else(|| h.strip_prefix("bearer "))
            })
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| refuse("an Authorization: Bearer <JWT> header is required"))?;
        let header = decode_header(token)
            .map_err(|_| refuse("the bearer token is not a JWT with a supported alg"))?;
        if !ACCEPTED.contains(&header.alg) {
            return Err(refuse(format!(
                "alg {:?} is not accepted (ES384 or RS384)",
                header.alg
            )));
        }
        let kid = header
            .kid
            .as_deref()
            .ok_or_else(|| refuse("the JWT header has no kid"))?;
        // The issuer is read before the signature is checked only to choose whose keys check it.
        let unverified = unverified_claims(token)?;
        let iss = unverified.iss.ok_or_else(|| refuse("the JWT has no iss"))?;
        let client = self
            .clients
            .iter()
            .find(|c| c.iss == iss)
            .ok_or_else(|| refuse("the JWT issuer is not a trusted client"))?;
        let jwks_url = match &header.jku {
            Some(jku) if client.jwks_urls.iter().any(|u| u == jku) => jku.clone(),
            Some(_) => return Err(refuse("the JWT's jku is not a JWKS URL of this client")),
            None => client
                .jwks_urls
                .first()
                .cloned()
                .ok_or_else(|| refuse("no JWKS URL is configured for this client"))?,
        };
        let key = self.key(&jwks_url, kid, header.alg).await?;
        let mut validation = Validation::new(header.alg);
        validation.set_audience(&[audience]);
        validation.set_issuer(&[&iss]);
        // Time claims are checked below against the injected clock.
        validation.validate_exp = false;
        validation.validate_nbf = false;
        validation.required_spec_claims = ["aud", "iss"].iter().map(|s| s.to_string()).collect();
        let claims = decode::<Claims>(token, &key, &validation)
            .map_err(|e| refuse(format!("the JWT is not valid: {}", describe(&e))))?
            .claims;
        let now = (self.clock)();
        let exp = claims.exp.ok_or_else(|| refuse("the JWT has no exp"))?;
        if exp + self.skew < now {
            return Err(refuse("the JWT has expired"));
        }
        let iat = match claims.iat {
            Some(iat) => iat,
            None if self.client_assertions => now,
            None => return Err(refuse("the JWT has no iat")),
        };
        if self.client_assertions && exp - now > self.max_lifetime + self.skew {
            return Err(refuse(format!(
                "the client assertion expires more than {} s from now",
                self.max_lifetime
            )));
        }
        if iat - self.skew > now {
            return Err(refuse("the JWT was issued in the future (iat)"));
        }
        if claims.nbf.is_some_and(|nbf| nbf - self.skew > now) {
            return Err(refuse("the JWT is not valid yet (nbf)"));
        }
        if exp - iat > self.max_lifetime + self.skew {
            return Err(refuse(format!(
                "the JWT lives longer than {} s (exp - iat): a CDS Hooks token is short-lived",
                self.max_lifetime
            )));
        }
        let jti = claims
            .jti
            .filter(|j| !j.is_empty() && j.len() <= 256)
            .ok_or_else(|| refuse("the JWT has no jti"))?;
        if let Some(store) = &self.store {
            self.sweep(store, now).await;
            let fresh = store
                .remember_jti(&iss, &jti, exp + self.skew)
                .await
                .map_err(|_| refuse("the token could not be checked for replay; try again"))?;
            if !fresh {
                return Err(refuse("the JWT's jti was already used"));
            }
        }
        Ok(Verified {
            iss,
            sub: claims.sub,
            body_sha256: claims.crd_body_sha256,
        })
    }

    async fn sweep(&self, store: &Store, now: i64) {
        let mut last = self.last_sweep.lock().await;
        if last.elapsed() >= Duration::from_secs(60) {
            *last = Instant::now();
            if store.forget_expired_jtis(now).await.is_err() {
                tracing::warn!("expired JWT ids not swept");
            }
        }
    }

    /// The key `kid` of the JWKS at `url`: from the cache while fresh, else fetched (an unknown kid refetches,
    /// at most once per `min_refresh`).
    async fn key(&self, url: &str, kid: &str, alg: Algorithm) -> Result<DecodingKey, AuthError> {
        if let Some(keys) = self.local_keys.get(url) {
            let jwk = keys
                .find(kid)
                .ok_or_else(|| refuse("no key with the JWT's kid in the client's JWKS"))?;
            return key_of(jwk, alg);
        }
        let entry = {
            let mut all = self.cache.lock().unwrap_or_else(|p| p.into_inner());
            all.entry(url.to_string()).or_default().clone()
        };
        // Only calls for this same JWKS wait here, while one of them fetches.
        let mut cached = entry.lock().await;
        let age = |t: Option<Instant>| t.map(|t| t.elapsed());
        let fresh = age(cached.fetched).is_some_and(|a| a < self.cache_ttl);
        let has_kid = cached.keys.as_ref().is_some_and(|k| k.find(kid).is_some());
        let recently_tried = [cached.fetched, cached.failed]
            .into_iter()
            .flatten()
            .any(|t| t.elapsed() < self.min_refresh);
        if (!fresh || !has_kid) && !recently_tried {
            match self.fetch(url).await {
                Ok(keys) => {
                    cached.keys = Some(keys);
                    cached.fetched = Some(Instant::now());
                    cached.failed = None;
                }
                Err(e) => {
                    cached.failed = Some(Instant::now());
                    // A stale set still serves while the EHR's JWKS endpoint is down.
                    if cached.keys.is_none() {
                        return Err(e);
                    }
                }
            }
        } else if cached.keys.is_none() {
            return Err(refuse(
                "the client's JWKS could not be fetched (failed moments ago; tried again after jwks_min_refresh_secs)",
            ));
        }
        let jwk = cached
            .keys
            .as_ref()
            .and_then(|k| k.find(kid))
            .ok_or_else(|| refuse("no key with the JWT's kid in the client's JWKS"))?;
        key_of(jwk, alg)
    }

    async fn fetch(&self, url: &str) -> Result<JwkSet, AuthError> {
        let resp = self
            .http
            .get(url)
            .send()
            .await
            .map_err(|_| refuse("the client's JWKS could not be fetched"))?;
        if !resp.status().is_success() {
            return Err(refuse("the client's JWKS could not be fetched"));
        }
        resp.json::<JwkSet>()
            .await
            .map_err(|_| refuse("the client's JWKS is not a JWK Set"))
    }
}

fn key_of(jwk: &jsonwebtoken::jwk::Jwk, alg: Algorithm) -> Result<DecodingKey, AuthError> {
    if let Some(key_alg) = jwk.common.key_algorithm {
        if format!("{key_alg:?}") != format!("{alg:?}") {
            return Err(refuse("the JWT's alg does not match its key"));
        }
    }
    DecodingKey::from_jwk(jwk).map_err(|_| refuse("the client's JWKS key cannot be used"))
}

/// The claims, signature unchecked (only to find the issuer).
fn unverified_claims(token: &str) -> Result<Claims, AuthError> {
    jsonwebtoken::dangerous::insecure_decode::<Claims>(token)
        .map(|d| d.claims)
        .map_err(|_| refuse("the JWT's claims cannot be read"))
}

fn describe(e: &jsonwebtoken::errors::Error) -> &'static str {
    use jsonwebtoken::errors::ErrorKind;
    match e.kind() {
        ErrorKind::InvalidSignature => "bad signature",
        ErrorKind::InvalidAudience => "aud is not this endpoint",
        ErrorKind::InvalidIssuer => "wrong iss",
        ErrorKind::MissingRequiredClaim(_) => "a required claim is missing",
        ErrorKind::InvalidAlgorithm => "alg does not match the key",
        _ => "malformed",
    }
}
