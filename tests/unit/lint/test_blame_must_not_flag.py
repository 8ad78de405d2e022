"""What the blame linter must leave alone: facts, thanks, owners, questioned labels."""

from __future__ import annotations

from tests.unit.lint.helpers import rules


def test_a_factual_mention_of_a_person_in_a_timeline_is_not_blame() -> None:
    assert rules("14:50 Lisa detected the error spike and escalated", "timeline") == set()
    assert rules("15h02 Karim a lancé le rollback.", "timeline") == set()


def test_thanks_are_not_blame() -> None:
    assert rules("Merci Lisa d'avoir détecté et escaladé rapidement.", "lesson") == set()
    assert rules("Kudos to Bob for catching the spike.", "lesson") == set()


def test_a_person_as_owner_of_an_action_is_not_blame() -> None:
    assert rules("Karim will add the alert by Friday.", "review_note") == set()
    assert rules("Owner : Amina, échéance 14/06.", "review_note") == set()


def test_human_error_that_is_questioned_is_not_blame() -> None:
    assert rules("We did not stop at 'human error'.", "lesson") == set()
    assert rules("« Erreur humaine » n'est pas une cause racine.", "lesson") == set()
    assert rules("The human error was made possible by a console without confirmation.") == set()


def test_a_counterfactual_about_the_system_is_not_blame() -> None:
    assert rules("The pipeline should have blocked the deploy.") == set()
    assert rules("L'alerte aurait dû se déclencher à 80 %.") == set()
    assert (
        rules("If the deploy tool had required a second approver, it would have stopped.") == set()
    )


def test_a_tool_that_failed_is_not_a_person() -> None:
    assert rules("Kubernetes failed to schedule the pod.") == set()
    assert rules("Le pipeline n'a pas vérifié le schéma.") == set()


def test_a_relative_who_is_not_who_hunting() -> None:
    assert rules("Lisa, who detected the spike, escalated at 14:50.", "timeline") == set()


def test_a_factual_question_about_ownership_is_not_who_hunting() -> None:
    text = "Wei asked who owned the payments-worker service; the catalog had no owner."
    assert rules(text, "review_note") == set()


def test_a_systemic_statement_is_not_blame() -> None:
    assert rules("Our deploy process does not force a pre-prod review.") == set()
    assert rules("Aucune alerte sur l'espace disque des bases.") == set()


def test_a_person_named_beside_a_systemic_cause_is_not_blame() -> None:
    assert rules("The on-call had no runbook for this alert.") == set()


def test_negated_fault_is_not_blame() -> None:
    assert rules("Nobody was negligent here: the runbook was wrong.", "review_note") == set()


def test_crediting_with_c_est_x_qui_is_not_blame() -> None:
    assert rules("C'est Lisa qui a détecté le pic d'erreurs.", "lesson") == set()
