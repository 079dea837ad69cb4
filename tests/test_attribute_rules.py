"""The attribute ruler run as a table lookup sets what spaCy's own ruler sets."""

from __future__ import annotations

import pytest
import spacy
from spacy.lang.en import English
from spacy.tokens import Doc

from newsgraph import attribute_rules
from newsgraph.attribute_rules import compile_attribute_ruler
from newsgraph.parsing import DEFAULT_MODEL, lemma_of

# each row exercises one kind of rule of the English ruler
SENTENCES = [
    "The rebels attacked three depots near the border.",  # the tag map: tag -> POS, morph
    "Someone said that the convoy, which nobody saw, had gone.",  # word and tag exceptions
    "There are two reasons, and there was a third one.",  # two tokens: expletive + verb
    "We're gonna win, let's go, y'all ain't ready.",  # two-token lemma rules
    "The minister  resigned.\n\nHe left   on Monday.",  # spaces: the IS_SPACE rule
    "But analysts doubt it; but for the rain, it gets worse and got worse.",
    "",
]


@pytest.fixture(scope="module")
def shipped():
    """The model as spaCy ships it: its attribute ruler and lemmatizer run in the pipeline."""
    return spacy.load(DEFAULT_MODEL)


def annotations(doc: Doc, lemma=lambda t: t.lemma_) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, lemma(t)) for t in doc]


def test_the_default_pipeline_runs_the_compiled_ruler(nlp) -> None:
    assert "attribute_ruler_compiled" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names  # disabled, still in the pipeline
    assert "attribute_ruler" in nlp.component_names


@pytest.mark.parametrize("text", SENTENCES)
def test_same_attributes_as_spacys_ruler(nlp, shipped, text: str) -> None:
    assert annotations(nlp(text), lemma_of) == annotations(shipped(text))


def test_same_attributes_when_the_kept_outcomes_are_forgotten(
    nlp, shipped, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attribute_rules, "MAX_KNOWN", 2)
    text = " ".join(SENTENCES)
    assert annotations(nlp(text), lemma_of) == annotations(shipped(text))


def small_pipeline(patterns: list[dict]) -> English:
    nlp = English()
    nlp.add_pipe("attribute_ruler").add_patterns(patterns)
    return nlp


RULES = [
    {"patterns": [[{"LOWER": "the"}]], "attrs": {"POS": "DET"}},
    {"patterns": [[{"LOWER": {"IN": ["rebels", "police"]}}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"ORTH": "Rebels"}]], "attrs": {"POS": "PROPN"}},  # later rules win
    {"patterns": [[{"LOWER": {"REGEX": "^att"}}, {"IS_PUNCT": False}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"LOWER": "in"}, {"LOWER": "force"}]], "attrs": {"POS": "ADV"}, "index": -1},
    {"patterns": [[{"IS_PUNCT": True}]], "attrs": {"POS": "PUNCT", "MORPH": "PunctType=Peri"}},
]


@pytest.mark.parametrize(
    "text",
    ["The rebels attacked the police in force.", "Rebels attack.", "attack in force", "the"],
)
def test_a_hand_made_ruler_compiles_to_the_same_attributes(text: str) -> None:
    reference, compiled = small_pipeline(RULES), small_pipeline(RULES)
    assert compile_attribute_ruler(compiled)
    assert compiled.pipe_names == ["attribute_ruler_compiled"]
    expected = [(t.pos_, str(t.morph)) for t in reference(text)]
    assert [(t.pos_, str(t.morph)) for t in compiled(text)] == expected


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "rebels", "OP": "+"}],  # an operator
        [{"LENGTH": {">=": 3}}],  # a comparison
        [{"_": {"flag": True}}],  # an extension attribute
    ],
)
def test_a_ruler_it_cannot_compile_stays_as_it_is(pattern: list[dict]) -> None:
    nlp = small_pipeline([*RULES, {"patterns": [pattern], "attrs": {"POS": "NOUN"}}])
    assert not compile_attribute_ruler(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]
