"""The monthly digest (any role) and the dead letters (admins)."""

from __future__ import annotations

import re

import strawberry
from starlette.concurrency import run_in_threadpool

from api.background import configured
from api.context import Info
from api.schedules.types import DeadLetter, TeamDigest
from domain.errors import InvalidInputError
from domain.tokens.model import TokenRole

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def year_month(value: str) -> tuple[int, int]:
    """(year, month) of ``YYYY-MM``, or a clear refusal."""
    found = _MONTH.match(value.strip())
    if found is None:
        raise InvalidInputError(
            f"month must be YYYY-MM, e.g. 2026-03; got {value!r}.", field="month"
        )
    return int(found[1]), int(found[2])


@strawberry.type
class ScheduleQueries:
    @strawberry.field
    async def monthly_digest(self, info: Info, month: str) -> list[TeamDigest]:
        """The monthly action review of ``month`` (YYYY-MM), one entry per team."""
        year, number = year_month(month)
        background = configured(info.context.background)
        digests = await run_in_threadpool(background.monthly_digest, year, number)
        return [TeamDigest.from_data(d) for d in digests]

    @strawberry.field
    async def dead_letters(self, info: Info) -> list[DeadLetter]:
        """Background messages that failed for good (admins only)."""
        info.context.principal.require(TokenRole.ADMIN, "list dead letters")
        background = configured(info.context.background)
        letters = await run_in_threadpool(background.dead_letters)
        return [DeadLetter.from_data(d) for d in letters]
