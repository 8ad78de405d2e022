"""The people registry's mutations, for editors: register and update a person."""

from __future__ import annotations

from collections.abc import Callable

import strawberry

from api.context import Info
from api.errors import perform
from api.incidents.types import Language
from api.people.types import Person, PersonPayload
from domain import values as v
from domain.base import CommandContext
from domain.people.model import Person as PersonAggregate

DOING = "change the people registry"


@strawberry.input
class RegisterPersonInput:
    handle: str
    name: str
    email: str
    team: str
    time_zone: str
    manager: str | None = None
    language: Language = v.Language.EN


@strawberry.input
class UpdatePersonInput:
    handle: str
    name: str | None = None
    email: str | None = None
    team: str | None = None
    time_zone: str | None = None
    manager: str | None = strawberry.field(
        default=None, description='A handle; "" removes the manager.'
    )
    language: Language | None = None
    expected_version: int | None = None


async def person_payload(
    info: Info, run: Callable[[CommandContext], PersonAggregate]
) -> PersonPayload:
    """Run a registry command as an editor; answer with the person it returns."""
    person, errors = await perform(info, run, doing=DOING)
    return PersonPayload(
        person=Person.from_aggregate(person) if person else None, user_errors=errors
    )


@strawberry.type
class PeopleMutations:
    @strawberry.mutation
    async def register_person(self, info: Info, input: RegisterPersonInput) -> PersonPayload:
        """Register someone Recul may notify; a handle (in any case) is registered once."""

        def run(c: CommandContext) -> PersonAggregate:
            return info.context.app.register_person(
                c,
                input.handle,
                name=input.name,
                email=input.email,
                team=input.team,
                time_zone=input.time_zone,
                manager=input.manager,
                language=input.language.value,
            )

        return await person_payload(info, run)

    @strawberry.mutation
    async def update_person(self, info: Info, input: UpdatePersonInput) -> PersonPayload:
        """Change the given fields of a person's profile; a change of nothing is refused."""

        def run(c: CommandContext) -> PersonAggregate:
            return info.context.app.update_person(
                c,
                input.handle,
                name=input.name,
                email=input.email,
                team=input.team,
                time_zone=input.time_zone,
                manager=input.manager,
                language=input.language.value if input.language else None,
                expected_version=input.expected_version,
            )

        return await person_payload(info, run)
