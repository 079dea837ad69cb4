"""Which names merge and which mention a pronoun picks, on sentences of our own: a name's
subject and speaker flags come from its syntactic head, a country before a body's name
the article also uses alone is the same body, a place before a titled person's name is
no part of it, and an acronym with its expansion in brackets is one entity."""

from __future__ import annotations

import pytest
from test_resolution import run, stmt

from newsgraph.models import Article
from newsgraph.resolution.clustering import cluster_names
from newsgraph.resolution.clusters import make_clusters
from newsgraph.resolution.mentions import find_names
from newsgraph.resolution.state import ArticleState


def _mentions(nlp, text: str) -> dict[str, tuple[bool, bool]]:
    """Each name's (subject, speaker) flags, by the first name of its cluster."""
    state = ArticleState(Article(id="a1", text=text), nlp(text), None)
    make_clusters(state, cluster_names(state, find_names(state)))
    flags = {}
    for mention in state.mentions:
        if len(mention.clusters) == 1:
            flags[state.clusters[mention.clusters[0]].names[0]] = (mention.subject,
                                                                   mention.speaker)
    return flags


# ------------------------------------------------------------ the head of an "X of Y" name


@pytest.mark.parametrize("text, name, flags", [
    ("The Court of Appeal rejected the request on Monday.", "Court of Appeal", (True, False)),
    ("The Court of Appeal said the request was late.", "Court of Appeal", (True, True)),
    ("The Bank of Valdora cut its rates.", "Bank of Valdora", (True, False)),
    ("Lawyers asked the Court of Appeal for a delay.", "Court of Appeal", (False, False)),
    ("Ana Ruiz said the request was late.", "Ana Ruiz", (True, True)),
])
def test_an_of_name_is_a_subject_or_a_speaker_by_its_head(nlp, text, name, flags):
    assert _mentions(nlp, text)[name] == flags


def test_it_prefers_an_of_name_that_was_the_subject(nlp):
    text = ("The Court of Appeal rejected the request of the Valdora Mining Company on "
            "Monday. It dismissed the appeal.")
    _, _, triples = run(nlp, text, lambda d: [stmt(d, "It", "dismiss", "the appeal")])
    assert triples == {("actor/court-of-appeal", "dismiss", "thing/a1/appeal")}
