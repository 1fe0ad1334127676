"""Whether python-calamine may read a sheet: its grid must stay small.

calamine builds a dense grid from A1 to the farthest address any row or cell names, so one
hostile cell (`<c r='ZZ1048576'>`) would make it allocate gigabytes before a single rule runs.
An XML parser takes an address written in several ways (r="A1", r = 'A1', lower-case letters,
leading zeros, a second r later in the tag: the last one wins), so the bound is proved on the
one plain form every spreadsheet program writes and anything else goes to the full reader
(package_xlsx.XlsxReader.sheet: sparse, every cell checked). Only byte counts and regexes with
a literal prefix run over the part: at scale 10 the master data's largest sheet is 66 MB.
"""
from __future__ import annotations

import re
from functools import lru_cache

# What an address in any other form than ' r="…"' needs inside a tag: a space before '=' after
# the r, a space or a single quote after '=', a tab or line break; a prefixed cell needs ':c'.
_ODD_MARKS = (b"r =", b'= "', b"= '", b"='", b"\t", b"\n", b"\r", b":c", b":row")
# A two-byte search costs five one-byte ones: these marks are looked for only if their rare byte is there.
_RARE_BYTE = {b"='": b"'", b"= '": b"'", b":c": b":", b":row": b":"}


_TAG = re.compile(rb"""<[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>?""")


class TooManyRows(Exception):
    """The sheet certainly holds more rows than allowed (exact count of its row elements)."""


@lru_cache(maxsize=32)
def _too_far(limit: int) -> re.Pattern:
    """An address past column Z (no package or master sheet has one) or numbered above `limit`
    (r="123", r="B123", r="b0123"): one regex pass with a literal prefix instead of making a
    number of every address (4.6 M cells at scale 10)."""
    digits = str(limit)
    longer = [rb"[1-9]\d{%d,}" % len(digits)]
    same_length = [digits[:i].encode() + b"[%d-9]" % (int(d) + 1) + rb"\d" * (len(digits) - i - 1)
                   for i, d in enumerate(digits) if d != "9"]
    return re.compile(rb'r="(?:[A-Za-z]{2}|[A-Za-z]?0*(?:' + b"|".join(longer + same_length) + rb')")')


def grid_is_small(data: bytes, lo: int, hi: int, max_rows: int) -> bool:
    """True when calamine's grid of this sheet part is at most `max_rows` x 26 cells. False:
    let the full reader read it. Raises TooManyRows when the row elements alone are too many.
    `lo`..`hi`: the sheetData range (text outside it never holds a cell)."""
    rows = data.count(b"<row", lo, hi)
    if rows > max_rows:
        raise TooManyRows(rows)
    # Every row and cell element names its address first, plainly ('<' never stands in text).
    if rows != data.count(b'<row r="', lo, hi) or data.count(b"<c", lo, hi) != data.count(b'<c r="', lo, hi):
        return False
    marks = [m for m in _ODD_MARKS if m not in _RARE_BYTE or data.find(_RARE_BYTE[m], lo, hi) >= 0]
    if any(_inside_a_tag(data, mark, lo, hi) for mark in marks):
        return False
    return _too_far(max_rows).search(data, lo, hi) is None


def _inside_a_tag(data: bytes, mark: bytes, lo: int, hi: int) -> bool:
    """Whether `mark` occurs inside a tag, not in a text: from each occurrence back to the
    nearest '<' (never inside a value or a text in XML), then over that tag, quoted values
    skipped ('>' may stand inside a value). Text may hold thousands of '= ', a tag none."""
    at = data.find(mark, lo, hi)
    while at >= 0:
        start = data.rfind(b"<", lo, at)
        if start >= 0 and at < _TAG.match(data, start).end():
            return True
        at = data.find(mark, at + 1, hi)
    return False
