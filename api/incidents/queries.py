"""Incident queries: the filtered, keyset-paginated list and one incident."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from uuid import UUID

import strawberry
from starlette.concurrency import run_in_threadpool

from api.context import Info
from api.ids import from_global_id
from api.incidents.types import Incident, IncidentStatus, Severity
from api.pagination import PageInfo, check_first, decode_cursor, encode_cursor
from domain.errors import InvalidInputError, NotFoundError
from domain.values import aware
from projections.incidents.view import IncidentCursor, IncidentFilter, IncidentRow, ReviewCursor
from projections.pagination import Page


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
    flagged_late: bool | None = strawberry.field(
        default=None, description="true: only post-mortems flagged late; false: never flagged."
    )


def to_filter(given: IncidentFilterInput | None) -> IncidentFilter:
    f = given or IncidentFilterInput()
    return IncidentFilter(
        statuses=tuple(s.value for s in f.status or ()),
        severities=tuple(s.value for s in f.severity or ()),
        service=f.service,
        started_from=aware(f.started_from, "startedFrom") if f.started_from else None,
        started_until=aware(f.started_until, "startedUntil") if f.started_until else None,
        text=f.text,
        flagged_late=f.flagged_late,
    )


def to_cursor(after: str | None) -> IncidentCursor | None:
    if after is None:
        return None
    started_at, raw_id = decode_cursor(after, 2)
    try:
        return datetime.fromisoformat(started_at), UUID(raw_id)
    except (TypeError, ValueError):
        raise InvalidInputError(f"{after!r} is not an incidents cursor.", field="after") from None


def to_review_cursor(after: str | None) -> ReviewCursor | None:
    return to_cursor(after)  # the same shape: (a time, the id)


def edge(row: IncidentRow) -> IncidentEdge:
    cursor = encode_cursor(row.started_at.isoformat(), str(row.id))
    return IncidentEdge(node=Incident.from_row(row), cursor=cursor)


def review_edge(row: IncidentRow) -> IncidentEdge:
    review_at = row.review_at or row.started_at  # set on every row of reviews_between
    cursor = encode_cursor(review_at.isoformat(), str(row.id))
    return IncidentEdge(node=Incident.from_row(row), cursor=cursor)


def connection(edges: list[IncidentEdge], page: Page[IncidentRow]) -> IncidentConnection:
    end = edges[-1].cursor if edges else None
    return IncidentConnection(
        edges=edges, page_info=PageInfo(has_next_page=page.has_next, end_cursor=end)
    )


def review_range(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    start, end = aware(start, "from"), aware(end, "to")
    if start >= end:
        raise InvalidInputError("from must be before to.", field="to")
    return start, end


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
        return connection([edge(row) for row in page.rows], page)

    @strawberry.field
    async def scheduled_reviews(
        self,
        info: Info,
        from_: Annotated[datetime, strawberry.argument(name="from")],
        to: datetime,
        first: int = 20,
        after: str | None = None,
    ) -> IncidentConnection:
        """Incidents whose review is scheduled from ``from`` (inclusive) to ``to``, soonest first.

        Reviews already held stay listed at their scheduled time (see each one's status).
        """
        size = check_first(first, info.context.limits.max_page_size)
        start, end = review_range(from_, to)
        page = await run_in_threadpool(
            lambda: info.context.read_models.incidents.reviews_between(
                start, end, first=size, after=to_review_cursor(after)
            )
        )
        return connection([review_edge(row) for row in page.rows], page)

    @strawberry.field
    async def late_postmortems(
        self, info: Info, first: int = 20, after: str | None = None
    ) -> IncidentConnection:
        """Incidents whose post-mortem was flagged late, newest incident first."""
        size = check_first(first, info.context.limits.max_page_size)
        page = await run_in_threadpool(
            lambda: info.context.read_models.incidents.search(
                IncidentFilter(flagged_late=True), first=size, after=to_cursor(after)
            )
        )
        return connection([edge(row) for row in page.rows], page)

    @strawberry.field
    async def incident(self, info: Info, id: strawberry.ID) -> Incident:
        """One incident by its global id."""
        incident_id = from_global_id(id, "Incident")
        row = await info.context.loaders.incidents.load(incident_id)
        if row is None:
            raise NotFoundError(f"No incident with id {id}.", field="id")
        return Incident.from_row(row)
