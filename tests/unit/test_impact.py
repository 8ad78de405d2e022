"""Impact: users affected (% and count), duration, revenue, reputation, SLA."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.unit import builders as b
from tests.unit.builders import refused

VALID: dict[str, Any] = {
    "users_affected_pct": 10.0,
    "users_affected_count": 12000,
    "duration_minutes": 15,
}


def test_an_impact_is_recorded_with_every_facet(app, ctx):
    incident_id = b.resolved(app, ctx)
    incident = app.assess_impact(
        ctx,
        incident_id,
        **VALID,
        revenue_amount=Decimal("4200.50"),
        revenue_currency="eur",
        reputation=" A few complaints. ",
        sla_breached=True,
        sla_note="99.9% monthly target missed",
    )
    impact = incident.impact
    assert (impact.users_affected_pct, impact.users_affected_count, impact.duration_minutes) == (
        10.0,
        12000,
        15,
    )
    assert (impact.revenue_amount, impact.revenue_currency) == (Decimal("4200.50"), "EUR")
    assert impact.reputation == "A few complaints."
    assert impact.sla_breached
    assert impact.sla_note == "99.9% monthly target missed"


def test_an_impact_may_be_assessed_before_resolution(app, ctx):
    incident_id = b.declared(app, ctx)
    assert app.assess_impact(ctx, incident_id, **VALID).impact.revenue_amount is None


def test_a_new_assessment_supersedes_the_previous_one(app, ctx):
    incident_id = b.resolved(app, ctx)
    app.assess_impact(ctx, incident_id, **VALID)
    incident = app.assess_impact(ctx, incident_id, **{**VALID, "users_affected_pct": 20})
    assert incident.impact.users_affected_pct == 20.0


@pytest.mark.parametrize("pct", [0, 100, 0.5])
def test_a_percentage_from_0_to_100_is_accepted(app, ctx, pct):
    incident_id = b.declared(app, ctx)
    impact = app.assess_impact(ctx, incident_id, **{**VALID, "users_affected_pct": pct}).impact
    assert impact.users_affected_pct == pct


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"users_affected_pct": -0.1}, "usersAffectedPct"),
        ({"users_affected_pct": 100.1}, "usersAffectedPct"),
        ({"users_affected_pct": float("nan")}, "usersAffectedPct"),
        ({"users_affected_count": -1}, "usersAffectedCount"),
        ({"duration_minutes": -1}, "durationMinutes"),
        ({"revenue_amount": Decimal(100)}, "revenue"),
        ({"revenue_currency": "EUR"}, "revenue"),
        ({"revenue_amount": Decimal(-1), "revenue_currency": "EUR"}, "revenue"),
        ({"revenue_amount": Decimal("Infinity"), "revenue_currency": "EUR"}, "revenue"),
        ({"revenue_amount": Decimal("NaN"), "revenue_currency": "EUR"}, "revenue"),
        ({"revenue_amount": Decimal(1), "revenue_currency": "EURO"}, "currency"),
        ({"revenue_amount": Decimal(1), "revenue_currency": "E1R"}, "currency"),
        ({"revenue_amount": Decimal(1), "revenue_currency": ""}, "currency"),
        ({"reputation": "x" * 5001}, "reputation"),
        ({"sla_note": "x" * 5001}, "slaNote"),
    ],
    ids=[
        "pct below 0",
        "pct above 100",
        "pct NaN",
        "negative count",
        "negative duration",
        "amount without currency",
        "currency without amount",
        "negative amount",
        "infinite amount",
        "NaN amount",
        "four-letter currency",
        "currency with a digit",
        "empty currency",
        "long reputation",
        "long SLA note",
    ],
)
def test_an_invalid_impact_is_refused_and_nothing_is_stored(app, ctx, changes, field):
    incident_id = b.resolved(app, ctx)
    error = refused(
        app,
        incident_id,
        "INVALID_INPUT",
        lambda: app.assess_impact(ctx, incident_id, **{**VALID, **changes}),
    )
    assert error.field == field
    assert app.repository.get(incident_id).impact is None
