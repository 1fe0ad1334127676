"""Plain data objects passed between the store, the services and the UI."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from kinerja_desktop.domain.achievement import DEFAULT_BANDS, RatingBand

NODE_TYPES = ("goal", "objective", "program", "activity", "sub_activity")
QUARTER_LABELS = {1: "TW I", 2: "TW II", 3: "TW III", 4: "TW IV"}


@dataclass(frozen=True)
class Plan:
    id: int
    name: str
    region_name: str
    region_code: str
    province: str
    start_year: int
    end_year: int
    negative_formula: str = "2-R/T"
    bands: tuple[RatingBand, ...] = DEFAULT_BANDS
    kind: str = "RPJMD"              # RPJMD or RPD (a transition plan)
    previous_id: int | None = None   # the period this one was made from

    @property
    def years(self) -> range:
        return range(self.start_year, self.end_year + 1)

    def holds(self, year: int) -> bool:
        return self.start_year <= year <= self.end_year

    @property
    def label(self) -> str:
        return period_label(self.name, self.start_year, self.end_year)


def period_label(name: str, start_year: int, end_year: int) -> str:
    """A plan period as a heading names it: 'RPJMD 2021-2026', its years added only when its name
    does not already say them ('RPD (2025-2026)')."""
    if any(f"{start_year}{dash}{end_year}" in name for dash in "-\u2013"):
        return name
    return f"{name} ({start_year}-{end_year})"


@dataclass(frozen=True)
class Agency:
    id: int
    code: str
    name: str
    bidang: tuple[str, ...] = ()


@dataclass(frozen=True)
class Node:
    """A goal, objective, program, activity or sub-activity of the plan tree."""
    id: int
    node_type: str
    code: str
    name: str
    parent_id: int | None      # id of the parent node (in the parent's table), None for a goal
    agency_id: int | None = None


class Indicator(NamedTuple):
    """A named tuple, not a dataclass: a province's 40,000 indicators are made on every cold
    evaluation, and a tuple is made four times faster than an instance dict (issue 14).
    Immutable and equal field by field, as the frozen dataclass was."""
    id: int
    code: str
    name: str
    unit: str
    polarity: str
    aggregation: str
    decimals: int
    allow_negative: bool
    kind: str
    agency_id: int
    node_type: str
    node_id: int
    definition: str = ""
    data_source: str = ""
    baseline: Decimal | None = None
    baseline_year: int | None = None
    retired: bool = False


@dataclass(slots=True)   # 40,000 of them per year read: no instance dict
class YearValues:
    """Targets and realisations of one indicator for one year."""
    annual_target: Decimal | None = None
    quarterly_targets: dict[int, Decimal] = field(default_factory=dict)
    realisations: dict[int, Decimal] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)
    # Stored texts that break the number rule (older version, hand edit), left out of every figure:
    # quarter -> raw text for realisations; 0 (annual) or quarter -> raw text for targets.
    bad_realisations: dict[int, str] = field(default_factory=dict)
    bad_targets: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class User:
    id: int
    username: str
    full_name: str
    role: str
    agency_id: int | None


@dataclass(frozen=True)
class ValueChange:
    """One realisation (and its note) to write; value None = clear (not reported)."""
    indicator_id: int
    quarter: int
    value: Decimal | None
    note: str | None = None   # None = leave the note as it is
