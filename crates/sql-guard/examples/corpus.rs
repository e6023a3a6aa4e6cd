//! Runs the guard over the dev corpus: `dump` writes each row's verdict
//! (to diff before and after a change that must not change verdicts), and
//! `run` checks the corpus N times, uncached, for callgrind or a quick
//! timing. The guard has the default policy without a cache;
//! `FINDINGS=all` makes it collect every finding of a blocked statement.
//!
//! ```sh
//! cargo run --release -p omnibase-sql-guard --example corpus -- dump verdicts.tsv fingerprints.tsv
//! CORPUS=crates/sql-guard/tests/data/generalization.jsonl.gz \
//!     cargo run --release -p omnibase-sql-guard --example corpus -- dump v.tsv f.tsv
//! valgrind --tool=callgrind --toggle-collect='corpus::run_passes*' \
//!     target/release/examples/corpus run 2
//! ```

use std::io::{BufRead, BufReader, Write};

use omnibase_sql_guard::{Findings, Guard, Policy, normalize};

/// The dev corpus, or the gzipped JSON lines file that `CORPUS` names;
/// with `REPEAT=N` each row N times in a row, so that the branch predictor
/// learns each statement (the difference to the plain order is what
/// mispredictions cost; docs/benchmarks.md).
fn corpus() -> Vec<String> {
    let repeat: usize = std::env::var("REPEAT").map_or(1, |n| n.parse().expect("REPEAT=N"));
    let dev = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dev.jsonl.gz");
    let path = std::env::var("CORPUS").unwrap_or_else(|_| dev.to_owned());
    let file = std::fs::File::open(&path).expect("corpus file");
    BufReader::new(flate2::read::GzDecoder::new(file))
        .lines()
        .map(|line| {
            let value: serde_json::Value =
                serde_json::from_str(&line.expect("corpus line")).expect("json");
            value["sql"].as_str().expect("sql").to_owned()
        })
        .flat_map(|sql| std::iter::repeat_n(sql, repeat))
        .collect()
}

/// The measured loop, out of line so that callgrind can count it alone.
#[inline(never)]
fn run_passes(guard: &Guard, rows: &[String], passes: usize) -> usize {
    let mut clean = 0;
    for _ in 0..passes {
        clean += rows
            .iter()
            .filter(|sql| guard.check(std::hint::black_box(sql)).findings.is_empty())
            .count();
    }
    clean
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let rows = corpus();
    // `FINDINGS=all` collects every finding of a blocked statement too.
    let findings = match std::env::var("FINDINGS").as_deref() {
        Ok("all") => Findings::All,
        _ => Findings::UntilBlocked,
    };
    let guard = Policy {
        cache_capacity: 0,
        findings,
        ..Policy::default()
    }
    .build()?;
    omnibase_sql_guard::warm_up();
    match (args.get(1).map(String::as_str), args.get(2), args.get(3)) {
        (Some("dump"), Some(verdicts), Some(fingerprints)) => {
            let mut verdicts = std::io::BufWriter::new(std::fs::File::create(verdicts)?);
            let mut fingerprints = std::io::BufWriter::new(std::fs::File::create(fingerprints)?);
            for (i, sql) in rows.iter().enumerate() {
                let v = guard.check(sql);
                let findings: Vec<String> = v
                    .findings
                    .iter()
                    .map(|f| format!("{}:{:?}:{}", f.rule, f.span, f.severity))
                    .collect();
                writeln!(
                    verdicts,
                    "{i}\t{}\t{}\t{}",
                    v.action,
                    v.assessed,
                    findings.join(" ")
                )?;
                writeln!(fingerprints, "{i}\t{}\t{}", v.fingerprint, normalize(sql))?;
            }
        }
        (Some("run"), Some(passes), _) => {
            let passes: usize = passes.parse()?;
            let started = std::time::Instant::now();
            let clean = run_passes(&guard, &rows, passes);
            let rate = (rows.len() * passes) as f64 / started.elapsed().as_secs_f64() / 1e6;
            println!(
                "{} rows, {clean} clean checks, {rate:.3} M statements/s",
                rows.len()
            );
        }
        _ => return Err("usage: corpus dump VERDICTS FINGERPRINTS | corpus run PASSES".into()),
    }
    Ok(())
}
