"""People: who gets notified, where, in which language, and who manages whom.

A person is known by a handle, the same one incidents and actions name. The
handle is case-insensitive: the person's id is derived from its folded form, so
"Claire" and "claire" are one person and registering both is impossible.
"""

from __future__ import annotations

import re
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import event

from domain import values as v
from domain.base import RecordedAggregate
from domain.errors import InvalidInputError, NothingToChangeError
from domain.schedules.calendar import time_zone as valid_time_zone

REGISTRY_ID = uuid5(NAMESPACE_URL, "recul:people-registry")
MAX_EMAIL = 254  # RFC 5321: the longest forward path a mail server must accept
# Syntax only, on purpose: one "@", no spaces, a dotted domain of letters, digits
# and hyphens. Full RFC 5322 accepts addresses no one uses; deliverability is the
# mail server's answer, not the domain's (which does no I/O).
_EMAIL = re.compile(r"^[^@\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$")
PROFILE = ("name", "email", "team", "time_zone", "manager", "language")


def normalised(handle: str) -> str:
    return v.handle(handle, "handle").casefold()


def person_id(handle: str) -> UUID:
    """The same id for every spelling of a handle that differs only in case."""
    return uuid5(NAMESPACE_URL, f"recul:person:{normalised(handle)}")


def valid_email(value: str) -> str:
    address = v.text(value, "email", limit=MAX_EMAIL)
    if not _EMAIL.match(address):
        raise InvalidInputError(
            f"email must be an address such as claire@example.org; got {value!r}.", field="email"
        )
    return address


def manager_of(handle: str, value: str | None) -> str | None:
    """The manager's handle; nobody manages themself."""
    if value is None:
        return None
    manager = v.handle(value, "manager")
    if v.same_person(manager, handle):
        raise InvalidInputError(f"{handle} cannot be their own manager.", field="manager")
    return manager


def profile(
    handle: str,
    *,
    name: str,
    email: str,
    team: str,
    time_zone: str,
    manager: str | None,
    language: str,
) -> dict[str, Any]:
    """The checked fields of a person, as stored in their events."""
    return {
        "name": v.text(name, "name", limit=v.MAX_TITLE),
        "email": valid_email(email),
        "team": v.text(team, "team", limit=v.MAX_HANDLE),
        "time_zone": valid_time_zone(time_zone, "timeZone"),
        "manager": manager_of(handle, manager),
        "language": v.choice(v.Language, language, "language").value,
    }


class Person(RecordedAggregate):
    """Someone Recul notifies: address, team, time zone, language, and their manager."""

    @event("Registered")
    def __init__(
        self,
        *,
        id: UUID,  # eventsourcing takes the aggregate id under this name
        handle: str,
        name: str,
        email: str,
        team: str,
        time_zone: str,
        manager: str | None,
        language: str,
    ) -> None:
        self.handle = handle
        self._apply(
            name=name,
            email=email,
            team=team,
            time_zone=time_zone,
            manager=manager,
            language=language,
        )

    @classmethod
    def register(cls, *, handle: str, **fields: Any) -> Person:
        checked = v.handle(handle, "handle")
        return cls(id=person_id(checked), handle=checked, **profile(checked, **fields))

    def update(self, **given: str | None) -> None:
        """Change the given fields; ``manager=""`` removes the manager. No change is refused."""
        current = self.profile()
        wanted = {k: None if k == "manager" and val == "" else val for k, val in given.items()}
        merged: dict[str, Any] = {**current, **wanted}
        after = profile(self.handle, **merged)
        changed = [f for f in PROFILE if after[f] != current[f]]
        if not changed:
            raise NothingToChangeError(f"{self.handle}'s profile already says that.")
        self._updated(changed=changed, **after)

    @event("Updated")
    def _updated(
        self,
        *,
        changed: list[str],
        name: str,
        email: str,
        team: str,
        time_zone: str,
        manager: str | None,
        language: str,
    ) -> None:
        # The event carries the whole profile after the change (a read model upserts
        # one row) and which fields changed (for the audit trail).
        self._apply(
            name=name,
            email=email,
            team=team,
            time_zone=time_zone,
            manager=manager,
            language=language,
        )

    def _apply(
        self,
        *,
        name: str,
        email: str,
        team: str,
        time_zone: str,
        manager: str | None,
        language: str,
    ) -> None:
        self.name, self.email, self.team = name, email, team
        self.time_zone, self.manager = time_zone, manager
        self.language = v.Language(language)

    def profile(self) -> dict[str, str | None]:
        return {
            "name": self.name,
            "email": self.email,
            "team": self.team,
            "time_zone": self.time_zone,
            "manager": self.manager,
            "language": self.language.value,
        }


class PeopleRegistry(RecordedAggregate):
    """The handles of everyone registered, so that people can be listed without a read model."""

    @staticmethod
    def create_id() -> UUID:
        return REGISTRY_ID

    @event("Started")
    def __init__(self) -> None:
        self.handles: list[str] = []

    def register(self, handle: str) -> None:
        self._registered(handle=handle)

    @event("Registered")
    def _registered(self, handle: str) -> None:
        self.handles.append(handle)
