"""The floor of a package import: what any import that keeps the design's rules must do, each
rule in its simplest raw form, no messages, no objects beyond tuples and dicts.

Per package: the archive check (every part inflated with caps: a zip bomb never reaches a
parser); the two trust scans over each sheet read, in the one cheap form known (a formula, an
error value or a percent format must not be read as a plain number; a hostile address must not
make calamine allocate gigabytes: `calamine_bounds.grid_is_small`, byte counts and one
literal-prefix regex, since any XML parse is slower); both sheets parsed by calamine from the
checked bytes; the metadata's SHA-256 and JSON; the read-only cells compared as one list; every
value and note read (a number through Decimal); the content digest; one query for the owners,
current values, annual targets and earlier quarters; the conflict rule (package, current and
issued state compared) and the plausibility rule (F1 x the annual target, F2 x the previous
quarter) per value; then one durable transaction writing the values and two audit rows per
value, each hashed into a SHA-256 chain.

    floor = rules_floor(conn, paths, with_trust_scans=True)
"""
from __future__ import annotations

import hashlib
import io
import json
from decimal import Decimal
from pathlib import Path

from python_calamine import CalamineWorkbook

from kinerja_desktop.domain.validation import DEFAULT_PLAUSIBILITY
from kinerja_desktop.exchange import package_format as fmt
from kinerja_desktop.exchange.calamine_bounds import grid_is_small
from kinerja_desktop.exchange.package_xlsx import plain_values, sheet_data_range
from kinerja_desktop.exchange.safe_zip import open_checked

F1, F2 = DEFAULT_PLAUSIBILITY.target_factor, DEFAULT_PLAUSIBILITY.previous_factor
_SHEETS = {fmt.ENTRY_SHEET: "xl/worksheets/sheet1.xml", fmt.META_SHEET: "xl/worksheets/sheet3.xml"}


def _trust_scans(part: bytes, max_rows: int) -> bool:
    """The sheet may go to calamine: no formula, no error value, a bounded grid (the program's own scans)."""
    lo, hi = sheet_data_range(part)
    return plain_values(part, lo, hi) and grid_is_small(part, lo, hi, max_rows)


def _read(path: Path, with_trust_scans: bool) -> tuple[list, list]:
    with open_checked(path) as archive:
        data = archive.raw
        if with_trust_scans:
            styles = archive.read("xl/styles.xml")
            assert b"%" not in styles      # no percent format: the plain numbers are the values
            for name, part in _SHEETS.items():
                assert _trust_scans(archive.read(part), 100_000), name
    wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
    entry = wb.get_sheet_by_name(fmt.ENTRY_SHEET).to_python()
    meta = wb.get_sheet_by_name(fmt.META_SHEET).to_python()
    wb.close()
    return entry, meta


def rules_floor(conn, filled: list[Path], with_trust_scans: bool = True) -> tuple[int, int, int]:
    """Import every package the floor way; returns (packages whose read-only part differs, values
    flagged implausible, conflicts), for the caller to compare with what the program found."""
    first = fmt.FIRST_DATA_ROW
    previous, altered, flagged, conflicts = "0" * 64, 0, 0, 0
    for path in filled:
        entry, meta = _read(path, with_trust_scans)
        text = "".join(str(r[1]) for r in meta if len(r) > 1 and r[0] == "context")
        hashlib.sha256(text.encode("utf-8")).hexdigest()
        context = json.loads(text)
        expected = fmt.readonly_values(context)
        width = len(expected[0]) if expected else 0
        rows = entry[first - 1:first - 1 + len(expected)]
        altered += [tuple(None if v == "" else v for v in r[:width]) for r in rows] != expected
        cols = fmt.columns_for(context)
        value_at = next(c for c, col in enumerate(cols) if col.key == "value")
        values = [(Decimal(repr(r[value_at])) if isinstance(r[value_at], float) else None,
                   str(r[value_at + 1]) if len(r) > value_at + 1 else "") for r in rows]
        ids = [int(r["id"]) for r in context["rows"]]
        hashlib.sha256(repr(list(zip(ids, values))).encode()).hexdigest()
        known = _known(conn, ids, int(context["year"]), int(context["quarter"]))
        rule_counts = _rules(context, ids, values, known)
        flagged, conflicts = flagged + rule_counts[0], conflicts + rule_counts[1]
        written = [(i, str(v), n) for i, (v, n) in zip(ids, values) if v is not None]
        audit = []
        for i, v, n in written:
            for entity, new in (("realisation", v), ("note", n)):
                previous = hashlib.sha256(f'["audit_log",{i},"{entity}","{new}","{previous}"]'.encode()).hexdigest()
                audit.append((i, new, previous))
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO realisation (indicator_id, year, quarter, value, note, updated_at, updated_by) "
            "VALUES (?, 2026, 3, ?, ?, '2026-11-27', 'bench') "
            "ON CONFLICT DO UPDATE SET value = excluded.value, note = excluded.note", written)
        conn.executemany(
            "INSERT INTO audit_log (at, by_user, entity, indicator_id, agency_id, year, quarter, old_value, "
            "new_value, source, source_ref, hash) VALUES ('2026-11-27', 'bench', 'realisation', ?, 1, 2026, 3, "
            "NULL, ?, 'package', 'p', ?)", audit)
        conn.execute("COMMIT")
    return altered, flagged, conflicts


def _known(conn, ids: list[int], year: int, quarter: int) -> dict[int, list]:
    """One query: [owner, retired, aggregation, annual target, {quarter: value}, current note]."""
    out = {i: [None, None, None, None, {}, ""] for i in ids}
    for ind, owner, retired, aggregation, note, value, q in conn.execute(
            "WITH ids(id) AS (SELECT value FROM json_each(?)) "
            "SELECT i.id, i.agency_id, i.retired_at, i.aggregation, NULL, NULL, NULL FROM indicator i "
            "WHERE i.id IN ids UNION ALL SELECT t.indicator_id, NULL, NULL, NULL, NULL, t.value, 0 FROM target t "
            "WHERE t.year = ? AND t.quarter = 0 AND t.indicator_id IN ids "
            "UNION ALL SELECT r.indicator_id, NULL, NULL, NULL, r.note, r.value, r.quarter FROM realisation r "
            "WHERE r.year = ? AND r.quarter <= ? AND r.indicator_id IN ids",
            ["[" + ",".join(map(str, ids)) + "]", year, year, quarter]):
        known = out[ind]
        if q is None:
            known[0], known[1], known[2] = owner, retired, aggregation
        elif q == 0:
            known[3] = Decimal(value)
        else:
            known[4][q] = Decimal(value)
            if q == quarter:
                known[5] = note or ""
    return out


def _rules(context: dict, ids: list[int], values: list, known: dict) -> tuple[int, int]:
    """The conflict rule and the plausibility rule for every value: (flagged, conflicts)."""
    quarter, flagged, conflicts = int(context["quarter"]), 0, 0
    for i, (value, note), row in zip(ids, values, context["rows"]):
        _owner, _retired, aggregation, target, quarters, current_note = known[i]
        current = (quarters.get(quarter), current_note)
        issued = row.get("issued_value")
        issued = (None if issued is None else Decimal(issued), row.get("issued_note") or "")
        package = (value, note if value is not None else "")
        if value is None or package == current or package == issued:
            continue            # nothing to check, or unchanged (a conflict is checked too)
        conflicts += current != issued
        earlier = [quarters[q] for q in sorted(quarters) if q < quarter]
        too_much = bool(earlier) and earlier[-1] > 0 and value > F2 * earlier[-1]
        if target is not None and target > 0:
            compared = sum(earlier, Decimal(0)) + value if aggregation == "sum" else value
            too_much = too_much or compared > F1 * target
        flagged += too_much
    return flagged, conflicts
