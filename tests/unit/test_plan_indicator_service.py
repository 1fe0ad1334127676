"""The plan editor's save (indicator + targets) is one use case: a bad target keeps the
indicator unchanged too, a good one saves both."""
from decimal import Decimal

import pytest

from kinerja_desktop.services.plan_edit import PlanEditRefused
from kinerja_desktop.services.plan_indicator import save_indicator_with_targets
from kinerja_desktop.store import plan_browse
from kinerja_desktop.store import repositories as repo
from tests.fixtures import ADMIN
from tests.unit.test_plan_edit_service import form, snapshot


def test_a_bad_target_leaves_the_new_indicator_unsaved(db):
    before = snapshot(db)
    with pytest.raises(PlanEditRefused, match="Target P1.9 2026"):
        save_indicator_with_targets(db, ADMIN, form(), None, {(2026, 0): "1.2.3"}, None)
    assert snapshot(db) == before


def test_a_bad_end_target_leaves_an_edited_indicator_as_it_was(db):
    before = snapshot(db)
    with pytest.raises(PlanEditRefused, match="Target akhir"):
        save_indicator_with_targets(db, ADMIN, form(code="P1.1", name="Nama baru"), 3, {}, "x")
    assert snapshot(db) == before


def test_indicator_and_targets_saved_together(db):
    new_id = save_indicator_with_targets(db, ADMIN, form(), None, {(2026, 0): "1.300"}, "1.500")
    assert repo.load_indicator(db, new_id).code == "P1.9"
    targets, end = plan_browse.indicator_targets(db, new_id)
    assert targets == {(2026, 0): Decimal(1300)} and end == Decimal(1500)
