"""One applier per read model: a PostgreSQL advisory lock, or a lock file next to SQLite."""

from __future__ import annotations

import fcntl
import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from eventsourcing.postgres import PostgresDatastore

# In-memory SQLite databases live in one process: a process-wide lock per name is enough.
_memory_locks: dict[str, threading.Lock] = {}
_memory_guard = threading.Lock()


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for ``name`` (hash() changes per process)."""
    digest = hashlib.blake2b(f"recul:read-model:{name}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


@contextmanager
def advisory_lock(datastore: PostgresDatastore, name: str, *, blocking: bool) -> Iterator[bool]:
    """Hold ``pg_advisory_lock`` on a connection of its own; the server frees it if we die."""
    key = lock_key(name)
    with datastore.get_connection() as conn:
        if blocking:
            conn.execute("SELECT pg_advisory_lock(%s)", (key,))
        else:
            row = conn.execute("SELECT pg_try_advisory_lock(%s) AS got", (key,)).fetchone()
            if not (row and row["got"]):
                yield False
                return
        try:
            yield True
        finally:
            # Session locks outlive the checkout: release before the pool reuses the connection.
            conn.execute("SELECT pg_advisory_unlock(%s)", (key,))


@contextmanager
def file_lock(path: Path, *, blocking: bool) -> Iterator[bool]:
    """Hold an exclusive flock on ``path``; the kernel frees it if the process dies."""
    with path.open("a") as handle:
        flags = fcntl.LOCK_EX if blocking else fcntl.LOCK_EX | fcntl.LOCK_NB
        try:
            fcntl.flock(handle, flags)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def memory_lock(name: str, *, blocking: bool) -> Iterator[bool]:
    with _memory_guard:
        lock = _memory_locks.setdefault(name, threading.Lock())
    if not lock.acquire(blocking=blocking):
        yield False
        return
    try:
        yield True
    finally:
        lock.release()
