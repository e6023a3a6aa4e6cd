//! Shared by the corpus tests (`accuracy.rs`, `generalization.rs`): load a
//! labelled `*.jsonl.gz` corpus from `tests/data`, score it with the default
//! policy, and print recall per attack family and false positives per benign
//! family.
//!
//! Scoring convention (the corpus README): any verdict other than `allow`
//! counts as flagged. Set `SQL_GUARD_DUMP=path` to write the misclassified
//! rows there (`FN`/`FP`, family, template, statement, findings).

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};

use omnibase_sql_guard::{Action, Findings, Policy};

/// One labelled statement.
pub(crate) struct Row {
    pub(crate) sql: String,
    pub(crate) attack: bool,
    pub(crate) family: String,
    pub(crate) template: String,
}

/// Reads `tests/data/<name>` (gzipped JSON lines).
pub(crate) fn load(name: &str) -> Vec<Row> {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
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
                template: value["template"].as_str().unwrap_or("").to_owned(),
            }
        })
        .collect()
}

/// Rows and flagged rows per `(attack, family)`.
pub(crate) struct Report {
    families: BTreeMap<(bool, String), (usize, usize)>,
}

impl Report {
    /// `(rows, flagged)` summed over the families `pred(attack, family)` keeps.
    pub(crate) fn sum(&self, pred: impl Fn(bool, &str) -> bool) -> (usize, usize) {
        self.families
            .iter()
            .filter(|((a, f), _)| pred(*a, f))
            .fold((0, 0), |acc, (_, (n, k))| (acc.0 + n, acc.1 + k))
    }

    /// Flagged share of the families `pred` keeps (0 when there are none).
    pub(crate) fn rate(&self, pred: impl Fn(bool, &str) -> bool) -> f64 {
        let (n, k) = self.sum(pred);
        if n == 0 { 0.0 } else { k as f64 / n as f64 }
    }

    /// Lowest recall of any attack family, with its name.
    pub(crate) fn worst_attack_family(&self) -> (f64, String) {
        self.families
            .iter()
            .filter(|((a, _), _)| *a)
            .map(|((_, f), (n, k))| (*k as f64 / *n as f64, f.clone()))
            .fold((1.0, String::new()), |w, x| if x.0 < w.0 { x } else { w })
    }

    /// Prints the per-family table and the totals.
    pub(crate) fn print(&self) {
        println!(
            "{:<8} {:<30} {:>6} {:>8} {:>7}",
            "label", "family", "rows", "flagged", "rate"
        );
        for ((attack, family), (n, k)) in &self.families {
            let label = if *attack { "attack" } else { "benign" };
            println!(
                "{label:<8} {family:<30} {n:>6} {k:>8} {:>7.3}",
                *k as f64 / *n as f64
            );
        }
        let (attacks, caught) = self.sum(|a, _| a);
        let (benign, false_pos) = self.sum(|a, _| !a);
        println!(
            "recall {:.4} ({caught}/{attacks}); false positives {:.4} ({false_pos}/{benign})",
            self.rate(|a, _| a),
            self.rate(|a, _| !a)
        );
        let (worst, family) = self.worst_attack_family();
        println!("lowest attack-family recall {worst:.3} ({family})");
    }
}

/// Checks every row with the default policy (uncached); writes the
/// misclassified rows to `$SQL_GUARD_DUMP` when it is set.
///
/// Each row is checked a second time collecting every finding: the
/// default's analysis, which stops at the first finding that blocks,
/// must come to the same action with a part of those findings.
pub(crate) fn score(rows: &[Row]) -> Report {
    let guard = Policy::default().build().unwrap();
    let every = Policy {
        findings: Findings::All,
        ..Policy::default()
    }
    .build()
    .unwrap();
    let mut families: BTreeMap<(bool, String), (usize, usize)> = BTreeMap::new();
    let mut dump = std::env::var_os("SQL_GUARD_DUMP").map(|p| std::fs::File::create(p).unwrap());
    for row in rows {
        let verdict = guard.check_uncached(&row.sql);
        let all = every.check_uncached(&row.sql);
        assert_eq!(verdict.action, all.action, "{:?}", row.sql);
        assert!(
            verdict.findings.iter().all(|f| all.findings.contains(f)),
            "{:?}: {:?} not among {:?}",
            row.sql,
            verdict.findings,
            all.findings
        );
        let flagged = verdict.action != Action::Allow;
        let entry = families
            .entry((row.attack, row.family.clone()))
            .or_default();
        entry.0 += 1;
        entry.1 += usize::from(flagged);
        if flagged != row.attack
            && let Some(out) = dump.as_mut()
        {
            let findings: Vec<String> = verdict.findings.iter().map(|f| f.to_string()).collect();
            writeln!(
                out,
                "{}\t{}\t{}\t{:?}\t{:?}",
                if row.attack { "FN" } else { "FP" },
                row.family,
                row.template,
                row.sql,
                findings
            )
            .unwrap();
        }
    }
    Report { families }
}
