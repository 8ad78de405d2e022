"""Commands on an incident's timeline."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from domain.base import CommandContext, acting
from domain.errors import ConflictError, NotFoundError
from domain.incidents.model import Incident
from domain.store import Store
from domain.timeline.model import Timeline, timeline_id


class TimelineCommands(Store):
    def add_timeline_entry(
        self,
        ctx: CommandContext,
        incident_id: UUID,
        *,
        at: datetime,
        actor: str,
        text: str,
        source: str = "MANUAL",
        expected_version: int | None = None,
    ) -> tuple[Timeline, UUID]:
        """Add a factual entry to the incident's timeline; returns the timeline and the entry id."""
        with acting(ctx):
            timeline = self.timeline_for_change(incident_id, expected_version)
            entry_id = timeline.add_entry(at=at, actor=actor, text=text, source=source)
            self.commit(timeline)
        return timeline, entry_id

    def correct_timeline_entry(
        self,
        ctx: CommandContext,
        incident_id: UUID,
        *,
        entry_id: UUID,
        reason: str,
        at: datetime | None = None,
        actor: str | None = None,
        text: str | None = None,
        expected_version: int | None = None,
    ) -> Timeline:
        """Correct an entry; the original stays in the history."""
        with acting(ctx):
            timeline = self.timeline_for_change(incident_id, expected_version)
            timeline.correct_entry(entry_id=entry_id, reason=reason, at=at, actor=actor, text=text)
            self.commit(timeline)
        return timeline

    def timeline_for_change(self, incident_id: UUID, expected_version: int | None) -> Timeline:
        self.load(Incident, incident_id).check_not_published()
        try:
            return self.load(Timeline, timeline_id(incident_id), expected_version)
        except NotFoundError:
            pass
        if expected_version not in (None, 0):
            raise ConflictError(
                f"The timeline has no entry yet (version 0), not version {expected_version}.",
                field="expectedVersion",
            )
        return Timeline(incident_id=incident_id)
