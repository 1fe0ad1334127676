"""The evaluation report as .xlsx: the printed form's merged headers, the column-number and
arithmetic row, Indonesian number formats, rating colours with their labels, A4/F4 landscape
page setup fitted to the width with repeated header rows, page numbers and a signature block."""
from __future__ import annotations

import math
from copy import copy
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.pagebreak import Break, ColBreak
from openpyxl.worksheet.worksheet import Worksheet

from kinerja_desktop.domain.achievement import NOT_COMPUTABLE_COLOUR
from kinerja_desktop.exchange.cells import escape_text
from kinerja_desktop.exchange.report_layout import (
    BLOCK_FIELDS, IDENTITY_COLUMNS, SubColumn, header_cells, page_halves, width_key, is_percent_field, kinerja_value, money_value, rating_of, sub_columns,
    text_value,
)
from kinerja_desktop.exchange.report_model import FOOTNOTES, Report, band_legend, roman
from tests.reference.report_summary_openpyxl import write_summary_sheet

ID = "[$-421]"   # Indonesian display: 1.234.567,89 whatever the computer's locale
PAPER_SIZES = {"A4": 9, "F4": 14}   # 14 = Folio 8.5 x 13 in (215 x 330 mm)
FONT = "Arial"
THIN = Side(style="thin", color="FF000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="FFD9D9D9")
NUMBER_FILL = PatternFill("solid", fgColor="FFF2F2F2")
LEVEL_FILL = {"goal": PatternFill("solid", fgColor="FFDDEBF7"), "objective": PatternFill("solid", fgColor="FFEEF4FB")}
WIDTHS = {"1": 4, "2": 10, "3": 9, "4": 15, "5": 18, "17": 12, "K": 8, "Rp": 11, "Rp%": 7, "P": 10}
MIN_NUMBER_WIDTH = 5.5
PAPER_WIDTH_PT = {"A4": 842, "F4": 935}   # landscape: 297 mm, 330 mm
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
            "italic_grey": Font(name=FONT, size=8, italic=True, color="FF595959"),
        }
        self.head = Font(name=FONT, size=8, bold=True)
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
            return Font(name=FONT, size=8, bold=True, color="FF" + name[5:].lstrip("#").upper())
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
    # The default font sets the width unit of the columns: Arial (or its metric twin Liberation
    # Sans) exists wherever the report is printed; Calibri is missing on many LibreOffice
    # installations, whose fallback makes every column wider and the halves no longer fit.
    wb._fonts = IndexedList([Font(name=FONT, size=10)])
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
    widths = column_widths(report, subs)
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    half_col = page_halves(subs)[0][-1] + 1   # the left printed half ends here (1-based)
    # Title and notes stay out of the repeated columns A:E, which would print a clipped piece of
    # them on the other half: the title over each half's own columns, the notes on the right.
    _title_block(ws, report, [(IDENTITY_COLUMNS + 1, half_col), (half_col + 1, last_col)])
    _headers(ws, report, subs, st)
    row = DATA_TOP
    for block in report.blocks:
        row = _block(ws, block, subs, row, st)
    row = _footnotes(ws, report, row + 1, half_col + 1, last_col, int(sum(widths[half_col:]) * 1.3))
    _signature(ws, report, row + 1, last_col)
    page_setup(ws, report, paper, f"{HEAD_TOP}:{DATA_TOP - 1}")
    _two_pages_wide(ws, subs, widths, paper)
    ws.freeze_panes = ws.cell(DATA_TOP, 6)


def _title_block(ws: Worksheet, report: Report, spans: list[tuple[int, int]]) -> None:
    lines = [
        (report.title, Font(name=FONT, size=12, bold=True)),
        (f"{report.plan_name} \u2014 {report.scope}", Font(name=FONT, size=10, bold=True)),
        (report.period_text, Font(name=FONT, size=10)),
    ]
    for r, (text, font) in enumerate(lines, start=1):
        for first, last in spans:
            ws.merge_cells(start_row=r, start_column=first, end_row=r, end_column=last)
            cell = ws.cell(r, first, escape_text(text))
            cell.font = font
            cell.alignment = Alignment(horizontal="center")


def _headers(ws: Worksheet, report: Report, subs: list[SubColumn], st: _Styles) -> None:
    for h in header_cells(report, subs):
        _merged(ws, HEAD_TOP + h.row, h.col + 1, HEAD_TOP + h.last_row, h.last_col + 1, h.text, st,
                NUMBER_FILL if h.numbers_row else HEADER_FILL)
    for offset, height in enumerate((84, 22, 12, 12)):
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
                font = "bold" if bold and sub.field in BLOCK_FIELDS else "text"
                if text:
                    cell.value = escape_text(text)
                    longest = max(longest, _lines(text, WIDTHS[sub.field], height if per_block else 1, font == "bold"))
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


def _lines(text: str, width: int, rows: int, bold: bool = False) -> int:
    """Estimated wrapped lines per row, so the printed row is tall enough without autofit."""
    # Arial 8 pt: ~1.5 characters a width unit; fewer in bold or capitals.
    per_line = max(1, int(width * (0.85 if text.isupper() else 1.15 if bold else 1.5)))
    lines, used = 1, 0
    for word in text.split():   # greedy word wrap, as the spreadsheet does
        need = len(word) if used == 0 else used + 1 + len(word)
        if need <= per_line or used == 0:
            used = need
        else:
            lines, used = lines + 1, len(word)
        while used > per_line:    # a word longer than the line breaks
            lines, used = lines + 1, used - per_line
    return math.ceil(lines / rows)


def _footnotes(ws: Worksheet, report: Report, row: int, first_col: int, last_col: int, per_line: int) -> int:
    font = Font(name=FONT, size=8, italic=True)
    for note in FOOTNOTES:
        text = note.format(bands=band_legend(report.bands))
        ws.merge_cells(start_row=row, start_column=first_col, end_row=row, end_column=last_col)
        cell = ws.cell(row, first_col, escape_text(text))
        cell.font = font
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = 11.5 * max(1, math.ceil(len(text) / per_line))
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


def column_widths(report: Report, subs: list[SubColumn]) -> list[float]:
    """Widths in Excel character units: text columns fixed, number columns as wide as their
    longest figure at 8 pt (so the printed halves need as little shrinking as possible)."""
    widest: dict[int, dict] = {}   # sub-column -> (decimals, negative) -> largest magnitude
    for c, sub in enumerate(subs):
        if sub.part not in ("K", "Rp"):
            continue
        tops = widest[c] = {}
        percent = is_percent_field(sub.field)
        for block in report.blocks:
            if sub.part == "Rp":
                value = money_value(block, sub.field)
                if value is not None:
                    key = (2 if percent else 0, value < 0)
                    tops[key] = max(tops.get(key, Decimal(0)), abs(value))
                continue
            for line in block.lines:
                value = kinerja_value(line, sub.field)
                if value is not None:
                    key = (2 if percent else line.decimals, value < 0)
                    tops[key] = max(tops.get(key, Decimal(0)), abs(value))
    widths = []
    for c, sub in enumerate(subs):
        if c not in widest:
            widths.append(WIDTHS[width_key(sub)])
            continue
        pixels = max((_text_pixels(top, *key) for key, top in widest[c].items()), default=0)
        widths.append(max(MIN_NUMBER_WIDTH, math.ceil((pixels + 3) / 7 * 10) / 10))
    return widths


def _text_pixels(value: Decimal, places: int, negative: bool) -> float:
    """Width at 96 dpi of a number formatted the Indonesian way in Arial 8 pt (digit 5.93 px,
    separator 2.96 px), with the minus sign and the cell's inner padding."""
    digits = len(str(int(value))) + places
    separators = (len(str(int(value))) - 1) // 3 + (1 if places else 0)
    return 5.93 * (digits + negative) + 2.96 * separators + 4


def _points(width: float) -> float:
    """Printed width of an Excel column of `width` characters (7 px a character + 5 px, 96 dpi)."""
    return (width * 7 + 5) * 0.75


def _two_pages_wide(ws: Worksheet, subs: list[SubColumn], widths: list[float], paper: str) -> None:
    """~30 sub-columns on one page width print at ~3.8 pt: the table prints two pages wide
    instead, broken before column 13, with the identifying columns (No..Indikator) and the
    header rows repeated on both halves, and pages numbered across then down, so page 1 (left)
    and page 2 (right) lie side by side. Spreadsheets ignore a manual break under 'fit to
    pages', so the scale is set: the wider half fills the page width."""
    left, right = page_halves(subs)
    ws.page_setup.fitToWidth = 2
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    page_width = PAPER_WIDTH_PT[paper if paper in PAPER_WIDTH_PT else "A4"] - 72 * (ws.page_margins.left + ws.page_margins.right)
    half = max(sum(_points(widths[i]) for i in part) for part in (left, right))
    ws.page_setup.scale = max(10, min(100, int(100 * page_width / half)))
    ws.page_setup.pageOrder = "overThenDown"
    ws.print_title_cols = f"A:{get_column_letter(IDENTITY_COLUMNS)}"
    breaks = ColBreak()
    breaks.append(Break(id=left[-1] + 1))   # break left of this 0-based column: after the left half
    ws.col_breaks = breaks


def page_setup(ws: Worksheet, report: Report, paper: str, title_rows: str | None) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPER_SIZES.get(paper, 9)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.3
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
