"""Drawing the evaluation report's cells straight on a reportlab canvas: words wrapped once per
cell with the font metrics, rows at precomputed heights, one path for the grid and one text
object per page (platypus Tables spent most of the report's time in their own machinery).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

FONT, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
PAD = 1.2            # cell padding left and right, points
PAD_TOP, PAD_BOTTOM = 1.0, 1.5
GRID = 0.4


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap at `width`; a word longer than the width is cut between letters."""
    words = text.split()
    if not words:
        return []
    space = stringWidth(" ", font, size)
    lines, current, used = [], "", 0.0
    for word in words:
        w = stringWidth(word, font, size)
        if current and used + space + w <= width:
            current += " " + word
            used += space + w
            continue
        if current:
            lines.append(current)
        if w > width and len(word) > 1:
            *pieces, word = cut_word(word, font, size, width)
            lines += pieces
            w = stringWidth(word, font, size)
        current, used = word, w
    lines.append(current)
    return lines


def cut_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than `width` cut between letters into pieces that fit (at least one letter
    each), in one pass over its letters: trying shorter and shorter prefixes froze the report on
    a 30,000-letter name (each try measured the whole prefix again)."""
    pieces, start, used = [], 0, 0.0
    for i, ch in enumerate(word):
        w = stringWidth(ch, font, size)
        if used + w > width and i > start:
            pieces.append(word[start:i])
            start, used = i, 0.0
        used += w
    pieces.append(word[start:])
    return pieces


@dataclass
class CellKinds:
    """Font, size and alignment of each kind of body cell: "T" text, "B" bold text, "P" rating
    label (centred), "N" a number (right-aligned, never wrapped), "R"/"r" a row number (bold or
    not, never wrapped: drawn smaller when wider than its column)."""
    size: float
    leading: float = 0.0
    fonts: dict = field(default_factory=dict)

    def __post_init__(self):
        self.leading = self.size * 1.18
        self.fonts = {"T": (FONT, self.size), "B": (BOLD, self.size), "P": (BOLD, self.size - 0.5),
                      "N": (FONT, self.size), "R": (BOLD, self.size), "r": (FONT, self.size)}


class LineCache:
    """Wrapped lines of each (kind, text, width); names and labels repeat across thousands of rows.
    `max_lines`: a cell holds at most that many lines, the last ending in '…', so that no row is
    taller than a page (a row cannot be split; the .xlsx keeps the whole text)."""

    def __init__(self, kinds: CellKinds):
        self.kinds = kinds
        self.max_lines: int | None = None
        self._cache: dict = {}

    def lines(self, cell, width: float) -> tuple[str, list[str]]:
        if isinstance(cell, str):
            return "N", [cell] if cell else []
        key = (cell, width)
        hit = self._cache.get(key)
        if hit is None:
            font, size = self.kinds.fonts[cell[0]]
            if cell[0] in "Rr":
                hit = self._cache[key] = (cell[0], [cell[1]] if cell[1] else [])
                return hit
            lines = wrap(cell[1], font, size, width - 2 * PAD)
            if self.max_lines is not None and len(lines) > self.max_lines:
                lines = lines[:max(self.max_lines, 1)]
                lines[-1] = _ending_with_ellipsis(lines[-1], font, size, width - 2 * PAD)
            hit = self._cache[key] = (cell[0], lines)
        return hit


def _ending_with_ellipsis(line: str, font: str, size: float, width: float) -> str:
    while line and stringWidth(line + "\u2026", font, size) > width:
        line = line[:-1]
    return line.rstrip() + "\u2026"


def cell_height(n_lines: int, leading: float) -> float:
    return max(n_lines, 1) * leading + PAD_TOP + PAD_BOTTOM


def _style_maps(styles, n: int):
    """Row fills, cell fills and cell text colours of a segment from its style commands."""
    row_fill: list = [None] * n
    cell_fill, cell_colour = {}, {}
    for name, (c1, r1), (c2, r2), value in styles:
        r2 = n - 1 if r2 < 0 else r2
        if c1 == 0 and c2 == -1:
            for r in range(r1, r2 + 1):
                row_fill[r] = value
        elif name == "BACKGROUND":
            cell_fill[(c1, r1)] = value
        else:
            cell_colour[(c1, r1)] = value
    return row_fill, cell_fill, cell_colour


def draw_rows(canvas, segments, columns, widths, x0: float, top: float, merged_cols, cache: LineCache) -> bool:
    """Draws a page's segments ((rows, styles, n), heights) in `columns` from `top` down.
    Returns whether a rating label with '*' is on this half page."""
    kinds = cache.kinds
    xs, x = [], x0
    for w in widths:
        xs.append(x)
        x += w
    merged = set(merged_cols)
    grid = canvas.beginPath()
    text = canvas.beginText()
    font_now, colour_now, star = None, colors.black, False
    y = top
    for (rows, styles, n), heights in segments:
        row_fill, cell_fill, cell_colour = _style_maps(styles, n)
        block_h = sum(heights)
        for r, row in enumerate(rows):
            h = heights[r]
            for i, c in enumerate(columns):
                spanned = c in merged and n > 1
                if spanned and r > 0:
                    continue
                ch = block_h if spanned else h
                w = widths[i]
                fill = cell_fill.get((c, r)) or row_fill[r]
                if fill is not None:
                    canvas.setFillColor(fill)
                    canvas.rect(xs[i], y - ch, w, ch, stroke=0, fill=1)
                grid.rect(xs[i], y - ch, w, ch)
                cell = row[c]
                if not cell:
                    continue
                kind, lines = cache.lines(cell, w)
                if not lines:
                    continue
                font = kinds.fonts[kind]
                if kind in "Rr":     # a row number wider than its column is drawn smaller, never cut
                    natural = stringWidth(lines[0], font[0], font[1])
                    if natural > w - 2 * PAD:
                        font = (font[0], font[1] * (w - 2 * PAD) / natural)
                if font != font_now:
                    text.setFont(font[0], font[1], kinds.leading)
                    font_now = font
                colour = cell_colour.get((c, r), colors.black)
                if colour != colour_now:
                    text.setFillColor(colour)
                    colour_now = colour
                baseline = y - PAD_TOP - kinds.size
                for line in lines:
                    if kind in "TBRr":
                        lx = xs[i] + PAD
                    else:
                        lw = stringWidth(line, font[0], font[1])
                        lx = xs[i] + w - PAD - lw if kind == "N" else xs[i] + (w - lw) / 2
                    text.setTextOrigin(lx, baseline)
                    text.textOut(line)
                    baseline -= kinds.leading
                if kind == "P" and "*" in cell[1]:
                    star = True
            y -= h
    canvas.setLineWidth(GRID)
    canvas.setStrokeColor(colors.black)
    canvas.drawPath(grid, stroke=1, fill=0)
    canvas.setFillColor(colors.black)   # the text object starts from the last cell fill's colour
    canvas.drawText(text)
    return star


@dataclass
class Header:
    """The header rows of one printed half: cells (row, col, last_row, last_col, text) in the
    half's own column indexes, drawn once into a form and placed on every page."""
    cells: list
    widths: list[float]
    heights: list[float] = field(default_factory=list)


def header_lines(header: Header, size: float):
    for h in header.cells:
        w = sum(header.widths[h[1]:h[3] + 1])
        yield h, wrap(h[4], BOLD, size, w - 2 * PAD)


def header_row_heights(headers: list[Header], rows: int, size: float) -> list[float]:
    """One set of row heights for every half, so the rows below start at the same height."""
    leading = size * 1.18
    heights = [cell_height(0, leading)] * rows
    tall = []
    for header in headers:
        for h, lines in header_lines(header, size):
            need = cell_height(len(lines), leading)
            if h[0] == h[2]:
                heights[h[0]] = max(heights[h[0]], need)
            else:
                tall.append((h, need))
    for h, need in tall:
        have = sum(heights[h[0]:h[2] + 1])
        if need > have:
            heights[h[2]] += need - have
    return heights


def draw_header(canvas, header: Header, x0: float, top: float, size: float, fills: list) -> None:
    leading = size * 1.18
    xs = [x0]
    for w in header.widths:
        xs.append(xs[-1] + w)
    ys = [top]
    for h in header.heights:
        ys.append(ys[-1] - h)
    for r, fill in enumerate(fills):
        canvas.setFillColor(fill)
        canvas.rect(x0, ys[r + 1], xs[-1] - x0, header.heights[r], stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    canvas.setLineWidth(GRID)
    grid = canvas.beginPath()
    text = canvas.beginText()
    text.setFont(BOLD, size, leading)
    for h, lines in header_lines(header, size):
        x1, x2, y1, y2 = xs[h[1]], xs[h[3] + 1], ys[h[0]], ys[h[2] + 1]
        grid.rect(x1, y2, x2 - x1, y1 - y2)
        block = len(lines) * leading
        baseline = (y1 + y2) / 2 + block / 2 - size
        for line in lines:
            text.setTextOrigin((x1 + x2 - stringWidth(line, BOLD, size)) / 2, baseline)
            text.textOut(line)
            baseline -= leading
    canvas.drawPath(grid, stroke=1, fill=0)
    canvas.drawText(text)
