"""SIGKILL at random points during a save, a package import, a migration and a backup: afterwards
the database passes integrity_check and holds all or none of each transaction.

CI runs 200 trials in all; KINERJA_RELIABILITY_TRIALS=2000 runs more (KINERJA_RELIABILITY_SEED
changes the random moments).
"""
from __future__ import annotations

import random
import shutil
import sqlite3
import time
from decimal import Decimal

import pytest

from kinerja_desktop.store.database import SCHEMA_VERSION, backup, open_database, transaction
from kinerja_desktop.store import repositories as repo
from tests.unit.test_database_migration import undo_schema_4
from tests.fixtures import small_plan
from tests.package_tools import fill, issue
from tests.reliability import kill_harness as harness
from tests.reliability.conftest import FIGURES
from tests.reliability.kill_targets import SAVE_BUDGETS, SAVE_INDICATORS, generation_spending, generation_values

NODE_TABLES = ("goal", "objective", "program", "activity", "sub_activity")


@pytest.fixture(scope="module")
def zygote():
    z = harness.Zygote()
    yield z
    z.close()


def connect(path):
    conn = sqlite3.connect(path, isolation_level=None)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    return conn


def run_trials(zygote, target, prepare, check, arg_of=lambda k: k):
    """prepare(k) -> db path; check(k, db path, outcome) asserts all-or-none and says 'all'/'none'."""
    rng = random.Random(f"{harness.seed()}-{target}")
    started = time.perf_counter()
    path = prepare(0)
    calibration = zygote.run(target, path, arg_of(0), kill_after=None)
    assert check(0, path, calibration) == "all"
    n = harness.trials_for(target)
    counts = {"all": 0, "none": 0, "killed": 0}
    for k, delay in enumerate(harness.kill_delays(rng, calibration.elapsed, n), start=1):
        path = prepare(k)
        outcome = zygote.run(target, path, arg_of(k), kill_after=delay)
        counts[check(k, path, outcome)] += 1
        counts["killed"] += outcome.killed
    seconds = time.perf_counter() - started
    FIGURES.append(f"SIGKILL {target:8} {n:5} trials, {counts['killed']:4} killed before done; held "
                   f"{n}: {counts['all']} whole, {counts['none']} untouched; lost 0 ({seconds:.1f} s, "
                   f"operation {calibration.elapsed * 1000:.0f} ms)")
    assert counts["all"] + counts["none"] == n


def test_kill_during_a_save(zygote, tmp_path):
    path = tmp_path / "simpan.db"
    small_plan(path)[0].close()
    state = {"gen": None, "audits": 0}
    base_audits = 0

    def check(k, p, outcome):
        conn = connect(p)
        try:
            rows = dict(((i, (Decimal(v), n)) for i, v, n in conn.execute(
                "SELECT indicator_id, value, note FROM realisation WHERE year = 2026 AND quarter = 3")))
            spent = {b: Decimal(v) for b, v in conn.execute("SELECT budget_id, spent FROM spending WHERE quarter = 3")}
            audits = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        finally:
            conn.close()
        gens = {int(n[3:]) for _, n in rows.values() if n.startswith("gen")}
        if k == 0 or gens == {k}:
            assert rows == {i: generation_values(k)[i] for i in SAVE_INDICATORS}
            assert spent == {b: generation_spending(k)[b] for b in SAVE_BUDGETS}
            assert audits == base_audits + 10 * (state["audits"] + 1)     # 4 values, 4 notes, 2 budgets
            assert not outcome.killed or outcome.finished is False
            state["gen"], state["audits"] = k, state["audits"] + 1
            return "all"
        assert gens == {state["gen"]}, f"trial {k}: a save half written ({gens})"
        assert rows == {i: generation_values(state["gen"])[i] for i in SAVE_INDICATORS}
        assert spent == {b: generation_spending(state["gen"])[b] for b in SAVE_BUDGETS}
        assert audits == base_audits + 10 * state["audits"]
        assert not outcome.finished
        return "none"

    run_trials(zygote, "save", lambda k: path, check)


@pytest.fixture(scope="module")
def import_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("impor")
    template = folder / "pusat.db"
    db, _ = small_plan(template)
    package = fill(issue(db, folder), folder / "isi.xlsx", {"H7": 88.5, "I7": "naik", "H8": 1234, "H10": "70,25"})
    db.close()
    return template, package


def test_kill_during_a_package_import(zygote, tmp_path, import_template):
    template, package = import_template
    before = _import_state(template)
    after = {}

    def prepare(k):
        path = tmp_path / "pusat.db"
        for leftover in (path.with_name("pusat.db-wal"), path.with_name("pusat.db-shm")):
            leftover.unlink(missing_ok=True)
        shutil.copyfile(template, path)
        return path

    def check(k, p, outcome):
        state = _import_state(p)
        if k == 0:
            after.update(state)
            assert state != before and state["imported"] == 1
        if state == after:
            return "all"
        assert state == before, f"trial {k}: an import half written"
        assert not outcome.finished
        return "none"

    run_trials(zygote, "import", prepare, check, arg_of=lambda k: str(package))


def _import_state(path):
    conn = connect(path)
    try:
        return {
            "values": conn.execute("SELECT indicator_id, year, quarter, value, note FROM realisation ORDER BY 1, 2, 3").fetchall(),
            "audits": conn.execute("SELECT entity, indicator_id, old_value, new_value, source FROM audit_log ORDER BY 1, 2").fetchall(),
            "imported": conn.execute("SELECT count(*) FROM package WHERE direction = 'imported'").fetchone()[0],
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def v1_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("v1") / "lama.db"
    db, _ = small_plan(path)
    db.conn.execute("PRAGMA journal_mode = DELETE")
    for table in NODE_TABLES:
        db.conn.execute(f"ALTER TABLE {table} DROP COLUMN retired_at")
    db.conn.execute("DROP TABLE agency_key_history")          # schema 3
    undo_schema_4(db.conn)
    db.conn.execute("PRAGMA user_version = 1")
    db.close()
    return path


def test_kill_during_a_migration(zygote, tmp_path, v1_template):
    rows_before = _node_rows(v1_template)

    def prepare(k):
        for leftover in tmp_path.iterdir():
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
        path = tmp_path / "lama.db"
        shutil.copyfile(v1_template, path)
        return path

    def check(k, p, outcome):
        conn = connect(p)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            columns = {t: "retired_at" in [c[1] for c in conn.execute(f"PRAGMA table_info({t})")] for t in NODE_TABLES}
            for table in ("agency_key_history", "seal", "indicator_link"):   # schemas 3, 4, 5
                columns[table] = bool(conn.execute(
                    "SELECT count(*) FROM sqlite_master WHERE name = ?", [table]).fetchone()[0])
            columns["indicator.plan_id"] = "plan_id" in [c[1] for c in conn.execute("PRAGMA table_info(indicator)")]
        finally:
            conn.close()
        assert _node_rows(p) == rows_before
        copy = p.with_name("lama.db.v1.bak")
        if copy.exists():       # the copy is whole or absent (it is written beside, then renamed)
            assert _node_rows(copy) == rows_before
        if version == SCHEMA_VERSION:
            assert all(columns.values()), f"trial {k}: version {version} without every new column or table"
            return "all"
        assert version == 1 and not any(columns.values()), f"trial {k}: a migration half done"
        assert not outcome.finished
        open_database(p).close()     # the program opens (and migrates) it next time
        return "none"

    run_trials(zygote, "migrate", prepare, check)


def _node_rows(path):
    conn = connect(path)
    try:
        return {t: conn.execute(f"SELECT id, code, name FROM {t} ORDER BY id").fetchall() for t in NODE_TABLES}
    finally:
        conn.close()


def test_kill_during_a_backup(zygote, tmp_path):
    source = tmp_path / "sumber.db"
    out = tmp_path / "cadangan.db"
    db, _ = small_plan(source)
    state = {"gen": None}

    def prepare(k):
        with transaction(db):      # the source moves on between backups: a new marker each time
            repo.put_setting(db, "uji_generasi", str(k))
        return source

    def check(k, p, outcome):
        connect(source).close()
        conn = connect(out)        # an old or a new backup, whole; never a broken one
        try:
            gen = int(conn.execute("SELECT value FROM setting WHERE key = 'uji_generasi'").fetchone()[0])
            indicators = conn.execute("SELECT count(*) FROM indicator").fetchone()[0]
        finally:
            conn.close()
        assert indicators == 5
        if gen == k:
            state["gen"] = k
            return "all"
        assert gen == state["gen"] and not outcome.finished, f"trial {k}: backup of generation {gen}"
        return "none"

    try:
        run_trials(zygote, "backup", prepare, check, arg_of=lambda k: str(out))
    finally:
        db.close()


def test_kill_during_a_restore(zygote, tmp_path):
    """The database is the old one or the restored one, whole; never a mix or a broken file."""
    template, backup_file = tmp_path / "templat.db", tmp_path / "cadangan-lama.db"
    db, _ = small_plan(template)
    with transaction(db):
        repo.put_setting(db, "uji_isi", "cadangan")
    db.close()
    backup(template, backup_file)
    db = open_database(template)
    with transaction(db):
        repo.put_setting(db, "uji_isi", "sekarang")
        db.execute("UPDATE realisation SET value = '7777' WHERE indicator_id = 1")
    db.close()
    work = tmp_path / "kerja"

    def prepare(k):
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir()
        path = work / "pusat.db"
        backup(template, path)
        return path

    def check(k, p, outcome):
        conn = connect(p)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            marker = conn.execute("SELECT value FROM setting WHERE key = 'uji_isi'").fetchone()[0]
            values = {v for (v,) in conn.execute("SELECT value FROM realisation WHERE indicator_id = 1")}
        finally:
            conn.close()
        if marker == "cadangan":
            assert "7777" not in values, f"trial {k}: restored marker with the current values"
            return "all"
        assert marker == "sekarang" and "7777" in values and not outcome.finished, f"trial {k}: {marker}"
        return "none"

    run_trials(zygote, "restore", prepare, check, arg_of=lambda k: str(backup_file))
