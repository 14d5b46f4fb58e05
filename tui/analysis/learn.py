"""What an article teaches: show titles, character-actor pairs, people and their roles."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tui.analysis.catalog import Catalog, CatalogIndex, CharacterEntry, PersonEntry, ShowEntry
from tui.analysis.model import LearnedFact
from tui.analysis.names import (
    FUNCTION_WORDS,
    GENERIC_CATEGORIES,
    HONORIFICS,
    ROLE_WORDS,
    SPEECH_VERBS,
    cut_at_possessive,
    gender_of,
    is_blocked_token,
    strip_possessive,
    words,
)
from tui.analysis.patterns import (
    ACTOR_AS_CHARACTER,
    BY_ROLES,
    CHARACTER_ACTOR,
    CHARACTER_DIES,
    CHARACTER_NOUN,
    CHARACTER_PLAYED_BY,
    FILM_CUE,
    KIN_NAME,
    NAME_WORD,
    PRONOUN_PLAYS,
    ROLE_AFTER,
    ROLE_BEFORE,
    ROLE_BY,
    SHOW_AFTER_CUE,
    SHOW_BEFORE_CUE,
    SPEAKER_AFTER,
    SPEAKER_BEFORE,
    SPLIT_NAMES,
    WEAK_AFTER_ROLES,
)


@dataclass
class ArticleKnowledge:
    """Names the article itself establishes, used alongside the catalog for this article."""

    shows: dict[str, str] = field(default_factory=dict)  # title -> evidence
    characters: dict[str, str | None] = field(default_factory=dict)  # name -> actor
    people: dict[str, list[str]] = field(default_factory=dict)  # name -> roles
    evidenced_people: set[str] = field(default_factory=set)
    text: str = ""
    # Shows the title and categories name (the likely main show), then every show the article names.
    primary_shows: tuple[str, ...] = ()
    context_shows: tuple[str, ...] = ()

    def add_person(self, name: str, role: str | None = None) -> None:
        roles = self.people.setdefault(name, [])
        if role and role not in roles:
            roles.append(role)


_NUMBER_WORD = (
    r"(?:\d{1,2}|[IVX]{1,4}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)"
)
# "Stranger Things 4", "Stranger Things Season 4", "Stranger Things: Part 2", "Andor, Volume 1".
_SEASON_SUFFIX = re.compile(
    rf"^(?P<base>.+?)(?:[:,]| [-–—])? (?:(?:[Ss]eason|[Ss]eries|[Vv]olume|[Vv]ol\.|[Pp]art|[Cc]hapter) "
    rf"{_NUMBER_WORD}|\d{{1,2}})$"
)


def canonical_show(title: str, index: CatalogIndex, known: ArticleKnowledge | None = None) -> str:
    """A show title without a trailing season or part number, when the bare title is known or also seen."""
    title = index.show_titles.get(title, title)
    m = _SEASON_SUFFIX.match(title)
    if not m:
        return title
    base = m.group("base")
    if base in index.show_titles:
        return index.show_titles[base]
    if known is not None and (
        base in known.shows or known.text.count(base) > known.text.count(title) or base in known.primary_shows
    ):
        return base
    return title


def _clean_title(title: str) -> str | None:
    tokens = title.rstrip(".:!,").split(" ")
    while tokens and tokens[0] in FUNCTION_WORDS and tokens[0] not in ("The", "A"):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower() in ("of", "the", "and", "in", "on", "a", "for", "to", "at", "with"):
        tokens = tokens[:-1]
    if not tokens or (len(tokens) == 1 and tokens[0] in ("The", "A")):
        return None
    if any(is_blocked_token(t) for t in tokens) or tokens[0] in ("Season", "Episode", "Seasons"):
        return None
    title = strip_possessive(" ".join(tokens))
    return title if len(title) >= 2 else None


def _clean_name(name: str) -> str | None:
    tokens = cut_at_possessive(name.split(" "))
    while tokens and (tokens[0] in FUNCTION_WORDS or tokens[0].rstrip(".") in HONORIFICS) and len(tokens) > 1:
        tokens = tokens[1:]
    if tokens and tokens[0] in FUNCTION_WORDS:
        return None
    if not tokens or any(is_blocked_token(t) or t in FUNCTION_WORDS for t in tokens):
        return None
    return " ".join(tokens)


def _clean_character(name: str, honorific: str | None) -> str | None:
    """A character's name; a lone surname after a title keeps it ("Dr. Owens"), as the article does."""
    tokens = cut_at_possessive(name.split(" "))
    title = honorific
    while len(tokens) > 1 and tokens[0].rstrip(".") in HONORIFICS:
        title = tokens[0].rstrip(".")
        tokens = tokens[1:]
    cleaned = _clean_name(" ".join(tokens))
    if cleaned and title and " " not in cleaned:
        dotted = f"{title}." if title in _DOTTED_TITLES else title
        return f"{dotted} {cleaned}"
    return cleaned


_DOTTED_TITLES = frozenset({"Dr", "Mr", "Mrs", "Ms", "Capt", "Det", "Sgt", "Lt", "Prof", "Cmdr", "Mx"})


def _starts_run(chunk: str, pos: int) -> bool:
    """False when the name at pos continues a capitalised run ("Better Call Saul"): it is part of a title."""
    if pos < 2 or chunk[pos - 1] != " ":
        return True
    word = chunk[max(0, pos - 30) : pos - 1].rsplit(" ", 1)[-1]
    if not word[:1].isupper() or word.endswith(("'s", "’s", ",", ":")):
        return True
    return word in FUNCTION_WORDS or word.lower() in ROLE_WORDS or word.rstrip(".") in HONORIFICS


def _split(names: str) -> list[str]:
    out = []
    for raw in SPLIT_NAMES.split(names):
        cleaned = _clean_name(raw)
        if cleaned and len(cleaned.split(" ")) >= 2:
            out.append(cleaned)
    return out


def _looks_like_title(text: str) -> bool:
    words = [w for w in text.split() if w]
    if not words or len(words) > 8 or not words[0][0].isupper():
        return False
    content = [w for w in words if w.lower() not in ("of", "the", "and", "in", "on", "a", "for", "to", "at")]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


def learn_from_article(
    text: str,
    blocks: Sequence[tuple[int, int]],
    emphasis: Sequence[tuple[int, int]],
    index: CatalogIndex,
    title: str,
    categories: Sequence[str],
    *,
    primary_shows: Sequence[str] = (),
    context_shows: Sequence[str] = (),
) -> ArticleKnowledge:
    """Collect shows, characters and people the article names with explicit evidence."""
    known = ArticleKnowledge(text=text)
    known.primary_shows = tuple(primary_shows)
    known_people = index.people
    for category in categories:
        cat = (category or "").strip()
        if not cat or cat.lower() in GENERIC_CATEGORIES or len(cat) > 60:
            continue
        if cat in index.show_titles or (
            _looks_like_title(cat)
            and not any(is_blocked_token(t) for t in cat.split())
            and cat not in known_people
            and cat not in index.characters
            and gender_of(cat) is None
            and (cat in text or cat in title)
        ):
            name = canonical_show(cat, index, known)
            known.shows[name] = "category"
            if name not in known.primary_shows:
                known.primary_shows += (name,)
    not_shows: set[str] = set()
    for start, end in emphasis:
        phrase = text[start:end].strip().rstrip(".,:;!?")
        if not _looks_like_title(phrase) or phrase in known_people:
            continue
        sentence = _sentence_around(text, start, end)
        if phrase not in index.show_titles and (
            FILM_CUE.search(text[max(0, start - 24) : start]) or _MEDIUM.search(sentence)
        ):
            not_shows.add(phrase)
            continue
        cleaned = _clean_title(phrase) if not phrase.startswith(("The ", "A ")) else phrase
        if cleaned:
            known.shows.setdefault(canonical_show(cleaned, index, known), "emphasis")
    for name in not_shows:
        known.shows.pop(name, None)
    for start, end in blocks:
        # Bound the work per paragraph so pathological input cannot stall analysis.
        end = min(end, start + 20_000)
        if is_headline(text[start:end]):
            continue
        _learn_block(text, start, end, known, index)
    known.context_shows = tuple(dict.fromkeys((*known.primary_shows, *known.shows, *context_shows)))
    _expand_short_characters(known, index)
    # A name the catalog or the article gives to a character or a person is never a show.
    for name in list(known.shows):
        if name in index.shows:
            continue
        if (
            name in index.characters
            or name in known_people
            or name in known.characters
            or name in known.evidenced_people
            or (known.shows[name] != "emphasis" and name in known.people)
        ):
            del known.shows[name]
    for name in list(known.people):
        fictional = name in index.characters and name not in known_people
        if name in known.shows or name in known.characters or name in index.shows or fictional:
            del known.people[name]
            known.evidenced_people.discard(name)
    # The first words of a person the article names in full ("Ana Lucía" of "Ana Lucía Ferrer") are them.
    for name in [n for n in known.people if any(p.startswith(n + " ") for p in known.people)]:
        del known.people[name]
        known.evidenced_people.discard(name)
    return known


_MEDIUM = re.compile(r"\b(?:podcasts?|film|movie|novel|album|memoir|documentary feature)\b", re.I)


def _sentence_around(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(". ", max(0, start - 300), start), text.rfind("\n", max(0, start - 300), start), 0)
    hi = text.find(". ", end, end + 300)
    return text[lo : hi if hi != -1 else end + 300]


def is_headline(chunk: str) -> bool:
    """A short title-case line (a headline or dek), where every word looks like a name."""
    words = chunk.split()
    if not words or len(words) > 25 or chunk.rstrip().endswith((".", "?”", ".”", '."')):
        return False
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return caps / len(words) >= 0.6


def _is_short(name: str) -> bool:
    parts = name.split(" ")
    return len(parts) == 1 or (len(parts) == 2 and parts[0].rstrip(".") in HONORIFICS)


def resolve_short_character(
    key: str, actor: str | None, known: ArticleKnowledge, index: CatalogIndex
) -> str | None:
    """The full-named character a first name or surname stands for, or None when none or several fit.

    Evidence in order: a catalog role of the same actor, a full name the article gives, a character
    of the title's or categories' show, a character of any show the article names.
    """

    def fits(full: str) -> bool:
        parts = full.split(" ")
        return len(parts) >= 2 and key in (parts[0], parts[-1])

    tiers: list[Iterable[str]] = [
        (c.name for c in index.roles_by_actor.get(actor or "", ())),
        (n for n in known.characters if not _is_short(n)),
        (c.name for s in known.primary_shows for c in index.show_characters.get(s, ())),
        (c.name for s in known.context_shows for c in index.show_characters.get(s, ())),
    ]
    for tier in tiers:
        found = {n for n in tier if fits(n)}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def _expand_short_characters(known: ArticleKnowledge, index: CatalogIndex) -> None:
    """A one-word character ("Jimmy", "Dr. Owens") is the full-named character it unambiguously stands for."""
    for name in [n for n in known.characters if _is_short(n)]:
        full = resolve_short_character(name.split(" ")[-1], known.characters[name], known, index)
        if full:
            actor = known.characters.pop(name)
            if known.characters.get(full) is None:
                known.characters[full] = actor


_WORD = re.compile(r"[a-z][a-z-]*")


class _Cues:
    """Cue words per pattern: a pattern runs on a paragraph only when one of its cue words occurs there.

    One lower-cased word scan per paragraph replaces a dozen full-paragraph regex scans that would
    find nothing (most paragraphs have no casting, kin or death phrases).
    """

    SHOW_BEFORE = words(
        "season seasons finale premiere showrunner showrunners creator creators co-creator co-creators cast "
        "episode"
    )
    PLAYED_BY = words("played portrayed")
    ACTOR_AS = words(
        "as joins joined plays play playing cast returns reprises portray portrays star stars starring "
        "co-stars"
    )
    PRONOUN_PLAYS = words("plays played play portrays portrayed stars")
    CHARACTER_NOUN = words("character characters alter counterpart counterparts")
    DIES = words("died dies killed")
    KIN = words("her his their")
    ROLES = frozenset(w.lower() for r in ROLE_WORDS for w in r.split(" "))
    BY = words("by")
    SPEECH = words(SPEECH_VERBS.replace("|", " ")) | words(
        "according interview spoke talked sat chatted joined"
    )

    @staticmethod
    def of(chunk: str) -> frozenset[str]:
        return frozenset(_WORD.findall(chunk.lower()))


def _learn_block(
    text: str,
    start: int,
    end: int,
    known: ArticleKnowledge,
    index: CatalogIndex,
) -> None:
    chunk = text[start:end]
    cue_words = _Cues.of(chunk)
    for match in SHOW_AFTER_CUE.finditer(chunk):
        title = _clean_title(match.group("title"))
        if title and title not in index.people:
            known.shows.setdefault(canonical_show(title, index, known), "cue")
    if cue_words & _Cues.SHOW_BEFORE:
        for match in SHOW_BEFORE_CUE.finditer(chunk):
            title = _clean_title(match.group("title"))
            if title and title not in index.people:
                known.shows.setdefault(canonical_show(title, index, known), "cue")
    casting = []
    if " (" in chunk:
        casting.append(CHARACTER_ACTOR)
    if cue_words & _Cues.PLAYED_BY:
        casting.append(CHARACTER_PLAYED_BY)
    if cue_words & _Cues.ACTOR_AS:
        casting.append(ACTOR_AS_CHARACTER)
    for pattern in casting:
        for match in pattern.finditer(chunk):
            groups = match.groupdict()
            char = _clean_character(match.group("char"), groups.get("hon"))
            actor = _clean_name(match.group("actor"))
            if actor and " " not in actor:
                # "Reyes plays Rosalind Pike": a surname stands for the person named in full earlier.
                full = {p for p in known.people if p.split(" ")[-1] == actor}
                if not full and known.text:
                    found = re.search(rf"\b{NAME_WORD} {re.escape(actor)}\b", known.text)
                    full = {found.group()} if found and _clean_name(found.group()) == found.group() else set()
                actor = full.pop() if len(full) == 1 else None
            if not char or not actor:
                continue
            if pattern is CHARACTER_ACTOR and (actor in index.characters or char in index.people):
                char, actor = actor, char  # "Actor (Character)" order, recognised from the catalog
            if char in index.shows or actor in index.shows or char in index.people:
                continue
            known.characters[char] = actor
            known.add_person(actor, "actor")
            known.evidenced_people.add(actor)
    if cue_words & _Cues.PRONOUN_PLAYS:
        for match in PRONOUN_PLAYS.finditer(chunk):
            char = _clean_character(match.group("char"), match.group("hon"))
            if char and char not in index.shows and char not in index.people:
                known.characters.setdefault(char, None)
    for pattern, cue in ((CHARACTER_NOUN, _Cues.CHARACTER_NOUN), (CHARACTER_DIES, _Cues.DIES)):
        if not cue_words & cue:
            continue
        for match in pattern.finditer(chunk):
            for name in _split(match.group("names")):
                if name not in index.people and name not in known.evidenced_people:
                    known.characters.setdefault(name, None)
    if cue_words & _Cues.KIN:
        for match in KIN_NAME.finditer(chunk):
            name = _clean_name(match.group("name"))
            # Family of a character is a character; family of a real person is a person.
            before = chunk[: match.start()]
            last_char = max((before.rfind(c.split(" ")[0]) for c in known.characters), default=-1)
            last_person = max((before.rfind(p.split(" ")[-1]) for p in known.evidenced_people), default=-1)
            if name and last_char > last_person and name not in index.people:
                known.characters.setdefault(name, None)
    if cue_words & _Cues.ROLES:
        for match in ROLE_BEFORE.finditer(chunk):
            role = ROLE_WORDS.get(match.group("role"), match.group("role"))
            if _starts_run(chunk, match.start("names")):
                _add_people(known, _split(match.group("names")), role)
        for match in ROLE_AFTER.finditer(chunk):
            role = ROLE_WORDS.get(match.group("role"), match.group("role"))
            if role in WEAK_AFTER_ROLES and not chunk[match.end() : match.end() + 4].startswith(" of"):
                continue
            if _starts_run(chunk, match.start("names")):
                _add_people(known, _split(match.group("names")), role)
    if cue_words & _Cues.BY:
        for match in ROLE_BY.finditer(chunk):
            _add_people(known, _split(match.group("names")), BY_ROLES[match.group("verb")])
    if cue_words & _Cues.SPEECH:
        for pattern in (SPEAKER_AFTER, SPEAKER_BEFORE):
            for match in pattern.finditer(chunk):
                if not _starts_run(chunk, match.start("names")):
                    continue
                names = [n for n in _split(match.group("names")) if n not in index.characters]
                _add_people(known, [n for n in names if n not in known.characters], None)


def _add_people(known: ArticleKnowledge, names: Iterable[str], role: str | None) -> None:
    for name in names:
        known.add_person(name, role)
        known.evidenced_people.add(name)


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
