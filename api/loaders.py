"""DataLoaders: one batched read-model query per kind of lookup and request, never one per row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar
from uuid import UUID

from starlette.concurrency import run_in_threadpool
from strawberry.dataloader import DataLoader

from projections.actions.view import ActionRow
from projections.factory import ReadModels
from projections.incidents.view import IncidentRow
from projections.people.view import PersonRole

V = TypeVar("V")


def batched(fetch: Callable[[Sequence[UUID]], dict[UUID, V]]) -> DataLoader[UUID, V | None]:
    """A loader calling ``fetch`` once per batch (in a thread: the read models block)."""

    async def load(keys: list[UUID]) -> list[V | None]:
        found = await run_in_threadpool(fetch, keys)
        return [found.get(k) for k in keys]

    return DataLoader(load_fn=load)


def batched_lists(
    fetch: Callable[[Sequence[UUID]], dict[UUID, list[V]]],
) -> DataLoader[UUID, list[V]]:
    """Like ``batched``, for one-to-many lookups: a missing key has no rows."""

    async def load(keys: list[UUID]) -> list[list[V]]:
        found = await run_in_threadpool(fetch, keys)
        return [found.get(k, []) for k in keys]

    return DataLoader(load_fn=load)


class Loaders:
    """The loaders of one request."""

    def __init__(self, read_models: ReadModels) -> None:
        self.incidents: DataLoader[UUID, IncidentRow | None] = batched(
            read_models.incidents.get_many
        )
        self.actions: DataLoader[UUID, ActionRow | None] = batched(read_models.actions.get_many)
        self.actions_of_incident: DataLoader[UUID, list[ActionRow]] = batched_lists(
            read_models.actions.for_incidents
        )
        self.postmortems: DataLoader[UUID, dict[str, Any] | None] = batched(
            read_models.postmortems.get_many
        )
        self.people_of_incident: DataLoader[UUID, list[PersonRole]] = batched_lists(
            lambda ids: _by_incident(read_models.people.roles(incident_ids=ids))
        )


def _by_incident(roles: list[PersonRole]) -> dict[UUID, list[PersonRole]]:
    grouped: dict[UUID, list[PersonRole]] = {}
    for role in roles:
        grouped.setdefault(role.incident_id, []).append(role)
    return grouped
