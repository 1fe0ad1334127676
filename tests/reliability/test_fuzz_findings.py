"""Each crash the package-reader fuzz found, as a regression test: every one is now a refusal
with an Indonesian message naming the file (and never a giant grid in memory)."""
from __future__ import annotations

import pytest

from kinerja_desktop.exchange import package_xlsx
from kinerja_desktop.exchange.safe_zip import open_checked
from kinerja_desktop.exchange.package_reader import PackageRefused, read_package
from kinerja_desktop.services.packages import preview_import
from tests.package_tools import fill, issue, patch_sheet, set_cell_xml


@pytest.fixture
def filled(db, tmp_path):
    return fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 88.5, "H10": "70,25"})


def refusal(db, path) -> str:
    preview = preview_import(db, path)
    assert preview.refused is not None
    assert f"'{path.name}'" in preview.refused
    return preview.refused


def test_a_relationship_to_a_missing_part_is_refused(db, filled, tmp_path):
    # Was KeyError: "There is no item named 'xl/-1' in the archive".
    bad = patch_sheet(filled, tmp_path / "rel.xlsx", "xl/_rels/workbook.xml.rels",
                      r'Target="/xl/worksheets/sheet1.xml"', 'Target="-1"')
    assert "bagian xl/-1 tidak ada di dalam berkas" in refusal(db, bad)


def test_a_zip_directory_claiming_an_unknown_zip_version_is_refused(db, filled, tmp_path):
    # Was NotImplementedError: zip file version 25.5 (raised while reading the directory).
    data = bytearray(filled.read_bytes())
    at = data.find(b"PK\x01\x02")
    data[at + 6:at + 8] = (255).to_bytes(2, "little")      # 'version needed to extract' of the first entry
    bad = tmp_path / "versi.xlsx"
    bad.write_bytes(bytes(data))
    assert "rusak (arsip tidak utuh" in refusal(db, bad)


@pytest.mark.parametrize("text", ["inf", "-inf", "nan"])
def test_a_non_finite_number_in_a_read_only_cell_is_refused(db, filled, tmp_path, text):
    # Was decimal.InvalidOperation from the canonical text of the target column (E7).
    bad = set_cell_xml(filled, tmp_path / "inf.xlsx", "E7", f"<v>{text}</v>")
    with pytest.raises(PackageRefused, match="inf.xlsx"):
        read_package(bad)
    refusal(db, bad)


@pytest.mark.parametrize("ref", ["AAAAA1", "ZZZ7", "ZZ1048576", "J1048576", "A999999999"])
def test_a_cell_address_far_away_is_refused_without_building_a_dense_grid(db, filled, tmp_path, ref):
    # One cell at ZZ1048576 made calamine build a 700 x 1,048,576 grid: the process was killed
    # for memory. 'AAAAA1' (five letters) slipped past the 'beyond ZZ' test, which knew three.
    bad = patch_sheet(filled, tmp_path / "jauh.xlsx", "xl/worksheets/sheet1.xml", r'<c r="H7"', f'<c r="{ref}"')
    with open_checked(bad) as archive:
        reader = package_xlsx.XlsxReader(archive)
        try:
            assert reader.sheet_fast("Isian", 511) is None        # left to the sparse reader
        except package_xlsx.SheetProblem as exc:
            assert "lebih dari 511 baris" in str(exc)
        assert reader._calamine is None                         # calamine never parsed the workbook
        reader.close()
    if ref == "ZZZ7":       # a sane row: the sparse reader reads it (a cell outside the columns is ignored)
        assert preview_import(db, bad).refused is None
        return
    text = refusal(db, bad)
    assert "lembar 'Isian'" in text and any(words in text for words in (
        "tidak sah", "lebih dari", f"alamat sel '{ref}' tidak sesuai dengan barisnya (7)"))
