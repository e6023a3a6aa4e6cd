"""What PostgreSQL's parser would change as a second opinion on the guard.

For each corpus: runs the pg_query program (this folder) and the guard's
`corpus dump` example, then counts, by label,
  - clear: flagged statements whose findings are all syntax findings
    (malformed, incomplete_statement, unbalanced) but that parse as one
    statement -- what "PostgreSQL accepts it" would clear;
  - confirm: statements the guard lets through that PostgreSQL rejects --
    what "PostgreSQL rejects it" would add (at the cost of parsing every
    statement the guard allows).

    python3 second_opinion.py [CORPUS_NAME ...]   (default: every corpus)

Needs libclang (Debian's libclang-dev) to build pg_query; run from this
folder. Writes its TSVs under /tmp/pg_query_second_opinion.
"""
import collections
import gzip
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", ".."))
ROOT = os.path.normpath(os.path.join(DATA, "..", "..", "..", ".."))
OUT = "/tmp/pg_query_second_opinion"
CORPORA = ["dev", "generalization", "blind", "holdout", "fresh", "sixth", "seventh", "eighth"]
SYNTAX = {"malformed", "incomplete_statement", "unbalanced"}


def run(cmd, cwd, env=None):
    subprocess.run(cmd, cwd=cwd, env=env, check=True)


def main():
    names = sys.argv[1:] or CORPORA
    os.makedirs(OUT, exist_ok=True)
    run(["cargo", "build", "--release", "-q"], HERE)
    run(["cargo", "build", "--release", "-q", "-p", "omnibase-sql-guard", "--example", "corpus"], ROOT)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    pg_target = os.environ.get("CARGO_TARGET_DIR", os.path.join(HERE, "target"))
    total = collections.Counter()
    for name in names:
        corpus = os.path.join(DATA, f"{name}.jsonl.gz")
        parsed, verdicts = f"{OUT}/{name}.pg.tsv", f"{OUT}/{name}.v.tsv"
        run([os.path.join(pg_target, "release", "pg-query-second-opinion"), corpus, parsed], HERE)
        env = dict(os.environ, CORPUS=corpus)
        run([os.path.join(target, "release", "examples", "corpus"), "dump", verdicts, "/dev/null"], ROOT, env)
        rows = [json.loads(line) for line in gzip.open(corpus, "rt")]
        guard = [line.rstrip("\n").split("\t") for line in open(verdicts)]
        pg = [line.rstrip("\n").split("\t") for line in open(parsed)]
        counts = collections.Counter()
        for row, v, p in zip(rows, guard, pg, strict=True):
            label, flagged, parses = row["label"], v[2] != "allow", p[1] == "1"
            rules = {f.split(":")[0] for f in v[3].split()} if len(v) > 3 else set()
            if flagged and rules and rules <= SYNTAX and parses and p[2] == "1":
                counts[f"clear {label}"] += 1
            if not flagged and not parses:
                counts[f"confirm {label}"] += 1
        print(f"{name:15} {dict(sorted(counts.items()))}")
        total += counts
    print(f"{'all':15} {dict(sorted(total.items()))}")


if __name__ == "__main__":
    main()
