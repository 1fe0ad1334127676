"""The first set-up of a region's own database at Bappelitbangda (not the demo): the region, the
plan period, the OPD list, the administrator, and the plan itself either imported from the
master-data workbook or left empty to be built on the Permendagri 90/2019 nomenclature of
programs (resources/data/nomenklatur_program.csv, the codes and names a planner picks from).

The file is written only when every check passed; a failure after it was created removes it
again, so a refused set-up leaves nothing behind and the person simply tries again.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from kinerja_desktop import paths
from kinerja_desktop.domain.achievement import DEFAULT_BANDS
from kinerja_desktop.exchange.masterdata_read import MasterDataRefused
from kinerja_desktop.exchange.opd_sheet import AgencyRow, OpdSheetRefused, read_opd_sheet
from kinerja_desktop.services import users
from kinerja_desktop.services.demo import missing_program_files
from kinerja_desktop.store.database import DatabaseError, create_database, transaction
from kinerja_desktop.store.repositories import counts, put_setting

SOURCE_WORKBOOK, SOURCE_NOMENCLATURE = "workbook", "nomenclature"
PLAN_SOURCE_SETTING = "plan_source"
MAX_PERIOD_YEARS = 10


class SetupRefused(Exception):
    """The set-up cannot be done as asked; the message (Indonesian) says what and where."""


@dataclass
class RegionSetup:
    region_name: str
    plan_name: str
    start_year: int
    end_year: int
    source: str                         # SOURCE_WORKBOOK or SOURCE_NOMENCLATURE
    workbook: Path | None = None        # the master-data workbook (with its 'OPD' sheet) or an OPD list
    region_code: str = ""
    province: str = ""
    agencies: list[AgencyRow] = field(default_factory=list)


def check_setup(setup: RegionSetup) -> RegionSetup:
    """Every check that needs no database; reads the OPD list into `setup.agencies`."""
    if not setup.region_name.strip():
        raise SetupRefused("Nama pemerintah daerah wajib diisi, mis. 'Kabupaten Soppeng'.")
    if not setup.plan_name.strip():
        raise SetupRefused("Nama periode rencana wajib diisi, mis. 'RPJMD 2025-2029'.")
    if not (2000 <= setup.start_year <= 2100 and 2000 <= setup.end_year <= 2100):
        raise SetupRefused("Tahun periode rencana harus antara 2000 dan 2100.")
    if setup.end_year < setup.start_year:
        raise SetupRefused(f"Tahun akhir {setup.end_year} lebih awal dari tahun awal {setup.start_year}.")
    if setup.end_year - setup.start_year + 1 > MAX_PERIOD_YEARS:
        raise SetupRefused(f"Periode {setup.start_year}-{setup.end_year} lebih dari {MAX_PERIOD_YEARS} tahun.")
    if setup.region_code and not re.fullmatch(r"\d{2}(\.\d{2})?", setup.region_code.strip()):
        raise SetupRefused(f"Kode wilayah '{setup.region_code}' tidak sah; tulis kode Kemendagri seperti 73.12.")
    if setup.source not in (SOURCE_WORKBOOK, SOURCE_NOMENCLATURE):
        raise SetupRefused("Pilih sumber rencana: buku kerja data induk atau nomenklatur Permendagri 90.")
    if setup.workbook is None:
        raise SetupRefused("Pilih buku kerja yang memuat lembar 'OPD' (daftar OPD).")
    try:
        setup.agencies = read_opd_sheet(setup.workbook)
    except OpdSheetRefused as exc:
        raise SetupRefused(str(exc)) from exc
    return setup


def nomenclature_programs() -> list[tuple[str, str, str]]:
    """(program code, program name, bidang code) of Permendagri 90/2019, as bundled."""
    with paths.NOMENCLATURE_CSV.open(encoding="utf-8", newline="") as fh:
        return [(r["program_code"], r["program_name"], r["bidang_code"]) for r in csv.DictReader(fh)]


def create_region_database(path: str | Path, admin_password: str, setup: RegionSetup) -> dict[str, int]:
    """Create `path` for the region; returns counts for the message (OPD, programs, indicators)."""
    path = Path(path)
    users.validate_password(admin_password)
    check_setup(setup)
    missing_program_files(paths.SCHEMA_SQL, paths.NOMENCLATURE_CSV)
    if path.exists():
        raise SetupRefused(f"Berkas '{path}' sudah ada; pilih nama lain. Basis data yang ada tidak ditimpa.")
    if not path.parent.is_dir():
        raise SetupRefused(f"Folder '{path.parent}' tidak ada. Buat foldernya dulu atau pilih lokasi lain.")
    db = create_database(path)
    try:
        with transaction(db):
            db["plan"].insert({"id": 1, "name": setup.plan_name.strip(), "region_name": setup.region_name.strip(),
                               "region_code": setup.region_code.strip(), "province": setup.province.strip(),
                               "start_year": setup.start_year, "end_year": setup.end_year,
                               "negative_formula": "2-R/T"})
            db["rating_band"].insert_all(
                {"plan_id": 1, "position": i, "label": band.label,
                 "lower_bound": None if band.lower_bound is None else str(band.lower_bound), "colour": band.colour}
                for i, band in enumerate(DEFAULT_BANDS))
            db["agency"].insert_all({"code": a.code, "name": a.name, "status": "standard", "bidang": a.bidang}
                                    for a in setup.agencies)
            admin = users.create_user(db, "admin", "Administrator", "administrator", admin_password)
            put_setting(db, PLAN_SOURCE_SETTING, setup.source)
        counts = {"opd": len(setup.agencies), "program": 0, "indikator": 0}
        if setup.source == SOURCE_WORKBOOK:
            counts.update(_import_plan(db, setup.workbook, admin))
        else:
            counts["nomenklatur"] = len(nomenclature_programs())
    except BaseException as exc:
        db.close()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        if isinstance(exc, (MasterDataRefused, DatabaseError)):
            raise SetupRefused(str(exc)) from exc
        raise
    db.close()
    return counts


def _import_plan(db, workbook: Path, admin) -> dict[str, int]:
    from kinerja_desktop.services.masterdata import apply_masterdata, preview_masterdata

    preview = preview_masterdata(db, workbook)
    apply_masterdata(db, preview, admin, backup_kind=None)   # the new file is removed if refused
    numbers = counts(db)
    return {"program": numbers["program"], "indikator": numbers["indicator"]}
