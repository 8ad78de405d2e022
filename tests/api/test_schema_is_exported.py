"""schema.graphql at the repository root is the schema the code builds."""

from __future__ import annotations

from pathlib import Path

from strawberry.printer import print_schema

from api.schema import schema

EXPORTED = Path(__file__).resolve().parents[2] / "schema.graphql"


def test_the_exported_schema_is_up_to_date():
    stale = "schema.graphql is stale: run `python -m api.export`"
    assert EXPORTED.read_text(encoding="utf-8").strip() == print_schema(schema).strip(), stale
