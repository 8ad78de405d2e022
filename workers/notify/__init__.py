"""Channels notifications go out through: e-mail over SMTP and a Slack-compatible chat webhook."""

from workers.notify.chat import ChatWebhook
from workers.notify.email import Mailer, message_id_for
from workers.notify.errors import PermanentDeliveryError, TransientDeliveryError
from workers.notify.notifier import Notifier

__all__ = [
    "ChatWebhook",
    "Mailer",
    "Notifier",
    "PermanentDeliveryError",
    "TransientDeliveryError",
    "message_id_for",
]
