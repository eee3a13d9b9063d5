//! CDS Hooks client authentication: the EHR signs a JWT for every call (CDS Hooks 2.0 "Trusting CDS Clients").
//!
//! Owns: which tokens get in. Only ES384 and RS384; the issuer and the JWKS URL (`jku`, else the client's
//! configured one) must both belong to a trusted client; `kid` picks the key; `aud` is the exact URL of the
//! endpoint called; `exp`, `iat` (and `nbf`) against an injected clock with a configured skew; `jti` present and
//! not seen before within the token's lifetime (remembered in the database, so several instances share it).
//! JWKS are cached with an expiry and fetched again for an unknown `kid`, at most once per `jwks_min_refresh`.
//! Why partly by hand: jsonwebtoken reads the header, the claims and the JWKS; the signature is checked with
//! aws-lc-rs (the backend jsonwebtoken itself uses) and a key parsed once per JWKS key ([`ReadyKey`]), because
//! jsonwebtoken parses the key from its JWK components again on every verification (and then reads the claims a
//! second time). So the claim checks are ours too, as the time claims and `jti` already were; with the JWKS cache,
//! the trust list and the replay cache.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use aws_lc_rs::signature::{
    ParsedPublicKey, RsaPublicKeyComponents, ECDSA_P384_SHA384_FIXED, RSA_PKCS1_2048_8192_SHA384,
};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use jsonwebtoken::jwk::{AlgorithmParameters, EllipticCurve, JwkSet};
use jsonwebtoken::{decode_header, Algorithm};
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
    aud: Option<Audience>,
    sub: Option<String>,
    exp: Option<i64>,
    iat: Option<i64>,
    nbf: Option<i64>,
    jti: Option<String>,
    /// The SHA-256 (base64url) of the request body the token was made for (`crate::util::body_sha256`):
    /// required of the demo EHR, whose tokens sign one prepared request and nothing else.
    crd_body_sha256: Option<String>,
}

/// The `aud` claim: one audience or several (RFC 7519 4.1.3).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Audience {
    One(String),
    Many(Vec<String>),
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
    /// JWKS keys made ready to verify with, by algorithm and key material (a key rotated under the same `kid` is
    /// another entry, never the old one); at most [`READY_KEYS_MAX`], emptied when full.
    ready: std::sync::Mutex<HashMap<String, Arc<ReadyKey>>>,
}

/// A JWKS key made ready once (issue #18): aws-lc-rs's parsed key. jsonwebtoken verifies with a key it builds from
/// the JWK's components on every call (aws-lc-rs then makes the RSA or EC key, and for RSA its Montgomery
/// context, each time); a parsed key keeps them.
struct ReadyKey {
    signature: ParsedPublicKey,
}

/// Ready keys kept at most (a client's JWKS holds a handful; rotations add a few).
const READY_KEYS_MAX: usize = 256;

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
            ready: std::sync::Mutex::new(HashMap::new()),
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
        let iss = unverified
            .iss
            .clone()
            .ok_or_else(|| refuse("the JWT has no iss"))?;
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
        // The signature, with the key parsed once. The claims read above are then the verified ones: they are the
        // signed bytes, read once (`iss` is the one the client was chosen by).
        let (signed, signature) = token
            .rsplit_once('.')
            .ok_or_else(|| refuse("the bearer token is not a JWT with a supported alg"))?;
        let signature = URL_SAFE_NO_PAD
            .decode(signature)
            .map_err(|_| refuse("the JWT is not valid: malformed"))?;
        key.signature
            .verify_sig(signed.as_bytes(), &signature)
            .map_err(|_| refuse("the JWT is not valid: bad signature"))?;
        let claims = unverified;
        // `aud`: the exact URL of the endpoint called, alone or among others (RFC 7519 4.1.3).
        match &claims.aud {
            None => return Err(refuse("the JWT is not valid: a required claim is missing")),
            Some(Audience::One(a)) if a == audience => {}
            Some(Audience::Many(list)) if list.iter().any(|a| a == audience) => {}
            Some(_) => return Err(refuse("the JWT is not valid: aud is not this endpoint")),
        }
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
    async fn key(&self, url: &str, kid: &str, alg: Algorithm) -> Result<Arc<ReadyKey>, AuthError> {
        if let Some(keys) = self.local_keys.get(url) {
            let jwk = keys
                .find(kid)
                .ok_or_else(|| refuse("no key with the JWT's kid in the client's JWKS"))?;
            return self.ready_key(jwk, alg);
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
        self.ready_key(jwk, alg)
    }

    /// `jwk` made ready to verify `alg` signatures with: taken from [`Authenticator::ready`], or made and kept.
    fn ready_key(
        &self,
        jwk: &jsonwebtoken::jwk::Jwk,
        alg: Algorithm,
    ) -> Result<Arc<ReadyKey>, AuthError> {
        let id = match &jwk.algorithm {
            AlgorithmParameters::RSA(p) => format!("{alg:?} RSA {} {}", p.n, p.e),
            AlgorithmParameters::EllipticCurve(p) => {
                format!("{alg:?} EC {:?} {} {}", p.curve, p.x, p.y)
            }
            _ => return Err(refuse("the JWT's alg does not match its key")),
        };
        let lock = || self.ready.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(key) = lock().get(&id) {
            return Ok(Arc::clone(key));
        }
        let key = Arc::new(key_of(jwk, alg)?);
        let mut ready = lock();
        if ready.len() >= READY_KEYS_MAX {
            ready.clear();
        }
        ready.insert(id, Arc::clone(&key));
        Ok(key)
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

fn key_of(jwk: &jsonwebtoken::jwk::Jwk, alg: Algorithm) -> Result<ReadyKey, AuthError> {
    if let Some(key_alg) = jwk.common.key_algorithm {
        if format!("{key_alg:?}") != format!("{alg:?}") {
            return Err(refuse("the JWT's alg does not match its key"));
        }
    }
    let unusable = || refuse("the client's JWKS key cannot be used");
    let b64 = |text: &str| URL_SAFE_NO_PAD.decode(text).map_err(|_| unusable());
    // The key as jsonwebtoken's aws-lc-rs backend builds it for the same algorithm (RSA from its components;
    // EC as the uncompressed point 0x04 || x || y), parsed once here.
    let signature = match (alg, &jwk.algorithm) {
        (Algorithm::RS384, AlgorithmParameters::RSA(p)) => {
            let (n, e) = (b64(&p.n)?, b64(&p.e)?);
            RsaPublicKeyComponents { n: &n, e: &e }
                .to_parsed_public_key(&RSA_PKCS1_2048_8192_SHA384)
                .map_err(|_| unusable())?
        }
        (Algorithm::ES384, AlgorithmParameters::EllipticCurve(p))
            if p.curve == EllipticCurve::P384 =>
        {
            let mut point = vec![0x04];
            point.extend(b64(&p.x)?);
            point.extend(b64(&p.y)?);
            ParsedPublicKey::new(&ECDSA_P384_SHA384_FIXED, point).map_err(|_| unusable())?
        }
        _ => return Err(refuse("the JWT's alg does not match its key")),
    };
    Ok(ReadyKey { signature })
}

/// The claims, signature unchecked (only to find the issuer).
fn unverified_claims(token: &str) -> Result<Claims, AuthError> {
    jsonwebtoken::dangerous::insecure_decode::<Claims>(token)
        .map(|d| d.claims)
        .map_err(|_| refuse("the JWT's claims cannot be read"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwk(file: &str, kid: &str) -> jsonwebtoken::jwk::Jwk {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/keys")
            .join(file);
        let set: JwkSet = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        set.find(kid).unwrap().clone()
    }

    /// A key is parsed once and reused; a key rotated under the same kid (other material) is another key, never
    /// the old one; an algorithm the key is not for is refused, not made ready.
    #[test]
    fn ready_keys_are_kept_by_their_material_not_their_kid() {
        let auth = Authenticator::new(
            &crate::config::Settings::defaults().auth,
            None,
            system_clock(),
        );
        let ehr = jwk("ehr-jwks.json", "ehr-es384");
        let first = auth.ready_key(&ehr, Algorithm::ES384).unwrap();
        let again = auth.ready_key(&ehr, Algorithm::ES384).unwrap();
        assert!(Arc::ptr_eq(&first, &again));
        let mut rotated = jwk("intruder-jwks.json", "intruder-es384");
        rotated.common.key_id = Some("ehr-es384".into());
        let other = auth.ready_key(&rotated, Algorithm::ES384).unwrap();
        assert!(!Arc::ptr_eq(&first, &other));
        assert_ne!(first.signature.as_ref(), other.signature.as_ref());
        assert!(auth.ready_key(&ehr, Algorithm::RS384).is_err());
        let rsa = jwk("ehr-jwks.json", "ehr-rs384");
        assert!(auth.ready_key(&rsa, Algorithm::ES384).is_err());
        assert!(auth.ready_key(&rsa, Algorithm::RS384).is_ok());
    }
}
