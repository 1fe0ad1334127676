"""A database that already holds a number outside the rule (an older version or a hand edit,
written here with raw sqlite3): `kinerja check` names it (exit 1), and `values`, the report,
the tree and the entry sheet show the rest without crashing, the bad value left out."""
from __future__ import annotations

import json
import sqlite3

import pytest

from kinerja_desktop.cli import main
from kinerja_desktop.services.entry import load_sheet
from kinerja_desktop.services.evaluation import evaluate_quarter
from kinerja_desktop.services.report import write_report
from kinerja_desktop.store.database import open_database
from kinerja_desktop.ui.tree import tree_data as td
from tests.fixtures import small_plan

HUGE = {"26 digits": "12345678901234567890123456", "400 digits": "9" * 400,
        "16 significant digits": "1234567.890123456"}


def _hand_edit(path, value, table="realisation"):
    conn = sqlite3.connect(path)
    if table == "realisation":   # P1.1 (DINA) 2026 TW3
        conn.execute("INSERT INTO realisation (indicator_id, year, quarter, value, note, updated_at, updated_by) "
                     "VALUES (3, 2026, 3, ?, '', 'x', 'tangan')", [value])
    else:                        # the annual target of B1.1 (DINB)
        conn.execute("UPDATE target SET value = ? WHERE indicator_id = 5 AND year = 2026 AND quarter = 0", [value])
    conn.commit()
    conn.close()


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "lama.db"
    db, _ = small_plan(path)
    db.close()
    return path


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.mark.parametrize("value", HUGE.values(), ids=HUGE.keys())
def test_check_names_the_value_and_values_shows_it_marked(db_path, capsys, value):
    _hand_edit(db_path, value)
    before = db_path.read_bytes()
    code, out, err = _run(capsys, "check", "--db", str(db_path))
    assert code == 1
    assert "realisasi P1.1 (OPD DINA) tahun 2026 triwulan 3" in err
    assert "Angka di luar batas (15 angka penting, di bawah 10^15): 1" in out
    code, out, err = _run(capsys, "values", "--db", str(db_path), "--year", "2026", "--format", "json")
    assert code == 0, err
    row = next(r for r in json.loads(out) if r["indikator"] == "P1.1" and r["triwulan"] == 3)
    assert row["nilai"] == value and row["capaian"] == "" and "di luar batas" in row["predikat"]
    assert db_path.read_bytes() == before


def test_a_bad_target_is_named_and_left_out(db_path, capsys):
    _hand_edit(db_path, "9" * 30, table="target")
    code, _, err = _run(capsys, "check", "--db", str(db_path))
    assert code == 1 and "target B1.1 (OPD DINB) tahun 2026" in err
    code, out, err = _run(capsys, "values", "--db", str(db_path), "--opd", "DINB")
    assert code == 0 and "B1.1" in out


def test_check_still_says_good_for_a_clean_database(db_path, capsys):
    code, out, _ = _run(capsys, "check", "--db", str(db_path))
    assert code == 0 and "Angka di luar batas (15 angka penting, di bawah 10^15): tidak ada" in out


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf"])
def test_report_tree_and_entry_sheet_do_not_crash(db_path, tmp_path, capsys, suffix):
    _hand_edit(db_path, "9" * 400)
    code, _, err = _run(capsys, "report", "--db", str(db_path), "--year", "2026", "--quarter", "3",
                        "--out", str(tmp_path / f"laporan{suffix}"))
    assert code == 0, err
    db = open_database(db_path, read_only=True)
    try:
        result = next(r for r in evaluate_quarter(db, 2026, 3) if r.indicator.code == "P1.1")
        assert result.evaluation.reported_quarters == (1, 2)          # the bad TW3 is left out
        assert result.values.bad_realisations == {3: "9" * 400}
        tree = td.load_tree(db, 2026, 3)
        assert tree.by_key[("indicator", 3)].result.evaluation.realisation == 185
        sheet = load_sheet(db, 1, 2026, 3)
        row = next(r for r in sheet.rows if r.indicator.code == "P1.1")
        assert row.values.bad_realisations == {3: "9" * 400}
    finally:
        db.close()


def test_the_report_names_the_left_out_value_in_a_footnote(db_path, tmp_path):
    from kinerja_desktop.services.report import build_report

    _hand_edit(db_path, "9" * 400)
    db = open_database(db_path, read_only=True)
    try:
        report = build_report(db, 2026, 3)
        path = write_report(db, tmp_path / "laporan.xlsx", 2026, 3)
    finally:
        db.close()
    assert report.notes == ["Nilai di luar batas angka (15 angka penting, di bawah 10^15), tidak dihitung: P1.1 "
                            "realisasi TW III '99999999999999999999…(400 karakter)'. Perbaiki nilainya; "
                            "'kinerja check' menyebut semuanya."]
    import openpyxl

    ws = openpyxl.load_workbook(path)["Evaluasi RKPD"]
    assert any("P1.1 realisasi TW III" in str(c.value) for row in ws.iter_rows() for c in row if c.value)


def test_the_tree_detail_lists_the_stored_value_marked(db_path):
    from kinerja_desktop.store.repositories import load_plan
    from kinerja_desktop.ui.tree.detail_data import indicator_detail

    _hand_edit(db_path, "9" * 400)
    db = open_database(db_path, read_only=True)
    try:
        detail = indicator_detail(db, 3, load_plan(db))
    finally:
        db.close()
    line = next(q for q in detail.quarters if q.quarter == 3)
    assert line.value is None and "di luar batas angka" in line.note and "(400 karakter)" in line.note
    assert [q.quarter for q in detail.quarters] == [3, 2, 1]


def test_the_tree_row_marks_the_quarter_out_of_range(db_path):
    _hand_edit(db_path, "9" * 400)
    db = open_database(db_path, read_only=True)
    try:
        row = td.load_tree(db, 2026, 3).by_key[("indicator", 3)]
    finally:
        db.close()
    assert td.display_of(row, td.COL_Q1 + 2) == "\u26a0 galat"
    assert td.display_of(row, td.COL_Q1 + 1) == "95" and td.display_of(row, td.COL_REALISATION) == "185"
    assert "(400 karakter)" in td.out_of_range_tip(row, td.COL_Q1 + 2)
