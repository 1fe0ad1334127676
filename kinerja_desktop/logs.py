"""The program's log: a rotating file in the user's data folder (paths.log_dir()), no Qt.

    setup_logging() -> Path | None     the log file, or None when its folder cannot be written
                                       (then only stderr gets the messages)
"""
from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from kinerja_desktop import __version__
from kinerja_desktop.paths import log_dir

LOG_NAME = "kinerja.log"
MAX_BYTES = 1_000_000    # five old files of 1 MB: months of normal use, small enough to e-mail
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
_HANDLER_NAME = "kinerja-file"


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Log INFO and above to the rotating file, WARNING and above to stderr; idempotent."""
    root = logging.getLogger()
    root.setLevel(level)
    # A windowed program on Windows has no stderr (sys.stderr is None): then only the file.
    if sys.stderr is not None and not any(getattr(h, "name", None) == "kinerja-stderr" for h in root.handlers):
        console = logging.StreamHandler(sys.stderr)
        console.name = "kinerja-stderr"
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(console)
    for handler in list(root.handlers):
        if getattr(handler, "name", None) == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
    path = (folder or log_dir()) / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                                       encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).warning("log file %s cannot be written: %s", path, exc)
        return None
    handler.name = _HANDLER_NAME
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    logging.getLogger(__name__).info("Kinerja Desktop %s started (Python %s, %s)", __version__,
                                     sys.version.split()[0], sys.platform)
    return path


def stop_logging() -> None:
    """Remove and close the handlers setup_logging() added (tests; a program ending)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if (getattr(handler, "name", None) or "").startswith("kinerja-"):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.WARNING)
