"""The lint query: any text, any kind, French or English, nothing stored."""

from __future__ import annotations

import strawberry
from starlette.concurrency import run_in_threadpool

from api.context import Info
from api.lint.types import LintFinding, LintKind, LintLanguage, LintResult
from domain.errors import InvalidInputError
from domain.lint import detect_language, lint
from domain.values import MAX_TEXT

MAX_LINT_TEXT = MAX_TEXT * 4  # a whole review's notes


@strawberry.type
class LintQueries:
    @strawberry.field
    async def lint(
        self,
        info: Info,  # noqa: ARG002 - authenticated by the view: any role may lint
        text: str,
        kind: LintKind = LintKind.ROOT_CAUSE,
        language: LintLanguage = LintLanguage.AUTO,
        people: list[str] | None = None,
    ) -> LintResult:
        """Lint a text for blame (for kind ACTION: vague wording) without storing it."""
        if len(text) > MAX_LINT_TEXT:
            raise InvalidInputError(
                f"Texts to lint are limited to {MAX_LINT_TEXT:,} characters.", field="text"
            )
        lang = detect_language(text) if language is LintLanguage.AUTO else language.value
        findings = await run_in_threadpool(lint, text, kind.value, lang, people=people or ())
        return LintResult(
            flagged=bool(findings),
            language=lang,
            findings=[LintFinding.of(f, text) for f in findings],
        )
