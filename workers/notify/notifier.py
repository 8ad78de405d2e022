"""The channels configured for this process (either, both, or none)."""

from __future__ import annotations

from dataclasses import dataclass

from workers.notify.chat import ChatWebhook
from workers.notify.email import Mailer


@dataclass(frozen=True)
class Notifier:
    mailer: Mailer | None = None
    chat: ChatWebhook | None = None

    @classmethod
    def from_urls(cls, smtp_url: str | None, mail_from: str, chat_url: str | None) -> Notifier:
        return cls(
            mailer=Mailer.from_url(smtp_url, mail_from) if smtp_url else None,
            chat=ChatWebhook(chat_url) if chat_url else None,
        )
