"""Issue 5 benchmark: live charts, the presentation deck and its PDF on the scale-10 demo.

    .venv/bin/python -m bench.bench_charts        (from the repository root)

Targets: from a save to the updated chart under 50 ms; building the deck under 1 s.
Works on a private copy of bench/out/scale10.db (built once by bench.common.demo_db).
"""
from __future__ import annotations

import os
import statistics
import time
from decimal import Decimal

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import OUT, demo_db, machine, timed  # noqa: E402


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from kinerja_desktop.domain.entities import User, ValueChange
    from kinerja_desktop.services.dashboard import dashboard_figures
    from kinerja_desktop.services.deck import DeckChoice, build_deck
    from kinerja_desktop.services.realisations import save_quarter
    from kinerja_desktop.store import repositories as repo
    from kinerja_desktop.store.database import backup, open_database
    from kinerja_desktop.ui import theme
    from kinerja_desktop.ui.context import AppContext
    from kinerja_desktop.ui.dashboard.page import DashboardPage
    from kinerja_desktop.ui.presentation.pdf import export_pdf

    app = QApplication.instance() or QApplication([])
    theme.apply_theme(app)
    print(f"Machine: {machine()}")
    source = demo_db(10)
    path = OUT / "charts_bench.db"
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    backup(source, path)
    db = open_database(path)
    plan = repo.load_plan(db)
    year, quarter = 2026, 3
    admin = User(1, "admin", "Administrator", "administrator", None)
    context = AppContext(db, plan, admin, year, quarter, db_path=path)
    count = db.execute("SELECT count(*) FROM indicator WHERE retired_at IS NULL").fetchone()[0]
    print(f"scale 10: {count} indicators, {year} TW {quarter}")

    start = time.perf_counter()
    page = DashboardPage(context)   # the charts at once; the full evaluation in a worker thread
    page.resize(1920, 1080)
    page.show()
    app.processEvents()
    shown = (time.perf_counter() - start) * 1000
    page.prepare_screenshot()       # waits for the worker
    print(f"{'open the dashboard: page shown (GUI thread)':<60} {shown:10.1f} ms")
    print(f"{'open the dashboard: figures computed (worker) and drawn':<60} "
          f"{(time.perf_counter() - start) * 1000:10.1f} ms")

    # An indicator of an OPD whose quarter is still open; save a new value 30 times.
    agency = db.execute(
        "SELECT i.agency_id, i.id FROM indicator i WHERE i.retired_at IS NULL AND i.agency_id NOT IN "
        "(SELECT agency_id FROM workflow WHERE year = ? AND quarter = ? AND status = 'locked') LIMIT 1",
        [year, quarter]).fetchone()
    agency_id, indicator_id = agency
    updates, painted = [], []
    code = db.execute("SELECT code FROM agency WHERE id = ?", [agency_id]).fetchone()[0]
    before = dict(page.opd_chart.bar_values())[code]
    for n in range(30):
        save_quarter(db, admin, agency_id, year, quarter, [ValueChange(indicator_id, quarter, Decimal(100 + n))])
        start = time.perf_counter()
        context.announce_change({indicator_id})       # figures and every chart update inside this call
        updates.append((time.perf_counter() - start) * 1000)
        app.processEvents()                           # and the repaint
        painted.append((time.perf_counter() - start) * 1000)
    bars = dict(page.opd_chart.bar_values())
    assert bars[code] != before, "the saves must show on the chart"
    assert page.source.figures.results == dashboard_figures(db, year, quarter, plan).results
    print(f"{'save -> all 5 charts + headline + risk list updated':<60} {statistics.median(updates):10.1f} ms"
          f"  (max {max(updates):.1f}, n={len(updates)})  target < 50 ms")
    print(f"{'save -> updated and repainted (one event-loop turn)':<60} {statistics.median(painted):10.1f} ms"
          f"  (max {max(painted):.1f}, n={len(painted)})")
    print(f"   ({len(bars)} OPD bars, {len(page.source.figures.at_risk)} indicators at risk; "
          f"{code}: {before:.2f} -> {bars[code]:.2f})")

    figures = page.source.figures
    deck_ms = timed("build the deck from the live snapshot (all slides)",
                    lambda: build_deck(figures, DeckChoice("all")), repeat=5)
    timed("build the deck including a fresh full evaluation",
          lambda: build_deck(dashboard_figures(db, year, quarter, plan), DeckChoice("all")), repeat=3)
    deck = build_deck(figures, DeckChoice("all"))
    print(f"   deck: {len(deck.slides)} slides; target < 1000 ms (from the snapshot: {deck_ms:.0f} ms)")
    pdf = OUT / "charts_bench.pdf"
    timed(f"render the deck to PDF ({len(deck.slides)} pages)", lambda: export_pdf(deck, pdf), repeat=3)
    print(f"   {pdf.stat().st_size / 1024:.0f} KiB")
    page.close()
    db.close()


if __name__ == "__main__":
    main()
