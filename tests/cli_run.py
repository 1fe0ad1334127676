"""Running the `kinerja` command line inside a test: exit code, standard output and error."""
from __future__ import annotations

from kinerja_desktop.cli import main


def run(capsys, *argv):
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:   # argparse usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err
