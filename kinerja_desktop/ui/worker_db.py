"""A database connection for work off the GUI thread: its own connection to the same file."""
from __future__ import annotations

import contextlib

from kinerja_desktop.store.database import open_database


@contextlib.contextmanager
def worker_db(context, read_only: bool = True):
    if context.db_path is None:       # an in-memory database (tests): share the connection
        yield context.db
        return
    # The program checked every page when it opened the file; a worker's connection (one per
    # background task: every period change of the dashboard) does not again (0.5 s at scale 10).
    db = open_database(context.db_path, read_only=read_only, check_pages=False)
    try:
        yield db
    finally:
        db.close()
