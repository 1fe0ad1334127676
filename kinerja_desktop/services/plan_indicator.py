"""The plan editor's save of an indicator: its fields and its targets as one use case, so a bad
target leaves the indicator unchanged too."""
from __future__ import annotations

import sqlite_utils

from kinerja_desktop.domain.entities import User
from kinerja_desktop.services import plan_edit
from kinerja_desktop.store.database import transaction


def save_indicator_with_targets(db: sqlite_utils.Database, user: User, form: plan_edit.IndicatorForm,
                                indicator_id: int | None, targets: dict[tuple[int, int], str],
                                end_target: str | None) -> int:
    """Save (or add) the indicator and set its targets in one transaction; returns its id.
    Raises plan_edit.PlanEditRefused and then nothing is changed."""
    with transaction(db):
        saved = plan_edit.save_indicator(db, user, form, indicator_id)
        plan_edit.save_targets(db, user, saved, targets, end_target)
    return saved
