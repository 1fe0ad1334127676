"""The evaluation shared by the tree, the dashboard and the slides (issue 14): the same results
as evaluate_quarter, computed once per (period, year, quarter), and never stale after a change
announced with `invalidate`."""
from __future__ import annotations

import threading
from decimal import Decimal as D

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services.dashboard import LiveFigures, dashboard_figures
from kinerja_desktop.services.evaluation import evaluate_quarter
from kinerja_desktop.services.evaluation_cache import EvaluationCache
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.store import repositories as repo
from tests.fixtures import ADMIN


def _same(a, b) -> None:
    assert [(r.indicator, r.year, r.quarter, r.values, r.evaluation) for r in a] == [
        (r.indicator, r.year, r.quarter, r.values, r.evaluation) for r in b]


def test_results_equal_evaluate_quarter_and_are_computed_once(db):
    cache = EvaluationCache()
    first = cache.results(db, 2026, 2)
    _same(first, evaluate_quarter(db, 2026, 2))
    assert cache.results(db, 2026, 2) is first and cache.computed == 1
    # One OPD's results (an operator's tree) come from the whole list when it is there.
    _same(cache.results(db, 2026, 2, agency_id=2), evaluate_quarter(db, 2026, 2, agency_id=2))
    assert cache.computed == 1


def test_another_quarter_of_the_year_reads_no_values_again(db, monkeypatch):
    cache = EvaluationCache()
    cache.results(db, 2026, 2)
    expected = evaluate_quarter(db, 2026, 4)
    reads = []
    real = repo.load_year_values
    monkeypatch.setattr(repo, "load_year_values", lambda *a, **k: reads.append(a) or real(*a, **k))
    _same(cache.results(db, 2026, 4), expected)
    assert reads == [] and cache.computed == 2
    indicator_reads = []
    real_indicators = repo.load_indicators
    monkeypatch.setattr(repo, "load_indicators", lambda *a, **k: indicator_reads.append(a) or real_indicators(*a, **k))
    cache.results(db, 2025, 4)
    assert len(reads) == 1 and indicator_reads == []   # another year: its values only are read


def test_a_save_announced_with_its_ids_is_seen_and_the_rest_is_kept(db):
    cache = EvaluationCache()
    before = cache.results(db, 2026, 2)
    other_quarter = cache.results(db, 2026, 1)
    save_quarter(db, ADMIN, 2, 2026, 1, [ValueChange(5, 1, D("2"))])
    cache.invalidate({5})
    after = cache.results(db, 2026, 2)
    _same(after, evaluate_quarter(db, 2026, 2))
    _same(cache.results(db, 2026, 1), evaluate_quarter(db, 2026, 1))
    assert after != before and cache.computed == 2   # patched, not evaluated whole again
    assert all(r is b for r, b in zip(after, before) if r.indicator.id != 5)
    # The lists handed out earlier are not touched.
    assert [r.evaluation for r in other_quarter] != [r.evaluation for r in cache.results(db, 2026, 1)]
    # Many ids at once (here two of five): everything again.
    save_quarter(db, ADMIN, 1, 2026, 1, [ValueChange(1, 1, D("7"))])
    cache.invalidate({1, 5})
    _same(cache.results(db, 2026, 1), evaluate_quarter(db, 2026, 1))
    assert cache.computed == 3


def test_a_changed_indicator_or_an_empty_announcement_evaluates_everything_again(db):
    cache = EvaluationCache()
    cache.results(db, 2026, 2)
    db.execute("UPDATE indicator SET polarity = 'negative' WHERE id = 5")
    cache.invalidate({5})
    _same(cache.results(db, 2026, 2), evaluate_quarter(db, 2026, 2))
    assert cache.computed == 2
    db.execute("UPDATE realisation SET value = '1' WHERE indicator_id = 2")
    cache.invalidate()
    _same(cache.results(db, 2026, 2), evaluate_quarter(db, 2026, 2))
    assert cache.computed == 3


def test_a_result_computed_across_a_change_is_not_kept(db, monkeypatch):
    cache = EvaluationCache()
    real = repo.load_year_values

    def read_then_change(*args, **kwargs):
        values = real(*args, **kwargs)
        cache.invalidate()   # a save announced while the evaluation ran
        return values

    monkeypatch.setattr(repo, "load_year_values", read_then_change)
    cache.results(db, 2026, 2)
    monkeypatch.setattr(repo, "load_year_values", real)
    cache.results(db, 2026, 2)
    assert cache.computed == 2


def test_threads_asking_at_once_share_one_evaluation(demo_db_path):
    from kinerja_desktop.store.database import open_database

    cache = EvaluationCache()
    gate = threading.Barrier(3)
    out = []

    def ask():
        con = open_database(demo_db_path, read_only=True)
        gate.wait()
        out.append(cache.results(con, 2026, 2))
        con.close()

    threads = [threading.Thread(target=ask) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert cache.computed == 1 and all(r is out[0] for r in out)


def test_the_dashboard_reads_the_shared_evaluation(db):
    cache = EvaluationCache()
    tree_results = cache.results(db, 2026, 2)
    plan = repo.load_plan(db)
    live = LiveFigures(db, plan, 2026, 2, evaluations=cache)
    assert cache.computed == 1 and list(live.figures.results) == tree_results
    fresh = dashboard_figures(db, 2026, 2)
    assert live.figures.headline == fresh.headline and live.figures.opd_achievement == fresh.opd_achievement
    live.set_period(2026, 3)
    assert cache.computed == 2 and cache.results(db, 2026, 3) == list(live.figures.results)


def test_first_figures_come_before_the_projections_and_the_budget(db):
    plan = repo.load_plan(db)
    got = []
    live = LiveFigures(db, plan, 2026, 2, first=got.append)
    [first] = got
    final = live.figures
    assert not first.complete and final.complete
    assert first.headline.bands == final.headline.bands and first.headline.total == final.headline.total
    assert first.opd_achievement == final.opd_achievement and first.completeness == final.completeness
    assert first.at_risk == () and first.budget == ()
    assert final.budget and LiveFigures(db, plan, 2026, 2).figures.headline == final.headline
