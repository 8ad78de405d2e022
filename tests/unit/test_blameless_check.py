"""The blameless check of a whole post-mortem, and the sections of a Markdown post-mortem."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import pytest

from domain.application import Recul
from domain.base import CommandContext
from domain.postmortem.blameless import check, open_blame
from domain.postmortem.document import assemble, to_data
from domain.postmortem.markdown import render_markdown
from domain.postmortem.sections import sections
from recul.demo import load_examples
from tests.unit.builders import at, reviewed

KINDS = ("timeline", "root_cause", "review_note", "action", "lesson")
BLAMING_ENTRY = "14:50 the deploy was stupidly pushed"


def data(app: Recul, incident_id: UUID) -> dict[str, Any]:
    return to_data(assemble(app, incident_id))


@pytest.fixture
def worked(app: Recul) -> UUID:
    [(incident_id, _)] = load_examples(app)
    return incident_id


@pytest.fixture
def blamed(app: Recul, ctx: CommandContext) -> tuple[UUID, UUID]:
    """A reviewed incident whose timeline has one blaming entry; (incident, entry)."""
    incident_id = reviewed(app, ctx)
    _, entry_id = app.add_timeline_entry(
        ctx, incident_id, at=at(5), actor="bob", text=BLAMING_ENTRY
    )
    return incident_id, entry_id


def test_the_worked_example_has_no_open_blame_and_its_vague_action_does_not_block(
    app: Recul, worked: UUID
) -> None:
    document = data(app, worked)

    found = check(document)

    assert open_blame(document) == []
    assert [(f.section, f.finding.rule, f.is_blame) for f in found] == [
        ("actions", "vague_action", False)
    ]
    assert found[0].is_open


def test_a_blame_finding_is_found_in_its_section_with_a_stable_id(
    app: Recul, blamed: tuple[UUID, UUID]
) -> None:
    incident_id, entry_id = blamed

    [finding] = check(data(app, incident_id))
    [again] = check(data(app, incident_id))

    assert (finding.section, finding.item, finding.finding.rule) == (
        "timeline",
        str(entry_id),
        "timeline_judgement",
    )
    assert finding.text[finding.finding.start : finding.finding.end] == "stupidly"
    assert (finding.is_blame, finding.is_open) == (True, True)
    assert again.id == finding.id


def test_the_id_changes_once_the_blaming_words_are_corrected(
    app: Recul, ctx: CommandContext, blamed: tuple[UUID, UUID]
) -> None:
    incident_id, entry_id = blamed
    [before] = check(data(app, incident_id))

    app.correct_timeline_entry(
        ctx,
        incident_id,
        entry_id=entry_id,
        reason="Other wording.",
        text="14:50 the deploy was sloppily pushed",
    )
    [after] = check(data(app, incident_id))

    assert after.text[after.finding.start : after.finding.end] == "sloppily"
    assert after.is_blame
    assert after.id != before.id


def test_a_correction_to_factual_text_leaves_no_finding(
    app: Recul, ctx: CommandContext, blamed: tuple[UUID, UUID]
) -> None:
    incident_id, entry_id = blamed

    app.correct_timeline_entry(
        ctx,
        incident_id,
        entry_id=entry_id,
        reason="Facts only.",
        text="14:50 the deploy was pushed without the canary stage",
    )

    assert check(data(app, incident_id)) == []


def test_open_blame_leaves_out_acknowledged_findings(
    app: Recul, ctx: CommandContext, blamed: tuple[UUID, UUID]
) -> None:
    incident_id, _ = blamed
    [finding] = open_blame(data(app, incident_id))

    app.acknowledge_finding(
        ctx, incident_id, finding_id=finding.id, reason="Quoted from the incident chat."
    )
    document = data(app, incident_id)

    assert open_blame(document) == []
    [kept] = check(document)
    assert (kept.id, kept.acknowledged_reason) == (finding.id, "Quoted from the incident chat.")
    assert not kept.is_open


@pytest.mark.parametrize(
    ("lang", "summary"), [("en", "## Summary"), ("fr", "## Résumé")], ids=["en", "fr"]
)
def test_sections_split_a_rendered_postmortem_by_kind_and_skip_the_summary(
    app: Recul, worked: UUID, lang: str, summary: str
) -> None:
    markdown = render_markdown(assemble(app, worked), lang=lang)
    assert summary in markdown

    found = sections(markdown)

    assert {s.kind for s in found} == set(KINDS)
    for section in found:
        assert markdown[section.start : section.start + len(section.text)] == section.text
        assert "SEV2" not in section.text  # the summary's severity line is in no section
    by_kind = {kind: "".join(s.text for s in found if s.kind == kind) for kind in KINDS}
    assert "Rollback to 2026.03.10-1 completed" in by_kind["timeline"]
    assert "No technical spike was done before estimating." in by_kind["root_cause"]
    assert "Review the estimation process with the product team." in by_kind["action"]
    assert "a short spike is cheaper than an incident" in by_kind["lesson"]
    assert "The error-rate alert fired within five minutes" in by_kind["review_note"]
