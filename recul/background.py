"""The background side as the API sees it: digests and dead letters, adapted from workers/.

The API may not import workers/ (layer contract); this adapter is the composition
root's bridge. Its methods block (database, Redis): the API calls them from a thread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

import dramatiq

from api.background import DeadLetterData, OverdueData, TeamDigestData
from domain.application import Recul
from domain.schedules.calendar import WorkingCalendar
from workers.dead_letters import list_dead_letters, retry_dead_letter
from workers.digest import monthly_digest
from workers.outbox import Outbox


@dataclass(frozen=True)
class WorkersBackground:
    """Digests from the outbox and the people registry; dead letters from the broker."""

    app: Recul
    outbox: Outbox
    broker: dramatiq.Broker
    calendar: WorkingCalendar

    def monthly_digest(self, year: int, month: int) -> list[TeamDigestData]:
        self.outbox.catch_up(self.app)
        digests = monthly_digest(
            self.outbox, self.app.people(), year, month, datetime.now(UTC), calendar=self.calendar
        )
        return [
            TeamDigestData(
                team=d.team,
                opened=d.opened,
                completed=d.completed,
                verified=d.verified,
                overdue=[
                    OverdueData(o.action_id, o.text, o.owner, o.days_overdue)
                    for o in d.overdue
                    if o.action_id is not None
                ],
                late_postmortems=list(d.late_postmortems),
            )
            for d in digests
        ]

    def dead_letters(self) -> list[DeadLetterData]:
        return [
            DeadLetterData(
                id=letter.id,
                actor=letter.actor,
                queue=letter.queue,
                args_json=json.dumps({"args": list(letter.args), "kwargs": letter.kwargs}),
                failed_at=letter.failed_at or datetime.fromtimestamp(0, UTC),
                error=letter.error,
            )
            for letter in list_dead_letters(self.broker)
        ]

    def retry_dead_letter(self, message_id: str) -> bool:
        return retry_dead_letter(self.broker, message_id)
