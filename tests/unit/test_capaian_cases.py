"""Every row of the reference cases (copied from shared/data) must come out exactly, as text."""
import csv
from decimal import Decimal
from pathlib import Path

import pytest

from kinerja_desktop.domain.achievement import evaluate

CASES = list(csv.DictReader((Path(__file__).parent.parent / "data" / "capaian_cases.csv").open(encoding="utf-8")))


def _dec(text: str) -> Decimal | None:
    return Decimal(text) if text.strip() else None


def test_the_reference_file_has_all_cases():
    assert len(CASES) == 41


@pytest.mark.parametrize("case", CASES, ids=[c["case"] for c in CASES])
def test_reference_case(case):
    result = evaluate(
        polarity=case["polarity"],
        aggregation=case["aggregation"],
        annual_target=_dec(case["target_year"]),
        quarterly_targets={q: _dec(case[f"target_q{q}"]) for q in range(1, 5)},
        realisations={q: _dec(case[f"real_q{q}"]) for q in range(1, 5)},
        as_of=int(case["as_of_quarter"]),
        negative_formula=case["negative_formula"],
    )
    expected_real = _dec(case["expected_realisation"])
    assert result.realisation == expected_real
    assert ("" if result.achievement is None else f"{result.achievement:.2f}") == case["expected_capaian"]
    assert ("" if result.rating is None else result.rating.label) == case["expected_predikat"]
