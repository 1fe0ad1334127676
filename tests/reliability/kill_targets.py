"""What the SIGKILL trials run: one small function per target, executed in a forked child that the
test kills at a random moment (see kill_harness.py). Each writes one transaction (or one file) that
must be found whole or not at all afterwards; the checks live in test_kill_trials.py.

Imported by the zygote process before it forks, so a trial pays for the operation only.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services import backups
from kinerja_desktop.services.packages import apply_import, preview_import
from kinerja_desktop.services.realisations import SpendingChange, save_quarter
from kinerja_desktop.store.database import backup, open_database
from tests.fixtures import ADMIN, PLANNER

# Small plan, DINA (agency 1), 2026 TW3: four indicators and two budgets, all rewritten by a save.
SAVE_INDICATORS = (1, 2, 3, 4)
SAVE_BUDGETS = (1, 2)


def generation_values(k: int) -> dict[int, tuple[Decimal, str]]:
    """The values and notes save generation k writes; every generation changes every row."""
    return {i: (Decimal(k * 10 + i), f"gen{k}") for i in SAVE_INDICATORS}


def generation_spending(k: int) -> dict[int, Decimal]:
    return {b: Decimal(1000 * k + b) for b in SAVE_BUDGETS}


def save(db_path: str, k: int) -> None:
    db = open_database(db_path)
    changes = [ValueChange(i, 3, v, note) for i, (v, note) in generation_values(k).items()]
    spending = [SpendingChange(b, 3, v) for b, v in generation_spending(k).items()]
    save_quarter(db, PLANNER, 1, 2026, 3, changes, spending)
    db.close()


def import_package(db_path: str, package: str) -> None:
    db = open_database(db_path)
    preview = preview_import(db, package)
    assert preview.blocking is None, preview.blocking
    apply_import(db, PLANNER, preview)
    db.close()


def migrate(db_path: str, _arg=None) -> None:
    open_database(db_path).close()       # copies to <db>.v1.bak, then migrates in one transaction


def backup_file(db_path: str, out: str) -> None:
    backup(Path(db_path), Path(out))


def restore(db_path: str, source: str) -> None:
    """The use case behind `kinerja restore` and Berkas > Pulihkan…: copy first, then replace."""
    backups.restore(db_path, ADMIN, source)


TARGETS = {"save": save, "import": import_package, "migrate": migrate, "backup": backup_file, "restore": restore}
