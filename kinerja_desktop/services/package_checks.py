"""Plausibility of a package's values, by the same rule and factors as the entry form
(domain.validation.implausible, services.office_settings): a flagged row still imports; the
preview, the dialogs and the printed summary show why it should be checked."""
from __future__ import annotations

from kinerja_desktop.domain.validation import IndicatorRules, implausible
from kinerja_desktop.services.office_settings import plausibility
from kinerja_desktop.store import repositories as repo

CHECKED = ("new", "changed", "conflict")


def flag_implausible(db, preview) -> None:
    """Set `warning` on the value rows of `preview` (an ImportPreview) that are implausible."""
    rows = [r for r in preview.rows if r.kind == "value" and r.status in CHECKED and r.package_value is not None]
    if not rows:
        return
    factors = plausibility(db)
    ids = [r.indicator_id for r in rows]
    # Only the fields the rule reads, for the rows checked (whole indicators cost a quarter of a
    # package's preview).
    fields = repo.indicator_rule_fields(db, ids)
    values = repo.load_year_values(db, preview.year, indicator_ids=ids)
    for r in rows:
        known, v = fields.get(r.indicator_id), values.get(r.indicator_id)
        if known is None:
            continue
        rules = IndicatorRules(*known)
        earlier = {q: x for q, x in v.realisations.items() if q < preview.quarter} if v else {}
        reasons = implausible(r.package_value, rules, preview.quarter, earlier, v.annual_target if v else None, factors)
        if reasons:
            r.warning = "; ".join(reasons) + "."
