"""The number rule on the master-data workbook and on the column-mapping plan import: a cell of
1e30, 1e308, a 400-digit text or a 26-digit value is a rejected row naming sheet, row and column;
nothing is written."""
from __future__ import annotations

import openpyxl
import pytest

from kinerja_desktop.exchange import mapping as mp
from kinerja_desktop.services.masterdata import MasterDataRefused, apply_masterdata, export_masterdata, preview_masterdata
from kinerja_desktop.services.masterdata_mapping import MappingChoice, apply_mapping, preview_mapping
from tests.fixtures import PLANNER
from tests.unit.test_mapping_import import rpjmd_table
from tests.unit.test_masterdata_roundtrip import table_dump

BAD = {"1e30": 1e30, "1e308": 1e308, "400 digits": "9" * 400, "26 digits": "12345678901234567890123456",
       "16 significant digits": "1234567,890123456"}


@pytest.mark.parametrize("value", BAD.values(), ids=BAD.keys())
def test_masterdata_target_out_of_range_is_refused_with_its_place(db, tmp_path, value):
    path = export_masterdata(db, tmp_path / "induk.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["Target"].cell(2, 5, value)
    wb.save(path)
    before = table_dump(db)
    preview = preview_masterdata(db, path)
    reasons = [reason for r in preview.rejected for reason in r.reasons]
    assert any("Lembar 'Target' baris 2: kolom 'Target tahunan' (E2)" in reason
               and ("10^15" in reason or "angka penting" in reason) for reason in reasons), reasons
    with pytest.raises(MasterDataRefused):
        apply_masterdata(db, preview, PLANNER)
    assert table_dump(db) == before


@pytest.mark.parametrize("value", BAD.values(), ids=BAD.keys())
def test_mapping_import_out_of_range_is_refused_with_its_place(db, tmp_path, value):
    path = rpjmd_table(tmp_path / "rpjmd.xlsx")
    wb = openpyxl.load_workbook(path)
    wb["IKU"]["G8"] = value          # IKU-01, target 2022
    wb.save(path)
    table = mp.load_table(path, "IKU")
    first, last = mp.detect_header(table.grid)
    headers = mp.column_headers(table.grid, first, last)
    choice = MappingChoice(mp.propose_mapping(headers), "objective", "S1.1", default_opd="DINA")
    before = table_dump(db)
    preview, _ = preview_mapping(db, table, last, choice)
    reasons = [reason for r in preview.rejected if r.row == 8 for reason in r.reasons]
    assert any("Lembar 'IKU' baris 8" in reason and "(G8)" in reason
               and ("10^15" in reason or "angka penting" in reason) for reason in reasons), reasons
    with pytest.raises(MasterDataRefused):
        apply_mapping(db, preview, PLANNER, headers, "IKU", first, last, choice.mapping)
    assert table_dump(db) == before
