"""Issue 14: master data read with calamine gives exactly the rows, values and reasons of the
openpyxl reader, and hands every workbook calamine cannot judge (formulas, percent formats) to
the openpyxl reader."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from kinerja_desktop.exchange.masterdata_fast import read_fast
from kinerja_desktop.exchange.masterdata_read import MASTER_LIMITS, read_workbook, read_workbook_openpyxl
from kinerja_desktop.exchange.safe_zip import open_checked
from kinerja_desktop.services.masterdata import _context, dump_plan, export_masterdata
from kinerja_desktop.services.masterdata_preview import build_preview
from kinerja_desktop.store.database import open_database


def _both(path):
    """(calamine rows or None, openpyxl rows) of one workbook."""
    with open_checked(path, MASTER_LIMITS) as archive:
        fast = read_fast(archive, path.name)
        data = archive.raw
    return fast, read_workbook_openpyxl(data, path.name)


def _preview(db, rows, name):
    plan, agencies = _context(db)
    return build_preview(dump_plan(db), agencies, plan.years, rows, name)


def test_demo_export_reads_the_same_through_calamine(demo_db_path, tmp_path):
    db = open_database(demo_db_path, read_only=True)
    try:
        path = export_masterdata(db, tmp_path / "induk.xlsx")
        fast, old = _both(path)
        assert fast is not None, "the program's own export must take the calamine path"
        assert sum(len(rows) for rows in fast.values()) > 20_000
        assert fast == old
        new_preview, old_preview = _preview(db, fast, path.name), _preview(db, old, path.name)
        assert new_preview.rows == old_preview.rows
        assert new_preview.summary() == old_preview.summary()
        assert not new_preview.changes and not new_preview.rejected
    finally:
        db.close()


def _edited(db, tmp_path, edit):
    path = export_masterdata(db, tmp_path / "induk.xlsx")
    wb = openpyxl.load_workbook(path)
    edit(wb)
    wb.save(path)
    return path


def _bad_cells(wb):
    target, indicator, goal = wb["Target"], wb["Indikator"], wb["Tujuan"]
    target.cell(2, 5, "tujuh puluh")                        # text in a number cell
    target.cell(2, 6, True)                                 # a boolean in a number cell
    target.cell(2, 7, dt.datetime(2026, 1, 5))              # a date in a number cell
    target.cell(2, 8, 1.5e17)                               # beyond the number rule
    target.cell(2, 9, 12.345)                               # more decimals than read, kept exactly
    target.cell(2, 4, 2024.0)                               # a whole float as a year
    goal.cell(2, 3, "dua")                                  # text in an integer cell
    goal.cell(2, 4, dt.datetime(2026, 11, 27))              # a date for 'Nonaktif sejak'
    goal.cell(2, 1, 3.5)                                    # a fraction as a code
    indicator.cell(2, 3, "x" * 600)                         # too long
    indicator.cell(2, 6, "Entah")                           # an unknown choice
    indicator.cell(2, 19, "kemarin")                        # not a date
    indicator["B2"].value = None                            # a required cell emptied
    wb["Program"].merge_cells("A2:A3")
    wb["Tujuan"].append([])                                 # a gap, then a row after it
    wb["Tujuan"].append(["T9", "Tujuan baru", 9, "2026-11-27T08:00:00"])


def test_bad_cells_give_the_same_reasons_through_calamine(db, tmp_path):
    path = _edited(db, tmp_path, _bad_cells)
    fast, old = _both(path)
    assert fast is not None
    assert fast == old
    reasons = [p for rows in fast.values() for row in rows for p in row.problems]
    for text in ("'tujuh puluh' bukan angka", "BENAR/SALAH", "tanggal/waktu", "sel gabungan A2:A3",
                 "'dua' bukan bilangan bulat", "berisi angka 3.5", "terlalu panjang", "'Entah' tidak dikenal",
                 "'kemarin' bukan tanggal", "(B2): wajib diisi"):
        assert any(text in p for p in reasons), (text, reasons)
    assert _preview(db, fast, path.name).rows == _preview(db, old, path.name).rows
    assert [r.values["nonaktif"] for r in fast["Tujuan"]][0] == "2026-11-27T00:00:00"


@pytest.mark.parametrize("edit, reason", [
    (lambda wb: wb["Target"].cell(2, 5, "=60+10"), "berisi rumus (=60+10)"),
    (lambda wb: setattr(wb["Target"].cell(2, 5), "number_format", "0%"), "berformat persen"),
])
def test_what_calamine_cannot_see_goes_to_the_openpyxl_reader(db, tmp_path, edit, reason):
    path = _edited(db, tmp_path, edit)
    fast, old = _both(path)
    assert fast is None
    assert read_workbook(path) == old
    assert any(reason in p for p in old["Target"][0].problems)
