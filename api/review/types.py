"""Types of the review: who a lesson is for."""

from __future__ import annotations

import strawberry

from domain import values as v

Audience = v.Audience
strawberry.enum(Audience, name="Audience")  # registers the domain enum under its GraphQL name
