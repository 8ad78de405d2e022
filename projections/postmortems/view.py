"""The post-mortems read model's rows and queries, whatever the database."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from eventsourcing.persistence import Tracking

from projections.base import ReadModelView


@dataclass(frozen=True)
class StoredDocument:
    """An incident's document (``to_data``) with all its aggregates at the versions applied."""

    incident_id: UUID
    version: int  # the incident's version
    as_of: datetime  # the latest event time applied to the incident; never moves back
    data: dict[str, Any]


@dataclass(frozen=True)
class Applied:
    """How far the read model applied an incident: its own version and each part's."""

    versions: dict[UUID, int]  # the incident, its timeline, root causes and actions
    as_of: datetime | None  # the stored document's; None before the first document


@dataclass(frozen=True)
class Version:
    """Aggregate ``aggregate_id`` of the incident ``incident_id`` applied up to ``version``."""

    aggregate_id: UUID
    incident_id: UUID
    version: int


class PostmortemsView(ReadModelView):
    """One JSON document per incident, and the version applied of each of its aggregates."""

    @abstractmethod
    def get_many(self, incident_ids: Sequence[UUID]) -> dict[UUID, dict[str, Any]]:
        """The documents of ``incident_ids`` that exist, in one query."""

    @abstractmethod
    def applied(self, incident_id: UUID) -> Applied:
        """The versions applied of the incident's aggregates, and its document's cut-off."""

    @abstractmethod
    def save_document(self, doc: StoredDocument, version: Version, tracking: Tracking) -> None:
        """Replace the incident's document and note ``version``, with tracking, atomically."""

    @abstractmethod
    def note_version(self, version: Version, tracking: Tracking) -> None:
        """Note ``version`` (no document to write yet), with tracking, atomically."""
