"""The OPD installation's signing key lives in a file of the computer account, not in the
database: a copy of the database cannot sign, a lost key is named, a new one can be made."""
from __future__ import annotations

import os
import stat
from decimal import Decimal

import pytest

from kinerja_desktop.domain.entities import User, ValueChange
from kinerja_desktop.exchange import signing
from kinerja_desktop.services import office_key
from kinerja_desktop.services.packages import (
    OfficeRefused, installation_public_key, preview_import, register_public_key, setup_from_package,
    write_filled_package,
)
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.store.database import backup, create_database, open_database
from tests.fixtures import ADMIN
from tests.package_tools import dump, issue
from tests.unit.test_database_migration import undo_schema_4


@pytest.fixture
def keys(tmp_path, monkeypatch):
    folder = tmp_path / "kunci"
    monkeypatch.setenv(office_key.KEY_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def office(db, tmp_path, keys):
    local_path = tmp_path / "opd.db"
    local = create_database(local_path)
    result = setup_from_package(local, issue(db, tmp_path))
    yield db, local, local_path, User(1, "opd", "Operator", "operator", result.agency_id), result
    local.close()


def test_the_key_is_a_private_file_and_the_database_holds_only_its_fingerprint(office, keys):
    _, local, local_path, _, result = office
    files = [f for f in keys.iterdir() if f.name != "installation-seal.key"]   # the seal key (docs/security.md)
    assert [f.name for f in files] == [f"{result.fingerprint}.key"]
    if os.name == "posix":
        assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    secret = files[0].read_text().strip()
    assert local.execute("SELECT value FROM setting WHERE key = ?", [office_key.FINGERPRINT_SETTING]).fetchone() \
        == (result.fingerprint,)
    local.conn.commit()
    assert secret.encode() not in local_path.read_bytes()            # nowhere in the database file
    assert installation_public_key(local)[1] == result.fingerprint     # the same key every time


def test_a_copy_of_the_database_on_another_account_cannot_sign(office, tmp_path, monkeypatch):
    _, local, _, operator, result = office
    save_quarter(local, operator, operator.agency_id, 2026, 3, [ValueChange(4, 3, Decimal("87.5"))])
    copy = open_database(backup(local, tmp_path / "salinan.db"))
    monkeypatch.setenv(office_key.KEY_DIR_ENV, str(tmp_path / "akun-lain"))
    before = dump(copy)
    with pytest.raises(OfficeRefused, match=result.fingerprint):
        write_filled_package(copy, 2026, 3, tmp_path / "palsu.xlsx")
    assert dump(copy) == before and not (tmp_path / "palsu.xlsx").exists()
    text, fingerprint = installation_public_key(copy, renew=True)     # the operator makes a new key
    assert fingerprint != result.fingerprint
    assert installation_public_key(copy) == (text, fingerprint)
    copy.close()


def test_a_renewed_key_signs_once_registered_again(office, tmp_path):
    central, local, _, operator, _ = office
    register_public_key(central, ADMIN, "DINA", installation_public_key(local)[0])
    installation_public_key(local, renew=True)
    save_quarter(local, operator, operator.agency_id, 2026, 3, [ValueChange(4, 3, Decimal("87.5"))])
    out = write_filled_package(local, 2026, 3, tmp_path / "terisi.xlsx")
    assert "bukan kunci terdaftar" in preview_import(central, out).blocking   # the old key is the registered one
    register_public_key(central, ADMIN, "DINA", installation_public_key(local)[0], reason="kunci lama hilang")
    assert preview_import(central, out).signature == "valid"


def test_a_key_kept_in_a_session_one_database_moves_out_to_a_file(office, keys):
    _, local, _, _, _ = office
    old = signing.new_private_key()
    local.execute("DELETE FROM setting WHERE key = ?", [office_key.FINGERPRINT_SETTING])
    local.execute("INSERT INTO setting (key, value) VALUES (?, ?)", [office_key.LEGACY_SETTING, signing.private_to_text(old)])
    fingerprint = signing.fingerprint(signing.public_bytes(old))
    assert installation_public_key(local)[1] == fingerprint            # the same key, now from its file
    assert local.execute("SELECT count(*) FROM setting WHERE key = ?", [office_key.LEGACY_SETTING]).fetchone() == (0,)
    assert (keys / f"{fingerprint}.key").read_text().strip() == signing.private_to_text(old)


def test_a_key_file_holding_another_key_is_not_used(office, keys):
    _, local, _, _, result = office
    (keys / f"{result.fingerprint}.key").write_text(signing.private_to_text(signing.new_private_key()))
    with pytest.raises(OfficeRefused, match="kunci lain"):
        installation_public_key(local)


def test_a_key_folder_that_cannot_be_written_does_not_undo_the_setup(db, tmp_path, monkeypatch):
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("x")
    monkeypatch.setenv(office_key.KEY_DIR_ENV, str(blocker / "kunci"))
    local = create_database(tmp_path / "opd.db")
    result = setup_from_package(local, issue(db, tmp_path))
    assert result.fingerprint == "" and "tidak dapat ditulis" in result.key_problem
    assert local.execute("SELECT value FROM setting WHERE key = 'installation.agency'").fetchone() == ("DINA",)
    assert local.execute("SELECT count(*) FROM indicator").fetchone()[0] == 4
    local.close()


def test_the_moved_key_leaves_no_trace_in_the_database_file(office, keys):
    _, local, local_path, _, _ = office
    old = signing.private_to_text(signing.new_private_key())
    local.execute("DELETE FROM setting WHERE key = ?", [office_key.FINGERPRINT_SETTING])
    local.execute("INSERT INTO setting (key, value) VALUES (?, ?)", [office_key.LEGACY_SETTING, old])
    installation_public_key(local)
    local.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert old.encode() not in local_path.read_bytes()       # overwritten (secure_delete), not in free pages


def test_a_session_one_database_migrated_keeps_no_copy_of_the_key(db, tmp_path, keys):
    """The copy taken before migrating a schema-1 OPD database held the key too: it is deleted
    there as well once the key has moved to its file."""
    from kinerja_desktop.store.database import SCHEMA_VERSION

    local_path = tmp_path / "opd.db"
    local = create_database(local_path)
    setup_from_package(local, issue(db, tmp_path))
    secret = signing.private_to_text(signing.new_private_key())
    local.execute("DELETE FROM setting WHERE key = ?", [office_key.FINGERPRINT_SETTING])
    local.execute("INSERT INTO setting (key, value) VALUES (?, ?)", [office_key.LEGACY_SETTING, secret])
    for table in ("goal", "objective", "program", "activity", "sub_activity"):   # back to schema 1
        local.execute(f"ALTER TABLE {table} DROP COLUMN retired_at")
    local.execute("DROP TABLE agency_key_history")
    undo_schema_4(local.conn)
    local.execute("PRAGMA user_version = 1")
    local.conn.execute("PRAGMA journal_mode = DELETE")
    local.close()
    migrated = open_database(local_path)                      # takes opd.db.v1.bak first
    copy = tmp_path / "opd.db.v1.bak"
    assert copy.exists() and secret.encode() in copy.read_bytes()
    installation_public_key(migrated)                         # the key moves to its file
    migrated.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert secret.encode() not in local_path.read_bytes() and secret.encode() not in copy.read_bytes()
    assert migrated.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    migrated.close()
