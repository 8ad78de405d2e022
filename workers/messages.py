"""What each notification says, in English and French: factual, blameless, with a link back.

Reminders chase work, never people: they name the action and the system it
protects, say what is expected next, and offer help instead of pressure.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

LANGUAGES = ("en", "fr")

# kind -> language -> (subject, body). Fields: title, action, due, days, slot, link.
TEMPLATES: Final[dict[str, dict[str, tuple[str, str]]]] = {
    "REVIEW_PROPOSAL": {
        "en": (
            "Review proposed for “{title}”: {slot}",
            "The incident “{title}” is resolved. We propose holding its blameless review on "
            "{slot}, while memories are fresh. Please confirm or move the slot in Recul.",
        ),
        "fr": (
            "Revue proposée pour « {title} » : {slot}",
            "L'incident « {title} » est résolu. Nous proposons d'en tenir la revue sans blâme le "
            "{slot}, tant que les souvenirs sont frais. Confirmez ou déplacez ce créneau dans Recul.",
        ),
    },
    "REVIEW_TOMORROW": {
        "en": (
            "Tomorrow: review of “{title}” at {slot}",
            "The blameless review of “{title}” is tomorrow at {slot}. It looks at how our "
            "systems and processes behaved, not at who did what: bring what you saw and learned.",
        ),
        "fr": (
            "Demain : revue de « {title} » à {slot}",
            "La revue sans blâme de « {title} » a lieu demain à {slot}. Elle examine le "
            "comportement de nos systèmes et processus, pas qui a fait quoi : venez avec ce que "
            "vous avez observé et appris.",
        ),
    },
    "LATE": {
        "en": (
            "No review scheduled yet for “{title}”",
            "The review window of “{title}” has closed and no review is scheduled yet. Learning "
            "fades quickly: could you help find a facilitator and a slot this week?",
        ),
        "fr": (
            "Pas encore de revue planifiée pour « {title} »",
            "La fenêtre de revue de « {title} » est close et aucune revue n'est planifiée. Les "
            "enseignements s'estompent vite : pouvez-vous aider à trouver un animateur et un "
            "créneau cette semaine ?",
        ),
    },
    "BEFORE_DUE": {
        "en": (
            "Action due on {due}: {action}",
            "The action “{action}” from the post-mortem of “{title}” is due on {due}. If the "
            "date no longer fits, rescheduling it with a reason is perfectly fine.",
        ),
        "fr": (
            "Action à échéance le {due} : {action}",
            "L'action « {action} » issue du post-mortem de « {title} » arrive à échéance le "
            "{due}. Si la date ne convient plus, la replanifier avec une raison est tout à fait "
            "possible.",
        ),
    },
    "DUE_TODAY": {
        "en": (
            "Action due today: {action}",
            "The action “{action}” from the post-mortem of “{title}” is due today. Mark it "
            "completed when done, or give it a new date if something got in the way.",
        ),
        "fr": (
            "Action à échéance aujourd'hui : {action}",
            "L'action « {action} » issue du post-mortem de « {title} » arrive à échéance "
            "aujourd'hui. Marquez-la terminée une fois faite, ou donnez-lui une nouvelle date si "
            "quelque chose a bloqué.",
        ),
    },
    "OVERDUE": {
        "en": (
            "Action {days} days past its date: {action}",
            "The action “{action}” from the post-mortem of “{title}” was due on {due}. Priorities "
            "shift; what would help it move: more time, help, or a smaller first step?",
        ),
        "fr": (
            "Action en retard de {days} jours : {action}",
            "L'action « {action} » issue du post-mortem de « {title} » était prévue le {due}. Les "
            "priorités changent ; qu'est-ce qui l'aiderait à avancer : plus de temps, de l'aide, "
            "ou une première étape plus petite ?",
        ),
    },
    "ESCALATION": {
        "en": (
            "Help needed: action {days} days past its date ({action})",
            "As facilitator of “{title}”, you may want to check in on the action “{action}”, "
            "due on {due}. Stalled actions usually point to a lack of time or support, not of "
            "goodwill.",
        ),
        "fr": (
            "Besoin d'aide : action en retard de {days} jours ({action})",
            "En tant qu'animateur de « {title} », vous pouvez faire le point sur l'action "
            "« {action} », prévue le {due}. Une action bloquée manque en général de temps ou de "
            "soutien, pas de bonne volonté.",
        ),
    },
    "UNVERIFIED": {
        "en": (
            "Action completed, to verify: {action}",
            "The action “{action}” from the post-mortem of “{title}” is completed. Please check "
            "it against its success criterion and record the evidence.",
        ),
        "fr": (
            "Action terminée, à vérifier : {action}",
            "L'action « {action} » issue du post-mortem de « {title} » est terminée. Vérifiez-la "
            "au regard de son critère de succès et consignez la preuve.",
        ),
    },
}

FOOTER: Final[dict[str, str]] = {
    "en": "Open the post-mortem: {link}\n\n— Recul (sent automatically; no need to reply)",
    "fr": "Ouvrir le post-mortem : {link}\n\n— Recul (envoi automatique ; inutile de répondre)",
}
LINK_LABEL: Final[dict[str, str]] = {"en": "Open the post-mortem", "fr": "Ouvrir le post-mortem"}
GREETING: Final[dict[str, str]] = {"en": "Hello {name},", "fr": "Bonjour {name},"}


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str
    chat: str
    link: str
    link_label: str


def postmortem_link(public_url: str, incident_id: object) -> str:
    return f"{public_url.rstrip('/')}/postmortems/{incident_id}"


def language(value: object) -> str:
    """The incident's language, English when unknown."""
    text = str(getattr(value, "value", value) or "").lower()
    return text if text in LANGUAGES else "en"


def render(kind: str, lang: str, link: str, **facts: object) -> Rendered:
    """The subject, e-mail body (without greeting) and chat text of one notification."""
    lang = language(lang)
    subject, text = (t.format(link=link, **facts) for t in TEMPLATES[kind][lang])
    body = f"{text}\n\n{FOOTER[lang].format(link=link)}\n"
    return Rendered(subject, body, f"*{subject}*\n{text}", link, LINK_LABEL[lang])


def greeted(rendered: Rendered, lang: str, name: str) -> str:
    return f"{GREETING[language(lang)].format(name=name)}\n\n{rendered.body}"
