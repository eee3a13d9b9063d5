//! `POST /cds-services/{id}/feedback`: CDS Hooks 2.0 "Feedback" — what the clinician did with a card (accepted a
//! suggestion, or overrode the card, with or without a reason). Authenticated like the hook call itself; the
//! items are validated whole (one bad item refuses the call, nothing is stored), stored for the caller's tenant
//! and counted in `/metrics` by service and outcome.

use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{Map, Value};

use super::services::authenticated_body;
use crate::error::{ApiError, IssueType};
use crate::state::AppState;
use crate::store::FeedbackRecord;

/// The longest card or suggestion id taken (crd-server's own are 36-character uuids).
const MAX_ID_CHARS: usize = 128;
/// The longest `overrideReason.userComment` taken.
const MAX_COMMENT_CHARS: usize = 2000;

fn bad(message: impl Into<String>) -> ApiError {
    ApiError::bad_request(IssueType::Invalid, message)
}

fn required(message: impl Into<String>) -> ApiError {
    ApiError::bad_request(IssueType::Required, message)
}

/// A non-empty string of at most `max` characters.
fn short_string<'v>(
    value: Option<&'v Value>,
    what: &str,
    max: usize,
) -> Result<Option<&'v str>, ApiError> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if !s.trim().is_empty() && s.chars().count() <= max => {
            Ok(Some(s.as_str()))
        }
        Some(Value::String(_)) => Err(bad(format!(
            "{what} must be a non-empty string of at most {max} characters"
        ))),
        Some(_) => Err(bad(format!("{what} must be a string"))),
    }
}

fn parse_item(i: usize, item: &Value, max_items: usize) -> Result<FeedbackRecord, ApiError> {
    let Some(obj) = item.as_object() else {
        return Err(bad(format!("feedback[{i}] must be an object")));
    };
    let card = short_string(
        obj.get("card"),
        &format!("feedback[{i}].card"),
        MAX_ID_CHARS,
    )?
    .ok_or_else(|| required(format!("feedback[{i}].card (the card's uuid) is required")))?;
    let outcome = match obj.get("outcome") {
        Some(Value::String(o)) if o == "accepted" || o == "overridden" => o.clone(),
        None | Some(Value::Null) => {
            return Err(required(format!("feedback[{i}].outcome is required")))
        }
        Some(_) => {
            return Err(ApiError::bad_request(
                IssueType::Value,
                format!("feedback[{i}].outcome must be 'accepted' or 'overridden'"),
            ))
        }
    };
    let timestamp = short_string(
        obj.get("outcomeTimestamp"),
        &format!("feedback[{i}].outcomeTimestamp"),
        64,
    )?
    .ok_or_else(|| required(format!("feedback[{i}].outcomeTimestamp is required")))?;
    if chrono::DateTime::parse_from_rfc3339(timestamp).is_err() {
        return Err(ApiError::bad_request(
            IssueType::Value,
            format!("feedback[{i}].outcomeTimestamp is not an RFC 3339 date-time (e.g. 2026-12-07T10:05:31Z)"),
        ));
    }
    let accepted_suggestions = match obj.get("acceptedSuggestions") {
        None | Some(Value::Null) => Value::Null,
        Some(Value::Array(list)) => {
            if list.len() > max_items {
                return Err(ApiError::bad_request(
                    IssueType::TooLong,
                    format!("feedback[{i}].acceptedSuggestions holds more than {max_items} items (limits.max_feedback)"),
                ));
            }
            let mut ids = Vec::new();
            for (j, s) in list.iter().enumerate() {
                let what = format!("feedback[{i}].acceptedSuggestions[{j}].id");
                let id = short_string(s.get("id"), &what, MAX_ID_CHARS)?
                    .ok_or_else(|| required(format!("{what} is required")))?;
                ids.push(serde_json::json!({ "id": id }));
            }
            Value::Array(ids)
        }
        Some(_) => {
            return Err(bad(format!(
                "feedback[{i}].acceptedSuggestions must be an array"
            )))
        }
    };
    if outcome == "accepted" && accepted_suggestions.as_array().is_none_or(|a| a.is_empty()) {
        return Err(required(format!(
            "feedback[{i}].acceptedSuggestions is required for outcome 'accepted'"
        )));
    }
    let override_reason = match obj.get("overrideReason") {
        None | Some(Value::Null) => Value::Null,
        Some(Value::Object(reason)) => override_reason(i, reason)?,
        Some(_) => {
            return Err(bad(format!(
                "feedback[{i}].overrideReason must be an object"
            )))
        }
    };
    Ok(FeedbackRecord {
        card: card.to_string(),
        outcome,
        accepted_suggestions,
        override_reason,
        outcome_timestamp: timestamp.to_string(),
    })
}

/// `overrideReason`: an optional Coding `reason` and an optional `userComment`; only these are kept.
fn override_reason(i: usize, reason: &Map<String, Value>) -> Result<Value, ApiError> {
    let mut out = Map::new();
    match reason.get("reason") {
        None | Some(Value::Null) => {}
        Some(Value::Object(coding)) => {
            let mut kept = Map::new();
            for key in ["system", "code", "display"] {
                let what = format!("feedback[{i}].overrideReason.reason.{key}");
                if let Some(v) = short_string(coding.get(key), &what, 512)? {
                    kept.insert(key.into(), Value::String(v.into()));
                }
            }
            if !kept.contains_key("code") {
                return Err(required(format!(
                    "feedback[{i}].overrideReason.reason (a Coding) needs a code"
                )));
            }
            out.insert("reason".into(), Value::Object(kept));
        }
        Some(_) => {
            return Err(bad(format!(
                "feedback[{i}].overrideReason.reason must be a Coding (an object)"
            )))
        }
    }
    let what = format!("feedback[{i}].overrideReason.userComment");
    if let Some(c) = short_string(reason.get("userComment"), &what, MAX_COMMENT_CHARS)? {
        out.insert("userComment".into(), Value::String(c.into()));
    }
    Ok(Value::Object(out))
}

/// The items of a feedback body, all valid, at most `max`.
pub fn parse_feedback(body: &[u8], max: usize) -> Result<Vec<FeedbackRecord>, ApiError> {
    let value: Value = serde_json::from_slice(body).map_err(|e| {
        ApiError::bad_request(
            IssueType::Structure,
            format!("the request body is not valid JSON: {e}"),
        )
    })?;
    let Some(items) = value.get("feedback") else {
        return Err(required(
            "the body must be an object with a 'feedback' array (CDS Hooks Feedback)",
        ));
    };
    let Some(items) = items.as_array() else {
        return Err(ApiError::bad_request(
            IssueType::Structure,
            "'feedback' must be an array",
        ));
    };
    if items.is_empty() {
        return Err(required("'feedback' holds no item"));
    }
    if items.len() > max {
        return Err(ApiError::bad_request(
            IssueType::TooLong,
            format!(
                "'feedback' holds {} items; at most {max} per call (limits.max_feedback)",
                items.len()
            ),
        ));
    }
    items
        .iter()
        .enumerate()
        .map(|(i, item)| parse_item(i, item, max))
        .collect()
}

pub async fn feedback(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let service = super::services::service_of(&state, &id)?;
    let (tenant, body) = authenticated_body(&state, &req, payload).await?;
    let items = parse_feedback(&body, state.settings.limits.max_feedback)?;
    state
        .store()
        .save_feedback(&tenant.id, &service.id, &items)
        .await
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("storing feedback: {e}")))?;
    for item in &items {
        state.metrics().count_feedback(&service.id, &item.outcome);
    }
    tracing::info!(service = %service.id, items = items.len(), "feedback stored");
    Ok(HttpResponse::Ok().json(serde_json::json!({})))
}
