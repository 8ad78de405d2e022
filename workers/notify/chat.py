"""A Slack-compatible incoming webhook: POST ``{"text": ..., "blocks": [...]}`` as JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from workers.notify.errors import PermanentDeliveryError, TransientDeliveryError

TOO_MANY_REQUESTS = 429
TIMEOUT_SECONDS = 15.0


def slack_payload(text: str, link: str, link_label: str) -> dict[str, Any]:
    """``text`` is the fallback notifications show; the blocks carry the same with a button."""
    return {
        "text": f"{text}\n<{link}|{link_label}>",
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": text}},
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "text": {"type": "plain_text", "text": link_label},
                        "url": link,
                    }
                ],
            },
        ],
    }


@dataclass(frozen=True)
class ChatWebhook:
    url: str
    timeout: float = TIMEOUT_SECONDS

    def post(self, payload: dict[str, Any], *, key: str) -> None:
        """Post one message; ``key`` goes in a header so a receiver can drop a resent copy."""
        try:
            response = httpx.post(
                self.url, json=payload, timeout=self.timeout, headers={"Idempotency-Key": key}
            )
        except httpx.HTTPError as error:
            raise TransientDeliveryError(f"chat webhook: {error!r}") from error
        _check(response)


def _check(response: httpx.Response) -> None:
    status = response.status_code
    if status < 300:  # noqa: PLR2004 - the 2xx range
        return
    text = f"chat webhook answered HTTP {status}: {response.text[:200]!r}"
    if status >= 500 or status == TOO_MANY_REQUESTS:  # noqa: PLR2004 - server errors
        raise TransientDeliveryError(text)
    raise PermanentDeliveryError(text)
