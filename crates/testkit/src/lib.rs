//! Test support: where the services that `cargo xtask services up` started
//! are listening.
//!
//! Every integration test that talks to PostgreSQL or to the broker asks this
//! crate for the connection settings. A setting comes from the process
//! environment when it is set there (so a test run can be pointed at your own
//! servers), and otherwise from the env file that xtask writes,
//! `target/services/services.env` at the workspace root (or the file named by
//! `OMNIBASE_SERVICES_ENV`). With neither, the lookup fails at once with a
//! message that says to run `cargo xtask services up`: a test never passes
//! silently because its service is missing.
//!
//! ```no_run
//! let url = omnibase_testkit::postgres_url();
//! assert!(url.starts_with("postgres://"));
//! ```

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

/// The PostgreSQL URL of the test role and database.
pub const POSTGRES_URL: &str = "OMNIBASE__POSTGRES__URL";
/// The broker's bootstrap servers, `host:port[,host:port]`.
pub const KAFKA_BOOTSTRAP_SERVERS: &str = "OMNIBASE__KAFKA__BOOTSTRAP_SERVERS";
/// The PostgreSQL URL of a superuser on the same server, for tests that
/// terminate backends or read server-wide statistics.
pub const POSTGRES_ADMIN_URL: &str = "OMNIBASE_TEST_POSTGRES_ADMIN_URL";

/// A setting that neither the environment nor the env file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingSetting {
    /// The variable that was looked up.
    pub name: String,
    /// The env file that was consulted.
    pub env_file: PathBuf,
}

impl fmt::Display for MissingSetting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is not set and {} does not define it: run `cargo xtask services up` \
             (or export {} to point at your own server)",
            self.name,
            self.env_file.display(),
            self.name
        )
    }
}

impl std::error::Error for MissingSetting {}

/// The env file that `cargo xtask services up` writes.
pub fn env_file() -> PathBuf {
    match std::env::var_os("OMNIBASE_SERVICES_ENV") {
        Some(path) => PathBuf::from(path),
        None => {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/services/services.env")
        }
    }
}

/// Looks `name` up in the environment, then in the env file.
///
/// # Errors
///
/// [`MissingSetting`] when neither defines it.
pub fn setting(name: &str) -> Result<String, MissingSetting> {
    if let Ok(value) = std::env::var(name)
        && !value.is_empty()
    {
        return Ok(value);
    }
    let file = env_file();
    let missing = || MissingSetting {
        name: name.to_owned(),
        env_file: file.clone(),
    };
    let text = std::fs::read_to_string(&file).map_err(|_| missing())?;
    parse_env(&text)
        .remove(name)
        .filter(|v| !v.is_empty())
        .ok_or_else(missing)
}

/// The PostgreSQL URL of the test database; panics with instructions when
/// there is none, which fails the calling test at once.
pub fn postgres_url() -> String {
    required(POSTGRES_URL)
}

/// The superuser URL of the test server; panics like [`postgres_url`].
pub fn postgres_admin_url() -> String {
    required(POSTGRES_ADMIN_URL)
}

/// The broker's bootstrap servers; panics like [`postgres_url`].
pub fn kafka_bootstrap_servers() -> String {
    required(KAFKA_BOOTSTRAP_SERVERS)
}

/// A name no other test run uses, for topics, tables and groups.
pub fn unique_name(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    format!(
        "{prefix}_{}_{nanos}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

#[track_caller]
fn required(name: &str) -> String {
    setting(name).unwrap_or_else(|missing| panic!("{missing}"))
}

/// Parses `KEY=VALUE` lines; blank lines and `#` comments are skipped.
fn parse_env(text: &str) -> HashMap<String, String> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split_once('='))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(text: &str, key: &str, expected: Option<&str>) {
        assert_eq!(parse_env(text).get(key).map(String::as_str), expected);
    }

    #[test]
    fn parses_env_lines() {
        check("A=1\nB=2", "B", Some("2"));
        check("# comment\n\nA = x=y \n", "A", Some("x=y"));
        check("A=1", "B", None);
        check("no equals sign", "no equals sign", None);
    }

    #[test]
    fn unique_names_differ() {
        assert_ne!(unique_name("t"), unique_name("t"));
    }

    #[test]
    fn missing_setting_says_what_to_run() {
        let err = MissingSetting {
            name: "X".into(),
            env_file: "/nowhere".into(),
        };
        assert!(err.to_string().contains("cargo xtask services up"), "{err}");
    }
}
