"""`recul lint`: the blame and vague-action linters on text, a Markdown post-mortem, or JSONL."""

from __future__ import annotations

import json
from typing import IO, Any

import click

from domain.errors import DomainError
from domain.lint import Finding, lint
from domain.postmortem.sections import items, sections
from recul.cli_support import EXIT_REFUSED

KINDS = ("root_cause", "timeline", "review_note", "lesson", "action")


@click.command(name="lint")
@click.option(
    "--kind",
    type=click.Choice(KINDS),
    default=None,
    help="Default: root_cause, or each section's own kind for a Markdown post-mortem.",
)
@click.option("--lang", type=click.Choice(["fr", "en", "auto"]), default="auto", show_default=True)
@click.option("--people", default="", help="Names known to the incident, comma-separated.")
@click.option(
    "--jsonl",
    is_flag=True,
    help='One {"text", "kind"?, "lang"?} per line in, one result per line out.',
)
@click.argument("source", type=click.File("r", encoding="utf-8"), default="-")
def lint_command(kind: str | None, lang: str, people: str, jsonl: bool, source: IO[str]) -> None:
    """Lint FILE (or standard input) for blame and vague actions.

    Exits 1 when anything is found, 0 otherwise; with --jsonl, always 0 once the
    input is read (each line says whether it was flagged).
    """
    names = [p.strip() for p in people.split(",") if p.strip()]
    try:
        if jsonl:
            _lint_lines(source, kind, lang, names)
            return
        found = _lint_document(source.read(), kind, lang, names, source.name)
    except DomainError as error:
        raise click.UsageError(f"{error.code}: {error.message}") from error
    if found:
        raise click.exceptions.Exit(EXIT_REFUSED)


def _lint_document(text: str, kind: str | None, lang: str, people: list[str], name: str) -> int:
    parts = sections(text) if kind is None else []
    chunks = [(s.kind, start, chunk) for s in parts for start, chunk in items(s)]
    if not parts:
        chunks = [(kind or "root_cause", 0, text)]
    count = 0
    for chunk_kind, offset, chunk in chunks:
        for finding in lint(chunk, chunk_kind, lang, people=people):
            _print_finding(name, text, offset, chunk, finding)
            count += 1
    click.echo(f"{count} finding(s)" if count else "no findings", err=True)
    return count


def _print_finding(name: str, whole: str, offset: int, chunk: str, f: Finding) -> None:
    at = offset + f.start
    line = whole.count("\n", 0, at) + 1
    column = at - (whole.rfind("\n", 0, at) + 1) + 1
    click.echo(f"{name}:{line}:{column}: {f.rule}: {f.message}")
    click.echo(f'    "{chunk[f.start : f.end]}"')
    click.echo(f"    → {f.suggestion}")


def _lint_lines(source: IO[str], kind: str | None, lang: str, people: list[str]) -> None:
    for number, line in enumerate(source, 1):
        if not line.strip():
            continue
        item = _parse(line, number)
        item_kind = item.get("kind") or kind or "root_cause"
        findings = lint(item["text"], item_kind, item.get("lang") or lang, people=people)
        click.echo(
            json.dumps(
                {"flagged": bool(findings), "findings": [_data(f) for f in findings]},
                ensure_ascii=False,
            )
        )


def _parse(line: str, number: int) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise click.UsageError(f"line {number} is not JSON: {error}") from error
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise click.UsageError(f'line {number} must be an object with a "text" string')
    return item


def _data(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "start": f.start,
        "end": f.end,
        "message": f.message,
        "suggestion": f.suggestion,
    }
