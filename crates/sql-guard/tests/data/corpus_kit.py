"""Helpers shared by the corpus generators make_ninth.py to make_thirteenth.py,
which import this module (one copy instead of one per generator): the
PostgreSQL-like lexer that labels rows (lex, skeleton, statement_count),
literal escaping (esc, q), sqlmap-style CHR() spelling (chrs), small random
helpers (rword, rdate, randnum), the decorator registry for complex benign
generators, and the corpus bookkeeping (dedup against the earlier corpora,
numbering, deterministic gzip writing, the per-family summary).

The random helpers draw from the generator's own random.Random exactly as
the copies they replace did, so the corpora come out byte-identical.

Python 3.11 stdlib only.
"""
import gzip
import io
import json
import os
import re
from collections import Counter

# ---------------------------------------------------------------- lexer
BLANKS = " \t\n\r\f"
OPCHARS = set("+-*/<>=~!@#%^&|`?")
DOLLAR_TAG = re.compile(r"\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$")


def quoted_end(s, j, q, backslash):
    """j: index after the opening quote q. Returns the end index (exclusive) or None."""
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
    return None


def lex(s):
    """PostgreSQL-like tokens (kind, text).  Kinds: S string literal of any
    spelling, US unterminated one, Q quoted identifier, UQ unterminated one,
    C comment, N number, P $n parameter, W word (upper-cased), O operator run,
    X anything else, and ( ) [ ] , ; . : :: as themselves."""
    out, i, n = [], 0, len(s)
    while i < n:
        c = s[i]
        if c in BLANKS:
            i += 1
            continue
        if s.startswith("--", i):
            j = s.find("\n", i)
            j = n if j < 0 else j
            out.append(("C", s[i:j]))
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
            out.append(("C", s[i:j]))
            i = j
            continue
        glued = i > 0 and (s[i - 1].isalnum() or s[i - 1] in "_$")
        if not glued and s[i:i + 2].lower() == "u&" and i + 2 < n and s[i + 2] in "'\"":
            q = s[i + 2]
            j = quoted_end(s, i + 3, q, False)
            kind = "S" if q == "'" else "Q"
            out.append((kind if j else "U" + kind, s[i:j or n]))
            i = j or n
            continue
        if not glued and c in "eEbBxXnN" and i + 1 < n and s[i + 1] == "'":
            j = quoted_end(s, i + 2, "'", c in "eE")
            out.append(("S" if j else "US", s[i:j or n]))
            i = j or n
            continue
        if c in "'\"":
            j = quoted_end(s, i + 1, c, False)
            kind = "S" if c == "'" else "Q"
            out.append((kind if j else "U" + kind, s[i:j or n]))
            i = j or n
            continue
        if c == "$":
            m = re.match(r"\$\d+", s[i:])
            if m:
                out.append(("P", m.group(0)))
                i += len(m.group(0))
                continue
            m = DOLLAR_TAG.match(s, i)
            if m:
                tag = m.group(0)
                k = s.find(tag, i + len(tag))
                if k < 0:
                    out.append(("US", s[i:]))
                    i = n
                else:
                    out.append(("S", s[i:k + len(tag)]))
                    i = k + len(tag)
                continue
            out.append(("X", "$"))
            i += 1
            continue
        if c.isdigit() or (c == "." and i + 1 < n and s[i + 1].isdigit()):
            m = re.match(r"(\d[\d_]*)?(\.\d*)?([eE][+-]?\d+)?", s[i:])
            j = i + max(1, len(m.group(0)))
            out.append(("N", s[i:j]))
            i = j
            continue
        if c.isalpha() or c == "_" or ord(c) > 127:
            j = i
            while j < n and (s[j].isalnum() or s[j] in "_$" or ord(s[j]) > 127):
                j += 1
            out.append(("W", s[i:j].upper()))
            i = j
            continue
        if s.startswith("::", i):
            out.append(("::", "::"))
            i += 2
            continue
        if c in "()[],;.:":
            out.append((c, c))
            i += 1
            continue
        if c in OPCHARS:
            j = i
            while j < n and s[j] in OPCHARS and not s.startswith("--", j) and not s.startswith("/*", j):
                j += 1
            out.append(("O", s[i:j]))
            i = j
            continue
        out.append(("X", c))
        i += 1
    return out


def skeleton(s):
    """The token skeleton: literals collapsed to their kind, everything else kept."""
    return tuple(k if k in ("S", "US", "Q", "UQ", "N", "P", "C") else k + ":" + v for k, v in lex(s))


def statement_count(s):
    cnt, open_ = 0, False
    for k, _ in lex(s):
        if k == ";":
            cnt += open_
            open_ = False
        elif k != "C":
            open_ = True
    return cnt + open_


# ---------------------------------------------------------------- literals
def esc(typ, v):
    """Escape v correctly for a slot of type q '...', e E'...' or qi "..."."""
    if typ == "q":
        return v.replace("'", "''")
    if typ == "e":
        return v.replace("\\", "\\\\").replace("'", "''")
    if typ == "qi":
        return v.replace('"', '""')
    return v


def q(s):
    return "'" + s.replace("'", "''") + "'"


def chrs(s, sep="||", fn="CHR"):
    """sqlmap's PostgreSQL string escaping: 'abc' -> (CHR(97)||CHR(98)||CHR(99))."""
    return "(" + sep.join("%s(%d)" % (fn, ord(c)) for c in s) + ")"


# ---------------------------------------------------------------- random helpers (r: random.Random)
def rdate(r, lo=2019, hi=2025):
    return "%d-%02d-%02d" % (r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def rword(r, k=4, upper=False):
    w = "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(k))
    return w.upper() if upper else w


def randnum(r):
    return r.randint(1000, 9999)


# ---------------------------------------------------------------- complex benign generators
def registry():
    """(G, add): @add(name, family) appends (name, family, function) to G."""
    G = []

    def add(name, fam):
        def deco(f):
            G.append((name, fam, f))
            return f
        return deco
    return G, add


# ---------------------------------------------------------------- corpus bookkeeping
def load_earlier(here, names):
    """The sql texts of the earlier corpora NAME.jsonl.gz in the folder here (those present)."""
    earlier = set()
    for name in names:
        p = os.path.join(here, name + ".jsonl.gz")
        if os.path.exists(p):
            with gzip.open(p, "rt", encoding="utf-8") as fh:
                for line in fh:
                    earlier.add(json.loads(line)["sql"])
    return earlier


class Collector:
    """The rows of one corpus.  emit() adds a row unless its text was emitted
    already or occurs in an earlier corpus (counted in skipped by family)."""

    def __init__(self, earlier):
        self.earlier = earlier
        self.rows, self.seen = [], set()
        self.skipped = Counter()

    def emit(self, sql, label, family, template, inp, inputs, variant, dbms="PostgreSQL"):
        if sql in self.seen:
            return False
        if sql in self.earlier:
            self.skipped[family] += 1
            return False
        self.seen.add(sql)
        self.rows.append({"sql": sql, "label": label, "family": family, "template": template, "input": inp, "inputs": inputs,
                          "variant": variant, "dbms": dbms, "multi_statement": statement_count(sql) > 1})
        return True


def write_corpus(out_path, rows, id_fmt, split):
    """Number the rows (id_fmt % index), tag their split and write them as
    gzipped JSON lines with a fixed mtime, so the bytes are reproducible.
    Returns the written dicts."""
    out = []
    for i, row in enumerate(rows):
        d = {"id": id_fmt % i}
        d.update(row)
        d["split"] = split
        out.append(d)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0) as gz:
        for d in out:
            gz.write((json.dumps(d, ensure_ascii=False) + "\n").encode("utf-8"))
    with open(out_path, "wb") as fh:
        fh.write(buf.getvalue())
    return out


def print_summary(out, targets, skipped):
    """Rows per (label, family), flagging families off target; targets are
    dicts family -> count, the first with a non-zero entry wins."""
    c = Counter((d["label"], d["family"]) for d in out)
    print("rows", len(out), dict(Counter(d["label"] for d in out)))
    for k in sorted(c):
        want = None
        for t in targets:
            want = t.get(k[1])
            if want:
                break
        print("%-7s %-28s %4d%s" % (k[0], k[1], c[k], "" if c[k] == want else "  (target %s)" % want))
    if skipped:
        print("skipped (text in an earlier corpus):", dict(skipped))


# ---------------------------------------------------------------- slot editing (make_twelfth.py, make_thirteenth.py)
STRING_TYPES = ("q", "e", "d", "qi")


def closers(tag):
    """The closing quote of each string slot type, the dollar slot's by its tag."""
    return {"q": "'", "e": "'", "d": tag, "qi": '"'}


def segments(s, typ, closer):
    """(text, editable) pieces of what the user typed: literals and comments
    the input opens are not editable, nor the start of the input that still
    lies inside the slot's own literal (closer: each string slot type's
    closing quote, see closers)."""
    out, i, n = [], 0, len(s)
    if typ in STRING_TYPES:
        cl = closer[typ]
        j = s.find(cl)
        if j < 0:
            return [(s, False)]
        out.append((s[:j + len(cl)], False))
        i = j + len(cl)
    buf = []
    while i < n:
        c = s[i]
        end = None
        glued = i > 0 and (s[i - 1].isalnum() or s[i - 1] in "_$")
        if s.startswith("--", i):
            end = s.find("\n", i)
            end = n if end < 0 else end
        elif s.startswith("/*", i):
            end = s.find("*/", i + 2)
            end = n if end < 0 else end + 2
        elif c in "'\"":
            bs = i > 0 and s[i - 1] in "eE" and not (i > 1 and (s[i - 2].isalnum() or s[i - 2] == "_"))
            end = quoted_end(s, i + 1, c, bs) or n
        elif c == "$" and not glued:
            m = DOLLAR_TAG.match(s, i)
            if m:
                k = s.find(m.group(0), i + len(m.group(0)))
                end = n if k < 0 else k + len(m.group(0))
        if end is None:
            buf.append(c)
            i += 1
            continue
        if buf:
            out.append(("".join(buf), True))
            buf = []
        # keep a string prefix (E, U&, B, X) with its literal
        if c in "'\"" and out and out[-1][1]:
            m = re.search(r"(?<![A-Za-z0-9_])([eEbBxXnN]|[uU]&)$", out[-1][0])
            if m:
                t = out[-1][0]
                out[-1] = (t[:m.start()], True)
                out.append((t[m.start():] + s[i:end], False))
                i = end
                continue
        out.append((s[i:end], False))
        i = end
    if buf:
        out.append(("".join(buf), True))
    return out


def edit(s, typ, fn, closer):
    segs = segments(s, typ, closer)
    return "".join(fn(t, idx, len(segs)) if e else t for idx, (t, e) in enumerate(segs))


# ---------------------------------------------------------------- payload helpers (make_eleventh.py to make_thirteenth.py)
def strip_andor(core):
    return re.sub(r"^(AND|OR|and|or)\s+", "", core)


def nulls(n, pos=None, val=None):
    cols = ["NULL"] * n
    if pos is not None:
        cols[pos] = val
    return ",".join(cols)


def rstr(r, k=4):
    """randomStr(): upper- and lower-case ASCII letters."""
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(k))
