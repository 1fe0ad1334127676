"""The report and the master-data round trip on the scale-1 demo database of Kabupaten Soppeng."""
from __future__ import annotations

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


def test_master_data_round_trip_of_the_demo(demo, tmp_path):
    path = export_masterdata(demo, tmp_path / "induk.xlsx")
    preview = preview_masterdata(demo, path)
    assert not preview.rejected and not preview.changes
    assert len(preview.rows) > 40_000
