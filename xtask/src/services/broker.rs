//! A native Kafka-protocol broker: tansu, installed by xtask at a pinned
//! version into the cache folder outside the clone, and started on loopback.

use std::fs::File;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use super::{BROKER_PORT, KAFKA_BOOTSTRAP_SERVERS, Settings};
use crate::{Result, cache_dir, cmd};

const TANSU_VERSION: &str = "0.6.0";
/// `dynostore` backs the in-memory storage engine, which refuses to start
/// without it; `libsql` backs the durable `sqlite://` engine.
const TANSU_FEATURES: &str = "dynostore,libsql";

/// Starts tansu on a free port; returns its settings.
pub(super) fn start(state: &Path) -> Result<Settings> {
    let tansu = ensure_installed()?;
    let dir = state.join("broker");
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let log = dir.join("tansu.log");
    let port = cmd::free_port()?;
    let listener = format!("tcp://127.0.0.1:{port}");
    let out = File::create(&log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
    let err = out
        .try_clone()
        .map_err(|e| format!("cannot share {}: {e}", log.display()))?;
    let mut child = Command::new(&tansu)
        .arg("broker")
        .args([
            "--listener-url",
            &listener,
            "--advertised-listener-url",
            &listener,
        ])
        .args(["--storage-engine", "memory://tansu/"])
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(err)
        .current_dir(&dir)
        // Its own process group: a Ctrl-C at the terminal that ran xtask does
        // not reach it, and `services down` is what stops it.
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", tansu.display()))?;
    std::fs::write(dir.join("tansu.pid"), child.id().to_string())
        .map_err(|e| format!("cannot record the broker's pid: {e}"))?;
    let alive = || match child.try_wait() {
        Ok(Some(status)) => Err(format!("the broker exited during start-up ({status})")),
        _ => Ok(()),
    };
    cmd::wait_until(
        "the broker",
        Duration::from_secs(60),
        || cmd::port_open(port),
        alive,
    )
    .map_err(|e| format!("{e}\n{}", cmd::tail(&log, 30)))?;
    let mut settings = Settings::new();
    settings.insert(KAFKA_BOOTSTRAP_SERVERS.into(), format!("127.0.0.1:{port}"));
    settings.insert(BROKER_PORT.into(), port.to_string());
    Ok(settings)
}

/// Stops the broker recorded under `state`, if it still runs.
pub(super) fn stop(state: &Path) -> Result {
    let pid_file = state.join("broker/tansu.pid");
    let Ok(pid) = std::fs::read_to_string(&pid_file) else {
        return Ok(());
    };
    let pid = pid.trim();
    if !running(pid) {
        return Ok(());
    }
    let _ = cmd::output(Command::new("kill").args(["-TERM", pid]));
    let stopped = cmd::wait_until("", Duration::from_secs(10), || !running(pid), || Ok(()));
    if stopped.is_err() {
        cmd::output(Command::new("kill").args(["-KILL", pid]))?;
    }
    Ok(())
}

/// Whether process `pid` exists and is not a zombie waiting to be reaped.
fn running(pid: &str) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|stat| {
            let state = stat.rsplit_once(") ")?.1.chars().next()?;
            Some(state != 'Z' && state != 'X')
        })
        .unwrap_or(false)
}

/// The tansu binary: `OMNIBASE_TANSU` when set, else the pinned version in the
/// cache folder, installed there on first use.
fn ensure_installed() -> Result<PathBuf> {
    if let Some(path) = std::env::var_os("OMNIBASE_TANSU") {
        return Ok(PathBuf::from(path));
    }
    let root = cache_dir().join(format!("tansu-{TANSU_VERSION}"));
    let binary = root.join("bin/tansu");
    if binary.is_file() {
        return Ok(binary);
    }
    let timer = cmd::step(&format!(
        "installing the tansu {TANSU_VERSION} broker into {} (once per machine; \
         about 15 minutes on 2 cores)",
        root.display()
    ));
    cmd::run(
        cmd::cargo()
            .args(["install", "tansu", "--version", TANSU_VERSION, "--locked"])
            .args(["--features", TANSU_FEATURES, "--root"])
            .arg(&root)
            // Its own target folder in the cache, so that an interrupted
            // install resumes instead of starting over.
            .env("CARGO_TARGET_DIR", cache_dir().join("tansu-build")),
    )
    .map_err(|e| {
        format!(
            "{e}\ninstalling the broker failed; set OMNIBASE_TANSU to a tansu binary to skip it"
        )
    })?;
    let _ = std::fs::remove_dir_all(cache_dir().join("tansu-build"));
    eprintln!("tansu installed in {:.0}s", timer.elapsed().as_secs_f64());
    Ok(binary)
}
