//! The CDS Hooks request as it arrives on the wire, and its validation.
//!
//! Owns: the envelope (hook, hookInstance, fhirServer, fhirAuthorization, context, prefetch, extension) and the
//! CRD request extensions (requested version, configuration). Resources inside stay raw JSON slices here; they
//! are parsed once, typed, where they are used.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde_json::Value;

use crate::error::{ApiError, IssueType};
pub use crate::fhir::is_fhir_id;
use crate::fhir::Contents;

#[derive(Deserialize)]
pub struct HookRequest {
    pub hook: String,
    #[serde(rename = "hookInstance")]
    pub hook_instance: String,
    #[serde(rename = "fhirServer", default)]
    pub fhir_server: Option<String>,
    #[serde(rename = "fhirAuthorization", default)]
    pub fhir_authorization: Option<FhirAuthorization>,
    pub context: HookContext,
    /// Each value split into its resources as the envelope is read (`fhir::Contents`).
    #[serde(default)]
    pub prefetch: Option<BTreeMap<String, Contents>>,
    #[serde(default)]
    pub extension: Option<Value>,
}

/// The EHR's token for its FHIR server. Debug never prints the token.
#[derive(Deserialize)]
pub struct FhirAuthorization {
    pub access_token: String,
    #[serde(default)]
    pub token_type: Option<String>,
    #[serde(default)]
    pub scope: Option<String>,
}

impl fmt::Debug for FhirAuthorization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FhirAuthorization")
            .field("access_token", &"[redacted]")
            .field("token_type", &self.token_type)
            .finish()
    }
}

#[derive(Deserialize)]
pub struct HookContext {
    #[serde(rename = "patientId", default)]
    pub patient_id: Option<String>,
    #[serde(rename = "userId", default)]
    pub user_id: Option<String>,
    #[serde(rename = "encounterId", default)]
    pub encounter_id: Option<String>,
    #[serde(rename = "draftOrders", default)]
    pub draft_orders: Option<Contents>,
    #[serde(default)]
    pub selections: Option<Vec<String>>,
    #[serde(rename = "dispatchedOrders", default)]
    pub dispatched_orders: Option<Vec<String>>,
    /// `dispatched-orders`: the name the CDS Hooks order-dispatch page's own example uses (its table says
    /// `dispatchedOrders`); read when `dispatchedOrders` is absent.
    #[serde(rename = "dispatched-orders", default)]
    pub dispatched_orders_hyphenated: Option<Vec<String>>,
    /// `order`: the one dispatched order of the order-dispatch context CRD 2.0.1 and the Inferno CRD kit use
    /// (with `task`); read when neither list above is there.
    #[serde(default)]
    pub order: Option<String>,
    #[serde(default)]
    pub appointments: Option<Contents>,
}

/// The CRD version a response is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CrdVersion {
    /// STU 2.0.1: asked for with `davinci-crd.requestedVersion: "2.0"`, or the default of the `-v2.0` services.
    V2_0,
    /// STU 2.2 (the version discovery declares, so the default): `indeterminate`, reason `technical`,
    /// `expiry-date`, `detail`, the cdshooks-card-type code system.
    V2_2,
}

/// CRD configuration the EHR may send in `extension."davinci-crd.configuration"`.
#[derive(Debug, Clone, Copy)]
pub struct CrdConfiguration {
    pub coverage_info: bool,
    pub guideline: bool,
    pub max_cards: usize,
    /// `dtr-launch`: the SMART launch card for DTR, where the server offers it (`dtr.launch_card`).
    pub dtr_launch: bool,
}

impl Default for CrdConfiguration {
    fn default() -> Self {
        CrdConfiguration {
            coverage_info: true,
            guideline: true,
            max_cards: 10,
            dtr_launch: true,
        }
    }
}

fn bad(message: impl Into<String>) -> ApiError {
    ApiError::bad_request(IssueType::Invalid, message)
}

impl HookRequest {
    /// Parses the body. Errors name what is wrong (serde's message carries the field and position).
    pub fn parse(body: &[u8]) -> Result<HookRequest, ApiError> {
        let value: HookRequest = serde_json::from_slice(body).map_err(|e| {
            let what = if e.is_syntax() || e.is_eof() {
                "the request body is not valid JSON"
            } else {
                "the request body is not a CDS Hooks request"
            };
            ApiError::bad_request(IssueType::Structure, format!("{what}: {e}"))
        })?;
        Ok(value)
    }

    /// Checks the envelope against the service it was sent to.
    pub fn validate(&self, service_hook: &str) -> Result<(), ApiError> {
        if self.hook != service_hook {
            return Err(bad(format!(
                "hook '{}' sent to a service for hook '{service_hook}'",
                self.hook
            )));
        }
        if self.hook_instance.trim().is_empty() {
            return Err(bad("hookInstance must not be empty"));
        }
        match self.context.patient_id.as_deref() {
            Some(p) if is_fhir_id(p) => {}
            Some(_) => return Err(bad("context.patientId is not a valid FHIR id")),
            None => {
                return Err(ApiError::bad_request(
                    IssueType::Required,
                    "context.patientId is required",
                ))
            }
        }
        if self.fhir_authorization.is_some() && self.fhir_server.is_none() {
            return Err(bad("fhirAuthorization was sent without fhirServer"));
        }
        if let Some(auth) = &self.fhir_authorization {
            if auth.access_token.trim().is_empty() {
                return Err(bad("fhirAuthorization.access_token must not be empty"));
            }
        }
        if let Some(server) = &self.fhir_server {
            match url::Url::parse(server) {
                Ok(u) if matches!(u.scheme(), "http" | "https") => {}
                _ => return Err(bad("fhirServer is not an http(s) URL")),
            }
            // Encoded separators and dot segments would let a path escape the allowlisted prefix on a server
            // that decodes them.
            let lower = server.to_ascii_lowercase();
            if ["%2f", "%5c", "%2e"].iter().any(|e| lower.contains(e)) || server.contains('\\') {
                return Err(bad(
                    "fhirServer has an encoded separator or dot (%2F, %5C, %2E) or a backslash",
                ));
            }
        }
        match service_hook {
            "order-sign" | "order-select" if self.context.draft_orders.is_none() => {
                Err(ApiError::bad_request(
                    IssueType::Required,
                    format!("context.draftOrders is required for {service_hook}"),
                ))
            }
            "order-dispatch" if self.dispatched_orders().is_empty() => Err(ApiError::bad_request(
                IssueType::Required,
                "context.dispatchedOrders is required for order-dispatch",
            )),
            "appointment-book" if self.context.appointments.is_none() => {
                Err(ApiError::bad_request(
                    IssueType::Required,
                    "context.appointments is required for appointment-book",
                ))
            }
            _ => Ok(()),
        }
    }

    /// The dispatched orders as the client wrote them: `dispatchedOrders` (CDS Hooks 2.0), else
    /// `dispatched-orders` (the spec page's example), else the one `order` (CRD 2.0.1's hook version, Inferno).
    pub fn dispatched_orders(&self) -> Vec<&str> {
        let ctx = &self.context;
        if let Some(list) = ctx
            .dispatched_orders
            .as_ref()
            .or(ctx.dispatched_orders_hyphenated.as_ref())
            .filter(|l| !l.is_empty())
        {
            return list.iter().map(String::as_str).collect();
        }
        ctx.order.as_deref().into_iter().collect()
    }

    /// The dispatched orders as relative references (`Type/id`); ones that are no reference are left out.
    pub fn dispatched_references(&self) -> Vec<String> {
        self.dispatched_orders()
            .into_iter()
            .filter_map(crate::fhir::relative_reference)
            .collect()
    }

    /// The orders the context's Appointments are `basedOn`, as relative references (`Type/id`; contained ones
    /// left out).
    pub fn appointment_based_on(&self) -> Vec<String> {
        let Some(Contents::Resources { items, .. }) = self.context.appointments.as_ref() else {
            return vec![];
        };
        let mut out = Vec::new();
        for item in items {
            let Ok(v) = serde_json::from_str::<Value>(item.get()) else {
                continue;
            };
            for based_on in v["basedOn"].as_array().into_iter().flatten() {
                if let Some(r) = based_on["reference"]
                    .as_str()
                    .and_then(crate::fhir::relative_reference)
                {
                    if !out.contains(&r) {
                        out.push(r);
                    }
                }
            }
        }
        out
    }

    pub fn patient_id(&self) -> &str {
        self.context.patient_id.as_deref().unwrap_or_default()
    }

    pub fn access_token(&self) -> Option<&str> {
        self.fhir_authorization
            .as_ref()
            .map(|a| a.access_token.as_str())
    }

    /// The CRD version of the answer: the client's `davinci-crd.requestedVersion`, else the service's version
    /// (2.2 on the services that declare it, 2.0.1 on the `-v2.0` services for clients that predate the
    /// extension). A `-v2.0` service answers nothing but 2.0.1.
    pub fn crd_version(&self, service_version: CrdVersion) -> Result<CrdVersion, ApiError> {
        let requested = self
            .extension
            .as_ref()
            .and_then(|e| e.get("davinci-crd.requestedVersion"));
        let version = match requested {
            None | Some(Value::Null) => service_version,
            Some(Value::String(v)) => match v.as_str() {
                "2.0" | "2.0.1" => CrdVersion::V2_0,
                "2.2" | "2.2.0" | "2.2.1" => CrdVersion::V2_2,
                other => {
                    return Err(ApiError::bad_request(
                        IssueType::Value,
                        format!("davinci-crd.requestedVersion '{other}' is not supported; supported: 2.0, 2.2"),
                    ))
                }
            },
            Some(_) => return Err(bad("davinci-crd.requestedVersion must be a string")),
        };
        if service_version == CrdVersion::V2_0 && version != CrdVersion::V2_0 {
            return Err(ApiError::bad_request(
                IssueType::Value,
                "this service answers CRD STU 2.0.1 only; call the service id without -v2.0 for 2.2",
            ));
        }
        Ok(version)
    }

    /// The client's CRD configuration; options it does not send keep their defaults, unknown ones are ignored.
    pub fn crd_configuration(&self) -> Result<CrdConfiguration, ApiError> {
        let mut config = CrdConfiguration::default();
        let Some(conf) = self
            .extension
            .as_ref()
            .and_then(|e| e.get("davinci-crd.configuration"))
        else {
            return Ok(config);
        };
        let Some(obj) = conf.as_object() else {
            return Err(bad("davinci-crd.configuration must be an object"));
        };
        for (key, value) in obj {
            match key.as_str() {
                "coverage-info" => config.coverage_info = as_bool(key, value)?,
                "guideline" => config.guideline = as_bool(key, value)?,
                "dtr-launch" => config.dtr_launch = as_bool(key, value)?,
                "max-cards" => {
                    config.max_cards = value.as_u64().map(|n| n as usize).ok_or_else(|| {
                        bad("davinci-crd.configuration max-cards must be a non-negative integer")
                    })?
                }
                _ => {}
            }
        }
        Ok(config)
    }
}

fn as_bool(key: &str, value: &Value) -> Result<bool, ApiError> {
    value
        .as_bool()
        .ok_or_else(|| bad(format!("davinci-crd.configuration {key} must be a boolean")))
}
