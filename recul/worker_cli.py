"""`recul worker`: the Dramatiq worker processes on Redis, and their dead letters.

Worker tuning comes from the environment, read here (the composition root) only:

| variable | default | meaning |
| --- | --- | --- |
| RECUL_REDIS_NAMESPACE | recul | prefix of every Redis key (one per deployment) |
| RECUL_WORKER_MAX_RETRIES | 8 | tries of a transient failure before it is dead-lettered |
| RECUL_WORKER_MIN_BACKOFF_MS, RECUL_WORKER_MAX_BACKOFF_MS | 15000, 900000 | exponential backoff between tries |
| RECUL_WORKER_TIME_LIMIT_MS | 120000 | a delivery taking longer is interrupted (and retried) |
| RECUL_WORKER_HEARTBEAT_TIMEOUT_MS | 60000 | a worker silent this long is dead: its unacknowledged messages are requeued |
| RECUL_WORKER_MAINTENANCE_CHANCE | 1000 | per million Redis commands, how often dead workers are looked for |
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from dataclasses import asdict, fields

import click
import dramatiq
import redis

from domain.application import Recul
from recul.cli_support import EXIT_REFUSED, EXIT_UNAVAILABLE, fail, load_settings
from recul.settings import Settings, SettingsError
from workers import runtime
from workers.broker import DEFAULT_NAMESPACE, BrokerOptions, make_broker
from workers.calendar import CalendarSettingError, working_calendar
from workers.notify import Notifier
from workers.notify.claims import PostgresClaims

ENV = {
    "max_retries": "RECUL_WORKER_MAX_RETRIES",
    "min_backoff_ms": "RECUL_WORKER_MIN_BACKOFF_MS",
    "max_backoff_ms": "RECUL_WORKER_MAX_BACKOFF_MS",
    "time_limit_ms": "RECUL_WORKER_TIME_LIMIT_MS",
    "heartbeat_timeout_ms": "RECUL_WORKER_HEARTBEAT_TIMEOUT_MS",
    "maintenance_chance": "RECUL_WORKER_MAINTENANCE_CHANCE",
}
NO_REDIS = (
    "RECUL_REDIS_URL is not set. `recul worker` runs Dramatiq workers on Redis; without Redis, "
    "`recul serve` runs a worker thread in-process (the embedded default)."
)


def broker_options(environ: Mapping[str, str] | None = None) -> BrokerOptions:
    """BrokerOptions with the RECUL_WORKER_* overrides of the environment."""
    values = os.environ if environ is None else environ
    given = {}
    for field in fields(BrokerOptions):
        raw = values.get(ENV[field.name], "").strip()
        if raw:
            if not raw.isdigit():
                raise SettingsError(f"{ENV[field.name]} must be a whole number; got {raw!r}.")
            given[field.name] = int(raw)
    return BrokerOptions(**given)


def redis_namespace(environ: Mapping[str, str] | None = None) -> str:
    values = os.environ if environ is None else environ
    return values.get("RECUL_REDIS_NAMESPACE", "").strip() or DEFAULT_NAMESPACE


def worker_broker(settings: Settings) -> dramatiq.Broker:
    """This process's broker (Redis, or the stub broker without RECUL_REDIS_URL), actors bound."""
    return make_broker(settings.redis_url, namespace=redis_namespace(), options=broker_options())


def configure_worker(settings: Settings, app: Recul) -> runtime.Runtime:
    """Give the actors of this process what they work with (see workers.runtime)."""
    from workers.outbox import open_outbox

    try:
        calendar = working_calendar(
            settings.time_zone, settings.working_days, settings.working_hours
        )
    except CalendarSettingError as error:
        raise SettingsError(str(error)) from error
    return runtime.configure(
        app,
        Notifier.from_urls(settings.smtp_url, settings.mail_from, settings.chat_webhook_url),
        open_outbox(settings.persistence_env()),
        calendar,
        settings.public_url,
        before_days=settings.reminder_days_before,
        claims=PostgresClaims(settings.database_url) if settings.is_postgres else None,
    )


@click.group(invoke_without_command=True)
@click.option("--processes", type=click.IntRange(min=1), default=2, show_default=True)
@click.option("--threads", type=click.IntRange(min=1), default=4, show_default=True)
@click.pass_context
def worker(ctx: click.Context, processes: int, threads: int) -> None:
    """Run the Dramatiq workers on Redis (RECUL_REDIS_URL) until SIGTERM/SIGINT."""
    if ctx.invoked_subcommand is not None:
        return
    if load_settings().redis_url is None:
        raise fail(NO_REDIS, EXIT_REFUSED)
    argv = [sys.executable, "-m", "dramatiq", "recul.worker_entry"]
    argv += ["--processes", str(processes), "--threads", str(threads)]
    # exec: dramatiq's supervisor becomes this process, so signals from a process
    # manager (SIGTERM: finish current messages, requeue the prefetched) reach it.
    os.execv(sys.executable, argv)  # noqa: S606 - fixed argv, no shell


@worker.command("dead-letters")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per dead letter.")
@click.option("--retry", "retry_id", default=None, help="Enqueue dead letter ID again.")
def dead_letters(as_json: bool, retry_id: str | None) -> None:
    """List the messages that failed for good (kept 7 days), or retry one."""
    from workers.dead_letters import list_dead_letters, retry_dead_letter

    settings = load_settings()
    if settings.redis_url is None:
        raise fail(NO_REDIS, EXIT_REFUSED)
    try:
        broker = worker_broker(settings)
    except SettingsError as error:
        raise fail(str(error), EXIT_UNAVAILABLE) from error
    try:
        if retry_id is not None:
            if not retry_dead_letter(broker, retry_id):
                raise fail(f"no dead letter with id {retry_id!r}", EXIT_REFUSED)
            click.echo(f"retried {retry_id}")
            return
        for letter in list_dead_letters(broker):
            data = asdict(letter) | {"failedAt": letter.failed_at and letter.failed_at.isoformat()}
            if as_json:
                data.pop("failed_at")
                click.echo(json.dumps(data, default=str, ensure_ascii=False))
            else:
                click.echo(
                    f"{letter.id}  {data['failedAt']}  {letter.actor}{tuple(letter.args)}  {letter.error}"
                )
    except redis.RedisError as error:
        raise fail(f"cannot reach Redis: {error}", EXIT_UNAVAILABLE) from error
    finally:
        broker.close()
