"""The evaluation table (Permendagri 86/2017, evaluation of RKPD results) as plain data, and its
column layout: one definition that the xlsx and the PDF writers both follow.

services/report.py fills these objects from services.evaluation; the writers only lay them out.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from kinerja_desktop.domain.achievement import RatingBand

LEVEL_LABELS = {
    "goal": "Tujuan", "objective": "Sasaran", "bidang": "Bidang Urusan", "program": "Program",
    "activity": "Kegiatan", "sub_activity": "Sub Kegiatan",
}
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")


def indonesian_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def roman(n: int) -> str:
    return ROMAN[n - 1] if 0 < n <= len(ROMAN) else str(n)


@dataclass(frozen=True)
class Kinerja:
    """The K figures of one indicator row (numbers in the indicator's own unit)."""
    end_target: Decimal | None          # col 6
    before: Decimal | None              # col 7: realisation of the plan up to last year
    target: Decimal | None              # col 8: the annual target of this year
    quarters: tuple[Decimal | None, ...]  # cols 9-12 (None after the report's quarter)
    this_year: Decimal | None           # col 13
    to_date: Decimal | None             # col 14
    achievement: Decimal | None         # col 15
    rating: RatingBand | None
    achievement_to_date: Decimal | None  # col 16
    rating_to_date: RatingBand | None
    reported: bool = True
    quarterly_target_used: bool = False  # col 15 compared with the cumulative quarterly target


@dataclass(frozen=True)
class Money:
    """The Rp figures of a program, activity or sub-activity (budget and spending)."""
    end: Decimal | None        # col 6: pagu of all plan years
    before: Decimal | None     # col 7: spending of the plan years before this one
    pagu: Decimal | None       # col 8: pagu of this year
    quarters: tuple[Decimal | None, ...]
    this_year: Decimal | None  # col 13
    to_date: Decimal | None    # col 14
    pct_year: Decimal | None   # col 15
    pct_to_date: Decimal | None  # col 16


@dataclass(frozen=True)
class IndicatorLine:
    code: str
    name: str
    unit: str
    kind: str
    decimals: int
    aggregation: str
    agency: str
    kinerja: Kinerja


@dataclass
class Block:
    """One node of the plan with its indicators; it takes max(1, len(lines)) rows of the table."""
    level: str
    number: str
    sasaran: str        # col 2 (goal and objective rows)
    code: str           # col 3
    name: str           # col 4
    agency: str         # col 17 when the node has no indicator
    money: Money | None
    lines: list[IndicatorLine] = field(default_factory=list)

    @property
    def height(self) -> int:
        return max(1, len(self.lines))


@dataclass(frozen=True)
class SummaryRow:
    agency_code: str
    agency_name: str
    indicators: int
    counts: dict[str, int]     # band label (+ 'Tidak dapat dihitung', 'Belum dilaporkan') -> n
    mean: Decimal | None
    rating: RatingBand | None
    pagu: Decimal | None
    spent: Decimal | None


@dataclass
class Report:
    region_name: str
    plan_name: str
    start_year: int
    end_year: int
    year: int
    quarter: int
    scope: str                  # 'Seluruh Perangkat Daerah' or the OPD's name
    agency_code: str | None
    place: str
    signed_on: date
    signer_title: str
    signer_name: str
    signer_nip: str
    bands: tuple[RatingBand, ...]
    blocks: list[Block]
    summary: list[SummaryRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # printed after FOOTNOTES (e.g. stored values out of range)

    @property
    def title(self) -> str:
        return f"EVALUASI TERHADAP HASIL RKPD {self.region_name.upper()}"

    @property
    def period_text(self) -> str:
        return f"Periode pelaksanaan: TW {roman(self.quarter)} tahun {self.year}"

    @property
    def place_and_date(self) -> str:
        return f"{self.place}, {indonesian_date(self.signed_on)}"


# --- the column layout ---------------------------------------------------------------------
# Each official column: (number, header, arithmetic, kind). kind 'text' = one sub-column,
# 'value' = K and Rp, 'rate' = K, Predikat and Rp.
@dataclass(frozen=True)
class Column:
    number: int
    header: str
    arithmetic: str
    kind: str


def columns(report: Report) -> list[Column]:
    y, q = report.year, report.quarter
    return [
        Column(1, "No", "1", "text"),
        Column(2, "Sasaran", "2", "text"),
        Column(3, "Kode", "3", "text"),
        Column(4, "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan", "4", "text"),
        Column(5, "Indikator Kinerja Program (outcome)/ Kegiatan (output)", "5", "text"),
        Column(6, f"Target RPJMD pada Tahun {report.end_year} (Akhir Periode RPJMD)", "6", "value"),
        Column(7, f"Realisasi Capaian Kinerja RPJMD s.d. RKPD Tahun Lalu ({y - 1})", "7", "value"),
        Column(8, f"Target Kinerja dan Anggaran RKPD Tahun Berjalan ({y}) yang Dievaluasi", "8", "value"),
        Column(9, "I", "9", "value"),
        Column(10, "II", "10", "value"),
        Column(11, "III", "11", "value"),
        Column(12, "IV", "12", "value"),
        Column(13, f"Realisasi Capaian Kinerja dan Anggaran RKPD yang Dievaluasi (s.d. TW {roman(q)})",
               "13 = 9+10+11+12", "value"),
        Column(14, f"Realisasi Kinerja dan Anggaran RPJMD s.d. Tahun {y}", "14 = 7+13", "value"),
        Column(15, f"Tingkat Capaian Kinerja dan Realisasi Anggaran RKPD Tahun {y} (%)",
               "15 = 13/8 x 100%", "rate"),
        Column(16, f"Tingkat Capaian Kinerja dan Realisasi Anggaran RPJMD s.d. Tahun {y} (%)",
               "16 = 14/6 x 100%", "rate"),
        Column(17, "Perangkat Daerah Penanggung Jawab", "17", "text"),
    ]


QUARTER_GROUP = "Realisasi Kinerja pada Triwulan"

FOOTNOTES = (
    "K = kinerja (indikator, dalam satuannya); Rp = anggaran (pagu dan realisasi belanja, Rupiah).",
    "Kolom 13 dan 14 menjumlahkan triwulan dan tahun untuk indikator kumulatif; untuk indikator status "
    "(mis. indeks, persentase) kolom 13 = realisasi triwulan terakhir yang dilaporkan dan kolom 14 = kolom 13; "
    "untuk indikator rata-rata, rata-rata triwulan/tahun yang dilaporkan.",
    "Kolom 15 dihitung terhadap target triwulan kumulatif sampai triwulan laporan (dilaporkan atau belum) bila "
    "indikator memiliki target triwulan (ditandai *). "
    "Indikator negatif (makin kecil makin baik) memakai rumus capaian negatif rencana.",
    "Predikat: {bands}. Triwulan yang belum dilaporkan dibiarkan kosong, tidak dihitung nol.",
)


def band_legend(bands) -> str:
    parts = []
    for i, band in enumerate(bands):
        if band.lower_bound is None:
            parts.append(f"{band.label} < {bands[i - 1].lower_bound}" if i else band.label)
        else:
            parts.append(f"{band.label} \u2265 {band.lower_bound}")
    return ", ".join(parts)
