"""A definite description that owns a phrase is read as the resolver reads it ("the party's
nomination" after the one party named: resolution.arguments._owner), on sentences of our
own."""

from __future__ import annotations

from test_resolution import run, stmt


def _objects(nlp, text: str, obj: str) -> tuple[dict, set]:
    resolved, entities, triples = run(nlp, text, lambda d: [stmt(d, "Tom Reed", "win", obj)])
    return {e.key: e for e in resolved.entities}, triples


def test_the_owner_told_by_a_description_names_the_thing(nlp):
    text = ("On Monday, the Valdoran Green Party met in Dalton. Tom Reed won the party's "
            "nomination on the second ballot.")
    entities, triples = _objects(nlp, text, "the party's nomination")
    (obj,) = {o for _, _, o in triples}
    assert entities[obj].label == "nomination of Valdoran Green Party"


def test_an_owner_with_words_of_its_own_is_no_description(nlp):
    text = ("On Monday, the Valdoran Green Party met in Dalton. Tom Reed won the ruling "
            "party's nomination on the second ballot.")
    entities, triples = _objects(nlp, text, "the ruling party's nomination")
    assert all("Green Party" not in entities[o].label for _, _, o in triples)


def test_an_owner_two_bodies_fit_names_no_one(nlp):
    text = ("On Monday, the Valdoran Green Party and the Valdoran Labour Party met in Dalton. "
            "Tom Reed won the party's nomination on the second ballot.")
    resolved, _, _ = run(nlp, text, lambda d: [stmt(d, "Tom Reed", "win",
                                                    "the party's nomination")])
    assert resolved.relations  # the statement stays, with no party's thing as its end
    assert all(r.object_via == "uncertain" or "party" not in r.object
               for r in resolved.relations)
