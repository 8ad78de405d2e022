"""The blameless linters wired into the API: warnings on payloads, the lint query, the
post-mortem's blameless check, and publication refused while blame findings are open."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any
from uuid import UUID

import pytest

from api.ids import to_global_id
from domain.application import Recul
from domain.base import CommandContext
from projections.factory import ReadModels
from projections.runner import catch_up
from tests.api.conftest import Execute
from tests.unit.builders import at, publishable, review_scheduled, with_whys

pytestmark = pytest.mark.anyio

CTX = CommandContext("maya")
ERRORS = "userErrors { field message code }"
WARNINGS = "warnings { field finding { rule excerpt message suggestion } }"
PUBLISH_AT = at(5 * 24 * 60).isoformat()
BLAMING_ENTRY = "14:50 the deploy was stupidly pushed"
CHECK = """
  blamelessCheck {
    publishable
    sections { section openFindings { id section blocksPublication finding { rule excerpt } } }
    findings { id section acknowledgedReason blocksPublication finding { rule excerpt } }
  }
"""


def gid(kind: str, uuid: UUID) -> str:
    return to_global_id(kind, uuid)


async def mutate(execute: Execute, name: str, fields: str, input: dict[str, Any]) -> Any:
    """One mutation; its payload (GraphQL errors fail the test)."""
    type_name = f"{name[0].upper()}{name[1:]}Input"
    query = f"mutation($input: {type_name}!) {{ {name}(input: $input) {{ {fields} {ERRORS} }} }}"
    result = await execute(query, {"input": input})
    assert result["errors"] is None, result["errors"]
    return result["data"][name]


async def postmortem(execute: Execute, incident: str, fields: str, version: int) -> Any:
    """The post-mortem as it stood at ``version``, read from the log."""
    result = await execute(
        f'{{ postmortem(incidentId: "{incident}", asOfVersion: {version}) {{ {fields} }} }}'
    )
    assert result["errors"] is None, result["errors"]
    return result["data"]["postmortem"]


def warned(payload: dict[str, Any]) -> set[tuple[str, str, str]]:
    """(field, rule, excerpt) of each warning; every warning explains itself."""
    for warning in payload["warnings"]:
        assert warning["finding"]["message"]
        assert warning["finding"]["suggestion"]
    return {
        (w["field"], w["finding"]["rule"], w["finding"]["excerpt"]) for w in payload["warnings"]
    }


# --- warnings on every mutation that writes text -------------------------------------------


@dataclass(frozen=True)
class Ids:
    incident: str
    open_cause: str  # no why answered yet
    deep_cause: str  # five whys answered, not identified


@pytest.fixture
def ids(app: Recul) -> Ids:
    incident_id = review_scheduled(app, CTX)
    return Ids(
        incident=gid("Incident", incident_id),
        open_cause=gid("RootCause", with_whys(app, CTX, incident_id, levels=0)),
        deep_cause=gid("RootCause", with_whys(app, CTX, incident_id)),
    )


Stored = Callable[[Execute, dict[str, Any]], Awaitable[str]]


async def _entry_text(execute: Execute, payload: dict[str, Any]) -> str:
    return payload["entry"]["text"]


async def _last_answer(execute: Execute, payload: dict[str, Any]) -> str:
    return payload["rootCause"]["whys"][-1]["answer"]


async def _problem(execute: Execute, payload: dict[str, Any]) -> str:
    return payload["rootCause"]["problem"]


async def _statement(execute: Execute, payload: dict[str, Any]) -> str:
    return payload["rootCause"]["statement"]


async def _action_text(execute: Execute, payload: dict[str, Any]) -> str:
    return payload["action"]["text"]


def _from_document(path: str, pick: Callable[[dict[str, Any]], str]) -> Stored:
    async def read(execute: Execute, payload: dict[str, Any]) -> str:
        incident = payload["incident"]
        return pick(await postmortem(execute, incident["id"], path, incident["version"]))

    return read


@dataclass(frozen=True)
class Case:
    mutation: str
    fields: str
    input: Callable[[Ids], dict[str, Any]]
    stored: Stored
    text: str
    warning: tuple[str, str, str]  # field, rule, excerpt


INCIDENT = "incident { id version }"
CASES = [
    Case(
        "addTimelineEntry",
        "entry { text }",
        lambda i: {"incidentId": i.incident, "at": at(5).isoformat(), "actor": "bob"},
        _entry_text,
        BLAMING_ENTRY,
        ("text", "timeline_judgement", "stupidly"),
    ),
    Case(
        "answerWhy",
        "rootCause { whys { answer } }",
        lambda i: {"rootCauseId": i.open_cause, "level": 1, "question": "Why did it break?"},
        _last_answer,
        "Bob forgot to check the config",
        ("answer", "person_as_cause", "Bob forgot"),
    ),
    Case(
        "openRootCause",
        "rootCause { problem }",
        lambda i: {"incidentId": i.incident},
        _problem,
        "The DBA team screwed up the migration.",
        ("problem", "team_as_culprit", "The DBA team screwed up"),
    ),
    Case(
        "identifyRootCause",
        "rootCause { statement }",
        lambda i: {"rootCauseId": i.deep_cause, "category": "PLANNING"},
        _statement,
        "The DBA team screwed up the migration plan.",
        ("statement", "team_as_culprit", "The DBA team screwed up"),
    ),
    Case(
        "proposeAction",
        "action { text }",
        lambda i: {"rootCauseId": i.deep_cause},
        _action_text,
        "Être plus vigilants",
        ("text", "vague_action", "Être plus vigilants"),
    ),
    Case(
        "recordLesson",
        INCIDENT,
        lambda i: {"incidentId": i.incident, "audience": "TEAM"},
        _from_document("lessons { text }", lambda d: d["lessons"][-1]["text"]),
        "The intern was sloppy with the config.",
        ("text", "judgement_word", "sloppy"),
    ),
    Case(
        "recordWentWell",
        INCIDENT,
        lambda i: {"incidentId": i.incident},
        _from_document("wentWell", lambda d: d["wentWell"][-1]),
        "Bob was careless, but the alert caught it fast.",
        ("text", "person_as_cause", "Bob was careless"),
    ),
    Case(
        "recordReview",
        INCIDENT,
        lambda i: {
            "incidentId": i.incident,
            "heldAt": at(4 * 24 * 60).isoformat(),
            "durationMinutes": 60,
            "attendees": ["lisa", "bob"],
        },
        _from_document("summary { review { notes } }", lambda d: d["summary"]["review"]["notes"]),
        "c'est qui qui a fait ça ?",
        ("notes", "who_hunting", "c'est qui"),
    ),
]
TEXT_FIELD = {
    "addTimelineEntry": "text",
    "answerWhy": "answer",
    "openRootCause": "problem",
    "identifyRootCause": "statement",
    "proposeAction": "text",
    "recordLesson": "text",
    "recordWentWell": "text",
    "recordReview": "notes",
}


@pytest.mark.parametrize("case", CASES, ids=[c.mutation for c in CASES])
async def test_a_mutation_that_writes_blaming_text_warns_and_still_stores_the_text(
    execute: Execute, ids: Ids, case: Case
):
    input = {**case.input(ids), TEXT_FIELD[case.mutation]: case.text}

    payload = await mutate(execute, case.mutation, f"{case.fields} {WARNINGS}", input)

    assert payload["userErrors"] == []
    assert case.warning in warned(payload)
    assert await case.stored(execute, payload) == case.text


async def test_factual_text_gets_no_warning(execute: Execute, ids: Ids):
    text = "14:50 Lisa detected the error spike and escalated"
    input = {"incidentId": ids.incident, "at": at(5).isoformat(), "actor": "lisa", "text": text}

    payload = await mutate(execute, "addTimelineEntry", f"entry {{ text }} {WARNINGS}", input)

    assert payload["userErrors"] == []
    assert payload["warnings"] == []
    assert payload["entry"]["text"] == text


async def test_committing_a_vague_action_warns_but_the_commitment_is_recorded(
    execute: Execute, app: Recul
):
    incident_id = review_scheduled(app, CTX)
    cause = with_whys(app, CTX, incident_id)
    action = app.propose_action(CTX, cause, text="Be more vigilant during deploys.")

    payload = await mutate(
        execute,
        "commitAction",
        f"action {{ status owner }} {WARNINGS}",
        {
            "actionId": gid("Action", action.id),
            "owner": "karim",
            "dueDate": date(2026, 4, 10).isoformat(),
            "successCriterion": "No deploy without a green canary in April.",
        },
    )

    assert payload["userErrors"] == []
    assert payload["action"] == {"status": "COMMITTED", "owner": "karim"}
    assert ("text", "vague_action", "Be more vigilant") in warned(payload)


# --- the lint query ------------------------------------------------------------------------

LINT = "flagged language findings { rule start end excerpt message suggestion }"


async def test_the_lint_query_finds_blame_with_its_offsets_and_detects_the_language(
    execute: Execute,
):
    text = "Au final, Bob a oublié de vérifier la config."
    result = await execute(
        f"query($t: String!) {{ lint(text: $t, kind: ROOT_CAUSE) {{ {LINT} }} }}", {"t": text}
    )

    assert result["errors"] is None, result["errors"]
    found = result["data"]["lint"]
    assert (found["flagged"], found["language"]) == (True, "fr")
    assert found["findings"]
    for finding in found["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["excerpt"]
        assert finding["message"]
        assert finding["suggestion"]
    assert "person_as_cause" in {f["rule"] for f in found["findings"]}


async def test_the_lint_query_with_kind_action_flags_vague_wording(execute: Execute):
    result = await execute(
        '{ lint(text: "be more vigilant", kind: ACTION, language: EN) { flagged findings { rule } } }'
    )

    assert result["errors"] is None, result["errors"]
    assert result["data"]["lint"] == {"flagged": True, "findings": [{"rule": "vague_action"}]}


async def test_the_lint_query_does_not_flag_a_blameless_text(execute: Execute):
    result = await execute(
        '{ lint(text: "14:50 Lisa detected the error spike and escalated", kind: TIMELINE)'
        " { flagged findings { rule } } }"
    )

    assert result["data"]["lint"] == {"flagged": False, "findings": []}


async def test_the_lint_query_refuses_an_over_long_text_with_a_clear_message(execute: Execute):
    result = await execute(
        "query($t: String!) { lint(text: $t) { flagged } }", {"t": "The job failed. " * 1500}
    )

    assert result["data"] is None
    message = result["errors"][0].message
    assert "limited to 20,000 characters" in message


# --- the blameless check, acknowledgements and publication ---------------------------------


@pytest.fixture
def blamed(app: Recul) -> UUID:
    """A reviewed incident, otherwise publishable, with one blaming timeline entry."""
    incident_id, _, _ = publishable(app, CTX)
    app.add_timeline_entry(CTX, incident_id, at=at(5), actor="bob", text=BLAMING_ENTRY)
    return incident_id


def version(app: Recul, aggregate_id: UUID) -> int:
    return app.repository.get(aggregate_id).version


async def open_findings(
    execute: Execute, app: Recul, read_models: ReadModels, incident_id: UUID
) -> list[dict[str, Any]]:
    """The open findings of the current post-mortem, read from the caught-up read model."""
    catch_up(app, read_models)
    result = await execute(
        f'{{ postmortem(incidentId: "{gid("Incident", incident_id)}") {{ {CHECK} }} }}'
    )
    assert result["errors"] is None, result["errors"]
    findings = result["data"]["postmortem"]["blamelessCheck"]["findings"]
    return [f for f in findings if f["acknowledgedReason"] is None]


async def test_the_postmortem_blameless_check_lists_open_findings_per_section(
    execute: Execute, app: Recul, read_models: ReadModels, blamed: UUID
):
    catch_up(app, read_models)

    result = await execute(
        f'{{ postmortem(incidentId: "{gid("Incident", blamed)}") {{ {CHECK} }} }}'
    )

    assert result["errors"] is None, result["errors"]
    check = result["data"]["postmortem"]["blamelessCheck"]
    by_section = {s["section"]: s["openFindings"] for s in check["sections"]}
    assert list(by_section) == [
        "timeline",
        "root_causes",
        "went_well",
        "actions",
        "lessons",
        "review",
    ]
    [finding] = by_section["timeline"]
    assert finding["finding"] == {"rule": "timeline_judgement", "excerpt": "stupidly"}
    assert (finding["section"], finding["blocksPublication"]) == ("timeline", True)
    assert all(not found for name, found in by_section.items() if name != "timeline")
    assert check["publishable"] is False


async def test_publishing_with_an_open_blame_finding_is_refused_and_stores_nothing(
    execute: Execute, app: Recul, blamed: UUID
):
    before = version(app, blamed)

    payload = await mutate(
        execute,
        "publishPostmortem",
        "incident { status }",
        {"incidentId": gid("Incident", blamed), "at": PUBLISH_AT},
    )

    assert payload["incident"] is None
    [error] = payload["userErrors"]
    assert error["code"] == "BLAME_FINDINGS_OPEN"
    assert "timeline" in error["message"]
    assert version(app, blamed) == before
    assert app.repository.get(blamed).status.value == "REVIEWED"


async def test_acknowledging_every_open_finding_with_a_reason_lets_the_postmortem_publish(
    execute: Execute, app: Recul, read_models: ReadModels, blamed: UUID
):
    incident = gid("Incident", blamed)
    findings = await open_findings(execute, app, read_models, blamed)
    assert [f["blocksPublication"] for f in findings] == [True]

    for finding in findings:
        acknowledged = await mutate(
            execute,
            "acknowledgeFinding",
            "incident { id }",
            {
                "incidentId": incident,
                "findingId": finding["id"],
                "reason": "Quoted verbatim from the incident chat.",
            },
        )
        assert acknowledged["userErrors"] == []
    published = await mutate(
        execute,
        "publishPostmortem",
        "incident { status }",
        {"incidentId": incident, "at": PUBLISH_AT},
    )

    assert published["userErrors"] == []
    assert published["incident"] == {"status": "PUBLISHED"}


async def test_an_acknowledgement_is_an_event_in_the_history_with_its_reason(
    execute: Execute, app: Recul, read_models: ReadModels, blamed: UUID
):
    incident = gid("Incident", blamed)
    [finding] = await open_findings(execute, app, read_models, blamed)
    reason = "Quoted verbatim from the incident chat."
    await mutate(
        execute,
        "acknowledgeFinding",
        "incident { id }",
        {"incidentId": incident, "findingId": finding["id"], "reason": reason},
    )

    result = await execute(
        f'{{ history(id: "{incident}") {{ type actor changedFields {{ name value }} }} }}'
    )

    assert result["errors"] is None, result["errors"]
    event = result["data"]["history"][-1]
    assert event["type"] == "Incident.FindingAcknowledged"
    assert event["actor"] == "editor-bot"
    changed = {c["name"]: c["value"] for c in event["changedFields"]}
    assert reason in " ".join(changed.values())
    assert finding["id"] in " ".join(changed.values())


async def test_acknowledging_an_unknown_finding_is_not_found(
    execute: Execute, app: Recul, blamed: UUID
):
    before = version(app, blamed)

    payload = await mutate(
        execute,
        "acknowledgeFinding",
        "incident { id }",
        {"incidentId": gid("Incident", blamed), "findingId": "0" * 20, "reason": "Quoted."},
    )

    assert payload["incident"] is None
    assert [(e["code"], e["field"]) for e in payload["userErrors"]] == [("NOT_FOUND", "findingId")]
    assert version(app, blamed) == before


async def test_acknowledging_the_same_finding_twice_is_invalid_input(
    execute: Execute, app: Recul, read_models: ReadModels, blamed: UUID
):
    [finding] = await open_findings(execute, app, read_models, blamed)
    input = {"incidentId": gid("Incident", blamed), "findingId": finding["id"], "reason": "Quoted."}
    first = await mutate(execute, "acknowledgeFinding", "incident { id }", input)
    assert first["userErrors"] == []
    before = version(app, blamed)

    again = await mutate(execute, "acknowledgeFinding", "incident { id }", input)

    assert again["incident"] is None
    assert [(e["code"], e["field"]) for e in again["userErrors"]] == [
        ("INVALID_INPUT", "findingId")
    ]
    assert version(app, blamed) == before
