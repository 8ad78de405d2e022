"""Opens the four read models on the event store's own database."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eventsourcing.application import Application
from eventsourcing.persistence import InfrastructureFactory, TrackingRecorder
from eventsourcing.postgres import PostgresFactory
from eventsourcing.sqlite import SQLiteFactory
from eventsourcing.utils import Environment

from projections.actions.postgres import PostgresActionsView
from projections.actions.sqlite import SQLiteActionsView
from projections.actions.view import ActionsView
from projections.base import ReadModelView
from projections.incidents.postgres import PostgresIncidentsView
from projections.incidents.sqlite import SQLiteIncidentsView
from projections.incidents.view import IncidentsView
from projections.people.postgres import PostgresPeopleView
from projections.people.sqlite import SQLitePeopleView
from projections.people.view import PeopleView
from projections.postmortems.postgres import PostgresPostmortemsView
from projections.postmortems.sqlite import SQLitePostmortemsView
from projections.postmortems.view import PostmortemsView

NAMES = ("incidents", "postmortems", "actions", "people")

POSTGRES_VIEWS: dict[str, type[Any]] = {
    "incidents": PostgresIncidentsView,
    "postmortems": PostgresPostmortemsView,
    "actions": PostgresActionsView,
    "people": PostgresPeopleView,
}
SQLITE_VIEWS: dict[str, type[Any]] = {
    "incidents": SQLiteIncidentsView,
    "postmortems": SQLitePostmortemsView,
    "actions": SQLiteActionsView,
    "people": SQLitePeopleView,
}


@dataclass
class ReadModels:
    """The read models of one database, sharing its connection pool."""

    incidents: IncidentsView
    postmortems: PostmortemsView
    actions: ActionsView
    people: PeopleView
    factory: InfrastructureFactory[Any] | None = field(default=None, repr=False)

    def by_name(self) -> dict[str, TrackingRecorder]:
        """Each read model by its name: incidents, postmortems, actions, people."""
        return dict(self.views())

    def views(self) -> dict[str, ReadModelView]:
        return {
            "incidents": self.incidents,
            "postmortems": self.postmortems,
            "actions": self.actions,
            "people": self.people,
        }

    def view(self, name: str) -> ReadModelView:
        try:
            return self.views()[name]
        except KeyError:
            raise ValueError(f"No read model named {name!r}; choose from {NAMES}.") from None

    def lag(self, app: Application[Any]) -> dict[str, int]:
        """How many notifications each read model has not applied yet."""
        head = app.recorder.max_notification_id() or 0
        return {
            name: head - (view.max_tracking_id(app.name) or 0)
            for name, view in self.views().items()
        }

    def close(self) -> None:
        """Close the connection pool (the views are unusable afterwards)."""
        if self.factory is not None:
            self.factory.close()


def open_read_models(persistence_env: dict[str, str]) -> ReadModels:
    """The read models on the database ``persistence_env`` selects, tables created."""
    if not persistence_env.get("PERSISTENCE_MODULE"):
        # eventsourcing would silently fall back to memory: nothing would be kept.
        raise ValueError("PERSISTENCE_MODULE must name eventsourcing.postgres or .sqlite.")
    factory = InfrastructureFactory.construct(Environment(env=persistence_env))
    classes, datastore, create_tables = _backend(factory)
    views = {}
    for name in NAMES:
        # A tracking table per read model: each follows the log at its own pace.
        view = classes[name](datastore, tracking_table_name=f"{name}_tracking")
        if create_tables:
            view.create_table()
        views[name] = view
    return ReadModels(**views, factory=factory)


def _backend(factory: InfrastructureFactory[Any]) -> tuple[dict[str, type[Any]], Any, bool]:
    if isinstance(factory, PostgresFactory):
        return POSTGRES_VIEWS, factory.datastore, factory.env_create_table()
    if isinstance(factory, SQLiteFactory):
        return SQLITE_VIEWS, factory.datastore, factory.env_create_table()
    raise ValueError(f"Read models need PostgreSQL or SQLite, not {type(factory).__name__}.")
