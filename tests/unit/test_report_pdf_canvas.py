"""The report PDF drawn straight on the canvas reads as the platypus one did (issue 14), and its
footer and '*' legend are readable on every page (issue 12).

The platypus writer is kept in tests/reference/ (a verbatim copy of the code before issue 14)
only for this comparison.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter

import pytest

from kinerja_desktop.exchange.report_pdf import write_pdf
from kinerja_desktop.exchange.report_pdf_draw import wrap
from kinerja_desktop.services.report import build_report
from kinerja_desktop.store.database import open_database
from tests.reference.report_pdf_platypus import write_pdf as old_write_pdf

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")]

FIGURE = re.compile(r"\d[\d.,]*[.,]\d+")    # formatted figures and codes: 1.234.567, 57,40, 1.02.02.2.01
# Row numbers ('1.10', '10.1') and the pieces the old report cut them into in its narrow 'No'
# column ('1.1' over '0', '10.' over '1'): the new report draws a wide one smaller on one line, so
# they are left out of the comparison (a code such as '1.02' is not: its group has a leading 0).
ROW_NUMBER = re.compile(r"\d{1,2}(?:\.(?:[1-9]\d?)?)?")
STARRED = re.compile(r"(Tinggi|Sedang|Rendah)\*")


@pytest.fixture(scope="module")
def demo(demo_db_path):
    db = open_database(demo_db_path, read_only=True)
    yield db
    db.close()


def _pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def _words(pages) -> Counter:
    footer = ("Halaman", "Bagian kiri", "Bagian kanan", "Predikat kolom 15")   # per page, and the new legend
    words = Counter()
    for page in pages:
        lines = page.splitlines()
        numbers = [i for i, line in enumerate(lines) if re.match(r"\s*1\s+2\s+3\s+4\s+5\s", line)]
        body = lines[numbers[0] + 1:] if numbers else lines    # below the header rows
        words.update(w for line in body if not any(f in line for f in footer) and not line.startswith("EVALUASI")
                     for w in line.split() if not ROW_NUMBER.fullmatch(w))
    return words


def _figures(pages) -> Counter:
    return Counter(m for page in pages for m in FIGURE.findall(page) if not ROW_NUMBER.fullmatch(m))


@pytest.mark.parametrize("agency_code", ["DINKES", None])
def test_same_figures_and_words_as_the_platypus_report(demo, tmp_path, agency_code):
    agency = None
    if agency_code:
        agency = demo.execute("SELECT id FROM agency WHERE code = ?", (agency_code,)).fetchone()[0]
    report = build_report(demo, 2026, 3, agency)
    write_pdf(report, tmp_path / "new.pdf")
    old_write_pdf(report, tmp_path / "old.pdf")
    new, old = _pages(tmp_path / "new.pdf"), _pages(tmp_path / "old.pdf")
    figures = _figures(new)
    assert figures == _figures(old)
    assert sum(figures.values()) > 500
    assert abs(len(new) - len(old)) <= len(old) // 20 + 1
    # Every word of the body (names wrap at the same places or nearly) appears as often, apart
    # from what each page repeats (header, footer) and the new '*' legend.
    body_new, body_old = _words(new), _words(old)
    differing = {w for w in set(body_new) | set(body_old) if body_new[w] != body_old[w]}
    assert len(differing) <= 3, {w: (body_new[w], body_old[w]) for w in sorted(differing)[:20]}
    if agency_code:   # same page count here: each page shows the same figures as before
        assert len(new) == len(old)
        for n, o in zip(new, old):
            assert _figures([n]) == _figures([o])


def test_footer_lines_stand_apart_and_every_starred_page_has_its_legend(demo, tmp_path):
    report = build_report(demo, 2026, 3, None)
    report.scope = "Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman " * 3
    write_pdf(report, tmp_path / "r.pdf")
    pages = _pages(tmp_path / "r.pdf")
    starred = 0
    for number, page in enumerate(pages, 1):
        lines = [line for line in page.splitlines() if line.strip()]
        assert lines[-1].rstrip().endswith(f"Halaman {number} dari {len(pages)}")
        assert "Bagian" not in lines[-1]     # the half's label has a line of its own
        if STARRED.search(page):
            starred += 1
            legend = [line for line in lines if line.strip().startswith("* Predikat kolom 15")]
            assert legend, f"page {number}: '*' without its legend"
    assert starred >= 10


def test_wrap_keeps_every_word_and_cuts_only_words_longer_than_the_width():
    lines = wrap("Pemeliharaan Rutin dan Berkala Alat Penunjang", "Helvetica", 7, 60)
    assert " ".join(lines) == "Pemeliharaan Rutin dan Berkala Alat Penunjang"
    assert len(lines) >= 3
    long = wrap("1.02.02.2.01.0016.000000000000", "Helvetica", 7, 30)
    assert "".join(long) == "1.02.02.2.01.0016.000000000000" and len(long) >= 2
    assert wrap("", "Helvetica", 7, 30) == []
