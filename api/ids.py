"""Relay global ids: base64 of "Type:uuid", opaque to clients, checked on the way in."""

from __future__ import annotations

import base64
import binascii
from uuid import UUID

import strawberry

from domain.errors import InvalidInputError


def to_global_id(type_name: str, value: UUID) -> strawberry.ID:
    """The global id of ``value`` as a ``type_name``."""
    return strawberry.ID(base64.urlsafe_b64encode(f"{type_name}:{value}".encode()).decode())


def parse_global_id(global_id: str) -> tuple[str, UUID]:
    """(type name, uuid) of a global id, or a clear refusal."""
    try:
        type_name, _, raw = base64.urlsafe_b64decode(global_id.encode()).decode().partition(":")
        return type_name, UUID(raw)
    except (binascii.Error, UnicodeError, ValueError):
        raise InvalidInputError(f"{global_id!r} is not a Recul id.", field="id") from None


def from_global_id(global_id: str, expected: str, field: str = "id") -> UUID:
    """The uuid of a global id that must name a ``expected``; wrong types are refused."""
    type_name, value = parse_global_id(global_id)
    if type_name != expected:
        raise InvalidInputError(
            f"{field} must be the id of a {expected}; got the id of a {type_name}.", field=field
        )
    return value
