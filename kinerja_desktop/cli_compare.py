"""`kinerja report --form banding`: one quarter compared across two years of a plan period.

    kinerja report --form banding --db DB --quarter 2 --years 2023,2024 --out FILE.xlsx|.pdf
                   [--opd CODE] [--paper A4|F4] [--periode ID|NAMA]

Exit codes as every command: 0 written, 1 refused (missing folder, unknown OPD or period), 2 the
request is wrong (years, quarter, file type); messages in Indonesian on stderr.
"""
from __future__ import annotations

import argparse
import re
import sys

FORM = "banding"


def years_arg(text: str) -> tuple[int, int]:
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 2 or not all(re.fullmatch(r"\d{4}", p) for p in parts):
        raise argparse.ArgumentTypeError(f"'{text}' tidak sah; tulis dua tahun dipisah koma, mis. 2023,2024")
    return int(parts[0]), int(parts[1])


def _option(parser, name: str):
    return next((a for a in parser._actions if name in a.option_strings), None)


def add_options(parser) -> None:
    """--form (banding beside the forms already there), --years and --periode on `report`; an
    option another form already added is extended, never added twice."""
    form = _option(parser, "--form")
    if form is None:
        parser.add_argument("--form", choices=["rkpd", FORM], default="rkpd",
                            help="rkpd: tabel evaluasi (bawaan); banding: satu triwulan dibandingkan antar tahun")
    elif form.choices is not None and FORM not in form.choices:
        form.choices = [*form.choices, FORM]
    parser.add_argument("--years", type=years_arg, metavar="TAHUN_A,TAHUN_B",
                        help="untuk --form banding: dua tahun dalam satu periode, mis. 2023,2024")
    if _option(parser, "--periode") is None:
        parser.add_argument("--periode", "--period", dest="periode", metavar="ID|NAMA",
                            help="periode rencana (bawaan: periode yang berlaku)")


def compare_report(args) -> int:
    from kinerja_desktop.services.year_compare import CompareRefused, resolve_period
    from kinerja_desktop.services.year_compare_report import write_comparison
    from kinerja_desktop.store.database import open_database

    if args.years is None:
        print("kinerja: kesalahan perintah: --form banding memerlukan --years TAHUN_A,TAHUN_B (mis. 2023,2024)",
              file=sys.stderr)
        return 2
    if args.year is not None:
        print("kinerja: kesalahan perintah: --form banding memakai --years, bukan --year", file=sys.stderr)
        return 2
    db = open_database(args.db, read_only=True)
    try:
        plan_id = resolve_period(db, args.periode) if getattr(args, "periode", None) else None
        out = write_comparison(db, args.out, args.quarter, *args.years, plan_id=plan_id,
                               agency_code=getattr(args, "opd", None), paper=getattr(args, "paper", None) or "A4")
    except CompareRefused as exc:
        print(f"kinerja: {exc}", file=sys.stderr)
        return 2 if exc.usage else 1
    except LookupError as exc:
        print(f"kinerja: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"Laporan perbandingan dibuat: {out}")
    return 0
