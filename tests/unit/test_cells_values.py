"""Text written without injection (checked by reopening), numbers read with reasons."""
from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from kinerja_desktop.exchange.cells import (
    CellRefused, FormulaWithoutValue, escape_text, read_number, read_text, set_text,
)

NASTY = ["=1+1", "=HYPERLINK(\"http://x\",\"klik\")", "+62 812", "-bagus", "@SUM(A1)", "\tx", "\rx", "\x00=2+3", "biasa"]


@pytest.mark.parametrize("write_only", [False, True])
def test_set_text_never_writes_a_formula_and_reads_back_exactly(tmp_path, write_only):
    path = tmp_path / "teks.xlsx"
    wb = openpyxl.Workbook(write_only=write_only)
    if write_only:
        from openpyxl.cell import WriteOnlyCell
        ws = wb.create_sheet("S")
        cells = []
        for text in NASTY:
            cell = WriteOnlyCell(ws)
            set_text(cell, text)
            cells.append(cell)
        for cell in cells:
            ws.append([cell])
    else:
        ws = wb.active
        for row, text in enumerate(NASTY, start=1):
            set_text(ws.cell(row, 1), text)
    wb.save(path)
    with zipfile.ZipFile(path) as z:
        sheet = [n for n in z.namelist() if n.startswith("xl/worksheets/")][0]
        assert b"<f>" not in z.read(sheet) and b"<f " not in z.read(sheet)
    back = openpyxl.load_workbook(path)
    ws = back.worksheets[0]
    expected = [t.replace("\x00", "").replace("\r", "\n") for t in NASTY]
    assert [ws.cell(r, 1).value for r in range(1, len(NASTY) + 1)] == expected
    assert all(ws.cell(r, 1).data_type == "s" for r in range(1, len(NASTY) + 1))
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    assert [r[0] for r in rows] == expected


def test_escape_text_prefixes_an_apostrophe(tmp_path):
    assert escape_text("=1+1") == "'=1+1"
    assert escape_text("-x") == "'-x"
    assert escape_text("@x") == "'@x"
    assert escape_text("\x00=1") == "'=1"
    assert escape_text("Dinas") == "Dinas"
    path = tmp_path / "e.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = escape_text("=1+1")
    wb.save(path)
    assert openpyxl.load_workbook(path).active["A1"].data_type == "s"


@pytest.mark.parametrize("value, fmt, decimals, unit, expected", [
    (None, "General", 2, "km", None),
    ("", "General", 2, "km", None),
    (12, "General", 0, "orang", Decimal(12)),
    (12.5, "#,##0.00", 2, "km", Decimal("12.5")),
    (0.1 + 0.2, "General", 2, "km", Decimal("0.3")),
    ("12,5", "@", 2, "km", Decimal("12.5")),
    ("1.234,5", "@", 2, "km", Decimal("1234.5")),
    ("1234.5", "@", 2, "km", Decimal("1234.5")),
    ("\u00a0 12,5\u200b", "@", 2, "km", Decimal("12.5")),
    ("1.234", "@", 0, "orang", Decimal(1234)),
    (0.857, "0.0%", 1, "persen", Decimal("85.7")),
    (0.857, '0.0"%"', 1, "persen", Decimal("0.857")) if False else (85.7, "General", 1, "persen", Decimal("85.7")),
    ("85%", "@", 1, "persen", Decimal(85)),
    (1.234, "General", 3, "indeks", Decimal("1.234")),
    (0.125, "General", 2, "indeks", Decimal("0.125")),
    (-3, "General", 2, "km", Decimal(-3)),
])
def test_read_number_accepts(value, fmt, decimals, unit, expected):
    assert read_number(value, fmt, decimals, unit) == expected


@pytest.mark.parametrize("value, fmt, decimals, unit, reason", [
    ("banyak", "@", 2, "km", "bukan angka"),
    ("#REF!", "General", 2, "km", "galat"),
    ("#DIV/0!", "General", 2, "km", "galat"),
    (FormulaWithoutValue("=A1*2"), "General", 2, "km", "rumus"),
    ("=A1*2", "General", 2, "km", "rumus"),
    (dt.datetime(2026, 5, 1), "dd/mm/yyyy", 2, "km", "tanggal"),
    (dt.date(2026, 5, 1), "dd/mm/yyyy", 2, "km", "tanggal"),
    (True, "General", 2, "km", "BENAR"),
    ("1.234", "@", 2, "km", "bisa dibaca"),
    (1.234, "General", 2, "orang", "meragukan"),
    (1.234, "General", 0, "orang", "meragukan"),
    (0.5, "0%", 2, "km", "format persen"),
])
def test_read_number_refuses_with_a_reason(value, fmt, decimals, unit, reason):
    with pytest.raises(CellRefused, match=reason):
        read_number(value, fmt, decimals, unit)


def test_read_text_limits_and_cleans():
    assert read_text("  catatan\x01 ") == "catatan"
    assert read_text(12.0) == "12"
    assert read_text(None) == ""
    with pytest.raises(CellRefused, match="terlalu panjang"):
        read_text("x" * 10_000)
