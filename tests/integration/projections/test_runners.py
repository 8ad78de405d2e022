"""One runner at a time per read model; the background runner follows the log."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest

from domain.application import Recul
from projections.factory import NAMES, ReadModels, open_read_models
from projections.incidents.view import IncidentFilter
from projections.runner import ProjectionRunner, catch_up, wait_for
from recul.demo import load_examples
from recul.settings import Settings
from recul.wiring import build_application
from tests.integration.projections.builders import declare, dump


@pytest.fixture
def pg_app(postgres_url: str) -> Iterator[Recul]:
    application = build_application(Settings(database_url=postgres_url))
    yield application
    application.close()


def test_two_concurrent_runners_on_postgres_never_apply_an_event_twice(
    pg_app: Recul, postgres_url: str
) -> None:
    load_examples(pg_app)
    for n in range(20):
        declare(pg_app, f"Incident {n}")
    env = Settings(database_url=postgres_url).persistence_env()
    runners = [open_read_models(env), open_read_models(env)]
    applied: list[int] = []
    errors: list[Exception] = []

    def run(read_models: ReadModels) -> None:
        try:
            applied.append(catch_up(pg_app, read_models, batch=7))
        except Exception as error:  # reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(rm,)) for rm in runners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    head = pg_app.recorder.max_notification_id() or 0
    assert errors == []
    assert sum(applied) == head * len(NAMES)  # each event once per read model, in all
    assert dump(pg_app, runners[0]) == dump(pg_app, runners[1])
    for read_models in runners:
        read_models.close()


def test_a_second_runner_waits_while_another_holds_the_read_model(
    app: Recul, read_models: ReadModels, open_more: Callable[[], ReadModels]
) -> None:
    declare(app)
    other = open_more()
    with read_models.incidents.exclusive() as held:
        assert held
        waiting = threading.Thread(target=catch_up, args=(app, other, ["incidents"]))
        waiting.start()
        waiting.join(timeout=0.5)
        assert waiting.is_alive()
        assert read_models.incidents.max_tracking_id(app.name) is None
        with other.incidents.exclusive(blocking=False) as got:
            assert not got
    waiting.join()

    assert read_models.incidents.max_tracking_id(app.name) == app.recorder.max_notification_id()


def test_the_background_runner_follows_new_events_until_stopped(
    app: Recul, read_models: ReadModels
) -> None:
    runner = ProjectionRunner(app, read_models, poll_interval=0.01)
    runner.start()
    try:
        incident_id = declare(app, "Seen by the runner")
        head = app.recorder.max_notification_id()
        assert head is not None

        assert wait_for(read_models, app.name, head, timeout=30)
        assert read_models.incidents.get_many([incident_id])[incident_id].title == (
            "Seen by the runner"
        )
    finally:
        runner.stop()
    assert set(read_models.lag(app).values()) == {0}


def test_waiting_for_a_position_nobody_applies_times_out(
    app: Recul, read_models: ReadModels
) -> None:
    declare(app)

    assert not wait_for(read_models, app.name, 1, timeout=0.1)
    assert read_models.incidents.count(IncidentFilter()) == 0
