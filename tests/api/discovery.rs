//! `GET /cds-services`: one service per hook, prefetch templates, and the CRD discovery extension.

use serde_json::Value;

use crate::helpers::spawn_app;

#[tokio::test]
async fn discovery_lists_one_service_per_hook_with_prefetch_and_crd_extension() {
    let app = spawn_app().await;
    let resp = app.get("/cds-services").await;
    assert_eq!(resp.status(), 200);
    let body: Value = resp.json().await.unwrap();
    let services = body["services"].as_array().expect("services array");
    // One service per hook, plus its CRD STU 2.0.1 twin `{id}-v2.0` (tests/api/crd_rules.rs).
    let mut hooks: Vec<&str> = services
        .iter()
        .filter(|s| !s["id"].as_str().unwrap().ends_with("-v2.0"))
        .map(|s| s["hook"].as_str().unwrap())
        .collect();
    hooks.sort();
    assert_eq!(
        hooks,
        [
            "appointment-book",
            "encounter-discharge",
            "encounter-start",
            "order-dispatch",
            "order-select",
            "order-sign"
        ]
    );
    for s in services {
        for field in ["id", "hook", "title", "description"] {
            assert!(
                s[field].as_str().is_some_and(|v| !v.is_empty()),
                "{field} in {s}"
            );
        }
        // #16 item 5: the secondary hooks decide nothing, so they declare no prefetch at all (CDS Hooks: an
        // optional field without a value is omitted, never `{}`).
        if matches!(
            s["hook"].as_str(),
            Some("encounter-start" | "encounter-discharge")
        ) {
            assert!(s.get("prefetch").is_none(), "{s}");
        } else {
            let prefetch = s["prefetch"].as_object().expect("prefetch");
            assert_eq!(prefetch["patient"], "Patient/{{context.patientId}}");
            assert!(prefetch["coverage"]
                .as_str()
                .unwrap()
                .starts_with("Coverage?patient={{context.patientId}}&status=active"));
            assert!(prefetch["coverage"]
                .as_str()
                .unwrap()
                .contains("_include=Coverage:payor"));
            for key in [
                "conditions",
                "procedures",
                "observations",
                "medicationStatements",
                "medicationRequests",
                "allergies",
                "questionnaireResponses",
                "medicationAdministrations",
            ] {
                let t = prefetch[key]
                    .as_str()
                    .unwrap_or_else(|| panic!("prefetch {key}"));
                assert!(t.contains("{{context.patientId}}"), "{key}: {t}");
                // Search values percent-encoded (#16 9a): `//` or `|` in a value does not survive every gateway.
                let query = t.split_once('?').map_or("", |(_, q)| q);
                assert!(!query.contains("//") && !query.contains('|'), "{key}: {t}");
            }
        }
        let ext = &s["extension"];
        if !s["id"].as_str().unwrap().ends_with("-v2.0") {
            assert_eq!(ext["davinci-crd.version"], serde_json::json!(["2.2"]));
        }
        let options = ext["davinci-crd.configuration-options"]
            .as_array()
            .expect("configuration options");
        let codes: Vec<&str> = options
            .iter()
            .map(|o| o["code"].as_str().unwrap())
            .collect();
        assert!(
            codes.contains(&"coverage-info") && codes.contains(&"max-cards"),
            "{codes:?}"
        );
        for o in options {
            assert!(matches!(o["type"].as_str(), Some("boolean" | "integer")));
            assert!(
                o["name"].is_string() && o["description"].is_string() && !o["default"].is_null(),
                "{o}"
            );
        }
    }
    // order-dispatch and appointment-book: the CRD 2.2 standard templates for the orders they name by reference.
    let prefetch_of =
        |hook: &str| services.iter().find(|s| s["hook"] == hook).unwrap()["prefetch"].clone();
    let dispatch = prefetch_of("order-dispatch");
    assert_eq!(
        dispatch["serviceRequests"],
        "ServiceRequest?_id={{context.dispatchedOrders.resolve().ofType(ServiceRequest).id}}"
    );
    assert_eq!(
        dispatch["deviceRequests"],
        "DeviceRequest?_id={{context.dispatchedOrders.resolve().ofType(DeviceRequest).id}}"
    );
    assert_eq!(
        prefetch_of("appointment-book")["serviceRequests"],
        "ServiceRequest?_id={{context.appointments.entry.resource.basedOn.resolve().ofType(ServiceRequest).id}}"
    );
    // Service ids are unique.
    let mut ids: Vec<&str> = services.iter().map(|s| s["id"].as_str().unwrap()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), services.len());
}

#[tokio::test]
async fn health_reports_loaded_policies() {
    let app = spawn_app().await;
    let resp = app.get("/health").await;
    assert_eq!(resp.status(), 200);
    assert!(resp.headers().contains_key("x-request-id"));
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["status"], "ok");
    assert!(body["policies"].as_u64().unwrap() >= 1);
}

/// The shipped example requests prefetch only what their service declares (#16 item 5): an EHR copying them must
/// not learn keys (`payers`, `practitioner`) that no template asks for.
#[test]
fn the_example_requests_send_only_declared_prefetch_keys() {
    let discovery: Value = serde_json::from_str(crd_server::hooks::SERVICES_JSON).unwrap();
    let dir = crate::helpers::repo_path("cds-hooks/examples");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with("-request.json") {
            continue;
        }
        let request: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let service = discovery["services"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["hook"] == request["hook"])
            .unwrap_or_else(|| panic!("{name}: no service for {}", request["hook"]));
        for key in request["prefetch"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, _)| k)
        {
            assert!(
                service["prefetch"].get(key).is_some(),
                "{name}: prefetch key '{key}' is not declared by {}",
                service["id"]
            );
        }
        checked += 1;
    }
    assert!(checked >= 7, "{checked} example requests");
}

/// CORS for browser-based CDS clients (CDS Hooks 2.0 "Cross-Origin Resource Sharing", #16 item 8): on the CDS
/// Hooks endpoints only, without credentials; a configured list of origins is honoured.
#[tokio::test]
async fn browser_based_cds_clients_get_cors_on_the_cds_hooks_endpoints_only() {
    let client = reqwest::Client::new();
    let preflight = |base: &str, path: &str, origin: &str| {
        client
            .request(reqwest::Method::OPTIONS, format!("{base}{path}"))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "authorization,content-type",
            )
            .send()
    };
    let app = spawn_app().await;
    let resp = preflight(
        &app.address,
        "/cds-services/order-sign-crd",
        "https://ehr.example",
    )
    .await
    .unwrap();
    assert!(resp.status().is_success(), "{}", resp.status());
    let allowed = |resp: &reqwest::Response| {
        resp.headers()
            .get("access-control-allow-origin")
            .map(|v| v.to_str().unwrap().to_string())
    };
    assert!(
        matches!(allowed(&resp).as_deref(), Some("https://ehr.example" | "*")),
        "{:?}",
        resp.headers()
    );
    let headers = resp.headers()["access-control-allow-headers"]
        .to_str()
        .unwrap()
        .to_ascii_lowercase();
    assert!(
        headers.contains("authorization") && headers.contains("content-type"),
        "{headers}"
    );
    assert!(resp
        .headers()
        .get("access-control-allow-credentials")
        .is_none());
    let resp = client
        .get(format!("{}/cds-services", app.address))
        .header("origin", "https://ehr.example")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    assert!(allowed(&resp).is_some());
    // Not on the cookie-bearing or payer endpoints.
    for path in ["/smart/app", "/policies", "/fhir/metadata"] {
        let resp = client
            .get(format!("{}{path}", app.address))
            .header("origin", "https://ehr.example")
            .send()
            .await
            .unwrap();
        assert!(allowed(&resp).is_none(), "{path}");
    }

    // A configured list: other origins get no permission.
    let app = crate::helpers::spawn_app_with(|s| {
        s.crd.cors_allowed_origins = vec!["https://ehr-a.example".into()];
    })
    .await;
    let resp = preflight(
        &app.address,
        "/cds-services/order-sign-crd",
        "https://ehr-a.example",
    )
    .await
    .unwrap();
    assert_eq!(allowed(&resp).as_deref(), Some("https://ehr-a.example"));
    let resp = preflight(
        &app.address,
        "/cds-services/order-sign-crd",
        "https://ehr-b.example",
    )
    .await
    .unwrap();
    assert!(allowed(&resp).is_none(), "{:?}", resp.headers());
}
