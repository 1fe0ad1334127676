"""A small plan built by hand for tests: 2 OPD, 1 goal, 1 objective, 1 program with an activity
and a sub-activity, 5 indicators covering sum/last/mean and both polarities."""
from __future__ import annotations

from kinerja_desktop.domain.entities import User
from kinerja_desktop.store import seals
from kinerja_desktop.store.database import create_database, transaction

ADMIN = User(1, "admin", "Administrator", "administrator", None)
PLANNER = User(2, "perencana", "Perencana", "planner", None)
OPERATOR_A = User(3, "opa", "Operator A", "operator", 1)
OPERATOR_B = User(4, "opb", "Operator B", "operator", 2)
VIEWER = User(5, "tamu", "Tamu", "viewer", None)

STAMP = "2026-01-01T00:00:00+00:00"


def small_plan(path=None):
    db = create_database(path)
    ids = {}
    with transaction(db):
        db["plan"].insert({"id": 1, "name": "RPJMD 2021-2026", "region_name": "Kabupaten Contoh",
                           "region_code": "99.01", "province": "Provinsi Contoh", "start_year": 2021,
                           "end_year": 2026, "negative_formula": "2-R/T"})
        db["agency"].insert_all([
            {"id": 1, "code": "DINA", "name": "Dinas A", "bidang": "1.02"},
            {"id": 2, "code": "DINB", "name": "Dinas B", "bidang": "1.03"},
        ])
        db["goal"].insert({"id": 1, "plan_id": 1, "code": "T1", "name": "Tujuan satu", "position": 1})
        db["objective"].insert({"id": 1, "goal_id": 1, "code": "S1.1", "name": "Sasaran satu", "position": 1})
        db["program"].insert({"id": 1, "objective_id": 1, "agency_id": 1, "code": "1.02.02", "name": "Program A"})
        db["program"].insert({"id": 2, "objective_id": 1, "agency_id": 2, "code": "1.03.10", "name": "Program B"})
        db["activity"].insert({"id": 1, "program_id": 1, "code": "1.02.02.2.02", "name": "Kegiatan A"})
        db["sub_activity"].insert({"id": 1, "activity_id": 1, "code": "1.02.02.2.02.0001", "name": "Sub kegiatan A"})
        indicators = [
            # id, code, name, unit, polarity, aggregation, decimals, agency, node_type, node_id
            (1, "T1.1", "Indeks contoh", "poin", "positive", "last", 2, 1, "goal", 1),
            (2, "S1.1.1", "Angka kematian contoh", "persen", "negative", "last", 2, 1, "objective", 1),
            (3, "P1.1", "Jumlah layanan", "orang", "positive", "sum", 0, 1, "program", 1),
            (4, "K1.1", "Rata-rata cakupan", "persen", "positive", "mean", 1, 1, "activity", 1),
            (5, "B1.1", "Panjang jalan dibangun", "km", "positive", "sum", 2, 2, "program", 2),
        ]
        for i, code, name, unit, pol, agg, dec, agency, node_type, node_id in indicators:
            db["indicator"].insert({"id": i, "code": code, "name": name, "unit": unit, "polarity": pol,
                                    "aggregation": agg, "decimals": dec, "agency_id": agency,
                                    "node_type": node_type, f"{node_type}_id": node_id, "position": i})
            ids[code] = i
        targets = {1: "70", 2: "5", 3: "400", 4: "90", 5: "12.5"}
        for i, value in targets.items():
            db["target"].insert({"indicator_id": i, "year": 2026, "quarter": 0, "value": value})
            db["end_target"].insert({"indicator_id": i, "value": value})
        for q, value in enumerate(["80", "100", "120", "100"], start=1):
            db["target"].insert({"indicator_id": 3, "year": 2026, "quarter": q, "value": value})
        reals = [(1, 1, "68.5"), (1, 2, "69"), (2, 2, "5.5"), (3, 1, "90"), (3, 2, "95"), (4, 1, "85"), (5, 1, "3.25")]
        for i, q, value in reals:
            db["realisation"].insert({"indicator_id": i, "year": 2026, "quarter": q, "value": value,
                                      "note": "", "updated_at": STAMP, "updated_by": "fixture"})
        db["budget"].insert({"id": 1, "year": 2026, "program_id": 1, "pagu": "1500000000"})
        db["budget"].insert({"id": 2, "year": 2026, "activity_id": 1, "pagu": "750000000.50"})
        seals.seal_plan(db, STAMP)   # as the program leaves a plan it wrote (docs/security.md)
    return db, ids
