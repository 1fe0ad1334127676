"""Issue 14: the master-data export beside XlsxWriter writing the same cells (constant memory,
the same number formats, no logic), and the preview of that export beside python-calamine reading
every sheet of the same workbook, in the same run, best of N.

    .venv/bin/python -m bench.bench_masterdata [SCALE ...] [--runs N]   (from the repository root)
"""
from __future__ import annotations

import statistics
import sys
import time
from decimal import Decimal

import xlsxwriter
from python_calamine import CalamineWorkbook

from bench.common import OUT, demo_db, machine
from kinerja_desktop.exchange.masterdata_format import SHEETS
from kinerja_desktop.exchange.masterdata_write import write_workbook
from kinerja_desktop.services.masterdata import dump_plan, preview_masterdata
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


def raw_read(path) -> int:
    """python-calamine reading every sheet of the workbook into Python values, no logic."""
    book = CalamineWorkbook.from_path(str(path))
    try:
        return sum(len(book.get_sheet_by_name(name).to_python(skip_empty_area=False)) for name in book.sheet_names)
    finally:
        book.close()


def floor(db, path, touch: bool = False) -> int:
    """What any preview must do, with no rule at all: check the archive, read it with calamine
    from the checked bytes, read the plan, and find each row's stored twin by its key.
    `touch`: also each row's cells put in a dict by field, the least Python any rule on a cell
    needs (no rule yet)."""
    import io

    from kinerja_desktop.exchange.masterdata_read import MASTER_LIMITS
    from kinerja_desktop.exchange.safe_zip import check_archive
    from kinerja_desktop.services.masterdata_preview import KEY_FIELDS

    book = CalamineWorkbook.from_filelike(io.BytesIO(check_archive(path, MASTER_LIMITS)))
    plan = dump_plan(db)
    found = 0
    for name, fields in SHEETS.items():
        keys = KEY_FIELDS.get(name, ("id",) if name == "Indikator" else ("id", "tahun"))
        stored = {tuple(row.get(k) for k in keys): row for row in plan.get(name, [])}
        rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        names = [(f.key, rows[0].index(f.header)) for f in fields if f.header in rows[0]]
        where = [dict(names)[k] for k in keys]
        for row in rows[1:]:
            if touch:
                v = {k: row[i] for k, i in names}
            found += tuple(row[i] for i in where) in stored
    book.close()
    return found


def rules_floor(db, path) -> int:
    """The preview's own rules, each the simplest raw way, no message written and no rule skipped
    that the design asks for: the archive check; proof that calamine may be trusted (no formula,
    no error value in any sheet XML, no percent format); calamine reading every sheet; the plan
    read (`dump_plan`); per cell its kind (a number through Decimal with the 15-digit rule, a whole
    number, a trimmed text within its length, a choice word, a date), a required cell filled; per
    row the OPD known, the key not seen twice, the parent found, and the row compared with its
    stored twin as one tuple. Returns the count of unchanged rows (all, on a round trip)."""
    import datetime as dt
    import io
    import zipfile

    from kinerja_desktop.exchange.masterdata_format import CHOICES
    from kinerja_desktop.exchange.masterdata_read import MASTER_LIMITS
    from kinerja_desktop.exchange.safe_zip import check_archive
    from kinerja_desktop.services.masterdata_preview import KEY_FIELDS, PARENT

    data = check_archive(path, MASTER_LIMITS)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for part in archive.namelist():
            if part.startswith("xl/worksheets/"):
                xml = archive.read(part)
                assert b"<f>" not in xml and b"<f " not in xml and b't="e"' not in xml, part
        assert b"%" not in archive.read("xl/styles.xml")
    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    plan = dump_plan(db)
    agencies = {code.lower(): code for (code,) in db.execute("SELECT code FROM agency")}
    words = {key: {w.lower(): v for w, v in m.items()} for key, m in CHOICES.items()}

    def number(x):
        d = Decimal(repr(x)) if type(x) is float else Decimal(str(x).replace(",", "."))
        assert len(d.as_tuple().digits) <= 15
        return int(d) if d == d.to_integral_value() else d

    convert = {"number": number, "int": lambda x: int(x),
               "text": lambda x: str(int(x) if type(x) is float else x).strip(),
               "since": lambda x: dt.datetime.fromisoformat(str(x)).isoformat() and str(x)}
    unchanged = 0
    known: dict[str, set] = {}
    for name, fields in SHEETS.items():
        keys = KEY_FIELDS.get(name, ("id",) if name == "Indikator" else ("id", "tahun"))
        stored = {tuple(row.get(k) for k in keys): row for row in plan.get(name, [])}
        known[name] = set(stored)
        rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        cols = [(f, rows[0].index(f.header)) for f in fields if f.header in rows[0]]
        compared = [f.key for f, _ in cols if f.key != "id"]
        # An empty stored text and an empty cell are the same value.
        twins = {k: tuple(None if row.get(c) == "" else row.get(c) for c in compared) for k, row in stored.items()}
        parent = PARENT.get(name)
        seen = set()
        for row in rows[1:]:
            v = {}
            for f, i in cols:
                x = row[i]
                if x == "" or x is None:
                    assert not f.required
                    v[f.key] = None
                elif f.kind == "choice":
                    v[f.key] = words[f.key][str(x).strip().lower()]
                else:
                    v[f.key] = got = convert[f.kind](x)
                    assert f.kind != "text" or len(got) <= f.limit
            if "opd" in v:
                v["opd"] = agencies[v["opd"].lower()]
            key = tuple(v.get(k) for k in keys)
            assert key not in seen
            seen.add(key)
            if parent:
                assert tuple(v[k] for k in parent[1]) in known[parent[0]]
            unchanged += twins.get(key) == tuple(map(v.get, compared))
    book.close()
    return unchanged


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
            p, r = [], []
            for _ in range(runs):
                start = time.perf_counter()
                raw_read(OUT / f"master{scale}.xlsx")
                r.append(time.perf_counter() - start)
                start = time.perf_counter()
                preview = preview_masterdata(db, OUT / f"master{scale}.xlsx")
                p.append(time.perf_counter() - start)
            assert not preview.changes and not preview.rejected, preview.summary()
            f, tf, rf = [], [], []
            for _ in range(runs):
                start = time.perf_counter()
                floor(db, OUT / f"master{scale}.xlsx")
                f.append(time.perf_counter() - start)
                start = time.perf_counter()
                floor(db, OUT / f"master{scale}.xlsx", touch=True)
                tf.append(time.perf_counter() - start)
                start = time.perf_counter()
                same = rules_floor(db, OUT / f"master{scale}.xlsx")
                rf.append(time.perf_counter() - start)
            # The floor does the same work only if it reaches the program's verdict: all unchanged.
            assert same == len(preview.of("unchanged")) == len(preview.rows), (same, preview.summary())
            print(f"scale {scale}: master-data preview program {min(p):.2f} s (median {statistics.median(p):.2f})"
                  f" | calamine read {min(r):.2f} s (median {statistics.median(r):.2f}) | ratio {min(p) / min(r):.2f}x"
                  f" ({len(preview.rows)} rows)", flush=True)
            print(f"scale {scale}:   floor (check + calamine + dump_plan + a key lookup per row, no rule)"
                  f" {min(f):.2f} s = {min(f) / min(r):.2f}x calamine; program / floor {min(p) / min(f):.2f}x", flush=True)
            print(f"scale {scale}:   the same, each row's cells put in a dict by field (the least any rule needs)"
                  f" {min(tf):.2f} s = {min(tf) / min(r):.2f}x calamine", flush=True)
            print(f"scale {scale}:   rules floor (the same plus every cell's kind, required cells, OPD, duplicates,"
                  f" parents, the comparison; the simplest raw way) {min(rf):.2f} s = {min(rf) / min(r):.2f}x calamine;"
                  f" program / rules floor {min(p) / min(rf):.2f}x", flush=True)
        finally:
            db.close()


if __name__ == "__main__":
    main()
