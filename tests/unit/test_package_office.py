"""The OPD office path: set up from its own package, type values, write the signed package back;
Bappelitbangda verifies the signature against the registered public key only."""
from __future__ import annotations

from decimal import Decimal

import pytest

from kinerja_desktop.domain.entities import User, ValueChange
from kinerja_desktop.exchange import signing
from kinerja_desktop.services.packages import (
    ImportRefused, OfficeRefused, apply_import, installation_public_key, preview_import, register_public_key,
    setup_from_package, write_filled_package,
)
from kinerja_desktop.services.realisations import save_quarter
from kinerja_desktop.store.database import create_database
from tests.fixtures import ADMIN, PLANNER
from tests.package_tools import dump, fill, issue


@pytest.fixture
def office(db, tmp_path):
    """(central db, office db, office operator, issued package path)."""
    path = issue(db, tmp_path)
    local = create_database(None)
    result = setup_from_package(local, path)
    operator = User(1, "opd", "Operator", "operator", result.agency_id)
    yield db, local, operator, path
    local.close()


def test_setup_gives_the_office_its_plan_context(office):
    _, local, _, _ = office
    assert local.execute("SELECT code FROM agency").fetchall() == [("DINA",)]
    assert local.execute("SELECT count(*) FROM indicator").fetchone()[0] == 4
    assert local.execute("SELECT value FROM target WHERE indicator_id = 3 AND quarter = 2").fetchone() == ("100",)
    assert local.execute("SELECT value FROM realisation WHERE indicator_id = 1 AND quarter = 2").fetchone() == ("69",)
    assert local.execute("SELECT name FROM goal").fetchall() == [("Tujuan satu",)]


def test_setup_refuses_another_opds_package(office, tmp_path):
    central, local, _, _ = office
    other = issue(central, tmp_path, code="DINB")
    before = dump(local)
    with pytest.raises(OfficeRefused, match="DINB"):
        setup_from_package(local, other)
    assert dump(local) == before


def test_signed_package_round_trip(office, tmp_path):
    central, local, operator, _ = office
    save_quarter(local, operator, operator.agency_id, 2026, 3,
                 [ValueChange(4, 3, Decimal("87.5"), "=sesuai target"), ValueChange(1, 3, Decimal("71.25"))])
    out = write_filled_package(local, 2026, 3, tmp_path / "terisi.xlsx")

    preview = preview_import(central, out)
    assert preview.signature == "unregistered" and preview.blocking is None   # no key registered: like a spreadsheet

    key_text, fingerprint = installation_public_key(local)
    assert register_public_key(central, ADMIN, "DINA", key_text) == fingerprint
    preview = preview_import(central, out)
    assert preview.signature == "valid"
    apply_import(central, PLANNER, preview)               # no confirmation needed
    assert central.execute("SELECT value, note FROM realisation WHERE indicator_id = 4 AND quarter = 3").fetchone() \
        == ("87.5", "=sesuai target")
    assert central.execute("SELECT signed FROM package WHERE direction = 'imported'").fetchone() == (1,)


def test_tampered_signed_package_is_refused(office, tmp_path):
    central, local, operator, _ = office
    save_quarter(local, operator, operator.agency_id, 2026, 3, [ValueChange(4, 3, Decimal("87.5"))])
    out = write_filled_package(local, 2026, 3, tmp_path / "terisi.xlsx")
    register_public_key(central, ADMIN, "DINA", installation_public_key(local)[0])
    changed = fill(out, tmp_path / "diubah.xlsx", {"H7": 99})
    before = dump(central)
    preview = preview_import(central, changed)
    assert "tanda tangan elektronik tidak sah" in preview.blocking and preview.signature == "invalid"
    with pytest.raises(ImportRefused, match="tidak sah"):
        apply_import(central, PLANNER, preview)
    assert dump(central) == before


def test_package_signed_by_another_key_is_refused(office, tmp_path):
    central, local, operator, _ = office
    out = write_filled_package(local, 2026, 3, tmp_path / "terisi.xlsx")
    stranger = signing.public_to_text(signing.public_bytes(signing.new_private_key()))
    register_public_key(central, ADMIN, "DINA", stranger)
    assert "bukan kunci terdaftar" in preview_import(central, out).blocking


def test_only_the_administrator_registers_keys(db):
    with pytest.raises(OfficeRefused, match="administrator"):
        register_public_key(db, PLANNER, "DINA", "AAAA")


def test_write_filled_package_without_a_package_imported(tmp_path):
    local = create_database(None)
    with pytest.raises(OfficeRefused, match="impor dulu"):
        write_filled_package(local, 2026, 3, tmp_path)


def test_a_refresh_follows_what_bappelitbangda_retired_and_brought_back(office, tmp_path):
    from kinerja_desktop.services.entry import load_sheet
    from kinerja_desktop.services.plan_edit import retire_node
    from kinerja_desktop.ui.tree import tree_data as td

    central, local, operator, _ = office
    retire_node(central, ADMIN, "program", 1)                 # P1.1 and K1.1 (activity 1) leave the plan
    (tmp_path / "baru").mkdir()
    setup_from_package(local, issue(central, tmp_path / "baru"))
    assert {r.code for r in td.load_tree(local, 2026, 3).indicator_rows} == {"T1.1", "S1.1.1"}
    assert {row.indicator.code for row in load_sheet(local, operator.agency_id, 2026, 3).rows} == {"T1.1", "S1.1.1"}
    assert local.execute("SELECT count(*) FROM realisation WHERE indicator_id = 3").fetchone()[0] > 0   # kept
    retire_node(central, ADMIN, "program", 1, retired=False)
    (tmp_path / "lagi").mkdir()
    setup_from_package(local, issue(central, tmp_path / "lagi"))
    assert {r.code for r in td.load_tree(local, 2026, 3).indicator_rows} == {"T1.1", "S1.1.1", "P1.1", "K1.1"}


def test_an_office_takes_only_the_packages_period_and_can_hold_both(tmp_path):
    """Two periods with the same tree at Bappelitbangda: a package carries its own period's nodes
    only (the office once failed on a FOREIGN KEY, the other period's objectives hanging under
    goals it did not get), and a package of the next period adds that period beside the first,
    leaving the first one's plan as it was."""
    from kinerja_desktop.services.integrity import check_tampering
    from kinerja_desktop.services.package_issue import issue_package
    from tests.periods import two_periods

    central, _, _ = two_periods()
    local = create_database(None)
    try:
        first = issue_package(central, PLANNER, "DINA", 2026, 3, tmp_path / "p1.xlsx", plan_id=1).path
        setup_from_package(local, first)
        assert local.execute("SELECT id, name FROM plan").fetchall() == [(1, "RPJMD 2021-2026")]
        assert local.execute("SELECT count(*) FROM goal").fetchone() == (1,)
        second = issue_package(central, PLANNER, "DINA", 2027, 3, tmp_path / "p2.xlsx", plan_id=2).path
        setup_from_package(local, second)
        assert [name for _, name in local.execute("SELECT id, name FROM plan ORDER BY id")] == \
            ["RPJMD 2021-2026", "RPJMD 2025-2029"]
        counts = local.execute("SELECT plan_id, count(*), sum(retired_at IS NOT NULL) FROM indicator "
                               "GROUP BY plan_id ORDER BY plan_id").fetchall()
        assert [(n, retired) for _, n, retired in counts] == [(4, 0), (4, 0)]   # nothing of period 1 retired
        assert local.execute("PRAGMA foreign_key_check").fetchall() == [] and check_tampering(local).clean
    finally:
        local.close()
        central.close()
