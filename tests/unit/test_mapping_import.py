"""Column mapping of a regency's own RPJMD table (merged header rows, a numbering row, group
bands, Indonesian numbers): header detection, the proposal, the preview and the import."""
from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest

from kinerja_desktop.exchange import mapping as mp
from kinerja_desktop.services.masterdata import MasterDataRefused
from kinerja_desktop.services.masterdata_mapping import (
    MappingChoice, apply_mapping, excluded_rows, preview_mapping, remembered,
)
from tests.fixtures import PLANNER
from tests.unit.test_masterdata_roundtrip import table_dump

HEADERS = ["No", "Kode", "Indikator Kinerja", "Satuan", "Kondisi Kinerja Awal RPJMD (2020)",
           "Target Kinerja Tahun", None, None, None, None, None,
           "Kondisi Kinerja pada Akhir Periode RPJMD", "Definisi Operasional", "Sumber Data", "Frekuensi",
           "Perangkat Daerah Penanggung Jawab"]
ROWS = [
    ["1", "IKU-01", "Angka Kematian Ibu", "per 100.000 KH", "120,5", "118", "115,25", "112", "110", "108", "105",
     "105", "Jumlah kematian ibu per 100.000 kelahiran hidup", "Dinkes", "Tahunan", "Dinas A"],
    [2, "IKU-02", "Tingkat Pengangguran Terbuka", "%", 5.2, 5.1, 5.0, 4.9, 4.8, 4.7, 4.6, 4.6, "", "BPS", "Tahunan",
     "DINB"],
    [3, "IKU-03", "Jumlah wisatawan", "orang", "12.500", "13.000", "14.000", "-", "15.500", "16.000", "17.000",
     "17.000", "", "", "", "Dinas B"],
    [4, "IKU-04", "Indeks Kepuasan Masyarakat", "indeks", "80", "81", "naik", "82", "83", "84", "85", "85", "", "",
     "", "Dinas A"],
]


def rpjmd_table(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKU"
    ws["A1"] = "TABEL 7.1 INDIKATOR KINERJA UTAMA KABUPATEN CONTOH TAHUN 2021-2026"
    ws.merge_cells("A1:P1")
    for c, text in enumerate(HEADERS, start=1):
        if text:
            ws.cell(4, c, text)
    for c in list(range(1, 6)) + list(range(12, 17)):
        ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells("F4:K4")
    for i, year in enumerate(range(2021, 2027)):
        ws.cell(5, 6 + i, year)
    for c in range(1, 17):
        ws.cell(6, c, c)
    ws["A7"] = "Tujuan 1: Meningkatkan kualitas sumber daya manusia"
    ws.merge_cells("A7:P7")
    for r, row in enumerate(ROWS, start=8):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    wb.save(path)
    return path


@pytest.fixture
def table(tmp_path):
    return mp.load_table(rpjmd_table(tmp_path / "rpjmd.xlsx"), "IKU")


def test_headers_detected_and_mapping_proposed(table):
    first, last = mp.detect_header(table.grid)
    assert (first, last) == (3, 5)                 # rows 4-5 and the numbering row 6
    headers = mp.column_headers(table.grid, first, last)
    assert headers[5] == "Target Kinerja Tahun 2021"
    mapping = mp.propose_mapping(headers)
    assert [mapping[c] for c in range(16)] == [
        "ignore", "code", "indicator", "unit", "baseline", "target:2021", "target:2022", "target:2023",
        "target:2024", "target:2025", "target:2026", "end_target", "definition", "data_source", "frequency",
        "agency"]


def test_rows_read_with_indonesian_numbers(table):
    first, last = mp.detect_header(table.grid)
    rows = mp.read_rows(table, last, mp.propose_mapping(mp.column_headers(table.grid, first, last)))
    assert [r.row for r in rows] == [8, 9, 10, 11]          # the merged goal band is skipped
    aki = rows[0].values
    assert aki["baseline"] == Decimal("120.5") and aki["targets"][2022] == Decimal("115.25")
    assert rows[2].values["targets"][2021] == Decimal(13000) and 2023 not in rows[2].values["targets"]  # '-'
    assert rows[1].values["targets"][2026] == Decimal("4.6")
    assert rows[3].problems and "kolom Target 2022 (G11): 'naik' bukan angka" in rows[3].problems[0]


def test_suggestions():
    assert mp.suggest_polarity("Angka Kematian Ibu") == "negative"
    assert mp.suggest_polarity("Tingkat Pengangguran Terbuka") == "negative"
    assert mp.suggest_polarity("Prevalensi stunting balita") == "negative"
    assert mp.suggest_polarity("Indeks Pembangunan Manusia") == "positive"
    assert mp.suggest_aggregation("Jumlah wisatawan", "orang") == "sum"
    assert mp.suggest_aggregation("Indeks Kepuasan Masyarakat", "indeks") == "last"


def _choice(table):
    first, last = mp.detect_header(table.grid)
    headers = mp.column_headers(table.grid, first, last)
    return first, last, headers, MappingChoice(mp.propose_mapping(headers), "objective", "S1.1", default_opd="DINA")


def test_preview_and_import_into_an_objective(db, table):
    first, last, headers, choice = _choice(table)
    choice.overrides[10] = {"agregasi": "last"}          # the planner changes a suggestion
    before = table_dump(db)
    preview, _ = preview_mapping(db, table, last, choice)
    assert table_dump(db) == before
    rejected = {r.row for r in preview.rejected}
    assert rejected == {11}
    assert any("Lembar 'IKU' baris 11" in reason for r in preview.rejected for reason in r.reasons)
    with pytest.raises(MasterDataRefused):
        apply_mapping(db, preview, PLANNER, headers, "IKU", first, last, choice.mapping)
    assert table_dump(db) == before
    result = apply_mapping(db, preview, PLANNER, headers, "IKU", first, last, choice.mapping,
                           excluded=excluded_rows({11}))
    assert result.new == 3 + 6 + 6 + 5          # 3 indicators and their yearly target rows
    rows = {r[0]: r[1:] for r in db.execute(
        "SELECT i.code, i.name, i.polarity, i.aggregation, a.code, i.node_type, i.objective_id, i.baseline, "
        "e.value FROM indicator i JOIN agency a ON a.id = i.agency_id "
        "LEFT JOIN end_target e ON e.indicator_id = i.id WHERE i.code LIKE 'IKU-%'")}
    assert rows["IKU-01"] == ("Angka Kematian Ibu", "negative", "last", "DINA", "objective", 1, "120.5", "105")
    assert rows["IKU-02"][1:4] == ("negative", "last", "DINB")
    assert rows["IKU-03"][1:4] == ("positive", "last", "DINB")
    assert "IKU-04" not in rows
    target = db.execute("SELECT value FROM target t JOIN indicator i ON i.id = t.indicator_id "
                        "WHERE i.code = 'IKU-01' AND year = 2022 AND quarter = 0").fetchone()[0]
    assert target == "115.25"
    assert db.execute("SELECT count(*) FROM audit_log WHERE source = 'master'").fetchone()[0] > 0
    saved = remembered(db, headers)
    assert saved["columns"] == choice.mapping and saved["first"] == first


def test_reimport_changes_nothing_and_program_node_takes_its_opd(db, table):
    first, last, headers, _ = _choice(table)
    choice = MappingChoice(mp.propose_mapping(headers), "program", "1.03.10", node_opd="DINB")
    preview, _ = preview_mapping(db, table, last, choice)
    apply_mapping(db, preview, PLANNER, headers, "IKU", first, last, choice.mapping, excluded_rows({11}))
    agencies = {a for (a,) in db.execute("SELECT DISTINCT agency_id FROM indicator WHERE code LIKE 'IKU-%'")}
    assert agencies == {2}
    again, _ = preview_mapping(db, table, last, choice)
    assert not [r for r in again.changes if r.row != 11]


def test_unknown_opd_is_a_reason(db, table):
    first, last, headers, choice = _choice(table)
    choice.mapping = {**choice.mapping}
    table.grid[7][15] = "Dinas Pariwisata"
    preview, _ = preview_mapping(db, table, last, choice)
    reasons = [reason for r in preview.rejected for reason in r.reasons]
    assert any("'Dinas Pariwisata' tidak dikenali sebagai OPD" in reason for reason in reasons)
