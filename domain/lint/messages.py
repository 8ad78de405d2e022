"""What each rule says, in the text's language: the problem, then a systemic
question to rephrase with (the essay's "what, in our system, allowed this?")."""

from __future__ import annotations

from domain.lint.findings import Language

_SYSTEM_EN = "Which part of our system allowed this? e.g. 'Our deploy process does not require a pre-prod review.'"
_SYSTEM_FR = "Qu'est-ce qui, dans notre système, a permis cela ? ex. « Notre processus de déploiement n'impose pas de revue en pré-prod. »"

MESSAGES: dict[str, dict[Language, tuple[str, str]]] = {
    "person_as_cause": {
        "en": ("A person is presented as the cause.", _SYSTEM_EN),
        "fr": ("Une personne est présentée comme la cause.", _SYSTEM_FR),
    },
    "team_as_culprit": {
        "en": (
            "A team is presented as the culprit.",
            "What in our process or tooling left this team without a safeguard? e.g. 'Schema changes reach production without an automated migration check.'",
        ),
        "fr": (
            "Une équipe est présentée comme coupable.",
            "Qu'est-ce qui, dans nos processus ou nos outils, a laissé cette équipe sans garde-fou ? ex. « Les changements de schéma partent en production sans vérification automatique. »",
        ),
    },
    "human_error": {
        "en": (
            "'Human error' is where the analysis starts, not an explanation.",
            "What made this error possible, and what would have caught it? e.g. 'The console accepts a production command without confirmation.'",
        ),
        "fr": (
            "« Erreur humaine » est le point de départ de l'analyse, pas une explication.",
            "Qu'est-ce qui a rendu cette erreur possible, et qu'est-ce qui l'aurait rattrapée ? ex. « La console accepte une commande de production sans confirmation. »",
        ),
    },
    "judgement_word": {
        "en": (
            "A judgement of character, not a fact.",
            "Describe what happened and what the system offered at that moment: which signal, check or guardrail was missing?",
        ),
        "fr": (
            "Un jugement sur la personne, pas un fait.",
            "Décrivez ce qui s'est passé et ce que le système offrait à ce moment-là : quel signal, quelle vérification, quel garde-fou manquait ?",
        ),
    },
    "timeline_judgement": {
        "en": (
            "The timeline must be purely factual: this word judges.",
            "Keep what happened and when, e.g. '14:52 the config change was applied to production.'",
        ),
        "fr": (
            "La chronologie doit rester purement factuelle : ce mot juge.",
            "Gardez ce qui s'est passé et quand, ex. « 14h52 le changement de configuration est appliqué en production. »",
        ),
    },
    "reads_as_blame": {
        "en": (
            "This reads as blame: it points at a person or a team rather than at the system (judged from how post-mortems are worded, no single rule).",
            "Which part of our system allowed this? Describe what happened and what was missing, e.g. 'The console runs a purge on prod without a second confirmation.'",
        ),
        "fr": (
            "Ce texte se lit comme un reproche : il vise une personne ou une équipe plutôt que le système (jugé sur la façon dont les post-mortems sont écrits, pas sur une règle).",
            "Qu'est-ce qui, dans notre système, a permis cela ? Décrivez ce qui s'est passé et ce qui manquait, ex. « La console lance une purge en prod sans seconde confirmation. »",
        ),
    },
    "sarcasm": {
        "en": (
            "Sarcasm about what someone did: it judges the person, not the system.",
            "State what happened plainly and ask what in our system let it happen, e.g. 'The timeout field accepts 0 with no warning.'",
        ),
        "fr": (
            "Du sarcasme sur ce que quelqu'un a fait : cela juge la personne, pas le système.",
            "Décrivez simplement ce qui s'est passé et demandez ce qui, dans notre système, l'a permis, ex. « Le champ timeout accepte 0 sans avertissement. »",
        ),
    },
    "counterfactual_blame": {
        "en": (
            "Hindsight blame: what someone 'should have' done.",
            "What would have made the right action the easy one at the time? e.g. 'Nothing in the runbook says to check replication lag.'",
        ),
        "fr": (
            "Reproche après coup : ce que quelqu'un « aurait dû » faire.",
            "Qu'est-ce qui aurait rendu la bonne action évidente sur le moment ? ex. « Le runbook ne demande pas de vérifier le retard de réplication. »",
        ),
    },
    "who_hunting": {
        "en": (
            "Asking 'who' looks for a culprit.",
            "Ask why and how instead: what in our system allowed this change to reach production?",
        ),
        "fr": (
            "Demander « qui » cherche un coupable.",
            "Demandez plutôt pourquoi et comment : qu'est-ce qui, dans notre système, a permis que ce changement arrive en production ?",
        ),
    },
    "vague_action": {
        "en": (
            "Vague action: it asks people to behave better, it changes nothing in the system.",
            "Name a mechanism: a check, an alert, a test, a pipeline step, or a document in a named place, e.g. 'Add disk-space alerting at 80% on every DB host.'",
        ),
        "fr": (
            "Action vague : elle demande aux gens de mieux faire, elle ne change rien au système.",
            "Nommez un mécanisme : une vérification, une alerte, un test, une étape du pipeline ou un document à un endroit précis, ex. « Ajouter une alerte d'espace disque à 80 % sur chaque hôte de base de données. »",
        ),
    },
    "missing_owner": {
        "en": ("The action has no owner.", "Name one person who is accountable for it."),
        "fr": ("L'action n'a pas de responsable.", "Nommez une personne qui en répond."),
    },
    "missing_due_date": {
        "en": (
            "The action has no due date.",
            "Set a deadline, e.g. two to four weeks from the review.",
        ),
        "fr": (
            "L'action n'a pas d'échéance.",
            "Fixez une échéance, par exemple deux à quatre semaines après la revue.",
        ),
    },
    "unmeasurable_criterion": {
        "en": (
            "The success criterion is missing or cannot be checked.",
            "State what someone else could verify, e.g. 'The alert fires in staging when disk use passes 80%.'",
        ),
        "fr": (
            "Le critère de succès manque ou n'est pas vérifiable.",
            "Écrivez ce qu'une autre personne pourrait vérifier, ex. « L'alerte se déclenche en pré-prod quand le disque dépasse 80 %. »",
        ),
    },
}


def message(rule: str, language: Language) -> tuple[str, str]:
    return MESSAGES[rule][language]
