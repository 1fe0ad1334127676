"""People of the small test plan for the command line: every role, one password (hashed once)."""
from __future__ import annotations

from functools import lru_cache

from kinerja_desktop.services.users import hash_password
from kinerja_desktop.store import seals
from kinerja_desktop.store.database import open_database, transaction

PASSWORD = "sandi-uji-123"
PEOPLE = [  # username, role, agency id, active
    ("admin", "administrator", None, 1), ("perencana", "planner", None, 1), ("opa", "operator", 1, 1),
    ("opb", "operator", 2, 1), ("tamu", "viewer", None, 1), ("pensiun", "planner", None, 0),
]


@lru_cache(maxsize=1)
def _hash() -> str:
    return hash_password(PASSWORD)


def add_people(path) -> None:
    db = open_database(path)
    try:
        with transaction(db):
            for name, role, agency, active in PEOPLE:
                db.execute("INSERT INTO app_user (username, full_name, role, agency_id, password_hash, active) "
                           "VALUES (?, ?, ?, ?, ?, ?)", [name, name.title(), role, agency, _hash(), active])
            seals.seal_users(db, "2026-01-01T00:00:00+08:00")   # as the program's user administration does
    finally:
        db.close()
