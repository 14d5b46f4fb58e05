"""Finding and resolving references to shows, characters and people in an article's text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tui.analysis.catalog import CatalogIndex, Entity, NameHit, NameMatcher
from tui.analysis.learn import ArticleKnowledge
from tui.analysis.model import Mention
from tui.analysis.names import (
    FUNCTION_WORDS,
    HONORIFICS,
    MONTHS_AND_DAYS,
    ROLE_WORDS,
    SHORT_FORMS,
    given_names,
    is_blocked_token,
    name_runs,
    words,
)
from tui.analysis.patterns import CREDIT_BEFORE, GENRE_NOUNS

_SHOW_CUE_BEFORE = re.compile(
    r"(?:\b(?:season|seasons|episode|episodes|finale|premiere|series|show|fans|cast|showrunners?|creators?|"
    r"watch|watching|binge|stream|streaming|renewed|cancell?ed|revival|reboot|return)(?: \w+)? of|"
    r"\b(?:on|in|watch|stream|streaming|binge|renewed|cancell?ed|(?:co-)?created|showran|wrote)|['’]s|"
    r"\bseries)\s*$",
    re.I,
)
_SHOW_CUE_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:season|seasons|series|episode|episodes|finale|premiere|showrunner|creator|cast|"
    r"star|stars|fans|writers|is (?:streaming|available|renewed|returning)|returns|was renewed|"
    r"will return)\b",
    re.I,
)
_WORD_BEFORE = re.compile(r"([\w'’+.-]+) $")
# A lone first name or surname: "Jo", "Kim", "O'Reilly", "McGee" (an inner capital), "Waller-Bridge".
_SHORT_TOKEN = re.compile(
    r"\b[A-Z](?:[a-z\u00c0-\u024f]{1,}(?:['’](?!s\b)[a-z]{2,})?|[a-z]{1,2}[A-Z][a-z\u00c0-\u024f]+|[a-z]?['’][A-Z][a-z\u00c0-\u024f]+)"
    r"(?:-[A-Za-z][a-z\u00c0-\u024f]+)?(?:['’]s)?\b"
)
# Given names that are also everyday words; resolved only away from the start of a sentence.
_COMMON_WORDS = words(
    """
    Will Mark Grace Hope Joy Rose June May April Bill Max Pat Art Ward Dean Ray Rich Sterling Bell Page
    Little White Green King Hill Young Eleven Summer Faith Chance Hunter Taylor Jack Sally Gene Van Earn
    """
)


_NOT_AFTER_A_NAME = words("he she they it you we i the a an this that there be not")


@dataclass(frozen=True)
class ResolvedMention:
    """A mention with the evidence that will matter to quotes and relations."""

    kind: str
    name: str
    start: int
    end: int
    full: bool  # the full name (or a catalog alias) rather than a first name or surname
    possessive: bool


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \u00a0\"“‘'(")
    return not before or before[-1] in ".!?:\n—–"


# "Netflix's You": a network's possessive right before a title.
_NETWORK_POSSESSIVE = re.compile(r"\b(?:Netflix|HBO|Hulu|AMC|FX|NBC|ABC|CBS|Marvel|BBC)['’]s\s*$")


def _is_show_context(text: str, hit: NameHit, emphasised: bool) -> bool:
    if emphasised:
        return True
    before = text[max(0, hit.start - 40) : hit.start]
    after = text[hit.end : hit.end + 40]
    if _SHOW_CUE_AFTER.match(after):
        return True
    m = _SHOW_CUE_BEFORE.search(before)
    return (bool(m) and not before.rstrip().endswith(("'s", "’s"))) or bool(
        _NETWORK_POSSESSIVE.search(before)
    )


# One-word titles that are everyday words, days or numbers ("You", "House", "Wednesday", "24"): a show
# only with support, from emphasis, a firm cue, the title or categories, or such a mention elsewhere.
_WORD_TITLES = words(
    """
    You House Wednesday 24 ER Community Ghosts Girls Suits Industry Arrow Fargo Chernobyl Deadwood 1883 1923
    Atlanta Bones Castle Citadel Echo Empire Entourage Evil FBI Foundation GLOW Gotham Heroes Legion Lioness
    Lucifer Maid Manifest Mom Monk Monster Paradise Power Psych Shrinking Snowfall Task Tracker Transparent
    Weeds Ripley Dickinson Bosch Casualty Dark Elite Endeavour Kingdom Lupin Misfits Moving Neighbours
    Rivals Skins Spiral Spooks Unforgotten Berlin Shetland Vera Ramy Disclaimer Servant Hunters Homecoming
    Unbelievable Unorthodox Titans Feud Dave Timeless Younger Eric Catastrophe Vigil Fisk Goblin Occupied
    Survivor Beckham Halo Goliath Versailles Sherwood Hellbound Vikings
    """
)
# A known title after any kind of show, "series" too (it is too common a word for the learning cue).
_GENRE_BEFORE = re.compile(rf"\b(?:{GENRE_NOUNS.replace(' ', '|')}|series) $")
_NAME_THEN_PAREN = re.compile(r"\b([A-Z][\w'’-]+) [A-Z][\w'’-]+ \($")
_LIST_JOINS = frozenset({" and ", ", ", ", and ", " or ", ", or ", " & "})
_WEAK_CUE = re.compile(r"(?:\b(?:on|in)|['’]s)\s*$", re.I)


# "Suits, the USA Network legal drama", "Tracker, starring Justin Hartley": the title described after it.
_DESCRIBED_AS_SHOW = re.compile(
    rf", (?:(?:the|a|an|its) (?:[\w+'’-]+ ){{0,4}}(?:{GENRE_NOUNS.replace(' ', '|')}|series|show)\b|"
    r"starring [A-Z]|which stars [A-Z]|created by [A-Z])"
)


def firmly_a_show(text: str, hit: NameHit) -> bool:
    """A cue beside the title that only a show has: not "on Wednesday" or "in 24 hours"."""
    if _DESCRIBED_AS_SHOW.match(text, hit.end):
        return True
    before = text[max(0, hit.start - 40) : hit.start]
    after = _SHOW_CUE_AFTER.match(text[hit.end : hit.end + 40])
    if after:  # "Wednesday's finale of Shrinking" is a day's
        return not text[hit.end + after.end() : hit.end + after.end() + 4].startswith(" of ")
    if _GENRE_BEFORE.search(before) or CREDIT_BEFORE.search(before):
        return True  # "the evergreen legal drama Suits", "Parker, best known for Weeds"
    credit = _NAME_THEN_PAREN.search(before) if text[hit.end : hit.end + 1] == ")" else None
    if credit and credit.group(1) not in FUNCTION_WORDS:
        return True  # a credit after someone's name: "Brian Tyree Henry (Atlanta)"
    if _WEAK_CUE.search(before) and not re.search(r"\b(?:season|episode)s? \w+ (?:of|in)\s*$", before, re.I):
        return bool(_NETWORK_POSSESSIVE.search(before))
    return _is_show_context(text, hit, False)


def _word_of_another_name(text: str, hit: NameHit) -> bool:
    """An everyday-word title after a capitalised word, no possessive: "Slough House", "the Roses Lost
    Everything" (a headline), not "Netflix's You"."""
    if hit.surface not in _WORD_TITLES and hit.surface.lower() not in _ENGLISH:
        return False
    word = _WORD_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    if not word or not word.group(1)[:1].isupper() or word.group(1).endswith(("'s", "’s")):
        return False
    # "Like Severance and The Morning Show, it…": a sentence's first word, not part of a name.
    opener = word.group(1) in FUNCTION_WORDS and word.group(1) not in ("The", "A", "An")
    return not (opener and _sentence_start(text, word.start(1)))


def is_word_title(surface: str) -> bool:
    return surface in _WORD_TITLES


def plausible_title_hit(text: str, hit: NameHit) -> bool:
    """A one-word title in a headline: not a word of a longer name ("Nonnatus House", "a Full House"), and
    an everyday word only with a firm cue ("You Season 5 Review")."""
    if " " in hit.surface:
        return True
    if _word_of_another_name(text, hit):
        return False
    return not is_word_title(hit.surface) or firmly_a_show(text, hit)


def find_mentions(
    text: str,
    index: CatalogIndex,
    known: ArticleKnowledge,
    emphasis: Sequence[tuple[int, int]],
    article_shows: set[str],
    catalog_hits: list[NameHit] | None = None,
) -> list[ResolvedMention]:
    """All mentions in text order, with show/character clashes and short names resolved."""
    surfaces: dict[str, set[Entity]] = {}
    for name in known.shows:
        surfaces.setdefault(name, set()).add(Entity("show", name))
    for name in known.characters:
        surfaces.setdefault(name, set()).add(Entity("character", name))
    for name in known.people:
        surfaces.setdefault(name, set()).add(Entity("person", name))
    for short, full in known.aliases.items():
        if short in surfaces:
            continue
        if full in known.characters:
            surfaces[short] = {Entity("character", full)}
        elif full in known.shows:
            surfaces[short] = {Entity("show", full)}  # "BABY REINDEER" in a listing's capitals
        elif full in index.people:
            surfaces[short] = {Entity("person", full)}  # "Van Zandt" of Steven Van Zandt
    hits = index.matcher.find(text) if catalog_hits is None else catalog_hits
    if surfaces:
        hits = _merge(hits, NameMatcher(surfaces).find(text))
    em_starts = sorted(emphasis)

    def emphasised(hit: NameHit) -> bool:
        i = bisect.bisect_right(em_starts, (hit.start, 10**12)) - 1
        return i >= 0 and em_starts[i][0] <= hit.start and hit.end <= em_starts[i][1]

    supported = set(known.primary_shows) | set(known.shows)
    for hit in hits:
        if is_word_title(hit.surface) and (emphasised(hit) or firmly_a_show(text, hit)):
            supported.update(e.name for e in hit.entities if e.kind == "show")
    # "Wednesday, Tracker and Squid Game": an everyday-word title listed with a show is a show.
    for i, hit in enumerate(hits):
        if not is_word_title(hit.surface) or not any(e.kind == "show" for e in hit.entities):
            continue
        for other in _listed_beside(text, hits, i):
            shows = [e.name for e in other.entities if e.kind == "show"]
            if (
                shows
                and len(shows) == len(other.entities)
                and (" " in other.surface or shows[0] in supported)
            ):
                supported.update(e.name for e in hit.entities if e.kind == "show")

    def unsupported(hit: NameHit, entity: Entity) -> bool:
        if entity.kind != "show" or " " in hit.surface:
            return False
        return _word_of_another_name(text, hit) or (
            is_word_title(hit.surface) and entity.name not in supported
        )

    hits = [h for h in hits if not all(unsupported(h, e) for e in h.entities)]
    shows_in_play = set(article_shows) | {e.name for h in hits for e in h.entities if e.kind == "show"}
    resolved: list[ResolvedMention] = []

    def listed_with_a_show(i: int) -> bool:
        """ "alongside Bad Sisters and Ted Lasso": a name in a list with a show is a show too."""
        return any(all(e.kind == "show" for e in other.entities) for other in _listed_beside(text, hits, i))

    for i, hit in enumerate(hits):
        kinds = {e.kind for e in hit.entities}
        possessive = text[hit.end : hit.end + 2] in ("'s", "’s")
        if "show" in kinds and len(kinds) > 1:
            show = next(e for e in hit.entities if e.kind == "show")
            show_context = _is_show_context(text, hit, emphasised(hit)) or listed_with_a_show(i)
            if show_context and not unsupported(hit, show):
                entity = show
            else:
                entity = next(e for e in hit.entities if e.kind != "show")
        elif len(hit.entities) > 1 and "person" in kinds and "character" in kinds:
            # "Will Smith" is the Fresh Prince's hero only where that show is in play.
            character = next(e for e in hit.entities if e.kind == "character")
            offstage = not _on_stage(character.name, index, known, shows_in_play)
            person = hit.surface in known.evidenced_people or offstage
            entity = next(e for e in hit.entities if e.kind == ("person" if person else "character"))
        elif len(hit.entities) > 1 and kinds == {"character"}:
            # "Gaby" is Shrinking's in an article about Shrinking, Desperate Housewives' in one about that.
            entity = next((e for e in hit.entities if _on_stage(e.name, index, known, shows_in_play)), None)
            entity = entity or hit.entities[0]
        else:
            entity = hit.entities[0]
        if entity.kind == "show" and " " not in hit.surface and not emphasised(hit):
            entity = _title_character_acting(text, hit, entity, index) or entity
        if entity.kind == "character" and " " not in hit.surface:
            # One-word character names are common words too; trust them only for shows in play.
            if not _on_stage(entity.name, index, known, shows_in_play):
                continue
            if hit.surface in _COMMON_WORDS and _sentence_start(text, hit.start):
                continue
        if entity.kind == "show" and _inside_longer_quoted_title(text, hit) and not emphasised(hit):
            continue
        if (
            entity.kind == "show"
            and hit.surface.lower() in _ENGLISH
            and _sentence_start(text, hit.start)
            and not emphasised(hit)
            and not _is_show_context(text, hit, False)
        ):
            continue
        resolved.append(ResolvedMention(entity.kind, entity.name, hit.start, hit.end, True, possessive))
    resolved.extend(_short_references(text, resolved, index, known, shows_in_play))
    resolved.sort(key=lambda m: m.start)
    return resolved


# "Wednesday says", "Dexter finds", "“…,” Monk replies": a one-word title that acts is its title character.
_ACTS_AFTER = re.compile(
    r" (?:[a-z]+ly )?(?!(?:is|has|was|returns|premieres|debuts|ends|airs|streams)\b)[a-z]+(?:s|ed)\b"
)
_SPEECH_CLOSE_BEFORE = re.compile(r"[,?!—-][”\"’] $")


def _title_character_acting(text: str, hit: NameHit, show: Entity, index: CatalogIndex) -> Entity | None:
    """The show's one character whose first name is the show's title, where the title acts in a sentence."""
    if text[hit.end : hit.end + 2] in ("'s", "’s") or _is_show_context(text, hit, False):
        return None
    named = index.character_name_parts(show.name).get(hit.surface, ())
    if len(named) != 1 or named[0].split(" ", 1)[0] != hit.surface:
        return None
    acts = _ACTS_AFTER.match(text, hit.end) or _SPEECH_CLOSE_BEFORE.search(
        text, max(0, hit.start - 4), hit.start
    )
    return Entity("character", named[0]) if acts else None


def _on_stage(character: str, index: CatalogIndex, known: ArticleKnowledge, shows_in_play: set[str]) -> bool:
    """A character the article itself names in full, or one from a show it is about."""
    entry = index.characters.get(character)
    return character in known.characters or (entry is not None and entry.show in shows_in_play)


# Single-word show titles that are also ordinary words at the start of a sentence.
_ENGLISH = words(
    """
    friends lost severance euphoria succession barry hacks sherlock veep glee beef pose insecure shameless
    justified invincible fallout cheers scrubs silo scandal watchmen billions homeland adolescence
    supernatural bodyguard arcane
    """
)


def _listed_beside(text: str, hits: Sequence[NameHit], i: int) -> list[NameHit]:
    """The hits right before and after hits[i] that a list joins to it ("Wednesday, Tracker and ...")."""
    beside = []
    if i > 0 and text[hits[i - 1].end : hits[i].start] in _LIST_JOINS:
        beside.append(hits[i - 1])
    if i + 1 < len(hits) and text[hits[i].end : hits[i + 1].start] in _LIST_JOINS:
        beside.append(hits[i + 1])
    return beside


def _inside_longer_quoted_title(text: str, hit: NameHit) -> bool:
    """ "Friends, Romans, Countrymen": a show's name opening a longer quoted title is part of that title."""
    before = text[hit.start - 1 : hit.start]
    after = text[hit.end : hit.end + 1]
    return before in ("“", '"', "‘") and after not in ("”", '"', "’", "'", "")


def _merge(first: list[NameHit], second: list[NameHit]) -> list[NameHit]:
    hits = sorted(first + second, key=lambda h: (h.start, -(h.end - h.start)))
    out: list[NameHit] = []
    last_end = -1
    for hit in hits:
        if hit.start >= last_end:
            out.append(hit)
            last_end = hit.end
        elif out and hit.start == out[-1].start and hit.end == out[-1].end:
            merged = tuple(sorted(set(out[-1].entities) | set(hit.entities)))
            out[-1] = NameHit(hit.start, hit.end, hit.surface, merged)
    return out


def _short_references(
    text: str,
    full: list[ResolvedMention],
    index: CatalogIndex,
    known: ArticleKnowledge,
    shows_in_play: set[str],
) -> list[ResolvedMention]:
    """First names of characters and surnames of people, resolved to a full name in the same article."""
    # Characters of the shows in play may be called by first name before their full name appears;
    # the title's and categories' shows are asked first, so their characters win a shared first name.
    # Each tier is the shows' cached name parts, looked up show by show rather than merged per article.
    tiers: list[list[dict[str, tuple[str, ...]]]] = []
    primary = [s for s in known.primary_shows if s in shows_in_play]
    for group in (primary, [s for s in shows_in_play if s not in primary]):
        tiers.append([index.character_name_parts(show) for show in group])
    covered = [(m.start, m.end) for m in full]
    starts = [c[0] for c in covered]
    timeline: list[tuple[int, str, str]] = [(m.start, m.kind, m.name) for m in full if m.kind != "show"]
    out: list[ResolvedMention] = []
    first_names = {n.split(" ", 1)[0] for _, kind, n in timeline if " " in n}
    person_surnames = {
        name.rsplit(" ", 1)[-1] for _, kind, name in timeline if kind == "person" and " " in name
    }
    # Which full names each short token could stand for: a character's first name or surname, a person's
    # surname. A token none of them has is passed over at once.
    by_token: dict[str, list[tuple[int, str, str]]] = {}
    # A person's first name ("Andy opens the episode") stands for them only when no one else has it; a
    # character's short form ("Sam" for Samantha) only when no one goes by it.
    by_first_name: dict[str, list[tuple[int, str, str]]] = {}
    by_short_form: dict[str, list[tuple[int, str, str]]] = {}
    for pos, kind, name in timeline:
        parts = name.split(" ")
        if len(parts) < 2:
            continue
        for part in {parts[0], parts[-1]} if kind == "character" else {parts[-1]}:
            by_token.setdefault(part, []).append((pos, kind, name))
        if kind == "character":
            for short in SHORT_FORMS.get(parts[0], ()):
                by_short_form.setdefault(short, []).append((pos, kind, name))
        if kind == "person" and len(parts[0]) > 2 and not parts[0].endswith("."):
            by_first_name.setdefault(parts[0], []).append((pos, kind, name))
    for token, owners in (*by_first_name.items(), *by_short_form.items()):
        if token not in by_token and len({name for _, _, name in owners}) == 1:
            by_token[token] = owners
    for match in _SHORT_TOKEN.finditer(text):
        token = match.group()
        possessive = token.endswith(("'s", "’s"))
        if possessive:
            token = token[:-2]
        token = token.replace("’", "'")  # "La’an" is the catalog's La'an
        if token not in by_token and not any(token in parts for tier in tiers for parts in tier):
            # "Gi-hun" is a given name whole; "Kendall-style" is Kendall.
            head, dash, tail = token.partition("-")
            if not dash or not tail[:1].islower() or possessive:
                continue
            token = head
            if token not in by_token and not any(token in parts for tier in tiers for parts in tier):
                continue
        start = match.start()
        end = start + len(token)
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and covered[i][1] > start:
            continue
        if token in MONTHS_AND_DAYS and token not in first_names:
            continue  # a date, unless a character or person here goes by it ("Wednesday replies")
        if token in FUNCTION_WORDS or is_blocked_token(token):
            # "Oh did little to cool it": a word that is also the surname of a person named in full.
            nxt = text[end : end + 3]
            if not (token in person_surnames and len(nxt) == 3 and nxt[0] == " " and nxt[1].islower()):
                continue
        if token in _COMMON_WORDS and _sentence_start(text, start) and not text.startswith(", who ", end):
            # "Will he return?" opens with a word; "Bell kept it short" and "Bell, who stars" with the
            # person named Bell.
            nxt = text[end : end + 12].split(" ", 2)[1:2] if text[end : end + 1] == " " else []
            if not nxt or nxt[0].lower() in _NOT_AFTER_A_NAME or not nxt[0][:1].islower():
                continue
        # The next word capitalised means this token starts a longer name we do not know; the word before
        # capitalised, that it ends one ("Sterling Cooper", the firm), unless that word is a title.
        follow = text[end : end + 2]
        if len(follow) == 2 and follow[0] == " " and follow[1].isupper() and not possessive:
            continue
        prior = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if prior and prior.group(1)[:1].isupper() and not _sentence_start(text, prior.start(1)):
            word = prior.group(1)
            ends_sentence = word.endswith((".", "!", "?")) and word.rstrip(".") not in HONORIFICS
            if not ends_sentence and word not in FUNCTION_WORDS and word.rstrip(".") not in HONORIFICS:
                continue
        candidates: dict[tuple[str, str], int] = {}
        for pos, kind, name in by_token.get(token, ()):
            if pos >= start:
                break
            candidates[(kind, name)] = pos
        for tier in tiers:
            if candidates:
                break
            named = {name for parts in tier for name in parts.get(token, ())}
            # "Bob" is Bob Belcher before Big Bob: a given name outranks the same word ending a name.
            given = {name for name in named if name.startswith(token + " ")}
            for name in given or named:
                candidates[("character", name)] = -1
        if not candidates:
            continue
        best = sorted(candidates.items(), key=lambda kv: kv[1])
        if len(best) > 1 and best[-1][1] == -1:
            continue  # several characters of the shows in play share this first name
        kind, name = best[-1][0]
        if kind == "character" and name.endswith(" " + token):
            # "Yerin Ha, best known for playing Kwan Ha ... Ha called the role": a surname both share
            # is the real person's.
            kind, name = next(
                ((k, n) for (k, n), _ in reversed(best) if k == "person" and n.endswith(" " + token)),
                (kind, name),
            )
        out.append(ResolvedMention(kind, name, start, end, False, possessive))
    return out


# "in Boston Harbor", "directed Michael Clayton": a place or a work, not a person.
_PLACE_BEFORE = re.compile(
    r"\b(?:in|into|inside|outside|across|at|from|directed|wrote|co-wrote|helmed|created|co-created|produced|"
    r"adapted|remade|rewatched|binged|(?:win|won|nomination|nominated|award|Emmy|Oscar|Globe)s? for)\s+$"
)


_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.){2,3}")


def person_candidates(text: str, blocks: Sequence[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Capitalised 2-3 token runs whose first token is a common given name and not after a place word."""
    names = given_names()
    found = []
    for start, end in blocks:
        runs = name_runs(text[start : min(end, start + 20_000)], start)
        taken = []
        for s, _e, name in runs:
            first = name.split(" ", 1)[0]
            initials = len(first) >= 4 and _INITIALS_ONLY.fullmatch(first) is not None  # "D.B. Weiss"
            taken.append((first in names or initials) and not _PLACE_BEFORE.search(text[max(0, s - 14) : s]))
        # "Sophie Thatcher and Sammi Hanratty": a name listed beside a likely person is one too, whatever
        # its given name.
        for i in [*range(1, len(runs)), *range(len(runs) - 2, -1, -1)]:
            for j in (i - 1, i + 1):
                if not taken[i] and 0 <= j < len(runs) and taken[j] and _could_be_given(runs[i][2]):
                    lo, hi = (runs[j][1], runs[i][0]) if j < i else (runs[i][1], runs[j][0])
                    taken[i] = text[lo:hi] in _PERSON_LIST_JOINS
        found.extend(run for run, ok in zip(runs, taken, strict=True) if ok)
    return found


_PERSON_LIST_JOINS = frozenset({", ", " and ", ", and ", " & "})


def _could_be_given(name: str) -> bool:
    """ "Sammi Hanratty" could open with a given name; "Co-creators Vince Gilligan" opens with a role."""
    first = name.split(" ", 1)[0].lower()
    if first in ROLE_WORDS or first.removesuffix("s") in ROLE_WORDS:
        return False
    return not any(t.endswith(_NOUN_ENDINGS) for t in name.split(" "))  # "Macrodata Refinement"


_NOUN_ENDINGS = ("ment", "tion", "sion", "ness", "ity", "ing", "ship", "ence", "ance", "ism")


def to_public(mentions: Sequence[ResolvedMention]) -> tuple[Mention, ...]:
    return tuple(Mention(m.kind, m.name, m.start, m.end) for m in mentions)
