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
        None => workspace_root().join("target/services/services.env"),
    }
}

/// The workspace the running test belongs to: the nearest folder above the
/// test's package (`CARGO_MANIFEST_DIR`, which cargo sets when it runs a
/// test) whose `Cargo.toml` declares `[workspace]`. Found at run time, so
/// that a test binary reused from another clone's build looks in this clone.
pub fn workspace_root() -> PathBuf {
    let start = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    start
        .ancestors()
        .find(|dir| {
            std::fs::read_to_string(dir.join("Cargo.toml"))
                .is_ok_and(|manifest| manifest.contains("[workspace]"))
        })
        .map_or_else(|| start.clone(), std::path::Path::to_path_buf)
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

/// A PostgreSQL cluster of a test's own, for tests that stop or restart the
/// server (which would disturb every other test on the shared one). It is
/// made with the binaries `cargo xtask services up` found, trusts loopback
/// connections, and is stopped and removed on drop.
#[derive(Debug)]
pub struct TempCluster {
    bin: PathBuf,
    run_as: Option<String>,
    dir: PathBuf,
    port: u16,
}

impl TempCluster {
    /// Creates and starts the cluster; panics with the tool's output when
    /// that fails, which fails the calling test.
    pub fn start() -> TempCluster {
        let bin = PathBuf::from(required("OMNIBASE_TEST_POSTGRES_BIN_DIR"));
        let run_as = setting("OMNIBASE_TEST_POSTGRES_RUN_AS")
            .ok()
            .filter(|u| !u.is_empty());
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free loopback port");
        let dir = std::env::temp_dir().join(unique_name("omnibase-cluster"));
        std::fs::create_dir_all(&dir).expect("create the cluster folder");
        let cluster = TempCluster {
            bin,
            run_as,
            dir,
            port,
        };
        if let Some(user) = &cluster.run_as {
            cluster.run(
                std::process::Command::new("chown")
                    .arg(user)
                    .arg(&cluster.dir),
            );
        }
        cluster.pg(
            "initdb",
            &[
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-sync",
                "-D",
            ],
        );
        let conf = format!(
            "listen_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = ''\nfsync = off\n"
        );
        let conf_path = cluster.data().join("postgresql.conf");
        let mut text = std::fs::read_to_string(&conf_path).expect("read postgresql.conf");
        text.push_str(&conf);
        std::fs::write(&conf_path, text).expect("write postgresql.conf");
        cluster.start_server();
        cluster
    }

    /// `postgres://postgres@127.0.0.1:PORT/postgres`.
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// Stops the server (fast shutdown: sessions are terminated).
    pub fn stop_server(&self) {
        self.pg_ctl(&["-m", "fast", "-w", "stop"]);
    }

    /// Starts the server again after [`TempCluster::stop_server`].
    pub fn start_server(&self) {
        let log = self.dir.join("postgres.log");
        let log = log.to_string_lossy().into_owned();
        self.pg_ctl(&["-l", &log, "-w", "-t", "60", "start"]);
    }

    fn data(&self) -> PathBuf {
        self.dir.join("data")
    }

    fn pg_ctl(&self, args: &[&str]) {
        let data = self.data();
        let mut all = vec!["-D", data.to_str().expect("utf-8 temp path")];
        all.extend_from_slice(args);
        self.pg("pg_ctl", &all);
    }

    /// Runs PostgreSQL tool `name`; `args` ending in `-D` get the data dir.
    fn pg(&self, name: &str, args: &[&str]) {
        let mut command = self.command(name);
        command.args(args);
        if args.last() == Some(&"-D") {
            command.arg(self.data());
        }
        self.run(&mut command);
    }

    /// PostgreSQL tool `name`, run as the server's user when that is needed.
    fn command(&self, name: &str) -> std::process::Command {
        let tool = self.bin.join(name);
        let mut command = match &self.run_as {
            Some(user) => {
                let mut c = std::process::Command::new("runuser");
                c.args(["-u", user, "--"]).arg(tool);
                c
            }
            None => std::process::Command::new(tool),
        };
        command.current_dir(std::env::temp_dir());
        command
    }

    fn run(&self, command: &mut std::process::Command) {
        let out = command.output().expect("run a PostgreSQL tool");
        assert!(
            out.status.success(),
            "{command:?} failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for TempCluster {
    fn drop(&mut self) {
        let _ = self
            .command("pg_ctl")
            .arg("-D")
            .arg(self.data())
            .args(["-m", "immediate", "-w", "stop"])
            .output();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Creates `topic` with `partitions` partitions on the broker at
/// `bootstrap`; panics (failing the calling test) when the broker refuses
/// or does not answer within 60 s.
pub async fn create_topic(bootstrap: &str, topic: &str, partitions: i32) {
    use rdkafka::admin::{AdminClient, AdminOptions, NewTopic, TopicReplication};
    use rdkafka::client::DefaultClientContext;

    let admin: AdminClient<DefaultClientContext> = rdkafka::ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .create()
        .expect("an admin client");
    let created = tokio::time::timeout(
        std::time::Duration::from_secs(60),
        admin.create_topics(
            &[NewTopic::new(topic, partitions, TopicReplication::Fixed(1))],
            &AdminOptions::new(),
        ),
    )
    .await
    .expect("the broker answered the topic creation")
    .expect("the broker took the request");
    assert_eq!(
        created,
        vec![Ok(topic.to_owned())],
        "creating topic {topic}"
    );
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
