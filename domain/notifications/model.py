"""Notifications sent: one aggregate per idempotency key, so a key is recorded once at most.

The aggregate's id is derived from the key: a second record of the same key is a
new aggregate at version 1 with an id already in the store, which the store
refuses. Workers record a notification right after sending it; a retried job
finds the key recorded and does not send again.
"""

from __future__ import annotations

from enum import StrEnum
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from domain import values as v
from domain.base import RecordedAggregate

MAX_KEY = 500
MAX_RECIPIENT = 254  # an e-mail address at most, or a chat channel


class Channel(StrEnum):
    EMAIL = "EMAIL"
    CHAT = "CHAT"


def notification_id(key: str) -> UUID:
    return uuid5(NAMESPACE_URL, f"recul:notification:{v.text(key, 'key', limit=MAX_KEY)}")


def delivery_key(key: str, channel: str, recipient: str) -> str:
    """One reminder sent to several people or channels: one key per delivery."""
    return f"{key}:{channel}:{recipient.casefold()}"


class Notification(RecordedAggregate):
    """One message that went out: what, to whom, through which channel, about which incident."""

    @event("Sent")
    def __init__(
        self,
        *,
        id: UUID,  # eventsourcing takes the aggregate id under this name
        key: str,
        kind: str,
        channel: str,
        recipient: str,
        incident_id: UUID | None,
        subject: str,
    ) -> None:
        self.key = key
        self.kind = kind
        self.channel = Channel(channel)
        self.recipient = recipient
        self.incident_id = incident_id
        self.subject = subject

    @classmethod
    def record(
        cls,
        *,
        key: str,
        kind: str,
        channel: str,
        recipient: str,
        incident_id: UUID | None,
        subject: str,
    ) -> Notification:
        cleaned = v.text(key, "key", limit=MAX_KEY)
        return cls(
            id=notification_id(cleaned),
            key=cleaned,
            kind=v.text(kind, "kind", limit=v.MAX_HANDLE),
            channel=v.choice(Channel, channel, "channel").value,
            recipient=v.text(recipient, "recipient", limit=MAX_RECIPIENT),
            incident_id=incident_id,
            subject=v.text(subject, "subject", limit=v.MAX_TITLE * 2),
        )
