//! The FHIR endpoints of the DTR side (the DTR 2.2 payer service): Questionnaires, ValueSets and CodeSystems by id
//! or canonical, `$questionnaire-package`, `$next-question`, `$log-questionnaire-errors`, `ValueSet/$expand`, and
//! the CapabilityStatement at `/fhir/metadata`.
//!
//! Owns: the one table of FHIR routes ([`ROUTES`]): the routes are registered from it and the CapabilityStatement
//! is written from it, so what `/fhir/metadata` lists is what is served.

use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::{json, Value};

use super::auth::Caller;
use super::read_body;
use super::services::authenticated_body;
use crate::dtr::adaptive;
use crate::dtr::catalog::expand_filtered;
use crate::error::{ApiError, IssueType};
use crate::state::AppState;

fn fhir_json(v: &Value) -> HttpResponse {
    super::fhir_json(actix_web::http::StatusCode::OK, v)
}

#[derive(Deserialize)]
pub struct CanonicalQuery {
    url: Option<String>,
    version: Option<String>,
}

fn searchset(state: &AppState, kind: &str, found: Vec<&Value>) -> HttpResponse {
    let entries: Vec<Value> = found
        .into_iter()
        .map(|r| {
            json!({
                "fullUrl": format!("{}/fhir/{kind}/{}", state.public_base_url, r["id"].as_str().unwrap_or_default()),
                "resource": r,
                "search": { "mode": "match" },
            })
        })
        .collect();
    let mut bundle =
        json!({ "resourceType": "Bundle", "type": "searchset", "total": entries.len() });
    if !entries.is_empty() {
        bundle["entry"] = Value::Array(entries);
    }
    fhir_json(&bundle)
}

fn canonical(q: &CanonicalQuery) -> Result<String, ApiError> {
    let url = q.url.as_deref().filter(|u| !u.is_empty()).ok_or_else(|| {
        ApiError::bad_request(
            IssueType::Required,
            "search by canonical: give the 'url' parameter (and optionally 'version')",
        )
    })?;
    Ok(match &q.version {
        Some(v) if !url.contains('|') => format!("{url}|{v}"),
        _ => url.to_string(),
    })
}

/// The Questionnaire with this id: a policy's standard one, or its adaptive one (`{policy}-adaptive`).
fn questionnaire_by_id(state: &AppState, id: &str) -> Option<Value> {
    if let Some(q) = state.catalog.questionnaire(id) {
        return Some(q.clone());
    }
    let standard = state
        .catalog
        .questionnaire(adaptive::policy_of_adaptive(id)?)?;
    Some(adaptive::adaptive_questionnaire(
        standard,
        &state.public_base_url,
    ))
}

pub async fn read_questionnaire(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    questionnaire_by_id(&state, &id)
        .map(|q| fhir_json(&q))
        .ok_or_else(|| ApiError::NotFound(format!("Questionnaire/{} is not known", clip(&id))))
}

fn clip(s: &str) -> String {
    s.chars().take(64).collect()
}

pub async fn search_questionnaire(
    state: web::Data<AppState>,
    query: web::Query<CanonicalQuery>,
) -> Result<HttpResponse, ApiError> {
    let canonical = canonical(&query)?;
    let found = state
        .catalog
        .questionnaire_by_canonical(&canonical)
        .cloned()
        .or_else(|| {
            // An adaptive Questionnaire's canonical: `{standard url}-adaptive`.
            let (url, version) = crate::dtr::catalog::split_canonical(&canonical);
            let id = crate::fhir::questionnaire_id(url)?;
            let q = questionnaire_by_id(&state, id)
                .filter(|_| adaptive::policy_of_adaptive(id).is_some())?;
            (q["url"] == url && version.is_none_or(|v| q["version"] == v)).then_some(q)
        });
    Ok(searchset(&state, "Questionnaire", found.iter().collect()))
}

pub async fn read_value_set(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    state
        .catalog
        .value_set_by_id(&id)
        .map(fhir_json)
        .ok_or_else(|| ApiError::NotFound(format!("ValueSet/{} is not known", clip(&id))))
}

pub async fn search_value_set(
    state: web::Data<AppState>,
    query: web::Query<CanonicalQuery>,
) -> Result<HttpResponse, ApiError> {
    let canonical = canonical(&query)?;
    let found = state.catalog.value_set(&canonical);
    Ok(searchset(&state, "ValueSet", found.into_iter().collect()))
}

fn now_text() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[derive(Deserialize)]
pub struct ExpandQuery {
    url: Option<String>,
    #[serde(rename = "valueSetVersion")]
    value_set_version: Option<String>,
    filter: Option<String>,
}

/// `ValueSet/{id}/$expand`: the enumerated concepts, as of now (oper-5: today's date; every code is active).
pub async fn expand_value_set(
    state: web::Data<AppState>,
    id: web::Path<String>,
    query: web::Query<ExpandQuery>,
) -> Result<HttpResponse, ApiError> {
    let vs = state
        .catalog
        .value_set_by_id(&id)
        .ok_or_else(|| ApiError::NotFound(format!("ValueSet/{} is not known", clip(&id))))?;
    Ok(fhir_json(&expand_filtered(
        vs,
        &now_text(),
        query.filter.as_deref(),
    )))
}

/// `ValueSet/$expand?url=…[&valueSetVersion=…][&filter=…]` (DTR oper-4: type level, by canonical).
fn expand_by_url(state: &AppState, q: &ExpandQuery) -> Result<HttpResponse, ApiError> {
    let url = q.url.as_deref().filter(|u| !u.is_empty()).ok_or_else(|| {
        ApiError::bad_request(
            IssueType::Required,
            "$expand needs the 'url' of the ValueSet",
        )
    })?;
    let canonical = match q.value_set_version.as_deref().filter(|v| !v.is_empty()) {
        Some(v) => format!("{}|{v}", crate::dtr::catalog::split_canonical(url).0),
        None => url.to_string(),
    };
    let vs = state.catalog.value_set(&canonical).ok_or_else(|| {
        ApiError::NotFound(format!(
            "ValueSet '{}' is not known to this server",
            clip(&canonical)
        ))
    })?;
    Ok(fhir_json(&expand_filtered(
        vs,
        &now_text(),
        q.filter.as_deref(),
    )))
}

pub async fn expand_by_query(
    state: web::Data<AppState>,
    query: web::Query<ExpandQuery>,
) -> Result<HttpResponse, ApiError> {
    expand_by_url(&state, &query)
}

/// `POST ValueSet/$expand` with Parameters (`url`, `valueSetVersion`, `filter`; others are ignored).
pub async fn expand_by_parameters(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let body = read_body(&req, payload, state.settings.server.max_body_bytes).await?;
    let input: Value = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad_request(IssueType::Structure, format!("the body is not JSON: {e}"))
    })?;
    if input["resourceType"] != "Parameters" {
        return Err(ApiError::bad_request(
            IssueType::Invalid,
            "the body must be a Parameters resource",
        ));
    }
    let mut q = ExpandQuery {
        url: None,
        value_set_version: None,
        filter: None,
    };
    for p in input["parameter"].as_array().into_iter().flatten() {
        let text = ["valueUri", "valueCanonical", "valueString", "valueUrl"]
            .iter()
            .find_map(|k| p[*k].as_str())
            .map(str::to_string);
        let slot = match p["name"].as_str() {
            Some("url") => &mut q.url,
            Some("valueSetVersion") => &mut q.value_set_version,
            Some("filter") => &mut q.filter,
            _ => continue,
        };
        *slot = Some(text.ok_or_else(|| {
            ApiError::bad_request(
                IssueType::Invalid,
                format!(
                    "parameter '{}' must be a string value",
                    p["name"].as_str().unwrap_or_default()
                ),
            )
        })?);
    }
    expand_by_url(&state, &q)
}

pub async fn read_code_system(
    state: web::Data<AppState>,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    state
        .catalog
        .code_system_by_id(&id)
        .map(fhir_json)
        .ok_or_else(|| ApiError::NotFound(format!("CodeSystem/{} is not known", clip(&id))))
}

pub async fn search_code_system(
    state: web::Data<AppState>,
    query: web::Query<CanonicalQuery>,
) -> Result<HttpResponse, ApiError> {
    let canonical = canonical(&query)?;
    let found = state.catalog.code_system(&canonical);
    Ok(searchset(&state, "CodeSystem", found.into_iter().collect()))
}

pub async fn questionnaire_package(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let (tenant, body) = authenticated_body(&state, &req, payload).await?;
    let out =
        crate::dtr::package::questionnaire_package(state.documents(&tenant.id), &body).await?;
    let bundles = out["parameter"].as_array().map_or(0, |p| {
        p.iter().filter(|p| p["name"] == "packagebundle").count()
    });
    tracing::info!(bundles, "questionnaire package");
    Ok(fhir_json(&out))
}

/// `Questionnaire/$next-question` (SDC, as DTR 2.2 profiles it): the next questions of an adaptive form.
pub async fn next_question(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let (tenant, body) = authenticated_body(&state, &req, payload).await?;
    let out = adaptive::next_question(state.documents(&tenant.id), &body).await?;
    let status = out["parameter"][0]["resource"]["status"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    tracing::info!(status = %status, "next question");
    Ok(fhir_json(&out))
}

/// `Questionnaire/$log-questionnaire-errors` (DTR oper-1): stored for the caller's tenant, the newest
/// `limits.max_questionnaire_error_logs` kept; counted in `/metrics`. Its content is never logged.
pub async fn log_questionnaire_errors(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let (tenant, body) = authenticated_body(&state, &req, payload).await?;
    let limits = &state.settings.limits;
    let entry = crate::dtr::errors::parse(&body, limits.max_logged_outcomes)?;
    state
        .store()
        .save_questionnaire_error(
            &tenant.id,
            &entry,
            limits.max_questionnaire_error_logs.max(1),
        )
        .await
        .map_err(|e| crate::dtr::internal("storing the questionnaire errors", e))?;
    state.metrics().count_questionnaire_error();
    tracing::info!(
        outcomes = entry["operationOutcome"].as_array().map_or(0, Vec::len),
        "questionnaire errors logged"
    );
    Ok(fhir_json(&json!({
        "resourceType": "OperationOutcome",
        "issue": [{ "severity": "information", "code": "informational",
                    "diagnostics": "the errors were logged for the payer" }],
    })))
}

/// `GET /dtr/questionnaire-errors`: what DTR clients of the caller's tenant reported, newest first (for the
/// payer's staff, behind the same authentication as `GET /coverage-assertions/{id}`).
pub async fn list_questionnaire_errors(
    caller: Caller,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let rows = state
        .store()
        .questionnaire_errors(&caller.tenant.id)
        .await
        .map_err(|e| crate::dtr::internal("reading the questionnaire errors", e))?;
    let errors: Vec<Value> = rows
        .into_iter()
        .map(|(id, received, body)| {
            json!({
                "id": id,
                "tenant": caller.tenant.id,
                "received": received,
                "questionnaire": body["questionnaire"],
                "operationOutcome": body["operationOutcome"],
            })
        })
        .collect();
    Ok(actix_web::HttpResponse::Ok()
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .json(json!({ "errors": errors })))
}

/// `GET /fhir/metadata`: this server's CapabilityStatement, written from [`ROUTES`].
pub async fn metadata(state: web::Data<AppState>) -> HttpResponse {
    fhir_json(&capability_statement(&state.public_base_url))
}

/// What a route stands for in the CapabilityStatement.
#[derive(Clone, Copy)]
enum Capability {
    /// Not a resource interaction (metadata, SMART configuration).
    Server,
    Interaction(&'static str, &'static str),
    Operation {
        resource: &'static str,
        name: &'static str,
        definition: &'static str,
    },
}

#[derive(Clone, Copy)]
enum Handler {
    Metadata,
    SmartConfiguration,
    Package,
    NextQuestion,
    LogErrors,
    ReadQuestionnaire,
    SearchQuestionnaire,
    ExpandByQuery,
    ExpandByParameters,
    ExpandInstance,
    ReadValueSet,
    SearchValueSet,
    ReadCodeSystem,
    SearchCodeSystem,
    SubmitResponse,
}

struct FhirRoute {
    path: &'static str,
    post: bool,
    handler: Handler,
    capability: Capability,
}

const PACKAGE_DEF: &str =
    "http://hl7.org/fhir/us/davinci-dtr/OperationDefinition/questionnaire-package";
const NEXT_DEF: &str = "http://hl7.org/fhir/uv/sdc/OperationDefinition/Questionnaire-next-question";
const LOG_DEF: &str =
    "http://hl7.org/fhir/us/davinci-dtr/OperationDefinition/log-questionnaire-errors";
const EXPAND_DEF: &str = "http://hl7.org/fhir/OperationDefinition/ValueSet-expand";

/// Every FHIR route, in matching order (an operation's path before `{id}`).
const ROUTES: &[FhirRoute] = {
    use Capability::*;
    use Handler::*;
    const fn r(
        path: &'static str,
        post: bool,
        handler: Handler,
        capability: Capability,
    ) -> FhirRoute {
        FhirRoute {
            path,
            post,
            handler,
            capability,
        }
    }
    &[
        r("/fhir/metadata", false, Metadata, Server),
        r(
            "/fhir/.well-known/smart-configuration",
            false,
            SmartConfiguration,
            Server,
        ),
        r(
            "/fhir/Questionnaire/$questionnaire-package",
            true,
            Package,
            Operation {
                resource: "Questionnaire",
                name: "questionnaire-package",
                definition: PACKAGE_DEF,
            },
        ),
        r("/fhir/$questionnaire-package", true, Package, Server),
        r(
            "/fhir/Questionnaire/$next-question",
            true,
            NextQuestion,
            Operation {
                resource: "Questionnaire",
                name: "next-question",
                definition: NEXT_DEF,
            },
        ),
        r(
            "/fhir/Questionnaire/$log-questionnaire-errors",
            true,
            LogErrors,
            Operation {
                resource: "Questionnaire",
                name: "log-questionnaire-errors",
                definition: LOG_DEF,
            },
        ),
        r(
            "/fhir/Questionnaire",
            false,
            SearchQuestionnaire,
            Interaction("Questionnaire", "search-type"),
        ),
        r(
            "/fhir/Questionnaire/{id}",
            false,
            ReadQuestionnaire,
            Interaction("Questionnaire", "read"),
        ),
        r(
            "/fhir/ValueSet/$expand",
            false,
            ExpandByQuery,
            Operation {
                resource: "ValueSet",
                name: "expand",
                definition: EXPAND_DEF,
            },
        ),
        r(
            "/fhir/ValueSet/$expand",
            true,
            ExpandByParameters,
            Operation {
                resource: "ValueSet",
                name: "expand",
                definition: EXPAND_DEF,
            },
        ),
        r(
            "/fhir/ValueSet",
            false,
            SearchValueSet,
            Interaction("ValueSet", "search-type"),
        ),
        r(
            "/fhir/ValueSet/{id}",
            false,
            ReadValueSet,
            Interaction("ValueSet", "read"),
        ),
        r(
            "/fhir/ValueSet/{id}/$expand",
            false,
            ExpandInstance,
            Operation {
                resource: "ValueSet",
                name: "expand",
                definition: EXPAND_DEF,
            },
        ),
        r(
            "/fhir/CodeSystem",
            false,
            SearchCodeSystem,
            Interaction("CodeSystem", "search-type"),
        ),
        r(
            "/fhir/CodeSystem/{id}",
            false,
            ReadCodeSystem,
            Interaction("CodeSystem", "read"),
        ),
        r(
            "/fhir/QuestionnaireResponse",
            true,
            SubmitResponse,
            Interaction("QuestionnaireResponse", "create"),
        ),
    ]
};

/// Registers every route of [`ROUTES`].
pub fn configure(cfg: &mut web::ServiceConfig) {
    for r in ROUTES {
        let route = if r.post { web::post() } else { web::get() };
        let route = match r.handler {
            Handler::Metadata => route.to(metadata),
            Handler::SmartConfiguration => route.to(super::backend::smart_configuration),
            Handler::Package => route.to(questionnaire_package),
            Handler::NextQuestion => route.to(next_question),
            Handler::LogErrors => route.to(log_questionnaire_errors),
            Handler::ReadQuestionnaire => route.to(read_questionnaire),
            Handler::SearchQuestionnaire => route.to(search_questionnaire),
            Handler::ExpandByQuery => route.to(expand_by_query),
            Handler::ExpandByParameters => route.to(expand_by_parameters),
            Handler::ExpandInstance => route.to(expand_value_set),
            Handler::ReadValueSet => route.to(read_value_set),
            Handler::SearchValueSet => route.to(search_value_set),
            Handler::ReadCodeSystem => route.to(read_code_system),
            Handler::SearchCodeSystem => route.to(search_code_system),
            Handler::SubmitResponse => route.to(super::services::submit_questionnaire_response),
        };
        cfg.route(r.path, route);
    }
}

/// The CapabilityStatement (kind `instance`) of what [`ROUTES`] serves, instantiating the DTR payer service's.
pub fn capability_statement(base: &str) -> Value {
    /// A resource type, its interactions and its operations (name, definition).
    type Served = (
        &'static str,
        Vec<&'static str>,
        Vec<(&'static str, &'static str)>,
    );
    let mut resources: Vec<Served> = Vec::new();
    for r in ROUTES {
        let (kind, interaction, operation) = match r.capability {
            Capability::Server => continue,
            Capability::Interaction(kind, code) => (kind, Some(code), None),
            Capability::Operation {
                resource,
                name,
                definition,
            } => (resource, None, Some((name, definition))),
        };
        let i = match resources.iter().position(|(k, _, _)| *k == kind) {
            Some(i) => i,
            None => {
                resources.push((kind, Vec::new(), Vec::new()));
                resources.len() - 1
            }
        };
        let entry = &mut resources[i];
        if let Some(code) = interaction.filter(|c| !entry.1.contains(c)) {
            entry.1.push(code);
        }
        if let Some(op) = operation.filter(|o| !entry.2.iter().any(|(n, _)| *n == o.0)) {
            entry.2.push(op);
        }
    }
    let resources: Vec<Value> = resources
        .into_iter()
        .map(|(kind, interactions, operations)| {
            let mut r = json!({ "type": kind });
            if !interactions.is_empty() {
                r["interaction"] = interactions.iter().map(|c| json!({ "code": c })).collect();
            }
            if interactions.contains(&"search-type") {
                r["searchParam"] = json!([
                    { "name": "url", "type": "uri" },
                    { "name": "version", "type": "token" },
                ]);
            }
            if !operations.is_empty() {
                r["operation"] = operations
                    .iter()
                    .map(|(name, definition)| json!({ "name": name, "definition": definition }))
                    .collect();
            }
            r
        })
        .collect();
    json!({
        "resourceType": "CapabilityStatement",
        "name": "Crd_Server_Dtr_Payer_Service",
        "status": "active",
        "date": chrono::Utc::now().date_naive().to_string(),
        "publisher": "crd-server",
        "kind": "instance",
        "instantiates": ["http://hl7.org/fhir/us/davinci-dtr/CapabilityStatement/dtr-payer-service"],
        "software": { "name": "crd-server", "version": env!("CARGO_PKG_VERSION") },
        "implementation": { "description": "crd-server DTR payer service", "url": format!("{base}/fhir") },
        "fhirVersion": "4.0.1",
        "format": ["json"],
        "rest": [{
            "mode": "server",
            "documentation": "The DTR payer service: Questionnaire packages, adaptive forms, value set expansion and error logging for DTR clients.",
            "security": {
                "cors": false,
                "service": [{ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/restful-security-service", "code": "SMART-on-FHIR" }] }],
                "description": "SMART Backend Services (DTR spec-120): client_credentials with a private_key_jwt client assertion at the token endpoint; scopes system/Questionnaire.rs, system/ValueSet.rs, system/QuestionnaireResponse.c. CDS Hooks clients of this payer may also sign each call with their CDS Hooks JWT.",
                "extension": [{
                    "url": "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
                    "extension": [{ "url": "token", "valueUri": format!("{base}/auth/token") }],
                }],
            },
            "resource": resources,
        }],
    })
}
