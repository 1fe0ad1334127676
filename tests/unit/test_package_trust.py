"""Fill anywhere, without a downgrade: a spreadsheet-filled package of an OPD without a key imports
by default and is marked; once the OPD has a key, only a valid signature of that key is trusted,
and only an administrator can accept anything else, with a reason that is audited."""
from __future__ import annotations

import io
from decimal import Decimal

import pytest

from kinerja_desktop.domain.entities import User, ValueChange
from kinerja_desktop.exchange import signing
from kinerja_desktop.cli_package_results import print_results
from kinerja_desktop.services.package_summary import write_summary
from kinerja_desktop.services.packages import (
    ImportRefused, IssueRefused, OfficeRefused, accept_untrusted, apply_import, apply_previews, consolidate,
    installation_public_key, issue_package, preview_import, register_public_key, setup_from_package, summarise,
    write_filled_package,
)
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.store.agency_keys import key_history
from kinerja_desktop.store.database import create_database
from tests.fixtures import ADMIN, OPERATOR_B, PLANNER, VIEWER
from tests.package_tools import dump, fill, issue

REASON = "Dikonfirmasi kepala dinas lewat telepon"


def _strip_signature(wb):
    for row in wb["_meta"].iter_rows():
        if row[0].value in ("signature", "signer"):
            row[1].value = None


@pytest.fixture
def signed(db, tmp_path):
    """(central db, a package signed by DINA's office whose key is registered at the centre)."""
    local = create_database(None)
    setup_from_package(local, issue(db, tmp_path))
    operator = User(1, "opd", "Operator", "operator", 1)
    save_quarter(local, operator, 1, 2026, 3, [ValueChange(4, 3, Decimal("87.5"))])
    out = write_filled_package(local, 2026, 3, tmp_path / "terisi.xlsx")
    register_public_key(db, ADMIN, "DINA", installation_public_key(local)[0])
    yield db, out
    local.close()


def test_spreadsheet_package_of_an_opd_without_a_key_imports_marked_everywhere(db, tmp_path):
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 80})
    results = consolidate(db, PLANNER, [filled])
    assert [r.outcome for r in results] == ["applied"]
    out = io.StringIO()
    print_results(results, out, io.StringIO())
    assert "[Diisi di spreadsheet]" in out.getvalue()                                   # the summary line
    assert results[0].preview.signature == "unsigned"
    refs = {r for (r,) in db.execute("SELECT DISTINCT source_ref FROM audit_log WHERE source = 'package'")}
    assert refs == {results[0].preview.package.package_id + " · diisi di spreadsheet"}   # the audit
    from openpyxl import load_workbook
    book = load_workbook(write_summary(tmp_path / "r.xlsx", summarise(results), results))
    assert book["Per berkas"]["D2"].value == "Diisi di spreadsheet"                    # the saved summary


def test_stripped_signature_and_12345_on_a_registered_opd_is_refused(signed, tmp_path):
    """The reported attack: signature removed, one value changed to 12345."""
    db, out = signed
    forged = fill(out, tmp_path / "palsu.xlsx", {"H7": 12345}, edit=_strip_signature)
    before = dump(db)
    preview = preview_import(db, forged)
    assert "tidak bertanda tangan" in preview.blocking and "administrator" in preview.blocking
    for user in (PLANNER, ADMIN):       # an administrator too, without a written reason
        with pytest.raises(ImportRefused):
            apply_import(db, user, preview)
        assert [r.outcome for r in consolidate(db, user, [forged])] == ["refused"]
    with pytest.raises(ImportRefused, match="administrator"):
        accept_untrusted(preview, PLANNER, REASON)
    with pytest.raises(ImportRefused, match="alasan"):
        accept_untrusted(preview, ADMIN, "ok")
    assert dump(db) == before


@pytest.mark.parametrize("how", ["stripped", "altered", "other key"])
def test_an_administrator_accepts_with_a_reason_and_it_is_audited(signed, tmp_path, how):
    db, out = signed
    if how == "stripped":
        path = fill(out, tmp_path / "x.xlsx", {"H7": 90}, edit=_strip_signature)
    elif how == "altered":
        path = fill(out, tmp_path / "x.xlsx", {"H7": 90})
    else:
        other = signing.public_to_text(signing.public_bytes(signing.new_private_key()))
        register_public_key(db, ADMIN, "DINA", other, reason="kunci kantor diganti")
        path = out
    results = consolidate(db, ADMIN, [path], apply=False)
    assert results[0].outcome == "refused" and results[0].preview.trust_problem
    assert apply_previews(db, PLANNER, results, untrusted_reason=REASON)[0].outcome == "refused"
    assert apply_previews(db, ADMIN, results, untrusted_reason=REASON)[0].outcome == "applied"
    row = db.execute("SELECT by_user, old_value, source_ref FROM audit_log WHERE entity = 'key' "
                     "AND source = 'package'").fetchone()
    assert row[0] == "admin" and row[1] in ("Diisi di spreadsheet", "Tanda tangan tidak sah") and row[2].endswith(REASON)


def test_valid_signature_of_the_registered_key_needs_nothing(signed):
    db, out = signed
    assert [r.outcome for r in consolidate(db, PLANNER, [out])] == ["applied"]


def test_a_package_returned_with_nothing_typed_changes_nothing(db, tmp_path):
    path = issue(db, tmp_path)
    before = dump(db)
    results = consolidate(db, PLANNER, [fill(path, tmp_path / "kosong.xlsx")])
    assert [r.outcome for r in results] == ["no-change"] and results[0].ok
    assert "tidak ada perubahan" in results[0].message and dump(db) == before


def test_viewer_and_operator_of_another_opd_import_nothing(db, tmp_path):
    filled = fill(issue(db, tmp_path), tmp_path / "isi.xlsx", {"H7": 80})
    before = dump(db)
    for user in (VIEWER, OPERATOR_B):
        result = consolidate(db, user, [filled])[0]
        assert result.outcome == "refused" and ("Peninjau" in result.message or "OPD-nya sendiri" in result.message)
    assert dump(db) == before


def test_year_outside_the_plan_is_not_issued(db, tmp_path):
    before = dump(db)
    with pytest.raises(IssueRefused, match="di luar periode rencana"):
        issue_package(db, PLANNER, "DINA", 9999, 3, tmp_path)
    assert dump(db) == before and not list(tmp_path.iterdir())


def test_replacing_a_key_keeps_the_old_one_and_is_audited(db):
    first = signing.public_to_text(signing.public_bytes(signing.new_private_key()))
    second = signing.public_to_text(signing.public_bytes(signing.new_private_key()))
    with pytest.raises(OfficeRefused, match="administrator"):
        register_public_key(db, PLANNER, "DINA", first)
    fp1 = register_public_key(db, ADMIN, "DINA", first)
    assert register_public_key(db, ADMIN, "DINA", first) == fp1            # the same key again: nothing new
    before = dump(db)
    with pytest.raises(OfficeRefused, match="alasan"):
        register_public_key(db, ADMIN, "DINA", second)
    assert dump(db) == before
    fp2 = register_public_key(db, ADMIN, "DINA", second, reason="komputer OPD diganti")
    history = key_history(db, 1)
    assert [(h[0], h[2], h[4]) for h in history] == [(fp1, "admin", "komputer OPD diganti"), (fp2, "admin", "")]
    assert history[0][3] is not None and history[1][3] is None
    audit = db.execute("SELECT by_user, old_value, new_value, source FROM audit_log WHERE entity = 'key' "
                       "ORDER BY id").fetchall()
    assert audit == [("admin", None, fp1, "admin"), ("admin", fp1, fp2, "admin")]
