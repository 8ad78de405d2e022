"""`recul scheduler`: one pass as if at --now, printed (or as JSON); exit codes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from domain.application import Recul
from recul.scheduler_cli import scheduler as command
from tests.integration.projections.builders import CTX, declare, resolve
from workers.scheduler import Due

ROOT = Path(__file__).resolve().parents[3]
RESOLVED_ON = datetime(2026, 3, 2, 9, tzinfo=UTC)
NOW = "2026-03-02T12:00:00+00:00"


def scheduler(database_url: str, *args: str, enqueue: object = None, **env: str) -> Result:
    environ = {"RECUL_DATABASE_URL": database_url, "RECUL_REDIS_URL": "", **env}
    obj = None if enqueue is None else {"enqueue": enqueue}
    return CliRunner().invoke(command, list(args), obj=obj, env=environ)


@pytest.fixture
def resolved(app: Recul) -> None:
    incident_id = declare(app, started_at=RESOLVED_ON)
    resolve(app, incident_id, started_at=RESOLVED_ON)
    app.assign_facilitator(CTX, incident_id, facilitator="maya")


def test_once_runs_one_pass_as_if_at_now_and_prints_what_it_enqueued_as_json(
    database_url: str, resolved: None
) -> None:
    seen: list[Due] = []

    first = scheduler(database_url, "--once", "--now", NOW, "--json", enqueue=seen.append)
    again = scheduler(database_url, "--once", "--now", NOW, "--json", enqueue=seen.append)

    assert first.exit_code == 0, first.output
    printed = json.loads(first.stdout)
    assert [(i["kind"], i["recipientRole"]) for i in printed] == [
        ("DIGEST", "TEAMS"),
        ("REVIEW_PROPOSAL", "FACILITATOR"),
    ]
    assert printed[1]["at"] == "2026-03-02T09:15:00+00:00"
    assert [i["key"] for i in printed] == [d.key for d in seen]
    assert (again.exit_code, json.loads(again.stdout)) == (0, [])


def test_once_prints_one_line_per_item_without_json(database_url: str, resolved: None) -> None:
    result = scheduler(database_url, "--once", "--now", NOW, enqueue=lambda _: None)

    assert result.exit_code == 0
    assert "REVIEW_PROPOSAL  FACILITATOR  REVIEW_PROPOSAL:" in result.stdout
    assert "2 item(s)" in result.stderr


def test_a_now_without_an_offset_is_refused_as_bad_usage(database_url: str) -> None:
    result = scheduler(database_url, "--once", "--now", "2026-03-02T12:00:00", enqueue=print)

    assert result.exit_code == 2
    assert "no time zone offset" in result.stderr


def test_now_without_once_is_bad_usage(database_url: str) -> None:
    result = scheduler(database_url, "--now", NOW, enqueue=print)

    assert result.exit_code == 2
    assert "--once only" in result.stderr


def test_a_broker_failure_exits_3_and_records_nothing_it_did_not_enqueue(
    database_url: str, resolved: None
) -> None:
    def down(_: Due) -> None:
        raise ConnectionError("Redis is down")

    failed = scheduler(database_url, "--once", "--now", NOW, enqueue=down)
    retried = scheduler(database_url, "--once", "--now", NOW, "--json", enqueue=lambda _: None)

    assert failed.exit_code == 3
    assert "Redis is down" in failed.stderr
    assert len(json.loads(retried.stdout)) == 2


def test_without_redis_the_command_refuses_to_enqueue_into_its_own_memory(
    database_url: str,
) -> None:
    result = scheduler(database_url, "--once", "--now", NOW)

    assert result.exit_code == 3
    assert "RECUL_REDIS_URL" in result.stderr


def test_a_dry_run_prints_what_is_due_and_enqueues_nothing(
    database_url: str, resolved: None
) -> None:
    dry = scheduler(database_url, "--once", "--dry-run", "--now", NOW, "--json")
    real = scheduler(database_url, "--once", "--now", NOW, "--json", enqueue=lambda _: None)

    assert dry.exit_code == 0
    assert json.loads(dry.stdout) == json.loads(real.stdout)


def test_an_unreadable_calendar_setting_exits_3_saying_which(database_url: str) -> None:
    result = scheduler(
        database_url, "--once", "--now", NOW, enqueue=print, RECUL_WORKING_DAYS="mon-fry"
    )

    assert result.exit_code == 3
    assert "'fry' in RECUL_WORKING_DAYS" in result.stderr


# Runs the command in its own process with a recording enqueue, until SIGTERM.
LOOP = """
import sys
from recul.scheduler_cli import scheduler

def enqueue(due):
    print("ENQUEUED", due.kind, flush=True)

scheduler.main(sys.argv[1:], obj={"enqueue": enqueue})
"""


def test_without_once_it_runs_passes_until_sigterm(database_url: str, resolved: None) -> None:
    env = {**os.environ, "RECUL_DATABASE_URL": database_url, "RECUL_REDIS_URL": ""}
    process = subprocess.Popen(
        [sys.executable, "-c", LOOP, "--interval", "0.2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    lines = [process.stdout.readline() for _ in range(2)]
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=30)

    assert process.returncode == 0, err
    # Real time: the incident's review window may have closed already.
    assert "ENQUEUED DIGEST\n" in lines
    assert {"ENQUEUED REVIEW_PROPOSAL\n", "ENQUEUED LATE\n"} & set(lines)
    assert "ENQUEUED" not in out  # the later passes found everything enqueued lately
    assert "scheduling every 0.2 s" in err
