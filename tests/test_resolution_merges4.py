"""Which names merge, on sentences of our own: a definite description that shortens the
one fuller name or thing before it, "<Name> company", and a country's institution named
two ways (benchmarks/merges.py)."""

from __future__ import annotations

import pytest
from test_resolution import node_with, nodes_of, run, stmt

# ------------------------------------------------------------ shortened descriptions


def test_a_description_is_the_one_name_whose_head_noun_it_is(nlp):
    text = ("The Kestrel Orbital Station lost power on Monday. Engineers said they reached "
            "the station on Tuesday.")
    _, entities, triples = run(nlp, text, lambda d: [stmt(d, "Engineers", "reach", "the station")])
    assert {o for _, _, o in triples} == {"actor/kestrel-orbital-station"}
    assert "the station" in entities["actor/kestrel-orbital-station"].alt_labels


def test_a_description_writing_a_hyphened_word_whole_is_the_fuller_thing(nlp):
    text = ("Acme received a copyright take-down notice from Globex on Monday. Critics "
            "denounced the takedown notice.")
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "Acme", "receive", "a copyright take-down notice"),
        stmt(d, "Critics", "denounce", "the takedown notice")])
    assert {o for _, _, o in triples} == {"thing/a1/copyright-take-down-notice"}


def test_a_description_keeping_some_words_is_the_one_fuller_thing(nlp):
    text = ("Zembla and Borealis signed the Zembla-Borealis maritime fishing agreement in May. "
            "Critics denounced the fishing agreement.")
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "Zembla and Borealis", "sign", "the Zembla-Borealis maritime fishing agreement"),
        stmt(d, "Critics", "denounce", "the fishing agreement")])
    assert {o for _, _, o in triples} == {
        "thing/a1/zembla-borealis-maritime-fishing-agreement"}


def test_a_court_is_the_one_court_named_before(nlp):
    text = ("The Court of Assizes in Valdora heard the case on Monday. The court had been "
            "petitioned by Ana Ruiz.")
    _, _, triples = run(nlp, text, lambda d: [stmt(d, "Ana Ruiz", "petition", "The court")])
    assert triples == {("actor/ana-ruiz", "petition", "actor/court-of-assizes")}


@pytest.mark.parametrize("text, subject, description", [
    # two stations, two courts: no telling which
    ("The Kestrel Space Station lost power on Monday. The Valdor Space Station was unharmed. "
     "Engineers said they reached the station on Tuesday.", "Engineers", "the station"),
    ("The Court of Assizes in Valdora heard the case on Monday. The Supreme Court of Valdora "
     "will hear the appeal. The court had been petitioned by Ana Ruiz.", "Ana Ruiz",
     "The court"),
    # a word that means something else in lower case than as a name's last word
    ("The Valdora Post reported the fire on Monday. Thieves broke into the post on Tuesday.",
     "Thieves", "the post"),
])
def test_a_description_with_no_one_fuller_name_stays_its_own(nlp, text, subject,
                                                             description):
    _, _, triples = run(nlp, text, lambda d: [stmt(d, subject, "reach", description)])
    assert [o for _, _, o in triples] == [f"thing/a1/{description.split()[-1]}"]


def test_a_word_that_shortens_no_name_may_still_shorten_a_thing(nlp):
    text = ("The Valdora Post reported that traders built a trading post by the river. "
            "Thieves broke into the post on Tuesday.")
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "traders", "build", "a trading post"),
        stmt(d, "Thieves", "break into", "the post")])
    assert {o for _, _, o in triples} == {"thing/a1/trading-post"}


def test_a_description_never_shortens_a_name_mentioned_only_after_it(nlp):
    text = ("Engineers reached the station on Monday. Later the Kestrel Orbital Station lost "
            "power.")
    _, _, triples = run(nlp, text, lambda d: [stmt(d, "Engineers", "reach", "the station")])
    assert [o for _, _, o in triples] == ["thing/a1/station"]


# ------------------------------------------------------------ "<Name> company"


def test_a_company_phrase_with_one_organizations_name_is_that_organization(nlp):
    text = ("Kestrel Aerospace won the contract. The Kestrel Aerospace airframe company also "
            "works with Valdor.")
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "The Kestrel Aerospace airframe company", "work with", "Valdor")])
    assert {s for s, _, _ in triples} == {"actor/kestrel-aerospace"}
    assert "the Kestrel Aerospace airframe company" in \
        entities["actor/kestrel-aerospace"].alt_labels


def test_a_parent_company_is_another_company(nlp):
    text = ("Kestrel Aerospace won the contract. The Kestrel Aerospace parent company also "
            "works with Valdor.")
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "The Kestrel Aerospace parent company", "work with", "Valdor")])
    assert "actor/kestrel-aerospace" not in {s for s, _, _ in triples}


# ------------------------------------------------------------ a country's institutions


def test_a_countrys_institution_phrase_is_the_one_named_after_of(nlp):
    text = ("The Parliament of Norway met on Monday. Critics of the Norwegian parliament said "
            "the vote was unfair.")
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Critics", "criticize", "the Norwegian parliament")])
    assert {o for _, _, o in triples} == {"actor/parliament-of-norway"}
    assert "the Norwegian parliament" in entities["actor/parliament-of-norway"].alt_labels


def test_another_countrys_institution_stays_apart(nlp):
    text = ("The Parliament of Norway met on Monday. Critics of the Swedish parliament said "
            "the vote was unfair.")
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "Critics", "criticize", "the Swedish parliament")])
    assert {o for _, _, o in triples} == {"thing/a1/swedish-parliament"}


def test_a_countrys_institution_named_both_ways_is_one(nlp):
    nodes = nodes_of(nlp, "The Norwegian Parliament met on Monday. Critics said the Parliament "
                          "of Norway was unfair.")
    assert "Parliament of Norway" in node_with(nodes, "Norwegian Parliament")


def test_two_countries_institutions_named_both_ways_stay_apart(nlp):
    nodes = nodes_of(nlp, "The Norwegian Parliament met on Monday. Critics said the Parliament "
                          "of Sweden was unfair.")
    assert "Parliament of Sweden" not in node_with(nodes, "Norwegian Parliament")


def test_a_body_inside_an_organization_is_not_the_organization(nlp):
    nodes = nodes_of(nlp, "Red Lantern informed the Quill Governing Board on Monday. The Quill "
                          "Board voted on it. Quill is free software used by millions.")
    board = node_with(nodes, "Quill Governing Board")
    assert "Quill Board" in board
    assert "Quill" not in board
