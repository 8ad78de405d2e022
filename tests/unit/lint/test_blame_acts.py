"""A person or team as the agent of what went wrong, whatever the verb, and the
shapes that clear it. Every sentence here is new: none is copied from the labelled
corpus."""

from __future__ import annotations

from domain.lint import lint
from domain.lint.model import model
from tests.unit.lint.helpers import rule_hits, rules


def test_a_person_as_the_subject_of_an_ordinary_act_in_a_root_cause_is_blame() -> None:
    assert rules("The outage started when Kofi truncated the sessions table.") == {
        "person_as_cause"
    }
    assert rules("Root cause: the contractor swapped the two DNS records.") == {"person_as_cause"}
    assert rules("Cause : Mathilde a désactivé le job de purge vendredi soir.") == {
        "person_as_cause"
    }
    assert rules("Cause racine : le presta a relancé l'import sur la prod.") == {"person_as_cause"}


def test_the_same_act_in_a_timeline_is_a_fact() -> None:
    assert rules("11:02 Kofi truncated the sessions table.", "timeline") == set()
    assert rules("11h02 Mathilde a désactivé le job de purge.", "timeline") == set()


def test_acts_that_report_credit_or_lack_are_not_blame() -> None:
    assert rules("Kofi explained what he saw on the dashboard.", "review_note") == set()
    assert rules("Mathilde a détecté la dérive en dix minutes.", "review_note") == set()
    assert rules("The on-call had no runbook for a full disk.") == set()


def test_a_systemic_explanation_or_compliance_clears_the_act() -> None:
    assert rules("Kofi truncated the table because the cleanup script defaulted to prod.") == set()
    assert rules("Mathilde a désactivé le job car l'outil ne demande aucune confirmation.") == set()
    assert rules("Kofi ran the purge on prod as the runbook instructed.") == set()
    assert rules("Mathilde a lancé la purge comme le runbook le demandait.") == set()


def test_a_because_clause_about_the_person_does_not_clear_it() -> None:
    assert rules("Kofi truncated the table because he thought it was staging.") == {
        "person_as_cause"
    }


def test_the_passive_with_a_person_as_agent_is_blame_in_a_root_cause() -> None:
    assert rules("The firewall rule was removed by the new hire.") == {"person_as_cause"}
    assert rules("La règle de pare-feu a été supprimée par le stagiaire.") == {"person_as_cause"}
    assert rules("The regression was caught by the intern before release.") == set()
    assert rules("14:10 rollback started by Kofi", "timeline") == set()


def test_a_lesson_aimed_at_a_person_is_blame_an_action_given_to_them_is_not() -> None:
    assert rules("Lesson: Kofi has to stop approving his own PRs.", "lesson") == {"person_as_cause"}
    assert rules("Leçon : les stagiaires ne doivent plus toucher aux DNS.", "lesson") == {
        "person_as_cause"
    }
    assert rules("Kofi needs to add the alert by Friday.", "lesson") == set()
    assert rules("Mathilde doit ajouter le test d'ici la fin du sprint.", "review_note") == set()
    assert rules("The on-call should be paged when lag passes 30 s.", "lesson") == set()


def test_blame_by_consequence_and_by_character() -> None:
    assert rules("Thanks to Kofi we lost a whole night of orders.", "review_note") == {
        "person_as_cause"
    }
    assert rules("Thanks to Kofi the rollback took four minutes.", "review_note") == set()
    assert rules("Honestly Kofi is always like this.", "review_note") == {"judgement_word"}


def test_sarcasm_with_a_marker_is_blame() -> None:
    assert rules("Someone set the TTL to 0. Brilliant.", "review_note") >= {"sarcasm"}
    assert rules("Which genius disabled the healthcheck?", "review_note") == {"sarcasm"}
    assert rules("Quel génie a mis le TTL à 0 ?", "review_note") == {"sarcasm"}
    assert rules("Le cache purgé en pleine soldes 🙃", "review_note") == {"sarcasm"}
    assert rules("Merci à l'équipe réseau pour la bascule 👏", "review_note") == set()


def test_timeline_judgement_without_a_culprit() -> None:
    assert rules("09:12 the page is, predictably, ignored for 20 minutes", "timeline")
    assert rules("09h12 l'astreinte décroche enfin, 25 min après le page", "timeline")


def test_words_quoted_in_order_to_reframe_them_are_not_blame() -> None:
    text = "The draft said 'the admin was sloppy'; the review showed the form accepts any path."
    assert rules(text, "review_note") == set()
    assert rules("The admin was sloppy.", "review_note") != set()


def test_the_text_model_has_the_last_say_on_a_rule_it_finds_very_unlikely() -> None:
    # "No single person could have…" sets blame aside; the counterfactual rule fires on
    # its words, the model reads the whole sentence and overrules it.
    text = "Lesson: no single person could have spotted a stale cache; the system has to flag it."
    assert rule_hits(text, "lesson") == {"counterfactual_blame"}
    assert model("blame").probability(text, "lesson") < model("blame").with_rules
    assert rules(text, "lesson") == set()


def test_a_why_answered_with_a_person_keeps_the_rules_finding() -> None:
    # The model reads most 5 Whys as analysis; one that ends on a person ends in a verdict.
    text = (
        "Why did the snapshot job run during compaction? "
        "Because Dariush moved the cron to 02:00 without asking anyone."
    )
    assert rules(text) != set()
    assert rules("Pourquoi l'ops de garde n'a pas acquitté l'alerte ?", "review_note") != set()


def test_the_text_model_flags_blame_that_no_rule_words() -> None:
    for text in (
        "Honestly, Delphine and prod configs are not a good mix.",
        "Anyone surprised it was Ignacio again?",
        "Ignacio, encore lui, a relancé le batch en prod.",
    ):
        findings = lint(text, "review_note")
        assert [f.rule for f in findings] == ["reads_as_blame"], text
        assert text[findings[0].start : findings[0].end].strip() == text.strip()


def test_the_text_model_does_not_judge_a_text_that_names_no_one() -> None:
    assert lint("The root cause was a missing index on the orders table.") == []


def test_software_named_as_the_subject_is_a_thing_not_someone() -> None:
    for text in (
        "Redis ran out of memory at 02:10.",
        "Jenkins skipped the integration stage.",
        "Kafka a saturé la partition 3 pendant la promo.",
        "Le load balancer a retiré les trois nœuds du pool.",
    ):
        assert rules(text) == set(), text
    assert rules("The DBA team dropped the wrong table, again.") == {"team_as_culprit"}


def test_month_names_are_not_people() -> None:
    text = "Mitigation was fast because Ilse recognised the pattern from the March incident."
    assert rules(text) == set()
