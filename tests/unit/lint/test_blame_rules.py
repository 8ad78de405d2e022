"""One test per blame rule, in English, French and franglais."""

from __future__ import annotations

from tests.unit.lint.helpers import rules, spans


def test_a_named_person_who_forgot_is_a_person_as_cause() -> None:
    assert spans("Bob forgot to check the migration.") == ["Bob forgot"]


def test_a_french_name_followed_by_a_oublie_is_a_person_as_cause() -> None:
    assert rules("Lisa a oublié de vérifier la config.") == {"person_as_cause"}


def test_c_est_bob_qui_a_merde_is_a_person_as_cause() -> None:
    assert rules("C'est Bob qui a merdé.") == {"person_as_cause"}


def test_a_role_noun_is_found_as_a_person() -> None:
    assert rules("The intern did not check the target cluster.") == {"person_as_cause"}
    assert rules("L'ops de garde n'a pas vérifié les logs.") == {"person_as_cause"}
    assert rules("Le stagiaire a encore tout cassé.") == {"person_as_cause"}


def test_a_known_person_makes_a_weak_verb_blame() -> None:
    assert rules("karim did not check the logs", people=["karim"]) == {"person_as_cause"}


def test_a_possessive_mistake_is_a_person_as_cause() -> None:
    assert rules("It was Bob's mistake.") == {"person_as_cause"}


def test_the_passive_voice_with_by_a_person_is_found() -> None:
    assert rules("The migration was forgotten by Bob.") == {"person_as_cause"}
    assert rules("Le test a été oublié par le stagiaire.") == {"person_as_cause"}


def test_franglais_verbs_after_a_name_are_found() -> None:
    assert rules("Bob a skip les tests avant le deploy.") == {"person_as_cause"}


def test_typos_and_missing_accents_are_tolerated() -> None:
    assert rules("Bob forgott to run the script") == {"person_as_cause"}
    assert rules("Lisa a oublie de relancer le job") == {"person_as_cause"}


def test_human_error_as_the_explanation_is_flagged_in_both_languages() -> None:
    assert rules("Root cause: human error.") == {"human_error"}
    assert rules("Cause racine : erreur humaine.") == {"human_error"}
    assert rules("C'est une faute humaine, on passe aux actions ?") == {"human_error"}


def test_judgement_words_are_flagged() -> None:
    assert "judgement_word" in rules("A sloppy, careless config change.")
    assert "judgement_word" in rules("Une modification négligente, incompétente.")
    assert "judgement_word" in rules("Il a paniqué et a tout redémarré.")


def test_counterfactual_about_a_person_is_flagged() -> None:
    assert rules("He should have known better.") == {"counterfactual_blame"}
    assert rules("Karim aurait dû vérifier avant de merger.") == {"counterfactual_blame"}
    assert rules("If only Diego had read the runbook.") == {"counterfactual_blame"}


def test_who_hunting_is_flagged_in_both_languages() -> None:
    assert rules("Who did this?", "review_note") == {"who_hunting"}
    assert rules("C'est qui qui a fait ça ?", "review_note") == {"who_hunting"}
    assert rules("We need to find out who disabled the alert.", "review_note") == {"who_hunting"}


def test_a_team_presented_as_culprit_is_flagged() -> None:
    assert rules("The DBA team screwed up.") == {"team_as_culprit"}
    assert rules("L'équipe infra a encore tout cassé.") == {"team_as_culprit"}


def test_the_timeline_flags_judgement_adverbs_without_a_culprit() -> None:
    assert rules("14:52 the database was stupidly restarted", "timeline") == {"timeline_judgement"}
    assert rules("14h52 la base est bêtement redémarrée", "timeline") == {"timeline_judgement"}


def test_the_same_adverbs_pass_outside_the_timeline() -> None:
    assert rules("The database was restarted too late.", "root_cause") == set()
