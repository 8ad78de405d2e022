"""The post-mortem query: now from the read model, or as of a version or time from the log."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

import strawberry
from starlette.concurrency import run_in_threadpool

from api.context import Info
from api.ids import from_global_id
from api.postmortem.types import Postmortem
from domain.application import Recul
from domain.errors import InvalidInputError, NotFoundError
from domain.postmortem.document import assemble, to_data
from domain.values import aware


def past_data(
    app: Recul, incident_id: UUID, as_of_version: int | None, as_of: datetime | None
) -> dict[str, Any]:
    """The document as it stood; the log, not a read model, knows the past."""
    when = aware(as_of, "asOf") if as_of else None
    return to_data(assemble(app, incident_id, as_of_version=as_of_version, as_of=when))


@strawberry.type
class PostmortemQueries:
    @strawberry.field
    async def postmortem(
        self,
        info: Info,
        incident_id: strawberry.ID,
        as_of_version: int | None = None,
        as_of: datetime | None = None,
    ) -> Postmortem:
        """The post-mortem of an incident: current, or at an incident version, or at a time."""
        if as_of_version is not None and as_of is not None:
            raise InvalidInputError("Give asOfVersion or asOf, not both.", field="asOf")
        incident = from_global_id(incident_id, "Incident", "incidentId")
        if as_of_version is not None or as_of is not None:
            data = await run_in_threadpool(
                past_data, info.context.app, incident, as_of_version, as_of
            )
            return Postmortem.from_data(data)
        found = await info.context.loaders.postmortems.load(incident)
        if found is None:
            raise NotFoundError(f"No post-mortem for incident {incident_id}.", field="incidentId")
        return Postmortem.from_data(found)
