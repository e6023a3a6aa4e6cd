//! Accuracy on the labelled corpus `tests/data/dev.jsonl.gz`: recall per
//! attack family, false positives per benign family, and the targets.
//!
//! Scoring convention (the corpus README): any verdict other than `allow`
//! counts as flagged. Set `SQL_GUARD_DUMP=path` to write the misclassified
//! rows there.

mod common;

#[test]
fn accuracy_on_dev_corpus() {
    let rows = common::load("dev.jsonl.gz");
    assert!(rows.len() > 9000, "corpus has {} rows", rows.len());
    let report = common::score(&rows);
    report.print();

    let recall = report.rate(|a, _| a);
    let fp_rate = report.rate(|a, _| !a);
    let fp_rest = report.rate(|a, f| !a && f != "pg_regress");
    println!("false positives outside pg_regress {fp_rest:.4}");

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
