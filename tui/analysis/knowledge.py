"""What one article establishes about names, and how its raw phrases become clean names and titles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.analysis.catalog import CatalogIndex
from tui.analysis.names import (
    AGE_PREFIXES,
    DEMONYMS,
    FUNCTION_WORDS,
    HONORIFICS,
    NOT_TITLES,
    PLACE_NAMES,
    PLACES,
    cut_at_possessive,
    date_words_fit,
    given_names,
    is_blocked_token,
    is_date_word,
    leads_with_a_date,
    strip_possessive,
    words,
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
    # Lone speaking surnames already looked up, to the full name they stand for (or None).
    surname_owners: dict[str, str | None] = field(default_factory=dict)
    # Short names the article uses for a character whose full name it implies ("Tommy" -> "Tommy Miller").
    aliases: dict[str, str] = field(default_factory=dict)

    def add_person(self, name: str, role: str | None = None) -> None:
        roles = self.people.setdefault(name, [])
        if role and role not in roles:
            roles.append(role)

    def rename_character(self, short: str, full: str) -> None:
        """ "Kate" is "Kate Wyler": the short name gives way to the full one, keeping its actor if the full
        name has none, and stays an alias of it."""
        actor = self.characters.pop(short, None)
        if self.characters.get(full) is None:
            self.characters[full] = actor
        self.aliases.setdefault(short, full)

    def drop_partial_people(self) -> None:
        """The first or last words of a person named in full ("Ana Lucía" of "Ana Lucía Ferrer", "Van
        Zandt" of "Steven Van Zandt") are that person, not another."""
        parts: set[str] = set()
        for name in self.people:
            tokens = name.split(" ")
            for k in range(1, len(tokens)):
                parts.add(" ".join(tokens[:k]))
                parts.add(" ".join(tokens[k:]))
        for name in [n for n in self.people if n in parts]:
            del self.people[name]
            self.evidenced_people.discard(name)


_NUMBER_WORD = (
    r"(?:\d{1,2}|[IVX]{1,4}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)"
)
# "Stranger Things 4", "Stranger Things Season 4", "Stranger Things: Part 2", "Andor, Volume 1".
_SEASON_SUFFIX = re.compile(
    rf"^(?P<base>.+?)(?:(?:[:,]| [-–—])? (?:(?:[Ss]eason|[Ss]eries|[Vv]olume|[Vv]ol\.|[Pp]art|[Cc]hapter) "
    rf"{_NUMBER_WORD}|\d{{1,2}}))+$"
)


def canonical_show(title: str, index: CatalogIndex, known: ArticleKnowledge | None = None) -> str:
    """A show title without a trailing season or part number, when the bare title is known or also seen."""
    if title.isupper() and (" " in title or len(title) > 5):  # "BABY REINDEER (Netflix)"; not "SCTV"
        title = " ".join(w if w in ("TV", "US", "UK") else w.capitalize() for w in title.split(" "))
    title = index.show_titles.get(title) or index.show_titles.get(title.replace("’", "'"), title)
    if (
        known is not None
        and title not in index.show_titles
        and not title.startswith(("The ", "A "))
        and f"The {title}" in known.text  # a plain search first: most titles are never written so
        and re.search(rf"(?<=[a-z,;:] )The {re.escape(title)}\b", known.text)
    ):
        title = "The " + title  # "Gilded Age fans" of a show the article calls ", The Gilded Age has"
    if known is not None and title not in index.show_titles and title not in known.shows and " " in title:
        # "Only Murders star Selena Gomez": the start of the one catalog title the article names in full.
        candidates = index.titles_by_first_word.get(title.split(" ", 1)[0], ())
        longer = {t for t in candidates if t.startswith(title + " ") and t in known.text}
        if len(longer) == 1:
            return longer.pop()
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


_TITLE_ADJECTIVES = words(
    "Current Former Original Longtime Incoming Outgoing Veteran Fellow Then Acclaimed Beloved Hit Rival "
    "Sister Flagship Upcoming Returning Final Latest Recent Fan-favorite"
)


# Words that open titles as often as sentences: "Bad Sisters", "New Girl", "Big Little Lies", "Good Omens".
_TITLE_OPENERS = words("The A Last Next First New Old Big Little Good Bad Best Top Only Star Show")


def clean_title(title: str) -> str | None:
    tokens = title.rstrip(".:!,").split(" ")
    # "Apple TV+'s Slow Horses": a network's possessive introduces the title, it is not part of it.
    # "CBS' The Young and the Restless": a plural possessive owns the title too.
    owner = next((i for i, t in enumerate(tokens[:-1]) if t.endswith(("'s", "’s", "S'", "S’"))), None)
    if owner is not None and (
        is_blocked_token(tokens[0]) or is_blocked_token(tokens[owner]) or is_blocked_token(tokens[owner][:-1])
    ):
        tokens = tokens[owner + 1 :]  # "3 of Amazon's Fallout" is Fallout
    while tokens and tokens[0] in FUNCTION_WORDS and tokens[0] not in _TITLE_OPENERS:
        tokens = tokens[1:]
    if (
        len(tokens) > 2
        and re.fullmatch(r"(?:19|20)\d\d", tokens[-1])
        and tokens[-2] in ("in", "since", "from")
    ):
        tokens = tokens[:-2]  # "EastEnders in 1985": the show, then when
    while tokens and tokens[-1].lower() in ("of", "the", "and", "in", "on", "a", "for", "to", "at", "with"):
        tokens = tokens[:-1]
    if not tokens or (len(tokens) == 1 and tokens[0] in ("The", "A")):
        return None
    # "HBO Max" or "Netflix Originals" is no title; "The Chair Company" is.
    if is_blocked_token(tokens[0]) or all(is_blocked_token(t) or t in FUNCTION_WORDS for t in tokens):
        return None
    if tokens[0] in ("Season", "Episode", "Seasons"):
        return None
    if len(tokens) > 1 and tokens[-1] in _AWARD_ENDS:
        return None  # "picked up Leading Actor for", "won Best Drama Series": an award, not a title
    if is_date_word(tokens[0]) and all(t.rstrip(",").isdigit() for t in tokens[1:]):
        return None  # "the Monday premiere", "a June 14 premiere date"
    if len(tokens) == 1 and (tokens[0] in DEMONYMS or tokens[0] in _TITLE_ADJECTIVES):
        return None  # "Netflix's French hit", "Current showrunner": an adjective, not a title
    title = strip_possessive(" ".join(tokens))
    if title in PLACES or title in PLACE_NAMES or title in NOT_TITLES:
        return None  # "Los Angeles premiere", "Fox's fall slate", "Comic-Con panel"
    return title if len(title) >= 2 else None


_AWARD_ENDS = frozenset(("Actor", "Actress", "Performer", "Award", "Awards", "Prize", "Trophy"))
_CONTRACTION = re.compile(r"(?:I|It|He|She|We|They|You|That|There|What|Who|Here)['’](?:m|s|re|ve|d|ll)")


def clean_name(name: str) -> str | None:
    tokens = cut_at_possessive(name.split(" "))
    if tokens and _CONTRACTION.fullmatch(tokens[0]):
        tokens = tokens[1:]  # "I'm Gregory from the minute I walk on set"
    while len(tokens) > 1 and (
        tokens[0] in FUNCTION_WORDS
        or tokens[0].rstrip(".") in HONORIFICS
        or tokens[0] in _AGE_ONLY
        or (tokens[0].endswith("ly") and tokens[0] not in given_names())  # "Eventually Jake"
    ):
        tokens = tokens[1:]
    if tokens and tokens[0] in FUNCTION_WORDS:
        return None
    if leads_with_a_date(tokens):
        tokens = tokens[1:]
    if not tokens:
        return None
    # A surname that is also a word ("Darren Star", "Mia Best") ends a name that opens with a given name.
    last_ok = len(tokens) >= 2 and tokens[-1] in _WORD_SURNAMES and tokens[0] in given_names()
    body = tokens[:-1] if last_ok else tokens
    if any(is_blocked_token(t) or t in FUNCTION_WORDS or t in DEMONYMS for t in body):
        return None
    if _ADJECTIVE_SUFFIX.search(tokens[-1]):
        return None  # "Cinderella-inspired", "Sorkin-esque": a description, not a name
    if not date_words_fit(tokens):
        return None
    return " ".join(tokens)


_ADJECTIVE_SUFFIX = re.compile(r"-(?:inspired|style|esque|like|themed|based|led|centric|adjacent|coded)$")
# Age words that are never given names ("Young Mazino" is a person; "Teen Shauna" is Shauna).
_AGE_ONLY = AGE_PREFIXES - {"Young", "Little", "Old", "Baby"}
_WORD_SURNAMES = words("Star Best Good Young Little Page Price Rich Long King White Green Bell Hill")


def clean_character(name: str, honorific: str | None) -> str | None:
    """A character's name; a lone surname after a title keeps it ("Dr. Owens"), as the article does."""
    tokens = cut_at_possessive(name.split(" "))
    while len(tokens) > 1 and (tokens[0] in AGE_PREFIXES or tokens[0] == "Team"):
        tokens = tokens[1:]  # "Teen Shauna" is Shauna; "Team Alfie" is the fans of Alfie
    title = honorific
    while len(tokens) > 1 and tokens[0].rstrip(".") in HONORIFICS:
        title = tokens[0].rstrip(".")
        tokens = tokens[1:]
    cleaned = clean_name(" ".join(tokens))
    # After a rank any capitalised word is a name ("Officer Big", "Mr. Nobody"), even an everyday one.
    if not cleaned and title and len(tokens) == 1 and tokens[0][:1].isupper() and tokens[0].isalpha():
        cleaned = tokens[0] if not is_blocked_token(tokens[0]) else None
    if cleaned and title and " " not in cleaned:
        dotted = f"{title}." if title in _DOTTED_TITLES else title
        return f"{dotted} {cleaned}"
    return cleaned


_DOTTED_TITLES = frozenset({"Dr", "Mr", "Mrs", "Ms", "Capt", "Det", "Sgt", "Lt", "Prof", "Cmdr", "Mx"})


def is_headline(chunk: str) -> bool:
    """A short title-case line (a headline or dek), where every word looks like a name."""
    words = chunk.split()
    if not words or len(words) > 25 or chunk.rstrip().endswith((".", "?”", ".”", '."')):
        return False
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return caps / len(words) >= 0.6
