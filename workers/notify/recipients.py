"""Who a reminder goes to, and whether it is still due, re-read from the aggregates."""

from __future__ import annotations

from datetime import datetime

from domain.actions.model import Action, ActionStatus
from domain.application import Recul
from domain.incidents.model import Incident, Status
from domain.schedules.calendar import WorkingCalendar
from domain.schedules.reminders import action_reminders, review_reminder

INCIDENT_KINDS = frozenset({"REVIEW_PROPOSAL", "REVIEW_TOMORROW", "LATE"})
OPEN_KINDS = frozenset({"BEFORE_DUE", "DUE_TODAY", "OVERDUE", "ESCALATION"})
WORKING = frozenset({ActionStatus.COMMITTED, ActionStatus.STARTED})


def still_due(
    kind: str,
    at: datetime | None,
    incident: Incident,
    action: Action | None,
    *,
    calendar: WorkingCalendar,
    before_days: int,
) -> bool:
    """False when the state moved on since the reminder fell due (done, moved, cancelled)."""
    if kind in {"REVIEW_PROPOSAL", "LATE"}:
        return incident.status is Status.RESOLVED
    if kind == "REVIEW_TOMORROW":
        return _review_still_tomorrow(incident, at, calendar)
    if action is None:
        return False
    if kind == "UNVERIFIED":
        return action.status is ActionStatus.COMPLETED
    if kind in OPEN_KINDS and action.status in WORKING:
        return at is None or _in_schedule(kind, at, action, calendar, before_days)
    return False


def _review_still_tomorrow(
    incident: Incident, at: datetime | None, calendar: WorkingCalendar
) -> bool:
    if incident.status is not Status.REVIEW_SCHEDULED or incident.review_at is None:
        return False
    return at is None or review_reminder(incident.review_at, calendar).at == at


def _in_schedule(
    kind: str, at: datetime, action: Action, calendar: WorkingCalendar, before_days: int
) -> bool:
    # A rescheduled action has new reminders: one keyed on the old due date is stale.
    reminders = action_reminders(
        action.due_date, action.status, at, before_days=before_days, calendar=calendar
    )
    return any(r.kind == kind and r.at == at for r in reminders)


def recipients(
    app: Recul, role: str, kind: str, incident: Incident, action: Action | None
) -> list[str]:
    """Handles to notify, without duplicates, in a stable order."""
    handles = _by_role(app, role, kind, incident, action)
    unique: dict[str, str] = {}
    for handle in handles:
        unique.setdefault(handle.casefold(), handle)
    return list(unique.values())


def _by_role(
    app: Recul, role: str, kind: str, incident: Incident, action: Action | None
) -> list[str]:
    owner = [action.owner] if action is not None and action.owner else []
    facilitator = [incident.facilitator] if incident.facilitator else []
    detector = [incident.detected_by] if incident.detected_by else []
    by_role = {
        "OWNER": owner,
        "ATTENDEES": facilitator + list(incident.responders) + detector,
        "RESPONDERS": list(incident.responders),
    }
    if kind == "REVIEW_PROPOSAL":
        # The facilitator (or, before one is named, whoever assigns one: the responders'
        # managers where the registry knows them) and the responders.
        assigners = [] if facilitator else list(app.managers_of(incident.responders).values())
        return facilitator + assigners + list(incident.responders)
    if kind == "LATE":
        # Escalation of a review nobody scheduled: whoever can unblock it.
        managers = list(app.managers_of(incident.responders).values())
        return facilitator + (managers or list(incident.responders))
    if role in by_role:
        return by_role[role]
    # FACILITATOR, VERIFIER: the facilitator; before one is named, the people who can act.
    if facilitator:
        return facilitator
    return list(app.managers_of(owner).values()) or owner
