"""Keyset pages: the rows of one page and whether more follow."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of rows; ``has_next`` is true when rows follow the last one."""

    rows: list[T]
    has_next: bool


def page_of(rows: Sequence[T], first: int) -> Page[T]:
    """The page from a query that asked for ``first + 1`` rows (the extra one says more follow)."""
    return Page(list(rows[:first]), has_next=len(rows) > first)


def check_first(first: int) -> None:
    if first < 1:
        raise ValueError(f"A page holds at least one row; got first={first}.")


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, its wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
