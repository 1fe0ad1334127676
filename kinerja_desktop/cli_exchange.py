"""Headless commands of the exchange layer: packages and the evaluation report."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kinerja_desktop.cli_auth import (
    ROLES_ADMIN, ROLES_BAPPEDA, ROLES_CHANGE, CliRefused, add_user_option, read_password, sign_in,
)

CONFLICT_CHOICES = {"pertahankan": "keep", "ambil": "take", "keep": "keep", "take": "take"}


def conflicts_arg(text: str) -> str:
    if text.lower() not in CONFLICT_CHOICES:
        raise argparse.ArgumentTypeError(f"'{text}' tidak dikenal; tulis 'pertahankan' atau 'ambil'")
    return CONFLICT_CHOICES[text.lower()]


def add_commands(sub, quarter_arg, year_arg) -> None:
    p = sub.add_parser("export-package", help="terbitkan paket Excel untuk satu OPD")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--opd", required=True)
    p.add_argument("--year", type=year_arg, required=True)
    p.add_argument("--quarter", type=quarter_arg, required=True)
    p.add_argument("--out", type=Path, required=True)
    add_user_option(p)
    p.epilog = "--opd SEMUA menerbitkan paket semua OPD ke folder --out."

    p = sub.add_parser("import-package", help="impor paket Excel dari OPD")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("files", type=Path, nargs="+")
    add_user_option(p)
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--accept-new-version", action="store_true", help="terima versi baru paket yang sudah pernah diimpor")
    p.add_argument("--conflicts", type=conflicts_arg, default="keep", metavar="{pertahankan,ambil}",
                   help="konflik: pertahankan nilai basis data (bawaan) atau ambil nilai paket")
    p.add_argument("--opd", help="tolak paket yang bukan untuk OPD ini")
    p.add_argument("--year", type=year_arg, help="tolak paket yang bukan untuk tahun ini")
    p.add_argument("--quarter", type=quarter_arg, help="tolak paket yang bukan untuk triwulan ini")
    p.add_argument("--summary", type=Path, help="simpan ringkasan per OPD sebagai .xlsx")
    p.add_argument("--rows", action="store_true",
                   help="tampilkan setiap baris baru/berubah (nilai lama -> nilai paket) untuk diperiksa")

    p = sub.add_parser("package-setup", help="kantor OPD: siapkan basis data dari paket OPD sendiri")
    p.add_argument("--db", type=Path, required=True, help="basis data OPD (dibuat bila belum ada)")
    p.add_argument("file", type=Path)
    p.add_argument("--user", help="pengguna instalasi ini (wajib bila basis data sudah mempunyai pengguna); "
                                  "kata sandinya ditanyakan atau dari KINERJA_PASSWORD")
    p.add_argument("--operator", help="buat akun operator OPD dengan nama pengguna ini")
    p.add_argument("--password", help="kata sandi akun operator itu (tanpa ini: ditanyakan, atau dari KINERJA_PASSWORD)")
    p.add_argument("--new-key", action="store_true",
                   help="buat kunci tanda tangan baru (kunci lama hilang); Bappelitbangda mendaftarkannya ulang")

    p = sub.add_parser("package-write", help="kantor OPD: tulis paket terisi bertanda tangan")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--year", type=year_arg, required=True)
    p.add_argument("--quarter", type=quarter_arg, required=True)
    p.add_argument("--out", type=Path, required=True)
    add_user_option(p)

    p = sub.add_parser("register-key", help="daftarkan atau ganti kunci publik instalasi OPD (administrator)")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--opd", required=True)
    p.add_argument("--key", required=True, help="kunci publik (teks base64 dari kantor OPD)")
    p.add_argument("--reason", default="", help="alasan (wajib bila mengganti kunci yang sudah terdaftar)")
    add_user_option(p)

    p = sub.add_parser("report", help="cetak tabel evaluasi")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--year", type=year_arg, help="tahun, empat angka (wajib kecuali --form banding)")
    p.add_argument("--quarter", type=quarter_arg, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--opd", help="kode OPD (tanpa ini: seluruh perangkat daerah)")
    p.add_argument("--paper", choices=["A4", "F4"], default="A4", help="ukuran kertas (lanskap)")
    from kinerja_desktop import cli_rpjmd

    cli_rpjmd.add_options(p)

    from kinerja_desktop import cli_compare

    cli_compare.add_options(p)


def _report(args) -> int:
    """`kinerja report --db DB --year Y --quarter Q --out FILE.xlsx|.pdf [--opd CODE] [--paper A4|F4]`."""
    if getattr(args, "form", None) == "banding":
        from kinerja_desktop.cli_compare import compare_report

        return compare_report(args)
    if getattr(args, "form", None) == "rpjmd":
        from kinerja_desktop.cli_rpjmd import rpjmd_report

        return rpjmd_report(args)
    missing = [name for name, value in (("--year", args.year), ("--quarter", args.quarter)) if value is None]
    if missing:
        print(f"kinerja: kesalahan perintah: argumen wajib belum diisi: {', '.join(missing)}", file=sys.stderr)
        return 2
    from kinerja_desktop.services.report import ReportRefused, write_report
    from kinerja_desktop.store.database import open_database

    db = open_database(args.db, read_only=True)
    try:
        out = write_report(db, args.out, args.year, args.quarter, getattr(args, "opd", None),
                           getattr(args, "paper", None) or "A4", plan_id=getattr(args, "plan_id", None))
    except ReportRefused as exc:
        print(f"kinerja: {exc}", file=sys.stderr)
        return 2 if exc.usage else 1
    except LookupError as exc:
        print(f"kinerja: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"Laporan evaluasi dibuat: {out}")
    return 0


def _person(args, roles, what: str):
    """The signed-in user of `--user` (a short writable connection: a wrong password is counted)."""
    from kinerja_desktop.store.database import open_database

    db = open_database(args.db)
    try:
        return sign_in(db, args.user, roles, what)
    finally:
        db.close()


def _export(args) -> int:
    from kinerja_desktop.services.packages import IssueRefused, issue_all, issue_package
    from kinerja_desktop.store.database import open_database

    user = _person(args, ROLES_BAPPEDA, "menerbitkan paket")
    db = open_database(args.db)
    try:
        if args.opd.upper() in ("SEMUA", "ALL"):
            issued, skipped = issue_all(db, user, args.year, args.quarter, args.out, plan_id=args.plan_id)
            for item in issued:
                print(f"{item.agency_code}: {item.path} ({item.rows} indikator)")
            for reason in skipped:
                print(f"kinerja: dilewati: {reason}", file=sys.stderr)
            print(f"{len(issued)} paket diterbitkan, {len(skipped)} dilewati.")
            return 0 if not skipped else 1
        item = issue_package(db, user, args.opd, args.year, args.quarter, args.out, plan_id=args.plan_id)
        print(f"Paket diterbitkan: {item.path} ({item.rows} indikator, kode paket {item.package_id})")
        return 0
    except IssueRefused as exc:
        print(f"kinerja: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()


def _import(args) -> int:
    from kinerja_desktop.cli_package_results import print_results
    from kinerja_desktop.services.package_summary import write_summary
    from kinerja_desktop.services.packages import consolidate, summarise
    from kinerja_desktop.store.database import open_database

    user = _person(args, ROLES_CHANGE, "mengimpor paket")
    db = open_database(args.db, read_only=args.dry_run)
    try:
        results = consolidate(db, user, args.files, apply=not args.dry_run, accept_new_version=args.accept_new_version,
                              conflicts=args.conflicts,
                              expect=(args.opd, args.year, args.quarter, args.plan_id))
    finally:
        db.close()
    if not results:
        print("kinerja: tidak ada berkas paket (.xlsx) yang ditemukan di lokasi yang diberikan.", file=sys.stderr)
        return 1
    print_results(results, sys.stdout, sys.stderr, rows=args.rows)
    if args.summary:
        write_summary(args.summary, summarise(results), results)
        print(f"Ringkasan disimpan: {args.summary}")
    return 0 if results and all(r.ok for r in results) else 1


def _setup(args) -> int:
    from kinerja_desktop.services.packages import OfficeRefused, installation_public_key, setup_from_package
    from kinerja_desktop.store.database import create_database, open_database

    from kinerja_desktop.services.users import UserError, create_user, list_users

    if args.password and not args.operator:
        print("kinerja: kesalahan perintah: --password hanya bersama --operator.", file=sys.stderr)
        return 2
    db = open_database(args.db) if args.db.exists() else create_database(args.db)
    try:
        if list_users(db):          # an installation with accounts: one of them runs the set-up
            if not args.user:
                print("kinerja: kesalahan perintah: basis data ini sudah mempunyai pengguna; "
                      "argumen wajib belum diisi: --user", file=sys.stderr)
                return 2
            person = sign_in(db, args.user, ("administrator", "operator"), "menyiapkan instalasi OPD")
            if args.operator and person.role != "administrator":
                raise CliRefused("Hanya administrator instalasi ini yang membuat akun baru.")
        password = (args.password or read_password(args.operator)) if args.operator else None
        result = setup_from_package(db, args.file)
        print(f"Instalasi OPD {result.agency_code} siap: {result.indicators} indikator.")
        if result.key_problem and not args.new_key:
            print(f"kinerja: {result.key_problem} (baris perintah: ulangi dengan --new-key)", file=sys.stderr)
        else:
            key, fingerprint = installation_public_key(db, renew=args.new_key)
            # Bappelitbangda needs the key itself (register-key --key), the fingerprint to check it by phone.
            print(f"Sidik kunci tanda tangan: {fingerprint}")
            print(f"Kunci publik untuk Bappelitbangda (kinerja register-key --user ADMIN --opd {result.agency_code} "
                  f"--key ...): {key}")
        if args.operator:
            create_user(db, args.operator, f"Operator {result.agency_code}", "operator", password,
                        agency_id=result.agency_id)
            print(f"Akun operator '{args.operator}' dibuat.")
    except (OfficeRefused, UserError, CliRefused) as exc:
        print(f"kinerja: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    return 0


def _write(args) -> int:
    from kinerja_desktop.services.packages import OfficeRefused, write_filled_package
    from kinerja_desktop.store.database import open_database

    _person(args, ("administrator", "operator"), "menulis paket terisi bertanda tangan")
    db = open_database(args.db)
    try:
        path = write_filled_package(db, args.year, args.quarter, args.out)
    except OfficeRefused as exc:
        print(f"kinerja: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"Paket terisi bertanda tangan ditulis: {path}")
    return 0


def _register(args) -> int:
    from kinerja_desktop.services.packages import OfficeRefused, register_public_key
    from kinerja_desktop.store.database import open_database

    user = _person(args, ROLES_ADMIN, "mendaftarkan kunci OPD")
    db = open_database(args.db)
    try:
        fingerprint = register_public_key(db, user, args.opd, args.key, reason=args.reason, source="cli")
    except OfficeRefused as exc:
        print(f"kinerja: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"Kunci OPD {args.opd} terdaftar; sidik {fingerprint}.")
    return 0


COMMANDS = {"export-package": _export, "import-package": _import, "report": _report,
            "package-setup": _setup, "package-write": _write, "register-key": _register}
