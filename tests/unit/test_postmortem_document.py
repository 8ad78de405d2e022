"""The post-mortem document: six sections, en and fr, thanks to the detector first, redaction."""

from __future__ import annotations

import re

import pytest

from domain.errors import InvalidInputError, NotFoundError
from domain.postmortem.document import assemble, to_data
from domain.postmortem.markdown import render_markdown
from tests.unit import builders as b
from tests.unit.builders import at

HEADINGS = {
    "en": [
        "## 1. Timeline",
        "## 2. Impact",
        "## 3. Root causes (5 Whys)",
        "## 4. What went well",
        "## 5. Actions",
        "## 6. Lessons learned",
    ],
    "fr": [
        "## 1. Chronologie factuelle",
        "## 2. Impact",
        "## 3. Causes racines (5 Pourquoi)",
        "## 4. Ce qui a bien fonctionné",
        "## 5. Actions",
        "## 6. Leçons apprises",
    ],
}
NAMES = ["lisa", "bob", "claire", "karim"]


@pytest.fixture
def incident_id(app, ctx):
    incident_id, cause_id, action_id = b.publishable(app, ctx)
    app.add_timeline_entry(
        ctx, incident_id, at=at(5), actor="lisa", text="Lisa escalated the alert."
    )
    app.assess_impact(
        ctx, incident_id, users_affected_pct=10, users_affected_count=12000, duration_minutes=15
    )
    app.record_went_well(ctx, incident_id, text="Bob rolled back within five minutes.")
    app.record_lesson(ctx, incident_id, text="Spike complex features first.", audience="PUBLIC")
    app.link_action_to_tracker(
        ctx, action_id, system="JIRA", key="OPS-1", url="https://j.example/OPS-1"
    )
    del cause_id
    return incident_id


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_markdown_has_the_six_sections_in_order(app, incident_id, lang):
    markdown = render_markdown(assemble(app, incident_id), lang=lang)
    positions = [markdown.index(heading + "\n") for heading in HEADINGS[lang]]
    assert positions == sorted(positions)


def test_the_markdown_uses_the_incident_language_by_default(app, ctx):
    incident_id = b.detected(app, ctx, language="fr")
    assert "## 1. Chronologie factuelle" in render_markdown(assemble(app, incident_id))


@pytest.mark.parametrize(
    ("lang", "thanks"),
    [("en", "> Thank you, **lisa**, for detecting"), ("fr", "> Merci à **lisa** d'avoir détecté")],
)
def test_the_document_opens_by_thanking_the_detector(app, incident_id, lang, thanks):
    title, first, *_ = render_markdown(assemble(app, incident_id), lang=lang).split("\n\n")
    assert title.startswith("# Post-mortem")
    assert first.startswith(thanks)


def test_an_undetected_incident_says_whoever_detected_it_will_be_thanked(app, ctx):
    markdown = render_markdown(assemble(app, b.declared(app, ctx)))
    assert markdown.split("\n\n")[1].startswith("> Whoever detected this incident")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_redacted_form_names_roles_instead_of_people(app, incident_id, lang):
    markdown = render_markdown(assemble(app, incident_id), lang=lang, redacted=True).casefold()
    for name in NAMES:
        assert re.search(rf"\b{name}\b", markdown) is None, name
    roles = {"en": ["the detector", "responder 1", "the facilitator", "action owner 1"]}
    roles["fr"] = [
        "la personne qui a détecté l'incident",
        "intervenant 1",
        "l'animateur de la revue",
    ]
    for role in roles[lang]:
        assert role in markdown


def test_the_unredacted_form_names_people(app, incident_id):
    markdown = render_markdown(assemble(app, incident_id))
    for name in NAMES:
        assert name in markdown.casefold()


def test_an_unknown_language_is_refused(app, incident_id):
    with pytest.raises(InvalidInputError):
        render_markdown(assemble(app, incident_id), lang="de")


def test_the_data_holds_the_six_sections(app, incident_id):
    data = to_data(assemble(app, incident_id))
    for section in ["timeline", "impact", "rootCauses", "wentWell", "actions", "lessons"]:
        assert data[section], section
    assert data["timeline"][0]["actor"] == "lisa"
    assert data["impact"]["usersAffectedPct"] == 10.0
    assert len(data["rootCauses"][0]["whys"]) == 5
    assert data["rootCauses"][0]["category"] == "PLANNING"
    assert data["actions"][0]["rootCause"] == 1
    assert data["actions"][0]["tracker"]["key"] == "OPS-1"
    assert data["lessons"] == [{"text": "Spike complex features first.", "audience": "PUBLIC"}]
    assert data["detection"] == {"at": at(5).isoformat(), "by": "lisa", "channel": "MONITORING"}


def test_the_document_as_of_an_earlier_version_shows_the_earlier_state(app, ctx):
    incident_id = b.detected(app, ctx)
    app.assess_impact(
        ctx, incident_id, users_affected_pct=10, users_affected_count=1, duration_minutes=1
    )
    first = app.repository.get(incident_id).version
    app.assess_impact(
        ctx, incident_id, users_affected_pct=30, users_affected_count=1, duration_minutes=1
    )
    b.with_full_chain(app, ctx, incident_id)
    doc = assemble(app, incident_id, as_of_version=first)
    data = to_data(doc)
    assert (data["version"], data["impact"]["usersAffectedPct"], data["rootCauses"]) == (
        first,
        10.0,
        [],
    )
    assert "_As it stood on " in render_markdown(doc)
    assert to_data(assemble(app, incident_id))["impact"]["usersAffectedPct"] == 30.0


def test_the_document_as_of_a_version_that_does_not_exist_is_not_found(app, ctx):
    incident_id = b.declared(app, ctx)
    with pytest.raises(NotFoundError):
        assemble(app, incident_id, as_of_version=5)
