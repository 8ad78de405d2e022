"""Builds the application for a process from its settings."""

from __future__ import annotations

from domain.application import Recul
from recul.settings import Settings


def build_application(settings: Settings) -> Recul:
    """The event-sourced application on the recorder the settings select."""
    return Recul(env=settings.persistence_env())
