"""Backups: a checked copy, an automatic copy with rotation and a restore, beside the raw
`sqlite3.Connection.backup` baseline, on the scale-1 demo (or `--scale N`).

    .venv/bin/python -m bench.bench_backup [--scale N]
"""
from __future__ import annotations

import argparse
import sqlite3

from bench.common import OUT, demo_db, machine, timed


def main() -> None:
    from kinerja_desktop.domain.entities import User
    from kinerja_desktop.services import backups
    from kinerja_desktop.store.backup_files import copy_database
    from kinerja_desktop.store.database import backup, open_database

    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=1)
    scale = parser.parse_args().scale
    print(f"Machine: {machine()}")
    work = OUT / "backup_bench"
    work.mkdir(parents=True, exist_ok=True)
    path = backup(demo_db(scale), work / "kinerja.db")
    print(f"Database: scale {scale}, {path.stat().st_size / 1e6:.1f} MB")

    def raw():
        dst = sqlite3.connect(work / "raw.db")
        src = sqlite3.connect(path)
        src.backup(dst)
        src.close()
        dst.close()

    db = open_database(path)
    timed("raw sqlite3 backup (baseline)", raw)
    timed("checked copy (kinerja backup)", lambda: copy_database(db, work / "salinan.db", kind="manual"))
    timed("automatic copy before an event, with rotation", lambda: backups.before_event(db, "impor-paket"))
    db.close()
    admin = User(1, "admin", "Administrator", "administrator", None)
    timed("restore, with the copy of the current database", lambda: backups.restore(path, admin, work / "salinan.db"),
          repeat=3)


if __name__ == "__main__":
    main()
