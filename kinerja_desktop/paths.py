"""Where the program finds its bundled files and keeps the user's data."""
from __future__ import annotations

import os
import sys
from pathlib import Path

# In a PyInstaller build the bundle root is sys._MEIPASS; in a checkout it is the repository.
ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
RESOURCES = ROOT / "resources"
SCHEMA_SQL = ROOT / "db" / "schema.sql"
REFERENCE_JSON = RESOURCES / "data" / "soppeng_reference.json"
NOMENCLATURE_CSV = RESOURCES / "data" / "nomenklatur_program.csv"


def user_data_dir() -> Path:
    """The per-user folder for the default database (no Qt needed here)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "KinerjaDesktop"


def default_database() -> Path:
    return user_data_dir() / "kinerja.db"
