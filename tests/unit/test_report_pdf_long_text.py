"""The PDF report never freezes nor runs off the page on a pathological text: a 30,000-letter
name was cut by trying ever shorter prefixes (each measured again: minutes per cell), and a
name of 3,000 lines made one row taller than the page (drawn over the footer and off the paper)."""
from __future__ import annotations

import random
import shutil
import subprocess

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from kinerja_desktop.exchange.report_pdf_draw import CellKinds, LineCache, cut_word, wrap
from kinerja_desktop.services.report import write_report
from kinerja_desktop.store.database import transaction


def _cut_by_prefixes(word: str, font: str, size: float, width: float) -> list[str]:
    """The rule as it was (slow, kept as the reference): the longest prefix that fits, again."""
    pieces = []
    while stringWidth(word, font, size) > width and len(word) > 1:
        cut = len(word) - 1
        while cut > 1 and stringWidth(word[:cut], font, size) > width:
            cut -= 1
        pieces.append(word[:cut])
        word = word[cut:]
    return pieces + [word]


def test_a_long_word_is_cut_in_one_pass_into_the_same_pieces():
    rng = random.Random(7)
    for _ in range(300):
        word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789./-()é") for _ in range(rng.randint(2, 90)))
        width = rng.uniform(3, 120)
        if stringWidth(word, "Helvetica", 6.5) > width:
            assert cut_word(word, "Helvetica", 6.5, width) == _cut_by_prefixes(word, "Helvetica", 6.5, width)
    pieces = cut_word("A" * 30_000, "Helvetica", 6.5, 60)
    assert "".join(pieces) == "A" * 30_000
    assert all(stringWidth(p, "Helvetica", 6.5) <= 60 for p in pieces)


def test_a_cell_holds_at_most_max_lines_the_last_ending_in_an_ellipsis():
    cache = LineCache(CellKinds(6.5))
    cache.max_lines = 5
    text = "baris " * 3000
    kind, lines = cache.lines(("T", text), 80)
    assert kind == "T" and len(lines) == 5 and lines[-1].endswith("\u2026")
    assert len(wrap(text, "Helvetica", 6.5, 80 - 2.4)) > 5
    assert all(stringWidth(line, "Helvetica", 6.5) <= 80 - 2.4 for line in lines)
    assert cache.lines(("T", "pendek"), 80)[1] == ["pendek"]


@pytest.mark.timeout(120)
def test_report_with_pathological_names_finishes_and_stays_on_the_page(db, tmp_path):
    with transaction(db):
        db.execute("UPDATE indicator SET name = ? WHERE id = 1", ["A" * 30_000])
        db.execute("UPDATE indicator SET name = ? WHERE id = 2", ["baris\n" * 3000])
    path = write_report(db, tmp_path / "laporan.pdf", 2026, 3)
    assert path.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed: the pages are not read back")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    assert "\u2026" in text                                   # both names end where the page ends
    for page in pages:                                      # no row ran over the footer
        lines = page.rstrip().splitlines()
        assert "Halaman" in lines[-1], lines[-3:]
        assert "AAAAAAAAAA" not in lines[-1] and "baris baris" not in lines[-1]


def test_report_xlsx_rows_stay_within_excels_row_height(db, tmp_path):
    """Excel 'repairs' a workbook with a row taller than 409 points; the estimate for a 30,000-
    letter name was ~10,000 points."""
    import re
    import zipfile

    with transaction(db):
        db.execute("UPDATE indicator SET name = ? WHERE id = 1", ["A" * 30_000])
    path = write_report(db, tmp_path / "laporan.xlsx", 2026, 3)
    sheet = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    heights = [float(h) for h in re.findall(r' ht="([\d.]+)"', sheet)]
    assert max(heights) == 409.0
