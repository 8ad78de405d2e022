"""The base aggregate: every event records who acted and under which correlation id."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any
from uuid import uuid4

from eventsourcing.domain import Aggregate, CanInitAggregate, CanMutateAggregate, ProgrammingError

from domain.errors import InvalidInputError


@dataclass(frozen=True)
class CommandContext:
    """Who issues a command, and the correlation id that ties its events together."""

    actor: str
    correlation_id: str = field(default_factory=lambda: uuid4().hex)

    def __post_init__(self) -> None:
        if not self.actor.strip():
            raise InvalidInputError("The acting principal must be named.", field="actor")


_current: ContextVar[CommandContext | None] = ContextVar("recul_command_context", default=None)


@contextmanager
def acting(ctx: CommandContext) -> Iterator[None]:
    """Make ``ctx`` the metadata of every event triggered inside the block."""
    token = _current.set(ctx)
    try:
        yield
    finally:
        _current.reset(token)


def _metadata() -> dict[str, str]:
    ctx = _current.get()
    if ctx is None:
        # A programming error, not a user one: commands always run under ``acting``.
        raise RuntimeError("Events must be triggered inside domain.base.acting(ctx).")
    return {"principal": ctx.actor, "correlation_id": ctx.correlation_id}


class RecordedAggregate(Aggregate):
    """An aggregate whose events carry the acting principal and a correlation id."""

    class Event(Aggregate.Event):
        principal: str
        correlation_id: str

    class Created(Event, Aggregate.Created):
        pass

    def trigger_event(self, event_class: type[CanMutateAggregate[Any]], **kwargs: Any) -> None:
        super().trigger_event(event_class, **_with_metadata(kwargs))

    @classmethod
    def _create(cls, event_class: type[CanInitAggregate[Any]], **kwargs: Any) -> Any:
        return super()._create(event_class, **_with_metadata(kwargs))


def _with_metadata(fields: dict[str, Any]) -> dict[str, Any]:
    metadata = _metadata()
    clash = metadata.keys() & fields.keys()
    if clash:
        # An event field named like the metadata would silently replace who acted.
        raise ProgrammingError(f"Event fields may not be named {sorted(clash)}.")
    return {**fields, **metadata}
