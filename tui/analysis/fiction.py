"""Evidence that a name is fictional: what an actor plays, kin of characters, plot nouns, coordination.

These rules run once per article after the explicit casting evidence (tui.analysis.evidence), so they
can lean on the characters it established: a name tied to a known character by kinship or by "and"
is a character too, unless the article gives it evidence of being a real person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.analysis.catalog import CatalogIndex
from tui.analysis.knowledge import ArticleKnowledge, clean_character, clean_name, is_headline
from tui.analysis.names import (
    DEMONYMS,
    FUNCTION_WORDS,
    HONORIFICS,
    PLACES,
    ROLE_WORDS,
    chunk_words,
    gender_of,
    given_names,
    is_blocked_token,
    words,
)
from tui.analysis.patterns import NAME_WORD, name_pairs, words_before

# Droids and codenames ("K-2SO", "R2-D2") have digits; they follow "as the droid" and the like only.
_CODENAME = r"[A-Z][A-Z0-9]*-[A-Z0-9]+"
_BLOOD_KIN = "brother|sister|mother|father|son|daughter|grandfather|grandmother|grandson|granddaughter"
_KIN = (
    rf"(?:little |older |younger |big |baby |twin |estranged |late )?"
    rf"(?P<kin>{_BLOOD_KIN}|half-brother|half-sister|husband|wife|ex-husband|ex-wife|boyfriend|girlfriend|"
    rf"fiancée?|cousin|aunt|uncle|niece|nephew|stepfather|stepmother|stepson|stepdaughter|best friend)"
)
# "Joel's brother Tommy", "his wife, Tia", "River Cartwright's grandfather David".
KIN_OF = re.compile(
    rf"(?:(?P<owner>{NAME_WORD}(?: {NAME_WORD})?)['’]s|\b(?P<pronoun>[Hh]er|[Hh]is|[Tt]heir)) {_KIN},? "
    rf"(?P<name>{NAME_WORD}(?: {NAME_WORD}){{0,2}})"
)
_KIN_WORDS = words(
    "brother sister mother father son daughter husband wife boyfriend girlfriend cousin aunt uncle niece "
    "nephew friend"
)
_KIN_PREFIXES = ("grand", "half-", "ex-", "fianc", "step")
# "Denise Gough and Kyle Soller, who play Imperial officer Dedra Meero and her partner Syril Karn".
WHO_PLAYS_LIST = re.compile(
    r"\bwho (?:also |now |still )?(?:plays?|played|portrays?|portrayed|voices?|voiced|"
    r"(?:returns?|stars?|appears?|is back|are back)(?: \w+){0,3} as) "
    r"(?P<list>(?:[^.;:!?()—–]|(?<=\b(?:Mr|Ms|Dr|St))\.|(?<=\bMrs)\.){1,160})"
)
_PLACE_OR_PARTNER = re.compile(r" (?:opposite|alongside|with|against|beside|in|on|at|for|from|since|until) ")
# "X's death", "the fate of X": nouns of plot that real people in coverage rarely take.
PLOT_POSSESSIVE = re.compile(
    rf"(?P<name>{NAME_WORD} {NAME_WORD})['’]s (?:\w+ )?(?:death|fate|murder|killer|storyline|arc|backstory|"
    rf"future|disappearance|kidnapping|funeral|body|corpse|ghost)\b"
)
PLOT_OF = re.compile(
    rf"\b(?:death|fate|murder|killer|funeral|disappearance|kidnapping|storyline) of (?P<name>{NAME_WORD} "
    rf"{NAME_WORD})\b"
)
_PLOT_WORDS = words(
    "death fate murder killer storyline arc backstory future disappearance kidnapping funeral body corpse "
    "ghost"
)
# "Gaby and Jimmy", "Vi, Caitlyn, Silco": lone given names coordinated with a character.
LIST = re.compile(rf"\b{NAME_WORD}(?:(?:, | and | or | & |, and |, or ){NAME_WORD})+\b(?! {NAME_WORD})")
_LIST_SPLIT = re.compile(r", and |, or |, | and | or | & ")
_CAPITALISED = re.compile(rf"{NAME_WORD}(?: {NAME_WORD})*")


def _is_person(name: str, known: ArticleKnowledge, index: CatalogIndex) -> bool:
    return name in index.people or name in known.evidenced_people


def _usable(name: str | None, known: ArticleKnowledge, index: CatalogIndex) -> bool:
    return bool(
        name
        and name not in PLACES
        and not _is_person(name, known, index)
        and name not in index.shows
        and name not in known.shows
        and not any(is_blocked_token(t) or t.lower() in ROLE_WORDS or t in DEMONYMS for t in name.split(" "))
    )


def character_full_name(token: str, known: ArticleKnowledge, index: CatalogIndex) -> str | None:
    """The one full-named character of the article (or its shows) whose first name or surname is token."""
    if " " in token:
        return token if token in known.characters or token in index.characters else None
    pools = (
        [n for n in known.characters if " " in n],
        [c.name for s in known.context_shows for c in index.show_characters.get(s, ())],
    )
    for pool in pools:
        found = {n for n in pool if token in (n.split(" ")[0], n.split(" ")[-1])}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def _is_character_token(token: str, known: ArticleKnowledge, index: CatalogIndex) -> bool:
    return token in known.characters or character_full_name(token, known, index) is not None


def _add_character(known: ArticleKnowledge, name: str, actor: str | None = None) -> None:
    if known.characters.get(name) is None:
        known.characters[name] = actor


def learn_fiction(
    text: str, blocks: Sequence[tuple[int, int]], known: ArticleKnowledge, index: CatalogIndex
) -> None:
    """Add characters the article implies through plays-lists, kinship, plot nouns and coordination."""
    for start, end in blocks:
        chunk = text[start : min(end, start + 20_000)]
        if " who " in chunk:
            _learn_plays_lists(chunk, known, index)
        if not _PLOT_WORDS.isdisjoint(chunk_words(chunk)):
            for pattern in (PLOT_POSSESSIVE, PLOT_OF):
                for m in pattern.finditer(chunk):
                    name = clean_name(m.group("name"))
                    if _usable(name, known, index) and name not in known.people:
                        _add_character(known, name)
    for start, end in blocks:
        chunk = text[start : min(end, start + 20_000)]
        _learn_kin(chunk, known, index)
        if " and " in chunk:
            _learn_pairs(chunk, known, index)


def _learn_plays_lists(chunk: str, known: ArticleKnowledge, index: CatalogIndex) -> None:
    for m in WHO_PLAYS_LIST.finditer(chunk):
        segments = m.group("list").split(",")
        segment = segments[0]
        # "who plays the school's enigmatic custodian, Mr. Johnson": the name follows the description.
        if len(segments) > 1 and not _CAPITALISED.search(segment.split("'")[0].split("’")[0]):
            segment = segments[1]
        for part in re.split(r" and | & ", segment):
            if part.startswith(("whose ", "who ", "which ", "that ", "where ", "when ")):
                continue  # "who played Toranaga and whose shadow Sanada admits": a clause, not a role
            # "Carol Peletier opposite Reedus": Reedus is a co-star, not a second role.
            part = _PLACE_OR_PARTNER.split(part, 1)[0]
            code = re.search(rf"\b{_CODENAME}\b", part)
            runs = [r.group() for r in _CAPITALISED.finditer(part)]
            raw = code.group() if code else (runs[-1] if runs else None)
            if not raw:
                continue
            hon = next((t.rstrip(".") for t in part.split(" ") if t.rstrip(".") in HONORIFICS), None)
            name = raw if code else clean_character(raw, hon)
            if _usable(name, known, index) and name not in known.people:
                _add_character(known, name)


def _learn_kin(chunk: str, known: ArticleKnowledge, index: CatalogIndex) -> None:
    present = chunk_words(chunk)
    if _KIN_WORDS.isdisjoint(present) and not any(w.startswith(_KIN_PREFIXES) for w in present):
        return
    for m in KIN_OF.finditer(chunk):
        name = clean_name(_cut_run(m.group("name")))
        if not _usable(name, known, index) or name in known.people:
            continue
        owner = m.group("owner")
        if owner:
            owner = clean_name(owner)
            full = character_full_name(owner, known, index) if owner else None
            # The kin is a character already ("Cartwright's grandfather David, played by ..."): so is
            # the one whose kin they are.
            if (
                owner
                and not full
                and owner not in known.characters
                and name in known.characters
                and _usable(owner, known, index)
                and owner not in known.people
            ):
                _add_character(known, owner)
                full = owner if " " in owner else None
            if not owner or not (full or owner in known.characters):
                continue
        else:
            full = _pronoun_owner(chunk[: m.start()], known, index, m.group("pronoun").lower())
            if full is None:
                continue
        short = name.split(" ")
        kin = m.group("kin")
        # Blood kin share a surname; a spouse or friend may not.
        if len(short) == 1 and full and " " in full and re.fullmatch(_BLOOD_KIN, kin):
            known.rename_character(name, f"{name} {full.split(' ')[-1]}")
        else:
            _add_character(known, name)


def _cut_run(run: str) -> str:
    tokens = run.split(" ")
    while len(tokens) > 1 and tokens[-1] in FUNCTION_WORDS:
        tokens = tokens[:-1]
    return " ".join(tokens)


def _pronoun_owner(before: str, known: ArticleKnowledge, index: CatalogIndex, pronoun: str) -> str | None:
    """The character "her"/"his"/"their" points back to, or None when a real person is nearer; "her" is
    never a man's ("what Tommy Lee Royce did to her daughter Becky")."""
    # Actors in parentheses ("Shauna (Melanie Lynskey) and her husband") are asides, not antecedents.
    bare = re.sub(r"\([^()]*\)", lambda p: " " * len(p.group()), before)
    wrong = {"her": "m", "his": "f"}.get(pronoun)
    best, best_pos = None, -1
    for name in known.characters:
        if wrong and gender_of(name) == wrong:
            continue
        pos = max(bare.rfind(name.split(" ")[0]), bare.rfind(name))
        if pos > best_pos:
            best, best_pos = name, pos
    last_person = max((bare.rfind(p.split(" ")[-1]) for p in known.evidenced_people), default=-1)
    if best is None or best_pos <= last_person:
        return None
    return character_full_name(best, known, index) or best


def _learn_pairs(chunk: str, known: ArticleKnowledge, index: CatalogIndex) -> None:
    for m in LIST.finditer(chunk):
        before = chunk[max(0, m.start() - 2) : m.start()]
        previous = chunk[max(0, m.start() - 30) : m.start()].rsplit(None, 1)[-1:] if before[1:] == " " else []
        if previous and previous[0][:1].isupper() and previous[0][-1].isalpha():
            continue  # the tail of a longer capitalised run ("Salt Lake City, Joel")
        opens_sentence = (
            m.start() < 2
            or before in (". ", "? ", "! ", "| ")
            or before.endswith(("“", '"'))
            or chunk[max(0, m.start() - 3) : m.start()] in ('." ', ".” ', '?, \"?” ", '!" ', "!” ")
        )
        items = _LIST_SPLIT.split(m.group())
        if len(items) > 2 and ", " not in m.group():
            continue  # "Jack and Jill and ..." is prose, not a list
        characters = [t for t in items if _is_character_token(t, known, index)]
        if not characters:
            continue
        for i, lone in enumerate(items):
            if lone in FUNCTION_WORDS or lone in HONORIFICS or lone in characters:
                continue
            if not _usable(lone, known, index) or lone.endswith(("'s", "’s")):
                continue
            if _person_surname(lone, known):
                continue  # a person's surname ("Martin Short ... Oliver and Short")
            # A given name that is the first name of a person the article names is that person.
            if any(p.split(" ")[0] == lone for p in known.people):
                continue
            if i == 0 and chunk[max(0, m.start() - 3) : m.start()].strip() in ("'s", "’s"):
                continue
            if i == 0 and opens_sentence and m.group()[len(lone)] == ",":
                continue  # "Okay, Gaby and Jimmy": an interjection or a vocative
            _add_character(known, lone)


def _person_surname(token: str, known: ArticleKnowledge) -> bool:
    """True when the article names a person (or a given name) with this token as the surname."""
    if any(token in p.split(" ")[1:] for p in (*known.people, *known.evidenced_people)):
        return True
    names = given_names()
    return any(
        (first := m.group().split(" ")[0]) in names and f"{first} {token}" not in known.characters
        for m in words_before(token, 1).finditer(known.text[:50_000])
    )


def expand_from_text(known: ArticleKnowledge, index: CatalogIndex) -> None:
    """A one-word character ("Lamb") is the one full name the article writes with it ("Jackson Lamb")."""
    text = known.text[:50_000]
    for name in [n for n in known.characters if " " not in n]:
        found = set()
        for m in name_pairs(name).finditer(text):
            line = text[text.rfind("\n", 0, m.start()) + 1 : text.find("\n", m.end()) % (len(text) + 1)]
            if is_headline(line):
                continue  # "Recap: Villanelle Goes Undercover": title case, not a full name
            run = m.group()
            tokens = run.split(" ")
            if tokens[0] in FUNCTION_WORDS or tokens[-1] in FUNCTION_WORDS:
                continue
            if tokens[0].endswith(".") and tokens[0].rstrip(".") not in HONORIFICS:
                continue  # "... John Blackthorne. Sanada says": a sentence ends between them
            if tokens[0].rstrip(".") in HONORIFICS:
                run = clean_character(tokens[-1], tokens[0].rstrip("."))
            else:
                run = clean_character(run, None)  # "Teen Shauna" is Shauna, no second full name
            if run and " " in run and name in run.split(" "):
                found.add(run)
        found = {f for f in found if _usable(f, known, index) and f not in known.people}
        if len(found) == 1:
            known.rename_character(name, found.pop())


# Verbs of plot: what characters do in narration and real people in coverage rarely do.
_PLOT_VERBS = (
    "kills|killed|murders|murdered|stabs|stabbed|shoots|shot|confronts|confronted|betrays|betrayed|"
    "marries|married|kidnaps|kidnapped|rescues|rescued|escapes|escaped|discovers|discovered|learns|"
    "reunites|reunited|realizes|realises|wakes|woke|greets|informs|leads|dies|survives|flees|fled|"
    "seduces|poisons|poisoned|sleepwalks|investigates|interrogates|arrests|arrested"
)
_PLOT_VERB_WORDS = words(_PLOT_VERBS.replace("|", " "))
PLOT_SUBJECT = re.compile(rf"\b(?P<name>{NAME_WORD}) (?:\w+ly )?(?:{_PLOT_VERBS})\b")


def plot_subjects(text: str, blocks: Sequence[tuple[int, int]]) -> frozenset[str]:
    """Name tokens that are subjects of plot verbs in narration (outside quotation marks)."""
    found = set()
    for start, end in blocks:
        chunk = text[start : min(end, start + 20_000)]
        if _PLOT_VERB_WORDS.isdisjoint(chunk_words(chunk)):
            continue
        for m in PLOT_SUBJECT.finditer(chunk):
            before = chunk[: m.start()]
            if before.count("“") > before.count("”") or before.count('"') % 2:
                continue
            if m.group("name") not in FUNCTION_WORDS:
                found.add(m.group("name"))
    return frozenset(found)
