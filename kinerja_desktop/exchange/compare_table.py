"""The year-comparison report as plain tables (services/year_compare_report.py fills them;
compare_xlsx.py and compare_pdf.py write them): every cell already carries its Indonesian text,
its number (for the spreadsheet) and its colour; no database, no Qt."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Cell:
    text: str = ""
    number: Decimal | None = None    # written as a number in the .xlsx (text shown in the PDF)
    decimals: int = 2
    fill: str | None = None          # background colour; the text says the same (never colour alone)
    text_colour: str | None = None
    bold: bool = False


@dataclass(frozen=True)
class Column:
    header: str
    width: float                     # relative width (spreadsheet character units)
    numeric: bool = False


@dataclass
class Table:
    name: str                        # sheet name / PDF section heading
    columns: tuple[Column, ...]
    rows: list[tuple[Cell, ...]] = field(default_factory=list)
    group_rows: set[int] = field(default_factory=set)   # rows drawn as a heading (bold, shaded)


@dataclass
class CompareDocument:
    title: str                       # "Perbandingan Capaian Kinerja TW II Tahun 2023 dan 2024"
    subtitle: str                    # region, plan period, scope
    tables: list[Table]
    notes: list[str]
    footer: str                      # printed at the foot of each page
