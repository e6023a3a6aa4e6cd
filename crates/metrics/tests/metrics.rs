//! Integration tests through the public API: the full exposition passes
//! `promtool check metrics`, and the exporter serves it over HTTP.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use omnibase_metrics::{
    AcquireFailure, BreakerState, CacheResult, CallOutcome, CloseReason, GuardAction, LabelEnum,
    Metrics, OpenReason, Operation, ScaleDirection, ShapeSample, SqlStateClass, Validation,
};

const RULES: &[&str] = &["stacked_statement", "tautology", "comment_sequence"];

/// Every family the crate registers.
const FAMILIES: &[&str] = &[
    "omnibase_pg_connections_opened_total",
    "omnibase_pg_connections_closed_total",
    "omnibase_pg_connections_in_use",
    "omnibase_pg_connections_idle",
    "omnibase_pg_acquire_waiting",
    "omnibase_pg_acquire_wait_seconds",
    "omnibase_pg_query_duration_seconds",
    "omnibase_pg_errors_total",
    "omnibase_pg_validations_total",
    "omnibase_pg_acquire_failures_total",
    "omnibase_pg_retries_total",
    "omnibase_pg_top_shape_calls",
    "omnibase_pg_top_shape_seconds",
    "omnibase_pg_top_shape_p99_seconds",
    "omnibase_breaker_state",
    "omnibase_breaker_calls_total",
    "omnibase_breaker_transitions_total",
    "omnibase_breaker_call_duration_seconds",
    "omnibase_guard_verdicts_total",
    "omnibase_guard_findings_total",
    "omnibase_guard_cache_lookups_total",
    "omnibase_producer_messages_sent_total",
    "omnibase_producer_messages_delivered_total",
    "omnibase_producer_messages_failed_total",
    "omnibase_producer_delivery_duration_seconds",
    "omnibase_producer_producers",
    "omnibase_producer_queue_depth",
    "omnibase_producer_scaling_decisions_total",
    "omnibase_relay_rows_enqueued_total",
    "omnibase_relay_rows_relayed_total",
    "omnibase_relay_lag_seconds",
    "omnibase_relay_batch_rows",
];

/// Records into every family and every label value, so the exposition holds
/// every series a real process can export.
fn populated() -> Metrics {
    let m = Metrics::new().expect("families register");
    for pool_name in ["primary", "replica"] {
        let pool = m.pg_pool(pool_name).expect("valid pool");
        for &r in OpenReason::ALL {
            pool.opened(r).inc();
        }
        for &r in CloseReason::ALL {
            pool.closed(r).inc();
        }
        pool.in_use().set(3);
        pool.idle().set(2);
        pool.waiting().set(1);
        pool.acquire_wait().observe(0.0002);
        for &op in Operation::ALL {
            pool.query(op).observe_duration(Duration::from_millis(7));
        }
        for &v in Validation::ALL {
            pool.validation(v).inc();
        }
        for &f in AcquireFailure::ALL {
            pool.acquire_failure(f).inc();
        }
        pool.retries().inc();
        pool.set_top_shapes(&[ShapeSample {
            fingerprint: "00000000deadbeef".into(),
            calls: 3,
            total: Duration::from_millis(12),
            p99: Duration::from_millis(5),
        }]);
        pool.error(SqlStateClass::from_code("23505"));
        pool.error(SqlStateClass::NONE);
    }
    let breaker = m.breaker("postgres").expect("valid breaker");
    for &o in CallOutcome::ALL {
        breaker.calls(o).inc();
    }
    breaker.transition(BreakerState::Closed, BreakerState::Open);
    breaker.call_duration().observe(0.012);
    let guard = m.guard(RULES).expect("valid rules");
    for &a in GuardAction::ALL {
        guard.verdict(a).inc();
    }
    guard.finding("tautology").inc();
    guard.cache(CacheResult::Hit).inc();
    guard.cache(CacheResult::Miss).inc();
    let producers = m.producer_pool("events").expect("valid pool");
    producers.producers().set(2);
    producers.queue_depth().set(17);
    producers.scaling(ScaleDirection::Up).inc();
    for lane in ["default", "priority"] {
        let lane = producers.lane(lane).expect("valid lane");
        lane.sent().inc_by(10);
        lane.delivered().inc_by(9);
        lane.failed().inc();
        lane.delivery().observe(0.004);
    }
    let relay = m.relay();
    relay.enqueued().inc_by(5);
    relay.relayed().inc_by(4);
    relay.lag().set(0.8);
    relay.batch_rows().observe(4.0);
    m
}

/// promtool from PATH, else Debian's location; `None` when not installed.
fn promtool() -> Option<PathBuf> {
    let on_path = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|dir| dir.join("promtool"))
        .find(|p| p.is_file());
    on_path.or_else(|| Some(PathBuf::from("/usr/bin/promtool")).filter(|p| p.is_file()))
}

#[test]
fn exposition_passes_promtool_check_metrics() {
    let Some(promtool) = promtool() else {
        panic!(
            "promtool not found on PATH nor at /usr/bin/promtool; this test needs it: \
             install Debian's `prometheus` package: apt-get install prometheus"
        );
    };
    let text = populated().encode_text().expect("encodes");
    // Every family is present, so promtool checks all of them.
    for family in FAMILIES {
        assert!(
            text.contains(&format!("# TYPE {family} ")),
            "{family} missing from the exposition"
        );
    }

    let mut child = Command::new(&promtool)
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", promtool.display()));
    child
        .stdin
        .take()
        .expect("piped stdin")
        .write_all(text.as_bytes())
        .expect("promtool reads stdin");
    let out = child.wait_with_output().expect("promtool finishes");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "promtool check metrics failed ({}):\n{report}\n--- exposition ---\n{text}",
        out.status
    );
    assert!(
        report.trim().is_empty(),
        "promtool check metrics reported problems:\n{report}"
    );
}

#[cfg(feature = "exporter")]
mod exporter {
    use std::io::{Read, Write};
    use std::net::{SocketAddr, TcpStream};

    use omnibase_metrics::{Exporter, TEXT_CONTENT_TYPE};

    /// One HTTP/1.1 request over a plain socket; the whole response.
    fn get(addr: SocketAddr, method: &str, path: &str) -> String {
        let mut stream = TcpStream::connect(addr).expect("exporter accepts");
        write!(
            stream,
            "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        )
        .expect("request sent");
        let mut response = String::new();
        stream.read_to_string(&mut response).expect("response read");
        response
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn exporter_serves_metrics_over_http() {
        let metrics = super::populated();
        let exporter = Exporter::bind(
            "127.0.0.1:0".parse().expect("valid addr"),
            metrics.registry().clone(),
        )
        .await
        .expect("binds");
        let addr = exporter.local_addr();
        assert_ne!(addr.port(), 0);

        let (ok, missing, wrong_method) = tokio::task::spawn_blocking(move || {
            (
                get(addr, "GET", "/metrics"),
                get(addr, "GET", "/"),
                get(addr, "POST", "/metrics"),
            )
        })
        .await
        .expect("client thread finishes");

        assert!(ok.starts_with("HTTP/1.1 200 OK\r\n"), "{ok}");
        let content_type = format!("content-type: {TEXT_CONTENT_TYPE}\r\n");
        assert!(ok.to_ascii_lowercase().contains(&content_type), "{ok}");
        assert!(
            ok.contains("omnibase_relay_rows_enqueued_total 5\n"),
            "{ok}"
        );
        assert!(
            missing.starts_with("HTTP/1.1 404 Not Found\r\n"),
            "{missing}"
        );
        assert!(
            wrong_method.starts_with("HTTP/1.1 405 Method Not Allowed\r\n"),
            "{wrong_method}"
        );

        exporter.shutdown().await.expect("clean shutdown");
        // After shutdown nothing serves our metrics on that port any more.
        // A bare "connect fails" check would be flaky: another test may be
        // handed the freed port, and Linux can connect a socket to itself
        // when its ephemeral source port equals the destination port.
        let after = tokio::task::spawn_blocking(move || {
            let Ok(mut stream) = TcpStream::connect(addr) else {
                return String::new();
            };
            let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(1)));
            let _ = write!(
                stream,
                "GET /metrics HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
            );
            let mut response = String::new();
            let _ = stream.read_to_string(&mut response);
            response
        })
        .await
        .expect("client thread finishes");
        assert!(
            !after.contains("omnibase_relay_rows_enqueued_total"),
            "exporter still serving after shutdown: {after}"
        );
    }

    #[tokio::test]
    async fn binding_a_taken_port_names_the_address() {
        let first = Exporter::bind(
            "127.0.0.1:0".parse().expect("valid addr"),
            Default::default(),
        )
        .await
        .expect("binds");
        let err = Exporter::bind(first.local_addr(), Default::default())
            .await
            .expect_err("port is taken");
        assert_eq!(
            err.to_string(),
            format!("metrics exporter cannot bind {}", first.local_addr())
        );
        assert!(err.is_retryable());
    }
}

#[test]
fn grafana_dashboard_queries_every_family() {
    // The package folder as cargo gives it when running the test, not as it
    // was when the binary was built (a shared target folder may hold a
    // binary built in another clone).
    let package = std::env::var("CARGO_MANIFEST_DIR")
        .unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").to_owned());
    let path = format!("{package}/../../docs/grafana-dashboard.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let dashboard: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path} is not JSON: {e}"));
    let panels = dashboard["panels"].as_array().expect("panels is an array");
    let exprs: Vec<&str> = panels
        .iter()
        .flat_map(|p| p["targets"].as_array().into_iter().flatten())
        .filter_map(|t| t["expr"].as_str())
        .collect();
    for family in FAMILIES {
        assert!(
            exprs.iter().any(|e| e.contains(family)),
            "no panel of {path} queries {family}"
        );
    }
    for title in [
        "PostgreSQL pool",
        "Circuit breakers",
        "SQL guard",
        "Kafka producers",
        "Outbox relay",
    ] {
        assert!(
            panels.iter().any(|p| p["title"] == title),
            "{path} has no {title:?} row"
        );
    }
}
