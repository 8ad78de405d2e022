"""The RootCause type: one 5 Whys chain and the systemic defect it ends on."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import strawberry

from api.ids import to_global_id
from domain import values as v
from domain.root_causes.model import RootCause as RootCauseAggregate

CauseCategory = v.CauseCategory
strawberry.enum(
    CauseCategory, name="CauseCategory"
)  # registers the domain enum under its GraphQL name


@strawberry.type
class Why:
    """One level of the chain."""

    level: int
    question: str
    answer: str


@strawberry.type
class RootCause:
    """A 5 Whys chain of one incident; ``statement`` is set once the defect is identified."""

    id: strawberry.ID
    version: int | None
    problem: str
    whys: list[Why]
    statement: str | None
    category: CauseCategory | None

    @classmethod
    def from_aggregate(cls, cause: RootCauseAggregate) -> RootCause:
        return cls(
            id=to_global_id("RootCause", cause.id),
            version=cause.version,
            problem=cause.problem,
            whys=[Why(level=w.level, question=w.question, answer=w.answer) for w in cause.whys],
            statement=cause.statement,
            category=cause.category,
        )

    @classmethod
    def from_data(cls, d: dict[str, Any]) -> RootCause:
        """From the post-mortem document's data, which carries no version."""
        return cls(
            id=to_global_id("RootCause", UUID(d["id"])),
            version=None,
            problem=d["problem"],
            whys=[Why(**w) for w in d["whys"]],
            statement=d["statement"],
            category=v.CauseCategory(d["category"]) if d["category"] else None,
        )
