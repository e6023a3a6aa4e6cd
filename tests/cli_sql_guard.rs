//! `omnibase sql-guard` end to end: JSON-lines streaming in order, exit
//! codes, plain reports with carets, bad input, allowlists.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};

fn omnibase() -> Command {
    Command::new(env!("CARGO_BIN_EXE_omnibase"))
}

/// Runs `omnibase sql-guard ARGS` with `stdin` as standard input.
fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = omnibase()
        .arg("sql-guard")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn omnibase");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn lines(output: &Output) -> Vec<serde_like::Line> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(serde_like::parse)
        .collect()
}

/// The facade has no JSON dependency; these tests read the few fields they
/// need by hand.
mod serde_like {
    #[derive(Debug)]
    pub(crate) struct Line {
        pub(crate) verdict: String,
        pub(crate) rules: String,
        pub(crate) fingerprint: String,
    }

    fn field<'a>(line: &'a str, name: &str) -> &'a str {
        let key = format!("\"{name}\":");
        let at = line
            .find(&key)
            .unwrap_or_else(|| panic!("{name} missing in {line}"))
            + key.len();
        let rest = &line[at..];
        if let Some(rest) = rest.strip_prefix('"') {
            &rest[..rest.find('"').unwrap()]
        } else if rest.starts_with('[') {
            &rest[..=rest.find(']').unwrap()]
        } else {
            &rest[..rest.find([',', '}']).unwrap()]
        }
    }

    pub(crate) fn parse(line: &str) -> Line {
        Line {
            verdict: field(line, "verdict").to_owned(),
            rules: field(line, "rules").to_owned(),
            fingerprint: field(line, "fingerprint").to_owned(),
        }
    }
}

#[test]
fn jsonl_in_order_with_exit_code() {
    let input = concat!(
        "{\"sql\": \"SELECT * FROM t WHERE id = 1\", \"id\": 1}\n",
        "{\"sql\": \"SELECT * FROM t WHERE name = 'x' OR 1=1 --'\"}\n",
        "{\"sql\": \"SELECT * FROM t WHERE name = 'Union Station'\"}\n",
        "{\"sql\": \"select * from T where ID=42\"}\n",
    );
    let output = run(&["--jsonl"], input);
    assert_eq!(
        output.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let got = lines(&output);
    let verdicts: Vec<&str> = got.iter().map(|l| l.verdict.as_str()).collect();
    assert_eq!(verdicts, ["allow", "block", "allow", "allow"]);
    // The finding that blocked it; every finding with --all-findings.
    assert_eq!(got[1].rules, r#"["comment_truncation"]"#, "{:?}", got[1]);
    assert_eq!(got[0].fingerprint, got[3].fingerprint);
    assert_eq!(got[0].fingerprint.len(), 16);
    let all = lines(&run(&["--jsonl", "--all-findings"], input));
    assert_eq!(
        all[1].rules, r#"["tautology","comment_truncation"]"#,
        "{:?}",
        all[1]
    );
}

#[test]
fn jsonl_streams_before_eof() {
    let mut child = omnibase()
        .args(["sql-guard", "--jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    stdin.write_all(b"{\"sql\": \"SELECT 1\"}\n").unwrap();
    stdin.flush().unwrap();
    // The verdict arrives while standard input is still open.
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert!(line.contains("\"verdict\":\"allow\""), "{line}");
    drop(stdin);
    assert_eq!(child.wait().unwrap().code(), Some(0));
}

#[test]
fn bad_json_line_names_the_line_and_keeps_earlier_output() {
    let input =
        "{\"sql\": \"SELECT 1\"}\n{\"sql\": \"SELECT 2\"}\n{oops\n{\"sql\": \"SELECT 3\"}\n";
    let output = run(&["--jsonl"], input);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(lines(&output).len(), 2);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("input line 3"), "{stderr}");
    let output = run(&["--jsonl"], "{\"query\": \"SELECT 1\"}\n");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("input line 1: no \"sql\" field"));
}

#[test]
fn plain_mode_prints_caret_under_the_span() {
    let output = run(
        &[],
        "SELECT 1\nSELECT * FROM t WHERE id = 1; DROP TABLE users\n",
    );
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.starts_with("line 2: block"), "{stdout}");
    let caret = stdout
        .lines()
        .find(|l| l.contains("stacked_statement"))
        .unwrap();
    // Two spaces of indent, then the `;` at byte 28.
    assert_eq!(caret.find('^'), Some(2 + 28), "{stdout}");
}

#[test]
fn monitor_never_fails_and_usage_errors_exit_2() {
    let output = run(&["--mode", "monitor"], "SELECT 1; DROP TABLE users\n");
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains("block"));
    assert_eq!(run(&["--mode", "nope"], "").status.code(), Some(2));
    assert_eq!(
        run(&["/nonexistent/statements.sql"], "").status.code(),
        Some(2)
    );
}

#[test]
fn learn_then_enforce_allowlist() {
    let dir = std::env::temp_dir().join(format!("omnibase-cli-sql-guard-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let list = dir.join("allow.txt");
    let list = list.to_str().unwrap();
    let learned = run(&["--learn", list], "SELECT * FROM t WHERE id = 1\n");
    assert_eq!(learned.status.code(), Some(0));
    let known = run(
        &["--jsonl", "--allowlist", list],
        "{\"sql\": \"SELECT * FROM t WHERE id = 7\"}\n",
    );
    assert_eq!(lines(&known)[0].verdict, "allow");
    let unknown = run(
        &["--jsonl", "--allowlist", list],
        "{\"sql\": \"SELECT * FROM u\"}\n",
    );
    let unknown = lines(&unknown);
    assert_eq!(unknown[0].verdict, "review");
    assert!(unknown[0].rules.contains("unknown_fingerprint"));
    std::fs::remove_dir_all(&dir).unwrap();
}
