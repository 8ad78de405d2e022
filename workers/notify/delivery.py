"""One reminder, delivered to each recipient and channel once: check the key, send, record.

Recording right after sending makes a retried or redelivered job skip what went
out. A crash between the two (rare: one network round trip) resends that one
message with the same Message-ID / Idempotency-Key, so receivers can drop it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from domain.actions.model import Action
from domain.base import CommandContext
from domain.errors import NotFoundError
from domain.incidents.model import Incident
from domain.notifications.model import Channel, delivery_key
from domain.people.application import find_person
from domain.schedules.review import propose_review_slot
from domain.values import MAX_TITLE
from workers.messages import Rendered, greeted, language, postmortem_link, render
from workers.notify.chat import slack_payload
from workers.notify.errors import PermanentDeliveryError, TransientDeliveryError
from workers.notify.recipients import INCIDENT_KINDS, recipients, still_due
from workers.runtime import Runtime

log = logging.getLogger(__name__)
WORKER = CommandContext(actor="recul-worker")
CHAT_RECIPIENT = "webhook"
MAX_SUBJECT = MAX_TITLE * 2  # what a Notification records
EVERYONE = "*"  # the reminder's own key: recorded once every delivery of it is done


@dataclass(frozen=True)
class Job:
    key: str
    kind: str
    subject_id: UUID
    incident_id: UUID
    recipient_role: str
    at: datetime | None = None


def deliver(rt: Runtime, job: Job) -> int:
    """Send what is still owed for ``job``; returns how many messages went out now."""
    with rt.claims.hold(job.key) as held:
        if not held:
            # Retried later, it finds what the other copy recorded and sends the rest.
            raise TransientDeliveryError(f"{job.key} is being delivered by another worker")
        return _deliver(rt, job)


def _deliver(rt: Runtime, job: Job) -> int:
    incident, action = _subject(rt, job)
    if not still_due(
        job.kind, job.at, incident, action, calendar=rt.calendar, before_days=rt.before_days
    ):
        log.info("%s no longer due (the state moved on); nothing sent", job.key)
        return 0
    lang = language(incident.language)
    rendered = render(
        job.kind,
        lang,
        postmortem_link(rt.public_url, incident.id),
        **_facts(rt, job, incident, action),
    )
    handles = recipients(rt.app, job.recipient_role, job.kind, incident, action)
    sent = sum(_email(rt, job, rendered, lang, handle) for handle in handles)
    sent += _chat(rt, job, rendered, handles)
    _record(rt, job, job.key, channel=Channel.EMAIL, to=EVERYONE, subject=rendered.subject)
    return sent


def _subject(rt: Runtime, job: Job) -> tuple[Incident, Action | None]:
    try:
        incident = rt.app.load(Incident, job.incident_id)
        if job.kind in INCIDENT_KINDS:
            return incident, None
        return incident, rt.app.load(Action, job.subject_id)
    except NotFoundError as error:
        raise PermanentDeliveryError(f"{job.key}: {error.message}") from error


def _facts(rt: Runtime, job: Job, incident: Incident, action: Action | None) -> dict[str, object]:
    facts: dict[str, object] = {"title": incident.title, "action": "", "due": "", "days": 0}
    zone = rt.calendar.zone
    if action is not None and action.due_date is not None:
        on = rt.calendar.local_date(job.at) if job.at else action.due_date
        facts |= {"action": action.text, "due": action.due_date.isoformat()}
        facts["days"] = max((on - action.due_date).days, 0)
    elif action is not None:
        facts["action"] = action.text
    if job.kind == "REVIEW_PROPOSAL" and incident.resolved_at is not None:
        slot = propose_review_slot(incident.resolved_at, rt.calendar)
        facts["slot"] = f"{slot.astimezone(zone):%Y-%m-%d %H:%M} ({rt.calendar.time_zone})"
    elif incident.review_at is not None:
        facts["slot"] = (
            f"{incident.review_at.astimezone(zone):%Y-%m-%d %H:%M} ({rt.calendar.time_zone})"
        )
    return facts


def _email(rt: Runtime, job: Job, rendered: Rendered, lang: str, handle: str) -> int:
    mailer = rt.notifier.mailer
    key = delivery_key(job.key, Channel.EMAIL, handle)
    if mailer is None or rt.app.was_sent(key):
        return 0
    person = find_person(rt.app, handle)
    if person is None:
        log.warning("%s: %s is not in the people registry; no e-mail sent", job.key, handle)
        return 0
    mailer.send(
        to=person.email,
        name=person.name,
        subject=rendered.subject,
        body=greeted(rendered, lang, person.name),
        key=key,
        lang=lang,
    )
    _record(rt, job, key, channel=Channel.EMAIL, to=person.email, subject=rendered.subject)
    return 1


def _chat(rt: Runtime, job: Job, rendered: Rendered, handles: list[str]) -> int:
    chat = rt.notifier.chat
    key = delivery_key(job.key, Channel.CHAT, CHAT_RECIPIENT)
    if chat is None or rt.app.was_sent(key):
        return 0
    mentions = " ".join(f"@{h}" for h in handles)
    text = f"{rendered.chat}\n{mentions}".strip()
    chat.post(slack_payload(text, rendered.link, rendered.link_label), key=key)
    _record(rt, job, key, channel=Channel.CHAT, to=CHAT_RECIPIENT, subject=rendered.subject)
    return 1


def _record(rt: Runtime, job: Job, key: str, *, channel: Channel, to: str, subject: str) -> None:
    subject = subject if len(subject) <= MAX_SUBJECT else subject[: MAX_SUBJECT - 1] + "…"
    rt.app.record_notification_sent(
        WORKER,
        key,
        kind=job.kind,
        channel=channel,
        recipient=to,
        incident_id=job.incident_id,
        subject=subject,
    )
