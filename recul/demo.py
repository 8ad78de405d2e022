"""The worked examples shipped with Recul, loaded through the application's commands."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from domain.application import Recul
from domain.base import CommandContext
from domain.postmortem.importer import import_postmortem

DEMO_ACTOR = "recul-demo"


def examples() -> dict[str, dict[str, Any]]:
    """Each shipped example by name (its file name without .json)."""
    folder = resources.files("recul") / "examples"
    return {
        f.name.removesuffix(".json"): json.loads(f.read_text(encoding="utf-8"))
        for f in sorted(folder.iterdir(), key=lambda f: f.name)
        if f.name.endswith(".json")
    }


def example_id(name: str) -> UUID:
    """Examples have fixed ids, so loading them twice loads them once."""
    return uuid5(NAMESPACE_URL, f"recul:example:{name}")


def load_examples(app: Recul) -> list[tuple[UUID, bool]]:
    """Load every example not yet in the store; each id with whether it was loaded now."""
    loaded = []
    for name, data in examples().items():
        incident_id = example_id(name)
        if app.exists(incident_id):
            loaded.append((incident_id, False))
            continue
        import_postmortem(app, CommandContext(DEMO_ACTOR), data, incident_id)
        loaded.append((incident_id, True))
    return loaded
