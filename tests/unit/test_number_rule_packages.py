"""The number rule on the package path (issue 9): a number cell of 1e30, 1e308, a 400-digit text
or a 26-digit value is a rejected row naming sheet, row and column, never a traceback; the
database stays as it was; a folder import lists every file; the preview never raises."""
from __future__ import annotations

import pytest

from kinerja_desktop.cli import main
from kinerja_desktop.services import package_import
from kinerja_desktop.services.packages import consolidate
from kinerja_desktop.store.database import open_database
from tests.fixtures import PLANNER
from tests.package_tools import dump, fill, set_cell_xml

BAD_NUMBERS = {
    "1e30": ("<v>1E+30</v>", None),
    "1e308": ("<v>1E+308</v>", None),
    "400 digits text": ("<is><t>" + "9" * 400 + "</t></is>", "inlineStr"),
    "400 digits number": ("<v>" + "9" * 400 + "</v>", None),
    "26 digits": ("<v>12345678901234567890123456</v>", None),
    "16 significant digits text": ("<is><t>1234567,890123456</t></is>", "inlineStr"),
}



pytestmark = pytest.mark.usefixtures("cli_password")


@pytest.fixture
def db_path(people_db_path):
    return people_db_path


def _dump(path):
    db = open_database(path, read_only=True)
    try:
        return dump(db)
    finally:
        db.close()


def _export(db_path, tmp_path, code="DINA"):
    out = tmp_path / f"paket_{code}.xlsx"
    assert main(["export-package", "--db", str(db_path), "--user", "perencana", "--opd", code, "--year", "2026", "--quarter", "3",
                 "--out", str(out)]) == 0
    return out


@pytest.mark.parametrize("inner, cell_type", BAD_NUMBERS.values(), ids=BAD_NUMBERS.keys())
def test_cli_refuses_an_out_of_range_number_cell_with_its_place(db_path, tmp_path, capsys, inner, cell_type):
    issued = _export(db_path, tmp_path)
    bad = set_cell_xml(issued, tmp_path / "isi.xlsx", "H8", inner, cell_type)
    capsys.readouterr()
    before = _dump(db_path)
    code = main(["import-package", "--db", str(db_path), "--user", "perencana", str(bad)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err and "InvalidOperation" not in out + err
    assert "ditolak P1.1" in out
    assert "baris 8" in out and "kolom H" in out
    assert "10^15" in out or "angka penting" in out
    assert _dump(db_path) == before


def test_folder_import_lists_every_file_when_one_holds_1e308(db_path, tmp_path, capsys):
    folder = tmp_path / "masuk"
    folder.mkdir()
    fill(_export(db_path, tmp_path, "DINB"), folder / "a_dinb.xlsx", {"H7": 4})          # B1.1: a good package
    set_cell_xml(_export(db_path, tmp_path, "DINA"), folder / "b_dina.xlsx", "H8", "<v>1E+308</v>")
    capsys.readouterr()
    code = main(["import-package", "--db", str(db_path), "--user", "perencana", str(folder)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in out + err
    assert "a_dinb.xlsx: DINB: Diterapkan" in out
    assert "b_dina.xlsx: DINA: Ditolak" in out
    assert "Jumlah: 2 berkas, 1 diterapkan, 1 ditolak." in out


def test_an_unexpected_error_in_one_file_is_that_files_refusal_and_the_batch_goes_on(db_path, tmp_path,
                                                                                       monkeypatch):
    first = fill(_export(db_path, tmp_path, "DINA"), tmp_path / "a.xlsx", {"H8": 5})
    second = fill(_export(db_path, tmp_path, "DINB"), tmp_path / "b.xlsx", {"H7": 4})
    real = package_import._rows

    def broken(db, preview, package):
        if preview.path == first:
            raise KeyError("rows")      # e.g. a context that lacks a key the reader did not check
        return real(db, preview, package)

    monkeypatch.setattr(package_import, "_rows", broken)
    db = open_database(db_path)
    try:
        results = consolidate(db, PLANNER, [first, second])
    finally:
        db.close()
    assert [r.outcome for r in results] == ["refused", "applied"]
    assert "a.xlsx" in results[0].message and "tidak dapat dibaca" in results[0].message


def test_an_unexpected_error_while_applying_one_file_leaves_it_unwritten_and_the_batch_goes_on(
        db_path, tmp_path, monkeypatch):
    from kinerja_desktop.services import packages

    first = fill(_export(db_path, tmp_path, "DINA"), tmp_path / "a.xlsx", {"H8": 5})
    second = fill(_export(db_path, tmp_path, "DINB"), tmp_path / "b.xlsx", {"H7": 4})
    real = packages.apply_import

    def broken(db, user, preview, **options):
        if preview.path == first:
            raise ZeroDivisionError("boom")
        return real(db, user, preview, **options)

    monkeypatch.setattr(packages, "apply_import", broken)
    db = open_database(db_path)
    try:
        before = db.execute("SELECT count(*) FROM realisation").fetchone()[0]
        results = consolidate(db, PLANNER, [first, second])
        after = db.execute("SELECT count(*) FROM realisation").fetchone()[0]
    finally:
        db.close()
    assert [r.outcome for r in results] == ["refused", "applied"]
    assert "a.xlsx" in results[0].message and "tidak diterapkan" in results[0].message
    assert after == before + 1
