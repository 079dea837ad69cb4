"""Who acts through an instrument or an operation (instruments.py, rule "instrument-agent").

Invented sentences parsed by the real model; each pattern has near-misses where someone
other than the owner stands by the instrument and nothing is said of them.
"""

from __future__ import annotations

import pytest

from newsgraph.extraction import RULES, extract


def acts(nlp, text: str) -> set[tuple[str, str, str | None]]:
    """(actor, lemma, object) of every statement the instrument-agent rule makes."""
    return {(e.subject.text, e.lemma, e.object.text if e.object else None)
            for e in extract(nlp(text)) if e.rule == "instrument-agent" and e.subject}


def test_the_rule_is_a_known_rule():
    assert "instrument-agent" in RULES


@pytest.mark.parametrize(("text", "expected"), [
    # the object of a launching verb, subject of a relative clause
    ("Borduria has launched airstrikes that it says have killed at least 50 rebels.",
     ("Borduria", "kill", "at least 50 rebels")),
    # the antecedent of a relative clause whose verb launches it
    ("The strikes that Borduria carried out on Monday killed 12 fighters.",
     ("Borduria", "kill", "12 fighters")),
    # a possessor
    ("Borduria's airstrikes killed 40 rebels near the border.",
     ("Borduria", "kill", "40 rebels")),
    # a "by" agent
    ("The attack by rebel fighters killed three soldiers.",
     ("rebel fighters", "kill", "three soldiers")),
    # the object of a launching verb, with a present participle saying what it does
    ("Valdora launched missiles targeting Borduran troops.",
     ("Valdora", "target", "Borduran troops")),
])
def test_the_owner_acts(nlp, text, expected):
    assert expected in acts(nlp, text)


def test_the_claim_stays_with_the_statement(nlp):
    found = [e for e in extract(nlp(
        "Borduria has launched airstrikes that it says have killed at least 50 rebels."))
        if e.rule == "instrument-agent"]
    assert found and all(e.attribution is not None and e.attribution.text == "it"
                         for e in found)


@pytest.mark.parametrize("text", [
    "The airstrikes that the monitor counted killed 30 civilians.",  # a counter, no agent
    "Borduria condemned the airstrikes that killed 30 civilians.",  # a critic, no agent
    "Borduria denied launching airstrikes that killed 30 civilians.",  # denied
    "Borduria did not launch the strikes that hit the market.",  # negated
    "Borduria would send troops that would protect the border.",  # still to come
    "The company's Polish operation is too big for a single sale.",  # says what it is
    "The strikes were launched at dawn and killed five people.",  # nobody launched them
    "Monday's airstrikes killed 30 civilians.",  # a time, no owner
    "Reporters counted missiles targeting the city.",  # a counter, no agent
    "Valdora will launch missiles targeting Borduran troops.",  # still to come
    "Last week's attack by night killed 30 civilians.",
])
def test_near_misses_say_nothing(nlp, text):
    assert acts(nlp, text) == set()


def test_a_claimed_attack_is_the_claimants_by_their_word(nlp):
    text = "The rebels claimed responsibility for the bombing that killed five police officers."
    found = [e for e in extract(nlp(text)) if e.rule == "instrument-agent"]
    assert [(e.subject.text, e.lemma, e.modality, e.attribution.text if e.attribution else None)
            for e in found if e.subject] == [("The rebels", "kill", "claimed", "The rebels")]


@pytest.mark.parametrize("text", [
    "No group has claimed responsibility for the bombing that killed five police officers.",
    "The rebels denied responsibility for the bombing that killed five police officers.",
    "The rebels did not claim responsibility for the bombing that killed five police officers.",
])
def test_an_unclaimed_attack_has_no_agent(nlp, text):
    assert acts(nlp, text) == set()


def test_a_subject_borrowed_from_another_clause_is_no_instruments(nlp):
    # the fighters find hideouts, not the operations: a borrowed subject is a guess already
    text = ("Operations by the Ruritanian-backed militia have driven rebel fighters out of "
            "the valley, only to find new hideouts.")
    assert {lemma for _, lemma, _ in acts(nlp, text)} == {"drive"}


def test_an_infinitive_parsed_as_the_sentences_verb_is_no_instruments(nlp):
    # "..., only to find refuge" with "find" taken for the main verb (a parse seen in news):
    # the rebels find refuge, not the operations; built by hand so the parse is this one
    from spacy.tokens import Doc

    words = ["Operations", "by", "the", "militia", "swept", "rebels", "out", ",", "only",
             "to", "find", "refuge", "."]
    doc = Doc(nlp.vocab, words=words, heads=[10, 0, 3, 1, 5, 10, 4, 10, 10, 10, 10, 10, 10],
              deps=["nsubj", "prep", "det", "pobj", "amod", "dobj", "advmod", "punct",
                    "advmod", "aux", "ROOT", "dobj", "punct"],
              pos=["NOUN", "ADP", "DET", "NOUN", "VERB", "NOUN", "ADV", "PUNCT", "ADV", "PART",
                   "VERB", "NOUN", "PUNCT"],
              tags=["NNS", "IN", "DT", "NN", "VBD", "NNS", "RB", ",", "RB", "TO", "VB", "NN",
                    "."],
              lemmas=["operation", "by", "the", "militia", "sweep", "rebel", "out", ",", "only",
                      "to", "find", "refuge", "."],
              sent_starts=[True] + [False] * 12, ents=["O"] * 13)
    found = extract(doc)
    assert any(e.lemma == "find" for e in found)  # the clause itself is still read
    assert not any(e.rule == "instrument-agent" for e in found)


def test_a_claimed_attack_whose_date_took_the_clause_is_still_the_claimants(nlp):
    # the parser hangs "that killed ..." on the date: the date killed no one, the attack did
    text = ("The Valdoran Front claimed responsibility for an attack on March 3 that killed "
            "nearly 40 soldiers in Borduria.")
    assert ("The Valdoran Front", "kill", "nearly 40 soldiers in Borduria") in acts(nlp, text)


@pytest.mark.parametrize(("text", "lemma", "obj"), [
    ("The Valdoran Front claimed responsibility for the bombings.", "claim responsibility for",
     "the bombings"),
    ("The Valdoran Front claimed credit for the raid on the Tarsa barracks.",
     "claim responsibility for", "the raid on the Tarsa barracks"),
])
def test_claiming_responsibility_for_an_attack_is_a_claim_to_the_attack(nlp, text, lemma, obj):
    found = [(e.lemma, e.object.text if e.object else None, e.negated)
             for e in extract(nlp(text)) if e.rule == "light-verb"]
    assert found == [(lemma, obj, False)]


def test_a_claim_denied_is_a_negated_statement(nlp):
    text = "The Valdoran Front has not claimed responsibility for the attack on the barracks."
    found = [e for e in extract(nlp(text)) if e.lemma == "claim responsibility for"]
    assert found and all(e.negated for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Peruvian drones struck a convoy of the Valdoran Front.",
     ("Peruvian", "strike", "a convoy of the Valdoran Front")),
    ("A Peruvian airstrike killed the commander of the Valdoran Front.",
     ("Peruvian", "kill", "the commander of the Valdoran Front")),
    ("A US airstrike killed the commander of the Valdoran Front.",
     ("US", "kill", "the commander of the Valdoran Front")),
])
def test_a_countrys_strike_or_weapon_is_the_countrys_deed(nlp, text, expected):
    assert expected in acts(nlp, text)


@pytest.mark.parametrize("text", [
    "A Peruvian plane carried 200 passengers.",  # a craft that may be civil
    "Peruvian sanctions hit the Valdoran economy.",  # on Peru or by Peru
    "The pro-Peruvian strikes hit the Valdoran camp.",  # a side's, not the country's
    "Kurdish drones struck a convoy of the Valdoran Front.",  # no country
])
def test_no_country_owns_what_the_adjective_does_not_make_its_own(nlp, text):
    assert acts(nlp, text) == set()
