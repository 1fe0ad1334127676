"""Local users: argon2id password hashes, log-in with a growing delay after failed attempts,
and the few administration steps (create, change password, deactivate).

Every refusal raises UserError or LoginFailed with an Indonesian message; nothing is written then.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

import sqlite_utils
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from kinerja_desktop.domain.entities import User
from kinerja_desktop.domain.workflow import ROLE_LABELS, ROLES
from kinerja_desktop.store import seals
from kinerja_desktop.store.database import transaction

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256
MAX_DELAY_SECONDS = 30
USERNAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$")

# argon2id with the library's defaults (64 MiB, 3 passes): memory-hard, ~50 ms on a desktop.
_HASHER = PasswordHasher()
# Compared against when the user does not exist, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = None


class UserError(ValueError):
    """A user administration step that is not allowed; the message is Indonesian."""


class LoginFailed(Exception):
    """Log-in refused; the message is Indonesian and never says which of name or password was wrong."""


@dataclass(frozen=True)
class UserRecord:
    id: int
    username: str
    full_name: str
    role: str
    agency_id: int | None
    agency_code: str | None
    active: bool
    failed_attempts: int

    @property
    def user(self) -> User:
        return User(self.id, self.username, self.full_name, self.role, self.agency_id)


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored: str, password: str) -> bool:
    """Constant-time check of a password against an argon2id hash (or a legacy scrypt one)."""
    if stored.startswith("$argon2"):
        try:
            return _HASHER.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
    if stored.startswith("scrypt$"):
        # scrypt$n$r$p$salt$digest (base64): accounts created by an earlier tool.
        try:
            _, n, r, p, salt, digest = stored.split("$")
            expected = base64.b64decode(digest)
            actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                    p=int(p), maxmem=256 * 1024 * 1024, dklen=len(expected))
        except (ValueError, TypeError):
            return False
        return hmac.compare_digest(actual, expected)
    return False


def delay_after(failed_attempts: int) -> float:
    """Seconds to wait before checking again after `failed_attempts` failures: 1, 2, 4 ... 30."""
    if failed_attempts <= 0:
        return 0.0
    return float(min(2 ** (failed_attempts - 1), MAX_DELAY_SECONDS))


def validate_username(username: str) -> str:
    name = (username or "").strip()
    if not USERNAME_PATTERN.match(name):
        raise UserError(
            f"Nama pengguna '{username}' tidak sah: 3-32 karakter, diawali huruf atau angka, "
            "hanya huruf, angka, titik, garis bawah atau tanda hubung, tanpa spasi."
        )
    return name


def validate_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise UserError(f"Kata sandi terlalu pendek: minimal {MIN_PASSWORD_LENGTH} karakter.")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise UserError(f"Kata sandi terlalu panjang: maksimal {MAX_PASSWORD_LENGTH} karakter.")
    if password.strip() == "":
        raise UserError("Kata sandi tidak boleh hanya berisi spasi.")


def create_user(db: sqlite_utils.Database, username: str, full_name: str, role: str, password: str,
                agency_id: int | None = None) -> User:
    """A new active user. Operators belong to exactly one OPD; other roles to none."""
    validate_password(password)
    return _insert_user(db, username, full_name, role, password, agency_id)


def check_new_user(db: sqlite_utils.Database, username: str, full_name: str, role: str, password: str,
                   agency_id: int | None = None) -> str:
    """Every rule create_user applies, without hashing or writing (a form checks before it closes).
    Returns the cleaned user name; raises UserError."""
    validate_password(password)
    return _check_fields(db, username, full_name, role, agency_id)


def _check_fields(db: sqlite_utils.Database, username: str, full_name: str, role: str, agency_id: int | None) -> str:
    username = validate_username(username)
    full_name = (full_name or "").strip()
    if not full_name:
        raise UserError(f"Nama lengkap pengguna '{username}' wajib diisi.")
    if role not in ROLES:
        raise UserError(f"Peran '{role}' tidak dikenal; pilih salah satu: {', '.join(ROLE_LABELS.values())}.")
    if role == "operator" and agency_id is None:
        raise UserError(f"Operator '{username}' harus terhubung dengan satu OPD.")
    if role != "operator" and agency_id is not None:
        raise UserError(f"Hanya operator yang terhubung dengan OPD; {ROLE_LABELS[role]} mengelola semua OPD.")
    if agency_id is not None and db.execute("SELECT 1 FROM agency WHERE id = ?", [agency_id]).fetchone() is None:
        raise UserError(f"OPD dengan id {agency_id} tidak ada.")
    if db.execute("SELECT 1 FROM app_user WHERE username = ?", [username]).fetchone():
        raise UserError(f"Nama pengguna '{username}' sudah dipakai.")
    return username


def _insert_user(db: sqlite_utils.Database, username: str, full_name: str, role: str, password: str,
                 agency_id: int | None = None) -> User:
    """Create a user without the password length rule: only for the documented demo accounts."""
    username = _check_fields(db, username, full_name, role, agency_id)
    full_name = full_name.strip()
    password_hash = hash_password(password)
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO app_user (username, full_name, role, agency_id, password_hash) VALUES (?, ?, ?, ?, ?)",
            [username, full_name, role, agency_id, password_hash],
        )
        _reseal(db)
    return User(cursor.lastrowid, username, full_name, role, agency_id)


def _reseal(db: sqlite_utils.Database) -> None:
    """Every change of who may do what renews the signed seal of the users (docs/security.md)."""
    seals.seal_users(db, datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds"))


def _row(db: sqlite_utils.Database, username: str):
    return db.execute(
        "SELECT id, username, full_name, role, agency_id, password_hash, failed_attempts, last_failed_at, active "
        "FROM app_user WHERE username = ?", [(username or "").strip()]
    ).fetchone()


def authenticate(db: sqlite_utils.Database, username: str, password: str, now: datetime | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> User:
    """The user whose name and password these are, or LoginFailed.

    After n failed attempts in a row the next check waits min(2^(n-1), 30) s counted from the
    last failure (the clock and the sleep are injectable for tests).
    """
    global _DUMMY_HASH
    now = now or datetime.now(timezone.utc)
    row = _row(db, username)
    if row is None:
        _DUMMY_HASH = _DUMMY_HASH or hash_password("tidak-ada-pengguna")
        verify_password(_DUMMY_HASH, password or "")
        raise LoginFailed("Nama pengguna atau kata sandi salah.")
    user_id, name, full_name, role, agency_id, stored, failed, last_failed, active = row
    wait = delay_after(failed)
    if wait and last_failed:
        elapsed = (now - datetime.fromisoformat(last_failed)).total_seconds()
        wait = max(0.0, wait - max(elapsed, 0.0))
    if wait:
        sleep(wait)
    if not verify_password(stored, password or ""):
        failed += 1
        with transaction(db):
            db.execute("UPDATE app_user SET failed_attempts = ?, last_failed_at = ? WHERE id = ?",
                       [failed, now.isoformat(timespec="seconds"), user_id])
        raise LoginFailed(
            "Nama pengguna atau kata sandi salah. "
            f"Percobaan berikutnya menunggu {delay_after(failed):.0f} detik."
        )
    if not active:
        raise LoginFailed(f"Akun '{name}' dinonaktifkan. Hubungi administrator Bappelitbangda.")
    with transaction(db):
        update = "failed_attempts = 0, last_failed_at = NULL"
        params: list = []
        if not stored.startswith("$argon2") or _HASHER.check_needs_rehash(stored):
            update += ", password_hash = ?"
            params.append(hash_password(password))
        db.execute(f"UPDATE app_user SET {update} WHERE id = ?", params + [user_id])
        if params:
            _reseal(db)
    return User(user_id, name, full_name, role, agency_id)


def change_password(db: sqlite_utils.Database, username: str, new_password: str, old_password: str | None = None) -> None:
    """Set a new password. With `old_password` (a user changing their own) the old one must match;
    without it this is an administrator's reset, which also clears the failed-attempt counter."""
    row = _row(db, username)
    if row is None:
        raise UserError(f"Pengguna '{username}' tidak ada.")
    if old_password is not None and not verify_password(row[5], old_password):
        raise UserError("Kata sandi lama salah; kata sandi tidak diubah.")
    validate_password(new_password)
    if old_password is not None and new_password == old_password:
        raise UserError("Kata sandi baru harus berbeda dari kata sandi lama.")
    password_hash = hash_password(new_password)
    with transaction(db):
        db.execute("UPDATE app_user SET password_hash = ?, failed_attempts = 0, last_failed_at = NULL WHERE id = ?",
                   [password_hash, row[0]])
        _reseal(db)


def set_active(db: sqlite_utils.Database, username: str, active: bool) -> None:
    """Activate or deactivate a user; the last active administrator cannot be deactivated."""
    row = _row(db, username)
    if row is None:
        raise UserError(f"Pengguna '{username}' tidak ada.")
    if not active and row[3] == "administrator" and row[8]:
        others = db.execute("SELECT count(*) FROM app_user WHERE role = 'administrator' AND active = 1 AND id != ?",
                            [row[0]]).fetchone()[0]
        if others == 0:
            raise UserError(f"'{row[1]}' adalah administrator aktif terakhir; buat administrator lain dulu.")
    with transaction(db):
        db.execute("UPDATE app_user SET active = ? WHERE id = ?", [1 if active else 0, row[0]])
        _reseal(db)


def list_users(db: sqlite_utils.Database) -> list[UserRecord]:
    return [
        UserRecord(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7])
        for r in db.execute(
            "SELECT u.id, u.username, u.full_name, u.role, u.agency_id, a.code, u.active, u.failed_attempts "
            "FROM app_user u LEFT JOIN agency a ON a.id = u.agency_id ORDER BY u.username COLLATE NOCASE"
        )
    ]


def has_administrator(db: sqlite_utils.Database) -> bool:
    """Whether an active administrator exists (otherwise the first-run set-up asks for one)."""
    return db.execute("SELECT 1 FROM app_user WHERE role = 'administrator' AND active = 1 LIMIT 1").fetchone() is not None
