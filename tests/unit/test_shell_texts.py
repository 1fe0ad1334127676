"""Texts of the main window (title, quarter status) and the new-database set-up, below Qt."""
from __future__ import annotations

import pytest

from kinerja_desktop.store.database import DatabaseError, open_database
from kinerja_desktop.store.repositories import load_plan
from kinerja_desktop.services.new_database import create_new_database
from kinerja_desktop.services.users import UserError, authenticate
from kinerja_desktop.ui.shell_data import quarter_status_text, user_text, window_title
from tests.fixtures import OPERATOR_B, PLANNER, STAMP


def test_title_says_region_plan_period_and_user(db):
    title = window_title(load_plan(db), 2026, 4, PLANNER)
    assert title == "Kinerja Desktop — Kabupaten Contoh · RPJMD 2021-2026 · 2026 TW IV · Perencana"
    assert window_title(load_plan(db), 2025, 1, None).endswith("· 2025 TW I")


def test_user_text_names_the_role_in_indonesian():
    assert user_text(OPERATOR_B, "DINB") == "Operator B · Operator OPD DINB"
    assert user_text(None) == "Belum masuk"


def test_quarter_status_for_an_operator_and_for_everyone_else(db):
    db["workflow"].insert({"agency_id": 2, "year": 2026, "quarter": 4, "status": "submitted",
                           "changed_at": STAMP, "changed_by": "opb"})
    assert quarter_status_text(db, OPERATOR_B, 2026, 4) == "Status 2026 TW IV: Diajukan"
    assert quarter_status_text(db, PLANNER, 2026, 4) == "Status 2026 TW IV (2 OPD): Draf 1, Diajukan 1"
    assert quarter_status_text(db, PLANNER, 2026, 3) == "Status 2026 TW III (2 OPD): Draf 2"


def test_new_database_has_the_plan_bands_37_opd_and_an_administrator(tmp_path):
    path = tmp_path / "baru.db"
    assert create_new_database(path, "rahasia-123") == {"opd": 37, "users": 1}
    db = open_database(path)
    plan = load_plan(db)
    assert (plan.region_name, plan.start_year, plan.end_year) == ("Kabupaten Soppeng", 2021, 2026)
    assert [b.label for b in plan.bands] == ["Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah"]
    assert db.execute("SELECT count(*) FROM indicator").fetchone()[0] == 0
    assert authenticate(db, "admin", "rahasia-123", sleep=lambda s: None).role == "administrator"
    db.close()


def test_new_database_refuses_a_short_password_and_leaves_no_file(tmp_path):
    path = tmp_path / "baru.db"
    with pytest.raises(UserError, match="minimal 8 karakter"):
        create_new_database(path, "pendek")
    assert list(tmp_path.iterdir()) == []


def test_new_database_never_overwrites(tmp_path):
    path = tmp_path / "ada.db"
    path.write_bytes(b"isi lama")
    with pytest.raises(DatabaseError, match="sudah ada"):
        create_new_database(path, "rahasia-123")
    assert path.read_bytes() == b"isi lama"
