"""The one place the Dramatiq broker is built; import and call it before any actor.

Redis in production (``RECUL_REDIS_URL``); the in-process stub broker in the
embedded default. Retries back off exponentially for transient failures; what
still fails, or fails for good, is dead-lettered (see workers.dead_letters).
"""

from __future__ import annotations

import contextlib
import json
import time
from dataclasses import dataclass
from typing import Any

import dramatiq
import redis
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import (
    AgeLimit,
    Callbacks,
    Middleware,
    Pipelines,
    Retries,
    ShutdownNotifications,
    TimeLimit,
)

DEFAULT_NAMESPACE = "recul"
REASONS = "__recul_failures__"  # hash: dead-lettered message id -> why it failed


@dataclass(frozen=True)
class BrokerOptions:
    """How hard to retry and how fast to notice dead workers; production defaults."""

    # 8 tries over about an hour with these backoffs: an SMTP relay being
    # restarted or a chat service's bad minute is ridden out, a wrong address is not.
    max_retries: int = 8
    min_backoff_ms: int = 15_000
    max_backoff_ms: int = 15 * 60_000
    # A delivery is a few network calls; anything slower is stuck, not slow.
    time_limit_ms: int = 120_000
    # dramatiq's defaults: a worker silent for a minute is dead and its unacked
    # messages go back to the queue, checked on 0.1% of Redis commands.
    heartbeat_timeout_ms: int = 60_000
    maintenance_chance: int = 1_000


def make_broker(
    redis_url: str | None,
    *,
    namespace: str = DEFAULT_NAMESPACE,
    options: BrokerOptions | None = None,
) -> dramatiq.Broker:
    """A Redis broker (or the stub broker when ``redis_url`` is None), made the global one."""
    chosen = options or BrokerOptions()
    middleware = _middleware(chosen)
    broker: dramatiq.Broker
    if redis_url is None:
        broker = StubBroker(middleware=middleware)
    else:
        broker = RedisBroker(
            url=redis_url,
            namespace=namespace,
            middleware=[FailureReasons(), *middleware],
            heartbeat_timeout=chosen.heartbeat_timeout_ms,
            maintenance_chance=chosen.maintenance_chance,
        )
    dramatiq.set_broker(broker)
    from workers.actors import bind  # noqa: PLC0415 - actors bind to the broker just built

    bind(broker)
    return broker


def _middleware(options: BrokerOptions) -> list[Middleware]:
    return [
        AgeLimit(),
        TimeLimit(time_limit=options.time_limit_ms),
        ShutdownNotifications(),
        Callbacks(),
        Pipelines(),
        Retries(
            max_retries=options.max_retries,
            min_backoff=options.min_backoff_ms,
            max_backoff=options.max_backoff_ms,
        ),
    ]


class FailureReasons(Middleware):
    """Keeps why a message was dead-lettered: dramatiq's Redis broker stores only the message.

    Listed first, so that it runs after Retries has decided (``after_*`` hooks run
    in reverse order).
    """

    def after_process_message(
        self, broker: dramatiq.Broker, message: Any, *, exception: Any = None, **_: Any
    ) -> None:
        if exception is None or not message.failed or not isinstance(broker, RedisBroker):
            return
        reason = {"error": f"{type(exception).__name__}: {exception}", "at": time.time()}
        message_id = message.options.get("redis_message_id")
        # The reason is a courtesy; the dead letter itself is what matters.
        with contextlib.suppress(redis.RedisError):
            broker.client.hset(f"{broker.namespace}:{REASONS}", message_id, json.dumps(reason))
