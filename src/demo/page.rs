//! The demo EHR page: server-rendered chart (with an inline SVG of the pain scores) and the order form. The
//! page's one script (`web/demo/demo.js`) signs the form and renders the cards.

use std::fmt::Write as _;

use serde_json::Value;

use super::{DemoEhr, OrderRow, Sample, ORDER_KINDS, ORDER_SYSTEMS};
use crate::html::escape_html as esc;
use crate::policy::facts::SNOMED_ROUTES;

/// The first coding's display (or the concept's text) and code.
fn concept(c: &Value) -> (String, String) {
    let coding = &c["coding"][0];
    let display = coding["display"]
        .as_str()
        .or_else(|| c["text"].as_str())
        .unwrap_or("(no description)")
        .to_string();
    (
        display,
        coding["code"].as_str().unwrap_or_default().to_string(),
    )
}

fn date_of(r: &Value, fields: &[&str]) -> String {
    fields
        .iter()
        .find_map(|f| {
            let v = &r[*f];
            v.as_str().or_else(|| v["start"].as_str())
        })
        .map(|d| d.chars().take(10).collect())
        .unwrap_or_else(|| "—".into())
}

fn name(patient: &Value) -> String {
    let n = &patient["name"][0];
    let given: Vec<&str> = n["given"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    format!(
        "{} {}",
        given.join(" "),
        n["family"].as_str().unwrap_or_default()
    )
    .trim()
    .to_string()
}

fn age(birth: &str) -> Option<i32> {
    use chrono::Datelike;
    let b = chrono::NaiveDate::parse_from_str(birth, "%Y-%m-%d").ok()?;
    let t = chrono::Utc::now().date_naive();
    let mut years = t.year() - b.year();
    if (t.month(), t.day()) < (b.month(), b.day()) {
        years -= 1;
    }
    Some(years)
}

fn table(out: &mut String, caption: &str, heads: &[&str], rows: Vec<Vec<String>>) {
    let _ = write!(out, "<h3>{}</h3>", esc(caption));
    if rows.is_empty() {
        out.push_str("<p class=\"muted\">None on the chart.</p>");
        return;
    }
    out.push_str("<table><thead><tr>");
    for h in heads {
        let _ = write!(out, "<th scope=\"col\">{}</th>", esc(h));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for cell in row {
            let _ = write!(out, "<td>{}</td>", esc(&cell));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

/// Pain scores (LOINC 72514-3) over time: an inline SVG line chart with a text alternative.
fn pain_chart(out: &mut String, sample: &Sample) {
    let mut points: Vec<(String, f64)> = sample
        .of_type("Observation")
        .filter(|o| {
            o["code"]["coding"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|c| c["code"] == "72514-3")
        })
        .filter_map(|o| {
            let value = o["valueQuantity"]["value"]
                .as_f64()
                .or_else(|| o["valueInteger"].as_f64())?;
            let when = o["effectiveDateTime"].as_str()?.to_string();
            Some((when, value))
        })
        .collect();
    points.sort_by(|a, b| a.0.cmp(&b.0));
    out.push_str("<h3>Pain scores (0–10)</h3>");
    if points.is_empty() {
        out.push_str("<p class=\"muted\">No pain scores on the chart.</p>");
        return;
    }
    let parse = |s: &str| {
        chrono::DateTime::parse_from_rfc3339(s)
            .map(|d| d.timestamp() as f64)
            .or_else(|_| {
                chrono::NaiveDate::parse_from_str(&s[..s.len().min(10)], "%Y-%m-%d").map(|d| {
                    d.and_hms_opt(0, 0, 0)
                        .unwrap_or_default()
                        .and_utc()
                        .timestamp() as f64
                })
            })
            .unwrap_or(0.0)
    };
    let times: Vec<f64> = points.iter().map(|(w, _)| parse(w)).collect();
    let (t0, t1) = (
        times.iter().cloned().fold(f64::INFINITY, f64::min),
        times.iter().cloned().fold(f64::NEG_INFINITY, f64::max),
    );
    let (w, h, left, right, top, bottom) = (420.0, 170.0, 34.0, 16.0, 12.0, 40.0);
    // Points stay clear of the axis labels (24 px inside the plot on each side).
    let x = |t: f64| {
        if t1 > t0 {
            left + 24.0 + (t - t0) / (t1 - t0) * (w - left - right - 48.0)
        } else {
            (w + left - right) / 2.0
        }
    };
    let y = |v: f64| top + (10.0 - v.clamp(0.0, 10.0)) / 10.0 * (h - top - bottom);
    let label = points
        .iter()
        .map(|(when, v)| format!("{v} on {}", &when[..when.len().min(16)].replace('T', " ")))
        .collect::<Vec<_>>()
        .join(", ");
    let _ = write!(
        out,
        "<svg class=\"pain\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"Pain scores: {}\">",
        esc(&label)
    );
    for v in [0.0, 5.0, 10.0] {
        let _ = write!(
            out,
            "<line x1=\"{left}\" x2=\"{}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#c8ced6\" stroke-width=\"1\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"end\" fill=\"#333\">{v}</text>",
            w - right,
            left - 6.0,
            y(v) + 4.0,
            y = y(v),
        );
    }
    let line: Vec<String> = times
        .iter()
        .zip(&points)
        .map(|(t, (_, v))| format!("{:.1},{:.1}", x(*t), y(*v)))
        .collect();
    let _ = write!(
        out,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2.5\"/>",
        line.join(" ")
    );
    for (t, (when, v)) in times.iter().zip(&points) {
        let _ = write!(
            out,
            "<circle cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"4\" fill=\"#1f5fa8\"/>\
             <text x=\"{cx:.1}\" y=\"{ty:.1}\" font-size=\"12\" text-anchor=\"middle\" fill=\"#111\" font-weight=\"bold\">{v}</text>\
             <text x=\"{cx:.1}\" y=\"{dy}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333\">{date}</text>",
            cx = x(*t),
            cy = y(*v),
            ty = y(*v) - 9.0,
            dy = h - bottom + 16.0,
            date = esc(&when[..when.len().min(10)]),
        );
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\" fill=\"#333\">{}</text>",
            x(*t),
            h - bottom + 29.0,
            esc(when.get(11..16).unwrap_or_default()),
        );
    }
    out.push_str("</svg>");
}

fn chart(out: &mut String, sample: &Sample) {
    let patient = sample
        .of_type("Patient")
        .next()
        .cloned()
        .unwrap_or_default();
    let birth = patient["birthDate"].as_str().unwrap_or_default();
    let coverage = sample
        .of_type("Coverage")
        .next()
        .cloned()
        .unwrap_or_default();
    let _ = write!(
        out,
        "<section class=\"chart\" aria-labelledby=\"chart-h\"><h2 id=\"chart-h\">Chart: {}</h2><dl class=\"banner\">\
         <div><dt>Patient id</dt><dd><code>{}</code></dd></div>\
         <div><dt>Born</dt><dd>{}{}</dd></div><div><dt>Sex</dt><dd>{}</dd></div>\
         <div><dt>Payer</dt><dd data-payer>{}</dd></div><div><dt>Member id</dt><dd>{}</dd></div>\
         <div><dt>Coverage</dt><dd>{} since {}</dd></div></dl>",
        esc(&name(&patient)),
        esc(&sample.patient_id),
        esc(birth),
        age(birth).map(|a| format!(" (age {a})")).unwrap_or_default(),
        esc(patient["gender"].as_str().unwrap_or("—")),
        esc(&sample.payer),
        esc(coverage["subscriberId"].as_str().unwrap_or("—")),
        esc(coverage["status"].as_str().unwrap_or("—")),
        esc(&date_of(&coverage, &["period"])),
    );
    let rows =
        |t: &str, f: &dyn Fn(&Value) -> Vec<String>| sample.of_type(t).map(f).collect::<Vec<_>>();
    table(
        out,
        "Problems",
        &["Problem", "ICD-10 / code", "Since", "Status"],
        rows("Condition", &|c| {
            let (d, code) = concept(&c["code"]);
            vec![
                d,
                code,
                date_of(c, &["onsetDateTime", "onsetPeriod", "recordedDate"]),
                c["clinicalStatus"]["coding"][0]["code"]
                    .as_str()
                    .unwrap_or("—")
                    .to_string(),
            ]
        }),
    );
    table(
        out,
        "Procedures",
        &["Procedure", "Code", "Date", "Status"],
        rows("Procedure", &|p| {
            let (d, code) = concept(&p["code"]);
            vec![
                d,
                code,
                date_of(p, &["performedDateTime", "performedPeriod"]),
                p["status"].as_str().unwrap_or("—").to_string(),
            ]
        }),
    );
    pain_chart(out, sample);
    let med = |m: &Value, kind: &str| {
        let (d, code) = concept(&m["medicationCodeableConcept"]);
        let dosage = if m["dosage"].is_array() {
            &m["dosage"][0]
        } else {
            &m["dosageInstruction"][0]
        };
        vec![
            format!("{d} ({kind})"),
            code,
            concept(&dosage["route"]).0.replace("(no description)", "—"),
            date_of(m, &["effectiveDateTime", "effectivePeriod", "authoredOn"]),
            m["status"].as_str().unwrap_or("—").to_string(),
        ]
    };
    let mut meds = rows("MedicationStatement", &|m| med(m, "taking"));
    meds.extend(rows("MedicationRequest", &|m| med(m, "ordered")));
    table(
        out,
        "Medications",
        &["Drug", "RxNorm", "Route", "Since", "Status"],
        meds,
    );
    table(
        out,
        "Allergies",
        &["Substance", "Code", "Criticality"],
        rows("AllergyIntolerance", &|a| {
            let (d, code) = concept(&a["code"]);
            vec![
                d,
                code,
                a["criticality"].as_str().unwrap_or("—").to_string(),
            ]
        }),
    );
    out.push_str("</section>");
}

fn options(out: &mut String, choices: &[(String, String)], selected: &str) {
    for (value, label) in choices {
        let _ = write!(
            out,
            "<option value=\"{}\"{}>{}</option>",
            esc(value),
            if value == selected { " selected" } else { "" },
            esc(label)
        );
    }
}

fn order_fieldset(out: &mut String, sample: &Sample, i: usize, row: &OrderRow, include: bool) {
    let kinds: Vec<(String, String)> = ORDER_KINDS
        .iter()
        .map(|k| {
            (
                k.to_string(),
                match *k {
                    "ServiceRequest" => "Procedure (ServiceRequest)".to_string(),
                    "DeviceRequest" => "Device (DeviceRequest)".to_string(),
                    _ => "Drug (MedicationRequest)".to_string(),
                },
            )
        })
        .collect();
    let systems: Vec<(String, String)> = ORDER_SYSTEMS
        .iter()
        .map(|s| (super::form_name(*s), s.short_name().to_string()))
        .collect();
    let mut routes = vec![(String::new(), "(none)".to_string())];
    routes.extend(
        SNOMED_ROUTES
            .iter()
            .map(|(_, c, d)| (c.to_string(), d.to_string())),
    );
    let mut reasons = vec![(String::new(), "(none)".to_string())];
    reasons.extend(sample.of_type("Condition").map(|c| {
        let (d, code) = concept(&c["code"]);
        (
            format!("Condition/{}", c["id"].as_str().unwrap_or_default()),
            format!("{d} ({code})"),
        )
    }));
    let _ = write!(
        out,
        "<fieldset class=\"order\" data-index=\"{i}\"><legend>Order {n}</legend>\
         <input type=\"hidden\" name=\"id\" value=\"{id}\">\
         <label class=\"include\"><input type=\"checkbox\" name=\"include\"{checked}> Sign this order</label>\
         <div class=\"fields\"><label for=\"o{i}-kind\">Type</label><select id=\"o{i}-kind\" name=\"kind\">",
        n = i + 1,
        id = esc(&row.id),
        checked = if include { " checked" } else { "" },
    );
    options(out, &kinds, &row.kind);
    let _ = write!(out, "</select><label for=\"o{i}-system\">Code system</label><select id=\"o{i}-system\" name=\"system\">");
    options(out, &systems, &row.system);
    let _ = write!(
        out,
        "</select><label for=\"o{i}-code\">Code</label><input id=\"o{i}-code\" name=\"code\" value=\"{}\" \
         maxlength=\"20\" autocomplete=\"off\" spellcheck=\"false\">\
         <label for=\"o{i}-display\">Description</label><input id=\"o{i}-display\" name=\"display\" value=\"{}\" maxlength=\"300\">\
         <label for=\"o{i}-route\">Route (drugs)</label><select id=\"o{i}-route\" name=\"route\">",
        esc(&row.code),
        esc(&row.display),
    );
    options(out, &routes, &row.route);
    let _ = write!(out, "</select><label for=\"o{i}-reason\">Reason</label><select id=\"o{i}-reason\" name=\"reason\">");
    options(out, &reasons, &row.reason);
    out.push_str("</select></div></fieldset>");
}

pub fn render(launch_url: &str, demo: &DemoEhr, sample: &Sample) -> String {
    let mut out = String::with_capacity(32 * 1024);
    out.push_str(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Demo EHR — crd-server</title><link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"/demo/static/demo.css\">\
         <script src=\"/demo/static/demo.js\" defer></script></head><body>\
         <header class=\"bar\"><p class=\"brand\">crd-server <span>demo EHR</span></p><nav aria-label=\"Pages\">\
         <a href=\"/demo\" aria-current=\"page\">Demo EHR</a><a href=\"/policies\">Policy explorer</a>\
         <a href=\"/cds-services\">Discovery (JSON)</a></nav></header><main>\
         <h1>Try a coverage decision</h1>\
         <p class=\"intro\">A pretend EHR with the bundled sample patients. Pick a patient, check the pump order, press \
         <strong>Sign</strong>: the page sends a real CDS Hooks <code>order-sign</code> call (signed JWT, prefetch from \
         the discovery templates) to this server and shows its answer the way an EHR shows CDS cards.</p>",
    );
    let _ = write!(
        out,
        "<form class=\"picker\" method=\"get\" action=\"/demo\"><label for=\"sample\">Sample patient</label>\
         <select id=\"sample\" name=\"sample\">"
    );
    let choices: Vec<(String, String)> = demo
        .samples
        .iter()
        .map(|s| {
            let patient = s.of_type("Patient").next().cloned().unwrap_or_default();
            let problem = s
                .of_type("Condition")
                .next()
                .map(|c| concept(&c["code"]).0)
                .unwrap_or_default();
            (
                s.key.clone(),
                format!("{} — {} ({})", s.payer, name(&patient), problem),
            )
        })
        .collect();
    options(&mut out, &choices, &sample.key);
    out.push_str(
        "</select><button type=\"submit\">Open chart</button></form><div class=\"layout\">",
    );
    chart(&mut out, sample);
    let _ = write!(
        out,
        "<section class=\"orders\" aria-labelledby=\"orders-h\"><h2 id=\"orders-h\">Orders to sign</h2>\
         <form id=\"sign-form\" data-sample=\"{}\" data-patient=\"{}\" data-launch-url=\"{}\">",
        esc(&sample.key),
        esc(&sample.patient_id),
        esc(launch_url),
    );
    for (i, row) in sample.default_orders.iter().enumerate() {
        order_fieldset(&mut out, sample, i, row, true);
    }
    // One empty row for adding an order.
    let blank = OrderRow {
        id: String::new(),
        kind: "MedicationRequest".into(),
        system: "rxnorm".into(),
        code: String::new(),
        display: String::new(),
        route: String::new(),
        reason: String::new(),
    };
    order_fieldset(&mut out, sample, sample.default_orders.len(), &blank, false);
    out.push_str(
        "<p class=\"actions\"><button type=\"submit\" id=\"sign\" class=\"primary\">Sign</button></p></form>\
         <noscript><p>Signing needs JavaScript (the page's one script, served by this server).</p></noscript>\
         <div id=\"status\" role=\"status\" aria-live=\"polite\"></div>\
         <section id=\"answer\" aria-labelledby=\"answer-h\" hidden><h2 id=\"answer-h\">CDS cards</h2>\
         <div id=\"cards\"></div><h3>Coverage information per order</h3><div id=\"coverage\"></div></section>\
         <details id=\"raw-request\"><summary>Request JSON (what the EHR sent)</summary><pre tabindex=\"0\"></pre></details>\
         <details id=\"raw-response\"><summary>Response JSON (what crd-server answered)</summary><pre tabindex=\"0\"></pre></details>\
         </section></div></main></body></html>",
    );
    out
}
