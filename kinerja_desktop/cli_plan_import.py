"""`kinerja import-plan`: a plan table of the plan document imported without a window.

Exit codes: 0 imported (or, with --dry-run, importable), 1 refused rows or structural changes not
confirmed (nothing written), 2 a wrong command line or a file that cannot be read."""
from __future__ import annotations

import sys
from pathlib import Path


def add_command(sub) -> None:
    from kinerja_desktop.cli_auth import add_user_option

    p = sub.add_parser("import-plan", help="impor rencana dari tabel RPJMD/IKU daerah (.xlsx)")
    p.add_argument("--db", type=Path, required=True)
    add_user_option(p)
    p.add_argument("file", type=Path, metavar="BERKAS", help="tabel rencana (.xlsx) dengan baris judul Tujuan/Sasaran")
    p.add_argument("--mapping", type=Path, metavar="PEMETAAN.json",
                   help="arti kolom, baris judul, lembar, dan OPD yang sudah dipastikan (JSON)")
    p.add_argument("--dry-run", action="store_true", help="hanya tampilkan pratinjau; tidak ada yang ditulis (kata sandi tidak ditanyakan)")
    p.add_argument("--confirm-structure", action="store_true",
                   help="setujui perubahan struktur (simpul, OPD, agregasi, target akhir indikator yang ada)")
    p.add_argument("--periode", "--period", dest="periode", metavar="ID|NAMA", help="periode rencana tujuan impor")


def run(args) -> int:
    from kinerja_desktop.cli_exchange import _person
    from kinerja_desktop.cli_auth import ROLES_BAPPEDA
    from kinerja_desktop.exchange.plan_table import PlanTableRefused, load_mapping, read_plan_table
    from kinerja_desktop.services.plan_import import (
        PlanImportRefused, apply_plan_import, preview_plan_import, resolve_period,
    )
    from kinerja_desktop.services.plan_import_text import preview_text
    from kinerja_desktop.store.database import open_database

    try:
        mapping = load_mapping(args.mapping) if args.mapping else None
        table = read_plan_table(args.file, mapping)
    except PlanTableRefused as exc:
        print(f"kinerja: {exc} Tidak ada yang ditulis.", file=sys.stderr)
        return 2
    user = None if args.dry_run else _person(args, ROLES_BAPPEDA, "mengimpor rencana")
    db = open_database(args.db, read_only=args.dry_run)
    try:
        try:
            plan_id = resolve_period(db, args.periode) if args.periode else None
        except PlanImportRefused as exc:
            print(f"kinerja: kesalahan perintah: {exc}", file=sys.stderr)
            return 2
        preview = preview_plan_import(db, table, plan_id=plan_id)
        print(preview_text(preview))
        why = preview.blocking(args.confirm_structure)
        if why:
            hint = " Jalankan lagi dengan --confirm-structure setelah memeriksanya." if not preview.refused else ""
            print(f"kinerja: {why}{hint}", file=sys.stderr)
            return 1
        if args.dry_run:
            print("Uji coba (--dry-run): tidak ada yang ditulis.")
            return 0
        try:
            result = apply_plan_import(db, preview, user, confirm_structure=args.confirm_structure)
        except PlanImportRefused as exc:
            print(f"kinerja: {exc}", file=sys.stderr)
            return 1
        print(result.text.replace("Data induk", "Rencana").replace("data induk", "rencana"))
        return 0
    finally:
        db.close()
