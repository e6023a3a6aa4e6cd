#!/usr/bin/env python3
"""
Build a SQL-injection recall set (sqlmap_real.jsonl.gz) from sqlmap's real payload definitions.

usage: make_sqlmap_real.py [OUT.jsonl.gz] [--cache DIR]

Self-contained: on first use it runs ``pip download --no-deps sqlmap==1.10.10`` into the cache
dir (default ~/.cache/omnibase/sqlmap) and unpacks the wheel there; it reads
sqlmap/data/xml/{boundaries.xml,queries.xml,payloads/*.xml} and lib/core/settings.py (version).
Every output row is an attack.  The data is not committed (sqlmap is GPLv2).
Standard library only; a fixed seed makes the output byte-reproducible.

Payload instantiation mirrors sqlmap's own code paths
(lib/controller/checks.py::checkSqlInjection, lib/core/agent.py::{prefixQuery,
suffixQuery,cleanupPayload,payload,forgeUnionQuery}, lib/techniques/union/test.py,
plugins/dbms/*/syntax.py escapers, lib/parse/payloads.py::cleanupVals):

  * test <-> boundary matching on <clause> (0 = wildcard) and <where>;
    additionally the boundary <ptype>/<clause> and test <clause> must fit the
    host slot (what sqlmap would find working for that slot kind).
  * where=1 -> original value + prefix[+space] + payload + comment|suffix
    where=2 -> "-RANDINT" + prefix[+space] + payload + comment|suffix
    where=3 -> payload (+comment), no prefix/suffix
  * prefix is glued without a space for GROUP/ORDER BY-only tests, or when
    payload starts with ';' (stacked), or the prefix ends with '(' / paren rule.
  * if the test has a <comment>, the boundary suffix is dropped (sqlmap rule);
    '--'/[GENERIC_SQL_COMMENT] comments are replaced by the DBMS comment from
    queries.xml when it is not a prefix of GENERIC_SQL_COMMENT (MySQL -> '-- -').
  * [RANDNUM]/[RANDSTR]: one value per distinct marker per cleanup pass
    (payload first, then the whole prefix+payload+suffix), 4 digits / 4 letters.
  * quoted literals inside DBMS-specific payloads are escaped with the DBMS's
    unescaper (PostgreSQL CHR()||, MySQL 0x.., MSSQL CHAR()+, ...), as sqlmap
    does after Backend.forceDbms(payloadDbms).
  * two stages: "detection" (<request><payload>, and for boolean tests also the
    <response><comparison> payload; UNION: ORDER BY probe, NULL-column probes
    with 1..6 columns, position probe) and "exploitation" (<vector> with
    [INFERENCE]/[QUERY]/[UNION] filled from queries.xml).
"""
import argparse
import binascii
import glob
import gzip
import json
import os
import random
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter, defaultdict

SEED = 20240611
TARGET_ROWS = 4000
SLEEPTIME = "5"
INLINE_PASSES = 4  # inline-query tests are few and only fit unquoted slots: re-instantiate (new [QUERY]/delimiters)

SQLMAP = "sqlmap==1.10.10"
DEFAULT_CACHE = os.path.join(os.path.expanduser("~"), ".cache", "omnibase", "sqlmap")

TECH = {1: "boolean_blind", 2: "error_based", 3: "inline_query",
        4: "stacked_queries", 5: "time_blind", 6: "union_query"}

rng = random.Random(SEED)


def randomInt(length=4):
    """sqlmap's randomInt: a number of `length` digits without a leading zero."""
    return int("".join(rng.choice("0123456789" if i else "123456789") for i in range(length)))


def randomStr(length=4, lowercase=False, alphabet=None):
    """sqlmap's randomStr: `length` random letters (or characters of `alphabet`)."""
    abc = alphabet or (string.ascii_lowercase if lowercase else string.ascii_letters)
    return "".join(rng.choice(abc) for _ in range(length))


# --------------------------------------------------------------------------- XML parsing
def cleanupVals(text, tag):
    """lib/parse/payloads.py::cleanupVals: expand clause ranges, split lists, convert numbers."""
    if tag == "clause" and "-" in text:
        text = re.sub(r"(\d+)-(\d+)", lambda m: ",".join(str(_) for _ in range(int(m.group(1)), int(m.group(2)) + 1)), text)
    if tag in ("clause", "where"):
        return [int(_) if _.isdigit() else _ for _ in text.split(",")]
    if text.isdigit():
        return int(text)
    return text


def load_boundaries(xml):
    """boundaries.xml as a list of dicts (with their index as "id")."""
    out = []
    for i, el in enumerate(ET.parse(os.path.join(xml, "boundaries.xml")).getroot().findall("boundary")):
        b = {"id": i}
        for c in el:
            b[c.tag] = cleanupVals(c.text, c.tag) if c.text else None
        out.append(b)
    return out


def load_tests(xml):
    """payloads/*.xml tests as dicts, with request/response/details fields lifted to the top."""
    tests = []
    for f in sorted(glob.glob(os.path.join(xml, "payloads", "*.xml"))):
        for el in ET.parse(f).getroot().findall("test"):
            t = {"file": os.path.basename(f)}
            for c in el:
                if c.text and c.text.strip():
                    t[c.tag] = cleanupVals(c.text, c.tag)
                else:
                    if list(c):
                        t[c.tag] = {}
                        for g in c:
                            if g.tag in t[c.tag]:  # repeated sub-tag (e.g. two <dbms>) -> list, as lib/parse/payloads.py
                                prev = t[c.tag][g.tag]
                                t[c.tag][g.tag] = (prev if isinstance(prev, list) else [prev]) + [g.text]
                            else:
                                t[c.tag][g.tag] = g.text
                    else:
                        t[c.tag] = None
            req = t.get("request") or {}
            t["payload"] = req.get("payload")
            t["comment"] = req.get("comment")
            t["char"] = req.get("char")
            t["columns"] = req.get("columns")
            t["comparison"] = (t.get("response") or {}).get("comparison")
            d = (t.get("details") or {}).get("dbms") or None
            t["dbms_all"] = d if isinstance(d, list) else ([d] if d else [])
            t["dbms"] = t["dbms_all"][0] if t["dbms_all"] else None  # Backend.forceDbms(payloadDbms[0])
            tests.append(t)
    return tests


def load_queries(xml):
    """The queries.xml entries used here, per DBMS."""
    q = {}
    for d in ET.parse(os.path.join(xml, "queries.xml")).getroot().findall("dbms"):
        name = d.get("value")
        e = {}
        for tag in ("cast", "isnull", "comment", "inference", "banner", "current_user", "current_db", "concatenate"):
            n = d.find(tag)
            e[tag] = n.get("query") if n is not None else None
        for grp in ("users", "dbs", "tables"):
            n = d.find(grp)
            if n is not None and n.find("blind") is not None:
                e[grp + "_count"] = n.find("blind").get("count")
                e[grp + "_blind"] = n.find("blind").get("query")
            if n is not None and n.find("inband") is not None:
                e[grp + "_inband"] = n.find("inband").get("query")
        q[name] = e
    return q


def sqlmap_version(settings):
    """VERSION from sqlmap's lib/core/settings.py."""
    with open(settings) as f:
        m = re.search(r'^VERSION = "([^"]+)"', f.read(), re.M)
    return m.group(1) if m else "?"


def ensure_sqlmap(cache):
    """Download and unpack the pinned sqlmap wheel into cache (once); return the unpacked root."""
    pkg = os.path.join(cache, "pkg")
    if os.path.isfile(os.path.join(pkg, "sqlmap", "data", "xml", "boundaries.xml")):
        return pkg
    dl = os.path.join(cache, "dl")
    os.makedirs(dl, exist_ok=True)
    print(f"downloading {SQLMAP} into {dl}", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--disable-pip-version-check", "--no-deps",
                    "--only-binary", ":all:", "-d", dl, SQLMAP], check=True)
    wheel = glob.glob(os.path.join(dl, "sqlmap-%s-*.whl" % SQLMAP.split("==")[1]))[0]
    with zipfile.ZipFile(wheel) as z:
        z.extractall(pkg + ".tmp")
    os.replace(pkg + ".tmp", pkg)
    return pkg


# filled by main() from the unpacked sqlmap
BOUNDARIES, TESTS, QUERIES, VERSION = [], [], {}, "?"

# --------------------------------------------------------------------------- DBMS escapers (plugins/dbms/*/syntax.py)
def _ords(v):
    """Code points of a string."""
    return [ord(c) for c in v]


ESCAPERS = {
    "PostgreSQL": lambda v: "(%s)" % "||".join("CHR(%d)" % o for o in _ords(v)),
    "Vertica": lambda v: "(%s)" % "||".join("CHR(%d)" % o for o in _ords(v)),
    "MySQL": lambda v: "0x%s" % binascii.hexlify(v.encode()).decode(),
    "Microsoft SQL Server": lambda v: "+".join("CHAR(%d)" % o for o in _ords(v)),
    "Sybase": lambda v: "+".join("CHAR(%d)" % o for o in _ords(v)),
    "Oracle": lambda v: "||".join("CHR(%d)" % o for o in _ords(v)),
    "SQLite": lambda v: "CHAR(%s)" % ",".join("%d" % o for o in _ords(v)),
    "Microsoft Access": lambda v: "&".join("CHR(%d)" % o for o in _ords(v)),
    "Firebird": lambda v: "||".join("ASCII_CHAR(%d)" % o for o in _ords(v)),
    "IBM DB2": lambda v: "||".join("CHR(%d)" % o for o in _ords(v)),
    "Informix": lambda v: "||".join("CHR(%d)" % o for o in _ords(v)),
    "HSQLDB": lambda v: "||".join("CHAR(%d)" % o for o in _ords(v)),
    "H2": lambda v: "||".join("CHAR(%d)" % o for o in _ords(v)),
    "ClickHouse": lambda v: "||".join("char(%d)" % o for o in _ords(v)),
    "Cubrid": lambda v: "||".join("CHR(%d)" % o for o in _ords(v)),
    "Presto": lambda v: "||".join("CHR(%d)" % o for o in _ords(v)),
    "MonetDB": lambda v: "||".join("CODE(%d)" % o for o in _ords(v)),
    "InterSystems Cache": lambda v: "||".join("CHAR(%d)" % o for o in _ords(v)),
    "Spanner": lambda v: "CODE_POINTS_TO_STRING([%s])" % ", ".join(str(o) for o in _ords(v)),
}
EXCLUDE_UNESCAPE = ("WAITFOR DELAY '", " INTO DUMPFILE ", " INTO OUTFILE ", "CREATE ", "BULK ", "EXEC ", "RECONFIGURE ", "DECLARE ")


def escape(expr, dbms, quote=True):
    """lib/core/unescaper.py + plugins/generic/syntax.py::_escape: encode quoted literals DBMS-style."""
    if expr is None or dbms not in ESCAPERS:
        return expr
    if any(x in expr for x in EXCLUDE_UNESCAPE):
        return expr
    esc = ESCAPERS[dbms]
    if not quote:
        return esc(expr)
    ret = expr
    for item in re.findall(r"'(?:[^']|'')*'", expr):
        value = item[1:-1].replace("''", "'")
        if value and re.search(r"\[(SLEEPTIME|RAND)", value) is None:
            ret = ret.replace(item, esc(value))
    return ret.replace("'''", "''''")


# --------------------------------------------------------------------------- per-"run" knowledge (kb.chars)
def new_kb():
    """Per-run knowledge (kb.chars): delimiters, replacement markers and the generic comment."""
    # option.py uses a set(); an ordered list keeps the output independent of PYTHONHASHSEED
    s = []
    while len(s) < 2:
        x = randomStr(3, alphabet="zxjkvbp")
        if x not in s:
            s.append(x)
    start, stop = ("q%sq" % x for x in s)
    s = []
    while len(s) < 4:
        x = randomStr(1, lowercase=True)
        if x != "q" and x not in s:
            s.append(x)
    at, space, dollar, hash_ = ("q%sq" % x for x in s)
    # GENERIC_SQL_COMMENT is "-- [RANDSTR]" in sqlmap 1.10.x settings.py; half the runs use the
    # classic "-- -" form instead, so both shapes are represented.
    generic = "-- -" if rng.random() < 0.5 else "-- " + randomStr()
    return {"start": start, "stop": stop, "at": at, "space": space, "dollar": dollar, "hash": hash_, "generic": generic}


def cleanup(payload, kb, orig=None, dbms=None):
    """agent.cleanupPayload: substitute markers, random values, original value and sleep time."""
    if payload is None:
        return None
    rep = {"[DELIMITER_START]": kb["start"], "[DELIMITER_STOP]": kb["stop"], "[AT_REPLACE]": kb["at"],
           "[SPACE_REPLACE]": kb["space"], "[DOLLAR_REPLACE]": kb["dollar"], "[HASH_REPLACE]": kb["hash"],
           "[GENERIC_SQL_COMMENT]": kb["generic"]}
    for k, v in rep.items():
        payload = payload.replace(k, v)
    for m in sorted(set(re.findall(r"(?i)\[RANDNUM(?:\d+)?\]", payload))):
        payload = payload.replace(m, str(randomInt()))
    for m in sorted(set(re.findall(r"(?i)\[RANDSTR(?:\d+)?\]", payload))):
        payload = payload.replace(m, randomStr())
    if orig is not None:
        if "[ORIGVALUE]" in payload:
            payload = payload.replace("[ORIGVALUE]", orig if orig.isdigit() else (escape("'%s'" % orig, dbms) or "'%s'" % orig))
        payload = payload.replace("[ORIGINAL]", orig)
    payload = payload.replace("[SLEEPTIME]", SLEEPTIME)
    return payload


def prefix_query(expr, prefix, where, clause, dbms):
    """agent.prefixQuery (detection stage: no kb.injection yet)."""
    expr = escape(expr, dbms)
    if where == 3:
        q = ""
    elif clause in ([2, 3], [2], [3]):
        q = prefix
    else:
        q = prefix or ""
        if "SELECT '[RANDSTR]'" in q:
            r = randomStr()
            q = q.replace("'[RANDSTR]'", escape(r, dbms, quote=False) if dbms in ESCAPERS else r)
        if not (expr and expr[0] == ";") and not (q and q[-1] in "()" and expr and expr[0] in "()") and not (q and q[-1] == "("):
            q += " "
    return q + expr


def suffix_query(expr, comment, suffix, where, dbms):
    """agent.suffixQuery."""
    if comment is not None and any(comment.startswith(_) for _ in ("--", "[GENERIC_SQL_COMMENT]")):
        dc = (QUERIES.get(dbms) or {}).get("comment") if dbms else None
        if dc and not "-- [RANDSTR]".startswith(dc):
            comment = dc
    if comment is not None:
        expr += comment
    if where == 3:
        pass
    elif suffix and not comment:
        if re.search(r"\w\Z", expr) and re.search(r"\A\w", suffix):
            expr += " "
        expr += suffix
    return re.sub(r";\W*;", ";", expr)


def build_input(core, orig, where, boundary, clause, comment, dbms, kb):
    """core: already-cleaned payload expression. Returns the injected parameter value."""
    bound = prefix_query(core, boundary["prefix"] or "", where, clause, dbms)
    bound = suffix_query(bound, comment, boundary["suffix"] or "", where, dbms)
    if where == 1:
        value = orig
    elif where == 2:
        value = "" if bound.startswith("-") else "-%d" % randomInt()
    else:
        value = ""
    val = cleanup(value + bound, kb, orig=orig, dbms=dbms)
    return val.replace("%16", "\x16")  # MS Access comment is URL-encoded in the XML


# --------------------------------------------------------------------------- exploitation fillers (queries.xml)
PG_FIELDS = [("CURRENT_USER", None), ("VERSION()", None), ("CURRENT_SCHEMA()", None),
             ("COUNT(DISTINCT(usename))", "pg_user"), ("usename", "pg_user"), ("passwd", "pg_shadow"),
             ("COUNT(*)", "information_schema.tables"), ("string_agg(table_name,',')", "information_schema.tables"),
             ("datname", "pg_database")]


def fields_for(dbms):
    """(field, FROM table) pairs to enumerate for a DBMS (queries.xml; fixed list for PostgreSQL)."""
    e = QUERIES.get(dbms or "PostgreSQL") or {}
    if dbms in (None, "PostgreSQL"):
        return PG_FIELDS
    out = []
    for k in ("current_user", "banner", "current_db"):
        v = e.get(k)
        if v:
            m = re.match(r"SELECT (.+?) FROM (.+)$", v, re.I)
            if m:
                out.append((m.group(1), m.group(2)))
            else:
                out.append((re.sub(r"^SELECT ", "", v), None))
    for k in ("users_count", "dbs_count"):
        v = e.get(k)
        if v and "%" not in v:
            m = re.match(r"SELECT (.+?) FROM (.+)$", v, re.I)
            if m:
                out.append((m.group(1), m.group(2)))
    return out or PG_FIELDS


def null_cast(field, dbms):
    """Wrap a field in the DBMS's cast and isnull expressions (agent.nullAndCastField)."""
    e = QUERIES.get(dbms or "PostgreSQL") or {}
    f = field
    if e.get("cast"):
        f = e["cast"].replace("%s", f)
    if e.get("isnull"):
        f = e["isnull"].replace("%s", f)
    return f


def expression(dbms):
    """A random enumeration expression: (query, field, table)."""
    field, frm = rng.choice(fields_for(dbms))
    nf = null_cast(field, dbms)
    return ("SELECT %s FROM %s" % (nf, frm)) if frm else nf, field, frm


def fill_inference(dbms):
    """The DBMS's <inference> template filled with a random expression, position and value."""
    e = QUERIES.get(dbms or "PostgreSQL") or QUERIES["PostgreSQL"]
    inf = e.get("inference") or QUERIES["PostgreSQL"]["inference"]
    expr, _, _ = expression(dbms)
    idx = rng.randint(1, 12)
    if "%c" in inf:
        return inf.replace("%s", expr, 1).replace("%d", str(idx), 1).replace("%c", rng.choice("aemrt"))
    if inf.startswith("'%c'"):  # Mckoi-style
        return inf.replace("%c", rng.choice("aemrt")).replace("%s", expr, 1).replace("%d", str(idx), 1)
    return inf.replace("%s", expr, 1).replace("%d", str(idx), 1).replace("%d", str(rng.choice([32, 48, 64, 80, 96, 104, 112, 116, 120])), 1)


def fill_query(dbms):
    """A random enumeration query for a [QUERY] marker."""
    expr, _, _ = expression(dbms)
    return expr


def union_query(dbms, count, position, char, kb, with_from=True):
    """agent.forgeUnionQuery for a delimited value / enumerated field (or random-string position probe)."""
    d = dbms or "PostgreSQL"
    if with_from:
        field, frm = rng.choice(fields_for(d))
        core = null_cast(field, d)
    else:
        frm = None
        core = "'%s'" % randomStr(rng.choice([10, 20]))
    if d == "MySQL":
        q = "CONCAT('%s',%s,'%s')" % (kb["start"], core, kb["stop"])
    elif d in ("Microsoft SQL Server", "Sybase"):
        q = "'%s'+%s+'%s'" % (kb["start"], core, kb["stop"])
    else:
        q = "'%s'||%s||'%s'" % (kb["start"], core, kb["stop"])
    q = escape(q, d)
    cols = [q if i == position else char for i in range(count)]
    s = "UNION ALL SELECT " + ",".join(cols)
    if frm:
        s += " FROM " + frm
    elif d == "Oracle":
        s += " FROM DUAL"
    return s


# --------------------------------------------------------------------------- host statement templates
# kind -> (allowed boundary ptypes, sqlmap clause ids that describe the slot, quote char)
KINDS = {
    "numeric":      ({1}, {1}, None),
    "string":       ({2}, {1}, "'"),
    "like":         ({3, 2}, {1}, "'"),
    "dq_ident":     ({4, 5, 6}, {1, 8}, '"'),
    "order_by":     ({1}, {3}, None),
    "group_by":     ({1}, {2}, None),
    "limit":        ({1}, {4}, None),
    "offset":       ({1}, {5}, None),
    "insert_value": ({2}, {1, 9}, "'"),
    "update_set":   ({2}, {1, 9}, "'"),
}

TEMPLATES = [
    # numeric
    ("numeric", "SELECT id, name, plan_tier FROM tenants WHERE id = {} AND deleted_at IS NULL", "42"),
    ("numeric", "SELECT o.id, o.total_cents, o.status FROM orders o WHERE o.customer_id = {} ORDER BY o.created_at DESC", "1087"),
    ("numeric", "SELECT title, body, published_at FROM cms_articles WHERE article_id = {} AND status = 'published'", "315"),
    ("numeric", "SELECT reading, recorded_at FROM sensor_readings WHERE device_id = {} AND recorded_at > now() - interval '1 hour'", "9001"),
    ("numeric", "DELETE FROM cart_items WHERE cart_id = 77 AND product_id = {}", "2231"),
    ("numeric", "SELECT u.email FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.org_id = {}", "12"),
    ("numeric", "UPDATE invoices SET status = 'void' WHERE invoice_id = {} AND tenant_id = 7", "5540"),
    ("numeric", "SELECT sku, price_cents FROM products WHERE price_cents <= {} AND in_stock", "2500"),
    ("numeric", "SELECT action, created_at FROM audit_log WHERE actor_id = {} AND tenant_id = 3 LIMIT 100", "88"),
    # single-quoted string
    ("string", "SELECT id, password_hash, mfa_secret FROM users WHERE email = '{}'", "alice@example.com"),
    ("string", "SELECT id, plan_tier FROM tenants WHERE slug = '{}'", "acme-corp"),
    ("string", "SELECT id, title, body FROM cms_pages WHERE path = '{}' AND site_id = 4", "about-us"),
    ("string", "SELECT serial, firmware_version FROM devices WHERE serial = '{}'", "SN4471X"),
    ("string", "SELECT code, discount_pct FROM coupons WHERE code = '{}' AND expires_at > now()", "SPRING25"),
    ("string", "SELECT status, eta FROM shipments WHERE tracking_no = '{}'", "1Z999AA10123456784"),
    ("string", "SELECT id, scopes FROM api_keys WHERE key_prefix = '{}' AND revoked = false", "pk_live"),
    ("string", "SELECT id, total_cents FROM orders WHERE currency = '{}' AND tenant_id = 9", "EUR"),
    # LIKE single-quoted
    ("like", "SELECT id, name FROM products WHERE name ILIKE '%{}%' LIMIT 50", "wireless"),
    ("like", "SELECT id, title FROM cms_articles WHERE title LIKE '%{}%' AND site_id = 2", "kubernetes"),
    ("like", "SELECT id, email FROM users WHERE email LIKE '{}%'", "bob"),
    ("like", "SELECT device_id FROM devices WHERE location LIKE '%{}'", "warehouse"),
    ("like", "SELECT name FROM customers WHERE tenant_id = 5 AND (name LIKE '%{}%' OR company LIKE '%acme%')", "smith"),
    # double-quoted identifier
    ("dq_ident", "SELECT \"{}\" FROM analytics_daily WHERE tenant_id = 11", "page_views"),
    ("dq_ident", "SELECT id FROM feature_flags WHERE \"{}\" = true AND tenant_id = 4", "beta_dashboard"),
    ("dq_ident", "SELECT device_id, \"{}\" FROM telemetry_latest WHERE device_id = 93", "temperature_c"),
    ("dq_ident", "SELECT sum(\"{}\") FROM sales_rollup WHERE region = 'emea'", "net_revenue"),
    # ORDER BY
    ("order_by", "SELECT id, name, price_cents FROM products ORDER BY {} LIMIT 20", "price_cents"),
    ("order_by", "SELECT id, email, created_at FROM users WHERE tenant_id = 6 ORDER BY {} DESC", "created_at"),
    ("order_by", "SELECT id, title, published_at FROM cms_articles WHERE site_id = 1 ORDER BY {}", "2"),
    ("order_by", "SELECT device_id, max(recorded_at) FROM sensor_readings GROUP BY device_id ORDER BY {}", "1"),
    ("order_by", "SELECT ticket_id, priority FROM support_tickets WHERE org_id = 3 ORDER BY {}, ticket_id", "priority"),
    # GROUP BY
    ("group_by", "SELECT status, count(*) FROM orders WHERE tenant_id = 8 GROUP BY {}", "status"),
    ("group_by", "SELECT region, sum(total_cents) FROM orders GROUP BY {} ORDER BY 2 DESC", "region"),
    ("group_by", "SELECT device_type, avg(battery_pct) FROM devices GROUP BY {}", "1"),
    # LIMIT / OFFSET
    ("limit", "SELECT id, title FROM cms_articles ORDER BY published_at DESC LIMIT {}", "10"),
    ("limit", "SELECT id, body FROM notifications WHERE user_id = 19 ORDER BY id DESC LIMIT {}", "25"),
    ("limit", "SELECT recorded_at, reading FROM sensor_readings WHERE device_id = 12 ORDER BY recorded_at DESC LIMIT {}", "100"),
    ("offset", "SELECT sku, name FROM products ORDER BY id LIMIT 20 OFFSET {}", "40"),
    # INSERT VALUES string slot
    ("insert_value", "INSERT INTO comments (article_id, author, body) VALUES (31, 'guest', '{}')", "Great post"),
    ("insert_value", "INSERT INTO audit_log (tenant_id, action, user_agent) VALUES (3, 'login', '{}')", "Mozilla/5.0"),
    ("insert_value", "INSERT INTO newsletter_signups (email, source) VALUES ('{}', 'footer')", "carol@example.org"),
    ("insert_value", "INSERT INTO device_events (device_id, event_type, created_at) VALUES (501, '{}', now())", "reboot"),
    # UPDATE SET string slot
    ("update_set", "UPDATE users SET display_name = '{}' WHERE id = 1042", "Dana"),
    ("update_set", "UPDATE tenants SET billing_email = '{}' WHERE id = 17", "billing@acme.io"),
    ("update_set", "UPDATE cms_pages SET title = '{}', updated_at = now() WHERE page_id = 8", "Pricing"),
    ("update_set", "UPDATE devices SET label = '{}' WHERE serial = 'SN0042' AND tenant_id = 2", "Freezer 3"),
]


def breaks_out(kind, orig, inp):
    """Whether the injected value leaves its slot (closes the quote, or is not a bare token)."""
    q = KINDS[kind][2]
    if q:
        i = 0
        while i < len(inp):
            if inp[i] == q:
                if i + 1 < len(inp) and inp[i + 1] == q:
                    i += 2
                    continue
                return True
            i += 1
        return False
    return inp != orig and not re.fullmatch(r"-?\w+", inp)


def clause_fit(a, b):
    """Whether a clause list (0 = any) fits the set of slot clause ids."""
    return a == [0] or bool(set(a) & b)


# --------------------------------------------------------------------------- enumeration
def variants(t, kb, orig):
    """Yield (stage, core expression, comment, dbms) for one test (before prefix/suffix)."""
    dbms = t["dbms"]
    stype = t["stype"]
    comment = t["comment"]
    if stype == 6:
        ch = t["char"]
        if ch == "[CHAR]":
            return  # skipped by sqlmap unless --union-char is given
        # ORDER BY column-count probe (union/test.py::_orderByTechnique)
        yield "detection", "ORDER BY %d" % rng.choice([1, 2, 3, 4, 5, 6, 10, rng.randint(1000, 9999)]), comment, dbms
        n = rng.randint(1, 6)
        yield "detection", "UNION ALL SELECT " + ",".join([ch] * n), comment, dbms
        n = rng.randint(1, 6)
        yield "detection", union_query(dbms, n, rng.randrange(n), ch, kb, with_from=False), comment, dbms
        n = rng.randint(1, 6)
        yield "exploitation", union_query(dbms, n, rng.randrange(n), ch, kb, with_from=True), comment, dbms or "PostgreSQL"
        return
    p = cleanup(t["payload"], kb, orig=orig, dbms=dbms)
    if p:
        yield "detection", p, comment, dbms
    if stype == 1 and t.get("comparison"):
        yield "detection", cleanup(t["comparison"], kb, orig=orig, dbms=dbms), comment, dbms
    v = t.get("vector")
    if v:
        d = dbms or "PostgreSQL"
        if "[INFERENCE]" in v:
            v = v.replace("[INFERENCE]", fill_inference(d))
        if "[QUERY]" in v:
            v = v.replace("[QUERY]", fill_query(d))
        yield "exploitation", cleanup(v, kb, orig=orig, dbms=d), comment, d


def main():
    """Enumerate test x boundary x template, sample per technique and write the corpus."""
    global BOUNDARIES, TESTS, QUERIES, VERSION
    ap = argparse.ArgumentParser(description="Build sqlmap_real.jsonl.gz from sqlmap's payload XML files.")
    ap.add_argument("out", nargs="?", help="output .jsonl.gz (default: CACHE/sqlmap_real.jsonl.gz)")
    ap.add_argument("--cache", default=DEFAULT_CACHE, help=f"download cache dir (default {DEFAULT_CACHE})")
    args = ap.parse_args()
    cache = os.path.abspath(args.cache)
    out_path = args.out or os.path.join(cache, "sqlmap_real.jsonl.gz")
    pkg = ensure_sqlmap(cache)
    xml = os.path.join(pkg, "sqlmap", "data", "xml")
    BOUNDARIES, TESTS, QUERIES = load_boundaries(xml), load_tests(xml), load_queries(xml)
    VERSION = sqlmap_version(os.path.join(pkg, "sqlmap", "lib", "core", "settings.py"))
    pool = defaultdict(list)  # technique -> rows
    seen = set()
    shape_seen = set()
    for tpl_i, (kind, tpl, orig) in enumerate(TEMPLATES):
        ptypes, clauses, _ = KINDS[kind]
        for t in TESTS:
            if not clause_fit(t["clause"], clauses):
                continue
            for b in BOUNDARIES:
                if b["ptype"] not in ptypes or not clause_fit(b["clause"], clauses):
                    continue
                # sqlmap test<->boundary matching
                if t["clause"] != [0] and b["clause"] != [0] and not (set(t["clause"]) & set(b["clause"])):
                    continue
                for where in t["where"]:
                    if where not in b["where"]:
                        continue
                    for _pass in range(INLINE_PASSES if t["stype"] == 3 else 1):
                        kb = new_kb()
                        for stage, core, comment, edbms in variants(t, kb, orig):
                            inp = build_input(core, orig, where, b, t["clause"], comment, edbms, kb)
                            if not breaks_out(kind, orig, inp):
                                continue
                            sql = tpl.replace("{}", inp, 1)
                            if sql in seen:
                                continue
                            shape = (tpl_i, re.sub(r"\d+", "0", inp))
                            if shape in shape_seen:
                                continue
                            seen.add(sql)
                            shape_seen.add(shape)
                            pool[TECH[t["stype"]]].append({
                                "sql": sql, "label": "attack", "family": "sqlmap_" + TECH[t["stype"]],
                                "template": tpl, "input": inp,
                                "boundary": {"id": b["id"], "prefix": b["prefix"] or "", "suffix": b["suffix"] or "",
                                             "ptype": b["ptype"], "clause": b["clause"], "level": b["level"]},
                                "payload_title": t["title"], "dbms": t["dbms"] or "generic",
                                "dbms_all": t["dbms_all"],
                                "slot_kind": kind, "where": where, "stage": stage,
                                "level": t["level"], "risk": t["risk"], "sqlmap_version": VERSION,
                            })
    # balanced sample: equal share per technique, round-robin over (slot_kind, stage) inside
    per = TARGET_ROWS // len(TECH)
    techs = sorted(pool)
    quota = {k: per for k in techs}
    # hand leftover quota of small techniques to big ones
    short = sum(max(0, per - len(pool[k])) for k in techs)
    while short > 0:
        big = [k for k in techs if len(pool[k]) > quota[k]]
        if not big:
            break
        for k in big:
            if short <= 0:
                break
            quota[k] += 1
            short -= 1
    out = []
    for k in techs:
        buckets = defaultdict(list)
        for r in pool[k]:
            buckets[(r["slot_kind"], r["stage"], r["dbms"] in ("PostgreSQL", "generic"))].append(r)
        for bk in buckets.values():
            rng.shuffle(bk)
        keys = sorted(buckets)
        rng.shuffle(keys)
        take = []
        q = min(quota[k], len(pool[k]))
        while len(take) < q:
            for key in keys:
                if buckets[key] and len(take) < q:
                    take.append(buckets[key].pop())
        out.extend(take)
    rng.shuffle(out)
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    # fixed gzip header (no file name, mtime 0) so that the file is byte-reproducible
    with open(out_path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        for r in out:
            f.write((json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8"))
    print("sqlmap version:", VERSION, file=sys.stderr)
    print("pool:", {k: len(v) for k, v in pool.items()}, file=sys.stderr)
    print("rows:", len(out), "->", out_path, file=sys.stderr)
    for fld in ("family", "slot_kind", "stage", "dbms"):
        print(fld, dict(Counter(r[fld] for r in out).most_common()), file=sys.stderr)


if __name__ == "__main__":
    main()
