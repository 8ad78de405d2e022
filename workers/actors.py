"""The Dramatiq actors: they take ids, re-read the state, and are safe to run twice.

Import workers.broker and call ``make_broker`` first: it binds these actors to
the broker it builds.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

import dramatiq

from domain.errors import (
    ConflictError,
    InvalidTransitionError,
    PostmortemAlreadyLateError,
    PostmortemNotLateError,
)
from domain.schedules.reminders import reminder_key
from workers import runtime
from workers.notify import delivery
from workers.notify.digest import send_monthly_digest
from workers.notify.errors import PermanentDeliveryError
from workers.scheduler import digest_month

log = logging.getLogger(__name__)
QUEUE = "notifications"
# Never retried: the message goes straight to the dead letters with its reason.
PERMANENT = (PermanentDeliveryError,)


@dramatiq.actor(actor_name="deliver", queue_name=QUEUE, throws=PERMANENT)
def deliver(
    key: str,
    kind: str,
    subject_id: str,
    incident_id: str,
    recipient_role: str,
    *,
    at: str | None = None,
) -> None:
    """Send one reminder to each of its recipients and channels not yet recorded as sent."""
    job = delivery.Job(key, kind, UUID(subject_id), UUID(incident_id), recipient_role, _instant(at))
    sent = delivery.deliver(runtime.current(), job)
    log.debug("%s: %d sent", key, sent)


@dramatiq.actor(actor_name="flag_late", queue_name=QUEUE, throws=PERMANENT)
def flag_late(incident_id: str, at: str, key: str | None = None) -> None:
    """Record that the post-mortem is late (an event), then escalate to whoever can unblock it."""
    rt, when = runtime.current(), datetime.fromisoformat(at)
    # Flagged as of the instant the window closed (just past it: the domain wants "after"),
    # not the worker's clock: the same pass gives the same facts, however late it runs.
    flagged_at = when + timedelta(microseconds=1)
    try:
        rt.app.flag_postmortem_late(
            delivery.WORKER, UUID(incident_id), flagged_at, calendar=rt.calendar
        )
    except PostmortemAlreadyLateError:
        pass  # a retry after the flag was recorded: go on with the escalation
    except (InvalidTransitionError, PostmortemNotLateError) as reason:
        log.info("post-mortem %s not flagged late: %s", incident_id, reason)
        return
    except ConflictError:
        raise  # someone changed the incident meanwhile: retried, it re-reads the state
    subject = UUID(incident_id)
    job = delivery.Job(
        key or reminder_key("LATE", subject, when), "LATE", subject, subject, "FACILITATOR", when
    )
    delivery.deliver(rt, job)


@dramatiq.actor(actor_name="send_digest", queue_name=QUEUE, throws=PERMANENT)
def send_digest(year: int, month: int, key: str | None = None) -> None:
    """Send each team its monthly action review."""
    send_monthly_digest(runtime.current(), year, month, key=key)


ACTORS = (deliver, flag_late, send_digest)


def bind(broker: dramatiq.Broker) -> None:
    """Attach the actors to ``broker`` (make_broker calls it; a test may build several)."""
    for actor in ACTORS:
        actor.broker = broker
        broker.declare_actor(actor)


def enqueue_due(due: Any) -> None:
    """Send the message for one piece of due work (a workers.scheduler.Due).

    Broker errors (Redis down) propagate: the scheduler's next pass enqueues again
    whatever is still not recorded as sent.
    """
    kind = str(due.kind)
    at = due.at.isoformat()
    if kind == "LATE":
        flag_late.send(str(due.incident_id), at, key=due.key)
    elif kind == "DIGEST":
        year, month = digest_month(due)
        send_digest.send(year, month, key=due.key)
    else:
        deliver.send(
            due.key,
            kind,
            str(due.subject_id),
            str(due.incident_id),
            str(due.recipient_role),
            at=at,
        )


def _instant(at: str | None) -> datetime | None:
    return datetime.fromisoformat(at) if at else None
