"""The plan editor's save of an indicator: its fields and its targets as one use case, so a bad
target leaves the indicator unchanged too; and the targets themselves, typed as text."""
from __future__ import annotations

from decimal import Decimal

import sqlite_utils

from kinerja_desktop.domain.entities import User
from kinerja_desktop.services import plan_edit
from kinerja_desktop.domain.numbers import to_text
from kinerja_desktop.store import plan_browse
from kinerja_desktop.store.database import transaction


def save_indicator_with_targets(db: sqlite_utils.Database, user: User, form: plan_edit.IndicatorForm,
                                indicator_id: int | None, targets: dict[tuple[int, int], str],
                                end_target: str | None) -> int:
    """Save (or add) the indicator and set its targets in one transaction; returns its id.
    Raises plan_edit.PlanEditRefused and then nothing is changed."""
    with transaction(db):
        saved = plan_edit.save_indicator(db, user, form, indicator_id)
        save_targets(db, user, saved, targets, end_target)
    return saved


def _same(old_text: str | None, value) -> bool:
    return (old_text is None and value is None) or (
        old_text is not None and value is not None and Decimal(old_text) == value)


def save_targets(db: sqlite_utils.Database, user: User, indicator_id: int, targets: dict[tuple[int, int], str],
                 end_target: str | None = None) -> int:
    """Set targets typed as text: (year, quarter) -> text, quarter 0 = annual; empty text removes
    the target. `end_target` None leaves it, '' removes it. Returns how many values changed."""
    plan_edit._require_admin(user)
    with transaction(db):
        row = db.execute("SELECT code, decimals, allow_negative, agency_id FROM indicator WHERE id = ?",
                         [indicator_id]).fetchone()
        if row is None:
            raise plan_edit.PlanEditRefused(f"Indikator dengan id {indicator_id} tidak ada.")
        code, decimals, allow_negative, agency_id = row
        # The indicator's own period: a carried indicator of the next period takes its later years.
        start, end = plan_browse.indicator_years(db, indicator_id)
        parsed = {}
        for (year, quarter), text in sorted(targets.items()):
            if not start <= year <= end:
                raise plan_edit.PlanEditRefused(f"Tahun {year} di luar periode rencana {start}-{end}.")
            if quarter not in range(5):
                raise plan_edit.PlanEditRefused(f"Triwulan {quarter} tidak ada.")
            what = f"Target {code} {year}" + (f" TW {quarter}" if quarter else "")
            parsed[(year, quarter)] = plan_edit._number(text, decimals, what, bool(allow_negative))
        end_value = None if end_target is None else plan_edit._number(end_target, decimals, f"Target akhir {code}",
                                                            bool(allow_negative))
        changed = 0
        for (year, quarter), value in parsed.items():
            old = db.execute("SELECT value FROM target WHERE indicator_id = ? AND year = ? AND quarter = ?",
                             [indicator_id, year, quarter]).fetchone()
            old_text = old[0] if old else None
            new_text = to_text(value)
            if _same(old_text, value):
                continue
            if new_text is None:
                db.execute("DELETE FROM target WHERE indicator_id = ? AND year = ? AND quarter = ?",
                           [indicator_id, year, quarter])
            else:
                db.execute("INSERT INTO target VALUES (?, ?, ?, ?) ON CONFLICT (indicator_id, year, quarter) "
                           "DO UPDATE SET value = excluded.value", [indicator_id, year, quarter, new_text])
            plan_edit._audit(db, user, "target", old_text, new_text, indicator_id, agency_id, year, quarter)
            changed += 1
        if end_target is not None:
            old = db.execute("SELECT value FROM end_target WHERE indicator_id = ?", [indicator_id]).fetchone()
            old_text, new_text = (old[0] if old else None), to_text(end_value)
            if not _same(old_text, end_value):
                if new_text is None:
                    db.execute("DELETE FROM end_target WHERE indicator_id = ?", [indicator_id])
                else:
                    db.execute("INSERT INTO end_target VALUES (?, ?) ON CONFLICT (indicator_id) DO UPDATE SET "
                               "value = excluded.value", [indicator_id, new_text])
                plan_edit._audit(db, user, "target", old_text, new_text, indicator_id, agency_id)
                changed += 1
        if changed:
            plan_edit._reseal(db, {agency_id})
    return changed
