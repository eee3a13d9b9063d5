//! The test run's server log: every in-process server of `tests/api` logs into one file, and every secret the
//! tests hand out is written beside it, for `tests/log_scan.rs` to check afterwards.

use std::path::PathBuf;

/// Where the whole test run's server log goes, with the tokens it used beside it (`tests/log_scan.rs` reads
/// both after this binary has run).
pub fn log_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("test-logs")
}

static LOG: std::sync::Once = std::sync::Once::new();

/// Every in-process server logs into `log_dir()/api.log`, at debug level for crd-server's own lines.
pub(super) fn capture_logs() {
    LOG.call_once(|| {
        std::fs::create_dir_all(log_dir()).unwrap();
        let file = std::fs::File::create(log_dir().join("api.log")).unwrap();
        let _ = std::fs::File::create(log_dir().join("tokens.txt"));
        crd_server::telemetry::init_json_to("info,crd_server=debug", std::sync::Mutex::new(file));
    });
}

/// Records a secret the log must never contain.
pub fn remember_secret(secret: &str) {
    use std::io::Write;
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .append(true)
        .open(log_dir().join("tokens.txt"))
    {
        let _ = writeln!(f, "{secret}");
    }
}
