"""Who is mentioned in a text: known people, role nouns, unknown first names, teams.

A mention is only a candidate: the blame rules decide whether what follows or
precedes it makes it a cause. Known people come from the incident (responders,
detector, facilitator, owners); unknown names are guessed from capitalisation and a
short list of common first names, since "Bob forgot" must be caught before anyone
registers Bob.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from domain.lint.lexicon import Lexicon
from domain.lint.names import is_first_name
from domain.lint.text import fold, words

MentionKind = Literal["known", "role", "first_name", "capitalised", "pronoun", "team"]

# "Capitalised" alone is weak evidence (Kubernetes, Postgres, Monday): such a word
# counts as a person only before a strong blame verb ("X forgot", "X a merdé").
_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\b")
_TITLED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|M|Mme|Mlle|Me|Pr)\.?\s+[A-ZÀ-Ý][\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]+)?"
)
_HANDLE = re.compile(r"(?<![\w.@])@[a-z][\w.-]*[a-z0-9]")
_NOT_NAMES = words(
    """the a an we our it this that they he she you i there then when after before le
    la les un une nous notre il elle ils elles on ce cette ces c quand puis apres
    avant mais et donc yesterday today hier aujourd monday tuesday wednesday
    thursday friday lundi mardi mercredi jeudi vendredi january february march april
    july august september october november december janvier fevrier mars avril mai
    juin juillet aout septembre octobre novembre decembre someone somebody quelqu
    nobody personne aucun everyone everybody chacun tout who qui what quoi why
    pourquoi how comment no not yes non oui pas all every each some any none where
    which because since also only once again during while chaque tous toutes
    depuis pendant ensuite car root cause lesson lecon action actions owner impact
    timeline why1 note"""
)

# Software and services people name like persons ("Jenkins skipped the stage", "Vault
# sealed itself"): a thing, not someone, wherever they stand.
_SOFTWARE_NAMES = words(
    """
    kafka redis postgres postgresql mysql mariadb mongo mongodb elasticsearch
    opensearch grafana prometheus alertmanager pagerduty opsgenie datadog sentry
    jenkins gitlab github circleci argo argocd terraform ansible helm kubernetes k8s
    docker nginx haproxy envoy istio traefik cloudflare akamai fastly aws gcp azure s3
    ec2 rds lambda dynamodb cloudfront vault consul etcd zookeeper rabbitmq celery
    sidekiq airflow spark snowflake bigquery clickhouse cassandra memcached varnish
    stripe twilio sendgrid okta keycloak ldap systemd pgbouncer patroni logstash
    fluentd loki ceph minio nfs npm maven gradle graphql grpc kong dependabot renovate
    spinnaker pulumi cloudformation heroku vercel firebase
    """
)
SOFTWARE = "|".join(sorted(_SOFTWARE_NAMES, key=len, reverse=True))


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: MentionKind


def mentions(
    text: str, folded: str, lexicons: Iterable[Lexicon], people: frozenset[str]
) -> list[Mention]:
    """Every candidate person or team in ``text``, leftmost first."""
    found: list[Mention] = []
    if any(people):
        found += _regex_mentions(_known_pattern(people), folded, "known")
    for lexicon in lexicons:
        found += _regex_mentions(_compiled(lexicon.roles), folded, "role")
        found += _regex_mentions(_compiled(lexicon.teams), folded, "team")
        found += _regex_mentions(_compiled(lexicon.pronouns), folded, "pronoun")
    # A title before a name ("Mr Ashdown", "Mme Vandenbroucke", "Dr Okafor") is a person.
    found += [Mention(m.start(), m.end(), "known") for m in _TITLED.finditer(text)]
    # Chat handles ("@wiktor", "@j.doe") are people.
    found += [Mention(m.start(), m.end(), "known") for m in _HANDLE.finditer(folded)]
    for match in _CAPITALISED.finditer(text):
        word = folded[match.start() : match.end()]
        if word in _NOT_NAMES or word in _SOFTWARE_NAMES or word in people:
            continue
        kind: MentionKind = "first_name" if is_first_name(word) else "capitalised"
        found.append(Mention(match.start(), match.end(), kind))
    return sorted(set(found), key=lambda m: (m.start, -m.end))


def is_person(mention: Mention) -> bool:
    return mention.kind in {"known", "role", "first_name", "pronoun"}


def _regex_mentions(pattern: re.Pattern[str], folded: str, kind: MentionKind) -> list[Mention]:
    return [Mention(m.start(), m.end(), kind) for m in pattern.finditer(folded)]


@lru_cache(maxsize=256)
def _compiled(source: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{source})\b")


@lru_cache(maxsize=256)
def _known_pattern(people: frozenset[str]) -> re.Pattern[str]:
    # Longest first so "Jean-Marc" wins over "Jean"; a handle like "lisa" or
    # "lisa.martin" also matches its first part as written in prose.
    names = {fold(p).strip() for p in people if p.strip()}
    names |= {n.split(".")[0] for n in names}
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def known_people(people: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(p).strip() for p in people if p.strip())
