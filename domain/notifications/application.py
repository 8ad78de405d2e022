"""Commands on notifications: record one as sent (once per key), and ask whether it was."""

from __future__ import annotations

from uuid import UUID

from domain.base import CommandContext, acting
from domain.errors import ConflictError
from domain.notifications.model import Notification, notification_id
from domain.store import Store


class NotificationCommands(Store):
    def record_notification_sent(
        self,
        ctx: CommandContext,
        key: str,
        *,
        kind: str,
        channel: str,
        recipient: str,
        incident_id: UUID | None,
        subject: str,
    ) -> bool:
        """Record that a notification went out: True if recorded now, False if already recorded."""
        with acting(ctx):
            notification = Notification.record(
                key=key,
                kind=kind,
                channel=channel,
                recipient=recipient,
                incident_id=incident_id,
                subject=subject,
            )
            if self.exists(notification.id):
                return False
            try:
                self.commit(notification)
            except ConflictError:
                # Another worker recorded the same key between the check and the save.
                if self.exists(notification.id):
                    return False
                raise
        return True

    def was_sent(self, key: str) -> bool:
        """Whether a notification with this idempotency key is recorded as sent."""
        return self.exists(notification_id(key))

    def notification(self, key: str) -> Notification:
        """The notification recorded under ``key`` (NOT_FOUND when none)."""
        return self.load(Notification, notification_id(key))
