"""The counting rules of benchmarks/audit.py, on handwritten labels and sentences."""

from __future__ import annotations

import pytest
from audit import (
    Node,
    head_token,
    initials,
    is_caption_sentence,
    is_non_english,
    is_possessive,
    is_time_expression,
    label_defect,
    split_actor_pairs,
    wrong_merge_names,
)

from newsgraph.models import Argument, Extraction


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("they", "pronoun"),
        ("Him", "pronoun"),
        ("which", "relative-pronoun"),
        ("who", "relative-pronoun"),
        ("the others", "determiner-only"),
        ("both", "determiner-only"),
        ("1,200", "number-only"),
        ("at least ten", "number-only"),
        ("dozens", "number-only"),
        ("Harbour Images", "credit"),
        ("© 2021 Daily Post", "credit"),
        ("Photo: Ann Lee", "credit"),
        ("", "empty"),
        ("x", "one-char"),
        ("Ann Lee", None),
        ("the US", None),
        ("US", None),
        ("the harbour authority", None),
        ("photographs", None),
    ],
)
def test_label_defect(label: str, expected: str | None) -> None:
    assert label_defect(label) == expected


def test_head_token_skips_honorifics() -> None:
    assert head_token("Mr. Okafor") == "Okafor"
    assert head_token("President Lena Marsh") == "Marsh"
    assert head_token("the harbour") == ""


def test_initials_skip_connectors() -> None:
    assert initials("Bureau of Coastal Safety") == "BCS"
    assert initials("Navy") == ""


def test_split_actor_surname_and_honorific() -> None:
    nodes = [
        Node("person/tom-okafor", "Tom Okafor", "Person"),
        Node("person/okafor", "Mr. Okafor", "Person"),
        Node("person/rita-okafor-ng", "Rita Ng", "Person"),
    ]
    pairs = split_actor_pairs(nodes)
    assert [(reason, a.key, b.key) for reason, a, b in pairs] == [
        ("surname", "person/tom-okafor", "person/okafor")
    ]


def test_split_actor_two_full_names_with_one_surname_are_not_flagged() -> None:
    nodes = [Node("p/a", "Tom Okafor", "Person"), Node("p/b", "Ada Okafor", "Person")]
    assert split_actor_pairs(nodes) == []


def test_split_actor_given_name() -> None:
    nodes = [Node("p/a", "Tom Okafor", "Person"), Node("p/b", "Tom", "Person")]
    assert [reason for reason, _, _ in split_actor_pairs(nodes)] == ["given name"]


def test_split_actor_needs_same_kind() -> None:
    nodes = [Node("p/a", "Tom Okafor", "Person"), Node("o/b", "Okafor", "Organization")]
    assert split_actor_pairs(nodes) == []


def test_split_actor_acronym() -> None:
    nodes = [
        Node("org/bcs", "BCS", "Organization"),
        Node("org/bureau", "Bureau of Coastal Safety", "Organization"),
    ]
    assert [reason for reason, _, _ in split_actor_pairs(nodes)] == ["acronym"]


def test_split_actor_demonym() -> None:
    nodes = [Node("g/norwegians", "Norwegians", "Group"), Node("c/no", "Norway", "Country")]
    found = split_actor_pairs(
        nodes,
        country_for_demonym=lambda text: "NO" if text.lower().startswith("norwegian") else None,
        country_for_name=lambda text: "NO" if text == "Norway" else None,
    )
    assert [(reason, a.label, b.label) for reason, a, b in found] == [
        ("demonym", "Norwegians", "Norway")
    ]


def test_wrong_merge_two_people() -> None:
    node = Node("person/x", "Tom Okafor", "Person", ("Mr. Okafor", "Rita Ng"))
    assert wrong_merge_names(node) == ("Tom Okafor", "Rita Ng")


def test_no_wrong_merge_for_variants_of_one_name() -> None:
    node = Node("person/x", "Tom Okafor", "Person", ("Mr. Okafor", "Thomas Okafor", "Okafor"))
    assert wrong_merge_names(node) is None


def test_sentence_classes() -> None:
    assert is_caption_sentence("Image: Ann Lee (flickr).")
    assert not is_caption_sentence("The council published images of the flooded road.")
    assert is_non_english("Мэр города подписал указ.")
    assert not is_non_english("The mayor of Zürich signed the order.")
    assert is_time_expression("Longer term")
    assert is_time_expression("last Monday")
    assert not is_time_expression("the harbour authority")


def _extraction(sentence: str, subject: str, lemma: str) -> Extraction:
    start = sentence.index(subject)
    return Extraction(sentence, 0, len(sentence), Argument(subject, start, start + len(subject)),
                      lemma, lemma, None)


def test_possessive() -> None:
    assert is_possessive(_extraction("The city's mayor resigned.", "city", "have"))
    assert not is_possessive(_extraction("The city has a mayor.", "city", "have"))
