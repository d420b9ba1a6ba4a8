"""Parses CSV files with Python's csv module, strictly, and prints their
rows as JSON ({path: [[cell, ...], ...]}) for the Go test to compare with
its own reading. Usage: python3 parse_csv.py DIR PATH...  Files are opened
as a downstream user would: the canonical files as plain utf-8 (so a stray
byte-order mark would show in the first header cell), the Excel flavour in
excel/ as utf-8-sig (which drops the mark), newline='' as the csv module's
documentation requires."""
import csv
import json
import os
import sys

def parse(path):
    excel = os.path.basename(os.path.dirname(path)) == "excel"
    with open(path, encoding="utf-8-sig" if excel else "utf-8", newline="") as f:
        rows = list(csv.reader(f, strict=True))
    width = len(rows[0])
    for n, row in enumerate(rows):
        if len(row) != width:
            sys.exit("%s: row %d has %d cells, header %d" % (path, n, len(row), width))
    return rows

def main(base, paths):
    json.dump({p: parse(os.path.join(base, p)) for p in paths}, sys.stdout, ensure_ascii=False)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
