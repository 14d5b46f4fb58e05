"""Who said it: speech-verb attribution, pronoun antecedents and the people an article interviews."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from tui.analysis.mentions import ResolvedMention
from tui.analysis.names import (
    CREW_ROLES,
    DEMONYMS,
    FUNCTION_WORDS,
    INVERTED_SPEECH_VERBS,
    OBJECT_SPEECH_VERBS,
    PRONOUN_GENDER,
    ROLE_WORDS,
    SHORT_FORMS,
    SPEECH_VERBS,
    gender_of,
    is_blocked_token,
    words,
)
from tui.analysis.patterns import NAME_WORD

MAX_BLOCK = 20_000
# "his father barks": people named by their relation to someone.
_RELATIONS = (
    "father|mother|dad|mom|mum|brother|sister|son|daughter|husband|wife|boyfriend|girlfriend|partner|fianc[eé]e?|"
    "boss|friend|uncle|aunt|cousin|grandmother|grandfather|colleague|co-star|costar|assistant|lawyer|manager|"
    "agent|publicist|rep|representative|spokesperson|spokesman|spokeswoman|doctor|therapist|mentor|coach"
)
SUBJECT = (
    r"\b(?:(?:Mr|Mrs|Ms|Mx|Dr)\. [A-Z][\w'’-]*|(?:[A-Z]\.){2,3}(?: [A-Z][\w'’-]*)?|"
    r"[A-Z](?:\.|[\w'’-]*)(?: [A-Z](?:\.|[\w'’-]*)){0,2}|"
    r"(?:he|she|they|He|She|They|one|another)\b|"
    r"(?:the|an?|that|this) (?:[\w'’-]+ ){0,2}\w+|(?:his|her|their) (?:[a-z-]+ )?(?:" + _RELATIONS + r")\b)"
)
_SUBJECT = re.compile(SUBJECT)
# Subjects that name nobody the article knows: "the insider", "a source", "that person".
_DETERMINERS = ("the ", "a ", "an ", "that ", "this ")
_AFTER_ATTRIBUTION = re.compile(
    rf"^[\s,—–-]*(?:(?P<verb1>{INVERTED_SPEECH_VERBS}|according to)\s+(?P<subj1>{SUBJECT})|"
    # "showrunner Jess Brownell said", "CBS president and CEO George Cheeks told reporters".
    rf"(?:(?:[A-Z][\w+&-]* )?(?:[a-z][\w-]* ){{1,4}}(?:[A-Z]{{2,4}} )?(?=[A-Z]))?(?P<subj2>{SUBJECT})"
    rf"(?:,? [\w\s,'’+&-]{{0,50}}?,| (?:for|of|at|from|close to|familiar with) "
    rf"[\w\s'’-]{{1,40}}?| \([^()]{{1,40}}\))?\s+(?:\w+ly\s+)?(?P<verb2>{SPEECH_VERBS}))\b"
)
_BEFORE_VERB = re.compile(
    rf"\b(?:{SPEECH_VERBS}|according to|In the words of|in the words of|writes|saying|adding|explaining|"
    rf"noting|telling \w+|announcing|declaring|insisting|joking|quipping|replying|asking|answering|"
    rf"warning|admitting|confessing|muttering|shouting|whispering|snapping)\b",
    re.I,
)
_POSSESSIVE_REPLY = re.compile(
    r"\b[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*['’]s (?:\w+ ){0,2}(?:reply|response|answer|retort|verdict|take|"
    r"message|statement|caption|post|tweet|note|words|line|comeback|warning|voiceover|voice-over|narration)s?"
    r"\s*[:–—]\s*$"  # "Clare's answer – “I thought you'd stop him” –"
)
_CHARACTERISE = re.compile(r"\b(?:called|calls|dubbed|dubs|branded|brands)\b")
_RELATIVE_CLAUSE = re.compile(r", (?:who|whose|which) [^,;:]{1,80},")
_INTERVIEW_CUE = re.compile(
    r"(?=[itscea])\b(?:in an? (?:\w+ )?interview with|told|tells|spoke (?:with|to)|speaking (?:with|to)|"
    r"talked (?:with|to)|sat down with|chatted with|caught up with|explains|explained|said|says|asked)\b"
)
_SUBJECT_AFTER_CUE = frozenset({"with", "to"})
# "Bateman, who returned opposite Jude Law, sat down with us": a preposition's object is no subject.
_OBJECT_BEFORE = re.compile(
    r"\b(?:opposite|alongside|with|to|for|by|from|of|about|beside|against|than|like) $"
)
_WEAK_CUES = frozenset({"said", "says", "explained", "explains", "asked"})

# Nouns that stand for a person already named ("the actress said") and the gender they imply.
_ROLE_NOUNS = {
    "actor": None,
    "actress": "f",
    "star": None,
    "showrunner": None,
    "creator": None,
    "director": None,
    "producer": None,
    "writer": None,
    "host": None,
    "comedian": None,
    "executive": None,
    "singer": None,
}
_ROLE_OF_NOUN = {"actor": "actor", "actress": "actor", "star": "actor", "showrunner": "showrunner"}
# Words after which a name opens a clause as its subject ("and Brunson laughed").
_SUBORDINATORS_LOWER = words("when while as because if once since until though although whereas after before")
_CLAUSE_OPENERS = words(
    "and but or while when as because then so after before since until though although whereas if once yet"
)
# An attribution to someone unnamed ("the insider told Us Weekly"): the quote is speech, the speaker unknown.
_UNKNOWN = "unknown"
# Someone the article keeps unnamed: "a source close to the production", "one long-serving crew member".
_UNNAMED_SOURCE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]everal|[Tt]wo|[Tt]hree|[Ss]ome) (?:[\w+-]+ ){0,3}?"
    r"(?:sources?|insiders?|spokesperson|spokesman|spokeswoman|representatives?|reps?|crew members?|"
    r"staffers?|employees?|person|people|friends?|observers?|confidantes?|pals?|executives?)\b"
    r"(?! (?:of|for|at|to) [A-Z])"
)


@dataclass
class Context:
    text: str
    mentions: list[ResolvedMention]
    starts: list[int]
    quote_ranges: list[tuple[int, int]]
    # In a recap, quoted dialogue belongs to characters, so pronouns may point at them.
    recap: bool = False
    # The speaker of a quote left open at the end of the last paragraph, which the next one continues.
    runs_on: tuple[str, str | None] | None = None
    # The interviewee the title names and the last speaker: a tie between antecedents goes to them.
    favoured: set[str] = field(default_factory=set)
    interviewee: str | None = None
    # The words of the quote being attributed: a person it speaks of by name ("Sydney would show up
    # with iced coffees," she says) is not who "she" is.
    speaking: str = ""
    # A character's gender from the actor who plays them ("Carmy", Carmen Berzatto, is Jeremy Allen White).
    genders: dict[str, str] = field(default_factory=dict)
    # The roles each person has ("actor", "showrunner"): "the actor said" is the actor named last.
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _merged: list[tuple[int, int]] = field(default_factory=list)
    _merged_starts: list[int] = field(default_factory=list)
    _merged_from: int = 0

    def gender(self, name: str) -> str | None:
        """ "f", "m" or None: the actor's for a character they play, else the given name's."""
        return self.genders.get(name) or gender_of(name)

    def inside_quote(self, pos: int) -> bool:
        if len(self.quote_ranges) != self._merged_from:  # ranges are added as the quotes are found
            self._merged = _merge_ranges(self.quote_ranges)
            self._merged_starts = [s for s, _ in self._merged]
            self._merged_from = len(self.quote_ranges)
        i = bisect.bisect_right(self._merged_starts, pos) - 1
        return i >= 0 and pos < self._merged[i][1]

    def mention_at(self, start: int, end: int) -> ResolvedMention | None:
        """The first person or character mention starting in [start, end), or covering start."""
        i = bisect.bisect_left(self.starts, start)
        if (
            i > 0
            and self.mentions[i - 1].end > start
            and self.mentions[i - 1].kind in ("person", "character")
        ):
            return self.mentions[i - 1]  # "Claire" of "Muriel St. Claire"
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.kind in ("person", "character"):
                return m
            i += 1
        return None

    def latest(self, pos: int, reach: int, accept) -> ResolvedMention | None:
        """The last mention starting within `reach` characters before pos that `accept` takes."""
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.mentions[i].start > pos - reach:
            m = self.mentions[i]
            i -= 1
            if accept(m):
                return m
        return None

    def latest_in_role(self, pos: int, role: str) -> ResolvedMention | None:
        """The last person named before pos, outside quotes, who has the role."""
        return self.latest(
            pos,
            3000,
            lambda m: (
                m.kind == "person" and role in self.roles.get(m.name, ()) and not self.inside_quote(m.start)
            ),
        )

    def antecedent(self, pos: int, gender: str | None, floor: int = 0, persons_only: bool = False):
        """The likely referent of a pronoun at pos: first fitting name of the latest sentence with one."""
        i = bisect.bisect_left(self.starts, pos) - 1
        sentence: list[ResolvedMention] = []
        while i >= 0 and self.mentions[i].start >= floor:
            m = self.mentions[i]
            i -= 1
            if not self._fits(m, gender, persons_only):
                continue
            if not sentence:
                sentence_start = sentence_start_before(self.text, m.start)
            elif m.start < sentence_start:
                break
            sentence.append(m)
        if not sentence:
            return None
        # "When Taissa stares at him, he doubles down. “...,” he adds": the sentence's subject is the
        # pronoun itself, so its names are not the referent; look one sentence further back.
        if gender and not any(self._subject_like(m) for m in sentence):
            pronoun = "he" if gender == "m" else "she"
            # Only the names' own sentence: "... belongs to Richard. In his office, he delivers the news"
            # has Richard as the referent of the later "he".
            here = self.text[sentence_start:pos]
            ends = [
                i for i in (here.find(e, sentence[0].end - sentence_start) for e in _SENTENCE_ENDS) if i != -1
            ]
            if ends:
                here = here[: min(ends) + 1]
            if re.search(rf"(?:^\s*|[,;] )(?i:{pronoun}) \w", here) and sentence_start > floor:
                earlier = self.antecedent(sentence_start - 1, gender, floor, persons_only)
                if earlier is not None:
                    return earlier
        # A real person outranks a character beside them; a subject ("..., Brunson didn't hesitate")
        # outranks an object ("leave Abbott for"); then the first, as subjects come first.
        # Between two who fit equally, the one the article is about or who spoke last ("she says").
        # A later clause joined by "and"/"but" has its own subject, and the pronoun's is the nearer one
        # ("Mrs. Astor admires the Sèvres, and Bertha visibly glows. “...,” she says").
        return min(
            sentence,
            key=lambda m: (
                m.kind != "person",
                not self._subject_like(m),
                self._subordinate(m),  # "Moriarty got a cheer when Tyler asked, and she ...": Moriarty
                m.name not in self.favoured,
                -m.start if self._joined_clause(m) else m.start,
            ),
        )

    def _joined_clause(self, m: ResolvedMention) -> bool:
        return _JOINED_CLAUSE.search(self.text, max(0, m.start - 8), m.start) is not None

    def _subordinate(self, m: ResolvedMention) -> bool:
        """The subject of a clause that hangs on another ("when Tyler asked"), not of a main clause."""
        before = self.text[max(0, m.start - 24) : m.start].split()
        return bool(before) and before[-1].lower() in _SUBORDINATORS_LOWER

    def _subject_like(self, m: ResolvedMention) -> bool:
        raw = self.text[max(0, m.start - 48) : m.start]
        if "\n" in raw[len(raw.rstrip()) :]:
            return True  # a paragraph's first word, after a heading with no full stop
        before = raw.rstrip()
        nickname = _NICKNAME_BEFORE.search(before)
        if nickname:  # "about Matthew “Dot” Cottan": the quoted nickname is inside the name
            before = before[: nickname.start()].rstrip()
        if not before or before[-1] in '.,;:!?"“”—–(':
            return True
        return before.rsplit(None, 1)[-1] in _CLAUSE_OPENERS

    def _fits(self, m: ResolvedMention, gender: str | None, persons_only: bool) -> bool:
        if m.kind == "show" or self.inside_quote(m.start):
            return False
        # "Ritter's character said" is not Ritter; but a sentence that opens with one ("Nandor's
        # contribution is worse. He summons ...") is about them.
        if m.possessive and sentence_start_before(self.text, m.start) != m.start:
            return False
        if m.kind == "person" and self.text[max(0, m.start - 1) : m.start] == "(":
            return False  # "Misty (Samantha Hanratty) ... she offers": the actor is an aside
        if persons_only and m.kind != "person":
            return False
        if self.speaking and m.kind == "person" and names_in(self.speaking, m.name):
            return False
        g = self.gender(m.name)
        return not (gender and g and g != gender)

    def pronoun_speaker(self, pos: int, gender: str | None) -> ResolvedMention | None:
        """Who "he/she/they said" is: the latest fitting person of this or the previous sentence.

        Characters speak through pronouns only in recaps, or where no person is that close and the
        nearest name is a character (dialogue quoted in plot narration).
        """
        anyone = self.antecedent(pos, gender)
        if self.recap and anyone is not None and self._crew(anyone.name):
            # "...and Cahn lets it breathe. “That’s the problem,” she says.": the writer tells the story,
            # the characters speak it.
            return (
                self.latest(pos, 1500, lambda m: m.kind == "character" and self._fits(m, gender, False))
                or anyone
            )
        if self.recap or anyone is None or anyone.kind == "person":
            return anyone
        this_sentence = sentence_start_before(self.text, pos)
        floor = sentence_start_before(self.text, max(0, this_sentence - 2))
        person = self.antecedent(pos, gender, floor=floor, persons_only=True)
        if person is None and self.interviewee:
            # An interview outside a recap: "he says" after a character is named is still the interviewee.
            i = bisect.bisect_left(self.starts, pos) - 1
            while i >= 0:
                m = self.mentions[i]
                i -= 1
                if m.name == self.interviewee and self._fits(m, gender, True):
                    return m
        return person or anyone

    def _crew(self, name: str) -> bool:
        """A person behind the camera: a creator, showrunner, writer, director or producer."""
        return not CREW_ROLES.isdisjoint(self.roles.get(name, ()))

    def surname_person(self, token: str, before: int, gender: str | None = None) -> ResolvedMention | None:
        """The latest person named in full before `before` whose surname is token ("McGee said"), and
        whose given name is of the gender asked for, if one is."""
        i = bisect.bisect_left(self.starts, before) - 1
        while i >= 0:
            m = self.mentions[i]
            i -= 1
            surname_fits = m.kind == "person" and " " in m.name and m.name.endswith(" " + token)
            if surname_fits and (gender is None or self.gender(m.name) == gender):
                return m
        return None


# A sentence ends at ". ", "? " or "! " (a closing quote mark may come between), or at a line break; not
# after an initial ("George R.R. Martin", "Sterling K. Brown").
_SENTENCE_ENDS = (". ", "? ", "! ", ".” ", "?” ", "!” ", '." ', '?" ', '!" ', "\n")


_ABBREVIATIONS = words(
    "Dr Mr Mrs Ms Mx St Jr Sr Prof Lt Sgt Capt Det Gen Gov Sen Rep Col Cmdr Insp Supt Mt Ft No vs etc"
)


def _merge_ranges(ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or nested ranges as disjoint ones, in order."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _abbreviation_before(window: str, dot: int) -> bool:
    """True when the full stop at `dot` ends an abbreviation ("Dr. Jennifer Melfi"), not a sentence."""
    start = dot
    while start > 0 and window[start - 1].isalpha():
        start -= 1
    return window[start:dot] in _ABBREVIATIONS


def _last_sentence_end(window: str) -> int:
    """Index just past the last sentence end in window, or -1."""
    best = -1
    for end in _SENTENCE_ENDS:
        j = window.rfind(end)
        while j > 0 and end[0] == "." and (window[j - 1].isupper() or _abbreviation_before(window, j)):
            j = window.rfind(end, 0, j)
        if j != -1:
            best = max(best, j + len(end))
    return best


def sentence_start_before(text: str, pos: int) -> int:
    lo = max(0, pos - 400)
    cut = _last_sentence_end(text[lo:pos])
    return lo + cut if cut != -1 else lo


@lru_cache(maxsize=4096)
def _MID_SENTENCE(token: str) -> re.Pattern[str]:
    """The token written after a lower-case word, not as a sentence's first word."""
    return re.compile(rf"(?<=[a-z,] ){re.escape(token)}\b(?![ -][A-Z])")


_OWN_PRONOUN = re.compile(r",? (?:for|in) (his|her) (?:part|turn|defen[cs]e)\b")


def speaker_from_subject(ctx: Context, subject: str, s: int, e: int) -> tuple[str | None, str | None]:
    while " " in subject and subject.split(" ")[0].endswith("ly") and subject[:1].isupper():
        head, subject = subject.split(" ", 1)  # "Eventually Jake" is Jake
        s += len(head) + 1
    word = subject.split(" ")[0]
    if word in ("his", "her", "their"):
        return None, _UNKNOWN  # "his father barks": someone the article has not named here
    if subject.lower() in PRONOUN_GENDER:
        m = ctx.pronoun_speaker(s, PRONOUN_GENDER[subject.lower()])
        # "One crew member, who asked not to be named, told us ... “...,” they said": an unnamed source
        # introduced after the last name is whom the pronoun stands for.
        if unnamed_source_between(ctx.text, m.end if m else 0, s):
            return None, _UNKNOWN
        return (m.name, m.kind) if m else (None, None)
    if subject in ("one", "another"):
        return None, _UNKNOWN  # "Several sources claim ... “...,” one said"
    if word in ("a", "an", "that", "this"):
        return None, _UNKNOWN  # "said a source close to the production", "that person said"
    if word == "the":
        noun = subject.split(" ")[-1].lower()
        if noun in _ROLE_NOUNS:
            m = _role_subject(ctx, s)
            return (m.name, m.kind) if m else (None, None)
        return None, _UNKNOWN
    m = ctx.mention_at(s, e)
    if m and m.kind == "person" and " " not in subject:
        # "Hoffman, for his part, said": of two Hoffmans, the man.
        cue = _OWN_PRONOUN.match(ctx.text, e)
        wanted = cue and PRONOUN_GENDER[cue.group(1).lower()]
        if wanted and ctx.gender(m.name) != wanted:  # "Jackie" could be either; "John" is a man
            m = ctx.surname_person(subject, s, wanted) or m
    if m:
        return m.name, m.kind
    if " " in subject:
        m = ctx.surname_person(subject, s)  # "Van Zandt recalls"
        if m:
            return m.name, m.kind
    if " " not in subject and subject not in FUNCTION_WORDS:
        m = ctx.surname_person(subject, s)
        if m:
            return m.name, m.kind
        if subject[:1].isupper() and not is_blocked_token(subject):
            # "Retta joked": a single name the article writes mid-sentence too is someone who goes by it
            # (a mononymous star, or a character in a recap).
            if subject not in DEMONYMS and _MID_SENTENCE(subject).search(ctx.text):
                return subject, "character" if ctx.recap else "person"
            # An unknown "McBride said" is still an attribution: not the previous speaker's words.
            return None, _UNKNOWN
    tokens = [t for t in subject.split(" ") if t not in FUNCTION_WORDS and not is_blocked_token(t)]
    if len(tokens) >= 2 and tokens == subject.split(" "):
        return subject, "person"
    return None, None


def unnamed_source_between(text: str, lo: int, pos: int) -> bool:
    """An unnamed source in narration (not inside a quotation) between lo and pos, within the sentence
    of pos and the one before it."""
    floor = max(lo, sentence_start_before(text, max(0, sentence_start_before(text, pos) - 2)))
    for m in _UNNAMED_SOURCE.finditer(text, floor, pos):
        before = text[floor : m.start()]
        if before.count("“") <= before.count("”") and before.count('"') % 2 == 0:
            return True
    return False


def attribute_inline(ctx: Context, o: int, c: int, block: tuple[int, int]):
    """(speaker, kind, confidence, how) where how is "after", "before" or None."""
    ctx.speaking = ctx.text[o:c]
    try:
        return _attribute_inline(ctx, o, c, block)
    finally:
        ctx.speaking = ""


def names_in(passage: str, name: str) -> bool:
    """True when the passage speaks of or to the person: any part of the name, or a short form of the
    first name ("Chris told me early on" is not Christopher Storer's own line)."""
    parts = name.split(" ")
    forms = {p for p in parts if len(p) > 1} | set(SHORT_FORMS.get(parts[0], ()))
    return any(re.search(rf"\b{re.escape(form)}\b", passage) for form in forms)


def _attribute_inline(ctx: Context, o: int, c: int, block: tuple[int, int]):
    text = ctx.text
    after = text[c : min(block[1], c + 120)]
    # "“...?” asks Osei", "“...,” admitted showrunner Lena Park": the verb first, a name soon after.
    inverted = _INVERTED_BEFORE_NAME.match(after)
    if inverted and (not inverted.group("ask") or text[max(0, c - 2) : c].startswith("?")):
        found = ctx.mention_at(c + inverted.end(), c + inverted.end() + 2)
        if found is not None:
            return found.name, found.kind, 0.9, "after"
    m = _AFTER_ATTRIBUTION.match(after)
    if m:
        if m.group("subj2"):
            subj, s, e = m.group("subj2"), c + m.start("subj2"), c + m.end("subj2")
            name, kind = speaker_from_subject(ctx, subj, s, e)
        else:
            # "said Hulu executive Carla Jimenez": the first name after the verb, past any descriptor.
            verb_end = c + m.end("verb1")
            found = ctx.mention_at(verb_end, min(block[1], verb_end + 50))
            if found and not text[verb_end : found.start].strip(" ,").count("."):
                name, kind = found.name, found.kind
            else:
                subj = m.group("subj1")
                name, kind = speaker_from_subject(ctx, subj, c + m.start("subj1"), c + m.end("subj1"))
        if name or kind == _UNKNOWN:
            return name, None if kind == _UNKNOWN else kind, 0.9, "after"
    lo = max(block[0], o - 160)
    before = text[lo:o]
    closed = max((before.rfind(mark) + len(mark) for mark in _CLOSING if mark in before), default=-1)
    cut = max(_last_sentence_end(before), closed)
    if cut != -1:
        lo += cut
        before = text[lo:o]
    verbs = list(_BEFORE_VERB.finditer(before))
    if not verbs and len(text[o:c].split()) >= 8:
        # "Ha called the role “the kind of part I ...”"; two people calling it something say nothing.
        verbs = list(_CHARACTERISE.finditer(before))
        if verbs and re.search(r"\b[A-Z][\w'’-]+ and ", before[: verbs[-1].start()]):
            return None, None, 0.0, None
    # "described the series to an audience at the BFI as “...”": "as" carries the verb further.
    reach = 90 if before.rstrip().endswith(" as") else 60
    if len(text[o:c].split()) >= 6:
        reach = len(before)  # a long quote is the speech of a reporting verb anywhere in its sentence
    if verbs and len(before) - verbs[-1].end() < reach:
        v = verbs[-1]
        # "Kay, who like Down worked in finance, said": the subject is outside the relative clause.
        left = _RELATIVE_CLAUSE.sub(lambda r: " " * len(r.group()), before[: v.start()])
        right = before[v.end() :]
        sub = re.match(rf"\s*({SUBJECT})", right)
        if v.group().lower().startswith(("according", "in the words")):
            pronoun = re.match(r"\s*(her|him|them)\b", right)
            if pronoun:  # "According to her, Robbins plays him ...": her, not Robbins
                m = ctx.pronoun_speaker(lo + v.end(), PRONOUN_GENDER[pronoun.group(1)])
                return (m.name, m.kind, 0.8, "before") if m else (None, None, 0.5, "before")
            found = ctx.mention_at(lo + v.end(), min(o, lo + v.end() + 40))
            if found:
                return found.name, found.kind, 0.85, "before"
            if sub:
                name, kind = speaker_from_subject(
                    ctx, sub.group(1), lo + v.end() + sub.start(1), lo + v.end() + sub.end(1)
                )
                if name:
                    return name, kind, 0.85, "before"
        subs = list(_SUBJECT.finditer(left))
        named = [sm for sm in subs if not sm.group().startswith(_DETERMINERS)]
        subs = (named or subs)[-3:]
        # "his father barks, “...”": someone unnamed right before the verb speaks, not a name before them.
        last = subs[-1] if subs else None
        if last and re.match(r"(?:his|her|their) ", last.group()) and not left[last.end() :].strip():
            return None, None, 0.85, "before"
        # "She then turned to Brunson and added ...": else the nearest subject, not an object after "to";
        # a name the article knows, or a pronoun, before an unknown capitalised word.
        subs.sort(
            key=lambda sm: (
                sm.group().lower() not in PRONOUN_GENDER
                and ctx.mention_at(lo + sm.start(), lo + sm.end()) is None,
                not opens_clause(left, sm.start()),
                -sm.start(),
            )
        )
        for sm in subs:
            if sm.group().startswith(("his ", "her ", "their ")):
                continue  # "tilts her head and says": an object, and no speaker
            if left[max(0, sm.start() - 1) : sm.start()] == "(":
                continue  # "Muriel (Teryl Rothery) gets the laugh, announcing": the actor is an aside
            subject, start = sm.group(), lo + sm.start()
            while " " in subject and subject.split(" ")[0] in FUNCTION_WORDS:  # "Showrunner Ryan Condal"
                head, subject = subject.split(" ", 1)
                start += len(head) + 1
            if subject.split(" ")[0] in FUNCTION_WORDS and subject.lower() not in PRONOUN_GENDER:
                continue
            name, kind = speaker_from_subject(ctx, subject, start, lo + sm.end())
            if name or kind == _UNKNOWN:
                return name, None if kind == _UNKNOWN else kind, 0.85, "before"
        # "said Rosenberg": the name after the verb; never after "described Wendy as" or "told Eve".
        if sub and v.group().lower() not in OBJECT_SPEECH_VERBS:
            name, kind = speaker_from_subject(
                ctx, sub.group(1), lo + v.end() + sub.start(1), lo + v.end() + sub.end(1)
            )
            if name:
                return name, kind, 0.8, "before"
    colon = re.search(rf"({SUBJECT}):\s*$", before)
    if colon:
        name, kind = speaker_from_subject(ctx, colon.group(1), lo + colon.start(1), lo + colon.end(1))
        if name:
            return name, kind, 0.8, "before"
    owner = _POSSESSIVE_REPLY.search(before)
    if owner:  # "Jack's stunned reply: “...”"
        m = ctx.mention_at(lo + owner.start(), lo + owner.end())
        if m and m.kind in ("person", "character"):
            return m.name, m.kind, 0.75, "before"
    if before.rstrip().endswith(":"):
        # "Bell kept it shorter on her own account: “...”", "Jack's stunned reply: “...”": the sentence
        # that opens with the speaker leads into the quote.
        # "Hal tries to explain, but Nora cuts him off:": the last clause's subject leads in.
        joints = list(_CLAUSE_JOINT.finditer(before))
        m = _sentence_subject(ctx, lo + joints[-1].end(), o) if joints else None
        m = m or _sentence_subject(ctx, lo, o, possessive=True)
        if not m and ctx.mention_at(lo, o) is None and not _PRONOUN.search(before):
            # "She says nothing for a long time. Then, quietly: “...”": the sentence before names her.
            prior = sentence_start_before(ctx.text, max(0, lo - 2))
            m = _sentence_subject(ctx, prior, lo) if prior >= block[0] else None
        if m:
            return m.name, m.kind, 0.7, "before"
    return None, None, 0.0, None


_PRONOUN = re.compile(r"\b(?:he|she|they|He|She|They)\b")
_CLAUSE_JOINT = re.compile(r"(?:, (?:but|and|while|yet|so)|;) (?=[A-Z])")
_SUBORDINATORS = words("When After Before As While Once Although Though If Since Until Because Whenever")
_DESCRIBED = re.compile(r"['’]s (?:[a-z-]+ ){1,3}")
_INVERTED_BEFORE_NAME = re.compile(
    rf"^[\s,—–-]*(?:(?P<ask>asks|asked)|(?:{INVERTED_SPEECH_VERBS}) (?:[a-z][\w-]* ){{1,3}})\s*(?=[A-Z])"
)
_JOINED_CLAUSE = re.compile(r"[,;] (?:and|but|while|yet) $")
_NICKNAME_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+[\"“‘'][^\"”’]{1,20}[\"”’']$")
_REACTION = re.compile(r"['’]s (?:\w+ )?(?:reaction|response|reply|answer|retort|comeback|verdict)\b")
# The end of a quotation earlier in the sentence: what comes before it names no speaker of the next one.
_CLOSING = ("” ", '," ', '." ', '?" ', '!" ')


def opens_clause(text: str, at: int) -> bool:
    """True when the word at `at` opens a clause, as its subject does ("..., Brunson said"); not the
    next name of a list ("thank Lucia Aniello, Paul W. Downs and Jen Statsky")."""
    before = text[max(0, at - 60) : at].rstrip() or text[:at].rstrip()  # past a blanked-out clause
    if _LIST_BEFORE.search(before):
        return False
    return not before or before[-1] in '.,;:!?"“”—–' or before.rsplit(None, 1)[-1] in _CLAUSE_OPENERS


_LIST_BEFORE = re.compile(r"[A-Z][\w'’.-]* [A-Z][\w'’.-]*(?:,| and| or|, and)$")


# Words a recap's sentence opens with before its subject: "And then Barbara … holds out her hand".
_LEAD_PHRASE = re.compile(
    r"(?:At|In|On|Back|Later|Inside|Outside|Upstairs|Downstairs|Over|After|Before|Across|Elsewhere|Moments|"
    r"Minutes|Hours|Once)\b[\w'’ -]{0,30},?"
)
_SCENE_LEADS = frozenset({"Meanwhile", "Later", "Then", "And then", "But then", "Finally", "Eventually"})


def _sentence_subject(ctx: Context, lo: int, hi: int, *, possessive: bool = False):
    """The person or character opening the text between lo and hi as its subject, if any."""
    start = ctx.text[lo:hi]
    word = re.match(r"\s*(\w+)", start)
    if word and word.group(1).lower() in PRONOUN_GENDER:
        return ctx.pronoun_speaker(lo + word.start(1), PRONOUN_GENDER[word.group(1).lower()])
    role = _role_subject(ctx, lo + word.start(1)) if word and word.group(1) in ("The", "the") else None
    if role is not None:
        return role
    i = bisect.bisect_left(ctx.starts, lo)
    if i < len(ctx.mentions):
        m = ctx.mentions[i]
        lead = ctx.text[lo : m.start].strip()
        opens = not lead or lead in FUNCTION_WORDS or lead.rstrip(",") in _SCENE_LEADS
        # "At one point Sydney pulls the door shut", "Back at the house, Claire waits": a short lead of
        # time or place before the subject.
        opens = opens or _LEAD_PHRASE.fullmatch(lead) is not None
        # "Presenter Ben Tarrow drew the night's biggest laugh:", "Netflix executive Amy Reisenbach said".
        opens = opens or (len(lead) < 40 and lead.split(" ")[-1].lower() in ROLE_WORDS)
        # "When Hal returns, Nora is waiting.": the main clause's subject, after the subordinate one.
        if lead in _SUBORDINATORS:
            comma = ctx.text.find(", ", m.end, hi)
            after = ctx.mention_at(comma + 2, comma + 3) if comma != -1 else None
            if after is not None and not after.possessive:
                return after
        # "It's Meredith, of all people, who plays peacemaker.": the cleft's name is the subject.
        opens = opens or (lead in ("It's", "It’s", "It is", "It was") and " who " in ctx.text[m.end : hi])
        # "Quill's co-star Osei agreed.": the one the possessive describes is the subject.
        if opens and m.possessive and i + 1 < len(ctx.mentions):
            described = ctx.mentions[i + 1]
            if (
                described.start < hi
                and described.kind in ("person", "character")
                and _DESCRIBED.fullmatch(ctx.text, m.end, described.start)
            ):
                return described
        # "Bailey's reaction is pure Bailey.": her reaction is what she says next.
        reacts = m.possessive and _REACTION.match(ctx.text, m.end, hi) is not None
        if (
            opens
            and m.start < hi
            and m.kind in ("person", "character")
            and (possessive or reacts or not m.possessive)
        ):
            return m
    # "Asked what she hopes for Martha, she was thoughtful:": the subject after a fronted clause.
    comma = start.find(", ")
    if comma > 0 and not start[comma + 2 :].startswith(("“", '"')) and lo + comma + 2 < hi:
        after = re.match(r"(he|she|they|the)\b", start[comma + 2 :])
        role = _role_subject(ctx, lo + comma + 2) if after and after.group(1) == "the" else None
        if role is not None:
            return role  # "In a statement, the actor said"
        if after and after.group(1) != "the":
            return ctx.pronoun_speaker(lo + comma + 2, PRONOUN_GENDER[after.group(1)])
        m = ctx.mention_at(lo + comma + 2, lo + comma + 3)
        if m and m.kind in ("person", "character") and not m.possessive:
            return m
    return None


_ROLE_SUBJECT = re.compile(rf"[Tt]he (?:[\w-]+ )??(?P<noun>{'|'.join(_ROLE_NOUNS)})\b")


def _role_subject(ctx: Context, at: int):
    """ "The actor said he had been thinking": the person the role noun stands for, else None."""
    m = _ROLE_SUBJECT.match(ctx.text, at)
    if m is None:
        return None
    noun = m.group("noun")
    found = ctx.antecedent(at, _ROLE_NOUNS[noun], persons_only=True)
    role = _ROLE_OF_NOUN.get(noun)
    if found and role and role not in ctx.roles.get(found.name, (role,)):
        found = ctx.latest_in_role(at, role) or found  # "executive producer Josh Griffith ... the actor said"
    return found


# "Colman's Godmother, he adds, is the show's quiet masterstroke.": a speech tag set off inside the sentence.
_INNER_TAG = re.compile(rf", (?P<subject>he|she|they|{NAME_WORD}) (?:{SPEECH_VERBS}),")


def narrated_speaker(ctx: Context, o: int, block: tuple[int, int]):
    """ "Natalie (Sophie Thatcher) doesn't look up. “Then we stop pretending.”": a quote with no
    attribution, opening right after a sentence whose subject is a character or person, is theirs."""
    end = re.search(r"(?<![A-Z])[.!?]\s*$", ctx.text[block[0] : o])
    if not end:
        return None
    hi = block[0] + end.start()
    lo = sentence_start_before(ctx.text, hi)
    if lo < block[0] or any(q in ctx.text[lo:hi] for q in '“”"') or ctx.inside_quote(lo):
        return None
    tag = _INNER_TAG.search(ctx.text, lo, hi)
    if tag:
        subject = tag.group("subject")
        if subject in PRONOUN_GENDER:
            return ctx.pronoun_speaker(tag.start("subject"), PRONOUN_GENDER[subject])
        return ctx.mention_at(tag.start("subject"), tag.end("subject"))
    return _sentence_subject(ctx, lo, hi)


def _plain_paragraph_before(ctx: Context, at: int, reach: int) -> tuple[int, int] | None:
    """(start, end) of the paragraph of plain narration ending right before `at`, its end just past the
    closing full stop; None when it has a line of dialogue in it ("Is that a no?" Jake asks.), which is
    part of the exchange and has its own turns, or is cut by `reach`."""
    window = ctx.text[max(0, at - reach) : at]
    lead = window.rstrip()
    paragraph = lead[lead.rfind("\n") + 1 :]
    if not paragraph.endswith((".", "!", "?")) or any(q in paragraph for q in '“”"'):
        return None
    end = at - (len(window) - len(lead))
    return end - len(paragraph), end


def narrated_speaker_before(ctx: Context, o: int, block: tuple[int, int]):
    """ "He summons Kate to Downing Street and greets her with a grin." then, as the next paragraph, the
    untagged line “Ambassador, ...”: the subject of the narration's last sentence speaks it."""
    paragraph = _plain_paragraph_before(ctx, block[0], 600)
    if paragraph is None:
        return None
    start, end = paragraph
    hi = end - 1
    lo = sentence_start_before(ctx.text, hi)
    if lo < start - 1 or ctx.inside_quote(lo):
        return None
    found = _sentence_subject(ctx, lo, hi)
    # In a recap, a paragraph that ends on a comment ("That's the tell.") still sets up whoever its
    # earlier sentence had acting: "At one point Sydney pulls the door shut ... That's the tell."
    while found is None and ctx.recap and lo > start + 1:
        hi = lo - 1
        lo = sentence_start_before(ctx.text, hi)
        if lo < start - 1:
            break
        found = _sentence_subject(ctx, lo, hi)
        if found is not None and found.kind != "character":
            found = None
            break
    return found


def sole_character_before(ctx: Context, block: tuple[int, int]):
    """The one character a plain narration paragraph right before the block names ("a meeting on a bench
    with Diana Taverner (Kristin Scott Thomas)."), who opens the exchange that follows; else None."""
    paragraph = _plain_paragraph_before(ctx, block[0], 800)
    if paragraph is None:
        return None
    lo, hi = paragraph
    i = bisect.bisect_left(ctx.starts, lo)
    found = {}
    while i < len(ctx.mentions) and ctx.mentions[i].start < hi:
        m = ctx.mentions[i]
        i += 1
        if m.kind in ("person", "character") and ctx.text[m.start - 1 : m.start] != "(":  # not the actor
            found[m.name] = m
    only = next(iter(found.values())) if len(found) == 1 else None
    return only if only is not None and only.kind == "character" else None


def interview_subjects(ctx: Context, narration: Sequence[tuple[int, int]]) -> list[tuple[int, str, str]]:
    """(position, name, strength) of each person the narration presents as speaking or interviewed."""
    out: list[tuple[int, str, str]] = []
    text = ctx.text
    for start, end in narration:
        for cue in _INTERVIEW_CUE.finditer(text, start, min(end, start + MAX_BLOCK)):
            if ctx.inside_quote(cue.start()):
                continue
            chosen = None
            if cue.group().split(" ")[-1] in _SUBJECT_AFTER_CUE:
                m = ctx.mention_at(cue.end(), min(end, cue.end() + 40))
                gap = text[cue.end() : m.start] if m else ""
                if m and m.kind == "person" and re.fullmatch(r"\s*(?:[a-z-]+\s+){0,3}", gap):
                    chosen = m
            if chosen is None:
                # The cue's own sentence: "Mark Strong co-stars. We spoke to the nominee" is not Strong.
                lo = max(start, cue.start() - 80)
                cut = _last_sentence_end(text[lo : cue.start()])
                lo += max(cut, 0)
                window = text[lo : cue.start()]
                subs = [sm for sm in _SUBJECT.finditer(window) if not sm.group().startswith(_DETERMINERS)]
                subs = [
                    sm
                    for sm in subs
                    if not _OBJECT_BEFORE.search(window, max(0, sm.start() - 12), sm.start())
                ]
                for sm in reversed(subs[-2:]):
                    word = sm.group()
                    if word.lower() in PRONOUN_GENDER:
                        m = ctx.antecedent(lo + sm.start(), PRONOUN_GENDER[word.lower()], persons_only=True)
                    else:
                        m = ctx.mention_at(lo + sm.start(), lo + sm.end())
                    if m and m.kind == "person":
                        chosen = m
                        break
            if chosen:
                out.append((cue.start(), chosen.name, "weak" if cue.group() in _WEAK_CUES else "strong"))
    return out
