"""Issue 13 point 3: a plan table of the plan document (every goal and objective of the demo as
title rows, their indicators, plus N new indicators, agencies written by name) read and compared
with the plan, beside python-calamine reading the same sheet and dump_plan reading the same plan
(the floors: no logic), best of N.

    .venv/bin/python -m bench.bench_plan_import [SCALE ...] [--rows N] [--runs N]
"""
from __future__ import annotations

import sys
import time

import xlsxwriter
from python_calamine import CalamineWorkbook

from bench.common import OUT, demo_db, machine
from kinerja_desktop.exchange.plan_table import read_plan_table
from kinerja_desktop.services.masterdata import dump_plan
from kinerja_desktop.services.plan_import import preview_plan_import
from kinerja_desktop.store.database import open_database


def write_table(db, path, extra: int) -> int:
    dump = dump_plan(db)
    names = dict(db.execute("SELECT code, name FROM agency").fetchall())
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("IKU")
    head = ["KODEFIKASI", "Indikator", "Satuan", "Kondisi Awal", *map(str, range(2022, 2027)), "Kondisi Akhir",
            "Perangkat Daerah Penanggung Jawab"]
    ws.write_row(0, 0, head)
    r = 1
    by_node = {}
    for i in dump["Indikator"]:
        if i["simpul"] in ("goal", "objective"):
            by_node.setdefault((i["simpul"], i["kode_simpul"]), []).append(i)
    for g in dump["Tujuan"]:
        ws.write_row(r, 0, [g["kode"], g["nama"]])
        r += 1
        for i in by_node.get(("goal", g["kode"]), []):
            ws.write_row(r, 0, [i["kode"], i["nama"], i["satuan"], "", "", "", "", "", "", "", names[i["opd"]]])
            r += 1
        for o in (o for o in dump["Sasaran"] if o["tujuan"] == g["kode"]):
            ws.write_row(r, 0, [o["kode"], o["nama"]])
            r += 1
            for i in by_node.get(("objective", o["kode"]), []):
                ws.write_row(r, 0, [i["kode"], i["nama"], i["satuan"], "", "", "", "", "", "", "", names[i["opd"]]])
                r += 1
            for n in range(extra // max(1, len(dump["Sasaran"]))):
                ws.write_row(r, 0, [f"{o['kode']}.B{n}", f"Indikator baru {o['kode']} {n}", "persen", 50, 51, 52, 53,
                                    54, 55, 55, next(iter(names.values()))])
                r += 1
    wb.close()
    return r


def best(fn, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main(argv):
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 3
    extra = int(argv[argv.index("--rows") + 1]) if "--rows" in argv else 300
    scales = [int(a) for a in argv if a.isdigit() and (argv.index(a) == 0 or argv[argv.index(a) - 1] not in
                                                         ("--runs", "--rows"))] or [1]
    print(machine())
    for scale in scales:
        db = open_database(demo_db(scale), read_only=True)
        path = OUT / f"plan_table_scale{scale}.xlsx"
        rows = write_table(db, path, extra)
        table = read_plan_table(path)
        read_ms = best(lambda: read_plan_table(path), runs)
        raw_ms = best(lambda: CalamineWorkbook.from_path(str(path)).get_sheet_by_name("IKU").to_python(), runs)
        dump_ms = best(lambda: dump_plan(db), runs)
        preview_ms = best(lambda: preview_plan_import(db, table), runs)
        p = preview_plan_import(db, table)
        print(f"scale {scale}: {rows} table rows; read {read_ms:.0f} ms (calamine raw {raw_ms:.0f} ms); "
              f"compare {preview_ms:.0f} ms (dump_plan alone {dump_ms:.0f} ms); "
              f"{len(p.new)} new, {len(p.changed)} changed, {len(p.structural)} structural, {len(p.refused)} refused")
        db.close()


if __name__ == "__main__":
    main(sys.argv[1:])
