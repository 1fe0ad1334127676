"""The package format: sheet names, columns, the metadata context, the digest and what is signed.

A package is one .xlsx for one OPD x year x quarter (docs/packages.md describes it for the record):

- sheet "Isian": title rows, a header row, one data row per indicator. Read-only columns
  (No, Kode, Indikator, Satuan, Target, realisations of earlier quarters) and two input columns
  (Realisasi of the quarter, Catatan).
- sheet "Petunjuk": instructions in Indonesian.
- sheet "_meta" (very hidden): key/value rows and the *context* as JSON split over cells: the
  package id, OPD, period, the plan context an offline OPD installation needs, every row's
  indicator and the value/note it had when issued. `digest` = SHA-256 of the canonical context:
  any edit of the metadata shows; the read-only cells of "Isian" are compared with what the
  context says they must be, cell by cell, so an edit there is named by row and column.
- `signature` (optional): Ed25519 over the digest and the input values, by the OPD installation.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal

from kinerja_desktop.domain.entities import QUARTER_LABELS
from kinerja_desktop.domain.numbers import to_text

FORMAT_VERSION = 1
MAGIC = "KINERJA-PAKET"
ENTRY_SHEET, HELP_SHEET, META_SHEET = "Isian", "Petunjuk", "_meta"
TITLE_ROWS = 4           # rows 1..4: title, OPD, period, package id
HEADER_ROW = 6
FIRST_DATA_ROW = 7
CHUNK = 30000            # characters of context JSON per meta cell (a cell holds 32 767)
META_KEYS = ("format", "package_id", "opd_code", "opd_name", "year", "quarter", "issued_at", "digest",
             "signature", "signer", "context_cells")
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class Column:
    key: str          # 'no', 'code', 'name', 'unit', 'target', 'q1'..'q3', 'value', 'note'
    header: str
    width: float
    editable: bool = False
    numeric: bool = False


def columns(year: int, quarter: int, budget: bool = False) -> list[Column]:
    """The entry sheet's columns; `budget` adds the spending input (last, so value and note keep
    their columns whether or not the OPD has budgets)."""
    cols = [Column("no", "No", 5), Column("code", "Kode", 16), Column("name", "Indikator", 48),
            Column("unit", "Satuan", 11), Column("target", f"Target {year}", 14, numeric=True)]
    cols += [Column(f"q{q}", f"Realisasi {QUARTER_LABELS[q]}", 14, numeric=True) for q in range(1, quarter)]
    cols += [Column("value", f"Realisasi {QUARTER_LABELS[quarter]} (isi)", 16, editable=True, numeric=True),
             Column("note", "Catatan (isi)", 40, editable=True)]
    if budget:
        cols.append(Column("spent", f"Realisasi anggaran {QUARTER_LABELS[quarter]} (Rp) (isi)", 20, editable=True,
                           numeric=True))
    return cols


def columns_for(context: dict) -> list[Column]:
    return columns(context["year"], context["quarter"], bool(context.get("budgets")))


def budget_rows(context: dict) -> dict[int, dict]:
    """Row index -> the budget whose spending is entered on that row (the first indicator row of
    a node that has a budget this year; the other rows of the node have no spending cell)."""
    return {int(b["row"]): b for b in context.get("budgets", [])}


SPENT_DECIMALS = 2      # Rupiah may carry sen; '1.234' stays ambiguous, '1.234.567' is not


def title_lines(context: dict) -> list[str]:
    q = context["quarter"]
    return [
        "PAKET ISIAN REALISASI KINERJA",
        f"{context['opd']['name']} ({context['opd']['code']})",
        f"Tahun {context['year']} · Triwulan {ROMAN[q]} ({QUARTER_LABELS[q]}) · {context['plan']['name']}",
        f"Kode paket: {context['package_id']}",
    ]


def canonical_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest(context: dict) -> str:
    return hashlib.sha256(canonical_json(context).encode("utf-8")).hexdigest()


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def readonly_values(context: dict) -> list[tuple]:
    """The read-only cells exactly as the writer puts them (a fast first comparison)."""
    from kinerja_desktop.exchange.cells import clean_text

    cols = [c for c in columns_for(context) if not c.editable]
    keys = [c.key for c in cols]
    if keys[:5] == ["no", "code", "name", "unit", "target"] and all(k[0] == "q" for k in keys[5:]):
        # The layout columns() makes: one tuple per row without the per-column dispatch below.
        quarters = [k[1:] for k in keys[5:]]
        out = []
        for i, row in enumerate(context["rows"], start=1):
            earlier, target = row.get("earlier", {}), row.get("target")
            out.append((i, clean_text(row["code"]) or None, clean_text(row["name"]) or None,
                        clean_text(row["unit"]) or None, None if target is None else float(target),
                        *[None if earlier.get(q) is None else float(earlier[q]) for q in quarters]))
        return out
    out = []
    for i, row in enumerate(context["rows"], start=1):
        values = []
        for col in cols:
            if col.key == "no":
                values.append(i)
            elif col.key in ("code", "name", "unit"):
                values.append(clean_text(row[col.key]) or None)
            else:
                text = row.get("target") if col.key == "target" else row.get("earlier", {}).get(col.key[1:])
                values.append(None if text is None else float(text))   # decimal text -> nearest float, as written
        out.append(tuple(values))
    return out


def number_text(value) -> str | None:
    """A number as canonical text (what the digest and the comparisons use)."""
    if value is None or value == "":
        return None
    number = Decimal(str(value))
    if not number.is_finite():      # an 'inf'/'nan' cell: its own text, which matches no issued value
        return str(value)
    return to_text(number)


def readonly_cells(context: dict) -> list[list[str | None]]:
    """What each data row's read-only cells must read, as canonical text, column by column."""
    cols = [c for c in columns_for(context) if not c.editable]
    out = []
    for i, row in enumerate(context["rows"], start=1):
        texts = []
        for col in cols:
            if col.key == "no":
                texts.append(str(i))
            elif col.key in ("code", "name", "unit"):
                texts.append(normalise_text(row[col.key]))
            elif col.key == "target":
                texts.append(number_text(row.get("target")))
            else:
                texts.append(number_text(row.get("earlier", {}).get(col.key[1:])))
        out.append(texts)
    return out


def normalise_text(text) -> str | None:
    """Cell text compared loosely: spreadsheets may change line ends and surrounding spaces."""
    if text is None:
        return None
    s = " ".join(str(text).replace("\r", "\n").split())
    return s or None


def signed_payload(digest_hex: str, values: list[tuple[int, str | None, str]],
                   spent: list[tuple[int, str | None]] = ()) -> bytes:
    """What the OPD installation signs: the read-only part (by its digest) and every input
    (values and notes by indicator id; spending by budget id, when the package carries budgets)."""
    payload = {"digest": digest_hex, "values": [list(v) for v in values]}
    if spent:
        payload["spent"] = [list(s) for s in spent]
    return canonical_json(payload).encode("utf-8")


def content_digest(digest_hex: str, values: list[tuple[int, str | None, str]],
                   spent: list[tuple[int, str | None]] = ()) -> str:
    """Identity of a filled package's content: the same package re-sent gives the same text."""
    return hashlib.sha256(signed_payload(digest_hex, values, spent)).hexdigest()


def number_format(decimals: int) -> str:
    # Excel and Calc show this as 1.234,56 in an Indonesian locale.
    return "#,##0" if decimals <= 0 else "#,##0." + "0" * decimals
