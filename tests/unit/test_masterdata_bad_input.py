"""Bad master-data workbooks: each is refused with a reason naming sheet, row and column, and the
database stays exactly as it was (unless the planner excludes the bad row)."""
from __future__ import annotations

import zipfile

import openpyxl
import pytest

from kinerja_desktop.services.masterdata import (
    MasterDataRefused, apply_masterdata, export_masterdata, preview_masterdata,
)
from tests.fixtures import OPERATOR_A, PLANNER
from tests.unit.test_masterdata_roundtrip import table_dump


@pytest.fixture
def workbook(db, tmp_path):
    return export_masterdata(db, tmp_path / "induk.xlsx")


def _edit(path, edit):
    wb = openpyxl.load_workbook(path)
    edit(wb)
    wb.save(path)
    return path


def _refused(db, path, *expected):
    before = table_dump(db)
    preview = preview_masterdata(db, path)
    reasons = [reason for r in preview.rejected for reason in r.reasons]
    for text in expected:
        assert any(text in reason for reason in reasons), (text, reasons)
    with pytest.raises(MasterDataRefused) as info:
        apply_masterdata(db, preview, PLANNER)
    assert "tidak ada yang diubah" in str(info.value)
    assert table_dump(db) == before
    return preview


def test_missing_sheet(db, workbook):
    _edit(workbook, lambda wb: wb.remove(wb["Anggaran"]))
    before = table_dump(db)
    with pytest.raises(MasterDataRefused, match="lembar 'Anggaran' tidak ada"):
        preview_masterdata(db, workbook)
    assert table_dump(db) == before


def test_missing_column_header(db, workbook):
    _edit(workbook, lambda wb: wb["Program"].cell(1, 4, "Judul lain"))
    with pytest.raises(MasterDataRefused, match="lembar 'Program': kolom 'Nama program' tidak ada"):
        preview_masterdata(db, workbook)


def test_duplicated_code(db, workbook):
    _edit(workbook, lambda wb: wb["Tujuan"].append(["T1", "Tujuan kembar", 2]))
    _refused(db, workbook, "Lembar 'Tujuan' baris 3: duplikat: kunci T1 sudah dipakai di baris 2")


def test_unknown_opd(db, workbook):
    _edit(workbook, lambda wb: wb["Program"].append(["XYZ", "9.99.01", "S1.1", "Program baru"]))
    _refused(db, workbook, "Lembar 'Program' baris 4: kolom 'Kode OPD': OPD 'XYZ' tidak terdaftar")


def test_text_in_a_target_cell(db, workbook):
    _edit(workbook, lambda wb: wb["Target"].cell(2, 5, "tujuh puluh"))
    _refused(db, workbook, "Lembar 'Target' baris 2: kolom 'Target tahunan' (E2): 'tujuh puluh' bukan angka")


def test_formula_in_a_target_cell(db, workbook):
    _edit(workbook, lambda wb: wb["Target"].cell(2, 5, "=60+10"))
    _refused(db, workbook, "kolom 'Target tahunan' (E2): berisi rumus (=60+10)")


def test_merged_cells_in_data(db, workbook):
    _edit(workbook, lambda wb: wb["Program"].merge_cells("A2:A3"))
    _refused(db, workbook, "Lembar 'Program' baris 2: sel gabungan A2:A3", "Lembar 'Program' baris 3: sel gabungan")


def test_a_ten_thousand_character_name(db, workbook):
    _edit(workbook, lambda wb: wb["Sasaran"].cell(2, 3, "x" * 10_000))
    _refused(db, workbook, "kolom 'Nama sasaran' (C2): terlalu panjang (10000 karakter; paling banyak 500)")


def test_unknown_choice_and_reference(db, workbook):
    def edit(wb):
        ws = wb["Indikator"]
        ws.cell(2, 9, "Naik")               # Polaritas
        ws.append([None, "BARU-1", "Indikator baru", "persen", "DINA", "Program", "9.99.99", "Hasil", "Positif",
                   "Terakhir", 2, "Tidak"])
    _edit(workbook, edit)
    _refused(db, workbook, "kolom 'Polaritas' (I2): 'Naik' tidak dikenal; pilih Positif / Negatif",
             "program '9.99.99' milik OPD DINA tidak ada")


def test_a_rejected_parent_rejects_its_children(db, workbook):
    def edit(wb):
        wb["Program"].append(["XYZ", "9.99.01", "S1.1", "Program OPD tak dikenal"])
        wb["Kegiatan"].append(["DINA", "9.99.01", "9.99.01.2.01", "Kegiatan di program yang tidak ada"])
    _edit(workbook, edit)
    _refused(db, workbook, "Lembar 'Kegiatan' baris 3: kolom 'Kode program': program '9.99.01' milik OPD DINA tidak ada")


@pytest.mark.parametrize("content, message", [
    (b"Kode;Nama\nT1;Tujuan\n", "bukan buku kerja Excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, r"format Excel lama \(\.xls\)"),
])
def test_not_an_xlsx(db, tmp_path, content, message):
    path = tmp_path / "induk.xlsx"
    path.write_bytes(content)
    before = table_dump(db)
    with pytest.raises(MasterDataRefused, match=message):
        preview_masterdata(db, path)
    assert table_dump(db) == before


def test_zip_bomb_is_refused_before_reading(db, tmp_path):
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            chunk = b"0" * (1 << 20)
            for _ in range(70):
                member.write(chunk)
    before = table_dump(db)
    with pytest.raises(MasterDataRefused, match="bom zip"):
        preview_masterdata(db, path)
    assert table_dump(db) == before


def test_excluding_the_bad_row_applies_the_rest(db, workbook):
    def edit(wb):
        wb["Tujuan"].append(["T2", "Tujuan kedua", 2])
        wb["Program"].append(["XYZ", "9.99.01", "S1.1", "Program OPD tak dikenal"])
    _edit(workbook, edit)
    preview = preview_masterdata(db, workbook)
    bad = {(r.sheet, r.row) for r in preview.rejected}
    assert bad == {("Program", 4)}
    result = apply_masterdata(db, preview, PLANNER, excluded=frozenset(bad))
    assert (result.new, result.excluded) == (1, 1)
    assert db.execute("SELECT name FROM goal WHERE code = 'T2'").fetchone()[0] == "Tujuan kedua"
    assert db.execute("SELECT count(*) FROM program WHERE code = '9.99.01'").fetchone()[0] == 0


def test_an_operator_may_not_import(db, workbook):
    preview = preview_masterdata(db, workbook)
    with pytest.raises(MasterDataRefused, match="Hanya administrator atau perencana"):
        apply_masterdata(db, preview, OPERATOR_A)


def test_export_refuses_a_missing_folder(db, tmp_path):
    with pytest.raises(MasterDataRefused, match="tidak ada. Buat foldernya dulu"):
        export_masterdata(db, tmp_path / "tidak-ada" / "induk.xlsx")
