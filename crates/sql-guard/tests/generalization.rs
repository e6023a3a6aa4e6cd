//! Generalization check on `tests/data/generalization.jsonl.gz`, a corpus
//! built like dev's but from new application templates and new payload
//! variants (`tests/data/make_generalization.py`, described in
//! `tests/data/README.md`): recall per attack family, false positives per
//! benign family, and regression floors a little below today's figures.
//! A second test runs hand-written edge cases; a third scores
//! `tests/data/blind.jsonl.gz`, built the same way by someone who never read
//! the rules (`tests/data/make_blind.py`); a fourth scores
//! `tests/data/holdout.jsonl.gz` (`tests/data/make_holdout.py`), a fresh
//! corpus made the same way by another outsider and scored once; later
//! ones score `fresh.jsonl.gz`, `sixth.jsonl.gz`, `seventh.jsonl.gz`,
//! `eighth.jsonl.gz`, `ninth.jsonl.gz`, `tenth.jsonl.gz`,
//! `eleventh.jsonl.gz`, `twelfth.jsonl.gz`, `thirteenth.jsonl.gz`,
//! `fourteenth.jsonl.gz`, `fifteenth.jsonl.gz`, `sixteenth.jsonl.gz`,
//! `seventeenth.jsonl.gz`, `eighteenth.jsonl.gz`, `nineteenth.jsonl.gz`,
//! `twentieth.jsonl.gz`, `twentyfirst.jsonl.gz`, `twentysecond.jsonl.gz`
//! and `twentythird.jsonl.gz` (see the README).
//!
//! Scoring convention: any verdict other than `allow` counts as flagged.
//! Set `SQL_GUARD_DUMP=path` to write the misclassified rows there.

mod common;

use omnibase_sql_guard::{Action, Policy};

/// Regression floors: today's figures (recall 0.9994, false positives
/// 0.0008, worst attack family 0.983, false positives on the `input_*`
/// families 0) less a little margin; they were 0.9417, 0.0187, 0.800 and
/// 0.0015 when the corpus was added. Raise them as rules improve.
const RECALL_FLOOR: f64 = 0.995;
const FP_CEILING: f64 = 0.003;
const FAMILY_RECALL_FLOOR: f64 = 0.97;
const INPUT_FP_CEILING: f64 = 0.001;

/// Loads and scores `file`, prints its table, and checks the floors shared
/// by the held-out-style corpora; returns the report for further checks.
fn score_with_floors(
    file: &str,
    min_rows: usize,
    recall_floor: f64,
    fp_ceiling: f64,
    input_fp_ceiling: f64,
) -> common::Report {
    let rows = common::load(file);
    assert!(rows.len() > min_rows, "{file} has {} rows", rows.len());
    let report = common::score(&rows);
    report.print();

    let recall = report.rate(|a, _| a);
    let fp_rate = report.rate(|a, _| !a);
    let input_fp = report.rate(|a, f| !a && f.starts_with("input_"));
    println!("input_* false positives {input_fp:.4}");

    assert!(
        recall >= recall_floor,
        "recall {recall:.4} < {recall_floor}"
    );
    assert!(
        fp_rate <= fp_ceiling,
        "false-positive rate {fp_rate:.4} > {fp_ceiling}"
    );
    assert!(
        input_fp <= input_fp_ceiling,
        "false-positive rate on input_* families {input_fp:.4} > {input_fp_ceiling}"
    );
    report
}

#[test]
fn accuracy_on_generalization_corpus() {
    let report = score_with_floors(
        "generalization.jsonl.gz",
        2500,
        RECALL_FLOOR,
        FP_CEILING,
        INPUT_FP_CEILING,
    );
    let (worst, family) = report.worst_attack_family();
    assert!(
        worst >= FAMILY_RECALL_FLOOR,
        "recall of {family} {worst:.3} < {FAMILY_RECALL_FLOOR}"
    );
}

/// Floors for the blind corpus: today's figures (recall 0.9899, false
/// positives 0.0012, `input_*` false positives 0) less a little margin;
/// they were 0.9772, 0.0105 and 0.0034 when it was added. Its
/// `numeric_expression` family (11 of 16) is the known weak spot: a number
/// slot filled with a valid expression (`2-1`, `5::int`) changes no
/// structure the rules can see.
const BLIND_RECALL_FLOOR: f64 = 0.985;
const BLIND_FP_CEILING: f64 = 0.004;
const BLIND_INPUT_FP_CEILING: f64 = 0.002;

#[test]
fn accuracy_on_blind_corpus() {
    score_with_floors(
        "blind.jsonl.gz",
        1500,
        BLIND_RECALL_FLOOR,
        BLIND_FP_CEILING,
        BLIND_INPUT_FP_CEILING,
    );
}

/// Floors for the holdout corpus (`tests/data/make_holdout.py`, built
/// without reading the rules): its figures when it was added (recall
/// 0.9929, false positives 0.0368, `input_*` false positives 0.0064), then
/// 0.0209 with the rules tuned on the blind corpus (scored once more, still
/// unseen), then 0.0067 and 0 after two rules written from its false
/// positives (one-line transaction blocks, clause words at a quoted
/// identifier's ends) — since then it is a tuning corpus like the others;
/// then recall 0.9957, false positives 0.0084; now 0.9964 and 0.0042, with
/// two joined chr() calls read as formatting (see `tests/data/README.md`).
const HOLDOUT_RECALL_FLOOR: f64 = 0.99;
const HOLDOUT_FP_CEILING: f64 = 0.006;
const HOLDOUT_INPUT_FP_CEILING: f64 = 0.002;

#[test]
fn accuracy_on_holdout_corpus() {
    score_with_floors(
        "holdout.jsonl.gz",
        2500,
        HOLDOUT_RECALL_FLOOR,
        HOLDOUT_FP_CEILING,
        HOLDOUT_INPUT_FP_CEILING,
    );
}

/// Floors for the fresh corpus (`tests/data/make_fresh.py`, a fifth corpus
/// built without reading the rules and committed before it was scored):
/// scored once at recall 0.9876, false positives 0.0404, `input_*` false
/// positives 0.0234; then five rules were written from its false positives
/// (see `tests/data/README.md`), making it a tuning corpus too: now recall
/// 0.9876, false positives 0.0095, `input_*` 0. The floors sit a little
/// below.
const FRESH_RECALL_FLOOR: f64 = 0.98;
const FRESH_FP_CEILING: f64 = 0.012;
const FRESH_INPUT_FP_CEILING: f64 = 0.002;

#[test]
fn accuracy_on_fresh_corpus() {
    score_with_floors(
        "fresh.jsonl.gz",
        2500,
        FRESH_RECALL_FLOOR,
        FRESH_FP_CEILING,
        FRESH_INPUT_FP_CEILING,
    );
}

/// Floors for the sixth corpus (`tests/data/make_sixth.py`, built to imitate
/// dev — same families in about dev's proportions, plain web-application
/// templates, many-times-filled complex statements, regression-test-style
/// statements — from new templates and payload variants, without reading the
/// rules, and committed before it was scored). Scored once: recall 0.9926,
/// false positives 0.0026 (0.0008 outside `pg_regress`), `input_*` false
/// positives 0, lowest family recall 0.913 (`string_concat_subquery`). The
/// floors sit a little below.
const SIXTH_RECALL_FLOOR: f64 = 0.99;
const SIXTH_FP_CEILING: f64 = 0.004;
const SIXTH_INPUT_FP_CEILING: f64 = 0.002;

#[test]
fn accuracy_on_sixth_corpus() {
    score_with_floors(
        "sixth.jsonl.gz",
        2500,
        SIXTH_RECALL_FLOOR,
        SIXTH_FP_CEILING,
        SIXTH_INPUT_FP_CEILING,
    );
}

/// [`score_with_floors`] for the corpora built like dev (at least 2,500
/// rows), whose false positives outside `pg_regress` stay under the same
/// ceiling as those on the `input_*` families.
fn score_with_outside_ceiling(
    file: &str,
    recall_floor: f64,
    fp_ceiling: f64,
    outside_ceiling: f64,
) {
    let report = score_with_floors(file, 2500, recall_floor, fp_ceiling, outside_ceiling);
    let outside = report.rate(|a, f| !a && f != "pg_regress");
    println!("false positives outside pg_regress {outside:.4}");
    assert!(
        outside <= outside_ceiling,
        "false positives outside pg_regress {outside:.4} > {outside_ceiling}"
    );
}

/// Floors for the seventh corpus (`tests/data/make_seventh.py`: dev's
/// families from 46 new templates and 520 payload variants, built without
/// reading the rules). Scored once: recall 0.9971, false positives 0.0082
/// (0.0059 outside `pg_regress`, one template), `input_*` false positives 0;
/// after the `chr()` rule was narrowed 0.0034 and 0. The floors sit a little
/// below.
const SEVENTH_RECALL_FLOOR: f64 = 0.995;
const SEVENTH_FP_CEILING: f64 = 0.005;
const SEVENTH_INPUT_FP_CEILING: f64 = 0.002;

#[test]
fn accuracy_on_seventh_corpus() {
    score_with_outside_ceiling(
        "seventh.jsonl.gz",
        SEVENTH_RECALL_FLOOR,
        SEVENTH_FP_CEILING,
        SEVENTH_INPUT_FP_CEILING,
    );
}

/// Floors for the eighth corpus (`tests/data/make_eighth.py`: dev's families
/// from 43 more templates, built without reading the rules, committed and
/// scored once with nothing tuned on it): recall 0.9962, false positives
/// 0.0034 (0.0008 outside `pg_regress`), `input_*` false positives 0.
const EIGHTH_RECALL_FLOOR: f64 = 0.99;
const EIGHTH_FP_CEILING: f64 = 0.005;
const EIGHTH_INPUT_FP_CEILING: f64 = 0.002;

#[test]
fn accuracy_on_eighth_corpus() {
    score_with_outside_ceiling(
        "eighth.jsonl.gz",
        EIGHTH_RECALL_FLOOR,
        EIGHTH_FP_CEILING,
        EIGHTH_INPUT_FP_CEILING,
    );
}

/// Floors for the ninth corpus (`tests/data/make_ninth.py`: dev's families
/// from 54 more templates on tables no earlier corpus uses, built without
/// reading the rules). Scored once before any change (session 5): recall
/// 0.9894, false positives 0.0007 (1/1502, `pg_regress`), none outside
/// `pg_regress` or on `input_*`. Then three rules from misses seen in
/// several corpora (a constant against `ANY`/`ALL` of an array of
/// constants, `pg_backend_pid()` as a probe, a server file location read in
/// a condition), and three from its own (privileges asked about constants
/// in a condition, a GRANT of the server-file roles, a probe in a bare
/// paren inside `ascii(`): recall 0.9992, no false positive.
const NINTH_RECALL_FLOOR: f64 = 0.99;
const NINTH_FP_CEILING: f64 = 0.003;
const NINTH_INPUT_FP_CEILING: f64 = 0.002;

#[test]
fn accuracy_on_ninth_corpus() {
    score_with_outside_ceiling(
        "ninth.jsonl.gz",
        NINTH_RECALL_FLOOR,
        NINTH_FP_CEILING,
        NINTH_INPUT_FP_CEILING,
    );
}

/// Floors for the tenth corpus (`tests/data/make_tenth.py`: dev's families
/// from 65 more templates, sqlmap's boundaries and tamper scripts, built
/// without reading the rules, after the ninth corpus's rules). Scored once
/// before any change (session 5): recall 0.9848, false positives 0.0087,
/// 0.0092 outside `pg_regress` (nine were one bug: EXCEPT between
/// parenthesized queries). Then that fix and six general rules: recall
/// 0.9932, false positives 0.0027, 0.0017 outside `pg_regress`; in session
/// 6 (constant arrays and `row()`, glued comments, stacked `DO` bodies)
/// recall 0.9970.
const TENTH_RECALL_FLOOR: f64 = 0.985;
const TENTH_FP_CEILING: f64 = 0.005;
const TENTH_INPUT_FP_CEILING: f64 = 0.003;

#[test]
fn accuracy_on_tenth_corpus() {
    score_with_outside_ceiling(
        "tenth.jsonl.gz",
        TENTH_RECALL_FLOOR,
        TENTH_FP_CEILING,
        TENTH_INPUT_FP_CEILING,
    );
}

/// Floors for the eleventh corpus (`tests/data/make_eleventh.py`: dev's
/// families from 68 more templates, payloads written the way pentesters'
/// cheat sheets have them rather than sqlmap's, admin-tool and ORM output,
/// built without reading the rules). Scored once before any change
/// (session 6): recall 0.9901, false positives 0.0053, 0.0025 outside
/// `pg_regress`, none on `input_*`. Then the heavy-join rule's fix (it
/// compared schemas, not tables, in psql's `\d` query) and general rules
/// from its misses: recall 0.9977, false positives 0.0020, none outside
/// `pg_regress`.
const ELEVENTH_RECALL_FLOOR: f64 = 0.985;
const ELEVENTH_FP_CEILING: f64 = 0.006;
const ELEVENTH_INPUT_FP_CEILING: f64 = 0.003;

#[test]
fn accuracy_on_eleventh_corpus() {
    score_with_outside_ceiling(
        "eleventh.jsonl.gz",
        ELEVENTH_RECALL_FLOOR,
        ELEVENTH_FP_CEILING,
        ELEVENTH_INPUT_FP_CEILING,
    );
}

/// Floors for the twelfth corpus (`tests/data/make_twelfth.py`: dev's
/// families from 70 more templates in the styles of a dozen application
/// stacks, sqlmap's payloads with some tamper scripts, hand-written
/// techniques, built without reading the rules after the eleventh
/// corpus's rules were in). Scored once before any change (session 6):
/// recall 0.9863, false positives 0.0027, 0.0017 outside `pg_regress`, none
/// on `input_*`. Then general rules from its misses: recall 0.9947, false
/// positives unchanged.
const TWELFTH_RECALL_FLOOR: f64 = 0.98;
const TWELFTH_FP_CEILING: f64 = 0.005;
const TWELFTH_INPUT_FP_CEILING: f64 = 0.003;

#[test]
fn accuracy_on_twelfth_corpus() {
    score_with_outside_ceiling(
        "twelfth.jsonl.gz",
        TWELFTH_RECALL_FLOOR,
        TWELFTH_FP_CEILING,
        TWELFTH_INPUT_FP_CEILING,
    );
}

/// Floors for the thirteenth corpus (`tests/data/make_thirteenth.py`:
/// dev's families from 67 more templates with statement shapes the earlier
/// ones seldom have, and payload variants unlike theirs, built without
/// reading the rules after the twelfth corpus's rules were in). Scored once
/// before any change (session 6): recall 0.9719, no false positive. Then
/// general rules from its misses: recall 0.9894.
const THIRTEENTH_RECALL_FLOOR: f64 = 0.965;
const THIRTEENTH_FP_CEILING: f64 = 0.003;
const THIRTEENTH_INPUT_FP_CEILING: f64 = 0.002;

#[test]
fn accuracy_on_thirteenth_corpus() {
    score_with_outside_ceiling(
        "thirteenth.jsonl.gz",
        THIRTEENTH_RECALL_FLOOR,
        THIRTEENTH_FP_CEILING,
        THIRTEENTH_INPUT_FP_CEILING,
    );
}

/// Floors for the fourteenth corpus (`tests/data/make_fourteenth.py`:
/// dev's families from 73 more templates in the styles of stacks the
/// earlier ones seldom used (sqlx, diesel, PDO, JDBC, Npgsql, Prisma, Ecto,
/// …) and payload variants unlike theirs, built without reading the rules
/// after session 7's rewrite rules were in). Scored once before any change
/// (session 7, commit 1f6ea1c): recall 0.9825, false positives 0.07 %
/// (one of 1,498, none on `input_*`).
const FOURTEENTH_RECALL_FLOOR: f64 = 0.975;
const FOURTEENTH_FP_CEILING: f64 = 0.003;
const FOURTEENTH_INPUT_FP_CEILING: f64 = 0.002;

#[test]
fn accuracy_on_fourteenth_corpus() {
    score_with_outside_ceiling(
        "fourteenth.jsonl.gz",
        FOURTEENTH_RECALL_FLOOR,
        FOURTEENTH_FP_CEILING,
        FOURTEENTH_INPUT_FP_CEILING,
    );
}

/// Floors for the fifteenth corpus (`tests/data/make_fifteenth.py`: dev's
/// families from 75 more templates in the styles of BI tools, API layers
/// (PostgREST, Hasura) and ORMs, with extension-heavy statements (pgvector,
/// pg_trgm, PostGIS, TimescaleDB, hstore, ltree, jsonpath), built without
/// reading the rules after the fourteenth corpus's rules were in). Scored
/// once before any change (session 7, commit d1550ab): recall 0.9825,
/// false positives 0.20 % (0.25 % outside `pg_regress`, none on `input_*`).
const FIFTEENTH_RECALL_FLOOR: f64 = 0.975;
const FIFTEENTH_FP_CEILING: f64 = 0.004;
const FIFTEENTH_INPUT_FP_CEILING: f64 = 0.004;

#[test]
fn accuracy_on_fifteenth_corpus() {
    score_with_outside_ceiling(
        "fifteenth.jsonl.gz",
        FIFTEENTH_RECALL_FLOOR,
        FIFTEENTH_FP_CEILING,
        FIFTEENTH_INPUT_FP_CEILING,
    );
}

/// Floors for the sixteenth corpus (`tests/data/make_sixteenth.py`: dev's
/// families from 80 more templates in the styles of GORM, MyBatis, EF Core,
/// psycopg3, Laravel, pg-promise and data tools (dbt, Airflow, Kafka
/// Connect, Debezium, pg_partman), slots in VALUES rows, SET lists, ON
/// CONFLICT and DO blocks, built without reading the rules after the
/// fifteenth corpus's rules were in). Scored once before any change
/// (session 7, commit f765012): recall 0.9833, false positives 0.33 %
/// (0.42 % outside `pg_regress`, 0.65 % on `input_*`).
const SIXTEENTH_RECALL_FLOOR: f64 = 0.975;
const SIXTEENTH_FP_CEILING: f64 = 0.005;
const SIXTEENTH_INPUT_FP_CEILING: f64 = 0.007;

#[test]
fn accuracy_on_sixteenth_corpus() {
    score_with_floors(
        "sixteenth.jsonl.gz",
        2500,
        SIXTEENTH_RECALL_FLOOR,
        SIXTEENTH_FP_CEILING,
        SIXTEENTH_INPUT_FP_CEILING,
    );
}

/// Floors for the seventeenth corpus (`tests/data/make_seventeenth.py`:
/// dev's families from 88 more templates in the styles of jOOQ, Hibernate,
/// Dapper, Diesel, SeaORM, knex, TypeORM, Sequelize, Django, peewee,
/// Doctrine, CodeIgniter, Perl DBI, R DBI, Metabase, Grafana, PostgREST,
/// Hasura, Flyway and Liquibase, built without reading the rules after
/// the sixteenth corpus's rules were in). Scored once before any change
/// (session 8, commit 7368a32): recall 0.9802, false positives 0.20 %
/// (0.08 % outside `pg_regress`, none on `input_*`).
const SEVENTEENTH_RECALL_FLOOR: f64 = 0.975;
const SEVENTEENTH_FP_CEILING: f64 = 0.004;
const SEVENTEENTH_INPUT_FP_CEILING: f64 = 0.002;

#[test]
fn accuracy_on_seventeenth_corpus() {
    score_with_floors(
        "seventeenth.jsonl.gz",
        2500,
        SEVENTEENTH_RECALL_FLOOR,
        SEVENTEENTH_FP_CEILING,
        SEVENTEENTH_INPUT_FP_CEILING,
    );
}

/// Floors for the eighteenth corpus (`tests/data/make_eighteenth.py`:
/// dev's families from 88 more templates in the styles of sqlc, JDBI,
/// MyBatis-Plus, doobie, Slick, HoneySQL, PostgresNIO, SQLModel, pandas,
/// Dagster, Prefect, Supabase, Retool, Appsmith, Looker, pg_cron, Citus and
/// TimescaleDB admin, many with the value in DDL, built without reading
/// the rules after the seventeenth corpus's rules were in). Scored once
/// before any change (session 8, commit f9b6e27): recall 0.9726, false
/// positives 0.93 % (1.00 % outside `pg_regress`, 1.78 % on `input_*`:
/// templates that send two or three statements on one line).
const EIGHTEENTH_RECALL_FLOOR: f64 = 0.97;
const EIGHTEENTH_FP_CEILING: f64 = 0.005;
const EIGHTEENTH_INPUT_FP_CEILING: f64 = 0.003;

#[test]
fn accuracy_on_eighteenth_corpus() {
    score_with_floors(
        "eighteenth.jsonl.gz",
        2500,
        EIGHTEENTH_RECALL_FLOOR,
        EIGHTEENTH_FP_CEILING,
        EIGHTEENTH_INPUT_FP_CEILING,
    );
}

/// Floors for the nineteenth corpus (`tests/data/make_nineteenth.py`:
/// dev's families from 89 more templates in the styles of SQLx,
/// tokio-postgres, ent, Panache, linq2db, Kysely, Slonik, Piccolo, psql
/// variables, shell and CI scripts, Terraform and Ansible, with 176 benign
/// texts of several statements, built without reading the rules after the
/// eighteenth corpus's rules were in). Scored once before any change
/// (session 8, commit e3b3217): recall 0.9856, false positives 4.34 %
/// (5.17 % outside `pg_regress`, 6.3 % on `input_*`: a lock, a
/// `set_config`, a cursor or a reload before the application's
/// statement). The false positives left outside `pg_regress` are attack
/// strings inside quoted names, which dev labels attacks.
const NINETEENTH_RECALL_FLOOR: f64 = 0.975;
const NINETEENTH_FP_CEILING: f64 = 0.01;
const NINETEENTH_INPUT_FP_CEILING: f64 = 0.002;

#[test]
fn accuracy_on_nineteenth_corpus() {
    score_with_floors(
        "nineteenth.jsonl.gz",
        2500,
        NINETEENTH_RECALL_FLOOR,
        NINETEENTH_FP_CEILING,
        NINETEENTH_INPUT_FP_CEILING,
    );
}

/// Floors for the twentieth corpus (`tests/data/make_twentieth.py`: dev's
/// families from 88 more templates in the styles of 30 more producers
/// (Vert.x, R2DBC, Yii, Propel, Skunk, Anorm, xorm, go-pg, Ebean,
/// NHibernate, SqlKata, Waterline, Zapatos, aiopg, ormar, pyodbc, VBA ADO,
/// PowerShell, FireDAC, Node-RED, n8n, …), built to look like dev itself,
/// without reading the rules, after the nineteenth corpus's rules were
/// in). Scored once before any change (session 8, commit 8c2cff0): recall
/// 0.9909, false positives 0.20 % (0.17 % outside `pg_regress`, both
/// attack strings in quoted names; none on `input_*`).
const TWENTIETH_RECALL_FLOOR: f64 = 0.98;
const TWENTIETH_FP_CEILING: f64 = 0.004;
const TWENTIETH_INPUT_FP_CEILING: f64 = 0.002;

#[test]
fn accuracy_on_twentieth_corpus() {
    score_with_floors(
        "twentieth.jsonl.gz",
        2500,
        TWENTIETH_RECALL_FLOOR,
        TWENTIETH_FP_CEILING,
        TWENTIETH_INPUT_FP_CEILING,
    );
}

/// Floors for the twenty-first corpus (`tests/data/make_twentyfirst.py`:
/// dev's families from 88 more templates in the styles of 30 more
/// producers (pgtcl, Groovy Sql, Crystal, Nim, Dart, Zig, epgsql, Postgrex,
/// GnuCOBOL, ABAP ADBC, Racket, Budibase, Directus, ColdFusion, SAS, …),
/// with dev's share of sqlmap payloads written for other databases, built
/// to look like dev without reading the rules, after session 9's speed
/// work). Scored once before any change (session 9, commit 4696e52):
/// recall 0.9954, false positives 0.40 % (0.42 % outside `pg_regress`:
/// five standalone `SELECT chr(…) || chr(…) || chr(…)`; none on
/// `input_*`).
const TWENTYFIRST_RECALL_FLOOR: f64 = 0.99;
const TWENTYFIRST_FP_CEILING: f64 = 0.006;
const TWENTYFIRST_INPUT_FP_CEILING: f64 = 0.002;

#[test]
fn accuracy_on_twentyfirst_corpus() {
    score_with_floors(
        "twentyfirst.jsonl.gz",
        2500,
        TWENTYFIRST_RECALL_FLOOR,
        TWENTYFIRST_FP_CEILING,
        TWENTYFIRST_INPUT_FP_CEILING,
    );
}

/// Floors for the twenty-second corpus (`tests/data/make_twentysecond.py`:
/// dev's families from 88 more templates in the styles of 30 more
/// producers (the postgres crate's simple_query, RepoDb, LLBLGen, NPoco,
/// pg8000, persistent, upper/db, pop, Phalcon, ScalikeJDBC, Sql2o,
/// Cayenne, DBIx::Class, LuaSQL, PL/Tcl, PL/R, OutSystems, Power BI,
/// Tableau, JupySQL, Streamlit, Talend, …), built to look like dev without
/// reading the rules, after the twenty-first corpus's rules). Scored once
/// before any change (session 9, commit 1d806e3): recall 0.9947, false
/// positives 0.27 % (none outside `pg_regress`; none on `input_*`).
const TWENTYSECOND_RECALL_FLOOR: f64 = 0.99;
const TWENTYSECOND_FP_CEILING: f64 = 0.005;
const TWENTYSECOND_INPUT_FP_CEILING: f64 = 0.002;

#[test]
fn accuracy_on_twentysecond_corpus() {
    score_with_floors(
        "twentysecond.jsonl.gz",
        2500,
        TWENTYSECOND_RECALL_FLOOR,
        TWENTYSECOND_FP_CEILING,
        TWENTYSECOND_INPUT_FP_CEILING,
    );
}

/// Floors for the twenty-third corpus (`tests/data/make_twentythird.py`:
/// dev's families from 88 more templates in the styles of 30 more
/// producers (Vapor, Odoo, Frappe, Moodle, Drupal, Joomla, Komapper, Lucee,
/// classic ASP, FreeSql, Marten, web2py, Dolibarr, polars, PowerBuilder,
/// NiFi, Strapi, Discourse, Nextcloud, …) on the twenty-second's attack
/// machinery, built without reading the rules, after the twenty-second
/// corpus's rules). Scored once before any change (session 9, commit
/// a5a010c): recall 0.9932, false positives 0.40 % (0.17 % outside
/// `pg_regress`, both attack strings in quoted names; none on `input_*`).
const TWENTYTHIRD_RECALL_FLOOR: f64 = 0.99;
const TWENTYTHIRD_FP_CEILING: f64 = 0.006;
const TWENTYTHIRD_INPUT_FP_CEILING: f64 = 0.002;

#[test]
fn accuracy_on_twentythird_corpus() {
    score_with_floors(
        "twentythird.jsonl.gz",
        2500,
        TWENTYTHIRD_RECALL_FLOOR,
        TWENTYTHIRD_FP_CEILING,
        TWENTYTHIRD_INPUT_FP_CEILING,
    );
}

/// Hand-written statements of kinds a held-out corpus is likely to hold:
/// `(attack, known_gap, statement)`. A known gap is a statement the rules
/// get wrong today (causes and proposed rule changes in
/// `tests/data/README.md`); it is printed, not asserted, so that a fix shows
/// up as "now right" and the flag can be cleared.
const EDGE_CASES: &[(bool, bool, &str)] = &[
    // Attacks.
    (
        true,
        false,
        "SELECT * FROM users WHERE email = 'x' OR 'a'='a'",
    ),
    (true, false, "SELECT * FROM users WHERE id = 1 OR 1=1"),
    (
        true,
        false,
        "SELECT * FROM users WHERE id = 12 AND 4821=4821",
    ),
    (
        true,
        false,
        "SELECT * FROM users WHERE id = 12 AND 'x'||'y'='xy'",
    ),
    (
        true,
        false,
        "SELECT * FROM users WHERE id = 12 OR 't'::boolean",
    ),
    (
        true,
        false,
        "SELECT * FROM users WHERE id = 12 OR EXISTS(SELECT 1)",
    ),
    (
        true,
        false,
        "SELECT * FROM t WHERE id = 5 UNION SELECT NULL::text, NULL::int",
    ),
    (
        true,
        false,
        "SELECT * FROM t WHERE id = 5 AND current_user LIKE 'post%'",
    ),
    (
        true,
        false,
        "SELECT * FROM t WHERE id = 5 AND current_setting('data_directory') LIKE '/%'",
    ),
    (
        true,
        false,
        "SELECT * FROM t WHERE id = 5 AND inet_server_addr() IS NOT NULL",
    ),
    (
        true,
        false,
        "SELECT * FROM t WHERE id = 5 AND position('a' in current_user)>0",
    ),
    (
        true,
        false,
        "SELECT * FROM t ORDER BY id LIMIT 10 OFFSET 5 AND 1::boolean",
    ),
    (
        true,
        false,
        "SELECT * FROM t WHERE id = 1 ORDER BY 9 ORDER BY name",
    ),
    (
        true,
        false,
        "SELECT id, CASE WHEN score > 1 ORDER BY 1 -- x THEN 'a' ELSE 'b' END FROM r",
    ),
    (true, false, "SELECT * FROM t WHERE a = 1-- x::bigint"),
    (true, false, "SELECT * FROM t ORDER BY price-- LIMIT 25"),
    (
        true,
        false,
        "SELECT id FROM s WHERE body = $b$x$b$ OR 1=1 -- $b$",
    ),
    (
        true,
        false,
        "SELECT * FROM t WHERE code = 'a' AND 1=CONVERT(int,@@version)",
    ),
    (
        true,
        false,
        "SELECT * FROM t WHERE id = 1 AND 1=CONVERT(int,@@version)",
    ),
    (
        true,
        false,
        "SELECT * FROM t WHERE ip = 'zz' AND x = 'y'::inet AND 'q' z 'r'",
    ),
    (
        true,
        false,
        "SELECT * FROM t WHERE a = 'x AND current_user LIKE 'post%'' AND b = 1",
    ),
    (
        true,
        false,
        "INSERT INTO p (a, b) VALUES (1'; DELETE FROM sessions; SELECT 'q, 'b')",
    ),
    (
        true,
        false,
        "SELECT * FROM t WHERE  AND position('a' in current_user)>0",
    ),
    (
        true,
        false,
        "UPDATE notes SET body = E'x\\''; DROP TABLE notes; --' WHERE id = 1",
    ),
    (
        true,
        false,
        "SELECT * FROM t WHERE name = U&'\\0061dmin' OR U&'\\0031'=U&'\\0031'",
    ),
    (
        true,
        false,
        "SELECT * FROM t WHERE name = ''||(SELECT string_agg(usename, ',') FROM pg_user)||''",
    ),
    (
        true,
        false,
        "SELECT * FROM t WHERE name = 'x'/**/OR/**/1=1--'",
    ),
    (true, false, "SELECT * FROM t WHERE id = 1;\x0cDROP TABLE t"),
    (
        true,
        false,
        "SELECT * FROM t WHERE id = 1 AND (SELECT 1 FROM pg_sleep(5)) IS NOT NULL",
    ),
    (
        true,
        false,
        "SELECT * FROM t ORDER BY (SELECT CASE WHEN (1=1) THEN 1 ELSE 1/(SELECT 0) END)",
    ),
    (
        true,
        false,
        "SELECT * FROM t WHERE payload->>'k' = '' OR payload ? 'admin' --'",
    ),
    (
        true,
        false,
        "SELECT * FROM docs WHERE title ILIKE '%' OR 1=1 --%'",
    ),
    (
        true,
        false,
        "SELECT * FROM t LIMIT 1; COPY (SELECT '') TO PROGRAM 'id'",
    ),
    (
        true,
        false,
        "SELECT * FROM t WHERE name = 'a' AND lo_import('/etc/passwd') > 0 --'",
    ),
    (
        true,
        false,
        "SELECT id FROM shops WHERE near(geo, point(1, 2), 5 LIMIT 1) ORDER BY id",
    ),
    (
        true,
        false,
        "SELECT id FROM shops WHERE near(geo, point(1, 2), -1 ORDER BY 6) ORDER BY id",
    ),
    (
        true,
        false,
        "SELECT id FROM tags WHERE 1 AND 'x'::boolean ORDER BY id",
    ),
    (
        true,
        false,
        "SELECT id FROM logs ORDER BY ts OFFSET 5 LIMIT 1 ROWS FETCH NEXT 10 ROWS ONLY",
    ),
    (
        true,
        false,
        "SELECT id FROM plans WHERE price > (SELECT 9) ORDER BY price",
    ),
    (
        true,
        false,
        "INSERT INTO notes (owner, body, at) VALUES (3, 'q) AND 1=(SELECT 1 ', ') --', now())",
    ),
    (
        true,
        false,
        "SELECT id FROM runs ORDER BY took DESC NULLS LAST-- NULLS FIRST, id",
    ),
    (
        true,
        false,
        "SELECT id FROM posts ORDER BY id OFFSET 4-2 ROWS FETCH NEXT 20 ROWS ONLY",
    ),
    // Benign.
    (
        false,
        false,
        "SELECT * FROM users WHERE 1=1 AND name = 'x' ORDER BY id",
    ),
    (false, false, "SELECT * FROM t WHERE a = 1 OR b = 2"),
    (false, false, "SELECT version()"),
    (false, false, "SELECT current_user, current_database()"),
    (false, false, "SHOW search_path"),
    (
        false,
        false,
        "SELECT pid, usename, state FROM pg_stat_activity WHERE state = 'active'",
    ),
    (
        false,
        false,
        "SELECT usename, client_addr FROM pg_stat_replication",
    ),
    (
        false,
        false,
        "INSERT INTO notes (body) VALUES ('I''ll select the union rep; drop me a line -- thanks')",
    ),
    (
        false,
        false,
        "SELECT * FROM t WHERE name = 'O''Brien' /* it's ok */",
    ),
    (false, false, "-- it's a comment\nSELECT 1"),
    (false, false, "SELECT \"weird\"\"name\" FROM t"),
    (false, false, "SELECT \"it's\" FROM report_cache"),
    (
        false,
        false,
        "SELECT * FROM t WHERE tenant_id = current_setting('app.tenant_id')::int",
    ),
    (
        false,
        false,
        "GRANT SELECT ON orders TO reporting; REVOKE DELETE ON orders FROM app_rw",
    ),
    (
        false,
        false,
        "ALTER TABLE orders ADD COLUMN note text; CREATE INDEX idx_orders_note ON orders (note)",
    ),
    (
        false,
        false,
        "CREATE TABLE m_2026 PARTITION OF m FOR VALUES FROM ('2026-01-01') TO ('2027-01-01'); ALTER TABLE m_2026 SET (fillfactor = 90)",
    ),
    (
        false,
        false,
        "SELECT count(*) FROM events WHERE created_at > now() - interval '1 day' -- dashboard",
    ),
    (false, false, "SELECT 'a' || 'b' AS ab, 1 = 1 AS t"),
    (
        false,
        false,
        "SELECT * FROM t WHERE flags = B'1010' AND code = X'1F'",
    ),
    (
        false,
        false,
        "SELECT * FROM t WHERE name = U&'d\\0061t\\+000061'",
    ),
    (
        false,
        false,
        "SELECT id FROM s WHERE body = $body$ it's; DROP -- not code $body$",
    ),
    (
        false,
        false,
        "SELECT id FROM jobs WHERE created_at < now() - (7 * interval '1 day')",
    ),
    (
        false,
        false,
        "SELECT * FROM t WHERE status = ANY('{paid,shipped}'::text[]) AND price > 10.5",
    ),
    (
        false,
        false,
        "SELECT team, string_agg(name, ', ' ORDER BY name), count(*) FILTER (WHERE active) FROM m GROUP BY team",
    ),
    (
        false,
        false,
        "INSERT INTO events (kind, tags, payload) VALUES ('a', ARRAY['x', 'y'], jsonb_build_object('k', 1)), ('b', '{}', '{}')",
    ),
    (
        false,
        false,
        "SELECT id FROM posts ORDER BY id OFFSET (($1 - 1) * 20) ROWS FETCH NEXT 20 ROWS ONLY",
    ),
    (false, false, "SELECT id, \"cost; net\" FROM ledger"),
    (false, false, "SELECT \"' OR 1=1 --\" FROM report"),
    (
        false,
        false,
        "SELECT pg_sleep(0.2), pg_try_advisory_lock(hashtext('reindex-nightly'))",
    ),
    (
        false,
        false,
        "BEGIN; SET LOCAL statement_timeout = '3s'; SELECT * FROM jobs WHERE id = 9 FOR UPDATE; COMMIT;",
    ),
    (
        false,
        false,
        "CREATE TABLE r (id int, span tstzrange, EXCLUDE USING gist (id WITH =, span WITH &&))",
    ),
];

#[test]
fn hand_written_edge_cases() {
    let guard = Policy::default().build().unwrap();
    let mut wrong = Vec::new();
    for (attack, known, sql) in EDGE_CASES {
        let verdict = guard.check_uncached(sql);
        let flagged = verdict.action != Action::Allow;
        let rules: Vec<String> = verdict.findings.iter().map(|f| f.to_string()).collect();
        let status = match (flagged == *attack, *known) {
            (true, false) => "ok",
            (true, true) => "now right (clear known_gap)",
            (false, true) => "known gap",
            (false, false) => "WRONG",
        };
        println!(
            "{status:<20} {:<6} {sql:?} {rules:?}",
            if *attack { "attack" } else { "benign" }
        );
        if flagged != *attack && !known {
            wrong.push(*sql);
        }
    }
    assert!(wrong.is_empty(), "misclassified edge cases: {wrong:#?}");
}
