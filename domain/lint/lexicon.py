"""The shape of a language's lexicon: regular-expression sources over folded text
(lower case, no accents, ASCII quotes), one field per thing a rule looks for."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lexicon:
    # People and teams: role nouns ("the intern"), teams ("the DBA team"), and the
    # pronouns that stand for a person in a sentence about a cause.
    roles: str
    teams: str
    pronouns: str
    # Between a subject and its verb: "c'est Bob qui a…", "Bob simply forgot".
    link: str
    # Blame verbs after a person. "strong" ones are blame whoever the subject is, so
    # they may follow any capitalised word; "weak" ones ("missed", "n'a pas vérifié")
    # need a subject known to be a person, since "the alert missed the spike" is not.
    strong_after: str
    weak_after: str
    # Right before a person: "because of", "à cause de", "was forgotten by".
    cause_before: str
    # Only after a person or team (never a tool): a negated duty with any verb ("Ana
    # didn't pick up the page"), a verdict on trust ("the ops team can't be trusted"),
    # and any past act, when the clause before says it is the cause ("because Ana…").
    duty_after: str
    judged_after: str
    acted_after: str
    causal_before: str
    # A person or team as the agent of any act in a text that states a cause: the act
    # verb ("pasted", "a supprimé"), the verbs at that place that report, credit, lack
    # or comply ("explained", "a détecté", "had no"), the passive with a person as
    # agent ("was selected by", "a été déployé par"), and what clears it: a systemic
    # explanation ("because the script defaulted to prod") or compliance ("as the
    # runbook instructed").
    act_after: str
    # Acts only people do ("thought", "clicked", "a cru"): they make an unknown
    # capitalised word a person ("Aurélien a cru que la file était vide").
    human_act: str
    not_act: str
    passive_before: str
    systemic: str
    complied: str
    # A lesson aimed at a person's behaviour ("needs to slow down", "ne doivent plus
    # toucher"), unless the person is given an action to build ("doit ajouter l'alerte").
    obligation_after: str  # its last group, "verb", is the verb the person is asked to do
    not_obligation: str  # verbs that build something: matched at the start of "verb"
    # Blame by consequence ("thanks to Ahmed we lost 3h"), by character ("is always
    # like this") and by sarcasm ("Brilliant.", "bravo le génie", 🙃).
    thanks_to: str
    loss: str
    character_after: str
    sarcasm: str
    human_error: str
    judgement: str
    timeline_judgement: str
    counterfactual: str
    cognitive: str
    if_only: str
    who_hunting: str
    vague_strong: str
    # Aimed at people's behaviour whatever mechanism is named next to it: "remind
    # everyone to read the runbook" still only asks people to remember.
    vague_always: str
    vague_weak: str
    concrete: str
    measurable: str
