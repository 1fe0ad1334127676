"""Slides of one quarter compared across two years (issue 13.5), as plain data: the counts of
improved / worsened / unchanged / not comparable indicators, the roll-up per tujuan and per OPD
(counts and the mean capaian of each year), and the biggest rises and falls of capaian.
The text is formatted here (Indonesian); ui/presentation/slides.py paints it. No Qt."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.services.dashboard import BandCount
from kinerja_desktop.services.deck import Slide, _paged, count_id
from kinerja_desktop.services.year_compare import (
    COLOURS, DIRECTIONS, LABELS, SYMBOLS, UNCHANGED, IndicatorChange, Rollup, YearComparison,
)
from kinerja_desktop.services.year_compare_report import signed

ROLLUPS_PER_SLIDE = 6
MOVERS_SHOWN = 5
NOT_COMPUTABLE = ("#9E9E9E", "#1A1A1A")


@dataclass(frozen=True)
class Chip:
    label: str
    colour: str
    text_colour: str


@dataclass(frozen=True)
class RollupLine:
    code: str
    name: str
    counts: tuple[Chip, ...]         # "▲ 421" … in the direction colours, DIRECTIONS order
    detail: str                      # "818 indikator · lebih banyak membaik"
    mean_a: Chip                     # "70,08% · Sedang"
    mean_b: Chip
    change: str                      # "+0,39 poin"


@dataclass(frozen=True)
class MoverLine:
    code: str
    name: str
    agency: str
    before: str                      # "95,71%"
    after: str
    change: Chip                     # "+2,86 poin · Membaik" in the direction's colour
    up: bool


def percent_chip(value: Decimal | None, band) -> Chip:
    if value is None:
        return Chip("\u2014 \u00b7 Tidak dapat dihitung", *NOT_COMPUTABLE)
    if band is None:
        return Chip(f"{format_id(value, 2)}%", *NOT_COMPUTABLE)
    return Chip(f"{format_id(value, 2)}% \u00b7 {band.label}", band.colour, band.text_colour)


def direction_counts_bands(r: Rollup) -> tuple[BandCount, ...]:
    return tuple(BandCount(f"{SYMBOLS[d]} {LABELS[d]}", *COLOURS[d], r.counts[d]) for d in DIRECTIONS)


def rollup_line(r: Rollup) -> RollupLine:
    word = {"membaik": "lebih banyak membaik", "memburuk": "lebih banyak memburuk", UNCHANGED: "seimbang"}
    direction = word.get(r.direction, "tidak ada yang dapat dibandingkan")
    counts = tuple(Chip(f"{SYMBOLS[d]} {count_id(r.counts[d])}", *COLOURS[d]) for d in DIRECTIONS)
    return RollupLine(r.code, r.name, counts, f"{count_id(r.total)} indikator \u00b7 {direction}",
                      percent_chip(r.mean_a, r.band_a), percent_chip(r.mean_b, r.band_b),
                      "\u2014" if r.mean_change is None else f"{signed(r.mean_change)} poin")


def mover_line(c: IndicatorChange, up: bool) -> MoverLine:
    ea, eb = c.a.evaluation, c.b.evaluation
    fill, text = COLOURS[c.direction]
    return MoverLine(c.indicator.code, c.indicator.name, c.agency.code if c.agency else "",
                     f"{format_id(ea.achievement, 2)}%", f"{format_id(eb.achievement, 2)}%",
                     Chip(f"{signed(c.achievement_change)} poin \u00b7 {LABELS[c.direction]}", fill, text), up)


def compare_slides(comparison: YearComparison, agency_id: int | None = None) -> list[Slide]:
    c = comparison
    agency = next((a for a in c.agencies if a.id == agency_id), None)
    scope = f" \u00b7 {agency.name}" if agency else ""
    overall = c.overall(agency_id)
    slides = [Slide("title", "Perbandingan Capaian Kinerja", f"{c.plan.region_name} \u00b7 {c.period}{scope}")]
    mean = (f"Rata-rata capaian {c.year_a}: {percent_chip(overall.mean_a, overall.band_a).label} \u2192 "
            f"{c.year_b}: {percent_chip(overall.mean_b, overall.band_b).label}")
    slides.append(Slide("compare_summary", "Arah Perubahan Capaian",
                        f"{count_id(overall.total)} indikator \u00b7 {mean}", bands=direction_counts_bands(overall)))
    goals = [rollup_line(r) for r in c.rollups("goal", agency_id)]
    slides += _paged("compare_rollup", "Perbandingan per Tujuan", _legend(c), goals, ROLLUPS_PER_SLIDE)
    if agency is None:
        opds = [rollup_line(r) for r in c.rollups("agency")]
        slides += _paged("compare_rollup", "Perbandingan per OPD", _legend(c), opds, ROLLUPS_PER_SLIDE)
    up, down = c.movers(agency_id, MOVERS_SHOWN)
    lines = [mover_line(m, True) for m in up] + [mover_line(m, False) for m in down]
    slides.append(Slide("compare_movers", "Perubahan Capaian Terbesar",
                        f"Indikator yang dapat dibandingkan, selisih capaian {c.year_b} terhadap {c.year_a}",
                        lines=tuple(lines)))
    slides.append(Slide("closing", "Terima kasih", f"{c.plan.region_name} \u00b7 {c.period}"))
    return slides


def _legend(c: YearComparison) -> str:
    words = " \u00b7 ".join(f"{SYMBOLS[d]} {LABELS[d].lower()}" for d in DIRECTIONS)
    return f"Jumlah indikator: {words}; rata-rata capaian {c.year_a} \u2192 {c.year_b}"
