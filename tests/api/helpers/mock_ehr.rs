//! A wiremock EHR FHIR server, for the tests that inject faults.

use serde_json::Value;
use wiremock::matchers::{method, path, path_regex};
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::fixtures::{sample_chart, searchset};

/// A wiremock EHR FHIR server (base `{uri}/fhir`) that serves a sample chart for every search crd-server
/// makes. Tests mount higher-priority mocks on top to inject faults.
pub async fn mock_ehr(chart: &str) -> MockServer {
    let server = MockServer::start().await;
    let resources = sample_chart(chart);
    let of = |t: &str| -> Vec<Value> {
        resources
            .iter()
            .filter(|r| r["resourceType"] == t)
            .cloned()
            .collect()
    };
    let mut coverage = of("Coverage");
    coverage.extend(of("Organization"));
    for (resource_type, items) in [
        ("Coverage", coverage),
        ("Condition", of("Condition")),
        ("Procedure", of("Procedure")),
        ("Observation", of("Observation")),
        ("MedicationStatement", of("MedicationStatement")),
        ("MedicationRequest", of("MedicationRequest")),
        ("MedicationAdministration", of("MedicationAdministration")),
        ("AllergyIntolerance", of("AllergyIntolerance")),
        ("QuestionnaireResponse", of("QuestionnaireResponse")),
    ] {
        Mock::given(method("GET"))
            .and(path(format!("/fhir/{resource_type}")))
            .respond_with(ResponseTemplate::new(200).set_body_json(searchset(&items)))
            .mount(&server)
            .await;
    }
    for r in resources
        .iter()
        .filter(|r| r["resourceType"] == "Patient" || r["resourceType"] == "Organization")
    {
        Mock::given(method("GET"))
            .and(path(format!(
                "/fhir/{}/{}",
                r["resourceType"].as_str().unwrap(),
                r["id"].as_str().unwrap()
            )))
            .respond_with(ResponseTemplate::new(200).set_body_json(r))
            .mount(&server)
            .await;
    }
    // Anything else: not found, as a real server would say.
    Mock::given(path_regex("^/fhir/.*"))
        .respond_with(ResponseTemplate::new(404))
        .with_priority(10)
        .mount(&server)
        .await;
    server
}
