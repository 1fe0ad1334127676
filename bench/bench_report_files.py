"""Issue 14: the report files beside their raw baselines (bench/raw_report.py) in the same run.

    .venv/bin/python -m bench.bench_report_files [SCALE ...] [--runs N] [--no-pdf] [--no-xlsx]    (from the repository root)

Per scale: build_report once (2026 TW III, consolidated, and one OPD), then alternately the
program's writer and the raw library writing the same cells, best and median of N runs; then
peak memory of `kinerja report` end to end (build + write) in a child process (ru_maxrss).
"""
from __future__ import annotations

import statistics
import sys
import time

from bench.common import OUT, child, demo_db, machine
from bench.raw_report import flatten, raw_pdf, raw_xlsx
from kinerja_desktop.exchange.report_pdf import write_pdf
from kinerja_desktop.exchange.report_xlsx import write_xlsx
from kinerja_desktop.services.report import build_report
from kinerja_desktop.store.database import open_database

KINERJA = [sys.executable, "-c", "import sys; from kinerja_desktop.cli import main; sys.exit(main(sys.argv[1:]))"]


def _best(label: str, program, raw, runs: int) -> None:
    p, r = [], []
    for _ in range(runs):
        start = time.perf_counter()
        raw()
        r.append(time.perf_counter() - start)
        start = time.perf_counter()
        program()
        p.append(time.perf_counter() - start)
    print(f"{label:<40} program {min(p):7.2f} s (median {statistics.median(p):.2f})"
          f" | raw {min(r):7.2f} s (median {statistics.median(r):.2f}) | ratio {min(p) / min(r):.2f}x", flush=True)


def main() -> None:
    args = sys.argv[1:]
    runs = 3
    pdf, xlsx = "--no-pdf" not in args, "--no-xlsx" not in args
    args = [a for a in args if a not in ("--no-pdf", "--no-xlsx")]
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i:i + 2]
    print(f"Machine: {machine()}")
    OUT.mkdir(exist_ok=True)
    for scale in [int(a) for a in args] or [1, 10]:
        path = demo_db(scale)
        db = open_database(path, read_only=True)
        try:
            dinkes = db.execute("SELECT id FROM agency WHERE code = 'DINKES'").fetchone()[0]
            for scope, agency in (("whole region", None), ("one OPD (DINKES)", dinkes)):
                start = time.perf_counter()
                report = build_report(db, 2026, 3, agency)
                print(f"scale {scale}, {scope}: build_report {time.perf_counter() - start:.2f} s, "
                      f"{sum(b.height for b in report.blocks)} rows", flush=True)
                rows, merges = flatten(report)
                x, rx, p, rp = (OUT / f"r{scale}.xlsx", OUT / f"raw{scale}.xlsx", OUT / f"r{scale}.pdf",
                                OUT / f"raw{scale}.pdf")
                if xlsx:
                    _best(f"scale {scale}, {scope}: .xlsx", lambda: write_xlsx(report, x),
                          lambda: raw_xlsx(rows, merges, rx), runs)
                if pdf:
                    _best(f"scale {scale}, {scope}: PDF", lambda: write_pdf(report, p), lambda: raw_pdf(rows, rp), runs)
                del report, rows, merges
        finally:
            db.close()
        for suffix in ("xlsx",) * xlsx + ("pdf",) * pdf:
            seconds, mb = child(KINERJA + ["report", "--db", str(path), "--year", "2026", "--quarter", "3",
                                           "--out", str(OUT / f"cli{scale}.{suffix}")])
            print(f"scale {scale}: kinerja report .{suffix} end to end {seconds:.2f} s, peak {mb:.0f} MB", flush=True)


if __name__ == "__main__":
    main()
