"""The outbox's rows: one per aggregate that can fall due, and the keys recently enqueued."""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from eventsourcing.persistence import Tracking

from projections.base import ReadModelView

INCIDENT, ACTION = "incident", "action"
KINDS = (INCIDENT, ACTION)


@dataclass(frozen=True)
class Subject:
    """An incident or an action, as much of it as deciding what falls due needs."""

    aggregate_id: UUID
    kind: str  # INCIDENT or ACTION
    incident_id: UUID
    state: dict[str, Any]  # times as aware datetimes, the due date as a date
    version: int


class OutboxView(ReadModelView):
    """``work_subjects`` and its tracking position, written together; ``enqueued`` beside them."""

    @abstractmethod
    def subject(self, aggregate_id: UUID) -> Subject | None:
        """The row of ``aggregate_id``, if the outbox has one."""

    @abstractmethod
    def subjects(self, kind: str | None = None, *, open_only: bool = False) -> list[Subject]:
        """Rows of ``kind`` (every kind when None), optionally only those still open."""

    @abstractmethod
    def save_subject(self, subject: Subject, is_open: bool, tracking: Tracking) -> None:
        """Insert or replace the subject's row, with the tracking position."""

    @abstractmethod
    def enqueued_since(self, keys: Sequence[str], since: datetime) -> set[str]:
        """Those of ``keys`` recorded as enqueued at ``since`` or later."""

    @abstractmethod
    def record_enqueued(self, key: str, at: datetime) -> None:
        """Remember that ``key`` was handed to the broker at ``at`` (commits at once)."""

    @abstractmethod
    def forget_enqueued(self, before: datetime) -> int:
        """Drop the keys enqueued before ``before``; returns how many."""


def check_kind(kind: str | None) -> None:
    if kind is not None and kind not in KINDS:
        raise ValueError(f"No work subject kind {kind!r}; choose from {KINDS}.")
