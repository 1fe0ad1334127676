"""Build the installable program and check it. Run from the repository root:

    python installer/build.py            PyInstaller one-folder build in dist/Kinerja/ (two programs:
                                         Kinerja = the window, kinerja-cli = the console commands);
                                         on Windows with Inno Setup 6 also the setup program
    python installer/build.py --check    the same, then the smoke test of the build (exit 0 only
                                         when every step passes)
    python installer/build.py --check --no-build   only the smoke test of an existing dist/Kinerja/

Needs `pip install pyinstaller pillow`; on Windows also Inno Setup 6 (ISCC.exe on PATH or in its
default folder). The .ico is made from the bundled PNG icon with Pillow if it is missing.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "installer")]
from smoke import run_smoke  # noqa: E402

DIST = ROOT / "dist"
VERSION_FILE = ROOT / "installer" / "version_info.txt"
VERSION_PATTERN = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def program_version() -> str:
    """The package version; the build stops when it is empty or not N.N.N (the installer, the
    version resource and the setup file name all carry it)."""
    from kinerja_desktop import __version__

    if not VERSION_PATTERN.match(__version__ or ""):
        raise SystemExit(f"build: versi program '{__version__}' tidak sah; tulis N.N.N di kinerja_desktop/__init__.py")
    return __version__


def write_version_resource(version: str) -> None:
    """The Windows version resource of both programs (file properties > Details)."""
    numbers = tuple(int(n) for n in VERSION_PATTERN.match(version).groups()) + (0,)
    strings = {"CompanyName": "Bappelitbangda Kabupaten Soppeng", "FileDescription": "Kinerja Desktop",
               "FileVersion": version, "InternalName": "Kinerja", "LegalCopyright": "Bappelitbangda Kabupaten Soppeng",
               "OriginalFilename": "Kinerja.exe", "ProductName": "Kinerja Desktop", "ProductVersion": version}
    entries = ",\n".join(f"          StringStruct('{k}', '{v}')" for k, v in strings.items())
    VERSION_FILE.write_text(f"""# Written by installer/build.py from kinerja_desktop.__version__; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('042104B0', [
{entries}])]),
    VarFileInfo([VarStruct('Translation', [0x0421, 1200])])
  ]
)
""", encoding="utf-8")


def ensure_ico() -> None:
    ico = ROOT / "resources" / "icons" / "kinerja.ico"
    png = ROOT / "resources" / "icons" / "kinerja.png"
    if ico.exists() or not png.exists():
        return
    from PIL import Image  # only needed for building

    Image.open(png).save(ico, sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])


def build(version: str) -> None:
    ensure_ico()
    write_version_resource(version)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(ROOT / "build"),
                    str(ROOT / "installer" / "kinerja.spec")], check=True)
    if sys.platform == "win32":
        iscc = shutil.which("ISCC") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
        command = [iscc, f"/DAppVersion={version}"]
        if os.environ.get("KINERJA_SIGNTOOL"):   # see docs/install.md, "Tanda tangan kode"
            command.append(f"/Skinerjasign={os.environ['KINERJA_SIGNTOOL']}")
            command.append("/DSign")
        subprocess.run(command + [str(ROOT / "installer" / "kinerja.iss")], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description="Bangun dan periksa Kinerja Desktop.")
    parser.add_argument("--check", action="store_true", help="jalankan uji asap hasil build")
    parser.add_argument("--no-build", action="store_true", help="jangan build; periksa dist/Kinerja yang ada")
    args = parser.parse_args(argv)
    version = program_version()
    started = time.perf_counter()
    if not args.no_build:
        build(version)
        print(f"build: selesai dalam {time.perf_counter() - started:.0f} detik: {DIST / 'Kinerja'}", flush=True)
    if not args.check:
        return 0
    checked = time.perf_counter()
    ok = run_smoke(DIST / "Kinerja", version)
    print(f"build: uji asap {'LULUS' if ok else 'GAGAL'} dalam {time.perf_counter() - checked:.0f} detik "
          f"(total {time.perf_counter() - started:.0f} detik)", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
