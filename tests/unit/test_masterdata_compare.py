"""The comparison of a master-data row with its stored twin: the quick path for an unchanged row
(issue 14) answers exactly as the field-by-field rule, and a row keeps the key it was written with."""
from __future__ import annotations

from decimal import Decimal

import pytest

from kinerja_desktop.exchange.masterdata_read import SheetRow
from kinerja_desktop.services.masterdata_preview import build_preview

STORED = {"Tujuan": [{"kode": "T1", "nama": "Meningkatkan mutu", "urutan": 1}]}


def _compare(**written):
    values = {"kode": "T1", "nama": "Meningkatkan mutu", "urutan": 1} | written
    preview = build_preview(STORED, {}, range(2021, 2027), {"Tujuan": [SheetRow("Tujuan", 2, values)]}, "m.xlsx")
    (row,) = preview.rows
    return row


def test_the_same_row_is_unchanged():
    row = _compare()
    assert (row.status, row.changes, row.label) == ("unchanged", [], "T1")


@pytest.mark.parametrize("written, shown", [
    ({"nama": "Meningkatkan mutu pendidikan"}, "Meningkatkan mutu \u2192 Meningkatkan mutu pendidikan"),
    ({"urutan": 2}, "1 \u2192 2"),
    ({"urutan": 1.0}, "1 \u2192 1.0"),           # equal by ==, another type: the old rule decides
    ({"urutan": True}, "1 \u2192 True"),
    ({"urutan": None}, "1 \u2192 (kosong)"),
])
def test_a_difference_of_value_or_type_is_a_change(written, shown):
    row = _compare(**written)
    assert row.status == "changed" and any(shown in c for c in row.changes), row.changes


def test_a_decimal_equal_to_the_stored_text_is_no_change():
    stored = {"Anggaran": [{"opd": "DINKES", "tingkat": "program", "kode": "1.02.01", "tahun": 2026,
                            "pagu": Decimal("1500000.00")}]}
    written = {"opd": "DINKES", "tingkat": "program", "kode": "1.02.01", "tahun": 2026, "pagu": Decimal("1500000")}
    preview = build_preview(stored | {"Program": [{"opd": "DINKES", "kode": "1.02.01", "sasaran": "S1"}]},
                            {"dinkes": "DINKES"}, range(2021, 2027),
                            {"Anggaran": [SheetRow("Anggaran", 2, written)]}, "m.xlsx")
    (row,) = preview.rows
    assert (row.status, row.label) == ("unchanged", "DINKES / program / 1.02.01 / 2026"), row.reasons
