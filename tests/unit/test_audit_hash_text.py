"""The audit chain's hash text is written out by hand for speed; it must stay byte for byte
the json.dumps text every stored hash was made of."""
from __future__ import annotations

import hashlib
import json
import random

from kinerja_desktop.store.audit_log import _INTEGER_COLUMNS as INTEGER
from kinerja_desktop.store.audit_log import AUDIT_COLUMNS, WORKFLOW_COLUMNS, _normal, row_hash

AWKWARD = ["", "a", 'kutip "ganda"', "garis\\miring", "baris\nbaru\ttab", "\x00\x01\x1f\x7f", "ü · é — 𝔘",
           "\ud800", "12.50", "0", "-1", "null", " spasi ", "e2d2f6d2 · diisi di spreadsheet", "\u2028\u2029"]


def old_hash(log, row_id, values, previous):
    text = json.dumps([log, row_id, *values, previous], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def test_the_hash_text_is_json_dumps_text():
    rng = random.Random(14)
    for log, columns in (("audit_log", AUDIT_COLUMNS), ("workflow_log", WORKFLOW_COLUMNS)):
        for n in range(3000):
            row = [rng.choice([None, rng.randint(-5, 10**12), True, 7.0] if c in INTEGER else
                              [None, rng.choice(AWKWARD), rng.choice(AWKWARD), rng.randint(-5, 10**12), 2.5])
                   for c in columns]
            values = _normal(columns, row)
            previous = rng.choice(["", "a" * 64, "ganjil \"x\"", hashlib.sha256(str(n).encode()).hexdigest()])
            try:
                want = old_hash(log, n + 1, values, previous)
            except UnicodeEncodeError:
                continue
            if "\ud800" in json.dumps(values, ensure_ascii=False):
                continue      # a lone surrogate cannot be written as UTF-8 by either
            assert row_hash(log, n + 1, values, previous) == want, (values, previous)


def test_values_not_yet_normalised_hash_as_json_dumps_writes_them():
    for values in ([2.5, True, False, None, "x"], [10**20, -0.0, 1e300, "ü"]):
        assert row_hash("audit_log", 3, values, "p") == old_hash("audit_log", 3, values, "p")


def test_the_hashes_appended_are_row_hash_of_the_stored_rows():
    """_append writes the hash text inline (no row_hash call per row): the stored chain must be
    exactly row_hash's, for awkward texts and numbers given as int, str or bool."""
    from kinerja_desktop.store.audit_log import append_audit, append_workflow_log
    from tests.fixtures import small_plan

    db, _ = small_plan()
    rng = random.Random(5)
    texts = [t for t in AWKWARD if t != "\ud800"]
    audits = [(rng.choice(texts), rng.choice(texts), rng.choice(["realisation", "note"]),
               rng.choice([None, 3, "4", True]), None, rng.choice([1, "2"]), 2026, rng.choice([1, 4]),
               rng.choice([None, *texts, 12]), rng.choice([None, *texts, 2.5]), "package", rng.choice(texts))
              for _ in range(300)]
    append_audit(db, audits[:150])
    append_audit(db, audits[150:])
    append_workflow_log(db, [(1, 2026, 3, "draft", rng.choice(texts), rng.choice(texts), "at", "u")
                             for _ in range(40)])
    for log, columns in (("audit_log", AUDIT_COLUMNS), ("workflow_log", WORKFLOW_COLUMNS)):
        previous = ""
        stored = db.execute(f"SELECT id, {', '.join(columns)}, hash FROM {log} ORDER BY id").fetchall()
        assert len(stored) >= (300 if log == "audit_log" else 40)
        for row in stored:
            want = old_hash(log, row[0], _normal(columns, row[1:-1]), previous)
            assert row[-1] == want == row_hash(log, row[0], _normal(columns, row[1:-1]), previous)
            previous = row[-1]
