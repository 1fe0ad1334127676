"""The RPJMD evaluation form as .xlsx, in the style of the RKPD report (report_xlsx): merged
headers with a column-number and arithmetic row, Indonesian number formats, the rating colour
with its label beside each capaian, landscape paper two pages wide with the identifying columns
repeated, page numbers in the footer, the legend and the signature block.

XlsxWriter in constant-memory mode, every cell written in row order (see report_xlsx).
"""
from __future__ import annotations

import math
from pathlib import Path

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from kinerja_desktop.domain.achievement import NOT_COMPUTABLE_COLOUR
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.exchange.cells import escape_text
from kinerja_desktop.exchange.report_sheet import MARGINS, PAPER_SIZES, set_height, set_width
from kinerja_desktop.exchange.report_xlsx import (
    HEADER_FILL, LEVEL_FILL, NUMBER_FILL, PAPER_WIDTH_PT, PERCENT, WORKBOOK_OPTIONS, _lines, _merge, _points,
    _signature, _Styles, number_format,
)
from kinerja_desktop.exchange.rpjmd_layout import (
    BLOCK_FIELDS, HEADER_ROWS, IDENTITY, SubColumn, cell, header_cells, page_halves, sub_columns,
)
from kinerja_desktop.exchange.rpjmd_model import RpjmdForm, footnotes

SHEET = "Evaluasi RPJMD"
HEAD_TOP = 4                    # 0-based first header row; rows 0-2 hold the title block
DATA_TOP = HEAD_TOP + HEADER_ROWS
HEADER_HEIGHTS = (26, 44, 14, 46)
TEXT_WIDTHS = {"no": 4, "code": 8, "name": 22, "indicator": 26, "agency": 18}
PREDIKAT_WIDTH = 12
MIN_NUMBER_WIDTH = 8.5   # 'Realisasi' in bold 8 pt on one line


def write_rpjmd_xlsx(form: RpjmdForm, path: Path, paper: str = "A4") -> None:
    wb = xlsxwriter.Workbook(str(path), WORKBOOK_OPTIONS)
    try:
        st = _Styles(wb)
        write_form_sheet(wb.add_worksheet(SHEET), form, paper, st)
        wb.set_properties({"title": form.title, "author": "Kinerja Desktop"})
    finally:
        wb.close()


def write_form_sheet(ws: Worksheet, form: RpjmdForm, paper: str, st: _Styles) -> None:
    subs = sub_columns(form)
    widths = column_widths(form, subs)
    for i, width in enumerate(widths):
        set_width(ws, i, width)
    left, right = page_halves(form, subs)
    half_end = left[-1]
    _title(ws, form, [(IDENTITY, half_end), (half_end + 1, len(subs) - 1)], st)
    _headers(ws, form, subs, st)
    row = DATA_TOP
    for block in form.blocks:
        row = _block(ws, block, subs, widths, row, st)
    row = _legend(ws, form, row + 1, half_end + 1, len(subs) - 1, widths, st)
    _signature(ws, form, row + 2, len(subs), st)
    _page_setup(ws, form, paper, subs, widths, half_end)
    ws.freeze_panes(DATA_TOP, IDENTITY)


def _title(ws: Worksheet, form: RpjmdForm, spans, st: _Styles) -> None:
    lines = [(form.title, "12:bold"), (f"{form.plan_name} \u2014 {form.scope}", "10:bold"), (form.period_text, "10")]
    for r, (text, font) in enumerate(lines):
        fmt = st.get("", font, "middle", border=False)
        for first, last in spans:
            ws.merge_range(r, first, r, last, escape_text(text), fmt)


def _headers(ws: Worksheet, form: RpjmdForm, subs: list[SubColumn], st: _Styles) -> None:
    owner = {}
    for h in header_cells(form, subs):
        for r in range(h.row, h.last_row + 1):
            for c in range(h.col, h.last_col + 1):
                owner[r, c] = h
        if (h.row, h.col) != (h.last_row, h.last_col):
            _merge(ws, HEAD_TOP + h.row, h.col, HEAD_TOP + h.last_row, h.last_col)
    for offset, height in enumerate(HEADER_HEIGHTS):
        r = HEAD_TOP + offset
        set_height(ws, r, height)
        for c in range(len(subs)):
            h = owner[offset, c]
            fill = NUMBER_FILL if h.numbers_row else HEADER_FILL
            if (h.row, h.col) == (offset, c):
                ws.write_string(r, c, escape_text(h.text), st.get(fill, "8:bold", "center"))
            else:
                ws.write_blank(r, c, None, st.get(fill, "", ""))


def _block(ws: Worksheet, block, subs: list[SubColumn], widths: list[float], row: int, st: _Styles) -> int:
    level = block.level if block.level in LEVEL_FILL else ""
    height = block.height
    top_formats = {}
    get = st.get
    for offset in range(height):
        line = block.lines[offset] if block.lines else None
        longest, cells = 1, []
        for c, sub in enumerate(subs):
            merged = sub.part == "text" and sub.field in BLOCK_FIELDS
            if merged and offset > 0:
                cells.append((c, None, top_formats[c]))
                continue
            kind, value = cell(block, line, sub)
            if kind == "blank":
                fmt = get(level)
            elif kind in ("text", "bold"):
                bold = kind == "bold"
                longest = max(longest, _lines(value, int(widths[c]), height if merged else 1, bold))
                fmt = get(level, "8:bold" if bold else "text", "wrap_top")
                value = escape_text(value)
            elif kind == "number":
                value, decimals = value
                fmt = get(level, "text", "right_top", number_format(decimals))
            elif kind == "percent":
                fmt = get(level, "text", "right_top", PERCENT)
            elif kind == "dash":
                fmt = get(level, "text", "label_nowrap")
            elif kind == "band":
                band, value = value
                fmt = get(band.colour, "band:" + band.text_colour, "label")
            else:   # not computable: the label takes two lines
                fmt = get(NOT_COMPUTABLE_COLOUR, "band:#FFFFFF", "label")
                longest = max(longest, 2)
            if merged:
                top_formats[c] = fmt
            cells.append((c, value, fmt))
        r = row + offset
        set_height(ws, r, max(12, 10.5 * longest))
        for c, value, fmt in cells:
            if value is None:
                ws.write_blank(r, c, None, fmt)
            elif isinstance(value, str):
                ws.write_string(r, c, value, fmt)
            else:   # a Decimal: the nearest double, as a spreadsheet reads the decimal text
                ws.write_number(r, c, float(value), fmt)
    if height > 1:
        for c in top_formats:
            _merge(ws, row, c, row + height - 1, c)
    return row + height


def _legend(ws: Worksheet, form: RpjmdForm, row: int, first: int, last: int, widths, st: _Styles) -> int:
    """The notes under the right half (the left half's repeated columns would clip them)."""
    per_line = max(20, int(sum(widths[first:last + 1]) * 1.3))
    fmt = st.get("", "8:italic", "wrap_top", border=False)
    for note in footnotes(form):
        set_height(ws, row, 11.5 * max(1, math.ceil(len(note) / per_line)))
        ws.merge_range(row, first, row, last, escape_text(note), fmt)
        row += 1
    return row


def column_widths(form: RpjmdForm, subs: list[SubColumn]) -> list[float]:
    """Text columns fixed; figure columns as wide as their longest formatted figure."""
    longest = [0] * len(subs)
    for block in form.blocks:
        for line in block.lines:
            for c, sub in enumerate(subs):
                if sub.part not in ("K", "pct"):
                    continue
                kind, value = cell(block, line, sub)
                if kind == "number":
                    longest[c] = max(longest[c], len(format_id(value[0], value[1])))
                elif kind == "percent":
                    longest[c] = max(longest[c], len(format_id(value, 2)))
    widths = []
    for c, sub in enumerate(subs):
        if sub.part == "text":
            widths.append(TEXT_WIDTHS[sub.field])
        elif sub.part == "P":
            widths.append(PREDIKAT_WIDTH)
        else:
            widths.append(max(MIN_NUMBER_WIDTH, math.ceil(longest[c] * 9) / 10 + 1.5))
    return widths


def _page_setup(ws: Worksheet, form: RpjmdForm, paper: str, subs, widths, half_end: int) -> None:
    """Landscape, two pages wide (the halves of page_halves), numbered across then down, the
    identifying columns and the header rows repeated; the scale fills the page with the wider half."""
    ws.set_landscape()
    ws.set_paper(PAPER_SIZES.get(paper, 9))
    ws.set_margins(**MARGINS)
    ws.center_horizontally()
    ws.repeat_rows(HEAD_TOP, DATA_TOP - 1)
    ws.repeat_columns(0, IDENTITY - 1)
    ws.set_header("", {"margin": 0.5})
    ws.set_footer("&L&7 " + escape_text(form.footer).replace("&", "&&") + "&R&8 Halaman &P dari &N",
                  {"margin": 0.5})
    left, right = page_halves(form, subs)
    page_width = PAPER_WIDTH_PT.get(paper, PAPER_WIDTH_PT["A4"]) - 72 * (MARGINS["left"] + MARGINS["right"])
    half = max(sum(_points(widths[i]) for i in part) for part in (left, right))
    ws.fit_to_pages(2, 0)
    ws.set_print_scale(max(10, min(100, int(100 * page_width / half))))
    ws.print_across()
    ws.set_v_pagebreaks([half_end + 1])
