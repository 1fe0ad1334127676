"""First set-up of a region's own database: region, plan period, OPD list and plan from the
master-data workbook (with an 'OPD' sheet) or an empty plan on the Permendagri 90 nomenclature.
Every refusal names what and where and leaves no file behind."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from kinerja_desktop.exchange.opd_sheet import AgencyRow, OpdSheetRefused, read_opd_sheet, write_opd_template
from kinerja_desktop.services.masterdata import export_masterdata
from kinerja_desktop.services.region_setup import (SOURCE_NOMENCLATURE, SOURCE_WORKBOOK, RegionSetup, SetupRefused,
                                                   create_region_database, nomenclature_programs)
from kinerja_desktop.services.users import authenticate
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.database import open_database
from tests.fixtures import small_plan

PASSWORD = "rahasia-123"


def _opd_rows(db) -> list[AgencyRow]:
    return [AgencyRow(c, n, b) for c, n, b in db.execute("SELECT code, name, bidang FROM agency ORDER BY id")]


@pytest.fixture
def masterdata(tmp_path) -> tuple[Path, list[AgencyRow]]:
    """The master-data workbook of the small plan with its OPD list added as sheet 'OPD'."""
    db, _ = small_plan(tmp_path / "asal.db")
    path = export_masterdata(db, tmp_path / "induk.xlsx")
    agencies = _opd_rows(db)
    db.close()
    wb = openpyxl.load_workbook(path)
    sheet = wb.create_sheet("OPD")
    sheet.append(["Kode OPD", "Nama OPD", "Bidang urusan"])
    for a in agencies:
        sheet.append([a.code, a.name, a.bidang])
    wb.save(path)
    return path, agencies


def _setup(workbook=None, source=SOURCE_WORKBOOK, **changes) -> RegionSetup:
    values = dict(region_name="Kabupaten Contoh", plan_name="RPJMD 2025-2029", start_year=2025, end_year=2029,
                  source=source, workbook=workbook, region_code="73.99", province="Sulawesi Selatan")
    values.update(changes)
    return RegionSetup(**values)


def test_the_plan_and_the_opd_come_from_the_master_data_workbook(tmp_path, masterdata):
    workbook, agencies = masterdata
    source_db, _ = small_plan(tmp_path / "banding.db")
    expected = repo.counts(source_db)
    source_db.close()
    counts = create_region_database(tmp_path / "daerah.db", PASSWORD,
                                    _setup(workbook, start_year=2021, end_year=2026, plan_name="RPJMD 2021-2026"))
    assert counts["opd"] == len(agencies) and counts["program"] == expected["program"]
    assert counts["indikator"] == expected["indicator"] > 0
    db = open_database(tmp_path / "daerah.db")
    plan = repo.load_plan(db)
    assert (plan.region_name, plan.name, plan.start_year, plan.end_year) == ("Kabupaten Contoh", "RPJMD 2021-2026", 2021, 2026)
    assert _opd_rows(db) == agencies
    assert authenticate(db, "admin", PASSWORD).role == "administrator"
    assert repo.setting(db, "plan_source") == SOURCE_WORKBOOK
    db.close()


def test_an_empty_plan_on_the_nomenclature_with_the_opd_list(tmp_path):
    opd = write_opd_template(tmp_path / "opd.xlsx", [AgencyRow("DINKES", "Dinas Kesehatan", "1.02"),
                                                      AgencyRow("BAPPEDA", "Badan Perencanaan", "")])
    counts = create_region_database(tmp_path / "daerah.db", PASSWORD, _setup(opd, SOURCE_NOMENCLATURE))
    assert counts == {"opd": 2, "program": 0, "indikator": 0, "nomenklatur": len(nomenclature_programs())}
    assert ("1.02.02", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT", "1.02") \
        in nomenclature_programs()
    db = open_database(tmp_path / "daerah.db")
    assert [a.code for a in _opd_rows(db)] == ["DINKES", "BAPPEDA"]
    assert repo.setting(db, "plan_source") == SOURCE_NOMENCLATURE
    db.close()


@pytest.mark.parametrize("changes, words", [
    ({"region_name": "  "}, "Nama pemerintah daerah wajib diisi"),
    ({"plan_name": ""}, "Nama periode rencana wajib diisi"),
    ({"start_year": 2030, "end_year": 2025}, "lebih awal dari tahun awal 2030"),
    ({"start_year": 2020, "end_year": 2035}, "lebih dari 10 tahun"),
    ({"region_code": "Soppeng"}, "Kode wilayah 'Soppeng' tidak sah"),
    ({"workbook": None}, "Pilih buku kerja"),
])
def test_a_bad_form_is_refused_and_no_file_is_written(tmp_path, changes, words):
    opd = write_opd_template(tmp_path / "opd.xlsx", [AgencyRow("DINKES", "Dinas Kesehatan")])
    with pytest.raises(SetupRefused, match=words):
        create_region_database(tmp_path / "daerah.db", PASSWORD, _setup(**{"workbook": opd, "source": SOURCE_NOMENCLATURE, **changes}))
    assert not (tmp_path / "daerah.db").exists()


@pytest.mark.parametrize("rows, words", [
    ([("DINKES", "Dinas Kesehatan", ""), ("dinkes", "Dinas lain", "")], "baris 3: kode OPD 'dinkes' sudah dipakai di baris 2"),
    ([("DIN KES", "Dinas Kesehatan", "")], "baris 2: kode OPD 'DIN KES' tidak sah"),
    ([("DINKES", "", "")], "baris 2: nama OPD wajib diisi"),
    ([("DINKES", "Dinas Kesehatan", "kesehatan")], "baris 2: bidang urusan 'kesehatan' tidak sah"),
    ([], "belum berisi OPD"),
])
def test_a_bad_opd_list_names_the_row(tmp_path, rows, words):
    path = write_opd_template(tmp_path / "opd.xlsx", [AgencyRow(*r) for r in rows])
    with pytest.raises(OpdSheetRefused, match=words):
        read_opd_sheet(path)
    with pytest.raises(SetupRefused, match=words):
        create_region_database(tmp_path / "daerah.db", PASSWORD, _setup(path, SOURCE_NOMENCLATURE))
    assert not (tmp_path / "daerah.db").exists()


def test_a_workbook_without_opd_sheet_or_not_a_workbook(tmp_path):
    db, _ = small_plan(tmp_path / "asal.db")
    plain = export_masterdata(db, tmp_path / "induk.xlsx")
    db.close()
    with pytest.raises(OpdSheetRefused, match="tidak memuat lembar 'OPD'"):
        read_opd_sheet(plain)
    text = tmp_path / "bukan.xlsx"
    text.write_text("bukan buku kerja")
    with pytest.raises(OpdSheetRefused, match="bukan.xlsx"):
        read_opd_sheet(text)


def test_a_refused_plan_import_removes_the_new_file(tmp_path, masterdata):
    workbook, _ = masterdata
    wb = openpyxl.load_workbook(workbook)
    wb["Program"].cell(2, 1).value = "TIDAKADA"       # a program of an OPD not in the list
    wb.save(workbook)
    with pytest.raises(SetupRefused, match="ditolak"):
        create_region_database(tmp_path / "daerah.db", PASSWORD, _setup(workbook, start_year=2021, end_year=2026))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["asal.db", "induk.xlsx"]


def test_an_existing_database_is_never_overwritten(tmp_path):
    opd = write_opd_template(tmp_path / "opd.xlsx", [AgencyRow("DINKES", "Dinas Kesehatan")])
    (tmp_path / "daerah.db").write_bytes(b"isi lama")
    with pytest.raises(SetupRefused, match="sudah ada"):
        create_region_database(tmp_path / "daerah.db", PASSWORD, _setup(opd, SOURCE_NOMENCLATURE))
    assert (tmp_path / "daerah.db").read_bytes() == b"isi lama"
