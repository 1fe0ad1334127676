"""A database connection for work off the GUI thread: its own connection to the same file."""
from __future__ import annotations

import contextlib

from kinerja_desktop.store.database import open_database


@contextlib.contextmanager
def worker_db(context, read_only: bool = True):
    if context.db_path is None:       # an in-memory database (tests): share the connection
        yield context.db
        return
    db = open_database(context.db_path, read_only=read_only)
    try:
        yield db
    finally:
        db.close()
