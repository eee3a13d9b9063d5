//! The policy explorer (`GET /policies` from a browser, `demo.enabled`): every loaded policy, its payer, dates,
//! code lists, each criterion in plain words with its citation and the questionnaire item that asks it; searchable
//! by code (`?code=62362`, matched like an order's code, ranges included). Plain server-rendered HTML, no script.

use std::fmt::Write as _;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse};

use crate::html::escape_html as esc;
use crate::policy::model::{Criterion, PriorAuth};
use crate::policy::CompiledPolicy;
use crate::state::AppState;

/// Whether the request is a browser's page load (its Accept names HTML first), not an API call.
pub fn wants_html(req: &HttpRequest) -> bool {
    req.headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|a| a.trim_start().starts_with("text/html"))
}

fn criteria(out: &mut String, heading: &str, list: &[Criterion], policy_id: &str) {
    if list.is_empty() {
        return;
    }
    let _ = write!(out, "<h4>{}</h4><ol class=\"criteria\">", esc(heading));
    for c in list {
        let _ = write!(
            out,
            "<li id=\"{pid}-{cid}\"><p>{text}</p><p class=\"cite\">Source: <cite>{citation}</cite></p>\
             <p class=\"muted\">Asked by questionnaire item <a href=\"/fhir/Questionnaire/{pid}\"><code>{link}</code></a>: \
             {question}</p></li>",
            pid = esc(policy_id),
            cid = esc(&c.id),
            text = esc(&c.text),
            citation = esc(&c.citation),
            link = esc(&c.question.link_id),
            question = esc(&c.question.text),
        );
    }
    out.push_str("</ol>");
}

fn policy_section(out: &mut String, p: &CompiledPolicy, matched: &[String]) {
    let policy = &p.policy;
    let _ = write!(
        out,
        "<section class=\"policy\" id=\"{id}\" data-policy-id=\"{id}\" aria-labelledby=\"{id}-h\">\
         <h2 id=\"{id}-h\">{payer} — {number}: {title}</h2>",
        id = esc(&policy.id),
        payer = esc(&policy.payer.name),
        number = esc(&policy.number),
        title = esc(&policy.title),
    );
    if !matched.is_empty() {
        let _ = write!(
            out,
            "<p class=\"match\">Matches in: {}</p>",
            esc(&matched.join(", "))
        );
    }
    let end = policy
        .effective
        .end
        .map(|d| format!(" to {d}"))
        .unwrap_or_default();
    let _ = write!(
        out,
        "<dl><dt>Payer</dt><dd>{payer} (<code>{payer_id}</code>)</dd><dt>Effective</dt><dd>{start}{end}</dd>\
         <dt>Prior authorization</dt><dd>{pa}</dd><dt>Source</dt><dd><a href=\"/policies/{id}/source\">{doc}</a> \
         (<cite>{cite}</cite>)</dd></dl>",
        payer = esc(&policy.payer.name),
        payer_id = esc(&policy.payer.id),
        start = policy.effective.start,
        end = esc(&end),
        pa = match policy.prior_auth {
            PriorAuth::AuthNeeded => "required",
            PriorAuth::NoAuth => "not required",
        },
        id = esc(&policy.id),
        doc = esc(&policy.source.document),
        cite = esc(&policy.source.citation),
    );
    out.push_str("<h3>Codes</h3><ul class=\"codes\">");
    for list in &policy.codes.lists {
        let _ = write!(
            out,
            "<li><strong>{}</strong>: {}</li>",
            esc(list.system.short_name()),
            esc(&list.include.join(", "))
        );
    }
    if !policy.codes.diagnoses.is_empty() {
        let _ = write!(
            out,
            "<li><strong>Diagnoses</strong>: {}</li>",
            esc(&policy.codes.diagnoses.join(", "))
        );
    }
    for vs in policy.value_sets.values() {
        let _ = write!(
            out,
            "<li><strong>{} ({})</strong>: {} <span class=\"cite\">(<cite>{}</cite>)</span></li>",
            esc(&vs.title),
            esc(vs.system.short_name()),
            esc(&vs.include.join(", ")),
            esc(&vs.citation)
        );
    }
    let _ = write!(
        out,
        "</ul><p class=\"cite\">Codes: <cite>{}</cite></p>",
        esc(&policy.codes.citation)
    );
    if !policy.gates.is_empty() {
        out.push_str("<h3>Before the criteria</h3><ul>");
        for g in &policy.gates {
            let _ = write!(
                out,
                "<li>{} <span class=\"cite\">(<cite>{}</cite>)</span></li>",
                esc(&g.text),
                esc(&g.citation)
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("<h3>Indications</h3>");
    for ind in &policy.indications {
        let _ = write!(
            out,
            "<div class=\"indication\"><h4>{}</h4><p class=\"cite\"><cite>{}</cite></p>",
            esc(&ind.title),
            esc(&ind.citation)
        );
        criteria(out, "All of these criteria", &ind.criteria, &policy.id);
        criteria(out, "None of these exclusions", &ind.exclusions, &policy.id);
        out.push_str("</div>");
    }
    let _ = write!(
        out,
        "<p><strong>Otherwise</strong>: {} <span class=\"cite\">(<cite>{}</cite>)</span></p>",
        esc(&policy.otherwise.reason),
        esc(&policy.otherwise.citation)
    );
    if let Some(notes) = &policy.notes {
        let _ = write!(out, "<p class=\"muted\">Notes: {}</p>", esc(notes));
    }
    out.push_str("</section>");
}

const STYLE: &str = "body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1f24;background:#f6f8fa}\
header{background:#fff;border-bottom:1px solid #c9d1da;padding:.75rem 1.5rem}header h1{margin:0;font-size:1.3rem}\
main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem 3rem}\
form{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap;margin:.5rem 0 1rem}\
input{font:inherit;padding:.4rem .6rem;border:1px solid #4a5563;border-radius:4px}\
button{font:inherit;padding:.4rem 1rem;border-radius:4px;border:1px solid #0b5cad;background:#0b5cad;color:#fff}\
:focus-visible{outline:3px solid #f0b400;outline-offset:2px}\
section.policy{background:#fff;border:1px solid #c9d1da;border-radius:6px;padding:1rem 1.25rem;margin-top:1rem}\
h2{font-size:1.15rem;margin:0 0 .5rem}h3{font-size:1.05rem;margin:1rem 0 .3rem}h4{margin:.8rem 0 .2rem}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:0}dt{font-weight:600}dd{margin:0}\
.cite,.muted{color:#4a5563;font-size:.92rem;margin:.1rem 0}.match{color:#1e6b35;font-weight:600}\
ol.criteria li{margin-bottom:.5rem}ol.criteria p{margin:0}a{color:#0b5cad}";

/// The explorer page; `code` filters to the policies where it matches.
pub fn page(state: &AppState, code: Option<&str>) -> HttpResponse {
    let code = code
        .map(str::trim)
        .filter(|c| !c.is_empty() && c.len() <= 32);
    let mut body = String::new();
    let mut shown = 0;
    for p in state.policies().all() {
        let matched = code.map(|c| p.code_matches(c)).unwrap_or_default();
        if code.is_some() && matched.is_empty() {
            continue;
        }
        shown += 1;
        policy_section(&mut body, p, &matched);
    }
    let summary = match code {
        Some(c) => format!(
            "{shown} of {} policies match code {}.",
            state.policies().all().len(),
            esc(c)
        ),
        None => format!("{shown} policies loaded."),
    };
    let html = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Policy explorer — crd-server</title><link rel=\"icon\" href=\"data:,\"><style>{STYLE}</style></head><body>\
         <header><h1>Policy explorer</h1><nav aria-label=\"Pages\"><a href=\"/demo\">Demo EHR</a></nav></header><main>\
         <form method=\"get\" action=\"/policies\" role=\"search\"><label for=\"code\">Search by code (CPT, HCPCS, ICD-10-CM, RxNorm, SNOMED)</label>\
         <input id=\"code\" name=\"code\" value=\"{value}\" placeholder=\"e.g. 62362\" autocomplete=\"off\">\
         <button type=\"submit\">Search</button></form>\
         <p id=\"summary\" role=\"status\">{summary}</p>{body}</main></body></html>\n",
        value = esc(code.unwrap_or_default()),
    );
    crate::routes::html_page(
        actix_web::http::StatusCode::OK,
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'",
        html,
    )
}
