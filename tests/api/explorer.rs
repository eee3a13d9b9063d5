//! The policy explorer: every policy with its criteria, citations and questionnaire items; search by code in a
//! real browser; off in the production configuration.

use crd_server::policy::codes::{Code, CodeSystem};
use serde_json::Value;

use crate::helpers::{repo_path, spawn_app, spawn_app_with};

fn policies() -> crd_server::policy::PolicySet {
    crd_server::policy_files::load_policies(&repo_path("fhir-resources/policies")).unwrap()
}

async fn page(address: &str, query: &str) -> (u16, String) {
    let resp = reqwest::Client::new()
        .get(format!("{address}/policies{query}"))
        .header("accept", "text/html,application/xhtml+xml,*/*;q=0.8")
        .send()
        .await
        .unwrap();
    (resp.status().as_u16(), resp.text().await.unwrap())
}

#[tokio::test]
async fn the_explorer_shows_every_criterion_with_its_citation_and_question() {
    let app = spawn_app().await;
    let (status, html) = page(&app.address, "").await;
    assert_eq!(status, 200);
    for p in policies().all() {
        let policy = &p.policy;
        assert!(html.contains(&format!("data-policy-id=\"{}\"", policy.id)));
        for ind in &policy.indications {
            for c in ind.criteria.iter().chain(&ind.exclusions) {
                let id = format!("id=\"{}-{}\"", policy.id, c.id);
                let at = html.find(&id).unwrap_or_else(|| panic!("{id} missing"));
                let item = &html[at..at + html[at..].find("</li>").unwrap()];
                let esc = |t: &str| crd_server::html::escape_html(t);
                assert!(item.contains(&esc(&c.citation)), "{item}");
                assert!(item.contains(&esc(&c.question.link_id)), "{item}");
            }
        }
    }
    // API clients still get JSON.
    let list: Value = reqwest::get(format!("{}/policies", app.address))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        list["policies"].as_array().unwrap().len(),
        policies().all().len()
    );
}

#[tokio::test]
async fn searching_62362_in_the_browser_finds_every_policy_that_covers_it() {
    let app = spawn_app().await;
    let expected: Vec<String> = policies()
        .all()
        .iter()
        .filter(|p| p.covers_code(&Code::new(CodeSystem::Cpt, "62362")))
        .map(|p| p.policy.id.clone())
        .collect();
    assert!(expected.len() >= 3, "{expected:?}");
    let artifacts = repo_path("target/artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let result = crate::helpers::run_node(
        "tests/browser/policies.js",
        vec![
            app.address.clone(),
            "62362".into(),
            artifacts.join("policy-explorer.png").display().to_string(),
        ],
    )
    .await;
    assert_eq!(result["all"], policies().all().len());
    // axe-core's WCAG 2.1 A/AA rules (labels, contrast, landmarks, names) find nothing on the page.
    assert_eq!(result["accessibility"], serde_json::json!([]), "{result}");
    let mut shown: Vec<String> = serde_json::from_value(result["shown"].clone()).unwrap();
    shown.sort();
    let mut expected = expected;
    expected.sort();
    assert_eq!(shown, expected, "{result}");
    // A code only one policy decides on (the hepatic-artery catheter, CPT 36260): only that policy.
    let (_, html) = page(&app.address, "?code=36260").await;
    assert_eq!(html.matches("data-policy-id=").count(), 1, "{html}");
    assert!(html.contains("data-policy-id=\"anthem-ct-cg-surg-79\""));
    // A code no policy has: nothing shown, said so.
    let (_, html) = page(&app.address, "?code=99999").await;
    assert!(!html.contains("data-policy-id"));
    assert!(html.contains("0 of 5 policies match code 99999"));
}

#[tokio::test]
async fn the_production_configuration_serves_no_explorer() {
    let production =
        crd_server::config::Settings::load(Some(&repo_path("deploy/crd-server.toml"))).unwrap();
    assert!(!production.demo.enabled);
    let app = spawn_app_with(|s| s.demo.enabled = false).await;
    let (status, body) = page(&app.address, "?code=62362").await;
    assert_eq!(status, 404, "{body}");
    assert!(!body.contains("<html"));
    let resp = reqwest::get(format!("{}/policies", app.address))
        .await
        .unwrap();
    assert_eq!(resp.status(), 200, "the JSON API stays");
}
