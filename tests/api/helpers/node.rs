//! Node.js scripts of the test harness (`tests/fhir-server`, `tests/browser`).

use serde_json::Value;

use super::fixtures::repo_path;

/// Runs a Node.js script of the test harness (off the async runtime) and returns its last stdout line as JSON,
/// failing the test with its output when it fails.
pub async fn run_node(script: &str, args: Vec<String>) -> Value {
    let script = repo_path(script);
    let out = tokio::task::spawn_blocking(move || {
        std::process::Command::new("node")
            .arg(&script)
            .args(&args)
            .output()
            .unwrap_or_else(|e| panic!("node runs {}: {e}", script.display()))
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the script failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(stdout.lines().last().unwrap_or_default())
        .unwrap_or_else(|_| panic!("the script's last line is JSON: {stdout}"))
}
