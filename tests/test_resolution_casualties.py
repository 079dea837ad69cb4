"""The dead and hurt of a statement, counted: a node of their own, labelled with the count."""

from __future__ import annotations

from test_resolution import run, stmt


def test_a_counted_object_of_killing_keeps_its_count(nlp):
    text = ("The Zemblan Liberation Front killed at least 20 people in Dalton on Monday. "
            "The group also wounded 16 miners.")
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "The Zemblan Liberation Front", "kill", "at least 20 people"),
        stmt(d, "The group", "wound", "16 miners")])
    labels = {e.key: e.label for e in entities.values()}
    (dead,) = [k for _, lemma, k in triples if lemma == "kill"]
    (hurt,) = [k for _, lemma, k in triples if lemma == "wound"]
    assert labels[dead] == "at least 20 people" and labels[hurt] == "16 miners"
    assert entities[dead].kind == "Group"


def test_the_same_count_in_two_sentences_is_two_nodes(nlp):
    # three people killed on Monday, three others hurt on Tuesday: never one node
    text = ("A bomb in Dalton killed three people on Monday. On Tuesday a second bomb in "
            "Varrow injured three people.")
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "A bomb in Dalton", "kill", "three people"),
        stmt(d, "a second bomb in Varrow", "injure", "three people", nth=(0, 1))])
    victims = {k for _, _, k in triples}
    assert len(victims) == 2
    assert {entities[k].label for k in victims} == {"three people"}
    assert all(k.startswith("group/a1/") for k in victims)  # one article's, never another's


def test_others_counted_are_other_people_and_a_sentence_start_is_lower_case(nlp):
    text = "Three civilians were hurt. Ann Lee killed a guard and injured at least nine others."
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Ann Lee", "injure", "at least nine others")])
    (hurt,) = [k for _, _, k in triples]
    assert entities[hurt].label == "at least nine other people"
    assert entities[hurt].kind == "Group"


def test_a_count_outside_a_casualty_stays_out_of_the_label(nlp):
    # "arrested two people": who they are is not told by how many; no node of its own
    text = "Police in Dalton arrested two people on Monday."
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Police in Dalton", "arrest", "two people")])
    assert [entities[k].label for _, _, k in triples] == ["people"]


def test_a_count_alone_killed_or_hurt_is_people_of_that_count(nlp):
    text = "A bombing in Dalton killed 20 and wounded at least 45. It killed seven of the guards."
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "A bombing in Dalton", "kill", "20"),
        stmt(d, "A bombing in Dalton", "wound", "at least 45"),
        stmt(d, "It", "kill", "seven of the guards")])
    counted = {lemma: entities[k] for _, lemma, k in triples if lemma in ("kill", "wound")}
    assert counted["kill"].label == "20 people" and counted["kill"].kind == "Group"
    assert counted["wound"].label == "at least 45 people"
    assert "at least 45" in counted["wound"].alt_labels  # as the text named them
    # "seven of the guards": the guards are counted by the noun, no bare count
    assert not any(entities[k].label == "seven people" for _, _, k in triples)


def test_the_same_words_are_counted_only_as_casualties_whatever_came_first(nlp):
    # resolved once for a statement that harms no one, then for a killing
    text = "The Zemblan Liberation Front killed at least 20 people in Dalton."
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "The Zemblan Liberation Front", "meet", "at least 20 people"),
        stmt(d, "The Zemblan Liberation Front", "kill", "at least 20 people")])
    labels = {lemma: entities[k].label for _, lemma, k in triples}
    assert labels == {"meet": "people", "kill": "at least 20 people"}


def test_things_killed_as_a_figure_of_speech_are_no_casualties(nlp):
    text = "Acme Motors killed 300 jobs at its Dalton plant. The Senate killed two bills."
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Acme Motors", "kill", "300 jobs"),
        stmt(d, "The Senate", "kill", "two bills")])
    assert {entities[k].label for _, _, k in triples} == {"jobs", "bills"}
