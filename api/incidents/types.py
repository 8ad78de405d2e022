"""The Incident type, built from the read model's row or from the aggregate itself."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated
from uuid import UUID

import strawberry

from api.context import Info
from api.ids import to_global_id
from api.node import Node
from domain import values as v
from domain.incidents.model import Incident as IncidentAggregate
from domain.incidents.model import Status

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
        )
