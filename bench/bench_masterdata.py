"""Issue 14: the master-data export beside XlsxWriter writing the same cells (constant memory,
the same number formats, no logic), in the same run, best of N.

    .venv/bin/python -m bench.bench_masterdata [SCALE ...] [--runs N]   (from the repository root)
"""
from __future__ import annotations

import statistics
import sys
import time
from decimal import Decimal

import xlsxwriter

from bench.common import OUT, demo_db, machine
from kinerja_desktop.exchange.masterdata_format import SHEETS
from kinerja_desktop.exchange.masterdata_write import write_workbook
from kinerja_desktop.services.masterdata import dump_plan
from kinerja_desktop.store.database import open_database


def raw_write(rows_by_sheet, path) -> None:
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                         "strings_to_urls": False})
    number = wb.add_format({"num_format": "[$-421]General"})
    for name, rows in rows_by_sheet.items():
        ws = wb.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, str):
                    ws.write_string(r, c, value)
                else:
                    ws.write_number(r, c, value, number)
    wb.close()


def main() -> None:
    args = sys.argv[1:]
    runs = 3
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i:i + 2]
    print(f"Machine: {machine()}")
    OUT.mkdir(exist_ok=True)
    for scale in [int(a) for a in args] or [1, 10]:
        db = open_database(demo_db(scale), read_only=True)
        try:
            start = time.perf_counter()
            sheets = dump_plan(db)
            print(f"scale {scale}: reading the plan (dump_plan) {time.perf_counter() - start:.2f} s", flush=True)
            flat = {}
            for name, fields in SHEETS.items():   # the same cells as plain values, before timing
                flat[name] = [[f.header for f in fields]] + [
                    [None if row.get(f.key) in (None, "") else
                     (row[f.key] if f.kind in ("number", "int") and isinstance(row[f.key], (int, Decimal))
                      else str(row[f.key])) for f in fields] for row in sheets.get(name, [])]
            p, r = [], []
            for _ in range(runs):
                start = time.perf_counter()
                raw_write(flat, OUT / f"raw_master{scale}.xlsx")
                r.append(time.perf_counter() - start)
                start = time.perf_counter()
                write_workbook(OUT / f"master{scale}.xlsx", sheets, "Data induk")
                p.append(time.perf_counter() - start)
            print(f"scale {scale}: master-data write  program {min(p):.2f} s (median {statistics.median(p):.2f})"
                  f" | raw {min(r):.2f} s (median {statistics.median(r):.2f}) | ratio {min(p) / min(r):.2f}x", flush=True)
        finally:
            db.close()


if __name__ == "__main__":
    main()
