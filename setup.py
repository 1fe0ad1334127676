"""Packaging hook: a wheel carries the files the program reads at run time.

resources/, db/schema.sql and the user guide (docs/panduan.md with docs/screenshots/) stay at the
repository root, where the tools and the PyInstaller spec expect them; when a wheel is built they
are copied into kinerja_desktop/_data/, which kinerja_desktop/paths.py looks at first. The rest of
the configuration is in pyproject.toml.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# (source in the repository, destination under kinerja_desktop/_data)
RUNTIME_DATA = [("resources", "resources"), ("db/schema.sql", "db/schema.sql"),
                ("docs/panduan.md", "docs/panduan.md"), ("docs/screenshots", "docs/screenshots")]


class BuildWithData(build_py):
    def run(self):
        super().run()
        if self.editable_mode:   # an editable install reads them from the checkout
            return
        target = Path(self.build_lib) / "kinerja_desktop" / "_data"
        for source, destination in RUNTIME_DATA:
            src, dst = ROOT / source, target / destination
            if not src.exists():
                raise SystemExit(f"file yang dibutuhkan program tidak ada: {src}")
            dst.parent.mkdir(parents=True, exist_ok=True)
            if src.is_dir():
                shutil.copytree(src, dst, dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("*.ts", "*.tsv", "__pycache__"))
            else:
                shutil.copy2(src, dst)


setup(cmdclass={"build_py": BuildWithData})
