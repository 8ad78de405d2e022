"""The tracked follower of the log: the log is the outbox, this is how far it has been read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

from eventsourcing.persistence import InfrastructureFactory, Tracking
from eventsourcing.postgres import PostgresFactory
from eventsourcing.sqlite import SQLiteFactory
from eventsourcing.utils import Environment

from domain.store import Store
from workers.outbox.postgres import PostgresOutboxView
from workers.outbox.projection import OutboxProjection
from workers.outbox.sqlite import SQLiteOutboxView
from workers.outbox.view import OutboxView, Subject

TRACKING_TABLE = "outbox_tracking"


class Outbox:
    """The subjects that may owe notifications, and the position they were read up to."""

    def __init__(self, view: OutboxView, factory: InfrastructureFactory[Any] | None = None) -> None:
        self.view = view
        self._factory = factory

    def catch_up(self, app: Store, *, batch: int = 500) -> int:
        """Apply every notification not yet applied; returns how many. One runner at a time."""
        with self.view.exclusive():
            # Under the lock: the position read here cannot move under our feet.
            projection = OutboxProjection(self.view)
            start = (self.view.max_tracking_id(app.name) or 0) + 1
            applied = 0
            while notifications := app.recorder.select_notifications(start, limit=batch, topics=()):
                for notification in notifications:
                    event = app.mapper.to_domain_event(notification)
                    projection.process_event(event, Tracking(app.name, notification.id))
                applied += len(notifications)
                start = notifications[-1].id + 1
            return applied

    def position(self, app_name: str) -> int:
        """The id of the last notification applied (0 before the first)."""
        return self.view.max_tracking_id(app_name) or 0

    def open_subjects(self) -> list[Subject]:
        """Incidents not yet reviewed or published, actions not verified or cancelled."""
        return self.view.subjects(open_only=True)

    def subjects(self, kind: str | None = None) -> list[Subject]:
        """Every subject of ``kind`` ("incident" or "action"; None: both), open or not."""
        return self.view.subjects(kind)

    def subject(self, aggregate_id: UUID) -> Subject | None:
        return self.view.subject(aggregate_id)

    def enqueued_since(self, keys: Sequence[str], since: datetime) -> set[str]:
        """Those of ``keys`` handed to the broker at ``since`` or later."""
        return self.view.enqueued_since(keys, since) if keys else set()

    def record_enqueued(self, key: str, at: datetime) -> None:
        self.view.record_enqueued(key, at)

    def forget_enqueued(self, before: datetime) -> int:
        return self.view.forget_enqueued(before)

    def clear(self, app_name: str) -> None:
        """Forget every subject and the position: the next catch-up replays the whole log."""
        with self.view.exclusive():
            self.view.clear(app_name)

    def close(self) -> None:
        """Close the connection pool (the outbox is unusable afterwards)."""
        if self._factory is not None:
            self._factory.close()


def open_outbox(persistence_env: dict[str, str]) -> Outbox:
    """The outbox on the database ``persistence_env`` selects, tables created."""
    if not persistence_env.get("PERSISTENCE_MODULE"):
        # eventsourcing would silently fall back to memory: nothing would be kept.
        raise ValueError("PERSISTENCE_MODULE must name eventsourcing.postgres or .sqlite.")
    factory = InfrastructureFactory.construct(Environment(env=persistence_env))
    view: OutboxView
    if isinstance(factory, PostgresFactory):
        view = PostgresOutboxView(factory.datastore, tracking_table_name=TRACKING_TABLE)
    elif isinstance(factory, SQLiteFactory):
        view = SQLiteOutboxView(factory.datastore, tracking_table_name=TRACKING_TABLE)
    else:
        factory.close()
        raise ValueError(f"The outbox needs PostgreSQL or SQLite, not {type(factory).__name__}.")
    if factory.env_create_table():
        view.create_table()
    return Outbox(view, factory)
