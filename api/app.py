"""The Starlette application: /graphql, /healthz and /readyz."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from api.auth import Authenticator
from api.background import BackgroundServices
from api.body_limit import BodySizeLimit
from api.context import Context
from api.limits import Limits
from api.schema import build_schema
from api.view import GraphQLView
from domain.application import Recul
from domain.schedules.calendar import DEFAULT_CALENDAR, WorkingCalendar

if TYPE_CHECKING:
    from projections.factory import ReadModels

log = logging.getLogger(__name__)

# Notifications a read model may trail the log by and still be "ready".
MAX_READY_LAG = 1_000


class ScheduledView(GraphQLView):
    """The GraphQL view, its context also carrying the team calendar and background services."""

    def __init__(
        self,
        *,
        calendar: WorkingCalendar,
        reminder_days_before: int,
        background: BackgroundServices | None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.calendar, self.reminder_days_before = calendar, reminder_days_before
        self.background = background

    async def get_context(self, request: Any, response: Any) -> Context:
        context = await super().get_context(request, response)
        context.calendar, context.background = self.calendar, self.background
        context.reminder_days_before = self.reminder_days_before
        return context


def create_app(
    app: Recul,
    read_models: ReadModels,
    *,
    production: bool,
    limits: Limits | None = None,
    calendar: WorkingCalendar = DEFAULT_CALENDAR,
    reminder_days_before: int = 3,
    background: BackgroundServices | None = None,
) -> Starlette:
    """The HTTP API over ``app`` (writes) and ``read_models`` (reads); closes both on shutdown.

    ``calendar`` and ``reminder_days_before`` must be those the workers use, so that the
    review windows and next reminders shown are the ones sent. Without ``background``,
    the digest and dead-letter fields answer BACKGROUND_NOT_CONFIGURED.
    """
    limits = limits or Limits()
    view = ScheduledView(
        schema=build_schema(limits),
        graphql_ide=None if production else "graphiql",
        read_models=read_models,
        authenticator=Authenticator(app),
        limits=limits,
        calendar=calendar,
        reminder_days_before=reminder_days_before,
        background=background,
    )

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        yield
        await run_in_threadpool(_close, app, read_models)

    async def readyz(_request: Request) -> JSONResponse:
        ready, details = await run_in_threadpool(readiness, app, read_models)
        return JSONResponse(details, status_code=200 if ready else 503)

    return Starlette(
        routes=[
            Route("/graphql", view, methods=["GET", "POST"]),
            Route("/healthz", healthz),
            Route("/readyz", readyz),
        ],
        middleware=[Middleware(BodySizeLimit, max_bytes=limits.max_body_bytes)],
        lifespan=lifespan,
    )


async def healthz(_request: Request) -> JSONResponse:
    """The process is up."""
    return JSONResponse({"status": "ok"})


def readiness(
    app: Recul, read_models: ReadModels, max_lag: int = MAX_READY_LAG
) -> tuple[bool, dict[str, Any]]:
    """Ready when the database answers and every read model trails the log by little."""
    try:
        lag = read_models.lag(app)
    except Exception:
        log.exception("Readiness check: the database did not answer.")
        return False, {"status": "unavailable", "database": "unreachable"}
    behind = {name: n for name, n in lag.items() if n > max_lag}
    status = "ok" if not behind else "catching up"
    return not behind, {"status": status, "database": "ok", "lag": lag, "maxLag": max_lag}


def _close(app: Recul, read_models: ReadModels) -> None:
    read_models.close()
    app.close()
