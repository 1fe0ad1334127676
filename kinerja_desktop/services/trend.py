"""The history of one indicator for the trend chart: each year's target and realisation (the
year's realisation by the same rule as the evaluation), the end-of-plan target, the baseline,
and the quarters of the chosen year."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import sqlite_utils

from kinerja_desktop.domain.achievement import Evaluation, evaluate
from kinerja_desktop.domain.entities import Indicator, Plan, YearValues
from kinerja_desktop.store import repositories as repo


@dataclass(frozen=True)
class TrendFigures:
    indicator: Indicator
    year: int
    quarter: int
    years: tuple[int, ...]
    yearly_target: dict[int, Decimal | None]
    yearly_realisation: dict[int, Decimal | None]   # chosen year: as of the chosen quarter
    end_target: Decimal | None
    current: YearValues                              # the chosen year's targets and quarters
    evaluation: Evaluation                           # the chosen year as of the chosen quarter

    @property
    def lower_is_better(self) -> bool:
        return self.indicator.polarity == "negative"


def indicator_trend(db: sqlite_utils.Database, plan: Plan, indicator_id: int, year: int, quarter: int) -> TrendFigures | None:
    indicator = repo.load_indicator(db, indicator_id)
    if indicator is None:
        return None
    targets: dict[int, Decimal | None] = {}
    reals: dict[int, Decimal | None] = {}
    current = YearValues()
    evaluation = None
    for y in plan.years:
        values = repo.load_year_values(db, y, indicator_ids=[indicator_id]).get(indicator_id, YearValues())
        as_of = quarter if y == year else 4
        ev = evaluate(indicator.polarity, indicator.aggregation, values.annual_target, values.quarterly_targets,
                      values.realisations, as_of, plan.negative_formula, plan.bands)
        targets[y] = values.annual_target
        reals[y] = ev.realisation if y <= year else None
        if y == year:
            current, evaluation = values, ev
    if evaluation is None:   # a year outside the plan
        values = repo.load_year_values(db, year, indicator_ids=[indicator_id]).get(indicator_id, YearValues())
        evaluation = evaluate(indicator.polarity, indicator.aggregation, values.annual_target,
                              values.quarterly_targets, values.realisations, quarter, plan.negative_formula, plan.bands)
        current = values
    row = db.execute("SELECT value FROM end_target WHERE indicator_id = ?", [indicator_id]).fetchone()
    end = Decimal(row[0]) if row else None
    return TrendFigures(indicator, year, quarter, tuple(plan.years), targets, reals, end, current, evaluation)
