"""The people read model's rows and queries, whatever the database."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from eventsourcing.persistence import Tracking

from projections.base import ReadModelView
from projections.pagination import Page


class Role(StrEnum):
    RESPONDER = "RESPONDER"
    DETECTOR = "DETECTOR"
    FACILITATOR = "FACILITATOR"
    OWNER = "OWNER"


@dataclass(frozen=True)
class PersonRole:
    """One person's role in one incident."""

    handle: str
    incident_id: UUID
    role: str  # a Role value


class PeopleView(ReadModelView):
    """Distinct (handle, incident, role) rows."""

    @abstractmethod
    def roles(
        self, *, handle: str | None = None, incident_ids: Sequence[UUID] = ()
    ) -> list[PersonRole]:
        """Roles of ``handle`` and/or in ``incident_ids``, by handle, incident, role; one query."""

    @abstractmethod
    def handles(self, *, first: int, after: str | None = None) -> Page[str]:
        """Distinct handles in order, after a cursor (the last handle seen)."""

    @abstractmethod
    def add_role(self, role: PersonRole, tracking: Tracking, *, sole: bool = False) -> None:
        """Record ``role`` (once); ``sole``: whoever held it in the incident no longer does."""

    @abstractmethod
    def note_action(self, action_id: UUID, incident_id: UUID, tracking: Tracking) -> None:
        """Remember the incident of an action, whose owner is named later."""

    @abstractmethod
    def incident_of_action(self, action_id: UUID) -> UUID | None:
        """The incident of a noted action."""
