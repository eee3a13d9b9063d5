//! Every prefetch template is also answerable by fetching (issue #14, rule 7): each sample chart signed with the
//! full prefetch, with none, and with each template key left out in turn, is decided identically, down to every
//! criterion's truth. The prefetch is what the demo EHR fills from the discovery templates; the fetches go to the
//! real FHIR server holding the same sample charts.

use serde_json::{json, Value};

use crate::helpers::{fhir_base_url, load_fixtures, spawn_app};

/// (order, outcome, [(criterion, truth)]): what a decision is, without the ids of the resources it rests on
/// (those are the same either way) and without free-text notes.
type Verdict = (String, String, Vec<(String, String)>);

/// The verdict of every decided order.
fn verdicts(explained: &Value) -> Vec<Verdict> {
    let mut out: Vec<_> = explained["decisions"]
        .as_array()
        .unwrap_or_else(|| panic!("no decisions: {explained}"))
        .iter()
        .map(|d| {
            let findings = d["findings"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|f| {
                    (
                        f["id"].as_str().unwrap_or_default().to_string(),
                        f["truth"].as_str().unwrap_or_default().to_string(),
                    )
                })
                .collect();
            (
                d["order"].as_str().unwrap_or_default().to_string(),
                d["outcome"].as_str().unwrap_or_default().to_string(),
                findings,
            )
        })
        .collect();
    out.sort();
    out
}

#[tokio::test]
async fn every_sample_is_decided_the_same_with_and_without_each_prefetch_key() {
    load_fixtures().await;
    let app = spawn_app().await;
    let list = app
        .client
        .get(format!("{}/demo/api/samples", app.address))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    let samples = list["samples"].as_array().unwrap();
    assert_eq!(samples.len(), 5, "one sample per policy");
    for sample in samples {
        let name = sample["sample"].as_str().unwrap();
        let prepared: Value = app
            .client
            .post(format!("{}/demo/api/prepare", app.address))
            .json(&json!({ "sample": name, "orders": sample["orders"] }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let mut request = prepared["request"].clone();
        assert!(request["prefetch"].is_object(), "{name}: {prepared}");
        request["fhirServer"] = json!(fhir_base_url());
        request["fhirAuthorization"]["access_token"] = json!("parity-test-token");
        let keys: Vec<String> = request["prefetch"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        assert!(
            keys.len() >= 9,
            "{name}: every template prefetched: {keys:?}"
        );

        let explained = app.explain("order-sign-crd", &request).await;
        let with_prefetch = verdicts(&explained);
        assert!(
            !with_prefetch.is_empty(),
            "{name}: nothing decided: {explained}"
        );

        let mut without = request.clone();
        without.as_object_mut().unwrap().remove("prefetch");
        assert_eq!(
            verdicts(&app.explain("order-sign-crd", &without).await),
            with_prefetch,
            "{name}: no prefetch at all"
        );
        for key in &keys {
            let mut one_less = request.clone();
            one_less["prefetch"].as_object_mut().unwrap().remove(key);
            assert_eq!(
                verdicts(&app.explain("order-sign-crd", &one_less).await),
                with_prefetch,
                "{name}: prefetch without '{key}' (fetched instead)"
            );
        }
    }
}
