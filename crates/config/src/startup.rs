//! The startup check: probe what the configuration points at — PostgreSQL,
//! the broker, the breaker's thresholds — and say in one line each what is
//! wrong and how to fix it.

use std::fmt;
use std::time::{Duration, Instant};

use rdkafka::config::RDKafkaLogLevel;
use rdkafka::producer::{BaseProducer, Producer};

use crate::InfraConfig;

/// The outcome of one probe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// What was probed: `postgres`, `kafka`, `circuit_breaker`.
    pub name: &'static str,
    /// Whether it passed.
    pub ok: bool,
    /// What was found; on failure, what is wrong and how to fix it.
    pub detail: String,
    /// How long the probe took.
    pub took: Duration,
}

/// Every probe's outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// One entry per probe, in the order they ran.
    pub checks: Vec<Check>,
}

impl Report {
    /// Whether every probe passed.
    pub fn ok(&self) -> bool {
        self.checks.iter().all(|c| c.ok)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for check in &self.checks {
            let verdict = if check.ok { "ok  " } else { "FAIL" };
            writeln!(
                f,
                "{verdict} {:<15} {:>7.1} ms  {}",
                check.name,
                check.took.as_secs_f64() * 1e3,
                check.detail
            )?;
        }
        Ok(())
    }
}

/// Runs every probe, each bounded by `service.check_timeout`.
pub async fn check(config: &InfraConfig) -> Report {
    let timeout = config.service.check_timeout;
    let checks = vec![
        timed("postgres", probe_postgres(config, timeout)).await,
        timed("kafka", probe_kafka(config, timeout)).await,
        timed("circuit_breaker", async { probe_breaker(config) }).await,
    ];
    Report { checks }
}

async fn timed(name: &'static str, probe: impl Future<Output = Result<String, String>>) -> Check {
    let start = Instant::now();
    let outcome = probe.await;
    let took = start.elapsed();
    match outcome {
        Ok(detail) => Check {
            name,
            ok: true,
            detail,
            took,
        },
        Err(detail) => Check {
            name,
            ok: false,
            detail,
            took,
        },
    }
}

/// Connects and runs `SELECT 1`.
async fn probe_postgres(config: &InfraConfig, timeout: Duration) -> Result<String, String> {
    let url = &config.postgres.url;
    let mut pg: tokio_postgres::Config = url
        .parse()
        .map_err(|e| format!("postgres.url is not a valid url: {e}"))?;
    pg.connect_timeout(timeout)
        .application_name(&config.service.name);
    let target = target(&pg);
    let work = async {
        let (client, connection) = pg.connect(tokio_postgres::NoTls).await?;
        tokio::spawn(connection);
        let version: String = client.query_one("SHOW server_version", &[]).await?.get(0);
        client.query_one("SELECT 1", &[]).await?;
        Ok::<_, tokio_postgres::Error>(version)
    };
    match tokio::time::timeout(timeout, work).await {
        Ok(Ok(version)) => Ok(format!(
            "PostgreSQL {version} at {target}, SELECT 1 answered"
        )),
        Ok(Err(e)) => Err(explain_postgres(&e, &target, &pg)),
        Err(_) => Err(format!(
            "no answer from {target} within {timeout:?}: check the host and port in postgres.url"
        )),
    }
}

/// One line: what PostgreSQL said, and what to change.
fn explain_postgres(
    error: &tokio_postgres::Error,
    target: &str,
    pg: &tokio_postgres::Config,
) -> String {
    let user = pg.get_user().unwrap_or("(none)");
    let db = pg.get_dbname().unwrap_or(user);
    match error.code().map(|c| c.code()) {
        Some("28P01" | "28000") => format!(
            "authentication failed for user \"{user}\" at {target}: check the user and password in postgres.url"
        ),
        Some("3D000") => format!(
            "database \"{db}\" does not exist at {target}: create it or fix the database name in postgres.url"
        ),
        Some("53300") => format!(
            "{target} has no free connection slots: raise max_connections or lower postgres.max_size"
        ),
        Some(code) => format!(
            "{target} answered SQLSTATE {code}: {}",
            error
                .as_db_error()
                .map_or(String::new(), |d| d.message().to_owned())
        ),
        None => {
            let cause = std::error::Error::source(error)
                .map_or_else(|| error.to_string(), ToString::to_string);
            format!(
                "cannot connect to {target} ({cause}): is PostgreSQL running there? check the host and port in postgres.url"
            )
        }
    }
}

fn target(pg: &tokio_postgres::Config) -> String {
    let host = match pg.get_hosts().first() {
        Some(tokio_postgres::config::Host::Tcp(host)) => host.clone(),
        Some(tokio_postgres::config::Host::Unix(path)) => path.display().to_string(),
        None => "localhost".into(),
    };
    format!("{host}:{}", pg.get_ports().first().copied().unwrap_or(5432))
}

/// Fetches the cluster's metadata.
async fn probe_kafka(config: &InfraConfig, timeout: Duration) -> Result<String, String> {
    let servers = config.kafka.bootstrap_servers.clone();
    // The pool's own client settings (security, SASL, properties), so that
    // the probe connects as the producers will.
    let mut client = config.kafka.base_client_config();
    let fetched = tokio::task::spawn_blocking(move || {
        let producer: BaseProducer = client
            .set("client.id", "omnibase-check")
            .set("socket.connection.setup.timeout.ms", timeout.as_millis().to_string())
            // librdkafka would log every failed connect attempt to stderr;
            // the probe's one line says it better.
            .set_log_level(RDKafkaLogLevel::Emerg)
            .create()
            .map_err(|e| format!("kafka.bootstrap_servers {servers:?} is not usable: {e}"))?;
        let metadata = producer.client().fetch_metadata(None, timeout).map_err(|e| {
            format!(
                "no broker answered at {servers} within {timeout:?} ({e}): is the broker running? check kafka.bootstrap_servers"
            )
        })?;
        Ok(format!(
            "{} broker(s), {} topic(s) at {servers}",
            metadata.brokers().len(),
            metadata.topics().len()
        ))
    })
    .await;
    fetched.unwrap_or_else(|e| Err(format!("the kafka probe failed: {e}")))
}

/// The breaker's thresholds, already validated with the rest; a summary.
fn probe_breaker(config: &InfraConfig) -> Result<String, String> {
    let breaker = &config.circuit_breaker;
    breaker.validate().map_err(|e| e.to_string())?;
    Ok(format!(
        "opens at {}% failures or {}% slow calls (slow: {} ms) after {} calls",
        breaker.failure_rate_threshold,
        breaker.slow_call_rate_threshold,
        breaker.slow_call_duration_ms,
        breaker.minimum_calls
    ))
}
