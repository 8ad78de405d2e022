"""Every kind of domain refusal comes back as a userError with its code, and writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID, uuid4

import pytest

from api.ids import to_global_id
from domain.application import Recul
from domain.base import CommandContext
from tests.api.conftest import Execute
from tests.unit import builders as b

pytestmark = pytest.mark.anyio

CTX = CommandContext("setup")


def incident(make: Callable[..., UUID]) -> Callable[[Recul], dict[str, Any]]:
    return lambda app: {"incidentId": to_global_id("Incident", make(app, CTX))}


def cause(levels: int) -> Callable[[Recul], dict[str, Any]]:
    def setup(app: Recul) -> dict[str, Any]:
        cause_id = b.with_whys(app, CTX, b.resolved(app, CTX), levels)
        return {"rootCauseId": to_global_id("RootCause", cause_id)}

    return setup


def action(app: Recul) -> dict[str, Any]:
    cause_id = b.with_full_chain(app, CTX, b.resolved(app, CTX))
    return {"actionId": to_global_id("Action", b.with_action(app, CTX, cause_id, commit=False))}


WHY = {"level": 6, "question": "Why?", "answer": "Because."}
CASES: dict[str, tuple[Callable[[Recul], dict[str, Any]], str, dict[str, Any]]] = {
    "NOT_FOUND": (
        lambda _app: {"incidentId": to_global_id("Incident", uuid4())},
        "addResponder",
        {"responder": "bob"},
    ),
    "INVALID_INPUT": (
        lambda _app: {"incidentId": to_global_id("Action", uuid4())},
        "addResponder",
        {"responder": "bob"},
    ),
    "NAIVE_DATETIME": (incident(b.detected), "mitigateIncident", {"at": "2026-03-10T15:00:00"}),
    "INVALID_TRANSITION": (
        incident(b.declared),
        "mitigateIncident",
        {"at": "2026-03-10T15:00:00Z"},
    ),
    "TIME_ORDER": (
        incident(b.declared),
        "recordDetection",
        {"at": "2026-03-09T15:00:00Z", "by": "lisa", "channel": "MONITORING"},
    ),
    "FACILITATOR_NOT_NEUTRAL": (
        incident(b.resolved),
        "assignFacilitator",
        {"facilitator": b.RESPONDER},
    ),
    "WHY_OUT_OF_ORDER": (cause(5), "answerWhy", WHY),
    "CHAIN_INCOMPLETE": (
        cause(3),
        "identifyRootCause",
        {"statement": "A defect.", "category": "PROCESS"},
    ),
    "NOT_SYSTEMIC": (
        cause(5),
        "identifyRootCause",
        {"statement": "Human error.", "category": "PROCESS"},
    ),
    "ACTION_INCOMPLETE": (action, "commitAction", {"owner": "karim"}),
    "PUBLISH_BLOCKED": (incident(b.reviewed), "publishPostmortem", {}),
}
CASES["REVIEW_DURATION"] = (
    lambda app: {"incidentId": to_global_id("Incident", _facilitated(app))},
    "scheduleReview",
    {"at": "2026-03-14T10:00:00Z", "durationMinutes": 30},
)


def _facilitated(app: Recul) -> UUID:
    incident_id = b.resolved(app, CTX)
    app.assign_facilitator(CTX, incident_id, facilitator=b.FACILITATOR)
    return incident_id


@pytest.mark.parametrize("code", sorted(CASES))
async def test_each_domain_refusal_is_a_user_error_with_its_code(
    execute: Execute, app: Recul, code: str
):
    setup, name, extra = CASES[code]
    ids = setup(app)
    before = app.recorder.max_notification_id()
    query = f"mutation($input: {name[0].upper()}{name[1:]}Input!) {{ {name}(input: $input) {{ userErrors {{ field message code }} }} }}"
    result = await execute(query, {"input": {**ids, **extra}})
    assert result["errors"] is None, result["errors"]
    [error] = result["data"][name]["userErrors"]
    assert error["code"] == code
    assert error["message"]
    assert app.recorder.max_notification_id() == before
