"""A worker thread inside ``recul serve``: the embedded default, on the stub broker."""

from __future__ import annotations

from collections.abc import Callable

import dramatiq

# Short polls: the stub broker's consumers block on in-process queues, and a
# shorter timeout makes the server stop promptly.
POLL_MS = 100


def start_embedded_worker(broker: dramatiq.Broker, *, threads: int = 2) -> Callable[[], None]:
    """Start consuming ``broker``'s queues in this process; returns the function that stops it."""
    worker = dramatiq.Worker(broker, worker_threads=threads, worker_timeout=POLL_MS)
    worker.start()

    def stop() -> None:
        worker.stop()

    return stop
