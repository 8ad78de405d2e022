"""API fixtures: the application, a context per role, and an HTTP client per role."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any
from uuid import uuid4

import httpx
import pytest

from api.app import create_app
from api.auth import Principal
from api.context import Context
from api.limits import Limits
from api.schema import schema
from domain.application import Recul
from domain.base import CommandContext
from domain.tokens.model import TokenRole
from projections.factory import ReadModels
from tests.api.read_models import read_models_in

Execute = Callable[..., Coroutine[Any, Any, dict[str, Any]]]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def app() -> Recul:
    return Recul(env={"PERSISTENCE_MODULE": "eventsourcing.popo"})


@pytest.fixture
def read_models(tmp_path: Path) -> Iterator[ReadModels]:
    models = read_models_in(tmp_path)
    yield models
    models.close()


def principal(role: str, name: str | None = None) -> Principal:
    return Principal(token_id=uuid4(), name=name or f"{role}-bot", role=TokenRole(role))


@pytest.fixture
def execute(app: Recul, read_models: Any) -> Execute:
    """Runs a document through ``schema.execute`` as an editor (or ``role``); no HTTP."""

    async def run(
        query: str, variables: dict[str, Any] | None = None, *, role: str = "editor"
    ) -> dict[str, Any]:
        context = Context(app, read_models, principal(role), "test-correlation")
        result = await schema.execute(query, variable_values=variables, context_value=context)
        return {"data": result.data, "errors": result.errors}

    return run


@pytest.fixture
def tokens(app: Recul) -> dict[str, str]:
    """One plaintext token per role."""
    admin = CommandContext("test-admin")
    return {role: app.create_token(admin, name=f"{role}-bot", role=role)[1] for role in TokenRole}


@pytest.fixture
async def client(app: Recul, read_models: Any) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client on the ASGI app, small limits so the limit tests stay fast."""
    asgi = create_app(app, read_models, production=False, limits=Limits())
    transport = httpx.ASGITransport(app=asgi)
    async with httpx.AsyncClient(transport=transport, base_url="http://recul.test") as http:
        yield http
