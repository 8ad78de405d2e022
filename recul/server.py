"""Composition for `recul serve`: settings -> application, read models, HTTP API."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.applications import Starlette

from api.app import create_app
from api.limits import Limits
from domain.application import Recul
from domain.base import CommandContext
from projections.factory import ReadModels, open_read_models
from recul.demo import load_examples
from recul.settings import Settings
from recul.wiring import build_application

SERVE_ACTOR = "recul-serve"


@dataclass
class Server:
    """Everything one API process holds; `asgi` closes the app and read models on shutdown."""

    app: Recul
    read_models: ReadModels
    asgi: Starlette
    embedded: bool


def build_server(settings: Settings, limits: Limits | None = None) -> Server:
    """The application, its read models and the HTTP API over them."""
    app = build_application(settings)
    read_models = open_read_models(settings.persistence_env())
    asgi = create_app(app, read_models, production=settings.production, limits=limits)
    return Server(app, read_models, asgi, embedded=not settings.is_postgres)


def first_start(app: Recul) -> list[str]:
    """Loads the worked examples once; the titles of those loaded now."""
    return [str(incident_id) for incident_id, new in load_examples(app) if new]


def mint_admin_token(app: Recul) -> str:
    """A fresh admin token for whoever ran `recul serve`: tokens are cheap, shown once."""
    _, plaintext = app.create_token(CommandContext(SERVE_ACTOR), name="make-run", role="admin")
    return plaintext
