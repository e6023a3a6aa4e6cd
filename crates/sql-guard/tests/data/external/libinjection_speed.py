#!/usr/bin/env python3
"""
Measure libinjection's C code on the dev corpus, as a yardstick for this
machine: the issue quotes libinjection at 0.73-0.79 M full statements/s
"here", so its rate on the machine at hand says how this machine compares
with the one the targets were set on.

usage: libinjection_speed.py [--corpus FILE.jsonl.gz] [--passes N] [--cache DIR]

On first use it runs ``pip download --no-deps libinjection-python==1.1.6``
(the sdist carries libinjection's C sources, BSD-3-Clause) into the cache
dir (default ~/.cache/omnibase/libinjection), unpacks it and compiles a
small driver with ``cc -O3``. The driver checks every statement of the
corpus with ``libinjection_sqli()`` (each whole statement, as the guard
sees it), N passes, and prints the best pass's rate in statements per
second, with recall and false positives against the corpus labels. Run it
pinned to one core, as the criterion benches are:

    taskset -c 1 python3 crates/sql-guard/tests/data/external/libinjection_speed.py

Needs Python >= 3.11 with pip, a C compiler (``cc``) and access to PyPI.
Nothing it downloads or builds is committed.
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import tarfile
import tempfile

VERSION = "1.1.6"
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(HERE, "..", "dev.jsonl.gz")

DRIVER = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "libinjection.h"
#include "libinjection_sqli.h"

/* argv: statements file (NUL-separated), labels file (one byte per
   statement, '1' for an attack), passes. */
int main(int argc, char **argv) {
    if (argc != 4) { fprintf(stderr, "usage: driver STATEMENTS LABELS PASSES\n"); return 2; }
    FILE *f = fopen(argv[1], "rb");
    FILE *l = fopen(argv[2], "rb");
    if (!f || !l) { perror("open"); return 2; }
    fseek(f, 0, SEEK_END); long n = ftell(f); rewind(f);
    char *buf = malloc(n);
    if (!buf || fread(buf, 1, n, f) != (size_t)n) { perror("read"); return 2; }
    size_t m = 0;
    for (long i = 0; i < n; i++) m += buf[i] == 0;
    char **ptrs = malloc(m * sizeof *ptrs);
    size_t *lens = malloc(m * sizeof *lens);
    char *labels = malloc(m);
    if (!ptrs || !lens || !labels || fread(labels, 1, m, l) != m) { perror("labels"); return 2; }
    char *p = buf;
    for (size_t i = 0; i < m; i++) { ptrs[i] = p; lens[i] = strlen(p); p += lens[i] + 1; }
    int passes = atoi(argv[3]);
    double best = 1e30;
    size_t tp = 0, fp = 0, attacks = 0;
    for (int r = 0; r < passes; r++) {
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        size_t flagged = 0;
        for (size_t i = 0; i < m; i++) {
            char fingerprint[8];
            int hit = libinjection_sqli(ptrs[i], lens[i], fingerprint);
            flagged += hit;
            if (r == 0) {
                attacks += labels[i] == '1';
                tp += hit && labels[i] == '1';
                fp += hit && labels[i] != '1';
            }
        }
        clock_gettime(CLOCK_MONOTONIC, &b);
        double s = (b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9;
        if (s < best) best = s;
        if (flagged > m) return 3; /* keeps the loop's result alive */
    }
    printf("%zu statements, best of %d passes: %.3f M statements/s\n", m, passes, m / best / 1e6);
    printf("recall %.4f, false positives %.4f\n", (double)tp / attacks, (double)fp / (m - attacks));
    return 0;
}
"""


def sources(cache):
    """The unpacked sdist's C source folder, downloading it once."""
    root = os.path.join(cache, f"libinjection-python-{VERSION}")
    src = os.path.join(root, "libinjection", "src")
    if os.path.isdir(src):
        return src
    os.makedirs(cache, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
         "-d", cache, f"libinjection-python=={VERSION}"],
        check=True,
    )
    with tarfile.open(os.path.join(cache, f"libinjection-python-{VERSION}.tar.gz")) as tar:
        tar.extractall(cache, filter="data")
    return src


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[1])
    ap.add_argument("--corpus", default=DEV)
    ap.add_argument("--passes", type=int, default=20)
    ap.add_argument("--cache", default=os.path.expanduser("~/.cache/omnibase/libinjection"))
    args = ap.parse_args()
    src = sources(args.cache)
    with tempfile.TemporaryDirectory() as tmp:
        driver = os.path.join(tmp, "driver")
        with open(os.path.join(tmp, "driver.c"), "w") as f:
            f.write(DRIVER)
        subprocess.run(
            ["cc", "-O3", "-I", src, "-o", driver, os.path.join(tmp, "driver.c"),
             os.path.join(src, "libinjection_sqli.c")],
            check=True,
        )
        statements = os.path.join(tmp, "statements")
        labels = os.path.join(tmp, "labels")
        with gzip.open(args.corpus, "rt") as rows, open(statements, "wb") as s, open(labels, "wb") as l:
            for line in rows:
                row = json.loads(line)
                s.write(row["sql"].encode() + b"\0")
                l.write(b"1" if row["label"] == "attack" else b"0")
        subprocess.run([driver, statements, labels, str(args.passes)], check=True)


if __name__ == "__main__":
    main()
