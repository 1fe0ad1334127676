"""The year-comparison report as PDF (reportlab platypus), A4 or F4 landscape: each table with
its header row repeated on every page, long names wrapped, colours with their labels,
'Halaman x dari y' at the foot."""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table as PdfTable, TableStyle
from reportlab.platypus.flowables import PageBreak

from kinerja_desktop.exchange.compare_table import CompareDocument, Table
from kinerja_desktop.exchange.report_pdf_draw import wrap

PAGES = {"A4": landscape(A4), "F4": landscape((215 * mm, 330 * mm))}
MARGIN = 12 * mm
FONT, BOLD = "Helvetica", "Helvetica-Bold"
SIZE = 7
HEADER_GREY = colors.HexColor("#D9D9D9")
GROUP_FILL = colors.HexColor("#DDEBF7")

_BODY = ParagraphStyle("body", fontName=FONT, fontSize=SIZE, leading=SIZE + 1.5)
_BODY_BOLD = ParagraphStyle("bodyBold", parent=_BODY, fontName=BOLD)
_HEAD = ParagraphStyle("head", parent=_BODY_BOLD, alignment=1)
_TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=13, leading=16, alignment=1)
_SUBTITLE = ParagraphStyle("subtitle", fontName=FONT, fontSize=9, leading=12, alignment=1)
_SECTION = ParagraphStyle("section", fontName=BOLD, fontSize=10, leading=13, spaceBefore=4, spaceAfter=4)
_NOTE = ParagraphStyle("note", fontName=FONT, fontSize=7, leading=9)


def write_pdf(document: CompareDocument, path: Path, paper: str = "A4") -> None:
    size = PAGES.get(paper, PAGES["A4"])
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=MARGIN + 4 * mm, title=document.title, author="Kinerja Desktop")
    width = size[0] - 2 * MARGIN
    story = [Paragraph(escape(document.title), _TITLE), Paragraph(escape(document.subtitle), _SUBTITLE),
             Spacer(1, 4 * mm)]
    for n, table in enumerate(document.tables):
        if n:
            story.append(PageBreak())
        story.append(Paragraph(escape(table.name), _SECTION))
        story.append(_table(table, width))
    if document.notes:
        story.append(KeepTogether([Spacer(1, 3 * mm)] + [Paragraph(escape(n), _NOTE) for n in document.notes]))
    footer = document.footer

    def on_page(canvas, doc_):
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.drawString(MARGIN, MARGIN - 2 * mm, footer)
        canvas.restoreState()

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=_PageCountCanvas)


def _table(table: Table, width: float) -> PdfTable:
    """Text columns as wrapped paragraphs; numbers and chips as plain (pre-wrapped) strings with
    their style in the table style: a paragraph per cell made a province's report slow."""
    total = sum(c.width for c in table.columns)
    widths = [width * c.width / total for c in table.columns]
    data = [[Paragraph(escape(c.header), _HEAD) for c in table.columns]]
    styles = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
              ("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("FONT", (0, 1), (-1, -1), FONT, SIZE, SIZE + 1.5),
              ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
              ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    for c, column in enumerate(table.columns):
        if column.numeric:
            styles.append(("ALIGN", (c, 1), (c, -1), "RIGHT"))
    wrapped: dict[tuple[str, float], str] = {}
    for n, row in enumerate(table.rows, start=1):
        group = (n - 1) in table.group_rows
        if group:
            styles.append(("BACKGROUND", (0, n), (-1, n), GROUP_FILL))
        cells = []
        for c, cell in enumerate(row):
            if cell.fill:
                styles += [("BACKGROUND", (c, n), (c, n), _colour(cell.fill)),
                           ("TEXTCOLOR", (c, n), (c, n), _colour(cell.text_colour or "#000000")),
                           ("FONT", (c, n), (c, n), BOLD, SIZE, SIZE + 1.5), ("ALIGN", (c, n), (c, n), "CENTER")]
                key = (cell.text, widths[c])
                if key not in wrapped:
                    wrapped[key] = _wrap(cell.text, BOLD, widths[c] - 4)
                cells.append(wrapped[key])
            elif table.columns[c].numeric or not cell.text:
                cells.append(cell.text)
            else:
                bold = group or cell.bold
                if bold:
                    styles.append(("FONT", (c, n), (c, n), BOLD, SIZE, SIZE + 1.5))
                cells.append(_wrap(cell.text, BOLD if bold else FONT, widths[c] - 4))
        data.append(cells)
    pdf_table = PdfTable(data, colWidths=widths, repeatRows=1)
    pdf_table.setStyle(TableStyle(styles))
    return pdf_table


def _wrap(text: str, font: str, width: float) -> str:
    """Lines that fit `width` at the table's size: at spaces, and inside a word (a long code)
    only when the word alone is wider than the column (the report's word wrap)."""
    return "\n".join(wrap(text, font, SIZE, width))


_colours: dict[str, object] = {}


def _colour(code: str):
    if code not in _colours:
        _colours[code] = colors.HexColor(code)
    return _colours[code]


class _PageCountCanvas(Canvas):
    """'Halaman x dari y': pages are kept until the end, when the count is known."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved: list[dict] = []

    def showPage(self):  # noqa: N802 - reportlab API
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont(FONT, 7)
            self.drawRightString(self._pagesize[0] - MARGIN, MARGIN - 2 * mm, f"Halaman {self._pageNumber} dari {total}")
            super().showPage()
        super().save()
