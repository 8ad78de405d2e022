"""General blame mechanisms: a person or team as the agent of a fault, a verdict on
trust, a person named as the cause, and the reframings that are not blame. Every
sentence here is new: none is copied from the labelled corpus."""

from __future__ import annotations

from tests.unit.lint.helpers import rules


def test_a_person_as_subject_of_a_negated_duty_is_blame_whatever_the_verb() -> None:
    assert rules("Ngozi never answered the escalation call.") == {"person_as_cause"}
    assert rules("Le presta a pas acquitté l'alerte.") == {"person_as_cause"}


def test_a_negated_duty_with_a_tool_as_subject_or_a_lack_is_not_blame() -> None:
    assert rules("Kubernetes did not reschedule the pod.") == set()
    assert rules("The on-call did not get paged because the routing rule was wrong.") == set()
    assert rules("L'équipe DBA n'avait pas de runbook pour ce cas.") == set()
    assert rules("Karim n'a pas encore terminé la migration.", "review_note") == set()


def test_a_person_as_the_agent_in_a_because_clause_is_blame() -> None:
    assert rules("The incident happened because Tariq merged a half-reviewed patch.") == {
        "person_as_cause"
    }
    assert rules("L'incident est arrivé parce que Théo a lancé le script sur la prod.") == {
        "person_as_cause"
    }


def test_a_person_credited_in_a_because_clause_is_not_blame() -> None:
    assert rules("Because Lisa escalated quickly, the impact stayed short.", "lesson") == set()


def test_a_person_named_as_the_root_cause_is_blame() -> None:
    assert rules("Root cause: Marta.") == {"person_as_cause"}
    assert rules("La cause racine, c'est Inès.") == {"person_as_cause"}
    assert rules("Honestly, the outage is on Kenji.", "review_note") == {"person_as_cause"}
    assert rules("The root cause was a missing index on the orders table.") == set()


def test_a_why_not_question_about_a_person_is_blame() -> None:
    assert rules("Why didn't the on-call engineer acknowledge the alert?", "review_note")
    assert rules("Which developer was on call and why didn't he respond?", "review_note")
    assert rules("Quel dev a mergé ce patch ?", "review_note") == {"who_hunting"}


def test_a_five_whys_question_answered_with_the_system_is_not_blame() -> None:
    assert rules("Why did Sofia not see the alert? Because it went to a muted channel.") == set()
    assert (
        rules("Pourquoi Ana n'a pas relu la PR ? Parce que le template ne demandait rien.") == set()
    )
    assert rules("Why did Sofia not see the alert? Because she was careless.") != set()


def test_a_lesson_that_forbids_a_person_or_distrusts_a_team_is_blame() -> None:
    assert rules("Lesson: don't let the new hire touch prod unsupervised.", "lesson")
    assert rules("À retenir : plus jamais laisser l'alternant lancer les migrations.", "lesson")
    assert rules("We learned the support team cannot be relied on at weekends.", "lesson") == {
        "team_as_culprit"
    }
    assert rules("On a appris que l'équipe QA n'est pas fiable.", "lesson") == {"team_as_culprit"}


def test_a_counterfactual_on_a_named_person_inside_a_lesson_is_blame() -> None:
    assert rules("Ce qu'on retient : Moussa aurait dû prévenir l'équipe.", "lesson") == {
        "counterfactual_blame"
    }


def test_a_who_question_quoted_to_reframe_it_is_not_blame() -> None:
    assert rules("'Who broke prod?' came up; we reframed it as 'what let it through?'") == set()
    assert (
        rules(
            "On a entendu « qui a cassé la prod ? » ; on l'a reformulé en « qu'est-ce qui l'a permis ? »"
        )
        == set()
    )
    assert rules("Who broke prod?", "review_note") == {"who_hunting"}


def test_human_error_given_as_a_first_reaction_then_superseded_is_not_blame() -> None:
    text = "Operator error was the first reaction; the real root cause is a console without guard."
    assert rules(text) == set()
    assert (
        rules(
            "L'erreur humaine a été la première réponse ; la vraie cause est l'absence de dry-run."
        )
        == set()
    )
