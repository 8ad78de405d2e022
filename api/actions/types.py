"""The Action type, from the actions board's row or from the aggregate itself."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING
from uuid import UUID

import strawberry

from api.context import Info
from api.ids import to_global_id
from api.incidents.types import Incident
from api.node import Node
from api.schedules.types import Reminder
from domain import values as v
from domain.actions.model import Action as ActionAggregate
from domain.actions.model import ActionStatus as DomainActionStatus
from domain.schedules.reminders import next_reminder

# Only these states owe reminders; the others need no look at the action's history.
CHASED = frozenset(
    {DomainActionStatus.COMMITTED, DomainActionStatus.STARTED, DomainActionStatus.COMPLETED}
)

if TYPE_CHECKING:
    from projections.actions.view import ActionRow

ActionStatus = DomainActionStatus
strawberry.enum(
    ActionStatus, name="ActionStatus"
)  # registers the domain enum under its GraphQL name
TrackerSystem = v.TrackerSystem
strawberry.enum(
    TrackerSystem, name="TrackerSystem"
)  # registers the domain enum under its GraphQL name


@strawberry.type
class TrackerLink:
    """The action's issue in an external tracker."""

    system: TrackerSystem
    key: str
    url: str


@strawberry.type
class Action(Node):
    """A concrete change, owned and dated, verified against its success criterion."""

    uuid: strawberry.Private[UUID]
    incident_uuid: strawberry.Private[UUID]
    version: int
    root_cause_id: strawberry.ID
    text: str
    status: ActionStatus
    owner: str | None
    due_date: date | None
    success_criterion: str | None
    tracker: TrackerLink | None

    @strawberry.field
    async def incident(self, info: Info) -> Incident | None:
        """The incident the action comes from."""
        row = await info.context.loaders.incidents.load(self.incident_uuid)
        return None if row is None else Incident.from_row(row)

    @strawberry.field
    async def next_reminder(self, info: Info) -> Reminder | None:
        """The next reminder the workers will send about this action; null when none is owed."""
        if self.status not in CHASED:
            return None
        times = await info.context.reminder_times.load(self.uuid)
        found = next_reminder(
            self.due_date,
            self.status.value,
            datetime.now(UTC),
            before_days=info.context.reminder_days_before,
            calendar=info.context.calendar,
            completed_at=times.completed_at,
            since=times.since,
        )
        return None if found is None else Reminder.from_domain(found)

    @classmethod
    def from_row(cls, row: ActionRow) -> Action:
        tracker = None
        if row.tracker_system and row.tracker_key and row.tracker_url:
            system = v.TrackerSystem(row.tracker_system)
            tracker = TrackerLink(system=system, key=row.tracker_key, url=row.tracker_url)
        return cls(
            id=to_global_id("Action", row.id),
            uuid=row.id,
            incident_uuid=row.incident_id,
            version=row.version,
            root_cause_id=to_global_id("RootCause", row.root_cause_id),
            text=row.text,
            status=DomainActionStatus(row.status),
            owner=row.owner,
            due_date=row.due_date,
            success_criterion=row.success_criterion,
            tracker=tracker,
        )

    @classmethod
    def from_aggregate(cls, action: ActionAggregate) -> Action:
        link = action.tracker
        return cls(
            id=to_global_id("Action", action.id),
            uuid=action.id,
            incident_uuid=action.incident_id,
            version=action.version,
            root_cause_id=to_global_id("RootCause", action.root_cause_id),
            text=action.text,
            status=action.status,
            owner=action.owner,
            due_date=action.due_date,
            success_criterion=action.success_criterion,
            tracker=TrackerLink(system=link.system, key=link.key, url=link.url) if link else None,
        )
