"""The evaluation report as PDF (reportlab): the same table as the .xlsx, A4 or F4 landscape,
header rows repeated on every page, rating colours with their labels, 'Halaman x dari y'.

The table prints in two halves side by side (see write_pdf). Column widths are measured from
the content; the font starts at 7 pt and shrinks only when a half does not fit (6.5 pt and
more for the demo data on A4; 3.5 pt at worst for absurd figures).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from kinerja_desktop.domain.achievement import NOT_COMPUTABLE_COLOUR
from kinerja_desktop.domain.numbers import format_id
from kinerja_desktop.exchange.report_layout import (
    BLOCK_FIELDS, HEADER_ROWS, header_cells, is_percent_field, kinerja_value, money_value, page_halves,
    rating_of, sub_columns, text_value, width_key,
)
from kinerja_desktop.exchange.report_pdf_draw import PAD, CellKinds, Header, LineCache, header_row_heights
from kinerja_desktop.exchange.report_pdf_pages import MARGIN, HalfSpec, build_pages
from kinerja_desktop.exchange.report_model import FOOTNOTES, Report, band_legend, roman

PAGES = {"A4": landscape(A4), "F4": landscape((215 * mm, 330 * mm))}
FONT, BOLD = "Helvetica", "Helvetica-Bold"
# Relative widths of the text columns (they share what the numbers leave) and their minimum.
TEXT_WEIGHTS = {"1": 2, "2": 6, "3": 1, "4": 18, "5": 22, "17": 10}
TEXT_MIN = {"1": 10, "2": 34, "3": 52, "4": 44, "5": 54, "17": 30}   # "3": a whole sub-activity code
HEADER_GREY = colors.HexColor("#D9D9D9")
NUMBER_GREY = colors.HexColor("#F2F2F2")
LEVEL_FILL = {"goal": colors.HexColor("#DDEBF7"), "objective": colors.HexColor("#EEF4FB")}


@lru_cache(maxsize=None)
def _colour(hex_code: str):
    """One colour object per band colour, not two per rating cell."""
    return colors.HexColor(hex_code)


def _cells(report: Report, subs):
    """Per block: rows of strings (numbers formatted the Indonesian way) and its style commands,
    with rows counted from the block's first row."""
    blocks = []
    shared: dict = {}   # one object per distinct cell (OPD names, labels, zeros repeat on most rows)
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
                    if sub.field == "1":     # the row number: one line, smaller if '10.12' needs it
                        row.append(("R" if bold else "r", text_value(block, line, sub.field)))
                    else:
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
                        styles.append(("BACKGROUND", (c, offset), (c, offset), _colour(band.colour)))
                        styles.append(("TEXTCOLOR", (c, offset), (c, offset), _colour(band.text_colour)))
                    elif label == "Tidak dapat dihitung":
                        styles.append(("BACKGROUND", (c, offset), (c, offset), _colour(NOT_COMPUTABLE_COLOUR)))
                        styles.append(("TEXTCOLOR", (c, offset), (c, offset), colors.white))
            rows.append(tuple([shared.setdefault(v, v) for v in row]))   # 40,000 rows at a province's scale
        blocks.append((rows, styles))   # the block's merged columns are spanned per printed page
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
        widths.append(max(width, stringWidth("000,00", FONT, 1)))
    return widths


def _widths(natural, subs, size: float, available: float) -> list[float] | None:
    """Number columns at their content's width; text columns get their minimum, then share
    what is left by weight. None when the minimums do not fit."""
    widths = [None if w is None else w * size + 2 * PAD for w in natural]
    keys = [width_key(s) for s in subs]
    scale = size / 5.5
    minimum = {c: TEXT_MIN[k] * scale for c, (k, w) in enumerate(zip(keys, widths)) if w is None}
    rest = available - sum(w for w in widths if w is not None) - sum(minimum.values())
    if rest < 0:
        return None
    total_weight = sum(TEXT_WEIGHTS[keys[c]] for c in minimum) or 1
    for c, low in minimum.items():
        widths[c] = low + rest * TEXT_WEIGHTS[keys[c]] / total_weight
    return widths


def _fit(natural, subs, available: float) -> tuple[float, list[float]]:
    size = 7.0
    while size >= 3.5:
        widths = _widths(natural, subs, size, available)
        if widths is not None:
            return size, widths
        size -= 0.5
    # Absurd figures: shrink every column alike rather than fail.
    widths = _widths(natural, subs, 3.5, available * 3) or [available / len(subs)] * len(subs)
    return 3.5, [w * available / sum(widths) for w in widths]


def per_block_columns(subs) -> list[int]:
    """Sub-columns merged over a node's indicator rows (the node's own cells)."""
    return [c for c, sub in enumerate(subs) if sub.part == "Rp" or (sub.part == "text" and sub.field in BLOCK_FIELDS)]


def write_pdf(report: Report, path: Path, paper: str = "A4") -> None:
    """~30 sub-columns do not fit one page width at a readable size: the table prints in two
    halves (columns 1-12 and 13-17), each repeating No..Indikator and the header rows, page 1 the
    left half of the first rows and page 2 their right half, to lie side by side (report_pdf_pages)."""
    page = PAGES.get(paper, PAGES["A4"])
    available = page[0] - 2 * MARGIN
    subs = sub_columns(report)
    blocks = _cells(report, subs)
    halves = page_halves(subs)
    natural = _natural_widths(blocks, subs)
    size = min(_fit([natural[c] for c in half], [subs[c] for c in half], available)[0] for half in halves)
    widths = _half_widths(natural, subs, halves, size, available)
    cache = LineCache(CellKinds(size))
    halves_spec = []
    labels = ("Bagian kiri (kolom 1\u201312); bagian kanan di halaman berikutnya",
              "Bagian kanan (kolom 13\u201317) dari halaman sebelumnya")
    for half, half_widths, label in zip(halves, widths, labels):
        cells = [(h.row, h.col, h.last_row, h.last_col, h.text) for h in header_cells(report, [subs[c] for c in half])]
        halves_spec.append(HalfSpec(half, half_widths, Header(cells, half_widths), label))
    heights = header_row_heights([spec.header for spec in halves_spec], HEADER_ROWS, size)
    for spec in halves_spec:
        spec.header.heights = heights
    notes = [n.format(bands=band_legend(report.bands)) for n in FOOTNOTES] + list(report.notes)
    footer = f"{report.title} \u2014 {report.scope} \u2014 TW {roman(report.quarter)} {report.year}"
    fills = [HEADER_GREY] * (HEADER_ROWS - 1) + [NUMBER_GREY]
    blocks = [(rows, styles, len(rows)) for rows, styles in blocks]
    build_pages(report, path, page, available, blocks, per_block_columns(subs), halves_spec, notes, footer,
                cache, fills)


def _half_widths(natural, subs, halves, size: float, available: float) -> list[list[float]]:
    """Column widths of each half at `size`: the left half (the wider) sets the identifying
    columns, which the right half repeats at the same widths, so rows line up side by side;
    the right half's own columns share what is left."""
    left, right = halves
    left_widths = _widths([natural[c] for c in left], [subs[c] for c in left], size, available)
    ident = {c: w for c, w in zip(left, left_widths) if c in right}
    own = [c for c in right if c not in ident]
    own_widths = _widths([natural[c] for c in own], [subs[c] for c in own], size, available - sum(ident.values()))
    if own_widths is None:   # the right half is the wider one: fit it on its own
        return [left_widths, _widths([natural[c] for c in right], [subs[c] for c in right], size, available)
                or [available / len(right)] * len(right)]
    own_map = dict(zip(own, own_widths))
    return [left_widths, [ident.get(c, own_map.get(c)) for c in right]]
