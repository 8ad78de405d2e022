"""Applies the log to the read models: catch up, follow in the background, rebuild."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from time import monotonic
from typing import Any

from eventsourcing.persistence import Tracking
from eventsourcing.projection import Projection

from domain.store import Store
from projections.actions.projection import ActionsProjection
from projections.factory import NAMES, ReadModels
from projections.incidents.projection import IncidentsProjection
from projections.people.projection import PeopleProjection
from projections.postmortems.projection import PostmortemsProjection

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (read model, applied so far, to apply in all)


def projection(app: Store, read_models: ReadModels, name: str) -> Projection[Any]:
    """The projection that writes read model ``name``."""
    if name == "incidents":
        return IncidentsProjection(read_models.incidents)
    if name == "postmortems":
        return PostmortemsProjection(read_models.postmortems, app)
    if name == "actions":
        return ActionsProjection(read_models.actions)
    if name == "people":
        return PeopleProjection(read_models.people)
    raise ValueError(f"No read model named {name!r}; choose from {NAMES}.")


def catch_up(
    app: Store,
    read_models: ReadModels,
    names: Iterable[str] | None = None,
    *,
    batch: int = 500,
    progress: Progress | None = None,
) -> int:
    """Apply every notification not yet applied by each read model; returns how many.

    Waits while another runner applies a read model, then goes on from where it stopped.
    """
    applied = 0
    for name in NAMES if names is None else names:
        with read_models.view(name).exclusive():
            applied += _apply_pending(app, read_models, name, batch, progress)
    return applied


def rebuild(
    app: Store, read_models: ReadModels, name: str, *, progress: Progress | None = None
) -> int:
    """Empty read model ``name`` and its tracking, then replay the whole log into it."""
    view = read_models.view(name)
    with view.exclusive():
        view.clear(app.name)
        return _apply_pending(app, read_models, name, 500, progress)


def wait_for(read_models: ReadModels, app_name: str, notification_id: int, timeout: float) -> bool:
    """Whether every read model applied ``notification_id`` within ``timeout`` seconds."""
    deadline = monotonic() + timeout
    for view in read_models.views().values():
        try:
            view.wait(app_name, notification_id, timeout=max(deadline - monotonic(), 0.0))
        except TimeoutError:
            return False
    return True


def _apply_pending(
    app: Store, read_models: ReadModels, name: str, batch: int, progress: Progress | None
) -> int:
    # Under the read model's lock: the position read here cannot move under our feet.
    target = projection(app, read_models, name)
    start = (target.view.max_tracking_id(app.name) or 0) + 1
    total = max((app.recorder.max_notification_id() or 0) - start + 1, 0)
    applied = 0
    while notifications := app.recorder.select_notifications(start, limit=batch, topics=()):
        for notification in notifications:
            event = app.mapper.to_domain_event(notification)
            target.process_event(event, Tracking(app.name, notification.id))
        applied += len(notifications)
        start = notifications[-1].id + 1
        if progress is not None:
            progress(name, applied, max(total, applied))
    return applied


class ProjectionRunner:
    """Follows the log in a background thread, polling, until stopped.

    SQLite cannot push new events, so both databases are polled the same way.
    """

    def __init__(
        self,
        app: Store,
        read_models: ReadModels,
        names: Iterable[str] | None = None,
        *,
        poll_interval: float = 0.2,
    ) -> None:
        self.app, self.read_models = app, read_models
        self.names = tuple(NAMES if names is None else names)
        self.poll_interval = poll_interval
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="recul-projections", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Ask the thread to stop after the event it is applying, and wait for it."""
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                applied = self._apply_once()
            except Exception:
                # Keep following: a database hiccup must not stop the read side for good.
                log.exception("Applying events to the read models failed; retrying.")
                applied = 0
            if not applied:
                self._stopping.wait(self.poll_interval)

    def _apply_once(self) -> int:
        applied = 0
        for name in self.names:
            # Never block here: stop() must be answered while another runner holds a lock.
            with self.read_models.view(name).exclusive(blocking=False) as mine:
                if mine:
                    applied += _apply_pending(self.app, self.read_models, name, 500, None)
        return applied
