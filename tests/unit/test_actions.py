"""Actions: proposed -> committed -> started -> completed -> verified; cancel, reschedule, tracker."""

from __future__ import annotations

from datetime import date
from uuid import uuid4

import pytest

from domain.actions.model import ActionStatus
from domain.errors import (
    NotFoundError,
)
from tests.unit import builders as b
from tests.unit.builders import refused

DUE = date(2026, 4, 10)


@pytest.fixture
def cause_id(app, ctx):
    return b.with_full_chain(app, ctx, b.resolved(app, ctx))


def action_in(app, ctx, cause_id, status: ActionStatus):
    """An action brought to ``status`` through the commands."""
    action_id = b.with_action(app, ctx, cause_id, commit=status is not ActionStatus.PROPOSED)
    if status is ActionStatus.CANCELLED:
        app.cancel_action(ctx, action_id, reason="Superseded.")
    steps = [
        lambda: app.start_action(ctx, action_id),
        lambda: app.complete_action(ctx, action_id, note="Merged."),
        lambda: app.verify_action(ctx, action_id, evidence="Checked."),
    ]
    while app.repository.get(action_id).status is not status:
        steps.pop(0)()
    return action_id


def test_a_proposed_action_is_attached_to_its_root_cause(app, ctx, cause_id):
    action = app.propose_action(ctx, cause_id, text=" Add disk alerting at 80%. ")
    assert (action.status, action.text, action.root_cause_id) == (
        ActionStatus.PROPOSED,
        "Add disk alerting at 80%.",
        cause_id,
    )
    assert app.repository.get(cause_id).action_ids == [action.id]


def test_proposing_on_an_unknown_root_cause_is_not_found(app, ctx):
    with pytest.raises(NotFoundError):
        app.propose_action(ctx, uuid4(), text="t")


def test_an_action_goes_through_every_state_to_verified(app, ctx, cause_id):
    action_id = b.with_action(app, ctx, cause_id)
    assert app.start_action(ctx, action_id).status is ActionStatus.STARTED
    assert app.complete_action(ctx, action_id, note="Done").completion_note == "Done"
    action = app.verify_action(ctx, action_id, evidence="Alert fired in the drill.")
    assert action.status is ActionStatus.VERIFIED
    assert (action.verified_by, action.verification_evidence) == (
        "maya",
        "Alert fired in the drill.",
    )
    assert (action.owner, action.due_date) == ("karim", DUE)


STEPS = {
    "commit": (
        {ActionStatus.PROPOSED},
        lambda app, ctx, a: app.commit_action(
            ctx, a, owner="karim", due_date=DUE, success_criterion="c"
        ),
    ),
    "start": ({ActionStatus.COMMITTED}, lambda app, ctx, a: app.start_action(ctx, a)),
    "complete": ({ActionStatus.STARTED}, lambda app, ctx, a: app.complete_action(ctx, a)),
    "verify": (
        {ActionStatus.COMPLETED},
        lambda app, ctx, a: app.verify_action(ctx, a, evidence="e"),
    ),
    "cancel": (
        {
            ActionStatus.PROPOSED,
            ActionStatus.COMMITTED,
            ActionStatus.STARTED,
            ActionStatus.COMPLETED,
        },
        lambda app, ctx, a: app.cancel_action(ctx, a, reason="r"),
    ),
    "reschedule": (
        {ActionStatus.COMMITTED, ActionStatus.STARTED},
        lambda app, ctx, a: app.reschedule_action(ctx, a, due_date=date(2026, 5, 1), reason="r"),
    ),
}
CASES = [(status, step) for status in ActionStatus for step in STEPS]


@pytest.mark.parametrize(("status", "step"), CASES)
def test_each_step_is_allowed_only_from_its_states(app, ctx, cause_id, status, step):
    action_id = action_in(app, ctx, cause_id, status)
    allowed, call = STEPS[step]
    if status in allowed:
        call(app, ctx, action_id)
        return
    refused(app, action_id, "INVALID_TRANSITION", lambda: call(app, ctx, action_id))


def test_cancelling_records_the_reason(app, ctx, cause_id):
    action_id = b.with_action(app, ctx, cause_id)
    action = app.cancel_action(ctx, action_id, reason="Replaced by a platform-wide check.")
    assert (action.status, action.cancellation_reason) == (
        ActionStatus.CANCELLED,
        "Replaced by a platform-wide check.",
    )


def test_cancelling_needs_a_reason(app, ctx, cause_id):
    action_id = b.with_action(app, ctx, cause_id)
    refused(app, action_id, "INVALID_INPUT", lambda: app.cancel_action(ctx, action_id, reason=" "))


@pytest.mark.parametrize(
    ("given", "missing"),
    [
        ((None, None, None), "owner, dueDate, successCriterion"),
        (("karim", None, None), "dueDate, successCriterion"),
        ((" ", DUE, "c"), "owner"),
        (("karim", DUE, ""), "successCriterion"),
        ((None, DUE, "  "), "owner, successCriterion"),
    ],
)
def test_committing_needs_owner_due_date_and_success_criterion(app, ctx, cause_id, given, missing):
    action_id = b.with_action(app, ctx, cause_id, commit=False)
    owner, due, criterion = given
    error = refused(
        app,
        action_id,
        "ACTION_INCOMPLETE",
        lambda: app.commit_action(
            ctx, action_id, owner=owner, due_date=due, success_criterion=criterion
        ),
    )
    assert error.message.endswith(f"missing: {missing}.")
    assert error.field == missing.split(", ")[0]


def test_rescheduling_keeps_the_previous_due_dates(app, ctx, cause_id):
    action_id = b.with_action(app, ctx, cause_id)
    app.reschedule_action(ctx, action_id, due_date=date(2026, 4, 20), reason="Waiting on vendor.")
    action = app.reschedule_action(ctx, action_id, due_date=date(2026, 5, 1), reason="Freeze.")
    assert action.due_date == date(2026, 5, 1)
    assert action.previous_due_dates == [DUE, date(2026, 4, 20)]


@pytest.mark.parametrize(("due", "reason"), [(DUE, "r"), (date(2026, 5, 1), "")])
def test_rescheduling_needs_a_new_date_and_a_reason(app, ctx, cause_id, due, reason):
    action_id = b.with_action(app, ctx, cause_id)
    refused(
        app,
        action_id,
        "INVALID_INPUT",
        lambda: app.reschedule_action(ctx, action_id, due_date=due, reason=reason),
    )


@pytest.mark.parametrize("system", ["JIRA", "linear", "GITHUB", "GITLAB", "OTHER"])
def test_an_action_links_to_its_tracker_issue(app, ctx, cause_id, system):
    action_id = b.with_action(app, ctx, cause_id)
    url = "https://tracker.example.com/browse/OPS-42"
    tracker = app.link_action_to_tracker(
        ctx, action_id, system=system, key="OPS-42", url=url
    ).tracker
    assert (tracker.system.value, tracker.key, tracker.url) == (system.upper(), "OPS-42", url)


@pytest.mark.parametrize(
    ("link", "field"),
    [
        (("TRELLO", "K-1", "https://x.example/K-1"), "system"),
        (("JIRA", "", "https://x.example/K-1"), "key"),
        (("JIRA", "K-1", "ftp://x.example/K-1"), "url"),
        (("JIRA", "K-1", "javascript:alert(1)"), "url"),
        (("JIRA", "K-1", "https://"), "url"),
        (("JIRA", "K-1", "x.example/K-1"), "url"),
        (("JIRA", "K-1", "https://x.example/" + "a" * 2000), "url"),
    ],
)
def test_an_invalid_tracker_link_is_refused(app, ctx, cause_id, link, field):
    action_id = b.with_action(app, ctx, cause_id)
    system, key, url = link
    error = refused(
        app,
        action_id,
        "INVALID_INPUT",
        lambda: app.link_action_to_tracker(ctx, action_id, system=system, key=key, url=url),
    )
    assert error.field == field


def test_a_cancelled_action_cannot_be_linked_to_a_tracker(app, ctx, cause_id):
    action_id = action_in(app, ctx, cause_id, ActionStatus.CANCELLED)
    refused(
        app,
        action_id,
        "INVALID_TRANSITION",
        lambda: app.link_action_to_tracker(
            ctx, action_id, system="JIRA", key="K", url="https://x.io/K"
        ),
    )


def test_verifying_needs_evidence(app, ctx, cause_id):
    action_id = action_in(app, ctx, cause_id, ActionStatus.COMPLETED)
    refused(app, action_id, "INVALID_INPUT", lambda: app.verify_action(ctx, action_id, evidence=""))
