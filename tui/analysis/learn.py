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
    gender_of,
    is_blocked_token,
)

_TOK = r"[A-Z][a-zA-Z\u00c0-\u024f]*(?:['’-][A-Za-z\u00c0-\u024f]+)*"
_NAME1_3 = rf"{_TOK}(?: {_TOK}){{0,2}}"
_NAME2_3 = rf"{_TOK}(?: {_TOK}){{1,2}}"
_NAMES = rf"{_NAME2_3}(?:(?:, and |, | and | & ){_NAME2_3}){{0,3}}"
_TT = r"[A-Z0-9][\w'’&+-]*"
_TITLE = rf"{_TT}(?:(?: (?:of|the|and|in|on|&|a|for|to|at|with|from))? {_TT}){{0,6}}"
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|One|Two|Three|Four|Five|Six)"
_NETWORKS = (
    r"(?:Netflix|HBO|HBO Max|Max|Hulu|AMC|FX|NBC|ABC|CBS|Starz|Showtime|Peacock|Apple TV\+|Apple|Amazon|"
    r"BBC|Disney\+|Paramount\+|Marvel|Prime Video|The CW|CW)"
)
_ROLE_ALT = "|".join(sorted((re.escape(r) for r in ROLE_WORDS), key=len, reverse=True))

SHOW_AFTER_CUE = re.compile(
    rf"\b(?:[Ss]easons? (?:\w+ )?of|[Ee]pisodes? (?:\w+ )?of|finale of|premiere of|showrunners? of|"
    rf"co-creators? of|creators? of|stars? of|cast of|fans of|return of|revival of|reboot of|renewal of|"
    rf"{_NETWORKS}['’]s|on {_NETWORKS} series) (?P<title>{_TITLE})"
)
SHOW_BEFORE_CUE = re.compile(
    rf"(?P<title>{_TITLE})(?:['’]s)? (?:[Ss]eason {_NUMBER}\b|[Ss]eason (?:finale|premiere)|series finale|"
    rf"finale|premiere|showrunners?|co-creators?|creators?|cast\b|episode \d)"
)
CHARACTER_ACTOR = re.compile(rf"(?P<char>{_NAME1_3}) \((?:played by |portrayed by )?(?P<actor>{_NAME2_3})\)")
_HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Capt|Det|Sgt|Lt)\. )?"
_DESCRIPTOR = r"(?:(?:the|a|an|her|his|their|its|[a-z-]{3,}) ){0,6}"
ACTOR_AS_CHARACTER = re.compile(
    rf"(?P<actor>{_NAME1_3}),? (?:as|plays|who plays|stars as|will star as|star as|starring as|co-stars as|"
    rf"will play|to play|is playing|playing|(?:has been|was|is|been|were|are) cast as|returns as|"
    rf"reprises (?:her|his|their) role as|will portray|portrays) "
    rf"{_DESCRIPTOR}{_HONORIFIC}(?P<char>{_NAME1_3})"
)
PRONOUN_PLAYS = re.compile(
    rf"\b(?:she|he|they) (?:plays|played|will play|portrays|portrayed|stars as) {_DESCRIPTOR}{_HONORIFIC}"
    rf"(?P<char>{_NAME2_3})"
)
CHARACTER_NOUN = re.compile(rf"\b(?:characters?|alter egos?|on-screen counterparts?) (?P<names>{_NAMES})")
CHARACTER_DIES = re.compile(
    rf"(?P<names>{_NAME2_3}) (?:died|dies|was killed|is killed|gets killed|was killed off|is killed off)"
    rf" (?:off )?in (?:the )?(?:\w+ )?(?:episode|season|finale|premiere)"
)
KIN_NAME = re.compile(
    rf"\b(?:her|his|their)(?: \w+)? (?P<kin>ex-husband|ex-wife|husband|wife|sister|brother|mother|father|son|"
    rf"daughter|boyfriend|girlfriend|partner|fiancée?|cousin|aunt|uncle|best friend) (?P<name>{_NAME2_3})"
)
CHARACTER_PLAYED_BY = re.compile(rf"(?P<char>{_NAME1_3}),? (?:played|portrayed) by (?P<actor>{_NAME2_3})")
ROLE_BEFORE = re.compile(
    rf"\b(?:(?P<org>{_NETWORKS}) )?(?P<role>{_ROLE_ALT})(?: of {_TITLE})?,? (?P<names>{_NAMES})"
)
ROLE_AFTER = re.compile(
    rf"(?P<names>{_NAMES}),? (?:the |who (?:is|are|was|were) (?:the )?|both |its |their |"
    rf"(?:the )?(?:show|series)['’]s? )?(?P<role>{_ROLE_ALT})\b"
)
ROLE_BY = re.compile(
    rf"\b(?P<verb>created|co-created|showrun|run|written|penned|directed|helmed|produced|hosted) by "
    rf"(?:the (?:\w+ )?)?(?P<names>{_NAMES})"
)
_BY_ROLES = {
    "created": "creator",
    "co-created": "creator",
    "showrun": "showrunner",
    "run": "showrunner",
    "written": "writer",
    "penned": "writer",
    "directed": "director",
    "helmed": "director",
    "produced": "producer",
    "hosted": "host",
}
SPEAKER_AFTER = re.compile(rf"(?P<names>{_NAME2_3}) (?:{SPEECH_VERBS})\b")
SPEAKER_BEFORE = re.compile(
    rf"\b(?:{SPEECH_VERBS}|according to|interview with|spoke (?:with|to)|talked (?:with|to)|"
    rf"sat down with|chatted with|joined by) (?P<names>{_NAME2_3})"
)
_SPLIT_NAMES = re.compile(r", and |, | and | & ")
_FILM_CUE = re.compile(
    r"\b(?:film|movie|novel|book|album|song|play|musical|comic|podcast|single)s?\W*$", re.I
)
# Role words that are too loose to be evidence on their own after a name ("Ritter star").
_WEAK_AFTER_ROLES = frozenset({"star", "head", "chief", "host", "actor"})


@dataclass
class ArticleKnowledge:
    """Names the article itself establishes, used alongside the catalog for this article."""

    shows: dict[str, str] = field(default_factory=dict)  # title -> evidence
    characters: dict[str, str | None] = field(default_factory=dict)  # name -> actor
    people: dict[str, list[str]] = field(default_factory=dict)  # name -> roles
    evidenced_people: set[str] = field(default_factory=set)
    text: str = ""

    def add_person(self, name: str, role: str | None = None) -> None:
        roles = self.people.setdefault(name, [])
        if role and role not in roles:
            roles.append(role)


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
    title = " ".join(tokens)
    for suffix in ("'s", "’s"):
        title = title.removesuffix(suffix)
    return title if len(title) >= 2 else None


def _clean_name(name: str) -> str | None:
    tokens = name.split(" ")
    while tokens and (tokens[0] in FUNCTION_WORDS or tokens[0].rstrip(".") in HONORIFICS) and len(tokens) > 1:
        tokens = tokens[1:]
    if tokens and tokens[0] in FUNCTION_WORDS:
        return None
    if not tokens or any(is_blocked_token(t) or t in FUNCTION_WORDS for t in tokens):
        return None
    return " ".join(tokens)


def _split(names: str) -> list[str]:
    out = []
    for raw in _SPLIT_NAMES.split(names):
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
) -> ArticleKnowledge:
    """Collect shows, characters and people the article names with explicit evidence."""
    known = ArticleKnowledge(text=text)
    known_people = index.people
    for category in categories:
        cat = (category or "").strip()
        if not cat or cat.lower() in GENERIC_CATEGORIES or len(cat) > 60:
            continue
        if cat in index.shows or (
            _looks_like_title(cat)
            and not any(is_blocked_token(t) for t in cat.split())
            and cat not in known_people
            and cat not in index.characters
            and gender_of(cat) is None
            and (cat in text or cat in title)
        ):
            known.shows[cat] = "category"
    not_shows: set[str] = set()
    for start, end in emphasis:
        phrase = text[start:end].strip().rstrip(".,:;!?")
        if not _looks_like_title(phrase) or phrase in known_people:
            continue
        sentence = _sentence_around(text, start, end)
        if phrase not in index.shows and (
            _FILM_CUE.search(text[max(0, start - 24) : start]) or _MEDIUM.search(sentence)
        ):
            not_shows.add(phrase)
            continue
        cleaned = _clean_title(phrase) if not phrase.startswith(("The ", "A ")) else phrase
        if cleaned:
            known.shows.setdefault(cleaned, "emphasis")
    for name in not_shows:
        known.shows.pop(name, None)
    for start, end in blocks:
        # Bound the work per paragraph so pathological input cannot stall analysis.
        chunk = text[start : min(end, start + 20_000)]
        if is_headline(chunk):
            continue
        _learn_block(chunk, known, index)
    _expand_short_characters(known, index)
    # A person-shaped "show" learned only from a loose pattern is more likely a person.
    for name in list(known.shows):
        if known.shows[name] != "emphasis" and name in known.people:
            del known.shows[name]
    for name in list(known.people):
        fictional = name in index.characters and name not in known_people
        if name in known.shows or name in known.characters or name in index.shows or fictional:
            del known.people[name]
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


def _expand_short_characters(known: ArticleKnowledge, index: CatalogIndex) -> None:
    """A one-word character ("Don") learned next to a full name we know ("Don Draper") is that name."""
    short = [n for n in known.characters if " " not in n]
    if not short:
        return
    full_names = [n for n in (*known.characters, *index.characters) if " " in n]
    for name in short:
        matches = {f for f in full_names if name in (f.split(" ")[0], f.split(" ")[-1])}
        if len(matches) == 1:
            actor = known.characters.pop(name)
            known.characters.setdefault(matches.pop(), actor)


def _learn_block(chunk: str, known: ArticleKnowledge, index: CatalogIndex) -> None:
    for match in SHOW_AFTER_CUE.finditer(chunk):
        title = _clean_title(match.group("title"))
        if title and title not in index.people:
            known.shows.setdefault(title, "cue")
    for match in SHOW_BEFORE_CUE.finditer(chunk):
        title = _clean_title(match.group("title"))
        if title and title not in index.people:
            known.shows.setdefault(title, "cue")
    for pattern in (CHARACTER_ACTOR, CHARACTER_PLAYED_BY, ACTOR_AS_CHARACTER):
        for match in pattern.finditer(chunk):
            char = _clean_name(match.group("char"))
            actor = _clean_name(match.group("actor"))
            if actor and " " not in actor:
                # "Reyes plays Rosalind Pike": a surname stands for the person named in full earlier.
                full = {p for p in known.people if p.split(" ")[-1] == actor}
                if not full and known.text:
                    found = re.search(rf"\b{_TOK} {re.escape(actor)}\b", known.text)
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
    for match in PRONOUN_PLAYS.finditer(chunk):
        char = _clean_name(match.group("char"))
        if char and char not in index.shows and char not in index.people:
            known.characters.setdefault(char, None)
    for pattern in (CHARACTER_NOUN, CHARACTER_DIES):
        for match in pattern.finditer(chunk):
            for name in _split(match.group("names")):
                if name not in index.people and name not in known.evidenced_people:
                    known.characters.setdefault(name, None)
    for match in KIN_NAME.finditer(chunk):
        name = _clean_name(match.group("name"))
        # Family of a character is a character; family of a real person is a person.
        before = chunk[: match.start()]
        last_char = max((before.rfind(c.split(" ")[0]) for c in known.characters), default=-1)
        last_person = max((before.rfind(p.split(" ")[-1]) for p in known.evidenced_people), default=-1)
        if name and last_char > last_person and name not in index.people:
            known.characters.setdefault(name, None)
    for match in ROLE_BEFORE.finditer(chunk):
        role = ROLE_WORDS.get(match.group("role"), match.group("role"))
        for name in _split(match.group("names")):
            known.add_person(name, role)
            known.evidenced_people.add(name)
    for match in ROLE_AFTER.finditer(chunk):
        role = ROLE_WORDS.get(match.group("role"), match.group("role"))
        if role in _WEAK_AFTER_ROLES and not chunk[match.end() : match.end() + 4].startswith(" of"):
            continue
        for name in _split(match.group("names")):
            known.add_person(name, role)
            known.evidenced_people.add(name)
    for match in ROLE_BY.finditer(chunk):
        role = _BY_ROLES[match.group("verb")]
        for name in _split(match.group("names")):
            known.add_person(name, role)
            known.evidenced_people.add(name)
    for pattern in (SPEAKER_AFTER, SPEAKER_BEFORE):
        for match in pattern.finditer(chunk):
            for name in _split(match.group("names")):
                if name not in index.characters and name not in known.characters:
                    known.add_person(name)
                    known.evidenced_people.add(name)


def learned_facts(known: ArticleKnowledge, index: CatalogIndex, main_show: str | None) -> list[LearnedFact]:
    """The article's explicit evidence as facts the store can accumulate."""
    facts = [LearnedFact("show", name, None, None) for name in known.shows]
    for char, actor in known.characters.items():
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
