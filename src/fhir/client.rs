//! The outbound FHIR client: reads from the EHR's `fhirServer` with its access token.
//!
//! Owns: the base-URL allowlist (no request ever leaves for a URL not on it, redirects are never followed),
//! per-request timeouts, paging through searchset `next` links, and mapping failures to [`FetchError`].
//! Never logs the token or any response body.

use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, AUTHORIZATION};
use serde_json::value::RawValue;
use url::Url;

use super::{BundleEnvelope, ResourceHead};
use crate::metrics::Metrics;

/// Why a FHIR read did not give data. The text never contains patient data or tokens.
#[derive(Debug, Clone, thiserror::Error, PartialEq)]
pub enum FetchError {
    #[error("the FHIR server did not answer within {0} ms")]
    Timeout(u128),
    #[error("the FHIR server refused the access token (HTTP {0})")]
    Unauthorized(u16),
    #[error("the FHIR server answered HTTP {0}")]
    Status(u16),
    #[error("the FHIR server's answer is not valid FHIR JSON")]
    Malformed,
    #[error("the FHIR server could not be reached")]
    Transport,
    #[error("the URL is not on the FHIR allowlist")]
    NotAllowed,
    #[error("a search's next page is on another server than the search")]
    ForeignPage,
    #[error("the FHIR server's answer is larger than {0} bytes")]
    TooLarge(usize),
}

impl FetchError {
    /// A short label for metrics.
    pub fn kind(&self) -> &'static str {
        match self {
            FetchError::Timeout(_) => "timeout",
            FetchError::Unauthorized(_) => "unauthorized",
            FetchError::Status(_) => "status",
            FetchError::Malformed => "malformed",
            FetchError::Transport => "transport",
            FetchError::NotAllowed => "not_allowed",
            FetchError::ForeignPage => "foreign_page",
            FetchError::TooLarge(_) => "too_large",
        }
    }
}

/// Base URLs crd-server may contact. A URL is allowed when scheme, host and port are equal to an entry's and
/// its path starts with the entry's path at a segment boundary.
#[derive(Debug, Clone, Default)]
pub struct Allowlist {
    entries: Vec<Url>,
}

impl Allowlist {
    pub fn new(entries: &[String]) -> Result<Allowlist, String> {
        let entries = entries
            .iter()
            .map(|e| {
                let u = Url::parse(e.trim())
                    .map_err(|err| format!("fhir allowlist entry '{e}': {err}"))?;
                if !matches!(u.scheme(), "http" | "https") || u.host_str().is_none() {
                    return Err(format!(
                        "fhir allowlist entry '{e}': must be an http(s) URL with a host"
                    ));
                }
                Ok(u)
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Allowlist { entries })
    }

    pub fn allows(&self, url: &str) -> bool {
        let Ok(u) = Url::parse(url) else { return false };
        if u.username() != "" || u.password().is_some() {
            return false;
        }
        self.entries.iter().any(|e| {
            e.scheme() == u.scheme()
                && e.host_str() == u.host_str()
                && e.port_or_known_default() == u.port_or_known_default()
                && path_within(e.path(), u.path())
        })
    }
}

fn path_within(base: &str, path: &str) -> bool {
    let base = base.trim_end_matches('/');
    path == base || path.starts_with(&format!("{base}/")) || base.is_empty()
}

/// Whether `url` is under the FHIR base `base` (scheme, host, port equal; path within at a segment boundary).
fn same_server(base: &str, url: &str) -> bool {
    Allowlist::new(&[base.to_string()]).is_ok_and(|a| a.allows(url))
}

#[derive(Clone)]
pub struct FhirClient {
    http: reqwest::Client,
    allowlist: Allowlist,
    request_timeout: Duration,
    max_pages: usize,
    /// Largest answer read (bytes); see `FhirSettings::max_response_bytes`.
    max_response_bytes: usize,
    metrics: Metrics,
}

impl FhirClient {
    pub fn new(
        allowlist: Allowlist,
        request_timeout: Duration,
        max_pages: usize,
        metrics: Metrics,
    ) -> FhirClient {
        let http = reqwest::Client::builder()
            // SSRF: a redirect could lead anywhere; the allowlist is only meaningful if we never follow one.
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(request_timeout)
            .pool_idle_timeout(Duration::from_secs(30))
            .build()
            .expect("reqwest client with static settings");
        FhirClient {
            http,
            allowlist,
            request_timeout,
            max_pages,
            max_response_bytes: 8 * 1024 * 1024,
            metrics,
        }
    }

    /// The largest answer this client reads.
    pub fn with_max_response_bytes(mut self, bytes: usize) -> FhirClient {
        self.max_response_bytes = bytes.max(1024);
        self
    }

    pub fn allowlist(&self) -> &Allowlist {
        &self.allowlist
    }

    /// `{base}/{relative}` where `relative` is a query like `Condition?patient=1` or a read like `Patient/1`.
    pub fn join(base: &str, relative: &str) -> String {
        format!(
            "{}/{}",
            base.trim_end_matches('/'),
            relative.trim_start_matches('/')
        )
    }

    /// `Type?a=b&c=d` with every name and value percent-encoded (`:`, `/`, `|`, `,` ...): a gateway that
    /// normalises `//` in a URL must not change a search value (`code=http://loinc.org|72514-3` would lose the
    /// pain scores as `http:/loinc.org`). What is already encoded is decoded first, so nothing is encoded twice;
    /// a bare `+` is read as a space, as FHIR servers read a query (the templates write none).
    pub fn encode_search(relative: &str) -> String {
        let Some((path, query)) = relative.split_once('?') else {
            return relative.to_string();
        };
        let query = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(url::form_urlencoded::parse(query.as_bytes()))
            .finish();
        format!("{path}?{query}")
    }

    async fn get(
        &self,
        url: &str,
        token: Option<&str>,
        kind: &'static str,
    ) -> Result<Vec<u8>, FetchError> {
        if !self.allowlist.allows(url) {
            return Err(FetchError::NotAllowed);
        }
        let started = Instant::now();
        let mut req = self
            .http
            .get(url)
            .header(ACCEPT, "application/fhir+json")
            .timeout(self.request_timeout);
        if let Some(token) = token {
            req = req.header(AUTHORIZATION, format!("Bearer {token}"));
        }
        let result = async {
            let resp = req.send().await.map_err(|e| self.map_err(e))?;
            let status = resp.status().as_u16();
            if status == 401 || status == 403 {
                return Err(FetchError::Unauthorized(status));
            }
            if !(200..300).contains(&status) {
                return Err(FetchError::Status(status));
            }
            // Read within the limit, never past it: a declared length over it stops before any byte.
            if resp
                .content_length()
                .is_some_and(|n| n > self.max_response_bytes as u64)
            {
                return Err(FetchError::TooLarge(self.max_response_bytes));
            }
            let mut resp = resp;
            let mut body = Vec::new();
            while let Some(chunk) = resp.chunk().await.map_err(|e| self.map_err(e))? {
                if body.len() + chunk.len() > self.max_response_bytes {
                    return Err(FetchError::TooLarge(self.max_response_bytes));
                }
                body.extend_from_slice(&chunk);
            }
            Ok(body)
        }
        .await;
        let outcome = match &result {
            Ok(_) => "ok",
            Err(e) => e.kind(),
        };
        let elapsed = started.elapsed();
        self.metrics.observe_fhir(kind, outcome, elapsed);
        tracing::debug!(
            kind,
            outcome,
            elapsed_ms = elapsed.as_secs_f64() * 1000.0,
            "fhir request"
        );
        result
    }

    fn map_err(&self, e: reqwest::Error) -> FetchError {
        if e.is_timeout() {
            FetchError::Timeout(self.request_timeout.as_millis())
        } else if e.is_decode() || e.is_body() {
            FetchError::Malformed
        } else {
            FetchError::Transport
        }
    }

    /// Runs a search and follows `next` links (each must itself be allowed), returning every entry's resource.
    pub async fn search(
        &self,
        base: &str,
        query: &str,
        token: Option<&str>,
    ) -> Result<Vec<Box<RawValue>>, FetchError> {
        let mut url = Self::join(base, &Self::encode_search(query));
        let mut out = Vec::new();
        for _ in 0..self.max_pages {
            let body = self.get(&url, token, "search").await?;
            let bundle: BundleEnvelope =
                serde_json::from_slice(&body).map_err(|_| FetchError::Malformed)?;
            if bundle.resource_type != "Bundle" {
                return Err(FetchError::Malformed);
            }
            out.extend(bundle.entry.into_iter().filter_map(|e| e.resource));
            match bundle
                .link
                .into_iter()
                .find(|l| l.relation == "next" && !l.url.is_empty())
            {
                // The EHR's access token goes only to the server that issued the search: a next page
                // elsewhere (even an allowlisted one) is not read, and the search counts as failed, not short.
                Some(next) if !same_server(base, &next.url) => return Err(FetchError::ForeignPage),
                Some(next) => url = next.url,
                None => return Ok(out),
            }
        }
        // More pages than configured: what was read is used; the rest is not worth the time budget.
        tracing::warn!(
            max_pages = self.max_pages,
            "FHIR search paging stopped at the page limit"
        );
        Ok(out)
    }

    /// Reads one resource by relative reference (`Organization/1`).
    pub async fn read(
        &self,
        base: &str,
        reference: &str,
        token: Option<&str>,
    ) -> Result<Box<RawValue>, FetchError> {
        let body = self
            .get(&Self::join(base, reference), token, "read")
            .await?;
        let raw: Box<RawValue> =
            serde_json::from_slice(&body).map_err(|_| FetchError::Malformed)?;
        let head: ResourceHead =
            serde_json::from_str(raw.get()).map_err(|_| FetchError::Malformed)?;
        if head.resource_type.is_none() {
            return Err(FetchError::Malformed);
        }
        Ok(raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowlist_matches_scheme_host_port_and_path_prefix() {
        let a = Allowlist::new(&["http://127.0.0.1:8080/fhir".into()]).unwrap();
        assert!(a.allows("http://127.0.0.1:8080/fhir/Patient/1"));
        assert!(a.allows("http://127.0.0.1:8080/fhir"));
        assert!(!a.allows("http://127.0.0.1:8080/fhirx/Patient/1"));
        assert!(!a.allows("http://127.0.0.1:8081/fhir/Patient/1"));
        assert!(!a.allows("https://127.0.0.1:8080/fhir/Patient/1"));
        assert!(!a.allows("http://user:pw@127.0.0.1:8080/fhir/Patient/1"));
        assert!(!a.allows("http://169.254.169.254/latest"));
        assert!(!a.allows("not a url"));
    }
}
