"""A small plan over four years (2021-2024) for the IKU-over-the-period tests, with figures worked
out by hand in tests/unit/test_iku_period.py:

- T1.1 goal, `last`, positive: 2021 and 2022 reported, 2023 not (trend: on track);
- S1.1.1 objective, `last`, negative: getting worse each year (trend: at risk);
- S1.1.2 objective, `sum`, positive: 2023 reported through TW II only (the year in progress);
- T1.2 goal indicator with targets but nothing reported;
- P1.1 a program indicator (not an IKU: left out).
"""
from __future__ import annotations

from kinerja_desktop.store.database import create_database, transaction

STAMP = "2024-01-01T00:00:00+00:00"


def iku_plan(path=None):
    db = create_database(path)
    with transaction(db):
        db["plan"].insert({"id": 1, "name": "RPJMD 2021-2024", "region_name": "Kabupaten Contoh",
                           "region_code": "99.01", "province": "Provinsi Contoh", "start_year": 2021,
                           "end_year": 2024, "negative_formula": "2-R/T"})
        db["agency"].insert_all([{"id": 1, "code": "DINA", "name": "Dinas A", "bidang": "1.02"},
                                 {"id": 2, "code": "DINB", "name": "Dinas B", "bidang": "1.03"}])
        db["goal"].insert({"id": 1, "plan_id": 1, "code": "T1", "name": "Meningkatnya kesejahteraan", "position": 1})
        db["objective"].insert({"id": 1, "goal_id": 1, "code": "S1.1", "name": "Menurunnya kemiskinan", "position": 1})
        db["program"].insert({"id": 1, "objective_id": 1, "agency_id": 1, "code": "1.02.02", "name": "Program A"})
        rows = [
            # id, code, name, unit, polarity, aggregation, decimals, agency, node_type, node_id, baseline
            (1, "T1.1", "Indeks Pembangunan Manusia", "poin", "positive", "last", 2, 1, "goal", 1, "69"),
            (2, "S1.1.1", "Persentase penduduk miskin", "persen", "negative", "last", 2, 2, "objective", 1, "9.5"),
            (3, "S1.1.2", "Panjang jalan dibangun", "km", "positive", "sum", 1, 2, "objective", 1, None),
            (4, "T1.2", "Indeks kepuasan masyarakat", "poin", "positive", "last", 2, 1, "goal", 1, None),
            (5, "P1.1", "Jumlah layanan", "orang", "positive", "sum", 0, 1, "program", 1, None),
        ]
        for i, code, name, unit, pol, agg, dec, agency, node_type, node_id, baseline in rows:
            db["indicator"].insert({"id": i, "code": code, "name": name, "unit": unit, "polarity": pol,
                                    "aggregation": agg, "decimals": dec, "agency_id": agency,
                                    "node_type": node_type, f"{node_type}_id": node_id, "position": i,
                                    "baseline": baseline, "baseline_year": 2020 if baseline else None})
        targets = {1: ["70", "71", "72", "73"], 2: ["9", "8.5", "8", "7.5"], 3: ["10", "10", "10", "10"],
                   4: ["80", "81", "82", "83"], 5: ["100", "100", "100", "100"]}
        ends = {1: "73", 2: "7.5", 3: "40", 4: "83", 5: "400"}
        for i, values in targets.items():
            for year, value in zip(range(2021, 2025), values):
                db["target"].insert({"indicator_id": i, "year": year, "quarter": 0, "value": value})
            db["end_target"].insert({"indicator_id": i, "value": ends[i]})
        reals = [(1, 2021, 4, "70"), (1, 2022, 4, "71.5"),
                 (2, 2021, 4, "9.2"), (2, 2022, 4, "9.6"), (2, 2023, 4, "10"),
                 *[(3, 2021, q, "2.5") for q in range(1, 5)], *[(3, 2022, q, "3") for q in range(1, 5)],
                 (3, 2023, 1, "2"), (3, 2023, 2, "2"),
                 (5, 2021, 1, "50")]
        for i, year, q, value in reals:
            db["realisation"].insert({"indicator_id": i, "year": year, "quarter": q, "value": value,
                                      "note": "", "updated_at": STAMP, "updated_by": "fixture"})
    return db
