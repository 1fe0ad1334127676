"""Two years of TW II figures on the small plan (tests/fixtures.py), checked by hand in
tests/unit/test_year_compare.py: 2025 is added here, 2026 is the fixture's own."""
from __future__ import annotations

from kinerja_desktop.store.database import transaction
from tests.fixtures import STAMP, small_plan


def add_2025(db) -> None:
    with transaction(db):
        # T1.1 positive last, target 70: TW II 67 (2026: 69)            -> membaik
        # S1.1.1 negative last, target 5: TW II 5 (2026: 5,5)           -> memburuk
        # P1.1 positive sum: nothing reported in 2025                   -> tidak dapat dibandingkan
        # K1.1 positive mean: target 0, 80 reported (not computable)    -> tidak dapat dibandingkan
        # B1.1 positive sum, target 12,5: TW I 3,25 as in 2026           -> tetap
        for ind, value in {1: "70", 2: "5", 3: "400", 4: "0", 5: "12.5"}.items():
            db["target"].insert({"indicator_id": ind, "year": 2025, "quarter": 0, "value": value})
        for ind, q, value in [(1, 1, "66"), (1, 2, "67"), (2, 2, "5"), (4, 1, "80"), (5, 1, "3.25")]:
            db["realisation"].insert({"indicator_id": ind, "year": 2025, "quarter": q, "value": value,
                                      "note": "", "updated_at": STAMP, "updated_by": "fixture"})


def compare_plan(path=None):
    db, ids = small_plan(path)
    add_2025(db)
    return db, ids
