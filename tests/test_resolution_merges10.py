"""Which names merge and which mention a pronoun picks, on sentences of our own: a name's
subject and speaker flags come from its syntactic head, a country before a body's name
the article also uses alone is the same body, a place before a titled person's name is
no part of it, and an acronym with its expansion in brackets is one entity."""

from __future__ import annotations

import pytest
from test_resolution import run, stmt

from newsgraph.models import Article
from newsgraph.resolution.clustering import cluster_names
from newsgraph.resolution.clusters import make_clusters
from newsgraph.resolution.mentions import find_names
from newsgraph.resolution.state import ArticleState


def _mentions(nlp, text: str) -> dict[str, tuple[bool, bool]]:
    """Each name's (subject, speaker) flags, by the first name of its cluster."""
    state = ArticleState(Article(id="a1", text=text), nlp(text), None)
    make_clusters(state, cluster_names(state, find_names(state)))
    flags = {}
    for mention in state.mentions:
        if len(mention.clusters) == 1:
            flags[state.clusters[mention.clusters[0]].names[0]] = (mention.subject,
                                                                   mention.speaker)
    return flags


# ------------------------------------------------------------ the head of an "X of Y" name


@pytest.mark.parametrize("text, name, flags", [
    ("The Court of Appeal rejected the request on Monday.", "Court of Appeal", (True, False)),
    ("The Court of Appeal said the request was late.", "Court of Appeal", (True, True)),
    ("The Bank of Valdora cut its rates.", "Bank of Valdora", (True, False)),
    ("Lawyers asked the Court of Appeal for a delay.", "Court of Appeal", (False, False)),
    ("Ana Ruiz said the request was late.", "Ana Ruiz", (True, True)),
])
def test_an_of_name_is_a_subject_or_a_speaker_by_its_head(nlp, text, name, flags):
    assert _mentions(nlp, text)[name] == flags


def test_it_prefers_an_of_name_that_was_the_subject(nlp):
    text = ("The Court of Appeal rejected the request of the Valdora Mining Company on "
            "Monday. It dismissed the appeal.")
    _, _, triples = run(nlp, text, lambda d: [stmt(d, "It", "dismiss", "the appeal")])
    assert triples == {("actor/court-of-appeal", "dismiss", "thing/a1/appeal")}


# ------------------------------------------------------------ a country before a body's name


def _groups(nlp, text: str) -> list[set[str]]:
    state = ArticleState(Article(id="a1", text=text), nlp(text), None)
    return [{n.text for n in group} for group in cluster_names(state, find_names(state))]


def test_a_country_before_a_bodys_name_is_that_body_named_after(nlp):
    # the branch "of Ohio" is a second longer name: the short-form rule alone joins neither
    text = ("The US Temperance League nominated Ana Ruiz on Monday. The Temperance League "
            "of Ohio backed her. The Temperance League was founded in 1869.")
    groups = _groups(nlp, text)
    assert {"US Temperance League", "Temperance League"} in groups
    assert {"Temperance League of Ohio"} in groups


@pytest.mark.parametrize("text, apart", [
    # qualified by two countries: "the Army" is either
    ("The US Army and the Russian Army met on Monday. The Army said talks went well.",
     ("US Army", "Army")),
    # a US state's name before a party is its branch there
    ("The Georgia Temperance League backed Ana Ruiz in Atlanta, Georgia. The Temperance "
     "League of Ohio did not. The Temperance League said it was pleased.",
     ("Georgia Temperance League", "Temperance League")),
    # the bare name first is the article's own body (a territory's senate, say)
    ("The Senate of Valdora confirmed Ana Ruiz. The Temperance League thanked the Senate. "
     "The US Temperance League and the Temperance League of Ohio did not.",
     ("US Temperance League", "Temperance League")),
])
def test_a_country_prefix_joins_no_bare_name_it_may_not_be(nlp, text, apart):
    groups = _groups(nlp, text)
    assert not any(set(apart) <= group for group in groups)


# ------------------------------------------------------------ a legislator's place


@pytest.mark.parametrize("text", [
    "On Wednesday, United States Senator from Vermont Bernie Sanders ended his bid.",
    "On Wednesday, Senator from Valdora Ana Ruiz ended her bid.",
])
def test_a_senators_place_is_no_part_of_the_senators_name(nlp, text):
    state = ArticleState(Article(id="a1", text=text), nlp(text), None)
    names = {n.text: n for n in find_names(state)}
    person = next(n for n in names.values() if n.label == "PERSON")
    assert person.text in {"Bernie Sanders", "Ana Ruiz"}
    assert person.titles == ("senator",)
    assert {"Vermont", "Valdora"} & set(names)


def test_a_spokesman_from_a_body_is_no_legislator(nlp):
    # "from" splits only a legislator's title: a spokesman is from a body, not for a place
    text = "Senator Ana Ruiz met a spokesman from Acme Corp on Monday."
    state = ArticleState(Article(id="a1", text=text), nlp(text), None)
    assert all(n.titles == () for n in find_names(state) if n.text != "Ana Ruiz")


# ------------------------------------------------------------ an acronym spelled out


@pytest.mark.parametrize("text, phrase, acronym", [
    ("Ana Ruiz has long been critical of DRM (digital rights management, a set of "
     "controls) in music. Stores still sell music with DRM.", "DRM (digital rights management",
     "DRM"),
    ("Ships burn liquid natural gas (LNG) at sea. The price of LNG fell.", "liquid natural gas",
     "LNG"),
])
def test_an_acronym_and_its_bracketed_expansion_are_one_entity(nlp, text, phrase, acronym):
    _, entities, triples = run(nlp, text, lambda d: [stmt(d, "Ana Ruiz" if "Ruiz" in text
                                                          else "Ships", "criticise", phrase)])
    (entity,) = [e for e in entities.values() if acronym in e.alt_labels or e.label == acronym]
    names = {entity.label, *entity.alt_labels}
    assert acronym in names and phrase.split("(")[-1] in names
    assert {o for _, _, o in triples} == {entity.key}
    assert not any(e.label.count("(") != e.label.count(")") for e in entities.values())


def test_an_expansion_may_keep_its_linking_words(nlp):
    text = "Officials at the department of health and welfare (DHW) met. The DHW agreed."
    groups = _groups(nlp, text)
    assert {"DHW", "department of health and welfare"} <= next(g for g in groups if "DHW" in g)


def test_bracketed_words_that_spell_no_acronym_are_no_name(nlp):
    text = "Ana Ruiz criticised DRM (the rules) in music."
    state = ArticleState(Article(id="a1", text=text), nlp(text), None)
    assert {n.text for n in find_names(state)} >= {"Ana Ruiz", "DRM"}
    assert not any(n.text.islower() for n in find_names(state))
