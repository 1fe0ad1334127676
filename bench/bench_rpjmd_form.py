"""Issue 13.4: the RPJMD evaluation form beside its raw baselines (bench/raw_report.py) in the same run.

    .venv/bin/python -m bench.bench_rpjmd_form [SCALE ...] [--runs N]    (from the repository root)

Per scale, goal and objective indicators alone and with the program indicators: build_rpjmd_form
once (timed; one read of each plan year's values and the evaluation service per year), then
alternately the program's writer and the raw library writing the same cells (XlsxWriter in
constant-memory mode; the reportlab canvas drawing each cell's text and grid), best and median
of N runs; then `kinerja report --form rpjmd` end to end in a child process with its peak memory.
"""
from __future__ import annotations

import statistics
import sys
import time

from bench.common import OUT, child, demo_db, machine
from bench.raw_report import raw_pdf, raw_xlsx
from kinerja_desktop.exchange.rpjmd_layout import BLOCK_FIELDS, cell, sub_columns
from kinerja_desktop.exchange.rpjmd_pdf import write_rpjmd_pdf
from kinerja_desktop.exchange.rpjmd_xlsx import write_rpjmd_xlsx
from kinerja_desktop.services.rpjmd_form import build_rpjmd_form
from kinerja_desktop.store.database import open_database

KINERJA = [sys.executable, "-c", "import sys; from kinerja_desktop.cli import main; sys.exit(main(sys.argv[1:]))"]


def flatten(form):
    """The form's cells as raw_report takes them: rows [(height, [(value, format key)])] and the
    merges of each node's own columns over its indicator rows."""
    subs = sub_columns(form)
    rows, merges = [], []
    for block in form.blocks:
        top = len(rows)
        for offset in range(block.height):
            line = block.lines[offset] if block.lines else None
            cells = []
            for sub in subs:
                if sub.part == "text" and sub.field in BLOCK_FIELDS and offset > 0:
                    cells.append((None, "blank"))
                    continue
                kind, value = cell(block, line, sub)
                if kind == "number":
                    cells.append((value[0], f"k{value[1]}"))
                elif kind == "percent":
                    cells.append((value, "k2"))
                elif kind == "band":
                    cells.append((value[1], value[0].colour))
                elif kind == "blank":
                    cells.append((None, "blank"))
                else:
                    cells.append((value, "text"))
            rows.append((12.0, cells))
        if block.height > 1:
            merges += [(top, c, top + block.height - 1, c) for c, sub in enumerate(subs)
                       if sub.part == "text" and sub.field in BLOCK_FIELDS]
    return rows, merges


def _best(label: str, program, raw, runs: int) -> None:
    p, r = [], []
    for _ in range(runs):
        start = time.perf_counter()
        raw()
        r.append(time.perf_counter() - start)
        start = time.perf_counter()
        program()
        p.append(time.perf_counter() - start)
    print(f"{label:<46} program {min(p):7.3f} s (median {statistics.median(p):.3f})"
          f" | raw {min(r):7.3f} s (median {statistics.median(r):.3f}) | ratio {min(p) / min(r):.2f}x", flush=True)


def main() -> None:
    args = sys.argv[1:]
    runs = 3
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
            for programs in (False, True):
                scope = "goals+objectives" + (" +programs" if programs else "")
                start = time.perf_counter()
                form = build_rpjmd_form(db, include_programs=programs)
                rows, merges = flatten(form)
                print(f"scale {scale}, {scope}: build_rpjmd_form {time.perf_counter() - start:.3f} s, "
                      f"{len(rows)} rows x {len(rows[0][1])} columns", flush=True)
                x, rx, p, rp = (OUT / f"rpjmd{scale}.xlsx", OUT / f"rawrpjmd{scale}.xlsx", OUT / f"rpjmd{scale}.pdf",
                                OUT / f"rawrpjmd{scale}.pdf")
                _best(f"scale {scale}, {scope}: .xlsx", lambda: write_rpjmd_xlsx(form, x),
                      lambda: raw_xlsx(rows, merges, rx), runs)
                _best(f"scale {scale}, {scope}: PDF", lambda: write_rpjmd_pdf(form, p), lambda: raw_pdf(rows, rp), runs)
        finally:
            db.close()
        for suffix in ("xlsx", "pdf"):
            for extra in ([], ["--program"]):
                seconds, mb = child(KINERJA + ["report", "--form", "rpjmd", "--db", str(path), *extra,
                                               "--out", str(OUT / f"clirpjmd{scale}.{suffix}")])
                print(f"scale {scale}: kinerja report --form rpjmd {' '.join(extra)} .{suffix} end to end "
                      f"{seconds:.2f} s, peak {mb:.0f} MB", flush=True)


if __name__ == "__main__":
    main()
