"""Relay connections: page info, opaque keyset cursors, the page size limit."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

import strawberry

from domain.errors import InvalidInputError


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


def check_first(first: int, maximum: int) -> int:
    """``first`` within 1..maximum, or a clear refusal."""
    if not 1 <= first <= maximum:
        raise InvalidInputError(
            f"first must be between 1 and {maximum}; got {first}.", field="first"
        )
    return first


def encode_cursor(*values: Any) -> str:
    """An opaque cursor for a keyset position."""
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode()


def decode_cursor(cursor: str, size: int) -> list[Any]:
    """The keyset position of a cursor made by ``encode_cursor``, or a clear refusal."""
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (binascii.Error, ValueError):
        values = None
    if not isinstance(values, list) or len(values) != size:
        raise InvalidInputError(f"{cursor!r} is not a cursor of this connection.", field="after")
    return values
