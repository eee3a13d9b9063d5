//! Mints CDS Hooks JWTs for `bench/load.sh`'s authenticated runs: one per line, each with its own `jti` (the
//! server's replay store must see every `jti` once), signed with the test EHR's key (`tests/keys`, kid
//! `ehr-es384` or `ehr-rs384`), valid for 300 s from now (the server's `max_token_lifetime_secs`).
//!
//!     cargo run --release --example mint_tokens -- <ES384|RS384> <count> <aud> <out file>
//!
//! Signing runs on every core: a P-384 or RSA-2048 signature costs about as much as its verification.

use std::io::Write;
use std::path::Path;

use jsonwebtoken::{Algorithm, EncodingKey, Header};

const ISS: &str = "https://ehr.example.org/fhir";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 5 {
        eprintln!("usage: mint_tokens <ES384|RS384> <count> <aud> <out file>");
        std::process::exit(2);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (alg, kid, key) = match args[1].as_str() {
        "ES384" => {
            let pem = std::fs::read(root.join("tests/keys/ehr-es384.pem")).expect("ES384 key");
            (
                Algorithm::ES384,
                "ehr-es384",
                EncodingKey::from_ec_pem(&pem).expect("EC key"),
            )
        }
        "RS384" => {
            let pem = std::fs::read(root.join("tests/keys/ehr-rs384.pem")).expect("RS384 key");
            (
                Algorithm::RS384,
                "ehr-rs384",
                EncodingKey::from_rsa_pem(&pem).expect("RSA key"),
            )
        }
        other => panic!("unknown alg {other} (ES384 or RS384)"),
    };
    let count: usize = args[2].parse().expect("count");
    let aud = args[3].clone();
    let mut header = Header::new(alg);
    header.kid = Some(kid.into());
    let now = chrono::Utc::now().timestamp();
    let run = format!("{:x}", std::process::id());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunks: Vec<Vec<String>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let (header, key, aud, run) = (&header, &key, &aud, &run);
                s.spawn(move || {
                    (t..count)
                        .step_by(threads)
                        .map(|i| {
                            let claims = serde_json::json!({ "iss": ISS, "aud": aud, "iat": now,
                                "exp": now + 300, "jti": format!("bench-{run}-{now}-{i}") });
                            jsonwebtoken::encode(header, &claims, key).expect("JWT")
                        })
                        .collect()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut out = std::io::BufWriter::new(std::fs::File::create(&args[4]).expect("out file"));
    for token in chunks.iter().flatten() {
        writeln!(out, "{token}").expect("write");
    }
}
