"""Issue 14: the tree, the dashboard and the slides read one evaluation per period, and the
application's change signal invalidates it before any of them reads again."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services.evaluation import evaluate_quarter
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.dashboard.live import LiveSource
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.tree.tree_data import load_tree
from tests.fixtures import ADMIN


@pytest.fixture
def context(db, qtbot):
    return AppContext(db, repo.load_plan(db), ADMIN, 2026, 2)


def test_tree_dashboard_and_a_period_change_share_one_evaluation(context, db):
    source = LiveSource.for_context(context)
    load_tree(db, 2026, 2, plan=context.plan, evaluations=context.evaluations)
    assert context.evaluations.computed == 1 and source.figures.complete
    context.set_period(2026, 3)
    load_tree(db, 2026, 3, plan=context.plan, evaluations=context.evaluations)
    assert context.evaluations.computed == 2 and source.figures.quarter == 3


def test_a_save_announced_is_seen_by_the_next_reader(context, db):
    before = context.evaluations.results(db, 2026, 2, context.plan)
    save_quarter(db, ADMIN, 2, 2026, 2, [ValueChange(5, 2, D("2"))])
    context.announce_change({5})
    after = context.evaluations.results(db, 2026, 2, context.plan)
    assert [r.evaluation for r in after] == [r.evaluation for r in evaluate_quarter(db, 2026, 2)]
    assert [r.evaluation for r in after] != [r.evaluation for r in before]


def test_the_dashboard_shows_first_figures_then_the_rest(qtbot, tmp_path):
    from kinerja_desktop.ui.dashboard.page import DashboardPage
    from tests.fixtures import small_plan

    path = tmp_path / "kinerja.db"
    db, _ = small_plan(path)
    context = AppContext(db, repo.load_plan(db), ADMIN, 2026, 2, db_path=path)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    shown = []
    page.source.changed.connect(lambda figures, _ids: shown.append((figures.complete, page.risks.heading.text())))
    qtbot.waitUntil(lambda: not page.source.is_loading, timeout=5000)
    assert shown[0] == (False, "Indikator berisiko tidak mencapai target (…)")
    assert shown[-1][0] and "(…)" not in shown[-1][1]
    assert page.source.figures.complete
    db.close()
