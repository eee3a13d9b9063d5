//! The log of the whole integration test run (every in-process server of `tests/api`, captured at debug level
//! for crd-server's own lines into `target/tmp/test-logs/api.log`) must contain no token, JWT, access token or
//! patient data.
//!
//! It reads what the `api` binary wrote, so it must run after a whole run of it: its test is `#[ignore]`d (a plain
//! `cargo test` reports it ignored instead of scanning whatever log is lying around), and `scripts/test.sh` runs
//! it explicitly once `cargo test` has passed (`cargo test --test log_scan -- --ignored`). It refuses a missing
//! log, and one older than the `api` test binary (written by an earlier build, i.e. not by this run of the tests).

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde_json::Value;

fn log_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("test-logs")
}

/// When the `api` integration test binary beside this one (`target/…/deps/api-<hash>`) was last built, if found.
fn api_binary_built() -> Option<(PathBuf, SystemTime)> {
    let exe = std::env::current_exe().ok()?;
    std::fs::read_dir(exe.parent()?)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            let stem = name.strip_suffix(".exe").unwrap_or(name);
            stem.strip_prefix("api-")
                .is_some_and(|hash| !hash.is_empty() && hash.chars().all(|c| c.is_ascii_hexdigit()))
                && p.is_file()
        })
        .filter_map(|p| {
            let built = std::fs::metadata(&p).ok()?.modified().ok()?;
            Some((p, built))
        })
        .max_by_key(|(_, built)| *built)
}

/// The captured log of the `api` run, refusing (with what to do) a missing or stale one.
fn api_log(path: &Path) -> String {
    const HOW: &str =
        "the api tests must run (completely) before this scan: `bash scripts/test.sh`, or \
                       `cargo test --test api && cargo test --test log_scan -- --ignored`";
    let written = match std::fs::metadata(path).and_then(|m| m.modified()) {
        Ok(t) => t,
        Err(e) => panic!("{} is missing ({e}): {HOW}", path.display()),
    };
    if let Some((binary, built)) = api_binary_built() {
        assert!(
            written >= built,
            "{} is stale: it was last written before the api test binary {} was built, so it is the log of an \
             earlier build's run, not of this one: {HOW}",
            path.display(),
            binary.display()
        );
    }
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}: {HOW}", path.display()))
}

/// Patient ids, member ids, birth dates and names of every sample chart.
fn patient_data() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fhir-resources/samples");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let bundle: Value =
            serde_json::from_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap()).unwrap();
        for e in bundle["entry"].as_array().unwrap() {
            let r = &e["resource"];
            match r["resourceType"].as_str().unwrap() {
                "Patient" => {
                    out.push(r["id"].as_str().unwrap().to_string());
                    out.extend(r["birthDate"].as_str().map(str::to_string));
                    for name in r["name"].as_array().into_iter().flatten() {
                        out.extend(name["family"].as_str().map(str::to_string));
                    }
                    for id in r["identifier"].as_array().into_iter().flatten() {
                        out.extend(id["value"].as_str().map(str::to_string));
                    }
                }
                "Coverage" => {
                    out.extend(r["subscriberId"].as_str().map(str::to_string));
                    for id in r["identifier"].as_array().into_iter().flatten() {
                        out.extend(id["value"].as_str().map(str::to_string));
                    }
                }
                _ => {}
            }
        }
    }
    out.retain(|s| s.len() >= 4);
    out
}

#[test]
#[ignore = "scans the api tests' log: scripts/test.sh runs it after them (`cargo test --test log_scan -- --ignored`)"]
fn the_test_runs_log_holds_no_token_and_no_patient_data() {
    let log = api_log(&log_dir().join("api.log"));
    assert!(
        log.contains("hook answered"),
        "the capture holds the hook calls"
    );
    assert!(log.contains("\"request_id\""), "lines carry the request id");
    let tokens = std::fs::read_to_string(log_dir().join("tokens.txt")).unwrap_or_default();
    let jwts: Vec<&str> = tokens.lines().filter(|l| !l.is_empty()).collect();
    assert!(
        jwts.len() > 50,
        "the api tests minted their JWTs ({})",
        jwts.len()
    );
    let mut leaks = Vec::new();
    for jwt in &jwts {
        // A JWT, or its signature alone.
        if log.contains(jwt)
            || jwt
                .rsplit('.')
                .next()
                .is_some_and(|s| s.len() > 20 && log.contains(s))
        {
            leaks.push("a JWT".to_string());
        }
    }
    for secret in ["test-access-token", "payer-test-token", "Bearer "] {
        if log.contains(secret) {
            leaks.push(secret.to_string());
        }
    }
    let data = patient_data();
    assert!(data.len() >= 10, "{data:?}");
    for item in data {
        if log.contains(&item) {
            leaks.push(item);
        }
    }
    // Patients the tests make up: dtr-…, loop-…, ctx-…, ex-lhcc-x-…, ex-lhcc-qr-….
    for prefix in [
        "\"dtr-",
        "\"loop-",
        "\"ctx-",
        "ex-lhcc-x-",
        "ex-lhcc-qr-",
        "Patient/",
    ] {
        if log.contains(prefix) {
            leaks.push(prefix.to_string());
        }
    }
    leaks.sort();
    leaks.dedup();
    assert!(leaks.is_empty(), "the log contains {leaks:?}");
}
