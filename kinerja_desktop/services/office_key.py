"""Where an OPD installation keeps its Ed25519 signing key: a file in the operating-system
account's own data folder (readable by that account only), never in the database.

A copy of the OPD's database (a backup sent for support, a file left on a share) then carries
no key that could sign the OPD's packages. The database keeps only the key's fingerprint, to
find the file and to say clearly when the key is missing (the database was moved to another
computer or account): the operator copies the key file along, or makes a new key that
Bappelitbangda registers again.

    key = signing_key(db)             # made on first use
    new_signing_key(db)               # replace a lost key (to be registered again)
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from kinerja_desktop.exchange import signing
from kinerja_desktop.store.database import transaction
from kinerja_desktop.store.key_files import KEY_DIR_ENV, key_dir  # noqa: F401 (KEY_DIR_ENV: tests)
from kinerja_desktop.store.key_files import write_private as _write_private
from kinerja_desktop.store.repositories import put_setting, setting

FINGERPRINT_SETTING = "package.signing_key_fingerprint"
LEGACY_SETTING = signing.PRIVATE_KEY_SETTING      # session-1 installations kept the key in the database


class KeyMissing(Exception):
    """The database names a key that this computer account does not have; Indonesian message."""


def key_path(fingerprint: str) -> Path:
    return key_dir() / f"{fingerprint}.key"


def signing_key(db: sqlite_utils.Database):
    """The installation's private key: from its file, moved out of a session-1 database, or made
    on first use. Raises KeyMissing when the database names a key this account does not hold."""
    legacy = setting(db, LEGACY_SETTING)
    if legacy:
        try:
            key = signing.private_from_text(legacy)
        except ValueError as exc:   # binascii.Error is a ValueError
            raise KeyMissing(f"Kunci tanda tangan lama di basis data ini rusak ({exc}); buat kunci baru.") from exc
        return _adopt(db, key)
    fingerprint = setting(db, FINGERPRINT_SETTING)
    if fingerprint is None:
        return _adopt(db, signing.new_private_key())
    path = key_path(fingerprint)
    try:
        key = signing.private_from_text(path.read_text(encoding="ascii").strip())
    except FileNotFoundError:
        raise KeyMissing(
            f"Kunci tanda tangan instalasi ini (sidik {fingerprint}) tidak ada di komputer/akun ini ({path}). "
            "Bila basis data dipindah dari komputer lain, salin juga berkas kunci tersebut ke folder itu; atau buat "
            "kunci baru (menu Paket > Kunci tanda tangan instalasi) lalu minta Bappelitbangda mendaftarkannya ulang."
        ) from None
    except (OSError, ValueError) as exc:
        raise KeyMissing(f"Berkas kunci tanda tangan {path} tidak dapat dibaca: {exc}.") from exc
    if _fingerprint(key) != fingerprint:
        raise KeyMissing(f"Berkas kunci {path} berisi kunci lain (sidik {_fingerprint(key)}, seharusnya "
                         f"{fingerprint}); tidak dipakai.")
    return key


def new_signing_key(db: sqlite_utils.Database):
    """A new key replacing a lost one; its public key must be registered at Bappelitbangda again."""
    return _adopt(db, signing.new_private_key())


def _fingerprint(key) -> str:
    return signing.fingerprint(signing.public_bytes(key))


def _adopt(db, key):
    """Write the key file first (only this account may read it), then name it in the database;
    a crash in between leaves an unused file, never a database naming a key that is not there."""
    fingerprint = _fingerprint(key)
    path = key_path(fingerprint)
    try:
        _write_private(path, signing.private_to_text(key))
    except OSError as exc:
        raise KeyMissing(f"Berkas kunci tanda tangan tidak dapat ditulis di {path.parent} "
                         f"({exc.strerror or exc}); periksa folder itu.") from exc
    db.execute("PRAGMA secure_delete = ON")   # the old key's bytes are overwritten, not left in free pages
    with transaction(db):
        put_setting(db, FINGERPRINT_SETTING, fingerprint)
        moved = db.execute("DELETE FROM setting WHERE key = ?", [LEGACY_SETTING]).rowcount
    if moved:
        _scrub_migration_copies(db)
    return key


def _scrub_migration_copies(db) -> None:
    """The copies store.database takes before migrating (`<file>.v<N>.bak`) were made from a
    database that still held the key: the key is deleted from them too (the rest stays)."""
    row = db.execute("PRAGMA database_list").fetchone()
    if not row or not row[2]:
        return   # an in-memory database has no copies
    path = Path(row[2])
    for copy in path.parent.glob(f"{path.name}.v*.bak"):
        try:
            conn = sqlite3.connect(copy)
            try:
                conn.execute("PRAGMA secure_delete = ON")
                with conn:
                    conn.execute("DELETE FROM setting WHERE key = ?", [LEGACY_SETTING])
            finally:
                conn.close()
        except sqlite3.Error:
            pass   # not a database we can write: left as it is (see docs/packages.md)
