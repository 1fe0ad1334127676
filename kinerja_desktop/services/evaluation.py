"""The computed figures of one year and quarter: the one calculation that the tree, the
entry form, the report, the charts and the slides all read (never a second one)."""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

import sqlite_utils

from kinerja_desktop.domain.achievement import Evaluation, achievement, evaluate, rating, to_date
from kinerja_desktop.domain.entities import Indicator, Plan, YearValues
from kinerja_desktop.domain.numbers import round_half_up
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.history import iter_annual_realisations


class IndicatorResult(NamedTuple):
    """A named tuple: one per indicator on every evaluation (issue 14)."""
    indicator: Indicator
    year: int
    quarter: int
    values: YearValues
    evaluation: Evaluation




@dataclass(frozen=True)
class ToDate:
    """The RPJMD 'to date' columns: realisation of the plan so far against the end target."""
    realisation_before: Decimal | None   # up to last year
    realisation: Decimal | None          # including this year
    end_target: Decimal | None
    achievement: Decimal | None


_gc_lock = threading.Lock()
_gc = {"pauses": 0, "resume": False}


@contextmanager
def gc_paused():
    """The cyclic garbage collector off while tens of thousands of (acyclic) results are made:
    its repeated passes over them made a province's evaluation grow faster than linearly
    (issue 14). Nested and threaded uses are counted; the last one out turns it back on (if it
    was on when the first came in)."""
    with _gc_lock:
        if _gc["pauses"] == 0:
            _gc["resume"] = gc.isenabled()
            gc.disable()
        _gc["pauses"] += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc["pauses"] -= 1
            if _gc["pauses"] == 0 and _gc["resume"]:
                gc.enable()


def evaluate_quarter(
    db: sqlite_utils.Database,
    year: int,
    quarter: int,
    agency_id: int | None = None,
    plan: Plan | None = None,
    *,
    indicators: list[Indicator] | None = None,
    values: dict[int, YearValues] | None = None,
) -> list[IndicatorResult]:
    """Achievement of every active indicator (or one OPD's) for `year` as of `quarter`.

    A caller evaluating several quarters may pass the indicators and the year's values it has
    already loaded (repositories.load_indicators / load_year_values) to avoid reading them again.
    """
    with gc_paused():
        plan = plan or repo.load_plan(db, year=year)   # the plan's period: its own indicators
        if indicators is None:
            indicators = repo.load_indicators(db, agency_id=agency_id, plan_id=plan.id)
        if values is None:
            values = repo.load_year_values(db, year, agency_id=agency_id)
        formula, bands = plan.negative_formula, plan.bands
        empty = YearValues()
        get = values.get
        new, cls = tuple.__new__, IndicatorResult   # without NamedTuple's own __new__ (a Python call)
        results = []
        append = results.append
        for ind in indicators:
            v = get(ind.id, empty)
            append(new(cls, (ind, year, quarter, v, evaluate(ind.polarity, ind.aggregation, v.annual_target,
                                                             v.quarterly_targets, v.realisations, quarter,
                                                             formula, bands))))
        return results


def to_date_figures(
    db: sqlite_utils.Database, results: list[IndicatorResult], plan: Plan | None = None
) -> dict[int, ToDate]:
    """Multi-year figures for the evaluation table, per indicator id."""
    plan = plan or repo.load_plan(db)
    end_targets = repo.load_end_targets(db)
    by_id = {r.indicator.id: r for r in results}
    figures = {}
    # Streamed one indicator at a time (store.history): the whole history of a province's plan
    # held at once was the report's peak memory.
    for ind_id, history in iter_annual_realisations(db, by_id):
        figures[ind_id] = _to_date(by_id[ind_id], history, end_targets, plan)
    for ind_id, r in by_id.items():
        if ind_id not in figures:
            figures[ind_id] = _to_date(r, {}, end_targets, plan)
    return {r.indicator.id: figures[r.indicator.id] for r in results}


def _to_date(r: IndicatorResult, history: dict, end_targets: dict, plan: Plan) -> ToDate:
    ind = r.indicator
    yearly = {}
    for y, quarters in history.items():
        if y < plan.start_year or y >= r.year:
            continue
        yearly[y] = evaluate(ind.polarity, ind.aggregation, None, {}, quarters, 4).realisation
    before = to_date(ind.aggregation, yearly)
    yearly[r.year] = r.evaluation.realisation
    now = to_date(ind.aggregation, yearly)
    end = end_targets.get(ind.id)
    ach = achievement(ind.polarity, now, end, plan.negative_formula)
    return ToDate(before, now, end, ach)


def band_counts(results: list[IndicatorResult], plan: Plan) -> dict[str, int]:
    """How many indicators fall in each band, plus 'Belum dilaporkan' and 'Tidak dapat dihitung'."""
    counts = {band.label: 0 for band in plan.bands}
    counts["Tidak dapat dihitung"] = 0
    counts["Belum dilaporkan"] = 0
    for r in results:
        ev = r.evaluation
        if not ev.reported:
            counts["Belum dilaporkan"] += 1
        elif ev.rating is None:
            counts["Tidak dapat dihitung"] += 1
        else:
            counts[ev.rating.label] += 1
    return counts


def mean_achievement(results: list[IndicatorResult], plan: Plan) -> tuple[Decimal | None, object]:
    """Average achievement of the computable indicators and its band (for OPD rankings)."""
    values = [r.evaluation.achievement for r in results if r.evaluation.achievement is not None]
    if not values:
        return None, None
    mean = round_half_up(sum(values, Decimal(0)) / len(values))
    return mean, rating(mean, plan.bands)
