"""What every ``recul`` command shares: opening the store, exit codes, parameter types.

Exit codes: 0 success; 1 the command was refused (unknown id, invalid input, ...);
2 bad usage (click's own); 3 the store cannot be reached or configured.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any
from uuid import UUID

import click

from domain.application import Recul
from domain.errors import DomainError
from recul.settings import Settings, SettingsError
from recul.wiring import build_application

EXIT_REFUSED, EXIT_UNAVAILABLE = 1, 3


@contextmanager
def application(settings: Settings | None = None) -> Iterator[Recul]:
    """The application for this process, with errors turned into exit codes."""
    try:
        app = build_application(settings or load_settings())
    except SettingsError as error:
        raise fail(str(error), EXIT_UNAVAILABLE) from error
    except Exception as error:
        raise fail(f"cannot open the event store: {error}", EXIT_UNAVAILABLE) from error
    try:
        yield app
    except DomainError as error:
        raise fail(f"{error.code}: {error.message}", EXIT_REFUSED) from error
    finally:
        app.close()


def load_settings() -> Settings:
    """The settings, or exit 3 with the reason."""
    try:
        return Settings.from_env()
    except SettingsError as error:
        raise fail(str(error), EXIT_UNAVAILABLE) from error


def fail(message: str, code: int) -> click.exceptions.Exit:
    click.echo(f"recul: {message}", err=True)
    return click.exceptions.Exit(code)


class UUIDParam(click.ParamType):
    name = "uuid"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> UUID:
        try:
            return value if isinstance(value, UUID) else UUID(str(value))
        except ValueError:
            self.fail(f"{value!r} is not an id (a UUID such as 3f2b...-...)", param, ctx)


class AwareDatetime(click.ParamType):
    name = "iso8601"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> datetime:
        try:
            parsed = datetime.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not an ISO 8601 time", param, ctx)
        if parsed.tzinfo is None:
            self.fail(f"{value!r} has no time zone offset (add +01:00 or Z)", param, ctx)
        return parsed
