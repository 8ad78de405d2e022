"""Every limit of the API in one place, with the reason for its value.

- ``max_body_bytes``: 1 MiB. The longest legitimate request (review notes: 20,000
  characters) is far below; beyond it the server answers 413 before parsing.
- ``max_page_size``: 100 rows per connection page (``first``); more is a user error.
- ``max_depth``: 10 levels; the deepest useful query (actions -> incident -> actions ->
  ...) needs 6.
- ``max_tokens``: 5,000 lexical tokens per document: the worked example's longest
  query uses about 400.
- ``max_aliases``: 30 aliases per document, so one request cannot fan a field out.
Text sizes are the domain's own limits (domain/values.py); the body limit makes
sure an oversize value never reaches the JSON parser.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from strawberry.extensions import (
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = 1024 * 1024
    max_page_size: int = 100
    max_depth: int = 10
    max_tokens: int = 5_000
    max_aliases: int = 30


def limit_extensions(limits: Limits) -> list[Callable[[], SchemaExtension]]:
    """Factories, not instances: strawberry builds one extension per request."""
    return [
        partial(MaxTokensLimiter, max_token_count=limits.max_tokens),
        partial(MaxAliasesLimiter, max_alias_count=limits.max_aliases),
        partial(QueryDepthLimiter, max_depth=limits.max_depth),
        ParserCache,
        ValidationCache,
    ]
