"""Reliability suite: figures of each run (trials, held, lost) are printed at the end of pytest."""
from __future__ import annotations

FIGURES: list[str] = []


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        terminalreporter.write_sep("-", "reliability figures")
        for line in FIGURES:
            terminalreporter.write_line(line)
