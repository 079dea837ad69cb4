"""Which rule made each statement (Extraction.rule), and the rules that keep what did not
happen, or is not said, from reading as a fact. Sentences are our own, short and plain."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph.extraction import RULES, extract
from newsgraph.models import Extraction
from newsgraph.parsing import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def statements(nlp, text: str) -> list[Extraction]:
    return extract(nlp(text))


def with_lemma(found: list[Extraction], lemma: str) -> list[Extraction]:
    return [e for e in found if e.lemma == lemma]


def one(found: list[Extraction], lemma: str) -> Extraction:
    matches = with_lemma(found, lemma)
    assert matches, f"no {lemma!r} in {[(e.subject and e.subject.text, e.lemma) for e in found]}"
    return matches[0]


@pytest.mark.parametrize(
    "text, lemma, rule",
    [
        ("The rebels seized the airport.", "seize", "svo"),
        ("The ceasefire collapsed.", "collapse", "sv"),
        ("The rebels withdrew from the base.", "withdraw from", "prep-object"),
        ("The minister said that the army had left.", "say", "clausal-object"),
        ("The mayor is a popular man.", "be", "copula"),
        ("The mayor is the head of the council.", "be head of", "copula-role"),
        ("The bridge was destroyed in 2015.", "destroy", "passive"),
        ("The bridge was destroyed by the rebels.", "destroy", "passive-agent"),
        ("The town that the rebels seized lies on a river.", "seize", "relative-clause"),
        ("The army shelled the town, killing three people.", "kill", "participial-clause"),
        ("The rebels attacked the depot and burned the trucks.", "burn", "conjoined-verb"),
        ("The police arrived to arrest the mayor.", "arrest", "infinitive"),
        ("The rebels left the city after losing the battle.", "lose", "gerund-adjunct"),
        ("The British invasion of Egypt failed.", "invade", "nominal-event"),
        ("Kenya-backed militias seized the town.", "back", "participle"),
        ("Ann Lee, a former envoy to Peru, resigned.", "be former envoy to", "apposition-role"),
        ("A camp in Kenya was closed.", "be in", "location"),
    ],
)
def test_rule_names_the_rule_that_fired(nlp, text, lemma, rule):
    assert one(statements(nlp, text), lemma).rule == rule


def test_every_statement_names_a_known_rule(nlp):
    text = ("Kenya-backed militias, led by a former colonel, seized the port on Monday, "
            "killing two guards. Officials said the attack by the militia on the port was "
            "planned. The port's owner, Ann Lee, is the head of a shipping firm.")
    found = statements(nlp, text)
    assert found
    assert {e.rule for e in found} <= set(RULES)


def test_object_control_on_exact_parse():
    # "Allies helped the army recapture towns ." with "recapture" an xcomp of "helped"
    doc = Doc(English().vocab,
              words=["Allies", "helped", "the", "army", "recapture", "towns", "."],
              heads=[1, 1, 3, 1, 1, 4, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "xcomp", "dobj", "punct"],
              tags=["NNS", "VBD", "DT", "NN", "VB", "NNS", "."],
              pos=["NOUN", "VERB", "DET", "NOUN", "VERB", "NOUN", "PUNCT"],
              lemmas=["ally", "help", "the", "army", "recapture", "town", "."])
    e = one(extract(doc), "recapture")
    assert e.subject is not None and e.subject.text == "the army"
    assert e.rule == "object-control"
