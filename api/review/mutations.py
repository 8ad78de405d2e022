"""Mutations of the review: facilitator, meeting, what went well, lessons, publication."""

from __future__ import annotations

from datetime import datetime

import strawberry

from api.context import Info
from api.incidents.mutations import incident_uuid
from api.payloads import IncidentPayload, incident_payload
from api.review.types import Audience


@strawberry.input
class AssignFacilitatorInput:
    incident_id: strawberry.ID
    facilitator: str
    expected_version: int | None = None


@strawberry.input
class ScheduleReviewInput:
    incident_id: strawberry.ID
    at: datetime
    duration_minutes: int
    expected_version: int | None = None


@strawberry.input
class RecordReviewInput:
    incident_id: strawberry.ID
    held_at: datetime
    duration_minutes: int
    attendees: list[str]
    notes: str = ""
    expected_version: int | None = None


@strawberry.input
class RecordWentWellInput:
    incident_id: strawberry.ID
    text: str
    expected_version: int | None = None


@strawberry.input
class RecordLessonInput:
    incident_id: strawberry.ID
    text: str
    audience: Audience
    expected_version: int | None = None


@strawberry.input
class PublishPostmortemInput:
    incident_id: strawberry.ID
    at: datetime | None = None
    expected_version: int | None = None


@strawberry.input
class AcknowledgeFindingInput:
    incident_id: strawberry.ID
    finding_id: str = strawberry.field(description="The id from postmortem.blamelessCheck.")
    reason: str = strawberry.field(description="Why the words stay (e.g. a quotation).")
    expected_version: int | None = None


@strawberry.type
class ReviewMutations:
    @strawberry.mutation
    async def assign_facilitator(
        self, info: Info, input: AssignFacilitatorInput
    ) -> IncidentPayload:
        """Name the neutral facilitator of the review."""
        return await incident_payload(
            info,
            lambda c: info.context.app.assign_facilitator(
                c,
                incident_uuid(input.incident_id),
                facilitator=input.facilitator,
                expected_version=input.expected_version,
            ),
        )

    @strawberry.mutation
    async def schedule_review(self, info: Info, input: ScheduleReviewInput) -> IncidentPayload:
        """Schedule (or move) the review meeting."""
        return await incident_payload(
            info,
            lambda c: info.context.app.schedule_review(
                c,
                incident_uuid(input.incident_id),
                at=input.at,
                duration_minutes=input.duration_minutes,
                expected_version=input.expected_version,
            ),
        )

    @strawberry.mutation
    async def record_review(self, info: Info, input: RecordReviewInput) -> IncidentPayload:
        """Record that the review was held."""
        return await incident_payload(
            info,
            lambda c: info.context.app.record_review(
                c,
                incident_uuid(input.incident_id),
                held_at=input.held_at,
                duration_minutes=input.duration_minutes,
                attendees=input.attendees,
                notes=input.notes,
                expected_version=input.expected_version,
            ),
            [("notes", "review_note", input.notes)],
        )

    @strawberry.mutation
    async def record_went_well(self, info: Info, input: RecordWentWellInput) -> IncidentPayload:
        """Record something that went well."""
        return await incident_payload(
            info,
            lambda c: info.context.app.record_went_well(
                c,
                incident_uuid(input.incident_id),
                text=input.text,
                expected_version=input.expected_version,
            ),
            [("text", "review_note", input.text)],
        )

    @strawberry.mutation
    async def record_lesson(self, info: Info, input: RecordLessonInput) -> IncidentPayload:
        """Record a lesson and who it is for."""
        return await incident_payload(
            info,
            lambda c: info.context.app.record_lesson(
                c,
                incident_uuid(input.incident_id),
                text=input.text,
                audience=input.audience.value,
                expected_version=input.expected_version,
            ),
            [("text", "lesson", input.text)],
        )

    @strawberry.mutation
    async def publish_postmortem(
        self, info: Info, input: PublishPostmortemInput
    ) -> IncidentPayload:
        """Publish the reviewed post-mortem (every root cause identified, with an action)."""
        return await incident_payload(
            info,
            lambda c: info.context.app.publish_postmortem(
                c,
                incident_uuid(input.incident_id),
                at=input.at,
                expected_version=input.expected_version,
            ),
        )

    @strawberry.mutation
    async def acknowledge_finding(
        self, info: Info, input: AcknowledgeFindingInput
    ) -> IncidentPayload:
        """Keep one blame finding on purpose, saying why; it no longer blocks publication."""
        return await incident_payload(
            info,
            lambda c: info.context.app.acknowledge_finding(
                c,
                incident_uuid(input.incident_id),
                finding_id=input.finding_id,
                reason=input.reason,
                expected_version=input.expected_version,
            ),
            [("reason", "review_note", input.reason)],
        )
