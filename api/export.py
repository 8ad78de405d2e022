"""Writes schema.graphql: ``python -m api.export`` (strawberry's CLI needs its [cli] extra)."""

from __future__ import annotations

import sys
from pathlib import Path

from strawberry.printer import print_schema

from api.schema import schema


def main(path: str = "schema.graphql") -> None:
    """Export the schema exactly as ``strawberry export-schema api.schema:schema`` would."""
    Path(path).write_text(print_schema(schema) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:])
