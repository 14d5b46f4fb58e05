"""Facts an article teaches the catalog, and the catalog that accumulated facts build."""

from __future__ import annotations

from collections.abc import Iterable

from tui.analysis.catalog import Catalog, CatalogIndex, CharacterEntry, PersonEntry, ShowEntry
from tui.analysis.knowledge import ArticleKnowledge
from tui.analysis.model import LearnedFact


def learned_facts(known: ArticleKnowledge, index: CatalogIndex, main_show: str | None) -> list[LearnedFact]:
    """The article's explicit evidence as facts the store can accumulate."""
    facts = [LearnedFact("show", name, None, None) for name in known.shows]
    for char, actor in known.characters.items():
        # The catalog places a character first; the article's main show only when the catalog has none.
        entry = index.characters.get(char)
        facts.append(LearnedFact("character", char, actor, entry.show if entry else main_show))
    for person, roles in known.people.items():
        if person not in known.evidenced_people:
            continue
        for role in roles or [None]:
            facts.append(LearnedFact("person", person, role, None))
    return facts


def catalog_from_learned(facts: Iterable[tuple[LearnedFact, int]], min_evidence: int = 2) -> Catalog:
    """Catalog entries from accumulated facts and their evidence counts.

    A fact needs `min_evidence` articles, except a character with its actor (from "Character (Actor)"
    or "Actor as Character"), which is explicit enough on its own and also makes the actor a person.
    """
    totals: dict[LearnedFact, int] = {}
    for fact, count in facts:
        totals[fact] = totals.get(fact, 0) + count
    shows: dict[str, ShowEntry] = {}
    chars: dict[str, CharacterEntry] = {}
    people: dict[str, list[str]] = {}
    for fact, count in totals.items():
        strong = fact.kind == "character" and fact.value is not None
        if count < min_evidence and not strong:
            continue
        if fact.kind == "show":
            shows[fact.name] = ShowEntry(fact.name)
        elif fact.kind == "character":
            old = chars.get(fact.name)
            chars[fact.name] = CharacterEntry(
                fact.name,
                fact.show or (old.show if old else None),
                (),
                fact.value or (old.actor if old else None),
            )
            if fact.value:
                roles = people.setdefault(fact.value, [])
                if "actor" not in roles:
                    roles.append("actor")
        elif fact.kind == "person":
            roles = people.setdefault(fact.name, [])
            if fact.value and fact.value not in roles:
                roles.append(fact.value)
    return Catalog(
        tuple(shows.values()),
        tuple(chars.values()),
        tuple(PersonEntry(name, tuple(roles)) for name, roles in people.items()),
    )
