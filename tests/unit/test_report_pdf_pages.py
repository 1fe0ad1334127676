"""Cutting the evaluation table's rows into pages (both printed halves use the same cut)."""
from __future__ import annotations

from kinerja_desktop.exchange.report_pdf_pages import paginate

MERGED = [0, 1]   # the node's own columns, merged over its indicator rows


def _block(name: str, n: int):
    rows = [[f"{name}-no" if i == 0 else "", f"{name}-name" if i == 0 else "", f"{name}-ind{i}"] for i in range(n)]
    styles = [("BACKGROUND", (0, 0), (-1, n - 1), "blue"), ("TEXTCOLOR", (2, n - 1), (2, n - 1), "red")]
    return rows, styles, n


def _used(page) -> float:
    return sum(sum(hs) for _, hs in page)


def test_nodes_stay_whole_and_pages_never_overflow():
    blocks = [_block("a", 2), _block("b", 3), _block("c", 1)]
    heights = [[20, 20], [20, 20, 20], [20]]
    pages = paginate(blocks, heights, [90, 100], MERGED)
    assert [[seg[0][0][0] for seg, _ in page] for page in pages] == [["a-no"], ["b-no", "c-no"]]
    assert _used(pages[0]) <= 90 and _used(pages[1]) <= 100


def test_a_node_taller_than_a_page_is_cut_and_the_continuation_repeats_its_cells():
    block = _block("big", 8)
    pages = paginate([block], [[30] * 8], [100, 100], MERGED)
    assert [_used(p) for p in pages] == [90, 90, 60]
    second = pages[1][0][0]
    assert second[0][0] == ["big-no", "big-name", "big-ind3"]     # node cells repeated
    assert second[2] == 3
    names = [name for name, *_ in second[1]]
    assert names == ["BACKGROUND"]                 # the last row's colour stays on the last piece
    last = pages[2][0][0]
    assert ("TEXTCOLOR", (2, 1), (2, 1), "red") in last[1]


def test_the_last_node_moves_on_when_the_notes_would_spill_onto_their_own_page():
    blocks = [_block("a", 2), _block("b", 2)]
    heights = [[20, 20], [20, 20]]
    assert len(paginate(blocks, heights, [100, 100], MERGED, tail_height=10)) == 1
    pages = paginate(blocks, heights, [100, 100], MERGED, tail_height=30)
    assert [[seg[0][0][0] for seg, _ in page] for page in pages] == [["a-no"], ["b-no"]]
