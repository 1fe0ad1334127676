"""Small texts the main window shows (title, status of the quarter), kept free of Qt so they
are tested without a window."""
from __future__ import annotations

from kinerja_desktop.domain.entities import QUARTER_LABELS, Plan, User
from kinerja_desktop.domain.workflow import ROLE_LABELS, STATUS_LABELS, STATUSES
from kinerja_desktop.services.reads import lookups, workflow_status
from kinerja_desktop.ui.i18n import domain_text

APP_NAME = "Kinerja Desktop"


def window_title(plan: Plan, year: int, quarter: int, user: User | None) -> str:
    """Kinerja Desktop — Kabupaten Soppeng · RPJMD 2021-2026 · 2026 TW IV · Nama Pengguna"""
    parts = [plan.region_name, plan.name, f"{year} {domain_text(QUARTER_LABELS[quarter])}"]
    if user is not None:
        parts.append(user.full_name)
    return f"{APP_NAME} — " + " · ".join(parts)


def user_text(user: User | None, agency_code: str | None = None) -> str:
    if user is None:
        return "Belum masuk"
    role = domain_text(ROLE_LABELS.get(user.role, user.role))
    return f"{user.full_name} · {role}" + (f" {agency_code}" if agency_code else "")


def quarter_status_text(db, user: User | None, year: int, quarter: int) -> str:
    """An operator sees the status of their OPD's quarter; everyone else a count over all OPD."""
    label = f"{year} {domain_text(QUARTER_LABELS[quarter])}"
    if user is not None and user.role == "operator" and user.agency_id is not None:
        status = workflow_status(db, user.agency_id, year, quarter)
        return f"Status {label}: {domain_text(STATUS_LABELS[status])}"
    total, counts = lookups.quarter_status_counts(db, year, quarter)
    counts["draft"] = total - sum(v for k, v in counts.items() if k != "draft")
    shown = [f"{domain_text(STATUS_LABELS[s])} {counts[s]}" for s in STATUSES if counts.get(s)]
    return f"Status {label} ({total} OPD): " + ", ".join(shown)
