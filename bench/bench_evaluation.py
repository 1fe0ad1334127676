"""Issue 14 benchmark: the evaluation of one quarter beside its raw baseline (bench.raw_evaluation:
the same rows by SQL, the rule in scaled integers), and the dashboard's figures.

    .venv/bin/python -m bench.bench_evaluation [DB ...] [--runs N] [--gui]

Without DB: bench/out/scale1.db and scale10.db (built once by bench.common.demo_db).
Program and baseline run alternately in the same process; best of N each, and their ratio.
--gui: also the dashboard page end to end (opened; a change of quarter), offscreen.
"""
from __future__ import annotations

import gc
import sqlite3
import statistics
import sys
import time

from bench.common import demo_db, machine
from bench.raw_evaluation import INDICATORS, INDICATORS_ALL_COLUMNS, bands_in_cents, evaluate_quarter_raw
from kinerja_desktop.services.dashboard import LiveFigures
from kinerja_desktop.services.evaluation import evaluate_quarter
from kinerja_desktop.services.evaluation_cache import EvaluationCache
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import open_database

YEAR, QUARTER = 2026, 3


def _best(fn, times: list[float]):
    gc.collect()   # neither side pays for the other's garbage
    start = time.perf_counter()
    result = fn()
    times.append(time.perf_counter() - start)
    return result


def _same_figures(rows, results) -> None:
    """Same figures, to the cent: the baseline is only a baseline if it does the same work."""
    assert [(r[0], r[3]) for r in rows] == [
        (x.indicator.id, None if x.evaluation.achievement is None else int(x.evaluation.achievement * 100))
        for x in results]


def run(path: str, runs: int) -> None:
    db = open_database(path, read_only=True)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    plan = repo.load_plan(db)
    formula, bounds = bands_in_cents(con)
    program, raw, floor = [], [], []
    rows = results = None
    for _ in range(runs):
        rows = results = None
        rows = _best(lambda: evaluate_quarter_raw(con, YEAR, QUARTER, formula, bounds), raw)
        _best(lambda: evaluate_quarter_raw(con, YEAR, QUARTER, formula, bounds, INDICATORS_ALL_COLUMNS), floor)
        results = _best(lambda: evaluate_quarter(db, YEAR, QUARTER, plan=plan), program)
    _same_figures(rows, results)
    print(f"{path}: {len(results)} indicators, {YEAR} TW {QUARTER}")
    print(f"  evaluate_quarter   program {min(program):6.3f} s (median {statistics.median(program):.3f})"
          f" | raw {min(raw):6.3f} s (median {statistics.median(raw):.3f}) | ratio {min(program) / min(raw):.2f}x",
          flush=True)
    print(f"  floor: raw reading every indicator column the program returns {min(floor):6.3f} s"
          f" | program / floor {min(program) / min(floor):.2f}x", flush=True)
    # The program keeps its plan's indicators (the shared cache does, for every evaluation after
    # the first); the raw keeps its indicator rows too: each side reads the year's values and evaluates.
    inds = repo.load_indicators(db, plan_id=plan.id)
    raw_inds = con.execute(INDICATORS).fetchall()
    kept, raw_kept = [], []
    for _ in range(runs):
        rows = results = None
        rows = _best(lambda: evaluate_quarter_raw(con, YEAR, QUARTER, formula, bounds, indicators=raw_inds), raw_kept)
        results = _best(lambda: evaluate_quarter(db, YEAR, QUARTER, plan=plan, indicators=inds), kept)
    _same_figures(rows, results)
    print(f"  indicators kept    program {min(kept):6.3f} s (median {statistics.median(kept):.3f})"
          f" | raw {min(raw_kept):6.3f} s (median {statistics.median(raw_kept):.3f})"
          f" | ratio {min(kept) / min(raw_kept):.2f}x", flush=True)
    rows = results = None
    first, change = [], []
    for _ in range(runs):
        live = None
        live = _best(lambda: LiveFigures(db, plan, YEAR, QUARTER), first)
        _best(lambda: live.set_period(YEAR, 2), change)
    print(f"  dashboard figures  first {min(first):6.3f} s (median {statistics.median(first):.3f})"
          f" | period change {min(change):6.3f} s (median {statistics.median(change):.3f})", flush=True)
    period_change(db, con, plan, formula, bounds, runs)
    db.close()
    con.close()


def period_change(db, con, plan, formula, bounds, runs: int) -> None:
    """A change of period end to end in the services, as the program makes it: the dashboard's
    figures (first figures handed out, then all) and the tree's evaluation, one shared cache
    (`after`), or each evaluating on its own as before the cache (`before`); beside the raw
    evaluation of the new period in the same loop."""
    for label, old in (("another year", (YEAR - 1, 4)), ("another quarter", (YEAR, 2))):
        times: dict[str, list[float]] = {k: [] for k in ("raw", "first", "all", "tree", "before_all", "before_tree")}
        for _ in range(runs):
            _best(lambda: evaluate_quarter_raw(con, YEAR, QUARTER, formula, bounds), times["raw"])
            for cached in (False, True):
                cache = EvaluationCache() if cached else None
                live = LiveFigures(db, plan, *old, evaluations=cache)
                reuse = live.year_data()
                live = None
                gc.collect()
                marks = []
                start = time.perf_counter()
                live = LiveFigures(db, plan, YEAR, QUARTER, reuse=reuse, evaluations=cache,
                                   first=lambda _f: marks.append(time.perf_counter()))
                done = time.perf_counter()
                if cached:
                    cache.results(db, YEAR, QUARTER)      # the tree's evaluation: shared
                else:
                    evaluate_quarter(db, YEAR, QUARTER, plan=plan)   # the tree's own, as before
                tree = time.perf_counter()
                if cached:
                    times["first"].append(marks[0] - start)
                    times["all"].append(done - start)
                    times["tree"].append(tree - start)
                else:
                    times["before_all"].append(done - start)
                    times["before_tree"].append(tree - start)
                live = cache = reuse = None
        m = {k: min(v) for k, v in times.items()}
        print(f"  period change ({label}, {old[0]} TW {old[1]} -> {YEAR} TW {QUARTER}): raw evaluation {m['raw']:.3f} s"
              f" | first figures {m['first']:.3f} s ({m['first'] / m['raw']:.2f}x raw)"
              f" | all figures {m['all']:.3f} s | with the tree's evaluation {m['tree']:.3f} s"
              f" | before the cache: all {m['before_all']:.3f} s, with the tree {m['before_tree']:.3f} s"
              f" (medians: first {statistics.median(times['first']):.3f}, with the tree"
              f" {statistics.median(times['tree']):.3f})", flush=True)


def gui(path: str, runs: int) -> None:
    """End to end in the program: the dashboard page opened (figures computed in the worker and
    drawn) and a change of quarter (the period selector's signal to the charts redrawn)."""
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kinerja_desktop.domain.entities import User
    from kinerja_desktop.ui import theme
    from kinerja_desktop.ui.context import AppContext
    from kinerja_desktop.ui.dashboard.page import DashboardPage

    app = QApplication.instance() or QApplication([])
    theme.apply_theme(app)
    db = open_database(path, read_only=True)
    plan = repo.load_plan(db)
    admin = User(1, "admin", "Administrator", "administrator", None)
    first, change, change_first, year_first, year_all = [], [], [], [], []
    for _ in range(runs):
        context = AppContext(db, plan, admin, YEAR, QUARTER, db_path=path)
        start = time.perf_counter()
        page = DashboardPage(context)
        page.resize(1366, 768)
        page.show()
        app.processEvents()
        page.prepare_screenshot()
        first.append(time.perf_counter() - start)
        shown = []
        page.source.changed.connect(lambda figures, _ids: shown.append((time.perf_counter(), figures)))
        for year, quarter, out_first, out_all in ((YEAR, 2, change_first, change), (YEAR, QUARTER, change_first, change),
                                                  (YEAR - 1, 4, year_first, year_all),
                                                  (YEAR, QUARTER, year_first, year_all)):
            shown.clear()
            start = time.perf_counter()
            context.set_period(year, quarter)
            page.prepare_screenshot()
            out_all.append(time.perf_counter() - start)
            # First figures on screen: the first change signal of the new period (drawn in it).
            out_first.append(min(t for t, f in shown if (f.year, f.quarter) == (year, quarter)) - start)
            assert page.source.figures.quarter == quarter and page.source.figures.complete
        page.close()
        page.deleteLater()
        context.deleteLater()
        app.processEvents()
    print(f"  dashboard page     opened, figures drawn {min(first):6.3f} s (median {statistics.median(first):.3f})"
          f" | quarter changed: first figures {min(change_first):6.3f} s (median {statistics.median(change_first):.3f}),"
          f" all {min(change):6.3f} s (median {statistics.median(change):.3f})"
          f" | year changed: first figures {min(year_first):6.3f} s (median {statistics.median(year_first):.3f}),"
          f" all {min(year_all):6.3f} s (median {statistics.median(year_all):.3f})", flush=True)
    db.close()


def main(argv: list[str]) -> None:
    runs = 3
    if "--runs" in argv:
        i = argv.index("--runs")
        runs = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    print(f"Machine: {machine()}")
    with_gui = "--gui" in argv
    argv = [a for a in argv if a != "--gui"]
    for path in argv or [str(demo_db(1)), str(demo_db(10))]:
        run(path, runs)
        if with_gui:
            gui(path, runs)


if __name__ == "__main__":
    main(sys.argv[1:])
