"""The ``recul`` command line, run as a real process on each store."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from uuid import UUID

import pytest

from recul.demo import example_id


def recul(database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "RECUL_DATABASE_URL": database_url}
    return subprocess.run(
        [sys.executable, "-m", "recul.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_demo_prints_the_id_of_each_incident_it_loaded_and_loads_once(database_url: str) -> None:
    first = recul(database_url, "demo")
    again = recul(database_url, "demo", "--json")

    incident_id = str(example_id("deploy-broke-prod"))
    assert (first.returncode, first.stdout.strip()) == (0, incident_id)
    assert json.loads(again.stdout) == [{"id": incident_id, "loadedNow": False}]


def test_export_prints_markdown_in_english_french_and_redacted(database_url: str) -> None:
    incident_id = recul(database_url, "demo").stdout.strip()

    english = recul(database_url, "export", incident_id, "--format", "markdown")
    french = recul(database_url, "export", incident_id, "--format", "markdown", "--lang", "fr")
    public = recul(database_url, "export", incident_id, "--lang", "fr", "--redacted")

    assert english.stdout.startswith("# Post-mortem: Checkout deploy broke production")
    assert "Thank you, **lisa**" in english.stdout
    assert "## 6. Leçons apprises" in french.stdout
    assert "Merci à **lisa**" in french.stdout
    assert public.returncode == 0
    assert "Merci à **la personne qui a détecté l'incident**" in public.stdout
    for name in ("lisa", "bob", "karim", "claire"):
        assert not re.search(rf"\b{name}\b", public.stdout, re.IGNORECASE)


def test_export_json_gives_the_six_sections_and_an_earlier_version(database_url: str) -> None:
    incident_id = recul(database_url, "demo").stdout.strip()

    now = json.loads(recul(database_url, "export", incident_id, "--format", "json").stdout)
    then = json.loads(
        recul(
            database_url, "export", incident_id, "--format", "json", "--as-of-version", "2"
        ).stdout
    )

    for section in ("timeline", "impact", "rootCauses", "wentWell", "actions", "lessons"):
        assert now[section]
    assert (then["version"], then["responders"], then["timeline"]) == (2, ["bob"], [])


def test_history_lists_every_event_with_its_actor(database_url: str) -> None:
    incident_id = recul(database_url, "demo").stdout.strip()

    lines = recul(database_url, "history", incident_id, "--json").stdout.splitlines()
    events = [json.loads(line) for line in lines]

    assert events[0]["type"] == "Incident.Declared"
    assert [e["version"] for e in events] == list(range(1, len(events) + 1))
    assert {e["actor"] for e in events} == {"recul-demo"}


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("export", "not-an-id"), 2, "is not an id"),
        (("export", "7d1c4a5e-0000-4000-8000-000000000000"), 1, "NOT_FOUND"),
        (
            ("export", "7d1c4a5e-0000-4000-8000-000000000000", "--as-of", "2026-03-10T14:00"),
            2,
            "time zone",
        ),
        (("history", "7d1c4a5e-0000-4000-8000-000000000000"), 1, "NOT_FOUND"),
        (("export", "x", "--format", "pdf"), 2, "pdf"),
    ],
)
def test_bad_input_gets_a_clear_message_and_a_meaningful_exit_code(
    database_url: str, args: tuple[str, ...], code: int, message: str
) -> None:
    result = recul(database_url, *args)

    assert result.returncode == code
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unusable_database_url_exits_with_3() -> None:
    result = recul("mysql://nowhere/db", "demo")

    assert result.returncode == 3
    assert "RECUL_DATABASE_URL" in result.stderr


def test_every_command_has_help() -> None:
    for command in ((), ("demo",), ("export",), ("history",)):
        result = recul("sqlite:///:memory:", *command, "--help")
        assert result.returncode == 0
        assert "Usage:" in result.stdout


def test_token_create_prints_the_token_alone_on_its_last_line_and_revoke_disables_it(
    database_url: str,
) -> None:
    created = recul(database_url, "token", "create", "--name", "ci-bot", "--role", "reader")
    token = created.stdout.splitlines()[-1]
    token_id = str(UUID(token.split("_")[1]))

    revoked = recul(database_url, "token", "revoke", token_id, "--reason", "rotated")
    listed = json.loads(recul(database_url, "token", "list", "--json").stdout)

    assert created.returncode == 0
    assert re.fullmatch(r"rcl_[0-9a-f]{32}_\S+", token)
    assert revoked.returncode == 0
    assert listed == [{"id": token_id, "name": "ci-bot", "role": "reader", "revoked": True}]


def test_projections_run_once_catches_up_and_rebuild_replays_one_read_model(
    database_url: str,
) -> None:
    recul(database_url, "demo")

    before = json.loads(recul(database_url, "projections", "status", "--json").stdout)
    ran = recul(database_url, "projections", "run", "--once")
    after = json.loads(recul(database_url, "projections", "status", "--json").stdout)
    rebuilt = recul(database_url, "projections", "rebuild", "incidents")

    assert set(before) == {"incidents", "postmortems", "actions", "people"}
    assert all(behind > 0 for behind in before.values())
    assert ran.returncode == 0
    assert after == dict.fromkeys(before, 0)
    assert rebuilt.returncode == 0
    assert f"rebuilt incidents: {before['incidents']:,} events" in rebuilt.stderr


def test_an_unknown_read_model_is_refused_with_the_names_to_choose_from() -> None:
    result = recul("sqlite:///:memory:", "projections", "rebuild", "nope")

    assert result.returncode == 2
    assert "incidents" in result.stderr


def test_serve_on_an_unreachable_database_exits_with_3_and_a_message(postgres_url: str) -> None:
    missing = postgres_url.rsplit("/", 1)[0] + "/recul_no_such_database"

    result = recul(missing, "serve", "--port", "1")

    assert result.returncode == 3
    assert "cannot open the event store" in result.stderr
    assert "Traceback" not in result.stderr
