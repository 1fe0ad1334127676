"""The entry form's plausibility warnings with the installation's factors, and a stored value
outside the number rule shown (not crashing) and replaced by a save."""
from __future__ import annotations

from PySide6.QtCore import Qt

from kinerja_desktop.services.office_settings import save_office_settings
from tests.fixtures import ADMIN
from tests.gui.test_entry_form import go, make_page, realisation, type_cell  # noqa: F401 - make_page is a fixture


def test_over_five_times_the_target_asks_and_going_back_keeps_the_values(qtbot, make_page, db):
    page = make_page(answers={"confirm": False})
    go(page, "P1.1")
    type_cell(qtbot, page, "1900")            # 90 + 95 + 1900 = 2085 > 5 x 400
    go(page, "T1.1")
    type_cell(qtbot, page, "69,9")
    assert page.save() is False
    assert any("P1.1" in a and "5 kali target tahunan" in a and "Simpan tetap?" in a for a in page.asked)
    assert realisation(db, 3) is None and realisation(db, 1) is None
    assert page.model.is_dirty() and page.model.text_at(go(page, "P1.1"), "value") == "1900"


def test_confirmed_warning_is_saved(qtbot, make_page, db):
    page = make_page()
    go(page, "P1.1")
    type_cell(qtbot, page, "1900")
    assert page.save() is True
    assert realisation(db, 3)[0] == "1900"


def test_the_factors_set_by_the_administrator_are_used(qtbot, make_page, db):
    save_office_settings(db, ADMIN, {"target_factor": "2", "previous_factor": "1,5"})
    page = make_page(answers={"confirm": False})
    go(page, "P1.1")
    type_cell(qtbot, page, "620")             # 805 > 2 x 400, and 620 > 1,5 x 95
    assert page.save() is False
    warning = next(a for a in page.asked if "P1.1" in a)
    assert "2 kali target tahunan" in warning and "1,5 kali triwulan sebelumnya" in warning


def test_a_stored_out_of_range_value_is_shown_marked_and_replaced(qtbot, make_page, db):
    db.execute("INSERT INTO realisation (indicator_id, year, quarter, value, note, updated_at, updated_by) "
               "VALUES (3, 2026, 3, ?, '', 'x', 'tangan')", ["9" * 400])
    page = make_page()
    row = go(page, "P1.1")
    check = page.model.states[row].checks["value"]
    assert check.level == "error" and "10^15" in check.message
    assert page.model.text_at(row, "value") == "9" * 400
    index = page.model.index(row, page.model.column_of("value"))
    assert "10^15" in index.data(Qt.ToolTipRole)
    type_cell(qtbot, page, "100")
    assert page.save() is True
    assert realisation(db, 3)[0] == "100"


def test_an_out_of_range_number_typed_is_refused_naming_its_row(qtbot, make_page, db):
    page = make_page()
    go(page, "P1.1")
    type_cell(qtbot, page, "1.000.000.000.000.000")
    before = db.execute("SELECT * FROM realisation ORDER BY 1, 2, 3").fetchall()
    assert page.save() is False
    assert any("P1.1: Angka '1.000.000.000.000.000' terlalu besar" in a for a in page.asked)
    assert db.execute("SELECT * FROM realisation ORDER BY 1, 2, 3").fetchall() == before


def test_the_entry_form_reads_the_target_through_the_quarter_evaluated(qtbot, make_page, db):
    # Q4 sheet, Q3 and Q4 unreported: 185 against the four quarterly targets (400), not 80 + 100
    page = make_page(quarter=4)
    row = go(page, "P1.1")
    assert page.model.data(page.model.index(row, page.model.column_of("achievement"))) == "46,25"
    assert page.model.data(page.model.index(row, page.model.column_of("rating"))) == "Sangat Rendah"
