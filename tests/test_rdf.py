from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pytest
from builders import relation, resolved_article
from rdflib import RDF, RDFS, SKOS, Dataset, Graph, Literal
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.namespace import SH

from newsgraph.assertion import FACTUAL_MODALITIES, assess_article
from newsgraph.models import Entity, ResolvedArticle
from newsgraph.rdf import (
    article_lines,
    article_triples,
    build_dataset,
    serialize_dataset,
)
from newsgraph.syntax import ntriples_line
from newsgraph.vocabulary import NG, NGP, entity_iri, ontology_dir

if TYPE_CHECKING:
    from spacy.language import Language

TEXT = "Rebels attacked the convoy near the border. The army did not protect the village."
ENTITIES = [
    Entity("armed-group/rebels", "rebels", "ArmedGroup", ("the rebels",)),
    Entity("thing/convoy", "convoy", "Thing", (), is_actor=False),
    Entity("organization/army", "army", "ArmedGroup"),
    Entity("location/village", "village", "Location", (), is_actor=False),
]
RELATIONS = [
    relation(
        TEXT[:43],
        ("Rebels", "armed-group/rebels"),
        "attack",
        ("the convoy", "thing/convoy"),
        predicate="attacked",
        date="2021",
    ),
    relation(
        TEXT[44:],
        ("The army", "organization/army"),
        "protect",
        ("the village", "location/village"),
        predicate="protect",
        negated=True,
    ),
    relation(
        TEXT[:43],
        ("Rebels", "armed-group/rebels"),
        "ambush on",
        ("the convoy", "thing/convoy"),
        predicate="attacked",
    ),
    relation(
        TEXT[:43],
        ("Rebels", "armed-group/rebels"),
        "menace",
        ("the convoy", "thing/convoy"),
        predicate="menaced",
        modality="attempted",
    ),
]


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    article = resolved_article(TEXT, ENTITIES, RELATIONS, title="Rebels strike", date="2021-03-04")
    return serialize_dataset(build_dataset([article]))


def parsed(files: dict[str, str], name: str) -> Graph:
    fmt = {"graph.ttl": "turtle", "graph.nt": "nt", "graph.jsonld": "json-ld"}[name]
    return Graph().parse(data=files[name], format=fmt)


def trig_union(files: dict[str, str]) -> Graph:
    dataset = Dataset()
    dataset.parse(data=files["graph.trig"], format="trig")
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def test_four_syntaxes_hold_the_same_triples(files: dict[str, str]) -> None:
    turtle = parsed(files, "graph.ttl")
    assert len(turtle) > 100
    assert isomorphic(turtle, parsed(files, "graph.nt"))
    assert isomorphic(turtle, parsed(files, "graph.jsonld"))
    assert isomorphic(turtle, trig_union(files))


def test_trig_has_one_named_graph_per_article(files: dict[str, str]) -> None:
    dataset = Dataset()
    dataset.parse(data=files["graph.trig"], format="trig")
    named = [
        g
        for g in dataset.contexts()
        if g.identifier != dataset.default_context.identifier and len(g)
    ]
    assert len(named) == 1
    assert (None, RDF.type, NG.Article) in named[0]


def test_direct_triple_in_active_voice(files: dict[str, str]) -> None:
    graph = parsed(files, "graph.ttl")
    assert (entity_iri("armed-group/rebels"), NG.attacks, entity_iri("thing/convoy")) in graph


def test_unmapped_predicate_gets_a_labelled_property_under_other_relation(
    files: dict[str, str],
) -> None:
    graph = parsed(files, "graph.ttl")
    assert (NGP["menace"], RDFS.label, Literal("menace")) in graph
    assert (NGP["menace"], RDFS.subPropertyOf, NG.otherRelation) in graph


def test_negated_and_attempted_are_statements_only(files: dict[str, str]) -> None:
    graph = parsed(files, "graph.ttl")
    negated = set(graph.subjects(NG.negated, Literal(True)))
    assert len(negated) == 1
    assert (entity_iri("organization/army"), None, entity_iri("location/village")) not in graph
    menace = NGP["menace"]
    assert (None, menace, None) not in graph
    assert (None, RDF.predicate, menace) in graph


def test_known_verb_with_preposition_maps_to_its_property(files: dict[str, str]) -> None:
    graph = parsed(files, "graph.ttl")
    predicates = set(graph.objects(None, RDF.predicate))
    assert NG.attacks in predicates and NGP["ambush-on"] not in predicates


def test_entities_have_one_label_and_alt_labels(files: dict[str, str]) -> None:
    graph = parsed(files, "graph.ttl")
    rebels = entity_iri("armed-group/rebels")
    assert list(graph.objects(rebels, RDFS.label)) == [Literal("rebels")]
    assert list(graph.objects(rebels, SKOS.altLabel)) == [Literal("the rebels")]
    assert (rebels, RDF.type, NG.ArmedGroup) in graph


def test_output_conforms_to_shapes(files: dict[str, str]) -> None:
    from pyshacl import validate

    shapes = Graph().parse(ontology_dir() / "shapes.ttl")
    conforms, _, report = validate(parsed(files, "graph.ttl"), shacl_graph=shapes)
    assert conforms, report


def test_shapes_catch_an_entity_with_two_labels(files: dict[str, str]) -> None:
    from pyshacl import validate

    graph = parsed(files, "graph.ttl")
    graph.add((entity_iri("armed-group/rebels"), RDFS.label, Literal("insurgents")))
    shapes = Graph().parse(ontology_dir() / "shapes.ttl")
    conforms, _, _ = validate(graph, shacl_graph=shapes)
    assert not conforms


def test_serialization_is_byte_stable() -> None:
    article = resolved_article(TEXT, ENTITIES, RELATIONS, title="Rebels strike")
    first = serialize_dataset(build_dataset([article]))
    second = serialize_dataset(build_dataset([article]))
    assert first == second


def test_a_question_is_described_but_not_asserted() -> None:
    sentence = "Did the rebels attack the depot?"
    asked = relation(sentence, ("the rebels", "group/rebels"), "attack",
                     ("the depot", "thing/depot"), modality="question")
    article = resolved_article(sentence, [Entity("group/rebels", "rebels", "Group"),
                                          Entity("thing/depot", "depot", "Thing", is_actor=False)],
                               [asked])
    triples = article_triples(article)
    assert not assess_article(article)[asked].asserted
    assert (entity_iri("group/rebels"), NG.attacks, entity_iri("thing/depot")) not in triples
    assert any(p == NG.modality and str(o) == "question" for _, p, o in triples)


def test_a_property_chosen_by_resolution_is_the_one_both_writers_use() -> None:
    # a storm "hit" the islands: resolution chose ng:hits, the lemma says ng:attacks
    sentence = "Hurricane Ana hit the Kelp Islands."
    made = relation(sentence, ("Hurricane Ana", "thing/hurricane-ana"), "hit",
                    ("the Kelp Islands", "place/kelp-islands"))
    assert made.property == "attacks"
    hit = replace(made, property="hits", property_label="hits")
    article = resolved_article(sentence, [
        Entity("thing/hurricane-ana", "Hurricane Ana", "Event", is_actor=False),
        Entity("place/kelp-islands", "Kelp Islands", "Location", is_actor=False)], [hit])
    triples = article_triples(article)
    storm, islands = entity_iri("thing/hurricane-ana"), entity_iri("place/kelp-islands")
    assert (storm, NG.hits, islands) in triples
    assert not any(p == NG.attacks for _, p, _ in triples)
    assert article_lines(article) == _lines_of_triples(article)


def test_every_modality_the_extractor_gives_is_one_the_shapes_allow() -> None:
    from newsgraph import qualifiers

    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    allowed: set[str] = set()
    for shape_property in shapes.subjects(SH.path, NG.modality):
        for listed in shapes.objects(shape_property, SH["in"]):
            allowed |= {str(item) for item in Collection(shapes, listed)}
    produced = {"question"}
    for table in (qualifiers.CONTROL_MODALITY, qualifiers.MODAL_MODALITY,
                  qualifiers.ADVERB_MODALITY, qualifiers.REPORT_MODALITY,
                  qualifiers.OBJECT_CONTROL_MODALITY, qualifiers.GERUND_FRAMES,
                  qualifiers.PREPOSITION_MODALITY, qualifiers.NOUN_FRAMES,
                  qualifiers.GERUND_MODALITY):
        produced |= set(table.values())
    # set by clause frames in extraction: conditions, purposes, "is going to", "would have",
    # comparisons
    produced |= {"conditional", "intended", "future", "hypothetical", "former"}
    assert produced <= allowed, produced - allowed
    # a fact on someone's word is asserted (with who says so); every other one is not
    assert FACTUAL_MODALITIES == {"", "claimed", "alleged", "reported", "believed", "estimated"}


def _lines_of_triples(article: ResolvedArticle) -> list[str]:
    return sorted({ntriples_line(triple) for triple in article_triples(article)})


def test_article_lines_are_the_lines_of_article_triples() -> None:
    # text that must be escaped, keys that must be quoted, each kind of date, a minted
    # predicate, an end that is attributed and placed, a statement with no relation
    sentence = 'He said "no"\\ \u2028 to the a\u0301ccord\x85 \U0001f600\tnow.'
    awkward = [
        Entity("person/jos\u00e9 ruiz", 'Jos\u00e9 "Pepe" Ruiz', "Person", ("Pepe\nRuiz",)),
        Entity("organization/un", "UN", "Organization", ("the UN", "UN")),
        Entity("location/l'a", "L'A", "Location", (), is_actor=False),
    ]
    made = [
        relation(sentence, ("He", "person/jos\u00e9 ruiz"), "tell about",
                 ("the a\u0301ccord", "organization/un"), date=date, quantity="3 \"big\"")
        for date in ("2019", "2019-02", "2019-02-03", "2019-02-30", "March")
    ]
    made.append(replace(made[0], attributed_to="organization/un", place="location/l'a"))
    loose = replace(made[0].extraction, object=None, modality="planned", negated=True)
    article = resolved_article(sentence, awkward, made, title='A "title"\n', date="2019-02")
    article = replace(article, extractions=(made[0].extraction, loose))
    assert article_lines(article) == _lines_of_triples(article)
    assert any("\\u2028" in line for line in article_lines(article))
    for relations in ([], RELATIONS):  # the module's article, and one with no statements
        simple = resolved_article(TEXT, ENTITIES, relations, title="Rebels", date="2021-03-04")
        assert article_lines(simple) == _lines_of_triples(simple)


def test_article_lines_on_analysed_articles(nlp: Language) -> None:
    from newsgraph.analysis import analyse
    from newsgraph.models import Article

    texts = [TEXT, "The minister said on Monday that Acme Corp. had not paid 30 workers in "
             "Lagos. Police arrested two men near the port, officials said."]
    articles = [Article(id=f"a{i}", text=text, date="2020-05-01") for i, text in enumerate(texts)]
    for resolved in analyse(nlp, articles):
        assert resolved.extractions
        assert article_lines(resolved) == _lines_of_triples(resolved)
