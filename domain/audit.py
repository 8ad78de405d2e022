"""Audit: how an aggregate evolved, event by event, and how it stood at any point."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.base import RecordedAggregate
from domain.errors import InvalidInputError, NotFoundError
from domain.store import Store
from domain.values import aware

_ENVELOPE = {
    "originator_id",
    "originator_version",
    "timestamp",
    "principal",
    "correlation_id",
    "originator_topic",
}


@dataclass(frozen=True)
class HistoryEntry:
    type: str
    version: int
    recorded_at: datetime
    actor: str
    correlation_id: str
    changes: dict[str, Any]


def history(app: Store, aggregate_id: UUID) -> list[HistoryEntry]:
    """Every event of the aggregate in order: what changed, when, by whom."""
    entries = [_entry(e) for e in app.events.get(aggregate_id)]
    if not entries:
        raise NotFoundError(f"Nothing was ever recorded under id {aggregate_id}.", field="id")
    return entries


def _entry(event: Any) -> HistoryEntry:
    fields = vars(event)
    return HistoryEntry(
        type=type(event).__qualname__,
        version=event.originator_version,
        recorded_at=event.timestamp,
        actor=event.principal,
        correlation_id=event.correlation_id,
        changes={k.lstrip("_"): v for k, v in fields.items() if k not in _ENVELOPE},
    )


def as_of_version(app: Store, aggregate_id: UUID, version: int) -> RecordedAggregate:
    """The aggregate as it stood just after its event number ``version``."""
    if version < 1:
        raise InvalidInputError("Versions start at 1.", field="asOfVersion")
    current = app.load(RecordedAggregate, aggregate_id)
    if version > current.version:
        raise NotFoundError(
            f"The latest version is {current.version}; there is no version {version}.",
            field="asOfVersion",
        )
    aggregate: RecordedAggregate = app.repository.get(aggregate_id, version=version)
    return aggregate


def version_at(app: Store, aggregate_id: UUID, at: datetime) -> int:
    """The aggregate's version at time ``at``; 0 when it did not exist yet."""
    aware(at, "asOf")
    version = 0
    for event in app.events.get(aggregate_id):
        if _timestamp(event) > at:
            break
        version = event.originator_version
    return version


def as_of_time(app: Store, aggregate_id: UUID, at: datetime) -> RecordedAggregate | None:
    """The aggregate as it stood at time ``at``, or None if it did not exist yet."""
    version = version_at(app, aggregate_id, at)
    if version == 0:
        return None
    aggregate: RecordedAggregate = app.repository.get(aggregate_id, version=version)
    return aggregate


def recorded_at(app: Store, aggregate_id: UUID, version: int) -> datetime:
    """When the aggregate's event number ``version`` was recorded."""
    for event in app.events.get(aggregate_id, gt=version - 1, lte=version):
        return _timestamp(event)
    raise NotFoundError(f"There is no version {version} of {aggregate_id}.", field="asOfVersion")


def _timestamp(event: object) -> datetime:
    # Every event of Recul's aggregates is an eventsourcing AggregateEvent with a timestamp.
    when = getattr(event, "timestamp", None)
    if not isinstance(when, datetime):
        raise TypeError(f"{type(event).__qualname__} has no timestamp.")
    return when
