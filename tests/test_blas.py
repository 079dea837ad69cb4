"""The networks' matrix products on numpy's BLAS, held to one thread while spaCy parses."""

from __future__ import annotations

import pytest
import spacy
from conftest import SHAPED_SENTENCES as SENTENCES
from spacy.lang.en import English

from newsgraph.parsing import (
    DEFAULT_MODEL,
    _openblas_threads,
    numpy_matrix_products,
    one_blas_thread,
)


def _blis_layers(nlp) -> list[bool]:
    return [node.ops.use_blis for _, pipe in nlp.components
            if getattr(pipe, "model", None) is not None
            for node in pipe.model.walk() if hasattr(node.ops, "use_blis")]


def test_the_pipelines_networks_multiply_with_numpy_and_parse_the_same(nlp, full_nlp) -> None:
    # where numpy's BLAS can be held to one thread, no layer of ours calls BLIS; a
    # pipeline loaded by spaCy in the same process (sharing thinc's ops) still does
    found = _openblas_threads() is not None
    assert not any(_blis_layers(nlp)) if found else all(_blis_layers(nlp))
    assert all(_blis_layers(full_nlp))
    for text in SENTENCES:
        ours, theirs = nlp(text), full_nlp(text)
        assert [(t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in ours] == \
            [(t.tag_, t.pos_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in theirs]


def test_numpy_products_are_taken_only_with_one_blas_thread_at_hand() -> None:
    fresh = spacy.load(DEFAULT_MODEL)
    assert numpy_matrix_products(fresh) == (_openblas_threads() is not None)
    assert not numpy_matrix_products(fresh)  # nothing left on BLIS: none moved again


def test_one_blas_thread_holds_the_count_in_the_block_only() -> None:
    threads = _openblas_threads()
    if threads is None:  # no OpenBLAS found: the block changes nothing and still runs
        with one_blas_thread():
            ran = True
        assert ran
        return
    get, put = threads
    before = get()
    put(2)
    try:
        with one_blas_thread():
            assert get() == 1
        assert get() == 2
        with pytest.raises(KeyError), one_blas_thread():
            raise KeyError("a failing parse")
        assert get() == 2
    finally:
        put(before)


def test_articles_are_parsed_with_one_blas_thread_and_the_count_comes_back() -> None:
    from newsgraph.analysis import parse_whole

    threads = _openblas_threads()
    seen: list[int] = []

    class Recorder:  # stands in for a spaCy pipeline: notes the count while it "parses"
        tokenizer = English().tokenizer

        def make_doc(self, text: str):
            return self.tokenizer(text)

        def pipe(self, batch, *, as_tuples: bool, batch_size: int):
            assert as_tuples
            for text, context in batch:
                seen.append(threads[0]() if threads is not None else 1)
                yield f"doc of {text}", context

    if threads is not None:
        before = threads[0]()
        threads[1](2)
    try:
        done = list(parse_whole(Recorder(), [("one", 1), ("two", 2), ("three", 3)], 2))
        assert done == [("doc of one", 1), ("doc of two", 2), ("doc of three", 3)]
        assert seen == [1, 1, 1]
        if threads is not None:
            assert threads[0]() == 2
    finally:
        if threads is not None:
            threads[1](before)
