"""The people registry: one person by handle, everyone registered."""

from __future__ import annotations

import strawberry
from starlette.concurrency import run_in_threadpool

from api.context import Info
from api.people.types import Person
from domain.application import Recul
from domain.people.application import find_person
from domain.people.model import Person as PersonAggregate

# The registry is a team's people, a few hundred at most, read from the event store
# (no read model). The cap keeps one request bounded should it ever grow; a
# connection on a people read model is the way past it.
MAX_PEOPLE = 1_000


def first_people(app: Recul, limit: int) -> list[PersonAggregate]:
    return app.people()[:limit]


@strawberry.type
class PeopleQueries:
    @strawberry.field
    async def person(self, info: Info, handle: str) -> Person | None:
        """The person registered under ``handle`` (in any case); null when no one is."""
        found = await run_in_threadpool(find_person, info.context.app, handle)
        return None if found is None else Person.from_aggregate(found)

    @strawberry.field
    async def people(self, info: Info) -> list[Person]:
        """Everyone registered, in registration order: the first 1,000 at most."""
        found = await run_in_threadpool(first_people, info.context.app, MAX_PEOPLE)
        return [Person.from_aggregate(p) for p in found]
