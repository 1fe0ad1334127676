"""The small plan (tests/fixtures.py) given several years of history for the RPJMD evaluation form:
a last indicator with a year unreported (T1.1), a negative one (S1.1.1), a sum one with a zero
target and quarterly targets in the running year (S1.1.2), and a positive one whose zero target
meets a realisation (S1.1.3). The figures expected are worked out by hand in test_rpjmd_form.py.
"""
from __future__ import annotations

from kinerja_desktop.store.database import transaction
from tests.fixtures import STAMP, small_plan


def _real(db, ind: int, year: int, quarter: int, value: str) -> None:
    db["realisation"].insert({"indicator_id": ind, "year": year, "quarter": quarter, "value": value, "note": "",
                              "updated_at": STAMP, "updated_by": "fixture"})


def _target(db, ind: int, year: int, value: str, quarter: int = 0) -> None:
    db["target"].insert({"indicator_id": ind, "year": year, "quarter": quarter, "value": value})


def history_plan(path=None):
    db, ids = small_plan(path)
    with transaction(db):
        for i, code, name, unit, agg, dec in ((6, "S1.1.2", "Jumlah wisatawan", "orang", "sum", 0),
                                               (7, "S1.1.3", "Kasus contoh", "kasus", "last", 0)):
            db["indicator"].insert({"id": i, "code": code, "name": name, "unit": unit, "polarity": "positive",
                                    "aggregation": agg, "decimals": dec, "agency_id": 2, "node_type": "objective",
                                    "objective_id": 1, "position": i})
        db.execute("UPDATE indicator SET baseline = '58.5', baseline_year = 2020 WHERE id = 1")
        # T1.1 (last, positive): 2023 unreported; 2026 runs to TW II (fixture: 68.5, 69).
        for year, target in ((2021, "60"), (2022, "62"), (2023, "65"), (2024, "67"), (2025, "68")):
            _target(db, 1, year, target)
        for year, quarter, value in ((2021, 4, "61"), (2022, 2, "63"), (2022, 4, "61.5"), (2024, 4, "66"),
                                     (2025, 4, "68.34")):
            _real(db, 1, year, quarter, value)
        # S1.1.1 (last, negative): targets and values in 2021 and 2024 only (2026: fixture 5.5 vs 5).
        _target(db, 2, 2021, "6")
        _target(db, 2, 2024, "5.5")
        _real(db, 2, 2021, 4, "5.7")
        _real(db, 2, 2024, 4, "6.6")
        # S1.1.2 (sum): a zero target in 2023, nothing reported in 2025, quarterly targets in 2026.
        for year, target in ((2021, "100"), (2022, "100"), (2023, "0"), (2024, "120"), (2025, "120"), (2026, "120")):
            _target(db, 6, year, target)
        for q in (1, 2, 3, 4):
            _target(db, 6, 2026, "30", q)
        db["end_target"].insert({"indicator_id": 6, "value": "600"})
        for year, quarter, value in ((2021, 1, "30"), (2021, 2, "30"), (2021, 3, "20"), (2021, 4, "25"),
                                     (2022, 4, "80"), (2023, 4, "0"), (2024, 4, "10"), (2026, 1, "50")):
            _real(db, 6, year, quarter, value)
        # S1.1.3 (last, positive): target 0 met by 5: not computable; no end target.
        _target(db, 7, 2021, "0")
        _real(db, 7, 2021, 4, "5")
    return db, ids
