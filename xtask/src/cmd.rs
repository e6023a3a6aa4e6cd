//! Running commands and waiting for servers: the small helpers every task uses.

use std::ffi::OsStr;
use std::io::Read;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::Result;

/// Runs `command` with inherited output; an error names it and its status.
pub(crate) fn run(command: &mut Command) -> Result {
    let status = command
        .status()
        .map_err(|e| format!("cannot run {}: {e}", describe(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{} failed ({status})", describe(command)))
    }
}

/// Runs `command` and returns its standard output; on failure the error
/// carries what it printed.
pub(crate) fn output(command: &mut Command) -> Result<String> {
    let out = command
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {}: {e}", describe(command)))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(format!(
            "{} failed ({}):\n{}{}",
            describe(command),
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// Whether `command` runs and exits 0, with its output discarded.
pub(crate) fn succeeds(command: &mut Command) -> bool {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// `cargo`, as the one that runs xtask.
pub(crate) fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// A command line for messages.
pub(crate) fn describe(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(OsStr::to_string_lossy)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A loopback port nobody listens on right now.
pub(crate) fn free_port() -> Result<u16> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| format!("cannot find a free loopback port: {e}"))
}

/// Whether something accepts TCP connections on `127.0.0.1:port`.
pub(crate) fn port_open(port: u16) -> bool {
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    TcpStream::connect_timeout(&addr, Duration::from_millis(500)).is_ok()
}

/// Polls `ready` until it holds or `timeout` passes; `alive` may cut the wait
/// short with an error (a server process that exited, say).
pub(crate) fn wait_until(
    what: &str,
    timeout: Duration,
    mut ready: impl FnMut() -> bool,
    mut alive: impl FnMut() -> Result,
) -> Result {
    let start = Instant::now();
    while start.elapsed() < timeout {
        if ready() {
            return Ok(());
        }
        alive()?;
        std::thread::sleep(Duration::from_millis(200));
    }
    Err(format!(
        "{what} did not become ready within {}s",
        timeout.as_secs()
    ))
}

/// The last `lines` lines of a log file, for error messages.
pub(crate) fn tail(path: &Path, lines: usize) -> String {
    let mut text = String::new();
    if std::fs::File::open(path)
        .and_then(|mut f| f.read_to_string(&mut text))
        .is_err()
    {
        return format!("(no log at {})", path.display());
    }
    let all: Vec<&str> = text.lines().collect();
    let start = all.len().saturating_sub(lines);
    format!(
        "--- last lines of {} ---\n{}",
        path.display(),
        all[start..].join("\n")
    )
}

/// Sixteen random bytes as hex, for passwords of throwaway servers.
pub(crate) fn random_hex() -> Result<String> {
    let mut bytes = [0u8; 16];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .map_err(|e| format!("cannot read /dev/urandom: {e}"))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Prints a step heading and returns a timer for its summary line.
pub(crate) fn step(name: &str) -> Instant {
    eprintln!("\n==> {name}");
    Instant::now()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_ports_are_free() {
        let port = free_port().unwrap();
        assert!(
            !port_open(port),
            "nothing listens on a port just found free"
        );
        let listener = TcpListener::bind(("127.0.0.1", port)).unwrap();
        assert!(port_open(listener.local_addr().unwrap().port()));
    }

    #[test]
    fn tail_keeps_the_last_lines_and_names_a_missing_file() {
        let path = std::env::temp_dir().join(format!("xtask-tail-{}", std::process::id()));
        std::fs::write(&path, "1\n2\n3\n4\n").unwrap();
        let text = tail(&path, 2);
        std::fs::remove_file(&path).unwrap();
        assert!(text.ends_with("3\n4"), "{text}");
        assert!(tail(Path::new("/nonexistent/log"), 5).contains("no log at /nonexistent/log"));
    }

    #[test]
    fn waiting_gives_up_with_the_name_of_what_it_waited_for() {
        let err = wait_until("the thing", Duration::ZERO, || false, || Ok(())).unwrap_err();
        assert!(err.contains("the thing"), "{err}");
        let err = wait_until(
            "x",
            Duration::from_secs(5),
            || false,
            || Err("it died".into()),
        );
        assert_eq!(err.unwrap_err(), "it died");
    }
}
