"""Two writers of one aggregate at the same time, on PostgreSQL: one wins, the other stores nothing."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

from domain.application import Recul
from domain.base import CommandContext, acting
from domain.errors import ConflictError
from domain.incidents.model import Incident
from recul.settings import Settings
from recul.wiring import build_application

ROUNDS = 10


def test_concurrent_writers_of_one_incident_one_wins_the_other_gets_a_conflict(
    postgres_url: str,
) -> None:
    apps = [build_application(Settings(database_url=postgres_url)) for _ in range(2)]
    try:
        incident = apps[0].declare_incident(
            CommandContext("ops"),
            title="Cache stampede",
            severity="SEV2",
            services=["api"],
            started_at=_t(),
        )
        for round_number in range(ROUNDS):
            outcomes = _race(apps, incident.id, round_number)
            assert sorted(outcomes) == ["CONFLICT", "stored"], outcomes
        stored = apps[1].load(Incident, incident.id)
        assert stored.version == 1 + ROUNDS
        assert len(stored.responders) == ROUNDS
    finally:
        for app in apps:
            app.close()


def test_concurrent_commands_with_the_same_expected_version_one_wins(postgres_url: str) -> None:
    apps = [build_application(Settings(database_url=postgres_url)) for _ in range(2)]
    try:
        incident = apps[0].declare_incident(
            CommandContext("ops"),
            title="DNS flap",
            severity="SEV3",
            services=["edge"],
            started_at=_t(),
        )
        barrier = threading.Barrier(2)
        outcomes: list[str] = []

        def writer(app: Recul, name: str) -> Callable[[], None]:
            def run() -> None:
                barrier.wait()
                try:
                    app.add_responder(
                        CommandContext(name), incident.id, responder=name, expected_version=1
                    )
                    outcomes.append("stored")
                except ConflictError as error:
                    outcomes.append(error.code)

            return run

        threads = [
            threading.Thread(target=writer(app, n))
            for app, n in zip(apps, ["ana", "ben"], strict=True)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()

        assert sorted(outcomes) == ["CONFLICT", "stored"]
        assert apps[0].load(Incident, incident.id).version == 2
    finally:
        for app in apps:
            app.close()


def _race(apps: list[Recul], incident_id: object, round_number: int) -> list[str]:
    """Both writers load the same version, then commit at the same moment."""
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def writer(app: Recul, name: str) -> None:
        with acting(CommandContext(name)):
            incident = app.load(Incident, incident_id)  # type: ignore[arg-type]
            incident.add_responder(responder=f"{name}-{round_number}")
            barrier.wait()
            try:
                app.commit(incident)
                outcomes.append("stored")
            except ConflictError as error:
                outcomes.append(error.code)

    threads = [
        threading.Thread(target=writer, args=(app, n))
        for app, n in zip(apps, ["ana", "ben"], strict=True)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes


def _t() -> datetime:
    return datetime.fromisoformat("2026-06-01T10:00:00+00:00")
