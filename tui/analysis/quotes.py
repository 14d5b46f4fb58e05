"""Quotations: block quotes, inline quotes and first-person interview paragraphs, with their speakers."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache, lru_cache

from tui.analysis.attribution import (
    MAX_BLOCK,
    SPEECH_VERBS,
    SUBJECT,
    Context,
    attribute_inline,
    interview_subjects,
    names_in,
    narrated_speaker,
    narrated_speaker_before,
    opens_clause,
    sentence_start_before,
    sole_character_before,
    speaker_from_subject,
    unnamed_source_between,
)
from tui.analysis.knowledge import is_headline
from tui.analysis.mentions import ResolvedMention
from tui.analysis.model import QuoteSpan
from tui.analysis.names import PRONOUN_GENDER, SPEECH_VERB_RE

# A quotation inside a paragraph: the words of someone other than the paragraph's own voice.
_QUOTED = re.compile(r"[“\"][^”\"]{0,400}[”\"]")
# First-person words; "we" and "us" (the plural group) count half. The lookahead skips other letters fast.
_FIRST_PERSON = re.compile(
    r"(?=[ImWwOoUu])\b(?:(?P<singular>I|I['’](?:m|ve|d|ll)|me|my|mine|myself)|"
    r"[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]ur|[Uu]s|[Oo]urselves)\b"
)
# "ELLISON:", "Damon Lindelof, co-creator and co-writer:", "Chris Pratt (Andy Dwyer):": a speaker's label,
# with an optional description.
_LABEL = re.compile(
    r"^(?P<label>[A-Z][A-Za-z.'’ -]{0,40}?)(?:, [^,:.!?\n“”\"]{1,70}| \([^()\n]{1,60}\))?:\s+"
)
_QUESTION_LABELS = frozenset({"Q", "Question", "Interviewer"})
_VERB_JUST_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS})(?: \w+){{0,3}}[,:]\s*[“\"]$")
_SPLIT_BY_ATTRIBUTION = re.compile(
    rf"[”\"’]?,? (?:he|she|they|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,2}}) (?:{SPEECH_VERBS})"
    rf"(?: \w+){{0,3}}, [“\"]"
)
_NOT_SPEECH_CUE = re.compile(
    r"\b(?:called|dubbed|titled|entitled|named|nicknamed|so-called|episode|song|track|term|word|phrase|"
    r"label(?:led)?|known as|billed as|hashtag|the)\s*$",
    re.I,
)
_DASH_ATTRIBUTION = re.compile(r"[—–-]\s*(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})\s*$")
# What lies between an attributed quote and the next sentence of the same speech: “…,” she said. “
_ATTRIBUTION_GAP = re.compile(rf"[,\s]*(?:\S+ ){{0,3}}?(?:{SPEECH_VERBS})[^.!?“”\"\n]{{0,60}}?[.,:]\s*[“\"]")
_OPEN = {"“": "”", '"': '"', "«": "»"}
_QUOTE_CHAR = re.compile('[“”«»"‘]')


def find_quote_marks(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(open, close_end, depth) for double-quoted passages in text[start:end], curly or straight."""
    found: list[tuple[int, int, int]] = []
    stack: list[tuple[int, str]] = []
    limit = min(end, start + MAX_BLOCK)
    # Visit only the quote characters: a paragraph has a handful, so this is C speed, not a loop per char.
    for mark in _QUOTE_CHAR.finditer(text, start, limit):
        i = mark.start()
        ch = text[i]
        if ch == "“" or ch == "«":
            stack.append((i, _OPEN[ch]))
        elif ch in "”»":
            if stack and stack[-1][1] == ch:
                o, _ = stack.pop()
                found.append((o, i + 1, len(stack)))
        elif ch == '"':
            prev = text[i - 1] if i > start else " "
            # "…red team is over by the—" The whistle shrieks.: a dash then a space is a cut-off line's end.
            cut_off = prev in "—–" and (i + 1 >= limit or text[i + 1].isspace())
            if stack and stack[-1][1] == '"' and (cut_off or not (prev.isspace() or prev in "([—–")):
                o, _ = stack.pop()
                found.append((o, i + 1, len(stack)))
            elif prev.isspace() or prev in "([—–:" or i == start:
                stack.append((i, '"'))
            elif stack and stack[-1][1] == '"':
                o, _ = stack.pop()
                found.append((o, i + 1, len(stack)))
        elif ch in "‘" and stack and (i == start or not text[i - 1].isalnum()):
            close = text.find("’", i + 1, limit)
            while close != -1 and close + 1 < limit and text[close + 1].isalpha():
                close = text.find("’", close + 1, limit)
            if close != -1:
                found.append((i, close + 1, len(stack)))
    # An opening mark left open runs to the paragraph's end: the quote goes on in the next paragraph,
    # which opens with a mark of its own ("...,” she says. “That we just got unlucky. / “But ...”).
    for o, _ in stack[:1]:
        if not any(f[0] == o for f in found):
            found.append((o, limit, 0))
    found.sort()
    return found


def _inner(text: str, o: int, c: int) -> tuple[int, int]:
    s, e = o + 1, c - 1 if text[c - 1] in '”"»’' else c
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1] in " ,\u00a0\n":
        e -= 1
    return s, e


def _is_speech(text: str, s: int, e: int, how: str | None, block_start: int) -> bool:
    inner = text[s:e]
    words = len(inner.split())
    closing = text[e : e + 2]
    if how == "split":
        return True
    if how == "after" and (words >= 5 or closing[:1] in ",.!?—" or inner[-1:] in ",.!?—"):
        return True
    lead = text[max(block_start, s - 4) : s - 1].rstrip()
    if how == "before" and words >= 5:
        return True
    # "she said, “Short.”" is speech; "wrote the pilot, “Dead Man’s Hand,”" is a title.
    if how == "before" and lead.endswith((",", ":")) and inner[:1].isupper():
        return lead.endswith(":") or _VERB_JUST_BEFORE.search(text, max(block_start, s - 30), s) is not None
    # Short phrases without a speech verb are titles, nicknames or scare quotes.
    if words < 6:
        return False
    if _NOT_SPEECH_CUE.search(text[max(block_start, s - 25) : s - 1]) and words < 10:
        return False
    return inner[:1].isupper() or inner[-1:] in ".!?…—-"


@lru_cache(maxsize=512)
def _first_person_score(text: str) -> tuple[float, int]:
    plain = _QUOTED.sub(" ", text)
    score = sum(1.0 if m.group("singular") else 0.5 for m in _FIRST_PERSON.finditer(plain))
    return score, len(plain.split()) or 1


def _is_question_label(paragraph: str) -> bool:
    label = _LABEL.match(paragraph)
    return bool(label) and label.group("label").strip() in _QUESTION_LABELS


def _is_speaker_label(paragraph: str, mentions: Sequence[ResolvedMention]) -> bool:
    """True when the paragraph opens with "NAME:" for a person the article names, or "Q:"/"A:"."""
    label = _LABEL.match(paragraph)
    if not label:
        return False
    lab = label.group("label").strip()
    if lab in _QUESTION_LABELS or lab in ("A", "Answer"):
        return True
    upper = lab.upper()
    return any(
        m.kind == "person" and (m.name.upper() == upper or m.name.split(" ")[-1].upper() == upper)
        for m in mentions
    )


def _follows_reported_speech(text: str, block: tuple[int, int, int], units) -> bool:
    """A lightly first-person paragraph right after narration that reports what someone says."""
    paragraph = text[block[0] : block[1]]
    if not units or units[-1][0] != "narration" or any(q in paragraph for q in '“”"'):
        return False
    if first_person_score(paragraph) < 1:
        return False
    previous = units[-1][1][-1]
    narration = _QUOTED.sub(" ", text[previous[0] : previous[1]])
    return bool(SPEECH_VERB_RE.search(narration))


def first_person_score(text: str) -> float:
    """First-person words outside quotation marks; "we" and "us" count half."""
    return _first_person_score(text)[0]


def is_interview_paragraph(text: str) -> bool:
    """A paragraph written in the first person, as an interview answer is."""
    stripped = text.strip()
    if not stripped or stripped[0] in '“"' or stripped.endswith("?") or len(stripped) > MAX_BLOCK:
        return False
    score, words = _first_person_score(stripped)
    return score >= 2.5 and score / words >= 0.02


_NARRATED = re.compile(rf"\b(?:{SPEECH_VERBS})\b|[“”\"]")


def _continues_answer(text: str) -> bool:
    """ "But I think Toranaga would enjoy that.": after an answer, a paragraph with a first-person word and
    no speech tag or quotation goes on with it."""
    stripped = text.strip()
    if not stripped or stripped.endswith("?") or len(stripped) > MAX_BLOCK or _NARRATED.search(stripped):
        return False
    return first_person_score(stripped) >= 1


def find_quotes(
    text: str,
    blocks: Sequence[tuple[int, int, int]],
    mentions: Sequence[ResolvedMention],
    questions: frozenset[int] = frozenset(),
    *,
    recap: bool = False,
    interviewee: str | None = None,
    genders: dict[str, str] | None = None,
    roles: dict[str, tuple[str, ...]] | None = None,
) -> list[QuoteSpan]:
    """Top-level quotes in text order, with nested quotations as children.

    `questions` holds the starts of blocks set apart as an interviewer's questions (a bold paragraph);
    the unlabelled paragraphs that follow one are the interviewee's answers. In a `recap` quoted
    dialogue belongs to characters, so pronouns may resolve to them.
    """
    ms = [m for m in mentions]
    ctx = Context(text, ms, [m.start for m in ms], [], recap, genders=genders or {}, roles=roles or {})
    ctx.interviewee = interviewee
    ctx.favoured = {interviewee} if interviewee else set()
    marks = {b: find_quote_marks(text, b[0], b[1]) for b in blocks}
    for b in blocks:
        ctx.quote_ranges.extend((o, c) for o, c, _ in marks[b])
    has_blockquotes = any(q for _, _, q in blocks)
    # Group blocks into units: runs of quoted blocks, interview paragraphs, or narration.
    units: list[tuple[str, list[tuple[int, int, int]]]] = []
    seen_narration = False
    # "Q: …" paragraphs are questions as bold ones are: what follows each, up to the next, answers it.
    questions = questions | {
        b[0]
        for b in blocks
        if not b[2] and text[b[0] : b[0] + 1] in "QI" and _is_question_label(text[b[0] : b[1]])
    }
    answers = _answer_blocks(text, blocks, questions)

    # An article that sets answers as bare first-person paragraphs does so throughout: once one
    # paragraph is plainly an answer, a lighter one after narration that reports speech is one too.
    # A critic's essay opens in the first person, and its "I" is the writer's, never an interviewee's.
    lead = next((b for b in blocks if not b[2] and not is_headline(text[b[0] : b[1]])), None)
    essay = lead is not None and not questions and is_interview_paragraph(text[lead[0] : lead[1]])

    @cache  # worked out once, and only if a paragraph needs it
    def sets_plain_answers() -> bool:
        return not has_blockquotes and any(
            is_interview_paragraph(text[b[0] : b[1]]) for b in blocks[1:] if not b[2]
        )

    for b in blocks:
        if b[0] in questions:
            units.append(("question", [b]))
        elif b[0] in answers:
            units.append(("interview", [b]))
        elif b[2] > 0:
            if units and units[-1][0] == "block":
                units[-1][1].append(b)
            else:
                units.append(("block", [b]))
        elif (
            not has_blockquotes
            and not essay
            and seen_narration
            and (
                is_interview_paragraph(text[b[0] : b[1]])
                or _is_speaker_label(text[b[0] : b[1]], ms)
                or (_follows_reported_speech(text, b, units) and sets_plain_answers())
                or (units and units[-1][0] == "interview" and _continues_answer(text[b[0] : b[1]]))
            )
        ):
            units.append(("interview", [b]))
        else:
            units.append(("narration", [b]))
            seen_narration = True
    narration = [(b[0], b[1]) for kind, bs in units if kind == "narration" for b in bs]
    for kind, bs in units:
        if kind != "narration":
            ctx.quote_ranges.append((bs[0][0], bs[-1][1]))
    subjects = interview_subjects(ctx, narration)
    subject_pos = [s[0] for s in subjects]
    quotes: list[QuoteSpan] = []
    previous_narration: tuple[int, int] | None = None
    previous_kind: str | None = None
    last_speech: tuple[int, str | None, str | None] | None = None
    exchange: list[tuple[int, str, str | None]] = []  # recent speakers, for dialogue that takes turns
    labelled: dict[str, None] = {}  # the people answer labels name ("SMART:", "EINBINDER:"), in order
    for kind, bs in units:
        start, end = bs[0][0], bs[-1][1]
        if kind == "question":
            previous_kind = kind
            continue
        if kind == "narration":
            for q in _inline_quotes(
                ctx, marks[bs[0]], (start, end), last_speech, subjects, subject_pos, exchange
            ):
                quotes.append(q)
                last_speech = (q.end, q.speaker, q.speaker_kind)
            previous_narration = (start, end)
            previous_kind = kind
            continue
        label = _LABEL.match(text[start:end]) if kind == "interview" else None
        speaker, speaker_kind, conf = None, None, 0.0
        qstart = start
        if label:
            lab = label.group("label")
            interviewer = lab in _QUESTION_LABELS or (lab.isupper() and len(lab) <= 6 and lab != "A")
            if interviewer and not any(m.name.upper().endswith(lab) for m in ms if m.kind == "person"):
                continue
            qstart = start + label.end()
            if lab not in ("A", "Answer"):
                for m in ms:
                    if m.kind == "person" and (
                        m.name.upper() == lab.upper() or m.name.split(" ")[-1].upper() == lab.upper()
                    ):
                        speaker, speaker_kind, conf = m.name, "person", 0.9
                        labelled[m.name] = None
                        break
        elif (
            kind == "interview"
            and len(labelled) == 2
            and last_speech
            and last_speech[1] in labelled
            and names_in(text[start:end], last_speech[1])
        ):
            # A joint interview's unlabelled answer that names the last labelled speaker ("Jean's being
            # polite.") is the other one's.
            speaker = next(n for n in labelled if n != last_speech[1])
            speaker_kind, conf = "person", 0.7
        tail = _DASH_ATTRIBUTION.search(text[max(start, end - 60) : end])
        if tail and not speaker:
            name_start = max(start, end - 60) + tail.start("name")
            m = ctx.mention_at(name_start, name_start + len(tail.group("name")))
            speaker, speaker_kind, conf = (m.name, m.kind, 0.9) if m else (tail.group("name"), "person", 0.7)
        # A narration paragraph right before the answer leads into it; after a question it is the intro.
        leads_in = previous_narration is not None and previous_kind == "narration"
        previous_kind = kind
        if not speaker and leads_in:
            lead = text[previous_narration[0] : previous_narration[1]].rstrip()
            if lead.endswith(":"):
                sentence_start = max(lead.rfind(". "), lead.rfind("? "), 0)
                seg_lo = previous_narration[0] + sentence_start
                for sm in reversed(
                    list(re.finditer(SUBJECT, text[seg_lo : previous_narration[0] + len(lead)]))
                ):
                    name, k = speaker_from_subject(ctx, sm.group(), seg_lo + sm.start(), seg_lo + sm.end())
                    if name:
                        speaker, speaker_kind, conf = name, k, 0.85
                        break
        if not speaker and leads_in and kind == "block":
            # "Einbinder, who had been nervous, thanked Smart from the stage." then her block quote. In a
            # profile the title's interviewee keeps the block quotes, unless the paragraph opens on another.
            m = narrated_speaker_before(ctx, start, (start, end))
            opens = m is not None and not text[previous_narration[0] : m.start].strip()
            if (
                m
                and m.kind == "person"
                and (opens or not interviewee)
                and not names_in(text[start:end], m.name)
            ):
                speaker, speaker_kind, conf = m.name, m.kind, 0.7
        if not speaker and leads_in:
            # "Ross Duffer, for his part, was more focused on the cast." opens the lead-in to his answer.
            lead_mention = ctx.mention_at(
                previous_narration[0], min(previous_narration[1], previous_narration[0] + 4)
            )
            if lead_mention and lead_mention.kind == "person":
                speaker, speaker_kind, conf = lead_mention.name, "person", 0.75
        if not speaker:
            # "Gatwa spoke with Variety": the narration's interviewee; else the one person the title
            # names ("Q&A: Emily Watson"); else whoever the narration last has speaking.
            before = [sub for sub in subjects if sub[0] < start]
            strong = [sub for sub in before if sub[2] == "strong"]
            if interviewee and start in answers:
                # A Q&A's answers are its interviewee's, whoever the narration had telling a story.
                speaker, speaker_kind, conf = interviewee, "person", 0.8
            elif strong:
                speaker, speaker_kind, conf = strong[-1][1], "person", 0.8
            elif interviewee:
                speaker, speaker_kind, conf = interviewee, "person", 0.75
            elif before:
                speaker, speaker_kind, conf = before[-1][1], "person", 0.7
        if not speaker and previous_narration:
            m = ctx.antecedent(start, None, floor=previous_narration[0], persons_only=True)
            if m:
                speaker, speaker_kind, conf = m.name, m.kind, 0.5
        children = []
        for b in bs:
            children.extend(_inline_quotes(ctx, marks[b], (b[0], b[1]), None, [], []))
        while qstart < end and text[qstart].isspace():
            qstart += 1
        qend = end
        while qend > qstart and text[qend - 1].isspace():
            qend -= 1
        # Falco: "I thought we were making a small show.": the marks are not the words.
        if qend - qstart > 2 and text[qstart] in '“"' and text[qend - 1] in '”"':
            qstart, qend = qstart + 1, qend - 1
        qtext = text[qstart:qend]
        quotes.append(
            QuoteSpan(
                qtext,
                qstart,
                qend,
                speaker,
                speaker_kind,
                "block" if kind == "block" else "interview",
                conf if speaker else 0.6,
                tuple(children),
            )
        )
        last_speech = (end, speaker, speaker_kind)
    return quotes


def _answer_blocks(text: str, blocks: Sequence[tuple[int, int, int]], questions: frozenset[int]) -> set[int]:
    """Starts of the paragraphs answering a question: all up to the next question, and after the last
    one the first and those in the first person (the closing "streaming now" line is the outlet's)."""
    out: set[int] = set()
    if not questions:
        return out
    last_question = max(questions)
    in_answer = False
    first = False
    for start, end, quoted in blocks:
        if start in questions:
            in_answer = first = True
            continue
        if quoted:
            in_answer = False  # the answer is set as a block quote: what follows it is narration
            continue
        if not in_answer:
            continue
        opening, first = first, False
        if start > last_question and not opening and not first_person_score(text[start:end]):
            in_answer = False
            continue
        if _REPORTED_SPEECH.search(text, start, end):
            continue  # narration quoting the interviewee ("“...,” he said")
        out.add(start)
    return out


_REPORTED_SPEECH = re.compile(rf"[”\"],? (?:he|she|they|[A-Z][\w'’-]+) (?:{SPEECH_VERBS})\b")


def _sentence_person(ctx: Context, o: int, block_start: int) -> ResolvedMention | None:
    """The one real person named outside quotes in the sentence leading into the quote at o."""
    lo = max(block_start, sentence_start_before(ctx.text, o))
    found = {
        m.name: m
        for m in ctx.mentions
        if lo <= m.start < o and m.kind == "person" and not m.possessive and not ctx.inside_quote(m.start)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _told(ctx, speaker: str, close: int) -> tuple[str, str | None] | None:
    """ "“It's from John,” Jamie tells Claire": the character the last line's tag says it was told to."""
    tag = _TOLD.match(ctx.text, close)
    if tag is None:
        return None
    m = ctx.mention_at(tag.end("verb") + 1, tag.end())
    return (m.name, m.kind) if m and m.kind == "character" and m.name != speaker else None


_TOLD = re.compile(
    r"[”\"]? (?:[A-Z][\w'’-]+ ){1,2}(?P<verb>tells|told|asks|asked|assures|reminds|warns) [A-Z]"
)


def _partner(ctx, speaker: str, before: int) -> tuple[str, str | None] | None:
    """The latest other character named outside quotes in the 800 characters before `before`."""
    m = ctx.latest(
        before, 800, lambda m: m.kind == "character" and m.name != speaker and not ctx.inside_quote(m.start)
    )
    return (m.name, m.kind) if m else None


_BEAT_AFTER = re.compile(
    r"[”\"]?\s+(He|She|[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+)? (?:[a-z]+s|doesn['’]t|can['’]t|won['’]t|isn['’]t)\b"
)
_SCENE_BREAK = re.compile(r"\n\s*[^“\"\s][^\n]{60,}")


def _addressee(ctx, text: str, close: int, speaker: str) -> tuple[str, str | None] | None:
    """The character the quote ending at `close` calls by name ("I like it here, Ruth."): they answer."""
    opening = max(text.rfind("“", 0, close), text.rfind('"', 0, close - 1))
    if opening < 0:
        return None
    i = bisect.bisect_right(ctx.starts, opening)  # only the mentions inside the quote
    while i < len(ctx.mentions) and ctx.mentions[i].start < close:
        m = ctx.mentions[i]
        i += 1
        if (
            m.kind == "character"
            and m.name != speaker
            and _addressed(text[opening + 1 : close], text[m.start : m.end])
        ):
            return m.name, m.kind
    return None


def _calls(ctx, s: int, e: int, name: str) -> bool:
    """True when the line text[s:e] calls the character by name or by any name the article resolved to
    them ("I have heard you, Jace." calls Jacaerys)."""
    line = ctx.text[s:e]
    if _addressed(line, name):
        return True
    i = bisect.bisect_left(ctx.starts, s)
    while i < len(ctx.mentions) and ctx.mentions[i].start < e:
        m = ctx.mentions[i]
        i += 1
        if m.name == name and _addressed(line, ctx.text[m.start : m.end]):
            return True
    return False


def _addressed(line: str, name: str) -> bool:
    """True when the line calls the person by name: "..., Otis." or "Otis, ..."."""
    return any(
        re.search(rf"(?:^|, ){re.escape(part)}[.,!?]", line) for part in name.split(" ") if len(part) > 1
    )


def _inline_quotes(ctx, marks, block, last_speech, subjects, subject_pos, exchange=None) -> list[QuoteSpan]:
    text = ctx.text
    out: list[QuoteSpan] = []
    top = [m for m in marks if m[2] == 0]
    attributed_close = -1
    if not (top and top[0][0] == block[0]):
        ctx.runs_on = None  # only a paragraph that opens with a quote continues one left open
    for o, c, _ in top:
        s, e = _inner(text, o, c)
        if e <= s:
            continue
        speaker, kind, conf, how = attribute_inline(ctx, o, c, block)
        # “Smiley would have Lamb arrested,” he said, “and he'd be right to.”: one quote broken by its
        # attribution; the second piece is the first piece's speaker's.
        if out and _SPLIT_BY_ATTRIBUTION.match(text, out[-1].end + 1, o + 1) and out[-1].speaker:
            speaker, kind, conf, how = out[-1].speaker, out[-1].speaker_kind, out[-1].confidence, "split"
        # “…,” she said. “Short.”: a sentence that goes on after an attributed quote is speech too.
        goes_on = (
            how is None
            and attributed_close >= 0
            and _ATTRIBUTION_GAP.match(text, attributed_close, o + 1) is not None
            and text[s : s + 1].isupper()
            and text[e - 1 : e] in ".!?…"
        )
        # In a recap a whole quoted sentence is dialogue, however short ("Can we not?").
        line = ctx.recap and text[s : s + 1].isupper() and text[e - 1 : e] in ".!?…—–"  # "Helaena—"
        if not goes_on and not line and not _is_speech(text, s, e, how, block[0]):
            continue
        if how is None:
            m = narrated_speaker(ctx, o, block)
            if m:
                speaker, kind, conf, how = m.name, m.kind, 0.6, "narrated"
        whole_paragraph = not text[block[0] : o].strip() and not text[c : block[1]].strip()
        if how is None and o == block[0] and ctx.runs_on is not None:
            speaker, kind = ctx.runs_on  # the quote left open at the end of the paragraph before
            conf, how = 0.7, "continued"
        if how is None and whole_paragraph and ctx.runs_on is None:
            m = narrated_speaker_before(ctx, o, block)
            if m:
                speaker, kind, conf, how = m.name, m.kind, 0.55, "narrated"
        if how is None and ctx.recap and o == block[0] and not whole_paragraph:
            # “The sound in here is extraordinary.” Charles clears his throat.: the beat is the speaker’s.
            beat = _BEAT_AFTER.match(text, c)
            if beat is None:
                m = None
            elif beat.group(1) in ("He", "She"):  # “I don't want it.” She slides a folder across.
                m = ctx.pronoun_speaker(beat.start(1), PRONOUN_GENDER[beat.group(1).lower()])
            else:
                m = ctx.mention_at(beat.start(1), beat.start(1) + 1)
            if m and m.kind == "character" and m.start <= beat.start(1) and not _calls(ctx, s, e, m.name):
                speaker, kind, conf, how = m.name, m.kind, 0.6, "beat"
        if how is None and ctx.recap and o == block[0] and ctx.runs_on is None:
            # The paragraph opens with the line: the one character the narration before named opens it.
            m = sole_character_before(ctx, block)
            if m and not _calls(ctx, s, e, m.name):
                speaker, kind, conf, how = m.name, m.kind, 0.5, "narrated"
        if how is None and ctx.recap and whole_paragraph and exchange and o - exchange[-1][0] < 600:
            # Untagged lines that take turns: the one before last speaks again, or else the character
            # the last speaker was with; never the one the line calls by name ("I anonymised it, Otis.").
            last_end, last, _ = exchange[-1]
            other = exchange[-2] if len(exchange) >= 2 and exchange[-2][1] != last else None
            if other and _SCENE_BREAK.search(text, other[0], last_end):
                other = None  # a narration paragraph between: a new scene, not the same exchange
            partner = (
                _addressee(ctx, text, last_end, last)
                or _told(ctx, last, last_end)
                or ((other[1], other[2]) if other else None)
                or _partner(ctx, last, last_end)
            )
            if partner and not _calls(ctx, s, e, partner[0]):
                speaker, kind, conf, how = partner[0], partner[1], 0.5, "turn"
        if how in ("narrated", "turn") and ctx.recap and whole_paragraph and _calls(ctx, s, e, speaker):
            # "You cannot un-promise children, Ava.": whoever the line calls by name is not who says it.
            other = _partner(ctx, speaker, o)
            speaker, kind = other if other else (None, None)
        if how is None and last_speech is not None:
            prev_end, prev_speaker, prev_kind = last_speech
            between = [
                m
                for m in ctx.mentions[
                    bisect.bisect_left(ctx.starts, prev_end) : bisect.bisect_left(ctx.starts, o)
                ]
                if m.kind == "person"
                and m.full
                and m.name != prev_speaker
                and not ctx.inside_quote(m.start)
                and opens_clause(text, m.start)  # "..., starring Ethan Hawke" names no new speaker
            ]
            if o - prev_end < 1500 and not between:
                if unnamed_source_between(text, prev_end, o):
                    how = "unnamed"  # "One insider brushed off the dip: “...”": not the last speaker
                else:
                    speaker, kind, conf, how = prev_speaker, prev_kind, 0.6, "continued"
        if how is None:
            m = _sentence_person(ctx, o, block[0])
            if m:
                speaker, kind, conf, how = m.name, m.kind, 0.6, "sentence"
        if how is None and subjects:
            i = bisect.bisect_left(subject_pos, o) - 1
            if i >= 0:
                _, speaker, _ = subjects[i]
                kind, conf = "person", 0.5
        if (
            speaker
            and kind == "person"
            and how not in ("after", "before", "split")
            and names_in(text[s:e], speaker)
        ):
            # "Sydney would show up with these enormous iced coffees": a line about someone is not theirs.
            other = ctx.interviewee if ctx.interviewee and not names_in(text[s:e], ctx.interviewee) else None
            speaker, kind = (other, "person") if other else (None, None)
        children = []
        for o2, c2, depth in marks:
            if depth >= 1 and o < o2 and c2 <= c:
                s2, e2 = _inner(text, o2, c2)
                if e2 > s2 and len(text[s2:e2].split()) >= 2:
                    children.append(QuoteSpan(text[s2:e2], s2, e2, None, None, "inline", 0.5))
        out.append(
            QuoteSpan(text[s:e], s, e, speaker, kind, "inline", conf if speaker else 0.5, tuple(children))
        )
        if c >= block[1] and text[c - 1] not in '”"»':
            ctx.runs_on = (speaker, kind) if speaker else None  # left open: continues below
        if how is not None:
            last_speech = (c, speaker, kind)
            ctx.favoured = {n for n in (ctx.interviewee, speaker) if n}
            attributed_close = c if how in ("after", "before") else -1
            if exchange is not None and speaker:
                exchange.append((c, speaker, kind))
                del exchange[:-2]
    return out
