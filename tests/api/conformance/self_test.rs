//! The checker checked: a conformant document of each kind passes untouched, and for every rule of `profiles` and
//! `inferno` a copy broken in that one way is refused *by that rule* (so no rule can silently pass). The last test
//! makes sure every rule of both tables has such a case.

use serde_json::{json, Value};

use super::{hook_violations, inferno, profiles, Out, Version};

const CI: &str = "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";
const DTR: &str = "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition";

fn coverage_information(version: Version) -> Value {
    let mut subs = vec![
        json!({ "url": "coverage", "valueReference": { "reference": "Coverage/cov-1" } }),
        json!({ "url": "covered", "valueCode": "conditional" }),
        json!({ "url": "pa-needed", "valueCode": "auth-needed" }),
        json!({ "url": "doc-needed", "valueCode": "clinical" }),
        json!({ "url": "doc-purpose", "valueCode": "withpa" }),
        json!({ "url": "info-needed", "valueCode": "OTH" }),
        json!({ "url": "reason", "valueCodeableConcept": { "text": "The trial's pain scores are not on the chart" } }),
        json!({ "url": "questionnaire", "valueCanonical": "http://crd.example.org/fhir/Questionnaire/q|1" }),
        json!({ "url": "date", "valueDate": "2026-12-07" }),
        json!({ "url": "coverage-assertion-id", "valueString": "ca-1" }),
    ];
    if version == Version::V2_2 {
        subs.push(json!({ "url": "expiry-date", "valueDate": "2027-06-07" }));
        subs.push(json!({ "url": "detail", "extension": [
            { "url": "category", "valueCode": "cat-other" },
            { "url": "code", "valueCodeableConcept": { "coding": [{
                "system": "http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp", "code": "policy-link", "display": "Policy Link" }] } },
            { "url": "value", "valueUrl": "https://payer.example.org/policy/1" }
        ] }));
    }
    json!({ "url": CI, "extension": subs })
}

fn service_request(version: Version) -> Value {
    json!({
        "resourceType": "ServiceRequest", "id": "sr-1", "status": "draft", "intent": "order",
        "code": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "62362" }] },
        "subject": { "reference": "Patient/p-1" }, "authoredOn": "2026-12-07",
        "requester": { "reference": "Practitioner/pr-1" },
        "extension": [coverage_information(version)]
    })
}

fn response(version: Version) -> Value {
    let (system, _) = profiles::card_types(version);
    json!({
        "cards": [{
            "uuid": "c-1", "summary": "Payer medical policy for implantable pumps", "indicator": "info",
            "source": { "label": "crd-server", "topic": { "system": system, "code": "guideline", "display": "Guideline" } },
            "links": [{ "label": "Policy", "url": "https://payer.example.org/policy/1", "type": "absolute" }]
        }],
        "systemActions": [{ "type": "update", "description": "Coverage information", "resource": service_request(version) }]
    })
}

fn appointment() -> Value {
    json!({
        "resourceType": "Appointment", "id": "ap-1", "status": "proposed",
        "requestedPeriod": [{ "start": "2027-01-04T09:00:00Z", "end": "2027-01-04T10:00:00Z" }],
        "participant": [
            { "actor": { "reference": "Patient/p-1" }, "status": "needs-action" },
            { "type": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "code": "PPRF" }] }],
              "actor": { "reference": "Practitioner/pr-1" }, "status": "accepted" }
        ],
        "extension": [coverage_information(Version::V2_2)]
    })
}

fn discovery() -> Value {
    json!({ "services": [{
        "hook": "order-sign", "id": "order-sign-crd", "description": "Coverage requirements",
        "extension": {
            "davinci-crd.version": ["2.2", "2.0"],
            "davinci-crd.configuration-options": [
                { "code": "coverage-info", "type": "boolean", "name": "Coverage", "description": "On or off", "default": true },
                { "code": "max-cards", "type": "integer", "name": "Cards", "description": "At most", "default": 10 }
            ]
        }
    }] })
}

fn package() -> Value {
    json!({ "resourceType": "Parameters", "parameter": [
        { "name": "packagebundle", "resource": { "resourceType": "Bundle", "type": "collection", "entry": [
            { "resource": { "resourceType": "Questionnaire", "url": "http://crd.example.org/q", "status": "active",
                "subjectType": ["Patient"], "item": [{ "linkId": "1", "type": "boolean", "text": "Trial done?" }] } },
            { "resource": { "resourceType": "QuestionnaireResponse", "status": "in-progress",
                "questionnaire": "http://crd.example.org/q", "subject": { "reference": "Patient/p-1" },
                "extension": [
                    { "url": format!("{DTR}/qr-coverage"), "valueReference": { "reference": "Coverage/cov-1" } },
                    { "url": format!("{DTR}/intendedUse"), "valueCodeableConcept": { "text": "prior authorization" } }
                ],
                "item": [{ "linkId": "1", "answer": [{ "valueBoolean": true, "extension": [
                    { "url": format!("{DTR}/information-origin"), "extension": [{ "url": "source", "valueCode": "auto-server" }] }
                ] }] }] } }
        ] } },
        { "name": "outcome", "resource": { "resourceType": "OperationOutcome", "issue": [{ "severity": "information", "code": "informational" }] } }
    ] })
}

#[derive(Clone, Copy)]
enum Doc {
    /// A hook response of this version, checked for this hook.
    Hook(Version, &'static str),
    Discovery,
    Dtr,
}

fn ci_subs(body: &mut Value) -> &mut Vec<Value> {
    body["systemActions"][0]["resource"]["extension"][0]["extension"]
        .as_array_mut()
        .unwrap()
}

fn set_sub(body: &mut Value, url: &str, value: Value) {
    let subs = ci_subs(body);
    let e = subs.iter_mut().find(|e| e["url"] == url).unwrap();
    let key = e
        .as_object()
        .unwrap()
        .keys()
        .find(|k| k.starts_with("value"))
        .unwrap()
        .clone();
    e[key] = value;
}

fn drop_sub(body: &mut Value, url: &str) {
    ci_subs(body).retain(|e| e["url"] != url);
}

fn card_with(body: &mut Value, card: Value) {
    body["cards"].as_array_mut().unwrap().push(card);
}

fn plain_card(topic: &str, summary: &str) -> Value {
    json!({ "summary": summary, "indicator": "info",
        "source": { "label": "crd-server", "topic": { "system": "http://terminology.hl7.org/CodeSystem/cdshooks-card-type", "code": topic } } })
}

type Case = (&'static str, Doc, fn(&mut Value));

const V2: Doc = Doc::Hook(Version::V2_2, "order-sign");
const V0: Doc = Doc::Hook(Version::V2_0, "order-sign");

const CASES: &[Case] = &[
    ("cds.no-empty", V2, |b| b["cards"][0]["detail"] = json!("")),
    ("cds.card.schema", V2, |b| {
        b["cards"][0]["indicator"] = json!("hard-stop")
    }),
    ("cds.action.schema", V2, |b| {
        b["systemActions"][0]
            .as_object_mut()
            .unwrap()
            .remove("description");
    }),
    ("crd.card.topic", V2, |b| {
        b["cards"][0]["source"]["topic"]["system"] =
            json!("http://hl7.org/fhir/us/davinci-crd/CodeSystem/temp")
    }),
    ("crd.card.topic", V0, |b| {
        b["cards"][0]["source"]["topic"]["code"] = json!("unsolicited-determ")
    }),
    ("crd.display", V2, |b| {
        b["cards"][0]["source"]["topic"]["display"] = json!("Guidelines")
    }),
    ("crd.resp-25", V2, |b| {
        card_with(
            b,
            plain_card("coverage-info", "Covered; prior authorization needed"),
        )
    }),
    ("crd.ci.action", V2, |b| {
        b["systemActions"][0]["type"] = json!("create")
    }),
    ("crd.ci.slices", V2, |b| {
        ci_subs(b).push(json!({ "url": "copay", "valueString": "20%" }))
    }),
    ("crd.ci.slices", V0, |b| {
        ci_subs(b).push(json!({ "url": "expiry-date", "valueDate": "2027-01-01" }))
    }),
    ("crd.ci.card", V2, |b| {
        ci_subs(b).push(json!({ "url": "date", "valueDate": "2026-12-08" }))
    }),
    ("crd.ci.card", V2, |b| drop_sub(b, "coverage-assertion-id")),
    ("crd.ci.type", V2, |b| {
        set_sub(b, "date", json!("07/12/2026"))
    }),
    ("crd.ci.type", V2, |b| {
        set_sub(b, "coverage", json!({ "reference": "Patient/p-1" }))
    }),
    ("crd.ci.binding", V2, |b| {
        set_sub(b, "covered", json!("maybe"))
    }),
    ("crd.ci.binding", V0, |b| {
        set_sub(b, "covered", json!("indeterminate"))
    }),
    ("crd.ci.binding", V2, |b| {
        set_sub(b, "doc-needed", json!("both"))
    }),
    ("crd.ci.detail", V2, |b| {
        let d = ci_subs(b)
            .iter_mut()
            .find(|e| e["url"] == "detail")
            .unwrap();
        d["extension"][0]["valueCode"] = json!("cat-price");
    }),
    ("crd-ci-q1", V2, |b| drop_sub(b, "doc-needed")),
    ("crd-ci-q1", V0, |b| drop_sub(b, "doc-needed")),
    ("crd-ci-q2", V2, |b| {
        set_sub(b, "covered", json!("not-covered"))
    }),
    ("crd-ci-q2", V0, |b| drop_sub(b, "pa-needed")),
    ("crd-ci-q3", V2, |b| drop_sub(b, "info-needed")),
    ("crd-ci-q3", V0, |b| {
        set_sub(b, "covered", json!("covered"));
    }),
    ("crd-ci-q4", V2, |b| {
        set_sub(b, "pa-needed", json!("satisfied"));
        ci_subs(b).push(json!({ "url": "satisfied-pa-id", "valueString": "pa-9" }));
    }),
    ("crd-ci-q5", V2, |b| {
        ci_subs(b).push(json!({ "url": "satisfied-pa-id", "valueString": "pa-9" }))
    }),
    ("crd-ci-q6", V2, |b| drop_sub(b, "reason")),
    ("crd-ci-q7", V2, |b| {
        set_sub(
            b,
            "reason",
            json!({ "coding": [{ "system": "http://example.org/reasons", "code": "why" }] }),
        )
    }),
    ("crd-ci-q8", V2, |b| {
        set_sub(b, "info-needed", json!("performer"));
        drop_sub(b, "reason");
    }),
    ("crd-ci-q9", V2, |b| {
        set_sub(b, "covered", json!("indeterminate"));
        set_sub(b, "info-needed", json!("performer"));
        set_sub(b, "doc-purpose", json!("conditional"));
        drop_sub(b, "reason");
    }),
    ("crd.order.required", V2, |b| {
        b["systemActions"][0]["resource"]
            .as_object_mut()
            .unwrap()
            .remove("requester");
    }),
    (
        "crd.appointment.participant",
        Doc::Hook(Version::V2_2, "appointment-book"),
        |b| {
            let mut a = appointment();
            a["participant"].as_array_mut().unwrap().pop();
            b["systemActions"][0]["resource"] = a;
        },
    ),
    (
        "crd-apt1",
        Doc::Hook(Version::V2_2, "appointment-book"),
        |b| {
            let mut a = appointment();
            a["requestedPeriod"][0]
                .as_object_mut()
                .unwrap()
                .remove("start");
            b["systemActions"][0]["resource"] = a;
        },
    ),
    (
        "crd-apt2",
        Doc::Hook(Version::V2_2, "appointment-book"),
        |b| {
            let mut a = appointment();
            a["requestedPeriod"][0]
                .as_object_mut()
                .unwrap()
                .remove("end");
            b["systemActions"][0]["resource"] = a;
        },
    ),
    ("crd.discovery.version", Doc::Discovery, |d| {
        d["services"][0]["extension"]["davinci-crd.version"] = json!(["2"])
    }),
    ("crd.discovery.configuration", Doc::Discovery, |d| {
        d["services"][0]["extension"]["davinci-crd.configuration-options"][1]["default"] =
            json!("ten")
    }),
    ("dtr.package.output", Doc::Dtr, |p| {
        let outcome = p["parameter"][1].clone();
        p["parameter"].as_array_mut().unwrap().push(outcome);
    }),
    ("dtr.package.bundle", Doc::Dtr, |p| {
        p["parameter"][0]["resource"]["entry"]
            .as_array_mut()
            .unwrap()
            .pop();
    }),
    ("dtr.questionnaire", Doc::Dtr, |p| {
        p["parameter"][0]["resource"]["entry"][0]["resource"]["subjectType"] =
            json!(["Practitioner"])
    }),
    ("fhir.inv-0", Doc::Dtr, |p| {
        p["parameter"][0]["resource"]["entry"][0]["resource"]["name"] = json!("bcbsla_00666")
    }),
    ("dtr.qr", Doc::Dtr, |p| {
        p["parameter"][0]["resource"]["entry"][1]["resource"]["extension"]
            .as_array_mut()
            .unwrap()
            .pop();
    }),
    ("dtr.qr", Doc::Dtr, |p| {
        p["parameter"][0]["resource"]["entry"][1]["resource"]["item"][0]["answer"][0]
            .as_object_mut()
            .unwrap()
            .remove("extension");
    }),
    // The kit's checks.
    ("inferno.discovery_endpoint", Doc::Discovery, |d| {
        *d = json!([])
    }),
    ("inferno.discovery_services", Doc::Discovery, |d| {
        d["services"][0]
            .as_object_mut()
            .unwrap()
            .remove("description");
    }),
    ("inferno.service_response", V2, |b| {
        b["cards"][0]["source"]
            .as_object_mut()
            .unwrap()
            .remove("label");
    }),
    ("inferno.service_response.system_actions", V2, |b| {
        card_with(
            b,
            plain_card("coverage-info", "Covered; no prior authorization"),
        );
        b.as_object_mut().unwrap().remove("systemActions");
    }),
    ("inferno.card_optional_fields", V2, |b| {
        b["cards"][0]["uuid"] = json!(7)
    }),
    ("inferno.coverage_info", V2, |b| {
        let mut second = coverage_information(Version::V2_2);
        second["extension"][9]["valueString"] = json!("ca-2");
        b["systemActions"][0]["resource"]["extension"]
            .as_array_mut()
            .unwrap()
            .push(second);
    }),
    (
        "inferno.coverage_info_received",
        Doc::Hook(Version::V2_2, "appointment-book"),
        |_| {},
    ),
    ("inferno.create_or_update_coverage", V2, |b| {
        b["systemActions"].as_array_mut().unwrap().push(json!({ "type": "create", "description": "Coverage",
            "resource": { "resourceType": "Coverage", "status": "active", "payor": [{ "reference": "Organization/o" }] } }))
    }),
    ("inferno.external_reference", V2, |b| {
        b["cards"][0]["links"][0]["url"] = json!("policy/1")
    }),
    ("inferno.launch_smart_app", V2, |b| {
        let mut c = plain_card("guideline", "Complete the documentation");
        c["links"] = json!([{ "label": "DTR", "url": "dtr-app/launch", "type": "smart" }]);
        card_with(b, c);
    }),
    ("inferno.instructions", V2, |b| {
        let mut c = plain_card("guideline", "See the policy");
        c["detail"] = json!("");
        card_with(b, c);
    }),
    ("inferno.propose_alternate", V2, |b| {
        let mut c = plain_card("therapy-alternatives-opt", "Consider another pump");
        c["selectionBehavior"] = json!("at-most-one");
        c["suggestions"] = json!([{ "label": "Cancel", "actions": [
            { "type": "delete", "description": "Cancel the order", "resourceId": "ServiceRequest/sr-1" }] }]);
        card_with(b, c);
    }),
    ("inferno.form_completion", V2, |b| {
        b["systemActions"].as_array_mut().unwrap().push(json!({ "type": "create", "description": "Form",
            "resource": { "resourceType": "Task", "status": "ready", "intent": "order", "for": { "reference": "Patient/p-1" },
                "code": { "coding": [{ "code": "complete-questionnaire" }] } } }))
    }),
    ("inferno.additional_orders", V2, |b| {
        let mut c = plain_card("guideline", "Also order the refill kit");
        c["selectionBehavior"] = json!("any");
        let mut order = service_request(Version::V2_2);
        order.as_object_mut().unwrap().remove("requester");
        order.as_object_mut().unwrap().remove("extension");
        c["suggestions"] = json!([{ "label": "Order", "actions": [{ "type": "create", "description": "Refill kit", "resource": order }] }]);
        card_with(b, c);
    }),
];

fn baseline(doc: Doc) -> Value {
    match doc {
        Doc::Hook(version, "appointment-book") => {
            let mut b = response(version);
            b["systemActions"][0]["resource"] = appointment();
            b
        }
        Doc::Hook(version, _) => response(version),
        Doc::Discovery => discovery(),
        Doc::Dtr => package(),
    }
}

fn violations(doc: Doc, body: &Value) -> Out {
    match doc {
        Doc::Hook(version, hook) => hook_violations(body, hook, version, None),
        Doc::Discovery => {
            let mut out = Vec::new();
            inferno::discovery_endpoint(200, body, &mut out);
            inferno::discovery_services(body, &mut out);
            profiles::no_empty(body, "$", &mut out);
            profiles::discovery(body, &mut out);
            out
        }
        Doc::Dtr => {
            let mut out = Vec::new();
            profiles::dtr(body, "$", &mut out);
            out
        }
    }
}

#[test]
fn conformant_documents_pass_every_rule() {
    for doc in [
        V2,
        V0,
        Doc::Hook(Version::V2_2, "appointment-book"),
        Doc::Discovery,
        Doc::Dtr,
    ] {
        let body = baseline(doc);
        let out = violations(doc, &body);
        assert!(out.is_empty(), "{out:#?}\n{body:#}");
    }
}

#[test]
fn each_rule_refuses_the_document_that_breaks_it() {
    let mut missed = Vec::new();
    for (i, (rule, doc, breaks)) in CASES.iter().enumerate() {
        let mut body = baseline(*doc);
        // inferno.coverage_info_received: a DeviceRequest's coverage information answered on appointment-book
        // (a ServiceRequest is allowed there: CRD 2.2 updates the ServiceRequest an Appointment is basedOn).
        if *rule == "inferno.coverage_info_received" {
            body = response(Version::V2_2);
            body["systemActions"][0]["resource"]["resourceType"] = json!("DeviceRequest");
        }
        breaks(&mut body);
        let out = violations(*doc, &body);
        if !out.iter().any(|x| x.rule == *rule) {
            missed.push(format!(
                "case {i} ({rule}): got {:?}",
                out.iter().map(|x| x.rule).collect::<Vec<_>>()
            ));
        }
    }
    assert!(
        missed.is_empty(),
        "rules that let a broken document through:\n{}",
        missed.join("\n")
    );
}

#[test]
fn every_rule_has_a_case() {
    let uncovered: Vec<&str> = profiles::RULES
        .iter()
        .chain(inferno::RULES)
        .map(|(id, _)| *id)
        .filter(|id| !CASES.iter().any(|(r, _, _)| r == id))
        .collect();
    assert!(
        uncovered.is_empty(),
        "rules without a self-test: {uncovered:?}"
    );
}

#[test]
fn the_version_comes_from_the_request_then_the_service_id() {
    let asks = |v: &str| json!({ "extension": { "davinci-crd.requestedVersion": v } });
    assert_eq!(
        super::expected_version(&asks("2.2"), "order-sign-crd"),
        Version::V2_2
    );
    assert_eq!(
        super::expected_version(&asks("2.0"), "order-sign-crd"),
        Version::V2_0
    );
    assert_eq!(
        super::expected_version(&json!({}), "order-sign-crd-v2.0"),
        Version::V2_0
    );
    assert_eq!(
        super::expected_version(&asks("2.2"), "order-sign-crd-v2.0"),
        Version::V2_2
    );
}
