"""Migrations start from the schema; a copy is taken first; a failed step changes nothing."""
import hashlib

import pytest

from kinerja_desktop.store import database
from kinerja_desktop.store.database import DatabaseError, open_database
from tests.fixtures import small_plan


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


NODE_TABLES = ("goal", "objective", "program", "activity", "sub_activity")


V4_COLUMNS = {
    "objective": {"id": "id INTEGER PRIMARY KEY", "goal_id": "goal_id INTEGER NOT NULL REFERENCES goal(id)",
                  "code": "code TEXT NOT NULL UNIQUE", "name": "name TEXT NOT NULL",
                  "position": "position INTEGER NOT NULL DEFAULT 0", "retired_at": "retired_at TEXT"},
    "program": {"id": "id INTEGER PRIMARY KEY", "objective_id": "objective_id INTEGER NOT NULL REFERENCES objective(id)",
                "agency_id": "agency_id INTEGER NOT NULL REFERENCES agency(id)", "code": "code TEXT NOT NULL",
                "name": "name TEXT NOT NULL", "retired_at": "retired_at TEXT", "": "UNIQUE (agency_id, code)"},
}


def undo_schema_5(conn):
    """Make a database as schema 4 left it: one plan, objective codes unique, programs unique per
    OPD, no indicator.plan_id, no links; the plan seal as schema 4 computed it."""
    from kinerja_desktop.store import seals

    conn.execute("PRAGMA foreign_keys = OFF")
    for name in ("indicator_plan_insert", "indicator_plan_update"):
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("DROP TABLE indicator_link")
    conn.execute("DROP INDEX indicator_plan")
    conn.execute("DROP INDEX program_agency")
    conn.execute("ALTER TABLE indicator DROP COLUMN plan_id")
    conn.execute("ALTER TABLE plan DROP COLUMN previous_id")
    conn.execute("ALTER TABLE plan DROP COLUMN kind")
    for table, ddl in V4_COLUMNS.items():
        present = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        columns = ", ".join(present)
        body = ", ".join([ddl[c] for c in present] + ([ddl[""]] if "" in ddl else []))
        conn.execute(f"CREATE TABLE {table}_v4 ({body})")
        conn.execute(f"INSERT INTO {table}_v4 ({columns}) SELECT {columns} FROM {table}")
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"ALTER TABLE {table}_v4 RENAME TO {table}")
    conn.execute("CREATE INDEX program_objective ON program(objective_id)")
    conn.execute("PRAGMA foreign_keys = ON")
    if seals.has_seals(conn):
        seals.seal_plan(conn, "2026-01-01T00:00:00+00:00", {None})


def undo_schema_4(conn):
    """Remove what schema 4 added (the log chains and the seals), and what came after it."""
    undo_schema_5(conn)
    conn.execute("DROP TABLE seal")
    for log in ("audit_log", "workflow_log"):
        if "hash" in [row[1] for row in conn.execute(f"PRAGMA table_info({log})")]:
            conn.execute(f"ALTER TABLE {log} DROP COLUMN hash")


@pytest.fixture
def v1_file(tmp_path):
    """A database as schema version 1 left it: plan nodes without retired_at."""
    path = tmp_path / "kinerja.db"
    db, _ = small_plan(path)
    db.conn.execute("PRAGMA journal_mode = DELETE")
    for table in NODE_TABLES:
        db.conn.execute(f"ALTER TABLE {table} DROP COLUMN retired_at")
    db.conn.execute("DROP TABLE agency_key_history")   # schema 3
    undo_schema_4(db.conn)
    db.conn.execute("PRAGMA user_version = 1")
    db.close()
    return path


def dump(path):
    db = open_database(path, read_only=True, allow_older=True)
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        return version, {t: db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in db.table_names()}
    finally:
        db.close()


def test_a_version_1_database_is_copied_then_migrated(v1_file):
    before = dump(v1_file)
    db = open_database(v1_file)
    assert db.execute("PRAGMA user_version").fetchone()[0] == database.SCHEMA_VERSION == 5
    assert all("retired_at" in db[table].columns_dict for table in NODE_TABLES)
    assert db.execute("SELECT count(*) FROM program WHERE retired_at IS NULL").fetchone()[0] == 2   # all active
    db.close()
    copy = v1_file.with_name("kinerja.db.v1.bak")
    assert dump(copy) == before and before[0] == 1


def test_the_migrated_schema_is_the_schema_file(v1_file, tmp_path):
    """Migrating an old database gives the same columns as creating a new one from db/schema.sql."""
    from kinerja_desktop.store.database import create_database

    migrated = open_database(v1_file)
    fresh = create_database(tmp_path / "baru.db")
    for table in fresh.table_names():
        assert list(migrated[table].columns_dict) == list(fresh[table].columns_dict), table
    migrated.close()
    fresh.close()


def test_a_failing_migration_leaves_the_database_as_it_was(v1_file, monkeypatch):
    before = digest(v1_file)
    monkeypatch.setattr(database, "MIGRATIONS", {1: "ALTER TABLE goal ADD COLUMN retired_at TEXT;\nALTER TABLE nope ADD COLUMN b TEXT;"})
    with pytest.raises(DatabaseError, match="Pembaruan skema basis data gagal"):
        open_database(v1_file)
    assert digest(v1_file) == before


def test_a_network_share_gets_the_rollback_journal_and_one_writer(v1_file, monkeypatch):
    monkeypatch.setattr(database, "on_network_filesystem", lambda path: True)
    db = open_database(v1_file)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert db.execute("PRAGMA locking_mode").fetchone()[0] == "exclusive"
    db.close()


def test_network_filesystems_are_recognised_from_the_mount_table(tmp_path, monkeypatch):
    mounts = tmp_path / "mounts"
    mounts.write_text(f"server:/share {tmp_path} nfs4 rw 0 0\n/dev/sda1 / ext4 rw 0 0\n", encoding="utf-8")
    real_open = open

    def fake_open(path, *args, **kwargs):
        return real_open(mounts if path == "/proc/mounts" else path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", fake_open)
    assert database.on_network_filesystem(tmp_path / "kinerja.db") is True
    assert database.on_network_filesystem(tmp_path.parent / "other.db") is False


def test_an_older_database_opened_read_only_is_refused_with_the_reason(v1_file):
    before = digest(v1_file)
    with pytest.raises(DatabaseError, match="skema lama \\(versi 1"):
        open_database(v1_file, read_only=True)
    db = open_database(v1_file, read_only=True, allow_older=True)   # `kinerja check` only looks
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    db.close()
    assert digest(v1_file) == before


V2_AUDIT = """CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, by_user TEXT NOT NULL,
    entity TEXT NOT NULL CHECK (entity IN ('realisation', 'note', 'spending', 'target', 'plan')),
    indicator_id INTEGER, budget_id INTEGER, agency_id INTEGER, year INTEGER, quarter INTEGER,
    old_value TEXT, new_value TEXT,
    source TEXT NOT NULL CHECK (source IN ('form', 'package', 'correction', 'master', 'demo', 'cli')),
    source_ref TEXT NOT NULL DEFAULT '')"""


@pytest.fixture
def v2_file(tmp_path):
    """A database as schema version 2 left it: the audit log's CHECKs, no key history."""
    path = tmp_path / "kinerja.db"
    db, _ = small_plan(path)
    db.conn.execute("PRAGMA journal_mode = DELETE")
    undo_schema_4(db.conn)
    db.conn.executescript("DROP TABLE audit_log; DROP TABLE agency_key_history;" + V2_AUDIT + ";"
                          "CREATE INDEX audit_indicator ON audit_log(indicator_id, year, quarter);"
                          "CREATE INDEX audit_agency ON audit_log(agency_id, at);"
                          "INSERT INTO audit_log (at, by_user, entity, old_value, new_value, source) "
                          "VALUES ('2026-01-02T00:00:00', 'admin', 'realisation', '1', '2', 'form');")
    db.conn.execute("PRAGMA user_version = 2")
    db.close()
    return path


def test_a_version_2_audit_log_keeps_its_rows_and_takes_new_kinds(v2_file):
    from kinerja_desktop.store.audit_log import append_audit, audit_row

    db = open_database(v2_file)
    assert db.execute("SELECT entity, old_value, new_value FROM audit_log").fetchall() == [("realisation", "1", "2")]
    append_audit(db, [audit_row("2026-01-03T00:00:00", "admin", "key", "admin", new="kunci DINKES")])
    assert db.execute("SELECT count(*) FROM agency_key_history").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM audit_log WHERE entity = 'key'").fetchone()[0] == 1
    db.close()


def test_the_audit_writer_refuses_an_unknown_kind(tmp_path):
    from kinerja_desktop.store.audit_log import append_audit, audit_row

    db, _ = small_plan(tmp_path / "k.db")
    with pytest.raises(ValueError):
        append_audit(db, [audit_row("2026-01-03T00:00:00", "admin", "sihir", "form")])
    assert db.execute("SELECT count(*) FROM audit_log WHERE entity = 'sihir'").fetchone()[0] == 0


def test_every_audit_kind_has_an_indonesian_label():
    from kinerja_desktop.services.audit import ENTITY_LABELS, SOURCE_LABELS
    from kinerja_desktop.store.audit_log import ENTITIES, SOURCES

    assert set(ENTITY_LABELS) == set(ENTITIES) and set(SOURCE_LABELS) == set(SOURCES)
