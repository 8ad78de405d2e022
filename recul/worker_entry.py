"""What each Dramatiq worker process imports: ``python -m dramatiq recul.worker_entry``.

Builds, in order: the settings, the broker (before any actor), the application
and the runtime the actors use. ``recul worker`` runs exactly this.
"""

from __future__ import annotations

from recul.settings import Settings
from recul.wiring import build_application
from recul.worker_cli import configure_worker, worker_broker

settings = Settings.from_env()
broker = worker_broker(settings)
configure_worker(settings, build_application(settings))
# The actors this process consumes were imported and bound by make_broker.
