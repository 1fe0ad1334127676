"""Screenshots of the dialogs the user guide (docs/panduan.md) shows, rendered offscreen from the
program itself so the guide follows it:

    python docs/screenshots_guide.py [--db DEMO.db] [--out docs/screenshots]

Writes panduan-<name>.png; the main pages (tree, entry, completeness, dashboard, login) come from
docs/screenshots.py and the slides from docs/screenshots_presentation.py.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path, PureWindowsPath

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402


# The guide is read mostly on Windows: the paths it shows are an operator's there.
DB_EXAMPLE = r"C:\Users\operator\AppData\Local\KinerjaDesktop\kinerja.db"
LOG_EXAMPLE = r"C:\Users\operator\AppData\Local\KinerjaDesktop\log\kinerja.log"


def wait(ms: int) -> None:
    """Run the event loop for `ms` (QTest.qWait keeps the GIL and starves the worker threads)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(widget, out: Path, name: str, size=None) -> Path:
    if size:
        widget.resize(*size)
    widget.show()
    wait(200)
    path = out / f"panduan-{name}.png"
    widget.grab().save(str(path))
    widget.close()
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return path


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo database (built in a temporary folder if absent)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, tempfile.mkdtemp())

    from PySide6.QtWidgets import QMessageBox

    from kinerja_desktop.services.users import authenticate
    from kinerja_desktop.store.database import open_database
    from kinerja_desktop.store.repositories import load_plan
    from kinerja_desktop.ui import theme
    from kinerja_desktop.ui.app import ensure_app
    from kinerja_desktop.ui.context import AppContext
    from kinerja_desktop.ui.crash import CrashDialog
    from kinerja_desktop.ui.startup.first_run import FirstRunDialog
    from kinerja_desktop.ui.admin.region_setup import RegionSetupDialog
    from kinerja_desktop.ui.startup.user_guide import UserGuideDialog
    from kinerja_desktop.ui.exchange.consolidate_dialog import ConsolidateDialog
    from kinerja_desktop.ui.exchange.issue_dialog import IssueDialog
    from kinerja_desktop.ui.startup.first_setup import OFFICE_STEPS, _tr
    from kinerja_desktop.ui.i18n import install_translators
    from kinerja_desktop.ui.reports.report_dialog import ReportDialog

    app = ensure_app()
    install_translators(app, "id")
    theme.apply_theme(app)
    db_path = args.db
    if db_path is None or not db_path.exists():
        from kinerja_desktop.services.demo import build_demo_database

        db_path = db_path or Path(tempfile.mkdtemp()) / "demo.db"
        print(f"Membuat data demo di {db_path} …")
        build_demo_database(db_path, scale=1)
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    db = open_database(db_path)
    plan = load_plan(db)
    planner = AppContext(db, plan, authenticate(db, "perencana", "perencana123"), 2026, 4, db_path=db_path)

    saved = [shoot(FirstRunDialog(PureWindowsPath(DB_EXAMPLE)), out, "mulai")]
    region = RegionSetupDialog()
    region.region_name.setText("Kabupaten Soppeng")
    region.region_code.setText("73.12")
    region.province.setText("Sulawesi Selatan")
    region.start_year.setValue(2021)
    region.end_year.setValue(2026)
    region.set_workbook(Path("D:/Data/data-induk-rpjmd.xlsx"))
    saved.append(shoot(region, out, "penyiapan-daerah"))
    steps = QMessageBox(QMessageBox.Information, _tr("Kantor OPD"), _tr(OFFICE_STEPS))
    steps.addButton(_tr("Pilih paket…"), QMessageBox.AcceptRole)
    steps.addButton(_tr("Batal"), QMessageBox.RejectRole)
    saved.append(shoot(steps, out, "kantor-opd"))
    issue = IssueDialog(planner)
    issue.folder.setText(r"D:\Paket\2026-TW4")
    saved.append(shoot(issue, out, "terbitkan-paket"))
    saved.append(shoot(ConsolidateDialog(planner), out, "konsolidasi", (1000, 600)))
    saved.append(shoot(ReportDialog(planner, folder=Path(r"D:\Evaluasi")), out, "laporan"))
    saved.append(shoot(CrashDialog("contoh kesalahan", PureWindowsPath(LOG_EXAMPLE)),
                       out, "kesalahan"))
    saved.append(shoot(UserGuideDialog(), out, "bantuan", (1100, 720)))
    db.close()
    print(f"{len(saved)} gambar disimpan di {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
