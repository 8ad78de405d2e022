"""History: every event of one aggregate, read from the log itself."""

from __future__ import annotations

import strawberry
from starlette.concurrency import run_in_threadpool

from api.context import Info
from api.history.types import HistoryEvent
from api.ids import parse_global_id
from domain.audit import history


@strawberry.type
class HistoryQueries:
    @strawberry.field
    async def history(self, info: Info, id: strawberry.ID) -> list[HistoryEvent]:
        """Every event of the object with this global id, oldest first."""
        # The log is the history: no read model could be more exact than the events.
        _, aggregate_id = parse_global_id(id)
        entries = await run_in_threadpool(history, info.context.app, aggregate_id)
        return [HistoryEvent.from_entry(e) for e in entries]
