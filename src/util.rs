//! Small helpers shared by the SMART app, the demo EHR and authentication: the clock, random tokens, hashes.
//! (`rand`, `sha2` and `base64` do the work; these only fix the encodings used everywhere.)

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use rand::RngCore;
use sha2::{Digest, Sha256};

pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// 32 random bytes from the OS, base64url: state values, PKCE verifiers (43 characters, RFC 7636), session ids.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn sha256_b64(text: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(text.as_bytes()))
}

/// The SHA-256 (base64url) of a JSON body in canonical form (parsed and written again: object keys sorted, no
/// insignificant white space), so the same request hashes the same whoever serialized it. `None` for non-JSON.
pub fn body_sha256(body: &[u8]) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    Some(sha256_b64(&value.to_string()))
}

/// Every JSON document under `dirs` of the repository (paths relative to its root), parsed; files that are not
/// JSON are skipped. For tests that run over the repository's own requests, charts and fixtures.
#[cfg(test)]
pub(crate) fn repository_json(dirs: &[&str]) -> Vec<(std::path::PathBuf, serde_json::Value)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack: Vec<std::path::PathBuf> = dirs.iter().map(|d| root.join(d)).collect();
    let mut out = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                if let Ok(v) = serde_json::from_slice(&std::fs::read(&path).unwrap_or_default()) {
                    out.push((path, v));
                }
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}
