"""The fast reader (python-calamine builds a dense grid) is only used on a sheet whose grid is
bounded; anything unusual goes to the sparse reader or is refused, never to a huge grid."""
from __future__ import annotations

from decimal import Decimal

import pytest

from kinerja_desktop.exchange.calamine_bounds import TooManyRows, grid_is_small
from kinerja_desktop.exchange.package_xlsx import XlsxReader
from kinerja_desktop.exchange.safe_zip import open_checked
from kinerja_desktop.services.packages import preview_import
from tests.package_tools import fill, issue, patch_sheet


def _fast_or_not(path, name="Isian"):
    with open_checked(path) as archive:
        reader = XlsxReader(archive)
        try:
            return reader.sheet_fast(name, 1000)
        finally:
            reader.close()


def test_plain_package_takes_the_fast_path(db, tmp_path):
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 80})
    assert _fast_or_not(filled) is not None
    assert preview_import(db, filled).rows[0].package_value == 80


def test_far_column_goes_to_the_sparse_reader_and_still_reads(db, tmp_path):
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 80})
    far = patch_sheet(filled, tmp_path / "jauh.xlsx", "xl/worksheets/sheet1.xml",
                      r'(<row r="7"[^>]*>)', r'\1<c r="XFD7" t="inlineStr"><is><t>x</t></is></c>')
    assert _fast_or_not(far) is None            # a 16 384-column dense grid is never built
    preview = preview_import(db, far)
    assert preview.refused is None, preview.refused
    assert preview.rows[0].package_value == Decimal(80)


def test_row_elements_without_numbers_count_against_the_cap(db, tmp_path):
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 80})
    many = patch_sheet(filled, tmp_path / "banyak.xlsx", "xl/worksheets/sheet1.xml",
                       r"</sheetData>", "<row/>" * 3000 + "</sheetData>")
    preview = preview_import(db, many)
    assert preview.refused and "lebih dari" in preview.refused and "baris" in preview.refused


@pytest.mark.parametrize("address, words", [
    ('r = "H900000"', "alamat sel 'H900000'"),          # spaces around '=': a parser still reads it
    ("r='ZZ1048576'", "alamat sel 'ZZ1048576'"),        # single quotes, the farthest cell there is
    ('r="H0900000"', "alamat sel 'H0900000'"),          # leading zero
    ('r="h900000"', "alamat sel 'h900000'"),            # lower case: calamine takes it
    ("r=\"H7\" r='H900000'", "XML"),                     # a second address in the tag (the last one wins)
    ("r=\"H7\" x=\">\" r='H900000'", "XML"),             # ... behind a '>' inside a quoted value
])
def test_a_cell_addressed_far_away_in_any_spelling_never_reaches_the_dense_grid(db, tmp_path, address, words):
    """calamine would build a grid down to the address (gigabytes for ZZ1048576); the sparse
    reader refuses a cell whose address is not in its own row."""
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 80})
    odd = patch_sheet(filled, tmp_path / "alamat.xlsx", "xl/worksheets/sheet1.xml", r'r="H7"', address)
    assert _fast_or_not(odd) is None
    preview = preview_import(db, odd)
    assert preview.refused and words in preview.refused, preview.refused


def _sheet(cells: str, rows: int = 1) -> bytes:
    body = "".join(f'<row r="{r}">{cells if r == 1 else ""}</row>' for r in range(1, rows + 1))
    return f'<?xml version="1.0"?>\n<worksheet><sheetData>{body}</sheetData></worksheet>'.encode()


@pytest.mark.parametrize("cells, small", [
    ('<c r="A1" t="inlineStr"><is><t>Rasio = a/b, r = \'x\'</t></is></c>', True),   # look-alikes in text
    ('<c r="Z1"><v>1</v></c>', True),
    ('<c r="AA1"><v>1</v></c>', False),          # past column Z
    ('<c r="A99"><v>1</v></c>', False),          # below the cap of 10 rows
    ('<c r="A010"><v>1</v></c>', True),
    ('<c r="A011"><v>1</v></c>', False),
    ('<c><v>1</v></c>', False),                  # no address: the column is counted, never bounded
    ('<c s="1" r="A1"><v>1</v></c>', False),     # address not first
    ('<c r="A1"\nr="A1"><v>1</v></c>', False),
    ('<x:c r="A1"><v>1</v></x:c>', False),
    ('<c r="A1" x=">" r=\'A99\'><v>1</v></c>', False),   # '>' may stand inside a quoted value
    ('<c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>a > b, r=\'c\'</t></is></c>', True),
])
def test_grid_bound_on_raw_sheet_xml(cells, small):
    data = _sheet(cells)
    lo, hi = data.find(b"sheetData"), data.rfind(b"sheetData")
    assert grid_is_small(data, lo, hi, 10) is small


def test_too_many_row_elements_is_certain():
    data = _sheet("", rows=11)
    with pytest.raises(TooManyRows):
        grid_is_small(data, data.find(b"sheetData"), data.rfind(b"sheetData"), 10)
