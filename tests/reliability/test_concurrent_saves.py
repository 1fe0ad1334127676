"""Two processes saving the same OPD-quarter: no update is lost. A form saved over a newer value
(someone else saved in between) is told so and keeps what was typed."""
from __future__ import annotations

import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services.realisations import Loaded, SaveConflict, save_quarter
from kinerja_desktop.store.database import open_database
from tests.fixtures import OPERATOR_A, PLANNER, small_plan
from tests.reliability.form_tools import make_page, row_of, stored, type_value
from tests.reliability.conftest import FIGURES

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 60

# Read-modify-write as the form does it: read, add one, save with what was read; on a conflict,
# read again and retry. Two of these at once must end at 2 x ROUNDS.
INCREMENTER = r"""
import sys
from decimal import Decimal
from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services.realisations import Loaded, SaveConflict, save_quarter
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import open_database
from tests.fixtures import PLANNER
import os, time
db = open_database(sys.argv[1])
while not os.path.exists(sys.argv[3]):     # both start saving at the same moment
    time.sleep(0.005)
conflicts = 0
for _ in range(int(sys.argv[2])):
    while True:
        value, note = repo.quarter_values(db, 2026, 3, [3]).get(3, (None, ""))
        new = (value or Decimal(0)) + 1
        try:
            save_quarter(db, PLANNER, 1, 2026, 3, [ValueChange(3, 3, new, note)], loaded=Loaded({3: (value, note)}))
            break
        except SaveConflict:
            conflicts += 1
print(conflicts)
"""


def test_two_processes_incrementing_the_same_row_lose_no_update(tmp_path):
    path = tmp_path / "bersama.db"
    small_plan(path)[0].close()
    start = tmp_path / "mulai"
    procs = [subprocess.Popen([sys.executable, "-c", INCREMENTER, str(path), str(ROUNDS), str(start)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    time.sleep(1.0)     # both have imported the program and opened the database
    start.write_text("")
    conflicts = 0
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        conflicts += int(out)
    assert stored(path, 3)[0] == str(2 * ROUNDS)
    db = open_database(path, read_only=True)
    audits = db.execute("SELECT count(*) FROM audit_log WHERE entity = 'realisation' AND indicator_id = 3").fetchone()[0]
    db.close()
    assert audits == 2 * ROUNDS                    # every save is in the log, none overwrote another
    FIGURES.append(f"two processes x {ROUNDS} saves of one row: {2 * ROUNDS} kept, 0 lost, "
                   f"{conflicts} conflicts detected and retried")


def test_a_save_over_a_newer_value_is_refused_with_the_indicator_named(tmp_path):
    path = tmp_path / "a.db"
    db, _ = small_plan(path)
    save_quarter(db, PLANNER, 1, 2026, 3, [ValueChange(1, 3, Decimal("99.5"))])     # someone else, in between
    with pytest.raises(SaveConflict, match=r"T1\.1 \(sekarang 99,5\).*isian Anda tetap di formulir"):
        save_quarter(db, OPERATOR_A, 1, 2026, 3, [ValueChange(1, 3, Decimal("71")), ValueChange(3, 3, Decimal("5"))],
                     loaded=Loaded({1: (None, ""), 3: (None, "")}))
    assert stored(path, 1)[0] == "99.5" and stored(path, 3) is None        # nothing of the refused save
    # The same save against what is stored now goes through.
    save_quarter(db, OPERATOR_A, 1, 2026, 3, [ValueChange(1, 3, Decimal("71"))],
                 loaded=Loaded({1: (Decimal("99.5"), "")}))
    assert stored(path, 1)[0] == "71"
    db.close()


def test_a_changed_note_or_spending_is_a_conflict_too(tmp_path):
    from kinerja_desktop.services.realisations import SpendingChange

    db, _ = small_plan(tmp_path / "b.db")
    save_quarter(db, PLANNER, 1, 2026, 2, [ValueChange(1, 2, Decimal("69"), "catatan baru")], [SpendingChange(1, 2, Decimal(5))])
    with pytest.raises(SaveConflict, match="T1.1"):
        save_quarter(db, OPERATOR_A, 1, 2026, 2, [ValueChange(1, 2, Decimal("70"))], loaded=Loaded({1: (Decimal("69"), "")}))
    with pytest.raises(SaveConflict, match="anggaran P1.1"):
        save_quarter(db, OPERATOR_A, 1, 2026, 2, [], [SpendingChange(1, 2, Decimal(6))],
                     loaded=Loaded({}, {1: None}, {1: "anggaran P1.1"}))
    db.close()


@pytest.mark.parametrize("overwrite", [False, True])
def test_the_form_is_told_and_keeps_what_was_typed(qtbot, tmp_path, overwrite):
    path = tmp_path / "form.db"
    small_plan(path)[0].close()
    db = open_database(path)
    page = make_page(qtbot, db, answers={"confirm": overwrite})
    other = open_database(path)                # another program saves T1.1 after the form loaded it
    save_quarter(other, PLANNER, 1, 2026, 3, [ValueChange(1, 3, Decimal("99.5"))])
    other.close()
    type_value(page, "T1.1", "71")
    type_value(page, "P1.1", "120")
    saved = page.save()
    assert any("sudah diubah orang lain" in text and "T1.1 (sekarang 99,5)" in text for text in page.asked)
    if overwrite:       # the person chose to put their value over the newer one
        assert saved and stored(path, 1)[0] == "71" and stored(path, 3)[0] == "120"
        assert not page.model.is_dirty()
    else:
        assert not saved and stored(path, 1)[0] == "99.5" and stored(path, 3) is None
        assert page.model.text_at(row_of(page, "T1.1"), "value") == "71"
        assert page.model.text_at(row_of(page, "P1.1"), "value") == "120" and page.model.is_dirty()
        assert "diubah orang lain" in page.cell_message.text()
    db.close()


def test_a_form_saving_twice_is_not_a_conflict_with_itself(qtbot, tmp_path):
    path = tmp_path / "dua.db"
    small_plan(path)[0].close()
    db = open_database(path)
    page = make_page(qtbot, db, answers={"confirm": False})
    type_value(page, "T1.1", "71")
    assert page.save()
    type_value(page, "T1.1", "72")
    assert page.save() and stored(path, 1)[0] == "72" and page.asked == []
    db.close()
