//! A sweep for inputs that make `check` superlinear: each of ~100 short
//! units (an operator, a keyword, a quote, a call, …) repeated after a
//! `WHERE` to two sizes, timed once each. In linear time the second takes
//! about `SIZES` ratio times the first; a case well beyond it is marked.
//! It found the quadratic run of signs (`SELECT 1 +++…`) in session 5.
//!
//! ```sh
//! cargo run --release -p omnibase-sql-guard --example linearity
//! SIZES=256,2048 ONLY=signs,comment cargo run --release -p omnibase-sql-guard --example linearity
//! ```
//!
//! Wall-clock times on a busy machine jump now and then: rerun a marked
//! case alone (`ONLY=`) with more sizes before believing it.

use std::time::Instant;

use omnibase_sql_guard::{Findings, Policy};

const UNITS: &[(&str, &str)] = &[
    ("lparen", "("),
    ("rparen", ")"),
    ("parens", "(a)"),
    ("semi", ";"),
    ("semisel", "SELECT 1;"),
    ("chr", "chr(1)||"),
    ("array", "ARRAY["),
    ("arrayeq", " OR ARRAY[1]=ARRAY[1]"),
    ("arrayor", " OR ARRAY[1,"),
    ("rowcall", " OR row(1)=row("),
    ("gluedsql", "1-- x AND\n"),
    // Session 7: quoted names, parens around a constant, bit operators,
    // EXISTS probes, extra parens in a call, executable comments.
    ("quotedname", " \"pg_sleep\"(1) ||"),
    ("parenconst", " OR ('a')=("),
    ("bitops", " OR B'1' # "),
    ("existsnum", " OR NOT EXISTS(SELECT 7 FROM t) OR"),
    ("lengthparens", "length(((("),
    ("bangcomment", "/*!1 x*/ "),
    ("ownline", "'\n-- x'"),
    ("chaincmp", " = 'a' = "),
    ("splitstr", ";SET a = 'x' 'y' "),
    ("wrapped", "((current_user)::text)||"),
    ("toreg", " AND to_regclass('a') IS NULL"),
    ("range", " OR isempty(numrange(1, 1))"),
    (
        "doexec",
        ";DO $$ BEGIN EXECUTE format('SELECT %L', 1); END $$ x",
    ),
    ("emptycat", " = '' || (x)::text || '' ||"),
    ("constsub", " - (SELECT octet_length('a'))"),
    ("lockfirst", "SELECT pg_advisory_xact_lock(1); "),
    ("cutname", " x-- #_y\n"),
    (
        "recursive",
        ";WITH RECURSIVE z(i) AS (SELECT 1 UNION ALL SELECT i FROM z) SELECT 1",
    ),
    ("hidestmt", " x-- a; ALTER b;\n"),
    ("takeover", ";ALTER ROLE a WITH LOGIN SUPERUSER"),
    ("lockmode", "LOCK TABLE a IN SHARE MODE; "),
    (
        "reload",
        "DELETE FROM a.b WHERE c = 1; INSERT INTO a.b SELECT 1; ",
    ),
    ("altersystem", "; ALTER SYSTEM SET a = 1"),
    // Session 9: NOT IN of constants, a subquery matched against a
    // pattern, EXISTS of constants elsewhere, server settings, braces.
    ("notin", " OR 7 NOT IN (1, 2)"),
    (
        "subpattern",
        " AND ((SELECT a FROM b WHERE c = 'd'))::text ~* '^n'",
    ),
    (
        "existsrow",
        " AND EXISTS (SELECT 1 FROM a WHERE b = 'c' AND d = 1)",
    ),
    ("setting", " AND current_setting('a')::int >= 1"),
    ("brace", " AND b = '{'x'}' "),
    (
        "splitpart",
        " AND length(split_part((SELECT a FROM b), '.', 1)) = 8",
    ),
    ("txid", " = ''||txid_current()::text||''"),
    ("uescape", " OR U&'^0071' UESCAPE '^' = 'q'"),
    (
        "settingsub",
        " AND current_setting((SELECT a FROM b)) IS NULL",
    ),
    ("xmincast", " AND xmin::text::bigint > 1"),
    (
        "privcast",
        " AND has_table_privilege((current_role)::text, 'a')",
    ),
    ("firebird", " FROM RDB$FIELDS AS T1,"),
    (
        "existsnull",
        " AND EXISTS (SELECT 1 FROM a WHERE b = 'c' AND d IS NOT NULL)",
    ),
    ("setand", ";UPDATE a SET b = 0 AND c > 1"),
    ("filelen", " + 0*length((current_setting('ident_file')))"),
    ("unionconst", " UNION ALL SELECT 1, 2"),
    ("dostack", ";DO $$ BEGIN PERFORM pg_sleep(1); END $$"),
    ("series", " OR generate_series(1, 2) = 1"),
    ("utility", ";EXECUTE q(1) "),
    ("numsub", " AND 1=(SELECT count(*) FROM t)::int"),
    (
        "xmldump",
        " AND 1=CAST(schema_to_xml('a',true,true,'')::text AS int)",
    ),
    ("secret", " AND substr(api_token,5,1)='3'"),
    ("unioncat", " UNION SELECT relname FROM pg_class"),
    ("ctecat", "WITH c AS (SELECT oid FROM pg_class) SELECT 1;"),
    ("or", " OR 1=1"),
    ("and", " AND x=x"),
    ("catalog", "SELECT a FROM pg_class;"),
    ("catsub", "(SELECT a FROM pg_class) "),
    ("union", " UNION SELECT 1"),
    ("case", "CASE WHEN 1=1 THEN "),
    ("comment", "--\n"),
    ("blockc", "/**/"),
    ("quoted", "\"x y\" "),
    ("quotedsql", "\"SELECT a FROM b\" "),
    ("inlist", "1,"),
    ("values", "(1),"),
    ("estr", "E'\\\\'"),
    ("strs", "'a' "),
    ("dots", "a."),
    ("casts", "::int"),
    ("signs", "+"),
    ("signsp", "+ "),
    ("minus", "- "),
    ("exists", "EXISTS(SELECT 1 FROM t) AND "),
    ("selfrom", "SELECT a FROM t WHERE "),
    ("from", " FROM a, b, c"),
    ("with", "WITH a AS (SELECT 1) "),
    ("call", "f("),
    ("callnest", "lower(upper("),
    ("sleep", "pg_sleep(1)||"),
    ("copy", "COPY t TO PROGRAM 'x';"),
    ("in", " IN (SELECT 1)"),
    ("begin", "BEGIN;"),
    ("set", "current_setting('a')||"),
    ("num", "1 "),
    ("kw", "SELECT "),
    ("where", "WHERE "),
    ("orderby", " ORDER BY 1"),
    ("limit", " LIMIT 1"),
    ("join", " JOIN t ON 1=1"),
    ("version", "version()||"),
    ("hex", "0x41 "),
    ("utf", "U&'\\0041' "),
    ("dollar", "$a$ $a$ "),
    ("param", "$1 "),
    ("bracket", "["),
    ("pm", "-+"),
    ("ltgt", "<>"),
    ("bars", "|"),
    ("stars", "*/"),
    ("eqp", "=+"),
    ("ident", "a"),
    ("numdots", "1."),
    ("nume", "1e"),
    ("dot", "."),
    ("colons", ":"),
    ("dollars", "$"),
    ("dtag", "$a$"),
    ("eprefix", "E'"),
    ("uamp", "U&"),
    ("dq", "\"\""),
    ("sq", "''"),
    ("slashstar", "/*/"),
    ("starslash", "*/*/"),
    ("xprefix", "x'"),
    ("paramdollar", "$1$"),
    ("minusnum", "-1"),
    ("tilde", "~"),
    ("qmark", "?"),
    ("hash", "#"),
    ("at", "@"),
    ("backslash", "\\"),
    ("underscore", "_"),
    ("lparcomma", "(,"),
    ("semicomma", ";,"),
    ("orparen", "OR("),
    ("selparen", "(SELECT "),
    ("eq", "="),
    ("cmpnest", "((1=1) OR "),
    ("notnull", "(a IS NOT NULL) AND "),
    ("newline", "\n"),
    ("vtab", "\u{b}"),
    ("nul", "\u{0}"),
    ("accent", "é"),
    ("emoji", "😀"),
    ("lineop", "--+\n"),
    ("eescape", "E'\\\\x41' "),
    ("grant", "GRANT "),
    ("privilege", " AND has_table_privilege("),
    ("anyarray", " OR 1 = ANY(ARRAY["),
    ("backendpid", "((pg_backend_pid()"),
    ("selectnest", " OR (SELECT "),
    ("selectparen", "(SELECT 1 = "),
    ("existsvalues", " OR EXISTS (VALUES ("),
];

fn sizes() -> Result<[usize; 2], String> {
    let Ok(text) = std::env::var("SIZES") else {
        return Ok([32 << 10, 256 << 10]);
    };
    let kib: Vec<usize> = text
        .split(',')
        .map(|k| k.trim().parse().map_err(|e| format!("SIZES={text}: {e}")))
        .collect::<Result<_, _>>()?;
    match kib[..] {
        [a, b] if a > 0 && b > a => Ok([a << 10, b << 10]),
        _ => Err(format!("SIZES={text}: two sizes in KiB, the second larger")),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sizes = sizes()?;
    let only = std::env::var("ONLY").ok();
    // Every finding: the analysis reads each input to its end.
    let guard = Policy {
        max_len: 2 * sizes[1] + 64,
        cache_capacity: 0,
        findings: Findings::All,
        ..Policy::default()
    }
    .build()?;
    let expected = sizes[1] as f64 / sizes[0] as f64;
    println!(
        "{:12} {:>10} {:>10} {:>6}  (linear: about {expected:.0})",
        "unit", "small", "large", "ratio"
    );
    for (name, unit) in UNITS {
        if only
            .as_deref()
            .is_some_and(|o| !o.split(',').any(|n| n == *name))
        {
            continue;
        }
        let [small, large] = sizes.map(|size| {
            let sql = format!(
                "SELECT * FROM t WHERE id = {}",
                unit.repeat(size / unit.len())
            );
            let started = Instant::now();
            std::hint::black_box(guard.check(&sql));
            started.elapsed().as_secs_f64()
        });
        let ratio = large / small;
        let mark = if ratio > 2.5 * expected {
            "  <- superlinear?"
        } else {
            ""
        };
        println!(
            "{name:12} {:>8.3}ms {:>8.3}ms {ratio:>6.1}{mark}",
            small * 1e3,
            large * 1e3
        );
    }
    Ok(())
}
