//! Runs PostgreSQL's own parser (the `pg_query` crate, libpg_query) over a
//! gzipped JSON lines corpus: one TSV row per input line, in order (index,
//! parses 1/0, number of top-level statements, pg_query fingerprint, error),
//! and with `--bench` the single-thread throughput of `parse` and
//! `fingerprint`, best of three passes. `second_opinion.py` joins the rows
//! with the guard's verdicts.
//!
//! `cargo run --release -- CORPUS.jsonl.gz OUT.tsv [--bench]`

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::time::Instant;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

fn statements(path: &str) -> Result<Vec<String>> {
    let file = std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    for (n, line) in BufReader::new(flate2::read::GzDecoder::new(file))
        .lines()
        .enumerate()
    {
        let value: serde_json::Value =
            serde_json::from_str(&line?).map_err(|e| format!("{path}:{}: {e}", n + 1))?;
        out.push(value["sql"].as_str().unwrap_or_default().to_owned());
    }
    Ok(out)
}

/// Statements a second, best of three passes of `f` over `rows`.
fn rate(rows: &[String], f: impl Fn(&str) -> bool) -> f64 {
    let best = (0..3)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(rows.iter().filter(|sql| f(sql)).count());
            started.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min);
    rows.len() as f64 / best
}

fn main() -> Result {
    let args: Vec<String> = std::env::args().collect();
    let (Some(corpus), Some(out)) = (args.get(1), args.get(2)) else {
        return Err("usage: pg-query-second-opinion CORPUS.jsonl.gz OUT.tsv [--bench]".into());
    };
    let rows = statements(corpus)?;
    let mut tsv = BufWriter::new(std::fs::File::create(out).map_err(|e| format!("{out}: {e}"))?);
    for (i, sql) in rows.iter().enumerate() {
        match pg_query::parse(sql, 0) {
            Ok(tree) => {
                let fingerprint = pg_query::fingerprint(sql, 0, 0)
                    .map(|f| f.hex)
                    .unwrap_or_default();
                writeln!(
                    tsv,
                    "{i}\t1\t{}\t{fingerprint}\t",
                    tree.protobuf.stmts.len()
                )?;
            }
            Err(e) => {
                let error = e.to_string().replace(['\t', '\n', '\r'], " ");
                writeln!(tsv, "{i}\t0\t0\t\t{error}")?;
            }
        }
    }
    tsv.flush()?;
    if args.iter().any(|a| a == "--bench") {
        let parse = rate(&rows, |sql| pg_query::parse(sql, 0).is_ok());
        let fingerprint = rate(&rows, |sql| pg_query::fingerprint(sql, 0, 0).is_ok());
        println!(
            "{corpus}: parse {parse:.0} statements/s, fingerprint {fingerprint:.0} statements/s"
        );
    }
    Ok(())
}
