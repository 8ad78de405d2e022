"""`recul scheduler`: passes of the durable scheduler, once (cron, tests) or until stopped.

Exit codes (see recul.cli_support): 0 done; 2 bad usage (e.g. a --now without an
offset); 3 the store, the broker or the calendar settings are unusable.
"""

from __future__ import annotations

import json
import logging
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from types import FrameType
from typing import Any

import click

from domain.application import Recul
from domain.schedules.calendar import WorkingCalendar
from recul.cli_support import EXIT_UNAVAILABLE, AwareDatetime, application, fail, load_settings
from recul.settings import Settings
from workers.calendar import CalendarSettingError, working_calendar
from workers.outbox import Outbox, open_outbox
from workers.scheduler import Due, due_work, run_once

log = logging.getLogger(__name__)

Enqueue = Callable[[Due], None]


@click.command()
@click.option("--once", is_flag=True, help="Run one pass, print what it enqueued, and exit.")
@click.option(
    "--now", type=AwareDatetime(), default=None, help="With --once: run as if at this time."
)
@click.option(
    "--interval",
    type=click.FloatRange(min=0.1),
    default=60.0,
    show_default=True,
    help="Seconds between passes.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the items as JSON.")
@click.option(
    "--dry-run", is_flag=True, help="With --once: print what is due; enqueue and record nothing."
)
@click.pass_context
def scheduler(
    ctx: click.Context,
    *,
    once: bool,
    now: datetime | None,
    interval: float,
    as_json: bool,
    dry_run: bool,
) -> None:
    """Enqueue due reminders, review proposals, lateness checks and monthly digests."""
    if not once and (now is not None or dry_run):
        raise click.UsageError("--now and --dry-run apply to --once only")
    settings = load_settings()
    calendar = _calendar(settings)
    with application(settings) as app, _outbox(settings) as outbox:
        days = settings.reminder_days_before
        if dry_run:
            outbox.catch_up(app)
            _print(due_work(outbox, app, now or _utcnow(), calendar, before_days=days), as_json)
            return
        passes = Passes(app, outbox, _enqueue(ctx, settings), calendar, days)
        if once:
            _print(passes.once(now or _utcnow()), as_json)
            return
        _loop(passes, interval, as_json)


@dataclass(frozen=True)
class Passes:
    """What every pass of this process shares."""

    app: Recul
    outbox: Outbox
    enqueue: Enqueue
    calendar: WorkingCalendar
    before_days: int

    def run(self, now: datetime) -> list[Due]:
        return run_once(
            self.app, self.outbox, self.enqueue, now, self.calendar, before_days=self.before_days
        )

    def once(self, now: datetime) -> list[Due]:
        """One pass; a failure (the broker is down) exits 3."""
        try:
            return self.run(now)
        except Exception as error:
            raise fail(f"the pass stopped: {error}", EXIT_UNAVAILABLE) from error


def _loop(passes: Passes, interval: float, as_json: bool) -> None:
    stopping = threading.Event()

    def stop(_signum: int, _frame: FrameType | None) -> None:
        stopping.set()

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, stop)
    click.echo(f"scheduling every {interval:g} s; Ctrl-C to stop", err=True)
    while not stopping.is_set():
        moment = _utcnow()
        try:
            _print(passes.run(moment), as_json)
        except Exception as error:
            # Keep going: what was not enqueued is still due at the next pass.
            log.exception("A scheduler pass failed; the next one retries.")
            click.echo(f"recul: the pass at {moment.isoformat()} stopped: {error}", err=True)
        stopping.wait(interval)


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _print(items: list[Due], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps([due_data(d) for d in items]))
        return
    for d in items:
        click.echo(f"{d.at.isoformat()}  {d.kind}  {d.recipient_role}  {d.key}")
    click.echo(f"{len(items)} item(s)", err=True)


def due_data(due: Due) -> dict[str, Any]:
    return {
        "key": due.key,
        "kind": due.kind,
        "subjectId": str(due.subject_id),
        "incidentId": str(due.incident_id),
        "recipientRole": due.recipient_role,
        "at": due.at.isoformat(),
    }


def _calendar(settings: Settings) -> WorkingCalendar:
    try:
        return working_calendar(settings.time_zone, settings.working_days, settings.working_hours)
    except CalendarSettingError as error:
        raise fail(str(error), EXIT_UNAVAILABLE) from error


@contextmanager
def _outbox(settings: Settings) -> Iterator[Outbox]:
    try:
        outbox = open_outbox(settings.persistence_env())
    except Exception as error:
        raise fail(f"cannot open the outbox: {error}", EXIT_UNAVAILABLE) from error
    try:
        yield outbox
    finally:
        outbox.close()


def _enqueue(ctx: click.Context, settings: Settings) -> Enqueue:
    """The actors' enqueue; a caller (a test, `recul serve`) may pass its own in ``ctx.obj``."""
    given: Enqueue | None = ctx.obj.get("enqueue") if isinstance(ctx.obj, dict) else None
    if given is not None:
        return given
    if settings.redis_url is None:
        # A stub broker in this process would drop every message when it exits.
        raise fail(
            "recul scheduler needs RECUL_REDIS_URL (without it, `recul serve` runs the "
            "scheduler in-process); use --once --dry-run to see what is due",
            EXIT_UNAVAILABLE,
        )
    try:
        from recul.worker_cli import worker_broker

        worker_broker(settings)  # the workers' own broker and namespace, before the actors
        from workers.actors import enqueue_due
    except Exception as error:
        raise fail(f"cannot reach the broker: {error}", EXIT_UNAVAILABLE) from error
    return enqueue_due
