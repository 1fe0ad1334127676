"""Stored numbers that break the number rule (15 significant digits, below 10^15): left by an
older version or a hand edit. `kinerja check` names each one; every reader skips them."""
from __future__ import annotations

from dataclasses import dataclass

import sqlite3

import sqlite_utils

from kinerja_desktop.domain.numbers import number_problem, shown_text, stored_number

# (what, SQL returning: raw text, indicator code, OPD code, year, quarter); quarter 0 = the year.
_SOURCES = (
    ("realisasi", "SELECT r.value, i.code, a.code, r.year, r.quarter FROM realisation r "
                  "JOIN indicator i ON i.id = r.indicator_id JOIN agency a ON a.id = i.agency_id"),
    ("target", "SELECT t.value, i.code, a.code, t.year, t.quarter FROM target t "
               "JOIN indicator i ON i.id = t.indicator_id JOIN agency a ON a.id = i.agency_id"),
    ("target akhir periode", "SELECT e.value, i.code, a.code, NULL, NULL FROM end_target e "
                             "JOIN indicator i ON i.id = e.indicator_id JOIN agency a ON a.id = i.agency_id"),
    ("baseline", "SELECT i.baseline, i.code, a.code, i.baseline_year, NULL FROM indicator i "
                 "JOIN agency a ON a.id = i.agency_id WHERE i.baseline IS NOT NULL"),
    ("pagu", "SELECT b.pagu, coalesce(p.code, ac.code, s.code), '', b.year, NULL FROM budget b "
             "LEFT JOIN program p ON p.id = b.program_id LEFT JOIN activity ac ON ac.id = b.activity_id "
             "LEFT JOIN sub_activity s ON s.id = b.sub_activity_id"),
    ("realisasi anggaran", "SELECT sp.spent, coalesce(p.code, ac.code, s.code), '', b.year, sp.quarter "
                           "FROM spending sp JOIN budget b ON b.id = sp.budget_id "
                           "LEFT JOIN program p ON p.id = b.program_id LEFT JOIN activity ac ON ac.id = b.activity_id "
                           "LEFT JOIN sub_activity s ON s.id = b.sub_activity_id"),
)


@dataclass(frozen=True)
class BadNumber:
    what: str            # realisasi, target, pagu ...
    code: str            # indicator (or node, for budgets) code
    agency: str          # OPD code ('' for budgets: the node's code says where)
    year: int | None
    quarter: int | None  # 0 or None: the year as a whole
    raw: str

    def describe(self) -> str:
        """Indonesian: what, where, the stored text (cut when very long) and why it is refused."""
        where = f"{self.what} {self.code}" + (f" (OPD {self.agency})" if self.agency else "")
        if self.year is not None:
            where += f" tahun {self.year}"
        if self.quarter:
            where += f" triwulan {self.quarter}"
        problem = number_problem(self.raw)
        return f"{where}: '{shown_text(self.raw)}' {problem}"


def bad_numbers(db: sqlite_utils.Database) -> list[BadNumber]:
    """Every stored number outside the rule, in table order."""
    out: list[BadNumber] = []
    verdict: dict[str, bool] = {}     # a large plan repeats few distinct texts
    for what, sql in _SOURCES:
        try:
            rows = db.execute(sql).fetchall()
        except sqlite3.OperationalError:   # an older schema without this table or column
            continue
        for raw, code, agency, year, quarter in rows:
            text = str(raw)
            ok = verdict.get(text)
            if ok is None:
                ok = verdict[text] = stored_number(text) is not None
            if not ok:
                out.append(BadNumber(what, code or "?", agency or "", year, quarter, text))
    return out
