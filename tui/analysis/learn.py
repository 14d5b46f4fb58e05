"""What an article teaches: show titles, character-actor pairs, people and their roles."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from tui.analysis.catalog import CatalogIndex
from tui.analysis.evidence import learn_block, learn_network_titles, split_names
from tui.analysis.facts import catalog_from_learned, learned_facts
from tui.analysis.fiction import expand_from_text, learn_fiction
from tui.analysis.knowledge import ArticleKnowledge, canonical_show, clean_title, is_headline
from tui.analysis.names import (
    GENERIC_CATEGORIES,
    HONORIFICS,
    ORGANISATIONS,
    gender_of,
    given_names,
    is_blocked_token,
    is_date_word,
    name_keys,
    strip_possessive,
)
from tui.analysis.patterns import BYLINE, FILM_CUE, HEADLINE_SHOW, LOOK_BACK_AT, words_before

__all__ = ["ArticleKnowledge", "catalog_from_learned", "is_headline", "learn_from_article", "learned_facts"]


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
    headings: frozenset[int] = frozenset(),
) -> ArticleKnowledge:
    """Collect shows, characters and people the article names with explicit evidence."""
    known = ArticleKnowledge(text=text)
    known.primary_shows = tuple(primary_shows)
    known_people = index.people
    for pattern in (HEADLINE_SHOW, LOOK_BACK_AT):
        for match in pattern.finditer(title):
            raw = match.group("title").rstrip("'’\"”")
            name = raw if is_date_word(raw) else clean_title(raw)  # "Wednesday Season 2 Recap"
            # "Ayo Edebiri on Sydney's Season 3": a person on a subject, not a title.
            person_on = " on " in (name or "") and name.split(" ", 1)[0] in given_names()
            # "Andrew Lincoln to Guest Star in ...": a person's news, not a title.
            person_led = " ".join((name or "").split(" ")[:2]) in known_people
            if (
                name
                and not person_on
                and not person_led
                and name not in known_people
                and name not in index.characters
            ):
                name = canonical_show(name, index, known)
                known.shows[name] = "category"  # as strong as a feed's tag for it
                known.primary_shows += (name,)
    for category in categories:
        cat = (category or "").strip()
        if not cat or cat.lower() in GENERIC_CATEGORIES or len(cat) > 60:
            continue
        if cat not in index.show_titles and cat.rsplit(" ", 1)[-1] in ("TV", "Television"):
            continue  # "British TV", "Reality TV": a kind of television, not a title
        if any(other.startswith((cat + ": ", cat + " ")) for other in categories):
            continue  # "Star Trek" beside "Star Trek: Strange New Worlds": the franchise's tag
        if cat in index.show_titles or (
            _looks_like_title(cat)
            and clean_title(cat) is not None  # not "Comic-Con", "Fox" or "Los Angeles"
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
        phrase = text[start:end].strip()
        if not _INITIALISM_END.search(phrase):  # "The O.C." keeps its last full stop
            phrase = phrase.rstrip(".,:;!?")
        if not _looks_like_title(phrase) or phrase in known_people:
            continue
        if phrase not in index.show_titles and _cued_as_other_work(text, start, end):
            not_shows.add(phrase)
            continue
        # Emphasis marks the whole title: "This Is Us", "Saturday Night Live" keep every word.
        first = phrase.split(" ", 1)[0]
        owned = first.endswith(("'s", "’s")) and is_blocked_token(first)
        # An outlet ("told <em>Variety</em>") is no title; a day inside one is ("Saturday Night Live").
        blocked = owned or any(strip_possessive(t).rstrip("+") in ORGANISATIONS for t in phrase.split(" "))
        cleaned = clean_title(phrase) if blocked else strip_possessive(phrase)
        if cleaned:
            known.shows.setdefault(_short_title(cleaned, index, known, context_shows), "emphasis")
    for name in not_shows:
        known.shows.pop(name, None)
    for start, end in blocks:
        # Bound the work per paragraph so pathological input cannot stall analysis.
        end = min(end, start + 20_000)
        if end - start < 160 and (byline := BYLINE.match(text, start, end)):
            _learn_byline(
                byline.group("names"), "photographer" if byline.group("photo") else "journalist", known, index
            )
            continue
        if start in headings or is_headline(text[start:end]):
            learn_network_titles(text[start:end], known, index)
            continue
        learn_block(text, start, end, known, index)
    for name in [n for n in known.shows if n not in index.shows and _named_as_podcast(n, text)]:
        del known.shows[name]
    for name, how in [
        (n, how) for n, how in known.shows.items() if how != "category" and n not in index.show_titles
    ]:
        spans = [m.span() for m in re.finditer(re.escape(name), text)]
        # "the Netflix film Peaky Blinders: The Immortal Man": a title any cue calls a film is no show;
        # "<em>Parasite</em>": one emphasised word is a show only where something about it says television.
        if any(_cued_as_other_work(text, s, e) for s, e in spans) or (
            how == "emphasis"
            and " " not in name
            and not any(_TV_NEAR.search(text, max(0, s - 80), e + 80) for s, e in spans)
        ):
            del known.shows[name]
    for name in [n for n, how in known.shows.items() if how == "weak" and n not in index.show_titles]:
        if name not in title and len(re.findall(rf"\b{re.escape(name)}\b", text)) < 2:
            del known.shows[name]
    known.context_shows = tuple(dict.fromkeys((*known.primary_shows, *known.shows, *context_shows)))
    learn_fiction(text, blocks, known, index)
    expand_short_characters(known, index)
    expand_from_text(known, index)
    # "The Derry Girls finale" is Derry Girls when the bare title is known or also learned.
    for name in [n for n in known.shows if n.startswith("The ") and n not in index.show_titles]:
        if name[4:] in known.shows or name[4:] in index.show_titles:
            del known.shows[name]
    # A name the catalog or the article gives to a character or a person is never a show, nor is the
    # first name or surname of a character or person the article names in full ("You told <em>Hope</em>",
    # "made stars of Brody"), nor a bare year ("the 2007 series finale").
    name_parts = {key for n in (*known.characters, *known.people) if not _is_short(n) for key in name_keys(n)}
    for name in list(known.shows):
        if name in index.shows:
            continue
        if (
            (
                known.shows[name] != "category"
                and (name in name_parts or _YEAR.fullmatch(name) or _named_person_surname(name, index, known))
            )
            or name in index.characters
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
    known.drop_partial_people()
    for name in [n for n in known.people if n in index.people_by_tail and n not in known_people]:
        # "Van Zandt said": the end of a catalog person the text names in full ("Steven Van Zandt").
        full = next((n for n in index.people_by_tail[name] if n in text), None)
        if full:
            del known.people[name]
            known.evidenced_people.discard(name)
            known.aliases.setdefault(name, full)
    return known


_TV_NEAR = re.compile(
    r"\b(?:[Ss]eason|[Ss]eries|[Ee]pisodes?|[Ss]howrunner|[Ss]itcom|[Dd]rama|[Cc]omedy|[Nn]etwork|[Ss]treamer|"
    r"[Ff]inale|[Pp]remiere|[Pp]ilot|[Rr]enew\w*|[Cc]ancel\w*|[Ss]pinoff|[Ss]pin-off|[Rr]ecap|[Cc]ast|[Ss]how|"
    r"TV|[Tt]elevision|Netflix|HBO|Hulu|BBC|ITV|Apple TV\+|Prime Video|Disney\+|Max|Peacock|Paramount\+|"
    r"FX|AMC|Showtime|Starz|NBC|CBS|ABC|Fox|The CW|Channel 4)\b"
)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _cued_as_other_work(text: str, start: int, end: int) -> bool:
    """A film, book or other work by the words around it: "the novel X", "X, the film that", "Disney's X"."""
    return bool(
        FILM_CUE.search(text[max(0, start - 24) : start])
        or _FILM_BEFORE.search(text[max(0, start - 40) : start])
        or _MEDIUM.search(text[end : end + 24])
        or _WORKS_LISTED.search(text, max(0, start - 160), start)
    )


_INITIALISM_END = re.compile(r"\b(?:[A-Z]\.){2,}$")
# A film or book by what comes before it: "Disney's Frozen", "2011's Tinker Tailor Soldier Spy", "his
# Oscar win for Jojo Rabbit", "adapted from Herron's London Rules", "the big-screen adaptation of Wicked".
_FILM_BEFORE = re.compile(
    r"(?:\b(?:Disney|Pixar|DreamWorks|A24|Lionsgate|Searchlight|Universal|Sony|Warner Bros\.?)['’]s?|"
    r"\b(?:19|20)\d\d['’]s|\bOscars?(?: \w+){0,3} (?:for|with)|\bAcademy Award(?: \w+){0,3} (?:for|with)|"
    r"\b(?:adapted from|adapts|adapting|based on)(?: [A-Z][\w'’.-]*){0,3}|"
    r"\b(?:big-screen|feature-length|film|movie) (?:adaptation|version|remake) of|"
    r"\b(?:production|staging|rendition|performance)s? of(?: the musical)?)\s*$"
)
# "Rogue One, the film that ...", "Spook Street (the novel)": the medium named right after the title.
# "independent features in Oklahoma, including Four Sheets to the Wind and Mekko": a list of other works.
_LIST_ITEMS = r"(?:(?:[A-Z0-9][\w'’&:-]*|of|the|a|an|and|or|to|in|on|for|with|at|from),? ){0,12}"
_WORKS_LISTED = re.compile(
    r"\b(?:films|movies|features|novels|books|albums|plays|musicals|documentaries)\b"
    rf"(?:(?: [\w’']+){{0,3}},? (?:including|like|such as))? {_LIST_ITEMS}$"
)
_MEDIUM = re.compile(
    r"^\W{0,3}(?:(?:the|a|an) )?(?:\w+ )?(?:podcasts?|films?|movies?|novels?|books?|albums?|memoirs?|"
    r"documentary|trilogy)\b",
    re.I,
)


_PODCAST_BEFORE = re.compile(r"(?:[Ss]ubscribe to|[Ll]isten to|[Hh]osts? of) $")
_PODCAST_AFTER = re.compile(r",? (?:[Pp]odcast|[Ee]pisode \d)")


def _learn_byline(names: str, role: str, known: ArticleKnowledge, index: CatalogIndex) -> None:
    """The journalists or photographers a credit names ("By Staff Reporter" names nobody: a name opens
    with a given name)."""
    for name in split_names(names):
        if name in index.people or name.split(" ", 1)[0] in given_names():
            known.add_person(name, role)
            known.evidenced_people.add(name)


def _named_person_surname(name: str, index: CatalogIndex, known: ArticleKnowledge) -> bool:
    """ "Adam Brody ... made stars of Brody": one word that ends a catalog person's name the text gives."""
    if " " in name:
        return False
    return any(m.group() in index.people for m in words_before(name, 2).finditer(known.text))


def _named_as_podcast(name: str, text: str) -> bool:
    """ "Subscribe to X", "listen to X", "the X podcast": X is the podcast the article is from."""
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        if whole and (_PODCAST_BEFORE.search(text, max(0, at - 16), at) or _PODCAST_AFTER.match(text, end)):
            return True
        at = text.find(name, end)
    return False


def _short_title(
    title: str, index: CatalogIndex, known: ArticleKnowledge, context_shows: Sequence[str]
) -> str:
    """ "<em>Only Murders</em>": the start of exactly one title the article or catalog names is that title."""
    name = canonical_show(title, index, known)
    if name in index.show_titles or name in known.shows:
        if name != title and name.startswith(title + " "):
            known.aliases.setdefault(title, name)  # "<em>Only Murders</em>" is found as the full title
        return name
    # The catalog's titles the text names (found by the automaton already), and the article's own;
    # one word stands for a title only when the article names that title too ("<em>Grey's</em>").
    heads = (title + " ", title + "'s ", title + "’s ")
    longer = {
        index.show_titles.get(t, t)
        for t in (*context_shows, *known.shows)
        if t.startswith(heads) and (t in known.shows or t in known.text)
    }
    if len(longer) != 1:
        return name
    full = longer.pop()
    known.aliases.setdefault(title, full)
    return full


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
        return key in name_keys(full)  # "Charles" is Charles-Haden Savage's first name too

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


def expand_short_characters(known: ArticleKnowledge, index: CatalogIndex) -> None:
    """A one-word character ("Jimmy", "Dr. Owens") is the full-named character it unambiguously stands for."""
    for name in [n for n in known.characters if " " not in n and n not in index.characters]:
        # "the Guide (Kristen Schaal)", "the Stranger": a title the article never writes without "the".
        if name in given_names() or not name.isalpha():
            continue
        bare = len(re.findall(rf"\b{name}\b", known.text))
        if bare and bare == len(re.findall(rf"\b[Tt]he {name}\b", known.text)):
            if f"The {name}" in index.shows or f"The {name}" in known.shows:
                del known.characters[name]  # "Debora Cahn's The Diplomat": her show, not a role
                continue
            known.rename_character(name, f"The {name}")
    for short, full in known.aliases.items():
        # "Jeremy “Jez” Usborne": a nickname the article gave a full name is that character, not another.
        if short != full and full in known.characters and short in known.characters:
            known.rename_character(short, full)
    for name in [n for n in known.characters if _is_short(n)]:
        full = resolve_short_character(name.split(" ")[-1], known.characters[name], known, index)
        if full:
            known.rename_character(name, full)  # "Tommy" is then found as Tommy Norris
