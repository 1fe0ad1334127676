"""Start time: installing every feature imports none of the heavy libraries (pyqtgraph, openpyxl,
cryptography, reportlab) nor the dashboard/completeness page modules; they come on first use."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, sys
from PySide6.QtCore import QSettings
from kinerja_desktop.store.repositories import load_plan
from kinerja_desktop.ui.app import ensure_app
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.features import install_features
from kinerja_desktop.ui.main_window import MainWindow
from tests.fixtures import PLANNER, small_plan

app = ensure_app()
db, _ = small_plan()
fixture_loaded = set(sys.modules)   # the fixture signs its plan seal (cryptography), as a database would be
context = AppContext(db, load_plan(db), PLANNER, 2026, 2)
window = MainWindow(context, QSettings(sys.argv[1], QSettings.IniFormat))
failures = install_features(window)
heavy = ["pyqtgraph", "openpyxl", "cryptography", "reportlab", "kinerja_desktop.ui.dashboard.page",
         "kinerja_desktop.ui.completeness.page", "kinerja_desktop.ui.presentation.launcher"]
before = [m for m in heavy if m in sys.modules and m not in fixture_loaded]
window.show_page("dashboard")
after = "pyqtgraph" in sys.modules and window.page("dashboard").page is not None
print(json.dumps({"failures": failures, "loaded": before, "dashboard_built": after}))
"""


def test_features_install_without_heavy_imports(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "s.ini")], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["failures"] == []
    assert result["loaded"] == []
    assert result["dashboard_built"]
