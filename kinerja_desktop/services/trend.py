"""The history of one indicator for the trend chart: each year's target and realisation (the
year's realisation by the same rule as the evaluation), the end-of-plan target, the baseline,
and the quarters of the chosen year. An indicator carried from an earlier period (indicator_link)
shows that history too: the years before its period come from the indicator it was carried
from, evaluated by that period's rules, with the boundary between the periods marked."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import sqlite_utils

from kinerja_desktop.domain.achievement import Evaluation, evaluate
from kinerja_desktop.domain.entities import Indicator, Plan, YearValues
from kinerja_desktop.store import repositories as repo


@dataclass(frozen=True)
class Boundary:
    """Where an indicator's history passes into a later period: the period's first year shown."""
    year: int
    name: str           # the later period, e.g. 'RPJMD 2025-2029'
    change_note: str    # the change of definition or unit written when it was carried


@dataclass(frozen=True)
class Segment:
    """A stretch of an indicator's history: the indicator of one period over the years it covers."""
    plan: Plan
    indicator_id: int
    years: tuple[int, ...]
    change_note: str    # of the carry into the next segment ('' for the last)


def carried_history(db: sqlite_utils.Database, plan: Plan, indicator_id: int) -> list[Segment]:
    """The indicator's segments, oldest first: each earlier period up to the year before the next
    one starts, then the indicator's own period (`plan`) whole."""
    from kinerja_desktop.store.period_copy import link_chain_back

    segments = [Segment(plan, indicator_id, tuple(plan.years), "")]
    plans = {p.id: p for p in repo.load_plans(db)}
    for old_id, old_plan_id, note in link_chain_back(db, indicator_id):
        old_plan = plans.get(old_plan_id)
        first = segments[0].years[0] if segments[0].years else plan.start_year
        if old_plan is None or old_plan.start_year >= first:
            break   # a link that does not go back in time is not history
        years = tuple(range(old_plan.start_year, min(old_plan.end_year, first - 1) + 1))
        segments.insert(0, Segment(old_plan, old_id, years, note))
    return segments


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
    boundaries: tuple[Boundary, ...] = ()            # earlier periods' years come first in `years`

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
    segments = carried_history(db, plan, indicator_id)
    boundaries = tuple(Boundary(later.years[0], later.plan.name, earlier.change_note)
                       for earlier, later in zip(segments, segments[1:]) if later.years)
    for segment in segments:
        seg_plan, seg_id = segment.plan, segment.indicator_id
        seg_indicator = indicator if seg_id == indicator_id else (repo.load_indicator(db, seg_id) or indicator)
        for y in segment.years:
            values = repo.load_year_values(db, y, indicator_ids=[seg_id]).get(seg_id, YearValues())
            as_of = quarter if y == year else 4
            ev = evaluate(seg_indicator.polarity, seg_indicator.aggregation, values.annual_target,
                          values.quarterly_targets, values.realisations, as_of, seg_plan.negative_formula,
                          seg_plan.bands)
            targets[y] = values.annual_target
            reals[y] = ev.realisation if y <= year else None
            if y == year and seg_id == indicator_id:
                current, evaluation = values, ev
    if evaluation is None:   # a year outside the plan
        values = repo.load_year_values(db, year, indicator_ids=[indicator_id]).get(indicator_id, YearValues())
        evaluation = evaluate(indicator.polarity, indicator.aggregation, values.annual_target,
                              values.quarterly_targets, values.realisations, quarter, plan.negative_formula, plan.bands)
        current = values
    row = db.execute("SELECT value FROM end_target WHERE indicator_id = ?", [indicator_id]).fetchone()
    end = Decimal(row[0]) if row else None
    return TrendFigures(indicator, year, quarter, tuple(sorted(targets)), targets, reals, end, current, evaluation,
                        boundaries)
