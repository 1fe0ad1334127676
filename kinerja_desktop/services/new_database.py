"""A new, empty database for a region starting from scratch: the plan period, the rating bands
of Permendagri 86/2017, the 37 OPD of Kabupaten Soppeng and one administrator. Goals,
objectives, programs and indicators are added afterwards (plan maintenance, master data).

Used by the first-run set-up of the program; one transaction, and the file is removed again if
anything fails, so a refused set-up leaves nothing behind.
"""
from __future__ import annotations

import json
from pathlib import Path

from kinerja_desktop.domain.achievement import DEFAULT_BANDS
from kinerja_desktop.paths import REFERENCE_JSON
from kinerja_desktop.services import users
from kinerja_desktop.services.realisations import now_iso
from kinerja_desktop.store import seals
from kinerja_desktop.store.database import create_database, transaction


def create_new_database(path: str | Path, admin_password: str, admin_name: str = "Administrator",
                        admin_username: str = "admin") -> dict[str, int]:
    """Create `path` with an empty plan and the OPD list; returns counts for the message."""
    users.validate_password(admin_password)  # refuse before a file exists
    path = Path(path)
    reference = json.loads(REFERENCE_JSON.read_text(encoding="utf-8"))
    db = create_database(path)
    try:
        with transaction(db):
            region, period = reference["region"], reference["period"]
            db["plan"].insert({"id": 1, "name": period["name"], "region_name": region["name"],
                               "region_code": region.get("kemendagri_code", ""),
                               "province": region.get("province", ""), "start_year": period["start"],
                               "end_year": period["end"], "negative_formula": "2-R/T"})
            db["rating_band"].insert_all(
                {"plan_id": 1, "position": i, "label": band.label,
                 "lower_bound": None if band.lower_bound is None else str(band.lower_bound), "colour": band.colour}
                for i, band in enumerate(DEFAULT_BANDS))
            db["agency"].insert_all(
                {"code": opd["code"], "name": opd["name"], "status": opd.get("status", "standard"),
                 "bidang": ",".join(opd.get("bidang", []))} for opd in reference["opd"])
            users.create_user(db, admin_username, admin_name, "administrator", admin_password)
            seals.seal_plan(db, now_iso())
        agencies = db.execute("SELECT count(*) FROM agency").fetchone()[0]
    except BaseException:
        db.close()
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    db.close()
    return {"opd": agencies, "users": 1}
