"""The Timeline type: an incident's factual entries, corrections counted."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

import strawberry

from api.ids import to_global_id
from domain import values as v
from domain.timeline.model import Entry
from domain.timeline.model import Timeline as TimelineAggregate

TimelineSource = v.TimelineSource
strawberry.enum(
    TimelineSource, name="TimelineSource"
)  # registers the domain enum under its GraphQL name


@strawberry.type
class TimelineEntry:
    """What happened, when, by whom; ``corrections`` counts the corrections it received."""

    id: strawberry.ID
    at: datetime
    actor: str
    text: str
    source: TimelineSource
    corrections: int

    @classmethod
    def from_entry(cls, e: Entry) -> TimelineEntry:
        return cls(
            id=to_global_id("TimelineEntry", e.id),
            at=e.at,
            actor=e.actor,
            text=e.text,
            source=e.source,
            corrections=e.corrections,
        )

    @classmethod
    def from_data(cls, d: dict[str, Any]) -> TimelineEntry:
        return cls(
            id=to_global_id("TimelineEntry", UUID(d["id"])),
            at=datetime.fromisoformat(d["at"]),
            actor=d["actor"],
            text=d["text"],
            source=v.TimelineSource(d["source"]),
            corrections=d["corrections"],
        )


@strawberry.type
class Timeline:
    """The timeline of one incident; ``version`` is what ``expectedVersion`` refers to."""

    incident_id: strawberry.ID
    version: int
    entries: list[TimelineEntry]

    @classmethod
    def from_aggregate(cls, timeline: TimelineAggregate) -> Timeline:
        return cls(
            incident_id=to_global_id("Incident", timeline.incident_id),
            version=timeline.version,
            entries=[TimelineEntry.from_entry(e) for e in timeline.entries],
        )
