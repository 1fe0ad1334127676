from datetime import date
from decimal import Decimal

from kinerja_desktop.domain.entities import ValueChange
from kinerja_desktop.services.audit import AuditFilter, format_datetime_id, query, users, value_history
from kinerja_desktop.services.realisations import SpendingChange, save_quarter
from tests.fixtures import OPERATOR_A, OPERATOR_B, PLANNER


def test_dates_are_written_the_indonesian_way():
    assert format_datetime_id("2026-11-27T14:05:09+08:00") == "27 November 2026 14:05"
    assert format_datetime_id("2026-01-03T07:00:00") == "3 Januari 2026 07:00"


def test_every_saved_change_is_listed_with_who_old_and_new(db):
    save_quarter(db, OPERATOR_A, 1, 2026, 2, [ValueChange(3, 2, Decimal("1234"), "banjir")])
    save_quarter(db, PLANNER, 1, 2026, 2, [ValueChange(3, 2, Decimal("1300"))], source="correction",
                 source_ref="koreksi rapat")
    save_quarter(db, OPERATOR_B, 2, 2026, 2, [ValueChange(5, 2, Decimal("1.5"))])
    entries = value_history(db, 3, 2026, 2)
    values = [(e.entity, e.shown(e.old_value), e.shown(e.new_value), e.by_user, e.source) for e in entries]
    assert values == [("realisation", "95", "1.234", "opa", "form"), ("note", "(kosong)", "banjir", "opa", "form"),
                      ("realisation", "1.234", "1.300", "perencana", "correction")]
    assert entries[-1].source_ref == "koreksi rapat" and entries[-1].period == "TW II 2026"
    assert entries[0].indicator_code == "P1.1" and entries[0].agency_code == "DINA"


def test_filters(db):
    save_quarter(db, OPERATOR_A, 1, 2026, 2, [ValueChange(3, 2, Decimal(100))], [SpendingChange(1, 2, Decimal(2500000))])
    save_quarter(db, OPERATOR_B, 2, 2026, 2, [ValueChange(5, 2, Decimal("1.5"))])
    assert {e.agency_code for e in query(db, AuditFilter(agency_id=2))} == {"DINB"}
    assert {e.by_user for e in query(db, AuditFilter(user="opa"))} == {"opa"}
    assert [e.shown(e.new_value) for e in query(db, AuditFilter(entity="spending"))] == ["Rp 2.500.000"]
    assert [e.indicator_code for e in query(db, AuditFilter(text="jalan"))] == ["B1.1"]
    assert query(db, AuditFilter(source="package")) == []
    today = date.today()
    assert len(query(db, AuditFilter(date_from=today, date_to=today))) == 3
    assert query(db, AuditFilter(date_to=date(2020, 1, 1))) == []
    assert users(db) == ["opa", "opb"]
