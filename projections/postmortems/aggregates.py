"""The incidents' aggregates at given versions, kept in memory: only ever an optimisation.

An aggregate at a version is a fact of the event store, the same whoever rebuilds it:
an entry is only used when its version is exactly the one asked for; any miss rebuilds
the aggregate at that version from the store.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any
from uuid import UUID
from weakref import WeakKeyDictionary

from eventsourcing.domain import CanInitAggregate

from domain.base import RecordedAggregate
from domain.store import Store

MAX_AGGREGATES = 10_000


class Aggregates:
    """A bounded (least recently used out) cache of aggregates, each at one version.

    Cached objects are advanced in place: callers use what they get before the next call.
    """

    def __init__(self, app: Store, maxsize: int = MAX_AGGREGATES) -> None:
        self.app = app
        self.maxsize = maxsize
        self._cache: OrderedDict[UUID, RecordedAggregate] = OrderedDict()
        # Held while one event is applied: projections sharing this cache never interleave.
        self.lock = threading.Lock()

    def advance(self, event: Any) -> RecordedAggregate:
        """The aggregate of ``event`` just after it (applied to the cached previous version)."""
        aggregate_id: UUID = event.originator_id
        version: int = event.originator_version
        creation = isinstance(event, CanInitAggregate)
        cached = self._cache.pop(aggregate_id, None)  # out while it changes: never half-applied
        found: RecordedAggregate
        if cached is not None and cached.version == version:
            found = cached
        elif cached is not None and cached.version == version - 1:
            found = event.mutate(cached)
        elif creation:
            found = event.mutate(None)
        else:
            found = self._load(aggregate_id, version)
        self._put(found)
        return found

    def at(self, aggregate_id: UUID, version: int) -> RecordedAggregate:
        """The aggregate just after its event number ``version``."""
        cached = self._cache.get(aggregate_id)
        if cached is not None and cached.version == version:
            self._cache.move_to_end(aggregate_id)
            return cached
        found = self._load(aggregate_id, version)
        self._put(found)
        return found

    def _load(self, aggregate_id: UUID, version: int) -> RecordedAggregate:
        # With a version the repository always rebuilds from the events: a private object.
        found: object = self.app.repository.get(aggregate_id, version=version)
        if not isinstance(found, RecordedAggregate) or found.version != version:
            raise LookupError(f"The store has no version {version} of {aggregate_id}.")
        return found

    def _put(self, aggregate: RecordedAggregate) -> None:
        self._cache[aggregate.id] = aggregate
        self._cache.move_to_end(aggregate.id)
        while len(self._cache) > self.maxsize:
            self._cache.popitem(last=False)


_shared: WeakKeyDictionary[Store, Aggregates] = WeakKeyDictionary()
_shared_guard = threading.Lock()


def shared_aggregates(app: Store) -> Aggregates:
    """The cache of ``app``'s aggregates, kept across projections (the runner makes one a poll)."""
    with _shared_guard:
        found = _shared.get(app)
        if found is None:
            found = _shared[app] = Aggregates(app)
        return found
