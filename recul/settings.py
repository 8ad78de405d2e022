"""Settings, read once from the environment (and a ``.env`` file) into a frozen object."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from dotenv import dotenv_values

DEFAULT_DATABASE_URL = "sqlite:///var/recul.db"
MAX_PORT = 65_535


class SettingsError(ValueError):
    """A setting that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    production: bool = False
    host: str = "127.0.0.1"
    port: int = 8000
    # Background work. No Redis: the in-process stub broker and a worker thread.
    redis_url: str | None = None
    smtp_url: str | None = None
    mail_from: str = "recul@localhost"
    chat_webhook_url: str | None = None
    # Where links in notifications point to.
    public_url: str = "http://127.0.0.1:8000"
    # The team's working calendar: review windows and reminder times.
    time_zone: str = "UTC"
    working_days: str = "mon-fri"
    working_hours: str = "09:00-18:00"
    reminder_days_before: int = 3

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, dotenv: Path | None = Path(".env")
    ) -> Settings:
        """Process environment over ``.env`` over defaults."""
        values: dict[str, str] = {}
        if dotenv is not None and dotenv.is_file():
            values.update({k: v for k, v in dotenv_values(dotenv).items() if v is not None})
        values.update(os.environ if environ is None else environ)
        return cls(
            database_url=values.get("RECUL_DATABASE_URL") or DEFAULT_DATABASE_URL,
            production=values.get("RECUL_ENV", "").strip().lower() == "production",
            host=values.get("RECUL_HOST") or cls.host,
            port=_port(values.get("RECUL_PORT")),
            redis_url=values.get("RECUL_REDIS_URL") or None,
            smtp_url=values.get("RECUL_SMTP_URL") or None,
            mail_from=values.get("RECUL_MAIL_FROM") or cls.mail_from,
            chat_webhook_url=values.get("RECUL_CHAT_WEBHOOK_URL") or None,
            public_url=(values.get("RECUL_PUBLIC_URL") or cls.public_url).rstrip("/"),
            time_zone=values.get("RECUL_TIME_ZONE") or cls.time_zone,
            working_days=values.get("RECUL_WORKING_DAYS") or cls.working_days,
            working_hours=values.get("RECUL_WORKING_HOURS") or cls.working_hours,
            reminder_days_before=_count(
                "RECUL_REMINDER_DAYS_BEFORE", values.get("RECUL_REMINDER_DAYS_BEFORE"), 3
            ),
        )

    @property
    def is_postgres(self) -> bool:
        return urlsplit(self.database_url).scheme.startswith("postgres")

    def persistence_env(self) -> dict[str, str]:
        """The eventsourcing settings that select and configure the recorder."""
        return (
            postgres_env(self.database_url) if self.is_postgres else sqlite_env(self.database_url)
        )


def _count(name: str, value: str | None, default: int) -> int:
    if not value:
        return default
    if not value.isdigit():
        raise SettingsError(f"{name} must be a whole number of days; got {value!r}.")
    return int(value)


def _port(value: str | None) -> int:
    if not value:
        return Settings.port
    if not value.isdigit() or not 0 < int(value) <= MAX_PORT:
        raise SettingsError(f"RECUL_PORT must be a port number; got {value!r}.")
    return int(value)


def sqlite_env(url: str) -> dict[str, str]:
    parts = urlsplit(url)
    if parts.scheme != "sqlite" or not parts.path.startswith("/"):
        raise SettingsError(
            f"RECUL_DATABASE_URL must be postgresql://... or sqlite:///path; got {url!r}."
        )
    path = unquote(parts.path[1:])
    if not path:
        raise SettingsError("RECUL_DATABASE_URL names no SQLite file (sqlite:///var/recul.db).")
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    return {"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": path}


def postgres_env(url: str) -> dict[str, str]:
    parts = urlsplit(url)
    dbname = unquote(parts.path.lstrip("/"))
    if not dbname:
        raise SettingsError(f"RECUL_DATABASE_URL names no database: {url!r}.")
    return {
        "PERSISTENCE_MODULE": "eventsourcing.postgres",
        "POSTGRES_DBNAME": dbname,
        "POSTGRES_HOST": parts.hostname or "127.0.0.1",
        "POSTGRES_PORT": str(parts.port or 5432),
        "POSTGRES_USER": unquote(parts.username or "postgres"),
        "POSTGRES_PASSWORD": unquote(parts.password or ""),
        # Fail fast with a clear message rather than wait the library's 30 s default.
        "POSTGRES_CONNECT_TIMEOUT": "5",
        # Never POSTGRES_ENABLE_DB_FUNCTIONS: in 9.5.6 it skips the lock that orders the log.
    }
