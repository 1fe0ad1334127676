"""The number rule on the master-data workbook and on the column-mapping plan import: a cell of
1e30, 1e308, a 400-digit text or a 26-digit value is a rejected row naming sheet, row and column;
nothing is written."""
from __future__ import annotations

import openpyxl
import pytest

from kinerja_desktop.services.masterdata import MasterDataRefused, apply_masterdata, export_masterdata, preview_masterdata
from tests.fixtures import PLANNER
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
