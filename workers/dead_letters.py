"""Messages that failed for good: list them with their reason, and put one back to work.

On Redis, dramatiq keeps them per queue in the sorted set ``<ns>:<queue>.XQ``
(scored by when they died) and the hash ``<ns>:<queue>.XQ.msgs``, for 7 days.
The stub broker keeps them in memory (``StubBroker.dead_letters``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from dramatiq.common import q_name

from workers.broker import REASONS

# Bookkeeping of the failed attempts: a retried dead letter starts afresh.
RESET = ("retries", "traceback", "requeue_timestamp", "eta")


@dataclass(frozen=True)
class DeadLetter:
    id: str
    actor: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    queue: str
    failed_at: datetime | None
    error: str


def list_dead_letters(broker: dramatiq.Broker) -> list[DeadLetter]:
    """Every dead letter of every queue, oldest first."""
    if isinstance(broker, StubBroker):
        return [_from_stub(m) for m in broker.dead_letters]
    redis_broker = _redis(broker)
    letters = [
        letter
        for queue in _redis_queues(redis_broker)
        for letter in _from_redis(redis_broker, queue)
    ]
    return sorted(letters, key=lambda d: d.failed_at or datetime.min.replace(tzinfo=UTC))


def retry_dead_letter(broker: dramatiq.Broker, letter_id: str) -> bool:
    """Enqueue the dead letter ``letter_id`` again, as new; False when there is none."""
    if isinstance(broker, StubBroker):
        return _retry_stub(broker, letter_id)
    redis_broker = _redis(broker)
    for queue in _redis_queues(redis_broker):
        xq = f"{redis_broker.namespace}:{queue}.XQ"
        client = _client(redis_broker)
        data = client.hget(f"{xq}.msgs", letter_id)
        if data is not None:
            # Enqueued before being removed: a crash in between leaves a duplicate,
            # which idempotent actors absorb, rather than a lost message.
            redis_broker.enqueue(_fresh(dramatiq.Message.decode(data)))
            with client.pipeline() as pipe:
                pipe.zrem(xq, letter_id).hdel(f"{xq}.msgs", letter_id)
                pipe.hdel(f"{redis_broker.namespace}:{REASONS}", letter_id).execute()
            return True
    return False


def _fresh(message: dramatiq.Message[Any]) -> dramatiq.Message[Any]:
    options = {k: v for k, v in message.options.items() if k not in RESET}
    return dramatiq.Message(
        queue_name=q_name(message.queue_name),
        actor_name=message.actor_name,
        args=message.args,
        kwargs=message.kwargs,
        options=options,
        message_id=message.message_id,
        message_timestamp=message.message_timestamp,
    )


def _redis(broker: dramatiq.Broker) -> RedisBroker:
    if not isinstance(broker, RedisBroker):
        raise TypeError(f"dead letters are read from Redis or the stub broker, not {broker!r}")
    return broker


def _redis_queues(broker: RedisBroker) -> list[str]:
    prefix, suffix = f"{broker.namespace}:", ".XQ"
    keys = _client(broker).scan_iter(match=f"{prefix}*{suffix}", count=1000)
    return sorted({_text(k)[len(prefix) : -len(suffix)] for k in keys})


def _from_redis(broker: RedisBroker, queue: str) -> list[DeadLetter]:
    xq, client = f"{broker.namespace}:{queue}.XQ", _client(broker)
    entries = client.zrange(xq, 0, -1, withscores=True)
    if not entries:
        return []
    ids = [_text(member) for member, _ in entries]
    bodies = client.hmget(f"{xq}.msgs", ids)
    reasons = client.hmget(f"{broker.namespace}:{REASONS}", ids)
    return [
        _letter(letter_id, body, reason, score)
        for (letter_id, (_, score), body, reason) in zip(ids, entries, bodies, reasons, strict=True)
        if body is not None
    ]


def _letter(letter_id: str, body: bytes, reason: bytes | None, score: float) -> DeadLetter:
    message = dramatiq.Message.decode(body)
    return DeadLetter(
        id=letter_id,
        actor=message.actor_name,
        args=tuple(message.args),
        kwargs=dict(message.kwargs),
        queue=q_name(message.queue_name),
        failed_at=datetime.fromtimestamp(score / 1000, UTC),
        error=_reason(reason, message.options),
    )


def _reason(reason: bytes | None, options: dict[str, Any]) -> str:
    if reason is not None:
        return str(json.loads(reason)["error"])
    # Older failures: the last line of the previous attempt's traceback, if any.
    lines = str(options.get("traceback") or "unknown").strip().splitlines()
    return lines[-1] if lines else "unknown"


def _from_stub(proxy: Any) -> DeadLetter:
    error = getattr(proxy, "_exception", None)
    return DeadLetter(
        id=proxy.message_id,
        actor=proxy.actor_name,
        args=tuple(proxy.args),
        kwargs=dict(proxy.kwargs),
        queue=q_name(proxy.queue_name),
        failed_at=None,
        error="unknown" if error is None else f"{type(error).__name__}: {error}",
    )


def _retry_stub(broker: StubBroker, letter_id: str) -> bool:
    for letters in broker.dead_letters_by_queue.values():
        for proxy in list(letters):
            if proxy.message_id == letter_id:
                letters.remove(proxy)
                broker.enqueue(_fresh(proxy._message))
                return True
    return False


def _client(broker: RedisBroker) -> Any:
    """redis-py's return types are unions of every client mode; this one decodes nothing."""
    return broker.client


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
