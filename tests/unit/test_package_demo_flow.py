"""Issue 4's "done when": from the demo database, issue all 37 packages, fill one in LibreOffice
Calc, one in the program at an OPD office, the rest by script, and consolidate all 37 at once."""
from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest

from kinerja_desktop.domain.entities import User, ValueChange
from kinerja_desktop.exchange import package_format as fmt
from kinerja_desktop.services.evaluation import evaluate_quarter
from kinerja_desktop.services.packages import (
    consolidate, installation_public_key, issue_all, register_public_key, setup_from_package, summarise,
    write_filled_package,
)
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.store.database import create_database, open_database
from tests.fixtures import ADMIN, PLANNER
from tests.unit.test_package_calc import _calc_available, calc_fill


@pytest.mark.slow
def test_issue_fill_three_ways_and_consolidate_all_37(demo_copy, tmp_path):
    db = open_database(demo_copy)
    issued_dir, filled_dir = tmp_path / "terbit", tmp_path / "isi"
    issued_dir.mkdir()
    filled_dir.mkdir()
    issued, skipped = issue_all(db, PLANNER, 2026, 3, issued_dir)
    assert len(issued) == 37 and not skipped
    by_code = {i.agency_code: i for i in issued}
    codes = sorted(by_code)
    calc_code, office_code, script_codes = codes[0], codes[1], codes[2:]
    value_col = next(c for c, col in enumerate(fmt.columns(2026, 3), 1) if col.key == "value")
    letter = openpyxl.utils.get_column_letter(value_col)

    # 1. By hand in LibreOffice Calc (or, without Calc, skipped with the reason).
    reason = _calc_available()
    if reason is None:
        calc_fill(by_code[calc_code].path, filled_dir / f"{calc_code}.xlsx", tmp_path / "profil",
                  **{f"{letter}{fmt.FIRST_DATA_ROW}": "42.5", f"{letter}{fmt.FIRST_DATA_ROW + 1}": "'17,25"})
    # 2. In the program at the OPD office: its own database from its package, typed in, signed.
    office = create_database(None)
    setup = setup_from_package(office, by_code[office_code].path)
    operator = User(1, "opd", "Operator", "operator", setup.agency_id)
    first = office.execute("SELECT id FROM indicator ORDER BY code, id LIMIT 1").fetchone()[0]
    save_quarter(office, operator, setup.agency_id, 2026, 3, [ValueChange(first, 3, Decimal("12.75"), "dari kantor OPD")])
    write_filled_package(office, 2026, 3, filled_dir / f"{office_code}.xlsx")
    register_public_key(db, ADMIN, office_code, installation_public_key(office)[0])
    # 3. By script.
    for n, code in enumerate(script_codes):
        wb = openpyxl.load_workbook(by_code[code].path)
        ws = wb[fmt.ENTRY_SHEET]
        for r in range(fmt.FIRST_DATA_ROW, ws.max_row + 1):
            ws.cell(r, value_col).value = 10 + (r + n) % 50
        wb.save(filled_dir / f"{code}.xlsx")

    results = consolidate(db, PLANNER, [filled_dir], apply=False)
    assert all(r.outcome == "dry-run" for r in results), [r.message for r in results if r.outcome != "dry-run"]
    results = consolidate(db, PLANNER, [filled_dir])
    assert all(r.outcome == "applied" for r in results), [r.message for r in results if r.outcome != "applied"]
    assert len(results) == (37 if reason is None else 36)
    signed = {r.agency_code: r.preview.signature for r in results}
    assert signed[office_code] == "valid" and signed[script_codes[0]] == "unsigned"
    assert sum(s.applied for s in summarise(results)) == len(results)
    value = db.execute("SELECT value, note FROM realisation WHERE indicator_id = ? AND year = 2026 AND quarter = 3",
                       [first]).fetchone()
    assert value == ("12.75", "dari kantor OPD")
    # The values are what the evaluation (tree, report) reads.
    evaluated = {r.indicator.id: r for r in evaluate_quarter(db, 2026, 3)}
    assert evaluated[first].values.realisations[3] == Decimal("12.75")
    db.close()
    office.close()
