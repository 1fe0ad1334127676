"""The plan-table import under the program's rules: the number rule (a value out of range is a
refused row naming its cell), the automatic backup before writing, the audit, and the tamper
check staying clean after an import made by the program."""
from __future__ import annotations

import pytest

from kinerja_desktop.domain.entities import User
from kinerja_desktop.exchange.plan_table import read_plan_table
from kinerja_desktop.services import backups
from kinerja_desktop.services.integrity import check_tampering
from kinerja_desktop.services.plan_import import PlanImportRefused, apply_plan_import, preview_plan_import
from kinerja_desktop.store import seals
from tests.fixtures import PLANNER, small_plan
from tests.plan_tables import plan_db, rpjmd_iku
from tests.unit.test_masterdata_roundtrip import table_dump

ADMIN = User(1, "admin", "Admin", "administrator", None)
BAD = {"1e30": 1e30, "1e308": 1e308, "400 digits": "9" * 400, "26 digits": "12345678901234567890123456"}
ROWS = [["T1", "Tujuan satu"], ["S1.1", "Sasaran satu"],
        ["S1.1.7", "Persentase layanan baik", "persen", 60, 61, 62, 63, 64, 65, 65, "Dinas B"]]


@pytest.mark.parametrize("value", BAD.values(), ids=BAD.keys())
def test_a_number_out_of_range_is_a_refused_row_naming_its_cell(tmp_path, value):
    db, _ = plan_db()
    rows = [list(r) for r in ROWS]
    rows[2][5] = value                       # target 2023, column F
    table = read_plan_table(rpjmd_iku(tmp_path / "angka.xlsx", rows))
    before = table_dump(db)
    preview = preview_plan_import(db, table)
    assert any(r.startswith("Lembar 'IKU' baris 8: kolom F8 (Target Kinerja 2023)") and
               ("10^15" in r or "angka penting" in r) for r in preview.refused), preview.refused
    with pytest.raises(PlanImportRefused):
        apply_plan_import(db, preview, ADMIN)
    assert table_dump(db) == before


def test_a_viewer_or_operator_may_not_import(tmp_path):
    db, _ = plan_db()
    preview = preview_plan_import(db, read_plan_table(rpjmd_iku(tmp_path / "iku.xlsx", ROWS)))
    operator = User(3, "opa", "Opa", "operator", 1)
    with pytest.raises(PlanImportRefused, match="administrator atau perencana"):
        apply_plan_import(db, preview, operator)


def test_backup_first_audit_and_a_clean_tamper_check(tmp_path):
    path = tmp_path / "kantor.db"
    db, _ = small_plan(path)
    seals.seal_plan(db, "2026-01-01T00:00:00+00:00")
    preview = preview_plan_import(db, read_plan_table(rpjmd_iku(tmp_path / "iku.xlsx", ROWS)))
    apply_plan_import(db, preview, PLANNER)
    copies = list(backups.folder(db).glob("*impor-rencana*"))
    assert len(copies) == 1
    audit = db.execute("SELECT by_user, entity, new_value FROM audit_log WHERE source_ref = 'iku.xlsx'").fetchall()
    assert any(e == "plan" and "S1.1.7" in v and v.endswith("baru") for _, e, v in audit), audit
    assert sum(1 for _, entity, _ in audit if entity == "target") == 5      # 2022..2026
    report = check_tampering(db)
    assert report.clean and not report.unverifiable, report.findings
    db.close()


def test_a_table_imports_into_the_chosen_period(tmp_path):
    """Issue 13: the same codes live in both periods; a table imported into the second period
    changes only that period, and a year outside it is refused with its row named."""
    from kinerja_desktop.store import repositories as repo
    from tests.periods import SECOND, two_periods

    db, _, _ = two_periods(tmp_path / "dua.db")
    first_before = [(i.code, i.name) for i in repo.load_indicators(db, plan_id=1)]
    rows = [["T1", "Tujuan satu"], ["S1.1", "Sasaran satu"],
            ["S1.1.7", "Persentase layanan baik", "persen", 60, 61, 62, 63, 64, 65, 65, "Dinas B"]]
    old_years = preview_plan_import(db, read_plan_table(rpjmd_iku(tmp_path / "lama.xlsx", rows)), plan_id=SECOND)
    assert "baris 8: kolom Target 2022 di luar periode RPJMD 2025-2029" in " ".join(old_years.refused)
    before = table_dump(db)
    with pytest.raises(PlanImportRefused):
        apply_plan_import(db, old_years, PLANNER)
    assert table_dump(db) == before
    preview = preview_plan_import(db, read_plan_table(rpjmd_iku(tmp_path / "iku.xlsx", rows, first_year=2025)),
                                  plan_id=SECOND)
    assert preview.plan.id == SECOND and not preview.refused
    apply_plan_import(db, preview, PLANNER)
    assert "S1.1.7" in {i.code for i in repo.load_indicators(db, plan_id=SECOND)}
    assert [(i.code, i.name) for i in repo.load_indicators(db, plan_id=1)] == first_before
    with pytest.raises(PlanImportRefused, match="Periode rencana 9 tidak ada.*RPJMD 2025-2029"):
        preview_plan_import(db, read_plan_table(rpjmd_iku(tmp_path / "iku.xlsx", rows)), plan_id=9)
    db.close()
