"""The folder of the account's private key files and how one is written.

Shared by the OPD signing key (services/office_key.py) and the installation's seal key
(store/installation_key.py): both live outside the database, readable by this account only.
"""
from __future__ import annotations

import os
from pathlib import Path

KEY_DIR_ENV = "KINERJA_KEY_DIR"


def key_dir() -> Path:
    if os.environ.get(KEY_DIR_ENV):
        return Path(os.environ[KEY_DIR_ENV])
    if os.name == "nt":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / "KinerjaDesktop" / "keys"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "kinerja-desktop" / "keys"


def write_private(path: Path, text: str) -> None:
    """Readable by this account only, whole or not at all (a temporary file renamed, both synced)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(text + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    if os.name == "posix":   # the rename itself survives a power cut
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
