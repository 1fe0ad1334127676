"""Package dialogs driven through their widgets: preview statuses, apply writes, cancel does not;
consolidation reads in a worker thread; issuing writes one file per OPD."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMainWindow, QMenu

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services.packages import preview_import
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.exchange.consolidate_dialog import ConsolidateDialog
from kinerja_desktop.ui.exchange.import_dialog import ImportDialog
from kinerja_desktop.ui.exchange.issue_dialog import IssueDialog
from kinerja_desktop.ui.exchange.preview_model import TAKE_COLUMN
from tests.fixtures import ADMIN, PLANNER
from tests.package_tools import dump, fill, issue


@pytest.fixture
def context(db):
    return AppContext(db, repo.load_plan(db), PLANNER, 2026, 3)


def tick(qtbot, box):
    """Click a check box on its indicator (a wide check box is not clickable in its middle)."""
    qtbot.mouseClick(box, Qt.LeftButton, pos=QPoint(6, box.height() // 2))


def _dialog(qtbot, context, preview):
    dialog = ImportDialog(context, preview)
    dialog.errors = []
    dialog.show_error = dialog.errors.append
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_preview_shows_statuses_and_apply_writes(qtbot, db, context, tmp_path):
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 80, "H8": "banyak"})
    dialog = _dialog(qtbot, context, preview_import(db, filled))
    model = dialog.model
    statuses = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert statuses == ["Baru", "Ditolak", "Tetap", "Tetap", "Tetap", "Tetap"]    # the last two: spending (Rp)
    assert "bukan angka" in model.index(1, 8).data()
    assert model.index(1, 0).data(Qt.BackgroundRole).color().name() == "#f6d0ce"
    assert not dialog.apply_button.isEnabled() and "ditolak" in dialog.problem.text()


def test_a_spreadsheet_filled_package_applies_without_confirmation(qtbot, db, context, tmp_path):
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 80})
    dialog = _dialog(qtbot, context, preview_import(db, filled))
    assert dialog.unsigned.isVisible() and "diisi di spreadsheet" in dialog.unsigned.text()   # clearly marked
    assert "Diisi di spreadsheet" in dialog.heading.text() and not dialog.override_reason.isVisible()
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(context.data_changed) as signal:
        qtbot.mouseClick(dialog.apply_button, Qt.LeftButton)
    assert signal.args[0] == frozenset({4})
    assert db.execute("SELECT value FROM realisation WHERE indicator_id = 4 AND quarter = 3").fetchone() == ("80",)


def test_cancel_writes_nothing(qtbot, db, context, tmp_path):
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 80})
    before = dump(db)
    dialog = _dialog(qtbot, context, preview_import(db, filled))
    qtbot.mouseClick(dialog.cancel_button, Qt.LeftButton)
    assert dialog.result() == 0 and dump(db) == before


def test_conflict_taken_per_row(qtbot, db, context, tmp_path):
    path = issue(db, tmp_path)
    save_quarter(db, PLANNER, 1, 2026, 3, [ValueChange(1, 3, Decimal("71"))])
    dialog = _dialog(qtbot, context, preview_import(db, fill(path, tmp_path / "isi.xlsx", {"H10": 72})))
    model = dialog.model
    row = [model.index(r, 1).data() for r in range(model.rowCount())].index("T1.1")
    assert model.index(row, 0).data() == "Konflik" and dialog.take_all.isVisible()
    dialog._show_detail(row)       # who changed it here, and an empty value said as such (issue 12)
    detail = dialog.detail.text()
    assert "oleh perencana" in detail and "saat terbit: kosong" in detail and "sekarang: 71" in detail
    assert "None" not in detail and "Bappelitbangda" not in detail
    assert model.setData(model.index(row, TAKE_COLUMN), Qt.Checked.value, Qt.CheckStateRole)
    qtbot.mouseClick(dialog.apply_button, Qt.LeftButton)
    assert db.execute("SELECT value FROM realisation WHERE indicator_id = 1 AND quarter = 3").fetchone() == ("72",)


def test_consolidate_reads_off_the_gui_thread_applies_and_saves_a_summary(qtbot, db, context, tmp_path):
    folder = tmp_path / "masuk"
    folder.mkdir()
    fill(issue(db, tmp_path), folder / "a.xlsx", {"H7": 80})
    fill(issue(db, tmp_path, code="DINB"), folder / "b.xlsx", {"H7": "x"})
    dialog = ConsolidateDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.read([folder])
    qtbot.waitUntil(lambda: len(dialog.results) == 2, timeout=20000)
    assert [dialog.model.index(r, 2).data() for r in range(2)] == ["Uji coba", "Ditolak"]
    assert dialog.apply_button.isEnabled()
    sig = dialog.model.index(0, 3)
    assert sig.data() == "Diisi di spreadsheet" and sig.data(Qt.BackgroundRole).color().name() != "#f9d98c"
    assert not dialog.untrusted_reason.isVisible()          # a planner cannot accept a broken signature
    dialog.show_rows(0)     # a planner looks at the rows before applying
    assert dialog.detail_dialog.model.rowCount() > 0 and not dialog.detail_dialog.apply_button.isVisible()
    dialog.detail_dialog.reject()
    qtbot.mouseClick(dialog.apply_button, Qt.LeftButton)        # written off the GUI thread
    qtbot.waitUntil(lambda: [r.outcome for r in dialog.results] == ["applied", "refused"], timeout=20000)
    assert "DINA: 1 diterapkan" in dialog.info.toPlainText()
    assert dialog.save_summary(tmp_path / "ringkasan.xlsx").exists()


def _register_a_key(db):
    from kinerja_desktop.exchange import signing
    from kinerja_desktop.services.packages import register_public_key

    register_public_key(db, ADMIN, "DINA", signing.public_to_text(signing.public_bytes(signing.new_private_key())))


def test_unsigned_package_of_an_opd_with_a_key_needs_an_administrator_and_a_reason(qtbot, db, context, tmp_path):
    _register_a_key(db)
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 80})
    before = dump(db)
    dialog = _dialog(qtbot, context, preview_import(db, filled))          # a planner: refused, no way round
    assert "tidak bertanda tangan" in dialog.problem.text() and not dialog.apply_button.isEnabled()
    assert not dialog.override_reason.isVisible()
    admin = AppContext(db, repo.load_plan(db), ADMIN, 2026, 3)
    dialog = _dialog(qtbot, admin, preview_import(db, filled))
    assert dialog.override_reason.isVisible() and not dialog.apply_button.isEnabled()
    qtbot.keyClicks(dialog.override_reason, "oke")
    assert not dialog.apply_button.isEnabled()                           # a reason, not a word
    dialog.override_reason.clear()
    qtbot.keyClicks(dialog.override_reason, "Dikonfirmasi kepala dinas lewat telepon")
    assert dialog.apply_button.isEnabled() and dump(db) == before
    qtbot.mouseClick(dialog.apply_button, Qt.LeftButton)
    assert db.execute("SELECT value FROM realisation WHERE indicator_id = 4 AND quarter = 3").fetchone() == ("80",)
    by, ref = db.execute("SELECT by_user, source_ref FROM audit_log WHERE entity = 'key' AND source = 'package'").fetchone()
    assert by == "admin" and ref.endswith("Dikonfirmasi kepala dinas lewat telepon")


def test_consolidate_lets_only_an_administrator_accept_a_broken_signature(qtbot, db, tmp_path):
    _register_a_key(db)
    folder = tmp_path / "masuk"
    folder.mkdir()
    fill(issue(db, tmp_path), folder / "a.xlsx", {"H7": 80})
    dialog = ConsolidateDialog(AppContext(db, repo.load_plan(db), ADMIN, 2026, 3))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.read([folder])
    qtbot.waitUntil(lambda: len(dialog.results) == 1, timeout=20000)
    assert dialog.model.index(0, 2).data() == "Ditolak" and not dialog.apply_button.isEnabled()
    assert dialog.model.index(0, 3).data(Qt.BackgroundRole).color().name() == "#f9d98c"
    qtbot.keyClicks(dialog.untrusted_reason, "Dikonfirmasi kepala dinas lewat telepon")
    qtbot.mouseClick(dialog.apply_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: [r.outcome for r in dialog.results] == ["applied"], timeout=20000)
    assert db.execute("SELECT count(*) FROM audit_log WHERE entity = 'key' AND source = 'package'").fetchone() == (1,)


def test_issue_all_writes_one_file_per_opd(qtbot, db, context, tmp_path):
    dialog = IssueDialog(context)
    dialog.show_info = lambda text: None
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path))
    qtbot.mouseClick(dialog.issue_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    assert sorted(p.name for p in tmp_path.glob("*.xlsx")) == ["paket_DINA_2026_TW3.xlsx", "paket_DINB_2026_TW3.xlsx"]


def test_feature_adds_the_package_menu(qtbot, context):
    from kinerja_desktop.ui.exchange.feature import install

    class Window(QMainWindow):
        def __init__(self):
            super().__init__()
            self.context = context
            self.menus = {}

        def menu(self, title):
            return self.menus.setdefault(title, QMenu(title, self))

        def status(self, text):
            self.last_status = text

    window = Window()
    qtbot.addWidget(window)
    install(window)
    visible = [a.text() for a in window.menus["packages"].actions() if a.isVisible() and a.text()]
    assert visible == ["Terbitkan paket…", "Impor paket…", "Konsolidasi…"]


def test_missing_signing_key_is_said_and_a_new_one_can_be_made(qtbot, db, tmp_path, monkeypatch):
    """An OPD database moved to another computer account: the key dialog says the key is not
    here and, when the operator agrees, makes a new one (copied for Bappelitbangda)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from kinerja_desktop.services import office_key
    from kinerja_desktop.services.packages import installation_public_key, setup_from_package
    from kinerja_desktop.store.database import create_database
    from kinerja_desktop.ui.exchange import office

    monkeypatch.setenv(office_key.KEY_DIR_ENV, str(tmp_path / "akun-a"))
    local = create_database(None)
    old = setup_from_package(local, issue(db, tmp_path)).fingerprint
    monkeypatch.setenv(office_key.KEY_DIR_ENV, str(tmp_path / "akun-b"))
    window = QMainWindow()
    qtbot.addWidget(window)
    window.context = AppContext(local, repo.load_plan(local), PLANNER, 2026, 3)
    asked, told = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    office.show_key(window)
    assert old in asked[0] and "tidak ada di komputer" in asked[0]
    text, fingerprint = installation_public_key(local)
    assert fingerprint != old and fingerprint in told[0] and QApplication.clipboard().text() == text
    local.close()


def test_registering_a_key_in_the_window_keeps_the_old_one_and_audits(qtbot, db, monkeypatch):
    from types import SimpleNamespace

    from kinerja_desktop.exchange import signing
    from kinerja_desktop.ui.exchange import office

    keys = [signing.public_to_text(signing.public_bytes(signing.new_private_key())) for _ in range(2)]
    said = []
    monkeypatch.setattr(office.QMessageBox, "information", lambda *a: said.append(("info", a[2])))
    monkeypatch.setattr(office.QMessageBox, "warning", lambda *a: said.append(("warning", a[2])))
    window = SimpleNamespace(context=AppContext(db, repo.load_plan(db), ADMIN, 2026, 3))
    for answers in (["DINA", keys[0], ""], ["DINA", keys[1], ""], ["DINA", keys[1], "komputer OPD rusak"]):
        replies = iter(answers)
        monkeypatch.setattr(office.QInputDialog, "getText", lambda *a, **k: (next(replies), True))
        office.register_key(window)
    assert [kind for kind, _ in said] == ["info", "warning", "info"] and "alasan" in said[1][1]
    rows = db.execute("SELECT registered_by, replaced_at IS NOT NULL, reason FROM agency_key_history ORDER BY id").fetchall()
    assert rows == [("admin", 1, "komputer OPD rusak"), ("admin", 0, "")]
    assert db.execute("SELECT count(*) FROM audit_log WHERE entity = 'key' AND source = 'admin'").fetchone() == (2,)


def test_an_implausible_value_is_flagged_in_the_preview_and_counted(qtbot, db, context, tmp_path):
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H8": 1900})      # 2085 > 5 x 400
    dialog = _dialog(qtbot, context, preview_import(db, filled))
    model = dialog.model
    row = [model.index(r, 1).data() for r in range(model.rowCount())].index("P1.1")
    reason = model.index(row, 8)
    assert "5 kali target tahunan" in reason.data() and reason.data().startswith("\u26a0 Periksa")
    assert reason.data(Qt.BackgroundRole).color().name() == "#fff1d6"
    assert "1 perlu diperiksa" in dialog.heading.text()
    assert dialog.apply_button.isEnabled()     # a warning, not a refusal


def test_a_finer_value_than_the_indicator_shows_whole_and_says_so(qtbot, db, context, tmp_path):
    """1.234,5 typed in a whole-number indicator is not shown as 1.235 without a word (issue 12)."""
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H8": "1.234,5"})      # P1.1: orang, 0 desimal
    dialog = _dialog(qtbot, context, preview_import(db, filled))
    model = dialog.model
    row = [model.index(r, 1).data() for r in range(model.rowCount())].index("P1.1")
    assert model.index(row, 5).data() == "1.234,5"
    assert "lebih rinci dari 0 desimal" in model.index(row, 8).data()
