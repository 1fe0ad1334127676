"""A refusal is read once on a terminal (stdout and stderr are the same screen), and still goes
to stderr for a script that keeps the two apart (issue 12: 'each refusal is printed twice')."""
import io
from pathlib import Path

from kinerja_desktop.cli_package_results import print_results
from kinerja_desktop.services.packages import FileResult


class Screen(io.StringIO):
    def isatty(self) -> bool:
        return True


def _refused() -> list:
    return [FileResult(Path("rusak.xlsx"), None, "refused", "Berkas 'rusak.xlsx' bukan buku kerja Excel.")]


def test_on_a_terminal_the_refusal_is_printed_once():
    screen = Screen()
    print_results(_refused(), screen, screen)
    assert screen.getvalue().count("bukan buku kerja Excel") == 1


def test_a_script_still_gets_the_refusal_on_stderr():
    out, err = io.StringIO(), io.StringIO()
    print_results(_refused(), out, err)
    assert "bukan buku kerja Excel" in out.getvalue() and "kinerja: Berkas 'rusak.xlsx'" in err.getvalue()
