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
pub mod page;

use std::collections::HashMap;
use std::sync::Mutex;

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use ring::rand::SystemRandom;
use ring::signature::{EcdsaKeyPair, KeyPair, ECDSA_P384_SHA384_FIXED_SIGNING};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::error::{ApiError, IssueType};
use crate::fhir::is_fhir_id;
use crate::policy::codes::{CodeSystem, SNOMED};
use crate::policy::facts::SNOMED_ROUTES;
use crate::util::{now, random_token};

pub use fhir::DemoFhir;

use crate::html::StaticFile;

/// The files under `/demo/static/`.
pub const ASSETS: &[StaticFile] = &[
    StaticFile {
        path: "demo.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../../web/demo/demo.js"),
        cache_control: "no-cache",
    },
    StaticFile {
        path: "demo.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../../web/demo/demo.css"),
        cache_control: "no-cache",
    },
];

pub(crate) fn busy() -> ApiError {
    ApiError::bad_request(
        IssueType::BusinessRule,
        "the demo EHR has too many open sessions; try again in a few minutes",
    )
}

pub(crate) fn invalid(message: impl Into<String>) -> ApiError {
    ApiError::bad_request(IssueType::Invalid, message)
}

/// The bundled sample charts (transaction Bundles), compiled in so the demo needs nothing beside the binary.
pub(crate) const SAMPLES: &[(&str, &str)] = &[
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
pub(crate) const EXAMPLE_REQUESTS: &[&str] = &[
    include_str!("../../cds-hooks/examples/order-sign-request.json"),
    include_str!("../../cds-hooks/examples/order-sign-lhcc-request.json"),
];

/// The code systems an order row may use (`cpt`, `hcpcs`, `rxnorm` on the form).
pub const ORDER_SYSTEMS: [CodeSystem; 3] = [CodeSystem::Cpt, CodeSystem::Hcpcs, CodeSystem::Rxnorm];
/// The order kinds the form offers.
pub const ORDER_KINDS: &[&str] = &["ServiceRequest", "DeviceRequest", "MedicationRequest"];
/// The service the page signs with.
pub(crate) const SIGN_SERVICE: &str = "order-sign-crd";
pub(crate) const KEY_ID: &str = "demo-ehr-es384";
/// Most orders one signing carries.
pub(crate) const MAX_ORDERS: usize = 5;
/// Lifetimes: launch (until the app comes back), authorization code, access token.
pub(crate) const LAUNCH_TTL: i64 = 600;
pub(crate) const CODE_TTL: i64 = 120;
pub(crate) const TOKEN_TTL: i64 = 3600;
/// Most live launches, codes or tokens kept at once (expired ones are swept first).
pub(crate) const GRANT_CAP: usize = 2000;

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
    pub(crate) fn of_type<'a>(&'a self, t: &'a str) -> impl Iterator<Item = &'a Value> + 'a {
        self.resources
            .iter()
            .filter(move |r| r["resourceType"] == t)
    }
}

pub(crate) struct Launch {
    pub(crate) patient: String,
    pub(crate) user: String,
    pub(crate) app_context: Option<String>,
    pub(crate) fhir_context: Vec<Value>,
    pub(crate) expires: i64,
}

pub(crate) struct Grant {
    pub(crate) redirect_uri: String,
    pub(crate) challenge: String,
    pub(crate) scope: String,
    pub(crate) launch: Launch,
    pub(crate) expires: i64,
}

pub(crate) struct Grants {
    pub(crate) launches: HashMap<String, Launch>,
    pub(crate) codes: HashMap<String, Grant>,
    /// access token → (patient, expiry).
    pub(crate) tokens: HashMap<String, (String, i64)>,
}

pub struct DemoEhr {
    pub(crate) base: String,
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

pub(crate) fn system_of_form(name: &str) -> Option<CodeSystem> {
    ORDER_SYSTEMS.into_iter().find(|s| form_name(*s) == name)
}

pub(crate) fn order_coding(r: &Value) -> &Value {
    ["code", "codeCodeableConcept", "medicationCodeableConcept"]
        .iter()
        .map(|f| &r[*f]["coding"][0])
        .find(|c| c.is_object())
        .unwrap_or(&Value::Null)
}

impl OrderRow {
    pub(crate) fn from_resource(r: &Value) -> OrderRow {
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

pub(crate) fn load_samples() -> anyhow::Result<Vec<Sample>> {
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
pub(crate) fn make_key() -> anyhow::Result<(EncodingKey, Value)> {
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

    pub(crate) fn grants(&self) -> std::sync::MutexGuard<'_, Grants> {
        let mut g = self.grants.lock().unwrap_or_else(|p| p.into_inner());
        let t = now();
        g.launches.retain(|_, l| l.expires > t);
        g.codes.retain(|_, c| c.expires > t);
        g.tokens.retain(|_, (_, e)| *e > t);
        g
    }

    pub(crate) fn sign(&self, claims: &Value) -> Result<String, ApiError> {
        let mut header = Header::new(Algorithm::ES384);
        header.kid = Some(KEY_ID.into());
        header.typ = Some("JWT".into());
        jsonwebtoken::encode(&header, claims, &self.key)
            .map_err(|e| ApiError::Internal(anyhow::anyhow!("demo JWT: {e}")))
    }

    /// An access token to the demo FHIR server for `patient`.
    pub(crate) fn access_token(&self, patient: &str) -> Result<String, ApiError> {
        let mut g = self.grants();
        if g.tokens.len() >= GRANT_CAP {
            return Err(busy());
        }
        let token = random_token();
        g.tokens
            .insert(token.clone(), (patient.to_string(), now() + TOKEN_TTL));
        Ok(token)
    }

    /// The patient an `Authorization: Bearer` access token of this demo EHR is for (the header's value).
    pub(crate) fn token_patient(&self, authorization: Option<&str>) -> Option<String> {
        let token = authorization?.strip_prefix("Bearer ")?.trim();
        self.grants().tokens.get(token).map(|(p, _)| p.clone())
    }
}

/// The FHIR resource of a form row (validated).
pub(crate) fn order_resource(
    sample: &Sample,
    row: &OrderRow,
    index: usize,
) -> Result<Value, ApiError> {
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
