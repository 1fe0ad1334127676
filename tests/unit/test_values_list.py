"""The flat list of realisations behind `kinerja values`: one row per reported quarter, with the
capaian of services.evaluation as of that quarter."""
from __future__ import annotations

from kinerja_desktop.services.evaluation import evaluate_quarter
from kinerja_desktop.services.values import list_values
from kinerja_desktop.store.database import open_database, transaction
from tests.fixtures import STAMP


def test_one_row_per_realisation_with_the_evaluation_as_of_its_quarter(db):
    rows = list_values(db)
    assert len(rows) == db.execute("SELECT count(*) FROM realisation").fetchone()[0] == 7
    assert list(rows[0]) == ["opd", "indikator", "nama", "satuan", "tahun", "triwulan", "nilai", "target",
                             "capaian", "predikat", "catatan"]
    order = [(r["opd"], r["indikator"], r["tahun"], r["triwulan"]) for r in rows]
    assert order == sorted(order)          # by OPD, indicator, year, quarter
    by_key = {(r["indikator"], r["triwulan"]): r for r in rows}
    # sum with quarterly targets: as of TW I 90/80, as of TW II (90+95)/(80+100)
    assert by_key["P1.1", 1]["capaian"] == "112.50" and by_key["P1.1", 2]["capaian"] == "102.78"
    assert by_key["P1.1", 2]["target"] == "400" and by_key["P1.1", 2]["nilai"] == "95"
    # last, negative polarity: (2 - 5.5/5) x 100
    assert by_key["S1.1.1", 2]["capaian"] == "90.00" and by_key["S1.1.1", 2]["predikat"] == "Tinggi"
    assert by_key["B1.1", 1] == {"opd": "DINB", "indikator": "B1.1", "nama": "Panjang jalan dibangun", "satuan": "km",
                                 "tahun": 2026, "triwulan": 1, "nilai": "3.25", "target": "12.5",
                                 "capaian": "26.00", "predikat": "Sangat Rendah", "catatan": ""}
    for (code, quarter), row in by_key.items():
        result = next(r for r in evaluate_quarter(db, 2026, quarter) if r.indicator.code == code)
        assert row["capaian"] == f"{result.evaluation.achievement:.2f}"


def test_filters_by_opd_year_and_quarter(db):
    assert {r["opd"] for r in list_values(db, agency_id=2)} == {"DINB"}
    assert len(list_values(db, agency_id=1)) == 6
    assert [r["triwulan"] for r in list_values(db, quarter=2)] == [2, 2, 2]
    assert list_values(db, year=2025) == []
    assert list_values(db, agency_id=2, quarter=2) == []


def test_zero_target_and_missing_target_give_empty_capaian(db):
    with transaction(db):
        db.execute("UPDATE target SET value = '0' WHERE indicator_id = 5 AND quarter = 0")
        db.execute("INSERT INTO realisation VALUES (4, 2025, 1, '80.5', 'catatan lama', '', ?, 'x')", [STAMP])
    row = next(r for r in list_values(db, agency_id=2))
    assert (row["target"], row["capaian"], row["predikat"]) == ("0", "", "")     # positive, R > 0, T = 0
    old = list_values(db, year=2025)
    assert len(old) == 1 and old[0]["target"] == "" and old[0]["capaian"] == "" and old[0]["catatan"] == "catatan lama"


def test_retired_indicator_is_listed_without_capaian(db):
    with transaction(db):
        db.execute("UPDATE indicator SET retired_at = ? WHERE id = 5", [STAMP])
    row = next(r for r in list_values(db) if r["indikator"] == "B1.1")
    assert row["nilai"] == "3.25" and row["capaian"] == "" and row["target"] == "12.5"


def test_demo_database_rows_match_the_evaluation(demo_db_path):
    db = open_database(demo_db_path, read_only=True)
    try:
        dinkes = db.execute("SELECT id FROM agency WHERE code = 'DINKES'").fetchone()[0]
        rows = list_values(db, agency_id=dinkes, year=2026, quarter=3)
        # 2026 belongs to both demo periods; its default period is the first (RPJMD 2021-2026)
        expected = db.execute("SELECT count(*) FROM realisation r JOIN indicator i ON i.id = r.indicator_id "
                              "WHERE i.agency_id = ? AND r.year = 2026 AND r.quarter = 3 AND i.plan_id = 1",
                              [dinkes]).fetchone()[0]
        assert len(rows) == expected > 50
        results = {r.indicator.code: r.evaluation for r in evaluate_quarter(db, 2026, 3, agency_id=dinkes)}
        for row in rows:
            ev = results[row["indikator"]]
            assert row["capaian"] == ("" if ev.achievement is None else f"{ev.achievement:.2f}")
    finally:
        db.close()
