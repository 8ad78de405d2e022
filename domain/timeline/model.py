"""The Timeline aggregate: what happened, when, by whom; corrections keep the original."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from uuid import NAMESPACE_URL, UUID, uuid4, uuid5

from eventsourcing.domain import event

from domain import values as v
from domain.base import RecordedAggregate
from domain.errors import InvalidInputError, NotFoundError

MAX_ENTRIES = 2_000


@dataclass(frozen=True)
class Entry(v.Immutable):
    id: UUID
    at: datetime
    actor: str
    text: str
    source: v.TimelineSource
    corrections: int = 0


def timeline_id(incident_id: UUID) -> UUID:
    """Each incident has exactly one timeline, found without a lookup."""
    return uuid5(NAMESPACE_URL, f"recul:timeline:{incident_id}")


class Timeline(RecordedAggregate):
    """The factual timeline of one incident."""

    @staticmethod
    def create_id(incident_id: UUID) -> UUID:
        return timeline_id(incident_id)

    @event("Started")
    def __init__(self, incident_id: UUID) -> None:
        self.incident_id = incident_id
        self._entries: dict[UUID, Entry] = {}

    @property
    def entries(self) -> list[Entry]:
        """Entries in time order; entries at the same time keep the order they were added."""
        return sorted(self._entries.values(), key=lambda e: e.at)

    def entry(self, entry_id: UUID) -> Entry:
        try:
            return self._entries[entry_id]
        except KeyError:
            raise NotFoundError(
                f"No timeline entry {entry_id} in this timeline.", field="entryId"
            ) from None

    def add_entry(self, *, at: datetime, actor: str, text: str, source: str = "MANUAL") -> UUID:
        if len(self._entries) >= MAX_ENTRIES:
            raise InvalidInputError(f"A timeline holds at most {MAX_ENTRIES} entries.")
        entry_id = uuid4()
        self._entry_added(
            entry_id=entry_id,
            at=v.aware(at, "at"),
            actor=v.handle(actor, "actor"),
            text=v.text(text, "text"),
            source=v.choice(v.TimelineSource, source, "source").value,
        )
        return entry_id

    @event("EntryAdded")
    def _entry_added(
        self, entry_id: UUID, at: datetime, actor: str, text: str, source: str
    ) -> None:
        self._entries[entry_id] = Entry(entry_id, at, actor, text, v.TimelineSource(source))

    def correct_entry(
        self,
        *,
        entry_id: UUID,
        reason: str,
        at: datetime | None = None,
        actor: str | None = None,
        text: str | None = None,
    ) -> None:
        current = self.entry(entry_id)
        corrected = replace(
            current,
            at=current.at if at is None else v.aware(at, "at"),
            actor=current.actor if actor is None else v.handle(actor, "actor"),
            text=current.text if text is None else v.text(text, "text"),
        )
        if corrected == current:
            raise InvalidInputError("A correction must change the time, the actor or the text.")
        self._entry_corrected(
            entry_id=entry_id,
            at=corrected.at,
            actor=corrected.actor,
            text=corrected.text,
            reason=v.text(reason, "reason"),
        )

    @event("EntryCorrected")
    def _entry_corrected(
        self,
        entry_id: UUID,
        at: datetime,
        actor: str,
        text: str,
        reason: str,
    ) -> None:
        old = self._entries[entry_id]
        self._entries[entry_id] = replace(
            old, at=at, actor=actor, text=text, corrections=old.corrections + 1
        )
