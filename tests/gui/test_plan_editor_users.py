"""The administrator's users dialog (next to the plan editor in the Administrasi menu)."""
import pytest

from kinerja_desktop.services.users import authenticate, create_user, list_users
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.ui.context import AppContext
from kinerja_desktop.ui.admin.users import UsersDialog
from tests.fixtures import ADMIN


@pytest.fixture
def dialog(qtbot, db):
    create_user(db, "admin", "Administrator", "administrator", "rahasia-admin")
    context = AppContext(db, repo.load_plan(db), ADMIN, 2026, 3)
    d = UsersDialog(context)
    d.errors = []
    d.show_error = d.errors.append
    qtbot.addWidget(d)
    return d


def new_user(**changes):
    values = {"username": "opdina", "full_name": "Operator Dinas A", "role": "operator", "agency_id": 1,
              "password": "kata-sandi-1", "repeat": "kata-sandi-1"}
    values.update(changes)
    return values


def test_add_an_operator_then_log_in(dialog, db):
    dialog.ask_new_user = lambda: new_user()
    assert dialog.add_user()
    user = authenticate(db, "opdina", "kata-sandi-1", sleep=lambda s: None)
    assert (user.role, user.agency_id) == ("operator", 1)
    assert dialog.table.rowCount() == 2


@pytest.mark.parametrize("changes, message", [
    (dict(repeat="lain"), "tidak sama"),
    (dict(password="pendek", repeat="pendek"), "Kata sandi"),
    (dict(username="admin"), "sudah dipakai"),
])
def test_bad_new_user_is_refused(dialog, db, changes, message):
    dialog.ask_new_user = lambda: new_user(**changes)
    before = db.execute("SELECT * FROM app_user").fetchall()
    assert not dialog.add_user()
    assert message in dialog.errors[-1]
    assert db.execute("SELECT * FROM app_user").fetchall() == before


def test_deactivate_and_reset_password(dialog, db):
    create_user(db, "opb", "Operator B", "operator", "kata-sandi-2", agency_id=2)
    dialog.refresh(select="opb")
    dialog.toggle_active()
    assert [u.active for u in list_users(db) if u.username == "opb"] == [False]
    dialog.ask_password = lambda name: ("baru-sekali-1", "baru-sekali-1")
    assert dialog.reset_password()
    dialog.toggle_active()
    assert authenticate(db, "opb", "baru-sekali-1", sleep=lambda s: None).username == "opb"


def test_administrator_cannot_deactivate_themself(dialog, db):
    dialog.refresh(select="admin")
    dialog.toggle_active()
    assert "sendiri" in dialog.errors[-1]
    assert all(u.active for u in list_users(db))


def test_new_user_form_stays_open_and_says_why(qtbot, db):
    from kinerja_desktop.services.users import check_new_user
    from kinerja_desktop.ui.admin.users import NewUserDialog

    create_user(db, "admin", "Administrator", "administrator", "rahasia-admin")
    form = NewUserDialog(repo.load_agencies(db), check=lambda **v: check_new_user(db, **v))
    qtbot.addWidget(form)
    form.username.setText("admin")
    form.full_name.setText("Operator Baru")
    form.password.setText("kata-sandi-1")
    form.repeat.setText("kata-sandi-2")
    form.accept()
    assert form.result() == 0 and "tidak sama" in form.message.text()
    form.repeat.setText("kata-sandi-1")
    form.accept()
    assert form.result() == 0 and "sudah dipakai" in form.message.text()
    assert form.full_name.text() == "Operator Baru"       # nothing typed is lost
    form.username.setText("opbaru")
    form.accept()
    assert form.result() == 1
