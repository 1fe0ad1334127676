"""Issue 2 benchmark: building the demo databases and computing every achievement of a quarter.

    .venv/bin/python -m bench.bench_foundation        (from the repository root)

Target: all achievements of a scale-10 database for one quarter in under 1 s.
"""
from __future__ import annotations

import time

from bench.common import OUT, machine, timed
from kinerja_desktop.services.demo import build_demo_database
from kinerja_desktop.services.evaluation import evaluate_quarter
from kinerja_desktop.store.database import open_database


def main() -> None:
    print(f"Machine: {machine()}")
    OUT.mkdir(exist_ok=True)
    for scale in (1, 10):
        path = OUT / f"scale{scale}.db"
        for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            stale.unlink(missing_ok=True)
        start = time.perf_counter()
        summary = build_demo_database(path, scale=scale)
        build = time.perf_counter() - start
        print(f"demo scale {scale}: built in {build:.1f} s, {summary}")
        db = open_database(path, read_only=True)
        count = len(evaluate_quarter(db, 2026, 3))
        timed(f"evaluate_quarter scale {scale} ({count} indicators, 2026 TW III)",
              lambda: evaluate_quarter(db, 2026, 3), repeat=5)
        db.close()


if __name__ == "__main__":
    main()
