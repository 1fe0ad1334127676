"""What an installation carries: the wheel built from the checkout holds every file the program
reads at run time, and a program that lacks one says so instead of blaming the user's folder."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kinerja_desktop import cli, paths
from kinerja_desktop.services.demo import build as demo

ROOT = Path(__file__).resolve().parents[2]


def test_a_missing_program_file_is_named_and_nothing_is_written(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(paths, "REFERENCE_JSON", tmp_path / "gone" / "soppeng_reference.json")
    code = cli.main(["demo", "--db", str(tmp_path / "demo.db")])
    err = capsys.readouterr().err
    assert code == cli.EXIT_REFUSED
    assert "soppeng_reference.json" in err and "tidak lengkap" in err and "pasang ulang" in err
    assert "izin" not in err and "ruang disk" not in err
    assert list(tmp_path.iterdir()) == []


def test_a_folder_without_write_permission_is_said_as_such(tmp_path, monkeypatch):
    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(demo, "_build_file", refused)
    with pytest.raises(demo.DatabaseError, match="tidak ada izin menulis"):
        demo.build_demo_database(tmp_path / "demo.db")


def test_the_checkout_holds_every_runtime_file():
    for path in paths.RUNTIME_FILES:
        assert path.is_file(), path


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                           "-w", str(out), str(ROOT)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return next(out.glob("kinerja_desktop-*.whl"))


@pytest.mark.slow
def test_the_wheel_carries_the_runtime_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    data = "kinerja_desktop/_data/"
    for relative in ("db/schema.sql", "resources/data/soppeng_reference.json", "resources/data/nomenklatur_program.csv",
                     "resources/translations/kinerja_id.qm", "resources/translations/qtbase_id.qm",
                     "resources/icons/kinerja.png", "docs/panduan.md"):
        assert data + relative in names, relative
    assert any(n.startswith(data + "docs/screenshots/") for n in names)
    assert "kinerja_desktop/ui/tree/tree_page.py" in names


@pytest.mark.slow
def test_the_installed_wheel_builds_the_demo(wheel, tmp_path):
    """The wheel unpacked as pip installs it (its own folder first on the path, away from the
    checkout) builds the demo database from its own files."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = dict(os.environ, PYTHONPATH=str(site))
    script = ("import sys, kinerja_desktop, kinerja_desktop.paths as p; from kinerja_desktop.cli import main;"
              "print(kinerja_desktop.__file__); print(p.ROOT); sys.exit(main(['demo', '--db', 'demo.db']))")
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    module_file, root = done.stdout.splitlines()[:2]
    assert Path(module_file).is_relative_to(site) and Path(root) == site / "kinerja_desktop" / "_data"
    assert "Basis data demo dibuat" in done.stdout and (tmp_path / "demo.db").stat().st_size > 100_000
