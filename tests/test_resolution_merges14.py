"""A named actor's thing said again by a possessed phrase is the thing met before
(resolution.owned), on sentences of our own."""

from __future__ import annotations

from test_resolution import run, stmt


def test_an_actors_thing_said_again_is_the_one_met_before(nlp):
    text = ("Acme received a formal take-down notice from Globex on Monday. Globex's formal "
            "notice named three shops. Critics mocked Globex's take-down notice. Acme "
            "published Globex's notice. Reporters read the takedown notice.")
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Acme", "receive", "a formal take-down notice"),
        stmt(d, "Globex's formal notice", "name", "three shops"),
        stmt(d, "Critics", "mock", "Globex's take-down notice"),
        stmt(d, "Acme", "publish", "Globex's notice"),
        stmt(d, "Reporters", "read", "the takedown notice")])
    notice = "thing/a1/formal-take-down-notice"
    assert {o for _, lemma, o in triples if lemma != "name"} == {notice}
    assert (notice, "name", "thing/a1/shops") in triples
    assert "Globex's notice" in entities[notice].alt_labels


def test_an_actors_thing_is_one_of_two_or_a_new_one_or_another_actors(nlp):
    text = ("Globex published its annual report in May. Globex released its quarterly "
            "report in June. Critics mocked Globex's report. Acme received a notice from "
            "Globex. Critics mocked Globex's second notice. Critics mocked Initech's notice.")
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Globex", "publish", "its annual report"),
        stmt(d, "Globex", "release", "its quarterly report"),
        stmt(d, "Critics", "mock", "Globex's report"),
        stmt(d, "Acme", "receive", "a notice"),
        stmt(d, "Critics", "mock", "Globex's second notice"),
        stmt(d, "Critics", "mock", "Initech's notice")])
    objects = [o for _, _, o in sorted(triples, key=lambda t: t[1])]
    assert len(set(objects)) == 6, objects  # six things: none said again


def test_an_actors_thing_in_a_dated_sentence_may_be_another_occasions(nlp):
    text = ("On Monday, Senator Ana Ruiz endorsed Tom Lee. The move came after Ruiz ended "
            "her own presidential bid last week. In the 2016 election, Ruiz continued her "
            "bid against Eva Mora for two months longer.")
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "Ruiz", "end", "her own presidential bid", nth=(1, 0)),
        stmt(d, "Ruiz", "continue", "her bid", nth=(2, 0))])
    assert {o for _, _, o in triples} == {"thing/own-presidential-bid-of-ana-ruiz",
                                          "thing/bid-of-ana-ruiz"}
