"""Raw baseline of `services.evaluation.evaluate_quarter`: the same rows by SQL (the active
indicators, the year's targets and realisations) and the capaian rule in scaled integers
(micro-units) with half-up rounding to the cent, nothing cached between calls.

Used by bench.bench_evaluation, in the same process and the same minutes as the program.
"""
from __future__ import annotations

import sqlite3

SCALE = 6   # decimals kept; the demo's values have at most 4


def scaled(text: str) -> int:
    """'12.5' -> 12_500_000 (micro-units)."""
    whole, _, frac = text.partition(".")
    return int(whole + (frac + "000000")[:SCALE])


def half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half up (away from zero), both signs."""
    q, r = divmod(abs(numerator), abs(denominator))
    if 2 * r >= abs(denominator):
        q += 1
    return q if (numerator >= 0) == (denominator >= 0) else -q


# The first plan period's indicators (the period the program's default plan is), as the program:
# a database holds several periods since issue 13.
FIRST_PERIOD = "(SELECT id FROM plan ORDER BY start_year, id LIMIT 1)"
INDICATORS = ("SELECT id, polarity, aggregation FROM indicator WHERE retired_at IS NULL AND plan_id = "
              f"{FIRST_PERIOD} ORDER BY code, id")
# The floor's variant: every column the program returns of an indicator (names, definitions …).
INDICATORS_ALL_COLUMNS = ("SELECT i.id, i.polarity, i.aggregation, i.code, i.name, i.unit, i.decimals, i.allow_negative,"
                          " i.kind, i.agency_id, i.node_type, coalesce(i.goal_id, i.objective_id, i.program_id,"
                          " i.activity_id, i.sub_activity_id), i.definition, i.data_source, i.baseline,"
                          f" i.baseline_year FROM indicator i WHERE i.retired_at IS NULL AND i.plan_id = {FIRST_PERIOD}"
                          " ORDER BY i.code, i.id")


def evaluate_quarter_raw(con: sqlite3.Connection, year: int, quarter: int, negative_formula: str,
                         bounds: list[tuple[str, int | None]], indicators_sql: str = INDICATORS,
                         indicators: list[tuple] | None = None) -> list[tuple]:
    """(indicator id, realisation, target, achievement in cents, band) of every active indicator.
    `indicators`: the rows of `indicators_sql` read once before (a plan kept in memory)."""
    annual: dict[int, int] = {}
    quarterly: dict[int, dict[int, int]] = {}
    for ind, q, value in con.execute("SELECT indicator_id, quarter, value FROM target WHERE year = ?", [year]):
        if q == 0:
            annual[ind] = scaled(value)
        else:
            quarterly.setdefault(ind, {})[q] = scaled(value)
    real: dict[int, dict[int, int]] = {}
    for ind, q, value in con.execute("SELECT indicator_id, quarter, value FROM realisation WHERE year = ?", [year]):
        real.setdefault(ind, {})[q] = scaled(value)
    out = []
    for ind, polarity, aggregation, *_ in (con.execute(indicators_sql) if indicators is None else indicators):
        values = real.get(ind, {})
        quarters = [q for q in range(1, quarter + 1) if q in values]
        if not quarters:
            out.append((ind, None, None, None, None))
            continue
        n = 1
        if aggregation == "sum":
            r = sum(values[q] for q in quarters)
        elif aggregation == "last":
            r = values[quarters[-1]]
        else:
            r, n = sum(values[q] for q in quarters), len(quarters)   # mean: r / n
        qt = quarterly.get(ind)
        t = annual.get(ind)
        if qt:
            if aggregation == "sum":
                needed = [qt.get(q) for q in range(1, max(quarters[-1], quarter) + 1)]
                t = sum(needed) if None not in needed else t
            elif aggregation == "last":
                t = qt.get(quarters[-1], t)
            else:
                needed = [qt.get(q) for q in quarters]
                if None not in needed:   # mean target: sum / len, compared as r*len / (n*sum)
                    r, t = r * len(needed), sum(needed) * n
                    n = 1
        if t is None:
            out.append((ind, r, None, None, None))
            continue
        t *= n
        if t == 0:
            cents = 10000 if r == 0 else (0 if polarity == "negative" else None)
        elif polarity == "positive":
            cents = half_up(r * 10000, t)
        elif r == 0:
            cents = 20000
        elif negative_formula == "2-R/T":
            cents = half_up(20000 * t - r * 10000, t)
        else:
            cents = half_up(t * 10000, r)
        if cents is not None and cents < 0:
            cents = 0
        band = None
        if cents is not None:
            for label, lower in bounds:
                if lower is None or cents >= lower:
                    band = label
                    break
        out.append((ind, r, t, cents, band))
    return out


def bands_in_cents(con: sqlite3.Connection) -> tuple[str, list[tuple[str, int | None]]]:
    formula, plan_id = con.execute(f"SELECT negative_formula, id FROM plan WHERE id = {FIRST_PERIOD}").fetchone()
    bounds = [(label, None if lower is None else scaled(lower) // 10 ** (SCALE - 2))
              for label, lower in con.execute(
                  "SELECT label, lower_bound FROM rating_band WHERE plan_id = ? ORDER BY position", [plan_id])]
    return formula, bounds
