"""The administrator's office settings: the report's signer and place, and the late rule."""
from __future__ import annotations

from datetime import date

import pytest

from kinerja_desktop.services import completeness
from kinerja_desktop.services.office_settings import (
    DEFAULT_DEADLINE_DAYS, SettingsRefused, load_office_settings, save_office_settings,
)
from kinerja_desktop.services.report import build_report
from tests.fixtures import ADMIN, PLANNER


def settings_rows(db):
    return db.execute("SELECT key, value FROM setting ORDER BY key").fetchall(), \
        db.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def test_defaults_come_from_the_plan_until_set(db):
    current = load_office_settings(db)
    assert current.deadline_days == DEFAULT_DEADLINE_DAYS and current.signer_name == ""
    assert current.signer_title.startswith("Kepala Bappelitbangda")


def test_saved_settings_sign_the_report_and_decide_who_is_late(db):
    today = date(2026, 10, 20)                                 # 20 days after TW III ends
    late_before = {r.code for r in completeness.completeness(db, 2026, today) if r.quarters[3].late}
    assert late_before                                         # with the default 15 days someone is late
    save_office_settings(db, ADMIN, {"signer_name": "  Dr. Andi   Mappaware ", "signer_nip": "19700101 199003 1 001",
                                     "place": "Watansoppeng", "deadline_days": "30"})
    report = build_report(db, 2026, 3, signed_on=date(2026, 11, 27))
    assert (report.signer_name, report.signer_nip, report.place) == ("Dr. Andi Mappaware", "19700101 199003 1 001",
                                                                     "Watansoppeng")
    assert not [r for r in completeness.completeness(db, 2026, today) if r.quarters[3].late]   # 30 days now
    audit = db.execute("SELECT new_value, source FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert "Nama penanda tangan: Dr. Andi Mappaware" in audit[0] and audit[1] == "master"


@pytest.mark.parametrize("values, message", [
    ({"deadline_days": "100"}, "0 sampai 90"),
    ({"deadline_days": "dua"}, "bilangan bulat"),
    ({"signer_nip": "1970-01-01"}, "hanya angka"),
    ({"signer_name": "x" * 121}, "120 karakter"),
    ({"signer_name": "Andi", "deadline_days": "-1"}, "bilangan bulat"),     # all or nothing
])
def test_bad_settings_are_refused_and_nothing_is_saved(db, values, message):
    before = settings_rows(db)
    with pytest.raises(SettingsRefused, match=message):
        save_office_settings(db, ADMIN, values)
    assert settings_rows(db) == before


def test_only_an_administrator_changes_them(db):
    before = settings_rows(db)
    with pytest.raises(SettingsRefused, match="administrator"):
        save_office_settings(db, PLANNER, {"deadline_days": "20"})
    assert settings_rows(db) == before


def test_plausibility_factors_are_saved_audited_and_used(db):
    from decimal import Decimal

    from kinerja_desktop.services.office_settings import plausibility

    assert (plausibility(db).target_factor, plausibility(db).previous_factor) == (Decimal(5), Decimal(10))
    save_office_settings(db, ADMIN, {"target_factor": "3", "previous_factor": "2,5"})
    assert (plausibility(db).target_factor, plausibility(db).previous_factor) == (Decimal(3), Decimal("2.5"))
    current = load_office_settings(db)
    assert current.plausibility == plausibility(db)
    audit = db.execute("SELECT new_value FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert "melebihi target (kali): 3" in audit and "triwulan sebelumnya (kali): 2.5" in audit


@pytest.mark.parametrize("field, text, reason", [
    ("target_factor", "0,5", "1,1 sampai 1000"), ("target_factor", "lima", "bukan angka"),
    ("previous_factor", "1e30", "bukan angka"), ("previous_factor", "9" * 40, "10^15"),
    ("previous_factor", "", "1,1 sampai 1000"),
])
def test_a_bad_factor_is_refused_and_nothing_saved(db, field, text, reason):
    before = settings_rows(db)
    with pytest.raises(SettingsRefused, match=reason.replace("^", r"\^")):
        save_office_settings(db, ADMIN, {field: text})
    assert settings_rows(db) == before


def test_only_an_administrator_changes_the_factors(db):
    before = settings_rows(db)
    with pytest.raises(SettingsRefused, match="administrator"):
        save_office_settings(db, PLANNER, {"target_factor": "3"})
    assert settings_rows(db) == before
