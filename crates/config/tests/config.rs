//! Loading and checking the configuration: every kind of bad value reported
//! at once with where it came from, environment over file, unknown keys
//! with suggestions, redaction, and the startup probes against the real
//! services that `cargo xtask services up` started.

// figment's `Jail` dictates the closures' error type, which is large.
#![allow(clippy::result_large_err)]

use figment::Jail;
use omnibase_config::{Error, InfraConfig, Loader, Origin, Problem, startup, to_redacted_toml};

/// A prefix of the tests' own, so that the `OMNIBASE__…` variables CI sets
/// for other tests never leak in.
const PREFIX: &str = "OMNITEST__";

fn load(jail: &Jail, toml: &str) -> Result<InfraConfig, Error> {
    jail.create_file("omnibase.toml", toml)
        .expect("write the file");
    Loader::new()
        .file("omnibase.toml")
        .env_prefix(PREFIX)
        .load()
}

fn problems(result: Result<InfraConfig, Error>) -> Vec<Problem> {
    match result {
        Err(Error::Invalid(problems)) => problems,
        other => panic!("expected problems, got {other:?}"),
    }
}

#[track_caller]
fn find<'a>(problems: &'a [Problem], path: &str) -> &'a Problem {
    problems.iter().find(|p| p.path == path).unwrap_or_else(|| {
        panic!(
            "no problem at {path}; got:\n{}",
            Error::Invalid(problems.to_vec())
        )
    })
}

#[test]
fn every_kind_of_bad_value_is_reported_at_once() {
    Jail::expect_with(|jail| {
        jail.set_env("OMNITEST__CIRCUIT_BREAKER__FAILURE_RATE_THRESHOLD", "150");
        let found = problems(load(
            jail,
            r#"
            [service]
            name = ""
            check_timeout = "5 parsecs"

            [postgres]
            max_sise = 3
            min_idle = 40
            acquire_timeout = "0s"
            statement_cache_size = "lots"
            "#,
        ));
        let file = Origin::File {
            path: "omnibase.toml".into(),
        };
        let typo = find(&found, "postgres.max_sise");
        assert!(typo.message.contains("did you mean `max_size`"), "{typo}");
        assert_eq!(typo.origin, file);
        let typed = find(&found, "postgres.statement_cache_size");
        assert!(typed.message.contains("invalid type"), "{typed}");
        let duration = find(&found, "service.check_timeout");
        assert!(duration.message.contains("5 parsecs"), "{duration}");
        assert!(find(&found, "service.name").message.contains("1 to 63"));
        assert!(
            find(&found, "postgres.min_idle")
                .message
                .contains("min_idle (40)")
        );
        assert!(
            find(&found, "postgres.acquire_timeout")
                .message
                .contains("greater than zero")
        );
        let rate = find(&found, "circuit_breaker.failure_rate_threshold");
        assert_eq!(
            rate.origin,
            Origin::Env {
                var: "OMNITEST__CIRCUIT_BREAKER__FAILURE_RATE_THRESHOLD".into()
            }
        );
        assert_eq!(found.len(), 7, "{}", Error::Invalid(found.clone()));
        Ok(())
    });
}

#[test]
fn environment_wins_over_the_file() {
    Jail::expect_with(|jail| {
        jail.set_env("OMNITEST__POSTGRES__MAX_SIZE", "20");
        jail.set_env(
            "OMNITEST__KAFKA__BOOTSTRAP_SERVERS",
            "broker-a:9092,broker-b:9092",
        );
        let config = load(
            jail,
            "[postgres]\nmax_size = 10\nmin_idle = 4\n[kafka]\nbootstrap_servers = \"file:9092\"\n",
        )
        .expect("a valid config");
        assert_eq!(config.postgres.max_size, 20);
        assert_eq!(
            config.postgres.min_idle, 4,
            "file values stay where env is silent"
        );
        assert_eq!(
            config.kafka.bootstrap_servers,
            "broker-a:9092,broker-b:9092"
        );
        Ok(())
    });
}

#[test]
fn unknown_keys_and_sections_are_rejected_with_suggestions() {
    Jail::expect_with(|jail| {
        jail.set_env("OMNITEST__POSTGRES__URLL", "postgres://x");
        let found = problems(load(
            jail,
            "[postgress]\nurl = \"x\"\n[metrics]\nexporter = \"0.0.0.0:1\"\n",
        ));
        assert!(
            find(&found, "postgress")
                .message
                .contains("did you mean `postgres`")
        );
        assert!(
            find(&found, "metrics.exporter")
                .message
                .contains("did you mean `exporter_listen`")
        );
        let env = find(&found, "postgres.urll");
        assert!(env.message.contains("did you mean `url`"), "{env}");
        assert_eq!(
            env.origin,
            Origin::Env {
                var: "OMNITEST__POSTGRES__URLL".into()
            }
        );
        Ok(())
    });
}

#[test]
fn files_that_cannot_be_read_or_parsed_say_so() {
    Jail::expect_with(|jail| {
        let missing = Loader::new()
            .file("nowhere.toml")
            .env_prefix(PREFIX)
            .load()
            .unwrap_err();
        assert!(missing.to_string().contains("nowhere.toml"), "{missing}");
        jail.create_file("broken.toml", "[postgres\nmax_size = 3")?;
        let broken = Loader::new()
            .file("broken.toml")
            .env_prefix(PREFIX)
            .load()
            .unwrap_err();
        assert!(matches!(broken, Error::Syntax { .. }), "{broken:?}");
        assert!(broken.to_string().contains("line 1"), "{broken}");
        Ok(())
    });
}

#[test]
fn secrets_never_print() {
    Jail::expect_with(|jail| {
        let config = load(
            jail,
            "[postgres]\nurl = \"postgres://app:hunter2@db:5432/app\"\n",
        )
        .expect("a valid config");
        let shown = to_redacted_toml(&config);
        assert!(shown.contains("postgres://app:***@db:5432/app"), "{shown}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(!format!("{config:?}").contains("hunter2"));
        Ok(())
    });
}

fn services_config() -> InfraConfig {
    let mut config = InfraConfig::default();
    config.postgres.url = omnibase_testkit::postgres_url();
    config.kafka.bootstrap_servers = omnibase_testkit::kafka_bootstrap_servers();
    config.service.check_timeout = std::time::Duration::from_secs(3);
    config
}

fn check_named<'a>(report: &'a startup::Report, name: &str) -> &'a startup::Check {
    report
        .checks
        .iter()
        .find(|c| c.name == name)
        .expect("the probe ran")
}

#[tokio::test]
async fn startup_check_passes_against_the_real_services() {
    let report = startup::check(&services_config()).await;
    assert!(report.ok(), "{report}");
    assert!(
        check_named(&report, "postgres").detail.contains("SELECT 1"),
        "{report}"
    );
    assert!(
        check_named(&report, "kafka").detail.contains("broker(s)"),
        "{report}"
    );
}

#[tokio::test]
async fn startup_check_explains_what_is_wrong_in_one_line_each() {
    let free_port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let good = services_config();

    let mut wrong_port = good.clone();
    wrong_port.postgres.url = format!("postgres://omnibase:x@127.0.0.1:{free_port}/omnibase");
    let mut wrong_password = good.clone();
    let mut url: Vec<&str> = good.postgres.url.splitn(2, '@').collect();
    let with_bad_password = format!("postgres://omnibase:wrong@{}", url.pop().unwrap());
    wrong_password.postgres.url = with_bad_password;
    let mut no_broker = good.clone();
    no_broker.kafka.bootstrap_servers = format!("127.0.0.1:{free_port}");
    no_broker.service.check_timeout = std::time::Duration::from_secs(1);

    for (config, probe, needles) in [
        (
            &wrong_port,
            "postgres",
            &["cannot connect", "is PostgreSQL running"][..],
        ),
        (
            &wrong_password,
            "postgres",
            &["authentication failed", "password in postgres.url"][..],
        ),
        (
            &no_broker,
            "kafka",
            &["no broker answered", "kafka.bootstrap_servers"][..],
        ),
    ] {
        let report = startup::check(config).await;
        assert!(!report.ok(), "{report}");
        let check = check_named(&report, probe);
        assert!(!check.ok, "{report}");
        for needle in needles {
            assert!(
                check.detail.contains(needle),
                "{needle:?} missing from: {}",
                check.detail
            );
        }
        assert!(!check.detail.contains('\n'), "one line: {}", check.detail);
        assert!(
            !check.detail.contains("wrong"),
            "no password in messages: {}",
            check.detail
        );
    }
}

#[test]
fn the_sql_guard_section_is_checked_like_the_rest() {
    Jail::expect_with(|jail| {
        let found = problems(load(
            jail,
            "[sql_guard]\nmode = \"enforce\"\nallowlist = \"enforce\"\nallowlist_path = \"missing.txt\"\n",
        ));
        let problem = find(&found, "sql_guard.allowlist_path");
        assert!(problem.message.contains("missing.txt"), "{problem}");
        let config = load(jail, "[sql_guard]\nmode = \"monitor\"\n").expect("a valid policy");
        assert_eq!(config.sql_guard.mode, omnibase_sql_guard::Mode::Monitor);
        Ok(())
    });
}

#[test]
fn the_kafka_section_is_the_producer_pools_own_config() {
    Jail::expect_with(|jail| {
        let found = problems(load(
            jail,
            "[kafka]\nmessage_timeout_ms = 0\n[[kafka.lanes]]\nname = \"bulk\"\nmin_producers = 3\nmax_producers = 2\n",
        ));
        assert!(
            find(&found, "kafka.message_timeout_ms")
                .message
                .contains("at least 1")
        );
        assert!(
            found.iter().any(|p| p.path.starts_with("kafka.lanes[0]")),
            "{found:?}"
        );
        let config = load(
            jail,
            "[kafka]\nbootstrap_servers = \"b:9092\"\n[kafka.sasl]\nmechanism = \"PLAIN\"\nusername = \"svc\"\npassword = \"hunter3\"\n",
        )
        .expect("a valid config");
        let shown = to_redacted_toml(&config);
        assert!(!shown.contains("hunter3"), "{shown}");
        assert!(!format!("{config:?}").contains("hunter3"));
        Ok(())
    });
}

#[test]
fn the_example_file_in_docs_is_valid_and_complete() {
    let path = omnibase_testkit::workspace_root().join("docs/omnibase.example.toml");
    let config = Loader::new()
        .file(path)
        .env_prefix("OMNITEST_EXAMPLE__")
        .load()
        .unwrap();
    assert_eq!(
        config,
        InfraConfig::default(),
        "the example lists the defaults"
    );
}
