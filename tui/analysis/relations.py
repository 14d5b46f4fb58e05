"""Character relations from co-occurrence and explicit relationship phrases."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from itertools import combinations

from tui.analysis.mentions import ResolvedMention
from tui.analysis.model import Relation

SENTENCE_WEIGHT = 1.0
PARAGRAPH_WEIGHT = 0.25
PHRASE_WEIGHT = 3.0
_SENTENCE_END = re.compile(r"[.!?…](?:[\"”’)]+)?\s+(?=[\"“‘(A-Z])")
_KIN = (
    r"sister|brother|sibling|twin|wife|husband|mother|father|mom|dad|daughter|son|friend|best friend|"
    r"partner|boyfriend|girlfriend|fiancée?|ex|lover|rival|nemesis|mentor|protégée?|boss|cousin|aunt|uncle|"
    r"adoptive sister|foster sister|half-sister|half-brother|ex-wife|ex-husband|love interest"
)
_BOND = (
    r"relationship|friendship|sisterhood|brotherhood|romance|marriage|rivalry|bond|partnership|dynamic|"
    r"love story|feud|chemistry|connection"
)
# Mentions are replaced by placeholders before matching, so each side is exactly one resolved name.
_P = "\u0001\\d+\u0002"
_PHRASES = (
    re.compile(rf"\b(?:{_BOND}) (?:between|of) (?P<a>{_P}) and (?P<b>{_P})"),
    re.compile(rf"(?P<a>{_P})['’]s? (?:{_KIN}),? (?P<b>{_P})"),
    re.compile(rf"(?P<a>{_P}) and (?P<b>{_P})['’]s? (?:{_BOND})\b"),
)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        out.append((pos, m.start() + 1))
        pos = m.end()
    out.append((pos, end))
    return out


def find_relations(
    text: str, blocks: Sequence[tuple[int, int]], mentions: Sequence[ResolvedMention]
) -> tuple[Relation, ...]:
    """Per-article character pair weights; sentences count more than paragraphs, phrases most."""
    chars = [m for m in mentions if m.kind == "character"]
    starts = [m.start for m in chars]
    weights: dict[tuple[str, str], float] = {}

    def add(a: str, b: str, w: float) -> None:
        if a != b:
            key = (a, b) if a < b else (b, a)
            weights[key] = weights.get(key, 0.0) + w

    def in_range(lo: int, hi: int) -> list[ResolvedMention]:
        return chars[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    for start, end in blocks:
        para = in_range(start, end)
        if len({m.name for m in para}) < 2:
            continue
        sentence_pairs: set[tuple[str, str]] = set()
        for s, e in _sentences(text, start, min(end, start + 20_000)):
            names = sorted({m.name for m in in_range(s, e)})
            for a, b in combinations(names[:12], 2):
                add(a, b, SENTENCE_WEIGHT)
                sentence_pairs.add((a, b))
            _phrase_boosts(text, s, e, in_range(s, e), add)
        names = sorted({m.name for m in para})
        for a, b in combinations(names[:12], 2):
            if (a, b) not in sentence_pairs:
                add(a, b, PARAGRAPH_WEIGHT)
    return tuple(Relation(a, b, round(w, 3)) for (a, b), w in sorted(weights.items(), key=lambda kv: -kv[1]))


def _phrase_boosts(text: str, s: int, e: int, found: list[ResolvedMention], add) -> None:
    if len(found) < 2:
        return
    # Work on the sentence with each mention replaced by a placeholder so patterns see whole names.
    pieces = []
    pos = s
    for i, m in enumerate(found):
        pieces.append(text[pos : m.start])
        pieces.append(f"\u0001{i}\u0002")
        pos = m.end
    pieces.append(text[pos:e])
    sentence = "".join(pieces)
    if len(sentence) > 2000:
        return
    for pattern in _PHRASES:
        for match in pattern.finditer(sentence):
            a = re.fullmatch(r"\u0001(\d+)\u0002", match.group("a"))
            b = re.fullmatch(r"\u0001(\d+)\u0002", match.group("b"))
            if a and b:
                add(found[int(a.group(1))].name, found[int(b.group(1))].name, PHRASE_WEIGHT)
