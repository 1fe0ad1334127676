"""The faster writers print exactly what the old ones printed: the report .xlsx (XlsxWriter,
constant memory) against the openpyxl writer it replaced, and `kinerja values` (streamed)
against the list it replaced, cell by cell on the scale-1 demo database.

The old implementations are kept in tests/reference/ (verbatim copies of the code before
issue 14) only for this comparison.
"""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import openpyxl
import pytest

from kinerja_desktop.exchange.report_xlsx import write_xlsx
from kinerja_desktop.services.report import build_report
from kinerja_desktop.services.values import FIELDS, list_values, value_rows, write_values
from kinerja_desktop.store.database import open_database
from tests.reference import report_xlsx_openpyxl as old_xlsx
from tests.reference.values_list import list_values as old_list_values

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(demo_db_path):
    db = open_database(demo_db_path, read_only=True)
    yield db
    db.close()


def _colour(c) -> str | None:
    if c is None or (c.type == "theme" and c.theme == 1):   # XlsxWriter's default: the text colour
        return None
    return str(c.rgb)


def _cell(cell) -> tuple:
    f, a, b = cell.font, cell.alignment, cell.border
    fill = cell.fill.fgColor.rgb if cell.fill is not None and cell.fill.fill_type == "solid" else None
    return (
        cell.value, cell.number_format,
        # a font without name or size is the default font (Calibri 11 in both writers)
        f.name or "Calibri", f.sz or 11.0, bool(f.b), bool(f.i), f.u, _colour(f.color) if f.color is not None else None,
        fill, a.horizontal, a.vertical, bool(a.wrap_text), a.indent,
        *(getattr(side, "style", None) for side in (b.left, b.right, b.top, b.bottom)),
    )


def _sheet(ws) -> dict:
    """Everything a reader sees of a sheet, in comparable form."""
    cells = {(c.row, c.column): _cell(c) for row in ws.iter_rows() for c in row
             if c.value is not None or c.has_style}
    # Blank unstyled cells and blank cells styled like nothing are the same on paper.
    blank = (None, "General", "Calibri", 11.0, False, False, None, "FF000000", None, None, None, False, 0,
             None, None, None, None)
    cells = {k: v for k, v in cells.items() if v != blank}
    ps = ws.page_setup
    fit = bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage)
    return {
        "cells": cells,
        "merges": sorted(str(r) for r in ws.merged_cells.ranges),
        "heights": {r: d.height for r, d in ws.row_dimensions.items() if d.height is not None},
        "widths": _pixel_widths(ws),
        # fitToWidth/fitToHeight (absent = 1) count only under fitToPage, else the scale does
        "page": (ps.orientation, str(ps.paperSize), ps.pageOrder, fit,
                 (1 if ps.fitToWidth is None else ps.fitToWidth, 1 if ps.fitToHeight is None else ps.fitToHeight)
                 if fit else int(ps.scale or 100),
                 ws.page_margins.left, ws.page_margins.right, ws.page_margins.top, ws.page_margins.bottom,
                 ws.print_options.horizontalCentered),
        "titles": (ws.print_title_rows, ws.print_title_cols),
        "breaks": [b.id for b in ws.col_breaks.brk],
        "freeze": ws.freeze_panes,
        "footer": (ws.oddFooter.left.text, ws.oddFooter.left.size, ws.oddFooter.right.text, ws.oddFooter.right.size),
    }


def _pixel_widths(ws) -> dict[int, int]:
    """Column widths as a spreadsheet shows them, in whole pixels (Arial 10: 7 px a character);
    XlsxWriter writes them rounded to pixels, openpyxl as given."""
    widths = {}
    for d in ws.column_dimensions.values():
        if d.customWidth:
            for col in range(d.min, d.max + 1):
                widths[col] = int((256 * d.width + 18) / 256 * 7)
    return widths


def _workbook(path) -> dict:
    wb = openpyxl.load_workbook(path)
    try:
        return {ws.title: _sheet(ws) for ws in wb.worksheets}
    finally:
        wb.close()


def _same(old: dict, new: dict) -> None:
    assert list(old) == list(new)
    for title in old:
        o, n = old[title], new[title]
        for key in o:
            if key == "cells":
                diffs = [(k, o["cells"].get(k), n["cells"].get(k)) for k in sorted(set(o["cells"]) | set(n["cells"]))
                         if o["cells"].get(k) != n["cells"].get(k)]
                assert not diffs, f"{title}: {len(diffs)} cells differ, first: {diffs[:3]}"
            else:
                assert o[key] == n[key], f"{title}: {key} differs"


@pytest.mark.parametrize("opd", [None, "DINKES"])
def test_report_xlsx_is_cell_by_cell_the_old_one(demo, tmp_path, opd):
    agency_id = None
    if opd:
        agency_id = demo.execute("SELECT id FROM agency WHERE code = ?", [opd]).fetchone()[0]
    report = build_report(demo, 2026, 3, agency_id, signed_on=date(2026, 11, 27))
    old_xlsx.write_xlsx(report, tmp_path / "old.xlsx", "F4")
    write_xlsx(report, tmp_path / "new.xlsx", "F4")
    old, new = _workbook(tmp_path / "old.xlsx"), _workbook(tmp_path / "new.xlsx")
    assert len(old["Evaluasi RKPD"]["cells"]) > 20_000 if opd is None else 500
    _same(old, new)


def test_master_data_export_is_cell_by_cell_the_old_one(demo, tmp_path):
    from kinerja_desktop.exchange.masterdata_write import write_workbook
    from kinerja_desktop.services.masterdata import dump_plan
    from tests.reference.masterdata_write_openpyxl import write_workbook as old_write

    sheets = dump_plan(demo)
    old_write(tmp_path / "old.xlsx", sheets, "Data induk")
    write_workbook(tmp_path / "new.xlsx", sheets, "Data induk")
    old, new = _workbook(tmp_path / "old.xlsx"), _workbook(tmp_path / "new.xlsx")
    assert len(old["Target"]["cells"]) > 100_000
    _same(old, new)


def test_values_are_the_old_list_in_csv_and_json(demo):
    dinkes = demo.execute("SELECT id FROM agency WHERE code = 'DINKES'").fetchone()[0]
    for kwargs in ({}, dict(agency_id=dinkes), dict(year=2026, quarter=3), dict(year=2025),
                   dict(agency_id=dinkes, quarter=2), dict(year=1990)):
        old = old_list_values(demo, **kwargs)
        assert list_values(demo, **kwargs) == old, kwargs
        out = io.StringIO()
        write_values(value_rows(demo, **kwargs), out, "json", chunk=1000)
        assert out.getvalue() == json.dumps(old, ensure_ascii=False, indent=1) + "\n"
        out, expected = io.StringIO(), io.StringIO()
        write_values(value_rows(demo, **kwargs), out, "csv")
        writer = csv.writer(expected, lineterminator="\n")
        writer.writerow(FIELDS)
        writer.writerows(list(row.values()) for row in old)
        assert out.getvalue() == expected.getvalue()
    assert len(old_list_values(demo)) > 90_000


@pytest.mark.parametrize("opd", [None, "DINKES"])
def test_report_figures_are_the_old_ones(demo, monkeypatch, opd):
    """build_report with the streamed history and the summed budget book equals the one with
    the old whole-history and year-by-year book, figure by figure (every Decimal)."""
    from kinerja_desktop.services import report as report_service
    from tests.reference import evaluation_old, report_budget_old

    agency_id = None
    if opd:
        agency_id = demo.execute("SELECT id FROM agency WHERE code = ?", [opd]).fetchone()[0]
    new = build_report(demo, 2026, 3, agency_id, signed_on=date(2026, 11, 27))
    monkeypatch.setattr(report_service, "BudgetBook", report_budget_old.BudgetBook)
    monkeypatch.setattr(report_service, "to_date_figures", evaluation_old.to_date_figures)
    old = build_report(demo, 2026, 3, agency_id, signed_on=date(2026, 11, 27))
    assert sum(1 for b in old.blocks if b.money is not None) > (1000 if opd is None else 20)
    assert [b.money for b in new.blocks] == [b.money for b in old.blocks]
    assert [line.kinerja for b in new.blocks for line in b.lines] == [line.kinerja for b in old.blocks for line in b.lines]
    assert new == old
