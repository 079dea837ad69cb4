"""Every scan ends: generated tag sequences through the resolver, and the per-article bound.

A name finder that walked back before it walked forward once stood still on
"Former PM Tony Blair spoke." and held a corpus build forever. These tests run the
resolver over every short combination of the token kinds that met there, on
hand-built parses (so the model's tagging does not decide what is covered).
"""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from spacy.tokens import Doc

from newsgraph import deadline as deadline_module
from newsgraph.cli import main
from newsgraph.corpus import Failed, Settings, analyse_batch
from newsgraph.deadline import can_bound, deadline
from newsgraph.errors import AnalysisTimeout
from newsgraph.models import Article
from newsgraph.parsing import DEFAULT_MODEL
from newsgraph.resolution import resolve

# (word, part of speech, entity label or "") for each kind of token that meets in a name
TOKEN_KINDS = [
    ("Former", "ADJ", ""),  # a capitalised adjective
    ("Many", "ADJ", ""),
    ("PM", "NOUN", ""),  # an acronym tagged as a common noun
    ("TV", "PROPN", ""),  # an acronym tagged as a proper noun
    ("President", "PROPN", ""),  # a title word
    ("Blair", "PROPN", ""),
    ("Lee", "PROPN", "PERSON"),
    ("Syrian", "ADJ", "NORP"),
    (",", "PUNCT", ""),
    ("said", "VERB", ""),
]


def hand_doc(nlp, kinds: tuple[tuple[str, str, str], ...]) -> Doc:
    words = [w for w, _, _ in kinds] + ["."]
    pos = [p for _, p, _ in kinds] + ["PUNCT"]
    ents = []
    for _, _, label in kinds + ((".", "PUNCT", ""),):
        ents.append(f"B-{label}" if label else "O")
    return Doc(nlp.vocab, words=words, pos=pos, ents=ents,
               sent_starts=[True] + [False] * (len(words) - 1))


def sequences(max_length: int):
    for length in range(1, max_length + 1):
        yield from itertools.product(TOKEN_KINDS, repeat=length)


@pytest.mark.skipif(not can_bound(), reason="needs SIGALRM in the main thread")
def test_resolver_ends_on_every_short_tag_sequence(nlp) -> None:
    checked = 0
    with deadline(60, "generated sequences"):
        for kinds in sequences(4):
            doc = hand_doc(nlp, kinds)
            resolve(Article(id="gen", text=doc.text), doc, [])
            checked += 1
    assert checked == sum(len(TOKEN_KINDS) ** n for n in range(1, 5))


@pytest.mark.parametrize("sentence", [
    "Former PM Tony Blair spoke.",
    "Many TV viewers complained.",
    "Other PC makers followed suit.",
    "Former TV presenter Anna Lee said so.",
])
def test_sentences_that_once_hung_the_build_finish(tmp_path: Path, sentence: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text(sentence + "\n", encoding="utf-8")
    with deadline(60, sentence):
        assert main(["build", str(article), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0


@pytest.mark.skipif(not can_bound(), reason="needs SIGALRM in the main thread")
def test_deadline_interrupts_a_loop_and_restores_the_timer() -> None:
    started = time.monotonic()
    with pytest.raises(AnalysisTimeout, match="spin: analysis took longer than"):
        with deadline(0.2, "spin"):
            while True:
                pass
    assert time.monotonic() - started < 5
    with deadline(5, "quick"):
        pass  # a block that ends in time raises nothing, and leaves no timer behind
    time.sleep(0.05)


def _slow_on_word(word: str):
    """A resolver that stands still on articles holding `word`, as the old name finder did."""

    def slow(article, doc, extractions, **kwargs):
        while word in article.text:
            pass
        return resolve(article, doc, extractions, **kwargs)

    return slow


@pytest.mark.skipif(not can_bound(), reason="needs SIGALRM in the main thread")
def test_a_slow_article_is_skipped_and_the_batch_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deadline_module, "MIN_SECONDS", 0.5)
    monkeypatch.setattr("newsgraph.analysis.resolve", _slow_on_word("STALL"))
    articles = tuple(
        Article(id=f"a{i}", text=text, source=f"{i}.txt")
        for i, text in enumerate(["Rebels attacked the convoy.", "STALL here.",
                                  "The army shelled the town."])
    )
    results = analyse_batch(Settings(DEFAULT_MODEL), articles, skip_failures=True)
    assert [type(r).__name__ for r in results] == ["ResolvedArticle", "Failed", "ResolvedArticle"]
    failed = results[1]
    assert isinstance(failed, Failed) and failed.source == "1.txt"
    assert "analysis took longer than" in failed.reason and "\n" not in failed.reason


@pytest.mark.skipif(not can_bound(), reason="needs SIGALRM in the main thread")
def test_build_reports_a_slow_article_and_writes_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(deadline_module, "MIN_SECONDS", 0.5)
    monkeypatch.setattr("newsgraph.analysis.resolve", _slow_on_word("STALL"))
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Rebels attacked the convoy near the border.\n")
    (folder / "b.txt").write_text("The talks went on. Then the STALL came.\n")
    assert main(["build", str(folder), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "b.txt" in err and "analysis took longer than" in err
    assert "convoy" in (tmp_path / "out" / "graph.ttl").read_text()
    # one named file that stalls: exit 2, one line, nothing written
    single = tmp_path / "single"
    assert main(["build", str(folder / "b.txt"), "--out", str(single)]) == 2
    line = capsys.readouterr().err.strip()
    assert "analysis took longer than" in line and "\n" not in line
    assert not (single / "graph.ttl").exists()
