"""Issue 10, point 1: what the program cannot prevent on an offline file it detects.

Each of the six edits of the issue, made with plain sqlite3 on the demo database, is named by
`kinerja check` (exit 1); the clean demo checks clean; normal program use keeps it clean."""
from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from kinerja_desktop import cli
from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services import plan_edit, plan_indicator, users, workflow
from kinerja_desktop.services.integrity import check_tampering
from kinerja_desktop.services.package_import import apply_import, preview_import
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.store import seals
from kinerja_desktop.store.database import open_database
from tests.fixtures import ADMIN, OPERATOR_A, PLANNER, small_plan
from tests.package_tools import ROW_OF, VALUE_COL, fill, issue
from tests.tamper_edits import SIX_EDITS, sql


def check(path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main(["check", "--db", str(path)])
    return code, capsys.readouterr().out


def test_the_clean_demo_database_checks_clean(demo_copy, capsys):
    code, out = check(demo_copy, capsys)
    assert code == 0, out
    assert "Keaslian: baik" in out and "DIUBAH" not in out


@pytest.mark.parametrize("edit", list(SIX_EDITS))
def test_each_of_the_six_edits_is_named(demo_copy, capsys, edit):
    expected = SIX_EDITS[edit](demo_copy)
    status, out = check(demo_copy, capsys)
    assert status == 1
    assert "Keaslian: DIUBAH DI LUAR PROGRAM" in out
    assert expected in out


def test_deleted_log_rows_are_named_by_id(demo_copy, capsys):
    sql(demo_copy, "DELETE FROM workflow_log WHERE id BETWEEN 10 AND 12")
    status, out = check(demo_copy, capsys)
    assert status == 1
    assert "Riwayat status triwulan: baris id 10-12 dihapus di luar program." in out


def test_an_altered_log_row_and_a_forged_seal_are_named(demo_copy, capsys):
    sql(demo_copy, "UPDATE workflow_log SET reason = 'dibuka' WHERE id = 7",
        "UPDATE seal SET digest = 'x' || substr(digest, 2) WHERE kind = 'users'")
    status, out = check(demo_copy, capsys)
    assert status == 1
    assert "Riwayat status triwulan: baris id 7 diubah di luar program." in out
    assert "Pengguna: segel diubah di luar program (tanda tangan tidak sah)." in out


def test_a_rewritten_log_tail_is_seen_through_the_signed_head(demo_copy, capsys):
    """Whoever recomputes the hashes after a deleted row still cannot sign the new head."""
    from kinerja_desktop.store.audit_log import row_hash, WORKFLOW_COLUMNS

    conn = sqlite3.connect(demo_copy)
    with conn:
        conn.execute("DELETE FROM workflow_log WHERE id = (SELECT max(id) FROM workflow_log) - 1")
        rows = conn.execute(f"SELECT id, {', '.join(WORKFLOW_COLUMNS)} FROM workflow_log ORDER BY id").fetchall()
        previous = ""
        for new_id, row in enumerate(rows, start=1):
            previous = row_hash("workflow_log", new_id, row[1:], previous)
            conn.execute("UPDATE workflow_log SET id = ?, hash = ? WHERE id = ?", [new_id, previous, row[0]])
    conn.close()
    status, out = check(demo_copy, capsys)
    assert status == 1
    assert "Riwayat status triwulan: " in out and "dihapus di luar program" in out


def test_seals_of_another_installation_are_said_apart_not_as_tampering(demo_copy, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("KINERJA_KEY_DIR", str(tmp_path / "komputer-lain"))
    status, out = check(demo_copy, capsys)
    assert status == 0
    assert "DIUBAH" not in out
    assert "disegel oleh instalasi lain" in out and "tidak dapat diperiksa di sini" in out


# --- normal use keeps the check clean ----------------------------------------------------------

@pytest.fixture
def office(tmp_path):
    """The small plan as the program would hold it: sealed, with its users made by the program."""
    path = tmp_path / "kantor.db"
    db, _ = small_plan(path)
    seals.seal_plan(db, "2026-01-01T00:00:00+00:00")
    for name, role, agency in (("admin", "administrator", None), ("perencana", "planner", None),
                               ("opa", "operator", 1)):
        users.create_user(db, name, name.title(), role, "rahasia-123", agency)
    yield db, path
    db.close()


def test_normal_use_keeps_the_check_clean(office, tmp_path, capsys):
    db, path = office
    save_quarter(db, OPERATOR_A, 1, 2026, 3, [ValueChange(3, 3, Decimal("40"), "catatan")])
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {f"{VALUE_COL}{ROW_OF['K1.1']}": 87.5})
    apply_import(db, PLANNER, preview_import(db, filled))
    for status, who in (("submitted", OPERATOR_A), ("verified", PLANNER), ("locked", ADMIN)):
        workflow.change_status(db, who, 1, 2026, 3, status)
    assert check_tampering(db).clean
    workflow.change_status(db, ADMIN, 1, 2026, 3, "verified", "Salah ketik realisasi P1.1")
    save_quarter(db, ADMIN, 1, 2026, 3, [ValueChange(3, 3, Decimal("41"))])
    workflow.change_status(db, ADMIN, 1, 2026, 3, "locked")
    plan_indicator.save_targets(db, ADMIN, 5, {(2026, 0): "13"}, end_target="13")
    plan_edit.save_node(db, ADMIN, "objective", "S1.2", "Sasaran dua", parent_id=1)
    plan_edit.retire_indicator(db, ADMIN, 4)
    users.change_password(db, "opa", "rahasia-baru-1")
    users.set_active(db, "perencana", False)
    users.create_user(db, "opb", "Operator B", "operator", "rahasia-123", 2)
    report = check_tampering(db)
    assert report.clean and not report.unverifiable, report.findings + report.unverifiable
    code, out = check(path, capsys)
    assert code == 0 and "Keaslian: baik" in out
    assert db.execute("SELECT count(*) FROM seal WHERE kind = 'quarter'").fetchone()[0] == 1


def test_unlocking_ends_the_seal_and_a_value_changed_afterwards_is_not_a_finding(office):
    db, _ = office
    save_quarter(db, OPERATOR_A, 1, 2026, 3, [ValueChange(3, 3, Decimal("40"))])
    for status, who in (("submitted", OPERATOR_A), ("verified", PLANNER), ("locked", ADMIN)):
        workflow.change_status(db, who, 1, 2026, 3, status)
    workflow.change_status(db, ADMIN, 1, 2026, 3, "verified", "Perbaikan")
    assert db.execute("SELECT count(*) FROM seal WHERE kind = 'quarter'").fetchone()[0] == 0
    workflow.change_status(db, ADMIN, 1, 2026, 3, "draft", "Dikembalikan ke OPD")
    save_quarter(db, OPERATOR_A, 1, 2026, 3, [ValueChange(3, 3, Decimal("44"))])
    assert check_tampering(db).clean


def test_a_database_of_schema_3_is_chained_and_sealed_when_migrated(office, capsys):
    """The migration chains the rows it finds and seals what it finds: clean afterwards, and an
    edit made after it is seen."""
    db, path = office
    save_quarter(db, OPERATOR_A, 1, 2026, 3, [ValueChange(3, 3, Decimal("40"))])
    db.conn.execute("PRAGMA journal_mode = DELETE")
    from tests.unit.test_database_migration import undo_schema_5

    undo_schema_5(db.conn)
    db.conn.executescript("DROP TABLE seal; ALTER TABLE audit_log DROP COLUMN hash; "
                          "ALTER TABLE workflow_log DROP COLUMN hash; PRAGMA user_version = 3;")
    db.close()
    migrated = open_database(path)
    assert migrated.execute("SELECT count(*) FROM audit_log WHERE hash IS NULL").fetchone()[0] == 0
    migrated.close()
    assert check(path, capsys)[0] == 0
    sql(path, "UPDATE audit_log SET new_value = '400' WHERE id = 1")
    code, out = check(path, capsys)
    assert code == 1 and "Riwayat perubahan: baris id 1 diubah di luar program." in out


def test_master_data_import_keeps_the_check_clean(office, tmp_path):
    import openpyxl

    from kinerja_desktop.services.masterdata import apply_masterdata, export_masterdata, preview_masterdata

    db, _ = office
    path = export_masterdata(db, tmp_path / "induk.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Program"]["D2"] = "Program A yang diperbarui"
    wb.save(path)
    apply_masterdata(db, preview_masterdata(db, path), PLANNER)
    report = check_tampering(db)
    assert report.clean and not report.unverifiable, report.findings
    db.execute("UPDATE program SET name = 'Program A diubah' WHERE id = 1")   # and one edit outside is seen
    assert check_tampering(db).findings == ["Rencana OPD DINA: program 1.02.02 diubah di luar program."]


def test_a_seal_table_damaged_outside_the_program_is_a_finding_not_a_traceback(demo_copy, capsys):
    """Bad input: a database whose seal rows were overwritten with rubbish."""
    SIX_EDITS["target"](demo_copy)
    sql(demo_copy, "UPDATE seal SET content = x'00ff00' WHERE kind = 'plan'",
        "INSERT INTO seal (kind, scope, digest, sealed_at) VALUES ('quarter', 'bukan/triwulan', 'x', 'kemarin')")
    status, out = check(demo_copy, capsys)
    assert status == 1
    assert "salinan dalam segelnya rusak" in out
    assert "Segel triwulan 'bukan/triwulan' tidak dikenal" in out


def test_a_database_of_an_older_schema_is_only_inspected(tmp_path, capsys):
    from tests.unit.test_database_migration import undo_schema_4

    path = tmp_path / "lama.db"
    db, _ = small_plan(path)
    db.conn.execute("PRAGMA journal_mode = DELETE")
    undo_schema_4(db.conn)
    db.conn.execute("PRAGMA user_version = 3")
    db.close()
    status, out = check(path, capsys)
    assert status == 0 and "belum memakai segel (skema lama)" in out


def test_the_installation_key_is_a_private_file_made_once(tmp_path, monkeypatch):
    import os
    import stat

    from kinerja_desktop.store import installation_key

    monkeypatch.setenv("KINERJA_KEY_DIR", str(tmp_path / "kunci"))
    first = installation_key.public_key()
    path = installation_key.key_path()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["installation-seal.key"]
    installation_key._cache.clear()
    assert installation_key.public_key() == first            # read back, not made again
    monkeypatch.setenv("KINERJA_KEY_DIR", str(tmp_path / "berkas"))
    (tmp_path / "berkas").write_text("bukan folder")
    assert installation_key.public_key() is None             # no key at hand: seals unsigned, work goes on


def test_without_a_key_folder_work_goes_on_and_check_says_what_it_cannot_verify(office, tmp_path, monkeypatch):
    from kinerja_desktop.store import installation_key

    db, _ = office
    (tmp_path / "berkas").write_text("bukan folder")
    monkeypatch.setenv("KINERJA_KEY_DIR", str(tmp_path / "berkas" / "kunci"))
    save_quarter(db, OPERATOR_A, 1, 2026, 3, [ValueChange(3, 3, Decimal("40"))])
    for status, who in (("submitted", OPERATOR_A), ("verified", PLANNER), ("locked", ADMIN)):
        workflow.change_status(db, who, 1, 2026, 3, status)
    assert installation_key.public_key() is None
    report = check_tampering(db)
    assert report.clean
    assert any("disegel tanpa tanda tangan" in note for note in report.unverifiable)
