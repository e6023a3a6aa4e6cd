//! `cargo xtask services`: PostgreSQL and a Kafka-protocol broker for tests
//! and the demo, on free loopback ports, with state under `target/services`.
//!
//! Two ways to run them: `native` (an ephemeral cluster from the machine's
//! PostgreSQL binaries, and the tansu broker that xtask installs itself) and
//! `docker` (the official PostgreSQL image and Redpanda). The connection
//! settings go to one env file, `target/services/services.env`, which tests,
//! examples and the demo read.

mod broker;
mod docker;
mod postgres;

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::{Result, cmd, workspace_root};

/// The variables every consumer of the env file reads.
pub(crate) const POSTGRES_URL: &str = "OMNIBASE__POSTGRES__URL";
pub(crate) const KAFKA_BOOTSTRAP_SERVERS: &str = "OMNIBASE__KAFKA__BOOTSTRAP_SERVERS";
const MODE: &str = "OMNIBASE_TEST_SERVICES_MODE";
/// The superuser URL, for tests that need server-wide rights.
const POSTGRES_ADMIN_URL: &str = "OMNIBASE_TEST_POSTGRES_ADMIN_URL";
/// The role and database tests connect as, whichever way PostgreSQL runs.
const ROLE: &str = "omnibase";
const POSTGRES_PORT: &str = "OMNIBASE_TEST_POSTGRES_PORT";
const BROKER_PORT: &str = "OMNIBASE_TEST_BROKER_PORT";

/// Settings written to and read from the env file, in a stable order.
pub(crate) type Settings = BTreeMap<String, String>;

/// How the services run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Native,
    Docker,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::Native => "native",
            Mode::Docker => "docker",
        }
    }

    /// `OMNIBASE_SERVICES` when set, else docker where an engine answers.
    fn choose() -> Result<Mode> {
        match std::env::var("OMNIBASE_SERVICES").as_deref() {
            Ok("native") => Ok(Mode::Native),
            Ok("docker") => Ok(Mode::Docker),
            Ok(other) if !other.is_empty() => Err(format!(
                "OMNIBASE_SERVICES={other:?} is not one of: native, docker"
            )),
            _ if docker::engine_answers() => Ok(Mode::Docker),
            _ => Ok(Mode::Native),
        }
    }
}

/// Where the services keep their state.
pub(crate) fn state_dir() -> PathBuf {
    workspace_root().join("target/services")
}

fn env_path() -> PathBuf {
    state_dir().join("services.env")
}

/// Reads the env file; `None` when there is none.
pub(crate) fn read_env() -> Option<Settings> {
    let text = std::fs::read_to_string(env_path()).ok()?;
    Some(
        text.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect(),
    )
}

/// The servers named by the environment, when it names both: then tests and
/// the demo run against them and xtask starts nothing.
pub(crate) fn from_environment() -> Option<Settings> {
    let mut settings = Settings::new();
    for key in [POSTGRES_URL, KAFKA_BOOTSTRAP_SERVERS] {
        let value = std::env::var(key).ok().filter(|v| !v.is_empty())?;
        settings.insert(key.to_owned(), value);
    }
    Some(settings)
}

/// Whether the services in `settings` answer on their ports.
fn answering(settings: &Settings) -> bool {
    [POSTGRES_PORT, BROKER_PORT].iter().all(|key| {
        settings
            .get(*key)
            .and_then(|p| p.parse().ok())
            .is_some_and(cmd::port_open)
    })
}

/// Starts the services unless they already run; returns whether it started
/// them (so that the caller knows whether to stop them again).
pub(crate) fn up() -> Result<bool> {
    if let Some(settings) = read_env() {
        if answering(&settings) {
            eprintln!("services already up (settings in {})", env_path().display());
            return Ok(false);
        }
        eprintln!("cleaning up after an earlier run that did not stop cleanly");
    }
    // Whatever an earlier crashed run left behind goes first.
    down_quietly();
    let mode = Mode::choose()?;
    let dir = state_dir();
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;

    let timer = cmd::step(&format!("starting PostgreSQL ({})", mode.name()));
    let mut settings = Settings::new();
    settings.insert(MODE.into(), mode.name().into());
    let pg = match mode {
        Mode::Native => postgres::start(&dir),
        Mode::Docker => docker::start_postgres(),
    };
    // Record what started before deciding anything else, so that `down`
    // can stop it even when the broker fails next.
    let pg = pg.inspect_err(|_| down_quietly())?;
    settings.extend(pg);
    write_env(&settings)?;
    eprintln!("PostgreSQL ready in {:.1}s", timer.elapsed().as_secs_f64());

    let timer = cmd::step(&format!(
        "starting the Kafka-protocol broker ({})",
        mode.name()
    ));
    let broker = match mode {
        Mode::Native => broker::start(&dir),
        Mode::Docker => docker::start_broker(),
    };
    let broker = broker.inspect_err(|_| down_quietly())?;
    settings.extend(broker);
    write_env(&settings)?;
    eprintln!("broker ready in {:.1}s", timer.elapsed().as_secs_f64());

    print_settings(&settings);
    Ok(true)
}

fn write_env(settings: &Settings) -> Result {
    let mut text = String::from(
        "# Written by `cargo xtask services up`; removed by `cargo xtask services down`.\n",
    );
    for (key, value) in settings {
        text.push_str(&format!("{key}={value}\n"));
    }
    std::fs::write(env_path(), text)
        .map_err(|e| format!("cannot write {}: {e}", env_path().display()))
}

/// Stops the services and removes their data.
pub(crate) fn down() -> Result {
    let settings = read_env().unwrap_or_default();
    let mut errors = Vec::new();
    match settings.get(MODE).map(String::as_str) {
        Some("docker") => errors.extend(docker::stop().err()),
        Some("native") => {
            errors.extend(broker::stop(&state_dir()).err());
            errors.extend(postgres::stop(&state_dir()).err());
        }
        // No record of how they ran: clean up both ways.
        _ => {
            errors.extend(broker::stop(&state_dir()).err());
            errors.extend(postgres::stop(&state_dir()).err());
            if docker::engine_answers() {
                errors.extend(docker::stop().err());
            }
        }
    }
    let dir = state_dir();
    if dir.exists()
        && let Err(e) = std::fs::remove_dir_all(&dir)
    {
        errors.push(format!("cannot remove {}: {e}", dir.display()));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("\n"))
    }
}

fn down_quietly() {
    if let Err(e) = down() {
        eprintln!("warning: while cleaning up: {e}");
    }
}

/// Says what runs and where.
pub(crate) fn status() -> Result {
    let Some(settings) = read_env() else {
        println!("services are down (no {})", env_path().display());
        return Ok(());
    };
    for (name, key) in [("PostgreSQL", POSTGRES_PORT), ("broker", BROKER_PORT)] {
        let port = settings.get(key).and_then(|p| p.parse::<u16>().ok());
        let state = match port {
            Some(p) if cmd::port_open(p) => format!("up on 127.0.0.1:{p}"),
            Some(p) => format!("NOT answering on 127.0.0.1:{p}"),
            None => "unknown".into(),
        };
        println!("{name:<11} {state}");
    }
    println!("settings    {}", env_path().display());
    if answering(&settings) {
        Ok(())
    } else {
        Err("some services are not answering".into())
    }
}

/// Prints the settings as shell exports: `eval "$(cargo xtask services env)"`.
pub(crate) fn print_env() -> Result {
    let settings = read_env().ok_or("services are down: run `cargo xtask services up` first")?;
    for (key, value) in &settings {
        println!("export {key}={value}");
    }
    Ok(())
}

fn print_settings(settings: &Settings) {
    eprintln!(
        "\nservices up; settings written to {}:",
        env_path().display()
    );
    for key in [POSTGRES_URL, KAFKA_BOOTSTRAP_SERVERS] {
        if let Some(value) = settings.get(key) {
            eprintln!("  {key}={value}");
        }
    }
    eprintln!("stop them with `cargo xtask services down`");
}

/// Creates the test role and database through `psql(database, sql)`, and
/// returns the settings that point at them.
fn create_test_database(
    port: u16,
    admin_password: &str,
    mut psql: impl FnMut(&str, &str) -> Result,
) -> Result<Settings> {
    let password = cmd::random_hex()?;
    psql(
        "postgres",
        &format!("CREATE ROLE {ROLE} LOGIN PASSWORD '{password}'"),
    )?;
    psql(
        "postgres",
        &format!("GRANT pg_read_all_stats, pg_signal_backend TO {ROLE}"),
    )?;
    psql("postgres", &format!("CREATE DATABASE {ROLE} OWNER {ROLE}"))?;
    psql(ROLE, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements")?;
    let mut settings = Settings::new();
    settings.insert(
        POSTGRES_URL.into(),
        format!("postgres://{ROLE}:{password}@127.0.0.1:{port}/{ROLE}"),
    );
    settings.insert(
        POSTGRES_ADMIN_URL.into(),
        format!("postgres://postgres:{admin_password}@127.0.0.1:{port}/postgres"),
    );
    settings.insert(POSTGRES_PORT.into(), port.to_string());
    Ok(settings)
}

/// A short stable tag for this checkout, so that two clones on one machine
/// name their containers and temporary folders apart.
pub(crate) fn checkout_tag() -> String {
    // FNV-1a over the workspace path.
    let hash = workspace_root()
        .to_string_lossy()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
    format!("{:08x}", hash >> 32)
}
