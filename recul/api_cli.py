"""`recul serve` and `recul token ...` (registered on the main group by recul/cli.py)."""

from __future__ import annotations

import json
from uuid import UUID

import click

from recul.cli_support import EXIT_UNAVAILABLE, application, fail, load_settings
from recul.server import build_server, first_start, mint_admin_token, start_background


@click.command()
@click.option("--host", default=None, help="Interface to bind (default RECUL_HOST or 127.0.0.1).")
@click.option(
    "--port", type=click.IntRange(1, 65535), default=None, help="Default RECUL_PORT or 8000."
)
def serve(host: str | None, port: int | None) -> None:
    """Serve the GraphQL API; in the embedded default also run the projections."""
    import uvicorn

    from projections.runner import ProjectionRunner

    settings = load_settings()
    try:
        server = build_server(settings)
    except Exception as error:
        raise fail(f"cannot open the event store: {error}", EXIT_UNAVAILABLE) from error
    if server.embedded:
        for incident_id in first_start(server.app):
            click.echo(f"loaded the worked example {incident_id}")
        runner = ProjectionRunner(server.app, server.read_models)
        runner.start()
        server.stops.append(runner.stop)
    if server.in_process_worker:
        start_background(server)
        click.echo("background work: a worker thread and the scheduler in this process")
    host, port = host or settings.host, port or settings.port
    click.echo(f"Recul API on http://{host}:{port}/graphql")
    click.echo(f"admin token (shown once): {mint_admin_token(server.app)}")
    try:
        uvicorn.run(server.asgi, host=host, port=port, log_level="info")
    finally:
        server.stop()


@click.group()
def token() -> None:
    """Mint, revoke and list API tokens."""


@token.command("create")
@click.option("--name", required=True, help="Who uses the token; recorded as the actor.")
@click.option("--role", type=click.Choice(["reader", "editor", "admin"]), required=True)
def create(name: str, role: str) -> None:
    """Mint a token; the token alone is printed on the last line, shown only this once."""
    with application() as app:
        from domain.base import CommandContext

        token_id, plaintext = app.create_token(CommandContext("recul-cli"), name=name, role=role)
        click.echo(f"token {token_id} ({role}) for {name}; store it now, it is not kept:")
        click.echo(plaintext)


@token.command("revoke")
@click.argument("token_id", type=click.UUID)
@click.option("--reason", required=True, help="Why the token is revoked.")
def revoke(token_id: UUID, reason: str) -> None:
    """Revoke TOKEN_ID: it stops authenticating at once."""
    from domain.base import CommandContext

    with application() as app:
        app.revoke_token(CommandContext("recul-cli"), token_id, reason=reason)
        click.echo(f"revoked {token_id}")


@token.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON array.")
def list_tokens(as_json: bool) -> None:
    """List every token: id, name, role, and whether it is revoked."""
    with application() as app:
        rows = [
            {"id": str(t.id), "name": t.name, "role": t.role.value, "revoked": t.revoked}
            for t in app.list_tokens()
        ]
    if as_json:
        click.echo(json.dumps(rows))
        return
    for row in rows:
        state = "revoked" if row["revoked"] else "active"
        click.echo(f"{row['id']}  {row['role']:<6}  {state:<7}  {row['name']}")
