"""The RPJMD evaluation across years (issue 13.4): figures worked out by hand on a small plan over
six years, the same to-date figures as the RKPD report, the .xlsx read back cell by cell, the PDF's
pages and text."""
from __future__ import annotations

import subprocess
from datetime import date
from decimal import Decimal

import pytest
from python_calamine import CalamineWorkbook

from kinerja_desktop.services.report import ReportRefused, build_report
from kinerja_desktop.services.rpjmd_form import build_rpjmd_form, write_rpjmd_form
from tests.rpjmd_data import history_plan

D = Decimal
NC = "Tidak dapat dihitung"


@pytest.fixture
def hdb():
    db, _ = history_plan()
    yield db
    db.close()


def _lines(form):
    return {line.code: line for block in form.blocks for line in block.lines}


def _row(line):
    """(target, realisation, capaian, predikat) per year, as plain values to compare."""
    return [(y.target, y.realisation, y.achievement, y.rating.label if y.rating else None) for y in line.years]


def test_each_year_is_evaluated_at_its_last_reported_quarter(hdb):
    form = build_rpjmd_form(hdb, signed_on=date(2026, 11, 27))
    assert form.years == (2021, 2022, 2023, 2024, 2025, 2026)
    assert form.as_of == {2021: 4, 2022: 4, 2023: 4, 2024: 4, 2025: 4, 2026: 2}
    assert form.period_text == "Periode 2021\u20132026; realisasi s.d. TW II tahun 2026"
    lines = _lines(form)
    assert set(lines) == {"T1.1", "S1.1.1", "S1.1.2", "S1.1.3"}   # programs only on request
    t = lines["T1.1"]   # last, positive: 2023 unreported; 2022 takes TW IV (61.5), not TW II (63)
    assert t.baseline == D("58.5")
    assert _row(t) == [
        (D(60), D(61), D("101.67"), "Sangat Tinggi"), (D(62), D("61.5"), D("99.19"), "Sangat Tinggi"),
        (D(65), None, None, None), (D(67), D(66), D("98.51"), "Sangat Tinggi"),
        (D(68), D("68.34"), D("100.50"), "Sangat Tinggi"), (D(70), D(69), D("98.57"), "Sangat Tinggi")]
    assert not t.years[2].reported
    assert (t.end_target, t.to_date, t.achievement_to_date, t.rating_to_date.label) == (
        D(70), D(69), D("98.57"), "Sangat Tinggi")


def test_negative_indicator_uses_the_plans_formula(hdb):
    s = _lines(build_rpjmd_form(hdb))["S1.1.1"]
    assert _row(s) == [
        (D(6), D("5.7"), D("105.00"), "Sangat Tinggi"), (None, None, None, None), (None, None, None, None),
        (D("5.5"), D("6.6"), D("80.00"), "Tinggi"), (None, None, None, None), (D(5), D("5.5"), D("90.00"), "Tinggi")]
    assert (s.to_date, s.achievement_to_date, s.rating_to_date.label) == (D("5.5"), D("90.00"), "Tinggi")


def test_sum_indicator_adds_the_years_and_keeps_the_zero_target_rule(hdb):
    s = _lines(build_rpjmd_form(hdb))["S1.1.2"]
    assert _row(s) == [
        (D(100), D(105), D("105.00"), "Sangat Tinggi"), (D(100), D(80), D("80.00"), "Tinggi"),
        (D(0), D(0), D("100.00"), "Sangat Tinggi"), (D(120), D(10), D("8.33"), "Sangat Rendah"),
        (D(120), None, None, None),
        # 2026 runs to TW II: 50 against the quarterly targets through TW II (30 + 30), not 120
        (D(120), D(50), D("83.33"), "Tinggi")]
    assert s.years[5].quarterly_target_used and not s.years[0].quarterly_target_used
    assert (s.end_target, s.to_date, s.achievement_to_date, s.rating_to_date.label) == (
        D(600), D(245), D("40.83"), "Sangat Rendah")


def test_zero_target_met_by_a_value_is_not_computable(hdb):
    s = _lines(build_rpjmd_form(hdb))["S1.1.3"]
    first = s.years[0]
    assert (first.target, first.realisation, first.achievement, first.rating, first.reported) == (
        D(0), D(5), None, None, True)
    assert (s.end_target, s.to_date, s.achievement_to_date) == (None, D(5), None)


def test_to_date_equals_the_rkpd_reports_column_14(hdb):
    form = _lines(build_rpjmd_form(hdb))
    report = {line.code: line.kinerja for b in build_report(hdb, 2026, 2).blocks for line in b.lines}
    for code, line in form.items():
        assert line.to_date == report[code].to_date, code
        assert line.achievement_to_date == report[code].achievement_to_date, code


def test_blocks_follow_tujuan_and_sasaran_and_programs_on_request(hdb):
    plain = build_rpjmd_form(hdb)
    assert [(b.level, b.number, b.code) for b in plain.blocks] == [("goal", "I", "T1"), ("objective", "1", "S1.1")]
    assert plain.blocks[0].heading == "Tujuan: Tujuan satu"
    assert [line.agency for line in plain.blocks[1].lines] == ["Dinas A", "Dinas B", "Dinas B"]
    full = build_rpjmd_form(hdb, include_programs=True)
    assert [(b.level, b.number, b.code) for b in full.blocks][2:] == [("program", "1.1", "1.02.02"),
                                                                        ("program", "1.2", "1.03.10")]
    assert [line.code for line in full.blocks[2].lines] == ["P1.1"]
    assert full.scope == "Indikator tujuan, sasaran dan program"


def test_xlsx_cells_read_back(hdb, tmp_path):
    out = write_rpjmd_form(hdb, tmp_path / "rpjmd.xlsx", signed_on=date(2026, 11, 27))
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Evaluasi RPJMD").to_python(skip_empty_area=False)
    assert rows[0][4] == "EVALUASI TERHADAP HASIL RPJMD KABUPATEN CONTOH"
    numbers = rows[7]
    assert numbers[:5] == ["1", "2", "3", "4", "5"]
    assert numbers[7] == "8 = 7/6 x 100%" and numbers[29] == "24" and numbers[31] == "26 = 25/24 x 100%"
    assert rows[4][5] == "Tahun ke-1 (2021)" and rows[4][25] == "Tahun ke-6 (2026)"
    by_code = {}
    for row in rows[8:]:
        if len(row) > 3 and isinstance(row[3], str) and row[3]:
            by_code[row[3].split(" (")[0]] = row
    t = by_code["Indeks contoh"]
    assert t[:2] == ["I", "T1"] and t[2] == "Tujuan: Tujuan satu" and t[4] == 58.5
    assert t[5:9] == [60.0, 61.0, 101.67, "Sangat Tinggi"]
    assert t[13:17] == [65.0, "\u2014", "\u2014", "\u2014"]          # 2023 unreported: a dash, never 0
    assert t[29:34] == [70.0, 69.0, 98.57, "Sangat Tinggi", "Dinas A"]
    s = by_code["Jumlah wisatawan"]
    assert s[13:17] == [0.0, 0.0, 100.0, "Sangat Tinggi"]
    assert s[25:29] == [120.0, 50.0, 83.33, "Tinggi\u2020"]
    assert s[29:33] == [600.0, 245.0, 40.83, "Sangat Rendah"]
    k = by_code["Kasus contoh"]
    assert k[5:9] == [0.0, 5.0, "\u2014", "Tidak dapat dihitung"]
    assert k[29:33] == ["\u2014", 5.0, "\u2014", NC]
    texts = [c for row in rows for c in row if isinstance(c, str)]
    assert any(t.startswith("Predikat: Sangat Tinggi") for t in texts)
    assert any("2026 TW II" in t for t in texts)


def test_pdf_pages_and_text(hdb, tmp_path):
    out = write_rpjmd_form(hdb, tmp_path / "rpjmd.pdf", paper="F4")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) == 2   # one pair of halves side by side
    assert "EVALUASI TERHADAP HASIL RPJMD KABUPATEN CONTOH" in pages[0]
    assert "Halaman 1 dari 2" in pages[0] and "Halaman 2 dari 2" in pages[1]
    assert "Tahun ke-1 (2021)" in pages[0] and "101,67" in pages[0] and "Tidak dapat" in pages[0]
    assert "Kondisi Kinerja pada Akhir Periode" in pages[1] and "40,83" in pages[1]
    assert "Predikat: Sangat Tinggi" in pages[1] and "Dinas B" in pages[1]


def test_refusals_write_nothing(hdb, tmp_path):
    with pytest.raises(ReportRefused, match="tidak dikenal") as bad:
        write_rpjmd_form(hdb, tmp_path / "rpjmd.docx")
    assert bad.value.usage
    with pytest.raises(ReportRefused, match="tidak ada. Buat foldernya dulu"):
        write_rpjmd_form(hdb, tmp_path / "tidak-ada" / "rpjmd.xlsx")
    with pytest.raises(ReportRefused, match="Ukuran kertas"):
        write_rpjmd_form(hdb, tmp_path / "rpjmd.pdf", paper="A3")
    assert list(tmp_path.iterdir()) == []


def test_a_stored_value_out_of_range_is_left_out_and_named(hdb):
    from kinerja_desktop.store.database import transaction

    with transaction(hdb):   # an older version or a hand edit left a figure beyond the number rule
        hdb.execute("UPDATE realisation SET value = '12345678901234567890' WHERE indicator_id = 6 AND year = 2024")
    form = build_rpjmd_form(hdb)
    s = _lines(form)["S1.1.2"]
    assert (s.years[3].realisation, s.years[3].reported) == (None, False)
    assert s.to_date == D(235)   # 105 + 80 + 0 + 50: the bad 2024 figure is not counted
    assert form.notes == ["Tahun 2024: Nilai di luar batas angka (15 angka penting, di bawah 10^15), tidak dihitung: "
                          "S1.1.2 realisasi TW IV '12345678901234567890'. Perbaiki nilainya; 'kinerja check' "
                          "menyebut semuanya."]


def test_a_plan_without_indicators_still_prints(tmp_path):
    from kinerja_desktop.store.database import create_database, transaction

    db = create_database(None)
    with transaction(db):
        db["plan"].insert({"id": 1, "name": "RPJMD 2021-2026", "region_name": "Kabupaten Kosong", "region_code": "1",
                           "province": "P", "start_year": 2021, "end_year": 2026, "negative_formula": "2-R/T"})
    form = build_rpjmd_form(db)
    assert form.blocks == [] and form.period_text.endswith("belum ada realisasi yang dilaporkan")
    assert write_rpjmd_form(db, tmp_path / "kosong.pdf").stat().st_size > 1000
    assert write_rpjmd_form(db, tmp_path / "kosong.xlsx").stat().st_size > 1000
