"""Budget spending (realisasi anggaran) travels in packages: one Rupiah input per budgeted
node, on its first indicator row; applied through save_quarter's spending, audited, signed."""
from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest

from kinerja_desktop.domain.entities import User
from kinerja_desktop.exchange import package_format as fmt
from kinerja_desktop.services.packages import (
    ImportRefused, apply_import, installation_public_key, preview_import, register_public_key, setup_from_package,
    write_filled_package,
)
from kinerja_desktop.services.realisations import SpendingChange, save_quarter
from kinerja_desktop.store.database import create_database
from tests.fixtures import ADMIN, PLANNER
from tests.package_tools import dump, fill, issue, patch_sheet

# Small plan, DINA 2026 TW3: budget 2 (activity 1) is entered on K1.1's row 7, budget 1 (program 1)
# on P1.1's row 8; S1.1.1 (row 9) and T1.1 (row 10) carry no spending. Column J is the spending.


def _spent(db, budget_id, quarter=3):
    row = db.execute("SELECT spent FROM spending WHERE budget_id = ? AND quarter = ?", [budget_id, quarter]).fetchone()
    return row[0] if row else None


def test_issued_sheet_has_the_spending_column_only_where_a_budget_is(db, tmp_path):
    path = issue(db, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb[fmt.ENTRY_SHEET]
    assert ws["J6"].value == "Realisasi anggaran TW III (Rp) (isi)"
    assert [ws[f"J{r}"].protection.locked for r in (7, 8, 9, 10)] == [False, False, True, True]
    assert ws["J7"].number_format == "#,##0"
    wb.close()


def test_spending_is_previewed_applied_audited_and_reimport_changes_nothing(db, tmp_path):
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 80, "J7": "1.500.000", "J8": 2500000.5})
    preview = preview_import(db, filled)
    rows = {r.code: r for r in preview.rows}
    assert (rows["K1.1 (Rp)"].status, rows["K1.1 (Rp)"].package_value) == ("new", Decimal("1500000"))
    assert (rows["P1.1 (Rp)"].status, rows["P1.1 (Rp)"].package_value) == ("new", Decimal("2500000.5"))
    assert rows["K1.1 (Rp)"].name == "Realisasi anggaran: Kegiatan A"
    result = apply_import(db, PLANNER, preview)
    assert "2 realisasi anggaran" in result.message
    assert (_spent(db, 2), _spent(db, 1)) == ("1500000", "2500000.5")
    audit = db.execute("SELECT budget_id, new_value, source, source_ref FROM audit_log WHERE entity = 'spending' "
                       "ORDER BY budget_id").fetchall()
    ref = preview.package.package_id + " · diisi di spreadsheet"
    assert audit == [(1, "2500000.5", "package", ref), (2, "1500000", "package", ref)]
    before = dump(db)
    again = preview_import(db, filled)
    assert again.already_imported and apply_import(db, PLANNER, again).written == 0
    assert dump(db) == before


@pytest.mark.parametrize("cells, reason", [
    ({"J9": 1000}, "tidak mempunyai pagu anggaran"),          # a row whose node has no budget
    ({"J7": "sejuta"}, "bukan angka"),
    ({"J7": -5}, "tidak boleh negatif"),
    ({"J7": "1.234"}, "bisa dibaca 1234 atau 1,234"),
])
def test_bad_spending_cells_reject_the_package_and_change_nothing(db, tmp_path, cells, reason):
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 80, **cells})
    before = dump(db)
    preview = preview_import(db, filled)
    rejected = [r for r in preview.rows if r.status == "rejected"]
    assert rejected and reason in rejected[0].reason and "kolom J (Realisasi anggaran)" in rejected[0].reason
    with pytest.raises(ImportRefused):
        apply_import(db, PLANNER, preview)
    assert dump(db) == before


def test_spending_changed_here_since_issue_is_a_conflict(db, tmp_path):
    path = issue(db, tmp_path)
    save_quarter(db, ADMIN, 1, 2026, 3, [], [SpendingChange(2, 3, Decimal("900000"))], source="correction")
    filled = fill(path, tmp_path / "isi.xlsx", {"J7": 1200000})
    preview = preview_import(db, filled)
    row = {r.code: r for r in preview.rows}["K1.1 (Rp)"]
    assert row.status == "conflict" and row.current_value == 900000
    preview.resolve_all("keep")
    apply_import(db, PLANNER, preview)
    assert _spent(db, 2) == "900000"


def test_office_round_trip_carries_spending_and_signs_it(db, tmp_path):
    path = issue(db, tmp_path)
    local = create_database(None)
    result = setup_from_package(local, path)
    assert local.execute("SELECT id, pagu FROM budget ORDER BY id").fetchall() == [(1, "1500000000"), (2, "750000000.5")]
    operator = User(1, "opd", "Operator", "operator", result.agency_id)
    save_quarter(local, operator, result.agency_id, 2026, 3, [], [SpendingChange(1, 3, Decimal("12500000"))])
    out = write_filled_package(local, 2026, 3, tmp_path / "terisi.xlsx")
    key, _ = installation_public_key(local)
    register_public_key(db, ADMIN, "DINA", key)
    preview = preview_import(db, out)
    assert preview.signature == "valid"
    assert {r.code: r.status for r in preview.rows}["P1.1 (Rp)"] == "new"
    apply_import(db, PLANNER, preview)
    assert _spent(db, 1) == "12500000"

    # The spending is signed: changing it in the file breaks the signature.
    forged = patch_sheet(out, tmp_path / "palsu.xlsx", "xl/worksheets/sheet1.xml",
                         r'(<c r="J8"[^>]*>)<v>12500000</v>', r"\1<v>99000000</v>")
    assert "tidak sah" in (preview_import(db, forged).blocking or "")
    local.close()
