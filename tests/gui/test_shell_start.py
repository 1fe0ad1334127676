"""The real start path in a child process: `python -m kinerja_desktop --db ...` with the
autologin and exit-after-show switches (what the start-up benchmark uses)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def start(args: list[str], tmp_path: Path, login: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KINERJA_AUTOLOGIN=login, KINERJA_EXIT_AFTER_SHOW="1",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    return subprocess.run([sys.executable, "-m", "kinerja_desktop", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_program_starts_logs_in_and_shows_the_window(demo_db_path, tmp_path):
    result = start(["--db", str(demo_db_path)], tmp_path, "perencana:perencana123")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == ["window-shown", "features-ready"]
    settings = (tmp_path / "config" / "Bappelitbangda Soppeng" / "Kinerja Desktop.conf").read_text()
    assert "year=" in settings and "quarter=" in settings and str(demo_db_path) in settings


def test_demo_switch_builds_the_demo_in_the_users_data_folder(tmp_path):
    result = start(["--demo"], tmp_path, "dinkes:dinkes123", timeout=300)
    assert result.returncode == 0, result.stderr
    assert "window-shown" in result.stdout
    assert (tmp_path / "data" / "KinerjaDesktop" / "kinerja-demo.db").exists()
