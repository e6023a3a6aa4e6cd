//! Loading: a TOML file, then `OMNIBASE__…` environment variables over it;
//! every unknown key, mistyped value and invalid setting is collected and
//! reported at once, each with where its value came from.

use std::path::PathBuf;

use figment::providers::{Env, Format, Toml};
use figment::value::{Dict, Tag, Value};
use figment::{Figment, error::Kind};
use validator::Validate;

use crate::{Error, InfraConfig, Origin, Problem, Result};

/// The environment prefix; nested keys are separated by `__`.
pub const ENV_PREFIX: &str = "OMNIBASE__";

/// Loads an [`InfraConfig`].
///
/// ```
/// use omnibase_config::Loader;
///
/// let config = Loader::new().env_prefix("EXAMPLE_DOC__").load()?;
/// assert_eq!(config.postgres.max_size, 16);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Loader {
    file: Option<PathBuf>,
    env_prefix: String,
}

impl Default for Loader {
    fn default() -> Self {
        Loader::new()
    }
}

impl Loader {
    /// Defaults and the `OMNIBASE__` environment, no file.
    pub fn new() -> Self {
        Loader {
            file: None,
            env_prefix: ENV_PREFIX.to_owned(),
        }
    }

    /// Reads `path` (TOML) under the environment.
    pub fn file(mut self, path: impl Into<PathBuf>) -> Self {
        self.file = Some(path.into());
        self
    }

    /// Reads the environment under another prefix than `OMNIBASE__`.
    pub fn env_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.env_prefix = prefix.into();
        self
    }

    /// Loads and validates.
    ///
    /// # Errors
    ///
    /// [`Error::Read`] and [`Error::Syntax`] for the file itself;
    /// [`Error::Invalid`] with every problem found, each naming its key and
    /// where the value came from.
    pub fn load(&self) -> Result<InfraConfig> {
        let figment = self.figment()?;
        let mut problems = Vec::new();
        let config = self.deserialize(&figment, &mut problems);
        validate(&config, &mut problems);
        for problem in &mut problems {
            problem.origin = self.origin(&figment, &problem.path);
        }
        if problems.is_empty() {
            Ok(config)
        } else {
            Err(Error::Invalid(problems))
        }
    }

    fn figment(&self) -> Result<Figment> {
        let mut figment = Figment::new();
        if let Some(path) = &self.file {
            let shown = path.display().to_string();
            let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
                path: shown.clone(),
                source,
            })?;
            // Parsed here first for a clear message with line and column.
            text.parse::<toml::Table>().map_err(|e| Error::Syntax {
                path: shown,
                message: e.to_string(),
            })?;
            figment = figment.merge(Toml::file_exact(path));
        }
        Ok(figment.merge(Env::prefixed(&self.env_prefix).split("__")))
    }

    /// Deserializes what the sources say. A key that fails is reported and
    /// dropped, so that its default applies, and deserializing goes on: in
    /// the end every failing key has been reported, not just the first.
    fn deserialize(&self, figment: &Figment, problems: &mut Vec<Problem>) -> InfraConfig {
        let dict: Dict = match figment.extract() {
            Ok(dict) => dict,
            Err(errors) => {
                problems.extend(errors.into_iter().map(|e| problem(&e.path, &e.kind)));
                Dict::new()
            }
        };
        let mut tree = Value::Dict(Tag::Default, dict);
        // Each round removes at least one key, so this ends.
        loop {
            match tree.deserialize::<InfraConfig>() {
                Ok(config) => return config,
                Err(errors) => {
                    let mut progressed = false;
                    for error in errors {
                        problems.push(problem(&error.path, &error.kind));
                        progressed |= remove(&mut tree, &error.path);
                    }
                    if !progressed {
                        return InfraConfig::default();
                    }
                }
            }
        }
    }

    /// Where the value at dotted `path` came from.
    fn origin(&self, figment: &Figment, path: &str) -> Origin {
        let Some(metadata) = figment.find_metadata(path) else {
            return Origin::Default;
        };
        match &metadata.source {
            Some(figment::Source::File(file)) => Origin::File {
                path: file.display().to_string(),
            },
            _ if metadata.name.contains("environment") => Origin::Env {
                var: format!(
                    "{}{}",
                    self.env_prefix,
                    path.replace('.', "__").to_uppercase()
                ),
            },
            _ => Origin::Default,
        }
    }
}

/// A problem for a deserialization error at `path`.
fn problem(path: &[String], kind: &Kind) -> Problem {
    let message = match kind {
        Kind::UnknownField(field, expected) => unknown_key(field, expected),
        other => other.to_string(),
    };
    Problem {
        path: path.join("."),
        message,
        origin: Origin::Default,
    }
}

/// "unknown key", with the nearest known key when one is close.
fn unknown_key(field: &str, expected: &[&str]) -> String {
    // Jaro-Winkler favours a shared start, which is how keys get mistyped
    // or shortened (`exporter` for `exporter_listen`).
    let nearest = expected
        .iter()
        .map(|known| (strsim::jaro_winkler(field, known), *known))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match nearest {
        Some((_, known)) => format!("unknown key `{field}` (did you mean `{known}`?)"),
        None => format!(
            "unknown key `{field}` (known keys: {})",
            expected.join(", ")
        ),
    }
}

/// Removes the key at `path` from `tree`, or, when the error was reported
/// on a key the tree does not hold (a whole table, say), the nearest
/// ancestor it does hold. Whether anything was removed.
fn remove(tree: &mut Value, path: &[String]) -> bool {
    (1..=path.len())
        .rev()
        .any(|len| remove_exact(tree, &path[..len]))
}

fn remove_exact(tree: &mut Value, path: &[String]) -> bool {
    let Some((last, parents)) = path.split_last() else {
        return false;
    };
    let mut node = tree;
    for key in parents {
        let Value::Dict(_, dict) = node else {
            return false;
        };
        let Some(next) = dict.get_mut(key) else {
            return false;
        };
        node = next;
    }
    let Value::Dict(_, dict) = node else {
        return false;
    };
    dict.remove(last).is_some()
}

/// Every rule beyond what types say: each section's own validation.
fn validate(config: &InfraConfig, problems: &mut Vec<Problem>) {
    for (section, result) in [
        ("service", config.service.validate()),
        ("metrics", config.metrics.validate()),
    ] {
        if let Err(errors) = result {
            for (field, errors) in errors.field_errors() {
                for error in errors {
                    let message = error
                        .message
                        .as_ref()
                        .map_or_else(|| error.code.to_string(), ToString::to_string);
                    problems.push(at(format!("{section}.{field}"), message));
                }
            }
        }
    }
    if let Err(omnibase_pg_pool::Error::InvalidConfig { problems: found }) =
        config.postgres.validate()
    {
        for message in found {
            // pg-pool names the field first in every message.
            let field: String = message
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            problems.push(at(format!("postgres.{field}"), message));
        }
    }
    validate_guard(config, problems);
    if let Err(omnibase_kafka_pool::Error::InvalidConfig(found)) = config.kafka.validate() {
        for p in found.problems() {
            problems.push(at(format!("kafka.{}", p.field), p.problem.clone()));
        }
    }
    if let Err(omnibase_circuit_breaker::Error::InvalidConfig(found)) =
        config.circuit_breaker.validate()
    {
        for p in found.problems() {
            problems.push(at(
                format!("circuit_breaker.{}", p.field),
                p.message.clone(),
            ));
        }
    }
}

/// The guard's policy is checked by building it, as the pool will.
fn validate_guard(config: &InfraConfig, problems: &mut Vec<Problem>) {
    use omnibase_sql_guard::Error as GuardError;
    let (field, message) = match config.sql_guard.clone().build() {
        Ok(_) => return,
        Err(GuardError::InvalidPolicy { field, reason }) => (field, reason),
        Err(e @ (GuardError::AllowlistIo { .. } | GuardError::AllowlistParse { .. })) => {
            ("allowlist_path", e.to_string())
        }
        Err(e) => ("", e.to_string()),
    };
    problems.push(at(
        format!("sql_guard.{field}")
            .trim_end_matches('.')
            .to_owned(),
        message,
    ));
}

fn at(path: String, message: String) -> Problem {
    Problem {
        path,
        message,
        origin: Origin::Default,
    }
}

/// The configuration as TOML, with passwords and other secrets replaced by
/// `***`, for printing at startup.
pub fn to_redacted_toml(config: &InfraConfig) -> String {
    let mut value = match toml::Value::try_from(config) {
        Ok(value) => value,
        Err(e) => return format!("# cannot render the configuration: {e}\n"),
    };
    redact(&mut value);
    toml::to_string_pretty(&value).unwrap_or_else(|e| format!("# cannot render: {e}\n"))
}

fn redact(value: &mut toml::Value) {
    if let toml::Value::Table(table) = value {
        for (key, item) in table.iter_mut() {
            let secret = ["password", "secret", "token"]
                .iter()
                .any(|s| key.contains(s));
            match item {
                toml::Value::String(text) if key == "url" => {
                    *text = omnibase_pg_pool::redact_url(text);
                }
                toml::Value::String(text) if secret => *text = "***".into(),
                other => redact(other),
            }
        }
    }
}
