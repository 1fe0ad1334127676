"""Random values typed into a package (the program's writer, filled with openpyxl as a person's
spreadsheet saves it) -> import -> the database holds exactly them. 500 examples in CI;
KINERJA_RELIABILITY_EXAMPLES sets another count."""
from __future__ import annotations

import os
from decimal import Decimal

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.exchange import package_format as fmt
from kinerja_desktop.services.packages import apply_import, preview_import
from kinerja_desktop.store.database import open_database
from tests.fixtures import PLANNER, small_plan
from tests.package_tools import NOTE_COL, ROW_OF, VALUE_COL, issue
from tests.reliability.conftest import FIGURES

EXAMPLES = int(os.environ.get("KINERJA_RELIABILITY_EXAMPLES", "500"))
# DINA's indicators (small plan) and their decimals; S1.1.1 and T1.1 allow 2, K1.1 1, P1.1 0.
DECIMALS = {"K1.1": 1, "P1.1": 0, "S1.1.1": 2, "T1.1": 2}
IDS = {"T1.1": 1, "S1.1.1": 2, "P1.1": 3, "K1.1": 4}
SPENT_COL, SPENT_BUDGET = "J", {"K1.1": 2, "P1.1": 1}     # activity 1 (budget 2), program 1 (budget 1)


def amount(decimals: int, top: int = 10**9):
    return st.integers(0, top * 10**decimals).map(lambda n: Decimal(n).scaleb(-decimals))


# How a person puts a number into a cell: a number cell, or text in either convention.
def typed(value: Decimal, decimals: int, how: str):
    if how == "number":
        return float(value) if value != value.to_integral_value() else int(value)
    if how == "indonesian":
        return format_id(value, decimals)                 # 1.234.567,89
    return format(value, "f")                             # 1234567.89 (only with decimals <= 2 it is unambiguous)


NOTES = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=60).map(str.strip).filter(
    lambda s: not s.startswith("="))


@st.composite
def fillings(draw):
    rows = {}
    for code, decimals in DECIMALS.items():
        value = draw(st.one_of(st.none(), amount(decimals)))
        how = draw(st.sampled_from(["number", "indonesian", "plain"]))
        note = draw(NOTES) if value is not None else ""
        spent = draw(st.one_of(st.none(), amount(0, 7 * 10**8))) if code in SPENT_BUDGET else None
        rows[code] = (value, how, note, spent)
    return rows


def test_random_values_typed_into_a_package_are_exactly_what_the_database_holds(tmp_path):
    path = tmp_path / "pusat.db"
    small_plan(path)[0].close()
    db = open_database(path)
    package = issue(db, tmp_path)
    book = openpyxl.load_workbook(package)     # filled again for each example, like a person would
    sheet = book[fmt.ENTRY_SHEET]
    filled = tmp_path / "isi.xlsx"
    seen = {"examples": 0, "values": 0}

    @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(fillings())
    def round_trip(rows):
        for code, (value, how, note, spent) in rows.items():
            r = ROW_OF[code]
            sheet[f"{VALUE_COL}{r}"] = None if value is None else typed(value, DECIMALS[code], how)
            sheet[f"{NOTE_COL}{r}"] = note or None
            if code in SPENT_BUDGET:
                sheet[f"{SPENT_COL}{r}"] = None if spent is None else int(spent)
        book.save(filled)
        db.conn.execute("BEGIN")       # each example starts from the issued state again
        try:
            preview = preview_import(db, filled)
            assert preview.blocking is None and preview.refused is None, preview.blocking or preview.refused
            rejected = [(r.code, r.reason) for r in preview.rows if r.status == "rejected"]
            assert not rejected, rejected
            apply_import(db, PLANNER, preview)
            stored = {i: (Decimal(v), n) for i, v, n in db.execute(
                "SELECT indicator_id, value, note FROM realisation WHERE year = 2026 AND quarter = 3")}
            spent_now = {b: Decimal(v) for b, v in db.execute("SELECT budget_id, spent FROM spending WHERE quarter = 3")}
        finally:
            db.conn.execute("ROLLBACK")
        assert stored == {IDS[c]: (v, n) for c, (v, _, n, _) in rows.items() if v is not None}
        assert spent_now == {SPENT_BUDGET[c]: s for c, (_, _, _, s) in rows.items() if s is not None}
        seen["examples"] += 1
        seen["values"] += len(stored) + len(spent_now)

    round_trip()
    db.close()
    FIGURES.append(f"package round trip: {seen['examples']} examples, {seen['values']} values typed and "
                   "imported, all held exactly")
