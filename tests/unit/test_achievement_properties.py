"""Invariants of the achievement rules, checked on generated data (hypothesis)."""
from decimal import Decimal

from hypothesis import given, strategies as st

from kinerja_desktop.domain.achievement import DEFAULT_BANDS, achievement, aggregate, evaluate, rating

amounts = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
positive_targets = st.decimals(min_value=Decimal("0.01"), max_value=10**9, places=2)
percentages = st.decimals(min_value=0, max_value=1000, places=2)


@given(percentages, percentages)
def test_rating_is_monotone_in_achievement(a, b):
    low, high = sorted((a, b))
    order = [band.label for band in DEFAULT_BANDS]
    assert order.index(rating(high).label) <= order.index(rating(low).label)


@given(st.lists(amounts, min_size=1, max_size=4), st.randoms())
def test_sum_over_quarters_is_order_independent(values, rnd):
    shuffled = list(values)
    rnd.shuffle(shuffled)
    assert aggregate("sum", values) == aggregate("sum", shuffled)


@given(amounts, positive_targets, st.sampled_from(["2-R/T", "T/R"]))
def test_achievement_is_never_negative_and_has_two_places(r, t, formula):
    for polarity in ("positive", "negative"):
        value = achievement(polarity, r, t, formula)
        assert value >= 0 and value.as_tuple().exponent == -2


@given(amounts, amounts, positive_targets)
def test_more_is_better_for_positive_and_worse_for_negative(r1, r2, t):
    low, high = sorted((r1, r2))
    assert achievement("positive", low, t) <= achievement("positive", high, t)
    assert achievement("negative", low, t) >= achievement("negative", high, t)


@given(st.dictionaries(st.integers(1, 4), amounts, max_size=4), positive_targets, st.integers(1, 4))
def test_unreported_quarters_are_skipped_not_zero(reals, target, as_of):
    with_gaps = {q: reals.get(q) for q in range(1, 5)}
    result = evaluate("positive", "mean", target, {}, with_gaps, as_of)
    reported = [v for q, v in sorted(reals.items()) if q <= as_of]
    if not reported:
        assert result.realisation is None and result.achievement is None
    else:
        assert result.realisation == sum(reported) / len(reported)
