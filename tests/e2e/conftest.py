"""End-to-end fixtures: the real `recul serve` process, and on PostgreSQL the projection runner.

The processes are started as an operator would start them, from the command line, with
only the environment to configure them; tests talk to them over HTTP and nothing else.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import httpx
import pytest

from recul.settings import Settings
from tests.e2e.client import GRAPHQL_RESPONSE, GraphQLClient, poll

EDITOR = "e2e-editor"
STARTUP_SECONDS = 30.0
STOP_SECONDS = 10.0
CLI_SECONDS = 60.0


@dataclass
class Process:
    """A child process whose output goes to a file, so a full pipe never blocks it."""

    name: str
    popen: subprocess.Popen[bytes]
    log_path: Path
    log: IO[bytes] = field(repr=False)

    def output(self) -> str:
        self.log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        """SIGTERM, so uvicorn and the runner shut down cleanly; SIGKILL if they hang."""
        if self.popen.poll() is None:
            self.popen.terminate()
            try:
                self.popen.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(timeout=STOP_SECONDS)
        self.log.close()


@dataclass(frozen=True)
class Server:
    """A running `recul serve`: where it listens and how to reach it as an editor."""

    base_url: str
    env: dict[str, str]
    cwd: Path
    editor_token: str
    editor_name: str

    def mint_token(self, name: str, role: str) -> str:
        return mint_token(self.env, self.cwd, name, role)


def recul(*args: str) -> list[str]:
    return [sys.executable, "-m", "recul.cli", *args]


def recul_env(database_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RECUL_")}
    # Unbuffered, so that the captured output is complete when a start-up fails.
    return {**env, "RECUL_DATABASE_URL": database_url, "PYTHONUNBUFFERED": "1"}


def mint_token(env: dict[str, str], cwd: Path, name: str, role: str) -> str:
    """`recul token create`: the token alone is printed on the last line."""
    done = subprocess.run(
        recul("token", "create", "--name", name, "--role", role),
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=CLI_SECONDS,
        check=False,
    )
    assert done.returncode == 0, f"recul token create failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout.strip().splitlines()[-1]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start(name: str, args: list[str], cwd: Path, env: dict[str, str]) -> Process:
    log_path = cwd / f"{name}.log"
    log = log_path.open("wb")
    popen = subprocess.Popen(args, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
    return Process(name, popen, log_path, log)


def wait_until_healthy(base_url: str, process: Process) -> None:
    """Polls /healthz until it answers; fails with the server's output if it never does."""

    def healthy() -> bool:
        if process.popen.poll() is not None:
            pytest.fail(f"recul serve exited with {process.popen.returncode}:\n{process.output()}")
        try:
            with httpx.Client(base_url=base_url, timeout=2.0) as client:
                return client.get("/healthz").status_code == 200
        except httpx.TransportError:
            return False

    if not poll(healthy, timeout=STARTUP_SECONDS):
        pytest.fail(
            f"recul serve did not answer /healthz in {STARTUP_SECONDS}s:\n{process.output()}"
        )


@pytest.fixture
def server(database_url: str, tmp_path: Path) -> Iterator[Server]:
    """`recul serve` on a free port over a fresh database; stopped at teardown."""
    env = recul_env(database_url)
    token = mint_token(env, tmp_path, EDITOR, "editor")
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    processes: list[Process] = []
    try:
        serve = start(
            "serve", recul("serve", "--host", "127.0.0.1", "--port", str(port)), tmp_path, env
        )
        processes.append(serve)
        wait_until_healthy(base_url, serve)
        if Settings(database_url=database_url).is_postgres:
            # On PostgreSQL `recul serve` only answers; the read models follow the log elsewhere.
            runner = recul("projections", "run", "--poll-interval", "0.05")
            processes.append(start("projections", runner, tmp_path, env))
        yield Server(base_url, env, tmp_path, token, EDITOR)
    finally:
        for process in reversed(processes):
            process.stop()


@pytest.fixture
def editor(server: Server) -> Iterator[GraphQLClient]:
    """An HTTP client holding the editor token, asking for the spec's media type."""
    with client_for(server, server.editor_token) as client:
        yield client


def client_for(server: Server, token: str) -> GraphQLClient:
    headers = {"authorization": f"Bearer {token}", "accept": GRAPHQL_RESPONSE}
    return GraphQLClient(httpx.Client(base_url=server.base_url, headers=headers, timeout=30.0))
