//! The decision trace for payer staff: `POST /explain/{service}` and `crd-server explain`.

use std::process::Command;

use serde_json::Value;

use crate::helpers::{repo_path, sample_order_sign, spawn_app};

#[tokio::test]
async fn the_explain_api_returns_the_full_trace_of_the_hook_decision() {
    let app = spawn_app().await;
    let body = app.explain("order-sign-crd", &sample_order_sign()).await;
    assert_eq!(body["payer"], "bcbsla");
    assert_eq!(body["policy"], "bcbsla-00666");
    let decisions = body["decisions"].as_array().unwrap();
    assert_eq!(decisions.len(), 2);
    let findings = decisions[0]["findings"].as_array().unwrap();
    let ids: Vec<&str> = findings.iter().map(|f| f["id"].as_str().unwrap()).collect();
    // Every criterion of the pain indication, and the spasticity indication that does not apply.
    for id in [
        "pain",
        "pain-diagnosis",
        "pain-trial",
        "pain-fda-drug",
        "spasticity",
    ] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let trial = findings.iter().find(|f| f["id"] == "pain-trial").unwrap();
    assert_eq!(trial["truth"], "met");
    assert!(trial["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e == "Procedure/ex-bcbsla-1-proc5"));
    assert!(trial["citation"].as_str().unwrap().contains("00666"));
}

#[test]
fn the_explain_command_prints_the_trace_offline() {
    let order = std::env::temp_dir().join(format!("crd-explain-order-{}.json", std::process::id()));
    std::fs::write(
        &order,
        r#"{"resourceType":"ServiceRequest","id":"sr1","status":"draft","intent":"order",
            "subject":{"reference":"Patient/ex-bcbsla-1"},"authoredOn":"2026-11-28",
            "code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"62362"}]}}"#,
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_crd-server"))
        .current_dir(repo_path(""))
        .args([
            "explain",
            "--chart",
            "fhir-resources/samples/bcbsla-pain.json",
            "--date",
            "2026-11-28",
            "--order",
        ])
        .arg(&order)
        .output()
        .expect("crd-server runs");
    let _ = std::fs::remove_file(&order);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // No drug ordered with the pump: the FDA-drug criterion is open, the trial is met from the chart.
    assert!(
        text.contains("ServiceRequest/sr1 (CPT 62362): CONDITIONAL"),
        "{text}"
    );
    assert!(text.contains("62 % reduction"), "{text}");
    assert!(text.contains("(pain-fda-drug)"), "{text}");

    let output = Command::new(env!("CARGO_BIN_EXE_crd-server"))
        .current_dir(repo_path(""))
        .args([
            "explain",
            "--chart",
            "no-such-file.json",
            "--order",
            "x.json",
        ])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("no-such-file.json"));
}

#[test]
fn policy_check_validates_files_and_runs_the_cases() {
    let output = Command::new(env!("CARGO_BIN_EXE_crd-server"))
        .current_dir(repo_path(""))
        .args(["policy", "check"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(text.contains("ok  bcbsla-00666"), "{text}");

    // A broken policy file is refused, naming the file and the field.
    let dir = std::env::temp_dir().join(format!("crd-bad-policy-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("cases")).unwrap();
    let mut policy: Value = serde_json::from_str(
        &std::fs::read_to_string(repo_path("fhir-resources/policies/bcbsla-00666.json")).unwrap(),
    )
    .unwrap();
    policy["indications"][0]["criteria"][0]["test"] =
        serde_json::json!({ "diagnosis": { "valueSet": "no-such-set" } });
    std::fs::write(dir.join("bad.json"), policy.to_string()).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_crd-server"))
        .args(["policy", "check", "--dir"])
        .arg(&dir)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        err.contains("bad.json") && err.contains("indications[0].criteria[0].test.valueSet"),
        "{err}"
    );
    assert!(err.contains("unknown value set 'no-such-set'"), "{err}");

    // And the server refuses to start on it.
    let output = Command::new(env!("CARGO_BIN_EXE_crd-server"))
        .env("CRD__POLICIES__DIR", &dir)
        .env("CRD__SERVER__PORT", "0")
        .arg("serve")
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("bad.json"));
    let _ = std::fs::remove_dir_all(dir);
}
