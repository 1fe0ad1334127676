"""The realisations as a flat list (for `kinerja values`): one row per reported quarter, with the
annual target and the achievement as of that quarter from services.evaluation (the one calculation)."""
from __future__ import annotations

from collections import defaultdict

import sqlite_utils

from kinerja_desktop.domain.numbers import to_text
from kinerja_desktop.services.evaluation import evaluate_quarter
from kinerja_desktop.store import repositories as repo


def list_values(db: sqlite_utils.Database, agency_id: int | None = None, year: int | None = None,
                quarter: int | None = None) -> list[dict[str, object]]:
    """Rows ordered by OPD, indicator code, year and quarter. Values are canonical decimal text
    ('1234.5'); capaian has 2 places, '' when it cannot be computed (e.g. a zero target) or
    the indicator is retired."""
    where, params = [], []
    if agency_id is not None:
        where.append("i.agency_id = ?")
        params.append(agency_id)
    if year is not None:
        where.append("r.year = ?")
        params.append(year)
    if quarter is not None:
        where.append("r.quarter = ?")
        params.append(quarter)
    if repo.period_id(db) is not None:   # several periods: the default one (of the year), as the list does
        where.append("i.plan_id = ?")
        params.append(repo.load_plan(db, year=year).id)
    sql = ("SELECT r.indicator_id, r.year, r.quarter, r.value, r.note FROM realisation r "
           "JOIN indicator i ON i.id = r.indicator_id" + (" WHERE " + " AND ".join(where) if where else ""))
    by_period: dict[tuple[int, int], list[tuple]] = defaultdict(list)
    for row in db.execute(sql, params):
        by_period[row[1], row[2]].append(row)
    if not by_period:
        return []
    plan = repo.load_plan(db)
    agencies = {a.id: a.code for a in repo.load_agencies(db)}
    indicators = {i.id: i for i in repo.load_indicators(db, agency_id=agency_id, include_retired=True)}
    order = {ind_id: n for n, ind_id in enumerate(
        sorted(indicators, key=lambda i: (agencies[indicators[i].agency_id], indicators[i].code, i)))}
    keyed: list[tuple[int, int, int, dict[str, object]]] = []
    for y in sorted({y for y, _ in by_period}):
        year_values = repo.load_year_values(db, y, agency_id=agency_id)
        for q in sorted(q for yy, q in by_period if yy == y):
            period_rows = by_period[y, q]
            # Evaluate only the indicators reported in this quarter: one evaluation per row.
            wanted = [indicators[r[0]] for r in period_rows if not indicators[r[0]].retired]
            results = {r.indicator.id: r for r in evaluate_quarter(
                db, y, q, agency_id, plan, indicators=wanted, values=year_values)}
            for indicator_id, _, _, value, note in period_rows:
                ind, result = indicators[indicator_id], results.get(indicator_id)
                ev = result.evaluation if result else None
                annual = year_values[indicator_id].annual_target if indicator_id in year_values else None
                keyed.append((order[indicator_id], y, q, {
                    "opd": agencies[ind.agency_id],
                    "indikator": ind.code,
                    "nama": ind.name,
                    "satuan": ind.unit,
                    "tahun": y,
                    "triwulan": q,
                    "nilai": value,
                    "target": to_text(annual) or "",
                    "capaian": "" if ev is None or ev.achievement is None else f"{ev.achievement:.2f}",
                    "predikat": "" if ev is None or ev.rating is None else ev.rating.label,
                    "catatan": note,
                }))
    keyed.sort(key=lambda k: k[:3])
    return [k[3] for k in keyed]
