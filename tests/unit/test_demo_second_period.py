"""The demo's second period, RPJMD 2025-2029, made from the first with the new-period service:
22 of 25 IKU carried (3 with a changed definition or unit), 3 ended, 3 new; the seed region's
stated targets; realisations 2025 and 2026 TW I-III; a trend across the two periods."""
from __future__ import annotations

from decimal import Decimal

import pytest

from kinerja_desktop.services.demo.second_period import CHANGED, ENDED, NEW_IKU
from kinerja_desktop.services.integrity import check_tampering
from kinerja_desktop.services.trend import indicator_trend
from kinerja_desktop.store.database import open_database
from kinerja_desktop.store.repositories import load_indicators, load_plan


@pytest.fixture(scope="module")
def demo(demo_db_path):
    db = open_database(demo_db_path, read_only=True)
    yield db
    db.close()


def one(db, sql, params=()):
    return db.execute(sql, params).fetchone()[0]


def second(demo):
    return {i.code: i for i in load_indicators(demo, plan_id=2)}


def test_the_second_period_was_made_from_the_first(demo):
    plan = load_plan(demo, 2)
    assert (plan.name, plan.kind, plan.previous_id, plan.start_year, plan.end_year) == \
        ("RPJMD 2025-2029", "RPJMD", 1, 2025, 2029)
    assert plan.bands == load_plan(demo, 1).bands
    assert one(demo, "SELECT count(*) FROM goal WHERE plan_id = 2") == 6
    assert one(demo, "SELECT count(*) FROM objective o JOIN goal g ON g.id = o.goal_id WHERE g.plan_id = 2") == 11
    assert one(demo, "SELECT count(*) FROM program p JOIN objective o ON o.id = p.objective_id "
                     "JOIN goal g ON g.id = o.goal_id WHERE g.plan_id = 2") == 0
    # the year's default period stays the first one to its end (2026 TW IV is the quarter to fill)
    assert load_plan(demo, year=2026).id == 1 and load_plan(demo, year=2027).id == 2
    audit = [r[0] for r in demo.execute("SELECT new_value FROM audit_log WHERE entity = 'plan' AND source = 'demo' "
                                        "AND indicator_id IS NULL")]
    assert any('"periode_baru": "RPJMD 2025-2029"' in a for a in audit)


def test_carried_changed_ended_and_new_iku(demo):
    new = second(demo)
    assert len(new) == 25
    links = demo.execute("SELECT o.code, n.code, l.change_note FROM indicator_link l JOIN indicator o ON o.id = l.old_id "
                         "JOIN indicator n ON n.id = l.new_id").fetchall()
    assert len(links) == 22 and all(old == new_code for old, new_code, _ in links)
    noted = {old for old, _, note in links if note}
    assert noted == set(CHANGED) and len(noted) == 3
    assert new["S2.1.1"].unit == "kasus" and new["T1.2"].name.endswith("harga konstan 2010")
    assert set(ENDED) & set(new) == set() and len(ENDED) == 3
    old = {i.code for i in load_indicators(demo, plan_id=1, node_types=("goal", "objective"))}
    assert set(ENDED) <= old                        # ended with the old period: still there, not retired
    fresh = {code for code in new if code not in {c for c, _, _ in links}}
    assert fresh == {fields["code"] for _, fields, _, _ in NEW_IKU}


def targets(demo, code):
    ind = second(demo)[code]
    return {y: Decimal(v) for y, v in demo.execute(
        "SELECT year, value FROM target WHERE indicator_id = ? AND quarter = 0 ORDER BY year", [ind.id])}


def test_targets_2025_2029_follow_the_stated_rules(demo):
    growth = targets(demo, "T1.1")
    assert list(growth) == [2025, 2026, 2027, 2028, 2029] and set(growth.values()) == {Decimal(5)}
    ipm = targets(demo, "T2.1")
    assert all(ipm[y + 1] - ipm[y] == Decimal("1.5") for y in range(2025, 2029))
    poverty = targets(demo, "T4.1")
    base = second(demo)["T4.1"].baseline
    assert base == Decimal("6.9")                   # the sourced 2024 figure
    for k, year in enumerate(range(2025, 2030), start=1):
        assert abs(poverty[year] - base * Decimal("0.98") ** k) < Decimal("0.006")
    every = one(demo, "SELECT count(*) FROM indicator i WHERE i.plan_id = 2 AND (SELECT count(*) FROM target t "
                      "WHERE t.indicator_id = i.id AND t.quarter = 0 AND t.year BETWEEN 2025 AND 2029) = 5 "
                      "AND i.id IN (SELECT indicator_id FROM end_target)")
    assert every == 25


def test_values_2025_and_2026_to_the_third_quarter(demo):
    per_year = dict(demo.execute("SELECT r.year, count(DISTINCT r.indicator_id) FROM realisation r "
                                 "JOIN indicator i ON i.id = r.indicator_id WHERE i.plan_id = 2 GROUP BY r.year"))
    assert per_year == {2025: 25, 2026: 25}
    assert one(demo, "SELECT count(*) FROM realisation r JOIN indicator i ON i.id = r.indicator_id "
                     "WHERE i.plan_id = 2 AND r.year = 2026 AND r.quarter = 4") == 0
    # an unchanged statistic has the same figures in both periods
    ipm_old, ipm_new = (one(demo, "SELECT id FROM indicator WHERE code = 'T2.1' AND plan_id = ?", [p]) for p in (1, 2))
    rows = "SELECT year, quarter, value FROM realisation WHERE indicator_id = ? AND year >= 2025 ORDER BY 1, 2"
    assert demo.execute(rows, [ipm_old]).fetchall() == demo.execute(rows, [ipm_new]).fetchall()


def test_the_trend_of_a_carried_iku_crosses_the_boundary(demo):
    ind = second(demo)["T4.1"]
    trend = indicator_trend(demo, load_plan(demo, 2), ind.id, 2026, 3)
    assert trend.years[0] == 2021 and trend.years[-1] == 2029
    assert [(b.year, b.name) for b in trend.boundaries] == [(2025, "RPJMD 2025-2029")]
    assert trend.yearly_realisation[2024] == Decimal("6.9")     # from the first period's indicator
    assert trend.yearly_target[2025] == targets(demo, "T4.1")[2025]


def test_the_demo_is_clean(demo):
    assert check_tampering(demo).clean
