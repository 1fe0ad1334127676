"""The report and the master-data round trip on the scale-1 demo database of Kabupaten Soppeng."""
from __future__ import annotations

import base64
import re
import shutil
import subprocess
import zlib
from datetime import date

import openpyxl
import pytest

from kinerja_desktop.services.evaluation import evaluate_quarter
from kinerja_desktop.services.masterdata import export_masterdata, preview_masterdata
from kinerja_desktop.services.report import build_report, write_report
from kinerja_desktop.store.database import open_database

pytestmark = pytest.mark.slow


@pytest.fixture
def demo(demo_db_path):
    db = open_database(demo_db_path, read_only=True)
    yield db
    db.close()


def test_consolidated_report_of_the_demo(demo, tmp_path):
    report = build_report(demo, 2026, 3, signed_on=date(2026, 11, 27))
    assert report.title == "EVALUASI TERHADAP HASIL RKPD KABUPATEN SOPPENG"
    assert report.place_and_date == "Watansoppeng, 27 November 2026"
    lines = [line for b in report.blocks for line in b.lines]
    assert len(lines) == len(evaluate_quarter(demo, 2026, 3))      # every active indicator once
    assert len(report.summary) == 37
    path = write_report(demo, tmp_path / "soppeng.xlsx", 2026, 3, paper="F4")
    wb = openpyxl.load_workbook(path, read_only=True)
    assert wb.sheetnames == ["Evaluasi RKPD", "Ringkasan OPD"]
    wb.close()


def test_one_opd_pdf_of_the_demo(demo, tmp_path):
    code = demo.execute("SELECT code FROM agency ORDER BY id LIMIT 1").fetchone()[0]
    path = write_report(demo, tmp_path / "opd.pdf", 2026, 3, agency_code=code)
    assert path.read_bytes()[:5] == b"%PDF-"


def _font_sizes(pdf: bytes) -> set[float]:
    """Sizes of every text run (Tf operator) in reportlab's ASCII85 + Flate page streams."""
    sizes = set()
    for m in re.finditer(rb"/Filter \[ /ASCII85Decode /FlateDecode \].*?stream\r?\n(.*?)endstream", pdf, re.S):
        raw = m.group(1).strip()
        content = zlib.decompress(base64.a85decode(raw[:-2] if raw.endswith(b"~>") else raw))
        sizes |= {float(f.group(1)) for f in re.finditer(rb"/F\d+ ([\d.]+) Tf", content)}
    return sizes


def _pages_text(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    return [page for page in text.split("\f") if page.strip()]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_dinkes_pdf_is_readable_in_two_halves(demo, tmp_path):
    path = write_report(demo, tmp_path / "dinkes.pdf", 2026, 3, agency_code="DINKES")
    assert min(_font_sizes(path.read_bytes())) >= 6.5          # was 3.0-3.5 pt on one page width
    pages = _pages_text(path)
    assert len(pages) % 2 == 0 and len(pages) >= 4
    for number, page in enumerate(pages, start=1):
        assert "Kode" in page and "Indikator Kinerja" in page, number   # identifying columns on every page
        half = "Realisasi Kinerja pada Triwulan" if number % 2 else "Perangkat Daerah Penanggung"
        assert half in page, number
    assert "Kepala Bappelitbangda" in pages[-1]


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or poppler-utils not installed")
def test_dinkes_xlsx_prints_in_two_halves_in_libreoffice(demo, tmp_path):
    path = write_report(demo, tmp_path / "dinkes.xlsx", 2026, 3, agency_code="DINKES")
    ws = openpyxl.load_workbook(path)["Evaluasi RKPD"]
    assert 8 * ws.page_setup.scale / 100 >= 6.5
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], capture_output=True, timeout=180, check=True)
    pages = _pages_text(tmp_path / "dinkes.pdf")
    assert "Kepala Bappelitbangda" in pages[-1]
    if len(pages) % 2:   # LibreOffice leaves out an empty left half: a last page of notes and signature
        assert "Penanggung" in pages[-1] and "Kinerja pada Triwulan" not in pages[-1]     # a right half
        pages = pages[:-1]
    assert len(pages) % 2 == 0 and len(pages) >= 4
    for number, page in enumerate(pages, start=1):
        assert "Kode" in page and "Indikator Kinerja" in page, number
        assert ("Kinerja pada Triwulan" in page) == (number % 2 == 1), number   # left halves: columns 1-12
        assert ("Penanggung" in page) == (number % 2 == 0), number    # right halves: columns 13-17


def test_master_data_round_trip_of_the_demo(demo, tmp_path):
    path = export_masterdata(demo, tmp_path / "induk.xlsx")
    preview = preview_masterdata(demo, path)
    assert not preview.rejected and not preview.changes
    assert len(preview.rows) > 40_000
