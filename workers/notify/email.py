"""E-mail over SMTP (``smtp://[user:pass@]host:port``, ``smtps://`` for implicit TLS,
``smtp+starttls://`` to upgrade a plain connection)."""

from __future__ import annotations

import hashlib
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr
from urllib.parse import unquote, urlsplit

from workers.notify.errors import PermanentDeliveryError, TransientDeliveryError

SCHEMES = {"smtp": 25, "smtp+starttls": 587, "smtps": 465}
SMTP_TRANSIENT = range(400, 500)  # RFC 5321: 4yz is a transient negative completion
TIMEOUT_SECONDS = 30.0


def message_id_for(delivery_key: str, domain: str) -> str:
    """One Message-ID per delivery key: a resent copy is recognisably the same message."""
    digest = hashlib.sha256(delivery_key.encode()).hexdigest()[:40]
    return f"<{digest}@{domain}>"


@dataclass(frozen=True)
class Mailer:
    """Sends one message per SMTP connection: simple, and a dead connection is never reused."""

    host: str
    port: int
    sender: str
    scheme: str = "smtp"
    username: str | None = None
    password: str | None = None
    timeout: float = TIMEOUT_SECONDS

    @classmethod
    def from_url(cls, url: str, sender: str) -> Mailer:
        parts = urlsplit(url)
        if parts.scheme not in SCHEMES or not parts.hostname:
            raise ValueError(f"an SMTP URL is smtp://host:port or smtps://host:port; got {url!r}")
        return cls(
            host=parts.hostname,
            port=parts.port or SCHEMES[parts.scheme],
            sender=sender,
            scheme=parts.scheme,
            username=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None,
        )

    @property
    def domain(self) -> str:
        return self.sender.rpartition("@")[2] or "localhost"

    def send(self, *, to: str, name: str, subject: str, body: str, key: str, lang: str) -> str:
        """Send; the Message-ID (derived from ``key``) is returned."""
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = formataddr((name, to))
        message["Subject"] = subject
        message["Message-ID"] = message_id_for(key, self.domain)
        message["Content-Language"] = lang
        message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies
        message.set_content(body)
        try:
            with self._connect() as smtp:
                if self.username:
                    smtp.login(self.username, self.password or "")
                smtp.send_message(message)
        except smtplib.SMTPResponseException as error:
            raise _classified(error) from error
        except (smtplib.SMTPException, OSError) as error:
            # Refused, reset, timed out, disconnected: the server may be back soon.
            raise TransientDeliveryError(f"SMTP {self.host}:{self.port}: {error!r}") from error
        return str(message["Message-ID"])

    def _connect(self) -> smtplib.SMTP:
        if self.scheme == "smtps":
            context = ssl.create_default_context()
            return smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
        smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        if self.scheme == "smtp+starttls":
            smtp.starttls(context=ssl.create_default_context())
        return smtp


def _classified(error: smtplib.SMTPResponseException) -> Exception:
    text = f"SMTP {error.smtp_code}: {error.smtp_error!r}"
    if error.smtp_code in SMTP_TRANSIENT:
        return TransientDeliveryError(text)
    return PermanentDeliveryError(text)
