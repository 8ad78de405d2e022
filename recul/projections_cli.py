"""`recul projections ...`: follow the log into the read models, rebuild one, show lag."""

from __future__ import annotations

import json
import signal
import threading
from types import FrameType

import click

from projections.factory import NAMES, ReadModels, open_read_models
from projections.runner import ProjectionRunner, catch_up, rebuild
from recul.cli_support import application, load_settings


def _progress(name: str, applied: int, total: int) -> None:
    click.echo(f"\r  {name}: {applied:,}/{total:,} events", nl=False, err=True)


def _read_models() -> ReadModels:
    return open_read_models(load_settings().persistence_env())


@click.group()
def projections() -> None:
    """Read models: follow the log, rebuild one, show how far behind each is."""


@projections.command("run")
@click.option("--once", is_flag=True, help="Catch up, then exit (for cron and tests).")
@click.option("--poll-interval", type=click.FloatRange(min=0.01), default=0.2, show_default=True)
def run(once: bool, poll_interval: float) -> None:
    """Apply new events to every read model, until interrupted (SIGINT or SIGTERM)."""
    with application() as app:
        read_models = _read_models()
        try:
            applied = catch_up(app, read_models, progress=_progress)
            click.echo(f"\ncaught up: {applied:,} events applied", err=True)
            if once:
                return
            _follow(ProjectionRunner(app, read_models, poll_interval=poll_interval))
        finally:
            read_models.close()


def _follow(runner: ProjectionRunner) -> None:
    stopping = threading.Event()

    def stop(_signum: int, _frame: FrameType | None) -> None:
        stopping.set()

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, stop)
    runner.start()
    click.echo("following the log; Ctrl-C to stop", err=True)
    stopping.wait()
    runner.stop()


@projections.command("rebuild")
@click.argument("name", type=click.Choice(NAMES))
def rebuild_command(name: str) -> None:
    """Empty read model NAME and replay the whole log into it."""
    with application() as app:
        read_models = _read_models()
        try:
            applied = rebuild(app, read_models, name, progress=_progress)
        finally:
            read_models.close()
    click.echo(f"\nrebuilt {name}: {applied:,} events applied", err=True)


@projections.command("status")
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
def status(as_json: bool) -> None:
    """How many events each read model has still to apply."""
    with application() as app:
        read_models = _read_models()
        try:
            lag = read_models.lag(app)
        finally:
            read_models.close()
    if as_json:
        click.echo(json.dumps(lag))
        return
    for name, behind in lag.items():
        click.echo(f"{name:<12} {behind:>8,} behind")
