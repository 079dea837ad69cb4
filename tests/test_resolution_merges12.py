"""Which names merge, on sentences of our own: a bare "X" and the "New X" place of the
article (resolution.namesakes)."""

from __future__ import annotations

import pytest
from test_resolution import run, stmt


def places(nlp, text: str, new: str, bare: str) -> set[str]:
    """The keys of the two places "A hotel in <new>" and "Buildings in <bare>" reach."""
    nth = text[:text.index("Buildings in ")].count(bare)  # ("Mexico" of "New Mexico")
    _, _, triples = run(nlp, text, lambda d: [stmt(d, "A hotel", "be in", new),
                                              stmt(d, "Buildings", "be in", bare,
                                                   nth=(0, nth))])
    return {o for _, _, o in triples}


@pytest.mark.parametrize("text", [
    "A hotel in New Varanpur caught fire on Monday. Buildings in Varanpur are old.",
    "A hotel in the capital, New Varanpur, caught fire on Monday. Buildings in Varanpur "
    "are old, the mayor said.",
])
def test_a_bare_name_after_the_one_new_place_it_shortens_is_that_place(nlp, text):
    assert places(nlp, text, "New Varanpur", "Varanpur") == {"place/new-varanpur"}


@pytest.mark.parametrize("text, new, bare", [
    # a country, a US state or a known region is never a "New X" shortened
    ("A hotel in New Mexico caught fire on Monday. Buildings in Mexico are old.",
     "New Mexico", "Mexico"),
    ("A hotel in New York caught fire on Monday. Buildings in York are old.",
     "New York", "York"),
    ("A hotel in New Hampshire caught fire on Monday. Buildings in Hampshire are old.",
     "New Hampshire", "Hampshire"),
    ("A hotel in New South Wales caught fire on Monday. Buildings in Wales are old.",
     "New South Wales", "Wales"),
    # a capital is its own city
    ("A hotel in New Taipei caught fire on Monday. Buildings in Taipei are old.",
     "New Taipei", "Taipei"),
    # the bare name placed in a region of its own
    ("A hotel in New Varanpur caught fire on Monday. Buildings in Varanpur, Ohio, are old.",
     "New Varanpur", "Varanpur"),
    # something else named by the word: the bare name may be its place
    ("A hotel in New Varanpur caught fire on Monday. Buildings in Varanpur are old, "
     "Varanpur University said.", "New Varanpur", "Varanpur"),
    # the bare name first: no short form of a name still to come
    ("Buildings in Varanpur are old. A hotel in New Varanpur caught fire on Monday.",
     "New Varanpur", "Varanpur"),
])
def test_a_bare_name_that_may_be_the_older_namesake_stays_apart(nlp, text, new, bare):
    assert len(places(nlp, text, new, bare)) == 2
