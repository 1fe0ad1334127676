"""The reads the screens may use. ui/ never imports store/ (tests/unit/test_layers.py checks it);
it reads through this module, so a screen's data comes from one known list of queries."""
from kinerja_desktop.store import lookups, plan_browse  # noqa: F401  (re-exported for ui/)
from kinerja_desktop.store.repositories import (  # noqa: F401  (re-exported for ui/)
    agency_by_code, count_indicators, load_agencies, load_indicator, load_indicators, load_nodes, load_plan, load_plans,
    load_program_branch, load_year_values, setting, workflow_status,
)
