"""The ``recul`` command line (exit codes: see recul.cli_support)."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import Any
from uuid import UUID

import click

from domain.audit import history
from domain.postmortem.document import assemble, to_data
from domain.postmortem.markdown import render_markdown
from recul.api_cli import serve, token
from recul.cli_support import AwareDatetime, UUIDParam, application
from recul.demo import load_examples
from recul.lint_cli import lint_command
from recul.projections_cli import projections
from recul.scheduler_cli import scheduler
from recul.worker_cli import worker


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="recul")
def main() -> None:
    """Recul: blameless post-mortems on an append-only event log."""


@main.command()
@click.option("--markdown", is_flag=True, help="Also print each loaded post-mortem as Markdown.")
@click.option("--lang", type=click.Choice(["en", "fr"]), default=None, help="Markdown language.")
@click.option("--json", "as_json", is_flag=True, help="Print the ids as JSON.")
def demo(markdown: bool, lang: str | None, as_json: bool) -> None:
    """Load the worked examples (once) and print the id of each incident."""
    with application() as app:
        loaded = load_examples(app)
        if as_json:
            click.echo(json.dumps([{"id": str(i), "loadedNow": new} for i, new in loaded]))
        else:
            for incident_id, new in loaded:
                click.echo(f"{incident_id}" + ("" if new else "  (already loaded)"))
        if markdown:
            for incident_id, _ in loaded:
                click.echo("\n" + render_markdown(assemble(app, incident_id), lang=lang))


@main.command()
@click.argument("incident_id", type=UUIDParam())
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["markdown", "json"]),
    default="markdown",
    show_default=True,
)
@click.option(
    "--lang",
    type=click.Choice(["en", "fr"]),
    default=None,
    help="Default: the incident's language.",
)
@click.option("--redacted", is_flag=True, help="Replace people's names with their roles.")
@click.option(
    "--as-of-version",
    type=click.IntRange(min=1),
    default=None,
    help="The incident at this version.",
)
@click.option(
    "--as-of", type=AwareDatetime(), default=None, help="Everything as it stood at this time."
)
def export(
    *,
    incident_id: UUID,
    fmt: str,
    lang: str | None,
    redacted: bool,
    as_of_version: int | None,
    as_of: datetime | None,
) -> None:
    """Print the post-mortem of INCIDENT_ID."""
    if as_of_version is not None and as_of is not None:
        raise click.UsageError("give --as-of-version or --as-of, not both")
    if fmt == "json" and (lang or redacted):
        raise click.UsageError("--lang and --redacted apply to --format markdown")
    with application() as app:
        doc = assemble(app, incident_id, as_of_version=as_of_version, as_of=as_of)
        if fmt == "json":
            click.echo(json.dumps(to_data(doc), ensure_ascii=False, indent=2))
        else:
            click.echo(render_markdown(doc, lang=lang, redacted=redacted), nl=False)


@main.command(name="history")
@click.argument("aggregate_id", type=UUIDParam())
@click.option("--json", "as_json", is_flag=True, help="One JSON object per event.")
def history_command(aggregate_id: UUID, as_json: bool) -> None:
    """Print every event of AGGREGATE_ID: type, version, time, actor, changed fields."""
    with application() as app:
        for entry in history(app, aggregate_id):
            if as_json:
                click.echo(json.dumps(_entry_data(entry), default=str, ensure_ascii=False))
            else:
                changed = ", ".join(f"{k}={v}" for k, v in entry.changes.items())
                click.echo(
                    f"v{entry.version}  {entry.recorded_at.isoformat()}  {entry.actor}  {entry.type}  {changed}"
                )


def _entry_data(entry: Any) -> dict[str, Any]:
    return {
        "type": entry.type,
        "version": entry.version,
        "recordedAt": entry.recorded_at.isoformat(),
        "actor": entry.actor,
        "correlationId": entry.correlation_id,
        "changes": entry.changes,
    }


main.add_command(serve)
main.add_command(token)
main.add_command(projections)
main.add_command(lint_command)
main.add_command(scheduler)
main.add_command(worker)

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
