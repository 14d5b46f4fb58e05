"""The one entry point: analyse a document against a catalog."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from tui.analysis.catalog import Catalog
from tui.analysis.fiction import plot_subjects
from tui.analysis.learn import expand_short_characters, is_headline, learn_from_article, learned_facts
from tui.analysis.mentions import (
    ResolvedMention,
    find_mentions,
    person_candidates,
    plausible_title_hit,
    to_public,
)
from tui.analysis.model import ArticleAnalysis, CharacterFinding, PersonFinding
from tui.analysis.names import gender_of, is_blocked_token
from tui.analysis.quotes import find_quotes, first_person_score
from tui.analysis.relations import find_relations
from tui.document import Document

# Beyond this much text the article is not coverage; analyse the beginning only, in bounded time.
MAX_TEXT = 300_000
_PARAGRAPHS = re.compile(r"\n\s*\n")


def _blocks(doc: Document, limit: int) -> list[tuple[int, int, int]]:
    if doc.blocks:
        return [
            (b.start, min(b.end, limit), b.quoted) for b in doc.blocks if b.start < limit and b.end > b.start
        ]
    out, pos = [], 0
    for m in _PARAGRAPHS.finditer(doc.text, 0, limit):
        if m.start() > pos:
            out.append((pos, m.start(), 0))
        pos = m.end()
    if pos < limit:
        out.append((pos, limit, 0))
    return out


def analyze(
    doc: Document, catalog: Catalog, *, title: str = "", categories: Sequence[str] = ()
) -> ArticleAnalysis:
    """Shows, characters, people, quotes and relations of one article; never raises on bad input."""
    try:
        return _analyze(doc, catalog, title or "", tuple(c for c in categories if isinstance(c, str)))
    except Exception:  # pragma: no cover - the last line of defence for hostile input
        return ArticleAnalysis()


def _analyze(doc: Document, catalog: Catalog, title: str, categories: Sequence[str]) -> ArticleAnalysis:
    full_text = doc.text or ""
    if not full_text.strip():
        return ArticleAnalysis()
    limit = min(len(full_text), MAX_TEXT)
    # Names are read with one apostrophe ("O’Reilly" is the catalog's "O'Reilly"); the same length keeps
    # every offset valid. Quotes read the original, where ’ may close a quotation.
    original = full_text[:limit]
    text = original.replace("’", "'")
    title = title.replace("’", "'")
    blocks = _blocks(doc, limit)
    plain_blocks = [(s, e) for s, e, _ in blocks]
    emphasis = sorted((s.start, s.end) for s in doc.spans if s.kind == "em" and s.end <= limit)
    index = catalog.index
    hits = index.matcher.find(text)
    title_shows = {
        e.name
        for h in index.matcher.find(title)
        if plausible_title_hit(title, h)
        for e in h.entities
        if e.kind == "show"
    }
    text_shows = {e.name for h in hits for e in h.entities if e.kind == "show"}
    known = learn_from_article(
        text,
        plain_blocks,
        emphasis,
        index,
        title,
        categories,
        primary_shows=sorted(title_shows),
        context_shows=sorted(text_shows),
        headings=frozenset(b.start for b in doc.blocks if b.kind.startswith("h")),
    )
    prose = [
        (s, e)
        for (s, e, _), b in zip(blocks, doc.blocks or [None] * len(blocks), strict=False)
        if (b is None or not b.kind.startswith("h")) and not is_headline(text[s:e])
    ]
    # A "name" starting with a character's surname is a firm or place named after them (Sterling Cooper).
    in_play = [c.name for show in (*known.shows, *title_shows) for c in index.show_characters.get(show, ())]
    surnames = {c.split(" ")[-1] for c in (*known.characters, *in_play) if " " in c}
    # Without evidence, a name sharing a surname with a character in play is family ("Jane Hopper"),
    # and the first words of a person named in full ("Ana Lucía" of "Ana Lucía Ferrer") are that person.
    text_people = {e.name for h in hits for e in h.entities if e.kind == "person"}
    leading = {
        " ".join(p.split(" ")[:k]) for p in (*known.people, *text_people) for k in range(1, p.count(" ") + 1)
    }
    # "Scott Thomas gives the faintest smile": the end of a person's full name is that person again.
    trailing = {
        " ".join(p.split(" ")[k:]) for p in (*known.people, *text_people) for k in range(1, p.count(" ") + 1)
    }
    # Without evidence of a real person, a name whose first name or surname drives the plot is fictional.
    acting = plot_subjects(text, prose)
    recap_word = _RECAP_WORD.search(title) is not None
    for start, end, name in person_candidates(text, prose):
        near = original[max(0, start - 60) : start]
        if (
            ("“" in near or '"' in near)
            and _IN_SHORT_QUOTE_BEFORE.search(near)
            and _IN_SHORT_QUOTE_AFTER.match(original, end, end + 60)
        ):
            continue  # a title's words: “The Church on Ruby Road”
        parts = name.split(" ")
        if (
            (parts[0] in acting or parts[-1] in acting)
            and name not in index.people
            and name not in known.people
        ):
            known.characters.setdefault(name, None)
            continue
        aside = original[max(0, start - 1) : start] == "("  # "Rahim (Sami Outalbali)": the actor's slot
        initials = parts[0].endswith(".")  # "J.J. Abrams", "D.B. Weiss": credits, not characters
        if name in trailing:
            continue
        if (
            recap_word
            and not aside
            and not initials
            and name not in known.people
            and name not in index.people
        ):
            # A recap narrates the plot: a name with no sign of being a real person is a character's.
            if name not in index.shows and name not in known.shows and parts[0] not in surnames:
                known.characters.setdefault(name, None)
            continue
        if (
            name not in index.people
            and name not in known.people
            and _listed_with_a_character(original, start, end, index, known)
        ):
            known.characters.setdefault(name, None)  # "Stanley Hudson, Phyllis Vance and Toby Flenderson"
            continue
        if (
            parts[0] not in surnames
            and parts[-1] not in surnames
            and name not in leading
            and name not in index.shows
            and name not in index.characters
            and name not in known.shows
            and name not in known.characters
            and name not in index.people
        ):
            known.people.setdefault(name, [])
    expand_short_characters(known, index)  # "Kate (Keri Russell)" once the recap's "Kate Wyler" is known
    known.drop_partial_people()  # "Van Zandt" said it: the tail of a person named in full is that person
    article_shows = set(known.shows) | title_shows
    mentions = find_mentions(text, index, known, emphasis, article_shows, hits)
    shows, main_show = _shows(mentions, known, title, title_shows, categories)
    # A round-up gives each show its own section ("FARGO", "INDUSTRY", "ELSBETH") or names three in its
    # title ("Reacher, The Night Agent and Squid Game Lead a Crowded Week").
    if main_show and (
        _sections_per_show(text, plain_blocks, shows) >= 3 or sum(1 for s in shows if s in title) >= 3
    ):
        main_show = None
    characters = _characters(mentions, index, known, main_show)
    people = _people(mentions, index, known)
    # A podcast's "Episode 212" is the podcast's own numbering: its guests are people, not characters.
    podcast = any(_PODCAST.search(c) for c in (title, *categories))
    recap = is_recap(title, mentions) and not podcast
    quotes = find_quotes(
        original,
        blocks,
        mentions,
        _question_blocks(doc, text, limit),
        recap=recap,
        interviewee=_title_person(title, people),
        genders=_character_genders(original, mentions, characters),
        roles={p.name: p.roles for p in people},
    )
    # A recap by its own word, not guessed from counts; or a trailer, whose lines its characters speak.
    if (_RECAP_TITLE.search(title) or _TRAILER_TITLE.search(title)) and not podcast:
        quotes = _dialogue_to_characters(original, quotes, characters)
    relations = find_relations(text, plain_blocks, mentions)
    return ArticleAnalysis(
        shows=tuple(shows),
        main_show=main_show,
        characters=tuple(characters),
        people=tuple(people),
        mentions=to_public(mentions),
        quotes=tuple(quotes),
        relations=relations,
        learned=tuple(learned_facts(known, index, main_show)),
    )


_LISTED_AFTER = re.compile(r"(?:,|,? and|,? or) (?:even |also )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})")
_LISTED_BEFORE = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})(?:,|,? and|,? or) (?:even |also )?$")


_PLAYS_AFTER = re.compile(r"(?: [a-z-]+){0,3} as\b| (?:plays|portrays|voices)\b")


def _listed_with_a_character(text: str, start: int, end: int, index, known) -> bool:
    """A name in a list beside a character's full name is a character too, unless it plays one ("Amy
    Wong and Maurice LaMarche as her husband")."""
    if text.startswith((" (", ", who "), end) or _PLAYS_AFTER.match(text, end, end + 40):
        return False  # "Moises Arias returns as her brother, Norm"
    neighbours = (
        _LISTED_AFTER.match(text, end, end + 60),
        _LISTED_BEFORE.search(text, max(0, start - 60), start),
    )
    return any(
        m and " " in m.group(1) and (m.group(1) in index.characters or m.group(1) in known.characters)
        for m in neighbours
    )


def _character_genders(text: str, mentions, characters: Sequence[CharacterFinding]) -> dict[str, str]:
    """Each character's gender: from the given names the article calls them by ("Hank" of NoHo Hank), else
    from their actor's ("Carmy" is Jeremy Allen White's role; "Tina", voiced by Dan Mintz, is a girl)."""
    called: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "character":
            called.setdefault(m.name, set()).add(text[m.start : m.end].split(" ")[0])
    genders = {}
    for c in characters:
        surname = c.name.rsplit(" ", 1)[-1] if " " in c.name else None  # "Williams" is no given name here
        by_name = {g for w in called.get(c.name, ()) if w != surname and (g := gender_of(w))}
        if len(by_name) == 1:
            genders[c.name] = by_name.pop()
        elif not by_name and c.actor and (g := gender_of(c.actor)):
            genders[c.name] = g
    unknown = {c.name for c in characters if c.name not in genders}
    if unknown:
        genders.update(_genders_by_pronoun(text, mentions, unknown))
    return genders


_PRONOUN = re.compile(r"[“\"]|\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.I)


def _genders_by_pronoun(text: str, mentions, names: set[str]) -> dict[str, str]:
    """ "Jamie folds the letter; he...": the pronoun that next refers back, before anyone else is named,
    tells a unisex given name's gender ("Jamie", "Sam") when the article agrees with itself at least twice."""
    votes: dict[str, Counter[str]] = {}
    for i, m in enumerate(mentions):
        if m.kind != "character" or m.name not in names:
            continue
        end = min(m.end + 200, len(text))
        for other in mentions[i + 1 :]:
            if other.start >= end:
                break
            if text[other.start - 1 : other.start] != "(":  # the actor in parentheses refers to no one
                end = other.start
                break
        p = _PRONOUN.search(text, m.end, end)
        if p and not p.group().startswith(("“", '"')):
            votes.setdefault(m.name, Counter())["m" if p.group(1) else "f"] += 1
    return {n: max(v, key=v.get) for n, v in votes.items() if max(v.values()) >= 2 and len(v) == 1}


def _sections_per_show(text: str, blocks: Sequence[tuple[int, int]], shows: Sequence[str]) -> int:
    """How many different shows have a short heading of their own: the title alone, or after a name
    and a comma ("Jean Smart, Hacks" in an awards night's round-up)."""
    by_fold = {s.casefold(): s for s in shows}
    found = set()
    for s, e in blocks:
        line = text[s:e].strip()
        if len(line) > 80 or line.count(" ") > 9:
            continue
        tail = line.rsplit(", ", 1)[-1] if ", " in line else line
        if tail.count(" ") < 6 and tail.casefold() in by_fold:
            found.add(by_fold[tail.casefold()])
    return len(found)


def _title_person(title: str, people: Sequence[PersonFinding]) -> str | None:
    """The one person the title names, in full or by surname: most likely whom an interview is with."""
    in_full = [p.name for p in people if " " in p.name and p.name in title]
    if len(in_full) == 1:
        return in_full[0]  # "Tyler James Williams on ...", not also Janelle James by her surname
    words = set(re.findall(r"[\w'’-]+", title))
    named = [
        p.name for p in people if p.name in title or (" " in p.name and p.name.rsplit(" ", 1)[-1] in words)
    ]
    return named[0] if len(named) == 1 else None


def _dialogue_to_characters(text: str, quotes, characters: Sequence[CharacterFinding]):
    """In a recap, dialogue given to an actor ("O'Toole and Matheson ... he tells her") is their role's;
    what the actor told an outlet ("Levy told EW that ...") stays theirs."""
    roles: dict[str, list[str]] = {}
    for c in characters:
        if c.actor:
            roles.setdefault(c.actor, []).append(c.name)
    out = []
    for q in quotes:
        played = roles.get(q.speaker or "", [])
        interview = _INTERVIEW_CONTEXT.search(text, max(0, q.start - 140), q.start)
        if q.speaker_kind == "person" and len(played) == 1 and not interview:
            q = replace(q, speaker=played[0], speaker_kind="character")
        out.append(q)
    return out


_IN_SHORT_QUOTE_BEFORE = re.compile(r"[“\"][^“”\".!?]{0,60}$")
_IN_SHORT_QUOTE_AFTER = re.compile(r"[^“”\".!?]{0,60}[.,!?]?[”\"]")
_INTERVIEW_CONTEXT = re.compile(
    r"\b(?:interview|podcast|panel|statement|press|premiere|(?:told|tells|(?:spoke|speaking|said) to) "
    r"(?:[A-Z]|us\b)|to (?:EW|TVLine|Variety|Deadline|Vulture|THR|Collider|Entertainment Weekly|"
    r"The Hollywood Reporter|Rolling Stone|Vanity Fair)\b)"
)
_PODCAST = re.compile(r"\b[Pp]odcasts?\b")
_RECAP_WORD = re.compile(r"\b(?:[Rr]ecap|RECAP)\b")
_RECAP_TITLE = re.compile(r"\b(?:[Rr]ecap|RECAP|[Ee]pisode \d+)\b")
_TRAILER_TITLE = re.compile(r"\b(?:[Tt]railer|TRAILER|[Tt]easer)\b")


def is_recap(title: str, mentions: Sequence[ResolvedMention]) -> bool:
    """A recap by its title, or by narration that names characters far more often than people."""
    if _RECAP_TITLE.search(title):
        return True
    characters = sum(1 for m in mentions if m.kind == "character")
    people = sum(1 for m in mentions if m.kind == "person")
    return characters >= 8 and characters >= 4 * max(people, 1)


def _question_blocks(doc: Document, text: str, limit: int) -> frozenset[int]:
    """An interviewer's questions in a Q&A: paragraphs wholly in bold that ask something, or, where
    nothing is bold, short plain paragraphs ending in a question mark, each followed by an answer."""
    strong = [(s.start, s.end) for s in doc.spans if s.kind == "strong" and s.end <= limit]
    if not strong:
        return _plain_questions(doc, text, limit)
    out = set()
    for b in doc.blocks:
        if b.quoted or b.kind != "p" or b.end > limit or "?" not in text[b.start : b.end]:
            continue
        if any(s <= b.start and b.end <= e for s, e in strong):
            out.add(b.start)
    # One bold question is an aside; an interview asks several.
    return frozenset(out) if len(out) >= 2 else frozenset()


def _plain_questions(doc: Document, text: str, limit: int) -> frozenset[int]:
    paragraphs = [b for b in doc.blocks if b.kind == "p" and not b.quoted and b.end <= limit]
    asked = []
    answered_in_person = 0
    for b, nxt in pairwise(paragraphs):
        chunk = text[b.start : b.end].strip()
        answer = text[nxt.start : nxt.end].strip()
        if (
            chunk.endswith("?")
            and chunk[:1] not in '“"'
            and len(chunk.split()) <= 60
            and answer[:1] not in '“"'
            and not answer.endswith("?")
        ):
            asked.append(b.start)
            answered_in_person += first_person_score(answer) >= 1
    # Three questions answered in turn, mostly in the first person, make a Q&A; questions a writer answers
    # in narration ("So why did the writers never commit to it?") are rhetorical.
    if len(asked) < 3 or answered_in_person < max(2, 0.5 * len(asked)):
        return frozenset()
    # The interviewer also prompts without asking ("And Sister Julienne is at the center of that fight."):
    # a short impersonal paragraph between answers, before one in the first person.
    prompts = []
    for before, b, after in zip(paragraphs, paragraphs[1:], paragraphs[2:], strict=False):
        chunk = text[b.start : b.end].strip()
        if (
            b.start > asked[0]
            and before.start not in asked
            and after.start not in asked
            and len(chunk.split()) <= 25
            and chunk[:1] not in '“"'
            and first_person_score(chunk) == 0
            and first_person_score(text[after.start : after.end]) >= 1
        ):
            prompts.append(b.start)
    return frozenset(asked + prompts)


def _shows(
    mentions: list[ResolvedMention], known, title: str, title_shows: set[str], categories: Sequence[str]
) -> tuple[list[str], str | None]:
    counts: Counter[str] = Counter(m.name for m in mentions if m.kind == "show")
    first: dict[str, int] = {}
    for m in mentions:
        if m.kind == "show":
            first.setdefault(m.name, m.start)
    for name, evidence in known.shows.items():
        if evidence == "category":
            counts[name] += 0
            first.setdefault(name, 10**9)
    for name in title_shows:
        counts[name] += 0
        first.setdefault(name, -1)
    if not counts:
        return [], None
    cats = {c.strip().casefold() for c in categories}

    def score(name: str) -> float:
        s = counts[name]
        if name in title_shows or name in title:
            s += 4
        if name.casefold() in cats:
            s += 3
        if name in known.primary_shows:
            s += 3  # "Schitt's Creek Season 5, Episode 6: Moira Holds Cabaret Rehearsal Hostage"
        return s

    ranked = sorted(counts, key=lambda n: (-score(n), first[n]))
    # A round-up names many shows once each, or gives each its own listing heading: no show is the main one.
    listed = sum(1 for how in known.shows.values() if how == "listing")
    if listed >= 3 or (len(ranked) > 1 and score(ranked[0]) == score(ranked[1]) and score(ranked[0]) < 3):
        return sorted(counts, key=lambda n: first[n]), None
    main = ranked[0]
    ordered = sorted(counts, key=lambda n: (n != main, first[n]))
    return ordered, main


def _characters(
    mentions: list[ResolvedMention], index, known, main_show: str | None
) -> list[CharacterFinding]:
    counts: Counter[str] = Counter(m.name for m in mentions if m.kind == "character")
    out = []
    for name, count in counts.most_common():
        # The catalog's home show first (stable across articles); the article's main show otherwise.
        entry = index.characters.get(name)
        actor = known.characters.get(name) or (entry.actor if entry else None)
        show = entry.show if entry else main_show
        out.append(CharacterFinding(name, show, actor, entry.aliases if entry else (), count))
    return out


def _people(mentions: list[ResolvedMention], index, known) -> list[PersonFinding]:
    counts: Counter[str] = Counter(m.name for m in mentions if m.kind == "person")
    for name in known.evidenced_people:
        counts[name] += 0
    out = []
    for name, count in sorted(counts.items(), key=lambda kv: -kv[1]):
        if any(is_blocked_token(t) for t in name.split(" ")):
            continue
        if count == 0 and name not in known.evidenced_people:
            continue
        roles = list(known.people.get(name, ()))
        entry = index.people.get(name)
        for role in entry.roles if entry else ():
            if role not in roles:
                roles.append(role)
        out.append(PersonFinding(name, tuple(roles), count))
    return out
