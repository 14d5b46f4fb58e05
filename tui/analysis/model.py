"""Result records of one article's analysis; frozen so they cross layers safely."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """One resolved reference to an entity: kind is "show", "character" or "person"."""

    kind: str
    name: str
    start: int
    end: int


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation: kind is "block", "inline" or "interview"; offsets are into the document text."""

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_kind: str | None
    kind: str
    confidence: float
    children: tuple[QuoteSpan, ...] = ()

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "confidence": round(self.confidence, 3),
            "children": [child.to_json() for child in self.children],
        }


@dataclass(frozen=True)
class CharacterFinding:
    """A character the article mentions, with what the catalog or the article says about it."""

    name: str
    show: str | None
    actor: str | None
    aliases: tuple[str, ...]
    mentions: int


@dataclass(frozen=True)
class PersonFinding:
    """A real person the article mentions, with the roles it gives them."""

    name: str
    roles: tuple[str, ...]
    mentions: int


@dataclass(frozen=True)
class Relation:
    """A weighted link between two characters; `a` sorts before `b`."""

    a: str
    b: str
    weight: float


@dataclass(frozen=True)
class LearnedFact:
    """Something the article teaches the catalog.

    kind "show": name is a show. kind "character": value is the actor (or None), show the show.
    kind "person": value is a role (or None).
    """

    kind: str
    name: str
    value: str | None
    show: str | None


@dataclass(frozen=True)
class ArticleAnalysis:
    """Everything analysis finds in one article."""

    shows: tuple[str, ...] = ()
    main_show: str | None = None
    characters: tuple[CharacterFinding, ...] = ()
    people: tuple[PersonFinding, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[QuoteSpan, ...] = ()
    relations: tuple[Relation, ...] = ()
    learned: tuple[LearnedFact, ...] = ()

    def to_json(self) -> dict:
        return {
            "shows": list(self.shows),
            "main_show": self.main_show,
            "characters": [
                {"name": c.name, "actor": c.actor, "aliases": list(c.aliases), "mentions": c.mentions}
                for c in self.characters
            ],
            "people": [{"name": p.name, "roles": list(p.roles)} for p in self.people],
            "quotes": [q.to_json() for q in self.quotes],
            "relations": [{"a": r.a, "b": r.b, "weight": r.weight} for r in self.relations],
        }
