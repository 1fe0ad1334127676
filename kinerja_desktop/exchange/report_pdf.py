"""The evaluation report as PDF (reportlab): the same table as the .xlsx, A4 or F4 landscape,
header rows repeated on every page, rating colours with their labels, 'Halaman x dari y'.

Column widths are measured from the content; the font shrinks (down to 4 pt) until the table
fits the page width, as 'fit to width' does in a spreadsheet.
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table, TableStyle,
)

from kinerja_desktop.domain.achievement import NOT_COMPUTABLE_COLOUR
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.exchange.report_layout import (
    BLOCK_FIELDS, HEADER_ROWS, header_cells, is_percent_field, kinerja_value, money_value, rating_of,
    sub_columns, text_value, width_key,
)
from kinerja_desktop.exchange.report_model import FOOTNOTES, Report, band_legend, roman

PAGES = {"A4": landscape(A4), "F4": landscape((215 * mm, 330 * mm))}
MARGIN = 7 * mm
PAD = 1.2   # cell padding left and right, points
FONT, BOLD = "Helvetica", "Helvetica-Bold"
# Relative widths of the text columns (they share what the numbers leave) and their minimum.
TEXT_WEIGHTS = {"1": 2, "2": 12, "3": 8, "4": 16, "5": 18, "17": 10}
TEXT_MIN = {"1": 10, "2": 34, "3": 34, "4": 44, "5": 54, "17": 30}
HEADER_GREY = colors.HexColor("#D9D9D9")
NUMBER_GREY = colors.HexColor("#F2F2F2")
LEVEL_FILL = {"goal": colors.HexColor("#DDEBF7"), "objective": colors.HexColor("#EEF4FB")}


class _NumberedCanvas(pdf_canvas.Canvas):
    """Draws 'Halaman x dari y' once the number of pages is known."""

    footer_text = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            width, _ = self._pagesize
            self.setFont(FONT, 6.5)
            self.drawString(MARGIN, 5 * mm, self.footer_text)
            self.drawRightString(width - MARGIN, 5 * mm, f"Halaman {self._pageNumber} dari {total}")
            super().showPage()
        super().save()


def _cells(report: Report, subs):
    """Per block: rows of strings (numbers formatted the Indonesian way) and its style commands,
    with rows counted from the block's first row."""
    blocks = []
    for block in report.blocks:
        rows, styles = [], []
        fill = LEVEL_FILL.get(block.level)
        if fill is not None:
            styles.append(("BACKGROUND", (0, 0), (-1, block.height - 1), fill))
        for offset in range(block.height):
            line = block.lines[offset] if block.lines else None
            row = []
            for c, sub in enumerate(subs):
                per_block = sub.part == "Rp" or (sub.part == "text" and sub.field in BLOCK_FIELDS)
                if per_block and offset > 0:
                    row.append("")
                elif sub.part == "text":
                    bold = block.level in ("goal", "objective", "bidang", "program") and sub.field in BLOCK_FIELDS
                    row.append(("B" if bold else "T", text_value(block, line, sub.field)))
                elif sub.part == "Rp":
                    value = money_value(block, sub.field)
                    row.append(format_id(value, 2 if is_percent_field(sub.field) else 0, empty=""))
                elif line is None:
                    row.append("")
                elif sub.part == "K":
                    value = kinerja_value(line, sub.field)
                    if is_percent_field(sub.field):
                        row.append(format_id(value, 2, empty="\u2014" if line.kinerja.reported else ""))
                    else:
                        row.append(format_id(value, line.decimals, empty=""))
                else:
                    band, label = rating_of(line, sub.field)
                    row.append(("P", label))
                    if band is not None:
                        styles.append(("BACKGROUND", (c, offset), (c, offset), colors.HexColor(band.colour)))
                        styles.append(("TEXTCOLOR", (c, offset), (c, offset), colors.HexColor(band.text_colour)))
                    elif label == "Tidak dapat dihitung":
                        styles.append(("BACKGROUND", (c, offset), (c, offset), colors.HexColor(NOT_COMPUTABLE_COLOUR)))
                        styles.append(("TEXTCOLOR", (c, offset), (c, offset), colors.white))
            rows.append(row)
        if block.height > 1:
            for c, sub in enumerate(subs):
                if sub.part == "Rp" or (sub.part == "text" and sub.field in BLOCK_FIELDS):
                    styles.append(("SPAN", (c, 0), (c, block.height - 1)))
        blocks.append((rows, styles))
    return blocks


def _text(cell) -> str:
    return cell if isinstance(cell, str) else cell[1]


def _natural_widths(blocks, subs) -> list[float | None]:
    """Width of each number column's longest content at 1 pt (widths scale with the size)."""
    widths: list[float | None] = []
    for c, sub in enumerate(subs):
        if sub.part == "text":
            widths.append(None)
            continue
        longest = max((_text(r[c]) for rows, _ in blocks for r in rows), key=len, default="")
        candidates = {v for rows, _ in blocks for r in rows for v in [_text(r[c])] if len(v) >= len(longest) - 1}
        width = max((stringWidth(v, BOLD if sub.part == "P" else FONT, 1) for v in candidates), default=0)
        if sub.part == "P":
            width = min(width, stringWidth("Sangat Rendah", BOLD, 1))  # longer labels wrap
        widths.append(max(width, stringWidth("00.000,00", FONT, 1)))
    return widths


def _widths(natural, subs, size: float, available: float) -> list[float] | None:
    widths = [None if w is None else w * size + 2 * PAD for w in natural]
    rest = available - sum(w for w in widths if w is not None)
    keys = [width_key(s) for s in subs]
    total_weight = sum(TEXT_WEIGHTS[k] for k, w in zip(keys, widths) if w is None)
    scale = size / 5.5
    for c, (key, w) in enumerate(zip(keys, widths)):
        if w is None:
            widths[c] = rest * TEXT_WEIGHTS[key] / total_weight
            if widths[c] < TEXT_MIN[key] * scale:
                return None
    return widths


def _fit(natural, subs, available: float) -> tuple[float, list[float]]:
    size = 6.5
    while size >= 3.5:
        widths = _widths(natural, subs, size, available)
        if widths is not None:
            return size, widths
        size -= 0.5
    # Absurd figures: shrink every column alike rather than fail.
    widths = _widths(natural, subs, 3.5, available * 3) or [available / len(subs)] * len(subs)
    return 3.5, [w * available / sum(widths) for w in widths]


CHUNK_ROWS = 30   # body tables this long split cheaply across pages (one long table is quadratic)


def write_pdf(report: Report, path: Path, paper: str = "A4") -> None:
    page = PAGES.get(paper, PAGES["A4"])
    available = page[0] - 2 * MARGIN
    subs = sub_columns(report)
    blocks = _cells(report, subs)
    size, widths = _fit(_natural_widths(blocks, subs), subs, available)
    body = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=size * 1.18)
    kinds = {"T": body, "B": ParagraphStyle("bold", parent=body, fontName=BOLD),
             "P": ParagraphStyle("label", parent=body, fontName=BOLD, fontSize=size - 0.5, alignment=1)}
    base = [
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.18), ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (5, 0), (-2, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    header = _header_table(report, subs, widths, size, base)
    story = []
    chunk_rows, chunk_styles = [], []
    for rows, styles in blocks + [(None, None)]:
        if rows is None or (chunk_rows and len(chunk_rows) + len(rows) > CHUNK_ROWS):
            data = [[Paragraph(escape(v[1]), kinds[v[0]]) if isinstance(v, tuple) and v[1] else
                     ("" if isinstance(v, tuple) else v) for v in row] for row in chunk_rows]
            if data:
                story.append(Table(data, colWidths=widths, style=TableStyle(base + chunk_styles)))
            chunk_rows, chunk_styles = [], []
            if rows is None:
                break
        shift = len(chunk_rows)
        for name, (c1, r1), (c2, r2), *rest in styles:
            chunk_styles.append((name, (c1, r1 + shift), (c2, r2 + shift), *rest))
        chunk_rows += rows
    note = ParagraphStyle("note", fontName="Helvetica-Oblique", fontSize=6, leading=7.5)
    story.append(Spacer(1, 2 * mm))
    story += [Paragraph(escape(n.format(bands=band_legend(report.bands))), note) for n in FOOTNOTES]
    story.append(Spacer(1, 4 * mm))
    story.append(KeepTogether([_signature(report, available)]))
    _build(report, path, page, available, header, story)


def _header_table(report: Report, subs, widths, size: float, base) -> Table:
    head = ParagraphStyle("head", fontName=BOLD, fontSize=size, leading=size * 1.18, alignment=1)
    cells = [[""] * len(subs) for _ in range(HEADER_ROWS)]
    style = list(base) + [
        ("BACKGROUND", (0, 0), (-1, HEADER_ROWS - 2), HEADER_GREY),
        ("BACKGROUND", (0, HEADER_ROWS - 1), (-1, HEADER_ROWS - 1), NUMBER_GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
    ]
    for h in header_cells(report, subs):
        cells[h.row][h.col] = Paragraph(escape(h.text), head)
        if (h.row, h.col) != (h.last_row, h.last_col):
            style.append(("SPAN", (h.col, h.row), (h.last_col, h.last_row)))
    return Table(cells, colWidths=widths, style=TableStyle(style))


def _build(report: Report, path: Path, page, available: float, header: Table, story: list) -> None:
    """Pages whose frame starts below the column headers; the headers (and, on the first page,
    the title block) are drawn by the page template, so every page repeats them."""
    width, height = page
    _, header_h = header.wrap(available, height)
    title = ParagraphStyle("title", fontName=BOLD, fontSize=11, leading=14, alignment=1)
    sub_title = ParagraphStyle("subtitle", fontName=BOLD, fontSize=9, leading=12, alignment=1)
    plain = ParagraphStyle("plain", fontName=FONT, fontSize=9, leading=12, alignment=1)
    title_lines = [Paragraph(escape(report.title), title),
                   Paragraph(escape(f"{report.plan_name} \u2014 {report.scope}"), sub_title),
                   Paragraph(escape(report.period_text), plain)]
    title_h = sum(p.wrap(available, height)[1] for p in title_lines) + 3 * mm
    bottom = MARGIN + 3 * mm
    top = height - MARGIN

    def draw(canvas, doc, first: bool):
        y = top
        if first:
            for p in title_lines:
                _, h = p.wrap(available, height)
                p.drawOn(canvas, MARGIN, y - h)
                y -= h
            y -= 3 * mm
        header.drawOn(canvas, MARGIN, y - header_h)

    def frame(first: bool) -> Frame:
        frame_top = top - header_h - (title_h if first else 0)
        return Frame(MARGIN, bottom, available, frame_top - bottom, leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)

    doc = BaseDocTemplate(str(path), pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=bottom, title=report.title, author="Kinerja Desktop")
    doc.addPageTemplates([
        PageTemplate("first", [frame(True)], onPage=lambda c, d: draw(c, d, True), autoNextPageTemplate="later"),
        PageTemplate("later", [frame(False)], onPage=lambda c, d: draw(c, d, False)),
    ])
    footer = f"{report.title} \u2014 {report.scope} \u2014 TW {roman(report.quarter)} {report.year}"
    canvas_class = type("ReportCanvas", (_NumberedCanvas,), {"footer_text": footer})
    doc.build(story, canvasmaker=canvas_class)


def _signature(report: Report, available: float) -> Table:
    centred = ParagraphStyle("sig", fontName=FONT, fontSize=9, leading=12, alignment=1)
    bold = ParagraphStyle("sigb", parent=centred, fontName=BOLD)
    name = f"<u>{escape(report.signer_name)}</u>" if report.signer_name else "(" + "." * 45 + ")"
    nip = f"NIP. {escape(report.signer_nip)}" if report.signer_nip else "NIP. " + "." * 30
    cells = [[Paragraph(escape(report.place_and_date), centred)], [Paragraph(escape(report.signer_title), bold)],
             [Spacer(1, 16 * mm)], [Paragraph(name, bold)], [Paragraph(nip, centred)]]
    inner = Table(cells, colWidths=[90 * mm])
    return Table([["", inner]], colWidths=[available - 90 * mm, 90 * mm])
