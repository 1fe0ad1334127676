"""Issue 3 benchmark: the entry form of the largest OPD of a scale-10 demo database.

    .venv/bin/python -m bench.bench_entry        (from the repository root)

Measures opening the form (sheet query + table model; and the whole page with its view) and
saving it with every row changed. Targets: each under 300 ms. Runs on a private copy of
bench/out/scale10.db (built once by bench.common.demo_db and reused).
"""
from __future__ import annotations

import os
import tempfile
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.common import demo_db, machine, timed  # noqa: E402
from kinerja_desktop.domain.entities import ValueChange  # noqa: E402
from kinerja_desktop.services.entry import load_sheet  # noqa: E402
from kinerja_desktop.services.realisations import save_quarter  # noqa: E402
from kinerja_desktop.services.users import list_users  # noqa: E402
from kinerja_desktop.store import repositories as repo  # noqa: E402
from kinerja_desktop.store.database import backup, open_database  # noqa: E402
from kinerja_desktop.ui.context import AppContext  # noqa: E402
from kinerja_desktop.ui.entry.entry_model import EntryTableModel  # noqa: E402
from kinerja_desktop.ui.entry.entry_page import EntryPage  # noqa: E402

YEAR, QUARTER = 2026, 4


def main() -> None:
    print(f"Machine: {machine()}")
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = backup(demo_db(10), Path(tmp) / "scale10.db")
        db = open_database(path)
        plan = repo.load_plan(db)
        agency_id, count = db.execute(
            "SELECT agency_id, count(*) FROM indicator WHERE retired_at IS NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
        ).fetchone()
        code = db.execute("SELECT code FROM agency WHERE id = ?", [agency_id]).fetchone()[0]
        admin = next(u.user for u in list_users(db) if u.role == "administrator")
        print(f"largest OPD: {code}, {count} active indicators, {YEAR} TW {QUARTER}")

        timed("load_sheet (queries)", lambda: load_sheet(db, agency_id, YEAR, QUARTER))
        model = EntryTableModel(plan)
        timed("open: load_sheet + table model (checks, achievements)",
              lambda: model.load(load_sheet(db, agency_id, YEAR, QUARTER), True))

        context = AppContext(db, plan, admin, YEAR, QUARTER, db_path=path)
        page = EntryPage(context)
        page.resize(1366, 700)
        page.show()
        app.processEvents()

        def open_page():
            page.agency_id = None
            page.open_for(agency_id, YEAR, QUARTER)
            app.processEvents()

        timed("open: whole page for the OPD (model, view, first paint)", open_page)

        rounds = []
        for n in range(3):
            model = page.model
            cells = [(r, "value", f"{(Decimal(r % 97) + Decimal(n + 1) / 4)}".replace(".", ","))
                     for r in range(model.rowCount())]
            page.undo_stack.clear()
            model.draft_sink = None          # the draft writes are not part of the save
            model.set_cells(cells)
            values, spending = model.changes()
            page.confirm = lambda title, text: True   # plausibility warnings confirmed
            start = time.perf_counter()
            assert page.save()
            app.processEvents()
            rounds.append((time.perf_counter() - start) * 1000)
            model.draft_sink = page._write_draft
        rounds.sort()
        print(f"{'save: page.save, all ' + str(len(values)) + ' rows changed (checks, table refresh)':<60} "
              f"{rounds[1]:10.1f} ms  (min {rounds[0]:.1f}, n=3)")

        bump = iter(range(1, 100))

        def save_only():
            step = next(bump)
            return save_quarter(db, admin, agency_id, YEAR, QUARTER,
                                [ValueChange(c.indicator_id, c.quarter, c.value + step) for c in values])

        timed("save: save_quarter alone, all rows changed", save_only, repeat=3)
        db.close()


if __name__ == "__main__":
    main()
