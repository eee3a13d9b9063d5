//! The log of the whole integration test run (every in-process server of `tests/api`, captured at debug level
//! for crd-server's own lines into `target/tmp/test-logs/api.log`) must contain no token, JWT, access token or
//! patient data. Cargo runs this binary after `api`.

use std::path::PathBuf;

use serde_json::Value;

fn log_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("test-logs")
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
fn the_test_runs_log_holds_no_token_and_no_patient_data() {
    let log = std::fs::read_to_string(log_dir().join("api.log"))
        .expect("the api tests ran first and captured their log");
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
