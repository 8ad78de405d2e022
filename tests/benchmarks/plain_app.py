"""The API benchmarks' baseline: plain Starlette JSON endpoints over the same read models.

No GraphQL, no authentication, no middleware: each route reads the read model the
API reads, in one thread-pool call, and returns it as JSON. Served by
``python -m uvicorn tests.benchmarks.plain_app:app`` with ``RECUL_DATABASE_URL`` set.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict
from datetime import datetime
from typing import Any, TypedDict
from uuid import UUID

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from projections.factory import ReadModels, open_read_models
from projections.incidents.view import IncidentCursor, IncidentFilter, IncidentRow
from recul.settings import Settings

DATABASE_URL_VARIABLE = "RECUL_DATABASE_URL"
MAX_PAGE_SIZE = 100


class State(TypedDict):
    read_models: ReadModels


def encode_cursor(row: IncidentRow) -> str:
    """The keyset position after ``row``: its start time and id."""
    return f"{row.started_at.isoformat()}_{row.id}"


def decode_cursor(cursor: str) -> IncidentCursor:
    started_at, _, raw_id = cursor.rpartition("_")
    return datetime.fromisoformat(started_at), UUID(raw_id)


def _jsonable(row: IncidentRow) -> dict[str, Any]:
    return {
        key: value.isoformat() if isinstance(value, datetime) else value
        for key, value in asdict(row).items()
    } | {"id": str(row.id)}


@asynccontextmanager
async def lifespan(_app: Starlette) -> AsyncIterator[State]:
    settings = Settings(database_url=os.environ[DATABASE_URL_VARIABLE])
    read_models = open_read_models(settings.persistence_env())
    try:
        yield {"read_models": read_models}
    finally:
        read_models.close()


async def healthz(_request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


async def postmortem(request: Request) -> JSONResponse:
    """The stored post-mortem document of one incident."""
    incident_id: UUID = request.path_params["incident_id"]
    read_models: ReadModels = request.state.read_models
    found = await run_in_threadpool(read_models.postmortems.get_many, [incident_id])
    if incident_id not in found:
        return JSONResponse({"error": f"No post-mortem for incident {incident_id}."}, 404)
    return JSONResponse(found[incident_id])


async def incidents(request: Request) -> JSONResponse:
    """A page of incidents, newest first, after an optional cursor."""
    first = min(int(request.query_params.get("first", "20")), MAX_PAGE_SIZE)
    after = request.query_params.get("after")
    cursor = decode_cursor(after) if after else None
    read_models: ReadModels = request.state.read_models
    page = await run_in_threadpool(
        lambda: read_models.incidents.search(IncidentFilter(), first=first, after=cursor)
    )
    end = encode_cursor(page.rows[-1]) if page.rows else None
    return JSONResponse(
        {
            "rows": [_jsonable(row) for row in page.rows],
            "hasNext": page.has_next,
            "endCursor": end,
        }
    )


app = Starlette(
    routes=[
        Route("/healthz", healthz),
        Route("/postmortem/{incident_id:uuid}", postmortem),
        Route("/incidents", incidents),
    ],
    lifespan=lifespan,
)
