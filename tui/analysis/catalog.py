"""The catalog of known shows, characters and people, and the one automaton that finds them in text."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import NamedTuple

import ahocorasick

from tui.analysis.names import name_keys


@dataclass(frozen=True)
class ShowEntry:
    """A show with its alternative titles."""

    name: str
    aliases: tuple[str, ...] = ()
    network: str | None = None


@dataclass(frozen=True)
class CharacterEntry:
    """A fictional character, the show it belongs to and who plays it."""

    name: str
    show: str | None = None
    aliases: tuple[str, ...] = ()
    actor: str | None = None


@dataclass(frozen=True)
class PersonEntry:
    """A real person behind or in front of the camera."""

    name: str
    roles: tuple[str, ...] = ()


class Entity(NamedTuple):
    """What a surface string in the text may refer to."""

    kind: str
    name: str


class NameHit(NamedTuple):
    """A word-bounded match of a known surface string."""

    start: int
    end: int
    surface: str
    entities: tuple[Entity, ...]


def _union(first: Iterable[str], second: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*first, *second]))


def without_accents(text: str) -> str:
    """ "Férel" → "Ferel": letters without their combining marks (other characters kept)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class NameMatcher:
    """An Aho-Corasick automaton over surface strings, matched case-sensitively and word-bounded."""

    def __init__(self, surfaces: dict[str, set[Entity]]) -> None:
        self._automaton = ahocorasick.Automaton()
        self.size = 0
        for surface, entities in surfaces.items():
            if len(surface) < 2:
                continue
            self._automaton.add_word(surface, (surface, tuple(sorted(entities))))
            self.size += 1
        if self.size:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[NameHit]:
        """Leftmost-longest, non-overlapping, word-bounded matches."""
        if not self.size or not text:
            return []
        hits: list[NameHit] = []
        n = len(text)
        for end_index, (surface, entities) in self._automaton.iter(text):
            start = end_index - len(surface) + 1
            end = end_index + 1
            if start > 0 and is_word_char(text[start - 1]):
                continue
            if end < n and is_word_char(text[end]):
                continue
            hits.append(NameHit(start, end, surface, entities))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        chosen: list[NameHit] = []
        last_end = -1
        for hit in hits:
            if hit.start >= last_end:
                chosen.append(hit)
                last_end = hit.end
        return chosen


@dataclass(frozen=True)
class Catalog:
    """Known shows, characters and people; immutable, so its compiled matcher is cached on it."""

    shows: tuple[ShowEntry, ...] = ()
    characters: tuple[CharacterEntry, ...] = ()
    people: tuple[PersonEntry, ...] = ()
    _cache: dict = field(default_factory=dict, compare=False, repr=False, hash=False)

    def merged(self, other: Catalog) -> Catalog:
        """A catalog with both sets of entries; `other` wins on conflicts and aliases are unioned."""
        shows: dict[str, ShowEntry] = {s.name: s for s in self.shows}
        for s in other.shows:
            old = shows.get(s.name)
            if old:
                s = ShowEntry(s.name, _union(old.aliases, s.aliases), s.network or old.network)
            shows[s.name] = s
        chars: dict[tuple[str, str | None], CharacterEntry] = {(c.name, c.show): c for c in self.characters}
        for c in other.characters:
            key = (c.name, c.show)
            if key not in chars and c.show is None:
                # A show-less entry about a character we already place on a show updates that entry.
                key = next((k for k in chars if k[0] == c.name), key)
            old = chars.get(key)
            if old:
                c = CharacterEntry(
                    c.name, c.show or old.show, _union(old.aliases, c.aliases), c.actor or old.actor
                )
            chars[key] = c
        people: dict[str, PersonEntry] = {p.name: p for p in self.people}
        for p in other.people:
            old = people.get(p.name)
            if old:
                p = PersonEntry(p.name, _union(old.roles, p.roles))
            people[p.name] = p
        return Catalog(tuple(shows.values()), tuple(chars.values()), tuple(people.values()))

    @property
    def index(self) -> CatalogIndex:
        """The compiled matcher and lookup tables, built on first use."""
        built = self._cache.get("index")
        if built is None:
            built = CatalogIndex(self)
            self._cache["index"] = built
        return built


class CatalogIndex:
    """Lookup tables and the automaton derived from one catalog."""

    def __init__(self, catalog: Catalog) -> None:
        self.shows: dict[str, ShowEntry] = {s.name: s for s in catalog.shows}
        # Every title or alias of a show, to its canonical name.
        self.show_titles: dict[str, str] = {}
        for s in catalog.shows:
            for surface in (*s.aliases, s.name):
                self.show_titles[surface] = s.name
        # Canonical titles by their first word, to find the one a short form starts ("Only Murders").
        self.titles_by_first_word: dict[str, list[str]] = {}
        for s in catalog.shows:
            self.titles_by_first_word.setdefault(s.name.split(" ", 1)[0], []).append(s.name)
        # A character on several shows has one home: the show named after it, else its first entry.
        self.characters: dict[str, CharacterEntry] = {}
        self.show_characters: dict[str, list[CharacterEntry]] = {}
        for c in catalog.characters:
            old = self.characters.get(c.name)
            if old is None or (c.show == c.name and old.show != old.name):
                self.characters[c.name] = c
            if c.show:
                self.show_characters.setdefault(c.show, []).append(c)
        self._name_parts: dict[str, dict[str, tuple[str, ...]]] = {}
        self.people: dict[str, PersonEntry] = {p.name: p for p in catalog.people}
        for c in catalog.characters:
            if c.actor and c.actor not in self.people:
                self.people[c.actor] = PersonEntry(c.actor, ("actor",))
        # The last two words of people named in three or more ("Van Zandt" of Steven Van Zandt).
        self.people_by_tail: dict[str, list[str]] = {}
        for name in self.people:
            words = name.split(" ")
            if len(words) >= 3:
                self.people_by_tail.setdefault(" ".join(words[-2:]), []).append(name)
        # Roles of actors: which characters each plays.
        self.roles_by_actor: dict[str, list[CharacterEntry]] = {}
        for c in catalog.characters:
            if c.actor:
                self.roles_by_actor.setdefault(c.actor, []).append(c)
        surfaces: dict[str, set[Entity]] = {}
        for s in catalog.shows:
            for surface in (s.name, *s.aliases):
                surfaces.setdefault(surface, set()).add(Entity("show", s.name))
        for c in catalog.characters:
            for surface in (c.name, *c.aliases):
                surfaces.setdefault(surface, set()).add(Entity("character", c.name))
        for name in self.people:
            surfaces.setdefault(name, set()).add(Entity("person", name))
        # Writers often drop accents ("Benjamin Ferel" for Benjamin Férel): the plain form names them too.
        for surface, entities in list(surfaces.items()):
            if not surface.isascii():
                surfaces.setdefault(without_accents(surface), entities)
        self.matcher = NameMatcher(surfaces)

    def character_name_parts(self, show: str) -> dict[str, tuple[str, ...]]:
        """First names and surnames of the show's characters named in full, to the full names (cached)."""
        parts = self._name_parts.get(show)
        if parts is None:
            grouped: dict[str, list[str]] = {}
            for entry in self.show_characters.get(show, ()):
                for key in name_keys(entry.name):
                    grouped.setdefault(key, []).append(entry.name)
            parts = self._name_parts[show] = {k: tuple(dict.fromkeys(v)) for k, v in grouped.items()}
        return parts


def catalog_from_json(data: dict) -> Catalog:
    """Build a catalog from the bundled JSON shape (shows carry their characters)."""
    shows: list[ShowEntry] = []
    characters: list[CharacterEntry] = []
    for item in data.get("shows", ()):
        name = item["name"]
        shows.append(ShowEntry(name, tuple(item.get("aliases", ())), item.get("network")))
        for char_name, actor, aliases in item.get("characters", ()):
            characters.append(CharacterEntry(char_name, name, tuple(aliases), actor))
    people = [PersonEntry(p["name"], tuple(p.get("roles", ()))) for p in data.get("people", ())]
    return Catalog(tuple(shows), tuple(characters), tuple(people))


@cache
def load_starter_catalog() -> Catalog:
    """The bundled starter catalog (read once per process)."""
    text = resources.files("tui.analysis").joinpath("data/catalog.json").read_text(encoding="utf-8")
    return catalog_from_json(json.loads(text))
