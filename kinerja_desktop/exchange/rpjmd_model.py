"""The RPJMD evaluation across years (Permendagri 86/2017, evaluation of RPJMD results) as plain
data: per goal and objective indicator (and, as an option, program indicator) the baseline, each
plan year's target, realisation, achievement and predikat, and the condition at the end of the
period. services/rpjmd_form.py fills it; rpjmd_layout.py says how both writers lay it out.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from kinerja_desktop.domain.achievement import RatingBand
from kinerja_desktop.exchange.report_model import indonesian_date, roman


@dataclass(frozen=True)
class YearFigures:
    """One indicator in one plan year: the year's evaluation at its last reported quarter."""
    year: int
    target: Decimal | None              # the annual target of the year
    realisation: Decimal | None         # None: not reported (shown "—", never 0)
    achievement: Decimal | None         # None: not reported or not computable
    rating: RatingBand | None
    reported: bool = False
    quarterly_target_used: bool = False  # compared with the cumulative quarterly target


@dataclass(frozen=True)
class FormLine:
    code: str
    name: str
    unit: str
    decimals: int
    aggregation: str
    polarity: str
    agency: str
    baseline: Decimal | None
    years: tuple[YearFigures, ...]
    end_target: Decimal | None
    to_date: Decimal | None              # realisation of the plan to date (years added or latest)
    achievement_to_date: Decimal | None
    rating_to_date: RatingBand | None


@dataclass
class FormBlock:
    """A goal, objective or program with its indicators; it takes max(1, len(lines)) rows."""
    level: str          # 'goal', 'objective', 'program'
    number: str
    code: str
    name: str
    agency: str         # a program's OPD (shown when the block has no indicator)
    lines: list[FormLine] = field(default_factory=list)

    @property
    def height(self) -> int:
        return max(1, len(self.lines))

    @property
    def heading(self) -> str:
        return f"{LEVEL_WORDS[self.level]}: {self.name}"


LEVEL_WORDS = {"goal": "Tujuan", "objective": "Sasaran", "program": "Program"}


@dataclass
class RpjmdForm:
    region_name: str
    plan_id: int
    plan_name: str
    start_year: int
    end_year: int
    years: tuple[int, ...]
    as_of: dict[int, int]        # year -> the quarter its realisations run to (reported years only)
    include_programs: bool
    negative_formula: str
    place: str
    signed_on: date
    signer_title: str
    signer_name: str
    signer_nip: str
    bands: tuple[RatingBand, ...]
    blocks: list[FormBlock]
    notes: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"EVALUASI TERHADAP HASIL RPJMD {self.region_name.upper()}"

    @property
    def scope(self) -> str:
        return "Indikator tujuan, sasaran dan program" if self.include_programs else "Indikator tujuan dan sasaran"

    @property
    def latest_year(self) -> int | None:
        return max(self.as_of) if self.as_of else None

    @property
    def period_text(self) -> str:
        latest = self.latest_year
        if latest is None:
            return f"Periode {self.start_year}\u2013{self.end_year}; belum ada realisasi yang dilaporkan"
        return (f"Periode {self.start_year}\u2013{self.end_year}; realisasi s.d. TW {roman(self.as_of[latest])} "
                f"tahun {latest}")

    @property
    def place_and_date(self) -> str:
        return f"{self.place}, {indonesian_date(self.signed_on)}"

    @property
    def footer(self) -> str:
        return f"{self.title} \u2014 {self.plan_name} \u2014 {self.scope}"


DASH = "\u2014"
QUARTERLY_MARK = "\u2020"   # a dagger: the '*' of the RKPD report means its column 15

FOOTNOTES = (
    "T = target tahunan; R = realisasi tahun itu (dievaluasi pada triwulan terakhir yang dilaporkan tahun itu: "
    "{as_of}); capaian dan predikat per tahun dihitung dari evaluasi tahun itu.",
    "Realisasi s.d. akhir periode: indikator kumulatif menjumlahkan realisasi tahunan; indikator status "
    "(mis. indeks, persentase) memakai realisasi tahun terakhir yang dilaporkan; indikator rata-rata "
    "merata-ratakan tahun yang dilaporkan. Capaian akhir periode = realisasi s.d. tahun terakhir / target "
    "akhir periode x 100%.",
    "Tahun yang belum dilaporkan ditandai \u2014, tidak dihitung nol. Indikator negatif (makin kecil makin baik) "
    "memakai rumus capaian negatif rencana ({formula}). " + QUARTERLY_MARK + " capaian dihitung terhadap target "
    "triwulan kumulatif.",
    "Predikat: {bands}.",
)


def as_of_text(form: RpjmdForm) -> str:
    if not form.as_of:
        return "belum ada"
    return ", ".join(f"{y} TW {roman(q)}" for y, q in sorted(form.as_of.items()))


def footnotes(form: RpjmdForm) -> list[str]:
    from kinerja_desktop.exchange.report_model import band_legend

    formula = "(2 - R/T) x 100" if form.negative_formula == "2-R/T" else "T/R x 100"
    values = {"as_of": as_of_text(form), "formula": formula, "bands": band_legend(form.bands)}
    return [note.format(**values) for note in FOOTNOTES] + list(form.notes)
