"""Issue 14 benchmark: the evaluation of one quarter beside its raw baseline (bench.raw_evaluation:
the same rows by SQL, the rule in scaled integers), and the dashboard's figures.

    .venv/bin/python -m bench.bench_evaluation [DB ...] [--runs N]

Without DB: bench/out/scale1.db and scale10.db (built once by bench.common.demo_db).
Program and baseline run alternately in the same process; best of N each, and their ratio.
"""
from __future__ import annotations

import sqlite3
import statistics
import sys
import time

from bench.common import demo_db, machine
from bench.raw_evaluation import bands_in_cents, evaluate_quarter_raw
from kinerja_desktop.services.dashboard import LiveFigures
from kinerja_desktop.services.evaluation import evaluate_quarter
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import open_database

YEAR, QUARTER = 2026, 3


def _best(fn, times: list[float]):
    start = time.perf_counter()
    result = fn()
    times.append(time.perf_counter() - start)
    return result


def run(path: str, runs: int) -> None:
    db = open_database(path, read_only=True)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    plan = repo.load_plan(db)
    formula, bounds = bands_in_cents(con)
    program, raw = [], []
    for _ in range(runs):
        rows = _best(lambda: evaluate_quarter_raw(con, YEAR, QUARTER, formula, bounds), raw)
        results = _best(lambda: evaluate_quarter(db, YEAR, QUARTER, plan=plan), program)
    # Same figures, to the cent: the baseline is only a baseline if it does the same work.
    assert [(r[0], r[3]) for r in rows] == [
        (x.indicator.id, None if x.evaluation.achievement is None else int(x.evaluation.achievement * 100))
        for x in results]
    print(f"{path}: {len(results)} indicators, {YEAR} TW {QUARTER}")
    print(f"  evaluate_quarter   program {min(program):6.3f} s (median {statistics.median(program):.3f})"
          f" | raw {min(raw):6.3f} s (median {statistics.median(raw):.3f}) | ratio {min(program) / min(raw):.2f}x",
          flush=True)
    first, change = [], []
    for _ in range(runs):
        live = _best(lambda: LiveFigures(db, plan, YEAR, QUARTER), first)
        _best(lambda: live.set_period(YEAR, 2), change)
    print(f"  dashboard figures  first {min(first):6.3f} s (median {statistics.median(first):.3f})"
          f" | period change {min(change):6.3f} s (median {statistics.median(change):.3f})", flush=True)
    db.close()
    con.close()


def main(argv: list[str]) -> None:
    runs = 3
    if "--runs" in argv:
        i = argv.index("--runs")
        runs = int(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    print(f"Machine: {machine()}")
    for path in argv or [str(demo_db(1)), str(demo_db(10))]:
        run(path, runs)


if __name__ == "__main__":
    main(sys.argv[1:])
