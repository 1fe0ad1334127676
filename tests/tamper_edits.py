"""The six edits of issue 10, made with plain sqlite3 as anyone with an SQLite tool could, each
returning what `kinerja check` and the banner must say about it."""
from __future__ import annotations

import sqlite3


def sql(path, *statements) -> None:
    conn = sqlite3.connect(path)
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def one(path, query):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(query).fetchone()
    finally:
        conn.close()


def locked_value_changed(path) -> str:
    indicator_id, code, opd, year, quarter, value = one(path, (
        "SELECT r.indicator_id, i.code, a.code, r.year, r.quarter, r.value FROM realisation r "
        "JOIN indicator i ON i.id = r.indicator_id JOIN agency a ON a.id = i.agency_id "
        "JOIN workflow w ON w.agency_id = i.agency_id AND w.year = r.year AND w.quarter = r.quarter "
        "WHERE w.status = 'locked' ORDER BY r.year DESC, r.indicator_id LIMIT 1"))
    sql(path, f"UPDATE realisation SET value = '{value}1' WHERE indicator_id = {indicator_id} "
              f"AND year = {year} AND quarter = {quarter}")
    return f"OPD {opd}, {year} TW {quarter}: realisasi indikator {code} diubah di luar program: {value} \u2192 {value}1"


def target_changed(path) -> str:
    indicator_id, code, opd, year, value = one(path, (
        "SELECT t.indicator_id, i.code, a.code, t.year, t.value FROM target t JOIN indicator i "
        "ON i.id = t.indicator_id JOIN agency a ON a.id = i.agency_id WHERE t.quarter = 0 ORDER BY t.indicator_id "
        "LIMIT 1 OFFSET 30"))
    sql(path, f"UPDATE target SET value = '777' WHERE indicator_id = {indicator_id} AND year = {year} AND quarter = 0")
    return f"Rencana OPD {opd}: target indikator {code} {year} (tahunan) diubah di luar program: {value} \u2192 777"


def locked_quarter_back_to_draft(path) -> str:
    agency_id, opd, year, quarter = one(path, (
        "SELECT w.agency_id, a.code, w.year, w.quarter FROM workflow w JOIN agency a ON a.id = w.agency_id "
        "WHERE w.status = 'locked' ORDER BY w.year DESC LIMIT 1"))
    sql(path, f"UPDATE workflow SET status = 'draft' WHERE agency_id = {agency_id} AND year = {year} "
              f"AND quarter = {quarter}")
    return f"OPD {opd}, {year} TW {quarter}: kunci dibuka di luar program (status sekarang Draf"


def audit_rows_deleted(path) -> str:
    last = one(path, "SELECT max(id) FROM audit_log")[0]   # the demo's rows (its build, its second period)
    sql(path, "DELETE FROM audit_log")
    ids = "1" if last == 1 else f"1-{last}"
    return f"Riwayat perubahan: baris id {ids} dihapus di luar program."


def operator_promoted(path) -> str:
    sql(path, "UPDATE app_user SET role = 'administrator', agency_id = NULL WHERE username = 'dinkes'")
    return "Pengguna 'dinkes': peran Operator OPD \u2192 Administrator"


def password_hash_replaced(path) -> str:
    sql(path, "UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE username = 'tamu') "
              "WHERE username = 'admin'")
    return "Pengguna 'admin': hash kata sandi diganti di luar program."


SIX_EDITS = {
    "nilai triwulan terkunci": locked_value_changed,
    "target": target_changed,
    "kunci kembali ke draf": locked_quarter_back_to_draft,
    "riwayat dihapus": audit_rows_deleted,
    "operator jadi administrator": operator_promoted,
    "hash kata sandi diganti": password_hash_replaced,
}
