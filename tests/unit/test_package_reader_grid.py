"""The fast reader (python-calamine builds a dense grid) is only used on a sheet whose grid is
bounded; anything unusual goes to the sparse reader or is refused, never to a huge grid."""
from __future__ import annotations

from decimal import Decimal

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
