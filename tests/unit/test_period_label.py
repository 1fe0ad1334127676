"""A plan period's heading never says its years twice."""
from kinerja_desktop.domain.entities import period_label


def test_years_are_added_only_when_the_name_lacks_them():
    assert period_label("RPJMD 2021-2026", 2021, 2026) == "RPJMD 2021-2026"
    assert period_label("RPJMD 2021\u20132026", 2021, 2026) == "RPJMD 2021\u20132026"
    assert period_label("RPD", 2025, 2026) == "RPD (2025-2026)"
    assert period_label("RPJMD 2021-2026 perubahan", 2021, 2026) == "RPJMD 2021-2026 perubahan"
    assert period_label("RPJMD 2021-2026", 2025, 2029) == "RPJMD 2021-2026 (2025-2029)"   # a misleading name keeps its years shown
