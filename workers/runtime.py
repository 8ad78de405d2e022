"""The resources of this worker process, set once by the composition root before work starts.

Actors receive ids only; what they need to act on them (the application, the
notification channels, the calendar, the outbox for digests) lives here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from domain.application import Recul
from domain.schedules.calendar import DEFAULT_CALENDAR, WorkingCalendar
from workers.notify.claims import Claims, LocalClaims
from workers.notify.notifier import Notifier


@dataclass(frozen=True)
class Runtime:
    app: Recul
    notifier: Notifier
    outbox: Any | None  # workers.outbox.Outbox, for the monthly digest
    calendar: WorkingCalendar
    public_url: str
    before_days: int = 3
    claims: Claims = field(default_factory=LocalClaims)


_current: Runtime | None = None


def configure(
    app: Recul,
    notifier: Notifier,
    outbox: Any | None = None,
    calendar: WorkingCalendar = DEFAULT_CALENDAR,
    public_url: str = "http://127.0.0.1:8000",
    *,
    before_days: int = 3,
    claims: Claims | None = None,
) -> Runtime:
    """Make these the resources every actor of this process uses."""
    global _current  # noqa: PLW0603 - one runtime per process, set by the composition root
    _current = Runtime(
        app,
        notifier,
        outbox,
        calendar,
        public_url.rstrip("/"),
        before_days,
        claims or LocalClaims(),
    )
    return _current


def current() -> Runtime:
    if _current is None:
        raise RuntimeError("workers.runtime.configure(...) must run before any actor.")
    return _current


def app() -> Recul:
    return current().app


def notifier() -> Notifier:
    return current().notifier


def reset() -> None:
    """Forget the resources (tests, and the embedded worker when the server stops)."""
    global _current  # noqa: PLW0603 - see configure
    _current = None
