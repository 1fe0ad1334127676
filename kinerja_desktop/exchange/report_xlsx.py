"""The evaluation report as .xlsx: the printed form's merged headers, the column-number and
arithmetic row, Indonesian number formats, rating colours with their labels, A4/F4 landscape
page setup fitted to the width with repeated header rows, page numbers and a signature block.

Written with XlsxWriter in constant-memory mode: rows go to disk as they are written, so a
province's report never sits in memory as cells. Every cell is therefore written in row
order, and the merges over several rows are recorded without writing ahead (_merge).
"""
from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path

import xlsxwriter
from xlsxwriter.worksheet import Worksheet

from kinerja_desktop.domain.achievement import NOT_COMPUTABLE_COLOUR
from kinerja_desktop.exchange.cells import escape_text
from kinerja_desktop.exchange.report_layout import (
    BLOCK_FIELDS, IDENTITY_COLUMNS, SubColumn, header_cells, page_halves, width_key, is_percent_field, kinerja_value, money_value, rating_of, sub_columns,
    text_value,
)
from kinerja_desktop.exchange.report_model import FOOTNOTES, Report, band_legend
from kinerja_desktop.exchange.report_sheet import MARGINS, page_setup, set_height, set_width
from kinerja_desktop.exchange.report_summary_xlsx import write_summary_sheet

ID = "[$-421]"   # Indonesian display: 1.234.567,89 whatever the computer's locale
FONT = "Arial"
HEADER_FILL = "#D9D9D9"
NUMBER_FILL = "#F2F2F2"
LEVEL_FILL = {"goal": "#DDEBF7", "objective": "#EEF4FB"}
WIDTHS = {"1": 4, "2": 10, "3": 9, "4": 15, "5": 18, "17": 12, "K": 8, "Rp": 11, "Rp%": 7, "P": 10}
MIN_NUMBER_WIDTH = 5.5
PAPER_WIDTH_PT = {"A4": 842, "F4": 935}   # landscape: 297 mm, 330 mm
HEAD_TOP = 5          # first header row (1-based); rows 1-4 hold the title block
DATA_TOP = HEAD_TOP + 4
# Text is never a formula, a link or a number: escape_text has made it safe to show as is.
WORKBOOK_OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                    "strings_to_numbers": False,
                    # The default font sets the width unit of the columns: Arial (or its metric
                    # twin Liberation Sans) exists wherever the report is printed; Calibri is
                    # missing on many LibreOffice installations, whose fallback makes every column
                    # wider and the halves no longer fit.
                    "default_format_properties": {"font_name": FONT, "font_size": 10}}


def _merge(ws: Worksheet, r1: int, c1: int, r2: int, c2: int) -> None:
    """Record a merged range (0-based, inclusive) whose cells the caller writes itself, row by
    row: XlsxWriter's merge_range writes the covered rows at once, which constant-memory mode
    cannot take back, and keeps a dictionary entry per covered cell. The ranges written here
    never overlap."""
    ws.merge.append([r1, c1, r2, c2])


def number_format(decimals: int) -> str:
    return ID + "#,##0" + ("." + "0" * decimals if decimals > 0 else "")


RUPIAH = number_format(0)
PERCENT = number_format(2)


class _Styles:
    """XlsxWriter formats by (fill, font, alignment, number format), made once each."""

    ALIGN = {
        "": {},
        "wrap_top": {"text_wrap": True, "valign": "top"},
        "right_top": {"align": "right", "valign": "top"},
        "center": {"align": "center", "valign": "vcenter", "text_wrap": True},
        "label": {"align": "center", "valign": "top", "text_wrap": True},
        "left_top": {"valign": "top"},
        "wrap_left_top": {"valign": "top", "text_wrap": True},
        "middle": {"align": "center"},
        "label_nowrap": {"align": "center", "valign": "top"},
        "program": {"text_wrap": True, "valign": "top"},
        "activity": {"text_wrap": True, "valign": "top", "indent": 1},
        "sub_activity": {"text_wrap": True, "valign": "top", "indent": 2},
    }
    INDENT = ("program", "activity", "sub_activity")

    def __init__(self, wb: xlsxwriter.Workbook):
        self.wb = wb
        self._formats: dict[tuple, object] = {}

    def get(self, fill: str = "", font: str = "text", alignment: str = "wrap_top", number_format: str = "",
            border: bool = True):
        key = (fill, font, alignment, number_format, border)
        fmt = self._formats.get(key)
        if fmt is None:
            props: dict = dict(self.ALIGN[alignment])
            if border:
                props.update(border=1, border_color="#000000")
            colour = LEVEL_FILL.get(fill, fill if fill.startswith("#") else "")
            if colour:
                props.update(pattern=1, bg_color=colour)
            props.update(self._font(font))
            if number_format:
                props["num_format"] = number_format
            fmt = self._formats[key] = self.wb.add_format(props)
        return fmt

    @staticmethod
    def _font(name: str) -> dict:
        if name == "":
            return {}
        if name.startswith("band:"):
            return {"font_name": FONT, "font_size": 8, "bold": True, "font_color": name[5:]}
        size, _, rest = name.partition(":")      # e.g. "8", "8:bold", "9:bold:underline"
        if not size.isdigit():
            size, rest = "8", name
        props = {"font_name": FONT, "font_size": int(size)}
        for flag in rest.split(":") if rest else ():
            if flag == "bold":
                props["bold"] = True
            elif flag == "italic":
                props["italic"] = True
            elif flag == "grey":
                props["font_color"] = "#595959"
            elif flag == "underline":
                props["underline"] = 1
        return props


def write_xlsx(report: Report, path: Path, paper: str = "A4") -> None:
    wb = xlsxwriter.Workbook(str(path), WORKBOOK_OPTIONS)
    try:
        st = _Styles(wb)
        write_table_sheet(wb.add_worksheet("Evaluasi RKPD"), report, paper, st)
        if report.summary:
            write_summary_sheet(wb.add_worksheet("Ringkasan OPD"), report, paper, st)
        wb.set_properties({"title": report.title, "author": "Kinerja Desktop"})
    finally:
        wb.close()


def write_table_sheet(ws: Worksheet, report: Report, paper: str, st: _Styles) -> None:
    subs = sub_columns(report)
    last_col = len(subs)
    widths = column_widths(report, subs)
    for i, width in enumerate(widths):
        set_width(ws, i, width)
    half_col = page_halves(subs)[0][-1] + 1   # the left printed half ends here (1-based)
    # Title and notes stay out of the repeated columns A:E, which would print a clipped piece of
    # them on the other half: the title over each half's own columns, the notes on the right.
    _title_block(ws, report, [(IDENTITY_COLUMNS + 1, half_col), (half_col + 1, last_col)], st)
    _headers(ws, report, subs, st)
    row = DATA_TOP - 1
    kinds = [_kind(sub) for sub in subs]
    for block in report.blocks:
        row = _block(ws, block, subs, kinds, row, st)
    row = _footnotes(ws, report, row + 2, half_col + 1, last_col, int(sum(widths[half_col:]) * 1.3), st)
    _signature(ws, report, row + 1, last_col, st)
    page_setup(ws, report, paper, (HEAD_TOP - 1, DATA_TOP - 2))
    _two_pages_wide(ws, subs, widths, paper)
    ws.freeze_panes(DATA_TOP - 1, 5)


def _title_block(ws: Worksheet, report: Report, spans: list[tuple[int, int]], st: _Styles) -> None:
    lines = [(report.title, "12:bold"), (f"{report.plan_name} \u2014 {report.scope}", "10:bold"),
             (report.period_text, "10")]
    for r, (text, font) in enumerate(lines):
        fmt = st.get("", font, "middle", border=False)
        for first, last in spans:
            if first == last:
                ws.write_string(r, first - 1, escape_text(text), fmt)
            else:
                ws.merge_range(r, first - 1, r, last - 1, escape_text(text), fmt)


def _headers(ws: Worksheet, report: Report, subs: list[SubColumn], st: _Styles) -> None:
    owner: dict[tuple[int, int], tuple] = {}
    for h in header_cells(report, subs):
        for r in range(h.row, h.last_row + 1):
            for c in range(h.col, h.last_col + 1):
                owner[r, c] = h
        if (h.row, h.col) != (h.last_row, h.last_col):
            _merge(ws, HEAD_TOP - 1 + h.row, h.col, HEAD_TOP - 1 + h.last_row, h.last_col)
    for offset, height in enumerate((84, 22, 12, 12)):
        r = HEAD_TOP - 1 + offset
        set_height(ws, r, height)
        for c in range(len(subs)):
            h = owner.get((offset, c))
            if h is None:
                continue
            fill = NUMBER_FILL if h.numbers_row else HEADER_FILL
            if (h.row, h.col) == (offset, c):
                ws.write_string(r, c, escape_text(h.text), st.get(fill, "8:bold", "center"))
            else:
                ws.write_blank(r, c, None, st.get(fill, "", ""))


def _kind(sub: SubColumn) -> str:
    if sub.part == "text":
        return "block_text" if sub.field in BLOCK_FIELDS else "text"
    return sub.part


def _block(ws: Worksheet, block, subs: list[SubColumn], kinds: list[str], row: int, st: _Styles) -> int:
    height = block.height
    level = block.level if block.level in LEVEL_FILL else ""
    bold = block.level in ("goal", "objective", "bidang", "program")
    indent = block.level if block.level in _Styles.INDENT else "wrap_top"
    top_formats: dict[int, object] = {}
    write_string, write_number, write_blank, get = ws.write_string, ws.write_number, ws.write_blank, st.get
    for offset in range(height):
        r = row + offset
        line = block.lines[offset] if block.lines else None
        longest = 1
        cells = []
        for c, sub in enumerate(subs):
            kind = kinds[c]
            per_block = kind == "Rp" or kind == "block_text"
            if per_block and offset > 0:
                cells.append((c, None, top_formats[c]))     # covered by the block's merged cell
                continue
            if kind == "text" or kind == "block_text":
                text = text_value(block, line, sub.field)
                font = "8:bold" if bold and kind == "block_text" else "text"
                if text:
                    longest = max(longest, _lines(text, WIDTHS[sub.field], height if per_block else 1, font != "text"))
                fmt = get(level, font, indent if sub.field == "4" else "wrap_top")
                cells.append((c, escape_text(text) if text else None, fmt))
            elif kind == "Rp":
                value = money_value(block, sub.field)
                cells.append((c,) + _number(value, PERCENT if is_percent_field(sub.field) else RUPIAH, st, level))
            elif line is None:
                cells.append((c, None, get(level)))
            elif kind == "K":
                value = kinerja_value(line, sub.field)
                if value is None and is_percent_field(sub.field) and line.kinerja.reported:
                    cells.append((c, "\u2014", get(level, "text", "center")))
                else:
                    fmt = PERCENT if is_percent_field(sub.field) else number_format(line.decimals)
                    cells.append((c,) + _number(value, fmt, st, level))
            else:  # predikat beside the capaian
                band, label = rating_of(line, sub.field)
                if not label:
                    cells.append((c, None, get(level)))
                elif band is not None:
                    cells.append((c, label, get(band.colour, "band:" + band.text_colour, "label")))
                elif label == "Tidak dapat dihitung":
                    cells.append((c, label, get(NOT_COMPUTABLE_COLOUR, "band:#FFFFFF", "label")))
                else:
                    cells.append((c, label, get(level, "8:italic:grey", "label")))
            if per_block:
                top_formats[c] = cells[-1][2]
        set_height(ws, r, max(12, 10.5 * longest))
        for c, value, fmt in cells:
            if value is None:
                write_blank(r, c, None, fmt)
            elif isinstance(value, str):
                write_string(r, c, value, fmt)
            else:   # a Decimal: the nearest double, as a spreadsheet reads the decimal text
                write_number(r, c, float(value), fmt)
    if height > 1:
        for c in top_formats:
            _merge(ws, row, c, row + height - 1, c)
    return row + height


def _number(value, fmt: str, st: _Styles, level: str) -> tuple:
    if value is None:
        return None, st.get(level)
    return value, st.get(level, "text", "right_top", fmt)


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


def _footnotes(ws: Worksheet, report: Report, row: int, first_col: int, last_col: int, per_line: int,
               st: _Styles) -> int:
    """Rows are 1-based here, as in the layout above; returns the next free row."""
    fmt = st.get("", "8:italic", "wrap_top", border=False)
    for note in (*FOOTNOTES, *report.notes):
        text = note.format(bands=band_legend(report.bands)) if note in FOOTNOTES else note
        set_height(ws, row - 1, 11.5 * max(1, math.ceil(len(text) / per_line)))
        ws.merge_range(row - 1, first_col - 1, row - 1, last_col - 1, escape_text(text), fmt)
        row += 1
    return row


def _signature(ws: Worksheet, report: Report, row: int, last_col: int, st: _Styles) -> int:
    first = max(1, last_col - 7)
    name = report.signer_name or "(" + "." * 45 + ")"
    nip = f"NIP. {report.signer_nip}" if report.signer_nip else "NIP. " + "." * 30
    for text, font in (
        (report.place_and_date, "9"), (report.signer_title, "9:bold"), ("", ""), ("", ""), ("", ""),
        (name, "9:bold:underline" if report.signer_name else "9:bold"), (nip, "9"),
    ):
        if text:
            ws.merge_range(row - 1, first - 1, row - 1, last_col - 1, escape_text(text),
                           st.get("", font, "middle", border=False))
        else:
            _merge(ws, row - 1, first - 1, row - 1, last_col - 1)
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
    ws.fit_to_pages(2, 0)
    page_width = PAPER_WIDTH_PT[paper if paper in PAPER_WIDTH_PT else "A4"] - 72 * (MARGINS["left"] + MARGINS["right"])
    half = max(sum(_points(widths[i]) for i in part) for part in (left, right))
    ws.set_print_scale(max(10, min(100, int(100 * page_width / half))))   # also turns 'fit to pages' off
    ws.print_across()
    ws.repeat_columns(0, IDENTITY_COLUMNS - 1)
    ws.set_v_pagebreaks([left[-1] + 1])   # break left of this 0-based column: after the left half
