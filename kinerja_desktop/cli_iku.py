"""`kinerja iku`: the IKU (goal and objective indicators) over the whole plan period as text or
CSV, read-only (issue 13 point 6)."""
from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK, EXIT_REFUSED = 0, 1


def add_commands(sub) -> None:
    p = sub.add_parser("iku", help="IKU sepanjang periode: realisasi tiap tahun, target akhir dan proyeksi")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--periode", "--period", dest="periode", metavar="ID|NAMA",
                   help="periode rencana (id atau nama, mis. 'RPJMD 2021-2026'); bawaan: periode yang berlaku")
    p.add_argument("--format", choices=["text", "csv"], default="text",
                   help="text: tabel untuk dibaca (bawaan); csv: satu baris per IKU")


def resolve_period(db, text: str | None) -> int | None:
    """The plan id named by `text` (its id or its name, case-insensitive); None = the default period.
    Raises LookupError (Indonesian) naming the periods there are."""
    if text is None:
        return None
    from kinerja_desktop.services.plan_period import find_period

    return find_period(db, text)


def cmd_iku(args) -> int:
    from kinerja_desktop.services.iku_period import iku_period
    from kinerja_desktop.services.iku_table import iku_text, write_iku_csv
    from kinerja_desktop.store.database import open_database

    db = open_database(args.db, read_only=True)
    try:
        try:
            plan_id = resolve_period(db, args.periode)
            figures = iku_period(db, plan_id)
        except LookupError as exc:
            print(f"kinerja: {exc}", file=sys.stderr)
            return EXIT_REFUSED
    finally:
        db.close()
    if args.format == "csv":
        write_iku_csv(figures, sys.stdout)
    else:
        for line in iku_text(figures):
            print(line)
    return EXIT_OK


COMMANDS = {"iku": cmd_iku}
