"""The incidents read model's rows, filters and queries, whatever the database."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from eventsourcing.persistence import Tracking

from projections.base import ReadModelView
from projections.pagination import Page

# The row's columns, in IncidentRow's order, for both databases.
COLUMNS = (
    "id, version, title, status, severity, language, services, started_at, detected_at, "
    "resolved_at, published_at, detected_by, facilitator, review_at, review_minutes, "
    "flagged_late_at, review_window_end"
)


@dataclass(frozen=True)
class IncidentRow:
    """An incident as lists show it."""

    id: UUID
    version: int
    title: str
    status: str
    severity: str
    language: str
    services: list[str]
    started_at: datetime
    detected_at: datetime | None
    resolved_at: datetime | None
    published_at: datetime | None
    detected_by: str | None
    facilitator: str | None
    review_at: datetime | None = None  # the review meeting, once scheduled (or moved)
    review_minutes: int | None = None
    flagged_late_at: datetime | None = None  # the review window closed with no review
    review_window_end: datetime | None = None  # the window's end when it was flagged late


@dataclass(frozen=True)
class IncidentFilter:
    """Every given criterion must hold; empty tuples and None select everything."""

    statuses: tuple[str, ...] = ()
    severities: tuple[str, ...] = ()
    service: str | None = None
    started_from: datetime | None = None  # inclusive
    started_until: datetime | None = None  # exclusive, so adjacent windows never overlap
    text: str | None = None  # case-insensitive substring of the title
    flagged_late: bool | None = None  # True: flagged late only; False: never flagged


IncidentCursor = tuple[datetime, UUID]  # (started_at, id) of the last row seen
ReviewCursor = tuple[datetime, UUID]  # (review_at, id) of the last row seen

# The columns an event may change after the declaration.
UPDATABLE = frozenset(
    {
        "status",
        "detected_at",
        "detected_by",
        "resolved_at",
        "published_at",
        "facilitator",
        "review_at",
        "review_minutes",
        "flagged_late_at",
        "review_window_end",
    }
)
# Columns added after the first release: a table without them is upgraded, then
# refilled from the log (see ``upgrade_statements`` in each backend).
ADDED_COLUMNS = ("review_at", "review_minutes", "flagged_late_at", "review_window_end")


class IncidentsView(ReadModelView):
    """One row per incident; newest first."""

    @abstractmethod
    def search(
        self, f: IncidentFilter, *, first: int, after: IncidentCursor | None = None
    ) -> Page[IncidentRow]:
        """Rows matching ``f``, newest first (started_at, then id, descending), after a cursor."""

    @abstractmethod
    def reviews_between(
        self, start: datetime, end: datetime, *, first: int, after: ReviewCursor | None = None
    ) -> Page[IncidentRow]:
        """Rows whose review is at ``start`` or later and before ``end``, soonest first."""

    @abstractmethod
    def get_many(self, ids: Sequence[UUID]) -> dict[UUID, IncidentRow]:
        """The rows of ``ids`` that exist, in one query."""

    @abstractmethod
    def count(self, f: IncidentFilter) -> int:
        """How many rows match ``f``."""

    @abstractmethod
    def insert_incident(self, row: IncidentRow, tracking: Tracking) -> None:
        """Add a declared incident, with its tracking position."""

    @abstractmethod
    def update_incident(
        self,
        incident_id: UUID,
        version: int,
        changes: Mapping[str, object],
        tracking: Tracking,
    ) -> None:
        """Set the incident's version and the ``changes`` (UPDATABLE columns), with tracking."""


def check_changes(changes: Mapping[str, object]) -> None:
    unknown = set(changes) - UPDATABLE
    if unknown:
        raise ValueError(f"Not updatable incident columns: {sorted(unknown)}.")
