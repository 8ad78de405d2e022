"""The people registry and the schedules through schema.execute: reviews, reminders, digests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

import httpx
import pytest

from api.app import create_app
from api.background import DeadLetterData, OverdueData, TeamDigestData
from api.context import Context
from api.ids import to_global_id
from api.schema import schema
from domain.application import Recul
from domain.base import CommandContext
from domain.schedules.calendar import DEFAULT_CALENDAR, WorkingCalendar
from domain.schedules.reminders import next_reminder
from domain.schedules.review import review_window
from projections.factory import ReadModels
from projections.runner import catch_up
from tests.api.conftest import Execute, principal

pytestmark = pytest.mark.anyio

CTX = CommandContext("claire")
RESOLVED = datetime(2026, 3, 10, 15, 5, tzinfo=UTC)  # a Tuesday
ERRORS = "userErrors { field message code }"
PERSON = "person { handle name email team timeZone manager language version }"
CLAIRE = {
    "handle": "claire",
    "name": "Claire Martin",
    "email": "claire@example.org",
    "team": "payments",
    "timeZone": "Europe/Paris",
    "manager": "nadia",
    "language": "FR",
}


async def mutate(execute: Execute, name: str, input: dict[str, Any], role: str = "editor") -> Any:
    kind = f"{name[0].upper()}{name[1:]}Input"
    fields = "retried" if name == "retryDeadLetter" else PERSON
    query = f"mutation($input: {kind}!) {{ {name}(input: $input) {{ {fields} {ERRORS} }} }}"
    result = await execute(query, {"input": input}, role=role)
    assert result["errors"] is None, result["errors"]
    return result["data"][name]


def code_of(result: dict[str, Any]) -> str:
    return str(result["errors"][0].extensions["code"])


# The people registry.


async def test_registering_a_person_answers_with_them_and_they_can_be_looked_up(execute):
    payload = await mutate(execute, "registerPerson", CLAIRE)

    assert payload["userErrors"] == []
    assert payload["person"] == {
        "handle": "claire",
        "name": "Claire Martin",
        "email": "claire@example.org",
        "team": "payments",
        "timeZone": "Europe/Paris",
        "manager": "nadia",
        "language": "FR",
        "version": 1,
    }
    found = await execute('{ person(handle: "CLAIRE") { handle email } }', role="reader")
    assert found["data"]["person"] == {"handle": "claire", "email": "claire@example.org"}
    missing = await execute('{ person(handle: "nobody") { handle } }')
    assert missing["data"]["person"] is None


async def test_people_are_listed_in_registration_order(execute):
    await mutate(execute, "registerPerson", CLAIRE)
    await mutate(execute, "registerPerson", {**CLAIRE, "handle": "bob", "manager": None})

    result = await execute("{ people { handle manager } }", role="reader")

    assert result["data"]["people"] == [
        {"handle": "claire", "manager": "nadia"},
        {"handle": "bob", "manager": None},
    ]


@pytest.mark.parametrize(
    ("field", "value", "error_field"),
    [("email", "claire at example", "email"), ("timeZone", "Europe/Atlantis", "timeZone")],
)
async def test_a_bad_email_or_time_zone_is_refused_as_invalid_input(
    execute, field, value, error_field
):
    payload = await mutate(execute, "registerPerson", {**CLAIRE, field: value})

    assert payload["person"] is None
    [error] = payload["userErrors"]
    assert (error["code"], error["field"]) == ("INVALID_INPUT", error_field)


async def test_a_handle_is_registered_once_whatever_its_case(execute):
    await mutate(execute, "registerPerson", CLAIRE)

    payload = await mutate(execute, "registerPerson", {**CLAIRE, "handle": "Claire"})

    assert payload["userErrors"][0]["code"] == "PERSON_EXISTS"


async def test_updating_changes_only_the_given_fields_and_an_empty_manager_removes_it(execute):
    await mutate(execute, "registerPerson", CLAIRE)

    payload = await mutate(
        execute,
        "updatePerson",
        {"handle": "claire", "team": "checkout", "manager": "", "expectedVersion": 1},
    )

    assert payload["userErrors"] == []
    person = payload["person"]
    assert (person["team"], person["manager"], person["version"]) == ("checkout", None, 2)
    assert person["email"] == "claire@example.org"


async def test_an_update_that_changes_nothing_or_comes_too_late_is_refused(execute):
    await mutate(execute, "registerPerson", CLAIRE)
    same = await mutate(execute, "updatePerson", {"handle": "claire", "team": "payments"})
    await mutate(execute, "updatePerson", {"handle": "claire", "team": "checkout"})
    stale = await mutate(
        execute, "updatePerson", {"handle": "claire", "name": "C. M.", "expectedVersion": 1}
    )
    unknown = await mutate(execute, "updatePerson", {"handle": "nobody", "name": "N."})

    assert same["userErrors"][0]["code"] == "NOTHING_TO_CHANGE"
    assert stale["userErrors"][0]["code"] == "CONFLICT"
    assert unknown["userErrors"][0]["code"] == "NOT_FOUND"


async def test_a_reader_may_not_register_or_update_anyone(execute):
    await mutate(execute, "registerPerson", CLAIRE)

    registered = await mutate(execute, "registerPerson", {**CLAIRE, "handle": "x"}, "reader")
    updated = await mutate(execute, "updatePerson", {"handle": "claire", "name": "Y"}, "reader")

    for payload in (registered, updated):
        assert payload["person"] is None
        assert payload["userErrors"][0]["code"] == "FORBIDDEN"


# Reviews: the window, the scheduled time, lateness.


def resolved_incident(app: Recul, title: str = "Checkout is down") -> UUID:
    incident = app.declare_incident(
        CTX,
        title=title,
        severity="SEV2",
        services=["checkout"],
        started_at=RESOLVED - timedelta(minutes=30),
    )
    app.record_detection(
        CTX, incident.id, at=RESOLVED - timedelta(minutes=25), by="lisa", channel="MONITORING"
    )
    app.mitigate_incident(CTX, incident.id, at=RESOLVED - timedelta(minutes=10))
    app.resolve_incident(CTX, incident.id, at=RESOLVED)
    return incident.id


def scheduled(app: Recul, incident_id: UUID, at: datetime) -> None:
    app.assign_facilitator(CTX, incident_id, facilitator="nadia")
    app.schedule_review(CTX, incident_id, at=at, duration_minutes=90)


INCIDENT_REVIEW = (
    "reviewScheduledAt reviewDurationMinutes flaggedLateAt reviewWindow { opens closes }"
)


async def test_an_incident_shows_its_review_window_scheduled_review_and_lateness(
    execute, app, read_models
):
    incident_id = resolved_incident(app)
    review_at = datetime(2026, 3, 13, 10, tzinfo=UTC)
    scheduled(app, incident_id, review_at)
    catch_up(app, read_models)

    result = await execute(f'{{ incident(id: "{gid(incident_id)}") {{ {INCIDENT_REVIEW} }} }}')

    incident = result["data"]["incident"]
    opens, closes = review_window(RESOLVED, DEFAULT_CALENDAR)
    assert incident["reviewWindow"] == {"opens": opens.isoformat(), "closes": closes.isoformat()}
    assert incident["reviewScheduledAt"] == review_at.isoformat()
    assert incident["reviewDurationMinutes"] == 90
    assert incident["flaggedLateAt"] is None


async def test_the_review_window_follows_the_team_calendar_given_to_the_api(app, read_models):
    incident_id = resolved_incident(app)
    catch_up(app, read_models)
    paris = WorkingCalendar(time_zone="Europe/Paris")
    context = Context(app, read_models, principal("reader"), "t", calendar=paris)

    result = await schema.execute(
        f'{{ incident(id: "{gid(incident_id)}") {{ reviewWindow {{ opens closes }} }} }}',
        context_value=context,
    )

    opens, closes = review_window(RESOLVED, paris)
    assert result.data == {
        "incident": {"reviewWindow": {"opens": opens.isoformat(), "closes": closes.isoformat()}}
    }
    assert opens.utcoffset() == timedelta(hours=1)


async def test_an_unresolved_incident_has_no_review_window(execute, app, read_models):
    incident = app.declare_incident(
        CTX, title="Still burning", severity="SEV1", services=["api"], started_at=RESOLVED
    )
    catch_up(app, read_models)

    result = await execute(f'{{ incident(id: "{gid(incident.id)}") {{ {INCIDENT_REVIEW} }} }}')

    assert result["data"]["incident"]["reviewWindow"] is None


async def test_scheduled_reviews_lists_the_range_soonest_first_page_by_page(
    execute, app, read_models
):
    for day, title in [(12, "A"), (13, "B"), (16, "C"), (20, "D")]:
        scheduled(app, resolved_incident(app, title), datetime(2026, 3, day, 10, tzinfo=UTC))
    resolved_incident(app, "Not scheduled")
    catch_up(app, read_models)
    query = """query($after: String) {
      scheduledReviews(from: "2026-03-13T00:00:00Z", to: "2026-03-20T10:00:00Z",
                       first: 1, after: $after) {
        edges { node { title reviewScheduledAt } } pageInfo { hasNextPage endCursor } } }"""

    titles, after = [], None
    while True:
        page = (await execute(query, {"after": after}))["data"]["scheduledReviews"]
        titles += [edge["node"]["title"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]

    assert titles == ["B", "C"]


async def test_a_reversed_or_naive_review_range_is_refused(execute):
    reversed_ = await execute(
        '{ scheduledReviews(from: "2026-03-20T00:00:00Z", to: "2026-03-13T00:00:00Z") '
        "{ edges { cursor } } }"
    )
    naive = await execute(
        '{ scheduledReviews(from: "2026-03-13T00:00:00", to: "2026-03-20T00:00:00Z") '
        "{ edges { cursor } } }"
    )

    assert code_of(reversed_) == "INVALID_INPUT"
    assert code_of(naive) == "NAIVE_DATETIME"


async def test_late_postmortems_lists_the_incidents_flagged_late(execute, app, read_models):
    late = resolved_incident(app, "Late one")
    scheduled(app, resolved_incident(app, "On time"), datetime(2026, 3, 13, 10, tzinfo=UTC))
    flagged_at = datetime(2026, 3, 18, 9, tzinfo=UTC)
    app.flag_postmortem_late(CTX, late, flagged_at)
    catch_up(app, read_models)

    result = await execute(
        "{ latePostmortems(first: 10) { edges { node { title flaggedLateAt } } "
        "pageInfo { hasNextPage } } }"
    )

    page = result["data"]["latePostmortems"]
    assert [e["node"] for e in page["edges"]] == [
        {"title": "Late one", "flaggedLateAt": flagged_at.isoformat()}
    ]
    assert page["pageInfo"]["hasNextPage"] is False
    filtered = await execute(
        "{ incidents(filter: {flaggedLate: false}) { edges { node { title } } } }"
    )
    assert {e["node"]["title"] for e in filtered["data"]["incidents"]["edges"]} == {"On time"}


# The next reminder of an action.


def gid(incident_id: UUID) -> str:
    return str(to_global_id("Incident", incident_id))


NEXT = "nextReminder { kind at recipientRole }"


async def next_of(execute: Execute, action_id: UUID) -> dict[str, Any] | None:
    result = await execute(
        f'{{ node(id: "{to_global_id("Action", action_id)}") {{ ... on Action {{ {NEXT} }} }} }}'
    )
    assert result["errors"] is None, result["errors"]
    found: dict[str, Any] | None = result["data"]["node"]["nextReminder"]
    return found


def expected(due: date | None, status: str, **times: datetime) -> dict[str, Any] | None:
    found = next_reminder(due, status, datetime.now(UTC), **times)
    if found is None:
        return None
    return {
        "kind": found.kind.value,
        "at": found.at.isoformat(),
        "recipientRole": found.recipient_role.value,
    }


async def test_the_next_reminder_follows_an_action_through_its_lifecycle(execute, app, read_models):
    incident_id = resolved_incident(app)
    cause = app.open_root_cause(CTX, incident_id, problem="Deploys skip the canary stage.")
    action = app.propose_action(CTX, cause.id, text="Add a canary stage to the pipeline.")
    today = datetime.now(UTC).date()

    def refresh() -> None:
        catch_up(app, read_models)

    refresh()
    assert await next_of(execute, action.id) is None  # proposed: nothing to chase yet

    app.commit_action(
        CTX, action.id, owner="bob", due_date=today + timedelta(days=14), success_criterion="Done."
    )
    refresh()
    before = await next_of(execute, action.id)
    assert before is not None
    assert before["kind"] == "BEFORE_DUE"
    assert before["recipientRole"] == "OWNER"
    assert before == expected(today + timedelta(days=14), "COMMITTED")

    app.reschedule_action(CTX, action.id, due_date=today + timedelta(days=1), reason="Sooner.")
    refresh()
    # The "3 days before" notice was already past when the action was rescheduled.
    due = await next_of(execute, action.id)
    assert due is not None
    assert due["kind"] == "DUE_TODAY"

    app.start_action(CTX, action.id)
    app.complete_action(CTX, action.id, note="Canary stage live.")
    refresh()
    unverified = await next_of(execute, action.id)
    assert unverified is not None
    assert (unverified["kind"], unverified["recipientRole"]) == ("UNVERIFIED", "VERIFIER")

    app.verify_action(CTX, action.id, evidence="A bad build stopped at the canary.")
    refresh()
    assert await next_of(execute, action.id) is None


async def test_next_reminders_in_a_list_are_loaded_in_one_batch(execute, app, read_models):
    incident_id = resolved_incident(app)
    cause = app.open_root_cause(CTX, incident_id, problem="Deploys skip the canary stage.")
    due = datetime.now(UTC).date() + timedelta(days=30)
    for n in range(3):
        action = app.propose_action(CTX, cause.id, text=f"Action number {n}.")
        app.commit_action(CTX, action.id, owner="bob", due_date=due, success_criterion="Done.")
    catch_up(app, read_models)

    result = await execute(f"{{ actions(first: 10) {{ edges {{ node {{ {NEXT} }} }} }} }}")

    kinds = [e["node"]["nextReminder"]["kind"] for e in result["data"]["actions"]["edges"]]
    assert kinds == ["BEFORE_DUE"] * 3


# The monthly digest and the dead letters, through the background services.


class FakeBackground:
    """Stands for what the composition root wires from workers/ (the API may not import it)."""

    def __init__(self) -> None:
        self.letters = {
            "m-1": DeadLetterData(
                id="m-1",
                actor="deliver",
                queue="reminders",
                args_json='["BEFORE_DUE:x"]',
                failed_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
                error="SMTPServerDisconnected",
            )
        }
        self.retried: list[str] = []
        self.asked: list[tuple[int, int]] = []
        self.action_id = uuid4()

    def monthly_digest(self, year: int, month: int) -> list[TeamDigestData]:
        self.asked.append((year, month))
        overdue = OverdueData(self.action_id, "Add a canary stage.", "bob", 12)
        return [TeamDigestData("payments", 3, 2, 1, [overdue], ["Checkout is down"])]

    def dead_letters(self) -> list[DeadLetterData]:
        return list(self.letters.values())

    def retry_dead_letter(self, message_id: str) -> bool:
        if self.letters.pop(message_id, None) is None:
            return False
        self.retried.append(message_id)
        return True


@pytest.fixture
def background() -> FakeBackground:
    return FakeBackground()


@pytest.fixture
def run(app: Recul, read_models: ReadModels, background: FakeBackground) -> Execute:
    """Like ``execute``, with the background services in the context."""

    async def _run(
        query: str, variables: dict[str, Any] | None = None, *, role: str = "editor"
    ) -> dict[str, Any]:
        context = Context(app, read_models, principal(role), "t", background=background)
        result = await schema.execute(query, variable_values=variables, context_value=context)
        return {"data": result.data, "errors": result.errors}

    return _run


DIGEST = (
    "team opened completed verified latePostmortems "
    "overdue { text owner daysOverdue action { id } }"
)


async def test_any_role_reads_the_monthly_digest_of_a_month(run, background):
    result = await run(f'{{ monthlyDigest(month: "2026-02") {{ {DIGEST} }} }}', role="reader")

    assert result["errors"] is None, result["errors"]
    assert result["data"]["monthlyDigest"] == [
        {
            "team": "payments",
            "opened": 3,
            "completed": 2,
            "verified": 1,
            "latePostmortems": ["Checkout is down"],
            "overdue": [
                {"text": "Add a canary stage.", "owner": "bob", "daysOverdue": 12, "action": None}
            ],
        }
    ]
    assert background.asked == [(2026, 2)]


@pytest.mark.parametrize("month", ["2026-13", "2026-2", "February", ""])
async def test_a_month_not_written_yyyy_mm_is_refused(run, month):
    result = await run(f'{{ monthlyDigest(month: "{month}") {{ team }} }}')

    assert code_of(result) == "INVALID_INPUT"


async def test_admins_list_dead_letters_and_retry_them(run, background):
    listed = await run("{ deadLetters { id actor queue argsJson failedAt error } }", role="admin")
    retried = await mutate(run, "retryDeadLetter", {"id": "m-1"}, "admin")
    again = await mutate(run, "retryDeadLetter", {"id": "m-1"}, "admin")

    assert listed["data"]["deadLetters"] == [
        {
            "id": "m-1",
            "actor": "deliver",
            "queue": "reminders",
            "argsJson": '["BEFORE_DUE:x"]',
            "failedAt": "2026-03-02T09:00:00+00:00",
            "error": "SMTPServerDisconnected",
        }
    ]
    assert retried == {"retried": True, "userErrors": []}
    assert background.retried == ["m-1"]
    assert again["retried"] is False
    assert again["userErrors"][0]["code"] == "NOT_FOUND"


@pytest.mark.parametrize("role", ["reader", "editor"])
async def test_only_admins_see_or_retry_dead_letters(run, background, role):
    listed = await run("{ deadLetters { id } }", role=role)
    retried = await mutate(run, "retryDeadLetter", {"id": "m-1"}, role)

    assert code_of(listed) == "FORBIDDEN"
    assert retried["userErrors"][0]["code"] == "FORBIDDEN"
    assert background.retried == []


async def test_without_background_services_each_field_says_so_with_a_code(execute):
    digest = await execute('{ monthlyDigest(month: "2026-02") { team } }')
    letters = await execute("{ deadLetters { id } }", role="admin")
    retry = await execute(
        'mutation { retryDeadLetter(input: {id: "m-1"}) { retried } }', role="admin"
    )

    for result in (digest, letters, retry):
        assert code_of(result) == "BACKGROUND_NOT_CONFIGURED"
        assert "not configured" in result["errors"][0].message


async def test_create_app_puts_the_background_services_and_calendar_in_the_context(
    app, read_models, tokens, background
):
    asgi = create_app(
        app,
        read_models,
        production=False,
        calendar=WorkingCalendar(time_zone="Europe/Paris"),
        background=background,
    )
    transport = httpx.ASGITransport(app=asgi)
    async with httpx.AsyncClient(transport=transport, base_url="http://recul.test") as http:
        response = await http.post(
            "/graphql",
            json={"query": "{ deadLetters { id } }"},
            headers={"authorization": f"Bearer {tokens['admin']}"},
        )

    assert response.json() == {"data": {"deadLetters": [{"id": "m-1"}]}}
