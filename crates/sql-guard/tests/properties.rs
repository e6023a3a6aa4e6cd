//! Property tests: the lexer and the guard never panic and always cover
//! their input; fingerprints ignore whitespace, case and literal values; a
//! verdict never depends on what a string literal says.

use std::sync::LazyLock;

use omnibase_sql_guard::{Fingerprint, Policy, Rule, Severity, Verdict, tokenize};
use proptest::prelude::*;
use proptest::sample::Index;

#[allow(
    dead_code,
    reason = "only `load` is used here; the scoring is the corpus tests'"
)]
mod common;

/// The dev corpus's statements, the seeds of [`mutated`].
static DEV: LazyLock<Vec<String>> = LazyLock::new(|| {
    common::load("dev.jsonl.gz")
        .into_iter()
        .map(|r| r.sql)
        .collect()
});

/// A dev statement cut, spliced with another, given a piece of [`sqlish`]
/// text, or rotated: real statements reach the rules' deep paths that
/// random text rarely does.
fn mutated() -> impl Strategy<Value = String> {
    let n = DEV.len();
    (0..n, 0..n, any::<Index>(), any::<Index>(), sqlish(), 0..4u8).prop_map(
        |(a, b, i, j, piece, how)| {
            let (x, y) = (&DEV[a], &DEV[b]);
            let cut = |s: &str, at: Index| {
                let mut k = at.index(s.len() + 1);
                while !s.is_char_boundary(k) {
                    k -= 1;
                }
                k
            };
            let (i, j) = (cut(x, i), cut(y, j));
            match how {
                0 => format!("{}{}", &x[..i], &y[j..]),
                1 => format!("{}{piece}{}", &x[..i], &x[i..]),
                2 => x[..i].to_owned(),
                _ => format!("{}{}", &x[i..], &x[..i]),
            }
        },
    )
}

/// 512 cases a property, or `PROPTEST_CASES` for a longer hunt
/// (`PROPTEST_CASES=200000 cargo test --release -p omnibase-sql-guard
/// --test properties`).
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(512)
}

/// What every verdict owes its statement: findings within it, on character
/// boundaries (the CLI prints a caret under each), and the fingerprint
/// that `Fingerprint::of` computes from the tokens (the check path hashes
/// while lexing).
fn verdict_fits(sql: &str, verdict: &Verdict) -> Result<(), TestCaseError> {
    for f in &verdict.findings {
        prop_assert!(
            f.span.start <= f.span.end && f.span.end <= sql.len(),
            "{f:?} in {sql:?}"
        );
        prop_assert!(
            sql.is_char_boundary(f.span.start) && sql.is_char_boundary(f.span.end),
            "{f:?} in {sql:?}"
        );
    }
    prop_assert_eq!(verdict.fingerprint, Fingerprint::of(sql), "{}", sql);
    Ok(())
}

/// Text that looks enough like SQL to reach every lexer state.
fn sqlish() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            Just("'".to_owned()),
            Just("''".to_owned()),
            Just("E'\\'".to_owned()),
            Just("\"".to_owned()),
            Just("$$".to_owned()),
            Just("$a$".to_owned()),
            Just("$1".to_owned()),
            Just("--".to_owned()),
            Just("/*".to_owned()),
            Just("*/".to_owned()),
            Just("\n".to_owned()),
            Just(";".to_owned()),
            Just("::".to_owned()),
            Just("(".to_owned()),
            Just(")".to_owned()),
            Just(" OR 1=1 ".to_owned()),
            Just(" UNION SELECT NULL ".to_owned()),
            Just("0x41".to_owned()),
            Just(" IN (".to_owned()),
            Just(" VALUES (".to_owned()),
            Just(", ".to_owned()),
            "[a-zA-Z_ ]{1,8}",
            "[0-9.eE+-]{1,6}",
            "[=<>!|+*/%#@~^&-]{1,3}",
            any::<char>().prop_map(String::from),
        ],
        0..40,
    );
    pieces.prop_map(|p| p.concat())
}

#[track_caller]
fn check_tokens(sql: &str) {
    let tokens = tokenize(sql);
    let mut last = 0;
    for t in &tokens {
        assert!(
            t.start >= last && t.end > t.start && t.end <= sql.len(),
            "{t:?} in {sql:?}"
        );
        assert!(
            sql.is_char_boundary(t.start) && sql.is_char_boundary(t.end),
            "{t:?} in {sql:?}"
        );
        // Only whitespace between tokens.
        assert!(
            sql[last..t.start]
                .chars()
                .all(|c| c.is_ascii_whitespace() || c == '\u{b}'),
            "{sql:?}"
        );
        last = t.end;
    }
    assert!(
        sql[last..]
            .chars()
            .all(|c| c.is_ascii_whitespace() || c == '\u{b}'),
        "{sql:?}"
    );
}

fn rules(sql: &str) -> (omnibase_sql_guard::Action, Vec<Rule>) {
    let guard = Policy {
        cache_capacity: 0,
        ..Policy::default()
    }
    .build()
    .unwrap();
    let verdict = guard.check(sql);
    let mut rules = verdict.rules_at_least(Severity::Low);
    rules.sort();
    (verdict.action, rules)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn lexer_covers_any_string(sql in any::<String>()) {
        check_tokens(&sql);
    }

    #[test]
    fn lexer_and_guard_survive_sqlish_text(sql in sqlish()) {
        check_tokens(&sql);
        let guard = Policy::default().build().unwrap();
        verdict_fits(&sql, &guard.check(&sql))?;
    }

    #[test]
    fn lexer_and_guard_survive_mutated_statements(sql in mutated()) {
        check_tokens(&sql);
        let guard = Policy::default().build().unwrap();
        verdict_fits(&sql, &guard.check(&sql))?;
    }

    #[test]
    fn guard_survives_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let guard = Policy::default().build().unwrap();
        match guard.check_bytes(&bytes) {
            Ok(_) => prop_assert!(std::str::from_utf8(&bytes).is_ok()),
            Err(e) => prop_assert!(e.to_string().starts_with("sql rejected: statement is not valid utf-8")),
        }
    }

    #[test]
    fn fingerprint_ignores_whitespace_case_and_literals(
        a in any::<i32>(),
        b in any::<i32>(),
        s in "[a-zA-Z' ]{0,12}",
        t in "[a-zA-Z' ]{0,12}",
        ws in prop::collection::vec("[ \t\n]{1,3}", 16),
        upper in any::<bool>(),
        list in prop::collection::vec(0u16..1000, 1..6),
    ) {
        let render = |n: i32, text: &str, spaces: &[String], upper: bool, list: &[u16]| {
            let words = ["select", "id,", "name", "from", "users", "where", "id", "=", &n.to_string(),
                "and", "name", "=", &format!("'{}'", text.replace('\'', "''")), "and", "tag", "in"];
            let mut out = String::new();
            for (i, w) in words.iter().enumerate() {
                let w = if upper { w.to_uppercase() } else { (*w).to_owned() };
                // Keep literal text as written: only the SQL around it changes case.
                let w = if w.starts_with('\'') { format!("'{}'", text.replace('\'', "''")) } else { w };
                out.push_str(&w);
                out.push_str(&spaces[i]);
            }
            let items: Vec<String> = list.iter().map(u16::to_string).collect();
            out.push_str(&format!("({})", items.join(", ")));
            out
        };
        let one = render(a, &s, &vec![" ".to_owned(); 16], false, &[1]);
        let two = render(b, &t, &ws, upper, &list);
        prop_assert_eq!(Fingerprint::of(&one), Fingerprint::of(&two), "{} vs {}", one, two);
    }

    #[test]
    fn literal_text_never_changes_the_verdict(content in any::<String>(), template in 0usize..4) {
        let templates = [
            ("SELECT * FROM users WHERE name = '", "' AND id = 5"),
            ("INSERT INTO notes (body) VALUES ('", "') RETURNING id"),
            ("UPDATE users SET bio = '", "' WHERE id = 7"),
            ("SELECT id FROM docs WHERE body ILIKE '", "' ORDER BY id LIMIT 10"),
        ];
        let (head, tail) = templates[template];
        let escaped = content.replace('\'', "''");
        let with_content = format!("{head}{escaped}{tail}");
        let plain = format!("{head}x{tail}");
        prop_assert_eq!(rules(&with_content), rules(&plain), "{}", with_content);
        if !content.contains('$') {
            let dollar = format!("{}$q${content}$q${}", &head[..head.len() - 1], &tail[1..]);
            let dollar_plain = format!("{}$q$x$q${}", &head[..head.len() - 1], &tail[1..]);
            prop_assert_eq!(rules(&dollar), rules(&dollar_plain), "{}", dollar);
        }
    }
}
