"""The eventsourcing application underneath the commands: loading, saving, conflicts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.persistence import IntegrityError, JSONTranscoder, Transcoding

from domain.base import RecordedAggregate
from domain.errors import ConflictError, NotFoundError

A = TypeVar("A", bound=RecordedAggregate)


class DateAsISO(Transcoding):
    type = date
    name = "date_iso"

    def encode(self, obj: date) -> str:
        return obj.isoformat()

    def decode(self, data: str) -> date:
        return date.fromisoformat(data)


class Store(Application[UUID]):
    """Loads aggregates with an expected version and saves them atomically."""

    def register_transcodings(self, transcoder: JSONTranscoder) -> None:
        super().register_transcodings(transcoder)
        transcoder.register(DateAsISO())

    def load(self, kind: type[A], aggregate_id: UUID, expected_version: int | None = None) -> A:
        """The aggregate, refused when missing, of another kind, or not at ``expected_version``."""
        try:
            aggregate: object = self.repository.get(aggregate_id)
        except AggregateNotFoundError:
            aggregate = None
        if not isinstance(aggregate, kind):
            raise NotFoundError(f"No {label(kind)} with id {aggregate_id}.", field="id")
        check_version(aggregate, expected_version)
        return aggregate

    def exists(self, aggregate_id: UUID) -> bool:
        return aggregate_id in self.repository

    def commit(self, *aggregates: RecordedAggregate) -> None:
        """Store every pending event of ``aggregates`` in one transaction, or none."""
        try:
            self.save(*aggregates)
        except IntegrityError:
            raise ConflictError(
                "Someone else changed this first; reload and apply your change again."
            ) from None

    def update(
        self,
        kind: type[A],
        aggregate_id: UUID,
        expected_version: int | None,
        change: Callable[[A], Any],
    ) -> A:
        aggregate = self.load(kind, aggregate_id, expected_version)
        change(aggregate)
        self.commit(aggregate)
        return aggregate


def check_version(aggregate: RecordedAggregate, expected_version: int | None) -> None:
    if expected_version is not None and aggregate.version != expected_version:
        raise ConflictError(
            f"The {label(type(aggregate))} is at version {aggregate.version}, "
            f"not {expected_version}; reload it and apply your change again.",
            field="expectedVersion",
        )


def label(kind: type[Any]) -> str:
    """'RootCause' -> 'root cause'."""
    return "".join(f" {c.lower()}" if c.isupper() else c for c in kind.__name__).strip()
