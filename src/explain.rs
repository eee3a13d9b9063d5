//! Decision traces for payer staff: the full reasoning behind each decision, offline (`crd-server explain`) or
//! over HTTP (`POST /explain/{service id}` with a hook request).
//!
//! Owns: turning a chart Bundle + orders into the hook request the service would receive, and rendering
//! decisions as text or JSON. The decision itself is `hooks::decide`, the same path a hook call takes.

use serde_json::{json, Value};

use crate::hooks::Decided;
use crate::policy::eval::{FindingKind, Truth};

/// An `order-sign` request whose prefetch is the whole chart (a Bundle of any type) and whose draft orders are
/// `orders` (resources, or Bundles of them).
pub fn request_from_chart(chart: &Value, orders: &[Value]) -> Result<Value, String> {
    let resources: Vec<&Value> = match chart["resourceType"].as_str() {
        Some("Bundle") => chart["entry"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| &e["resource"])
            .collect(),
        Some(_) => vec![chart],
        None => return Err("the chart is not a FHIR resource or Bundle".into()),
    };
    let patient = resources
        .iter()
        .find(|r| r["resourceType"] == "Patient")
        .ok_or("the chart has no Patient")?;
    let patient_id = patient["id"]
        .as_str()
        .ok_or("the chart's Patient has no id")?;
    // Every template of the order-sign service, filled from the chart (one table: the discovery document).
    let (_, services) = crate::hooks::load_services().map_err(|e| format!("{e:#}"))?;
    let service = services
        .iter()
        .find(|s| s.hook == "order-sign")
        .ok_or("no order-sign service")?;
    let mut prefetch = serde_json::Map::new();
    prefetch.insert("patient".into(), (*patient).clone());
    for (key, template) in service.prefetch.iter().filter(|(k, _)| *k != "patient") {
        let types = crate::hooks::gather::template_types(template);
        let entries: Vec<Value> = resources
            .iter()
            .filter(|r| types.iter().any(|t| r["resourceType"] == *t))
            .map(|r| json!({ "resource": r }))
            .collect();
        prefetch.insert(
            key.clone(),
            json!({ "resourceType": "Bundle", "type": "searchset", "entry": entries }),
        );
    }
    let mut draft = Vec::new();
    for order in orders {
        match order["resourceType"].as_str() {
            Some("Bundle") => {
                draft.extend(order["entry"].as_array().into_iter().flatten().cloned())
            }
            Some(_) => draft.push(json!({ "resource": order })),
            None => return Err("an order is not a FHIR resource or Bundle".into()),
        }
    }
    Ok(json!({
        "hook": "order-sign",
        "hookInstance": uuid::Uuid::new_v4().to_string(),
        "context": {
            "userId": "Practitioner/explain",
            "patientId": patient_id,
            "draftOrders": { "resourceType": "Bundle", "type": "collection", "entry": draft },
        },
        "prefetch": prefetch,
    }))
}

pub fn decisions_json(decided: &Decided) -> Value {
    json!({
        "payer": decided.payer_id,
        "policy": decided.policy.policy.id,
        "policyTitle": format!("{} {} — {}", decided.policy.policy.payer.name, decided.policy.policy.number, decided.policy.policy.title),
        "coverage": decided.coverage_reference,
        "decisions": decided.orders.iter().map(|o| &o.decision).collect::<Vec<_>>(),
    })
}

fn truth_word(kind: FindingKind, truth: Truth) -> &'static str {
    match (kind, truth) {
        (FindingKind::Indication, Truth::Met) => "applies",
        (FindingKind::Indication, Truth::NotMet) => "does not apply",
        (FindingKind::Indication, Truth::Unknown) => "may apply",
        (FindingKind::Exclusion, Truth::Met) => "APPLIES",
        (FindingKind::Exclusion, Truth::NotMet) => "does not apply",
        (_, Truth::Met) => "met",
        (_, Truth::NotMet) => "NOT MET",
        (_, Truth::Unknown) => "unknown",
    }
}

/// The decision trace as text: every criterion looked at, its truth, evidence and citation.
pub fn render_trace(decided: &Decided) -> String {
    let p = &decided.policy.policy;
    let mut out = format!(
        "Payer {} — policy {} ({} {}: {}), {}\n",
        decided.payer_id, p.id, p.payer.name, p.number, p.title, decided.coverage_reference
    );
    if decided.orders.is_empty() {
        out.push_str("No order has a code this policy decides on.\n");
    }
    for order in &decided.orders {
        let d = &order.decision;
        let codes: Vec<String> = order
            .billing_codes
            .iter()
            .map(|c| format!("{} {}", c.system.short_name(), c.code))
            .collect();
        out.push_str(&format!(
            "\n{} ({}): {}{}\n",
            d.order,
            codes.join(", "),
            serde_json::to_value(d.outcome)
                .ok()
                .and_then(|v| v.as_str().map(str::to_uppercase))
                .unwrap_or_default(),
            d.indication
                .as_ref()
                .map(|i| format!(" — {i}"))
                .unwrap_or_default()
        ));
        for f in &d.findings {
            let indent = if f.kind == FindingKind::Indication || f.kind == FindingKind::Gate {
                "  "
            } else {
                "    "
            };
            let kind = serde_json::to_value(f.kind)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default();
            out.push_str(&format!(
                "{indent}[{kind}] {} — {}",
                f.text,
                truth_word(f.kind, f.truth)
            ));
            if !f.note.is_empty() {
                out.push_str(&format!(": {}", f.note));
            }
            out.push('\n');
            if !f.evidence.is_empty() {
                out.push_str(&format!(
                    "{indent}    evidence: {}\n",
                    f.evidence.join(", ")
                ));
            }
            out.push_str(&format!("{indent}    source: {}\n", f.citation));
        }
        if !d.open_items.is_empty() {
            out.push_str("  questionnaire asks:\n");
            for item in &d.open_items {
                out.push_str(&format!("    - {} ({})\n", item.text, item.link_id));
            }
        }
    }
    out
}
