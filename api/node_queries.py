"""node(id): any object with a global id that a read model serves."""

from __future__ import annotations

import strawberry

from api.actions.types import Action
from api.context import Info
from api.ids import parse_global_id
from api.incidents.types import Incident
from api.node import Node
from domain.errors import NotFoundError


@strawberry.type
class NodeQueries:
    @strawberry.field
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:
        """The Incident or Action with this global id; null when none exists."""
        type_name, value = parse_global_id(id)
        loaders = info.context.loaders
        if type_name == "Incident":
            row = await loaders.incidents.load(value)
            return Incident.from_row(row) if row else None
        if type_name == "Action":
            action = await loaders.actions.load(value)
            return Action.from_row(action) if action else None
        raise NotFoundError(f"node() serves Incident and Action ids, not {type_name}.", field="id")
