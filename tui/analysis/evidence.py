"""One paragraph's explicit evidence: show cues, casting, kin, roles and speakers."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tui.analysis.catalog import CatalogIndex
from tui.analysis.knowledge import ArticleKnowledge, canonical_show, clean_character, clean_name, clean_title
from tui.analysis.names import (
    CREW_ROLES,
    FUNCTION_WORDS,
    HONORIFICS,
    PLACES,
    ROLE_WORDS,
    SPEECH_VERBS,
    chunk_words,
    given_names,
    words,
)
from tui.analysis.patterns import (
    ACTOR_AS_CHARACTER,
    ACTOR_ASIDE_CAST,
    ACTOR_BEFORE_CREDIT,
    ACTOR_LOOSE_AS,
    ACTOR_POSSESSIVE,
    ACTOR_WHOSE,
    AS_ROLE,
    AUTHOR_POSSESSIVE,
    BY_ROLES,
    CAST_PAIRS,
    CHARACTER_ACTOR,
    CHARACTER_DIES,
    CHARACTER_NOUN,
    CHARACTER_PLAYED_BY,
    CREATOR_POSSESSIVE,
    CREDIT_BEFORE,
    GENRE_NOUNS,
    INITIALS_BEFORE,
    KIN_NAME,
    KNOWN_FOR_ACTOR,
    KNOWN_FOR_PLAYING,
    LISTING_HEADING,
    LISTING_INFO,
    LOOSE_AS_REFUSED,
    NAME_WORD,
    NAMES_2_3,
    NICKNAMED_CHARACTER,
    ON_TITLE,
    OWNER_THEN_ROLE,
    PLAYED_ROLE,
    PRONOUN_PLAYS,
    RELATION_NOUNS,
    ROLE_AFTER,
    ROLE_BEFORE,
    ROLE_BY,
    ROLE_NOUN_THEN_NAME,
    ROLE_ON_SHOW,
    SHOW_AFTER_CUE,
    SHOW_AFTER_GENRE,
    SHOW_BEFORE_AUDIENCE,
    SHOW_BEFORE_CUE,
    SHOW_BEFORE_CUE_NEAR,
    SHOW_DECIDED,
    SHOW_DOES,
    SHOW_NETWORK_PAREN,
    SHOW_NETWORK_PAREN_CUE,
    SHOW_STAR,
    SPACE_BEFORE_CAPITAL,
    SPEAKER_AFTER,
    SPEAKER_LEADS,
    SPLIT_NAMES,
    SPUN_OFF,
    SUBTITLED,
    SURNAME_SPEAKER,
    WEAK_AFTER_ROLES,
    WHO_PLAYS,
    WORK_NOUNS,
    words_before,
)


def starts_run(chunk: str, pos: int) -> bool:
    """False when the name at pos continues a capitalised run ("Better Call Saul"): it is part of a title."""
    if pos < 2 or chunk[pos - 1] != " ":
        return True
    word = chunk[max(0, pos - 30) : pos - 1].rsplit(" ", 1)[-1]
    if not word[:1].isupper() or word.endswith(("'s", "’s", ",", ":")):
        return True
    return word in FUNCTION_WORDS or word.lower() in ROLE_WORDS or word.rstrip(".") in HONORIFICS


def split_names(names: str) -> list[str]:
    out = []
    for raw in SPLIT_NAMES.split(names):
        cleaned = clean_name(raw)
        if cleaned and len(cleaned.split(" ")) >= 2:
            out.append(cleaned)
    return out


class _Cues:
    """Cue words per pattern: a pattern runs on a paragraph only when one of its cue words occurs there.

    One lower-cased word scan per paragraph replaces a dozen full-paragraph regex scans that would
    find nothing (most paragraphs have no casting, kin or death phrases).
    """

    SHOW_BEFORE = words(
        "season seasons finale premiere showrunner showrunners creator creators co-creator co-creators cast "
        "episode"
    )
    PLAYED_BY = words("played portrayed voiced")
    ACTOR_AS = words(
        "as joins joined plays play playing cast returns reprises portray portrays star stars starring "
        "co-stars voices voice voicing"
    )
    WORK = words(WORK_NOUNS.replace("|", " "))
    PLAYED_ROLE = words(
        "played playing portrayed portraying voiced voicing turn performance portrayal starred starring "
        "stars arrives arrived debuted returns returned knew"
    )
    ROLE_ON = words(
        "played playing plays portrayed voiced starred starring appeared appearing did role turn stint"
    )
    SPUN_OFF = words("spun spawned spin-off spin-offs spinoff spinoffs prequel prequels sequel")
    AUDIENCE = words("fans fandom rewatch rewatches binge marathon superfans viewers")
    SHOW_DOES = words("premiered debuted aired airs streams returned returns renewed canceled cancelled")
    KNOWN_FOR = words("known famous beloved remembered")
    GENRE = words(GENRE_NOUNS)
    DECIDED = words("renewed canceled cancelled revived greenlit picked")
    STAR = words("star stars")
    PRONOUN_PLAYS = words("plays played play portrays portrayed stars")
    CHARACTER_NOUN = words("character characters alter counterpart counterparts")
    DIES = words("died dies killed")
    KIN = words("her his their")
    ROLES = frozenset(w.lower() for r in ROLE_WORDS for w in r.split(" "))
    BY = words("by")
    WHO_PLAYS = words("who")
    AUTHOR = words("novel novels book books memoir story")
    SPEECH = words(SPEECH_VERBS.replace("|", " ")) | words(
        "according interview spoke talked sat chatted joined"
    )

    @staticmethod
    def of(chunk: str) -> frozenset[str]:
        return chunk_words(chunk)


def _add_show(
    raw: str, known: ArticleKnowledge, index: CatalogIndex, how: str = "cue", *, weak: bool = False
) -> None:
    """A title a cue points at, unless it is someone's name; a single word after a weak cue counts less."""
    title = clean_title(raw)
    if not title:
        return
    if title not in index.show_titles and (
        title in index.people
        or title in index.characters
        or title in known.characters
        or title in known.people
        or title in known.evidenced_people
    ):
        return
    name = canonical_show(title, index, known)
    known.shows.setdefault(name, "weak" if weak and " " not in title else how)
    if name != title:
        known.aliases.setdefault(title, name)  # "BABY REINDEER" in a listing's capitals


def learn_network_titles(chunk: str, known: ArticleKnowledge, index: CatalogIndex) -> None:
    """ "Squid Game (Netflix)": also in a round-up's subheadings, which other rules skip."""
    if " (" not in chunk:
        return
    heading = LISTING_HEADING.match(chunk)
    if heading and LISTING_INFO.search(heading.group("info")):
        _add_show(heading.group("title"), known, index, "listing")
        return
    if SHOW_NETWORK_PAREN_CUE.search(chunk):
        for match in SHOW_NETWORK_PAREN.finditer(chunk):
            _add_show(match.group("title"), known, index)


def learn_block(
    text: str,
    start: int,
    end: int,
    known: ArticleKnowledge,
    index: CatalogIndex,
) -> None:
    chunk = text[start:end]
    cue_words = _Cues.of(chunk)
    for match in SHOW_AFTER_CUE.finditer(chunk):
        # "Netflix's Regency romance": a capitalised adjective before a kind of show is no title.
        if not _WORK_AFTER.match(chunk, match.end()):
            _add_show(_with_subtitle(chunk, match.start("title"), match.group("title"), index), known, index)
    learn_network_titles(chunk, known, index)
    if " on " in chunk and cue_words & _Cues.ROLE_ON:
        for match in ROLE_ON_SHOW.finditer(chunk):
            for on in ON_TITLE.finditer(match.group("rest")):  # "on Smallville and ..., on Titans"
                _add_show(on.group("title"), known, index)
    if cue_words & _Cues.SPUN_OFF:
        for match in SPUN_OFF.finditer(chunk):
            for title in re.split(r",? and |, ", match.group("titles")):
                _add_show(title, known, index)
    if cue_words & _Cues.AUDIENCE:
        for match in SHOW_BEFORE_AUDIENCE.finditer(chunk):
            if starts_run(chunk, match.start("title")):
                _add_show(match.group("title"), known, index, weak=True)
    if cue_words & _Cues.SHOW_DOES:
        for match in SHOW_DOES.finditer(chunk):
            if starts_run(chunk, match.start("title")):
                _add_show(match.group("title"), known, index)
    if cue_words & _Cues.GENRE:
        for match in SHOW_AFTER_GENRE.finditer(chunk):
            _add_show(match.group("title"), known, index, weak=True)
    if cue_words & _Cues.DECIDED:
        for match in SHOW_DECIDED.finditer(chunk):
            _add_show(match.group("title"), known, index)
    if cue_words & _Cues.STAR:
        for match in SHOW_STAR.finditer(chunk):
            if starts_run(chunk, match.start("title")):
                _add_show(match.group("title"), known, index, weak=True)
    if ": " in chunk:
        for match in SUBTITLED.finditer(chunk):
            base = clean_title(match.group("title"))
            if base and (base in index.show_titles or base in known.shows):
                # A franchise's spin-off: "The Walking Dead: Daryl Dixon" beside the show it comes from.
                name = f"{index.show_titles.get(base, base)}: {match.group('sub')}"
                if name not in index.show_titles:
                    known.shows.setdefault(name, "cue")
    if cue_words & _Cues.SHOW_BEFORE and SHOW_BEFORE_CUE_NEAR.search(chunk):
        for match in SHOW_BEFORE_CUE.finditer(chunk):
            # "The Paris premiere" names a place once; a show the article is about comes back.
            _add_show(match.group("title"), known, index, weak=match.group("cue") in _WEAK_SHOW_CUES)
    _learn_casting(chunk, cue_words, known, index)
    if " (" in chunk and _NICKNAME_CUE.search(chunk):
        for m in NICKNAMED_CHARACTER.finditer(chunk):
            name = clean_name(f"{m.group('first')} {m.group('last')}")
            actor = clean_name(m.group("actor"))
            if name and actor and name not in index.people and name not in known.evidenced_people:
                known.characters[name] = actor
                known.aliases.setdefault(m.group("nick"), name)
                known.aliases.setdefault(m.group("first"), name)
                _add_people(known, [actor], "actor")
    if cue_words & _Cues.PRONOUN_PLAYS:
        for match in PRONOUN_PLAYS.finditer(chunk):
            char = clean_character(match.group("char"), match.group("hon"))
            if char and char not in index.shows and char not in index.people:
                known.characters.setdefault(char, None)
    for pattern, cue in ((CHARACTER_NOUN, _Cues.CHARACTER_NOUN), (CHARACTER_DIES, _Cues.DIES)):
        if not cue_words & cue:
            continue
        for match in pattern.finditer(chunk):
            for name in split_names(match.group("names")):
                if name not in index.people and name not in known.evidenced_people:
                    known.characters.setdefault(name, None)
    if cue_words & _Cues.KIN:
        for match in KIN_NAME.finditer(chunk):
            name = clean_name(match.group("name"))
            # Family of a character is a character; family of a real person is a person.
            before = chunk[: match.start()]
            last_char = max((before.rfind(c.split(" ")[0]) for c in known.characters), default=-1)
            last_person = max((before.rfind(p.split(" ")[-1]) for p in known.evidenced_people), default=-1)
            if name and last_char > last_person and name not in index.people:
                known.characters.setdefault(name, None)
    if cue_words & _Cues.ROLES:
        for match in ROLE_BEFORE.finditer(chunk):
            role = match.group("role")
            role = ROLE_WORDS.get(role, ROLE_WORDS.get(role.lower(), role))
            if starts_run(chunk, match.start("names")):
                _add_people(known, split_names(match.group("names")), role)
        for match in ROLE_AFTER.finditer(chunk):
            role = ROLE_WORDS.get(match.group("role"), match.group("role"))
            if role in WEAK_AFTER_ROLES and not chunk[match.end() : match.end() + 4].startswith(" of"):
                continue
            if starts_run(chunk, match.start("names")):
                _add_people(known, split_names(match.group("names")), role)
    if cue_words & _Cues.WORK and ("'s " in chunk or "’s " in chunk):
        for match in CREATOR_POSSESSIVE.finditer(chunk):
            if _in_title(chunk, match.start()) or not starts_run(chunk, match.start("names")):
                continue
            raw = match.group("names")
            names = split_names(raw)
            if len(names) > 1 and " and " not in raw and " & " not in raw:
                # "Squid Game, Hwang Dong-hyuk's Korean survival drama": a title, then its creator.
                _add_show(names[0], known, index)
                names = names[-1:]
            fictional = [n for n in names if n in index.characters or n in known.characters]
            if not fictional and not any(n in index.shows or n in known.shows for n in names):
                _add_people(known, names, "creator")
    if cue_words & _Cues.BY:
        for match in ROLE_BY.finditer(chunk):
            _add_people(known, split_names(match.group("names")), BY_ROLES[match.group("verb")])
    if cue_words & _Cues.SPEECH:
        for at, raw in (
            *((m.start("names"), m.group("names")) for m in SPEAKER_AFTER.finditer(chunk)),
            *_speakers_after_lead(chunk),
        ):
            if not starts_run(chunk, at):
                continue
            names = [n for n in split_names(raw) if n not in index.characters]
            _add_people(known, [n for n in names if n not in known.characters], None)
        for match in SURNAME_SPEAKER.finditer(chunk):
            at = match.start()
            before = chunk[max(0, at - 2) : at]
            if before[-1:].isalnum() or (before[-1:] == " " and before[:1].isalnum()):
                continue  # part of a longer name or a word run, not a lone surname
            full = _surname_owner(match.group("name"), known, index)
            if full:
                _add_people(known, [full], None)
    if cue_words & _Cues.SPEECH and ("he " in chunk or "she " in chunk):
        _learn_pronoun_speakers(chunk, known, index)
    if cue_words & _Cues.AUTHOR and ("'s " in chunk or "’s " in chunk):
        for match in AUTHOR_POSSESSIVE.finditer(chunk):
            name = clean_name(match.group("name"))
            fictional = name in index.characters or name in known.characters or name in index.shows
            if name and not fictional and name == match.group("name") and starts_run(chunk, match.start()):
                _add_people(known, [name], "writer")
    if cue_words & _Cues.WHO_PLAYS:
        for match in WHO_PLAYS.finditer(chunk):
            if starts_run(chunk, match.start("names")):
                names = [n for n in split_names(match.group("names")) if n not in index.characters]
                _add_people(known, [n for n in names if n not in known.characters], "actor")
    # Last, so that the paragraph's evidence of real people is in: they are never roles.
    if " as " in chunk:
        for match in AS_ROLE.finditer(chunk):
            role = _add_role(clean_character(match.group("char"), match.group("hon")), known, index)
            if role and match.group("title"):
                _add_show(match.group("title"), known, index)
    if cue_words & _Cues.PLAYED_ROLE:
        for match in PLAYED_ROLE.finditer(chunk):
            first = clean_character(match.group("after") or match.group("char"), match.group("hon"))
            second = clean_name(match.group("second")) if match.group("second") else None
            for char in (first, second):
                _add_role(char, known, index)


def _with_subtitle(chunk: str, at: int, title: str, index: CatalogIndex) -> str:
    """ "HBO's Dune: Prophecy": the catalog's title that goes on past the colon the cue stopped at."""
    if not chunk.startswith(": ", at + len(title)):
        return title
    first = title.split(" ", 1)[0] if " " in title else title + ":"  # "Dune: Prophecy" opens with "Dune:"
    for full in index.titles_by_first_word.get(first, ()):
        if full.startswith(title + ": ") and chunk.startswith(full, at):
            return full
    return title


def _add_role(char: str | None, known: ArticleKnowledge, index: CatalogIndex) -> bool:
    """A name a verb of playing gives as a role, unless it is a show or a real person's."""
    taken = char in index.shows or char in index.people or char in known.shows
    if not char or taken or char in known.evidenced_people:
        return False
    known.characters.setdefault(char, None)
    return True


_LEAD_ENDS = frozenset(lead.rsplit(" ", 1)[-1] for lead in SPEAKER_LEADS)


def _speakers_after_lead(chunk: str):
    """(position, names) after "said", "according to", "sat down with" and the other lead-ins."""
    for capital in SPACE_BEFORE_CAPITAL.finditer(chunk):
        at = capital.end()
        lead = chunk[max(0, at - 32) : at].lower().split()[-3:]  # "According to Steven Van Zandt"
        if (
            lead
            and lead[-1] in _LEAD_ENDS
            and any(" ".join(lead[-k:]) in SPEAKER_LEADS for k in range(1, len(lead) + 1))
        ):
            names = NAMES_2_3.match(chunk, at)
            if names:
                yield at, names.group()


_PRONOUN_SAID = re.compile(rf"[”\"],? (?:he|she) (?:{SPEECH_VERBS})\b")
_SENTENCE_SUBJECT = re.compile(rf"(?:^|[.!?][”\"]? )(?P<name>{NAME_WORD}(?: {NAME_WORD}){{1,2}})\b")


def _learn_pronoun_speakers(chunk: str, known: ArticleKnowledge, index: CatalogIndex) -> None:
    """ "Stellan Skarsgård was unhelpful. “…,” he said": the full name opening the sentence that
    leads into a quote a pronoun says is a real person (characters speak by pronoun only in recaps)."""
    for m in _PRONOUN_SAID.finditer(chunk):
        opening = chunk.rfind("“", 0, m.start())
        if opening == -1:
            continue
        subjects = list(_SENTENCE_SUBJECT.finditer(chunk, 0, opening))
        if not subjects:
            continue
        name = clean_name(subjects[-1].group("name"))
        if not name or " " not in name or not subjects[-1].group("name").endswith(name):
            continue
        if name in index.characters or name in known.characters or name in index.shows:
            continue
        if name in known.shows or any(t.rstrip(".") in HONORIFICS for t in name.split(" ")):
            continue
        _add_people(known, [name], None)


def _surname_owner(token: str, known: ArticleKnowledge, index: CatalogIndex) -> str | None:
    """The one full name "Given Surname" the article gives a lone speaking surname, if it is no character."""
    if token in FUNCTION_WORDS or token in HONORIFICS or token in index.characters or not known.text:
        return None
    if token in known.surname_owners:
        return known.surname_owners[token]
    known.surname_owners[token] = full = _find_surname_owner(token, known, index)
    return full


def _find_surname_owner(token: str, known: ArticleKnowledge, index: CatalogIndex) -> str | None:
    found = set()
    for m in words_before(token, 2).finditer(known.text[:50_000]):
        tokens = m.group().split(" ")
        while tokens and (tokens[0] in FUNCTION_WORDS or tokens[0].lower() in ROLE_WORDS):
            tokens = tokens[1:]
        name = " ".join(tokens)
        if len(tokens) >= 2 and clean_name(name) == name:
            found.add(name)
    if len(found) != 1:
        return None
    full = found.pop()
    if full in index.characters or full in known.characters or full in index.shows or full in known.shows:
        return None
    return full


def _full_actor(actor: str | None, known: ArticleKnowledge) -> str | None:
    """ "Reyes plays Rosalind Pike": a surname stands for the person named in full earlier."""
    if not actor or " " in actor:
        return actor
    full = {p for p in known.people if p.split(" ")[-1] == actor}
    if not full and known.text:
        # The whole name, not its tail: "Tyler James Williams", never "James Williams"; one that opens
        # with a given name over a headline's run ("Industry Adds Toby Jones").
        found = {clean_name(f.group()) for f in words_before(actor, 2).finditer(known.text[:50_000])}
        full = {n for n in found if n and " " in n}
        full = {n for n in full if n.split(" ")[0] in given_names()} or full
    return full.pop() if len(full) == 1 else None


_SPEECH_WORD = frozenset(SPEECH_VERBS.split("|"))
_CASTING_VERB_NEAR = re.compile(
    r"\b(?:as|plays?|playing|portrays?|portraying|cast as|voices?|voicing|voice to|joins|joined|returns|"
    r"reprises (?:her|his|their) role as) (?:[a-z'’-]+ ){0,6}[A-Z\u00c0-\u00de]"
)
_NICKNAME_CUE = re.compile(r"[“\"‘'](?<=[a-z] .)[A-Z][^”\"’'\n]{0,30}[”\"’'] [A-Z]")
_NOT_A_ROLE = re.compile(rf"\b(?:{WORK_NOUNS}|{RELATION_NOUNS})\b")
_WEAK_SHOW_CUES = frozenset({"premiere", "finale", "cast"})
# "Hugh Howey's Wool novels", "HBO's Westeros slate": a work or a line-up named after a word, not a title.
_WORK_AFTER = re.compile(rf" (?:{WORK_NOUNS}|slate|lineup|line-up|roster|library|universe|pipeline)s?\b")


def _in_title(chunk: str, at: int) -> bool:
    """A name right after an opening quote mark is a title's words ("Dead Man's Hand"), not a name."""
    return chunk[at - 1 : at] in ("“", '"', "‘")


def _pair_lists(actors: str, chars: str) -> list[tuple[str, str]]:
    """Actors and characters paired in order; "Angela and Ainsley Norris" share the last surname."""
    people = split_names(actors)
    roles = [r for r in (clean_name(r) for r in SPLIT_NAMES.split(chars)) if r]
    if len(people) < 2 or len(people) != len(roles):
        return []
    surname = roles[-1].split(" ")[-1] if " " in roles[-1] else None
    if surname and all(" " not in r for r in roles[:-1]):
        roles = [f"{r} {surname}" for r in roles[:-1]] + roles[-1:]
    return list(zip(roles, people, strict=True))


def _role_name(chunk: str, m: re.Match[str]) -> str:
    """The character a casting phrase names: "Secret Service agent Xavier Collins" is Xavier Collins."""
    after = ROLE_NOUN_THEN_NAME.match(chunk, m.end("char")) or OWNER_THEN_ROLE.match(chunk, m.end("char"))
    return after.group("after") if after else m.group("char")


def _casting_matches(chunk: str, cue_words: frozenset[str], known: ArticleKnowledge, index: CatalogIndex):
    """(character, honorific, actor) phrases; "Actor (Character)" lists follow the order the catalog shows."""
    parens = list(CHARACTER_ACTOR.finditer(chunk)) if " (" in chunk else []
    # One paragraph writes its parentheses one way: a pair the catalog recognises decides for the others.
    swapped = normal = 0
    for m in parens:
        char, actor = clean_name(m.group("char")), clean_name(m.group("actor"))
        if actor in index.characters or char in index.people:
            swapped += 1
        elif char in index.characters or actor in index.people:
            normal += 1
    for m in parens:
        if swapped and not normal:
            yield m.group("actor"), None, m.group("char")
        else:
            initials = INITIALS_BEFORE.search(chunk, max(0, m.start() - 8), m.start())
            yield (initials.group() if initials else "") + m.group("char"), None, m.group("actor")
    paired: list[tuple[int, int]] = []
    # Two lists paired need two conjunctions: one among the actors, one among the roles.
    if cue_words & _Cues.ACTOR_AS and chunk.count(" and ") + chunk.count(" & ") >= 2:
        for m in CAST_PAIRS.finditer(chunk):
            pairs = _pair_lists(m.group("actors"), m.group("chars"))
            if pairs:
                paired.append(m.span())
                yield from ((char, None, actor) for char, actor in pairs)

    def unpaired(m: re.Match[str]) -> bool:
        return not any(s <= m.start() < e for s, e in paired)

    if cue_words & _Cues.PLAYED_BY:
        for m in filter(unpaired, CHARACTER_PLAYED_BY.finditer(chunk)):
            yield m.group("char"), m.groupdict().get("hon"), m.group("actor")
    # Casting names its role with a capital soon after the verb; without one the long scan is skipped.
    if cue_words & _Cues.ACTOR_AS and _CASTING_VERB_NEAR.search(chunk):
        for m in filter(unpaired, ACTOR_AS_CHARACTER.finditer(chunk)):
            actor = m.group("actor")
            if CREDIT_BEFORE.search(chunk, max(0, m.start() - 40), m.start()):
                # "Okonedo, who starred in Hotel Rwanda, will play": a credit; the actor comes before it.
                before = ACTOR_BEFORE_CREDIT.search(chunk, max(0, m.start() - 90), m.start())
                if not before:
                    continue
                actor = _full_actor(before.group("actor"), known)
                if actor is None:
                    continue
            yield _role_name(chunk, m), m.groupdict().get("hon"), actor
    if "cast" in cue_words and " cast as " in chunk:
        for m in ACTOR_ASIDE_CAST.finditer(chunk):
            yield _role_name(chunk, m), m.groupdict().get("hon"), m.group("actor")
    if "as" in cue_words:
        for m in filter(unpaired, ACTOR_LOOSE_AS.finditer(chunk)):
            between = m.group("between").split()
            if not LOOSE_AS_REFUSED.intersection(between) and not _SPEECH_WORD.intersection(between):
                yield _role_name(chunk, m), m.groupdict().get("hon"), m.group("actor")
    if cue_words & _Cues.KNOWN_FOR:
        for m in KNOWN_FOR_PLAYING.finditer(chunk):
            actor = KNOWN_FOR_ACTOR.search(chunk, max(0, m.start() - 60), m.start())
            yield m.group("char"), m.groupdict().get("hon"), actor.group("actor") if actor else None
    if ", whose " in chunk:
        for m in ACTOR_WHOSE.finditer(chunk):
            actor = clean_name(m.group("actor"))
            if _NOT_A_ROLE.search(m.group("desc")):
                continue  # "Martin, whose book Fire & Blood": a work, not a role
            if actor and actor not in index.characters and actor not in known.characters:
                yield m.group("char"), None, m.group("actor")
    if "'s " in chunk or "’s " in chunk or "s' " in chunk or "s’ " in chunk:
        for m in ACTOR_POSSESSIVE.finditer(chunk):
            actor = clean_name(m.group("actor"))
            if not actor or actor in index.characters or actor in index.shows or _in_title(chunk, m.start()):
                continue
            if chunk[max(0, m.start() - 4) : m.start()] in (" as ", " in ", " on "):
                # "Ritchson as Lee Child's drifter Jack Reacher": the role's author, not its actor;
                # "Costello Jones in Cash Carraway’s Rain Dogs": the creator of a show, not a role.
                work = m.group("char")
                if work in known.shows or work in index.show_titles:
                    _add_people(known, [actor], "creator")
                continue
            # Crew own companies and shows, not roles: "Shonda Rhimes' Shondaland".
            role = chunk[max(0, m.start() - 24) : m.start()].rsplit(None, 1)[-1:]
            if set(known.people.get(actor, ())) & CREW_ROLES or (
                role and ROLE_WORDS.get(role[0].lower()) in CREW_ROLES
            ):
                continue
            if not _NOT_A_ROLE.search(m.group("desc")) and not _WORK_AFTER.match(chunk, m.end()):
                yield m.group("char"), None, m.group("actor")


def _learn_casting(
    chunk: str, cue_words: frozenset[str], known: ArticleKnowledge, index: CatalogIndex
) -> None:
    for raw_char, honorific, raw_actor in _casting_matches(chunk, cue_words, known, index):
        char = clean_character(raw_char, honorific)
        if char in PLACES:
            continue  # "Mike White's Thailand chapter"
        if raw_actor is None:  # "best known for playing Kwan Ha": a role with no actor named
            if char and char not in index.shows and char not in index.people and char not in known.shows:
                known.characters.setdefault(char, None)
            continue
        if raw_actor.endswith(("'s", "’s")):
            continue  # "in Lord John Grey's voice as Jamie reads": an owner, not an actor
        actor = _full_actor(clean_name(raw_actor), known)
        if not char or not actor or actor in known.characters:
            continue
        if char in index.shows or actor in index.shows or char in known.shows or char == actor:
            continue
        if char in known.evidenced_people and char not in known.characters:
            continue
        known.characters[char] = actor
        if re.match(r"(?:[A-Z]\.){2,3} ", char):
            known.aliases.setdefault(char.split(" ")[0], char)  # "A.J." of "A.J. Soprano"
        if " " in char and char not in chunk:
            known.aliases.setdefault(char.split(" ")[0], char)  # "Angela [and Ainsley] Norris"
        known.add_person(actor, "actor")
        known.evidenced_people.add(actor)


def _add_people(known: ArticleKnowledge, names: Iterable[str], role: str | None) -> None:
    for name in names:
        known.add_person(name, role)
        known.evidenced_people.add(name)
