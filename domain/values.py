"""Value types and input checks shared by the aggregates.

Enumerations are stored in events as their plain string values, so stored
events stay readable and need no custom transcoding.
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum
from typing import Self, TypeVar
from urllib.parse import urlparse

from domain.errors import InvalidInputError, NaiveDatetimeError

E = TypeVar("E", bound=StrEnum)

MAX_TITLE = 200
MAX_HANDLE = 100
MAX_TEXT = 5_000
MAX_LIST = 200


class Immutable:
    """A frozen value of immutable fields: copies of an aggregate may share it.

    Commands work on a deep copy of the cached aggregate; sharing these values
    keeps that copy cheap for long timelines and chains.
    """

    __slots__ = ()

    def __copy__(self) -> Self:
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> Self:
        return self


class Severity(StrEnum):
    SEV1 = "SEV1"
    SEV2 = "SEV2"
    SEV3 = "SEV3"
    SEV4 = "SEV4"


class Language(StrEnum):
    EN = "en"
    FR = "fr"


class DetectionChannel(StrEnum):
    MONITORING = "MONITORING"
    CUSTOMER = "CUSTOMER"
    EMPLOYEE = "EMPLOYEE"
    PARTNER = "PARTNER"
    AUTOMATED_TEST = "AUTOMATED_TEST"
    OTHER = "OTHER"


class TimelineSource(StrEnum):
    MANUAL = "MANUAL"
    CHAT = "CHAT"
    MONITORING = "MONITORING"
    DEPLOYMENT = "DEPLOYMENT"
    TICKETING = "TICKETING"
    OTHER = "OTHER"


class CauseCategory(StrEnum):
    PROCESS = "PROCESS"
    TOOLING = "TOOLING"
    TESTING = "TESTING"
    MONITORING = "MONITORING"
    PLANNING = "PLANNING"
    COMMUNICATION = "COMMUNICATION"
    ARCHITECTURE = "ARCHITECTURE"
    CAPACITY = "CAPACITY"
    DEPENDENCY = "DEPENDENCY"
    DOCUMENTATION = "DOCUMENTATION"
    TRAINING = "TRAINING"


class Audience(StrEnum):
    TEAM = "TEAM"
    ORGANISATION = "ORGANISATION"
    PUBLIC = "PUBLIC"


class TrackerSystem(StrEnum):
    JIRA = "JIRA"
    LINEAR = "LINEAR"
    GITHUB = "GITHUB"
    GITLAB = "GITLAB"
    OTHER = "OTHER"


def choice(kind: type[E], value: str, field: str) -> E:
    """The member of ``kind`` named by ``value``, or a clear refusal."""
    try:
        return kind(value.strip().upper() if kind is not Language else value.strip().lower())
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise InvalidInputError(
            f"{field} must be one of {allowed}; got {value!r}.", field=field
        ) from None


def text(value: str, field: str, *, limit: int = MAX_TEXT, required: bool = True) -> str:
    """Stripped text within ``limit`` characters; empty only when not required."""
    cleaned = value.strip()
    if required and not cleaned:
        raise InvalidInputError(f"{field} must not be empty.", field=field)
    if len(cleaned) > limit:
        raise InvalidInputError(
            f"{field} is {len(cleaned)} characters long; the limit is {limit}.", field=field
        )
    return cleaned


def handle(value: str, field: str) -> str:
    """A person's handle: trimmed, non-empty, short, one line."""
    cleaned = text(value, field, limit=MAX_HANDLE)
    if "\n" in cleaned:
        raise InvalidInputError(f"{field} must fit on one line.", field=field)
    return cleaned


def handles(values: list[str], field: str) -> list[str]:
    if len(values) > MAX_LIST:
        raise InvalidInputError(f"{field} holds at most {MAX_LIST} entries.", field=field)
    return [handle(v, field) for v in values]


def same_person(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.casefold() == b.casefold()


def aware(value: datetime, field: str) -> datetime:
    """Refuse naive datetimes: every recorded time carries its offset."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError(
            f"{field} must carry a time zone offset (e.g. 2026-03-10T14:45:00+01:00).",
            field=field,
        )
    return value


_CURRENCY = re.compile(r"^[A-Z]{3}$")


def currency(value: str, field: str) -> str:
    code = value.strip().upper()
    if not _CURRENCY.match(code):
        raise InvalidInputError(
            f"{field} must be an ISO 4217 code such as EUR or USD; got {value!r}.", field=field
        )
    return code


def web_url(value: str, field: str) -> str:
    url = text(value, field, limit=2_000)
    parsed = urlparse(url)
    if parsed.scheme not in {"http", "https"} or not parsed.netloc:
        raise InvalidInputError(f"{field} must be an http(s) URL; got {value!r}.", field=field)
    return url
