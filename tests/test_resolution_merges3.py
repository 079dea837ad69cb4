"""Which names merge, on sentences of our own: naming verbs, descriptions before a
name, courts and peers, short city names, "the State of X" (benchmarks/merges.py)."""

from __future__ import annotations

import pytest
from test_resolution import run

from newsgraph.parsing import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _nodes(nlp, text: str) -> list[set[str]]:
    """The names each entity of the text carries (label and alt labels)."""
    _, entities, _ = run(nlp, text, lambda d: [])
    return [{e.label, *e.alt_labels} for e in entities.values()]


def _node_with(nodes: list[set[str]], name: str) -> set[str]:
    [found] = [names for names in nodes if name in names]
    return found


@pytest.mark.parametrize("text", [
    "Macron called Fillon's 40 month sentence \"unjust.\"",
    "President Emmanuel Macron spoke on Monday. Macron called Fillon's 40 month sentence "
    "\"unjust.\" Fillon appealed.",
])
def test_a_name_before_called_is_the_subject_of_the_verb_not_another_name(nlp, text):
    # the parser may read "called" as a participle on the name ("a man called X")
    for names in _nodes(nlp, text):
        assert not {"Macron", "Fillon"} <= names


@pytest.mark.parametrize("text, name, alias", [
    ("The Zembla Liberation Front, known as the Front, attacked a convoy.",
     "Zembla Liberation Front", "Front"),
    ("The Zembla Liberation Front, called the Front by locals, attacked a convoy.",
     "Zembla Liberation Front", "Front"),
])
def test_a_naming_participle_after_a_comma_still_gives_another_name(nlp, text, name, alias):
    nodes = _nodes(nlp, text)
    assert alias in _node_with(nodes, name)


def test_the_plural_of_a_surname_is_the_family_not_the_bearer_taken_for_a_group(nlp):
    # the model tags the bare surname as an organization; its plural names the couple
    text = ("Prime Minister Jan Kowal and his wife Anna Kowal tested positive, Kowal "
            "announced. Officials said the Kowals' son tested negative.")
    for names in _nodes(nlp, text):
        assert not {"Kowal", "Kowals"} <= names
