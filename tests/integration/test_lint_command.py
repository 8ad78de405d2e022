"""`recul lint`, run as a real process: text, a Markdown post-mortem, or JSONL."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from domain.application import Recul
from domain.base import CommandContext
from domain.postmortem.document import assemble
from domain.postmortem.markdown import render_markdown
from recul.demo import load_examples

BLAMING_ENTRY = "14:52 the hotfix was stupidly pushed without review"


def lint(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "recul.cli", "lint", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_blaming_sentence_exits_1_with_the_rule_the_excerpt_and_a_suggestion() -> None:
    result = lint(stdin="Bob forgot to check the config before the deploy.\n")

    assert result.returncode == 1
    assert "person_as_cause" in result.stdout
    assert '"Bob forgot"' in result.stdout
    assert "→ Which part of our system allowed this?" in result.stdout
    assert "1 finding(s)" in result.stderr


def test_a_blameless_sentence_exits_0_with_no_findings() -> None:
    result = lint("--kind", "timeline", stdin="14:50 Lisa detected the error spike and escalated")

    assert result.returncode == 0
    assert result.stdout == ""
    assert "no findings" in result.stderr


def test_kind_action_flags_a_vague_action() -> None:
    result = lint("--kind", "action", stdin="be more vigilant")

    assert result.returncode == 1
    assert "vague_action" in result.stdout
    assert '"be more vigilant"' in result.stdout


def test_people_known_to_the_incident_help_find_a_name_used_as_the_cause() -> None:
    text = "lisa forgot to check the config"

    unknown = lint(stdin=text)
    known = lint("--people", "Lisa,Bob", stdin=text)

    # Unknown, the lower-case name escapes the rules; only the text model reads blame.
    assert (unknown.returncode, "reads_as_blame" in unknown.stdout) == (1, True)
    assert '"lisa forgot"' not in unknown.stdout
    # Known, the rules find the name and point at the words.
    assert (known.returncode, "person_as_cause" in known.stdout) == (1, True)
    assert '"lisa forgot"' in known.stdout


def rendered_postmortem(folder: Path) -> tuple[Path, list[str]]:
    """The worked example plus a blaming timeline entry, rendered to Markdown in ``folder``."""
    app = Recul(env={"PERSISTENCE_MODULE": "eventsourcing.popo"})
    [(incident_id, _)] = load_examples(app)
    app.add_timeline_entry(
        CommandContext("maya"),
        incident_id,
        at=datetime(2026, 3, 10, 13, 52, tzinfo=UTC),
        actor="bob",
        text=BLAMING_ENTRY,
    )
    markdown = render_markdown(assemble(app, incident_id))
    document = folder / "postmortem.md"
    document.write_text(markdown, encoding="utf-8")
    return document, markdown.splitlines()


def reported(stdout: str) -> list[tuple[int, str]]:
    """(line, rule) of each finding printed for postmortem.md."""
    found = re.findall(r"^.*postmortem\.md:(\d+):\d+: (\w+):", stdout, re.MULTILINE)
    return [(int(line), rule) for line, rule in found]


def line_of(lines: list[str], words: str) -> int:
    return next(n for n, line in enumerate(lines, 1) if words in line)


def test_a_markdown_postmortem_is_linted_per_section_and_reports_the_timeline_line(
    tmp_path: Path,
) -> None:
    document, lines = rendered_postmortem(tmp_path)

    result = lint(str(document))

    assert result.returncode == 1
    assert (line_of(lines, BLAMING_ENTRY), "timeline_judgement") in reported(result.stdout)
    assert '"stupidly"' in result.stdout
    assert f"{len(reported(result.stdout))} finding(s)" in result.stderr


def test_a_vague_action_in_the_actions_table_of_a_markdown_postmortem_is_reported(
    tmp_path: Path,
) -> None:
    # The worked example's "Review the estimation process with the product team." is the
    # vague action that postmortem.blamelessCheck reports in its actions section.
    document, lines = rendered_postmortem(tmp_path)

    result = lint(str(document))

    action_line = line_of(lines, "Review the estimation process with the product team.")
    assert (action_line, "vague_action") in reported(result.stdout)


def test_jsonl_prints_one_result_per_line_in_order_with_each_line_s_kind_and_lang() -> None:
    rows = [
        {"text": "Bob forgot to check the config."},
        {"text": "14:50 Lisa detected the error spike and escalated", "kind": "timeline"},
        {"text": "Être plus vigilants", "kind": "action", "lang": "fr"},
        {"text": "14:50 the deploy was stupidly pushed", "kind": "timeline", "lang": "en"},
        {"text": "Add an alert on 5xx rate > 2% over 5 min for checkout-api.", "kind": "action"},
    ]
    stdin = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)

    result = lint("--jsonl", stdin=stdin)

    assert result.returncode == 0
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["flagged"] for o in out] == [True, False, True, True, False]
    assert [[f["rule"] for f in o["findings"]] for o in out] == [
        ["person_as_cause"],
        [],
        ["vague_action"],
        ["timeline_judgement"],
        [],
    ]
    for row, result_line in zip(rows, out, strict=True):
        assert set(result_line) == {"flagged", "findings"}
        for finding in result_line["findings"]:
            assert set(finding) == {"rule", "start", "end", "message", "suggestion"}
            assert 0 <= finding["start"] < finding["end"] <= len(row["text"])
    assert out[2]["findings"][0]["message"].startswith("Action vague")  # French, as asked
    assert out[3]["findings"][0]["start"] == rows[3]["text"].index("stupidly")


def test_a_malformed_jsonl_line_exits_2_with_a_clear_message() -> None:
    stdin = '{"text": "The job failed."}\n{"text": 42}\nnot json\n'

    result = lint("--jsonl", stdin=stdin)

    assert result.returncode == 2
    assert 'line 2 must be an object with a "text" string' in result.stderr
    assert "Traceback" not in result.stderr


def test_lint_has_help() -> None:
    result = lint("--help")

    assert result.returncode == 0
    assert "Usage:" in result.stdout
    for option in ("--kind", "--lang", "--people", "--jsonl"):
        assert option in result.stdout
