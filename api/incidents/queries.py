"""Incident queries: the filtered, keyset-paginated list and one incident."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import strawberry
from starlette.concurrency import run_in_threadpool

from api.context import Info
from api.ids import from_global_id
from api.incidents.types import Incident, IncidentStatus, Severity
from api.pagination import PageInfo, check_first, decode_cursor, encode_cursor
from domain.errors import InvalidInputError, NotFoundError
from domain.values import aware
from projections.incidents.view import IncidentCursor, IncidentFilter, IncidentRow


@strawberry.type
class IncidentEdge:
    node: Incident
    cursor: str


@strawberry.type
class IncidentConnection:
    edges: list[IncidentEdge]
    page_info: PageInfo


@strawberry.input
class IncidentFilterInput:
    status: list[IncidentStatus] | None = None
    severity: list[Severity] | None = None
    service: str | None = None
    started_from: datetime | None = None
    started_until: datetime | None = None
    text: str | None = None


def to_filter(given: IncidentFilterInput | None) -> IncidentFilter:
    f = given or IncidentFilterInput()
    return IncidentFilter(
        statuses=tuple(s.value for s in f.status or ()),
        severities=tuple(s.value for s in f.severity or ()),
        service=f.service,
        started_from=aware(f.started_from, "startedFrom") if f.started_from else None,
        started_until=aware(f.started_until, "startedUntil") if f.started_until else None,
        text=f.text,
    )


def to_cursor(after: str | None) -> IncidentCursor | None:
    if after is None:
        return None
    started_at, raw_id = decode_cursor(after, 2)
    try:
        return datetime.fromisoformat(started_at), UUID(raw_id)
    except (TypeError, ValueError):
        raise InvalidInputError(f"{after!r} is not an incidents cursor.", field="after") from None


def edge(row: IncidentRow) -> IncidentEdge:
    cursor = encode_cursor(row.started_at.isoformat(), str(row.id))
    return IncidentEdge(node=Incident.from_row(row), cursor=cursor)


@strawberry.type
class IncidentQueries:
    @strawberry.field
    async def incidents(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        filter: IncidentFilterInput | None = None,
    ) -> IncidentConnection:
        """Incidents, newest first, filtered by status, severity, service, dates and title text."""
        size = check_first(first, info.context.limits.max_page_size)
        page = await run_in_threadpool(
            lambda: info.context.read_models.incidents.search(
                to_filter(filter), first=size, after=to_cursor(after)
            )
        )
        edges = [edge(row) for row in page.rows]
        end = edges[-1].cursor if edges else None
        return IncidentConnection(
            edges=edges, page_info=PageInfo(has_next_page=page.has_next, end_cursor=end)
        )

    @strawberry.field
    async def incident(self, info: Info, id: strawberry.ID) -> Incident:
        """One incident by its global id."""
        incident_id = from_global_id(id, "Incident")
        row = await info.context.loaders.incidents.load(incident_id)
        if row is None:
            raise NotFoundError(f"No incident with id {id}.", field="id")
        return Incident.from_row(row)
