"""A read-only database and a full disk during a save: a clear Indonesian message, the database
as it was, and the typed values still in the form.

The full disk is RLIMIT_FSIZE around the save: every write past the first bytes of any file then
fails (EFBIG), as on a disk with no space left; SIGXFSZ is ignored so the write just fails."""
from __future__ import annotations

import contextlib
import resource
import signal
from decimal import Decimal

import pytest

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.store.database import DatabaseWriteFailed, open_database
from kinerja_desktop.ui.entry import entry_saving
from tests.fixtures import PLANNER, small_plan
from tests.package_tools import dump
from tests.reliability.form_tools import make_page, row_of, stored, type_value


@contextlib.contextmanager
def disk_full():
    before_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, before_handler)


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "kinerja.db"
    small_plan(p)[0].close()
    return p


def test_a_full_disk_during_a_save_is_a_clear_message_and_changes_nothing(path):
    db = open_database(path)
    before = dump(db)
    with pytest.raises(DatabaseWriteFailed, match="ruang disk penuh.*perubahan tidak disimpan"):
        with disk_full():
            save_quarter(db, PLANNER, 1, 2026, 3, [ValueChange(i, 3, Decimal(i), "catatan " * 400) for i in (1, 2, 3, 4)])
    assert not db.conn.in_transaction and dump(db) == before
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    save_quarter(db, PLANNER, 1, 2026, 3, [ValueChange(1, 3, Decimal(7))])     # with room again, it saves
    assert stored(path, 1)[0] == "7"
    db.close()


def test_a_read_only_database_during_a_save_is_a_clear_message(path):
    db = open_database(path, read_only=True)
    with pytest.raises(DatabaseWriteFailed, match="hanya-baca; perubahan tidak disimpan"):
        save_quarter(db, PLANNER, 1, 2026, 3, [ValueChange(1, 3, Decimal(7))])
    assert not db.conn.in_transaction and stored(path, 1) is None
    db.close()


def test_the_form_on_a_full_disk_says_so_and_keeps_what_was_typed(qtbot, path, monkeypatch):
    db = open_database(path)
    page = make_page(qtbot, db)
    real_save = entry_saving.save_quarter

    def save_on_a_full_disk(*args, **kwargs):
        with disk_full():
            return real_save(*args, **kwargs)

    monkeypatch.setattr(entry_saving, "save_quarter", save_on_a_full_disk)
    type_value(page, "T1.1", "71")
    type_value(page, "T1.1", "Jalan rusak", field="note")
    assert page.save() is False
    assert any("ruang disk penuh" in text and "Isian Anda tetap di formulir" in text for text in page.asked)
    assert page.model.text_at(row_of(page, "T1.1"), "value") == "71" and page.model.is_dirty()
    assert stored(path, 1) is None and not page.waiting
    monkeypatch.setattr(entry_saving, "save_quarter", real_save)      # space freed: the same typing saves
    assert page.save() and stored(path, 1)[0] == "71"
    db.close()


def test_the_form_on_a_database_turned_read_only_says_so_and_keeps_what_was_typed(qtbot, path):
    db = open_database(path)
    page = make_page(qtbot, db)
    type_value(page, "P1.1", "120")
    db.conn.execute("PRAGMA query_only = ON")     # as a medium remounted read-only under the open program
    assert page.save() is False
    assert any("hanya-baca" in text and "Isian Anda tetap di formulir" in text for text in page.asked)
    assert page.model.text_at(row_of(page, "P1.1"), "value") == "120" and page.model.is_dirty()
    assert stored(path, 3) is None
    db.conn.execute("PRAGMA query_only = OFF")
    assert page.save() and stored(path, 3)[0] == "120"
    db.close()
