"""Unit fixtures: the Recul application on eventsourcing's in-memory recorder."""

from __future__ import annotations

import pytest

from domain.application import Recul
from domain.base import CommandContext


@pytest.fixture
def app() -> Recul:
    return Recul(env={"PERSISTENCE_MODULE": "eventsourcing.popo"})


@pytest.fixture
def ctx() -> CommandContext:
    return CommandContext(actor="maya")
