//! A degraded EHR FHIR server (wiremock): slow, failing, garbage, refusing the token, paging. The answer
//! still comes within the budget, and says coverage could not be determined instead of guessing.

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::conformance::{assert_conformant, Version};
use crate::helpers::{
    coverage_infos, mock_ehr, sample_chart, sample_order_sign, searchset, spawn_app,
    spawn_app_with, sub, TestApp,
};

const SERVICE: &str = "order-sign-crd";

/// The shared sample without prefetch, pointed at the mock EHR.
fn request_for(ehr: &MockServer) -> Value {
    let mut req = sample_order_sign();
    req.as_object_mut().unwrap().remove("prefetch");
    req["fhirServer"] = json!(format!("{}/fhir", ehr.uri()));
    req
}

async fn app_for(ehr: &MockServer) -> TestApp {
    let base = format!("{}/fhir", ehr.uri());
    spawn_app_with(move |s| {
        s.fhir.allowlist.push(base);
        s.fhir.request_timeout_ms = 300;
        s.fhir.total_budget_ms = 800;
    })
    .await
}

#[tokio::test]
async fn the_mock_ehr_alone_gives_the_covered_answer() {
    // Baseline for the fault tests below: same chart, no fault.
    let ehr = mock_ehr("bcbsla-pain").await;
    let app = app_for(&ehr).await;
    let (status, body) = app.hook(SERVICE, &request_for(&ehr)).await;
    assert_eq!(status, 200, "{body}");
    for (_, ext) in coverage_infos(&body) {
        assert_eq!(sub(&ext, "covered").unwrap(), "covered");
    }
    // The access token went to the EHR's server, and all queries were made.
    let requests = ehr.received_requests().await.unwrap();
    assert!(requests
        .iter()
        .all(|r| r.headers.get("authorization").unwrap() == "Bearer test-access-token"));
    assert!(requests.len() >= 8, "{} requests", requests.len());
    // Search values go percent-encoded (#16 9a): a gateway that normalises `//` must not turn the pain-score
    // search's `http://loinc.org|72514-3` into `http:/loinc.org`.
    let queries: Vec<String> = requests
        .iter()
        .filter_map(|r| r.url.query().map(str::to_string))
        .collect();
    assert!(
        queries
            .iter()
            .any(|q| q.contains("code=http%3A%2F%2Floinc.org%7C72514-3")),
        "{queries:?}"
    );
    for q in &queries {
        assert!(
            !q.contains(['/', '|', ':']),
            "a search value went unencoded: {q}"
        );
    }
}

/// Overrides what the mock EHR answers at `at` (a path such as `/fhir/Observation`).
async fn fault(ehr: &MockServer, at: &str, response: ResponseTemplate) {
    Mock::given(method("GET"))
        .and(path(at))
        .respond_with(response)
        .with_priority(1)
        .mount(ehr)
        .await;
}

async fn assert_undetermined(app: &TestApp, ehr: &MockServer, version: Version) -> Value {
    let mut req = request_for(ehr);
    let requested = match version {
        Version::V2_0 => "2.0",
        Version::V2_2 => "2.2",
    };
    req["extension"] = json!({ "davinci-crd.requestedVersion": requested });
    let started = Instant::now();
    let (status, body) = app.hook(SERVICE, &req).await;
    let elapsed = started.elapsed();
    assert_eq!(status, 200, "{body}");
    // The slow server would take 30 s: the answer must not wait for it (a generous bound for CI noise).
    assert!(
        elapsed < Duration::from_secs(10),
        "answered after {elapsed:?}"
    );
    assert_conformant(&body, "order-sign", version);
    let infos = coverage_infos(&body);
    assert_eq!(infos.len(), 2, "{body}");
    for (_, ext) in &infos {
        let reason = sub(ext, "reason").unwrap();
        assert!(
            reason["text"].as_str().unwrap().contains("observations"),
            "{reason}"
        );
        match version {
            Version::V2_0 => {
                assert_eq!(sub(ext, "covered").unwrap(), "conditional");
                assert_eq!(sub(ext, "info-needed").unwrap(), "OTH");
            }
            Version::V2_2 => {
                assert_eq!(sub(ext, "covered").unwrap(), "indeterminate");
                assert_eq!(reason["coding"][0]["code"], "technical");
            }
        }
        assert!(
            sub(ext, "questionnaire").is_none(),
            "a technical failure is not a documentation request"
        );
    }
    // The decision (undetermined) is the extension's alone: no card repeats it (resp-25).
    assert!(body["cards"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["source"]["topic"]["code"] != "coverage-info"));
    body
}

#[tokio::test]
async fn a_slow_fhir_server_times_out_within_the_budget() {
    let ehr = mock_ehr("bcbsla-pain").await;
    fault(
        &ehr,
        "/fhir/Observation",
        ResponseTemplate::new(200).set_delay(Duration::from_secs(30)),
    )
    .await;
    let app = app_for(&ehr).await;
    assert_undetermined(&app, &ehr, Version::V2_0).await;
    assert_undetermined(&app, &ehr, Version::V2_2).await;
    let metrics = app.get("/metrics").await.text().await.unwrap();
    assert!(
        metrics.contains("crd_fhir_requests_total{kind=\"search\",result=\"timeout\"}"),
        "{metrics}"
    );
}

#[tokio::test]
async fn fhir_server_errors_garbage_and_refused_tokens_are_undetermined_not_guessed() {
    for response in [
        ResponseTemplate::new(500),
        ResponseTemplate::new(200).set_body_string("<html>not json</html>"),
        ResponseTemplate::new(200).set_body_json(json!({ "resourceType": "Bundle", "entry": [{ "resource": { "resourceType": "Observation", "status": 7 } }] })),
        ResponseTemplate::new(401),
    ] {
        let ehr = mock_ehr("bcbsla-pain").await;
        fault(&ehr, "/fhir/Observation", response).await;
        let app = app_for(&ehr).await;
        assert_undetermined(&app, &ehr, Version::V2_0).await;
    }
}

#[tokio::test]
async fn a_failing_coverage_read_gives_a_warning_card_not_an_error() {
    let ehr = mock_ehr("bcbsla-pain").await;
    fault(&ehr, "/fhir/Coverage", ResponseTemplate::new(503)).await;
    let app = app_for(&ehr).await;
    let (status, body) = app.hook(SERVICE, &request_for(&ehr)).await;
    assert_eq!(status, 200, "{body}");
    assert_conformant(&body, "order-sign", Version::V2_2);
    assert_eq!(body["cards"][0]["indicator"], "warning");
    // The payer answers (issue #16 item 8): the card's source is the plan that runs the server
    // (`crd.operator_name`), not the software.
    assert_eq!(
        body["cards"][0]["source"]["label"],
        "Health plan coverage requirements"
    );
    // Nothing decided: no systemActions at all (the wire contract: omitted, never an empty array).
    assert!(body.get("systemActions").is_none(), "{body}");
}

#[tokio::test]
async fn searchset_next_links_are_followed() {
    let ehr = mock_ehr("bcbsla-pain").await;
    let procedures: Vec<Value> = sample_chart("bcbsla-pain")
        .into_iter()
        .filter(|r| r["resourceType"] == "Procedure")
        .collect();
    // Page 1 is empty and links to page 2, which holds the trial: covered only if page 2 is read.
    let mut page1 = searchset(&[]);
    page1["link"] =
        json!([{ "relation": "next", "url": format!("{}/fhir/Procedure?page=2", ehr.uri()) }]);
    Mock::given(path("/fhir/Procedure"))
        .and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(searchset(&procedures)))
        .with_priority(1)
        .mount(&ehr)
        .await;
    Mock::given(path("/fhir/Procedure"))
        .and(query_param("status", "completed"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page1))
        .with_priority(2)
        .mount(&ehr)
        .await;
    let app = app_for(&ehr).await;
    let (status, body) = app.hook(SERVICE, &request_for(&ehr)).await;
    assert_eq!(status, 200, "{body}");
    for (_, ext) in coverage_infos(&body) {
        assert_eq!(sub(&ext, "covered").unwrap(), "covered");
    }
}

#[tokio::test]
async fn a_next_link_off_the_allowlist_is_not_followed() {
    let ehr = mock_ehr("bcbsla-pain").await;
    let elsewhere = MockServer::start().await;
    let mut page1 = searchset(&[]);
    page1["link"] = json!([{ "relation": "next", "url": format!("{}/fhir/Procedure?page=2", elsewhere.uri()) }]);
    fault(
        &ehr,
        "/fhir/Procedure",
        ResponseTemplate::new(200).set_body_json(page1),
    )
    .await;
    let app = app_for(&ehr).await;
    let (status, _) = app.hook(SERVICE, &request_for(&ehr)).await;
    assert_eq!(status, 200);
    assert!(elsewhere.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn redirects_are_not_followed() {
    let ehr = mock_ehr("bcbsla-pain").await;
    let elsewhere = MockServer::start().await;
    fault(
        &ehr,
        "/fhir/Observation",
        ResponseTemplate::new(302)
            .insert_header("location", format!("{}/steal", elsewhere.uri()).as_str()),
    )
    .await;
    let app = app_for(&ehr).await;
    assert_undetermined(&app, &ehr, Version::V2_0).await;
    assert!(elsewhere.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn payer_organization_is_read_by_reference_when_the_server_ignores_include() {
    let ehr = mock_ehr("bcbsla-pain").await;
    let coverages: Vec<Value> = sample_chart("bcbsla-pain")
        .into_iter()
        .filter(|r| r["resourceType"] == "Coverage")
        .collect();
    fault(
        &ehr,
        "/fhir/Coverage",
        ResponseTemplate::new(200).set_body_json(searchset(&coverages)),
    )
    .await;
    let app = app_for(&ehr).await;
    let (status, body) = app.hook(SERVICE, &request_for(&ehr)).await;
    assert_eq!(status, 200, "{body}");
    let reads = ehr.received_requests().await.unwrap();
    assert!(reads
        .iter()
        .any(|r| r.url.path() == "/fhir/Organization/ex-bcbsla-1-payer-bcbsla"));
    for (_, ext) in coverage_infos(&body) {
        assert_eq!(sub(&ext, "covered").unwrap(), "covered");
    }
}

#[tokio::test]
async fn a_next_page_on_another_allowlisted_server_gets_no_token_and_the_search_fails() {
    let ehr = mock_ehr("bcbsla-pain").await;
    let other = MockServer::start().await;
    let mut page1 = searchset(&[]);
    page1["link"] =
        json!([{ "relation": "next", "url": format!("{}/fhir/Procedure?page=2", other.uri()) }]);
    fault(
        &ehr,
        "/fhir/Procedure",
        ResponseTemplate::new(200).set_body_json(page1),
    )
    .await;
    let (base, other_base) = (
        format!("{}/fhir", ehr.uri()),
        format!("{}/fhir", other.uri()),
    );
    let app = spawn_app_with(move |s| {
        s.fhir.allowlist.push(base);
        s.fhir.allowlist.push(other_base);
        s.fhir.request_timeout_ms = 300;
        s.fhir.total_budget_ms = 800;
    })
    .await;
    // The procedures could not be read (not "the chart has none"): the trial is undetermined, never denied.
    let (status, body) = app.hook(SERVICE, &request_for(&ehr)).await;
    assert_eq!(status, 200, "{body}");
    let infos = coverage_infos(&body);
    assert_eq!(infos.len(), 2, "{body}");
    for (_, ext) in &infos {
        // CRD 2.2, the default: undetermined for a technical reason.
        assert_eq!(sub(ext, "covered").unwrap(), "indeterminate", "{body}");
        let reason = sub(ext, "reason").unwrap().to_string();
        assert!(reason.contains("procedures could not be read"), "{reason}");
    }
    assert!(
        other.received_requests().await.unwrap().is_empty(),
        "the other server received the EHR's access token"
    );
}

#[tokio::test]
async fn an_answer_over_the_size_limit_is_a_failed_read() {
    let ehr = mock_ehr("bcbsla-pain").await;
    let huge = "x".repeat(64 * 1024);
    fault(
        &ehr,
        "/fhir/Observation",
        ResponseTemplate::new(200).set_body_json(
            json!({ "resourceType": "Bundle", "type": "searchset", "padding": huge }),
        ),
    )
    .await;
    let base = format!("{}/fhir", ehr.uri());
    let app = spawn_app_with(move |s| {
        s.fhir.allowlist.push(base);
        s.fhir.request_timeout_ms = 300;
        s.fhir.total_budget_ms = 800;
        s.fhir.max_response_bytes = 32 * 1024;
    })
    .await;
    assert_undetermined(&app, &ehr, Version::V2_0).await;
}

#[tokio::test]
async fn a_fhir_server_with_encoded_separators_is_refused() {
    let app = spawn_app().await;
    for server in [
        "http://127.0.0.1:8080/fhir/..%2F..%2Fadmin",
        "http://127.0.0.1:8080/fhir/%2e%2e/x",
        "http://127.0.0.1:8080/fhir%5Cx",
    ] {
        let mut req = request_for_base(server);
        req["fhirServer"] = json!(server);
        let (status, body) = app.hook(SERVICE, &req).await;
        assert_eq!(status, 400, "{server}: {body}");
        assert!(body.to_string().contains("encoded separator"), "{body}");
    }
}

fn request_for_base(base: &str) -> Value {
    let mut req = sample_order_sign();
    req.as_object_mut().unwrap().remove("prefetch");
    req["fhirServer"] = json!(base);
    req
}
