"""Helpers shared by the corpus generators make_ninth.py to make_fourteenth.py,
which import this module (one copy instead of one per generator): the
PostgreSQL-like lexer that labels rows (lex, skeleton, statement_count),
literal escaping (esc, q, and the wrong ways of the escape-bypass rows),
sqlmap-style CHR() spelling (chrs), small random helpers (rword, rdate, rts,
randnum, rstr), the decorator registry for complex benign generators, the
corpus bookkeeping (dedup against the earlier corpora, numbering,
deterministic gzip writing, the per-family summary), the application
templates (render, reference skeletons, what a slot's surroundings are),
the family mix every corpus aims at, and the assembly of a corpus of filled
templates (SlotCorpus) with the sqlmap, hand-written and obfuscated
techniques the newer generators share.

The random helpers draw from the generator's own random.Random exactly as
the copies they replace did, so the corpora come out byte-identical.

Python 3.11 stdlib only.
"""
import functools
import gzip
import io
import json
import os
import re
import sys
from collections import Counter, namedtuple
from dataclasses import dataclass
from typing import Callable

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


# the wrong escapes of the escape-bypass rows
def double_quotes(v):
    """Quote doubling alone (what an E'' literal needs backslashes escaped for too)."""
    return v.replace("'", "''")


def backslash_quotes(v):
    """A quote escaped by a backslash (which a standard string does not honour)."""
    return v.replace("'", "\\'")


def addslashes(v):
    """PHP's addslashes(): backslash, quote and double quote escaped by a backslash."""
    return v.replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"')


# ---------------------------------------------------------------- random helpers (r: random.Random)
def rdate(r, lo=2019, hi=2025):
    return "%d-%02d-%02d" % (r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def rword(r, k=4, upper=False):
    w = "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(k))
    return w.upper() if upper else w


def randnum(r):
    return r.randint(1000, 9999)


def rts(r, lo=2021, hi=2026):
    """A timestamp 'YYYY-MM-DD hh:mm:ss' in the years lo to hi."""
    return "%s %02d:%02d:%02d" % (rdate(r, lo, hi), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


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


def regress_list(tag, fixed):
    """(rows, add) for a regress_rows(): the fixed (file, statement) pairs as
    ("<tag>:<file>.sql", statement), and add(file, statement) for more."""
    rows = [("%s:%s.sql" % (tag, f), s) for f, s in fixed]
    return rows, lambda f, s: rows.append(("%s:%s.sql" % (tag, f), s))


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


# ---------------------------------------------------------------- slot editing (make_twelfth.py on)
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


def slot_editing(closer):
    """(segments, edit) for a corpus whose string slots close with closer (closers)."""
    return functools.partial(segments, closer=closer), functools.partial(edit, closer=closer)


def without_spaces(segs, typ, squeeze):
    """obf_nospace: the pieces (segments) joined again, each editable one
    squeezed by squeeze(text) and stripped of its outer spaces -- but for the
    start of the input outside a string slot, and before a piece a space
    must keep apart (a $tag$, a prefixed string such as E'...' or U&'...')."""
    parts = []
    for i, (t, e) in enumerate(segs):
        if e:
            t = squeeze(t)
            if i > 0 or typ in STRING_TYPES:
                t = t.lstrip(" ")
            if i + 1 < len(segs) and not re.match(r"(\$|[eEbBxXnN]'|[uU]&)", segs[i + 1][0]):
                t = t.rstrip(" ")
        parts.append(t)
    return "".join(parts)


# ---------------------------------------------------------------- payload helpers (make_eleventh.py on)
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


# ---------------------------------------------------------------- sqlmap's spelling (make_twelfth.py on)
# its first enumeration queries on PostgreSQL (queries.xml) and their switches
SQLMAP_FINGERPRINT = [("VERSION()", "--banner"), ("CURRENT_USER", "--current-user"), ("CURRENT_SCHEMA()", "--current-db"),
                      ("INET_SERVER_ADDR()", "--hostname"), ("(SELECT usesuper=true FROM pg_user WHERE usename=CURRENT_USER OFFSET 0 LIMIT 1)", "--is-dba")]


def union_request(r, most, null_weight, all_weight, negative_share):
    """What every UNION query request of sqlmap's starts from: (n, pos,
    filler, cols, kw, label, where) -- n columns (1 to most), the column pos
    its marker goes in, the filler of the others (NULL, or once in
    null_weight + 1 a random number) and the list cols of n fillers, the
    keyword (UNION ALL SELECT, or once in all_weight + 1 UNION SELECT), the
    column range its test title names ("1 to 10"), where (2: the original
    value replaced by a negative one, with the share negative_share; else 1)."""
    n = r.randint(1, most)
    pos = r.randrange(n)
    filler = r.choice(["NULL"] * null_weight + [str(randnum(r))])
    kw = r.choice(["UNION ALL SELECT"] * all_weight + ["UNION SELECT"])
    lo = (n - 1) // 10 * 10 + 1
    where = 2 if r.random() < negative_share else 1
    return n, pos, filler, [filler] * n, kw, "%d to %d" % (lo, lo + 9), where


def marked(exprs, start, sep, end):
    """sqlmap's UNION column reading several expressions: start||e1||sep||e2||...||end."""
    parts = [start]
    for i, e in enumerate(exprs):
        if i:
            parts.append(sep)
        parts.append(e)
    parts.append(end)
    return "||".join(parts)


def sqlmap_delays(R, T, INF, vector):
    """sqlmap's PostgreSQL delay pieces: (H, SL, CW, HQ) -- the heavy query's
    row count for T seconds, PG_SLEEP(T) as a subquery, CW(x): x inside the
    inference's CASE (ELSE R) for a vector request, x itself for detection,
    and the heavy query."""
    H = "%d000000" % T
    SL = "(SELECT %d FROM PG_SLEEP(%d))" % (R, T)
    CW = lambda then: "(CASE WHEN (%s) THEN %s ELSE %d END)" % (INF, then, R) if vector else then
    return H, SL, CW, "(SELECT COUNT(*) FROM GENERATE_SERIES(1,%s))" % H


def bisection(v):
    """The values sqlmap's bisection compares a code point with on its way to v (0 to 127)."""
    lo, hi, seen = 0, 127, []
    while lo < hi:
        mid = (lo + hi) // 2
        seen.append(mid)
        lo, hi = (mid + 1, hi) if v > mid else (lo, mid)
    return seen


# ---------------------------------------------------------------- application templates (make_ninth.py on)
# A template is (name, text, {slot: spec}), the slot written {slot} in the
# text; spec is (type, the template's own values[, "typed:KIND" or an
# option[, what closes the slot for a breakout]]).  Slot types: q '...',
# e E'...', d $tag$...$tag$, qi "...", n number, list (numbers joined with
# commas), bool, col (ORDER BY expression), dir (ASC/DESC), ident (part of
# a bare identifier).
SLOT_RE = re.compile(r"\{([a-f])\}")


def spec(tpl, slot):
    return tpl[2][slot]


def kind(tpl, slot):
    """The value kind of a typed slot ('' for a free one)."""
    s = spec(tpl, slot)
    return s[2][6:] if len(s) > 2 and s[2].startswith("typed:") else ""


def opts(tpl, slot):
    """The option of a slot in make_tenth.py's and make_eleventh.py's
    templates: "typed" (the literal is read as a typed value), "nodq" (a
    jsonpath or XPath string) or ''."""
    return tpl[2][slot][2] if len(tpl[2][slot]) > 2 else ""


def render(tpl, fills, raw=(), escf=None):
    """The template with its slots filled: slots named in raw go in as typed,
    the others escaped for their literal (or by escf[slot])."""
    def fill(m):
        k = m.group(1)
        if k in raw:
            return fills[k]
        if escf and k in escf:
            return escf[k](fills[k])
        return esc(spec(tpl, k)[0], fills[k])
    return SLOT_RE.sub(fill, tpl[1])


def by_template(fn):
    """fn(tpl, *args), worked out once for each template name and args."""
    memo = {}

    @functools.wraps(fn)
    def remembered(tpl, *args):
        key = (tpl[0],) + args
        if key not in memo:
            memo[key] = fn(tpl, *args)
        return memo[key]
    return remembered


def ref_skeletons(tpl, canon, render=render):
    """The skeletons of the template's benign fills: each slot in turn takes
    its own values and canon[its type] (values every slot of a type accepts),
    the other slots their first value."""
    base = {k: v[1][0] for k, v in tpl[2].items()}
    out = set()
    for k, sp in tpl[2].items():
        for v in list(sp[1]) + canon[sp[0]]:
            f = dict(base)
            f[k] = v
            out.add(skeleton(render(tpl, f)))
    return out


def slot_split(tpl, slot, closer, render=render):
    """The template text on either side of a slot, the other slots at their
    first value: (pre, post, toks, rest), toks the tokens of pre without
    comments and without the literal the slot itself opens, rest what
    follows the slot's closing quote (all of post for a slot of no literal)."""
    typ = tpl[2][slot][0]
    f = {k: v[1][0] for k, v in tpl[2].items()}
    f[slot] = "\x00"
    text = render(tpl, f, raw=(slot,))
    i = text.index("\x00")
    pre, post = text[:i], text[i + 1:]
    toks = [t for t in lex(pre) if t[0] != "C"]
    if typ in STRING_TYPES and toks and toks[-1][0] in ("US", "UQ"):
        toks = toks[:-1]
    rest = post
    if typ in STRING_TYPES:
        j = post.find(closer[typ])
        rest = post[j + len(closer[typ]):]
    return pre, post, toks, rest


def open_brackets(toks):
    """The brackets still open after the tokens toks, outermost first:
    (closing brackets, the word before each or '', whether each starts a
    subquery, i.e. SELECT, WITH or VALUES follows it)."""
    stack, ctx, subq = [], [], []
    for idx, (k, _) in enumerate(toks):
        if k in "([":
            stack.append(")" if k == "(" else "]")
            ctx.append(toks[idx - 1][1] if idx and toks[idx - 1][0] == "W" else "")
            subq.append(idx + 1 < len(toks) and toks[idx + 1][1] in ("SELECT", "WITH", "VALUES"))
        elif k in ")]" and stack:
            stack.pop()
            ctx.pop()
            subq.pop()
    return stack, ctx, subq


def carries_meaning(text):
    """Whether SQL text holds a word, number, parameter or literal (the type
    name after :: does not count): template text a comment cuts off then
    changes the statement."""
    skip = False
    for k, _ in lex(text):
        if skip:
            skip = False
            continue
        if k == "::":
            skip = True
            continue
        if k in ("W", "N", "P", "S", "Q"):
            return True
    return False


def slot_facts(tpl, slot, closer, clauses, limit_clauses=("LIMIT", "OFFSET")):
    """What a breakout into a slot has to know (make_twelfth.py on): the
    brackets open around it (closers, innermost first; ctx, the word before
    each, outermost first; cond_k, how many of the innermost hold no
    subquery), the statement's first word (lead), the words before the slot
    and the clause among clauses it sits in, whether template text after it
    carries meaning, the template's own values an attacker would type in
    front of a payload (orig: none that would close the slot early), whether
    it is the lower bound of a BETWEEN or next to a LIKE wildcard, and the
    slot's own closing text (cut)."""
    pre, post, toks, rest = slot_split(tpl, slot, closer)
    stack, ctx, subq = open_brackets(toks)
    cond_k = 0
    for sq in reversed(subq):
        if sq:
            break
        cond_k += 1
    words = [v for k, v in toks if k == "W"]
    clause = next((w for w in reversed(words) if w in clauses), "")
    sp = spec(tpl, slot)
    typ = sp[0]
    return {"type": typ, "closers": "".join(reversed(stack)), "ctx": ctx, "cond_k": cond_k, "slice": "]" in stack,
            "lead": next((v for k, v in lex(tpl[1]) if k == "W"), ""), "words": words, "clause": clause,
            "prev_word": words[-1] if words else "", "tail_means": carries_meaning(rest),
            "orig": [v for v in sp[1] if typ not in closer or closer[typ] not in v] or ["x"], "kind": kind(tpl, slot),
            "between_lo": bool(words) and words[-1] in ("BETWEEN", "SYMMETRIC"), "like": pre.endswith("%") or post.startswith("%"),
            "cut": sp[3] if len(sp) > 3 else None, "template": tpl[0], "from_table": clause == "FROM" and typ in ("qi", "ident"),
            "in_order": clause == "ORDER", "in_limit": clause in limit_clauses}


def dollar_safe(tag, runs_into=False):
    """A SlotCorpus allowed(): no NUL in a benign value, nor in a $tag$ slot
    its closing tag (with runs_into, nor an end that would run into the
    closing tag: the tag but its last $, or a $)."""
    def allowed(tpl, slot, val):
        if spec(tpl, slot)[0] == "d" and (tag in val or runs_into and (val.endswith(tag[:-1]) or val.endswith("$"))):
            return False
        return "\x00" not in val
    return allowed


def opts_safe(tag):
    """A SlotCorpus allowed() for templates with opts: not the closing tag in
    a $tag$ slot, no double quote or backslash in a "nodq" one."""
    def allowed(tpl, slot, val):
        if tpl[2][slot][0] == "d" and tag in val:
            return False
        return not (opts(tpl, slot) == "nodq" and ('"' in val or "\\" in val))
    return allowed


SlotGroups = namedtuple("SlotGroups", "string typed numeric identifier")


def slot_groups(pairs):
    """The (template, slot) pairs by what a benign value for them is: string
    slots read as plain text, slots read as a typed value (kind), number and
    list slots, col, dir and ident slots."""
    return SlotGroups([(t, k) for t, k in pairs if spec(t, k)[0] in STRING_TYPES and not kind(t, k)],
                      [(t, k) for t, k in pairs if kind(t, k)],
                      [(t, k) for t, k in pairs if spec(t, k)[0] in ("n", "list")],
                      [(t, k) for t, k in pairs if spec(t, k)[0] in ("col", "dir", "ident")])


def fitting(si, cores, modes):
    """The cores (name, mode, core, dbms) whose mode has a form for the slot
    (modes: slot type -> the modes it takes)."""
    return [c for c in cores if c[1] in modes[si["type"]]]


# ---------------------------------------------------------------- benign inputs (make_twelfth.py on): (template, slot, value) or None
def number_input(r, num_pairs, seps, hi, most, scalar, refused):
    """A number or list slot and a value for it: a list of up to most numbers
    from 1 to hi joined by one of seps, or a number scalar(r) unless
    refused(tpl, slot, value)."""
    tpl, slot = r.choice(num_pairs)
    if spec(tpl, slot)[0] == "list":
        return tpl, slot, r.choice(seps).join(str(r.randint(1, hi)) for _ in range(r.randint(1, most)))
    val = scalar(r)
    return None if refused(tpl, slot, val) else (tpl, slot, val)


def identifier_input(r, id_pairs, canon):
    """A col, dir or ident slot and one of its own values (or of canon's for a dir slot)."""
    tpl, slot = r.choice(id_pairs)
    typ = spec(tpl, slot)[0]
    return tpl, slot, r.choice(spec(tpl, slot)[1] + (canon[typ] if typ == "dir" else []))


def typed_input(r, typed_pairs, fam, typed_value):
    """A typed slot and a value of its kind, typed_value(r, kind) -> (value,
    family), if that value is of family fam."""
    tpl, slot = r.choice(typed_pairs)
    val, f2 = typed_value(r, kind(tpl, slot))
    return (tpl, slot, val) if f2 == fam else None


def text_input(r, str_pairs, fam, pools, sents, formatted, plain_share, qi_families):
    """A plain string slot and a value of family fam for it (none for a
    quoted identifier unless fam is in qi_families): a few of the sentences
    sents as long text, half the formatted values from formatted(r), a share
    of the plain ones made of two pool entries, else one from pools[fam]."""
    tpl, slot = r.choice(str_pairs)
    if spec(tpl, slot)[0] == "qi" and fam not in qi_families:
        return None
    if fam == "input_long_text":
        return tpl, slot, " ".join(r.sample(sents, r.randint(2, 5)))
    if fam == "input_formatted" and r.random() < 0.5:
        return tpl, slot, formatted(r)
    if fam == "input_plain" and r.random() < plain_share:
        return tpl, slot, r.choice(pools["input_plain"]).split()[0] + " " + r.choice(pools["input_plain"]).split()[-1]
    return tpl, slot, r.choice(pools[fam])


# ---------------------------------------------------------------- the family mix (every corpus from the ninth on)
ATTACK_TARGET = {"sqlmap_time_blind": 243, "sqlmap_boolean_blind": 228, "sqlmap_error_based": 176, "sqlmap_stacked_queries": 93,
    "sqlmap_union_query": 69, "sqlmap_inline_query": 19, "tautology": 63, "stacked": 52, "oob_file_program": 38, "time_pg_sleep": 33,
    "boolean_blind": 32, "comment_truncation": 30, "error_cast": 30, "obf_whitespace": 27, "obf_case_mix": 26, "obf_nospace": 26,
    "obf_inline_comment": 25, "dollar_quote": 25, "e_escape": 20, "plpgsql_do_exec": 20, "union": 18, "string_concat_subquery": 18,
    "escape_bypass_backslash": 5}
# from the tenth on
INPUT_TARGET = {"input_numeric": 160, "input_formatted": 150, "input_plain": 76, "input_unicode": 35, "input_long_text": 34,
    "input_punctuation": 28, "input_apostrophe_names": 25, "input_sql_words": 23, "input_json_text": 22, "input_whitespace": 21,
    "input_url_email": 20, "input_numeric_string": 18, "input_identifier": 6}
COMPLEX_TARGET = {"complex_orm_generated": 80, "complex_builtin_funcs": 80, "complex_comments_hints": 60, "complex_cte_window": 43,
    "complex_query_builder": 40, "complex_migration_script": 40, "complex_union_report": 21, "complex_batch_insert": 20,
    "complex_maintenance_admin": 20, "complex_transactions": 20, "complex_copy_stdin": 17, "complex_ddl_migration": 17,
    "complex_orm_introspection": 8, "complex_parameterized": 4, "complex_plpgsql_body": 5, "complex_search_complex": 4}
ESCAPED_TARGET = 103
REGRESS_TARGET = 298
SQLMAP_FAMILIES = ["sqlmap_time_blind", "sqlmap_boolean_blind", "sqlmap_error_based", "sqlmap_stacked_queries", "sqlmap_union_query", "sqlmap_inline_query"]
HAND_FAMILIES = ["tautology", "stacked", "oob_file_program", "time_pg_sleep", "boolean_blind", "error_cast", "dollar_quote", "e_escape",
                 "plpgsql_do_exec", "union", "string_concat_subquery"]
OBF_FAMILIES = ["obf_whitespace", "obf_case_mix", "obf_nospace", "obf_inline_comment"]


# ---------------------------------------------------------------- techniques (make_twelfth.py on)

def union_in_query(si):
    """Sqlmap's union_fits for most generators: a UNION tail is sent to a
    slot in a query, not in ORDER BY, LIMIT, a VALUES list, nor in an
    identifier."""
    return si["select"] and not (si["in_order"] or si["in_limit"] or si["in_values"] or si["type"] in ("col", "dir", "ident"))


def misfit_share(share):
    """Sqlmap's misfit: sqlmap probes conditions where none can be appended
    too, but mostly in vain (a test sent there survives with 1 - share)."""
    def misfit(r, si, place):
        return place in ("cond", "order") and not si["cond_ok"] and not si["in_order"] and r.random() < share
    return misfit

@dataclass
class Sqlmap:
    """One corpus's model of sqlmap against PostgreSQL, for sqlmap_payload.

    tests(r, vector): the test catalogue, (family, title, dbms, place, where,
    payload, needs a comment, tag) each; union(r, vector): a UNION query
    request (title, dbms, payload, where); takeover(r): (switch, stacked
    statements); value(r, si, orig, place, where, payload, need_comment): the
    parameter value with a boundary, or None; tamper(r, name, value, slot
    type) with the tamper scripts tampers.  union_fits(si): whether a UNION
    request is sent to the slot; misfit(r, si, place): whether a test is
    dropped there (besides a condition in ORDER BY or LIMIT, mostly dropped).
    The shares: vector requests among all, takeover statements among the
    stacked queries, tampered requests."""
    tests: Callable
    union: Callable
    takeover: Callable
    value: Callable
    tamper: Callable
    tampers: list
    union_fits: Callable
    misfit: Callable
    vector_share: float
    takeover_share: float
    tamper_share: float


def sqlmap_payload(r, si, fam, sm):
    """(value, variant, dbms) of one sqlmap request of family fam against the
    slot si describes, or None where sqlmap would not send it (sm: Sqlmap)."""
    orig = r.choice(si["orig"])
    vector = r.random() < sm.vector_share
    if fam == "sqlmap_union_query":
        if not sm.union_fits(si):
            return None
        title, dbms, pl, where = sm.union(r, vector)
        val = sm.value(r, si, orig, "union", where, pl, True)
        tag = ":vector" if vector else ":detection"
    elif fam == "sqlmap_stacked_queries" and r.random() < sm.takeover_share:
        title, pl = sm.takeover(r)
        dbms, tag = "PostgreSQL", ":takeover"
        val = sm.value(r, si, orig, "stack", 1, pl, True)
    else:
        tests = [x for x in sm.tests(r, vector) if x[0] == fam]
        _, title, dbms, place, where, pl, need_c, tag = r.choice(tests)
        if place == "cond" and (si["in_order"] or si["in_limit"]) and si["type"] not in ("col", "dir") and r.random() < 0.8:
            return None
        if sm.misfit(r, si, place):
            return None
        val = sm.value(r, si, orig, place, where, pl, need_c)
    if val is None:
        return None
    variant = "sqlmap:%s%s" % (title, tag)
    if r.random() < sm.tamper_share:
        tname = r.choice(sm.tampers)
        v2 = sm.tamper(r, tname, val, si["type"])
        if v2 != val:
            val, variant = v2, variant + ":tamper=" + tname
    return val, variant, dbms


def hand_payload(r, si, fam, cores, fitting, breakout):
    """(name, payload, dbms) of a hand-written technique of family fam typed
    into the slot si describes, or None where it has no form there: a core
    (name, mode, core, dbms) among cores(r, fam) that fitting(si, cores)
    keeps, broken out of the slot by breakout(r, si, orig, mode, core)."""
    if fam == "tautology" and si["type"] in ("col", "dir", "ident"):
        return None
    cands = fitting(si, cores(r, fam))
    if not cands:
        return None
    name, mode, core, dbms = r.choice(cands)
    pl = breakout(r, si, r.choice(si["orig"]), mode, core)
    return None if pl is None else (name, pl, dbms)


def quoted_ident_breakout(r, si, orig, mode, core, close_all, tail):
    """A breakout from a "..." slot (make_twelfth.py on): a stacked statement,
    or in ORDER BY one more expression; None for another mode.  close_all:
    what closes the brackets around the slot; tail(): what ends the input."""
    if mode == "stack":
        return orig + '"' + close_all + r.choice([";", "; "]) + core + r.choice([";", ""]) + tail()
    if mode in ("order", "cond") and si["in_order"]:
        ex = core if mode == "order" else "(CASE WHEN %s THEN 1 ELSE 1/0 END)" % strip_andor(core)
        return orig + '", ' + ex + tail()
    return None


# ---------------------------------------------------------------- assembly of a corpus of filled templates (make_ninth.py on)
class SlotCorpus:
    """The rows of a corpus of filled application templates.

    Labelling: a filled template is an attack only when its token skeleton
    (lex: literals collapsed to their kind, everything else kept) is none of
    the skeletons of the template's benign fills (ref_skeletons), i.e. the
    input stopped being the single token its slot expects; comment-truncation
    rows must in addition comment out template text that carries meaning.
    Attack strings escaped correctly for their slot are benign
    (escaped_attack_string); the escape_bypass_backslash rows are escaped the
    wrong way for their literal.  Rows whose text is in an earlier corpus are
    skipped (Collector).

    rng: the generator's random.Random, drawn from in the order the
    generator's own loops did; closer: each string slot type's closing quote
    (closers); render, ref_skeletons and slot_info: the generator's;
    allowed(tpl, slot, value): whether a benign value may go into the slot
    at all."""

    def __init__(self, rng, earlier, templates, closer, render, ref_skeletons, slot_info, allowed=None):
        self.rng = rng
        self.collector = Collector(earlier)
        self.rows, self.emit = self.collector.rows, self.collector.emit
        self.templates, self.closer = templates, closer
        self.by_name = {t[0]: t for t in templates}
        self.pairs = [(t, k) for t in templates for k in sorted(t[2])]
        self.render, self.ref_skeletons, self.slot_info = render, ref_skeletons, slot_info
        self.allowed = allowed or (lambda tpl, slot, val: True)
        self.payloads = []          # (payload, variant) of attacks, for the escaped rows

    def pick(self):
        """A template, then one of its slots (so templates with few slots are not starved)."""
        tpl = self.rng.choice(self.templates)
        return tpl, self.rng.choice(sorted(tpl[2]))

    def fills(self, tpl):
        return {k: self.rng.choice(v[1]) for k, v in tpl[2].items()}

    def attack(self, tpl, slot, payload, family, variant, dbms="PostgreSQL", escf=None, need_tail=False):
        """Emit the template with payload typed into slot (the others at one
        of their own values) as an attack row, unless it stayed inside its
        literal or, with need_tail, nothing meaningful follows the slot."""
        f = self.fills(tpl)
        f[slot] = payload
        sql = self.render(tpl, f, escf=escf) if escf else self.render(tpl, f, raw=(slot,))
        if skeleton(sql) in self.ref_skeletons(tpl):
            return False
        if need_tail and not self.slot_info(tpl, slot)["tail_means"]:
            return False
        return self.emit(sql, "attack", family, tpl[0], payload, [f[k] for k in sorted(tpl[2])], variant, dbms)

    def benign(self, tpl, slot, val, family, variant):
        """Emit the template with val escaped into slot as a benign row, if
        the slot takes it and it stays a single token there."""
        if not self.allowed(tpl, slot, val):
            return False
        f = self.fills(tpl)
        f[slot] = val
        sql = self.render(tpl, f)
        if skeleton(sql) not in self.ref_skeletons(tpl):
            return False
        return self.emit(sql, "benign", family, tpl[0], val, [f[k] for k in sorted(tpl[2])], variant)

    @staticmethod
    def fill(target, attempt, tries):
        """Call attempt() until it has returned true target times or has been
        called tries times; the number of successes."""
        got = n = 0
        while got < target and n < tries:
            n += 1
            if attempt():
                got += 1
        return got

    def technique_attacks(self, families, payload, tries=80000):
        """Attack rows of each family: payload(si, fam) gives (value, variant,
        dbms, the variant the value is kept under for the escaped rows) for
        the slot si describes, or None."""
        for fam in families:
            def attempt():
                tpl, slot = self.pick()
                res = payload(self.slot_info(tpl, slot), fam)
                if res is None or not self.attack(tpl, slot, res[0], fam, res[1], res[2]):
                    return False
                self.payloads.append((res[0], res[3]))
                return True
            self.fill(ATTACK_TARGET[fam], attempt, tries)

    def obfuscated_attacks(self, bases, hand, sqlmap, obfuscate, tries=80000):
        """Attack rows of the obfuscation families: a payload of a base
        family drawn from bases ("sqlmap": a request of one of the first five
        sqlmap families, untampered), reshaped by obfuscate(r, fam, payload,
        slot type) outside its literals and comments."""
        for fam in OBF_FAMILIES:
            def attempt():
                tpl, slot = self.pick()
                si = self.slot_info(tpl, slot)
                base = self.rng.choice(bases)
                if base == "sqlmap":
                    res = sqlmap(self.rng, si, self.rng.choice(SQLMAP_FAMILIES[:5]))
                    if res is None or ":tamper=" in res[1]:
                        return False
                    pl, name, dbms = res[0], res[1][7:], res[2]
                else:
                    res = hand(self.rng, si, base)
                    if res is None:
                        return False
                    name, pl, dbms = res
                pl2 = obfuscate(self.rng, fam, pl, si["type"])
                return pl2 != pl and self.attack(tpl, slot, pl2, fam, "%s:%s:%s" % (fam, base, name), dbms)
            self.fill(ATTACK_TARGET[fam], attempt, tries)

    def truncation_attacks(self, style, origs, spaces, number_types=("n", "list"), tries=80000):
        """comment_truncation rows: the slot closed (its quote, then mostly
        the brackets around it) and the rest of the statement commented out
        by style(r) -> (style name, comment), after one of the slot's own
        values or, in a q or e slot, one of origs, and one of spaces."""
        def attempt():
            tpl, slot = self.pick()
            si = self.slot_info(tpl, slot)
            if not si["tail_means"] or si["between_lo"]:
                return False
            typ, cl = si["type"], si["closers"]
            orig = self.rng.choice(si["orig"] + (origs if typ in ("q", "e") else []))
            name, c = style(self.rng)
            full = si["cut"] if si["cut"] is not None else cl
            if typ in STRING_TYPES:
                close = self.closer[typ] + (full if self.rng.random() < 0.85 else "")
            elif typ in number_types:
                close = full if full and self.rng.random() < 0.8 else ""
            else:
                close = ""
            pl = orig + close + self.rng.choice(spaces) + c
            if not self.attack(tpl, slot, pl, "comment_truncation", "comment_truncation:%s:%s" % (typ, name), need_tail=True):
                return False
            self.payloads.append((pl, "comment_truncation:%s" % name))
            return True
        self.fill(ATTACK_TARGET["comment_truncation"], attempt, tries)

    def attacks(self, sm, hand, obf_bases, obfuscate, truncation, bypass):
        """The attack rows of make_twelfth.py on, technique by technique:
        sqlmap requests (sm: the corpus's Sqlmap), hand-written ones
        (hand(r, si, fam), see hand_payload), both obfuscated
        (obfuscated_attacks), comment truncation (truncation: the keyword
        arguments of truncation_attacks) and the escape bypasses (bypass: see
        escape_bypass)."""
        sqlmap = functools.partial(sqlmap_payload, sm=sm)

        def sqlmap_request(si, fam):
            res = sqlmap(self.rng, si, fam)
            return res and res + ("%s:%s" % (fam, res[1].split(":")[1]),)

        def hand_written(si, fam):
            res = hand(self.rng, si, fam)
            return res and (res[1], "%s:%s" % (fam, res[0]), res[2], "%s:%s" % (fam, res[0]))
        self.technique_attacks(SQLMAP_FAMILIES, sqlmap_request)
        self.technique_attacks(HAND_FAMILIES, hand_written)
        self.obfuscated_attacks(obf_bases, hand, sqlmap, obfuscate)
        self.truncation_attacks(**truncation)
        self.escape_bypass(bypass)

    def escape_bypass(self, bypass):
        """escape_bypass_backslash rows: (variant, template name, slot,
        payload, escape) each, the payload escaped by escape (the wrong way
        for the slot's literal) instead of the right one."""
        got = 0
        for var, tname, slot, p, fn in bypass:
            if got >= ATTACK_TARGET["escape_bypass_backslash"]:
                break
            if self.attack(self.by_name[tname], slot, p, "escape_bypass_backslash", "escape_bypass_backslash:" + var, escf={slot: fn}):
                got += 1

    def inputs(self, draw, targets=INPUT_TARGET, tries=80000):
        """Benign rows of each input family: draw(fam) gives (template, slot,
        value) or None."""
        for fam, target in targets.items():
            def attempt():
                drawn = draw(fam)
                return drawn is not None and self.benign(drawn[0], drawn[1], drawn[2], fam, "benign:" + fam[6:])
            self.fill(target, attempt, tries)

    def escaped(self, str_pairs, tries=80000):
        """escaped_attack_string rows: attack payloads typed into string slots
        and escaped as the application should."""
        def attempt():
            pl, var = self.rng.choice(self.payloads)
            tpl, slot = self.rng.choice(str_pairs)
            return self.benign(tpl, slot, pl, "escaped_attack_string", "escaped:" + var)
        self.fill(ESCAPED_TARGET, attempt, tries)

    def complex(self, gens, targets=COMPLEX_TARGET, tries=8000, prefix=5):
        """Rows of the complex benign generators gens, (name, family, function)
        each (see registry); the variant is the name without its first
        prefix characters."""
        for fam, target in targets.items():
            fam_gens = [g for g in gens if g[1] == fam]

            def attempt():
                name, _, fn = self.rng.choice(fam_gens)
                return self.emit(fn(self.rng), "benign", fam, name, None, [], "complex:" + name[prefix:])
            self.fill(target, attempt, tries)

    def regress(self, rows):
        """pg_regress rows: (file tag, statement) each, in a shuffled order."""
        self.rng.shuffle(rows)
        got = 0
        for tname, s in rows:
            if got >= REGRESS_TARGET:
                break
            if self.emit(s, "benign", "pg_regress", tname, None, [], tname):
                got += 1

    def benign_rows(self, input_value, gens, regress_rows):
        """The benign rows of make_twelfth.py on: input_value(r, fam, groups)
        gives (template, slot, value) or None for each input family (groups:
        slot_groups), then the escaped attack strings, the complex generators
        gens and the regression-style statements regress_rows(r)."""
        groups = slot_groups(self.pairs)
        self.inputs(lambda fam: input_value(self.rng, fam, groups))
        self.escaped(groups.string)
        self.complex(gens)
        self.regress(regress_rows(self.rng))

    def write(self, here, id_fmt, split, input_target=INPUT_TARGET, complex_target=COMPLEX_TARGET):
        """Shuffle the rows, write them (write_corpus) to the path the command
        line names or else to split.jsonl.gz in the folder here, and print the
        summary."""
        self.rng.shuffle(self.rows)
        out = write_corpus(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, split + ".jsonl.gz"), self.rows, id_fmt, split)
        print_summary(out, (ATTACK_TARGET, input_target, complex_target, {"escaped_attack_string": ESCAPED_TARGET, "pg_regress": REGRESS_TARGET}),
                      self.collector.skipped)


def kind_lead_in(knd, orig):
    """What a person types before the closing quote so the typed value stays well-formed."""
    if knd == "json":
        return '{"k": 1}'
    if knd == "jpath":
        return "$"
    if knd == "cron":
        return "* * * * *"
    return orig


def slot_assigned(ns, r, si, core):
    cols = ns["SENSITIVE"].get(si["template"], ["is_admin", "role", "owner_id"])
    return core.replace("{col}", r.choice(cols))


def slot_breakout(ns, r, si, orig, mode, core):
    """What a person types into this slot to run core there, or None where the technique has no form for the slot.

    `ns` is the generator's namespace (its `globals()`): its closers by slot type (CLOSER), the leads that take
    no expression (NO_EXPR_LEADS), its columns worth setting (SENSITIVE), and its `ending`, `union_fits` and
    `kind_lead_in`."""
    typ, cl, cut = si["type"], si["closers"], si["cut"]
    close_all = cut if cut is not None else cl
    inner = cl[:si["cond_k"]]
    sp = lambda: r.choice([" ", " ", "", "\t", "\n"])
    if mode == "cond" and not si["cond_ok"]:
        return None
    if si["lead"] in ns["NO_EXPR_LEADS"] and mode != "stack":
        return None
    if mode == "union" and not ns["union_fits"](si):
        return None
    if mode in ("row", "conflict") and not (si["row"] and si["lead"] == "INSERT"):
        return None
    if (mode == "assign" and not si["in_set"]) or (mode == "returning" and not si["dml"]) or (mode == "iexpr" and si["kind"] != "interval"):
        return None
    if (mode == "frame" and not (si["frame"] and typ == "n")) or (mode == "sub" and not si["subscript"]) or (mode == "jkey" and not si["jkey"]):
        return None
    if mode == "assign":
        core = slot_assigned(ns, r, si, core)
    if mode == "row":
        before, after = si["row"]
        core = core(before + 1 + after)
    if typ in ("q", "e", "d"):
        qc = ns["CLOSER"][typ]
        lv = orig if typ == "d" else r.choice([ns["kind_lead_in"](si["kind"], orig)] * 3 + ["", "z", "0"])
        if si["between_lo"] and mode in ("cond", "union", "stack"):
            lv = lv + qc + " AND " + qc + orig
        if mode == "row":
            return lv + qc + ", DEFAULT" * si["row"][1] + "), (" + core + ")" + sp() + ns["ending"](r)
        if mode == "conflict":
            return lv + qc + ", DEFAULT" * si["row"][1] + ") " + core + sp() + ns["ending"](r)
        if mode == "assign":
            return lv + qc + inner + ", " + core + sp() + ns["ending"](r)
        if mode == "returning":
            pad = ", DEFAULT" * si["row"][1] if si["row"] else ""
            return lv + qc + pad + close_all + " " + core + sp() + ns["ending"](r)
        if mode == "iexpr":
            op = r.choice([" + ", " - "])
            return lv + qc + op + core + op + ("interval '" if si["interval_kw"] else "'") + "0"
        if mode == "jkey":
            return lv + qc + " AS k, " + core + " AS v, " + qc
        if mode in ("repl", "concat"):
            if typ == "d":
                return orig + qc + " || " + core + " || " + qc
            j = r.choice(["||", " || ", "|| ", " ||"])
            return r.choice([lv, ""]) + qc + j + core + j + qc
        if mode in ("order", "frame", "sub"):
            return None
        if mode == "cond":
            if si["cond_cut"] is not None:
                return lv + qc + si["cond_cut"] + " " + core + sp() + ns["ending"](r)
            if cut is not None and cut.startswith(inner) and r.random() < 0.5:
                return lv + qc + inner + " " + core + cut[len(inner):] + sp() + ns["ending"](r)
            if r.random() < 0.4 and typ != "d" and "]" not in inner:
                ww = rword(r, r.randint(1, 4))
                bal = r.choice(["'%s'='%s" % (ww, ww), "'%s' <> '%s" % (ww, ww + "x"), "'%s' IN ('%s" % (ww, ww), "'%s' ILIKE '%s" % (ww, ww.upper()), "'' = '"])
                return lv + qc + inner + " " + core + " AND " + "(" * len(inner) + bal
            return lv + qc + (close_all if r.random() < 0.25 else inner) + " " + core + sp() + ns["ending"](r)
        if mode == "union":
            return r.choice([lv, "", "-1", "nope"]) + qc + close_all + " " + core + sp() + ns["ending"](r)
        if mode == "stack":
            return lv + qc + close_all + r.choice([";", "; ", ";\n", " ; "]) + core + r.choice([";", "", ""]) + sp() + ns["ending"](r)
        return None
    if typ == "qi":
        return quoted_ident_breakout(r, si, orig, mode, core, close_all, lambda: sp() + ns["ending"](r))
    if typ in ("n", "list"):
        if mode in ("iexpr", "jkey"):
            return None
        if mode in ("frame", "sub"):
            return core
        if mode == "row":
            return orig + ", DEFAULT" * si["row"][1] + "), (" + core + ")" + sp() + ns["ending"](r)
        if mode == "conflict":
            return orig + ", DEFAULT" * si["row"][1] + ") " + core + sp() + ns["ending"](r)
        if mode == "assign":
            return orig + inner + ", " + core + sp() + ns["ending"](r)
        if mode == "returning":
            return orig + (", DEFAULT" * si["row"][1] if si["row"] else "") + close_all + " " + core + sp() + ns["ending"](r)
        if mode == "repl":
            return core if typ != "list" or r.random() < 0.5 else orig + ", " + core
        if mode == "concat":
            return orig + r.choice([" + 0*length(%s)", " * sign(1 + 0*length(%s))", " - (SELECT 0 WHERE (%s) IS NULL)"]).replace("%s", "(" + core + ")")
        if mode == "order":
            return orig + ", " + core if si["in_order"] else None
        if si["between_lo"] and mode in ("cond", "union", "stack"):
            orig = orig + " AND " + r.choice(["1000", "1e6", "32767"])
        if mode == "cond":
            if si["cond_cut"] is not None:
                return orig + si["cond_cut"] + " " + core + sp() + ns["ending"](r)
            if inner and "]" not in inner and r.random() < 0.5:
                v = r.randint(1, 99)
                return orig + inner + " " + core + " AND " + "(" * len(inner) + r.choice(["%d=%d" % (v, v), "true", "%d<>0" % v, "NOT false"])
            if cl:
                return orig + (close_all if r.random() < 0.3 else inner) + " " + core + sp() + ns["ending"](r)
            return orig + " " + core + (sp() + ns["ending"](r) if si["tail_means"] and r.random() < 0.6 else "")
        if mode == "union":
            return r.choice([orig, "-1", "0", "-%d" % r.randint(1, 9999)]) + close_all + " " + core + sp() + ns["ending"](r)
        if mode == "stack":
            tail = sp() + ns["ending"](r) if close_all or si["tail_means"] or r.random() < 0.5 else ""
            return orig + close_all + r.choice([";", "; ", ";\n"]) + core + r.choice([";", ""]) + tail
        return None
    if typ in ("col", "dir"):
        if mode == "order":
            return (core if typ == "col" and r.random() < 0.3 else orig + ", " + core) + (sp() + ns["ending"](r) if r.random() < 0.3 else "")
        if mode == "cond" and si["in_order"]:
            return orig + ", (CASE WHEN %s THEN 1 ELSE 1/(SELECT 0) END)" % strip_andor(core)
        if mode == "repl" and typ == "col":
            return core
        if mode == "stack":
            return orig + close_all + r.choice([";", "; "]) + core + sp() + ns["ending"](r)
        return None
    if typ == "ident" and mode == "stack":
        return orig + (cut or "") + r.choice([";", "; ", ";\n"]) + core + r.choice([" --", "--", ";--", "; -- z", ""])
    return None


def slot_hand(ns, r, si, fam):
    """A hand-written payload for the slot `si` (see `hand_payload`), with the generator's cores and fitting (from
    its namespace `ns`, as for `slot_breakout`); a second-order slot's payloads are replayed values."""
    res = hand_payload(r, si, fam, cores=ns["hand_cores"], fitting=ns["fitting"],
                       breakout=lambda *a: slot_breakout(ns, *a))
    if res and si["second_order"] and not res[0].startswith("stored_"):
        res = ("replayed_" + res[0],) + res[1:]
    return res


def ids(r, k=None, hi=9000):
    return ", ".join(str(x) for x in sorted(r.sample(range(1, hi), k or r.randint(2, 7))))


def params(n, start=1):
    return ", ".join("$%d" % i for i in range(start, start + n))


def slot_row_shape(ns, tpl, slot):
    """For a slot inside a VALUES row: (values before it, values after it) in that row, else None.
    `ns` is the generator's namespace, as for `slot_breakout` (its CLOSER)."""
    pre, post, toks, rest = slot_split(tpl, slot, ns["CLOSER"])
    depth, before = 0, 0
    for k, _ in reversed(toks):
        if k == ")":
            depth += 1
        elif k == "(":
            if depth == 0:
                break
            depth -= 1
        elif k == "," and depth == 0:
            before += 1
    depth, after = 0, 0
    for k, _ in lex(rest):
        if k == "(":
            depth += 1
        elif k == ")":
            if depth == 0:
                return before, after
            depth -= 1
        elif k == "," and depth == 0:
            after += 1
    return None


def slot_info(ns, tpl, slot):
    """slot_facts, with lead the first word of the statement the
    slot is in, and: in a VALUES row (row shape), in an UPDATE's SET list
    (column), whether a condition can be appended, whether that statement
    is a query, DML, second-order, and where the slot sits (a function's
    arguments, a window frame, an array subscript, a JSON key). `ns` is
    the generator's namespace, as for `slot_breakout` (its CLAUSES,
    COND_CLAUSES, CLOSER, NO_EXPR_LEADS, SECOND_ORDER, row_shape and
    set_column)."""
    info = slot_facts(tpl, slot, ns["CLOSER"], ns["CLAUSES"], limit_clauses=("LIMIT", "OFFSET", "FETCH"))
    pre, post, toks, rest = slot_split(tpl, slot, ns["CLOSER"])
    cut = max([i + 1 for i, t in enumerate(toks) if t[0] == ";"] or [0])
    lead = next((v for k, v in toks[cut:] if k == "W"), "")
    clause = info["clause"]
    sp = tpl[2][slot]
    shape = ns["row_shape"](tpl, slot) if clause == "VALUES" and info["closers"] == ")" else None
    in_set = lead == "UPDATE" and clause == "SET"
    frame = clause in ("RANGE", "PARTITION", "GROUPS") or " ROWS BETWEEN " in pre[-40:]
    info.update({"lead": lead, "in_values": "VALUES" in info["ctx"] or clause == "VALUES", "row": shape, "in_set": in_set,
                 "set_col": ns["set_column"](tpl, slot) if in_set else None, "cond_cut": sp[4],
                 "cond_ok": (clause in ns["COND_CLAUSES"] or (in_set and not info["closers"])) and lead not in ns["NO_EXPR_LEADS"] and not frame,
                 "select": lead in ("SELECT", "WITH") and not frame ,
                 "dml": lead in ("INSERT", "UPDATE", "DELETE"), "second_order": tpl[0] in ns["SECOND_ORDER"], "in_do": lead == "DO",
                 "frame": frame, "subscript": pre.endswith("["), "jkey": info["kind"] == "jkey",
                 "interval_kw": pre.rstrip("'").rstrip().upper().endswith("INTERVAL")})
    if frame:
        info["in_order"] = False
    return info


def sqlmap_slot_value(ns, r, si, orig, place, where, payload, need_comment):
    """The parameter value of one request, with boundaries from sqlmap's boundaries.xml: a string slot
    closed and reopened by `AND n=n` (a numeric suffix after a quote), `AND 'x'='x`, `OR 'x'='y`, the
    LIKE forms `AND 'x' LIKE 'x` and `%' ... AND '%'='`, the slot's own required tail, or a comment; numbers closed by brackets
    and reopened by `AND ((n=n`.  {orig} in a payload is the original value (Parameter replace /
    ORDER BY (original value)). `ns` is the generator's namespace (its TAG and sqlmap_comment)."""
    typ, cl = si["type"], si["closers"]
    if where == 2 and typ not in ("col", "dir", "ident"):
        x = r.random()
        orig = "-%d" % randnum(r) if typ in ("n", "list") or x < 0.5 else ("" if x < 0.8 else rstr(r, 5))
    payload = payload.replace("{orig}", orig if typ in ("n", "list", "col", "dir") or not orig else q(orig) if typ != "qi" else '"%s"' % orig)
    k = (si["cond_k"] if place == "cond" else len(cl)) if r.random() < 0.8 else r.choice([0, 1, 2])
    S, N = rstr(r), randnum(r)
    cmt = ns["sqlmap_comment"](r)
    close, reopen = ")" * k, "(" * k
    if typ in ("q", "e", "qi", "d"):
        qc = '"' if typ == "qi" else "'" if typ != "d" else ns["TAG"]
        if place == "order":
            return orig + qc + payload + cmt if typ == "qi" and si["in_order"] else None
        if place == "repl":
            return payload if typ in ("qi", "d") or r.random() < 0.5 else qc + "||" + payload + "||" + qc
        if place == "stack":
            return orig + qc + close + payload + (cmt if need_comment or r.random() < 0.5 else "")
        if place == "union":
            return orig + qc + close + " " + payload + cmt
        if need_comment:
            return orig + qc + close + " " + payload + cmt
        x = r.random()
        if x < 0.08:
            return orig + qc + close + " " + payload + " AND " + reopen + "%d=%d" % (N, N)          # numeric suffix after a quote
        if x < 0.12 and si["cut"] is not None:
            return orig + qc + si["cut"] + " " + payload + cmt
        y = r.random()
        if y < 0.1:
            return orig + qc + close + " " + payload + " AND " + reopen + "%s%s%s LIKE %s%s" % (qc, S, qc, qc, S)  # LIKE re-opening
        if y < 0.35:
            return orig + qc + close + " " + payload + " AND " + reopen + "%s%s%s=%s%s" % (qc, S, qc, qc, S)
        if y < 0.42 and (len(cl) >= 2 or r.random() < 0.3):
            return orig + qc + "))" + " " + payload + " AND ((" + "%s%s%s=%s%s" % (qc, S, qc, qc, S)
        if y < 0.52:
            return orig + qc + close + " " + payload + " OR " + reopen + "%s%s%s=%s%s" % (qc, S, qc, qc, rstr(r))
        if y < 0.7 and si["like"]:
            return orig + "%" + qc + close + " " + payload + " AND " + reopen + qc + "%" + qc + "=" + qc
        return orig + qc + close + " " + payload + cmt
    if typ in ("n", "list"):
        if place == "repl":
            return payload
        if place == "order":
            return orig + payload if si["in_order"] else None
        if place == "stack":
            return orig + close + payload + (cmt if need_comment or k or r.random() < 0.4 else "")
        if place == "union":
            return orig + close + " " + payload + cmt
        if need_comment:
            return orig + close + " " + payload + cmt
        x = r.random()
        if x < 0.04:
            return orig + close + " " + payload + " AND " + reopen + "%s=%s" % (q(S), q(S))
        if x < 0.1 and si["cut"] is not None:
            return orig + si["cut"] + " " + payload + cmt
        if x < 0.2 and (len(cl) >= 2 or r.random() < 0.3):
            return orig + "))" + " " + payload + " AND ((%d=%d" % (N, N)
        if k and x < 0.75:
            return orig + close + " " + payload + " AND " + reopen + "%d=%d" % (N, N)
        if k or x < 0.85:
            return orig + close + " " + payload + cmt
        return orig + " " + payload
    if typ in ("col", "dir"):
        if place == "order":
            return orig + payload + (cmt if r.random() < 0.35 else "")
        if place == "repl":
            return payload if typ == "col" else None
        if place == "stack":
            return orig + payload + (cmt if need_comment or r.random() < 0.5 else "")
        return None
    if typ == "ident" and place == "stack":
        return orig + (si["cut"] or "") + payload + (cmt if need_comment or r.random() < 0.6 else "")
    return None
