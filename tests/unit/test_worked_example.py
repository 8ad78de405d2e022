"""The worked example of the essay, shipped as data and loaded through the commands."""

from __future__ import annotations

from uuid import uuid4

import pytest

from domain.base import CommandContext
from domain.errors import InvalidInputError
from domain.postmortem.document import assemble, to_data
from domain.postmortem.importer import import_postmortem
from domain.postmortem.markdown import render_markdown
from recul.demo import example_id, examples, load_examples


def test_the_worked_example_loads_into_the_expected_document(app):
    [(incident_id, loaded)] = load_examples(app)
    assert loaded
    assert incident_id == example_id("deploy-broke-prod")
    data = to_data(assemble(app, incident_id))
    assert data["title"] == "Checkout deploy broke production"
    assert data["status"] == "RESOLVED"
    assert data["detection"]["by"] == "lisa"
    assert [e["at"][11:16] for e in data["timeline"]] == ["14:45", "14:50", "14:55", "15:00"]
    assert (data["impact"]["usersAffectedPct"], data["impact"]["durationMinutes"]) == (10.0, 15)
    [cause] = data["rootCauses"]
    assert len(cause["whys"]) == 5
    assert cause["whys"][4]["answer"] == "No technical spike was done before estimating."
    assert cause["category"] == "PLANNING"
    assert [a["owner"] for a in data["actions"]] == ["karim", "claire", "bob"]
    assert {a["status"] for a in data["actions"]} == {"COMMITTED"}
    assert data["lessons"][0]["audience"] == "ORGANISATION"
    markdown = render_markdown(assemble(app, incident_id))
    assert markdown.split("\n\n")[1].startswith("> Thank you, **lisa**")


def test_loading_the_examples_twice_loads_them_once(app):
    first = load_examples(app)
    stored = app.recorder.max_notification_id()
    second = load_examples(app)
    assert [loaded for _, loaded in first] == [True] * len(examples())
    assert second == [(incident_id, False) for incident_id, _ in first]
    assert app.recorder.max_notification_id() == stored


def test_malformed_post_mortem_data_is_refused(app):
    data = examples()["deploy-broke-prod"]
    del data["title"]
    with pytest.raises(InvalidInputError) as info:
        import_postmortem(app, CommandContext(actor="maya"), data, uuid4())
    assert info.value.code == "INVALID_INPUT"
