//! The hot path of an order-sign with full prefetch, without HTTP, against baselines measured in the same run:
//! - `baseline/json_roundtrip`: parse the request body into `serde_json::Value` and serialize it back (what any
//!   JSON service must do at least);
//! - `hook/decide_and_respond`: crd-server's whole decision path on the same body (envelope parse, typed FHIR
//!   parse of every resource, payer identification, policy evaluation, response JSON);
//! - `policy/evaluate_one_order`: the pure policy evaluation of one order;
//! - `parse/hook_request` against `parse/skim_body`: the request's envelope read and split into its resources,
//!   against serde_json merely skimming the same body; `parse/typed_resources` against `parse/value_resources`:
//!   fhirbolt's typed parse of those resources against parsing them into `serde_json::Value`;
//! - `auth/verify_jwt` (ES384) and `auth/verify_jwt_rs384`: verifying the EHR's JWT with its JWKS cached (the
//!   replay-cache insert, one SQLite write, is not included);
//! - `auth/verify_{es384,rs384}_{ring,aws_lc_rs,rust_crypto}`: the bare signature check of the same token through
//!   each backend jsonwebtoken offers (issue #18: the one jsonwebtoken uses is chosen by these numbers).
//!
//! Run: `cargo bench --bench decision` (ratios, not absolute numbers, are what to compare across machines).

use std::path::Path;

use std::hint::black_box;

use crd_server::config::Settings;
use crd_server::hooks::{self, request::HookRequest};
use crd_server::policy::evaluate;
use crd_server::policy_files::{load_case_files, load_policies};
use criterion::{criterion_group, criterion_main, Criterion};

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let body = std::fs::read(root.join("cds-hooks/examples/order-sign-request.json"))
        .expect("sample request");
    let mut settings = Settings::defaults();
    settings.policies.dir = root.join("fhir-resources/policies");
    settings.fhir.allowlist.clear();
    settings.dtr.questionnaires_dir = root.join("fhir-resources/questionnaires");
    let policies = load_policies(&settings.policies.dir).expect("policies");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    // The engine as the server has it, offline: no FHIR server, the assertions written to an in-memory store.
    let limits = crd_server::state::limits(
        &settings,
        "http://localhost:3000",
        "http://localhost:3000/smart/launch",
    );
    let engine = runtime
        .block_on(hooks::Engine::offline(policies.clone(), limits))
        .expect("engine");
    let (_, services) = crd_server::hooks::load_services().expect("services");
    let service = services
        .into_iter()
        .find(|s| s.id == "order-sign-crd")
        .expect("service");

    c.bench_function("baseline/json_roundtrip", |b| {
        b.iter(|| {
            let v: serde_json::Value = serde_json::from_slice(black_box(&body)).unwrap();
            black_box(serde_json::to_vec(&v).unwrap())
        })
    });
    // The typed FHIR parse of the sample's resources (prefetch and draft orders) against a plain JSON parse of
    // the same resources: what typing costs over reading.
    let resources: Vec<String> = {
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
        let mut out = Vec::new();
        let mut take = |b: &serde_json::Value| {
            if b["resourceType"] == "Bundle" {
                for e in b["entry"].as_array().into_iter().flatten() {
                    out.push(e["resource"].to_string());
                }
            } else if b.is_object() {
                out.push(b.to_string());
            }
        };
        for p in v["prefetch"].as_object().unwrap().values() {
            take(p);
        }
        take(&v["context"]["draftOrders"]);
        out
    };
    // The request envelope read and split into its resources (no typed parse), against a bare skim of the body.
    c.bench_function("parse/hook_request", |b| {
        b.iter(|| black_box(HookRequest::parse(black_box(&body)).unwrap()))
    });
    c.bench_function("parse/skim_body", |b| {
        b.iter(|| {
            black_box(serde_json::from_slice::<serde::de::IgnoredAny>(black_box(&body)).unwrap())
        })
    });
    c.bench_function("parse/typed_resources", |b| {
        b.iter(|| {
            for r in &resources {
                black_box(crd_server::fhir::parse_resource(black_box(r)).unwrap());
            }
        })
    });
    // What `parse/typed_resources` cost before issue #18's step 8: fhirbolt's typed reading of every element.
    c.bench_function("parse/fhirbolt_resources", |b| {
        b.iter(|| {
            for r in &resources {
                crd_server::fhir::check_resource(black_box(r)).unwrap();
            }
        })
    });
    c.bench_function("parse/value_resources", |b| {
        b.iter(|| {
            for r in &resources {
                black_box(serde_json::from_str::<serde_json::Value>(black_box(r)).unwrap());
            }
        })
    });
    // The decision path without storage I/O (the assertion-id lookup and the write are the store's, measured by
    // the load benchmark): deciding (with its submitted-answers read), the rows to store built, the response.
    c.bench_function("hook/decide_and_respond", |b| {
        b.iter(|| {
            let request = HookRequest::parse(black_box(&body)).unwrap();
            let tenant = hooks::Tenant::local();
            let today = chrono::Utc::now().date_naive();
            let response = runtime.block_on(async {
                match hooks::decide(&engine, &tenant, &service, &request, today)
                    .await
                    .unwrap()
                {
                    hooks::Outcomes::Decided(decided) => {
                        let version = request.crd_version(service.version).unwrap();
                        // What would be stored, built (not written), with each order's assertion key.
                        let keys: Vec<String> = decided
                            .orders
                            .iter()
                            .map(|d| {
                                crd_server::crd::decision_key(
                                    decided.policy,
                                    &decided.coverage_reference,
                                    d,
                                )
                            })
                            .collect();
                        black_box(hooks::assertion_records(
                            &tenant,
                            &service,
                            &request,
                            &decided,
                            &hooks::Assertion {
                                id: "bench-assertion",
                                keys: &keys,
                                supersedes: "",
                            },
                            version,
                            today,
                        ));
                        hooks::respond(
                            &engine,
                            *decided,
                            &hooks::Answer {
                                assertion_id: "bench-assertion",
                                version,
                                config: request.crd_configuration().unwrap(),
                                primary: true,
                                today,
                                unchanged: &[],
                            },
                        )
                    }
                    _ => unreachable!("the sample is decided"),
                }
            });
            black_box(serde_json::to_vec(&response).unwrap())
        })
    });

    // One covered pain case from the policy's own decision cases.
    let files = load_case_files(&root.join("fhir-resources/policies")).expect("cases");
    let (_, file) = files
        .iter()
        .find(|(_, f)| f.policy == "bcbsla-00666")
        .expect("bcbsla cases");
    let (chart, order) = file.cases[0].build().expect("case");
    let policy = policies.get("bcbsla-00666").expect("policy");
    c.bench_function("policy/evaluate_one_order", |b| {
        b.iter(|| black_box(evaluate(policy, &chart, &order)))
    });

    // The test EHR's key and JWKS (tests/keys), served by a local mock once, then cached.
    let jwks = runtime.block_on(async {
        let server = wiremock::MockServer::start().await;
        let keys = std::fs::read_to_string(root.join("tests/keys/ehr-jwks.json")).expect("jwks");
        wiremock::Mock::given(wiremock::matchers::method("GET"))
            .respond_with(wiremock::ResponseTemplate::new(200).set_body_string(keys))
            .mount(&server)
            .await;
        server
    });
    let mut auth_settings = Settings::defaults().auth;
    auth_settings.clients = vec![crd_server::config::TrustedClient {
        iss: "https://ehr.example.org/fhir".into(),
        jwks_urls: vec![format!("{}/jwks.json", jwks.uri())],
        fhir_servers: vec![],
    }];
    let auth = crd_server::auth::Authenticator::new(
        &auth_settings,
        None,
        crd_server::auth::system_clock(),
    );
    let aud = "http://127.0.0.1:3000/cds-services/order-sign-crd";
    let key = jsonwebtoken::EncodingKey::from_ec_pem(
        &std::fs::read(root.join("tests/keys/ehr-es384.pem")).expect("key"),
    )
    .expect("EC key");
    let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::ES384);
    header.kid = Some("ehr-es384".into());
    let now = chrono::Utc::now().timestamp();
    let claims = serde_json::json!({ "iss": "https://ehr.example.org/fhir", "aud": aud, "exp": now + 300,
                                     "iat": now, "jti": "bench" });
    let bearer = format!(
        "Bearer {}",
        jsonwebtoken::encode(&header, &claims, &key).expect("JWT")
    );
    c.bench_function("auth/verify_jwt", |b| {
        b.iter(|| {
            runtime
                .block_on(auth.verify(Some(black_box(&bearer)), aud))
                .unwrap()
        })
    });

    // Issue #18: which crypto backend verifies the EHR's signatures fastest. The raw signature check of the same
    // token (signing input and signature from the JWT above; public key from tests/keys/ehr-jwks.json), through
    // ring (jsonwebtoken 9's backend), aws-lc-rs (jsonwebtoken 10's `aws_lc_rs`) and RustCrypto's p384
    // (jsonwebtoken 10's `rust_crypto`), measured in the same run.
    {
        use base64::Engine as _;
        let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let jwks: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(root.join("tests/keys/ehr-jwks.json")).expect("jwks"),
        )
        .expect("jwks json");
        let jwk = |kid: &str| {
            jwks["keys"]
                .as_array()
                .and_then(|k| k.iter().find(|k| k["kid"] == kid))
                .cloned()
                .expect("kid")
        };
        let part = |v: &serde_json::Value, f: &str| b64.decode(v[f].as_str().expect(f)).expect(f);
        let split = |jwt: &str| {
            let (input, sig) = jwt.rsplit_once('.').expect("jwt");
            (input.as_bytes().to_vec(), b64.decode(sig).expect("sig"))
        };
        let es = jwk("ehr-es384");
        let mut point = vec![4u8];
        point.extend(part(&es, "x"));
        point.extend(part(&es, "y"));
        let (input, sig) = split(bearer.trim_start_matches("Bearer "));
        c.bench_function("auth/verify_es384_ring", |b| {
            b.iter(|| {
                ring::signature::UnparsedPublicKey::new(
                    &ring::signature::ECDSA_P384_SHA384_FIXED,
                    black_box(&point),
                )
                .verify(black_box(&input), black_box(&sig))
                .unwrap()
            })
        });
        c.bench_function("auth/verify_es384_aws_lc_rs", |b| {
            b.iter(|| {
                aws_lc_rs::signature::UnparsedPublicKey::new(
                    &aws_lc_rs::signature::ECDSA_P384_SHA384_FIXED,
                    black_box(&point),
                )
                .verify(black_box(&input), black_box(&sig))
                .unwrap()
            })
        });
        // What auth::ReadyKey does (issue #18, step 8): the key parsed once, outside the loop.
        let es_parsed = aws_lc_rs::signature::ParsedPublicKey::new(
            &aws_lc_rs::signature::ECDSA_P384_SHA384_FIXED,
            &point,
        )
        .expect("EC key");
        c.bench_function("auth/verify_es384_aws_lc_rs_parsed", |b| {
            b.iter(|| {
                es_parsed
                    .verify_sig(black_box(&input), black_box(&sig))
                    .unwrap()
            })
        });
        c.bench_function("auth/verify_es384_rust_crypto", |b| {
            use p384::ecdsa::signature::Verifier;
            b.iter(|| {
                let key = p384::ecdsa::VerifyingKey::from_sec1_bytes(black_box(&point)).unwrap();
                let signature = p384::ecdsa::Signature::from_slice(black_box(&sig)).unwrap();
                key.verify(black_box(&input), &signature).unwrap()
            })
        });
        let rs = jwk("ehr-rs384");
        let (n, e) = (part(&rs, "n"), part(&rs, "e"));
        let rsa_key = jsonwebtoken::EncodingKey::from_rsa_pem(
            &std::fs::read(root.join("tests/keys/ehr-rs384.pem")).expect("key"),
        )
        .expect("RSA key");
        let mut rs_header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS384);
        rs_header.kid = Some("ehr-rs384".into());
        let rs_jwt = jsonwebtoken::encode(&rs_header, &claims, &rsa_key).expect("JWT");
        let (rs_input, rs_sig) = split(&rs_jwt);
        c.bench_function("auth/verify_rs384_ring", |b| {
            b.iter(|| {
                ring::signature::RsaPublicKeyComponents {
                    n: black_box(&n),
                    e: &e,
                }
                .verify(
                    &ring::signature::RSA_PKCS1_2048_8192_SHA384,
                    black_box(&rs_input),
                    black_box(&rs_sig),
                )
                .unwrap()
            })
        });
        c.bench_function("auth/verify_rs384_aws_lc_rs", |b| {
            b.iter(|| {
                aws_lc_rs::signature::RsaPublicKeyComponents {
                    n: black_box(&n),
                    e: &e,
                }
                .verify(
                    &aws_lc_rs::signature::RSA_PKCS1_2048_8192_SHA384,
                    black_box(&rs_input),
                    black_box(&rs_sig),
                )
                .unwrap()
            })
        });
        let rs_parsed = aws_lc_rs::signature::RsaPublicKeyComponents { n: &n, e: &e }
            .to_parsed_public_key(&aws_lc_rs::signature::RSA_PKCS1_2048_8192_SHA384)
            .expect("RSA key");
        c.bench_function("auth/verify_rs384_aws_lc_rs_parsed", |b| {
            b.iter(|| {
                rs_parsed
                    .verify_sig(black_box(&rs_input), black_box(&rs_sig))
                    .unwrap()
            })
        });
        let rs_bearer = format!("Bearer {rs_jwt}");
        c.bench_function("auth/verify_jwt_rs384", |b| {
            b.iter(|| {
                runtime
                    .block_on(auth.verify(Some(black_box(&rs_bearer)), aud))
                    .unwrap()
            })
        });
    }

    // The tenant filter (issue #15): the submitted-answers read of the decision path, as the store runs it (with
    // `tenant = $1`), against the same query without the tenant, in one database with answers of 2 tenants × 200
    // patients (SQLite file, the embedded default).
    let path = std::env::temp_dir().join(format!("crd-bench-{}.db", std::process::id()));
    let url = format!("sqlite://{}", path.display());
    let (store, pool) = runtime.block_on(async {
        let store = crd_server::store::Store::connect(&url, 2).await.expect("store");
        for tenant in ["https://ehr-a.example.org", "https://ehr-b.example.org"] {
            for p in 0..200 {
                let qr = serde_json::json!({ "resourceType": "QuestionnaireResponse", "status": "completed" });
                store
                    .save_questionnaire_response(tenant, &format!("{tenant}-{p}"), "a", &format!("p{p}"), "bcbsla-00666", &qr)
                    .await
                    .expect("row");
            }
        }
        let pool = sqlx::AnyPool::connect(&format!("{url}?mode=rw")).await.expect("pool");
        (store, pool)
    });
    c.bench_function("store/answers_read_with_tenant", |b| {
        b.iter(|| {
            runtime
                .block_on(store.questionnaire_responses(
                    "https://ehr-a.example.org",
                    black_box("p42"),
                    "bcbsla-00666",
                ))
                .unwrap()
        })
    });
    c.bench_function("store/answers_read_without_tenant", |b| {
        b.iter(|| {
            runtime
                .block_on(
                    sqlx::query(
                        "SELECT resource FROM questionnaire_responses WHERE patient_id = $1 AND policy_id = $2 \
                         ORDER BY created_at",
                    )
                    .bind(black_box("p42"))
                    .bind("bcbsla-00666")
                    .fetch_all(&pool),
                )
                .unwrap()
        })
    });
    std::fs::remove_file(&path).ok();
}

criterion_group!(benches, bench);
criterion_main!(benches);
