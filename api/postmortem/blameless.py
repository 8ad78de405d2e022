"""The post-mortem's blameless check: open findings per section, and what blocks publication."""

from __future__ import annotations

from typing import Any

import strawberry

from api.lint.types import LintFinding
from domain.postmortem.blameless import SECTIONS, CheckedFinding, check


@strawberry.type(description="A finding in the document, open or acknowledged with a reason.")
class DocumentFinding:
    id: str = strawberry.field(description="Stable id: give it to acknowledgeFinding.")
    section: str
    finding: LintFinding
    acknowledged_reason: str | None
    blocks_publication: bool = strawberry.field(
        description="An open blame finding: publishing waits until it is rephrased or acknowledged."
    )

    @classmethod
    def of(cls, checked: CheckedFinding) -> DocumentFinding:
        return cls(
            id=checked.id,
            section=checked.section,
            finding=LintFinding.of(checked.finding, checked.text),
            acknowledged_reason=checked.acknowledged_reason,
            blocks_publication=checked.is_blame and checked.is_open,
        )


@strawberry.type
class SectionCheck:
    section: str = strawberry.field(
        description="timeline, root_causes, went_well, actions, lessons or review."
    )
    open_findings: list[DocumentFinding]


@strawberry.type(description="The linters run over every text of the post-mortem.")
class BlamelessCheck:
    publishable: bool = strawberry.field(description="No blame finding is left open.")
    sections: list[SectionCheck]
    findings: list[DocumentFinding] = strawberry.field(description="Open and acknowledged.")

    @classmethod
    def of(cls, data: dict[str, Any]) -> BlamelessCheck:
        findings = [DocumentFinding.of(f) for f in check(data)]
        sections = [
            SectionCheck(
                section=name,
                open_findings=[
                    f for f in findings if f.section == name and f.acknowledged_reason is None
                ],
            )
            for name in SECTIONS
        ]
        publishable = not any(f.blocks_publication for f in findings)
        return cls(publishable=publishable, sections=sections, findings=findings)
