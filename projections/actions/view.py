"""The actions read model's rows, filters and queries, whatever the database."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from eventsourcing.persistence import Tracking

from domain.actions.model import ActionStatus
from projections.base import ReadModelView
from projections.pagination import Page

# The row's columns, in ActionRow's order, and the board's order, for both databases.
COLUMNS = (
    "id, version, incident_id, root_cause_id, text, status, owner, due_date, "
    "success_criterion, tracker_system, tracker_key, tracker_url"
)
ORDER = "ORDER BY due_date ASC NULLS LAST, id ASC"


@dataclass(frozen=True)
class ActionRow:
    """An action as follow-up lists show it."""

    id: UUID
    version: int
    incident_id: UUID
    root_cause_id: UUID
    text: str
    status: str
    owner: str | None
    due_date: date | None
    success_criterion: str | None
    tracker_system: str | None
    tracker_key: str | None
    tracker_url: str | None


@dataclass(frozen=True)
class ActionFilter:
    """Every given criterion must hold; empty tuples and None select everything."""

    statuses: tuple[str, ...] = ()
    owner: str | None = None
    incident_id: UUID | None = None
    due_before: date | None = None  # due_date < due_before
    overdue_on: date | None = None  # due_date < overdue_on and still to be done


ActionCursor = tuple[date | None, UUID]  # (due_date, id) of the last row seen

# Overdue means someone still has to act: a completed action awaits only verification.
NOT_DONE = (ActionStatus.PROPOSED.value, ActionStatus.COMMITTED.value, ActionStatus.STARTED.value)

UPDATABLE = frozenset(
    {"status", "owner", "due_date", "success_criterion", "tracker_system", "tracker_key"}
    | {"tracker_url"}
)


class ActionsView(ReadModelView):
    """One row per action; soonest due first, undated last."""

    @abstractmethod
    def search(
        self, f: ActionFilter, *, first: int, after: ActionCursor | None = None
    ) -> Page[ActionRow]:
        """Rows matching ``f`` by due date (undated last), then id, after a cursor."""

    @abstractmethod
    def counts_by_status(self, f: ActionFilter) -> dict[str, int]:
        """How many rows match ``f`` (its ``statuses`` ignored), per status."""

    @abstractmethod
    def get_many(self, ids: Sequence[UUID]) -> dict[UUID, ActionRow]:
        """The rows of ``ids`` that exist, in one query."""

    @abstractmethod
    def for_incidents(self, incident_ids: Sequence[UUID]) -> dict[UUID, list[ActionRow]]:
        """Each incident's actions in search order (an empty list when none), in one query."""

    @abstractmethod
    def insert_action(self, row: ActionRow, tracking: Tracking) -> None:
        """Add a proposed action, with its tracking position."""

    @abstractmethod
    def update_action(
        self, action_id: UUID, version: int, changes: Mapping[str, object], tracking: Tracking
    ) -> None:
        """Set the action's version and the ``changes`` (UPDATABLE columns), with tracking."""


def check_changes(changes: Mapping[str, object]) -> None:
    unknown = set(changes) - UPDATABLE
    if unknown:
        raise ValueError(f"Not updatable action columns: {sorted(unknown)}.")


def group_by_incident(
    incident_ids: Sequence[UUID], rows: Sequence[ActionRow]
) -> dict[UUID, list[ActionRow]]:
    grouped: dict[UUID, list[ActionRow]] = {i: [] for i in incident_ids}
    for row in rows:
        grouped[row.incident_id].append(row)
    return grouped
