"""Issue 4 benchmark: the evaluation report (2026 TW III, consolidated) as .xlsx and PDF on the
scale-1 and scale-10 demo databases, and the master-data workbook (export, preview).

    .venv/bin/python -m bench.bench_report        (from the repository root)

The demo databases are built once in bench/out/ and reused.
"""
from __future__ import annotations

import subprocess
import time

from bench.common import OUT, demo_db, machine
from kinerja_desktop.services.masterdata import export_masterdata, preview_masterdata
from kinerja_desktop.services.report import build_report, write_report
from kinerja_desktop.store.database import open_database


def _time(label: str, fn) -> object:
    start = time.perf_counter()
    result = fn()
    print(f"{label:<58} {time.perf_counter() - start:8.2f} s", flush=True)
    return result


def _pages(path) -> str:
    try:
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, timeout=60).stdout
        return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")
    except (OSError, subprocess.SubprocessError):
        return "?"


def main() -> None:
    print(f"Machine: {machine()}")
    for scale in (1, 10):
        db = open_database(demo_db(scale), read_only=True)
        try:
            report = _time(f"scale {scale}: build_report (figures only)", lambda: build_report(db, 2026, 3))
            rows = sum(b.height for b in report.blocks)
            print(f"  {len(report.blocks)} plan nodes, {rows} table rows, {len(report.summary)} OPD in the summary")
            xlsx = OUT / f"report_scale{scale}.xlsx"
            pdf = OUT / f"report_scale{scale}.pdf"
            _time(f"scale {scale}: report .xlsx (build + write)", lambda: write_report(db, xlsx, 2026, 3))
            print(f"  {xlsx.stat().st_size / 1e6:.1f} MB")
            _time(f"scale {scale}: report PDF A4 (build + write)", lambda: write_report(db, pdf, 2026, 3))
            print(f"  {pdf.stat().st_size / 1e6:.1f} MB, {_pages(pdf)} pages")
            one = OUT / f"report_scale{scale}_opd.pdf"
            code = db.execute("SELECT code FROM agency ORDER BY code = 'DINKES' DESC, id LIMIT 1").fetchone()[0]
            _time(f"scale {scale}: report PDF of one OPD ({code})", lambda: write_report(db, one, 2026, 3, code))
            print(f"  {_pages(one)} pages (left and right halves)")
            master = OUT / f"masterdata_scale{scale}.xlsx"
            _time(f"scale {scale}: master-data export", lambda: export_masterdata(db, master))
            preview = _time(f"scale {scale}: master-data preview of that export", lambda: preview_masterdata(db, master))
            print(f"  {preview.summary()}")
        finally:
            db.close()


if __name__ == "__main__":
    main()
