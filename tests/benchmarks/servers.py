"""Real server processes on loopback ports for the HTTP benchmarks: started, awaited, stopped."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
STARTUP_TIMEOUT = 60.0
STOP_TIMEOUT = 10.0

# The real API, as `recul serve` runs it (on PostgreSQL it runs no projections in-process).
API_COMMAND = (sys.executable, "-m", "recul.cli", "serve")
# The baseline: plain Starlette endpoints over the same read models (tests/benchmarks/plain_app.py).
PLAIN_COMMAND = (sys.executable, "-m", "uvicorn", "tests.benchmarks.plain_app:app")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def serving(command: tuple[str, ...], database_url: str, log: Path) -> Iterator[str]:
    """Runs ``command --port P`` on ``database_url``; yields its base URL once /healthz answers."""
    port = free_port()
    env = {**os.environ, "RECUL_DATABASE_URL": database_url}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*command, "--port", str(port)], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
        try:
            base_url = f"http://127.0.0.1:{port}"
            _wait_until_healthy(process, base_url, log)
            yield base_url
        finally:
            stop(process)


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM, then SIGKILL if it has not exited within STOP_TIMEOUT seconds."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _wait_until_healthy(process: subprocess.Popen[bytes], base_url: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"The server exited with {process.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"{base_url}/healthz", timeout=1.0).status_code == httpx.codes.OK:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(
        f"The server did not answer /healthz in {STARTUP_TIMEOUT}s:\n{log.read_text()}"
    )
