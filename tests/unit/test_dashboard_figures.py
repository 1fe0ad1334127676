"""Dashboard figures equal the one calculation (evaluate_quarter), and the incremental update
after a save equals a full recomputation."""
from __future__ import annotations

from decimal import Decimal as D

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services.dashboard import LiveFigures, dashboard_figures
from kinerja_desktop.services.evaluation import band_counts, evaluate_quarter, mean_achievement
from kinerja_desktop.services.realisations import SpendingChange, save_quarter
from kinerja_desktop.store import repositories as repo
from tests.fixtures import ADMIN, STAMP


def test_headline_and_distribution_equal_the_evaluation(db):
    plan = repo.load_plan(db)
    figures = dashboard_figures(db, 2026, 2)
    results = evaluate_quarter(db, 2026, 2)
    counts = band_counts(results, plan)
    assert {b.label: b.count for b in figures.headline.bands} == counts
    assert figures.headline.total == 5 and figures.headline.reported == 5
    assert [r.evaluation for r in figures.results] == [r.evaluation for r in results]
    # Colours come from the plan's bands, not from a copy.
    assert [b.colour for b in figures.headline.bands[:5]] == [b.colour for b in plan.bands]


def test_opd_achievement_is_the_mean_of_each_opd_sorted_best_first(db):
    plan = repo.load_plan(db)
    figures = dashboard_figures(db, 2026, 2)
    expected = {a: mean_achievement(evaluate_quarter(db, 2026, 2, agency_id=a), plan) for a in (1, 2)}
    assert [(o.agency.code, o.mean, o.band) for o in figures.opd_achievement] == [
        ("DINA", *expected[1]), ("DINB", *expected[2])]
    assert figures.opd_achievement[0].mean == D("96.45")


def test_scopes_follow_the_plan_tree(db):
    figures = dashboard_figures(db, 2026, 2)
    codes = lambda scope, key: sorted(r.indicator.code for r in figures.scope_results(scope, key))
    assert codes("goal", 1) == ["B1.1", "K1.1", "P1.1", "S1.1.1", "T1.1"]
    assert codes("objective", 1) == ["B1.1", "K1.1", "P1.1", "S1.1.1"]
    assert codes("agency", 2) == ["B1.1"]
    assert sum(b.count for b in figures.distribution("agency", 2)) == 1


def test_completeness_counts_reported_indicators_per_quarter(db):
    figures = dashboard_figures(db, 2026, 2)
    rows = {r.agency.code: r for r in figures.completeness}
    assert rows["DINA"].reported == (3, 3, 0, 0) and rows["DINA"].total == 4
    assert rows["DINB"].reported == (1, 0, 0, 0) and rows["DINB"].share(1) == 1


def test_budget_counts_each_rupiah_once(db):
    # Program 1 has a pagu and so does its activity: the program's row is the total.
    save_quarter(db, ADMIN, 1, 2026, 1, [], [SpendingChange(2, 1, D("100000000"))])
    save_quarter(db, ADMIN, 1, 2026, 2, [], [SpendingChange(2, 2, D("50000000.50"))])
    figures = dashboard_figures(db, 2026, 2)
    [row] = figures.budget
    assert row.agency.code == "DINA" and row.pagu == D("1500000000")
    assert row.spent == (D("100000000"), D("50000000.50"), D(0), D(0))
    assert row.share_to(2) == D("150000000.50") / D("1500000000") * 100


def test_incremental_update_equals_full_recomputation(db):
    plan = repo.load_plan(db)
    live = LiveFigures(db, plan, 2026, 2)
    before = {o.agency.code: o.mean for o in live.figures.opd_achievement}
    save_quarter(db, ADMIN, 2, 2026, 2, [ValueChange(5, 2, D("2"))])
    updated = live.update({5})
    fresh = dashboard_figures(db, 2026, 2)
    assert [r.evaluation for r in updated.results] == [r.evaluation for r in fresh.results]
    assert updated.opd_achievement == fresh.opd_achievement
    assert updated.headline == fresh.headline
    assert [i.projection for i in updated.at_risk] == [i.projection for i in fresh.at_risk]
    after = {o.agency.code: o.mean for o in updated.opd_achievement}
    assert after["DINA"] == before["DINA"] and after["DINB"] != before["DINB"]   # the save did show


def test_at_risk_goals_objectives_and_late_opds(db):
    # T1.1 (goal level, `last`) falls from 68,5 to 40: the trend reaches 0 by TW IV.
    save_quarter(db, ADMIN, 1, 2026, 2, [ValueChange(1, 2, D("40"))])
    db["workflow"].insert({"agency_id": 2, "year": 2026, "quarter": 2, "status": "submitted",
                           "changed_at": STAMP, "changed_by": "opb"})
    figures = dashboard_figures(db, 2026, 2)
    risky = {i.result.indicator.code: i for i in figures.at_risk}
    assert "T1.1" in risky and risky["T1.1"].projection.achievement == D("0.00")
    assert risky["T1.1"].agency.code == "DINA"
    assert figures.headline.goals_at_risk == 1 and figures.headline.objectives_at_risk == 0
    assert [a.code for a in figures.headline.opds_late] == ["DINA"]
    # Plan-level indicators first, then the worst projection.
    levels = {"goal": 0, "objective": 1, "program": 2, "activity": 3, "sub_activity": 4}
    keys = [(levels[i.result.indicator.node_type], i.projection.achievement) for i in figures.at_risk]
    assert keys == sorted(keys)


def test_distributions_in_one_pass_equal_each_scope(db):
    figures = dashboard_figures(db, 2026, 2)
    for scope in ("goal", "objective"):
        for key, bands in figures.distributions(scope).items():
            assert bands == figures.distribution(scope, key)


def _same_figures(a, b) -> None:
    assert [(r.indicator, r.values, r.evaluation) for r in a.results] == [
        (r.indicator, r.values, r.evaluation) for r in b.results]
    assert (a.year, a.quarter, a.headline, a.opd_achievement, a.completeness, a.budget) == (
        b.year, b.quarter, b.headline, b.opd_achievement, b.completeness, b.budget)
    assert [(i.projection, i.projection.reason) for i in a.at_risk] == [
        (i.projection, i.projection.reason) for i in b.at_risk]


def test_quarter_change_keeps_the_years_rows_and_equals_a_fresh_load(db):
    """Issue 14: another quarter of the same year evaluates the kept rows again, saves
    included, and gives the figures that a load from the database gives."""
    plan = repo.load_plan(db)
    live = LiveFigures(db, plan, 2026, 2)
    save_quarter(db, ADMIN, 1, 2026, 1, [ValueChange(1, 1, D("7"))], [SpendingChange(2, 1, D("1000"))])
    live.update({1})
    for quarter in (1, 3, 2):
        _same_figures(live.set_period(2026, quarter), dashboard_figures(db, 2026, quarter))
    assert live.figures.budget[0].spent[0] == D("1000")
    # Another year reads the database again.
    _same_figures(live.set_period(2025, 4), dashboard_figures(db, 2025, 4))


def test_kept_rows_are_copies_a_later_save_does_not_reach(db):
    plan = repo.load_plan(db)
    live = LiveFigures(db, plan, 2026, 2)
    kept = live.year_data()
    save_quarter(db, ADMIN, 1, 2026, 2, [], [SpendingChange(2, 2, D("5"))])
    live.update({1})
    assert live.figures.budget[0].spent[1] == D("5")
    other = LiveFigures(db, plan, 2026, 1, reuse=kept)   # made from the rows as they were
    assert other.figures.quarter == 1 and other.figures.budget[0].spent[1] == D(0)
    assert LiveFigures(db, plan, 2025, 1, reuse=kept).figures.results == dashboard_figures(db, 2025, 1).results
