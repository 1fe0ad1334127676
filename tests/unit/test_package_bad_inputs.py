"""Every bad input of issue 4 is refused or rejected with its reason, and the database is
exactly as before (every table compared row for row)."""
from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal

import openpyxl
import pytest

from kinerja_desktop.exchange import package_format as fmt
from kinerja_desktop.services.packages import ImportRefused, apply_import, consolidate, preview_import
from tests.fixtures import PLANNER
from tests.package_tools import copy, dump, fill, issue, patch_sheet, set_cell_xml


@pytest.fixture
def issued(db, tmp_path):
    return issue(db, tmp_path)


def _refused(db, path, expect=(None, None, None)):
    before = dump(db)
    preview = preview_import(db, path, expect)
    with pytest.raises(ImportRefused):
        apply_import(db, PLANNER, preview, accept_new_version=True)
    results = consolidate(db, PLANNER, [path], accept_new_version=True, expect=expect)
    assert results[0].outcome == "refused"
    assert dump(db) == before
    return preview.blocking


def _edit_meta(key, value):
    def edit(wb):
        ws = wb[fmt.META_SHEET]
        for row in ws.iter_rows(min_row=2):
            if row[0].value == key:
                row[1].value = value
    return edit


def _meta_context(change):
    """Edit the context JSON in the metadata (and leave the stored digest as it was)."""
    def edit(wb):
        import json
        ws = wb[fmt.META_SHEET]
        cells = [row[1] for row in ws.iter_rows(min_row=2) if row[0].value == "context"]
        ctx = json.loads("".join(c.value for c in cells))
        change(ctx)
        cells[0].value = fmt.canonical_json(ctx)
        for c in cells[1:]:
            c.value = ""
    return edit


# --- whole-file refusals -------------------------------------------------------------------------

def test_text_file_renamed(db, tmp_path):
    path = tmp_path / "paket.xlsx"
    path.write_text("No;Kode;Realisasi\n", encoding="utf-8")
    assert "bukan buku kerja" in _refused(db, path)


def test_xls_file(db, tmp_path):
    path = tmp_path / "paket.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000))
    assert ".xls" in _refused(db, path)


def test_ods_file(db, tmp_path):
    path = tmp_path / "paket.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    assert ".ods" in _refused(db, path)


def test_zip_of_other_files(db, tmp_path):
    path = tmp_path / "paket.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.txt", "x")
    assert "berkas lain" in _refused(db, path)


def test_damaged_file(db, issued, tmp_path):
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(issued.read_bytes()[:3000])
    assert "rusak" in _refused(db, path)


def test_zip_bomb(db, issued, tmp_path):
    path = tmp_path / "bom.xlsx"
    copy(issued, path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet99.xml", b"<x>" + b"0" * 200_000_000 + b"</x>")
    assert "bom zip" in _refused(db, path)


def test_absurd_row_count(db, issued, tmp_path):
    path = set_cell_xml(issued, tmp_path / "baris.xlsx", "H7", "<v>1</v>")
    path = patch_sheet(path, tmp_path / "baris2.xlsx", "xl/worksheets/sheet1.xml", r"</sheetData>",
                       '<row r="1048000"><c r="A1048000"><v>1</v></c></row></sheetData>')
    assert "tidak wajar" in _refused(db, path)


def test_workbook_that_is_not_a_package(db, tmp_path):
    path = tmp_path / "lain.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Laporan"
    wb.save(path)
    assert "bukan paket" in _refused(db, path)


def test_encrypted_workbook(db, tmp_path):
    path = tmp_path / "sandi.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512) + "EncryptedPackage".encode("utf-16-le"))
    assert "kata sandi" in _refused(db, path)


def test_macro_workbook_renamed(db, issued, tmp_path):
    path = copy(issued, tmp_path / "makro.xlsx")
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("xl/vbaProject.bin", b"\x00" * 100)
    assert "makro" in _refused(db, path)


def test_xml_entity_attack(db, issued, tmp_path):
    path = patch_sheet(issued, tmp_path / "xxe.xlsx", "xl/worksheets/sheet1.xml", r"^",
                       '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>')
    assert "ENTITY" in _refused(db, path)


def test_package_of_another_opd_year_or_quarter(db, issued, tmp_path):
    assert "OPD DINB" in _refused(db, issued, expect=("DINB", None, None))
    assert "tahun 2025" in _refused(db, issued, expect=(None, 2025, None))
    assert "triwulan 2" in _refused(db, issued, expect=(None, None, 2))


def test_package_for_an_opd_this_database_does_not_have(db, issued, tmp_path):
    path = fill(issued, tmp_path / "x.xlsx", edit=_meta_context(lambda c: c["opd"].update(code="DINX")))
    assert "metadata" in _refused(db, path)


def test_older_format_version(db, issued, tmp_path):
    path = fill(issued, tmp_path / "lama.xlsx", edit=_edit_meta("format", "0"))
    assert "versi 0" in _refused(db, path)


def test_edited_metadata_field(db, issued, tmp_path):
    path = fill(issued, tmp_path / "meta.xlsx", edit=_edit_meta("quarter", "2"))
    assert "metadata 'quarter'" in _refused(db, path)


def test_edited_metadata_context(db, issued, tmp_path):
    path = fill(issued, tmp_path / "ctx.xlsx", edit=_meta_context(lambda c: c["rows"][0].update(issued_value="99")))
    assert "SHA-256" in _refused(db, path)


def test_metadata_consistently_forged_is_caught_by_the_issue_record(db, issued, tmp_path):
    def forge(wb):
        import json
        ws = wb[fmt.META_SHEET]
        cells = [row[1] for row in ws.iter_rows(min_row=2) if row[0].value == "context"]
        ctx = json.loads("".join(c.value for c in cells))
        ctx["rows"][0]["issued_value"] = "99"
        cells[0].value = fmt.canonical_json(ctx)
        for c in cells[1:]:
            c.value = ""
        for row in ws.iter_rows(min_row=2):
            if row[0].value == "digest":
                row[1].value = fmt.digest(ctx)
    path = fill(issued, tmp_path / "palsu.xlsx", edit=forge)
    assert "diterbitkan" in _refused(db, path)


def test_edited_title(db, issued, tmp_path):
    path = fill(issued, tmp_path / "judul.xlsx", {"A2": "Dinas B (DINB)"})
    assert "baris 2" in _refused(db, path)


def test_edited_read_only_cell(db, issued, tmp_path):
    path = fill(issued, tmp_path / "target.xlsx", {"E8": 500})
    reason = _refused(db, path)
    assert "sel E8" in reason and "Target 2026" in reason


@pytest.mark.parametrize("change, words", [
    (lambda ws: ws.delete_rows(8), "dihapus"),
    (lambda ws: ws.insert_rows(8), "disisipkan"),      # a blank row pushed the list down
    (lambda ws: _duplicate_row(ws, 8), "digandakan"),
    (lambda ws: _swap_rows(ws, 7, 8), "urutan"),
    (lambda ws: _append_row(ws), "di luar daftar"),
    (lambda ws: ws.insert_cols(3), "Kolom"),
])
def test_rows_and_columns_changed(db, issued, tmp_path, change, words):
    path = fill(issued, tmp_path / "baris.xlsx", edit=lambda wb: change(wb[fmt.ENTRY_SHEET]))
    assert words in _refused(db, path)


def _duplicate_row(ws, r):
    ws.insert_rows(r + 1)
    for c in range(1, 10):
        ws.cell(r + 1, c).value = ws.cell(r, c).value
    ws.delete_rows(ws.max_row)  # keep the count: the last row is lost instead
    ws.append([ws.cell(r, c).value for c in range(1, 10)])


def _swap_rows(ws, a, b):
    for c in range(1, 10):
        ws.cell(a, c).value, ws.cell(b, c).value = ws.cell(b, c).value, ws.cell(a, c).value


def _append_row(ws):
    ws.cell(ws.max_row + 1, 2).value = "X9.9"


def test_merged_cells_in_the_data_area(db, issued, tmp_path):
    path = fill(issued, tmp_path / "merge.xlsx", {"H7": 5}, edit=lambda wb: wb[fmt.ENTRY_SHEET].merge_cells("H7:H8"))
    assert "digabung" in _refused(db, path)


def test_locked_quarter(db, issued):
    db.execute("INSERT INTO workflow VALUES (1, 2026, 3, 'locked', 'x', 'admin')")
    assert "dikunci" in _refused(db, issued)


def test_indicator_the_opd_does_not_own(db, issued):
    db.execute("UPDATE indicator SET agency_id = 2 WHERE id = 3")
    assert "bukan milik OPD" in _refused(db, issued)


# --- rejected rows (the package is shown, but cannot be applied) ---------------------------------

@pytest.mark.parametrize("cells, reason", [
    ({"H7": "delapan puluh"}, "bukan angka"),
    ({"H7": dt.datetime(2026, 5, 1)}, "tanggal"),
    ({"H7": "=A1*2"}, "rumus"),
    ({"H7": "1.234"}, "bisa dibaca"),            # K1.1 has 1 decimal: ambiguous text
    ({"H7": 1.234}, "meragukan"),                # a number cell typed as 1.234 on a 1-decimal indicator
    ({"H8": -5}, "negatif"),
    ({"I7": "x" * 10_000}, "terlalu panjang"),
    ({"I7": "=HYPERLINK(\"http://x\")"}, "rumus"),   # a formula in the note column
])
def test_rejected_rows(db, issued, tmp_path, cells, reason):
    path = fill(issued, tmp_path / "isi.xlsx", cells)
    preview = preview_import(db, path)
    rejected = [r for r in preview.rows if r.status == "rejected"]
    assert len(rejected) == 1 and reason in rejected[0].reason
    assert "Lembar Isian, baris" in rejected[0].reason and "kolom" in rejected[0].reason
    assert _refused(db, path).startswith("1 baris ditolak")


@pytest.mark.parametrize("inner, cell_type, reason", [
    ("<v>#REF!</v>", "e", "#REF!"),
    ("<v>#DIV/0!</v>", "e", "#DIV/0!"),
    ("<f>1/0</f><v>#DIV/0!</v>", "e", "#DIV/0!"),
    ("<f>A1+1</f>", None, "rumus"),
])
def test_rejected_cells_written_by_a_spreadsheet(db, issued, tmp_path, inner, cell_type, reason):
    path = set_cell_xml(issued, tmp_path / "galat.xlsx", "H7", inner, cell_type)
    preview = preview_import(db, path)
    assert reason in {r.code: r for r in preview.rows}["K1.1"].reason
    _refused(db, path)


def test_formula_with_a_saved_result_is_taken(db, issued, tmp_path):
    path = set_cell_xml(issued, tmp_path / "rumus.xlsx", "H7", "<f>40+2.5</f><v>42.5</v>")
    preview = preview_import(db, path)
    row = {r.code: r for r in preview.rows}["K1.1"]
    assert row.status == "new" and row.package_value == 42.5


def test_spaces_around_a_number_are_ignored(db, issued, tmp_path):
    path = set_cell_xml(issued, tmp_path / "spasi.xlsx", "H7", "<is><t>\u00a0\u200b 12,5 \u200b</t></is>", "inlineStr")
    assert {r.code: r for r in preview_import(db, path).rows}["K1.1"].package_value == 12.5


def test_percent_formatted_cell_on_a_percent_indicator(db, issued, tmp_path):
    def percent(wb):
        wb[fmt.ENTRY_SHEET]["H7"].number_format = "0.0%"
    path = fill(issued, tmp_path / "persen.xlsx", {"H7": 0.857}, edit=percent)
    assert {r.code: r for r in preview_import(db, path).rows}["K1.1"].package_value == Decimal("85.7")


def test_same_file_twice_in_one_batch(db, issued, tmp_path):
    a = fill(issued, tmp_path / "a.xlsx", {"H7": 80})
    b = copy(a, tmp_path / "b.xlsx")
    results = consolidate(db, PLANNER, [a, b])
    assert [r.outcome for r in results] == ["applied", "duplicate"]
    assert "sama persis" in results[1].message


def test_same_package_twice_with_different_content_in_one_batch(db, issued, tmp_path):
    a = fill(issued, tmp_path / "a.xlsx", {"H7": 80})
    b = fill(issued, tmp_path / "b.xlsx", {"H7": 81})
    results = consolidate(db, PLANNER, [a, b])
    assert [r.outcome for r in results] == ["applied", "duplicate"]
