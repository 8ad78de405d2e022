"""Mutations on an incident's timeline: add an entry, correct one (the original stays)."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import strawberry

from api.context import Info
from api.ids import from_global_id
from api.incidents.mutations import incident_uuid
from api.payloads import TimelinePayload, timeline_payload
from api.timeline.types import TimelineSource
from domain import values as v
from domain.base import CommandContext
from domain.timeline.model import Timeline


@strawberry.input
class AddTimelineEntryInput:
    incident_id: strawberry.ID
    at: datetime
    actor: str
    text: str
    source: TimelineSource = v.TimelineSource.MANUAL
    expected_version: int | None = strawberry.field(
        default=None,
        description=(
            "The timeline's version: 0 before its first entry; the first entry takes it to 2 "
            "(the timeline is started, then the entry added)."
        ),
    )


@strawberry.input
class CorrectTimelineEntryInput:
    incident_id: strawberry.ID
    entry_id: strawberry.ID
    reason: str
    at: datetime | None = None
    actor: str | None = None
    text: str | None = None
    expected_version: int | None = None


@strawberry.type
class TimelineMutations:
    @strawberry.mutation
    async def add_timeline_entry(self, info: Info, input: AddTimelineEntryInput) -> TimelinePayload:
        """Add a factual entry to the incident's timeline."""
        return await timeline_payload(
            info,
            lambda c: info.context.app.add_timeline_entry(
                c,
                incident_uuid(input.incident_id),
                at=input.at,
                actor=input.actor,
                text=input.text,
                source=input.source.value,
                expected_version=input.expected_version,
            ),
            [("text", "timeline", input.text)],
        )

    @strawberry.mutation
    async def correct_timeline_entry(
        self, info: Info, input: CorrectTimelineEntryInput
    ) -> TimelinePayload:
        """Correct an entry; the original stays in the history."""

        def run(c: CommandContext) -> tuple[Timeline, UUID]:
            entry_id = from_global_id(input.entry_id, "TimelineEntry", "entryId")
            timeline = info.context.app.correct_timeline_entry(
                c,
                incident_uuid(input.incident_id),
                entry_id=entry_id,
                reason=input.reason,
                at=input.at,
                actor=input.actor,
                text=input.text,
                expected_version=input.expected_version,
            )
            return timeline, entry_id

        return await timeline_payload(info, run, [("text", "timeline", input.text)])
