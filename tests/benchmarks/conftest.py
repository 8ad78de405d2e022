"""The database the read-side benchmarks share: loading it is most of their set-up time."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.benchmarks.worked import (
    WorkedExamples,
    analyze,
    catch_up_all,
    load_worked_examples,
    unsynchronised_commits,
)
from tests.services import postgres_database

WORKED_EXAMPLES = 1_000


@pytest.fixture(scope="session")
def worked_examples() -> Iterator[WorkedExamples]:
    """Loaded once per run, for the post-mortem latency and the rebuild rate benchmarks."""
    with postgres_database() as url:
        with unsynchronised_commits(url):
            ids = load_worked_examples(url, WORKED_EXAMPLES)
            catch_up_all(url)
        analyze(url)
        yield WorkedExamples(url, ids)
