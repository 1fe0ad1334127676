"""Shared fixtures. GUI tests run on Qt's offscreen platform."""
from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.fixtures import small_plan


@pytest.fixture
def db():
    """An in-memory database holding a small but complete plan (see tests/fixtures.py)."""
    database, _ = small_plan()
    yield database
    database.close()


@pytest.fixture
def people_db_path(tmp_path):
    """The small plan in a file, with one user of each role (tests/cli_people.py), for the
    commands that act as a person."""
    from tests.cli_people import add_people

    path = tmp_path / "pusat.db"
    small_plan(path)[0].close()
    add_people(path)
    return path


@pytest.fixture
def cli_password(monkeypatch):
    """The password of every person in people_db_path, as a script gives it (KINERJA_PASSWORD)."""
    from tests.cli_people import PASSWORD

    monkeypatch.setenv("KINERJA_PASSWORD", PASSWORD)


@pytest.fixture
def plan_ids():
    """The small plan and the ids of what it holds, as a dict."""
    database, ids = small_plan()
    yield database, ids
    database.close()


@pytest.fixture(scope="session")
def demo_db_path(tmp_path_factory):
    """A scale-1 demo database built once per test session (read it; copy it before writing)."""
    from kinerja_desktop.services.demo import build_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo_database(path, scale=1)
    return path


@pytest.fixture
def demo_copy(demo_db_path, tmp_path):
    """A private writable copy of the demo database."""
    from kinerja_desktop.store.database import backup

    return backup(demo_db_path, tmp_path / "demo.db")


@pytest.fixture(autouse=True, scope="session")
def _private_key_folder(tmp_path_factory):
    """OPD signing keys go to a temporary folder, never the account's real data folder."""
    import os

    os.environ["KINERJA_KEY_DIR"] = str(tmp_path_factory.mktemp("keys"))
    yield


@pytest.fixture(autouse=True, scope="session")
def _private_qt_settings(tmp_path_factory):
    """QSettings (window geometry, period, language) go to a temporary folder, never the real ones.
    ui.settings.app_settings() honours the default format and path set here."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path_factory.mktemp("qsettings")))
    yield


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item):
    """A page's background read may still be running on the test's connection (an in-memory
    database has no second one): it ends before the fixtures close that connection — closing it
    under a running query crashed the interpreter (test_compare_page, one run in many)."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30000)
