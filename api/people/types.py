"""The Person type: someone Recul notifies, from the people registry."""

from __future__ import annotations

import strawberry

from api.errors import UserError
from api.ids import to_global_id
from api.incidents.types import Language
from domain.people.model import Person as PersonAggregate


@strawberry.type(description="Someone Recul notifies: address, team, time zone, language.")
class Person:
    id: strawberry.ID
    version: int
    handle: str
    name: str
    email: str
    team: str
    time_zone: str = strawberry.field(description="An IANA time zone, e.g. Europe/Paris.")
    manager: str | None = strawberry.field(description="The manager's handle.")
    language: Language

    @classmethod
    def from_aggregate(cls, person: PersonAggregate) -> Person:
        return cls(
            id=to_global_id("Person", person.id),
            version=person.version,
            handle=person.handle,
            name=person.name,
            email=person.email,
            team=person.team,
            time_zone=person.time_zone,
            manager=person.manager,
            language=person.language,
        )


@strawberry.type
class PersonPayload:
    """The person as the mutation left them, or why it was refused."""

    person: Person | None
    user_errors: list[UserError]
