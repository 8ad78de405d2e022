"""Blame worded in many ways, and blameless text that mentions people, one sentence
per case. All are written for these tests; none is copied from the labelled corpus."""

from __future__ import annotations

import pytest

from domain.lint import lint

BLAME = [
    ("Thanks to Oksana, checkout was down for two hours.", "review_note"),
    ("Grâce à Maxence, deux heures de panne sur le paiement.", "review_note"),
    ("Kenta's change cost us a full day of data.", "root_cause"),
    ("Had Priyanka waited for the canary, nothing would have broken.", "review_note"),
    ("If Tomasz had read the diff, we would not be here.", "review_note"),
    ("Si Gaëlle avait relu la PR, on n'en serait pas là.", "review_note"),
    ("Il aurait suffi que Baptiste lise le plan Terraform.", "root_cause"),
    ("Who on earth merged this on a Friday?", "review_note"),
    ("Qui a eu l'idée géniale de redémarrer le primaire ?", "review_note"),
    ("We need to find out who pushed the bad image.", "review_note"),
    ("Faut savoir qui a touché au DNS hier soir.", "review_note"),
    ("The platform team broke staging again.", "root_cause"),
    ("L'équipe data a encore tout cassé.", "root_cause"),
    ("The infra guys never test their Terraform.", "review_note"),
    ("Root cause: human error. Moving on.", "root_cause"),
    ("Cause racine : erreur humaine, rien à ajouter.", "root_cause"),
    ("Typo by an engineer, nothing more to say.", "root_cause"),
    ("14:05 the deploy was rushed out before the freeze.", "timeline"),
    ("14h05 le déploiement est fait à l'arrache avant le gel.", "timeline"),
    ("14:10 naturally, no one checked the replication lag.", "timeline"),
    ("14h10 évidemment personne ne regarde le lag.", "timeline"),
    ("The engineer on call should have escalated earlier.", "review_note"),
    ("L'astreinte aurait dû escalader plus tôt.", "review_note"),
    ("Honestly, Ruairí is just not cut out for on-call.", "review_note"),
    ("Kwame doesn't have a clue about Kafka.", "review_note"),
    ("Solène n'a aucune idée de comment marche Kafka.", "review_note"),
    ("Lesson: never give Dorota prod access again.", "lesson"),
    ("Leçon : ne plus jamais donner les droits prod à Ludivine.", "lesson"),
]

BLAMELESS = [
    (
        "Nobody is to blame for this one; the config loader silently ignored the bad key.",
        "review_note",
    ),
    ("Personne n'est à blâmer : le loader de config ignore silencieusement la clé.", "review_note"),
    ("Ce n'est la faute de personne, le quota était mal dimensionné.", "root_cause"),
    ("14:02 Sven ran the migration on prod-db-1 (the runbook listed prod as target).", "timeline"),
    ("14h02 Noémie lance la migration sur prod-db-1 (cible indiquée par le runbook).", "timeline"),
    (
        "Why did Ingeborg restart the primary? Because the runbook step 4 says so for this alert.",
        "root_cause",
    ),
    (
        "Pourquoi Anselme a-t-il relancé le job ? Parce que l'outil de reprise renvoyait une 500.",
        "root_cause",
    ),
    ("The alert should have paged earlier; its threshold was 99%.", "root_cause"),
    ("Le script aurait dû refuser la cible prod.", "root_cause"),
    ("Kudos to Aoife for the fast rollback.", "review_note"),
    ("Bravo à Clémence pour la détection en 3 minutes.", "review_note"),
    ("Owner: Rafał, due 12/03: add a lock on the migration runner.", "review_note"),
    ("Hamid explained he picked the wrong context because both were named 'prod'.", "review_note"),
    ("I ran the script on prod by mistake; the CLI did not ask for confirmation.", "review_note"),
    ("J'ai lancé le script sur la prod par erreur ; la CLI n'a rien demandé.", "review_note"),
    ("Lesson: Dorota now has a staging sandbox with the same data shape.", "lesson"),
    ("The migration was written by Olek in 2021 and has no dry-run mode.", "root_cause"),
    (
        "Root cause: the purge CLI accepts a cluster name as free text; Olga typed 'prod' as the runbook example showed.",
        "root_cause",
    ),
    (
        "Arnaud followed step 3 of the failover runbook, which points to the old primary.",
        "root_cause",
    ),
    (
        "Amara deployed 4.2 at 15:00 through the usual pipeline; the pipeline skipped the smoke tests for hotfix branches.",
        "root_cause",
    ),
    (
        "Le déploiement de Basile est passé par le pipeline habituel, qui saute les smoke tests sur les branches hotfix.",
        "root_cause",
    ),
    ("Contributing factor: Joaquim was covering two rotations that week.", "root_cause"),
    ("Facteur contributif : Apolline couvrait deux astreintes cette semaine-là.", "root_cause"),
    ("Yetunde restarted the pods, which cleared the symptom but not the leak.", "root_cause"),
    (
        "Why 2: Bartek ran the cleanup at 14:00. Why 3: the cleanup job has no environment guard.",
        "root_cause",
    ),
    (
        "Emeka asked in #infra whether the LB change was safe; nobody owned the LB config.",
        "review_note",
    ),
    (
        "Lesson: when Farida paged the DB team early, we saved an hour. Page DB owners automatically.",
        "lesson",
    ),
    (
        "Lesson learned: Dmitri's runbook made the failover a 5-minute job; every service gets one.",
        "lesson",
    ),
    (
        "Leçon : le runbook écrit par Corentin a rendu la bascule triviale, on le généralise.",
        "lesson",
    ),
    (
        "Mitigation was fast because Ilse recognised the pattern from the March incident.",
        "root_cause",
    ),
    (
        "The schema change was merged by Rohan after two approvals; CI had no migration check.",
        "root_cause",
    ),
    (
        "La PR a été mergée par Aurore après deux approbations ; la CI ne vérifie pas les migrations.",
        "root_cause",
    ),
    ("15:10 Lukas rolled back to 3.8.1; errors dropped within 2 minutes.", "timeline"),
    ("15h10 Clotilde coupe le consumer et purge la file.", "timeline"),
    ("15:12 the SRE on call silenced the alert to stop the noise while investigating.", "timeline"),
    ("Sigrid paged the wrong team because the service catalog listed an old owner.", "root_cause"),
    ("Sigrid a pagé la mauvaise équipe car le catalogue listait un ancien owner.", "root_cause"),
    (
        "The incident commander decided to fail over at 02:10 after the replica caught up.",
        "root_cause",
    ),
    ("Kofi will pair with Aiko to add the lint rule; due end of sprint.", "review_note"),
    ("We thank Moana for writing the timeline so carefully.", "review_note"),
    ("No one here is at fault; the alert went to an archived channel.", "review_note"),
    ("Hiroshi was the one who spotted the drift first.", "review_note"),
    (
        "Yes, Ama ran the command. The question is why the command can run against prod without a second key.",
        "review_note",
    ),
    (
        "Oui, c'est Maël qui a lancé la commande. La vraie question : pourquoi la commande tourne sur la prod sans double validation ?",
        "review_note",
    ),
]


@pytest.mark.parametrize(("text", "kind"), BLAME)
def test_blame_is_found(text: str, kind: str) -> None:
    assert lint(text, kind), text


@pytest.mark.parametrize(("text", "kind"), BLAMELESS)
def test_blameless_text_is_left_alone(text: str, kind: str) -> None:
    assert lint(text, kind) == [], text
