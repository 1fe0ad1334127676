"""Where the program finds its bundled files and keeps the user's data.

The bundled files (resources/, db/schema.sql, docs/panduan.md and its pictures) live in one of
three places, found in this order:
* a PyInstaller build: the bundle root (sys._MEIPASS), laid out like the repository;
* an installed wheel: the package's `_data` folder (setup.py copies them there when building);
* a checkout (also an editable install): the repository root.
"""
from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path


def _bundle_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    packaged = Path(str(resources.files("kinerja_desktop") / "_data"))
    if (packaged / "resources").is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent


ROOT = _bundle_root()
RESOURCES = ROOT / "resources"
SCHEMA_SQL = ROOT / "db" / "schema.sql"
REFERENCE_JSON = RESOURCES / "data" / "soppeng_reference.json"
NOMENCLATURE_CSV = RESOURCES / "data" / "nomenklatur_program.csv"
USER_GUIDE = ROOT / "docs" / "panduan.md"
# Files a run of the program reads; the wheel and the bundle must carry each of them.
RUNTIME_FILES = (SCHEMA_SQL, REFERENCE_JSON, NOMENCLATURE_CSV, USER_GUIDE)


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


def log_dir() -> Path:
    """The folder of the program's log (kinerja.log, rotated), beside the databases."""
    return user_data_dir() / "log"
