"""Raw baseline of `kinerja values`: sqlite3 + csv/json doing the same data work (the same
rows, joins, targets and order, written as the same columns) without the program's rule.

    python -m bench.raw_values DB csv|json > /dev/null
"""
from __future__ import annotations

import csv
import json
import sqlite3
import sys

from kinerja_desktop.services.values import _SQL, FIELDS


def main(db_path: str, fmt: str) -> None:
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    rows = ((opd, code, name, unit, y, q, value, targets or "", "", "", note)
            for opd, _id, code, name, unit, _p, _a, _r, y, q, value, note, targets
            in con.execute(_SQL.format(where="")))
    out = sys.stdout
    if fmt == "json":
        out.write("[\n")
        first = True
        for row in rows:
            if not first:
                out.write(",\n")
            first = False
            out.write(json.dumps(dict(zip(FIELDS, row)), ensure_ascii=False, indent=1))
        out.write("\n]\n")
    else:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(FIELDS)
        writer.writerows(rows)
    out.flush()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
