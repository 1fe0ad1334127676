"""The check of a fresh copy (quick_check, header, file size against the page count) refuses a
damaged, cut or padded copy; a restore still runs the full integrity_check."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kinerja_desktop.services import backups
from kinerja_desktop.store import backup_files as files
from kinerja_desktop.store.database import SCHEMA_VERSION, DatabaseError, backup
from tests.fixtures import small_plan


@pytest.fixture
def copy(tmp_path) -> Path:
    db, _ = small_plan(tmp_path / "kinerja.db")
    out = backups.backup_to(db, tmp_path / "salinan.db")
    db.close()
    return out


def test_a_good_copy_passes_and_names_its_schema(copy):
    assert files.check_copy(copy) == SCHEMA_VERSION
    files.check_restored(copy)


def test_a_padded_copy_is_refused(copy):
    with copy.open("ab") as fh:
        fh.write(b"\0" * 4096)
    with pytest.raises(DatabaseError, match="ukuran berkas"):
        files.check_copy(copy)


def test_a_cut_copy_is_refused(copy):
    data = copy.read_bytes()
    copy.write_bytes(data[: len(data) - 4096])
    with pytest.raises(DatabaseError, match="gagal diperiksa|tidak terbaca"):
        files.check_copy(copy)


def test_a_damaged_page_is_refused(copy):
    conn = sqlite3.connect(copy)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'indicator'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(copy.read_bytes())
    start = (root - 1) * page_size
    data[start + 8:start + 200] = b"\xff" * 192       # the page's cell pointers and cells
    copy.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="gagal diperiksa|tidak terbaca"):
        files.check_copy(copy)


def test_the_copy_holds_every_page_of_the_source(tmp_path):
    db, _ = small_plan(tmp_path / "kinerja.db")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    out = backup(db, tmp_path / "salinan.db")
    db.close()
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA page_count").fetchone()[0] == pages
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
