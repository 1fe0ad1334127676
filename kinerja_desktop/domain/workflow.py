"""Workflow of an OPD's quarter: Draft -> Diajukan -> Diverifikasi -> Dikunci, and who may do what."""
from __future__ import annotations

STATUSES = ("draft", "submitted", "verified", "locked")
STATUS_LABELS = {"draft": "Draf", "submitted": "Diajukan", "verified": "Diverifikasi", "locked": "Dikunci"}
ROLES = ("administrator", "planner", "operator", "viewer")
ROLE_LABELS = {"administrator": "Administrator", "planner": "Perencana", "operator": "Operator OPD", "viewer": "Peninjau"}

# (from, to) -> roles allowed, and whether a reason is required.
TRANSITIONS: dict[tuple[str, str], tuple[frozenset[str], bool]] = {
    ("draft", "submitted"): (frozenset({"operator", "planner", "administrator"}), False),
    ("submitted", "draft"): (frozenset({"planner", "administrator"}), True),      # returned to the OPD
    ("submitted", "verified"): (frozenset({"planner", "administrator"}), False),
    ("verified", "draft"): (frozenset({"planner", "administrator"}), True),
    ("verified", "locked"): (frozenset({"planner", "administrator"}), False),
    ("locked", "verified"): (frozenset({"administrator"}), True),                 # unlock
}


class WorkflowError(Exception):
    """A step that is not allowed; the message is Indonesian."""


def check_transition(role: str, old: str, new: str, reason: str = "", own_agency: bool = True) -> None:
    rule = TRANSITIONS.get((old, new))
    if rule is None:
        raise WorkflowError(f"Status tidak dapat diubah dari {STATUS_LABELS[old]} ke {STATUS_LABELS[new]}.")
    roles, needs_reason = rule
    if role not in roles:
        raise WorkflowError(
            f"Peran {ROLE_LABELS.get(role, role)} tidak boleh mengubah status {STATUS_LABELS[old]} "
            f"menjadi {STATUS_LABELS[new]}."
        )
    if role == "operator" and not own_agency:
        raise WorkflowError("Operator hanya dapat mengajukan data OPD-nya sendiri.")
    if needs_reason and not reason.strip():
        raise WorkflowError("Tuliskan alasan perubahan status ini.")


def can_edit(role: str, status: str, own_agency: bool) -> bool:
    """Whether values of a quarter may be changed. A locked quarter: by nobody."""
    if status == "locked" or role == "viewer":
        return False
    if role == "operator":
        return own_agency and status == "draft"
    return role in ("planner", "administrator")


def edit_refusal(role: str, status: str, own_agency: bool) -> str:
    if status == "locked":
        return "Triwulan ini sudah dikunci; administrator dapat membukanya dengan alasan."
    if role == "viewer":
        return "Peran Peninjau hanya dapat melihat data."
    if role == "operator" and not own_agency:
        return "Operator hanya dapat mengubah indikator OPD-nya sendiri."
    if role == "operator":
        return f"Data triwulan ini berstatus {STATUS_LABELS[status]}; operator hanya dapat mengubah Draf."
    return ""
