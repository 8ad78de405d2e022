"""The monthly action review, sent to each team: by e-mail to its leads, and to the chat.

A team's leads are its members who manage someone; a team without one gets it
to every member. Each person reads it in their own language.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Final

from domain.notifications.model import Channel, delivery_key
from domain.people.model import Person
from workers.digest import UNASSIGNED, TeamDigest, monthly_digest
from workers.messages import language
from workers.notify.chat import slack_payload
from workers.notify.delivery import CHAT_RECIPIENT, WORKER
from workers.notify.errors import PermanentDeliveryError
from workers.runtime import Runtime

TEXT: Final[dict[str, dict[str, str]]] = {
    "en": {
        "subject": "Action review {month} for {team}",
        "counts": "{opened} opened, {completed} completed, {verified} verified.",
        "overdue": "Past their date (a nudge, help or a new date may be all they need):",
        "item": "- {text} ({owner}): {days} days",
        "late": "Post-mortems still waiting for their review:",
        "quiet": "Nothing past its date: thank you.",
        "link": "All actions: {url}/actions",
    },
    "fr": {
        "subject": "Revue des actions {month} pour {team}",
        "counts": "{opened} ouvertes, {completed} terminées, {verified} vérifiées.",
        "overdue": "Échéance dépassée (un rappel, de l'aide ou une nouvelle date suffisent souvent) :",
        "item": "- {text} ({owner}) : {days} jours",
        "late": "Post-mortems en attente de leur revue :",
        "quiet": "Rien en retard : merci.",
        "link": "Toutes les actions : {url}/actions",
    },
}


def send_monthly_digest(rt: Runtime, year: int, month: int, *, key: str | None = None) -> int:
    """Each team's digest of ``year``-``month``, once per team, person and channel."""
    if rt.outbox is None:
        raise PermanentDeliveryError("the monthly digest needs the outbox; none is configured")
    people = rt.app.people()
    digests = monthly_digest(
        rt.outbox, people, year, month, datetime.now(UTC), calendar=rt.calendar
    )
    base = key or f"DIGEST:{year:04d}-{month:02d}"
    return sum(
        _send_team(rt, f"{base}:{d.team}", d, people, f"{year:04d}-{month:02d}") for d in digests
    )


def render_digest(digest: TeamDigest, lang: str, month: str, public_url: str) -> tuple[str, str]:
    """(subject, body) of one team's digest."""
    t = TEXT[language(lang)]
    lines = [t["counts"].format(**vars(digest))]
    if digest.overdue:
        lines += ["", t["overdue"]]
        lines += [
            t["item"].format(text=o.text, owner=o.owner or "?", days=o.days_overdue)
            for o in digest.overdue
        ]
    else:
        lines += ["", t["quiet"]]
    if digest.late_postmortems:
        lines += ["", t["late"], *(f"- {title}" for title in digest.late_postmortems)]
    lines += ["", t["link"].format(url=public_url)]
    return t["subject"].format(month=month, team=digest.team), "\n".join(lines) + "\n"


def _send_team(rt: Runtime, key: str, digest: TeamDigest, people: list[Person], month: str) -> int:
    readers = _leads(digest.team, people)
    sent = sum(_email(rt, key, digest, person, month) for person in readers)
    chat = rt.notifier.chat
    chat_key = delivery_key(key, Channel.CHAT, CHAT_RECIPIENT)
    if chat is None or rt.app.was_sent(chat_key):
        return sent
    lang = readers[0].language.value if readers else "en"
    subject, body = render_digest(digest, lang, month, rt.public_url)
    chat.post(
        slack_payload(f"*{subject}*\n{body}", f"{rt.public_url}/actions", subject), key=chat_key
    )
    _record(rt, chat_key, Channel.CHAT, CHAT_RECIPIENT, subject)
    return sent + 1


def _email(rt: Runtime, key: str, digest: TeamDigest, person: Person, month: str) -> int:
    mailer = rt.notifier.mailer
    person_key = delivery_key(key, Channel.EMAIL, person.handle)
    if mailer is None or rt.app.was_sent(person_key):
        return 0
    subject, body = render_digest(digest, person.language.value, month, rt.public_url)
    mailer.send(
        to=person.email,
        name=person.name,
        subject=subject,
        body=body,
        key=person_key,
        lang=person.language.value,
    )
    _record(rt, person_key, Channel.EMAIL, person.email, subject)
    return 1


def _leads(team: str, people: list[Person]) -> list[Person]:
    if team == UNASSIGNED:
        return []
    members = [p for p in people if p.team == team]
    managers = {p.manager.casefold() for p in people if p.manager}
    return [p for p in members if p.handle.casefold() in managers] or members


def _record(rt: Runtime, key: str, channel: Channel, to: str, subject: str) -> None:
    rt.app.record_notification_sent(
        WORKER, key, kind="DIGEST", channel=channel, recipient=to, incident_id=None, subject=subject
    )
