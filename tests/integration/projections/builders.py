"""Facts recorded through the application's commands, and full dumps of the read models."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from uuid import UUID

from domain.application import Recul
from domain.base import CommandContext
from projections.actions.view import ActionFilter
from projections.factory import ReadModels
from projections.incidents.view import IncidentFilter

CTX = CommandContext(actor="claire")
T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
ALL = 100_000


def declare(
    app: Recul,
    title: str = "Checkout is down",
    *,
    severity: str = "SEV2",
    services: tuple[str, ...] = ("checkout-api",),
    started_at: datetime = T0,
) -> UUID:
    incident = app.declare_incident(
        CTX, title=title, severity=severity, services=list(services), started_at=started_at
    )
    return incident.id


def resolve(
    app: Recul, incident_id: UUID, *, started_at: datetime = T0, detector: str = "lisa"
) -> None:
    """Detected, mitigated and resolved, 5 minutes apart from ``started_at``."""
    at = started_at + timedelta(minutes=5)
    app.record_detection(CTX, incident_id, at=at, by=detector, channel="MONITORING")
    app.mitigate_incident(CTX, incident_id, at=at + timedelta(minutes=5))
    app.resolve_incident(CTX, incident_id, at=at + timedelta(minutes=10))


@dataclass(frozen=True)
class Planned:
    owner: str | None = "bob"
    due: date | None = date(2026, 4, 1)


def actions(app: Recul, incident_id: UUID, *plans: Planned) -> list[UUID]:
    """One root cause of the incident and an action per plan (committed when it has a due date)."""
    cause = app.open_root_cause(CTX, incident_id, problem="Deploys skip the canary stage.")
    ids = []
    for n, plan in enumerate(plans):
        action = app.propose_action(CTX, cause.id, text=f"Action {n} of {incident_id}")
        if plan.due is not None:
            app.commit_action(
                CTX, action.id, owner=plan.owner, due_date=plan.due, success_criterion="Done."
            )
        ids.append(action.id)
    return ids


def dump(app: Recul, read_models: ReadModels) -> dict[str, Any]:
    """Every row of every read model, and each position."""
    incidents = read_models.incidents.search(IncidentFilter(), first=ALL).rows
    return {
        "incidents": incidents,
        "actions": read_models.actions.search(ActionFilter(), first=ALL).rows,
        "people": read_models.people.roles(),
        "postmortems": read_models.postmortems.get_many([i.id for i in incidents]),
        "positions": {
            name: view.max_tracking_id(app.name) for name, view in read_models.by_name().items()
        },
    }
