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
from kinerja_desktop.cli_parser import IndonesianParser
from kinerja_desktop.cli_auth import add_user_option

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

class UsageError(Exception):
    pass


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
    parser.add_argument("--version", action="version", version=f"Kinerja Desktop {__version__}",
                        help="tampilkan versi program lalu keluar")
    parser.add_argument("--db", type=Path, help="berkas basis data (bawaan: folder data pengguna)")
    parser.add_argument("--demo", action="store_true", help="buka basis data demo Kabupaten Soppeng (dibuat bila belum ada)")
    sub = parser.add_subparsers(dest="command", parser_class=IndonesianParser, title="perintah", metavar="PERINTAH")

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

    p = sub.add_parser("restore", help="pulihkan basis data dari cadangan (administrator)")
    p.add_argument("--db", type=Path, required=True)
    add_user_option(p)
    p.add_argument("--from", dest="source", type=Path, required=True, help="berkas cadangan")
    p.add_argument("--preview", action="store_true", help="hanya tampilkan isi cadangan; tidak ada yang diubah")
    p.add_argument("--yes", action="store_true", help="pulihkan tanpa bertanya (untuk skrip)")

    p = sub.add_parser("check", help="periksa keutuhan basis data")
    p.add_argument("--db", type=Path, required=True)

    from kinerja_desktop import cli_exchange

    cli_exchange.add_commands(sub, quarter_arg, year_arg)
    for name in PERIOD_COMMANDS:   # the plan period beside the year (docs: PERIODS)
        sub.choices[name].add_argument(
            "--periode", "--period", dest="periode", metavar="ID|NAMA",
            help="periode rencana (ID atau nama); tanpa ini: periode yang berlaku pada tahun itu (tanpa tahun: periode pertama)")

    from kinerja_desktop import cli_iku

    cli_iku.add_commands(sub)

    from kinerja_desktop import cli_new_period

    cli_new_period.add_commands(sub)

    from kinerja_desktop import cli_plan_import

    cli_plan_import.add_command(sub)
    return parser


PERIOD_COMMANDS = ("values", "report", "export-package", "import-package")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from kinerja_desktop.store.database import DatabaseError

    from kinerja_desktop.cli_auth import CliRefused

    try:
        if args.command is None:
            return _open_program(args)
        _check_plan_year(args)
        from kinerja_desktop import cli_iku, cli_new_period

        handler = (COMMANDS.get(args.command) or cli_iku.COMMANDS.get(args.command)
                   or cli_new_period.COMMANDS.get(args.command))
        if args.command == "import-plan":
            from kinerja_desktop.cli_plan_import import run as handler
        if handler is None:
            from kinerja_desktop import cli_exchange

            handler = cli_exchange.COMMANDS[args.command]
        return handler(args)
    except DatabaseError as exc:
        print(f"kinerja: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except CliRefused as exc:
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


def _check_plan_year(args) -> None:
    """A year outside every plan period of the database is refused, whatever the command; so is
    an unknown --periode, or one whose years do not hold --year (args.plan_id: the period's id)."""
    args.plan_id = None
    if (getattr(args, "year", None) is None and getattr(args, "periode", None) is None) or args.command == "demo":
        return
    from kinerja_desktop.services.plan_period import find_period, period_refusal, year_refusal
    from kinerja_desktop.store.database import open_database

    db = open_database(args.db, read_only=True, allow_older=True)
    try:
        refusal = None
        if getattr(args, "periode", None) is not None:
            try:
                args.plan_id = find_period(db, args.periode)
            except LookupError as exc:
                raise UsageError(str(exc)) from None
            if getattr(args, "year", None) is not None:
                refusal = period_refusal(db, args.plan_id, args.year)
        else:
            refusal = year_refusal(db, args.year)
    finally:
        db.close()
    if refusal:
        raise UsageError(refusal)


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
            write_values(value_rows(db, agency_id=agency_id, year=args.year, quarter=args.quarter,
                                    plan_id=args.plan_id), out,
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
    from kinerja_desktop.store.backup_files import copy_database

    out = copy_database(args.db, args.out, kind="manual")
    print(f"Cadangan dibuat dan diperiksa: {out}")
    return EXIT_OK


def cmd_restore(args) -> int:
    from kinerja_desktop.services import backups
    from kinerja_desktop.cli_auth import ROLES_ADMIN, CliRefused, sign_in
    from kinerja_desktop.store.database import DatabaseDamaged, open_database

    contents = backups.preview(args.source)   # a bad file: DatabaseError, said by main()
    for line in backups.preview_lines(contents):
        print(line)
    if args.preview:
        return EXIT_OK
    try:
        db = open_database(args.db)
    except DatabaseDamaged as exc:
        # The way out of a damaged database: the password is checked against the backup's users.
        print(f"kinerja: {exc}\nKata sandi diperiksa pada daftar pengguna di cadangan.", file=sys.stderr)
        db = backups.open_read_only(args.source, None)
    try:
        user = sign_in(db, args.user, ROLES_ADMIN, "memulihkan basis data")
    except CliRefused as exc:
        print(f"kinerja: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        db.close()
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("pemulihan mengganti seluruh isi basis data; tambahkan --yes untuk melanjutkan tanpa bertanya")
        answer = input(f"Ganti seluruh isi '{args.db}' dengan cadangan ini? Ketik 'ya' untuk melanjutkan: ")
        if answer.strip().lower() != "ya":
            print("Pemulihan dibatalkan; basis data tidak diubah.")
            return EXIT_REFUSED
    try:
        saved = backups.restore(args.db, user, args.source)
    except backups.RestoreRefused as exc:
        print(f"kinerja: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"Basis data dipulihkan dari {args.source}. Isi sebelumnya disimpan di {saved}.")
    return EXIT_OK


def cmd_check(args) -> int:
    from kinerja_desktop.store.bad_numbers import bad_numbers
    from kinerja_desktop.services.integrity import check_tampering
    from kinerja_desktop.store.database import integrity_check, open_database
    from kinerja_desktop.store.repositories import counts

    db = open_database(args.db, read_only=True, allow_older=True)
    try:
        problems = integrity_check(db)
        out_of_range = bad_numbers(db)
        version = db.execute("PRAGMA user_version").fetchone()[0]
        numbers = counts(db)
        tampering = check_tampering(db) if not problems else None
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
    print(f"Angka di luar batas (15 angka penting, di bawah 10^15): {len(out_of_range) or 'tidak ada'}")
    for problem in problems:
        print(f"kinerja: masalah keutuhan: {problem}", file=sys.stderr)
    for bad in out_of_range:
        print(f"kinerja: angka di luar batas: {bad.describe()}; angka ini tidak dihitung. "
              "Perbaiki nilainya di isian (atau dengan paket baru).", file=sys.stderr)
    if tampering is not None:
        _print_tampering(tampering)
    clean = not problems and not out_of_range and tampering is not None and tampering.clean
    return EXIT_OK if clean else EXIT_REFUSED


def _print_tampering(report) -> None:
    """The seals and log chains (docs/security.md): what was changed outside the program."""
    if report.clean and not report.unverifiable:
        print(f"Keaslian: baik (rantai riwayat utuh; {report.seals_checked} segel diperiksa)")
    elif report.clean:
        print(f"Keaslian: tidak ada perubahan di luar program yang terlihat ({report.seals_checked} segel "
              "diperiksa); sebagian tidak dapat diperiksa di sini")
    else:
        print(f"Keaslian: DIUBAH DI LUAR PROGRAM ({len(report.findings)} temuan)")
        for finding in report.findings:
            print(f"  - {finding}")
    if report.unverifiable:
        print(f"Tidak dapat diperiksa di sini ({len(report.unverifiable)}):")
        for note in report.unverifiable[:20]:
            print(f"  - {note}")
        if len(report.unverifiable) > 20:
            print(f"  - dan {len(report.unverifiable) - 20} lainnya.")


COMMANDS = {"demo": cmd_demo, "values": cmd_values, "backup": cmd_backup, "check": cmd_check,
            "restore": cmd_restore}
