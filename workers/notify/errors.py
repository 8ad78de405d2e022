"""The two ways a delivery fails: worth retrying later, or never going to work."""

from __future__ import annotations


class TransientDeliveryError(Exception):
    """The other side is down or busy (connection refused, timeout, SMTP 4xx, HTTP 5xx/429).

    Raised out of an actor, dramatiq retries the message with exponential backoff.
    """


class PermanentDeliveryError(Exception):
    """Retrying cannot help (SMTP 5xx, HTTP 4xx, a subject that does not exist).

    Listed in the actors' ``throws``: the message is not retried and goes straight
    to the dead letters, where someone can read why and retry it once fixed.
    """
