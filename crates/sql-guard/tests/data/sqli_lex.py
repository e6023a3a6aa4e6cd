"""The small PostgreSQL lexer that labels the generated corpora
(make_holdout.py, make_fresh.py, make_sixth.py): one copy, imported.

Python 3.11 stdlib only.
"""
import re

WS = " \t\n\r\f"
OPCH = set("+-*/<>=~!@#%^&|`?")
ID_START = re.compile(r"[A-Za-z_\u0080-\U0010ffff]")
ID_CONT = re.compile(r"[A-Za-z0-9_$\u0080-\U0010ffff]")
DOLLAR_TAG = re.compile(r"\$([A-Za-z_\u0080-\U0010ffff][A-Za-z0-9_\u0080-\U0010ffff]*)?\$")
NUMBER = re.compile(r"(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def _scan_quoted(s, j, q, backslash):
    """j: index after the opening quote. Returns end index (exclusive) or -1."""
    n = len(s)
    while j < n:
        c = s[j]
        if backslash and c == "\\":
            j += 2
            continue
        if c == q:
            if j + 1 < n and s[j + 1] == q:
                j += 2
                continue
            return j + 1
        j += 1
    return -1


def lex(s):
    """List of (kind, start, end); kinds: ws comment str estr qident dollar
    param num word op punct bad."""
    out = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in WS:
            j = i
            while j < n and s[j] in WS:
                j += 1
            out.append(("ws", i, j)); i = j; continue
        if s.startswith("--", i):
            j = s.find("\n", i)
            j = n if j < 0 else j
            out.append(("comment", i, j)); i = j; continue
        if s.startswith("/*", i):
            depth, j = 1, i + 2
            while j < n and depth:
                if s.startswith("/*", j):
                    depth += 1; j += 2
                elif s.startswith("*/", j):
                    depth -= 1; j += 2
                else:
                    j += 1
            if depth:
                out.append(("bad", i, n)); i = n; continue
            out.append(("comment", i, j)); i = j; continue
        pre = None
        if c in "eE" and s.startswith("'", i + 1):
            pre, kind, q, bs = 1, "estr", "'", True
        elif c in "uU" and s.startswith("&'", i + 1):
            pre, kind, q, bs = 2, "str", "'", False
        elif c in "uU" and s.startswith('&"', i + 1):
            pre, kind, q, bs = 2, "qident", '"', False
        elif c in "bBxXnN" and s.startswith("'", i + 1):
            pre, kind, q, bs = 1, "str", "'", False
        elif c == "'":
            pre, kind, q, bs = 0, "str", "'", False
        elif c == '"':
            pre, kind, q, bs = 0, "qident", '"', False
        if pre is not None:
            j = _scan_quoted(s, i + pre + 1, q, bs)
            if j < 0:
                out.append(("bad", i, n)); i = n; continue
            out.append((kind, i, j)); i = j; continue
        if c == "$":
            m = DOLLAR_TAG.match(s, i)
            if m and not (out and out[-1][0] == "word" and out[-1][2] == i):
                tag = m.group(0)
                k = s.find(tag, m.end())
                if k < 0:
                    out.append(("bad", i, n)); i = n; continue
                out.append(("dollar", i, k + len(tag))); i = k + len(tag); continue
            m = re.compile(r"\$\d+").match(s, i)
            if m:
                out.append(("param", i, m.end())); i = m.end(); continue
        if c.isdigit() or (c == "." and i + 1 < n and s[i + 1].isdigit()):
            m = NUMBER.match(s, i)
            out.append(("num", i, m.end())); i = m.end(); continue
        if ID_START.match(c):
            j = i + 1
            while j < n and ID_CONT.match(s[j]):
                j += 1
            out.append(("word", i, j)); i = j; continue
        if c in OPCH:
            j = i
            while j < n and s[j] in OPCH and not s.startswith("--", j) and not s.startswith("/*", j):
                j += 1
            out.append(("op", i, max(j, i + 1))); i = max(j, i + 1); continue
        if s.startswith("::", i):
            out.append(("op", i, i + 2)); i += 2; continue
        out.append(("punct", i, i + 1)); i += 1
    return out
