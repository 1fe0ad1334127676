"""`kinerja report --form rpjmd`: the RPJMD evaluation across the years of a plan period.

    kinerja report --form rpjmd --db DB --out FILE.xlsx|.pdf [--periode ID|NAMA] [--program] [--paper A4|F4]

Exit codes as every command: 0 written, 1 refused (missing folder, unwritable file), 2 the
request is wrong (file type, unknown period, --year/--quarter/--opd given); messages in
Indonesian on stderr.
"""
from __future__ import annotations

import sys

FORM = "rpjmd"


def _option(parser, name: str):
    return next((a for a in parser._actions if name in a.option_strings), None)


def add_options(parser) -> None:
    """--form (rpjmd beside the forms already there), --program and --periode on `report`; an
    option another form already added is extended, never added twice. --year and --quarter
    become optional here (the RKPD form still asks for them in cli_exchange._report)."""
    form = _option(parser, "--form")
    if form is None:
        parser.add_argument("--form", choices=["rkpd", FORM], default="rkpd",
                            help="rkpd: tabel evaluasi hasil RKPD (bawaan); rpjmd: evaluasi hasil RPJMD antar tahun; "
                                 "banding: satu triwulan dua tahun dibandingkan (dengan --years)")
    elif form.choices is not None and FORM not in form.choices:
        form.choices = [*form.choices, FORM]
    for name in ("--year", "--quarter"):
        action = _option(parser, name)
        if action is not None:
            action.required = False
    parser.add_argument("--program", action="store_true",
                        help="untuk --form rpjmd: sertakan indikator program di bawah sasarannya")
    if _option(parser, "--periode") is None:
        # cli.build_parser adds --periode to every command taking a year once periods land
        # (PERIODS.md); 'resolve' lets that later definition replace this one instead of clashing.
        parser.conflict_handler = parser._optionals.conflict_handler = "resolve"
        parser.add_argument("--periode", "--period", dest="periode", metavar="ID|NAMA",
                            help="periode rencana (bawaan: periode yang berlaku)")


def rpjmd_report(args) -> int:
    from kinerja_desktop.services.report import ReportRefused
    from kinerja_desktop.services.rpjmd_form import resolve_period, write_rpjmd_form
    from kinerja_desktop.store.database import open_database

    given = [name for name, value in (("--year", getattr(args, "year", None)),
                                      ("--quarter", getattr(args, "quarter", None)),
                                      ("--opd", getattr(args, "opd", None))) if value is not None]
    if given:
        print(f"kinerja: kesalahan perintah: --form rpjmd mencakup semua tahun periode dan seluruh OPD; "
              f"hapus {', '.join(given)} (pilih periode dengan --periode)", file=sys.stderr)
        return 2
    db = open_database(args.db, read_only=True)
    try:
        plan_id = getattr(args, "plan_id", None)   # resolved by cli.main when it knows periods
        if plan_id is None and getattr(args, "periode", None):
            try:
                plan_id = resolve_period(db, args.periode)
            except LookupError as exc:   # a wrong command line, as cli.main says it
                print(f"kinerja: kesalahan perintah: {exc}", file=sys.stderr)
                return 2
        out = write_rpjmd_form(db, args.out, plan_id, bool(getattr(args, "program", False)),
                               getattr(args, "paper", None) or "A4")
    except ReportRefused as exc:
        print(f"kinerja: {exc}", file=sys.stderr)
        return 2 if exc.usage else 1
    except LookupError as exc:
        print(f"kinerja: {exc}", file=sys.stderr)
        return 1
    finally:
        db.close()
    print(f"Evaluasi hasil RPJMD dibuat: {out}")
    return 0
