"""Root causes: five Whys in order, ending in a systemic defect with a category."""

from __future__ import annotations

from uuid import uuid4

import pytest

from domain.audit import history
from domain.errors import (
    NotFoundError,
    NotSystemicError,
)
from domain.values import CauseCategory
from tests.unit import builders as b
from tests.unit.builders import WHYS, refused

NOT_SYSTEMIC = [
    "human error",
    "Human error.",
    "Because of human error",
    "erreur humaine",
    "C'était une erreur humaine.",
    "faute humaine",
    "bob",
    "Lisa",
    "the intern",
    "Someone",
    "erreur humaine du stagiaire",
    "Bob's mistake",
    "la faute de Lisa",
    "Bob’s fault",
]
SYSTEMIC = [
    "No technical spike was done before estimating.",
    "Our deploy process does not force a pre-prod review.",
    "Lisa's alert was not routed to the on-call pager.",
    "Le processus de déploiement n'impose aucune revue en préproduction.",
]


def test_a_root_cause_is_opened_on_its_incident(app, ctx):
    incident_id = b.declared(app, ctx)
    first = app.open_root_cause(ctx, incident_id, problem="  Checkout broke.  ")
    second = app.open_root_cause(ctx, incident_id, problem="Rollback was slow.")
    assert first.problem == "Checkout broke."
    assert first.incident_id == incident_id
    assert app.repository.get(incident_id).root_cause_ids == [first.id, second.id]


def test_a_root_cause_needs_a_problem(app, ctx):
    incident_id = b.declared(app, ctx)
    refused(
        app,
        incident_id,
        "INVALID_INPUT",
        lambda: app.open_root_cause(ctx, incident_id, problem=" "),
    )


def test_a_root_cause_of_an_unknown_incident_is_not_found(app, ctx):
    with pytest.raises(NotFoundError):
        app.open_root_cause(ctx, uuid4(), problem="p")


def test_five_whys_answered_in_order_make_a_chain(app, ctx):
    cause = app.repository.get(b.with_whys(app, ctx, b.declared(app, ctx)))
    assert [(w.level, w.question, w.answer) for w in cause.whys] == [
        (n, q, a) for n, (q, a) in enumerate(WHYS, 1)
    ]
    assert not cause.identified


@pytest.mark.parametrize(("answered", "level"), [(0, 2), (0, 0), (1, 1), (2, 4), (3, -1)])
def test_whys_must_be_answered_in_order(app, ctx, answered, level):
    cause_id = b.with_whys(app, ctx, b.declared(app, ctx), levels=answered)
    error = refused(
        app,
        cause_id,
        "WHY_OUT_OF_ORDER",
        lambda: app.answer_why(ctx, cause_id, level=level, question="Why?", answer="Because."),
    )
    assert error.field == "level"


def test_a_sixth_why_is_refused(app, ctx):
    cause_id = b.with_whys(app, ctx, b.declared(app, ctx))
    refused(
        app,
        cause_id,
        "WHY_OUT_OF_ORDER",
        lambda: app.answer_why(ctx, cause_id, level=6, question="Why?", answer="Because."),
    )


@pytest.mark.parametrize(("question", "answer"), [("", "a"), ("q", ""), ("q", "x" * 5001)])
def test_a_why_needs_a_question_and_an_answer(app, ctx, question, answer):
    cause_id = b.with_whys(app, ctx, b.declared(app, ctx), levels=0)
    refused(
        app,
        cause_id,
        "INVALID_INPUT",
        lambda: app.answer_why(ctx, cause_id, level=1, question=question, answer=answer),
    )


def test_human_error_may_start_the_analysis(app, ctx):
    cause_id = b.with_whys(app, ctx, b.declared(app, ctx), levels=0)
    cause = app.answer_why(ctx, cause_id, level=1, question="Why?", answer="Human error.")
    assert cause.whys[0].answer == "Human error."


@pytest.mark.parametrize("answer", NOT_SYSTEMIC)
def test_the_fifth_answer_cannot_stop_at_human_error_or_a_person(app, ctx, answer):
    incident_id = b.resolved(app, ctx)
    app.assign_facilitator(ctx, incident_id, facilitator="claire")
    cause_id = b.with_whys(app, ctx, incident_id, levels=4)
    error = refused(
        app,
        cause_id,
        "NOT_SYSTEMIC",
        lambda: app.answer_why(ctx, cause_id, level=5, question="Why?", answer=answer),
    )
    assert error.field == "answer"


@pytest.mark.parametrize("answer", SYSTEMIC)
def test_a_systemic_fifth_answer_is_accepted(app, ctx, answer):
    cause_id = b.with_whys(app, ctx, b.detected(app, ctx), levels=4)
    cause = app.answer_why(ctx, cause_id, level=5, question="Why?", answer=answer)
    assert cause.whys[-1].answer == answer


def test_the_facilitator_named_as_the_last_answer_is_refused(app, ctx):
    incident_id = b.review_scheduled(app, ctx)
    cause_id = b.with_whys(app, ctx, incident_id, levels=4)
    with pytest.raises(NotSystemicError):
        app.answer_why(ctx, cause_id, level=5, question="Why?", answer="Claire")


def test_revising_a_why_replaces_it_and_keeps_the_earlier_answer_in_history(app, ctx):
    cause_id = b.with_whys(app, ctx, b.declared(app, ctx))
    cause = app.revise_why(ctx, cause_id, level=2, answer="No edge cases were listed.")
    assert (cause.whys[1].answer, cause.whys[1].revisions) == ("No edge cases were listed.", 1)
    events = history(app, cause_id)
    assert events[2].changes["answer"] == WHYS[1][1]
    assert events[-1].type == "RootCause.WhyRevised"


@pytest.mark.parametrize("answer", ["erreur humaine", "Bob's mistake", "la faute de Lisa"])
def test_revising_the_fifth_why_into_blame_is_refused(app, ctx, answer):
    cause_id = b.with_whys(app, ctx, b.detected(app, ctx))
    refused(
        app, cause_id, "NOT_SYSTEMIC", lambda: app.revise_why(ctx, cause_id, level=5, answer=answer)
    )


def test_a_revision_must_change_something(app, ctx):
    cause_id = b.with_whys(app, ctx, b.declared(app, ctx))
    refused(
        app,
        cause_id,
        "INVALID_INPUT",
        lambda: app.revise_why(ctx, cause_id, level=1, answer=f" {WHYS[0][1]} "),
    )


def test_revising_an_unanswered_level_is_not_found(app, ctx):
    cause_id = b.with_whys(app, ctx, b.declared(app, ctx), levels=2)
    refused(app, cause_id, "NOT_FOUND", lambda: app.revise_why(ctx, cause_id, level=3, answer="a"))


@pytest.mark.parametrize("levels", [0, 4])
def test_identifying_needs_five_levels(app, ctx, levels):
    cause_id = b.with_whys(app, ctx, b.declared(app, ctx), levels=levels)
    refused(
        app,
        cause_id,
        "CHAIN_INCOMPLETE",
        lambda: app.identify_root_cause(ctx, cause_id, statement=b.STATEMENT, category="PLANNING"),
    )


@pytest.mark.parametrize("category", [c.value for c in CauseCategory] + ["planning"])
def test_a_root_cause_is_identified_with_a_category(app, ctx, category):
    cause_id = b.with_whys(app, ctx, b.declared(app, ctx))
    cause = app.identify_root_cause(ctx, cause_id, statement=b.STATEMENT, category=category)
    assert cause.identified
    assert (cause.statement, cause.category.value) == (b.STATEMENT, category.upper())


@pytest.mark.parametrize(("statement", "category"), [("s", "BLAME"), ("s", ""), ("", "PLANNING")])
def test_identifying_refuses_an_unknown_category_or_empty_statement(app, ctx, statement, category):
    cause_id = b.with_whys(app, ctx, b.declared(app, ctx))
    refused(
        app,
        cause_id,
        "INVALID_INPUT",
        lambda: app.identify_root_cause(ctx, cause_id, statement=statement, category=category),
    )


def test_identifying_with_a_blaming_statement_is_refused(app, ctx):
    cause_id = b.with_whys(app, ctx, b.detected(app, ctx))
    error = refused(
        app,
        cause_id,
        "NOT_SYSTEMIC",
        lambda: app.identify_root_cause(
            ctx, cause_id, statement="Bob's mistake", category="PROCESS"
        ),
    )
    assert error.field == "statement"


def test_identifying_checks_the_last_answer_against_the_people_known_now(app, ctx):
    incident_id = b.resolved(app, ctx)
    cause_id = b.with_whys(app, ctx, incident_id, levels=4)
    app.answer_why(ctx, cause_id, level=5, question="Why?", answer="Omar")
    app.assign_facilitator(ctx, incident_id, facilitator="omar")
    refused(
        app,
        cause_id,
        "NOT_SYSTEMIC",
        lambda: app.identify_root_cause(ctx, cause_id, statement=b.STATEMENT, category="PROCESS"),
    )
