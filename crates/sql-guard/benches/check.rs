//! Benchmarks of the guard against the naive design it replaces (a dozen
//! case-insensitive regexes run over the raw text), each question in one
//! criterion group with the baseline beside it.
//!
//! `cargo bench -p omnibase-sql-guard --bench check -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;
use std::io::{BufRead, BufReader};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use omnibase_sql_guard::{Findings, Policy, automaton_builds, compile_keywords, warm_up};
use regex::Regex;

/// The design this crate replaces.
const NAIVE: &[&str] = &[
    r"(?i)union\s+(all\s+)?select",
    r"(?i)drop\s+table",
    r"(?i);\s*(drop|delete|truncate|alter)\b",
    r"--",
    r"/\*",
    r"(?i)\bor\s+1\s*=\s*1",
    r"(?i)\bor\s+'[^']*'\s*=\s*'",
    r"(?i)pg_sleep",
    r"(?i)information_schema",
    r"(?i)pg_catalog",
    r"(?i)\bversion\s*\(",
    r"(?i)(lo_import|lo_export|pg_read_file|copy\s.+\sprogram)",
];

fn naive() -> Vec<Regex> {
    NAIVE.iter().map(|p| Regex::new(p).unwrap()).collect()
}

/// Every pattern runs (that is the design's cost); the count of matches is
/// its verdict.
fn naive_check(patterns: &[Regex], sql: &str) -> usize {
    patterns.iter().filter(|p| p.is_match(sql)).count()
}

fn corpus() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dev.jsonl.gz");
    let file = std::fs::File::open(path).unwrap();
    BufReader::new(flate2::read::GzDecoder::new(file))
        .lines()
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
            value["sql"].as_str().unwrap().to_owned()
        })
        .collect()
}

fn uncached(c: &mut Criterion) {
    let statements = corpus();
    let n = statements.len();
    let guard = Policy {
        cache_capacity: 0,
        ..Policy::default()
    }
    .build()
    .unwrap();
    // The same guard reading every attack to its end.
    let every = Policy {
        cache_capacity: 0,
        findings: Findings::All,
        ..Policy::default()
    }
    .build()
    .unwrap();
    let patterns = naive();
    let mut group = c.benchmark_group("uncached");
    group.throughput(Throughput::Elements(n as u64));
    group.bench_with_input(BenchmarkId::new("naive-regex", n), &statements, |b, s| {
        b.iter(|| {
            s.iter()
                .map(|sql| naive_check(&patterns, sql))
                .sum::<usize>()
        })
    });
    for (name, guard) in [("sql-guard", &guard), ("sql-guard-all-findings", &every)] {
        group.bench_with_input(BenchmarkId::new(name, n), &statements, |b, s| {
            b.iter(|| {
                s.iter()
                    .filter(|sql| guard.check(sql).findings.is_empty())
                    .count()
            })
        });
    }
    group.finish();
}

fn cached(c: &mut Criterion) {
    let sql = "SELECT id, username, email, created_at FROM users WHERE username = 'o''brien' \
               AND tenant_id = 42 AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 20 OFFSET 40";
    let sql = &sql[..200.min(sql.len())];
    let guard = Policy::default().build().unwrap();
    let patterns = naive();
    guard.check(sql);
    let mut group = c.benchmark_group("cached-200B");
    group.bench_function(BenchmarkId::new("naive-regex", sql.len()), |b| {
        b.iter(|| naive_check(&patterns, black_box(sql)))
    });
    group.bench_function(BenchmarkId::new("sql-guard-uncached", sql.len()), |b| {
        b.iter(|| guard.check_uncached(black_box(sql)))
    });
    group.bench_function(BenchmarkId::new("sql-guard-cached", sql.len()), |b| {
        b.iter(|| guard.check(black_box(sql)))
    });
    group.finish();
}

fn first_use(c: &mut Criterion) {
    warm_up();
    let guard = Policy::default().build().unwrap();
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| guard.check_uncached("SELECT 1 FROM t WHERE a = 'b'"));
        }
    });
    // The proof that the shared keyword table is built once per process.
    assert_eq!(automaton_builds(), 1);
    let mut group = c.benchmark_group("first-use");
    group.sample_size(20);
    group.bench_function(BenchmarkId::new("naive-regex", NAIVE.len()), |b| {
        b.iter(naive)
    });
    group.bench_function(BenchmarkId::new("sql-guard", "keyword-table"), |b| {
        b.iter(compile_keywords)
    });
    group.finish();
}

fn adversarial(c: &mut Criterion) {
    // Every finding: the analysis reads each input to its end.
    let guard = Policy {
        max_len: 8 << 20,
        cache_capacity: 0,
        findings: Findings::All,
        ..Policy::default()
    }
    .build()
    .unwrap();
    let mut group = c.benchmark_group("adversarial");
    group.sample_size(10);
    for size in [256 << 10, 1 << 20] {
        let cases: [(&str, String); 6] = [
            ("nested-comments", "/*".repeat(size / 2)),
            ("quotes", "'".repeat(size)),
            (
                "dollar-tags",
                format!("$a{}$ ", "b".repeat(size / 4)) + &"$ab$".repeat(size / 8),
            ),
            // One operator run that PostgreSQL's rule splits a sign at a
            // time (quadratic until session 5).
            ("signs", format!("SELECT 1 {}", "+".repeat(size))),
            // A finding per byte (capped at `MAX_FINDINGS`).
            ("stray-bytes", format!("SELECT {}", "\\".repeat(size))),
            (
                "mixed",
                "SELECT (('a''b' OR 1=1 /* x */ $$c$$ \"d\" ".repeat(size / 40),
            ),
        ];
        group.throughput(Throughput::Bytes(size as u64));
        for (name, input) in &cases {
            group.bench_with_input(BenchmarkId::new(*name, size), input, |b, s| {
                b.iter(|| guard.check_uncached(s).findings.len())
            });
        }
    }
    group.finish();
}

criterion_group!(benches, uncached, cached, first_use, adversarial);
criterion_main!(benches);
