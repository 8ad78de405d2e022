"""The Recul application: every command of the post-mortem, on one ordered event log."""

from __future__ import annotations

from domain.actions.application import ActionCommands
from domain.incidents.application import IncidentCommands
from domain.root_causes.application import RootCauseCommands
from domain.timeline.application import TimelineCommands


class Recul(IncidentCommands, TimelineCommands, RootCauseCommands, ActionCommands):
    """Commands are methods; each checks the rules on its aggregates and saves atomically."""

    name = "Recul"
