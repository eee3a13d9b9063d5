//! Metrics and request ids: what operators see.

use crate::helpers::{sample_order_sign, spawn_app};

#[tokio::test]
async fn metrics_count_hook_calls_and_decisions() {
    let app = spawn_app().await;
    let resp = app.post_hook("order-sign-crd", &sample_order_sign()).await;
    assert_eq!(resp.status(), 200);
    assert!(resp.headers().contains_key("x-request-id"));
    let _ = app.post_hook("no-such-service", &sample_order_sign()).await;
    let resp = app.get("/metrics").await;
    assert_eq!(resp.status(), 200);
    let text = resp.text().await.unwrap();
    assert!(
        text.contains("crd_hook_requests_total{service=\"order-sign-crd\",status=\"200\"} 1"),
        "{text}"
    );
    assert!(
        text.contains("crd_decisions_total{outcome=\"covered\",payer=\"bcbsla\"} 2"),
        "{text}"
    );
    assert!(text.contains("crd_hook_duration_seconds_bucket"), "{text}");
}

#[tokio::test]
async fn errors_carry_the_request_id_and_no_internals() {
    let app = spawn_app().await;
    let resp = app
        .post_raw("order-sign-crd", b"not json".to_vec(), "application/json")
        .await;
    assert_eq!(resp.status(), 400);
    assert!(resp.headers().contains_key("x-request-id"));
    let text = resp.text().await.unwrap();
    assert!(
        !text.contains("src/") && !text.contains("panicked"),
        "{text}"
    );
}

#[tokio::test]
async fn coverage_assertions_are_stored_and_survive_a_restart() {
    let db = std::env::temp_dir().join(format!("crd-restart-{}.db", uuid::Uuid::new_v4()));
    let url = format!("sqlite://{}", db.display());
    let first = crate::helpers::spawn_app_on(&url).await;
    let (status, body) = first.hook("order-sign-crd", &sample_order_sign()).await;
    assert_eq!(status, 200);
    let infos = crate::helpers::coverage_infos(&body);
    let id = crate::helpers::sub(&infos[0].1, "coverage-assertion-id").unwrap();
    let id = id.as_str().unwrap();

    // A second server on the same database (as after a restart) knows the assertion.
    let second = crate::helpers::spawn_app_with(move |s| s.database.url = url).await;
    let resp = second.get(&format!("/coverage-assertions/{id}")).await;
    assert_eq!(resp.status(), 200);
    let stored: serde_json::Value = resp.json().await.unwrap();
    let orders = stored["orders"].as_array().unwrap();
    assert_eq!(orders.len(), 2);
    assert!(orders
        .iter()
        .all(|o| o["outcome"] == "covered" && o["payerId"] == "bcbsla"));
    assert!(orders
        .iter()
        .any(|o| o["orderRef"] == "ServiceRequest/ex-bcbsla-1-sr7"));
    assert_eq!(orders[0]["trace"]["policyId"], "bcbsla-00666");

    let resp = second.get("/coverage-assertions/no-such-id").await;
    assert_eq!(resp.status(), 404);
    let _ = std::fs::remove_file(db);
}

/// The server as a real process, its whole log captured: the log must let operators follow a call (request id,
/// service, payer, outcome, timing) and must not contain the EHR's token or any patient data.
#[tokio::test]
async fn logs_carry_ids_and_outcomes_but_no_tokens_or_patient_data() {
    crate::helpers::load_fixtures().await;
    let dir = std::env::temp_dir().join(format!("crd-logs-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let log_path = dir.join("server.log");
    let log = std::fs::File::create(&log_path).unwrap();
    // JWT auth as configured in production: a config file naming the trusted EHR and its JWKS.
    let jwks = crate::helpers::spawn_app().await.jwks;
    let config = dir.join("crd.toml");
    std::fs::write(
        &config,
        format!(
            "[[auth.clients]]\niss = \"{}\"\njwks_urls = [\"{}/jwks.json\"]\n",
            crate::helpers::EHR_ISS,
            jwks.uri()
        ),
    )
    .unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_crd-server"))
        .current_dir(crate::helpers::repo_path(""))
        .arg("--config")
        .arg(&config)
        .env("CRD__SERVER__PORT", "0")
        .env(
            "CRD__DATABASE__URL",
            format!("sqlite://{}", dir.join("crd.db").display()),
        )
        .env("CRD__FHIR__ALLOWLIST", crate::helpers::fhir_base_url())
        .env_remove("RUST_LOG")
        .arg("serve")
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .expect("server starts");
    let mut address = None;
    for _ in 0..100 {
        let text = std::fs::read_to_string(&log_path).unwrap_or_default();
        if let Some(line) = text
            .lines()
            .find(|l| l.starts_with("crd-server listening on "))
        {
            address = Some(
                line.trim_start_matches("crd-server listening on ")
                    .trim_end_matches("/cds-services")
                    .to_string(),
            );
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let address = address.expect("the server printed its address");
    let client = reqwest::Client::new();
    let aud = format!("{address}/cds-services/order-sign-crd");
    let tokens = std::sync::Mutex::new(Vec::new());
    let post = |body: Vec<u8>| {
        let token = crate::helpers::ehr_token(&aud);
        tokens.lock().unwrap().push(token.clone());
        let auth = crate::helpers::HookAuth::Bearer(&token);
        crate::helpers::hook_request(&client, &address, "order-sign-crd", auth)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    let with_prefetch = serde_json::to_vec(&sample_order_sign()).unwrap();
    assert_eq!(post(with_prefetch).await.unwrap().status(), 200);
    let without = serde_json::to_vec(&crate::helpers::sample_without_prefetch()).unwrap();
    assert_eq!(post(without).await.unwrap().status(), 200);
    // A bad request that quotes patient data in the wrong place: the error must not be logged verbatim.
    let mut bad = sample_order_sign();
    bad["context"]["patientId"] =
        serde_json::json!({ "name": "Test ex-bcbsla-1", "birthDate": "1961-09-14" });
    assert_eq!(
        post(serde_json::to_vec(&bad).unwrap())
            .await
            .unwrap()
            .status(),
        400
    );
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let _ = child.kill();
    let _ = child.wait();
    let text = std::fs::read_to_string(&log_path).unwrap();
    let _ = std::fs::remove_dir_all(&dir);

    assert!(text.contains("hook answered"), "{text}");
    assert!(text.contains("\"payer\":\"bcbsla\""), "{text}");
    assert!(text.contains("\"outcomes\":\"covered,covered\""), "{text}");
    assert!(text.contains("request_id"), "{text}");
    assert!(
        text.contains("d1577c69-dfbe-44ad-ba6d-3e05e953b2ea"),
        "the hook instance is logged: {text}"
    );
    let tokens = tokens.into_inner().unwrap();
    assert_eq!(tokens.len(), 3);
    for token in &tokens {
        // Neither the JWT nor its signature.
        let signature = token.rsplit('.').next().unwrap();
        assert!(!text.contains(signature), "the log contains a JWT:\n{text}");
    }
    for secret in [
        "test-access-token", // the EHR's access token
        "ex-bcbsla-1",       // patient id (and every resource id built on it)
        "1961-09-14",        // birth date
        "Mexbcbsla1",        // member id
        "G89.4",             // diagnosis
        "Postlaminectomy",   // diagnosis text
    ] {
        assert!(
            !text.contains(secret),
            "the log contains '{secret}':\n{text}"
        );
    }
}

/// Audit retention: `crd-server purge --older-than-days N` deletes what was stored before the cutoff, and only
/// that.
#[tokio::test]
async fn stored_decisions_can_be_purged_by_age() {
    let db = crate::dtr::temp_db();
    let app = crate::helpers::spawn_app_on(&db).await;
    let (status, body) = app.hook("order-sign-crd", &sample_order_sign()).await;
    assert_eq!(status, 200);
    let (_, ext) = crate::helpers::coverage_infos(&body).remove(0);
    let id = crate::helpers::sub(&ext, "coverage-assertion-id").unwrap();
    let path = format!("/coverage-assertions/{}", id.as_str().unwrap());
    assert_eq!(app.get(&path).await.status(), 200);
    let purge = |days: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_crd-server"))
            .current_dir(crate::helpers::repo_path(""))
            .env("CRD__DATABASE__URL", &db)
            .args(["purge", "--older-than-days", days])
            .output()
            .expect("purge runs")
    };
    // A year's retention keeps today's decision.
    let out = purge("365");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("purged 0 coverage assertion rows"));
    assert_eq!(app.get(&path).await.status(), 200);
    // Zero days: everything stored before now goes.
    let out = purge("0");
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(!said.contains("purged 0 coverage"), "{said}");
    assert_eq!(app.get(&path).await.status(), 404);
}
