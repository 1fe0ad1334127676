"""Issue 14: `kinerja values --format csv|json` on the whole database beside its raw baseline
(bench/raw_values.py: sqlite3 + csv/json, the same rows in the same order), each in its own
process writing to /dev/null; wall time (best and median of 3) and peak memory (ru_maxrss).

    .venv/bin/python -m bench.bench_values [SCALE ...]        (from the repository root)
"""
from __future__ import annotations

import sys

from bench.common import demo_db, machine, side_by_side

KINERJA = [sys.executable, "-c", "import sys; from kinerja_desktop.cli import main; sys.exit(main(sys.argv[1:]))"]


def main() -> None:
    print(f"Machine: {machine()}")
    for scale in [int(a) for a in sys.argv[1:]] or [1, 10]:
        db = str(demo_db(scale))
        for fmt in ("csv", "json"):
            side_by_side(f"scale {scale}: values --format {fmt}",
                         KINERJA + ["values", "--db", db, "--format", fmt],
                         [sys.executable, "-m", "bench.raw_values", db, fmt])
        side_by_side(f"scale {scale}: floor, raw csv + the capaian rule",
                     KINERJA + ["values", "--db", db, "--format", "csv"],
                     [sys.executable, "-m", "bench.raw_values", db, "csv", "--rule"])


if __name__ == "__main__":
    main()
