"""The evaluation report as .xlsx: the printed form's merged headers, the column-number and
arithmetic row, Indonesian number formats, rating colours with their labels, A4/F4 landscape
page setup fitted to the width with repeated header rows, page numbers and a signature block."""
from __future__ import annotations

import math
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet

from kinerja_desktop.domain.achievement import NOT_COMPUTABLE_COLOUR
from kinerja_desktop.exchange.cells import escape_text
from kinerja_desktop.exchange.report_layout import (
    BLOCK_FIELDS, SubColumn, header_cells, width_key, is_percent_field, kinerja_value, money_value, rating_of, sub_columns,
    text_value,
)
from kinerja_desktop.exchange.report_model import FOOTNOTES, Report, band_legend, roman
from kinerja_desktop.exchange.report_summary_xlsx import write_summary_sheet

ID = "[$-421]"   # Indonesian display: 1.234.567,89 whatever the computer's locale
PAPER_SIZES = {"A4": 9, "F4": 14}   # 14 = Folio 8.5 x 13 in (215 x 330 mm)
FONT = "Arial"
THIN = Side(style="thin", color="FF000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="FFD9D9D9")
NUMBER_FILL = PatternFill("solid", fgColor="FFF2F2F2")
LEVEL_FILL = {"goal": PatternFill("solid", fgColor="FFDDEBF7"), "objective": PatternFill("solid", fgColor="FFEEF4FB")}
WIDTHS = {"1": 4, "2": 16, "3": 11, "4": 22, "5": 24, "17": 14, "K": 8, "Rp": 11, "Rp%": 7, "P": 9}
HEAD_TOP = 5          # first header row; rows 1-4 hold the title block
DATA_TOP = HEAD_TOP + 4


def merge(ws: Worksheet, r1: int, c1: int, r2: int, c2: int, style: StyleArray | None = None) -> None:
    """ws.merge_cells without its check against every earlier merge (quadratic: minutes for a
    regency's report); the ranges written here never overlap. The covered cells take `style`
    (their borders), or the borders of the cells they replace."""
    mcr = MergedCellRange(ws, CellRange(min_col=c1, min_row=r1, max_col=c2, max_row=r2).coord)
    ws.merged_cells.ranges.add(mcr)
    cells = mcr.cells
    next(cells)
    for r, c in cells:
        old = ws._cells.get((r, c))
        merged = MergedCell(ws, r, c)
        source = style if style is not None else (old._style if old is not None else None)
        if source is not None:
            merged._style = copy(source)
        ws._cells[(r, c)] = merged


def number_format(decimals: int) -> str:
    return ID + "#,##0" + ("." + "0" * decimals if decimals > 0 else "")


RUPIAH = number_format(0)
PERCENT = number_format(2)


class _Styles:
    """Cell styles built once and then copied as openpyxl's index arrays: assigning Font, Fill
    and Border objects to every cell hashes them each time (a minute for a regency's report)."""

    def __init__(self):
        self.fonts = {
            "text": Font(name=FONT, size=8), "bold": Font(name=FONT, size=8, bold=True),
            "italic_grey": Font(name=FONT, size=7, italic=True, color="FF595959"),
        }
        self.head = Font(name=FONT, size=7, bold=True)
        self.alignments = {
            "wrap_top": Alignment(wrap_text=True, vertical="top"),
            "right_top": Alignment(horizontal="right", vertical="top"),
            "center": Alignment(horizontal="center", vertical="center", wrap_text=True),
            "label": Alignment(horizontal="center", vertical="top", wrap_text=True),
        }
        self.center = self.alignments["center"]
        self.indent = {lvl: Alignment(wrap_text=True, vertical="top", indent=i)
                       for i, lvl in enumerate(("program", "activity", "sub_activity"))}
        self.alignments.update(self.indent)
        self._arrays: dict[tuple, StyleArray] = {}

    def _fill(self, name: str) -> PatternFill | None:
        if name in LEVEL_FILL:
            return LEVEL_FILL[name]
        return PatternFill("solid", fgColor="FF" + name.lstrip("#").upper()) if name.startswith("#") else None

    def _font(self, name: str) -> Font:
        if name.startswith("band:"):
            return Font(name=FONT, size=7, bold=True, color="FF" + name[5:].lstrip("#").upper())
        return self.fonts[name]

    def apply(self, cell, fill: str = "", font: str = "text", alignment: str = "wrap_top",
              number_format: str = "General") -> None:
        # The index arrays belong to the workbook: the first cell of a kind is styled the slow
        # way, the others copy its array.
        key = (fill, font, alignment, number_format)
        arr = self._arrays.get(key)
        if arr is not None:
            cell._style = copy(arr)
            return
        cell.border = BORDER
        fill_obj = self._fill(fill)
        if fill_obj is not None:
            cell.fill = fill_obj
        cell.font = self._font(font)
        cell.alignment = self.alignments[alignment]
        cell.number_format = number_format
        self._arrays[key] = copy(cell._style)


def write_xlsx(report: Report, path: Path, paper: str = "A4") -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Evaluasi RKPD"
    write_table_sheet(ws, report, paper)
    if report.summary:
        write_summary_sheet(wb.create_sheet("Ringkasan OPD"), report, paper)
    wb.properties.title = report.title
    wb.properties.creator = "Kinerja Desktop"
    wb.save(path)


def write_table_sheet(ws: Worksheet, report: Report, paper: str) -> None:
    subs = sub_columns(report)
    st = _Styles()
    last_col = len(subs)
    for i, sub in enumerate(subs, start=1):
        ws.column_dimensions[get_column_letter(i)].width = WIDTHS[width_key(sub)]
    _title_block(ws, report, last_col)
    _headers(ws, report, subs, st)
    row = DATA_TOP
    for block in report.blocks:
        row = _block(ws, block, subs, row, st)
    row = _footnotes(ws, report, row + 1, last_col)
    _signature(ws, report, row + 1, last_col)
    page_setup(ws, report, paper, f"{HEAD_TOP}:{DATA_TOP - 1}")
    ws.freeze_panes = ws.cell(DATA_TOP, 6)


def _title_block(ws: Worksheet, report: Report, last_col: int) -> None:
    lines = [
        (report.title, Font(name=FONT, size=12, bold=True)),
        (f"{report.plan_name} \u2014 {report.scope}", Font(name=FONT, size=10, bold=True)),
        (report.period_text, Font(name=FONT, size=10)),
    ]
    for r, (text, font) in enumerate(lines, start=1):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=last_col)
        cell = ws.cell(r, 1, escape_text(text))
        cell.font = font
        cell.alignment = Alignment(horizontal="center")


def _headers(ws: Worksheet, report: Report, subs: list[SubColumn], st: _Styles) -> None:
    for h in header_cells(report, subs):
        _merged(ws, HEAD_TOP + h.row, h.col + 1, HEAD_TOP + h.last_row, h.last_col + 1, h.text, st,
                NUMBER_FILL if h.numbers_row else HEADER_FILL)
    for offset, height in enumerate((66, 22, 12, 12)):
        ws.row_dimensions[HEAD_TOP + offset].height = height


def _merged(ws, r1, c1, r2, c2, text, st: _Styles, fill=HEADER_FILL) -> None:
    if (r1, c1) != (r2, c2):
        merge(ws, r1, c1, r2, c2)
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            cell = ws.cell(r, c)
            cell.border = BORDER
            cell.fill = fill
    cell = ws.cell(r1, c1, escape_text(text))
    cell.font = st.head
    cell.alignment = st.center


def _block(ws: Worksheet, block, subs: list[SubColumn], row: int, st: _Styles) -> int:
    height = block.height
    level = block.level if block.level in LEVEL_FILL else ""
    bold = block.level in ("goal", "objective", "bidang", "program")
    for offset in range(height):
        r = row + offset
        line = block.lines[offset] if block.lines else None
        longest = 1
        for c, sub in enumerate(subs, start=1):
            per_block = sub.part == "Rp" or (sub.part == "text" and sub.field in BLOCK_FIELDS)
            if per_block and offset > 0:
                continue          # covered by the block's merged cell
            cell = ws.cell(r, c)
            if sub.part == "text":
                text = text_value(block, line, sub.field)
                if text:
                    cell.value = escape_text(text)
                    longest = max(longest, _lines(text, WIDTHS[sub.field], height if per_block else 1))
                font = "bold" if bold and sub.field in BLOCK_FIELDS else "text"
                align = block.level if sub.field == "4" and block.level in st.indent else "wrap_top"
                st.apply(cell, level, font=font, alignment=align)
            elif sub.part == "Rp":
                value = money_value(block, sub.field)
                _number(cell, value, PERCENT if is_percent_field(sub.field) else RUPIAH, st, level)
            elif line is None:
                st.apply(cell, level)
            elif sub.part == "K":
                fmt = PERCENT if is_percent_field(sub.field) else number_format(line.decimals)
                value = kinerja_value(line, sub.field)
                if value is None and is_percent_field(sub.field) and line.kinerja.reported:
                    cell.value = "\u2014"
                    st.apply(cell, level, font="text", alignment="center")
                else:
                    _number(cell, value, fmt, st, level)
            else:  # predikat beside the capaian
                band, label = rating_of(line, sub.field)
                if not label:
                    st.apply(cell, level)
                    continue
                cell.value = label
                if band is not None:
                    st.apply(cell, band.colour, font="band:" + band.text_colour, alignment="label")
                elif label == "Tidak dapat dihitung":
                    st.apply(cell, NOT_COMPUTABLE_COLOUR, font="band:#FFFFFF", alignment="label")
                else:
                    st.apply(cell, level, font="italic_grey", alignment="label")
        ws.row_dimensions[r].height = max(12, 10.5 * longest)
    if height > 1:
        for c, sub in enumerate(subs, start=1):
            if sub.part == "Rp" or (sub.part == "text" and sub.field in BLOCK_FIELDS):
                merge(ws, row, c, row + height - 1, c, ws.cell(row, c)._style)
    return row + height


def _number(cell, value, fmt: str, st: _Styles, level: str) -> None:
    if value is None:
        st.apply(cell, level)
        return
    cell.value = value
    st.apply(cell, level, font="text", alignment="right_top", number_format=fmt)


def _lines(text: str, width: int, rows: int) -> int:
    """Estimated wrapped lines per row, so the printed row is tall enough without autofit."""
    per_line = max(1, int(width * 1.5))   # Arial 8 pt: ~1.5 characters per width unit
    return math.ceil(math.ceil(len(text) / per_line) / rows)


def _footnotes(ws: Worksheet, report: Report, row: int, last_col: int) -> int:
    font = Font(name=FONT, size=7, italic=True)
    for note in FOOTNOTES:
        text = note.format(bands=band_legend(report.bands))
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_col)
        cell = ws.cell(row, 1, escape_text(text))
        cell.font = font
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = 11 * max(1, math.ceil(len(text) / 260))
        row += 1
    return row


def _signature(ws: Worksheet, report: Report, row: int, last_col: int) -> int:
    first = max(1, last_col - 7)
    name = report.signer_name or "(" + "." * 45 + ")"
    nip = f"NIP. {report.signer_nip}" if report.signer_nip else "NIP. " + "." * 30
    for text, font in (
        (report.place_and_date, Font(name=FONT, size=9)),
        (report.signer_title, Font(name=FONT, size=9, bold=True)),
        ("", None), ("", None), ("", None),
        (name, Font(name=FONT, size=9, bold=True, underline="single" if report.signer_name else None)),
        (nip, Font(name=FONT, size=9)),
    ):
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last_col)
        if text:
            cell = ws.cell(row, first, escape_text(text))
            cell.font = font
            cell.alignment = Alignment(horizontal="center")
        row += 1
    return row


def page_setup(ws: Worksheet, report: Report, paper: str, title_rows: str | None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPER_SIZES.get(paper, 9)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = 0.5
    ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    if title_rows:
        ws.print_title_rows = title_rows
    footer = f"{report.title} \u2014 {report.scope} \u2014 TW {roman(report.quarter)} {report.year}"
    ws.oddFooter.left.text = escape_text(footer).replace("&", "&&")
    ws.oddFooter.left.size = 7
    ws.oddFooter.right.text = "Halaman &P dari &N"
    ws.oddFooter.right.size = 8
