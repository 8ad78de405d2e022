"""The Node interface: every object with a global id."""

from __future__ import annotations

import strawberry


@strawberry.interface(description="An object with a global id (Relay).")
class Node:
    id: strawberry.ID
