"""argparse speaking Indonesian: its own words (usage, option groups, -h, errors) and the value
names shown in usage lines.

argparse looks its words up through the module-level `argparse._` (gettext) each time it needs
one, so the parser swaps in a catalogue while it builds, parses or formats, and puts the old
function back afterwards (nothing else in the process sees the change).
"""
from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager

EXIT_USAGE = 2

# argparse's message ids (Python 3.11-3.13) -> Indonesian.
CATALOGUE = {
    "usage: ": "penggunaan: ",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "optional arguments": "opsi",
    "subcommands": "perintah",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "the following arguments are required: %s": "argumen wajib belum diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "expected one argument": "memerlukan satu nilai",
    "expected at most one argument": "memerlukan paling banyak satu nilai",
    "expected at least one argument": "memerlukan paling sedikit satu nilai",
    "invalid %(type)s value: %(value)r": "nilai %(value)r tidak sah",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan %(value)r tidak dikenal (pilih dari %(choices)s)",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)":
        "pilihan %(value)r tidak dikenal; maksudnya %(closest)r? (pilih dari %(choices)s)",
    "not allowed with argument %s": "tidak boleh dipakai bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen ini wajib diisi: %s",
    "ambiguous option: %(option)s could match %(matches)s": "opsi %(option)s tidak jelas; bisa berarti %(matches)s",
    "ignored explicit argument %r": "nilai %r diabaikan",
    "unexpected option string: %s": "opsi tidak terduga: %s",
    "can't open '%(filename)s': %(error)s": "berkas '%(filename)s' tidak dapat dibuka: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "perintah %(parser_name)r tidak dikenal (pilih dari %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan perintah: %(message)s\n",
}

# The value names in usage lines (argparse would show the destination in capitals: YEAR, OUT ...).
METAVARS = {
    "db": "BASIS_DATA", "year": "TAHUN", "quarter": "TRIWULAN", "out": "KELUARAN", "opd": "KODE_OPD",
    "user": "PENGGUNA", "files": "BERKAS", "file": "BERKAS", "key": "KUNCI", "scale": "SKALA",
    "summary": "RINGKASAN", "operator": "NAMA_OPERATOR", "password": "KATA_SANDI", "reason": "ALASAN",
    "from_file": "BERKAS", "source": "BERKAS", "mapping": "PEMETAAN",
}

# What a bare option means, for the -h lists (a command's own help= wins).
DEFAULT_HELP = {
    "db": "berkas basis data", "year": "tahun, empat angka (mis. 2026)", "quarter": "triwulan: 1, 2, 3 atau 4",
    "out": "berkas (atau folder) keluaran", "opd": "kode OPD", "format": "bentuk keluaran",
    "files": "berkas paket .xlsx atau folder berisi paket", "file": "berkas paket .xlsx",
    "dry_run": "uji coba: tampilkan hasilnya tanpa menulis apa pun",
}


def _translate(text):
    return CATALOGUE.get(text, text) if text is not None else None


@contextmanager
def indonesian_argparse():
    previous = argparse._
    argparse._ = _translate
    try:
        yield
    finally:
        argparse._ = previous


class IndonesianParser(argparse.ArgumentParser):
    """An ArgumentParser whose every word a person reads is Indonesian."""

    def __init__(self, *args, **kwargs):
        with indonesian_argparse():
            super().__init__(*args, **kwargs)

    def add_argument(self, *args, **kwargs):
        if "metavar" not in kwargs and kwargs.get("action") in (None, "store", "append") and "choices" not in kwargs:
            dest = kwargs.get("dest") or (args[0] if args and not args[0].startswith("-") else
                                          next((a for a in args if a.startswith("--")), args[0] if args else "")
                                          .lstrip("-").replace("-", "_"))
            if dest in METAVARS:
                kwargs["metavar"] = METAVARS[dest]
        if "help" not in kwargs:
            name = kwargs.get("dest") or next((a for a in args if a.startswith("--")), args[0] if args else "")
            kwargs["help"] = DEFAULT_HELP.get(name.lstrip("-").replace("-", "_"))
        return super().add_argument(*args, **kwargs)

    def add_subparsers(self, **kwargs):
        with indonesian_argparse():
            return super().add_subparsers(**kwargs)

    def parse_args(self, args=None, namespace=None):
        with indonesian_argparse():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with indonesian_argparse():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with indonesian_argparse():
            return super().format_usage()

    def format_help(self) -> str:
        with indonesian_argparse():
            return super().format_help()

    def error(self, message: str):  # noqa: D401 - argparse API
        self.print_usage(sys.stderr)
        print(f"kinerja: kesalahan perintah: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)
