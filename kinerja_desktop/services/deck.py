"""The presentation deck as plain data: a frozen snapshot of the dashboard figures, taken when
the presentation starts, turned into slides whose text is already formatted (Indonesian).

Nothing here reads the database after `build_deck` returns: saving a value during the meeting
cannot change what is on the screen. No Qt: the renderers in ui/presentation draw these.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from kinerja_desktop.domain.entities import QUARTER_LABELS
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.services.dashboard import LEVELS, BandCount, DashboardFigures
from kinerja_desktop.services.evaluation import IndicatorResult
from kinerja_desktop.services.projection import percent_text

MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")
ROWS_PER_SLIDE = 6
RANKS_PER_SLIDE = 10
RISKS_PER_SLIDE = 5
RISKS_SHOWN = 10            # a meeting discusses the worst few, not thousands
OPD_LINES_SHOWN = 24        # four slides of one OPD's main indicators

CHOICES = {"all": "Lengkap", "goals": "Tujuan saja", "agency": "Satu OPD", "compare": "Perbandingan antar tahun"}


def count_id(n: int) -> str:
    """A count in Indonesian format: 4.168."""
    return format_id(Decimal(n), 0)


def format_date_id(moment: datetime) -> str:
    """27 November 2026"""
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def format_stamp_id(moment: datetime) -> str:
    """Data per 27 November 2026 pukul 17.05"""
    return f"Data per {format_date_id(moment)} pukul {moment.hour:02d}.{moment.minute:02d}"


@dataclass(frozen=True)
class DeckChoice:
    kind: str = "all"               # 'all' | 'goals' | 'agency' | 'compare'
    agency_id: int | None = None
    years: tuple[int, int] | None = None   # 'compare': the two years (quarter: the deck's)


@dataclass(frozen=True)
class IndicatorLine:
    code: str
    name: str
    unit: str
    target: str
    realisation: str
    achievement: str                 # "96,45%" or "—"
    achievement_value: Decimal | None
    band_label: str                  # band label, "Tidak dapat dihitung" or "Belum dilaporkan"
    band_colour: str
    band_text_colour: str
    lower_is_better: bool


@dataclass(frozen=True)
class RankLine:
    rank: int
    code: str
    name: str
    achievement: str
    achievement_value: Decimal | None
    band_label: str
    band_colour: str
    band_text_colour: str
    detail: str                      # "12 dari 15 indikator terukur"


@dataclass(frozen=True)
class RiskLine:
    code: str
    name: str
    agency: str
    projection: str
    band_label: str
    band_colour: str
    band_text_colour: str
    reason: str


@dataclass(frozen=True)
class Slide:
    kind: str                        # title | summary | goal | objective | indicators | ranking | risk | closing
    #                                  | compare_summary | compare_rollup | compare_movers (services/deck_compare.py)
    heading: str
    subheading: str = ""
    lines: tuple = ()                # IndicatorLine / RankLine / RiskLine
    bands: tuple[BandCount, ...] = ()
    page: int = 1
    pages: int = 1


@dataclass(frozen=True)
class Deck:
    taken_at: datetime
    region: str
    plan_name: str
    year: int
    quarter: int
    choice: DeckChoice
    slides: tuple[Slide, ...]
    period_text: str = ""            # a comparison deck: "TW II Tahun 2025 dan 2026"

    @property
    def period(self) -> str:
        return self.period_text or f"{QUARTER_LABELS[self.quarter]} Tahun {self.year}"

    @property
    def stamp(self) -> str:
        return format_stamp_id(self.taken_at)


def indicator_line(result: IndicatorResult, plan) -> IndicatorLine:
    ind, ev = result.indicator, result.evaluation
    if not ev.reported:
        label, colour, text = "Belum dilaporkan", "#CFD8DC", "#1A1A1A"
    elif ev.rating is None:
        label, colour, text = "Tidak dapat dihitung", "#9E9E9E", "#1A1A1A"
    else:
        label, colour, text = ev.rating.label, ev.rating.colour, ev.rating.text_colour
    achievement = "—" if ev.achievement is None else f"{format_id(ev.achievement, 2)}%"
    return IndicatorLine(
        ind.code, ind.name, ind.unit, format_id(ev.target, ind.decimals), format_id(ev.realisation, ind.decimals),
        achievement, ev.achievement, label, colour, text, ind.polarity == "negative",
    )


def _paged(kind: str, heading: str, subheading: str, lines: list, per_slide: int, bands=()) -> list[Slide]:
    chunks = [lines[i:i + per_slide] for i in range(0, len(lines), per_slide)] or [[]]
    return [Slide(kind, heading, subheading, tuple(chunk), tuple(bands), n, len(chunks))
            for n, chunk in enumerate(chunks, start=1)]


def build_deck(figures: DashboardFigures, choice: DeckChoice = DeckChoice(), taken_at: datetime | None = None) -> Deck:
    """The slides of `choice` from one snapshot of the figures."""
    taken_at = taken_at or datetime.now().astimezone()
    plan = figures.plan
    period = f"{QUARTER_LABELS[figures.quarter]} Tahun {figures.year}"
    agency = next((a for a in figures.agencies if a.id == choice.agency_id), None) if choice.kind == "agency" else None
    scope = ("agency", agency.id) if agency else ("plan", None)
    results = figures.scope_results(*scope)
    slides = [Slide("title", f"Evaluasi Kinerja {plan.name}",
                    f"{plan.region_name} \u00b7 {period}" + (f" \u00b7 {agency.name}" if agency else ""))]
    reported = sum(1 for r in results if r.evaluation.reported)
    slides.append(Slide("summary", "Ringkasan Predikat Capaian",
                        f"{count_id(reported)} dari {count_id(len(results))} indikator telah dilaporkan",
                        bands=figures.distribution(*scope)))
    if agency:
        # The OPD's main indicators: plan and program level first, then the rest, up to four slides.
        ordered = sorted(results, key=lambda r: (LEVELS[r.indicator.node_type], r.indicator.code))
        shown = ordered[:OPD_LINES_SHOWN]
        note = agency.name if len(shown) == len(ordered) else \
            f"{agency.name} \u00b7 {len(shown)} indikator utama dari {count_id(len(ordered))}"
        lines = [indicator_line(r, plan) for r in shown]
        slides += _paged("indicators", f"Indikator {agency.code}", note, lines, ROWS_PER_SLIDE)
    else:
        slides += _node_slides(figures, "goal", figures.goals)
        if choice.kind == "all":
            slides += _node_slides(figures, "objective", figures.objectives)
            slides += _ranking_slides(figures)
    if choice.kind != "goals":
        risks = [i for i in figures.at_risk if agency is None or i.agency.id == agency.id]
        total = len(risks)
        # figures.at_risk has plan-level indicators (what the meeting steers by) first, worst first.
        risks = risks[:RISKS_SHOWN]
        lines = [RiskLine(i.result.indicator.code, i.result.indicator.name, i.agency.code,
                          percent_text(i.projection.achievement),
                          i.projection.rating.label if i.projection.rating else "Tidak dapat dihitung",
                          i.projection.rating.colour if i.projection.rating else "#9E9E9E",
                          i.projection.rating.text_colour if i.projection.rating else "#1A1A1A",
                          i.projection.basis or i.projection.reason) for i in risks]
        count = f"{total} indikator" if total == len(lines) else \
            f"{len(lines)} teratas dari {format_id(Decimal(total), 0)} indikator"
        slides += _paged("risk", "Indikator Berisiko",
                         f"{count} \u00b7 proyeksi akhir tahun ({QUARTER_LABELS[figures.quarter]}) di bawah Tinggi",
                         lines, RISKS_PER_SLIDE)
    slides.append(Slide("closing", "Terima kasih", f"{plan.region_name} \u00b7 {period}"))
    return Deck(taken_at, plan.region_name, plan.name, figures.year, figures.quarter, choice, tuple(slides))


def _node_slides(figures: DashboardFigures, kind: str, nodes) -> list[Slide]:
    word = "Tujuan" if kind == "goal" else "Sasaran"
    slides = []
    bands = figures.distributions(kind)
    own_of: dict[int, list] = {}
    for r in figures.results:
        if r.indicator.node_type == kind:
            own_of.setdefault(r.indicator.node_id, []).append(r)
    for node in nodes:
        own = own_of.get(node.id, [])
        lines = [indicator_line(r, figures.plan) for r in sorted(own, key=lambda r: r.indicator.code)]
        slides += _paged(kind, f"{word} {node.code}", node.name, lines, ROWS_PER_SLIDE,
                         bands=bands.get(node.id) or figures.distribution(kind, node.id))
    return slides


def _ranking_slides(figures: DashboardFigures) -> list[Slide]:
    lines = []
    for rank, o in enumerate(figures.opd_achievement, start=1):
        band = o.band
        lines.append(RankLine(
            rank, o.agency.code, o.agency.name,
            "—" if o.mean is None else f"{format_id(o.mean, 2)}%", o.mean,
            band.label if band else "Belum ada capaian",
            band.colour if band else "#9E9E9E", band.text_colour if band else "#1A1A1A",
            f"{o.computable} dari {o.total} indikator terukur",
        ))
    return _paged("ranking", "Peringkat Capaian OPD", "Rata-rata capaian indikator yang dapat dihitung",
                  lines, RANKS_PER_SLIDE)


def build_compare_deck(comparison, choice: DeckChoice | None = None, taken_at: datetime | None = None) -> Deck:
    """The comparison of one quarter across two years as slides (services/deck_compare.py)."""
    from kinerja_desktop.services.deck_compare import compare_slides

    taken_at = taken_at or datetime.now().astimezone()
    choice = choice or DeckChoice("compare", years=(comparison.year_a, comparison.year_b))
    plan = comparison.plan
    return Deck(taken_at, plan.region_name, plan.name, comparison.year_b, comparison.quarter, choice,
                tuple(compare_slides(comparison, choice.agency_id)),
                period_text=f"{QUARTER_LABELS[comparison.quarter]} {comparison.year_a} dan {comparison.year_b}")
