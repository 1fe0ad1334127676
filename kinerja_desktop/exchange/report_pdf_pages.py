"""Pages of the evaluation report PDF in two halves: the rows are cut into pages once, then each
page is printed twice, its left half (columns 1-12) and its right half (13-17), both repeating
No..Indikator and the header rows, with the same row heights so the two sheets lie side by side.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream, pdfdocEnc
from reportlab.pdfgen import canvas as pdf_canvas

from kinerja_desktop.exchange.report_pdf_draw import (
    BOLD, FONT, ITALIC, PAD_BOTTOM, PAD_TOP, Header, LineCache, cell_height, draw_header, draw_rows, wrap,
)

MARGIN = 7 * mm
SAFETY = 1.0        # points kept free per page
FOOT = 4 * mm       # baseline of the footer line (title left, page number right)
LINE = 8.0          # the half's label and the '*' legend stand on their own lines above it
BOTTOM = FOOT + 2 * LINE + 7    # the table ends above the three footer lines
STAR_LEGEND = ("* Predikat kolom 15 dihitung terhadap target triwulan kumulatif sampai triwulan laporan "
               "(indikator yang memiliki target triwulan).")


class _StreamingCanvas(pdf_canvas.Canvas):
    """Compresses each page's content when the page is done: reportlab keeps every page's text
    until save, ~40 KB a page, 1.9 GB over the 7,940 pages of a province's report before."""

    def showPage(self):
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if page.stream and not page.Contents:
            stream = PDFStream(content=zlib.compress(pdfdocEnc(page.stream), 6), filters=[])
            stream.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])
            page.Contents, page.stream = stream, None


@dataclass
class HalfSpec:
    columns: list[int]      # sub-column indexes of the full table printed on this half
    widths: list[float]
    header: Header          # the header rows of this half (its own column indexes)
    label: str = ""


def row_heights(blocks, widths_by_col: dict, merged_cols, cache: LineCache) -> list[list[float]]:
    """Each block's row heights over every column of both halves; a node's merged cells that
    need more than their rows grow the last row."""
    leading = cache.kinds.leading
    merged = set(merged_cols)
    cols = list(widths_by_col.items())
    result = []
    for rows, _, n in blocks:
        heights = []
        extra = 0.0
        for r, row in enumerate(rows):
            tallest = 1
            for c, w in cols:
                cell = row[c]
                if not isinstance(cell, tuple) or not cell[1]:
                    continue
                k = len(cache.lines(cell, w)[1])
                if c in merged and n > 1:
                    extra = max(extra, cell_height(k, leading))
                elif k > tallest:
                    tallest = k
            heights.append(cell_height(tallest, leading))
        if extra > sum(heights):
            heights[-1] += extra - sum(heights)
        result.append(heights)
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



def _tail_items(report, notes: list[str], available: float):
    """(height, draw) of what follows the table: the notes, then the signature kept whole."""
    items = [(2 * mm, None)]
    for note in notes:
        for line in wrap(note, ITALIC, 6.5, available):
            items.append((8.0, lambda c, x, y, s=line: (c.setFont(ITALIC, 6.5), c.drawString(x, y - 6.5, s))))
    items.append((4 * mm, None))
    items.append((4 * 12 + 16 * mm + 12, lambda c, x, y: _signature(c, report, x + available - 90 * mm, y)))
    return items


def _signature(canvas, report, x: float, top: float) -> None:
    centre = x + 45 * mm
    y = top - 3 - 9
    canvas.setFont(FONT, 9)
    canvas.drawCentredString(centre, y, report.place_and_date)
    canvas.setFont(BOLD, 9)
    canvas.drawCentredString(centre, y - 12, report.signer_title)
    y -= 24 + 16 * mm
    name = report.signer_name or "(" + "." * 45 + ")"
    canvas.drawCentredString(centre, y, name)
    if report.signer_name:
        w = stringWidth(name, BOLD, 9)
        canvas.setLineWidth(0.5)
        canvas.line(centre - w / 2, y - 1.2, centre + w / 2, y - 1.2)
    canvas.setFont(FONT, 9)
    canvas.drawCentredString(centre, y - 12, f"NIP. {report.signer_nip}" if report.signer_nip else "NIP. " + "." * 30)


def _place_tail(items, room: float, full: float) -> list[list]:
    """The tail's items per page: the first list goes below the table, each next on a page of its own."""
    pages, page = [[]], 0
    for h, draw in items:
        if h > room and (pages[page] or room < full):
            pages.append([])
            page += 1
            room = full
            if draw is None:
                continue
        pages[page].append((h, draw))
        room -= h
    return pages


def build_pages(report, path, page_size, available: float, blocks, merged_cols, halves: list[HalfSpec],
                notes: list[str], footer: str, cache: LineCache, header_fills: list) -> None:
    width, height = page_size
    top = height - MARGIN
    titles = [(report.title, BOLD, 11, 14), (f"{report.plan_name} \u2014 {report.scope}", BOLD, 9, 12),
              (report.period_text, FONT, 9, 12)]
    title_lines = [(line, f, s, ld) for text, f, s, ld in titles for line in wrap(text, f, s, available)]
    title_h = sum(ld for *_, ld in title_lines) + 3 * mm
    header_h = sum(halves[0].header.heights)
    full = top - header_h - BOTTOM
    capacities = [full - title_h - SAFETY, full - SAFETY]
    # A row is never split across pages: no cell may be taller than the smaller page body.
    cache.max_lines = max(1, int((min(capacities) - PAD_TOP - PAD_BOTTOM) // cache.kinds.leading))
    widths_by_col = {}
    for spec in halves:
        for c, w in zip(spec.columns, spec.widths):
            widths_by_col.setdefault(c, w)
    heights = row_heights(blocks, widths_by_col, merged_cols, cache)
    items = _tail_items(report, notes, available)
    pages = paginate(blocks, heights, capacities, merged_cols, sum(h for h, _ in items))
    last_used = sum(sum(hs) for _, hs in pages[-1])
    last_room = capacities[min(len(pages) - 1, 1)] + SAFETY - last_used
    tail_pages = _place_tail(items, last_room, top - BOTTOM)
    total = 2 * len(pages) + len(tail_pages) - 1

    c = _StreamingCanvas(str(path), pagesize=page_size)
    c.setTitle(report.title)
    c.setAuthor("Kinerja Desktop")
    for k, spec in enumerate(halves):   # the header rows: drawn once, placed on every page
        c.beginForm(f"header{k}")
        draw_header(c, spec.header, MARGIN, top, cache.kinds.size, header_fills)
        c.endForm()
    number = 0

    def finish(label: str, star: bool) -> None:
        nonlocal number
        number += 1
        c.setFillColorRGB(0, 0, 0)
        c.setFont(FONT, 6.5)
        right = f"Halaman {number} dari {total}"
        c.drawRightString(width - MARGIN, FOOT, right)
        room = available - stringWidth(right, FONT, 6.5) - 12
        text = footer
        while text and stringWidth(text, FONT, 6.5) > room:
            text = text[:-2] + "\u2026"
        c.drawString(MARGIN, FOOT, text)
        if label:
            c.drawCentredString(width / 2, FOOT + LINE, label)
        if star:
            c.setFont(ITALIC, 6.5)
            c.drawString(MARGIN, FOOT + 2 * LINE, STAR_LEGEND)

    for i, segments in enumerate(pages):
        for k, spec in enumerate(halves):
            y = top
            if i == 0:
                for line, f, s, ld in title_lines:
                    c.setFont(f, s)
                    c.drawCentredString(width / 2, y - s, line)
                    y -= ld
                y -= 3 * mm
            c.saveState()
            c.translate(0, y - top)
            c.doForm(f"header{k}")
            c.restoreState()
            star = draw_rows(c, segments, spec.columns, spec.widths, MARGIN, y - header_h, merged_cols, cache)
            if i == len(pages) - 1 and k == len(halves) - 1:
                y -= header_h + sum(sum(hs) for _, hs in segments)
                for p, tail in enumerate(tail_pages):
                    if p > 0:
                        finish(spec.label if p == 1 else "", star and p == 1)
                        c.showPage()
                        y = top
                    for h, draw in tail:
                        if draw is not None:
                            draw(c, MARGIN, y)
                        y -= h
                finish(spec.label if len(tail_pages) == 1 else "", star and len(tail_pages) == 1)
            else:
                finish(spec.label, star)
            c.showPage()
    c.save()
