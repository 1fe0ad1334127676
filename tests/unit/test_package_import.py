"""Issue -> fill by script -> preview -> apply; re-import, conflicts, versions, signatures."""
from __future__ import annotations

from decimal import Decimal

import zipfile

import openpyxl
import pytest

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.exchange import package_format as fmt
from kinerja_desktop.services.packages import (
    ImportRefused, apply_import, consolidate, preview_import, summarise,
)
from kinerja_desktop.services.package_summary import write_summary
from kinerja_desktop.services.realisations import save_quarter
from tests.fixtures import PLANNER
from tests.package_tools import ROW_OF, dump, fill, issue


def _value(db, indicator_id, quarter=3):
    row = db.execute("SELECT value, note FROM realisation WHERE indicator_id = ? AND year = 2026 AND quarter = ?",
                     [indicator_id, quarter]).fetchone()
    return row


def test_issued_package_layout(db, tmp_path):
    path = issue(db, tmp_path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Isian", "Petunjuk", "_meta"]
    assert wb["_meta"].sheet_state == "veryHidden"
    ws = wb["Isian"]
    assert "Dinas A (DINA)" in ws["A2"].value and "Triwulan III" in ws["A3"].value
    assert [c.value for c in ws[6]][:5] == ["No", "Kode", "Indikator", "Satuan", "Target 2026"]
    assert ws.protection.sheet and not ws["H7"].protection.locked and ws["C7"].protection.locked
    assert ws.freeze_panes == "A7" and ws.page_setup.orientation == "landscape"
    assert ws["E8"].number_format == "#,##0" and ws["E7"].number_format == "#,##0.0"
    assert ws["H7"].fill.fgColor.rgb.endswith("FFF2CC") and ws["A6"].font.bold and ws["C7"].alignment.wrap_text
    assert ws.print_title_rows.replace("$", "") == "6:6" and ws.print_area.replace("$", "").endswith("A1:J10")   # J: spending
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToHeight == 0
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4 and "Halaman &P dari &N" in ws.oddFooter.center.text
    rules = {str(dv.sqref): (dv.type, dv.formula1, dv.showErrorMessage) for dv in ws.data_validations.dataValidation}
    assert rules["H7:H10"][:2] == ("decimal", "0") and rules["H7:H10"][2]
    assert wb["Petunjuk"]["A1"].value == "PETUNJUK PENGISIAN PAKET" and wb["Petunjuk"].protection.sheet
    assert db.execute("SELECT direction, digest != '' FROM package").fetchall() == [("issued", 1)]


def test_fill_by_script_preview_apply_and_reimport(db, tmp_path):
    path = issue(db, tmp_path)
    filled = fill(path, tmp_path / "isi.xlsx", {"H7": 88.5, "I7": "-tercapai", "H8": "1.234", "H10": "70,25",
                                                 "I10": "  naik\u00a0"})
    # 'H8': P1.1 has 0 decimals, so text 1.234 is 1234.
    preview = preview_import(db, filled)
    assert preview.refused is None and preview.signature == "unsigned"
    status = {r.code: r.status for r in preview.rows}
    # DINA has budgets on program 1 and activity 1: their spending rows follow the indicator rows.
    assert status == {"K1.1": "new", "P1.1": "new", "S1.1.1": "unchanged", "T1.1": "new",
                      "K1.1 (Rp)": "unchanged", "P1.1 (Rp)": "unchanged"}
    result = apply_import(db, PLANNER, preview)
    assert result.written >= 3
    assert _value(db, 4) == ("88.5", "-tercapai")
    assert _value(db, 3) == ("1234", "")
    assert _value(db, 1) == ("70.25", "naik")
    audit = db.execute("SELECT DISTINCT source, source_ref FROM audit_log").fetchall()
    assert audit == [("package", preview.package.package_id + " · diisi di spreadsheet")]   # marked in the audit
    before = dump(db)
    again = preview_import(db, filled)
    assert "sudah diimpor" in again.already_imported
    assert apply_import(db, PLANNER, again).written == 0
    assert dump(db) == before


def test_unsigned_package_of_an_opd_without_a_key_imports_without_confirmation(db, tmp_path):
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 80})
    preview = preview_import(db, filled)
    assert preview.signature == "unsigned" and preview.blocking is None
    assert apply_import(db, PLANNER, preview).written == 1


def test_conflict_keep_and_take(db, tmp_path):
    path = issue(db, tmp_path)
    save_quarter(db, PLANNER, 1, 2026, 3, [ValueChange(1, 3, Decimal("71"))])     # changed here after issue
    filled = fill(path, tmp_path / "isi.xlsx", {"H10": 72, "H7": 80})
    preview = preview_import(db, filled)
    conflict = {r.code: r for r in preview.rows}["T1.1"]
    assert conflict.status == "conflict" and conflict.current_value == 71 and conflict.package_value == 72
    apply_import(db, PLANNER, preview)       # default: keep
    assert _value(db, 1)[0] == "71" and _value(db, 4)[0] == "80"

    db2_path = issue(db, tmp_path)       # a fresh package for the take case
    save_quarter(db, PLANNER, 1, 2026, 3, [ValueChange(1, 3, Decimal("73"))])
    preview = preview_import(db, fill(db2_path, tmp_path / "isi2.xlsx", {"H10": 74}))
    preview.resolve_all("take")
    apply_import(db, PLANNER, preview)
    assert _value(db, 1)[0] == "74"


def test_untouched_row_does_not_undo_a_change_made_here(db, tmp_path):
    path = issue(db, tmp_path)
    save_quarter(db, PLANNER, 1, 2026, 3, [ValueChange(1, 3, Decimal("71"))])
    preview = preview_import(db, fill(path, tmp_path / "isi.xlsx", {"H7": 80}))
    assert {r.code: r.status for r in preview.rows}["T1.1"] == "unchanged"
    apply_import(db, PLANNER, preview)
    assert _value(db, 1)[0] == "71"


def test_second_version_must_be_accepted(db, tmp_path):
    path = issue(db, tmp_path)
    first = fill(path, tmp_path / "v1.xlsx", {"H7": 80})
    apply_import(db, PLANNER, preview_import(db, first))
    second = fill(path, tmp_path / "v2.xlsx", {"H7": 81})
    preview = preview_import(db, second)
    assert preview.version == 2
    before = dump(db)
    with pytest.raises(ImportRefused, match="versi 2"):
        apply_import(db, PLANNER, preview)
    assert dump(db) == before
    apply_import(db, PLANNER, preview, accept_new_version=True)
    assert _value(db, 4)[0] == "81"
    assert db.execute("SELECT version FROM package WHERE direction = 'imported' ORDER BY version").fetchall() == [(1,), (2,)]


def test_consolidate_many_with_summary(db, tmp_path):
    (tmp_path / "in").mkdir()
    a = fill(issue(db, tmp_path), tmp_path / "in" / "a.xlsx", {"H7": 80})
    b = fill(issue(db, tmp_path, code="DINB"), tmp_path / "in" / "b.xlsx", {"H7": "tidak tahu"})
    results = consolidate(db, PLANNER, [tmp_path / "in", a])
    outcomes = [(r.path.name, r.outcome) for r in results]
    assert outcomes == [("a.xlsx", "applied"), ("b.xlsx", "refused"), ("a.xlsx", "duplicate")]
    summary = {s.code: s for s in summarise(results)}
    assert summary["DINA"].applied == 1 and summary["DINB"].rejected_rows == 1
    assert any("tidak tahu" in reason for reason in summary["DINB"].reasons)
    out = write_summary(tmp_path / "ringkasan.xlsx", summarise(results), results)
    ws = openpyxl.load_workbook(out)["Ringkasan OPD"]
    assert [ws.cell(r, 1).value for r in (2, 3, 4)] == ["?", "DINA", "DINB"] or \
        {ws.cell(r, 1).value for r in range(2, 5)} >= {"DINA", "DINB"}


def test_consolidate_cancel_reads_nothing_more(db, tmp_path):
    a = fill(issue(db, tmp_path), tmp_path / "a.xlsx", {"H7": 80})
    before = dump(db)
    results = consolidate(db, PLANNER, [a], cancelled=lambda: True)
    assert [r.outcome for r in results] == ["cancelled"] and dump(db) == before


def test_program_notes_with_formula_text_are_written_back_as_text(db, tmp_path):
    save_quarter(db, PLANNER, 1, 2026, 3, [ValueChange(4, 3, Decimal("1"), "=HYPERLINK(\"x\")")])
    path = issue(db, tmp_path)
    ws = openpyxl.load_workbook(path)[fmt.ENTRY_SHEET]
    assert ws["I7"].value == "=HYPERLINK(\"x\")" and ws["I7"].data_type == "s" and ws["I7"].quotePrefix
    assert not ws["I8"].quotePrefix and ws["I7"].fill.fgColor.rgb.endswith("FFF2CC")   # the input style kept
    assert preview_import(db, path).rows[0].status == "unchanged"


def test_fast_and_full_readers_agree(db, tmp_path, monkeypatch):
    """python-calamine (fast path) and the program's own reader give the same package."""
    from kinerja_desktop.exchange.package_reader import read_package
    from kinerja_desktop.exchange.package_xlsx import XlsxReader

    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 88.5, "I7": "  baik ", "H8": "1.234",
                                                                 "H9": "x", "H10": 70})
    fast = read_package(filled)
    monkeypatch.setattr(XlsxReader, "sheet_fast", lambda self, *args: None)
    full = read_package(filled)
    assert [(r.indicator_id, r.value, r.note, r.problem) for r in fast.rows] == \
        [(r.indicator_id, r.value, r.note, r.problem) for r in full.rows]
    assert fast.content_digest == full.content_digest


def test_the_bytes_checked_are_the_bytes_parsed(db, tmp_path, monkeypatch):
    """A file swapped on disk after the archive check (a share another office writes to) is not
    what gets parsed: the reader parses the checked bytes, never the path again."""
    from kinerja_desktop.exchange import safe_zip
    from kinerja_desktop.exchange.package_reader import read_package

    path = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 88.5})
    checked = safe_zip._checked

    def check_then_swap(name, archive, limits):
        checked(name, archive, limits)
        path.write_bytes(b"not a workbook any more")

    monkeypatch.setattr(safe_zip, "_checked", check_then_swap)
    package = read_package(path)
    assert path.read_bytes() == b"not a workbook any more"
    assert {r.code: r.value for r in package.rows}["K1.1"] == Decimal("88.5")


def test_formula_like_texts_in_every_column_are_written_as_text_and_read_back(db, tmp_path):
    db.execute("""UPDATE indicator SET name = '=HYPERLINK("http://x","klik")', unit = '@satuan' WHERE id = 4""")
    db.execute("UPDATE indicator SET name = '+62 desa', unit = '-' WHERE id = 3")
    path = issue(db, tmp_path)
    ws = openpyxl.load_workbook(path)[fmt.ENTRY_SHEET]
    for ref, text in (("C7", '=HYPERLINK("http://x","klik")'), ("D7", "@satuan"), ("C8", "+62 desa"), ("D8", "-")):
        assert (ws[ref].value, ws[ref].data_type, ws[ref].quotePrefix) == (text, "s", True), ref
    assert not ws["C9"].quotePrefix
    with zipfile.ZipFile(path) as archive:     # no formula element anywhere in the entry sheet
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")
    assert preview_import(db, path).refused is None          # read back exactly: digest and rows match


def test_cells_without_text_are_blank_not_empty_strings(db, tmp_path):
    ws = openpyxl.load_workbook(issue(db, tmp_path))[fmt.ENTRY_SHEET]
    assert ws["I8"].value is None and ws["I8"].fill.fgColor.rgb.endswith("FFF2CC")   # no note, still an input


def test_a_literal_ooxml_escape_in_a_name_reads_the_same_through_both_readers(db, tmp_path):
    from kinerja_desktop.exchange.package_xlsx import XlsxReader
    from kinerja_desktop.exchange.safe_zip import open_checked

    db.execute("UPDATE indicator SET name = 'Cakupan _x0041_ dan _x005F_ contoh' WHERE id = 4")
    path = issue(db, tmp_path)
    with open_checked(path) as archive:
        reader = XlsxReader(archive)
        fast, full = reader.sheet_fast(fmt.ENTRY_SHEET), reader.sheet(fmt.ENTRY_SHEET)
        reader.close()
    assert fast.raw(7, 3) == full.raw(7, 3) == "Cakupan _x0041_ dan _x005F_ contoh"
    assert preview_import(db, path).refused is None


def test_an_indicator_retired_after_issue_only_loses_its_own_row(db, tmp_path):
    from kinerja_desktop.services.plan_edit import retire_node
    from tests.fixtures import ADMIN

    path = issue(db, tmp_path)
    retire_node(db, ADMIN, "activity", 1)                      # K1.1 leaves the plan
    filled = fill(path, tmp_path / "isi.xlsx", {"H7": 88.5, "H8": 1300})
    preview = preview_import(db, filled)
    assert preview.refused is None
    status = {r.code: (r.status, r.reason) for r in preview.rows if r.kind == "value"}
    assert status["K1.1"][0] == "left_out" and "dipensiunkan sejak" in status["K1.1"][1]
    assert status["P1.1"][0] == "new"
    apply_import(db, PLANNER, preview)
    assert _value(db, 3) == ("1300", "") and _value(db, 4) is None
