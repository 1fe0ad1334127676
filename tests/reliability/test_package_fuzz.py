"""Fuzzing the package reader: mutated bytes, XML and cells of real packages (2,000 cases in CI,
seeded; KINERJA_FUZZ_CASES and KINERJA_RELIABILITY_SEED change them). Every case ends in a valid
read or a refusal with an Indonesian message, never in another exception."""
from __future__ import annotations

import os
import random
import tempfile
import time
from collections import Counter
from pathlib import Path

import pytest

from kinerja_desktop.services.packages import preview_import
from tests.fixtures import small_plan
from tests.package_tools import fill, issue
from tests.reliability import package_fuzz
from tests.reliability.conftest import FIGURES

CASES = int(os.environ.get("KINERJA_FUZZ_CASES", "2000"))
SEED = int(os.environ.get("KINERJA_RELIABILITY_SEED", "20261204"))
# The base packages carry a fresh id and time each run, so a crashing case is kept as a file
# (the mutations themselves are seeded) to be turned into a regression test.
KEEP = Path(os.environ.get("KINERJA_FUZZ_KEEP", tempfile.gettempdir()))
SHARES = (("bytes", 0.2), ("xml", 0.4), ("cells", 0.4))
INDONESIAN = ("Berkas", "berkas", "Lembar", "lembar", "paket", "Paket", "baris", "tidak", "bukan", "rusak")


@pytest.fixture(scope="module")
def bases(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    db, _ = small_plan()
    blank = issue(db, folder)
    filled = fill(blank, folder / "isi.xlsx", {"H7": 88.5, "I7": "naik", "H8": "1.234", "H10": "70,25", "J8": 5000000})
    return db, {"blank": blank.read_bytes(), "filled": filled.read_bytes()}, folder


def _case_input(bases, kind, n):
    rng = random.Random(f"{SEED}-{kind}-{n}")
    return bases[rng.choice(sorted(bases))], kind, rng


def run_case(db, bases, folder, kind, n):
    path = folder / f"kasus-{kind}-{n}.xlsx"
    path.write_bytes(package_fuzz.case(*_case_input(bases, kind, n)))
    try:
        preview = preview_import(db, path)
    finally:
        path.unlink()
    if preview.refused is not None:
        assert preview.refused.strip() and any(w in preview.refused for w in INDONESIAN), preview.refused
        return "refused"
    reasons = [r.reason for r in preview.rows if r.status == "rejected"]
    assert all(reason.strip() for reason in reasons)
    return "rejected rows" if reasons else "read"


def test_the_reader_never_crashes_on_mutated_packages(bases):
    db, data, folder = bases
    started = time.perf_counter()
    outcomes, crashes = Counter(), []
    for kind, share in SHARES:
        for n in range(round(CASES * share)):
            try:
                outcomes[(kind, run_case(db, data, folder, kind, n))] += 1
            except Exception as exc:       # anything but a refusal or a read is a crash
                kept = KEEP / f"crash-{kind}-{n}.xlsx"
                kept.write_bytes(package_fuzz.case(*_case_input(data, kind, n)))
                crashes.append(f"{kind} #{n}: {type(exc).__name__}: {str(exc)[:200]} (kept as {kept})")
    seconds = time.perf_counter() - started
    total = sum(outcomes.values()) + len(crashes)
    summary = ", ".join(f"{k} {o}: {c}" for (k, o), c in sorted(outcomes.items()))
    FIGURES.append(f"package reader fuzz: {total} cases ({summary}); crashes {len(crashes)} ({seconds:.1f} s)")
    assert not crashes, "\n".join(crashes[:20])
