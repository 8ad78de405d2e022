"""Who hears of a review proposal: the facilitator, or whoever assigns one, and the responders."""

from __future__ import annotations

from domain.application import Recul
from domain.base import CommandContext
from domain.incidents.model import Incident
from tests.unit.builders import FACILITATOR, RESPONDER, resolved
from workers.notify.recipients import recipients


def proposal_to(app: Recul, incident_id: object, role: str) -> list[str]:
    incident = app.load(Incident, incident_id)  # type: ignore[arg-type]
    return recipients(app, role, "REVIEW_PROPOSAL", incident, None)


def test_before_a_facilitator_is_named_the_responders_managers_and_responders_hear_of_it(
    app: Recul, ctx: CommandContext
) -> None:
    app.register_person(
        ctx, "maya", name="Maya", email="maya@example.org", team="sre", time_zone="UTC"
    )
    app.register_person(
        ctx,
        RESPONDER,
        name="Bob",
        email="bob@example.org",
        team="sre",
        time_zone="UTC",
        manager="maya",
    )
    incident_id = resolved(app, ctx)

    assert proposal_to(app, incident_id, "RESPONDERS") == ["maya", RESPONDER]


def test_once_a_facilitator_is_named_the_facilitator_and_the_responders_hear_of_it(
    app: Recul, ctx: CommandContext
) -> None:
    incident_id = resolved(app, ctx)
    app.assign_facilitator(ctx, incident_id, facilitator=FACILITATOR)

    assert proposal_to(app, incident_id, "FACILITATOR") == [FACILITATOR, RESPONDER]
