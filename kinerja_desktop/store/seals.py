"""Seals: signed digests of what must not change outside the program.

A seal covers one `kind` of content: a locked OPD-quarter's values (`quarter`, scope
"agency/year/quarter"), the plan (`plan`), the users (`users`), or the head of a log
(`audit_log`, `workflow_log`: "last id:last hash"). Content is a set of items (key -> text) read
in a few SQL queries; the seal keeps the digest of the items, the items themselves (compressed,
so that `kinerja check` can name what changed) and an Ed25519 signature of the installation key
over kind, scope and digest (store/installation_key.py).
"""
from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass

# cryptography (signing) is imported on first use: the window opens without it.
SEP = "\x1f"   # between the fields of an item's text (never typed by a person)


@dataclass(frozen=True)
class Seal:
    kind: str
    scope: str
    digest: str
    content: bytes | None
    public_key: bytes | None
    signature: str
    sealed_at: str

    def items(self) -> dict[str, str]:
        return decode_items(self.content) if self.content else {}


def payload(kind: str, scope: str, digest: str) -> bytes:
    return f"kinerja-seal\n{kind}\n{scope}\n{digest}".encode("utf-8")


def encode_lines(lines: list[str]) -> tuple[str, bytes]:
    """(digest, compressed content) of a seal's lines ("key<TAB>text", in a fixed order)."""
    text = "\n".join(lines).encode("utf-8")
    return hashlib.sha256(text).hexdigest(), zlib.compress(text, 1)


def digest_lines(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def decode_items(content: bytes) -> dict[str, str]:
    return lines_to_items(zlib.decompress(content).decode("utf-8").split("\n"))


def lines_to_items(lines: list[str]) -> dict[str, str]:
    return dict(line.split("\t", 1) for line in lines if line)


def write_seal(db, kind: str, scope: str, digest: str, content: bytes | None, stamp: str) -> None:
    """Sign and store (replacing the seal of the same kind and scope). Without a key at hand the
    seal is stored unsigned, and check says so."""
    from kinerja_desktop.exchange import signing
    from kinerja_desktop.store.installation_key import installation_key

    key = installation_key()
    public = signing.public_bytes(key) if key is not None else None
    signature = signing.sign(key, payload(kind, scope, digest)) if key is not None else ""
    db.execute(
        "INSERT INTO seal (kind, scope, digest, content, public_key, signature, sealed_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (kind, scope) DO UPDATE SET digest = excluded.digest, content = excluded.content, "
        "public_key = excluded.public_key, signature = excluded.signature, sealed_at = excluded.sealed_at",
        [kind, scope, digest, content, public, signature, stamp])


def seal_lines(db, kind: str, scope: str, lines: list[str], stamp: str) -> None:
    digest, content = encode_lines(lines)
    write_seal(db, kind, scope, digest, content, stamp)


def remove_seal(db, kind: str, scope: str) -> None:
    db.execute("DELETE FROM seal WHERE kind = ? AND scope = ?", [kind, scope])


def seals(db, kind: str | None = None) -> list[Seal]:
    sql = "SELECT kind, scope, digest, content, public_key, signature, sealed_at FROM seal"
    rows = db.execute(sql + " WHERE kind = ?", [kind]) if kind else db.execute(sql)
    return [Seal(*row) for row in rows]


def signature_valid(seal: Seal) -> bool:
    from kinerja_desktop.exchange import signing

    return bool(seal.public_key and seal.signature) and signing.verify(
        seal.public_key, payload(seal.kind, seal.scope, seal.digest), seal.signature)


def quarter_scope(agency_id: int, year: int, quarter: int) -> str:
    return f"{agency_id}/{year}/{quarter}"


# --- what each seal covers -------------------------------------------------------------------
# Each line is built by SQL ("key<TAB>field<US>field...") in primary-key order, so reading the
# plan of a scale-10 database costs one pass over its tables and no Python per field.

# The plan is sealed in parts: "" holds the plan, bands, OPD list, goals and objectives; "opd:<id>"
# an OPD's programs, activities, sub-activities, indicators, targets and budgets, so that an edit
# renews only the part of the OPD it touched. (table, line prefix, order, owner OPD, filter by OPD)
_PROGRAM_OF_ACTIVITY = "(SELECT agency_id FROM program WHERE id = {t}.program_id)"
_ACTIVITIES_OF = "SELECT a.id FROM activity a JOIN program p ON p.id = a.program_id WHERE p.agency_id = ?"
_SUBS_OF = ("SELECT s.id FROM sub_activity s JOIN activity a ON a.id = s.activity_id "
            "JOIN program p ON p.id = a.program_id WHERE p.agency_id = ?")
_INDICATORS_OF = "SELECT id FROM indicator WHERE agency_id = ?"
PLAN_TABLES = (
    ("plan", "rencana", "id", None, None),
    ("rating_band", "band", "plan_id, position", None, None),
    ("agency", "opd", "id", None, None),
    ("goal", "tujuan", "id", None, None),
    ("objective", "sasaran", "id", None, None),
    ("program", "program", "id", "program.agency_id", "agency_id = ?"),
    ("activity", "kegiatan", "id", _PROGRAM_OF_ACTIVITY.format(t="activity"), f"id IN ({_ACTIVITIES_OF})"),
    ("sub_activity", "subkegiatan", "id",
     "(SELECT p.agency_id FROM activity a JOIN program p ON p.id = a.program_id WHERE a.id = sub_activity.activity_id)",
     f"id IN ({_SUBS_OF})"),
    ("indicator", "indikator", "id", "indicator.agency_id", "agency_id = ?"),
    ("target", "target", "indicator_id, year, quarter", None, f"indicator_id IN ({_INDICATORS_OF})"),
    ("end_target", "akhir", "indicator_id", None, f"indicator_id IN ({_INDICATORS_OF})"),
    ("budget", "anggaran", "id", None,
     f"program_id IN (SELECT id FROM program WHERE agency_id = ?) OR activity_id IN ({_ACTIVITIES_OF}) "
     f"OR sub_activity_id IN ({_SUBS_OF})"),
)
KEY_COLUMNS = {"rating_band": ("plan_id", "position"), "target": ("indicator_id", "year", "quarter"),
               "end_target": ("indicator_id",)}
# agency.public_key is registered with its own audit (entity 'key'); indicator.plan_id is
# derived from the (sealed) node columns by triggers (schema 5).
LEFT_OUT = {"agency": ("public_key",), "indicator": ("plan_id",)}
_text_cache: dict[tuple, str] = {}


def _line_expr(db, prefix: str, table: str) -> str:
    # Keyed by the columns too: an older database (check, a migration) has fewer of them.
    columns = {row[1]: row[2].upper() for row in db.execute(f"PRAGMA table_info({table})")}
    cache_key = (table, tuple(columns.items()))
    if cache_key not in _text_cache:
        keys = KEY_COLUMNS.get(table, ("id",))
        fields = [c for c in columns if c not in keys and c not in LEFT_OUT.get(table, ())]
        key = " || '/' || ".join(f'"{table}"."{k}"' for k in keys)
        text = " || char(31) || ".join(   # only text can hold a line break
            _field(f'"{table}"."{c}"') if columns[c] == "TEXT" else f'coalesce("{table}"."{c}", \'\')'
            for c in fields)
        _text_cache[cache_key] = f"'{prefix}:' || {key} || char(9) || {text}"
    return _text_cache[cache_key]


def _field(column: str) -> str:
    """A column as one line's field: a line break in a text (a definition, a note) is written
    as \\n and a backslash as \\\\, so lines split back exactly as they were sealed."""
    return f"replace(replace(coalesce({column}, ''), '\\', '\\\\'), char(10), '\\n')"


def plan_scope(agency_id: int | None) -> str:
    return "" if agency_id is None else f"opd:{agency_id}"


def plan_lines(db, agency_ids: set[int] | None = None) -> dict[str, list[str]]:
    """Lines of the plan's parts: all of them (None) or the OPDs' parts in `agency_ids` only."""
    if agency_ids is None:
        parts: dict[str, list[str]] = {plan_scope(None): []}
        parts.update((plan_scope(row[0]), []) for row in db.execute("SELECT id FROM agency"))
        owners = {"target": "indicator", "end_target": "indicator"}
        indicator_owner = dict(db.execute("SELECT id, agency_id FROM indicator"))
        for table, prefix, order, owner, _ in PLAN_TABLES:
            line = _line_expr(db, prefix, table)
            if table == "budget":
                rows = db.execute(f"SELECT coalesce(p1.agency_id, p2.agency_id, p3.agency_id), {line} FROM budget "
                                  + _BUDGET_OWNER_JOINS + f" ORDER BY budget.{order}")
            elif table in owners:
                rows = ((indicator_owner.get(i), text) for i, text in db.execute(
                    f"SELECT indicator_id, {line} FROM {table} ORDER BY {order}"))
            else:
                rows = db.execute(f'SELECT {owner or "NULL"}, {line} FROM "{table}" ORDER BY {order}')
            for agency_id, text in rows:
                parts.setdefault(plan_scope(agency_id), []).append(text)
        return parts
    parts = {plan_scope(None): []} if None in agency_ids else {}
    for agency_id in agency_ids - {None}:
        lines: list[str] = []
        for table, prefix, order, _, where in PLAN_TABLES:
            if where:
                args = [agency_id] * where.count("?")
                lines += [row[0] for row in db.execute(
                    f'SELECT {_line_expr(db, prefix, table)} FROM "{table}" WHERE {where} ORDER BY {order}', args)]
        parts[plan_scope(agency_id)] = lines
    if None in agency_ids:
        for table, prefix, order, _, where in PLAN_TABLES:
            if not where:
                parts[""] += [row[0] for row in db.execute(
                    f'SELECT {_line_expr(db, prefix, table)} FROM "{table}" ORDER BY {order}')]
    return parts


_BUDGET_OWNER_JOINS = (
    "LEFT JOIN program p1 ON p1.id = budget.program_id "
    "LEFT JOIN activity a2 ON a2.id = budget.activity_id LEFT JOIN program p2 ON p2.id = a2.program_id "
    "LEFT JOIN sub_activity s3 ON s3.id = budget.sub_activity_id LEFT JOIN activity a3 ON a3.id = s3.activity_id "
    "LEFT JOIN program p3 ON p3.id = a3.program_id")


def users_lines(db) -> list[str]:
    """Who may do what: name, role, OPD, active and the password hash (not the failed-attempt count)."""
    return [row[0] for row in db.execute(
        "SELECT 'pengguna:' || id || char(9) || username || char(31) || " + _field("full_name")
        + " || char(31) || role || char(31) || coalesce(agency_id, '') || char(31) || active || char(31) "
        "|| password_hash FROM app_user ORDER BY id")]


_QUARTER_REALISATIONS = (
    "SELECT i.agency_id, r.year, r.quarter, 'realisasi:' || r.indicator_id || char(9) || r.value || char(31) "
    "|| " + _field("r.note") + " FROM realisation r JOIN indicator i ON i.id = r.indicator_id")
_QUARTER_SPENDING = (
    "SELECT coalesce(p1.agency_id, p2.agency_id, p3.agency_id), b.year, s.quarter, "
    "'belanja:' || s.budget_id || char(9) || s.spent FROM spending s JOIN budget b ON b.id = s.budget_id "
    "LEFT JOIN program p1 ON p1.id = b.program_id "
    "LEFT JOIN activity a2 ON a2.id = b.activity_id LEFT JOIN program p2 ON p2.id = a2.program_id "
    "LEFT JOIN sub_activity s3 ON s3.id = b.sub_activity_id LEFT JOIN activity a3 ON a3.id = s3.activity_id "
    "LEFT JOIN program p3 ON p3.id = a3.program_id")


def quarter_lines(db, scopes: set[tuple[int, int, int]]) -> dict[tuple[int, int, int], list[str]]:
    """The values of each OPD-quarter in `scopes`: realisations with notes, and spending."""
    result: dict[tuple[int, int, int], list[str]] = {scope: [] for scope in scopes}
    if not scopes:
        return result
    if len(scopes) == 1:
        (agency_id, year, quarter), = scopes
        rows_r = db.execute(_QUARTER_REALISATIONS + " WHERE i.agency_id = ? AND r.year = ? AND r.quarter = ?",
                            [agency_id, year, quarter])
        rows_s = db.execute(_QUARTER_SPENDING + " WHERE b.year = ? AND s.quarter = ?", [year, quarter])
    else:
        rows_r, rows_s = db.execute(_QUARTER_REALISATIONS), db.execute(_QUARTER_SPENDING)
    for rows in (rows_r, rows_s):
        for agency_id, year, quarter, line in rows:
            lines = result.get((agency_id, year, quarter))
            if lines is not None:
                lines.append(line)
    for lines in result.values():
        lines.sort()   # independent of the order the query plan happens to give
    return result


def locked_quarters(db) -> set[tuple[int, int, int]]:
    return {tuple(row) for row in db.execute("SELECT agency_id, year, quarter FROM workflow WHERE status = 'locked'")}


def seal_quarters(db, scopes: set[tuple[int, int, int]], stamp: str) -> None:
    for scope, lines in quarter_lines(db, scopes).items():
        seal_lines(db, "quarter", quarter_scope(*scope), lines, stamp)


def seal_plan(db, stamp: str, agency_ids: set[int | None] | None = None) -> None:
    """Renew the plan's seals: all parts (None), or the global part (None in the set) and the
    parts of the OPDs given. A part of an OPD no longer there is removed."""
    parts = plan_lines(db, agency_ids)
    for scope, lines in parts.items():
        seal_lines(db, "plan", scope, lines, stamp)
    if agency_ids is None:
        db.execute("DELETE FROM seal WHERE kind = 'plan' AND scope NOT IN (SELECT value FROM json_each(?))",
                   [json.dumps(list(parts))])


def seal_users(db, stamp: str) -> None:
    seal_lines(db, "users", "", users_lines(db), stamp)


def node_owner(db, node_type: str, node_id: int) -> int | None:
    """The OPD whose part of the plan seal holds a node (None: goals and objectives, the global part)."""
    sql = {"program": "SELECT agency_id FROM program WHERE id = ?",
           "activity": "SELECT p.agency_id FROM activity a JOIN program p ON p.id = a.program_id WHERE a.id = ?",
           "sub_activity": "SELECT p.agency_id FROM sub_activity s JOIN activity a ON a.id = s.activity_id "
                           "JOIN program p ON p.id = a.program_id WHERE s.id = ?"}.get(node_type)
    row = db.execute(sql, [node_id]).fetchone() if sql else None
    return row[0] if row else None


# --- what check needs to name things (services/integrity.py) --------------------------------

def has_seals(db) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'seal'").fetchone() is not None


def has_rows(db, table: str) -> bool:
    return db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None


def code_of(db, table: str, row_id) -> str | None:
    """The code of an agency or indicator (None when it is not there any more)."""
    row = db.execute(f"SELECT code FROM {table} WHERE id = ?", [row_id]).fetchone()
    return row[0] if row else None


def quarter_status(db, agency_id, year, quarter) -> str:
    row = db.execute("SELECT status FROM workflow WHERE agency_id = ? AND year = ? AND quarter = ?",
                     [agency_id, year, quarter]).fetchone()
    return row[0] if row else "draft"


def status_against_log(db) -> list[tuple]:
    """Quarters whose status is not the last status their (chained) log gives them."""
    return db.execute(
        "SELECT agency_id, year, quarter, status, logged FROM (SELECT w.agency_id, w.year, w.quarter, w.status, "
        "(SELECT new_status FROM workflow_log l WHERE l.agency_id = w.agency_id AND l.year = w.year "
        "AND l.quarter = w.quarter ORDER BY id DESC LIMIT 1) AS logged FROM workflow w) "
        "WHERE logged IS NOT NULL AND logged != status").fetchall()
