"""Smoke test of a one-folder build (dist/Kinerja): the frozen programs, not the checkout.

Every step runs the bundle's own executables in a temporary home (its data folder, settings and
log land there) and prints PASS/FAIL with what went wrong. The GUI step opens the demo database
offscreen as the administrator and passes only when every feature installed and the log exists.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

TIMEOUT_S = 300
YEAR, QUARTER, OPD = "2026", "4", "DINKES"
# Read at run time, besides what the steps below exercise: the guide (Bantuan > Panduan pengguna)
# and the translations.
BUNDLED_FILES = ("docs/panduan.md", "docs/screenshots/login.png", "resources/translations/kinerja_id.qm",
                 "resources/translations/kinerja_en.qm", "resources/translations/qtbase_id.qm",
                 "resources/icons/kinerja.png", "db/schema.sql")


def _exe(bundle: Path, name: str) -> Path:
    return bundle / (name + (".exe" if sys.platform == "win32" else ""))


class Smoke:
    def __init__(self, bundle: Path, home: Path):
        self.bundle, self.home, self.failures = bundle, home, []
        self.env = dict(os.environ, HOME=str(home), USERPROFILE=str(home), LOCALAPPDATA=str(home / "local"),
                        APPDATA=str(home / "roaming"), XDG_DATA_HOME=str(home / "data"),
                        XDG_CONFIG_HOME=str(home / "config"), QT_QPA_PLATFORM="offscreen",
                        KINERJA_PASSWORD="admin123")
        self.env.pop("PYTHONPATH", None)   # the bundle must not borrow the checkout's modules
        self.cli = _exe(bundle, "kinerja-cli")
        self.gui = _exe(bundle, "Kinerja")

    def run(self, title: str, command: list, expect_out: str = "", extra_env: dict | None = None) -> str:
        env = dict(self.env, **(extra_env or {}))
        try:
            done = subprocess.run([str(c) for c in command], cwd=self.home, env=env, capture_output=True,
                                  text=True, encoding="utf-8", errors="replace", timeout=TIMEOUT_S)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return self.fail(title, str(exc))
        output = done.stdout + done.stderr
        if done.returncode != 0:
            return self.fail(title, f"kode keluar {done.returncode}\n{output[-3000:]}")
        if expect_out and expect_out not in output:
            return self.fail(title, f"keluaran tanpa '{expect_out}'\n{output[-3000:]}")
        print(f"PASS {title}", flush=True)
        return output

    def fail(self, title: str, why: str) -> str:
        self.failures.append(title)
        print(f"FAIL {title}: {why}", flush=True)
        return ""

    def needs_user(self, command: str) -> list[str]:
        """Commands that act as a person take --user (the password from KINERJA_PASSWORD)."""
        done = subprocess.run([str(self.cli), command, "--help"], env=self.env, capture_output=True, text=True,
                              timeout=TIMEOUT_S)
        return ["--user", "admin"] if "--user" in done.stdout else []


def run_smoke(bundle: Path, version: str) -> bool:
    for program in ("kinerja-cli", "Kinerja"):
        if not _exe(bundle, program).exists():
            print(f"FAIL program {_exe(bundle, program)} tidak ada; jalankan build dulu", flush=True)
            return False
    missing = [f for f in BUNDLED_FILES if not (bundle / "_internal" / f).is_file()]
    print(f"{'FAIL' if missing else 'PASS'} berkas program{': tidak ada ' + ', '.join(missing) if missing else ''}",
          flush=True)
    with tempfile.TemporaryDirectory(prefix="kinerja-smoke-") as tmp:
        home = Path(tmp)
        s = Smoke(bundle, home)
        db, package, office = home / "demo.db", home / "paket.xlsx", home / "opd.db"
        s.run("--version", [s.cli, "--version"], expect_out=version)
        s.run("demo", [s.cli, "demo", "--db", db], expect_out="Basis data demo dibuat")
        s.run("check", [s.cli, "check", "--db", db], expect_out="Keutuhan: baik")
        for suffix in ("xlsx", "pdf"):
            out = home / f"laporan.{suffix}"
            s.run(f"report .{suffix}", [s.cli, "report", "--db", db, "--year", YEAR, "--quarter", QUARTER, "--out", out])
            if out.exists() and out.stat().st_size < 1000:
                s.fail(f"report .{suffix}", f"{out} hanya {out.stat().st_size} bita")
        s.run("export-package", [s.cli, "export-package", "--db", db, *s.needs_user("export-package"), "--opd", OPD,
                                 "--year", YEAR, "--quarter", QUARTER, "--out", package], expect_out="Paket diterbitkan")
        filled = _fill_note(package, home / "paket-isi.xlsx")   # as a person fills it in a spreadsheet
        s.run("import-package", [s.cli, "import-package", "--db", db, *s.needs_user("import-package"),
                                 filled], expect_out="1 diterapkan")
        s.run("package-setup (kantor OPD)", [s.cli, "package-setup", "--db", office, package, "--operator",
                                              "operator1", "--password", "operator123"], expect_out=f"Instalasi OPD {OPD} siap")
        _gui(s, db)
        s.failures += missing
        if s.failures:
            print(f"GAGAL: {', '.join(s.failures)}", flush=True)
        return not s.failures


def _fill_note(package: Path, out: Path) -> Path:
    """The first indicator's value and note typed in the package with openpyxl (a spreadsheet-filled
    package; a note alone is not stored without a value)."""
    import openpyxl

    from kinerja_desktop.exchange import package_format as fmt

    if not package.exists():
        return package
    keys = [c.key for c in fmt.columns(int(YEAR), int(QUARTER))]
    wb = openpyxl.load_workbook(package)
    sheet = wb[fmt.ENTRY_SHEET]
    sheet.cell(fmt.FIRST_DATA_ROW, keys.index("value") + 1).value = 82.5
    sheet.cell(fmt.FIRST_DATA_ROW, keys.index("note") + 1).value = "uji asap bundel"
    wb.save(out)
    return out


def _gui(s: Smoke, db: Path) -> None:
    """The window offscreen: every feature installed (no 'could not be loaded'), the log written."""
    # A windowed Kinerja.exe has no stdout on Windows; there kinerja-cli.exe (same entry point, with a
    # console) opens the window and reports.
    program = s.cli if sys.platform == "win32" else s.gui
    output = s.run("GUI offscreen", [program, "--db", db], expect_out="features-ready",
                   extra_env={"KINERJA_AUTOLOGIN": "admin:admin123", "KINERJA_EXIT_AFTER_SHOW": "1"})
    if not output:
        return
    if "features-failed" in output:
        s.fail("GUI: semua fitur dimuat", output[-3000:])
    else:
        print("PASS GUI: semua fitur dimuat", flush=True)
    logs = list(s.home.rglob("kinerja.log"))
    if not logs:
        s.fail("GUI: log ditulis", f"tidak ada kinerja.log di {s.home}")
    elif "ModuleNotFoundError" in logs[0].read_text(encoding="utf-8", errors="replace"):
        s.fail("GUI: log bersih", logs[0].read_text(encoding="utf-8", errors="replace")[-3000:])
    else:
        print(f"PASS GUI: log ditulis ({logs[0].relative_to(s.home)})", flush=True)
