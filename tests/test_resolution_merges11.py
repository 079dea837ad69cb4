"""Which names merge, on sentences of our own: a description whose noun introduced a
name in apposition ("One news site, Pravda Daily ... the website") is that name."""

from __future__ import annotations

import pytest
from test_resolution import run, stmt

# ------------------------------------------------------------ a name introduced by its noun


@pytest.mark.parametrize("text, description", [
    ("One news site, Pravda Daily, claims the mayor resigned. The council denied what "
     "Pravda Daily said. "
     "The website published a photograph.", "The website"),
    ("Pravda Daily, a news website based in Kyiv, said the mayor resigned. "
     "The website published a photograph.", "The website"),
])
def test_a_description_by_the_noun_that_introduced_a_name_is_that_name(nlp, text,
                                                                        description):
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, description, "publish", "a photograph")])
    assert {s for s, _, _ in triples} == {"actor/pravda-daily"}


@pytest.mark.parametrize("text", [
    # two names introduced so: which one is a guess
    "One news site, Pravda Daily, claims the mayor resigned. A second site, Kyiv Today, "
    "denied it. The site published a photograph.",
    # "a news site" and "the blast site" are other things by the same noun
    "A news site reported the fire. One news site, Pravda Daily, claims the mayor "
    "resigned. The site published a photograph.",
    "Rescuers reached the blast site. One news site, Pravda Daily, claims the mayor "
    "resigned. The site published a photograph.",
    # no "a" or "one" of its kind: "the site" may be another site the story goes on to
    "Kyiv's mayor resigned, the news site Pravda Daily said. The site published a "
    "photograph.",
    # the name out of sight: the story has gone on to another site
    "One news site, Pravda Daily, claims the mayor resigned. The mayor denied it. "
    "Reporters asked Kyiv Today about it. The site published a photograph.",
    # a list the parser hangs on the name before it
    "In Marlow, Ohio, a news site and a radio station reported the fire. The site "
    "published a photograph.",
    # a noun restricted by what follows it: "the role" is any role in the show
    "Lee was cast in Pravda Daily, a role that required singing. The role was small.",
])
def test_a_description_by_a_noun_used_for_other_things_too_is_no_introduced_name(nlp, text):
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "The site", "publish", "a photograph") if "The site" in text else
        stmt(d, "The role", "be", "small")])
    assert not {s for s, _, _ in triples} & {"actor/pravda-daily", "place/ohio"}


# ------------------------------------------------------------ a definition "A X is a Y"


@pytest.mark.parametrize("text", [
    "A tabard is a sleeveless tunic, which covers the chest. Guards wear a tabard.",
    "Guards wear a tabard. A tabard is a sleeveless tunic, which covers the chest.",
])
def test_the_phrase_a_definition_says_a_thing_is_is_that_thing(nlp, text):
    # (the extractor also says "A tabard is a sleeveless tunic": its subject comes first)
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "A tabard", "be", "a sleeveless tunic"),
        stmt(d, "a sleeveless tunic", "cover", "the chest"),
        stmt(d, "Guards", "wear", "a tabard", nth=(0, text.count("a tabard") - 1))])
    assert {s for s, _, _ in triples if s.endswith("tabard")} == {"thing/a1/tabard"}
    assert "sleeveless tunic" in entities["thing/a1/tabard"].alt_labels
    assert "thing/a1/sleeveless-tunic" not in entities


@pytest.mark.parametrize("text", [
    # negated, or a past statement about one tabard: no definition
    "Guards wear a tabard. A tabard is not a sleeveless tunic, which covers the chest.",
    "Guards wore a tabard. A tabard was a sleeveless tunic, which covers the chest.",
])
def test_no_definition_makes_two_things_one(nlp, text):
    _, entities, _ = run(nlp, text, lambda d: [
        stmt(d, "a sleeveless tunic", "cover", "the chest")])
    assert "thing/a1/sleeveless-tunic" in entities
