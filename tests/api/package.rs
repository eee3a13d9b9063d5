//! `$questionnaire-package` (DTR 2.2) and the checked-in Questionnaires: package contents checked against the
//! DTR rules, server prefill of the shared LHCC chart, the whole documentation loop over HTTP (order-sign →
//! package → answers → submit → order-sign) with a restart in the middle, and bad input.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use crate::conformance::{assert_conformant, Version};
use crate::dtr::{request_without_trial, sign, submit, temp_db};
use crate::helpers::{
    coverage_infos, load_fixtures, load_sample_as, repo_path, sample_chart, spawn_app,
    spawn_app_with, sub, TestApp,
};
use crate::payers::{lhcc_orders, order_sign};

const SERVICE: &str = "order-sign-crd";
const ORIGIN: &str = "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/information-origin";
const DTR: &str = "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition";

/// Input Parameters: one coverage, then (name, value) pairs.
fn parameters(coverage: &Value, more: &[(&str, Value)]) -> Value {
    let mut params = vec![json!({ "name": "coverage", "resource": coverage })];
    for (name, value) in more {
        let p = match *name {
            "order" => json!({ "name": "order", "resource": value }),
            "questionnaire" => json!({ "name": "questionnaire", "valueCanonical": value }),
            "context" => json!({ "name": "context", "valueString": value }),
            "changedsince" => json!({ "name": "changedsince", "valueInstant": value }),
            other => json!({ "name": other, "valueString": value }),
        };
        params.push(p);
    }
    json!({ "resourceType": "Parameters", "parameter": params })
}

async fn package(app: &TestApp, body: &Value) -> (u16, Value) {
    let resp = app
        .signed(
            reqwest::Method::POST,
            "/fhir/Questionnaire/$questionnaire-package",
        )
        .header("content-type", "application/fhir+json")
        .json(body)
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let body = resp.json().await.unwrap_or(Value::Null);
    if status == 200 {
        crate::conformance::assert_dtr(&body, "$questionnaire-package output");
    }
    (status, body)
}

fn named<'a>(params: &'a Value, name: &str) -> Vec<&'a Value> {
    params["parameter"]
        .as_array()
        .map(|ps| {
            ps.iter()
                .filter(|p| p["name"] == name)
                .map(|p| &p["resource"])
                .collect()
        })
        .unwrap_or_default()
}

fn outcome_text(params: &Value) -> String {
    named(params, "outcome")
        .iter()
        .flat_map(|o| o["issue"].as_array().cloned().unwrap_or_default())
        .map(|i| {
            i["details"]["text"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

fn items_flat<'a>(items: &'a Value, out: &mut Vec<&'a Value>) {
    for item in items.as_array().into_iter().flatten() {
        out.push(item);
        items_flat(&item["item"], out);
        for a in item["answer"].as_array().into_iter().flatten() {
            items_flat(&a["item"], out);
        }
    }
}

/// Checks one package Bundle against the DTR rules and returns its Questionnaire and draft response.
fn check_bundle(bundle: &Value) -> (Value, Value) {
    assert_eq!(bundle["resourceType"], "Bundle");
    assert_eq!(bundle["type"], "collection");
    let entries = bundle["entry"].as_array().unwrap();
    // dtrb-1: the Questionnaire first; one QuestionnaireResponse; otherwise only ValueSets and Libraries.
    assert_eq!(entries[0]["resource"]["resourceType"], "Questionnaire");
    let kinds: Vec<&str> = entries
        .iter()
        .map(|e| e["resource"]["resourceType"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.iter().filter(|k| **k == "Questionnaire").count(), 1);
    assert_eq!(
        kinds
            .iter()
            .filter(|k| **k == "QuestionnaireResponse")
            .count(),
        1
    );
    assert!(kinds.iter().all(|k| matches!(
        *k,
        "Questionnaire" | "QuestionnaireResponse" | "ValueSet" | "Library"
    )));
    assert!(entries.iter().all(|e| e["fullUrl"].is_string()));
    let q = entries[0]["resource"].clone();
    let qr = entries
        .iter()
        .find(|e| e["resource"]["resourceType"] == "QuestionnaireResponse")
        .unwrap()["resource"]
        .clone();
    let canonical = format!(
        "{}|{}",
        q["url"].as_str().unwrap(),
        q["version"].as_str().unwrap()
    );
    // Version-specific references: the response to the Questionnaire, the Questionnaire to its ValueSets.
    assert_eq!(qr["questionnaire"], canonical.as_str());
    let mut q_items = Vec::new();
    items_flat(&q["item"], &mut q_items);
    let mut link_ids = BTreeSet::new();
    for item in &q_items {
        let link = item["linkId"].as_str().unwrap();
        assert!(link_ids.insert(link), "linkId {link} is repeated");
        assert!(item["text"].is_string(), "item {link} has no text");
        if let Some(vs) = item["answerValueSet"].as_str() {
            let (url, version) = vs.split_once('|').expect("version-specific answerValueSet");
            let found = entries
                .iter()
                .map(|e| &e["resource"])
                .find(|r| r["resourceType"] == "ValueSet" && r["url"] == url)
                .unwrap_or_else(|| panic!("ValueSet {vs} is not in the package"));
            assert_eq!(found["version"], version);
            let total = found["expansion"]["total"].as_u64().unwrap_or(u64::MAX);
            assert!(
                total < 40,
                "small value sets are sent expanded: {vs} {found}"
            );
            assert_eq!(
                found["expansion"]["contains"].as_array().unwrap().len() as u64,
                total
            );
        }
    }
    // The draft response: DTR extensions, and every answer to a real item, typed as it asks, marked auto-server.
    assert_eq!(
        qr["meta"]["profile"][0],
        format!("{DTR}/dtr-questionnaireresponse")
    );
    let ext_urls: Vec<&str> = qr["extension"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["url"].as_str().unwrap())
        .collect();
    let mut display_errors = Vec::new();
    crate::conformance::crd_display_errors(&qr, "QuestionnaireResponse", &mut display_errors);
    assert!(display_errors.is_empty(), "{display_errors:?}");
    for needed in ["qr-coverage", "intendedUse"] {
        assert!(
            ext_urls.contains(&format!("{DTR}/{needed}").as_str()),
            "{needed}"
        );
    }
    assert!(qr["subject"]["reference"]
        .as_str()
        .unwrap()
        .starts_with("Patient/"));
    let mut answered = Vec::new();
    items_flat(&qr["item"], &mut answered);
    for item in answered {
        let link = item["linkId"].as_str().unwrap();
        let asked = q_items
            .iter()
            .find(|i| i["linkId"] == link)
            .unwrap_or_else(|| panic!("answered item {link} is not in the Questionnaire"));
        for a in item["answer"].as_array().into_iter().flatten() {
            let key = match asked["type"].as_str().unwrap() {
                "boolean" => "valueBoolean",
                "decimal" => "valueDecimal",
                "dateTime" => "valueDateTime",
                "choice" => "valueCoding",
                other => panic!("unexpected answered type {other}"),
            };
            assert!(a.get(key).is_some(), "{link} answered without {key}: {a}");
            let origin = a["extension"]
                .as_array()
                .unwrap()
                .iter()
                .find(|e| e["url"] == ORIGIN)
                .unwrap_or_else(|| panic!("{link}: no information-origin"));
            assert_eq!(origin["extension"][0]["url"], "source");
            assert_eq!(origin["extension"][0]["valueCode"], "auto-server");
        }
    }
    (q, qr)
}

/// linkId → the answer's value, for every answered item (nested ones too).
fn answers(qr: &Value) -> Vec<(String, Value)> {
    let mut all = Vec::new();
    items_flat(&qr["item"], &mut all);
    all.iter()
        .filter_map(|i| {
            let a = i["answer"].get(0)?;
            let value = a
                .as_object()?
                .iter()
                .find(|(k, _)| k.starts_with("value"))?
                .1
                .clone();
            Some((i["linkId"].as_str()?.to_string(), value))
        })
        .collect()
}

fn answer<'a>(answers: &'a [(String, Value)], link: &str) -> Option<&'a Value> {
    answers.iter().find(|(l, _)| l == link).map(|(_, v)| v)
}

/// Signs the shared LHCC orders for `patient`: the request and the pump order's coverage information.
async fn sign_lhcc(app: &TestApp, patient: &str) -> (Value, String, Value) {
    let request = order_sign(patient, lhcc_orders(patient));
    let (status, body) = app.hook(SERVICE, &request).await;
    assert_eq!(status, 200, "{body}");
    let (order, info) = coverage_infos(&body).remove(0);
    (request, order, info)
}

fn coverage_of(chart: &[Value]) -> Value {
    chart
        .iter()
        .find(|r| r["resourceType"] == "Coverage")
        .unwrap()
        .clone()
}

#[tokio::test]
async fn every_policy_questionnaire_is_the_generated_one_and_asks_every_criterion() {
    let app = spawn_app().await;
    let policies =
        crd_server::policy_files::load_policies(&repo_path("fhir-resources/policies")).unwrap();
    for p in policies.all() {
        let id = &p.policy.id;
        let on_disk: Value = serde_json::from_str(
            &std::fs::read_to_string(repo_path(&format!(
                "fhir-resources/questionnaires/{id}.json"
            )))
            .unwrap(),
        )
        .unwrap();
        assert_eq!(
            on_disk,
            crd_server::dtr::questionnaire::questionnaire(p),
            "{id}.json is stale: run `cargo run -- questionnaires write`"
        );
        let served: Value = app
            .get(&format!("/fhir/Questionnaire/{id}"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(served, on_disk);
        let mut items = Vec::new();
        items_flat(&served["item"], &mut items);
        for c in p.criteria() {
            let item = items
                .iter()
                .find(|i| i["linkId"] == c.question.link_id.as_str())
                .unwrap_or_else(|| panic!("{id}: no item for criterion {}", c.id));
            assert_eq!(item["type"], "boolean");
            assert_eq!(item["required"], true);
            // The item cites its criterion.
            assert_eq!(item["code"][0]["code"], c.id.as_str());
            assert!(item["item"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["type"] == "display" && d["text"] == c.citation.as_str()));
        }
    }
}

#[tokio::test]
async fn a_questionnaire_missing_a_criterion_stops_the_server_naming_the_file() {
    let dir = std::env::temp_dir().join(format!("crd-q-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    let text =
        std::fs::read_to_string(repo_path("fhir-resources/questionnaires/bcbsla-00666.json"))
            .unwrap();
    let broken = text.replace("\"pain-trial\"", "\"pain-trial-renamed\"");
    assert_ne!(text, broken);
    std::fs::write(dir.join("bcbsla-00666.json"), broken).unwrap();
    let mut settings = crd_server::config::Settings::defaults();
    settings.server.port = 0;
    settings.policies.dir = repo_path("fhir-resources/policies");
    settings.dtr.questionnaires_dir = dir.clone();
    settings.database.url = "sqlite::memory:".into();
    let err = match crd_server::startup::Application::build(settings).await {
        Ok(_) => panic!("a Questionnaire without the trial item was accepted"),
        Err(e) => format!("{e:#}"),
    };
    assert!(
        err.contains("bcbsla-00666.json") && err.contains("no item 'pain-trial'"),
        "{err}"
    );
}

#[tokio::test]
async fn questionnaires_and_value_sets_resolve_by_canonical() {
    let app = spawn_app().await;
    let q: Value = app
        .get("/fhir/Questionnaire/lhcc-la-cp-mp-173")
        .await
        .json()
        .await
        .unwrap();
    let url = q["url"].as_str().unwrap();
    for (url, version, total) in [
        (url, None, 1),
        (url, q["version"].as_str(), 1),
        (url, Some("1999-01-01"), 0),
        ("http://elsewhere/Questionnaire/x", None, 0),
    ] {
        let found = app.search_canonical("Questionnaire", url, version).await;
        assert_eq!(found["total"], total, "{url} {version:?}: {found}");
    }
    let vs = q["item"][0]["answerValueSet"].as_str().unwrap();
    let (vs_url, vs_version) = vs.split_once('|').unwrap();
    let found = app
        .search_canonical("ValueSet", vs_url, Some(vs_version))
        .await;
    assert_eq!(found["total"], 1);
    let id = found["entry"][0]["resource"]["id"].as_str().unwrap();
    let expanded: Value = app
        .get(&format!("/fhir/ValueSet/{id}/$expand"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(expanded["expansion"]["total"], 4, "{expanded}");
    let resp = app.get("/fhir/ValueSet/nope").await;
    assert_eq!(resp.status(), 404);
    let resp = app.get("/fhir/Questionnaire").await;
    assert_eq!(resp.status(), 400);
}

#[tokio::test]
async fn the_lhcc_package_prefills_the_trial_and_pain_scores_and_leaves_the_unknown_items_open() {
    load_fixtures().await;
    let app = spawn_app().await;
    let (request, order, info) = sign_lhcc(&app, "ex-lhcc-1").await;
    let assertion = sub(&info, "coverage-assertion-id").unwrap();
    let canonical = sub(&info, "questionnaire").unwrap();
    let trace = app.explain(SERVICE, &request).await;
    let open: Vec<String> = trace["decisions"][0]["openItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["linkId"].as_str().unwrap().to_string())
        .collect();
    assert!(open.len() > 10, "{trace}");

    let chart = sample_chart("lhcc-pain");
    let sr = request["context"]["draftOrders"]["entry"][0]["resource"].clone();
    let (status, out) = package(
        &app,
        &parameters(
            &coverage_of(&chart),
            &[("context", assertion.clone()), ("order", sr)],
        ),
    )
    .await;
    assert_eq!(status, 200, "{out}");
    assert_eq!(out["resourceType"], "Parameters");
    let bundles = named(&out, "packagebundle");
    assert_eq!(bundles.len(), 1, "{out}");
    let (q, qr) = check_bundle(bundles[0]);
    assert_eq!(
        format!(
            "{}|{}",
            q["url"].as_str().unwrap(),
            q["version"].as_str().unwrap()
        ),
        canonical.as_str().unwrap(),
        "the package holds the Questionnaire coverage information named"
    );
    assert_eq!(qr["subject"]["reference"], "Patient/ex-lhcc-1");
    let contexts: Vec<&str> = qr["extension"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["url"] == format!("{DTR}/qr-context"))
        .map(|e| e["valueReference"]["reference"].as_str().unwrap())
        .collect();
    assert!(contexts.contains(&order.as_str()), "{contexts:?}");
    let coverage_ref = qr["extension"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["url"] == format!("{DTR}/qr-coverage"))
        .unwrap()["valueReference"]["reference"]
        .clone();
    assert_eq!(coverage_ref, "Coverage/ex-lhcc-1-cov1");

    // Prefilled from the chart: the trial (met: pain 9 → 4), its date and scores, and the pain diagnosis.
    let given = answers(&qr);
    assert_eq!(
        answer(&given, "pn-trial-relief"),
        Some(&json!(true)),
        "{qr}"
    );
    assert_eq!(
        answer(&given, "pn-trial-relief.pain-before"),
        Some(&json!(9.0))
    );
    assert_eq!(
        answer(&given, "pn-trial-relief.pain-after"),
        Some(&json!(4.0))
    );
    assert!(answer(&given, "pn-trial-relief.trial-date")
        .and_then(Value::as_str)
        .is_some_and(|d| d.starts_with("20")));
    // What the chart left unknown stays open.
    for link in &open {
        assert!(
            answer(&given, link).is_none(),
            "{link} is unknown yet answered"
        );
    }
    // The indication the chart shows, which enables its group of questions.
    assert_eq!(
        answer(&given, "indication").map(|c| c["code"].clone()),
        Some(json!("pump-nonmalignant")),
        "{given:?}"
    );
    assert!(given.len() >= 5, "{given:?}");
}

#[tokio::test]
async fn the_documentation_loop_over_http_survives_a_restart() {
    documentation_loop(&temp_db()).await;
}

/// order-sign → conditional → (restart on the same database) → package → answers → submit → covered.
pub(crate) async fn documentation_loop(db: &str) {
    let app = crate::helpers::spawn_app_on(db).await;
    let patient = crate::helpers::fresh_patient("loop");
    let req = request_without_trial(&patient);
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200, "{body}");
    assert_conformant(&body, "order-sign", Version::V2_2);
    let (_, info) = coverage_infos(&body).remove(0);
    assert_eq!(sub(&info, "covered").unwrap(), "conditional");
    let assertion = sub(&info, "coverage-assertion-id").unwrap();
    // DTR is launched from the coverage-information: it names the Questionnaire to complete (doc-needed).
    assert_eq!(sub(&info, "doc-needed").unwrap(), "clinical");
    assert!(sub(&info, "questionnaire").is_some());

    // Restart: the package is built from what was stored.
    drop(app);
    let app = crate::helpers::spawn_app_on(db).await;
    let coverage = req["prefetch"]["coverage"]["entry"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["resource"]["resourceType"] == "Coverage")
        .unwrap()["resource"]
        .clone();
    let (status, out) = package(
        &app,
        &parameters(&coverage, &[("context", assertion.clone())]),
    )
    .await;
    assert_eq!(status, 200, "{out}");
    let (_, mut qr) = check_bundle(named(&out, "packagebundle")[0]);
    let given = answers(&qr);
    assert_eq!(answer(&given, "pain-diagnosis"), Some(&json!(true)));
    assert!(
        answer(&given, "pain-trial").is_none(),
        "the trial is open: {given:?}"
    );

    // The clinician answers the open item inside the pain group, and submits.
    let group = qr["item"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|i| i["linkId"] == "group-pain")
        .expect("the pain group is prefilled");
    group["item"].as_array_mut().unwrap().push(json!({
        "linkId": "pain-trial",
        "answer": [{ "valueBoolean": true, "extension": [{ "url": ORIGIN,
            "extension": [{ "url": "source", "valueCode": "manual" },
                          { "url": "author", "extension": [{ "url": "practitioner",
                            "valueReference": { "reference": "Practitioner/1" } }] }] }] }]
    }));
    qr["status"] = json!("completed");
    let resp = submit(&app, &qr).await;
    assert_eq!(resp.status(), 201);
    assert_eq!(
        resp.headers()["x-coverage-assertion-id"],
        assertion.as_str().unwrap()
    );
    // The decision changed (conditional → covered): a new assertion id supersedes the documented one.
    let current = crate::dtr::superseded_by(&resp);
    assert_ne!(current, assertion.as_str().unwrap());

    // The next order-sign for the same order: covered, under the assertion now in force.
    let (covered, again, _) = sign(&app, &req).await;
    assert_eq!(
        (covered.as_str(), again.as_str()),
        ("covered", current.as_str())
    );
    // And the package for that context now says no documentation is needed.
    let (status, out) = package(
        &app,
        &parameters(&coverage, &[("context", assertion.clone())]),
    )
    .await;
    assert_eq!(status, 200, "{out}");
    assert!(named(&out, "packagebundle").is_empty(), "{out}");
    assert!(
        outcome_text(&out).contains("no documentation is needed"),
        "{out}"
    );
}

#[tokio::test]
async fn an_answer_that_meets_an_exclusion_makes_the_order_not_covered() {
    let p = crate::helpers::fresh_patient("ex-lhcc-x");
    load_sample_as("lhcc-pain", "ex-lhcc-1", &p).await;
    let app = spawn_app_with(|s| s.database.url = temp_db()).await;
    let (request, _, info) = sign_lhcc(&app, &p).await;
    let assertion = sub(&info, "coverage-assertion-id").unwrap();
    let chart: Vec<Value> = sample_chart("lhcc-pain")
        .into_iter()
        .map(|r| serde_json::from_str(&r.to_string().replace("ex-lhcc-1", &p)).unwrap())
        .collect();
    let (_, out) = package(
        &app,
        &parameters(&coverage_of(&chart), &[("context", assertion.clone())]),
    )
    .await;
    let (_, mut qr) = check_bundle(named(&out, "packagebundle")[0]);
    // Every open item answered favourably, except one exclusion that applies (a systemic infection).
    let trace = app.explain(SERVICE, &request).await;
    let mut extra: Vec<Value> = trace["decisions"][0]["openItems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let link = i["linkId"].as_str().unwrap();
            let yes = !link.contains("-x-") || link == "pn-x-systemic-infection";
            json!({ "linkId": link, "answer": [{ "valueBoolean": yes }] })
        })
        .collect();
    assert!(extra
        .iter()
        .any(|i| i["linkId"] == "pn-x-systemic-infection"));
    match qr["item"].as_array_mut() {
        Some(items) => items.append(&mut extra),
        None => qr["item"] = Value::Array(extra),
    }
    qr["status"] = json!("completed");
    let resp = submit(&app, &qr).await;
    assert_eq!(resp.status(), 201);
    // The decision changed: a new id, which the next order-sign answers under.
    let current = crate::dtr::superseded_by(&resp);
    let (covered, again, ext) = sign(&app, &request).await;
    assert_eq!(
        (covered.as_str(), again.as_str()),
        ("not-covered", current.as_str()),
        "{ext}"
    );
}

#[tokio::test]
async fn without_crd_context_the_package_is_built_from_the_orders_or_canonicals_unfilled() {
    load_fixtures().await;
    let app = spawn_app().await;
    let chart = sample_chart("lhcc-pain");
    let mut coverage = coverage_of(&chart);
    let sr = lhcc_orders("ex-lhcc-1").remove(0);
    // Orders CRD never saw, under a Coverage that does not say who the payer is: every payer's policy that
    // applies, with a warning.
    let (status, out) = package(&app, &parameters(&coverage, &[("order", sr.clone())])).await;
    assert_eq!(status, 200);
    assert!(named(&out, "packagebundle").len() > 1);
    assert!(outcome_text(&out).contains("does not name its payer"));
    // Naming the payer: its policy whose codes the order carries, nothing prefilled.
    coverage["payor"] = json!([{ "reference": "Organization/ex-lhcc-1-payer-lhcc",
        "identifier": { "system": "https://crd.example.org/payer-id", "value": "lhcc" } }]);
    let (status, out) = package(&app, &parameters(&coverage, &[("order", sr)])).await;
    assert_eq!(status, 200);
    let bundles = named(&out, "packagebundle");
    assert_eq!(bundles.len(), 1, "{}", outcome_text(&out));
    let (q, qr) = check_bundle(bundles[0]);
    assert_eq!(q["id"], "lhcc-la-cp-mp-173");
    assert!(qr.get("item").is_none(), "{qr}");
    assert!(outcome_text(&out).contains("nothing is prefilled"), "{out}");

    // Named canonicals, through `[base]/$questionnaire-package`: a known one packaged, an unknown one warned.
    let body = parameters(
        &coverage,
        &[
            (
                "questionnaire",
                json!("https://crd.example.org/fhir/Questionnaire/bcbsla-00666"),
            ),
            (
                "questionnaire",
                json!("https://crd.example.org/fhir/Questionnaire/nope|1"),
            ),
        ],
    );
    let resp = app
        .signed(reqwest::Method::POST, "/fhir/$questionnaire-package")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 200);
    let out: Value = resp.json().await.unwrap();
    let bundles = named(&out, "packagebundle");
    assert_eq!(bundles.len(), 1);
    assert_eq!(check_bundle(bundles[0]).0["id"], "bcbsla-00666");
    let warnings = outcome_text(&out);
    assert!(warnings.contains("nope|1"), "{warnings}");

    // changedsince: nothing changed since now; everything since 2000.
    let now = chrono::Utc::now().to_rfc3339();
    for (since, expected) in [(now.as_str(), 0), ("2000-01-01T00:00:00Z", 1)] {
        let body = parameters(
            &coverage,
            &[
                (
                    "questionnaire",
                    json!("https://crd.example.org/fhir/Questionnaire/bcbsla-00666"),
                ),
                ("changedsince", json!(since)),
            ],
        );
        let (status, out) = package(&app, &body).await;
        assert_eq!(status, 200, "{out}");
        assert_eq!(
            named(&out, "packagebundle").len(),
            expected,
            "{since}: {}",
            outcome_text(&out)
        );
    }
}

#[tokio::test]
async fn bad_package_requests_get_an_operation_outcome() {
    load_fixtures().await;
    let app = spawn_app().await;
    let coverage = coverage_of(&sample_chart("lhcc-pain"));
    let order = lhcc_orders("ex-lhcc-1").remove(0);
    let q = json!("https://crd.example.org/fhir/Questionnaire/bcbsla-00666");
    let cases: Vec<(Value, u16, &str)> = vec![
        (json!({ "resourceType": "Patient" }), 400, "Parameters"),
        (json!({ "resourceType": "Parameters" }), 400, "parameter"),
        (
            json!({ "resourceType": "Parameters", "parameter": [{ "name": "questionnaire", "valueCanonical": q }] }),
            400,
            "coverage",
        ),
        (
            json!({ "resourceType": "Parameters", "parameter": [
                { "name": "coverage", "resource": coverage }, { "name": "coverage", "resource": coverage },
                { "name": "questionnaire", "valueCanonical": q }] }),
            400,
            "exactly one 'coverage'",
        ),
        (parameters(&coverage, &[]), 400, "dtr-1"),
        (
            parameters(
                &coverage,
                &[("order", json!({ "resourceType": "Patient", "id": "x" }))],
            ),
            400,
            "'order' must hold",
        ),
        (
            parameters(
                &coverage,
                &[
                    ("changedsince", json!("yesterday")),
                    ("order", order.clone()),
                ],
            ),
            400,
            "changedsince",
        ),
        (
            parameters(
                &coverage,
                &[("color", json!("blue")), ("order", order.clone())],
            ),
            400,
            "'color' is not a parameter",
        ),
        (
            parameters(
                &json!({ "resourceType": "Coverage", "id": "c", "status": "active" }),
                &[("order", order.clone())],
            ),
            400,
            "beneficiary",
        ),
        (
            // #16 7: the draft's qr-coverage would reference nothing.
            parameters(
                &{
                    let mut c = coverage.clone();
                    c.as_object_mut().unwrap().remove("id");
                    c
                },
                &[("order", order.clone())],
            ),
            400,
            "Coverage.id",
        ),
        (
            parameters(&coverage, &[("context", json!("no-such-assertion"))]),
            404,
            "no-such-assertion",
        ),
    ];
    for (body, status, expected) in cases {
        let (got, out) = package(&app, &body).await;
        assert_eq!(got, status, "{body}: {out}");
        assert_eq!(out["resourceType"], "OperationOutcome", "{out}");
        let msg = out["issue"][0]["diagnostics"].as_str().unwrap_or_default();
        assert!(msg.contains(expected), "'{expected}' not in '{msg}'");
    }
    let resp = app
        .signed(
            reqwest::Method::POST,
            "/fhir/Questionnaire/$questionnaire-package",
        )
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
    let resp = app
        .signed(
            reqwest::Method::POST,
            "/fhir/Questionnaire/$questionnaire-package",
        )
        .header("content-type", "text/plain")
        .body("hello")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 415);
}

#[tokio::test]
async fn a_context_about_another_patient_is_refused() {
    load_fixtures().await;
    let app = spawn_app().await;
    let (_, _, info) = sign_lhcc(&app, "ex-lhcc-1").await;
    let assertion = sub(&info, "coverage-assertion-id").unwrap();
    let mut coverage = coverage_of(&sample_chart("lhcc-pain"));
    coverage["beneficiary"]["reference"] = json!("Patient/somebody-else");
    let (status, out) = package(&app, &parameters(&coverage, &[("context", assertion)])).await;
    assert_eq!(status, 400, "{out}");
    assert!(out["issue"][0]["diagnostics"]
        .as_str()
        .unwrap()
        .contains("another patient"));
}

#[tokio::test]
async fn the_launch_card_is_off_unless_a_server_turns_it_on() {
    let app = spawn_app_with(|s| s.database.url = temp_db()).await;
    let req = request_without_trial("no-card");
    let (status, body) = app.hook(SERVICE, &req).await;
    assert_eq!(status, 200);
    assert!(!body.to_string().contains("\"smart\""), "{body}");
    // Turned on: the card carries the assertion, the Questionnaire and the orders, and is conformant
    // (conformance checks smart links too); discovery offers the client's `dtr-launch` option.
    let app = spawn_app_with(|s| {
        s.database.url = temp_db();
        s.dtr.launch_card = true;
    })
    .await;
    let (_, body) = app.hook(SERVICE, &req).await;
    assert_conformant(&body, "order-sign", Version::V2_2);
    let (_, info) = coverage_infos(&body).remove(0);
    let launch = body["cards"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["links"].as_array().cloned().unwrap_or_default())
        .find(|l| l["type"] == "smart")
        .expect("a SMART launch link");
    let app_context: Value = serde_json::from_str(launch["appContext"].as_str().unwrap()).unwrap();
    assert_eq!(
        app_context["coverageAssertionId"],
        sub(&info, "coverage-assertion-id").unwrap()
    );
    assert_eq!(
        app_context["questionnaire"][0],
        sub(&info, "questionnaire").unwrap()
    );
    assert!(!app_context["order"].as_array().unwrap().is_empty());
    let discovery: Value = app.get("/cds-services").await.json().await.unwrap();
    assert!(
        discovery["services"][0]["extension"]["davinci-crd.configuration-options"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["code"] == "dtr-launch")
    );
}

#[tokio::test]
async fn a_response_documents_the_assertion_of_the_order_its_context_names() {
    let app = spawn_app_with(|s| s.database.url = temp_db()).await;
    let patient = crate::helpers::fresh_patient("ctx");
    let first = request_without_trial(&patient);
    let (_, a1, ext) = sign(&app, &first).await;
    // A second pair of orders for the same patient, signed later: a newer assertion under the same policy.
    let second: Value = serde_json::from_str(
        &first
            .to_string()
            .replace(&format!("{patient}-sr7"), &format!("{patient}-sr7b"))
            .replace(&format!("{patient}-dr8"), &format!("{patient}-dr8b")),
    )
    .unwrap();
    let (_, a2, _) = sign(&app, &second).await;
    assert_ne!(a1, a2);
    let questionnaire = sub(&ext, "questionnaire").unwrap();
    let qr = json!({
        "resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": questionnaire,
        "extension": [{ "url": format!("{DTR}/qr-context"),
                        "valueReference": { "reference": format!("ServiceRequest/{patient}-sr7") } }],
        "subject": { "reference": format!("Patient/{patient}") },
        "item": [{ "linkId": "pain-trial", "answer": [{ "valueBoolean": true }] }]
    });
    let resp = submit(&app, &qr).await;
    assert_eq!(resp.status(), 201);
    assert_eq!(resp.headers()["x-coverage-assertion-id"], a1.as_str());
    // Without the context the newest open assertion is documented.
    let mut qr = qr;
    qr.as_object_mut().unwrap().remove("extension");
    let resp = submit(&app, &qr).await;
    assert_eq!(resp.headers()["x-coverage-assertion-id"], a2.as_str());
}

/// `node tests/fhir-server/fhirpath-eval.js`: a Questionnaire's initialExpressions evaluated by Medplum's FHIRPath
/// (as an SDC form filler would) over a sample chart; linkId → true / false / null.
fn client_prefill(questionnaire: &Value, chart: &[Value]) -> Vec<(String, Value)> {
    use std::io::Write;
    let patient = chart
        .iter()
        .find(|r| r["resourceType"] == "Patient")
        .unwrap()["id"]
        .clone();
    let input = json!({ "questionnaire": questionnaire, "resources": chart, "patient": patient });
    let mut child = std::process::Command::new("node")
        .arg(repo_path("tests/fhir-server/fhirpath-eval.js"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("node runs (scripts/test.sh installs tests/fhir-server)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}: {}",
        questionnaire["id"],
        String::from_utf8_lossy(&out.stderr)
    );
    let values: serde_json::Map<String, Value> = serde_json::from_slice(&out.stdout).unwrap();
    values.into_iter().collect()
}

/// Every initialExpression is FHIRPath a client can run on every sample chart, giving a boolean or nothing; and
/// on the LHCC chart what the client fills agrees with what the server prefilled.
#[tokio::test]
async fn initial_expressions_run_in_a_fhirpath_engine_and_agree_with_the_server() {
    let samples = [
        "bcbsla-pain",
        "lhcc-pain",
        "capbluecross-sample",
        "bcbsal-sample",
        "anthem-ct-sample",
    ];
    let dir = repo_path("fhir-resources/questionnaires");
    let mut filled = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let q: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for sample in samples {
            let values = client_prefill(&q, &sample_chart(sample));
            assert!(!values.is_empty(), "{}: no expressions", q["id"]);
            for (link, v) in &values {
                assert!(v.is_boolean() || v.is_null(), "{link}: {v}");
            }
            filled += values.iter().filter(|(_, v)| !v.is_null()).count();
        }
    }
    assert!(
        filled >= 20,
        "the expressions fill items on the samples: {filled}"
    );
    // bcbsla-pain's chart has G89.4: the client finds the pain diagnosis, as the engine does.
    let bcbsla: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("bcbsla-00666.json")).unwrap())
            .unwrap();
    let values = client_prefill(&bcbsla, &sample_chart("bcbsla-pain"));
    assert_eq!(answer(&values, "pain-diagnosis"), Some(&json!(true)));

    // On the LHCC chart: every item both the client and the server fill, they fill alike.
    load_fixtures().await;
    let app = spawn_app().await;
    let (_, _, info) = sign_lhcc(&app, "ex-lhcc-1").await;
    let chart = sample_chart("lhcc-pain");
    let (_, out) = package(
        &app,
        &parameters(
            &coverage_of(&chart),
            &[("context", sub(&info, "coverage-assertion-id").unwrap())],
        ),
    )
    .await;
    let (q, qr) = check_bundle(named(&out, "packagebundle")[0]);
    let server = answers(&qr);
    let client = client_prefill(&q, &chart);
    let mut both = 0;
    for (link, v) in client.iter().filter(|(_, v)| !v.is_null()) {
        if let Some(s) = answer(&server, link) {
            assert_eq!(s, v, "{link}: server {s}, client {v}");
            both += 1;
        }
    }
    assert!(both >= 1, "client {client:?} server {server:?}");
}
