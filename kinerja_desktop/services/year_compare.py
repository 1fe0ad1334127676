"""One quarter compared across two years of a plan period ("TW II 2023 dan 2024", issue 13.5).

Each side is the ordinary evaluation of its year as of the quarter (services.evaluation, the one
calculation); this module only sets the two side by side. The direction of an indicator is read
from its realisation and its polarity: a higher realisation is better for a positive indicator,
a lower one for a negative indicator. A side not reported, or whose capaian cannot be computed
(no target, or a zero target on a positive indicator), makes the pair not comparable. Equal
realisations as shown (rounded to the indicator's decimals) are 'tetap'.

Roll-ups (per OPD, sasaran, tujuan and the whole plan) count the directions and give the mean
capaian of each side (services.evaluation.mean_achievement). No Qt, no SQL.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

import sqlite_utils

from kinerja_desktop.domain.achievement import RatingBand
from kinerja_desktop.domain.entities import QUARTER_LABELS, Agency, Indicator, Node, Plan
from kinerja_desktop.domain.numbers import round_half_up
from kinerja_desktop.services.dashboard import ancestry_of
from kinerja_desktop.services.evaluation import IndicatorResult, evaluate_quarter, gc_paused, mean_achievement
from kinerja_desktop.services.plan_period import find_period, periods_text
from kinerja_desktop.store import repositories as repo

IMPROVED, WORSENED, UNCHANGED, NOT_COMPARABLE = "membaik", "memburuk", "tetap", "tidak_dapat_dibandingkan"
DIRECTIONS = (IMPROVED, WORSENED, UNCHANGED, NOT_COMPARABLE)
LABELS = {IMPROVED: "Membaik", WORSENED: "Memburuk", UNCHANGED: "Tetap",
          NOT_COMPARABLE: "Tidak dapat dibandingkan"}
# (fill, text): the good and bad band colours of DESIGN.md, a neutral blue-grey and the
# not-reported grey; the label is always written beside or on the colour.
COLOURS = {IMPROVED: ("#1B7F3B", "#FFFFFF"), WORSENED: ("#D64541", "#FFFFFF"),
           UNCHANGED: ("#90A4AE", "#1A1A1A"), NOT_COMPARABLE: ("#CFD8DC", "#1A1A1A")}
SYMBOLS = {IMPROVED: "\u25B2", WORSENED: "\u25BC", UNCHANGED: "=", NOT_COMPARABLE: "\u2014"}
LEVELS = {"indicator": "Indikator", "agency": "OPD", "objective": "Sasaran", "goal": "Tujuan"}


class CompareRefused(Exception):
    """The comparison cannot be made; the message (Indonesian) says why. usage=True: a wrong request."""

    def __init__(self, message: str, usage: bool = True):
        super().__init__(message)
        self.usage = usage


@dataclass(frozen=True)
class IndicatorChange:
    indicator: Indicator
    agency: Agency | None
    goal_id: int | None
    objective_id: int | None
    a: IndicatorResult                  # the earlier year
    b: IndicatorResult                  # the later year
    realisation_change: Decimal | None  # b - a, in the indicator's unit
    achievement_change: Decimal | None  # b - a, in points of capaian
    direction: str
    reason: str                         # why not comparable (Indonesian), else ""

    @property
    def label(self) -> str:
        return LABELS[self.direction]


@dataclass(frozen=True)
class Rollup:
    level: str            # 'agency' | 'objective' | 'goal' | 'plan'
    key: int | None
    code: str
    name: str
    total: int
    counts: dict          # direction -> number of indicators
    mean_a: Decimal | None
    band_a: RatingBand | None
    mean_b: Decimal | None
    band_b: RatingBand | None

    @property
    def mean_change(self) -> Decimal | None:
        return None if self.mean_a is None or self.mean_b is None else self.mean_b - self.mean_a

    @property
    def direction(self) -> str:
        """Mostly better, mostly worse, balanced, or nothing comparable (by the counts)."""
        up, down = self.counts[IMPROVED], self.counts[WORSENED]
        if up + down + self.counts[UNCHANGED] == 0:
            return NOT_COMPARABLE
        return IMPROVED if up > down else WORSENED if down > up else UNCHANGED


@dataclass(frozen=True)
class YearComparison:
    plan: Plan
    quarter: int
    year_a: int
    year_b: int
    lines: tuple[IndicatorChange, ...]
    agencies: tuple[Agency, ...]
    goals: tuple[Node, ...]
    objectives: tuple[Node, ...]

    @property
    def period(self) -> str:
        return f"{QUARTER_LABELS[self.quarter]} Tahun {self.year_a} dan {self.year_b}"

    @property
    def title(self) -> str:
        return f"Perbandingan Capaian Kinerja {self.period}"

    def scoped(self, agency_id: int | None) -> list[IndicatorChange]:
        return [c for c in self.lines if agency_id is None or c.indicator.agency_id == agency_id]

    def overall(self, agency_id: int | None = None) -> Rollup:
        return _rollup(self.plan, "plan", None, "", self.plan.name, self.scoped(agency_id))

    def rollups(self, level: str, agency_id: int | None = None) -> list[Rollup]:
        """One row per OPD, sasaran or tujuan holding indicators (those under a sasaran or tujuan
        count: programs and activities included), in code order."""
        lines = self.scoped(agency_id)
        if level == "agency":
            groups = [(a.id, a.code, a.name) for a in self.agencies]
            key_of = lambda c: c.indicator.agency_id   # noqa: E731
        elif level in ("objective", "goal"):
            nodes = self.objectives if level == "objective" else self.goals
            groups = [(n.id, n.code, n.name) for n in nodes]
            key_of = (lambda c: c.objective_id) if level == "objective" else (lambda c: c.goal_id)
        else:
            raise ValueError(f"unknown level {level!r}")
        members: dict[int, list[IndicatorChange]] = {}
        for c in lines:
            key = key_of(c)
            if key is not None:
                members.setdefault(key, []).append(c)
        return [_rollup(self.plan, level, key, code, name, members[key]) for key, code, name in groups if key in members]

    def movers(self, agency_id: int | None = None, count: int = 5) -> tuple[list[IndicatorChange], list[IndicatorChange]]:
        """The biggest rises and falls of capaian among the comparable indicators, largest first."""
        moved = [c for c in self.scoped(agency_id) if c.direction != NOT_COMPARABLE and c.achievement_change is not None]
        up = sorted((c for c in moved if c.achievement_change > 0), key=lambda c: (-c.achievement_change, c.indicator.code))
        down = sorted((c for c in moved if c.achievement_change < 0), key=lambda c: (c.achievement_change, c.indicator.code))
        return up[:count], down[:count]


def _rollup(plan: Plan, level: str, key, code: str, name: str, lines: list[IndicatorChange]) -> Rollup:
    counts = {d: 0 for d in DIRECTIONS}
    for c in lines:
        counts[c.direction] += 1
    mean_a, band_a = mean_achievement([c.a for c in lines], plan)
    mean_b, band_b = mean_achievement([c.b for c in lines], plan)
    return Rollup(level, key, code, name, len(lines), counts, mean_a, band_a, mean_b, band_b)


def check_request(plan: Plan, quarter: int, year_a: int, year_b: int) -> tuple[int, int]:
    """The two years, earlier first; CompareRefused (Indonesian) for a request that cannot be met."""
    if quarter not in (1, 2, 3, 4):
        raise CompareRefused(f"Triwulan {quarter} tidak ada; pilih triwulan 1 sampai 4.")
    if year_a == year_b:
        raise CompareRefused(f"Tahun {year_a} tidak dapat dibandingkan dengan dirinya sendiri; pilih dua tahun "
                             "yang berbeda.")
    outside = [y for y in (year_a, year_b) if y not in plan.years]
    if outside:
        years = " dan ".join(str(y) for y in outside)
        raise CompareRefused(f"Tahun {years} di luar periode {plan.name} ({plan.start_year}-{plan.end_year}); "
                             f"kedua tahun harus dalam periode yang dipilih ({plan.start_year} sampai {plan.end_year}).")
    return min(year_a, year_b), max(year_a, year_b)


def compare_years(
    db: sqlite_utils.Database, quarter: int, year_a: int, year_b: int, plan_id: int | None = None,
    agency_id: int | None = None,
) -> YearComparison:
    """Every active indicator of the period (or of one OPD) at `quarter` of both years."""
    plan = _plan(db, plan_id)
    year_a, year_b = check_request(plan, quarter, year_a, year_b)
    with gc_paused():
        indicators = repo.load_indicators(db, agency_id=agency_id, plan_id=plan.id)
        results_a = evaluate_quarter(db, year_a, quarter, agency_id, plan, indicators=indicators)
        results_b = evaluate_quarter(db, year_b, quarter, agency_id, plan, indicators=indicators)
        nodes = repo.load_nodes(db, plan_id=plan.id)
        ancestry = ancestry_of(nodes, indicators)
        agencies = {a.id: a for a in repo.load_agencies(db)}
        lines = tuple(compare_pair(a, b, agencies.get(a.indicator.agency_id), *ancestry.get(a.indicator.id, (None, None)))
                      for a, b in zip(results_a, results_b))
    used = {c.indicator.agency_id for c in lines}
    return YearComparison(
        plan, quarter, year_a, year_b, lines,
        tuple(sorted((a for a in agencies.values() if a.id in used), key=lambda a: a.code)),
        tuple(n for n in nodes if n.node_type == "goal"), tuple(n for n in nodes if n.node_type == "objective"))


def resolve_period(db: sqlite_utils.Database, text: str) -> int:
    """The id of the period named by `text` (its id or its name); CompareRefused otherwise."""
    try:
        return find_period(db, text)
    except LookupError as exc:
        raise CompareRefused(str(exc), usage=False) from None


def _plan(db: sqlite_utils.Database, plan_id: int | None) -> Plan:
    try:
        return repo.load_plan(db, plan_id=plan_id) if plan_id is not None else repo.load_plan(db)
    except LookupError:
        raise CompareRefused(f"Periode rencana {plan_id} tidak ada di basis data ini. "
                             f"Periode yang ada: {periods_text(db)}.", usage=False) from None


def compare_pair(a: IndicatorResult, b: IndicatorResult, agency: Agency | None = None,
                 goal_id: int | None = None, objective_id: int | None = None) -> IndicatorChange:
    """Two evaluations of one indicator set side by side (a: the earlier year)."""
    ind = a.indicator
    ea, eb = a.evaluation, b.evaluation
    real_change = None if not (ea.reported and eb.reported) else eb.realisation - ea.realisation
    ach_change = None if not (ea.computable and eb.computable) else eb.achievement - ea.achievement
    reason = _not_comparable_reason(a, b)
    if reason:
        direction = NOT_COMPARABLE
    else:
        shown_a = round_half_up(ea.realisation, ind.decimals)
        shown_b = round_half_up(eb.realisation, ind.decimals)
        if shown_a == shown_b:
            direction = UNCHANGED
        else:
            better = shown_b > shown_a if ind.polarity == "positive" else shown_b < shown_a
            direction = IMPROVED if better else WORSENED
    return IndicatorChange(ind, agency, goal_id, objective_id, a, b, real_change, ach_change, direction, reason)


def _not_comparable_reason(a: IndicatorResult, b: IndicatorResult) -> str:
    reasons = []
    for side in (a, b):
        ev, when = side.evaluation, f"{QUARTER_LABELS[side.quarter]} {side.year}"
        if not ev.reported:
            reasons.append(f"{when} belum dilaporkan")
        elif not ev.computable:
            why = "target belum ada" if ev.target is None else "target nol"
            reasons.append(f"capaian {when} tidak dapat dihitung ({why})")
    return "; ".join(reasons)


def direction_counts(lines: Iterable[IndicatorChange]) -> dict[str, int]:
    counts = {d: 0 for d in DIRECTIONS}
    for c in lines:
        counts[c.direction] += 1
    return counts
