//! The demo EHR (`/demo`, issue #9): a page where someone evaluating crd-server picks a bundled sample patient,
//! sees the chart, edits a pump order and signs it. Signing is a real CDS Hooks `order-sign` call to this
//! server's own endpoint, made by the page exactly as an EHR makes it: the demo EHR's back end (here) builds the
//! request (draft orders, prefetch from the discovery templates over its FHIR server) and signs the JWT with its
//! own ES384 key; the page sends it and renders the cards. A SMART link's "Launch" opens the questionnaire app with
//! a demo EHR launch: this module is also the demo EHR's authorization server (SMART App Launch 2, PKCE S256) and
//! its FHIR server over the sample charts (`fhir.rs`).
//!
//! Owns: the sample charts and their default orders, the demo EHR key (made at start-up, trusted by the
//! Authenticator only for hook calls about the demo FHIR server), launches, codes and access tokens (in memory,
//! short-lived, bounded: the demo is one process). Everything here exists only with `demo.enabled`; the production
//! configuration turns it off and every `/demo` path is 404.

pub mod fhir;
mod page;

use std::collections::HashMap;
use std::sync::Mutex;

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use ring::rand::SystemRandom;
use ring::signature::{EcdsaKeyPair, KeyPair, ECDSA_P384_SHA384_FIXED_SIGNING};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::error::{ApiError, IssueType};
use crate::hooks::request::is_fhir_id;
use crate::policy::codes::{CodeSystem, SNOMED};
use crate::policy::facts::SNOMED_ROUTES;
use crate::smart::{now, random_token, sha256_b64};
use crate::startup::AppState;

pub use fhir::DemoFhir;

/// The bundled sample charts (transaction Bundles), compiled in so the demo needs nothing beside the binary.
const SAMPLES: &[(&str, &str)] = &[
    (
        "bcbsla-pain",
        include_str!("../../fhir-resources/samples/bcbsla-pain.json"),
    ),
    (
        "lhcc-pain",
        include_str!("../../fhir-resources/samples/lhcc-pain.json"),
    ),
    (
        "capbluecross-sample",
        include_str!("../../fhir-resources/samples/capbluecross-sample.json"),
    ),
    (
        "bcbsal-sample",
        include_str!("../../fhir-resources/samples/bcbsal-sample.json"),
    ),
    (
        "anthem-ct-sample",
        include_str!("../../fhir-resources/samples/anthem-ct-sample.json"),
    ),
];

/// Example hook requests whose draft orders are a sample patient's default order (else the chart's own orders).
const EXAMPLE_REQUESTS: &[&str] = &[
    include_str!("../../cds-hooks/examples/order-sign-request.json"),
    include_str!("../../cds-hooks/examples/order-sign-lhcc-request.json"),
];

/// The code systems an order row may use (`cpt`, `hcpcs`, `rxnorm` on the form).
pub const ORDER_SYSTEMS: [CodeSystem; 3] = [CodeSystem::Cpt, CodeSystem::Hcpcs, CodeSystem::Rxnorm];
/// The order kinds the form offers.
pub const ORDER_KINDS: &[&str] = &["ServiceRequest", "DeviceRequest", "MedicationRequest"];
/// The service the page signs with.
const SIGN_SERVICE: &str = "order-sign-crd";
const KEY_ID: &str = "demo-ehr-es384";
/// Most orders one signing carries.
const MAX_ORDERS: usize = 5;
/// Lifetimes: launch (until the app comes back), authorization code, access token.
const LAUNCH_TTL: i64 = 600;
const CODE_TTL: i64 = 120;
const TOKEN_TTL: i64 = 3600;
/// Most live launches, codes or tokens kept at once (expired ones are swept first).
const GRANT_CAP: usize = 2000;

/// One order of the form: what the clinician can edit.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq, Eq)]
pub struct OrderRow {
    #[serde(default)]
    pub id: String,
    pub kind: String,
    /// `cpt`, `hcpcs` or `rxnorm`.
    pub system: String,
    pub code: String,
    #[serde(default)]
    pub display: String,
    /// A SNOMED CT route code, or empty.
    #[serde(default)]
    pub route: String,
    /// `Condition/{id}` of the patient, or empty.
    #[serde(default)]
    pub reason: String,
}

pub struct Sample {
    pub key: String,
    pub patient_id: String,
    /// `Practitioner/{id}`: the signing clinician.
    pub user: String,
    /// `Coverage/{id}`.
    pub coverage: Option<String>,
    pub payer: String,
    pub resources: Vec<Value>,
    pub default_orders: Vec<OrderRow>,
}

impl Sample {
    fn of_type<'a>(&'a self, t: &'a str) -> impl Iterator<Item = &'a Value> + 'a {
        self.resources
            .iter()
            .filter(move |r| r["resourceType"] == t)
    }
}

struct Launch {
    patient: String,
    user: String,
    app_context: Option<String>,
    fhir_context: Vec<Value>,
    expires: i64,
}

struct Grant {
    redirect_uri: String,
    challenge: String,
    scope: String,
    launch: Launch,
    expires: i64,
}

struct Grants {
    launches: HashMap<String, Launch>,
    codes: HashMap<String, Grant>,
    /// access token → (patient, expiry).
    tokens: HashMap<String, (String, i64)>,
}

pub struct DemoEhr {
    base: String,
    /// `{base}/demo`: the JWT issuer (compared on every authenticated call, so made once).
    issuer: String,
    pub samples: Vec<Sample>,
    pub fhir: DemoFhir,
    key: EncodingKey,
    jwks: Value,
    grants: Mutex<Grants>,
}

/// The form's name of a code system (`cpt`, `hcpcs`, `rxnorm`).
pub fn form_name(system: CodeSystem) -> String {
    system.short_name().to_ascii_lowercase()
}

fn system_of_form(name: &str) -> Option<CodeSystem> {
    ORDER_SYSTEMS.into_iter().find(|s| form_name(*s) == name)
}

fn order_coding(r: &Value) -> &Value {
    ["code", "codeCodeableConcept", "medicationCodeableConcept"]
        .iter()
        .map(|f| &r[*f]["coding"][0])
        .find(|c| c.is_object())
        .unwrap_or(&Value::Null)
}

impl OrderRow {
    fn from_resource(r: &Value) -> OrderRow {
        let coding = order_coding(r);
        OrderRow {
            id: r["id"].as_str().unwrap_or_default().to_string(),
            kind: r["resourceType"].as_str().unwrap_or_default().to_string(),
            system: form_name(
                CodeSystem::from_uri(coding["system"].as_str().unwrap_or_default())
                    .filter(|s| ORDER_SYSTEMS.contains(s))
                    .unwrap_or(CodeSystem::Cpt),
            ),
            code: coding["code"].as_str().unwrap_or_default().to_string(),
            display: coding["display"].as_str().unwrap_or_default().to_string(),
            route: r["dosageInstruction"][0]["route"]["coding"][0]["code"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
            reason: r["reasonReference"][0]["reference"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        }
    }
}

fn load_samples() -> anyhow::Result<Vec<Sample>> {
    let examples: Vec<Value> = EXAMPLE_REQUESTS
        .iter()
        .map(|t| serde_json::from_str(t))
        .collect::<Result<_, _>>()?;
    SAMPLES
        .iter()
        .map(|(key, text)| {
            let bundle: Value = serde_json::from_str(text)?;
            let resources: Vec<Value> = bundle["entry"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|e| e["resource"].clone())
                .collect();
            let find = |t: &str| {
                resources
                    .iter()
                    .find(|r| r["resourceType"] == t)
                    .and_then(|r| r["id"].as_str())
                    .map(|id| format!("{t}/{id}"))
            };
            let patient_id = find("Patient")
                .and_then(|p| p.strip_prefix("Patient/").map(str::to_string))
                .ok_or_else(|| anyhow::anyhow!("sample {key} has no Patient"))?;
            let payer = resources
                .iter()
                .find(|r| r["resourceType"] == "Organization")
                .and_then(|r| r["name"].as_str())
                .unwrap_or("(no payer)")
                .to_string();
            let from_example: Vec<Value> = examples
                .iter()
                .filter(|e| e["context"]["patientId"] == patient_id.as_str())
                .flat_map(|e| {
                    e["context"]["draftOrders"]["entry"]
                        .as_array()
                        .cloned()
                        .unwrap_or_default()
                })
                .map(|e| e["resource"].clone())
                .collect();
            let orders = if from_example.is_empty() {
                resources
                    .iter()
                    .filter(|r| ORDER_KINDS.contains(&r["resourceType"].as_str().unwrap_or("")))
                    .cloned()
                    .collect()
            } else {
                from_example
            };
            Ok(Sample {
                key: key.to_string(),
                user: find("Practitioner").unwrap_or_else(|| "Practitioner/demo-clinician".into()),
                coverage: find("Coverage"),
                payer,
                default_orders: orders.iter().map(OrderRow::from_resource).collect(),
                patient_id,
                resources,
            })
        })
        .collect()
}

/// An ES384 key pair made at start-up: (signing key, public JWK Set).
fn make_key() -> anyhow::Result<(EncodingKey, Value)> {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine as _;
    let rng = SystemRandom::new();
    let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P384_SHA384_FIXED_SIGNING, &rng)
        .map_err(|_| anyhow::anyhow!("could not make the demo EHR key"))?;
    let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P384_SHA384_FIXED_SIGNING, pkcs8.as_ref(), &rng)
        .map_err(|_| anyhow::anyhow!("could not read the demo EHR key"))?;
    // Uncompressed point: 0x04 || x (48 bytes) || y (48 bytes).
    let point = pair.public_key().as_ref();
    anyhow::ensure!(point.len() == 97, "unexpected P-384 public key length");
    let jwks = json!({ "keys": [{
        "kty": "EC", "crv": "P-384", "alg": "ES384", "use": "sig", "kid": KEY_ID,
        "x": URL_SAFE_NO_PAD.encode(&point[1..49]),
        "y": URL_SAFE_NO_PAD.encode(&point[49..97]),
    }]});
    Ok((EncodingKey::from_ec_der(pkcs8.as_ref()), jwks))
}

impl DemoEhr {
    pub fn new(public_base_url: &str) -> anyhow::Result<DemoEhr> {
        let samples = load_samples()?;
        let fhir = DemoFhir::new(
            samples
                .iter()
                .flat_map(|s| s.resources.iter().cloned())
                .collect(),
        );
        let (key, jwks) = make_key()?;
        Ok(DemoEhr {
            base: public_base_url.to_string(),
            issuer: format!("{public_base_url}/demo"),
            samples,
            fhir,
            key,
            jwks,
            grants: Mutex::new(Grants {
                launches: HashMap::new(),
                codes: HashMap::new(),
                tokens: HashMap::new(),
            }),
        })
    }

    /// The demo EHR's JWT issuer (its CDS client id).
    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    pub fn jwks_url(&self) -> String {
        format!("{}/demo/.well-known/jwks.json", self.base)
    }

    pub fn jwks(&self) -> &Value {
        &self.jwks
    }

    /// The demo EHR's FHIR base (also its SMART `iss`).
    pub fn fhir_base(&self) -> String {
        format!("{}/demo/fhir", self.base)
    }

    pub fn sample(&self, key: &str) -> Option<&Sample> {
        self.samples.iter().find(|s| s.key == key)
    }

    fn grants(&self) -> std::sync::MutexGuard<'_, Grants> {
        let mut g = self.grants.lock().unwrap_or_else(|p| p.into_inner());
        let t = now();
        g.launches.retain(|_, l| l.expires > t);
        g.codes.retain(|_, c| c.expires > t);
        g.tokens.retain(|_, (_, e)| *e > t);
        g
    }

    fn sign(&self, claims: &Value) -> Result<String, ApiError> {
        let mut header = Header::new(Algorithm::ES384);
        header.kid = Some(KEY_ID.into());
        header.typ = Some("JWT".into());
        jsonwebtoken::encode(&header, claims, &self.key)
            .map_err(|e| ApiError::Internal(anyhow::anyhow!("demo JWT: {e}")))
    }

    /// An access token to the demo FHIR server for `patient`.
    fn access_token(&self, patient: &str) -> Result<String, ApiError> {
        let mut g = self.grants();
        if g.tokens.len() >= GRANT_CAP {
            return Err(busy());
        }
        let token = random_token();
        g.tokens
            .insert(token.clone(), (patient.to_string(), now() + TOKEN_TTL));
        Ok(token)
    }

    /// The patient an `Authorization: Bearer` access token of this demo EHR is for.
    fn token_patient(&self, req: &HttpRequest) -> Option<String> {
        let token = req
            .headers()
            .get(header::AUTHORIZATION)?
            .to_str()
            .ok()?
            .strip_prefix("Bearer ")?
            .trim();
        self.grants().tokens.get(token).map(|(p, _)| p.clone())
    }
}

fn busy() -> ApiError {
    ApiError::bad_request(
        IssueType::BusinessRule,
        "the demo EHR has too many open sessions; try again in a few minutes",
    )
}

fn demo(state: &AppState) -> Result<&DemoEhr, ApiError> {
    state
        .demo
        .as_deref()
        .ok_or_else(|| ApiError::NotFound("the demo EHR is turned off (demo.enabled)".into()))
}

fn invalid(message: impl Into<String>) -> ApiError {
    ApiError::bad_request(IssueType::Invalid, message)
}

/// The JSON body of a call from the demo page (64 KB at most), or a 400 saying what was expected.
async fn json_body<T: serde::de::DeserializeOwned>(
    req: &HttpRequest,
    payload: web::Payload,
    expected: &str,
) -> Result<T, ApiError> {
    let body = crate::routes::read_body(req, payload, 64 * 1024).await?;
    serde_json::from_slice(&body).map_err(|_| invalid(format!("expected {expected}")))
}

/// `GET /demo`: the demo EHR page.
pub async fn page(
    state: web::Data<AppState>,
    query: web::Query<HashMap<String, String>>,
) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    let chosen = query
        .get("sample")
        .and_then(|k| demo.sample(k))
        .unwrap_or(&demo.samples[0]);
    Ok(page::html_response(page::render(&state, demo, chosen)))
}

const ASSETS: &[(&str, &str, &str)] = &[
    (
        "demo.js",
        "text/javascript; charset=utf-8",
        include_str!("../../web/demo/demo.js"),
    ),
    (
        "demo.css",
        "text/css; charset=utf-8",
        include_str!("../../web/demo/demo.css"),
    ),
];

/// `GET /demo/static/{file}`.
pub async fn asset(
    state: web::Data<AppState>,
    file: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    demo(&state)?;
    let (_, content_type, body) = ASSETS
        .iter()
        .find(|(name, ..)| *name == file.as_str())
        .ok_or_else(|| ApiError::NotFound("no such file".into()))?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .insert_header((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .content_type(*content_type)
        .body(*body))
}

/// `GET /demo/.well-known/jwks.json`: the demo EHR's public key (what a real EHR publishes for CDS services).
pub async fn jwks(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(demo(&state)?.jwks()))
}

/// `GET /demo/api/samples`: the sample patients with their default orders (the form's rows).
pub async fn samples(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    let list: Vec<Value> = demo
        .samples
        .iter()
        .map(|s| {
            json!({
                "sample": s.key, "patient": s.patient_id, "payer": s.payer,
                "coverage": s.coverage, "orders": s.default_orders,
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "samples": list })))
}

#[derive(Deserialize)]
pub struct PrepareBody {
    sample: String,
    orders: Vec<OrderRow>,
}

/// The FHIR resource of a form row (validated).
fn order_resource(sample: &Sample, row: &OrderRow, index: usize) -> Result<Value, ApiError> {
    let kind = ORDER_KINDS
        .iter()
        .find(|k| **k == row.kind)
        .ok_or_else(|| invalid(format!("order {}: unknown order type", index + 1)))?;
    let system = system_of_form(&row.system)
        .map(CodeSystem::uri)
        .ok_or_else(|| {
            invalid(format!(
                "order {}: code system must be CPT, HCPCS or RxNorm",
                index + 1
            ))
        })?;
    let code = row.code.trim();
    if code.is_empty() || code.len() > 20 || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Err(invalid(format!(
            "order {}: the code must be 1-20 letters or digits",
            index + 1
        )));
    }
    let display = row.display.trim();
    if display.chars().count() > 300 {
        return Err(invalid(format!(
            "order {}: the description is too long",
            index + 1
        )));
    }
    let id = if row.id.is_empty() {
        format!("{}-demo-{}", sample.patient_id, index + 1)
    } else if is_fhir_id(&row.id) {
        row.id.clone()
    } else {
        return Err(invalid(format!(
            "order {}: the id is not a FHIR id",
            index + 1
        )));
    };
    let mut coding = json!({ "system": system, "code": code });
    if !display.is_empty() {
        coding["display"] = json!(display);
    }
    let mut r = json!({
        "resourceType": kind, "id": id, "status": "draft", "intent": "order",
        "subject": { "reference": format!("Patient/{}", sample.patient_id) },
        "authoredOn": chrono::Utc::now().date_naive().to_string(),
        "requester": { "reference": sample.user },
    });
    let concept = json!({ "coding": [coding] });
    match *kind {
        "ServiceRequest" => r["code"] = concept,
        "DeviceRequest" => r["codeCodeableConcept"] = concept,
        _ => r["medicationCodeableConcept"] = concept,
    }
    if !row.route.is_empty() {
        let (_, code, display) = SNOMED_ROUTES
            .iter()
            .find(|(_, c, _)| *c == row.route)
            .ok_or_else(|| invalid(format!("order {}: unknown route", index + 1)))?;
        if *kind != "MedicationRequest" {
            return Err(invalid(format!(
                "order {}: only a medication order has a route",
                index + 1
            )));
        }
        r["dosageInstruction"] = json!([{ "route": { "coding": [{ "system": SNOMED, "code": code, "display": display }] } }]);
    }
    if !row.reason.is_empty() {
        let known = sample
            .of_type("Condition")
            .any(|c| format!("Condition/{}", c["id"].as_str().unwrap_or_default()) == row.reason);
        if !known {
            return Err(invalid(format!(
                "order {}: the reason must be one of the patient's problems",
                index + 1
            )));
        }
        r["reasonReference"] = json!([{ "reference": row.reason }]);
    }
    if let Some(coverage) = &sample.coverage {
        r["insurance"] = json!([{ "reference": coverage }]);
    }
    Ok(r)
}

/// `POST /demo/api/prepare` `{sample, orders: [row]}`: what the demo EHR's back end does when the clinician signs
/// — stores the draft orders, builds the `order-sign` request with prefetch from the service's discovery templates,
/// and signs the JWT for the hook endpoint. Answers `{url, authorization, request}`; the page sends it.
pub async fn prepare(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    let body: PrepareBody =
        json_body(&req, payload, "{\"sample\": key, \"orders\": [...]}").await?;
    let sample = demo
        .sample(&body.sample)
        .ok_or_else(|| invalid("no such sample patient"))?;
    if body.orders.is_empty() || body.orders.len() > MAX_ORDERS {
        return Err(invalid(format!("sign 1 to {MAX_ORDERS} orders")));
    }
    let orders = body
        .orders
        .iter()
        .enumerate()
        .map(|(i, row)| order_resource(sample, row, i))
        .collect::<Result<Vec<_>, _>>()?;
    // The EHR holds its draft orders: the questionnaire app reads them from its FHIR server.
    for order in &orders {
        demo.fhir.write(order.clone());
    }
    let service = state
        .service(SIGN_SERVICE)
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("no {SIGN_SERVICE} service")))?;
    let fhir_base = demo.fhir_base();
    let mut prefetch = serde_json::Map::new();
    for (key, template) in &service.prefetch {
        let query = template
            .replace("{{context.patientId}}", &sample.patient_id)
            .replace("{{context.userId}}", &sample.user);
        // A template the demo server cannot answer is left out; crd-server then reads it itself (CDS Hooks).
        if let Ok(found) = demo.fhir.get(&fhir_base, &query) {
            prefetch.insert(key.clone(), found);
        }
    }
    let request = json!({
        "hook": "order-sign",
        "hookInstance": uuid::Uuid::new_v4().to_string(),
        "fhirServer": fhir_base,
        "fhirAuthorization": {
            "access_token": demo.access_token(&sample.patient_id)?,
            "token_type": "Bearer", "expires_in": TOKEN_TTL, "scope": "patient/*.read",
            "subject": state.settings.smart.client_id,
        },
        "context": {
            "userId": sample.user,
            "patientId": sample.patient_id,
            "draftOrders": { "resourceType": "Bundle", "type": "collection",
                             "entry": orders.iter().map(|r| json!({ "resource": r })).collect::<Vec<_>>() },
        },
        "prefetch": prefetch,
    });
    let path = format!("/cds-services/{SIGN_SERVICE}");
    let t = now();
    let jwt = demo.sign(&json!({
        "iss": demo.issuer(), "sub": demo.issuer(), "aud": format!("{}{path}", state.public_base_url),
        "exp": t + 300, "iat": t, "jti": uuid::Uuid::new_v4().to_string(),
    }))?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(json!({ "url": path, "authorization": format!("Bearer {jwt}"), "request": request })))
}

#[derive(Deserialize)]
pub struct LaunchBody {
    patient: String,
    url: String,
    #[serde(default, rename = "appContext")]
    app_context: Option<String>,
}

/// `POST /demo/api/launch` `{patient, url, appContext}`: what an EHR does for a SMART link — binds a launch id
/// to the patient, the user and the card's context, and answers the address to open (`url?iss=…&launch=…`).
pub async fn launch(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    let body: LaunchBody = json_body(
        &req,
        payload,
        "{\"patient\": id, \"url\": link URL, \"appContext\": text}",
    )
    .await?;
    let sample = demo
        .samples
        .iter()
        .find(|s| s.patient_id == body.patient)
        .ok_or_else(|| invalid("no such sample patient"))?;
    // The demo authorization server knows one app: this server's questionnaire app.
    if body.url != state.smart_launch_url {
        return Err(invalid(
            "the demo EHR launches only this server's questionnaire app",
        ));
    }
    let app_context = body.app_context.clone().filter(|a| a.len() <= 8192);
    let parsed: Value = app_context
        .as_deref()
        .and_then(|a| serde_json::from_str(a).ok())
        .unwrap_or(Value::Null);
    let mut fhir_context = Vec::new();
    if let Some(c) = parsed["coverage"].as_str() {
        fhir_context.push(json!({ "reference": c }));
    }
    for o in parsed["order"].as_array().into_iter().flatten() {
        if let Some(o) = o.as_str() {
            fhir_context.push(json!({ "reference": o }));
        }
    }
    let id = random_token();
    {
        let mut g = demo.grants();
        if g.launches.len() >= GRANT_CAP {
            return Err(busy());
        }
        g.launches.insert(
            id.clone(),
            Launch {
                patient: sample.patient_id.clone(),
                user: sample.user.clone(),
                app_context,
                fhir_context,
                expires: now() + LAUNCH_TTL,
            },
        );
    }
    let mut url = url::Url::parse(&body.url).map_err(|_| invalid("the link URL is not a URL"))?;
    url.query_pairs_mut()
        .append_pair("iss", &demo.fhir_base())
        .append_pair("launch", &id);
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(json!({ "url": url.as_str() })))
}

/// `GET /demo/fhir/.well-known/smart-configuration`.
pub async fn smart_configuration(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    Ok(HttpResponse::Ok().json(json!({
        "issuer": demo.fhir_base(),
        "jwks_uri": demo.jwks_url(),
        "authorization_endpoint": format!("{}/demo/auth/authorize", demo.base),
        "token_endpoint": format!("{}/demo/auth/token", demo.base),
        "grant_types_supported": ["authorization_code"],
        "code_challenge_methods_supported": ["S256"],
        "token_endpoint_auth_methods_supported": ["none"],
        "scopes_supported": ["openid", "fhirUser", "launch", "patient/*.rs", "user/*.rs", "patient/QuestionnaireResponse.cu"],
        "response_types_supported": ["code"],
        "capabilities": ["launch-ehr", "client-public", "context-ehr-patient", "sso-openid-connect",
                         "permission-patient", "permission-user", "permission-v2"],
    })))
}

/// A plain-text error page for authorization requests that cannot be sent back to the app.
fn auth_page(message: &str) -> HttpResponse {
    HttpResponse::BadRequest()
        .content_type("text/plain; charset=utf-8")
        .body(format!("Demo EHR: {message}\n"))
}

/// `GET /demo/auth/authorize`: the demo clinician is signed in and approves; checks what a real EHR checks
/// (client, redirect URI, PKCE S256, aud, the launch) and redirects back with a code.
pub async fn authorize(
    state: web::Data<AppState>,
    query: web::Query<HashMap<String, String>>,
) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    let q = |k: &str| query.get(k).map(String::as_str).unwrap_or("");
    let redirect_uri = format!("{}/smart/callback", state.public_base_url);
    if q("client_id") != state.settings.smart.client_id {
        return Ok(auth_page("unknown client_id"));
    }
    if q("redirect_uri") != redirect_uri {
        return Ok(auth_page(
            "redirect_uri is not the one registered for this client",
        ));
    }
    let bounce = |params: &[(&str, &str)]| {
        let mut target = url::Url::parse(&redirect_uri).expect("the public base URL is a URL");
        {
            let mut pairs = target.query_pairs_mut();
            for (k, v) in params {
                pairs.append_pair(k, v);
            }
            pairs.append_pair("state", q("state"));
        }
        HttpResponse::Found()
            .insert_header((header::LOCATION, target.as_str()))
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .finish()
    };
    let refuse = |why: &str| {
        Ok(bounce(&[
            ("error", "invalid_request"),
            ("error_description", why),
        ]))
    };
    if q("response_type") != "code" {
        return refuse("response_type must be code");
    }
    if q("state").is_empty() {
        return refuse("state is required");
    }
    if q("aud") != demo.fhir_base() {
        return refuse("aud must be the demo EHR's FHIR base URL");
    }
    if q("code_challenge_method") != "S256" || q("code_challenge").len() != 43 {
        return refuse("PKCE with code_challenge_method S256 is required");
    }
    if !q("scope").split(' ').any(|s| s == "launch") {
        return refuse("the demo EHR supports EHR launches (scope launch)");
    }
    let code = random_token();
    {
        let mut g = demo.grants();
        let Some(launch) = g.launches.remove(q("launch")) else {
            drop(g);
            return refuse("the launch is unknown or expired");
        };
        if g.codes.len() >= GRANT_CAP {
            return Err(busy());
        }
        g.codes.insert(
            code.clone(),
            Grant {
                redirect_uri: redirect_uri.clone(),
                challenge: q("code_challenge").to_string(),
                scope: q("scope").to_string(),
                launch,
                expires: now() + CODE_TTL,
            },
        );
    }
    Ok(bounce(&[("code", &code)]))
}

/// `POST /demo/auth/token` (form): exchanges a code for an access token with the launch context. Every refusal
/// is an OAuth error object (RFC 6749 5.2), malformed requests included.
pub async fn token(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    let body = crate::routes::read_limited(&req, payload, 16 * 1024).await?;
    let fail = |error: &str, description: &str| {
        HttpResponse::BadRequest()
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .json(json!({ "error": error, "error_description": description }))
    };
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Ok(fail(
            "invalid_request",
            "the token request must be application/x-www-form-urlencoded",
        ));
    }
    let form: HashMap<String, String> = url::form_urlencoded::parse(&body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let f = |k: &str| form.get(k).map(String::as_str).unwrap_or("");
    if f("grant_type") != "authorization_code" {
        return Ok(fail(
            "unsupported_grant_type",
            "grant_type must be authorization_code",
        ));
    }
    if f("client_id") != state.settings.smart.client_id {
        return Ok(fail("invalid_client", "unknown client_id"));
    }
    let grant = demo.grants().codes.remove(f("code"));
    let Some(grant) = grant else {
        return Ok(fail(
            "invalid_grant",
            "the code is unknown, used or expired",
        ));
    };
    if f("redirect_uri") != grant.redirect_uri {
        return Ok(fail(
            "invalid_grant",
            "redirect_uri differs from the authorization request",
        ));
    }
    if sha256_b64(f("code_verifier")) != grant.challenge {
        return Ok(fail(
            "invalid_grant",
            "code_verifier does not match the code_challenge (PKCE S256)",
        ));
    }
    let launch = grant.launch;
    let access_token = demo.access_token(&launch.patient)?;
    let mut body = json!({
        "access_token": access_token, "token_type": "Bearer", "expires_in": TOKEN_TTL,
        "scope": grant.scope, "patient": launch.patient, "fhirContext": launch.fhir_context,
        "need_patient_banner": true,
    });
    if let Some(a) = launch.app_context {
        body["appContext"] = json!(a);
    }
    if grant.scope.split(' ').any(|s| s == "openid") {
        let t = now();
        body["id_token"] = json!(demo.sign(&json!({
            "iss": demo.fhir_base(), "sub": launch.user, "aud": state.settings.smart.client_id,
            "fhirUser": format!("{}/{}", demo.fhir_base(), launch.user), "iat": t, "exp": t + 300,
        }))?);
    }
    Ok(HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::PRAGMA, "no-cache"))
        .json(body))
}

fn fhir_json(status: actix_web::http::StatusCode, body: &Value) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .content_type("application/fhir+json")
        .json(body)
}

/// `GET /demo/fhir/metadata`.
pub async fn metadata(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    demo(&state)?;
    let types = [
        "Patient",
        "Practitioner",
        "Organization",
        "Coverage",
        "Condition",
        "Procedure",
        "Observation",
        "MedicationStatement",
        "MedicationRequest",
        "ServiceRequest",
        "DeviceRequest",
        "AllergyIntolerance",
        "MedicationAdministration",
        "QuestionnaireResponse",
    ];
    let params: Vec<Value> = ["patient", "subject", "status", "code", "_id"]
        .iter()
        .map(|p| json!({ "name": p, "type": if p.starts_with('_') || *p == "status" || *p == "code" { "token" } else { "reference" } }))
        .collect();
    let resources: Vec<Value> = types
        .iter()
        .map(|t| json!({ "type": t, "interaction": [{ "code": "read" }, { "code": "search-type" }], "searchParam": params }))
        .collect();
    Ok(fhir_json(
        actix_web::http::StatusCode::OK,
        &json!({
            "resourceType": "CapabilityStatement", "status": "active", "kind": "instance",
            "date": "2026-11-28", "fhirVersion": "4.0.1", "format": ["json"],
            "software": { "name": "crd-server demo EHR" },
            "rest": [{ "mode": "server", "resource": resources }],
        }),
    ))
}

/// `GET /demo/fhir/{type}` (search) and `GET /demo/fhir/{type}/{id}` (read). The sample charts are public test
/// data; reads need no token, writes do.
pub async fn fhir_get(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    let path = req.path().strip_prefix("/demo/fhir/").unwrap_or_default();
    let target = if req.query_string().is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", req.query_string())
    };
    match demo.fhir.get(&demo.fhir_base(), &target) {
        Ok(found) => Ok(fhir_json(actix_web::http::StatusCode::OK, &found)),
        Err(fhir::SearchError(message)) if path.contains('/') => Err(ApiError::NotFound(message)),
        Err(fhir::SearchError(message)) => Err(invalid(message)),
    }
}

/// `POST /demo/fhir/QuestionnaireResponse` and `PUT /demo/fhir/QuestionnaireResponse/{id}`: the questionnaire
/// app saves the answers to the EHR (with the access token of its launch, for that patient only).
pub async fn fhir_write(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let demo = demo(&state)?;
    let patient = demo.token_patient(&req).ok_or_else(|| {
        ApiError::Unauthorized("a demo EHR access token is required to write".into())
    })?;
    let path = req.path().strip_prefix("/demo/fhir/").unwrap_or_default();
    let (resource_type, id) = match path.split_once('/') {
        Some((t, id)) => (t, Some(id)),
        None => (path, None),
    };
    if resource_type != "QuestionnaireResponse" {
        return Err(ApiError::bad_request(
            IssueType::BusinessRule,
            "the demo EHR stores only QuestionnaireResponses",
        ));
    }
    let body =
        crate::routes::read_body(&req, payload, state.settings.server.max_body_bytes).await?;
    let mut resource: Value = serde_json::from_slice(&body)
        .map_err(|_| ApiError::bad_request(IssueType::Structure, "the body is not JSON"))?;
    if resource["resourceType"] != resource_type {
        return Err(invalid("resourceType does not match the URL"));
    }
    if resource["subject"]["reference"].as_str() != Some(&format!("Patient/{patient}")) {
        return Err(ApiError::Forbidden(
            "the QuestionnaireResponse must be about the launched patient".into(),
        ));
    }
    let id = match id {
        Some(id) if is_fhir_id(id) => id.to_string(),
        Some(_) => return Err(invalid("not a FHIR id")),
        None => uuid::Uuid::new_v4().to_string(),
    };
    // An update may not take over another patient's QuestionnaireResponse.
    let existing = demo.fhir.read(resource_type, &id);
    if existing
        .as_ref()
        .is_some_and(|e| e["subject"] != resource["subject"])
    {
        return Err(ApiError::Forbidden(
            "that QuestionnaireResponse is about another patient".into(),
        ));
    }
    let created = existing.is_none();
    resource["id"] = json!(id);
    let stored = demo.fhir.write(resource);
    let status = if created {
        actix_web::http::StatusCode::CREATED
    } else {
        actix_web::http::StatusCode::OK
    };
    let mut resp = fhir_json(status, &stored);
    if let Ok(v) =
        header::HeaderValue::from_str(&format!("{}/QuestionnaireResponse/{id}", demo.fhir_base()))
    {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    Ok(resp)
}
