"""The Incident type, built from the read model's row or from the aggregate itself."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated
from uuid import UUID

import strawberry

from api.context import Info
from api.ids import to_global_id
from api.node import Node
from api.schedules.types import ReviewWindow
from domain import values as v
from domain.incidents.model import Incident as IncidentAggregate
from domain.incidents.model import Status
from domain.schedules.review import review_window

if TYPE_CHECKING:
    from api.actions.types import Action
    from projections.incidents.view import IncidentRow

Severity = v.Severity
strawberry.enum(Severity, name="Severity")  # registers the domain enum under its GraphQL name
IncidentStatus = Status
strawberry.enum(
    IncidentStatus, name="IncidentStatus"
)  # registers the domain enum under its GraphQL name
Language = v.Language
strawberry.enum(Language, name="Language")  # registers the domain enum under its GraphQL name
DetectionChannel = v.DetectionChannel
strawberry.enum(
    DetectionChannel, name="DetectionChannel"
)  # registers the domain enum under its GraphQL name


@strawberry.type
class PersonRole:
    """Someone named by an incident, in one role (RESPONDER, DETECTOR, FACILITATOR, OWNER)."""

    handle: str
    role: str


@strawberry.type
class Incident(Node):
    """An incident, from declaration to its published post-mortem."""

    uuid: strawberry.Private[UUID]
    version: int
    title: str
    status: IncidentStatus
    severity: Severity
    language: Language
    services: list[str]
    started_at: datetime
    detected_at: datetime | None
    detected_by: str | None
    resolved_at: datetime | None
    published_at: datetime | None
    facilitator: str | None
    review_scheduled_at: datetime | None = strawberry.field(
        description="When the review meeting is (or was) scheduled."
    )
    review_duration_minutes: int | None = strawberry.field(
        description="The review's planned length, or its real length once held."
    )
    flagged_late_at: datetime | None = strawberry.field(
        description="When the post-mortem was flagged late: its review window closed unscheduled."
    )

    @strawberry.field
    def review_window(self, info: Info) -> ReviewWindow | None:
        """When the review should be held, in the team's calendar; null until resolved."""
        if self.resolved_at is None:
            return None
        opens, closes = review_window(self.resolved_at, info.context.calendar)
        return ReviewWindow(opens=opens, closes=closes)

    @strawberry.field
    async def actions(
        self, info: Info
    ) -> list[Annotated[Action, strawberry.lazy("api.actions.types")]]:
        """The incident's actions, due soonest first."""
        from api.actions.types import Action  # noqa: PLC0415 - the two types refer to each other

        rows = await info.context.loaders.actions_of_incident.load(self.uuid)
        return [Action.from_row(row) for row in rows]

    @strawberry.field
    async def people(self, info: Info) -> list[PersonRole]:
        """Everyone the incident names, with their roles."""
        roles = await info.context.loaders.people_of_incident.load(self.uuid)
        return [PersonRole(handle=r.handle, role=r.role) for r in roles]

    @classmethod
    def from_row(cls, row: IncidentRow) -> Incident:
        return cls(
            id=to_global_id("Incident", row.id),
            uuid=row.id,
            version=row.version,
            title=row.title,
            status=Status(row.status),
            severity=v.Severity(row.severity),
            language=v.Language(row.language),
            services=list(row.services),
            started_at=row.started_at,
            detected_at=row.detected_at,
            detected_by=row.detected_by,
            resolved_at=row.resolved_at,
            published_at=row.published_at,
            facilitator=row.facilitator,
            review_scheduled_at=row.review_at,
            review_duration_minutes=row.review_minutes,
            flagged_late_at=row.flagged_late_at,
        )

    @classmethod
    def from_aggregate(cls, incident: IncidentAggregate) -> Incident:
        return cls(
            id=to_global_id("Incident", incident.id),
            uuid=incident.id,
            version=incident.version,
            title=incident.title,
            status=incident.status,
            severity=incident.severity,
            language=incident.language,
            services=list(incident.services),
            started_at=incident.started_at,
            detected_at=incident.detected_at,
            detected_by=incident.detected_by,
            resolved_at=incident.resolved_at,
            published_at=incident.published_at,
            facilitator=incident.facilitator,
            review_scheduled_at=incident.review_at,
            review_duration_minutes=incident.review_minutes,
            flagged_late_at=incident.flagged_late_at,
        )
