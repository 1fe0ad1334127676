"""Issue 10 benchmark: what tamper evidence costs (docs/security.md).

    .venv/bin/python -m bench.bench_tamper        (from the repository root)

Beside each figure, the raw baseline: SQLite reading the same rows with no hashing at all.
Sealing is timed inside a transaction that is rolled back, so the databases stay as built.
"""
from __future__ import annotations

from bench.common import demo_db, machine, timed
from kinerja_desktop.services.integrity import check_tampering
from kinerja_desktop.store import seals
from kinerja_desktop.store.database import open_database


def _rolled_back(db, fn):
    def run():
        db.conn.execute("BEGIN")
        try:
            fn()
        finally:
            db.conn.execute("ROLLBACK")
    return run


def main() -> None:
    print(f"Machine: {machine()}")
    for scale in (1, 10):
        db = open_database(demo_db(scale))
        timed(f"scale {scale}: raw baseline, SELECT every plan and value row",
              lambda: [db.execute(f"SELECT * FROM {t}").fetchall() for t in
                       ("indicator", "target", "end_target", "budget", "realisation", "spending")], repeat=3)
        timed(f"scale {scale}: check_tampering (chains + all seals)", lambda: check_tampering(db), repeat=3)
        timed(f"scale {scale}: plan seal, whole plan", _rolled_back(db, lambda: seals.seal_plan(db, "x")), repeat=3)
        timed(f"scale {scale}: plan seal, one OPD (a plan edit)",
              _rolled_back(db, lambda: seals.seal_plan(db, "x", {5})), repeat=5)
        timed(f"scale {scale}: quarter seal, one OPD-quarter (a lock)",
              _rolled_back(db, lambda: seals.seal_quarters(db, {(5, 2026, 2)}, "x")), repeat=5)
        timed(f"scale {scale}: users seal (a user change)",
              _rolled_back(db, lambda: seals.seal_users(db, "x")), repeat=5)
        db.close()


if __name__ == "__main__":
    main()
