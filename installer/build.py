"""Build the installable program: PyInstaller folder build, then (on Windows) the Inno Setup
installer. Run from the repository root:  python installer/build.py

Needs `pip install pyinstaller`; on Windows also Inno Setup 6 (ISCC.exe on PATH or in its
default folder). The .ico is made from the bundled PNG icon with Pillow if it is missing.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def ensure_ico() -> None:
    ico = ROOT / "resources" / "icons" / "kinerja.ico"
    png = ROOT / "resources" / "icons" / "kinerja.png"
    if ico.exists() or not png.exists():
        return
    from PIL import Image  # only needed for building

    Image.open(png).save(ico, sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from kinerja_desktop import __version__

    ensure_ico()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"),
                    str(ROOT / "installer" / "kinerja.spec")], check=True)
    if sys.platform == "win32":
        iscc = shutil.which("ISCC") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
        env = dict(os.environ, KINERJA_VERSION=__version__)
        subprocess.run([iscc, str(ROOT / "installer" / "kinerja.iss")], check=True, env=env)
    print(f"Selesai: {ROOT / 'dist'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
