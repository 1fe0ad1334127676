"""Headless commands of the exchange layer: packages and the evaluation report."""
from __future__ import annotations

import sys
from pathlib import Path


def add_commands(sub, quarter_arg, year_arg) -> None:
    p = sub.add_parser("export-package", help="terbitkan paket Excel untuk satu OPD")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--opd", required=True)
    p.add_argument("--year", type=year_arg, required=True)
    p.add_argument("--quarter", type=quarter_arg, required=True)
    p.add_argument("--out", type=Path, required=True)

    p = sub.add_parser("import-package", help="impor paket Excel dari OPD")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("files", type=Path, nargs="+")
    p.add_argument("--dry-run", action="store_true")

    p = sub.add_parser("report", help="cetak tabel evaluasi")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--year", type=year_arg, required=True)
    p.add_argument("--quarter", type=quarter_arg, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--opd", help="kode OPD (tanpa ini: seluruh perangkat daerah)")
    p.add_argument("--paper", choices=["A4", "F4"], default="A4", help="ukuran kertas (lanskap)")


def _report(args) -> int:
    from kinerja_desktop.services.report import cmd_report

    return cmd_report(args)


def _not_yet(args) -> int:
    print(f"kinerja: perintah '{args.command}' belum tersedia di versi ini.", file=sys.stderr)
    return 1


COMMANDS = {"export-package": _not_yet, "import-package": _not_yet, "report": _report}
