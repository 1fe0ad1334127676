"""`kinerja values` on the scale-10 demo: the flat list of realisations with their capaian.

    .venv/bin/python -m bench.bench_values        (from the repository root)

Prints the time of services.values.list_values for the usual filters (one OPD, one quarter,
one year) and for the whole database.
"""
from __future__ import annotations

from bench.common import demo_db, machine, timed
from kinerja_desktop.services.values import list_values
from kinerja_desktop.store.database import open_database
from kinerja_desktop.store.repositories import agency_by_code


def main() -> None:
    print(f"Machine: {machine()}")
    db = open_database(demo_db(10), read_only=True)
    try:
        dinkes = agency_by_code(db, "DINKES").id
        cases = [
            ("one OPD (DINKES), all years", dict(agency_id=dinkes)),
            ("one quarter (2026 TW III), all OPD", dict(year=2026, quarter=3)),
            ("one year (2025), all OPD", dict(year=2025)),
            ("everything", {}),
        ]
        for label, kwargs in cases:
            rows = len(list_values(db, **kwargs))
            timed(f"list_values scale 10, {label} ({rows} rows)", lambda: list_values(db, **kwargs),
                  repeat=1 if not kwargs else 3)
    finally:
        db.close()


if __name__ == "__main__":
    main()
