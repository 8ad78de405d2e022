"""The post-mortem as Markdown, in English or French, plain or redacted."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from domain.actions.model import Action
from domain.errors import InvalidInputError
from domain.incidents.model import Incident
from domain.postmortem.document import PostmortemDocument
from domain.postmortem.i18n import CATEGORIES_FR, TEXT, VALUES
from domain.postmortem.redaction import redactor, role_names
from domain.root_causes.model import RootCause


def render_markdown(
    doc: PostmortemDocument, *, lang: str | None = None, redacted: bool = False
) -> str:
    """The six sections, opening with thanks to whoever detected the incident."""
    lang = lang or doc.incident.language.value
    if lang not in TEXT:
        raise InvalidInputError(f"Languages are en and fr; got {lang!r}.", field="language")
    return _Renderer(doc, lang, redacted).render()


class _Renderer:
    def __init__(self, doc: PostmortemDocument, lang: str, redacted: bool) -> None:
        self.doc, self.lang, self.t = doc, lang, TEXT[lang]
        self.name: Callable[[str], str] = (
            redactor(role_names(doc, lang)) if redacted else (lambda s: s)
        )

    def render(self) -> str:
        i = self.doc.incident
        parts = [f"# {self.t['title'].format(title=self.name(i.title))}", self._thanks(i)]
        if self.doc.as_of:
            parts.append(self.t["as_of"].format(at=self.when(self.doc.as_of)))
        parts += [self._summary(i), self._timeline(), self._impact(i), self._causes()]
        parts += [self._went_well(i), self._actions(), self._lessons(i)]
        return "\n\n".join(parts) + "\n"

    def value(self, code: str) -> str:
        return VALUES[self.lang].get(code, code.lower())

    def when(self, at: datetime | None) -> str:
        return at.strftime("%Y-%m-%d %H:%M (UTC%z)").replace("(UTC+0000)", "(UTC)") if at else "—"

    def number(self, n: float) -> str:
        text = f"{n:,.0f}" if float(n).is_integer() else f"{n:,.2f}"
        return text.replace(",", "\u202f").replace(".", ",") if self.lang == "fr" else text

    def _thanks(self, i: Incident) -> str:
        if not i.detected_by or not i.detected_at or not i.detection_channel:
            return f"> {self.t['thanks_unknown']}"
        return "> " + self.t["thanks"].format(
            who=self.name(i.detected_by),
            channel=self.value(i.detection_channel.value),
            at=self.when(i.detected_at),
        )

    def _summary(self, i: Incident) -> str:
        t = self.t
        rows = [
            (t["severity"], i.severity.value),
            (t["services"], ", ".join(i.services)),
            (t["status"], self.value(i.status.value)),
            (t["started"], self.when(i.started_at)),
            (t["detected"], self.when(i.detected_at)),
            (t["mitigated"], self.when(i.mitigated_at)),
            (t["resolved"], self.when(i.resolved_at)),
            (t["responders"], ", ".join(self.name(r) for r in i.responders) or "—"),
            (t["facilitator"], self.name(i.facilitator) if i.facilitator else "—"),
            (t["review"], self._review(i)),
        ]
        sep = " : " if self.lang == "fr" else ": "
        return f"## {t['summary']}\n\n" + "\n".join(f"- **{k}**{sep}{v}" for k, v in rows)

    def _review(self, i: Incident) -> str:
        if i.reviewed_at:
            return self.t["review_held"].format(
                at=self.when(i.reviewed_at), minutes=i.review_minutes
            )
        if i.review_at:
            return self.t["review_scheduled"].format(
                at=self.when(i.review_at), minutes=i.review_minutes
            )
        return "—"

    def _timeline(self) -> str:
        t = self.t
        rows = [
            (
                self.when(e.at),
                self.name(e.actor),
                self.name(e.text) + (f" {t['corrected']}" if e.corrections else ""),
            )
            for e in self.doc.timeline
        ]
        return f"## {t['s1']}\n\n" + (
            _table((t["time"], t["who"], t["what"]), rows) if rows else t["none"]
        )

    def _impact(self, i: Incident) -> str:
        t, m = self.t, i.impact
        if m is None:
            return f"## {t['s2']}\n\n{t['pending']}"
        lines = [
            f"- **{t['users']}**: "
            + t["users_value"].format(
                pct=self.number(m.users_affected_pct), count=self.number(m.users_affected_count)
            ),
            f"- **{t['duration']}**: {t['minutes'].format(n=m.duration_minutes)}",
        ]
        if m.revenue_amount is not None:
            lines.append(
                f"- **{t['revenue']}**: {self.number(float(m.revenue_amount))} {m.revenue_currency}"
            )
        if m.reputation:
            lines.append(f"- **{t['reputation']}**: {self.name(m.reputation)}")
        sla = t["sla_breached"] if m.sla_breached else t["sla_kept"]
        lines.append(
            f"- **{t['sla']}**: {sla}" + (f" ({self.name(m.sla_note)})" if m.sla_note else "")
        )
        if self.lang == "fr":
            lines = [line.replace("**: ", "** : ") for line in lines]
        return f"## {t['s2']}\n\n" + "\n".join(lines)

    def _causes(self) -> str:
        blocks = [self._cause(n, s.cause) for n, s in enumerate(self.doc.causes, 1)]
        return f"## {self.t['s3']}\n\n" + ("\n\n".join(blocks) if blocks else self.t["none"])

    def _cause(self, n: int, c: RootCause) -> str:
        t = self.t
        statement = self.name(c.statement) if c.statement else f"_{t['unidentified']}_"
        head = f"### {t['cause'].format(n=n)}: {statement}"
        if self.lang == "fr":
            head = head.replace(": ", " : ", 1)
        lines = [
            head,
            "",
            f"**{t['problem']}**{' :' if self.lang == 'fr' else ':'} {self.name(c.problem)}",
            "",
        ]
        lines += [f"{w.level}. **{self.name(w.question)}** {self.name(w.answer)}" for w in c.whys]
        if c.category:
            category = (
                CATEGORIES_FR[c.category.value] if self.lang == "fr" else c.category.value.lower()
            )
            lines += ["", f"{t['category']}{' :' if self.lang == 'fr' else ':'} {category}"]
        return "\n".join(lines)

    def _went_well(self, i: Incident) -> str:
        items = [f"- {self.name(w)}" for w in i.went_well]
        return f"## {self.t['s4']}\n\n" + ("\n".join(items) if items else self.t["none"])

    def _actions(self) -> str:
        t = self.t
        head = (t["action"], "#", t["owner"], t["due"], t["criterion"], t["status"], t["tracker"])
        rows = [self._action_row(n, a) for n, a in self.doc.actions]
        return f"## {t['s5']}\n\n" + (_table(head, rows) if rows else t["none"])

    def _action_row(self, cause_number: int, a: Action) -> tuple[str, ...]:
        due = a.due_date.isoformat() if a.due_date else "—"
        if a.previous_due_dates:
            earlier = ", ".join(d.isoformat() for d in a.previous_due_dates)
            due += f" ({self.t['rescheduled_from'].format(dates=earlier)})"
        tracker = f"[{a.tracker.key}]({a.tracker.url})" if a.tracker else "—"
        return (
            self.name(a.text),
            str(cause_number),
            self.name(a.owner) if a.owner else "—",
            due,
            self.name(a.success_criterion) if a.success_criterion else "—",
            self.value(a.status.value),
            tracker,
        )

    def _lessons(self, i: Incident) -> str:
        items = [
            f"- {self.name(lesson.text)} _({self.t['audience'].format(audience=self.value(lesson.audience.value))})_"
            for lesson in i.lessons
        ]
        return f"## {self.t['s6']}\n\n" + ("\n".join(items) if items else self.t["none"])


def _table(head: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\r", "").replace("\n", "<br>")
