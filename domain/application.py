"""The Recul application: every command of the post-mortem, on one ordered event log."""

from __future__ import annotations

from typing import ClassVar

from domain.actions.application import ActionCommands
from domain.incidents.application import IncidentCommands
from domain.notifications.application import NotificationCommands
from domain.people.application import PeopleCommands
from domain.root_causes.application import RootCauseCommands
from domain.timeline.application import TimelineCommands
from domain.tokens.application import TokenCommands


class Recul(
    IncidentCommands,
    TimelineCommands,
    RootCauseCommands,
    ActionCommands,
    TokenCommands,
    PeopleCommands,
    NotificationCommands,
):
    """Commands are methods; each checks the rules on its aggregates and saves atomically."""

    name = "Recul"
    # Commands load the aggregate they change: keep recent ones in memory and
    # fast-forward them from the store (one query for the newer events), instead
    # of replaying every event of a long timeline on each command.
    env: ClassVar[dict[str, str]] = {
        "AGGREGATE_CACHE_MAXSIZE": "2000",
        "AGGREGATE_CACHE_FASTFORWARD": "y",
    }
