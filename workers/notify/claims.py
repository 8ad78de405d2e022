"""One worker at a time per reminder: a redelivered message must not race its first copy.

The sent-keys check stops a second delivery after the first was recorded; two
copies of a message running at the same moment (a requeue after a missed
heartbeat, a re-enqueue by the scheduler) would both pass it. On PostgreSQL a
session advisory lock closes that window, and the server releases it if the
worker dies; in one process (the embedded default) a set of held keys does.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Protocol

from psycopg_pool import ConnectionPool

# Session-level lock, keyed by a 64-bit hash of the reminder key.
TRY_LOCK = "SELECT pg_try_advisory_lock(hashtextextended(%s, 7))"
UNLOCK = "SELECT pg_advisory_unlock(hashtextextended(%s, 7))"


class Claims(Protocol):
    def hold(self, key: str) -> AbstractContextManager[bool]:
        """True inside the block when this worker holds ``key``; False when another does."""
        ...

    def close(self) -> None: ...


class LocalClaims:
    def __init__(self) -> None:
        self._held: set[str] = set()
        self._lock = threading.Lock()

    @contextmanager
    def hold(self, key: str) -> Iterator[bool]:
        with self._lock:
            taken = key not in self._held
            self._held.add(key)
        try:
            yield taken
        finally:
            if taken:
                with self._lock:
                    self._held.discard(key)

    def close(self) -> None:
        pass


class PostgresClaims:
    def __init__(self, conninfo: str, *, size: int = 4) -> None:
        self._pool = ConnectionPool(
            conninfo, min_size=1, max_size=size, open=True, kwargs={"autocommit": True}
        )

    @contextmanager
    def hold(self, key: str) -> Iterator[bool]:
        with self._pool.connection() as conn:
            row = conn.execute(TRY_LOCK, (key,)).fetchone()
            taken = bool(row and row[0])
            try:
                yield taken
            finally:
                if taken:
                    conn.execute(UNLOCK, (key,))

    def close(self) -> None:
        self._pool.close()
