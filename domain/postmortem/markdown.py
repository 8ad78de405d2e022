"""The post-mortem as Markdown, in English or French, plain or redacted.

Rendered from the document's data (``to_data``), so the same text comes from the
event store (``render_markdown``) and from a read model holding that data
(``render_data``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from domain.errors import InvalidInputError
from domain.postmortem.document import PostmortemDocument, to_data
from domain.postmortem.i18n import CATEGORIES_FR, TEXT, VALUES
from domain.postmortem.redaction import redactor, role_names

Data = dict[str, Any]


def render_markdown(
    doc: PostmortemDocument, *, lang: str | None = None, redacted: bool = False
) -> str:
    """The six sections of ``doc``, opening with thanks to whoever detected the incident."""
    return render_data(to_data(doc), lang=lang, redacted=redacted)


def render_data(data: Data, *, lang: str | None = None, redacted: bool = False) -> str:
    """The same Markdown, from the document's data."""
    lang = lang or data["language"]
    if lang not in TEXT:
        raise InvalidInputError(f"Languages are en and fr; got {lang!r}.", field="language")
    return _Renderer(data, lang, redacted).render()


class _Renderer:
    def __init__(self, data: Data, lang: str, redacted: bool) -> None:
        self.d, self.lang, self.t = data, lang, TEXT[lang]
        self.colon = " :" if lang == "fr" else ":"
        self.name: Callable[[str], str] = (
            redactor(role_names(data, lang)) if redacted else (lambda s: s)
        )

    def render(self) -> str:
        d = self.d
        parts = [f"# {self.t['title'].format(title=self.name(d['title']))}", self._thanks()]
        if d["asOf"]:
            parts.append(self.t["as_of"].format(at=self.when(d["asOf"])))
        parts += [self._summary(), self._timeline(), self._impact(), self._causes()]
        parts += [self._went_well(), self._actions(), self._lessons()]
        return "\n\n".join(parts) + "\n"

    def value(self, code: str) -> str:
        return VALUES[self.lang].get(code, code.lower())

    def when(self, iso: str | None) -> str:
        if not iso:
            return "—"
        text = datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M (UTC%z)")
        return text.replace("(UTC+0000)", "(UTC)")

    def number(self, n: float) -> str:
        text = f"{n:,.0f}" if float(n).is_integer() else f"{n:,.2f}"
        return text.replace(",", "\u202f").replace(".", ",") if self.lang == "fr" else text

    def field(self, label: str, value: str) -> str:
        return f"- **{label}**{self.colon} {value}"

    def _thanks(self) -> str:
        detection = self.d["detection"]
        if not detection["by"]:
            return f"> {self.t['thanks_unknown']}"
        return "> " + self.t["thanks"].format(
            who=self.name(detection["by"]),
            channel=self.value(detection["channel"]),
            at=self.when(detection["at"]),
        )

    def _summary(self) -> str:
        t, d = self.t, self.d
        rows = [
            (t["severity"], d["severity"]),
            (t["services"], ", ".join(d["services"])),
            (t["status"], self.value(d["status"])),
            (t["started"], self.when(d["startedAt"])),
            (t["detected"], self.when(d["detection"]["at"])),
            (t["mitigated"], self.when(d["mitigatedAt"])),
            (t["resolved"], self.when(d["resolvedAt"])),
            (t["responders"], ", ".join(self.name(r) for r in d["responders"]) or "—"),
            (t["facilitator"], self.name(d["facilitator"]) if d["facilitator"] else "—"),
            (t["review"], self._review()),
        ]
        return f"## {t['summary']}\n\n" + "\n".join(self.field(k, v) for k, v in rows)

    def _review(self) -> str:
        review = self.d["review"]
        minutes = review["durationMinutes"]
        if review["heldAt"]:
            return self.t["review_held"].format(at=self.when(review["heldAt"]), minutes=minutes)
        if review["scheduledAt"]:
            at = self.when(review["scheduledAt"])
            return self.t["review_scheduled"].format(at=at, minutes=minutes)
        return "—"

    def _timeline(self) -> str:
        t = self.t
        rows = [
            (
                self.when(e["at"]),
                self.name(e["actor"]),
                self.name(e["text"]) + (f" {t['corrected']}" if e["corrections"] else ""),
            )
            for e in self.d["timeline"]
        ]
        body = _table((t["time"], t["who"], t["what"]), rows) if rows else t["none"]
        return f"## {t['s1']}\n\n{body}"

    def _impact(self) -> str:
        t, m = self.t, self.d["impact"]
        if m is None:
            return f"## {t['s2']}\n\n{t['pending']}"
        users = t["users_value"].format(
            pct=self.number(m["usersAffectedPct"]), count=self.number(m["usersAffectedCount"])
        )
        lines = [
            self.field(t["users"], users),
            self.field(t["duration"], t["minutes"].format(n=m["durationMinutes"])),
        ]
        if m["revenueImpact"]:
            revenue = m["revenueImpact"]
            amount = f"{self.number(float(revenue['amount']))} {revenue['currency']}"
            lines.append(self.field(t["revenue"], amount))
        if m["reputation"]:
            lines.append(self.field(t["reputation"], self.name(m["reputation"])))
        sla = t["sla_breached"] if m["slaBreached"] else t["sla_kept"]
        note = f" ({self.name(m['slaNote'])})" if m["slaNote"] else ""
        lines.append(self.field(t["sla"], sla + note))
        return f"## {t['s2']}\n\n" + "\n".join(lines)

    def _causes(self) -> str:
        blocks = [self._cause(n, c) for n, c in enumerate(self.d["rootCauses"], 1)]
        return f"## {self.t['s3']}\n\n" + ("\n\n".join(blocks) if blocks else self.t["none"])

    def _cause(self, n: int, c: Data) -> str:
        t = self.t
        statement = self.name(c["statement"]) if c["statement"] else f"_{t['unidentified']}_"
        lines = [
            f"### {t['cause'].format(n=n)}{self.colon} {statement}",
            "",
            f"**{t['problem']}**{self.colon} {self.name(c['problem'])}",
            "",
        ]
        lines += [
            f"{w['level']}. **{self.name(w['question'])}** {self.name(w['answer'])}"
            for w in c["whys"]
        ]
        if c["category"]:
            category = CATEGORIES_FR[c["category"]] if self.lang == "fr" else c["category"].lower()
            lines += ["", f"{t['category']}{self.colon} {category}"]
        return "\n".join(lines)

    def _went_well(self) -> str:
        items = [f"- {self.name(w)}" for w in self.d["wentWell"]]
        return f"## {self.t['s4']}\n\n" + ("\n".join(items) if items else self.t["none"])

    def _actions(self) -> str:
        t = self.t
        head = (t["action"], "#", t["owner"], t["due"], t["criterion"], t["status"], t["tracker"])
        rows = [self._action_row(a) for a in self.d["actions"]]
        return f"## {t['s5']}\n\n" + (_table(head, rows) if rows else t["none"])

    def _action_row(self, a: Data) -> tuple[str, ...]:
        due = a["dueDate"] or "—"
        if a["previousDueDates"]:
            earlier = ", ".join(a["previousDueDates"])
            due += f" ({self.t['rescheduled_from'].format(dates=earlier)})"
        tracker = a["tracker"]
        return (
            self.name(a["text"]),
            str(a["rootCause"]),
            self.name(a["owner"]) if a["owner"] else "—",
            due,
            self.name(a["successCriterion"]) if a["successCriterion"] else "—",
            self.value(a["status"]),
            f"[{tracker['key']}]({tracker['url']})" if tracker else "—",
        )

    def _lessons(self) -> str:
        items = [
            f"- {self.name(lesson['text'])} "
            f"_({self.t['audience'].format(audience=self.value(lesson['audience']))})_"
            for lesson in self.d["lessons"]
        ]
        return f"## {self.t['s6']}\n\n" + ("\n".join(items) if items else self.t["none"])


def _table(head: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\r", "").replace("\n", "<br>")
