"""Which names merge, on sentences of our own: a thing named before its class noun ("the
Zembrix pipeline"), and a description that names a thing by words its first phrase put
after the head ("the border wall" after "a wall on the border") (benchmarks/merges.py)."""

from __future__ import annotations

import pytest
from test_resolution import run, stmt

from newsgraph.resolution.clustering import Unions, _join_maker_products
from newsgraph.resolution.keys import one_vowel_apart
from newsgraph.resolution.state import Name

# ------------------------------------------------------------ "<Name> <class noun>"


def test_a_project_named_before_two_class_nouns_is_one_thing(nlp):
    text = ("Greece backs the Zembrix project, which will link Crete to Cyprus. Critics of the "
            "Zembrix pipeline say it is costly. Zembrix countries met in May.")
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Greece", "back", "the Zembrix project"),
        stmt(d, "Critics", "criticize", "the Zembrix pipeline")])
    assert {o for _, _, o in triples} == {"actor/zembrix"}
    assert {"the Zembrix project", "the Zembrix pipeline"} <= \
        set(entities["actor/zembrix"].alt_labels)


def test_a_makers_name_before_a_product_name_leaves_the_product(nlp):
    text = ("On Sunday, the AstroCorp Crew Falcon capsule docked with the station. The Crew "
            "Falcon was carrying cargo. AstroCorp said the test went well.")
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "the AstroCorp Crew Falcon capsule", "dock with", "the station"),
        stmt(d, "The Crew Falcon", "carry", "cargo"),
        stmt(d, "AstroCorp", "say", "the test")])
    assert {s for s, _, _ in triples} == {"actor/crew-falcon", "actor/astrocorp"}
    assert ("actor/crew-falcon", "dock with", "thing/a1/station") in triples


def test_a_forest_named_before_its_class_noun_is_that_place(nlp):
    text = "Fires are destroying the Zorvan rainforest. Farmers have cleared land in Zorvan issues."
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Fires", "destroy", "the Zorvan rainforest")])
    assert triples == {("thing/a1/fires", "destroy", "place/zorvan")}
    assert "the Zorvan rainforest" in entities["place/zorvan"].alt_labels


@pytest.mark.parametrize("text, subject, phrase, owner", [
    # an organization that acts in the article owns the thing: it is not its name
    ("Valdor said it would launch a telescope. Engineers tested the Valdor telescope on "
     "Monday.", "Engineers", "the Valdor telescope", "actor/valdor"),
    # a person's name before the class noun: "the Ruiz project" is hers, not her
    ("Ana Ruiz spoke on Monday. Engineers praised the Ruiz project.", "Engineers",
     "the Ruiz project", "actor/ana-ruiz"),
    # a word that makes it another thing
    ("Greece backs the Zembrix project. Critics praised the rival Zembrix project.",
     "Critics", "the rival Zembrix project", "actor/zembrix"),
])
def test_an_owners_name_before_a_class_noun_stays_apart(nlp, text, subject, phrase, owner):
    _, _, triples = run(nlp, text, lambda d: [stmt(d, subject, "praise", phrase)])
    assert owner not in {o for _, _, o in triples}


def test_a_name_after_a_is_the_makers_not_the_things(nlp):
    # "a Zorbex probe" is one of Zorbex's probes; "the Zorbex probe" may be its name
    text = "A Zorbex probe has landed on a distant moon."
    _, _, triples = run(nlp, text, lambda d: [stmt(d, "A Zorbex probe", "land on",
                                                   "a distant moon")])
    assert "actor/zorbex" not in {s for s, _, _ in triples}


def test_an_organization_named_before_a_person_is_no_things_name(nlp):
    text = ("Orbitex chief Ana Ruiz spoke on Monday. Engineers tested the Orbitex rocket.")
    _, _, triples = run(nlp, text, lambda d: [stmt(d, "Engineers", "test", "the Orbitex rocket")])
    assert [o for _, _, o in triples] == ["thing/a1/orbitex-rocket"]


# ------------------------------------------------- "a wall on the border" ... "the border wall"


@pytest.mark.parametrize("first, later", [
    ("a wall on the southern border", "the border wall"),
    ("a deal on fishing rights", "the fishing deal"),
])
def test_a_description_may_name_a_thing_by_what_followed_its_head(nlp, first, later):
    text = f"Ana Ruiz wants to fund {first}. Bo Chan refused to fund {later}."
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Ana Ruiz", "fund", first), stmt(d, "Bo Chan", "fund", later)])
    [thing] = {o for _, _, o in triples}
    assert later in entities[thing].alt_labels


@pytest.mark.parametrize("text, second, later, expected", [
    # a word the first phrase never had: another wall
    ("Ana Ruiz wants to fund a wall on the southern border. Bo Chan has a house. Builders "
     "repaired the garden wall.", "a house", "the garden wall", "thing/a1/garden-wall"),
    # two walls it could be: neither
    ("Ana Ruiz wants to fund a wall on the southern border. Bo Chan built a stone wall near "
     "the border. Builders repaired the border wall.", "a stone wall near the border",
     "the border wall", "thing/a1/border-wall"),
])
def test_a_description_with_words_of_no_one_thing_stays_its_own(nlp, text, second, later,
                                                                expected):
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "Ana Ruiz", "fund", "a wall on the southern border"),
        stmt(d, "Bo Chan", "build", second), stmt(d, "Builders", "repair", later)])
    assert ("thing/a1/builders", "repair", expected) in triples


# ------------------------------------------------------------ names


def _joined(names: list[Name]) -> list[set[str]]:
    """The names _join_maker_products puts together (each group's texts)."""
    unions = Unions(names)
    _join_maker_products(names, [[w.casefold() for w in n.text.split()] for n in names],
                         unions)
    groups: dict[int, set[str]] = {}
    for i, name in enumerate(names):
        groups.setdefault(unions.find(i), set()).add(name.text)
    return [group for group in groups.values() if len(group) > 1]


@pytest.mark.parametrize("longer, maker, product, joined", [
    # a maker's name and a product's, both named alone: the product
    ("AstroCorp Crew Falcon", ("AstroCorp", "ORG"), ("Crew Falcon", ""), True),
    # a place before a party's name makes its branch ("Ohio Labour Party")
    ("Ohio Labour Party", ("Ohio", "GPE"), ("Labour Party", "ORG"), False),
    # a place before another name
    ("Valdora Crew Falcon", ("Valdora", "GPE"), ("Crew Falcon", ""), False),
    # a person's full name is no maker and product
    ("Ana Maria Ruiz", ("Ana", "PERSON"), ("Maria Ruiz", "PERSON"), False),
])
def test_a_makers_name_before_a_product_name_is_the_product(longer, maker, product, joined):
    names = [Name(0, 3, longer, "PERSON" if maker[1] == "PERSON" else ""),
             Name(5, 5 + len(maker[0].split()), *maker),
             Name(9, 9 + len(product[0].split()), *product)]
    assert _joined(names) == ([{longer, product[0]}] if joined else [])


@pytest.mark.parametrize("first, second, same", [
    ("Valdorograd", "Valdorigrad", True),   # one vowel for another in a long name
    ("Slovakia", "Slovenia", False),        # two letters apart
    ("Malta", "Malte", False),              # too short to tell a misspelling
    ("Valdorograd", "Valdorogrod", True),
    ("Valdorograd", "Valdorbgrad", False),  # a consonant for a vowel
])
def test_place_names_one_vowel_apart(first, second, same):
    assert one_vowel_apart(first, second) is same


def test_a_place_misspelt_once_is_that_place(nlp):
    text = ("A building collapsed on Monday in Kostelograd, a city in the north. Police "
            "searched a second building in Kosteligrad on Tuesday. Rescuers reached "
            "Kostelograd by noon.")
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Police", "search", "Kosteligrad"), stmt(d, "Rescuers", "reach", "Kostelograd")])
    assert {o for _, _, o in triples} == {"place/kostelograd"}
    assert "Kosteligrad" in entities["place/kostelograd"].alt_labels


@pytest.mark.parametrize("phrase", ["the city of Valdora", "the town of Valdora in Zembla"])
def test_the_city_of_a_place_is_a_way_of_naming_it(nlp, phrase):
    text = f"Rebels entered {phrase} on Monday."
    _, entities, triples = run(nlp, text, lambda d: [stmt(d, "Rebels", "enter", phrase)])
    assert triples == {("group/rebels", "enter", "place/valdora")}
    assert " ".join(phrase.split()[:4]) in entities["place/valdora"].alt_labels
