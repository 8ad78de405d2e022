"""Every event is applied exactly once, whatever stops or replays the runner."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from uuid import UUID

import pytest
from eventsourcing.persistence import IntegrityError, Tracking

from domain.application import Recul
from projections.factory import NAMES, ReadModels
from projections.incidents.view import IncidentFilter
from projections.runner import catch_up, rebuild
from recul.demo import load_examples
from tests.integration.projections.builders import CTX, Planned, actions, declare, dump, resolve

ROOT = Path(__file__).resolve().parents[3]

# Catches up one event at a time, saying so, slowly enough to be killed half-way.
SLOW_RUNNER = """
import sys, time
from projections.factory import open_read_models
from projections.runner import catch_up
from recul.settings import Settings
from recul.wiring import build_application

settings = Settings(database_url=sys.argv[1])
app = build_application(settings)
read_models = open_read_models(settings.persistence_env())

def slowly(name, applied, total):
    print(name, applied, flush=True)
    time.sleep(0.01)

catch_up(app, read_models, batch=1, progress=slowly)
"""


def record_history(app: Recul) -> None:
    """A bit of everything: the worked example, more incidents, actions, people."""
    load_examples(app)
    for n in range(3):
        incident_id = declare(app, f"Incident {n}")
        resolve(app, incident_id)
        [action_id, _] = actions(app, incident_id, Planned(), Planned(due=None))
        app.start_action(CTX, action_id)
        app.reschedule_action(CTX, action_id, due_date=date(2026, 6, 1), reason="Later.")


@pytest.mark.parametrize("name", NAMES)
def test_a_rebuild_yields_the_rows_of_the_incremental_run(
    app: Recul, read_models: ReadModels, name: str
) -> None:
    load_examples(app)
    catch_up(app, read_models)
    record_history(app)  # more events after a first catch-up, applied incrementally
    catch_up(app, read_models)
    incremental = dump(app, read_models)

    replayed = rebuild(app, read_models, name)

    assert replayed == app.recorder.max_notification_id()
    assert dump(app, read_models) == incremental


def test_events_a_read_model_ignores_still_move_its_position(
    app: Recul, read_models: ReadModels
) -> None:
    declare(app)  # an Incident event: the actions read model has nothing to write for it
    catch_up(app, read_models, ["actions"])

    assert read_models.actions.max_tracking_id(app.name) == app.recorder.max_notification_id()
    assert read_models.lag(app) == {"incidents": 1, "postmortems": 1, "actions": 0, "people": 1}


def test_a_runner_killed_half_way_resumes_to_the_state_of_an_uninterrupted_run(
    app: Recul, read_models: ReadModels, database_url: str
) -> None:
    record_history(app)
    head = app.recorder.max_notification_id() or 0
    with subprocess.Popen(
        [sys.executable, "-c", SLOW_RUNNER, database_url],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    ) as runner:
        assert runner.stdout is not None
        lines = [runner.stdout.readline() for _ in range(head + 10)]  # into the 2nd read model
        runner.send_signal(signal.SIGKILL)
        runner.wait()
    assert lines[-1].startswith("postmortems")
    assert 0 < (read_models.postmortems.max_tracking_id(app.name) or 0) < head

    catch_up(app, read_models)
    resumed = dump(app, read_models)
    for name in NAMES:
        rebuild(app, read_models, name)

    assert dump(app, read_models) == resumed
    assert set(read_models.lag(app).values()) == {0}


def test_a_failing_row_write_leaves_the_tracking_position_unchanged(
    app: Recul, read_models: ReadModels
) -> None:
    incident_id = declare(app)
    catch_up(app, read_models)
    position = read_models.incidents.max_tracking_id(app.name)
    assert position is not None
    row = read_models.incidents.get_many([incident_id])[incident_id]

    with pytest.raises(IntegrityError):  # the same incident declared twice: the row fails
        read_models.incidents.insert_incident(row, Tracking(app.name, position + 1))

    assert read_models.incidents.max_tracking_id(app.name) == position


def test_rows_of_an_already_applied_position_are_not_written(
    app: Recul, read_models: ReadModels
) -> None:
    declare(app, "Applied")
    catch_up(app, read_models)
    position = read_models.incidents.max_tracking_id(app.name)
    assert position is not None
    [row] = read_models.incidents.search(IncidentFilter(), first=1).rows
    replayed = replace(row, id=UUID(int=1), title="Again")

    with pytest.raises(IntegrityError):
        read_models.incidents.insert_incident(replayed, Tracking(app.name, position))

    assert read_models.incidents.get_many([replayed.id]) == {}
    assert read_models.incidents.count(IncidentFilter()) == 1
