"""The command line acts as a person: --user and a password checked like the log-in, role rules,
the audit names the person, years outside the plan refused, every word Indonesian; on every
refusal the database stays as it was (only a wrong password's failure counter moves, as in the
log-in window)."""
from __future__ import annotations

import re

import pytest

from kinerja_desktop import cli_auth
from kinerja_desktop.cli import build_parser
from kinerja_desktop.store.database import open_database
from tests.cli_people import PASSWORD
from tests.package_tools import dump, fill
from tests.cli_run import run

READ_ONLY = {"demo", "values", "report", "check", "backup", "iku"}


pytestmark = pytest.mark.usefixtures("cli_password")


@pytest.fixture
def db_path(people_db_path):
    return people_db_path



def state(path, logins=False):
    db = open_database(path, read_only=True)
    try:
        tables = dump(db)
    finally:
        db.close()
    if not logins:
        tables.pop("app_user")
    return tables



def export(db_path, tmp_path, user="perencana", year="2026"):
    return ["export-package", "--db", db_path, "--user", user, "--opd", "DINA", "--year", year, "--quarter", "3",
            "--out", tmp_path / "paket.xlsx"]


def filled(capsys, db_path, tmp_path, cells=None):
    assert run(capsys, *export(db_path, tmp_path))[0] == 0
    return fill(tmp_path / "paket.xlsx", tmp_path / "isi.xlsx", cells or {"H7": 80})


def test_every_command_that_changes_data_requires_user():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name, parser in sub.choices.items():
        options = {o: a for a in parser._actions for o in a.option_strings}
        if name in READ_ONLY:
            assert "--user" not in options, name
        elif name == "package-setup":       # a new office database has nobody yet; see the test below
            assert "--user" in options
        else:
            assert options["--user"].required, name


@pytest.mark.parametrize("command", ["export-package", "import-package", "register-key", "package-write"])
def test_missing_user_is_a_usage_error(capsys, db_path, tmp_path, command):
    argv = {"export-package": export(db_path, tmp_path)[:3] + export(db_path, tmp_path)[5:],
            "import-package": ["import-package", "--db", db_path, tmp_path / "x.xlsx"],
            "register-key": ["register-key", "--db", db_path, "--opd", "DINA", "--key", "AAAA"],
            "package-write": ["package-write", "--db", db_path, "--year", "2026", "--quarter", "3", "--out", tmp_path]}
    before = state(db_path, logins=True)
    code, _, err = run(capsys, *argv[command])
    assert code == 2 and "argumen wajib belum diisi: --user" in err
    assert state(db_path, logins=True) == before


@pytest.mark.parametrize("user, password, message", [
    ("perencana", "salah-sekali", "kata sandi salah"),
    ("siapa", PASSWORD, "kata sandi salah"),
    ("pensiun", PASSWORD, "dinonaktifkan"),
    ("tamu", PASSWORD, "Peninjau"),
    ("opa", PASSWORD, "tidak boleh menerbitkan paket"),
])
def test_export_refused_for_the_wrong_person(capsys, db_path, tmp_path, monkeypatch, user, password, message):
    monkeypatch.setenv(cli_auth.PASSWORD_ENV, password)
    before = state(db_path)
    code, _, err = run(capsys, *export(db_path, tmp_path, user=user))
    assert code == 1 and message in err and not (tmp_path / "paket.xlsx").exists()
    assert state(db_path) == before


def test_a_wrong_password_counts_like_the_login_window(capsys, db_path, tmp_path, monkeypatch):
    monkeypatch.setenv(cli_auth.PASSWORD_ENV, "salah-sekali")
    code, _, err = run(capsys, *export(db_path, tmp_path))
    assert code == 1 and "menunggu 1 detik" in err          # the growing delay of services/users.py
    db = open_database(db_path, read_only=True)
    assert db.execute("SELECT failed_attempts FROM app_user WHERE username = 'perencana'").fetchone() == (1,)
    db.close()


def test_without_terminal_and_without_the_variable_the_command_is_refused(capsys, db_path, tmp_path, monkeypatch):
    monkeypatch.delenv(cli_auth.PASSWORD_ENV)
    before = state(db_path, logins=True)
    code, _, err = run(capsys, *export(db_path, tmp_path))
    assert code == 1 and "KINERJA_PASSWORD" in err and state(db_path, logins=True) == before


def test_the_password_is_asked_on_a_terminal(capsys, db_path, tmp_path, monkeypatch):
    monkeypatch.delenv(cli_auth.PASSWORD_ENV)
    asked = []
    monkeypatch.setattr(cli_auth.sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(cli_auth.getpass, "getpass", lambda prompt: asked.append(prompt) or PASSWORD)
    assert run(capsys, *export(db_path, tmp_path))[0] == 0
    assert asked == ["Kata sandi perencana: "]


def test_import_is_audited_under_the_person(capsys, db_path, tmp_path):
    path = filled(capsys, db_path, tmp_path)
    code, out, _ = run(capsys, "import-package", "--db", db_path, "--user", "opa", path)
    assert code == 0 and "Diterapkan" in out
    db = open_database(db_path, read_only=True)
    assert db.execute("SELECT DISTINCT by_user FROM audit_log WHERE source = 'package'").fetchall() == [("opa",)]
    db.close()


@pytest.mark.parametrize("user, message", [("opb", "OPD-nya sendiri"), ("tamu", "Peninjau")])
def test_import_refused_for_a_viewer_and_another_opds_operator(capsys, db_path, tmp_path, user, message):
    path = filled(capsys, db_path, tmp_path)
    before = state(db_path)
    code, _, err = run(capsys, "import-package", "--db", db_path, "--user", user, path)
    assert code == 1 and message in err and state(db_path) == before


def test_nothing_typed_is_no_change_and_exit_0(capsys, db_path, tmp_path):
    assert run(capsys, *export(db_path, tmp_path))[0] == 0
    before = state(db_path)
    code, out, _ = run(capsys, "import-package", "--db", db_path, "--user", "perencana", tmp_path / "paket.xlsx")
    assert code == 0 and "Tidak ada perubahan" in out and state(db_path) == before


def test_accept_unsigned_is_gone_and_the_stripped_12345_attack_is_refused(capsys, db_path, tmp_path):
    from kinerja_desktop.services.packages import installation_public_key, setup_from_package, write_filled_package
    from kinerja_desktop.store.database import create_database

    assert run(capsys, *export(db_path, tmp_path))[0] == 0
    office = create_database(tmp_path / "opd.db")
    setup_from_package(office, tmp_path / "paket.xlsx")
    signed = write_filled_package(office, 2026, 3, tmp_path / "terisi.xlsx")
    key = installation_public_key(office)[0]
    office.close()
    assert run(capsys, "register-key", "--db", db_path, "--user", "admin", "--opd", "DINA", "--key", key)[0] == 0

    def strip(wb):
        for row in wb["_meta"].iter_rows():
            if row[0].value in ("signature", "signer"):
                row[1].value = None

    forged = fill(signed, tmp_path / "palsu.xlsx", {"H7": 12345}, edit=strip)
    before = state(db_path)
    code, _, err = run(capsys, "import-package", "--db", db_path, "--user", "admin", "--accept-unsigned", forged)
    assert code == 2 and "argumen tidak dikenal: --accept-unsigned" in err
    code, out, err = run(capsys, "import-package", "--db", db_path, "--user", "admin", forged)
    assert code == 1 and "tidak bertanda tangan" in err and "Ditolak" in out
    assert state(db_path) == before


def test_register_key_is_for_administrators_keeps_history_and_is_audited(capsys, db_path):
    from kinerja_desktop.exchange import signing

    keys = [signing.public_to_text(signing.public_bytes(signing.new_private_key())) for _ in range(2)]
    base = ["register-key", "--db", db_path, "--opd", "DINA"]
    before = state(db_path)
    code, _, err = run(capsys, *base, "--user", "perencana", "--key", keys[0])
    assert code == 1 and "Administrator" in err and state(db_path) == before
    assert run(capsys, *base, "--user", "admin", "--key", keys[0])[0] == 0
    before = state(db_path)
    code, _, err = run(capsys, *base, "--user", "admin", "--key", keys[1])
    assert code == 1 and "alasan" in err and state(db_path) == before
    assert run(capsys, *base, "--user", "admin", "--key", keys[1], "--reason", "laptop OPD hilang")[0] == 0
    db = open_database(db_path, read_only=True)
    history = db.execute("SELECT registered_by, replaced_at IS NOT NULL, reason FROM agency_key_history "
                         "ORDER BY id").fetchall()
    audit = db.execute("SELECT by_user, source FROM audit_log WHERE entity = 'key'").fetchall()
    db.close()
    assert history == [("admin", 1, "laptop OPD hilang"), ("admin", 0, "")]
    assert audit == [("admin", "cli"), ("admin", "cli")]


@pytest.mark.parametrize("argv", [
    ["export-package", "--db", "{db}", "--user", "perencana", "--opd", "DINA", "--year", "9999", "--quarter", "3",
     "--out", "{tmp}/p.xlsx"],
    ["export-package", "--db", "{db}", "--user", "perencana", "--opd", "SEMUA", "--year", "2040", "--quarter", "3",
     "--out", "{tmp}"],
    ["import-package", "--db", "{db}", "--user", "perencana", "--year", "9999", "{tmp}/p.xlsx"],
    ["package-write", "--db", "{db}", "--user", "perencana", "--year", "9999", "--quarter", "1", "--out", "{tmp}"],
    ["values", "--db", "{db}", "--year", "1999"],
])
def test_a_year_outside_the_plan_is_refused_on_every_command(capsys, db_path, tmp_path, argv):
    before = state(db_path, logins=True)
    code, _, err = run(capsys, *[a.format(db=db_path, tmp=tmp_path) for a in argv])
    assert code == 2 and "di luar periode rencana" in err
    assert state(db_path, logins=True) == before and not list(tmp_path.glob("*.xlsx"))


def test_package_setup_on_an_installation_with_people_needs_one_of_them(capsys, db_path, tmp_path):
    assert run(capsys, *export(db_path, tmp_path))[0] == 0
    office = tmp_path / "opd.db"
    base = ["package-setup", "--db", office, tmp_path / "paket.xlsx"]
    assert run(capsys, *base, "--operator", "opd")[0] == 0      # new: nobody to ask; its password from the variable
    code, _, err = run(capsys, *base)
    assert code == 2 and "--user" in err
    code, _, err = run(capsys, *base, "--user", "opd", "--operator", "opd2")
    assert code == 1 and "administrator" in err
    code, _, err = run(capsys, *base, "--user", "opd")
    assert code == 0, err


ENGLISH = re.compile(r"\b(usage|options|positional|arguments?|show|help message|error|required|invalid|choose|"
                     r"expected|unrecognized|DB|YEAR|QUARTER|OUT|FILES?|USER|KEY|OPD_CODE|SCALE|SUMMARY|keep|take)\b")


def test_usage_help_and_errors_have_no_english(capsys):
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    texts = [build_parser().format_help()] + [p.format_help() for p in sub.choices.values()]
    for argv in (["lapor"], ["import-package"], ["values", "--db", "x", "--format", "xml"], ["values", "--db"],
                 ["--tidak-ada"], ["import-package", "--db", "x", "--user", "a", "--conflicts", "semua", "f"]):
        texts.append(run(capsys, *argv)[2])
    for text in texts:
        assert not ENGLISH.search(text), (ENGLISH.search(text).group(0), text)
    assert "penggunaan:" in texts[0] and "opsi:" in texts[0] and "kesalahan perintah" in texts[-1]
