//! Issue #16 items 1–4: the CRD rules an EHR vendor certifies against. Versions (dev-1, dev-2, dev-3: 2.2 is the
//! default, 2.0.1 clients keep their own service ids), the decision lives in the coverage-information and in no
//! card (resp-25, resp-12), DTR is launched from the coverage-information (a launch card only where a server
//! turns it on, in 2.2's Launch SMART shape, resp-72), and a `coverage-assertion-id` names one decision: a changed
//! decision gets a new id, the old one stays readable, and an order already carrying the assertion gets no
//! systemAction (resp-35, resp-29).

use serde_json::{json, Value};

use crate::dtr::request_without_trial;
use crate::helpers::{coverage_infos, sample_order_sign, spawn_app, spawn_app_with, sub, TestApp};

const SERVICE: &str = "order-sign-crd";
const CARD_TYPES_2_2: &str = "http://terminology.hl7.org/CodeSystem/cdshooks-card-type";
const CRD_TEMP: &str = "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp";

/// The sample order-sign without its trial: documentation is needed (conditional).
fn without_trial() -> Value {
    request_without_trial("ex-bcbsla-1")
}

fn topics(body: &Value) -> Vec<(String, String)> {
    body["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["source"]["topic"]["system"].as_str().unwrap().to_string(),
                c["source"]["topic"]["code"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_request_without_a_version_is_answered_in_2_2_the_version_discovery_declares() {
    let app = spawn_app().await;
    let discovery: Value = app.get("/cds-services").await.json().await.unwrap();
    let main = discovery["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == SERVICE)
        .unwrap();
    assert_eq!(main["extension"]["davinci-crd.version"], json!(["2.2"]));

    let (status, body) = app.hook(SERVICE, &sample_order_sign()).await;
    assert_eq!(status, 200, "{body}");
    let infos = coverage_infos(&body);
    assert!(!infos.is_empty());
    for (_, ext) in &infos {
        assert!(
            sub(ext, "expiry-date").is_some(),
            "2.2's expiry-date: {ext}"
        );
    }
    assert!(topics(&body).iter().all(|(s, _)| s == CARD_TYPES_2_2));
}

#[tokio::test]
async fn crd_2_0_1_clients_have_their_own_service_ids() {
    let app = spawn_app().await;
    let discovery: Value = app.get("/cds-services").await.json().await.unwrap();
    let services = discovery["services"].as_array().unwrap();
    let main: Vec<&Value> = services
        .iter()
        .filter(|s| !s["id"].as_str().unwrap().ends_with("-v2.0"))
        .collect();
    assert_eq!(main.len(), 6);
    for s in &main {
        let twin = services
            .iter()
            .find(|t| t["id"] == format!("{}-v2.0", s["id"].as_str().unwrap()))
            .unwrap_or_else(|| panic!("no 2.0.1 twin of {}", s["id"]));
        assert_eq!(twin["hook"], s["hook"]);
        assert_eq!(twin["prefetch"], s["prefetch"]);
        // 2.2's davinci-crd.version pattern (^[1-9]\d*\.[1-9]\d*$) cannot say "2.0": the twin declares none.
        assert!(twin["extension"].get("davinci-crd.version").is_none());
        assert!(twin["title"].as_str().unwrap().contains("2.0.1"));
    }

    let (status, body) = app.hook("order-sign-crd-v2.0", &sample_order_sign()).await;
    assert_eq!(status, 200, "{body}");
    for (_, ext) in coverage_infos(&body) {
        assert!(sub(&ext, "expiry-date").is_none(), "no 2.2 element: {ext}");
        assert!(sub(&ext, "detail").is_none());
    }
    assert!(topics(&body).iter().all(|(s, _)| s == CRD_TEMP));

    // A 2.2 client on a 2.0.1 service is told where to go.
    let mut req = sample_order_sign();
    req["extension"] = json!({ "davinci-crd.requestedVersion": "2.2" });
    let (status, body) = app.hook("order-sign-crd-v2.0", &req).await;
    assert_eq!(status, 400, "{body}");
    assert!(body.to_string().contains("2.0.1 only"), "{body}");
    // The main ids still honour a client that asks for 2.0 by name.
    req["extension"] = json!({ "davinci-crd.requestedVersion": "2.0" });
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    assert!(topics(&body).iter().all(|(s, _)| s == CRD_TEMP));
}

#[tokio::test]
async fn no_card_repeats_the_decision_which_explains_itself_in_the_extension() {
    let app = spawn_app().await;
    for (req, outcome) in [
        (sample_order_sign(), "covered"),
        (without_trial(), "conditional"),
    ] {
        let (status, body) = app.hook(SERVICE, &req).await;
        assert_eq!(status, 200, "{body}");
        // resp-25: no coverage-info card; the one card is the policy's External Reference (resp-18, resp-19).
        let cards = body["cards"].as_array().unwrap();
        assert_eq!(cards.len(), 1, "{body}");
        assert_eq!(topics(&body), [(CARD_TYPES_2_2.into(), "guideline".into())]);
        assert_eq!(cards[0]["links"][0]["type"], "absolute");
        assert!(cards[0]["detail"].as_str().unwrap().contains("00666"));
        for (_, ext) in coverage_infos(&body) {
            assert_eq!(sub(&ext, "covered").unwrap(), outcome);
            let reason = sub(&ext, "reason").unwrap()["text"]
                .as_str()
                .unwrap()
                .to_string();
            assert!(reason.contains("00666"), "{reason}");
            // 2.2 `detail`: the policy link, and for a conditional decision what to document.
            let details: Vec<&Value> = ext["extension"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| e["url"] == "detail")
                .collect();
            let code = |d: &Value| {
                d["extension"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|e| e["url"] == "code")
                    .unwrap()["valueCodeableConcept"]["coding"][0]["code"]
                    .as_str()
                    .unwrap()
                    .to_string()
            };
            let link = details.iter().find(|d| code(d) == "policy-link").unwrap();
            assert!(link.to_string().contains("/policies/bcbsla-00666/source"));
            let instructions = details.iter().find(|d| code(d) == "instructions");
            assert_eq!(instructions.is_some(), outcome == "conditional", "{ext}");
        }
    }
}

#[tokio::test]
async fn every_reason_of_a_denial_is_in_the_extension() {
    let app = spawn_app().await;
    let mut req = sample_order_sign();
    // The trial's relief below the policy's 50 % (8 → 5 is 38 %): not covered.
    for e in req["prefetch"]["observations"]["entry"]
        .as_array_mut()
        .unwrap()
    {
        if e["resource"]["id"] == "ex-bcbsla-1-obs6" {
            e["resource"]["valueInteger"] = json!(5);
        }
    }
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    let infos = coverage_infos(&body);
    let (_, ext) = &infos[0];
    assert_eq!(sub(ext, "covered").unwrap(), "not-covered", "{body}");
    let reasons: Vec<&Value> = ext["extension"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["url"] == "reason")
        .collect();
    assert!(!reasons.is_empty());
    assert!(reasons
        .iter()
        .all(|r| r["valueCodeableConcept"]["text"].is_string()));
    assert!(body["cards"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["source"]["topic"]["code"] != "coverage-info"));
}

#[tokio::test]
async fn dtr_is_launched_from_the_coverage_information_unless_a_server_turns_the_card_on() {
    let app = spawn_app().await;
    let (_, body) = app.hook(SERVICE, &without_trial()).await;
    assert!(
        !body.to_string().contains("\"smart\""),
        "no SMART link by default: {body}"
    );
    for (_, ext) in coverage_infos(&body) {
        assert_eq!(sub(&ext, "doc-needed").unwrap(), "clinical");
        assert!(sub(&ext, "questionnaire").is_some());
    }

    let app = spawn_app_with(|s| s.dtr.launch_card = true).await;
    let (_, body) = app.hook(SERVICE, &without_trial()).await;
    let launch = body["cards"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["links"][0]["type"] == "smart")
        .expect("the launch card, turned on");
    // CRD 2.2 Launch SMART (resp-72): a suggestion with a label and no actions; its own topic.
    assert!(launch["suggestions"][0]["label"].is_string());
    assert!(launch["suggestions"][0].get("actions").is_none());
    assert_eq!(launch["selectionBehavior"], "at-most-one");
    assert!(launch["links"][0]["appContext"].is_string());
    assert_eq!(launch["source"]["topic"]["code"], "dtr-launch");
    // The client turns it off with its own option, and coverage-info=false turns off every coverage-info card.
    let mut req = without_trial();
    req["extension"] = json!({ "davinci-crd.configuration": { "dtr-launch": false } });
    let (_, body) = app.hook(SERVICE, &req).await;
    assert!(!body.to_string().contains("\"smart\""), "{body}");
    assert!(body["systemActions"].is_array());
}

#[tokio::test]
async fn coverage_info_false_suppresses_the_cards_about_what_could_not_be_checked() {
    let app = spawn_app().await;
    let mut req = sample_order_sign();
    // The pump order's device cannot be read (a reference to nowhere, no fhirServer): a coverage-info warning.
    req["context"]["draftOrders"]["entry"]
        .as_array_mut()
        .unwrap()
        .retain(|e| e["resource"]["resourceType"] != "ServiceRequest");
    for e in req["context"]["draftOrders"]["entry"]
        .as_array_mut()
        .unwrap()
    {
        if e["resource"]["resourceType"] == "DeviceRequest" {
            let r = e["resource"].as_object_mut().unwrap();
            r.remove("codeCodeableConcept");
            r.insert(
                "codeReference".into(),
                json!({ "reference": "Device/nowhere" }),
            );
        }
    }
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    assert!(
        topics(&body).iter().any(|(_, c)| c == "coverage-info"),
        "the warning: {body}"
    );
    req["extension"] = json!({ "davinci-crd.configuration": { "coverage-info": false } });
    let (_, body) = app.hook(SERVICE, &req).await;
    assert!(
        topics(&body).iter().all(|(_, c)| c != "coverage-info"),
        "{body}"
    );
}

fn assertion_id(body: &Value) -> String {
    let infos = coverage_infos(body);
    sub(&infos[0].1, "coverage-assertion-id")
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

async fn stored(app: &TestApp, id: &str) -> Value {
    let resp = app
        .signed(reqwest::Method::GET, &format!("/coverage-assertions/{id}"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    resp.json().await.unwrap()
}

#[tokio::test]
async fn a_changed_decision_gets_a_new_assertion_id_and_the_old_one_stays_readable() {
    let app = spawn_app().await;
    let patient = crate::helpers::fresh_patient("ids");
    let (_, first) = app.hook(SERVICE, &request_without_trial(&patient)).await;
    let conditional = assertion_id(&first);
    // The same decision again: the same id.
    let (_, again) = app.hook(SERVICE, &request_without_trial(&patient)).await;
    assert_eq!(assertion_id(&again), conditional);
    // The trial is on the chart now: covered, under a new id.
    let with_trial: Value = serde_json::from_str(
        &sample_order_sign()
            .to_string()
            .replace("ex-bcbsla-1", &patient),
    )
    .unwrap();
    let (_, covered) = app.hook(SERVICE, &with_trial).await;
    assert_eq!(
        sub(&coverage_infos(&covered)[0].1, "covered").unwrap(),
        "covered"
    );
    let covered_id = assertion_id(&covered);
    assert_ne!(covered_id, conditional);
    // What the first id said is still what it says, and it names what replaced it.
    let old = stored(&app, &conditional).await;
    assert!(old["orders"]
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["outcome"] == "conditional"));
    assert_eq!(old["supersededBy"], json!([covered_id]));
    let new = stored(&app, &covered_id).await;
    assert!(new["orders"]
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["outcome"] == "covered" && o["supersedes"] == conditional.as_str()));
}

#[tokio::test]
async fn an_order_already_carrying_the_assertion_gets_no_system_action() {
    let app = spawn_app().await;
    let patient = crate::helpers::fresh_patient("resp35");
    let req: Value = serde_json::from_str(
        &sample_order_sign()
            .to_string()
            .replace("ex-bcbsla-1", &patient),
    )
    .unwrap();
    let (_, first) = app.hook(SERVICE, &req).await;
    let annotated: Vec<Value> = first["systemActions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["resource"].clone())
        .collect();
    assert_eq!(annotated.len(), 2);
    // The EHR stored the extension on its orders and signs them again: nothing new or changed.
    let mut again = req.clone();
    for e in again["context"]["draftOrders"]["entry"]
        .as_array_mut()
        .unwrap()
    {
        if let Some(a) = annotated.iter().find(|a| a["id"] == e["resource"]["id"]) {
            e["resource"] = a.clone();
        }
    }
    let (status, body) = app.hook(SERVICE, &again).await;
    assert_eq!(status, 200, "{body}");
    assert!(body.get("systemActions").is_none(), "resp-35: {body}");
    // A stale extension (another answer than today's) is replaced.
    let mut stale = again.clone();
    let text = stale["context"]
        .to_string()
        .replace("\"valueCode\":\"covered\"", "\"valueCode\":\"conditional\"");
    stale["context"] = serde_json::from_str(&text).unwrap();
    let (_, body) = app.hook(SERVICE, &stale).await;
    assert_eq!(body["systemActions"].as_array().unwrap().len(), 2, "{body}");
}

/// The parts of an answer that differ per call (ids, dates, the test server's address), made constant and still
/// valid (the conformance suite checks the examples too).
fn normalized(v: &Value, address: &str) -> Value {
    const ID: &str = "00000000-0000-4000-8000-000000000000";
    match v {
        Value::Object(o) => {
            let fixed = match o.get("url").and_then(Value::as_str) {
                Some("coverage-assertion-id") => Some(json!(ID)),
                Some("date") => Some(json!("2026-11-28")),
                Some("expiry-date") => Some(json!("2026-12-28")),
                _ => None,
            };
            Value::Object(
                o.iter()
                    .map(|(k, x)| {
                        let x = match &fixed {
                            Some(value) if k.starts_with("value") => value.clone(),
                            _ if k == "uuid" => json!(ID),
                            // What the FHIR server stamped on an order it served.
                            _ if k == "lastUpdated" => json!("2026-11-28T00:00:00Z"),
                            _ if k == "versionId" => json!("1"),
                            _ => normalized(x, address),
                        };
                        (k.clone(), x)
                    })
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(|x| normalized(x, address)).collect()),
        Value::String(s) => json!(s.replace(address, "http://127.0.0.1:3000")),
        other => other.clone(),
    }
}

/// Each `cds-hooks/examples/{name}-response.json` is what the server answers to `{name}-request.json` (ids,
/// dates and the address normalised): the examples fix the wire contract, so they may not drift from it.
/// `CRD_BLESS_EXAMPLES=1` rewrites them from the answers.
#[tokio::test]
async fn the_example_responses_are_what_the_server_answers() {
    // The order-dispatch example reads the sample chart from the FHIR server (no prefetch).
    crate::helpers::load_fixtures().await;
    let app = spawn_app().await;
    let dir = crate::helpers::repo_path("cds-hooks/examples");
    let mut pairs = 0;
    let mut stale = Vec::new();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with("-request.json"))
        .collect();
    names.sort();
    for name in names {
        let response_path = dir.join(name.replace("-request.json", "-response.json"));
        if !response_path.exists() {
            continue;
        }
        let request: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(&name)).unwrap()).unwrap();
        let service = format!("{}-crd", request["hook"].as_str().unwrap());
        let (status, body) = app.hook(&service, &request).await;
        assert_eq!(status, 200, "{name}: {body}");
        let got = normalized(&body, &app.address);
        if std::env::var("CRD_BLESS_EXAMPLES").is_ok() {
            std::fs::write(
                &response_path,
                serde_json::to_string_pretty(&got).unwrap() + "\n",
            )
            .unwrap();
        }
        let shipped: Value =
            serde_json::from_str(&std::fs::read_to_string(&response_path).unwrap()).unwrap();
        if shipped != got {
            stale.push(format!("{name}: answered {got}"));
        }
        pairs += 1;
    }
    assert!(pairs >= 6, "{pairs} example pairs");
    assert!(
        stale.is_empty(),
        "stale example responses (CRD_BLESS_EXAMPLES=1 rewrites them): {stale:?}"
    );
}
