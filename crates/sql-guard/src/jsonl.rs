//! The JSON-lines format of the `omnibase sql-guard --jsonl` command: one
//! `{"sql": "..."}` object a line in, one verdict object a line out.

use serde::Deserialize;
use serde_json::json;

use crate::error::{Error, Result};
use crate::guard::Verdict;
use crate::rules::Severity;

#[derive(Deserialize)]
struct Input {
    sql: Option<serde_json::Value>,
}

/// The statement of one input line (1-based `line` for errors); other
/// fields are ignored.
///
/// # Errors
///
/// [`Error::JsonLine`] when the line is not a JSON object with a string
/// `sql` field.
///
/// # Examples
///
/// ```
/// use omnibase_sql_guard::jsonl;
///
/// assert_eq!(jsonl::parse_line(r#"{"sql": "SELECT 1", "id": 7}"#, 1)?, "SELECT 1");
/// assert_eq!(
///     jsonl::parse_line("{oops", 3).unwrap_err().to_string(),
///     "input line 3: not a json object",
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_line(text: &str, line: usize) -> Result<String> {
    let input: Input = serde_json::from_str(text).map_err(|source| Error::JsonLine {
        line,
        reason: "not a json object",
        source: Some(source),
    })?;
    match input.sql {
        Some(serde_json::Value::String(sql)) => Ok(sql),
        Some(_) => Err(Error::JsonLine {
            line,
            reason: "\"sql\" is not a string",
            source: None,
        }),
        None => Err(Error::JsonLine {
            line,
            reason: "no \"sql\" field",
            source: None,
        }),
    }
}

/// One output line (without the newline): `verdict`, `rules` (those at
/// medium severity or above, by name), `fingerprint`, and every finding.
pub fn verdict_line(verdict: &Verdict) -> String {
    let rules: Vec<&str> = verdict
        .rules_at_least(Severity::Medium)
        .into_iter()
        .map(|r| r.name())
        .collect();
    let findings: Vec<serde_json::Value> = verdict
        .findings
        .iter()
        .map(|f| {
            json!({
                "rule": f.rule.name(),
                "start": f.span.start,
                "end": f.span.end,
                "severity": f.severity.to_string(),
                "message": f.message,
            })
        })
        .collect();
    json!({
        "verdict": verdict.action.to_string(),
        "assessed": verdict.assessed.to_string(),
        "rules": rules,
        "fingerprint": verdict.fingerprint.to_string(),
        "findings": findings,
    })
    .to_string()
}
