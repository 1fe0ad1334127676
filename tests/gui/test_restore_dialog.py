"""Berkas > Pulihkan…: the list of automatic backups, the preview, the restore; a damaged database
opens read-only from a private copy with the offer to restore the latest good backup."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kinerja_desktop.services import backups
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import DatabaseDamaged, open_database, transaction
from kinerja_desktop.ui.backups import damaged
from kinerja_desktop.ui.backups.restore_dialog import RestoreDialog
from kinerja_desktop.ui.context import AppContext
from tests.fixtures import ADMIN, PLANNER, small_plan


def value(db):
    return db.execute("SELECT value FROM realisation WHERE indicator_id = 3 AND quarter = 1").fetchone()[0]


@pytest.fixture
def setup(tmp_path):
    db, _ = small_plan(tmp_path / "kinerja.db")
    with transaction(db):
        db.execute("INSERT INTO workflow VALUES (1, 2026, 1, 'locked', '2026-04-01', 'admin')")
        db.execute("INSERT INTO workflow VALUES (1, 2026, 2, 'submitted', '2026-07-01', 'opa')")
    good = backups.before_event(db, "impor-paket")
    with transaction(db):
        db.execute("UPDATE realisation SET value = '1' WHERE indicator_id = 3 AND quarter = 1")
    yield db, tmp_path / "kinerja.db", good
    db.close()


def dialog_for(qtbot, db, path, user=ADMIN, **kwargs):
    context = AppContext(db, repo.load_plan(db), user, 2026, 1, db_path=path)
    dialog = RestoreDialog(context, **kwargs)
    qtbot.addWidget(dialog)
    dialog.errors, dialog.infos = [], []
    dialog.show_error = dialog.errors.append
    dialog.show_info = dialog.infos.append
    return dialog


def test_preview_then_restore(qtbot, setup, tmp_path):
    db, path, good = setup
    dialog = dialog_for(qtbot, db, path)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Sebelum impor paket"
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    summary = dialog.summary.text()
    assert "RPJMD 2021-2026<" in summary + "<" and "5 indikator" in summary and "7 realisasi" in summary
    row = [dialog.workflow.item(0, c).text() for c in range(5)]
    assert row == ["DINA", "Dikunci", "Diajukan", "Draf", "Draf"]
    assert dialog.workflow.horizontalHeaderItem(1).text() == "TW I 2026"
    assert dialog.restore_button.isEnabled()
    dialog.show()
    dialog.grab().save(str(tmp_path / "pulihkan.png"))
    dialog.confirm = lambda: True
    restored = []
    dialog.restored.connect(restored.append)
    qtbot.mouseClick(dialog.restore_button, qtbot_left())
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    assert dialog.outcome[0] == "ok" and restored == [good] and not dialog.errors
    assert value(db) == "90"                        # the open connection sees the restored content
    assert "pra-pulih" in dialog.outcome[1].name


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.LeftButton


def test_a_bad_file_is_said_and_cannot_be_restored(qtbot, setup, tmp_path):
    db, path, _ = setup
    bad = tmp_path / "bukan.db"
    bad.write_bytes(b"PK\x03\x04 bukan cadangan")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    dialog = dialog_for(qtbot, db, path, preselect=bad)
    assert "arsip zip" in dialog.summary.text() and not dialog.restore_button.isEnabled()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_only_an_administrator_restores(qtbot, setup):
    db, path, good = setup
    dialog = dialog_for(qtbot, db, path, user=PLANNER, preselect=good)
    assert "5 indikator" in dialog.summary.text()           # the preview is there for everyone
    assert not dialog.restore_button.isEnabled() and not dialog.folder_button.isEnabled()
    assert "Hanya administrator" in dialog.note.text()


def test_folder_change_lists_the_other_folder(qtbot, setup, tmp_path):
    db, path, _ = setup
    dialog = dialog_for(qtbot, db, path)
    assert dialog.set_folder(str(tmp_path / "lain"))
    assert str(tmp_path / "lain") in dialog.folder_label.text() and dialog.table.rowCount() == 0
    assert "Belum ada cadangan" in dialog.summary.text()


def test_the_file_menu_has_restore(qtbot, setup):
    from kinerja_desktop.ui.app import build_window

    db, path, _ = setup
    context = AppContext(db, repo.load_plan(db), ADMIN, 2026, 1, db_path=path)
    window = build_window(context)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.menu("file").actions()]
    assert "Pulihkan…" in texts and texts.index("Pulihkan…") < len(texts) - 1


def test_the_first_window_of_a_day_takes_the_daily_copy(qtbot, setup):
    from kinerja_desktop.ui.app import build_window

    db, path, _ = setup
    context = AppContext(db, repo.load_plan(db), ADMIN, 2026, 1, db_path=path)
    window = build_window(context)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: any(b.kind == "harian" for b in backups.list_backups(path)), timeout=10000)
    qtbot.waitUntil(lambda: "Cadangan harian dibuat" in window.statusBar().currentMessage(), timeout=10000)


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2:4096 * 2 + 300] = b"\x00\xff" * 150
    path.write_bytes(bytes(data))


def test_a_damaged_database_opens_read_only_with_the_latest_good_backup(qtbot, setup, monkeypatch):
    from kinerja_desktop.ui import app

    db, path, good = setup
    db.close()
    damage(path)
    damaged_bytes = path.read_bytes()
    with pytest.raises(DatabaseDamaged, match=r"Berkas > Pulihkan…"):
        open_database(path)
    asked = []
    monkeypatch.setattr(damaged, "ask", lambda p, message, latest, parent=None: asked.append(latest)
                        or damaged.CHOICE_READ_ONLY)
    opened = app.obtain_database(path, demo=False)
    assert opened is not None and asked == [good]
    ro_db, opened_path = opened
    assert opened_path == path and ro_db.damaged_latest == good
    assert path.read_bytes() == damaged_bytes        # the damaged file is never written
    assert "Cadangan terakhir yang baik: " + good.name in damaged.offer_text(path, "rusak", good)

    context = AppContext(ro_db, repo.load_plan(ro_db), ADMIN, 2026, 1, db_path=path)
    damaged.make_read_only(context)
    assert context.user.role == "viewer" and context.restore_user == ADMIN
    with pytest.raises(Exception, match="readonly"):
        ro_db.execute("UPDATE realisation SET value = '2'")
    from kinerja_desktop.ui.backups import feature

    offered = []
    monkeypatch.setattr(feature, "window_offer", lambda box: offered.append(box.text()) or None)
    window = app.build_window(context)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(offered))
    assert "hanya-baca" in offered[0]
    assert not window.backup_actions[0].isEnabled()
    dialog = RestoreDialog(context, preselect=ro_db.damaged_latest)
    qtbot.addWidget(dialog)
    dialog.confirm = lambda: True
    dialog.show_info = lambda text: None
    dialog.restore()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    assert dialog.outcome[0] == "ok", dialog.outcome
    fresh = open_database(path)
    assert fresh.execute("PRAGMA integrity_check").fetchone()[0] == "ok" and value(fresh) == "90"
    fresh.close()


def test_after_a_restore_the_window_is_built_again_on_the_restored_database(qtbot, tmp_path):
    from kinerja_desktop.services.users import create_user
    from kinerja_desktop.ui.app import build_window, reopen_after_restore

    db, _ = small_plan(tmp_path / "kinerja.db")
    admin = create_user(db, "admin", "Administrator", "administrator", "rahasia-admin")
    good = backups.before_event(db, "impor-paket")
    with transaction(db):
        db.execute("UPDATE realisation SET value = '1' WHERE indicator_id = 3 AND quarter = 1")
    context = AppContext(db, repo.load_plan(db), admin, 2026, 1, db_path=tmp_path / "kinerja.db")
    window = build_window(context)
    qtbot.addWidget(window)
    backups.restore(tmp_path / "kinerja.db", admin, good)
    fresh = reopen_after_restore(window)
    qtbot.addWidget(fresh)
    assert fresh is not None and window.replaced_by is fresh
    assert fresh.context.user.username == "admin" and value(fresh.context.db) == "90"
    db.close()
