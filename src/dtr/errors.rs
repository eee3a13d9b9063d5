//! `$log-questionnaire-errors` (DTR 2.2 oper-1): what a DTR client reports about a Questionnaire it could not
//! use. The input is checked and reduced to its two parameters; the caller stores it for its tenant (the payer's
//! staff read it back, `GET /dtr/questionnaire-errors`). What a client reports is never logged: oper-2 forbids
//! PHI in it, but a client may break that rule.

use serde_json::{json, Value};

use crate::error::{ApiError, IssueType};

fn bad(issue: IssueType, message: impl Into<String>) -> ApiError {
    ApiError::bad_request(issue, message)
}

/// The input Parameters, checked: `{ "questionnaire": [canonical…], "operationOutcome": [OperationOutcome…] }`,
/// each 1..* and at most `max` of each.
pub fn parse(body: &[u8], max: usize) -> Result<Value, ApiError> {
    let input: Value = serde_json::from_slice(body)
        .map_err(|e| bad(IssueType::Structure, format!("the body is not JSON: {e}")))?;
    super::checked_resource(
        &input,
        "Parameters",
        "the body must be a Parameters resource",
        "the Parameters",
    )?;
    let mut questionnaires = Vec::new();
    let mut outcomes = Vec::new();
    for p in input["parameter"].as_array().into_iter().flatten() {
        match p["name"].as_str().unwrap_or_default() {
            "questionnaire" => match p["valueCanonical"]
                .as_str()
                .filter(|c| !c.trim().is_empty())
            {
                Some(c) => questionnaires.push(json!(c)),
                None => {
                    return Err(bad(
                        IssueType::Invalid,
                        "parameter 'questionnaire' must be a valueCanonical",
                    ))
                }
            },
            "operationOutcome" => match &p["resource"] {
                r if r["resourceType"] == "OperationOutcome" => outcomes.push(r.clone()),
                _ => {
                    return Err(bad(
                        IssueType::Invalid,
                        "parameter 'operationOutcome' must hold an OperationOutcome",
                    ))
                }
            },
            other => {
                return Err(bad(
                    IssueType::Invalid,
                    format!(
                        "'{}' is not a parameter of $log-questionnaire-errors",
                        other.chars().take(64).collect::<String>()
                    ),
                ))
            }
        }
    }
    if questionnaires.is_empty() || outcomes.is_empty() {
        return Err(bad(
            IssueType::Required,
            "at least one 'questionnaire' and one 'operationOutcome' parameter are required",
        ));
    }
    if questionnaires.len() > max || outcomes.len() > max {
        return Err(bad(
            IssueType::TooLong,
            format!("at most {max} questionnaires and {max} OperationOutcomes per call (limits.max_logged_outcomes)"),
        ));
    }
    Ok(json!({ "questionnaire": questionnaires, "operationOutcome": outcomes }))
}
