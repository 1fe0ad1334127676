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
    indicators = {i.id: i for i in repo.load_indicators(db, agency_id=preview.agency_id, include_retired=True)}
    values = repo.load_year_values(db, preview.year, indicator_ids=ids)
    for r in rows:
        ind, v = indicators.get(r.indicator_id), values.get(r.indicator_id)
        if ind is None:
            continue
        rules = IndicatorRules(ind.code, ind.unit, ind.aggregation, ind.decimals, ind.allow_negative)
        earlier = {q: x for q, x in v.realisations.items() if q < preview.quarter} if v else {}
        reasons = implausible(r.package_value, rules, preview.quarter, earlier, v.annual_target if v else None, factors)
        if reasons:
            r.warning = "; ".join(reasons) + "."
