"""The actions board: filtered, keyset-paginated, with counts by status."""

from __future__ import annotations

from datetime import UTC, date, datetime
from uuid import UUID

import strawberry
from starlette.concurrency import run_in_threadpool

from api.actions.types import Action, ActionStatus
from api.context import Info
from api.ids import from_global_id
from api.pagination import PageInfo, check_first, decode_cursor, encode_cursor
from domain.errors import InvalidInputError
from projections.actions.view import ActionCursor, ActionFilter, ActionRow


@strawberry.type
class ActionEdge:
    node: Action
    cursor: str


@strawberry.type
class StatusCount:
    status: ActionStatus
    count: int


@strawberry.type
class ActionConnection:
    edges: list[ActionEdge]
    page_info: PageInfo
    filter: strawberry.Private[ActionFilter]

    @strawberry.field
    async def counts_by_status(self, info: Info) -> list[StatusCount]:
        """How many actions of each status match the filter (its status part ignored)."""
        counts = await run_in_threadpool(
            info.context.read_models.actions.counts_by_status, self.filter
        )
        return [StatusCount(status=ActionStatus(s), count=n) for s, n in sorted(counts.items())]


@strawberry.input
class ActionFilterInput:
    status: list[ActionStatus] | None = None
    owner: str | None = None
    incident_id: strawberry.ID | None = None
    due_before: date | None = None
    overdue: bool = strawberry.field(
        default=False, description="Only open actions whose due date is past (today, UTC)."
    )


def to_filter(given: ActionFilterInput | None) -> ActionFilter:
    f = given or ActionFilterInput()
    incident = from_global_id(f.incident_id, "Incident", "incidentId") if f.incident_id else None
    return ActionFilter(
        statuses=tuple(s.value for s in f.status or ()),
        owner=f.owner,
        incident_id=incident,
        due_before=f.due_before,
        overdue_on=datetime.now(UTC).date() if f.overdue else None,
    )


def to_cursor(after: str | None) -> ActionCursor | None:
    if after is None:
        return None
    due, raw_id = decode_cursor(after, 2)
    try:
        return (date.fromisoformat(due) if due else None), UUID(raw_id)
    except (TypeError, ValueError):
        raise InvalidInputError(f"{after!r} is not an actions cursor.", field="after") from None


def edge(row: ActionRow) -> ActionEdge:
    due = row.due_date.isoformat() if row.due_date else None
    return ActionEdge(node=Action.from_row(row), cursor=encode_cursor(due, str(row.id)))


@strawberry.type
class ActionQueries:
    @strawberry.field
    async def actions(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        filter: ActionFilterInput | None = None,
    ) -> ActionConnection:
        """Actions, due soonest first, filtered by status, owner, incident, due date, overdue."""
        size = check_first(first, info.context.limits.max_page_size)
        f = to_filter(filter)
        page = await run_in_threadpool(
            lambda: info.context.read_models.actions.search(f, first=size, after=to_cursor(after))
        )
        edges = [edge(row) for row in page.rows]
        end = edges[-1].cursor if edges else None
        info_ = PageInfo(has_next_page=page.has_next, end_cursor=end)
        return ActionConnection(edges=edges, page_info=info_, filter=f)
