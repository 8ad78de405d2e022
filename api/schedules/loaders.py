"""When an action was committed (or last rescheduled) and completed: its reminders start there.

The actions read model does not keep these times, so they come from the action's own
events in the store, batched per request (one thread hop per batch of actions).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from starlette.concurrency import run_in_threadpool
from strawberry.dataloader import DataLoader

from domain.application import Recul
from projections import events as ev


@dataclass(frozen=True)
class ReminderTimes:
    since: datetime | None  # committed, or last rescheduled
    completed_at: datetime | None


def reminder_times(app: Recul, action_ids: Sequence[UUID]) -> dict[UUID, ReminderTimes]:
    """The times of each action's Committed/Rescheduled and Completed events (blocking)."""
    return {action_id: _times(app, action_id) for action_id in action_ids}


def _times(app: Recul, action_id: UUID) -> ReminderTimes:
    since = completed_at = None
    for event in app.events.get(action_id):
        if isinstance(event, ev.ActionCommitted | ev.ActionRescheduled):
            since = event.timestamp
        elif isinstance(event, ev.ActionCompleted):
            completed_at = event.timestamp
    return ReminderTimes(since=since, completed_at=completed_at)


def reminder_times_loader(app: Recul) -> DataLoader[UUID, ReminderTimes]:
    async def load(keys: list[UUID]) -> list[ReminderTimes]:
        found = await run_in_threadpool(reminder_times, app, keys)
        return [found[k] for k in keys]

    return DataLoader(load_fn=load)
