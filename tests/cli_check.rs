//! `omnibase check` as a user runs it: exit codes, every problem named, and
//! the probes against the services `cargo xtask services up` started.

use std::process::{Command, Output};

fn omnibase_check(args: &[&str], env: &[(&str, String)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_omnibase"));
    command.arg("check").args(args);
    // The test process may carry OMNIBASE__ settings for other tests.
    for (key, _) in std::env::vars().filter(|(k, _)| k.starts_with("OMNIBASE_")) {
        command.env_remove(key);
    }
    command.envs(env.iter().map(|(k, v)| (*k, v.as_str())));
    command.output().expect("run omnibase")
}

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(omnibase_testkit::unique_name(name));
    std::fs::write(&path, text).expect("write the config");
    path
}

#[test]
fn a_bad_config_exits_1_naming_every_problem() {
    let file = temp_file("bad", "[postgres]\nmax_sise = 3\nmin_idle = 99\n");
    let out = omnibase_check(
        &["--config", file.to_str().unwrap()],
        &[("OMNIBASE__CIRCUIT_BREAKER__MINIMUM_CALLS", "0".into())],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    for needle in [
        "postgres.max_sise",
        "did you mean `max_size`",
        "postgres.min_idle",
        "from env OMNIBASE__CIRCUIT_BREAKER__MINIMUM_CALLS",
    ] {
        assert!(
            stderr.contains(needle),
            "{needle:?} missing from:\n{stderr}"
        );
    }
    std::fs::remove_file(file).ok();
}

#[test]
fn a_missing_file_exits_2() {
    let out = omnibase_check(&["--config", "/nonexistent/omnibase.toml"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/omnibase.toml"));
}

#[test]
fn a_good_config_prints_redacted_and_probes_the_real_services() {
    let url = omnibase_testkit::postgres_url();
    let password = url
        .split(':')
        .nth(2)
        .and_then(|p| p.split('@').next())
        .unwrap()
        .to_owned();
    let out = omnibase_check(
        &[],
        &[
            ("OMNIBASE__POSTGRES__URL", url),
            (
                "OMNIBASE__KAFKA__BOOTSTRAP_SERVERS",
                omnibase_testkit::kafka_bootstrap_servers(),
            ),
        ],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("ok   postgres"), "{stdout}");
    assert!(stdout.contains("ok   kafka"), "{stdout}");
    assert!(
        !stdout.contains(&password),
        "the password never prints:\n{stdout}"
    );
}
