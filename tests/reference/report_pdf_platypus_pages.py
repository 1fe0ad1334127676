"""Pages of the evaluation report PDF in two halves: the rows are cut into pages once, then each
page is printed twice, its left half (columns 1-12) and its right half (13-17), both repeating
No..Indikator and the header rows, with the same row heights so the two sheets lie side by side.
"""
from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle,
)

FONT, BOLD = "Helvetica", "Helvetica-Bold"
MARGIN = 7 * mm
MEASURE_ROWS = 40   # rows measured per table: one long table is quadratic in reportlab
SAFETY = 1.0        # points kept free per page, so a page's table never spills to the next


class CachedParagraph(Paragraph):
    """A cell paragraph shared by the measuring table and both printed halves: wrapped once
    per width instead of at every measure and draw."""

    _wrapped: tuple | None = None

    def wrap(self, availWidth, availHeight):
        # A table draws a cell at the difference of two column positions, which may differ from
        # the width it measured by a rounding error.
        if self._wrapped is not None and abs(self._wrapped[0] - availWidth) < 0.01:
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


@dataclass
class HalfSpec:
    columns: list[int]      # sub-column indexes of the full table printed on this half
    widths: list[float]
    style: list             # base table style of this half
    header: Table           # the four header rows of this half
    label: str = ""


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


def _half_table(spec: HalfSpec, rows, styles, spans, merged_cols, heights=None) -> Table:
    col_map = {c: i for i, c in enumerate(spec.columns)}
    data = [[row[c] for c in spec.columns] for row in rows]
    style = list(spec.style)
    for name, (c1, r1), (c2, r2), *rest in styles:
        if c1 == 0 and c2 == -1:
            style.append((name, (0, r1), (-1, r2), *rest))
        elif c1 in col_map and c2 in col_map:
            style.append((name, (col_map[c1], r1), (col_map[c2], r2), *rest))
    for r1, r2 in spans:
        style += [("SPAN", (col_map[c], r1), (col_map[c], r2)) for c in merged_cols if c in col_map]
    return Table(data, colWidths=spec.widths, rowHeights=heights, style=TableStyle(style))


def _row_heights(blocks, halves: list[HalfSpec], merged_cols) -> list[list[float]]:
    """Each block's row heights: the taller of the two halves, measured a few blocks at a time."""
    result: list[list[float]] = []
    group: list = []

    def measure():
        rows, styles, spans = _concat(group)
        tallest = [0.0] * len(rows)
        for spec in measured:
            table = _half_table(spec, rows, styles, spans, merged_cols)
            table.wrap(sum(spec.widths), 1e9)    # a smaller height stops the measuring there
            tallest = [max(a, b) for a, b in zip(tallest, table._rowHeights)]
        start = 0
        for _, _, n in group:
            result.append(tallest[start:start + n])
            start += n
        group.clear()

    # The columns both halves share have the same widths: measured once, with the left half.
    first = halves[0]
    measured = [first]
    for spec in halves[1:]:
        own = [(c, w) for c, w in zip(spec.columns, spec.widths) if c not in first.columns]
        if own:
            measured.append(HalfSpec([c for c, _ in own], [w for _, w in own],
                                     [cmd for cmd in spec.style if cmd[0] != "ALIGN"], spec.header))
    count = 0
    for block in blocks:
        if group and count + block[2] > MEASURE_ROWS:
            measure()
            count = 0
        group.append(block)
        count += block[2]
    if group:
        measure()
    return result


def _concat(segments):
    """Rows, styles (shifted) and spans of consecutive block segments (rows, styles, n)."""
    rows, styles, spans = [], [], []
    for seg_rows, seg_styles, n in segments:
        shift = len(rows)
        styles += [(name, (c1, r1 + shift), (c2, r2 + shift), *rest)
                   for name, (c1, r1), (c2, r2), *rest in seg_styles]
        if n > 1:
            spans.append((shift, shift + n - 1))
        rows += seg_rows
    return rows, styles, spans


def _piece(block, heights, first: int, last: int, merged_cols):
    """Rows first..last-1 of a block too tall for a page; a continuation repeats the node's cells."""
    rows, styles, _ = block
    piece_rows = [list(r) for r in rows[first:last]]
    if first > 0:
        for c in merged_cols:
            piece_rows[0][c] = rows[0][c]
    piece_styles = []
    for name, (c1, r1), (c2, r2), *rest in styles:
        lo, hi = max(r1, first), min(r2 if r2 >= 0 else len(rows) - 1, last - 1)
        if lo <= hi:
            piece_styles.append((name, (c1, lo - first), (c2, hi - first), *rest))
    return (piece_rows, piece_styles, last - first), heights[first:last]


def paginate(blocks, heights, capacities, merged_cols, tail_height: float = 0.0):
    """Blocks onto pages: a node's rows stay together unless they are taller than a page."""
    pages, page, used = [], [], 0.0

    def capacity():
        return capacities[min(len(pages), len(capacities) - 1)]

    for block, hs in zip(blocks, heights):
        total = sum(hs)
        if page and used + total > capacity() and total <= capacities[-1]:
            pages.append(page)
            page, used = [], 0.0
        if used + total <= capacity():
            page.append((block, hs))
            used += total
            continue
        first = 0
        while first < block[2]:
            last, room = first, capacity() - used
            while last < block[2] and (last == first and not page or hs[last] <= room):
                room -= hs[last]
                last += 1
            if last > first:
                piece = _piece(block, hs, first, last, merged_cols)
                page.append(piece)
                used += sum(piece[1])
                first = last
            if first < block[2]:
                pages.append(page)
                page, used = [], 0.0
    room = capacity() - used
    if page or not pages:
        pages.append(page)
    last = pages[-1]
    if len(last) > 1 and tail_height > room:
        # The notes and the signature would spill onto a page of their own (out of the pairs):
        # the last node moves to a new pair, whose right half then has room for them.
        pages.append([last.pop()])
    return pages


def _height(flowables, width: float, height: float) -> float:
    total = 0.0
    for f in flowables:
        inner = getattr(f, "_content", None)    # KeepTogether
        total += _height(inner, width, height) if inner else f.wrap(width, height)[1]
    return total


def build_pages(report, path, page_size, available: float, blocks, merged_cols, halves: list[HalfSpec],
                tail: list, footer: str) -> None:
    width, height = page_size
    header_hs = {id(spec): spec.header.wrap(available, height)[1] for spec in halves}
    header_h = max(header_hs.values())
    title = ParagraphStyle("title", fontName=BOLD, fontSize=11, leading=14, alignment=1)
    sub_title = ParagraphStyle("subtitle", fontName=BOLD, fontSize=9, leading=12, alignment=1)
    plain = ParagraphStyle("plain", fontName=FONT, fontSize=9, leading=12, alignment=1)
    title_lines = [Paragraph(escape(report.title), title),
                   Paragraph(escape(f"{report.plan_name} \u2014 {report.scope}"), sub_title),
                   Paragraph(escape(report.period_text), plain)]
    title_h = sum(p.wrap(available, height)[1] for p in title_lines) + 3 * mm
    bottom = MARGIN + 3 * mm
    top = height - MARGIN

    def draw(canvas, spec: HalfSpec | None, first: bool):
        y = top
        if first:
            for p in title_lines:
                _, h = p.wrap(available, height)
                p.drawOn(canvas, MARGIN, y - h)
                y -= h
            y -= 3 * mm
        if spec is not None:
            spec.header.drawOn(canvas, MARGIN, y - header_hs[id(spec)])
            canvas.setFont(FONT, 6.5)
            canvas.drawCentredString(width / 2, 5 * mm, spec.label)

    def frame(first: bool, with_header: bool = True) -> Frame:
        frame_top = top - (header_h if with_header else 0) - (title_h if first else 0)
        return Frame(MARGIN, bottom, available, frame_top - bottom, leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)

    capacities = [frame(True)._aH - SAFETY, frame(False)._aH - SAFETY]
    heights = _row_heights(blocks, halves, merged_cols)
    pages = paginate(blocks, heights, capacities, merged_cols, _height(tail, available, height))
    left, right = halves
    story: list = []
    for i, segments in enumerate(pages):
        rows, styles, spans = _concat([seg for seg, _ in segments])
        row_heights = [h for _, hs in segments for h in hs]
        if i > 0:
            story += [NextPageTemplate("left"), PageBreak()]
        for j, spec in enumerate((left, right)):
            if j == 1:
                story += [NextPageTemplate("first_right" if i == 0 else "right"), PageBreak()]
            if rows:
                story.append(_half_table(spec, rows, styles, spans, merged_cols, row_heights))
            else:
                story.append(Spacer(1, 1))
    story += [NextPageTemplate("plain")] + tail

    doc = BaseDocTemplate(str(path), pagesize=page_size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=bottom, title=report.title, author="Kinerja Desktop")
    doc.addPageTemplates([
        PageTemplate("first_left", [frame(True)], onPage=lambda c, d: draw(c, left, True)),
        PageTemplate("first_right", [frame(True)], onPage=lambda c, d: draw(c, right, True)),
        PageTemplate("left", [frame(False)], onPage=lambda c, d: draw(c, left, False)),
        PageTemplate("right", [frame(False)], onPage=lambda c, d: draw(c, right, False)),
        PageTemplate("plain", [frame(False, with_header=False)], onPage=lambda c, d: draw(c, None, False)),
    ])
    canvas_class = type("ReportCanvas", (_NumberedCanvas,), {"footer_text": footer})
    doc.build(story, canvasmaker=canvas_class)
