#!/usr/bin/env python3
"""Rebuild the real-world benign PostgreSQL corpus (realworld.jsonl.gz).

usage: make_realworld.py [OUT.jsonl.gz] [--cache DIR]

The corpus is made of statements that real projects send to PostgreSQL: .sql
files and SQL string literals found in pinned releases of packages on PyPI,
npm and crates.io (list: SOURCES below).  Nothing of it is committed, because
the packages' licences vary; this script downloads them again with the
registries' own clients and rebuilds the corpus:

* PyPI:      ``pip download --no-deps --only-binary/--no-binary :all: PKG==VER``
* npm:       ``npm pack PKG@VER``
* crates.io: a throwaway cargo project per crate with ``PKG = "=VER"`` and
             ``cargo fetch``; the ``.crate`` is then read from cargo's download
             cache ($CARGO_HOME/registry/cache).

Statements are taken from .sql files (split with ``split_sql``), from string
literals in .py/.js/.ts/.rs/.go sources that look like SQL and carry no
client-side placeholder, and from sqlx ``.sqlx/*.json`` query caches.  Each one
must parse as exactly one statement with PostgreSQL's own parser (pglast 8.8,
i.e. libpg_query, installed into a venv under the cache dir on first run).
Statements are deduplicated exactly and then case/whitespace-insensitively
(first seen wins, in SOURCES order), classified into a family by parse-tree
node, and every project is capped at 8% of the corpus (stratified by family).

Output rows: {"sql", "label": "benign", "family", "source": "PROJECT:PATH"}.
The ordering is deterministic: SOURCES order, files in sorted path order,
statements in file order.  A source that cannot be fetched is skipped with a
message.  Standard library only; the script re-executes itself inside the venv.
"""
import argparse
import ast
import collections
import glob
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile

PGLAST = "pglast==8.8"
CAP_FRAC = 0.08
MAXLEN = 20000
DEFAULT_CACHE = os.path.join(os.path.expanduser("~"), ".cache", "omnibase", "realworld")

# (project label, registry, package, version[, "wheel" | "sdist"]).  Several rows may share a label
# (one project published as several packages); the label is what the per-project cap counts.
# Packages of the original collection that contributed no statement (all rejected or duplicates of
# earlier ones) are left out: they cannot change the result.
SOURCES = [
    ("npm:connect-pg-simple", "npm", "connect-pg-simple", "10.0.0"),
    ("npm:databases-pg", "npm", "@databases/pg", "6.1.0"),
    ("npm:databases-pg-schema-introspect", "npm", "@databases/pg-schema-introspect", "5.0.0"),
    ("npm:db-migrate-pg", "npm", "db-migrate-pg", "1.5.2"),
    ("npm:drizzle-kit", "npm", "drizzle-kit", "0.31.11"),
    ("npm:drizzle-orm", "npm", "drizzle-orm", "0.45.4"),
    ("npm:extract-pg-schema", "npm", "extract-pg-schema", "5.8.2"),
    ("npm:graphile-build-pg", "npm", "graphile-build-pg", "4.14.1"),
    ("npm:graphile-migrate", "npm", "graphile-migrate", "1.4.1"),
    ("npm:graphile-worker", "npm", "graphile-worker", "0.17.3"),
    ("npm:kanel", "npm", "kanel", "4.0.4"),
    ("npm:knex", "npm", "knex", "3.3.0"),
    ("npm:kysely", "npm", "kysely", "0.28.18"),
    ("npm:ley", "npm", "ley", "0.8.1"),
    ("npm:massive", "npm", "massive", "6.11.3"),
    ("npm:mastra-pg", "npm", "@mastra/pg", "0.17.10"),
    ("npm:@medusajs", "npm", "@medusajs/cart", "2.21.2"),
    ("npm:@medusajs", "npm", "@medusajs/customer", "2.21.2"),
    ("npm:@medusajs", "npm", "@medusajs/fulfillment", "2.21.2"),
    ("npm:@medusajs", "npm", "@medusajs/inventory", "2.21.2"),
    ("npm:@medusajs", "npm", "@medusajs/order", "2.21.2"),
    ("npm:@medusajs", "npm", "@medusajs/payment", "2.21.2"),
    ("npm:@medusajs", "npm", "@medusajs/pricing", "2.21.2"),
    ("npm:@medusajs", "npm", "@medusajs/product", "2.21.2"),
    ("npm:mikro-orm-postgresql", "npm", "@mikro-orm/postgresql", "6.6.17"),
    ("npm:@n8n/db", "npm", "@n8n/db", "1.41.2"),
    ("npm:objection", "npm", "objection", "3.1.5"),
    ("npm:pg", "npm", "pg", "8.23.1"),
    ("npm:pg-boss", "npm", "pg-boss", "10.4.2"),
    ("npm:pg-introspection", "npm", "pg-introspection", "0.0.0"),
    ("npm:pg-mem", "npm", "pg-mem", "3.0.14"),
    ("npm:pg-promise", "npm", "pg-promise", "12.7.1"),
    ("npm:pg-schema-dump", "npm", "pg-schema-dump", "2.0.2"),
    ("npm:pg-structure", "npm", "pg-structure", "7.15.3"),
    ("npm:pgtyped", "npm", "pgtyped", "0.0.1"),
    ("npm:postgres", "npm", "postgres", "3.4.9"),
    ("npm:postgres-migrations", "npm", "postgres-migrations", "5.3.0"),
    ("npm:sequelize", "npm", "sequelize", "6.37.8"),
    ("npm:slonik", "npm", "slonik", "47.3.2"),
    ("npm:supabase-postgres-meta", "npm", "@supabase/postgres-meta", "0.99.0"),
    ("npm:typeorm", "npm", "typeorm", "1.1.1"),
    ("npm:vendure-core", "npm", "@vendure/core", "3.7.3"),
    ("npm:zapatos", "npm", "zapatos", "6.6.1"),
    ("pypi:alembic", "pypi", "alembic", "1.20.1", "wheel"),
    ("pypi:alembic", "pypi", "alembic", "1.20.1", "sdist"),
    ("pypi:apache_airflow_core", "pypi", "apache-airflow-core", "3.3.2", "wheel"),
    ("pypi:asyncpg", "pypi", "asyncpg", "0.32.0", "wheel"),
    ("pypi:dagster", "pypi", "dagster", "1.13.29", "wheel"),
    ("pypi:databases", "pypi", "databases", "0.9.0", "wheel"),
    ("pypi:django", "pypi", "Django", "5.2.19", "wheel"),
    ("pypi:django_pghistory", "pypi", "django-pghistory", "3.9.2", "wheel"),
    ("pypi:django_pgtrigger", "pypi", "django-pgtrigger", "4.17.0", "wheel"),
    ("pypi:django_pgviews_redux", "pypi", "django-pgviews-redux", "1.3.0", "wheel"),
    ("pypi:django_postgres_extra", "pypi", "django-postgres-extra", "3.0.1", "wheel"),
    ("pypi:django_tenants", "pypi", "django-tenants", "4.0.1", "wheel"),
    ("pypi:matrix_synapse", "pypi", "matrix-synapse", "1.163.2", "wheel"),
    ("pypi:migra", "pypi", "migra", "3.0.1663481299", "wheel"),
    ("pypi:mlflow", "pypi", "mlflow", "3.18.0", "wheel"),
    ("pypi:patroni", "pypi", "patroni", "4.1.5", "wheel"),
    ("pypi:peewee", "pypi", "peewee", "4.5.3", "wheel"),
    ("pypi:pg-view", "pypi", "pg-view", "1.4.1", "sdist"),
    ("pypi:pg8000", "pypi", "pg8000", "1.31.6", "wheel"),
    ("pypi:pg_activity", "pypi", "pg-activity", "3.6.2", "wheel"),
    ("pypi:pg_purepy", "pypi", "pg-purepy", "0.11.1", "wheel"),
    ("pypi:pg_transparent_alter_table", "pypi", "pg-transparent-alter-table", "4.4.0", "wheel"),
    ("pypi:pg_upsert", "pypi", "pg_upsert", "1.26.0", "wheel"),
    ("pypi:pgai", "pypi", "pgai", "0.12.1", "wheel"),
    ("pypi:pgbouncer", "pypi", "pgbouncer", "0.2.0", "wheel"),
    ("pypi:pgcli", "pypi", "pgcli", "4.7.1", "wheel"),
    ("pypi:pgdumplib", "pypi", "pgdumplib", "4.0.0", "wheel"),
    ("pypi:pghoard", "pypi", "pghoard", "2.1.0", "sdist"),
    ("pypi:pghops", "pypi", "pghops", "3.0.0", "wheel"),
    ("pypi:pglib", "pypi", "pglib", "5.19.0", "sdist"),
    ("pypi:pglift", "pypi", "pglift", "3.3.0", "wheel"),
    ("pypi:pgmonkey", "pypi", "pgmonkey", "4.0.0", "wheel"),
    ("pypi:pgmq", "pypi", "pgmq", "1.1.4", "wheel"),
    ("pypi:pgq", "pypi", "pgq", "3.8", "wheel"),
    ("pypi:pgqueuer", "pypi", "pgqueuer", "1.6.0", "wheel"),
    ("pypi:pgspecial", "pypi", "pgspecial", "2.2.1", "wheel"),
    ("pypi:pgvector", "pypi", "pgvector", "0.5.1", "wheel"),
    ("pypi:piccolo", "pypi", "piccolo", "1.38.0", "wheel"),
    ("pypi:prefect", "pypi", "prefect", "3.9.1", "wheel"),
    ("pypi:procrastinate", "pypi", "procrastinate", "3.10.0", "wheel"),
    ("pypi:psycopg", "pypi", "psycopg", "3.3.9", "wheel"),
    ("pypi:psycopg", "pypi", "psycopg", "3.3.9", "sdist"),
    ("pypi:psycopg2", "pypi", "psycopg2", "2.9.13", "sdist"),
    ("pypi:pypgstac", "pypi", "pypgstac", "0.10.0", "wheel"),
    ("pypi:schemainspect", "pypi", "schemainspect", "3.1.1663587362", "wheel"),
    ("pypi:sqlalchemy", "pypi", "SQLAlchemy", "2.1.9", "wheel"),
    ("pypi:sqlbag", "pypi", "sqlbag", "0.1.1617247075", "wheel"),
    ("pypi:tortoise_orm", "pypi", "tortoise-orm", "1.1.9", "wheel"),
    ("crates:tansu-storage", "crates", "tansu-storage", "0.6.0"),
    ("crates:atuin-server-postgres", "crates", "atuin-server-postgres", "18.20.1"),
    ("crates:apalis-postgres", "crates", "apalis-postgres", "1.0.0"),
    ("crates:sqlxmq", "crates", "sqlxmq", "0.6.0"),
    ("crates:underway", "crates", "underway", "0.2.0"),
    ("crates:fang", "crates", "fang", "0.11.0"),
    ("crates:quickwit-metastore", "crates", "quickwit-metastore", "0.3.0"),
    ("crates:graphile_worker", "crates", "graphile_worker", "0.14.1"),
    ("crates:graphile_worker", "crates", "graphile_worker_database", "0.1.8"),
    ("crates:graphile_worker", "crates", "graphile_worker_migrations", "0.4.24"),
    ("crates:graphile_worker", "crates", "graphile_worker_migrations_macros", "0.1.4"),
    ("crates:graphile_worker", "crates", "graphile_worker_queries", "0.2.1"),
    ("crates:graphile_worker", "crates", "graphile_worker_runtime", "0.1.6"),
    ("crates:graphile_worker", "crates", "graphile_worker_utils", "0.2.1"),
    ("crates:backie", "crates", "backie", "0.9.0"),
    ("crates:pg_task", "crates", "pg_task", "1.0.0"),
    ("crates:pgmq", "crates", "pgmq", "0.33.7"),
    ("crates:diesel", "crates", "diesel", "2.1.6"),
    ("crates:diesel", "crates", "diesel", "2.3.14"),
    ("crates:tokio-postgres", "crates", "tokio-postgres", "0.7.18"),
    ("crates:tokio-postgres-rustls", "crates", "tokio-postgres-rustls", "0.14.0"),
    ("crates:sqlx-postgres", "crates", "sqlx-postgres", "0.8.6"),
    ("crates:sqlx-postgres", "crates", "sqlx-postgres", "0.9.0"),
    ("crates:deadpool-postgres", "crates", "deadpool-postgres", "0.14.2"),
    ("crates:lemmy_db_schema", "crates", "lemmy_db_schema", "0.19.21"),
    ("crates:sqlpage", "crates", "sqlpage", "0.47.0"),
]


# --------------------------------------------------------------------------- environment

def ensure_venv(cache):
    """Re-execute this script inside <cache>/venv (created with pglast on first use)."""
    venv = os.path.join(cache, "venv")
    py = os.path.join(venv, "bin", "python")
    if os.path.realpath(sys.prefix) == os.path.realpath(venv):
        return
    if not os.path.exists(os.path.join(venv, ".ready")):
        print(f"creating venv {venv} with {PGLAST}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", "--clear", venv], check=True)
        subprocess.run([py, "-m", "pip", "install", "-q", "--disable-pip-version-check", PGLAST], check=True)
        open(os.path.join(venv, ".ready"), "w").close()
    os.execv(py, [py, os.path.abspath(__file__)] + sys.argv[1:])


# --------------------------------------------------------------------------- fetching

def run_quiet(cmd, cwd=None, timeout=600):
    """Run a command; return None on success, else a one-line reason."""
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as e:
        return str(e).splitlines()[0]
    if p.returncode:
        lines = (p.stderr or p.stdout).strip().splitlines()
        return lines[-1] if lines else f"exit {p.returncode}"
    return None


def single_file(folder):
    """The one regular file in folder (a download directory), or None."""
    files = [f for f in sorted(os.listdir(folder)) if os.path.isfile(os.path.join(folder, f))]
    return os.path.join(folder, files[0]) if len(files) == 1 else None


def unpack(archive, dest):
    """Unpack a wheel/zip or a .tar.gz/.tgz/.crate archive into dest."""
    tmp = dest + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    if archive.endswith((".whl", ".zip")):
        with zipfile.ZipFile(archive) as z:
            z.extractall(tmp)
    else:
        with tarfile.open(archive) as t:
            t.extractall(tmp, filter="data")
    os.replace(tmp, dest)


def download_and_unpack(cache, registry, key, command, cwd=None):
    """Run `command` (which downloads one archive into the current dir, or
    into the download dir named in it) and unpack the archive; return its
    root dir and None, or None and an error. Cached: a second call returns
    the unpacked dir."""
    dl = os.path.join(cache, "dl", registry, key)
    root = os.path.join(cache, "src", registry, key)
    if os.path.isdir(root):
        return root, None
    shutil.rmtree(dl, ignore_errors=True)
    os.makedirs(dl)
    err = run_quiet([arg.replace("{dl}", dl) for arg in command], cwd=dl if cwd else None)
    archive = None if err else single_file(dl)
    if archive is None:
        return None, err or "no single file downloaded"
    unpack(archive, root)
    return root, None


def fetch_pypi(cache, python, name, version, form):
    """pip download one distribution (wheel or sdist) and unpack it; return its root dir."""
    binary = ["--only-binary", ":all:"] if form == "wheel" else ["--no-binary", ":all:"]
    command = [python, "-m", "pip", "download", "-q", "--disable-pip-version-check", "--no-deps",
               *binary, "-d", "{dl}", f"{name}=={version}"]
    return download_and_unpack(cache, "pypi", f"{name}-{version}-{form}", command)


def fetch_npm(cache, name, version):
    """npm pack one package version and unpack it; return its root dir (holding package/)."""
    key = f"{name.replace('@', '').replace('/', '-')}-{version}"
    return download_and_unpack(cache, "npm", key, ["npm", "pack", "--silent", f"{name}@{version}"], cwd=True)


def fetch_crate(cache, name, version):
    """cargo fetch one exact crate version in a throwaway project, unpack the .crate; return its root."""
    key = f"{name}-{version}"
    root = os.path.join(cache, "src", "crates", key)
    if os.path.isdir(root):
        return root, None
    proj = os.path.join(cache, "dl", "crates", key)
    os.makedirs(os.path.join(proj, "src"), exist_ok=True)
    with open(os.path.join(proj, "src", "main.rs"), "w") as f:
        f.write("fn main() {}\n")
    with open(os.path.join(proj, "Cargo.toml"), "w") as f:
        f.write(f'[package]\nname = "fetch-{key.replace(".", "-")}"\nversion = "0.0.0"\nedition = "2021"\n'
                f'publish = false\n\n[workspace]\n\n[dependencies]\n'
                f'{name} = {{ version = "={version}", default-features = false }}\n')
    err = run_quiet(["cargo", "fetch", "--quiet"], cwd=proj)
    if err:
        return None, err
    cargo_home = os.environ.get("CARGO_HOME") or os.path.join(os.path.expanduser("~"), ".cargo")
    found = sorted(glob.glob(os.path.join(cargo_home, "registry", "cache", "*", key + ".crate")))
    if not found:
        return None, f"{key}.crate not in {cargo_home}/registry/cache after cargo fetch"
    tmp = root + ".unpacked"
    unpack(found[0], tmp)
    os.replace(os.path.join(tmp, key), root)  # a .crate holds NAME-VERSION/...
    shutil.rmtree(tmp)
    return root, None


def fetch(cache, src):
    """Fetch and unpack one SOURCES row; return (root dir or None, error message or None)."""
    _, registry, name, version, *form = src
    try:
        if registry == "pypi":
            return fetch_pypi(cache, os.path.join(cache, "venv", "bin", "python"), name, version, form[0])
        if registry == "npm":
            return fetch_npm(cache, name, version)
        return fetch_crate(cache, name, version)
    except (OSError, tarfile.TarError, zipfile.BadZipFile) as e:
        return None, f"cannot unpack: {e}"


# --------------------------------------------------------------------------- splitting .sql text

DOLLAR_RE = re.compile(r"\$([A-Za-z_\x80-\uffff][A-Za-z_0-9\x80-\uffff]*)?\$")
COPY_STDIN_RE = re.compile(r"^\s*copy\b.*\bfrom\s+stdin\b", re.I | re.S)
BEGIN_ATOMIC_RE = re.compile(r"\bbegin\s+atomic\b", re.I)
COPY_END_RE = re.compile(r"^\\\.\s*$", re.M)


def split_sql(text):
    """Split PostgreSQL script text into statements.

    Respects '...' (with '' escapes), E'...' (backslash escapes), "..." identifiers,
    $tag$...$tag$ dollar quoting, -- and nested /* */ comments and BEGIN ATOMIC bodies.
    Drops psql meta-command lines (a backslash at line start outside a statement) and
    COPY ... FROM stdin statements with their data block (up to a line \\.).  Comments
    before a statement's first token are dropped; comments inside a statement are kept.
    """
    stmts = []
    i = 0
    n = len(text)
    start = None  # index of the first significant char of the current statement
    atomic_depth = 0

    def at_line_start(pos):
        j = pos - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        return j < 0 or text[j] == "\n"

    while i < n:
        c = text[i]
        if c == "\\" and start is None and at_line_start(i):
            nl = text.find("\n", i)
            i = n if nl < 0 else nl + 1
            continue
        if c == "-" and text.startswith("--", i):
            nl = text.find("\n", i)
            i = n if nl < 0 else nl + 1
            continue
        if c == "/" and text.startswith("/*", i):
            depth = 1
            j = i + 2
            while j < n and depth:
                if text.startswith("/*", j):
                    depth += 1
                    j += 2
                elif text.startswith("*/", j):
                    depth -= 1
                    j += 2
                else:
                    j += 1
            i = j
            continue
        if c.isspace():
            i += 1
            continue
        if start is None:
            start = i
        if c == "'":
            esc = i > 0 and text[i - 1] in "eE" and (i < 2 or not (text[i - 2].isalnum() or text[i - 2] == "_"))
            j = i + 1
            while j < n:
                if esc and text[j] == "\\":
                    j += 2
                    continue
                if text[j] == "'":
                    if j + 1 < n and text[j + 1] == "'":
                        j += 2
                        continue
                    break
                j += 1
            i = j + 1
            continue
        if c == '"':
            j = text.find('"', i + 1)
            while j >= 0 and j + 1 < n and text[j + 1] == '"':
                j = text.find('"', j + 2)
            i = n if j < 0 else j + 1
            continue
        if c == "$":
            m = DOLLAR_RE.match(text, i)
            prev_ident = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")
            if m and not prev_ident:
                j = text.find(m.group(0), m.end())
                i = n if j < 0 else j + len(m.group(0))
                continue
            i += 1
            continue
        if c.isalpha():
            m = re.match(r"\w+", text[i:i + 64])
            w = m.group(0).lower() if m else c
            if w == "begin" and BEGIN_ATOMIC_RE.match(text, i):
                atomic_depth += 1
            elif w == "end" and atomic_depth:
                atomic_depth -= 1
            elif w == "case" and atomic_depth:
                atomic_depth += 1
            i += len(w)
            continue
        if c == ";" and not atomic_depth:
            stmts.append(text[start:i + 1])
            start = None
            i += 1
            if COPY_STDIN_RE.match(stmts[-1]):
                stmts.pop()
                end = COPY_END_RE.search(text, i)
                i = end.end() if end else i
            continue
        i += 1
    if start is not None:
        stmts.append(text[start:])
    return [s.strip() for s in stmts if s.strip() and s.strip() != ";"]


# --------------------------------------------------------------------------- string literals in code

SQL_START = re.compile(
    r"^\s*(select|insert|update|delete|with|create|alter|drop|grant|revoke|comment\s+on|truncate|do|"
    r"set|show|begin|commit|rollback|vacuum|analyze|explain|lock|listen|notify|refresh|reindex|cluster|"
    r"prepare|execute|declare|fetch|close|copy|savepoint|release|reset|discard|values|table|merge|call|"
    r"security\s+label|import\s+foreign|start\s+transaction|unlisten|checkpoint|load|deallocate|abort|end)\b",
    re.I,
)
# client-side placeholders that are not PostgreSQL syntax
BAD_PLACEHOLDER = re.compile(r"%\(\w+\)s|%s\b|%d\b|\{\{|\{%|\$\{|\?\?|:\w+:")
FORMAT_PLACEHOLDER = re.compile(r"\{\w*(?:![rs])?(?::[^{}']*)?\}")
QUOTED = re.compile(r"'(?:[^']|'')*'")
PROSE = re.compile(r"^\s*[A-Z][a-z]+(\s+[a-z][a-z-]*){0,4}[.:!]?\s*$")
# paths that are about another database engine, or bundled/minified front-end code
DIALECT_PATH = re.compile(
    r"(mysql|mariadb|sqlite|mssql|sqlserver|oracle|cockroach|duckdb|snowflake|bigquery|"
    r"redshift|clickhouse|cordova|capacitor|expo|react-native|nativescript|sqljs|sql-js|websql|/sap/|singlestore|"
    r"planetscale|/d1/|/gel/|limbo|turso|libsql|spatialite|static/js|/dist/assets/|/ui/assets|/ui-v2/|\.chunk\.js|"
    r"\.min\.js|build/studio|db2|sybase|firebird|hana|tidb|spanner|trino|presto|athena|databricks|"
    r"(^|/)lite/)", re.I)

JS_STR = re.compile(r"`((?:[^`\\]|\\.)*)`|'((?:[^'\\\n]|\\.)*)'|\"((?:[^\"\\\n]|\\.)*)\"", re.S)
JS_ESC = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"', "`": "`", "$": "$", "0": "\0"}
RS_RAW = re.compile(r'r(#+)"(.*?)"\1', re.S)
RS_STR = re.compile(r'(?<![A-Za-z0-9_#])"((?:[^"\\]|\\.)*)"', re.S)
GO_RAW = re.compile(r"`([^`]*)`", re.S)


def sql_candidates_from_string(s):
    """Statements in a code string literal that looks like SQL and has no client-side placeholder."""
    if len(s) < 12 or not SQL_START.match(s) or PROSE.match(s):
        return []
    if BAD_PLACEHOLDER.search(s) or FORMAT_PLACEHOLDER.search(QUOTED.sub("''", s)):
        return []
    return split_sql(s)


def py_strings(src):
    """String constants of a Python module (none if it does not parse)."""
    try:
        tree = ast.parse(src)
    except Exception:
        return
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def _unicode_escape(e):
    """Decode a JS/Rust \\xHH, \\uHHHH or \\u{H..} escape body (without the backslash)."""
    try:
        return chr(int(e[1:] if e[0] == "x" else e[1:].strip("{}"), 16))
    except (ValueError, OverflowError):
        return ""


def js_unescape(s):
    """Undo JavaScript/Rust backslash escapes in a string literal body."""
    return re.sub(r"\\(u\{?[0-9a-fA-F]+\}?|x[0-9a-fA-F]{2}|.)",
                  lambda m: JS_ESC.get(m.group(1), m.group(1)) if len(m.group(1)) == 1 else _unicode_escape(m.group(1)),
                  s, flags=re.S)


def js_strings(src):
    """String literals of JS/TS source; template literals with ${...} interpolation are skipped."""
    for m in JS_STR.finditer(src):
        if m.group(1) is not None:
            if "${" in m.group(1):
                continue
            raw = m.group(1)
        else:
            raw = m.group(2) if m.group(2) is not None else m.group(3)
        yield js_unescape(raw)


def rs_strings(src):
    """Raw and ordinary string literals of Rust source."""
    for m in RS_RAW.finditer(src):
        yield m.group(2)
    for m in RS_STR.finditer(RS_RAW.sub("", src)):
        yield js_unescape(re.sub(r"\\\n\s*", "", m.group(1)))  # drop line continuations


def go_strings(src):
    """Raw (backquoted) string literals of Go source."""
    for m in GO_RAW.finditer(src):
        yield m.group(1)


def file_statements(rel, src):
    """(kind, statement) pairs found in one file, by file type."""
    low = os.path.basename(rel).lower()
    if low.endswith((".sql", ".pgsql", ".psql", ".sql.postgres", ".sql.postgresql")):
        return [("sqlfile", s) for s in split_sql(src)]
    if low.endswith(".py"):
        strings, kind = py_strings(src), "pystr"
    elif low.endswith((".js", ".mjs", ".cjs", ".ts", ".mts", ".cts")) and not low.endswith(".d.ts"):
        strings, kind = js_strings(src), "jsstr"
    elif low.endswith(".rs"):
        strings, kind = rs_strings(src), "rsstr"
    elif low.endswith(".go"):
        strings, kind = go_strings(src), "gostr"
    elif low.endswith(".json") and "/.sqlx/" in "/" + rel:
        try:
            q = json.loads(src).get("query")
        except (ValueError, AttributeError):
            q = None
        return [("sqlxjson", s) for s in split_sql(q)] if isinstance(q, str) else []
    else:
        return []
    return [(kind, s) for st in strings for s in sql_candidates_from_string(st)]


def collect(label, root):
    """Candidate records {project, path, sql, kind} from every file under root, in sorted path order."""
    out = []
    for dp, dns, fns in os.walk(root):
        dns[:] = sorted(d for d in dns if d not in ("node_modules", ".git", "__pycache__"))
        for fn in sorted(fns):
            p = os.path.join(dp, fn)
            rel = os.path.relpath(p, root).replace(os.sep, "/")
            if DIALECT_PATH.search(rel):
                continue
            try:
                if os.path.getsize(p) > 5_000_000:
                    continue
                with open(p, encoding="utf-8", errors="replace") as f:
                    src = f.read()
            except OSError:
                continue
            for kind, s in file_statements(rel, src):
                # graphile-worker substitutes its schema placeholder before sending
                s = s.replace(":GRAPHILE_WORKER_SCHEMA", "graphile_worker").strip()
                if s and len(s.encode()) <= MAXLEN:
                    out.append({"project": label, "path": rel, "sql": s, "kind": kind})
    return out


# --------------------------------------------------------------------------- validation and classification

ORM_PROJECTS = re.compile(
    r"^(npm:(knex|sequelize|typeorm|drizzle-orm|drizzle-kit|kysely|objection|mikro-orm.*|prisma.*|massive|"
    r"zapatos|slonik|pg-promise|squel|sql-template-strings|databases-pg|pgtyped.*)|"
    r"pypi:(django.*|sqlalchemy|alembic|peewee|piccolo|tortoise_orm|ormar|dataset|records|databases|sqlmodel|pypika)|"
    r"crates:(diesel|sqlx-postgres))$"
)
CATALOG_RE = re.compile(
    r"\b(pg_catalog|information_schema|pg_stat\w*|pg_class|pg_namespace|pg_attribute|pg_index|pg_proc|pg_type|"
    r"pg_constraint|pg_locks|pg_database|pg_roles|pg_settings|pg_tables|pg_indexes|pg_views|pg_trigger|"
    r"pg_depend|pg_description|pg_extension|pg_authid|pg_user|pg_am|pg_inherits|pg_sequence\w*|pg_replication\w*|"
    r"pg_publication\w*|pg_subscription\w*|pg_attrdef|pg_enum|pg_rewrite|pg_statio\w*|pg_matviews|pg_event_trigger|"
    r"pg_available_extensions|pg_tablespace|pg_size_pretty|pg_relation_size|pg_total_relation_size|"
    r"pg_backend_pid|pg_is_in_recovery|pg_current_wal_lsn|pg_postmaster_start_time|pg_blocking_pids|"
    r"pg_cancel_backend|pg_terminate_backend|pg_get_\w+|pg_advisory\w*|pg_try_advisory\w*|pg_ls_\w+|pg_wal\w*|"
    r"pg_last_\w+|pg_collation|pg_operator|pg_opclass|pg_foreign_\w+|pg_policy|pg_policies|pg_shdescription|"
    r"pg_prepared_xacts|pg_cursors|pg_timezone_names|pg_file_settings|pg_hba_file_rules|txid_current|"
    r"pg_encoding_to_char)\b",
    re.I,
)
DDL_NODES = {
    "CreateStmt", "AlterTableStmt", "DropStmt", "IndexStmt", "CreateSeqStmt", "AlterSeqStmt", "ViewStmt",
    "CreateEnumStmt", "AlterEnumStmt", "CompositeTypeStmt", "CreateDomainStmt", "AlterDomainStmt", "RenameStmt",
    "CommentStmt", "CreateSchemaStmt", "CreateExtensionStmt", "AlterExtensionStmt", "GrantStmt", "GrantRoleStmt",
    "CreateRoleStmt", "AlterRoleStmt", "DropRoleStmt", "AlterDefaultPrivilegesStmt", "CreateTableAsStmt",
    "RuleStmt", "CreatePolicyStmt", "AlterPolicyStmt", "AlterObjectSchemaStmt", "AlterOwnerStmt",
    "CreatePublicationStmt", "AlterPublicationStmt", "CreateStatsStmt", "DefineStmt", "TruncateStmt",
    "CreateCastStmt", "CreateOpClassStmt", "CreateEventTrigStmt", "CreateTrigStmt", "AlterFunctionStmt",
    "CreateForeignTableStmt", "CreateForeignServerStmt", "CreateFdwStmt", "CreateUserMappingStmt",
    "ImportForeignSchemaStmt", "AlterObjectDependsStmt", "ReindexStmt", "ClusterStmt", "AlterTableMoveAllStmt",
    "CreateTableSpaceStmt", "RefreshMatViewStmt", "CreateConversionStmt", "AlterCollationStmt", "SecLabelStmt",
    "ReassignOwnedStmt", "DropOwnedStmt", "CreatedbStmt", "DropdbStmt", "AlterDatabaseStmt", "AlterDatabaseSetStmt",
    "AlterRoleSetStmt", "CreateAmStmt", "AlterTSConfigurationStmt", "AlterTSDictionaryStmt",
}
DML_NODES = {"SelectStmt", "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt"}
ADMIN_NODES = {"VariableShowStmt", "VacuumStmt", "ExplainStmt", "CheckPointStmt", "LoadStmt"}
# JDBC/SQLite-style ? placeholders (not the jsonb ?, ?|, ?& operators, which follow an operand)
QMARK = re.compile(r"(=|<|>|\(|,|\bin|\bvalues|\blimit|\boffset|\bthen|\belse|\bset|\bis|\blike)\s*\?\d*\s*"
                   r"(,|\)|;|$|\b(and|or|limit|offset|where|order|group|then|end|returning)\b)", re.I | re.M)
OTHER_DIALECT = re.compile(r"sqlite_\w+|\bpragma\b|@@\w|\bfrom\s+dual\b|auto_increment|engine\s*=\s*innodb|"
                           r"\bnvarchar\b", re.I)
AMBIG_NODES = {"VariableShowStmt", "VacuumStmt", "ClosePortalStmt", "FetchStmt", "LoadStmt", "ListenStmt",
               "UnlistenStmt", "DeallocateStmt", "ExecuteStmt", "DiscardStmt"}


def is_prose_like(sql, node):
    """Two-word UI/prose strings that happen to parse (e.g. 'Show Expanded', 'analyze trace')."""
    words = sql.rstrip(";").split()
    if re.fullmatch(r"([a-z]+ [a-z]+|[A-Z][a-z]+ [A-Za-z]+);?", sql.strip()):
        return True
    if type(node).__name__ not in AMBIG_NODES or len(words) > 2:
        return False
    if len(words) == 2 and (re.search(r"[_.\"'$]", words[1]) or words[1].upper() == "ALL"):
        return False
    return True


def parse_one(sql):
    """The statement node if sql parses as exactly one PostgreSQL statement, else None."""
    import pglast
    try:
        stmts = pglast.parse_sql(sql)
    except Exception:
        return None
    return stmts[0].stmt if len(stmts) == 1 else None


def classify(node, sql, project, kind):
    """Family of a statement from its parse-tree node (and catalog use / ORM origin)."""
    name = type(node).__name__
    if name in ("CreateFunctionStmt", "DoStmt"):
        return "function_body"
    if name == "CreateTrigStmt":
        return "migration"
    if name in ADMIN_NODES or (name in DML_NODES and CATALOG_RE.search(sql)):
        return "admin_catalog"
    if name in DDL_NODES:
        return "migration"
    if name in DML_NODES:
        return "orm" if ORM_PROJECTS.match(project) and kind != "sqlfile" else "app_query"
    return "other"


def accept(candidates, seen, stats):
    """Validated, classified, exactly-deduplicated records from one source's candidates."""
    recs = []
    for r in candidates:
        sql = r["sql"]
        if sql in seen:
            continue
        node = parse_one(sql)
        if node is None or OTHER_DIALECT.search(sql) or QMARK.search(sql) or (
                r["kind"] not in ("sqlfile", "sqlxjson") and is_prose_like(sql, node)):
            stats[r["project"]]["rejected"] += 1
            continue
        seen.add(sql)
        recs.append({"sql": sql, "label": "benign", "family": classify(node, sql, r["project"], r["kind"]),
                     "source": f'{r["project"]}:{r["path"]}', "project": r["project"]})
    return recs


# --------------------------------------------------------------------------- dedup, cap, output

def dedup_normalized(recs):
    """Drop records equal to an earlier one up to case, whitespace and a trailing semicolon."""
    seen, out = set(), []
    for r in recs:
        k = re.sub(r"\s+", " ", r["sql"].rstrip(";").strip()).lower()
        if k not in seen:
            seen.add(k)
            out.append(r)
    return out


def sha(sql):
    """Stable sort key for sampling."""
    return hashlib.sha256(sql.encode()).hexdigest()


def cap_projects(recs):
    """Cap every project at CAP_FRAC of the (capped) total; sample down round-robin over families.

    Within a family the records with the smallest SHA-256 of their text are taken, so the sample
    depends only on the statements, not on file or download order.  Output keeps input order.
    """
    by_proj = collections.defaultdict(list)
    for r in recs:
        by_proj[r["project"]].append(r)
    caps = {p: len(v) for p, v in by_proj.items()}
    while True:  # the total shrinks as caps apply
        lim = int(CAP_FRAC * sum(caps.values()))
        over = [p for p in caps if caps[p] > lim]
        if not over:
            break
        for p in over:
            caps[p] = lim
    keep = set()
    for p, v in by_proj.items():
        if len(v) <= caps[p]:
            keep.update(id(r) for r in v)
            continue
        fams = collections.defaultdict(list)
        for r in sorted(v, key=lambda r: sha(r["sql"])):
            fams[r["family"]].append(r)
        queues = [collections.deque(fams[f]) for f in sorted(fams)]
        picked = 0
        while picked < caps[p]:
            for q in queues:
                if q and picked < caps[p]:
                    keep.add(id(q.popleft()))
                    picked += 1
    return [r for r in recs if id(r) in keep], {p: len(v) for p, v in by_proj.items()}


def write_jsonl_gz(path, rows):
    """Write rows as gzip'd JSON lines with a fixed gzip header (byte-reproducible)."""
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        for r in rows:
            gz.write((json.dumps(r, ensure_ascii=False) + "\n").encode())


def main():
    """Fetch every source, extract, validate, dedup, cap and write the corpus."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", help="output .jsonl.gz (default: CACHE/realworld.jsonl.gz)")
    ap.add_argument("--cache", default=DEFAULT_CACHE, help=f"download/venv cache dir (default {DEFAULT_CACHE})")
    args = ap.parse_args()
    cache = os.path.abspath(args.cache)
    out = args.out or os.path.join(cache, "realworld.jsonl.gz")
    os.makedirs(cache, exist_ok=True)
    ensure_venv(cache)

    t0 = time.time()
    stats = collections.defaultdict(collections.Counter)
    seen, recs, skipped = set(), [], []
    for i, src in enumerate(SOURCES, 1):
        label, registry, name, version, *form = src
        what = f"{registry}:{name}=={version}" + (f" ({form[0]})" if form else "")
        root, err = fetch(cache, src)
        if root is None:
            skipped.append(what)
            print(f"[{i:3}/{len(SOURCES)}] SKIP {what}: {err}", file=sys.stderr, flush=True)
            continue
        cands = collect(label, root)
        new = accept(cands, seen, stats)
        recs.extend(new)
        stats[label]["candidates"] += len(cands)
        print(f"[{i:3}/{len(SOURCES)}] {what}: {len(cands)} candidates, {len(new)} new valid "
              f"({time.time() - t0:.0f}s)", file=sys.stderr, flush=True)

    recs = dedup_normalized(recs)
    final, uncapped = cap_projects(recs)
    write_jsonl_gz(out, [{k: r[k] for k in ("sql", "label", "family", "source")} for r in final])

    kept = collections.Counter(r["project"] for r in final)
    print("\nper project (kept / before cap / rejected):", file=sys.stderr)
    for p, n in sorted(kept.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {p}: {n} / {uncapped[p]} / {stats[p]['rejected']}", file=sys.stderr)
    fams = collections.Counter(r["family"] for r in final)
    print(f"\nwrote {out}: {len(final)} statements from {len(kept)} projects in {time.time() - t0:.0f}s")
    print("families: " + ", ".join(f"{f}={n}" for f, n in sorted(fams.items())))
    if skipped:
        print(f"skipped {len(skipped)} source(s): " + ", ".join(skipped))


if __name__ == "__main__":
    main()
