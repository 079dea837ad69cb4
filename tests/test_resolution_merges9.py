"""Which names merge, on sentences of our own: a description that several names before it
could shorten is the one the article made its topic, and none when two are comparably
salient (benchmarks/merges.py)."""

from __future__ import annotations

import pytest
from test_resolution import run, stmt

# the Court of Assizes is the topic: the subject of two clauses; the Supreme Court is
# named once, never a subject
_TOPIC = ("The Court of Assizes in Valdora ruled on the dispute on Monday. The Court of "
          "Assizes is the highest criminal court in Valdora. The only court above it is the "
          "Supreme Court of Valdora. ")


def test_a_description_of_several_names_is_the_articles_topic(nlp):
    text = _TOPIC + "The court had been petitioned by Ana Ruiz."
    _, entities, triples = run(nlp, text, lambda d: [stmt(d, "Ana Ruiz", "petition",
                                                          "The court")])
    assert triples == {("actor/ana-ruiz", "petition", "actor/court-of-assizes")}
    assert "The court" in entities["actor/court-of-assizes"].alt_labels or \
        "the court" in entities["actor/court-of-assizes"].alt_labels


# ------------------------------------------------------------ what makes no topic


@pytest.mark.parametrize("text", [
    # both courts the subject of a main clause: comparably salient
    ("The Court of Assizes in Valdora ruled on the dispute on Monday. The Court of Assizes "
     "is the highest criminal court in Valdora. The Supreme Court of Valdora will hear the "
     "appeal. The court had been petitioned by Ana Ruiz."),
    # each named as often as the other
    ("The Court of Assizes in Valdora ruled on the dispute on Monday. The Court of Assizes "
     "is the highest criminal court in Valdora. Lawyers appealed to the Supreme Court of "
     "Valdora. Judges of the Supreme Court of Valdora met. The court had been petitioned "
     "by Ana Ruiz."),
    # the second subject mention of the Court of Assizes comes after "the court"
    ("The Court of Assizes in Valdora ruled on the dispute on Monday. The only court above "
     "it is the Supreme Court of Valdora. The court had been petitioned by Ana Ruiz. The "
     "Court of Assizes is the highest criminal court in Valdora."),
    # the Supreme Court is the subject of relative clauses only
    ("Lawyers cited rules that the Supreme Court of Valdora had set. Judges follow a "
     "doctrine that the Supreme Court of Valdora adopted. Lee appealed to the Court of "
     "Assizes in Valdora. The court had been petitioned by Ana Ruiz."),
])
def test_no_topic_without_a_clearly_salient_name_before(nlp, text):
    _, _, triples = run(nlp, text, lambda d: [stmt(d, "Ana Ruiz", "petition", "The court")])
    assert [o for _, _, o in triples] == ["thing/a1/court"]


def test_the_topic_is_no_reading_of_a_description_no_name_ends(nlp):
    # "the station" shortens neither court, however salient
    text = _TOPIC + "Engineers reached the station on Tuesday."
    _, _, triples = run(nlp, text, lambda d: [stmt(d, "Engineers", "reach", "the station")])
    assert [o for _, _, o in triples] == ["thing/a1/station"]


def test_a_capitalised_word_alone_is_never_read_as_the_topic(nlp):
    text = _TOPIC + 'Ana Ruiz said: "The Court will hear us."'
    _, entities, _ = run(nlp, text, lambda d: [])
    assert "the Court" not in entities["actor/court-of-assizes"].alt_labels


# ------------------------------------------------------------ a definite apposition


def test_a_definite_apposition_says_the_phrase_is_a_thing_named_before(nlp):
    text = ("Men in Valdora wear a kilt on feast days. Witnesses said the piper wore a "
            "tartan garment, the kilt.")
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Men in Valdora", "wear", "a kilt"),
        stmt(d, "the piper", "wear", "a tartan garment")])
    assert {o for _, _, o in triples} == {"thing/a1/kilt"}
    assert "tartan garment" in entities["thing/a1/kilt"].alt_labels


@pytest.mark.parametrize("text", [
    # the apposition names nothing named before
    "Witnesses said the piper wore a tartan garment, the kilt.",
    # the thing comes only after the phrase
    "Witnesses said the piper wore a tartan garment, the kilt. Men in Valdora wear a kilt.",
])
def test_an_apposition_naming_nothing_before_leaves_the_phrase_alone(nlp, text):
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "the piper", "wear", "a tartan garment"),
        *([stmt(d, "Men in Valdora", "wear", "a kilt")] if "Men" in text else [])])
    assert "thing/a1/tartan-garment" in {o for _, _, o in triples}
