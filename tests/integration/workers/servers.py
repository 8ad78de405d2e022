"""Real services for the worker tests: an SMTP capture, a chat webhook receiver, a Redis.

Each binds a free loopback port. The capture and the receiver share a ``Gate``:
closed, they hold new deliveries unanswered (and unstored) until reopened, so a
test can kill a worker at a moment when nothing is half-delivered.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes, policy
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import redis
from aiosmtpd.controller import Controller

from domain.base import CommandContext
from domain.notifications.model import delivery_key
from domain.people.model import person_id
from domain.schedules.reminders import ReminderKind, action_reminders
from workers.scheduler import Due

WAIT = 60.0  # seconds: generous, for a loaded 2-core machine


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(check: Callable[[], bool], what: str, timeout: float = WAIT) -> None:
    """Poll ``check`` (bounded) until true; fail saying ``what`` was awaited."""
    deadline = time.monotonic() + timeout
    delay = 0.01
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(delay)
        delay = min(delay * 2, 0.2)


class Gate:
    """Open: deliveries are stored. Closed: they wait, then are dropped unanswered."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self._open = threading.Event()
        self._open.set()

    def close(self) -> None:
        with self.lock:
            self._open.clear()

    def reopen(self) -> None:
        self._open.set()

    def admit(self, store: Callable[[], None]) -> bool:
        """Store (atomically with the gate's state) and return True; or wait while closed."""
        with self.lock:
            if self._open.is_set():
                store()
                return True
        self._open.wait(WAIT)
        return False


@dataclass
class Failures:
    """Answer the next ``count`` deliveries with ``code`` instead of accepting them."""

    count: int = 0
    code: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def set(self, count: int, code: int) -> None:
        with self.lock:
            self.count, self.code = count, code

    def take(self) -> int | None:
        with self.lock:
            if self.count <= 0:
                return None
            self.count -= 1
            return self.code


class SmtpCapture:
    """aiosmtpd on a free port; keeps every accepted message."""

    def __init__(self, gate: Gate | None = None) -> None:
        self.gate = gate or Gate()
        self.failures = Failures()
        self.messages: list[Message] = []
        self.port = free_port()
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    async def handle_DATA(self, _server: Any, _session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's hook name
        code = self.failures.take()
        if code is not None:
            return f"{code} {'try again later' if code < 500 else 'mailbox unavailable'}"
        message = message_from_bytes(envelope.content, policy=policy.default)
        stored = await asyncio.to_thread(self.gate.admit, lambda: self.messages.append(message))
        return "250 OK" if stored else "451 held by the test"

    def message_ids(self) -> list[str]:
        return [str(m["Message-ID"]) for m in list(self.messages)]

    def start(self) -> SmtpCapture:
        self._controller.start()
        return self

    def stop(self) -> None:
        self.gate.reopen()
        self._controller.stop()


class ChatReceiver:
    """A local Slack-style incoming webhook: keeps each JSON payload and its Idempotency-Key."""

    def __init__(self, gate: Gate | None = None) -> None:
        self.gate = gate or Gate()
        self.failures = Failures()
        self.posts: list[tuple[str, dict[str, Any]]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                key = self.headers.get("Idempotency-Key", "")
                code = receiver.failures.take()
                if code is None:
                    stored = receiver.gate.admit(lambda: receiver.posts.append((key, body)))
                    code = 200 if stored else 503
                self.send_response(code)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/hooks/recul"

    def keys(self) -> list[str]:
        return [key for key, _ in list(self.posts)]

    def start(self) -> ChatReceiver:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.gate.reopen()
        self._server.shutdown()
        self._server.server_close()


class RedisServer:
    """A throwaway redis-server on a free port, stopped and restarted at will (same data dir)."""

    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        self.folder = folder
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        binary = shutil.which("redis-server")
        assert binary, "redis-server must be on PATH"
        # An append-only file fsynced on every write: what production should run.
        argv = [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.folder)]
        argv += ["--appendonly", "yes", "--appendfsync", "always", "--save", ""]
        self._process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis.from_url(self.url, socket_connect_timeout=1)
        wait_for(lambda: _pings(client), f"redis-server on port {self.port}")
        client.close()
        return self

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            self._process.wait(WAIT)
        self._process = None


def _pings(client: redis.Redis) -> bool:
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False


@contextmanager
def mail_and_chat() -> Iterator[tuple[SmtpCapture, ChatReceiver]]:
    """Both receivers, sharing one gate."""
    gate = Gate()
    smtp, chat = SmtpCapture(gate).start(), ChatReceiver(gate).start()
    try:
        yield smtp, chat
    finally:
        smtp.stop()
        chat.stop()


def flush_namespace(url: str, namespace: str) -> None:
    """Delete every key of ``namespace`` (tests share the Redis on 6379)."""
    client = redis.Redis.from_url(url)
    try:
        keys = list(client.scan_iter(match=f"{namespace}:*", count=1000))
        if keys:
            client.delete(*keys)
    finally:
        client.close()


# ---------------------------------------------------------------- data and rigs

REDIS_URL = "redis://127.0.0.1:6379/0"
PUBLIC_URL = "https://recul.example.org"
MAIL_FROM = "recul@example.org"
OWNERS = ("claire", "malik", "sofia")


def seed_reminders(app: Any, count: int, language: str = "en") -> tuple[Any, list[Any]]:
    """An incident with ``count`` committed actions; returns it and each action's BEFORE_DUE."""
    ctx, started = CommandContext(actor="test"), datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
    for handle in (*OWNERS, "nadia", "marc"):
        if not app.exists(person_id(handle)):
            app.register_person(
                ctx,
                handle,
                name=handle.title(),
                email=f"{handle}@example.org",
                team="payments",
                time_zone="Europe/Paris",
                manager="marc" if handle != "marc" else None,
                language=language,
            )
    incident = app.declare_incident(
        ctx,
        title="Checkout latency",
        severity="SEV2",
        services=["checkout"],
        started_at=started,
        language=language,
    )
    app.record_detection(ctx, incident.id, at=started, by="sofia", channel="MONITORING")
    app.add_responder(ctx, incident.id, responder="claire")
    app.mitigate_incident(ctx, incident.id, at=started + timedelta(hours=1))
    app.resolve_incident(ctx, incident.id, at=started + timedelta(hours=2))
    app.assign_facilitator(ctx, incident.id, facilitator="nadia")
    cause = app.open_root_cause(ctx, incident.id, problem="The pool was too small")
    due_date, dues = date(2025, 4, 10), []
    for n in range(count):
        action = app.propose_action(ctx, cause.id, text=f"Size the pool from load tests ({n})")
        app.commit_action(
            ctx,
            action.id,
            owner=OWNERS[n % len(OWNERS)],
            due_date=due_date,
            success_criterion="p99 under 300 ms at peak",
        )
        reminder = next(
            r
            for r in action_reminders(due_date, "COMMITTED", datetime(2025, 4, 10, tzinfo=UTC))
            if r.kind is ReminderKind.BEFORE_DUE
        )
        key = reminder.key(action.id)
        dues.append(Due(key, "BEFORE_DUE", action.id, incident.id, "OWNER", reminder.at))
    return incident, dues


def email_key(due: Any, owner: str) -> str:
    return delivery_key(due.key, "EMAIL", owner)


def chat_key(due: Any) -> str:
    return delivery_key(due.key, "CHAT", "webhook")


def queue_drained(url: str, namespace: str) -> bool:
    """No message waiting, delayed, or fetched and not yet acknowledged, in ``namespace``."""
    client = redis.Redis.from_url(url)
    try:
        pending = sum(
            client.hlen(f"{namespace}:{q}.msgs") for q in ("notifications", "notifications.DQ")
        )
        return pending == 0
    finally:
        client.close()
