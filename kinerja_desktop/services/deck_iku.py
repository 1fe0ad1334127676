"""The slides of the IKU over the whole period (issue 13 point 6), as plain data like
services.deck: a title, an overview (how many IKU are on track, at risk, not yet projectable, and
the ones at risk with the reason), one slide per goal with its own and its objectives'
indicators year by year, and the closing. Built from an `IkuPeriod` snapshot; no database, no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from kinerja_desktop.domain.achievement import NOT_COMPUTABLE_COLOUR
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.services.dashboard import NOT_REPORTED_COLOUR, BandCount
from kinerja_desktop.services.deck import Deck, DeckChoice, Slide, count_id
from kinerja_desktop.services.iku_period import AT_RISK, NOT_PROJECTED, ON_TRACK, IkuPeriod, IkuRow, YearFigure
from kinerja_desktop.services.projection import percent_text

IKU_CHOICE = "iku"
IKU_ROWS_PER_SLIDE = 4
IKU_RISKS_SHOWN = 3
SLIDE_LABELS = {NOT_PROJECTED: "Tanpa proyeksi"}   # fits the bar label of a slide
ON_TRACK_COLOUR = "#1B7F3B"
AT_RISK_COLOUR = "#D64541"
STATUS_COLOURS = {ON_TRACK: ON_TRACK_COLOUR, AT_RISK: AT_RISK_COLOUR, NOT_PROJECTED: NOT_COMPUTABLE_COLOUR}


@dataclass(frozen=True)
class FigureCell:
    """One year (or the end of the period) of one IKU: realisation, target, capaian chip."""
    realisation: str                 # "6,15", "6,12*" (part of the year), "—"
    target: str
    achievement: str                 # "123,00%" or "—"
    colour: str
    text_colour: str


@dataclass(frozen=True)
class IkuLine:
    code: str
    name: str
    unit: str
    lower_is_better: bool
    years: tuple[FigureCell, ...]
    end: FigureCell                  # realisation to date against the end target
    projection: str                  # "61,3%" or "—"
    projection_band: str             # "Rendah", or why there is none
    projection_colour: str
    projection_text_colour: str
    status: str                      # Sesuai jalur | Berisiko | Belum dapat diproyeksikan
    at_risk: bool
    reason: str


@dataclass(frozen=True)
class IkuDeck(Deck):
    """A deck whose footer names the plan period instead of one quarter."""
    span: str = ""
    years: tuple[int, ...] = ()
    band_key: str = ""               # the plan's rating bands in words, under the year-by-year slides

    @property
    def period(self) -> str:
        return self.span


def _cell(realisation, target, achievement, band, decimals: int, partial: bool = False) -> FigureCell:
    if realisation is None:
        colour, text = NOT_REPORTED_COLOUR, "#1A1A1A"
    elif band is None:
        colour, text = NOT_COMPUTABLE_COLOUR, "#1A1A1A"
    else:
        colour, text = band.colour, band.text_colour
    return FigureCell(format_id(realisation, decimals) + ("*" if partial else ""), format_id(target, decimals),
                      "\u2014" if achievement is None else f"{format_id(achievement, 2)}%", colour, text)


def year_cell(f: YearFigure, decimals: int) -> FigureCell:
    return _cell(f.realisation, f.target, f.achievement, f.rating, decimals, f.partial)


def iku_line(row: IkuRow) -> IkuLine:
    ind, p = row.indicator, row.projection
    d = ind.decimals
    if p is None or p.achievement is None:
        projection, band_label, colour, text = "\u2014", "", NOT_COMPUTABLE_COLOUR, "#1A1A1A"
    else:
        band = p.rating
        projection, band_label = percent_text(p.achievement), band.label if band else ""
        colour, text = (band.colour, band.text_colour) if band else (NOT_COMPUTABLE_COLOUR, "#1A1A1A")
    reason = p.reason if p is not None else "Belum ada realisasi atau target akhir untuk diproyeksikan."
    return IkuLine(ind.code, ind.name, ind.unit, ind.polarity == "negative",
                   tuple(year_cell(f, d) for f in row.years),
                   _cell(row.realisation_to_date, row.end_target, row.achievement_to_date, row.rating_to_date, d),
                   projection, band_label, colour, text, row.status, row.at_risk, reason)


def build_iku_deck(figures: IkuPeriod, year: int, quarter: int, taken_at: datetime | None = None) -> IkuDeck:
    """The IKU-over-the-period deck from one snapshot of the figures (`year`, `quarter`: when)."""
    taken_at = taken_at or datetime.now().astimezone()
    plan = figures.plan
    years = f"{plan.start_year}-{plan.end_year}"
    span = plan.name if years in plan.name else f"{plan.name} ({years})"
    slides = [Slide("title", f"IKU Sepanjang Periode {plan.name}", f"{plan.region_name} \u00b7 {plan.start_year}\u2013{plan.end_year}")]
    slides.append(overview_slide(figures))
    for goal in figures.goals:
        rows = figures.rows_of_goal(goal.id)
        lines = [iku_line(r) for r in rows]
        chunks = [lines[i:i + IKU_ROWS_PER_SLIDE] for i in range(0, len(lines), IKU_ROWS_PER_SLIDE)] or [[]]
        for n, chunk in enumerate(chunks, start=1):
            slides.append(Slide("iku_goal", f"IKU Tujuan {goal.code}", goal.name, tuple(chunk), (), n, len(chunks)))
    slides.append(Slide("closing", "Terima kasih", f"{plan.region_name} \u00b7 {span}"))
    return IkuDeck(taken_at, plan.region_name, plan.name, year, quarter, DeckChoice(IKU_CHOICE), tuple(slides),
                   span=span, years=figures.years, band_key=band_key(plan))


def band_key(plan) -> str:
    """'Warna capaian = predikat: ≥ 91 Sangat Tinggi, …, di bawahnya Sangat Rendah.' from the plan's bands."""
    parts = [f"\u2265 {format_id(b.lower_bound, 0)} {b.label}" for b in plan.bands if b.lower_bound is not None]
    last = [b.label for b in plan.bands if b.lower_bound is None]
    return "Warna capaian = predikat: " + ", ".join(parts) + (f", di bawahnya {last[0]}." if last else ".")


def overview_slide(figures: IkuPeriod) -> Slide:
    counts = figures.counts()
    bands = tuple(BandCount(SLIDE_LABELS.get(label, label), STATUS_COLOURS[label],
                            "#FFFFFF" if label != NOT_PROJECTED else "#1A1A1A", counts[label])
                  for label in (ON_TRACK, AT_RISK, NOT_PROJECTED))
    risky = sorted((r for r in figures.rows if r.at_risk), key=lambda r: r.projection.achievement)
    lines = tuple(iku_line(r) for r in risky[:IKU_RISKS_SHOWN])
    plan = figures.plan
    threshold = format_id(Decimal(figures.threshold), 0)
    sub = (f"{count_id(len(figures.rows))} IKU tujuan dan sasaran \u00b7 proyeksi akhir {plan.end_year}; "
           f"berisiko bila proyeksi capaian di bawah {threshold}% (predikat Tinggi)")
    if len(risky) > len(lines):
        sub += f" \u00b7 {len(lines)} terburuk dari {count_id(len(risky))} yang berisiko"
    return Slide("iku_summary", "IKU Sepanjang Periode: Ringkasan", sub, lines, bands)
