"""Composition for `recul serve`: settings -> application, read models, HTTP API, background."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import dramatiq
from starlette.applications import Starlette

from api.app import create_app
from api.limits import Limits
from domain.application import Recul
from domain.base import CommandContext
from projections.factory import ReadModels, open_read_models
from recul.background import WorkersBackground
from recul.demo import load_examples
from recul.settings import Settings
from recul.wiring import build_application
from recul.worker_cli import configure_worker, worker_broker
from workers.outbox import Outbox
from workers.runtime import Runtime

SERVE_ACTOR = "recul-serve"
SCHEDULER_INTERVAL_SECONDS = 60.0

log = logging.getLogger(__name__)


@dataclass
class Server:
    """Everything one API process holds; `asgi` closes the app and read models on shutdown."""

    app: Recul
    read_models: ReadModels
    asgi: Starlette
    background: WorkersBackground
    broker: dramatiq.Broker
    runtime: Runtime
    settings: Settings
    stops: list[Callable[[], None]] = field(default_factory=list)

    @property
    def embedded(self) -> bool:
        """The zero-configuration default: SQLite, read models applied in this process."""
        return not self.settings.is_postgres

    @property
    def in_process_worker(self) -> bool:
        """No Redis: a worker thread and the scheduler run in this process."""
        return self.settings.redis_url is None

    def stop(self) -> None:
        for stop in reversed(self.stops):
            stop()


def build_server(settings: Settings, limits: Limits | None = None) -> Server:
    """The application, its read models, the broker and the HTTP API over them."""
    app = build_application(settings)
    read_models = open_read_models(settings.persistence_env())
    broker = worker_broker(settings)  # before the actors are used: they bind to it
    runtime = configure_worker(settings, app)
    background = WorkersBackground(app, outbox_of(runtime), broker, runtime.calendar)
    asgi = create_app(
        app,
        read_models,
        production=settings.production,
        limits=limits,
        calendar=runtime.calendar,
        reminder_days_before=settings.reminder_days_before,
        background=background,
    )
    return Server(app, read_models, asgi, background, broker, runtime, settings)


def start_background(server: Server) -> None:
    """Without Redis: a worker thread on the stub broker and the scheduler, in this process."""
    from workers.actors import enqueue_due
    from workers.embedded import start_embedded_worker
    from workers.scheduler import run_once

    server.stops.append(start_embedded_worker(server.broker))
    stopping = threading.Event()

    def passes() -> None:
        while not stopping.is_set():
            try:
                run_once(
                    server.app,
                    outbox_of(server.runtime),
                    enqueue_due,
                    datetime.now(UTC),
                    server.runtime.calendar,
                    before_days=server.settings.reminder_days_before,
                )
            except Exception:
                # What was not enqueued is still due at the next pass.
                log.exception("A scheduler pass failed; the next one retries.")
            stopping.wait(SCHEDULER_INTERVAL_SECONDS)

    thread = threading.Thread(target=passes, name="recul-scheduler", daemon=True)
    thread.start()

    def stop() -> None:
        stopping.set()
        thread.join(timeout=10)

    server.stops.append(stop)


def outbox_of(runtime: Runtime) -> Outbox:
    if not isinstance(runtime.outbox, Outbox):  # configure_worker always opens one
        raise TypeError("The worker runtime has no outbox.")
    return runtime.outbox


def first_start(app: Recul) -> list[str]:
    """Loads the worked examples once; the ids of those loaded now."""
    return [str(incident_id) for incident_id, new in load_examples(app) if new]


def mint_admin_token(app: Recul) -> str:
    """A fresh admin token for whoever ran `recul serve`: tokens are cheap, shown once."""
    _, plaintext = app.create_token(CommandContext(SERVE_ACTOR), name="make-run", role="admin")
    return plaintext
