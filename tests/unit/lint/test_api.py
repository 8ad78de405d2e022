"""The public API: languages, kinds, spans and messages."""

from __future__ import annotations

import pytest

from domain.errors import InvalidInputError
from domain.lint import Finding, detect_language, is_blame, is_vague, lint


def test_english_and_french_are_detected() -> None:
    assert detect_language("Bob forgot to check the migration.") == "en"
    assert detect_language("Lisa a oublié de vérifier la config.") == "fr"


def test_franglais_with_french_grammar_is_french() -> None:
    assert detect_language("On a push le hotfix en prod sans review") == "fr"
    assert detect_language("Le dev a skip les tests") == "fr"


def test_a_text_without_grammar_words_is_decided_by_lingua() -> None:
    assert detect_language("Deploy checkout-api rollback") == "en"


def test_findings_point_at_the_words_with_offsets_into_the_original_text() -> None:
    text = "Après le déploiement, l’ops de garde a oublié de vérifier."
    [finding] = lint(text)
    assert text[finding.start : finding.end] == "l’ops de garde a oublié"


def test_messages_and_suggestions_are_in_the_text_language() -> None:
    [english] = lint("Bob forgot to check.")
    [french] = lint("Bob a oublié de vérifier.")
    assert english.suggestion.startswith("Which part of our system")
    assert french.suggestion.startswith("Qu'est-ce qui, dans notre système")


def test_a_given_language_chooses_the_messages() -> None:
    [finding] = lint("Bob forgot to check.", language="fr")
    assert finding.message.startswith("Une personne")


def test_an_unknown_kind_is_refused_clearly() -> None:
    with pytest.raises(InvalidInputError, match="Unknown kind 'summary'"):
        lint("text", "summary")


def test_an_unknown_language_is_refused_clearly() -> None:
    with pytest.raises(InvalidInputError, match="Unknown language 'de'"):
        lint("text", language="de")


def test_the_helpers_tell_blame_from_vague() -> None:
    blame = Finding("person_as_cause", 0, 3, "m", "s")
    vague = Finding("vague_action", 0, 3, "m", "s")
    assert is_blame([blame])
    assert not is_blame([vague])
    assert is_vague([vague])
    assert not is_vague([blame])


def test_an_empty_text_has_no_finding() -> None:
    assert lint("") == []
    assert lint("   ", "timeline") == []
