"""/readyz's check: the database answers and the read models trail the log by little."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from api.app import readiness
from domain.application import Recul
from projections.factory import ReadModels, open_read_models
from projections.runner import catch_up
from recul.demo import load_examples
from recul.settings import Settings


@pytest.fixture
def read_models(database_url: str) -> Iterator[ReadModels]:
    models = open_read_models(Settings(database_url=database_url).persistence_env())
    yield models
    models.close()


def test_read_models_behind_the_bound_are_not_ready_then_ready_once_caught_up(
    store: Recul, read_models: ReadModels
) -> None:
    load_examples(store)

    behind, details = readiness(store, read_models, max_lag=10)
    catch_up(store, read_models)
    caught_up, after = readiness(store, read_models, max_lag=10)

    assert (behind, details["status"]) == (False, "catching up")
    assert all(n > 10 for n in details["lag"].values())
    assert (caught_up, after["status"], set(after["lag"].values())) == (True, "ok", {0})


def test_an_unreachable_database_is_not_ready_and_says_so_without_internals(
    store: Recul, read_models: ReadModels
) -> None:
    read_models.close()
    store.close()

    ready, details = readiness(store, read_models)

    assert (ready, details) == (False, {"status": "unavailable", "database": "unreachable"})
