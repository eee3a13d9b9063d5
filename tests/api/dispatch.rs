//! order-dispatch and appointment-book name their orders by reference (#16 items 5 and 6): the CRD 2.2 standard
//! prefetch templates (`serviceRequests`, `deviceRequests`) carry them, crd-server uses what was prefetched before
//! reading anything, and executes the same templates itself against fhirServer for what was not.

use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, ResponseTemplate};

use crate::helpers::{
    coverage_infos, sample_order_sign, searchset, spawn_app, spawn_app_with, sub,
};

/// The sample's draft order of `resource_type`.
fn sample_order(resource_type: &str) -> Value {
    sample_order_sign()["context"]["draftOrders"]["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["resource"].clone())
        .find(|r| r["resourceType"] == resource_type)
        .unwrap()
}

/// The sample order-sign request turned into an order-dispatch of `orders` (its prefetch kept).
fn dispatch_of(orders: &[&str]) -> Value {
    let mut req = sample_order_sign();
    req["hook"] = json!("order-dispatch");
    let ctx = req["context"].as_object_mut().unwrap();
    ctx.remove("draftOrders");
    ctx.insert("dispatchedOrders".into(), json!(orders));
    ctx.insert("performer".into(), json!("Organization/ex-surgery-center"));
    req
}

#[tokio::test]
async fn order_dispatch_is_decided_from_the_prefetch_alone() {
    let app = spawn_app().await;
    let mut req = dispatch_of(&["ServiceRequest/ex-bcbsla-1-sr7"]);
    let obj = req.as_object_mut().unwrap();
    obj.remove("fhirServer");
    obj.remove("fhirAuthorization");
    req["prefetch"]["serviceRequests"] = searchset(&[sample_order("ServiceRequest")]);
    let (status, body) = app.hook("order-dispatch-crd", &req).await;
    assert_eq!(status, 200, "{body}");
    let infos = coverage_infos(&body);
    assert_eq!(infos.len(), 1, "{body}");
    assert_eq!(infos[0].0, "ServiceRequest/ex-bcbsla-1-sr7");
    assert!(sub(&infos[0].1, "covered").is_some(), "{body}");

    // Not prefetched and no fhirServer: the 412 names the order and the keys that would carry it.
    req["prefetch"]
        .as_object_mut()
        .unwrap()
        .remove("serviceRequests");
    let (status, body) = app.hook("order-dispatch-crd", &req).await;
    assert_eq!(status, 412, "{body}");
    let text = body.to_string();
    assert!(
        text.contains("ServiceRequest/ex-bcbsla-1-sr7") && text.contains("serviceRequests"),
        "{body}"
    );
}

#[tokio::test]
async fn order_dispatch_reads_only_the_orders_the_prefetch_lacks_with_the_standard_template() {
    let ehr = crate::helpers::mock_ehr("bcbsla-pain").await;
    let base = format!("{}/fhir", ehr.uri());
    let allowed = base.clone();
    let app = spawn_app_with(move |s| s.fhir.allowlist.push(allowed)).await;
    Mock::given(method("GET"))
        .and(path("/fhir/DeviceRequest"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(searchset(&[sample_order("DeviceRequest")])),
        )
        .with_priority(1)
        .mount(&ehr)
        .await;
    let mut req = dispatch_of(&[
        "ServiceRequest/ex-bcbsla-1-sr7",
        "DeviceRequest/ex-bcbsla-1-dr8",
    ]);
    req["fhirServer"] = json!(base);
    req["prefetch"]["serviceRequests"] = searchset(&[sample_order("ServiceRequest")]);
    let (status, body) = app.hook("order-dispatch-crd", &req).await;
    assert_eq!(status, 200, "{body}");
    let mut decided: Vec<String> = coverage_infos(&body).into_iter().map(|(o, _)| o).collect();
    decided.sort();
    assert_eq!(
        decided,
        [
            "DeviceRequest/ex-bcbsla-1-dr8",
            "ServiceRequest/ex-bcbsla-1-sr7"
        ],
        "{body}"
    );
    let requests = ehr.received_requests().await.unwrap();
    assert!(
        !requests
            .iter()
            .any(|r| r.url.path().contains("ServiceRequest")),
        "the prefetched order was read again: {:?}",
        requests
            .iter()
            .map(|r| r.url.to_string())
            .collect::<Vec<_>>()
    );
    // The DeviceRequest came from the deviceRequests template, filled by crd-server (one search, no read).
    let device: Vec<String> = requests
        .iter()
        .filter(|r| r.url.path().contains("DeviceRequest"))
        .map(|r| r.url.to_string())
        .collect();
    assert_eq!(device.len(), 1, "{device:?}");
    assert!(
        device[0].ends_with("/fhir/DeviceRequest?_id=ex-bcbsla-1-dr8"),
        "{device:?}"
    );
}

/// The sample order-sign request turned into an appointment-book of one Appointment (its prefetch kept). The
/// Appointment's own serviceType is an office visit, no pump code: only what it is based on can be decided.
fn booking(appointment_extra: Value) -> Value {
    let mut req = sample_order_sign();
    req["hook"] = json!("appointment-book");
    let ctx = req["context"].as_object_mut().unwrap();
    ctx.remove("draftOrders");
    let mut appointment = json!({
        "resourceType": "Appointment", "id": "ex-bcbsla-1-appt9", "status": "proposed",
        "serviceType": [{ "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "99213" }] }],
        "start": "2026-12-10T09:00:00Z", "end": "2026-12-10T11:00:00Z",
        "participant": [{ "actor": { "reference": "Patient/ex-bcbsla-1" }, "status": "accepted" }]
    });
    for (k, v) in appointment_extra.as_object().unwrap() {
        appointment[k] = v.clone();
    }
    ctx.insert(
        "appointments".into(),
        json!({ "resourceType": "Bundle", "type": "collection", "entry": [{ "resource": appointment }] }),
    );
    req
}

#[tokio::test]
async fn an_appointment_based_on_a_service_request_updates_the_service_request() {
    let app = spawn_app().await;
    let mut req =
        booking(json!({ "basedOn": [{ "reference": "ServiceRequest/ex-bcbsla-1-sr7" }] }));
    req["prefetch"]["serviceRequests"] = searchset(&[sample_order("ServiceRequest")]);
    let (status, body) = app.hook("appointment-book-crd", &req).await;
    assert_eq!(status, 200, "{body}");
    let infos = coverage_infos(&body);
    // The decision is about the ServiceRequest's pump code, and the extension goes on the ServiceRequest only.
    assert_eq!(infos.len(), 1, "{body}");
    assert_eq!(infos[0].0, "ServiceRequest/ex-bcbsla-1-sr7", "{body}");
    let action = &body["systemActions"][0];
    assert_eq!(action["type"], "update", "{body}");
    assert_eq!(
        action["resource"]["code"],
        sample_order("ServiceRequest")["code"]
    );

    // The same booking without the ServiceRequest at hand (no prefetch, no fhirServer): nothing to decide on.
    req["prefetch"]
        .as_object_mut()
        .unwrap()
        .remove("serviceRequests");
    let (status, body) = app.hook("appointment-book-crd", &req).await;
    assert_eq!(status, 200, "{body}");
    assert!(coverage_infos(&body).is_empty(), "{body}");
}

#[tokio::test]
async fn an_appointment_based_on_a_contained_service_request_is_decided_on_its_code() {
    let app = spawn_app().await;
    let mut sr = sample_order("ServiceRequest");
    sr["id"] = json!("booked");
    let req = booking(json!({
        "contained": [sr],
        "basedOn": [{ "reference": "#booked" }]
    }));
    let (status, body) = app.hook("appointment-book-crd", &req).await;
    assert_eq!(status, 200, "{body}");
    let infos = coverage_infos(&body);
    // A contained ServiceRequest cannot be updated on its own: the Appointment carries the extension.
    assert_eq!(infos.len(), 1, "{body}");
    assert_eq!(infos[0].0, "Appointment/ex-bcbsla-1-appt9", "{body}");
}

#[tokio::test]
async fn an_appointments_service_request_is_read_with_the_standard_template() {
    let ehr = crate::helpers::mock_ehr("bcbsla-pain").await;
    let base = format!("{}/fhir", ehr.uri());
    let allowed = base.clone();
    let app = spawn_app_with(move |s| s.fhir.allowlist.push(allowed)).await;
    Mock::given(method("GET"))
        .and(path("/fhir/ServiceRequest"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(searchset(&[sample_order("ServiceRequest")])),
        )
        .with_priority(1)
        .mount(&ehr)
        .await;
    let mut req =
        booking(json!({ "basedOn": [{ "reference": "ServiceRequest/ex-bcbsla-1-sr7" }] }));
    req["fhirServer"] = json!(base);
    let (status, body) = app.hook("appointment-book-crd", &req).await;
    assert_eq!(status, 200, "{body}");
    let infos = coverage_infos(&body);
    assert_eq!(infos.len(), 1, "{body}");
    assert_eq!(infos[0].0, "ServiceRequest/ex-bcbsla-1-sr7");
    let searched: Vec<String> = ehr
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.url.path().contains("ServiceRequest"))
        .map(|r| r.url.to_string())
        .collect();
    assert_eq!(searched.len(), 1, "{searched:?}");
    assert!(
        searched[0].ends_with("/fhir/ServiceRequest?_id=ex-bcbsla-1-sr7"),
        "{searched:?}"
    );
}

/// The older order-dispatch context (CRD 2.0.1's hook version, the Inferno kit): one `order` and a `task`, the
/// order prefetched under the kit's own key `order`. Read without any fhirServer; and no order at all is a 400.
#[tokio::test]
async fn the_older_order_context_is_read_from_an_undeclared_prefetch_key() {
    let app = spawn_app().await;
    let mut req = dispatch_of(&[]);
    let obj = req.as_object_mut().unwrap();
    obj.remove("fhirServer");
    obj.remove("fhirAuthorization");
    let ctx = req["context"].as_object_mut().unwrap();
    ctx.remove("dispatchedOrders");
    ctx.insert("order".into(), json!("DeviceRequest/ex-bcbsla-1-dr8"));
    ctx.insert(
        "task".into(),
        json!({ "resourceType": "Task", "status": "draft", "intent": "order",
                "focus": { "reference": "DeviceRequest/ex-bcbsla-1-dr8" },
                "for": { "reference": "Patient/ex-bcbsla-1" } }),
    );
    req["prefetch"]["order"] = sample_order("DeviceRequest");
    let (status, body) = app.hook("order-dispatch-crd", &req).await;
    assert_eq!(status, 200, "{body}");
    let infos = coverage_infos(&body);
    assert_eq!(infos.len(), 1, "{body}");
    assert_eq!(infos[0].0, "DeviceRequest/ex-bcbsla-1-dr8");

    req["context"].as_object_mut().unwrap().remove("order");
    let (status, body) = app.hook("order-dispatch-crd", &req).await;
    assert_eq!(status, 400, "{body}");
    assert!(body.to_string().contains("dispatchedOrders"), "{body}");
}

/// An Appointment whose ServiceRequest cannot be had is decided on its own pump `serviceType`, as before.
#[tokio::test]
async fn an_appointment_whose_service_request_is_unavailable_is_decided_on_its_own_code() {
    let app = spawn_app().await;
    let req = booking(json!({
        "basedOn": [{ "reference": "ServiceRequest/not-anywhere" }],
        "serviceType": [{ "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "62362" }] }]
    }));
    let (status, body) = app.hook("appointment-book-crd", &req).await;
    assert_eq!(status, 200, "{body}");
    let infos = coverage_infos(&body);
    assert_eq!(infos.len(), 1, "{body}");
    assert_eq!(infos[0].0, "Appointment/ex-bcbsla-1-appt9");
}
