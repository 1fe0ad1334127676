"""`kinerja new-period`: the next plan period made from the old one without a window (issue 13
point 2; services/new_period.py).

Exit codes: 0 created (or, with --dry-run, creatable), 1 refused (nothing written), 2 a wrong
command line (an unknown --from period included)."""
from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def add_commands(sub) -> None:
    from kinerja_desktop.cli import year_arg
    from kinerja_desktop.cli_auth import add_user_option

    p = sub.add_parser("new-period", help="buat periode rencana baru dari periode lama (administrator)")
    p.add_argument("--db", type=Path, required=True)
    add_user_option(p)
    p.add_argument("--name", required=True, metavar="NAMA", help="nama periode, mis. 'RPJMD 2025-2029'")
    p.add_argument("--start", type=year_arg, required=True, metavar="TAHUN", help="tahun pertama periode")
    p.add_argument("--end", type=year_arg, required=True, metavar="TAHUN", help="tahun terakhir periode")
    p.add_argument("--kind", choices=["RPJMD", "RPD"], default="RPJMD", help="RPJMD, atau RPD untuk rencana transisi")
    p.add_argument("--from", dest="source", metavar="ID|NAMA",
                   help="periode asal (ID atau nama); bawaan: periode yang paling akhir dimulai")
    p.add_argument("--carry", choices=["all", "iku", "none"], default="iku",
                   help="indikator yang dibawa: all (semua), iku (indikator tujuan dan sasaran, bawaan) atau none")
    p.add_argument("--structure", dest="keep", choices=["none", "goal", "objective", "program", "all"],
                   help="struktur yang disalin: goal (tujuan), objective (tujuan dan sasaran), program, all "
                        "(sampai sub kegiatan) atau none; bawaan: all untuk --carry all, selain itu objective")
    p.add_argument("--dry-run", action="store_true",
                   help="hanya tampilkan yang akan dibuat dan dibawa; tidak ada yang ditulis (kata sandi tidak ditanyakan)")


def cmd_new_period(args) -> int:
    from kinerja_desktop.cli_auth import ROLES_ADMIN
    from kinerja_desktop.cli_exchange import _person
    from kinerja_desktop.services.new_period import (
        NewPeriodRefused, NewPeriodRequest, create_new_period, preview_lines, preview_new_period,
    )
    from kinerja_desktop.services.plan_period import find_period
    from kinerja_desktop.store.database import open_database
    from kinerja_desktop.store.repositories import load_plans

    db = open_database(args.db, read_only=True)
    try:
        if args.source is not None:
            try:
                previous = find_period(db, args.source)
            except LookupError as exc:
                print(f"kinerja: kesalahan perintah: {exc}", file=sys.stderr)
                return EXIT_USAGE
        else:
            plans = load_plans(db)
            previous = max(plans, key=lambda p: (p.start_year, p.id)).id if plans else None
        request = NewPeriodRequest(args.name, args.start, args.end, kind=args.kind, previous_id=previous,
                                   carry=args.carry if previous is not None or args.carry != "iku" else "none",
                                   keep=args.keep)
        try:
            preview = preview_new_period(db, request)
        except NewPeriodRefused as exc:
            print(f"kinerja: {exc} Tidak ada yang ditulis.", file=sys.stderr)
            return EXIT_REFUSED
    finally:
        db.close()
    for line in preview_lines(preview):
        print(line)
    if args.dry_run:
        print("Uji coba (--dry-run): tidak ada yang ditulis.")
        return EXIT_OK
    user = _person(args, ROLES_ADMIN, "membuat periode rencana baru")
    db = open_database(args.db)
    try:
        result = create_new_period(db, user, request, source="cli")
    except NewPeriodRefused as exc:   # changed since the preview (another person's edit)
        print(f"kinerja: {exc} Tidak ada yang ditulis.", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        db.close()
    print(f"Periode {request.name.strip()} dibuat (ID {result.plan_id}); {len(result.carried)} indikator dibawa.")
    return EXIT_OK


COMMANDS = {"new-period": cmd_new_period}
