"""Which things merge, on sentences of our own: "the fires" after "wildfires" (a closed
compound's tail), and "a" with a shorter form of the one fuller thing named before ("a
border agreement" after "the Zembla-Borealis maritime border agreement")
(benchmarks/merges.py)."""

from __future__ import annotations

import pytest
from test_resolution import run, stmt

# ------------------------------------------------------------ "the fires" after "wildfires"


@pytest.mark.parametrize("first, later, key", [
    ("wildfires", "the fires", "thing/a1/wildfires"),
    ("an earthquake", "the quake", "thing/a1/earthquake"),
])
def test_a_description_ending_the_one_compound_before_is_that_thing(nlp, first, later, key):
    text = f"On Monday, {first} hit Valdora. Officials said {later} destroyed homes."
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, first, "hit", "Valdora"), stmt(d, later, "destroy", "homes")])
    assert {s for s, _, _ in triples} == {key}
    assert later in entities[key].alt_labels


@pytest.mark.parametrize("text, first, later, expected", [
    # two compounds it could end: neither
    ("On Monday, wildfires hit Valdora and bushfires hit Borealis. Officials said the fires "
     "destroyed homes.", "wildfires", "the fires", "thing/a1/fires"),
    # a ceasefire is an event, a fire a thing
    ("A ceasefire held in Valdora on Monday. Officials said the fire destroyed homes.",
     "A ceasefire", "the fire", "thing/a1/fire"),
    # a description of more than one word is no tail
    ("On Monday, wildfires hit Valdora. Officials said the forest fires destroyed homes.",
     "wildfires", "the forest fires", "thing/a1/forest-fires"),
])
def test_a_description_ending_no_one_compound_stays_its_own(nlp, text, first, later,
                                                            expected):
    also = [("bushfires", "hit", "Borealis")] if "bushfires" in text else []
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, first, "hit", "Valdora"), stmt(d, later, "destroy", "homes"),
        *(stmt(d, *statement) for statement in also)])
    assert {s for s, p, _ in triples if p == "destroy"} == {expected}


def test_a_tail_never_joins_a_compound_named_only_after_it(nlp):
    text = "Officials said the fires destroyed homes. On Monday, wildfires hit Valdora."
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "the fires", "destroy", "homes"), stmt(d, "wildfires", "hit", "Valdora")])
    assert {s for s, _, _ in triples} == {"thing/a1/fires", "thing/a1/wildfires"}


# ------------------------------------------------------------ "a" with a shorter form


@pytest.mark.parametrize("first, later, label", [
    # a shorter form of the one fuller thing
    ("the Zembla-Borealis maritime border agreement", "a maritime border agreement",
     "Zembla-Borealis maritime border agreement"),
    # the one bare thing, by a word its first phrase put after the head: the fuller words
    # name it from then on
    ("a wall on the southern border", "a border wall", "border wall"),
])
def test_a_shorter_form_with_a_is_the_one_thing_before(nlp, first, later, label):
    text = (f"Ana Ruiz signed {first} in May. On Monday, Tomas Vega signed {later} in "
            "secret.")
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Ana Ruiz", "sign", first), stmt(d, "Tomas Vega", "sign", later)])
    [thing] = {o for _, _, o in triples}
    assert entities[thing].label == label
    assert later.split(" ", 1)[1] in {label, *entities[thing].alt_labels}


@pytest.mark.parametrize("text, first, later, expected", [
    # two fuller things it could shorten: neither
    ("Ana Ruiz signed the Zembla-Borealis border agreement in May. She also signed the "
     "Valdor-Borealis border agreement. On Monday, Tomas Vega signed a border "
     "agreement.", "the Zembla-Borealis border agreement", "a border agreement",
     "thing/a1/border-agreement"),
    # a bare head is any such thing
    ("Ana Ruiz signed the Zembla-Borealis border agreement in May. On Monday, Tomas "
     "Vega signed an agreement.", "the Zembla-Borealis border agreement",
     "an agreement", "thing/a1/agreement"),
    # a question, a condition, a negation, a modal: "a" names no particular one
    ("Ana Ruiz signed the Zembla-Borealis border agreement in May. Can Tomas Vega sign a "
     "border agreement?", "the Zembla-Borealis border agreement",
     "a border agreement", "thing/a1/border-agreement"),
    ("Ana Ruiz signed the Zembla-Borealis border agreement in May. If Tomas Vega signs a "
     "border agreement, Ana Ruiz will resign.",
     "the Zembla-Borealis border agreement", "a border agreement",
     "thing/a1/border-agreement"),
    ("Ana Ruiz signed the Zembla-Borealis border agreement in May. Tomas Vega did not sign a "
     "border agreement.", "the Zembla-Borealis border agreement",
     "a border agreement", "thing/a1/border-agreement"),
    ("Ana Ruiz signed the Zembla-Borealis border agreement in May. Tomas Vega could sign a "
     "border agreement.", "the Zembla-Borealis border agreement",
     "a border agreement", "thing/a1/border-agreement"),
    # another measure, another thing
    ("Ana Ruiz felt a magnitude 5.2 earthquake in May. Tomas Vega felt a 5.8 magnitude "
     "earthquake in June.", "a magnitude 5.2 earthquake", "a 5.8 magnitude earthquake",
     "thing/a1/magnitude-earthquake"),
    # a thing tied to its owner is no one else's
    ("Ana Ruiz signed the border agreement of the Reform Party in May. Tomas Vega signed a "
     "border agreement in June.", "the border agreement of the Reform Party",
     "a border agreement", "thing/a1/border-agreement"),
    # a word the bare thing's first phrase never had
    ("Ana Ruiz signed a wall on the southern border in May. Tomas Vega signed a garden wall "
     "in June.", "a wall on the southern border", "a garden wall", "thing/a1/garden-wall"),
])
def test_a_shorter_form_with_a_of_no_one_thing_stays_its_own(nlp, text, first, later,
                                                             expected):
    also = [("She", "sign", "the Valdor-Borealis border agreement")] if "Valdor-" in text \
        else []
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "Ana Ruiz", "sign", first), stmt(d, "Tomas Vega", "sign", later),
        *(stmt(d, *statement) for statement in also)])
    assert ("actor/tomas-vega", "sign", expected) in triples
