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
    # Only what the rule reads (the rule fields, the annual target, the earlier quarters), in one
    # query for the rows checked: whole indicators and the year's values cost a quarter of a
    # package's preview.
    inputs = repo.plausibility_inputs(db, preview.year, preview.quarter, [r.indicator_id for r in rows])
    for r in rows:
        known = inputs.get(r.indicator_id)
        if known is None:
            continue
        *fields, annual_target, earlier = known
        reasons = implausible(r.package_value, IndicatorRules(*fields), preview.quarter, earlier, annual_target, factors)
        if reasons:
            r.warning = "; ".join(reasons) + "."
