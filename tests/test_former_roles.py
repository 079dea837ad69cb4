"""Posts held before: asserted under properties of their own (ng:formerLeaderOf,
ng:formerMemberOf, ng:formerRepresentativeOf, under ng:formerAffiliation), never under the
present ng:leads or ng:memberOf, and never for a "former" that tells no post.

Invented sentences parsed by the real model; the gate and the RDF on hand-built values.
"""

from __future__ import annotations

import pytest
from builders import argument
from rdflib import RDFS, Graph

from newsgraph.analysis import analyse
from newsgraph.assertion import NOT_FACTUAL, hard_reasons
from newsgraph.extraction import extract
from newsgraph.models import Entity, Extraction
from newsgraph.network import actor_graph
from newsgraph.rdf import serialize_articles
from newsgraph.reading import article_from_text
from newsgraph.roles import FORMERLY, LEADS, MEMBER, REPRESENTS
from newsgraph.vocabulary import NG, held_before, ontology_graph, property_for

AFFILIATIONS = ("leads", "memberOf", "representativeOf", "formerLeaderOf", "formerMemberOf",
                "formerRepresentativeOf")


def posts(nlp, text: str) -> set[tuple[str | None, str, str | None, str]]:
    """(subject, property, object, modality) of every statement of a post."""
    found = set()
    for e in extract(nlp(text)):
        name = property_for(e.lemma).name
        if name in AFFILIATIONS:
            found.add((e.subject.text if e.subject else None, name,
                       e.object.text if e.object else None, e.modality))
    return found


@pytest.mark.parametrize(("text", "expected"), [
    # a role told in the past, or with "former", "then", "the late": a post held before
    ("Daniel Okafor was a columnist for The Washington Post.",
     ("Daniel Okafor", "formerMemberOf", "The Washington Post")),
    ("Daniel Okafor was a member of the Green Party.",
     ("Daniel Okafor", "formerMemberOf", "the Green Party")),
    ("Daniel Okafor, the former president of the World Bank, spoke on Monday.",
     ("Daniel Okafor", "formerLeaderOf", "the World Bank")),
    ("Daniel Okafor is the former mayor of Springfield.",
     ("Daniel Okafor", "formerLeaderOf", "Springfield")),
    ("Former Microsoft chief executive Anna Berg died on Sunday.",
     ("Anna Berg", "formerLeaderOf", "Microsoft")),
    ("Daniel Okafor, the late chairman of Toyota, was buried.",
     ("Daniel Okafor", "formerLeaderOf", "Toyota")),
    ("Daniel Okafor, then an economist at the World Bank, said so.",
     ("Daniel Okafor", "formerMemberOf", "the World Bank")),
    ("Daniel Okafor, who was the mayor of Leeds, died on Friday.",
     ("Daniel Okafor", "formerLeaderOf", "Leeds")),
    ("Berg served as chair of the Rowan Society in 2003.",
     ("Berg", "formerLeaderOf", "the Rowan Society")),
    # a verb of heading a body, told in the past by a person
    ("Berg ruled Veldoria for 37 years.", ("Berg", "formerLeaderOf", "Veldoria")),
    ("She served in the Senate from 1998.", ("She", "formerMemberOf", "the Senate")),
])
def test_a_post_held_before_has_its_own_property(nlp, text, expected):
    assert (*expected, "former") in posts(nlp, text)
    present = {"formerLeaderOf": "leads", "formerMemberOf": "memberOf"}[expected[1]]
    assert not any(t[1] == present for t in posts(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Daniel Okafor is a columnist for The Washington Post.",
     ("Daniel Okafor", "memberOf", "The Washington Post", "")),
    ("Daniel Okafor is the president of the World Bank.",
     ("Daniel Okafor", "leads", "the World Bank", "")),
    ("Daniel Okafor, the president of the World Bank, said so.",
     ("Daniel Okafor", "leads", "the World Bank", "")),
])
def test_a_post_held_now_is_unchanged(nlp, text, expected):
    assert posts(nlp, text) == {expected}


@pytest.mark.parametrize("text", [
    # a post to come is no post held, before or now
    "Daniel Okafor, the incoming president of the World Bank, said so.",
    # "former" on a stance, and a body that served, are no posts
    "The protesters had previously opposed the plan.",
    "The regiment served in the United Nations mission.",
])
def test_no_post_held_before_without_a_post(nlp, text):
    assert not any(t[1].startswith("former") for t in posts(nlp, text))


@pytest.mark.parametrize("text", [
    # one serves in a body: a war or a country served in makes no member
    "After serving in the Korean War, Daniel Okafor studied law.",
    "Daniel Okafor served in Iraq in 2004.",
])
def test_service_outside_a_body_is_no_post_held_before(nlp, text):
    assert not any(t[1].startswith("former") for t in posts(nlp, text))


def dated_posts(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return {(e.subject.text if e.subject else None, property_for(e.lemma).name,
             e.object.text if e.object else None)
            for e in extract(nlp(text), article_date="2020-05-01")
            if property_for(e.lemma).name in AFFILIATIONS}


def test_a_post_of_an_earlier_year_was_held_then_a_membership_may_last(nlp):
    found = dated_posts(nlp, "In 2012, Green Union Party nominee Ann Lee received 5,000 votes.")
    assert found == {("Ann Lee", "formerRepresentativeOf", "Green Union Party")}
    # a member of a club in 2014 may be one still: no past edge, and the present one
    # described as of that time (modality "former", so never asserted)
    text = "In 2014, Ann Lee lost reelection to Tom Rees, a member of the Dalton Rotary Club."
    found = {(property_for(e.lemma).name, e.modality)
             for e in extract(nlp(text), article_date="2020-05-01")}
    assert ("memberOf", "former") in found
    assert not any(name.startswith("former") or (name, modality) == ("memberOf", "")
                   for name, modality in found)


@pytest.mark.parametrize("text", [
    "In 2014, Ann Lee lost reelection to Tom Rees, a Republican.",
    "In 2014, Ann Lee lost to Republican Tom Rees.",
    "Democrat Tom Rees was first elected to the state senate in 2012.",
    "In 2014, Ann Lee lost reelection to Tom Rees, a Green Party member.",
])
def test_a_party_membership_of_an_earlier_year_is_one_still(nlp, text):
    # people seldom change parties: the membership stands, asserted like any other
    found = {(property_for(e.lemma).name, e.modality)
             for e in extract(nlp(text), article_date="2020-05-01")
             if property_for(e.lemma).name in AFFILIATIONS}
    assert found == {("memberOf", "")}


@pytest.mark.parametrize("text", [
    # four digits before a time zone are a time of day, not an earlier year
    "Orbital launched its first crewed flight at 1845 UTC yesterday with Zembla Space Agency "
    "astronauts Ann Lee and Tom Reed on board.",
    "Orbital launched its first crewed flight at 2010 GMT on Monday with Zembla Space "
    "Agency astronaut Ann Lee on board.",
])
def test_a_clock_time_is_no_earlier_year(nlp, text):
    found = [e for e in extract(nlp(text), article_date="2020-05-01")
             if property_for(e.lemma).name in AFFILIATIONS]
    assert found and all((property_for(e.lemma).name, e.modality) == ("memberOf", "")
                         for e in found)


def test_every_post_has_a_former_property_under_former_affiliation():
    graph = ontology_graph()
    for post in (LEADS, MEMBER, REPRESENTS):
        former = property_for(FORMERLY[post])
        assert not former.minted and held_before(former.iri)
        assert former.label.startswith("former ")
        above = set(graph.transitive_objects(former.iri, RDFS.subPropertyOf))
        assert NG.affiliation in above and property_for(post).iri not in above
        assert not held_before(property_for(post).iri)


OKAFOR = Entity("person/daniel-okafor", "Daniel Okafor", "Person")
POST = Entity("actor/the-washington-post", "The Washington Post", "Organization")


def post_statement(lemma: str, modality: str) -> Extraction:
    sentence = "Daniel Okafor was a columnist for The Washington Post."
    return Extraction(sentence, 0, len(sentence), argument(sentence, "Daniel Okafor"),
                      "was a columnist for", lemma, argument(sentence, "The Washington Post"),
                      modality=modality, confidence=0.9, rule="copula-role")


@pytest.mark.parametrize(("lemma", "modality", "factual"), [
    (FORMERLY[MEMBER], "former", True),  # a post held before, so named
    (FORMERLY[LEADS], "former", True),
    (MEMBER, "former", False),  # "member of" would say it holds today
    ("be columnist for", "former", False),  # a minted property says nothing of time
    ("support", "former", False),  # a stance given up is no post
    (FORMERLY[MEMBER], "planned", False),
    (MEMBER, "", True),
])
def test_the_gate_asserts_former_only_under_a_former_property(lemma, modality, factual):
    reasons = hard_reasons(post_statement(lemma, modality), OKAFOR, POST)
    assert (NOT_FACTUAL not in reasons) == factual


def test_sparql_finds_a_former_member_as_affiliation_not_as_member(nlp):
    text = ("Daniel Okafor was a columnist for The Washington Post for ten years. "
            "Anna Berg is a columnist for The Daily Ledger.")
    (resolved,) = analyse(nlp, [article_from_text(text, source="former.txt")])
    graph = Graph().parse(data=serialize_articles([resolved])["graph.ttl"], format="turtle")

    def members(prop: str) -> set[tuple[str, str]]:
        rows = graph.query(f"""
            PREFIX ng: <{NG}>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?a ?b WHERE {{
                ?p rdfs:subPropertyOf* ng:{prop} . ?x ?p ?y .
                ?x rdfs:label ?a . ?y rdfs:label ?b }}""")
        return {(str(a), str(b)) for a, b in rows}

    okafor = ("Daniel Okafor", "Washington Post")
    berg = ("Anna Berg", "Daily Ledger")
    assert okafor in members("affiliation") and okafor in members("formerMemberOf")
    assert okafor not in members("memberOf")
    assert berg in members("memberOf") and berg not in members("formerAffiliation")
    # drawn on the network under its own label
    network = actor_graph([resolved])
    labels = {data.get("predicate") for _, _, data in network.edges(data=True)}
    assert "former member of" in labels


def test_the_shapes_refuse_an_asserted_former_statement_under_a_present_property(nlp):
    from pyshacl import validate
    from rdflib import RDF, Literal

    from newsgraph.vocabulary import ontology_dir

    text = "Daniel Okafor was a columnist for The Washington Post for ten years."
    (resolved,) = analyse(nlp, [article_from_text(text, source="former.txt")])
    graph = Graph().parse(data=serialize_articles([resolved])["graph.ttl"], format="turtle")
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    assert validate(graph, shacl_graph=shapes)[0]
    (node,) = {s for s in graph.subjects(NG.modality, Literal("former"))
               if (s, NG.asserted, Literal(True)) in graph}
    subject, obj = graph.value(node, RDF.subject), graph.value(node, RDF.object)
    graph.remove((node, RDF.predicate, NG.formerMemberOf))
    graph.add((node, RDF.predicate, NG.memberOf))
    graph.add((subject, NG.memberOf, obj))
    conforms, _, report = validate(graph, shacl_graph=shapes)
    assert not conforms and "ng:formerAffiliation" in report


@pytest.mark.parametrize("text", [
    "Ann Lee, the former deputy director of the Zembla Institute, spoke on Monday.",
    "Ann Lee was vice chairman of the Zembla Party until 2015.",
])
def test_a_deputys_post_held_before_is_no_membership_held_before(nlp, text):
    found = [e for e in extract(nlp(text)) if e.object is not None]
    assert found and all(e.lemma != "be former member of" for e in found)
    assert any(e.modality == "former" and "Zembla" in e.object.text for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    # a rank of full members: the post held before was a membership
    ("Ann Lee, a former associate justice of the US Supreme Court, died yesterday.",
     {("Ann Lee", "formerMemberOf", "the US Supreme Court")}),
    ("Ann Lee, a former assistant professor at Ohio State University, died yesterday.",
     {("Ann Lee", "formerMemberOf", "Ohio State University")}),
    # a deputy's post held before says nothing of membership (she may be a member still)
    ("Ann Lee, the former vice president of Acme Corporation, died yesterday.", set()),
    # a town named with its state
    ("Ann Lee, the former mayor of South Bend, Indiana, came second.",
     {("Ann Lee", "formerLeaderOf", "South Bend")}),
])
def test_former_ranks_and_towns(nlp, text, expected):
    assert {p[:3] for p in posts(nlp, text)} == expected


@pytest.mark.parametrize(("text", "former"), [
    ("Harwell Dairies said its chairman, Peter Oakes, had stepped down.", True),
    ("Harwell's chief executive, Ann Marwick, resigned on Friday.", True),
    ("Harwell's chief executive, Ann Marwick, will resign in May.", False),
    ("Harwell's chief executive, Ann Marwick, did not resign.", False),
])
def test_a_holder_who_leaves_the_post_in_the_sentence_held_it_before(nlp, text, former):
    found = {name for _, name, obj, _ in posts(nlp, text) if obj and "Harwell" in obj}
    assert found == ({"formerLeaderOf"} if former else {"leads"})
