"""The realisations as a flat list (for `kinerja values`): one row per reported quarter, with the
annual target and the achievement as of that quarter from domain.achievement.evaluate (the rule
that services.evaluation applies for every screen).

Rows are streamed in their final order from one sorted query (store.value_rows) (a province's 900,000 rows never
sit in memory): each indicator-year's realisations arrive quarter by quarter, so the capaian as
of a quarter is the rule applied to the quarters seen so far in its group.
"""
from __future__ import annotations

import csv
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Iterable, Iterator, TextIO

import sqlite_utils

from kinerja_desktop.domain.achievement import evaluate
from kinerja_desktop.domain.numbers import stored_number, to_text
from kinerja_desktop.store import repositories as repo
from kinerja_desktop.store.value_rows import value_rows_cursor

FIELDS = ("opd", "indikator", "nama", "satuan", "tahun", "triwulan", "nilai", "target", "capaian", "predikat",
          "catatan")

# Beside a stored value that breaks the number rule (older version, hand edit): shown as stored,
# left out of every figure; `kinerja check` names it.
OUT_OF_RANGE = "Nilai di luar batas angka (tidak dihitung)"


class _Parsed(dict):
    """Text -> Decimal, parsed once per distinct text (values repeat a great deal); None for a
    stored text that breaks the number rule (an older version or a hand edit)."""

    def __missing__(self, text: str) -> Decimal | None:
        value = self[text] = stored_number(text)
        return value


def value_rows(db: sqlite_utils.Database, agency_id: int | None = None, year: int | None = None,
               quarter: int | None = None, *, plan_id: int | None = None) -> Iterator[tuple]:
    """Rows (in FIELDS order) ordered by OPD, indicator code, year and quarter. Values are
    canonical decimal text ('1234.5'); capaian has 2 places, '' when it cannot be computed
    (e.g. a zero target) or the indicator is retired."""
    cursor = value_rows_cursor(db, agency_id, year, quarter, plan_id=plan_id)
    first = cursor.fetchone()
    if first is None:
        return
    plan = repo.load_plan(db, plan_id, year)
    formula, bands = plan.negative_formula, plan.bands
    parsed = _Parsed()
    canonical: dict[str, str] = {}
    group = None
    annual = quarterly = seen = annual_text = None
    for row in _chain(first, cursor):
        opd, ind_id, code, name, unit, polarity, aggregation, retired, y, q, value, note, targets = row
        if (ind_id, y) != group:
            group = (ind_id, y)
            annual, quarterly, seen = None, {}, {}
            for part in targets.split(",") if targets else ():
                tq, text = part.split("=", 1)
                if parsed[text] is None:
                    continue                    # out of range: left out, as everywhere
                if tq == "0":
                    annual = parsed[text]
                else:
                    quarterly[int(tq)] = parsed[text]
            annual_text = ""
            if annual is not None:
                key = str(annual)
                annual_text = canonical.get(key)
                if annual_text is None:
                    annual_text = canonical[key] = to_text(annual)
        number = parsed[value]
        if number is not None:
            seen[q] = number
        if quarter is not None and q != quarter:
            continue
        capaian = predikat = ""
        if number is None:
            predikat = OUT_OF_RANGE
        elif not retired:
            ev = evaluate(polarity, aggregation, annual, quarterly, seen, q, formula, bands)
            if ev.achievement is not None:
                capaian = f"{ev.achievement:.2f}"
                predikat = ev.rating.label if ev.rating is not None else ""
        yield opd, code, name, unit, y, q, value, annual_text, capaian, predikat, note


def _chain(first, cursor):
    yield first
    while True:
        rows = cursor.fetchmany(4096)
        if not rows:
            return
        yield from rows



def list_values(db: sqlite_utils.Database, agency_id: int | None = None, year: int | None = None,
                quarter: int | None = None) -> list[dict[str, object]]:
    """value_rows as dicts keyed by FIELDS (for callers that want them all at once)."""
    return [dict(zip(FIELDS, row)) for row in value_rows(db, agency_id, year, quarter)]


def write_values(rows: Iterable[tuple], out: TextIO, fmt: str = "csv", chunk: int = 2000) -> None:
    """Write value_rows as CSV (header + rows) or as the JSON array that json.dump(...,
    indent=1, ensure_ascii=False) would write, in chunks of `chunk` rows (one write each)."""
    if fmt == "json":
        _write_json(rows, out, chunk)
        return
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    writer.writerows(rows)


_JSON_ITEM = (" {\n" + ",\n".join(f'  "{f}": %s' if f not in ("tahun", "triwulan") else f'  "{f}": %d'
                                  for f in FIELDS) + "\n }")


def _write_json(rows: Iterable[tuple], out: TextIO, chunk: int) -> None:
    enc = encode_basestring
    item = _JSON_ITEM
    buffer: list[str] = []
    started = False
    for opd, code, name, unit, y, q, value, target, capaian, predikat, note in rows:
        buffer.append(item % (enc(opd), enc(code), enc(name), enc(unit), y, q, enc(value), enc(target),
                              enc(capaian), enc(predikat), enc(note)))
        if len(buffer) >= chunk:
            out.write(("[\n" if not started else ",\n") + ",\n".join(buffer))
            started, buffer = True, []
    if buffer:
        out.write(("[\n" if not started else ",\n") + ",\n".join(buffer))
        started = True
    out.write("\n]\n" if started else "[]\n")
