"""Local users: argon2id hashes, log-in with a growing delay, administration rules."""
from __future__ import annotations

import base64
import hashlib
from datetime import datetime, timedelta, timezone

import pytest
from argon2 import PasswordHasher

from kinerja_desktop.services import users
from kinerja_desktop.services.users import (
    LoginFailed, UserError, authenticate, change_password, create_user, delay_after, has_administrator,
    list_users, set_active, verify_password,
)
from kinerja_desktop.store.database import create_database, transaction

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch):
    # Same algorithm (argon2id), cheaper parameters: the tests check behaviour, not cost.
    monkeypatch.setattr(users, "_HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    monkeypatch.setattr(users, "_DUMMY_HASH", None)


@pytest.fixture
def db():
    database = create_database(None)
    with transaction(database):
        database["agency"].insert_all([{"id": 1, "code": "DINKES", "name": "Dinas Kesehatan"},
                                       {"id": 2, "code": "DPUPR", "name": "Dinas PUPR"}])
    yield database
    database.close()


class Sleeps(list):
    def __call__(self, seconds):
        self.append(seconds)


def user_row(db, username):
    return db.execute("SELECT failed_attempts, last_failed_at, password_hash, active FROM app_user WHERE username = ?",
                      [username]).fetchone()


def test_created_user_logs_in_and_the_hash_is_argon2id(db):
    created = create_user(db, "andi", "Andi Wijaya", "operator", "rahasia-andi", agency_id=1)
    user = authenticate(db, "andi", "rahasia-andi", now=T0, sleep=Sleeps())
    assert user == created and user.role == "operator" and user.agency_id == 1
    stored = user_row(db, "andi")[2]
    assert stored.startswith("$argon2id$") and "rahasia-andi" not in stored


def test_username_is_case_insensitive_at_login(db):
    create_user(db, "Andi", "Andi", "viewer", "rahasia-andi")
    assert authenticate(db, "ANDI", "rahasia-andi", now=T0, sleep=Sleeps()).username == "Andi"


def test_wrong_password_is_refused_and_counted_with_growing_delay(db):
    create_user(db, "andi", "Andi", "planner", "rahasia-andi")
    sleeps = Sleeps()
    for attempt in range(1, 8):
        with pytest.raises(LoginFailed, match="Nama pengguna atau kata sandi salah"):
            authenticate(db, "andi", "salah", now=T0, sleep=sleeps)
        assert user_row(db, "andi")[0] == attempt
    # before each new check: 1, 2, 4, 8, 16, 30 (capped) seconds after 1..6 failures
    assert sleeps == [1.0, 2.0, 4.0, 8.0, 16.0, 30.0]
    assert [delay_after(n) for n in (0, 1, 2, 3, 6, 7, 50)] == [0, 1, 2, 4, 30, 30, 30]


def test_time_already_waited_counts_towards_the_delay(db):
    create_user(db, "andi", "Andi", "planner", "rahasia-andi")
    for _ in range(3):
        with pytest.raises(LoginFailed):
            authenticate(db, "andi", "salah", now=T0, sleep=Sleeps())
    sleeps = Sleeps()
    authenticate(db, "andi", "rahasia-andi", now=T0 + timedelta(seconds=1), sleep=sleeps)
    assert sleeps == [3.0]          # 4 s delay after 3 failures, 1 s already passed
    sleeps = Sleeps()
    authenticate(db, "andi", "rahasia-andi", now=T0 + timedelta(minutes=5), sleep=sleeps)
    assert sleeps == []


def test_success_resets_the_failure_counter(db):
    create_user(db, "andi", "Andi", "planner", "rahasia-andi")
    with pytest.raises(LoginFailed):
        authenticate(db, "andi", "salah", now=T0, sleep=Sleeps())
    assert user_row(db, "andi")[:2] == (1, T0.isoformat(timespec="seconds"))
    authenticate(db, "andi", "rahasia-andi", now=T0, sleep=Sleeps())
    assert user_row(db, "andi")[:2] == (0, None)


def test_unknown_user_gets_the_same_message_and_nothing_is_written(db):
    with pytest.raises(LoginFailed) as refused:
        authenticate(db, "siapa", "apa-saja", now=T0, sleep=Sleeps())
    assert str(refused.value) == "Nama pengguna atau kata sandi salah."
    assert db.execute("SELECT count(*) FROM app_user").fetchone()[0] == 0


def test_inactive_user_cannot_log_in(db):
    create_user(db, "admin", "Admin", "administrator", "rahasia-admin")
    create_user(db, "andi", "Andi", "planner", "rahasia-andi")
    set_active(db, "andi", False)
    with pytest.raises(LoginFailed, match="dinonaktifkan"):
        authenticate(db, "andi", "rahasia-andi", now=T0, sleep=Sleeps())
    set_active(db, "andi", True)
    assert authenticate(db, "andi", "rahasia-andi", now=T0, sleep=Sleeps()).username == "andi"


@pytest.mark.parametrize("username, message", [
    ("ab", "tidak sah"), ("nama spasi", "tidak sah"), ("", "tidak sah"), ("-awal", "tidak sah"),
    ("x" * 33, "tidak sah"), ("andi;drop", "tidak sah"), ("ändi", "tidak sah"),
])
def test_bad_usernames_are_refused(db, username, message):
    with pytest.raises(UserError, match=message):
        create_user(db, username, "Nama", "viewer", "rahasia-123")
    assert db.execute("SELECT count(*) FROM app_user").fetchone()[0] == 0


@pytest.mark.parametrize("kwargs, message", [
    ({"password": "pendek"}, "minimal 8 karakter"),
    ({"password": "        "}, "minimal 8|spasi"),
    ({"password": "x" * 300}, "terlalu panjang"),
    ({"role": "operator"}, "harus terhubung dengan satu OPD"),
    ({"role": "viewer", "agency_id": 1}, "Hanya operator"),
    ({"role": "operator", "agency_id": 99}, "OPD dengan id 99 tidak ada"),
    ({"role": "superuser"}, "Peran 'superuser' tidak dikenal"),
    ({"full_name": "  "}, "Nama lengkap"),
])
def test_bad_user_data_is_refused_and_nothing_is_written(db, kwargs, message):
    args = {"username": "andi", "full_name": "Andi", "role": "planner", "password": "rahasia-andi", **kwargs}
    with pytest.raises(UserError, match=message):
        create_user(db, **args)
    assert db.execute("SELECT count(*) FROM app_user").fetchone()[0] == 0


def test_duplicate_username_is_refused_whatever_the_case(db):
    create_user(db, "andi", "Andi", "planner", "rahasia-andi")
    with pytest.raises(UserError, match="sudah dipakai"):
        create_user(db, "ANDI", "Andi Lain", "viewer", "rahasia-lain")
    assert [u.full_name for u in list_users(db)] == ["Andi"]


def test_change_password_checks_the_old_one(db):
    create_user(db, "andi", "Andi", "planner", "rahasia-andi")
    before = user_row(db, "andi")[2]
    with pytest.raises(UserError, match="Kata sandi lama salah"):
        change_password(db, "andi", "baru-sekali", old_password="salah")
    with pytest.raises(UserError, match="minimal 8"):
        change_password(db, "andi", "pendek", old_password="rahasia-andi")
    with pytest.raises(UserError, match="berbeda"):
        change_password(db, "andi", "rahasia-andi", old_password="rahasia-andi")
    with pytest.raises(UserError, match="tidak ada"):
        change_password(db, "siapa", "baru-sekali")
    assert user_row(db, "andi")[2] == before
    change_password(db, "andi", "baru-sekali", old_password="rahasia-andi")
    with pytest.raises(LoginFailed):
        authenticate(db, "andi", "rahasia-andi", now=T0, sleep=Sleeps())
    assert authenticate(db, "andi", "baru-sekali", now=T0 + timedelta(minutes=1), sleep=Sleeps()).username == "andi"


def test_administrator_reset_clears_the_failure_counter(db):
    create_user(db, "andi", "Andi", "planner", "rahasia-andi")
    for _ in range(3):
        with pytest.raises(LoginFailed):
            authenticate(db, "andi", "salah", now=T0, sleep=Sleeps())
    change_password(db, "andi", "atur-ulang-1")
    assert user_row(db, "andi")[0] == 0
    sleeps = Sleeps()
    authenticate(db, "andi", "atur-ulang-1", now=T0, sleep=sleeps)
    assert sleeps == []


def test_last_active_administrator_cannot_be_deactivated(db):
    assert not has_administrator(db)
    create_user(db, "admin", "Admin", "administrator", "rahasia-admin")
    assert has_administrator(db)
    with pytest.raises(UserError, match="administrator aktif terakhir"):
        set_active(db, "admin", False)
    assert user_row(db, "admin")[3] == 1
    create_user(db, "admin2", "Admin Dua", "administrator", "rahasia-admin2")
    set_active(db, "admin", False)
    assert has_administrator(db)
    with pytest.raises(UserError, match="tidak ada"):
        set_active(db, "siapa", False)


def test_list_users_shows_roles_agencies_and_state(db):
    create_user(db, "tamu", "Tamu", "viewer", "rahasia-tamu")
    create_user(db, "dinkes", "Operator Dinkes", "operator", "rahasia-dinkes", agency_id=1)
    records = list_users(db)
    assert [(r.username, r.role, r.agency_code, r.active) for r in records] == [
        ("dinkes", "operator", "DINKES", True), ("tamu", "viewer", None, True)]
    assert records[0].user.agency_id == 1


def scrypt_hash(password, n=2**10):
    salt = b"garam-16-byte-xx"
    digest = hashlib.scrypt(password.encode(), salt=salt, n=n, r=8, p=1, dklen=32)
    return f"scrypt${n}$8$1${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def test_legacy_scrypt_hash_is_verified_and_upgraded_to_argon2id(db):
    with transaction(db):
        db.execute("INSERT INTO app_user (username, full_name, role, password_hash) VALUES (?, ?, ?, ?)",
                   ["lama", "Akun Lama", "viewer", scrypt_hash("sandi-lama-1")])
    assert verify_password(scrypt_hash("sandi-lama-1"), "sandi-lama-1")
    assert not verify_password(scrypt_hash("sandi-lama-1"), "sandi-lama-2")
    with pytest.raises(LoginFailed):
        authenticate(db, "lama", "sandi-lama-2", now=T0, sleep=Sleeps())
    authenticate(db, "lama", "sandi-lama-1", now=T0 + timedelta(minutes=1), sleep=Sleeps())
    assert user_row(db, "lama")[2].startswith("$argon2id$")


@pytest.mark.parametrize("stored", ["", "plaintext", "scrypt$rusak", "$argon2id$rusak", "md5$abc"])
def test_unknown_or_damaged_hashes_never_verify(stored):
    assert verify_password(stored, "plaintext") is False
