"""`kinerja`: with no sub-command it opens the program; with one it works without a window.

Exit codes: 0 done, 1 refused or failed (the message says why), 2 the command line is wrong.
Messages go to stderr in Indonesian.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from pathlib import Path

from kinerja_desktop import __version__

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

_ARGPARSE_ID = [
    (r"the following arguments are required: (.*)", r"argumen wajib belum diisi: \1"),
    (r"unrecognized arguments: (.*)", r"argumen tidak dikenal: \1"),
    (r"argument (\S+): invalid int value: '(.*)'", r"argumen \1: '\2' bukan bilangan bulat"),
    (r"argument (\S+): invalid choice: '?([^' ]*)'? \(choose from (.*)\)", r"argumen \1: '\2' tidak dikenal (pilih dari \3)"),
    (r"argument (\S+): expected one argument", r"argumen \1 memerlukan satu nilai"),
    (r"invalid choice: '?([^' ]*)'?", r"perintah '\1' tidak dikenal"),
]


class UsageError(Exception):
    pass


class IndonesianParser(argparse.ArgumentParser):
    """argparse with its error messages said in Indonesian."""

    def error(self, message: str):  # noqa: D401 - argparse API
        for pattern, replacement in _ARGPARSE_ID:
            if re.search(pattern, message):
                message = re.sub(pattern, replacement, message)
                break
        self.print_usage(sys.stderr)
        print(f"kinerja: kesalahan perintah: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def quarter_arg(text: str) -> int:
    if text not in ("1", "2", "3", "4"):
        raise argparse.ArgumentTypeError(f"triwulan '{text}' tidak ada; tulis 1, 2, 3 atau 4")
    return int(text)


def year_arg(text: str) -> int:
    if not re.fullmatch(r"\d{4}", text):
        raise argparse.ArgumentTypeError(f"tahun '{text}' tidak sah; tulis empat angka, mis. 2026")
    return int(text)


def scale_arg(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 50:
        raise argparse.ArgumentTypeError(f"skala '{text}' tidak sah; tulis bilangan 1 sampai 50")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = IndonesianParser(prog="kinerja", description="Kinerja Desktop: evaluasi kinerja RPJMD per triwulan.")
    parser.add_argument("--version", action="version", version=f"Kinerja Desktop {__version__}")
    parser.add_argument("--db", type=Path, help="berkas basis data (bawaan: folder data pengguna)")
    parser.add_argument("--demo", action="store_true", help="buka basis data demo Kabupaten Soppeng (dibuat bila belum ada)")
    sub = parser.add_subparsers(dest="command", parser_class=IndonesianParser)

    p = sub.add_parser("demo", help="buat basis data demo")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--scale", type=scale_arg, default=1, help="pengali ukuran sintetis (1 = satu kabupaten)")
    p.add_argument("--force", action="store_true", help="timpa berkas yang sudah ada")

    p = sub.add_parser("values", help="tampilkan realisasi")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--opd")
    p.add_argument("--year", type=year_arg)
    p.add_argument("--quarter", type=quarter_arg)
    p.add_argument("--format", choices=["csv", "json"], default="csv")

    p = sub.add_parser("backup", help="salin basis data dengan aman")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)

    p = sub.add_parser("check", help="periksa keutuhan basis data")
    p.add_argument("--db", type=Path, required=True)

    from kinerja_desktop import cli_exchange

    cli_exchange.add_commands(sub, quarter_arg, year_arg)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from kinerja_desktop.store.database import DatabaseError

    try:
        if args.command is None:
            return _open_program(args)
        handler = COMMANDS.get(args.command)
        if handler is None:
            from kinerja_desktop import cli_exchange

            handler = cli_exchange.COMMANDS[args.command]
        return handler(args)
    except DatabaseError as exc:
        print(f"kinerja: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except UsageError as exc:
        print(f"kinerja: kesalahan perintah: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("kinerja: dibatalkan.", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        # `kinerja values | head`: the reader has what it wanted; stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _open_program(args) -> int:
    from kinerja_desktop.ui.app import run

    return run(db_path=args.db, demo=args.demo)


def cmd_demo(args) -> int:
    from kinerja_desktop.services.demo import build_demo_database

    summary = build_demo_database(args.db, scale=args.scale, overwrite=args.force)
    print(f"Basis data demo dibuat: {args.db}")
    for key, value in summary.items():
        print(f"  {key}: {value}")
    return EXIT_OK


def cmd_values(args) -> int:
    from kinerja_desktop.services.values import value_rows, write_values
    from kinerja_desktop.store.database import open_database
    from kinerja_desktop.store.repositories import agency_by_code

    db = open_database(args.db, read_only=True)
    try:
        agency_id = None
        if args.opd:
            agency = agency_by_code(db, args.opd)
            if agency is None:
                print(f"kinerja: OPD dengan kode '{args.opd}' tidak ada di basis data.", file=sys.stderr)
                return EXIT_REFUSED
            agency_id = agency.id
        with _buffered_stdout() as out:
            write_values(value_rows(db, agency_id=agency_id, year=args.year, quarter=args.quarter), out,
                         "json" if args.format == "json" else "csv")
    finally:
        db.close()
    return EXIT_OK


def _buffered_stdout():
    """stdout through a 64 KiB buffer of its own: buffered even under `python -u`."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):   # replaced by a test or an embedding program
        return contextlib.nullcontext(sys.stdout)
    sys.stdout.flush()
    return open(fd, "w", buffering=1 << 16, encoding=sys.stdout.encoding or "utf-8",
                errors=sys.stdout.errors or "strict", newline="", closefd=False)


def cmd_backup(args) -> int:
    from kinerja_desktop.store.database import backup

    out = backup(args.db, args.out)
    print(f"Cadangan dibuat: {out}")
    return EXIT_OK


def cmd_check(args) -> int:
    from kinerja_desktop.store.database import integrity_check, open_database
    from kinerja_desktop.store.repositories import counts

    db = open_database(args.db, read_only=True, allow_older=True)
    try:
        problems = integrity_check(db)
        version = db.execute("PRAGMA user_version").fetchone()[0]
        numbers = counts(db)
    finally:
        db.close()
    labels = {
        "agency": "OPD", "goal": "tujuan", "objective": "sasaran", "program": "program", "activity": "kegiatan",
        "sub_activity": "sub kegiatan", "indicator": "indikator", "target": "target", "realisation": "realisasi",
        "budget": "anggaran", "app_user": "pengguna", "audit_log": "riwayat perubahan",
        "indicator_goal": "indikator tujuan", "indicator_objective": "indikator sasaran",
        "indicator_program": "indikator program/kegiatan/sub kegiatan",
    }
    print(f"Basis data: {args.db}")
    print(f"Versi skema: {version}")
    print(f"Keutuhan: {'baik' if not problems else 'RUSAK'}")
    for key, value in numbers.items():
        print(f"  {labels[key]}: {value}")
    for problem in problems:
        print(f"kinerja: masalah keutuhan: {problem}", file=sys.stderr)
    return EXIT_OK if not problems else EXIT_REFUSED


COMMANDS = {"demo": cmd_demo, "values": cmd_values, "backup": cmd_backup, "check": cmd_check}
