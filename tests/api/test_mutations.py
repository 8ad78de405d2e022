"""Every mutation through schema.execute: payloads reflect their own write, refusals are userErrors."""

from __future__ import annotations

from typing import Any

import pytest

from api.ids import parse_global_id
from tests.api.conftest import Execute

pytestmark = pytest.mark.anyio

T0 = "2026-03-10T14:45:00+00:00"
WHYS = [
    ("Why was the deploy broken?", "The tests did not cover the failing path."),
    ("Why were the tests incomplete?", "The feature had no edge-case tests."),
    ("Why were there no edge-case tests?", "The deadline left no time for them."),
    ("Why was the deadline short?", "The estimate was unrealistic."),
    ("Why was the estimate unrealistic?", "No technical spike was done before estimating."),
]
ERRORS = "userErrors { field message code }"


async def mutate(execute: Execute, name: str, fields: str, input: dict[str, Any], **kw: Any) -> Any:
    """Runs one mutation; returns its payload (and fails the test on GraphQL errors)."""
    query = f"mutation($input: {name[0].upper()}{name[1:]}Input!) {{ {name}(input: $input) {{ {fields} {ERRORS} }} }}"
    result = await execute(query, {"input": input}, **kw)
    assert result["errors"] is None, result["errors"]
    return result["data"][name]


INCIDENT = "incident { id version status title detectedBy resolvedAt facilitator }"


async def declare(execute: Execute, **overrides: Any) -> dict[str, Any]:
    input = {
        "title": "Checkout deploy broke production",
        "severity": "SEV2",
        "services": ["checkout-api"],
        "startedAt": T0,
        **overrides,
    }
    payload = await mutate(execute, "declareIncident", INCIDENT, input)
    assert payload["userErrors"] == []
    return payload["incident"]


async def ok(execute: Execute, name: str, fields: str, input: dict[str, Any]) -> Any:
    payload = await mutate(execute, name, fields, input)
    assert payload["userErrors"] == [], payload["userErrors"]
    return payload


async def resolved(execute: Execute) -> str:
    incident_id = (await declare(execute))["id"]
    await ok(execute, "addResponder", INCIDENT, {"incidentId": incident_id, "responder": "bob"})
    await ok(
        execute,
        "recordDetection",
        INCIDENT,
        {
            "incidentId": incident_id,
            "at": "2026-03-10T14:50:00+00:00",
            "by": "lisa",
            "channel": "MONITORING",
        },
    )
    await ok(
        execute,
        "mitigateIncident",
        INCIDENT,
        {"incidentId": incident_id, "at": "2026-03-10T15:00:00+00:00"},
    )
    await ok(
        execute,
        "resolveIncident",
        INCIDENT,
        {"incidentId": incident_id, "at": "2026-03-10T15:05:00+00:00"},
    )
    return incident_id


async def test_declaring_an_incident_answers_with_the_new_incident(execute: Execute):
    incident = await declare(execute)
    assert (incident["status"], incident["version"]) == ("DECLARED", 1)
    assert incident["title"] == "Checkout deploy broke production"


async def test_a_whole_post_mortem_is_written_mutation_by_mutation(execute: Execute, app):
    incident_id = await resolved(execute)
    impact = {
        "incidentId": incident_id,
        "usersAffectedPct": 10.0,
        "usersAffectedCount": 12000,
        "durationMinutes": 15,
        "revenueAmount": "4200",
        "revenueCurrency": "EUR",
    }
    await ok(execute, "assessImpact", INCIDENT, impact)
    timeline = "timeline { version entries { id text corrections } } entry { id text }"
    added = await ok(
        execute,
        "addTimelineEntry",
        timeline,
        {
            "incidentId": incident_id,
            "at": T0,
            "actor": "deploy pipeline",
            "text": "Release deployed.",
        },
    )
    entry_id = added["entry"]["id"]
    corrected = await ok(
        execute,
        "correctTimelineEntry",
        timeline,
        {
            "incidentId": incident_id,
            "entryId": entry_id,
            "reason": "Typo.",
            "text": "Release 2 deployed.",
            "expectedVersion": added["timeline"]["version"],
        },
    )
    assert corrected["entry"] == {"id": entry_id, "text": "Release 2 deployed."}
    cause = "rootCause { id version whys { level answer } statement category }"
    opened = await ok(
        execute,
        "openRootCause",
        cause,
        {"incidentId": incident_id, "problem": "The release broke checkout."},
    )
    cause_id = opened["rootCause"]["id"]
    for level, (question, answer) in enumerate(WHYS, 1):
        await ok(
            execute,
            "answerWhy",
            cause,
            {"rootCauseId": cause_id, "level": level, "question": question, "answer": answer},
        )
    revised = await ok(
        execute,
        "reviseWhy",
        cause,
        {"rootCauseId": cause_id, "level": 2, "answer": "Edge cases were not tested."},
    )
    assert revised["rootCause"]["whys"][1]["answer"] == "Edge cases were not tested."
    identified = await ok(
        execute,
        "identifyRootCause",
        cause,
        {
            "rootCauseId": cause_id,
            "statement": "Complex features are estimated without a technical spike.",
            "category": "PLANNING",
        },
    )
    assert identified["rootCause"]["category"] == "PLANNING"
    action = "action { id version status owner dueDate tracker { system key } }"
    proposed = await ok(
        execute,
        "proposeAction",
        action,
        {"rootCauseId": cause_id, "text": "Make a spike mandatory."},
    )
    action_id = proposed["action"]["id"]
    steps = [
        (
            "commitAction",
            {
                "owner": "karim",
                "dueDate": "2026-04-10",
                "successCriterion": "Every feature links a spike.",
            },
        ),
        ("rescheduleAction", {"dueDate": "2026-04-20", "reason": "Holidays."}),
        (
            "linkActionToTracker",
            {"system": "JIRA", "key": "CHK-1", "url": "https://jira.example/CHK-1"},
        ),
        ("startAction", {}),
        ("completeAction", {"note": "Template updated."}),
        ("verifyAction", {"evidence": "Three features link a spike."}),
    ]
    for name, extra in steps:
        last = await ok(
            execute,
            name,
            "action { status version dueDate tracker { key } }",
            {"actionId": action_id, **extra},
        )
    assert last["action"] == {
        "status": "VERIFIED",
        "version": 7,
        "dueDate": "2026-04-20",
        "tracker": {"key": "CHK-1"},
    }
    other = await ok(
        execute,
        "proposeAction",
        "action { id }",
        {"rootCauseId": cause_id, "text": "Add an alert."},
    )
    cancelled = await ok(
        execute,
        "cancelAction",
        "action { status }",
        {"actionId": other["action"]["id"], "reason": "Duplicate."},
    )
    assert cancelled["action"]["status"] == "CANCELLED"
    review = [
        ("assignFacilitator", {"facilitator": "claire"}),
        ("scheduleReview", {"at": "2026-03-14T10:00:00+00:00", "durationMinutes": 90}),
        (
            "recordReview",
            {
                "heldAt": "2026-03-14T10:00:00+00:00",
                "durationMinutes": 75,
                "attendees": ["lisa", "bob", "claire"],
            },
        ),
        ("recordWentWell", {"text": "The alert fired within five minutes."}),
        ("recordLesson", {"text": "Spike before estimating.", "audience": "ORGANISATION"}),
        ("publishPostmortem", {"at": "2026-03-15T10:00:00+00:00"}),
    ]
    for name, extra in review:
        last = await ok(execute, name, INCIDENT, {"incidentId": incident_id, **extra})
    assert last["incident"]["status"] == "PUBLISHED"
    assert last["incident"]["facilitator"] == "claire"


async def test_writes_are_recorded_under_the_token_name_and_the_request_correlation_id(
    execute: Execute, app
):
    incident = await declare(execute)
    event = next(iter(app.events.get(parse_global_id(incident["id"])[1])))
    assert (event.principal, event.correlation_id) == ("editor-bot", "test-correlation")


async def test_a_stale_expected_version_is_a_conflict_and_changes_nothing(execute: Execute):
    incident_id = (await declare(execute))["id"]
    await ok(
        execute,
        "addResponder",
        INCIDENT,
        {"incidentId": incident_id, "responder": "bob", "expectedVersion": 1},
    )
    payload = await mutate(
        execute,
        "addResponder",
        INCIDENT,
        {"incidentId": incident_id, "responder": "eve", "expectedVersion": 1},
    )
    assert payload["incident"] is None
    assert payload["userErrors"][0]["code"] == "CONFLICT"
    assert payload["userErrors"][0]["field"] == "expectedVersion"


async def test_a_reader_may_not_write(execute: Execute):
    payload = await mutate(
        execute,
        "declareIncident",
        INCIDENT,
        {"title": "x", "severity": "SEV1", "services": [], "startedAt": T0},
        role="reader",
    )
    assert payload["incident"] is None
    assert payload["userErrors"][0]["code"] == "FORBIDDEN"


async def test_an_editor_may_not_mint_tokens_but_an_admin_may(execute: Execute):
    fields = "token { name role revoked } plaintext"
    refused = await mutate(execute, "createToken", fields, {"name": "ci", "role": "READER"})
    assert refused["userErrors"][0]["code"] == "FORBIDDEN"
    created = await mutate(
        execute,
        "createToken",
        fields + " token { id }",
        {"name": "ci", "role": "READER"},
        role="admin",
    )
    assert created["token"]["role"] == "READER"
    assert created["plaintext"].startswith("rcl_")
    revoked = await mutate(
        execute,
        "revokeToken",
        "token { revoked revokedReason }",
        {"tokenId": created["token"]["id"], "reason": "Done."},
        role="admin",
    )
    assert revoked["token"] == {"revoked": True, "revokedReason": "Done."}


async def test_only_admins_list_tokens(execute: Execute, tokens):
    listed = await execute("{ tokens { name role } }", role="admin")
    assert {t["name"] for t in listed["data"]["tokens"]} == {
        "reader-bot",
        "editor-bot",
        "admin-bot",
    }
    refused = await execute("{ tokens { name } }", role="editor")
    assert refused["errors"][0].extensions["code"] == "FORBIDDEN"


async def test_an_unexpected_fault_is_masked_and_carries_the_correlation_id(
    execute: Execute, app, monkeypatch, caplog
):
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the database password is hunter2")

    monkeypatch.setattr(app, "declare_incident", broken)
    result = await execute(
        'mutation { declareIncident(input: {title: "t", severity: SEV1, services: [], startedAt: "'
        + T0
        + '"}) { userErrors { code } } }'
    )
    error = result["errors"][0]
    assert "hunter2" not in error.message
    assert error.extensions == {"code": "INTERNAL", "correlationId": "test-correlation"}
    assert "test-correlation" in caplog.text
