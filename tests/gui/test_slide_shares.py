"""A slide's share of a band never rounds a real count to 0 % or a remainder to 100 %."""
from kinerja_desktop.ui.presentation.slides import share_text


def test_shares_keep_small_counts_visible():
    assert share_text(3, 4234) == "<1%"
    assert share_text(0, 4234) == "0%"
    assert share_text(2055, 4234) == "49%"
    assert share_text(4231, 4234) == ">99%"
    assert share_text(4234, 4234) == "100%"
    assert share_text(0, 0) == "0%"
