//! The services in containers, where a Docker engine answers: the official
//! PostgreSQL image and Redpanda.

use std::process::Command;
use std::time::Duration;

use super::{BROKER_PORT, KAFKA_BOOTSTRAP_SERVERS, Settings};
use crate::{Result, cmd};

const POSTGRES_IMAGE: &str = "postgres:15";
const REDPANDA_IMAGE: &str = "docker.redpanda.com/redpandadata/redpanda:v24.2.7";

/// Whether a Docker engine answers (the client alone is not enough).
pub(super) fn engine_answers() -> bool {
    cmd::succeeds(Command::new("docker").args(["info", "--format", "{{.ServerVersion}}"]))
}

fn container(service: &str) -> String {
    format!("omnibase-{}-{service}", super::checkout_tag())
}

pub(super) fn start_postgres() -> Result<Settings> {
    let name = container("postgres");
    let port = cmd::free_port()?;
    let admin_password = cmd::random_hex()?;
    cmd::output(
        Command::new("docker")
            .args([
                "run",
                "-d",
                "--name",
                &name,
                "-p",
                &format!("127.0.0.1:{port}:5432"),
            ])
            .args([
                "-e",
                &format!("POSTGRES_PASSWORD={admin_password}"),
                POSTGRES_IMAGE,
            ])
            .args(["-c", "max_connections=300", "-c", "fsync=off"])
            .args(["-c", "shared_preload_libraries=pg_stat_statements"]),
    )?;
    let ready = || {
        cmd::succeeds(Command::new("docker").args([
            "exec",
            &name,
            "pg_isready",
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
        ]))
    };
    cmd::wait_until(
        "PostgreSQL container",
        Duration::from_secs(90),
        ready,
        || Ok(()),
    )
    .map_err(|e| format!("{e}\n{}", logs(&name)))?;
    let psql = |db: &str, sql: &str| {
        cmd::output(Command::new("docker").args([
            "exec",
            &name,
            "psql",
            "-X",
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            "-U",
            "postgres",
            "-d",
            db,
            "-c",
            sql,
        ]))
        .map(drop)
    };
    super::create_test_database(port, &admin_password, psql)
}

pub(super) fn start_broker() -> Result<Settings> {
    let name = container("redpanda");
    let port = cmd::free_port()?;
    cmd::output(
        Command::new("docker")
            .args([
                "run",
                "-d",
                "--name",
                &name,
                "-p",
                &format!("127.0.0.1:{port}:{port}"),
            ])
            .args([
                REDPANDA_IMAGE,
                "redpanda",
                "start",
                "--mode",
                "dev-container",
                "--smp",
                "1",
            ])
            .arg(format!("--kafka-addr=PLAINTEXT://0.0.0.0:{port}"))
            .arg(format!(
                "--advertise-kafka-addr=PLAINTEXT://127.0.0.1:{port}"
            )),
    )?;
    let ready = || {
        cmd::port_open(port)
            && cmd::succeeds(
                Command::new("docker").args(["exec", &name, "rpk", "cluster", "health"]),
            )
    };
    cmd::wait_until("Redpanda container", Duration::from_secs(90), ready, || {
        Ok(())
    })
    .map_err(|e| format!("{e}\n{}", logs(&name)))?;
    let mut settings = Settings::new();
    settings.insert(KAFKA_BOOTSTRAP_SERVERS.into(), format!("127.0.0.1:{port}"));
    settings.insert(BROKER_PORT.into(), port.to_string());
    Ok(settings)
}

/// Removes both containers; one that does not exist is not an error.
pub(super) fn stop() -> Result {
    for service in ["postgres", "redpanda"] {
        let name = container(service);
        let exists = cmd::succeeds(Command::new("docker").args(["inspect", &name]));
        if exists {
            cmd::output(Command::new("docker").args(["rm", "-f", &name]))?;
        }
    }
    Ok(())
}

fn logs(name: &str) -> String {
    cmd::output(Command::new("docker").args(["logs", "--tail", "30", name])).unwrap_or_else(|e| e)
}
