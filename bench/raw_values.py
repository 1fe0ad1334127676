"""Raw baseline of `kinerja values`: sqlite3 + csv/json doing the same data work (the same
rows, joins, targets and order, written as the same columns) without the program's rule.

    python -m bench.raw_values DB csv|json [--rule] > /dev/null

--rule: the floor of the job: the same, plus the capaian rule (domain.achievement.evaluate)
applied to every row, with the targets parsed per indicator-year as the program must.
"""
from __future__ import annotations

import csv
import json
import sqlite3
import sys
from decimal import Decimal

from kinerja_desktop.domain.achievement import evaluate

from kinerja_desktop.services.values import FIELDS
from kinerja_desktop.store.value_rows import VALUE_ROWS_SQL


def _with_rule(cursor):
    """Rows with the capaian: the rule alone, with no caching, ordering or retired check."""
    group, annual, quarterly, seen = None, None, {}, {}
    for opd, ind_id, code, name, unit, polarity, aggregation, _r, y, q, value, note, targets in cursor:
        if (ind_id, y) != group:
            group, annual, quarterly, seen = (ind_id, y), None, {}, {}
            for part in targets.split(",") if targets else ():
                tq, text = part.split("=", 1)
                if tq == "0":
                    annual = Decimal(text)
                else:
                    quarterly[int(tq)] = Decimal(text)
        seen[q] = Decimal(value)
        ev = evaluate(polarity, aggregation, annual, quarterly, seen, q)
        yield (opd, code, name, unit, y, q, value, targets or "",
               "" if ev.achievement is None else f"{ev.achievement:.2f}", "", note)


def main(db_path: str, fmt: str, rule: bool = False) -> None:
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    # The first plan period's rows, as `kinerja values` without --periode (two periods since issue 13).
    cursor = con.execute(VALUE_ROWS_SQL.format(
        where="WHERE i.plan_id = (SELECT id FROM plan ORDER BY start_year, id LIMIT 1)"))
    rows = _with_rule(cursor) if rule else (
        (opd, code, name, unit, y, q, value, targets or "", "", "", note)
        for opd, _id, code, name, unit, _p, _a, _r, y, q, value, note, targets in cursor)
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
    main(sys.argv[1], sys.argv[2], "--rule" in sys.argv[3:])
