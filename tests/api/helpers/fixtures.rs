//! The charts and sample requests the tests use, and the real FHIR server that holds the charts.

use std::path::PathBuf;

use serde_json::{json, Value};
use tokio::sync::OnceCell;

pub fn repo_path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// The real FHIR server the tests use: `FHIR_BASE_URL`, defaulting to the local one the test script starts.
pub fn fhir_base_url() -> String {
    std::env::var("FHIR_BASE_URL")
        .unwrap_or_else(|_| "http://127.0.0.1:8080/fhir".into())
        .trim_end_matches('/')
        .to_string()
}

/// The shared BCBS Louisiana order-sign sample: ../shared/examples/order-sign-bcbsla-pain.json plus the trial
/// dose's MedicationAdministration (what the trial injected) under the declared `medicationAdministrations` key.
pub fn sample_order_sign() -> Value {
    let text = std::fs::read_to_string(repo_path("cds-hooks/examples/order-sign-request.json"))
        .expect("sample");
    serde_json::from_str(&text).expect("sample is JSON")
}

/// The sample request without prefetch, pointed at the real FHIR server.
pub fn sample_without_prefetch() -> Value {
    let mut req = sample_order_sign();
    req.as_object_mut().unwrap().remove("prefetch");
    req["fhirServer"] = json!(fhir_base_url());
    req
}

static FIXTURES: OnceCell<()> = OnceCell::const_new();

/// Loads every sample chart in `fhir-resources/samples/` into the real FHIR server (idempotent PUTs), once.
pub async fn load_fixtures() {
    FIXTURES
        .get_or_init(|| async {
            let client = reqwest::Client::new();
            let dir = repo_path("fhir-resources/samples");
            let mut files: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            files.sort();
            for file in files {
                let bundle: Value =
                    serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
                let resp = client
                    .post(fhir_base_url())
                    .header("content-type", "application/fhir+json")
                    .json(&bundle)
                    .send()
                    .await
                    .unwrap_or_else(|e| {
                        panic!(
                            "the FHIR server at {} is not reachable: {e}",
                            fhir_base_url()
                        )
                    });
                assert!(
                    resp.status().is_success(),
                    "loading {} failed: {}",
                    file.display(),
                    resp.text().await.unwrap_or_default()
                );
            }
        })
        .await;
}

/// A patient id of a test's own (`{prefix}-{8 hex}`), so what it stores does not meet other tests.
pub fn fresh_patient(prefix: &str) -> String {
    format!(
        "{prefix}-{}",
        &uuid::Uuid::new_v4().simple().to_string()[..8]
    )
}

/// Loads a copy of a sample chart whose patient id `from` (and every id derived from it) becomes `to`, so a
/// test that writes answers for its patient does not leak into others.
pub async fn load_sample_as(name: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(repo_path(&format!("fhir-resources/samples/{name}.json")))
        .unwrap()
        .replace(from, to);
    load_bundle(&text).await;
}

/// Posts a transaction Bundle (its JSON text) to the real FHIR server.
pub async fn load_bundle(text: &str) {
    let bundle: Value = serde_json::from_str(text).unwrap();
    let resp = reqwest::Client::new()
        .post(fhir_base_url())
        .json(&bundle)
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "{}", resp.text().await.unwrap());
}

/// The resources of a sample chart bundle.
pub fn sample_chart(name: &str) -> Vec<Value> {
    let text =
        std::fs::read_to_string(repo_path(&format!("fhir-resources/samples/{name}.json"))).unwrap();
    let bundle: Value = serde_json::from_str(&text).unwrap();
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["resource"].clone())
        .collect()
}

pub fn searchset(resources: &[Value]) -> Value {
    json!({
        "resourceType": "Bundle",
        "type": "searchset",
        "total": resources.len(),
        "entry": resources.iter().map(|r| json!({ "resource": r })).collect::<Vec<_>>(),
    })
}

/// The systemActions' coverage-information extensions, by order reference.
pub fn coverage_infos(body: &Value) -> Vec<(String, Value)> {
    body["systemActions"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| {
            let r = &a["resource"];
            let ext = r["extension"].as_array()?.iter().find(|e| {
                e["url"] == "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information"
            })?;
            Some((format!("{}/{}", r["resourceType"].as_str()?, r["id"].as_str()?), ext.clone()))
        })
        .collect()
}

/// One sub-extension's value (the first), as JSON.
pub fn sub(ext: &Value, url: &str) -> Option<Value> {
    ext["extension"]
        .as_array()?
        .iter()
        .find(|e| e["url"] == url)
        .map(|e| {
            e.as_object()
                .unwrap()
                .iter()
                .find(|(k, _)| k.starts_with("value"))
                .map(|(_, v)| v.clone())
                .unwrap_or(Value::Null)
        })
}
