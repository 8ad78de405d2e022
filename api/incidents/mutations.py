"""Mutations on an incident's lifecycle: declare, detect, respond, mitigate, resolve, impact."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from uuid import UUID

import strawberry

from api.context import Info
from api.ids import from_global_id
from api.incidents.types import DetectionChannel, Language, Severity
from api.payloads import IncidentPayload, incident_payload
from domain import values as v
from domain.base import CommandContext
from domain.incidents.model import Incident


@strawberry.input
class DeclareIncidentInput:
    title: str
    severity: Severity
    services: list[str]
    started_at: datetime
    language: Language = v.Language.EN


@strawberry.input
class RecordDetectionInput:
    incident_id: strawberry.ID
    at: datetime
    by: str
    channel: DetectionChannel
    expected_version: int | None = None


@strawberry.input
class AddResponderInput:
    incident_id: strawberry.ID
    responder: str
    expected_version: int | None = None


@strawberry.input
class MitigateIncidentInput:
    incident_id: strawberry.ID
    at: datetime
    expected_version: int | None = None


@strawberry.input
class ResolveIncidentInput:
    incident_id: strawberry.ID
    at: datetime
    expected_version: int | None = None


@strawberry.input
class AssessImpactInput:
    incident_id: strawberry.ID
    users_affected_pct: float
    users_affected_count: int
    duration_minutes: int
    revenue_amount: Decimal | None = None
    revenue_currency: str | None = None
    reputation: str = ""
    sla_breached: bool = False
    sla_note: str = ""
    expected_version: int | None = None


def incident_uuid(global_id: str) -> UUID:
    return from_global_id(global_id, "Incident", "incidentId")


@strawberry.type
class IncidentMutations:
    @strawberry.mutation
    async def declare_incident(self, info: Info, input: DeclareIncidentInput) -> IncidentPayload:
        """Open a new incident."""

        def run(c: CommandContext) -> Incident:
            return info.context.app.declare_incident(
                c,
                title=input.title,
                severity=input.severity.value,
                services=input.services,
                started_at=input.started_at,
                language=input.language.value,
            )

        return await incident_payload(info, run)

    @strawberry.mutation
    async def record_detection(self, info: Info, input: RecordDetectionInput) -> IncidentPayload:
        """Record who detected the incident, when, and through which channel."""
        return await incident_payload(
            info,
            lambda c: info.context.app.record_detection(
                c,
                incident_uuid(input.incident_id),
                at=input.at,
                by=input.by,
                channel=input.channel.value,
                expected_version=input.expected_version,
            ),
        )

    @strawberry.mutation
    async def add_responder(self, info: Info, input: AddResponderInput) -> IncidentPayload:
        """Name one more person who responded."""
        return await incident_payload(
            info,
            lambda c: info.context.app.add_responder(
                c,
                incident_uuid(input.incident_id),
                responder=input.responder,
                expected_version=input.expected_version,
            ),
        )

    @strawberry.mutation
    async def mitigate_incident(self, info: Info, input: MitigateIncidentInput) -> IncidentPayload:
        """Record when the impact stopped growing."""
        return await incident_payload(
            info,
            lambda c: info.context.app.mitigate_incident(
                c,
                incident_uuid(input.incident_id),
                at=input.at,
                expected_version=input.expected_version,
            ),
        )

    @strawberry.mutation
    async def resolve_incident(self, info: Info, input: ResolveIncidentInput) -> IncidentPayload:
        """Record when the incident was resolved."""
        return await incident_payload(
            info,
            lambda c: info.context.app.resolve_incident(
                c,
                incident_uuid(input.incident_id),
                at=input.at,
                expected_version=input.expected_version,
            ),
        )

    @strawberry.mutation
    async def assess_impact(self, info: Info, input: AssessImpactInput) -> IncidentPayload:
        """Quantify the impact; a new assessment supersedes the previous one."""
        return await incident_payload(
            info,
            lambda c: info.context.app.assess_impact(
                c,
                incident_uuid(input.incident_id),
                users_affected_pct=input.users_affected_pct,
                users_affected_count=input.users_affected_count,
                duration_minutes=input.duration_minutes,
                revenue_amount=input.revenue_amount,
                revenue_currency=input.revenue_currency,
                reputation=input.reputation,
                sla_breached=input.sla_breached,
                sla_note=input.sla_note,
                expected_version=input.expected_version,
            ),
        )
