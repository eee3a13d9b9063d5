//! The conformance suite, run over every hook, discovery and DTR response the integration tests get through
//! `crate::helpers` (`TestApp::post_hook*`, `hook`, `post_raw`, `get`, `search_canonical`):
//! - `inferno`: the Inferno CRD kit's server checks, ported, one function per Ruby test;
//! - `profiles`: the structural check against the CRD 2.0.1 / 2.2.1 and DTR 2.2 profiles (a cited table);
//! - `self_test`: every rule of both fed a document that breaks it.
//!
//! Every violation fails the test that made the call.

mod examples;
pub mod inferno;
pub mod profiles;
mod self_test;

use serde_json::Value;

pub use profiles::crd_display_errors;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Version {
    V2_0,
    V2_2,
}

/// The version a request without `davinci-crd.requestedVersion` gets on a main service id: the one discovery
/// declares (dev-1, dev-3).
const DEFAULT_VERSION: Version = Version::V2_2;

#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    pub rule: &'static str,
    pub at: String,
    pub msg: String,
}

pub type Out = Vec<Violation>;

/// The CRD version a hook response must follow: the request's `extension."davinci-crd.requestedVersion"`, else
/// 2.0.1 on a `{id}-v2.0` service, else the default.
pub fn expected_version(request: &Value, service_id: &str) -> Version {
    match request["extension"]["davinci-crd.requestedVersion"].as_str() {
        Some(v) if v.starts_with("2.2") => Version::V2_2,
        Some(v) if v.starts_with("2.0") => Version::V2_0,
        _ if service_id.ends_with("-v2.0") => Version::V2_0,
        _ => DEFAULT_VERSION,
    }
}

/// Every rule a successful hook response breaks (structure and kit checks).
pub fn hook_violations(body: &Value, hook: &str, version: Version, request: Option<&Value>) -> Out {
    let mut out = Vec::new();
    inferno::hook_response(body, hook, request, &mut out);
    profiles::hook_response(body, version, &mut out);
    // An order crd-server annotates is the EHR's: a violation its copy in the request already had (a missing
    // requester, an empty string) is the request's, not crd-server's, which must add none.
    if let Some(request) = request {
        out.retain(|x| !in_request(body, request, x));
    }
    out
}

/// The rules an annotated resource is held to (the order profiles and CDS Hooks' no-empty rule).
fn resource_violations(resource: &Value, at: &str) -> Out {
    let mut out = Vec::new();
    profiles::order(resource, at, &mut out);
    profiles::no_empty(resource, at, &mut out);
    out
}

fn in_request(body: &Value, request: &Value, x: &Violation) -> bool {
    // `$.systemActions[i].resource…` → the same resource (type and id) anywhere in the request.
    let Some(i) =
        x.at.strip_prefix("$.systemActions[")
            .and_then(|r| r.split(']').next())
            .and_then(|n| n.parse::<usize>().ok())
    else {
        return false;
    };
    let res = &body["systemActions"][i]["resource"];
    let Some(original) = find(request, &res["resourceType"], &res["id"]) else {
        return false;
    };
    resource_violations(original, &format!("$.systemActions[{i}].resource")).contains(x)
}

fn find<'a>(x: &'a Value, rt: &Value, id: &Value) -> Option<&'a Value> {
    match x {
        Value::Object(o) if o.get("resourceType") == Some(rt) && o.get("id") == Some(id) => Some(x),
        Value::Object(o) => o.values().find_map(|y| find(y, rt, id)),
        Value::Array(a) => a.iter().find_map(|y| find(y, rt, id)),
        _ => None,
    }
}

fn fail_on(out: Out, what: &str, body: &Value) {
    let lines: Vec<String> = out
        .iter()
        .map(|x| format!("[{}] {}: {}", x.rule, x.at, x.msg))
        .collect();
    assert!(
        lines.is_empty(),
        "non-conformant {what}:\n{}\n{body:#}",
        lines.join("\n")
    );
}

/// The hook call `POST /cds-services/{service}` with `request` answered `status` / `body`: a 200 is checked as a
/// CDS Hooks / CRD response of the expected version; an error must be an OperationOutcome.
pub fn assert_hook_exchange(request: Option<&Value>, service: &str, status: u16, body: &Value) {
    if status != 200 {
        return assert_operation_outcome(status, body, service);
    }
    let hook = request
        .and_then(|r| r["hook"].as_str())
        .map(str::to_string)
        .unwrap_or_else(|| {
            service
                .trim_end_matches("-v2.0")
                .trim_end_matches("-crd")
                .to_string()
        });
    let version = expected_version(request.unwrap_or(&Value::Null), service);
    fail_on(
        hook_violations(body, &hook, version, request),
        &format!("{service} response ({version:?})"),
        body,
    );
}

/// An error answer is a FHIR OperationOutcome with at least one issue carrying severity and code.
pub fn assert_operation_outcome(status: u16, body: &Value, what: &str) {
    let ok = body["resourceType"] == "OperationOutcome"
        && body["issue"].as_array().is_some_and(|i| {
            !i.is_empty()
                && i.iter()
                    .all(|x| x["severity"].is_string() && x["code"].is_string())
        });
    assert!(
        ok,
        "{what}: HTTP {status} must be an OperationOutcome with issues:\n{body:#}"
    );
}

/// For tests that check one response by hand, at `version`: every rule but those on the annotated orders, which
/// need the request to tell crd-server's violations from the EHR's (the helpers run them with it).
pub fn assert_conformant(body: &Value, hook: &str, version: Version) {
    let mut out = hook_violations(body, hook, version, None);
    out.retain(|x| {
        !x.at.contains("].resource")
            || !matches!(
                x.rule,
                "crd.order.required"
                    | "crd.appointment.participant"
                    | "crd-apt1"
                    | "crd-apt2"
                    | "cds.no-empty"
            )
    });
    fail_on(out, &format!("{hook} response ({version:?})"), body);
}

/// `GET /cds-services`.
pub fn assert_discovery(status: u16, body: &Value) {
    let mut out = Vec::new();
    inferno::discovery_endpoint(status, body, &mut out);
    inferno::discovery_services(body, &mut out);
    profiles::no_empty(body, "$", &mut out);
    profiles::discovery(body, &mut out);
    fail_on(out, "discovery document", body);
}

/// A DTR answer (`$questionnaire-package` output, Questionnaire, QuestionnaireResponse, a searchset of them).
pub fn assert_dtr(body: &Value, what: &str) {
    let mut out = Vec::new();
    profiles::dtr(body, "$", &mut out);
    crd_display_errors(body, "$", &mut out);
    fail_on(out, what, body);
}
