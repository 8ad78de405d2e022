"""Read-model fixtures: the application and its read models on the same database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from domain.application import Recul
from projections.factory import ReadModels, open_read_models
from recul.settings import Settings
from recul.wiring import build_application


@pytest.fixture
def app(database_url: str) -> Iterator[Recul]:
    application = build_application(Settings(database_url=database_url))
    yield application
    application.close()


@pytest.fixture
def read_models(database_url: str) -> Iterator[ReadModels]:
    models = open_read_models(Settings(database_url=database_url).persistence_env())
    yield models
    models.close()


@pytest.fixture
def open_more(database_url: str) -> Iterator[object]:
    """Opens more read models on the same database: other runners, with their own pools."""
    opened: list[ReadModels] = []

    def _open() -> ReadModels:
        opened.append(open_read_models(Settings(database_url=database_url).persistence_env()))
        return opened[-1]

    yield _open
    for models in opened:
        models.close()
