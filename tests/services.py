"""Real services for tests: a fresh PostgreSQL database per use, a SQLite file per use.

PostgreSQL must be running on 127.0.0.1:5432 (``.ci/run`` starts it); a test that
needs it fails, never skips, when it is missing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from uuid import uuid4

import psycopg

PG_ADMIN_URL = os.environ.get(
    "RECUL_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)


@contextmanager
def postgres_database() -> Iterator[str]:
    """A new, empty database; dropped afterwards. Yields its URL."""
    name = f"recul_test_{uuid4().hex[:12]}"
    try:
        admin = psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        raise RuntimeError(
            f"PostgreSQL is required at {PG_ADMIN_URL} (start it, or run bash .ci/run): {error}"
        ) from error
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def sqlite_url(folder: Path) -> str:
    return f"sqlite:///{folder / 'recul.db'}"
