//! An ephemeral PostgreSQL cluster from the machine's own binaries.
//!
//! `initdb` and `postgres` refuse to run as root, so when xtask runs as root
//! they run as the unprivileged `postgres` user that Debian's package
//! creates, in a folder that user owns.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use super::{Settings, checkout_tag};
use crate::{Result, cmd};

/// Where the cluster lives, the binaries and the user they run as, so that
/// tests can restart the server.
const DATA_DIR: &str = "OMNIBASE_TEST_POSTGRES_DATA_DIR";
const BIN_DIR: &str = "OMNIBASE_TEST_POSTGRES_BIN_DIR";
const RUN_AS: &str = "OMNIBASE_TEST_POSTGRES_RUN_AS";

/// The unprivileged user the server runs as when xtask is root.
const SERVICE_USER: &str = "postgres";

/// Settings for a cluster that only tests use: durability is traded for speed.
const SERVER_CONF: &str = "
# Added by cargo xtask: a throwaway test cluster on loopback.
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
shared_preload_libraries = 'pg_stat_statements'
log_line_prefix = '%m [%p] %u@%d '
";

/// Initialises and starts a cluster under `state`; returns its settings.
pub(super) fn start(state: &Path) -> Result<Settings> {
    let bin = find_bin_dir()?;
    let run_as = if is_root() { Some(SERVICE_USER) } else { None };
    let root = prepare_root(state, run_as)?;
    let data = root.join("data");
    let log = root.join("postgres.log");
    let port = cmd::free_port()?;
    let admin_password = cmd::random_hex()?;

    let pwfile = root.join("pwfile");
    std::fs::write(&pwfile, &admin_password)
        .map_err(|e| format!("cannot write {}: {e}", pwfile.display()))?;
    give_to(&pwfile, run_as)?;
    let initdb = cmd::output(
        pg_command(&bin, "initdb", run_as)
            .arg("-D")
            .arg(&data)
            .args([
                "-U",
                "postgres",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
            ])
            .args(["-E", "UTF8", "--locale=C", "--no-sync"])
            .arg(format!("--pwfile={}", pwfile.display())),
    );
    let _ = std::fs::remove_file(&pwfile);
    initdb?;

    let conf = data.join("postgresql.conf");
    let mut text = std::fs::read_to_string(&conf)
        .map_err(|e| format!("cannot read {}: {e}", conf.display()))?;
    text.push_str(SERVER_CONF);
    text.push_str(&format!("port = {port}\n"));
    std::fs::write(&conf, text).map_err(|e| format!("cannot write {}: {e}", conf.display()))?;

    cmd::output(
        pg_command(&bin, "pg_ctl", run_as)
            .arg("-D")
            .arg(&data)
            .arg("-l")
            .arg(&log)
            .args(["-w", "-t", "60", "start"]),
    )
    .map_err(|e| format!("PostgreSQL did not start: {e}\n{}", cmd::tail(&log, 30)))?;
    cmd::wait_until(
        "PostgreSQL",
        Duration::from_secs(30),
        || cmd::port_open(port),
        || Ok(()),
    )?;

    let psql = |db: &str, sql: &str| {
        cmd::output(
            Command::new(bin.join("psql"))
                .env("PGPASSWORD", &admin_password)
                .args([
                    "-X",
                    "-q",
                    "-v",
                    "ON_ERROR_STOP=1",
                    "-h",
                    "127.0.0.1",
                    "-U",
                    "postgres",
                ])
                .args(["-p", &port.to_string(), "-d", db, "-c", sql]),
        )
        .map(drop)
    };
    let mut settings = super::create_test_database(port, &admin_password, psql)?;

    settings.insert(DATA_DIR.into(), data.display().to_string());
    settings.insert(BIN_DIR.into(), bin.display().to_string());
    settings.insert(RUN_AS.into(), run_as.unwrap_or_default().into());
    Ok(settings)
}

/// Stops the cluster, if one runs, and removes its folder.
pub(super) fn stop(state: &Path) -> Result {
    let run_as = if is_root() { Some(SERVICE_USER) } else { None };
    for root in [state.join("postgres"), fallback_root()] {
        let data = root.join("data");
        let status = |bin: &Path| {
            cmd::succeeds(
                pg_command(bin, "pg_ctl", run_as)
                    .arg("-D")
                    .arg(&data)
                    .arg("status"),
            )
        };
        if data.join("postmaster.pid").exists()
            && let Ok(bin) = find_bin_dir()
            && status(&bin)
        {
            let stopped = cmd::output(
                pg_command(&bin, "pg_ctl", run_as)
                    .arg("-D")
                    .arg(&data)
                    .args(["-m", "immediate", "-w", "stop"]),
            );
            if let Err(e) = stopped {
                eprintln!("warning: {e}");
            }
        }
        if root.exists() {
            std::fs::remove_dir_all(&root)
                .map_err(|e| format!("cannot remove {}: {e}", root.display()))?;
        }
    }
    Ok(())
}

/// The folder that holds the cluster, owned by the user the server runs as.
///
/// It lives under `target/services` unless that user cannot reach it (a clone
/// inside root's home, say); then it moves to the temporary directory.
fn prepare_root(state: &Path, run_as: Option<&str>) -> Result<PathBuf> {
    let preferred = state.join("postgres");
    for root in [preferred, fallback_root()] {
        std::fs::create_dir_all(&root)
            .map_err(|e| format!("cannot create {}: {e}", root.display()))?;
        let Some(user) = run_as else { return Ok(root) };
        give_to(&root, Some(user))?;
        if cmd::succeeds(
            Command::new("runuser")
                .args(["-u", user, "--", "test", "-w"])
                .arg(&root),
        ) {
            return Ok(root);
        }
        std::fs::remove_dir_all(&root).ok();
    }
    Err(format!(
        "the `{SERVICE_USER}` user cannot write to any folder xtask tried"
    ))
}

fn fallback_root() -> PathBuf {
    std::env::temp_dir().join(format!("omnibase-postgres-{}", checkout_tag()))
}

/// Hands `path` to `user` (a no-op when xtask does not run as root).
fn give_to(path: &Path, user: Option<&str>) -> Result {
    let Some(user) = user else { return Ok(()) };
    let id = |flag: &str| -> Result<u32> {
        cmd::output(Command::new("id").args([flag, user]))?
            .trim()
            .parse()
            .map_err(|e| format!("cannot read the id of user `{user}`: {e}"))
    };
    std::os::unix::fs::chown(path, Some(id("-u")?), Some(id("-g")?))
        .map_err(|e| format!("cannot hand {} to `{user}`: {e}", path.display()))
}

/// A command for PostgreSQL binary `name`, run as `run_as` when given.
fn pg_command(bin: &Path, name: &str, run_as: Option<&str>) -> Command {
    let mut command = match run_as {
        Some(user) => {
            let mut c = Command::new("runuser");
            c.args(["-u", user, "--"]).arg(bin.join(name));
            c
        }
        None => Command::new(bin.join(name)),
    };
    // The server user may not be able to enter the caller's directory.
    command.current_dir(std::env::temp_dir());
    command
}

fn is_root() -> bool {
    cmd::output(Command::new("id").arg("-u")).is_ok_and(|uid| uid.trim() == "0")
}

/// The folder with `initdb`, `pg_ctl` and `psql`: Debian's versioned folders
/// first (newest version first), then wherever `initdb` is on PATH.
fn find_bin_dir() -> Result<PathBuf> {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Ok(entries) = std::fs::read_dir("/usr/lib/postgresql") {
        let mut versions: Vec<(u32, PathBuf)> = entries
            .flatten()
            .filter_map(|e| {
                let version = e.file_name().to_str()?.parse().ok()?;
                Some((version, e.path().join("bin")))
            })
            .collect();
        versions.sort_by_key(|v| std::cmp::Reverse(v.0));
        candidates.extend(versions.into_iter().map(|(_, path)| path));
    }
    for dir in std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()) {
        if let Ok(initdb) = dir.join("initdb").canonicalize() {
            candidates.extend(initdb.parent().map(Path::to_path_buf));
        }
    }
    candidates
        .into_iter()
        .find(|dir| {
            ["initdb", "pg_ctl", "psql"]
                .iter()
                .all(|b| dir.join(b).is_file())
        })
        .ok_or_else(|| {
            "no PostgreSQL server binaries (initdb, pg_ctl, psql) on PATH or under \
             /usr/lib/postgresql/*/bin, and no Docker engine answers: install them with \
             `apt-get install postgresql` (Debian/Ubuntu) or `brew install postgresql@15` (macOS), \
             or start a Docker engine"
                .to_owned()
        })
}
