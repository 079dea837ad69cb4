"""A named participant in a later prepositional phrase of a verb whose object is taken
("dedicated the paper to Ann Lee", "travelled from Leeds to Zembla Park") is an end of a
statement of its own. Sentences are our own."""

from __future__ import annotations

import pytest

from newsgraph.extraction import extract


def made_by(rule: str, nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.subject.text if e.subject else None, e.lemma, e.object.text if e.object else None)
            for e in extract(nlp(text)) if e.rule == rule}


def adjunct_objects(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return made_by("adjunct-object", nlp, text)


@pytest.mark.parametrize(
    "text, statement",
    [
        ("The authors dedicated the paper to Ann Lee.",
         ("The authors", "dedicate paper to", "Ann Lee")),
        ("The choir had been travelling 300 miles from Leeds to Zembla Park.",
         ("The choir", "travel to", "Zembla Park")),
        ("Acme Rockets launched the rocket on Monday from Cape Zembla.",
         ("Acme Rockets", "launch rocket from", "Cape Zembla")),
        ("Acme sold its stake to Zembla Bank.", ("Acme", "sell stake to", "Zembla Bank")),
        ("Ann Lee sent her condolences to Tom Rees.",
         ("Ann Lee", "send condolences to", "Tom Rees")),
        ("The gala raised $20,000 for Dog Rescue Leeds.",
         ("The gala", "raise for", "Dog Rescue Leeds")),
        # the phrase hung on the object: still the act's participant
        ("Ann Lee attended a summit with Tom Rees.", ("Ann Lee", "attend summit with", "Tom Rees")),
        ("The team appealed the decision to the Zembla Court of Appeals.",
         ("The team", "appeal decision to", "the Zembla Court of Appeals")),
    ],
)
def test_a_named_participant_after_a_taken_object_is_a_statement(nlp, text, statement):
    assert statement in adjunct_objects(nlp, text)


def test_the_statement_keeps_the_clause_modality(nlp):
    assert_future(nlp, "Acme will shift its investment to Zembla Labs.", "adjunct-object")


def assert_future(nlp, text: str, rule: str) -> None:
    found = [e for e in extract(nlp(text)) if e.rule == rule]
    assert found and all(e.modality == "future" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        # a comparison: the storm did nothing to the other storm
        "Storm Ana damaged similar regions to Storm Bert.",
        # set off by a comma and an adverb: it narrows the deals
        "Ann Lee knew about the deals, particularly with Zembla.",
        # a count, not a participant
        "Ann Lee registered 49.9 percent to 42.1 percent for Tom Rees.",
        # a person as object: without them the statement says nothing
        "Ann Lee introduced him to Tom Rees.",
        # after an "and": the phrase may go with the joined noun (a watch, not the warning)
        "The agency issued a warning in the north and a watch for Zembla Island.",
        # where, not who: a place is a qualifier
        "Ann Lee taught classes at Zembla University.",
        # a preposition a name may carry ("Centre for Anime North")
        "Fans descended on the Zembla Centre for Anime North.",
        # a speech verb: its listener is told by other rules
        "Ann Lee said the plan was good to Tom Rees.",
        # a verb that has or sees its object: the victory is no act of the election's
        "The election saw a victory for Ann Lee.",
        "Ann Lee had a happy life with Tom Rees.",
        # a post, not an act
        "Obama named him ambassador to Zembla.",
        # the first phrase is the object already, nothing later
        "Ann Lee travelled to Leeds.",
    ],
)
def test_no_statement_from_a_phrase_that_names_no_participant(nlp, text):
    assert not adjunct_objects(nlp, text)


def passive_adjuncts(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return made_by("passive-adjunct", nlp, text)


@pytest.mark.parametrize(
    "text, statement",
    [
        ("Ann Lee was extradited to Zembla on Monday.",
         ("Ann Lee", "be extradited to", "Zembla")),
        ("Tom Rees was expelled from the Labour Party.",
         ("Tom Rees", "be expelled from", "the Labour Party")),
        ("The company was sold to Acme in 2019.", ("The company", "be sold to", "Acme")),
    ],
)
def test_the_one_acted_on_and_a_named_participant_make_a_statement(nlp, text, statement):
    assert statement in passive_adjuncts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee was killed in Zembla.",  # where, not who
        "Ann Lee was hit by a car.",  # the agent is said: a statement of its own
        "Storm Ana was downgraded to Category 1.",  # a rank, not a participant
        "The prize was awarded to Ann Lee by the committee.",  # see recipients
    ],
)
def test_no_passive_statement_without_a_named_participant(nlp, text):
    assert not passive_adjuncts(nlp, text)


def test_a_passive_participant_keeps_the_clause_modality(nlp):
    assert_future(nlp, "Ann Lee will be extradited to Zembla.", "passive-adjunct")
