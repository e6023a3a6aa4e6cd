//! Accuracy on the labelled corpus `tests/data/dev.jsonl.gz`: recall per
//! attack family, false positives per benign family, and the targets.
//!
//! Scoring convention (the corpus README): any verdict other than `allow`
//! counts as flagged. Set `SQL_GUARD_DUMP=path` to write the misclassified
//! rows there.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};

use omnibase_sql_guard::{Action, Policy};

struct Row {
    sql: String,
    attack: bool,
    family: String,
}

fn corpus() -> Vec<Row> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dev.jsonl.gz");
    let file = std::fs::File::open(path).expect("corpus file");
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    reader
        .lines()
        .map(|line| {
            let value: serde_json::Value =
                serde_json::from_str(&line.expect("corpus line")).expect("json");
            Row {
                sql: value["sql"].as_str().expect("sql").to_owned(),
                attack: value["label"] == "attack",
                family: value["family"].as_str().expect("family").to_owned(),
            }
        })
        .collect()
}

#[test]
fn accuracy_on_dev_corpus() {
    let rows = corpus();
    assert!(rows.len() > 9000, "corpus has {} rows", rows.len());
    let guard = Policy::default().build().unwrap();
    // family -> (attack, rows, flagged)
    let mut families: BTreeMap<(bool, &str), (usize, usize)> = BTreeMap::new();
    let mut dump = std::env::var_os("SQL_GUARD_DUMP").map(|p| std::fs::File::create(p).unwrap());
    for row in &rows {
        let verdict = guard.check_uncached(&row.sql);
        let flagged = verdict.action != Action::Allow;
        let entry = families
            .entry((row.attack, row.family.as_str()))
            .or_default();
        entry.0 += 1;
        entry.1 += usize::from(flagged);
        if flagged != row.attack
            && let Some(out) = dump.as_mut()
        {
            let findings: Vec<String> = verdict.findings.iter().map(|f| f.to_string()).collect();
            writeln!(
                out,
                "{}\t{}\t{:?}\t{:?}",
                if row.attack { "FN" } else { "FP" },
                row.family,
                row.sql,
                findings
            )
            .unwrap();
        }
    }
    let sum = |pred: &dyn Fn(bool, &str) -> bool| {
        families
            .iter()
            .filter(|((a, f), _)| pred(*a, f))
            .fold((0, 0), |acc, (_, (n, k))| (acc.0 + n, acc.1 + k))
    };
    let (attacks, caught) = sum(&|a, _| a);
    let (benign, false_pos) = sum(&|a, _| !a);
    let (benign_rest, false_pos_rest) = sum(&|a, f| !a && f != "pg_regress");
    let recall = caught as f64 / attacks as f64;
    let fp_rate = false_pos as f64 / benign as f64;
    let fp_rest = false_pos_rest as f64 / benign_rest as f64;

    println!(
        "{:<8} {:<30} {:>6} {:>8} {:>7}",
        "label", "family", "rows", "flagged", "rate"
    );
    for ((attack, family), (n, k)) in &families {
        let label = if *attack { "attack" } else { "benign" };
        println!(
            "{label:<8} {family:<30} {n:>6} {k:>8} {:>7.3}",
            *k as f64 / *n as f64
        );
    }
    println!("recall {recall:.4} ({caught}/{attacks})");
    println!(
        "false positives {fp_rate:.4} ({false_pos}/{benign}); outside pg_regress {fp_rest:.4} ({false_pos_rest}/{benign_rest})"
    );

    assert!(recall >= 0.97, "recall {recall:.4} is below 0.97");
    assert!(
        fp_rate <= 0.03,
        "false-positive rate {fp_rate:.4} is above 0.03"
    );
    assert!(
        fp_rest <= 0.005,
        "false-positive rate outside pg_regress {fp_rest:.4} is above 0.005"
    );
}
