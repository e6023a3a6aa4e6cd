//! `omnibase sql-guard`: checks statements from a file or standard input
//! and reports the flagged ones, streaming, one verdict per input line.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use omnibase_sql_guard::{
    Action, AllowlistMode, Findings, Guard, Mode, Policy, Severity, Verdict, jsonl,
};

/// Options of `omnibase sql-guard`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Statements to check, one a line; `-` (the default) reads standard input.
    #[arg(default_value = "-")]
    input: PathBuf,
    /// Read JSON lines (`{"sql": "..."}`, other fields ignored) and write one
    /// JSON verdict a line, in input order.
    #[arg(long)]
    jsonl: bool,
    /// `enforce` blocks by severity; `monitor` never blocks, only reports.
    #[arg(long, value_enum, default_value_t = ModeArg::Enforce)]
    mode: ModeArg,
    /// Flag statements whose fingerprint is not in this allowlist file.
    #[arg(long, value_name = "FILE", conflicts_with = "learn")]
    allowlist: Option<PathBuf>,
    /// Record every statement's fingerprint into this allowlist file (kept
    /// entries are merged).
    #[arg(long, value_name = "FILE")]
    learn: Option<PathBuf>,
    /// List every finding of a blocked statement, not only the one that
    /// blocked it (the analysis then reads each attack to its end: slower).
    #[arg(long)]
    all_findings: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ModeArg {
    Monitor,
    Enforce,
}

/// Runs the command: exit 0 when nothing was blocked, 1 when something was,
/// 2 on usage or IO errors (earlier output stays written).
pub(crate) fn run(args: Args) -> ExitCode {
    match check_all(&args) {
        Ok(blocked) => ExitCode::from(u8::from(blocked)),
        Err(e) => {
            eprintln!("error: {e}");
            let mut source = std::error::Error::source(&*e);
            while let Some(cause) = source {
                eprintln!("  caused by: {cause}");
                source = cause.source();
            }
            ExitCode::from(2)
        }
    }
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

fn guard(args: &Args) -> Result<Guard, BoxError> {
    let mut policy = Policy {
        mode: match args.mode {
            ModeArg::Monitor => Mode::Monitor,
            ModeArg::Enforce => Mode::Enforce,
        },
        findings: if args.all_findings {
            Findings::All
        } else {
            Findings::UntilBlocked
        },
        ..Policy::default()
    };
    if let Some(path) = &args.allowlist {
        policy.allowlist = AllowlistMode::Enforce;
        policy.allowlist_path = Some(path.clone());
    }
    if let Some(path) = &args.learn {
        policy.allowlist = AllowlistMode::Learn;
        policy.allowlist_path = Some(path.clone());
    }
    Ok(policy.build()?)
}

fn check_all(args: &Args) -> Result<bool, BoxError> {
    let guard = guard(args)?;
    let input: Box<dyn BufRead> = if args.input.as_os_str() == "-" {
        Box::new(io::stdin().lock())
    } else {
        let file = File::open(&args.input)
            .map_err(|e| format!("cannot open {}: {e}", args.input.display()))?;
        Box::new(BufReader::new(file))
    };
    let mut out = io::stdout().lock();
    let mut blocked = false;
    let mut buf = Vec::new();
    let mut line = 0usize;
    let mut input = input;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        line += 1;
        while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
            buf.pop();
        }
        let text = std::str::from_utf8(&buf).map_err(|e| {
            format!(
                "input line {line}: not valid utf-8 at byte {}",
                e.valid_up_to()
            )
        })?;
        if args.jsonl {
            let sql = jsonl::parse_line(text, line)?;
            let verdict = guard.check(&sql);
            blocked |= verdict.action == Action::Block;
            writeln!(out, "{}", jsonl::verdict_line(&verdict))?;
        } else {
            if text.trim().is_empty() {
                continue;
            }
            let verdict = guard.check(text);
            blocked |= verdict.action == Action::Block;
            if verdict.assessed != Action::Allow {
                report(&mut out, line, text, &verdict)?;
            }
        }
        out.flush()?;
    }
    guard.save_allowlist()?;
    Ok(blocked)
}

/// Prints a flagged statement with a caret line under each finding's span.
fn report(out: &mut impl Write, line: usize, sql: &str, verdict: &Verdict) -> io::Result<()> {
    let shown = sql.replace('\t', " ");
    writeln!(
        out,
        "line {line}: {} (fingerprint {})",
        verdict.assessed, verdict.fingerprint
    )?;
    writeln!(out, "  {shown}")?;
    for finding in verdict
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Medium)
    {
        let start = finding.span.start.min(sql.len());
        let end = finding.span.end.clamp(start, sql.len());
        let pad = sql.get(..start).map_or(0, |s| s.chars().count());
        let width = sql.get(start..end).map_or(1, |s| s.chars().count()).max(1);
        writeln!(out, "  {}{} {finding}", " ".repeat(pad), "^".repeat(width))?;
    }
    Ok(())
}
