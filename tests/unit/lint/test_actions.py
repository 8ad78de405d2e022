"""The action linter: vague wording versus a named mechanism, and completeness."""

from __future__ import annotations

from datetime import date

from domain.lint import lint, lint_action


def vague(text: str) -> bool:
    return any(f.rule == "vague_action" for f in lint(text, "action"))


def test_asking_people_to_be_more_vigilant_is_vague() -> None:
    assert vague("Be more vigilant during deploys.")
    assert vague("Être plus vigilants lors des mises en prod.")


def test_better_communication_is_vague_in_both_languages() -> None:
    assert vague("Improve communication between dev and ops.")
    assert vague("Mieux communiquer.")


def test_try_to_and_sensibiliser_are_vague() -> None:
    assert vague("Try to avoid Friday deploys.")
    assert vague("Sensibiliser l'équipe aux risques.")
    assert vague("Faire attention aux migrations.")


def test_a_mechanism_without_anything_specific_is_vague() -> None:
    assert vague("Update the runbook.")
    assert vague("Ajouter des tests.")


def test_a_named_mechanism_is_concrete() -> None:
    assert not vague("Add automatic disk-space alerting at 80% on every DB host.")
    assert not vague("Ajouter un check automatique au pipeline de checkout-api.")


def test_a_vague_opener_followed_by_a_mechanism_is_concrete() -> None:
    assert not vague("Improve monitoring: add an alert on inode usage > 90% on all build agents.")


def test_reminding_people_stays_vague_even_with_a_mechanism_named() -> None:
    assert vague("Rappeler à tout le monde de lire le runbook.")


def test_a_complete_action_has_no_completeness_finding() -> None:
    findings = lint_action(
        "Add an alert on 5xx rate > 2% for checkout-api.",
        owner="karim",
        due_date=date(2026, 4, 10),
        success_criterion="The alert fires in staging when the 5xx rate passes 2%.",
        check_completeness=True,
    )
    assert findings == []


def test_a_missing_owner_and_due_date_are_findings() -> None:
    findings = lint_action(
        "Add an alert on 5xx rate > 2%.", success_criterion="Fires at 2%.", check_completeness=True
    )
    assert {f.rule for f in findings} == {"missing_owner", "missing_due_date"}


def test_an_unmeasurable_criterion_is_a_finding() -> None:
    findings = lint_action(
        "Ajouter une alerte à 80 %.",
        owner="lisa",
        due_date="2026-04-10",
        success_criterion="L'équipe est plus vigilante.",
        check_completeness=True,
    )
    assert [f.rule for f in findings] == ["unmeasurable_criterion"]
    assert findings[0].message.startswith("Le critère")


def test_completeness_is_not_checked_unless_asked() -> None:
    assert lint_action("Add an alert on 5xx rate > 2% for checkout-api.") == []


def test_a_terse_mechanism_with_a_place_or_a_scope_is_concrete() -> None:
    assert not vague("Add a rollback checklist to the release template of the payments repo.")
    assert not vague("Checklist de rollback dans le template de release du repo paiements.")
    assert not vague("Alerte de saturation par cluster dans le dashboard de la plateforme.")
    assert not vague("Concurrency lock per environment in the deploy pipeline.")


def test_a_place_without_a_mechanism_or_a_bare_wiki_is_still_vague() -> None:
    assert vague("Improve things in the deploy pipeline.")
    assert vague("Update the runbook in the wiki.")
    assert vague("Mieux documenter dans le repo.")


def test_some_unspecified_mechanism_for_a_named_component_is_vague() -> None:
    assert vague("Add some alerts on Memcached.")
    assert vague("Écrire un runbook pour les pannes RabbitMQ.")
    assert not vague("Alert when Memcached evictions exceed 500/s for 5 min.")


def test_a_guard_that_refuses_while_a_condition_holds_is_concrete() -> None:
    assert not vague("The release bot refuses merges while the on-call channel has an open page.")
    assert not vague("Kill switch for the new search ranking on the ops dashboard.")


def test_a_vague_heading_before_a_colon_and_a_mechanism_is_concrete() -> None:
    assert not vague(
        "Be more careful with certs: cert-manager renews at 30 days left, alert at 14."
    )
    assert not vague(
        "Sensibiliser par l'outil : bandeau rouge dans la console quand on est en prod."
    )
    assert vague("Be more careful with certs: everyone double-checks expiry dates.")


def test_investigating_or_cleaning_up_without_a_deliverable_is_vague() -> None:
    assert vague("Investigate the 504s on the image proxy.")
    assert vague("Faire le ménage dans le repo Ansible.")
    assert not vague("Investigate the 504s on the image proxy and open a fix PR by 12/04.")


def test_documenting_needs_a_named_place() -> None:
    assert vague("Document the Redis failover.")
    assert not vague("Document the Redis failover in Confluence, space SRE, page 'Redis'.")
