"""Commands and queries on the people registry: register, update, look up, managers."""

from __future__ import annotations

from collections.abc import Iterable

from domain.base import CommandContext, acting
from domain.errors import ConflictError, NotFoundError, PersonExistsError
from domain.people.model import REGISTRY_ID, PeopleRegistry, Person, person_id
from domain.store import Store


def known_managers(store: Store, handles: Iterable[str]) -> dict[str, str]:
    """{handle: manager} for each of ``handles`` registered with a manager; others are left out."""
    managers: dict[str, str] = {}
    for handle in handles:
        found = find_person(store, handle)
        if found is not None and found.manager is not None:
            managers[handle] = found.manager
    return managers


def find_person(store: Store, handle: str) -> Person | None:
    aggregate_id = person_id(handle)
    return store.load(Person, aggregate_id) if store.exists(aggregate_id) else None


class PeopleCommands(Store):
    def register_person(
        self,
        ctx: CommandContext,
        handle: str,
        *,
        name: str,
        email: str,
        team: str,
        time_zone: str,
        manager: str | None = None,
        language: str = "en",
    ) -> Person:
        """Register someone Recul may notify; a handle (in any case) is registered once."""
        with acting(ctx):
            person = Person.register(
                handle=handle,
                name=name,
                email=email,
                team=team,
                time_zone=time_zone,
                manager=manager,
                language=language,
            )
            self.check_unregistered(person)
            registry = self.people_registry()
            registry.register(person.handle)
            try:
                self.commit(registry, person)
            except ConflictError:
                # Someone registered the same handle (or another person) meanwhile.
                self.check_unregistered(person)
                raise
        return person

    def update_person(
        self,
        ctx: CommandContext,
        handle: str,
        *,
        name: str | None = None,
        email: str | None = None,
        team: str | None = None,
        time_zone: str | None = None,
        manager: str | None = None,
        language: str | None = None,
        expected_version: int | None = None,
    ) -> Person:
        """Change the given fields of a person's profile (``manager=""`` removes the manager)."""
        given = {
            "name": name,
            "email": email,
            "team": team,
            "time_zone": time_zone,
            "manager": manager,
            "language": language,
        }
        changes = {field: value for field, value in given.items() if value is not None}
        with acting(ctx):
            person = self.person(handle)
            return self.update(Person, person.id, expected_version, lambda p: p.update(**changes))

    def person(self, handle: str) -> Person:
        """The person registered under ``handle`` (in any case)."""
        found = find_person(self, handle)
        if found is None:
            raise NotFoundError(f"No one is registered as {handle!r}.", field="handle")
        return found

    def people(self) -> list[Person]:
        """Everyone registered, in the order they were registered."""
        if not self.exists(REGISTRY_ID):
            return []
        registry = self.load(PeopleRegistry, REGISTRY_ID)
        return [self.load(Person, person_id(handle)) for handle in registry.handles]

    def managers_of(self, handles: Iterable[str]) -> dict[str, str]:
        """{handle: manager} for the given handles the registry knows a manager of."""
        return known_managers(self, handles)

    def check_unregistered(self, person: Person) -> None:
        if self.exists(person.id):
            existing = self.load(Person, person.id)
            raise PersonExistsError(
                f"{existing.handle} is already registered; update their profile instead.",
                field="handle",
            )

    def people_registry(self) -> PeopleRegistry:
        if self.exists(REGISTRY_ID):
            return self.load(PeopleRegistry, REGISTRY_ID)
        return PeopleRegistry()
