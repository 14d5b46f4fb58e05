"""Relations weighting, and analysis of hostile input in bounded time."""

from __future__ import annotations

import os
import time

from tui.analysis import ArticleAnalysis, analyze
from tui.document import Document, document_from_text


def weight(a, x, y):
    for r in a.relations:
        if {r.a, r.b} == {x, y}:
            assert r.a < r.b
            return r.weight
    return 0.0


def test_sentence_cooccurrence_outweighs_paragraph(catalog):
    same = analyze(document_from_text("In Ozark, Marty Byrde argues with Wendy Byrde."), catalog)
    apart = analyze(
        document_from_text("In Ozark, Marty Byrde argues. Wendy Byrde leaves. Ruth Langmore shrugs."), catalog
    )
    assert weight(same, "Marty Byrde", "Wendy Byrde") > weight(apart, "Marty Byrde", "Wendy Byrde") > 0


def test_relationship_phrase_boosts_weight(catalog):
    plain = analyze(document_from_text("In Ozark, Marty Byrde and Ruth Langmore drive."), catalog)
    phrase = analyze(
        document_from_text("In Ozark, the relationship between Marty Byrde and Ruth Langmore deepens."),
        catalog,
    )
    assert weight(phrase, "Marty Byrde", "Ruth Langmore") > weight(plain, "Marty Byrde", "Ruth Langmore")


def test_first_name_mentions_count_for_relations(catalog):
    a = analyze(document_from_text("The second season of Ozark is tense. Marty lies to Ruth."), catalog)
    assert weight(a, "Marty Byrde", "Ruth Langmore") >= 1


def test_empty_input(catalog):
    assert analyze(Document(""), catalog) == ArticleAnalysis()
    assert analyze(document_from_text("   \n\n  "), catalog).quotes == ()


def test_binary_garbage_and_non_english(catalog):
    garbage = os.urandom(200_000).decode("latin-1")
    result = analyze(Document(garbage), catalog)
    assert isinstance(result, ArticleAnalysis)
    japanese = analyze(
        document_from_text("ジェシカ・ジョーンズのシーズン2は素晴らしい。「最高だ」と彼女は言った。"), catalog
    )
    assert japanese.people == ()


def test_five_megabytes_in_bounded_time(catalog):
    text = ("“Word " + "Jessica Jones said " * 30 + "\n\n") * 9000
    started = time.perf_counter()
    result = analyze(document_from_text(text[:5_000_000]), catalog)
    assert time.perf_counter() - started < 5
    assert isinstance(result, ArticleAnalysis)


def test_pathological_capitalised_run_is_fast(catalog):
    text = "Aa " * 200_000 + "(" * 50_000 + "“" * 50_000
    started = time.perf_counter()
    analyze(Document(text), catalog)
    assert time.perf_counter() - started < 5
