from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from domain.application import Recul
from domain.base import CommandContext
from recul.settings import Settings
from recul.wiring import build_application
from tests.services import postgres_database, sqlite_url


@pytest.fixture
def ctx() -> CommandContext:
    return CommandContext(actor="claire")


@pytest.fixture(params=["postgres", "sqlite"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The same test on PostgreSQL and on SQLite."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
        return
    with postgres_database() as url:
        yield url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    with postgres_database() as url:
        yield url


@pytest.fixture
def store(database_url: str) -> Iterator[Recul]:
    app = build_application(Settings(database_url=database_url))
    yield app
    app.close()
